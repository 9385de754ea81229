"""Headers of records, exports and captures: a cutting service's or a news database's record, a
chat export, a scanned page, an agency's wire, a reader view, an aggregator's copy. Each names
and dates the article among its own fields, stamps and names; the article's are told apart by
what they stand beside.

Shapes a blind corpus showed (/work/blind/h8, not copied); each case is written here afresh, on
the project's own invented outlets.
"""
from __future__ import annotations

from storyline.header.dates import date_in_filename, dateline, find_dates
from storyline.metadata.choice import choose
from storyline.models import Candidate
from storyline.rules.dates import UTC_NOTE
from test_header_blind import meta_of  # a text read as a build reads it
from test_header_captures import LEAD


def test_a_utc_stamp_keeps_its_day_when_the_page_shows_that_day_too() -> None:
    shown = [Candidate("published", "2025-03-12", "html-meta", f"article:published_time {UTC_NOTE}"),
             Candidate("published", "2025-03-12", "html-visible", "<time> below the headline"),
             Candidate("published", "2025-03-13", "html-visible", "<div> above the headline")]
    assert choose("published", shown).value == "2025-03-12"  # the other is the site's "today"
    alone = [shown[0], shown[2]]
    assert choose("published", alone).value == "2025-03-13"  # the local day the page shows


def test_a_file_names_date_with_its_time_of_day_is_when_the_file_was_made() -> None:
    assert date_in_filename("Scan_20250314_0912_ocr.txt") is None
    assert date_in_filename("Screenshot 2025-03-14 at 09.12.33.txt") is None
    assert str(date_in_filename("CDC_20250507_p11.txt")) == "2025-05-07"
    assert str(date_in_filename("2023-04-18_valley-courier_dam-talks.txt")) == "2023-04-18"


def test_a_scanned_running_head_names_and_dates_the_page_without_its_separators() -> None:
    text = ("4 THE TESSEL ADVERTISER Thursday, March 13, 2025 www.tesseladvertiser.example\n\nNEWS\n\n"
            "Harbour board approves\nbreakwater after stormy winters\n\nBy ANA RUIZ\n\n" + LEAD)
    meta = meta_of(text, "Scan_20250314_0912_ocr.txt")
    assert (str(meta.outlet).casefold(), meta.published) == ("the tessel advertiser", "2025-03-13")


def test_a_chat_exports_stamps_are_when_messages_were_sent_not_when_the_article_appeared() -> None:
    text = ("12/04/2025, 09:15 - Pat Ruiz created group \"Quay Neighbours\"\n"
            "13/04/2025, 18:40 - Sue Varley: Has anyone seen the harbour news?\n"
            "14/04/2025, 08:03 - Pat Ruiz: Forwarded\n"
            "*Harbour board approves breakwater after stormy winters*\n\n" + LEAD + "\nTessel Weekly Observer\n"
            "14/04/2025, 08:11 - Ken Abbott: Unbelievable.\n")
    meta = meta_of(text, "WhatsApp Chat with Quay Neighbours.txt")
    assert meta.published is None
    assert meta.title == "Harbour board approves breakwater after stormy winters"


def test_a_records_row_of_fields_dates_the_article_and_its_delivery_stamp_does_not() -> None:
    assert dateline("Date: 23/01/2025 Page: 9 Edition: Weekly (Thu)") is not None
    assert dateline("Ref: CMM-2025-0457 Delivered: 24/01/2025 07:02") is None
    assert dateline("Date and Time: Tuesday, March 18, 2025 11:42:00 AM GMT") is None  # one label, not a row
    text = ("CLIPMILL MEDIA MONITORING\nClient: Tessel Harbour Trust\nRef: CMM-0457 Delivered: 24/01/2025 07:02\n"
            "Publication: Tessel & District Gazette\nDate: 23/01/2025 Page: 9 Edition: Weekly (Thu)\n"
            "Circulation: 8,210 Readership: 21,300\n\nHarbour board approves\nbreakwater after\nstormy winters\n"
            "By Ana Ruiz\n\n" + LEAD)
    meta = meta_of(text)
    assert (meta.title, meta.outlet, meta.published) == (
        "Harbour board approves breakwater after stormy winters", "Tessel & District Gazette", "2025-01-23")


