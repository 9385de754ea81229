"""Entities: every mention with its offsets, variants merged across the collection with the rule
behind each merge, what is never merged, and the user's corrections surviving every build.

The texts are the project's own (a grain deal around the Baltic), built with the real model."""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import storyline
from storyline.cli import cli
from storyline.entities import corrections
from storyline.entities.fold import folded, initials
from storyline.entities.gazetteer import defined_acronyms, labels, untagged
from storyline.entities.mentions import tidy, title_before
from storyline.entities.merge import Source
from storyline.entities.merge import entities as merge_entities
from storyline.entities.windows import capitalised, windows
from storyline.errors import ConfigError

TEXTS = {
    "talks.txt": """Grain Talks Resume in Tallinn

Estonian Prime Minister Kadri Lepik met Finnish President Aleksandr Voronov in Tallinn on Monday to discuss grain \
shipments across the Baltic Sea. Lepik said the talks were constructive.

The Northern Grain Producers Association (NGPA) welcomed the meeting. The NGPA represents farmers in Estonia, \
Finland and Latvia.

Henry Ford, a historian at the University of Tartu, said the Ford Motor Company once shipped tractors through the \
same port. Voronov's office said a second round would follow in Helsinki.
""",
    "deal.txt": """Port Deal Signed

Alexander Voronov signed the grain agreement on Thursday, his spokesman said. Voronov told reporters in Helsinki \
that Estonia had been a reliable partner.

Maria Lepik, a farmer near Tartu, said prices had fallen. Officials of the NGPA said exports would rise. John Smith \
of the port authority and Mary Smith, a shipping analyst, both attended the signing.
""",
    "analysts.txt": """Analysts Weigh the Agreement

Mary Smith said the agreement would cut costs for farmers. Smith added that Tallinn and Helsinki had agreed on \
tariffs, and that Estonia's exports would grow.

Voronov’s critics in Finland said the deal came too fast.
""",
}
LATE = """Shipping Resumes

The first grain ship left Tallinn for Helsinki on Friday. Voronov and Lepik watched from the quay.
"""


def build(root: Path) -> tuple[Path, Path]:
    folder = root / "articles"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    storyline.build(folder, root / "s.db", workers=1)
    return folder, root / "s.db"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build(tmp_path_factory.mktemp("grain"))


@pytest.fixture
def copy(tmp_path: Path) -> tuple[Path, Path]:
    """A corpus and store of the test's own, to change."""
    return build(tmp_path)


def exported(db: Path) -> dict[str, Any]:
    with storyline.Dossier(db) as d:
        return d.to_dict()


def entity_of(dossier: dict[str, Any], variant: str) -> dict[str, Any]:
    found = [e for e in dossier["entities"] if variant in e["variants"]]
    assert len(found) == 1, (variant, [e["canonical"] for e in found])
    return found[0]


def rules_in(entity: dict[str, Any]) -> set[str]:
    return {m["rule"] for m in entity["merges"]}


def test_every_mention_has_offsets_that_point_at_its_text_in_the_clean_text(built: tuple[Path, Path]) -> None:
    with storyline.Dossier(built[1]) as d:
        texts = {a.id: a.text for a in d.articles}
        for a in d.articles:
            assert a.stages["mentions"], a.path
            for m in a.stages["mentions"]:
                assert a.text[m["start"]:m["end"]] == m["text"]
        for e in d.to_dict()["entities"]:
            for m in e["mentions"]:
                assert texts[m["article"]][m["start"]:m["end"]] == m["text"]


def test_the_title_before_a_name_is_kept_as_a_variant_and_the_canonical_is_the_bare_full_name(
        built: tuple[Path, Path]) -> None:
    lepik = entity_of(exported(built[1]), "Kadri Lepik")
    assert lepik["canonical"] == "Kadri Lepik" and lepik["type"] == "PERSON"
    assert "Estonian Prime Minister Kadri Lepik" in lepik["variants"]
    assert {"a": "Estonian Prime Minister Kadri Lepik", "b": "Kadri Lepik", "rule": "title"} in lepik["merges"]


