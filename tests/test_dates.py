"""Dates: every date expression of an article found, described without an anchor, and resolved
against the article's day (its own or its copy's) at the expression's own granularity."""
from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from conftest import SHARED, need_shared, score

import storyline
from storyline.dates import find_mentions, resolve
from storyline.dates.find import MAX_MENTIONS, MAX_TEXT_CHARS
from storyline.dates.stage import DATES
from storyline.store import Store
from storyline.dates.resolve import NO_ANCHOR


def resolved(text: str, anchor: str, language: str = "en") -> dict[str, str | None]:
    """Each expression of `text` -> what it resolves to when the article is of day `anchor`."""
    day = dt.date.fromisoformat(anchor)
    return {m.expression: resolve(m, day).resolved for m in find_mentions(text, language)}


# Each kind of expression, in a report of Thursday 3 December 2026 unless said otherwise.
KINDS = [
    ("The plant opened on 14 March 2019.", "14 March 2019", "2019-03-14"),
    ("The plant opened on March 14, 2019, after delays.", "March 14, 2019", "2019-03-14"),
    ("Figures from 2026-11-02 were revised.", "2026-11-02", "2026-11-02"),
    ("The strike began on Sept. 27 and spread.", "Sept. 27", "2026-09-27"),
    ("The strike began on 27 September and spread.", "27 September", "2026-09-27"),
    ("The strike began on the 27th of September.", "27th of September", "2026-09-27"),
    ("The strike began on Sunday, Sept. 27, and spread.", "Sunday, Sept. 27", "2026-09-27"),
    ("Shops close on Christmas Eve.", "Christmas Eve", "2026-12-24"),
    ("Ferries ran less often since Halloween.", "Halloween", "2026-10-31"),
    ("The talks ran on September 12-13 in Kessel.", "September 12-13", "2026-09-12/2026-09-13"),
    ("The talks ran on 12-13 September 2025 in Kessel.", "12-13 September 2025", "2025-09-12/2025-09-13"),
    ("The fair ran from March 30 - April 2 last spring.", "March 30 - April 2", "2026-03-30/2026-04-02"),
    ("The council met on the 14th to vote.", "the 14th", "2026-11-14"),
    ("Prices rose in July 2020, the report said.", "July 2020", "2020-07"),
    ("In September, the mayor resigned.", "September", "2026-09"),
    ("The ferry was withdrawn last May.", "last May", "2026-05"),
    ("The river flooded in 2016.", "2016", "2016"),
    ("The plant ran from 2019-2021.", "2019-2021", "2019/2021"),
    ("In the 1990s the line was closed.", "the 1990s", "1990/1999"),
    ("Orders are due in calendar week 51.", "calendar week 51", "2026-W51"),
    ("Orders were booked in week 12 of 2025.", "week 12 of 2025", "2025-W12"),
    ("Services were cut in the last week of November.", "the last week of November", "2026-W48"),
    ("Orders peaked in the first week of March 2026.", "the first week of March 2026", "2026-W10"),
    ("The dam was inspected yesterday.", "yesterday", "2026-12-02"),
    ("The results are published today.", "today", "2026-12-03"),
    ("The vote is tomorrow.", "tomorrow", "2026-12-04"),
    ("The dam failed last week, officials said.", "last week", "2026-W48"),
    ("Traffic will be diverted this week.", "this week", "2026-W49"),
    ("The works start next week.", "next week", "2026-W50"),
    ("The lake froze two weeks ago.", "two weeks ago", "2026-W47"),
    ("The lake froze three days ago.", "three days ago", "2026-11-30"),
    ("The lake froze a fortnight ago.", "a fortnight ago", "2026-W47"),
    ("The quarry closed two years ago.", "two years ago", "2024"),
    ("The bridge was closed earlier this month.", "earlier this month", "2026-12"),
    ("Sales fell last month.", "last month", "2026-11"),
    ("Sales will recover next month.", "next month", "2027-01"),
    ("Sales fell earlier this year.", "earlier this year", "2026"),
    ("Sales fell last year.", "last year", "2025"),
    ("The line reopens next year.", "next year", "2027"),
    ("Rain fell over the past three days.", "the past three days", "2026-11-30/2026-12-02"),
    ("The reservoir ran dry last summer.", "last summer", "2026-06/2026-08"),
    ("The path will close this winter.", "this winter", "2026-12/2027-02"),
    ("The canal was dug in the summer of 2019.", "summer of 2019", "2019-06/2019-08"),
    ("Work starts in the first half of next year.", "the first half of next year", "2027-01/2027-06"),
    ("Sales fell in the third quarter of 2025.", "the third quarter of 2025", "2025-07/2025-09"),
    ("Sales fell in Q3 2025.", "Q3 2025", "2025-07/2025-09"),
    ("Crowds gathered over the weekend.", "the weekend", "2026-11-28/2026-11-29"),
    ("The council meets next Friday.", "next Friday", "2026-12-04"),
    ("The council met last Friday.", "last Friday", "2026-11-27"),
]


