"""The names a page's furniture carries: a paper's masthead, an outlet in title case.

A line of the header block is read as a row of parts between separators ("ISLAND GAZETTE |
Transport", "Harbour Radio · 4 May 2026 · 3 min read", "THE COURIER   4   Tuesday, 5 May 2026"):
the paper's name is the part that is a name while every other part is what stands beside a
name in a header (a date, a time, a reading time, a byline, a page number, a section).
"""
from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from anyascii import anyascii

from ..rules.boilerplate import BYLINE, EMAIL_ADDRESS, HEADER_SEPARATOR, PAGE_LABEL, PAGE_NUMBER, SITE_ADDRESS
from ..rules.dates import CITATION_PARTS, ISSUE_SEASON, MODIFIED_LABEL, MONTHS, PUBLISHED_LABEL, RELATIVE_AGE
from ..rules.outlets import COMPANY_FORM, COMPOUND_ENDS, NAME_LABEL, NAME_WORD, PUBLISHED_BY, SECTIONS, VIA_CREDIT
from ..rules.wire import AGENCY_NAME, WIRE_SLUG
from .dates import dateline, find_dates, partial_dateline

OTHER_FIELD = re.compile(r"^[^\W\d_][\w -]{0,24}:\s")  # "Category: ...", "Distribution: ..."
MAX_NAME_WORDS = 5  # a paper's name is short; a headline is longer
SECTION_SEPARATOR = re.compile(r"\s+[|•·—–-]\s+")  # "RADIO LORVANIA | News", "THE COURIER — Upper Talvo"
PAGE_OF = re.compile(PAGE_LABEL.pattern + r"(?:\s*(?:of|/)\s*\d{1,4})?", re.IGNORECASE)  # "Page 1 of 2"
BARE_PAGE = re.compile(r"^\s*\d{1,3}\s+(?=[^\W\d_])")  # "4 THE SHANNON COURIER   Tuesday, ...": the page, then the paper
SPACED_PAGE = re.compile(r"^\s*\d{1,3}\s{2,}(?=[^\W\d_])")  # "12  THE HIGHLAND COURANT    Thursday 11 May 2023": set apart
MAX_SECTION_WORDS = 2  # a section of a paper unknown to SECTIONS: "Wirtschaft", "Upper Talvo"
READING_TIME = re.compile(r"^(?:\d+(?:\s*[-–]\s*\d+)?\s*-?\s*min(?:ute|uten|uti|utos|uts)?s?\.?(?:\s+(?:read|reading|listen|lesezeit|lecture"
                          r"|de lecture|leestijd|lästid|læsetid|lesetid|di lettura|de lectura|de leitura|czytania|luku"
                          r"|okuma))?"
                          r"|(?:reading time|read|lesezeit|temps de lecture|lecture|leestijd|lästid|læsetid|lesetid"
                          r"|tiempo de lectura|lectura|tempo di lettura|lettura|tempo de leitura|leitura|czas czytania"
                          r"|czytanie|lukuaika|okuma süresi)\s*:?\s*\d+\s*(?:min\w*|dk)\.?)$", re.IGNORECASE)
# A station's frequency beside its name: "98,3 FM", "FM 101.5", "1098 kHz".
FREQUENCY = re.compile(r"^(?:(?:FM|AM)\s*\d{2,4}(?:[.,]\d{1,2})?|\d{2,4}(?:[.,]\d{1,2})?\s*(?:FM|AM|MHz|kHz))$",
                       re.IGNORECASE)
# A story's length beside its paper's name in a database's source line: "398 mots", "1,204 words".
WORD_COUNT = re.compile(r"^\d[\d.,\u202f\u00a0 ]*\s*(?:words|mots|wörter|palabras|parole|palavras|woorden|ord|słów|slov"
                        r"|sanaa|szó|kelime|cuvinte|λέξεις)$", re.IGNORECASE)
# An issue's numbering beside a paper's name: "Vol. 12, No. 47", "Issue 2031", "Jg. 74".
ISSUE_NUMBER = re.compile(r"(?:^|[,\s])(?:vol(?:ume)?|no|nr|issue|jg|jahrgang|année|ano|año)\.?\s*\d+\b,?", re.IGNORECASE)
# A clock time beside a paper's name or date: "09:14", "09h14", "7.30pm", "11:42 GMT", "à 07h30", "14.05 Uhr".
CLOCK_TIME = re.compile(r"^(?:(?:at|à|às|um|a las|alle|om|kl\.?|godz\.?)\s+)?\d{1,2}\s*[:.h]\s*\d{2}"
                        r"(?:\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h))?(?:\s*(?:GMT|UTC|[A-Z]{2,4}))?$", re.IGNORECASE)
