"""An RSS or Atom feed: one article per item or entry, however the feed was saved.

A researcher saves a feed item from an aggregator or a reader as `.xml`, `.rss`, `.atom`, or
as a `.txt` whose text is the feed's XML: the file is read as a feed by what it holds, not by
its name. The feed is parsed with feedparser, which knows the dialects (RSS 0.9x to 2.0, RDF,
Atom 0.3 and 1.0), their date formats and their escaped HTML. Each entry gives:

- its text: the headline, then the entry's content (or summary), HTML read block by block;
- metadata candidates (source "feed"): title, link, author, language, the publication and
  update times *as written*, so that the metadata stage reads the publisher's local day
  ("Wed, 05 Mar 2025 22:15:00 -0500" is the 5th, not the UTC 6th feedparser computes);
- its outlet: the item's `<source>` (an aggregator's feed names the paper an item came from),
  else the feed's own title without a section after it when the rest spells the entry's web
  address ("Kurier Zalesiański – Region" and kurierzalesianski.pl).

A feed of one entry is that entry's article: its path is the file's. With more, entry N is
`file#N`, as in the other list formats, and its `raw` is the entry's XML.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import feedparser
import lxml.etree
import lxml.html

from ..errors import BrokenInput
from ..models import Candidate, Document, Skipped

SOURCE = "feed"
# What a feed's text opens with, after any XML declaration, comments and white space.
FEED_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<\?[^>]*\?>\s*)*"
                        rb"<(?:rss|feed|rdf:RDF)\b", re.DOTALL)
SNIFF_BYTES = 2048
# "Name – Section", "Name | Section", "Name: Section": a feed's title naming the part of the site it carries.
SECTION_AFTER = re.compile(r"^(?P<name>.+?)\s*(?:\s[|–—-]\s|:\s)\s*(?P<section>[^|–—:]{2,40})$")
ENTRY_TAGS = ("item", "{http://purl.org/rss/1.0/}item", "{http://www.w3.org/2005/Atom}entry",
              "{http://purl.org/atom/ns#}entry")
BLOCKS = frozenset("p h1 h2 h3 h4 h5 h6 li blockquote pre figcaption dt dd tr div".split())


def is_feed(data: bytes) -> bool:
    """Whether a file's bytes are an RSS or Atom feed, whatever the file is called."""
    return FEED_START.match(data[:SNIFF_BYTES]) is not None


def read_feed(data: bytes, path: str, file: str) -> Iterator[Document | Skipped]:
    """One Document per entry of the feed; `BrokenInput` when it is no feed or holds no entry."""
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries:
        reason = "an XML file that is no RSS or Atom feed" if not parsed.get("version") else "a feed with no items"
        raise BrokenInput(path, reason + (f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""))
    notes = [f"the feed is malformed ({parsed.bozo_exception}); read as far as it goes"] \
        if parsed.get("bozo") and not isinstance(parsed.get("bozo_exception"), feedparser.CharacterEncodingOverride) else []
    raws = _entry_bytes(data, len(parsed.entries))
    single = len(parsed.entries) == 1
    for n, entry in enumerate(parsed.entries, start=1):
        where = path if single else f"{path}#{n}"
        text = _text(entry)
        if not text.strip():
            yield Skipped(where, f"item {n} of the feed has no title and no text")
            continue
        raw = data if single else raws[n - 1] if raws else json.dumps(entry, ensure_ascii=False, default=str).encode()
        yield Document(path=where, file=file, format="feed", text=text, raw=raw, position=None if single else n,
                       candidates=_candidates(entry, parsed.feed), notes=list(notes))


def _text(entry: Any) -> str:
    """The entry's headline and its words, one blank line between blocks."""
    parts = [" ".join(str(entry.get("title", "")).split())]
    body = next((c for c in entry.get("content", []) if c.get("value", "").strip()), None) \
        or entry.get("summary_detail") or {}
    value = str(body.get("value", ""))
    if "html" in str(body.get("type", "")):
        parts += _html_blocks(value)
    else:
        parts += [block.strip() for block in re.split(r"\n\s*\n", value) if block.strip()]
    return "\n\n".join(p for p in parts if p) + "\n"


def _html_blocks(markup: str) -> list[str]:
    """The text of each block of an HTML fragment."""
    if not markup.strip():
        return []
    root = lxml.html.fragment_fromstring(markup, create_parent="div")
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    out: list[str] = []
    loose: list[str] = []

    def flush() -> None:
        if (joined := " ".join("".join(loose).split())):
            out.append(joined)
        loose.clear()

    def walk(el: Any) -> None:
        if el.text:
            loose.append(el.text)
        for child in el:
            if not isinstance(child.tag, str):  # a comment or a processing instruction: its tail only
                pass
            elif child.tag in BLOCKS and not any(d.tag in BLOCKS for d in child.iterdescendants() if isinstance(d.tag, str)):
                flush()
                text = "\n".join(" ".join(line.split()) for line in child.text_content().split("\n"))
                out.append("\n".join(line for line in text.split("\n") if line))
            elif child.tag in BLOCKS:
                flush()
                walk(child)
                flush()
            else:
                loose.append(child.text_content())
            if child.tail:
                loose.append(child.tail)

    walk(root)
    flush()
    return [block for block in out if block]


def _candidates(entry: Any, feed: Any) -> list[Candidate]:
    """What the feed declares about the entry, each value as written. Values are read with
    `dict.get`: feedparser's own `get` answers "updated" with the publication time."""
    out: list[Candidate] = []
    entry, feed = dict(entry), dict(feed)

    def add(field: str, value: Any, detail: str) -> None:
        if value and (text := " ".join(str(value).split())):
            out.append(Candidate(field, text, SOURCE, detail))

    add("title", entry.get("title"), "the item's <title>")
    add("url", entry.get("link"), "the item's <link>")
    add("published", entry.get("published"), "the item's publication time")
    add("modified", entry.get("updated"), "the item's update time")
    add("byline", entry.get("author"), "the item's author")
    add("language", (entry.get("title_detail") or {}).get("language") or feed.get("language"), "the feed's language")
    source = entry.get("source") or {}
    if source.get("title"):
        add("outlet", source["title"], "the item's <source>: where an aggregator took it from")
    elif feed.get("title"):
        add("outlet", _without_section(str(feed["title"]), str(entry.get("link") or feed.get("link") or "")),
            "the feed's <title>")
    return out


def _without_section(title: str, link: str) -> str:
    """A feed's title without the site's section after it, when the rest is the name the
    entry's address spells ("Kurier Zalesiański – Region", kurierzalesianski.pl)."""
    from ..header.names import spells_domain

    host = urlsplit(link).hostname or ""
    m = SECTION_AFTER.match(" ".join(title.split()))
    if m and host and spells_domain(m.group("name"), host) and not spells_domain(title, host):
        return m.group("name")
    return title


def _entry_bytes(data: bytes, count: int) -> list[bytes] | None:
    """Each entry's XML as the file holds it, when the file parses as XML with as many entries
    as feedparser found; else None (the entry's parsed values stand for it)."""
    try:
        root = lxml.etree.fromstring(data, lxml.etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
    except lxml.etree.XMLSyntaxError:
        return None
    if root is None:
        return None
    found = list(root.iter(*ENTRY_TAGS))
    if len(found) != count:
        return None
    return [lxml.etree.tostring(el, encoding="utf-8") for el in found]
