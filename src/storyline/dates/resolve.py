"""A date mention resolved against an anchor day: the calendar value it names, at its own
granularity (a day, an ISO week, a month, a year, or an interval `A/B` of those), and the rule
that resolved it. Pure functions over `datetime.date`; no anchor, no resolution.

How an expression without a year finds its place (the candidates around the anchor, one picked):

    past     the latest on or before the anchor      "said on Monday" (the anchor's own weekday:
                                                     the anchor day, a report of today)
    future   the earliest on or after the anchor     "will meet on Friday"
    before   the latest strictly before              "last Friday", "last May"
    after    the earliest strictly after             "next Friday"
    this     the one in the anchor's year (weekday: the anchor's week)     "this May", "this Friday"
    (none)   weekdays and weekends: past, as a report's default; the others: the nearest one (a
             year-less January date in a December article is next January)
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from .mention import DateMention

NO_ANCHOR = "no anchor: the article has no publication day, nor a copy with one"
# A day without its year that the tense puts this far from the article's day, while it lies this near
# on the other side, is the near one: a report writes the year of a day most of a year away.
FAR_DAYS, NEAR_DAYS = 300, 31
Span = tuple[dt.date, dt.date]


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a mention names against one anchor; `resolved` None with the reason in `rule`."""

    resolved: str | None
    start: str | None
    end: str | None
    rule: str


def interval(value: str) -> Span:
    """The first and last day of a calendar value: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, A/B."""
    if "/" in value:
        a, b = value.split("/", 1)
        return interval(a)[0], interval(b)[1]
    if "-W" in value:
        first = dt.date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
        return first, first + dt.timedelta(days=6)
    if len(value) == 10:
        d = dt.date.fromisoformat(value)
        return d, d
    if len(value) == 7:
        y, m = int(value[:4]), int(value[5:])
        return dt.date(y, m, 1), _add_months(dt.date(y, m, 1), 1) - dt.timedelta(days=1)
    return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)


