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

import html
import re
import unicodedata
from collections import Counter

from ..models import Cleaned, Document, TextMap
from ..rules.hyphenation import SUFFIX_FRAGMENTS
from .kinds import Kind
from .lines import MD_HEADING, Line, label_lines

# A text is hard-wrapped when most of its long lines end near one width; PDF copies and e-mail
# exports wrap at 60-110 characters, while one-paragraph-per-line exports run to hundreds.
MIN_WRAP, MAX_WRAP = 40, 130
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


def _join(para: list[Line], source: str, vocabulary: Counter[str]) -> tuple[str, list[int]]:
    """One paragraph's text with one source offset per character."""
    text: list[str] = []
    pos: list[int] = []
    for i, line in enumerate(para):
        body = source[line.start:line.end]
        heading = MD_HEADING.match(body)
        offset = line.start
        if heading:
            offset += heading.start(2)
            body = heading.group(2)
        if i and text:
            prev = "".join(text[-40:])
            if prev.endswith("-") and _mend(prev, body, vocabulary):
                text.pop()
                pos.pop()
            elif not prev.endswith("-"):
                text.append(" ")
                pos.append(offset - 1)
        text.extend(body)
        pos.extend(range(offset, offset + len(body)))
    return "".join(text), pos


def _inline(text: str, pos: list[int]) -> tuple[str, list[int]]:
    out: list[str] = []
    out_pos: list[int] = []
    last = 0
    for m in _INLINE.finditer(text):
        out.extend(text[last:m.start()])
        out_pos.extend(pos[last:m.start()])
        last = m.end()
        kind = m.lastgroup
        if kind == "link":
            out.extend(m.group("ltext"))
            out_pos.extend(pos[m.start("ltext"):m.end("ltext")])
        elif kind == "autolink":
            out.extend(m.group(0)[1:-1])
            out_pos.extend(pos[m.start() + 1:m.end() - 1])
        elif kind == "entity":
            char = html.unescape(m.group(0))
            out.extend(char)
            out_pos.extend([pos[m.start()]] * len(char))
        elif kind == "space":
            out.append(" ")
            out_pos.append(pos[m.start()])
        # image, emph, drop: removed
    out.extend(text[last:])
    out_pos.extend(pos[last:])
    return _nfc("".join(out).strip(), out_pos, "".join(out))


def _nfc(stripped: str, pos: list[int], full: str) -> tuple[str, list[int]]:
    """Trim and compose to NFC, keeping offsets (a composed character maps to its first part)."""
    lead = len(full) - len(full.lstrip())
    pos = pos[lead:lead + len(stripped)]
    if stripped.isascii() or unicodedata.is_normalized("NFC", stripped):
        return stripped, pos
    out: list[str] = []
    out_pos: list[int] = []
    for m in re.finditer(r".[\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff\ufe20-\ufe2f]*", stripped, re.DOTALL):
        composed = unicodedata.normalize("NFC", m.group(0))
        out.extend(composed)
        out_pos.extend([pos[m.start()]] * len(composed))
    return "".join(out), out_pos


def clean(doc: Document) -> Cleaned:
    """The clean text of `doc`, its map to `doc.text`, and what was removed and why."""
    source = doc.text
    lines = label_lines(source, doc.format)  # 1
    removed: list[tuple[int, int, str]] = [(ln.start, ln.end, ln.kind) for ln in lines
                                           if ln.kind not in {Kind.TEXT, Kind.PAGE_BREAK} and not ln.blank]
    vocabulary = Counter(w.lower() for w in re.findall(r"\w+(?:-\w+)*", source))
    texts: list[str] = []
    positions: list[int] = []
    for para in _paragraphs(lines, _wrap_width(lines)):  # 2
        text, pos = _inline(*_join(para, source, vocabulary))  # 3, 4
        if not text:
            continue
        if texts:  # 5
            texts.append("\n\n")
            positions.extend([positions[-1] + 1, positions[-1] + 1])
        texts.append(text)
        positions.extend(pos)
    clean_text = "".join(texts)
    return Cleaned(clean_text, TextMap.from_positions(positions), removed)
