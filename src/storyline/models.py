"""The records that flow between stages.

    ingest     path        -> Document (+ Skipped)
    normalize  Document    -> Cleaned   (clean text + TextMap back to the source text)
    metadata   Document, Cleaned -> Metadata (every value with where it came from)
    dedup      [Article]   -> [CopyLink]

A stage with a table of its own (stage.py) puts its result on `Article.stages[name]`.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Candidate:
    """One value seen for one metadata field, and where it was seen.

    `source` is one of: side-file, record, html-meta, url, filename, text, capture, inherited.
    A rejected candidate keeps `reason` so a user can see why it lost.
    """

    field: str
    value: str
    source: str
    detail: str = ""
    start: int | None = None
    end: int | None = None
    rejected: str = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"field": self.field, "value": self.value, "source": self.source}
        if self.detail:
            out["detail"] = self.detail
        if self.start is not None:
            out["start"], out["end"] = self.start, self.end
        if self.rejected:
            out["rejected"] = self.rejected
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Candidate:
        return cls(d["field"], d["value"], d["source"], d.get("detail", ""), d.get("start"),
                   d.get("end"), d.get("rejected", ""))


@dataclass(slots=True)
class Document:
    """One article as an input holds it, before any cleaning.

    `path` is what the export shows: the file's path relative to the build folder, with `#N`
    (1-based) for record N of a list or WARC file. `text` is the source text that offsets point
    into: the decoded file for .txt/.md, the extracted text for HTML, PDF and records.
    `raw` is the input exactly as given (the whole file, or the record's bytes).
    """

    path: str
    file: str
    format: str
    text: str
    raw: bytes
    position: int | None = None
    markup: str | None = None
    candidates: list[Candidate] = field(default_factory=list)
    captured: str | None = None
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that produced no article, with the reason in words a user can act on."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Note:
    """Something a user should know about an input that was read (a guessed encoding, a bad byte
    replaced): the article is stored, but not exactly as the bytes said."""

    path: str
    text: str


class TextMap:
    """Maps offsets in a derived text back to offsets in the text it was derived from.

    Stored as breakpoints: from derived offset `d[i]` on, derived offset x maps to
    `s[i] + (x - d[i])`, until the next breakpoint. Inserted characters (a space that replaced a
    line break) map to the start of what they replaced. A chain of cleaning steps
    still points into the original: cleaning keeps one source offset per character and
    compresses them here.
    """

    __slots__ = ("_d", "_s")

    def __init__(self, derived: list[int] | None = None, source: list[int] | None = None) -> None:
        self._d = derived or [0]
        self._s = source or [0]

    @classmethod
    def identity(cls) -> TextMap:
        return cls([0], [0])

    def to_source(self, offset: int) -> int:
        """The source offset of a derived offset."""
        i = bisect.bisect_right(self._d, offset) - 1
        return self._s[i] + (offset - self._d[i])

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """The source span covering a derived span (end exclusive)."""
        if end <= start:
            s = self.to_source(start)
            return s, s
        return self.to_source(start), self.to_source(end - 1) + 1

    @classmethod
    def from_positions(cls, positions: list[int] | tuple[int, ...] | Any) -> TextMap:
        """Compress a per-character list of source offsets into breakpoints."""
        d_out: list[int] = [0]
        s_out: list[int] = [positions[0] if len(positions) else 0]
        for i in range(1, len(positions)):
            if positions[i] != positions[i - 1] + 1:
                d_out.append(i)
                s_out.append(positions[i])
        return cls(d_out, s_out)

    def to_list(self) -> list[list[int]]:
        return [self._d, self._s]

    @classmethod
    def from_list(cls, data: list[list[int]]) -> TextMap:
        return cls(list(data[0]), list(data[1]))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TextMap) and self.to_list() == other.to_list()

    def __repr__(self) -> str:
        return f"TextMap({len(self._d)} runs)"


@dataclass(slots=True)
class Cleaned:
    """The normalized text of a document and its map back to the document's source text."""

    text: str
    textmap: TextMap
    removed: list[tuple[int, int, str]] = field(default_factory=list)  # source spans dropped, and why


@dataclass(slots=True)
class Metadata:
    """The chosen metadata of an article; every candidate, chosen or not, is kept."""

    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    url: str | None = None
    language: str | None = None
    published: str | None = None
    modified: str | None = None
    first_seen: str | None = None
    wire: str | None = None
    candidates: list[Candidate] = field(default_factory=list)

    def source_of(self, name: str) -> str | None:
        """Where the chosen value of `name` came from."""
        value = getattr(self, name)
        for c in self.candidates:
            if c.field == name and c.value == value and not c.rejected:
                return c.source
        return None


@dataclass(slots=True)
class Article:
    """A stored article: source text, clean text, metadata and copy relations."""

    id: str
    path: str
    file: str
    format: str
    text: str
    source_text: str
    textmap: TextMap
    meta: Metadata
    content_hash: str
    duplicate_of: str | None = None
    copy: dict[str, Any] | None = None
    removed: list[tuple[int, int, str]] = field(default_factory=list)  # furniture spans of the source
    notes: list[str] = field(default_factory=list)  # what the reader noted (Document.notes)
    stages: dict[str, Any] = field(default_factory=dict)  # what stages with tables of their own give, by stage


@dataclass(frozen=True, slots=True)
class CopyLink:
    """`copy` is a copy of `original`: exact (same normalized text) or near (shingle Jaccard)."""

    copy: str
    original: str
    kind: str
    similarity: float
    partial: bool
    diff: dict[str, Any]
