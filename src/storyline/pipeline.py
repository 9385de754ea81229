"""The stage loop: each file's documents go through the article stages, then each collection
stage runs over the whole store when the articles changed since it last ran.

    for stage in article_stages(): state |= stage.run(state)    per document, in worker processes;
                                                                one transaction per file
    for stage in collection_stages(): run_collection(stage)     once per build, when its generation
                                                                is behind the articles'

The stages are registered in `registry.STAGES` (the interfaces are in stage.py); `registry.check`
refuses an order in which a stage would run before what it needs (spaCy's pipeline analysis,
without the registry machinery). Today: normalize, metadata, quotes (each article's quotations
and their speakers), date_mentions (date expressions) and mentions (named entities per article),
then copies (copy groups, the year of a day written without one, what copies take from each
other, an outlet only the file name writes), dates (resolved against each article's day),
entities (mentions merged across articles) and statements (quotes of one utterance joined).
"""
from __future__ import annotations

import ctypes
import gc
import hashlib
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import registry
from .config import Config
from .errors import InputError
from .ingest import InputFile, discover, file_hash, read_file, shown
from .models import Article, Document, Note, Skipped
from .parallel import Died, default_workers, ordered_map
from .stage import CollectionStage, Row
from .store import Store, WriterLock, store_files
from .store.lock import Waiting

Progress = Callable[[str, int, int], None]


@dataclass(slots=True)
class BuildReport:
    """What a build did: counts, and every input skipped with its reason."""

    files: int = 0
    files_read: int = 0
    files_unchanged: int = 0
    removed: dict[str, int] = field(default_factory=dict)  # file gone from the folder -> articles it held
    articles_added: int = 0
    articles: int = 0
    copies: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)  # articles read, but not exactly as given
    computed: dict[str, int] = field(default_factory=dict)  # collection stage that ran -> articles it computed anew
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.skipped


def article_id(path: str, root: str | None = None) -> str:
    """A stable id from the article's path (FILE or FILE#N): the same input keeps its id.

    `root` is given only when another build folder already holds the same path.
    """
    key = path if root is None else f"{root}\0{path}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def process(doc: Document) -> Article:
    """Run the article stages over one document."""
    return run_article_stages(doc)[0]


def run_article_stages(doc: Document) -> tuple[Article, dict[str, list[Row]]]:
    """Run the article stages over one document: the article, and the rows of each stage that
    keeps its result in a table of its own (table name -> rows, without the article column)."""
    state: dict[str, Any] = {"document": doc}
    stages = registry.article_stages()
    for stage in stages:
        state.update(stage.run(state))
    cleaned, meta = state["cleaned"], state["meta"]
    article = Article(
        id=article_id(doc.path), path=doc.path, file=doc.file, format=doc.format, text=cleaned.text,
        source_text=doc.text, textmap=cleaned.textmap, meta=meta,
        content_hash=hashlib.sha256(cleaned.text.encode("utf-8")).hexdigest(), removed=cleaned.removed,
        notes=list(doc.notes),
    )
    rows = {stage.table.name: stage.rows({key: state[key] for key in stage.gives})
            for stage in stages if stage.table is not None and stage.rows is not None}
    return article, rows


def stored_stages() -> str:
    """The article stages that keep rows of their own, as a source records them: a file stored
    by other ones (before a stage was added) is read again, so that each article has the rows
    of each."""
    return ",".join(stage.name for stage in registry.article_stages() if stage.table is not None)


def _unchanged(store: Store, root: str, f: InputFile) -> tuple[bool, str]:
    """Whether the stored copy of `f` (and its side file) has the same content hash, and was
    stored by the article stages of this build."""
    row = store.source(root, f.rel)
    digest = file_hash(f)
    return (row is not None and row["hash"] == digest and row["stages"] == stored_stages()), digest


