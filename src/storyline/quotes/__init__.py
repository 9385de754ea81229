"""Quotations: who said what in an article, each quote with its kind, cue and speaker.

    marks.py        where quotation marks open and close (every style, nesting, paragraphs)
    tokens.py       words and sentences, each quote one token
    attribution.py  reporting verbs, their speakers, what each reports (direct/indirect/mixed)
    speakers.py     who a speaker is within the article (names, pronouns, titles, groups)
    stage.py        the article stage, its table, and the top-level `quotes` export

Rules (fast, no parser): reporting verbs, titles and pronouns are data in `rules/quotes.py`.
Example::

    >>> [(q.kind, q.text, q.speaker) for q in find_quotes('"We will win," Mayor Ana Ruiz said.')]
    [('direct', 'We will win,', 'Ana Ruiz')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..header.names import given_name_gender
from ..rules import quotes as R
from .attribution import Found, lead_in, read_sentence, signature
from .clauses import reported_clauses
from .marks import Marked, find_marked, paragraphs
from .speakers import (NAME_RUN, OPENING_WORDS, POSSESSIVE, Cast, Resolved, _is_org, _name_in, _title, describe, lone_name,
                       people, placelike, resolve_pronoun, title_phrase, title_word)
from .tokens import Token, sentences, tokenize, word_share, words_of

__all__ = ["Quote", "find_quotes"]


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation: `start`/`end` bound `text` in the clean text; the speaker as written
    (`speaker_text` at `speaker_start`/`speaker_end`) and who it resolved to (`speaker`, None
    when unresolved; `mention_start`/`mention_end` the name it resolved through; `resolution`
    says how: name, pronoun, title, previous, group, anonymous, unresolved)."""

    kind: str
    text: str
    start: int
    end: int
    cue: str | None
    speaker: str | None
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    resolution: str
    mention_start: int | None = None
    mention_end: int | None = None


def _is_name(words: str, text: str, mark: Marked) -> bool:
    """Quotation marks round a name or a title, not round what someone said: a word before them
    that names one, or every word in capitals ("Blue Corridor", "War and Peace") unless a verb of
    saying follows at once ("„Diese Pipeline“, sagte sie, „verbindet ...“": German capitalises
    every noun)."""
    parts = words.split()
    before = text[max(0, mark.open - 30):mark.open].rpartition("\n")[2].split()
    if len(parts) <= 2 and any(w.lower() in R.FOREIGN_FRAGMENT for w in before[-3:]):
        return False  # "sprach von „Verrat“", "nannte es „Wortbruch“": German writes every noun in capitals
    if len(before) >= 2 and before[-2].lower() == "the" and before[-1][:1].isupper() and before[-1][-1].isalnum():
        return True  # "the Karabakh “line of contact”": a name for a thing
    low = [w.lower() for w in before]
    if low and low[-1] in R.NAME_NOUNS:
        return bool(parts) and parts[0][:1].isupper()
    if bool(low) and (low[-1] in R.NAME_BEFORE or tuple(low[-2:]) in R.NAME_BEFORE_PAIRS):
        return True
    said = re.match(r"\s*,\s*([^\W\d_]+)", text[mark.close:mark.close + 40])
    return not (said and said.group(1).lower() in R.CUES) and bool(parts) and len(parts) <= 8 \
        and parts[0][0].isupper() and words[-1:] not in {".", ",", "!", "?"} \
        and all(w[0].isupper() or w.lower() in R.TITLE_SMALL for w in parts if w[0].isalpha())


def _whole(tok_index: int, toks: list[Token], lo: int, words: str) -> bool:
    """A quote that stands as a sentence of its own (or after a colon), not a fragment."""
    at_start = tok_index == lo or toks[tok_index - 1].text in {":", "\u2014", "\u2013", "-"}
    return at_start and len(words.split()) >= 2


