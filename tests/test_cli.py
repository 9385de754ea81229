"""The command line: build, export and demo, driven as a user drives them."""
from __future__ import annotations

import json
import re
import sqlite3
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
                                    ("2", "a usage error")):
                assert re.search(rf"\b{status}\b[ |]+(done: |done, but |stopped: )?{meaning}", text), (command, status)


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
