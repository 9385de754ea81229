"""The command line: build, export and demo, driven as a user drives them."""
from __future__ import annotations

import json
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
    assert result.exit_code == 1
    assert "build one first" in result.output


def test_build_exit_status_is_1_when_a_file_was_skipped(folder: Path, tmp_path: Path) -> None:
    (folder / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(cli, ["build", str(folder), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 1
    assert "skipped empty.txt: empty file" in result.output


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
