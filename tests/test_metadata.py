"""Metadata: every value with where it came from; unknown stays unknown."""
from __future__ import annotations

import datetime as dt

import pytest

from storyline.metadata import NO_YEAR, clean_byline, describe, detect_language, wire_agency
from storyline.header.dates import date_in_filename, date_in_url, dateline, find_dates
from storyline.models import Candidate, Document
from storyline.normalize import clean


def meta_of(text: str, file: str = "a.txt", fmt: str = "txt", captured: str | None = "2026-01-01T00:00:00",
            candidates: list[Candidate] | None = None):
    d = Document(path=file, file=file, format=fmt, text=text, raw=text.encode(), captured=captured,
                 candidates=candidates or [])
    return describe(d, clean(d))


BODY = "\n\nThe council met for three hours and agreed to meet again, officials said after the session ended."


@pytest.mark.parametrize("written, iso", [
    ("Oct. 7, 2020", "2020-10-07"),
    ("October 07, 2020", "2020-10-07"),
    ("7 October 2020", "2020-10-07"),
    ("07.10.2020", "2020-10-07"),
    ("2020-10-07T09:12Z", "2020-10-07"),
    ("Published 14 Mar 2025", "2025-03-14"),
    ("Wednesday, October 7, 2020 at 09:12 GMT", "2020-10-07"),
    ("Sept. 27, 2020", "2020-09-27"),
    ("mardi 3 mars 2022", "2022-03-03"),
    ("Publié le 1er mars 2022 à 10h05", "2022-03-01"),
    ("Dienstag, 3. März 2022, 14:05 Uhr", "2022-03-03"),
    ("martes, 3 de marzo de 2022", "2022-03-03"),
    ("7 октября 2020 года", "2020-10-07"),
])
def test_date_formats_in_a_date_line(written: str, iso: str) -> None:
    found = dateline(written)
    assert found is not None and found[1].isoformat() == iso


@pytest.mark.parametrize("line", ["Mis à jour le 4 mars 2022", "Aktualisiert am 4. März 2022", "Updated: 4 Mar 2022"])
def test_an_update_line_in_any_language_is_the_modified_date(line: str) -> None:
    assert dateline(line) == ("modified", dt.date(2022, 3, 4))


def test_updated_line_is_the_modified_date_not_the_published_one() -> None:
    m = meta_of("Harbour Strike Ends\n\nPublished 14 Mar 2025\nUpdated 16 Mar 2025" + BODY)
    assert (m.published, m.modified) == ("2025-03-14", "2025-03-16")
    assert m.source_of("published") == "text"


def test_title_from_the_first_short_line() -> None:
    assert meta_of("Harbour Strike Ends\n\nMarch 14, 2025" + BODY).title == "Harbour Strike Ends"


def test_no_evidence_leaves_the_date_unknown() -> None:
    m = meta_of("The council met for three hours on Monday and agreed to meet again, officials said.")
    assert m.published is None
    assert m.title is None


def test_date_of_a_related_article_link_is_not_the_articles() -> None:
    text = ("Officials met on Friday to discuss the dam." + "\n\nRelated article: Why the river matters\n\n"
            "https://example.org/2024/05/01/why-the-river-matters\n\nThe talks will resume next month.")
    m = meta_of(text)
    assert m.published is None and m.url is None
    rejected = [c for c in m.candidates if c.field == "published"]
    assert rejected and all(c.rejected for c in rejected)


def test_date_and_url_from_a_labelled_original_url_footer() -> None:
    m = meta_of("Talks resume" + BODY + "\n\nOriginal url:\n\n<https://news.example.org/2023/03/03/talks-resume>")
    assert m.url == "https://news.example.org/2023/03/03/talks-resume"
    assert m.published == "2023-03-03"
    assert m.outlet == "Example"  # the site's own label, not its subdomain


@pytest.mark.parametrize("name, iso", [
    ("2023-04-18_valley-courier_dam-talks.txt", "2023-04-18"),
    ("20201007-report.md", "2020-10-07"),
    ("report_2021_03_04.html", "2021-03-04"),
    ("000_01b9c85061cad565.txt", None),
    ("7e427092d4201007a.txt", None),
])
def test_date_in_file_name(name: str, iso: str | None) -> None:
    found = date_in_filename(name)
    assert (found.isoformat() if found else None) == iso


def test_file_name_date_is_used_when_the_text_has_none() -> None:
    m = meta_of("The council met again." + BODY, file="2023-04-18_courier.txt")
    assert (m.published, m.source_of("published")) == ("2023-04-18", "filename")


def test_side_file_beats_the_text() -> None:
    side = [Candidate("published", "2021-05-02", "side-file", "a.meta.json"),
            Candidate("title", "The Real Title", "side-file", "a.meta.json")]
    m = meta_of("A Headline\n\nMay 1, 2021" + BODY, candidates=side)
    assert (m.published, m.title) == ("2021-05-02", "The Real Title")
    assert [c.value for c in m.candidates if c.field == "published"] == ["2021-05-02", "2021-05-01"]


