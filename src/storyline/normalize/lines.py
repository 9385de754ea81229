"""Label each line of a source text: body text, or which kind of page furniture it is.

Steps, numbered as in `label_lines`:
 1. split into lines with their source offsets (form feeds are page breaks); a front-matter
    block on the first line (`---` / `+++` fenced `key: value` lines) is metadata, not text;
 2. page furniture by pattern: a forwarded e-mail's forwarding note, a chat log's stamped
    messages, page numbers, widgets,
    related-article lines and the bare links that follow them, labelled own-URL lines, bare links;
 3. running page headers and footers: short lines that recur across pages, and a page's first
    or last line made of a page number and a date (a clipping of one page);
 4. captions: a short paragraph that ends in a photo credit, or a dated wire-photo caption;
 5. the header block above the first body line: title, masthead, date lines, bylines;
 6. a copyright line at the foot, which names the publisher;
 7. in a printed page, a bare link in its last lines: the page's own address.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable, TypeVar

from ..header.dates import capture_moment, dateline, find_dates, opening_dateline, partial_dateline, relative_dateline
from ..header.names import (MAX_NAME_WORDS, OTHER_FIELD, READING_TIME, WORD_COUNT, furniture_only, header_name, header_parts,
                            imprint, masthead_like, name_like, outlet_like, person_name, plain_name, section_like, strip_markup, wire_slug)
from ..rules import boilerplate as bp
from ..rules.fields import DATABASE_FIELD, DATABASE_FIELD_CODES, DATABASE_FIELD_SPACED, MIN_DATABASE_FIELDS
from ..rules.outlets import (COMPANY_FORM, COMPANY_PREFIX, NAME_LABEL, NAME_WORD, PUBLISHED_BY, SECTIONS, SITE_SUFFIX,
                             TITLE_LABEL)  # a web reader's, a database's
from ..rules.dates import FIELD, FIELD_BREAK, ISSUE_SEASON, MODIFIED_LABEL, PUBLISHED_LABEL
from ..rules.wire import (EDITORS_NOTE, WIRE_FEED_STAMP, WIRE_FRAME, WIRE_KEYWORD_LINE, WIRE_KEYWORDS, WIRE_PRIORITY,
                          WIRE_ROUTING, WIRE_SLUG, WIRE_STAMP)
from .kinds import DATELINE, Kind
from .shapes import (LINE_SAMPLE, RUBRIC_WORDS, bar_like, body_like, content_words, ends_with_joiner, head_shape,
                     headline_like, plain_start, shouted_run_on, shouted_text, slug_words, title_case)

MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
DATELINE_SEARCH_UNITS = 12  # lines from the top in which a dateline-opened paragraph is looked for
# A record's field, its value on the line or below it: "Search Terms: ...", "Narrowed by:".
RECORD_FIELD = re.compile(r"^[^\W\d_][\w /-]{0,24}:(?:\s|$)")
RECORD_KINDS = frozenset({Kind.TEXT, Kind.DATELINE_PUBLISHED, Kind.DATELINE_MODIFIED, Kind.BYLINE, Kind.BYLINE_ROLE,
                          Kind.MASTHEAD})
RECORD_VALUE = re.compile(r"^[^\W\d_][\w /-]{0,24}:\s+\S")  # a field with its value: "Prepared for: Marrowdale NHS Trust"
MIN_VALUED_FIELDS = 2
MIN_RECORD_FIELDS = 3  # "Letter: ..." over "To the editor:" is a headline and its salutation
# An entry of a numbered list: a database export lists its documents' headlines before them.
MAX_CONTENTS_LABEL_WORDS = 4
PAGE_AT_END = re.compile(r"(?:^\d{1,4}\s{2,}|\s{2,}\d{1,4})$|^\d{1,4}\s{2,}")  # a page number set apart at an end
MAX_HEAD_WORDS = 10  # a running head: paper, section, date, page; a headline runs longer
HEADER_LINES = 8  # non-blank lines at the top in which title, masthead, date and byline are looked for
MAX_HEADER_UNITS = 16  # ... and as far down as the running text begins, under a capture's banners and menus
LEAD_UNITS = 10  # paragraphs of the running text whose words a headline shares (not the foot's furniture)
LEAD_RUN = 3  # lines after a paragraph of prose among which another is found where the running text begins
FOOTER_LINES = 4
MAX_SIGN_OFF_CHARS = 60
BLOG_NAME_WORDS = 6  # "Notes from Fenwick Lane": a blog's name over its post's title
MIN_SLUG_WORDS = 2  # content words a headline shares with its address's slug
FIELD_LINE = re.compile(r"^[^\W\d_][\w /&.-]{0,30}:\s+\S")  # "Publication title: Halvorsen Valley Gazette"
MIN_FOOT_FIELDS = 3
FOOT_FIELD_LINES = 40  # last lines in which a record's fields are looked for (ProQuest's run to 30)
CAPS_BLOCK_LINES = 3
PRESS_ISSUER_WORDS = 8  # "Ministry of Coastal Affairs and Fisheries": an issuer's name runs long
COLUMN_WORDS = 5  # words on one line of a headline set in a narrow print column


@dataclass(slots=True)
class Line:
    """One line of the source text; `start`/`end` frame the stripped content."""

    start: int
    end: int
    text: str
    kind: Kind = Kind.TEXT

    @property
    def blank(self) -> bool:
        return not self.text



def split_lines(text: str) -> list[Line]:
    """Lines with offsets of their stripped content; a form feed makes a page-break line.

    A line ends at "\\n", "\\r\\n" or a lone "\\r" (old Mac files, some exports): text with
    CR-only endings would otherwise be one line, and read as one block of furniture.
    """
    lines: list[Line] = []
    for m in re.finditer(r"[^\r\n\f]*(\r\n|\r|\n|\f|$)", text):
        raw = m.group(0)
        if not raw:
            continue
        body = raw.rstrip("\r\n\f")
        lead = len(body) - len(body.lstrip())
        stripped = body.strip()
        start = m.start() + lead
        lines.append(Line(start, start + len(stripped), stripped))
        if raw.endswith("\f"):
            lines.append(Line(m.end(), m.end(), "", kind=Kind.PAGE_BREAK))
    return lines


def _screen_reader(lines: list[Line]) -> None:
    """A screen reader's transcript: each role spoken before an element's text is cut off the line
    (the line keeps its offsets, past the role); images, the home link and the reader's
    announcements get the kinds their roles say, a heading is read as the Markdown heading of its
    level, the rest as any text is."""
    roles = [(ln, m) for ln in lines if not ln.blank and (m := bp.SCREEN_READER_ROLE.match(ln.text))]
    marks = [ln for ln in lines if not ln.blank and bp.SCREEN_READER_MARK.match(ln.text)]
    if not any(m["heading"] for _, m in roles) or len(roles) + len(marks) < bp.MIN_SCREEN_READER_LINES:
        return
    for line in marks:
        line.kind = Kind.NAV
    related = False
    for line, m in roles:
        line.start, line.text = line.start + m.end(), line.text[m.end():]
        role = (m["role"] or "").lower()
        if m["heading"]:
            related = bool(bp.RELATED_HEADING.match(line.text))
            if related:
                line.kind = Kind.RELATED
            else:  # read as the Markdown heading it is; the line's span stays on the words
                line.text = "#" * int(m["level"]) + " " + line.text
        elif role in bp.IMAGE_ROLES:
            line.kind = Kind.CAPTION
        elif role in bp.LINK_ROLES:
            home = bp.HOME_LINK.match(line.text)
            if related:
                line.kind = Kind.RELATED
            elif home is not None and (home["logo"] or home["home"]):
                line.start, line.text = line.start + home.start("name"), home["name"]
                line.end = line.start + len(line.text)
                line.kind = Kind.MASTHEAD
    for line in lines:
        if not line.blank and (m := bp.SCREEN_READER_LIST.match(line.text)) is not None:
            line.start, line.text = line.start + m.end(), line.text[m.end():]
            if bp.RELATED_HEADING.match(line.text):
                line.kind = Kind.RELATED


def _forwarded(lines: list[Line]) -> None:
    """A forwarded e-mail: the forwarder's header and note above the forwarded message's start
    are furniture (their Sent: day is the forward's, not the article's)."""
    head = [ln for ln in lines if not ln.blank][:bp.MAX_FORWARD_NOTE_LINES]
    marker = next((ln for ln in head if bp.FORWARDED.match(ln.text)), None)
    if marker is not None:
        for line in lines[: lines.index(marker) + 1]:
            if not line.blank:
                line.kind = Kind.WIDGET


def _mail_fields(lines: list[Line]) -> None:
    """An e-mail's header fields in another language ("Da: ...", "A: ...", "Oggetto: ..."), where
    a subject field shows them to be one: furniture, as the English ones are (its date field is
    read as a date line, as "Date:" is)."""
    head = [ln for ln in lines if not ln.blank][:bp.MAIL_HEADER_LINES]
    fields = [ln for ln in head if bp.MAIL_FIELD.match(plain_start(ln.text)) or bp.MAIL_SUBJECT_FIELD.match(plain_start(ln.text))]
    if len(fields) >= 2 and any(bp.MAIL_SUBJECT_FIELD.match(plain_start(ln.text)) for ln in fields):
        for line in fields:  # "Da: ..." beside a client's English "Subject: ..." too
            if line.kind == Kind.TEXT:
                line.kind = Kind.WIDGET
    sender = next((m for ln in head if (m := bp.MAIL_SENDER.match(plain_start(ln.text))) is not None), None)
    if sender is not None and person_name(sender["name"].strip()):
        for line in head:  # "From: Margaret Doyle <...>" / "Date: Mon, 10 Jun 2024": when a person wrote, not
            if bp.MAIL_SENT_FIELD.match(plain_start(line.text)):  # when the article they pass on appeared
                line.kind = Kind.WIDGET


def _chat_log(lines: list[Line]) -> None:
    """A chat export's stamped lines, messages and the app's notices, are the chat's: their days
    are when they were sent, not when an article pasted into the chat appeared. A message that is
    one line in the app's bold, over the story's running text, is the forwarded story's headline."""
    if sum(1 for ln in lines if bp.CHAT_MESSAGE.match(ln.text)) >= bp.MIN_CHAT_MESSAGES:
        for line in lines:
            if line.kind == Kind.TEXT and bp.CHAT_STAMP.match(line.text):
                line.kind = Kind.WIDGET
        for i, line in enumerate(lines):  # a forwarded story's headline, set in the app's bold: "... - Tia: *Ponte ...*"
            m = bp.CHAT_MESSAGE.match(line.text)
            said = line.text[m.end():].strip() if m else ""
            after = next((ln for ln in lines[i + 1:] if not ln.blank), None)
            if m and re.fullmatch(r"\*[^*\n]{10,200}\*", said) and after is not None and after.kind == Kind.TEXT \
                    and body_like(after.text):
                line.kind = Kind.TITLE
                break


