"""The dates stage: every date expression of an article found and described without an anchor
(`find_mentions`), then resolved against the article's day once copies have given undated
articles theirs (`resolve`). See stage.py for the two stages and their tables."""
from __future__ import annotations

from .find import find_mentions
from .mention import DateMention
from .resolve import Resolution, resolve

__all__ = ["DateMention", "Resolution", "find_mentions", "resolve"]
