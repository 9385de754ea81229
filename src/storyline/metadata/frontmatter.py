"""Metadata from a front-matter block (`normalize.lines` labels its lines "front-matter").

    ---
    title: "Ferry returns"          -> title   (source "front-matter", detail "title")
    date: 2024-05-06                -> published
    authors: [Lena Marr, Ivo Sand]  -> byline "Lena Marr, Ivo Sand"
    ---

Keys are the list-record field names (`rules.fields`); a list is given inline (`[a, b]`) or
as `- item` lines under its key. Each candidate points at its value in the source text.
"""
from __future__ import annotations

from ..models import Candidate
from ..rules import boilerplate as bp
from ..rules.fields import FIELD_OF_NAME

SOURCE = "front-matter"
QUOTES = ("\"", "'")


def front_matter_candidates(src: str, spans: list[tuple[int, int]]) -> list[Candidate]:
    """A candidate for each known key of the front-matter lines at `spans` of `src`."""
    out: list[Candidate] = []
    key = ""
    for start, end in spans:
        text = src[start:end]
        m = bp.FRONT_MATTER_KEY.match(text)
        if m:
            key, at, value = m.group("key"), start + m.start("value"), m.group("value")
        elif text.startswith("- ") and key:
            at, value = start + 2, text[2:]
        else:
            continue
        field = FIELD_OF_NAME.get(key.lower())
        if field is None or field == "text":
            continue
        value, at = _unwrapped(value, at)
        if not value:
            continue
        last = out[-1] if out else None
        if not m and last is not None and last.detail == key:  # one more item of a list
            out[-1] = Candidate(field, f"{last.value}, {value}", SOURCE, key, last.start, at + len(value))
        else:
            out.append(Candidate(field, value, SOURCE, key, at, at + len(value)))
    return out


def _unwrapped(value: str, at: int) -> tuple[str, int]:
    """A value without its quotes or list brackets (and its new offset): '"A, B"' -> 'A, B'."""
    value = value.strip()
    if len(value) >= 2 and value[0] == "[" and value[-1] == "]":
        items = [item.strip().strip("\"'") for item in value[1:-1].split(",")]
        return ", ".join(item for item in items if item), at + 1
    if len(value) >= 2 and value[0] in QUOTES and value[-1] == value[0]:
        return value[1:-1].strip(), at + 1
    return value, at