# A French verb inverted with its subject pronoun: "a-t-elle (déclaré)", "estime-t-il", "ont-ils".
FRENCH_INVERSION = re.compile(r"^[^\W\d_]+(?:-t)?-(?P<pronoun>il|elle|ils|elles|on)$")

# No news article is this long (600 words are 4,000 characters); a 50 MB dump is read this far
# only, so that it costs seconds (tests/test_bad_input.py builds one).
READ_LIMIT = 1_000_000
MIN_CLAUSE_WORDS = 3  # a coordinated clause this long stands as a quotation of its own
# A speaker written as what someone said, before a colon: "The PM's reaction", "Vale's answer".
OWNED_WORDS = re.compile(r"^(?P<owner>.+?)['’]s\s+(?:\w+\s+)?(?:" + "|".join(sorted(R.OWNED_SPEECH)) + r")$", re.I)
AND_THAT = re.compile(R.AND_THAT)
WINDOW = 20_000  # characters of one paragraph tokenized at a time: memory stays flat on a huge one


def _windows(text: str, start: int, end: int, marked: list[Marked]) -> list[tuple[int, int]]:
    """A paragraph in pieces of about WINDOW characters, cut at a space outside quotation marks."""
    out = []
    while end - start > WINDOW:
        cut = text.find(" ", start + WINDOW, end)
        if cut < 0:
            break
        inside = [m for m in marked if m.open < cut < m.close]
        if inside:
            cut = max(m.close for m in inside)
        if cut >= end:
            break
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def find_quotes(text: str, english: bool = True) -> list[Quote]:
    """Every quotation in `text` (an article's clean text), in order; past READ_LIMIT
    characters none is looked for. In an English text, a sentence without one is parsed for a
    clause a verb of saying or knowing reports (`clauses.py`)."""
    text = text[:READ_LIMIT]
    marked = find_marked(text)
    found: list[Found] = []
    bounds: list[tuple[int, int]] = []  # char range of each sentence
    para_of: list[int] = []  # paragraph of each sentence
    lead_ins: dict[int, tuple[int, int]] = {}  # sentence ending a paragraph on a colon -> its speaker
    signatures: dict[int, tuple[tuple[int, int], str]] = {}  # paragraph of a dash and a name alone -> that speaker
    first = 0
    paras = paragraphs(text)
    pieces = [(pi, ws, we) for pi, (ps, pe) in enumerate(paras) for ws, we in _windows(text, ps, pe, marked)]
    for pi, ws, we in pieces:
        while first < len(marked) and marked[first].open < ws:
            first += 1
        toks = tokenize(text, ws, we, marked, first)
        for lo, hi in sentences(toks, marked, text):
            index = len(bounds)
            bounds.append((toks[lo].start, toks[hi - 1].end))
            para_of.append(pi)
            got, used = read_sentence(toks, lo, hi, index)
            if lo == 0 and hi == len(toks) and (signed := signature(toks, lo, hi)) is not None:
                signatures[pi] = signed, toks[lo].text
                got = []
            if hi == len(toks) and all(g.quote < 0 for g in got) and (span := lead_in(toks, lo, hi)) is not None:
                lead_ins[index] = span  # "Reading from a prepared statement, Shevchuk said:": what stands
                got = []  # before the verb is not what it reports; the next paragraph is
            for i in range(lo, hi):
                q = toks[i].quote
                if q >= 0 and q not in used and _whole(i, toks, lo, text[marked[q].start:marked[q].end]):
                    # "The minister was blunt: “...”", "la ministra fue tajante: «...»": the subject of
                    # what stands before the colon introduces the quote, as "X said:" would
                    span = lead_in(toks, lo, i) if i > lo and toks[i - 1].text == ":" else None
                    if span is not None and not _verb_between(toks, span[1], i - 1):
                        span = None  # "Brand in Saltmere: „...“": a headline's topic, no one speaking
                    got.append(Found("direct", -1, -1, ":" if span else None, span, q, index))
            found.extend(sorted(got, key=lambda f: (marked[f.quote].open if f.quote >= 0 else f.start)))
    kept: list[Found] = []
    for f in found:
        if f.quote >= 0:
            m = marked[f.quote]
            words = text[m.start:m.end]
            if not words.strip() or _is_name(words.strip(), text, m):
                continue
            f.start, f.end = m.start, m.end
            s = f.sentence
            if f.speaker is None and s - 1 in lead_ins and para_of[s - 1] + 1 == para_of[s] \
                    and m.open - bounds[s][0] <= 1 and not any(g.sentence == s for g in kept):
                f.speaker, f.cue = lead_ins[s - 1], ":"  # "Shevchuk said:" / "“I have done nothing unlawful.”"
            elif f.speaker is None and para_of[s] + 1 in signatures \
                    and not text[m.close:paras[para_of[s]][1]].strip(" .,;"):
                f.speaker, f.cue = signatures[para_of[s] + 1]  # "“...”" / "– Declan Furlong, SkyLark Air": the
                # line below signs the quote that closes this one
        kept.append(f)
    if english:
        kept = _with_clauses(text, kept, bounds)
    kept = [part for f in kept for part in _coordinated(text, f)]
    return _resolve(text, kept, marked, bounds, para_of)


