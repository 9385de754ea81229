"""The JSON export is pinned byte for byte: a change to how stages are run or stored must not
change what a user gets. tests/expected_exports/ holds the exports of the last change that was
meant to alter them; such a change re-pins them with `python tests/test_export_pinned.py` and
says so in its commit."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, SHARED, need_shared

import storyline
from storyline.report.json_export import to_json

EXPECTED = ROOT / "tests" / "expected_exports"
CORPORA = {"examples": ROOT / "examples" / "articles",
           **{p.parent.name: p for p in sorted((ROOT / "tests" / "corpora").glob("*/articles"))}}


def export(folder: Path, db: Path) -> str:
    storyline.build(folder, db, workers=1)
    with storyline.Dossier(db) as dossier:
        return to_json(dossier)


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_the_export_of_each_corpus_is_byte_for_byte_what_it_was(name: str, tmp_path: Path) -> None:
    assert export(CORPORA[name], tmp_path / "s.db") == (EXPECTED / f"{name}.json").read_text(encoding="utf-8")


def test_the_export_of_the_shared_seeds_is_byte_for_byte_what_it_was(tmp_path: Path) -> None:
    need_shared()
    got = export(SHARED / "seeds" / "articles", tmp_path / "s.db")
    assert got == (EXPECTED / "seeds.json").read_text(encoding="utf-8")


if __name__ == "__main__":  # re-pin: python tests/test_export_pinned.py
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for name, folder in [*CORPORA.items(), ("seeds", SHARED / "seeds" / "articles")]:
            (EXPECTED / f"{name}.json").write_text(export(folder, Path(tmp) / f"{name}.db"), encoding="utf-8")
            print("pinned", name)
