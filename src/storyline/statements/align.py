"""Statements: quotations in different articles that report one utterance, joined under one id.

Two quotes are one statement when (numbered as in `align`):
 1. their speakers agree (one canonical name, or one name holding the other as whole words: "Putin"
    and "Vladimir Putin"; or two descriptions of one source whose vectors are close: "a government
    source" / "une source gouvernementale"); a quote whose speaker is unknown joins a quote of the
    same words, or one very close in meaning (a translation whose speaker one report left unnamed),
    and so do two quotes whose speakers are no persons (bodies, groups, descriptions), whose names
    translate where a person's do not ("the Finance Ministry" / "Finanzministerium", "The group" /
    "La ONG"), unless one denies what the other asserts; and two quotes of COPIED_WORDS words or more
    printed alike, whoever each article names (one of them misread its speaker);
 2. they say the same thing: the words of the shorter are almost all in the longer (an exact copy,
    a partial quote of "tragedy" beside "This is a tragedy"), or their sentence vectors are close
    (another translation: "heavy losses" / "numerous casualties", another language), the whole
    texts' or those of one sentence of each (a paraphrase of one sentence of a longer quote);
 3. they were reported near in time, unless they share their words: a later article that repeats a
    quote word for word recalls the same utterance. An article without a day is near another when
    the two share a quote word for word, or two quotes each as close as translations (they report
    the same occasion); else it is near none.
Pairs are joined best first, and never so that one statement holds two quotes of one article: two
sentences of one speaker in one article are two statements, however alike; but one utterance an
article quotes twice (in full, then a phrase of it again) is one. Then two articles that share
statements are read as two reports of one occasion, and the quotes left over in them paired as a
translator's sentences are (`_parallel`).
"""
from __future__ import annotations

import datetime as dt
import difflib
import functools
import itertools
import re
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..entities.fold import folded
from ..quotes.speakers import title_word
from ..quotes.tokens import word_share, words_of
from ..rules import quotes as QR
from .encoder import Vectors

