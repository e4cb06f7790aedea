"""Period phrases: the rules in patterns/periods.jsonl find them, `resolve_period` dates them.

Case tables are grouped by where the cases came from: the styles of statistics-office
bulletins, 1980s newswire stories, EU quarterly energy reports and Chinese e-commerce
releases (phrases written for these tests in those styles), the rules of the record
contract, spelling variants, and fallbacks. Known gaps are strict xfails so that a fix is noticed.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.util import filter_spans

from bulletin_extract import extract
from bulletin_extract.periods import Resolution, iso, resolve_period

PATTERNS = Path(__file__).resolve().parent.parent / "patterns" / "periods.jsonl"
ALLOWED_KEYS = {"label", "pattern", "id"}

D = date
JUNE_2014 = (D(2014, 6, 1), D(2014, 6, 30))
MAR_MAY_2014 = (D(2014, 3, 1), D(2014, 5, 31))
Q2_2014 = (D(2014, 4, 1), D(2014, 6, 30))
Q1_2025 = (D(2025, 1, 1), D(2025, 3, 31))
JAN_1987 = (D(1987, 1, 1), D(1987, 1, 31))
DEC_1986 = (D(1986, 12, 1), D(1986, 12, 31))
JUNE_2022 = (D(2022, 6, 1), D(2022, 6, 30))
Y2005_2008 = (D(2005, 1, 1), D(2008, 1, 31))

ONS_REF = D(2014, 7, 15)
WIRE_REF = D(1987, 3, 3)
EC_REF = D(2025, 7, 4)
ECOM_REF = D(2024, 9, 1)
LIVE_REF = D(2022, 11, 1)


def case(
    text: str,
    start: str | None,
    end: str | None,
    kind: str,
    ref: date | None = None,
    anchor: tuple[date, date] | None = None,
    id: str | None = None,
    marks: Any = (),
) -> Any:
    """One resolve_period case; the id is the phrase unless told."""
    return pytest.param(text, ref, anchor, start, end, kind, id=id or text, marks=marks)


# fmt: off
ONS_STYLE = [
    case("in the year to June 2014", "2014-06-01", "2014-06-30", "absolute"),
    case("in the year to March 2013", "2013-03-01", "2013-03-31", "absolute"),
    case("In the 12 months to June", "2014-06-01", "2014-06-30", "deictic", ref=ONS_REF),
    # a 12-month rate to a quarter refers to that quarter
    case("in the year to Quarter 3 (July to September) 2024", "2024-07-01", "2024-09-30",
         "absolute"),
    case("over the year to Q1 2023", "2023-01-01", "2023-03-31", "absolute"),
    case("in the 12 months to the fourth quarter of 2022", "2022-10-01", "2022-12-31", "absolute"),
    case("for the three months to June 2014", "2014-04-01", "2014-06-30", "absolute"),
    case("in the three months to February", "2013-12-01", "2014-02-28", "deictic", ref=ONS_REF),
    case("in the six months to April 2014", "2013-11-01", "2014-04-30", "absolute"),
    case("For March to May 2014", "2014-03-01", "2014-05-31", "absolute"),
    case("in December 2004 to February 2005", "2004-12-01", "2005-02-28", "absolute"),
    case("for December 2013 to February 2014", "2013-12-01", "2014-02-28", "absolute"),
    case("between May and June 2014", "2014-06-01", "2014-06-30", "absolute"),
    case("between September and October 2012", "2012-10-01", "2012-10-31", "absolute"),
    case("between June 2013 and June 2014", "2014-06-01", "2014-06-30", "absolute"),
    case("Between January 2008 and January 2013", "2008-01-01", "2013-01-31", "absolute"),
    case("between 2010 and 2012", "2010-01-01", "2012-12-31", "absolute"),
    case("between May and June this year", "2014-06-01", "2014-06-30", "deictic", ref=ONS_REF),
    case(
        "between the same two months a year earlier", "2013-06-01", "2013-06-30", "relative",
        ref=ONS_REF, anchor=JUNE_2014,
    ),
    case(
        "between the same two months in 2013", "2013-06-01", "2013-06-30", "relative",
        anchor=JUNE_2014,
    ),
    case("in May", "2014-05-01", "2014-05-31", "deictic", ref=ONS_REF, anchor=JUNE_2014),
    case("for June", "2014-06-01", "2014-06-30", "deictic", ref=ONS_REF, anchor=JUNE_2014),
    case("In the latest month", "2014-06-01", "2014-06-30", "deictic", ref=ONS_REF),
    case("in the latest month", "2014-06-01", "2014-06-30", "relative", anchor=JUNE_2014,
         id="in the latest month (anchor)"),
    case("Over the last five years", "2009-07-01", "2014-06-30", "deictic", ref=ONS_REF),
    case("over the past 10 years", "2004-07-01", "2014-06-30", "deictic", ref=ONS_REF),
    case("a year ago", "2013-06-01", "2013-06-30", "relative", ref=ONS_REF, anchor=JUNE_2014),
    case("for a year earlier", "2013-03-01", "2013-05-31", "relative", anchor=MAR_MAY_2014),
    case("this year", "2014-06-01", "2014-06-30", "relative", ref=ONS_REF, anchor=JUNE_2014,
         id="this year (anchor in the reference year)"),
    case("during 2014", "2014-01-01", "2014-12-31", "absolute"),
    # a financial year named by the year it ends in, or by its two calendar years
    case("in the financial year ending (FYE) 2024", "2023-04-01", "2024-03-31", "absolute"),
    case("In FYE March 2024", "2023-04-01", "2024-03-31", "absolute"),
    case("in the financial year 2023 to 2024", "2023-04-01", "2024-03-31", "absolute"),
    # days counted back from the day of writing
    case("over the past week", "2014-07-08", "2014-07-15", "deictic", ref=ONS_REF),
    case("in the past three weeks", "2014-06-24", "2014-07-15", "deictic", ref=ONS_REF),
    case("in 2005", "2005-01-01", "2005-12-31", "absolute"),
    case("Q2 2014", "2014-04-01", "2014-06-30", "absolute"),
    case("in Q1 2014", "2014-01-01", "2014-03-31", "absolute"),
    case("in the second quarter of 2014", "2014-04-01", "2014-06-30", "absolute"),
    case("when compared with Q2 2013", "2014-04-01", "2014-06-30", "relative", anchor=Q2_2014),
    case("compared with Q1 2014", "2014-04-01", "2014-06-30", "relative", anchor=Q2_2014),
    case("its previous peak in Q1 2008", "2008-01-01", "2014-06-30", "relative", anchor=Q2_2014),
    case("the pre-downturn peak in Q1 2008", "2008-01-01", "2014-06-30", "relative",
         anchor=Q2_2014),
    case("since December 2012", "2012-12-01", "2014-06-30", "relative", anchor=JUNE_2014),
    case("over this period", "2005-01-01", "2008-01-31", "relative", anchor=Y2005_2008),
    case("Over the same period", "2005-01-01", "2008-01-31", "relative", anchor=Y2005_2008),
    case("At the same time", "2005-01-01", "2008-01-31", "relative", anchor=Y2005_2008),
]

WIRE_STYLE = [
    # the same part of a year, written with the year first
    case("in the same 1985 quarter", "1985-10-01", "1985-12-31", "relative",
         anchor=(D(1986, 10, 1), D(1986, 12, 31)), id="same year-first quarter"),
    case("the corresponding 1985 period", "1985-10-01", "1985-12-31", "relative",
         anchor=(D(1986, 10, 1), D(1986, 12, 31)), id="corresponding year-first period"),
    # a day of the week: the latest one up to the day of writing (1987-03-03 is a Tuesday)
    case("on Tuesday", "1987-03-03", "1987-03-03", "deictic", ref=WIRE_REF),
    case("on Friday", "1987-02-27", "1987-02-27", "deictic", ref=WIRE_REF),
    case("last Tuesday", "1987-02-24", "1987-02-24", "deictic", ref=WIRE_REF),
    # the quarter named by its last month (Australian and New Zealand usage)
    case("in the December quarter", "1986-10-01", "1986-12-31", "deictic", ref=WIRE_REF),
    case("the March quarter of 2023", "2023-01-01", "2023-03-31", "absolute"),
    # ... whatever month it ends in ("the May quarter": March to May), and the quarter before
    # it is the three months before, not the calendar quarter before
    case("in the May quarter", "1986-03-01", "1986-05-31", "deictic", ref=WIRE_REF),
    case("the August quarter of 2024", "2024-06-01", "2024-08-31", "absolute"),
    case("in the previous quarter", "1986-12-01", "1987-02-28", "relative",
         anchor=(D(1987, 3, 1), D(1987, 5, 31)), id="quarter before a May quarter"),
    # "in the year" after a financial year named is that year
    case("in the year", "1986-04-01", "1987-03-31", "relative",
         anchor=(D(1986, 4, 1), D(1987, 3, 31)), id="the year of a financial-year anchor"),
    case("in the year", "1987-01-01", "1987-12-31", "relative",
         anchor=(D(1987, 1, 1), D(1987, 3, 31)), id="the year of a quarter anchor"),
    case("in the previous three-month period", "1986-08-01", "1986-10-31", "relative",
         anchor=(D(1986, 11, 1), D(1987, 1, 31)), id="previous three-month period"),
    # a deadline month without its year: the nearer one, ahead or behind
    case("by the end of June", "1987-06-30", "1987-06-30", "deictic", ref=WIRE_REF,
         id="by the end of June (written in March: ahead)"),
    case("by May", "1987-05-31", "1987-05-31", "deictic", ref=WIRE_REF,
         id="by May (a deadline: the last day of the nearer May)"),
    case("by October 2026", "2026-10-31", "2026-10-31", "absolute",
         id="by October 2026 (a deadline with its year)"),
    case("by the end of June", "1987-06-30", "1987-06-30", "deictic", ref=D(1987, 7, 20),
         id="by the end of June (written in July: just behind)"),
    case("by the end of December", "1987-12-31", "1987-12-31", "deictic", ref=D(1988, 1, 12),
         id="by the end of December (written in January: just behind)"),
    case("at the end of June", "1986-06-30", "1986-06-30", "deictic", ref=WIRE_REF,
         id="at the end of June (no deadline: behind)"),
    case("IN JANUARY", "1987-01-01", "1987-01-31", "deictic", ref=D(1987, 2, 26)),
    case("in January", "1987-01-01", "1987-01-31", "deictic", ref=WIRE_REF),
    case("in December", "1986-12-01", "1986-12-31", "deictic", ref=WIRE_REF),
    case("in December", "1986-12-01", "1986-12-31", "deictic", anchor=JAN_1987,
         id="in December (anchor January 1987)"),
    case("in January", "1987-01-01", "1987-01-31", "deictic", ref=WIRE_REF, anchor=DEC_1986,
         id="in January (anchor December 1986, complete by ref)"),
    case("for November", "1986-11-01", "1986-11-30", "deictic", ref=WIRE_REF),
    case("in mid-February", "1987-02-01", "1987-02-28", "deictic", ref=D(1987, 2, 26)),
    case("in September 1958", "1958-09-01", "1958-09-30", "absolute"),
    case("July, 1984", "1984-07-01", "1984-07-31", "absolute"),
    case("in January, 1986", "1986-01-01", "1986-01-31", "absolute"),
    case("in January a year ago", "1986-01-01", "1986-01-31", "deictic", ref=WIRE_REF),
    case("last October", "1986-10-01", "1986-10-31", "deictic", ref=WIRE_REF),
    case("last March", "1986-03-01", "1986-03-31", "deictic", ref=WIRE_REF,
         id="last March (ref in March)"),
    case("December last year", "1986-12-01", "1986-12-31", "deictic", ref=WIRE_REF),
    case("a year earlier", "1986-01-01", "1986-01-31", "relative", ref=WIRE_REF,
         anchor=JAN_1987),
    case("from a year earlier", "1987-01-01", "1987-01-31", "relative", anchor=JAN_1987),
    case("from the previous month", "1987-01-01", "1987-01-31", "relative", anchor=JAN_1987),
    case("a month earlier", "1986-12-01", "1986-12-31", "relative", anchor=JAN_1987),
    # several units back from the period in hand
    case("three months earlier", "1986-10-01", "1986-10-31", "relative", anchor=JAN_1987),
    case("two years ago", "1985-01-01", "1985-01-31", "relative", anchor=JAN_1987),
    case("18 months before", "1985-07-01", "1985-07-31", "relative", anchor=JAN_1987),
    # a point at a month's end moves to the end of the month back
    case("a quarter earlier", "1987-03-31", "1987-03-31", "relative",
         anchor=(D(1987, 6, 30), D(1987, 6, 30)), id="a quarter earlier (a point)"),
    case("the previous month", "1986-12-01", "1986-12-31", "relative", anchor=JAN_1987),
    case("the previous month", "1987-02-01", "1987-02-28", "deictic", ref=WIRE_REF,
         id="the previous month (no anchor)"),
]

EC_QUARTERLY_STYLE = [
    case("for the first quarter", "2025-01-01", "2025-03-31", "deictic", ref=EC_REF),
    case("in the first quarter of 2025", "2025-01-01", "2025-03-31", "absolute"),
    case("in Q1 2025", "2025-01-01", "2025-03-31", "absolute"),
    case("in Q4-2024", "2024-10-01", "2024-12-31", "absolute"),
    case("in Q1-2024", "2024-01-01", "2024-03-31", "absolute"),
    case("in Q4-2024 and Q1-2024", "2024-01-01", "2024-12-31", "absolute"),
    case("from Q1 2024", "2025-01-01", "2025-03-31", "relative", anchor=Q1_2025),
    case("from Q1 2023", "2023-01-01", "2025-03-31", "relative", anchor=Q1_2025),
    case("in the previous quarter", "2024-10-01", "2024-12-31", "relative", anchor=Q1_2025),
    case("compared to the previous quarter", "2025-01-01", "2025-03-31", "relative",
         anchor=Q1_2025),
    case("in the quarter", "2025-01-01", "2025-03-31", "relative", anchor=Q1_2025),
    case("the same period last year", "2024-01-01", "2024-03-31", "relative", anchor=Q1_2025),
    case("the same quarter last year", "2024-01-01", "2024-03-31", "relative", anchor=Q1_2025),
    case("than the same period last year", "2025-01-01", "2025-03-31", "relative",
         anchor=Q1_2025),
    case("on the same period in 2024", "2025-01-01", "2025-03-31", "relative", anchor=Q1_2025),
    case("in the first 3 months of the year", "2025-01-01", "2025-03-31", "deictic", ref=EC_REF),
    case("in January", "2025-01-01", "2025-01-31", "deictic", ref=EC_REF, anchor=Q1_2025,
         id="in January (anchor Q1 2025)"),
    case("in February", "2025-02-01", "2025-02-28", "deictic", ref=EC_REF, anchor=Q1_2025),
    case("in March 2025", "2025-03-01", "2025-03-31", "absolute"),
    case("the fourth quarter of last year", "2024-10-01", "2024-12-31", "deictic", ref=EC_REF),
    case("the first quarter", "2025-01-01", "2025-03-31", "deictic", ref=EC_REF),
    case("the third quarter", "2024-07-01", "2024-09-30", "deictic", ref=EC_REF,
         anchor=Q1_2025, id="the third quarter (Q3 2025 not complete at ref)"),
]

ECOMMERCE_STYLE = [
    case("from January to July this year", "2024-01-01", "2024-07-31", "deictic", ref=ECOM_REF),
    case("from January to July", "2024-01-01", "2024-07-31", "deictic", ref=ECOM_REF),
    case("in July", "2024-07-01", "2024-07-31", "deictic", ref=ECOM_REF),
    case("From January to September this year", "2022-01-01", "2022-09-30", "deictic",
         ref=LIVE_REF),
    case("As of June 2022", "2022-06-30", "2022-06-30", "absolute"),
    case("As of June this year", "2022-06-30", "2022-06-30", "deictic", ref=LIVE_REF),
    case("from March 2020", "2020-03-01", "2022-06-30", "relative", anchor=JUNE_2022),
    case("from March 2020", "2020-03-01", "2020-03-31", "absolute", id="from March 2020 (alone)"),
    case("since 2019", "2019-01-01", "2022-06-30", "relative", anchor=JUNE_2022),
    case("from May 2021 to April 2022", "2021-05-01", "2022-04-30", "absolute"),
    case("in the first half of the year", "2022-01-01", "2022-06-30", "deictic", ref=LIVE_REF),
    case("the first half of this year", "2022-01-01", "2022-06-30", "deictic", ref=LIVE_REF),
    case("in the first nine months", "2022-01-01", "2022-09-30", "deictic", ref=LIVE_REF),
    case("this year", "2022-01-01", "2022-12-31", "deictic", ref=LIVE_REF),
    case("last year", "2021-01-01", "2021-12-31", "deictic", ref=LIVE_REF),
    case("next year", "2023-01-01", "2023-12-31", "deictic", ref=LIVE_REF),
    case("last month", "2022-10-01", "2022-10-31", "deictic", ref=LIVE_REF),
    case("this month", "2022-11-01", "2022-11-30", "deictic", ref=LIVE_REF),
]

RECORDS_RULES = [
    case("at the end of March", "2014-03-31", "2014-03-31", "deictic", ref=ONS_REF),
    case("at end-June", "2014-06-30", "2014-06-30", "deictic", ref=ONS_REF),
    case("by the end of 2024", "2024-12-31", "2024-12-31", "absolute"),
    case("as at 31 March 2014", "2014-03-31", "2014-03-31", "absolute"),
    case("as of June 30, 2022", "2022-06-30", "2022-06-30", "absolute"),
    case("at the end of the second quarter of 2014", "2014-06-30", "2014-06-30", "absolute"),
    case("at the start of 2013", "2013-01-01", "2013-01-01", "absolute"),
    case("on 16 April 2014", "2014-04-16", "2014-04-16", "absolute"),
    case("0.2% above the peak in Q1 2008", None, None, "unresolved",
         id="a whole sentence is not a period"),
    case("the previous year", "2024-01-01", "2024-12-31", "relative", anchor=Q1_2025),
    case("the previous three months", "2013-12-01", "2014-02-28", "relative",
         anchor=MAR_MAY_2014),
    case("a quarter earlier", "2024-10-01", "2024-12-31", "relative", anchor=Q1_2025),
    case("the year-earlier period", "2024-01-01", "2024-03-31", "relative", anchor=Q1_2025),
    case("the same month a year ago", "2013-06-01", "2013-06-30", "relative", anchor=JUNE_2014),
    case("the same two months a year ago", "2013-03-01", "2013-05-31", "relative",
         anchor=MAR_MAY_2014),
    case("compared with the same quarter a year ago", "2014-04-01", "2014-06-30", "relative",
         anchor=Q2_2014),
    case("over the same period last year", "2025-01-01", "2025-03-31", "relative",
         anchor=Q1_2025),
    case("from May", "2014-06-01", "2014-06-30", "relative", ref=ONS_REF, anchor=JUNE_2014,
         id="from May (the period just before the anchor)"),
    case("since 2013", "2013-01-01", "2014-06-30", "relative", anchor=JUNE_2014,
         id="since 2013 (longer than the anchor)"),
    case("year to date", "2014-01-01", "2014-06-30", "relative", anchor=JUNE_2014),
    # "the previous period": the span of the same length just before the one in hand
    case("in the previous period", "2024-10-01", "2024-12-31", "relative", anchor=Q1_2025,
         id="the previous period of a quarter"),
    case("the prior period", "2014-05-01", "2014-05-31", "relative", anchor=JUNE_2014,
         id="the prior period of a month"),
    case("the preceding period", "2013-12-01", "2014-02-28", "relative", anchor=MAR_MAY_2014,
         id="the preceding period of three months"),
    case("the previous period", "2025-11-03", "2025-11-09", "relative",
         anchor=(D(2025, 11, 10), D(2025, 11, 16)), id="the previous period of a week"),
]

SPELLINGS = [
    case("Sept. 2014", "2014-09-01", "2014-09-30", "absolute"),
    case("Sept 2014", "2014-09-01", "2014-09-30", "absolute"),
    case("Jan. 2024", "2024-01-01", "2024-01-31", "absolute"),
    case("June of 2014", "2014-06-01", "2014-06-30", "absolute"),
    case("JUNE 2014", "2014-06-01", "2014-06-30", "absolute"),
    case("January-July 2024", "2024-01-01", "2024-07-31", "absolute"),
    case("Jan-Jul 2024", "2024-01-01", "2024-07-31", "absolute"),
    case("March\u2013May 2014", "2014-03-01", "2014-05-31", "absolute", id="en-dash range"),
    case("November to February 2014", "2013-11-01", "2014-02-28", "absolute"),
    case("2010-2012", "2010-01-01", "2012-12-31", "absolute"),
    case("Q3", "2014-07-01", "2014-09-30", "deictic", ref=D(2014, 12, 1)),
    case("3Q", "2014-07-01", "2014-09-30", "deictic", ref=D(2014, 12, 1)),
    case("Q3 2014", "2014-07-01", "2014-09-30", "absolute"),
    case("2014 Q3", "2014-07-01", "2014-09-30", "absolute"),
    case("2Q14", "2014-04-01", "2014-06-30", "absolute"),
    case("1Q2024", "2024-01-01", "2024-03-31", "absolute"),
    case("the third quarter of 2014", "2014-07-01", "2014-09-30", "absolute"),
    case("first-quarter", "2014-01-01", "2014-03-31", "deictic", ref=ONS_REF),
    case("the final quarter of 2013", "2013-10-01", "2013-12-31", "absolute"),
    case("H1", "2024-01-01", "2024-06-30", "deictic", ref=ECOM_REF),
    case("H1 2024", "2024-01-01", "2024-06-30", "absolute"),
    case("H2-2023", "2023-07-01", "2023-12-31", "absolute"),
    case("the second half", "2024-07-01", "2024-12-31", "deictic", ref=ECOM_REF),
    case("the first half of 2024", "2024-01-01", "2024-06-30", "absolute"),
    case("the first six months of 2024", "2024-01-01", "2024-06-30", "absolute"),
    case("in the twelve months to June", "2014-06-01", "2014-06-30", "deictic", ref=ONS_REF),
    case("the 4 weeks to 21 June 2014", "2014-05-25", "2014-06-21", "absolute"),
    case("calendar year 2013", "2013-01-01", "2013-12-31", "absolute"),
    case("2022", "2022-01-01", "2022-12-31", "absolute"),
    case("last year's", "2021-01-01", "2021-12-31", "deictic", ref=LIVE_REF),
    case("29 February", "2024-02-29", "2024-02-29", "deictic", ref=ECOM_REF),
    case("29 February", "2020-02-29", "2020-02-29", "deictic", ref=D(2022, 6, 1),
         id="29 February (latest leap year)"),
]

DAYS = [
    case("from May 20 to June 18", "2024-05-20", "2024-06-18", "deictic", ref=ECOM_REF),
    case("from 28 June to 4 July 2024", "2024-06-28", "2024-07-04", "absolute"),
    case("between March 3 and March 9", "2024-03-03", "2024-03-09", "deictic", ref=ECOM_REF),
    case("between 3 and 9 March 2022", "2022-03-03", "2022-03-09", "absolute"),
    case("12 to 18 August", "2024-08-12", "2024-08-18", "deictic", ref=ECOM_REF),
    case("12-18 Aug. 2023", "2023-08-12", "2023-08-18", "absolute"),
    case("Aug. 5-11, 2023", "2023-08-05", "2023-08-11", "absolute"),
    case("May 20-26", "2024-05-20", "2024-05-26", "deictic", ref=ECOM_REF),
    case("on March 14", "2024-03-14", "2024-03-14", "deictic", ref=ECOM_REF),
    case("May 20, 2024", "2024-05-20", "2024-05-20", "absolute"),
    case("20 May 2024", "2024-05-20", "2024-05-20", "absolute"),
    case("from Dec. 28, 2023 to Jan. 3, 2024", "2023-12-28", "2024-01-03", "absolute"),
    case("from December 28 to January 3", "2023-12-28", "2024-01-03", "deictic", ref=ECOM_REF,
         id="day range across a year end"),
    # "the first N months" alone are the first months of the span or year named before, in
    # whatever month that year starts; "... of the year" stays the calendar year's
    case("in the first seven months", "2025-04-01", "2025-10-31", "deictic", ref=D(2025, 12, 1),
         anchor=(D(2025, 4, 1), D(2025, 10, 31)), id="first months restate the span named"),
    case("in the first seven months", "2025-04-01", "2025-10-31", "deictic", ref=D(2025, 12, 1),
         anchor=(D(2025, 4, 1), D(2026, 3, 31)), id="first months of a fiscal year named"),
    # "the N months" alone: the span of that many months named before
    case("during the five months", "2025-04-01", "2025-08-31", "relative", ref=D(2025, 10, 1),
         anchor=(D(2025, 4, 1), D(2025, 8, 31)), id="the N months restate the span named"),
    case("in the first three months of the year", "2025-01-01", "2025-03-31", "deictic",
         ref=D(2025, 12, 1), anchor=(D(2025, 7, 1), D(2025, 9, 30)),
         id="first months of the year are not the quarter named"),
    case("for the calendar year", "2024-01-01", "2024-12-31", "deictic", ref=ECOM_REF),
    # half of a month: the 1st to the 15th, the 16th to its end
    case("in the first half of December", "2023-12-01", "2023-12-15", "deictic", ref=ECOM_REF),
    case("during the second half of February 2024", "2024-02-16", "2024-02-29", "absolute"),
    # the first days of a month: from the 1st (never past the month's end)
    case("over the first ten days of March 2024", "2024-03-01", "2024-03-10", "absolute"),
    case("for the first 30 days of February 2023", "2023-02-01", "2023-02-28", "absolute"),
    # shopping days and holidays name their day: US Thanksgiving is November's fourth Thursday
    case("on Thanksgiving Day", "1986-11-27", "1986-11-27", "deictic", ref=WIRE_REF),
    case("on Black Friday", "1986-11-28", "1986-11-28", "deictic", ref=WIRE_REF),
    case("Cyber Monday 2022", "2022-11-28", "2022-11-28", "absolute"),
    case("on Christmas Eve", "1986-12-24", "1986-12-24", "deictic", ref=WIRE_REF),
]

TWO_PARTS = [
    case("In the two months December and January together", "1986-12-01", "1987-01-31",
         "deictic", ref=WIRE_REF),
    case("the three months of March to May 2014", "2014-03-01", "2014-05-31", "absolute"),
    case("in November and December 2023", "2023-11-01", "2023-12-31", "absolute"),
    case("between the first and second quarters of 2024", "2024-04-01", "2024-06-30",
         "absolute"),
    case("in the first and second halves of 2023", "2023-01-01", "2023-12-31", "absolute"),
    case("in the year ago period", "2023-01-01", "2023-01-31", "relative", ref=ECOM_REF,
         anchor=(D(2024, 1, 1), D(2024, 1, 31))),
    case("Q4-2024 and Q1-2024", "2024-01-01", "2024-12-31", "absolute"),
    # the middle of a year written as one word: 30 June, the day of mid-year estimates
    case("mid-2014", "2014-06-30", "2014-06-30", "absolute"),
    case("from mid-2013", "2013-06-30", "2013-06-30", "absolute"),
]

UNRESOLVED = [
    # "the N months" when the span named before is of another length
    case("in the five months", None, None, "unresolved", ref=D(2025, 10, 1),
         anchor=(D(2025, 7, 1), D(2025, 9, 30)), id="the N months of another span"),
    case("in early 2008", None, None, "unresolved"),
    case("for late 2007/early 2008", None, None, "unresolved"),
    case("mid-June 2014 to late 2015", None, None, "unresolved", id="a vague end"),
    case("during the 2000s", None, None, "unresolved"),
    case("currently", None, None, "unresolved"),
    case("At present", None, None, "unresolved"),
    case("At this stage", None, None, "unresolved"),
    case("in May", None, None, "unresolved", id="no year, no ref, no anchor"),
    case("a year earlier", None, None, "unresolved", ref=ONS_REF, id="relative without anchor"),
    case("the same period last year", None, None, "unresolved", ref=ONS_REF,
         id="same period without anchor"),
    case("this year", None, None, "unresolved", id="deictic without ref"),
    case("", None, None, "unresolved", id="empty"),
    case("31 June 2014", None, None, "unresolved", id="no such day"),
    case("the Double 11 shopping festival", None, None, "unresolved"),
    case("in past weeks", None, None, "unresolved", ref=ONS_REF, id="past weeks, not counted"),
]

KNOWN_GAPS = [
    case("From peak to trough in 2009", "2008-01-01", "2009-12-31", "relative",
         anchor=Q2_2014, marks=pytest.mark.xfail(strict=True, reason="peak date not in phrase")),
    case("in 1974, in late 2004/early 2005 and for March to May 2014", "1974-01-01",
         "2014-05-31", "absolute",
         marks=pytest.mark.xfail(strict=True, reason="a list with a vague member")),
    case("the same quarter last year", "2024-07-01", "2024-09-30", "deictic", ref=EC_REF,
         marks=pytest.mark.xfail(strict=True, reason="no ref fallback for 'the same ...'")),
]

# fmt: on



def _period_of(text: str, number: str, ref_date: str) -> tuple[str, date | None, date | None]:
    """The period (text, start, end) of the one record of `number` in `text`."""
    (record,) = [r for r in extract(text, ref_date=ref_date) if r.text == number]
    assert record.period is not None
    return (record.period.text, record.period.start, record.period.end)

def _check(
    text: str,
    ref: date | None,
    anchor: tuple[date, date] | None,
    start: str | None,
    end: str | None,
    kind: str,
) -> None:
    got = resolve_period(text, ref, anchor)
    assert (iso(got.start), iso(got.end), got.kind) == (start, end, kind)


ARGS = ("text", "ref", "anchor", "start", "end", "kind")


@pytest.mark.parametrize(ARGS, ONS_STYLE)
def test_ons_style(text: str, ref: Any, anchor: Any, start: Any, end: Any, kind: str) -> None:
    _check(text, ref, anchor, start, end, kind)


@pytest.mark.parametrize(ARGS, WIRE_STYLE)
def test_wire_style(text: str, ref: Any, anchor: Any, start: Any, end: Any, kind: str) -> None:
    _check(text, ref, anchor, start, end, kind)


@pytest.mark.parametrize(ARGS, EC_QUARTERLY_STYLE)
def test_ec_quarterly_style(
    text: str, ref: Any, anchor: Any, start: Any, end: Any, kind: str
) -> None:
    _check(text, ref, anchor, start, end, kind)


@pytest.mark.parametrize(ARGS, ECOMMERCE_STYLE)
def test_ecommerce_style(text: str, ref: Any, anchor: Any, start: Any, end: Any, kind: str) -> None:
    _check(text, ref, anchor, start, end, kind)


@pytest.mark.parametrize(ARGS, RECORDS_RULES)
def test_records_rules(text: str, ref: Any, anchor: Any, start: Any, end: Any, kind: str) -> None:
    _check(text, ref, anchor, start, end, kind)


@pytest.mark.parametrize(ARGS, SPELLINGS)
def test_spellings(text: str, ref: Any, anchor: Any, start: Any, end: Any, kind: str) -> None:
    _check(text, ref, anchor, start, end, kind)


@pytest.mark.parametrize(ARGS, TWO_PARTS)
def test_two_parts(text: str, ref: Any, anchor: Any, start: Any, end: Any, kind: str) -> None:
    _check(text, ref, anchor, start, end, kind)


@pytest.mark.parametrize(ARGS, DAYS)
def test_days(text: str, ref: Any, anchor: Any, start: Any, end: Any, kind: str) -> None:
    _check(text, ref, anchor, start, end, kind)


@pytest.mark.parametrize(ARGS, UNRESOLVED)
def test_unresolved(text: str, ref: Any, anchor: Any, start: Any, end: Any, kind: str) -> None:
    _check(text, ref, anchor, start, end, kind)


@pytest.mark.parametrize(ARGS, KNOWN_GAPS)
def test_known_gaps(text: str, ref: Any, anchor: Any, start: Any, end: Any, kind: str) -> None:
    _check(text, ref, anchor, start, end, kind)


def test_resolution_is_cached_and_hashable() -> None:
    first = resolve_period("in the year to June 2014")
    assert resolve_period("in the year to June 2014") is first
    assert first == Resolution(D(2014, 6, 1), D(2014, 6, 30), "absolute")
    assert resolve_period.cache_info().hits >= 1


def test_datetime_ref_is_accepted() -> None:
    from datetime import datetime

    got = resolve_period("last month", datetime(2022, 11, 1, 9, 30))
    assert (got.start, got.end) == (D(2022, 10, 1), D(2022, 10, 31))


def test_iso() -> None:
    assert iso(D(2014, 6, 30)) == "2014-06-30"
    assert iso(None) is None


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(max_size=60)
    | st.lists(
        st.sampled_from(
            [
                "in",
                "the",
                "from",
                "to",
                "between",
                "and",
                "of",
                "June",
                "May",
                "Q1",
                "Q4-2024",
                "H1",
                "2014",
                "2013",
                "first",
                "quarter",
                "half",
                "year",
                "a",
                "ago",
                "earlier",
                "previous",
                "same",
                "period",
                "last",
                "this",
                "12",
                "months",
                "as",
                "end",
                "-",
                ",",
                ".",
                "/",
                "mid",
                "since",
                "compared",
                "with",
                "29",
                "February",
                "31",
                "three",
                "weeks",
            ]
        ),
        max_size=8,
    ).map(" ".join),
    ref=st.none() | st.dates(min_value=D(1, 1, 1)),
    anchor=st.none() | st.tuples(st.dates(), st.dates()),
)
def test_never_raises_and_start_not_after_end(
    text: str, ref: date | None, anchor: tuple[date, date] | None
) -> None:
    got = resolve_period(text, ref, anchor)
    assert got.kind in ("absolute", "deictic", "relative", "unresolved")
    assert (got.start is None) == (got.end is None) == (got.kind == "unresolved")
    if got.start is not None and got.end is not None:
        assert got.start <= got.end


# --- the rules in patterns/periods.jsonl ---------------------------------------------------


def _rows() -> list[dict[str, Any]]:
    lines = PATTERNS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def period_nlp() -> Language:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": "periods"})
    ruler.add_patterns([{k: v for k, v in row.items() if k in ALLOWED_KEYS} for row in _rows()])
    return nlp


def test_every_pattern_line_is_valid() -> None:
    rows = _rows()
    assert rows
    matcher = Matcher(spacy.blank("en").vocab, validate=True)
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for row in rows:
        assert set(row) == ALLOWED_KEYS, row["id"]
        assert row["label"] == "PERIOD"
        assert row["id"].startswith("period."), row["id"]
        assert isinstance(row["pattern"], list), row["id"]
        matcher.add(row["id"], [row["pattern"]])  # raises on an invalid token pattern


def _longest(nlp: Language, sentence: str) -> list[tuple[str, str]]:
    doc = nlp(sentence)
    return [(span.text, span.id_) for span in filter_spans(doc.spans["periods"])]


# fmt: off
PHRASES = [
    # (sentence, the period phrase that must be found whole)
    ("Lending was £9.2 billion in the quarter, up from £7.4 billion three months earlier.",
     "three months earlier"),
    ("Prices rose by 1.9% in the year to June 2014, down from 2.1% in May.",
     "in the year to June 2014"),
    ("Prices rose by 1.9% in the year to June 2014, down from 2.1% in May.", "in May"),
    ("Compared with March last year, output was down 4.2 pct.",
     "Compared with March last year"),
    ("Employment grew by 0.3% in the three months to June 2014.",
     "in the three months to June 2014"),
    ("The rate was 6.5% for March to May 2014, lower than a year earlier.",
     "for March to May 2014"),
    ("The rate was 6.5% for March to May 2014, lower than a year earlier.", "than a year earlier"),
    ("Output was 7.2% for December 2013 to February 2014.", "for December 2013 to February 2014"),
    ("Transport costs rose between May and June 2014.", "between May and June 2014"),
    ("Transport costs rose between June 2013 and June 2014.", "between June 2013 and June 2014"),
    ("Fares fell between the same two months in 2013.", "between the same two months in 2013"),
    ("Fares fell between the same two months a year ago.",
     "between the same two months a year ago"),
    ("Fuel prices rose between May and June this year.", "between May and June this year"),
    ("GDP was 0.2% above the peak in Q1 2008.", "the peak in Q1 2008"),
    ("GDP increased by 3.1% when compared with Q2 2013.", "when compared with Q2 2013"),
    ("Output grew by 0.8% in Q2 2014.", "in Q2 2014"),
    ("Output grew by 0.8% in the second quarter of 2014.", "in the second quarter of 2014"),
    ("Prices averaged 47 EUR/MWh in Q4-2024.", "in Q4-2024"),
    ("Imports fell from 19% in Q4-2024 and Q1-2024.", "in Q4-2024 and Q1-2024"),
    ("This marks a 49% increase from Q1 2024.", "from Q1 2024"),
    ("Solar output was 45 TWh for the first quarter, a record.", "for the first quarter"),
    ("Prices fell 9% compared to the previous quarter.", "compared to the previous quarter"),
    ("Consumption fell 3% in the first 3 months of the year.",
     "in the first 3 months of the year"),
    ("Demand was 2% higher than the same period last year.", "than the same period last year"),
    ("The share was 41% in the first quarter of 2025.", "in the first quarter of 2025"),
    ("Sales rose 4% in the fourth quarter of last year.", "in the fourth quarter of last year"),
    ("Growth slowed to 0.4% in the previous quarter.", "in the previous quarter"),
    ("Gas demand fell 5% in the same quarter last year.", "in the same quarter last year"),
    ("Online sales grew 8.7% from January to July this year.", "from January to July this year"),
    ("Online sales grew 8.7% from January to July.", "from January to July"),
    ("Sales from January-July reached 7 trillion yuan.", "from January-July"),
    ("As of June 2022, there were 469 million users.", "As of June 2022"),
    ("As of June this year, there were 469 million users.", "As of June this year"),
    ("Users increased by 204 million from March 2020.", "from March 2020"),
    ("Users grew from May 2021 to April 2022.", "from May 2021 to April 2022"),
    ("Sales rose 5% in the first half of the year.", "in the first half of the year"),
    ("Sales rose 5% in the first half of 2024.", "in the first half of 2024"),
    ("Sales rose 5% in H1 2024.", "in H1 2024"),
    ("Revenue rose 3% in the second half.", "in the second half"),
    ("At present, 31 platforms offer the service.", "At present"),
    ("The rate is currently 2.1%.", "currently"),
    ("BUILDING PERMITS FELL 3.2 PCT IN JANUARY", "IN JANUARY"),
    ("Sales fell 2.1% in January, after rising in December.", "in January"),
    ("Sales fell 2.1% in January, after rising in December.", "in December"),
    ("Inventories rose in mid-February.", "in mid-February"),
    ("The rate was 7.3 pct in January, 1986.", "in January, 1986"),
    ("The rate was the highest since July, 1984.", "since July, 1984"),
    ("The index rose 0.3 pct in January a year ago.", "in January a year ago"),
    ("Prices have risen since last October.", "since last October"),
    ("Orders rose 4.1% in Sept. 2014.", "in Sept. 2014"),
    ("The lowest level since Q3 was recorded in 3Q.", "in 3Q."),
    ("Sales in 3Q rose.", "in 3Q"),
    ("The debt stood at 90% at the end of March.", "at the end of March"),
    ("The debt stood at 90% at end-June.", "at end-June"),
    ("The target is 3% by the end of 2024.", "by the end of 2024"),
    ("Employment rose by 0.4% in 2005.", "in 2005"),
    ("During 2014 prices were stable.", "During 2014"),
    ("A record was set in 2022.", "in 2022"),
    ("The 2022 figures are final.", "2022"),
    ("Fuel rose 1.2% last month.", "last month"),
    ("Fuel rose 1.2% this month.", "this month"),
    ("Profits doubled last year.", "last year"),
    ("Prices are expected to rise next year.", "next year"),
    ("Prices rose 2% this year.", "this year"),
    ("Output was 3% lower than a year ago.", "than a year ago"),
    ("Output was 3% lower than a month earlier.", "than a month earlier"),
    ("Sales rose 0.5% from the previous month.", "from the previous month"),
    ("Sales rose 0.5% on the previous year.", "on the previous year"),
    ("The figure was 4.2% in the same month a year ago.", "in the same month a year ago"),
    ("The rate was unchanged over the last five years.", "over the last five years"),
    ("Prices rose 0.2% in the latest month.", "in the latest month"),
    ("The rate was 1.6% in the year to March 2013.", "in the year to March 2013"),
    ("The rate was 1.6% in the 12 months to March.", "in the 12 months to March"),
    ("The rate was high in early 2008.", "in early 2008"),
    ("Rates peaked for late 2007/early 2008.", "for late 2007/early 2008"),
    ("Employment fell between 2010 and 2012.", "between 2010 and 2012"),
    ("Growth in the first nine months was 5%.", "in the first nine months"),
    ("Volumes fell 2% compared with the same period last year.",
     "compared with the same period last year"),
    ("Volumes were lower over the same period last year.", "over the same period last year"),
    ("Wages rose 0.7% over this period.", "over this period"),
    ("Spending rose 3% in the quarter.", "in the quarter"),
    ("Sales in the third quarter rose.", "in the third quarter"),
    ("Third-quarter sales rose.", "Third-quarter"),
    ("Pay was 3% higher than the year-earlier period.", "than the year-earlier period"),
    ("Sales rose 5% year-to-date.", "year-to-date"),
    ("Spending grew 4% in 2014-15, the fiscal year.", "in 2014-15"),
    ("Spending grew 4% for the 2014/15 financial year.", "for the 2014/15 financial year"),
    ("Borrowing reached 5.9% of GDP in FY24.", "in FY24"),
    ("Receipts rose 7% in fiscal 2023-24.", "in fiscal 2023-24"),
    ("TRADE GAP WIDENS IN 4TH QTR", "IN 4TH QTR"),
    ("Farm exports fell 9% during the year.", "during the year"),
    ("During the sale from May 20 to June 18, orders rose 8%.", "from May 20 to June 18"),
    ("Bookings fell between 3 and 9 March 2022.", "between 3 and 9 March 2022"),
    ("Bookings fell between March 3 and March 9.", "between March 3 and March 9"),
    ("Footfall was lower in the week of 12-18 August.", "12-18 August"),
    ("Footfall was lower on Aug. 5-11, 2023, the group said.", "on Aug. 5-11, 2023"),
    ("On March 14, reserves stood at 3.2 trillion yuan.", "On March 14"),
    ("In the two months May and June together, sales rose.",
     "In the two months May and June together"),
    ("Sales rose between the first and second quarters of 2024.",
     "between the first and second quarters of 2024"),
    ("Sales were 2 mln in the year ago quarter.", "in the year ago quarter"),
    ("Sales fell in October and November.", "in October and November"),
    ("Wages rose 0.9% in the December quarter.", "in the December quarter"),
    ("Wages rose 0.9% in the March quarter of 2023.", "in the March quarter of 2023"),
    ("Hiring slowed from the prior six-month period.", "from the prior six-month period"),
    ("Rents rose 5% over the year to Quarter 2 2023.", "over the year to Quarter 2 2023"),
    ("Rents rose 5% in the year to Quarter 1 (January to March) 2022, the office said.",
     "in the year to Quarter 1 (January to March) 2022"),
    ("Wages grew 4% in the twelve months to Q4 2021.", "in the twelve months to Q4 2021"),
    ("Wages grew 4% in the year ending the first quarter of 2020.",
     "in the year ending the first quarter of 2020"),
    ("Median income was £31,400 in the financial year ending (FYE) 2024, up 1.2% on FYE 2023.",
     "in the financial year ending (FYE) 2024"),
    ("Median income was £31,400 in the financial year ending (FYE) 2024, up 1.2% on FYE 2023.",
     "on FYE 2023"),
    ("Council spending rose in the financial year 2023 to 2024.",
     "in the financial year 2023 to 2024"),
    ("The funds lost $1.1 billion over the past week.", "over the past week"),
    ("Shipments to the port rose 6% during the first 15 days of June.",
     "during the first 15 days of June"),
    ("Container volumes rose 6% in the eight months.", "in the eight months"),
    ("Profit rose 9% in the six months ended June 30.", "in the six months ended June 30"),
    ("Sales rose 4% in the nine months ended September 30, 2025.",
     "in the nine months ended September 30, 2025"),
    ("By 10:20 ET (15:20 GMT), Brent crude was up 0.5% at $64.10 a barrel.", "By 10:20 ET"),
    ("The rand was at 17.41 per dollar by 1415 GMT.", "by 1415 GMT"),
]

# fmt: on


@pytest.mark.parametrize(("sentence", "phrase"), PHRASES, ids=[p for _, p in PHRASES])
def test_longest_period_phrase_is_found(period_nlp: Language, sentence: str, phrase: str) -> None:
    found = [text for text, _ in _longest(period_nlp, sentence)]
    assert phrase in found, found


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("Prices rose in 2022.", "period.year"),
        ("2022 was a record year.", "period.year"),
        ("Output grew by 0.8% in Q2 2014.", "period.quarter_year"),
        ("Sales grew 8.7% from January to July this year.", "period.month_range_this_year"),
        ("Rates were 3% in the year to June 2014.", "period.year_to_year"),
        ("Output was 2% above the peak in Q1 2008.", "period.peak_in"),
    ],
    ids=["year-with-prep", "standalone-year", "quarter-year", "month-range", "year-to", "peak"],
)
def test_rule_id_is_kept(period_nlp: Language, sentence: str, rule: str) -> None:
    assert rule in [rule_id for _, rule_id in _longest(period_nlp, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The first 25 days after the end of the survey.",
        "A quarter of households own a car.",
        "Prices may rise further.",
        "He will march on.",
        "The 5,000 retailers were surveyed.",
        "The month-on-month rate was 0.2%.",
    ],
    ids=["no-period-words", "fraction-quarter", "modal-may", "verb-march", "count", "basis"],
)
def test_not_a_period(period_nlp: Language, sentence: str) -> None:
    assert _longest(period_nlp, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "PRICES MAY RISE, ANALYSTS SAY",
            id="all-caps-modal-may",
            marks=pytest.mark.xfail(strict=True, reason="MAY in all-caps headlines is a month"),
        ),
        pytest.param(
            "About 2000 companies replied.",
            id="count-that-looks-like-a-year",
            marks=pytest.mark.xfail(strict=True, reason="a bare 4-digit number is a year"),
        ),
    ],
)
def test_not_a_period_known_gaps(period_nlp: Language, sentence: str) -> None:
    assert _longest(period_nlp, sentence) == []


def test_phrases_found_by_rules_resolve(period_nlp: Language) -> None:
    """Every phrase the rules find in the sentences above is readable by the resolver."""
    vague = {
        "At present",
        "currently",
        "in early 2008",
        "for late 2007/early 2008",
        "By 10:20 ET",  # a time of day: the sentence's period, with no dates (RECORDS.md)
        "by 1415 GMT",
        "in the eight months",  # the span of eight months named before; June is not one
    }
    for sentence, _ in PHRASES:
        for text, _rule in _longest(period_nlp, sentence):
            got = resolve_period(text, D(2014, 7, 15), JUNE_2014)
            assert (got.kind == "unresolved") == (text in vague), text


# A financial year spans the financial year of the country whose figures they are (RECORDS.md).
FISCAL = [
    pytest.param("2013/14", "GB", "2013-04-01", "2014-03-31", id="uk-split-year"),
    pytest.param("in 2014-15", None, "2014-04-01", "2015-03-31", id="split-year-default-april"),
    pytest.param("FY24", "IN", "2023-04-01", "2024-03-31", id="india-fy-names-its-end"),
    pytest.param("in FY2023-24", "IN", "2023-04-01", "2024-03-31", id="india-fy-split"),
    pytest.param("fiscal 2023-24", "CA", "2023-04-01", "2024-03-31", id="canada-fiscal-split"),
    pytest.param("fiscal 2023", "JP", "2023-04-01", "2024-03-31", id="japan-names-its-start"),
    pytest.param("FY 2024", "AU", "2023-07-01", "2024-06-30", id="australia-july-june"),
    pytest.param("2022/23", "NZ", "2022-07-01", "2023-06-30", id="new-zealand-july-june"),
    pytest.param("fiscal year 2024", "US", "2023-10-01", "2024-09-30", id="us-federal-oct-sep"),
    pytest.param("FY2025-26", "PK", "2025-07-01", "2026-06-30", id="pakistan-jul-jun"),
    pytest.param("fiscal 2024-25", "BD", "2024-07-01", "2025-06-30", id="bangladesh-jul-jun"),
    pytest.param("fiscal 2026", "TH", "2025-10-01", "2026-09-30", id="thailand-oct-sep"),
    pytest.param(
        "in H2 2023-24", "IN", "2023-10-01", "2024-03-31", id="half-label-before-split-year"
    ),
    pytest.param(
        "Q1 2025/26", "IN", "2025-04-01", "2025-06-30", id="quarter-label-before-split-year"
    ),
    pytest.param("the 1986-90", None, "1986-01-01", "1990-12-31", id="short-end-year-span"),
    pytest.param("IN 4TH QTR", None, "1986-10-01", "1986-12-31", id="capitals-qtr"),
    pytest.param(
        "in the first seven months of fiscal 1986/87",
        "AU",
        "1986-07-01",
        "1987-01-31",
        id="first-months-of-fiscal",
    ),
    pytest.param(
        "the April-February period of 2024-25 (FY25)",
        "IN",
        "2024-04-01",
        "2025-02-28",
        id="months-of-a-split-year-with-its-label",
    ),
    pytest.param(
        "in the second half of FY 2024", "AU", "2024-01-01", "2024-06-30", id="half-of-fiscal"
    ),
    # the financial year to a month: from the start of the country's financial year
    pytest.param(
        "in the fiscal year to August 2024", "AU", "2024-07-01", "2024-08-31", id="fiscal-to-month"
    ),
    pytest.param(
        "the financial year to January 2025", "GB", "2024-04-01", "2025-01-31", id="fy-to-month"
    ),
    pytest.param(
        "in February of 2024-25", "IN", "2025-02-01", "2025-02-28", id="month-of-a-split-year"
    ),
    pytest.param(
        "in the October-December quarter of 2024-25",
        "IN",
        "2024-10-01",
        "2024-12-31",
        id="months-quarter-of-a-split-year",
    ),
    pytest.param(
        "the January-March quarter of FY24",
        "IN",
        "2024-01-01",
        "2024-03-31",
        id="months-quarter-of-a-fiscal-label",
    ),
    pytest.param(
        "in the third quarter of the 1986/87 fiscal year",
        "JP",
        "1986-10-01",
        "1986-12-31",
        id="quarter-of-fiscal-year-written-after",
    ),
]


def test_same_period_of_an_earlier_financial_year() -> None:
    got = resolve_period(
        "in the same period of 1985/86", WIRE_REF, (D(1986, 7, 1), D(1987, 1, 31)), "AU"
    )
    assert (iso(got.start), iso(got.end), got.kind) == ("1985-07-01", "1986-01-31", "relative")


@pytest.mark.parametrize(("text", "country", "start", "end"), FISCAL)
def test_financial_years(text: str, country: str | None, start: str, end: str) -> None:
    got = resolve_period(text, WIRE_REF, None, country)
    assert (iso(got.start), iso(got.end)) == (start, end)


@pytest.mark.parametrize(
    ("country", "start", "end"),
    [
        pytest.param("IN", "2025-10-01", "2025-12-31", id="indian-figures-fiscal-quarter"),
        pytest.param("MX", "2025-07-01", "2025-09-30", id="elsewhere-calendar-quarter"),
    ],
)
def test_a_bare_quarter_in_indian_figures_is_a_fiscal_quarter(
    country: str, start: str, end: str
) -> None:
    got = resolve_period("in Q3", D(2026, 1, 15), None, country)
    assert (iso(got.start), iso(got.end)) == (start, end)


@pytest.mark.parametrize(
    ("text", "anchor", "country", "start", "end"),
    [
        pytest.param("in H1", (D(2025, 4, 1), D(2026, 3, 31)), "IN", "2025-04-01", "2025-09-30",
                     id="h1-of-an-indian-financial-year"),
        pytest.param("the second half", (D(2025, 4, 1), D(2026, 3, 31)), "GB", "2025-10-01",
                     "2026-03-31", id="h2-of-a-uk-financial-year"),
        pytest.param("in the first half", (D(2025, 10, 1), D(2026, 3, 31)), "IN", "2025-04-01",
                     "2025-09-30", id="h1-about-the-second-half-of-the-year"),
        pytest.param("in the first half", (D(2024, 10, 1), D(2025, 9, 30)), "US", "2024-10-01",
                     "2025-03-31", id="h1-of-a-us-fiscal-year"),
        pytest.param("in the first half", (D(2025, 7, 1), D(2026, 6, 30)), "AU", "2025-07-01",
                     "2025-12-31", id="h1-of-an-australian-financial-year"),
        # a calendar anchor, or figures of no financial-year country: the calendar half
        pytest.param("in the first half", (D(2025, 1, 1), D(2025, 6, 30)), "IN", "2025-01-01",
                     "2025-06-30", id="calendar-anchor"),
        pytest.param("in the first half", (D(2025, 4, 1), D(2025, 6, 30)), "IN", "2025-01-01",
                     "2025-06-30", id="a-quarter-anchor-is-no-financial-year"),
        pytest.param("in the first half", (D(2025, 4, 1), D(2026, 3, 31)), None, "2025-04-01",
                     "2025-09-30", id="a-year-from-april-needs-no-country"),
        pytest.param("in the first half", (D(2025, 4, 1), D(2025, 9, 30)), None, "2025-01-01",
                     "2025-06-30", id="a-half-from-april-of-no-country-is-no-financial-half"),
    ],
)  # fmt: skip
def test_a_half_written_alone_is_a_half_of_the_financial_year_in_hand(
    text: str, anchor: tuple[date, date], country: str | None, start: str, end: str
) -> None:
    got = resolve_period(text, D(2025, 11, 11), anchor, country)
    assert (iso(got.start), iso(got.end)) == (start, end)


def test_a_quarter_ended_on_a_day() -> None:
    text = "Revenue rose 9% in the quarter ended Sept. 30."
    found = [r for r in extract(text, ref_date="2025-10-14") if r.text == "9%"]
    assert found and found[0].period is not None
    assert (iso(found[0].period.start), iso(found[0].period.end)) == ("2025-07-01", "2025-09-30")
    assert [r.text for r in extract(text, ref_date="2025-10-14")] == ["9%"]  # not the day "30"


def test_a_period_after_a_per_share_aside() -> None:
    """ "rose 12% to $13.96 billion, or $4.96 a share, in the third quarter, from $12.47
    billion, or $4.34 a share, a year earlier": the phrase after the aside is the figures'."""
    text = (
        "Net profit rose 8% to $2.1 billion, or 91 cents a share, in the second quarter, from "
        "$1.9 billion, or 84 cents a share, a year earlier."
    )
    got = {r.text: r.period for r in extract(text, ref_date="2025-07-20")}
    assert got["8%"] is not None and iso(got["8%"].start) == "2025-04-01"
    assert got["$1.9 billion"] is not None and iso(got["$1.9 billion"].start) == "2024-04-01"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        pytest.param("for the month to Dec. 14", "2025-11-15", "2025-12-14", id="month-to-a-day"),
        pytest.param(
            "the three months to Nov. 15", "2025-08-16", "2025-11-15", id="months-to-a-day"
        ),
        pytest.param("the quarter ended Sept. 30", "2025-07-01", "2025-09-30", id="quarter-ended"),
        pytest.param(
            "the quarter ended Oct. 26", "2025-07-28", "2025-10-26", id="a-13-week-quarter"
        ),
    ],
)
def test_months_that_end_on_a_day(text: str, start: str, end: str) -> None:
    got = resolve_period(text, D(2025, 12, 20), None, None)
    assert (iso(got.start), iso(got.end)) == (start, end)


