"""Headers of session 30's blind corpora (/work/blind/h25, h26, not copied): a monitoring service's
boxed banner, a newsletter's table of contents, a news database's source line with its place, a
French database's edition line with length and page, a site's tagline over its menu, a logo's
words with the site's slogan, the initials before a name, a German broadcaster's one "Stand:"
stamp, a Turkish "Giriş:" label, a date line's time after a slash, a footer's "First published",
a forwarded mail's sender. Each case is written here afresh, on the project's own invented outlets.
"""
from __future__ import annotations

from storyline.header.dates import dateline
from storyline.header.names import without_initials
from test_header_blind import meta_of  # a text read as a build reads it
from test_header_captures import LEAD

HEADLINE = "Harbour board approves breakwater after two stormy winters"


def test_a_monitoring_services_boxed_banner_is_no_headline() -> None:
    text = ("=========================================\n SERVICIO DE SEGUIMIENTO DE MEDIOS\n"
            " Cliente: Puerto de Tessel, S.L.\n=========================================\n\n"
            "Medio: La Gaceta de Tessel\nFecha: 23/10/2022\nPágina: 14\n\n---------------\n\n"
            f"{HEADLINE}\n\n" + LEAD)
    meta = meta_of(text)
    assert (meta.title, meta.outlet, meta.published) == (HEADLINE, "La Gaceta de Tessel", "2022-10-23")


def test_a_heading_underlined_with_equals_signs_stays_the_headline() -> None:
    text = f"{HEADLINE}\n{'=' * len(HEADLINE)}\n\nTessel Gazette, 3 October 2022\n\n" + LEAD
    assert meta_of(text, "a.md", "markdown").title == HEADLINE


def test_a_digests_contents_are_furniture_and_its_first_item_is_the_headline() -> None:
    text = ("THE QUAYSIDE BRIEF\nTuesday, September 20, 2022 | Issue No. 41\n\n"
            f"IN THIS ISSUE\n1. {HEADLINE}\n2. Ferry timetable: still late\n3. People on the move\n\n"
            f"-------------------\n1. {HEADLINE}\n-------------------\nBy Ana Ruiz\n\n" + LEAD)
    meta = meta_of(text)
    assert (meta.title, meta.published) == (HEADLINE, "2022-09-20")


def test_a_database_source_line_names_the_paper_without_its_place() -> None:
    text = (f"{HEADLINE}\nTessel Gazette (Tessel, Karvenia)\nMarch 4, 2022 Friday\nFirst Edition\n\n"
            "Copyright 2022 Tessel Media Limited All Rights Reserved\n\nSection: NEWS; Pg. 15\nLength: 521 words\n"
            "Byline: Ana Ruiz\n\nBody\n\n" + LEAD)
    meta = meta_of(text)
    assert (meta.title, meta.outlet, meta.published) == (HEADLINE, "Tessel Gazette", "2022-03-04")


def test_an_edition_line_with_the_length_and_page_dates_the_article() -> None:
    assert dateline("Est Tesselois, jeudi 9 novembre 2023 468 mots, p. 14") is not None
    text = "La Gazette de Tessel (Tessel)\nEst Tesselois, jeudi 9 novembre 2023 468 mots, p. 14\n\n" \
           "Le conseil du port approuve la digue après deux hivers de tempêtes\n\nAna Ruiz\n\n" + LEAD
    meta = meta_of(text)
    assert (meta.title, meta.published) == ("Le conseil du port approuve la digue après deux hivers de tempêtes",
                                             "2023-11-09")


def test_a_sites_tagline_over_its_menu_is_no_headline() -> None:
    text = ("Skip to main content\nIndependent news for the people of the Tessel coast\nTessel Gazette\n"
            "World\nBusiness\nMarkets\nMore\n\nHarbour\n"
            f"{HEADLINE}\nBy Ana Ruiz\nAugust 12, 2022 1:40 AM GMT+3 Updated 3 hours ago\n\n" + LEAD)
    assert meta_of(text).title == HEADLINE


def test_a_logos_words_name_the_site_without_its_slogan() -> None:
    text = ("![La Gazette de Tessel - L'actualité de la côte à la montagne](https://gazette-tessel.example/logo.png)\n\n"
            "[Accueil](https://gazette-tessel.example/) > [Port](https://gazette-tessel.example/port)\n\n"
            f"# {HEADLINE}\n\nPar **Ana Ruiz**\n\nPublié le 12/09/2023 à 18h05\n\n" + LEAD)
    assert meta_of(text, "a.md", "markdown").outlet == "La Gazette de Tessel"


