"""Format readers: decoding, HTML, PDF, record lists (JSONL/JSON/CSV) and WARC.

Every fixture is built here, from invented news about invented places.
"""
from __future__ import annotations

import io
import json
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fpdf import FPDF
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.errors import BinaryInput, BrokenInput, EmptyInput
from storyline.ingest.decoding import decode
from storyline.ingest.html import iso_date, read_html
from storyline.ingest.pdf import PAGE_SEPARATOR, read_pdf
from storyline.ingest.records import read_records
from storyline.ingest.warc import read_warc
from storyline.models import Candidate, Document, Skipped

PARAGRAPHS = [
    "The tidal barrier protecting Marrowby harbour gave way early on Thursday, flooding the "
    "lower market street and forcing forty households to leave, the town council said.",
    "Harbour master Oskar Lindqvale said the barrier\u2019s hydraulic arm had been reported "
    "faulty in January. \u201cWe asked for the repair three times,\u201d he said. "
    "\u201cNobody came.\u201d",
    "The council has promised an inquiry and said temporary pumps would arrive from Dunmere "
    "by Saturday. Residents were told to stay with relatives until the water recedes.",
]
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
HEAD = """
<meta charset="utf-8">
<title>Barrier fails at Marrowby | The Tessel Gazette</title>
<meta property="og:title" content="Barrier fails at Marrowby">
<meta property="og:site_name" content="The Tessel Gazette">
<meta property="og:url" content="https://gazette.example/news/marrowby-barrier">
<meta name="author" content="Ines Calloway">
<meta property="article:published_time" content="2023-03-14T08:30:00+01:00">
<meta property="article:modified_time" content="2023-03-15T10:00:00+01:00">
<link rel="canonical" href="https://gazette.example/news/marrowby-barrier">
"""
CHROME_TOP = """
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News desk</a></li>
<li><a href="/sport">Sport pages</a></li></ul></nav>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
<button>Accept all cookies</button></div>
"""
CHROME_BOTTOM = """
<aside class="related"><h2>Related articles</h2><ul>
<li><a href="/news/2021/05/01/barrier-opens">Barrier opened with fanfare</a>
<span class="date">1 May 2021</span></li>
<li><a href="/news/storm">Storm season begins early</a>
<time datetime="2022-11-02">2 Nov 2022</time></li></ul></aside>
<section class="most-read"><h2>Most read</h2><ol>
<li><a href="/a">Mayor resigns over bakery scandal</a></li>
<li><a href="/b">Ferry timetable changes</a></li></ol></section>
<footer><p>\u00a9 2023 The Tessel Gazette. All rights reserved.</p><a href="/p">Privacy</a></footer>
"""


def page(head: str = HEAD, article: str = BODY, header: str = "", lang: str = "en-GB") -> str:
    """A news page: site chrome around one article."""
    return (f'<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body>{CHROME_TOP}<main>'
            f'<article><header><h1>Barrier fails at Marrowby</h1>{header}</header>'
            f'<div class="share-bar"><a href="#">Share on Facebook</a> '
            f'<a href="#">Share on Twitter</a> <a href="#">Email this</a></div>'
            f'{article}</article>{CHROME_BOTTOM}</main></body></html>')


def html_doc(html: str, encoding: str = "utf-8") -> Document:
    return read_html(html.encode(encoding), "news/marrowby.html", "news/marrowby.html")


def fields(doc: Document, name: str, source: str = "html-meta") -> list[tuple[str, str]]:
    """(value, detail) of a document's candidates for one field from one source (the page's
    declared metadata unless said)."""
    return [(c.value, c.detail) for c in doc.candidates if c.field == name and c.source == source]


# --- decoding -----------------------------------------------------------------------------

def test_utf8_fast_path() -> None:
    assert decode("Caf\u00e9 \u201cLa Marée\u201d reopens".encode(), "a.txt") == (
        "Caf\u00e9 \u201cLa Marée\u201d reopens", "utf-8")


def test_cp1252_curly_quotes_decode() -> None:
    text = "The mayor\u2019s reply was short: \u201cNo comment\u201d \u2014 and the caf\u00e8 shut."
    assert decode(text.encode("cp1252"), "a.txt") == (text, "cp1252")


