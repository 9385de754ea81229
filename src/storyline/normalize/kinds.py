"""The labels a line of source text gets: body text, or the kind of page furniture it is.

`normalize.lines` sets them, `normalize.clean` drops every line that is not `TEXT`, and
`metadata` reads values off the furniture by its label; `Cleaned.removed` and the store keep
the label's value, so a label read back from the store compares equal to its member.
"""
from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """What one line is."""

    TEXT = "text"
    PAGE_BREAK = "page-break"  # a form feed between printed pages
    # furniture found by its pattern
    PAGE_NUMBER = "page-number"
    PAGE_HEADER = "page-header"  # a running head or foot that recurs on the pages
    RELATED = "related"  # a line introducing another article, and its links
    URL_LABEL = "url-label"  # "Original URL: ..."
    OWN_URL = "own-url"  # the article's own address under its label, or at the foot of a printed page
    LINK = "link"  # a bare link in the text
    SITE = "site"  # a site's address alone on a line, no page of it: "valeecho.example" atop a reader view
    WIDGET = "widget"
    NAV = "nav"
    PAYWALL = "paywall"
    CAPTION = "caption"
    COPYRIGHT = "copyright"
    RULE = "rule"  # a thematic break: ---, ***, ___
    CAPTURE = "capture"  # when the file was captured: "Captured 2026-06-02 14:20 UTC", "Página consultada: ..."
    WIRE_STAMP = "wire-stamp"  # a wire message's closing time stamp: "FPA 021147 GMT JAN 26"
    FRONT_MATTER = "front-matter"  # a YAML or TOML block of metadata at the top of a text
    # the header block
    TITLE = "title"
    SCRAPE_TITLE = "scrape-title"  # a web reader's "Title:" line, read as the page title
    MASTHEAD = "masthead"  # the paper's name, alone or beside a section, a date or a reading time
    DATELINE_PUBLISHED = "dateline-published"
    DATELINE_MODIFIED = "dateline-modified"
    BYLINE = "byline"
    BYLINE_ROLE = "byline-role"  # "Environment reporter" under the byline


DATELINE = {"published": Kind.DATELINE_PUBLISHED, "modified": Kind.DATELINE_MODIFIED}  # by the date's field
