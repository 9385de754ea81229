"""The statements stage: one id for the quotes, in any articles, that report one utterance.

A collection stage over the quotes and entities tables (it `reads` them; their stages own them).
A quote's speaker becomes its entity's canonical name: the entity whose mention the speaker
resolved through, else the one entity that has the speaker's name among its variants
("Pashinian" and "Nikol Pashinyan" are one speaker); a body an article takes up by a noun ("The
company insisted ...", "l'autorité") speaks by the name the article gave it before. Its tables:

    statements         per quote (article, n): its statement and its speaker's canonical name
    statement_vectors  per quoted text, per sentence of a quote of several and per speaker that
                       is no person, a body or a description (its hash): the sentence vector of USE m3

The two parts of a quote split around its cue ("We will not," she said, "give up.") are aligned
as one utterance and share its statement. The vectors are kept, so that a build encodes only the
texts it has not seen; the alignment
itself (`align.align`) is cheap and runs over every quote each time. The export's `quotes` key is
the quotes stage's, with `statement` and the canonical speaker filled in; its `statements` key
shows each statement reported by more than one article with every source's wording side by side.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from typing import Any

import numpy as np

from ..config import Config
from ..models import Article
from ..quotes.stage import export as quotes_export
from ..stage import CollectionStage, Row, Table, Update
from ..rules import quotes as QR
from ..quotes.speakers import holds_title, title_phrase, title_words
from .align import Utterance, align, described
from .encoder import SentenceEncoder

MIGRATIONS = (
    ("0001_statements", """
    CREATE TABLE statements (
        article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        n INTEGER NOT NULL,             -- the quote's place among its article's quotes
        statement TEXT NOT NULL,        -- shared by the quotes that report one utterance
        speaker TEXT,                   -- the speaker's canonical name (entities), or as the quote resolved it
        PRIMARY KEY (article, n)
    );
    CREATE TABLE statement_vectors (
        text_hash TEXT PRIMARY KEY,     -- sha1 of the quoted text
        vector BLOB NOT NULL            -- float32 USE m3 sentence vector, unit length
    );
    """),
)

SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’»]?\s+(?=[\"“„«]?[A-ZÀ-ÖØ-Þ])")
MIN_SENTENCE_WORDS = 3
SPEAKER_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})  # who can speak: people, bodies, governments
UNNAMED = frozenset({"group", "unresolved"})  # how a quote resolved when its article names nobody for it
ENCODER = SentenceEncoder(threads=2)  # loaded at its first call; the collection stages run in the main process


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def people(entities: list[Row]) -> set[str]:
    """The canonical names of the entities that are persons."""
    return {e["canonical"] for e in entities if e["type"] == "PERSON"}


def canonical_speakers(quotes: list[Row], entities: list[Row], mentions: list[Row]) -> dict[tuple[str, int], str | None]:
    """Each quote's speaker as its entity's canonical name, where an entity holds it; a role the
    article never gives with a name ("The health minister announced her resignation" after "Nadia
    Al-Khoury is out.") as the one person the article names whom the collection gives that title
    ("Health Minister Nadia Al-Khouri" elsewhere)."""
    by_mention: dict[tuple[str, int, int], str] = {}
    by_variant: dict[str, set[str]] = {}
    orgs: dict[str, set[str]] = {}  # an organisation's every spelling -> its canonical names
    named: dict[str, set[str]] = {}  # article -> the people it names
    for e in entities:
        if e["type"] not in SPEAKER_TYPES:
            continue
        for m in json.loads(e["mentions"]):
            by_mention[m["article"], m["start"], m["end"]] = e["canonical"]
            if e["type"] == "PERSON":
                named.setdefault(m["article"], set()).add(e["canonical"])
        for v in json.loads(e["variants"]):
            by_variant.setdefault(v.casefold(), set()).add(e["canonical"])
            if e["type"] == "ORG":
                orgs.setdefault(v.casefold(), set()).add(e["canonical"])
    titles: dict[str, set[str]] = {}  # canonical name -> every title word written before it
    for m in mentions:
        holder = by_mention.get((m["article"], m["start"], m["end"]))
        if holder is not None and m["title"]:
            titles.setdefault(holder, set()).update(title_words(m["title"]))
    bodies: dict[str, list[tuple[int, str, frozenset[str]]]] = {}  # article -> its organisations, where named
    for e in entities:
        if e["type"] == "ORG":
            for m in json.loads(e["mentions"]):
                words = frozenset(w.lower() for w in re.findall(r"\w+", e["canonical"] + " " + m.get("text", "")))
                bodies.setdefault(m["article"], []).append((m["start"], e["canonical"], words))
    out: dict[tuple[str, int], str | None] = {}
    for q in quotes:
        name = by_mention.get((q["article"], q["mention_start"], q["mention_end"]))
        if name is None and q["speaker"]:
            names = by_variant.get(q["speaker"].casefold(), set())
            name = next(iter(names)) if len(names) == 1 else None
        if name is None and q["speaker"]:  # "The Green Fjords Alliance", "Gaskonzern Kesgaz": a body's name after
            name = _body_in(q["speaker"], orgs)  # an article or a noun that classes it
        if name is None and q["speaker"] and q["resolution"] in UNNAMED \
                and _definite(q["speaker"].split()[0]):  # "the senator", "Kestria's energy minister", not "one Republican"
            role = title_phrase(q["speaker"])
            holders = {p for p in named.get(q["article"], ()) if role and holds_title(role, frozenset(titles.get(p, ())))}
            name = holders.pop() if len(holders) == 1 else None
        if name is None and q["speaker"] and q["resolution"] in UNNAMED:
            name = _body_named_before(q["speaker"], q["start"], bodies.get(q["article"], []))
        out[q["article"], q["n"]] = name or q["speaker"]
    return out


def _definite(word: str) -> bool:
    """A speaker phrase's first word that makes it one known holder: "the", "die", or a place's
    possessive ("Kestria's energy minister")."""
    return word.lower() in QR.DEFINITE or re.fullmatch(r"[A-Z][\w-]+['’]s", word) is not None


NOT_CLASSING = frozenset({"at", "of", "for", "from", "by", "in", "with", "von", "bei", "für", "aus", "de", "des", "du",
                          "del", "della", "di", "da", "do", "dos", "das", "van", "à", "en"})
CLASSING_WORDS = 3  # "Die Umweltorganisation", "La organización ecologista": an article and a noun before a name


def _body_in(phrase: str, orgs: dict[str, set[str]]) -> str | None:
    """The organisation whose name ends a speaker phrase after words that only class it ("The
    Green Fjords Alliance", "Die Umweltorganisation Green Fjords Alliance", "Gaskonzern Kesgaz"),
    the longest such name, where one organisation of the collection has it."""
    words = phrase.split()
    if not (words[0][:1].isupper() or words[0].lower() in QR.DEFINITE):
        return None  # "vessel-tracking data compiled by Bressler & Lowe": a source of its own
    for k in range(1, min(len(words), CLASSING_WORDS + 1)):
        if words[k - 1].lower() in NOT_CLASSING:
            return None  # "Analysts at Brenova University", "A spokesperson for the council": people of theirs
        tail = " ".join(words[k:])
        names = orgs.get(tail.casefold(), set())
        if len(names) == 1 and _name_shaped(tail):  # "the borough council" is no "Council", "Derrin Maalouf" no "Maalouf"
            return next(iter(names))
    return None


NAME_JOINERS = frozenset({"of", "for", "and", "the", "de", "del", "des", "du", "der", "di", "della", "la", "le", "&"})


def _name_shaped(name: str) -> bool:
    """A body's name: capitals, but for the small words that join them ("Chamber of Shipping")."""
    words = name.split()
    if words and words[0].lower() in QR.DEFINITE and len(words) > 2:
        words = words[1:]  # "El Banco Nacional de Tessel": a name after its article
    if not words or words[0].lower() in QR.DEFINITE | QR.DETERMINERS:
        return False  # "La ONG": a noun taken up, itself
    if len(words) == 1:  # one word: only a name no sentence could open with ("SarnHydro", "UNHCR")
        return re.search(r"[a-z][A-Z]", words[0]) is not None or (words[0].isupper() and len(words[0]) > 1)
    return words[0][:1].isupper() and all(w[:1].isupper() or w.lower() in NAME_JOINERS for w in words)


# A noun of a kind no name need hold ("the company") takes up a body named this near before it, about a
# news paragraph and the one before (600 characters); further back, other bodies have come between.
NEAR_BODY = 600
# "The company" takes up the last company named, however far back, while courts, ministries and unions
# come between (they are no companies), if the article names it more than once (not a share bar's "Facebook
# X WhatsApp" the recogniser took for one); past a long article's length it is another story's.
FAR_COMPANY = 4000
OFFICES = frozenset(v for v in QR.ORG_NOUNS.values() if v not in {"*", "+", "company"})  # a ministry is no company
MAX_BODY_WORDS = 3  # "the port authority", "la propia empresa": a noun taken up, not a description


def _body_named_before(phrase: str, start: int, bodies: list[tuple[int, str, frozenset[str]]]) -> str | None:
    """The organisation a definite noun takes up ("the ministry", "l'autorité", "The company"): the
    nearest named before it whose name holds that noun (in English or as written); for a noun of a
    kind no name need hold ("the company", "the group"), the nearest named just before it."""
    words = phrase.split()
    first = words[0].lower()
    elided = first[:2] in {"l'", "l’"}
    if not (first in QR.DEFINITE or elided) or len(words) > MAX_BODY_WORDS:
        return None
    head = (words[-1][2:] if elided and len(words) == 1 else words[-1]).lower()
    kind = QR.ORG_NOUNS.get(head)
    if kind is None:
        return None
    before = sorted((b for b in bodies if b[0] < start), key=lambda b: -b[0])
    named = {canonical: sum(b[1] == canonical for b in bodies) for _, canonical, _ in before}
    for at, canonical, held in before:
        if not _name_shaped(canonical):
            continue  # "El alcalde de Dravo", "de Medio Ambiente": whatever the recogniser took for a body
        if kind in held or head in held or (kind == "+" and start - at <= NEAR_BODY) or (
                kind == "*" and start - at <= NEAR_BODY and not held & OFFICES) or (
                kind == "company" and (start - at <= NEAR_BODY or start - at <= FAR_COMPANY and named[canonical] > 1)
                and not held & (OFFICES | QR.NOT_COMPANIES)):
            first, _, rest = canonical.partition(" ")
            return rest if first.lower() in QR.DEFINITE and rest else canonical  # "Banco Nacional de Tessel"
    return None


def sentences(text: str) -> list[str]:
    """The sentences of a quote of more than one, each of MIN_SENTENCE_WORDS words or more; none for
    a quote of one sentence (its whole text's vector serves)."""
    found = [s for s in SENTENCE_END.split(text.strip()) if len(s.split()) >= MIN_SENTENCE_WORDS]
    return found if len(found) > 1 else []


def _unfinished(first: str, second: str) -> bool:
    """Whether a quote's first part leaves its sentence open for the second: it ends with a comma
    inside its marks ("We will not,"), or, where the comma stands outside them as French, German and
    Spanish write it (« Cette commission ne sera pas pressée », a-t-il dit, « mais ... »), it ends
    without a full stop and the second goes on in lower case."""
    first = first.rstrip()
    return first.endswith(",") or (first[-1:] not in {".", "!", "?", "…"} and second.lstrip()[:1].islower())


def split_parts(quotes: list[Row]) -> list[list[Row]]:
    """The quotes (in article order) grouped into utterances: the two parts of a quote split
    around its cue ("We will not," she said, "give up.") are one; every other quote is one, a quote
    after another verb too ('"...," she said, calling the operation "chaotic"'), and a sentence quoted
    after the cue's own full stop ('"...," she told NCB. "I wanted ..."'): another sentence."""
    out: list[list[Row]] = []
    for q in quotes:
        last = out[-1][-1] if out else None
        if last is not None and last["article"] == q["article"] and last["n"] + 1 == q["n"] \
                and last["kind"] == q["kind"] == "direct" and q["resolution"] != "previous" and last["cue"] == q["cue"] \
                and last["speaker_start"] is not None and last["speaker_start"] == q["speaker_start"] \
                and last["end"] <= q["speaker_start"] < q["start"] and _unfinished(last["text"], q["text"]):
            out[-1].append(q)
        else:
            out.append([q])
    return out


def update(articles: list[Article], stored: dict[str, list[Row]], config: Config) -> Update:
    """Statement ids for every quote, with only texts not seen before encoded."""
    # An article that shows only when it was updated ("Mis à jour le 4 juin") was written no later:
    # near enough to its reports for the month that 3. allows, though not its publication day.
    days = {a.id: _day(a.meta.published) or _day(a.meta.modified) for a in articles}
    quotes = sorted(stored["quotes"], key=lambda r: (r["article"], r["n"]))
    speakers = canonical_speakers(quotes, stored["entities"], stored["entity_mentions"])
    said = split_parts(quotes)
    persons = people(stored["entities"])
    texts = [" ".join(q["text"] for q in parts) for parts in said]
    utterances = [Utterance(parts[0]["article"], text, speakers[parts[0]["article"], parts[0]["n"]],
                            days.get(parts[0]["article"]), speakers[parts[0]["article"], parts[0]["n"]] in persons,
                            parts[0]["cue"] or "")
                  for parts, text in zip(said, texts)]
    sourced = sorted({u.speaker for u in utterances if u.speaker is not None and (described(u.speaker) or not u.person)})
    known = {r["text_hash"]: np.frombuffer(r["vector"], dtype=np.float32) for r in stored["statement_vectors"]}
    pieces = [sentences(t) for t in texts]
    new = sorted({t for t in [*texts, *sourced, *(p for ps in pieces for p in ps)] if _hash(t) not in known})
    for text, vector in zip(new, ENCODER(new)):
        known[_hash(text)] = vector
    vectors = np.stack([known[_hash(t)] for t in texts]) if texts else np.zeros((0, 512), np.float32)
    by_sentence = [np.stack([known[_hash(p)] for p in ps]) if ps else np.zeros((0, 512), np.float32) for ps in pieces]
    numbers = align(utterances, vectors, {d: known[_hash(d)] for d in sourced}, by_sentence)
    fresh = set(new)
    return Update(
        replace={"statements": [{"article": q["article"], "n": q["n"], "statement": f"s{k + 1}",
                                 "speaker": speakers[q["article"], q["n"]]}
                                for parts, k in zip(said, numbers) for q in parts]},
        upsert={"statement_vectors": [{"text_hash": _hash(t), "vector": known[_hash(t)].tobytes()} for t in new]},
        computed=len({parts[0]["article"] for parts, t in zip(said, texts) if t in fresh}),
    )


def export(stored: dict[str, list[Row]]) -> dict[str, Any]:
    """The `quotes` key, each quote with its statement and canonical speaker; the `statements` key,
    each statement that more than one article reports with every source's wording."""
    by_quote = {(r["article"], r["n"]): r for r in stored["statements"]}
    out = quotes_export(stored["quotes"])
    groups: dict[str, list[dict[str, Any]]] = {}
    for q, r in zip(out["quotes"], sorted(stored["quotes"], key=lambda r: (r["article"], r["n"]))):
        mine = by_quote.get((r["article"], r["n"]))
        if mine is not None:
            q["statement"], q["speaker"] = mine["statement"], mine["speaker"]
            groups.setdefault(mine["statement"], []).append(q)
    out["statements"] = [
        {"id": sid, "speaker": next((q["speaker"] for q in qs if q["speaker"]), None),
         "articles": sorted({q["article"] for q in qs}),
         "wordings": [{"article": q["article"], "kind": q["kind"], "text": q["text"], "start": q["start"],
                       "end": q["end"]} for q in qs]}
        for sid, qs in groups.items() if len({q["article"] for q in qs}) > 1]
    return out


STATEMENTS = CollectionStage(
    name="statements",
    needs=("copies", "quotes", "entities"),
    tables=(Table("statements"), Table("statement_vectors", article="text_hash", on_article=False)),
    update=update,
    migrations=MIGRATIONS,
    export=export,
    reads=("quotes", "entities", "entity_mentions"),
    reads_text=False,  # metadata and the quotes and entities tables are all it reads
)