@pytest.mark.parametrize(("text", "expression", "value"), KINDS)
def test_each_kind_of_expression_is_found_and_resolved_at_its_own_granularity(
        text: str, expression: str, value: str) -> None:
    assert resolved(text, "2026-12-03").get(expression) == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a past-tense report: the weekday before it; the anchor's own weekday is the anchor day
    ("The minister said on Monday that talks had failed.", "Monday", "2026-11-30"),
    ("The minister said on Thursday that talks had failed.", "Thursday", "2026-12-03"),
    ("Putin said Wednesday the fighting was a tragedy.", "Wednesday", "2026-12-02"),
    # the future tense: the coming one
    ("The council will meet on Monday.", "Monday", "2026-12-07"),
    ("A hearing is scheduled for Friday.", "Friday", "2026-12-04"),
    ("The council is meeting on Friday.", "Friday", "2026-12-04"),
    ("The markets remain closed until Monday.", "Monday", "2026-12-07"),
    ("The road was closed until Monday, officials said.", "Monday", "2026-11-30"),
    ("Services ran until the last week of November.", "the last week of November", "2026-W48"),
    ("The treaty is to be signed on Tuesday.", "Tuesday", "2026-12-08"),
    ("Its shares are due to resume trading on Monday after being halted.", "Monday", "2026-12-07"),
    # one sentence, two tenses: each expression takes the nearest cue
    ("The mayor said on Monday that the council will vote on Wednesday.", "Wednesday", "2026-12-09"),
    ("The mayor said on Monday that the council will vote on Wednesday.", "Monday", "2026-11-30"),
    # no cue at all: a report's weekday is the last one on or before its day
    ("Storms across the valley on Saturday.", "Saturday", "2026-11-28"),
    # a day without its year follows the tense too
    ("The inquiry reported on November 28.", "November 28", "2026-11-28"),
    ("The inquiry will report on December 28.", "December 28", "2026-12-28"),
    ("The inquiry said it reported on November 28.", "November 28", "2026-11-28"),
    # unless it would then lie most of a year away while the other side is near: a report writes the
    # year of a day so far off ("November 28, 2027")
    ("The inquiry will report on November 28.", "November 28", "2026-11-28"),
    ("The inquiry said it reported on December 10.", "December 10", "2026-12-10"),
    ("The minister resigned on the 1st.", "the 1st", "2026-12-01"),
    ("The new minister starts on the 1st.", "the 1st", "2027-01-01"),
])
def test_tense_decides_whether_an_expression_points_back_or_ahead(text: str, expression: str, value: str) -> None:
    assert resolved(text, "2026-12-03")[expression] == value


