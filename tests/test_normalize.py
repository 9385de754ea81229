"""Normalize: clean paragraphs from messy captures, every character mapped back to its source."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.models import Document
from storyline.normalize import clean


def doc(text: str, fmt: str = "txt") -> Document:
    return Document(path="a.txt", file="a.txt", format=fmt, text=text, raw=text.encode())


PDF_COPY = (
    "The river authority said on Monday that the new sluice gates at the upper dam would open\n"
    "next spring, after two years of delays blamed on the regional govern-\n"
    "ment and on a shortage of steel. Engineers from both banks of the river will\n"
    "share the control room, a first for the long-divided valley.\n"
    "\n"
    "The Valley Courier | Page 2\n"
    "\n"
    "Farmers downstream welcomed the decision but warned that the water-\n"
    "sharing plan still left the dry months without any guaranteed flow for\n"
    "the orchards near the estuary, which depend on a steady summer supply.\n"
    "\n"
    "The Valley Courier | Page 3\n"
    "\n"
    "3\n"
)


def test_pdf_hard_line_breaks_are_unwrapped_into_paragraphs() -> None:
    text = clean(doc(PDF_COPY)).text
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("The river authority said on Monday that the new sluice gates at the upper dam would open next spring")
    assert "\n" not in paragraphs[0]


def test_a_print_columns_narrow_lines_are_unwrapped_too() -> None:
    column = ("VÉRAC-LES-MONTS - After four hours of\ndebate and one adjournment, the town\n"
              "council of Vérac-les-Monts on Monday\nnight approved the construction of 14\n"
              "wind turbines on the Brennec Ridge.\n\nMayor Helene Dufrasne-Kabir, who has\n"
              "staked her second term on the project,\ntold the chamber it was \"the most\n"
              "important decision this council has taken\nin a generation\".\n")
    paragraphs = clean(doc(column)).text.split("\n\n")
    assert len(paragraphs) == 2 and "\n" not in paragraphs[1]
    assert "\"the most important decision this council has taken in a generation\"" in paragraphs[1]


def test_word_split_by_a_line_end_hyphen_is_mended_but_compounds_keep_their_hyphen() -> None:
    text = clean(doc(PDF_COPY)).text
    assert "regional government and" in text
    assert "water-sharing plan" in text


def test_running_page_heads_and_page_numbers_are_removed_and_recorded() -> None:
    cleaned = clean(doc(PDF_COPY))
    assert "Valley Courier" not in cleaned.text
    assert not cleaned.text.rstrip().endswith("3")
    kinds = [kind for _, _, kind in cleaned.removed]
    assert kinds.count("page-header") == 2
    assert kinds.count("page-number") == 1


MARKDOWN_PAGE = """# Dam Talks Resume in Porvala

March 3, 2023

![Delegates at the table](https://img.example.org/talks.jpg)

Delegations from Ardesh and Velmora met in [Porvala](https://example.org/porvala) on Friday, **the first** talks in a year.

**Related article:** [Why the Nerevo matters](https://example.org/2024/05/01/why-the-nerevo-matters)

"We came to listen," said the envoy.

Share this article

Original url:

<https://example.org/2023/03/03/dam-talks-resume>
"""


def test_markdown_links_images_and_emphasis_are_reduced_to_text() -> None:
    text = clean(doc(MARKDOWN_PAGE, "markdown")).text
    assert text.startswith("Delegations from Ardesh and Velmora met in Porvala on Friday, the first talks in a year.")
    assert "](" not in text and "**" not in text and "img.example.org" not in text


def test_title_date_related_share_and_url_lines_are_furniture_not_text() -> None:
    cleaned = clean(doc(MARKDOWN_PAGE, "markdown"))
    assert cleaned.text.split("\n\n") == [
        "Delegations from Ardesh and Velmora met in Porvala on Friday, the first talks in a year.",
        '"We came to listen," said the envoy.',
    ]
    assert [kind for _, _, kind in cleaned.removed] == [
        "title", "dateline-published", "related", "widget", "url-label", "own-url"]


def test_caption_ending_in_a_photo_credit_is_removed() -> None:
    text = "Workers pour concrete at the Kovrin site. Basinmonitor.org\n\nThe dam will be finished by 2027, officials said."
    cleaned = clean(doc(text))
    assert cleaned.text == "The dam will be finished by 2027, officials said."
    assert [kind for _, _, kind in cleaned.removed] == ["caption"]


def test_one_paragraph_per_line_exports_are_not_joined() -> None:
    lines = [f"Paragraph {i} is a long line of an export that keeps each paragraph on one line and runs on well past any wrapping width, as such exports do." for i in range(5)]
    assert clean(doc("\n".join(lines))).text.split("\n\n") == lines


def test_every_clean_character_maps_to_the_same_character_in_the_source() -> None:
    for source in (PDF_COPY, MARKDOWN_PAGE):
        cleaned = clean(doc(source, "markdown"))
        for i, ch in enumerate(cleaned.text):
            if ch.isalnum():
                assert source[cleaned.textmap.to_source(i)] == ch, (i, ch)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("abc DEF-.\n*[]()!#“”\u00a0é\u0301"), max_size=60), max_size=8))
def test_offset_map_round_trips_on_arbitrary_text(parts: list[str]) -> None:
    source = "\n".join(parts)
    cleaned = clean(doc(source, "markdown"))
    for i, ch in enumerate(cleaned.text):
        if ch.isalnum() and ch.isascii():
            assert source[cleaned.textmap.to_source(i)] == ch