def test_a_surname_joins_the_one_full_name_that_ends_in_it_and_transliterations_join(built: tuple[Path, Path]) -> None:
    voronov = entity_of(exported(built[1]), "Voronov")
    assert {"Aleksandr Voronov", "Alexander Voronov", "Voronov", "Voronov's", "Voronov’s"} <= set(voronov["variants"])
    assert {"surname", "transliteration", "possessive"} <= rules_in(voronov)


def test_two_people_sharing_a_surname_stay_apart_and_the_article_decides_a_bare_surname(
        built: tuple[Path, Path]) -> None:
    dossier = exported(built[1])
    kadri, maria = entity_of(dossier, "Kadri Lepik"), entity_of(dossier, "Maria Lepik")
    assert kadri["id"] != maria["id"]
    assert "Lepik" in kadri["variants"] and "surname in article" in rules_in(kadri)  # talks.txt names only Kadri
    assert "Lepik" not in maria["variants"]
    john, mary = entity_of(dossier, "John Smith"), entity_of(dossier, "Mary Smith")
    assert john["id"] != mary["id"] and "Smith" in mary["variants"]  # analysts.txt names only Mary


def test_an_acronym_defined_in_a_text_joins_its_expansion(built: tuple[Path, Path]) -> None:
    ngpa = entity_of(exported(built[1]), "NGPA")
    assert ngpa["canonical"] == "Northern Grain Producers Association"
    assert "acronym defined" in rules_in(ngpa)
    assert {m["article"] for m in ngpa["mentions"]} >= {a["id"] for a in exported(built[1])["articles"]
                                                        if a["path"] in ("talks.txt", "deal.txt")}


def test_a_capital_stays_apart_from_its_country_and_a_person_from_the_company_named_after_him(
        built: tuple[Path, Path]) -> None:
    dossier = exported(built[1])
    assert entity_of(dossier, "Tallinn")["id"] != entity_of(dossier, "Estonia")["id"]
    assert entity_of(dossier, "Helsinki")["id"] != entity_of(dossier, "Finland")["id"]
    ford = entity_of(dossier, "Henry Ford")
    assert ford["type"] == "PERSON" and "Ford Motor Company" not in ford["variants"]
    assert entity_of(dossier, "Ford Motor Company")["type"] == "ORG"


def test_an_added_article_is_the_only_one_the_model_reads_and_the_merge_takes_it_in(copy: tuple[Path, Path]) -> None:
    folder, db = copy
    with sqlite3.connect(db) as con:
        before = con.execute("SELECT rowid, * FROM entity_mentions ORDER BY rowid").fetchall()
    (folder / "late.txt").write_text(LATE, encoding="utf-8")
    report = storyline.build(folder, db, workers=1)
    assert (report.files_read, report.files_unchanged) == (1, 3)
    with sqlite3.connect(db) as con:  # the other articles' rows were not written again
        after = con.execute("SELECT rowid, * FROM entity_mentions ORDER BY rowid").fetchall()
    assert after[:len(before)] == before and len(after) > len(before)
    late = next(a["id"] for a in exported(db)["articles"] if a["path"] == "late.txt")
    voronov = entity_of(exported(db), "Alexander Voronov")
    assert late in {m["article"] for m in voronov["mentions"]}