def _boxes(lines: list[Line]) -> set[int]:
    """The lines a banner's box of "=" rules holds ("=====" / "SERVICIO DE SEGUIMIENTO DE MEDIOS" /
    "Cliente: ..." / "====="), their rules labelled as rules; ids of the lines inside. A rule right
    under a line of text, with no box open, underlines a heading and stays."""
    inside: set[int] = set()
    opened: int | None = None
    for i, line in enumerate(lines):
        if line.kind != Kind.TEXT or not bp.DOUBLE_RULE.match(line.text):
            if line.blank and opened is not None and i - opened > 1:
                opened = None  # a box holds no blank line
            continue
        if opened is not None and 1 < i - opened <= bp.BOX_LINES + 1:
            lines[opened].kind = line.kind = Kind.RULE
            inside.update(id(ln) for ln in lines[opened + 1:i])
            opened = None
        elif i == 0 or lines[i - 1].blank:
            opened = i
    return inside


def _contents(lines: list[Line]) -> None:
    """A digest's table of contents above its items ("IN THIS ISSUE" / "1. Mid-Plains grid operator's
    ..." / "2. ..."): numbered entries, from 1, at least two, the first of which stands again further
    down as the item's own heading. The entries and the short line naming the list are furniture;
    the headline is the item's."""
    text = [ln for ln in lines if not ln.blank and ln.kind == Kind.TEXT]
    for i, line in enumerate(text[:HEADER_LINES]):
        first = bp.LIST_ENTRY.match(plain_start(line.text))
        if first is None or first["number"] != "1":
            continue
        run = [line]
        for nxt in text[i + 1:]:
            m = bp.LIST_ENTRY.match(plain_start(nxt.text))
            if m is None or m["number"] != str(len(run) + 1):
                break
            run.append(nxt)
        again = [ln for ln in text[i + len(run):] if plain_start(ln.text).endswith(first["rest"])]
        if len(run) < 2 or not again:
            return
        for entry in run:
            entry.kind = Kind.NAV
        if i > 0 and len(text[i - 1].text.split()) <= MAX_CONTENTS_LABEL_WORDS and not re.search(r"[.!?:]$", text[i - 1].text):
            text[i - 1].kind = Kind.NAV  # "IN THIS ISSUE", "Inhalt", "Au sommaire"
        return


def _furniture(lines: list[Line]) -> None:
    after_related = False
    after_url_label = False
    for line in lines:
        if line.blank or line.kind != Kind.TEXT:
            continue
        plain = plain_start(line.text)
        url = bp.BARE_URL.match(line.text)
        if bp.PAGE_NUMBER.match(plain):
            line.kind = Kind.PAGE_NUMBER
        elif capture_moment(plain) is not None:
            line.kind = Kind.CAPTURE
        elif bp.THEMATIC_BREAK.match(line.text):
            line.kind = Kind.RULE
        elif bp.RELATED.match(plain) or bp.RELATED_HEADING.match(plain):
            line.kind, after_related = Kind.RELATED, True
            continue
        elif (m := bp.OWN_URL_LABEL.match(plain)) is not None:
            line.kind = Kind.URL_LABEL
            after_url_label = not m.group("url")
            continue
        elif url:
            line.kind = Kind.OWN_URL if after_url_label else (Kind.RELATED if after_related else Kind.LINK)
            if after_related:
                continue
        elif bp.SITE_ADDRESS.fullmatch(plain) and "/" not in plain.rstrip("/").split("://")[-1]:
            line.kind = Kind.SITE
        elif after_related and bp.LINK_ITEM.match(line.text):
            line.kind = Kind.RELATED  # an item of a "Related" or "Most read" list: another article, its date
            continue
        elif bp.WIDGET.match(plain) or bp.APP_NOTE.match(plain):
            line.kind = Kind.WIDGET
        elif bp.NAV_REST.match(bp.NAV_LINK.sub("", line.text)) and (
                len(bp.NAV_LINK.findall(line.text)) >= 2 or re.match(r"^[*+-]\s|^\[!\[", line.text)
                or bp.SITE_LINK.fullmatch(line.text)) or bp.BREADCRUMB.match(line.text) \
                or bp.TEXT_CRUMBS.match(plain) and header_name(plain) is None or bp.LANGUAGE_SWITCH.match(plain):
            line.kind = Kind.NAV  # a bar of links, a menu item, breadcrumbs, the site's name or logo linked
        elif bp.LOGO_IMAGE.match(line.text.strip()):
            line.kind = Kind.NAV  # the site's logo, unlinked
        elif len(plain) <= bp.MAX_PAYWALL_CHARS and bp.PAYWALL.search(plain):
            line.kind = Kind.PAYWALL
        elif bp.MAIL_HEADER.match(plain):
            line.kind = Kind.WIDGET  # an e-mail's header lines: its Date: line is read as a date line below
        elif bp.PRESS_REVIEW.match(plain):
            line.kind = Kind.WIDGET  # a press review's own title over the clippings it gathers
        elif _menu_bar(plain):
            line.kind = Kind.NAV  # a menu written out as text, or a section name on a line of its own
        after_related = after_url_label = False


