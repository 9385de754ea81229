"""One news page in HTML: the article text (trafilatura) and the page's own metadata.

Steps of `read_html`:

1. decode: BOM, strict UTF-8, then the charset the page (or its HTTP header) declares, then a
   guess (see `decoding`);
2. parse once with lxml (through trafilatura's tolerant loader); libxml2 drops whatever is
   nested deeper than 255 elements, so wrappers (div, span, ...) nested deeper than
   `MAX_NESTING` are first taken out, their content kept (`flatten_nesting`);
3. extract the main text with trafilatura: navigation, cookie banners, share bars and
   "related"/"most read" lists are left out; paragraphs are joined by a blank line; a page
   whose "text" is nothing but link texts (a menu, an index page) has no article;
4. read metadata from the page itself: `<head>` meta tags, the article's microdata, JSON-LD
   article objects, `<link rel=canonical>`, `<html lang>`, and `<time>` in the article header.
   Dates come only from these, never from links or body text (trafilatura's date, found by
   htmldate, is ignored: even without its extensive search it reads dates from link URLs and
   teaser lists), and a published date is kept apart from a modified one;
5. add trafilatura's title, author, site name and URL where the tags did not give that value.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from copy import deepcopy
from datetime import date
from email.utils import parsedate_to_datetime
from typing import Any

from lxml.html import HtmlElement
from trafilatura import bare_extraction, load_html
from trafilatura.settings import Document as Extraction
from trafilatura.xml import xmltotxt

from ..errors import BrokenInput
from ..models import Candidate, Document
from ..rules.dates import UTC_NOTE, UTC_STAMP
from .decoding import decode_noted
from .page_shown import page_shown

SOURCE = "html-meta"
NO_TEXT = "no article text found in the HTML"
# <meta charset=...> or <meta http-equiv=Content-Type content="...; charset=...">; browsers
# look for it in the first 1024 bytes, pages in the wild put it later.
META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
CHARSET_SCAN_BYTES = 4096

# Wrapper elements nested deeper than this are dropped before parsing (their content is kept):
# libxml2 silently drops everything below depth 255, and a real page nests 20-40 deep.
MAX_NESTING = 160
# Elements never dropped as wrappers: they give the text its blocks, or have no content.
KEPT_ELEMENTS = frozenset("html head body title p h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table "
                          "thead tbody tfoot tr td th caption figcaption time meta link script style "
                          "br hr img input wbr source area base col embed param track".split())
TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)(?:\s[^>]*)?(/?)>")
# How far down the stack of open wrappers a closing tag looks for its opening tag.
CLOSE_SEARCH = 64

# Meta keys (name, property, itemprop or http-equiv, lower case) and the field they give.
META_FIELDS: dict[str, str] = {
    "og:title": "title", "twitter:title": "title", "dc.title": "title", "dcterms.title": "title",
    "headline": "title", "parsely-title": "title", "sailthru.title": "title",
    "og:site_name": "outlet", "publisher": "outlet", "dc.publisher": "outlet",
    "dcterms.publisher": "outlet", "application-name": "outlet",
    "author": "byline", "article:author": "byline", "dc.creator": "byline",
    "dcterms.creator": "byline", "byl": "byline", "parsely-author": "byline",
    "sailthru.author": "byline",
    "og:url": "url",
    "og:locale": "language", "content-language": "language", "dc.language": "language",
    "article:published_time": "published", "og:published_time": "published", "og:article:published_time": "published",
    "datepublished": "published", "date": "published", "pubdate": "published",
    "publishdate": "published", "publish-date": "published", "publication_date": "published",
    "dc.date": "published", "dc.date.issued": "published", "dcterms.issued": "published",
    "dcterms.date": "published", "sailthru.date": "published", "parsely-pub-date": "published",
    "citation_publication_date": "published",
    "article:modified_time": "modified", "og:updated_time": "modified", "og:article:modified_time": "modified",
    "datemodified": "modified", "dcterms.modified": "modified", "dc.date.modified": "modified",
    "last-modified": "modified",
}
# JSON-LD keys of an article object and the field they give.
JSONLD_FIELDS: dict[str, str] = {
    "headline": "title", "datePublished": "published", "dateModified": "modified",
    "author": "byline", "publisher": "outlet", "url": "url", "mainEntityOfPage": "url",
    "inLanguage": "language",
}
# schema.org types (JSON-LD @type, microdata itemtype) that describe an article.
ARTICLE_TYPES = ("Article", "BlogPosting", "Report")
DATE_FIELDS = frozenset({"published", "modified"})
# Elements of trafilatura's output that hold one block of text each.
BLOCK_TAGS = frozenset({"p", "head", "list", "quote", "table", "code", "graphic"})
# A <time> in the header whose class or itemprop says this is marked as a modified date.
MODIFIED_HINT = re.compile(r"modif|updat", re.I)
ISO_DATE = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[^\d])")
COMPACT_DATE = re.compile(r"\s*(\d{4})[/.]?(\d{2})[/.]?(\d{2})(?:$|[^\d])")


def read_html(data: bytes, path: str, file: str, *, charset: str | None = None) -> Document:
    """Read one HTML page into a Document (format "html").

    `charset` is one declared outside the page (an HTTP Content-Type header in a WARC record);
    it wins over the page's own `<meta charset>`, and both lose to valid UTF-8.
    Raises EmptyInput, BinaryInput, or BrokenInput when no article text can be found.
    """
    # 1. decode
    markup, _encoding, note = decode_noted(data, path, hint=charset or _declared_charset(data))
    # 2. parse
    markup, depth = flatten_nesting(markup)
    if depth > MAX_NESTING:
        note = "; ".join(filter(None, [note, f"HTML nested {depth:,} elements deep: the wrappers below "
                                             f"depth {MAX_NESTING} were dropped, their text kept"]))
    tree = load_html(markup)
    if tree is None:
        raise BrokenInput(path, NO_TEXT)
    declared = page_metadata(tree)
    shown = page_shown(tree, [c.value for c in declared if c.field == "title"])  # before trafilatura,
    # which prunes the tree it is given
    # 3. main text
    extracted = bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = _body_text(extracted.body) if isinstance(extracted, Extraction) else ""
    if not text or _only_link_text(text, tree):
        raise BrokenInput(path, NO_TEXT)
    # 4. the page's own metadata, 5. trafilatura's
    candidates = _dedupe([*declared, *shown, *_trafilatura_candidates(extracted)])
    return Document(path=path, file=file, format="html", text=text, raw=data, markup=markup,
                    candidates=candidates, notes=[note] if note else [])


def flatten_nesting(markup: str) -> tuple[str, int]:
    """The markup without the wrapper tags nested deeper than `MAX_NESTING` (their content
    stays), and the deepest nesting of wrappers seen. Markup within the limit is returned as it
    is. Text blocks (`KEPT_ELEMENTS`) are neither counted nor dropped, so a paragraph inside
    100,000 divs is still a paragraph."""
    stack: list[tuple[str, bool]] = []  # open wrappers: (name, dropped)
    drop: list[tuple[int, int]] = []
    deepest = 0
    for m in TAG.finditer(markup):
        name = m.group(2).lower()
        if name in KEPT_ELEMENTS or m.group(3):
            continue
        if not m.group(1):
            dropped = len(stack) >= MAX_NESTING
            stack.append((name, dropped))
            deepest = max(deepest, len(stack))
            if dropped:
                drop.append(m.span())
            continue
        for i in range(len(stack) - 1, max(len(stack) - 1 - CLOSE_SEARCH, -1), -1):
            if stack[i][0] == name:
                if stack[i][1]:
                    drop.append(m.span())
                del stack[i:]
                break
    if not drop:
        return markup, deepest
    kept, last = [], 0
    for start, end in drop:
        kept.append(markup[last:start])
        last = end
    kept.append(markup[last:])
    return "".join(kept), deepest


def page_metadata(tree: HtmlElement) -> list[Candidate]:
    """Metadata candidates from the page's meta tags, JSON-LD, links, lang and header <time>."""
    found = [*_meta_tags(tree), *_json_ld(tree), *_links_and_lang(tree), *_header_times(tree)]
    out: list[Candidate] = []
    for cand in found:
        value = " ".join(cand.value.split())
        detail = cand.detail
        if cand.field in DATE_FIELDS:
            detail += " " + UTC_NOTE if UTC_STAMP.search(value) else ""
            value = iso_date(value) or ""
        elif cand.field == "url" and not value.startswith(("http://", "https://")):
            value = ""  # a relative URL says nothing without the page's address
        elif cand.field in ("byline", "outlet") and value.startswith(("http://", "https://")):
            value = ""  # article:author is often a profile link, a JSON-LD publisher an @id
        elif cand.detail == "og:locale":
            value = value.replace("_", "-")
        if value:
            out.append(Candidate(cand.field, value, SOURCE, detail))
    return out


