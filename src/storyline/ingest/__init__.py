"""Ingest: find the input files under a folder and read each into `Document`s.

The only stage that reads files. One reader per format (a dict registry, as httpx keeps its
decoders); list formats (.jsonl/.json/.csv/WARC, RSS/Atom feeds) yield one document per record;
a .txt that holds a feed's XML is read as the feed. A side file
`NAME.meta.json` beside `NAME.EXT` adds metadata candidates to that file's documents.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..config import Config
from ..errors import BrokenInput, EmptyInput, InputError, TooLarge, VanishedInput
from ..models import Candidate, Document, Skipped
from .decoding import decode_noted

FORMATS = {
    ".txt": "txt", ".text": "txt", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".pdf": "pdf",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv",
    ".warc": "warc", ".warc.gz": "warc", ".eml": "eml", ".rss": "feed", ".atom": "feed", ".xml": "feed",
}
LIST_FORMATS = {"jsonl", "json", "csv", "warc", "feed"}
SIDE_SUFFIX = ".meta.json"
SIDE_FIELDS = ("title", "outlet", "url", "published", "modified", "byline", "language", "first_seen")
BAD_NAME_NOTE = "the file name is not valid UTF-8; its bad bytes are shown as \\xNN"


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file found under the build folder."""

    path: Path
    rel: str
    format: str
    size: int
    mtime: float

    @property
    def bad_name(self) -> bool:
        """Whether the file's name is not valid UTF-8 (and `rel` shows it escaped)."""
        return shown(self.path.as_posix()) != self.path.as_posix()

    @property
    def captured(self) -> str:
        """The file's modification time: the latest moment its content can have been captured."""
        return dt.datetime.fromtimestamp(self.mtime, dt.timezone.utc).isoformat(timespec="seconds")


