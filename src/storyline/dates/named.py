"""Date expressions built on the calendar's names and numbers, described without an anchor:
calendar dates and ranges of days, days and months without a year, "the 14th", weeks of months,
seasons, ISO weeks, years and decades, parts of a year, holidays (find.py runs them)."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

from ..header.dates import find_dates
from ..rules import relative_dates as R
from ..rules.dates import MONTHS
from .mention import DateMention
from .resolve import week_of_month
from .words import SHIFT_DIRECTION, WORD, Words, alternation, near, near_months, valid_day, word_before

_MONTH = r"(?P<month>{months})\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d])"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?"
_DASH = r"\s*(?:-|–|—|to|through|until|till|au|bis|al|a|tot)\s*"


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
    for pattern in month_patterns(words)["ranges"]:
        for m in near_months(pattern, text, words):
            month = words.month(m["month"])
            month2 = words.month(m["month2"]) if "month2" in m.groupdict() and m["month2"] else month
            d1, d2 = int(m["d1"]), int(m["d2"])
            if month is None or month2 is None or not (valid_day(month, d1) and valid_day(month2, d2)):
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
    for pattern in month_patterns(words)["partial"]:
        for m in near_months(pattern, text, words):
            month, day = words.month(m["month"]), int(m["day"])
            if month is not None and valid_day(month, day):
                yield DateMention(m.group(), m.start(), m.end(), f"--{month:02d}-{day:02d}", rule="month day")


_MONTH_YEAR = r"\b" + _MONTH + r"(?:,|\s+of)?\s+" + _YEAR
_MONTH_ALONE = r"(?:\b(?P<shift>last|next|this|this past|this coming)\s+)?\b" + _MONTH + r"(?!\w)(?!\s*\d)"


def months(text: str, words: Words) -> Iterator[DateMention]:
    """"July 2020" (a calendar month); "in September", "last May" (a month without its year)."""
    month_year, month_alone = month_patterns(words)["months"]
    for m in near_months(month_year, text, words):
        month = words.month(m["month"])
        if month is not None:
            yield DateMention(m.group(), m.start(), m.end(), f"{m['year']}-{month:02d}", rule="month")
    for m in near_months(month_alone, text, words):
        month = words.month(m["month"])
        if month is None:
            continue
        shift = (m["shift"] or "").lower()
        if not shift and (word_before(text, m.start()) not in R.MONTH_LEADS or m["month"].lower() == "may"
                          and word_before(text, m.start()) in {"and", "or", "to"}):
            continue
        yield DateMention(m.group(), m.start(), m.end(), f"--{month:02d}", SHIFT_DIRECTION.get(shift, ""),
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
    for m in near_months(month_patterns(words)["weeks"][0], text, words):
        month, nth = words.month(m["month"]), _NTH[m["nth"].lower()]
        if month is None:
            continue
        value = week_of_month(int(m["year"]), month, nth) if m["year"] else f"--{month:02d}:week{nth:+d}"
        yield DateMention(m.group(), m.start(), m.end(), value, rule="week of a month")


@lru_cache(maxsize=64)
def _month_patterns(months: frozenset[str], weekdays: frozenset[str]) -> dict[str, list[re.Pattern[str]]]:
    month_names, day_names = alternation(months), alternation(weekdays)
    return {name: [re.compile(t.replace("{months}", month_names).replace("{weekdays}", day_names), re.IGNORECASE)
                   for t in templates] for name, templates in _MONTH_TEMPLATES.items()}


_DAY_OF_MONTH = re.compile(r"\bthe\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
                           r"(?=\s*[,.;:)]|\s*$|\s+(?:and|or|to|through|until|at|when|after|before|which|as|of\s+"
                           r"(?:this|the|next|last)\s+month)\b)", re.IGNORECASE)


def days_of_month(text: str, words: Words) -> Iterator[DateMention]:
    """"on the 14th": a day of a month the anchor decides."""
    for m in _DAY_OF_MONTH.finditer(text):
        yield DateMention(m.group(), m.start(), m.end(), f"---{int(m['day']):02d}", rule="day of month")


_SEASON = re.compile(r"(?:\b(?P<shift>last|this|next|this past|this coming|past|coming)\s+)?\b(?P<season>"
                     + alternation(R.SEASONS) + r")(?!\w)(?:\s+(?:of\s+)?" + _YEAR + ")?", re.IGNORECASE)
_SEASON_SHIFT = {"last": -1, "past": -1, "this past": -1, "this": 0, "next": 1, "coming": 1, "this coming": 1}


def seasons(text: str, words: Words) -> Iterator[DateMention]:
    """"last summer", "the winter of 2019", "in spring": seasons as intervals of months."""
    for m in near(_SEASON, text, words.windows(R.SEASONS, 20, 40)):
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
    before = word_before(text, start)
    if before == "the":
        before = word_before(text, start - 4)
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
    for m in near(_ISO_WEEK, text, words.windows(triggers, 20, 30)):
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
    for m in near(_YEAR_RANGE, text, spans):
        y1, y2 = int(m["y1"]), int(m["y2"] if len(m["y2"]) == 4 else m["y1"][:2] + m["y2"])
        if y1 < y2:
            yield DateMention(m.group(), m.start(), m.end(), f"{y1}/{y2}", rule="year range")
    for m in near(_LONE_YEAR, text, spans):
        if m["next"] not in R.NOT_YEAR_AFTER:
            yield DateMention(m["year"], m.start(), m.start() + 4, m["year"], rule="year")
    for m in near(_DECADE, text, spans):
        d = int(m["decade"])
        yield DateMention(m.group(), m.start(), m.end(), f"{d}/{d + 9}", rule="decade")


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
        triggers = {WORD.findall(name)[-1] for name in R.HOLIDAYS[lang]}
        for m in near(_holiday_pattern(lang), text, words.windows(triggers, 30, 10)):
            key = re.sub(r"\s+", " ", m.group().lower().replace("’", "'"))
            yield DateMention(m.group(), m.start(), m.end(), R.HOLIDAYS[lang][key], rule="holiday")


_YEAR_PART = re.compile(r"\b(?:the\s+)?(?P<part>" + alternation(p for p in R.YEAR_PARTS if " " in p) + r")\s+of\s+"
                        r"(?:" + _YEAR + r"|(?P<shift>this|last|next|the)\s+year\b)"
                        r"|\b(?P<short>[QH][1-4])\s+(?P<year2>(?:19|20)\d\d)\b", re.IGNORECASE)
_YEAR_SHIFT = {"this": 0, "the": 0, "last": -1, "next": 1}


def year_parts(text: str, words: Words) -> Iterator[DateMention]:
    """"the first half of 2027", "the last quarter of this year", "Q3 2026": months of a year."""
    for m in near(_YEAR_PART, text, words.windows(["half", "quarter", "q1", "q2", "q3", "q4", "h1", "h2"], 20, 40)):
        part = re.sub(r"\s+", " ", (m["part"] or m["short"]).lower())
        if part not in R.YEAR_PARTS:
            continue
        first, last = R.YEAR_PARTS[part]
        year = m["year"] or m["year2"]
        value = (f"{year}-{first:02d}/{year}-{last:02d}" if year
                 else f"months:{first}-{last}:{_YEAR_SHIFT[m['shift'].lower()]:+d}")
        yield DateMention(m.group(), m.start(), m.end(), value, rule="part of a year")


def month_patterns(words: Words) -> dict[str, list[re.Pattern[str]]]:
    """The patterns built on month names, for the names of the article's languages."""
    return _month_patterns(words.months, frozenset(words.weekdays))
