"""What a web page shows outside its `<head>`: its headline and dates, and htmldate's verdict.

`html.page_metadata` reads the page's declared metadata (meta tags, JSON-LD, header `<time>`).
Real pages often say more elsewhere, and this module collects it as candidates for
`metadata` to parse and weigh (nothing is decided here):

0. the site's name as the link to its home page above the headline writes it (its text, or
   its logo's alternative text), and as its footer's copyright line gives it; the visible headline, the `<h1>` of the article, when the page's declared titles confirm
   it (a social-media `og:title` is often reworded, a `<title>` carries the site's name);
1. marked dates: `itemprop="datePublished"` on any element of the article, microformat
   (hAtom) `published` / `updated` classes as Blogger writes them (`<abbr title=...>`);
2. visible dates beside the headline: short text runs just above and below the page's `<h1>`
   (a date line, a byline with a date, a `<time>` whose text is the publisher's local day);
3. htmldate's `find_date(original_date=True)`, the field's library for exactly this question,
   on the markup alone (its header, JSON and URL rules), and with its text search only when
   that finds nothing; the candidate names which of the two found it. htmldate reads the page
   without list items that link elsewhere, asides, navigation and footers: left in, it dates a
   page by a teaser's date.
"""
from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from copy import deepcopy
from urllib.parse import urlsplit

from htmldate import find_date
from lxml.html import HtmlElement

from ..header.dates import partial_dateline
from ..header.names import site_label, spells_domain, without_company_form
from ..models import Candidate
from ..rules.boilerplate import COPYRIGHT, GENERIC_NAV
from ..rules.outlets import LOGO_SUFFIX
from ..rules.dates import MODIFIED_LABEL

VISIBLE = "html-visible"
CARRIED = "link to the site whose article the page carries (its canonical link's)"
HTMLDATE = "htmldate"
# How much of the page around the headline counts as "beside" it, in runs of text (realweb/dev:
# the dates under a headline stand within its first dozen runs).
RUNS_AFTER_HEADLINE = 25
RUNS_BEFORE_HEADLINE = 6
MAX_RUN_CHARS = 120  # a date line or byline is short; a sentence mentioning a date is not
MAX_RUN_WORDS = 8  # words of letters beside the date: "Published 3 May 2020 by Ana Ruiz | 4 min read"
WORD = re.compile(r"[^\W\d_]{2,}")
MAX_SITE_NAME_WORDS = 6  # a site's name in its home link; a longer link text is a slogan or a teaser
MAX_KICKER_WORDS = 4  # a section or topic label set before the headline inside its <h1>
MIN_HEADLINE_WORDS = 3  # a logo in an <h1> is one or two words
HEADLINE_OVERLAP = 0.5  # share of the <h1>'s words a declared title must hold to confirm it
# A run that may carry a full date has a year in it.
HAS_YEAR = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")
# Elements whose text is never the article's own date.
NOT_ARTICLE = "ancestor-or-self::nav|ancestor-or-self::aside|ancestor-or-self::footer|ancestor-or-self::li" \
              "|ancestor-or-self::figcaption|ancestor-or-self::script|ancestor-or-self::style"
HATOM = {"published": "published", "dt-published": "published", "updated": "modified", "dt-updated": "modified"}


def page_shown(tree: HtmlElement, declared_titles: list[str]) -> list[Candidate]:
    """Every candidate the page carries outside its declared metadata (steps 0-3)."""
    return [*home_link(tree), *footer_copyright(tree), *carried(tree), *headline(tree, declared_titles),
            *marked_dates(tree), *visible_dates(tree), *htmldate_candidates(tree)]


def carried(tree: HtmlElement) -> list[Candidate]:
    """Step 0: a page whose canonical link is on another site than its own address carries that
    site's article (an aggregator's copy, a syndication partner's): the site's name as the page
    links to it ("via <a href=https://brackwellsentinel.example>The Brackwell Sentinel</a>"),
    when the address spells the name."""
    canonical = next((link.get("href", "") for link in tree.iter("link")
                      if "canonical" in (link.get("rel") or "").lower().split()), "")
    own = next((m.get("content", "") for m in tree.iter("meta") if m.get("property") == "og:url"), "")
    host, here = urlsplit(canonical.strip()).hostname or "", urlsplit(own.strip()).hostname or ""
    if not host or not here or site_label(host) == site_label(here):
        return []
    for el in tree.iter("a"):
        if (urlsplit((el.get("href") or "").strip()).hostname or "") != host:
            continue
        name = " ".join(el.text_content().split())
        if spells_domain(name, host):
            return [Candidate("outlet", name, VISIBLE, CARRIED)]
    return []


