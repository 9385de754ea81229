"""Where quotation marks open and close: every mark style, nesting, quotes over several paragraphs.

    1. Each paragraph is read alone: double marks (“ ” „ “ « » ‹ › ") pair up with a stack, so a
       quote inside a quote stays part of the outer one; single marks (‘ ’ ') make a quote only
       outside double ones, and `’` closes one only before a non-letter (else it is an apostrophe);
       double marks inside an open curly ‘ quote are a quote inside it, as British papers nest them.
    2. A quote still open at the end of its paragraph runs to that end when the next paragraph
       opens with a mark (a quote over several paragraphs repeats its opening mark and leaves the
       closing one out) or when it opened the paragraph; otherwise the mark was a stray one. A
       single mark left open does so only when it is a curly ‘ (a straight one may be an
       apostrophe: "'Tis", "'90s").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..rules.quotes import DOUBLE_MARKS, SINGLE_MARKS

PARAGRAPH = re.compile(r"[^\n]+")
STRAIGHT = ('"', "''")
MARK_CHARS = re.compile("[" + re.escape("".join(sorted(set("".join([*DOUBLE_MARKS, *DOUBLE_MARKS.values(),
                                                                     *SINGLE_MARKS, *SINGLE_MARKS.values()]))))) + "]")


@dataclass(frozen=True, slots=True)
class Marked:
    """Words in quotation marks: `start`/`end` bound the words, `open`/`close` the marks too."""

    open: int
    start: int
    end: int
    close: int
    paragraph: int
    continues: bool = False  # runs on into the next paragraph (its closing mark left out)


def _opens(text: str, i: int, para_start: int) -> bool:
    """A straight or ambiguous mark opens when nothing but space or an opening bracket precedes it."""
    return i == para_start or text[i - 1] in " \t([{\u2014\u2013-/:" or text[i - 1] in DOUBLE_MARKS


def _closes_single(text: str, i: int, para_end: int) -> bool:
    return i + 1 >= para_end or not text[i + 1].isalnum()


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Each non-empty line's bounds, trailing space left out."""
    out = []
    for m in PARAGRAPH.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in " \t\r":
            end -= 1
        if end > m.start():
            out.append((m.start(), end))
    return out


def _scan(text: str, start: int, end: int, index: int) -> tuple[list[Marked], int | None, list[Marked]]:
    """The quotes of one paragraph (step 1), where a quote left open at its end opened, and the
    double-marked quotes inside a curly single one left open (theirs if it proves a stray mark)."""
    found: list[Marked] = []
    stack: list[tuple[int, int, tuple[str, ...]]] = []  # (position, width, closers) of open double marks
    single: tuple[int, str] | None = None
    nested: list[Marked] = []  # double-marked quotes inside a curly single one still open
    skip = -1
    for hit in MARK_CHARS.finditer(text, start, end):
        i = hit.start()
        if i < skip:
            continue
        ch = text[i]
        if ch == "'" and text[i + 1:i + 2] == "'":
            ch = "''"  # two apostrophes for a double mark, as the New York Times prints them
        width = len(ch)
        if stack and ch in stack[-1][2] and (ch not in DOUBLE_MARKS or not _opens(text, i, start) or ch in STRAIGHT):
            pos, w, _ = stack.pop()
            if not stack:
                (nested if single is not None else found).append(Marked(pos, pos + w, i, i + width, index))
        elif ch in DOUBLE_MARKS and (ch not in STRAIGHT + ("\u201d",) or _opens(text, i, start)):
            if not (ch == "\u201c" and stack and "\u201c" in stack[-1][2]):
                stack.append((i, width, tuple(DOUBLE_MARKS[ch]) if ch != "''" else ("''",)))
                if single is not None and text[single[0]] != "\u2018":
                    single = None  # a straight mark before it was an apostrophe ("'90s")
        elif stack:
            pass
        elif single is not None and ch in single[1] and _closes_single(text, i, end) and text[i - 1] != " ":
            found.append(Marked(single[0], single[0] + 1, i, i + 1, index))
            single = None
            nested.clear()  # a quote inside the quote ("‘They told us “two days”,’ she said"): part of it
        elif single is None and ch in SINGLE_MARKS and _opens(text, i, start) and i + 1 < end \
                and text[i + 1].isalnum():
            single = (i, SINGLE_MARKS[ch])
        skip = i + width
    return found, (stack[0][0] if stack else single[0] if single is not None else None), nested


def find_marked(text: str) -> list[Marked]:
    """Every quote in quotation marks of `text`, in order."""
    paras = paragraphs(text)
    out: list[Marked] = []
    for index, (start, end) in enumerate(paras):
        found, left_open, nested = _scan(text, start, end, index)
        out.extend(found)
        if left_open is None:
            continue
        if text[left_open] in SINGLE_MARKS:
            out.extend(nested)  # kept unless the single quote holding them proves one (below)
        nxt = paras[index + 1][0] if index + 1 < len(paras) else None
        if text[left_open] in SINGLE_MARKS:  # a curly one only (a straight one may be an apostrophe:
            continues = nxt is not None and text[nxt] == text[left_open] == "\u2018"  # "'Tis", "'90s")
            if not continues and not (left_open == start and text[left_open] == "\u2018"):
                continue
            out = [m for m in out if m not in nested]
        else:
            continues = nxt is not None and text[nxt] in DOUBLE_MARKS
        if continues or left_open == start:  # step 2
            width = 2 if text.startswith("''", left_open) else 1
            out.append(Marked(left_open, left_open + width, end, end, index, continues))
    out.sort(key=lambda m: m.open)
    return out