def test_date_later_than_the_capture_is_rejected() -> None:
    m = meta_of("A Headline\n\nMay 1, 2031" + BODY, captured="2026-11-01T10:00:00+00:00")
    assert m.published is None
    assert [c.rejected for c in m.candidates if c.field == "published"] == ["later than the capture (2026-11-01)"]


def test_body_date_counts_only_when_the_text_reports_that_weekday() -> None:
    caption = "Ardesh - The minister arrives in Porvala, March 3, 2023.\n\n"
    with_weekday = meta_of(caption + "The minister said on Friday that talks would go on, aides said.")
    without = meta_of(caption + "The minister said that talks would go on, aides said.")
    assert (with_weekday.published, with_weekday.source_of("published")) == ("2023-03-03", "text-weekday")
    assert without.published is None


@pytest.mark.parametrize("raw, names", [
    ("By Mara Lind | 3 Hours Ago | Email The Author", "Mara Lind"),
    ("By Jon Ree and Ana Sol", "Jon Ree and Ana Sol"),
    ("Updated 2 hours ago", None),
])
def test_byline_junk_is_dropped(raw: str, names: str | None) -> None:
    assert clean_byline(raw) == names


def test_byline_line_in_the_header_is_read_and_kept_raw() -> None:
    m = meta_of("Harbour Strike Ends\nBy Mara Lind | 3 Hours Ago | Email The Author\nMarch 14, 2025" + BODY)
    assert m.byline == "Mara Lind"
    assert [c.detail for c in m.candidates if c.field == "byline"] == ["By Mara Lind | 3 Hours Ago | Email The Author"]


@pytest.mark.parametrize("text, agency", [
    ("PORVALA (Reuters) - The talks resumed on Friday.", "Reuters"),
    ("LONDON, Oct 7 (AP) — The talks resumed.", "AP"),
    ("KESSEL, May 4 (Northwind) - The ferries were withdrawn.", "Northwind"),  # any agency, by the wire's form
    ("Kessel (Gazette) - The ferries were withdrawn.", None),  # not the wire's form
    ("The talks resumed on Friday, the council said.", None),
])
def test_wire_copy_is_marked(text: str, agency: str | None) -> None:
    assert wire_agency(text, None, None) == agency


def test_url_dates() -> None:
    assert date_in_url("https://x.org/2020/10/07/slug-a71687") == dt.date(2020, 10, 7)
    assert date_in_url("https://x.org/news/slug-a71687") is None


def test_language_by_function_words() -> None:
    assert detect_language("The council met on Monday and said that the talks with the city were going well for all of the people in the valley.") == "en"
    assert detect_language("Le conseil a dit que les discussions avec la ville se passent bien pour tous les habitants de la vallée et du port.") == "fr"


def test_dates_found_in_running_text() -> None:
    assert [f.date.isoformat() for f in find_dates("From Sept. 27, 2020 to 07.10.2020 and 2021-03-04.")] == [
        "2020-09-27", "2020-10-07", "2021-03-04"]


# -- the header block: title, masthead, date and byline in the orders pages put them ----------------
LONG_BODY = ("\n\nThe ferry operator said on Monday that the two older vessels would be withdrawn before the "
             "summer season, and that the replacement ships ordered last year would arrive in April.\n")


@pytest.mark.parametrize("header, title, outlet", [
    # date line, then the paper's name with a section, then the headline
    ("Monday 4 May 2026\nISLAND GAZETTE | Transport\n\nTwo old ferries to be withdrawn before summer",
     "Two old ferries to be withdrawn before summer", "Island Gazette"),
    # headline, then the paper's name in title case
    ("Two old ferries to be withdrawn before summer\nThe Island Gazette",
     "Two old ferries to be withdrawn before summer", "The Island Gazette"),
    # the paper's name, a date line, then the headline
    ("Harbour Radio\n2026-05-04T07:10Z\n\nTwo old ferries to be withdrawn before summer",
     "Two old ferries to be withdrawn before summer", "Harbour Radio"),
    # a masthead in bold capitals above a Markdown heading
    ("**THE ISLAND GAZETTE**\n\n# Two old ferries to be withdrawn before summer",
     "Two old ferries to be withdrawn before summer", "The Island Gazette"),
    # a short headline alone stays the title
    ("Ferries withdrawn\n\nMay 4, 2026", "Ferries withdrawn", None),
])
def test_title_and_masthead_in_the_header_block(header: str, title: str, outlet: str | None) -> None:
    m = meta_of(header + LONG_BODY, captured="2026-06-01T00:00:00")
    assert (m.title, m.outlet) == (title, outlet)


def test_a_headline_wrapped_by_a_pdf_is_joined_and_the_date_line_gives_the_byline() -> None:
    text = ("COASTAL BUSINESS WEEK - Shipping\nFerry operator books a loss on its two oldest vessels\n"
            "as the island routes are renewed\n4 May 2026 | By Lena Marr\n"
            "The operator of the island ferries wrote down the value of its two oldest vessels\n"
            "by a third, it said on Monday, after deciding to withdraw them before summer.\n")
    m = meta_of(text, fmt="pdf", captured="2026-06-01T00:00:00")
    assert m.title == "Ferry operator books a loss on its two oldest vessels as the island routes are renewed"
    assert (m.outlet, m.byline, m.published) == ("Coastal Business Week", "Lena Marr", "2026-05-04")


