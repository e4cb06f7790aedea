"""End-to-end behaviour of `extract`: case tables grouped by where the cases come from."""

from __future__ import annotations

from pathlib import Path

import pytest

from bulletin_extract import Record, extract

from .conftest import CORPUS


def one(text: str, mention: str, ref_date: str = "2024-09-01") -> Record:
    """The record whose text is `mention` (exactly one must exist)."""
    found = [r for r in extract(text, ref_date=ref_date) if r.text == mention]
    assert len(found) == 1, [r.text for r in extract(text, ref_date=ref_date)]
    return found[0]


@pytest.fixture(scope="module")
def ecommerce() -> list[Record]:
    path = CORPUS / "ecommerce_engine_2024.txt"
    return extract(path.read_text(encoding="utf-8"), ref_date="2024-09-01", doc_id=path.name)


@pytest.fixture(scope="module")
def live() -> list[Record]:
    path = CORPUS / "live_broadcast_users_2022.txt"
    return extract(path.read_text(encoding="utf-8"), ref_date="2022-11-01", doc_id=path.name)


# --- The two e-commerce articles the project started from -------------------------------

NOT_MEASUREMENTS = ["sixth", "5", "3", "2022", "11", "three"]


@pytest.mark.parametrize("word", NOT_MEASUREMENTS, ids=lambda w: f"no-{w}")
def test_ecommerce_non_measurements_give_no_record(
    ecommerce: list[Record], live: list[Record], word: str
) -> None:
    assert word not in {r.text for r in ecommerce + live}


def test_percentage_points_unit(ecommerce: list[Record]) -> None:
    rec = next(r for r in ecommerce if r.text == "5.2 percentage points")
    assert (rec.value, rec.unit) == (5.2, "percentage_point")


RESPECTIVELY = [
    (
        "ecommerce_engine_2024.txt",
        ["22.5%", "20.9%", "15.5%"],
        ["mirrorless cameras", "smart home systems", "mobile phones"],
    ),
    (
        "ecommerce_engine_2024.txt",
        ["92.9%", "82.8%", "65.9%"],
        ["televisions", "washing machines", "refrigerators"],
    ),
    (
        "live_broadcast_users_2022.txt",
        ["15.6%", "4.7%", "5.2%"],
        ["food", "clothing", "daily necessities"],
    ),
]


@pytest.mark.parametrize(
    ("doc", "mentions", "items"), RESPECTIVELY, ids=["cameras", "trade-in", "food-clothing"]
)
def test_respectively_lists_give_one_record_per_item(
    ecommerce: list[Record], live: list[Record], doc: str, mentions: list[str], items: list[str]
) -> None:
    records = {r.text: r for r in ecommerce + live if r.doc_id == doc}
    for mention, item in zip(mentions, items, strict=True):
        metric = records[mention].metric or ""
        assert item in metric
        assert all(other not in metric for other in items if other != item)
        assert records[mention].direction == "increase"


def test_headline_record(ecommerce: list[Record]) -> None:
    rec = ecommerce[0]
    assert rec.text == "8.7%"
    assert rec.metric is not None
    assert "retail sales of physical goods" in rec.metric
    assert rec.agency == "National Bureau of Statistics"
    assert rec.period is not None
    assert (str(rec.period.start), str(rec.period.end)) == ("2024-01-01", "2024-07-31")


def test_credit_carries_to_later_sentences(live: list[Record]) -> None:
    turnover = next(r for r in live if r.text == "178%")
    assert turnover.agency == "Ministry of Commerce"
    assert turnover.basis == "year_on_year"


# --- Constructions from statistical bulletins (sentences written for these tests) --------

BULLETIN_CASES = [
    # text, mention, expected fields
    (
        "The CPI rose by 1.9% in the year to June 2014, up from 1.5% in May.",
        "1.5%",
        {"direction": None, "basis": "year_on_year", "period": ("2014-05-01", "2014-05-31")},
    ),
    (
        "The CPI rose by 1.9% in the year to June 2014, up from 1.5% in May.",
        "1.9%",
        {"direction": "increase", "basis": "year_on_year", "period": ("2014-06-01", "2014-06-30")},
    ),
    (
        "Retail sales fell 0.4% between May and June 2014.",
        "0.4%",
        {
            "direction": "decrease",
            "basis": "month_on_month",
            "period": ("2014-06-01", "2014-06-30"),
        },
    ),
    (
        "Sales rose 4.5% in the three months to June 2014 compared with the three months to "
        "March 2014.",
        "4.5%",
        {"basis": "period_on_period", "period": ("2014-04-01", "2014-06-30")},
    ),
    (
        "GDP was 3.1% higher in Q2 2014 compared with the same quarter a year ago.",
        "3.1%",
        {"direction": "increase", "basis": "year_on_year", "period": ("2014-04-01", "2014-06-30")},
    ),
    (
        "Prices accounted for almost half of the increase in 2013.",
        "half",
        {"qualifier": "approximately", "unit": "fraction", "value": 0.5},
    ),
    (
        "The index fell 0.4 pct to 99.7 in January, the statistics bureau said.",
        "99.7",
        {"unit": "index_point", "direction": "decrease", "basis": None},
    ),
]


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    BULLETIN_CASES,
    ids=[
        "from-value",
        "year-to",
        "between-months",
        "three-months",
        "same-quarter",
        "fraction",
        "level",
    ],
)
def test_bulletin_constructions(text: str, mention: str, expected: dict[str, object]) -> None:
    rec = one(text, mention, ref_date="2014-07-15")
    for key, value in expected.items():
        if key == "period":
            assert rec.period is not None
            assert (str(rec.period.start), str(rec.period.end)) == value
        else:
            assert getattr(rec, key) == value, key


# --- Wire stories ---------------------------------------------------------------------

WIRE = (
    "U.S. HOME SALES FELL 6.8 PCT IN JANUARY\n"
    "WASHINGTON, March 3 - Sales of new homes fell 6.8 pct in January from December, the "
    "Commerce Department said.\n"
    "Economists had expected a 2.0 pct decline.\n"
    "In Ottawa, Canada's unemployment rate rose to 7.6 pct in February.\n"
)


@pytest.mark.parametrize(
    ("mention_index", "agency"),
    [(0, None), (1, "U.S. Department of Commerce"), (2, None), (3, None)],
    ids=["headline-before-credit", "said", "forecast-no-credit", "other-country"],
)
def test_wire_credits(mention_index: int, agency: str | None) -> None:
    records = extract(WIRE, ref_date="1987-03-03")
    assert [r.text for r in records] == ["6.8 PCT", "6.8 pct", "2.0 pct", "7.6 pct"]
    assert records[mention_index].agency == agency


def test_dateline_day_is_not_a_record() -> None:
    assert "3" not in {r.text for r in extract(WIRE, ref_date="1987-03-03")}


def test_from_to_between_months_split() -> None:
    rec = one("Inflation rose from 2.2% to 2.7% between September and October 2012.", "2.2%")
    assert rec.period is not None
    assert str(rec.period.end) == "2012-09-30"


# --- Known gaps -----------------------------------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="groups named only by a bare noun ('78.1% of men') do not "
    "inherit the indicator of the sentence before",
)
def test_bare_group_metric() -> None:
    text = "The employment rate was 75%. For May, 78.1% of men were in work."
    assert "employment rate" in (one(text, "78.1%").metric or "")


def test_corpus_texts_exist() -> None:
    assert any(Path(CORPUS).glob("*.txt"))
