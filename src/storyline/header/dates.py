"""Dates as written in text, URLs and file names, parsed to `datetime.date`; and a day written
without its year in a date line or a dateline ("Friday 7 March", "KESSEL, May 4 (Northwind) -"),
whose year only the collection can give.

Relative expressions ("on Monday") belong to the dates stage.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale, UnknownLocaleError

from ..rules.boilerplate import HEADER_SEPARATOR
from ..rules.dates import (ABSOLUTE, AGE_UNITS, CAPTURE_LABEL, CITATION_PARTS, DATE_PART_SEPARATOR, DATELINE_ARTICLE, DATELINE_END,
                           DATELINE_PLACE, FIELD, FIELD_BREAK, FILE_STAMP_TIME, FILENAME_DATE, MODIFIED_LABEL, MONTHS,
                           NOT_PLACES, PARTIAL, PUBLISHED_LABEL, RECORD_TAIL, RELATIVE_AGE, RELATIVE_STAMP, URL_DATE, WEEKDAY_NAMES,
                           TIME_ONLY, WEEKDAY_PHRASES, WEEKDAY_SHORT_ONLY)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in a text, with its span."""

    date: dt.date
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A day written without its year, with the weekday when one is named: "Friday 7 March"."""

    month: int
    day: int
    weekday: int | None  # Monday 0
    start: int
    end: int
    text: str

    @property
    def value(self) -> str:
        """The day as ISO 8601 writes a date without its year: "--03-07"."""
        return f"--{self.month:02d}-{self.day:02d}"

    def in_year(self, year: int) -> dt.date | None:
        """The day in `year`, if it exists there and falls on the weekday named."""
        try:
            day = dt.date(year, self.month, self.day)
        except ValueError:
            return None
        return day if self.weekday is None or day.weekday() == self.weekday else None


@dataclass(frozen=True, slots=True)
class OpeningDateline:
    """The dateline that opens a report's running text: its place, its day (with or without
    the year) and the agency named in brackets, if any."""

    place: str
    date: FoundDate | None
    partial: PartialDate | None
    agency: str | None


MAX_DATELINE_CHARS = 160
RELATIVE_LINE_PART_WORDS = 4  # a writer's name or a reading time beside a relative stamp
MIN_LEAD_WORDS = 15  # a lead opened by a date alone is a paragraph of some length
_YEAR = re.compile(r"(19|20)\d\d")
# How far before and after its year a written date may reach: "Wednesday, the 7th of October,
# 2020, at 10:30 a.m. CEST" is 40 characters; the margins leave room for odd spacing.
YEAR_WINDOW_BEFORE, YEAR_WINDOW_AFTER = 200, 100
# A year as the date patterns take it: never right after a letter or digit ("w1999", "A2020").
_LONE_YEAR = re.compile(r"(?<!\w)(?:19|20)\d\d(?!\d)|(?<!\w)(?:19|20)\d\d(?=[0-2]?\d:\d\d)")
# What may stand beside the date on a date line: a time, a zone, the year word.
MAX_SECTION_PART_WORDS = 2  # a section's name beside a date line without its year: "CRONACA", "Local News"
DAY_ARTICLE = re.compile(r"^(?:le|el|am|den|il|op)$", re.IGNORECASE)  # the article some languages set before a day
TIME_LEFTOVER = (r"((at|à|às|um|a las|alle|alle ore|ore|om|в|kl\.?|klo\.?|godz\.?|o|v|saat|오전|오후)\s+)?\d{1,2}\s*[:.h]\s*\d{2}.*|[A-Z]{2,5}"
                 r"|(GMT|UTC)?[+-]\d{1,2}(:?\d\d)?"
                 r"|(GMT|UTC)"
                 r"|года|г\.?"
                 r"|(.*\s)?(?:by|por|par|von|di|door|av|af|przez)\s+\w.*")  # "Posted on 04/05/2026 by Lena Marr",
# "Publicado em 30 de junho de 2024 por Teresa Moniz": the byline read by metadata


@lru_cache(maxsize=256)
def day_first(language: str | None) -> bool:
    """Whether a language (a BCP 47 tag: "en", "en-GB", "de_DE") writes the day before the month
    in a numeric date, as the locale's short date pattern says (CLDR, through babel): "en" and
    "en-US" write 5/3/2020 for May 3, "en-GB", "en-IN" and nearly every other language 3/5/2020.
    """
    if not language:
        return False
    try:
        pattern: str = Locale.parse(language.replace("-", "_")).date_formats["short"].pattern
    except (UnknownLocaleError, ValueError, TypeError, KeyError):
        return language.lower()[:2] != "en"
    return pattern.find("d") < pattern.find("M")


def _month(value: str) -> int:
    return int(value) if value.isdigit() else MONTHS[value.lower().rstrip(".")]


def _build(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), _month(month), int(day))
    except (ValueError, KeyError):
        return None


def _from_match(m: re.Match[str], day_first: bool) -> dt.date | None:
    groups = m.groupdict()
    if "a" in groups and groups.get("a"):
        a, b = int(groups["a"]), int(groups["b"])
        month, day = (b, a) if a > 12 or (day_first and b <= 12) else (a, b)
        return _build(groups["year"], str(month), str(day))
    return _build(groups["year"], groups["month"], groups["day"])


# The decimal digits of other scripts, as their pages write dates: Arabic-Indic, Persian, Devanagari,
# Bengali, Thai, Myanmar, full-width.
DIGITS = {zero + k: str(k) for zero in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x1040, 0xFF10) for k in range(10)}


def find_dates(text: str, day_first: bool = False) -> Iterator[FoundDate]:
    """Every absolute date (with a year) in `text`, left to right, overlaps resolved to the longest.

    A slashed date whose order its numbers leave open (03/05/2020) is month first, as American
    English writes it, unless `day_first` (as every other language writes it).
    """
    found: list[FoundDate] = []
    text = text.translate(DIGITS)  # "١٩ ديسمبر ٢٠٢٣": one digit for one, the offsets kept
    for start, end in _year_windows(text):
        for pattern in ABSOLUTE:
            for m in pattern.finditer(text, start, end):
                d = _from_match(m, day_first)
                if d is not None:
                    found.append(FoundDate(d, m.start(), m.end(), m.group(0)))
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    last_end = -1
    for f in found:
        if f.start >= last_end:
            last_end = f.end
            yield f


def _year_windows(text: str) -> Iterator[tuple[int, int]]:
    """Spans of `text` around each year, overlapping ones merged: every absolute date holds a
    year, so the date patterns (costly: month names in nine languages) need search only there.
    A 50 MB text without dates is passed over in a second instead of a minute."""
    start = end = -1
    for m in _LONE_YEAR.finditer(text):
        a, b = max(m.start() - YEAR_WINDOW_BEFORE, 0), m.end() + YEAR_WINDOW_AFTER
        if a > end:
            if end > 0:
                yield start, end
            start = a
        end = b
    if end > 0:
        yield start, end


def partial_date(text: str) -> PartialDate | None:
    """The day without a year that `text` opens with ("Friday 7 March", "May 4 (Reuters)")."""
    for pattern in PARTIAL:
        m = pattern.match(text)
        if m and 1 <= int(m["day"]) <= 31:
            weekday = WEEKDAY_NAMES[m["weekday"].lower().rstrip(".")] if m["weekday"] else None
            return PartialDate(_month(m["month"]), int(m["day"]), weekday, m.start(), m.end(), m.group(0))
    return None


def partial_dateline(line: str) -> tuple[str, PartialDate] | None:
    """("published"|"modified", day) when `line` is a date line whose date has no year:
    "Friday 7 March", "Updated: Friday, March 7 at 10:15"."""
    if len(line) > MAX_DATELINE_CHARS or _YEAR.search(line):
        return None
    parts = [p for p in HEADER_SEPARATOR.split(line.strip()) if p.strip()]
    if len(parts) > 1:  # "CRONACA · giovedì 14 marzo, ore 19:20": a section's name beside it
        dated = [(p, d) for p in parts if (d := partial_dateline(p)) is not None]
        others = [p for p in parts if all(p is not q for q, _ in dated)]
        if len(dated) == 1 and all(len(p.split()) <= MAX_SECTION_PART_WORDS and not re.search(r"\d", p) for p in others):
            return dated[0][1]  # else the whole line, as below ("Thursday, Feb. 12 — 5:48 p.m.")
    field, offset, rest = _label(line)
    found = partial_date(rest)
    if found is None or (found.weekday is None and not offset):  # "7 March" alone may be a heading
        return None
    leftover = rest[found.end:].strip(" \t|,.-–—:·•")  # "vr 12 jan · 07:58 · Aangepast 09:41"
    if leftover and not re.fullmatch(TIME_LEFTOVER, leftover, re.IGNORECASE):
        return None
    return field, found


def opening_dateline(text: str) -> OpeningDateline | None:
    """The dateline `text` opens with: "NEREVO, 12 August 2022 – ...", "Hamburg, 2. November 2021.
    ...", "KESSEL, May 4 (Northwind) - ...". A day without its year must be followed by a dash,
    a colon or the agency; "On Friday, 7 March, the council ..." opens no dateline. A lead may
    open with the full date alone and a dash ("12 August 2022 – At dawn ..."); a short paragraph
    so opened is an item of a chronology, not a dateline."""
    m = DATELINE_PLACE.match(text)
    if m is None:
        full = next(find_dates(text[:80]), None)
        end = DATELINE_END.match(text, full.end) if full is not None and full.start == 0 else None
        if full and end and end["mark"] and end["mark"] in "-–—:" and len(text.split()) >= MIN_LEAD_WORDS:
            return OpeningDateline("", full, None, end["agency"])
        return None
    if any(w.lower() in NOT_PLACES or w.lower() in WEEKDAY_NAMES.keys() - WEEKDAY_SHORT_ONLY for w in m["place"].split()):
        return None
    at = m.end()
    if (article := DATELINE_ARTICLE.match(text, at)) is not None:
        at = article.end()
    full = next(find_dates(text[at:at + 80]), None)
    if full is not None and full.start == 0:
        end = DATELINE_END.match(text, at + full.end)
        if end:
            shifted = FoundDate(full.date, at + full.start, at + full.end, full.text)
            return OpeningDateline(m["place"], shifted, None, end["agency"] or m["agency"])
        return None
    partial = partial_date(text[at:at + 80])
    if partial is not None:
        end = DATELINE_END.match(text, at + partial.end)
        if end and (end["agency"] or m["agency"] or end["mark"] and end["mark"] in "-–—:") \
                and (end["mark"] or end["agency"]):
            shifted_partial = PartialDate(partial.month, partial.day, partial.weekday, at + partial.start,
                                          at + partial.end, partial.text)
            return OpeningDateline(m["place"], None, shifted_partial, end["agency"] or m["agency"])
    return None


def dateline(line: str) -> tuple[str, dt.date] | None:
    """("published"|"modified", date) when `line` is a date line and nothing else.

    A masthead line of short parts ("DROVSK HERALD | Thursday, 11 August 2022") counts when
    one part is a date line, or two when one is the published and one the modified date; so
    does a record's row of fields ("Date: 23/01/2025 Page: 9 Edition: Weekly (Thu)").
    """
    line = line.translate(DIGITS)
    if len(line) > MAX_DATELINE_CHARS or not _YEAR.search(line):  # cheap tests before the costly search
        return None
    line = RECORD_TAIL.sub("", line)
    line = CITATION_PARTS.sub(" | ", line)  # "Süddeutsche Zeitung vom 03.04.2024, S. 17": paper, day, page
    parts = [p for part in HEADER_SEPARATOR.split(line.strip()) for p in DATE_PART_SEPARATOR.split(part)
             for p in _fields(p) if p]
    parts = [q for p in parts for q in (re.split(r"\s{2,}", p) if len(list(find_dates(p))) > 1 else [p])]
    if len(parts) > 1:  # "입력 2023.09.26. 오전 6:01  수정 2023.09.26. 오후 2:37": two fields two spaces apart
        found = [d for p in parts if (d := _dateline_part(p) or _place_dateline(p))]
        others = [p for p in parts if not (_dateline_part(p) or _place_dateline(p))]
        fields = [field for field, _ in found]
        if found and len(set(fields)) == len(fields) and all(  # "Published ... | Updated ..." is one line
                len(p.split()) <= 6 and (not re.search(r"[.!?]$", p) or FIELD.match(p) or TIME_ONLY.fullmatch(p.strip()))
                for p in others):
            # a record's field may end on an abbreviation: "Tiragem: 8.500 ex."
            return next((d for d in found if d[0] == "published"), found[0])
        return None
    return _dateline_part(line) or _place_dateline(line)


def _fields(part: str) -> list[str]:
    """A row of labelled fields split into its fields ("Date: 23/01/2025", "Page: 9"); any other
    text whole."""
    fields = FIELD_BREAK.split(part)
    return fields if len(fields) > 1 and all(FIELD.match(f) for f in fields) else [part]


def _place_dateline(line: str) -> tuple[str, dt.date] | None:
    """A place's dateline on a line of its own: "Hamburg, 2. November 2021", "KESSEL, 4 May 2026"."""
    found = opening_dateline(line.strip().strip("*_").strip())
    if found is None or found.date is None or line.strip().strip("*_")[found.date.end:].strip(" \t.,:–—-"):
        return None
    return "published", found.date.date


