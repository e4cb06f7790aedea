"""A company's fiscal calendar, read from its own report.

An earnings story names the quarter it reports and the day that quarter ended ("FedEx
reported fiscal second-quarter results ... the quarter that ended Nov. 30", "Target reported
first-quarter results ... in the quarter ended May 3"). That fixes the company's calendar:
the reported quarter (three calendar months, or 13 weeks when it ends on no month's last
day), the fiscal year around it, and so what "fiscal 2026", "the fiscal third quarter",
"the first quarter of fiscal 2026" and a bare "in the quarter" of a later paragraph mean
(RECORDS.md dates a financial year by its owner's calendar; a company's is its own).

A fiscal year is labelled by the calendar year it ends in ("fiscal 2026" of FedEx is June
2025 to May 2026), except a year ending in January, which most such retailers label by the
year it starts in ("fiscal 2025" of Home Depot is February 2025 to January 2026); the labels
the story itself uses settle it when they fit only one reading (Nvidia's "fiscal 2026" in a
report of the quarter ended Jan. 25, 2026).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Final

from .period_calendar import (
    _MONTHS,
    _ORDINALS,
    _century,
    _is_month_end,
    _month_index,
    _months_span,
    _thirteen_weeks_to,
)

__all__ = ["CompanyCalendar", "company_calendar"]

Span = tuple[date, date]

_ORDINAL: Final = r"(?P<n>first|second|third|fourth|q[1-4])"
# The quarter a report is of: "fiscal second-quarter results", "its fiscal third quarter",
# "first-quarter results", "fourth-quarter earnings".
_REPORTED: Final = re.compile(
    rf"\bfiscal[- ]{_ORDINAL}(?:[- ]quarter)?\b"
    rf"|\b{_ORDINAL.replace('?P<n>', '?P<m>')}[- ]quarter (?:results|earnings|profits?|revenue"
    r"|sales|report)\b",
    re.IGNORECASE,
)
# The day it ended: "the quarter that ended Nov. 30", "its quarter, which ended Nov. 30",
# "in the period ended Nov. 30", "the three months ended April 30", "the 13 weeks ended Jan.
# 25, 2026".
_ENDED: Final = re.compile(
    r"\b(?:quarter|period|three months|three-month period|13 weeks|thirteen weeks)"
    r",?(?: that| which)?,? end(?:ed|ing|s) (?:on )?(?P<mon>[A-Za-z]{3,9})\.? (?P<day>\d{1,2})\b"
    r"(?:,? (?P<year>\d{4}))?",
    re.IGNORECASE,
)
# "fiscal 2026", "fiscal year 2026", "FY2026", "FY26".
_LABEL: Final = re.compile(r"\b(?:fiscal(?: year)?|fy) ?'?(?P<y>\d{4}|\d{2})\b", re.IGNORECASE)

# Phrases the calendar resolves (normalized: lower case, no commas).
_LEAD: Final = re.compile(r"^(?:(?:in|for|during|over|of|at) )?(?:the |its |their )?")
_YEAR: Final = re.compile(r"^(?:(?:current|this) )?(?:fiscal|fy) ?(?:year )?'?(?P<y>\d{4}|\d{2})?$")
_THIS_YEAR: Final = re.compile(r"^(?:current|this|full|whole) fiscal year$|^fiscal year$")
_QUARTER: Final = re.compile(
    r"^(?P<fiscal>fiscal )?(?:(?P<ly>\d{4}) )?(?P<n>first|second|third|fourth|q[1-4])"
    r"(?:[- ](?:fiscal )?quarter)?"
    r"(?: (?:of )?(?:(?P<f2>fiscal|fy) ?(?:year )?'?(?P<y>\d{4}|\d{2})))?$"
)
_YEAR_ENDED: Final = re.compile(
    r"^(?:full )?(?:fiscal|financial) year (?:that )?end(?:ed|ing) (?:on )?(?P<mon>[a-z]+) "
    r"(?P<day>\d{1,2})$"
)
_NEXT_QUARTER: Final = re.compile(r"^(?:current|next|coming|upcoming)(?: fiscal)? quarter$")
_PRIOR_QUARTER: Final = re.compile(r"^(?:prior|previous|preceding) quarter$")
_YEAR_AGO: Final = re.compile(
    r"^(?:(?:a|one) year (?:earlier|ago|before)|year-ago (?:period|quarter)"
    r"|same (?:period|quarter) (?:a year (?:earlier|ago)|last year|of last year))$"
)
_THE_QUARTER: Final = re.compile(
    r"^(?:(?:latest|most recent|reported|fiscal|just-ended) )?"
    r"(?P<unit>quarter|three months|three-month period|period|13 weeks|13-week period)$"
)


@dataclass(frozen=True)
class CompanyCalendar:
    """The fiscal calendar a company's report fixes."""

    quarter: Span  # the reported quarter
    number: int  # its number in the fiscal year (1 to 4)
    weeks: bool  # whether its quarters are 13 weeks (else three calendar months)
    label: int  # the label of the fiscal year the reported quarter is in

    def resolve(self, phrase: str, anchor: Span | None) -> Span | None:
        """The span of a normalized phrase on this calendar, or None when it is none of
        the calendar's ("fiscal 2026", "the fiscal third quarter", "in the quarter")."""
        t = _LEAD.sub("", phrase, count=1)
        if _THIS_YEAR.match(t):
            return self.year(self.label)
        m = _YEAR.match(t)
        if m is not None and m["y"]:
            return self.year(_full_year(m["y"]))
        m = _QUARTER.match(t)
        if m is not None and ("quarter" in t or t.startswith(("q", "fiscal q"))):
            n = _number(m["n"])
            fiscal = m["fiscal"] or m["f2"]
            if m["y"] or m["ly"]:
                return self.quarter_of(_full_year(m["y"] or m["ly"]), n)
            if fiscal:
                return self.quarter_of(self.label, n)
            if n == self.number:
                return self.quarter  # "in the fourth quarter" of a fourth-quarter report
            return None
        m = _YEAR_ENDED.match(t)
        if m is not None and m["mon"] in _MONTHS:
            return self._year_ended(_MONTHS[m["mon"]], int(m["day"]))
        in_hand = anchor is None or anchor == self.quarter
        if in_hand and _NEXT_QUARTER.match(t):
            return self.shifted(1)  # "For the current quarter, Nvidia expects revenue of"
        if in_hand and _PRIOR_QUARTER.match(t):
            return self.shifted(-1)  # "up from 73.6% in the prior quarter"
        if in_hand and _YEAR_AGO.match(t):
            return self.shifted(-4)  # "from $22.1 billion in the year-ago period"
        m = _THE_QUARTER.match(t)
        if m is not None and (in_hand or m["unit"] == "quarter"):
            # "Revenue fell 6% in the quarter", a paragraph later; "in the period" where no
            # other period is in hand
            return self.quarter
        return None

    def shifted(self, quarters: int) -> Span:
        """The quarter so many quarters after the reported one (before it, if negative)."""
        return self._quarter_after(self.quarter[0], quarters)

    def _quarter_after(self, first: date, quarters: int) -> Span:
        """The quarter so many quarters after the one that starts on `first`."""
        if self.weeks:
            return _thirteen_weeks_to(first + timedelta(days=91 * quarters + 90))
        index = _month_index(first) + 3 * quarters
        return _months_span(index, index + 2)

    def _year_ended(self, month: int, day: int) -> Span | None:
        """The fiscal year that ended on a day ("the full fiscal year ended Feb. 1"): the
        latest one, up to the reported quarter's, whose last day is within a week of it."""
        for label in (self.label, self.label - 1):
            span = self.year(label)
            if span[1] > self.quarter[1]:
                continue
            try:
                named = date(span[1].year, month, day)
            except ValueError:
                return None
            if abs((named - span[1]).days) <= 7:
                return span
        return None

    def year(self, label: int) -> Span:
        """The fiscal year of a label."""
        start = self._year_start(label)
        if self.weeks:
            return start, start + timedelta(days=363)
        return _months_span(_month_index(start), _month_index(start) + 11)

    def quarter_of(self, label: int, n: int) -> Span:
        """Quarter n of the fiscal year of a label."""
        return self._quarter_after(self._year_start(label), n - 1)

    def _year_start(self, label: int) -> date:
        """The first day of the fiscal year of a label: four quarters a year from the first
        quarter of the reported quarter's year."""
        return self.shifted(4 * (label - self.label) - (self.number - 1))[0]


