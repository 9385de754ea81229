"""Clean text from source text: furniture dropped, hard-wrapped lines unwrapped, hyphens mended,
Markdown markup removed, white space tidied; every character keeps its source offset.

Steps, numbered as in `clean`:
 1. label lines (`lines.label_lines`); furniture is recorded in `Cleaned.removed`, not lost;
 2. group body lines into paragraphs: a blank line always ends one; in a hard-wrapped text
    (PDF copies) a line ends one only when it is short and closes a sentence;
 3. join a paragraph's lines, mending a word hyphenated across the line end;
 4. inline clean-up: Markdown images dropped, links reduced to their text, emphasis marks,
    HTML entities left by scrapers, odd spaces;
 5. paragraphs joined with one blank line.
"""
from __future__ import annotations

import bisect
import html
import re
import unicodedata
from collections import Counter

from ..models import Cleaned, Document, TextMap
from ..rules.hyphenation import SUFFIX_FRAGMENTS
from .kinds import Kind
from .lines import MD_HEADING, Line, label_lines

# A text is hard-wrapped when most of its long lines end near one width; PDF copies and e-mail
# exports wrap at 60-110 characters, a print column copied from a PDF at 30-45, while one-paragraph-per-line
# exports run to hundreds.
MIN_WRAP, MAX_WRAP = 28, 130
WRAPPED_SHARE = 0.5
# In a hard-wrapped text, a line shorter than this share of the wrap width may end a paragraph.
SHORT_LINE = 0.8

_INLINE = re.compile(
    r"(?P<image>!\[[^\]\n]*\]\([^)\n]*\))"
    r"|(?P<link>\[(?P<ltext>[^\]\n]+)\]\((?P<target>[^)\n]*)\))"
    r"|(?P<autolink><https?://[^>\s]+>)"
    r"|(?P<emph>\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))"
    r"|(?P<entity>&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});)"
    r"|(?P<space>[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\u00a0\u2000-\u200a\u202f\u205f\u3000])"
    r"|(?P<drop>[\u00ad\u200b-\u200d\u2060\ufeff])"
)


def _wrap_width(lines: list[Line]) -> int | None:
    """The column a hard-wrapped text breaks at, or None for a text that is not hard-wrapped."""
    lengths = [ln.end - ln.start for ln in lines if ln.kind == Kind.TEXT and ln.end > ln.start]
    if len(lengths) < 4:
        return None
    width = sorted(lengths)[int(len(lengths) * 0.9) - 1]
    if not MIN_WRAP <= width <= MAX_WRAP:
        return None
    near = sum(1 for n in lengths if n >= SHORT_LINE * width)
    return width if near / len(lengths) >= WRAPPED_SHARE else None


def _paragraphs(lines: list[Line], width: int | None) -> list[list[Line]]:
    paras: list[list[Line]] = [[]]
    for line in lines:
        if line.kind == Kind.PAGE_BREAK:
            continue  # a paragraph may run across a page
        if line.blank:
            if paras[-1]:
                paras.append([])
            continue
        if line.kind != Kind.TEXT:
            continue  # furniture inside a paragraph (a running head) is skipped over
        if MD_HEADING.match(line.text) and paras[-1]:
            paras.append([])
        paras[-1].append(line)
        ends = width is None or (
            len(line.text) < SHORT_LINE * width and line.text[-1] in ".!?:\"”’»)"
        )
        if ends:
            paras.append([])
    return [p for p in paras if p]


def _mend(left: str, right: str, vocabulary: Counter[str]) -> bool:
    """Whether `left-` at a line end and `right` are one word split by the line break."""
    lw = re.search(r"(\w+)-$", left)
    rw = re.match(r"(\w+)", right)
    if not lw or not rw or not right[0].islower():
        return False
    a, b = lw.group(1).lower(), rw.group(1).lower()
    if vocabulary[a + b]:
        return True
    if vocabulary[f"{a}-{b}"]:
        return False
    return b in SUFFIX_FRAGMENTS or len(b) <= 2


class _Mapped:
    """Text built piece by piece, with its map back to the source kept as TextMap breakpoints.

    A per-character list of source offsets costs about 80 bytes a character (a list slot, an
    int object, a one-character string): 4 GB for a 50 MB text. Pieces and breakpoints cost
    what the text has of edits, not of characters.
    """

    __slots__ = ("_parts", "_d", "_s", "length")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._d: list[int] = []
        self._s: list[int] = []
        self.length = 0

    def add(self, text: str, source: int) -> None:
        """Append `text`, its characters from source offset `source` on."""
        if text:
            self._point(source)
            self._parts.append(text)
            self.length += len(text)

    def add_at(self, text: str, source: int) -> None:
        """Append `text`, every character of it mapped to the one source offset `source`
        (a space standing for a line break, a character an entity stood for)."""
        for char in text:
            self.add(char, source)

    def add_from(self, other: _Mapped, text: str, start: int, end: int) -> None:
        """Append `text[start:end]`, where `text` is `other`'s text, with `other`'s mapping."""
        i = max(bisect.bisect_right(other._d, start) - 1, 0)
        while start < end:
            stop = other._d[i + 1] if i + 1 < len(other._d) else end
            stop = min(stop, end)
            if stop > start:
                self.add(text[start:stop], other._s[i] + (start - other._d[i]))
            start = stop
            i += 1

    def source_of(self, offset: int) -> int:
        """The source offset of character `offset` of the text built so far."""
        i = bisect.bisect_right(self._d, offset) - 1
        return self._s[i] + (offset - self._d[i])

    def pop(self) -> None:
        """Drop the last character."""
        last = self._parts[-1]
        if len(last) == 1:
            self._parts.pop()
        else:
            self._parts[-1] = last[:-1]
        self.length -= 1
        if self._d and self._d[-1] == self.length:
            self._d.pop()
            self._s.pop()

    def tail(self, n: int) -> str:
        """The last `n` characters (or fewer)."""
        out = ""
        for part in reversed(self._parts):
            out = part + out
            if len(out) >= n:
                break
        return out[-n:]

    def text(self) -> str:
        return "".join(self._parts)

    def textmap(self) -> TextMap:
        return TextMap(self._d, self._s) if self._d else TextMap.identity()

    def _point(self, source: int) -> None:
        if not self._d or self._s[-1] + (self.length - self._d[-1]) != source:
            self._d.append(self.length)
            self._s.append(source)


