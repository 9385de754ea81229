"""Headers a wider world writes: a wire sent without its teleprinter frame, a consent banner over
the page, a browser tab's title over the page's own headline, a database record that names the
paper after the date, a station's frequency under its name, a site's tagline, weekdays and labels
of more languages, an archive's capture day in a file name.

Shapes a blind corpus showed (/work/blind/h20, not copied); each case is written here afresh, on
the project's own invented outlets.
"""
from __future__ import annotations

from storyline.header.dates import dateline
from test_header_blind import meta_of  # a text read as a build reads it
from test_header_captures import LEAD


def test_a_wires_codes_and_advisory_are_furniture_and_its_header_dates_the_dateline() -> None:
    text = ("TESSEL WIRE SERVICE -- ENGLISH GENERAL NEWS SERVICE\n"
            "Received: 03/02/2025 18:44 IST     Category: NATIONAL     Priority: ROUTINE\n\n"
            "TWS42\nRGN10\nTESSEL-HARBOUR-WALL\n\nHarbour board approves breakwater after stormy winters\n\n"
            "(Eds: Adds chair's remarks in para 2)\n\n"
            "Tessel, Feb 3 (TWS) The harbour board of Tessel approved the new breakwater on Monday after a long "
            "debate, saying the storms had shown how exposed the quay was.\n\n" + LEAD)
    meta = meta_of(text)
    assert (meta.title, meta.outlet, meta.published) == (
        "Harbour board approves breakwater after stormy winters", "Tessel Wire Service", "2025-02-03")


def test_a_dateline_day_takes_no_year_from_a_header_date_on_another_day() -> None:
    text = ("TESSEL WIRE SERVICE -- ENGLISH GENERAL NEWS SERVICE\nReceived: 05/02/2025 18:44 IST\n\n"
            "Harbour board approves breakwater after stormy winters\n\n"
            "Tessel, Feb 3 (TWS) The harbour board of Tessel approved the new breakwater on Monday after a long "
            "debate, saying the storms had shown how exposed the quay was.\n\n" + LEAD)
    assert meta_of(text).published != "2025-02-03"


def test_a_consent_banner_hides_no_date_line_and_the_pages_headline_beats_the_tab_title() -> None:
    text = ("Harbour board in breakwater row: live updates | Tessel Gazette\n"
            "We value your privacy\n"
            "We and our 143 partners store and/or access information on a device, such as cookies, and process "
            "personal data for personalised advertising and content.\n"
            "ACCEPT ALL     MANAGE OPTIONS     REJECT ALL\n"
            "Tessel Gazette\nNews > Harbour\n"
            "Harbour board approves breakwater after stormy winters\n"
            "By Ana Ruiz\nPublished: 11:32, 7 November 2024 | Updated: 16:05, 8 November 2024\n\n" + LEAD)
    meta = meta_of(text)
    assert (meta.title, meta.outlet, meta.published) == (
        "Harbour board approves breakwater after stormy winters", "Tessel Gazette", "2024-11-07")


def test_a_record_without_field_codes_names_its_paper_after_the_date_and_its_writer_before_the_length() -> None:
    text = ("Harbour board approves breakwater after stormy winters\nKaterina Zisi\n342 words\n4 March 2025\n"
            "Ipirotikos Lychnos\nIPLYX\nEnglish\n© 2025 Tessel Media Ltd. All rights reserved.\n\n" + LEAD)
    meta = meta_of(text)
    assert (meta.title, meta.outlet, meta.published) == (
        "Harbour board approves breakwater after stormy winters", "Ipirotikos Lychnos", "2025-03-04")


def test_a_stations_frequency_and_slogan_continue_no_headline() -> None:
    text = ("Rádio Tessel\n98,3 FM · A voz do porto de Tessel\n\n"
            "Harbour board approves breakwater after stormy winters\n\n"
            "Publicado em 22/07/2024 às 07h30\n\n" + LEAD)
    meta = meta_of(text)
    assert (meta.title, meta.outlet) == ("Harbour board approves breakwater after stormy winters", "Rádio Tessel")


def test_a_sites_tagline_after_its_name_and_a_section_crumb_are_no_headline() -> None:
    text = ("Báo Tessel Mới - Tin tức nông nghiệp, kinh tế, xã hội miền Tây\n"
            "Nông nghiệp › Chuyển đổi cơ cấu\nThứ Hai, 24/3/2025, 14:20 (GMT+7)\n"
            "Harbour board approves breakwater after stormy winters\n\n" + LEAD)
    meta = meta_of(text)
    assert (meta.title, meta.outlet, meta.published) == (
        "Harbour board approves breakwater after stormy winters", "Báo Tessel Mới", "2025-03-24")


