"""Quotations and their speakers: every case of issue 15's lists, on the project's own example
texts (fictional people and places), through `find_quotes` over a clean text, and the stage
through a build and its export."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import storyline
from storyline.quotes import Quote, find_quotes
from storyline.report.json_export import to_json


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker) for q in find_quotes(text)]


def one(text: str) -> Quote:
    found = find_quotes(text)
    assert len(found) == 1, found
    return found[0]


# -- Quotations ------------------------------------------------------------------------------

@pytest.mark.parametrize("open_, close", [("\u201c", "\u201d"), ('"', '"'), ("\u2018", "\u2019"), ("'", "'"),
                                          ("\u00ab", "\u00bb"), ("\u201e", "\u201c"), ("''", "''")])
def test_a_direct_quote_is_found_in_every_mark_style(open_: str, close: str) -> None:
    text = f"{open_}The ferry will sail on Monday,{close} harbour master Ilse Varga said."
    q = one(text)
    assert (q.kind, q.text, q.cue, q.speaker) == ("direct", "The ferry will sail on Monday,", "said", "Ilse Varga")
    assert text[q.start:q.end] == q.text


def test_a_quote_inside_a_quote_stays_part_of_the_outer_one() -> None:
    text = "\u201cThey told us \u2018wait until spring\u2019 and we waited,\u201d said Tomas Brell, a ferryman."
    assert quotes(text) == [("direct", "They told us \u2018wait until spring\u2019 and we waited,", "Tomas Brell")]


def test_a_quote_split_around_its_cue_gives_both_parts_to_its_speaker() -> None:
    text = "\u201cWe will not,\u201d Mayor Ana Ruiz said, \u201cgive up the harbour.\u201d"
    assert quotes(text) == [("direct", "We will not,", "Ana Ruiz"), ("direct", "give up the harbour.", "Ana Ruiz")]


def test_a_quote_over_several_paragraphs_repeats_its_opening_mark_and_keeps_its_speaker() -> None:
    text = ("Councillor Mira Solt spoke first. \u201cThe dam is finished. The water is rising.\n\n"
            "\u201cNobody asked the farmers downstream,\u201d she said.")
    found = find_quotes(text)
    assert [(q.kind, q.text, q.speaker) for q in found] == [
        ("direct", "The dam is finished. The water is rising.", "Mira Solt"),
        ("direct", "Nobody asked the farmers downstream,", "Mira Solt")]
    british = text.replace("\u201c", "\u2018").replace("\u201d", "\u2019")  # in single marks, as British papers print it
    assert [(q.text, q.speaker) for q in find_quotes(british)] == [
        ("The dam is finished. The water is rising.", "Mira Solt"), ("Nobody asked the farmers downstream,", "Mira Solt")]
    apostrophe = "Work on the dam starts in May. 'Tis the season for it.\n\n'Nineties pumps will be replaced too."
    assert find_quotes(apostrophe) == []


def test_one_word_and_partial_quotes_inside_a_sentence_are_direct_quotes_of_the_subject() -> None:
    text = ("Governor Piet Andor called the closure a \u201cdisgrace\u201d and urged the board to "
            "\u201cthink again before winter.\u201d")
    assert quotes(text) == [("direct", "disgrace", "Piet Andor"),
                            ("direct", "think again before winter.", "Piet Andor")]


@pytest.mark.parametrize("text, clause, cue", [
    ("Harbour master Ilse Varga said that the ferry would sail on Monday.",
     "the ferry would sail on Monday", "said"),
    ("Harbour master Ilse Varga said the ferry would sail on Monday.", "the ferry would sail on Monday", "said"),
    ("Harbour master Ilse Varga told reporters the ferry would sail on Monday.",
     "the ferry would sail on Monday", "told"),
    ("Harbour master Ilse Varga warned on Tuesday that the ferry might not sail at all.",
     "the ferry might not sail at all", "warned"),
    ("Harbour master Ilse Varga insisted the timetable was safe.", "the timetable was safe", "insisted"),
    ("Harbour master Ilse Varga stressed that every crossing was checked twice.",
     "every crossing was checked twice", "stressed"),
    ("Harbour master Ilse Varga denied that the pier had been closed.", "the pier had been closed", "denied"),
    ("Harbour master Ilse Varga added that repairs would take a week.", "repairs would take a week", "added"),
    ("The ferry will sail on Monday, harbour master Ilse Varga said.", "The ferry will sail on Monday", "said"),
    ("The ferry will sail on Monday, said harbour master Ilse Varga.", "The ferry will sail on Monday", "said"),
    ("According to harbour master Ilse Varga, the ferry will sail on Monday.",
     "the ferry will sail on Monday", "according to"),
    ("The ferry will sail on Monday, according to harbour master Ilse Varga.",
     "The ferry will sail on Monday", "according to"),
    ("Harbour master Ilse Varga was quoted as saying the ferry would sail on Monday.",
     "the ferry would sail on Monday", "saying"),
])
def test_indirect_quotes_give_the_reported_clause(text: str, clause: str, cue: str) -> None:
    q = one(text)
    assert (q.kind, q.text, q.cue) == ("indirect", clause, cue)
    assert q.speaker == "Ilse Varga"


def test_a_dash_attribution_names_the_speaker_after_the_quote() -> None:
    q = one("\u201cThe pier stays open for as long as I hold this office.\u201d \u2014 Commissioner Lev Vale")
    assert (q.kind, q.speaker, q.cue) == ("direct", "Lev Vale", "\u2014")


def test_a_colon_attribution_names_the_speaker_before_the_quote() -> None:
    text = "Orsolya Benedek, the port's new director, gave her answer. The director: \u201cWe build it now.\u201d"
    q = one(text)
    assert (q.kind, q.text, q.speaker, q.cue) == ("direct", "We build it now.", "Orsolya Benedek", ":")


def test_a_reported_clause_with_a_quoted_fragment_is_one_mixed_quote() -> None:
    text = "Councillor Mira Solt said the new timetable was \u201ca gift to the tourists\u201d and nothing more."
    assert quotes(text) == [
        ("mixed", "the new timetable was \u201ca gift to the tourists\u201d and nothing more", "Mira Solt")]
    # a fragment a verb describes with is a direct quote of its own: there is no clause around it
    assert quotes("Councillor Mira Solt called the timetable \u201ca gift to the tourists\u201d.") == [
        ("direct", "a gift to the tourists", "Mira Solt")]


@pytest.mark.parametrize("text", [
    "The council backed the so-called \u201cBlue Corridor\u201d plan on Tuesday.",
    "Readers of \u201cThe Island Ledger\u201d learned of the closure from a short notice.",
    "She read \u201cWar and Peace\u201d on the crossing.",
    "The ferry \u201cprogramme\u201d has cost the town a fortune, and the pier is still closed.",
])
def test_scare_quotes_names_and_titles_in_quotation_marks_are_not_quotes(text: str) -> None:
    assert find_quotes(text) == []


def test_offsets_point_at_the_text_and_at_the_speaker_as_written() -> None:
    text = "Talks failed. \u201cWe walk away,\u201d union leader Karl Dorn told reporters."
    q = one(text)
    assert text[q.start:q.end] == q.text == "We walk away,"
    assert q.speaker_text == "union leader Karl Dorn" or q.speaker_text == "Karl Dorn"
    assert q.speaker_start is not None and q.speaker_end is not None
    assert text[q.speaker_start:q.speaker_end] == q.speaker_text


# -- Speakers --------------------------------------------------------------------------------

def test_a_title_and_a_surname_later_are_one_speaker_with_the_full_name() -> None:
    text = ("Island President Hana Kovar opened the bridge on Friday. \u201cIt took ten years,\u201d Kovar said.\n\n"
            "Kovar added that tolls would end in May.")
    found = find_quotes(text)
    assert [q.speaker for q in found] == ["Hana Kovar", "Hana Kovar"]
    assert found[0].speaker_text == "Kovar"
    assert found[0].mention_start is not None and text[found[0].mention_start:found[0].mention_end] == "Kovar"


def test_a_pronoun_is_the_last_person_named_before_it() -> None:
    text = ("Fisheries minister Jonas Ekberg met the trawler crews on Monday.\n\n"
            "\u201cThe quotas stay,\u201d he said.")
    q = one(text)
    assert (q.speaker, q.speaker_text, q.resolution) == ("Jonas Ekberg", "he", "pronoun")


@pytest.mark.parametrize("text", [
    "Finance minister Ilse Varga lost the vote on Tuesday.\n\n\u201cI leave with my head high,\u201d the 47-year-old "
    "economist told reporters.",
    "Ilse Varga verlor am Dienstag die Abstimmung. \u201eIch gehe erhobenen Hauptes\u201c, sagte die 47-Jährige.",
    "Ilse Varga a perdu le vote mardi. \u00ab Je pars la tête haute \u00bb, a déclaré l'économiste de 47 ans.",
    "Ilse Varga perdió la votación el martes. \u00abMe voy con la cabeza alta\u00bb, dijo la economista de 47 años.",
])
def test_a_person_described_by_age_is_the_person_named_before(text: str) -> None:
    q = one(text)
    assert (q.speaker, q.resolution) == ("Ilse Varga", "pronoun")


def test_a_title_phrase_is_the_person_the_article_names_with_that_title() -> None:
    text = ("Port spokesman Emil Dusza confirmed the closure. Prime Minister Lina Weiss was abroad.\n\n"
            "The spokesman said the pier would reopen in June. The prime minister said nothing more was planned.")
    found = find_quotes(text)
    assert [(q.speaker, q.resolution) for q in found] == [("Emil Dusza", "title"), ("Lina Weiss", "title")]


def test_the_island_leader_is_the_president_the_article_named() -> None:
    text = ("Island President Hana Kovar flew to the capital. The island leader said the bridge was safe.")
    assert one(text).speaker == "Hana Kovar"


def test_a_quote_paragraph_without_a_cue_takes_the_speaker_of_the_paragraph_before() -> None:
    text = ("\u201cWe need the ferry,\u201d said Berit Holm, who runs the bakery on the pier.\n\n"
            "\u201cWithout it the village empties in a winter.\u201d")
    found = find_quotes(text)
    assert [(q.speaker, q.resolution) for q in found] == [("Berit Holm", "name"), ("Berit Holm", "previous")]


@pytest.mark.parametrize("text, speaker, how", [
    ("The island government said the bridge would be finished by May.", "The island government", "group"),
    ("Protesters said the tolls were too high for fishermen.", "Protesters", "group"),
    ("A senior diplomat said the talks had stalled over fishing rights.", "A senior diplomat", "anonymous"),
    ("Officials familiar with the plan said the ferry line would be sold.", "Officials familiar with the plan",
     "anonymous"),
])
def test_groups_institutions_and_anonymous_sources_stay_as_written(text: str, speaker: str, how: str) -> None:
    q = one(text)
    assert (q.speaker, q.resolution) == (speaker, how)


def test_an_unresolved_speaker_says_so_and_is_never_guessed() -> None:
    q = one("\u201cThe water came at night,\u201d she said.")
    assert (q.speaker, q.speaker_text, q.resolution) == (None, "she", "unresolved")


def test_a_possessive_pronoun_speaker_is_the_person_it_refers_to() -> None:
    text = "Mayor Ana Ruiz left early. Her office said the harbour fees would rise in spring."
    assert one(text).speaker == "Ana Ruiz's office"


# -- The stage ----------------------------------------------------------------------------------

def test_the_build_stores_each_articles_quotes_and_exports_the_schemas_quotes_key(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "bridge.txt").write_text(
        "Bridge Opens\n\nIsland President Hana Kovar opened the bridge on Friday.\n\n"
        "\u201cIt took ten years,\u201d Kovar said. Critics say the tolls are too high.\n", encoding="utf-8")
    storyline.build(folder, tmp_path / "s.db", workers=1)
    with storyline.Dossier(tmp_path / "s.db") as d:
        exported = json.loads(to_json(d))
        article = d.articles[0]
    got = [(q["kind"], q["text"], q["speaker"], q["cue"]) for q in exported["quotes"]]
    assert got == [("direct", "It took ten years,", "Hana Kovar", "said"),
                   ("indirect", "the tolls are too high", "Critics", "say")]
    assert len({q["statement"] for q in exported["quotes"]}) == 2  # two utterances, each its own statement
    for q in exported["quotes"]:
        assert q["article"] == article.id
        assert article.text[q["start"]:q["end"]] == q["text"]
        assert article.text[q["speaker_start"]:q["speaker_end"]] == q["speaker_as_written"]


def test_a_huge_text_is_read_for_quotes_only_up_to_the_limit() -> None:
    from storyline.quotes import READ_LIMIT
    text = "Officials said the port was closed. " * (READ_LIMIT // 36 + 500)
    found = find_quotes(text)
    assert found and max(q.end for q in found) <= READ_LIMIT


@pytest.mark.parametrize("text, quote, speaker", [
    ("Le ministre Jean Morel a rencontré les pêcheurs. "
     "\u00ab Nous ne céderons pas \u00bb, a déclaré M. Morel lundi.",
     "Nous ne céderons pas", "Jean Morel"),
    ("Ministerin Anna Keller besuchte den Hafen. \u201eWir geben nicht auf\u201c, sagte Keller am Montag.",
     "Wir geben nicht auf", "Anna Keller"),
    ("La ministra Elena Ruiz visitó el puerto. \u00abNo vamos a ceder\u00bb, dijo Ruiz el lunes.",
     "No vamos a ceder", "Elena Ruiz"),
])
def test_quotes_in_french_german_and_spanish_find_their_speaker_by_the_same_rules(
        text: str, quote: str, speaker: str) -> None:
    assert quotes(text) == [("direct", quote, speaker)]


def test_a_place_after_a_name_is_not_part_of_it() -> None:
    q = one("\u201cIt is a question of survival for our villages.\u201d \u2014 Mayor Ines Brandt of Port Elmar")
    assert (q.speaker, q.speaker_text) == ("Ines Brandt", "Mayor Ines Brandt of Port Elmar")


@pytest.mark.parametrize("text, clause, speaker", [
    ("It was announced by the port authority that the ferry would stop in May.", "the ferry would stop in May",
     "the port authority"),
    ("The ferry closure was first reported by the Island Ledger.", "The ferry closure", "the Island Ledger"),
])
def test_a_passive_report_names_its_speaker_after_by(text: str, clause: str, speaker: str) -> None:
    q = one(text)
    assert (q.kind, q.text, q.speaker) == ("indirect", clause, speaker)


def test_a_clause_before_a_reporting_verb_is_no_speaker() -> None:
    assert find_quotes("You can call the new ferry whatever you want.") == []


@pytest.mark.parametrize("text, clause, speaker", [
    ("Le ministre Jean Morel a déclaré que les quotas resteront inchangés.", "les quotas resteront inchangés",
     "Jean Morel"),
    ("Ministerin Anna Keller sagte, dass der Hafen offen bleibt.", "der Hafen offen bleibt", "Anna Keller"),
    ("La ministra Elena Ruiz dijo que las cuotas no cambiarán.", "las cuotas no cambiarán", "Elena Ruiz"),
])
def test_indirect_quotes_in_french_german_and_spanish(text: str, clause: str, speaker: str) -> None:
    q = one(text)
    assert (q.kind, q.text, q.speaker) == ("indirect", clause, speaker)


def test_a_pronoun_skips_a_person_the_article_shows_to_be_of_the_other_gender() -> None:
    text = ("Port spokeswoman Lena Moss briefed the crews. Mr. Tomas Brell, the harbour master, arrived later.\n\n"
            "\u201cThe pier is safe,\u201d she said. \u201cWe open on Monday,\u201d he said.")
    assert [q.speaker for q in find_quotes(text)] == ["Lena Moss", "Tomas Brell"]


PIECES = ["\u201c", "\u201d", '"', "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "''", ",", ".", ":", "\u2014",
          "-", "(", ")", "\n", "\n\n", "said", "told", "according", "to", "he", "she", "The", "Mr.", "Ana", "Ruiz",
          "that", "who", "was", "by", "reported", "saying", "and", "dijo", "que", "Am", "Montag", "sagte", "dass",
          "selon", "It", "warned", "called", "the", "minister", "office", "His", "reporters", "on", "Tuesday", ";"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.booleans()), max_size=60))
def test_any_text_gives_quotes_whose_offsets_hold(parts: list[tuple[str, bool]]) -> None:
    text = "".join(piece + (" " if space else "") for piece, space in parts)
    for q in find_quotes(text):
        assert text[q.start:q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start:q.speaker_end] == q.speaker_text


def test_a_claim_that_reports_what_its_owner_holds() -> None:
    text = "The council checked Mayor Ana Ruiz\u2019s claim that the ferry had never been late this year."
    q = one(text)
    assert (q.kind, q.text, q.speaker, q.cue) == ("indirect", "the ferry had never been late this year",
                                                  "Ana Ruiz", "claim")


@pytest.mark.parametrize("text, speaker", [
    ("Le ministre Paul Riva était au port lundi. « Nous reconstruirons la digue », a déclaré Paul Riva. "
     "Il a ajouté : « Le port restera ouvert. »", "Paul Riva"),
    ("La maire Anne Lorval a visité le port lundi. Elle a déclaré : « Nous reconstruirons la digue. »", "Anne Lorval"),
])
def test_a_pronoun_in_the_other_languages_is_the_person_named_before_it(text: str, speaker: str) -> None:
    assert {q.speaker for q in find_quotes(text) if q.kind == "direct"} == {speaker}


@pytest.mark.parametrize("text, speaker, cue", [
    # the subject dropped, as Spanish drops it: the person named in the sentence before
    ("El consejero delegado, Dorian Vasco, pidió perdón. \u00abLo sentimos profundamente\u00bb, dijo.", "Dorian Vasco",
     "dijo"),
    # verbs known by their infinitives, in the past forms a report uses
    ("\u00abIl porto resterà aperto\u00bb, ha dichiarato il sindaco Paolo Riva.", "Paolo Riva", "dichiarato"),
    ("\u201cO porto vai continuar aberto\u201d, afirmou o presidente da câmara, Paulo Rivas.", "Paulo Rivas", "afirmou"),
    ("\u00abNadie se fía de la mina\u00bb, resumía una vecina, Dragana Miloš.", "Dragana Miloš", "resumía"),
])
def test_a_speaker_in_the_romance_languages(text: str, speaker: str, cue: str) -> None:
    assert [(q.speaker, q.cue) for q in find_quotes(text)] == [(speaker, cue)]


@pytest.mark.parametrize("text, speaker", [
    # the subject after the verb, past a day and whom it was said to
    ("A nova ponte só deverá abrir em 2027, um ano mais tarde do que o previsto, admitiu na quarta-feira o "
     "presidente da Câmara Municipal de Vila Serena, Augusto Carvalhais.", "Augusto Carvalhais"),
    ("\"Há falta de oficiais no Norte\", explicou ao JCA o diretor da escola, comandante Artur Peixoto.",
     "Artur Peixoto"),
    ("La cementera suministrará el cemento para la presa, según confirmó este miércoles la propia empresa.",
     "la propia empresa"),
])
def test_a_romance_subject_after_its_verb(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == [speaker]


def test_a_german_quote_may_close_with_the_typewriter_mark() -> None:
    text = "\u201eIch habe nie einen Florin genommen\", sagte Rufus Calloway-Venn am Dienstag."
    assert [(q.kind, q.text, q.speaker) for q in find_quotes(text)] == [
        ("direct", "Ich habe nie einen Florin genommen", "Rufus Calloway-Venn")]


@pytest.mark.parametrize("text", [
    "A Prefeitura de Pedra Clara confirmou nesta sexta-feira a realização de um concurso público com 120 vagas.",
    "El concejal Miquel Torrent reclamó por su parte una investigación independiente sobre la hora del aviso.",
])
def test_a_romance_verb_with_a_thing_for_object_reports_nothing(text: str) -> None:
    assert find_quotes(text) == []


@pytest.mark.parametrize("text, speaker", [
    ("Residents described a frightening night, and several said the water rose within minutes.", "Residents"),
    ("Residents of Kaltse were divided. Some said they welcomed the prospect of work.", "Residents of Kaltse"),
])
def test_a_quantifier_speaks_for_the_group_named_before_it(text: str, speaker: str) -> None:
    assert [(q.speaker, q.resolution) for q in find_quotes(text) if q.cue == "said"] == [(speaker, "group")]


def test_a_colon_after_a_places_role_and_the_name_beside_it() -> None:
    text = "Brask's mayor, Ilona Marek, put it bluntly: \"This was too little and far too late.\""
    assert [(q.speaker, q.cue) for q in find_quotes(text)] == [("Ilona Marek", ":")]


def test_a_name_and_a_dash_before_a_quote_speak_it() -> None:
    text = "Kestrel's chief executive, Hannah Voss \u2014 \u201cWe will hire locally first.\u201d"
    assert [(q.text, q.speaker, q.cue) for q in find_quotes(text)] == [
        ("We will hire locally first.", "Hannah Voss", "\u2014")]


def test_the_same_source_taken_up_later_is_the_source_described_in_full() -> None:
    text = ("\u00ab Les deux camps sont épuisés \u00bb, confie une source proche des négociations. Une reprise des "
            "discussions est espérée d'ici vendredi, selon cette même source.")
    assert [q.speaker for q in find_quotes(text)] == ["une source proche des négociations"] * 2


def test_the_head_of_government_is_the_prime_minister_the_article_named() -> None:
    text = ("\u00abEsta mina pagará las escuelas\u00bb, afirmó la primera ministra, Natalia Ruseva, ante la cámara. "
            "Según la jefa del Gobierno, el país no puede permitirse dejar esa riqueza bajo tierra.")
    assert [(q.speaker, q.resolution) for q in find_quotes(text)] == [("Natalia Ruseva", "name"),
                                                                      ("Natalia Ruseva", "title")]


def test_a_relative_clause_after_the_speaker_is_no_reported_clause_but_the_speaker_s_next_words() -> None:
    text = ("\u00abEs el peor desastre\u00bb, declaró la ministra de Medio Ambiente, Leila Amirbékova, que anunció que "
            "la licencia quedaba suspendida. En la orilla, mientras señalaba un cartel de la compañía, un pescador "
            "lloraba.")
    assert [(q.kind, q.text, q.speaker, q.cue) for q in find_quotes(text)] == [
        ("direct", "Es el peor desastre", "Leila Amirbékova", "declaró"),
        ("indirect", "la licencia quedaba suspendida", "Leila Amirbékova", "anunció")]


def who(text: str) -> list[tuple[str | None, str]]:
    """Each quote's speaker and how it was resolved."""
    return [(q.speaker, q.resolution) for q in find_quotes(text)]