@pytest.mark.parametrize(("anchor", "text", "expression", "value"), [
    # across the year's end
    ("2026-12-21", "The hearing is set for January 12.", "January 12", "2027-01-12"),
    ("2026-12-21", "Flights resume on Jan. 5 after the repairs.", "Jan. 5", "2027-01-05"),
    ("2027-01-04", "The mayor said on Dec. 28 the bridge had closed.", "Dec. 28", "2026-12-28"),
    ("2027-01-01", "Yesterday the agency reported record flows.", "Yesterday", "2026-12-31"),
    ("2026-12-31", "The new law takes effect tomorrow.", "tomorrow", "2027-01-01"),
    ("2027-01-06", "The gates opened last week.", "last week", "2026-W53"),
    ("2027-01-01", "The gates opened last week.", "last week", "2026-W52"),
    ("2027-01-06", "The gates opened last month.", "last month", "2026-12"),
    ("2027-01-06", "The repairs finished last year.", "last year", "2026"),
    ("2026-12-31", "Officials will meet next Friday.", "next Friday", "2027-01-01"),
    ("2027-01-02", "The council met on Tuesday, officials said.", "Tuesday", "2026-12-29"),
    ("2027-01-05", "The strike ended on the 30th, the union said.", "the 30th", "2026-12-30"),
    ("2026-12-10", "In January, the council approved the plan.", "January", "2026-01"),
    ("2026-12-10", "The council will decide in January.", "January", "2027-01"),
    # across the month's end
    ("2026-12-01", "The storm struck on Saturday.", "Saturday", "2026-11-28"),
    ("2026-11-30", "Talks are planned for December 2.", "December 2", "2026-12-02"),
    ("2026-03-01", "The pumps failed two days ago.", "two days ago", "2026-02-27"),
    ("2024-03-01", "The pumps failed two days ago.", "two days ago", "2024-02-28"),
    ("2026-03-02", "The works finished last weekend.", "last weekend", "2026-02-28/2026-03-01"),
    ("2027-01-02", "Engineers inspected the pier over the weekend.", "the weekend", "2026-12-26/2026-12-27"),
    ("2027-01-03", "Engineers inspected the pier over the weekend.", "the weekend", "2027-01-02/2027-01-03"),
    ("2026-12-29", "The line reopens after New Year's Day.", "New Year's Day", "2027-01-01"),
    ("2027-01-03", "Crowds gathered on New Year's Eve.", "New Year's Eve", "2026-12-31"),
    ("2027-01-02", "The council met last December.", "last December", "2026-12"),
    ("2026-12-20", "The budget is due in mid-January.", "January", "2027-01"),
    ("2027-01-02", "The mayor spoke on the 31st, officials said.", "the 31st", "2026-12-31"),
])
def test_relative_dates_across_month_and_year_ends(anchor: str, text: str, expression: str, value: str) -> None:
    assert resolved(text, anchor)[expression] == value


@pytest.mark.parametrize(("language", "text", "expression", "value"), [
    ("fr", "Le maire a annoncé hier la fermeture du pont.", "hier", "2026-12-02"),
    ("fr", "Le pont a été fermé la semaine dernière.", "semaine dernière", "2026-W48"),
    ("fr", "La rivière est montée il y a deux semaines.", "il y a deux semaines", "2026-W47"),
    ("fr", "Le conseil s'est réuni lundi dernier.", "lundi dernier", "2026-11-30"),
    ("fr", "Le conseil s'est réuni le 27 novembre.", "27 novembre", "2026-11-27"),
    ("de", "Der Rat tagte gestern.", "gestern", "2026-12-02"),
    ("de", "Die Brücke wurde letzte Woche gesperrt.", "letzte Woche", "2026-W48"),
    ("de", "Der Fluss stieg vor drei Jahren.", "vor drei Jahren", "2023"),
    ("de", "Der Rat tagte am 27. November.", "27. November", "2026-11-27"),
    ("es", "El alcalde habló ayer.", "ayer", "2026-12-02"),
    ("es", "El puente cerró el año pasado.", "año pasado", "2025"),
    ("es", "El consejo se reunió el lunes pasado.", "lunes pasado", "2026-11-30"),
    ("it", "Il sindaco ha parlato ieri.", "ieri", "2026-12-02"),
    ("it", "Il ponte è stato chiuso la settimana scorsa.", "settimana scorsa", "2026-W48"),
    ("nl", "De burgemeester sprak gisteren.", "gisteren", "2026-12-02"),
    ("nl", "De brug ging vorige week dicht.", "vorige week", "2026-W48"),
    ("pt", "O prefeito falou ontem.", "ontem", "2026-12-02"),
    ("ru", "Мэр выступил вчера.", "вчера", "2026-12-02"),
    ("ru", "Мост закрыли на прошлой неделе.", "на прошлой неделе", "2026-W48"),
    # the tense of the other languages, by their auxiliaries
    ("de", "Der Rat wird am Freitag entscheiden.", "Freitag", "2026-12-04"),
    ("de", "Der Rat hat am Montag entschieden.", "Montag", "2026-11-30"),
    ("de", "Seit Dienstag soll das vorbei sein.", "Dienstag", "2026-12-01"),
    ("fr", "Le conseil va se réunir lundi.", "lundi", "2026-12-07"),
    ("es", "El consejo se reunirá el lunes.", "lunes", "2026-12-07"),
    ("it", "Il consiglio ha deciso lunedì.", "lunedì", "2026-11-30"),
    ("nl", "De raad zal op maandag beslissen.", "maandag", "2026-12-07"),
])
def test_the_languages_the_header_reader_knows_have_their_relative_dates(
        language: str, text: str, expression: str, value: str) -> None:
    assert resolved(text, "2026-12-03", language)[expression] == value