# Cosine between USE m3 vectors of two wordings of one utterance. On the seeds' gold statements
# every pair of one statement scored >= 0.50 and every pair of two statements <= 0.47 (LIBRARIES.md);
# with the speaker required to agree, unrelated sentences of one speaker scored 0.20-0.26.
SAME_MEANING = 0.45
SAME_WORDS = 0.8  # share of the shorter quote's words found in the longer
NEAR_DAYS = 31  # two reports of one utterance by paraphrase: published within a month of each other
MIN_WORDS_UNKNOWN_SPEAKER = 6  # a quote without a speaker joins only on this many shared words
# A sentence of this many words that two articles print alike is one utterance whoever each names as
# its speaker: one of the two misread who said it ("her party would ask the Constitutional Court to
# review the law" under "Vasconcelos Rego" and under "the minister's main adversary").
COPIED_WORDS = 8
COPIED_SHARE = 0.95
# Below this cosine no pair was one statement, not even a one-word partial quote beside its sentence
# ("tragedy" / "This is a tragedy": 0.67); pairs under it are not looked at, but for a partial quote
# of FRAGMENT_WORDS or fewer, whose vector says little ("an insult" / "This offer is an insult to every
# docker"), which joins by its words alone.
CANDIDATE = 0.3
FRAGMENT_WORDS = 4
# Cosine between USE m3 vectors of two descriptions of one source in two languages ("A diplomat
# close to the talks" / "un diplomate proche des négociations" 0.87, "the national weather agency" /
# "Agencia Nacional de Meteorología" 0.76, "protesters" / "manifestants" 0.86); two different
# sources described alike stay under it ("A senior official at the port authority" / "... at the
# Finance Ministry" 0.59, "protesters" / "the union" 0.36).
SAME_SOURCE = 0.7
MIN_NAME_WORD = 3
HISSING = re.compile(r"sch|sh|zh|ch|j|z|s")  # after folding: "shelnova" and "jelnova" are "selnova"
GUTTURAL = re.compile(r"kh|j|h")  # the Arabic and Russian kh as Spanish writes it: "aljuri", "al huri"
MIN_JOINED_NAME = 5
# Vowels spelt with two letters, before folding: long ones ("Rasheedi" / "Rashidi", "Youssef" / "Yusef") and
# German umlauts written out ("Juergen Oelschlaeger" / "Jürgen Oelschläger").
LONG_VOWELS = re.compile(r"ee|oo|ou|ae|oe|ue|ä|ö|ü")
LONG_VOWEL_SOUND = {"ee": "i", "oo": "u", "ou": "u", "ae": "a", "oe": "o", "ue": "u", "ä": "a", "ö": "o", "ü": "u"}
GERMAN_CH = re.compile(r"(?:(?<=[aeiou])|(?<=\b))ch(?=[aeiou])", re.IGNORECASE)  # "Dorochow": the х that folding reads as the French ch
# How alike, letter by letter, two transliterations of one surname and of one given name are: "Livaditis" /
# "Leivaditis" 0.95, "Marchenko" / "Marcenko" 0.94; "Hristos" / "Jristos" 0.86, "Djordje" / "Dorde" 0.83,
# "Evangelos" / "Vangelis" 0.82, "Yevhen" / "Jevhen" 0.83; two people's given names differ more
# ("Olena" / "Oleksandra" 0.67, "Dmytro" / "Dmitry" 0.67 is `GIVEN_NAME_STEM`'s).
SURNAME_ALIKE = 0.85
GIVEN_ALIKE = 0.75
MIN_ALIKE_SURNAME = 6  # a surname alone matches another's spelling only this long: not "Jan" / "Jana"
SPELLING_BLOCK = 4  # letters of a surname's start that its spellings share: "kara" (Karagiannis / Karaghiannis)
GIVEN_NAME_STEM = 4  # letters two forms of one given name share: "dmit" (Dmytro / Dmitry), not "ole" (Olena / Oleksandra)
# A quote without a speaker (or with a body or a description for one) joins another by meaning
# only this close: translations of one utterance measured 0.58-0.80 (dispatches, q4, q5, karvenia).
# Statements F1 over the 8 corpora with statement gold rose from 0.7 down to 0.58 and lost nowhere
# (at 0.52 messy lost one); but at 0.6 a corpus without statement gold (namesakes) joined two
# sentences of one ministry that say different things, and not at 0.65. Such a pair ranks below
# every pair whose speakers agree.
UNATTRIBUTED_MEANING = 0.65
UNATTRIBUTED_PENALTY = 0.5
UNATTRIBUTED_CHUNK = 512
QUOTED = re.compile(r"[\"“„«‘']([^\"“”„«»‘’]{3,200})[\"”»’']")  # the words a mixed quote quotes
# Two articles, one without a day, are placed side by side in time by PLACED_SHARED pairs of quotes
# of one speaker this close in meaning: on the seeds, Putin's words of 2020 beside his words of 2024
# in an undated report scored at most 0.54; translations of one utterance 0.58-0.80 (as above).
PLACED_SHARED = 2
PLACED_MEANING = 0.6
# Two reports of one occasion (`_parallel`): articles that share PARALLEL_SHARED statements, each
# reported by PARALLEL_REPORTS articles at most (a line every outlet repeats tells no two reports
# apart, and a statement of k reports costs k² article pairs). Their leftover quotes pair when each
# is the other's closest, this close and by this margin over the next, and their speakers' names
# this close: over the 9 corpora with statement gold, the pairs so made with bodies' or sources'
# names at 0.44-0.76 were all right, those of two people, or of a person and a body, at most 0.32
# apart by name and half of them wrong (a person beside a definite role is let through: `_translated`).
PARALLEL_SHARED = 2
PARALLEL_REPORTS = 20
PARALLEL_MEANING = 0.35
PARALLEL_MARGIN = 0.1
PARALLEL_SOURCE = 0.4
PARTNERS = 12  # links kept per quote, its strongest (`_strongest`)
MIN_FRAGMENT_WORDS = 2  # "the full truth" in both: one utterance; one word ("tragedy") may be a common one  # letters of a name word speakers are blocked by ("de", "al" are none)


@dataclass(frozen=True, slots=True)
class Utterance:
    """One quote as alignment sees it."""

    article: str
    text: str
    speaker: str | None  # canonical name, or None when unresolved
    day: dt.date | None  # the article's publication day
    person: bool = True  # the speaker is a person (not a body, a group or a description)
    cue: str = ""  # the verb that reports it


