"""The words of one article's languages, and where its text holds them: each pattern of the
finders (named.py, relative.py) is tried only in windows around the words it turns on."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from ..header.dates import day_first
from ..rules import relative_dates as R
from ..rules.dates import MONTHS, MONTHS_BY_LANGUAGE, WEEKDAYS, WEEKDAYS_BY_LANGUAGE


def alternation(words: Iterable[str]) -> str:
    """A regular expression alternation of `words`, the longest first (so "Sept" before "Sep")."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# English words before a weekday or a month, and where they point: "last May", "next Friday".
SHIFT_DIRECTION = {"last": "before", "this past": "before", "past": "before", "next": "after", "coming": "after",
                    "this coming": "after", "this": "this"}


class Words:
    """The words of one article's languages (English and its own), and where its text holds the
    words each pattern turns on: a pattern is tried only in windows around those (a month's name,
    a unit of time), not at every character of the text (bench/dates.py: about 8x faster)."""

    def __init__(self, language: str | None, text: str = "") -> None:
        self.lang, self.langs, self.months, self.weekdays = _language_words(language)
        self.day_first = day_first(language)
        self.lower = text.lower()
        if len(self.lower) != len(text):  # "İ" lowers to two characters: keep one, so offsets hold
            self.lower = "".join(c.lower()[:1] for c in text)
        self.vocabulary = frozenset(WORD.findall(self.lower))

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


WORD = re.compile(r"\w+")
# How far before and after a month's name a pattern built on it may reach: "Wednesday, the 27th of
# September" starts 28 characters before it, "September 12th - 13th, 2022" ends 28 after its start.
MONTH_REACH_BEFORE, MONTH_REACH_AFTER = 40, 48


def near(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The matches of `pattern` inside the windows."""
    for start, end in windows:
        yield from pattern.finditer(text, start, end)


def near_months(pattern: re.Pattern[str], text: str, words: Words) -> Iterator[re.Match[str]]:
    """The matches of a pattern built on month names, tried only around the month names."""
    yield from near(pattern, text, words.windows(words.months, MONTH_REACH_BEFORE, MONTH_REACH_AFTER))


def word_before(text: str, start: int) -> str:
    m = re.search(r"([\w'’]+)[\s-]*$", text[max(0, start - 40):start])
    return m.group(1).lower() if m else ""


def valid_day(month: int, day: int) -> bool:
    try:
        dt.date(2000, month, day)  # a leap year: 29 February exists
    except ValueError:
        return False
    return True