def shown(path: str) -> str:
    """A path as text that can be shown and stored: bytes of a file name that are not UTF-8
    (which Python keeps as lone surrogates) are written as \\xNN.

    >>> shown(os.fsdecode(b"bad\\xff.txt"))
    'bad\\\\xff.txt'
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def format_of(name: str) -> str | None:
    """The input format a file name stands for, or None."""
    lower = name.lower()
    if lower.endswith(SIDE_SUFFIX):
        return None
    for suffix in (".warc.gz",):
        if lower.endswith(suffix):
            return FORMATS[suffix]
    return FORMATS.get(os.path.splitext(lower)[1])


def discover(root: Path) -> tuple[list[InputFile], list[Skipped]]:
    """Every input file under `root` (or `root` itself), sorted; unsupported files are reported."""
    root = Path(root)
    if root.is_file():
        paths, base = [root], root.parent
    elif root.is_dir():
        base = root
        paths = sorted(
            p for p in root.rglob("*")
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
        )
    else:
        raise VanishedInput(shown(str(root)), "no such file or folder")
    found: list[InputFile] = []
    skipped: list[Skipped] = []
    for p in paths:
        rel = shown(p.relative_to(base).as_posix())
        if p.name.lower().endswith(SIDE_SUFFIX):
            continue
        fmt = format_of(p.name)
        if fmt is None:
            skipped.append(Skipped(rel, f"unsupported file type (supported: {', '.join(sorted(FORMATS))})"))
            continue
        try:
            st = p.stat()
        except OSError as exc:
            skipped.append(Skipped(rel, f"cannot be read: {exc.strerror or exc}"))
            continue
        found.append(InputFile(p, rel, fmt, st.st_size, st.st_mtime))
    return found, skipped


def file_hash(f: InputFile) -> str:
    """SHA-256 of the file's bytes and of its side file, if any: what decides that a file changed."""
    h = hashlib.sha256()
    try:
        with open(f.path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        side = side_file(f.path)
        if has_side_file(f.path):
            h.update(b"\0side\0" + side.read_bytes())
    except OSError as exc:
        raise VanishedInput(f.rel, f"disappeared or became unreadable: {exc.strerror or exc}") from exc
    return h.hexdigest()


def side_file(path: Path) -> Path:
    """Where the side file of `path` would be: NAME.meta.json beside NAME.EXT."""
    name = path.name
    stem = name[: -len(".warc.gz")] if name.lower().endswith(".warc.gz") else os.path.splitext(name)[0]
    return path.with_name(stem + SIDE_SUFFIX)


def has_side_file(path: Path) -> bool:
    """Whether `path` has a side file. A name near the 255-byte limit has none: NAME.meta.json
    would be too long to exist, and asking for it fails (ENAMETOOLONG) rather than saying no."""
    try:
        return side_file(path).is_file()
    except OSError:
        return False


def side_candidates(path: Path, rel: str) -> list[Candidate]:
    """Metadata from the side file of `path`; a broken side file is an error of the article."""
    side = side_file(path)
    if not has_side_file(path):
        return []
    try:
        data = json.loads(side.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise BrokenInput(rel, f"its side file {side.name} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise BrokenInput(rel, f"its side file {side.name} must hold one JSON object")
    return [
        Candidate(key, str(data[key]).strip(), "side-file", side.name)
        for key in SIDE_FIELDS
        if data.get(key) not in (None, "")
    ]


def _read_plain(data: bytes, f: InputFile) -> Document:
    text, _encoding, note = decode_noted(data, f.rel)
    return Document(path=f.rel, file=f.rel, format=f.format, text=text, raw=data, notes=[note] if note else [])


def _plain(data: bytes, f: InputFile, config: Config) -> Iterator[Document | Skipped]:
    from .feed import is_feed, read_feed

    if is_feed(data):  # a feed item saved as text: its items are the articles
        try:
            yield from read_feed(data, f.rel, f.rel)
            return
        except BrokenInput:
            pass  # XML that only opens like a feed: the text as it is
    yield _read_plain(data, f)


def _feed(data: bytes, f: InputFile, config: Config) -> Iterator[Document | Skipped]:
    from .feed import read_feed

    yield from read_feed(data, f.rel, f.rel)


def _html(data: bytes, f: InputFile, config: Config) -> Iterator[Document | Skipped]:
    from .html import read_html

    yield read_html(data, f.rel, f.rel)


def _pdf(data: bytes, f: InputFile, config: Config) -> Iterator[Document | Skipped]:
    from .pdf import read_pdf

    yield read_pdf(data, f.rel, f.rel)


def _mail(data: bytes, f: InputFile, config: Config) -> Iterator[Document | Skipped]:
    from .mail import read_mail

    yield read_mail(data, f.rel, f.rel)


def _records(data: bytes, f: InputFile, config: Config) -> Iterator[Document | Skipped]:
    from .records import read_records

    yield from read_records(data, f.rel, f.rel, f.format, config.max_record_bytes)


READERS: dict[str, Callable[[bytes, InputFile, Config], Iterator[Document | Skipped]]] = {
    "txt": _plain, "markdown": _plain, "html": _html, "pdf": _pdf,
    "jsonl": _records, "json": _records, "csv": _records, "eml": _mail, "feed": _feed,
}


def read_file(f: InputFile, config: Config) -> Iterator[Document | Skipped]:
    """The documents of one input file; raises `InputError` when the whole file is unusable."""
    if f.format not in LIST_FORMATS and f.size > config.max_article_bytes:
        raise TooLarge(f.rel, f"{f.size / 2**20:.1f} MB is over the {config.max_article_bytes / 2**20:.0f} MB "
                              "limit for one article (raise it with --max-size)")
    if f.size == 0:
        raise EmptyInput(f.rel, "empty file")
    extra = side_candidates(f.path, f.rel)
    for item in _read(f, config):
        if isinstance(item, Document):
            item.candidates.extend(extra)
            if f.bad_name:
                item.notes.insert(0, BAD_NAME_NOTE)
            item.captured = item.captured or f.captured
        yield item


def _read(f: InputFile, config: Config) -> Iterator[Document | Skipped]:
    try:
        if f.format == "warc":
            from .warc import read_warc

            with open(f.path, "rb") as stream:
                yield from read_warc(stream, f.rel, f.rel, config.max_record_bytes)
            return
        data = f.path.read_bytes()
    except FileNotFoundError as exc:
        raise VanishedInput(f.rel, "disappeared during the build") from exc
    except OSError as exc:
        raise VanishedInput(f.rel, f"cannot be read: {exc.strerror or exc}") from exc
    yield from READERS[f.format](data, f, config)


__all__ = ["InputFile", "InputError", "discover", "file_hash", "format_of", "read_file", "FORMATS"]
