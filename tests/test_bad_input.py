"""Bad input: each bad file named with its reason, every good file still read, nothing stored lost."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

import storyline
from storyline import ingest

GOOD = ("The ferry to Kallo Island resumed service on Monday after storms kept it in port for a week, "
        "the operator said, adding that extra sailings would clear the backlog of freight by Friday.")


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Ferry Returns\n\nMay 6, 2024\n\n" + GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text("   \n\n \t\n", encoding="utf-8")
    (folder / "junk.txt").write_bytes(bytes(random.Random(7).randrange(256) for _ in range(2048)) + b"\0\0")
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, GOOD * 3)
    data = bytes(pdf.output())
    (folder / "truncated.pdf").write_bytes(data[: len(data) * 2 // 5])
    (folder / "broken.html").write_text(
        "<html><body><div><p>" + GOOD + "<p>The operator said the " + GOOD[:120] + "<div><span>", encoding="utf-8")
    lines = [json.dumps({"title": "One", "text": GOOD}), "{not json", json.dumps({"title": "No text"}),
             json.dumps({"title": "Two", "text": GOOD.replace("ferry", "bus")})]
    (folder / "list.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "bad.json").write_text('{"articles": [', encoding="utf-8")
    with open(folder / "huge.txt", "wb") as fh:  # 200 MB, sparse: no disk is used
        fh.truncate(200 * 2**20)
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    return folder


def test_a_build_over_bad_inputs_reports_each_and_keeps_the_good(messy: Path, db: Path) -> None:
    report = storyline.build(messy, db)
    reasons = {s.path: s.reason for s in report.skipped}
    assert set(reasons) == {"empty.txt", "blank.md", "junk.txt", "truncated.pdf", "list.jsonl#2", "list.jsonl#3",
                            "bad.json", "huge.txt", "notes.docx"}
    assert reasons["empty.txt"] == "empty file"
    assert "white space" in reasons["blank.md"]
    assert "binary" in reasons["junk.txt"]
    assert "PDF" in reasons["truncated.pdf"]
    assert "not valid JSON" in reasons["list.jsonl#2"]
    assert "no text" in reasons["list.jsonl#3"]
    assert "200.0 MB" in reasons["huge.txt"] and "--max-size" in reasons["huge.txt"]
    assert "unsupported" in reasons["notes.docx"]
    with storyline.Dossier(db) as d:
        assert sorted(a.path for a in d.articles) == ["broken.html", "good.txt", "list.jsonl#1", "list.jsonl#4"]
        exported = d.to_dict()
    assert {s["path"]: s["reason"] for s in exported["skipped"]} == reasons
    assert not report.ok


def test_a_file_that_vanishes_mid_build_is_reported_and_the_rest_is_read(
        messy: Path, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = ingest.discover

    def discover_then_delete(root: Path):  # type: ignore[no-untyped-def]
        found = real(root)
        (messy / "good.txt").unlink()
        return found

    monkeypatch.setattr("storyline.pipeline.discover", discover_then_delete)
    report = storyline.build(messy, db)
    assert any(s.path == "good.txt" and "disappeared" in s.reason for s in report.skipped)
    assert report.articles == 3


def test_a_file_that_turns_bad_keeps_what_was_stored_from_it(tmp_path: Path, db: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    storyline.build(folder, db)
    (folder / "a.txt").write_bytes(b"\0\1\2" * 100)
    report = storyline.build(folder, db)
    assert [s.path for s in report.skipped] == ["a.txt"]
    with storyline.Dossier(db) as d:
        assert [a.text for a in d.articles] == [GOOD]


# -- 1. one invalid byte does not garble the rest ---------------------------------------------

ZURICH = "Trams in Zürich ran again on Tuesday after the strike ended, the city’s transport office said."


def test_one_bad_byte_in_a_jsonl_record_leaves_the_other_records_in_utf8(tmp_path: Path, db: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = [json.dumps({"title": f"Zürich {i}", "text": ZURICH}, ensure_ascii=False).encode() for i in range(3)]
    bad = json.dumps({"title": "Zürich bad", "text": ZURICH}, ensure_ascii=False).encode().replace(b"ran", b"r\xffn")
    (folder / "list.jsonl").write_bytes(b"\n".join([good[0], bad, good[1], good[2]]) + b"\n")
    report = storyline.build(folder, db)
    with storyline.Dossier(db) as d:
        articles = {a.path: a for a in d.articles}
        exported = {a["path"]: a for a in d.to_dict()["articles"]}
    assert len(articles) == 4
    for path in ("list.jsonl#1", "list.jsonl#3", "list.jsonl#4"):
        assert articles[path].text == ZURICH and articles[path].meta.title.startswith("Zürich")
        assert exported[path]["notes"] == []
    assert "Zürich" in articles["list.jsonl#2"].text
    assert [n.path for n in report.notes] == ["list.jsonl#2"]
    assert exported["list.jsonl#2"]["notes"] == [n.text for n in report.notes]


def test_a_utf8_text_with_a_stray_byte_stays_utf8_and_the_byte_is_marked(tmp_path: Path, db: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    data = ("Strike Ends\n\n" + ZURICH + "\n\n" + ZURICH.replace("Tuesday", "Monday")).encode()
    at = data.index(b"Monday")
    (folder / "a.txt").write_bytes(data[:at] + b"\xff" + data[at:])
    report = storyline.build(folder, db)
    with storyline.Dossier(db) as d:
        (article,) = d.articles
        (exported,) = d.to_dict()["articles"]
    assert "Zürich" in article.text and "city’s" in article.text
    assert "\ufffdMonday" in article.text
    (note,) = report.notes
    assert note.path == "a.txt" and f"byte {at}" in note.text and "U+FFFD" in note.text
    assert exported["notes"] == [note.text]


def test_the_build_command_prints_the_note_naming_file_and_byte(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from storyline.cli import cli

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(("Strike Ends\n\n" + ZURICH).encode() + b"\xff")
    at = len(("Strike Ends\n\n" + ZURICH).encode())
    built = CliRunner().invoke(cli, ["build", str(folder), "--db", str(tmp_path / "s.db")])
    assert f"note a.txt: 1 byte is not valid UTF-8 (the first at byte {at})" in built.output


@pytest.mark.parametrize("encoding", ["cp1252", "cp1251", "utf-16"])
def test_a_legacy_encoded_file_is_still_detected(tmp_path: Path, db: Path, encoding: str) -> None:
    text = ZURICH if encoding != "cp1251" else "Трамваи в Москве снова пошли во вторник, сообщила транспортная служба."
    text = text.replace("’", "'") if encoding == "cp1251" else text
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes((text + "\n\n" + text).encode(encoding))
    report = storyline.build(folder, db)
    with storyline.Dossier(db) as d:
        (article,) = d.articles
    assert article.text == text + "\n\n" + text
    assert "\ufffd" not in article.text
    assert all("U+FFFD" not in n.text for n in report.notes)


# -- 2. a file name that is not UTF-8 -----------------------------------------------------------

def test_a_file_name_that_is_not_utf8_is_read_and_shown_escaped(tmp_path: Path, db: Path) -> None:
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/bad\xff.txt", "wb") as fh:
        fh.write(("Bad Name\n\n" + GOOD).encode())
    (folder / "z.txt").write_text("Ferry Returns\n\n" + GOOD, encoding="utf-8")
    report = storyline.build(folder, db)
    with storyline.Dossier(db) as d:
        paths = sorted(a.path for a in d.articles)
        json.dumps(d.to_dict()).encode("utf-8")  # every stored path is valid text
    assert paths == ["bad\\xff.txt", "z.txt"]
    assert report.copies == 1  # the copy step ran over both
    assert any(n.path == "bad\\xff.txt" and "not valid UTF-8" in n.text for n in report.notes)


# -- 6. good articles that were lost with a wrong reason ----------------------------------------

PARAS = [GOOD, "Passengers queued from dawn at the harbour, and the first boat left full, the operator said.",
         "Freight lorries will be loaded overnight so that the shops on the island are stocked by Friday."]


def test_a_text_with_cr_only_line_endings_gives_its_article(tmp_path: Path, db: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "mac.txt").write_bytes("\r".join(["Ferry Returns", "", "May 6, 2024", "", PARAS[0], "",
                                                PARAS[1], "", PARAS[2]]).encode())
    report = storyline.build(folder, db)
    assert report.skipped == []
    with storyline.Dossier(db) as d:
        (article,) = d.articles
    assert article.text == "\n\n".join(PARAS)
    assert article.meta.title == "Ferry Returns" and article.meta.published == "2024-05-06"


def test_a_250_character_file_name_gives_its_article(tmp_path: Path, db: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    name = "ferry-" + "x" * 240 + ".txt"
    (folder / name).write_text("Ferry Returns\n\n" + GOOD, encoding="utf-8")
    report = storyline.build(folder, db)
    assert report.skipped == []
    with storyline.Dossier(db) as d:
        assert [a.path for a in d.articles] == [name]


def test_html_nested_100000_deep_gives_its_article(tmp_path: Path, db: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    depth = 100_000
    page = ("<html><head><title>Ferry Returns</title></head><body>" + "<div>" * depth
            + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>" * depth + "</body></html>")
    (folder / "deep.html").write_text(page, encoding="utf-8")
    report = storyline.build(folder, db)
    assert report.skipped == []
    with storyline.Dossier(db) as d:
        (article,) = d.articles
    assert all(p in article.text for p in PARAS)


# -- 11. Markdown front matter is metadata, not the title -----------------------------------------

FRONT = """---
title: "Ferry Returns to Kallo"
date: 2024-05-06T08:00:00+02:00
author: Lena Marr
source: The Kallo Courier
url: https://courier.example/ferry-returns
tags: [ferry, weather]
---
"""


def test_markdown_front_matter_is_read_as_metadata_and_dropped_from_the_text(tmp_path: Path, db: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.md").write_text(FRONT + "\n" + "\n\n".join(PARAS) + "\n", encoding="utf-8")
    storyline.build(folder, db)
    with storyline.Dossier(db) as d:
        (a,) = d.articles
    m = a.meta
    assert a.text == "\n\n".join(PARAS)
    assert (m.title, m.published, m.byline, m.outlet, m.url) == (
        "Ferry Returns to Kallo", "2024-05-06", "Lena Marr", "The Kallo Courier", "https://courier.example/ferry-returns")
    assert {m.source_of(f) for f in ("title", "published", "byline", "outlet", "url")} == {"front-matter"}
    title = next(c for c in m.candidates if c.field == "title" and c.source == "front-matter")
    assert a.source_text[title.start:title.end] == "Ferry Returns to Kallo"
    start = a.textmap.to_source(0)  # the clean text still maps back into the source text
    assert a.source_text[start:start + len(PARAS[0])] == PARAS[0]


def test_a_dashed_rule_that_opens_a_text_is_not_front_matter(tmp_path: Path, db: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.md").write_text("---\n\nFerry Returns\n\n---\n\n" + GOOD + "\n", encoding="utf-8")
    storyline.build(folder, db)
    with storyline.Dossier(db) as d:
        (a,) = d.articles
    assert a.meta.title == "Ferry Returns" and GOOD in a.text


# -- 5. memory stays bounded for the largest text the default limit admits -----------------------

PEAK_RSS_SCRIPT = """
import random, resource, sys
from pathlib import Path
import storyline
folder = Path(sys.argv[1])
words = "the council said ferry harbour Zürich storm week operator freight Friday island resumed".split()
rnd = random.Random(5)
text = " ".join(rnd.choice(words) for _ in range(int(sys.argv[2]) // 7))
(folder / "big.txt").write_text(text[: int(sys.argv[2])], encoding="utf-8")
del text
report = storyline.build(folder, folder / "store.db")
assert report.articles == 1, report.skipped
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""


def test_a_50_mb_one_line_text_is_built_in_under_1_gb(tmp_path: Path) -> None:
    import subprocess
    import sys

    size = 50 * 2**20 - 1000  # just inside the default limit for one article
    done = subprocess.run([sys.executable, "-c", PEAK_RSS_SCRIPT, str(tmp_path), str(size)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    peak = int(done.stdout.split()[-1])
    assert peak < 2**30, f"peak RSS {peak / 2**20:.0f} MiB"


def test_a_bad_byte_in_a_csv_is_noted_on_its_row_only(tmp_path: Path, db: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    rows = [f'"Zürich {i}","{ZURICH}"'.encode() for i in range(3)]
    rows[1] = rows[1].replace(b"ran", b"r\xffn")
    (folder / "list.csv").write_bytes(b"title,text\n" + b"\n".join(rows) + b"\n")
    report = storyline.build(folder, db)
    with storyline.Dossier(db) as d:
        texts = {a.path: a.text for a in d.articles}
    assert texts["list.csv#1"] == ZURICH and texts["list.csv#3"] == ZURICH
    assert "r\ufffdn" in texts["list.csv#2"]
    assert [n.path for n in report.notes] == ["list.csv#2"]


def test_a_binary_line_in_a_jsonl_is_skipped_and_the_utf8_records_kept(tmp_path: Path, db: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = [json.dumps({"title": f"Zürich {i}", "text": ZURICH}, ensure_ascii=False).encode() for i in range(2)]
    rnd = random.Random(3)
    junk = bytes(rnd.randrange(1, 256) for _ in range(100)).replace(b"\n", b"")
    (folder / "list.jsonl").write_bytes(b"\n".join([good[0], junk, good[1]]) + b"\n")
    report = storyline.build(folder, db)
    with storyline.Dossier(db) as d:
        assert [a.text for a in d.articles] == [ZURICH, ZURICH]
    assert [s.path for s in report.skipped] == ["list.jsonl#2"]