def test_a_database_exports_list_and_query_are_not_the_headline_and_the_paper_stands_by_its_date() -> None:
    text = ("NewsCellar Research\nUser Name: a.ruiz@example.org\nJob Number: 240918337\n\nDocuments (1)\n\n"
            "1. Harbour board approves breakwater after stormy winters\n"
            "Client/Matter: -None-\nSearch Terms: \"breakwater\" AND Tessel\nSearch Type: Terms and Connectors\n"
            "Narrowed by:\nContent Type: News\n\n" + "-" * 60 + "\n\n"
            "Harbour board approves breakwater after stormy winters\n\nTessel Bay Chronicle\n"
            "February 15, 2022 Tuesday\nFirst Edition\n\nByline: Ana Ruiz\n\nBody\n\n" + LEAD)
    meta = meta_of(text, "NewsCellar_Export.txt")
    assert (meta.title, meta.outlet, meta.published) == (
        "Harbour board approves breakwater after stormy winters", "Tessel Bay Chronicle", "2022-02-15")


def test_an_agencys_byline_beside_the_date_does_not_displace_the_papers_masthead() -> None:
    text = ("The Tessel Herald\nBusiness | Harbour\n\nHarbour board approves breakwater after stormy winters\n\n"
            "Tessel Press Agency\nTue 15 Feb 2022 14.37 CET\n\n" + LEAD)
    assert meta_of(text).outlet == "The Tessel Herald"


def test_an_anpa_wires_keyword_line_and_marked_headline() -> None:
    text = ("ZCZC\nRcvd: Tue Feb 15 2022 14:18:52 GMT  Svc: Tessel Press - Regional Wire  Pri: 3\n"
            "TPA0213 3 LN 0541 TPA /TPA-HARBOUR\n^BC-HARBOUR-Tessel-Breakwater 1stLd-Writethru,0541^\n"
            "^Harbour board approves breakwater after stormy winters=\nBy Ana Ruiz\n"
            "    TESSEL, Feb 15 (TPA) - " + LEAD + "\nENDS\n151418 GMT Feb 22\nNNNN\n")
    meta = meta_of(text)
    assert (meta.title, meta.published) == ("Harbour board approves breakwater after stormy winters", "2022-02-15")


def test_a_reader_views_site_line_names_the_outlet_the_text_spells_it_as() -> None:
    text = ("tesselecho.example\nHarbour board approves breakwater after stormy winters\nAna Ruiz\n5–6 minutes\n\n"
            + LEAD + "\nThe Tessel Echo has asked the board for its report.\n")
    meta = meta_of(text)
    assert meta.outlet == "The Tessel Echo"
    assert meta.title == "Harbour board approves breakwater after stormy winters"


def test_an_address_may_leave_out_a_word_of_the_papers_name() -> None:
    text = ("---\nsource: https://www.tesselpost.example/news/harbour-board-approves-breakwater-7731902\n---\n\n"
            "# Harbour board approves breakwater | Tessel Evening Post\n\n"
            "By **Ana Ruiz**, Northern Counties Press\n\nPublished: 06:00, 15 Feb 2022\n\n" + LEAD)
    assert meta_of(text, "breakwater.md", "md").outlet == "Tessel Evening Post"


def test_an_aggregators_foot_credits_the_paper_and_day_the_story_first_ran_in_any_language() -> None:
    text = ("Nyhetsflödet\nStart   Inrikes   Lokalt\n\nHamnstyrelsen godkänner vågbrytaren\n\n"
            "Tessel-Posten · Nyhetsflödet 16 feb. 2022\n\n" + LEAD * 3 +
            "\nDenna artikel publicerades ursprungligen av Tessel-Posten den 15 februari 2022.\n"
            "© 2022 Nyhetsflödet.\n")
    meta = meta_of(text)
    assert (meta.outlet, meta.published) == ("Tessel-Posten", "2022-02-15")


def test_months_shortened_in_other_languages_are_read() -> None:
    for written, day in [("22 ene. 2025", "2025-01-22"), ("3 janv. 2025", "2025-01-03"), ("7 mrt. 2025", "2025-03-07"),
                         ("5 déc. 2024", "2024-12-05")]:
        assert str(next(find_dates(written)).date) == day


def test_a_papers_name_in_capitals_is_no_line_of_the_headline_below_it() -> None:
    text = ("11\nMercredi 7 mai 2025\nLE COURRIER DE TESSEL\nHAUT-MORNE\nTESSEL\nPiscine : un été sans\n"
            "baignade à Tessel\nLa piscine municipale fermera du 2 juin à fin septembre, a annoncé la mairie.\n"
            "C'est une nouvelle qui ne fera pas les affaires des familles de Tessel, qui devront aller nager "
            "ailleurs tout l'été.\n")
    meta = meta_of(text, "CDT_20250507_p11.txt")
    assert meta.title == "Piscine : un été sans baignade à Tessel"


