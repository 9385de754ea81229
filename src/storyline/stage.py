"""What a stage is: two small interfaces, run by the loop in `pipeline.py`, listed in `registry.py`.

    ArticleStage      per document, in the worker processes: `run(state) -> {key: value}` over the
                      keys it `needs`, giving the keys it `gives` (spaCy's `requires`/`assigns`).
                      A stage with a `table` keeps its result in rows keyed by article, stored in
                      the article's transaction and deleted with it (ON DELETE CASCADE): an
                      article that changes is computed again with it, and nothing else is.
    CollectionStage   over all articles, after the article stages: `update(articles, stored,
                      config) -> Update`, where `stored` holds the rows of its own tables as the
                      last run left them, so it can compute only what changed (copies keep each
                      article's MinHash signature and the pairs they verified). The loop runs it
                      when the articles changed since it last ran (a generation per stage).

A stage owns its tables: it declares them (`Table`) and their named migrations (DDL, as data,
recorded in `migrations` as "stage/name"), and maps its objects to rows (plain dicts) and back.
`store/` runs the migrations and composes every query from the declared names, so SQL still
lives only in `store/` and in the migration text a stage declares, as `rules/` holds data: a
new stage is one package and one line in `registry.STAGES`, with no module to add under
`store/` (the choice the issue left open; a per-stage store module would make it two places).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config import Config
    from .models import Article

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Table:
    """A table a stage owns. `article` names the column that points at articles(id) (ON DELETE
    CASCADE in its migration): the store groups rows by it when reading back. A table not
    `on_article` (a stage's own working state) is read only by its stage's `update`."""

    name: str
    article: str = "article"
    on_article: bool = True


@dataclass(frozen=True, slots=True)
class ArticleStage:
    """One step over one document: `run` maps the state it `needs` to the values it `gives`.

    With a `table`: `rows` turns what it gave into rows of that table (the loop adds the article
    column), `read` turns an article's rows back into the JSON-ready value the article carries
    (`Article.stages[name]`) and the export shows under the stage's name, and `export` turns all
    the table's rows into top-level keys of the JSON export (quotes, dates), as a collection
    stage's `export` does, without a collection stage that would read every article to do it.
    """

    name: str
    needs: tuple[str, ...]
    gives: tuple[str, ...]
    run: Callable[[dict[str, Any]], dict[str, Any]]
    table: Table | None = None
    migrations: tuple[tuple[str, str], ...] = ()
    rows: Callable[[dict[str, Any]], list[Row]] | None = None
    read: Callable[[list[Row]], Any] | None = None
    export: Callable[[list[Row]], dict[str, Any]] | None = None
    # Called once in the building process before its worker processes start: what it loads (a
    # model) the forked workers share instead of each loading its own.
    load: Callable[[], object] | None = None


@dataclass(slots=True)
class Update:
    """What a collection stage computed: tables whose rows it `replace`s whole, rows it adds or
    overwrites by key (`upsert`), and `computed`, the count of articles it did the costly work
    for (copies: MinHash signatures), which the build reports."""

    replace: dict[str, list[Row]] = field(default_factory=dict)
    upsert: dict[str, list[Row]] = field(default_factory=dict)
    computed: int = 0


@dataclass(frozen=True, slots=True)
class CollectionStage:
    """One step over the whole collection, run when the articles changed since it last ran.

    `needs` names the stages that must come before it. `update` is pure: it reads the articles
    and its tables' stored rows (and those of the earlier stages' tables it `reads`) and returns
    what to write. A stage that `reads_text=False` gets the articles without their texts (empty
    `text`, `source_text`, `textmap`): one over metadata and stage results (dates, statements)
    need not load every text of the collection again. `attach` puts an article's rows
    (table name -> rows) back on the article as it is read from the store; `export` turns its
    tables' rows into top-level keys of the JSON export (events, storylines, ...).
    """

    name: str
    needs: tuple[str, ...]
    tables: tuple[Table, ...]
    update: Callable[[list[Article], dict[str, list[Row]], Config], Update]
    migrations: tuple[tuple[str, str], ...] = ()
    attach: Callable[[Article, dict[str, list[Row]]], None] | None = None
    export: Callable[[dict[str, list[Row]]], dict[str, Any]] | None = None
    reads: tuple[str, ...] = ()  # tables of earlier stages whose rows `update` and `export` get too
    reads_text: bool = True


Stage = ArticleStage | CollectionStage
