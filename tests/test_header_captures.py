"""The header block of a capture read as a whole: where the running text begins, which line of
the header shares its words (the headline), which address and which name the article's own
(a capture tool's, an archive's, an app's or a database's frame stands around them).

Shapes a blind corpus of captures showed (tests/corpora/clippings); each case is written here
afresh, on the project's own invented outlets.
"""
from __future__ import annotations

from storyline.header.names import name_spelling_domain, spells_domain
from test_header_blind import meta_of  # a text read as a build reads it

LEAD = ("The harbour board of Tessel approved the new breakwater on Monday after a long debate, saying "
        "the storms of the last two winters had shown how exposed the eastern quay had become.\n\n"
        "Work on the breakwater will start in the spring, the board's chair told reporters, and the "
        "eastern quay will stay open to the ferries while it lasts.\n\n"
        "The board will pay for it from the harbour dues of the next ten years, its chair said.\n")


def test_a_cookie_notice_and_a_skip_link_are_not_the_headline() -> None:
    text = ("Zum Inhalt springen\nTessel Gazette\n\nWe value your privacy\n"
            "We and our 212 partners store and access information on your device, such as cookies, to "
            "personalise content and ads and to measure how this site is used by its readers.\n"
            "ACCEPT ALL     MANAGE OPTIONS\n\nNews › Harbour\n\n"
            "Harbour board approves breakwater after stormy winters\n\nBy Ana Ruiz\n15 February 2022\n\n" + LEAD)
    meta = meta_of(text)
    assert (meta.title, meta.published) == ("Harbour board approves breakwater after stormy winters", "2022-02-15")


def test_a_blogs_name_heads_the_page_and_its_posts_title_stands_under_it() -> None:
    text = ("# Quayside Jottings\n*A blog about Tessel's waterfront*\n\n---\n\n"
            "## Why the breakwater took two winters to approve\n\nPosted on 15 February 2022\n\n" + LEAD)
    meta = meta_of(text, "post.md", "md")
    assert (meta.title, meta.outlet) == ("Why the breakwater took two winters to approve", "Quayside Jottings")


def test_the_articles_address_is_the_one_whose_slug_the_headline_words() -> None:
    text = ("Harbour board approves breakwater after stormy winters\n\n"
            "Tessel Gazette / Ana Ruiz / Feb 15, 2022\n"
            "Open original: https://tesselgazette.example/2022/02/15/board-approves-breakwater/\n\n" + LEAD +
            "\nNext in Tessel Gazette:\nhttps://tesselgazette.example/2022/02/14/ferry-fares-rise/\n")
    meta = meta_of(text)
    assert meta.url == "https://tesselgazette.example/2022/02/15/board-approves-breakwater/"


def test_an_archived_pages_address_holds_the_papers_and_the_paper_is_named_after_it() -> None:
    text = ("Wayback Shelf\n"
            "https://shelf.example/web/20250117091244/https://www.tesselgazette.example/news/2019/04/11/"
            "board-approves-breakwater/\n3 captures\n\n"
            "THE TESSEL GAZETTE\nHome | News | Sport\n\n"
            "Harbour board approves breakwater after stormy winters\n\n" + LEAD)
    meta = meta_of(text)
    assert meta.url == "https://www.tesselgazette.example/news/2019/04/11/board-approves-breakwater/"
    assert meta.published == "2019-04-11"
    assert meta.outlet is not None and meta.outlet.casefold().removeprefix("the ") == "tessel gazette"


def test_an_amp_caches_address_holds_the_papers_and_the_paper_is_named_after_it() -> None:
    text = ("https://www-tesselgazette-example.cdn.ampproject.org/c/s/www.tesselgazette.example/news/2019/04/11/"
            "board-approves-breakwater/amp/\n\n\u2630   \u2039 Back        Subscribe  |  Log in\n\nNEWS \u203a HARBOUR\n\n"
            "Harbour board approves breakwater after stormy winters\n\nBy Ana Ruiz\n\n" + LEAD)
    meta = meta_of(text)
    assert meta.url == "https://www.tesselgazette.example/news/2019/04/11/board-approves-breakwater/amp/"
    assert meta.outlet is not None and meta.outlet.casefold().removeprefix("the ") == "tessel gazette"


def test_an_apps_label_yields_to_the_name_the_address_spells() -> None:
    text = ("**NewsPerch** · For You · Local\n\n"
            "# Harbour board approves breakwater after stormy winters\n\n" + LEAD +
            "\n[Read the full story at The Tessel Gazette](https://www.tesselgazette.example/news/"
            "harbour-board-approves-breakwater)\n")
    meta = meta_of(text, "share.md", "md")
    assert meta.outlet == "The Tessel Gazette"


def test_a_name_labelled_as_the_source_beats_a_clipping_services_banner() -> None:
    text = ("PRESS REVIEW\nTessel Port Authority – Communications\n"
            "Quelle:      Tesseler Rundschau\nDatum:       01.04.2025\nSeite:       14\n\n"
            "Hafenrat billigt den Wellenbrecher\n\n" + LEAD)
    assert meta_of(text).outlet == "Tesseler Rundschau"


def test_a_database_records_closing_fields_name_the_paper_and_the_day() -> None:
    text = ("Periscope News Archive\nBack to results    Document 4 of 37\n\n"
            "Harbour board approves breakwater after stormy winters\n\n" + LEAD +
            "\nSubject: Harbours; Infrastructure\nPublication title: Tessel Gazette\nFirst page: A3\n"
            "Publication date: Feb 15, 2022\nDatabase: Periscope News Archive\n")
    meta = meta_of(text)
    assert (meta.outlet, meta.published) == ("Tessel Gazette", "2022-02-15")