def test_cp1251_russian_decodes() -> None:
    text = "Мэр Остревика заявил, что мост будет отремонтирован к июню, сообщает газета."
    assert decode(text.encode("cp1251"), "a.txt") == (text, "cp1251")


@pytest.mark.parametrize("encoding, name", [("utf-16", "utf-16-le"), ("utf-16-be", "utf-16-be")])
def test_utf16_with_bom_decodes(encoding: str, name: str) -> None:
    text = "Ferry \u201cNorthwind\u201d docks at Pellston."
    data = text.encode(encoding) if encoding == "utf-16" else b"\xfe\xff" + text.encode(encoding)
    assert decode(data, "a.txt") == (text, name)


def test_utf16_without_bom_decodes() -> None:
    text = "Ferry Northwind docks at Pellston after a two-day delay."
    assert decode(text.encode("utf-16-le"), "a.txt") == (text, "utf-16-le")


def test_utf8_bom_is_stripped() -> None:
    assert decode(b"\xef\xbb\xbfHeadline", "a.txt") == ("Headline", "utf-8-sig")


def test_text_is_not_changed_beyond_decoding() -> None:
    text = "Line one\r\nLine two\rLine three\nCafe\u0301 (decomposed)\u2028end"
    assert decode(text.encode(), "a.txt")[0] == text


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"), (b"\xef\xbb\xbf", "empty file"), (b" \n\t\r\n ", "only white space"),
])
def test_empty_input_is_reported(data: bytes, reason: str) -> None:
    with pytest.raises(EmptyInput) as err:
        decode(data, "notes/blank.txt")
    assert (err.value.path, err.value.reason) == ("notes/blank.txt", reason)


@pytest.mark.parametrize("data", [
    b"Headline\x00\x00\x01\x02 body text" * 3,                  # NUL bytes, not UTF-16
    random.Random(7).randbytes(4000),                            # random bytes
    bytes(b or 1 for b in random.Random(7).randbytes(4000)),      # random bytes without NUL
    b"".join(bytes([c]) + b"ab" for c in range(1, 9)) * 20,      # a third control characters
], ids=["nul-bytes", "random", "random-no-nul", "control-chars"])
def test_binary_junk_is_reported(data: bytes) -> None:
    with pytest.raises(BinaryInput) as err:
        decode(data, "img.txt")
    assert err.value.reason == "binary data, not text (NUL bytes / not decodable)"


def test_declared_charset_used_when_not_utf8() -> None:
    text = "Město řeklo, že most bude opraven."
    assert decode(text.encode("cp1250"), "a.html", hint="windows-1250") == (text, "cp1250")


def test_declared_charset_ignored_for_valid_utf8() -> None:
    assert decode("Město".encode(), "a.html", hint="iso-8859-1") == ("Město", "utf-8")


# --- HTML ---------------------------------------------------------------------------------

def test_html_main_text_paragraphs_separated_by_blank_lines() -> None:
    doc = html_doc(page())
    assert doc.text == "\n\n".join(["Barrier fails at Marrowby", *PARAGRAPHS])


def test_html_drops_navigation_and_related_links() -> None:
    text = html_doc(page()).text
    for chrome in ["Home", "News desk", "cookies", "Share on", "Email this", "Related articles",
                   "Barrier opened with fanfare", "Most read", "Mayor resigns", "Privacy",
                   "All rights reserved"]:
        assert chrome not in text


def test_html_document_fields() -> None:
    html = page()
    doc = html_doc(html)
    assert (doc.path, doc.file, doc.format, doc.position) == (
        "news/marrowby.html", "news/marrowby.html", "html", None)
    assert doc.markup == html
    assert doc.raw == html.encode()