@pytest.mark.parametrize("text", [
    "The committee may decide soon.",                 # "may", the verb
    "Protesters began their march at noon.",          # "march", the noun
    "Black Friday sales fell.",                       # a named day, not a weekday
    "Some 2016 people signed the petition.",          # a quantity, not a year
    "The visitors scored twice in the first half.",   # a match's half, not a year's
    "We met the new director at the station.",        # "We" is no Wednesday
    "The next day the river rose again.",             # counts from the story's day, not the article's
])
def test_words_that_only_look_like_dates_are_not_taken_for_them(text: str) -> None:
    assert find_mentions(text, "en") == []


def test_a_text_far_longer_than_an_article_is_searched_in_its_opening_only() -> None:
    text = "The council met on Friday. " * 20_000  # 540,000 characters
    found = find_mentions(text, "en")
    assert len(found) == MAX_MENTIONS and found[-1].end <= MAX_TEXT_CHARS


def test_offsets_point_at_the_expression_in_the_clean_text() -> None:
    text = "KESSEL – The council met on Monday.\n\nIt will vote on Sept. 27 and again in early 2027."
    found = find_mentions(text, "en")
    assert [m.expression for m in found] == ["Monday", "Sept. 27", "2027"]
    assert [m.expression for m in find_mentions("Figures for March\n\n2017 was a dry year.", "en")] == ["2017"]
    assert all(text[m.start:m.end] == m.expression for m in found)


def test_without_an_anchor_an_expression_stays_unresolved_with_the_reason_and_a_calendar_value_is_kept() -> None:
    found = {m.expression: resolve(m, None) for m in find_mentions("On Monday the mayor recalled May 2010.", "en")}
    assert (found["Monday"].resolved, found["Monday"].rule) == (None, NO_ANCHOR)
    assert (found["May 2010"].resolved, found["May 2010"].start, found["May 2010"].end) == \
        ("2010-05", "2010-05-01", "2010-05-31")


ORIGINAL = ("# Weir Repairs Finish Early\n\nThe Valley Courier\n\n4 December 2026\n\n"
            "Repairs to the old weir on the Nerevo finished on Tuesday, two weeks ahead of plan, the river "
            "authority said. Crews had worked through the weekend after the floods of last month, and the "
            "footpath along the weir will reopen on Monday. The authority said the next inspection is set for "
            "January 12, when divers will check the foundations laid in 1931.\n")
# The same report as a plain-text copy without its headline and date: no day of its own.
COPY = ORIGINAL.split("4 December 2026\n\n", 1)[1]


def dates_of(db: Path, name: str) -> dict[str, dict[str, object]]:
    with storyline.Dossier(db) as dossier:
        out = dossier.to_dict()
    ids = {a["id"]: a["path"] for a in out["articles"]}
    return {d["expression"]: d for d in out["dates"] if ids[d["article"]] == name}


def test_an_undated_article_waits_for_an_anchor_and_takes_its_copys_day(tmp_path: Path) -> None:
    folder, db = tmp_path / "articles", tmp_path / "s.db"
    folder.mkdir()
    (folder / "copy.txt").write_text(COPY, encoding="utf-8")
    storyline.build(folder, db, workers=1)
    alone = dates_of(db, "copy.txt")
    assert {e: d["resolved"] for e, d in alone.items()} == {  # "two weeks ahead of plan" is no date
        "Tuesday": None, "the weekend": None, "last month": None, "Monday": None, "January 12": None, "1931": "1931"}
    assert alone["Tuesday"]["rule"] == NO_ANCHOR and alone["Tuesday"]["anchor"] is None

    (folder / "original.md").write_text(ORIGINAL, encoding="utf-8")
    report = storyline.build(folder, db, workers=1)
    assert report.computed["dates"] == 2
    copy, original = dates_of(db, "copy.txt"), dates_of(db, "original.md")
    assert {e: (d["resolved"], d["anchor"]) for e, d in copy.items() if e != "1931"} == {
        "Tuesday": ("2026-12-01", "2026-12-04"), "the weekend": ("2026-11-28/2026-11-29", "2026-12-04"),
        "last month": ("2026-11", "2026-12-04"), "Monday": ("2026-12-07", "2026-12-04"),
        "January 12": ("2027-01-12", "2026-12-04")}
    assert {e: d["resolved"] for e, d in copy.items()} == {e: d["resolved"] for e, d in original.items()}
    assert copy["Monday"]["rule"] == "weekday: on or after the anchor (future tense)"


