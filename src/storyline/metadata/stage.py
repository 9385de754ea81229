"""The metadata stage: title, outlet, dates and the rest, each with its candidates (describe).
Stored in the articles table itself (its metadata columns and `candidates`)."""
from __future__ import annotations

from ..stage import ArticleStage
from . import describe

METADATA = ArticleStage("metadata", ("document", "cleaned"), ("meta",),
                        lambda s: {"meta": describe(s["document"], s["cleaned"])})
