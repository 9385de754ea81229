"""The two date stages.

    date_mentions  (ArticleStage)     every date expression of the clean text, described without
                                      an anchor (find.py), in the table `date_mentions`, stored
                                      with the article and computed again only with it
    dates          (CollectionStage)  each mention resolved against its article's day after copies
                                      and statements ran, in the table `dates`; exported as the
                                      top-level `dates` key. The anchor is the article's own day,
                                      else its copy group's (as `published` is left by the copies
                                      stage), else the one day of the dated articles that report
                                      a statement it reports too (an utterance is reported on the
                                      day it was made or soon after); where those days differ,
                                      none: an anchor is never a guess

Resolving is cheap (a few microseconds a mention, bench/dates.py), so the collection stage
resolves every mention again whenever it runs, rather than tracking whose anchor changed.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from ..config import Config
from ..models import Article
from ..stage import ArticleStage, CollectionStage, Row, Table, Update
from .find import find_mentions
from .mention import DateMention
from .resolve import resolve

MENTION_MIGRATIONS = (
    ("0001_date_mentions", """
    CREATE TABLE date_mentions (
        article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,         -- offsets into the article's clean text
        end INTEGER NOT NULL,
        expression TEXT NOT NULL,       -- as written
        value TEXT NOT NULL,            -- what it names, without an anchor (dates/mention.py)
        direction TEXT NOT NULL,        -- past, future, before, after, this, or ''
        rule TEXT NOT NULL,             -- the pattern that found it
        PRIMARY KEY (article, start)
    );
    """),
)

DATES_MIGRATIONS = (
    ("0001_dates", """
    CREATE TABLE dates (
        article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        expression TEXT NOT NULL,
        resolved TEXT,                  -- YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www or A/B; NULL: unresolved
        first_day TEXT,                 -- the interval of days it names
        last_day TEXT,
        anchor TEXT,                    -- the day it was resolved against
        rule TEXT NOT NULL,             -- how it was resolved, or why it was not
        PRIMARY KEY (article, start)
    );
    """),
    ("0002_anchor_from", """
    -- where the anchor came from: 'published' (the article's or its copy group's day) or
    -- 'statement' (the day of the dated articles reporting a statement it reports too)
    ALTER TABLE dates ADD COLUMN anchor_from TEXT;
    """),
)


def mentions(state: dict[str, Any]) -> dict[str, Any]:
    """The date mentions of one article's clean text, in its language."""
    return {"date_mentions": find_mentions(state["cleaned"].text, state["meta"].language)}


def mention_rows(given: dict[str, Any]) -> list[Row]:
    return [m.to_row() for m in given["date_mentions"]]


def read_mentions(stored: list[Row]) -> list[dict[str, Any]]:
    return [DateMention.from_row(r).to_row() for r in sorted(stored, key=lambda r: r["start"])]


def anchor_of(article: Article) -> dt.date | None:
    """The day an article's relative dates count from: its publication day, its own or its copy
    group's (the copies stage leaves it in `published`)."""
    try:
        return dt.date.fromisoformat(article.meta.published) if article.meta.published else None
    except ValueError:
        return None


def statement_days(articles: list[Article], statements: list[Row]) -> dict[str, dt.date]:
    """For each undated article, the day of the dated articles that report a statement it reports
    too, where they all give one day."""
    days = {a.id: anchor_of(a) for a in articles}
    reporters: dict[str, set[str]] = {}
    for row in statements:
        reporters.setdefault(row["statement"], set()).add(row["article"])
    found: dict[str, set[dt.date]] = {}
    for ids in reporters.values():
        dated = {day for i in ids if (day := days.get(i)) is not None}
        for i in ids:
            if i in days and days[i] is None and dated:
                found.setdefault(i, set()).update(dated)
    return {i: next(iter(ds)) for i, ds in found.items() if len(ds) == 1}


def update(articles: list[Article], stored: dict[str, list[Row]], config: Config) -> Update:
    """Every mention of every article resolved against its article's anchor."""
    rows: list[Row] = []
    shared = statement_days(articles, stored["statements"])
    for article in articles:
        anchor, source = anchor_of(article), "published"
        if anchor is None and article.id in shared:
            anchor, source = shared[article.id], "statement"
        for row in article.stages.get("date_mentions") or []:
            mention = DateMention.from_row(row)
            found = resolve(mention, anchor)
            rows.append({"article": article.id, "start": mention.start, "end": mention.end,
                         "expression": mention.expression, "resolved": found.resolved, "first_day": found.start,
                         "last_day": found.end, "anchor": anchor.isoformat() if anchor and mention.anchored else None,
                         "anchor_from": source if anchor and mention.anchored else None, "rule": found.rule})
    return Update(replace={"dates": rows}, computed=len(articles))


def export(stored: dict[str, list[Row]]) -> dict[str, Any]:
    """The schema's `dates` key: one item per expression, resolved or with the reason it is not."""
    return {"dates": [{"article": r["article"], "expression": r["expression"], "resolved": r["resolved"],
                       "start": r["start"], "end": r["end"], "first_day": r["first_day"], "last_day": r["last_day"],
                       "anchor": r["anchor"], "anchor_from": r["anchor_from"],
                       "rule": r["rule"]} for r in stored["dates"]]}


DATE_MENTIONS = ArticleStage("date_mentions", ("cleaned", "meta"), ("date_mentions",), mentions,
                             table=Table("date_mentions"), migrations=MENTION_MIGRATIONS, rows=mention_rows,
                             read=read_mentions)
DATES = CollectionStage("dates", ("copies", "date_mentions", "statements"), (Table("dates"),), update,
                        migrations=DATES_MIGRATIONS, export=export, reads=("statements",), reads_text=False)