# The month and year of an issue, as a magazine's running head gives it: "June 2026", "Juni 2026".
ISSUE_MONTH = re.compile(r"^(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+(?:19|20)\d\d$",
                         re.IGNORECASE)
# The writer a citation names in brackets at its end: "(Autorin: Wiebke Stromann)", "(by Ann Lee)".
CITED_WRITER = re.compile(r"\s*\((?:[^()]*:\s*|by\s+|von\s+|par\s+|por\s+|di\s+|door\s+)[^()]+\)\s*$", re.IGNORECASE)
NAME_ARTICLES = frozenset({"Le", "La", "Les", "El", "Il", "Lo", "Der", "Die", "Das"})  # opening a paper's name
SLOGAN_ARTICLES = NAME_ARTICLES | {"The", "A", "An", "Het", "De", "O"}  # or a slogan: "Die Zeitung für das Auental"
SMALL_WORDS = frozenset({"of", "the", "and", "de", "la", "le", "du", "des", "der", "die", "el", "&", "da", "do", "dos",
                         "das", "di", "del", "della", "van", "von", "het"})


def strip_markup(text: str) -> str:
    """Line text without Markdown images, emphasis, link targets and quoting marks ("> " of a
    block quote, as a pasted or forwarded article stands in a message)."""
    text = re.sub(r"^\s*(?:>\s?)+", "", text)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"[*_`]+", "", text).strip()


def plain_name(name: str) -> str:
    """An outlet's name compared loosely: "The Calder Herald", "calderherald" -> "calderherald"."""
    return re.sub(r"^the|\W|_", "", name.casefold())


def wire_slug(part: str) -> bool:
    """A wire's slug ("NDP-METRO-FARES", "SAFRICA-TRANSPORT/STRIKE (PIX)"): words in capitals joined
    by two hyphens or a slash; one hyphen makes a name ("MPA-WIRE", an agency's service)."""
    plain = part.strip()
    return WIRE_SLUG.match(plain) is not None and ("/" in plain or plain.count("-") >= 2)


def name_like(text: str) -> bool:
    """Two to five words, each capitalised or a small joining word: "Radio Lorvania", "The Talvo
    Courier"; after an article, the last may be an adjective in lower case, as French writes
    names: "Le Canard enchaîné", "Le Héron étudiant"."""
    words = strip_markup(text).split()
    def capital(w: str) -> bool:
        return re.sub(r"^[ldLD]['’]", "", w)[:1].isupper() or w.lower() in SMALL_WORDS
    if not 2 <= len(words) <= MAX_NAME_WORDS:
        return False
    adjective = len(words) >= 3 and words[0] in NAME_ARTICLES and words[-1].isalpha() and words[-1].islower() \
        and words[-1] not in SMALL_WORDS \
        or words[-1].islower() and words[0][:1].isupper() and NAME_WORD.fullmatch(words[-1]) is not None
    # Czech, Slovak and Polish write a paper's noun in lower case: "Lidové noviny", "Posázavský večerník"
    return all(capital(w) for w in (words[:-1] if adjective else words))


def person_name(name: str, *, recognised: bool = True) -> bool:
    """Whether a name in a header is a person's ("Harriet Vossberg", "Ines Carraway"): two or three
    capitalised words, none of them one papers are named with, the first a given name of the
    census list, that probablepeople's tagger of names and companies reads as a person. A writer's
    name stands where a paper's may (an avatar linked to the home page, a byline beside the date
    and the reading time): it names no outlet."""
    words = strip_markup(name).split()
    if not 2 <= len(words) <= 3 or NAME_WORD.search(name) or not all(w[:1].isupper() for w in words) \
            or words[0].casefold() in SMALL_WORDS:
        return False
    if anyascii(words[0]).casefold() not in given_names():  # "Dockside Notes" reads as a person to the tagger
        return recognised and _recognised_person(" ".join(words))  # alone; the census writes "Lucía" as "lucia",
    # and knows no "Niamh"; `recognised=False` asks the census alone (a masthead in capitals: "BRAUHAUS KESSLER")
    return _tagged_person(" ".join(words))


