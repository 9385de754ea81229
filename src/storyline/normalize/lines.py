"""Label each line of a source text: body text, or which kind of page furniture it is.

Steps, numbered as in `label_lines`:
 1. split into lines with their source offsets (form feeds are page breaks);
 2. page furniture by pattern: page numbers, widgets, related-article lines and the bare links
    that follow them, labelled own-URL lines, bare links;
 3. running page headers and footers: short lines that recur across pages;
 4. captions: a short paragraph that ends in a photo credit, or a dated wire-photo caption;
 5. the header block: a title (Markdown heading, or a short first line), date lines, bylines.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..metadata.dates import dateline
from ..rules import boilerplate as bp

BYLINE = re.compile(r"^\W{0,3}(by|written by|reporting by|words by|author:)\s+\S", re.IGNORECASE)
MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# A first line is a title when it is short and does not read as a sentence of the body.
MAX_TITLE_CHARS = 200
HEADER_LINES = 8
MAX_MASTHEAD_WORDS = 5  # non-blank lines at the top in which title, date and byline are looked for


@dataclass(slots=True)
class Line:
    """One line of the source text; `start`/`end` frame the stripped content."""

    start: int
    end: int
    text: str
    kind: str = "text"
    value: str = ""  # what a furniture line carries: a URL, a date, a heading level

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(text: str) -> list[Line]:
    """Lines with offsets of their stripped content; a form feed makes a page-break line."""
    lines: list[Line] = []
    for m in re.finditer(r"[^\n\f]*(\n|\f|$)", text):
        raw = m.group(0)
        if not raw:
            continue
        body = raw.rstrip("\r\n\f")
        lead = len(body) - len(body.lstrip())
        stripped = body.strip()
        start = m.start() + lead
        lines.append(Line(start, start + len(stripped), stripped))
        if raw.endswith("\f"):
            lines.append(Line(m.end(), m.end(), "", kind="page-break"))
    return lines


def _strip_markup(text: str) -> str:
    """Line text without Markdown emphasis and link targets, for pattern tests."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"[*_`]+", "", text).strip()


def _furniture(lines: list[Line]) -> None:
    after_related = False
    after_url_label = False
    for line in lines:
        if line.blank:
            continue
        plain = _strip_markup(line.text)
        url = bp.BARE_URL.match(line.text)
        if bp.PAGE_NUMBER.match(plain):
            line.kind = "page-number"
        elif bp.RELATED.match(plain) or bp.RELATED_HEADING.match(plain):
            line.kind, after_related = "related", True
            continue
        elif (m := bp.OWN_URL_LABEL.match(plain)) is not None:
            line.kind = "url-label"
            if m.group("url"):
                line.value = m.group("url").strip("<>")
            after_url_label = not m.group("url")
            continue
        elif url:
            line.value = url.group(1)
            line.kind = "own-url" if after_url_label else ("related" if after_related else "link")
            if after_related:
                continue
        elif bp.WIDGET.match(plain):
            line.kind = "widget"
        elif len(bp.NAV_LINK.findall(line.text)) >= 2 and bp.NAV_REST.match(bp.NAV_LINK.sub("", line.text)):
            line.kind = "nav"
        elif len(plain) <= bp.MAX_PAYWALL_CHARS and bp.PAYWALL.search(plain):
            line.kind = "paywall"
        after_related = after_url_label = False


def _running_heads(lines: list[Line]) -> None:
    """Short lines that recur (digits aside) on three or more lines, or on every page, are page heads.

    A page number or a "|" separator marks a running head already on its second page; a recurring
    line that closes a sentence without a separator is body text (a repeated slogan, a refrain).
    """
    pages = 1 + sum(1 for line in lines if line.kind == "page-break")
    short = [line for line in lines if line.kind == "text" and 0 < len(line.text) <= 80]
    shapes = Counter(re.sub(r"\d+", "#", line.text) for line in short)
    for line in short:
        shape = re.sub(r"\d+", "#", line.text)
        need = 2 if pages >= 2 or "#" in shape or "|" in shape else 3
        sentence = re.search(r"[.!?\"”]$", line.text) and "|" not in line.text
        if shapes[shape] >= need and not sentence:
            line.kind = "page-header"


def _header(lines: list[Line], fmt: str) -> None:
    seen = 0
    first: Line | None = None
    title_done = fmt in {"html", "jsonl", "json", "csv", "warc"}
    for i, line in enumerate(lines):
        if line.blank or line.kind != "text":
            continue
        seen += 1
        if seen > HEADER_LINES:
            break
        heading = MD_HEADING.match(line.text)
        if heading and not title_done and len(heading.group(1)) == 1:
            line.kind, line.value, title_done = "title", heading.group(2), True
            continue
        found = dateline(_strip_markup(line.text))
        if found:
            line.kind, line.value = f"dateline-{found[0]}", found[1].isoformat()
            continue
        if BYLINE.match(_strip_markup(line.text)) and len(line.text) <= 200:
            line.kind = "byline"
            continue
        if not title_done and seen == 1 and _title_like(line.text, lines[i + 1:]):
            line.kind, line.value, first = "title", line.text, line
            continue
        if first is not None and seen == 2 and len(first.text.split()) <= MAX_MASTHEAD_WORDS \
                and _title_like(line.text, lines[i + 1:]):
            # Two headline-like lines on top: the first is the paper's name, the second the headline.
            first.kind = "masthead"
            line.kind, line.value = "title", line.text
        title_done = True


def _title_like(text: str, rest: list[Line]) -> bool:
    """A short first line that is not a sentence and stands apart from the next paragraph."""
    if len(text) > MAX_TITLE_CHARS or text[-1] in ".,;:" or text[0] in "\"“«'‘":
        return False
    nxt = next((ln for ln in rest if ln.kind != "page-break"), None)
    return nxt is None or nxt.blank or nxt.kind.startswith("dateline") or nxt.kind == "byline"


def _paragraphs(lines: list[Line]) -> list[list[Line]]:
    out: list[list[Line]] = [[]]
    for line in lines:
        if line.blank:
            if out[-1]:
                out.append([])
        else:
            out[-1].append(line)
    return [p for p in out if p]


def _captions(lines: list[Line]) -> None:
    for para in _paragraphs(lines):
        body = [ln for ln in para if ln.kind == "text"]
        if not body or len(body) != len(para):
            continue
        text = " ".join(ln.text for ln in body)
        if len(text) > bp.MAX_CAPTION_CHARS:
            continue
        if bp.DATED_CAPTION.match(text) or _ends_in_credit(text):
            for ln in body:
                ln.kind = "caption"


def _ends_in_credit(text: str) -> bool:
    """A picture credit closes the paragraph, after a full sentence or a separator."""
    m = bp.CREDIT_TAIL.search(text)
    if m is None or re.search(r"[\"“”«»]", text):
        return False
    before = text[: m.start()].rstrip()
    return not before or before[-1] in ".!?)|/–—-"


def label_lines(text: str, fmt: str) -> list[Line]:
    """The source text's lines, each labelled `text` or with the kind of furniture it is."""
    lines = split_lines(text)  # 1
    _furniture(lines)  # 2
    _running_heads(lines)  # 3
    _captions(lines)  # 4
    _header(lines, fmt)  # 5
    return lines
