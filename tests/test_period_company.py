"""A company's fiscal calendar read from its report (`period_company`), and the periods of an
earnings story resolved on it. The texts are written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from bulletin_extract import extract
from bulletin_extract.period_company import company_calendar
from bulletin_extract.periods import resolve_period

D = date.fromisoformat

# A fiscal second quarter of three calendar months that ended Nov. 30: the year runs June to
# May and is labelled by the year it ends in.
MONTHS = (
    "Acme Freight reported fiscal second-quarter results on Thursday. Here's how the company "
    "did in the three months that ended Nov. 30 compared with analysts' estimates."
)
# A retailer's first quarter of 13 weeks that ended May 3, labelled by the year it starts in.
WEEKS = (
    "Brightmart on Wednesday reported first-quarter results that missed estimates.\n"
    "Comparable sales fell 2.1% in the quarter ended May 3, the company said. It now expects "
    "earnings of $6 to $7 per share for fiscal 2025."
)


def test_months_calendar() -> None:
    cal = company_calendar(MONTHS, D("2025-12-19"))
    assert cal is not None
    assert cal.quarter == (D("2025-09-01"), D("2025-11-30"))
    assert cal.year(cal.label) == (D("2025-06-01"), D("2026-05-31"))
    assert cal.label == 2026


def test_weeks_calendar_takes_the_story_s_label() -> None:
    cal = company_calendar(WEEKS, D("2025-05-21"))
    assert cal is not None
    assert cal.weeks and cal.quarter == (D("2025-02-02"), D("2025-05-03"))
    # "fiscal 2025" is the only label written, and fits the year starting in 2025
    assert cal.year(2025) == (D("2025-02-02"), D("2026-01-31"))


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (MONTHS, "For the fiscal third quarter", ("2025-12-01", "2026-02-28")),
        (MONTHS, "for fiscal 2026", ("2025-06-01", "2026-05-31")),
        (MONTHS, "in the first quarter of fiscal 2027", ("2026-06-01", "2026-08-31")),
        (MONTHS, "in the quarter", ("2025-09-01", "2025-11-30")),
        (MONTHS, "in the second quarter", ("2025-09-01", "2025-11-30")),
        (MONTHS, "for the current quarter", ("2025-12-01", "2026-02-28")),
        (WEEKS, "in the year-ago period", ("2024-02-04", "2024-05-04")),
        (WEEKS, "in the prior quarter", ("2024-11-03", "2025-02-01")),
        (WEEKS, "at quarter-end", ("2025-05-03", "2025-05-03")),
        (MONTHS, "at the end of the quarter", ("2025-11-30", "2025-11-30")),
    ],
)
def test_phrases_on_the_calendar(text: str, phrase: str, expected: tuple[str, str]) -> None:
    ref = D("2025-12-19") if text is MONTHS else D("2025-05-21")
    res = resolve_period(phrase, ref, None, "US", company_calendar(text, ref))
    assert (str(res.start), str(res.end)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a calendar quarter of a calendar year: nothing of the company's own
        "Output rose 2% in the first quarter, data for the three months ended March 31 showed.",
        # no quarter named beside the day
        "Stocks fell in the period ended Nov. 30.",
    ],
)
def test_no_calendar(text: str) -> None:
    assert company_calendar(text, D("2025-12-19")) is None


def test_a_calendar_quarter_elsewhere_is_kept() -> None:
    # the fiscal third quarter is the company's; a bare "third quarter" of another company
    # (not the reported quarter's number) stays the calendar quarter
    cal = company_calendar(MONTHS, D("2025-12-19"))
    res = resolve_period("in the third quarter", D("2025-12-19"), None, "US", cal)
    assert (str(res.start), str(res.end)) == ("2025-07-01", "2025-09-30")


def test_the_year_ended_on_a_day_and_the_three_month_period() -> None:
    # a retailer's fourth quarter of 13 weeks that ended Feb. 1: its year is 52 weeks to then
    text = (
        "Halcyon Stores reported fourth-quarter results for the period ended Feb. 1.\n"
        "Net income for the three-month period was $412 million. For the full fiscal year "
        "ended Feb. 1, sales rose 1.8% to $22.4 billion."
    )
    records = {r.text: r for r in extract(text, ref_date="2025-03-05")}
    quarter = records["$412 million"].period
    assert (str(quarter.start), str(quarter.end)) == ("2024-11-03", "2025-02-01")
    year = records["1.8%"].period
    assert (str(year.start), str(year.end)) == ("2024-02-04", "2025-02-01")


def test_earnings_story_end_to_end() -> None:
    text = (
        MONTHS + "\n"
        "Revenue rose 6% in the quarter to $22.4 billion.\n"
        "For fiscal 2026, the company expects earnings of $18.10 to $18.90 per share."
    )
    records = {r.text: r for r in extract(text, ref_date="2025-12-19")}
    assert (str(records["6%"].period.start), str(records["6%"].period.end)) == (
        "2025-09-01",
        "2025-11-30",
    )
    eps = records["$18.90"].period
    assert (str(eps.start), str(eps.end)) == ("2025-06-01", "2026-05-31")
