"""The entity stages: mentions per article (the model's work, done once per article), and entities
over the collection (merging, cheap, done again whenever the articles change).

Tables:

    entity_mentions      per article: each mention's offsets, text, label, title     (mentions/0001)
    entities             the collection's entities with variants, mentions, merges    (entities/0001)
    entity_corrections   the user's merges and splits, in order; never rewritten by a build
"""
from __future__ import annotations

import json
from typing import Any

from ..config import Config
from ..models import Article
from ..stage import ArticleStage, CollectionStage, Row, Table, Update
from .merge import Correction, Source, entities
from .mentions import find_mentions
from .ner import recognizer
from .windows import DUMP

MENTION_MIGRATIONS = (
    ("0001_entity_mentions", """
    CREATE TABLE entity_mentions (
        article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,         -- offsets into the article's clean text
        end INTEGER NOT NULL,
        text TEXT NOT NULL,             -- as written, a possessive included
        label TEXT NOT NULL,            -- the model's (or the rules') label
        title TEXT NOT NULL,            -- title or role words written before a person's name
        title_start INTEGER,            -- where they start, or NULL
        source TEXT NOT NULL,           -- model | rules
        PRIMARY KEY (article, start, end)
    );
    """),
)

ENTITY_MIGRATIONS = (
    ("0001_entities", """
    CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        canonical TEXT NOT NULL,
        type TEXT NOT NULL,
        variants TEXT NOT NULL,         -- JSON: every spelling seen
        mentions TEXT NOT NULL,         -- JSON: [{article, start, end, text}]
        merges TEXT NOT NULL            -- JSON: [{a, b, rule}]: why each variant joined
    );
    CREATE TABLE entity_corrections (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        action TEXT NOT NULL CHECK (action IN ('merge', 'split')),
        names TEXT NOT NULL,            -- JSON list of names as the user wrote them
        at TEXT NOT NULL
    );
    """),
)


def run(state: dict[str, Any]) -> dict[str, Any]:
    text = state["cleaned"].text
    return {"mentions": find_mentions(text, recognizer()) if len(text) <= DUMP else []}


def rows(given: dict[str, Any]) -> list[Row]:
    return [m.row() for m in given["mentions"]]


def read(stored: list[Row]) -> list[dict[str, Any]]:
    return [{k: r[k] for k in ("start", "end", "text", "label", "title", "title_start", "source")}
            for r in sorted(stored, key=lambda r: r["start"])]


def update(articles: list[Article], stored: dict[str, list[Row]], config: Config) -> Update:
    """All entities again from the stored mentions (no model runs here) and the corrections."""
    sources = [Source(a.id, a.text, a.stages.get("mentions") or []) for a in articles]
    corrections = [Correction(r["action"], tuple(json.loads(r["names"]))) for r in stored["entity_corrections"]]
    found = entities(sources, corrections)
    return Update(replace={"entities": [
        {"id": e["id"], "canonical": e["canonical"], "type": e["type"], "variants": json.dumps(e["variants"]),
         "mentions": json.dumps(e["mentions"]), "merges": json.dumps(e["merges"])} for e in found]},
        computed=len(articles))


def export(stored: dict[str, list[Row]]) -> dict[str, Any]:
    return {"entities": [{"id": r["id"], "canonical": r["canonical"], "type": r["type"],
                          "variants": json.loads(r["variants"]), "mentions": json.loads(r["mentions"]),
                          "merges": json.loads(r["merges"])}
                         for r in sorted(stored["entities"], key=lambda r: (r["type"], r["canonical"], r["id"]))]}


MENTIONS = ArticleStage("mentions", ("cleaned",), ("mentions",), run, table=Table("entity_mentions"),
                        migrations=MENTION_MIGRATIONS, rows=rows, read=read, load=recognizer)
ENTITIES = CollectionStage("entities", ("mentions",), (Table("entities", on_article=False),
                                                        Table("entity_corrections", on_article=False)),
                           update, migrations=ENTITY_MIGRATIONS, export=export)
