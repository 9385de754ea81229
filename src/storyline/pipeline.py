"""The stage loop: each file's documents go through the article stages, then the collection
step (copy groups, `update_copies`) runs over the whole store.

    for stage in ARTICLE_STAGES: state |= stage.run(state)      per document, one transaction per file
    update_copies(store, config)                                once per build, when anything changed:
                                                                copy groups, the year of a day written
                                                                without one (`resolve_years`), what copies
                                                                take from each other (`inherit`), and an
                                                                outlet only the file name writes

Later collection stages (events, entities) join `update_copies` there, each in its transaction.

Every stage declares what it needs and what it gives; `check` refuses an order in which a stage
would run before what it needs (spaCy's pipeline analysis, without the registry).
"""
from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Config
from .dedup import CopyCandidate, find_copies
from .errors import ConfigError, InputError
from .ingest import InputFile, discover, file_hash, read_file
from .metadata import describe
from .metadata.filenames import outlets_from_file_names
from .metadata.years import day_without_year, resolve_years
from .models import Article, CopyLink, Document, Skipped
from .normalize import clean
from .store import Store

Progress = Callable[[str, int, int], None]
INHERITABLE = ("published", "outlet")  # what a copy without its own value takes from its original


@dataclass(frozen=True, slots=True)
class Stage:
    """One step: `run` maps the state it `needs` to the values it `gives`."""

    name: str
    needs: tuple[str, ...]
    gives: tuple[str, ...]
    run: Callable[[dict[str, Any]], dict[str, Any]]


ARTICLE_STAGES: list[Stage] = [
    Stage("normalize", ("document",), ("cleaned",), lambda s: {"cleaned": clean(s["document"])}),
    Stage("metadata", ("document", "cleaned"), ("meta",), lambda s: {"meta": describe(s["document"], s["cleaned"])}),
]


def check(stages: list[Stage], given: tuple[str, ...] = ("document",)) -> None:
    """Raise ConfigError when a stage needs something no earlier stage gives."""
    have = set(given)
    for stage in stages:
        missing = set(stage.needs) - have
        if missing:
            raise ConfigError(f"stage {stage.name!r} needs {sorted(missing)}, which no earlier stage gives")
        have |= set(stage.gives)


@dataclass(slots=True)
class BuildReport:
    """What a build did: counts, and every input skipped with its reason."""

    files: int = 0
    files_read: int = 0
    files_unchanged: int = 0
    articles_added: int = 0
    articles: int = 0
    copies: int = 0
    skipped: list[Skipped] = field(default_factory=list)
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


def process(doc: Document, stages: list[Stage] = ARTICLE_STAGES) -> Article:
    """Run the article stages over one document."""
    state: dict[str, Any] = {"document": doc}
    for stage in stages:
        state.update(stage.run(state))
    cleaned, meta = state["cleaned"], state["meta"]
    return Article(
        id=article_id(doc.path), path=doc.path, file=doc.file, format=doc.format, text=cleaned.text,
        source_text=doc.text, textmap=cleaned.textmap, meta=meta,
        content_hash=hashlib.sha256(cleaned.text.encode("utf-8")).hexdigest(), removed=cleaned.removed,
    )


def _unchanged(store: Store, root: str, f: InputFile) -> tuple[bool, str]:
    """Whether the stored copy of `f` (and its side file) has the same content hash."""
    row = store.source(root, f.rel)
    digest = file_hash(f)
    return (row is not None and row["hash"] == digest), digest


def _ingest_file(store: Store, f: InputFile, digest: str, root: str, config: Config,
                 report: BuildReport) -> None:
    """Read, process and store one file in one transaction; a failure leaves the store untouched."""
    articles: list[tuple[Article, Document]] = []
    skipped: list[Skipped] = []
    try:
        for item in read_file(f, config):
            if isinstance(item, Skipped):
                skipped.append(item)
                continue
            if not item.text.strip():
                skipped.append(Skipped(item.path, "no text"))
                continue
            article = process(item)
            if not article.text.strip():
                skipped.append(Skipped(item.path, "nothing but page furniture (links, captions, page numbers)"))
                continue
            articles.append((article, item))
    except InputError as exc:
        _skip_file(store, root, f.rel, exc.reason, report)
        return
    except Exception as exc:  # a reader library failing on odd input must not stop the build
        _skip_file(store, root, f.rel, f"could not be read ({type(exc).__name__}: {exc})", report)
        return
    known = store.ids(root, f.rel)
    with store.transaction():
        store.forget_source(root, f.rel)
        store.put_source(root=root, file=f.rel, format=f.format, hash=digest, size=f.size, mtime=f.mtime,
                         articles=len(articles), skipped=len(skipped))
        for article, doc in articles:
            if article.path in known:
                article.id = known[article.path]
            elif store.path_elsewhere(root, article.path):
                article.id = article_id(article.path, root)
            store.put_article(article, root=root, raw=doc.raw, position=doc.position, notes=doc.notes,
                              captured=doc.captured)
        for s in skipped:
            store.put_skipped(root, s.path, f.rel, s.reason)
        store.set_state("copies_current", "no")
    report.files_read += 1
    report.articles_added += len(articles)
    report.skipped.extend(skipped)


def _skip_file(store: Store, root: str, file: str, reason: str, report: BuildReport) -> None:
    """Record a file that gave no article; what was stored from it before stays."""
    with store.transaction():
        store.put_skipped(root, file, file, reason)
    report.skipped.append(Skipped(file, reason))


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


def update_copies(store: Store, config: Config) -> int:
    """Group copies over the whole store, give days without a year theirs, and let copies take
    what they lack; returns the count of copy links."""
    articles = list(store.articles())
    items = [CopyCandidate(a.id, a.text, completeness(a)) for a in articles]
    links = find_copies(items, config)
    given = resolve_years(articles, links) + inherit(articles, links)
    given += outlets_from_file_names(articles, {(a, name) for a, name, _, _ in given})
    with store.transaction():
        store.replace_copies(links, given)
        store.set_state("copies_current", "yes")
    return len(links)


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


def build(root: str | Path, db: str | Path = "storyline.db", config: Config | None = None,
          progress: Progress | None = None) -> BuildReport:
    """Read every file under `root` into the store at `db`, then bring copies up to date.

    Files already stored with the same content are not read again. Example::

        report = storyline.build("articles/", "dossier.db")
        print(report.articles, "articles,", report.copies, "copies")
    """
    config = config or Config()
    check(ARTICLE_STAGES)
    started = time.perf_counter()
    root = Path(root)
    report = BuildReport()
    files, unsupported = discover(root)
    base = (root if root.is_dir() else root.parent).resolve().as_posix()
    report.skipped.extend(unsupported)
    report.files = len(files)
    with Store(db) as store:
        adopt_moved(store, base, {f.rel for f in files})
        for i, f in enumerate(files, 1):
            if progress:
                progress(f.rel, i, len(files))
            try:
                same, digest = _unchanged(store, base, f)
            except InputError as exc:
                _skip_file(store, base, f.rel, exc.reason, report)
                continue
            if same:
                report.files_unchanged += 1
                continue
            _ingest_file(store, f, digest, base, config, report)
        if store.get_state("copies_current") != "yes":
            update_copies(store, config)
        report.articles = store.count("articles")
        report.copies = store.count("copies")
    report.seconds = time.perf_counter() - started
    return report
