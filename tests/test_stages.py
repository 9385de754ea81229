"""Stages as packages: a stage registered with one line gets its own table, stored, read back,
exported and recomputed with its article; copies are computed only for what changed."""
from __future__ import annotations

import json
import shutil
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from longest_word import LONGEST_WORD
from outlet_counts import OUTLET_COUNTS

import storyline
from storyline import registry
from storyline.config import Config
from storyline.errors import ConfigError
from storyline.report.json_export import to_json
from storyline.store import Store, all_migrations
from storyline.store.migrations import MIGRATIONS

EXAMPLES = ROOT / "examples" / "articles"
REPRINT = ("Nerevo Flow Falls Again\n\nThe Valley Courier\n\n"
           "Flow on the Nerevo fell for a third week in a row, the river authority said on Monday, as the new "
           "reservoir upstream kept filling. Farmers near the lower weirs said their channels ran half empty.")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "articles"
    shutil.copytree(EXAMPLES, out)
    return out


def export(db: Path) -> str:
    with storyline.Dossier(db) as dossier:
        return to_json(dossier)


def before_entities(exported: str) -> dict[str, Any]:
    """An export without what the entity stages (registered after these migrations) give."""
    out: dict[str, Any] = json.loads(exported)
    out["entities"] = []
    for article in out["articles"]:
        article.pop("mentions")
    return out


def reprint_of(folder: Path, name: str) -> str:
    """A near copy of one article: its text with a sentence added at the end."""
    text = (folder / name).read_text(encoding="utf-8")
    return text.rstrip() + "\n\nThis story first ran elsewhere and is reprinted with permission.\n"


def test_a_second_build_signs_only_the_added_article_and_finds_what_a_build_from_scratch_finds(
        folder: Path, tmp_path: Path) -> None:
    first = storyline.build(folder, tmp_path / "s.db", workers=1)
    with storyline.Dossier(tmp_path / "s.db") as d:
        exact = sum(1 for a in d.articles if a.copy and a.copy["kind"] == "exact")
    assert first.computed["copies"] == first.articles - exact  # one signature per distinct text
    (folder / "reprint_nerevo-flow-falls.md").write_text(reprint_of(folder, "valleycourier_nerevo-flow-falls.md"),
                                                         encoding="utf-8")
    second = storyline.build(folder, tmp_path / "s.db", workers=1)
    assert (second.files_read, second.computed["copies"]) == (1, 1)
    scratch = storyline.build(folder, tmp_path / "scratch.db", workers=1)
    assert scratch.computed["copies"] == first.computed["copies"] + 1
    assert export(tmp_path / "s.db") == export(tmp_path / "scratch.db")
    with storyline.Dossier(tmp_path / "s.db") as d:  # the reprint joined its original's group
        reprint = next(a for a in d.articles if a.path.startswith("reprint_"))
        original = next(a for a in d.articles if a.path == "valleycourier_nerevo-flow-falls.md")
        assert any({reprint.id, original.id} <= set(group) for group in d.copy_groups())


