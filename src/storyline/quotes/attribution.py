"""Who said what in one sentence: reporting verbs, their speakers, and what each one reports.

    1. Cues: a reporting verb (`rules.quotes`), "according to", a colon after a speaker
       (`The minister: "..."`) or a dash before one (`"..." - Commissioner Vale`).
    2. Each verb's speaker: the phrase before it ("Kremlin spokesman Dmitry Peskov said", over
       auxiliaries and adverbs, and over an apposition: "The intelligence chief, Sergei Naryshkin,
       warned"), else after it ("..., said Putin"); a gerund after a comma ("..., saying ...")
       reports what the subject of its sentence said. A verb with no speaker, or negated
       ("did not comment"), is no cue.
    3. What it reports: after the verb (over its audience, "told reporters", and over when and
       where, "said on Tuesday in an interview"; "that" or a colon dropped) to the end of the
       sentence; or, when nothing follows the verb and its speaker stands after a comma or a
       quote, the sentence before them ("..., President Vladimir Putin said Wednesday."). The
       first verb claims its clause: a verb inside what another one reports is part of it.
    4. Kinds: a clause that is quotes alone gives direct quotes; words and quotes give one mixed
       quote (the quoted fragments are part of it); words alone an indirect one.
       A verb that introduces a description ("called the war a 'tragedy'") gives only the quotes
       after it, up to the next comma; one that also judges ("criticized the deal as too
       costly") gives what follows it when that holds no quote.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..rules import quotes as R
from .tokens import Token

ELIDED_THAT = re.compile(r"qu['’]", re.IGNORECASE)  # French "que" before a vowel, written onto the next word
RELATIVE_CLAUSE_TOKENS = 8  # "who asked not to be named": a relative clause between a subject and its verb
GERMAN_ADJUNCT_TOKENS = 5  # "am Abend," "gegenüber dieser Zeitung,": before the comma that opens the clause
MIN_CLAUSE_WORDS = 3  # fewer words than this after a verb are an object ("denied it"), not a reported clause


@dataclass(slots=True)
class Found:
    """One quotation as read from its sentence, before its speaker is resolved."""

    kind: str  # direct, indirect, mixed
    start: int
    end: int
    cue: str | None
    speaker: tuple[int, int] | None  # offsets of the speaker as written
    quote: int = -1  # the marked quote a direct quote is, or -1
    sentence: int = 0  # index of its sentence in the article


@dataclass(slots=True)
class Cue:
    """A reporting verb (or colon, dash, "according to") with its speaker and what it reports."""

    at: int  # token index of the verb
    text: str
    speaker: tuple[int, int]  # token range
    region: tuple[int, int]  # token range it reports
    describes: bool = False  # a verb of description: only the quotes in its region count
    claims: bool = False  # a verb inside its region is part of what it reports
    fallback: bool = False  # "according to": only when the sentence has no other cue


MAX_NAMED_SUBJECT = 12


def _np_before(toks: list[Token], i: int, lo: int) -> tuple[int, int] | None:
    """The speaker phrase ending before token i (step 2): words back to a determiner, a
    punctuation mark or a word that cannot be in a subject; at most 8 words. Lower-case words
    ("top black lawmakers") count only when the phrase starts the sentence or its clause."""
    k, end = i - 1, i
    while k >= lo and toks[k].is_word and toks[k].lower in R.BETWEEN and not toks[k].capital:
        k -= 1
        end = k + 1
    if k >= lo and toks[k].is_word and toks[k].capital and toks[k].lower in R.WEEKDAYS:
        k -= 1  # "Putin on Tuesday said": the weekday, then "on"
        while k >= lo and toks[k].lower in R.BETWEEN:
            k -= 1
        end = k + 1
    if k >= lo and toks[k].text == ")":  # "Rep. Stephen Lynch (D-Mass.) said"
        while k >= lo and toks[k].text != "(":
            k -= 1
        k -= 1
        end = k + 1
    start, bounded = end, False
    while k >= lo and (end - k <= 8 or not toks[k].is_word or end - k <= MAX_NAMED_SUBJECT and all(  # eight words,
            t.capital or t.lower in NAME_JOINERS for t in toks[k:end])):  # and the mark that bounds them; a name
        # with its body's longer: "Hydrologist Jens Pohlmann of Wernau University of Applied Sciences said"
        tok = toks[k]
        if not tok.is_word:
            bounded = True
            break
        if tok.lower in R.DETERMINERS:
            start, bounded = k, True
            if tok.lower in R.OBLIQUE_ARTICLES and k - 1 >= lo and toks[k - 1].lower in R.DETERMINERS:
                start = k - 1  # "Ein den Gesprächen nahestehender Diplomat": the article of the whole
            break
        if tok.lower in R.SUBJECT_STOPS and not (tok.lower in NAME_JOINERS and k - 1 >= lo and toks[k - 1].capital
                                                 and toks[k + 1].capital) \
                and not (tok.lower == "and" and k - 1 >= lo and toks[k - 1].capital and toks[k + 1].capital
                         and any(t.lower in R.TITLES for t in toks[k + 1:end])):  # "Climate Crisis and Civil
            # Protection Minister Evangelos Tsakalidis said": one office of two portfolios
            bounded = True  # ... but "the Tarvesh Chamber of Shipping", "Ministerio de Sanidad" are one name
            break
        start = k
        k -= 1
    bounded = bounded or k < lo
    if start < end - 1 and not bounded:
        start = end - 1  # a verb of another clause may stand before: keep the head word only
    if toks[end - 1].lower in R.PRONOUNS:
        start = end - 1  # a pronoun is its phrase whole: "On Monday he had stressed" is "he"
    for m in range(end - 1, start - 1, -1):  # "You can call it whatever you want": a clause, no speaker
        low = toks[m].lower
        if low in R.AUXILIARIES or low.endswith("n't") or (low in R.PRONOUNS and m < end - 1):
            start = m + 1
            break
    while start < end - 1 and toks[start].lower in R.TIME_WORDS:
        start += 1  # "On Thursday al-Khuri insisted": when, then who
    if start == end:
        return None
    if start - 2 >= lo and (toks[start - 2].lower, toks[start - 1].lower) in R.SOURCE_TAILS:
        head = _np_before(toks, start - 2, lo)  # "officials familiar with the plan said"
        if head is not None:
            return head[0], end
    if start - 2 >= lo and toks[start].lower in R.DETERMINERS | R.DEFINITE and toks[start - 1].lower in R.BELONGING \
            and toks[start - 2].capital:  # "Mira Oblak von der Universität Kowena sagte": she, of the university
        k = start - 2
        while k - 1 >= lo and toks[k - 1].is_word and toks[k - 1].capital:
            k -= 1
        if start - 1 - k >= 2:  # a whole name, not a place's or a body's one word ("Kowena von der ...")
            return _np_before(toks, start - 1, lo)
    if start - 1 > lo and toks[start].lower in {"der", "des"} and toks[start - 1].is_word and toks[start - 1].capital:
        head = _np_before(toks, start, lo)  # "ein hochrangiger Beamter der Hafenbehörde": a German genitive
        if head is not None and head[0] < start:
            return head[0], end
    place = start
    for _ in range(MAX_PLACE_PHRASES):  # "Shipping agents in the city said", "Farmers on the plain below the town"
        if not (place - 2 >= lo and toks[place - 1].lower in R.PLACE_PREPOSITIONS and toks[place - 2].is_word
                and (not toks[place - 2].capital or place - 2 == lo)):
            break
        head = _np_before(toks, place - 1, lo)
        if head is None:
            break
        if toks[place - 2].lower in R.ANONYMOUS or toks[place - 2].lower.endswith("s"):
            if head[0] == lo or not toks[head[0] - 1].is_word or toks[head[0]].lower in R.DETERMINERS:
                return head[0], end  # the people, and where they are
            break
        if toks[head[0]].lower not in R.DETERMINERS:
            if head[0] < place - 2:
                return head[0], end  # the group found further back: "Farmers on the plain" below ...
            break
        place = head[0]  # "the plain" of "on the plain below the town": go on to who stands there
    if start - 2 >= lo and toks[start - 1].lower in {"of", "for", "to", "at"} and toks[start - 2].is_word and \
            (toks[start - 2].lower in R.ANONYMOUS or toks[start - 2].lower in R.TITLES
             or toks[start - 2].lower.endswith("s") and not toks[start - 2].capital):
        head = _np_before(toks, start - 1, lo)  # "attorneys for the family said", "a spokesman for the port"
        if head is not None and (head[0] == lo or not toks[head[0] - 1].is_word
                                 or toks[head[0]].lower in R.DETERMINERS):
            return head[0], end
    if start - 2 >= lo and toks[start - 1].lower == "at" and toks[start].lower in R.DEFINITE \
            and toks[start - 2].is_word and not toks[start - 2].capital:
        head = _np_before(toks, start - 1, lo)  # "a senior doctor at the hospital said": someone where they work
        if head is not None and toks[head[0]].lower in R.ARTICLES:
            return head[0], end
    if start - 2 >= lo and toks[start - 1].lower in R.FROM_WORDS and toks[start - 2].capital \
            and toks[start].lower in R.DETERMINERS:
        head = _np_before(toks, start - 1, lo)  # "Ines Korhola of the Geological Institute warned": the person,
        first = head[1] if head is not None else start  # named where the sentence or clause opens, or after an
        while head is not None and first > head[0] and toks[first - 1].capital \
                and toks[first - 1].lower not in R.DETERMINERS | R.ORG_WORDS:  # article or adjective: "Die 68-jährige
            first -= 1  # Bäuerin Zdenka Marić aus dem Dorf Donji Brod sagte"
        if head is not None and head[1] - first >= 2 and (
                first == lo or not toks[first - 1].is_word or toks[first - 1].lower in R.DETERMINERS
                or not toks[first - 1].capital and toks[first - 1].lower not in R.NOT_BEFORE_SUBJECT) \
                and (first == head[0] or toks[first - 1].lower not in R.NOT_BEFORE_SUBJECT):
            return first, head[1]
    return start, end


def _np_after(toks: list[Token], i: int, hi: int) -> tuple[int, int] | None:
    """The speaker phrase starting at token i ("..., said Putin", "said the minister")."""
    while i < hi and (toks[i].capital and toks[i].lower in R.SUBJECT_STOPS | R.SENTENCE_ADVERBS
                      or toks[i].lower in R.TIME_WORDS
                      or toks[i].lower in R.DAY_ARTICLES and i + 1 < hi and toks[i + 1].lower in R.TIME_WORDS):
        i += 1  # "But Megan Hester", "Even China", "a déclaré lundi la commissaire", "admitiu na quarta-feira o"
    if i < hi and toks[i].lower in R.OBLIQUE_ARTICLES:
        return None  # "versprach den Betroffenen rasche Hilfe": whom, not who
    k, last, named = i, i, False
    while k < hi and k - i < 8 and toks[k].is_word and (toks[k].lower not in R.SUBJECT_STOPS or toks[k].capital
                                                        or (toks[k].lower == "of" and k > i)):
        tok = toks[k]
        if named and not tok.capital and tok.lower not in R.TITLES | R.ANONYMOUS | R.DETERMINERS | {"of"} \
                and not (k - i == 1 and any(t.lower in R.TITLES for t in toks[k + 1:min(k + 3, hi)])) \
                and not (k - i == 1 and k + 2 < hi and toks[k + 1].capital and toks[k + 2].capital
                         and toks[k + 1].lower not in R.DETERMINERS):
            break  # "Mr. Schultz generally supported": a name, then the sentence goes on; but "Angry regional
            # minister Consuelo Arribas": an adjective opening the sentence, then the title
        name = tok.capital and tok.lower not in R.DETERMINERS  # "The" opening a sentence names nobody
        if tok.capital or tok.lower in R.TITLES or tok.lower in R.ANONYMOUS or tok.lower in R.ORG_WORDS \
                or tok.lower in R.DOCUMENTS:
            last = k + 1  # the phrase ends at its last name, title or source: "harbour master Ilse Varga"
        named = named or name
        k += 1
    role = any(R.compound_title(t.lower) or any(p in R.TITLES for p in t.lower.split("-"))
               for t in toks[i:k])  # "la présidente-directrice générale de la Régie, la Dre ...", "die Chefin der
    # Hafenbehörde, Oleksandra Hryzenko": a role written in capitals, as German writes nouns
    owner = i < hi and toks[i].text.endswith(("'s", "’s"))  # "Brask's mayor, Ilona Marek,": a place's role
    if i < hi and (toks[i].lower in R.DETERMINERS or owner) and (not named or role or owner and role):
        comma = next((c for c in range(i + 1, min(i + 12, hi)) if not toks[c].is_word), hi)
        first = comma + 1  # "la commissaire du port, Miriam Vale,": the name in apposition to the role,
        while first < hi and toks[first].is_word and (toks[first].lower in R.TITLES or toks[first].lower in R.DEFINITE
                                                      and first == comma + 1) \
                and (not toks[first].capital or toks[first].lower.rstrip(".") in R.TITLE_ABBREVIATED):
            first += 1  # after a rank: "o diretor da escola, comandante Artur Peixoto", "..., la Dre Hélène Thibodeau"
        j = first
        while j < hi and toks[j].is_word and toks[j].capital:
            j += 1
        if comma < hi and toks[comma].text == "," and j - first >= 2 and (j >= hi or not toks[j].is_word):
            return comma + 1, j
    if last == i:
        return _aged(toks, i, hi)
    if last == i + 1 and toks[i].lower in R.DETERMINERS:  # "The protesters then marched", "Le syndicaliste a
        head = last  # ironisé": the article and its noun of people, not the article alone
        while head < min(hi, i + 1 + HEAD_NOUN_WORDS) and toks[head].is_word and not toks[head].capital \
                and toks[head].lower not in R.SUBJECT_STOPS | R.BETWEEN | R.AUXILIARIES | R.CUES:
            head += 1
            if toks[head - 1].lower.endswith(R.PEOPLE_ENDINGS) or toks[head - 1].lower in R.TITLES | R.ANONYMOUS:
                last = head  # not "The text alerts were ... praised"
    if last + 2 < hi and (toks[last].lower, toks[last + 1].lower) in R.SOURCE_TAILS:
        end = last + 2  # "confie une source proche des négociations": the source and what it is close to
        while end < hi and toks[end].is_word:
            end += 1
        return i, end
    return i, last


def _aged(toks: list[Token], i: int, hi: int) -> tuple[int, int] | None:
    """A person described by age after the verb ("sagte die 47-Jährige", "a déclaré l'économiste de
    47 ans"): the phrase up to the age."""
    end = i
    while end < hi and end - i < 6 and toks[end].is_word:
        end += 1
    for k in range(i + 1, end + 1):
        if R.AGED.search(" ".join(t.text for t in toks[i:k])):
            return i, k
    return None


NAME_JOINERS = frozenset({"of", "de", "del", "des", "du", "der", "di", "della", "for"})  # inside an institution's name
MAX_PLACE_PHRASES = 3  # "farmers on the plain below the town": where a group of sources stands, in a few phrases
DATELINE_TOKENS = 16  # a place, a date and an agency before the dash


HEAD_NOUN_WORDS = 3  # after an article opening a subject: "the angry young protesters"
NO_SUBJECT_PRONOUNS = frozenset({"it", "this", "that", "i", "you", "we"})  # no one the text names


def _subject(toks: list[Token], lo: int, hi: int) -> tuple[int, int] | None:
    """The subject at the start of a sentence, after an opening phrase closed by a comma, and after
    the dateline that opens a story ("MARVESSA, March 11, 2024 (Meridian Wire) – The head of ...")."""
    lo = _after_dateline(toks, lo, hi)
    k = lo
    if k + 1 < hi and toks[k].lower in {"in", "on", "at"} and toks[k + 1].lower in R.TIME_WORDS:
        k += 2 + (k + 2 < hi and toks[k + 2].text == ",")  # "On Friday he declined ...": when, then who
    elif k < hi and toks[k].is_word and not toks[k].capital or (k < hi and toks[k].lower in R.SUBJECT_STOPS):
        while k < hi and toks[k].text != ",":
            k += 1
        k += 1
    if k < hi and toks[k].is_word and toks[k].lower in R.OPENING_PREPOSITIONS:  # "À la sortie de l'audience, X"
        while k < hi and toks[k].text != ",":
            k += 1
        k += 1
    if k < hi and toks[k].lower in R.PRONOUNS - NO_SUBJECT_PRONOUNS:
        return k, k + 1  # "On Friday he declined ..., telling reporters": he
    return _np_after(toks, k, hi)


def _after_dateline(toks: list[Token], lo: int, hi: int) -> int:
    """Where a sentence begins after the dateline that opens a story ("MARVESSA, March 11, 2024
    (Meridian Wire) – The head of ...", "KALDOR - The ferry ...")."""
    dash = next((j for j in range(lo, min(lo + DATELINE_TOKENS, hi)) if toks[j].text in {"–", "—", "-", "--"}), None)
    return dash + 1 if dash is not None and len(toks[lo].text) > 1 and toks[lo].text.isupper() else lo


def _speaker(toks: list[Token], i: int, lo: int, hi: int) -> tuple[tuple[int, int] | None, bool]:
    """The speaker of the verb at token i, and whether it stands after the verb (step 2)."""
    if i - 1 > lo and toks[i - 1].lower == "as":  # "X was quoted by the state broadcaster as saying": X
        by = next((m for m in range(i - 2, max(lo, i - MAX_SOURCE_WORDS - 2), -1) if toks[m].lower == "by"), None)
        if by is not None and by - 1 > lo and toks[by - 1].lower in R.QUOTED_BY:
            return _speaker(toks, by - 1, lo, hi)
    k = i - 1
    while k >= lo and toks[k].is_word and toks[k].lower in R.BETWEEN and not toks[k].capital:
        if toks[k].lower in {"not", "never"}:
            return None, False  # "did not comment"
        k -= 1
    if k >= lo and toks[k].text == "," and i + 1 < hi and toks[i + 1].lower in R.PRONOUNS \
            and (i + 2 >= hi or not toks[i + 2].is_word) and (toks[i].lower in R.FOREIGN_SPEECH or toks[i].lower == "said"):
        return (i + 1, i + 2), True  # "..., sagte er.", "..., said he.": the pronoun after the verb, nothing more
    if k >= lo and toks[k].text == "," and toks[i].lower in R.FOREIGN_SPEECH and (i + 1 >= hi or not toks[i + 1].is_word) \
            and k - 1 >= lo and toks[k - 1].quote >= 0:
        return (i, i + 1), True  # "«Lo sentimos», dijo.": the verb alone, its subject dropped as Spanish drops it
    if k >= lo and toks[k].text == "," and toks[i].lower in R.FOREIGN_SPEECH and k - 1 >= lo and toks[k - 1].quote >= 0 \
            and i + 1 < hi and toks[i + 1].lower in R.SAID_WHERE | R.TIME_WORDS \
            and not any(t.capital for t in toks[i + 1:_clause_end(toks, i + 1, hi)]):
        return (i, i + 1), True  # "«...», ha detto davanti a un'aula gremita.": where, and no one named
    if k >= lo and toks[k].text == "," and toks[i].lower in R.FOREIGN_SPEECH and k - 1 >= lo and toks[k - 1].quote >= 0 \
            and i + 1 < hi and toks[i + 1].lower in R.OBLIQUE_ARTICLES \
            and all(t.capital for t in toks[i + 2:_clause_end(toks, i + 2, hi)]):
        return (i, i + 1), True  # "«...», ha spiegato alla Gazzetta.": to whom, and no subject after it (not
        # "explicou ao JCA o diretor da escola"): the subject dropped
    if k >= lo and toks[k].text == ",":
        # an apposition: "The intelligence chief, Sergei Naryshkin, warned" (a name between commas),
        # "Kerr Putney, the city's police chief, said" (the subject that opens the sentence)
        inner = _np_before(toks, k, lo)
        if inner is not None and inner[0] - 1 >= lo and toks[inner[0] - 1].text == ",":
            named = next((m for m in range(inner[0], inner[1]) if toks[m].capital), inner[1])
            if inner[0] < named and inner[1] - named >= 2 and all(t.capital for t in toks[named:inner[1]]) \
                    and not any(t.lower in R.DETERMINERS | NAME_JOINERS | R.PLACE_PREPOSITIONS | R.BELONGING
                                or t.lower in {"at", "from", "to", "with"} for t in toks[inner[0]:named]):
                return (named, inner[1]), False  # "One of them, 51-year-old Ivan Hrabal, said": the name; not
                # "chief executive of Tessel Water", a body a role belongs to
        if inner is not None and inner[0] - 1 >= lo and toks[inner[0] - 1].text == "," and \
                all(t.capital or R.NAME_PARTICLE_WORD.fullmatch(t.text) for t in toks[inner[0]:inner[1]]):
            role = _np_before(toks, inner[0] - 1, lo)  # "‘...,’ the flood commissioner, Ines Vale, told":
            if role is not None and role[0] - 1 >= lo and (toks[role[0] - 1].quote >= 0 or (  # the role and
                    toks[role[0] - 1].text == "," and role[0] - 2 >= lo and toks[role[0] - 2].quote >= 0)):
                return (role[0], inner[1]), False  # the name after the quote are its speaker
            return inner, False
        if inner is not None and inner[0] - 1 > lo and toks[inner[0] - 1].text == ",":  # "‘...,’ Yevgeny
            name = _np_before(toks, inner[0] - 1, lo)  # Sorokin, the board's chief investigator, told": the name
            if name is not None and all(t.capital or R.NAME_PARTICLE_WORD.fullmatch(t.text) for t in toks[name[0]:name[1]]) \
                    and name[0] - 1 >= lo and (toks[name[0] - 1].quote >= 0 or (  # right after the quote
                        toks[name[0] - 1].text == "," and name[0] - 2 >= lo and toks[name[0] - 2].quote >= 0)):
                return name, False
        if toks[i].lower in R.FOREIGN_SPEECH and (inverse := _inverted_subject(toks, i + 1, hi)) is not None:
            return inverse, True  # "A nova ponte ..., admitiu na quarta-feira o presidente da Câmara, X."
        start = lo
        if toks[lo].lower in R.OPENING_PREPOSITIONS:  # "Na beira do rio, o pescador Antônio Sales, ..., contou":
            start = next((m + 1 for m in range(lo, k) if toks[m].text == ","), lo)  # where, then who
        first = _np_after(toks, start, k)
        if first is not None and first[1] < k and toks[first[1]].text in {",", "("} and \
                toks[first[1] - 1].capital:
            return first, False
        comma = next((m for m in range(start, k) if toks[m].text == ","), k)
        opening = first[0] if first is not None else lo
        if first is not None and comma - opening <= 10 and comma < k and toks[opening].capital and \
                all(t.is_word for t in toks[opening:comma]):
            return (opening, comma), False  # "Officials at Homeland Security Investigations, a division ..., said"
        if i + 1 < hi and toks[i + 1].lower in R.PRONOUNS and not (
                toks[i + 1].lower == "il" and i + 2 < hi and toks[i + 2].is_word):  # "ha detto il sindaco": an article
            return (i + 1, i + 2), True  # "..., sagte sie.", "..., a-t-il dit", "..., said he."
        after = _np_after(toks, i + 1, hi)
        if after is not None:
            return after, True
        return None, False
    if toks[i].lower in R.FOREIGN_SPEECH | R.FOREIGN_FRAGMENT and i + 1 < hi and toks[i + 1].lower in {"er", "sie"} \
            and k > lo:  # "Das jüngste Angebot nannte er eine „Beleidigung“": German puts the object first
        return (i + 1, i + 2), False
    if k > lo and (toks[k].lower == "who" or toks[k].lower in R.RELATIVES and toks[k - 1].text == ","):
        # "a staffer at the department who told ...", "Ana Ruiz, who said", "la ministra, X, que anunció"
        m = k - 1 if toks[k - 1].text != "," else k - 2
        return (_np_before(toks, m + 1, lo) if m >= lo else None), False
    if k >= lo and toks[k].quote >= 0:
        return _np_after(toks, i + 1, hi), True
    if k < lo:
        return (_np_after(toks, i + 1, hi), True) if i + 1 < hi else (None, False)
    if (toks[k].lower in R.WEEKDAYS or R.DAY_PART.fullmatch(toks[k].lower)) and k - 1 <= lo or (
            k == lo and toks[k].lower in R.TIME_WORDS and toks[i].lower in R.GERMANIC_SPEECH):
        if i + 1 < hi and toks[i + 1].lower in R.PRONOUNS:
            return (i + 1, i + 2), True  # "Heute sagte sie, dass ..."
        return _np_after(toks, i + 1, hi), True  # "Am Montag räumte Hafenchefin Marit Duvalle ein": verb second,
        # "Am Mittwochabend kündigte der Minister an", "Gestern teilte das Ministerium mit"
    who = next((m for m in range(k, max(lo, k - RELATIVE_CLAUSE_TOKENS), -1) if toks[m].lower == "who"), None)
    if who is not None and who > lo and all(t.is_word and not t.capital for t in toks[who + 1:k + 1]):
        return _np_before(toks, who, lo), False  # "A court official who asked not to be named said": the official
    return _np_before(toks, i, lo), False


def _inverted_subject(toks: list[Token], j: int, hi: int) -> tuple[int, int] | None:
    """The subject the Romance languages set after a verb that follows what was said, past whom it
    was said to ("..., explicou ao JCA o diretor da escola, comandante Artur Peixoto."): a phrase
    that opens on an article or a capital, else None."""
    if j + 1 < hi and toks[j].lower in R.AUDIENCE_PREPOSITIONS and toks[j + 1].capital:
        k = j + 1
        while k < hi and k - j <= 4 and toks[k].capital:
            k += 1
        if k < hi and toks[k].lower in R.DETERMINERS | R.DEFINITE:
            j = k  # "ao JCA": to whom, then who
    j = _past_adjuncts(toks, j, hi)
    if j < hi and toks[j].lower in R.PERSON_PRONOUNS and not (toks[j].lower == "il" and j + 1 < hi and toks[j + 1].is_word):
        return j, j + 1  # "zei ze tegen bewoners bij sporthal Kellerman": she, then to whom ("il direttore": an article)
    found = _np_after(toks, j, hi)
    if found is None:
        if j + 1 < hi and toks[j].lower in R.DEFINITE | {"o", "os", "as"} and toks[j + 1].is_word \
                and toks[j + 1].lower not in R.SUBJECT_STOPS:  # "afirmou o autarca, em reunião ...": whoever
            k = j + 1  # the article names, in as many words as stand before the next comma
            while k < hi and k - j < 5 and toks[k].is_word and toks[k].lower not in R.SUBJECT_STOPS:
                k += 1
            return (j, k) if k >= hi or not toks[k].is_word else None
        return None
    return found if any(t.lower in R.DETERMINERS | R.DEFINITE or t.capital for t in toks[j:found[0] + 1]) \
        or sum(t.capital for t in toks[found[0]:found[1]]) >= 2 and toks[found[1] - 1].capital else None
    # "..., aldus brandweercommandant Bastian Oruwe": a whole name at its end (not "wies jede Verantwortung")


def _past_adjuncts(toks: list[Token], j: int, hi: int) -> int:
    """Past when and where a Romance verb's words were said, to its subject after them: "ha
    dichiarato martedì sera in conferenza stampa la ministra" (a phrase of a few lower-case words
    after its preposition, then an article)."""
    while j < hi:
        if toks[j].lower in R.TIME_WORDS | R.DAY_PARTS:
            j += 1
            continue
        if toks[j].lower in R.ROMANCE_ADJUNCTS:
            k = j + 1
            while k < hi and k - j <= 4 and toks[k].is_word and not toks[k].capital \
                    and toks[k].lower not in R.DETERMINERS | R.DEFINITE:
                k += 1
            if j + 1 < k < hi and toks[k].lower in R.DETERMINERS | R.DEFINITE:
                j = k
                continue
        return j
    return j


def _skip_after(toks: list[Token], j: int, hi: int, verb: str) -> int:
    """Over the audience and the when and where after a verb, to what it reports (step 3)."""
    if verb in R.OBJECT:  # "told reporters", "told the Russia 24 broadcaster", "told CNN in an interview"
        start, article = j, j < hi and toks[j].lower in {"the", "a", "an"}
        if j + 1 < hi and toks[j].lower in R.POSSESSIVES and toks[j + 1].is_word:
            j += 2  # "told his subordinates"
        while j < hi and toks[j].is_word and (toks[j].lower in R.AUDIENCE and (j == start or toks[j].lower
                                                                               not in R.DETERMINERS)
                                              or (article and toks[j].capital)
                                              or (article and toks[j].text.isdigit())
                                              or (j == start and toks[j].capital and _audience_follows(toks, j, hi))):
            j += 1
    if verb in R.FOREIGN_SPEECH and j < hi and toks[j].lower in R.GERMAN_ARTICLES | R.GERMAN_DATIVES:  # "sagte dem
        # Küstenboten, ...", "sagte dieser Zeitung, ..."
        k = j + 1
        while k < hi and toks[k].is_word and (toks[k].capital or toks[k].lower.endswith(("en", "em", "er"))):
            k += 1
        if j + 1 < k < hi and toks[k - 1].capital and toks[k].text == ",":
            j = k  # the dative of whom it was told, then the reported clause after its comma
    for k in range(j, min(j + 5, hi)):  # "expressed confidence afterwards that", not "said they were sure that"
        if toks[k].lower in R.THAT and all(t.is_word and t.lower not in R.PRONOUNS and t.lower not in R.AUXILIARIES
                                           for t in toks[j:k]):
            return k + 1
    k = j
    while k < hi and toks[k].is_word and (toks[k].lower in R.AFTER_CUE or (k > j and (
            toks[k].capital or toks[k].text.isdigit()) and toks[k - 1].is_word and
            (toks[k - 1].lower in R.AFTER_CUE or toks[k - 1].capital))):
        k += 1  # "said on Tuesday", "said in June 2012", "told CNN in an interview"
    if k == hi or toks[k].lower in R.CLAUSE_OPENERS or toks[k].quote >= 0 or toks[k].text in R.ENDS_OR_COMMA:
        j = k
    if j + 1 < hi and toks[j].text == "," and toks[j + 1].lower in R.THAT:
        return j + 2  # "sagte, dass ..."
    if j < hi and toks[j].text == "," and not (j + 1 < hi and toks[j + 1].quote >= 0):
        return j  # "said Friday, as they ..." or "..., he said, can ...": the caller decides
    while j < hi and toks[j].lower in R.CLAUSE_OPENERS:
        j += 1
    return j


def _audience_follows(toks: list[Token], j: int, hi: int) -> bool:
    """Whether the capitalised word at j is who was told: what follows it is not a clause."""
    return j + 1 >= hi or toks[j + 1].lower in R.AUDIENCE | R.CLAUSE_OPENERS | R.ENDS_OR_COMMA | {"in", "on", "at"} \
        or toks[j + 1].quote >= 0


def _clause_end(toks: list[Token], j: int, hi: int) -> int:
    while hi > j and not toks[hi - 1].is_word and toks[hi - 1].quote < 0:
        hi -= 1
    return hi


MAX_SOURCE_WORDS = 8  # "According to a senior official at the port authority," and no more


def _decimal_comma(toks: list[Token], k: int) -> bool:
    """A comma between digits: "11,8 Cent" as most of Europe writes a decimal."""
    return 0 < k < len(toks) - 1 and toks[k - 1].text[-1:].isdigit() and toks[k + 1].text[:1].isdigit()


def _apposed_name(toks: list[Token], i: int, k: int, hi: int) -> int | None:
    """Where the name ends that follows a role phrase toks[i:k] after a comma ("el alguacil del condado
    de Tolland, Dwayne Castellanos.", "the city engineer, Mark Dole,"): two to four capitalised words,
    then a comma or the end; "the report, Smith and Jones were ..." is no name in apposition."""
    if not (i < k < hi and toks[k].text == "," and toks[i].lower in R.DETERMINERS):
        return None
    j = k + 1
    while j < hi and toks[j].is_word and toks[j].capital and j - k <= MAX_APPOSED_NAME:
        j += 1
    return j if 2 <= j - k - 1 <= MAX_APPOSED_NAME and (j >= hi or not toks[j].is_word) else None


MAX_APPOSED_NAME = 4


def _according(toks: list[Token], i: int, width: int, lo: int, hi: int) -> Cue | None:
    """ "According to X, ...", "..., according to X." and "..., according to X, and ..." (and
    "selon X", "laut X", "según X": `width` is the count of cue words)."""
    end = _clause_end(toks, i, hi)
    cue = " ".join(t.lower for t in toks[i:i + width])
    if i + width < end and toks[i + width].lower in R.SPEECH:  # "según confirmó este miércoles la propia
        width += 1  # empresa", "selon a indiqué ...": the verb, then when, then the source
        while i + width < end and (toks[i + width].lower in R.TIME_WORDS or toks[i + width].lower in R.DAY_ARTICLES
                                   and i + width + 1 < end and toks[i + width + 1].lower in R.TIME_WORDS):
            width += 1
    k = i + width
    while k < end and k - i < 16 and (toks[k].text != "," or _decimal_comma(toks, k)) and toks[k].quote < 0:
        k += 1
    if k == i + width:
        return None
    source = i + width
    if (named := _apposed_name(toks, source, k, hi)) is not None:
        source, k = k + 1, named  # "según el jefe regional de bomberos, Tomasz Wrześniewski, más de ...": the name
    if sum(t.is_word for t in toks[i + width:k]) > MAX_SOURCE_WORDS and source == i + width and (i == lo or toks[i - 1].text != ","):
        # words, not marks: "Segundo os Caminhos de Ferro de Serrana (CFS), ..." is a source
        k = i + width  # "Volgens het waterschap zijn de prijzen ... gestegen, en ...": a clause, not a source
    if k > i + width and i == lo and cue != "according to" and toks[i + width].capital:
        j = i + width  # "Według Kasprzyna ratownicy wywiercili ... szyb, a ...": a language that sets no comma
        while j < k and toks[j].is_word and toks[j].capital:  # after the source: the name, then the clause
            j += 1
        if j < k - 1 and toks[j].is_word and toks[j].lower not in NAME_JOINERS | R.DETERMINERS | R.BELONGING \
                and not any(t.capital for t in toks[j:k]):
            return Cue(i, cue, (i + width, j), (j, end), fallback=True)
    if k > i + width and (i == lo or toks[i - 1].text in {",", "\u2014"} and i - 1 == lo) and k < hi \
            and toks[k].text == ",":
        return Cue(i, cue, (source, k), (k + 1, _clause_end(toks, k + 1, hi)), fallback=True)
    if i > lo and toks[i - 1].text == ",":
        return Cue(i, cue, (source, k), (lo, i - 1), fallback=True)
    if i == lo and k < hi and toks[k].text != ",":  # "Laut Finanzministerium steigen die Renten ...": no comma
        j = i + width  # in German the source's nouns are capitalised and its verb comes next
        while j < end and toks[j].is_word and not toks[j].capital and toks[j].lower in R.GERMAN_ARTICLES:
            j += 1
        first = j
        while j < end and toks[j].is_word and (toks[j].capital or toks[j].lower.endswith(("en", "em", "er"))):
            j += 1
        while j > first and not toks[j - 1].capital:
            j -= 1
        if j > first and j < end and toks[j].is_word and not toks[j].capital:
            return Cue(i, cue, (first, j), (j, end), fallback=True)
    return None


def _passive(toks: list[Token], i: int, lo: int, hi: int) -> Cue | None:
    """ "It was announced by the ministry that ...", "The plan was criticized by the mayor.":
    the speaker after "by"; what was said after "that", else the subject before the verb."""
    b = i - 1
    while b > lo and toks[b].lower in R.BETWEEN and toks[b].lower not in R.BE:
        b -= 1
    if b < lo or toks[b].lower not in R.BE:
        return None
    k = i + 1
    while k < hi and toks[k].is_word and toks[k].lower in R.AFTER_CUE and toks[k].lower != "by":
        k += 1
    if k >= hi or toks[k].lower != "by":
        return None
    sp = _np_after(toks, k + 1, hi)
    if sp is None:
        return None
    while b > lo and toks[b - 1].lower in R.BE | R.AUXILIARIES:
        b -= 1
    end = _clause_end(toks, sp[1], hi)
    if sp[1] < end and toks[sp[1]].lower in R.THAT:
        return Cue(i, toks[i].text, sp, (sp[1] + 1, end))
    if b - lo == 1 and toks[lo].lower in {"it", "this", "that"}:
        return None
    return Cue(i, toks[i].text, sp, (lo, b))


def _weak_speaker(toks: list[Token], speaker: tuple[int, int]) -> bool:
    """A verb that is as often a noun ("his public comments") needs a name or a pronoun before it."""
    words = toks[speaker[0]:speaker[1]]
    if len(words) == 1 and words[0].lower in R.PRONOUNS or words[-1].lower in R.DOCUMENTS:
        return True  # "he claims", "a new poll shows"
    return all(t.capital and not t.text.endswith(("’s", "'s")) and t.lower not in R.DETERMINERS
               or t.lower in R.TITLES for t in words) and words[-1].capital


def _clip(toks: list[Token], j: int, end: int) -> int:
    """A clause ends before ", saying ..." (the same speaker goes on), before "; ...", and before
    "and said ..." or "— and he noted ..." (another verb, of its own; right after "and" not one in
    its base form, which goes on the clause's own verb: "would keep the clinics open and add ...")."""
    for k in range(j + 1, end - 1):
        if toks[k].text == ";" or (toks[k].text == "," and toks[k + 1].lower in R.PARTICIPLES):
            return k
        if toks[k].lower in R.AND_WORDS:
            m = k + 1
            while m < end and m - k <= 3 and toks[m].lower in R.PRONOUNS | R.BETWEEN:
                m += 1
            verb = toks[m].lower if m < end else ""
            if verb in R.SPEECH and verb not in R.WEAK and (m > k + 1 or verb + "s" not in R.SPEECH):
                return k - 1 if toks[k - 1].text in {",", "\u2014", "\u2013", "-"} else k
    return end


def find_cues(toks: list[Token], lo: int, hi: int) -> list[Cue]:
    """The cues of the sentence toks[lo:hi], each with its speaker and the tokens it reports.
    "According to X" counts only in a sentence with no other cue; a verb inside the clause an
    earlier one reports is part of that clause (step 3)."""
    cues: list[Cue] = []
    according: list[Cue] = []
    claimed = -1
    for i in range(lo, hi):
        if i < claimed:
            continue
        for cue in _cues_at(toks, i, lo, hi, cues):
            (according if cue.fallback else cues).append(cue)
            if cue.claims:
                claimed = max(claimed, cue.region[1])
    return cues or according


def _cues_at(toks: list[Token], i: int, lo: int, hi: int, before: list[Cue]) -> list[Cue]:
    """The cue (or two, for a split quote) at token i, given the cues `before` it (step 1)."""
    tok, low = toks[i], toks[i].lower
    width = next((len(p) for p in R.ACCORDING_PHRASES if i + len(p) <= hi
                  and tuple(t.lower for t in toks[i:i + len(p)]) == p), 1 if low in R.ACCORDING else 0)
    if width:
        found = _according(toks, i, width, lo, hi)
        return [] if found is None else [found]
    if tok.text == ":" and i + 1 < hi and toks[i + 1].quote >= 0 and i > lo and toks[i - 1].quote < 0:
        sp = _np_before(toks, i, lo)  # "The minister: “...”"
        if (sp is None or sp[0] != lo) and not before:  # "Verkehrsminister Emil Sárkány rief beide Seiten
            subject = _subject(toks, lo, i)  # zur Mäßigung auf: „...“": the sentence's subject, a name
            if subject is not None and subject[1] < i and (any(t.capital for t in toks[subject[0] + 1:subject[1]])
                                                           or toks[subject[0]].lower in R.PERSON_PRONOUNS
                                                           and subject[1] == subject[0] + 1):
                sp = subject  # or a pronoun: "Ze was duidelijk: „...“"
        ok = sp is not None and (sp[0] == lo or toks[sp[0] - 1].text in R.DASHES or sp[1] < i - 1) \
            and not before  # "### 17:55 — Marangoni: ‘...’"
        return [Cue(i, ":", sp, (i + 1, _clause_end(toks, i + 1, hi)))] if ok and sp else []
    if tok.text in R.DASHES and i > lo and toks[i - 1].quote < 0 and i + 1 < hi and toks[i + 1].quote >= 0 \
            and (i + 2 >= hi or not toks[i + 2].is_word):  # "Kestrel's chief executive, Hannah Voss — “...”"
        sp = _np_before(toks, i, lo)
        if sp is not None and sp[1] == i and toks[sp[1] - 1].capital and not before:
            return [Cue(i, tok.text, sp, (i + 1, i + 2))]
        return []
    if tok.text in R.DASHES and i > lo and toks[i - 1].quote >= 0 and i + 1 < hi and toks[i + 1].lower in R.FOREIGN_SPEECH:
        subject = _np_after(toks, i + 2, hi)  # "„...” – powiedziała.", "„...” – ogłosił dowódca akcji X": the verb,
        return [Cue(i + 1, toks[i + 1].text, subject or (i + 1, i + 2), (lo, i))]  # then its subject or none
    if tok.text in R.DASHES and i > lo and toks[i - 1].quote >= 0 and i + 1 < hi:
        sp = _np_after(toks, i + 1, hi)  # "“...” - Commissioner Vale", "- Mayor Ana Ruiz, speaking at ..."
        ok = sp is not None and (sp[1] >= _clause_end(toks, i + 1, hi) or toks[sp[1]].text == ",")
        return [Cue(i, tok.text, sp, (lo, i))] if ok and sp else []
    if low in R.NOUN_CUES and i + 1 < hi and toks[i + 1].lower in R.THAT and not (
            i > lo and toks[i - 1].lower in R.CUES):  # "rejected claims that": the verb reports it
        return _noun_cue(toks, i, lo, hi, before)
    if not tok.is_word or low not in R.CUES or (tok.capital and i == lo):
        return []
    if tok.capital and (i > lo and toks[i - 1].capital or i + 1 < hi and toks[i + 1].capital):
        return []  # a word of a name: "Vostrel Signal Systems", "the Daily Report"
    if i > lo and toks[i - 1].lower in R.ACCORDING:
        return []  # "según confirmó la empresa": the word before reports it
    if low in R.NOT_BEFORE and i + 1 < hi and toks[i + 1].lower in R.NOT_BEFORE[low]:
        return []
    describes = low not in R.SPEECH
    if low in R.PARTICIPLES and i > lo and (toks[i - 1].text == "," or toks[i - 1].lower in R.AFTER_SUBJECT):
        # "..., saying ...": the subject of the sentence, or the speaker of the cue before
        speaker = before[-1].speaker if before else _subject(toks, lo, i)
        if speaker is None:
            return []
        after = _skip_after(toks, i + 1, hi, low)
        return [Cue(i, tok.text, speaker, (after, _region_end(toks, after, hi, describes)), describes, claims=True)]
    if low in R.PARTICIPLES and (i == lo or toks[i - 1].lower in {"while", "when", "after", "before"}):
        comma = next((k for k in range(i, hi) if toks[k].text == ","), None)  # "While describing ..., Putin"
        sp = _np_after(toks, comma + 1, hi) if comma is not None else None
        return [Cue(i, tok.text, sp, (i + 1, comma), describes)] if sp is not None and comma is not None else []
    if low in R.OBJECT and i > lo and toks[i - 1].lower in R.BE and i + 1 < hi and toks[i + 1].lower == "to":
        return []  # "pupils have been asked to bring water": whoever was asked says nothing
    passive = _passive(toks, i, lo, hi)
    if passive is not None:
        return [passive]
    speaker, inverted = _speaker(toks, i, lo, hi)
    if speaker is not None and speaker[1] - speaker[0] == 1 and toks[speaker[0]].lower in R.CLITICS \
            and speaker[0] == lo:
        speaker, inverted = _np_after(toks, i + 1, hi), True  # "Lo ha annunciato ieri il direttore, X"
    if low in R.INVERTED_ONLY and not inverted:
        return []
    k = i - 1
    while k > lo and toks[k].lower in R.BETWEEN:
        k -= 1
    if speaker is not None and not inverted and toks[k].lower in R.AND_WORDS and speaker[1] >= k:
        speaker = None  # "calificó ... y anunció que", "s'est rendu sur place et a promis": the first verb's
    if speaker is None and i > lo and toks[k].lower in R.AND_WORDS and (k == i - 1 or not (
            low + "s" in R.SPEECH or any(t.lower in {"not", "never"} or t.lower.endswith("n't") for t in toks[k:i]))):
        # "... and said", "et a promis"; not "but would add £400,000" nor "but could not confirm"
        speaker = before[-1].speaker if before else _subject(toks, lo, i)  # "X supported Y ... and said ..."
    if speaker is None or (low in R.WEAK and (inverted or not _weak_speaker(toks, speaker))):
        return []
    if speaker[1] - speaker[0] == 1 and toks[speaker[0]].lower in {"who", "which", "you", "i"}:
        return []  # "who said": the relative clause's speaker is elsewhere
    if not inverted and speaker[0] > lo and toks[speaker[0] - 1].lower in R.WH_WORDS and not describes \
            and not (speaker[0] - 2 >= lo and toks[speaker[0] - 2].lower in R.BELONGING | R.ADJUNCT_PREPOSITIONS):
        return []  # "Asked what the duty manager had said to him, he replied: ...": a question, not a report;
        # but "in what prosecutors describe as ...", "for what he called ..." report
    if all(t.lower in (R.DEFINITE | R.ARTICLES) - R.PRONOUNS for t in toks[speaker[0]:speaker[1]]):
        return []  # "The planned bridge would cross ...": a participle after an article, no one speaking
    if all(t.text.replace(",", "").replace(".", "").isdigit() for t in toks[speaker[0]:speaker[1]]):
        return []  # "46 planned operations were postponed": a number counts things, it says nothing
    return _reported(toks, i, lo, hi, speaker, inverted, describes)


def _noun_cue(toks: list[Token], i: int, lo: int, hi: int, before: list[Cue]) -> list[Cue]:
    """ "Trump's claim that ...", "rejected claims that ...": what the claim holds, the possessor's
    or else the subject's."""
    k = i - 1
    while k >= lo and toks[k].is_word and not toks[k].text.endswith(("\u2019s", "'s")) and k > i - 3 \
            and toks[k].lower not in R.DETERMINERS:
        k -= 1  # over adjectives: "Trump's repeated claim"
    if k >= lo and toks[k].text.endswith(("\u2019s", "'s")):
        first = k
        while first > lo and toks[first - 1].capital:
            first -= 1
        owner: tuple[int, int] | None = (first, k + 1) if toks[first].capital else None
    else:
        owner = before[-1].speaker if before else _subject(toks, lo, i)
    if owner is None or owner[1] > i:
        return []
    end = _clause_end(toks, i + 2, hi)
    if i + 2 < hi and toks[i + 2].quote >= 0:  # "his promise that "nobody will be left behind" has become a
        return [Cue(i, toks[i].text, owner, (i + 2, i + 3), claims=True)]  # bitter joke": the quote is what he held
    return [Cue(i, toks[i].text, owner, (i + 2, _clip(toks, i + 2, end)), claims=True)]


def _reported(toks: list[Token], i: int, lo: int, hi: int, speaker: tuple[int, int], inverted: bool,
              describes: bool) -> list[Cue]:
    """What the verb at token i reports (step 3): the clause after it, or the words before its
    speaker, or both halves of a split quote."""
    verb = toks[i].text
    before = speaker[0] - 1 if not inverted else i - 1
    while inverted and before > lo and toks[before].lower in R.BETWEEN and toks[before].is_word:
        before -= 1  # "« ... », a déclaré M. Morel": over the auxiliary to the quote
    after = _skip_after(toks, (speaker[1] if inverted or speaker[0] == i + 1 else i + 1), hi, toks[i].lower)
    second = False  # German puts the verb second: "Am Montag kündigte der Minister an, dass ..."
    if inverted and toks[i].lower in R.GERMANIC_SPEECH and not (before >= lo and toks[before].quote >= 0):
        k = after + (after < hi and toks[after].lower in R.SEPARABLE)  # over the verb's particle ("an", "ein")
        if k + 1 < hi and toks[k].text == "," and toks[k + 1].lower in R.THAT:
            after, second = k + 2, True  # to the clause
        second = second or (after - 2 > i and toks[after - 1].lower in R.THAT and toks[after - 2].text == ",")
    end = _region_end(toks, after, hi, describes)
    comma_before = before >= lo and toks[before].text == ","
    back = (_after_dateline(toks, lo, before), before if comma_before else before + 1)
    quoted_before = before >= lo and (toks[before].quote >= 0 or (comma_before and before > lo
                                                                   and toks[before - 1].quote >= 0))
    pure = quoted_before and not any(t.is_word for t in toks[back[0]:back[1]])  # quotes alone before
    opened = second or after > i + 1 and toks[after - 1].lower in R.THAT | {":"} \
        and not (inverted and toks[after - 2].text == ",")  # "», declaró la ministra, X, que anunció ...": who
    dangling = not opened and after < hi and toks[after].text == ","  # a comma after the verb, no quote
    if quoted_before and not pure and (dangling or after >= end):
        return [Cue(i, verb, speaker, back)]  # 'Mills "got an immunity agreement," Jordan said, and ...'
    if (pure or inverted) and not opened:
        out = [Cue(i, verb, speaker, back)]  # "“...,” Putin said (...)." and "..., said X."
        rest = next((k for k in range(after, min(after + 12, end)) if toks[k].quote >= 0), None)
        if rest is not None and toks[rest - 1].text in {",", ":"} and \
                all(t.is_word or t.text == "," for t in toks[after:rest]):
            out.append(Cue(i, verb, speaker, (rest, end)))  # "“We will not,” she said, “give up.”"
        return out
    if dangling and comma_before and after + 1 < end and toks[after + 1].is_word and \
            toks[after + 1].lower not in R.SUBORDINATORS and toks[after + 1].lower not in R.PARTICIPLES:
        return [Cue(i, verb, speaker, (lo, _clip(toks, after + 1, _clause_end(toks, after + 1, hi))))]  # ", he said,"
    if (after >= end or dangling or not describes and _adjuncts(toks, after, end)
            and toks[back[0]].lower not in R.SUBORDINATORS | R.ADJUNCT_PREPOSITIONS) and comma_before:
        return [Cue(i, verb, speaker, back)]  # "..., President Vladimir Putin said Wednesday.", "..., the
    # board said on Tuesday in its preliminary report.": where and how it was said, after the verb
    if dangling and toks[i].lower in R.FOREIGN_SPEECH and after + 1 < end and toks[after + 1].is_word:
        # German sets the reported clause off by a comma: "Die Ministerin sagte, eine Kommission werde ..."
        return [Cue(i, verb, speaker, (after + 1, _clip(toks, after + 1, end)), claims=True)]
    if dangling:
        return []
    if toks[i].lower in R.FOREIGN_SPEECH and not opened and not describes \
            and not (after < hi and ELIDED_THAT.match(toks[after].text)) and not any(t.quote >= 0 for t in toks[after:end]) \
            and not (toks[i].lower in R.GERMANIC_SPEECH and any(t.text == "," for t in toks[after:end])):
        return []  # the Romance languages open a reported clause with "que", "che", German and Dutch with
        # "dass", "dat" or a comma ("sagte am Abend, Dravonien werde ..."): "Un seul autorail assure aujourd'hui
        # cinq allers-retours" provides and "versprach den Betroffenen rasche Hilfe" promises, neither says;
        # "a dénoncé une « farce »" quotes
    if toks[i].lower in R.GERMANIC_SPEECH and not opened and (comma := next(
            (k for k in range(after, min(after + GERMAN_ADJUNCT_TOKENS, end)) if toks[k].text == ","), None)) is not None \
            and all(t.is_word for t in toks[after:comma]):
        after = comma + 1  # "sagte am Abend, Tessel werde ...": when she said it, then what
    return [Cue(i, verb, speaker, (after, _clip(toks, after, end)), describes, claims=not describes)]


def _adjuncts(toks: list[Token], j: int, end: int) -> bool:
    """Whether the words after a verb up to the sentence's end only say where, when or how it was
    said ("in its preliminary report", "during a visit to the port"): a phrase a preposition opens,
    with no "that", colon or quotation mark to open a clause."""
    return j < end and toks[j].lower in R.ADJUNCT_PREPOSITIONS and not any(
        t.lower in R.THAT or t.text == ":" or t.quote >= 0 for t in toks[j:end])


def _region_end(toks: list[Token], j: int, hi: int, describes: bool) -> int:
    if describes:
        for k in range(j, hi):
            if toks[k].text in {",", ";"} and k > j:
                return k
    return _clause_end(toks, j, hi)


CLAUSE_VERB_WINDOW = 10  # a reported clause shows its verb within this many tokens of its start


def _opened(toks: list[Token], r0: int) -> bool:
    """Whether what a cue reports is opened by "that" (or "que", "dass"), a colon or a comma."""
    return r0 > 0 and (toks[r0 - 1].lower in R.THAT or toks[r0 - 1].text in {":", ","})


SIGNATURE_TOKENS = 14  # "– Declan Furlong, SkyLark Air, on Monday": a name, a body, a time


def signature(toks: list[Token], lo: int, hi: int) -> tuple[int, int] | None:
    """The speaker a paragraph of its own signs for the quotation that closes the paragraph above
    ("“...”" / "– Declan Furlong, SkyLark Air, on Monday"): a dash, then a phrase with a name or a
    title, and no verb of its own."""
    if not 1 < hi - lo <= SIGNATURE_TOKENS or toks[lo].text not in R.DASHES or any(t.quote >= 0 for t in toks[lo:hi]) \
            or any(t.lower in R.CUES | R.FINITE_MARKERS for t in toks[lo + 1:hi]):
        return None
    sp = _np_after(toks, lo + 1, hi)
    if sp is None or sp[0] != lo + 1 or not any(t.capital or t.lower in R.TITLES for t in toks[sp[0]:sp[1]]):
        return None
    return toks[sp[0]].start, toks[sp[1] - 1].end


def lead_in(toks: list[Token], lo: int, hi: int) -> tuple[int, int] | None:
    """The speaker of a sentence that ends on a colon and quotes nothing: it opens the quotation
    of the paragraph after ("Reading from a prepared statement, Shevchuk said:", "Le ministre a
    lancé un appel direct aux habitants :"): the subject of its verb of saying, or of the sentence."""
    if hi - lo < 2 or toks[hi - 1].text != ":" or any(t.quote >= 0 for t in toks[lo:hi]):
        return None
    if toks[lo].lower in R.ACCORDING or tuple(t.lower for t in toks[lo:lo + 2]) in R.ACCORDING_PHRASES:
        return None
    for cue in find_cues(toks, lo, hi):
        if cue.speaker is not None and not cue.fallback:
            return toks[cue.speaker[0]].start, toks[cue.speaker[1] - 1].end
    subject = _subject(toks, lo, hi - 1)
    comma = max((j for j in range(lo, hi - 1) if toks[j].text == ","), default=None)
    if comma is not None and comma + 1 < hi - 1 and toks[comma + 1].lower in R.PRONOUNS - NO_SUBJECT_PRONOUNS:
        subject = comma + 1, comma + 2  # "Asked whether ..., she was blunt:"
    elif comma is not None and (after := _np_after(toks, comma + 1, hi - 1)) is not None and after[0] == comma + 1 \
            and after[1] < hi - 1 and (toks[comma + 1].lower in R.DETERMINERS or toks[comma + 1].capital):
        subject = after  # "Preguntada por la licencia, la ministra fue tajante:", "Speaking on Monday, Demirkan
        # went further:": who follows the opening phrase
    if subject is None or subject[1] >= hi - 1:
        return None  # a sentence that is all subject ("The minister's answer:") is the quote's own cue
    end = next((k for k in range(subject[0] + 1, subject[1]) if toks[k].lower in R.FINITE_MARKERS | R.LEAD_IN_VERBS),
               subject[1])  # "Le ministre a lancé un appel": the phrase stops at its verb
    return toks[subject[0]].start, toks[end - 1].end


MAX_ADJUNCT_WORDS = 4


def read_sentence(toks: list[Token], lo: int, hi: int, index: int) -> tuple[list[Found], set[int]]:
    """The quotations of one sentence (steps 1-4), and the marked quotes it attributed."""
    out: list[Found] = []
    used: set[int] = set()
    for cue in find_cues(toks, lo, hi):
        sp = (toks[cue.speaker[0]].start, toks[cue.speaker[1] - 1].end)
        r0, r1 = cue.region
        k = r0 + 1 + (r0 + 1 < r1 and toks[r0 + 1].text == ",")
        if r0 < r1 and toks[r0].quote >= 0 and k < r1 and toks[k].lower in R.SUBORDINATORS - R.COORDINATORS:
            r1 = r0 + 1  # "chanted 'Where were you?' as the car arrived": the quote, then when
        inside = [t for t in toks[r0:r1] if t.quote >= 0]
        words = [t for t in toks[r0:r1] if t.is_word]
        # A reported clause with words of its own besides its quotes is one mixed quote; its
        # quoted fragments are part of it, not direct quotes of their own.
        clause = not cue.describes and len(words) >= MIN_CLAUSE_WORDS
        for t in inside:
            if t.quote not in used:
                used.add(t.quote)
                if not clause:
                    out.append(Found("direct", -1, -1, cue.text, sp, t.quote, index))
        while r0 < r1 and not toks[r0].is_word and toks[r0].quote < 0:
            r0 += 1  # "said that, if elected, ...": the clause starts at its first word
        if cue.describes and not inside and words and cue.text.lower() in R.JUDGE:
            r1 = _clip(toks, r0, _clause_end(toks, r0, hi))  # "criticized the deal as ...": what it describes
            words = [t for t in toks[r0:r1] if t.is_word]
        elif cue.describes or not words or r1 <= r0:
            continue
        if len(words) < MIN_CLAUSE_WORDS and not inside:
            continue
        if not inside and len(words) <= MAX_ADJUNCT_WORDS and (words[0].lower in R.ADJUNCT_PREPOSITIONS | R.ADJUNCT_HEADS) \
                and not (words[0].lower == "to" and cue.text.lower().startswith(R.INFINITIVE_CUES)):
            continue  # "wrote for the majority", "wrote to the council": where or to whom, no clause ("promised
            # to publish daily figures" is one)
        if words[0].lower in R.OBJECT_PRONOUNS and (len(words) < 3 or toks[r0 + 1].lower in {"and", "but", "or"}):
            continue  # "denies this and ...": an object, not a clause
        if cue.text.lower() in R.NOUN_OBJECT and not inside and not _opened(toks, cue.region[0]) \
                and not any(t.lower in R.FINITE_MARKERS for t in toks[r0:min(r1, r0 + CLAUSE_VERB_WINDOW)]):
            continue  # "announced an inquiry into ...", "promising 14 billion in savings": a thing
        start, end = toks[r0].start, toks[r1 - 1].end
        if ELIDED_THAT.match(toks[r0].text) and toks[r0].end - start > 3:
            start += 3  # "qu'un long arrêt coûterait ...": the clause after its elided "que"
        out.append(Found("mixed" if inside else "indirect", start, end, cue.text, sp, -1, index))
    return out, used