NOT_VERBS = R.BELONGING | R.PLACE_PREPOSITIONS | R.ADJUNCT_PREPOSITIONS | R.DETERMINERS


def _verb_between(toks: list[Token], after: int, colon: int) -> bool:
    """Whether the words between a subject (ending at character `after`) and a colon hold what may be
    its verb: a small word that is no preposition or article ("was blunt", "fue tajante")."""
    return any(t.is_word and not t.capital and t.lower not in NOT_VERBS for t in toks[:colon] if t.start >= after)


def _coordinated(text: str, f: Found) -> list[Found]:
    """A reported clause holding two ("said the talks would resume, and that the port would stay
    open"): one quotation each, as readers and aligners take them: another report may give either."""
    if f.kind == "direct" or f.start < 0:
        return [f]
    parts: list[Found] = []
    start = f.start
    for m in AND_THAT.finditer(text, f.start, f.end):
        if _marks_open(text[start:m.start()]) or len(text[start:m.start()].split()) < MIN_CLAUSE_WORDS \
                or len(text[m.end():f.end].split()) < MIN_CLAUSE_WORDS:
            continue  # inside a quoted fragment, or a clause too short to stand alone
        parts.append(replace(f, start=start, end=m.start()))
        start = m.end()
    if not parts:
        return [f]
    return parts + [replace(f, start=start)]


def _marks_open(text: str) -> bool:
    """Whether a quotation mark opened in `text` is still open at its end."""
    opens = sum(text.count(c) for c in "“«„")
    closes = sum(text.count(c) for c in "”»")
    return opens > closes or text.count('"') % 2 == 1


def _with_clauses(text: str, kept: list[Found], bounds: list[tuple[int, int]]) -> list[Found]:
    """The rules' quotations with the parser's reported clauses of the sentences that hold none."""
    quoted = {f.sentence for f in kept}
    bare = [i for i in range(len(bounds)) if i not in quoted]
    found = reported_clauses(text, [bounds[i] for i in bare])
    more = [Found("indirect", start, end, cue, (s, e), -1, i)
            for i, clauses in zip(bare, found) for start, end, cue, s, e in clauses]
    return sorted(kept + more, key=lambda f: (f.sentence, f.start)) if more else kept


