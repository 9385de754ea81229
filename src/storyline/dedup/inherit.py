"""Copy-group logic over the articles: what a copy without a value takes from another member
(`inherit`), and how complete an article's metadata is (`completeness`, the canonical's
tie-breaker)."""
from __future__ import annotations

from ..metadata.years import day_without_year
from ..models import Article, CopyLink

INHERITABLE = ("published", "outlet")  # what a copy without its own value takes from its original


def _own(a: Article, name: str) -> str | None:
    """The value of `name` the article has of its own (not inherited)."""
    value = getattr(a.meta, name)
    return value if value and a.meta.source_of(name) not in (None, "inherited") else None


def inherit(articles: list[Article], links: list[CopyLink]) -> list[tuple[str, str, str, str]]:
    """(article, field, value, origin) for each copy-group member lacking a field another member has.

    The canonical copy's own value comes first; when it has none, the earliest value among the
    other members (a reprint is not older than what it reprints). Wire copy keeps no outlet but
    its own: each outlet that runs an agency's story is a different publisher of it. A member
    with a day of its own written without the year keeps its day (`resolve_years` gives the
    year); a wire original takes the earliest of its reprints' dates, never a later reprint's.
    """
    by_id = {a.id: a for a in articles}
    groups: dict[str, list[str]] = {}
    for link in links:
        groups.setdefault(link.original, [link.original]).append(link.copy)
    out = []
    for canonical, members in groups.items():
        wire = any(by_id[m].meta.wire for m in members)
        for name in INHERITABLE:
            if name == "outlet" and wire:
                continue
            have = [(v, m) for m in members if (v := _own(by_id[m], name))]
            if not have:
                continue
            own_canon = _own(by_id[canonical], name)
            value, origin = (own_canon, canonical) if own_canon and not (name == "published" and wire) else min(have)
            out += [(m, name, value, origin) for m in members if not _own(by_id[m], name)
                    and not (name == "published" and day_without_year(by_id[m].meta.candidates))]
    return out


def completeness(a: Article) -> int:
    """How much of an article's metadata is known: the tie-breaker for the canonical copy."""
    m = a.meta
    own = {c.field for c in m.candidates if not c.rejected and c.source != "inherited"}
    return sum(1 for name in ("title", "outlet", "url", "published", "byline") if name in own)