def test_html_metadata_candidates() -> None:
    doc = html_doc(page())
    assert {c.source for c in doc.candidates} == {"html-meta", "html-visible", "htmldate", "copyright"}  # the footer
    assert fields(doc, "title", "html-visible") == [("Barrier fails at Marrowby", "<h1>")]
    assert fields(doc, "title") == [("Barrier fails at Marrowby", "og:title"),
                                    ("Barrier fails at Marrowby | The Tessel Gazette", "<title>")]
    assert fields(doc, "outlet") == [("The Tessel Gazette", "og:site_name")]
    assert fields(doc, "byline") == [("Ines Calloway", "meta[name=author]")]
    assert fields(doc, "url") == [("https://gazette.example/news/marrowby-barrier", "og:url"),
                                  ("https://gazette.example/news/marrowby-barrier",
                                   "link[rel=canonical]")]
    assert fields(doc, "language") == [("en-GB", "html[lang]")]


def test_html_published_and_modified_kept_apart() -> None:
    doc = html_doc(page())
    assert fields(doc, "published") == [("2023-03-14", "article:published_time")]
    assert fields(doc, "modified") == [("2023-03-15", "article:modified_time")]


def test_html_date_from_meta_not_from_related_link() -> None:
    head = '<meta charset="utf-8"><title>Barrier fails</title>'
    article = BODY + "<p>Engineers will inspect the structure on 22 March 2023, the board said.</p>"
    doc = html_doc(page(head=head, article=article))
    assert fields(doc, "published") == []
    assert fields(doc, "modified") == []


def test_html_date_from_time_in_article_header() -> None:
    head = '<meta charset="utf-8"><title>Barrier fails</title>'
    header = ('<p>By Ines Calloway</p><time datetime="2023-03-14T08:30">14 March</time> '
              '<time class="updated" datetime="2023-03-16">Updated 16 March</time>')
    doc = html_doc(page(head=head, header=header))
    assert fields(doc, "published") == [("2023-03-14", "<time datetime>")]
    assert fields(doc, "modified") == [("2023-03-16", "<time datetime>")]


def test_html_json_ld_article_not_related_list() -> None:
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": "Barrier fails at Marrowby",
         "datePublished": "2023-03-14T07:00:00Z", "dateModified": "2023-03-14T18:00:00Z",
         "author": [{"@type": "Person", "name": "Ines Calloway"},
                    {"@type": "Person", "name": "Teo Varga"}],
         "publisher": {"@type": "Organization", "@id": "https://gazette.example/#org",
                       "name": "The Tessel Gazette"}},
        {"@type": "ItemList", "itemListElement": [
            {"@type": "NewsArticle", "headline": "Old news", "datePublished": "2021-05-01"}]},
    ]}
    head = f'<meta charset="utf-8"><script type="application/ld+json">{json.dumps(ld)}</script>'
    doc = html_doc(page(head=head))
    assert fields(doc, "published") == [("2023-03-14", "JSON-LD datePublished (a UTC time stamp)")]
    assert fields(doc, "modified") == [("2023-03-14", "JSON-LD dateModified (a UTC time stamp)")]
    assert fields(doc, "byline")[0] == ("Ines Calloway, Teo Varga", "JSON-LD author")
    assert fields(doc, "outlet")[0] == ("The Tessel Gazette", "JSON-LD publisher")


def test_html_microdata_dates_of_teasers_ignored() -> None:
    head = '<meta charset="utf-8"><title>Barrier fails</title>'
    article = (f'<div itemscope itemtype="https://schema.org/NewsArticle">'
               f'<meta itemprop="datePublished" content="2023-03-14">{BODY}</div>')
    html = page(head=head, article=article).replace(
        "<li><a href=\"/a\">",
        '<li itemscope itemtype="https://schema.org/NewsArticle">'
        '<meta itemprop="datePublished" content="2019-01-01"><a href="/a">')
    doc = html_doc(html)
    assert fields(doc, "published") == [("2023-03-14", "meta[itemprop=datepublished]")]


def test_html_meta_charset_respected() -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'
    article = ("<p>Město Ostrava řeklo, že most přes řeku bude opraven do června. Starosta "
               "Petr Holub to oznámil v pondělí.</p><p>Oprava bude stát dvacet milionů korun, "
               "řekl mluvčí radnice. Řidiči mají jezdit objížďkou přes Hrabůvku.</p>")
    doc = html_doc(page(head=head, article=article, lang="cs"), encoding="cp1250")
    assert "Město Ostrava řeklo, že most přes řeku" in doc.text
    assert "objížďkou přes Hrabůvku" in doc.text


