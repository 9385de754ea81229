"""What one line's words look like, read without its neighbours: a headline's shape (title case,
set in capitals, not stopping mid-sentence) or running text's, and whether it runs on into the
next line. `lines.py` labels lines by these tests and the lines around them."""
from __future__ import annotations

import functools
import re
from urllib.parse import unquote, urlsplit

import justext
import snowballstemmer

from ..header.names import MAX_NAME_WORDS, header_parts, strip_markup
from ..rules import boilerplate as bp
from ..rules.dates import MONTHS
from ..rules.wire import WIRE_FIELD

MAX_TITLE_CHARS = 200
# Words a title-case headline leaves in lower case, and the share of the others it capitalises.
TITLE_SMALL_WORDS = frozenset("a an the of to in on at for and or but nor by with from as is are was be into over "
                              "after before under vs via per than".split())
TITLE_CASE_SHARE = 0.8
BAR_PARTS = 3  # parts of a line that a menu, breadcrumb or app bar cuts into; a headline has two at most
MAX_NAV_PART_WORDS = 4
RUBRIC_WORDS = 3  # a rubric in capitals above a headline names a topic in three words at most
# A month or season and a year alone: "July 2025", "Juli 2025", "Summer 2024" (not "Budget 2025").
MONTH_YEAR = re.compile(r"(?:(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r"|spring|summer|autumn|fall|winter)"
                        r"\.?\s+)(?:19|20)\d\d", re.IGNORECASE)
HAS_URL = re.compile(r"https?://|\bwww\.")  # a line with an address is furniture, never a headline
# Two labelled fields on one line, set apart: "Category: Business / Transport      Words: 348".
FIELD_ROW = re.compile(r"^[^\W\d_][\w -]{0,24}:\s.*\S\s{2,}[^\W\d_][\w -]{0,24}:\s")
DATE_FIELD = re.compile(r"^(?:date|datum|fecha|data|date d'envoi|kuupäev|päivämäärä|dato)\s*:", re.IGNORECASE)  # a mail's
BODY_WORDS = 16  # a line of mostly lower-case words this long is running text, not a headline
WRAPPED_BODY_WORDS = 24  # the same for a line with its continuation (a headline may wrap)
# A line ending in one of these words stops mid-sentence: not a headline.
DANGLING = frozenset("the a an of to and or but nor in for with by including at from that as into his her their "
                     "its our this these those which who was were is are has have had will would could been be "
                     "than".split())
FRENCH_YEAR_BEFORE = frozenset({"un", "d'un", "d’un", "par", "chaque", "cet", "nouvel"})
# A line ending in one of these runs on into the next (a headline wrapped by a PDF: "... go on trial over").
JOINERS = DANGLING | frozenset("over on about after before under between against amid during".split())
# How much of a line the furniture and header tests read: furniture and headlines are short, and
# splitting a 50 MB one-line text into words for them took 440 MB.
LINE_SAMPLE = 4000


def plain_start(text: str) -> str:
    """The start of a line (`LINE_SAMPLE` characters) without Markdown markup."""
    return strip_markup(text[:LINE_SAMPLE])


def head_shape(text: str) -> str:
    """A running head's words, whatever its page number and side: "THE COURIER   Page 1" and
    "Page 4   THE COURIER" are one head."""
    words = re.sub(r"\d+", " ", bp.PAGE_LABEL.sub(" ", text)).split()
    return " ".join(sorted(words))


def shouted_text(text: str) -> bool:
    """A headline set in capitals, as print sets it: more words than a rubric ("EASTGATE WATER
    INQUIRY" above the headline), none in lower case."""
    words = re.findall(r"[^\W\d_]+", strip_markup(text))  # "DAM SAFETY / ANALYSIS" is three words
    return len(words) > RUBRIC_WORDS and not any(c.islower() for w in words for c in w)


def shouted_run_on(previous: str, plain: str) -> bool:
    """A headline in capitals wrapped by a print layout: two lines in capitals, the first long
    enough to be a headline rather than a paper's name, or left unfinished by a dash or comma
    ("... AS COURT IMPOSES" / "RECORD FINE", "ORRIN STAR REFLOATED –" / "BUT HALLØ STILL WAITS")."""
    unfinished = previous.rstrip().endswith(("–", "—", "-", ",", ":"))
    caps = shouted_text(previous) or (unfinished and previous.isupper())
    return caps and (unfinished or len(previous.split()) > MAX_NAME_WORDS) and plain.isupper() \
        and len(plain.split()) <= MAX_NAME_WORDS


def ends_with_joiner(text: str) -> bool:
    """A line that stops on an article, preposition or conjunction runs on into the next line."""
    words = plain_start(text[-LINE_SAMPLE:]).rsplit(None, 1)
    return bool(words) and words[-1].lower() in JOINERS