def iso_date(value: str) -> str | None:
    """The calendar date (YYYY-MM-DD) a metadata value states, as written (no time zone shift).

    >>> iso_date("2023-03-14T23:30:00-05:00"), iso_date("Tue, 14 Mar 2023 08:00:00 GMT")
    ('2023-03-14', '2023-03-14')
    """
    match = ISO_DATE.match(value) or COMPACT_DATE.match(value)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        try:
            stamp = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        year, month, day = stamp.year, stamp.month, stamp.day
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a meta tag near its start, if any."""
    match = META_CHARSET.search(data[:CHARSET_SCAN_BYTES])
    return match.group(1).decode("ascii") if match else None


def _body_text(body: Any) -> str:
    """trafilatura's extracted body as plain text, one blank line between blocks."""
    if body is None:
        return ""
    blocks = (_clean_block(block) for block in _blocks(body))
    return "\n\n".join(block for block in blocks if block)


def _only_link_text(text: str, tree: HtmlElement) -> bool:
    """True when every line of the text is the text of a link: trafilatura's fallback returns
    the menu of a page with no article (a front page, an index, a consent wall)."""
    links = {" ".join(a.text_content().split()) for a in tree.iter("a")}
    lines = (" ".join(line.removeprefix("- ").split()) for line in text.split("\n"))
    return all(line in links for line in lines if line)