RUN_TOGETHER = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")  # a word run into the next, as a pasted menu joins them
MIN_RUN_TOGETHER = 3  # a brand joins one or two ("TechCrunch", "YouTube"); a menu many


def _menu_bar(plain: str) -> bool:
    """A menu copied as text ("News | Business | Sport | Travel"; "News Politics Business Sport
    Culture"; "NewsSportBusiness", run together) or one section name alone ("Politics", "More"):
    most of its words name sections, or many of them run into the next."""
    if len(plain) > 200 or re.search(r"\d|[.!?:,;]$", plain):
        return False
    if len(RUN_TOGETHER.findall(plain)) >= MIN_RUN_TOGETHER:  # a menu pasted without its separators
        return True
    joined = RUN_TOGETHER.search(plain) is not None
    plain = RUN_TOGETHER.sub(" | ", plain)  # "Local NewsRural": "Local News | Rural"
    words = re.findall(r"[^\W\d_]+", plain.casefold())
    named = sum(w in SECTIONS or w in bp.MENU_WORDS for w in words)
    if joined and named == len(words):  # a breadcrumb run together: every word a section's
        return True
    if len(words) <= 2:
        return bool(words) and named == len(words)
    parts = [p for p in bp.NAV_BAR_PARTS.split(plain) if p]
    barred = len(parts) >= bp.MIN_NAV_PARTS and all(len(p.split()) <= bp.MAX_NAV_PART_WORDS for p in parts)
    return (barred or len(words) >= bp.MIN_NAV_PARTS + 1) and named >= bp.NAV_SECTION_SHARE * len(words)


def _running_heads(lines: list[Line]) -> None:
    """Short lines that recur (digits aside) on three or more lines, or on every page, are page heads.

    A page break, a page number or a "|" separator marks a running head already on its second page; a recurring
    line that closes a sentence without a separator is body text (a repeated slogan, a refrain).
    """
    pages = 1 + sum(1 for line in lines if line.kind == Kind.PAGE_BREAK)
    short = [line for line in lines if line.kind == Kind.TEXT and 0 < len(line.text) <= 100]
    shapes = Counter(head_shape(line.text) for line in short)
    for line in short:
        shape = head_shape(line.text)
        if not shape:
            continue
        # a page number at an end ("12 | THE COURIER", "... 2025   A3"), a page label, a print layout's wide gaps
        numbered = re.search(r"^[A-Z]?\d{1,4}\s|\s[A-Z]?\d{1,4}$|#|\S\s{3,}\S", line.text) is not None
        need = 2 if pages >= 2 or numbered or "|" in shape else 3  # a headline shown twice has digits too
        sentence = re.search(r"[.!?\"”]$", line.text) and "|" not in line.text
        if shapes[shape] >= need and not sentence:
            line.kind = Kind.PAGE_HEADER


def _page_edges(lines: list[Line]) -> None:
    """A printed page's head or foot seen once (a one-page clipping): its first or last line,
    made of a page number, a date line and at most a short name ("Tuesday 13 May 2025      21",
    "5  THE ASTREL COURIER  Monday, 27 September 2021"), the spaces between them kept or not."""
    pages: list[list[Line]] = [[]]
    for line in lines:
        if line.kind == Kind.PAGE_BREAK:
            pages.append([])
        elif not line.blank:
            pages[-1].append(line)
    for page in pages:
        for line in {id(ln): ln for ln in page[:1] + page[-1:]}.values():
            plain = plain_start(line.text)
            if line.kind == Kind.TEXT and line is page[0] and bp.PRINT_STAMP.match(line.text):
                line.kind = Kind.PAGE_HEADER  # a browser's print header: when it was printed, the page's title
                continue
            parts = [p for p in bp.HEADER_SEPARATOR.split(plain) if p]
            numbered = any(bp.PAGE_NUMBER.match(p) for p in parts) or bool(PAGE_AT_END.search(plain))
            if len(parts) == 1 and re.match(r"\d{1,4}\s+\D|.*\D\s+\d{1,4}$", plain):  # separators lost in a scan:
                parts, numbered = header_parts(plain), True  # "4 THE DERWICK ADVERTISER Thursday, March 13, 2025"
            dated = any(dateline(p) or ISSUE_SEASON.fullmatch(p) for p in parts) or (
                len(plain.split()) <= MAX_HEAD_WORDS and next(find_dates(plain), None) is not None)  # or its issue's
            # season: "34   COLD CHAIN QUARTERLY   SPRING 2024   OPERATIONS"
            if line.kind == Kind.TEXT and len(parts) >= 2 and numbered and dated \
                    and all(len(p.split()) <= MAX_HEAD_WORDS for p in parts):
                line.kind = Kind.PAGE_HEADER


def _right_below(lines: list[Line], line: Line, kind: Kind) -> bool:
    """Whether the line just above `line`, with no blank line between, is of `kind`."""
    i = lines.index(line)
    return i > 0 and lines[i - 1].kind == kind and not lines[i - 1].blank