def _dateline_part(line: str) -> tuple[str, dt.date] | None:
    field, _, rest = _label(line)
    dates = list(find_dates(rest))
    if len(dates) != 1:
        return None
    before = DAY_ARTICLE.sub("", rest[: dates[0].start].strip())  # "Le 4 juin 2026 à 08h00", "Am 3. März"
    leftover = (before + " " + rest[dates[0].end:]).strip(" \t|,.-–—:/")  # "Jan 5, 2024 / 11:40 PM EST"
    leftover = RELATIVE_STAMP.sub("", leftover).strip(" \t|,.-–—:")  # "... Updated 3 hours ago"
    # a weekday after the date: "February 13, 2026 Friday" as news databases write it, "14 Şubat 2025
    # Cuma 09:20", "2024. március 28., csütörtök 18:05"
    leftover = " ".join(w for w in WEEKDAY_PHRASES.sub("", leftover).split()
                        if w.lower().strip(".,()") not in WEEKDAY_NAMES).strip(" \t|,.-–—:")
    if leftover and not re.fullmatch(TIME_LEFTOVER, leftover, re.IGNORECASE):
        return None
    return field, dates[0].date


def _label(line: str) -> tuple[str, int, str]:
    """The field a date line's label names ("Updated:" is the modified date), the label's length
    (0 without one), and the rest of the line."""
    rest = line.strip().strip("*_#").strip()
    m = MODIFIED_LABEL.match(rest)
    if m:
        return "modified", m.end(), rest[m.end():]
    m = PUBLISHED_LABEL.match(rest)
    return ("published", m.end(), rest[m.end():]) if m else ("published", 0, rest)