@pytest.mark.parametrize("text, speaker", [
    ("The mayor of Merrow, Helga Lindqvist, turned on the government.\n\n"
     "'We need help now,' the mayor said on Monday.", "Helga Lindqvist"),
    ("Vardenia's finance minister, Aram Petrosyan, presented the budget.\n\n"
     "The minister: \u201cThere will be no new taxes this year.\u201d", "Aram Petrosyan"),
    ("Der vardenische Finanzminister Aram Petrosjan stellte den Haushalt vor.\n\n"
     "Das Defizit werde unter drei Prozent sinken, betonte der Minister.", "Aram Petrosjan"),
])
def test_a_title_set_beside_the_name_or_compounded_is_the_person_holding_it(text: str, speaker: str) -> None:
    assert who(text)[-1] == (speaker, "title")


def test_a_pronoun_after_a_day_is_the_speaker_and_the_day_is_no_part_of_it() -> None:
    text = "Nikolai Baranoff rejected the criticism.\n\nOn Monday he had stressed that the Kelby dam had held."
    assert [(q.speaker_text, q.speaker) for q in find_quotes(text)] == [("he", "Nikolai Baranoff")]


def test_a_dash_attribution_may_go_on_after_the_speakers_name() -> None:
    assert who('"We need help now" - Mayor Helga Lindquist, speaking at the town hall') == [("Helga Lindquist", "name")]


