"""Shared fixtures: a fresh store, the shared seeds and scorer, and a builder that exports and scores."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import storyline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"


def need_shared() -> None:
    """Skip where ../shared is absent, except in CI, where its absence is a failure."""
    if not SCORER.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI needs {SHARED} beside the checkout")
        pytest.skip(f"{SHARED} is not beside this checkout")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


def without_stage_results(export: dict) -> dict:
    """An export with every registered stage's own results emptied (what `read` and `export` give
    for no rows): a store upgraded from before a stage existed has them only after its next build,
    which reads its files again for the article stages that keep tables."""
    from storyline import registry
    from storyline.stage import ArticleStage

    out = dict(export)
    for stage in registry.STAGES.values():
        if isinstance(stage, ArticleStage):
            if stage.table is not None and stage.read is not None:
                out["articles"] = [a | {stage.name: stage.read([])} for a in out["articles"]]
            export = getattr(stage, "export", None)  # an article stage's top-level keys, where stages have them
            if stage.table is not None and export is not None:
                out |= export([])
        elif stage.export is not None:
            out |= stage.export({name: [] for name in [table.name for table in stage.tables] + list(stage.reads)})
    return out


def build_and_export(folder: Path, db: Path) -> dict:
    storyline.build(folder, db)
    with storyline.Dossier(db) as dossier:
        return dossier.to_dict()


def score(dossier: dict, gold: Path, tmp_path: Path) -> dict:
    """The shared scorer's figures for a dossier, run as a user would run it."""
    out = tmp_path / "dossier.json"
    out.write_text(json.dumps(dossier), encoding="utf-8")
    done = subprocess.run([sys.executable, str(SCORER), str(out), str(gold), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)
