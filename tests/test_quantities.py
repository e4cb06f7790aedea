"""Quantity mentions: the rules in patterns/quantities.jsonl and `parse_quantity`.

Case tables are grouped by family; the sentences are written for these tests in the
styles of national statistics bulletins, newswire reports and energy market reports.
"""

from __future__ import annotations

import doctest
import json
import math
from pathlib import Path
from typing import Any

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.util import filter_spans

from bulletin_extract import extract, quantities
from bulletin_extract.quantities import LABELS, Quantity, build_patterns, parse_quantity
from bulletin_extract.resources import PatternFileError

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = ROOT / "patterns"


def _jsonl(name: str) -> list[dict[str, Any]]:
    lines = (PATTERNS / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


RULES = _jsonl("quantities.jsonl")
CURRENCIES = _jsonl("currencies.jsonl")
UNITS = _jsonl("units.jsonl")


@pytest.fixture(scope="module")
def ruler_nlp() -> Language:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": "q"})
    rows = [{k: r[k] for k in ("label", "pattern", "id")} for r in RULES]
    ruler.add_patterns(rows)  # type: ignore[attr-defined]
    return nlp


def mentions(nlp: Language, text: str) -> list[tuple[str, str]]:
    """The longest quantity spans in `text`, in order, as (text, label)."""
    doc = nlp(text)
    spans = sorted(filter_spans(list(doc.spans["q"])), key=lambda s: s.start)
    return [(s.text, s.label_) for s in spans]


# ------------------------------------------------------------------------------ parsing
Case = tuple[str, str, float, str]

PERCENT: list[Case] = [
    ("8.7%", "PERCENT", 8.7, "percent"),
    ("8.7 %", "PERCENT", 8.7, "percent"),
    ("0.4 pct", "PERCENT", 0.4, "percent"),
    ("0.4 PCT", "PERCENT", 0.4, "percent"),
    ("3 percent", "PERCENT", 3.0, "percent"),
    ("3 per cent", "PERCENT", 3.0, "percent"),
    ("-0.3%", "PERCENT", -0.3, "percent"),
    ("+1.2%", "PERCENT", 1.2, "percent"),
    ("\u22120.3%", "PERCENT", -0.3, "percent"),
    ("10-per-cent", "PERCENT", 10.0, "percent"),
    ("five percent", "PERCENT", 5.0, "percent"),
    ("8.7pc", "PERCENT", 8.7, "percent"),
    ("12.5pct", "PERCENT", 12.5, "percent"),
    ("1,234.5%", "PERCENT", 1234.5, "percent"),
    ("178%", "PERCENT", 178.0, "percent"),
    ("0%", "PERCENT", 0.0, "percent"),
]
PERCENTAGE_POINT: list[Case] = [
    ("5.2 percentage points", "PERCENTAGE_POINT", 5.2, "percentage_point"),
    ("0.4 percentage point", "PERCENTAGE_POINT", 0.4, "percentage_point"),
    ("0.3 ppt", "PERCENTAGE_POINT", 0.3, "percentage_point"),
    ("0.3 pp", "PERCENTAGE_POINT", 0.3, "percentage_point"),
    ("0.4 of a percentage point", "PERCENTAGE_POINT", 0.4, "percentage_point"),
    ("-0.03 percentage points", "PERCENTAGE_POINT", -0.03, "percentage_point"),
    ("0.3ppt", "PERCENTAGE_POINT", 0.3, "percentage_point"),
    ("1.5pp", "PERCENTAGE_POINT", 1.5, "percentage_point"),
    ("0.5-percentage-point", "PERCENTAGE_POINT", 0.5, "percentage_point"),
    ("0.3 % points", "PERCENTAGE_POINT", 0.3, "percentage_point"),
    ("0.2 pct points", "PERCENTAGE_POINT", 0.2, "percentage_point"),
    ("two percentage points", "PERCENTAGE_POINT", 2.0, "percentage_point"),
]
BASIS_POINT: list[Case] = [
    ("25 basis points", "BASIS_POINT", 25.0, "basis_point"),
    ("1 basis point", "BASIS_POINT", 1.0, "basis_point"),
    ("25 bps", "BASIS_POINT", 25.0, "basis_point"),
    ("25bp", "BASIS_POINT", 25.0, "basis_point"),
    ("25bps", "BASIS_POINT", 25.0, "basis_point"),
    ("25-basis-point", "BASIS_POINT", 25.0, "basis_point"),
    ("-10 bp", "BASIS_POINT", -10.0, "basis_point"),
    ("fifty basis points", "BASIS_POINT", 50.0, "basis_point"),
]
MONEY: list[Case] = [
    ("£1.2bn", "MONEY", 1.2e9, "GBP"),
    ("£7.1 billion", "MONEY", 7.1e9, "GBP"),
    ("£1,234.56", "MONEY", 1234.56, "GBP"),
    ("£500k", "MONEY", 500_000.0, "GBP"),
    ("42 pence", "MONEY", 0.42, "GBP"),
    ("42p", "MONEY", 0.42, "GBP"),
    ("US$3 billion", "MONEY", 3e9, "USD"),
    ("US$3.5bn", "MONEY", 3.5e9, "USD"),
    ("U.S. $5 million", "MONEY", 5e6, "USD"),
    ("$3.5 million", "MONEY", 3.5e6, "USD"),
    ("$3.5m", "MONEY", 3.5e6, "USD"),
    ("$1.2M", "MONEY", 1.2e6, "USD"),
    ("$2.3 trln", "MONEY", 2.3e12, "USD"),
    ("127,100 dlrs", "MONEY", 127_100.0, "USD"),
    ("1.5 billion dollars", "MONEY", 1.5e9, "USD"),
    ("two billion dollars", "MONEY", 2e9, "USD"),
    ("5 US dollars", "MONEY", 5.0, "USD"),
    ("50 cents", "MONEY", 0.5, "USD"),
    ("$80/bbl", "MONEY", 80.0, "USD"),
    ("C$3bn", "MONEY", 3e9, "CAD"),
    ("A$ 2 million", "MONEY", 2e6, "AUD"),
    ("HK$5bn", "MONEY", 5e9, "HKD"),
    ("HK$5 million", "MONEY", 5e6, "HKD"),
    ("10 billion Hong Kong dollars", "MONEY", 1e10, "HKD"),
    ("NZ$5", "MONEY", 5.0, "NZD"),
    ("S$5", "MONEY", 5.0, "SGD"),
    ("8,237.4 billion yuan", "MONEY", 8_237_400_000_000.0, "CNY"),
    ("RMB 5 trillion", "MONEY", 5e12, "CNY"),
    ("5 trillion yuan", "MONEY", 5e12, "CNY"),
    ("7.6 bln yuan", "MONEY", 7.6e9, "CNY"),
    ("Rs 1,200 crore", "MONEY", 1.2e10, "INR"),
    ("Rs 5 lakh", "MONEY", 5e5, "INR"),
    ("Rs. 5 lakh", "MONEY", 5e5, "INR"),
    ("₹5 lakh crore", "MONEY", 5e12, "INR"),
    ("€40m", "MONEY", 4e7, "EUR"),
    ("€4.5bn", "MONEY", 4.5e9, "EUR"),
    ("€ 620 000", "MONEY", 620_000.0, "EUR"),
    ("40 million euros", "MONEY", 4e7, "EUR"),
    ("EUR 40 mln", "MONEY", 4e7, "EUR"),
    ("47 €/MWh", "MONEY", 47.0, "EUR"),
    ("47 EUR/MWh", "MONEY", 47.0, "EUR"),
    ("¥3 trillion", "MONEY", 3e12, "JPY"),
    ("3 trillion yen", "MONEY", 3e12, "JPY"),
    ("300 won", "MONEY", 300.0, "KRW"),
    ("KRW 300 billion", "MONEY", 3e11, "KRW"),
    ("CHF 2bn", "MONEY", 2e9, "CHF"),
    ("SFr 2bn", "MONEY", 2e9, "CHF"),
]
MULTIPLE: list[Case] = [
    ("2.2 times", "MULTIPLE", 2.2, "times"),
    ("2.2-fold", "MULTIPLE", 2.2, "times"),
    ("2.2 fold", "MULTIPLE", 2.2, "times"),
    ("10-fold", "MULTIPLE", 10.0, "times"),
    ("twofold", "MULTIPLE", 2.0, "times"),
    ("tenfold", "MULTIPLE", 10.0, "times"),
    ("two-fold", "MULTIPLE", 2.0, "times"),
    ("three times", "MULTIPLE", 3.0, "times"),
    ("2.5x", "MULTIPLE", 2.5, "times"),
]
FRACTION: list[Case] = [
    ("half", "FRACTION", 0.5, "fraction"),
    ("quarter", "FRACTION", 0.25, "fraction"),
    ("two thirds", "FRACTION", 0.6667, "fraction"),
    ("two-thirds", "FRACTION", 0.6667, "fraction"),
    ("three quarters", "FRACTION", 0.75, "fraction"),
    ("three-quarters", "FRACTION", 0.75, "fraction"),
    ("a third", "FRACTION", 0.3333, "fraction"),
    ("one third", "FRACTION", 0.3333, "fraction"),
    ("a fifth", "FRACTION", 0.2, "fraction"),
    ("one half", "FRACTION", 0.5, "fraction"),
    ("one quarter", "FRACTION", 0.25, "fraction"),
    ("one in five", "FRACTION", 0.2, "fraction"),
    ("one-in-five", "FRACTION", 0.2, "fraction"),
    ("1 in 4", "FRACTION", 0.25, "fraction"),
    ("nine out of ten", "FRACTION", 0.9, "fraction"),
]
PHYSICAL: list[Case] = [
    ("45 TWh", "PHYSICAL", 45.0, "terawatt hour"),
    ("-22 TWh", "PHYSICAL", -22.0, "terawatt hour"),
    ("+33 TWh", "PHYSICAL", 33.0, "terawatt hour"),
    ("\u221216 TWh", "PHYSICAL", -16.0, "terawatt hour"),
    ("45 terawatt-hours", "PHYSICAL", 45.0, "terawatt hour"),
    ("3,000 MWh", "PHYSICAL", 3000.0, "megawatt hour"),
    ("119 bcm", "PHYSICAL", 119e9, "cubic metre"),
    ("1.2 million tonnes", "PHYSICAL", 1.2e6, "tonne"),
    ("1.2 mn tonnes", "PHYSICAL", 1.2e6, "tonne"),
    ("1.5bn tonnes", "PHYSICAL", 1.5e9, "tonne"),
    ("620 000 tonnes", "PHYSICAL", 620_000.0, "tonne"),
    ("40,000 t", "PHYSICAL", 40_000.0, "tonne"),
    ("10 metric tonnes", "PHYSICAL", 10.0, "tonne"),
    ("13.5 Mt", "PHYSICAL", 13.5e6, "tonne"),
    ("13.5Mt", "PHYSICAL", 13.5e6, "tonne"),
    ("2.5 Mtoe", "PHYSICAL", 2.5e6, "tonne of oil equivalent"),
    ("5 PJ", "PHYSICAL", 5.0, "petajoule"),
    ("3.4 million barrels per day", "PHYSICAL", 3.4e6, "barrel per day"),
    ("2 million barrels a day", "PHYSICAL", 2e6, "barrel per day"),
    ("3.4 mb/d", "PHYSICAL", 3.4e6, "barrel per day"),
    ("3.4mb/d", "PHYSICAL", 3.4e6, "barrel per day"),
    ("500,000 bpd", "PHYSICAL", 500_000.0, "barrel per day"),
    # any physical unit as a rate per day: "/d", "/day", "per day", "a day"
    ("296 mcm/d", "PHYSICAL", 296e6, "cubic metre per day"),
    ("3.1 TWh/day", "PHYSICAL", 3.1, "terawatt hour per day"),
    ("28.4 km per day", "PHYSICAL", 28.4, "kilometre per day"),
    ("5,000 tonnes a day", "PHYSICAL", 5000.0, "tonne per day"),
    ("109.1 bcfd", "PHYSICAL", 109.1e9, "cubic foot per day"),
    ("4.09 million boe/d", "PHYSICAL", 4.09e6, "barrel of oil equivalent per day"),
    ("1.2 million barrels of oil equivalent per day", "PHYSICAL", 1.2e6,
     "barrel of oil equivalent per day"),
    ("500 MW", "PHYSICAL", 500.0, "megawatt"),
    ("500MW", "PHYSICAL", 500.0, "megawatt"),
    ("12 GW", "PHYSICAL", 12.0, "gigawatt"),
    ("120 square metres", "PHYSICAL", 120.0, "square metre"),
    ("120 m2", "PHYSICAL", 120.0, "square metre"),
    ("3 hectares", "PHYSICAL", 3.0, "hectare"),
    ("6.3 months", "PHYSICAL", 6.3, "month"),
    ("two months", "PHYSICAL", 2.0, "month"),
    ("14 km", "PHYSICAL", 14.0, "kilometre"),
    ("40m", "PHYSICAL", 40.0, "metre"),
    ("20 °C", "PHYSICAL", 20.0, "degree Celsius"),
]
NUMBER: list[Case] = [
    ("469 million", "NUMBER", 469e6, "count"),
    ("1.82 mln", "NUMBER", 1.82e6, "count"),
    ("1.06 mln", "NUMBER", 1.06e6, "count"),
    ("30.64 million", "NUMBER", 30.64e6, "count"),
    ("254,000", "NUMBER", 254_000.0, "count"),
    ("620 000", "NUMBER", 620_000.0, "count"),
    ("620\u2009000", "NUMBER", 620_000.0, "count"),
    ("1 234 567", "NUMBER", 1_234_567.0, "count"),
    ("10 billion", "NUMBER", 1e10, "count"),
    ("2.5bn", "NUMBER", 2.5e9, "count"),
    ("500k", "NUMBER", 500_000.0, "count"),
    ("5 lakh", "NUMBER", 5e5, "count"),
    ("-22", "NUMBER", -22.0, "count"),
    ("0.5", "NUMBER", 0.5, "count"),
    ("three", "NUMBER", 3.0, "count"),
    ("six", "NUMBER", 6.0, "count"),
    ("Four", "NUMBER", 4.0, "count"),
    ("twenty", "NUMBER", 20.0, "count"),
    ("twenty-one", "NUMBER", 21.0, "count"),
    ("ninety-nine", "NUMBER", 99.0, "count"),
    ("two hundred", "NUMBER", 200.0, "count"),
    ("two hundred thousand", "NUMBER", 200_000.0, "count"),
    ("one million", "NUMBER", 1e6, "count"),
]
FAMILIES = {
    "percent": PERCENT,
    "percentage_point": PERCENTAGE_POINT,
    "basis_point": BASIS_POINT,
    "money": MONEY,
    "multiple": MULTIPLE,
    "fraction": FRACTION,
    "physical": PHYSICAL,
    "number": NUMBER,
}
ALL_CASES = [(family, *case) for family, cases in FAMILIES.items() for case in cases]


def test_case_tables_are_large_enough() -> None:
    assert len(ALL_CASES) >= 80
    assert all(cases for cases in FAMILIES.values())


@pytest.mark.parametrize(
    ("family", "text", "label", "value", "unit"),
    ALL_CASES,
    ids=[f"{c[0]}:{c[1]}" for c in ALL_CASES],
)
def test_parse_quantity(family: str, text: str, label: str, value: float, unit: str) -> None:
    parsed = parse_quantity(text, label)
    assert parsed is not None
    assert parsed.value == pytest.approx(value, rel=1e-9, abs=1e-12)
    assert parsed.unit == unit
    assert parsed.kind == family == LABELS[label]


UNREADABLE = [
    ("8.7 widgets", "PERCENT"),
    ("", "NUMBER"),
    ("   ", "MONEY"),
    ("third", "FRACTION"),  # an ordinal, not a fraction
    ("five thirds", "FRACTION"),
    ("3rd", "NUMBER"),
    ("21st", "NUMBER"),
    ("one two", "NUMBER"),
    ("twenty twenty", "NUMBER"),
    ("5 zorkmids", "PHYSICAL"),
    ("5 bananas", "MONEY"),
    ("$", "MONEY"),
    ("5", "NOT_A_LABEL"),
    ("5G", "NUMBER"),
    ("3.4mb", "PHYSICAL"),  # the head of "3.4mb/d" alone names no unit
    ("5 mb/day", "PHYSICAL"),  # a mix of positions the rules allow but the gazetteer lacks
    ("3.2 in 10", "FRACTION"),  # only whole numbers make "N in M"
    ("9" * 400 + " trillion", "NUMBER"),  # no float for it
]


@pytest.mark.parametrize(
    ("text", "label"), UNREADABLE, ids=[f"{t[:12]}|{lb}" for t, lb in UNREADABLE]
)
def test_unreadable_mentions_give_none(text: str, label: str) -> None:
    assert parse_quantity(text, label) is None


def test_label_case_does_not_matter() -> None:
    assert parse_quantity("8.7%", "percent") == parse_quantity("8.7%", "PERCENT")


def test_results_are_cached() -> None:
    first = parse_quantity("3.4 mb/d", "PHYSICAL")
    hits = parse_quantity.cache_info().hits
    assert parse_quantity("3.4 mb/d", "PHYSICAL") is first
    assert parse_quantity.cache_info().hits == hits + 1


def test_module_examples_run() -> None:
    assert doctest.testmod(quantities).failed == 0


def test_quantity_is_frozen() -> None:
    q = Quantity(1.0, "count", "number")
    with pytest.raises(AttributeError):
        q.value = 2.0  # type: ignore[misc]


# ------------------------------------------------------------------------------ patterns
SENTENCES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "From January to July, online retail sales reached 8,237.4 billion yuan, "
        "an increase of 6.1% over the same period last year.",
        [("8,237.4 billion yuan", "MONEY"), ("6.1%", "PERCENT")],
    ),
    (
        "The unadjusted index fell 0.4 PCT to 99.7 in March, after a fall of 0.2 pct.",
        [("0.4 PCT", "PERCENT"), ("99.7", "NUMBER"), ("0.2 pct", "PERCENT")],
    ),
    (
        "The jobless rate rose 0.3 percentage points to 4.5%, and the bank cut rates "
        "by 25 basis points.",
        [
            ("0.3 percentage points", "PERCENTAGE_POINT"),
            ("4.5%", "PERCENT"),
            ("25 basis points", "BASIS_POINT"),
        ],
    ),
    (
        "Borrowing was £7.1 billion, £1.2bn less than a year before; a loaf cost 42 pence.",
        [("£7.1 billion", "MONEY"), ("£1.2bn", "MONEY"), ("42 pence", "MONEY")],
    ),
    (
        "Baseload prices averaged 47 €/MWh, against $80/bbl for crude.",
        [("47 €/MWh", "MONEY"), ("$80/bbl", "MONEY")],
    ),
    (
        "Solar generation reached 45 TWh (+33 TWh), gas demand rose to 119 bcm and "
        "coal fell by -22 TWh.",
        [
            ("45 TWh", "PHYSICAL"),
            ("+33 TWh", "PHYSICAL"),
            ("119 bcm", "PHYSICAL"),
            ("-22 TWh", "PHYSICAL"),
        ],
    ),
    (
        "Output held at 3.4 million barrels per day, 500 MW of wind was added and new "
        "flats average 120 square metres.",
        [
            ("3.4 million barrels per day", "PHYSICAL"),
            ("500 MW", "PHYSICAL"),
            ("120 square metres", "PHYSICAL"),
        ],
    ),
    (
        "Almost half of firms, around a quarter of households, two thirds of workers "
        "and one in five adults said so.",
        [
            ("half", "FRACTION"),
            ("quarter", "FRACTION"),
            ("two thirds", "FRACTION"),
            ("one in five", "FRACTION"),
        ],
    ),
    (
        "Users reached 469 million, 30.64 million more than in 2021, and some "
        "620 000 people signed up.",
        [
            ("469 million", "NUMBER"),
            ("30.64 million", "NUMBER"),
            ("2021", "NUMBER"),
            ("620 000", "NUMBER"),
        ],
    ),
    (
        "Spending was 2.2 times the average, a 2.2-fold rise, and imports grew twofold.",
        [("2.2 times", "MULTIPLE"), ("2.2-fold", "MULTIPLE"), ("twofold", "MULTIPLE")],
    ),
    (
        "Four regions, three sectors, twenty-one firms and two hundred shops reported.",
        [
            ("Four", "NUMBER"),
            ("three", "NUMBER"),
            ("twenty-one", "NUMBER"),
            ("two hundred", "NUMBER"),
        ],
    ),
    (
        "Outlays were Rs 1,200 crore and Rs. 5 lakh, RMB 5 trillion, 3 trillion yen, "
        "127,100 dlrs, EUR 40 mln, US$3 billion, C$3bn and HK$5bn.",
        [
            ("Rs 1,200 crore", "MONEY"),
            ("Rs. 5 lakh", "MONEY"),
            ("RMB 5 trillion", "MONEY"),
            ("3 trillion yen", "MONEY"),
            ("127,100 dlrs", "MONEY"),
            ("EUR 40 mln", "MONEY"),
            ("US$3 billion", "MONEY"),
            ("C$3bn", "MONEY"),
            ("HK$5bn", "MONEY"),
        ],
    ),
    (
        "Imports were 1.2 million tonnes, or 13.5Mt a decade ago; 500MW, 3.4mb/d, 2.5bn.",
        [
            ("1.2 million tonnes", "PHYSICAL"),
            ("13.5Mt", "PHYSICAL"),
            ("500MW", "PHYSICAL"),
            ("3.4mb/d", "PHYSICAL"),
            ("2.5bn", "NUMBER"),
        ],
    ),
    (
        "Stocks stood at 620\u2009000 tonnes.",
        [("620\u2009000 tonnes", "PHYSICAL")],
    ),
    (
        "Wages rose 10 per cent, a 25-basis-point cut followed and rents rose 0.3ppt.",
        [
            ("10 per cent", "PERCENT"),
            ("25-basis-point", "BASIS_POINT"),
            ("0.3ppt", "PERCENTAGE_POINT"),
        ],
    ),
    (
        "The council spent €40m on a 40m tower and 40 million euros on roads.",
        [("€40m", "MONEY"), ("40m", "PHYSICAL"), ("40 million euros", "MONEY")],
    ),
    (
        "Prices fell \u22120.3% and were down -0.03 percentage points on the month.",
        [("\u22120.3%", "PERCENT"), ("-0.03 percentage points", "PERCENTAGE_POINT")],
    ),
    (
        "The unemployment rate was 6.3 months of claims, or 5,000 retailers in total.",
        [("6.3 months", "PHYSICAL"), ("5,000", "NUMBER")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), SENTENCES, ids=[f"s{i:02d}" for i in range(len(SENTENCES))]
)
def test_mentions_in_sentences(
    ruler_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert mentions(ruler_nlp, text) == expected


def test_every_mention_found_is_readable(ruler_nlp: Language) -> None:
    for text, _ in SENTENCES:
        for mention, label in mentions(ruler_nlp, text):
            assert parse_quantity(mention, label) is not None, (mention, label)


@pytest.mark.parametrize(
    "text",
    ["5G networks", "3D printing", "Q3 output", "H1 results", "COVID-19 cases", "G20 talks"],
)
def test_numbers_glued_to_letters_are_numbers_at_most(ruler_nlp: Language, text: str) -> None:
    found = mentions(ruler_nlp, text)
    assert all(label == "NUMBER" for _, label in found)


@pytest.mark.parametrize(
    "text",
    [
        "the sixth Double Product Online Shopping Festival",
        "for the first time in the third consecutive month",
        "its 3rd and 21st editions",
        "the fifth successive increase",
    ],
)
def test_ordinals_are_not_matched(ruler_nlp: Language, text: str) -> None:
    assert mentions(ruler_nlp, text) == []


# -------------------------------------------------------------------------- rule file
def test_rule_lines_have_exactly_label_pattern_id() -> None:
    ids = [row["id"] for row in RULES]
    assert len(ids) == len(set(ids))
    for row in RULES:
        assert set(row) == {"label", "pattern", "id"}
        assert row["id"].startswith("quantity.")
        assert row["label"] in LABELS
        assert isinstance(row["pattern"], list)


@pytest.mark.parametrize("row", RULES, ids=[row["id"] for row in RULES])
def test_rule_validates_in_spacy(ruler_nlp: Language, row: dict[str, Any]) -> None:
    matcher = Matcher(ruler_nlp.vocab, validate=True)
    matcher.add(row["id"], [row["pattern"]])


def test_rule_file_is_up_to_date() -> None:
    """patterns/quantities.jsonl is composed from the gazetteers by `build_patterns`."""
    assert build_patterns() == RULES, (
        "patterns/quantities.jsonl is stale: run "
        "`python -m bulletin_extract.quantities > patterns/quantities.jsonl`"
    )


def test_every_label_has_rules() -> None:
    assert {row["label"] for row in RULES} == set(LABELS)


# --------------------------------------------------------------------------- gazetteers
def _currency_cases() -> list[tuple[str, str, float]]:
    cases: list[tuple[str, str, float]] = []
    for row in CURRENCIES:
        factor = row.get("factor", 1)
        for symbol in row.get("symbols", []):
            cases.append((f"{symbol}5 million", row["code"], 5e6 * factor))
            cases.append((f"{symbol} 5 million", row["code"], 5e6 * factor))
            cases.append((f"5 million {symbol}", row["code"], 5e6 * factor))
        for word in row.get("words", []):
            cases.append((f"5 million {word}", row["code"], 5e6 * factor))
        for glued in row.get("glued", []):
            cases.append((f"42{glued}", row["code"], 42 * factor))
    return cases


CURRENCY_CASES = _currency_cases()


@pytest.mark.parametrize(
    ("text", "code", "value"), CURRENCY_CASES, ids=[c[0] for c in CURRENCY_CASES]
)
def test_every_currency_alias_is_found_and_read(
    ruler_nlp: Language, text: str, code: str, value: float
) -> None:
    assert mentions(ruler_nlp, text) == [(text, "MONEY")]
    parsed = parse_quantity(text, "MONEY")
    assert parsed is not None
    assert (parsed.unit, parsed.value) == (code, pytest.approx(value))


# Names quantulum3 gives the unit rows that it reads (rows without a `unit` key).
QUANTULUM_NAMES = {
    "kWh": "kilowatt hour", "MWh": "megawatt hour", "GWh": "gigawatt hour",
    "TWh": "terawatt hour", "PWh": "petawatt hour", "Btu": "british thermal unit",
    "MMBtu": "mega british thermal unit", "mmBtu": "mega british thermal unit",
    "kilowatt hours": "kilowatt hour", "kilowatt hour": "kilowatt hour",
    "megawatt hours": "megawatt hour", "megawatt hour": "megawatt hour",
    "gigawatt hours": "gigawatt hour", "gigawatt hour": "gigawatt hour",
    "terawatt hours": "terawatt hour", "terawatt hour": "terawatt hour",
    "kilowatt-hours": "kilowatt hour", "megawatt-hours": "megawatt hour",
    "gigawatt-hours": "gigawatt hour", "terawatt-hours": "terawatt hour",
    "joules": "joule", "kilojoules": "kilojoule",
    "kW": "kilowatt", "MW": "megawatt", "GW": "gigawatt", "TW": "terawatt",
    "kilowatts": "kilowatt", "megawatts": "megawatt", "gigawatts": "gigawatt",
    "terawatts": "terawatt", "kilowatt": "kilowatt", "megawatt": "megawatt",
    "gigawatt": "gigawatt", "terawatt": "terawatt",
    "t": "tonne", "kg": "kilogram", "tonnes": "tonne", "tonne": "tonne",
    "metric tons": "tonne", "tons": "ton", "ton": "ton", "kilograms": "kilogram",
    "kilogrammes": "kilogram", "kilogram": "kilogram",
    "bbl": "barrel", "m3": "cubic metre", "m³": "cubic metre", "barrels": "barrel",
    "barrel": "barrel", "cubic metres": "cubic metre", "cubic meters": "cubic metre",
    "cubic metre": "cubic metre", "litres": "litre", "liters": "litre", "litre": "litre",
    "gallons": "gallon",
    "km": "kilometre", "m": "metre", "kilometres": "kilometre", "kilometers": "kilometre",
    "kilometre": "kilometre", "metres": "metre", "meters": "metre", "metre": "metre",
    "miles": "mile", "mile": "mile",
    "m2": "square metre", "m²": "square metre", "km2": "square kilometre",
    "km²": "square kilometre", "ha": "hectare", "square metres": "square metre",
    "square meters": "square metre", "square metre": "square metre", "sq m": "square metre",
    "square kilometres": "square kilometre", "square kilometers": "square kilometre",
    "sq km": "square kilometre", "acres": "acre", "square feet": "square foot",
    "sq ft": "square foot",
    "months": "month", "month": "month", "weeks": "week", "week": "week", "days": "day",
    "day": "day", "years": "year", "year": "year", "hours": "hour", "hour": "hour",
    "°C": "degree Celsius", "degrees Celsius": "degree Celsius",
    "GB": "gigabyte", "TB": "terabyte", "PB": "petabyte", "gigabytes": "gigabyte",
    "terabytes": "terabyte", "petabytes": "petabyte",
    "km/h": "kilometre per hour",
    "hp": "horsepower", "horsepower": "horsepower", "watts": "watt", "watt": "watt",
    "g": "gram", "mg": "milligram", "lb": "pound-mass", "lbs": "pound-mass", "oz": "ounce",
    "grams": "gram", "gram": "gram", "milligrams": "milligram", "ounces": "ounce",
    "ounce": "ounce", "cm": "centimetre", "mm": "millimetre", "ft": "foot",
    "centimetres": "centimetre", "centimeters": "centimetre", "millimetres": "millimetre",
    "millimeters": "millimetre", "inches": "inch", "inch": "inch", "feet": "foot",
    "foot": "foot", "MB": "megabyte", "megabytes": "megabyte", "kilobytes": "kilobyte",
    "kbps": "kilobit per second", "Mbps": "megabit per second", "Gbps": "gigabit per second",
    "megabits per second": "megabit per second", "gigabits per second": "gigabit per second",
    "MHz": "megahertz", "GHz": "gigahertz", "megahertz": "megahertz",
    "gigahertz": "gigahertz", "mph": "mile per hour", "kph": "kilometre per hour",
    "rpm": "revolutions per minute", "miles per hour": "mile per hour",
    "mile per hour": "mile per hour", "kilometres per hour": "kilometre per hour",
    "kilometers per hour": "kilometre per hour", "knots": "knot",
    "revolutions per minute": "revolutions per minute",
    "liter": "litre", "gallon": "gallon", "mAh": "milliampere-hour",
    "cubic feet": "cubic foot", "cubic foot": "cubic foot",
}  # fmt: skip


def _unit_cases() -> list[tuple[str, str, float, str]]:
    cases: list[tuple[str, str, float, str]] = []
    for row in UNITS:
        for alias in [*row.get("symbols", []), *row.get("words", [])]:
            if row["label"] != "PHYSICAL":
                unit, factor = row["unit"], 1
            elif "unit" in row:
                unit, factor = row["unit"], row["factor"]
            else:
                unit, factor = QUANTULUM_NAMES[alias], 1
            cases.append((f"12 {alias}", row["label"], 12.0 * factor, unit))
    return cases


UNIT_CASES = _unit_cases()


@pytest.mark.parametrize(
    ("text", "label", "value", "unit"), UNIT_CASES, ids=[c[0] for c in UNIT_CASES]
)
def test_every_unit_alias_is_found_and_read(
    ruler_nlp: Language, text: str, label: str, value: float, unit: str
) -> None:
    assert mentions(ruler_nlp, text) == [(text, label)]
    parsed = parse_quantity(text, label)
    assert parsed is not None
    assert (parsed.unit, parsed.value) == (unit, pytest.approx(value))


def test_no_alias_names_two_things() -> None:
    seen: dict[str, str] = {}
    for row in UNITS:
        for alias in [*row.get("symbols", []), *row.get("words", []), *row.get("glued", [])]:
            key = alias if alias in row.get("symbols", []) else alias.lower().replace("-", " ")
            assert seen.setdefault(key, row["id"]) == row["id"], alias
    codes: dict[str, str] = {}
    for row in CURRENCIES:
        for alias in [*row.get("symbols", []), *row.get("words", []), *row.get("glued", [])]:
            assert codes.setdefault(alias.lower(), row["id"]) == row["id"], alias


def test_gazetteer_rows_with_unknown_keys_are_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        quantities, "read_jsonl", lambda name: [{"id": "x", "colour": 1, "_line": 3}]
    )
    with pytest.raises(PatternFileError, match=r"units.jsonl:3: unknown keys colour; allowed"):
        quantities._checked_rows("units.jsonl", quantities._UNIT_KEYS)