def _header(lines: list[Line], fmt: str) -> None:
    """Label the header block: the lines above the first body line (title, masthead, date, byline).

    A line whose parts are a name and what stands beside one (a section, a date, a reading time;
    `header.names.header_name`), or a name in capitals or holding a word papers are named with,
    is the paper's name (masthead); once one line names the paper for sure, a line in capitals
    that is no more than a name is a headline (the paper has one name). The title is the
    Markdown heading of the highest level; otherwise, among the other headline-like lines, the
    first set in capitals (not a rubric), else the first of more than MAX_NAME_WORDS words, else
    the only one; with none, the headline above a dateline-opened paragraph further down. A short
    name in title case right before or after the title is the masthead too. A line that starts
    in lower case, or follows a line ending on a preposition or article, continues the line above
    it (a headline wrapped by a PDF). Other lines stay text (a standfirst). A numbered entry
    whose words stand again as a line of the header ("1. Pensioners stranded ...") is a list of
    the documents that follow, not the headline.
    """
    if any(line.kind == Kind.TITLE for line in lines):  # a database record labelled its headline
        return
    boxed = _boxes(lines)
    units = [unit for unit in _units(lines) if unit[0].kind == Kind.TEXT]
    lead = _lead(units, [i for i, line in enumerate(lines) if line.kind == Kind.RULE], lines)
    top = units[:max(HEADER_LINES, min(lead, MAX_HEADER_UNITS))]
    free: list[Line] = []
    wrapped: dict[int, list[Line]] = {}  # id of a free line -> the lines that continue it
    body = False  # running text has begun: date lines and bylines still count, headlines no more
    bylined = False  # a byline under a headline has been read
    below: set[int] = set()  # ids of the free lines under it: a PDF's narrow column reads as no prose
    for i, unit in enumerate(top):
        line = unit[0]
        plain = plain_start(line.text)
        found = (dateline(plain) or partial_dateline(plain)) if len(unit) == 1 else None
        prose = i < lead and _prose(units, i)  # a notice's or a standfirst's paragraph above the running text
        if found:
            line.kind = DATELINE[found[0]]
        elif len(unit) == 1 and bp.BYLINE.match(plain) and len(line.text) <= 200:
            line.kind = Kind.BYLINE
            bylined = bylined or (not plain.split()[0].endswith(":") and any(headline_like(ln.text) for ln in free))
            # the headline stands above its byline (a record's "Author:" field is one of many above its headline)
        elif len(unit) == 1 and (m := bp.COPYRIGHT.match(plain)) is not None \
                and (m["since"] or m["year"] or "rights" in plain.lower()):
            line.kind = Kind.COPYRIGHT  # a record's "Copyright 2023 Prairie Lakes Media Group Inc. All Rights
            # Reserved" above its headline's fields: no headline
        elif len(unit) == 1 and relative_dateline(plain):  # "Leona Draskovic · 5 hours ago · 6 min read",
            line.kind = Kind.DATELINE_PUBLISHED  # "Publicado: hace 2 días" under the byline
        elif len(unit) == 1 and _right_below(lines, line, Kind.BYLINE) and len(plain.split()) <= 4:
            line.kind = Kind.BYLINE_ROLE  # "By JONNA FELD" / "Environment reporter"
        elif len(unit) == 1 and len(header_parts(plain)) > 1 and header_name(plain) is not None \
                and any(READING_TIME.match(p) for p in header_parts(plain)):
            line.kind = Kind.MASTHEAD  # "Binnenland · de Lindenhaagse Courant · 4 min leestijd"
        elif prose and not MD_HEADING.match(line.text) and not TITLE_LABEL.match(line.text):
            continue
        elif (body or i >= lead) and not MD_HEADING.match(line.text) and not TITLE_LABEL.match(line.text):  # a
            body = True  # labelled headline is one however it reads: "HEADLINE: After the party, can it earn its keep?"
        else:
            free.append(line)
            wrapped[id(line)] = unit[1:]
            if bylined:
                below.add(id(line))
    if fmt in {"html", "jsonl", "json", "csv", "warc"}:  # the reader gave the title
        return
    plains = {plain_start(ln.text) for ln in free}
    free = [ln for ln in free if not ((m := bp.LIST_ENTRY.match(plain_start(ln.text))) and m["rest"] in plains)
            and not _in_record(units, ln)]
    labelled = next((ln for ln in free if TITLE_LABEL.match(ln.text)), None)  # "Title: ..." of a web reader
    if labelled is not None:
        free.remove(labelled)
        labelled.kind = Kind.SCRAPE_TITLE
    lead_words = content_words(" ".join(ln.text for unit in units[lead:lead + LEAD_UNITS] for ln in unit))
    first_words = content_words(" ".join(ln.text for unit in units[lead:lead + 1] for ln in unit))
    sharing = [ln for ln in free if _shares_words(ln, wrapped[id(ln)], lead_words)]
    named = [ln for ln in sharing if (m := MD_HEADING.match(ln.text)) and _named_for_sure(m.group(2))
             and len(m.group(2).split()) <= BLOG_NAME_WORDS]  # "# The Saltmarsh Ledger" over its issue's "## ..."
    own = [ln for ln in sharing if ln not in named and _shares_words(ln, [], first_words)]  # with the first paragraph,
    # by its own words: "# The Brackwater Note" (a tagline under it) over "## What the ... survey actually says"
    heading = _top_heading(own) or _top_heading([ln for ln in sharing if ln not in named]) or _top_heading(sharing) \
        or _top_heading(free)
    if heading is not None and (above := _heading_above(lines, heading)) is not None and above in free \
            and len(MD_HEADING.sub(r"\2", above.text).split()) > BLOG_NAME_WORDS:
        heading = above  # "# Cedar Harbor school board keeps ..." over its deck "### Parents remain split, ...":
        # the deck shares the running text's words, the headline over it is still the headline
    signed = [ln for ln in free if MD_HEADING.match(ln.text) and _over_byline(lines, ln)]
    if heading is not None and signed and heading not in signed \
            and len(MD_HEADING.sub(r"\2", heading.text).split()) <= BLOG_NAME_WORDS:
        heading = signed[0]  # the post's title over "Publié le ... par ...", not the blog's name over its tagline
    headlines = [ln for ln in free if ln is heading or (
        not MD_HEADING.match(ln.text) and headline_like(" ".join(x.text for x in [ln, *wrapped[id(ln)]])))]
    # a line that wraps onto the next is a headline: a paper's name fits on one line
    names = [ln for ln in headlines if ln is not heading and not wrapped[id(ln)] and header_name(ln.text)]
    if any(_named_for_sure(ln.text) for ln in names) or any(
            header_name(ln.text, running_head=ln.kind == Kind.PAGE_HEADER) for ln in lines
            if ln.kind in {Kind.PAGE_HEADER, Kind.DATELINE_PUBLISHED, Kind.DATELINE_MODIFIED}):
        names = [ln for ln in names if _named_for_sure(ln.text)]  # the paper has one name: the rest are headlines
    others = [ln for ln in headlines if ln not in names and not bar_like(ln.text) and not _dated(ln.text)]
    others = [ln for ln in others if id(ln) not in below] or others  # the story's lines under its byline
    others = [ln for ln in others if id(ln) not in boxed] or others  # a banner's box: the sender's, not the story's
    if any(_shares_words(ln, wrapped[id(ln)], lead_words) for ln in others):
        others = [ln for ln in others if _shares_words(ln, wrapped[id(ln)], lead_words)]
    slogans = [ln for ln in others if _slogan(lines, ln, names)]  # under the paper's name: "Independent
    if len(slogans) < len(others) or _above_dateline(lines) is not None:  # reporting on rivers", "BRIEFING"
        others = [ln for ln in others if ln not in slogans]
    papers = {plain_name(strip_markup(ln.text)) for ln in [*names, *(x for x in lines if x.kind == Kind.MASTHEAD)]}
    tabs = [ln for ln in others if (m := SITE_SUFFIX.match(plain_start(ln.text))) and plain_name(m["site"]) in papers]
    if tabs and len(tabs) < len(others):  # "LIVE: Typhoon Lumen latest news | Sugbo Tribune", the browser's tab
        others = [ln for ln in others if ln not in tabs]  # over the paper's name and its headline on the page
        for ln in tabs:
            ln.kind = Kind.SCRAPE_TITLE
    # a headline in capitals comes first; one below a headline in lower case is a caps byline or credit; one
    # word in capitals is a section's or a region's label ("ENTRE-SAMBRE-ET-MEUSE")
    shouted = [ln for ln in others if shouted_text(ln.text) and len(plain_start(ln.text).split()) > 1 and not any(o in others[:others.index(ln)] for o in others
                                                                    if not shouted_text(o.text))]
    long_ = [ln for ln in others if wrapped[id(ln)] or len(plain_start(ln.text).split()) > MAX_NAME_WORDS]
    ranked = shouted or long_ or others or [ln for ln in names if len(header_parts(ln.text)) == 1]
    ranked = [ln for ln in ranked if _shares_words(ln, wrapped[id(ln)], first_words)] or ranked  # the stronger sign
    ranked = [ln for i, ln in enumerate(ranked) if not (RUBRIC_OPENING.match(plain_start(ln.text)) and any(
        wrapped[id(x)] for x in ranked[i + 1:]))] or ranked  # "MALTEMPO Massi e fango ...": an occhiello opened by
    # its rubric over the headline a print column wraps ("Frana sulla provinciale," / "Morzano isolata ...")
    if heading is None and labelled is not None:  # the reader's label stands in for a missing H1
        heading = labelled
        headlines.insert(0, labelled)
    # with no headline but the names of the paper and its newsletter, an item's own headline wins
    title = heading or (ranked[0] if others else (_above_dateline(lines) or (ranked[0] if ranked else None)))
    if title is not None and title is not heading and not _over_byline(lines, title):
        title = next((ln for ln in ranked if _over_byline(lines, ln) and _menu_between(lines, title, ln)), title)
        # the headline over its byline, not the site's tagline over its menu ("Exclusive news, data and analytics
        # for ..."); a deck over the byline stays the headline's, with no menu between them
    if title is not None and lead < len(units):
        title = _below_the_address(lines, free, wrapped, title, units[lead][0]) or title
    if title is not None:
        for ln in [title, *wrapped.get(id(title), [])]:
            ln.kind = Kind.TITLE  # metadata reads the title off these lines' source spans
    at = headlines.index(title) if title in headlines else -1
    for i, line in enumerate(headlines):
        if line is not title and (line in names or (name_like(line.text) and at >= 0 and i <= at + 1
                                                    and not OTHER_FIELD.match(plain_start(line.text)))):
            line.kind = Kind.MASTHEAD
    top_heading = _top_heading(free)
    if heading is not None and top_heading is not None and top_heading is not heading and heading is title \
            and len(MD_HEADING.sub(r"\2", top_heading.text).split()) <= BLOG_NAME_WORDS:
        top_heading.kind = Kind.MASTHEAD  # a blog's name over its post's title: "# Notes from Fenwick Lane"