def described(speaker: str | None) -> bool:
    """A source the text describes rather than names ("a government source", "protesters",
    "der Bauernverband des Marava-Tals"): a word of it in lower case. Names are compared as names."""
    return speaker is not None and any(w[:1].islower() for w in speaker.split())


def same_speaker(a: str | None, b: str | None) -> bool:
    """Equal names, or one holding the other as whole words ("Putin" in "Vladimir Putin"), once
    both are spelt alike (the entities' transliteration key: "Sokoloff" / "Sokolov"), and alike
    again with every hissing sound one letter: the one sound Ж is "zh", "j" and the German "sch"
    ("Marina Zhelnova" / "Marina Schelnowa"), or its last words run together alike with kh, j and h
    one letter ("Al-Khouri" / "Nadia Aljuri"), or one surname after given names of one stem ("Dmytro"
    / "Dmitry"): matches no entity merge may make on so little."""
    if a is None or b is None:
        return False
    wa, wb = folded(a).split(), folded(b).split()
    if _holds(wa, wb) or _holds(folded(GERMAN_CH.sub("kh", a)).split(), wb) \
            or _holds(wa, folded(GERMAN_CH.sub("kh", b)).split()):
        return True  # the German ch is the Russian kh where the French one is sh: "Dorochow" / "Dorokhov"
    if len(wa) > 1 and len(wb) > 1 and _holds([HISSING.sub("s", w) for w in wa], [HISSING.sub("s", w) for w in wb]):
        return True
    sa, sb = (_sounded(folded(LONG_VOWELS.sub(lambda m: LONG_VOWEL_SOUND[m.group(0)], n.lower())).split()) for n in (a, b))
    if len(sa) > 1 and len(sb) > 1 and _holds(sa, sb):
        return True  # "Dimitar S. Jovanovski" / "Dimitar Yovanovski", "Mirko Halasz" / "Mirko Halas"
    if len(wa) > 1 and len(wb) > 1 and wa[-1] == wb[-1] and wa[0][:GIVEN_NAME_STEM] == wb[0][:GIVEN_NAME_STEM]:
        return True  # "Dmytro Kovalchuk" / "Dmitry Kovalchuk": a given name's Ukrainian and Russian forms
    if len(wa) > 1 and len(wb) > 1 and _spelt_alike(wa[-1], wb[-1], SURNAME_ALIKE) \
            and _spelt_alike(wa[0], wb[0], GIVEN_ALIKE):
        return True  # "Hristos Livaditis" / "Christos Leivaditis", "Yeorgia" / "Georgia", "Evangelos" / "Vangelis"
    if (len(wa) == 1) != (len(wb) == 1) and min(len(wa[-1]), len(wb[-1])) >= MIN_ALIKE_SURNAME \
            and _spelt_alike(wa[-1], wb[-1], SURNAME_ALIKE):
        return True  # "Karaghiannis" alone and "Dimitris Karagiannis": the surname in another spelling
    return _ends_alike([GUTTURAL.sub("h", w) for w in wa], [GUTTURAL.sub("h", w) for w in wb])


def _spelt_alike(a: str, b: str, least: float) -> bool:
    """Two spellings of one name word in two transliterations: this alike letter by letter, and ending
    on one letter, so that a name's other gender is no spelling of it ("Jan" / "Jana", "Mario" / "Maria",
    "Alexander" / "Alexandra")."""
    return a[-1:] == b[-1:] and difflib.SequenceMatcher(None, a, b).ratio() >= least


def _sounded(words: list[str]) -> list[str]:
    """A name's words as they sound across transliterations: initials left out, an opening y the
    j it is in the Slavic Latin alphabets, every hissing sound one letter, a long vowel spelt double
    the short one ("ee" / "i"), a doubled letter one."""
    out = []
    for w in words:
        if len(w) <= 1:
            continue
        w = HISSING.sub("s", "j" + w[1:] if w[0] == "y" or w[0] == "i" and w[1] in "aeou" else w)  # folded: "iovanovski"
        out.append(re.sub(r"(.)\1+", r"\1", w))
    return out


def _ends_alike(wa: list[str], wb: list[str]) -> bool:
    """Whether the shorter name, its words run together, is the longer's last words run together:
    "Al-Khouri" ("al huri") and "Nadia Aljuri" ("nadia alhuri"), the Spanish j for the kh; never a
    word's end ("Smith" / "Goldsmith")."""
    short, long_ = (wa, wb) if len("".join(wa)) <= len("".join(wb)) else (wb, wa)
    joined = "".join(short)
    return len(joined) >= MIN_JOINED_NAME and any("".join(long_[k:]) == joined for k in range(len(long_)))