def _tagged_person(name: str) -> bool:
    """Whether probablepeople's tagger of names and companies reads `name` as a person's."""
    import probablepeople  # loaded only now: 30 MB of surname statistics

    try:
        return bool(probablepeople.tag(name)[1] == "Person")
    except probablepeople.RepeatedLabelError:  # a string it cannot read as one thing
        return False


@cache
def _recognised_person(name: str) -> bool:
    """Whether the entity recogniser reads the whole name, standing alone, as one person's, and
    probablepeople's tagger agrees: given names the US census lacks ("Niamh Costigan", "Aino
    Lehtola"); either alone takes a paper's name for a person's now and then ("Tessel Postası")."""
    from ..entities.ner import recognizer

    spans = recognizer().spans([name])[0]
    return len(spans) == 1 and spans[0] == (0, len(name), "PERSON") and _tagged_person(name)


@cache
def given_names() -> dict[str, float]:
    """probablepeople's list of given names with the share of women who bear each (US census), read
    from its module alone: the package itself loads 30 MB of surname statistics."""
    spec = importlib.util.find_spec("probablepeople")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "gender.py"
    module_spec = importlib.util.spec_from_file_location("probablepeople_given_names", path)
    if module_spec is None or module_spec.loader is None:
        return {}
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    names: dict[str, float] = module.gender_names
    return names


def given_name_gender(word: str) -> str | None:
    """ "f" or "m" for a given name nearly all of whose bearers are women or men, else None."""
    share = given_names().get(word.casefold())
    if share is None:
        return None
    return "f" if share >= GIVEN_NAME_SHARE else "m" if share <= 1 - GIVEN_NAME_SHARE else None


def masthead_like(text: str) -> bool:
    """A paper's name in capitals, alone or before a section: "THE MERIDIAN LEDGER", "RADIO X | News"."""
    name = SECTION_SEPARATOR.split(strip_markup(text), maxsplit=1)[0]
    letters = [c for c in name if c.isalpha()]
    return 0 < len(name.split()) <= MAX_NAME_WORDS and len(letters) >= 4 and all(c.isupper() for c in letters)


def without_company_form(name: str) -> str:
    """A publisher's name without its company form: "Lindmark Evening Post Ltd" -> "Lindmark Evening Post",
    "Wendelgauer Bote Verlag GmbH & Co. KG" -> "Wendelgauer Bote"."""
    return COMPANY_FORM.sub("", name).strip()


def without_initials(name: str) -> str | None:
    """A name shown after its own initials ("RMW – Rundfunk Mittelweser", "PWS Pacific Wire Service"):
    the name; None when the first word is not the initials of the rest."""
    m = re.match(r"^([A-Z]{2,6})\s*(?:[-–—|:·]\s*)?(\S.*)$", name.strip())
    if m is None:
        return None
    letters = list(m[1].lower())
    words = [w.lower() for w in m[2].split() if w[:1].isupper()]
    for n, word in enumerate(words):  # each word gives its first letter, and a compound more of its own when
        if not letters or word[0] != letters[0]:  # the words left are too few: "Mittelweser" the M and the W
            return None
        letters.pop(0)
        at = 1
        while len(letters) > len(words) - n - 1 and (found := word.find(letters[0], at)) > 0:
            letters.pop(0)
            at = found + 1
    return m[2].strip() if not letters else None


def imprint(line: str) -> str | None:
    """The paper a publisher's imprint names, its company first: "Norrbyns Tidning AB · Ansvarig
    utgivare: Karin Öberg · Storgatan 12" -> "Norrbyns Tidning". The company's name must hold a
    word papers are named with: "Harbour Holdings Ltd" names no paper."""
    parts = header_parts(line)
    if len(parts) < 2 or not COMPANY_FORM.search(parts[0]):
        return None
    name = without_company_form(parts[0])
    return name if outlet_like(name) and NAME_WORD.search(name) else None


def outlet_name(masthead: str) -> str:
    """A paper's name from its masthead line: the part before a section, in title case if in capitals."""
    name = SECTION_SEPARATOR.split(strip_markup(masthead).strip("# "), maxsplit=1)[0].strip()
    if not any(c.islower() for c in name) and not re.fullmatch(r"[A-Z]{2,5}", name):  # "NRC", "ABC" stay
        words = name.split()
        name = " ".join(w.lower() if i and w.lower() in SMALL_WORDS else w.capitalize() if w.isalpha() else w
                        for i, w in enumerate(words))  # "Ministry of Coastal Affairs", "Voce di Castelbrenta"
    return name