def _in_record(units: list[list[Line]], line: Line) -> bool:
    """A labelled field among labelled fields ("Search Terms: ...", "Client/Matter: -None-"): a
    record's, not a headline, which one label may open ("Poll: Wealthy voters ..."); the record's
    own headline and paper stand under their labels ("Title: ...", "Outlet: ...")."""
    def field(unit: list[Line]) -> bool:  # a labelled date or byline is one of the record's fields too
        return unit[0].kind in RECORD_KINDS and all(RECORD_FIELD.match(plain_start(ln.text)) for ln in unit)
    at = next((i for i, unit in enumerate(units) if unit[0] is line), None)
    plain = plain_start(line.text)
    if at is None or not field(units[at]) or TITLE_LABEL.match(line.text) or NAME_LABEL.match(plain):
        return False
    first = last = at
    while first > 0 and field(units[first - 1]):
        first -= 1
    while last + 1 < len(units) and field(units[last + 1]):
        last += 1
    run = units[first:last + 1]  # two fields with their values, neither a date line ("Dunmere flood: what we know"
    valued = all(unit[0].kind == Kind.TEXT and RECORD_VALUE.match(plain_start(unit[0].text)) for unit in run)
    return len(run) >= (MIN_VALUED_FIELDS if valued else MIN_RECORD_FIELDS)  # over "Last updated: ...")


def _prose(units: list[list[Line]], i: int) -> bool:
    unit = units[i]
    return body_like(" ".join(ln.text for ln in unit), wrapped=len(unit) > 1, last=unit is units[-1])


def _lead(units: list[list[Line]], rules: list[int] | None = None, lines: list[Line] | None = None) -> int:
    """Where the running text begins: the first paragraph of prose with another among the LEAD_RUN
    lines after it, no heading between, or one a dateline opens. A cookie notice's paragraph stands
    alone among buttons, menus and the headline; a standfirst is followed by byline and date, then
    the text; a reader's note stands above the article's own heading, a document's own note above
    the rule (`rules`: where they stand in `lines`) that sets the article off; a newsletter's greeting
    above the section an item stands in ("TOP STORY")."""
    prose = [i for i in range(len(units)) if _prose(units, i)]
    at = {id(ln): k for k, ln in enumerate(lines or [])}

    def ruled(i: int, j: int) -> bool:  # a rule between unit i and unit j, a heading (no prose) right under it
        for r in rules or []:
            if at.get(id(units[i][-1]), -1) < r < at.get(id(units[j][0]), -1):
                below = next((k for k in range(i + 1, j + 1) if at.get(id(units[k][0]), -1) > r), j)
                return below not in prose
        return False
    def sectioned(i: int, j: int) -> bool:  # a section's name between unit i and unit j ("TOP STORY"): an item
        lo, hi = at.get(id(units[i][-1]), -1), at.get(id(units[j][0]), -1)  # of a newsletter begins under it
        return lines is not None and lo >= 0 and any(ln.kind == Kind.NAV and section_like(ln.text)
                                                     for ln in lines[lo + 1:hi])
    for i in prose:
        if any(i < j <= i + LEAD_RUN and not any(MD_HEADING.match(u[0].text) for u in units[i + 1:j])
               and not ruled(i, j) and not sectioned(i, j) for j in prose) \
                or opening_dateline(strip_markup(units[i][0].text)) is not None:
            return i
    return prose[0] if prose else len(units)


def _shares_words(line: Line, rest: list[Line], lead: set[str]) -> bool:
    """Whether a headline candidate shares a content word with the running text's first
    paragraphs: a headline does; a cookie banner, a skip link or a service's label does not."""
    return bool(content_words(" ".join(ln.text for ln in [line, *rest])) & lead)


