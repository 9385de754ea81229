"""The copies stage: copy groups over the whole collection, and what copies take from each other.

Its tables:

    copies           a copy's original, kind, similarity and diff   (store migration 0001_foundation)
    inherited        values a member takes from another member      (store migrations 0001, 0003)
    copy_signatures  per article: exact-copy key, word count, opening shingles, MinHash digest,
                     and the settings they were made with           (copies/0001_signatures)
    copy_pairs       every candidate pair verified, linked or not   (copies/0001_signatures)

The first two were made by the store's own migrations before stages had theirs, and keep them.
An article that changes is deleted and stored anew, and its signature and pairs go with it
(ON DELETE CASCADE), so `update` signs and verifies only what is new; links between two
unchanged articles are read back, not described again. The year of a day written without one
(`resolve_years`), what copies take (`inherit`), an outlet only a file name writes
(`outlets_from_file_names`) and the one form of an outlet's name the collection writes
(`one_name_per_outlet`) read metadata only, and are computed over all articles each time.
"""
from __future__ import annotations

import json

from ..config import Config
from ..metadata.filenames import outlets_from_file_names
from ..metadata.one_name import one_name_per_outlet, outlet_key
from ..metadata.years import resolve_years
from ..models import Article, Candidate, CopyLink
from ..stage import CollectionStage, Row, Table, Update
from .groups import CopyCandidate, Known, Signature, copy_groups
from .inherit import completeness, inherit

MIGRATIONS = (
    ("0001_signatures", """
    CREATE TABLE copy_signatures (
        article TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        content_hash TEXT NOT NULL,     -- of the text it was made from
        settings TEXT NOT NULL,         -- JSON: the settings it was made with (see `settings`)
        exact_key BLOB NOT NULL,        -- hash of the token stream: equal for exact copies
        words INTEGER NOT NULL,
        opening BLOB NOT NULL,          -- uint64 hashes of the opening shingles
        digest BLOB                     -- uint32 MinHash values; only an exact group's first member has one
    );
    CREATE TABLE copy_pairs (
        a TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        b TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        settings TEXT NOT NULL,
        linked INTEGER NOT NULL,        -- 1: verified copies of each other
        PRIMARY KEY (a, b)
    );
    CREATE INDEX copy_pairs_b ON copy_pairs(b);
    """),
)


def settings(config: Config) -> str:
    """The settings copy detection's stored results depend on: when they change, all is redone."""
    return json.dumps([config.shingle_size, config.num_perm, config.seed, config.near_copy_threshold,
                       config.partial_share])


def known(articles: list[Article], stored: dict[str, list[Row]], config: Config) -> Known:
    """What the stored rows still say: signatures of unchanged articles made with these settings,
    the pairs between them, and the links between them."""
    current, hashes = settings(config), {a.id: a.content_hash for a in articles}
    out = Known()
    for r in stored["copy_signatures"]:
        if r["settings"] == current and hashes.get(r["article"]) == r["content_hash"]:
            out.signatures[r["article"]] = Signature(r["exact_key"], r["words"], r["opening"], r["digest"])
    for r in stored["copy_pairs"]:
        if r["settings"] == current and r["a"] in out.signatures and r["b"] in out.signatures:
            out.pairs[r["a"], r["b"]] = bool(r["linked"])
    for r in stored["copies"]:
        if r["article"] in out.signatures and r["original"] in out.signatures:
            link = CopyLink(r["article"], r["original"], r["kind"], r["similarity"], bool(r["partial"]),
                            json.loads(r["diff"]))
            out.links[link.copy, link.original] = link
    return out


def update(articles: list[Article], stored: dict[str, list[Row]], config: Config) -> Update:
    """Copy links, and the values members take from each other, with only new articles signed."""
    before = known(articles, stored, config)
    found = copy_groups([CopyCandidate(a.id, a.text, completeness(a)) for a in articles], config, before)
    links = found.links
    given = resolve_years(articles, links) + inherit(articles, links)
    given += outlets_from_file_names(articles, {(a, name) for a, name, _, _ in given})
    given += one_name_per_outlet(articles)
    current = settings(config)
    by_id = {a.id: a for a in articles}
    signatures = [{"article": id, "content_hash": by_id[id].content_hash, "settings": current,
                   "exact_key": s.exact_key, "words": s.words, "opening": s.opening, "digest": s.digest}
                  for id, s in found.known.signatures.items() if before.signatures.get(id) != s]
    pairs = [{"a": a, "b": b, "settings": current, "linked": int(linked)}
             for (a, b), linked in found.known.pairs.items() if (a, b) not in before.pairs]
    return Update(
        replace={"copies": [{"article": c.copy, "original": c.original, "kind": c.kind, "similarity": c.similarity,
                             "partial": int(c.partial), "diff": json.dumps(c.diff)} for c in links],
                 "inherited": [{"article": a, "field": f, "value": v, "origin": o} for a, f, v, o in given]},
        upsert={"copy_signatures": signatures, "copy_pairs": pairs},
        computed=found.signed,
    )


def attach(article: Article, rows: dict[str, list[Row]]) -> None:
    """Put the article's copy relation and inherited values on it, as read from the store."""
    for r in rows["inherited"]:
        now = getattr(article.meta, r["field"])
        if now is None or (r["field"] == "outlet" and outlet_key(now) == outlet_key(r["value"])):  # one name per outlet
            setattr(article.meta, r["field"], r["value"])
            article.meta.candidates.append(Candidate(r["field"], r["value"], "inherited", r["origin"]))
    for r in rows["copies"]:
        article.duplicate_of = r["original"]
        article.copy = {"kind": r["kind"], "similarity": r["similarity"], "partial": bool(r["partial"]),
                        "diff": json.loads(r["diff"])}


COPIES = CollectionStage(
    name="copies",
    needs=("normalize", "metadata"),
    tables=(Table("copies"), Table("inherited"), Table("copy_signatures", on_article=False),
            Table("copy_pairs", article="a", on_article=False)),
    update=update,
    migrations=MIGRATIONS,
    attach=attach,
)