def test_corrections_survive_every_later_build(copy: tuple[Path, Path]) -> None:
    folder, db = copy
    corrections.merge(db, ["Tartu", "University of Tartu"])
    corrections.split(db, "Voronov")
    for _ in range(2):
        dossier = exported(db)
        assert entity_of(dossier, "Tartu")["id"] == entity_of(dossier, "University of Tartu")["id"]
        assert "user" in rules_in(entity_of(dossier, "Tartu"))
        assert entity_of(dossier, "Voronov")["variants"] == ["Voronov", "Voronov's", "Voronov’s"]
        assert "Voronov" not in entity_of(dossier, "Alexander Voronov")["variants"]
        (folder / "late.txt").write_text(LATE if not (folder / "late.txt").exists() else LATE + "\nMore.\n",
                                         encoding="utf-8")
        assert storyline.build(folder, db, workers=1).files_read == 1  # the entities are merged again


def test_a_later_correction_undoes_an_earlier_one(copy: tuple[Path, Path]) -> None:
    _, db = copy
    corrections.merge(db, ["Tallinn", "Estonia"])
    assert entity_of(exported(db), "Tallinn")["id"] == entity_of(exported(db), "Estonia")["id"]
    corrections.split(db, "Tallinn")
    assert entity_of(exported(db), "Tallinn")["id"] != entity_of(exported(db), "Estonia")["id"]


def test_the_command_line_merges_splits_lists_and_refuses_an_unknown_name(copy: tuple[Path, Path]) -> None:
    _, db = copy
    runner = CliRunner()
    merged = runner.invoke(cli, ["entities", "merge", "--db", str(db), "Latvia", "Baltic Sea"])
    assert merged.exit_code == 0, merged.output
    listed = runner.invoke(cli, ["entities", "list", "--db", str(db)])
    assert any("Latvia" in line and "Baltic Sea" in line for line in listed.output.splitlines())
    unknown = runner.invoke(cli, ["entities", "split", "--db", str(db), "Atlantis"])
    assert unknown.exit_code == 2 and "Atlantis" in unknown.output
    with pytest.raises(ConfigError, match="two names"):
        corrections.merge(db, ["Latvia"])


def test_the_transliteration_key_joins_romanisations_and_scripts_but_not_other_names() -> None:
    assert folded("Pavel Koval'chuk") == folded("Pavel Kovalchuk")
    assert folded("Aleksei Morozov") == folded("Alexey Morozov") == folded("Алексей Морозов")
    assert folded("Dmitri Orlov") == folded("Dmitriy Orlov")
    assert folded("Kyiv") == folded("Kiev") and folded("Moskva") == folded("Moscow")
    assert folded("Iran") != folded("Iraq") and folded("Austria") != folded("Australia")
    assert folded("Moscow") != folded("Russia")
    assert folded("Ivan Smirnoff") == folded("Ivan Smirnov") and folded("Aram Kazarjan") == folded("Aram Kazaryan")
    assert folded("Karin Lindqvist") == folded("Karin Lindquist")
    assert folded("Jan Novak") != folded("Ian Novak")  # a j opening a name stays
    # the French j and the German z of Slavic names: Ж as "zh" / "j", Ц as "ts" / "z"
    assert folded("Arkady Zhelibovsky") == folded("Arkadi Jelibovski") and folded("Zhukov") == folded("Joukov")
    assert folded("Oleksandra Hrytsenko") == folded("Oleksandra Hryzenko") == folded("Oleksandra Hritsenko")
    # the German and French romanisations of one Slavic name beside the English one
    assert folded("Yevgeny Shcherbatov") == folded("Jewgeni Schtscherbatow") == folded("Ievgueni Chtcherbatov") \
        == folded("Evgeny Scherbatov")
    assert folded("Anna Tschernowa") == folded("Anna Tchernova") == folded("Anna Chernova")
    assert folded("Mirek Oszulak") == folded("Mirek Oschulak") and folded("Thomas Reinholt") == folded("Tomas Reinholt")
    assert folded("Schmidt") != folded("Schmitt")
    assert folded("Tomas Reznik") == folded("Tomas Resnik")  # the German s for z
    assert folded("Olena Hrytsenko") == folded("Olena Grytsenko") == folded("Olena Hritsenko")  # Ukrainian h
    assert folded("Halina Brodska") == folded("Halina Brodskaja") == folded("Halina Brodskaya")
    assert folded("Raphael Oduya") == folded("Raphael Oduja") and folded("Víctor Orsolan") == folded("Viktor Orsolan")
    assert folded("Gill") != folded("Hill") and folded("Grant") != folded("Brant")
    assert folded("Nikolai Hristov") == folded("Nikolai Christow")  # the German ch for х
    assert folded("Alexei Yurchenko") == folded("Alexej Jurtschenko")  # the German j for y and for й
    assert folded("Mirela Dostanić") == folded("Mirela Dostanitch") == folded("Mirela Dostanic")  # ć, French tch
    assert folded("Natalya Rusev") == folded("Natalia Ruseva")  # a surname's feminine form
    assert folded("Maria Petrova") != folded("Maria Petrovna")