def test_the_export_has_the_schemas_dates_key_with_offsets_anchor_and_rule(tmp_path: Path) -> None:
    folder, db = tmp_path / "articles", tmp_path / "s.db"
    folder.mkdir()
    (folder / "original.md").write_text(ORIGINAL, encoding="utf-8")
    storyline.build(folder, db, workers=1)
    with storyline.Dossier(db) as dossier:
        out = json.loads(json.dumps(dossier.to_dict()))
        article = dossier.articles[0]
    items = out["dates"]
    assert {"article", "expression", "resolved", "start", "end", "anchor", "rule"} <= set(items[0])
    for item in items:
        assert item["article"] == article.id
        assert article.text[item["start"]:item["end"]] == item["expression"]
        source = article.textmap.span_to_source(item["start"], item["end"])
        assert article.source_text[source[0]:source[1]] == item["expression"]
    tuesday = next(i for i in items if i["expression"] == "Tuesday")
    assert (tuesday["resolved"], tuesday["first_day"], tuesday["last_day"], tuesday["anchor"]) == \
        ("2026-12-01", "2026-12-01", "2026-12-01", "2026-12-04")
    assert out["articles"][0]["date_mentions"][0] == {
        "start": tuesday["start"], "end": tuesday["end"], "expression": "Tuesday", "value": "weekday:1",
        "direction": "past", "rule": "weekday"}


def test_a_changed_article_is_found_again_and_every_mention_resolved_again(tmp_path: Path) -> None:
    folder, db = tmp_path / "articles", tmp_path / "s.db"
    folder.mkdir()
    page = folder / "original.md"
    page.write_text(ORIGINAL, encoding="utf-8")
    storyline.build(folder, db, workers=1)
    page.write_text(ORIGINAL.replace("4 December 2026", "27 November 2026"), encoding="utf-8")
    storyline.build(folder, db, workers=1)
    assert dates_of(db, "original.md")["Tuesday"]["resolved"] == "2026-11-24"
    assert storyline.build(folder, db, workers=1).computed == {}  # nothing changed: nothing resolved again


def test_the_seeds_reach_what_their_text_supports(tmp_path: Path) -> None:
    """Every gold date of the seeds whose article has a day (its own, a copy's, or that of the
    dated article reporting its statements: 002) or that is written with its year; 003 has none."""
    need_shared()
    folder = tmp_path / "seeds"
    shutil.copytree(SHARED / "seeds" / "articles", folder)
    storyline.build(folder, tmp_path / "s.db", workers=1)
    with storyline.Dossier(tmp_path / "s.db") as dossier:
        figures = score(dossier.to_dict(), SHARED / "seeds" / "gold.json", tmp_path)
    assert figures["dates_acc"] >= 0.8


def test_the_resolving_stage_reads_the_articles_without_their_texts(tmp_path: Path) -> None:
    """It needs each article's day and mentions only: a collection of long texts is not loaded again."""
    folder, db = tmp_path / "articles", tmp_path / "s.db"
    folder.mkdir()
    (folder / "original.md").write_text(ORIGINAL, encoding="utf-8")
    storyline.build(folder, db, workers=1)
    with Store(db) as store:
        full, light = next(store.articles()), next(store.articles(text=False))
    assert (light.text, light.source_text) == ("", "")
    assert (light.id, light.meta, light.stages) == (full.id, full.meta, full.stages)
    assert DATES.reads_text is False


@given(anchor=st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31)), weekday=st.integers(0, 6),
       direction=st.sampled_from(["past", "future", "before", "after", "this", ""]))
