"""What the collection teaches about its own names, to repair what the model got wrong on one page.

1. Labels: a name's label is the one the model gives it most often across the collection, when
   that is a clear majority ("Yerevan" tagged GPE five times and PERSON once is a place each time);
   the surname of a person's full name, never tagged alone, is a person's name.
2. Names the model missed: a name tagged confidently somewhere labels the same name (on the
   transliteration key) where it stands untagged, and a longer such name wins over the shorter
   mentions inside it ("Russia 24" over "Russia" once "Rossia 24" was tagged as an organisation).
3. Acronyms defined in the text: "Collective Security Treaty Organization (CSTO)".
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from .fold import folded, initials, is_acronym, name_of, strip_possessive

# A one-word name labels other places only when tagged so this many times (a single tag of a
# capitalised word is too often a sentence's opening word taken for a name).
ONE_WORD_SEEN = 2
# The share of a name's tags its label must hold to relabel the others.
MAJORITY = 0.6
LONGEST = 6  # words in a name looked up

# A word, with the dots of an abbreviation ("U.S.") but not a sentence's full stop.
_TOKEN = re.compile(r"[^\W_](?:[\w'’&-]|\.(?=\w))*(?:(?<=\b\w)\.)?")
_DEFINED = re.compile(r"((?:[A-Z][\w'’&-]*|of|the|and|for|on|in|de|du)(?:[ \t]+(?:[A-Z][\w'’&-]*|of|the|and|for|on|"
                      r"in|de|du))+)[ \t]*\([ \t]*([A-Z][A-Za-z0-9&]{1,7})[ \t]*\)")


def labels(mentions: Iterable[tuple[str, str]]) -> dict[str, str]:
    """(name as written, label) pairs -> the confident label of each transliteration key."""
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for text, label in mentions:
        seen[folded(name_of(text))][label] += 1
    out = {}
    for key, counts in seen.items():
        label, n = counts.most_common(1)[0]
        if n / sum(counts.values()) >= MAJORITY and (n >= ONE_WORD_SEEN or " " in key):
            out[key] = label
    for key, label in list(out.items()):  # "Mary Smith" a person: "Smith" alone is one too
        surname = key.split()[-1]
        if label == "PERSON" and " " in key and len(surname) > 2 and surname not in seen:
            out[surname] = label
    return out


def untagged(text: str, taken: list[tuple[int, int]], known: dict[str, str]) -> list[tuple[int, int, str]]:
    """Spans of `text` that write a known name, longest first, with its label: capitalised runs
    looked up on the transliteration key. A span may cover taken spans, never cut one."""
    out: list[tuple[int, int, str]] = []
    tokens = [m for m in _TOKEN.finditer(text) if m.group()[0].isupper() or m.group()[0].isdigit()]
    runs: list[list[re.Match[str]]] = []
    for t in tokens:
        if runs and text[runs[-1][-1].end():t.start()] == " " and not runs[-1][-1].group().endswith("."):
            runs[-1].append(t)
        elif t.group()[0].isupper():
            runs.append([t])
    for run in runs:
        i = 0
        while i < len(run):
            for j in range(min(len(run), i + LONGEST), i, -1):
                start, end = run[i].start(), run[j - 1].end()
                written = strip_possessive(text[start:end])
                label = known.get(folded(written))
                if label and _fits(start, end, taken):
                    out.append((start, end, label))
                    i = j - 1
                    break
            i += 1
    return out


def _fits(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """Whether a span covers or misses each taken span, and is not one of them."""
    for s, e in taken:
        if (s, e) == (start, end) or (s < end and start < e and not (start <= s and e <= end)):
            return False
    return True


def defined_acronyms(text: str) -> list[tuple[str, str]]:
    """(expansion, acronym) pairs the text defines: "Long Name (ACR)", the acronym's letters
    the initials of the name's last words."""
    return [(name_of(text[s:e]), text[a:b]) for s, e, a, b in defined_spans(text)]


def defined_spans(text: str) -> list[tuple[int, int, int, int]]:
    """Where the text defines an acronym: (start, end) of the expansion, (start, end) of the acronym."""
    out = []
    for m in _DEFINED.finditer(text):
        name, acronym = m.group(1), m.group(2)
        if not is_acronym(acronym):
            continue
        words = name.split()
        for first in range(len(words)):  # the longest tail of the run whose initials are the acronym
            tail = " ".join(words[first:])
            if initials(tail) == acronym.replace("&", "") and tail[0].isupper():
                start = m.start(1) + name.rindex(tail) if name.endswith(tail) else m.start(1) + name.index(tail)
                out.append((start, start + len(tail), m.start(2), m.end(2)))
                break
    return out