def test_every_quantulum_name_is_used() -> None:
    aliases = {
        a
        for row in UNITS
        if row["label"] == "PHYSICAL" and "unit" not in row
        for a in [*row.get("symbols", []), *row.get("words", [])]
    }
    assert aliases == set(QUANTULUM_NAMES)


# ---------------------------------------------------------------------------- properties
LABEL_NAMES = [*LABELS, "percent", "X", ""]


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=st.text(max_size=40), label=st.sampled_from(LABEL_NAMES))
def test_parse_quantity_never_raises(text: str, label: str) -> None:
    result = parse_quantity(text, label)
    assert result is None or math.isfinite(result.value)


MENTION_LIKE = st.from_regex(
    r"\A[+\-\u2212]?[0-9]{1,4}([, \u2009][0-9]{3})*(\.[0-9]{1,3})? ?"
    r"(%|pct|bn|m|k|million|lakh crore|tonnes|TWh|mb/d|€/MWh|times|fold|in five|pence)?\Z"
)


@settings(max_examples=300, deadline=None)
@given(text=MENTION_LIKE, label=st.sampled_from(list(LABELS)))
def test_parse_quantity_never_raises_on_mention_like_text(text: str, label: str) -> None:
    result = parse_quantity(text, label)
    assert result is None or math.isfinite(result.value)


