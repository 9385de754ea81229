"""Every date expression of a clean text, found with our own patterns and described without an
anchor (mention.py). Words are data (rules/relative_dates.py; month and weekday names are the
header reader's, rules/dates.py); English always, and the article's own language when the rules
know it.

    1. calendar dates with a year (the header reader's `find_dates`) and ranges of days   named.py
    2. days and months without a year, "the 14th", seasons, ISO weeks, years and decades    named.py
    3. weekdays, day words ("yesterday"), shifted units ("last week", "two years ago", "the
       past three days")                                                                 relative.py
    4. overlaps: the longest expression wins (then the earlier)
    5. tense: which way each expression without a year points (tense.py)
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from .mention import DateMention
from .named import (calendar_dates, day_ranges, days_of_month, holidays, iso_weeks, month_days, months, seasons,
                    weeks_of_months, year_parts, years)
from .relative import day_words, shifted_units, spans, units_ago, weekdays, weekends
from .tense import direction
from .words import Words

Finder = Callable[[str, Words], Iterator[DateMention]]

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
