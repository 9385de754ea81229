"""The SQLite store: the only module that speaks SQL.

One file, WAL mode, named migrations recorded in `migrations`, and every write inside a
transaction (`with store.transaction():`), so a build stopped half-way leaves the store as it
was before the file it was on.

The core tables (sources, articles, skipped, state) are this module's. A registered stage
(registry.py) declares its own tables and their migrations as data; they run here after the
core ones, named "stage/migration", and every query on a stage's tables is composed here from
the names it declares (`stage_rows`, `write_rows`, `write_update`): a stage never holds a query.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .. import registry
from ..errors import StoreError
from ..models import Article, Candidate, Metadata, TextMap
from ..stage import CollectionStage, Row, Table, Update
from .lock import WriterLock
from .migrations import MIGRATIONS

__all__ = ["STORE_SUFFIXES", "Store", "WriterLock", "all_migrations", "statements", "store_files"]

META_COLUMNS = ("title", "outlet", "byline", "url", "language", "published", "modified", "first_seen", "wire")
# What an article read without its text holds in place of it (Store.articles(text=False)).
_NO_TEXT = ("'' AS text", "'' AS source_text", "'[[0], [0]]' AS textmap", "'[]' AS removed")


# The files of a store: SQLite's beside the database, and the build lock (store/lock.py).
STORE_SUFFIXES = ("", "-wal", "-shm", "-journal", "-lock")


def store_files(path: str | Path) -> list[Path]:
    """The paths of every file that belongs to the store at `path`."""
    return [Path(f"{path}{suffix}") for suffix in STORE_SUFFIXES]


def statements(sql: str) -> list[str]:
    """The statements of an SQL script as SQLite reads them: a `;` inside a string literal, a
    comment or a trigger body does not end a statement (`sqlite3.complete_statement` decides)."""
    out: list[str] = []
    pending = ""
    for piece in sql.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending[:-1].strip():
                out.append(pending)
            pending = ""
    rest = pending[:-1]  # the text after the last `;`, without the `;` added to it
    if rest.strip():
        out.append(rest)
    return out


def all_migrations() -> list[tuple[str, str]]:
    """The core migrations, then each registered stage's, named "stage/migration", in registry order."""
    return [*MIGRATIONS, *((f"{stage.name}/{name}", sql) for stage in registry.STAGES.values()
                           for name, sql in stage.migrations)]


def _stage_tables() -> dict[str, Table]:
    """Every table a registered stage owns, by name."""
    out: dict[str, Table] = {}
    for stage in registry.STAGES.values():
        tables = stage.tables if isinstance(stage, CollectionStage) else (stage.table,) if stage.table else ()
        out.update((t.name, t) for t in tables)
    return out


_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _names(*names: str) -> str:
    """Column names for a composed query, refused unless plain identifiers."""
    for name in names:
        if not _NAME.match(name):
            raise StoreError(f"{name!r} is not a column name a stage may declare")
    return ", ".join(names)