PLACE_AFTER = re.compile(r"(?<=\w)\s+\((?:(?:ed|edition|édition|edición|edizione|ausgabe|editie)\.?\s+)?[A-Z][\w.,'’ -]{1,30}\)$",
                         re.IGNORECASE)  # a database's "The Harlan Falls Ledger (Ohio)", "Il Tirreno (ed. Livorno)"


def header_parts(line: str) -> list[str]:
    """The parts of a header line between its separators, markup and a label naming the paper
    stripped; a paper's name and a date after a comma or a space are two parts: "Island Gazette,
    4 May 2026"."""
    plain = strip_markup(line).strip("# ")
    cited = False
    if (label := NAME_LABEL.match(plain)) is not None:  # "Quelle: Nordhafener Rundschau, 12.05.2023, Lokales,
        plain, cited = CITED_WRITER.sub("", plain[label.end():]), True  # S. 9 (Autorin: Wiebke Stromann)": a citation
    if (by := PUBLISHED_BY.match(plain)) is not None:  # "Published by X on 4 May 2026": [X, 4 May 2026]
        return [re.sub(r"^the\s+", "", by["name"].strip(" ,"))] + ([by["date"].strip()] if by["date"] else [])
    parts = [PLACE_AFTER.sub("", p).strip(" ,") for p in HEADER_SEPARATOR.split(ISSUE_NUMBER.sub("", plain))
             if p.strip(" ,")]
    if cited:  # its parts are set off by commas
        parts = [q for p in parts for q in (p.split(", ") if dateline(p) is None else [p])]
    out: list[str] = []
    for part in parts:  # each part may itself be a name beside a date: "KELLHAVEN COURIER, THURSDAY 15 JANUARY 2026  7"
        numbered = re.match(r"^(?P<rest>.*\S)\s{2,}(?P<page>\d{1,4})$", part)
        rest = numbered["rest"] if numbered else part
        if (beside := _name_beside_date(rest)) is not None:
            out += beside
        elif (m := re.match(r"^(?P<name>[^,]{2,60}),\s+(?P<date>.+)$", rest)) \
                and NAME_WORD.search(m["name"]) and (dateline(m["date"]) or partial_dateline(m["date"])):
            out += [m["name"], m["date"]]
        else:
            out.append(part)
            continue
        if numbered:
            out.append(numbered["page"])
    return out


def _name_beside_date(line: str) -> list[str] | None:
    """[name, date] of a header line whose separators a PDF's text layer dropped: "3 THE
    SALTMARSH RECORD Wednesday, January 14, 2026" (a page number at its outer end, a section or
    the paper's address after the date). Only a name
    holding a word papers are named with counts here and after a comma: "KESSEL, 4 May 2026" is
    a place's dateline."""
    for found in find_dates(line):
        before, after = line[:found.start].strip(" ,|"), line[found.end:].strip(" ,|")
        if before and after:  # "THE ESTMARK GAZETTE Tuesday 10 September 2024 BUSINESS": a section after
            if not (section_like(after) or PAGE_NUMBER.match(after) or SITE_ADDRESS.fullmatch(after)):
                continue
            after = ""
        name = re.sub(r"^\d{1,4}\s+|\s+\d{1,4}$", "", before or after).strip()
        paged = name != (before or after).strip()  # a page number at its outer end: a running head
        if (NAME_WORD.search(name) or paged and len(name.split()) >= 2) and (name_like(name) or masthead_like(name)):
            return [name, found.text]
    return None


def outlet_like(text: str) -> bool:
    """A name that names a paper by itself: in capitals, or holding a word papers are named with
    ("Harbour Daily", "Kessel Today", "Der Bote", "Nordwest-Kurier"); never a section's name
    ("WORLD", "Local News")."""
    plain = strip_markup(text)
    if section_like(plain):
        return False
    compound = re.fullmatch(r"[A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)+", plain.strip()) is not None  # one word, hyphened
    return masthead_like(plain) or ((name_like(plain) or compound) and NAME_WORD.search(plain) is not None)


def section_like(text: str) -> bool:
    """A section's name: every word of it one that names sections ("World", "LOCAL NEWS")."""
    words = [w for w in re.findall(r"[^\W\d_]+", strip_markup(text).lower()) if w not in SMALL_WORDS]
    return bool(words) and all(w in SECTIONS for w in words)


