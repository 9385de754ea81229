"""`Dossier`: the one entry object over a built store (as sqlite-utils' `Database`)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from . import registry
from .models import Article
from .store import Store


class Dossier:
    """A built collection, read from its store.

        dossier = Dossier("storyline.db")
        for article in dossier.articles: ...
        dossier.copy_groups()   # [[canonical id, copy id, ...], ...]
    """

    def __init__(self, db: str | Path = "storyline.db") -> None:
        if not Path(db).exists():
            from .errors import StoreError

            raise StoreError(f"{db}: no store here; build one first: storyline build FOLDER --db {db}")
        self.store = Store(db)
        self._articles: list[Article] | None = None

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Dossier:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def articles(self) -> list[Article]:
        """Every article in path order, with copy relations and inherited values."""
        if self._articles is None:
            self._articles = list(self.store.articles())
        return self._articles

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)

    def copy_groups(self) -> list[list[str]]:
        """Groups of copies, canonical first, then its copies in path order."""
        groups: dict[str, list[str]] = {}
        for a in self.articles:
            if a.duplicate_of:
                groups.setdefault(a.duplicate_of, [a.duplicate_of]).append(a.id)
        return sorted(groups.values())

    def stage_exports(self) -> dict[str, Any]:
        """The export's top-level keys that stages give from their tables."""
        out: dict[str, Any] = {}
        for a_stage in registry.article_stages():
            if a_stage.export is not None and a_stage.table is not None:
                out |= a_stage.export(self.store.stage_rows(a_stage.table.name))
        for stage in registry.collection_stages():
            if stage.export is not None:
                names = [table.name for table in stage.tables] + list(stage.reads)
                out |= stage.export({name: self.store.stage_rows(name) for name in names})
        return out

    @property
    def skipped(self) -> list[tuple[str, str]]:
        """Every input (file, or record FILE#N) that gave no article, with the reason."""
        return self.store.skipped()

    def to_dict(self) -> dict[str, Any]:
        """The dossier in the shape of the JSON export (shared/eval/SCHEMA.md)."""
        from .report.json_export import to_dict

        return to_dict(self)