def test_the_first_body_line_of_a_hard_wrapped_copy_is_not_a_title() -> None:
    text = ("The operator of the island ferries said on Monday that its two oldest vessels, including\n"
            "the Kestrel, would be withdrawn before the summer season and sold for scrap.\n")
    assert meta_of(text, fmt="pdf").title is None


def test_copyright_line_at_the_foot_names_the_outlet() -> None:
    m = meta_of("Two old ferries to be withdrawn before summer" + LONG_BODY +
                "\n(c) 2026 The Island Gazette, with material from wire services\n")
    assert m.outlet == "The Island Gazette" and m.source_of("outlet") == "copyright"


def test_site_name_link_in_the_navigation_bar_is_the_outlet_and_breadcrumbs_are_not_a_title() -> None:
    text = ("[Island Gazette](https://www.islandgazette.example/) · [Local](https://www.islandgazette.example/local)"
            " · [Sport](https://www.islandgazette.example/sport)\n\n"
            "[Home](/) > [Transport](/transport/) > Ferries\n\n# Two old ferries to be withdrawn before summer"
            + LONG_BODY)
    m = meta_of(text, file="a.md", fmt="markdown")
    assert (m.title, m.outlet, m.source_of("outlet")) == (
        "Two old ferries to be withdrawn before summer", "Island Gazette", "site-name")


def test_running_head_of_a_printed_page_names_the_paper() -> None:
    page = "ISLAND GAZETTE | Monday, 4 May 2026\n" + ("The ferry operator said the two vessels would go. " * 3 + "\n") * 3
    m = meta_of(page + "\f" + page, fmt="pdf", captured="2026-06-01T00:00:00")
    assert (m.outlet, m.published) == ("Island Gazette", "2026-05-04")


@pytest.mark.parametrize("line, byline, outlet", [
    ("By Lena Marr, Coastal Public Radio", "Lena Marr", "Coastal Public Radio"),
    ("By Tom Bell for the Island Gazette", "Tom Bell", "Island Gazette"),
    ("By Lena Marr, Tom Bell", "Lena Marr, Tom Bell", None),  # two writers, no outlet
    ("By Lena Marr, Kessel correspondent", "Lena Marr, Kessel correspondent", None),
])
def test_a_byline_may_name_the_writers_outlet(line: str, byline: str, outlet: str | None) -> None:
    m = meta_of("Two old ferries to be withdrawn before summer\n" + line + LONG_BODY)
    assert (m.byline, m.outlet) == (byline, outlet)


def test_a_masthead_above_a_date_line_is_not_a_dated_photo_caption() -> None:
    m = meta_of("ISLAND GAZETTE — Transport\nWednesday, May 6, 2026\n\nTwo old ferries to be withdrawn" + LONG_BODY,
                captured="2026-06-01T00:00:00")
    assert (m.outlet, m.published, m.title) == ("Island Gazette", "2026-05-06", "Two old ferries to be withdrawn")


def test_a_date_line_in_another_language_is_not_joined_to_the_line_above() -> None:
    text = ("La Gazette de l'Île\nmardi 5 mai 2026\n\nLes deux vieux ferries retirés avant l'été\n\n"
            "Par Lena Marr, correspondante\n\nLa compagnie a annoncé lundi que ses deux plus anciens navires seraient "
            "retirés avant la saison, et que les nouveaux bateaux arriveraient en avril.\n")
    m = meta_of(text, captured="2026-06-01T00:00:00")
    assert (m.outlet, m.published, m.title, m.language) == (
        "La Gazette de l'Île", "2026-05-05", "Les deux vieux ferries retirés avant l'été", "fr")
    assert m.byline == "Lena Marr, correspondante"


@pytest.mark.parametrize("language, iso", [("es", "2026-01-12"), ("en", "2026-12-01")])
def test_a_slashed_date_is_day_first_outside_english(language: str, iso: str) -> None:
    record = [Candidate("published", "12/01/2026", "record", "published_at"),
              Candidate("language", language, "record", "lang")]
    assert meta_of("Ferries" + LONG_BODY, candidates=record, captured=None).published == iso


def test_a_cookie_notice_before_the_heading_does_not_hide_the_title() -> None:
    text = ("> We use cookies to give you the best experience on our website. By continuing to browse you agree to "
            "our [cookie policy](https://x.example/cookies). **[Accept]**\n\n# Two old ferries to be withdrawn"
            + LONG_BODY)
    assert meta_of(text, file="a.md", fmt="markdown").title == "Two old ferries to be withdrawn"


def test_the_linked_logo_and_a_copyright_line_with_all_rights_reserved_name_the_outlet() -> None:
    logo = "[![The Island Gazette](https://islandgazette.example/logo.svg)](https://islandgazette.example/)\n\n"
    assert meta_of(logo + "# Two old ferries" + LONG_BODY, fmt="markdown").outlet == "The Island Gazette"
    foot = "\n© 2026 Island Gazette Media Ltd. All rights reserved.\n\nOriginal URL: https://islandgazette.example/a\n"
    assert meta_of("Two old ferries" + LONG_BODY + foot).outlet == "Island Gazette Media"