def header_name(line: str, *, running_head: bool = False) -> str | None:
    """The paper's name in a header line, or None when the line is not a name with what stands
    beside names: the part that is a name while every other part is a date line or short and
    ends no sentence. A name with a word papers are named with comes first, then one in capitals,
    then any name; a section's name never counts. "Island Gazette, 4 May 2026" is two parts.

    A line of one part is a name only when it is `outlet_like` or labelled ("Source: Island
    Gazette"); so is a running head's part (a running head may carry the headline in title case).
    """
    plain = strip_markup(BARE_PAGE.sub("", PAGE_OF.sub(" ", line)) if running_head else SPACED_PAGE.sub("", line))
    plain = CITATION_PARTS.sub(" | ", plain)  # "Tesseler Bote vom 03.04.2024, S. 17": the paper, its day, its page
    plain = re.sub(r"\s+" + EMAIL_ADDRESS, "", plain)  # a writer's address beside the name
    label = NAME_LABEL.match(plain) or PUBLISHED_BY.match(plain)  # "Published in Civic Bytes · ..."
    if label is not None and ";" in plain:
        plain = plain.split(";", 1)[0]  # "Publication title: The Tidewater Ledger; Port Carrow, Va.": where it is
    parts = header_parts(plain)
    if label is None and OTHER_FIELD.match(plain) and not PUBLISHED_BY.match(plain) \
            and not (len(parts) > 1 and dateline(parts[0])):  # "Published: 3 April 2025 | EBC News | Business"
        return None  # a field of a feed's or a record's header: "Distribution: ALL-EUR ALL-GEN"
    if not parts:
        return None
    credited = [m["name"].strip() for p in parts if (m := VIA_CREDIT.match(p)) and name_like(m["name"].strip())]
    if len(credited) == 1:  # "via The Ostle Review · Imogen Thraxton · Oct 3, 2026": the site credited
        return credited[0]
    if len(parts) == 1 and (writer := re.fullmatch(r"(?P<writer>[^,]{3,40}),\s+(?P<paper>[^,]{3,60})", parts[0])) \
            and person_name(writer["writer"]) and outlet_like(writer["paper"]):
        return writer["paper"]  # "Sasha Mercier, The Corvallen Ledger": the writer, then the paper
    if len(parts) == 1:
        return parts[0] if (outlet_like(parts[0]) or (label and (name_like(parts[0]) or LABELLED_NAME.fullmatch(
            parts[0].strip())))) and not dateline(parts[0]) else None  # "Bron: NRC", "Titul: Mladá fronta DNES"
    if len(parts) >= 2 and outlet_like(parts[0]) and AGENCY_NAME.search(parts[0]) \
            and all(AGENCY_NAME.search(p) or beside_name(p) for p in parts[1:]):
        return parts[0]  # "BHARAT WIRE SERVICE -- ENGLISH GENERAL NEWS SERVICE": the agency, then its service
    dated = any(dateline(p) for p in parts)  # a running head's name beside its date: "Mercoledì 5 luglio 2023
    names = [p for p in parts if not beside_name(p, sections=False) and not section_like(p)  # la Repubblica"
             and (outlet_like(p) or ((not running_head or dated) and name_like(p)))]
    names = [p for p in names if not person_name(p, recognised=False)] or names  # "O Globo · 12 Sep 2023 · B4 ·
    # ANA CLARA MOTTA": the writer's name in capitals is no masthead
    name = next((p for p in names if NAME_WORD.search(p)), next((p for p in names if masthead_like(p)),
                                                                names[0] if names else None))
    if name is None or not all(beside_name(p) or p == name or (i > parts.index(name) and _tagline(p))
                               or (i > parts.index(name) and person_name(p, recognised=False))  # the writer
                               for i, p in enumerate(parts)):
        return None  # "Two old ferries to be withdrawn | Island Gazette" is a headline with its site's name
    if len(name.split()) == 1 and not NAME_WORD.search(name) and section_like(parts[0]) and parts[0] != name \
            and all(section_like(p) for p in parts if p != name):
        return None  # "MARKETS · INDUSTRIALS": a section, then its subsection ("POLITICO | Politics" names first)
    address = next((p for p in parts if SITE_ADDRESS.fullmatch(p.strip())), None)
    if address is not None and not outlet_like(name):
        return address.strip()  # "glenmoor-weekly.example · Eilidh Munro · 25 Jan 2024": the site, then its writer
    return name


# What a label's value may be as a paper's name: a capital, then up to six words, no sentence's end.
LABELLED_NAME = re.compile(r"[A-ZÀ-Þ][\w&.'’-]*(?:\s+[\w&.'’-]+){0,5}")
TAGLINE_WORDS = 4