@given(n=st.integers(min_value=0, max_value=10**12))
def test_thousands_separators_read_back(n: int) -> None:
    for text in (f"{n:,}", f"{n:,}".replace(",", " "), f"{n:,}".replace(",", "\u2009")):
        parsed = parse_quantity(text, "NUMBER")
        assert parsed is not None
        assert parsed.value == n


@given(n=st.integers(min_value=0, max_value=999_999), cents=st.integers(0, 99))
def test_decimal_amounts_read_back_exactly(n: int, cents: int) -> None:
    parsed = parse_quantity(f"${n:,}.{cents:02d} billion", "MONEY")
    assert parsed is not None
    assert parsed.value == float(f"{n}.{cents:02d}e9")


@given(n=st.integers(min_value=0, max_value=999_999))
def test_number_words_agree_with_num2words(n: int) -> None:
    num2words = pytest.importorskip("num2words").num2words
    words = num2words(n).replace(",", "").replace(" and ", " ")
    parsed = parse_quantity(words, "NUMBER")
    assert parsed is not None, words
    assert parsed.value == n


# ---------------------------------------------------------------------------- known gaps
@pytest.mark.xfail(strict=True, reason="'one and a half' is not a number form of the rules")
def test_gap_one_and_a_half_times(ruler_nlp: Language) -> None:
    assert mentions(ruler_nlp, "Sales were one and a half times higher.") == [
        ("one and a half times", "MULTIPLE")
    ]