def _holds(wa: list[str], wb: list[str]) -> bool:
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return bool(short) and any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def _near(u: Utterance, v: Utterance, together: set[frozenset[str]]) -> bool:
    if u.day is not None and v.day is not None:
        return abs((u.day - v.day).days) <= NEAR_DAYS
    return frozenset((u.article, v.article)) in together


def _blocks(utterances: list[Utterance]) -> list[list[int]]:
    """Utterances that may be one statement: those whose speakers share a name word, and
    those without a speaker beside every quote sharing six words in a row with them."""
    by_name: dict[str, list[int]] = {}
    by_run: dict[tuple[str, ...], list[int]] = {}
    for i, u in enumerate(utterances):
        names = [folded(w) for w in (u.speaker or "").split() if w[:1].isupper()] \
            + folded(u.speaker or "").split()[-1:]  # every name word, and the last: "Lucía
        for word in {w for w in names if len(w) >= MIN_NAME_WORD}:  # Ferrandis Olmo" is "Lucia Ferrandis" elsewhere
            by_name.setdefault(word, []).append(i)
        last = folded(u.speaker or "").split()[-1:]
        if last and len(last[0]) >= SPELLING_BLOCK and not described(u.speaker):
            by_name.setdefault("^" + last[0][:SPELLING_BLOCK], []).append(i)  # "Karagiannis" / "Karayiannis":
            # two spellings `same_speaker` may find one
        tail = [GUTTURAL.sub("h", w) for w in folded(u.speaker or "").split()[-2:]]
        for key in {"".join(tail[-1:]), "".join(tail)} if tail and not described(u.speaker) else set():
            by_name.setdefault("~" + key, []).append(i)  # "al huri" / "aljuri": as `same_speaker` runs them
        words = words_of(u.text)
        for k in range(len(words) - MIN_WORDS_UNKNOWN_SPEAKER + 1):
            by_run.setdefault(tuple(words[k:k + MIN_WORDS_UNKNOWN_SPEAKER]), []).append(i)
    runs = [ids for ids in by_run.values() if len(ids) > 1]  # a speaker unknown, or one of two misread
    return [ids for ids in by_name.values() if len(ids) > 1] + runs


def _sources(utterances: list[Utterance],
             sources: dict[str, np.ndarray]) -> tuple[list[list[int]], set[tuple[str, str]]]:
    """Utterances whose described sources are one source in other words or another language (1.):
    their blocks, and the pairs of descriptions that agree."""
    names = sorted({u.speaker for u in utterances if described(u.speaker) and u.speaker in sources})
    if len(names) < 2:
        return [], set()
    matrix = np.stack([sources[n] for n in names])
    close = matrix @ matrix.T >= SAME_SOURCE
    agree = {(names[a], names[b]) for a, b in zip(*np.nonzero(np.triu(close, 1)))}
    agree |= {(b, a) for a, b in agree}
    by_source: dict[str, list[int]] = {}
    for i, u in enumerate(utterances):
        if u.speaker in sources and described(u.speaker):
            by_source.setdefault(u.speaker, []).append(i)
    blocks = [by_source[a] + by_source[b] for a, b in agree if a < b]
    return blocks, agree


def _cosines(index: npt.NDArray[np.int_], vectors: Vectors, sentences: list[Vectors] | None) -> Vectors:
    """Cosines between the quotes of a block: of their whole texts, or of their closest sentences
    where that is closer (a paraphrase reports one sentence of a longer quote: "the port owed the
    victims' families the full truth" / "Two of our colleagues did not come home tonight. We owe
    their families the full truth.")."""
    cosines = vectors[index] @ vectors[index].T
    if not sentences:
        return cosines
    rows = [(k, v) for k, i in enumerate(index) for v in ([vectors[i]] + list(sentences[i]))]
    if len(rows) == len(index):
        return cosines
    owner = np.array([k for k, _ in rows])
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])  # each quote's rows are one run
    close = np.stack([v for _, v in rows])
    best: Vectors = np.maximum.reduceat(np.maximum.reduceat(close @ close.T, starts, axis=0), starts, axis=1)
    return best


