"""Every date expression of a clean text, found with our own patterns and described without an
anchor (mention.py). Words are data (rules/relative_dates.py; month and weekday names are the
header reader's, rules/dates.py); English always, and the article's own language when the rules
know it.

    1. calendar dates with a year (the header reader's `find_dates`) and ranges of days
    2. days and months without a year, "the 14th", seasons, ISO weeks, years and decades
    3. weekdays, day words ("yesterday"), shifted units ("last week", "two years ago", "the
       past three days")
    4. overlaps: the longest expression wins (then the earlier)
    5. tense: which way each expression without a year points (tense.py)
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from ..header.dates import day_first, find_dates
from ..rules import relative_dates as R
from ..rules.dates import MONTHS, MONTHS_BY_LANGUAGE, WEEKDAYS, WEEKDAYS_BY_LANGUAGE
from .mention import DateMention
from .resolve import week_of_month
from .tense import direction

Finder = Callable[[str, "Words"], Iterator[DateMention]]


def _alt(words: Iterable[str]) -> str:
    """A regular expression alternation of `words`, the longest first (so "Sept" before "Sep")."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_MONTH = r"(?P<month>{months})\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d])"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?"
_DASH = r"\s*(?:-|–|—|to|through|until|till|au|bis|al|a|tot)\s*"


class Words:
    """The words of one article's languages (English and its own), and where its text holds the
    words each pattern turns on: a pattern is tried only in windows around those (a month's name,
    a unit of time), not at every character of the text (bench/dates.py: about 8x faster)."""

    def __init__(self, language: str | None, text: str = "") -> None:
        self.lang, self.langs, self.months, self.weekdays = _language_words(language)
        self.day_first = day_first(language)
        self.month_patterns = _month_patterns(self.months, frozenset(self.weekdays))
        self.lower = text.lower()
        if len(self.lower) != len(text):  # "İ" lowers to two characters: keep one, so offsets hold
            self.lower = "".join(c.lower()[:1] for c in text)
        self.vocabulary = frozenset(_WORD.findall(self.lower))

    def month(self, word: str) -> int | None:
        """The month a word names in this article, or None: an English month name written in
        lower case ("may", "march") is another word."""
        key = word.lower().rstrip(".")
        if key not in self.months:
            return None
        if key in R.ENGLISH_MONTHS and word[:1].islower() and (self.lang == "en" or key in R.AMBIGUOUS_MONTHS):
            return None
        return MONTHS[key]

    def _positions(self, present: frozenset[str]) -> Iterator[int]:
        """Where each word stands as a whole word in the text."""
        low = self.lower
        for word in present:
            at = low.find(word)
            while at >= 0:
                end = at + len(word)
                if (at == 0 or not low[at - 1].isalnum() and low[at - 1] != "_") and \
                        (end == len(low) or not low[end].isalnum() and low[end] != "_"):
                    yield at
                at = low.find(word, end)

    def windows(self, triggers: Iterable[str], before: int, after: int) -> list[tuple[int, int]]:
        """Spans from `before` characters before each trigger word to `after` after its start,
        overlapping ones merged."""
        present = self.vocabulary.intersection(triggers)
        if not present:
            return []
        out: list[tuple[int, int]] = []
        for hit in sorted(self._positions(present)):
            a, b = max(hit - before, 0), min(hit + after, len(self.lower))
            if out and a <= out[-1][1]:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
        return out


@lru_cache(maxsize=64)
def _language_words(language: str | None) -> tuple[str, list[str], frozenset[str], dict[str, int]]:
    """The article's language, the languages read (English and it), their month names and weekdays."""
    lang = (language or "en").replace("_", "-").split("-")[0].lower()
    langs = ["en"] + ([lang] if lang != "en" and lang in R.DAY_WORDS else [])
    months = frozenset(R.ENGLISH_MONTHS | {m for la in langs for m in MONTHS_BY_LANGUAGE.get(la, [])})
    weekdays = dict(WEEKDAYS)
    for la in langs:
        if la in WEEKDAYS_BY_LANGUAGE:
            weekdays.update({w: n for n, w in enumerate(WEEKDAYS_BY_LANGUAGE[la].split())})
    if "ru" in langs:
        weekdays.update(R.RUSSIAN_WEEKDAYS)
    return lang, langs, months, weekdays