@pytest.mark.xfail(strict=True, reason="'two hundred and fifty': no 'and' inside number words")
def test_gap_number_words_with_and(ruler_nlp: Language) -> None:
    assert mentions(ruler_nlp, "two hundred and fifty firms") == [
        ("two hundred and fifty", "NUMBER")
    ]


@pytest.mark.xfail(strict=True, reason="a bare 'm' after a plain number is read as metres")
def test_gap_m_for_million_without_currency(ruler_nlp: Language) -> None:
    assert mentions(ruler_nlp, "The site had 3.5m visitors.") == [("3.5m", "NUMBER")]


@pytest.mark.xfail(strict=True, reason="'quarter'/'half' also match periods; context decides")
def test_gap_period_quarter_is_not_a_fraction(ruler_nlp: Language) -> None:
    assert mentions(ruler_nlp, "GDP grew in the first quarter and the second half.") == []


@pytest.mark.xfail(strict=True, reason="'three quarters' is also a span of time")
def test_gap_three_quarters_of_contraction(ruler_nlp: Language) -> None:
    found = mentions(ruler_nlp, "It follows three quarters of contraction.")
    assert ("three quarters", "FRACTION") not in found


def test_decimal_comma() -> None:
    parsed = parse_quantity("1,5 million", "NUMBER")
    assert parsed is not None
    assert parsed.value == 1.5e6
    grouped = parse_quantity("1,500 million", "NUMBER")
    assert grouped is not None
    assert grouped.value == 1.5e9