def _shares(index: npt.NDArray[np.int_], tokens: list[list[str]]) -> Vectors:
    """`word_share` of every pair of a block's quotes at once: row i's words counted, column j's
    present, so that [i, j] is how many of i's words j holds, over i's length when i is the shorter."""
    vocab: dict[str, int] = {}
    rows = [[vocab.setdefault(w, len(vocab)) for w in tokens[i]] for i in index]
    counts = np.zeros((len(index), max(len(vocab), 1)), dtype=np.float32)
    for r, ids in enumerate(rows):
        np.add.at(counts[r], ids, 1.0)
    held = counts @ (counts > 0).T.astype(np.float32)  # [i, j]: i's words that j holds, with repeats
    lengths = counts.sum(axis=1)
    i_short = lengths[:, None] <= lengths[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(i_short, held / lengths[:, None], held.T / lengths[None, :])
    out: Vectors = np.nan_to_num(share).astype(np.float32)
    return out


def _candidates(utterances: list[Utterance], vectors: Vectors, sources: dict[str, np.ndarray] | None = None,
                sentences: list[Vectors] | None = None) -> list[tuple[float, int, int]]:
    """Pairs of quotes of different articles that are one statement, with how strongly: first by
    their words, then (3.) by meaning, between articles near in time. Each block's pairs are
    weighed as matrices, so that only the pairs that join are looked at one by one: a speaker
    quoted in thousands of articles costs matrix products, not a Python loop over millions of pairs."""
    tokens = [words_of(u.text) for u in utterances]
    lengths = np.array([len(t) for t in tokens], dtype=np.int64)
    short = lengths <= FRAGMENT_WORDS
    article_of = {a: k for k, a in enumerate(sorted({u.article for u in utterances}))}
    arts = np.array([article_of[u.article] for u in utterances], dtype=np.int64)
    ordinal = np.array([u.day.toordinal() if u.day is not None else -1 for u in utterances], dtype=np.int64)
    nameless = np.array([u.speaker is None for u in utterances], dtype=bool)
    speaking = functools.lru_cache(maxsize=None)(same_speaker)
    source_blocks, agree = _sources(utterances, sources or {})
    blocks = sorted({tuple(sorted(set(b))) for b in _blocks(utterances) + source_blocks})  # a block once, however
    # many name words (or spellings of them) its speakers share

    def weighed(ids: tuple[int, ...]) -> tuple[npt.NDArray[np.int_], Vectors, npt.NDArray[np.bool_],
                                               npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
        """The block's quotes, their cosines, which pairs of other articles may join at all, whose
        speakers are one by name, and whose are one by name or as one source described."""
        index = np.array(ids)
        cosines = _cosines(index, vectors, sentences)
        looked = (cosines >= CANDIDATE) | short[index][:, None] | short[index][None, :]  # the rest cannot join
        looked &= arts[index][:, None] != arts[index][None, :]
        names = sorted({u.speaker for u in (utterances[i] for i in index) if u.speaker is not None})
        at = {n: k for k, n in enumerate(names)}
        by_name = np.zeros((len(names) + 1, len(names) + 1), dtype=bool)  # the last row and column: no speaker
        by_source = by_name.copy()
        for x, p in enumerate(names):
            for y, q in enumerate(names):
                by_name[x, y] = speaking(p, q)
                by_source[x, y] = by_name[x, y] or (p, q) in agree
        who = np.array([len(names) if (speaker := utterances[i].speaker) is None else at[speaker] for i in index])
        return index, cosines, np.triu(looked, 1), by_name[who][:, who], by_source[who][:, who]

    verbatim: dict[tuple[int, int], float] = {}
    for ids in blocks:  # 1. and 2.: the same words, whenever reported
        index, cosines, looked, agreeing, _ = weighed(ids)
        shares = _shares(index, tokens)
        enough = np.minimum(lengths[index][:, None], lengths[index][None, :]) >= MIN_WORDS_UNKNOWN_SPEAKER
        unnamed = nameless[index][:, None] | nameless[index][None, :]
        copied = (np.minimum(lengths[index][:, None], lengths[index][None, :]) >= COPIED_WORDS) & (shares >= COPIED_SHARE)
        for a, b in zip(*np.nonzero(_top(looked & (shares >= SAME_WORDS) & (agreeing | (unnamed & enough) | copied),
                                         shares))):
            verbatim[int(index[a]), int(index[b])] = 1.0 + float(shares[a, b])
    shared = {frozenset((utterances[i].article, utterances[j].article)) for i, j in verbatim}
    together = {(int(arts[i]), int(arts[j])) for i, j in verbatim}  # articles that share a quote word for word
    together |= {(b, a) for a, b in together}
    meaning: dict[tuple[int, int], float] = {}
    undated: dict[tuple[int, int], float] = {}  # pairs of which one article has no day, not sharing words
    for ids in blocks:  # 3.: the same meaning, near in time
        index, cosines, looked, _, agreeing = weighed(ids)
        days = ordinal[index]
        dated = (days[:, None] >= 0) & (days[None, :] >= 0)
        timely = dated & (np.abs(days[:, None] - days[None, :]) <= NEAR_DAYS)
        if together:  # an article without a day is near one it shares a quote with word for word
            codes = arts[index][:, None] * len(article_of) + arts[index][None, :]
            timely |= ~dated & np.isin(codes, np.array([a * len(article_of) + b for a, b in together]))
        close = looked & agreeing & (cosines >= SAME_MEANING)
        for a, b in zip(*np.nonzero(_top(close & timely, cosines))):
            pair = int(index[a]), int(index[b])
            if pair not in verbatim:
                meaning[pair] = float(cosines[a, b])
        for a, b in zip(*np.nonzero(_top(close & ~dated & ~timely, cosines))):
            undated[int(index[a]), int(index[b])] = float(cosines[a, b])
    placed = _placed(utterances, undated)
    meaning |= {pair: s for pair, s in undated.items()
                if frozenset((utterances[pair[0]].article, utterances[pair[1]].article)) in placed}
    shared |= placed
    for i, j, cosine in _unattributed(utterances, vectors, sentences):
        if (i, j) not in verbatim and (i, j) not in meaning and _near(utterances[i], utterances[j], shared):
            meaning[i, j] = cosine - UNATTRIBUTED_PENALTY
    return [(s, i, j) for (i, j), s in (verbatim | meaning).items()]


def _placed(utterances: list[Utterance], pairs: dict[tuple[int, int], float]) -> set[frozenset[str]]:
    """Pairs of articles, one without a day, that report one occasion: PLACED_SHARED quotes of each
    say what a quote of the other says, by one speaker, as closely as a translation does. One such
    pair may be a speaker repeating a line years apart; several are one interview or one press
    conference reported twice, and place the undated article beside the other in time."""
    by_articles: dict[frozenset[str], tuple[set[int], set[int]]] = {}
    for (i, j), cosine in pairs.items():
        if cosine < PLACED_MEANING:
            continue
        mine, theirs = by_articles.setdefault(frozenset((utterances[i].article, utterances[j].article)), (set(), set()))
        mine.add(i)
        theirs.add(j)
    return {key for key, (mine, theirs) in by_articles.items() if min(len(mine), len(theirs)) >= PLACED_SHARED}


def _unknown(u: Utterance) -> bool:
    return not words_of(u.speaker or "")


def _weak(u: Utterance) -> bool:
    """A speaker that names no one person: none, a description ("a senior official") or a body
    whose name another language translates ("Die Tarweschische Reedereikammer")."""
    return not words_of(u.speaker or "") or not u.person or described(u.speaker)


def _weakly_one(u: Utterance, v: Utterance) -> bool:
    """Whether two quotes whose speakers do not agree by name may still be one utterance said in
    other words: one speaker unknown, or both no person (a body named in two languages: "the
    Finance Ministry" / "Finanzministerium"), but never a denial beside what it denies ("Turkey
    denied recruiting ..." / "Reports say Turkey has deployed ...")."""
    if _unknown(u) or _unknown(v):
        return True
    return _weak(u) and _weak(v) and QR.denies(u.cue) == QR.denies(v.cue)


def _unattributed(utterances: list[Utterance], vectors: Vectors,
                  sentences: list[Vectors] | None = None) -> list[tuple[int, int, float]]:
    """Pairs of a quote whose speaker is unresolved (or no person) and a quote of another article
    that says the same in other words or another language, closer than UNATTRIBUTED_MEANING: a
    translation whose speaker one report left unnamed, or named as a body in its language. Both of MIN_WORDS_UNKNOWN_SPEAKER words or more: a
    stock phrase ("No comment.") could be anyone's. Compared in
    chunks, so that a large collection's matrix is never held whole."""
    unknown = [i for i, u in enumerate(utterances) if _weak(u)]
    if not unknown:
        return []
    counts = np.array([1 + (len(sentences[i]) if sentences else 0) for i in range(len(utterances))])
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])  # each text's row, then its sentences' rows
    rows = np.concatenate([np.vstack([vectors[i:i + 1], *([sentences[i]] if sentences and len(sentences[i]) else [])])
                           for i in range(len(utterances))])
    out: list[tuple[int, int, float]] = []
    for lo in range(0, len(unknown), UNATTRIBUTED_CHUNK):
        mine = unknown[lo:lo + UNATTRIBUTED_CHUNK]
        picked = np.concatenate([np.arange(starts[i], starts[i] + counts[i]) for i in mine])
        cosines = np.maximum.reduceat(rows[picked] @ rows.T, starts, axis=1)  # best row of each utterance
        best = np.maximum.reduceat(cosines, np.concatenate([[0], np.cumsum(counts[mine])[:-1]]), axis=0)
        for a, j in zip(*np.nonzero(best >= UNATTRIBUTED_MEANING)):
            i = mine[a]
            if not _weakly_one(utterances[i], utterances[int(j)]):
                continue
            if utterances[i].article != utterances[int(j)].article and min(
                    len(words_of(utterances[i].text)), len(words_of(utterances[int(j)].text))) >= MIN_WORDS_UNKNOWN_SPEAKER:
                out.append((min(i, int(j)), max(i, int(j)), float(best[a, j])))  # "No comment." could be anyone's
    return out


