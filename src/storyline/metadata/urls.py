"""The page's own address where a scraped page keeps it without a label."""
from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from ..models import Candidate
from ..normalize.shapes import content_words, slug_words
from ..rules.outlets import ORIGINAL_LINK

# An archive's or a cache's address with the page's own inside it: "https://web.archive.org/web/
# 20250117091244/https://www.paper.example/news/...".
ARCHIVED = re.compile(r"^https?://[^/\s]+/\S*?/(?P<url>https?:/{1,2}[^/\s]+/\S+)$", re.IGNORECASE)
# An AMP cache's address: the page's host and path after "/c/s/" (Google's cache, "s" for https),
# "/amp/s/" (Google's viewer) or "/c/" (Bing's): "https://www-paper-example.cdn.ampproject.org/c/s/
# www.paper.example/news/.../amp/".
AMP_CACHE = re.compile(r"^https?://(?:[^/\s]+\.(?:cdn\.ampproject\.org|bing-amp\.com)|(?:www\.)?google\.[a-z.]+/amp)"
                       r"/(?:[cvi]/)?(?:(?P<secure>s)/)?(?P<rest>[a-z0-9-]+(?:\.[a-z0-9-]+)+/\S*)$", re.IGNORECASE)
SLUG_SHARE = 0.5  # of the words of an address's slug that its headline holds: the article's own address
MIN_SLUG_WORDS = 2
FILE_EXTENSION = re.compile(r"\.([a-z0-9]{2,5})$", re.IGNORECASE)
PAGE_EXTENSIONS = frozenset({"html", "htm", "shtml", "php", "asp", "aspx", "jsp", "cms", "ece"})
ANY_URL = re.compile(r"https?://[^\s<>()\[\]\"']+")
EDGE_LINES = 12  # lines of the header and of the foot in which a printed address is looked for
# An article's address as print and apps show it, on a line or a part of one: a host and a path
# of two segments or a slug of three words ("ostlereview.org/opinion/2026/slower-towns"), not a
# site's page ("/app", "/e-edition").
PRINTED_ADDRESS = re.compile(r"(?:^|(?<=[\s·|•]))(?P<address>(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}"
                             r"/(?:[\w.~%-]+/)+[\w.~%-]+/?|(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}"
                             r"/[\w~%]+-[\w~%]+-[\w.~%-]+/?)(?=\s|$)", re.IGNORECASE)
# Links that hold the page's own address: share buttons, the comments anchor, an e-mail's web view.
OWN_URL_LINKS = [
    re.compile(r"(?P<site>https?://[^/\s)]+)?/[^\s)]*(?:share|sharer|intent/tweet|submit|shareArticle)[^\s)]*?[?&]"
               r"(?:u|url|href|link)=(?P<url>(?:https?(?::|%3A)//|/)[^&\s)\"]+)", re.IGNORECASE),
    re.compile(r"\((?P<url>https?://[^\s)#]+)#(?:comments?|respond|disqus_thread|comment-section)\)", re.IGNORECASE),
    re.compile(r"view (?:(?:this|it|the) (?:e-?mail|newsletter) )?(?:in|on) (?:your |a |the )?(?:web )?browser\W*"
               r"(?:\]\()?<?(?P<url>https?://[^\s>)]+)", re.IGNORECASE),
    # the page's address printed at its foot, as a browser prints it: "[example.com/a/b](https://example.com/a/b)"
    re.compile(r"\[(?:www\.)?(?P<shown>[^\]\s]+\.[a-z]{2,}/[^\]\s]+)\]\((?P<url>https?://(?:www\.)?(?P=shown))\)",
               re.IGNORECASE),
]


def original_url(url: str) -> str:
    """The page's own address inside an archive's or a cache's address; any other unchanged."""
    if (amp := AMP_CACHE.match(url)) is not None:
        return ("https://" if amp.group("secure") else "http://") + amp.group("rest")
    m = ARCHIVED.match(url)
    return re.sub(r"^(https?:)/+", r"\1//", m.group("url")) if m else url


