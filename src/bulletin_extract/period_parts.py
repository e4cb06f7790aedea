"""Parts of the grammar that place one period inside another: a unit written without its
year near the anchor, a bare day at one end of a
range ("12 to 18 august"), and a part of a financial year ("the first seven months of fiscal
1986/87", "the april-february period of 2024-25", "the same period of 1985/86")."""

from __future__ import annotations

import re
from datetime import date
from typing import Final, Literal

from .period_calendar import (
    _FISCAL,
    _FISCAL_ENDING,
    _MON,
    _MONTHS,
    _RANGE,
    _SAME,
    Span,
    _century,
    _gap,
    _month_index,
    _months_span,
    _parse_unit,
    _shift,
    _strip_plain,
    _Unit,
    fiscal_year,
)

_BARE_DAY: Final = re.compile(r"^(?P<d>\d{1,2})(?:st|nd|rd|th)?(?P<year> \d{4})?$")
_DAY_FIRST: Final = re.compile(r"^\d{1,2}(?:st|nd|rd|th)? (?:of )?(?P<rest>[a-z]+.*)$")
_MONTH_FIRST: Final = re.compile(r"^(?P<mon>[a-z]+) \d{1,2}(?:st|nd|rd|th)?\b")

#: "X of Y" where Y is a financial year label: "fiscal 1986/87", "2024-25", "fy25",
#: "the 2023/24 financial year".
_PART_OF: Final = re.compile(
    r"^(?P<part>.+?) (?:of|in) (?P<year>(?:the )?(?:(?:fiscal|financial|fy)(?: year)?[ ']?)?"
    r"\d{2,4}(?:[-/]\d{2,4})?(?: (?:fiscal|financial) year)?)$"
)

#: "the same 1986 period": the same period, moved into the year written inside it.
_SAME_YEAR_PERIOD: Final = re.compile(r"^the same (\d{4}(?:[-/]\d{2,4})?) period$")


#: "the two months (of) december and january (together)": the months named are the period.
_N_MONTHS_NAMED: Final = re.compile(rf"^(?:the )?\w+ months (?:of )?(?=(?:{_MON})\b)")
_TOGETHER: Final = re.compile(r" (?:together|combined)$")
_ORD: Final = "first|second|third|fourth|1st|2nd|3rd|4th"
#: "the first and second quarters of 2024": two quarters (or halves) sharing one noun.
_TWO_ORDINALS: Final = re.compile(
    rf"\b(?:the )?(?P<a>{_ORD}) and (?:the )?(?P<b>{_ORD}) (?P<unit>quarter|half|halve)s?"
    r"(?P<year> (?:of |in )?\d{4})?"
)


# "the September quarter", "the May quarter" (Australian and New Zealand usage): the quarter
# ending that month.
_QUARTER_OF_MONTH = {"march": "first", "june": "second", "september": "third", "december": "fourth"}
_MONTH_QUARTER = re.compile(
    rf"\b(?:the )?(?<!-)(?<!through )(?<!to )(?P<mon>{_MON}) quarter\b"
)  # not the end of a range: "the july-september quarter"
# "the previous three-month period": "the previous three months".
_N_UNIT_PERIOD = re.compile(r"\b(?P<n>\w+)-(?P<unit>month|quarter|week|year) period\b")


def _quarter_to_month(m: re.Match[str]) -> str:
    """ "the september quarter" is the third; "the may quarter" the three months to May."""
    mon = m["mon"]
    calendar = _QUARTER_OF_MONTH.get(mon)
    return f"the {calendar} quarter" if calendar else f"the three months to {mon}"


def _spelled_out(t: str) -> str:
    """Write out a period whose parts share words: "the two months december and january
    together" is "december and january", "between the first and second quarters of 2024"
    is "between the first quarter of 2024 and the second quarter of 2024"; and the quarter
    named by its last month ("the september quarter": the third) and "the previous
    three-month period" ("the previous three months") in the grammar's words."""
    t = _MONTH_QUARTER.sub(_quarter_to_month, t)
    t = _N_UNIT_PERIOD.sub(lambda m: f"{m['n']} {m['unit']}s", t)
    if _N_MONTHS_NAMED.match(t):
        t = _TOGETHER.sub("", _N_MONTHS_NAMED.sub("", t))
    return _TWO_ORDINALS.sub(
        lambda m: (
            f"the {m['a']} {m['unit'].replace('halve', 'half')}{m['year'] or ''} and "
            f"the {m['b']} {m['unit'].replace('halve', 'half')}{m['year'] or ''}"
        ),
        t,
    )


def _with_month(xs: str, ys: str) -> tuple[str, str]:
    """Give a bare day at one end of a range the month written at the other: "12 to 18
    august" is 12 August to 18 August, "may 20-26" May 20 to May 26."""
    x_day, y_day = _BARE_DAY.match(xs), _BARE_DAY.match(ys)
    if x_day and not x_day["year"] and (rest := _DAY_FIRST.match(ys)) is not None:
        return f"{x_day['d']} {rest['rest']}", ys
    if y_day and (head := _MONTH_FIRST.match(xs)) is not None and head["mon"] in _MONTHS:
        return xs, f"{head['mon']} {y_day['d']}{y_day['year'] or ''}"
    return xs, ys


