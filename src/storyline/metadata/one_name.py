"""One name for one outlet across the collection: "Brackwell Sentinel" in one article's byline and
"The Brackwell Sentinel" in another's masthead are one paper, and the dossier writes it one way.

A collection step, like `filenames.outlets_from_file_names`: names that differ only in case, in a
leading article or in spaces and punctuation ("Orrin Valley Courier" / "The Orrin Valley Courier")
are one outlet; each article gets the form most of them write, or on a tie the fuller form (the
one with its article: the paper's own masthead writes it so, a byline or a feed's field drops it).
"""
from __future__ import annotations

import re
from collections import Counter

from ..models import Article

LEADING_ARTICLE = re.compile(r"^(?:the|der|die|das|la|le|les|el|los|las|il|lo|de|het|o|a|os)\s+", re.IGNORECASE)


def outlet_key(name: str) -> str:
    """A name compared loosely: "The Orrin Valley Courier" and "orrin valley courier" are one."""
    return re.sub(r"[\W_]+", "", LEADING_ARTICLE.sub("", name.strip()).casefold())


def one_name_per_outlet(articles: list[Article]) -> list[tuple[str, str, str, str]]:
    """(article, "outlet", name, origin) for each article whose own outlet is written otherwise
    than the collection's one form of that name; `origin` is an article that writes the form."""
    forms: dict[str, Counter[str]] = {}
    writer: dict[str, str] = {}
    for a in sorted(articles, key=lambda a: a.id):
        if a.meta.outlet and a.meta.source_of("outlet") not in (None, "inherited"):
            forms.setdefault(outlet_key(a.meta.outlet), Counter())[a.meta.outlet] += 1
            writer.setdefault(a.meta.outlet, a.id)
    chosen = {key: max(counts, key=lambda f: (counts[f], bool(LEADING_ARTICLE.match(f)), len(f), f))
              for key, counts in forms.items() if len(counts) > 1}
    out = []
    for a in articles:
        own = a.meta.outlet
        if own and a.meta.source_of("outlet") not in (None, "inherited") and (one := chosen.get(outlet_key(own))) \
                and one != own:
            out.append((a.id, "outlet", one, writer[one]))
    return out