def _resolve(text: str, found: list[Found], marked: list[Marked], bounds: list[tuple[int, int]],
             para_of: list[int]) -> list[Quote]:
    cast = people(text, [(m.open, m.close) for m in marked])
    spoke: dict[int, list[tuple[int, str]]] = {}
    out: list[Quote] = []
    last_group: str | None = None
    described: dict[str, Resolved] = {}  # head noun -> the source as the article first described it
    for f in found:
        res: Resolved
        phrase = None
        if f.speaker is None:
            res = _previous(len(out), out, found, para_of, cast, bounds)
            if res.how == "unresolved":
                res = _introduced(text, f, found, cast, bounds, para_of) or res
        else:
            phrase = text[f.speaker[0]:f.speaker[1]]
            res = _who(text, phrase, f, cast, bounds, spoke, last_group)
            if res.how in {"group", "anonymous"} and res.name:
                res = _described(res, described, text, f.speaker[0])
            if res.how == "group" and res.name:
                last_group = res.name
        if res.name is not None and res.how in {"name", "title", "pronoun"}:
            spoke.setdefault(f.sentence, []).append((f.start, res.name))
        words = text[f.start:f.end]
        lead = len(words) - len(words.lstrip())
        start, end = f.start + lead, f.start + len(words.rstrip())
        sp = f.speaker
        if f.speaker is None and res.how == "previous" and res.mention is not None:
            sp = res.mention
            phrase = text[sp[0]:sp[1]]
        out.append(Quote(f.kind, text[start:end], start, end, f.cue, res.name, phrase,
                         sp[0] if sp else None, sp[1] if sp else None, res.how,
                         res.mention[0] if res.mention and res.how != "previous" else None,
                         res.mention[1] if res.mention and res.how != "previous" else None))
    for i in range(len(out) - 2, -1, -1):  # a quote that runs on into the next paragraph: its speaker
        f = found[i]
        if out[i].speaker is None and f.quote >= 0 and marked[f.quote].continues and found[i + 1].quote >= 0 \
                and out[i + 1].speaker is not None:
            after = out[i + 1]
            out[i] = replace(out[i], speaker=after.speaker, speaker_text=after.speaker_text,
                             speaker_start=after.speaker_start, speaker_end=after.speaker_end, resolution="previous")
    for i, q in enumerate(out):  # a quote before the attributed one it belongs with
        if q.resolution == "next":
            after = next(n for n, g in zip(out[i + 1:], found[i + 1:]) if g.speaker is not None)
            out[i] = replace(q, speaker=after.speaker, speaker_text=after.speaker_text,
                             speaker_start=after.speaker_start, speaker_end=after.speaker_end,
                             resolution="previous" if after.speaker else "unresolved")
    return _repeated(out)


REPEATED_SHARE = 0.8  # of the shorter quote's words in the longer: one utterance shown twice


def _repeated(out: list[Quote]) -> list[Quote]:
    """A quote left without a speaker that the article shows again with one (a headline's or a
    pull quote's words, then the body's: "Brand in Saltmere: „Niemand slaapt vannacht bij dat depot“"):
    the speaker the other showing names."""
    said = [q for q in out if q.speaker is not None and q.kind == "direct"]
    for i, q in enumerate(out):
        if q.speaker is not None or q.kind != "direct" or len(words_of(q.text)) < 2:
            continue
        o = next((o for o in said if len(words_of(o.text)) >= 2 and word_share(q.text, o.text) >= REPEATED_SHARE), None)
        if o is not None:
            out[i] = replace(q, speaker=o.speaker, speaker_text=o.speaker_text, speaker_start=o.speaker_start,
                             speaker_end=o.speaker_end, resolution="previous")
    return out


