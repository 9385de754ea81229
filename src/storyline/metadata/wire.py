"""Wire copy: which agency's story an article is, and which outlet a page that runs it is.

Each outlet that runs an agency's story is a different publisher of it; the agency is the
outlet of its own copy only.
"""
from __future__ import annotations

import re

from ..models import Candidate, Metadata
from ..rules import wire as wire_rules
from .choice import choose

# Where a page names its publisher: its masthead, logo or home link, copyright line, address.
PUBLISHER_SOURCES = frozenset({"html-meta", "text", "site-name", "copyright", "domain", "front-matter"})


def not_the_wire(meta: Metadata, agency: str | None) -> None:
    """A page that runs an agency's story credits the agency beside the headline ("Meridian
    Wire", "By Continental Press Service"); when its dateline names that agency ("(Meridian)",
    "(CPS)"), or the credit names an agency by what it is ("Tarsovian Press Agency"), and the
    page names another publisher (its logo, its home link, its copyright), the publisher is the
    outlet. The agency's own copy names no other, and keeps the agency."""
    if agency is None and meta.outlet and meta.source_of("outlet") == "text" and (
            meta.outlet.casefold() in wire_rules.AGENCIES or wire_rules.AGENCY_NAME.search(meta.outlet)):
        agency = meta.outlet  # a credit line that names an agency by what it is
    if not agency or not meta.outlet or not _names_agency(meta.outlet, agency):
        return
    others = [c for c in meta.candidates if c.field == "outlet" and c.value and not c.rejected
              and c.source in PUBLISHER_SOURCES and not _names_agency(c.value, agency)]
    if others:
        best = choose("outlet", others)
        meta.candidates.append(Candidate("outlet", best.value, best.source,
                                         f"{best.detail}; {meta.outlet!r} is the agency credited beside the story",
                                         best.start, best.end))
        meta.outlet = best.value


def _names_agency(name: str, agency: str) -> bool:
    """Whether `name` is the agency a dateline names: "Meridian Wire" for "Meridian", "Continental
    Press Service" for "CPS"."""
    words = re.findall(r"[^\W\d_]+", re.sub(r"^the\s+", "", name, flags=re.IGNORECASE))
    compact, short = "".join(words).casefold(), re.sub(r"\W", "", agency).casefold()
    return bool(short) and (compact.startswith(short) or "".join(w[0] for w in words).casefold() == short)


def dateline_agency(head: str) -> str | None:
    """The agency a wire dateline names: a known one, or any in the wire's own form (the place in
    capitals): "MOSCOW (Reuters) -", "KESSEL, May 4 (Northwind) -"."""
    m = wire_rules.DATELINE.search(head)
    if m:
        agency = m.group("agency").strip()
        if agency.lower() in wire_rules.AGENCIES:
            return wire_rules.AGENCIES[agency.lower()]
        place = re.sub(r",.*", "", m.group("place"))  # "VARNHOLT, June 16" -> "VARNHOLT"
        if not any(c.islower() for c in place):  # the wire's own form: a place in capitals
            return agency
    return None


def wire_agency(text: str, byline: str | None, outlet: str | None) -> str | None:
    """The news agency whose copy this is, from a dateline "(Reuters) -", a byline or a credit."""
    agency = dateline_agency(text[:400])
    if agency:
        return agency
    for value in (byline or "", outlet or ""):
        key = value.strip().lower()
        if key in wire_rules.AGENCIES:
            return wire_rules.AGENCIES[key]
        if wire_rules.AGENCY_NAME.search(key):
            return value.strip()
    tail = text[-300:]
    m = wire_rules.CREDIT.search(tail.rstrip(". \n"))
    if m:
        return wire_rules.AGENCIES[m.group("agency").lower()]
    return None
