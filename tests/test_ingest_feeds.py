"""RSS and Atom feeds: an item saved from an aggregator or a reader is an article, whatever the
file is called; its outlet is the paper it came from, its day the publisher's.

Each feed is written here, about invented places.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import storyline
from storyline.errors import BrokenInput
from storyline.ingest.feed import is_feed, read_feed
from storyline.models import Document

AGGREGATED_ITEM = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Morning Picks: Harbours</title>
  <link>https://picks.example/harbours</link>
  <description>Harbour stories picked from local newsrooms</description>
  <lastBuildDate>Thu, 06 Mar 2025 06:00:00 +0000</lastBuildDate>
  <item>
    <title><![CDATA[Tessel harbour board approves the eastern breakwater]]></title>
    <link>https://www.tesselgazette.example/2025/03/05/breakwater-approved/</link>
    <pubDate>Wed, 05 Mar 2025 22:15:00 -0500</pubDate>
    <dc:creator>Ana Ruiz</dc:creator>
    <source url="https://www.tesselgazette.example/feed/">The Tessel Gazette</source>
    <description><![CDATA[<p>TESSEL &mdash; The harbour board voted 5-2 on Wednesday night to build the eastern breakwater.</p>
<p>"We have waited two winters for this," said board chair Oskar Lindqvale.</p>]]></description>
  </item>
</channel>
</rss>
"""

SECTION_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
  <title>Tesseler Bote – Region</title>
  <link rel="self" href="https://tesselerbote.example/region/feed.atom"/>
  <id>tag:tesselerbote.example,2011:region</id>
  <updated>2025-08-20T09:12:00+02:00</updated>
  <entry>
    <title type="text">Hafenbecken wird ab Herbst ausgebaggert</title>
    <link rel="alternate" href="https://tesselerbote.example/region/hafenbecken-ausgebaggert,4411"/>
    <id>tag:tesselerbote.example,2025:4411</id>
    <published>2025-08-19T00:45:00+02:00</published>
    <updated>2025-08-20T09:12:00+02:00</updated>
    <author><name>Jana Weller</name></author>
    <content type="text">Das Hafenbecken von Tessel wird ab Oktober ausgebaggert.

Die Arbeiten dauern nach Angaben der Hafenverwaltung bis zum Frühjahr.</content>
  </entry>
  <entry>
    <title type="text">Fährplan ändert sich im Winter</title>
    <link rel="alternate" href="https://tesselerbote.example/region/faehrplan-winter,4412"/>
    <id>tag:tesselerbote.example,2025:4412</id>
    <published>2025-08-18T16:00:00+02:00</published>
    <content type="html">&lt;p&gt;Die Fähre nach Marrowby fährt im Winter nur noch zweimal am Tag.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def built(tmp_path: Path, files: dict[str, str]) -> dict[str, dict]:
    """The exported articles of a folder holding `files`, by path, each with its clean text."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    storyline.build(folder, tmp_path / "store.db")
    with storyline.Dossier(tmp_path / "store.db") as dossier:
        texts = {a.path: a.text for a in dossier.articles}
        return {a["path"]: a | {"text": texts[a["path"]]} for a in dossier.to_dict()["articles"]}


def test_a_feed_is_known_by_what_it_holds_not_by_its_name() -> None:
    assert is_feed(AGGREGATED_ITEM.encode()) and is_feed(SECTION_FEED.encode())
    assert is_feed(b"\xef\xbb\xbf<?xml version='1.0'?>\n<!-- saved -->\n<rss version='2.0'>")
    assert not is_feed(b"<?xml version='1.0'?><svg/>") and not is_feed(b"Harbour board approves <rss>")


def test_an_item_saved_as_text_is_an_article_of_the_paper_it_came_from_on_its_local_day(tmp_path: Path) -> None:
    article = built(tmp_path, {"picked_item.txt": AGGREGATED_ITEM})["picked_item.txt"]
    assert article["title"] == "Tessel harbour board approves the eastern breakwater"
    assert article["outlet"] == "The Tessel Gazette"  # the item's <source>, not the aggregator's channel
    assert article["published"] == "2025-03-05"  # 22:15 at -0500: the 6th in UTC, the 5th where it was published
    assert article["url"] == "https://www.tesselgazette.example/2025/03/05/breakwater-approved/"
    assert "The harbour board voted 5-2 on Wednesday night" in article["text"]
    assert "<p>" not in article["text"] and "\u2014" in article["text"]  # HTML read, entities decoded


def test_each_entry_of_a_feed_is_an_article_and_the_feeds_section_is_not_its_outlet(tmp_path: Path) -> None:
    articles = built(tmp_path, {"region.atom": SECTION_FEED})
    first, second = articles["region.atom#1"], articles["region.atom#2"]
    assert (first["title"], first["outlet"], first["published"]) == \
        ("Hafenbecken wird ab Herbst ausgebaggert", "Tesseler Bote", "2025-08-19")
    assert first["modified"] == "2025-08-20" and first["language"] == "de"
    assert second["published"] == "2025-08-18" and "zweimal am Tag" in second["text"]


def test_each_entry_keeps_its_own_xml_as_given() -> None:
    docs = [d for d in read_feed(SECTION_FEED.encode(), "region.atom", "region.atom") if isinstance(d, Document)]
    assert [d.path for d in docs] == ["region.atom#1", "region.atom#2"]
    assert b"Hafenbecken" in docs[0].raw and b"Hafenbecken" not in docs[1].raw


def test_xml_that_is_no_feed_is_reported_and_a_text_that_only_looks_like_one_is_read_as_text(tmp_path: Path) -> None:
    with pytest.raises(BrokenInput, match="no RSS or Atom feed"):
        list(read_feed(b"<?xml version='1.0'?><inventory><ship/></inventory>", "ships.xml", "ships.xml"))
    text = "<rss> is how the feed starts, the harbour board's web editor told the meeting on Monday.\n"
    articles = built(tmp_path, {"note.txt": text})
    assert articles["note.txt"]["text"].startswith("<rss> is how the feed starts")