def _who(text: str, phrase: str, f: Found, cast: Cast, bounds: list[tuple[int, int]],
         spoke: dict[int, list[tuple[int, str]]], last_group: str | None) -> Resolved:
    assert f.speaker is not None
    low = phrase.lower()
    if (inverted := FRENCH_INVERSION.match(low)) is not None:  # "a-t-elle déclaré", "ajoute-t-il": the pronoun
        low = inverted["pronoun"]
    if low in R.POSSESSIVES:  # "Her stated reason: ...": the owner of what is quoted said it
        low = R.POSSESSIVES[low]
    if low in R.PERSON_PRONOUNS:
        return _titled_subject(text, f, cast, bounds) \
            or resolve_pronoun(f.speaker[0], bounds, cast, spoke, f.sentence, low, (f.start, f.end)) \
            or Resolved(None, "unresolved")
    if low in R.SENTENCE_ADVERBS | R.FOREIGN_SPEECH:  # "También negó que ...", "«...», dijo.": a language that
        # drops the subject pronoun
        return resolve_pronoun(f.speaker[0], bounds, cast, spoke, f.sentence) or Resolved(None, "unresolved")
    if low in R.QUANTIFIERS:  # "several said": the residents named just before
        group = _group_before(text, f.speaker[0])
        return Resolved(group, "group") if group else Resolved(phrase, "group")
    if low in R.GROUP_PRONOUNS | R.THING_PRONOUNS:
        return Resolved(last_group, "pronoun") if last_group else Resolved(None, "unresolved")
    if low in R.PRONOUNS:
        return Resolved(None, "unresolved")
    owned = OWNED_WORDS.match(phrase)
    if owned is not None:  # "The PM's reaction: ...", "Vale's answer: ...": the owner said it
        phrase = owned["owner"]
        low = phrase.lower()
    first, _, rest = phrase.partition(" ")
    if first.lower() in R.POSSESSIVES and rest:
        if R.POSSESSIVES[first.lower()] in R.PERSON_PRONOUNS:
            owner = resolve_pronoun(f.speaker[0], bounds, cast, spoke, f.sentence, R.POSSESSIVES[first.lower()])
            if owner is not None and owner.name:
                return Resolved(f"{owner.name}'s {rest}", "group", owner.mention)
        return Resolved(phrase, "group")
    named = _name_in(phrase, f.speaker[0], cast)
    if named is not None:
        return named
    if R.AGED.search(phrase) and (first.lower() in R.DEFINITE or first.lower().startswith(("l'", "l’"))):
        # "the 47-year-old economist", "l'économiste de 47 ans": someone already named
        aged = resolve_pronoun(f.speaker[0], bounds, cast, spoke, f.sentence)
        if aged is not None and aged.name:
            return aged
    titled = _title(phrase, f.speaker[0], cast)
    if titled is not None:
        return titled
    if (role := R.ROLE_NOUN.match(phrase)) is not None and role["noun"].lower() not in R.TITLES:
        noun = role["noun"].lower()  # "die Anklägerin": the "Chefanklägerin Dalia Ferrant" named before
        holder = next((p for p in reversed(cast.between(0, f.speaker[0])) if any(t.endswith(noun) for t in p.titles)), None)
        if holder is not None:
            return Resolved(holder.name, "title", (holder.start, holder.end))
        if role["article"].lower() not in {"der", "die"}:  # German writes every noun in capitals: its cast is
            taken = resolve_pronoun(f.speaker[0], bounds, cast, spoke, f.sentence,  # no list of people to take up
                                    R.ROLE_ARTICLE_GENDER.get(role["article"].lower(), ""))
            if taken is not None and taken.name:  # "Pour Ciaran Mulhearn, ... . Le syndicaliste a indiqué que ..."
                return taken
    if (described := R.DESCRIBED_PERSON.match(phrase)) is not None and _a_person(described["noun"]) \
            and _introduced_source(text, f.speaker[0], described["noun"].lower()) is None:
        taken = resolve_pronoun(f.speaker[0], bounds, cast, spoke, f.sentence,  # "L'édile a précisé que ...", "the
                                R.ROLE_ARTICLE_GENDER.get(described["article"].lower(), ""))  # father said": the one
        if taken is not None and taken.name:  # named before, as a pronoun would take them up
            return Resolved(taken.name, "title", taken.mention)
    if lone_name(phrase, text):
        return Resolved(phrase, "name", f.speaker)
    return Resolved(phrase, describe(phrase))


