"""A demonstration stage, not shipped: each article's longest word, with its offsets in the clean
text (as the entity, date and quotation stages will keep theirs). It is this one package and the
registration line in tests/test_stages.py, nothing else: its table comes from its own migration,
its rows are stored with the article and deleted with it, and the export shows what `read` gives.
"""
from __future__ import annotations

import re
from typing import Any

from storyline.stage import ArticleStage, Row, Table

MIGRATIONS = (
    ("0001_longest_word", """
    CREATE TABLE longest_word (
        article TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        word TEXT NOT NULL,
        start INTEGER NOT NULL,         -- offsets into the article's clean text
        end INTEGER NOT NULL
    );
    """),
)


def longest(state: dict[str, Any]) -> dict[str, Any]:
    """The first of the longest words of the clean text, with where it stands."""
    words = list(re.finditer(r"\w+", state["cleaned"].text))
    best = max(words, key=lambda m: len(m.group()), default=None)
    return {"longest": None if best is None else (best.group(), best.start(), best.end())}


def rows(given: dict[str, Any]) -> list[Row]:
    found = given["longest"]
    return [] if found is None else [{"word": found[0], "start": found[1], "end": found[2]}]


def read(stored: list[Row]) -> dict[str, Any] | None:
    return {"word": stored[0]["word"], "start": stored[0]["start"], "end": stored[0]["end"]} if stored else None


LONGEST_WORD = ArticleStage("longest_word", ("cleaned",), ("longest",), longest, table=Table("longest_word"),
                            migrations=MIGRATIONS, rows=rows, read=read)
