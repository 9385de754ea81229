"""The stages of a build, in the order they run: a dict registry (as httpx's `SUPPORTED_DECODERS`)
of the two interfaces in `stage.py`, checked before a build runs (as spaCy checks `requires`).

Adding a stage is one package (its `ArticleStage` or `CollectionStage`, its tables' migrations
and row mapping) and one line here.
"""
from __future__ import annotations

from .dates.stage import DATE_MENTIONS, DATES
from .dedup.stage import COPIES
from .entities.stage import ENTITIES, MENTIONS
from .errors import ConfigError
from .metadata.stage import METADATA
from .normalize.stage import NORMALIZE
from .quotes.stage import QUOTES
from .stage import ArticleStage, CollectionStage, Stage
from .statements.stage import STATEMENTS

STAGES: dict[str, Stage] = {
    "normalize": NORMALIZE,
    "metadata": METADATA,
    "quotes": QUOTES,
    "copies": COPIES,
    "date_mentions": DATE_MENTIONS,
    "mentions": MENTIONS,
    "entities": ENTITIES,
    "statements": STATEMENTS,
    "dates": DATES,
}


def article_stages() -> list[ArticleStage]:
    return [s for s in STAGES.values() if isinstance(s, ArticleStage)]


def collection_stages() -> list[CollectionStage]:
    return [s for s in STAGES.values() if isinstance(s, CollectionStage)]


def check(stages: dict[str, Stage] | None = None, given: tuple[str, ...] = ("document",)) -> None:
    """Raise ConfigError when a stage needs what no earlier stage gives (article stages: state
    keys; collection stages: the names of stages), or is registered under another name."""
    have, done = set(given), set[str]()
    for name, stage in (STAGES if stages is None else stages).items():
        if name != stage.name:
            raise ConfigError(f"stage {stage.name!r} is registered as {name!r}; register it under its own name")
        if isinstance(stage, ArticleStage):
            missing = set(stage.needs) - have
            have |= set(stage.gives)
        else:
            missing = set(stage.needs) - done
        if missing:
            raise ConfigError(f"stage {stage.name!r} needs {sorted(missing)}, which no earlier stage gives")
        done.add(name)