def test_a_hard_wrapped_copy_with_mirrored_running_heads_and_a_byline_role_has_no_title() -> None:
    para = ("The operator of the island ferries said on Monday that its two oldest vessels would be\n"
            "withdrawn before the summer season and sold, after inspectors found corrosion.\n")
    text = ("THE ISLAND GAZETTE                                  Page 1\n\nBy LENA MARR\nTransport reporter\n\n"
            + para * 6 + "\nPage 2                                  THE ISLAND GAZETTE\n\n" + para * 6)
    m = meta_of(text, fmt="pdf")
    assert (m.title, m.byline, m.outlet) == (None, "LENA MARR", "The Island Gazette")


def test_dates_in_a_most_read_list_are_other_articles() -> None:
    text = ("# Two old ferries to be withdrawn" + LONG_BODY + "\n## Most read\n\n"
            "1.   [Bridge tolls to rise](https://islandgazette.example/news/tolls) March 10, 2025\n"
            "2.   [Harbour reopens](https://islandgazette.example/news/harbour) March 1, 2025\n")
    m = meta_of(text, file="a.md", fmt="markdown", captured="2026-06-01T00:00:00")
    assert m.published is None  # "on Monday" in the body does not make a listed date the article's


def test_a_web_reader_scrape_gives_title_url_and_date_by_its_labels() -> None:
    text = ("Title: Two old ferries to be withdrawn | Island Gazette\n\n"
            "URL Source: https://islandgazette.example/news/ferries-withdrawn\n\nPublished Time: 2026-05-04T07:00:00Z\n\n"
            "Markdown Content:\n[Island Gazette](https://islandgazette.example/) > [News](https://islandgazette.example/news)"
            " > Ferries" + LONG_BODY)
    m = meta_of(text, file="a.md", fmt="markdown", captured="2026-06-01T00:00:00")
    assert (m.title, m.url, m.published, m.outlet) == (
        "Two old ferries to be withdrawn", "https://islandgazette.example/news/ferries-withdrawn", "2026-05-04",
        "Island Gazette")


def test_the_address_printed_at_the_foot_of_a_pdf_page_is_the_articles() -> None:
    text = "Two old ferries to be withdrawn\n" + LONG_BODY + "\nhttps://islandgazette.example/news/ferries\n"
    assert meta_of(text, fmt="pdf").url == "https://islandgazette.example/news/ferries"
    assert meta_of(text, fmt="txt").url is None  # a bare link elsewhere is not the article's


def test_the_logo_names_the_paper_before_the_company_in_the_copyright_line() -> None:
    logo = "[![Harbour Daily](https://harbourdaily.example/logo.svg)](https://harbourdaily.example/)\n\n"
    m = meta_of(logo + "# Two old ferries" + LONG_BODY + "\n© 2026 Harbour Media Group Ltd. All rights reserved.\n",
                fmt="markdown")
    assert m.outlet == "Harbour Daily"


# -- datelines that open the running text, days without their year, the lead photo's date ----------
@pytest.mark.parametrize("opening, iso", [
    ("NEREVO, 12 August 2022 – At dawn on Friday the pumps on the farm were silent.", "2022-08-12"),
    ("Hamburg, 2. November 2021. Der Senat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.",
     "2021-11-02"),
    ("**KESSEL**, Oct. 7, 2020 (Northwind) — The ferries were withdrawn, the operator said.", "2020-10-07"),
    ("TREVASUND, 8. April 2026 (dpa) – Nach fast drei Jahren haben Kestria und Varnholt unterzeichnet.",
     "2026-04-08"),  # German agencies' initials in lower case
    ("On Friday, 7 March 2025, the council met and agreed to meet again, officials said.", None),  # no place
    ("In Hamburg, 2 November 2021 was the coldest day of the autumn, the weather service said.", None),
])
def test_a_dateline_that_opens_the_running_text_dates_the_article(opening: str, iso: str | None) -> None:
    m = meta_of("Ferries withdrawn\n\n" + opening + BODY, captured="2026-06-01T00:00:00")
    assert m.published == iso


def test_a_dateline_may_open_the_paragraph_after_a_standfirst() -> None:
    text = ("Ferries withdrawn\n\nThe island loses two of its boats before the summer.\n\n"
            "KESSEL, 4 May 2026 - The operator said on Monday that the two oldest vessels would go." + BODY)
    assert meta_of(text, captured="2026-06-01T00:00:00").published == "2026-05-04"


@pytest.mark.parametrize("header, written", [
    ("Ferries withdrawn\nFriday 7 March\n", "Friday 7 March"),  # a date line without its year
    ("Ferries withdrawn\n\nKESSEL, May 4 (Northwind) - The ferries were withdrawn on Monday.\n", "May 4"),
])
def test_a_day_without_its_year_is_kept_for_the_collection_and_dates_nothing_alone(header: str, written: str) -> None:
    m = meta_of(header + BODY)
    assert m.published is None and m.title == "Ferries withdrawn"
    (day,) = [c for c in m.candidates if c.field == "published"]
    assert (day.value, day.detail, day.rejected) == (
        f"--{'03-07' if 'March' in written else '05-04'}", written, NO_YEAR)