def test_yen_sign_in_chinese_releases() -> None:
    """A bare '¥' is read as JPY; the country of the figures makes it CNY."""
    parsed = parse_quantity("¥5 billion", "MONEY")
    assert parsed is not None
    assert parsed.unit == "JPY"
    assert quantities.localize_currency(parsed.unit, "¥5 billion", "CN") == "CNY"


@pytest.mark.xfail(
    strict=True, reason="hyphenated number words before a unit: only NUMBER has them"
)
def test_gap_hyphenated_number_words_with_unit(ruler_nlp: Language) -> None:
    assert mentions(ruler_nlp, "Prices rose twenty-five per cent.") == [
        ("twenty-five per cent", "PERCENT")
    ]


def test_quantulum_unit_answers_are_kept_in_a_cache_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bulletin_extract import quantities as q

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    q._unit_cache.cache_clear()
    q._quantulum_unit.cache_clear()
    first = q._quantulum_unit("terawatt hours")
    files = list(tmp_path.rglob("quantulum3-units-*.json"))
    assert len(files) == 1
    assert json.loads(files[0].read_text())["terawatt hours"][0] == first[0]
    q._unit_cache.cache_clear()
    q._quantulum_unit.cache_clear()
    assert q._quantulum_unit("terawatt hours") == first
    q._unit_cache.cache_clear()
    q._quantulum_unit.cache_clear()


def test_a_decimal_of_a_point_is_one_mention() -> None:
    text = "Nickel rose 3.2%, contributing 0.4 of a percentage point to the index."
    found = [(r.text, r.value, r.unit) for r in extract(text, ref_date="2025-06-01")]
    assert ("0.4 of a percentage point", 0.4, "percentage_point") in found