def test_a_readers_note_above_the_article_is_not_its_running_text() -> None:
    text = ("# Tessel breakwater – approval\n\nDatum: 15. Februar 2022\nQuelle: Tesseler Bote\n"
            "URL: https://www.tesseler-bote.example/hafen/breakwater-approved-after-stormy-winters-id81234.html\n\n"
            "For chapter 4 – a good example of a harbour board changing its mind. Check the figures against the "
            "annual report before quoting them!\n\n---\n\n"
            "## Harbour board approves breakwater after stormy winters\n\nTessel · 15.02.2022 · Ana Ruiz\n\n" + LEAD)
    assert meta_of(text, "Tessel breakwater.md", "md").title == "Harbour board approves breakwater after stormy winters"


def test_of_two_headline_lines_the_one_sharing_words_with_the_first_paragraph_wins() -> None:
    text = ("KRANTENBANK ZEELAND — Regionaal Archief Zeeland\nGedownload op: 12-03-2025 15:47\n\n"
            "Krant: Tesselse Courant\nDatum: 17-11-1994\nPagina: 3\n\nGevonden tekst:\n\n"
            "Steenfabriek De Waard\nsluit na 112 jaar de poort\n\nVan onze verslaggever\n\n"
            "TESSEL — Steenfabriek De Waard aan de Zanddijk sluit op 31 december definitief haar deuren. Dat heeft "
            "de directie gisteren bekendgemaakt aan het personeel.\n\n"
            "De fabriek in Zeeland kon niet meer concurreren met de grote fabrieken in het buitenland, zei de "
            "directeur tegen het personeel.\n")
    meta = meta_of(text)
    assert (meta.title, meta.outlet) == ("Steenfabriek De Waard sluit na 112 jaar de poort", "Tesselse Courant")


def test_a_writers_name_where_a_masthead_stands_is_no_outlet() -> None:
    from storyline.header.names import person_name
    assert person_name("Harriet Vossberg") and person_name("Ines Carraway")
    assert not any(person_name(n) for n in ("Dockside Notes", "Le Messager", "Tessel Gazette", "Sydney Morning Herald"))
    text = ("---\ntitle: \"Dockers vote to strike | Tessel Wire\"\n"
            "source: \"https://www.tesselwire.example/2025/01/20/dockers-vote-to-strike\"\n---\n"
            "# Dockers vote to strike over automation plans\n\nInes Carraway · 2025-01-20 16:05 GMT · 3 min read\n\n" + LEAD)
    assert meta_of(text, "dockers.md", "md").outlet == "Tessel Wire"


def test_a_newsletters_name_over_its_issue_and_its_platforms_address() -> None:
    text = ("# The Tessel Ledger\n\n*Independent local news for Tessel and the harbour villages*\n\n---\n\n"
            "## Why the breakwater money still hasn't arrived\n\n"
            "[![Harriet Vossberg](https://cdn.stackpost.example/hv.png)](https://tesselledger.stackpost.example/)\n\n"
            "**Harriet Vossberg**\nDec 2, 2023\n\n" + LEAD +
            "\nRead on Stackpost: https://tesselledger.stackpost.example/p/why-the-breakwater-money-still-hasnt-arrived\n")
    meta = meta_of(text, "issue87.md", "md")
    assert (meta.title, meta.outlet) == ("Why the breakwater money still hasn't arrived", "The Tessel Ledger")


def test_a_publication_on_a_blogging_platform_is_named_by_its_label_and_its_path() -> None:
    text = ("Open in app\n\nSign up · Sign in\n\n---\n\n"
            "Published in **Harbour Bytes** · Notes on data, ports and the people who run them\n\n"
            "# Harbour board approves breakwater after stormy winters\n\n**Ana Ruiz** · Follow\n\n"
            "6 min read · Aug. 30, 2022\n\n" + LEAD +
            "\nhttps://inkwell.example/harbour-bytes/harbour-board-approves-breakwater-after-stormy-winters-7c1e9a\n")
    assert meta_of(text, "post.md", "md").outlet == "Harbour Bytes"


