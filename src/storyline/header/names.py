"""The names a page's furniture carries: a paper's masthead, an outlet in title case.

A line of the header block is read as a row of parts between separators ("ISLAND GAZETTE |
Transport", "Harbour Radio · 4 May 2026 · 3 min read", "THE COURIER   4   Tuesday, 5 May 2026"):
the paper's name is the part that is a name while every other part is what stands beside a
name in a header (a date, a time, a reading time, a byline, a page number, a section).
"""
from __future__ import annotations

import re

from ..rules.boilerplate import BYLINE, HEADER_SEPARATOR, PAGE_LABEL
from ..rules.dates import MODIFIED_LABEL, PUBLISHED_LABEL
from ..rules.outlets import NAME_WORD
from .dates import dateline, partial_dateline

MAX_NAME_WORDS = 5  # a paper's name is short; a headline is longer
SECTION_SEPARATOR = re.compile(r"\s+[|•·—–-]\s+")  # "RADIO LORVANIA | News", "THE COURIER — Upper Talvo"
MAX_PART_WORDS = 6  # a part beside a name is short: a section, a date, "3 min read"
READING_TIME = re.compile(r"^(?:\d+\s*-?\s*min(?:ute)?s?\.?(?:\s+(?:read|reading|listen|lesezeit|lecture))?"
                          r"|(?:reading time|lesezeit|temps de lecture)\s*:?\s*\d+\s*min\w*)$", re.IGNORECASE)
SMALL_WORDS = frozenset({"of", "the", "and", "de", "la", "le", "du", "des", "der", "die", "el", "&"})


def strip_markup(text: str) -> str:
    """Line text without Markdown images, emphasis and link targets."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"[*_`]+", "", text).strip()


def name_like(text: str) -> bool:
    """Two to five words, each capitalised or a small joining word: "Radio Lorvania", "The Talvo Courier"."""
    words = strip_markup(text).split()
    return 2 <= len(words) <= MAX_NAME_WORDS and all(
        re.sub(r"^[ldLD]['’]", "", w)[:1].isupper() or w.lower() in SMALL_WORDS for w in words)


def masthead_like(text: str) -> bool:
    """A paper's name in capitals, alone or before a section: "THE MERIDIAN LEDGER", "RADIO X | News"."""
    name = SECTION_SEPARATOR.split(strip_markup(text), maxsplit=1)[0]
    letters = [c for c in name if c.isalpha()]
    return 0 < len(name.split()) <= MAX_NAME_WORDS and len(letters) >= 4 and all(c.isupper() for c in letters)


def without_company_form(name: str) -> str:
    """A publisher's name without its company form: "Lindmark Evening Post Ltd" -> "Lindmark Evening Post"."""
    return re.sub(r"[,\s]+(ltd|limited|inc|llc|plc|gmbh|ag|s\.?a|a/s|ab|oy|b\.?v|n\.?v|pty|co)\.?$", "", name,
                  flags=re.IGNORECASE).strip()


def outlet_name(masthead: str) -> str:
    """A paper's name from its masthead line: the part before a section, in title case if in capitals."""
    name = SECTION_SEPARATOR.split(strip_markup(masthead).strip("# "), maxsplit=1)[0].strip()
    if not any(c.islower() for c in name):
        name = " ".join(w.capitalize() if w.isalpha() else w for w in name.split())
    return name


def header_parts(line: str) -> list[str]:
    """The parts of a header line between its separators, markup stripped."""
    return [p.strip() for p in HEADER_SEPARATOR.split(strip_markup(line).strip("# ")) if p.strip()]


def outlet_like(text: str) -> bool:
    """A name that names a paper by itself: in capitals, or holding a word papers are named with
    ("Harbour Daily", "Kessel Today", "Der Bote")."""
    return masthead_like(text) or (name_like(text) and NAME_WORD.search(strip_markup(text)) is not None)


def header_name(line: str, *, running_head: bool = False) -> str | None:
    """The paper's name in a header line, or None when the line is not a name with what stands
    beside names: the part that is a name (one `outlet_like` first) while every other part is a
    date line or short and ends no sentence.

    A line of one part is a name only when it is `outlet_like`; so is a running head's part (a
    running head may carry the headline in title case).
    """
    parts = header_parts(PAGE_LABEL.sub(" ", line) if running_head else line)
    dated = [bool(dateline(p) or partial_dateline(p)) for p in parts]
    if not parts or any(not d and (len(p.split()) > MAX_PART_WORDS or re.search(r"[.!?]$", p))
                        for p, d in zip(parts, dated)):
        return None
    if len(parts) == 1:
        return parts[0] if outlet_like(parts[0]) else None
    names = [p for p, d in zip(parts, dated) if not d and (outlet_like(p) or (not running_head and name_like(p)))
             and not BYLINE.match(p) and not READING_TIME.match(p) and not PUBLISHED_LABEL.match(p)
             and not MODIFIED_LABEL.match(p)]
    return next((p for p in names if outlet_like(p)), names[0] if names else None)