def footer_copyright(tree: HtmlElement) -> list[Candidate]:
    """Step 0: the copyright line of the page's footer ("© Weir Valley Radio Ltd 2026"), which
    names the publisher (ranked low: often the company, not the paper) and carries the year the
    page was made: `metadata` reads that year only where the page shows a day without its year."""
    for footer in tree.xpath("//footer|//*[@id='footer' or @id='colophon' or contains(@class, 'copyright')]"):
        text = " ".join(footer.text_content().split())
        at = text.find("©")
        m = COPYRIGHT.match(text[at:]) if at >= 0 else None
        if m is not None:
            return [Candidate("outlet", without_company_form(m["name"].rstrip(".")), "copyright",
                              "copyright line: " + m.group(0).strip())]
    return []


def home_link(tree: HtmlElement) -> list[Candidate]:
    """Step 0: the site's name, as the first link to a home page before the headline writes it:
    `<a href="/">Brackenford Bugle</a>`, or a logo `<img alt="El Heraldo de Montesquiva">` in it.
    "WVR — Weir Valley Radio" names the site twice: the words its initials stand for are kept."""
    headline = _headline(tree)
    for el in tree.iter("a", "h1"):
        if el is headline:
            break
        parts = urlsplit((el.get("href") or "").strip())
        if el.tag != "a" or parts.path not in ("", "/") or parts.query or parts.fragment \
                or not (parts.netloc or parts.path) or el.xpath(NOT_ARTICLE):
            continue
        text = " ".join(el.text_content().split()) or next((img.get("alt", "") for img in el.iter("img")), "")
        name = _spelt_out(LOGO_SUFFIX.sub("", " ".join(text.split())))
        if name and not GENERIC_NAV.match(name) and len(name.split()) <= MAX_SITE_NAME_WORDS:
            return [Candidate("outlet", name, VISIBLE, "link to the home page")]
    return []


def _spelt_out(name: str) -> str:
    """"WVR — Weir Valley Radio" -> "Weir Valley Radio": a name beside its own initials."""
    parts = [p.strip() for p in re.split(r"\s+[|–—-]\s+", name) if p.strip()]
    if len(parts) == 2:
        for short, long_ in (parts, parts[::-1]):
            if short.isupper() and "".join(w[0] for w in long_.split() if w[:1].isupper()) == short:
                return long_
    return name


def headline(tree: HtmlElement, declared_titles: list[str]) -> list[Candidate]:
    """Step 0: the article's `<h1>`: the page's only one, inside `<article>` or `<main>`; or one that shares
    most of its words with a declared title (or the page declares none): then it is the headline
    and not a heading of some other part."""
    h1 = _headline(tree)
    if h1 is None:
        return []
    text = " ".join(h1.text_content().split())
    for title in declared_titles:  # a kicker before the headline: "Local News | Brothel ... busted"
        title = " ".join(title.split())
        kicker = text[: -len(title)] if text.endswith(title) and text != title else ""
        if kicker and len(kicker.split()) <= MAX_KICKER_WORDS:
            text = title
    words = set(WORD.findall(text.casefold()))
    for title in declared_titles:
        if len(words & set(WORD.findall(title.casefold()))) >= HEADLINE_OVERLAP * len(words):
            break
    else:
        if declared_titles and not (h1.xpath("ancestor::article|ancestor::main") and _sole_heading(tree)):
            return []  # the article's one <h1> needs no confirming: a social title is often reworded
    return [Candidate("title", text, VISIBLE, "<h1>"), *_site_beside(text, declared_titles)]


def _site_beside(headline: str, declared_titles: list[str]) -> list[Candidate]:
    """The site's name a declared title sets beside the shown headline: "<h1> — The Ostle Review",
    "Brackenford Bugle | <h1>"."""
    for title in declared_titles:
        title = " ".join(title.split())
        rest = title[len(headline):] if title.startswith(headline) else \
            title[: -len(headline)] if title.endswith(headline) and title != headline else ""
        name = rest.strip(" |–—:-·")
        if name and rest != name and re.fullmatch(r"\s*[|–—:·-]\s*.+|.+\s*[|–—:·-]\s*", rest) \
                and len(name.split()) <= MAX_SITE_NAME_WORDS:
            return [Candidate("outlet", name, VISIBLE, "the page's title beside its headline")]
    return []


def marked_dates(tree: HtmlElement) -> Iterator[Candidate]:
    """Step 1: dates marked up as the article's own outside `<meta>` and `<time>`."""
    for el in tree.xpath("//*[@itemprop]"):
        prop = (el.get("itemprop") or "").strip().lower()
        if prop not in ("datepublished", "datemodified") or el.tag in ("meta", "time") or el.xpath(NOT_ARTICLE):
            continue
        value = el.get("content") or el.get("datetime") or str(el.text_content())
        field = "published" if prop == "datepublished" else "modified"
        yield Candidate(field, " ".join(value.split()), VISIBLE, f"itemprop={prop} on <{el.tag}>")
    for el in tree.xpath("//abbr[@title]|//*[@class][self::span or self::time or self::abbr][@title or @datetime]"):
        classes = (el.get("class") or "").lower().split()
        marked = next((HATOM[c] for c in classes if c in HATOM), None)
        if marked and not el.xpath(NOT_ARTICLE):
            value = el.get("title") or el.get("datetime") or ""
            yield Candidate(marked, value.strip(), VISIBLE, f"<{el.tag} class={' '.join(classes)}> (hAtom)")


