"""Mentions in one article: what the model tags in the windows where a name can be, tidied, with
the title or role written before a person's name, and the acronyms of `rules.entities.ACRONYMS`
the model left untagged.

Each mention: offsets into the article's clean text (`start`, `end`: the name as written, a
possessive included), the model's `label`, the `title` words before a person's name and where
they start, and its `source` ("model" or "rules").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..rules.entities import ACRONYMS, FUNCTION_WORDS, HONORIFICS, NAME_PARTICLES, NAMED_LABELS, TITLE_WORDS
from ..rules.quotes import is_title
from .gazetteer import defined_spans
from .ner import Recognizer
from .windows import CONTEXT, READ, windows


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    label: str
    title: str = ""
    title_start: int | None = None
    source: str = "model"

    def row(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text, "label": self.label, "title": self.title,
                "title_start": self.title_start, "source": self.source}


_LEADING = re.compile(r"[\s\-–—‒―•·*>\"“„«‘']*(?:(?:the|The|THE)\s+)?")  # at the span's start (re.match with
# pos): a dash, a bullet or a mark the model took in ("— Marieke Dunsveld, mayor of ..."), then "the"
_TRAILING = re.compile(r"(?:[\s,;:!?\"“”)(\[\]]|\s[«»„'‘’])+$")  # "Ms Rasmund 'has had ...'": the mark it took in
_WORD_BEFORE = re.compile(r"([\w.'’-]+) $")
_ACRONYMS = re.compile(r"\b(" + "|".join(sorted(map(re.escape, ACRONYMS), key=len, reverse=True)) + r")\b")


def find_mentions(text: str, model: Recognizer, context: int | None = CONTEXT) -> list[Mention]:
    """The named mentions of `text`: the model over its windows (or the whole text when `context`
    is None), then the rules' acronyms it missed."""
    spans = windows(text, context) if context is not None else [(0, min(len(text), READ))] if text.strip() else []
    found: list[Mention] = []
    for (offset, _), tagged in zip(spans, _tag(model, [text[s:e] for s, e in spans])):
        for start, end, label in tagged:
            if label in NAMED_LABELS:
                mention = tidy(text, offset + start, offset + end, label)
                if mention is not None:
                    found.append(mention)
    found = defined_names(text[:READ], found)
    return sorted(found + missed_acronyms(text[:READ], found), key=lambda m: m.start)


def defined_names(text: str, found: list[Mention]) -> list[Mention]:
    """A name the text defines an acronym for ("Mineradora Cruzeiro Alto (MCA)") is one name of a
    body, whatever the model made of its words (an English model reads "Mineradora Cruzeiro" as a
    person's): the mentions inside it give way to it, and the acronym is a mention of it too."""
    for start, end, a, b in defined_spans(text):
        lead = _LEADING.match(text, start)
        start = lead.end() if lead is not None and lead.end() < end else start
        if any(m.start == start and m.end == end for m in found):
            inside: list[Mention] = []
        else:
            inside = [m for m in found if start <= m.start and m.end <= end]
            label = next((m.label for m in inside if m.label != "PERSON"), "ORG")
            found = [m for m in found if m not in inside] + [Mention(start, end, text[start:end], label, source="rules")]
        if not any(m.start < b and a < m.end for m in found):
            label = next((m.label for m in found if m.start == start and m.end == end), "ORG")
            found = found + [Mention(a, b, text[a:b], label, source="rules")]
    return found


# Windows are given to the model joined into texts of about this many characters, between
# paragraph breaks (which no name crosses): a call costs about a millisecond whatever its
# length, more than ten words of text (bench/entities.py).
JOINED = 3_000
_BREAK = "\n\n"


def _tag(model: Recognizer, pieces: list[str]) -> list[list[tuple[int, int, str]]]:
    """The model's spans in each piece, the pieces joined into few texts; a span that would cross
    from one piece into the next is dropped."""
    groups: list[list[int]] = []
    size = JOINED
    for i, piece in enumerate(pieces):
        if size + len(piece) > JOINED:
            groups.append([])
            size = 0
        groups[-1].append(i)
        size += len(piece) + len(_BREAK)
    out: list[list[tuple[int, int, str]]] = [[] for _ in pieces]
    texts = [_BREAK.join(pieces[i] for i in group) for group in groups]
    for group, tagged in zip(groups, model.spans(texts)):
        starts = []
        at = 0
        for i in group:
            starts.append(at)
            at += len(pieces[i]) + len(_BREAK)
        for start, end, label in tagged:
            k = bisect_right(starts, start) - 1
            i = group[k]
            if end <= starts[k] + len(pieces[i]):
                out[i].append((start - starts[k], end - starts[k], label))
    return out


