"""The page's own address where a scraped page keeps it without a label."""
from __future__ import annotations

import re
from urllib.parse import unquote

from ..models import Candidate

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
    printed at the page's foot as its own link text."""
    if any(c.field == "url" and not c.rejected for c in cands):
        return []
    for pattern in OWN_URL_LINKS:
        for m in pattern.finditer(text):
            url = unquote(m.group("url"))
            if url.startswith("/"):  # a path on the site the share link belongs to
                url = f"{m.group('site')}{url}" if m.groupdict().get("site") else ""
            if re.match(r"https?://[^/\s]+/\S+", url):
                return [Candidate("url", url.rstrip(".,)>"), "text", "the page's own address in a share, comments "
                                  "or browser link", m.start(), m.end())]
    return []