@dataclass(slots=True)
class FileResult:
    """What reading one file gave: its articles and skipped records, or why the whole file failed."""

    file: InputFile
    digest: str
    articles: list[tuple[Article, Document, dict[str, list[Row]]]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    failure: str | None = None


def read_and_process(task: tuple[InputFile, str, Config]) -> FileResult:
    """Read one file and run the article stages over its documents; touches no store, so it
    may run in a worker process."""
    f, digest, config = task
    result = FileResult(f, digest)
    try:
        for item in read_file(f, config):
            if isinstance(item, Skipped):
                result.skipped.append(item)
                continue
            if not item.text.strip():
                result.skipped.append(Skipped(item.path, "no text"))
                continue
            article, rows = run_article_stages(item)
            if not article.text.strip():
                result.skipped.append(Skipped(item.path, "nothing but page furniture (links, captions, page numbers)"))
                continue
            result.articles.append((article, item, rows))
    except InputError as exc:
        result.failure = exc.reason
    except Exception as exc:  # a reader library failing on odd input must not stop the build
        result.failure = f"could not be read ({type(exc).__name__}: {exc})"
    return result


def _store_file(store: Store, result: FileResult, root: str, report: BuildReport) -> None:
    """Store one file's result in one transaction; a failure leaves what was stored before."""
    f = result.file
    if result.failure is not None:
        _skip_file(store, root, f.rel, result.failure, report)
        return
    known = store.ids(root, f.rel)
    with store.transaction():
        store.forget_source(root, f.rel)
        store.put_source(root=root, file=f.rel, format=f.format, hash=result.digest, size=f.size, mtime=f.mtime,
                         stages=stored_stages(),
                         articles=len(result.articles), skipped=len(result.skipped))
        tables = {stage.table.name: stage.table for stage in registry.article_stages() if stage.table is not None}
        for article, doc, rows in result.articles:
            if article.path in known:
                article.id = known[article.path]
            elif store.path_elsewhere(root, article.path):
                article.id = article_id(article.path, root)
            store.put_article(article, root=root, raw=doc.raw, position=doc.position, notes=doc.notes,
                              captured=doc.captured)
            for table, stage_rows in rows.items():
                store.write_rows(table, [{tables[table].article: article.id, **row} for row in stage_rows])
        for s in result.skipped:
            store.put_skipped(root, s.path, f.rel, s.reason)
        store.changed()
    report.files_read += 1
    report.articles_added += len(result.articles)
    report.skipped.extend(result.skipped)
    report.notes.extend(Note(doc.path, note) for _, doc, _ in result.articles for note in doc.notes)


def _skip_file(store: Store, root: str, file: str, reason: str, report: BuildReport) -> None:
    """Record a file that gave no article; what was stored from it before stays."""
    with store.transaction():
        store.put_skipped(root, file, file, reason, whole_file=True)
    report.skipped.append(Skipped(file, reason))


def remove_gone(store: Store, base: str, present: set[str], report: BuildReport) -> None:
    """Files stored from the folder `base` that it no longer holds leave the store, with their
    articles and skipped entries: the dossier mirrors the folder. Other folders' files stay, and
    so does everything when the folder holds nothing at all."""
    gone = sorted(store.known_files(base) - present)
    if not gone:
        return
    if not present:  # an unmounted drive or an emptied folder: removing all would lose the dossier
        report.skipped.append(Skipped(base, f"the folder holds no input files now; its {len(gone)} stored files "
                                            "were kept (build it again once it has files to mirror it)"))
        return
    with store.transaction():
        for file in gone:
            report.removed[file] = len(store.ids(base, file))
            store.forget_source(base, file)
        store.changed()


def adopt_moved(store: Store, base: str, rels: set[str]) -> None:
    """Files stored under a folder that is gone (or is `base` by another name) and that `base`
    holds too: the folder moved, so its files are re-pointed instead of read in a second time."""
    mine = store.files(base)
    for old in store.roots():
        if old == base:
            continue
        gone = not Path(old).exists()
        if (gone or Path(old).resolve().as_posix() == base) and store.files(old) & rels \
                and not store.files(old) & mine:
            with store.transaction():
                store.move_root(old, base)
            mine = store.files(base)


def release_memory() -> None:
    """Give the memory freed so far back to the system before a collection stage reads every
    article again: glibc keeps freed pages otherwise, and each stage's read of a 50 MB text then
    comes on top of the last one's (tests/test_bad_input.py: 1053 MiB without, 944 with)."""
    gc.collect()
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):  # not glibc (musl): nothing to trim
            pass


