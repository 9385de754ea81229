"""Where a name can be: the stretches of a text the model is shown.

A name is written with a capital (or in capitals), so the model sees each capitalised word
that is not a sentence's opening function word ("The", "But", "He"), with `CONTEXT` characters
either side (what the model's tok2vec window and the entity's own length need), windows that
meet joined into one. Running text between names in lower case is never tokenized by the model:
on news that is most of it. `bench/entities.py` measures what this costs against the whole text.
"""
from __future__ import annotations

import re

from ..rules.entities import FUNCTION_WORDS

# Characters of context either side of a capitalised word (about three words: the model's CNN
# sees four tokens either side). Calibrated on shared/data/ecbplus/dev with bench/entities.py:
# entity_variants F1 0.548 at 20, 40 and 100 characters and over whole texts alike; 20 is the
# fastest (news-like text: 11.7 articles/s against 8.2 whole, one process).
CONTEXT = 20
# Windows closer than this are joined: two calls cost more than the text between them.
JOIN = 40
# Names are looked for in the first this many characters of a text (about 15,000 words: a long
# report); the rest of a longer one would cost the model's time and memory for what is rarely news.
READ = 100_000
# A text over this many characters is a dump (a book, a log, a whole site in one file), not an
# article: no names are looked for in it, and the model is not loaded for it. With the model
# loaded, a 50 MB text (the size limit) peaks at 1.25 GB where tests/test_bad_input.py holds 1 GB.
DUMP = 2_000_000
# A window grows to this many characters at most (then the next one starts where it ends): the
# model's memory grows with the length of what it is given at once.
LONGEST = 3_000

_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")


def capitalised(text: str) -> list[tuple[int, int]]:
    """Offsets of the words that may be (part of) a name: capitalised, not a function word, and
    not a word the same text writes in lower case where it opens a sentence ("Officials said")."""
    words = list(_WORD.finditer(text))
    lower = {m.group() for m in words if m.group()[0].islower()}
    out = []
    for m in words:
        word = m.group()
        if not word[0].isupper() or word.lower().rstrip(".") in FUNCTION_WORDS:
            continue
        if word.lower() in lower and _opens_sentence(text, m.start()):
            continue
        out.append((m.start(), m.end()))
    return out


def _opens_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 3):at].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?:\n"


def windows(text: str, context: int = CONTEXT) -> list[tuple[int, int]]:
    """The stretches of `text` to show the model, in order, each cut at white space."""
    out: list[tuple[int, int]] = []
    text = text[:READ]
    for start, end in capitalised(text):
        lo, hi = _cut_left(text, start - context), _cut_right(text, end + context)
        if out and lo <= out[-1][1] + JOIN and hi - out[-1][0] <= LONGEST:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((max(lo, out[-1][1]) if out else lo, hi))
    return out


def _cut_left(text: str, at: int) -> int:
    if at <= 0:
        return 0
    space = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at))
    return space + 1 if space >= 0 else 0


def _cut_right(text: str, at: int) -> int:
    if at >= len(text):
        return len(text)
    hits = [i for i in (text.find(" ", at), text.find("\n", at)) if i >= 0]
    return min(hits) if hits else len(text)