IMAGE_ADDRESS = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|avif)(?:[?#]|$)", re.IGNORECASE)


def _below_the_address(lines: list[Line], free: list[Line], wrapped: dict[int, list[Line]], title: Line,
                       lead: Line) -> Line | None:
    """The page's headline, when the chosen one is a capture tool's title above the page's
    address: a note or a share names the page in its own words ("Tarrow County co-op adds 2
    million bushels of storage"), then gives its address, then the page with the outlet's
    headline ("Co-op elevator in Tarrow County adds 2 million bushels of storage"). Both sides
    must share MIN_SLUG_WORDS content words with the address's slug."""
    top, end = lines.index(title), lines.index(lead)
    for line in [ln for ln in lines[top + 1:end] if ln.kind != Kind.NAV]:  # a share button's link is no note's
        for m in re.finditer(r"https?://[^\s<>()\[\]\"']+", line.text):
            if IMAGE_ADDRESS.search(m.group(0)) or line.text[:m.start()].rstrip("(").endswith("]") \
                    and "![" in line.text[:m.start()]:
                continue  # a picture's file, not the page's address: "![Firefighters ...](.../hadley-mill-fire.jpg)"
            slug = slug_words(m.group(0))
            if len(content_words(title.text) & slug) < MIN_SLUG_WORDS:
                continue
            at = lines.index(line)
            below = [ln for ln in free if at < lines.index(ln) < end
                     and len(content_words(" ".join(x.text for x in [ln, *wrapped[id(ln)]])) & slug) >= MIN_SLUG_WORDS
                     and (MD_HEADING.match(ln.text) or headline_like(ln.text))]
            if below:
                if title.kind == Kind.TEXT:
                    title.kind = Kind.SCRAPE_TITLE  # the capture's title of the page: furniture, as a reader's
                return below[0]
            return None
    return None


def _dated(text: str) -> bool:
    """A line with a date among its parts ("Independent news for Eastgate · Thursday 2 July · Issue
    212"): a masthead's or a newsletter's line, never a headline."""
    parts = [p.strip(" ·|•–—-") for p in header_parts(text)]
    return len(parts) > 1 and any(dateline(p) or partial_dateline(p) for p in parts if p)


def _slogan(lines: list[Line], line: Line, names: list[Line]) -> bool:
    """A line in lower case right under the paper's name, with no blank line between (or under a
    second name line, as "FENWICK DAILY / BANKING BRIEFING") and a blank line after it: the
    paper's slogan, not a headline."""
    at = lines.index(line)
    up = at - 1  # past furniture (a widget, a nav line) to the line the slogan stands under
    while up >= 0 and not lines[up].blank and lines[up].kind not in {Kind.TEXT, Kind.MASTHEAD}:
        up -= 1
    above = lines[up] if up >= 0 else None
    over = lines[up - 1] if up >= 1 else None  # a second name line stands right under the first
    second = over is not None and not over.blank and over in names and masthead_like(above.text) if above else False
    named = above is not None and not above.blank and (above in names or above.kind == Kind.MASTHEAD or second or (
        not names and (header_name(above.text) is not None or masthead_like(above.text))))  # with the paper
    # named elsewhere, a word in capitals alone over a line ("WOCHENMARKT") is a rubric over the headline
    below = lines[at + 1] if at + 1 < len(lines) else None
    after = lines[at + 2] if at + 2 < len(lines) else None
    alone = below is None or below.blank or below.kind == Kind.NAV or (  # a PDF's headline runs on under the
        any(c.islower() for c in below.text) and (after is None or after.blank))  # name without blank lines; a
    # newsletter's name and slogan stand under the paper's; a pasted page's menu under its slogan
    rubric = masthead_like(line.text) and len(plain_start(line.text).split()) <= RUBRIC_WORDS
    return named and alone and (rubric or (not shouted_text(line.text) and any(c.islower() for c in line.text)))


def _over_byline(lines: list[Line], heading: Line) -> bool:
    """Whether a heading stands over the article's byline or date line, a deck and the writer's
    name between at most: the post's own title, not the site's name over its tagline and menu."""
    at = next(i for i, ln in enumerate(lines) if ln is heading)
    level = _level(heading)
    for ln in [ln for ln in lines[at + 1:at + 1 + 2 * BYLINE_REACH] if not ln.blank][:BYLINE_REACH]:
        if ln.kind in {Kind.DATELINE_PUBLISHED, Kind.BYLINE}:
            return True
        if ln.kind in {Kind.NAV, Kind.RULE} or 0 < _level(ln) <= level:
            return False
    return False


def _menu_between(lines: list[Line], above: Line, below: Line) -> bool:
    """Whether a site's menu stands between two lines: they are not one headline block."""
    at, to = lines.index(above), lines.index(below)
    return at < to and any(ln.kind == Kind.NAV for ln in lines[at + 1:to])


def _level(line: Line) -> int:
    """A Markdown heading's level ("## ..." is 2); 0 for any other line."""
    m = MD_HEADING.match(line.text)
    return len(m.group(1)) if m else 0


BYLINE_REACH = 3  # lines from a post's title to its byline or date: a deck, the writer's name, then the date


def _heading_above(lines: list[Line], heading: Line) -> Line | None:
    """The heading of a higher level right above a heading, blank lines aside: a headline over its deck."""
    at = lines.index(heading)
    above = next((ln for ln in reversed(lines[:at]) if not ln.blank), None)
    return above if above is not None and 0 < _level(above) < _level(heading) else None


def _top_heading(free: list[Line]) -> Line | None:
    """The Markdown heading of the highest level among the header block's lines ("# ...", or
    "## ..." on a page whose own title is an H2), the first of them. `_header` asks first among
    the headings that share words with the running text: a blog's name heads its page as "#",
    its post's title under it as "##"."""
    levels = [(len(m.group(1)), i) for i, ln in enumerate(free) if (m := MD_HEADING.match(ln.text))]
    return free[min(levels)[1]] if levels else None


def _named_for_sure(text: str) -> bool:
    """A header line whose name no headline could be: beside a date or a section, labelled, or
    holding a word papers are named with ("Harbour Daily")."""
    name = header_name(text)
    return name is not None and (len(header_parts(text)) > 1 or NAME_LABEL.match(strip_markup(text)) is not None
                                 or PUBLISHED_BY.match(strip_markup(text)) is not None
                                 or NAME_WORD.search(name) is not None)



def _above_dateline(lines: list[Line]) -> Line | None:
    """The headline right above the paragraph a dateline opens ("VALDREN, May 14 (Arvenwire) - ..."),
    for a header block that held none but names: an item of a newsletter or digest."""
    units = [u for u in _units(lines) if u[0].kind == Kind.TEXT and not bp.BYLINE.match(plain_start(u[0].text))]
    units = units[:DATELINE_SEARCH_UNITS]  # furniture (an e-mail's fields, rules, widgets) does not count
    for above, unit in zip(units, units[1:]):  # a byline may stand between headline and dateline
        if opening_dateline(strip_markup(unit[0].text)) is not None:
            line = above[0]
            if len(above) == 1 and line.kind == Kind.TEXT and headline_like(line.text) and not body_like(line.text):
                return line
            return None
    return None


# What a wrapped headline's next line may start with besides a small letter: "... for skimming" /
# "$612,000 from fire district".
CONTINUING_SIGNS = frozenset("$€£¥%0123456789")


def _units(lines: list[Line]) -> list[list[Line]]:
    """Non-blank lines, each with the lines right below it that continue it (see `_header`)."""
    out: list[list[Line]] = []
    previous: Line | None = None
    block = _caps_blocks(lines)
    for line in lines:
        if line.blank or line.kind == Kind.PAGE_BREAK:
            previous = None
            continue
        plain = plain_start(line.text)
        if previous is not None and out and previous is out[-1][-1] and previous.kind == Kind.TEXT \
                and line.kind == Kind.TEXT and not re.search(r"[.!?]$", previous.text) \
                and not MD_HEADING.match(previous.text) \
                and (not previous.text.endswith(":")
                     or len(out[-1]) == 1 and _short_column(plain_start(previous.text), plain)) \
                and (plain[:1].islower() or plain[:1] in CONTINUING_SIGNS
                     or ends_with_joiner(previous.text) and (shouted_text(plain) or not shouted_text(previous.text))
                     or re.search(r"\w-$", previous.text.rstrip()) is not None  # "zwischen Rheinfelden-" / "Ost und"
                     or shouted_run_on(previous.text, plain)
                     or block.get(id(line)) == block.get(id(previous), -1)
                     or (len(out[-1]) == 1 and _short_column(plain_start(previous.text), plain))) \
                and not dateline(plain) and not partial_dateline(plain) and not bp.BYLINE.match(plain) \
                and not partial_dateline(plain_start(previous.text)) \
                and not bp.SCHEMELESS_URL.match(plain) and not bar_like(plain) \
                and not (outlet_like(plain_start(previous.text)) and furniture_only(plain)):  # "via X · 3h ago · Health",
            # "Rádio Tropeiro" over "98,3 FM · A voz do Vale do Arapiranga"
            out[-1].append(line)
        else:
            out.append([line])
        previous = line
    return out



RUBRIC_OPENING = re.compile(r"^[A-ZÀ-Þ]{5,}\s+[A-ZÀ-Þ][a-zà-ÿ]+\s+[a-zà-ÿ]")  # "MALTEMPO Massi e fango ..."


def _short_column(first: str, second: str) -> bool:
    """Two short lines of one headline wrapped by a narrow print column ("Automation push splits" /
    "Calvenport terminal operators"): each of a few words, neither a name (no lower-case word in
    either: a paper's, a writer's) nor in capitals nor a date line or a labelled field ("Autor:
    ..."), the first unfinished by any stop."""
    words = first.split() + second.split()
    if first.endswith(":") and len(first.split()) >= 2 and not OTHER_FIELD.match(first):
        first = first[:-1]  # a kicker run into its headline: "Zu wenig Personal:" / "Bürgerbüro in Varel"
    return all(0 < len(t.split()) <= COLUMN_WORDS and not t.isupper() and not header_name(t) for t in (first, second)) \
        and second[:1].isupper() and not re.search(r"[.!?:;]$", first) and not bp.BYLINE.match(first) \
        and any(w[:1].islower() for w in words) and not outlet_like(first) and not outlet_like(second) \
        and not dateline(first) and not RECORD_FIELD.match(first) and not RECORD_FIELD.match(second)


def _caps_blocks(lines: list[Line]) -> dict[int, int]:
    """Lines in capitals that stand CAPS_BLOCK_LINES or more together, each mapped to its block's
    number: a headline set in a narrow print column ("COUNCILLORS BACK" / "£140M TRAM LINK" / "TO
    EASTGATE"). A paper's name, a section or a rubric takes one line or two."""
    out: dict[int, int] = {}
    run: list[Line] = []
    for line in [*lines, Line(0, 0, "")]:
        plain = plain_start(line.text)
        if not line.blank and line.kind == Kind.TEXT and plain.isupper() and not dateline(plain) \
                and not OTHER_FIELD.match(plain) \
                and not (outlet_like(plain) and NAME_WORD.search(plain)):  # "PRIORITY: URGENT": a wire's field,
            run.append(line)  # "LE COURRIER DE CASTELMORNE": the paper's name, no line of a headline
            continue
        if len(run) >= CAPS_BLOCK_LINES:
            out |= {id(ln): id(run[0]) for ln in run}
        run = []
    return out


def _paragraphs(lines: list[Line]) -> list[list[Line]]:
    out: list[list[Line]] = [[]]
    for line in lines:
        if line.blank:
            if out[-1]:
                out.append([])
        else:
            out[-1].append(line)
    return [p for p in out if p]


def _captions(lines: list[Line]) -> None:
    for para in _paragraphs(lines):
        body = [ln for ln in para if ln.kind == Kind.TEXT]
        if not body or len(body) != len(para):
            continue
        text = " ".join(ln.text for ln in body).strip("*_ ")  # a caption set in italics: "*... (WNCY photo)*"
        if len(text) > bp.MAX_CAPTION_CHARS:
            continue
        dated = bp.DATED_CAPTION.match(text) and not any(dateline(plain_start(ln.text)) for ln in body)
        if dated or _ends_in_credit(text):
            for ln in body:
                ln.kind = Kind.CAPTION


def _ends_in_credit(text: str) -> bool:
    """A picture credit closes the paragraph, after a full sentence or a separator."""
    m = bp.CREDIT_TAIL.search(text)
    if m is None or re.search(r"[\"“”«»]", text) or "@" in text[text.rfind(" ", 0, m.start()) + 1:m.end()]:
        return False  # "kerryann.whyte@bmobserver.com.jm": a writer's address under the byline, no credit
    before = text[: m.start()].rstrip()
    return not before or before[-1] in ".!?)|/–—-"


LIST_ITEM = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)])\s+\S")


