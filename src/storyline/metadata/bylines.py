"""Bylines: the writers' names a byline gives, without "By", time stamps and widget words, and
the outlet some bylines name after the writer ("By Ida Renn, Island Gazette")."""
from __future__ import annotations

import re

from ..header.dates import find_dates
from ..header.names import name_like, outlet_like, strip_markup
from ..models import Candidate
from ..rules.boilerplate import BYLINE, BYLINE_WORDS, NEWSROOM_BYLINE
from ..rules.outlets import NAME_WORD, OUTLET_WORD, WRITER_NOTE

LAST_PARAGRAPH_CHARS = 600
NOTE_PARAGRAPHS = 3  # the closing note stands among a text's last paragraphs
BYLINE_OUTLET = re.compile(r"(?:,|\s[-–—]|\sfor)\s+(?P<outlet>(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+){0,3}"
                           r"(?:[A-Z][\w&'’.]*-)?"  # "Ledger-Dispatch"
                           + OUTLET_WORD + r")\s*$", re.IGNORECASE)
# A writer's role for a paper after the name: "de Ioana Mureșan, corespondent Monitorul de Argeșel",
# "By Ana Ruiz, correspondent for the Tessel Gazette", "Von Jana Weller, Korrespondentin der Tesseler Post".
ROLE_FOR_PAPER = re.compile(r",\s*(?:special\s+|envoyée?\s+spéciale?\s+)?(?:correspondent|corespondent[aă]?|correspondante?"
                            r"|corresponsal|corrispondente|korrespondent(?:in)?|correspondente|reporter|editor|columnist)"
                            r"\s+(?:(?:for|of|at|de|du|de la|di|del|della|pentru|bei|für|der|des|van|voor|do|da)\s+)?"
                            r"(?:the\s+)?(?P<outlet>[A-ZÀ-Þ][^,|•·]{2,60}?)\s*$")
BYLINE_JUNK = re.compile(
    r"^(\d+\s+(second|minute|hour|day|week|month)s?\s+ago|updated.*|published.*|email( the)? author|"
    r"follow( on \w+)?|contact( the)? author|view (all|more) (posts|articles).*|staff( writer)?|"
    r"more (articles|stories)( by .*)?|read more|comments?( \(\d+\))?|share)$",
    re.IGNORECASE,
)


def clean_byline(raw: str) -> str | None:
    """The names of a byline without "By", time stamps, widget words and the outlet; None when
    nothing is left."""
    parts = re.split(r"\s*[|•·]\s*|\s{2,}|\n", raw.strip())
    names = []
    for i, part in enumerate(parts):
        if i and _outlet_part(part):
            continue
        if (m := _byline_outlet(part) or ROLE_FOR_PAPER.search(part)) is not None:
            part = part[: m.start()]
        part = re.sub(r"^\W*(?:" + BYLINE_WORDS + r"|de(?=\s+[A-ZÀ-Þ]))\s+", "", part.strip())  # Romanian "de Ioana ..."
        part = part.strip(" ,;-–—")
        if not part or BYLINE_JUNK.match(part) or not re.search(r"[A-Za-zÀ-ÿ]", part):
            continue
        names.append(part)
    return ", ".join(names) or None


def byline_outlet(byline: str) -> str | None:
    """The outlet a byline names after the writer: "By Dalia Rennet, Ardesh Public Radio", "By Ida
    Renn | Island Gazette"."""
    if (newsroom := NEWSROOM_BYLINE.match(strip_markup(byline))) is not None:  # "Door redactie Omroep Veenland"
        return newsroom["outlet"]
    m = _byline_outlet(strip_markup(byline))
    if m:
        return re.sub(r"^the\s", "", m.group("outlet"))
    if (role := ROLE_FOR_PAPER.search(strip_markup(byline))) is not None and name_like(role["outlet"]):
        return role["outlet"]
    parts = re.split(r"\s*[|•·]\s*|\s{2,}", strip_markup(byline))
    found = next((p.strip() for p in parts[1:] if _outlet_part(p)), None)
    if found is None:  # "Por Fernanda Azevedo, Jornal do Vale — São Bento do Ribeirão (SP)": the writer, the
        pieces = re.split(r",\s+", PLACE_TAIL.sub("", strip_markup(byline)))  # paper, then where it was written
        found = pieces[1].strip() if len(pieces) == 2 and _outlet_part(pieces[1]) else None
    return found


PLACE_TAIL = re.compile(r"\s+[—–-]\s+[A-ZÀ-Þ][\w'’ -]{1,40}(?:\s+\([A-Z]{2,3}\))?\s*$")  # "— Taubaté (SP)"


def _outlet_part(part: str) -> bool:
    """A part of a byline that is a paper's name, not a writer's: "Island Gazette", "Kessel Today"."""
    return outlet_like(part) and NAME_WORD.search(part) is not None and not BYLINE.match(part.strip())


def _byline_outlet(text: str) -> re.Match[str] | None:
    m = BYLINE_OUTLET.search(text)
    return m if m and name_like(m.group("outlet")) else None


def byline_parts(text: str, start: int) -> list[Candidate]:
    """The byline inside a header line ("By Ida Renn", "Oct. 7, 2021 · 5 min read · By Ida Renn",
    "Posted on 04/05/2026 by Ida Renn")."""
    out = []
    offset = 0
    for part in re.split(r"(\s+[|•·]\s+)", text):
        if (after := re.search(r"\s(by\s+[A-ZÀ-Þ][^|•·]*)$", part)) and next(find_dates(part), None):
            offset, part = offset + after.start(1), after.group(1)  # after the date it stands beside
        if BYLINE.match(part.strip("*_ ")):
            name = clean_byline(part)
            out.append(Candidate("byline", name or "", "text", part.strip(), start + offset,
                                 start + offset + len(part), "" if name else "no name in the byline"))
        offset += len(part)
    return out


def writer_note(text: str) -> tuple[str, str, int, int] | None:
    """(writer, outlet, start, end) of the note that ends a column: "Maud Pellew writes every Thursday
    for the Saltmarsh Herald." The paper is the one the writer writes for."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text[-LAST_PARAGRAPH_CHARS:]) if p.strip()]
    for paragraph in paragraphs[::-1][:NOTE_PARAGRAPHS]:  # a margin note or a credit may follow it
        m = WRITER_NOTE.fullmatch(" ".join(paragraph.split()))
        if m is not None and name_like(m["outlet"]):
            at = text.rfind(paragraph)
            return m["writer"], re.sub(r"^the\s", "", m["outlet"]).rstrip("."), at, at + len(paragraph)
    return None