def furniture_only(line: str) -> bool:
    """A line of nothing but what stands beside a paper's name ("98,3 FM · A voz do Vale do
    Arapiranga"): it continues no headline."""
    parts = header_parts(strip_markup(line))
    return bool(parts) and all(beside_name(p, sections=False) for p in parts)


def _tagline(part: str) -> bool:
    """What a site writes after its name to say what it covers, a list in lower case: "Báo Đồng Bằng
    Mới - Tin tức nông nghiệp, kinh tế, xã hội miền Tây" (after the name only: before it, such a
    part is a headline)."""
    words = part.split()
    return len(words) >= TAGLINE_WORDS and "," in part and not re.search(r"[.!?]$", part) \
        and sum(w[:1].islower() for w in words[1:]) * 2 >= len(words) - 1


def beside_name(part: str, *, sections: bool = True) -> bool:
    """What stands beside a paper's name in a header line: a date line, a clock time, an issue's
    month, a reading time, a page's age, a byline, a page number, a label, the site's address, a wire's slug, its slogan in
    lower case ("le journal des étudiants de ..."); and with
    `sections`, a section (a known one, or a name of two words at
    most: "Wirtschaft", "Upper Talvo")."""
    words = [w for w in part.split() if w.lower() not in SMALL_WORDS]  # "Companies & Markets": two words
    opening = part.split()[0] if part.split() else ""
    slogan = (part[:1].islower() or (opening in SLOGAN_ARTICLES
                                     and any(w[:1].islower() and w.lower() not in SMALL_WORDS for w in part.split()))) \
        and len(part.split()) <= MAX_SLOGAN_WORDS and not re.search(r"[.!?]$", part) \
        and not name_like(part)  # "de Lindenhaagse Courant" is a name that opens on its article; "Die Zeitung
    # für das Auental" is a slogan that does
    return bool(dateline(part) or partial_dateline(part) or READING_TIME.match(part) or BYLINE.match(part) or slogan
                or RELATIVE_AGE.fullmatch(part.strip())  # "Tollmere News | Local | 3h ago"
                or CLOCK_TIME.match(part) or ISSUE_MONTH.match(part) or ISSUE_SEASON.fullmatch(part.strip())
                or wire_slug(part)  # "SAFRICA-TRANSPORT/STRIKE (PIX)" beside its time stamp
                or PAGE_NUMBER.match(part) or PAGE_OF.fullmatch(part) or WORD_COUNT.match(part) or FREQUENCY.match(part)
                or PUBLISHED_LABEL.match(part)
                or MODIFIED_LABEL.match(part) or SITE_ADDRESS.fullmatch(part.strip())
                or (sections and (section_like(part) or (len(words) <= MAX_SECTION_WORDS
                                                         and all(w[:1].isupper() for w in words)))))


# The plain words outlets are named with ("times", "post", "herald", "zeitung"), for reading a domain.
NAME_WORDS = frozenset(w for w in re.split(r"[|()]", re.sub(r"\[(\w)\w*\]", r"\1", NAME_WORD.pattern.replace(r"\b", "")))
                       if w.isalpha())  # "di[aá]rio" is "diario"
# Second-level labels under a country's domain: the site's own label is the one before ("bbc.co.uk").
SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go"})
# Hosting platforms whose sites are their subdomains: "harbourwatch.substack.com" is "harbourwatch".
PLATFORMS = frozenset({"blogspot", "wordpress", "substack", "medium", "tumblr", "github", "wixsite", "weebly",
                       "livejournal", "typepad", "ghost", "over-blog", "hatenablog", "jimdo", "squarespace"})
MIN_LEFTOVER = 3  # a piece of a domain no vocabulary knows, kept as a word of the name ("vellmar")


def site_label(host: str) -> str:
    """The label a site chose for itself: "edition.cnn.com" -> "cnn", "news.bbc.co.uk" -> "bbc",
    "harbourwatch.substack.com" -> "harbourwatch"."""
    labels = host.casefold().removeprefix("www.").split(".")[:-1] or [host.casefold()]
    if len(labels) > 1 and labels[-1] in SECOND_LEVEL:
        labels = labels[:-1]
    if len(labels) > 1 and labels[-1] in PLATFORMS:
        labels = labels[:-1]
    return labels[-1]