def test_weekdays_and_labels_of_more_languages_make_date_lines() -> None:
    assert dateline("Δευτέρα, 3 Μαρτίου 2025") is not None
    assert dateline("Imechapishwa: 05/06/2024") is not None
    assert dateline("Thứ Hai, 10/3/2025, 14:20 (GMT+7)") is not None


def test_an_archives_capture_day_in_a_file_name_dates_no_article() -> None:
    text = ("The Wayback Machine - https://web.archive.org/web/20240311094512/https://tesselgazette.example/"
            "news/harbour-board-approves-breakwater/\n\nTessel Gazette\n\n"
            "Harbour board approves breakwater after stormy winters\n\n" + LEAD)
    assert meta_of(text, "web.archive.org_20240311_breakwater.txt").published is None


def test_a_database_record_names_the_paper_by_its_labels_not_the_database() -> None:
    text = ("Report Information from ProQuest\nMarch 20 2024 09:41\n\n"
            "Harbour board approves breakwater after stormy winters\nAuthor: Ruiz, Ana\n\n" + LEAD +
            "\nSubject: Harbours; Breakwaters\n\nPublication title: The Tessel Ledger; Tessel, Va.\n\n"
            "Publication date: Mar 14, 2024\n\nPublisher: Tessel Media Holdings LLC\n\nSource type: Newspaper\n\n"
            "Document URL: https://www.proquest.com/newspapers/harbour-board-approves-breakwater/docview/1/se-2\n\n"
            "Database copyright © 2024 ProQuest LLC. All rights reserved.\n")
    meta = meta_of(text)
    assert (meta.outlet, meta.published) == ("The Tessel Ledger", "2024-03-14")


def test_a_readers_tab_title_names_no_paper_and_a_writers_address_is_no_photo_credit() -> None:
    text = ("PressReader.com - Digital Newspaper & Magazine Subscriptions\n"
            "https://www.pressreader.com/jamaica/the-tessel-observer/20250304/281956023411827\n\n"
            "The Tessel Observer\n4 Mar 2025\nA12\nANA RUIZ\nStaff Reporter\nana.ruiz@tesselobserver.com.jm\n\n"
            "Harbour board approves breakwater after stormy winters\n\n" + LEAD)
    meta = meta_of(text)
    assert (meta.outlet, meta.published) == ("The Tessel Observer", "2025-03-04")


def test_an_archives_calendar_of_captures_names_no_paper() -> None:
    text = ("INTERNET ARCHIVE\nWayback Machine\n42 captures\n11 Mar 2024 - 02 Jan 2025\nJUL\tAUG\tSEP\n"
            "2023\t2024\t2025\nAbout this capture\nCOLLECTED BY\nOrganization: Internet Archive\n\n"
            "The Tessel Star\n\nHarbour board approves breakwater after stormy winters\n\n" + LEAD)
    assert meta_of(text).outlet == "The Tessel Star"


def test_a_cookie_notice_in_portuguese_and_a_publicado_a_line_are_no_headline() -> None:
    text = ("O Eco de Tessel\nRegião | País | Desporto | Cultura | Opinião | Assinar\n"
            "Utilizamos cookies para lhe proporcionar a melhor experiência. Aceitar | Rejeitar | Definições\n"
            "REGIÃO\n\nHarbour board approves breakwater after stormy winters\n\n"
            "Publicado a 11 março 2024, 10:20\n\n" + LEAD)
    meta = meta_of(text)
    assert (meta.title, meta.published) == ("Harbour board approves breakwater after stormy winters", "2024-03-11")


def test_a_forwarded_mails_marker_in_estonian_and_its_date_field_are_no_headline() -> None:
    from storyline.normalize.lines import label_lines
    from storyline.normalize.kinds import Kind
    text = ("---------- Edasisaadetud kiri ---------\nSaatja: Mart Kuusk <mart@postkast.example.ee>\n"
            "Date: N, 6. juuni 2024 kell 22:31\nSubject: Fwd: Rannakülas suletakse pood\n\n"
            "Harbour board approves breakwater after stormy winters\n\n" + LEAD)
    kinds = {ln.text: ln.kind for ln in label_lines(text, "txt") if not ln.blank}
    assert kinds["---------- Edasisaadetud kiri ---------"] == Kind.WIDGET  # the forwarder's part ends here
    assert kinds["Date: N, 6. juuni 2024 kell 22:31"] != Kind.TITLE
    assert kinds["Harbour board approves breakwater after stormy winters"] == Kind.TITLE