def run_collection(store: Store, stage: CollectionStage, config: Config) -> int:
    """Bring one collection stage up to date; returns the count of articles it computed anew.

    The stage reads one snapshot (the articles without its own results, so that a second build
    finds what a first build finds, and its tables) and its update is written only
    if no article changed since; otherwise it runs again (a writer that does not hold the build
    lock cannot make it stale).
    """
    while True:
        with store.snapshot():
            generation = store.generation()
            articles = list(store.articles(without=stage.name, text=stage.reads_text))  # not what it gave last time
            stored = {name: store.stage_rows(name) for name in [t.name for t in stage.tables] + list(stage.reads)}
        update = stage.update(articles, stored, config)
        with store.transaction():
            current = store.generation() == generation
            if current:
                store.write_update(stage.name, update, generation)
        if current:
            return update.computed


def build(root: str | Path, db: str | Path = "storyline.db", config: Config | None = None,
          progress: Progress | None = None, waiting: Waiting | None = None,
          workers: int | None = None) -> BuildReport:
    """Read every file under `root` into the store at `db`, then bring the collection stages
    (copies) up to date.

    Files already stored with the same content are not read again; the others are read, cleaned
    and described in `workers` processes (default: one per core), and stored in folder order by
    this one, so the dossier is the same as with one. One build writes to a store at a time:
    another waits for it, and tells `waiting` so first. Example::

        report = storyline.build("articles/", "dossier.db")
        print(report.articles, "articles,", report.copies, "copies")
    """
    config = config or Config()
    registry.check()
    started = time.perf_counter()
    root = Path(root)
    report = BuildReport()
    files, unsupported = discover(root)
    folder = (root if root.is_dir() else root.parent).resolve()
    base = shown(folder.as_posix())
    own = {p.resolve() for p in store_files(db)}  # a store kept inside the folder it builds is no input
    files = [f for f in files if f.path.resolve() not in own]
    unsupported = [s for s in unsupported if (folder / s.path).resolve() not in own]
    report.skipped.extend(unsupported)
    report.files = len(files)
    with Store(db) as store, WriterLock(db).held(waiting):
        adopt_moved(store, base, {f.rel for f in files})
        if unsupported:  # stored, so that the export lists them too
            with store.transaction():
                for s in unsupported:
                    store.put_skipped(base, s.path, s.path, s.reason)
        if root.is_dir():  # a build of one file says nothing about the others beside it
            remove_gone(store, base, {f.rel for f in files} | {s.path for s in unsupported}, report)
        failed = store.failed_files(base)
        todo: list[tuple[InputFile, str, Config]] = []
        for f in files:
            try:
                same, digest = _unchanged(store, base, f)
            except InputError as exc:
                _skip_file(store, base, f.rel, exc.reason, report)
                continue
            if same:
                report.files_unchanged += 1
                if progress:
                    progress(f.rel, report.files_unchanged, len(files))
                if f.rel in failed:  # it failed at the last build, and is now back as stored
                    with store.transaction():
                        store.clear_failure(base, f.rel)
                continue
            todo.append((f, digest, config))
        workers = min(workers or default_workers(), len(todo))
        for a_stage in registry.article_stages() if workers > 1 else ():  # in one process: when first needed
            if a_stage.load is not None:
                a_stage.load()
        for done, result in enumerate(ordered_map(read_and_process, todo, workers), report.files_unchanged + 1):
            if isinstance(result, Died):
                f = result.item[0]
                _skip_file(store, base, f.rel, "the process reading it died (out of memory?)", report)
            else:
                f = result.file
                _store_file(store, result, base, report)
            if progress:
                progress(f.rel, done, len(files))
        for stage in registry.collection_stages():
            if not store.stage_current(stage.name):
                release_memory()
                report.computed[stage.name] = run_collection(store, stage, config)
        report.articles = store.count("articles")
        report.copies = store.count("copies")
    report.seconds = time.perf_counter() - started
    return report
