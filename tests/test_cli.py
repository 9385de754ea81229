"""The command line: build, export and demo, driven as a user drives them."""
from __future__ import annotations

import json
import re
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import cli

ARTICLE = "Bridge Opens\n\nJune 2, 2024\n\nThe new bridge over the Sava opened on Sunday after four years of work, the mayor said.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "bridge.txt").write_text(ARTICLE, encoding="utf-8")
    return src


def test_build_then_export_json_follows_the_schema(folder: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "s.db")
    built = runner.invoke(cli, ["build", str(folder), "--db", db])
    assert built.exit_code == 0, built.output
    assert "1 files: 1 read" in built.output
    out = tmp_path / "d.json"
    exported = runner.invoke(cli, ["export", "--db", db, "--format", "json", "-o", str(out)])
    assert exported.exit_code == 0, exported.output
    data = json.loads(out.read_text(encoding="utf-8"))
    for key in ("articles", "events", "storylines", "quotes", "entities", "dates", "discrepancies"):
        assert isinstance(data[key], list)
    article = data["articles"][0]
    assert {k: article[k] for k in ("path", "title", "published", "duplicate_of", "event")} == {
        "path": "bridge.txt", "title": "Bridge Opens", "published": "2024-06-02", "duplicate_of": None, "event": None}
    assert article["sources"]["published"]["source"] == "text"


def test_export_markdown_to_stdout(folder: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "s.db")
    runner.invoke(cli, ["build", str(folder), "--db", db])
    result = runner.invoke(cli, ["export", "--db", db, "--format", "markdown"])
    assert result.exit_code == 0
    assert "| 2024-06-02 (text) | Bridge Opens |" in result.output


