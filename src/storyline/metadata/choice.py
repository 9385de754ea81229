"""Which candidate wins a field: source rank first, then what the other candidates say.

Steps of `choose`, for every field:

1. the best-ranked source (`SOURCE_RANK`: what the user said beats what a page claims, and both
   beat what is inferred from the text); within one source, a key that names publication
   (`datePublished`, `article:published_time`) beats a bare `date`, which CMSs fill with the
   time of the last edit;

for the title:

1b. the headline a web page shows (its `<h1>`, confirmed by a declared title) beats the page's
    declared titles: `og:title` is often reworded for social media, `<title>` carries the
    site's name; what a user said (side file, list record) still comes first;

for the outlet:

1c. a name the text labels as the source ("Quelle: ...", "Publication title: ...") beats the
    other names of the header read from the same source: a capture service's or a database's
    name stands above the paper's;

and for the publication day only:

2. a day the page shows beside its headline and also declares wins over another declared day
   (CMSs declare the day of the last edit under publication keys too; the reader sees the
   day the publisher means);
3. a UTC time stamp whose day is one off the day the page shows or its URL carries yields to
   that day: the gold of every benchmark, and a reader, go by the publisher's local day; unless
   the page shows or its URL carries the stamp's own day too (the other is an update's, or the
   site's "today");
4. a date declared by the page's CMS (or found by htmldate) that is later than the date in the
   article's own URL yields to the URL: a URL is minted once, when the article first appears,
   while CMS dates move with migrations and re-publishing.
"""
from __future__ import annotations

import datetime as dt
import re

from ..models import Candidate
from ..rules.dates import UTC_NOTE

SOURCE_RANK = {
    "republished": -1,  # "This story was originally published by X on D": where and when it first ran
    "side-file": 0, "record": 1, "front-matter": 2, "html-meta": 2, "feed": 2, "html-visible": 3,
    "first-published": 4, "warc": 4, "text": 5,
    "url": 6, "htmldate": 7, "filename": 8, "pdf-meta": 9, "text-weekday": 10, "byline": 11, "site-name": 12,
    "copyright": 13, "mail-subject": 13, "domain": 14, "detected": 15, "inherited": 16, "wire-dateline": 17,
}
# Meta keys that say "a date" without saying which: CMSs fill them with the last edit's time.
GENERIC_DATE_KEY = re.compile(r"meta\[name=(date|dc\.date|dcterms\.date|sailthru\.date)\]|trafilatura")
LABELLED_NAME = "masthead named by its label"
LOCAL_DAY_SOURCES = frozenset({"html-visible", "url", "text"})
CMS_SOURCES = frozenset({"html-meta", "htmldate"})


def rank(c: Candidate) -> tuple[int, int]:
    """Sort key of a candidate: its source's rank, then generic date keys after specific ones."""
    return SOURCE_RANK.get(c.source, 99), 1 if GENERIC_DATE_KEY.search(c.detail) else 0


def choose(name: str, candidates: list[Candidate]) -> Candidate:
    """The winning candidate for field `name` among usable `candidates` (not empty)."""
    best = min(candidates, key=rank)  # 1 (min is stable: the first of equals wins)
    if name == "title" and best.source == "html-meta":  # 1b
        return next((c for c in candidates if c.source == "html-visible"), best)
    if name == "outlet":  # 1c
        return next((c for c in candidates if rank(c) == rank(best) and c.detail == LABELLED_NAME), best)
    if name != "published":
        return best
    day = _day(best.value)
    if day is None:
        return best
    if best.source == "html-meta":  # 2
        shown = {c.value for c in candidates if c.source == "html-visible" and "headline" in c.detail}
        if best.value not in shown:
            backed = [c for c in candidates if c.source == "html-meta" and c.value in shown]
            if backed:
                best = backed[0]
    if UTC_NOTE in best.detail:  # 3
        local = [c for c in candidates if c.source in LOCAL_DAY_SOURCES and (d := _day(c.value))
                 and abs((d - day).days) == 1]
        agreed = any(c.source in LOCAL_DAY_SOURCES and c.value == best.value and UTC_NOTE not in c.detail
                     for c in candidates)
        if local and not agreed:
            return min(local, key=rank)
    if best.source in CMS_SOURCES:  # 4
        urls = [c for c in candidates if c.source == "url" and (d := _day(c.value)) and d < day]
        if urls:
            return urls[0]
    return best


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