def test_html_cp1252_page_without_declaration() -> None:
    doc = html_doc(page(head="<title>Barrier fails</title>"), encoding="cp1252")
    assert PARAGRAPHS[1] in doc.text


def test_html_broken_markup_still_gives_text() -> None:
    html = ("<html><body><div><p>The mayor of Ostrevik said on Monday that the bridge budget "
            "would be cut by half<p>because the regional grant <b>never arrived <div>and the "
            "council reserves are empty, she told reporters <<< &&& </i></table>")
    doc = html_doc(html)
    assert doc.text.startswith("The mayor of Ostrevik said on Monday that the bridge budget")
    assert "the council reserves are empty, she told reporters" in doc.text


@pytest.mark.parametrize("html", [
    "<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
    "<html><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav><ul><li><a href='/a'>Mayor"
    " resigns over bakery scandal</a></li><li><a href='/b'>Ferry timetable changes</a></li></ul>"
    "<footer>The Tessel Gazette</footer></body></html>",
    "<<<>>>",
], ids=["menu-only", "index-page", "garbage"])
def test_html_without_text_is_reported(html: str) -> None:
    with pytest.raises(BrokenInput) as err:
        html_doc(html)
    assert err.value.reason == "no article text found in the HTML"


@pytest.mark.parametrize("value, expected", [
    ("2023-03-14T23:30:00-05:00", "2023-03-14"), ("2023-3-4", "2023-03-04"),
    ("20230314", "2023-03-14"), ("Tue, 14 Mar 2023 08:00:00 GMT", "2023-03-14"),
    ("2023-02-30", None), ("last Tuesday", None),
])
def test_meta_dates_read_as_calendar_dates(value: str, expected: str | None) -> None:
    assert iso_date(value) == expected


# --- PDF ----------------------------------------------------------------------------------

def make_pdf(pages: list[list[str]], title: str = "", author: str = "") -> bytes:
    """A PDF with one line of text per list item, one list per page."""
    pdf = FPDF()
    pdf.set_creation_date(datetime(2023, 3, 16, 9, 0, tzinfo=UTC))
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    for lines in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        for line in lines:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


PDF_PAGES = [["Inquiry into the Marrowby barrier opens", "The harbour master gave evidence",
              "for three hours on Monday."],
             ["The council denies the claims.", "Page 2"]]


def test_pdf_text_layer_read() -> None:
    doc = read_pdf(make_pdf(PDF_PAGES), "pdf/inquiry.pdf", "pdf/inquiry.pdf")
    assert doc.text == PAGE_SEPARATOR.join("\n".join(lines) for lines in PDF_PAGES)
    assert (doc.path, doc.file, doc.format) == ("pdf/inquiry.pdf", "pdf/inquiry.pdf", "pdf")
    assert PAGE_SEPARATOR == "\n\f\n"


def test_pdf_metadata_candidates() -> None:
    data = make_pdf(PDF_PAGES, title="Marrowby inquiry, day one", author="Mara Quell")
    doc = read_pdf(data, "inquiry.pdf", "inquiry.pdf")
    assert doc.candidates == [
        Candidate("title", "Marrowby inquiry, day one", "pdf-meta", "Title"),
        Candidate("byline", "Mara Quell", "pdf-meta", "Author"),
        Candidate("created", "2023-03-16", "pdf-meta", "CreationDate"),
    ]


@pytest.mark.parametrize("cut", [0.5, 0.9])
def test_truncated_pdf_is_reported(cut: float) -> None:
    data = make_pdf(PDF_PAGES)
    with pytest.raises(BrokenInput) as err:
        read_pdf(data[: int(len(data) * cut)], "cut.pdf", "cut.pdf")
    assert err.value.reason.startswith("not a readable PDF: ")


def test_not_a_pdf_is_reported() -> None:
    with pytest.raises(BrokenInput) as err:
        read_pdf(b"<html>this is not a PDF</html>", "fake.pdf", "fake.pdf")
    assert err.value.reason.startswith("not a readable PDF: ")