def visible_dates(tree: HtmlElement) -> list[Candidate]:
    """Step 2: short runs of text beside the headline that hold a year: date lines and bylines;
    or a date line without its year ("Sat 15 Aug, 09:02"), for the collection to give the year.

    A run labelled "Updated" gives a modified date. The first dated run after the headline wins
    over one above it, which `metadata` decides by order: runs below come first.
    """
    headline = _headline(tree)
    if headline is None:
        return []
    runs = list(_runs(tree))
    at = next((i for i, (el, _text) in enumerate(runs) if el is headline or headline in el.iterancestors()), None)
    if at is None:
        return []
    below = runs[at + 1: at + 1 + RUNS_AFTER_HEADLINE]
    above = runs[max(0, at - RUNS_BEFORE_HEADLINE): at][::-1]
    out: list[Candidate] = []
    for where, window in (("below", below), ("above", above)):
        for el, text in window:
            if not (_date_line_like(text) or partial_dateline(text)) or el.xpath(NOT_ARTICLE):
                continue
            field = "modified" if MODIFIED_LABEL.match(text) else "published"
            out.append(Candidate(field, text, VISIBLE, f"<{el.tag}> {where} the headline"))
    return out


def htmldate_candidates(tree: HtmlElement) -> list[Candidate]:
    """Step 3: htmldate's original publication day, from the markup alone and with text search."""
    tree = deepcopy(tree)
    for el in tree.xpath("//body//*[self::nav or self::aside or self::footer or self::li[.//a[@href]]]"):
        if el.getparent() is not None:
            el.drop_tree()
    for extensive, how in ((False, "htmldate: markup and URL"), (True, "htmldate: text search")):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                found = find_date(tree, extensive_search=extensive, original_date=True)
            except Exception:  # noqa: BLE001 - a library failing on odd markup only means no candidate
                found = None
        if found:  # the text search repeats the markup steps first: run it only when they found nothing
            return [Candidate("published", found, HTMLDATE, how)]
    return []


def _date_line_like(text: str) -> bool:
    """A short run with a year and few other words, not a sentence that mentions a date."""
    words = len(WORD.findall(text))
    sentence = text.rstrip().endswith((".", "!", "?")) and words > 4
    return len(text) <= MAX_RUN_CHARS and words <= MAX_RUN_WORDS and not sentence and bool(HAS_YEAR.search(text))


def _headline(tree: HtmlElement) -> HtmlElement | None:
    """The page's headline: the first `<h1>` of the article or main part, else the first `<h1>`
    with a few words (a logo in an `<h1>` is one or two words)."""
    for path in ("//article//h1", "//main//h1", "//h1"):
        for h1 in tree.xpath(path):
            if len(h1.text_content().split()) >= MIN_HEADLINE_WORDS and not h1.xpath(NOT_ARTICLE):
                return h1
    return None


def _sole_heading(tree: HtmlElement) -> bool:
    """Whether the page has one `<h1>` of a few words: no sign-up box's or teaser's beside it."""
    return sum(1 for h1 in tree.iter("h1") if len(h1.text_content().split()) >= MIN_HEADLINE_WORDS) == 1


def _runs(tree: HtmlElement) -> Iterator[tuple[HtmlElement, str]]:
    """Runs of visible text in document order, each with the element holding it; the text of an
    inline `<time>`, `<span>` or `<a>` joins its block's run."""
    body = tree.find("body")
    root = body if body is not None else tree
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript", "template"):
            continue
        if el.tag in ("h1", "h2", "h3", "p", "div", "span", "time", "abbr", "li", "header", "section", "small",
                      "em", "strong", "b", "i", "dd", "dt", "td", "figcaption", "address"):
            text = " ".join(_own_text(el).split())
            if text:
                yield el, text


def _own_text(el: HtmlElement) -> str:
    """The element's text without that of its block-level children (their own runs)."""
    if el.tag in ("h1", "h2", "h3", "time", "abbr", "span", "a", "em", "strong", "b", "i", "small"):
        return str(el.text_content())
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag in ("time", "abbr", "a", "em", "strong", "b", "i", "small", "br"):
            parts.append(child.text_content() if child.tag != "br" else " ")
        parts.append(child.tail or "")
    return "".join(parts)