def company_calendar(text: str, ref: date | None) -> CompanyCalendar | None:
    """The calendar a report fixes: the quarter it names ("fiscal second-quarter results")
    and the day that quarter ended ("the quarter that ended Nov. 30"); None when the text
    names no such pair, or the pair is a calendar quarter of a calendar year."""
    reported = _REPORTED.search(text)
    ended = _ENDED.search(text)
    if reported is None or ended is None:
        return None
    number = _number(reported["n"] or reported["m"])
    month = _MONTHS.get(ended["mon"].lower())
    if month is None:
        return None
    day = int(ended["day"])
    year = int(ended["year"]) if ended["year"] else None
    if year is None:
        if ref is None:
            return None
        year = ref.year
        if (month, day) > (ref.month, ref.day):
            year -= 1  # the latest such day on or before the day of writing
    if day > calendar.monthrange(year, month)[1]:
        return None
    end = date(year, month, day)
    weeks = not _is_month_end(end)
    if weeks:
        quarter = _thirteen_weeks_to(end)
        last_month = month if day > 15 else (month - 2) % 12 + 1
    else:
        quarter = _months_span(_month_index(end) - 2, _month_index(end))
        last_month = month
    year_end = (last_month + 3 * (4 - number) - 1) % 12 + 1  # the fiscal year's last month
    if year_end == 12 and not weeks and "fiscal" not in reported.group().lower():
        return None  # a calendar quarter of a calendar year: nothing of the company's own
    # the fiscal year the reported quarter is in, and its label
    unlabelled = CompanyCalendar(quarter, number, weeks, 0)
    span = unlabelled.year(0)
    first, last = span[0].year, span[1].year
    labels = {_full_year(m["y"]) for m in _LABEL.finditer(text)}
    if first != last and last in labels and first not in labels:
        label = last
    elif first != last and first in labels and last not in labels:
        label = first
    else:
        label = first if year_end == 1 else last
    return replace(unlabelled, label=label)


def _number(word: str) -> int:
    """The number of a quarter: "second" -> 2, "Q3" -> 3."""
    word = word.lower()
    return int(word[1]) if word.startswith("q") else _ORDINALS[word]


def _full_year(y: str) -> int:
    """A year label of four digits or two ("FY26")."""
    return int(y) if len(y) == 4 else int(_century(y))
