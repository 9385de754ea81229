"""The page's own address where a scraped page keeps it without a label."""
from __future__ import annotations

import re
from urllib.parse import unquote

from ..models import Candidate

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


def own_url_in_links(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The page's own address where a scraped page keeps it without a label: in a share button's
    link ("facebook.com/sharer?u=https://...", "/share?u=/business/2025/..."), in the link to its
    own comments ("...#comments"), in an e-mail's "View this email in your browser <...>", or
    printed at the page's foot as its own link text; else an address written without its scheme on
    a line of the header or the foot, as apps and print show it ("nwtv.co.uk/news/live/storm-orla")."""
    if any(c.field == "url" and not c.rejected for c in cands):
        return []
    return _linked(text) or _printed(text)


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
