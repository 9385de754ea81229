"""Copy detection: what it groups, what it keeps apart, and what it says about each copy."""
from __future__ import annotations

import json
import random
import subprocess
import sys

import pytest

from storyline.config import Config
from storyline.dedup import CopyCandidate, copy_diff, find_copies, optimal_bands, shingles, words
from storyline.dedup.groups import CONTAINMENT, copy_groups

# A fictional wire story, four paragraphs.
P1 = ("Officials in the river town of Marlow confirmed on Tuesday that the old footbridge will close "
      "for repairs next month. The council said the work would take eleven weeks and cost about "
      "two million crowns, paid from the regional transport fund.")
P2 = ("“We have no choice,” said Mayor Edda Kvist. “The cables are rusting and the deck is cracked in "
      "three places.” Residents will be able to use a ferry service in the meantime, running every "
      "twenty minutes between the mill and the station.")
P3 = ("Local traders fear a drop in visitors during the summer season, when the Saturday market draws "
      "crowds from across the valley. The chamber of commerce asked the council for compensation and "
      "for signs directing visitors to the ferry landing.")
P4 = ("Engineers first flagged the damage in a report last spring, which the council published only "
      "after a freedom-of-information request by the Marlow Courier. The bridge was built in 1908 and "
      "last renovated in the 1970s.")
STORY = "\n\n".join([P1, P2, P3, P4])

# The same story as a Markdown capture (title line, footer) ...
MARKDOWN = ("# Marlow footbridge to close for eleven weeks\n\n" + STORY
            + "\n\nOriginal url: https://courier.example/marlow-bridge")
# ... and as PDF-extracted text: hard line wrapping, a word hyphenated across a line, straight quotes.
PDF = (STORY.replace("“", '"').replace("”", '"')
       .replace("the old footbridge will", "the old foot-\nbridge will")
       .replace("draws crowds", "draws\ncrowds").replace("visitors to the", "visitors\nto the"))
# Republished with a new headline and an extra paragraph.
EXTRA = ("Bridge closure worries Marlow traders\n\n" + STORY + "\n\nThe ferry operator said tickets "
         "would be free for residents with a council card, and that a second boat could be added on "
         "market days if queues grew longer than expected.")
# A different outlet's own report on the same event: shared names and one shared quote only.
OTHER_OUTLET = (
    "Marlow will shut its century-old footbridge from next month, Mayor Edda Kvist announced, after "
    "inspectors found corroded cables.\n\n“The cables are rusting and the deck is cracked in three "
    "places,” Kvist told reporters outside the town hall on Tuesday.\n\nShop owners on the market square "
    "said they expect fewer tourists this summer. A temporary ferry will carry pedestrians across the "
    "river, the town said, and the repairs are due to last until the autumn.\n\nThe Courier had reported "
    "the damage last year. Regional officials have promised to cover most of the bill."
)

CONFIG = Config()


def _links(*items: CopyCandidate) -> dict[str, tuple[str, str, bool]]:
    return {l.copy: (l.original, l.kind, l.partial) for l in find_copies(items, CONFIG)}


# Normalization and shingles ---------------------------------------------------------------------

@pytest.mark.parametrize(("a", "b"), [
    ("Don’t stop", "don't STOP"),                                    # curly vs straight, case
    ("the foot-\nbridge closed", "the footbridge closed"),           # hyphenated across a line
    ("the well-known mayor", "the well‑known mayor"),                 # hyphen vs non-breaking hyphen
    ("“Quoted,” she said.", '"Quoted," she said'),                   # quote shapes, punctuation
    ("ﬁne  print\n\nhere", "fine print here"),                      # ligature, white space
])
def test_normalization_makes_these_texts_equal(a: str, b: str) -> None:
    assert words(a) == words(b)
    assert shingles(a, 2) == shingles(b, 2)


def test_words_are_unicode_aware() -> None:
    assert words("Ереван, 7 октября — Café RÉSUMÉ") == ["ереван", "7", "октября", "café", "résumé"]


def test_shingle_hashes_are_stable_across_processes() -> None:
    code = "from storyline.dedup import shingles; print(sorted(shingles('a b c d e', 3)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": "src", "PYTHONHASHSEED": "123"}).stdout
    assert json.loads(out) == sorted(shingles("a b c d e", 3))


