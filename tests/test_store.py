"""The store: foreign keys on every connection, migrations split as SQLite parses them and atomic."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import storyline
from storyline.store import Store, statements

STORY = ("Harbour Strike Ends\n\nMarch 14, 2025\n\nDock workers in Port Almira voted on Friday to end a nine-day "
         "strike that had left more than forty container ships waiting offshore, the union said. The port "
         "authority said the first ships would be unloaded within hours and the backlog cleared in two weeks.\n")


@pytest.fixture
def built(tmp_path: Path, db: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "strike.txt").write_text(STORY, encoding="utf-8")
    (folder / "reprint.txt").write_text(STORY.split("\n\n", 2)[2], encoding="utf-8")
    report = storyline.build(folder, db)
    assert report.copies == 1
    return folder


def test_foreign_keys_are_enforced_on_every_connection_not_only_the_migrating_one(built: Path, db: Path) -> None:
    with Store(db) as store:  # nothing left to migrate
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with store.transaction():
            store.forget_source(built.resolve().as_posix(), "strike.txt")
        assert (store.count("copies"), store.db.execute("SELECT count(*) FROM inherited").fetchone()[0]) == (0, 0)


def test_a_semicolon_inside_a_string_or_a_comment_does_not_split_a_statement() -> None:
    sql = """
    -- a comment; with a semicolon
    CREATE TABLE t (x TEXT DEFAULT 'a;b');  /* another; one */
    INSERT INTO t VALUES ('c;d');
    CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN INSERT INTO t VALUES ('e;f'); END;
    """
    got = statements(sql)
    assert len(got) == 3
    assert "'a;b'" in got[0] and "'c;d'" in got[1] and got[2].rstrip().endswith("END;")


def test_a_migration_that_fails_half_way_leaves_nothing_of_itself(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "m.db"
    with Store(db):
        pass
    broken = ("9999_broken", "CREATE TABLE half (x TEXT); INSERT INTO half VALUES ('x;y'); INSERT INTO nowhere VALUES (1);")
    monkeypatch.setattr("storyline.store.MIGRATIONS", [*storyline.store.MIGRATIONS, broken])
    with pytest.raises(storyline.StoreError, match="9999_broken"):
        Store(db)
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half'").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM migrations WHERE name = '9999_broken'").fetchone()[0] == 0


def test_a_store_another_process_is_just_making_is_not_taken_for_another_programs(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    with sqlite3.connect(db) as con:  # what Store commits before its first migration
        con.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    con.close()
    with Store(db) as store:
        assert store.migrations() == [name for name, _ in storyline.store.all_migrations()]