def _join(para: list[Line], source: str, vocabulary: _Vocabulary) -> tuple[str, _Mapped]:
    """One paragraph's text and its map to the source."""
    out = _Mapped()
    for i, line in enumerate(para):
        body = source[line.start:line.end]
        heading = MD_HEADING.match(body)
        offset = line.start
        if heading:
            offset += heading.start(2)
            body = heading.group(2)
        if i and out.length:
            prev = out.tail(40)
            if prev.endswith("-") and _mend(prev, body, vocabulary.words(source)):
                out.pop()
            elif not prev.endswith("-"):
                out.add_at(" ", offset - 1)
        out.add(body, offset)
    return out.text(), out


def _inline(text: str, mapped: _Mapped) -> tuple[str, _Mapped]:
    out = _Mapped()
    chars: list[str] = []
    last = 0
    for m in _INLINE.finditer(text):
        out.add_from(mapped, text, last, m.start())
        chars.append(text[last:m.start()])
        last = m.end()
        kind = m.lastgroup
        if kind == "link":
            out.add_from(mapped, text, m.start("ltext"), m.end("ltext"))
            chars.append(m.group("ltext"))
        elif kind == "autolink":
            out.add_from(mapped, text, m.start() + 1, m.end() - 1)
            chars.append(m.group(0)[1:-1])
        elif kind == "entity":
            char = html.unescape(m.group(0))
            out.add_at(char, mapped.source_of(m.start()))
            chars.append(char)
        elif kind == "space":
            out.add_at(" ", mapped.source_of(m.start()))
            chars.append(" ")
        # image, emph, drop: removed
    out.add_from(mapped, text, last, len(text))
    chars.append(text[last:])
    return _nfc("".join(chars), out)


# A character that NFC may change: any outside U+0000-U+02FF (Latin letters there are stable),
# or one followed by combining marks; with the marks that follow it.
_COMPOSABLE = re.compile(r"(?:[^\x00-\u02ff]|.(?=[\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff\ufe20-\ufe2f]))"
                         r"[\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff\ufe20-\ufe2f]*", re.DOTALL)


def _nfc(full: str, mapped: _Mapped) -> tuple[str, _Mapped]:
    """Trim and compose to NFC, keeping offsets (a composed character maps to its first part)."""
    stripped = full.strip()
    lead = len(full) - len(full.lstrip())
    out = _Mapped()
    if stripped.isascii() or unicodedata.is_normalized("NFC", stripped):
        out.add_from(mapped, full, lead, lead + len(stripped))
        return stripped, out
    parts: list[str] = []
    last, end = lead, lead + len(stripped)
    for m in _COMPOSABLE.finditer(full, lead, end):
        composed = unicodedata.normalize("NFC", m.group(0))
        if composed == m.group(0) and len(composed) == 1:
            continue  # a cluster with marks maps to its base character, composed or not
        out.add_from(mapped, full, last, m.start())
        out.add_at(composed, mapped.source_of(m.start()))
        parts += [full[last:m.start()], composed]
        last = m.end()
    out.add_from(mapped, full, last, end)
    parts.append(full[last:end])
    return "".join(parts), out


class _Vocabulary:
    """The words of a source text and how often each occurs, counted only when a hyphen at a
    line end needs them (a long text without one never pays for the count)."""

    def __init__(self) -> None:
        self._words: Counter[str] | None = None

    def words(self, source: str) -> Counter[str]:
        if self._words is None:
            self._words = Counter(m.group(0).lower() for m in re.finditer(r"\w+(?:-\w+)*", source))
        return self._words


def clean(doc: Document) -> Cleaned:
    """The clean text of `doc`, its map to `doc.text`, and what was removed and why."""
    source = doc.text
    lines = label_lines(source, doc.format)  # 1
    removed: list[tuple[int, int, str]] = [(ln.start, ln.end, ln.kind) for ln in lines
                                           if ln.kind not in {Kind.TEXT, Kind.PAGE_BREAK} and not ln.blank]
    vocabulary = _Vocabulary()
    out = _Mapped()
    texts: list[str] = []
    for para in _paragraphs(lines, _wrap_width(lines)):  # 2
        text, mapped = _inline(*_join(para, source, vocabulary))  # 3, 4
        if not text:
            continue
        if texts:  # 5
            out.add_at("\n\n", out.source_of(out.length - 1) + 1)
            texts.append("\n\n")
        out.add_from(mapped, text, 0, len(text))
        texts.append(text)
    return Cleaned("".join(texts), out.textmap(), removed)