@pytest.mark.parametrize(("text", "k", "count"), [
    ("a b c d e", 3, 3),
    ("a b c a b c", 3, 3),      # a set: "a b c" twice counts once
    ("a b", 3, 1),              # fewer words than k: one shingle of all of them
    ("", 3, 0),
    ("!!! ...", 3, 0),
    ("a b c d e", 1, 5),
])
def test_shingle_counts(text: str, k: int, count: int) -> None:
    assert len(shingles(text, k)) == count


def test_shingles_are_unsigned_64_bit_ints() -> None:
    assert all(0 <= h < 2**64 for h in shingles(STORY, 3))


# LSH parameters ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("threshold", "num_perm", "expected"), [
    (0.5, 128, (25, 5)),
    (0.2, 128, (28, 2)),
    (0.7, 128, (14, 9)),
    (0.9, 128, (5, 25)),
    (0.5, 64, (14, 4)),
])
def test_optimal_bands(threshold: float, num_perm: int, expected: tuple[int, int]) -> None:
    assert optimal_bands(threshold, num_perm) == expected


@pytest.mark.parametrize("threshold", [0.1, 0.3, 0.5, 0.8])
def test_optimal_bands_agrees_with_datasketch(threshold: float) -> None:
    from datasketch.lsh import _optimal_param  # reference only; the library does not import it

    assert optimal_bands(threshold, 128) == _optimal_param(threshold, 128, 0.5, 0.5)


# Grouping ---------------------------------------------------------------------------------------

def test_exact_copies_are_grouped() -> None:
    assert _links(CopyCandidate("a", STORY, 2), CopyCandidate("b", STORY, 2)) == {"b": ("a", "exact", False)}


def test_same_text_with_other_wrapping_and_punctuation_is_an_exact_copy() -> None:
    assert _links(CopyCandidate("md", STORY, 5), CopyCandidate("pdf", PDF, 1)) == {"pdf": ("md", "exact", False)}


@pytest.mark.parametrize(("copy_text", "expected"), [
    (MARKDOWN, ("copy", "orig", "near")),   # title + footer: within 10 % of the length, less metadata
    (PDF, ("copy", "orig", "exact")),       # only wrapping, hyphenation and quote marks differ
    (EXTRA, ("orig", "copy", "near")),      # the republication is longer: it becomes canonical
], ids=["markdown", "pdf", "extra-paragraph"])
def test_capture_formats_and_republications_are_grouped(copy_text: str, expected: tuple[str, str, str]) -> None:
    links = find_copies([CopyCandidate("orig", STORY, 5), CopyCandidate("copy", copy_text, 1)], CONFIG)
    assert [(l.copy, l.original, l.kind, l.partial) for l in links] == [(*expected, False)]


def test_markdown_and_pdf_captures_of_one_story_form_one_group() -> None:
    links = _links(CopyCandidate("md", MARKDOWN, 2), CopyCandidate("pdf", PDF, 4), CopyCandidate("x", OTHER_OUTLET, 5))
    assert links == {"md": ("pdf", "near", False)}  # PDF wins: as long (±10 %) and more metadata


def test_different_articles_on_the_same_topic_are_not_merged() -> None:
    assert _links(CopyCandidate("wire", STORY, 5), CopyCandidate("other", OTHER_OUTLET, 5)) == {}
    overlap = len(shingles(STORY, 3) & shingles(OTHER_OUTLET, 3)) / len(shingles(OTHER_OUTLET, 3))
    assert overlap < CONTAINMENT / 2


def test_first_30_percent_is_a_partial_copy() -> None:
    story_words = STORY.split()
    teaser = " ".join(story_words[: int(len(story_words) * 0.3)]) + " …"
    links = find_copies([CopyCandidate("full", STORY, 3), CopyCandidate("teaser", teaser, 3)], CONFIG)
    assert [(l.copy, l.original, l.kind, l.partial) for l in links] == [("teaser", "full", "near", True)]
    assert links[0].diff["containment"] == 1.0


def test_canonical_is_the_longest_when_lengths_differ_a_lot() -> None:
    teaser = " ".join(STORY.split()[:60])
    assert _links(CopyCandidate("teaser", teaser, 5), CopyCandidate("full", STORY, 0)) == {"teaser": ("full", "near", True)}