def test_a_body_date_whose_weekday_the_text_names_elsewhere_is_not_the_articles() -> None:
    text = ("Ferries withdrawn\n\nThe operator said on Friday that the two oldest vessels would be withdrawn "
            "before the summer season, after inspectors found corrosion in both hulls.\n\n"
            "The older of the two was launched on 13 October 1989, a Friday, and has sailed ever since.\n")
    m = meta_of(text)
    assert m.published is None
    assert all(c.rejected for c in m.candidates if c.field == "published")


def test_only_the_lead_photos_caption_dated_on_the_weekday_of_the_lead_dates_the_article() -> None:
    caption = "Ardesh - The minister arrives in Porvala, March 3, 2023.\n\n"
    lead = "The minister said on Friday that talks would go on, aides said.\n\n"
    assert meta_of("Talks go on\n\n" + caption + lead).published == "2023-03-03"
    # the same caption further down, under a lead that names no weekday: a photo of something else
    later = "The minister said that talks would go on, aides said.\n\n" + caption + "They resume on Friday.\n"
    assert meta_of("Talks go on\n\n" + later).published is None


# -- the paper's name in the header block ----------------------------------------------------------------
@pytest.mark.parametrize("header, outlet", [
    ("Harbour Daily\nFerries withdrawn", "Harbour Daily"),  # its own line, above a headline as short
    ("Two old ferries to be withdrawn before summer\nBy Lena Marr\n\nHarbour Daily", "Harbour Daily"),  # below
    ("Island Gazette · Transport\n\nTwo old ferries to be withdrawn before summer", "Island Gazette"),  # a section
    ("Transport | Kessel Valley Voice\n\nTwo old ferries to be withdrawn", "Kessel Valley Voice"),  # after it
    ("Two old ferries to be withdrawn\nIsland Gazette — 4 May 2026", "Island Gazette"),  # beside a date
    ("Two old ferries to be withdrawn\nIsland Gazette · 3 min read", "Island Gazette"),  # a reading time
    ("Der Inselbote\n\nZwei alte Fähren werden vor dem Sommer ausgemustert", "Der Inselbote"),
    ("Two old ferries to be withdrawn\nJornal da Ilha · 04/05/2026 · 09h14", "Jornal da Ilha"),  # a clock time
    ("Two old ferries to be withdrawn\nIsland Gazette | 7.30pm", "Island Gazette"),
    ("Two old ferries to be withdrawn\nPublished by the Island Gazette on 4 May 2026", "Island Gazette"),
    ("Deux vieux ferries retirés avant l'été\nPublié par La Gazette de l'Île le 4 mai 2026 à 07h30",
     "La Gazette de l'Île"),
])
def test_the_papers_name_is_read_from_the_header_block_as_a_whole(header: str, outlet: str) -> None:
    m = meta_of(header + LONG_BODY, captured="2026-06-01T00:00:00")
    assert m.outlet == outlet
    assert m.title is not None and m.title != outlet


def test_a_running_head_with_the_page_number_in_the_middle_names_the_paper_and_the_day() -> None:
    page = "The Island Gazette   4   Monday, 4 May 2026\n" + ("The ferry operator said the vessels would go. " * 3
                                                             + "\n") * 3
    m = meta_of(page + "\f" + page.replace("   4   ", "   5   "), fmt="pdf", captured="2026-06-01T00:00:00")
    assert (m.outlet, m.published) == ("The Island Gazette", "2026-05-04")


def test_a_magazines_running_head_with_the_issue_month_names_the_paper() -> None:
    page = "12 | The Quarry Times | June 2026\n" + ("The ferry operator said the vessels would go. " * 3 + "\n") * 3
    m = meta_of(page + "\f" + page.replace("12 |", "13 |"), fmt="pdf", captured="2026-07-01T00:00:00")
    assert (m.outlet, m.published) == ("The Quarry Times", None)  # a month is no publication day


def test_the_agency_of_a_wire_dateline_names_the_outlet_of_its_own_copy_only() -> None:
    story = "\n\nKESSEL, 4 May 2026 (Northwind) - The ferry operator will withdraw its two oldest vessels, it said."
    own = meta_of("Ferries to go" + story + BODY, captured="2026-06-01T00:00:00")
    assert (own.outlet, own.source_of("outlet"), own.wire) == ("Northwind", "wire-dateline", "Northwind")
    run = meta_of("Ferries to go\nThe Island Gazette" + story + BODY, captured="2026-06-01T00:00:00")
    assert (run.outlet, run.wire) == ("The Island Gazette", "Northwind")
    site = meta_of("Ferries to go" + story + BODY + "\n\nOriginal URL: https://islandgazette.example/ferries\n",
                   captured="2026-06-01T00:00:00")
    assert site.outlet == "Island Gazette"  # read from its domain