def _financial_year(
    t: str, country: str | None, season: int | None = None
) -> Span | Literal[False] | None:
    """A financial year ("2013/14", "FY24", "fiscal 2023-24") of the country's calendar, or
    a span of years written with a short end ("1986-90"); False when `t` is neither. With
    `season` (the first month of a farm product's season named in the sentence), a split-year
    label with no "fiscal" or "FY" ("2025/26") is that season."""
    start_month, names_start = fiscal_year(country)
    ending = _FISCAL_ENDING.match(t)
    if ending is not None:
        # "the financial year ending (FYE) 2025": the twelve months to the end of the year's
        # last month ("FYE March 2025"), else to the month before the country's year starts
        if ending["month"]:
            if ending["month"] not in _MONTHS:
                return None
            last_month = _MONTHS[ending["month"]]
        else:
            last_month = (start_month - 2) % 12 + 1
        last = int(ending["y"]) * 12 + last_month - 1
        return _months_span(last - 11, last)
    m = _FISCAL.match(t)
    if m is None or not (m["word"] or m["tail"] or m["y2"]):
        return False
    if season is not None and m["y2"] and not (m["word"] or m["tail"]):
        start_month = season
    if not (m["word"] or m["tail"]) and len(m["y"]) != 4:
        return False
    first = int(m["y"]) if len(m["y"]) == 4 else int(_century(m["y"]))
    if m["y2"]:
        last = int(m["y2"]) if len(m["y2"]) == 4 else first // 100 * 100 + int(m["y2"])
        if last < first:
            last += 100
        if last != first + 1:
            if m["word"] or m["tail"]:
                return None
            return date(first, 1, 1), date(last, 12, 31)
    elif not names_start:
        first -= 1  # "FY24" in India or Australia ends in 2024
    begin = (first * 12 + start_month - 1) if start_month > 1 else first * 12
    return _months_span(begin, begin + 11)


def _month_in(year: Span, month: int) -> int:
    """The month index of calendar month `month` (1-12) inside a 12-month span."""
    first = _month_index(year[0])
    return first + (month - 1 - first % 12) % 12


def _part_of_year(part: str, year: Span, anchor: Span | None) -> tuple[Span, bool] | None:
    """The span of `part` inside a (financial) year, and whether it was counted from the
    anchor ("the same period" is the anchor moved into that year); None when `part` is not
    a part of a year."""
    first = _month_index(year[0])
    if _month_index(year[1]) - first != 11:
        return None
    part = _strip_plain(part)
    if _SAME.match(part):
        if anchor is None:
            return None
        years = -((_month_index(anchor[0]) - first) // 12)
        return _shift(anchor, 12 * years), True
    part = re.sub(r"^the ", "", part)
    part = re.sub(r" period$", "", part)
    part = re.sub(
        r"^([a-z]+(?:-| through | to )[a-z]+) quarter$", r"\1", part
    )  # "july-september quarter"
    unit = _parse_unit(part)
    if unit is not None:
        if unit.year is not None or unit.year_offset is not None:
            return None
        if unit.kind == "first_months":
            return _months_span(first, first + unit.index - 1), False
        if unit.kind in ("quarter", "half"):
            size = 3 if unit.kind == "quarter" else 6
            start = first + size * (unit.index - 1)
            return _months_span(start, start + size - 1), False
        if unit.kind == "month":
            index = _month_in(year, unit.index)
            return _months_span(index, index), False
        return None
    m = _RANGE.match(part)
    if m is None:
        return None
    x, y = _parse_unit(m["x"]), _parse_unit(m["y"])
    if x is None or y is None or x.kind != "month" or y.kind != "month" or x.year or y.year:
        return None
    start, end = _month_in(year, x.index), _month_in(year, y.index)
    return (_months_span(start, end), False) if start <= end else None


#: How far ahead of the day of writing a day named without its year may lie.
_DAYS_AHEAD = 92


def _place_unit(unit: _Unit, anchor: Span | None, ref: date | None) -> Span | None:
    """Place a unit written without its year: the latest one starting on or before the
    anchor's end (with no anchor, on or before `ref`), or the next one when it is nearer the
    anchor and complete by `ref`."""
    pivot = anchor[1] if anchor is not None else ref
    if pivot is None:
        return None
    spans = []
    for year in range(pivot.year - 2, pivot.year + 2):
        try:
            spans.append(unit.in_year(year))
        except ValueError:  # 29 February in a common year
            continue
    before = [s for s in spans if s[0] <= pivot]
    if not before:
        return None
    best = before[-1]
    if anchor is not None and ref is not None:
        # "in January" in a paragraph about December 1986 means January 1987,
        # when that month is complete by the reference date and nearer the anchor.
        later = [s for s in spans if s[0] > best[0] and s[1] <= ref]
        if later and _gap(later[0], anchor) < _gap(best, anchor):
            best = later[0]
    if ref is not None and (best[1] - best[0]).days < 7:
        # A day or days without their year ("at the Oct. 28-29 meeting", written on Oct. 15):
        # the nearer of the last and the next, looking ahead one quarter at most.
        ahead = [s for s in spans if s[0] > ref and (s[0] - ref).days <= _DAYS_AHEAD]
        if ahead and (ahead[0][0] - ref) < (ref - best[1]):
            best = ahead[0]
    return best
