"""The normalize stage: a document's clean text and its map back to the source (clean.py).
Stored in the articles table itself (text, textmap, removed), as every article has one."""
from __future__ import annotations

from ..stage import ArticleStage
from .clean import clean

NORMALIZE = ArticleStage("normalize", ("document",), ("cleaned",), lambda s: {"cleaned": clean(s["document"])})
