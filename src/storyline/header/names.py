"""The names a page's furniture carries: a paper's masthead, an outlet in title case.

Shared by `normalize.lines`, which labels the lines, and `metadata`, which reads values off them.
"""
from __future__ import annotations

import re

MAX_NAME_WORDS = 5  # a paper's name is short; a headline is longer
SECTION_SEPARATOR = re.compile(r"\s+[|•·—–-]\s+")  # "RADIO LORVANIA | News", "THE COURIER — Upper Talvo"
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
