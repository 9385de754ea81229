"""Which way an expression points from the article's day, by the tense around it (English, and
the auxiliaries of the other languages the rules know).

"The minister said on Monday" is the Monday before the report; "the council will vote on Friday"
the coming one. The cue nearest the expression in its sentence decides (rules/relative_dates.py:
"will", "due", "scheduled" look ahead; "said", "was", a verb in -ed look back), a cue beyond a
comma or a clause word counting as farther away: in "said on Monday that it will vote on Friday"
Monday takes "said" and Friday "will".
"""
from __future__ import annotations

import re

from ..rules.relative_dates import (FUTURE_AUX, FUTURE_CUES, FUTURE_ENDINGS, NOT_PAST_ED, PAST_CUES,
                                    PROGRESSIVE_AUX, SCHEDULE_INFINITIVES, SCHEDULE_VERBS, TENSE_WORDS)

_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z\"“‘(])|\n")
_TOKEN = re.compile(r"[\w'’]+")
_CLAUSE_MARK = re.compile(r"[,;:()—–]|\b(?:that|but|while|which|who|when|as|after|before|because)\b", re.IGNORECASE)
MAX_DISTANCE = 16  # weighted tokens: farther cues say nothing about this expression
CLAUSE_COST = 4    # a comma or a clause word between cue and expression counts as four words
SCHEDULE_REACH = 2  # a present verb announces a schedule only next to the expression: "resumes on Monday"


def sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence holding text[start:end]."""
    lo = max(0, start - 400)
    begin = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        begin = m.end()
    after = _SENTENCE_END.search(text, end, end + 400)
    return begin, after.start() + 1 if after else min(len(text), end + 400)


def _cue(tokens: list[str], i: int, lang: str = "en") -> tuple[str, int] | None:
    """The tense a token marks and how far it reaches (0: as far as any cue), or None."""
    word = tokens[i].lower()
    if lang != "en":
        future, past = TENSE_WORDS[lang]
        if word in future or word.endswith(FUTURE_ENDINGS.get(lang, ())) and len(word) > 4:
            return "future", 0
        return ("past", 0) if word in past else None
    before = [t.lower() for t in tokens[max(0, i - 2):i]]
    # "will meet", "to be held", "would be signed": the auxiliary decides
    ahead = bool(before) and (before[-1] in FUTURE_AUX or before[-1] == "be" and len(before) == 2
                              and before[0] in FUTURE_AUX)
    if word in {"until", "till"} and set(before) & PAST_CUES:
        return "past", 0  # "was closed until Friday", "ran until November": a span that is over
    if word in FUTURE_CUES:
        return "future", 0
    if word.endswith("ing") and before and before[-1] in PROGRESSIVE_AUX:
        return "future", 0  # "is meeting on Friday": what is arranged
    if word in SCHEDULE_INFINITIVES:
        return ("future", 0) if ahead else None
    if word in SCHEDULE_VERBS:
        return "future", 0 if ahead else SCHEDULE_REACH
    if word in PAST_CUES or word.endswith("ed") and len(word) > 4 and word not in NOT_PAST_ED:
        return ("future", 0) if ahead else ("past", 0)
    return None


def direction(text: str, start: int, end: int, lang: str = "en") -> str:
    """"past", "future", or "" when no cue in the expression's sentence is near enough (English,
    or a language of `TENSE_WORDS`)."""
    if lang != "en" and lang not in TENSE_WORDS:
        return ""
    begin, stop = sentence(text, start, end)
    found = [m for m in _TOKEN.finditer(text, begin, stop) if m.end() <= start or m.start() >= end]
    tokens = [m.group() for m in found]
    best: tuple[int, str] | None = None
    for i, m in enumerate(found):
        cue = _cue(tokens, i, lang)
        if cue is None:
            continue
        between = text[m.end():start] if m.end() <= start else text[end:m.start()]
        words = len(_TOKEN.findall(between))
        cost = words + CLAUSE_COST * len(_CLAUSE_MARK.findall(between))
        if cue[1] and cost > cue[1]:  # a cue of short reach, too far
            continue
        if cost <= MAX_DISTANCE and (best is None or cost < best[0]):
            best = (cost, cue[0])
    return best[1] if best else ""