@pytest.mark.parametrize("header, outlet", [
    ("WORLD\n\nTwo old ferries to be withdrawn before summer\nIsland Gazette | 4 May 2026", "Island Gazette"),
    ("TRANSPORT | Island Gazette\nTwo old ferries to be withdrawn before summer", "Island Gazette"),  # a section
    ("Two old ferries to be withdrawn before summer\nBy Lena Marr | Island Gazette", "Island Gazette"),  # byline
    ("Two old ferries to be withdrawn before summer\nThe Kessel Observer, 4 May 2026", "The Kessel Observer"),
    ("Island Gazette -- Morning Brief\nTwo old ferries to be withdrawn before summer", "Island Gazette"),
    ("Two old ferries to be withdrawn before summer\nFiled to: Island Gazette › Transport", "Island Gazette"),
])
def test_a_section_a_byline_or_a_label_beside_the_name_does_not_hide_it(header: str, outlet: str) -> None:
    m = meta_of(header + LONG_BODY, captured="2026-06-01T00:00:00")
    assert (m.outlet, m.title) == (outlet, "Two old ferries to be withdrawn before summer")


def test_a_pdf_header_line_that_lost_its_separators_gives_the_paper_and_the_day() -> None:
    text = ("7 THE ISLAND GAZETTE Monday, May 4, 2026\nTwo old ferries to be withdrawn before the summer, but\n"
            "islanders say it was time\nBy Lena Marr\n" + LONG_BODY.strip() + "\n")
    m = meta_of(text, fmt="pdf", captured="2026-06-01T00:00:00")
    assert (m.outlet, m.published, m.title) == (
        "The Island Gazette", "2026-05-04", "Two old ferries to be withdrawn before the summer, but islanders say it "
        "was time")


def test_a_source_line_names_the_paper_and_beats_the_aggregators_own_name() -> None:
    digest = "[Island Digest](https://digest.example/) — your island news in one place\n\n"
    teaser = meta_of(digest + "### Two old ferries to be withdrawn\n\nSource: Harbour Daily · 4 May 2026" + LONG_BODY,
                     file="a.md", fmt="markdown", captured="2026-06-01T00:00:00")
    assert (teaser.title, teaser.outlet, teaser.published) == (
        "Two old ferries to be withdrawn", "Harbour Daily", "2026-05-04")
    foot = meta_of("## Two old ferries to be withdrawn" + LONG_BODY + "\nSource: Harbour Courier\n",
                   file="a.md", fmt="markdown")
    assert (foot.title, foot.outlet) == ("Two old ferries to be withdrawn", "Harbour Courier")


def test_the_wire_credited_beside_the_byline_is_not_the_outlet_that_runs_the_story() -> None:
    text = ("[Island Gazette](https://islandgazette.example/) | [Local](https://islandgazette.example/local)\n\n"
            "# Two old ferries to be withdrawn\n\nBy Lena Marr | Northwind Wire | May 4, 2026\n\n"
            "KESSEL, May 4 (Northwind Wire) - The ferry operator will withdraw its two oldest vessels." + LONG_BODY)
    m = meta_of(text, file="a.md", fmt="markdown", captured="2026-06-01T00:00:00")
    assert (m.outlet, m.wire, m.published) == ("Island Gazette", "Northwind Wire", "2026-05-04")


@pytest.mark.parametrize("header, title", [
    # a headline in capitals above its deck, as print sets it
    ("THE OLD FERRIES GO HOME\n\nTwo vessels withdrawn before summer as the island routes are renewed by the state",
     "THE OLD FERRIES GO HOME"),
    # a rubric in capitals above the headline
    ("ISLAND FERRY CRISIS\n\nTwo old ferries withdrawn before summer as routes are renewed",
     "Two old ferries withdrawn before summer as routes are renewed"),
])
def test_a_headline_in_capitals_is_told_from_a_rubric(header: str, title: str) -> None:
    assert meta_of("HARBOUR DAILY | 4 May 2026\n\n" + header + LONG_BODY).title == title


def test_a_newsletter_items_headline_is_the_line_above_its_dateline() -> None:
    text = ("HARBOUR DAILY -- MORNING BRIEF\nMonday 4 May\n\nGood morning. Here is what you need to know today.\n\n"
            "----------\n\nFERRIES TO BE WITHDRAWN BEFORE SUMMER\n\n"
            "KESSEL, May 4 (Northwind) - The operator will withdraw its two oldest vessels, it said on Monday.\n")
    m = meta_of(text)
    assert (m.title, m.outlet) == ("FERRIES TO BE WITHDRAWN BEFORE SUMMER", "Harbour Daily")


@pytest.mark.parametrize("line, published, modified", [
    ("Published: 4 May 2026 | Updated: 5 May 2026, 08:00", "2026-05-04", "2026-05-05"),
    ("Updated 5 May 2026, first published 4 May 2026", "2026-05-04", "2026-05-05"),
])
def test_a_date_line_with_both_dates_gives_each_its_field(line: str, published: str, modified: str) -> None:
    m = meta_of("Two old ferries to be withdrawn\n" + line + LONG_BODY, captured="2026-06-01T00:00:00")
    assert (m.published, m.modified) == (published, modified)


