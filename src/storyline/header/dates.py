"""Absolute dates as written in text, URLs and file names, parsed to `datetime.date`.

Relative expressions ("on Monday") belong to the dates stage; here only dates that carry a year.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..rules.dates import ABSOLUTE, FILENAME_DATE, MODIFIED_LABEL, MONTHS, PUBLISHED_LABEL, URL_DATE


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in a text, with its span."""

    date: dt.date
    start: int
    end: int
    text: str


MAX_DATELINE_CHARS = 160
_YEAR = re.compile(r"(19|20)\d\d")
# What may stand beside the date on a date line: a time, a zone, the year word.
TIME_LEFTOVER = (r"((at|à|um|a las|alle|om|в)\s+)?\d{1,2}\s*[:.h]\s*\d{2}.*|[A-Z]{2,5}|(GMT|UTC)[+-]?\d*"
                 r"|года|г\.?")


def _month(value: str) -> int:
    return int(value) if value.isdigit() else MONTHS[value.lower().rstrip(".")]


def _build(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), _month(month), int(day))
    except (ValueError, KeyError):
        return None


def _from_match(m: re.Match[str], day_first: bool) -> dt.date | None:
    groups = m.groupdict()
    if "a" in groups and groups.get("a"):
        a, b = int(groups["a"]), int(groups["b"])
        month, day = (b, a) if a > 12 or (day_first and b <= 12) else (a, b)
        return _build(groups["year"], str(month), str(day))
    return _build(groups["year"], groups["month"], groups["day"])


def find_dates(text: str, day_first: bool = False) -> Iterator[FoundDate]:
    """Every absolute date (with a year) in `text`, left to right, overlaps resolved to the longest.

    A slashed date whose order its numbers leave open (03/05/2020) is month first, as American
    English writes it, unless `day_first` (as every other language writes it).
    """
    found: list[FoundDate] = []
    for pattern in ABSOLUTE:
        for m in pattern.finditer(text):
            d = _from_match(m, day_first)
            if d is not None:
                found.append(FoundDate(d, m.start(), m.end(), m.group(0)))
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    last_end = -1
    for f in found:
        if f.start >= last_end:
            last_end = f.end
            yield f


def dateline(line: str) -> tuple[str, dt.date] | None:
    """("published"|"modified", date) when `line` is a date line and nothing else.

    A masthead line of short parts ("DROVSK HERALD | Thursday, 11 August 2022") counts when
    exactly one part is a date line.
    """
    if len(line) > MAX_DATELINE_CHARS or not _YEAR.search(line):  # cheap tests before the costly search
        return None
    parts = [p for p in re.split(r"\s+[|•·]\s+", line.strip()) if p]
    if len(parts) > 1:
        found = [d for p in parts if (d := _dateline_part(p))]
        others = [p for p in parts if not _dateline_part(p)]
        if len(found) == 1 and all(len(p.split()) <= 6 and not re.search(r"[.!?]$", p) for p in others):
            return found[0]
        return None
    return _dateline_part(line)


def _dateline_part(line: str) -> tuple[str, dt.date] | None:
    field = "published"
    rest = line.strip().strip("*_#").strip()
    m = MODIFIED_LABEL.match(rest)
    if m:
        field, rest = "modified", rest[m.end():]
    else:
        m = PUBLISHED_LABEL.match(rest)
        if m:
            rest = rest[m.end():]
    dates = list(find_dates(rest))
    if len(dates) != 1:
        return None
    leftover = (rest[: dates[0].start] + rest[dates[0].end:]).strip(" \t|,.-–—:")
    if leftover and not re.fullmatch(TIME_LEFTOVER, leftover, re.IGNORECASE):
        return None
    return field, dates[0].date


def date_in_url(url: str) -> dt.date | None:
    """The date a URL path carries (/2020/10/07/...), if any."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.IGNORECASE)
    for pattern in URL_DATE:
        m = pattern.search(path)
        if m and (d := _build(m["year"], m["month"], m["day"])):
            return d
    return None


def date_in_filename(name: str) -> dt.date | None:
    """The date a file name carries (2020-10-07_slug.txt), if any; hex ids are not dates."""
    for pattern in FILENAME_DATE:
        m = pattern.search(name)
        if m and (d := _build(m["year"], m["month"], m["day"])):
            return d
    return None