@pytest.mark.parametrize("span, name", [
    ("kündigte Tomas Reinholt", "Tomas Reinholt"),
    ("Tomas Reinholt am Dienstagabend", "Tomas Reinholt"),
    ("Hafenmeister Tomas Reinholt", "Tomas Reinholt"),
    ("Ursula von der Leyen", "Ursula von der Leyen"),
    ("Pavel Drozd von der", "Pavel Drozd"),  # "... von der Technischen Universität": a particle ends no name
])
def test_a_persons_span_loses_the_lower_case_words_and_the_compound_title_the_model_took_in(span: str, name: str) -> None:
    from storyline.entities.mentions import tidy

    found = tidy(span + " sagte.", 0, len(span), "PERSON")
    assert found is not None and found.text == name


def test_the_collection_teaches_labels_and_finds_names_the_model_missed() -> None:
    known = labels([("Narva", "GPE"), ("Narva", "GPE"), ("Narva", "PERSON"), ("Radio Baltika", "ORG"),
                    ("Jaan Tamm", "PERSON")])
    assert [known[folded(n)] for n in ("Narva", "Radio Baltika", "Tamm")] == ["GPE", "ORG", "PERSON"]
    text = "Tamm spoke on Radio Baltica from Narva."
    assert [(text[s:e], label) for s, e, label in untagged(text, [], known)] == [
        ("Tamm", "PERSON"), ("Radio Baltica", "ORG"), ("Narva", "GPE")]
    taken = [(text.index("Radio"), text.index("Radio") + 5)]  # a longer known name covers a shorter mention
    assert ("Radio Baltica", "ORG") in [(text[s:e], label) for s, e, label in untagged(text, taken, known)]


def test_acronyms_are_read_from_their_definitions_and_initials() -> None:
    text = "the Baltic Ports Organization (BPO) and the Organization of Grain Traders (OGT)."
    assert defined_acronyms(text) == [("Baltic Ports Organization", "BPO"), ("Organization of Grain Traders", "OGT")]
    assert initials("Northern Grain Producers Association") == "NGPA"


def test_a_name_the_text_defines_an_acronym_for_is_one_mention_of_a_body() -> None:
    from storyline.entities.mentions import find_mentions
    from storyline.entities.ner import recognizer
    text = ("No one was hurt. Mineradora Tessel Alto (MTA), which runs the mine, said two workers were treated. "
            "MTA said the dam had passed its inspection.")
    found = [(m.text, m.label) for m in find_mentions(text, recognizer())]
    assert ("Mineradora Tessel Alto", "ORG") in found and found.count(("MTA", "ORG")) == 2
    assert not any(name in {"Mineradora Tessel", "Mineradora"} for name, _ in found)  # no part of it alone


def test_a_title_is_the_run_of_title_words_and_capitalised_words_before_a_name() -> None:
    text = "said Kremlin spokesman Ivo Tamm, and former Estonian Defence Minister Jaan Tamm."
    assert title_before(text, text.index("Ivo")) == ("Kremlin spokesman", text.index("Kremlin"))
    assert title_before(text, text.index("Jaan"))[0] == "former Estonian Defence Minister"
    assert title_before("Reporters asked Ivo Tamm.", 16) == ("", None)