def week_of_month(year: int, month: int, nth: int) -> str:
    """The ISO week that is the nth (-1: the last) week of a month: weeks belong to the month that
    holds their Thursday, as ISO 8601 gives weeks to years."""
    first = dt.date(year, month, 1)
    thursdays = [first + dt.timedelta(days=d) for d in range(31)
                 if (first + dt.timedelta(days=d)).month == month and (first + dt.timedelta(days=d)).weekday() == 3]
    y, w, _ = thursdays[nth if nth < 0 else nth - 1].isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(d: dt.date, n: int) -> dt.date:
    """The first day of the month `n` months from d's."""
    k = d.year * 12 + d.month - 1 + n
    return dt.date(k // 12, k % 12 + 1, 1)


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _month(d: dt.date) -> str:
    return f"{d.year}-{d.month:02d}"


def _months_value(first: dt.date, last: dt.date) -> str:
    return _month(first) if (first.year, first.month) == (last.year, last.month) else f"{_month(first)}/{_month(last)}"


def _shift(unit: str, n: int, anchor: dt.date) -> str:
    """The unit holding the anchor, moved n units: "week", -1 -> last week's ISO week."""
    if unit == "day":
        return (anchor + dt.timedelta(days=n)).isoformat()
    if unit == "week":
        return _week(anchor + dt.timedelta(weeks=n))
    if unit == "month":
        return _month(_add_months(anchor, n))
    if unit == "quarter":
        first = _add_months(dt.date(anchor.year, (anchor.month - 1) // 3 * 3 + 1, 1), 3 * n)
        return f"{_month(first)}/{_month(_add_months(first, 2))}"
    return str(anchor.year + n)


def _pick(candidates: list[tuple[Span, str]], anchor: dt.date, direction: str,
          this: Callable[[Span], bool], this_name: str = "in the anchor's year") -> tuple[str, str] | None:
    """The candidate the direction points to, and the rule's word for it."""
    ordered = sorted(candidates)
    if direction == "past":
        found = [c for c in ordered if c[0][0] <= anchor]
        return (found[-1][1], "on or before the anchor (past tense)") if found else None
    if direction == "future":
        found = [c for c in ordered if c[0][1] >= anchor]
        return (found[0][1], "on or after the anchor (future tense)") if found else None
    if direction == "before":
        found = [c for c in ordered if c[0][1] < anchor]
        return (found[-1][1], "the last before the anchor") if found else None
    if direction == "after":
        found = [c for c in ordered if c[0][0] > anchor]
        return (found[0][1], "the first after the anchor") if found else None
    if direction == "this":
        found = [c for c in ordered if this(c[0])]
        return (found[0][1], this_name) if found else None

    def distance(c: tuple[Span, str]) -> tuple[int, int]:
        (a, b), _ = c
        return max((a - anchor).days, (anchor - b).days, 0), int(a > anchor)  # a tie goes to the past
    best = min(ordered, key=distance, default=None)
    return (best[1], "nearest the anchor") if best else None


def _days(first: dt.date, last: dt.date) -> str:
    return first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"


def _year_less(value: str, anchor: dt.date, direction: str) -> tuple[str, str] | None:
    """A day, a range of days or a month without its year: "--09-27", "--09-12/--09-13", "--09"."""
    parts = [tuple(int(x) for x in p[2:].split("-")) for p in value.split("/")]
    candidates: list[tuple[Span, str]] = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            if len(parts[0]) == 1:
                first = dt.date(year, parts[0][0], 1)
                candidates.append(((first, _add_months(first, 1) - dt.timedelta(days=1)), _month(first)))
                continue
            first = dt.date(year, *parts[0])
            last = dt.date(year + (parts[-1] < parts[0]), *parts[-1])
        except ValueError:
            continue  # 29 February of a common year
        candidates.append(((first, last), _days(first, last)))
    found = _pick(candidates, anchor, direction, lambda s: s[0].year == anchor.year)
    nearest = _pick(candidates, anchor, "", lambda s: False)
    if found and nearest and len(parts[0]) == 2 and _far(found[0], anchor) and not _far(nearest[0], anchor, NEAR_DAYS):
        return nearest[0], "nearest the anchor (the tense would put it a year away, and a report writes the year then)"
    return found


def _far(value: str, anchor: dt.date, days: int = FAR_DAYS) -> bool:
    first, last = interval(value)
    return max((first - anchor).days, (anchor - last).days) > days


def _day_of_month(day: int, anchor: dt.date, direction: str) -> tuple[str, str] | None:
    candidates: list[tuple[Span, str]] = []
    for n in range(-2, 3):
        month = _add_months(anchor, n)
        try:
            d = month.replace(day=day)
        except ValueError:
            continue
        candidates.append(((d, d), d.isoformat()))
    return _pick(candidates, anchor, direction, lambda s: (s[0].year, s[0].month) == (anchor.year, anchor.month))


def _weekday(weekday: int, anchor: dt.date, direction: str) -> tuple[str, str] | None:
    days = [anchor + dt.timedelta(days=n) for n in range(-14, 15)]
    candidates = [((d, d), d.isoformat()) for d in days if d.weekday() == weekday]
    week = anchor.isocalendar()[:2]
    return _by_default(_pick(candidates, anchor, direction or "past", lambda s: s[0].isocalendar()[:2] == week,
                             "in the anchor's week"), direction)


def _by_default(found: tuple[str, str] | None, direction: str) -> tuple[str, str] | None:
    """A weekday or weekend no word or tense points: the last on or before the anchor, as a report's."""
    if found is None or direction:
        return found
    return found[0], "on or before the anchor (no tense cue: a report's default)"


def _weekend(anchor: dt.date, direction: str) -> tuple[str, str] | None:
    days = [anchor + dt.timedelta(days=n) for n in range(-14, 15)]
    saturdays = [d for d in days if d.weekday() == 5]
    candidates = [((d, d + dt.timedelta(days=1)), _days(d, d + dt.timedelta(days=1))) for d in saturdays]
    if direction == "before":  # "last weekend" on a Sunday is the one before, not today's
        candidates = [c for c in candidates if c[0][1] < anchor]
    elif direction in {"past", ""}:  # "over the weekend" in a Saturday paper is the one before
        candidates = [c for c in candidates if c[0][1] <= anchor]
    elif direction in {"after", "this"}:  # "this weekend" on a Saturday is today's
        direction = "future"
    return _by_default(_pick(candidates, anchor, direction or "past", lambda s: s[0] <= anchor <= s[1]), direction)


def _season(first_month: int, last_month: int, shift: int | None, anchor: dt.date,
            direction: str) -> tuple[str, str] | None:
    candidates: list[tuple[Span, str]] = []
    for year in range(anchor.year - 2, anchor.year + 2):
        first = dt.date(year, first_month, 1)
        end = _add_months(dt.date(year + (last_month < first_month), last_month, 1), 1) - dt.timedelta(days=1)
        candidates.append(((first, end), _months_value(first, end)))
    if shift is None:
        return _pick(candidates, anchor, direction, lambda s: s[0] <= anchor <= s[1])
    if shift == 0:
        current = [c for c in candidates if c[0][0] <= anchor <= c[0][1]]
        if current:
            return current[0][1], "the one holding the anchor"
        return _pick(candidates, anchor, "", lambda s: False)
    if shift < 0:  # "last summer": the latest one over before the anchor
        return _pick(candidates, anchor, "before", lambda s: False)
    return _pick(candidates, anchor, "after", lambda s: False)


def _iso_week(week: int, anchor: dt.date, direction: str) -> tuple[str, str] | None:
    candidates: list[tuple[Span, str]] = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            first = dt.date.fromisocalendar(year, week, 1)
        except ValueError:
            continue
        candidates.append(((first, first + dt.timedelta(days=6)), f"{year}-W{week:02d}"))
    return _pick(candidates, anchor, direction, lambda s: s[0].isocalendar()[0] == anchor.isocalendar()[0])


_SHIFT = re.compile(r"(?P<unit>day|week|month|quarter|year):(?P<a>[+-]\d+)(?:\.\.(?P<b>[+-]\d+))?$")
_MONTHS = re.compile(r"months:(?P<first>\d+)-(?P<last>\d+):(?P<shift>[+-]\d+)$")
_SEASON = re.compile(r"season:(?P<first>\d+)-(?P<last>\d+)(?::(?P<shift>[+-]\d+))?$")


def resolve(mention: DateMention, anchor: dt.date | None) -> Resolution:
    """The calendar value `mention` names when its article's day is `anchor`."""
    value = mention.value
    if not mention.anchored:
        first, last = interval(value)
        return Resolution(value, first.isoformat(), last.isoformat(), "as written")
    if anchor is None:
        return Resolution(None, None, None, NO_ANCHOR)
    found = _resolve(value, mention.direction, anchor)
    if found is None:
        return Resolution(None, None, None, f"{value!r} names no day near the anchor")
    resolved, rule = found
    first, last = interval(resolved)
    return Resolution(resolved, first.isoformat(), last.isoformat(), rule)


def _resolve(value: str, direction: str, anchor: dt.date) -> tuple[str, str] | None:
    """The resolved value and the rule's name, e.g. ("2020-10-05", "weekday: on or before ...")."""
    found: tuple[str, str] | None
    if m := _SHIFT.match(value):
        unit, a = m["unit"], int(m["a"])
        if m["b"] is None:
            return _shift(unit, a, anchor), f"{unit} shift {a:+d} from the anchor's"
        b = int(m["b"])
        first, last = interval(_shift(unit, a, anchor))[0], interval(_shift(unit, b, anchor))[1]
        span = {"day": lambda: _days(first, last), "week": lambda: f"{_week(first)}/{_week(last)}",
                "month": lambda: f"{_month(first)}/{_month(last)}", "quarter": lambda: _months_value(first, last),
                "year": lambda: f"{first.year}/{last.year}"}[unit]()
        return span, f"{unit}s {a:+d} to {b:+d} from the anchor's"
    if m := _MONTHS.match(value):
        year = anchor.year + int(m["shift"])
        return f"{year}-{int(m['first']):02d}/{year}-{int(m['last']):02d}", f"months of the anchor's year {m['shift']}"
    if value.startswith("--") and ":week" in value:
        month_value, nth = value.split(":week")
        month = _year_less(month_value, anchor, direction)
        if month is None:
            return None
        return (week_of_month(int(month[0][:4]), int(month[0][5:7]), int(nth)),
                f"week of a year-less month: {month[1]}")
    if value.startswith("---"):
        found, kind = _day_of_month(int(value[3:]), anchor, direction), "day of month"
    elif value.startswith("--"):
        found, kind = _year_less(value, anchor, direction), "year-less date"
    elif value.startswith("weekday:"):
        found, kind = _weekday(int(value[8:]), anchor, direction), "weekday"
    elif value == "weekend":
        found, kind = _weekend(anchor, direction), "weekend"
    elif m := _SEASON.match(value):
        shift = None if m["shift"] is None else int(m["shift"])
        found, kind = _season(int(m["first"]), int(m["last"]), shift, anchor, direction), "season"
    elif value.startswith("isoweek:"):
        found, kind = _iso_week(int(value[8:]), anchor, direction), "ISO week"
    else:
        return None
    return None if found is None else (found[0], f"{kind}: {found[1]}")