_WORD = re.compile(r"\w+")
# How far before and after a month's name a pattern built on it may reach: "Wednesday, the 27th of
# September" starts 28 characters before it, "September 12th - 13th, 2022" ends 28 after its start.
MONTH_REACH_BEFORE, MONTH_REACH_AFTER = 40, 48


def _near(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The matches of `pattern` inside the windows."""
    for start, end in windows:
        yield from pattern.finditer(text, start, end)


def _near_months(pattern: re.Pattern[str], text: str, words: Words) -> Iterator[re.Match[str]]:
    """The matches of a pattern built on month names, tried only around the month names."""
    yield from _near(pattern, text, words.windows(words.months, MONTH_REACH_BEFORE, MONTH_REACH_AFTER))


def _word_before(text: str, start: int) -> str:
    m = re.search(r"([\w'’]+)[\s-]*$", text[max(0, start - 40):start])
    return m.group(1).lower() if m else ""


def _valid(month: int, day: int) -> bool:
    try:
        dt.date(2000, month, day)  # a leap year: 29 February exists
    except ValueError:
        return False
    return True


# 1. calendar dates -------------------------------------------------------------------------------
_NUMERIC_DATE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}")
# "Wednesday, the 7th of October, 2020, at 10:30 a.m. CEST": the month's name 24 characters in.
CALENDAR_REACH_BEFORE, CALENDAR_REACH_AFTER = 40, 72


def calendar_dates(text: str, words: Words) -> Iterator[DateMention]:
    """"7 October 2020", "Oct. 7, 2020", "2020-10-07", "07.10.2020": the header reader's patterns,
    run on the spans around month names and numeric dates."""
    spans = words.windows(MONTHS, CALENDAR_REACH_BEFORE, CALENDAR_REACH_AFTER)
    spans += [(max(m.start() - 1, 0), m.end() + 40) for m in _NUMERIC_DATE.finditer(text)]
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    for a, b in merged:
        for f in find_dates(text[a:b], words.day_first):
            expression = f.text.rstrip(" ,")
            yield DateMention(expression, a + f.start, a + f.start + len(expression), f.date.isoformat(), rule="date")


_RANGES = [
    (r"\b" + _MONTH + r"\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?" + _DASH + r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b"
               r"(?:,?\s+" + _YEAR + ")?"),
    (r"\b(?P<d1>[0-3]?\d)(?:st|nd|rd|th|er|\.)?" + _DASH + r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th|\.)?"
               r"\s+(?:of\s+|de\s+)?" + _MONTH + r"\b(?:,?\s+(?:de\s+)?" + _YEAR + ")?"),
    (r"\b" + _MONTH + r"\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?" + _DASH + r"(?P<month2>{months}"
               + r")\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+" + _YEAR + ")?"),
]


def day_ranges(text: str, words: Words) -> Iterator[DateMention]:
    """"September 12-13", "12-13 September 2022", "March 30 - April 2"."""
    for pattern in words.month_patterns["ranges"]:
        for m in _near_months(pattern, text, words):
            month = words.month(m["month"])
            month2 = words.month(m["month2"]) if "month2" in m.groupdict() and m["month2"] else month
            d1, d2 = int(m["d1"]), int(m["d2"])
            if month is None or month2 is None or not (_valid(month, d1) and _valid(month2, d2)):
                continue
            if (month2, d2) <= (month, d1) and month2 == month:
                continue
            year = m["year"]
            end_year = int(year) + (month2 < month) if year else None
            value = (f"{year}-{month:02d}-{d1:02d}/{end_year}-{month2:02d}-{d2:02d}" if year
                     else f"--{month:02d}-{d1:02d}/--{month2:02d}-{d2:02d}")
            yield DateMention(m.group(), m.start(), m.end(), value, rule="day range")


# 2. without a year -------------------------------------------------------------------------------
_NO_YEAR = r"(?!(?:\s+de)?,?\s*(?:19|20)\d{2}|\d|[:.]\d|\s*(?:-|–)\s*\d)"
_PARTIAL = [  # "Monday, Dec. 29": the weekday named with the day is part of one expression
    r"\b(?:(?:{weekdays})\.?,?\s+(?:the\s+)?)?" + _MONTH + r"\s+" + _DAY + r"\b" + _NO_YEAR,
    r"\b(?:(?:{weekdays})\.?,?\s+(?:the\s+)?)?" + _DAY + r"\.?(?:\s+(?:of|de))?\s+" + _MONTH + r"(?!\w)" + _NO_YEAR,
]


def month_days(text: str, words: Words) -> Iterator[DateMention]:
    """"Sept. 27", "27 September", "the 27th of September": a day without its year."""
    for pattern in words.month_patterns["partial"]:
        for m in _near_months(pattern, text, words):
            month, day = words.month(m["month"]), int(m["day"])
            if month is not None and _valid(month, day):
                yield DateMention(m.group(), m.start(), m.end(), f"--{month:02d}-{day:02d}", rule="month day")


_MONTH_YEAR = r"\b" + _MONTH + r"(?:,|\s+of)?\s+" + _YEAR
_MONTH_ALONE = r"(?:\b(?P<shift>last|next|this|this past|this coming)\s+)?\b" + _MONTH + r"(?!\w)(?!\s*\d)"
_SHIFT_DIRECTION = {"last": "before", "this past": "before", "past": "before", "next": "after", "coming": "after",
                    "this coming": "after", "this": "this"}


def months(text: str, words: Words) -> Iterator[DateMention]:
    """"July 2020" (a calendar month); "in September", "last May" (a month without its year)."""
    month_year, month_alone = words.month_patterns["months"]
    for m in _near_months(month_year, text, words):
        month = words.month(m["month"])
        if month is not None:
            yield DateMention(m.group(), m.start(), m.end(), f"{m['year']}-{month:02d}", rule="month")
    for m in _near_months(month_alone, text, words):
        month = words.month(m["month"])
        if month is None:
            continue
        shift = (m["shift"] or "").lower()
        if not shift and (_word_before(text, m.start()) not in R.MONTH_LEADS or m["month"].lower() == "may"
                          and _word_before(text, m.start()) in {"and", "or", "to"}):
            continue
        yield DateMention(m.group(), m.start(), m.end(), f"--{month:02d}", _SHIFT_DIRECTION.get(shift, ""),
                          rule="month")


# The patterns built on month names, compiled for the names of an article's languages (a fourth of
# all the names the header reader knows, and as much faster).
_WEEK_OF_MONTH = (r"\bthe\s+(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+" + _MONTH
                  + r"(?:,?\s+" + _YEAR + ")?")
_MONTH_TEMPLATES = {"ranges": _RANGES, "partial": _PARTIAL, "months": [_MONTH_YEAR, _MONTH_ALONE],
                    "weeks": [_WEEK_OF_MONTH]}
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def weeks_of_months(text: str, words: Words) -> Iterator[DateMention]:
    """"the last week of March": an ISO week."""
    for m in _near_months(words.month_patterns["weeks"][0], text, words):
        month, nth = words.month(m["month"]), _NTH[m["nth"].lower()]
        if month is None:
            continue
        value = week_of_month(int(m["year"]), month, nth) if m["year"] else f"--{month:02d}:week{nth:+d}"
        yield DateMention(m.group(), m.start(), m.end(), value, rule="week of a month")


@lru_cache(maxsize=64)
def _month_patterns(months: frozenset[str], weekdays: frozenset[str]) -> dict[str, list[re.Pattern[str]]]:
    alternation, days = _alt(months), _alt(weekdays)
    return {name: [re.compile(t.replace("{months}", alternation).replace("{weekdays}", days), re.IGNORECASE)
                   for t in templates] for name, templates in _MONTH_TEMPLATES.items()}


_DAY_OF_MONTH = re.compile(r"\bthe\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
                           r"(?=\s*[,.;:)]|\s*$|\s+(?:and|or|to|through|until|at|when|after|before|which|as|of\s+"
                           r"(?:this|the|next|last)\s+month)\b)", re.IGNORECASE)


def days_of_month(text: str, words: Words) -> Iterator[DateMention]:
    """"on the 14th": a day of a month the anchor decides."""
    for m in _DAY_OF_MONTH.finditer(text):
        yield DateMention(m.group(), m.start(), m.end(), f"---{int(m['day']):02d}", rule="day of month")


_SEASON = re.compile(r"(?:\b(?P<shift>last|this|next|this past|this coming|past|coming)\s+)?\b(?P<season>"
                     + _alt(R.SEASONS) + r")(?!\w)(?:\s+(?:of\s+)?" + _YEAR + ")?", re.IGNORECASE)
_SEASON_SHIFT = {"last": -1, "past": -1, "this past": -1, "this": 0, "next": 1, "coming": 1, "this coming": 1}


def seasons(text: str, words: Words) -> Iterator[DateMention]:
    """"last summer", "the winter of 2019", "in spring": seasons as intervals of months."""
    for m in _near(_SEASON, text, words.windows(R.SEASONS, 20, 40)):
        first, last = R.SEASONS[m["season"].lower()]
        shift = (m["shift"] or "").lower()
        if m["year"]:
            y = int(m["year"])
            value = f"{y}-{first:02d}/{y + (last < first)}-{last:02d}"
        elif shift:
            value = f"season:{first}-{last}:{_SEASON_SHIFT[shift]:+d}"
        elif _season_lead(text, m.start()):
            value = f"season:{first}-{last}"
        else:
            continue
        yield DateMention(m.group(), m.start(), m.end(), value, rule="season")


def _season_lead(text: str, start: int) -> bool:
    """Whether a season's name stands where it names a time: "in spring", "during the summer"."""
    before = _word_before(text, start)
    if before == "the":
        before = _word_before(text, start - 4)
    return before in R.SEASON_LEADS


_ISO_WEEK = re.compile(r"\b(?P<year>(?:19|20)\d\d)-?W(?P<week>[0-5]\d)\b"
                       r"|\bweek\s+(?P<week2>[1-9]|[1-4]\d|5[0-3])(?:\s+of|,)\s+(?P<year2>(?:19|20)\d\d)\b"
                       r"|\b(?:calendar\s+week|KW|Kalenderwoche|semaine|semana|settimana)\s+"
                       r"(?P<week3>[1-9]|[1-4]\d|5[0-3])\b",
                       re.IGNORECASE)


_WEEK_WORDS = frozenset("week kw kalenderwoche semaine semana settimana".split())
_ISO_WEEK_TOKEN = re.compile(r"(?:\d{4})?w[0-5]\d")


def iso_weeks(text: str, words: Words) -> Iterator[DateMention]:
    """"2026-W49", "week 49 of 2026", "calendar week 49"."""
    triggers = [w for w in words.vocabulary if w in _WEEK_WORDS or w[:1] in "w12" and _ISO_WEEK_TOKEN.fullmatch(w)]
    for m in _near(_ISO_WEEK, text, words.windows(triggers, 20, 30)):
        year, week = m["year"] or m["year2"], int(m["week"] or m["week2"] or m["week3"])
        if year:
            try:
                dt.date.fromisocalendar(int(year), week, 1)
            except ValueError:
                continue
            yield DateMention(m.group(), m.start(), m.end(), f"{year}-W{week:02d}", rule="iso week")
        else:
            yield DateMention(m.group(), m.start(), m.end(), f"isoweek:{week}", rule="iso week")


# Only with a dash: "from 2009 to 2011" names two years, each its own expression.
_YEAR_RANGE = re.compile(r"(?<![\w$€£#.,/-])(?P<y1>(?:19|20)\d\d)\s*(?:-|–|—)\s*(?P<y2>(?:19|20)?\d\d)(?![\w%])")
_LONE_YEAR = re.compile(r"(?<![\w$€£#.,/-])(?P<year>(?:19|20)\d\d)(?![\w%]|[.,]\d)(?:\s+(?P<next>[a-z]+))?")
_DECADE = re.compile(r"\bthe\s+(?P<decade>(?:19|20)\d0)s\b", re.IGNORECASE)


def years(text: str, words: Words) -> Iterator[DateMention]:
    """"2016", "2019-2021", "the 1990s"."""
    spans = words.windows([w for w in words.vocabulary if len(w) in (4, 5) and w[:2] in ("19", "20")
                           and w[2:4].isdigit()], 16, 40)
    for m in _near(_YEAR_RANGE, text, spans):
        y1, y2 = int(m["y1"]), int(m["y2"] if len(m["y2"]) == 4 else m["y1"][:2] + m["y2"])
        if y1 < y2:
            yield DateMention(m.group(), m.start(), m.end(), f"{y1}/{y2}", rule="year range")
    for m in _near(_LONE_YEAR, text, spans):
        if m["next"] not in R.NOT_YEAR_AFTER:
            yield DateMention(m["year"], m.start(), m.start() + 4, m["year"], rule="year")
    for m in _near(_DECADE, text, spans):
        d = int(m["decade"])
        yield DateMention(m.group(), m.start(), m.end(), f"{d}/{d + 9}", rule="decade")


# 3. relative to the anchor -----------------------------------------------------------------------
@lru_cache(maxsize=16)
def _weekday_pattern(names: tuple[str, ...], lang: str) -> re.Pattern[str]:
    before = R.SHIFTS_BEFORE.get(lang, {}) if lang != "en" else {}
    after = R.SHIFTS_AFTER.get(lang, {})
    return re.compile(r"(?:\b(?P<shift>last|next|this|coming|this coming|this past|past"
                      + ("|" + _alt(before) if before else "") + r")\s+)?(?<![\w-])(?P<weekday>" + _alt(names)
                      + r")(?![\w-])" + (r"(?:\s+(?P<after>" + _alt(after) + r")(?!\w))?" if after else ""),
                      re.IGNORECASE)


def _shift_direction(word: str, lang: str) -> str:
    word = word.lower()
    if word in _SHIFT_DIRECTION:
        return _SHIFT_DIRECTION[word]
    n = R.SHIFTS_BEFORE.get(lang, {}).get(word, R.SHIFTS_AFTER.get(lang, {}).get(word))
    return "" if n is None else {-1: "before", 0: "this", 1: "after"}[n]


def weekdays(text: str, words: Words) -> Iterator[DateMention]:
    """"Monday", "last Friday", "next Friday", "vendredi dernier", "letzten Montag"."""
    for lang in words.langs:
        names = tuple(sorted(w for w in words.weekdays if lang == "en" and w in WEEKDAYS
                             or lang != "en" and w not in WEEKDAYS))
        if not names:
            continue
        for m in _near(_weekday_pattern(names, lang), text, words.windows(_weekday_triggers(names), 20, 30)):
            name = m["weekday"]
            if lang == "en" and not name[:1].isupper():
                continue
            if _word_before(text, m.start()) in R.NAMED_DAYS:
                continue
            shift = m["shift"] or (m.groupdict().get("after") or "")
            yield DateMention(m.group(), m.start(), m.end(), f"weekday:{words.weekdays[name.lower()]}",
                              _shift_direction(shift, lang), rule="weekday")


@lru_cache(maxsize=16)
def _weekday_triggers(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for name in names for w in _WORD.findall(name))


@lru_cache(maxsize=16)
def _day_word_triggers(lang: str) -> frozenset[str]:
    return frozenset(_WORD.findall(phrase)[-1].lower() for phrase in R.DAY_WORDS[lang])


@lru_cache(maxsize=16)
def _unit_triggers(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for unit in R.UNITS[lang] for w in _WORD.findall(unit))


@lru_cache(maxsize=16)
def _day_word_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + _alt(R.DAY_WORDS[lang]) + r")(?![\w-])", re.IGNORECASE)