def test_the_model_sees_every_capitalised_word_with_context_but_not_lower_case_stretches() -> None:
    text = "The ferry left. " + "it was a slow crossing in the fog " * 20 + "near Narva, said Jaan Tamm."
    spans = windows(text, context=40)
    for start, end in capitalised(text):
        assert any(s <= start and end <= e for s, e in spans)
    assert sum(e - s for s, e in spans) < len(text) / 2
    assert not any(s <= text.index("The ") < e for s, e in spans)  # a sentence's opening "The" is no name


def mention(text: str, name: str, label: str, nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return {"start": start, "end": start + len(name), "text": name, "label": label, "title": "", "title_start": None,
            "source": "model"}


def merged(*articles: tuple[str, list[tuple[str, str]]]) -> list[dict[str, Any]]:
    """The merge over hand-tagged articles: (text, [(name, label), ...]), each name where it stands
    alone ("Ellen" after "Ellen Marsh": its second place)."""
    sources = [Source(f"a{i}", text, [mention(text, name, label, nth=sum(name in n for n, _ in tagged[:j]))
                                      for j, (name, label) in enumerate(tagged)])
               for i, (text, tagged) in enumerate(articles)]
    return merge_entities(sources, [])


def same(found: list[dict[str, Any]], a: str, b: str) -> bool:
    return any(a in e["variants"] and b in e["variants"] for e in found)


def test_a_surname_the_model_tagged_as_a_place_beside_the_full_name_is_the_person() -> None:
    text = "Paul Riva said the vote was close. Riva will appeal."
    found = merged((text, [("Paul Riva", "PERSON"), ("Riva", "GPE")]))
    assert same(found, "Paul Riva", "Riva")
    text = "Henry Ford toured the Ford Motor plant. Ford shares rose."
    found = merged((text, [("Henry Ford", "PERSON"), ("Ford Motor", "ORG"), ("Ford", "ORG")]))
    assert not same(found, "Henry Ford", "Ford")  # a company's first word stays the company's


def test_a_given_name_alone_joins_the_one_full_name_of_its_article() -> None:
    found = merged(("Ellen Marsh hosted the show. Ellen thanked the crew.", [("Ellen Marsh", "PERSON"),
                                                                            ("Ellen", "PERSON")]),
                   ("Ellen sang.", [("Ellen", "PERSON")]))
    entity = next(e for e in found if "Ellen Marsh" in e["variants"])
    assert "given name in article" in rules_in(entity)
    assert [m["article"] for m in entity["mentions"]] == ["a0", "a0"]  # the other article's Ellen is not hers


def test_a_middle_name_or_initial_joins_the_one_full_name_it_fits() -> None:
    found = merged(("Raj K. Chohan spoke.", [("Raj K. Chohan", "PERSON")]), ("Raj Chohan left.", [("Raj Chohan", "PERSON")]),
                   ("Anthony Lacosta III and Anthony Lacosta", [("Anthony Lacosta III", "PERSON"),
                                                               ("Anthony Lacosta", "PERSON")]))
    assert same(found, "Raj K. Chohan", "Raj Chohan") and same(found, "Anthony Lacosta III", "Anthony Lacosta")
    found = merged(("Raj K. Chohan and Raj P. Chohan; Raj Chohan", [("Raj K. Chohan", "PERSON"),
                                                                  ("Raj P. Chohan", "PERSON"), ("Raj Chohan", "PERSON")]))
    assert not same(found, "Raj K. Chohan", "Raj P. Chohan") and not same(found, "Raj Chohan", "Raj K. Chohan")


def test_an_organisations_short_name_joins_the_one_longer_name_and_acronyms_join_by_initials() -> None:
    found = merged(("The San Marco Chargers won. The Chargers led.", [("San Marco Chargers", "ORG"), ("Chargers", "ORG")]),
                   ("The Harbour Pilots Guild met. The HPG voted.", [("Harbour Pilots Guild", "ORG"), ("HPG", "ORG")]))
    assert same(found, "Chargers", "San Marco Chargers") and same(found, "HPG", "Harbour Pilots Guild")
    found = merged(("North Korea and South Korea; Korea", [("North Korea", "GPE"), ("South Korea", "GPE"),
                                                           ("Korea", "GPE")]))
    assert not same(found, "Korea", "North Korea")


def test_a_hyphenated_place_takes_its_last_part_unless_the_first_is_a_name_of_its_own() -> None:
    found = merged(("Upper-Varda and Varda", [("Upper-Varda", "GPE"), ("Varda", "GPE")]))
    assert "hyphen part" in rules_in(next(e for e in found if "Varda" in e["variants"]))
    found = merged(("Austria-Hungary, Austria and Hungary", [("Austria-Hungary", "GPE"), ("Austria", "GPE"),
                                                             ("Hungary", "GPE")]))
    assert not same(found, "Austria-Hungary", "Hungary")


def test_an_honorific_makes_a_person_of_whatever_the_model_said() -> None:
    text = "Later Mr. Tamberg left."
    found = tidy(text, text.index("Tamberg"), text.index("Tamberg") + 7, "ORG")
    assert found is not None and (found.label, found.title) == ("PERSON", "Mr.")


def test_a_name_written_in_another_script_is_found_and_joined_to_its_latin_form() -> None:
    text = "Morozov visited Tartu. Алексей Морозов arrived later."
    found = merged(("Alexei Morozov spoke in Tartu.", [("Alexei Morozov", "PERSON")]), (text, [("Morozov", "PERSON")]))
    entity = next(e for e in found if "Alexei Morozov" in e["variants"])
    assert "Алексей Морозов" in entity["variants"]  # the model tagged no Cyrillic: the collection's name found it
    assert {"a": "Алексей Морозов", "b": "Alexei Morozov", "rule": "transliteration"} in entity["merges"] \
        or {"a": "Alexei Morozov", "b": "Алексей Морозов", "rule": "transliteration"} in entity["merges"]


def test_a_title_the_model_took_into_a_name_in_another_language_is_never_the_canonical() -> None:
    found = merged(("Aram Petrosian presented the budget. Petrosian said taxes stay.", [("Aram Petrosian", "PERSON")]),
                   ("Aram Petrosyan spoke on Monday.", [("Aram Petrosyan", "PERSON")]),
                   ("Finanzminister Aram Petrosjan legte den Haushalt vor.",
                    [("Finanzminister Aram Petrosjan", "PERSON")]))
    [person] = [e for e in found if "Aram Petrosyan" in e["variants"]]
    assert "Finanzminister Aram Petrosjan" in person["variants"]
    assert person["canonical"] in {"Aram Petrosian", "Aram Petrosyan"}


def test_a_dash_the_recogniser_takes_in_with_a_name_is_no_part_of_it() -> None:
    from storyline.entities.mentions import tidy
    text = "> “We were treated like an afterthought.” — Marieke Dunsveld, mayor of Brenndorp"
    at = text.index("—")
    mention = tidy(text, at, at + len("— Marieke Dunsveld"), "PERSON")
    assert mention is not None and mention.text == "Marieke Dunsveld"


def test_a_quote_mark_the_model_took_in_after_a_name_is_no_part_of_it() -> None:
    text = "Maren Holt said Ms Rasmund 'has had six years of warnings' and should go."
    start = text.index("Rasmund")
    found = tidy(text, start, start + len("Rasmund '"), "PERSON")
    assert found is not None and found.text == "Rasmund"
    found = tidy("called it «une trahison» said Vachtchouk «", 30, 42, "PERSON")
    assert found is not None and found.text == "Vachtchouk"
