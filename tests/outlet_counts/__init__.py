"""A demonstration collection stage, not shipped: how many articles each outlet has, over the
whole collection, exported as a top-level key. One package, registered by one line in
tests/test_stages.py; its table comes from its own migration and is not keyed by article."""
from __future__ import annotations

from collections import Counter
from typing import Any

from storyline.config import Config
from storyline.models import Article
from storyline.stage import CollectionStage, Row, Table, Update

MIGRATIONS = (
    ("0001_outlet_counts", """
    CREATE TABLE outlet_counts (
        outlet TEXT PRIMARY KEY,
        articles INTEGER NOT NULL
    );
    """),
)


def update(articles: list[Article], stored: dict[str, list[Row]], config: Config) -> Update:
    counts = Counter(a.meta.outlet for a in articles if a.meta.outlet)
    return Update(replace={"outlet_counts": [{"outlet": o, "articles": n} for o, n in sorted(counts.items())]},
                  computed=len(articles))


def export(stored: dict[str, list[Row]]) -> dict[str, Any]:
    return {"outlet_counts": {r["outlet"]: r["articles"] for r in stored["outlet_counts"]}}


OUTLET_COUNTS = CollectionStage("outlet_counts", ("copies",), (Table("outlet_counts", on_article=False),), update,
                                migrations=MIGRATIONS, export=export)
