"""The statements stage: one id for the quotes, in any articles, that report one utterance.

A collection stage over the quotes table (it `reads` it; the quotes stage owns it). Its tables:

    statements         per quote (article, n): the statement it belongs to      (statements/0001)
    statement_vectors  per quoted text (its hash): the sentence vector of USE m3 (statements/0001)

The vectors are kept, so that a build encodes only the texts it has not seen; the alignment
itself (`align.align`) is cheap and runs over every quote each time. The export's `quotes` key is
the quotes stage's, with `statement` filled in.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import numpy as np

from ..config import Config
from ..models import Article
from ..quotes.stage import export as quotes_export
from ..stage import CollectionStage, Row, Table, Update
from .align import Utterance, align
from .encoder import SentenceEncoder

MIGRATIONS = (
    ("0001_statements", """
    CREATE TABLE statements (
        article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        n INTEGER NOT NULL,             -- the quote's place among its article's quotes
        statement TEXT NOT NULL,        -- shared by the quotes that report one utterance
        PRIMARY KEY (article, n)
    );
    CREATE TABLE statement_vectors (
        text_hash TEXT PRIMARY KEY,     -- sha1 of the quoted text
        vector BLOB NOT NULL            -- float32 USE m3 sentence vector, unit length
    );
    """),
)

ENCODER = SentenceEncoder(threads=2)  # loaded at its first call; the collection stages run in the main process


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def update(articles: list[Article], stored: dict[str, list[Row]], config: Config) -> Update:
    """Statement ids for every quote, with only texts not seen before encoded."""
    days = {a.id: _day(a.meta.published) for a in articles}
    quotes = sorted(stored["quotes"], key=lambda r: (r["article"], r["n"]))
    known = {r["text_hash"]: np.frombuffer(r["vector"], dtype=np.float32) for r in stored["statement_vectors"]}
    new = sorted({q["text"] for q in quotes if _hash(q["text"]) not in known})
    for text, vector in zip(new, ENCODER(new)):
        known[_hash(text)] = vector
    utterances = [Utterance(q["article"], q["text"], q["speaker"], days.get(q["article"])) for q in quotes]
    vectors = np.stack([known[_hash(q["text"])] for q in quotes]) if quotes else np.zeros((0, 512), np.float32)
    numbers = align(utterances, vectors)
    return Update(
        replace={"statements": [{"article": q["article"], "n": q["n"], "statement": f"s{k + 1}"}
                                for q, k in zip(quotes, numbers)]},
        upsert={"statement_vectors": [{"text_hash": _hash(t), "vector": known[_hash(t)].tobytes()} for t in new]},
        computed=len({q["article"] for q in quotes if q["text"] in set(new)}),
    )


def export(stored: dict[str, list[Row]]) -> dict[str, Any]:
    """The `quotes` key, each quote with its statement."""
    ids = {(r["article"], r["n"]): r["statement"] for r in stored["statements"]}
    out = quotes_export(stored["quotes"])
    for q, r in zip(out["quotes"], sorted(stored["quotes"], key=lambda r: (r["article"], r["n"]))):
        q["statement"] = ids.get((r["article"], r["n"]))
    return out


STATEMENTS = CollectionStage(
    name="statements",
    needs=("copies", "quotes"),
    tables=(Table("statements"), Table("statement_vectors", article="text_hash", on_article=False)),
    update=update,
    migrations=MIGRATIONS,
    export=export,
    reads=("quotes",),
    reads_text=False,  # metadata and the quotes table are all it reads
)
