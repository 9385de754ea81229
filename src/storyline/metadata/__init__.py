"""Metadata: title, outlet, byline, URL, language and dates, each value with where it came from.

Steps, numbered as in `describe`:
 1. candidates the reader saw (side file, list record, HTML/PDF meta, WARC headers);
 2. candidates from the text's own furniture: front matter, title line, date lines, byline,
    labelled URL;
    links under a "Related" line are another article's, so their URLs and dates are rejected;
    the dateline that opens the running text ("NEREVO, 12 August 2022 –") and its agency;
    a day written without its year is kept, rejected, for the collection to give its year;
 2b. htmldate's text-search guess is rejected when the running text mentions that day or year;
    a day without its year takes a copyright line's year when the agency's own copy, or the
    weekday shown, agrees with it;
 3. dates carried by the article's URL and by its file name;
 3c. an ambiguous numeric date is read in the order the article's own dateline agrees with;
 3d. a date line above the headline yields to one below it (a site's bar shows today's date);
 3e. a press release's embargo day beats the day it was issued;
 3f. a person's name is no outlet; of the header's names, the one beside the article's date line
    is the paper's;
 4. a body date is taken only when it captions the lead photo and the lead reports that day by
    its weekday ("on Tuesday");
 5. a date later than the capture of the file is rejected;
 6. for each field the winner is chosen by source rank, then corrected by what the other
    candidates say (`choice.choose`); the others stay as alternatives.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from anyascii import anyascii

from ..models import Candidate, Cleaned, Document, Metadata
from ..normalize.kinds import Kind
from ..rules.dates import AS_OF, DATE_PART_SEPARATOR, FILE_MADE, FIRST_PUBLISHED, UTC_NOTE, UTC_STAMP, WEEKDAYS
from ..rules.boilerplate import (BYLINE, CHAT_MESSAGE, COPYRIGHT, COPYRIGHT_NOTICE, GENERIC_NAV, HOST_NAME, LIST_ENTRY,
                                 LOGO_IMAGE, MAIL_FROM_FIELD,
                                 MAIL_HEADER_LINES, MAIL_SENDER, MAIL_SENT_FIELD, MAIL_SUBJECT_FIELD,
                                 PRINT_STAMP, WIDGET)
from ..normalize.lines import database_fields
from ..rules.fields import DATABASE_FIELD_SPACED
from ..rules.outlets import (LOGO_PREFIX, LOGO_SUFFIX, NAME_LABEL, NAME_WORD, OUTLETS, PUBLISHED_BY, REPUBLISHED, SITE_PREFIX,
                             SITE_SUFFIX, TITLE_LABEL, VENDORS, WRITER_ROLE)
from ..header.dates import (capture_moment, date_in_filename, date_in_url, dateline, day_first, find_dates, opening_dateline,
                            partial_dateline, relative_age)
from ..header.names import (header_name, header_parts, imprint, name_like, name_of_domain, name_spelling_domain, outlet_like,
                            outlet_name, person_name, plain_name, section_like, spelled_out, spells_domain,
                            SLOGAN_ARTICLES, site_label, strip_markup, without_company_form, without_initials)
from ..ingest.page_shown import CARRIED, VISIBLE
from .bylines import byline_outlet, byline_parts, clean_byline, writer_note
from .choice import LABELLED_NAME, SOURCE_RANK, choose
from .frontmatter import front_matter_candidates
from .language import detect_language, english_variant
from .urls import original_url, own_url_in_links
from ..rules.wire import AGENCY_NAME, WIRE_HEADLINE_MARKS, WIRE_STAMP, WIRE_VERSION
from .wire import dateline_agency, not_the_wire, wire_agency
from .years import day_without_year

# Why a day without its year is not the article's date on its own (the collection step reads it).
NO_YEAR = "a day without its year: the year comes from the article's copies or the collection"
OPENING_PARAGRAPHS = 3  # a dateline opens the first paragraph, or the first after a standfirst
PROSE_WORDS = 8  # a paragraph of fewer words is a header's line, not one of the opening paragraphs
AMBIGUOUS_NUMERIC = re.compile(r"(?P<a>0?[1-9]|1[0-2])[/.-](?P<b>0?[1-9]|1[0-2])[/.-](?:19|20)\d\d\b")
OWN_DAY_SLACK = 2  # days between the dateline's day and the date line's: filed one day, published the next
# An e-mail's subject, not a forwarding or a reply's: a newsletter's item headline.
MAIL_SUBJECT = re.compile(r"^(?:subject|oggetto|betreff|objet|asunto|onderwerp|assunto|ämne|temat) ?:\s+"
                          r"(?!(?:fwd?|re|aw|wg|tr|rif|i|enc|rv|doorst|vs|odp|sv)\s*:)(?P<subject>.+)$", re.IGNORECASE)
EMBARGO = re.compile(r"\W{0,3}(?:embargoed until|embargo|not for (?:publication|release))\b", re.IGNORECASE)
REPUBLISHED_CHARS = 3000  # a republication credit stands above the story or right under its headline,
REPUBLISHED_TAIL_CHARS = 1500  # or at the story's end
# A paper's name of one word, as a credit writes it: "ProPublica", "CalMatters", "Tjärnviks-Posten".
ONE_WORD_NAME = re.compile(r"[^\W\d_][^\W_]*(?:-[^\W\d_][^\W_]*)+|[^\W\d_][^\W\d_]+[A-Z][^\W\d_]*")
FIELDS = ("title", "outlet", "byline", "url", "language", "published", "modified", "first_seen")


def describe(doc: Document, cleaned: Cleaned) -> Metadata:
    """The metadata of one document, every candidate kept with its source."""
    stated = next((c.value for c in doc.candidates if c.field == "language" and c.value), None)
    detected = None if stated else detect_language(cleaned.text)
    language = stated or detected
    dmy = _slash_order(doc.text, day_first(english_variant(cleaned.text) if language == "en" else language))
    cands = [_normalized(c, dmy) for c in doc.candidates]  # 1
    cands += _from_furniture(doc, cleaned, dmy)  # 2
    cands += _from_opening_dateline(cleaned)
    cands = _writer_note(cands, cleaned.text)
    cands += _republished(doc.text, dmy, cands)
    cands += _first_published(doc.text, dmy)
    cands = _reject_read_from_body(cands, cleaned, dmy)  # 2b
    cands += _in_copyright_year(doc, cleaned, cands)  # 2b
    cands += _in_year_of_header(doc, cands, dmy)  # 2b
    cands += own_url_in_links(doc.text, cands)
    cands = [_unarchived(c) for c in cands]
    cands += _from_urls_and_name(doc, cands)  # 3
    cands = _order_by_own_day(cands, doc.text)  # 3c
    cands = _below_the_headline(cands)  # 3d
    cands = _embargo(cands)  # 3e
    cands = _no_writers(cands, doc.text)  # 3f
    cands = _no_vendors(cands, doc.text)  # 3f
    cands = _no_sections(cands, doc.text, cleaned)  # 3f
    cands = _carried(cands)  # 3f
    cands = _letter_headline(cands, doc.text)  # 3f
    cands = _name_beside_the_date(cands, doc.text, dateline_agency(cleaned.text[:400]))  # 3f
    cands += _as_of(cands, doc.text)  # 4
    cands += _sent_by_the_paper(cands, doc.text, dmy)  # 4
    cands += _from_weekday(doc, cleaned, cands, dmy)  # 4
    cands = _reject_after_capture(cands, doc.captured)  # 5
    meta = Metadata(candidates=cands)
    for name in FIELDS:  # 6
        ok = [c for c in cands if c.field == name and not c.rejected and c.value]
        if ok:
            setattr(meta, name, choose(name, ok).value)
    site = next((strip_markup(doc.text[s:e]) for s, e, kind in cleaned.removed if kind == Kind.SITE), None)
    _outlet_of_address(meta, doc.text, site or _site_host(doc.text, cleaned))
    if meta.source_of("outlet") in (None, "wire-dateline") and meta.url:
        host = urlsplit(meta.url).hostname or ""
        host = host.removeprefix("www.")
        if host and not _carrier_host(host):
            outlet = next((name for dom, name in OUTLETS.items() if host == dom or host.endswith("." + dom)), None)
            outlet = outlet or name_of_domain(host, doc.text) or host
            meta.candidates.append(Candidate("outlet", outlet, "domain", host))
            meta.outlet = outlet
    if meta.outlet and HOST_NAME.fullmatch(meta.outlet) and (named := name_of_domain(meta.outlet, doc.text)):
        meta.candidates.append(Candidate("outlet", named, meta.source_of("outlet") or "text",
                                         f"the name {meta.outlet} spells"))  # "glenmoor-weekly.example · Eilidh Munro"
        meta.outlet = named
    if meta.outlet and (full := spelled_out(meta.outlet, cleaned.text)) is not None:  # "(KPA)", "[TGR](/)"
        meta.candidates.append(Candidate("outlet", full, meta.source_of("outlet") or "text",
                                         f"the name {meta.outlet!r} stands for, as the text writes it"))
        meta.outlet = full
    if meta.outlet and (bare := without_initials(meta.outlet)) is not None:
        meta.outlet = bare  # "RMW – Rundfunk Mittelweser": the name its initials stand for
    if meta.outlet and (written := _as_written(meta.outlet, doc.text)) is not None:
        meta.outlet = written  # "KARADERE POSTASI" in the masthead, "Karadere Postası" in the text
    if meta.outlet and (brand := _dotted_brand(meta.outlet, doc.text)) is not None:
        meta.outlet = brand
    if meta.outlet is None and (atop := _name_atop(doc.text)) is not None \
            and not any(c.field == "title" and _same_name(c.value, atop) for c in cands):  # a headline in title case
        meta.candidates.append(Candidate("outlet", atop, "text", "the name atop the page, named again in its text"))
        meta.outlet = atop
    if meta.language is None:
        if detected:
            meta.candidates.append(Candidate("language", detected, "detected", "py3langid"))
            meta.language = detected
    meta.title = _shown_alone(_without_site_name(meta, meta.title), doc.text)
    if meta.title and _same_name(meta.title, meta.outlet):  # the paper's name alone is no headline
        rest = [c for c in cands if c.field == "title" and not c.rejected and c.value
                and not _same_name(c.value, meta.outlet)]
        meta.title = choose("title", rest).value if rest else meta.title
    not_the_wire(meta, dateline_agency(cleaned.text[:400]))
    meta.wire = wire_agency(cleaned.text, meta.byline, meta.outlet)
    return meta


SLASHED = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(?:19|20)\d\d(?![\d/.-])")
ISO_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")


def _slash_order(text: str, dmy: bool) -> bool:
    """Whether the document writes its numeric dates day first: as its own dates show where one
    number passes 12 ("Lifeboat crew honoured (28/12/2022)" beside "11/02/2023"), or where a date
    written in full agrees with one reading only ("Date: 02/08/2023" over "Uploaded on
    2023-08-02T04:15"); else as its language writes them."""
    first = second = 0
    iso = {(int(m[2]), int(m[3])) for m in ISO_DAY.finditer(text)}
    for m in SLASHED.finditer(text):
        a, b = int(m[1]), int(m[3])
        if a > 12 >= b or (b, a) in iso and (a, b) not in iso:
            first += 1
        elif b > 12 >= a or (a, b) in iso and (b, a) not in iso:
            second += 1
    if first and not second:
        return True
    if second and not first:
        return False
    return dmy


def _outlet_of_address(meta: Metadata, text: str, site: str | None = None) -> None:
    """The outlet read off the header yields to the name the article's own address spells, as
    the text writes it: a capture tool's, an archive's, an app's or an agency's name stands in
    the header of many a copy, while "southportherald.example" names the paper that ran it.
    Without the article's address, the site's (`site`, alone on a line atop a reader view's copy)
    spells it as well. What the user or the page declared is kept."""
    host = urlsplit(meta.url).hostname if meta.url else None
    if host is None and site:
        host = urlsplit(site if "://" in site else f"//{site}").hostname
    chosen = meta.source_of("outlet")
    if not host or (chosen is not None and SOURCE_RANK.get(chosen, 99) < SOURCE_RANK["text"]) \
            or (meta.outlet and _holds_domain(meta.outlet, host)) or _carrier_host(host):
        return  # a database's address ("www.proquest.com/newspapers/...") spells the carrier, not the paper
    names = _address_names(host, meta.url)
    for shortened in (False, True):  # the address may leave out a word: "Garrowfield Evening Post"
        agreeing = [c for c in meta.candidates if c.field == "outlet" and not c.rejected and c.value
                    and any(spells_domain(c.value, h, shortened=shortened) for h in names)]
        if not agreeing and not shortened:  # a name holding the word the address is: "The Tessel Gazette", gazette.example
            agreeing = [c for c in meta.candidates if c.field == "outlet" and not c.rejected and c.value
                        and c.source != "wire-dateline" and _holds_domain(c.value, host)]
        if agreeing:
            meta.outlet = choose("outlet", agreeing).value
            return
        name = name_spelling_domain(host, text, shortened=shortened)
        if name:
            meta.candidates.append(Candidate("outlet", name, "domain", f"the name {host} spells, as the text writes it"))
            meta.outlet = name
            return
    words = site_label(host).split("-")
    if meta.outlet is None and len(words) >= 2 and all(w.isalpha() and len(w) >= 2 for w in words):
        name = " ".join(w.capitalize() for w in words)  # "vellano-post.example": its words, as the address parts them
        meta.candidates.append(Candidate("outlet", name, "domain", f"the words of {host}, parted by its hyphens"))
        meta.outlet = name


HOME_LINK = re.compile(r"\]\((https?://[^)\s/]+)/?(?:\s+\"[^\"]*\")?\)")  # "[Inicio](https://diariomeseta.example/)"


def _site_host(text: str, cleaned: Cleaned) -> str | None:
    """The site's host a capture without its own address still shows: the host its navigation's
    link to the home page points at ("[TGR](https://glenmoorrecord.example/)"), or the address a
    newsletter was sent from ("De : L'Écho du Confluent <matinale@echo-confluent.example>")."""
    for start, end, kind in cleaned.removed:
        if kind == Kind.NAV and (m := HOME_LINK.search(text, start, end)) is not None:
            return m.group(1)
        if kind == Kind.WIDGET and (m := MAIL_FROM_FIELD.match(strip_markup(text[start:end]))) is not None:
            sender = MAIL_SENDER.match(strip_markup(text[start:end]))
            if sender is not None and person_name(sender["name"].strip()):
                continue  # "From: Grace Mbeki <g.mbeki@riverstone-consulting.org>": a reader passing it on
            return m.group("host")
    return None


def _address_names(host: str, url: str | None) -> list[str]:
    """The names an address may spell, as hosts: its site's, a subdomain's (a platform's
    newsletter: saltmarshledger.stackpost.example) and its first path segment's when it has two
    words or more (a platform's publication: inkwell.example/civic-bytes/...; "/sport/" is a section)."""
    parts = host.casefold().removeprefix("www.").split(".")
    out = [host] + [f"{p}.{parts[-1]}" for p in parts[:-2]]
    first = urlsplit(url).path.strip("/").split("/")[0] if url else ""
    if re.fullmatch(r"[a-z][a-z0-9]+(?:-[a-z0-9]+)+", first.casefold()) and len(first) <= 40:  # not a section's
        out.append(f"{first}.{parts[-1]}")
    return out


def _holds_domain(name: str, host: str) -> bool:
    """Whether some words of a name spell the address: "NWTV News" and nwtv.co.uk."""
    words = name.split()
    return any(spells_domain(" ".join(words[i:j]), host) for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _without_site_name(meta: Metadata, title: str | None) -> str | None:
    """A page title without the site's name appended or put before it: "Plant approved |
    Harbourline Daily", "Harbourline Daily – Plant approved"."""
    if not title:
        return title
    names = {plain_name(c.value) for c in meta.candidates if c.field == "outlet" and not c.rejected and c.value
             and c.source != "wire-dateline"}  # "SALVIK (Karvénie) –" names a country, not the site
    if meta.url:
        names.add(plain_name(site_label(urlsplit(meta.url).hostname or "")))
    for pattern in (SITE_SUFFIX, SITE_PREFIX):
        m = pattern.match(title)
        if m and (plain_name(m.group("site")) in names):
            meta.candidates.append(Candidate("title", m.group("head"), meta.source_of("title") or "text",
                                             f"the page title without its site name {m.group('site')!r}"))
            return m.group("head")
    return title


def _as_written(name: str, text: str) -> str | None:
    """A name read off capitals ("Karadere Postasi" from "KARADERE POSTASI") as the text writes it
    elsewhere in mixed case, with the letters no case mapping gives back ("ı"); None if it does not."""
    words = name.split()
    if len(words) < 2 or not any(ord(ch) > 127 for ch in text):
        return None
    key = anyascii(name).casefold()
    pattern = r"(?<!\w)(?=(" + r"[ \t]+".join(rf"[^\W\d_]{{{max(1, len(w) - 1)},{len(w) + 1}}}" for w in words) + r")(?!\w))"
    for m in re.finditer(pattern, text):  # a lookahead: runs that overlap are each tried
        found = " ".join(m.group(1).split())
        if found.casefold() != name.casefold() and not found.isupper() and anyascii(found).casefold() == key:
            return found
    return None


ATOP_NAME = re.compile(r"[A-ZÀ-Þ][\w&'’.-]*(?:\s+[A-ZÀ-Þ&][\w&'’.-]*){0,3}")
MIN_ATOP_REPEATS = 1


def _name_atop(text: str) -> str | None:
    """The name a capture opens with, alone on its first line, that the text names again ("Ouest-France"
    over "Ouest-France avec AFP." and "© Ouest-France"; "NPR" over "For NPR News, I'm ..."): the site's,
    where nothing else named it. Not a section's, a person's, or a word the page opens with anyway."""
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    if not ATOP_NAME.fullmatch(first) or section_like(first) or person_name(first) or len(first) > MAX_ATOP_CHARS \
            or WIDGET.match(first) or first.rstrip(".").casefold() in GENERIC_ATOP:
        return None
    again = re.findall(rf"(?<![\w-]){re.escape(first)}(?![\w-])", text[text.index(first) + len(first):])
    return first if len(again) >= MIN_ATOP_REPEATS else None


MAX_ATOP_CHARS = 40
GENERIC_ATOP = frozenset({"home", "menu", "news", "search", "advertisement", "transcript", "share", "print"})


def _dotted_brand(name: str, text: str) -> str | None:
    """A one-word name the text only ever writes with its address's ending is named so: "Kompas.com -
    07/08/2024", "Urmărește știrile HotNews.ro": the brand as written, in mixed case where the text has
    it ("KOMPAS.com" in the logo's line)."""
    if " " in name.strip():
        return None
    forms = [m.group(0) for m in re.finditer(rf"(?<![\w.@/]){re.escape(name)}(?:\.[a-z]{{2,4}}){{1,2}}(?![\w.]*/)",
                                            text, re.IGNORECASE)]
    alone = re.search(rf"(?<![\w.@/]){re.escape(name)}(?![\w.])(?!\s+[A-Z])", text, re.IGNORECASE)  # not
    # "PT. Kompas Cyber Media", the owner's longer name
    shown = [f for f in forms if not f.islower()]
    if not shown or alone is not None:
        return None
    return max(shown, key=lambda f: (not f.split(".")[0].isupper(), shown.count(f)))


def _shown_alone(title: str | None, text: str) -> str | None:
    """A tab title's headline without the tag after it ("Murgang verschüttet Kantonsstrasse – der
    Ticker"), when the page shows the headline on a line of its own."""
    m = SITE_SUFFIX.match(title or "")
    if m is not None and re.search(rf"^[#*_ ]*{re.escape(m['head'])}[*_ ]*$", text, re.MULTILINE):
        return m["head"]
    return title


def _same_name(a: str | None, b: str | None) -> bool:
    return bool(a and b) and plain_name(a or "") == plain_name(b or "")


def _names_agency(name: str | None, agency: str | None) -> bool:
    """Whether a name is the wire agency's that the dateline credits, in full or by its initials
    ("Tarsovian Press Agency" for "(TPA)")."""
    if _same_name(name, agency):
        return True
    words = [w for w in re.findall(r"[^\W\d_]+", name or "") if w.casefold() not in {"the", "of", "and", "for"}]
    return bool(agency) and len(words) >= 2 and "".join(w[0] for w in words).upper() == (agency or "").upper()


WIRE_WORDS = frozenset({"wire", "news", "newswire", "feed", "service", "desk"})  # "MPA-WIRE", "XNA News Service"


MIN_CONTRACTION = 3  # "RTRS" for "Reuters": an agency's one-word name written short, its letters in order


def _abbreviates(short: str, agency: str | None) -> bool:
    """Whether a header's name is the dateline agency's initials, a wire's word beside them:
    "MPA-WIRE" over "HALVERSTON (Meridian Press Agency) -" is the agency's own feed; or a one-word
    agency's name written short, as its terminal codes it ("RTRS" over "ACCRA, May 17 (Reuters) -")."""
    words = [w for w in re.findall(r"[^\W\d_]+", short) if w.casefold() not in WIRE_WORDS]
    full = [w for w in re.findall(r"[^\W\d_]+", agency or "") if w.casefold() not in {"the", "of", "and", "for"}]
    if len(words) == 1 and words[0].isupper() and len(full) == 1 and len(words[0]) >= MIN_CONTRACTION:
        return re.fullmatch(".*".join(words[0]), full[0].upper()) is not None and full[0][0] == words[0][0]  # RTRS
    return len(words) == 1 and words[0].isupper() and len(full) >= 2 and \
        words[0] == "".join(w[0] for w in full).upper()


def _unarchived(c: Candidate) -> Candidate:
    """An archived page's address read as the page's own: the archive's holds it."""
    if c.field != "url" or (own := original_url(c.value)) == c.value:
        return c
    return dataclasses.replace(c, value=own, detail=f"{c.detail}; the original inside the archive's address")


def _normalized(c: Candidate, day_first: bool) -> Candidate:
    """Reader values made uniform: dates as YYYY-MM-DD (or rejected), bylines cleaned."""
    if c.field in {"published", "modified", "first_seen", "created"}:
        found = next(find_dates(c.value, day_first), None)
        if found is None and c.source == "html-visible" and (partial := partial_dateline(c.value)) is not None:
            return Candidate(c.field, partial[1].value, c.source, c.value, c.start, c.end, NO_YEAR)
        if found is None:
            return Candidate(c.field, c.value, c.source, c.detail, c.start, c.end, "not a date")
        detail = c.detail or c.value
        if UTC_STAMP.search(c.value) and UTC_NOTE not in detail:  # "2024-04-08T23:30:00Z": the day in London
            detail = f"{detail} {UTC_NOTE}"
        return Candidate(c.field, found.date.isoformat(), c.source, detail, c.start, c.end, c.rejected)
    if c.field == "byline":
        return Candidate("byline", clean_byline(c.value) or "", c.source, c.detail or c.value, c.start, c.end,
                         c.rejected or ("" if clean_byline(c.value) else "no name in the byline"))
    if c.field == "outlet" and re.match(r"https?://", c.value):  # "source: https://..." in front matter
        return Candidate("url", c.value, c.source, c.detail, c.start, c.end, c.rejected)
    if c.field == "outlet" and HOST_NAME.fullmatch(c.value.strip()):  # trafilatura's sitename when a page gives none
        return Candidate("outlet", c.value, c.source, c.detail, c.start, c.end,
                         "a host name, not the site's name: named from the domain when nothing else names it")
    return c


def _from_furniture(doc: Document, cleaned: Cleaned, day_first: bool) -> list[Candidate]:
    out: list[Candidate] = []
    src = doc.text
    spans = [(s, e) for s, e, kind in cleaned.removed if kind == "front-matter"]
    front = front_matter_candidates(src, spans)
    out += [_normalized(c, day_first) for c in front]
    saved = next((moment for c in front if c.field == "first_seen" and (moment := _moment(c.value)) is not None), None)
    for start, end, kind in cleaned.removed:  # a capture line: "Captured 2026-06-02 14:20 UTC"
        if kind == Kind.CAPTURE and (moment := capture_moment(strip_markup(src[start:end]), day_first)) is not None:
            out.append(Candidate("first_seen", moment.date().isoformat(), "text", "capture line", start, end))
            saved = saved or (moment.astimezone(dt.timezone.utc) if moment.tzinfo else moment)
    agency = dateline_agency(cleaned.text[:400])  # credited beside a byline, it names the wire, not the outlet
    coded = {start for (start, _, _), _ in database_fields(cleaned.removed, lambda r: src[r[0]:r[1]])}
    for start, end, kind in cleaned.removed:
        text = src[start:end]
        if start in coded and (code := DATABASE_FIELD_SPACED.match(text)) is not None:  # "SN   The Lindholm
            # Ledger": a database's field
            start, text = start + code.end(), text[code.end():]
        if kind == Kind.TITLE:
            text = CHAT_MESSAGE.sub("", text)  # a chat's "12/04/2025 08:14 - Tia: " before a forwarded headline
            title = re.sub(r"^(?:>\s?)+|^#+\s*|^[A-Z]{2,3}\t+|\s*#+$", "", text,  # "HD\t...": a news database's
                           flags=re.IGNORECASE).strip().strip("*_").strip()  # field code for the headline
            title = PRINT_STAMP.sub("", TITLE_LABEL.sub("", title))  # "Title: ...", "Titulek: ..."
            title = WIRE_HEADLINE_MARKS.sub("", WIRE_VERSION.sub("", title)).strip()
            if (entry := LIST_ENTRY.match(title)) is not None and any(
                    k == Kind.NAV and strip_markup(src[a:b]).strip() == title for a, b, k in cleaned.removed):
                title = entry["rest"]  # a digest's item numbered as in its contents: "1. Mid-Plains ..."
            last = out[-1] if out else None
            if last and last.field == "title" and last.source == "text" and not src[last.end:start].strip():
                out[-1] = Candidate("title", f"{last.value} {title}", "text", "title line", last.start, end)
            else:
                out.append(Candidate("title", title, "text", "title line", start, end))
            site = SITE_SUFFIX.match(title)
            if site and outlet_like(site["site"]) and NAME_WORD.search(site["site"]):  # "... | Island Gazette"
                out.append(Candidate("outlet", site["site"], "site-name", "the site's name after the title",
                                     start, end))
        elif kind == Kind.PAGE_HEADER and (stamp := PRINT_STAMP.match(text)) is not None:
            site = SITE_SUFFIX.match(text[stamp.end():].strip())  # "23/09/2024 10:41     Grève ... | L'Écho des Landes"
            if site and outlet_like(site["site"]):
                out.append(Candidate("outlet", site["site"], "site-name", "the page title's site name in the print "
                                     "header", start + stamp.end(), end))
        elif kind in {Kind.DATELINE_PUBLISHED, Kind.DATELINE_MODIFIED, Kind.PAGE_HEADER, Kind.MASTHEAD}:
            out += _header_line(text, Kind(kind), start, end, day_first, out, agency, saved)
        elif kind == Kind.SCRAPE_TITLE and (m := SITE_SUFFIX.match(TITLE_LABEL.sub("", strip_markup(text)).strip())) \
                and outlet_like(m["site"]):  # a reader's "Title: Headline | Diario de Almendrera": the site
            out.append(Candidate("outlet", m["site"].strip(), "site-name", "the site's name after the page title",
                                 start, end))
        elif kind == Kind.WIDGET and (m := MAIL_SENDER.match(strip_markup(text))) is not None:
            parts = header_parts(m["name"].strip())  # "Morning Brief – Harrow Valley Times": the paper, not its letter
            sender = MAIL_FROM_FIELD.match(strip_markup(text))
            host = sender["host"] if sender is not None else ""
            name = next((p for p in parts if outlet_like(p) and NAME_WORD.search(p)
                         or spells_domain(p, host) and not person_name(p)), None)
            # a name its own address spells is the sender's: "The Calder Brief <hello@calderbrief.net>"
            if name is not None:  # spelt by its own address, it is as sure as a masthead, and stands above any
                spelt = spells_domain(name, host)  # of the letter's section headings ("TODAY'S DEEP READ")
                words = name.split()  # "Connacht Examiner Opinion <opinion@newsletters.connachtexaminer.ie>":
                name = name if spelt else next((" ".join(words[:k]) for k in range(len(words) - 1, 1, -1)
                                                if spells_domain(" ".join(words[:k]), host)), name)  # the paper
                out.append(Candidate("outlet", name, "text" if spelt else "site-name", "the newsletter's sender",
                                     start, end))
        elif kind == Kind.WIDGET and (m := MAIL_SUBJECT.match(text)) is not None and not _has(out, "title"):
            subject = m["subject"].strip()
            if (issue := SITE_SUFFIX.match(subject)) and re.search(r"#\d+|\bissue\s+\d+", issue["site"], re.IGNORECASE):
                subject = issue["head"]  # "Market moves out | The Eastgate Letter #212": the newsletter's issue
            out.append(Candidate("title", subject, "mail-subject", "the e-mail's subject", start + m.start("subject"),
                                 start + m.end("subject")))
        elif kind == Kind.WIRE_STAMP and (m := WIRE_STAMP.match(text.strip())) is not None:
            month = dt.datetime.strptime(m["month"].title(), "%b").month
            if _valid(2000 + int(m["year"]), month, int(m["day"])):  # the agency's own filing time, in GMT
                day = dt.date(2000 + int(m["year"]), month, int(m["day"]))
                out.append(Candidate("published", day.isoformat(), "text", "wire time stamp " + UTC_NOTE, start, end))
        elif kind == Kind.COPYRIGHT:
            m = COPYRIGHT.match(strip_markup(text))
            if m and COPYRIGHT_NOTICE.match(m["name"]):
                pass  # "COPYRIGHT AND PROTECTED BY APPLICABLE LAW": a notice, no holder
            elif m:  # the copyright holder is often the publishing company, not the paper: ranked low
                out.append(Candidate("outlet", without_company_form(m.group("name").rstrip(".")), "copyright",
                                     "copyright line", start, end))
            elif (name := imprint(strip_markup(text))) is not None:
                out.append(Candidate("outlet", name, "copyright", "the publisher's imprint", start, end))
        elif kind == Kind.NAV:
            # A link to the site's home page names the site: "[Courier](https://x/)", or its logo's
            # alternative text: "[![The Courier](logo.svg)](https://x/)".
            for m in re.finditer(r"\[(?:!\[([^\]\n]+)\]\([^)\s]*\)|([^\]\n]+))\]\((https?://[^)\s]+|/)(?:\s+\"[^\"]*\")?\)",
                                 text):  # [name](url "a link title")
                name, url = (m.group(1) or m.group(2)).strip(), m.group(3)
                name = LOGO_PREFIX.sub("", LOGO_SUFFIX.sub("", name))  # "Kestelaer Rundschau – Logo", "Northgate
                # Tribune home", "Logo Dagblad van de Kempen"
                if urlsplit(url).path in {"", "/"} and not GENERIC_NAV.match(name) and len(name.split()) <= 6:
                    out.append(Candidate("outlet", name, "site-name", f"link to {url}", start + m.start(),
                                         start + m.end()))
                    break
            if (m := LOGO_IMAGE.match(text.strip())) is not None:
                logo = LOGO_PREFIX.sub("", LOGO_SUFFIX.sub("", m["name"]).strip())  # "Le Courrier de l'Estuaire - ...":
                logo = next((p for p in header_parts(logo) if outlet_like(p)), logo)  # the name before its slogan
                if len(logo.split()) <= 6 and not GENERIC_NAV.match(logo):
                    out.append(Candidate("outlet", logo, "site-name", f"the site's logo {m['src']}", start, end))
        elif kind == Kind.BYLINE:  # its date parts too: "**Redacción Onda Sierra** · hace 2 días"
            out += [c for c in _header_line(text, Kind(kind), start, end, day_first, out, agency, saved)
                    if c.field in {"published", "modified"}]
            name = clean_byline(strip_markup(text))  # "by: [Kendra Malloy](https://.../author/...)"
            out.append(Candidate("byline", name or "", "text", text, start, end, "" if name else "no name in the byline"))
            if (outlet := byline_outlet(text)) is not None and not _same_name(outlet, agency):
                out.append(Candidate("outlet", outlet, "byline", "named after the writer", start, end))
        elif kind in {Kind.OWN_URL, Kind.URL_LABEL}:
            m = re.search(r"https?://[^\s<>]+", text)
            if m:
                out.append(Candidate("url", m.group(0).rstrip(".,)"), "text", "labelled as the article's address",
                                     start + m.start(), start + m.end()))
        elif kind in {Kind.RELATED, Kind.LINK}:
            why = ("a related article's link" if kind == Kind.RELATED
                   else "a bare link in the text, not labelled as the article's")
            for m in re.finditer(r"https?://[^\s<>)\]]+", text):
                url = m.group(0).rstrip(".,")
                out.append(Candidate("url", url, "text", kind, start + m.start(), start + m.end(), why))
                d = date_in_url(url)
                if d:
                    out.append(Candidate("published", d.isoformat(), "url", url, start + m.start(), start + m.end(), why))
    return out


def _has(cands: list[Candidate], name: str) -> bool:
    return any(c.field == name and not c.rejected for c in cands)


CREDIT_LINE = re.compile(r"^\W*(?:from|republished from|courtesy of)\s+\S", re.IGNORECASE)  # not "De Telegraaf"


def _header_line(text: str, kind: Kind, start: int, end: int, day_first: bool,
                 seen: list[Candidate], agency: str | None, saved: dt.datetime | None = None) -> list[Candidate]:
    """What one line of the header block says, part by part: the paper's name, each date with the
    field its label gives ("Published: ... | Updated: ..."), a day without its year, the byline.

    A printed page's running head names the paper and often the issue date, as a date line may:
    "DROVSK HERALD | Thursday, 11 August 2022", "THE COURIER   4   Tuesday, 5 May 2026". The
    wire agency of the dateline, credited beside the byline, is not the paper's name.
    """
    head = kind == Kind.PAGE_HEADER
    out: list[Candidate] = []
    name = header_name(text, running_head=head) or (text if kind == Kind.MASTHEAD else None)
    linked = any(_same_name(m.group(1), name) for m in re.finditer(r"\[([^\]\n]+)\]\(https?://[^/\s)]+/?\)", text))
    if name and agency and _abbreviates(name, agency):  # the agency's own copy: its name in full
        out.append(Candidate("outlet", agency, "text", f"{name!r}: the initials of the agency in the dateline",
                             start, end))
    elif name and linked:  # a link to the home page: the site's name, as in a navigation bar
        out.append(Candidate("outlet", name, "site-name", "link to the home page beside the header", start, end))
    elif name and (NAME_LABEL.match(strip_markup(text)) or PUBLISHED_BY.match(strip_markup(text))):
        # "Quelle: ...", "Publication title: ...", "A podcast from ...": said, not guessed
        out.append(Candidate("outlet", outlet_name(name), "text", LABELLED_NAME, start, end))
    elif name and CREDIT_LINE.match(strip_markup(text)) and any(
            c.field == "outlet" and c.source == "text" and not c.rejected for c in seen):
        pass  # "From The Commons Review" over a republished story, under the paper's own masthead: its source
    elif name and not _same_name(name, agency) and (kind == Kind.MASTHEAD or not any(
            c.field == "outlet" and c.source == "text" and not person_name(c.value) for c in seen)):
        # `choose` keeps the first of equals; a writer's name above ("**Nell Harrowgate**") is none
        out.append(Candidate("outlet", outlet_name(name), "text",
                             "masthead in the running head" if head else "masthead", start, end))
    for part in [p for part in header_parts(text) for p in DATE_PART_SEPARATOR.split(part)]:
        at = start + max(text.find(part), 0)
        labelled = dateline(part)
        found = next(find_dates(part, day_first), None) if labelled else None
        if labelled and found and not any(c.field == labelled[0] and c.value == found.date.isoformat()
                                          for c in out if not c.rejected):  # a day shown again further on
            # counts where it stands: under the headline, as the site's bar showed it over the page
            where = ("running head" if head else "embargo line" if EMBARGO.match(part) else "date line") \
                + (" " + UTC_NOTE if UTC_STAMP.search(found.text) else "")
            out.append(Candidate(labelled[0], found.date.isoformat(), "text", where, at + found.start, at + found.end))
        elif not labelled and (partial := partial_dateline(part)) is not None:
            out.append(Candidate(partial[0], partial[1].value, "text", partial[1].text, at, at + len(part), NO_YEAR))
        elif not labelled and saved is not None and (age := relative_age(part)) is not None:
            day = (saved - age).date()  # a page showing its age ("5 hours ago"), saved at a stated moment
            out.append(Candidate("published", day.isoformat(), "text",
                                 f"{part!r} before the page was saved at {saved.isoformat()} {UTC_NOTE}", at, at + len(part)))
    return out + byline_parts(text, start)


def _moment(value: str) -> dt.datetime | None:
    """A stated moment with its time ("2026-02-12T01:05:33Z") in UTC; None for a day alone."""
    try:
        moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if "T" not in value and " " not in value.strip():
        return None
    return moment.astimezone(dt.timezone.utc) if moment.tzinfo is not None else moment


def _from_opening_dateline(cleaned: Cleaned) -> list[Candidate]:
    """The dateline that opens the running text: the day the report was filed, and the agency
    in brackets ("KESSEL, May 4 (Northwind) -"), which names the outlet of the agency's own copy
    when nothing else does."""
    at = 0
    prose = 0
    for para in cleaned.text.split("\n\n"):
        if prose >= OPENING_PARAGRAPHS:
            break
        prose += len(para.split()) >= PROSE_WORDS  # a feed's field lines left in the text do not count
        found = opening_dateline(para)
        if found is not None:
            out = []
            start: int | None = None
            end: int | None = None
            if found.date is not None:
                start, end = cleaned.textmap.span_to_source(at + found.date.start, at + found.date.end)
                out.append(Candidate("published", found.date.date.isoformat(), "text", "dateline opening the text",
                                     start, end))
            elif found.partial is not None:
                start, end = cleaned.textmap.span_to_source(at + found.partial.start, at + found.partial.end)
                out.append(Candidate("published", found.partial.value, "text", found.partial.text, start, end, NO_YEAR))
            if found.agency and (agency := dateline_agency(para[:400])):
                out.append(Candidate("outlet", agency, "wire-dateline", "the agency in the dateline", start, end))
            return out
        at += len(para) + 2
    agency = dateline_agency(cleaned.text[:400])
    return [Candidate("outlet", agency, "wire-dateline", "the agency in the dateline")] if agency else []


def _in_copyright_year(doc: Document, cleaned: Cleaned, cands: list[Candidate]) -> list[Candidate]:
    """A day without its year dated by the year of a copyright line:
    - a wire's own copy ("TARROW BAY, Oct 5 (Arvenwire) - ..." and "Copyright 2022 Arvenwire"): the
      agency copyrights each story in the year it files it;
    - a day shown with its weekday on a page whose footer gives one year ("Sat 15 Aug, 09:02" and
      "© Weir Valley Radio Ltd 2026"), when the day falls on that weekday in that year: a page leaves
      out the year of the days of the year it was made in, and its footer carries that year. Without
      a weekday to check it, the footer's year is not read so: an old page keeps a new footer."""
    if _has(cands, "published"):
        return []
    day = day_without_year(cands)
    if day is None:
        return []
    agency = dateline_agency(cleaned.text[:400])
    lines = [strip_markup(doc.text[start:end]) for start, end, kind in cleaned.removed if kind == Kind.COPYRIGHT]
    lines += [c.detail.removeprefix("copyright line: ") for c in cands if c.source == "copyright" and c.start is None]
    for text in lines:
        m = COPYRIGHT.match(text)
        year = m and not m["until"] and (m["since"] or m["year"])
        if not (m and year and (found := day.in_year(int(year)))):
            continue
        if agency is not None and plain_name(m["name"]) == plain_name(agency):
            why = f"{day.text!r} in the year of the agency's copyright line"
        elif day.weekday is not None:
            why = f"{day.text!r} in the year of the page's copyright line, a {found:%A} then"
        else:
            continue
        return [Candidate("published", found.isoformat(), "text", why, day.start, day.end)]
    return []


def _in_year_of_header(doc: Document, cands: list[Candidate], day_first: bool) -> list[Candidate]:
    """A dateline's day without its year ("Nandipur, Jan 9 (BWS)") dated by a full date above it
    that falls on the same day ("Received: 09/01/2025 18:44 IST" in the wire's header): the header
    and the dateline agree, and the header gives the year. A date above on another day says nothing."""
    if _has(cands, "published"):
        return []
    day = day_without_year(cands)
    if day is None or not day.start:
        return []
    for order in (day_first, not day_first):
        for f in find_dates(doc.text[:day.start], order):
            if (f.date.month, f.date.day) == (day.month, day.day) and day.in_year(f.date.year) is not None:
                return [Candidate("published", f.date.isoformat(), "text",
                                  f"{day.text!r} in the year of {f.text!r} above it, the same day", day.start, day.end)]
    return []


# An archive's address of a capture, its day in the path: "https://web.archive.org/web/20240311094512/https://...".
ARCHIVE_STAMP = re.compile(r"https?://[^/\s]+/(?:web/)?(\d{8})\d{0,6}[a-z_]*/https?:", re.IGNORECASE)


def _from_urls_and_name(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in cands:
        if c.field == "url" and not c.rejected and (d := date_in_url(c.value)):
            out.append(Candidate("published", d.isoformat(), "url", c.value))
    name = PurePosixPath(doc.file).name
    if (d := date_in_filename(name)) is not None:
        captured = {m[1] for m in ARCHIVE_STAMP.finditer(doc.text)}
        out.append(Candidate("published", d.isoformat(), "filename", name,
                             rejected="the day an archive captured the page, as its name for the file gives it"
                             if f"{d:%Y%m%d}" in captured else  # "web.archive.org_20240311_....txt"
                             "the day the file was made, as its name says" if FILE_MADE.search(name) else ""))
    return out


def _as_of(cands: list[Candidate], text: str) -> list[Candidate]:
    """A German page's one stamp "Stand: 28.02.2024 16:32 Uhr" (as of) dates the version shown: with no
    day of first publication beside it, it is the page's day. "Updated ..." alone is not: it says there
    was an earlier day."""
    if _has(cands, "published"):
        return []
    for c in cands:
        if c.field == "modified" and not c.rejected and c.start is not None \
                and AS_OF.match(text[text.rfind("\n", 0, c.start) + 1:c.start]):
            return [Candidate("published", c.value, c.source, "the page's one stamp, 'Stand:'", c.start, c.end)]
    return []


def _sent_by_the_paper(cands: list[Candidate], text: str, dmy: bool) -> list[Candidate]:
    """A newsletter the paper itself sent ("From: The Cascade Tribune <newsletters@...>", its subject no
    forward's or reply's) is dated by its "Sent:" field; one a reader forwards or a person sends is not."""
    if _has(cands, "published"):
        return []
    head = text.split("\n\n", 1)[0].splitlines()[:MAIL_HEADER_LINES]
    sender = next((m for line in head if (m := MAIL_SENDER.match(line.strip())) is not None), None)
    subject = next((line for line in head if MAIL_SUBJECT_FIELD.match(line.strip())), None)
    if sender is None or subject is None or MAIL_SUBJECT.match(subject.strip()) is None \
            or person_name(sender["name"].strip()):
        return []
    at = 0
    for line in text.splitlines(keepends=True)[:MAIL_HEADER_LINES]:
        if (m := MAIL_SENT_FIELD.match(line.strip())) is not None \
                and (found := next(find_dates(m["date"], dmy), None)) is not None:
            start = at + line.index(m["date"]) + found.start
            return [Candidate("published", found.date.isoformat(), "text", "the day the paper sent its newsletter",
                              start, start + len(found.text))]
        at += len(line)
    return []


def _from_weekday(doc: Document, cleaned: Cleaned, cands: list[Candidate], day_first: bool) -> list[Candidate]:
    """The date of the lead photo's caption, when the lead paragraph reports that day by its weekday.

    Wire copy captions its lead photo with the day it was taken ("Putin arrives ..., September 20,
    2022.") and its lead names the day of the news by weekday ("Putin on Tuesday called ..."):
    a caption above the lead, whose date is the latest in the text and falls on the weekday the
    lead names, dates the report. A date elsewhere in the body is never taken, even when the text
    names its weekday: a past event may fall on any weekday. Body dates are kept, rejected.
    """
    if _has(cands, "published"):
        return []
    furniture = [(a, b) for a, b, kind in cleaned.removed if kind != Kind.CAPTION]
    furniture += [(m.start(), m.end()) for m in re.finditer(r"https?://\S+", doc.text)]
    found = [f for f in find_dates(doc.text, day_first) if not any(a <= f.start < b for a, b in furniture)]
    if not found:
        return []
    lead = cleaned.text.split("\n\n", 1)[0]
    lead_start = cleaned.textmap.to_source(0)
    weekdays = {WEEKDAYS[w.lower()] for w in re.findall(r"\b(" + "|".join(WEEKDAYS) + r")\b", lead, re.IGNORECASE)}
    head_captions = [(a, b) for a, b, kind in cleaned.removed if kind == Kind.CAPTION and b <= lead_start]
    latest = max(f.date for f in found)
    for f in found:
        if f.date == latest and f.date.weekday() in weekdays and any(a <= f.start < b for a, b in head_captions):
            return [Candidate("published", f.date.isoformat(), "text-weekday",
                              f"the lead photo's date {f.text!r} is the {f.date:%A} the lead reports", f.start, f.end)]
    return [Candidate("published", f.date.isoformat(), "text", "date in the body", f.start, f.end,
                      "a date in the body dates what it is next to, not the article") for f in found]


def _reject_read_from_body(cands: list[Candidate], cleaned: Cleaned, day_first: bool) -> list[Candidate]:
    """htmldate's text search guesses from every date on the page; a day it took that the
    running text mentions dates what the sentence is about (a meeting next week, a past
    disaster), not the article."""
    guesses = [c for c in cands if c.source == "htmldate" and "text search" in c.detail and not c.rejected]
    if not guesses:
        return cands
    in_body = {f.date.isoformat() for f in find_dates(cleaned.text, day_first)}
    # htmldate reads a year alone ("imposed in 2018") as its 1 January
    in_body |= {f"{year}-01-01" for year in re.findall(r"(?<![\d.,/-])((?:19|20)\d\d)(?![\d.,/-]\d)", cleaned.text)}
    return [Candidate(c.field, c.value, c.source, c.detail, c.start, c.end,
                      "htmldate's guess is a date or year the running text mentions")
            if c in guesses and c.value in in_body else c for c in cands]


def _republished(text: str, dmy: bool, cands: list[Candidate]) -> list[Candidate]:
    """A republished story's credit names the paper it first ran in and the day. A page that
    frames another's story (a newsletter's pick under the credit, an aggregator whose header
    credits the paper) shows that paper's article: its outlet and day are the credit's. A paper
    that runs the story again under its own headline, masthead and date line, the credit only
    below the headline, publishes a copy of its own, as a paper printing a wire story does: the
    credit's values stay as alternatives, rejected."""
    m = REPUBLISHED.search(text[:REPUBLISHED_CHARS])
    if m is None and len(text) > REPUBLISHED_CHARS:  # or at its foot, above the aggregator's own
        tail = max(REPUBLISHED_CHARS, len(text) - REPUBLISHED_TAIL_CHARS)
        m = REPUBLISHED.search(text, tail)
    name = m["name"].strip(" .") if m is not None else ""
    if m is None or not (name_like(name) or ONE_WORD_NAME.fullmatch(name) or outlet_like(name)):
        return []
    headline = min((c.start for c in cands if c.field == "title" and c.source == "text" and not c.rejected
                    and c.start is not None), default=None)
    framed = headline is None or m.start() < headline \
        or _same_name_in(name, text[:m.start()]) or _same_name_in(name, text[m.end():])
    rejected = "" if framed else "the paper and day the story first ran in: this page runs it again as its own"
    detail = "the credit of where the story first ran"
    out = [Candidate("outlet", name, "republished", detail, m.start("name"), m.end("name"), rejected)]
    if m["date"] and (day := next(find_dates(m["date"], dmy), None)) is not None:
        out.append(Candidate("published", day.date.isoformat(), "republished", detail, m.start("date"),
                             m.end("date"), rejected))
    return out


def _first_published(text: str, dmy: bool) -> list[Candidate]:
    """A line that labels the story's first appearance ("First published on Thu 9 Nov 2023 18.40 GMT"
    at its foot) dates it, over a date line atop the page that shows the day of its last amendment."""
    for m in FIRST_PUBLISHED.finditer(text):
        line = m.group("line").strip()
        if (found := dateline(line)) is not None and found[0] == "published":
            day = next(find_dates(line, dmy), None)
            if day is not None:
                at = m.start("line")
                return [Candidate("published", day.date.isoformat(), "first-published", "labelled as the day the "
                                  "story first ran", at + day.start, at + day.end)]
    return []


def _same_name_in(name: str, text: str) -> bool:
    """Whether `text` writes `name` (case and a leading article aside)."""
    first, _, rest = name.partition(" ")
    bare = rest if rest and first.capitalize() in SLOGAN_ARTICLES else name
    return re.search(rf"(?<!\w){re.escape(bare)}(?!\w)", text, re.IGNORECASE) is not None


def _writer_note(cands: list[Candidate], text: str) -> list[Candidate]:
    """A column's closing note names its paper ("Maud Pellew writes every Thursday for the
    Saltmarsh Herald."), and its writer, whose name in capitals under the headline is then a byline
    and not the paper's."""
    note = writer_note(text)
    if note is None:
        return cands
    writer, outlet, start, end = note
    why = "the writer's name, as the note at the end gives it"
    out = [dataclasses.replace(c, rejected=why) if c.field == "outlet" and _same_name(c.value, writer) else c
           for c in cands]
    out.append(Candidate("outlet", outlet, "byline", "the writer's note at the end", start, end))
    if not _has(out, "byline"):
        out.append(Candidate("byline", writer, "byline", "the writer's note at the end", start, end))
    return out


def _embargo(cands: list[Candidate]) -> list[Candidate]:
    """A press release is published when its embargo lifts: the day it was issued to the press
    ("Issued: 05/09/2018") yields to the embargo's ("EMBARGOED UNTIL ... 6 SEPTEMBER 2018")."""
    if not any(c.field == "published" and c.detail.startswith("embargo line") and not c.rejected for c in cands):
        return cands
    why = "the day a press release was issued, not the day its embargo lifts"
    return [dataclasses.replace(c, rejected=why) if c.field == "published" and c.detail.startswith("date line")
            and not c.rejected else c for c in cands]


def _below_the_headline(cands: list[Candidate]) -> list[Candidate]:
    """A date line above the headline yields to one below it: a site's bar shows today's date over
    every page ("Sign in | Tuesday, 1 December 2026"), the article's own line stands under its
    headline."""
    at = next((c.start for c in cands if c.field == "title" and c.source == "text" and c.start is not None), None)
    lines = [c for c in cands if c.field == "published" and c.source == "text" and c.detail.startswith("date line")
             and not c.rejected and c.start is not None]
    partial = [c for c in cands if c.field == "published" and c.source == "text" and c.rejected == NO_YEAR
               and c.start is not None]  # "Saturday, March 8th" of a chat's day over "Friday 7 March" of the story
    above: set[int] = set()
    for group in (lines, partial):
        if at is not None and any(c.start is not None and c.start > at for c in group):
            above |= {id(c) for c in group if c.start is not None and c.start < at}
    why = "a date line above the headline, where another stands below it: the site's, not the article's"
    return [dataclasses.replace(c, rejected=why) if id(c) in above else c for c in cands]


def _carried(cands: list[Candidate]) -> list[Candidate]:
    """A page that carries another site's article (`page_shown.carried`: its canonical link is on
    that site, and the page links to it by name): the outlet is that site, the address its
    canonical link; the carrier's own names and address are not the article's."""
    if not any(c.detail == CARRIED for c in cands):
        return cands
    why = "the name or address of the site carrying another site's article"
    return [dataclasses.replace(c, rejected=why) if c.field in {"outlet", "url"} and c.detail != CARRIED
            and c.detail != "link[rel=canonical]" and c.source in {"html-meta", VISIBLE} and not c.rejected else c
            for c in cands]


MAX_LETTER_NAME_WORDS = 5


def _letter_headline(cands: list[Candidate], text: str) -> list[Candidate]:
    """A newsletter's subject "Energy Source: Europe's renewables are stuck in the queue": the letter's
    name, then the headline of the item it carries. The name set alone over the item ("ENERGY SOURCE")
    is no headline; the headline, where the letter shows it on a line of its own, is."""
    subject = next((c for c in cands if c.field == "title" and c.source == "mail-subject" and not c.rejected), None)
    name, colon, head = subject.value.partition(": ") if subject is not None else ("", "", "")
    if not colon or len(name.split()) > MAX_LETTER_NAME_WORDS or not head.strip():
        return cands
    why = f"the newsletter's name, as its subject {subject.value!r} opens"  # type: ignore[union-attr]
    out = [dataclasses.replace(c, rejected=why) if c.field == "title" and c.source != "mail-subject"
           and _same_name(c.value, name) else c for c in cands]
    shown = re.search(rf"^[ \t#*]*{re.escape(head.strip())}[ \t*]*$", text, re.MULTILINE)
    if shown is not None and out != cands:
        out.append(Candidate("title", head.strip(), "text", "the headline the subject gives, shown in the letter",
                             shown.start(), shown.end()))
    return out


def _no_vendors(cands: list[Candidate], text: str) -> list[Candidate]:
    """A database's, an archive's or a reader's name, or a name read off a line that holds one
    ("PressReader.com - Digital Newspaper & Magazine Subscriptions"), is the carrier's, not the
    paper's (an address of theirs names none either: `_carrier_host`)."""
    why = "the name of the database, archive or reader that carries the article, not the paper's"

    def carrier(c: Candidate) -> bool:
        line = text[c.start:c.end] if c.start is not None and c.end is not None else ""
        return bool(VENDORS.search(c.value) or VENDORS.search(line))
    return [dataclasses.replace(c, rejected=why) if c.field == "outlet" and not c.rejected and carrier(c) else c
            for c in cands]


def _carrier_host(host: str) -> bool:
    """Whether an address is a database's, an archive's or a reader's ("www.proquest.com")."""
    return VENDORS.search(host.replace(".", " ")) is not None


def _no_writers(cands: list[Candidate], text: str) -> list[Candidate]:
    """A person's name read as the paper's (an avatar's link to the home page, a bold name over the
    date, "Ines Carraway · 2025-01-20 · 3 min read") is the writer's. A name set in capitals is a
    masthead's way: only a given name the census knows makes it a person's there ("BRAUHAUS KESSLER",
    "DUNAVÖLGYI HÍRLAP" read as people to the recogniser)."""
    why = "a person's name: the writer's, not the outlet"

    def capitals(c: Candidate) -> bool:
        return c.start is not None and c.end is not None and strip_markup(text[c.start:c.end]).isupper()

    return [dataclasses.replace(c, rejected=why) if c.field == "outlet" and not c.rejected
            and c.source in {"text", "site-name"} and c.detail != LABELLED_NAME
            and (person_name(c.value, recognised=not capitals(c)) or WRITER_ROLE.match(strip_markup(c.value)))
            else c for c in cands]  # "Oswin Harcastle, City Editor"


def _no_sections(cands: list[Candidate], text: str, cleaned: Cleaned) -> list[Candidate]:
    """A name the site's own menu lists ("[Gündem](/gundem)") above a headline ("GÜNDEM") is the
    section's, not the paper's: the paper's name links to its home page, not to a section."""
    menu = {strip_markup(m.group(1)).strip().casefold()
            for start, end, kind in cleaned.removed if kind == Kind.NAV
            for m in re.finditer(r"\[([^\]\n]+)\]\((?!https?://[^/\s)]+/?[)\s])(?!/[)\s])[^)\s]+", text[start:end])}
    menu |= {part.strip().casefold() for start, end, kind in cleaned.removed if kind == Kind.NAV
             for part in re.split(r"\s[›>»/]\s", strip_markup(text[start:end])) if part.strip()}  # "Início › Agro ›
    # Meio ambiente" over "MEIO AMBIENTE"
    why = "a section the site's menu lists, not the outlet"
    return [dataclasses.replace(c, rejected=why) if c.field == "outlet" and not c.rejected and c.source == "text"
            and c.value.strip().casefold() in menu else c for c in cands]


def _name_beside_the_date(cands: list[Candidate], text: str, agency: str | None) -> list[Candidate]:
    """Of the names a header gives, the one on the line next to the article's date line is the
    paper's: a news database's or a cutting service's export puts its own name at the top and
    the paper's name with the issue's date above the story ("Tallis Bay Chronicle" / "March 4,
    2025 Tuesday"). Not a wire agency (the dateline's, or one named as such: "Ferrant Press
    Agency"), whose name a paper prints as the byline of its copy."""
    names = [c for c in cands if c.field == "outlet" and c.source == "text" and c.detail == "masthead"
             and not c.rejected and c.start is not None and c.end is not None]
    days = [c for c in cands if c.field == "published" and c.source == "text" and c.detail.startswith("date line")
            and not c.rejected and c.start is not None and c.end is not None]
    beside = [n for n in names if any(_adjacent(text, n, d) and _line_of(text, n) != _line_of(text, d) for d in days)
              and not _names_agency(n.value, agency) and not AGENCY_NAME.search(n.value)]
    if len(names) < 2 or len({plain_name(n.value) for n in beside}) != 1:
        return cands
    why = "a name away from the article's date line, where another stands beside it"
    return [dataclasses.replace(c, rejected=why) if c in names and c not in beside else c for c in cands]


def _adjacent(text: str, a: Candidate, b: Candidate) -> bool:
    """Whether two candidates stand on one line or on neighbouring lines, nothing but space between."""
    first, second = sorted((a, b), key=lambda c: c.start or 0)
    gap = text[first.end or 0:second.start or 0]
    return "\n" not in gap or (gap.count("\n") == 1 and not gap.strip())


def _line_of(text: str, c: Candidate) -> int:
    return text.count("\n", 0, c.start or 0)


def _order_by_own_day(cands: list[Candidate], text: str) -> list[Candidate]:
    """A numeric date whose order its numbers leave open ("05/07/2023") is read the other way when
    that reading, and not the language's, falls within days of the day the article's own
    dateline gives ("VESSING, July 4 (Meridian) -"): a British page in English writes day first."""
    days = [(int(m[1]), int(m[2])) for c in cands if c.field == "published" and c.rejected == NO_YEAR
            and (m := re.fullmatch(r"--(\d\d)-(\d\d)", c.value))]
    if not days:
        return cands
    out = []
    for c in cands:
        written = text[c.start:c.end] if c.start is not None and c.end is not None else ""
        if c.field == "published" and not c.rejected and (m := AMBIGUOUS_NUMERIC.match(written)) \
                and m["a"] != m["b"] and (read := _iso_day(c.value)) is not None:
            other = dt.date(read.year, read.day, read.month) if read.day <= 12 else None
            if other is not None and _near(other, days) and not _near(read, days):
                c = Candidate(c.field, other.isoformat(), c.source, f"{c.detail}; {written!r} read in the order "
                              "that agrees with the article's dateline", c.start, c.end)
        out.append(c)
    return out


def _near(day: dt.date, own: list[tuple[int, int]]) -> bool:
    """Whether `day` lies within days of one of the (month, day)s the article gives in its year."""
    return any(abs((day - dt.date(day.year, mo, da)).days) <= OWN_DAY_SLACK for mo, da in own if _valid(day.year, mo, da))


def _iso_day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _reject_after_capture(cands: list[Candidate], captured: str | None) -> list[Candidate]:
    if not captured:
        return cands
    limit = captured[:10]
    out = []
    for c in cands:
        if c.field in {"published", "modified"} and not c.rejected and re.fullmatch(r"\d{4}-\d{2}-\d{2}", c.value) \
                and c.value > limit:
            c = Candidate(c.field, c.value, c.source, c.detail, c.start, c.end, f"later than the capture ({limit})")
        out.append(c)
    return out