def _footer(lines: list[Line]) -> None:
    """A copyright line: "©" in the second half of the page, "(c)" or "Copyright" among its last
    lines; and among them a line that names the paper by its label ("Source: Valdren Courier"), or
    a paper's name alone that signs the story off ("Kestrel Bay Mercury"). A block of labelled
    fields closing the text (a database's record: "Publication title: ...", "Publication date:
    ...") names the paper and the day by their labels, and so does one line among the last that
    labels its day as the publication's (a channel post's "📅 07 March 2025 | 🕝 2:32 PM")."""
    text = [ln for ln in lines if not ln.blank and ln.kind in {Kind.TEXT, Kind.CAPTION}]  # "©" ends a credit too
    tail = text[-FOOTER_LINES:]
    fields: list[Line] = []  # a database's or an archive's record fields closing the text
    run: list[Line] = []
    for line in [*text[max(0, len(text) - FOOT_FIELD_LINES):], None]:  # runs of field lines: a record's block,
        if line is not None and FIELD_LINE.match(plain_start(line.text)):  # above the middle of a short story too
            run.append(line)
            continue
        if len(run) >= MIN_FOOT_FIELDS or run and run[-1] is text[-1]:
            fields += run
        run = []
    fields = fields if len(fields) >= MIN_FOOT_FIELDS else []
    heads = {id(a) for a, b in zip(text, text[1:]) if LIST_ITEM.match(b.text)}  # "ALSO TODAY" over its items
    signed = [ln for ln in tail if PUBLISHED_LABEL.match(plain_start(ln.text)) and dateline(plain_start(ln.text))]
    if len(signed) == 1 and signed[0] not in fields:  # one day labelled as the post's closes it: "📅 07 March 2025"
        fields.append(signed[0])
    for line in text[min([len(text) // 2] + [text.index(f) for f in fields[:1]]):]:  # a short story's record runs
        if line.kind == Kind.CAPTION and line not in tail:  # above its middle
            continue  # a photo's "© Agency" credit above the foot names the photographer's agency
        plain = plain_start(line.text)
        m = bp.COPYRIGHT.match(plain)
        if m and len(line.text) <= 300 and (line in tail or plain.startswith("©")):
            line.kind = Kind.COPYRIGHT
        elif (line in tail or line in fields) and NAME_LABEL.match(plain) and header_name(plain) \
                and not COMPANY_FORM.search(plain):  # "Publisher: Bayline Media Holdings LLC": the owner
            line.kind = Kind.MASTHEAD
        elif line in fields and (PUBLISHED_LABEL.match(plain) or MODIFIED_LABEL.match(plain)) \
                and (found := dateline(plain)) is not None:  # "Publication date: Nov 2, 2021"; not a teaser's
            # "Nostalgia: Carnival queens through the decades · 2 August 2023" in a list of them
            line.kind = DATELINE[found[0]]
        elif line in tail and len(plain) <= MAX_SIGN_OFF_CHARS and outlet_like(plain) and NAME_WORD.search(plain) \
                and id(line) not in heads and not COMPANY_FORM.search(plain) and not COMPANY_PREFIX.match(plain):  # a heading over a list of items is a newsletter's section
            line.kind = Kind.MASTHEAD  # the paper's name signing the story off: "Kestrel Bay Mercury"
        elif line in tail and imprint(plain) is not None:
            line.kind = Kind.COPYRIGHT  # the publisher's imprint: "Norrbyns Tidning AB · Ansvarig utgivare: ..."
    labelled = [ln for ln in fields if ln.kind == Kind.DATELINE_PUBLISHED and PUBLISHED_LABEL.match(plain_start(ln.text))]
    if labelled and len(fields) >= MIN_FOOT_FIELDS:
        for line in lines:  # the record's "Publication date:" over a date line the database's report opens on
            if line.kind == Kind.DATELINE_PUBLISHED and line not in fields \
                    and not PUBLISHED_LABEL.match(plain_start(line.text)):  # ("Report Information from ProQuest /
                line.kind = Kind.WIDGET  # March 20 2024 09:41": when the report was made)


def label_lines(text: str, fmt: str) -> list[Line]:
    """The source text's lines, each labelled `text` or with the kind of furniture it is."""
    lines = split_lines(text)  # 1
    body = lines[_front_matter(lines):]
    _screen_reader(body)  # 2
    _forwarded(body)  # 2
    _mail_fields(body)  # 2
    _chat_log(body)  # 2
    _furniture(body)  # 2
    _contents(body)  # 2
    _home_link(body)  # 2
    _database_fields(body)  # 2
    _counted_record(body)  # 2
    _wire_frame(body)  # 2
    _press_release(body)  # 2
    _running_heads(body)  # 3
    _page_edges(body)  # 3
    _captions(body)  # 4
    _header(body, fmt)  # 5
    _footer(body)  # 6
    if fmt == "pdf":
        _page_urls(body)  # 7
    _opening_url(body)  # 7
    return lines


HOME_LINK_LINES = 30  # a site's bar and menus, above the story
MAX_HOME_NAME_WORDS = 6


def _home_link(lines: list[Line]) -> None:
    """A link to the home page copied as its words ("The Wessex Herald - Back to home", "Diario de
    Almendrera, ir a la portada") or a logo's ("[Logo Gazeta do Cerrado]") names the site: a masthead
    of the name alone."""
    for line in [ln for ln in lines if not ln.blank][:HOME_LINK_LINES]:
        home = bp.HOME_LINK.match(line.text.strip()) if line.kind == Kind.TEXT else None
        if home is not None and not (home["home"] and not home["logo"]):
            home = bp.LOGO_TEXT.match(line.text.strip())  # "[Logo Gazeta do Cerrado]": the logo's words
        name = (home.groupdict().get("name") or home.groupdict().get("named") or "") if home is not None else ""
        if 0 < len(name.split()) <= MAX_HOME_NAME_WORDS:
            line.start += line.text.index(name)
            line.text, line.end = name, line.start + len(name)
            line.kind = Kind.MASTHEAD


def _opening_url(lines: list[Line]) -> None:
    """A bare link on the first line of the text, above the headline, is the page's own address:
    a share-sheet paste or a browser's print header puts it there; another article's link stands
    in or after the body."""
    first = next((ln for ln in lines if not ln.blank), None)
    if first is not None and first.kind == Kind.LINK:
        first.kind = Kind.OWN_URL


def _press_release(lines: list[Line]) -> None:
    """A press release: its markers ("PRESS RELEASE", "For immediate release", "Release No. 44/2026")
    are furniture, and of the names above the first of them the nearest is the issuer ("MINISTRY
    OF COASTAL AFFAIRS" under "REPUBLIC OF VALDORIA"); the headline stands below."""
    top = [ln for ln in lines if not ln.blank][:bp.PRESS_MARKER_LINES]
    markers = [ln for ln in top if ln.kind == Kind.TEXT and bp.PRESS_MARKER.match(plain_start(ln.text))]
    if not markers:
        return
    above = [ln for ln in top[: top.index(markers[0])] if ln.kind == Kind.TEXT]
    for line in markers:
        line.kind = Kind.WIDGET
    names = [ln for ln in above if len(plain_start(ln.text).split()) <= PRESS_ISSUER_WORDS and not body_like(ln.text)
             and not re.search(r"[.!?]$|\d", ln.text.strip())  # not its address: "Havnevej 2, Kellhaven"
             and not bar_like(ln.text)]  # nor its site's menu: "Products   Research   Careers   Newsroom"
    if names:
        names[-1].kind = Kind.MASTHEAD
        for line in names[:-1]:
            line.kind = Kind.NAV
        for line in above[above.index(names[-1]) + 1:]:
            line.kind = Kind.WIDGET  # its address, telephone


def _wire_frame(lines: list[Line]) -> None:
    """A wire message opened by "ZCZC": its frame, routing and slug lines above the headline are
    furniture, and its closing time stamp is labelled for metadata to date it by."""
    text = [ln for ln in lines if not ln.blank]
    if not text or not WIRE_FRAME.match(text[0].text) or text[0].text.split()[0] != "ZCZC":
        _wire_codes(text[:HEADER_LINES])
        return
    for line in text:
        plain = line.text.strip()
        if WIRE_FRAME.match(plain):
            line.kind = Kind.WIDGET
        elif WIRE_STAMP.match(plain):
            line.kind = Kind.WIRE_STAMP
    for line in text[1:]:
        if line.kind == Kind.WIDGET:
            continue
        plain = line.text.strip()
        if not (WIRE_ROUTING.match(plain) or WIRE_SLUG.match(plain) or WIRE_KEYWORD_LINE.match(plain)
                or WIRE_PRIORITY.match(plain) or WIRE_FEED_STAMP.match(plain)
                or FIELD_BREAK.search(plain) and FIELD.match(plain)):  # "Rcvd: ... Svc: ... Pri: 3": the receiver's
            break  # the headline
        line.kind = Kind.WIDGET


def _wire_codes(top: list[Line]) -> None:
    """A wire story sent without the teleprinter's frame: the lines of its codes above the headline,
    two or more of them one under another ("BWS42" / "RGN10" / "NDP-METRO-FARES": the agency's
    story number, its routing and its slug), or a slug of hyphened words and a slash, are furniture;
    another such line alone may be a headline."""
    run: list[Line] = []
    for line in [*top, None]:
        plain = line.text.strip() if line is not None else ""
        if line is not None and line.kind == Kind.TEXT and (WIRE_ROUTING.match(plain) or wire_slug(plain)
                                                            or WIRE_KEYWORDS.match(plain)
                                                            or run and WIRE_PRIORITY.match(plain)):
            run.append(line)  # "ENG 0417 4 GEN /AFP-BY52" / "Chile-mining-labour-copper,2ndlead" / "URGENT"
            continue
        if len(run) >= 2 or (run and "/" in run[0].text and re.search(r"[A-Z]-[A-Z]", run[0].text)) \
                or (run and WIRE_KEYWORDS.match(run[0].text.strip())):  # "Verkehr/Bahn/Bayern/" alone too
            for code in run:  # "GHANA-COCOA/FORECAST (UPDATE 1)": a slug's topic and angle, in no headline
                code.kind = Kind.WIDGET
        run = []
    for line in top:
        if line.kind == Kind.TEXT and EDITORS_NOTE.match(line.text.strip()):
            line.kind = Kind.WIDGET  # "(Eds: Updating with minister's remarks, adds para 6)"


SOURCE_CODE = re.compile(r"^[A-Z0-9]{3,10}$")  # a database's code of the paper: "IPTAX"
RECORD_BYLINE_WORDS = 5


def _counted_record(lines: list[Line]) -> None:
    """A news database's record without field codes, as Factiva prints it: the headline, the
    writer's name, the story's length ("342 words"), the date, the paper's name, its code in the
    database ("IPTAX"), the language, the copyright. The line after the date is the paper's; the
    one before the length, under the headline, the writer's."""
    top = [ln for ln in lines if not ln.blank][:HEADER_LINES]
    for i, line in enumerate(top[:-2]):
        if not (line.kind == Kind.TEXT and WORD_COUNT.match(line.text.strip()) and dateline(top[i + 1].text)):
            continue
        line.kind = Kind.WIDGET
        top[i + 1].kind = Kind.DATELINE_PUBLISHED
        paper = top[i + 2]
        words = plain_start(paper.text).split()
        if paper.kind in {Kind.TEXT, Kind.MASTHEAD} and 0 < len(words) <= MAX_NAME_WORDS \
                and not re.search(r"[.!?]$", paper.text.strip()):
            paper.kind = Kind.MASTHEAD
        if i + 3 < len(top) and SOURCE_CODE.match(top[i + 3].text.strip()):
            top[i + 3].kind = Kind.WIDGET
        writer = top[i - 1] if i >= 2 else None
        if writer is not None and writer.kind in {Kind.TEXT, Kind.MASTHEAD} \
                and len(plain_start(writer.text).split()) <= RECORD_BYLINE_WORDS:
            writer.kind = Kind.BYLINE
        return


T = TypeVar("T")


def database_fields(items: list[T], text: Callable[[T], str]) -> list[tuple[T, str]]:
    """The items whose text opens on a news database's field code, with the code: codes followed by
    a tab or two spaces, else by one space when at least MIN_DATABASE_FIELDS items have them."""
    for pattern in (DATABASE_FIELD, DATABASE_FIELD_SPACED):
        coded = [(it, m["code"]) for it in items if (m := pattern.match(text(it)))]
        if len(coded) >= MIN_DATABASE_FIELDS:
            return coded
    return []


def _database_fields(lines: list[Line]) -> None:
    """A news database's record, a field code opening each line ("HD   ...", "PD   11 February 2026",
    "SN   The Lindholm Ledger"): headline, date, byline and paper by their codes; the database's
    other fields, and its lines above the record (the search, the retrieval), are furniture. The
    body's codes ("LP", "TD") open text."""
    coded = database_fields([ln for ln in lines if ln.kind == Kind.TEXT], lambda ln: ln.text)
    if len(coded) < MIN_DATABASE_FIELDS:
        return
    kinds = {"title": Kind.TITLE, "outlet": Kind.MASTHEAD, "published": Kind.DATELINE_PUBLISHED,
             "byline": Kind.BYLINE, None: Kind.WIDGET}
    for line, code in coded:
        field = DATABASE_FIELD_CODES[code]
        if field != "text":
            line.kind = kinds[field]
    for line in lines[: lines.index(coded[0][0])]:  # the database's own page: "Document 97 of 240", the search
        if line.kind == Kind.TEXT and not line.blank:
            line.kind = Kind.WIDGET


def _front_matter(lines: list[Line]) -> int:
    """How many lines at the top are a front-matter block (labelled "front-matter"), or 0."""
    closers = bp.FRONT_MATTER_FENCES.get(lines[0].text) if lines else None
    if not closers or lines[0].start != 0:
        return 0
    keys = 0
    for i, line in enumerate(lines[1:bp.MAX_FRONT_MATTER_LINES + 2], start=1):
        if line.text in closers:
            if not keys:
                return 0
            for ln in lines[:i + 1]:
                ln.kind = Kind.FRONT_MATTER
            return i + 1
        if bp.FRONT_MATTER_KEY.match(line.text):
            keys += 1
        elif not line.blank and not bp.FRONT_MATTER_OTHER.match(line.text):
            return 0
    return 0


def _page_urls(lines: list[Line]) -> None:
    """A bare link among the last lines of a printed page is the page's own address (a browser
    prints it in the footer)."""
    page: list[Line] = []
    for line in [*lines, Line(0, 0, "", kind=Kind.PAGE_BREAK)]:
        if line.kind != Kind.PAGE_BREAK:
            if not line.blank:
                page.append(line)
            continue
        for foot in page[-FOOTER_LINES:]:
            if foot.kind == Kind.LINK:
                foot.kind = Kind.OWN_URL
        page = []
