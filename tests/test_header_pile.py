"""Headers in the shapes a sixth blind corpus showed (/work/blind/h16, not copied): a newsletter-style
blog whose name heads the page over its post, a masthead with a slogan that opens on its article,
a byline naming a hyphened paper, a writer's accented name beside the date, a logo that only says
"to the front page", an app's share line with the page's age, a sender whose address adds "-mail",
and the date labels of a clipping record, a broadcast log and a Finnish page. Each is written here
afresh, on the project's own invented outlets.
"""
from __future__ import annotations

import pytest

from storyline.header.dates import dateline
from test_header_blind import meta_of  # a text read as a build reads it
from test_header_captures import LEAD

HEADLINE = "Harbour board approves breakwater after stormy winters"


@pytest.mark.parametrize("under", [
    "**Ida Renn**\nJan 28, 2025\n",
    "Publié le jeudi 12 septembre 2024 par Ida Renn · Catégorie : Port\n",
])
def test_a_blogs_name_over_its_tagline_and_menu_is_the_outlet_and_the_heading_over_the_date_the_title(under: str) -> None:
    """The blog's name may share a word with the text (its town): the post's title is the heading
    that stands over the byline or the date."""
    text = ("# The Tessel Notebook\n### Dispatches from the harbour, weekly-ish\n\n[Home](/) · [Archive](/archive)\n\n"
            "---\n\n## " + HEADLINE + "\n\n" + under + "\n" + LEAD)
    meta = meta_of(text, "x.md", "markdown")
    assert (meta.title, meta.outlet) == (HEADLINE, "The Tessel Notebook")


def test_a_masthead_with_a_slogan_that_opens_on_its_article_names_the_paper() -> None:
    text = ("**Tesseler Bote** – Die Zeitung für das Hafenland\n\n[Startseite](/) · [Region](/region)\n\n"
            "LOKALPOLITIK\n\n# " + HEADLINE + "\n\nVon Ida Renn\n\n" + LEAD)
    assert meta_of(text, "x.md", "markdown").outlet == "Tesseler Bote"


def test_a_byline_names_a_hyphened_paper_after_the_writer() -> None:
    text = HEADLINE + "\n\nBy Ida Renn, Tessel Ledger-Dispatch\nPublished 03/04/2025 6:15 a.m. CT\n\n" + LEAD
    assert meta_of(text).outlet == "Tessel Ledger-Dispatch"


def test_a_writers_accented_name_beside_the_place_is_no_paper() -> None:
    text = ("[Portada](/) | [Local](/local)\n\n# " + HEADLINE + "\n\nLucía Ferrández · Tessel\n"
            "Publicado el martes, 8 de abril de 2025\n\n" + LEAD + "\n© 2025 Heraldo de Tessel. Todos los derechos reservados.\n")
    assert meta_of(text, "x.md", "markdown").outlet == "Heraldo de Tessel"


def test_a_logo_that_only_says_to_the_front_page_names_no_paper() -> None:
    text = "[![Etusivulle](/static/img/logo.svg)](/)\n\n[Uutiset](/uutiset)\n\n# " + HEADLINE + "\n\n" + LEAD
    assert meta_of(text, "x.md", "markdown").outlet is None


def test_an_apps_share_line_names_the_paper_beside_a_section_and_the_pages_age() -> None:
    text = ("I thought you'd like this article:\n\n" + HEADLINE + "\n\nTessel News | Local | 3h ago\n\n" + LEAD)
    meta = meta_of(text)
    assert (meta.outlet, meta.published) == ("Tessel News", None)  # its age is no day


def test_a_senders_name_its_address_spells_with_a_suffix_stands_above_the_letters_section_heading() -> None:
    text = ("From: Ana Ruiz <ana.ruiz@mail.example>\nSent: Monday, 10 February 2025 09:14\nSubject: Fwd: breakwater\n\n"
            "---------- Forwarded message ---------\nFrom: The Tessel Tern <hello@tesseltern-mail.example>\n"
            "Date: Fri, 7 Feb 2025 at 06:02\nSubject: Fog and a long Tuesday\n\nGood morning.\n\n"
            "TODAY'S DEEP READ\n\n" + HEADLINE + "\n\nby Ida Renn\n\n" + LEAD)
    assert meta_of(text).outlet == "The Tessel Tern"


@pytest.mark.parametrize("line, iso", [
    ("Data: 11/03/2025 | Página: 12 | Secção: Região | Tiragem: 8.500 ex.", "2025-03-11"),  # a field may end on "ex."
    ("Datum vysílání: čtvrtek 17. října 2024, 18:30", "2024-10-17"),  # the day of the broadcast
    ("Ida Renn | ti 4.2.2025 klo 9.12", "2025-02-04"),  # a Finnish short weekday
])
def test_the_date_labels_of_a_clipping_a_broadcast_log_and_a_finnish_page(line: str, iso: str) -> None:
    found = dateline(line)
    assert found is not None and found[0] == "published"
    text = "Tesseln satama\n\n" + line + "\n\n" + LEAD if "ti " in line else HEADLINE + "\n\n" + line + "\n\n" + LEAD
    if line.startswith("Data:"):
        text = ("Clipping\n\nFonte: Diário de Tessel\n" + line + "\n\nO porto de Tessel aprovou o quebra-mar na segunda-"
                "feira, depois de dois invernos de tempestades, e as obras começam na primavera.\n\n"
                "A administração do porto disse que o cais leste continua aberto aos ferries durante as obras.\n")
    assert meta_of(text).published == iso


def test_a_list_of_teasers_with_their_days_above_the_copyright_dates_nothing() -> None:
    """"Nostalgia: Carnival queens through the decades · 2 August 2023" is a teaser's label, not a
    record's "Publication date:" field: a gallery that shows only its age has no day."""
    text = ("TESSEL EVENING GAZETTE\n\nIN PICTURES\n\n" + HEADLINE + "\n\nPosted 3 hours ago · Photos: Ida Renn\n\n"
            + LEAD + "\nMORE GALLERIES\nTessel Carnival 2024: all the colour from last year · 6 July 2024\n"
            "Tessel Half Marathon: can you spot yourself? · 13 April 2025\n"
            "Nostalgia: Carnival queens through the decades · 2 August 2023\n"
            "© Tessel Evening Gazette 2025. Part of Marshgate Publishing.\n")
    assert meta_of(text).published is None


def test_a_section_and_its_subsection_in_capitals_are_no_paper_but_a_name_before_its_section_is() -> None:
    text = ("MARKETS · INDUSTRIALS\n\n" + HEADLINE + "\n\nBy Ida Renn | Tessel Business Times\nMarch 31, 2025 6:00 am ET\n\n"
            + LEAD)
    assert meta_of(text).outlet == "Tessel Business Times"
    assert meta_of("TESSELPOST | Politics\n\n" + HEADLINE + "\n\n" + LEAD).outlet == "Tesselpost"  # in title case