def _blocks(element: Any) -> Iterator[str]:
    """Text of each top-level block, and loose text between them, in document order."""
    if element.text and element.text.strip():
        yield element.text
    for child in element:
        if child.tag in BLOCK_TAGS:
            block = deepcopy(child)
            block.tail = None
            yield xmltotxt(block, include_formatting=False)
        else:
            yield from _blocks(child)
        if child.tail and child.tail.strip():
            yield child.tail


def _clean_block(block: str) -> str:
    """A block without trailing spaces on its lines and without blank lines inside it."""
    lines = (line.rstrip() for line in block.strip().split("\n"))
    return "\n".join(line for line in lines if line.strip())


def _meta_tags(tree: HtmlElement) -> Iterator[Candidate]:
    """<meta> tags in <head>, and microdata <meta itemprop> of the page's own article."""
    article_scope = _article_scope(tree)
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if not content:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = (meta.get(attr) or "").strip().lower()
            if key in META_FIELDS:
                break
        else:
            continue
        if attr == "itemprop" and not _in_head(meta) and _scope_of(meta) is not article_scope:
            continue  # a teaser's microdata; other tags in the body are the head's, pushed there by a
            # <head> closed early (a stray element before them)
        detail = key if attr == "property" else f"meta[{attr}={key}]"
        yield Candidate(META_FIELDS[key], content, SOURCE, detail)


def _json_ld(tree: HtmlElement) -> Iterator[Candidate]:
    """Fields of the JSON-LD objects that describe an article (not lists of other articles)."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text, strict=False)
        except ValueError:
            continue
        for obj in _ld_objects(data):
            for key, field in JSONLD_FIELDS.items():
                for value in _ld_values(obj.get(key)):
                    yield Candidate(field, value, SOURCE, f"JSON-LD {key}")


def _ld_objects(data: Any) -> Iterator[dict[str, Any]]:
    """Top-level JSON-LD objects (and @graph members) whose @type is an article type."""
    items = data if isinstance(data, list) else [data]
    for item in items:
        if not isinstance(item, dict):
            continue
        if isinstance(item.get("@graph"), list):
            yield from _ld_objects(item["@graph"])
            continue
        types = item.get("@type")
        types = types if isinstance(types, list) else [types]
        if any(isinstance(t, str) and t.endswith(ARTICLE_TYPES) for t in types):
            yield item


def _ld_values(value: Any) -> Iterator[str]:
    """Strings in a JSON-LD value: a string, a thing with a name or @id, or a list of those."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        named = value.get("name") or value.get("@id")
        if isinstance(named, str):
            yield named
    elif isinstance(value, list):
        names = [name for item in value for name in _ld_values(item)]
        if names:
            yield ", ".join(names)