BUSY_SECONDS = 30.0  # how long a connection waits for another process's write to finish
WAL_TRIES = 40  # about 40 s of tries in all


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class Store:
    """An open store. `Store(path)` creates and migrates it when needed."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.parent.is_dir():
            raise StoreError(f"{self.path}: cannot open the store: the folder {self.path.parent} does not exist")
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=BUSY_SECONDS)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store: {exc}") from exc
        try:
            self.db.row_factory = sqlite3.Row
            self._check_ours()  # before anything writes: even WAL mode is a change to the file
            self._wal()
            self.db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
            # Per connection, and a no-op inside a transaction: set here, after migrating, so every
            # connection (not only one that migrated) cascades deletes and refuses dangling rows.
            self.db.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as exc:
            self.db.close()
            reason = "not a storyline store (not an SQLite database)" if "not a database" in str(exc) else str(exc)
            raise StoreError(f"{self.path}: cannot open the store: {reason}") from exc
        except StoreError:
            self.db.close()
            raise

    def close(self) -> None:
        self.db.close()

    def _wal(self) -> None:
        """Switch to WAL mode. SQLite answers "database is locked" at once, without waiting, while
        another process is making the same new store: try again for a while."""
        for attempt in range(WAL_TRIES):
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == WAL_TRIES - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ---------------------------------------------------------------------------
    def _check_ours(self) -> None:
        """Refuse, without writing to it, a database that storyline did not make (another
        program's tables, or a store from a newer storyline). An empty database is a new store."""
        tables = [r[0] for r in self.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        if not tables:
            return
        applied = [r[0] for r in self.db.execute("SELECT name FROM migrations")] if "migrations" in tables else []
        known = [name for name, _ in all_migrations()]
        if tables == ["migrations"] and not applied:
            return  # a store another process is making: its first migration is not committed yet
        if known[0] not in applied:
            shown = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
            raise StoreError(f"{self.path}: not a storyline store: it holds tables storyline did not make ({shown});"
                             " nothing was written to it. Give --db a new file name.")
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise StoreError(f"{self.path}: made by a newer storyline (migrations {', '.join(unknown)} are unknown"
                             " to this version); nothing was written to it. Upgrade storyline to use it.")

    def _migrate(self) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        done = {r[0] for r in self.db.execute("SELECT name FROM migrations")}
        todo = [(name, sql) for name, sql in all_migrations() if name not in done]
        if not todo:
            return
        # Tables are rebuilt by copy, drop and rename (SQLite's ALTER TABLE cannot change keys): with
        # foreign keys on, dropping a table would cascade into the rows that point at it.
        # Each migration is one transaction: its statements run one by one (SQLite's DDL is
        # transactional), so a failure half-way leaves nothing of it.
        self.db.execute("PRAGMA foreign_keys=OFF")
        for name, sql in todo:
            with self.transaction():
                if self.db.execute("SELECT 1 FROM migrations WHERE name = ?", (name,)).fetchone():
                    continue  # another process applied it while this one waited for the write lock
                try:
                    for statement in statements(sql):
                        self.db.execute(statement)
                    broken = self.db.execute("PRAGMA foreign_key_check").fetchall()
                except sqlite3.Error as exc:
                    raise StoreError(f"{self.path}: migration {name} failed, nothing of it applied: {exc}") from exc
                if broken:
                    raise StoreError(f"{self.path}: migration {name} left {len(broken)} dangling references")
                self.db.execute("INSERT INTO migrations VALUES (?, ?)", (name, _now()))

    def migrations(self) -> list[str]:
        """Names of the applied migrations, in order."""
        return [r[0] for r in self.db.execute("SELECT name FROM migrations ORDER BY rowid")]

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Every read inside sees the store as of one moment, whatever other processes commit."""
        self.db.execute("BEGIN")
        try:
            yield
        finally:
            self._rollback()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all. SQLite failing to write (a full disk,
        an I/O error) is a StoreError, after the rollback."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot write the store: {exc}") from exc
        try:
            yield
            self.db.execute("COMMIT")
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"{self.path}: cannot write the store: {exc}; this change was rolled back,"
                                 " everything written before it is kept") from exc
            raise

    def _rollback(self) -> None:
        if self.db.in_transaction:  # SQLite may have rolled back already (SQLITE_FULL, SQLITE_IOERR)
            try:
                self.db.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # the connection is unusable; the journal undoes the change on the next open

    # -- sources --------------------------------------------------------------------------
    # A source is known by (root, file): the absolute build folder and the path under it.
    def source(self, root: str, file: str) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.db.execute("SELECT * FROM sources WHERE root = ? AND file = ?",
                                                  (root, file)).fetchone()
        return row

    def forget_source(self, root: str, file: str) -> None:
        """Drop a file's articles and skip records (inside the caller's transaction)."""
        self.db.execute("DELETE FROM articles WHERE root = ? AND file = ?", (root, file))
        self.db.execute("DELETE FROM skipped WHERE root = ? AND file = ?", (root, file))
        self.db.execute("DELETE FROM sources WHERE root = ? AND file = ?", (root, file))

    def put_source(self, *, root: str, file: str, format: str, hash: str, size: int, mtime: float,
                   articles: int, skipped: int, stages: str = "") -> None:
        """Record a stored file; `stages`: the article stages with tables of their own that ran
        over it (pipeline.stored_stages)."""
        self.db.execute(
            "INSERT OR REPLACE INTO sources (root, file, format, hash, size, mtime, articles, skipped, built_at,"
            " stages) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (root, file, format, hash, size, mtime, articles, skipped, _now(), stages),
        )

    def roots(self) -> list[str]:
        """Every build folder the store holds files of."""
        return [r[0] for r in self.db.execute("SELECT DISTINCT root FROM sources ORDER BY root")]

    def files(self, root: str) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT file FROM sources WHERE root = ?", (root,))}

    def known_files(self, root: str) -> set[str]:
        """Every file of `root` the store holds articles or a skipped entry of."""
        return self.files(root) | {r[0] for r in self.db.execute("SELECT file FROM skipped WHERE root = ?", (root,))}

    def failed_files(self, root: str) -> set[str]:
        """Files of `root` whose whole file failed at their latest build (see put_skipped)."""
        return {r[0] for r in self.db.execute("SELECT file FROM skipped WHERE root = ? AND whole_file = 1", (root,))}

    def clear_failure(self, root: str, file: str) -> None:
        """Drop a file's whole-file failure: it is back as stored (inside the caller's transaction)."""
        self.db.execute("DELETE FROM skipped WHERE root = ? AND file = ? AND whole_file = 1", (root, file))

    def move_root(self, old: str, new: str) -> None:
        """Re-point the files of a folder that moved (inside the caller's transaction)."""
        # sources and the articles pointing at them change one after the other: check at commit.
        self.db.execute("PRAGMA defer_foreign_keys=ON")
        for table in ("sources", "articles", "skipped"):
            self.db.execute(f"UPDATE {table} SET root = ? WHERE root = ?", (new, old))

    def ids(self, root: str, file: str) -> dict[str, str]:
        """path -> id of the articles stored from one file."""
        return {r[0]: r[1] for r in self.db.execute("SELECT path, id FROM articles WHERE root = ? AND file = ?",
                                                    (root, file))}

    def path_elsewhere(self, root: str, path: str) -> bool:
        """Whether another build folder holds an article at the same relative path."""
        return self.db.execute("SELECT 1 FROM articles WHERE path = ? AND root != ? LIMIT 1",
                               (path, root)).fetchone() is not None

    def put_skipped(self, root: str, path: str, file: str, reason: str, *, whole_file: bool = False) -> None:
        """Record an input that gave no article. `whole_file`: the whole file failed, and what is
        stored from it (if anything) is from an earlier version of it."""
        self.db.execute("INSERT OR REPLACE INTO skipped (root, path, file, reason, at, whole_file)"
                        " VALUES (?,?,?,?,?,?)", (root, path, file, reason, _now(), int(whole_file)))

    def skipped(self) -> list[tuple[str, str]]:
        return [(r["path"], r["reason"]) for r in self.db.execute("SELECT path, reason FROM skipped ORDER BY path, root")]

    # -- articles -------------------------------------------------------------------------
    def put_article(self, a: Article, *, root: str, raw: bytes, position: int | None, notes: list[str],
                    captured: str | None) -> None:
        m = a.meta
        self.db.execute(
            "INSERT OR REPLACE INTO articles (id, root, path, file, position, format, raw, source_text, text, textmap,"
            " removed, content_hash, title, outlet, byline, url, language, published, published_source, modified,"
            " first_seen, wire, candidates, notes, captured, added_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (a.id, root, a.path, a.file, position, a.format, zlib.compress(raw), a.source_text, a.text,
             json.dumps(a.textmap.to_list()), json.dumps([list(r) for r in a.removed]), a.content_hash, m.title, m.outlet, m.byline,
             m.url, m.language, m.published, m.source_of("published"), m.modified, m.first_seen, m.wire,
             json.dumps([c.to_dict() for c in m.candidates]), json.dumps(notes), captured, _now()),
        )

    def count(self, table: str = "articles") -> int:
        if table not in {"articles", "sources", "skipped"} | _stage_tables().keys():
            raise StoreError(f"no table {table!r}")
        return int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def articles(self, without: str | None = None, text: bool = True) -> Iterator[Article]:
        """Every stored article, in path order, with what each stage with tables puts on it
        (copies: the copy relation and inherited values), except the stage named `without`:
        a collection stage computes from the articles as they are without its own results.
        Without `text`, the articles' texts and text maps are left empty, not read."""
        collection = [s for s in registry.collection_stages() if s.attach is not None and s.name != without]
        per_article = [s for s in registry.article_stages() if s.table is not None and s.read is not None]
        grouped = {t.name: self._by_article(t) for s in collection for t in s.tables if t.on_article}
        grouped |= {s.table.name: self._by_article(s.table) for s in per_article if s.table is not None}
        columns = "*" if text else ", ".join(("id", "path", "file", "format", "content_hash", "candidates", "notes",
                                              *META_COLUMNS, *_NO_TEXT))
        for r in self.db.execute(f"SELECT {columns} FROM articles ORDER BY path, root"):
            article = self._article(r)
            for stage in collection:
                assert stage.attach is not None
                stage.attach(article, {t.name: grouped[t.name].get(article.id, [])
                                       for t in stage.tables if t.on_article})
            for a_stage in per_article:
                assert a_stage.table is not None and a_stage.read is not None
                article.stages[a_stage.name] = a_stage.read(grouped[a_stage.table.name].get(article.id, []))
            yield article

    def _by_article(self, table: Table) -> dict[str, list[Row]]:
        out: dict[str, list[Row]] = {}
        for row in self.stage_rows(table.name):
            out.setdefault(row[table.article], []).append(row)
        return out

    def raw(self, article_id: str) -> bytes:
        row = self.db.execute("SELECT raw FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise StoreError(f"no article {article_id!r}")
        return zlib.decompress(row[0])

    @staticmethod
    def _article(r: sqlite3.Row) -> Article:
        cands = [Candidate.from_dict(c) for c in json.loads(r["candidates"])]
        meta = Metadata(**{k: r[k] for k in META_COLUMNS}, candidates=cands)
        return Article(
            id=r["id"], path=r["path"], file=r["file"], format=r["format"], text=r["text"],
            source_text=r["source_text"], textmap=TextMap.from_list(json.loads(r["textmap"])), meta=meta,
            content_hash=r["content_hash"], removed=[tuple(x) for x in json.loads(r["removed"])],
            notes=json.loads(r["notes"]),
        )

    # -- stage tables ---------------------------------------------------------------------
    def _table(self, name: str) -> str:
        if name not in _stage_tables():
            raise StoreError(f"no stage table {name!r}; a stage declares its tables in its package")
        return name

    def stage_rows(self, table: str) -> list[Row]:
        """Every row of a stage's table, in the order written."""
        return [dict(r) for r in self.db.execute(f"SELECT * FROM {self._table(table)} ORDER BY rowid")]

    def write_rows(self, table: str, rows: list[Row]) -> None:
        """Add rows to a stage's table, a row with the same key replacing the old one (inside the
        caller's transaction)."""
        for columns in dict.fromkeys(tuple(row) for row in rows):  # rows of one shape per statement
            marks = ", ".join("?" * len(columns))
            self.db.executemany(f"INSERT OR REPLACE INTO {self._table(table)} ({_names(*columns)}) VALUES ({marks})",
                                [tuple(row.values()) for row in rows if tuple(row) == columns])

    def write_update(self, stage: str, update: Update, generation: int) -> None:
        """Write what a collection stage computed from the articles of `generation` (inside the
        caller's transaction): its `replace` tables anew, its `upsert` rows over the old."""
        self.set_state(f"{stage}_generation", str(generation))
        for table, rows in update.replace.items():
            self.db.execute(f"DELETE FROM {self._table(table)}")
            self.write_rows(table, rows)
        for table, rows in update.upsert.items():
            self.write_rows(table, rows)

    # -- state ----------------------------------------------------------------------------
    # `generation` counts the changes to the articles; `STAGE_generation` is the generation a
    # collection stage last ran over. They differ when its results are out of date: unlike a
    # flag, the pair cannot claim them current when another writer's change has made them stale.
    # (The copies stage's key, copies_generation, is the one stores kept before stages.)
    def generation(self) -> int:
        return int(self.get_state("generation") or 0)

    def changed(self) -> None:
        """Record a change to the articles (inside the caller's transaction)."""
        self.set_state("generation", str(self.generation() + 1))

    def stage_current(self, stage: str) -> bool:
        return self.get_state(f"{stage}_generation") == str(self.generation())

    def get_state(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_state(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO state VALUES (?, ?)", (key, value))