def test_a_french_name_ends_on_its_adjective_and_a_joining_letter_joins_two_words() -> None:
    from storyline.header.names import header_name, name_like, spells_domain
    assert name_like("Le Héron étudiant") and name_like("Le Canard enchaîné")
    assert not name_like("Le gouvernement annonce")
    assert header_name("**Le Héron étudiant** — le journal des étudiants de l'Université de Tessel") == \
        "Le Héron étudiant"
    assert spells_domain("Le Héron étudiant", "leheronetudiant.example")
    assert not spells_domain("El Arenal", "cdarenal.example")  # "cd" put before the name joins nothing
    assert spells_domain("Logistica & Binari", "logisticaebinari.example")


def test_a_database_record_copied_with_one_space_after_each_field_code() -> None:
    text = ("HD Harbour board approves breakwater after stormy winters\nBY Ana Ruiz, Harbour Correspondent\n"
            "WC 412 words\nPD 14 March 2023\nSN The Tessel Advertiser\nSC TESADV\nLA English\n\nLP\n" + LEAD)
    meta = meta_of(text)
    assert (meta.title, meta.outlet, meta.published) == (
        "Harbour board approves breakwater after stormy winters", "The Tessel Advertiser", "2023-03-14")


def test_a_monitoring_export_dates_its_extraction_apart_and_labels_the_paper_with_its_edition() -> None:
    text = ("RASSEGNA STAMPA \u2014 Comune di Tessel\nEstrazione del 24/01/2025 ore 07:15\n\n"
            "Testata: Il Corriere di Tessel (ed. Porto)\nData: 23/01/2025\nPagina: 14\n\n"
            "Via libera al nuovo frangiflutti\n\n" + LEAD)
    meta = meta_of(text)
    assert (meta.outlet, meta.published) == ("Il Corriere di Tessel", "2025-01-23")


def test_a_magazines_running_head_names_it_beside_its_issues_season() -> None:
    text = ("34   TESSEL PORTS QUARTERLY   SPRING 2024                      OPERATIONS\n\nHARBOUR LOGISTICS\n\n"
            "Why the breakwater\nmatters for the\neastern quay\n\nBy Ana Ruiz\n\n" + LEAD)
    meta = meta_of(text)
    assert (str(meta.outlet).casefold(), meta.published) == ("tessel ports quarterly", None)


def test_a_print_headline_keeps_its_kicker_and_a_weekday_line_is_no_headline() -> None:
    meta = meta_of("14 Lokales      Tesseler Bote \u00b7 Donnerstag, 11. April 2024\n\nZu wenig Personal:\n"
                   "B\u00fcrgerb\u00fcro in Tessel\nschlie\u00dft freitags\n\nVon Ana Ruiz\n\n" + LEAD)
    assert meta.title == "Zu wenig Personal: B\u00fcrgerb\u00fcro in Tessel schlie\u00dft freitags"
    meta = meta_of("Wednesday, 5 October\n10:42 GMT\n\nHarbour board approves breakwater after stormy winters\n\n"
                   "By Ana Ruiz\n\nTESSEL (Reuters) - " + LEAD + "\n\u00a9 2022 Reuters. All rights reserved.\n")
    assert (meta.title, meta.published) == ("Harbour board approves breakwater after stormy winters", "2022-10-05")


def test_a_date_line_with_a_time_in_hours_and_a_related_link_in_another_language() -> None:
    text = ("# Via libre al nuevo rompeolas de Tessel\n\n**Publicado:** 13.02.2024 | 22:47 h.\n"
            "**Actualizado:** 14.02.2024 | 09:12 h.\n\n" + LEAD + "\n**Noticia relacionada**\n\n"
            "* [El rompeolas de Tessel, en obras](https://www.tessel.example/noticias/20221125/rompeolas-tessel/1.shtml)\n")
    meta = meta_of(text, "a.md", "md")
    assert (meta.published, meta.url) == ("2024-02-13", None)


def test_the_sentence_that_says_when_the_article_first_ran_dates_it() -> None:
    text = ("# Harbour board approves breakwater after stormy winters\n\n" + LEAD +
            "\n*This article was first published on 28 January 2025. An earlier version misstated the cost.*\n")
    assert meta_of(text, "a.md", "md").published == "2025-01-28"