def test_a_quote_paragraph_after_one_that_introduces_one_person_is_that_persons() -> None:
    text = ("Mayor Helga Lindquist was unconvinced.\n\n\u201cHelp came late, and it came from neighbours.\u201d\n\n"
            "The council met on Monday. Officials from Kessel and Ana Ruiz attended.\n\n\u201cNobody asked us.\u201d")
    assert who(text) == [("Helga Lindquist", "previous"), (None, "unresolved")]  # two people: no telling


@pytest.mark.parametrize("text", [
    "\u00ab Nous n'abandonnerons pas ce port \u00bb, a d\u00e9clar\u00e9 lundi la commissaire du port, Miriam Vale, hier.",
    "La commissaire du port, Miriam Vale, a rencontr\u00e9 les dockers.\n\n"
    "\u00ab Nous n'abandonnerons pas ce port \u00bb, a-t-elle d\u00e9clar\u00e9.",
])
def test_french_inverted_cues_find_their_speaker(text: str) -> None:
    assert who(text)[-1][0] == "Miriam Vale"


def test_a_source_taken_up_by_its_head_noun_is_the_source_as_first_described() -> None:
    text = ("A senior official at the port authority, who asked not to be named, said talks could resume on Friday."
            "\n\n'We're keeping the door open,' the official said.\n\nPensions will rise by 6 percent, the Finance "
            "Ministry said on Monday.\n\nThe ministry said the increase would cost 210 million vards a year.")
    found = find_quotes(text)
    assert [q.text for q in found][0] == "talks could resume on Friday"  # "asked not to be named" reports nothing
    assert [q.speaker for q in found] == ["A senior official at the port authority"] * 2 + ["the Finance Ministry"] * 2


@pytest.mark.parametrize("text, quote, speaker", [
    ("Le dirigeant syndical Dmitri Sokolov a qualifi\u00e9 l'offre d'\u00ab insulte pour chaque docker \u00bb.",
     "insulte pour chaque docker", "Dmitri Sokolov"),
    ("Oppositionsf\u00fchrerin Lilit Hakobjan nannte den Haushalt \u201eein M\u00e4rchen\u201c.", "ein M\u00e4rchen", "Lilit Hakobjan"),
    ("Residents chanted 'Where were you?' as the minister's car arrived in the square.", "Where were you?", "Residents"),
])
def test_a_described_or_chanted_fragment_is_a_direct_quote_in_any_language(text: str, quote: str, speaker: str) -> None:
    assert quotes(text) == [("direct", quote, speaker)]  # what follows "as" is when, not what was chanted


@pytest.mark.parametrize("text, clause, speaker", [
    ("Laut Finanzministerium steigen die Renten ab Juli um sechs Prozent.",
     "steigen die Renten ab Juli um sechs Prozent", "Finanzministerium"),
    ("Laut dem Finanzministerium steigen die Renten ab Juli.", "steigen die Renten ab Juli", "Finanzministerium"),
])
def test_laut_without_a_comma_names_its_source_up_to_the_verb(text: str, clause: str, speaker: str) -> None:
    assert quotes(text) == [("indirect", clause, speaker)]


@pytest.mark.parametrize("text, clause, speaker", [
    ("Die Ministerin Elena Varga sagte, eine unabhängige Kommission werde den Unfall untersuchen.",
     "eine unabhängige Kommission werde den Unfall untersuchen", "Elena Varga"),
    ("Verkehrsministerin Elena Varga reiste nach Brenholt. Eine Kommission werde den Unfall untersuchen, sagte sie.",
     "Eine Kommission werde den Unfall untersuchen", "Elena Varga"),
])
def test_german_reported_speech_after_a_comma_and_a_pronoun_after_the_verb(text: str, clause: str, speaker: str) -> None:
    assert quotes(text) == [("indirect", clause, speaker)]


@pytest.mark.parametrize("text, speaker", [
    ("La Première ministre Odile Ferrand-Marceau a présenté son plan.\n\n"
     "La Première ministre a assuré que son gouvernement ne laisserait pas de dettes.", "Odile Ferrand-Marceau"),
    ("The mediator, Helga Brunnmeier of the Inter-Riparian Council, called the commission \"a first step\".",
     "Helga Brunnmeier"),
])
def test_a_title_in_french_or_set_before_a_name_and_its_body_is_the_person(text: str, speaker: str) -> None:
    assert who(text)[-1][0] == speaker


def test_a_broad_attribution_without_marks_is_read_from_the_sentences_structure() -> None:
    text = ("Councillor Mira Okonjo chaired the harbour board on Monday.\n\n"
            "Okonjo knew the eastern quay would not last another winter.\n\n"
            "The harbour master understood the ferry would be late again.\n")
    got = [(q.kind, q.text, q.speaker) for q in find_quotes(text)]
    assert got == [("indirect", "the eastern quay would not last another winter", "Mira Okonjo"),
                   ("indirect", "the ferry would be late again", "The harbour master")]
    assert find_quotes(text, english=False) == []  # the rules alone know no such verb: a parse found them


def test_a_vague_share_of_people_and_a_sentence_the_rules_read_give_no_parsed_clause() -> None:
    assert find_quotes("Many in Tessel know the ferry is the island's lifeline now that the bridge is closed.\n") == []
    said = find_quotes('"We will reopen the quay," Mayor Ana Ruiz said, knowing the town needs it.\n')
    assert [(q.kind, q.speaker) for q in said] == [("direct", "Ana Ruiz")]


# -- Speakers and clauses a blind corpus of three languages showed (/work/blind/q4) -------------

def test_a_reported_clause_coordinating_two_is_two_quotations() -> None:
    text = ("The finance minister, Rafael Quintero, said the higher VAT rate would bring in 3.1 billion "
            "euros a year, and that pensions would rise by two percent in January.")
    assert quotes(text) == [("indirect", "the higher VAT rate would bring in 3.1 billion euros a year", "Rafael Quintero"),
                            ("indirect", "pensions would rise by two percent in January", "Rafael Quintero")]
    french = ("Le gouverneur Arkadi Jelibovski a ajouté que l'évacuation durerait au moins dix jours et que chaque "
              "famille déplacée serait indemnisée.")
    assert [q.text for q in find_quotes(french, english=False)] == [
        "l'évacuation durerait au moins dix jours", "chaque famille déplacée serait indemnisée"]