def _a_person(noun: str) -> bool:
    """Whether a noun taking up someone names a person by what they are ("father", "édile",
    "dirigente"): no title (a title finds its holder or stays as written), no source, no body, no
    group, no document."""
    low = noun.lower()
    return noun.islower() and (low.endswith(R.PERSON_NOUN_ENDINGS) or low in R.PERSON_NOUNS) \
        and low not in R.TITLES | R.ANONYMOUS | R.ORG_WORDS | R.DOCUMENTS | R.GENERIC_ROLES and not title_word(low) \
        and not _is_org([noun]) and not low.endswith(R.GROUP_SUFFIXES)


GROUP_NOUN = re.compile(r"\b(?:[A-Z][a-z]+|[a-z]+)(?:" + "|".join(R.GROUP_SUFFIXES) + r")\b(?:\s+of\s+[A-Z][\w-]+)?")


def _group_before(text: str, at: int) -> str | None:
    """The group a quantifier stands for: the last plural of people ("residents", "Residents of
    Kaltse") in the sentence or two before it; lower case but at a sentence's start."""
    window = text[max(0, at - R.GROUP_BEFORE_CHARS):at]
    found = None
    for m in GROUP_NOUN.finditer(window):
        word = m.group().split()[0]
        opens = m.start() == 0 or window[:m.start()].rstrip()[-1:] in {".", "!", "?", ""} or \
            window[:m.start()].endswith("\n")
        if (word[0].islower() or opens) and word.lower() not in R.QUANTIFIERS and len(word) > 4:
            found = m.group()
    return found


SOURCE_HEAD_END = frozenset({"at", "of", "for", "in", "with", "from", "on", "who", "close", "familiar", "involved",
                             # the same in the other languages: "une source proche des négociations"
                             "proche", "cercana", "cercano", "próxima", "próximo", "vicina", "vicino", "de", "des",
                             "du", "del", "à", "au", "en", "dans", "von", "im", "bei", "aus", "di", "della", "qui", "que"})


def _described(res: Resolved, described: dict[str, Resolved], text: str, at: int) -> Resolved:
    """A source the article named before in full, when a later phrase takes it up by its head noun:
    "the official" is "A senior official at the port authority", "The ministry" "the Finance
    Ministry", "cette même source" "une source proche des négociations"; a source named in full is
    kept for the phrases after it. One the article introduced without a quote ("A senior air
    traffic controller, speaking on condition of anonymity, rejected that criticism.") counts too."""
    assert res.name is not None
    words = re.findall(r"[\w’'-]+", res.name)
    head_words = []
    for w in words:
        if w.lower() in SOURCE_HEAD_END:
            break
        head_words.append(w)
    if not head_words:
        return res
    head = head_words[-1].lower()
    first = described.get(head)
    if first is None and 2 <= len(words) <= 3 and words[0].lower() in R.TAKING_UP \
            and all(w.islower() for w in words[1:]):
        first = _introduced_source(text, at, head) if len(words) == 2 and head not in R.BODY_NOUNS else None
        body = _named_body(text, at, [w.lower() for w in words[1:]]) or (
            _main_body(text, at) if len(words) == 2 and head in R.BODY_NOUNS else None)
        if first is None and body is not None:
            return body
    if first is not None and first.name and words[0].lower() in R.TAKING_UP and len(words) <= 3:
        said = {w.lower() for w in re.findall(r"[\w’'-]+", first.name)}
        rest = [w for w in words[1:] if w.lower() not in R.SAME_WORDS]  # "cette même source": the one before
        same = len(rest) < len(words) - 1
        introduced = first.name.split()[0].lower() in R.INDEFINITES  # "An engineer ... told": "the engineer"
        if (len(said) > len(rest) + (not same) or introduced) and all(w.lower() in said for w in rest):
            return first  # "the presidential office" is not "the court's press office"
    described.setdefault(head, res)
    return res