def test_the_agencys_copyright_year_dates_its_own_copy_but_a_sites_footer_does_not() -> None:
    story = "Ferries to go\n\nKESSEL, Oct 5 (Northwind) - The operator will withdraw its two oldest vessels." + BODY
    assert meta_of(story + "\n\nCopyright 2022 Northwind\n").published == "2022-10-05"
    assert meta_of(story + "\n\n© 2022 Island Gazette. All rights reserved.\n").published is None


def test_a_copyright_line_with_the_year_after_the_name_names_the_outlet() -> None:
    m = meta_of("Zwei alte Fähren" + LONG_BODY + "\n© Inselbote 2026 – Impressum – Datenschutz\n")
    assert (m.outlet, m.source_of("outlet")) == ("Inselbote", "copyright")


def test_a_dateline_may_name_the_agency_before_the_day() -> None:
    m = meta_of("Ferries to go\n\nKESSEL (Northwind) — May 4, 2026 — The operator will withdraw two vessels."
                + BODY, captured="2026-06-01T00:00:00")
    assert (m.published, m.outlet, m.wire) == ("2026-05-04", "Northwind", "Northwind")


@pytest.mark.parametrize("line, iso", [("KESSEL, 4 May 2026", "2026-05-04"), ("Hamburg, 2. November 2021", "2021-11-02")])
def test_a_place_dateline_on_a_line_of_its_own_dates_the_article_but_names_no_paper(line: str, iso: str) -> None:
    m = meta_of("Two old ferries to be withdrawn\n" + line + LONG_BODY, captured="2026-06-01T00:00:00")
    assert (m.title, m.outlet, m.published) == ("Two old ferries to be withdrawn", None, iso)


def test_a_date_line_may_end_with_the_byline() -> None:
    m = meta_of("Two old ferries to be withdrawn\n\nPosted on 4 May 2026 by Lena Marr" + LONG_BODY,
                captured="2026-06-01T00:00:00")
    assert (m.published, m.byline) == ("2026-05-04", "Lena Marr")


def test_a_headline_in_title_case_stays_the_title_with_a_full_stop_after_it() -> None:
    headline = "Poll: Island Voters Abandon the Ferry Plan for a Bridge."
    assert meta_of(headline + LONG_BODY).title == headline
    assert meta_of("The island voters abandoned the ferry plan for a bridge, the poll found." + LONG_BODY).title is None


@pytest.mark.parametrize("header, title, outlet", [
    # a headline with its site's name appended: the name is the outlet, the headline the title
    ("Two old ferries to be withdrawn | Island Gazette\n\n4 May 2026", "Two old ferries to be withdrawn",
     "Island Gazette"),
    # a headline beside a section is no paper's name
    ("Opinion | Why the old ferries must go\n\n4 May 2026", "Opinion | Why the old ferries must go", None),
    # a running head's page count and a section with "&" stand beside the name
    ("ISLAND BUSINESS WEEKLY - Companies & Markets\nFerry operator books a loss on its two oldest vessels\n\n"
     "4 May 2026", "Ferry operator books a loss on its two oldest vessels", "Island Business Weekly"),
    ("Listen to this article · 4 min\nTwo old ferries to be withdrawn\n4 May 2026", "Two old ferries to be withdrawn",
     None),
])
def test_what_stands_beside_a_name_and_what_does_not(header: str, title: str, outlet: str | None) -> None:
    m = meta_of(header + LONG_BODY, captured="2026-06-01T00:00:00")
    assert (m.title, m.outlet, m.published) == (title, outlet, "2026-05-04")


def test_a_running_head_that_counts_its_pages_names_the_paper() -> None:
    page = ("Island Gazette — Monday 4 May 2026 — Page {} of 2\n"
            + ("The ferry operator said the vessels would go. " * 3 + "\n") * 3)
    m = meta_of(page.format(1) + "\f" + page.format(2), fmt="pdf", captured="2026-06-01T00:00:00")
    assert (m.outlet, m.published) == ("Island Gazette", "2026-05-04")


def test_a_lead_opened_by_the_date_alone_is_dated_but_an_item_of_a_chronology_is_not() -> None:
    lead = ("12 August 2022 – At dawn on Friday the pumps on the Selo family farm were silent for the third day, "
            "and the canal that feeds them held little more than a puddle.")
    assert meta_of("Farmers count the days\n\n" + lead + BODY).published == "2022-08-12"
    chronology = "Farmers count the days\n\n3 March 2017 – The dam fails.\n\n9 May 2019 – The inquiry reports.\n"
    assert meta_of(chronology + BODY).published is None


