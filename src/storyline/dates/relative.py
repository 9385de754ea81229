"""Date expressions relative to the article's day, described without it: weekdays, day words
("yesterday"), shifted units ("last week", "two years ago", "the past three days"), weekends."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..rules import relative_dates as R
from ..rules.dates import WEEKDAYS
from .mention import DateMention
from .words import SHIFT_DIRECTION, WORD, Words, alternation, near, word_before

# 3. relative to the anchor -----------------------------------------------------------------------
@lru_cache(maxsize=16)
def _weekday_pattern(names: tuple[str, ...], lang: str) -> re.Pattern[str]:
    before = R.SHIFTS_BEFORE.get(lang, {}) if lang != "en" else {}
    after = R.SHIFTS_AFTER.get(lang, {})
    return re.compile(r"(?:\b(?P<shift>last|next|this|coming|this coming|this past|past"
                      + ("|" + alternation(before) if before else "") + r")\s+)?(?<![\w-])(?P<weekday>"
                      + alternation(names)
                      + r")(?![\w-])" + (r"(?:\s+(?P<after>" + alternation(after) + r")(?!\w))?" if after else ""),
                      re.IGNORECASE)


def _shift_direction(word: str, lang: str) -> str:
    word = word.lower()
    if word in SHIFT_DIRECTION:
        return SHIFT_DIRECTION[word]
    n = R.SHIFTS_BEFORE.get(lang, {}).get(word, R.SHIFTS_AFTER.get(lang, {}).get(word))
    return "" if n is None else {-1: "before", 0: "this", 1: "after"}[n]


def weekdays(text: str, words: Words) -> Iterator[DateMention]:
    """"Monday", "last Friday", "next Friday", "vendredi dernier", "letzten Montag"."""
    for lang in words.langs:
        names = tuple(sorted(w for w in words.weekdays if lang == "en" and w in WEEKDAYS
                             or lang != "en" and w not in WEEKDAYS))
        if not names:
            continue
        for m in near(_weekday_pattern(names, lang), text, words.windows(_weekday_triggers(names), 20, 30)):
            name = m["weekday"]
            if lang == "en" and not name[:1].isupper():
                continue
            if word_before(text, m.start()) in R.NAMED_DAYS:
                continue
            shift = m["shift"] or (m.groupdict().get("after") or "")
            yield DateMention(m.group(), m.start(), m.end(), f"weekday:{words.weekdays[name.lower()]}",
                              _shift_direction(shift, lang), rule="weekday")


@lru_cache(maxsize=16)
def _weekday_triggers(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for name in names for w in WORD.findall(name))


@lru_cache(maxsize=16)
def _day_word_triggers(lang: str) -> frozenset[str]:
    return frozenset(WORD.findall(phrase)[-1].lower() for phrase in R.DAY_WORDS[lang])


@lru_cache(maxsize=16)
def _unit_triggers(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for unit in R.UNITS[lang] for w in WORD.findall(unit))


@lru_cache(maxsize=16)
def _day_word_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + alternation(R.DAY_WORDS[lang]) + r")(?![\w-])", re.IGNORECASE)


def day_words(text: str, words: Words) -> Iterator[DateMention]:
    """"yesterday", "today", "hier", "gestern", "ayer"."""
    for lang in words.langs:
        for m in near(_day_word_pattern(lang), text, words.windows(_day_word_triggers(lang), 30, 20)):
            word = m.group().lower()
            if lang in R.DAY_WORD_NOT_AFTER and (word_before(text, m.start()) in R.DAY_WORD_NOT_AFTER[lang]
                                                 or lang == "de" and m.group()[:1].isupper() and word == "morgen"):
                continue
            yield DateMention(m.group(), m.start(), m.end(), f"day:{R.DAY_WORDS[lang][word]:+d}", rule="day word")


@lru_cache(maxsize=16)
def _shift_patterns(lang: str) -> list[re.Pattern[str]]:
    # English: "the coming weeks" is a vague span, and "the next day" counts from the story's day
    units = {u: n for u, n in R.UNITS[lang].items()
             if lang != "en" or n not in {"day", "fortnight"} and not u.endswith("s")}
    out = []
    before, after = R.SHIFTS_BEFORE.get(lang, {}), R.SHIFTS_AFTER.get(lang, {})
    if before:
        # "the last week of December" is a week of that month, not the week before the anchor's
        out.append(re.compile(r"(?<![\w-])(?P<shift>" + alternation(before) + r")\s*(?P<unit>" + alternation(units)
                              + r")(?![\w-])"
                              + (r"(?!\s+of\b)" if lang == "en" else ""), re.IGNORECASE))
    if after:
        out.append(re.compile(r"(?<![\w-])(?P<unit>" + alternation(units) + r")\s*(?P<after>" + alternation(after)
                              + r")(?![\w-])",
                              re.IGNORECASE))
    return out


def shifted_units(text: str, words: Words) -> Iterator[DateMention]:
    """"last week", "this year", "earlier this month", "la semaine dernière", "letztes Jahr"."""
    for lang in words.langs:
        for pattern in _shift_patterns(lang):
            for m in near(pattern, text, words.windows(_unit_triggers(lang), 30, 30)):
                unit = R.UNITS[lang][m["unit"].lower()]
                shift = m.groupdict().get("shift") or m.groupdict().get("after") or ""
                n = (R.SHIFTS_BEFORE.get(lang, {}) | R.SHIFTS_AFTER.get(lang, {})).get(shift.lower())
                if n is None:
                    continue
                if unit == "weekend":
                    yield DateMention(m.group(), m.start(), m.end(), "weekend",
                                      {-1: "before", 0: "this", 1: "after"}[n], rule="weekend")
                else:
                    yield DateMention(m.group(), m.start(), m.end(), f"{unit}:{n:+d}", rule="shift")


_WEEKEND = re.compile(r"\bthe\s+weekend\b", re.IGNORECASE)


def weekends(text: str, words: Words) -> Iterator[DateMention]:
    """"over the weekend": the Saturday and Sunday the tense points to."""
    for m in near(_WEEKEND, text, words.windows(["weekend"], 10, 10)):
        yield DateMention(m.group(), m.start(), m.end(), "weekend", rule="weekend")


@lru_cache(maxsize=16)
def _ago_patterns(lang: str) -> list[tuple[re.Pattern[str], int]]:
    units = {u for u, n in R.UNITS[lang].items() if n in {"day", "week", "fortnight", "month", "year"}}
    number = r"(?P<n>\d{1,3}|" + alternation(R.NUMBERS.get(lang, {})) + ")"
    out = []
    for lead, tail, sign in R.AGO[lang]:
        pattern = (r"(?<![\w-])" + (re.escape(lead) + r"\s+" if lead else "") + number + r"\s+(?P<unit>"
                   + alternation(units)
                   + r")" + (r"\s+" + re.escape(tail) if tail else "") + r"(?![\w-])")
        out.append((re.compile(pattern, re.IGNORECASE), sign))
    return out


def units_ago(text: str, words: Words) -> Iterator[DateMention]:
    """"two weeks ago", "in three days", "il y a deux semaines", "vor drei Jahren"."""
    for lang in words.langs:
        numbers = R.NUMBERS.get(lang, {})
        for pattern, sign in _ago_patterns(lang):
            for m in near(pattern, text, words.windows(_unit_triggers(lang), 40, 30)):
                raw = m["n"].lower()
                n = int(raw) if raw.isdigit() else numbers[raw]
                unit = R.UNITS[lang][m["unit"].lower()]
                if unit == "fortnight":
                    unit, n = "week", 2 * n
                if lang == "en" and sign > 0 and not m.group().lower().endswith("from now"):
                    rule = "units ahead"  # "in three days": kept only where the tense is future
                else:
                    rule = "units ago"
                yield DateMention(m.group(), m.start(), m.end(), f"{unit}:{sign * n:+d}", rule=rule)


_SPAN = re.compile(r"\b(?:the\s+)?(?P<dir>past|last|previous|next|coming)\s+"
                   r"(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|couple\s+of)\s+"
                   r"(?P<unit>days|weeks|months|years)\b", re.IGNORECASE)


def spans(text: str, words: Words) -> Iterator[DateMention]:
    """"the past three days", "the next two weeks": a span of units next to the anchor's."""
    numbers = R.NUMBERS["en"] | {"couple of": 2}
    for m in near(_SPAN, text, words.windows(["days", "weeks", "months", "years"], 40, 10)):
        raw = re.sub(r"\s+", " ", m["n"].lower())
        n = int(raw) if raw.isdigit() else numbers[raw]
        unit = m["unit"].lower().rstrip("s")
        value = f"{unit}:{-n:+d}..-1" if m["dir"].lower() in {"past", "last", "previous"} else f"{unit}:+1..{n:+d}"
        yield DateMention(m.group(), m.start(), m.end(), value, rule="span")
