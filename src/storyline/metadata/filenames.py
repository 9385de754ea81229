"""The outlet of an article that names it only in its file name ("2023-04-18_valley-courier_dam-talks.txt"),
found among the outlets the collection's other articles name themselves ("The Valley Courier").

A collection step, like `years.resolve_years`: a name of two words or more that another article's
own furniture gives, written in the file name without spaces, case or "The", names the outlet
when it is the only such name there.
"""
from __future__ import annotations

import re
from pathlib import PurePosixPath

from ..models import Article

MIN_NAME_CHARS = 8  # "valleycourier": a shorter name ("thepost" -> "post") is a word any file name may hold


def _compact(text: str) -> str:
    return re.sub(r"[\W_\d]+", "", re.sub(r"^the\s+", "", text.casefold()))


def outlets_from_file_names(articles: list[Article], taken: set[tuple[str, str]]) -> list[tuple[str, str, str, str]]:
    """(article, "outlet", name, origin) for each article without an outlet of its own (nor one in
    `taken`, the (article, field) pairs already given) whose file name writes one outlet that
    `origin` names in its own furniture."""
    named: dict[str, tuple[str, str]] = {}
    for a in sorted(articles, key=lambda a: a.id):
        outlet, source = a.meta.outlet, a.meta.source_of("outlet")
        if outlet and source not in (None, "inherited", "domain", "wire-dateline") and len(outlet.split()) >= 2 \
                and len(key := _compact(outlet)) >= MIN_NAME_CHARS:
            named.setdefault(key, (outlet, a.id))
    out = []
    for a in articles:
        if a.meta.outlet or (a.id, "outlet") in taken:
            continue
        stem = _compact(PurePosixPath(a.file).stem)
        hits = {named[key] for key in named if key in stem}
        if len({outlet for outlet, _ in hits}) == 1:
            outlet, origin = min(hits, key=lambda h: h[1])
            out.append((a.id, "outlet", outlet, origin))
    return out