def test_a_name_after_its_own_initials_is_the_name() -> None:
    assert without_initials("TRK – Tessel Rundfunk Kreuzberg") == "Tessel Rundfunk Kreuzberg"
    assert without_initials("RTM – Rundfunk Tesselmark") == "Rundfunk Tesselmark"  # the M inside a compound
    assert without_initials("TWS Tessel Wire Service") == "Tessel Wire Service"
    assert without_initials("BBC News") is None and without_initials("TV Tessel") is None


def test_a_german_pages_one_stand_stamp_dates_it_but_updated_alone_does_not() -> None:
    text = f"Tesseler Rundfunk\n\nStand: 28.02.2024 16:32 Uhr\n\n# {HEADLINE}\n\nvon Ana Ruiz\n\n" + LEAD
    assert meta_of(text, "a.md", "markdown").published == "2024-02-28"
    text = f"Tessel Gazette\n\nUpdated: 28.02.2024 16:32\n\n# {HEADLINE}\n\nBy Ana Ruiz\n\n" + LEAD
    assert meta_of(text, "a.md", "markdown").published is None


def test_labels_and_times_of_more_date_lines() -> None:
    assert dateline("Giriş: 14.11.2023 09:47 | Güncelleme: 14.11.2023 12:03") == ("published", __import__("datetime").date(2023, 11, 14))
    assert dateline("Posted: Jan 5, 2024 / 11:40 PM EST")[0] == "published"
    assert dateline("Tue 5 Nov 2024 07.00 GMT Last modified on Tue 5 Nov 2024 10.12 GMT")[0] == "published"


def test_a_footers_first_published_beats_the_amended_day_atop_the_page() -> None:
    text = (f"# {HEADLINE}\n\nAna Ruiz Harbour correspondent\n\nFri 10 Nov 2023 10.02 GMT\n\n" + LEAD +
            "\nThis article was amended on 10 November 2023 to correct the board's vote.\n\n"
            "First published on Thu 9 Nov 2023 18.40 GMT\n\n## Most viewed\n\n"
            "* [Ferry fares rise again](https://tessel-gazette.example/news/2023/nov/08/ferry-fares)\n")
    meta = meta_of(text, "a.md", "markdown")
    assert meta.published == "2023-11-09" and meta.url != "https://tessel-gazette.example/news/2023/nov/08/ferry-fares"


def test_a_byline_of_linked_names_and_a_pictures_file_name_are_no_headline() -> None:
    text = ("[News](https://tessel9.example/news/)\n\n# Fire destroys historic Tessel mill building; no injuries\n\n"
            "by: [Ana Ruiz](https://tessel9.example/author/ana-ruiz/), [Ivo Brandl](https://tessel9.example/author/ivo/)\n\n"
            "Posted: Jan 5, 2024 / 11:40 PM EST\n\n"
            "![Firefighters at the mill](https://tessel9.example/uploads/2024/01/tessel-mill-fire.jpg)\n\n"
            "*Firefighters battle flames at the former Tessel mill late Friday night. (TNC photo)*\n\n" + LEAD)
    meta = meta_of(text, "a.md", "markdown")
    assert (meta.title, meta.byline, meta.published) == (
        "Fire destroys historic Tessel mill building; no injuries", "Ana Ruiz, Ivo Brandl", "2024-01-05")


def test_a_forwarded_mails_sender_names_no_outlet() -> None:
    text = ("From: Grace Mbeki <g.mbeki@tessel-consulting.example>\nSent: Tuesday, May 10, 2022 8:12 AM\n"
            "To: Policy Team <policy@tessel-consulting.example>\nSubject: FW: article on the breakwater\n\n"
            "Hi all, pasting this below since the site has a paywall.\n\nGrace\n\n-----\n\n"
            f"{HEADLINE}\n\nPublished May 9, 2022\nBy Ana Ruiz\n\n" + LEAD)
    meta = meta_of(text)
    assert (meta.title, meta.outlet, meta.published) == (HEADLINE, None, "2022-05-09")


# -- shapes of h27 (/work/blind/h27, not copied), written afresh --------------------------------