def test_a_past_perfect_sentence_is_no_anchor_for_the_paragraph() -> None:
    # figures told in the past perfect are of an earlier time: a later "in the quarter" still
    # points to the quarter the paragraph is about
    text = (
        "Retail sales rose 1.2% in the second quarter of 2024, the bureau said. They had fallen "
        "0.4% in the first quarter.\nIn the quarter, online sales grew 3.1%."
    )
    (record,) = [r for r in extract(text, ref_date="2024-08-01") if r.text == "3.1%"]
    assert record.period is not None
    assert (record.period.start, record.period.end) == (D(2024, 4, 1), D(2024, 6, 30))


def test_a_stock_in_the_past_perfect_at_a_day_stays_the_anchor() -> None:
    text = (
        "Stocks had reached 4.2 million tonnes by the end of March. In the month, imports rose 2%."
    )
    (record,) = [r for r in extract(text, ref_date="2024-08-01") if r.text == "2%"]
    assert record.period is not None
    assert record.period.end == D(2024, 3, 31)


@pytest.mark.parametrize(
    ("text", "number", "day"),
    [
        # a sentence that looks ahead: the nearer of the last such day and the next
        (
            "Most analysts expect the bank to raise its rate by 50 basis points on Tuesday.",
            "50 basis points",
            D(2025, 11, 25),
        ),
        ("Traders see a 70% chance the council will hold rates on Friday.", "70%", D(2025, 11, 21)),
        # a day told in the past stays the latest one
        ("The council held rates at 4.5% on Friday.", "4.5%", D(2025, 11, 14)),
    ],
)
def test_a_day_of_the_week_ahead(text: str, number: str, day: date) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-11-19") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == (day, day)