def test_a_second_reporting_verb_after_and_reports_a_quotation_of_its_own() -> None:
    text = ('Oleksandra Hrytsenko, the port authority\'s chief executive, insisted the move was "not a lockout" and '
            "said the stoppage was costing some four million crowns a day.")
    assert quotes(text) == [("mixed", 'the move was "not a lockout"', "Oleksandra Hrytsenko"),
                            ("indirect", "the stoppage was costing some four million crowns a day", "Oleksandra Hrytsenko")]


def test_a_french_honorific_an_adverb_and_an_exclamation_after_the_quote() -> None:
    text = ("Le secrétaire du syndicat, Tomas Reznik, a refusé l'offre. « Nous tiendrons », a lancé M. Reznik mardi. "
            "La ministre Olena Hritsenko a également averti qu'un long arrêt coûterait cher au pays. "
            "Le port a lancé un nouveau programme de formation pour les grutiers du terminal.")
    got = [(q.kind, q.text, q.speaker) for q in find_quotes(text, english=False)]
    assert got == [("direct", "Nous tiendrons", "Tomas Reznik"),
                   ("indirect", "un long arrêt coûterait cher au pays", "Olena Hritsenko")]  # "a lancé un programme": none


def test_an_object_pronoun_before_the_verb_is_no_speaker_and_and_has_said_is_the_subjects() -> None:
    italian = "Lo ha detto ieri il sindaco, Marco Rossi, alla stampa: la scuola riaprirà lunedì prossimo."
    assert all(q.speaker != "Lo" for q in find_quotes(italian, english=False))
    french = "Le maire Paul Riva s'est rendu sur place samedi matin et a promis que la commune paierait tout."
    assert [(q.text, q.speaker) for q in find_quotes(french, english=False)] == [
        ("la commune paierait tout", "Paul Riva")]


def test_a_role_and_a_name_in_apposition_after_a_quote_speak_it() -> None:
    text = ("‘The worst is not over,’ the flood commissioner, Ines Vale, told a press conference in the capital.\n\n"
            "‘Please stay away from the river.’")
    assert [(q.text, q.speaker, q.cue) for q in find_quotes(text)] == [
        ("The worst is not over,", "Ines Vale", "told"), ("Please stay away from the river.", "Ines Vale", None)]


def test_a_group_of_sources_keeps_where_it_stands() -> None:
    assert [q.speaker for q in find_quotes("Shipping agents in the city said cargo was moved by road.")] == [
        "Shipping agents in the city"]
    assert [q.speaker for q in find_quotes("Farmers on the plain below the town said they had lost their crops.")] == [
        "Farmers on the plain below the town"]
    assert [q.speaker for q in find_quotes("Economists have long warned that the port is a weak point.")] == [
        "Economists"]


def test_a_verb_that_takes_a_thing_reports_only_a_clause() -> None:
    assert find_quotes("Ines Vale announced an inquiry into the decision to open the spillway on Monday night.") == []
    assert [q.text for q in find_quotes("Ines Vale announced the spillway would stay shut until the inquiry ends.")] == [
        "the spillway would stay shut until the inquiry ends"]
    assert [q.text for q in find_quotes("Ines Vale announced that an inquiry would begin on Monday.")] == [
        "an inquiry would begin on Monday"]
    assert find_quotes("The planned bridge would cross the river at its narrowest point, about 400 metres.") == []
    french = "Il a averti que la grève pourrait durer des semaines, pas des jours."
    assert [q.text for q in find_quotes(french, english=False)] == ["la grève pourrait durer des semaines, pas des jours"]


def test_a_quote_after_a_nouns_that_is_the_quote_alone() -> None:
    text = 'Governor Arkady Zhelibovsky\'s promise that "nobody will be left behind" has become a bitter joke.'
    assert [(q.kind, q.text, q.speaker) for q in find_quotes(text)] == [
        ("direct", "nobody will be left behind", "Arkady Zhelibovsky")]


def test_a_pronoun_after_the_verb_speaks_and_a_sentence_opening_on_a_day_has_a_subject() -> None:
    german = ("Gewerkschaftschef Dario Vestergaard blieb hart. Die Gewerkschaft werde die Arbeit erst wieder "
              "aufnehmen, wenn die Kräne ersetzt seien, sagte er.")
    assert [(q.text, q.speaker) for q in find_quotes(german, english=False)] == [
        ("Die Gewerkschaft werde die Arbeit erst wieder aufnehmen, wenn die Kräne ersetzt seien", "Dario Vestergaard")]
    english = ("Prime Minister Teodor Ruscu faced the press. On Friday he declined to say when he learned of the audit, "
               'telling reporters only that "the facts will speak for themselves".')
    assert [(q.text, q.speaker) for q in find_quotes(english)][-1] == ("the facts will speak for themselves", "Teodor Ruscu")
    spanish = "Fuentes del Gobierno indicaron que Ruscu había pedido la dimisión el martes."
    assert [q.text for q in find_quotes(spanish, english=False)] == ["Ruscu había pedido la dimisión el martes"]


def test_a_german_noun_in_marks_after_a_verb_of_description_is_a_quote() -> None:
    text = "Gewerkschaftsführer Dario Vestergaard sprach von „Verrat“."
    assert [(q.kind, q.text) for q in find_quotes(text, english=False)] == [("direct", "Verrat")]
    assert find_quotes("Die Regierung stellte das Programm „Blaue Linie“ vor.", english=False) == []


@pytest.mark.parametrize("text, kind, quoted, speaker", [
    ("O ministro Rui Damasceno classificou a greve de «irresponsável».", "direct", "irresponsável", "Rui Damasceno"),
    ("A ministra Carla Mendevi ha definito una «scommessa» le regole sull'attracco.", "direct", "scommessa",
     "Carla Mendevi"),
    ("Segundo os Caminhos de Ferro de Tessel (CFT), apenas 12% dos comboios circularam durante a manhã.", "indirect",
     "apenas 12% dos comboios circularam durante a manhã", "Caminhos de Ferro de Tessel"),
    ("Der staatliche Gaskonzern Kesgaz teilte mit, die Preisformel bleibe aus Wettbewerbsgründen vertraulich.",
     "indirect", "die Preisformel bleibe aus Wettbewerbsgründen vertraulich", "Der staatliche Gaskonzern Kesgaz"),
])
def test_portuguese_and_italian_descriptions_a_portuguese_source_and_a_german_mitteilen(
        text: str, kind: str, quoted: str, speaker: str) -> None:
    [q] = find_quotes(text, english=False)
    assert (q.kind, q.text, q.speaker) == (kind, quoted, speaker)


def test_a_german_split_quotes_first_part_in_capitals_is_said_when_a_verb_of_saying_follows() -> None:
    text = ("„Diese Pipeline“, sagte Ministerpräsidentin Annika Sølvberg, „verbindet unsere beiden Volkswirtschaften "
            "für eine Generation.“")
    assert [q.text for q in find_quotes(text, english=False)] == [
        "Diese Pipeline", "verbindet unsere beiden Volkswirtschaften für eine Generation."]
    assert find_quotes("Sie las „Krieg und Frieden“ im Zug.", english=False) == []


def test_an_institutions_name_with_of_and_the_subjects_languages_leave_out() -> None:
    assert [q.speaker for q in find_quotes("The Tarvesh Chamber of Shipping said fuel could run short.")] == [
        "The Tarvesh Chamber of Shipping"]
    spanish = "El director, Dorian Vásquez, pidió perdón. También negó que la empresa tardara un día en avisar."
    assert [q.speaker for q in find_quotes(spanish, english=False)] == ["Dorian Vásquez"]
    french = "La ministre Ilyana Korvadzé a été limogée. L'ex-ministre a affirmé qu'elle saisirait la Cour."
    assert [q.speaker for q in find_quotes(french, english=False)] == ["Ilyana Korvadzé"]


def test_german_word_orders_a_colon_after_a_subject_and_a_genitive_source() -> None:
    german = ("Nikolai Christow, Vorsitzender des Verbands, blieb hart. Das jüngste Angebot der Behörde nannte er eine "
              "„Beleidigung“. Verkehrsminister Emil Sárkány rief beide Seiten zur Mäßigung auf: „Einen Krieg im Hafen "
              "gewinnt niemand.“ Wie ein hochrangiger Beamter der Hafenbehörde bestätigte, war die Prüfung verschoben "
              "worden.")
    got = [(q.text, q.speaker) for q in find_quotes(german, english=False)]
    assert ("Beleidigung", "Nikolai Christow") in got
    assert ("Einen Krieg im Hafen gewinnt niemand.", "Emil Sárkány") in got
    assert ("war die Prüfung verschoben worden", "ein hochrangiger Beamter der Hafenbehörde") in got


def test_an_office_named_by_what_its_holder_heads_is_the_person_holding_it() -> None:
    text = ("La Première ministre Odile Ferrand-Marceau a présenté mardi son plan.\n\n"
            "« Ce n'est pas de l'austérité », a lancé la cheffe du gouvernement sous les huées.")
    assert [q.speaker for q in find_quotes(text, english=False)] == ["Odile Ferrand-Marceau"]
    english = "Prime Minister Ana Ruiz met the unions.\n\n\"We will not back down,\" the head of government said."
    assert [q.speaker for q in find_quotes(english)] == ["Ana Ruiz"]


def test_a_second_verb_after_a_foreign_and_takes_the_first_ones_speaker() -> None:
    text = ("El líder de la oposición, Víctor Orsolan, calificó el proyecto de “tren de la vanidad” y anunció que "
            "recurrirá la votación ante el Tribunal Constitucional.")
    got = [(q.kind, q.text, q.speaker) for q in find_quotes(text, english=False)]
    assert ("indirect", "recurrirá la votación ante el Tribunal Constitucional", "Víctor Orsolan") in got