def tidy(text: str, start: int, end: int, label: str) -> Mention | None:
    """A model span made a mention: no leading "the", no trailing punctuation, a title the
    model took into a person's name moved out of it; None when no capital is left."""
    lead = _LEADING.match(text, start, end)
    if lead and lead.end() < end:
        start = lead.end()
    trail = _TRAILING.search(text, start, end)
    if trail:
        end = trail.start()
    if end > start + 3 and text[end - 1] == "." and text[end - 2].islower() and " " in text[start:end]:
        end -= 1  # "the Karabakh war." -> "Karabakh war"; "U.S." and "Inc." keep theirs
    if label == "PERSON":
        start, end = _name_words(text, start, end)
        words = list(re.finditer(r"\S+", text[start:end]))
        inner = 0
        while inner < len(words) - 1 and _title_word(words[inner].group().lower()):
            inner += 1
        if inner:
            title_start, start = start, start + words[inner].start()
            return Mention(start, end, text[start:end], label, " ".join(text[title_start:start].split()),
                           title_start)
    if not any(c.isupper() for c in text[start:end]):
        return None
    if label != "PERSON" and _after_honorific(text, start, end):
        return tidy(text, start, end, "PERSON")
    if label != "PERSON":
        return Mention(start, end, text[start:end], label)
    title, before = title_before(text, start)
    return Mention(start, end, text[start:end], label, title, before)


def _title_word(word: str) -> bool:
    """A title, a German compound one ("Hafenmeister", "Verkehrsministerin") or one joined to what it
    heads by a hyphen ("RWB-voorzitter", "EU-Kommissarin")."""
    return is_title(word, TITLE_WORDS)


def _name_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A person's span without the lower-case words the model took in with the name, as it does
    in languages it was not trained on: "kündigte Reinholt" -> "Reinholt", "Tomas Reinholt am
    Dienstagabend" -> "Tomas Reinholt"; particles of names ("van", "de", "bin") stay."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while len(words) > 1 and words[0].group()[:1].islower() and words[0].group().lower() not in NAME_PARTICLES:
        words = words[1:]
    for i, w in enumerate(words[1:], 1):
        if w.group()[:1].islower() and w.group().lower() not in NAME_PARTICLES:
            words = words[:i]
            break
    while len(words) > 1 and words[-1].group().lower() in NAME_PARTICLES:
        words = words[:-1]  # "Pavel Drozd von der": a particle ends no name (the model stopped before "Technischen")
    return start + words[0].start(), start + words[-1].end()


def _after_honorific(text: str, start: int, end: int) -> bool:
    """ "Mr. Riva", "Dr Gupta": an honorific inside the span or right before it."""
    first = text[start:end].split()[0].lower()
    before = _WORD_BEFORE.search(text, max(0, start - 8), start)
    return first in HONORIFICS or (before is not None and before.group(1).lower() in HONORIFICS)


def title_before(text: str, start: int) -> tuple[str, int | None]:
    """The title or role written right before a name ("Russian President", "Kremlin spokesman"):
    title words, and capitalised words before one, on the name's line; the nearest must be a title word."""
    words: list[tuple[int, str]] = []
    at = start
    while len(words) < 6:
        m = _WORD_BEFORE.search(text, max(0, at - 40), at)
        if m is None:
            break
        word = m.group(1)
        lower = word.lower()
        if lower in TITLE_WORDS or (word[0].isupper() and lower not in FUNCTION_WORDS and words):
            words.append((m.start(1), word))
            at = m.start(1)
            if lower in HONORIFICS:  # "Mr." stands first: "Later Mr. Tamberg" is titled "Mr."
                break
        else:
            break
    while words and words[-1][1].lower() not in TITLE_WORDS and not words[-1][1][0].isupper():
        words.pop()
    if not words:
        return "", None
    return " ".join(w for _, w in reversed(words)), words[-1][0]


def missed_acronyms(text: str, found: list[Mention]) -> list[Mention]:
    """Acronyms of the rules that no mention covers, outside lines written all in capitals."""
    taken = [(m.start, m.end) for m in found]
    out = []
    for m in _ACRONYMS.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        line = text[text.rfind("\n", 0, m.start()) + 1:text.find("\n", m.end()) % (len(text) + 1)]
        letters = [c for c in line if c.isalpha()]
        if sum(c.isupper() for c in letters) > 0.6 * len(letters):
            continue
        out.append(Mention(m.start(), m.end(), m.group(), ACRONYMS[m.group()], source="rules"))
    return out