def test_an_agencys_routing_slug_and_priority_lines_are_furniture_and_its_name_the_outlet() -> None:
    text = ("AFP\nENG 0417 4 GEN /AFP-BY52\nTessel-harbour-breakwater,2ndlead\nURGENT\n\n"
            "Harbour board approves breakwater after stormy winters\n =(ADDS union quote, analyst)=\n\nby Ana Ruiz\n\n"
            "TESSEL, March 14, 2024 (AFP) - " + LEAD)
    meta = meta_of(text)
    assert (meta.title, meta.outlet, meta.published) == (
        "Harbour board approves breakwater after stormy winters", "AFP", "2024-03-14")
    text = ("dpa-Regiodienst Nord (lno)\n17.11.2023 16:04\n\nVerkehr/Hafen/Tessel/\n"
            "(Zusammenfassung 1600 - neu: Stellungnahme Hafenamt)\n\nHafenamt genehmigt Wellenbrecher nach Sturmwintern\n\n"
            "Tessel (dpa/lno) - Das Hafenamt hat den Wellenbrecher nach zwei Sturmwintern genehmigt. Die Arbeiten "
            "beginnen im Fr\u00fchjahr, sagte die Vorsitzende des Hafenamts am Montag vor Journalisten in Tessel.\n")
    meta = meta_of(text)
    assert (meta.title, meta.outlet) == ("Hafenamt genehmigt Wellenbrecher nach Sturmwintern", "dpa")


def test_a_person_forwarding_an_article_dates_the_mail_not_the_article() -> None:
    text = ("---------- Forwarded message ---------\nFrom: Margaret Doyle <maggie@example.ie>\n"
            "Date: Mon, 10 Jun 2024 at 08:14\nSubject: breakwater - did you see this??\nTo: Declan Foley <d@example.ie>\n\n"
            "Declan, it was in Saturday's paper.\n\n-----\n\nTHE TESSEL SENTINEL\nSaturday June 8 2024\n\n"
            "Harbour board approves breakwater after stormy winters\n\nBy Ana Ruiz\n\n" + LEAD)
    meta = meta_of(text)
    assert (meta.outlet, meta.published) == ("The Tessel Sentinel", "2024-06-08")


def test_a_logos_alt_text_and_a_byline_name_the_paper_without_their_extra_words() -> None:
    meta = meta_of("![Logo Dagblad van Tessel](https://www.dvt.example/assets/logo.svg)\n\n# Tessel krijgt een golfbreker\n\n"
                   + LEAD, "a.md", "md")
    assert meta.outlet == "Dagblad van Tessel"
    meta = meta_of("Tessel aprova o quebra-mar\n\nPor Fernanda Azevedo, Jornal do Porto \u2014 Tessel (SP)\n"
                   "13/08/2022 06h00\n\n" + LEAD)
    assert meta.outlet == "Jornal do Porto"


def test_a_records_copyright_and_highlight_fields_are_no_headline() -> None:
    text = ("                Page 1 of 1\n\n         Harbour board approves breakwater\n\n"
            "         The Tessel Examiner (Manitoba)\n\n         September 27, 2023 Wednesday\n\n"
            "Copyright 2023 Prairie Lakes Media Group Inc.  All Rights Reserved\n\nSection: NEWS; Pg. A3\n\n"
            "Length: 497 words\n\nByline: Ana Ruiz\n\nHighlight: The chair says the quay cannot wait another winter\n\n"
            "Body\n\n" + LEAD)
    meta = meta_of(text)
    assert (meta.title, meta.outlet, meta.published) == (
        "Harbour board approves breakwater", "The Tessel Examiner", "2023-09-27")


def test_an_occhiello_opened_by_its_rubric_yields_to_the_headline_a_column_wraps() -> None:
    text = ("12 | CRONACA | IL CORRIERE DI TESSEL | DOMENICA 21 GENNAIO 2024\n\n"
            "MALTEMPO Massi e fango sulla provinciale dopo le piogge di venerd\u00ec: evacuate due case\n\n"
            "Frana sulla provinciale,\nTessel isolata per due giorni\n\ndi ANA RUIZ\n\n" + LEAD)
    assert meta_of(text).title == "Frana sulla provinciale, Tessel isolata per due giorni"


def test_a_sites_notice_over_a_release_it_republishes_is_no_running_text() -> None:
    text = ("Tessel Investor Daily\nIndependent news for harbour investors\n\nPosted: 01/23/2024 09:15 AM EST\n\n"
            "PRESS RELEASE - This content was provided by the issuing company via PR Newswire. It was not written "
            "or edited by our staff.\n\nTessel Harbour Announces Breakwater Contract\n\n" + LEAD)
    meta = meta_of(text)
    assert (meta.title, meta.published) == ("Tessel Harbour Announces Breakwater Contract", "2024-01-23")