def _named_body(text: str, at: int, taken: list[str]) -> Resolved | None:
    """The body the article names with the `taken` words among its own ("the hospital" is
    "Sint-Aldegonde University Hospital", "the union" the "Union of Care Professionals", "the national
    bank" "Lindmark National Bank"): the last before `at`, else the first after it; none when two
    different ones came before."""
    before: list[tuple[int, str]] = []
    after: tuple[int, str] | None = None
    for m in NAME_RUN.finditer(text):
        words = m.group().split()
        while words and words[0].lower() in OPENING_WORDS:
            words = words[1:]  # "The Lindmark National Bank's ...": the bank
        name = POSSESSIVE.sub("", " ".join(words))
        low = {w.lower() for w in name.split()}
        if len(low) <= len(taken) or not all(w in low for w in taken):
            continue
        start = m.end() - len(" ".join(words))
        if start < at:
            before.append((start, name))
        elif after is None:
            after = start, name
    names = {name for _, name in before}
    if len(names) > 1 and not all(n in max(names, key=len) for n in names):
        return None
    found = max(before, key=lambda s: len(s[1])) if before else after
    return Resolved(found[1], "group", (found[0], found[0] + len(found[1]))) if found is not None else None


QUOTE_MARKS = frozenset("\"'“”„«»‘’‚‹›")


def _main_body(text: str, at: int) -> Resolved | None:
    """The company, club or firm a story is about, for "the company", "the airline", "la società":
    a name of two words or more written before `at`, no person's (no given name first) and no
    place's: the last its paragraph names, else the one the article writes most often (by its first
    word too: "Nordlys Air" and "Nordlys"), the later on a tie; none when no name comes back."""
    last: dict[str, int] = {}  # a name of two words or more -> where it stands last before `at`
    alone: dict[str, int] = {}  # a one-word name -> how often the article writes it
    for m in NAME_RUN.finditer(text):
        words = m.group().split()
        while words and words[0].lower() in OPENING_WORDS:
            words = words[1:]
        if not words or given_name_gender(words[0]) is not None or placelike(words[-1], text) \
                or text[m.start() - 1:m.start()] in QUOTE_MARKS:
            continue  # a person, a place, or a scheme's name in quotation marks ("Albion Together")
        name = POSSESSIVE.sub("", " ".join(words))
        if len(words) == 1:
            alone[name] = alone.get(name, 0) + 1
        elif m.start() < at:
            last[name] = m.end() - len(" ".join(words))
    here = text.rfind("\n", 0, at) + 1
    near = [name for name in last if last[name] >= here]
    counts = {name: len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text)) + alone.get(name.split()[0], 0)
              for name in last}
    if near:  # "la portavoz de Transterminal Ibérica, Lucía Benavent, insistió ... La empresa sostiene": the one
        name = max(near, key=lambda n: last[n])  # its paragraph names last
    elif not counts or max(counts.values()) < 2:
        return None
    else:
        name = max(counts, key=lambda n: (counts[n], last[n]))
    return Resolved(name, "group", (last[name], last[name] + len(name)))


def _introduced_source(text: str, at: int, head: str) -> Resolved | None:
    """The last source before `at` introduced by an indefinite article and ending on `head`:
    "a senior air traffic controller" for "the controller"."""
    found = None
    for m in re.finditer(r"\b(?i:" + "|".join(R.INDEFINITES) + r")\s+(?:[\w’'-]+\s+){0,%d}?%s\b"
                         % (R.INTRODUCED_WORDS, re.escape(head)), text[:at]):
        found = m
    if found is None:
        return None
    return Resolved(found.group(), "anonymous", (found.start(), found.end()))


TITLED_SUBJECT = re.compile(r"(?:[^,.;:\n]{0,60},\s+)?(?:the|The)\s+(?P<words>(?:[\w’'-]+\s+){1,3})")


