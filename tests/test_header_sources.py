"""Outlets and days a header gives where no masthead stands: a clipping's citation at its foot, a
newsroom's byline, a publisher's imprint, a wire's own feed header, an aggregator's copy, a
broadcaster, a site's short weekday, a mail in another language or saved as a file.

Shapes a blind corpus showed (/work/blind/h10, not copied); each case is written here afresh, on
the project's own invented outlets.
"""
from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

import pytest

from storyline.errors import BrokenInput
from storyline.header.dates import dateline, partial_dateline
from storyline.header.names import header_name
from storyline.ingest.html import read_html
from storyline.ingest.mail import read_mail
from storyline.metadata import describe
from storyline.metadata.bylines import byline_outlet
from storyline.normalize import clean
from test_header_blind import meta_of  # a text read as a build reads it
from test_header_captures import LEAD


def test_a_clippings_citation_at_its_foot_names_and_dates_the_paper() -> None:
    assert header_name("Quelle: Tesseler Rundschau, 12.05.2023, Lokales, S. 9 (Autorin: Ana Ruiz)") == \
        "Tesseler Rundschau"
    text = ("PRESSESPIEGEL – Hafenverwaltung Tessel\nInterne Zusammenstellung\n\n"
            "Hafen bekommt neuen Wellenbrecher\n\n" + LEAD + "\n"
            "Quelle: Tesseler Rundschau, 12.05.2023, Lokales, S. 9 (Autorin: Ana Ruiz)\n")
    meta = meta_of(text)
    assert (meta.outlet, meta.published) == ("Tesseler Rundschau", "2023-05-12")


def test_a_press_reviews_own_header_and_note_above_a_rule_are_not_the_article() -> None:
    text = ("PRESS REVIEW – Tessel Harbour Trust\nFor internal use only. Compiled on 15.05.2023 by the communications "
            "office.\nNo. 87/2023 – page 3 of 9\n\n" + "-" * 40 + "\n\nHarbour board approves the breakwater\n\n" + LEAD)
    assert meta_of(text).title == "Harbour board approves the breakwater"


def test_a_byline_crediting_a_newsroom_names_the_paper() -> None:
    assert byline_outlet("Door redactie Omroep Tessel") == "Omroep Tessel"
    assert byline_outlet("Von der Redaktion Tesseler Kurier") == "Tesseler Kurier"
    assert byline_outlet("Par la rédaction du Courrier de Tessel") == "Courrier de Tessel"
    assert byline_outlet("By Ana Ruiz") is None


def test_a_broadcaster_is_named_like_a_paper() -> None:
    meta = meta_of("Nieuws | Regio\n\nHaven krijgt nieuwe golfbreker\n\nvr 12 jan · 07:58 · Aangepast 09:41\n"
                   "Door redactie Omroep Tessel\n\n" + LEAD)
    assert meta.outlet == "Omroep Tessel"


def test_a_sites_short_weekday_opens_a_date_line_without_its_year() -> None:
    found = partial_dateline("vr 12 jan · 07:58 · Aangepast 09:41")
    assert found is not None and (found[1].month, found[1].day, found[1].weekday) == (1, 12, 4)
    assert partial_dateline("Fr., 12. Jan.") is not None
    assert dateline("Publicado el 21/06/2023 a las 19:40 h. Actualizado el 22/06/2023 a las 08:15 h.") == \
        ("published", dt.date(2023, 6, 21))


def test_a_publishers_imprint_at_the_foot_names_the_paper_without_its_company_form() -> None:
    meta = meta_of("Nyheter · Tessel\n\nHamnen får en ny vågbrytare\n\nPublicerad 2023-11-28 06.00\n\n" + LEAD
                   + "\nTessels Tidning AB · Ansvarig utgivare: Karin Öberg · Storgatan 12, Tessel\n")
    assert meta.outlet == "Tessels Tidning"
    holding = meta_of("Harbour board approves the breakwater\n\n" + LEAD
                      + "\nHarbour Holdings Ltd · Registered office: 1 Quay Street\n")
    assert holding.outlet != "Harbour Holdings"  # a company that holds no paper's word names no paper


def test_a_wire_feeds_header_of_its_agencys_initials_is_the_agency() -> None:
    text = ("TPA-WIRE   22/01/2024 07:45 GMT   URGENT   Business\n\nHarbour board approves the breakwater\n\n"
            "TESSEL (Tessel Press Agency) - " + LEAD)
    assert meta_of(text).outlet == "Tessel Press Agency"