def _links_and_lang(tree: HtmlElement) -> Iterator[Candidate]:
    """<link rel=canonical>, <html lang> and <title>."""
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            yield Candidate("url", link.get("href", ""), SOURCE, "link[rel=canonical]")
    lang = tree.get("lang") or tree.get("xml:lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang:
        yield Candidate("language", lang, SOURCE, "html[lang]")
    title = tree.find(".//head/title")
    if title is not None and title.text_content().strip():
        yield Candidate("title", title.text_content(), SOURCE, "<title>")


def _header_times(tree: HtmlElement) -> Iterator[Candidate]:
    """<time datetime> in the first article's header or its byline line, or marked pubdate / itemprop.

    A byline line is a short block of the article, outside lists, asides and figures: "By Keir
    Abernethy · <time>"; a time in a list of links dates another article.
    """
    article_scope = _article_scope(tree)
    articles = tree.xpath("//article")
    header_times = articles[0].xpath(".//header//time[@datetime]") if articles else []
    if articles and not header_times:
        header_times = [t for t in articles[0].xpath(".//time[@datetime]")[:1]
                        if not t.xpath("ancestor::li|ancestor::aside|ancestor::figure|ancestor::nav|ancestor::footer")
                        and len((t.getparent().text_content() if t.getparent() is not None else "")) <= 200]
    marked = tree.xpath("//time[@datetime][@pubdate or @itemprop]")
    seen: set[int] = set()
    for time in [*header_times, *marked]:
        if id(time) in seen:
            continue
        seen.add(id(time))
        itemprop = (time.get("itemprop") or "").lower()
        if itemprop and itemprop not in ("datepublished", "datemodified"):
            continue
        if itemprop and _scope_of(time) is not article_scope:
            continue  # a related article's own date
        marker = f"{time.get('class') or ''} {itemprop}"
        field = "modified" if MODIFIED_HINT.search(marker) else "published"
        yield Candidate(field, time.get("datetime", ""), SOURCE, "<time datetime>")


def _article_scope(tree: HtmlElement) -> HtmlElement | None:
    """The first microdata item typed as an article, outside asides and navigation."""
    for scope in tree.xpath("//*[@itemscope][@itemtype]"):
        itemtype = scope.get("itemtype", "").strip()
        if itemtype.endswith(ARTICLE_TYPES) and not scope.xpath(
                "ancestor::aside|ancestor::nav|ancestor::footer"):
            return scope
    return None


def _scope_of(element: HtmlElement) -> HtmlElement | None:
    """The nearest microdata item an element belongs to."""
    scopes = element.xpath("ancestor::*[@itemscope][1]")
    return scopes[0] if scopes else None


def _in_head(element: HtmlElement) -> bool:
    return bool(element.xpath("ancestor::head"))


def _trafilatura_candidates(extracted: Any) -> Iterator[Candidate]:
    """trafilatura's own guesses for title, author, site name and URL."""
    for attr, field in (("title", "title"), ("author", "byline"), ("sitename", "outlet"),
                        ("url", "url")):
        value = getattr(extracted, attr, None)
        if isinstance(value, str) and value.strip():
            yield Candidate(field, " ".join(value.split()), SOURCE, "trafilatura")


def _dedupe(candidates: list[Candidate]) -> list[Candidate]:
    """Candidates in order, each (field, value, detail) once; a trafilatura value seen already
    from a tag is dropped (it adds no evidence)."""
    out: list[Candidate] = []
    seen: set[tuple[str, str, str]] = set()
    values: set[tuple[str, str]] = set()
    for cand in candidates:
        key = (cand.field, cand.value, cand.detail)
        if key in seen or (cand.detail == "trafilatura" and (cand.field, cand.value) in values):
            continue
        seen.add(key)
        values.add((cand.field, cand.value))
        out.append(cand)
    return out