def test_scanned_pdf_without_text_layer_is_reported() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 120, 80, style="F")  # a picture of a page, no text
    with pytest.raises(BrokenInput) as err:
        read_pdf(bytes(pdf.output()), "scan.pdf", "scan.pdf")
    assert err.value.reason == "the PDF has no text layer (scanned image?); OCR is not done"


def test_empty_pdf_file_is_reported() -> None:
    with pytest.raises(EmptyInput):
        read_pdf(b"", "empty.pdf", "empty.pdf")


# --- record lists -------------------------------------------------------------------------

LIMIT = 10_000


def records(data: bytes, fmt: str, limit: int = LIMIT) -> list[Document | Skipped]:
    return list(read_records(data, f"lists/feed.{fmt}", f"lists/feed.{fmt}", fmt, limit))


def test_jsonl_records_read() -> None:
    line = json.dumps({"Title": "Pumps arrive in Marrowby", "body": "Four pumps arrived.",
                       "URL": "https://gazette.example/pumps", "published_at": "2023-03-18",
                       "authors": ["Ines Calloway", "Teo Varga"], "source": {"name": "Gazette"},
                       "lang": "en", "updated": "2023-03-19"})
    [doc] = records(line.encode() + b"\n", "jsonl")
    assert isinstance(doc, Document)
    assert (doc.path, doc.file, doc.position, doc.format) == (
        "lists/feed.jsonl#1", "lists/feed.jsonl", 1, "jsonl")
    assert (doc.text, doc.raw) == ("Four pumps arrived.", line.encode())
    assert [(c.field, c.value, c.source, c.detail) for c in doc.candidates] == [
        ("title", "Pumps arrive in Marrowby", "record", "Title"),
        ("url", "https://gazette.example/pumps", "record", "URL"),
        ("published", "2023-03-18", "record", "published_at"),
        ("modified", "2023-03-19", "record", "updated"),
        ("outlet", "Gazette", "record", "source"),
        ("byline", "Ines Calloway, Teo Varga", "record", "authors"),
        ("language", "en", "record", "lang"),
    ]


def test_jsonl_bad_line_skipped_others_read() -> None:
    data = (b'{"text": "First article about the ferry."}\n'
            b'{"text": "Broken" "title": "x"}\n'
            b'{"text": "Third article about the pumps."}\n')
    items = records(data, "jsonl")
    assert [type(i).__name__ for i in items] == ["Document", "Skipped", "Document"]
    assert items[1] == Skipped("lists/feed.jsonl#2", "line 2 is not valid JSON: "
                                                     "Expecting ',' delimiter at column 19")
    assert [i.text for i in items if isinstance(i, Document)] == [
        "First article about the ferry.", "Third article about the pumps."]


def test_jsonl_blank_lines_not_counted() -> None:
    data = b'\n{"text": "One."}\r\n\n   \n{"text": "Two."}'
    items = records(data, "jsonl")
    assert [(i.path, i.position, i.text) for i in items if isinstance(i, Document)] == [
        ("lists/feed.jsonl#1", 1, "One."), ("lists/feed.jsonl#2", 2, "Two.")]
    assert items[0].raw == b'{"text": "One."}'


@pytest.mark.parametrize("line, reason", [
    ('{"title": "No body here"}',
     "line 1: no text field (looked for text, body, content, article, maintext, full_text)"),
    ('{"text": "   "}', "line 1: empty text (field 'text')"),
    ('{"text": 42}', "line 1: field 'text' is a number, not text"),
    ('["text", "in a list"]', "line 1 holds an array, not an object"),
])
def test_jsonl_record_without_text_skipped(line: str, reason: str) -> None:
    assert records(line.encode(), "jsonl") == [Skipped("lists/feed.jsonl#1", reason)]


def test_record_over_size_limit_skipped() -> None:
    data = b'{"text": "short"}\n' + json.dumps({"text": "x" * 200}).encode()
    items = records(data, "jsonl", limit=100)
    assert isinstance(items[0], Document)
    assert items[1] == Skipped("lists/feed.jsonl#2", "line 2 is 212 bytes, over the limit of "
                                                     "100 bytes for one record (max_record_bytes)")


