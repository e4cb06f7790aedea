"""Resolve period phrases ("in the year to June 2014", "the same period last year") to dates.

The phrases are found by the rules in `patterns/periods.jsonl`; this module turns the text
of a match into its first and last day, following the `period` contract in RECORDS.md:

* a month, quarter, half or year is its whole span; "in the three months to June 2014" is
  April..June 2014, while "in the year to June 2014" (a 12-month rate) is June 2014;
* a point ("as of June 2022", "at the end of March") has start = end = that day;
* deictic phrases ("this year", "last month", "in May") resolve against the reference
  (publication) date, or the anchor for a month or quarter written without its year;
* relative phrases ("a year earlier", "the previous quarter", "the same period last year")
  resolve from the anchor, the period the sentence or paragraph is about;
* a change between two consecutive periods ("between May and June 2014", "compared with
  Q2 2013" about Q2 2014) refers to the later one; a change from a point further back
  ("from March 2020", "since 2019") spans from that point to the anchor;
* vague phrases ("in early 2008", "currently") stay unresolved.

dateparser reads the month-year and day-month-year strings inside a phrase; the grammar
of ranges, quarters, halves and the to/between/from logic is our own. dateparser is
imported lazily and every parse is cached, so resolving the same phrase twice is cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Final

from .period_calendar import _BETWEEN, _FROM_TO, _normalize
from .period_company import CompanyCalendar
from .period_grammar import _Resolver

__all__ = ["Resolution", "iso", "period_ends", "resolve_period"]

_BOTH: Final = re.compile(r"^(?:(?:in|for|during|of) )?(?P<x>.+?) and (?P<y>.+)$")


@dataclass(frozen=True)
class Resolution:
    """A period phrase resolved to its first and last day.

    Attributes:
        start: First day of the period, or None when it cannot be resolved.
        end: Last day of the period (equal to `start` for a point in time), or None.
        kind: How the dates were found: `absolute` (fully dated in the text), `deictic`
            (needed the reference date, e.g. "this year", "in May"), `relative` (counted
            from the anchor period, e.g. "a year earlier", "the previous quarter"), or
            `unresolved` (both dates None).
    """

    start: date | None
    end: date | None
    kind: str


UNRESOLVED: Final = Resolution(None, None, "unresolved")


def iso(d: date | None) -> str | None:
    """Return `d` as an ISO date string (`YYYY-MM-DD`), or None for None."""
    return d.isoformat() if d is not None else None


@lru_cache(maxsize=8192)
def resolve_period(
    text: str,
    ref: date | None = None,
    anchor: tuple[date, date] | None = None,
    country: str | None = None,
    company: CompanyCalendar | None = None,
    season: int | None = None,
) -> Resolution:
    """Resolve a period phrase to its first and last day.

    Args:
        text: The phrase as written, e.g. "in the year to June 2014", "IN JANUARY",
            "from January to July this year", "a year earlier".
        ref: The reference (publication) date, for deictic phrases such as "this year",
            "last month" or a month written without its year.
        anchor: The period the sentence or paragraph is about (first and last day), for
            relative phrases such as "the previous quarter" or "the same period last year",
            and to place a month or quarter written without its year.
        country: ISO code of the country whose figures these are, for financial years
            ("2013/14", "FY24", "fiscal 2023-24"): April to March unless `FISCAL_YEARS`
            says otherwise.
        company: The fiscal calendar of the company whose report this is
            (`period_company.company_calendar`), for "fiscal 2026", "the fiscal third
            quarter" and a bare "the quarter".
        season: The first month of the season of the farm product the figures are about
            (`period_calendar.season_start`), for a split-year label ("2025/26": the
            season from that month, not the financial year).

    A month, quarter or half written without its year is the latest one starting on or
    before the anchor's end (with no anchor, on or before `ref`); the next one is taken
    instead when it is nearer the anchor and complete by `ref` ("in January" in a paragraph
    about December 1986, published March 1987, is January 1987). Bare "this year" with an
    anchor inside the reference year is that anchor ("prices rose this year but fell last
    year" about June 2014 is June 2014).

    Returns:
        The resolution; `kind` is `unresolved` (with both dates None) when the phrase is
        vague ("in early 2008", "currently") or cannot be read. Never raises on odd input.

    Examples:
        >>> resolve_period("in the three months to June 2014")
        Resolution(start=datetime.date(2014, 4, 1), end=datetime.date(2014, 6, 30), kind='absolute')
        >>> resolve_period("last October", ref=date(1987, 3, 3)).start
        datetime.date(1986, 10, 1)
    """
    try:
        if isinstance(ref, datetime):
            ref = ref.date()
        if anchor is not None:
            a0, a1 = anchor
            if isinstance(a0, datetime):
                a0 = a0.date()
            if isinstance(a1, datetime):
                a1 = a1.date()
            anchor = (a0, a1) if a0 <= a1 else None
        found = _Resolver(ref, anchor, country, company, season).resolve(_normalize(text))
    except Exception:  # odd input must never break extraction
        return UNRESOLVED
    if found is None:
        return UNRESOLVED
    (start, end), kind = found
    if start > end:
        return UNRESOLVED
    return Resolution(start, end, kind)


@lru_cache(maxsize=4096)
def period_ends(
    text: str,
    ref: date | None = None,
    anchor: tuple[date, date] | None = None,
    country: str | None = None,
) -> tuple[Resolution, Resolution] | None:
    """The two periods a phrase runs between or names: "between September and October
    2012", "from the first to the second quarter", "in January and February", each resolved
    as `resolve_period` would.

    A value that a level moved from and the level it reached ("rose from 2.2% to 2.7%
    between September and October") are of the first and the second.

    Returns:
        The resolutions of both ends, or None when the phrase is not of this form or
        an end cannot be resolved. Never raises on odd input.

    Examples:
        >>> first, second = period_ends("between September and October 2012")
        >>> first.start, second.start
        (datetime.date(2012, 9, 1), datetime.date(2012, 10, 1))
    """
    try:
        t = _normalize(text)
        m = _BETWEEN.match(t) or _FROM_TO.match(t) or _BOTH.match(t)
        if m is None:
            return None
        pair = _Resolver(ref, anchor, country)._pair(m["x"], m["y"], 0)
    except Exception:  # odd input must never break extraction
        return None
    if pair is None:
        return None
    (x, kx), (y, ky) = pair
    if x[0] > x[1] or y[0] > y[1] or x[0] > y[0]:
        return None
    return Resolution(x[0], x[1], kx), Resolution(y[0], y[1], ky)