def test_whom_a_german_speaker_told_is_not_what_was_said() -> None:
    text = "Müller sagte der Süddeutschen Zeitung, die Gespräche seien gescheitert."
    assert [(q.text, q.speaker) for q in find_quotes(text, english=False)] == [("die Gespräche seien gescheitert", "Müller")]
    this = "Ein Ingenieur, der anonym bleiben wollte, sagte dieser Zeitung, die Schleuse sei ohne Warnung geöffnet worden."
    assert [q.text for q in find_quotes(this, english=False)] == ["die Schleuse sei ohne Warnung geöffnet worden"]


def test_a_name_with_a_particle_in_apposition_to_a_foreign_role_speaks() -> None:
    text = "La directrice du port, Amira al-Khouri, a estimé que cette offre était « juste et définitive »."
    assert [q.speaker for q in find_quotes(text, english=False)] == ["Amira al-Khouri"]


def test_a_role_in_apposition_before_the_name_in_other_languages() -> None:
    german = ("„Das Terminal bleibt geschlossen, bis wir die Sicherheit jedes Arbeiters garantieren können“, sagte "
              "die Chefin der Hafenbehörde, Oleksandra Hryzenko.")
    assert find_quotes(german, english=False)[0].speaker == "Oleksandra Hryzenko"
    spanish = ("La ministra de Sanidad de Corvania, Nadia Aljuri, presentó este jueves su dimisión. "
               "La ministra aseguró que dimitía «para proteger a los hospitales, no a sí misma».")
    assert find_quotes(spanish, english=False)[-1].speaker == "Nadia Aljuri"
    italian = ("«La perdita è stata contenuta», ha dichiarato il direttore dell'Autorità portuale, Nicolò Ferrandi. "
               "Il direttore ha spiegato che il porto interno non riaprirà finché le analisi non saranno negative.")
    assert [q.speaker for q in find_quotes(italian, english=False)] == ["Nicolò Ferrandi"] * 2
    compound = ("Deutliche Worte fand die Energiekommissarin des Nördlichen Kompakts, Liesbeth Vanderhaegen. "
                "Die Kommissarin: „Energiesicherheit ist kein Gefallen unter Nachbarn.“")
    assert find_quotes(compound, english=False)[-1].speaker == "Liesbeth Vanderhaegen"


def test_a_title_resolves_to_the_person_holding_part_of_it() -> None:
    text = ("Container traffic stayed frozen a day after port chief Oleksandra Hritsenko closed the terminal. "
            "According to the port authority's chief, each idle day costs around four million crowns.")
    assert find_quotes(text)[-1].speaker == "Oleksandra Hritsenko"


def test_a_name_with_its_particle_a_given_names_gender_and_a_weekday_before_the_subject() -> None:
    text = ("Prime Minister Teodor Ruscu faced calls on Friday to explain what he knew, a day after Health "
            "Minister Nadia al-Khuri stepped down.\n\n"
            "On Thursday al-Khuri insisted she had made no mistake. She said she was stepping down to protect "
            "the hospitals rather than herself.")
    speakers = [q.speaker for q in find_quotes(text)]
    assert len(speakers) == 2 and all(s is not None and s.endswith("al-Khuri") for s in speakers), speakers


def test_a_possessive_speaker_before_a_colon_is_its_owner() -> None:
    text = ("Nadia Morrow resigned as health minister on Thursday after the audit.\n\n"
            "Her stated reason: \"to protect the hospitals, not myself.\"")
    assert find_quotes(text)[-1].speaker == "Nadia Morrow"


def test_a_storys_dateline_is_no_subject_of_its_first_sentence() -> None:
    text = ("MARVESSA, March 11, 2024 (Meridian Wire) – The head of Lestria's biggest port closed its container "
            "terminal on Monday, saying it would stay shut until the safety of every dock worker could be guaranteed.")
    assert all(q.speaker != "MARVESSA" and q.speaker != "Marvessa" for q in find_quotes(text))


def test_a_capitalised_pronoun_after_a_closed_quote_begins_the_next_sentence() -> None:
    text = ('Dario Vestergaard told reporters: "We will not go back to work." He described the closure as '
            'a "betrayal".')
    assert quotes(text) == [("direct", "We will not go back to work.", "Dario Vestergaard"),
                            ("direct", "betrayal", "Dario Vestergaard")]


def test_a_word_in_lower_case_after_a_noun_that_may_name_a_thing_is_quoted() -> None:
    assert quotes('Mayor Petra Lindqvist-Hale called the operation "chaotic".') == [
        ("direct", "chaotic", "Petra Lindqvist-Hale")]
    assert quotes('The navy launched the operation "Safe Harbour" on Monday.') == []


def test_what_someone_said_named_by_a_noun_before_a_colon_is_theirs() -> None:
    text = ("Prime Minister Teodor Ruscu accepted the resignation on Thursday.\n\n"
            "The PM's reaction: \"with regret\". His office released a two-line statement.")
    assert quotes(text) == [("direct", "with regret", "Teodor Ruscu")]


def test_according_to_in_more_words_and_a_german_compound_title_of_an_apposition() -> None:
    text = ("„Das Terminal bleibt geschlossen“, sagte die Chefin der Hafenbehörde, Oleksandra Hryzenko.\n\n"
            "Nach Angaben der Behördenchefin kostet jeder Tag Stillstand rund vier Millionen Kronen.")
    assert [(q.kind, q.speaker) for q in find_quotes(text, english=False)] == [
        ("direct", "Oleksandra Hryzenko"), ("indirect", "Oleksandra Hryzenko")]
    assert find_quotes("D'après le maire, la route restera fermée jusqu'en mars.", english=False)[0].text == \
        "la route restera fermée jusqu'en mars"


def test_according_to_stops_at_a_source_not_at_a_decimal_comma_nor_over_a_clause() -> None:
    text = "Nach Angaben des Unternehmens steigt der Arbeitspreis von 11,8 auf 14,0 Cent pro Kilowattstunde."
    assert [(q.text, q.speaker) for q in find_quotes(text, english=False)] == [
        ("steigt der Arbeitspreis von 11,8 auf 14,0 Cent pro Kilowattstunde", "Unternehmens")]
    dutch = ("Volgens het waterschap zijn vooral de prijzen van klei en staal sterk gestegen sinds de aanbesteding "
             "van vorig jaar, en bleek de ondergrond slapper dan verwacht.")
    assert find_quotes(dutch, english=False) == []


def test_officials_arguing_over_something_report_nothing_and_the_sentences_cue_still_speaks() -> None:
    text = ("The order sat unsigned for three hours while officials argued over who should issue it, "
            "said a senior official who asked not to be named.")
    assert [(q.cue, q.speaker, q.text) for q in find_quotes(text)] == [
        ("said", "a senior official", "The order sat unsigned for three hours while officials argued over who "
                                      "should issue it")]


# -- Shapes a blind corpus showed (/work/blind/q8, not copied; written afresh here) -----------------

def test_a_name_and_its_role_after_a_quote_speak_it_not_what_they_told() -> None:
    q = one("\u201cThe gates were opened an hour too late,\u201d Ilse Varga, the inquiry's chief investigator, "
            "told a news conference in Tessel.")
    assert (q.kind, q.speaker) == ("direct", "Ilse Varga")


def test_whoever_was_quoted_by_a_broadcaster_as_saying_it_said_it() -> None:
    q = one("Harbour Minister Tomas Brell was quoted by the state broadcaster TVT as saying that any ferry "
            "found overloaded would lose its licence.")
    assert (q.text, q.speaker) == ("any ferry found overloaded would lose its licence", "Tomas Brell")


def test_where_and_when_after_the_verb_leave_the_clause_before_it_reported_without_its_dateline() -> None:
    q = one("TESSEL - The ferry was sailing at twice the permitted speed when it struck the pier, the "
            "harbour board said on Tuesday in its preliminary report.")
    assert (q.text, q.speaker) == ("The ferry was sailing at twice the permitted speed when it struck the pier",
                                   "the harbour board")
    assert quotes("After the storm of 2022, Tessel called on its neighbours for help.") == []


def test_the_romance_languages_report_a_clause_only_after_que_or_che() -> None:
    assert quotes("Un seul ferry assure aujourd'hui cinq allers-retours quotidiens.") == []
    assert quotes("La ministre a assuré que la ligne resterait ouverte.")[0][1] == "la ligne resterait ouverte"
    assert quotes("La ministre a assuré qu'elle resterait ouverte.")[0][1] == "elle resterait ouverte"
    assert quotes("Il ministro ha detto che la linea resterà aperta.")[0][1] == "la linea resterà aperta"
    assert quotes("De minister zei dat de lijn open blijft.")[0][1] == "de lijn open blijft"
    assert "« farce »" in quotes("Il a dénoncé une « farce » devant la presse.")[0][1]  # a quoted fragment


def test_german_reports_a_clause_after_a_comma_and_an_object_is_none() -> None:
    assert quotes("Die Ministerin sagte am Abend, Tessel werde den Damm niemals akzeptieren.")[0][1] \
        == "Tessel werde den Damm niemals akzeptieren"
    assert quotes("Der Minister versprach den Betroffenen rasche Hilfe.") == []


def test_those_asked_to_do_something_are_not_speakers() -> None:
    assert quotes("Schools stay open, but pupils have been asked to bring water from home.") == []


def test_a_role_given_between_commas_without_an_article_resolves_its_title_phrase() -> None:
    found = find_quotes("Ilse Varga, chief executive of Tessel Water, said a pump had failed overnight.\n\n"
                        "\u2018We let the town down,\u2019 the utility's chief executive said as she left.")
    assert [q.speaker for q in found] == ["Ilse Varga", "Ilse Varga"]


def test_one_persons_lawyer_is_not_anothers() -> None:
    found = find_quotes("Anton Feld, Verbeck's lawyer, said his client would appeal. Lisk's lawyer said he "
                        "would consider an appeal.")
    assert [q.speaker for q in found] == ["Anton Feld", "Lisk's lawyer"]


# -- Shapes a third blind corpus showed (/work/blind/q9, not copied; written afresh here) -----------

def test_a_person_taken_up_by_what_they_do_is_the_person_named_before() -> None:
    found = find_quotes("Pour Ilse Varga, secrétaire générale du syndicat des dockers, l'accord est réel. "
                        "La syndicaliste a indiqué que les adhérents voteraient en ligne.")
    assert [q.speaker for q in found if q.cue == "indiqué"] == ["Ilse Varga"]


