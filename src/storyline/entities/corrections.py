"""A user's corrections to the merging: kept in the entities stage's own table, applied by every
later build after the rules (merge.py, step 5), so no rebuild undoes them.

    merge(db, ["Sasha Petrov", "Alexander Petrov"])   # one entity, whatever the rules said
    split(db, "Smith")                                # this spelling stands alone again
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path

from ..config import Config
from ..errors import ConfigError
from ..pipeline import run_collection
from ..store import Store, WriterLock
from .stage import ENTITIES


def merge(db: str | Path, names: Sequence[str]) -> None:
    """Join the entities that hold these spellings (two or more)."""
    if len(names) < 2:
        raise ConfigError("merge needs two names or more, e.g. storyline entities merge 'Sasha Petrov' 'Petrov'")
    _correct(db, "merge", names)


def split(db: str | Path, name: str) -> None:
    """Take this spelling out of the entity the rules put it in: it becomes an entity of its own."""
    _correct(db, "split", [name])


def _correct(db: str | Path, action: str, names: Sequence[str]) -> None:
    if not Path(db).exists():
        raise ConfigError(f"{db}: no store here; build one first: storyline build FOLDER --db {db}")
    with Store(db) as store, WriterLock(db).held():
        known = {v.lower() for row in store.stage_rows("entities") for v in json.loads(row["variants"])}
        missing = [n for n in names if n.lower() not in known]
        if missing:
            raise ConfigError(f"no entity has the name {missing[0]!r}; `storyline entities list` shows them")
        with store.transaction():
            store.write_rows("entity_corrections", [{"action": action, "names": json.dumps(list(names)),
                                                     "at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}])
        run_collection(store, ENTITIES, Config())