def relative_age(part: str) -> dt.timedelta | None:
    """How long before the page was seen it was published, from a relative stamp: "5 hours ago",
    "3h ago", "hace 2 días", "vor 3 Stunden" (an "Updated ..." stamp is not publication)."""
    part = part.strip()
    if (label := PUBLISHED_LABEL.match(part)) is not None:
        part = part[label.end():].strip(" *_")  # "Publicado: hace 2 días"
    m = RELATIVE_AGE.fullmatch(part)
    if m is None:
        return None
    count, word = (m["n"], m["unit"]) if m["n"] else (m["n2"], m["unit2"])
    word = word.lower()
    unit = next((AGE_UNITS[w] for w in (word, word[:-1], word[:-2]) if w in AGE_UNITS), None)  # plural endings
    return dt.timedelta(**{unit: int(count) if count.isdigit() else 1}) if unit else None


def capture_moment(line: str, day_first: bool = False) -> dt.datetime | None:
    """The moment a capture line gives ("Captured 2026-06-02 14:20 UTC", "Página consultada:
    14/10/2026 10:05"), in UTC when it says so; None for a line that is no capture line."""
    m = CAPTURE_LABEL.match(line.strip())
    found = next(find_dates(line.strip()[m.end():], day_first), None) if m else None
    if found is None:
        return None
    rest = line.strip()[m.end() + found.end:] if m else ""
    clock = re.search(r"(\d{1,2})[:.](\d{2})", found.text + " " + rest)
    moment = dt.datetime.combine(found.date, dt.time(int(clock[1]) % 24, int(clock[2]) % 60) if clock else dt.time())
    return moment.replace(tzinfo=dt.timezone.utc) if re.search(r"\b(?:UTC|GMT)\b|Z\b", line) else moment