def test_a_trading_partner_does_not_decide_whose_financial_year() -> None:
    # the US named as where goods went, twice, and India as the owner of the figures: "FY26"
    # is India's financial year (April to March)
    text = (
        "India's exports of phones rose 8% in FY26. Shipments to the US jumped 20% and sales to "
        "the US of tablets rose 9% in the year."
    )
    (record,) = [r for r in extract(text, ref_date="2026-05-10") if r.text == "8%"]
    assert record.period is not None
    assert (record.period.start, record.period.end) == (D(2025, 4, 1), D(2026, 3, 31))


@pytest.mark.parametrize(
    ("text", "number", "start", "end"),
    [
        # a base year of prices is no time: "in January" is this year's
        (
            "Real output, measured in 2012 dollars, rose 0.4 pct in January, the agency said.",
            "0.4 pct",
            D(1987, 1, 1),
            D(1987, 1, 31),
        ),
        # a half of the month named before
        (
            "Prices fell 0.3% in the second half of October, and fuel rose 1.1% in the first half "
            "of the month.",
            "1.1%",
            D(1986, 10, 1),
            D(1986, 10, 15),
        ),
    ],
)
def test_base_years_and_halves_of_the_month(text: str, number: str, start: date, end: date) -> None:
    (record,) = [r for r in extract(text, ref_date="1987-03-20") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "number", "start", "end"),
    [
        # weeks counted back from a day: the day belongs to the period, it is no figure
        (
            "Refinery runs averaged 16.1 million barrels a day over the four weeks to Nov. 28, "
            "up 2.3% on a year earlier.",
            "16.1 million barrels a day",
            D(2025, 11, 1),
            D(2025, 11, 28),
        ),
        (
            "Cinema admissions reached 9.4 million in the six weeks ended 4 January 2026.",
            "9.4 million",
            D(2025, 11, 24),
            D(2026, 1, 4),
        ),
        # months to the end of a month written "end-April"
        (
            "Over the three months to end-September, exports rose 4.1% to 62.3 billion dlrs.",
            "4.1%",
            D(2025, 7, 1),
            D(2025, 9, 30),
        ),
    ],
)
def test_spans_that_end_on_a_written_day(text: str, number: str, start: date, end: date) -> None:
    records = extract(text, ref_date="2026-01-20")
    (record,) = [r for r in records if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == (start, end)
    assert [r.text for r in records if r.text.isdigit()] == []


@pytest.mark.parametrize(
    ("text", "number", "span"),
    [
        # a year that dates the figure named after it
        (
            "Conab put the 2026 soybean crop at 177.6 million tonnes.",
            "177.6 million tonnes",
            (D(2026, 1, 1), D(2026, 12, 31)),
        ),
        (
            "The agency kept its 2026 export growth target at 4% to 5%.",
            "4%",
            (D(2026, 1, 1), D(2026, 12, 31)),
        ),
        # a year dating a figure named in several words leads the value after it, not the one
        # before it; the value that figure was moved from is of the same year
        (
            "The board lifted its 2026 export growth forecast to 3.4% from 3.1% and sees 2027 "
            "growth at 2.9%.",
            "3.1%",
            (D(2026, 1, 1), D(2026, 12, 31)),
        ),
        (
            "The board lifted its 2026 export growth forecast to 3.4% from 3.1% and sees 2027 "
            "growth at 2.9%.",
            "2.9%",
            (D(2027, 1, 1), D(2027, 12, 31)),
        ),
        (
            "The council held its 2026 inflation estimate at 2.8% and cut its 2027 projection to "
            "a range of 1.9% to 2.4%.",
            "2.8%",
            (D(2026, 1, 1), D(2026, 12, 31)),
        ),
        (
            "The council held its 2026 inflation estimate at 2.8% and cut its 2027 projection to "
            "a range of 1.9% to 2.4%.",
            "2.4%",
            (D(2027, 1, 1), D(2027, 12, 31)),
        ),
        (
            "The agency this month trimmed its forecast for Peru's 2026 zinc output to 1.4 "
            "million tons from 1.5 million.",
            "1.5 million",
            (D(2026, 1, 1), D(2026, 12, 31)),
        ),
        # a year dating a ranking or a guidance dates the figures it holds
        (
            "Texas led the 2025 ranking with 11.3 GW, ahead of California with 7.9 GW.",
            "7.9 GW",
            (D(2025, 1, 1), D(2025, 12, 31)),
        ),
        (
            "The retailer lifted its 2026 guidance to earnings of $3.20 a share.",
            "$3.20",
            (D(2026, 1, 1), D(2026, 12, 31)),
        ),
        # (but a value compared that names its own time keeps it)
        (
            "The ministry kept its 2026 wheat crop estimate at 80 million tonnes, up from 78 "
            "million in 2025.",
            "78 million",
            (D(2025, 1, 1), D(2025, 12, 31)),
        ),
        # not a target the figure is set against, nor one a clause aims at
        (
            "In 2025, renewables met 26.1% of demand, 16.4 percentage points short of the binding "
            "2030 target.",
            "16.4 percentage points",
            (D(2025, 1, 1), D(2025, 12, 31)),
        ),
        ("To meet the 2030 target, output must rise 3.1% a year.", "3.1%", None),
        # a month that names a futures contract is no time
        (
            "By 10:30 ET, the most-active May cocoa contract fell 2.1%, while July slipped 1.4%.",
            "1.4%",
            None,
        ),
    ],
)
def test_years_that_date_a_figure_and_months_that_name_a_contract(
    text: str, number: str, span: tuple[date, date] | None
) -> None:
    (record,) = [r for r in extract(text, ref_date="2026-02-10") if r.text == number]
    got = (record.period.start, record.period.end) if record.period else None
    assert got == span or (span is None and got == (None, None))


@pytest.mark.parametrize(
    ("text", "number", "period"),
    [
        # both bounds of a range compared are compared values: the clause after them keeps the
        # sentence's period
        (
            "Rooftop kits cost 410-470 EUR/kWh in Q2 2025, down from 520-580 EUR/kWh a year "
            "earlier, while inverter prices dropped to around 60 EUR/kWh.",
            "60 EUR/kWh",
            ("in Q2 2025", D(2025, 4, 1), D(2025, 6, 30)),
        ),
        (
            "Rooftop kits cost 410-470 EUR/kWh in Q2 2025, down from 520-580 EUR/kWh a year "
            "earlier, while inverter prices dropped to around 60 EUR/kWh.",
            "580 EUR/kWh",
            ("a year earlier", D(2024, 4, 1), D(2024, 6, 30)),
        ),
        # (a range that is the figure itself still sets it)
        (
            "Rooftop kits cost 410-470 EUR/kWh in Q2 2025, while inverter prices dropped to "
            "around 60 EUR/kWh.",
            "60 EUR/kWh",
            ("in Q2 2025", D(2025, 4, 1), D(2025, 6, 30)),
        ),
    ],
)
def test_a_range_compared_sets_no_period(
    text: str, number: str, period: tuple[str, date | None, date | None]
) -> None:
    assert _period_of(text, number, "2025-11-20") == period


@pytest.mark.parametrize(
    ("text", "number", "period", "basis"),
    [
        # "over <year>" after a change whose subject a period before it dates: the same part
        # of that year compared, the period stays the subject's
        (
            "Spending during the Christmas weeks in November and December is set to climb "
            "between 2.5% and 3.1% over 2024.",
            "2.5%",
            ("in November and December", D(2025, 11, 1), D(2025, 12, 31)),
            "year_on_year",
        ),
        (
            "Spending during the Christmas weeks in November and December is set to climb "
            "between 2.5% and 3.1% over 2024.",
            "3.1%",
            ("in November and December", D(2025, 11, 1), D(2025, 12, 31)),
            "year_on_year",
        ),
        (
            "Card payments in the third quarter grew 6.2% over 2024.",
            "6.2%",
            ("in the third quarter", D(2025, 7, 1), D(2025, 9, 30)),
            "year_on_year",
        ),
        # (not with no period before it, nor one of another clause)
        (
            "Card payments grew 6.2% over 2024.",
            "6.2%",
            ("over 2024", D(2024, 1, 1), D(2024, 12, 31)),
            None,
        ),
        (
            "Wages rose 0.4% in March, and the union expects a rise of about 3% over 2026 as "
            "a whole.",
            "3%",
            ("over 2026", D(2026, 1, 1), D(2026, 12, 31)),
            None,
        ),
    ],
)
def test_a_year_after_a_change_compared_with_the_subjects_period(
    text: str, number: str, period: tuple[str, date | None, date | None], basis: str | None
) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-11-20") if r.text == number]
    assert record.period is not None
    assert (record.period.text, record.period.start, record.period.end) == period
    assert record.basis == basis


@pytest.mark.parametrize(
    ("text", "number", "period"),
    [
        # a stock "at the end of the period" is of the last day of the period in hand
        (
            "Net sales rose 2.4% in the 13 weeks to January 31. Stocks held were $2.7 billion at "
            "the end of the period.",
            "$2.7 billion",
            ("at the end of the period", D(2026, 1, 31), D(2026, 1, 31)),
        ),
        (
            "Deposits grew 1.1% in the fourth quarter. As of the end of the period, loans "
            "totalled $88 billion.",
            "$88 billion",
            ("As of the end of the period", D(2025, 12, 31), D(2025, 12, 31)),
        ),
        # a stock that "stood at" a level with no time of its own takes the paragraph's last
        # point in time, not the span the flow before it was of
        (
            "The number of depots rose to 412 at the end of June 2025, from 398 at the end of "
            "March. Of the 14 depots opened in the quarter, nine were in the north. Total "
            "storage capacity stood at 6.2 million tonnes.",
            "6.2 million tonnes",
            ("at the end of June 2025", D(2025, 6, 30), D(2025, 6, 30)),
        ),
        # (not a flow told after the point, nor a stock with no point before it)
        (
            "The number of depots rose to 412 at the end of June 2025. Of the 14 depots opened "
            "in the quarter, nine were in the north.",
            "nine",
            ("in the quarter", D(2025, 4, 1), D(2025, 6, 30)),
        ),
        (
            "Grain exports rose 4% in the second quarter. Total storage capacity stood at 6.2 "
            "million tonnes.",
            "6.2 million tonnes",
            ("in the second quarter", D(2025, 4, 1), D(2025, 6, 30)),
        ),
        # (a flow over the period keeps the whole period)
        (
            "Net sales rose 2.4% in the fourth quarter. Refunds came to $40 million during the "
            "period.",
            "$40 million",
            ("during the period", D(2025, 10, 1), D(2025, 12, 31)),
        ),
    ],
)
def test_stock_levels_at_a_point(
    text: str, number: str, period: tuple[str, date | None, date | None]
) -> None:
    assert _period_of(text, number, "2026-02-10") == period


@pytest.mark.parametrize(
    ("text", "number", "period"),
    [
        # "now" gives way to the time the paragraph has dated its figures with
        (
            "Card spending rose 3.1% in the fourth quarter. Contactless payments now account for "
            "71% of all card transactions.",
            "71%",
            ("in the fourth quarter", D(2025, 10, 1), D(2025, 12, 31)),
        ),
        (
            "Lending grew 0.8% in the week to February 6. Mortgages currently make up 44% of "
            "the book.",
            "44%",
            ("in the week to February 6", D(2026, 1, 31), D(2026, 2, 6)),
        ),
        # (not a time told of an event only, nor with no time before it)
        (
            "The board kept rates on hold at its meeting last month. The deposit rate now stands "
            "at 2.75%.",
            "2.75%",
            ("now", None, None),
        ),
        ("Mortgages currently make up 44% of the book.", "44%", ("currently", None, None)),
        (
            "Steel imports fell 4% in the fourth quarter. Import duties currently stand at 25%.",
            "25%",
            ("currently", None, None),
        ),
    ],
)
def test_now_gives_way_to_the_paragraphs_dated_time(
    text: str, number: str, period: tuple[str, date | None, date | None]
) -> None:
    assert _period_of(text, number, "2026-02-10") == period


@pytest.mark.parametrize(
    ("text", "number", "span"),
    [
        # years that name the baseline a figure is set against are no time of the figures
        (
            "Industrial gas use in the second quarter of 2025 was 38.2 bcm, 7% below the "
            "five-year (2019-2023) average. Use fell 2% in the quarter.",
            "2%",
            (D(2025, 4, 1), D(2025, 6, 30)),
        ),
        (
            "At the end of June 2025, Alpine reservoirs held 6.1 TWh, 4 percentage points above "
            "the median level of the 2010-2024 period.",
            "4 percentage points",
            (D(2025, 6, 30), D(2025, 6, 30)),
        ),
    ],
)
def test_years_of_a_baseline_are_no_period(
    text: str, number: str, span: tuple[date, date]
) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-08-10") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


def test_a_month_ahead_in_a_forecast_after_the_month_before() -> None:
    # written on 12 June, after May's figures: the June economists expect is this June
    text = (
        "Consumer prices rose 0.3% in May, the agency said. Economists expect prices to rise "
        "0.2% in June from May."
    )
    (record,) = [r for r in extract(text, ref_date="2024-06-12") if r.text == "0.2%"]
    assert record.period is not None
    assert (record.period.start, record.period.end) == (D(2024, 6, 1), D(2024, 6, 30))


# "the 12 months to September": a flow summed over the twelve months is of all of them; a
# price, a rate, a level or the change of a level is of the last month (RECORDS.md's "in the
# year to June").
TWELVE_MONTHS = [
    ("Shipyards took orders for 41.2 million tonnes in the 12 months to June.",
     "41.2 million tonnes", D(2024, 7, 1), D(2025, 6, 30)),
    ("Over the twelve months through May, corporate insolvencies totalled 24,310.", "24,310",
     D(2024, 6, 1), D(2025, 5, 31)),
    ("Exports of wine rose 4% to 1.9 billion euros in the 12 months to June.", "4%",
     D(2024, 7, 1), D(2025, 6, 30)),
    ("Food prices rose 4% in the 12 months to June.", "4%", D(2025, 6, 1), D(2025, 6, 30)),
    ("Loan growth eased to 7.2% in the 12 months to June.", "7.2%", D(2025, 6, 1), D(2025, 6, 30)),
    ("Manufacturers shed 12,000 jobs in the 12 months to June.", "12,000",
     D(2025, 6, 1), D(2025, 6, 30)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "start", "end"), TWELVE_MONTHS)
def test_twelve_months_to_a_month(text: str, number: str, start: date, end: date) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-07-20") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == (start, end)


# Months still to come: a pair of months without a year, or a month the words right after
# say is ahead ("will", "are expected to"), in a sentence that looks ahead, are the next ones.
MONTHS_AHEAD = [
    ("The trade body expects store sales in November and December to rise 2.9%.", "2.9%",
     (D(2025, 11, 1), D(2025, 12, 31))),
    ("Store sales in December will rise 2.9%, the trade body said.", "2.9%",
     (D(2025, 12, 1), D(2025, 12, 31))),
    ("Store sales in December are expected to rise 2.9%.", "2.9%",
     (D(2025, 12, 1), D(2025, 12, 31))),
    ("Store sales in November and December rose 2.9%.", "2.9%",
     (D(2024, 11, 1), D(2024, 12, 31))),
    ("Store sales in December rose 2.9% and will rise again.", "2.9%",
     (D(2024, 12, 1), D(2024, 12, 31))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "span"), MONTHS_AHEAD)
def test_months_still_to_come(text: str, number: str, span: tuple[date, date]) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-11-06") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


# A step still to be taken ("would", "agreed to", "foresees"), or a forecast whose phrase opens
# the sentence ("For October, the ministry expects ..."), dates a month or quarter without its
# year to the coming one; a clause told of the past keeps the one gone by.
PLANS_AHEAD = [
    ("For October, the ministry expects exports to grow 4.1% from a year earlier.", "4.1%",
     (D(2025, 10, 1), D(2025, 10, 31))),
    ("In the fourth quarter, wind output is expected to climb to about 52 TWh.", "52 TWh",
     (D(2025, 10, 1), D(2025, 12, 31))),
    ("The carmaker said it would buy back $1 billion of shares in the fourth quarter.",
     "$1 billion", (D(2025, 10, 1), D(2025, 12, 31))),
    ("Six producers agreed on Sunday to lift their output by 90,000 barrels a day in October.",
     "90,000 barrels a day", (D(2025, 10, 1), D(2025, 10, 31))),
    ("The grid operator's calendar foresees cuts of 20 mcm/d in October.", "20 mcm/d",
     (D(2025, 10, 1), D(2025, 10, 31))),
    # negative: the forecast comes after the number, or the clause is told of the past
    ("In October, exports rose 4.1%, and the ministry expects further gains.", "4.1%",
     (D(2024, 10, 1), D(2024, 10, 31))),
    ("For October, the ministry reported exports of $4.1 billion, more than had been expected.",
     "$4.1 billion", (D(2024, 10, 1), D(2024, 10, 31))),
    ("Sales would have risen 2% in the fourth quarter without the strike.", "2%",
     (D(2024, 10, 1), D(2024, 12, 31))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "span"), PLANS_AHEAD)
def test_plans_and_opening_forecasts_look_ahead(
    text: str, number: str, span: tuple[date, date]
) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-09-04") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


# A phrase after "and" and a second verb of the number's subject dates that second action,
# not the number the first verb named ("held its rate at 4.0% and signalled a cut in
# December"); a number that is the subject of both verbs keeps it, and so does a number
# whose "and" opens a clause with its own subject.
SECOND_ACTIONS = [
    ("The central bank held its policy rate at 4.0% and signalled a cut in December.", "4.0%",
     None),
    ("The season ticket, priced at $240 and introduced on March 3, sold well.", "$240", None),
    ("The lender kept its mortgage rate at 6.1% and is next due to review it on Nov. 20.",
     "6.1%", None),
    # a headline's comma joins a second statement as "and" does
    ("Riksbank keeps rate at 2.25%, signals cut in March\nThe decision was expected.", "2.25%",
     None),
    # negative
    ("About 12 million letters were sorted and delivered in rural areas in October.",
     "12 million", (D(2025, 10, 1), D(2025, 10, 31))),
    ("Exports rose 4.0% and imports fell in October.", "4.0%",
     (D(2025, 10, 1), D(2025, 10, 31))),
    ("The central bank held its policy rate at 4.0% in October and signalled a cut.", "4.0%",
     (D(2025, 10, 1), D(2025, 10, 31))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "span"), SECOND_ACTIONS)
def test_a_phrase_after_a_second_verb_dates_that_action(
    text: str, number: str, span: tuple[date, date] | None
) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-11-06") if r.text == number]
    found = None if record.period is None else (record.period.start, record.period.end)
    assert found == span


# A count of parts ("four of the 18 industries ...") is measured from past the whole it is
# part of, so a long name of the parts does not put the period after its verb out of reach.
PARTS_COUNTED = [
    ("Five of the 20 member banks polled by the association raised lending rates in October, "
     "led by the largest.", "Five", (D(2025, 10, 1), D(2025, 10, 31))),
    ("Only three of the 16 regional housing markets covered by the index recorded price gains "
     "in October, with the capital at the top.", "three", (D(2025, 10, 1), D(2025, 10, 31))),
    # negative: a period in a clause set off by commas stays that clause's
    ("Four of the 18 manufacturing industries tracked by the survey, which was first "
     "published in October, reported growth.", "Four", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "span"), PARTS_COUNTED)
def test_a_count_of_parts_reaches_its_verb_period(
    text: str, number: str, span: tuple[date, date] | None
) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-11-06") if r.text == number]
    found = None if record.period is None else (record.period.start, record.period.end)
    assert found == span


# "the second half of the year", written in April, is a quarter or half without its year too:
# ahead in a sentence that looks ahead, the one gone by otherwise.
HALF_OF_THE_YEAR = [
    ("Analysts said the jobless rate would probably hover near 3.1% in the second half of the "
     "year.", (D(2025, 7, 1), D(2025, 12, 31))),
    ("Output is expected to grow 3.1% in the third quarter of the year.",
     (D(2025, 7, 1), D(2025, 9, 30))),
    ("The jobless rate hovered near 3.1% in the second half of the year.",
     (D(2024, 7, 1), D(2024, 12, 31))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span"), HALF_OF_THE_YEAR)
def test_a_half_of_the_year_ahead(text: str, span: tuple[date, date]) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-04-08") if r.text == "3.1%"]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


def test_a_forecast_told_in_the_past_perfect_is_of_the_month_gone() -> None:
    # written on 5 December: the May that economists had forecast is last May (figures out
    # since), not next May
    text = "Exports rose 0.3% in May, the agency said. Economists had forecast a May rise of 0.8%."
    (record,) = [r for r in extract(text, ref_date="2025-12-05") if r.text == "0.8%"]
    assert record.period is not None
    assert (record.period.start, record.period.end) == (D(2025, 5, 1), D(2025, 5, 31))


def test_the_quarter_after_a_quarter_that_ends_on_a_day_is_that_quarter() -> None:
    # a retailer's fiscal quarter, named as the three months ended a day, then "the quarter"
    text = (
        "Net income for the three months ended Aug. 31 rose to $88 million from $71 million.\n"
        "In the quarter, comparable sales grew 4.2%, and store count was flat."
    )
    (record,) = [r for r in extract(text, ref_date="2025-09-25") if r.text == "4.2%"]
    assert record.period is not None
    assert (record.period.start, record.period.end) == (D(2025, 6, 1), D(2025, 8, 31))


@pytest.mark.parametrize(
    ("text", "number", "start", "end"),
    [
        (
            "Hedge funds cut net longs in wheat to 12,400 contracts in the week to Feb. 10.",
            "12,400",
            D(2026, 2, 4),
            D(2026, 2, 10),
        ),
        (
            "At constant 2011-12 prices, October output was 4.1 trillion rupees.",
            "4.1 trillion rupees",
            D(2025, 10, 1),
            D(2025, 10, 31),
        ),
    ],
)
def test_counted_contracts_and_price_bases_leave_the_period(
    text: str, number: str, start: date, end: date
) -> None:
    (record,) = [r for r in extract(text, ref_date="2026-02-14") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == (start, end)


@pytest.mark.parametrize(
    "phrase",
    [
        "in the corresponding period last fiscal",
        "in the same period of the previous financial year",
        "in the corresponding period of the previous fiscal year",
    ],
)
def test_the_same_period_of_the_last_fiscal_year(phrase: str) -> None:
    text = f"Steel output rose 5% to 72 mt in April-September, from 68.6 mt {phrase}."
    (record,) = [r for r in extract(text, ref_date="2025-10-05") if r.text == "68.6 mt"]
    assert record.period is not None
    assert record.period.text == phrase
    assert (record.period.start, record.period.end) == (D(2024, 4, 1), D(2024, 9, 30))


# "fiscal" alone after "this", "last" or "the current" names the financial year, also as the
# year a part of a year is of; "fiscal" before a noun of its own names no time.
BARE_FISCAL = [
    ("The miner plans to ship 45 mt this fiscal, after 40 mt in FY25.", "45 mt",
     ("this fiscal", D(2025, 4, 1), D(2026, 3, 31))),
    ("Tax refunds shrank 12% last fiscal and are seen flat.", "12%",
     ("last fiscal", D(2024, 4, 1), D(2025, 3, 31))),
    ("State borrowing hit Rs 9 lakh crore in the current fiscal.", "Rs 9 lakh crore",
     ("in the current fiscal", D(2025, 4, 1), D(2026, 3, 31))),
    ("Freight loading rose 3% in the first half of this fiscal.", "3%",
     ("in the first half of this fiscal", D(2025, 4, 1), D(2025, 9, 30))),
    ("Freight loading rose 3% in the first half of this fiscal year.", "3%",
     ("in the first half of this fiscal year", D(2025, 4, 1), D(2025, 9, 30))),
    ("The state kept this fiscal deficit goal at 4.4% of output.", "4.4%", None),
    ("Sales rose 6% in the last fiscal quarter.", "6%", None),
]


@pytest.mark.parametrize(("text", "number", "period"), BARE_FISCAL)
def test_fiscal_alone_names_the_financial_year(
    text: str, number: str, period: tuple[str, date, date] | None
) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-11-10") if r.text == number]
    if period is None:
        assert record.period is None
        return
    assert record.period is not None
    assert (record.period.text, record.period.start, record.period.end) == period


# "full-year" as a modifier ("now expects full-year revenue of") dates an outlook by its year,
# unless the phrase right after it names that year ("for FY26"); the story's later "in the
# period" is still the quarter it reports.
def test_a_full_year_outlook() -> None:
    text = (
        "The retailer posted third-quarter revenue of $4.1 billion.\n"
        "It now expects full-year sales of $16.2 billion.\n"
        "Online sales rose 12% in the period."
    )
    found = {r.text: r.period for r in extract(text, ref_date="2025-11-12")}
    assert (found["$16.2 billion"].start, found["$16.2 billion"].end) == (
        date(2025, 1, 1),
        date(2025, 12, 31),
    )
    assert (found["12%"].start, found["12%"].end) == (date(2025, 7, 1), date(2025, 9, 30))
    other = "The full-year budget target for FY26 is Rs 11.2 lakh crore."
    period = next(r.period for r in extract(other, ref_date="2025-10-01"))
    assert (period.start, period.end) == (date(2025, 4, 1), date(2026, 3, 31))


# "full-year" before a noun dates the figures that noun heads even when the sentence times its
# other figures by other phrases; a figure before it ("61% of the full-year target") keeps the
# sentence's other time.
FULL_YEAR_BESIDE_OTHER_TIMES = [
    ("Profit rose 9% in the third quarter, and the group kept its full-year forecast of $2.40 "
     "to $2.60 a share.", "$2.60", (D(2025, 1, 1), D(2025, 12, 31))),
    ("Exports grew 3.8% in the first half, short of the ministry's full-year goal of 5%.", "5%",
     (D(2025, 1, 1), D(2025, 12, 31))),
    ("The refiner ran 410,000 barrels a day in October and sees full-year runs averaging "
     "395,000 barrels a day.", "395,000 barrels a day", (D(2025, 1, 1), D(2025, 12, 31))),
    ("Premiums rose 6% in the first nine months of 2024, and the insurer now expects "
     "full-year premiums of $12 billion.", "$12 billion", (D(2024, 1, 1), D(2024, 12, 31))),
    ("By March 9, about 61 per cent of the full-year target had been met.", "61 per cent",
     (D(2025, 3, 9), D(2025, 3, 9))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "span"), FULL_YEAR_BESIDE_OTHER_TIMES)
def test_a_full_year_figure_beside_other_times(
    text: str, number: str, span: tuple[date, date]
) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-11-20") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


# Pairs of a level and the value it moved from, the second pair written short: its value
# compared is of the time of the first pair's ("from 2.6%" is June's), its level of the level's.
PAIRED_VALUES_COMPARED = [
    ("Regional inflation rose to 3.1% in July from 2.8% in June, while core inflation eased to "
     "2.4% from 2.6%.", "2.6%", (D(2025, 6, 1), D(2025, 6, 30))),
    ("Regional inflation rose to 3.1% in July from 2.8% in June, while core inflation eased to "
     "2.4% from 2.6%.", "2.4%", (D(2025, 7, 1), D(2025, 7, 31))),
    ("The services PMI fell to 51.2 in May from 52.0 in April, and the factory PMI slipped to "
     "48.7 from a revised 49.1.", "49.1", (D(2025, 4, 1), D(2025, 4, 30))),
    ("Car exports climbed to 112,000 units in the second quarter from 104,500 in the first "
     "quarter, as van exports rose to 31,000 from 28,400.", "28,400",
     (D(2025, 1, 1), D(2025, 3, 31))),
    ("Household spending grew 2.2% in the second quarter, compared with 1.8% in the first "
     "quarter, while business investment rose 3.4% (vs 2.9%).", "2.9%",
     (D(2025, 1, 1), D(2025, 3, 31))),
    ("Wheat stocks were 8.1 mt at the end of June, against 7.6 mt at the end of March, while "
     "barley stocks stood at 2.3 mt, against 2.5 mt.", "2.5 mt", (D(2025, 3, 31), D(2025, 3, 31))),
    # the second pair's verb left out: "and <subject> to <level> from <value>"
    ("Barley loadings rose to 84,100 tonnes in the week to Aug. 7 from 70,300 tonnes the week "
     "before and oats to 12,900 from 15,600.", "12,900", (D(2025, 8, 1), D(2025, 8, 7))),
    ("Barley loadings rose to 84,100 tonnes in the week to Aug. 7 from 70,300 tonnes the week "
     "before and oats to 12,900 from 15,600.", "15,600", (D(2025, 7, 25), D(2025, 7, 31))),
    ("Imports climbed to 6.2 billion euros in June from 5.8 billion in May and exports to 7.1 "
     "billion from 7.4 billion.", "7.1 billion", (D(2025, 6, 1), D(2025, 6, 30))),
    ("Imports climbed to 6.2 billion euros in June from 5.8 billion in May and exports to 7.1 "
     "billion from 7.4 billion.", "7.4 billion", (D(2025, 5, 1), D(2025, 5, 31))),
    # a value compared with a time of its own keeps it
    ("Wages rose 4.1% in July from 3.9% in June, and salaries 3.2% from 3.0% in May.", "3.0%",
     (D(2025, 5, 1), D(2025, 5, 31))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "span"), PAIRED_VALUES_COMPARED)
def test_a_value_compared_in_a_second_pair(
    text: str, number: str, span: tuple[date, date]
) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-08-15") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


# Sales "for the 2025/26 marketing year" or "for the current 2024/25 season" name which crop is
# sold; when the sentence or its paragraph dates the figures by a week or a day, that is their
# time. A crop year with no such week ("Sales for the 2025/26 season reached") stays the time.
SEASONS_SOLD_IN_A_WEEK = [
    ("Net export sales of wheat for the 2025/26 marketing year came to 412,300 tonnes in the "
     "week ended Jan. 15, down 18% from the previous week.", "18%",
     (D(2026, 1, 9), D(2026, 1, 15))),
    ("Net export sales of wheat for the 2025/26 marketing year came to 412,300 tonnes in the "
     "week ended Jan. 15. Sales for the current 2024/25 season slipped to 9,800 tonnes.",
     "9,800 tonnes", (D(2026, 1, 9), D(2026, 1, 15))),
    ("Rice sales for the 2025/26 season fell to 61,000 tonnes on Tuesday, down 4% from Monday.",
     "61,000 tonnes", (D(2026, 1, 20), D(2026, 1, 20))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "span"), SEASONS_SOLD_IN_A_WEEK)
def test_a_season_sold_in_a_week(text: str, number: str, span: tuple[date, date]) -> None:
    (record,) = [r for r in extract(text, ref_date="2026-01-21") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


def test_a_season_with_no_week_stays_the_time() -> None:
    text = "Sales of sugar for the 2025/26 season reached 1.2 million tonnes, traders said."
    (record,) = [r for r in extract(text, ref_date="2026-01-21") if r.text == "1.2 million tonnes"]
    assert record.period is not None
    assert record.period.text.endswith("2025/26")


# A sentence with no number that names "the quarter" or "the month" again ("Smelters ran hard in
# the quarter.") frames the figures after it in its paragraph, as a dated phrase would.
def test_the_unit_named_again_in_a_sentence_without_figures() -> None:
    text = (
        "Copper output rose 4% in the third quarter of 2025.\n"
        "Smelters ran hard in the quarter. Zinc output reached 210,000 tonnes and lead output "
        "88,000 tonnes.\n"
        "Refiners kept busy during the month. Nickel output was 41,000 tonnes."
    )
    found = {r.text: r.period for r in extract(text, ref_date="2025-10-20")}
    for number in ("210,000 tonnes", "88,000 tonnes"):
        period = found[number]
        assert period is not None
        assert (period.start, period.end) == (date(2025, 7, 1), date(2025, 9, 30))
    nickel = found["41,000 tonnes"]
    assert nickel is not None
    assert (nickel.start, nickel.end) == (date(2025, 9, 1), date(2025, 9, 30))


# A financial-year label is of the country whose currency the amounts are written in, when
# they all are in one, even where the story names another country more ("sales in the US").
def test_a_financial_year_of_the_accounts_currency() -> None:
    text = (
        "Drug maker Acme Pharma on Friday reported a 12 per cent rise in net profit to "
        "₹1,210 crore, helped by strong sales in the US.\n"
        "For the first half (H1FY26), revenue was ₹11,400 crore."
    )
    found = {r.text: r.period for r in extract(text, ref_date="2025-11-07")}
    period = found["₹11,400 crore"]
    assert (period.start, period.end) == (date(2025, 4, 1), date(2025, 9, 30))


# A gapped clause "and in April by 2%": the phrase set right before its "by" is its period.
def test_a_period_leading_a_gapped_change() -> None:
    found = {r.text: r.period for r in extract("Sales rose 3% in March, and in April by 2%.",
                                                  ref_date="2025-06-10")}
    assert (found["2%"].start, found["2%"].end) == (date(2025, 4, 1), date(2025, 4, 30))
    assert (found["3%"].start, found["3%"].end) == (date(2025, 3, 1), date(2025, 3, 31))


# A point in time ("at the end of March") set against the month, quarter or year before it
# ("from February", "on the previous quarter", "compared with June") stays that point; the
# comparison gives the basis. A change from further back still spans from there.
POINT_AGAINST_UNIT_BEFORE = [
    ("Copper inventories in Shanghai warehouses at the end of March fell 3.4% from February "
     "to 210,000 tonnes.", "3.4%", (D(2025, 3, 31), D(2025, 3, 31)), "month_on_month"),
    ("Hotel vacancies stood at 52,000 at the end of April, down 2.2% from March.", "2.2%",
     (D(2025, 4, 30), D(2025, 4, 30)), "month_on_month"),
    ("Bank deposits reached 4.1 trillion rand at the end of June, up by 2.3% on the previous "
     "quarter.", "2.3%", (D(2025, 6, 30), D(2025, 6, 30)), "quarter_on_quarter"),
    ("Apprentices in training numbered 614,000 at the end of June 2025, an increase of 9,000 "
     "compared with March 2025.", "9,000", (D(2025, 6, 30), D(2025, 6, 30)),
     "quarter_on_quarter"),
    ("Cattle herds totalled 8.2 million head at the end of May, 3% fewer than in May 2024.",
     "3%", (D(2025, 5, 31), D(2025, 5, 31)), "year_on_year"),
    ("Gold holdings at the end of May were 12% above January 2020.", "12%",
     (D(2020, 1, 1), D(2025, 5, 31)), None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "span", "basis"), POINT_AGAINST_UNIT_BEFORE)
def test_a_point_set_against_the_unit_before_stays_a_point(
    text: str, number: str, span: tuple[date, date], basis: str | None
) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-07-15") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span
    assert record.basis == basis


# A value "in the previous period" is of the period just before the sentence's own.
PREVIOUS_PERIOD_VALUES = [
    ("The jobless rate fell to 7.9% in the second quarter from 8.4% in the previous period.",
     "8.4%", (D(2025, 1, 1), D(2025, 3, 31))),
    ("Orders grew 2.1% in May, after a revised 1.4% gain in the prior period.", "1.4%",
     (D(2025, 4, 1), D(2025, 4, 30))),
    # the period named in brackets after it is the time
    ("Around 58% of adults said costs rose, down from 61% in the previous period (3 to 14 "
     "September 2025).", "61%", (D(2025, 9, 3), D(2025, 9, 14))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "span"), PREVIOUS_PERIOD_VALUES)
def test_a_value_in_the_previous_period(text: str, number: str, span: tuple[date, date]) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-07-15") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


# A change "since the start of the year" (the month, the quarter) runs from that day of the
# time of writing up to the reference date.
SINCE_THE_START_OF = [
    ("Copper has gained about 9% since the start of the year.", "9%",
     (D(2025, 1, 1), D(2025, 7, 15))),
    ("The rand has weakened 3.1% against the dollar since the beginning of the month.", "3.1%",
     (D(2025, 7, 1), D(2025, 7, 15))),
    ("The lira has lost 14% since the start of this year, dealers said.", "14%",
     (D(2025, 1, 1), D(2025, 7, 15))),
    ("Ten-year yields have risen 40 basis points since the start of the quarter.",
     "40 basis points", (D(2025, 7, 1), D(2025, 7, 15))),
    ("Palm oil futures are down nearly 11% since the start of the year.", "11%",
     (D(2025, 1, 1), D(2025, 7, 15))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "span"), SINCE_THE_START_OF)
def test_a_change_since_the_start_of_the_year(
    text: str, number: str, span: tuple[date, date]
) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-07-15") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


# The day of an auction, a sale, an offering or a trading session ("at Tuesday's auction",
# "of Wednesday's offering") is the time of the figures set there, also beside a period
# that the figures are compared with; a session told as over frames no later sentence.
DAY_OF_AN_EVENT = [
    ("Wholesale milk prices fell 1.9% at Tuesday's auction.", "1.9%",
     (D(2025, 6, 10), D(2025, 6, 10))),
    ("The bid-to-cover ratio was 2.61 at Wednesday's sale, down from 2.70 at the May auction.",
     "2.61", (D(2025, 6, 11), D(2025, 6, 11))),
    ("Foreign bidders took 64.1% of Wednesday's offering, compared with 66.0% last month.",
     "64.1%", (D(2025, 6, 11), D(2025, 6, 11))),
    ("The Nikkei closed 0.7% higher in Monday's session.", "0.7%",
     (D(2025, 6, 9), D(2025, 6, 9))),
    ("At 09:00 ET, Brent was up 1.4%. It ended Friday's session 0.8% lower. WTI rose 92 cents.",
     "92 cents", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "span"), DAY_OF_AN_EVENT)
def test_the_day_of_an_auction_or_session(
    text: str, number: str, span: tuple[date, date] | None
) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-06-12") if r.text == number]
    got = None if record.period is None else (record.period.start, record.period.end)
    assert got == span


# An inflation aim kept by a central bank that "targets" it ("which targets 2% inflation",
# "targets CPI inflation of 2%") is a standing figure: the time of another clause is not its.
STANDING_AIMS = [
    ("The Reserve Bank, which targets 2% inflation, cut its cash rate to 3.60% in August.",
     "2%", None),
    ("The central bank, which targets inflation of 3%, held rates in October.", "3%", None),
    ("The Norges Bank targets CPI inflation of 2%; it held its policy rate at 4.25% in June.",
     "2%", None),
    ("The Riksbank, which targets annual CPIF inflation of 2%, left rates unchanged in May.",
     "2%", None),
    # a target set for the time named right after it keeps that time
    ("The government is targeting growth of at least 8% for 2025.", "8%",
     (D(2025, 1, 1), D(2025, 12, 31))),
    ("The Reserve Bank, which targets 2% inflation, cut its cash rate to 3.60% in August.",
     "3.60%", (D(2025, 8, 1), D(2025, 8, 31))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "span"), STANDING_AIMS)
def test_a_standing_inflation_aim_takes_no_other_time(
    text: str, number: str, span: tuple[date, date] | None
) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-11-12") if r.text == number]
    got = None if record.period is None else (record.period.start, record.period.end)
    assert got == span


# A figure of the period just before the document's ("The index also rose 0.9% in the
# second quarter" in a story about the third) looks back: a later "in the quarter" (the month,
# the year) of the document is still the document's period.
PERIOD_JUST_BEFORE = [
    ("Labour costs rose 1.1% in the third quarter, the agency said.\n"
     "The index also rose 0.9% in the second quarter.\n"
     "Wages rose 1.2% in the quarter.", "1.2%", (D(2025, 7, 1), D(2025, 9, 30))),
    ("Retail sales grew 0.6% in October, the office said.\n"
     "Sales had also gained 0.2% in September.\n"
     "Online sales rose 1.4% in the month.", "1.4%", (D(2025, 10, 1), D(2025, 10, 31))),
    ("Copper output rose 4% in 2024, the ministry said.\n"
     "Output grew 2.9% in 2023.\n"
     "Zinc output fell 3.1% during the year.", "3.1%", (D(2024, 1, 1), D(2024, 12, 31))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "span"), PERIOD_JUST_BEFORE)
def test_the_period_just_before_leaves_the_document_period(
    text: str, number: str, span: tuple[date, date]
) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-11-20") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


# The period an index is set to 100 in ("on a base of 2017 equal to 100", "(December 2015
# base 100)", "base 2010") is no time of the figures: a month named without its year is of
# the year of writing.
INDEX_BASE_PERIODS = [
    ("The seasonally adjusted output index, on a base of 2017 equal to 100, rose to 104.2 in "
     "March from 103.8 in February.", "104.2", (D(2025, 3, 1), D(2025, 3, 31))),
    ("The consumer price index (December 2015 base 100) stood at 112.4 in April against 111.9 "
     "in March.", "112.4", (D(2025, 4, 1), D(2025, 4, 30))),
    ("The import price index, base 2010, stood at 96.1 in June after 96.5 in May.", "96.5",
     (D(2025, 5, 1), D(2025, 5, 31))),
    ("Producer prices, on a base of 2021 equal to 100, were at 108.7 in May.", "108.7",
     (D(2025, 5, 1), D(2025, 5, 31))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "span"), INDEX_BASE_PERIODS)
def test_the_base_period_of_an_index_is_no_time_of_its_figures(
    text: str, number: str, span: tuple[date, date]
) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-07-10") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


# A year to date told up to a session's close ("this year through Monday's close") ends on
# the day of that close.
YEAR_TO_A_CLOSE = [
    ("The stock had gained 28% this year through Monday's close.", "28%",
     (D(2025, 1, 1), D(2025, 10, 13))),
    ("Through Tuesday's close, the stock was down about 18% this year.", "18%",
     (D(2025, 1, 1), D(2025, 10, 14))),
    ("The shares were up 31% for the year through Thursday's close.", "31%",
     (D(2025, 1, 1), D(2025, 10, 9))),
    ("Shares of the lender have fallen 12% this year.", "12%",
     (D(2025, 1, 1), D(2025, 12, 31))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "span"), YEAR_TO_A_CLOSE)
def test_a_year_to_date_up_to_a_close(text: str, number: str, span: tuple[date, date]) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-10-15") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


# "In the latest quarter", "in the quarter" in a paragraph of its own: the latest quarter the
# text has told figures of, not a quarter named before only to compare with (a year back, the
# one before, a pre-pandemic peak); a month or quarter the paragraph itself names stays.
LATEST_UNIT_TOLD = [
    ("Hotel occupancy rose 1.1% in Q2 2025.\n"
     "Occupancy was 2.4% below its pre-pandemic level in Q4 2019.\n"
     "In the latest quarter, room rates rose 3.2%.", "3.2%", (D(2025, 4, 1), D(2025, 6, 30))),
    ("Steel output rose 1.1% in the second quarter of 2025.\n"
     "Output was 6% higher in the first quarter of 2022.\n"
     "In the latest quarter, exports of steel fell 3.2%.", "3.2%",
     (D(2025, 4, 1), D(2025, 6, 30))),
    ("Wages grew 0.9% in the third quarter, the department said.\n"
     "They also rose 0.9% in the second quarter.\n"
     "Over the year to September, pay climbed 3.6%.\n"
     "Bonuses rose 2.2% in the quarter.", "2.2%", (D(2025, 7, 1), D(2025, 9, 30))),
    ("Gas imports reached 30 bcm in the second quarter of 2025.\n"
     "Spain swung to exports of 1 bcm, from imports of 0.4 bcm in Q2 2024.\n"
     "Pipeline flows totalled 20 bcm in the quarter.", "20 bcm",
     (D(2025, 4, 1), D(2025, 6, 30))),
    # the paragraph's own month, and a quarter forecast, stay as they were
    ("Retail sales grew 0.6% in October 2025.\n"
     "In September, sales had risen 0.2%, and online sales rose 1.4% in the month.", "1.4%",
     (D(2025, 9, 1), D(2025, 9, 30))),
    ("Revenue rose 6% in the third quarter of 2025.\n"
     "For the fourth quarter, the company forecast revenue of $1.3 billion.\n"
     "It returned $58 million to shareholders in the quarter.", "$58 million",
     (D(2025, 7, 1), D(2025, 9, 30))),
    ("In November 2025, the latest month with full data, about 60,000 homes were sold.\n"
     "Prices rose 3.1% in the year to January 2026.", "60,000",
     (D(2025, 11, 1), D(2025, 11, 30))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "span"), LATEST_UNIT_TOLD)
def test_the_quarter_is_the_latest_one_told_of(
    text: str, number: str, span: tuple[date, date]
) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-11-20") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


# "In the latest three months" in a text about three months to a month: that span, not the
# three months before the day of writing; with no such span told, the latter.
LATEST_THREE_MONTHS = [
    ("UK trade: September 2025\n"
     "The goods deficit narrowed by £2.4 billion to £58.6 billion in the three months to "
     "September 2025.\n"
     "In the latest three months, exports to the EU rose 1.2% to £47.3 billion.", "1.2%",
     "2025-11-13", (D(2025, 7, 1), D(2025, 9, 30))),
    ("Services exports rose 1.2% to £136.4 billion in the three months to November 2025.\n"
     "Non-EU countries took 66.9% of services exports in the latest three months.", "66.9%",
     "2026-01-15", (D(2025, 9, 1), D(2025, 11, 30))),
    ("Rents rose 0.8% in the three months to August 2025, the agency said.\n"
     "Between July and August 2025, rents grew 0.2%.\n"
     "Over the latest three months, London took about 16% of new lets.", "16%", "2025-10-16",
     (D(2025, 6, 1), D(2025, 8, 31))),
    ("Shares of the lender have fallen 12% in the latest three months.", "12%", "2025-10-15",
     (D(2025, 7, 1), D(2025, 9, 30))),
    ("Factory orders fell 2% in September 2025.\n"
     "Export orders dropped 4.4% over the past three months.", "4.4%", "2025-10-12",
     (D(2025, 7, 1), D(2025, 9, 30))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "ref", "span"), LATEST_THREE_MONTHS)
def test_the_latest_three_months_are_those_told_of(
    text: str, number: str, ref: str, span: tuple[date, date]
) -> None:
    (record,) = [r for r in extract(text, ref_date=ref) if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


# "The previous year" set against twelve months that are no calendar year (a fiscal year, the
# year ending June) is the twelve months before them: a change against it is between two
# consecutive years and keeps the later one; set against a calendar year or a quarter it is
# the calendar year before.
PREVIOUS_TWELVE_MONTHS = [
    ("For the fiscal year ended March 31, steel output was down 4.1 pct from the previous "
     "year, the ministry said.", "4.1 pct", "1987-05-10", (D(1986, 4, 1), D(1987, 3, 31))),
    ("In the year ending June 2025, burglaries fell by 6% compared with the previous year.",
     "6%", "2025-10-20", (D(2024, 7, 1), D(2025, 6, 30))),
    ("Passenger numbers rose 7.2% in the financial year ending March 2025 compared with the "
     "prior year.", "7.2%", "2025-07-20", (D(2024, 4, 1), D(2025, 3, 31))),
    ("In the year ending June 2025, police recorded 6.6 million offences, against 6.8 million "
     "in the previous year.", "6.8 million", "2025-10-20", (D(2023, 7, 1), D(2024, 6, 30))),
    ("In fiscal 2024-25, the port handled 140 million tonnes, compared with 131 million tonnes "
     "in the previous year.", "131 million tonnes", "2025-06-20",
     (D(2023, 4, 1), D(2024, 3, 31))),
    ("Sales rose 5% in 2024 from the previous year.", "5%", "2025-03-01",
     (D(2024, 1, 1), D(2024, 12, 31))),
    ("Sales rose 5% in the third quarter from the previous year.", "5%", "2025-11-01",
     (D(2025, 7, 1), D(2025, 9, 30))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "ref", "span"), PREVIOUS_TWELVE_MONTHS)
def test_the_previous_year_of_twelve_months_that_are_no_calendar_year(
    text: str, number: str, ref: str, span: tuple[date, date]
) -> None:
    (record,) = [r for r in extract(text, ref_date=ref) if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


# A flow summed over "the 12 months to" a month, set against its value "a year earlier": that
# value is a sum over the twelve months a year back too; a rate a year back stays a month.
TWELVE_MONTHS_A_YEAR_BACK = [
    ("In the 12 months to September 2025, 214,000 workers were involved in disputes, down "
     "from 532,000 a year earlier.", "532,000", "2025-11-11",
     (D(2023, 10, 1), D(2024, 9, 30))),
    ("In the 12 months to August 2025, the trade surplus was 364 billion euros. The services "
     "surplus grew to 151 billion euros from 104 billion euros a year earlier.",
     "104 billion euros", "2025-10-20", (D(2023, 9, 1), D(2024, 8, 31))),
    ("Over the twelve months to June 2025, car sales totalled 1.9 million, against 1.7 "
     "million a year ago.", "1.7 million", "2025-08-20", (D(2023, 7, 1), D(2024, 6, 30))),
    ("Consumer prices rose 3.8% in the 12 months to September 2025, against 2.1% a year "
     "earlier.", "2.1%", "2025-10-20", (D(2024, 9, 1), D(2024, 9, 30))),
    ("Exports totalled 12 billion dlrs in September 2025, against 10 billion a year earlier.",
     "10 billion", "2025-10-20", (D(2024, 9, 1), D(2024, 9, 30))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "ref", "span"), TWELVE_MONTHS_A_YEAR_BACK)
def test_a_twelve_month_sum_a_year_back(
    text: str, number: str, ref: str, span: tuple[date, date]
) -> None:
    (record,) = [r for r in extract(text, ref_date=ref) if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


# "In the eight months", "over the six months" written alone: the span of that many months the
# text named last, though a single month was named since; with none named, no dates.
MONTHS_NAMED_BEFORE = [
    ("Cargo at major ports rose 6.1 per cent to 578.4 mt during April-November of FY26.\n"
     "In November alone, the ports handled 74.2 mt.\n"
     "Container traffic grew 11.3 per cent to 9.12 million TEUs in the eight months.",
     "11.3 per cent", "2025-12-10", (D(2025, 4, 1), D(2025, 11, 30))),
    ("Freight volumes rose 4.2% to 312 mt in July-October 2025.\n"
     "In October, the railways carried 80 mt.\n"
     "Coal loading fell 1.5% in the four months.", "1.5%", "2025-11-20",
     (D(2025, 7, 1), D(2025, 10, 31))),
    ("Tax receipts rose 8% to ₹10 trillion during April-September of FY26.\n"
     "In September alone, receipts were ₹2 trillion.\n"
     "Refunds grew 12% over the six months.", "12%", "2025-10-15",
     (D(2025, 4, 1), D(2025, 9, 30))),
    ("Exports rose 4% in November 2025.\n"
     "Imports fell 2% in the eight months.", "2%", "2025-12-10", (None, None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "ref", "span"), MONTHS_NAMED_BEFORE)
def test_so_many_months_alone_are_the_span_of_that_length_named_last(
    text: str, number: str, ref: str, span: tuple[date | None, date | None]
) -> None:
    (record,) = [r for r in extract(text, ref_date=ref) if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


# A change against a like period shortly before (a month up to three months back, a longer
# span about one span back, two-month windows a month apart) is of the figure's own period,
# with the basis of that step; a point further back is one the change runs from.
LIKE_PERIOD_COMPARED = [
    ("Registered nurses numbered 412,000 in September 2025, 3,500 more than in June 2025.",
     "3,500", "2025-10-20", (D(2025, 9, 1), D(2025, 9, 30)), "quarter_on_quarter"),
    ("Fishing licences issued reached 8,400 in May, down 600 from February.", "600",
     "2025-06-20", (D(2025, 5, 1), D(2025, 5, 31)), "quarter_on_quarter"),
    ("The consumer mood gauge slipped 1.9 points from January to 96.3 in March.", "1.9 points",
     "2025-04-10", (D(2025, 3, 1), D(2025, 3, 31)), "period_on_period"),
    ("Home prices rose 0.8% in the July-August period versus June-July, the agency said.",
     "0.8%", "2025-09-20", (D(2025, 7, 1), D(2025, 8, 31)), "period_on_period"),
    ("The retailer expects sales of $9 billion in fiscal 2025 and earnings per share about 3% "
     "lower than last year's $4.10.", "3%", "2025-05-20", (D(2024, 4, 1), D(2025, 3, 31)),
     "year_on_year"),
    ("Passenger numbers reached 5.1 million in October, 300,000 more than in April.",
     "300,000", "2025-11-20", (D(2025, 4, 1), D(2025, 10, 31)), None),
    ("Car exports in September were 18% below their level in January.", "18%", "2025-10-20",
     (D(2025, 1, 1), D(2025, 9, 30)), None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "ref", "span", "basis"), LIKE_PERIOD_COMPARED)
def test_a_like_period_shortly_before_is_compared_not_spanned(
    text: str, number: str, ref: str, span: tuple[date, date], basis: str | None
) -> None:
    (record,) = [r for r in extract(text, ref_date=ref) if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span
    assert record.basis == basis


# "over" a named earlier period right after a change, in a sentence that dates its figure
# before (a financial year, half or quarter written as one word, or the same month), is the
# period compared; the figure keeps its own.
OVER_AN_EARLIER_PERIOD = [
    ("In FY2025, freight loading climbed 5.1 per cent over FY2024 to 1,617 mt.", "5.1 per cent",
     (D(2024, 4, 1), D(2025, 3, 31))),
    ("In Q2FY26, the lender's advances grew 14 per cent over Q2FY25 to ₹9.8 trillion.",
     "₹9.8 trillion", (D(2025, 7, 1), D(2025, 9, 30))),
    ("For the first half (H1FY26), tractor sales reached 4.9 lakh units, up 9 per cent over "
     "H1FY25.", "9 per cent", (D(2025, 4, 1), D(2025, 9, 30))),
    ("For the full year 2024-25 (FY25), card payments numbered 4.2 billion, up 18 per cent and "
     "22 per cent, respectively, over FY24.", "22 per cent", (D(2024, 4, 1), D(2025, 3, 31))),
    ("Tea exports for March came to 21 million kg, 6 per cent over March 2024.", "6 per cent",
     (D(2025, 3, 1), D(2025, 3, 31))),
    # with no date before it, the phrase is the figure's own time
    ("Output is expected to rise 3 per cent over 2026.", "3 per cent",
     (D(2026, 1, 1), D(2026, 12, 31))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "span"), OVER_AN_EARLIER_PERIOD)
def test_over_an_earlier_period_is_compared(
    text: str, number: str, span: tuple[date, date]
) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-10-20") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


# "so far" right before a period phrase or right after it cuts the period at the day of
# writing, when that day falls inside it.
SO_FAR_AROUND_A_PERIOD = [
    ("Toll collections in FY26 so far rose 9 per cent to ₹52,000 crore.", "9 per cent",
     (D(2025, 4, 1), D(2025, 12, 18))),
    ("Car sales in December so far are 12% higher than a year earlier.", "12%",
     (D(2025, 12, 1), D(2025, 12, 18))),
    ("So far in the 2025/26 marketing year, soybean exports have reached 21.4 million "
     "tonnes.", "21.4 million tonnes", (D(2025, 9, 1), D(2025, 12, 18))),
    ("Dividend payouts have totalled $4.2 billion in the fourth quarter so far.",
     "$4.2 billion", (D(2025, 10, 1), D(2025, 12, 18))),
    # a period already over keeps its end
    ("So far during the first half, the airline carried 18 million passengers.",
     "18 million", (D(2025, 1, 1), D(2025, 6, 30))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "span"), SO_FAR_AROUND_A_PERIOD)
def test_so_far_around_a_period_ends_it_at_the_day_of_writing(
    text: str, number: str, span: tuple[date, date]
) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-12-18") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


# A figure told as a period's own, in the possessive right before it, is of that period,
# also where that period is the one the change before it is compared with.
POSSESSIVE_PERIOD_BEFORE = [
    ("Steel output rose to 12.4 million tonnes in March, 3% above February's 12.0 million "
     "tonnes.", "12.0 million tonnes", (D(2025, 2, 1), D(2025, 2, 28))),
    ("Coffee exports fell 8% in May, a sharper drop than April's 2% decline.", "2%",
     (D(2025, 4, 1), D(2025, 4, 30))),
    ("Wages grew 4.1% in the third quarter, faster than the previous quarter's 3.6%.", "3.6%",
     (D(2025, 4, 1), D(2025, 6, 30))),
    ("Bond yields ended at 4.2%, below last week's nearly 4.5%.", "4.5%",
     (D(2025, 7, 7), D(2025, 7, 13))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "span"), POSSESSIVE_PERIOD_BEFORE)
def test_a_figure_in_a_period_s_possessive_is_of_that_period(
    text: str, number: str, span: tuple[date, date]
) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-07-15") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


@pytest.mark.parametrize(
    ("text", "number", "span"),
    [
        # a level kept, a vote taken or a move expected "at" a meeting: that meeting's days
        (
            "The central bank kept its key rate at 4.25% at its Oct. 14-15 meeting.",
            "4.25%",
            (D(2025, 10, 14), D(2025, 10, 15)),
        ),
        (
            "The bank left its policy rate at 3.1% at its September meeting.",
            "3.1%",
            (D(2025, 9, 1), D(2025, 9, 30)),
        ),
        (
            "At Thursday's meeting, five of the seven members voted to hold rates.",
            "five",
            (D(2025, 11, 20), D(2025, 11, 20)),
        ),
        (
            "Analysts expect another quarter-point cut, to 3.5%, at its Jan. 28 policy review.",
            "3.5%",
            (D(2026, 1, 28), D(2026, 1, 28)),
        ),
        # a meeting named otherwise is no time of the figures: the minutes of one, a hold
        # since one
        ("Minutes of its March meeting showed that 4 of 9 members favoured a hike.", "4", None),
        ("The bank has kept rates at 2.25% since its December meeting.", "2.25%", None),
    ],
)
def test_a_meeting_at_which_a_rate_is_kept_or_moved(
    text: str, number: str, span: tuple[date, date] | None
) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-11-20") if r.text == number]
    got = (record.period.start, record.period.end) if record.period else None
    assert got == span or (span is None and got == (None, None))


@pytest.mark.parametrize(
    ("text", "number", "span"),
    [
        # a figure named after a period's possessive ("September's total of") is of that period
        (
            "October sales were 3.1% higher than September's total of $52.4 billion.",
            "$52.4 billion",
            (D(2025, 9, 1), D(2025, 9, 30)),
        ),
        (
            "The index fell to 48.7 in November, down 2.1 points from October's final reading "
            "of 50.8.",
            "50.8",
            (D(2025, 10, 1), D(2025, 10, 31)),
        ),
        (
            "The index slipped to 101.5 in November from October's near three-year high of 104.2.",
            "104.2",
            (D(2025, 10, 1), D(2025, 10, 31)),
        ),
        # the figures of the sentence's own period keep it
        (
            "The index fell to 48.7 in November, down 2.1 points from October's final reading "
            "of 50.8.",
            "2.1 points",
            (D(2025, 11, 1), D(2025, 11, 30)),
        ),
        (
            "November's exports rose to a total of $5 billion.",
            "$5 billion",
            (D(2025, 11, 1), D(2025, 11, 30)),
        ),
    ],
)
def test_a_figure_named_after_a_periods_possessive(
    text: str, number: str, span: tuple[date, date]
) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-12-05") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


@pytest.mark.parametrize(
    ("text", "ref", "country", "start", "end"),
    [
        # a financial year named by where it stands, in the country's financial year
        ("in the current fiscal year", "2025-11-20", "PK", "2025-07-01", "2026-06-30"),
        ("this financial year", "2026-02-10", "IN", "2025-04-01", "2026-03-31"),
        ("next fiscal year", "2025-11-20", "JP", "2026-04-01", "2027-03-31"),
        ("for the full fiscal year", "1987-04-10", "US", "1986-10-01", "1987-09-30"),
        (
            "so far in the current financial year",
            "2025-11-20",
            "IN",
            "2025-04-01",
            "2025-11-20",
        ),
        (
            "between April 1 and January 11 of the current financial year",
            "2026-01-12",
            "IN",
            "2025-04-01",
            "2026-01-11",
        ),
        # a fiscal year "ending" in a month with no year: the one still running, unless that
        # month closed within a quarter ("ended": always the one past)
        ("in the fiscal year ending in January", "2025-05-21", "US", "2025-02-01", "2026-01-31"),
        ("for the full fiscal year ending in June", "2026-01-02", "PK", "2025-07-01", "2026-06-30"),
        ("for the fiscal year ending in March", "2025-05-10", "JP", "2024-04-01", "2025-03-31"),
        ("in the fiscal year ended March 31", "1987-09-10", "JP", "1986-04-01", "1987-03-31"),
    ],
)
def test_a_financial_year_named_by_where_it_stands(
    text: str, ref: str, country: str, start: str, end: str
) -> None:
    res = resolve_period(text, ref=date.fromisoformat(ref), country=country)
    assert (iso(res.start), iso(res.end)) == (start, end)


@pytest.mark.parametrize(
    ("text", "number", "span"),
    [
        (
            "Japan's car exports will fall 5% in the current fiscal year, the association said.",
            "5%",
            (D(2025, 4, 1), D(2026, 3, 31)),
        ),
        (
            "Public debt stood at 2,819.5 billion pounds at the end of March 2025, an increase "
            "of 140.8 billion pounds over the financial year.",
            "140.8 billion pounds",
            (D(2024, 4, 1), D(2025, 3, 31)),
        ),
        (
            "The retailer expects sales to grow 3% in the fiscal year ending in January.",
            "3%",
            (D(2025, 2, 1), D(2026, 1, 31)),
        ),
        # a year's part "of the fiscal year" stays one phrase
        (
            "In the first half of the fiscal year, outlays totalled 491.4 billion dlrs, the "
            "U.S. Treasury said.",
            "491.4 billion dlrs",
            (D(2024, 10, 1), D(2025, 3, 31)),
        ),
    ],
)
def test_a_running_financial_year_in_a_sentence(
    text: str, number: str, span: tuple[date, date]
) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-05-21") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


@pytest.mark.parametrize(
    ("text", "number", "span"),
    [
        # "the fiscal third quarter" is a quarter of the calendar the report fixes
        (
            "Skyline reported fiscal third-quarter results on Tuesday for the period ended "
            "Nov. 1. Net income was $1.2 billion in the fiscal third quarter. For the fiscal "
            "fourth quarter, the company guided to revenue of $2.2 billion.",
            "$2.2 billion",
            (D(2025, 11, 2), D(2026, 1, 31)),
        ),
        (
            "Skyline reported fiscal third-quarter results on Tuesday for the period ended "
            "Nov. 1. Net income was $1.2 billion in the fiscal third quarter.",
            "$1.2 billion",
            (D(2025, 8, 3), D(2025, 11, 1)),
        ),
        (
            "Acme said its package volume rose 3.8% in its fiscal second quarter, which ended "
            "Nov. 30.",
            "3.8%",
            (D(2025, 9, 1), D(2025, 11, 30)),
        ),
        # with no calendar fixed, as written without "fiscal"; a plain quarter stays the
        # calendar's
        (
            "The brewer reported revenue growth of 4.7% for its fiscal fourth quarter.",
            "4.7%",
            (D(2025, 10, 1), D(2025, 12, 31)),
        ),
        ("Revenue rose 5% in the third quarter.", "5%", (D(2025, 7, 1), D(2025, 9, 30))),
    ],
)
def test_a_companys_fiscal_quarter(text: str, number: str, span: tuple[date, date]) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-12-05") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


@pytest.mark.parametrize(
    ("text", "number", "span"),
    [
        # a running total of a season told "till" a day: from the season's first day
        (
            "Sugar production in the 2025-26 season rose 12% to 9.8 million tonnes till "
            "December 31, the mills' association said.",
            "9.8 million tonnes",
            (D(2025, 10, 1), D(2025, 12, 31)),
        ),
        (
            "Cotton arrivals in the 2025/26 season reached 12.4 million bales till January 31.",
            "12.4 million",
            (D(2025, 8, 1), D(2026, 1, 31)),
        ),
        # no season: the day itself
        ("The tariff of 25% will apply until March 31.", "25%", (D(2026, 3, 31), D(2026, 3, 31))),
    ],
)
def test_a_seasons_total_till_a_day(text: str, number: str, span: tuple[date, date]) -> None:
    (record,) = [r for r in extract(text, ref_date="2026-01-05") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


@pytest.mark.parametrize(
    ("text", "number", "span"),
    [
        # "the same five-month period last year" is one compared phrase: the difference
        # from it is of the sentence's own period, the value in it of that period
        (
            "Borrowing in the financial year to August 2025 was £83.8 billion, £11.4 billion "
            "more than in the same five-month period last year.",
            "£11.4 billion",
            (D(2025, 4, 1), D(2025, 8, 31)),
        ),
        (
            "Exports rose 4% to $12 billion in the first half, against $11.5 billion in the "
            "same six-month period a year earlier.",
            "$11.5 billion",
            (D(2024, 1, 1), D(2024, 6, 30)),
        ),
        (
            "Exports rose 4% to $12 billion in the first half, against $11.5 billion in the "
            "same six-month period a year earlier.",
            "$12 billion",
            (D(2025, 1, 1), D(2025, 6, 30)),
        ),
        # "the same stretch": the days compared, a year back
        (
            "Seat capacity grew 3.2% in the July-September period from the same stretch of "
            "2024, while unit revenue slipped 0.7%.",
            "0.7%",
            (D(2025, 7, 1), D(2025, 9, 30)),
        ),
    ],
)
def test_the_same_n_month_period_compared_or_stretch(
    text: str, number: str, span: tuple[date, date]
) -> None:
    (record,) = [r for r in extract(text, ref_date="2025-09-20") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span


@pytest.mark.parametrize(
    ("text", "number", "span"),
    [
        # a month that names when a labelled year closed is no time of its own
        (
            "Housing starts in the 1986/87 fiscal year ended March rose 10.3 pct to 1.39 mln "
            "units, the ministry said.",
            "10.3 pct",
            (D(1986, 4, 1), D(1987, 3, 31)),
        ),
        (
            "In the 1986/87 financial year ended in March, Japanese bank lending grew 10.2 pct.",
            "10.2 pct",
            (D(1986, 4, 1), D(1987, 3, 31)),
        ),
        # a month after another phrase stays the figures' time
        (
            "Housing starts rose 4.1 pct in the year to date, and 2.3 pct in March.",
            "2.3 pct",
            (D(1987, 3, 1), D(1987, 3, 31)),
        ),
    ],
)
def test_a_labelled_year_ended_in_a_month(
    text: str, number: str, span: tuple[date, date]
) -> None:
    (record,) = [r for r in extract(text, ref_date="1987-04-30") if r.text == number]
    assert record.period is not None
    assert (record.period.start, record.period.end) == span