@pytest.mark.parametrize(("completeness", "canonical"), [((3, 3), "a"), ((2, 4), "b"), ((4, 2), "a")])
def test_canonical_prefers_metadata_then_id(completeness: tuple[int, int], canonical: str) -> None:
    items = [CopyCandidate("a", STORY, completeness[0]), CopyCandidate("b", STORY, completeness[1])]
    assert [l.original for l in find_copies(items, CONFIG)] == [canonical]


def test_result_does_not_depend_on_input_order() -> None:
    items = [CopyCandidate("md", MARKDOWN, 2), CopyCandidate("pdf", PDF, 4), CopyCandidate("extra", EXTRA, 1),
             CopyCandidate("other", OTHER_OUTLET, 5), CopyCandidate("orig", STORY, 3),
             CopyCandidate("teaser", " ".join(STORY.split()[:50]), 0)]
    assert find_copies(items, CONFIG) == find_copies(items[::-1], CONFIG)
    assert find_copies(items, CONFIG) == find_copies(items[2:] + items[:2], CONFIG)


def test_empty_texts_are_never_copies() -> None:
    assert find_copies([CopyCandidate("a", "", 0), CopyCandidate("b", " \n", 0)], CONFIG) == []


def test_duplicate_ids_are_refused() -> None:
    from storyline.errors import ConfigError

    with pytest.raises(ConfigError, match="unique ids"):
        find_copies([CopyCandidate("a", STORY), CopyCandidate("a", PDF)], CONFIG)


# What differs -----------------------------------------------------------------------------------

def test_diff_of_a_markdown_capture_names_the_title_and_footer() -> None:
    diff = copy_diff(STORY, MARKDOWN)
    assert diff["paragraphs_added"] == ["# Marlow footbridge to close for eleven weeks",
                                        "Original url: https://courier.example/marlow-bridge"]
    assert (diff["paragraphs_removed"], diff["paragraphs_changed"]) == ([], [])
    assert (diff["words_added"], diff["words_removed"], diff["words_changed"]) == (13, 0, 0)


def test_diff_of_an_edited_paragraph() -> None:
    edited = STORY.replace("eleven weeks", "twelve weeks").replace("Tuesday", "Wednesday")
    diff = copy_diff(STORY, edited)
    assert (diff["words_added"], diff["words_removed"], diff["words_changed"]) == (0, 0, 2)
    assert len(diff["paragraphs_changed"]) == 1
    assert diff["paragraphs_changed"][0]["copy"].startswith("Officials in the river town of Marlow confirmed on Wednesday")


def test_diff_of_a_dropped_paragraph() -> None:
    diff = copy_diff(STORY, "\n\n".join([P1, P2, P4]))
    assert diff["paragraphs_removed"] == [P3[:200]]
    assert diff["words_removed"] == len(words(P3))


def test_diff_is_bounded_and_json_serialisable() -> None:
    big = "\n\n".join(f"Paragraph {i} about the bridge and the ferry." for i in range(500))
    diff = copy_diff("Only one line here.", big)
    assert diff["paragraphs_removed"] == ["Only one line here."]  # it shares no word with any new one
    assert len(diff["paragraphs_added"]) == 10
    assert diff["paragraphs_omitted"] == 490
    assert len(json.dumps(diff)) < 5_000


def test_a_truncated_copy_with_edits_pairs_its_paragraphs_by_content() -> None:
    paras = ["The north crossing at Marlow closed on Monday for repairs ordered by the county.",
             "Traders on the quay said their takings had halved since the ferry stopped running.",
             "A temporary footbridge will open next month, the engineer in charge told reporters.",
             "Bus companies have added evening services to carry workers around the estuary."]
    copy = [paras[1].replace("halved", "fallen"), paras[3]]
    diff = copy_diff("\n\n".join(paras), "\n\n".join(copy))
    assert diff["paragraphs_removed"] == [paras[0], paras[2]]
    assert diff["paragraphs_changed"] == [{"original": paras[1], "copy": copy[0]}]
    assert (diff["words_changed"], diff["words_added"]) == (1, 0)
    assert diff["words_removed"] == len(words(paras[0])) + len(words(paras[2]))