def test_a_german_role_noun_is_the_person_whose_compound_title_ends_in_it() -> None:
    found = find_quotes("Chefanklägerin Ilse Varga sprach von einem klaren Signal. Ob ihre Behörde in Berufung "
                        "gehe, werde nach Prüfung des Urteils entschieden, sagte die Anklägerin.")
    assert [q.speaker for q in found if q.cue == "sagte"] == ["Ilse Varga"]


def test_a_relative_clause_between_a_source_and_its_verb_is_no_speaker() -> None:
    q = one("A court official who asked not to be named said the written judgment ran to 400 pages.")
    assert (q.text, q.speaker) == ("the written judgment ran to 400 pages", "A court official")


def test_a_speech_verb_inside_a_name_is_no_cue() -> None:
    assert quotes("The contracts went to Tessel Signal Systems through a company of her brother-in-law.") == []


@pytest.mark.parametrize("text, clause, speaker", [
    ("Verkehrsministerin Elena Varga reiste nach Brenholt. Am Mittwochabend kündigte die Ministerin an, dass "
     "eine Kommission den Unfall untersuchen werde.", "eine Kommission den Unfall untersuchen werde", "Elena Varga"),
    ("Verkehrsministerin Elena Varga reiste nach Brenholt. Am Montag räumte Varga ein, dass die Arbeiten sich "
     "verzögern würden.", "die Arbeiten sich verzögern würden", "Elena Varga"),
    ("Verkehrsministerin Elena Varga reiste nach Brenholt. Gestern sagte sie, dass der Hafen offen bleibe.",
     "der Hafen offen bleibe", "Elena Varga"),
])
def test_german_puts_the_verb_second_after_a_time_and_its_subject_after_it(text: str, clause: str, speaker: str) -> None:
    assert quotes(text) == [("indirect", clause, speaker)]


def test_a_name_behind_a_lower_case_particle_speaks_after_the_verb() -> None:
    text = ("Hamid el-Rashidi runs the national carrier.\n\n\u201cWe are losing three million crowns a day,\u201d "
            "said el-Rashidi.")
    assert quotes(text) == [("direct", "We are losing three million crowns a day,", "Hamid el-Rashidi")]


@pytest.mark.parametrize("text, speaker", [
    ("Ines Korhola of the Kaskel Geological Institute warned that the eruption could continue for weeks.",
     "Ines Korhola"),
    ("Commissioner Leontine Varga of the Oshel River Commission told reporters the treaty still held.",
     "Leontine Varga"),
    ("A spokesman for the Geological Institute said the eruption could continue.",
     "A spokesman for the Geological Institute"),
])
def test_a_person_of_a_body_speaks_as_the_person(text: str, speaker: str) -> None:
    [(kind, _, who)] = quotes(text)
    assert kind == "indirect" and who == speaker


def test_a_title_joined_by_a_hyphen_to_what_it_heads_is_no_part_of_the_name() -> None:
    text = "„Het lozen was de enige manier om de dam te beschermen”, zei RWB-voorzitter Hendrik Talsma."
    assert [q.speaker for q in find_quotes(text, english=False)] == ["Hendrik Talsma"]


@pytest.mark.parametrize("text, quoted, speaker", [
    ("Minister Agnieszka Żurawska powiedziała, że rząd nie pozwoli na zamknięcie zakładu.",
     "rząd nie pozwoli na zamknięcie zakładu", "Agnieszka Żurawska"),
    ("Według Ministerstwa Gospodarki resort jest gotów szukać nowego inwestora dla zakładu.",
     "resort jest gotów szukać nowego inwestora dla zakładu", None),
])
def test_polish_verbs_of_saying_and_according_to(text: str, quoted: str, speaker: str | None) -> None:
    found = find_quotes(text, english=False)
    assert found and found[0].text == quoted
    if speaker is not None:
        assert found[0].speaker == speaker


def test_a_capitalised_german_noun_phrase_ending_on_a_title_is_no_person() -> None:
    text = ("Oppositionsführerin Maren Holt forderte den Rücktritt der Ministerin.\n\n"
            "Die Verkehrsministerin Karin Rasmund kündigte eine Kommission an. \u201eVier Menschen sind "
            "gestorben\u201c, sagte die Ministerin.")
    assert [(q.text, q.speaker) for q in find_quotes(text)] == [("Vier Menschen sind gestorben", "Karin Rasmund")]