def test_export_without_a_store_says_how_to_make_one(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "build one first" in result.output


def test_build_exit_status_is_1_when_a_file_was_skipped(folder: Path, tmp_path: Path) -> None:
    (folder / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(cli, ["build", str(folder), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 1
    assert "skipped empty.txt: empty file" in result.output


def test_build_exit_status_is_0_when_every_file_was_read(folder: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(folder), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output


def test_a_usage_error_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "no-such-folder")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


@pytest.mark.parametrize("command", [["build", "FOLDER"], ["export"]])
def test_a_file_that_is_not_a_database_exits_2_naming_it(command: list[str], folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    db.write_text("shopping list: eggs, milk\n" * 100, encoding="utf-8")
    args = [str(folder) if a == "FOLDER" else a for a in command]
    result = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert result.exit_code == 2, result.output
    assert str(db) in result.output and "not a storyline store" in result.output
    assert "Traceback" not in result.output
    assert db.read_text(encoding="utf-8") == "shopping list: eggs, milk\n" * 100


def other_programs_database(path: Path, tables: str) -> bytes:
    with sqlite3.connect(path) as con:
        con.executescript(tables)
    con.close()
    return path.read_bytes()


@pytest.mark.parametrize("tables", [
    "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO users (name) VALUES ('ada');",
    # a table of the same name as storyline's, recording another program's migrations
    "CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL);"
    " INSERT INTO migrations VALUES ('20240101_create_users', '2024-01-01');",
])
@pytest.mark.parametrize("command", [["build", "FOLDER"], ["export"]])
def test_another_programs_database_is_refused_and_not_written(
        command: list[str], tables: str, folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "app.sqlite"
    before = other_programs_database(db, tables)
    args = [str(folder) if a == "FOLDER" else a for a in command]
    result = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert result.exit_code == 2, result.output
    assert str(db) in result.output and "not a storyline store" in result.output
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("app")) == ["app.sqlite"]


def test_a_store_from_a_newer_storyline_is_refused(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    CliRunner().invoke(cli, ["build", str(folder), "--db", str(db)])
    with sqlite3.connect(db) as con:
        con.execute("INSERT INTO migrations VALUES ('9999_from_the_future', '2030-01-01')")
    con.close()
    result = CliRunner().invoke(cli, ["build", str(folder), "--db", str(db)])
    assert result.exit_code == 2
    assert "newer storyline" in result.output and "9999_from_the_future" in result.output


def test_an_empty_file_or_a_new_path_becomes_a_store(folder: Path, tmp_path: Path) -> None:
    (tmp_path / "empty.db").write_bytes(b"")
    for db in (tmp_path / "empty.db", tmp_path / "new.db"):
        result = CliRunner().invoke(cli, ["build", str(folder), "--db", str(db)])
        assert result.exit_code == 0, result.output


def test_the_exit_statuses_are_documented_in_the_help_and_the_readme() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for command in ([], ["build"], ["export"]):
        result = CliRunner().invoke(cli, [*command, "--help"])
        for text in (result.output, readme):
            assert "Exit status" in text
            for status, meaning in (("0", "every input was read"), ("1", "some inputs were skipped"),
                                    ("2", "a usage error"), ("130", "interrupted")):
                found = re.search(rf"\b{status}\b[ |]+(done: |done, but |stopped: )?{meaning}", text)
                assert found, (command, status)


def test_demo_builds_the_bundled_examples(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["demo", "--out", str(tmp_path / "demo")])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "demo" / "dossier.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) >= 10
    assert (tmp_path / "demo" / "dossier.md").read_text(encoding="utf-8").startswith("# Dossier")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output


@pytest.fixture
def store(folder: Path, tmp_path: Path) -> Path:
    db = tmp_path / "s.db"
    assert CliRunner().invoke(cli, ["build", str(folder), "--db", str(db)]).exit_code == 0
    return db


def store_intact(db: Path) -> bool:
    with sqlite3.connect(db) as con:
        ok = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return ok and con.execute("SELECT count(*) FROM articles").fetchone()[0] > 0


@pytest.mark.parametrize("name", ["s.db", "sub/../s.db", "link.db", "hard.db", "s.db-wal", "s.db-shm"])
def test_export_refuses_to_write_over_the_store_under_any_name(name: str, store: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "link.db").symlink_to(store)
    (tmp_path / "hard.db").hardlink_to(store)
    monkeypatch.chdir(tmp_path)
    before = store.read_bytes()
    result = CliRunner().invoke(cli, ["export", "--db", "s.db", "-o", name])
    assert result.exit_code == 2, result.output
    assert "is the store" in result.output and name in result.output
    assert store.read_bytes() == before and store_intact(store)


def test_export_writes_through_a_symlink_and_leaves_no_temporary_file(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "real.json").write_text("old", encoding="utf-8")
    (out / "link.json").symlink_to(out / "real.json")
    result = CliRunner().invoke(cli, ["export", "--db", str(store), "-o", str(out / "link.json")])
    assert result.exit_code == 0, result.output
    assert (out / "link.json").is_symlink()
    assert json.loads((out / "real.json").read_text(encoding="utf-8"))["articles"][0]["path"] == "bridge.txt"
    assert sorted(p.name for p in out.iterdir()) == ["link.json", "real.json"]


def run_limited(args: list[str], max_file_bytes: int, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The command line in a process that may write no file beyond `max_file_bytes` (RLIMIT_FSIZE):
    a disk that fills up, for that process alone. Python ignores SIGXFSZ, so a write fails with EFBIG."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_file_bytes, max_file_bytes))

    return subprocess.run([sys.executable, "-m", "storyline", *args], cwd=cwd, capture_output=True, text=True,
                          preexec_fn=limit, timeout=120)


# Reading a store in WAL mode writes its 32 KiB -shm file: limits stay above that.
SHM_BYTES = 32768


@pytest.fixture
def big_store(tmp_path: Path) -> Path:
    """A store whose JSON export is larger than SHM_BYTES + 8 KiB."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(120):
        (folder / f"a{i:02}.txt").write_text(f"Story {i}\n\nJune {i % 28 + 1}, 2024\n\nStory number {i} "
                                            f"tells of town {i * 7919} and its {i} bridges, all new.\n",
                                            encoding="utf-8")
    db = tmp_path / "big.db"
    assert CliRunner().invoke(cli, ["build", str(folder), "--db", str(db)]).exit_code == 0
    return db


def test_an_export_that_fails_half_way_leaves_the_old_file_and_no_partial_one(big_store: Path, tmp_path: Path) -> None:
    store = big_store
    out = tmp_path / "out"
    out.mkdir()
    (out / "d.json").write_text("the previous export", encoding="utf-8")
    done = run_limited(["export", "--db", str(store), "-o", str(out / "d.json")], SHM_BYTES + 8192, tmp_path)
    assert done.returncode == 2, done.stderr
    assert "d.json" in done.stderr and "Traceback" not in done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["d.json"]
    assert (out / "d.json").read_text(encoding="utf-8") == "the previous export"
    assert store_intact(store)


def test_export_into_a_folder_that_does_not_exist_names_it_and_exits_2(store: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "--db", str(store), "-o", str(tmp_path / "nowhere" / "d.json")])
    assert result.exit_code == 2
    assert f"the folder {tmp_path / 'nowhere'} does not exist" in result.output
    assert not (tmp_path / "nowhere").exists() and store_intact(store)


needs_dev_full = pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full (a device that is always full)")


@needs_dev_full
def test_an_export_to_a_full_device_says_so_and_exits_2(store: Path, tmp_path: Path) -> None:
    with open("/dev/full", "w") as full:  # noqa: PTH123 - the device is the point
        for args in (["-o", "/dev/full"], []):
            done = subprocess.run([sys.executable, "-m", "storyline", "export", "--db", str(store), *args],
                                  stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
            assert done.returncode == 2, done.stderr
            assert "No space left on device" in done.stderr and "Traceback" not in done.stderr
    assert store_intact(store)


def test_a_disk_that_fills_during_a_build_stops_it_with_status_2_and_the_store_whole(
        folder: Path, store: Path, tmp_path: Path) -> None:
    (folder / "long.txt").write_text("Long Read\n\nJune 3, 2024\n\n" + "".join(
        f"Paragraph {i} of the long read names the {i}th witness and what was seen.\n\n" for i in range(4000)),
        encoding="utf-8")
    limit = max(store.stat().st_size, SHM_BYTES) + 65536  # the new article does not fit in the store's WAL
    done = run_limited(["build", str(folder), "--db", str(store), "--no-progress"], limit, tmp_path)
    assert done.returncode == 2, done.stderr
    assert str(store) in done.stderr and "cannot write the store" in done.stderr
    assert "Traceback" not in done.stderr
    assert store_intact(store)
    with sqlite3.connect(store) as con:
        assert [r[0] for r in con.execute("SELECT path FROM articles")] == ["bridge.txt"]
    again = CliRunner().invoke(cli, ["build", str(folder), "--db", str(store)])
    assert again.exit_code == 0 and "1 read, 1 unchanged" in again.output
