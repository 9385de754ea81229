"""The year of a day written without one: "Friday 7 March", "KESSEL, May 4 (Northwind) -".

The article stage keeps such a day as a rejected candidate ("--03-07", see `NO_YEAR`); once copies
are grouped, this collection step gives it the year in which it lies nearest the dated articles:
 1. a day without a weekday (a wire's "May 4"): the article's copies, when they carry dates of
    their own (a copy runs within weeks of its original, and a wire original is not later than
    its reprints);
 2. otherwise every dated article of the collection; a weekday keeps only the years in which
    the day falls on it.
When no year fits, or two do, the day stays without a year: a wrong day is worse than none. Only
dates an article gives itself count, not years this step or a copy gave another.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from ..header.dates import PartialDate, partial_date
from ..models import Article, Candidate, CopyLink

# How far outside the span of the dates it is read against a day may lie:
COPY_WINDOW = dt.timedelta(days=62)  # a copy's: copies run within weeks of each other
COLLECTION_WINDOW = dt.timedelta(days=183)  # the collection's, for a day alone: one year fits a short span
WEEKDAY_WINDOW = dt.timedelta(days=366)  # the collection's, for a day with its weekday: a day falls on the
# same weekday again only after 5, 6 or 11 years, so one year fits unless the collection spans years
_NO_YEAR_VALUE = re.compile(r"--(\d\d)-(\d\d)")


def day_without_year(candidates: Iterable[Candidate]) -> PartialDate | None:
    """The article's own publication day written without its year, if it has one."""
    for c in candidates:
        if c.field == "published" and c.source != "inherited" and (m := _NO_YEAR_VALUE.fullmatch(c.value)) \
                and (not c.rejected or c.rejected.startswith("a day without its year")):  # not one rejected otherwise
            written = partial_date(c.detail)
            weekday = written.weekday if written else None
            return PartialDate(int(m[1]), int(m[2]), weekday, c.start or 0, c.end or 0, c.detail)
    return None


def own_date(a: Article) -> dt.date | None:
    """The article's full publication date of its own (not inherited from a copy)."""
    value = a.meta.published
    if not value or a.meta.source_of("published") in (None, "inherited"):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def resolve_years(articles: list[Article], links: list[CopyLink]) -> list[tuple[str, str, str, str]]:
    """(article, "published", date, origin) for each article dated only by a day without its year
    that one year fits; `origin` is the dated article nearest to that day."""
    groups: dict[str, set[str]] = {}
    for link in links:
        group = groups.setdefault(link.original, {link.original})
        group.add(link.copy)
        groups[link.copy] = group
    dated = {a.id: d for a in articles if (d := own_date(a)) is not None}
    out = []
    for a in articles:
        if a.id in dated or (day := day_without_year(a.meta.candidates)) is None:
            continue
        copies = {m: dated[m] for m in groups.get(a.id, set()) if m in dated and day.weekday is None}  # 1
        refs = copies or dated  # 2
        window = COPY_WINDOW if copies else WEEKDAY_WINDOW if day.weekday is not None else COLLECTION_WINDOW
        found = year_for(day, sorted(refs.values()), window)
        if found is not None:
            origin = min(refs, key=lambda m: (abs(refs[m] - found), m))
            out.append((a.id, "published", found.isoformat(), origin))
    return out


def year_for(day: PartialDate, dates: list[dt.date], window: dt.timedelta) -> dt.date | None:
    """The one date of `day` within `window` of the span of `dates`; None when none or several fit."""
    if not dates:
        return None
    first, last = dates[0] - window, dates[-1] + window
    fits = [d for year in range(first.year, last.year + 1) if (d := day.in_year(year)) and first <= d <= last]
    return fits[0] if len(fits) == 1 else None