@pytest.mark.parametrize("name", ["text", "Body", "CONTENT", "article", "maintext", "full_text"])
def test_text_field_aliases(name: str) -> None:
    [doc] = records(json.dumps({name: "The ferry is back."}).encode(), "jsonl")
    assert doc.text == "The ferry is back."


def test_first_text_field_with_text_wins() -> None:
    [doc] = records(b'{"content": "", "body": ["Para one.", "Para two."]}', "jsonl")
    assert doc.text == "Para one.\n\nPara two."


@pytest.mark.parametrize("wrap", ["top-level", "articles", "Items", "data"])
def test_json_array_and_wrapped_list(wrap: str) -> None:
    items = [{"headline": "Ferry back", "text": "The ferry is back."}, "not an article",
             {"headline": "Pumps", "content": "Pumps arrived."}]
    data = json.dumps(items if wrap == "top-level" else {"meta": {"n": 3}, wrap: items})
    got = records(data.encode(), "json")
    assert [(i.path, i.text) for i in got if isinstance(i, Document)] == [
        ("lists/feed.json#1", "The ferry is back."), ("lists/feed.json#3", "Pumps arrived.")]
    assert got[1] == Skipped("lists/feed.json#2", "element 2 holds a string, not an object")
    assert got[0].raw == json.dumps(items[0], ensure_ascii=False).encode()
    assert got[0].candidates == [Candidate("title", "Ferry back", "record", "headline")]


def test_json_single_article_object() -> None:
    [doc] = records(b'{"title": "Ferry back", "text": "The ferry is back."}', "json")
    assert (doc.path, doc.text) == ("lists/feed.json#1", "The ferry is back.")


def test_json_syntax_error_raises_broken_input() -> None:
    with pytest.raises(BrokenInput) as err:
        read_records(b'[{"text": "a"},\n {"text": }]', "f.json", "f.json", "json", LIMIT)
    assert err.value.reason == "not valid JSON: Expecting value at line 2 column 11"


def test_json_without_article_list_raises_broken_input() -> None:
    with pytest.raises(BrokenInput):
        read_records(b'{"count": 3, "next": null}', "f.json", "f.json", "json", LIMIT)


def test_csv_semicolon_multiline() -> None:
    data = ('title;text;date\r\n'
            '"Ferry back";"The ferry is back.\r\n\r\nIt docked at noon; crowds cheered.";'
            '2023-03-20\r\n'
            'Pumps;"Pumps arrived ""on time"", said the mayor.";2023-03-18\r\n').encode("cp1252")
    got = records(data, "csv")
    assert [(d.path, d.position, d.text) for d in got] == [
        ("lists/feed.csv#1", 1, "The ferry is back.\r\n\r\nIt docked at noon; crowds cheered."),
        ("lists/feed.csv#2", 2, 'Pumps arrived "on time", said the mayor.'),
    ]
    assert got[0].candidates == [Candidate("title", "Ferry back", "record", "title"),
                                 Candidate("published", "2023-03-20", "record", "date")]
    assert json.loads(got[1].raw) == {"title": "Pumps", "text": 'Pumps arrived "on time", said '
                                                                'the mayor.', "date": "2023-03-18"}


def test_csv_tab_delimited_with_commas_in_text() -> None:
    data = b"Headline\tBody\nFerry back\tThe ferry, late again, is back.\n"
    [doc] = records(data, "csv")
    assert (doc.text, doc.candidates[0].value) == ("The ferry, late again, is back.", "Ferry back")


def test_csv_bad_rows_skipped_others_read() -> None:
    data = (b"title,text\nOne,First text.\n,,\nTwo,Second, with a stray comma\nThree,\n"
            b"Four,Fourth.\n")
    got = records(data, "csv")
    assert got == [
        got[0],
        Skipped("lists/feed.csv#2", "row 2 (line 4) has 3 fields but the header has 2 "
                                    "(an unquoted delimiter in the text?)"),
        Skipped("lists/feed.csv#3", "row 3 (line 5): empty text (field 'text')"),
        got[3],
    ]
    assert (got[0].text, got[3].text, got[3].path) == ("First text.", "Fourth.",
                                                       "lists/feed.csv#4")


