"""The shared seed articles, built and scored with the shared scorer (../shared/eval/score.py)."""
from __future__ import annotations

from pathlib import Path

from conftest import SHARED, build_and_export, need_shared, score


def test_seed_copies_found_and_dates_right_where_the_text_dates_them(tmp_path: Path) -> None:
    need_shared()
    dossier = build_and_export(SHARED / "seeds" / "articles", tmp_path / "s.db")
    figures = score(dossier, SHARED / "seeds" / "gold.json", tmp_path)
    assert figures["duplicates.f1"] == 1.0
    published = {a["path"][:3]: (a["published"], (a["sources"].get("published") or {}).get("source"))
                 for a in dossier["articles"]}
    assert published["000"] == ("2020-10-07", "text")       # the date line under the title
    assert published["001"] == ("2020-10-07", "inherited")  # a copy of 000; its only URL is a related link's
    assert published["004"] == ("2022-09-20", "text-weekday")  # the lead photo's date = the "Tuesday" of the lead
    # 002 and 003 carry no date of their own: only outside knowledge (a birthday, a summit) dates them.
    assert published["002"] == (None, None) and published["003"] == (None, None)
    assert figures["published_acc"] >= 0.6  # an improvement must not fail it
    # 000's outlet is written nowhere but in its address: themoscowtimes.com reads as The Moscow Times
    assert {a["path"][:3]: a["outlet"] for a in dossier["articles"]}["000"] == "The Moscow Times"