def test_link_carries_similarity_and_diff() -> None:
    (link,) = find_copies([CopyCandidate("orig", STORY, 5), CopyCandidate("extra", EXTRA, 1)], CONFIG)
    assert (link.copy, link.original) == ("orig", "extra")
    assert 0.5 <= link.similarity < 1.0
    assert link.similarity == round(link.similarity, 4)
    assert link.diff["paragraphs_removed"][0] == "Bridge closure worries Marlow traders"
    assert (link.diff["words_added"], link.diff["words_changed"]) == (0, 0)
    assert link.diff["containment"] == 1.0
    json.dumps(link.diff)


def test_a_short_teaser_of_a_long_feature_is_found_though_its_jaccard_is_tiny() -> None:
    rng = random.Random(3)
    vocabulary = (P2 + " " + P3 + " " + P4).split()
    filler = [" ".join(rng.choice(vocabulary) for _ in range(80)) + "." for _ in range(8)]  # 640 other words
    feature = "\n\n".join([STORY, *filler])
    teaser = P1 + "\n\nRead the full story at courier.example"
    inter = len(shingles(teaser, 3) & shingles(feature, 3))
    assert inter / len(shingles(teaser, 3) | shingles(feature, 3)) < 0.1  # LSH alone would not propose it
    assert _links(CopyCandidate("feature", feature, 5), CopyCandidate("teaser", teaser, 5)) == {
        "teaser": ("feature", "near", True)}


BULLETIN = ("Toxin in treated water leaving the Hollow Creek plant averaged {a} micrograms per litre this week, "
            "below the provincial limit of 1.5. The highest single reading, {b}, was recorded on {day}.\n\n"
            "Raw water at the northern inlet measured {c} micrograms per litre, up from {d} the previous week. "
            "Surface water at the inlet buoy was {e} degrees. The analyst on duty was {name}.\n\n"
            "The water authority said the advisory status remained {status}. Questions can be sent to the "
            "newsroom's water desk.")


def test_two_bulletins_from_one_template_are_not_copies() -> None:
    june = BULLETIN.format(a="0.12", b="0.21", day="Wednesday", c="3.8", d="2.9", e="19.4", name="Ilse Varn",
                           status="green")
    august = BULLETIN.format(a="0.34", b="0.58", day="Monday", c="11.6", d="7.2", e="24.9", name="Tom Ruud",
                             status="amber")
    assert len(shingles(june, 3) & shingles(august, 3)) / len(shingles(june, 3) | shingles(august, 3)) >= 0.5
    assert _links(CopyCandidate("june", june, 5), CopyCandidate("august", august, 5)) == {}
    corrected = june.replace("3.8", "3.9")  # one figure corrected: still the same bulletin
    assert _links(CopyCandidate("june", june, 5), CopyCandidate("corrected", corrected, 4)) == {
        "corrected": ("june", "near", False)}


def _family_corpus(seed: int, n: int = 60) -> list[CopyCandidate]:
    """Stories with planted exact copies, reprints with a line added, teasers and look-alikes."""
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(400)] + ["the", "council", "ferry", "bridge", "said", "river"]
    out: list[CopyCandidate] = []
    stories: list[str] = []
    for i in range(n):
        r = rng.random()
        if stories and r < 0.15:
            text = rng.choice(stories)  # an exact copy
        elif stories and r < 0.35:
            text = rng.choice(stories) + " " + " ".join(rng.choice(vocab) for _ in range(15)) + "."  # a reprint
        elif stories and r < 0.45:
            text = " ".join(rng.choice(stories).split()[:60])  # a teaser
        else:
            text = "\n\n".join(" ".join(rng.choice(vocab) for _ in range(80)) + "." for _ in range(3))
            stories.append(text)
        out.append(CopyCandidate(f"a{rng.randrange(10**6):06d}{i}", text, rng.randint(0, 5)))
    return out


@pytest.mark.parametrize("seed", range(6))
def test_copies_found_with_an_earlier_runs_signatures_are_those_found_from_scratch(seed: int) -> None:
    items = _family_corpus(seed)
    rng = random.Random(seed)
    before = [item for item in items if rng.random() < 0.8]
    earlier = copy_groups(before, Config())
    added = copy_groups(items, Config(), earlier.known)  # some added
    scratch = copy_groups(items, Config())
    assert added.links == scratch.links and added.links
    assert added.signed < scratch.signed
    assert added.signed <= len(items) - len(before)
    removed = copy_groups(before[5:], Config(), scratch.known)  # some removed, none added
    assert removed.links == find_copies(before[5:], Config())