def own_url_in_links(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The page's own address where a scraped page keeps it without a label: in a share button's
    link ("facebook.com/sharer?u=https://...", "/share?u=/business/2025/..."), in the link to its
    own comments ("...#comments"), in an e-mail's "View this email in your browser <...>", or
    printed at the page's foot as its own link text; else an address written without its scheme on
    a line of the header or the foot, as apps and print show it ("nwtv.co.uk/news/live/storm-orla")."""
    if any(c.field == "url" and not c.rejected for c in cands):
        return []
    return _linked(text) or _slugged(text, cands) or _printed(text)


WHOLE_SLUG_WORDS = 4  # a slug of this many words, all the headline's, spells it: not a related story's


def _slugged(text: str, cands: list[Candidate]) -> list[Candidate]:
    """An address anywhere in the text whose slug the headline words ("/2024/06/03/port-strike-
    drags-into-second-week/" under "Port strike drags into second week, freight backs up"): a
    capture's "Saved from", "Open original", "Clipped from", "Read the full story at" in any
    wording or language. A related article's link names another headline."""
    heads = content_words(" ".join(c.value for c in cands if c.field == "title" and not c.rejected))
    related = {c.value for c in cands if c.field == "url" and c.rejected and "related" in c.rejected}
    best: tuple[int, Candidate] | None = None
    for m in ANY_URL.finditer(text):
        url = m.group(0).rstrip(".,;:")
        if text[max(0, m.start() - 2):m.start()] == "](" and _image_link(text, m.start()):
            continue
        if ORIGINAL_LINK.search(text, max(0, text.rfind("\n", 0, m.start()) + 1), m.start()):
            continue  # "Read the original article, first published ...: https://..." names the first publisher's
        own = original_url(url)
        segments = [seg for seg in unquote(urlsplit(own).path).split("/") if seg]
        if segments and (ext := FILE_EXTENSION.search(segments[-1])) and ext.group(1).lower() not in PAGE_EXTENSIONS:
            continue  # a photo, a video or the PDF named after the story
        words = slug_words(own)
        shared = len(words & heads)
        if url in related and not (shared == len(words) >= WHOLE_SLUG_WORDS):
            continue  # "Read more: <link>" under a forwarded story whose every slug word its headline has is its own
        if shared >= MIN_SLUG_WORDS and shared >= SLUG_SHARE * len(words) and (best is None or shared > best[0]):
            best = (shared, Candidate("url", own, "text", "an address whose slug the headline words",
                                      m.start(), m.start() + len(url)))
    return [best[1]] if best else []


def _image_link(text: str, at: int) -> bool:
    """Whether the Markdown link whose target starts at `at` is an image: "![caption](url)"."""
    opening = text.rfind("[", 0, at)
    return opening > 0 and text[opening - 1] == "!"


def _printed(text: str) -> list[Candidate]:
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    for at, line in lines[:EDGE_LINES] + lines[-EDGE_LINES:]:
        for m in PRINTED_ADDRESS.finditer(line):
            return [Candidate("url", "https://" + m.group("address").rstrip(".,)"), "text",
                              "the page's own address, printed without its scheme", at + m.start("address"),
                              at + m.end("address"))]
    return []


def _linked(text: str) -> list[Candidate]:
    for pattern in OWN_URL_LINKS:
        for m in pattern.finditer(text):
            url = unquote(m.group("url"))
            if url.startswith("/"):  # a path on the site the share link belongs to
                url = f"{m.group('site')}{url}" if m.groupdict().get("site") else ""
            if re.match(r"https?://[^/\s]+/\S+", url):
                return [Candidate("url", url.rstrip(".,)>"), "text", "the page's own address in a share, comments "
                                  "or browser link", m.start(), m.end())]
    return []