def name_of_domain(host: str, text: str) -> str | None:
    """The outlet a web domain spells without spaces: "themoscowtimes.com" gives "The Moscow
    Times", "vellmarpost.example" "Vellmar Post", "bbc.co.uk" and a text that writes "BBC" give
    "BBC". The words come from the article itself (its capitalised words, in the capitals it
    writes them with) and from the words outlets are named with; at most one piece no vocabulary
    knows is kept as a word of its own. None when the domain does not read so."""
    label = site_label(host)
    written: dict[str, str] = {}
    for word in re.findall(r"[^\W\d_]{2,}", text):
        if word[:1].isupper():
            written.setdefault(word.casefold(), word)
            written.setdefault(anyascii(word).casefold(), word)  # "postasi" in the address, "Postası" in the text
    for word in NAME_WORDS | SMALL_WORDS:
        written.setdefault(word, word.capitalize())
    pieces = _fewest_pieces(re.sub(r"[^a-z0-9-]", "", label), written)
    for i in range(len(pieces or []) - 1, 0, -1):  # "Elb" + "Kurier": one compound word, "Elbkurier"
        if pieces and pieces[i].casefold() in COMPOUND_ENDS and pieces[i - 1].casefold() not in written \
                and (pieces[i - 1] + pieces[i]).casefold() in label:
            pieces[i - 1:i + 1] = [pieces[i - 1] + pieces[i].casefold()]
    if not pieces or all(p.casefold() in SMALL_WORDS for p in pieces):
        return None
    return " ".join(pieces)


def _fewest_pieces(label: str, written: dict[str, str]) -> list[str] | None:
    """The split of `label` into known words with the fewest unknown pieces (at most one, of
    MIN_LEFTOVER letters or more), then ending in a word outlets are named with ("Herald"),
    then the fewest letters left unknown, then the fewest pieces; hyphens part words, digits
    are a word ("france24"), no name ends in a small word ("of", "du") nor has one right after
    its unknown piece ("Quarrytownerbaysi de News")."""
    Split = tuple[int, int, int, list[str]]  # unknown pieces, unknown letters, pieces, words

    def step(head: Split, start: int, piece: str) -> Split | None:
        if piece == "-":
            return head
        if piece in SMALL_WORDS and head[3] and head[3][-1].casefold() not in written:
            return None
        if piece in written:
            word, unknown = (piece if start and piece in SMALL_WORDS else written[piece]), 0
        elif piece.isdigit():
            word, unknown = piece, 0
        elif piece.isalpha() and len(piece) >= MIN_LEFTOVER:
            word, unknown = piece.capitalize(), len(piece)
        else:
            return None
        found = (head[0] + bool(unknown), head[1] + unknown, head[2] + 1, [*head[3], word])
        return found if found[0] <= 1 else None

    best: list[Split | None] = [(0, 0, 0, [])] + [None] * len(label)  # best[i]: of label[:i]
    ends: list[tuple[tuple[int, bool, int, int], list[str]]] = []
    for end in range(1, len(label) + 1):
        for start in range(max(0, end - 30), end):
            head, piece = best[start], label[start:end]
            found = step(head, start, piece) if head is not None else None
            if found is None:
                continue
            held = best[end]
            if held is None or found[:3] < held[:3]:
                best[end] = found
            if end == len(label) and piece not in SMALL_WORDS:
                ends.append(((found[0], piece not in NAME_WORDS, found[1], found[2]), found[3]))
    return min(ends)[1] if ends else None


GENITIVE = re.compile(r"[^\Wsß]s$")  # "Anzeigers", "Allehandas": a name's genitive, not "News"
# A run of capitalised words, with the small words and "&" that join them: a name as a text writes it.
NAME_RUN = re.compile(r"(?:[^\W\d_][\w'’.-]*|&)(?:[ \t]+(?:[^\W\d_][\w'’.-]*|&))*")
MAX_RUN_WORDS = 8
MAX_SLOGAN_WORDS = 12
GIVEN_NAME_SHARE = 0.95  # of a given name's bearers, for it to say "she" or "he"


ADDRESS_SUFFIX = re.compile(r"-?(?:mail|mailer|news|newsletter|online|digital|web)$")
MIN_SUFFIXED_LABEL = 4