def relative_dateline(line: str) -> bool:
    """A header line whose date is a relative stamp beside short parts (a writer, a reading time):
    "Leona Draskovic · 5 hours ago · 6 min read"."""
    parts = [p.strip() for p in HEADER_SEPARATOR.split(line.strip()) if p.strip()]
    return len(line) <= MAX_DATELINE_CHARS and any(relative_age(p) for p in parts) and all(
        relative_age(p) or (len(p.split()) <= RELATIVE_LINE_PART_WORDS and not p.endswith((".", "!", "?")))
        for p in parts)


def date_in_url(url: str) -> dt.date | None:
    """The date a URL path carries (/2020/10/07/...), if any."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.IGNORECASE)
    for pattern in URL_DATE:
        m = pattern.search(path)
        if m and (d := _build(m["year"], m["month"], m["day"])):
            return d
    return None


def date_in_filename(name: str) -> dt.date | None:
    """The date a file name carries (2020-10-07_slug.txt), if any; hex ids are not dates, nor is
    a date with its time of day (Scan_20250314_0912, Screenshot 2025-03-14 at 09.12.33): the
    moment a scanner, camera or app made the file, not the day the article appeared."""
    for pattern in FILENAME_DATE:
        m = pattern.search(name)
        if m and (d := _build(m["year"], m["month"], m["day"])):
            return None if FILE_STAMP_TIME.match(name, m.end("day")) else d
    return None