@pytest.mark.parametrize("text, speaker", [
    ("«Il governo non paga i criminali», ha dichiarato martedì sera in conferenza stampa la ministra della Salute, "
     "Soraya Benali.", "Soraya Benali"),
    ("« Nous ne céderons pas », a déclaré lundi soir en conférence de presse le maire, Paul Vanier.", "Paul Vanier"),
])
def test_when_and_where_a_romance_verb_was_said_stand_between_it_and_its_subject(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == [speaker]


def test_a_speaker_of_a_body_is_named_without_it() -> None:
    text = "Still, political scientist Mira Oblak of Kovena University said the coalition was likely to survive."
    assert [q.speaker for q in find_quotes(text)] == ["Mira Oblak"]


def test_a_german_speaker_of_a_body_before_the_verb_is_the_person_not_the_body() -> None:
    text = "Die Politologin Mira Oblak von der Universität Kowena sagte, die Koalition werde den Rücktritt überstehen."
    assert [q.speaker for q in find_quotes(text)] == ["Mira Oblak"]


def test_double_marks_inside_a_british_single_quote_stay_part_of_it() -> None:
    found = find_quotes("Ana Petrescu, a teacher from Mirosk, was unconvinced. \u2018Last month they told us "
                        "\u201ctwo days, maybe three\u201d, and we are still sleeping on the floor,\u2019 she said.")
    assert [(q.kind, q.speaker) for q in found] == [("direct", "Ana Petrescu")]
    assert found[0].text.startswith("Last month they told us \u201ctwo days")


def test_a_quote_alone_after_a_paragraph_closing_on_a_reported_clause_is_that_speakers() -> None:
    found = find_quotes("Alle Br\u00fccken w\u00fcrden \u00fcberpr\u00fcft, k\u00fcndigte Karin Rasmund an. "
                        "K\u00fcrzungen h\u00e4tten die Mittel nicht verringert, betonte sie.\n\n"
                        "\u201eBei der Instandhaltung wurde keine einzige Krone gestrichen.\u201c", english=False)
    assert [q.speaker for q in found][-1] == "Karin Rasmund"


def test_a_name_in_apposition_after_a_vague_subject_is_the_speaker() -> None:
    found = find_quotes("One of them, 51-year-old Ivan Hrabal, said the men had taken turns to sleep.")
    assert [q.speaker for q in found] == ["Ivan Hrabal"]


def test_a_sentence_ending_on_a_colon_gives_the_next_paragraphs_quote_its_speaker() -> None:
    found = find_quotes("Dmitry Shevchuk stepped down on Wednesday.\n\n"
                        "Reading from a prepared statement, Shevchuk said:\n\n"
                        "\u201cI have done nothing unlawful, and I intend to prove it.\n\n"
                        "\u201cBut I will not allow this government to be held hostage to my name.\u201d")
    assert [(q.kind, q.speaker) for q in found] == [("direct", "Dmitry Shevchuk"), ("direct", "Dmitry Shevchuk")]
    found = find_quotes("\u00ab C'est une urgence \u00bb, a annonc\u00e9 le ministre des Ressources en eau, Youssef "
                        "el-Tamimi, \u00e0 Lamar.\n\nLe ministre a lanc\u00e9 un appel direct aux habitants :\n\n"
                        "\u00ab Je demande \u00e0 chaque famille de remplir une bouteille. \u00bb", english=False)
    assert [q.speaker for q in found] == ["Youssef el-Tamimi", "Youssef el-Tamimi"]


def test_a_ceo_is_the_chief_executive_and_a_hospital_no_person() -> None:
    found = find_quotes("Sarnmet CEO Tomas Reiner rejected the accusation.\n\n"
                        "The company's chief executive also said Sarnmet would cooperate fully with inspectors.\n\n"
                        "At Qadira General Hospital, director Karim Mansour was counting the days. "
                        "\u201cWe have reserves for about four days,\u201d he said.")
    assert [q.speaker for q in found] == ["Tomas Reiner", "Karim Mansour"]


def test_a_dash_then_a_verb_attributes_as_polish_writes_it() -> None:
    found = find_quotes("Prezes spółki Tessel Mining Greta Söderholm przeprosiła rodziny. \u201eCi ludzie nam zaufali "
                        "i jesteśmy im winni odpowiedzi\u201d \u2013 powiedziała.", english=False)
    assert [q.speaker for q in found] == ["Greta Söderholm"]


def test_a_declined_surname_after_wedlug_is_the_person_and_the_clause_follows_it() -> None:
    found = find_quotes("Dowódca akcji Aurel Kasprzyn przyjechał rano.\n\n"
                        "Według Kasprzyna ratownicy wywiercili szyb obejściowy, a górnicy przeżyli.", english=False)
    assert [(q.speaker, q.text.split()[0]) for q in found] == [("Aurel Kasprzyn", "ratownicy")]


def test_dutch_ze_after_the_verb_is_a_pronoun() -> None:
    found = find_quotes("Burgemeester Ilse Marovec kwam om middernacht.\n\n\u201eNiemand slaapt vannacht bij dat "
                        "depot\u201c, zei ze tegen bewoners bij sporthal Kellerman.", english=False)
    assert [q.speaker for q in found] == ["Ilse Marovec"]


def test_a_headline_quote_takes_the_speaker_of_its_words_in_the_body() -> None:
    found = find_quotes("Brand in Saltmere: \u201eNiemand slaapt vannacht bij dat depot\u201c\n\n"
                        "Burgemeester Ilse Marovec kwam om middernacht. \u201eNiemand slaapt vannacht in de buurt van "
                        "dat depot\u201c, zei ze.", english=False)
    assert [q.speaker for q in found] == ["Ilse Marovec", "Ilse Marovec"]


def test_a_paragraph_that_goes_on_about_its_speaker_hands_them_the_next_quote() -> None:
    found = find_quotes("Fire chief Bastian Oruwe said the blaze was contained but not out. Asked about a possible "
                        "cause, he was cautious.\n\n\u201cIt is far too early to say. We are not ruling anything out.\u201d")
    assert [q.speaker for q in found] == ["Bastian Oruwe", "Bastian Oruwe"]


def test_a_romance_verb_with_no_subject_after_it_but_where_it_was_said_drops_its_subject() -> None:
    found = find_quotes("Il ministro delle Finanze, Dimitar Jovanovski, ha respinto ogni ipotesi. \u00abNon ci "
                        "dimetteremo\u00bb, ha detto davanti a un\u2019aula gremita.", english=False)
    assert [q.speaker for q in found][-1] == "Dimitar Jovanovski"
    found = find_quotes("Le port, dont l'histoire a inspiré le documentaire \u00ab Les Géants du quai \u00bb, assure "
                        "près d'un tiers des exportations du pays.", english=False)
    assert all(q.speaker is None for q in found)


def test_a_live_blogs_entry_heading_attributes_by_its_colon() -> None:
    found = find_quotes("### 17:55 \u2014 Marangoni: \u2018This was not an act of God\u2019\n\n"
                        "Piet Marangoni, president of the union, spoke to reporters.")
    assert [q.speaker for q in found][0] == "Piet Marangoni"


def test_dutch_aldus_and_a_pronoun_before_a_colon_attribute() -> None:
    found = find_quotes("De brand is onder controle, maar nog niet geblust, aldus brandweercommandant Bastian Oruwe.\n\n"
                        "Ook burgemeester Ilse Marovec is kwaad. Ze was duidelijk: \u201eIk heb drie brieven "
                        "geschreven.\u201c", english=False)
    assert [q.speaker for q in found] == ["Bastian Oruwe", "Ilse Marovec"]
    found = find_quotes("Die Baufirma Halmstrand Bygg, die 2023 die Fahrbahn erneuert hatte, wies jede Verantwortung "
                        "zurück.", english=False)
    assert found == []


def test_a_pronoun_after_a_sentence_opening_on_a_title_is_the_title_holders() -> None:
    found = find_quotes("Mayor Ilse Marovec ordered the evacuation.\n\n"
                        "Eleven people were treated, said the medical director, Dr. Anouk Verhaeghe. None was "
                        "seriously hurt, she added.\n\n"
                        "Speaking at dawn, the mayor sounded tired but defiant. \u201cWe will,\u201d she said, "
                        "\u201cget through this together.\u201d")
    assert [q.speaker for q in found][-2:] == ["Ilse Marovec", "Ilse Marovec"]


def test_a_namesake_keeps_her_own_name_and_a_place_is_no_one() -> None:
    found = find_quotes("Jonas Merrow, 41, was killed in 2022. The coroner previously led the inquiry into the Ferrin "
                        "Quay warehouse fire.\n\nOutside court, Carys Merrow held up a photograph of her husband.\n\n"
                        "\u2018We were told that the crane was safe,\u2019 she said.")
    assert [q.speaker for q in found] == ["Carys Merrow"]


# -- Shapes two more blind corpora showed (/work/blind/q19, q20, not copied; written afresh here) ----

def test_a_quote_after_a_colon_is_said_by_the_subject_before_it() -> None:
    found = find_quotes("Health Minister Nadia Orsk toured the ward on Monday.\n\n"
                        "Asked whether the clinic would close, she was blunt: \u201cNot while I am minister.\u201d\n\n"
                        "Preguntada por el cierre, la ministra Nadia Orsk fue tajante: \u00abNo mientras yo sea ministra\u00bb.")
    assert [q.speaker for q in found] == ["Nadia Orsk", "Nadia Orsk"]
    assert [q.cue for q in found] == [":", ":"]


def test_a_headline_topic_before_a_colon_is_no_speaker() -> None:
    found = find_quotes("Fire in Tarnholm: \u201cNobody sleeps near that depot tonight\u201d\n\nThe blaze spread fast.")
    assert [q.speaker for q in found] == [None]


def test_a_name_in_apposition_after_an_according_source_is_the_source() -> None:
    found = find_quotes("Six people died, according to the county sheriff, Dwight Calloway.\n\n"
                        "Seg\u00fan el jefe regional de bomberos, Tomasz Wr\u00f3blewski, m\u00e1s de 200 efectivos "
                        "luchan contra las llamas.", english=False)
    assert [q.speaker for q in found] == ["Dwight Calloway", "Tomasz Wr\u00f3blewski"]
    assert found[1].text == "m\u00e1s de 200 efectivos luchan contra las llamas"
    found = find_quotes("According to the report, Smith and Jones were wrong about the dam.")
    assert [q.speaker for q in found] == ["the report"]


def test_a_title_written_before_what_it_heads_finds_its_holder() -> None:
    found = find_quotes("\u00abFue un muro de agua\u00bb, afirm\u00f3 la jefa de bomberos de Carrow Springs, Beatriz "
                        "Almonte.\n\nLa jefa de bomberos neg\u00f3 que las primeras unidades hubieran tardado en "
                        "llegar.\n\nLe ministre de l\u2019Int\u00e9rieur, Paul Marchand, est arriv\u00e9. Le ministre de "
                        "l\u2019Int\u00e9rieur a d\u00e9clar\u00e9 que la digue tiendrait.", english=False)
    assert [q.speaker for q in found] == ["Beatriz Almonte", "Beatriz Almonte", "Paul Marchand"]


def test_one_office_under_two_names_and_a_places_mayor_in_apposition() -> None:
    found = find_quotes("Chief Justice Rosalind Achter wrote for the majority. \u201cThe province heard the fishers, "
                        "but it did not listen to them,\u201d the judge wrote.\n\n"
                        "Petro Shevchuk, Marvella\u2019s mayor, visited the shelter in Marvella.\n\n"
                        "\u2018They told us nothing until eleven,\u2019 the mayor said.")
    assert [q.speaker for q in found] == ["Rosalind Achter", "Petro Shevchuk"]


def test_a_company_named_before_its_officers_title_is_not_the_speaker() -> None:
    found = find_quotes("Veltmann UK managing director Thomas Brenner said the company regretted the strike.\n\n"
                        "\u201cThe casting line has lost money for six years,\u201d he said in a statement.")
    assert [q.speaker for q in found] == ["Thomas Brenner", "Thomas Brenner"]


def test_a_boss_named_after_the_company_is_the_speaker() -> None:
    found = find_quotes("Veltmann UK boss Thomas Brenner says the casting line has lost money for six years in a row.")
    assert [q.speaker for q in found] == ["Thomas Brenner"]


def test_an_adjective_opening_the_sentence_before_a_title_is_no_speaker() -> None:
    found = find_quotes("Angry regional minister Consuelo Arrieta toured the wreckage and branded the blast "
                        "\u201cunacceptable\u201d.")
    assert [q.speaker for q in found] == ["Consuelo Arrieta"]


def test_where_or_to_whom_after_a_verb_is_no_clause_but_a_promise_to_do_is() -> None:
    found = find_quotes("Chief Justice Rosalind Achter wrote for the majority. The minister wrote to the council.")
    assert found == []
    found = find_quotes("Both governments promised to publish daily figures.")
    assert [(q.kind, q.text) for q in found] == [("indirect", "to publish daily figures")]


# -- Speakers a blind corpus of session 30 missed (/work/blind/q22, q23, not copied) -------------

def test_a_title_of_two_portfolios_joined_by_and_heads_its_holders_name() -> None:
    q = one("\u201cWe are facing a dangerous fire,\u201d Climate Crisis and Civil Protection Minister Evangelos "
            "Tsakalidis said in a televised briefing.")
    assert (q.cue, q.speaker) == ("said", "Evangelos Tsakalidis")


def test_an_article_opening_a_subject_takes_its_noun_of_people_with_it() -> None:
    q = one('The protesters then marched towards parliament, chanting "The Tessel is not for sale".')
    assert q.speaker == "The protesters"
    q = find_quotes("Le syndicaliste a également ironisé sur la direction\u00a0: \u00ab\u00a0Le rythme est "
                    "négociable, disent-ils.\u00a0\u00bb", english=False)[0]
    assert q.speaker == "Le syndicaliste"
    text = ('The text alerts were sent through the so-called "Blue Line" system and praised at the time as a model '
            'for the region.')
    assert all(q.speaker != "The text alerts" for q in find_quotes(text))


def test_a_name_inside_the_reported_clause_is_no_antecedent_of_the_pronoun_after_the_verb() -> None:
    text = ("\u201eNordline hat den Fahrplan nie über die Sicherheit gestellt\u201c, erklärte Unternehmenssprecherin "
            "Mette Skov. Kein Kapitän sei je überstimmt worden, betonte sie.")
    assert [q.speaker for q in find_quotes(text, english=False)] == ["Mette Skov", "Mette Skov"]


def test_an_opening_phrase_of_place_or_time_is_no_speaker_before_a_colon() -> None:
    text = ("À la sortie de l'audience, Yannis Markou, 61 ans, s'est voulu combatif\u00a0: \u00ab\u00a0J'ai servi "
            "cette ville pendant onze ans.\u00a0\u00bb")
    assert find_quotes(text, english=False)[0].speaker == "Yannis Markou"


def test_the_first_portfolio_of_an_office_is_no_person_a_pronoun_stands_for() -> None:
    text = ("Climate Crisis and Civil Protection Minister Vangelis Tsakalidis rejected the criticism. "
            "\u201cWe are facing a dangerous fire,\u201d he had said at the briefing.")
    assert one(text).speaker == "Vangelis Tsakalidis"
    text = ("Mayor Ana Ruiz and Police Chief Ivo Brandl met on Monday. \u201cThe road will reopen,\u201d she said.\n\n"
            "Yiannis Markou and Deputy Mayor Petros Vlahos deny the charges. \u201cI am innocent,\u201d Markou said.")
    assert [q.speaker for q in find_quotes(text)] == ["Ana Ruiz", "Yiannis Markou"]


def test_a_person_named_before_where_they_are_from_is_the_speaker() -> None:
    text = ("Die 68-jährige Bäuerin Zdenka Marić aus dem Dorf Donji Brod sagte unter Tränen: \u201eMeine Großmutter "
            "ist in diesem Tal begraben.\u201c")
    assert "Zdenka Marić" in find_quotes(text, english=False)[-1].speaker
    text = ("Innenminister Alexej Jurtschenko versprach den Betroffenen rasche Hilfe. \u201eWir lassen niemanden "
            "allein\u201c, sagte Jurtschenko.")
    assert [q.speaker for q in find_quotes(text, english=False)] == ["Alexej Jurtschenko"]  # "den Betroffenen": whom


def test_a_german_noun_is_no_person_and_an_opening_adverb_no_speaker() -> None:
    text = ("Die Vorsitzende der Untersuchung, Kommissarin Ruth Vale, eröffnete die Anhörungen. Man werde den "
            "Beweisen folgen, \u201ewohin sie auch führen\u201c, sagte sie.\n\n"
            "Kapitän Piotr Zieliński sagte: \u201eIch bat zweimal um Aufschub.\u201c\n\nDann, sichtlich bewegt, fuhr er "
            "fort: \u201eIch hätte mich weigern sollen.\u201c")
    assert [q.speaker for q in find_quotes(text, english=False)] == ["Ruth Vale", "Piotr Zieliński", "Piotr Zieliński"]


def test_a_verb_of_saying_in_an_embedded_question_is_no_cue() -> None:
    text = ("Piotr Zieliński gave evidence on Monday. Asked what the duty manager had said to him on the telephone, "
            "he replied: \u201cHe said to me, \u2018Sail,\u2019 and I sailed.\u201d\n\n"
            "The duty manager, Kjell Aronsen, will give evidence on Tuesday.")
    q = find_quotes(text)[0]
    assert (q.cue, q.speaker) == ("replied", "Piotr Zieliński")
    text = "Wie ein hochrangiger Beamter der Hafenbehörde bestätigte, war die Prüfung zweimal verschoben worden."
    assert find_quotes(text, english=False)[0].cue == "bestätigte"  # "as X confirmed" reports


def test_an_owner_before_a_role_is_not_who_the_next_pronoun_stands_for() -> None:
    text = ("Markou's lawyer, Alexandros Pappas, spent the afternoon attacking the witness. He called Kostopoulos "
            "\u201ca man buying his own freedom\u201d.")
    assert one(text).speaker == "Alexandros Pappas"


def test_a_nationality_and_a_role_in_lower_case_before_a_name_are_the_subject_of_a_colon() -> None:
    text = ("Icelandic volcanologist Sigrun Hallgrimsdottir, of the Institute of Earth Sciences, was blunt on "
            "Monday: \u201cThe eruption is far from over.\u201d")
    assert one(text).speaker == "Sigrun Hallgrimsdottir"


def test_where_a_sentence_opens_is_no_speaker_before_the_apposition() -> None:
    text = "Na beira do rio, o pescador Antônio Sales, de 58 anos, contou que nunca viu nada parecido."
    assert find_quotes(text, english=False)[0].speaker == "Antônio Sales"


def test_a_dash_line_below_a_quote_signs_it() -> None:
    found = find_quotes("Mayor Ana Ruiz said the bridge would open soon.\n\n"
                        "\u2018This is a blanket ban based on computer models, not on real measurements.\u2019\n"
                        "\u2013 Declan Furlong, SkyLark Air, on Monday\n\n\u201cWe will rebuild.\u201d\n\u2014 Commissioner Vale")
    assert [(q.speaker, q.cue) for q in found] == [("Ana Ruiz", "said"), ("Declan Furlong", "\u2013"), ("Vale", "\u2014")]


def test_a_company_before_its_chiefs_title_in_lower_case_is_no_person() -> None:
    found = find_quotes("SkyLark Air chief executive Declan Furlong went further on Tuesday. "
                        "\u2018Regulators are hiding behind their models,\u2019 he said.")
    assert [q.speaker for q in found] == ["Declan Furlong"]


def test_a_source_introduced_without_a_quote_is_who_the_definite_phrase_takes_up() -> None:
    found = find_quotes("A senior air traffic controller, speaking on condition of anonymity, rejected that "
                        "criticism. \u2018Engines do not forgive guesses,\u2019 the controller said.")
    assert [q.speaker for q in found] == ["A senior air traffic controller"]


def test_someone_where_they_work_and_a_body_with_a_plural_owner_are_whole_speakers() -> None:
    found = find_quotes("\u201cThe corridors are full of beds,\u201d a senior doctor at the hospital said.\n\n"
                        "Marc Delvaux of the Vellerbeek Patients\u2019 Council stressed that nobody should stay away.")
    assert [q.speaker for q in found] == ["a senior doctor at the hospital", "Marc Delvaux"]


def test_the_body_a_definite_noun_takes_up_is_the_one_named_with_it_and_a_number_says_nothing() -> None:
    found = find_quotes("Staff at Sint-Aldegonde University Hospital walked out on Monday.\n\n"
                        "According to the hospital, 46 planned operations were postponed on Monday.")
    assert [(q.speaker, q.cue) for q in found] == [("Sint-Aldegonde University Hospital", "according to")]


def test_a_person_taken_up_by_what_they_are_is_that_person() -> None:
    found = find_quotes("Dans l\u2019apr\u00e8s-midi, la maire de Saint-Aubin, Sylvie Castellan, s\u2019est rendue au "
                        "gymnase.\n\nL\u2019\u00e9dile a pr\u00e9cis\u00e9 que douze maisons avaient \u00e9t\u00e9 "
                        "d\u00e9truites.", english=False)
    assert [q.speaker for q in found] == ["Sylvie Castellan"]
    found = find_quotes("Gareth Lloyd, from Cardiff, was on the campsite with his family.\n\n"
                        "\u201cWe grabbed the kids and the passports and just ran,\u201d the teacher said.")
    assert [q.speaker for q in found] == ["Gareth Lloyd"]


def test_a_definite_noun_for_a_thing_or_a_body_takes_up_no_person() -> None:
    found = find_quotes("Weiming Zhang announced the cuts on Monday.\n\n"
                        "The airline said it had cancelled 212 departures.")
    assert [q.speaker for q in found] == ["The airline"]


def test_the_company_is_the_one_the_story_is_about_but_the_group_is_no_company() -> None:
    found = find_quotes("Dublin-based software group Lumora Systems will cut 2,400 jobs, the company said on Tuesday. "
                        "Lumora shares fell 6%.\n\nLumora Systems chief executive Nadia Ferreira-Holm spoke to staff.")
    assert [q.speaker for q in found] == ["Lumora Systems"]
    found = find_quotes("Tessel River Watch counted dead fish along 40 kilometres. The group said the poison could "
                        "reach the lagoon within a week.\n\nNorvell Minerals, which runs the mine, and Norvell staff "
                        "worked through the night.")
    assert [q.speaker for q in found] == ["The group"]  # not the story's company: the statements stage takes it
    # up as the body named last before it


def test_a_definite_phrase_takes_up_the_body_that_has_its_words_in_its_name() -> None:
    found = find_quotes("Homeowners face higher payments after the national bank announced that it had raised "
                        "its key rate.\n\nThe Lindmark National Bank\u2019s review is due in November.")
    assert [q.speaker for q in found] == ["Lindmark National Bank"]


def test_a_nickname_in_quotation_marks_is_no_end_of_the_name() -> None:
    found = find_quotes("Der Unternehmer Friedrich \u201eFritz\u201c Oberhauser hat den Klub \u00fcbernommen.\n\n"
                        "\u201eDies ist ein Verein mit Seele\u201c, sagte Oberhauser.", english=False)
    assert "Friedrich Oberhauser" in str(found[0].speaker) and found[0].text == "Dies ist ein Verein mit Seele"


def test_a_role_after_the_verb_then_the_name_with_its_honorific_in_apposition() -> None:
    found = find_quotes("\u00ab Nous savons que c\u2019est bouleversant \u00bb, a d\u00e9clar\u00e9 la "
                        "pr\u00e9sidente-directrice g\u00e9n\u00e9rale de la R\u00e9gie, la Dre H\u00e9l\u00e8ne "
                        "Thibodeau, lors d\u2019un point de presse.", english=False)
    assert [q.speaker for q in found] == ["H\u00e9l\u00e8ne Thibodeau"]


def test_a_german_compound_title_is_taken_up_by_its_short_form() -> None:
    found = find_quotes("Vizegouverneurin Mette Lindqvist stimmte dagegen. Zinsvorstand Jens Holm schwieg.\n\n"
                        "\u201eDie volle Wirkung ist noch nicht angekommen\u201c, sagte die Vizegouverneurin.",
                        english=False)
    assert [q.speaker for q in found] == ["Mette Lindqvist"]


def test_an_auxiliary_is_no_speaker_and_whom_a_quote_was_told_to_is_no_speaker() -> None:
    found = find_quotes("La presidente della commissione, Sofia Anagnostou, aveva definito lo spoglio "
                        "\u00abordinato e completo\u00bb.\n\nEleni Chatzidaki ha vinto.\n\n\u00abSe il riconteggio "
                        "confermer\u00e0 il risultato, lo riaprir\u00f2\u00bb, ha spiegato alla Gazzetta.", english=False)
    assert [q.speaker for q in found] == ["Sofia Anagnostou", "Eleni Chatzidaki"]


def test_a_name_with_its_body_runs_past_eight_words_and_a_relative_clause_stands_before_the_verb() -> None:
    found = find_quotes("Hydrologist Jens Pohlmann of Wernau University of Applied Sciences said initial images "
                        "suggested \"a classic case of seepage erosion\".")
    assert "Jens Pohlmann" in str(found[0].speaker)
    found = find_quotes("Le PDG de Sant\u00e9 Bellerive, Marc-Andr\u00e9 Thibodeau, qui dirigera le nouvel "
                        "\u00e9tablissement, a indiqu\u00e9 que les \u00e9conomies seront r\u00e9investies.", english=False)
    assert [q.speaker for q in found] == ["Marc-Andr\u00e9 Thibodeau"]