def _top(pairs: npt.NDArray[np.bool_], strength: Vectors) -> npt.NDArray[np.bool_]:
    """The pairs of an upper-triangular mask that are among the PARTNERS strongest of either quote:
    what `_strongest` would keep of them, chosen before a Python object is made for any."""
    both = pairs | pairs.T
    if int(both.sum(axis=1).max(initial=0)) <= PARTNERS:
        return pairs
    scores = np.where(both, strength, -np.inf)
    best = np.argpartition(-scores, PARTNERS - 1, axis=1)[:, :PARTNERS]
    keep = np.zeros_like(both)
    np.put_along_axis(keep, best, True, axis=1)
    keep &= both
    return pairs & (keep | keep.T)


def _strongest(pairs: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """The pairs among each quote's PARTNERS strongest: a statement grows pair by pair, so a quote
    that fifty outlets report needs no more than a few links of its own; a speaker who says alike
    things in thousands of articles costs that many links, not their square."""
    ranked: dict[int, list[tuple[float, int, int]]] = {}
    for p in pairs:
        ranked.setdefault(p[1], []).append(p)
        ranked.setdefault(p[2], []).append(p)
    keep: set[tuple[float, int, int]] = set()
    for mine in ranked.values():
        keep.update(sorted(mine, key=lambda p: (-p[0], p[1], p[2]))[:PARTNERS])
    return list(keep)


def _parallel(utterances: list[Utterance], vectors: Vectors, statement: list[int], sources: dict[str, np.ndarray],
              sentences: list[Vectors] | None = None) -> list[tuple[float, int, int]]:
    """Pairs left over in two reports of one occasion, matched as a translator's sentences are: two
    articles that already share PARALLEL_SHARED statements report one occasion, and a quote of one
    that has no partner in the other joins the other's quote it is closest to in meaning when each
    is the other's closest there, by a margin, and their speakers may be one (`_translated`): one
    body or source in two languages by the meaning of its names ("the Dalmoran Flood Agency" /
    "Dalmorischen Hochwasserbehörde" 0.76, "The Alpenbau Consortium" / "Das Konsortium" 0.54), which
    alone (`_sources`) would be too little ("Ilsa River Watch" / "Norvell Minerals" is 0.23), or a
    person and the role the other report gives without the name.
    `statement[i]`: the statement utterance i is one of so far; `sources`: the vectors of the
    speakers that are no persons."""
    by_article: dict[str, list[int]] = {}
    reported: dict[int, set[str]] = {}
    for i, u in enumerate(utterances):
        by_article.setdefault(u.article, []).append(i)
        reported.setdefault(statement[i], set()).add(u.article)
    shared: dict[tuple[str, str], int] = {}
    for arts in reported.values():
        if len(arts) > PARALLEL_REPORTS:
            continue  # a line every outlet repeats tells no two reports apart from the rest
        for pair in itertools.combinations(sorted(arts), 2):
            shared[pair] = shared.get(pair, 0) + 1
    out: list[tuple[float, int, int]] = []
    for (a, b), count in sorted(shared.items()):
        mine, theirs = by_article[a], by_article[b]
        if count < PARALLEL_SHARED or not _near(utterances[mine[0]], utterances[theirs[0]], {frozenset((a, b))}):
            continue
        cosines = _cosines(np.array(mine + theirs), vectors, sentences)[:len(mine), len(mine):]
        for x, i in enumerate(mine):
            y = int(np.argmax(cosines[x]))
            j = theirs[y]
            if b in reported[statement[i]] or a in reported[statement[j]] or int(np.argmax(cosines[:, y])) != x:
                continue
            runner_up = max(np.delete(cosines[x], y).max(initial=-1.0), np.delete(cosines[:, y], x).max(initial=-1.0))
            if cosines[x, y] >= PARALLEL_MEANING and cosines[x, y] - runner_up >= PARALLEL_MARGIN \
                    and _translated(utterances[i], utterances[j], sources):
                out.append((float(cosines[x, y]), i, j))
    return out


def _translated(u: Utterance, v: Utterance, sources: dict[str, np.ndarray]) -> bool:
    """Whether two speakers may be one in two reports of one occasion: two that are no persons, one
    body or source in other words by the meaning of their names; or a person and a role the other
    report gives without a name ("Rafael Quintana" / "El dirigente sindical", "de burgemeester"),
    never an indefinite one ("a senior official", "Ein ... Diplomat": someone else); and neither
    quote denies what the other asserts."""
    if QR.denies(u.cue) != QR.denies(v.cue):
        return False
    if u.person != v.person:
        role = (v if u.person else u).speaker or ""
        return _definite_role(role)
    if u.person or u.speaker not in sources or v.speaker not in sources:
        return False
    return float(sources[u.speaker] @ sources[v.speaker]) >= PARALLEL_SOURCE


def _definite_role(phrase: str) -> bool:
    """A role after a definite article, in any language of the rules: "the union leader", "El
    dirigente sindical", "la ministra", "de burgemeester"."""
    words = phrase.split()
    return len(words) >= 2 and words[0].lower() in QR.DEFINITE and any(title_word(w.lower()) for w in words[1:])


def align(utterances: list[Utterance], vectors: Vectors, sources: dict[str, np.ndarray] | None = None,
          sentences: list[Vectors] | None = None) -> list[int]:
    """A statement number for each utterance (row i of `vectors` is utterance i's text), numbered
    in the order of each statement's first utterance; `sources` holds the vectors of the speakers
    that are no persons (bodies, descriptions), so that one source named or described in two
    languages agrees; `sentences[i]`
    the vectors of utterance i's sentences when it has more than one."""
    n = len(utterances)
    group = list(range(n))
    articles = [{u.article} for u in utterances]
    members = [[i] for i in range(n)]

    def repeats(a: int, b: int) -> bool:
        """Whether the two groups' quotes of each article they share are one utterance quoted twice
        there, in full and again in part ("It is a gamble with other people's pensions" ... "a
        gamble"): one holds the other's words."""
        shared = articles[a] & articles[b]
        return all(word_share(utterances[x].text, utterances[y].text) >= SAME_WORDS
                   for x in members[a] for y in members[b] if utterances[x].article == utterances[y].article
                   and utterances[x].article in shared)

    def root(i: int) -> int:
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    def join(pairs: list[tuple[float, int, int]]) -> None:
        for _, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
            a, b = root(i), root(j)
            if a != b and (not articles[a] & articles[b] or repeats(a, b)):
                group[max(a, b)] = min(a, b)
                articles[min(a, b)] |= articles[max(a, b)]
                members[min(a, b)] += members[max(a, b)]

    join(_strongest(_candidates(utterances, vectors, sources, sentences)))
    join(_parallel(utterances, vectors, [root(i) for i in range(n)], sources or {}, sentences))
    roots: dict[int, int] = {}
    return [roots.setdefault(root(i), len(roots)) for i in range(n)]