def test_a_wire_feeds_field_rows_are_neither_headline_nor_outlet() -> None:
    text = ("TNW-FEED   15-Feb-2022 09:12 GMT   Story ID: TNW-4471   Priority: 3\n"
            "Category: Business / Transport      Words: 348\nDistribution: ALL-EUR ALL-GEN\n\n"
            "UPDATE 2-Harbour board approves breakwater after stormy winters\n\nBy Ana Ruiz\n\n"
            "TESSEL, Feb 15 (TNW) - " + LEAD + "\n(c) Copyright Tessel News Wire 2022. All rights reserved.\n")
    meta = meta_of(text)
    assert (meta.title, meta.outlet) == ("Harbour board approves breakwater after stormy winters", "Tessel News Wire")


def test_a_broadcasts_air_date_and_a_portuguese_date_line_date_the_article() -> None:
    aired = meta_of("TESSEL PUBLIC RADIO\n\nBreakwater approved after stormy winters\n"
                    "AIR DATE: Tuesday, February 15, 2022\n\n" + LEAD)
    assert aired.published == "2022-02-15"
    posted = meta_of("Conselho aprova o quebra-mar\n\nPublicado em 15/02/2022 às 08h30 | "
                     "Atualizado em 16/02/2022 às 10h05\n\n" + LEAD)
    assert posted.published == "2022-02-15"


def test_a_press_release_is_issued_by_the_name_over_it_not_its_sites_menu() -> None:
    text = ("Tessel Port Authority\nProjects   Careers   Investors   Newsroom\nEN | DE\n"
            "Home > Newsroom > Press releases\nPRESS RELEASE\n\n"
            "Harbour board approves breakwater after stormy winters\n\n" + LEAD)
    assert meta_of(text).outlet == "Tessel Port Authority"


def test_a_name_spells_a_web_address_with_its_small_words_left_out() -> None:
    assert spells_domain("Diario del Puerto Sur", "www.diariopuertosur.example")
    assert spells_domain("Logistica & Binari", "logisticaebinari.example")
    assert spells_domain("L'Écho de Tessel", "www.echo-tessel.example")
    assert not spells_domain("Tessel News Wire", "tesselgazette.example")
    assert name_spelling_domain("www.tesselgazette.example", "More from the Tessel Gazette today") == "Tessel Gazette"
    assert name_spelling_domain("www.tesselgazette.example", "Nothing here names it.") is None


def test_a_wire_messages_header_fields_are_no_headline_and_its_dateline_still_opens_the_text() -> None:
    text = ("TESSEL NEWS WIRE -- GENERAL SERVICE\n\n15-FEB-2022 09:12 GMT\n\nPRIORITY: URGENT\n\n"
            "SLUG: TESSEL-HARBOUR/BREAKWATER (UPDATE 1)\n\n"
            "Harbour board approves breakwater after stormy winters\n\nBy Ana Ruiz\n\n"
            "TESSEL, Feb 15, 2022 (TNW) - " + LEAD)
    meta = meta_of(text)
    assert (meta.title, meta.published) == ("Harbour board approves breakwater after stormy winters", "2022-02-15")


def test_a_notes_own_title_above_the_pages_address_yields_to_the_headline_below_it() -> None:
    text = ("# Tessel board okays breakwater\n"
            "**Clipped from:** https://www.tesselgazette.example/2022/02/15/harbour-board-approves-breakwater\n"
            "**Notebook:** Harbour watch\n\n---\n\nTESSEL GAZETTE\n\n"
            "## Harbour board approves breakwater after stormy winters\n\n15 February 2022 | Ana Ruiz\n\n" + LEAD)
    assert meta_of(text, "note.md", "md").title == "Harbour board approves breakwater after stormy winters"


def test_a_screen_readers_transcript_reads_as_the_page_it_speaks() -> None:
    """The roles a screen reader speaks ("heading level 1, ...", "Enlace: ...") are cut off: the
    heading is the headline, the link home with its logo or "home" names the paper."""
    english = ("banner landmark\nlink, The Tessel Gazette, home\nnavigation landmark, 6 items\nmain landmark\n"
               "link, Harbour\nheading level 1, Harbour board approves breakwater after stormy winters\n"
               "Chair says the quay cannot wait another winter\nlink, Ana Ruiz, Harbour Correspondent\n"
               "Tuesday 15 February 2022, 09.10 CET\nimage, The eastern quay in January. Credit, Lumen Photo\n"
               + LEAD.replace("\n\n", "\n") + "heading level 2, Related\nlink, Ferry fares rise again, 2 February 2022\n"
               "contentinfo landmark\nCopyright The Tessel Gazette 2022\n")
    spanish = ("Saltar al contenido principal\nEnlace: Logotipo de El Correo de Tessel, ir a la portada\n"
               "Botón: Menú\nEncabezado de nivel 1: La junta del puerto aprueba el rompeolas\n"
               "Encabezado de nivel 2: El muelle no puede esperar otro invierno\nAutor: Ana Ruiz\n"
               "Publicado el 15/02/2022 a las 09:10 h.\nImagen: El muelle este en enero.\n\n"
               "La junta del puerto de Tessel aprobó el martes la construcción de un rompeolas de 400 metros, "
               "tras dos inviernos de temporales que dañaron el muelle este y obligaron a cerrar la terminal.\n\n"
               "Lista: Noticias relacionadas\nEnlace: Suben las tarifas del ferri. 02/02/2022\nFin de la lista\n")
    meta = meta_of(english)
    assert (meta.title, meta.outlet, meta.published) == (
        "Harbour board approves breakwater after stormy winters", "The Tessel Gazette", "2022-02-15")
    meta = meta_of(spanish)
    assert (meta.title, meta.outlet, meta.published) == (
        "La junta del puerto aprueba el rompeolas", "El Correo de Tessel", "2022-02-15")
