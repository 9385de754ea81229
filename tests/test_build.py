"""Building a store: idempotent re-runs, incremental updates, transactions, copies inherited dates."""
from __future__ import annotations

import json
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import storyline
from conftest import ROOT, without_stage_results
from storyline.store import Store, all_migrations
from storyline.store.migrations import MIGRATIONS

STORY = """Harbour Strike Ends After Nine Days

March 14, 2025

Dock workers in Port Almira voted on Friday to end a nine-day strike that had left more than forty container ships waiting offshore, the union said.

"We have won a fair deal and we go back to work on Monday," said union leader Tomas Vell, who read the result to a crowd outside the union hall.

The port authority said the first ships would be unloaded within hours and that the backlog would take about two weeks to clear.
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    write(src, "strike.md", STORY)
    copy = STORY.split("\n\n", 2)[2].replace("\n\n", "\n\n\n")  # the body alone, other spacing
    write(src, "pdf-copy/strike_print.txt", copy)
    return src


def test_a_folder_becomes_stored_articles_with_paths_relative_to_it(folder: Path, db: Path) -> None:
    report = storyline.build(folder, db)
    assert (report.files, report.files_read, report.articles, report.copies) == (2, 2, 2, 1)
    with storyline.Dossier(db) as d:
        assert sorted(a.path for a in d.articles) == ["pdf-copy/strike_print.txt", "strike.md"]


def test_a_copy_without_a_date_inherits_its_originals_and_says_so(folder: Path, db: Path) -> None:
    storyline.build(folder, db)
    with storyline.Dossier(db) as d:
        by_path = {a.path: a for a in d.articles}
        original, copy = by_path["strike.md"], by_path["pdf-copy/strike_print.txt"]
        assert copy.duplicate_of == original.id and original.duplicate_of is None
        assert copy.meta.published == "2025-03-14"
        assert copy.meta.source_of("published") == "inherited"


def test_building_again_does_no_work_for_unchanged_files(folder: Path, db: Path) -> None:
    storyline.build(folder, db)
    again = storyline.build(folder, db)
    assert (again.files_read, again.files_unchanged, again.articles_added, again.articles) == (0, 2, 0, 2)


def test_a_new_or_changed_file_is_read_and_copies_brought_up_to_date(folder: Path, db: Path) -> None:
    storyline.build(folder, db)
    write(folder, "strike.md", STORY.replace("nine-day", "ten-day"))
    write(folder, "other.txt", "A different story about a bridge opening in a mountain town, told in other words entirely.")
    report = storyline.build(folder, db)
    assert (report.files_read, report.files_unchanged, report.articles) == (2, 1, 3)
    with storyline.Dossier(db) as d:
        assert "ten-day strike" in next(a.text for a in d.articles if a.path == "strike.md")
        assert len(d.copy_groups()) == 1


def test_a_build_that_fails_midway_leaves_the_store_as_before_and_the_next_run_finishes(
        folder: Path, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    storyline.build(folder, db)
    write(folder, "late.txt", "A third story about the harbour pilots, who were not part of the strike at all.")
    calls = {"n": 0}
    real = Store.put_article

    def crash(self: Store, *args: object, **kwargs: object) -> None:
        calls["n"] += 1
        raise KeyboardInterrupt("killed")

    monkeypatch.setattr(Store, "put_article", crash)
    with pytest.raises(KeyboardInterrupt):
        storyline.build(folder, db)
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
        assert con.execute("SELECT count(*) FROM sources WHERE file = 'late.txt'").fetchone()[0] == 0
    monkeypatch.setattr(Store, "put_article", real)
    report = storyline.build(folder, db)
    assert (report.files_read, report.articles) == (1, 3)


def test_the_store_records_its_migrations_and_runs_in_wal_mode(db: Path) -> None:
    names = [name for name, _ in all_migrations()]  # the store's, then each stage's
    with Store(db) as store:
        assert store.migrations() == names
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(db) as store:  # opening again applies nothing twice
        assert store.migrations() == names


def test_a_store_made_by_the_first_schema_is_upgraded_with_nothing_lost(folder: Path, tmp_path: Path) -> None:
    new = tmp_path / "new.db"
    storyline.build(folder, new)
    old = tmp_path / "old.db"
    with sqlite3.connect(old) as con:  # the same collection as version 0001 of the schema stored it
        con.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        con.executescript(MIGRATIONS[0][1])
        con.execute("INSERT INTO migrations VALUES ('0001_foundation', '2026-01-01')")
        con.execute("ATTACH ? AS n", (str(new),))
        con.execute("INSERT INTO sources SELECT file, root, format, hash, size, mtime, articles, skipped, built_at"
                    " FROM n.sources")
        columns = [r[1] for r in con.execute("PRAGMA main.table_info(articles)")]
        con.execute(f"INSERT INTO articles SELECT {', '.join(columns)} FROM n.articles")
        for table in ("copies", "inherited"):
            con.execute(f"INSERT INTO {table} SELECT * FROM n.{table}")
        con.commit()
        con.execute("DETACH n")
    with storyline.Dossier(old) as upgraded, storyline.Dossier(new) as fresh:
        assert upgraded.store.migrations() == [name for name, _ in all_migrations()]
        assert upgraded.to_dict() == without_stage_results(fresh.to_dict())
    again = storyline.build(folder, old)  # the stages with tables of their own (dates) read each file once
    assert (again.files_read, again.files_unchanged, again.articles) == (2, 0, 2)
    with storyline.Dossier(old) as upgraded, storyline.Dossier(new) as fresh:
        assert upgraded.to_dict() == fresh.to_dict()


def test_two_folders_holding_the_same_file_names_are_both_kept(folder: Path, tmp_path: Path, db: Path) -> None:
    other = tmp_path / "other"
    write(other, "strike.md", "Ferry Service Resumes\n\nJune 2, 2024\n\nThe island ferry sailed again on Sunday "
                              "after the storm damage to the pier at Kessel Point was repaired by volunteers.")
    storyline.build(folder, db)
    storyline.build(other, db)
    with storyline.Dossier(db) as d:
        titles = sorted(a.meta.title for a in d.articles if a.path == "strike.md")
        assert titles == ["Ferry Service Resumes", "Harbour Strike Ends After Nine Days"]
        assert len({a.id for a in d.articles}) == 3


def test_a_moved_folder_is_recognised_and_not_read_twice(folder: Path, tmp_path: Path, db: Path) -> None:
    first = storyline.build(folder, db)
    with storyline.Dossier(db) as d:
        ids = sorted(a.id for a in d.articles)
    moved = folder.rename(tmp_path / "renamed")
    report = storyline.build(moved, db)
    assert (first.files_read, report.files_read, report.files_unchanged, report.articles) == (2, 0, 2, 2)
    with storyline.Dossier(db) as d:
        assert sorted(a.id for a in d.articles) == ids


def test_the_original_bytes_are_kept(folder: Path, db: Path) -> None:
    storyline.build(folder, db)
    with storyline.Dossier(db) as d:
        article = next(a for a in d.articles if a.path == "strike.md")
        assert d.store.raw(article.id) == STORY.encode("utf-8")
        assert article.source_text == STORY
        start = article.text.index("Tomas Vell")
        s, e = article.textmap.span_to_source(start, start + len("Tomas Vell"))
        assert article.source_text[s:e] == "Tomas Vell"


def test_a_wire_story_run_by_two_outlets_keeps_each_outlets_name_and_inherits_only_the_date(
        tmp_path: Path, db: Path) -> None:
    story = ("KESSEL, May 4 (Northwind) - The island ferry operator will withdraw its two oldest vessels before "
             "the summer season, its chief executive said on Monday, after inspectors found corrosion in both hulls. "
             "The replacement ships ordered last year are due in April, the company said in a statement.\n\n"
             "Passenger groups said the timetable would be cut by a third until the new ships arrive.\n")
    write(tmp_path / "in", "gazette.txt", "THE ISLAND GAZETTE\nMay 4, 2026\n\nFerries to go\n\n" + story)
    write(tmp_path / "in", "reprint.txt", "Harbour Daily\nOld ferries withdrawn\n\n" + story +
          "\nThe ferry union said it would seek talks on jobs.\n")
    storyline.build(tmp_path / "in", db)
    with storyline.Dossier(db) as d:
        by_path = {a.path: a for a in d.articles}
        gazette, reprint = by_path["gazette.txt"], by_path["reprint.txt"]
        assert reprint.duplicate_of == gazette.id or gazette.duplicate_of == reprint.id
        assert (gazette.meta.wire, reprint.meta.wire) == ("Northwind", "Northwind")
        assert (gazette.meta.outlet, reprint.meta.outlet) == ("The Island Gazette", "Harbour Daily")
        assert reprint.meta.published == "2026-05-04" and reprint.meta.source_of("published") == "inherited"


def two_folders_of_copies(tmp_path: Path, pairs: int) -> tuple[Path, Path]:
    """Two folders, each of `pairs` stories and a re-spaced reprint of each: 2 × pairs copy links."""
    rng = random.Random(5)
    vocab = ["".join(rng.choice("abcdefghijklmnoprstuvw") for _ in range(rng.randint(3, 9))) for _ in range(5000)]
    folders = []
    for name in ("a", "b"):
        for i in range(pairs):
            text = "\n\n".join(" ".join(rng.choice(vocab) for _ in range(30)).capitalize() + "." for _ in range(4))
            write(tmp_path / name, f"s{i:03}.txt", text + "\n")
            write(tmp_path / name, f"s{i:03}_reprint.txt", text.replace("\n\n", "\n\n\n") + "\n\nMore later.\n")
        folders.append(tmp_path / name)
    return folders[0], folders[1]


def test_two_builds_of_different_folders_into_one_store_at_once_keep_every_copy_link(tmp_path: Path) -> None:
    # Before builds took turns, two builds of a new store both migrated it (one failed), and two
    # builds of an existing store lost links for good in 6 of 15 runs of this set-up: the first
    # round starts from no store, three more from an empty one.
    a, b = two_folders_of_copies(tmp_path, 100)
    for round in range(4):
        db = tmp_path / f"s{round}.db"
        if round:
            Store(db).close()
        builds = [subprocess.Popen([sys.executable, "-m", "storyline", "build", str(f), "--db", str(db),
                                    "--no-progress"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                  for f in (a, b)]
        errors = [p.communicate(timeout=300)[1] for p in builds]
        assert [p.returncode for p in builds] == [0, 0], errors
        with storyline.Dossier(db) as d:
            by_id = {x.id: x.path for x in d.articles}
            links = {x.id: (by_id[x.id], by_id[x.duplicate_of]) for x in d.articles if x.duplicate_of}
        assert len(by_id) == 400
        assert len(links) == 200, f"round {round}: {200 - len(links)} copy links lost"
        assert all(c[:4] == o[:4] for c, o in links.values())  # s017.txt and s017_reprint.txt


def test_a_second_build_waits_for_the_first_and_says_so(folder: Path, db: Path) -> None:
    from storyline.store import WriterLock

    with WriterLock(db).held():  # a build of another process is writing
        build = subprocess.Popen([sys.executable, "-m", "storyline", "build", str(folder), "--db", str(db),
                                  "--no-progress"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert build.stderr is not None
        ready, _, _ = select.select([build.stderr], [], [], 60)
        assert ready, "the second build said nothing"
        assert "waiting" in build.stderr.readline()
        assert build.poll() is None  # it waits
    _, err = build.communicate(timeout=120)
    assert build.returncode == 0, err
    assert "2 files: 2 read" in err


def test_a_file_deleted_from_the_folder_leaves_the_dossier_at_the_next_build(folder: Path, db: Path) -> None:
    storyline.build(folder, db)
    (folder / "pdf-copy" / "strike_print.txt").unlink()
    report = storyline.build(folder, db)
    assert (report.removed, report.articles, report.copies) == ({"pdf-copy/strike_print.txt": 1}, 1, 0)
    assert report.ok
    with storyline.Dossier(db) as d:
        assert [a.path for a in d.articles] == ["strike.md"]
        assert d.copy_groups() == [] and d.articles[0].duplicate_of is None
        assert d.store.db.execute("SELECT count(*) FROM inherited").fetchone()[0] == 0
    assert storyline.build(folder, db).removed == {}


def test_a_folder_that_holds_nothing_now_removes_nothing_and_says_so(folder: Path, db: Path) -> None:
    """An unmounted drive or a wrong path looks like a folder whose files were all deleted."""
    storyline.build(folder, db)
    for f in [p for p in folder.rglob("*") if p.is_file()]:
        f.unlink()
    report = storyline.build(folder, db)
    assert report.removed == {} and report.articles == 2 and not report.ok
    assert "holds no input files now; its 2 stored files were kept" in report.skipped[0].reason


def test_a_deleted_original_leaves_its_copy_without_the_date_it_had_inherited(folder: Path, db: Path) -> None:
    storyline.build(folder, db)
    (folder / "strike.md").unlink()
    storyline.build(folder, db)
    with storyline.Dossier(db) as d:
        (copy,) = d.articles
        assert (copy.path, copy.duplicate_of, copy.meta.published) == ("pdf-copy/strike_print.txt", None, None)


def test_deleting_a_file_leaves_the_files_of_other_build_folders_alone(folder: Path, tmp_path: Path, db: Path) -> None:
    other = tmp_path / "other"
    write(other, "strike.md", STORY)
    storyline.build(folder, db)
    storyline.build(other, db)
    (folder / "strike.md").unlink()
    report = storyline.build(folder, db)
    assert report.removed == {"strike.md": 1}
    with storyline.Dossier(db) as d:
        assert sorted(a.path for a in d.articles) == ["pdf-copy/strike_print.txt", "strike.md"]
        assert len(d.copy_groups()) == 1  # the other folder's strike.md is now the original


def test_building_one_file_of_a_folder_removes_nothing_else(folder: Path, db: Path) -> None:
    storyline.build(folder, db)
    report = storyline.build(folder / "strike.md", db)
    assert (report.removed, report.articles) == ({}, 2)


def test_a_skipped_file_that_is_deleted_leaves_no_skipped_entry(folder: Path, db: Path) -> None:
    write(folder, "empty.txt", "")
    write(folder, "list.jsonl", '{"title": "One", "text": "' + "A line of text about the harbour. " * 5 + '"}\n{oops\n')
    assert {s.path for s in storyline.build(folder, db).skipped} == {"empty.txt", "list.jsonl#2"}
    (folder / "empty.txt").unlink()
    (folder / "list.jsonl").unlink()
    report = storyline.build(folder, db)
    assert report.removed == {"empty.txt": 0, "list.jsonl": 1}
    with storyline.Dossier(db) as d:
        assert d.skipped == []


def test_a_files_skipped_entry_is_the_verdict_of_the_latest_build(folder: Path, db: Path) -> None:
    storyline.build(folder, db)
    good = (folder / "strike.md").read_bytes()
    (folder / "strike.md").write_bytes(b"\0\1\2" * 100)
    assert [s.path for s in storyline.build(folder, db).skipped] == ["strike.md"]
    with storyline.Dossier(db) as d:
        assert [p for p, _ in d.skipped] == ["strike.md"] and len(d.articles) == 2  # the stored text is kept
    (folder / "strike.md").write_bytes(good)  # back as it was stored: unchanged, and not skipped any more
    report = storyline.build(folder, db)
    assert (report.files_unchanged, report.skipped) == (2, [])
    with storyline.Dossier(db) as d:
        assert d.skipped == []


def test_the_build_summary_names_each_removed_file(folder: Path, db: Path) -> None:
    from click.testing import CliRunner

    from storyline.cli import cli

    CliRunner().invoke(cli, ["build", str(folder), "--db", str(db)])
    (folder / "strike.md").unlink()
    result = CliRunner().invoke(cli, ["build", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "1 removed" in result.output
    assert "removed strike.md: no longer in the folder (1 article)" in result.output


@pytest.mark.parametrize("name", ["dossier.db", "dossier.txt"])
def test_a_store_kept_inside_the_folder_it_builds_is_not_read_as_input(name: str, folder: Path) -> None:
    db = folder / name
    storyline.build(folder, db)
    again = storyline.build(folder, db)
    assert (again.files, again.files_unchanged, again.skipped, again.articles) == (2, 2, [], 2)


def test_an_interrupted_build_exits_130_and_says_what_is_kept(folder: Path, db: Path) -> None:
    from storyline.store import WriterLock

    with WriterLock(db).held():
        build = subprocess.Popen([sys.executable, "-m", "storyline", "build", str(folder), "--db", str(db),
                                  "--no-progress"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert build.stderr is not None
        ready, _, _ = select.select([build.stderr], [], [], 60)
        assert ready and "waiting" in build.stderr.readline()
        build.send_signal(signal.SIGINT)  # Ctrl-C
        _, err = build.communicate(timeout=60)
    assert build.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err


def test_reading_in_worker_processes_gives_the_same_dossier_as_reading_in_one(tmp_path: Path) -> None:
    folder = ROOT / "examples" / "articles"
    dossiers = []
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.db"
        assert storyline.build(folder, db, workers=workers).articles_added == 13
        with storyline.Dossier(db) as d:
            dossier = d.to_dict()
        for a in dossier["articles"]:
            a.pop("first_seen", None)
        dossiers.append(json.dumps(dossier, sort_keys=True))
    assert dossiers[0] == dossiers[1]


def test_a_worker_that_dies_costs_only_its_own_file() -> None:
    from storyline.parallel import Died, ordered_map

    assert list(ordered_map(_die_on_three, range(6), 2)) == [0, 1, 2, Died(3), 4, 5]


def _die_on_three(n: int) -> int:
    if n == 3:
        os._exit(1)  # the way a worker killed for memory ends: no exception, no result
    return n


LEADS = {  # short reports of their own: no two share a sentence, so none is a copy of another
    "a.txt": "Ministers met in Porvala on Tuesday to open talks on the dam, aides said.",
    "b.txt": "The talks on the river stalled on Thursday over the summer flow of the Tarsa.",
    "c.txt": "Hundreds of farmers marched on the capital to demand water for their fields.",
    "d.txt": "The canal at Nerevo fell to its lowest level in forty years, the ministry said.",
}


def _collection(src: Path, heads: dict[str, str]) -> None:
    for name, head in heads.items():
        write(src, name, head + "\n\n" + LEADS[name] + "\n")


def test_a_day_without_its_year_takes_the_year_in_which_it_falls_on_its_weekday(tmp_path: Path, db: Path) -> None:
    _collection(tmp_path / "in", {"a.txt": "Dam talks open\n4 March 2025", "b.txt": "Dam talks stall\n20 March 2025",
                                  "c.txt": "Farmers march on the capital\nFriday 7 March",
                                  "d.txt": "Canal levels fall\nSunday 7 March"})
    storyline.build(tmp_path / "in", db)
    with storyline.Dossier(db) as d:
        by_path = {a.path: a for a in d.articles}
    assert by_path["c.txt"].meta.published == "2025-03-07"  # a Friday in 2025, the collection's year
    assert by_path["d.txt"].meta.published is None  # a Sunday in 2021 and 2027: too far from 2025 to guess


def test_two_years_that_fit_leave_the_day_without_a_year(tmp_path: Path, db: Path) -> None:
    _collection(tmp_path / "in", {"a.txt": "Dam talks open\n4 March 2019", "b.txt": "Dam talks end\n20 March 2025",
                                  "c.txt": "Farmers march on the capital\nThursday 7 March"})
    storyline.build(tmp_path / "in", db)
    with storyline.Dossier(db) as d:
        assert {a.path: a.meta.published for a in d.articles}["c.txt"] is None  # Thursday: 2019 and 2024


def test_a_wire_original_takes_its_year_from_its_reprints_and_is_not_dated_by_a_later_one(
        tmp_path: Path, db: Path) -> None:
    story = ("KESSEL, May 4 (Northwind) - The island ferry operator will withdraw its two oldest vessels before "
             "the summer season, its chief executive said on Monday, after inspectors found corrosion in both hulls. "
             "The replacement ships ordered last year are due in April, the company said in a statement.\n\n"
             "Passenger groups said the timetable would be cut by a third until the new ships arrive.\n")
    src = tmp_path / "in"
    write(src, "northwind.txt", "Ferries to go\n\n" + story)  # the agency's own copy: its day, no year
    write(src, "gazette.txt", "THE ISLAND GAZETTE\nMay 6, 2026\n\nOld ferries to go\n\n" + story +
          "\nThe ferry union said it would seek talks on jobs.\n")
    write(src, "daily.txt", "HARBOUR DAILY\nMay 5, 2026\n\nTwo ferries withdrawn\n\n" + story)
    storyline.build(src, db)
    with storyline.Dossier(db) as d:
        by_path = {a.path: a for a in d.articles}
    assert {p: a.meta.published for p, a in by_path.items()} == {
        "northwind.txt": "2026-05-04", "gazette.txt": "2026-05-06", "daily.txt": "2026-05-05"}
    assert {p: a.meta.outlet for p, a in by_path.items()} == {
        "northwind.txt": "Northwind", "gazette.txt": "The Island Gazette", "daily.txt": "Harbour Daily"}


def test_a_wire_copy_without_a_date_takes_the_earliest_of_its_group(tmp_path: Path, db: Path) -> None:
    story = ("PORVALA (Northwind) - The island ferry operator will withdraw its two oldest vessels before "
             "the summer season, its chief executive said on Monday, after inspectors found corrosion in both hulls. "
             "The replacement ships ordered last year are due in April, the company said in a statement.\n\n"
             "Passenger groups said the timetable would be cut by a third until the new ships arrive.\n")
    src = tmp_path / "in"
    write(src, "northwind.txt", "Ferries to go\n\n" + story)
    write(src, "gazette.txt", "THE ISLAND GAZETTE\nMay 6, 2026\nBy Lena Marr\n\nOld ferries to go\n\n" + story +
          "\nThe ferry union said it would seek talks on jobs.\n\nhttps://islandgazette.example/2026/05/06/ferries\n")
    write(src, "daily.txt", "HARBOUR DAILY\nMay 5, 2026\n\nTwo ferries withdrawn\n\n" + story)
    storyline.build(src, db)
    with storyline.Dossier(db) as d:
        assert {a.path: a.meta.published for a in d.articles}["northwind.txt"] == "2026-05-05"


def test_an_outlet_only_the_file_name_writes_is_one_the_collection_names(tmp_path: Path, db: Path) -> None:
    src = tmp_path / "in"
    write(src, "a.txt", "THE VALLEY COURIER\nDam talks open\n\n" + LEADS["a.txt"] + "\n")
    write(src, "2023-04-18_valley-courier_talks-stall.txt", "Dam talks stall\n\n" + LEADS["b.txt"] + "\n")
    write(src, "courier-notes.txt", "Farmers march\n\n" + LEADS["c.txt"] + "\n")  # "courier" alone names nothing
    storyline.build(src, db)
    with storyline.Dossier(db) as d:
        outlets = {a.path: a.meta.outlet for a in d.articles}
    assert outlets == {"a.txt": "The Valley Courier", "courier-notes.txt": None,
                       "2023-04-18_valley-courier_talks-stall.txt": "The Valley Courier"}


def test_a_day_with_its_weekday_takes_the_collections_year_not_a_copys(tmp_path: Path, db: Path) -> None:
    story = ("The ferry operator will withdraw its two oldest vessels before the summer season, its chief "
             "executive said, after inspectors found corrosion in both hulls. The replacement ships ordered "
             "last year are due in April, the company said in a statement.\n")
    src = tmp_path / "in"
    write(src, "wire.txt", "Ferries to go\n14 May 2019\n\n" + story)
    write(src, "brief.txt", "Ferries to go\nThursday 16 May\n\n" + story)  # a copy: a Thursday in 2019 and 2024
    _collection(src, {"a.txt": "Dam talks open\n4 March 2025"})
    storyline.build(src, db)
    with storyline.Dossier(db) as d:
        by_path = {a.path: a for a in d.articles}
    assert by_path["brief.txt"].duplicate_of == by_path["wire.txt"].id or \
        by_path["wire.txt"].duplicate_of == by_path["brief.txt"].id
    assert by_path["brief.txt"].meta.published is None


def test_one_outlet_is_written_one_way_across_the_collection(tmp_path: Path, db: Path) -> None:
    """A byline's "Valley Courier" and a masthead's "The Valley Courier" are one paper: the
    dossier writes the form most articles give, the fuller on a tie; other names stay as they are."""
    src = tmp_path / "in"
    write(src, "a.txt", "The Valley Courier\n\nDam talks open\n\n" + LEADS["a.txt"] + "\n")
    write(src, "b.txt", "Dam talks stall\n\nBy Ana Ruiz, Valley Courier\n\n" + LEADS["b.txt"] + "\n")
    write(src, "c.txt", "THE HILL GAZETTE\n\nFarmers march\n\n" + LEADS["c.txt"] + "\n")
    storyline.build(src, db)
    with storyline.Dossier(db) as d:
        outlets = {a.path: a.meta.outlet for a in d.articles}
    assert outlets == {"a.txt": "The Valley Courier", "b.txt": "The Valley Courier", "c.txt": "The Hill Gazette"}