def test_csv_long_field_read() -> None:
    body = "word " * 40_000  # 200 kB: over csv's default field limit of 128 kB
    [doc] = records(f'text\n"{body}"\n'.encode(), "csv", limit=1_000_000)
    assert doc.text == body


def test_csv_without_text_column_raises_broken_input() -> None:
    with pytest.raises(BrokenInput) as err:
        read_records(b"name,score\nA,1\n", "f.csv", "f.csv", "csv", LIMIT)
    assert err.value.reason == ("no text column (looked for text, body, content, article, "
                                "maintext, full_text; the header has name, score)")


def test_empty_record_file_is_reported() -> None:
    with pytest.raises(EmptyInput):
        read_records(b"\n\n", "f.jsonl", "f.jsonl", "jsonl", LIMIT)


def test_unknown_record_format_rejected() -> None:
    with pytest.raises(ValueError, match="unknown record format 'xml'"):
        read_records(b"<a/>", "f.xml", "f.xml", "xml", LIMIT)


# --- WARC ---------------------------------------------------------------------------------

def warc_bytes(responses: list[tuple[str, str, bytes]], gzip: bool = True) -> bytes:
    """A WARC with a warcinfo record, then for each (status, content type, body) a request
    and a response record for https://gazette.example/<i>."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test"}))
    for i, (status, content_type, body) in enumerate(responses, start=1):
        uri = f"https://gazette.example/{i}"
        writer.write_record(writer.create_warc_record(
            uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=headers,
            warc_headers_dict={"WARC-Date": f"2023-03-2{i}T09:00:00Z"}))
    return out.getvalue()


FERRY = page(head="<title>Ferry back</title>",
             article="<p>The Northwind ferry returned to Pellston on Monday after two weeks "
                     "in dry dock, the operator said. Passengers cheered as it docked.</p>")
CRAWL = [("200 OK", "text/html; charset=utf-8", page().encode()),
         ("200 OK", "image/png", b"\x89PNG\r\n\x1a\n...."),
         ("404 Not Found", "text/html", b"<html><body><p>Page not found</p></body></html>"),
         ("301 Moved Permanently", "text/html", b""),
         ("200 OK", "text/html", FERRY.encode())]


def warc_items(data: bytes, limit: int = 1_000_000) -> list[Document | Skipped]:
    return list(read_warc(io.BytesIO(data), "crawl.warc.gz", "crawl.warc.gz", limit))


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_one_article_per_html_response(gzip: bool) -> None:
    items = warc_items(warc_bytes(CRAWL, gzip=gzip))
    assert [i.path for i in items] == ["crawl.warc.gz#1", "crawl.warc.gz#2", "crawl.warc.gz#3", "crawl.warc.gz#5"]
    first, image, missing, ferry = items
    assert image == Skipped("crawl.warc.gz#2", "not an HTML page (image/png); only HTML responses are read")
    assert isinstance(first, Document) and isinstance(ferry, Document)
    assert missing == Skipped("crawl.warc.gz#3", "HTTP status 404, not a captured article")
    assert first.text == "\n\n".join(["Barrier fails at Marrowby", *PARAGRAPHS])
    assert (ferry.format, ferry.position, ferry.captured) == ("warc", 5, "2023-03-25T09:00:00Z")
    assert ferry.candidates[-1] == Candidate("url", "https://gazette.example/5", "warc",
                                             "WARC-Target-URI")
    assert ferry.raw == FERRY.encode()


def test_warc_records_that_are_not_pages_are_listed_in_the_export(tmp_path: Path) -> None:
    import storyline

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "crawl.warc.gz").write_bytes(warc_bytes(CRAWL))
    report = storyline.build(tmp_path / "in", tmp_path / "store.db")
    with storyline.Dossier(tmp_path / "store.db") as d:
        exported = {s["path"]: s["reason"] for s in d.to_dict()["skipped"]}
    assert exported == {s.path: s.reason for s in report.skipped}
    assert "image/png" in exported["crawl.warc.gz#2"] and "not an HTML page" in exported["crawl.warc.gz#2"]


def test_warc_charset_from_http_header() -> None:
    text = "The caf\u00e8 on Quay Street reopened on Friday, its owner said, after the flood."
    body = f"<html><body><article><p>{text}</p></article></body></html>".encode("cp1252")
    [doc] = warc_items(warc_bytes([("200 OK", "text/html; charset=windows-1252", body)]))
    assert doc.text == text


def response_offsets(data: bytes) -> list[int]:
    """Where each response record starts in a WARC file."""
    archive = ArchiveIterator(io.BytesIO(data))
    return [archive.get_record_offset() for r in archive if r.rec_type == "response"]


def test_warc_truncated_gzip_yields_readable_then_skipped() -> None:
    data = warc_bytes(CRAWL)
    items = warc_items(data[: response_offsets(data)[4] + 60])  # inside the 5th one's headers
    assert [i.path for i in items] == ["crawl.warc.gz#1", "crawl.warc.gz#2", "crawl.warc.gz#3", "crawl.warc.gz#5"]
    assert items[3] == Skipped("crawl.warc.gz#5", "the rest of the WARC file cannot be read "
                                                  "after response record 4: the file ends inside "
                                                  "a record")


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_cut_inside_a_page_body_is_reported(gzip: bool) -> None:
    data = warc_bytes(CRAWL, gzip=gzip)
    items = warc_items(data[:-120])  # inside the last response's body
    assert [i.path for i in items] == ["crawl.warc.gz#1", "crawl.warc.gz#2", "crawl.warc.gz#3", "crawl.warc.gz#5"]
    assert items[3] == Skipped("crawl.warc.gz#5", "the rest of the WARC file cannot be read "
                                                  "after response record 4: the file is cut off "
                                                  "inside this record")


def test_warc_page_over_size_limit_skipped() -> None:
    [item] = warc_items(warc_bytes([CRAWL[0]]), limit=1000)
    assert item == Skipped("crawl.warc.gz#1", "the page is over the limit of 1,000 bytes for "
                                              "one record (max_record_bytes)")


def test_warc_page_without_text_skipped() -> None:
    [item] = warc_items(warc_bytes([("200 OK", "text/html", b"<html><body></body></html>")]))
    assert item == Skipped("crawl.warc.gz#1", "no article text found in the HTML")


@pytest.mark.parametrize("data", [b"this is not a web archive\n\n", b"\x1f\x8b\x08junk" * 5])
def test_not_a_warc_is_reported(data: bytes) -> None:
    with pytest.raises(BrokenInput) as err:
        read_warc(io.BytesIO(data), "x.warc", "x.warc", LIMIT)
    assert err.value.reason.startswith("not a WARC file")


def test_warc_from_file_on_disk(tmp_path: Path) -> None:
    target = tmp_path / "crawl.warc.gz"
    target.write_bytes(warc_bytes(CRAWL[:1]))
    with target.open("rb") as stream:
        [doc] = list(read_warc(stream, "crawl.warc.gz", "crawl.warc.gz", LIMIT * 100))
    assert isinstance(doc, Document) and doc.path == "crawl.warc.gz#1"


def test_empty_warc_is_reported() -> None:
    with pytest.raises(EmptyInput):
        read_warc(io.BytesIO(b""), "x.warc", "x.warc", LIMIT)


def test_html_date_from_the_time_in_the_article_byline_not_from_a_related_list() -> None:
    page = ("<html><head><title>Ferries withdrawn | Island Gazette</title>"
            "<meta property='og:site_name' content='Island Gazette'></head><body><article><h1>Ferries withdrawn</h1>"
            "<p class='meta'>By Lena Marr &middot; <time datetime='2026-05-04T07:00:00Z'>May 4, 2026</time></p>"
            + "<p>The ferry operator said on Monday that the two older vessels would be withdrawn before summer.</p>" * 4
            + "</article><aside><ul><li><a href='/x'>Old story</a> <time datetime='2026-03-01'>March 1</time></li></ul>"
            "</aside></body></html>")
    doc = read_html(page.encode(), "a.html", "a.html")
    from storyline.metadata import describe
    from storyline.normalize import clean
    meta = describe(doc, clean(doc))
    assert (meta.published, meta.title, meta.outlet) == ("2026-05-04", "Ferries withdrawn", "Island Gazette")