def day_words(text: str, words: Words) -> Iterator[DateMention]:
    """"yesterday", "today", "hier", "gestern", "ayer"."""
    for lang in words.langs:
        for m in _near(_day_word_pattern(lang), text, words.windows(_day_word_triggers(lang), 30, 20)):
            word = m.group().lower()
            if lang in R.DAY_WORD_NOT_AFTER and (_word_before(text, m.start()) in R.DAY_WORD_NOT_AFTER[lang]
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
        out.append(re.compile(r"(?<![\w-])(?P<shift>" + _alt(before) + r")\s*(?P<unit>" + _alt(units) + r")(?![\w-])"
                              + (r"(?!\s+of\b)" if lang == "en" else ""), re.IGNORECASE))
    if after:
        out.append(re.compile(r"(?<![\w-])(?P<unit>" + _alt(units) + r")\s*(?P<after>" + _alt(after) + r")(?![\w-])",
                              re.IGNORECASE))
    return out


def shifted_units(text: str, words: Words) -> Iterator[DateMention]:
    """"last week", "this year", "earlier this month", "la semaine dernière", "letztes Jahr"."""
    for lang in words.langs:
        for pattern in _shift_patterns(lang):
            for m in _near(pattern, text, words.windows(_unit_triggers(lang), 30, 30)):
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


@lru_cache(maxsize=16)
def _holiday_pattern(lang: str) -> re.Pattern[str]:
    names = [n.replace("'", "['’]") for n in sorted(R.HOLIDAYS[lang], key=len, reverse=True)]
    return re.compile(r"(?<![\w-])(?:" + "|".join(n.replace(".", r"\.").replace(" ", r"\s+") for n in names)
                      + r")(?![\w-])", re.IGNORECASE)


def holidays(text: str, words: Words) -> Iterator[DateMention]:
    """"Christmas", "New Year's Eve", "Silvester": holidays on a fixed day, without the year."""
    for lang in words.langs:
        if lang not in R.HOLIDAYS:
            continue
        triggers = {_WORD.findall(name)[-1] for name in R.HOLIDAYS[lang]}
        for m in _near(_holiday_pattern(lang), text, words.windows(triggers, 30, 10)):
            key = re.sub(r"\s+", " ", m.group().lower().replace("’", "'"))
            yield DateMention(m.group(), m.start(), m.end(), R.HOLIDAYS[lang][key], rule="holiday")


_YEAR_PART = re.compile(r"\b(?:the\s+)?(?P<part>" + _alt(p for p in R.YEAR_PARTS if " " in p) + r")\s+of\s+"
                        r"(?:" + _YEAR + r"|(?P<shift>this|last|next|the)\s+year\b)"
                        r"|\b(?P<short>[QH][1-4])\s+(?P<year2>(?:19|20)\d\d)\b", re.IGNORECASE)
_YEAR_SHIFT = {"this": 0, "the": 0, "last": -1, "next": 1}


def year_parts(text: str, words: Words) -> Iterator[DateMention]:
    """"the first half of 2027", "the last quarter of this year", "Q3 2026": months of a year."""
    for m in _near(_YEAR_PART, text, words.windows(["half", "quarter", "q1", "q2", "q3", "q4", "h1", "h2"], 20, 40)):
        part = re.sub(r"\s+", " ", (m["part"] or m["short"]).lower())
        if part not in R.YEAR_PARTS:
            continue
        first, last = R.YEAR_PARTS[part]
        year = m["year"] or m["year2"]
        value = (f"{year}-{first:02d}/{year}-{last:02d}" if year
                 else f"months:{first}-{last}:{_YEAR_SHIFT[m['shift'].lower()]:+d}")
        yield DateMention(m.group(), m.start(), m.end(), value, rule="part of a year")


_WEEKEND = re.compile(r"\bthe\s+weekend\b", re.IGNORECASE)


def weekends(text: str, words: Words) -> Iterator[DateMention]:
    """"over the weekend": the Saturday and Sunday the tense points to."""
    for m in _near(_WEEKEND, text, words.windows(["weekend"], 10, 10)):
        yield DateMention(m.group(), m.start(), m.end(), "weekend", rule="weekend")


@lru_cache(maxsize=16)
def _ago_patterns(lang: str) -> list[tuple[re.Pattern[str], int]]:
    units = {u for u, n in R.UNITS[lang].items() if n in {"day", "week", "fortnight", "month", "year"}}
    number = r"(?P<n>\d{1,3}|" + _alt(R.NUMBERS.get(lang, {})) + ")"
    out = []
    for lead, tail, sign in R.AGO[lang]:
        pattern = (r"(?<![\w-])" + (re.escape(lead) + r"\s+" if lead else "") + number + r"\s+(?P<unit>" + _alt(units)
                   + r")" + (r"\s+" + re.escape(tail) if tail else "") + r"(?![\w-])")
        out.append((re.compile(pattern, re.IGNORECASE), sign))
    return out


def units_ago(text: str, words: Words) -> Iterator[DateMention]:
    """"two weeks ago", "in three days", "il y a deux semaines", "vor drei Jahren"."""
    for lang in words.langs:
        numbers = R.NUMBERS.get(lang, {})
        for pattern, sign in _ago_patterns(lang):
            for m in _near(pattern, text, words.windows(_unit_triggers(lang), 40, 30)):
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
    for m in _near(_SPAN, text, words.windows(["days", "weeks", "months", "years"], 40, 10)):
        raw = re.sub(r"\s+", " ", m["n"].lower())
        n = int(raw) if raw.isdigit() else numbers[raw]
        unit = m["unit"].lower().rstrip("s")
        value = f"{unit}:{-n:+d}..-1" if m["dir"].lower() in {"past", "last", "previous"} else f"{unit}:+1..{n:+d}"
        yield DateMention(m.group(), m.start(), m.end(), value, rule="span")


_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat "
                           "sun".split())