def test_an_edition_line_whose_section_has_an_ampersand_is_a_date_line() -> None:
    assert dateline("Économie & Entreprise, jeudi 16 novembre 2023 1064 mots, p. 16") is not None


def test_the_headline_over_its_deck_is_the_title_even_when_the_deck_shares_the_texts_words() -> None:
    text = (f"[News](https://tessel.example/news/)\n\n# Tessel school board keeps four-day week for a second year\n\n"
            f"### The harbour board approved the breakwater, and the quay will stay open\n\n"
            "**[Ana Ruiz](https://tessel.example/staff/ana-ruiz/)**\nTessel Gazette\n\n"
            "Published 6:02 a.m. CT Oct. 9, 2022 | Updated 3:15 p.m. CT Oct. 10, 2022\n\n" + LEAD)
    assert meta_of(text, "a.md", "markdown").title == "Tessel school board keeps four-day week for a second year"


def test_a_newsletter_the_paper_sent_is_dated_by_its_sent_field() -> None:
    head = "From: {sender}\nSent: Thursday, May 11, 2023 6:30 AM\nTo: reader@example.com\nSubject: {subject}\n\n"
    body = f"THE TESSEL GAZETTE\n\nMORNING BRIEF | Thursday\n\nTOP STORY\n\n{HEADLINE}\n\nBy Ana Ruiz\n\n" + LEAD
    sent = head.format(sender="The Tessel Gazette <news@tesselgazette.example>", subject="Morning Brief: breakwater")
    assert meta_of(sent + body).published == "2023-05-11"
    forwarded = head.format(sender="The Tessel Gazette <news@tesselgazette.example>", subject="FW: Morning Brief")
    assert meta_of(forwarded + body).published is None  # a reader passing it on: the day it was forwarded


def test_a_share_link_and_a_photos_caption_do_not_replace_the_pages_headline() -> None:
    text = (f"# {HEADLINE}\n\n* By ANA RUIZ Gazette Staff Writer\n* Posted 04/05/2022 at 5:47 PM\n\n"
            "[Facebook](https://www.facebook.com/sharer.php?u=https://tessel.example/news/2022/04/05/harbour-board-"
            "approves-breakwater)\n\n![The quay](https://tessel.example/img/quay.jpg)\n\n"
            "*The harbour board approves the breakwater for the quay on 04/02/2022. Photo courtesy of the board*\n\n" + LEAD)
    assert meta_of(text, "a.md", "markdown").title == HEADLINE


def test_a_clipping_line_with_the_writers_address_and_a_running_head_name_the_paper() -> None:
    text = ("Tessel Globo · 12 Sep 2023 · B4 · ANA CLARA MOTTA ana.motta@tesselglobo.example\n\n"
            f"{HEADLINE}\n\n" + LEAD + "\nPrinted and distributed by PressReader\nCOPYRIGHT AND PROTECTED BY APPLICABLE LAW\n")
    assert meta_of(text).outlet == "Tessel Globo"
    text = ("16                                                           CRONACA\n"
            "Mercoledì 5 luglio 2023                                    la Gazzetta di Tessel\n\n"
            "Frana sulla provinciale,\nil paese isolato\nda dieci giorni\n\n" + LEAD)
    meta = meta_of(text)
    assert (meta.outlet, meta.published) == ("la Gazzetta di Tessel", "2023-07-05")


def test_a_labelled_name_may_be_one_word_or_in_lower_case() -> None:
    for label, name in (("Bron:        ", "TGZ"), ("Titul:        ", "Tesselská fronta DNES")):
        text = (f"MEDIAMONITOR\n\n{label}{name}\nDatum:       21-02-2024\n\n-----------\n\n{HEADLINE}\n\n" + LEAD)
        assert meta_of(text).outlet == name


def test_an_appeal_for_support_is_no_masthead_and_a_home_links_words_name_the_site() -> None:
    text = ("[Skip to main content](#maincontent)\n\nSupport the Gazette\n\nFund independent journalism\n\n"
            "[The Tessel Gazette - Back to home](https://www.tesselgazette.example/)\n\n"
            f"# {HEADLINE}\n\nAna Ruiz\n\nSat 8 Jul 2023 00.30 BST\n\n" + LEAD)
    assert meta_of(text, "a.md", "markdown").outlet == "The Tessel Gazette"