def spells_domain(name: str, host: str, *, shortened: bool = False) -> bool:
    """Whether a name is the one a web address spells: "The Grey Hollow Times" and
    "greyhollowtimes.example", "Diario del Altiplano Sur" and "diarioaltiplanosur", "Logistica &
    Binari" and "logisticaebinari", "L'Écho de Vauclerc" and "echo-vauclerc". Small words may be
    left out of the address, and a joining letter or two put in ("e" for "&"). `shortened`: any
    word but one may be left out too ("Garrowfield Evening Post" and garrowfieldpost.example)."""
    raw = site_label(host)
    if (plain := ADDRESS_SUFFIX.sub("", raw)) != raw and len(plain) >= MIN_SUFFIXED_LABEL \
            and spells_domain(name, plain, shortened=shortened):
        return True  # "morningtern-mail.net", "harbourdaily-online.com": the name and what the address is for
    label = re.sub(r"[^a-z0-9]", "", raw)
    words = [w for w in re.split(r"[^a-z0-9]+", anyascii(name).casefold()) if w]
    if not label or not any(len(w) > 3 and w not in SMALL_WORDS for w in words):
        return False
    parts = [f"(?P<w{i}>{re.escape(w)})" + ("?" if len(w) <= 3 or w in SMALL_WORDS or shortened else "")
             for i, w in enumerate(words)]
    spelled = re.fullmatch("[a-z]{0,2}".join(parts), label)
    if spelled is None or min((spelled.start(g) for g in spelled.groupdict() if spelled.group(g) is not None),
                              default=-1) != 0:
        return False  # a joining letter joins two words: "cdarenal" is not "El Arenal" with "cd" put before
    return not shortened or sum(w in label for w in words if len(w) > 3) >= 2


def name_spelling_domain(host: str, text: str, *, shortened: bool = False) -> str | None:
    """The name, as the text writes it, that the site's address spells ("More from the Southport
    Herald" and southportherald.example give "Southport Herald"); None if the text has none.
    `shortened` as in `spells_domain`."""
    for run in NAME_RUN.finditer(text):
        words = run.group(0).split()
        if not any(w[:1].isupper() for w in words):
            continue
        for i in range(len(words)):
            if not words[i][:1].isupper():
                continue
            for j in range(min(len(words), i + MAX_RUN_WORDS), i, -1):
                name = " ".join(words[i:j]).strip(".,;:")
                if words[j - 1][:1].isupper() and spells_domain(name, host, shortened=shortened):
                    return name
                if words[j - 1][:1].isupper() and GENITIVE.search(name) and spells_domain(name[:-1], host, shortened=shortened):
                    return name[:-1]  # "Alle Inhalte des Oberauer Anzeigers": the German or Swedish genitive
    return None


INITIALS = re.compile(r"(?P<letters>[A-Z]{2,6})(?P<number>\d{1,3})?")  # "KPA", "TGR"; a station's "PF7"
SPELLED_OUT_CHARS = 50_000  # of the text in which the name is looked for: an article's, not a huge file's


def spelled_out(initials: str, text: str) -> str | None:
    """The name, as the text writes it, whose initials `initials` are: "Kestrel Press Agency" for
    "KPA" ("told Kestrel Press Agency"), "The Glenmoor Record" for "TGR", "Prairie Fork 7" for a
    station's "PF7"; the initials of its capitalised words, with or without a leading "The", its
    small words ("of", "de") left out. None when the text writes no such name."""
    if (m := INITIALS.fullmatch(initials)) is None:
        return None
    want = m["letters"].casefold()
    found = list(_spellings(want, text[:SPELLED_OUT_CHARS]))
    if m["number"]:  # the station's number follows its name: "Stay with Prairie Fork 7"
        found = [f"{n} {m['number']}" for n in found
                 if re.search(rf"(?<!\w){re.escape(n)}\s+{m['number']}(?!\d)", text[:SPELLED_OUT_CHARS])]
    return next((n for n in found if not n.isupper()), found[0] if found else None)  # "Meridian Press Agency"


def _spellings(want: str, text: str) -> Iterator[str]:  # over its running head's "MERIDIAN PRESS AGENCY"
    for run in NAME_RUN.finditer(text):
        words = run.group(0).split()
        for i in range(len(words)):
            if not words[i][:1].isupper():
                continue
            capitals = [w for w in words[i:i + MAX_RUN_WORDS]]
            for j in range(len(capitals), 1, -1):
                name = capitals[:j]
                if not name[-1][:1].isupper():
                    continue
                letters = "".join(w[0] for w in name if w.casefold() not in SMALL_WORDS or w == name[0]).casefold()
                if letters == want or (name[0].casefold() == "the" and letters[1:] == want):
                    yield " ".join(name).strip(".,;:")
                    break
