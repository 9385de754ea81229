"""Keys on which spellings of one name meet, each a step further than the one before.

    name_of("the Kremlin's")     -> "Kremlin"        possessive and leading article off
    spaced("Nagorno-Karabakh")   -> "nagorno karabakh"   case and hyphens
    folded("Пашинян")            -> "pashinian"      script (anyascii), then rules.TRANSLITERATION

Two spellings are joined by the rule of the first key on which they meet (`rule_between`), so
each merge says why.
"""
from __future__ import annotations

import re
from functools import cache

from anyascii import anyascii

from ..rules.entities import ACRONYM_SKIPS, EXONYMS, TRANSLITERATION

_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_SPACE = re.compile(r"\s+")
_STEPS = tuple((re.compile(pattern), replacement) for pattern, replacement in TRANSLITERATION)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")


def strip_possessive(text: str) -> str:
    """ "Putin's" -> "Putin", "Reuters'" -> "Reuters"."""
    return _POSSESSIVE.sub("", text)


def name_of(text: str) -> str:
    """The name a mention writes: white space collapsed, without a leading "the" or a possessive."""
    return strip_possessive(_ARTICLE.sub("", _SPACE.sub(" ", text.strip())))


def spaced(name: str) -> str:
    """Lower case, hyphens and dots as spaces: "Nagorno-Karabakh" and "Nagorno Karabakh" meet."""
    return _SPACE.sub(" ", re.sub(r"[-‐–.]", " ", name.lower())).strip()


@cache
def folded(name: str) -> str:
    """The transliteration-folding key: Latin letters, then the rules' steps, then exonyms."""
    key = spaced(anyascii(name)).replace("'", "").replace("`", "")
    for pattern, replacement in _STEPS:
        key = pattern.sub(replacement, key)
    return " ".join(EXONYMS.get(word, word) for word in key.split())


def rule_between(a: str, b: str) -> str:
    """Why two spellings of one name are the same name: the first key they share."""
    if a.lower() == b.lower():
        return "case"
    if spaced(a) == spaced(b):
        return "hyphen"
    if spaced(anyascii(a)) == spaced(anyascii(b)):
        return "script"
    return "transliteration"


def is_acronym(name: str) -> bool:
    """ "CSTO", "G7", "AT&T": capitals (and digits), two to eight, one word."""
    return bool(_ACRONYM.match(name)) and any(c.isalpha() for c in name)


def initials(name: str) -> str:
    """The letters an acronym of `name` would take: "Collective Security Treaty Organization" -> "CSTO"."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in ACRONYM_SKIPS]
    return "".join(w[0].upper() for w in words if w[0].isalnum())
