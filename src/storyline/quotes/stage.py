"""The quotes stage: every article's quotations in a table of its own, and the export's `quotes`.

`find_quotes` over the clean text; one row per quote, stored with its article and deleted with
it (quotes/0001_quotes); `export` gives the top-level `quotes` key of the JSON export
(shared/eval/SCHEMA.md) from those rows. Speakers joined to the collection's entities and quotes
aligned into statements will be collection stages over this table.

Each row keeps the speaker as written with its offsets (`speaker_text`, `speaker_start`,
`speaker_end`) and the name it resolved to within the article (`speaker`, with the offsets of
the name it went through in `mention_start`/`mention_end`), so that a later step can map it onto
an entity mention.
"""
from __future__ import annotations

from dataclasses import fields
from typing import Any

from ..stage import ArticleStage, Row, Table
from . import Quote, find_quotes

MIGRATIONS = (
    ("0001_quotes", """
    CREATE TABLE quotes (
        article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        n INTEGER NOT NULL,             -- its place among the article's quotes
        kind TEXT NOT NULL,             -- direct, indirect, mixed
        text TEXT NOT NULL,             -- the words in the marks (direct), the reported clause (others)
        start INTEGER NOT NULL,         -- offsets of text into the article's clean text
        end INTEGER NOT NULL,
        cue TEXT,                       -- the reporting verb, "according to", ":" or a dash; NULL: none
        speaker TEXT,                   -- who it resolved to; NULL: unresolved
        speaker_text TEXT,              -- the speaker as written, and where
        speaker_start INTEGER,
        speaker_end INTEGER,
        resolution TEXT NOT NULL,       -- name, pronoun, title, previous, group, anonymous, unresolved
        mention_start INTEGER,          -- the name it resolved through, where the article writes it
        mention_end INTEGER,
        PRIMARY KEY (article, n)
    );
    """),
)


FIELDS = tuple(f.name for f in fields(Quote))


def run(state: dict[str, Any]) -> dict[str, Any]:
    language = state["meta"].language
    return {"quotes": find_quotes(state["cleaned"].text, english=language is None or language.startswith("en"))}


def rows(given: dict[str, Any]) -> list[Row]:
    quotes: list[Quote] = given["quotes"]
    return [{"n": n, **{name: getattr(q, name) for name in FIELDS}} for n, q in enumerate(quotes)]


def export(stored: list[Row]) -> dict[str, Any]:
    """The `quotes` key: the schema's fields, then the speaker as written and how it resolved."""
    out = []
    for r in sorted(stored, key=lambda r: (r["article"], r["n"])):
        out.append({"article": r["article"], "text": r["text"], "speaker": r["speaker"], "kind": r["kind"],
                    "cue": r["cue"], "statement": None, "start": r["start"], "end": r["end"],
                    "speaker_as_written": r["speaker_text"], "speaker_start": r["speaker_start"],
                    "speaker_end": r["speaker_end"], "resolution": r["resolution"]})
    return {"quotes": out}


QUOTES = ArticleStage("quotes", ("cleaned", "meta"), ("quotes",), run, table=Table("quotes"), migrations=MIGRATIONS,
                      rows=rows, export=export)
