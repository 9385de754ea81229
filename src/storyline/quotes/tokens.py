"""Words and sentences of a paragraph, with each quote in quotation marks as one token.

A quote is one token (`Token.quote` is its index in the article's marked quotes), so the words
around it read as a sentence ("“...,” Putin said."), and a sentence never ends inside one.
"""
from __future__ import annotations

import re
import unicodedata

from ..rules.quotes import ABBREVIATIONS, CUES, GROUP_PRONOUNS, NAME_PARTICLE_WORD, PERSON_PRONOUNS
from .marks import Marked

WORD = re.compile(r"\w+(?:[’'\-.&]\w+)*(?:(?<=s)[’'](?=[ \t]+\w))?|[^\w\s]")  # "the Patients’ Council": one name
ENDS = frozenset(".!?")
# Text with no sentence end this long (a table, a pasted dump) is read in pieces of this many
# tokens, so that nothing is quadratic in a sentence's length; news sentences run to about 80.
LONGEST_SENTENCE = 200


class Token:
    """A word, a punctuation mark, or a whole quote (`quote` is its index among the marked quotes,
    -1 for the others); `lower`, `is_word` and `capital` are worked out once, as every rule reads them."""

    __slots__ = ("text", "start", "end", "quote", "lower", "is_word", "capital")

    def __init__(self, text: str, start: int, end: int, quote: int = -1) -> None:
        self.text, self.start, self.end, self.quote = text, start, end, quote
        self.lower = text.lower()
        first = text[0]
        self.is_word = quote < 0 and (first.isalnum() or first == "_")
        # a name's word behind a lower-case particle ("el-Rashidi", "al-Khouri", "d'Alema") is a name's
        self.capital = quote < 0 and (first.isupper() or (
            first.islower() and any(c in text[1:4] for c in "-'’") and NAME_PARTICLE_WORD.fullmatch(text) is not None))

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.quote})"


def tokenize(text: str, start: int, end: int, marked: list[Marked], first: int) -> list[Token]:
    """The tokens of text[start:end]; `marked[first:]` are the quotes from here on, in order."""
    out: list[Token] = []
    pos, q = start, first
    while pos < end:
        nxt = marked[q].open if q < len(marked) and marked[q].open < end else end
        for m in WORD.finditer(text, pos, nxt):
            word_end = m.end()
            word = m.group()
            # "Mr." "Sept." "U.S." "J.": the full stop belongs to the word and ends no sentence
            if word_end < nxt and text[word_end] == "." and word[0].isalpha() and \
                    (word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())):
                word_end += 1
                word += "."
            if out and out[-1].end > m.start():
                continue
            out.append(Token(word, m.start(), word_end))
        if nxt == end:
            break
        mark = marked[q]
        out.append(Token(text[mark.open:mark.close], mark.open, min(mark.close, end), q))
        pos, q = mark.close, q + 1
    return out


def sentences(tokens: list[Token], marked: list[Marked], text: str) -> list[tuple[int, int]]:
    """Token ranges of the sentences: a sentence ends at . ! ? before a capital letter or a quote,
    and after a quote whose words end one, unless a reporting verb follows ("“Stop!” she said")."""
    out, begin = [], 0
    for i, tok in enumerate(tokens[:-1]):
        nxt = tokens[i + 1]
        starts = nxt.capital or nxt.quote >= 0 or nxt.text[0].isdigit()
        if i + 1 - begin >= LONGEST_SENTENCE:
            out.append((begin, i + 1))
            begin = i + 1
        elif tok.quote < 0 and tok.text in ENDS and starts:
            out.append((begin, i + 1))
            begin = i + 1
        elif tok.quote >= 0 and nxt.capital:
            words = text[marked[tok.quote].start:marked[tok.quote].end].rstrip()
            if words[-1:] in ENDS and not _speaker_follows(tokens, i + 1):
                out.append((begin, i + 1))
                begin = i + 1
    if begin < len(tokens):
        out.append((begin, len(tokens)))
    return out


def _speaker_follows(tokens: list[Token], j: int) -> bool:
    """A name and a reporting verb after a quote: "“Stop!” Ana Ruiz said." goes on one sentence;
    a pronoun in capitals begins the next ("“We will not go back.” He described the closure ...")."""
    if j < len(tokens) and tokens[j].lower in PERSON_PRONOUNS | GROUP_PRONOUNS:
        return False
    k = j
    while k < len(tokens) and k - j < 4 and tokens[k].capital:
        k += 1
    return j < k < len(tokens) and tokens[k].lower in CUES


def words_of(text: str) -> list[str]:
    """A text's words, lower-cased, as quotes are compared."""
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text).lower())


def word_share(a: str, b: str) -> float:
    """The share of the shorter text's words that the longer holds."""
    wa, wb = words_of(a), words_of(b)
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if not short:
        return 0.0
    have = set(long_)
    return sum(w in have for w in short) / len(short)