def _titled_subject(text: str, f: Found, cast: Cast, bounds: list[tuple[int, int]]) -> Resolved | None:
    """The person a pronoun stands for when its sentence, or the one before, opens on a title
    ("Speaking at dawn, the mayor sounded tired. “We will,” she said"): the one holding that title,
    when nobody is named between the title and the pronoun."""
    assert f.speaker is not None
    for s in (f.sentence, f.sentence - 1):
        if s < 0:
            break
        lo = bounds[s][0]
        m = TITLED_SUBJECT.match(text, lo, min(bounds[s][1], f.speaker[0]))
        if m is None:
            continue
        words = m["words"].split()
        for n in range(1, len(words)):  # "the mayor" of "the mayor sounded tired": a title, then its verb
            role = f"the {' '.join(words[:n])}"
            if title_phrase(role) is None or words[n].lower() in R.SPEECH:
                continue
            found = _title(role, lo, cast)
            if found is not None and not cast.between(m.start("words"), f.speaker[0]):
                return Resolved(found.name, "title", found.mention)
            break
    return None


def _previous(here: int, done: list[Quote], found: list[Found], para_of: list[int], cast: Cast,
              bounds: list[tuple[int, int]]) -> Resolved:
    """A quote with no cue of its own: the speaker of the quote before it in its paragraph, of
    the one after it there, or, when it opens its paragraph, of the paragraph before: of its last
    direct quote, or of any quote its last sentence holds ("..., she stressed." / "“Not one
    crown was cut.”")."""
    para = para_of[found[here].sentence]
    for q, g in zip(reversed(done), reversed(found[:here])):
        if para_of[g.sentence] == para and q.speaker is not None:
            return _inherit(q)
        if para_of[g.sentence] == para - 1 and q.speaker is not None \
                and (q.kind == "direct" or para_of[g.sentence + 1] == para
                     or q.resolution in {"name", "title", "pronoun"}
                     and not _others_after(cast, q.speaker, q.end, bounds[found[here].sentence][0])):
            return _inherit(q)  # a quote after the one that closes the paragraph before, said or reported, or
            # one that paragraph goes on about ("Asked about a cause, he was cautious." / "“It is too early.”")
        if para_of[g.sentence] < para - 1:
            break
    for g in found[here + 1:]:
        if para_of[g.sentence] != para:
            break
        if g.speaker is not None:
            return Resolved(None, "unresolved", None) if g.cue is None else Resolved(None, "next")
    return Resolved(None, "unresolved")


def _others_after(cast: Cast, speaker: str, lo: int, hi: int) -> bool:
    """Whether a person other than `speaker` is named between `lo` and `hi`."""
    return any(p.name != speaker for p in cast.between(lo, hi))


INTRO_WORDS = 4  # the person a one-sentence paragraph introduces is named in its first words


def _introduced(text: str, f: Found, found: list[Found], cast: Cast, bounds: list[tuple[int, int]],
                para_of: list[int]) -> Resolved | None:
    """A quote that opens its paragraph with no cue, after a paragraph of one sentence and no quote
    that opens on one person ("Mayor Helga Lindquist was unconvinced." / "“Help came late ...”"):
    that person is the speaker."""
    s = f.sentence
    if s == 0 or para_of[s - 1] == para_of[s] or f.start - bounds[s][0] > 2:
        return None
    if s >= 2 and para_of[s - 2] == para_of[s - 1]:
        return None  # the paragraph before holds more than one sentence
    if any(g.sentence == s - 1 for g in found):
        return None
    lo, hi = bounds[s - 1]
    named = cast.between(lo, hi)
    if len({p.name for p in named}) != 1 or len(text[lo:named[0].start].split()) >= INTRO_WORDS:
        return None
    return Resolved(named[0].name, "previous", (named[0].start, named[0].end))


def _inherit(q: Quote) -> Resolved:
    span = (q.speaker_start, q.speaker_end) if q.speaker_start is not None and q.speaker_end is not None else None
    return Resolved(q.speaker, "previous", span)

