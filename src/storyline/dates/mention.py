"""A date expression as the text writes it, described without any anchor (`DateMention`).

`value` says what the expression names, in a small notation that extends ISO 8601's:

    2020-09-27  2020-09  2020  2020-W40  A/B     a calendar value; needs no anchor
    --09-27  --09  ---14                         a day or month without its year, a day of the month
    --09-12/--09-13                              a range of days without the year
    weekday:4                                    a weekday (Monday 0): "Friday", "next Friday"
    weekend                                      a Saturday and Sunday: "over the weekend"
    day:-1  week:+0  month:-1  year:-2           the unit of the anchor's, shifted: "yesterday",
                                                 "this week", "last month", "two years ago"
    day:-3..-1  week:-2..-1                      a span of such units: "the past three days"
    season:6-8                                   a season without its year (first and last month)
    season:6-8:-1                                the season before, current, after: "last summer"
    isoweek:49                                   an ISO week without its year
    --03:week-1                                  a week of a month without its year ("the last
                                                 week of March"; -1 the last)
    months:1-6:+1                                months of the anchor's year, shifted: "the first
                                                 half of next year"

`direction` is what the words or the tense say about where it lies from the anchor: "past" (on or
before it), "future" (on or after), "before" and "after" (strictly: "last Friday", "next Friday"),
"this" (in the anchor's year, or week for a weekday: "this May", "this Friday"), or "" when
nothing says.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

DIRECTIONS = ("past", "future", "before", "after", "this", "")


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression: its words, its offsets in the clean text, and what it names."""

    expression: str
    start: int
    end: int
    value: str
    direction: str = ""
    rule: str = ""  # which pattern found it: "date", "month_day", "weekday", "shift", ...

    def to_row(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "expression": self.expression, "value": self.value,
                "direction": self.direction, "rule": self.rule}

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> DateMention:
        return cls(row["expression"], row["start"], row["end"], row["value"], row["direction"], row["rule"])

    @property
    def anchored(self) -> bool:
        """Whether the value needs an anchor day to name a calendar value."""
        return not self.value[:1].isdigit()
