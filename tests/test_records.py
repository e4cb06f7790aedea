from datetime import date

import pytest

from bulletin_extract.records import Period, Record

RECORD = Record(
    doc_id="d.txt",
    text="8.7%",
    start=10,
    end=14,
    value=8.7,
    unit="percent",
    metric="online retail sales",
    direction="increase",
    basis="year_on_year",
    qualifier=None,
    period=Period("from January to July this year", date(2024, 1, 1), date(2024, 7, 31)),
    agency="National Bureau of Statistics",
    sentence="Online retail sales grew by 8.7%.",
    rules=["quantity.percent_sign", "change.up_word"],
)


def test_to_dict_is_json_plain_with_iso_dates() -> None:
    data = RECORD.to_dict()
    assert data["period"] == {
        "text": "from January to July this year",
        "start": "2024-01-01",
        "end": "2024-07-31",
    }
    assert list(data)[:6] == ["doc_id", "text", "start", "end", "value", "unit"]


def test_round_trip() -> None:
    assert Record.from_dict(RECORD.to_dict()) == RECORD


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        (Period("currently"), {"text": "currently", "start": None, "end": None}),
        (None, None),
    ],
    ids=["unresolved", "no-period"],
)
def test_missing_dates_are_null(period: Period | None, expected: object) -> None:
    rec = Record(doc_id="d", text="5", start=0, end=1, value=5.0, unit="count", period=period)
    assert rec.to_dict()["period"] == expected