def body_like(text: str, wrapped: bool = False, last: bool = False) -> bool:
    """Running text, not the header: a full sentence of some length, or a long line of mostly
    lower-case words (a long title with its site name appended is mostly capitalised; a long
    headline ends on no stop, unless it is the `last` text of all, which is the body). A headline
    wrapped over two lines may run longer than one line of it; a headline in title case stays a
    headline with a full stop after it (some exports add one)."""
    words = plain_start(text).split()
    capitalised = sum(w[:1].isupper() for w in words)
    sentence = len(words) >= 8 and re.search(r"[.!?][\"”’']?$", text.rstrip("*_ ")) is not None
    # a headline may run to BODY_WORDS and more, but ends on no stop: "La cooperativa ... en una década"
    long_prose = len(words) >= (WRAPPED_BODY_WORDS if wrapped or not (sentence or last) else BODY_WORDS) \
        and capitalised < len(words) / 2
    return long_prose or (sentence and not title_case(text))


def title_case(text: str) -> bool:
    """Most words capitalised, as headlines are set: "Poll: Wealthy Voters Abandon the Party."."""
    words = [w for w in strip_markup(text).split() if w.lower().strip(",:;") not in TITLE_SMALL_WORDS]
    big = sum(not w[:1].isalpha() or w[:1].isupper() for w in words)
    return len(words) >= 3 and big >= TITLE_CASE_SHARE * len(words)


def headline_like(text: str) -> bool:
    plain = plain_start(text)
    if MONTH_YEAR.fullmatch(plain):  # "July 2025": a monthly's issue, not a headline
        return False
    words = plain.lower().split()
    last = words[-1] if words else ""
    if last == "an" and len(words) >= 2 and words[-2] in FRENCH_YEAR_BEFORE:
        last = "année"  # "reportée d'un an": the French year, no English article
    stop = ".,;:" if not title_case(plain) else ",;:"
    # A line in lower case throughout is a logo's or a slogan's ("gazzetta di vellano"), in no language a
    # headline; a headline ends on no preposition, unless set in capitals over a line that is not ("TRAM MOVES IN").
    return bool(plain) and len(plain) <= MAX_TITLE_CHARS and plain[-1] not in stop and not HAS_URL.search(plain) \
        and not plain.islower() and not FIELD_ROW.search(plain) and not WIRE_FIELD.match(plain) \
        and not DATE_FIELD.match(plain) \
        and (last.rstrip(".") not in DANGLING or shouted_text(plain)) and not bp.NAV_LINK.fullmatch(text.strip())


def bar_like(text: str) -> bool:
    """A bar of short parts, as a menu, a breadcrumb or an app writes it: "Feedhollow · Saved items ·
    Opinion & Essays (14 unread)". It may name the paper; it is never the headline."""
    parts = header_parts(plain_start(text))
    return len(parts) >= BAR_PARTS and all(len(re.findall(r"[^\W\d_]+", p)) <= MAX_NAV_PART_WORDS for p in parts)


# Languages whose common words (jusText's stop lists, shipped with the package) are no evidence that
# two lines speak of one thing.
STOP_LANGUAGES = ("English", "German", "French", "Spanish", "Italian", "Dutch", "Portuguese", "Polish", "Swedish")
STEM_CHARS = 5  # after an English stem ("ferries", "ferry"): "Dörfer" and "Dörfern" are one word too
MIN_CONTENT_CHARS = 4


@functools.cache
def _stop_words() -> frozenset[str]:
    return frozenset().union(*(justext.get_stoplist(lang) for lang in STOP_LANGUAGES))


def content_words(text: str) -> set[str]:
    """The stems of a text's words that say what it is about: no common word of the languages
    storyline reads, none shorter than MIN_CONTENT_CHARS letters. Snowball's English stemmer, then
    the first STEM_CHARS letters, which serve the other languages well enough to compare lines."""
    stop = _stop_words()
    text = re.sub(r"\b(?:https?://|www\.)\S+|\S+@\S+", " ", text)  # an address is no word of the text
    words = [w for w in re.findall(r"[^\W\d_]+", text.casefold()) if len(w) >= MIN_CONTENT_CHARS and w not in stop]
    return {_stem(w)[:STEM_CHARS] for w in words}


@functools.cache
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


@functools.lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """Snowball's stem of one word, remembered: the stemmer is pure Python, and a collection's
    headers and leads repeat their words."""
    return str(_stemmer().stemWord(word))


def slug_words(url: str) -> set[str]:
    """The content words of an address's slug, its longest path segment ("/2024/06/03/port-strike-
    drags-into-second-week/" -> port, strike, drags, ...): what a headline and its address share."""
    path = urlsplit(url).path
    segments = [seg for seg in unquote(path).split("/") if seg]
    slug = max(segments, key=lambda seg: sum(ch.isalpha() for ch in seg), default="")
    return content_words(slug.replace("-", " ").replace("_", " "))