def _without_full_stop(m: DateMention) -> DateMention:
    """"June." at a sentence's end is "June"; "Sept." keeps the full stop of its abbreviation."""
    last = m.expression.rsplit(None, 1)[-1]
    if not m.expression.endswith(".") or last[:-1].lower() in _ABBREVIATIONS or last[:-1].isdigit():
        return m
    return DateMention(m.expression[:-1], m.start, m.end - 1, m.value, m.direction, m.rule)


# A news article is under 20,000 characters and names a few dozen dates; a text far longer (a book,
# a 50 MB dump: tests/test_bad_input.py) is searched in its opening only, so it costs seconds, not
# hours, and memory in proportion to an article's.
MAX_TEXT_CHARS, MAX_MENTIONS = 200_000, 2_000

FINDERS: tuple[Finder, ...] = (calendar_dates, day_ranges, month_days, months, days_of_month, seasons, iso_weeks,
                               years, weekdays, day_words, shifted_units, weekends, units_ago, spans, holidays,
                               year_parts, weeks_of_months)
# Where a tense decides which way an expression without a year points.
TENSED = ("--", "---", "weekday:", "weekend", "season:6", "season:3", "season:9", "season:12", "isoweek:")


def find_mentions(text: str, language: str | None = None) -> list[DateMention]:
    """Every date expression in `text` (its first MAX_TEXT_CHARS characters, the first MAX_MENTIONS
    expressions), left to right, none overlapping another.

    >>> [m.value for m in find_mentions("The council met on Monday and will vote on Sept. 27.")]
    ['weekday:0', '--09-27']
    """
    text = text[:MAX_TEXT_CHARS]
    words = Words(language, text)
    # an expression never runs across a paragraph's end ("March\n\n2017" is a heading and a year)
    found = [m for finder in FINDERS for m in finder(text, words) if "\n\n" not in m.expression]
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[DateMention] = []
    for m in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):  # 4. the longest wins
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    out = []
    for m in sorted(kept, key=lambda m: m.start)[:MAX_MENTIONS]:
        m = _without_full_stop(m)
        if m.anchored and not m.direction and m.value.startswith(TENSED) or m.rule == "units ahead":
            tense = direction(text, m.start, m.end, words.lang)  # 5.
            if m.rule == "units ahead" and tense != "future":
                continue  # "grew 5% in two years" is a duration, not a day ahead
            m = DateMention(m.expression, m.start, m.end, m.value, m.direction or tense, m.rule)
        out.append(m)
    return out