def test_a_writers_name_above_the_date_line_does_not_hide_the_paper_beside_the_date() -> None:
    text = ("# Harbour board approves the breakwater\n\n**Ana Ruiz**\nThe Tessel Letter · 6 min read · Oct 2, 2023\n\n"
            + LEAD)
    meta = meta_of(text, "letter.md", "markdown")
    assert (meta.outlet, meta.published) == ("The Tessel Letter", "2023-10-02")


def test_an_aggregators_copy_is_the_outlet_its_canonical_link_names() -> None:
    html = ('<html lang="en"><head><title>Harbour board approves the breakwater | NewsHeap</title>'
            '<meta property="og:site_name" content="NewsHeap">'
            '<meta property="og:url" content="https://newsheap.example/story/1">'
            '<link rel="canonical" href="https://tesselsentinel.example/news/2023/07/19/breakwater"></head><body>'
            '<header><a href="/">NewsHeap</a></header><article><h1>Harbour board approves the breakwater</h1>'
            '<p>via <a href="https://tesselsentinel.example">The Tessel Sentinel</a> · 19 Jul 2023</p>'
            + "".join(f"<p>{p}</p>" for p in LEAD.split("\n\n")) + "</article></body></html>")
    doc = read_html(html.encode(), "page.html", "page.html")
    meta = describe(doc, clean(doc))
    assert meta.outlet == "The Tessel Sentinel"
    assert meta.url == "https://tesselsentinel.example/news/2023/07/19/breakwater"
    own = html.replace("https://tesselsentinel.example/news", "https://newsheap.example/news")
    doc = read_html(own.encode(), "page.html", "page.html")
    assert describe(doc, clean(doc)).outlet == "NewsHeap"  # its own article: no other site's


def test_a_mails_header_fields_in_another_language_are_not_the_headline() -> None:
    text = ("Da: Il Corriere di Tessel <newsletter@corrieretessel.example>\nA: ana@posta.example\n"
            "Data: mar 11 feb 2025, 06:02\nOggetto: Buongiorno Tessel: il frangiflutti e le altre notizie\n\n"
            "IL CORRIERE DI TESSEL\n\nIl porto avrà il suo frangiflutti\n\ndi Ana Ruiz | 10 febbraio 2025\n\n" + LEAD)
    meta = meta_of(text)
    assert (meta.title, meta.published) == ("Il porto avrà il suo frangiflutti", "2025-02-10")
    interview = meta_of("Harbour board approves the breakwater\n\nQ: Why now?\n\nA: The storms. " + LEAD)
    assert interview.title == "Harbour board approves the breakwater"  # "A:" alone is an answer, not a mail field


def mail(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str | None = None) -> bytes:
    m = EmailMessage()
    m["From"] = "Tessel Gazette Alerts <alerts@tesselgazette.example>"
    m["To"] = "ana@posta.example"
    m["Date"] = "Tue, 12 Sep 2023 18:02:00 +0100"
    m["Subject"] = "Breaking: Harbour board approves the breakwater"
    m.set_content(body, subtype=subtype, charset=charset, cte=cte)
    return m.as_bytes()


def test_a_saved_mail_is_read_with_its_encodings_undone() -> None:
    body = "THE TESSEL GAZETTE | Breaking news alert\n\nHarbour board approves the breakwater\n\n" + LEAD \
        + "\nZürich's port chief welcomed it.\n"
    doc = read_mail(mail(body, cte="quoted-printable"), "alert.eml", "alert.eml")
    assert doc.format == "eml" and "Zürich's port chief" in doc.text and "=C3=BC" not in doc.text
    assert doc.text.startswith("From: Tessel Gazette Alerts")
    meta = describe(doc, clean(doc))
    assert (meta.outlet, meta.title) == ("THE TESSEL GAZETTE".title(), "Harbour board approves the breakwater")
    assert "Zürich" in read_mail(mail(body, cte="base64"), "b.eml", "b.eml").text


def test_a_saved_mail_with_only_html_is_read_as_a_page() -> None:
    html = "<html><body><h1>Harbour board approves the breakwater</h1>" + "".join(
        f"<p>{p}</p>" for p in LEAD.split("\n\n")) + "</body></html>"
    doc = read_mail(mail(html, subtype="html"), "alert.eml", "alert.eml")
    assert "approved the new breakwater" in doc.text and "<p>" not in doc.text


def test_a_file_that_is_no_mail_is_reported() -> None:
    with pytest.raises(BrokenInput, match="not an e-mail"):
        read_mail(b"just some words\n\nand more", "x.eml", "x.eml")