def test_a_weekday_resolves_to_that_weekday_within_a_week_of_the_anchor_on_the_side_it_points(
        anchor: dt.date, weekday: int, direction: str) -> None:
    from storyline.dates.mention import DateMention

    day = dt.date.fromisoformat(resolve(DateMention("x", 0, 1, f"weekday:{weekday}", direction), anchor).resolved or "")
    assert day.weekday() == weekday and abs((day - anchor).days) <= 7
    lo, hi = {"past": (-6, 0), "": (-6, 0), "future": (0, 6), "before": (-7, -1), "after": (1, 7),
              "this": (-6, 6)}[direction]
    assert lo <= (day - anchor).days <= hi
    if direction == "this":
        assert day.isocalendar()[:2] == anchor.isocalendar()[:2]


@given(anchor=st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31)),
       day=st.dates(dt.date(2000, 1, 1), dt.date(2000, 12, 31)))
def test_a_day_without_its_year_and_without_a_cue_is_the_nearest_one(anchor: dt.date, day: dt.date) -> None:
    from storyline.dates.mention import DateMention

    assume((day.month, day.day) != (2, 29))  # 29 February may lie years away: it is named with its year
    found = resolve(DateMention("x", 0, 1, f"--{day.month:02d}-{day.day:02d}"), anchor).resolved
    assert found is not None and found[5:] == f"{day.month:02d}-{day.day:02d}"
    assert abs((dt.date.fromisoformat(found) - anchor).days) <= 183


TOKENS = ["on", "the", "last", "next", "this", "Monday", "Friday", "Sept.", "September", "May", "27", "12-13",
          "2026", "1990s", "ago", "two", "weeks", "days", "in", "of", "week", "yesterday", "summer", "winter", ",",
          ".", "\n", "\n\n", "31st", "29", "February", "Christmas", "Eve", "Q3", "first", "half", "until", "will",
          "said", "hier", "lundi", "dernier", "-", "–", "W53", "2026-W53", "calendar", "fortnight", "early"]


@given(words=st.lists(st.sampled_from(TOKENS), max_size=40),
       language=st.sampled_from(["en", "fr", "de", "es", "ru", None]),
       anchor=st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31))))
def test_any_text_gives_expressions_where_it_says_and_each_resolves_or_says_why_not(
        words: list[str], language: str | None, anchor: dt.date | None) -> None:
    text = " ".join(words)
    for m in find_mentions(text, language):
        assert text[m.start:m.end] == m.expression
        found = resolve(m, anchor)
        assert (found.resolved is None) == (found.start is None) and found.rule


QUOTE = ('"Nobody in this government has ever promised that the ferry would run again this year," '
         "harbour master Mira Okonjo said.\n")
REPORT = ("The harbour board of Tessel met on Monday to discuss the storm damage to the eastern quay, "
          "which has kept the ferries in port since last week.\n\n")


def test_an_undated_article_takes_the_day_of_the_dated_articles_reporting_its_statement_while_they_agree(
        tmp_path: Path) -> None:
    folder, db = tmp_path / "articles", tmp_path / "s.db"
    folder.mkdir()
    (folder / "courier.txt").write_text("Ferry stays in port\n\nTessel Courier\n\n14 March 2025\n\n" + REPORT + QUOTE,
                                        encoding="utf-8")
    (folder / "undated.txt").write_text("Storm damage\n\nThe board spent Monday on the quay and voted on a plan."
                                        "\n\n" + QUOTE, encoding="utf-8")
    storyline.build(folder, db, workers=1)
    monday = dates_of(db, "undated.txt")["Monday"]
    assert (monday["resolved"], monday["anchor"], monday["anchor_from"]) == ("2025-03-10", "2025-03-14", "statement")
    assert dates_of(db, "courier.txt")["Monday"]["anchor_from"] == "published"

    # A second dated report of the same words, a day later: which day the undated one was written on is unknown.
    (folder / "gazette.txt").write_text("Ferry promise denied\n\nIsland Gazette\n\n15 March 2025\n\n"
                                        "Islanders who rely on the crossing for school and work heard a blunt answer "
                                        "at the quay yesterday.\n\n" + QUOTE,
                                        encoding="utf-8")
    storyline.build(folder, db, workers=1)
    monday = dates_of(db, "undated.txt")["Monday"]
    assert (monday["resolved"], monday["anchor"], monday["rule"]) == (None, None, NO_ANCHOR)