@pytest.mark.parametrize(("host", "text", "name"), [
    ("www.valleycourier.example", "Reporters of the Valley Courier asked the mayor.", "Valley Courier"),
    ("theharbourgazette.example", "The Harbour Gazette has learned that the port will close.", "The Harbour Gazette"),
    ("bbc.co.uk", "The BBC said the port will close.", "BBC"),
    ("harbourtimes.example", "The port will close, at times for weeks, the Harbour office said.", "Harbour Times"),
    ("themoscowtimes.com", "Russia's commitments to Armenia, President Putin said.", "The Moscow Times"),
    ("vellmarpost.example", "The ferry to Vellmar will not run.", "Vellmar Post"),  # one word the text writes
    ("tarsovianherald.tv", "Ferries to Tarsovia are cancelled.", "Tarsovian Herald"),  # not "Tarsovia Nherald"
    ("news.voiceofthevalley.example", "", "Voice of the Valley"),
    ("harbourwatch.substack.com", "", "Harbourwatch"),
    ("france24.com", "", "France 24"),
    ("example.org", "", "Example"),  # not "Examp le": no name ends in a small word
    ("quarrytownerbaysidenews.example", "", "Quarrytownerbayside News"),  # not "Quarrytownerbaysi de News"
    ("kz.example", "", None),  # too short to read as a word: the host stays
    ("elbkurier.example", "", "Elbkurier"), ("harburger-anzeiger.example", "", "Harburger Anzeiger"),  # compounds
])
def test_a_domain_names_its_outlet_in_the_articles_capitalised_words_and_the_words_outlets_are_named_with(
        host: str, text: str, name: str | None) -> None:
    from storyline.header.names import name_of_domain

    assert name_of_domain(host, text) == name


def test_an_article_known_only_by_its_url_takes_the_outlet_its_domain_spells() -> None:
    text = ("Port to close\n\nThe Harbour Gazette has learned that the port will close in May, "
            "the council said on Monday.\n\nURL: https://www.theharbourgazette.example/2024/05/06/port\n")
    doc = Document(path="a.txt", file="a.txt", format="txt", text=text, raw=text.encode())
    meta = describe(doc, clean(doc))
    assert (meta.outlet, meta.source_of("outlet")) == ("The Harbour Gazette", "domain")


def test_a_bare_link_opening_the_text_is_its_own_address_but_one_in_the_body_is_not() -> None:
    top = meta_of("https://www.thenorthbaycourier.example/2025/03/14/ferry-fares/\n\nFerry fares to rise again" + BODY)
    assert (top.url, top.published, top.outlet) == (
        "https://www.thenorthbaycourier.example/2025/03/14/ferry-fares/", "2025-03-14", "The Northbay Courier")
    body = meta_of("Ferry fares to rise again" + BODY + "\n\nhttps://www.islandgazette.example/2025/01/02/older-story\n"
                   + BODY)
    assert (body.url, body.published) == (None, None)


@pytest.mark.parametrize("label", ["Source", "Quelle", "Fuente", "Fonte", "Źródło", "Källa"])
def test_a_source_line_in_any_language_gives_the_articles_address(label: str) -> None:
    m = meta_of("Fernwärmepreis steigt um 19 Prozent" + BODY + f"\n\n{label}: https://www.elbkurier.example/hamburg/a-88213\n")
    assert (m.url, m.outlet) == ("https://www.elbkurier.example/hamburg/a-88213", "Elbkurier")


def test_a_page_title_loses_the_site_name_put_before_it() -> None:
    m = meta_of("---\ntitle: \"Saltmarsh Gazette – Oyster beds reopen after two-year closure\"\n"
                "source: \"https://www.saltmarshgazette.example/news/oyster-beds-reopen\"\n---\n" + LONG_BODY,
                file="a.md", fmt="md", captured="2026-06-01T00:00:00")
    assert (m.title, m.outlet) == ("Oyster beds reopen after two-year closure", "Saltmarsh Gazette")


def test_a_pdf_headline_wrapped_before_a_sum_of_money_is_one_headline() -> None:
    m = meta_of("Former treasurer\ngets 30 months\nfor skimming\n$612,000 from\nfire district\n" + LONG_BODY, fmt="pdf",
                captured="2026-06-01T00:00:00")
    assert m.title == "Former treasurer gets 30 months for skimming $612,000 from fire district"


def test_a_long_headline_without_a_stop_under_a_masthead_in_capitals_is_the_headline() -> None:
    m = meta_of("EL HERALDO DE MONTECAL\nEconomía\n\nLa cooperativa olivarera de Montecal despide a 40 temporeros "
                "tras la peor cosecha en una década\n\nMontecal, 18 de febrero de 2026\n\n" + LONG_BODY,
                captured="2026-03-01T00:00:00")
    assert (m.title, m.outlet, m.published) == (
        "La cooperativa olivarera de Montecal despide a 40 temporeros tras la peor cosecha en una década",
        "El Heraldo de Montecal", "2026-02-18")


def test_a_long_last_paragraph_without_a_stop_is_the_body_not_a_headline() -> None:
    text = ("Strike Ends\n\nTrams in Zürich ran again on Tuesday after the strike ended and the city's transport "
            "office said nothing more about it")
    m = meta_of(text, captured="2026-06-01T00:00:00")
    assert m.title == "Strike Ends"


@pytest.mark.parametrize("spelling, iso", [
    ("The defence ministry's programme for the harbour centre was criticised by the labour union.", "2025-05-07"),
    ("The defense ministry's program for the harbor center was criticized by the labor union.", "2025-07-05"),
])
def test_an_english_pages_spelling_decides_the_order_of_its_numeric_date(spelling: str, iso: str) -> None:
    text = "Budget squeeze\n\nPublished: 07/05/2025\n\n" + spelling + " " + LONG_BODY
    assert meta_of(text, captured="2026-01-01T00:00:00").published == iso