def test_a_changed_or_removed_article_is_all_the_copies_stage_computes_again(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    storyline.build(folder, db, workers=1)
    teaser = folder / "valleycourier_porvala-talks_teaser.txt"
    teaser.write_text(teaser.read_text(encoding="utf-8") + "\nA late paragraph on the Porvala talks.\n",
                      encoding="utf-8")
    (folder / "valley_courier_print_p2.txt").unlink()
    again = storyline.build(folder, db, workers=1)
    assert again.computed["copies"] == 1
    storyline.build(folder, tmp_path / "scratch.db", workers=1)
    assert export(db) == export(tmp_path / "scratch.db")
    unchanged = storyline.build(folder, db, workers=1)
    assert unchanged.computed == {}  # nothing changed: the stage does not run


def test_other_copy_settings_compute_every_signature_again(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    first = storyline.build(folder, db, workers=1)
    (folder / "reprint.md").write_text(reprint_of(folder, "valleycourier_nerevo-flow-falls.md"), encoding="utf-8")
    other = storyline.build(folder, db, config=Config(near_copy_threshold=0.6), workers=1)
    assert other.computed["copies"] == first.computed["copies"] + 1
    storyline.build(folder, tmp_path / "scratch.db", config=Config(near_copy_threshold=0.6), workers=1)
    assert export(db) == export(tmp_path / "scratch.db")


def test_a_stage_registered_with_one_line_has_its_table_its_rows_its_export_and_is_recomputed_with_its_article(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(registry.STAGES, "longest_word", LONGEST_WORD)  # the one registration line
    db = tmp_path / "s.db"
    report = storyline.build(folder, db, workers=1)
    with Store(db) as store:
        assert store.migrations()[-1] == "longest_word/0001_longest_word"
        assert store.count("longest_word") == report.articles
    with storyline.Dossier(db) as d:
        exported = d.to_dict()["articles"]
        for article, shown in zip(d.articles, exported):
            found = article.stages["longest_word"]
            assert shown["longest_word"] == found
            assert article.text[found["start"]:found["end"]] == found["word"]
    page = folder / "valleycourier_nerevo-flow-falls.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nElectrohydrodynamically speaking, nothing changed.\n",
                    encoding="utf-8")
    storyline.build(folder, db, workers=1)
    with storyline.Dossier(db) as d:
        assert d.article(next(a.id for a in d.articles if a.path == page.name)).stages["longest_word"]["word"] \
            == "Electrohydrodynamically"
        others = {a.path: a.stages["longest_word"] for a in d.articles if a.path != page.name}
    assert others == {a["path"]: a["longest_word"] for a in exported if a["path"] != page.name}
    page.unlink()
    storyline.build(folder, db, workers=1)
    with Store(db) as store:  # gone with its article
        assert store.count("longest_word") == store.count("articles")


def test_a_stage_registered_on_a_built_store_is_computed_for_every_article_already_there(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.db"
    first = storyline.build(folder, db, workers=1)
    monkeypatch.setitem(registry.STAGES, "longest_word", LONGEST_WORD)
    again = storyline.build(folder, db, workers=1)
    assert (again.files_read, again.files_unchanged) == (first.files_read, 0)
    with Store(db) as store:
        assert store.count("longest_word") == store.count("articles") == first.articles
    assert storyline.build(folder, db, workers=1).files_unchanged == first.files


def test_a_collection_stage_registered_with_one_line_runs_when_articles_change_and_is_exported(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(registry.STAGES, "outlet_counts", OUTLET_COUNTS)  # the one registration line
    db = tmp_path / "s.db"
    first = storyline.build(folder, db, workers=1)
    assert first.computed["outlet_counts"] == first.articles
    with storyline.Dossier(db) as d:
        counts = d.to_dict()["outlet_counts"]
        assert counts == dict(sorted(Counter(a.meta.outlet for a in d.articles if a.meta.outlet).items()))
    assert storyline.build(folder, db, workers=1).computed == {}  # nothing changed: no stage runs
    (folder / "reprint.md").write_text(reprint_of(folder, "valleycourier_nerevo-flow-falls.md"), encoding="utf-8")
    again = storyline.build(folder, db, workers=1)
    assert (again.computed["copies"], again.computed["outlet_counts"]) == (1, first.articles + 1)
    with storyline.Dossier(db) as d:
        assert sum(d.to_dict()["outlet_counts"].values()) == sum(counts.values()) + 1


def test_without_the_demonstration_stage_the_export_has_no_key_of_it(folder: Path, tmp_path: Path) -> None:
    storyline.build(folder, tmp_path / "s.db", workers=1)
    assert "longest_word" not in json.loads(export(tmp_path / "s.db"))["articles"][0]


def test_a_stage_that_needs_what_no_earlier_stage_gives_is_refused_before_the_build(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stages = dict(registry.STAGES)
    monkeypatch.setattr(registry, "STAGES", {"longest_word": LONGEST_WORD, **stages})
    with pytest.raises(ConfigError, match="longest_word.*cleaned"):
        storyline.build(folder, tmp_path / "s.db")
    monkeypatch.setattr(registry, "STAGES", {"copies": stages["copies"], "normalize": stages["normalize"],
                                             "metadata": stages["metadata"]})
    with pytest.raises(ConfigError, match="copies.*metadata"):
        storyline.build(folder, tmp_path / "s.db")


def test_a_store_built_before_stages_had_tables_is_upgraded_with_nothing_lost(folder: Path, tmp_path: Path) -> None:
    new = tmp_path / "new.db"
    storyline.build(folder, new, workers=1)
    old = tmp_path / "old.db"
    with sqlite3.connect(old) as con:  # the same collection as main's migrations 0001-0005 left it
        con.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        for name, sql in MIGRATIONS[:5]:
            assert name.startswith(("0001", "0002", "0003", "0004", "0005"))
            con.executescript(sql)
            con.execute("INSERT INTO migrations VALUES (?, '2026-12-01')", (name,))
        con.execute("ATTACH ? AS n", (str(new),))
        for table in ("sources", "articles", "skipped", "copies", "inherited", "state"):
            columns = ", ".join(r[1] for r in con.execute(f"PRAGMA main.table_info({table})"))
            con.execute(f"INSERT INTO main.{table} SELECT {columns} FROM n.{table}")
        con.commit()
        con.execute("DETACH n")
    con.close()
    assert before_entities(export(old)) == before_entities(export(new))  # the entity stages run at the next build
    with Store(old) as store:
        assert store.migrations() == [name for name, _ in all_migrations()]
        assert store.stage_current("copies")  # its generation carried over: nothing to do yet
    (folder / "reprint.md").write_text(reprint_of(folder, "valleycourier_nerevo-flow-falls.md"), encoding="utf-8")
    for db in (old, new):
        storyline.build(folder, db, workers=1)
    assert export(old) == export(new)
