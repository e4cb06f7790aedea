"""`apply_corrections` and `bulletin-extract apply`: review decisions turned into gold records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bulletin_extract.cli import group
from bulletin_extract.corrections import (
    CorrectionError,
    apply_corrections,
    parse_correction,
    read_corrections,
    sentence_at,
)
from bulletin_extract.records import Period, Record
from bulletin_extract.schema import record_schema

TEXT = (
    "Retail sales rose 4.2% in May. Online sales grew 3.1% in April.\n"
    "Some 120 stores opened, and 15 closed.\n"
)
RUNNER = CliRunner()


def _record(text: str, **kw: Any) -> Record:
    start = TEXT.index(text)
    fields: dict[str, Any] = {"value": 1.0, "unit": "percent", "metric": "sales", **kw}
    return Record(doc_id="t.txt", text=text, start=start, end=start + len(text), **fields)


RECORDS = [
    _record("4.2%", period=Period("in May"), rules=["quantity.percent"]),
    _record("3.1%"),
    _record("120", unit="count", metric="stores"),
]


def _decision(text: str, verdict: str, **fields: Any) -> dict[str, Any]:
    start = TEXT.index(text)
    out: dict[str, Any] = {
        "doc_id": "t.txt",
        "start": start,
        "end": start + len(text),
        "verdict": verdict,
    }
    if fields:
        out["fields"] = fields
    return out


def _apply(*decisions: dict[str, Any]) -> tuple[list[Record], Any]:
    parsed = [parse_correction(d, f"c.jsonl:{n}") for n, d in enumerate(decisions, 1)]
    return apply_corrections(RECORDS, parsed, {"t.txt": TEXT}.get)


def test_undecided_and_correct_records_are_kept() -> None:
    gold, summary = _apply(_decision("4.2%", "correct"))
    assert gold == RECORDS
    assert (summary.kept, summary.confirmed) == (3, 1)


def test_wrong_without_fields_drops_the_record() -> None:
    gold, summary = _apply(_decision("3.1%", "wrong"))
    assert [r.text for r in gold] == ["4.2%", "120"]
    assert summary.dropped == 1


def test_wrong_with_fields_corrects_the_record() -> None:
    period = {"text": "in April", "start": "2025-04-01", "end": "2025-04-30"}
    gold, summary = _apply(
        _decision("3.1%", "wrong", metric="online sales", direction="increase", period=period)
    )
    fixed = gold[1]
    assert (fixed.metric, fixed.direction) == ("online sales", "increase")
    assert fixed.period == Period.from_dict(period)
    assert (fixed.text, fixed.value, fixed.unit) == ("3.1%", 1.0, "percent")
    assert summary.corrected == 1
    assert gold[0] == RECORDS[0]
    assert gold[2] == RECORDS[2]


def test_records_given_twice_share_the_decision() -> None:
    twice = [*RECORDS, RECORDS[1]]
    parsed = [parse_correction(_decision("3.1%", "wrong"), "c.jsonl:1")]
    gold, summary = apply_corrections(twice, parsed)
    assert [r.text for r in gold] == ["4.2%", "120"]
    assert summary.dropped == 2


def test_missing_adds_a_record_with_text_and_sentence_from_the_document() -> None:
    gold, summary = _apply(_decision("15", "missing", value=15, unit="count", metric="stores"))
    added = gold[3]
    assert [r.text for r in gold] == ["4.2%", "3.1%", "120", "15"]
    assert (added.text, added.value, added.unit, added.metric) == ("15", 15.0, "count", "stores")
    assert added.sentence == "Some 120 stores opened, and 15 closed."
    assert added.rules == []
    assert summary.added == 1


def test_added_records_go_in_text_order() -> None:
    gold, _ = _apply(_decision("4.2%", "correct"), _decision("May", "missing", value=5, unit="x"))
    assert [r.text for r in gold] == ["4.2%", "May", "3.1%", "120"]


def test_sentence_at() -> None:
    at = TEXT.index("3.1%")
    assert sentence_at(TEXT, at, at + 4) == "Online sales grew 3.1% in April."


def test_gold_records_are_valid_against_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    gold, _ = _apply(
        _decision("3.1%", "wrong", basis="year_on_year", agency=None),
        _decision("15", "missing", value=15, unit="count"),
    )
    validator = jsonschema.Draft202012Validator(record_schema())
    for r in gold:
        validator.validate(r.to_dict())


@pytest.mark.parametrize(
    ("decision", "message"),
    [
        ([1], "a decision must be a JSON object"),
        ({"doc_id": "t.txt", "start": 0, "end": 1}, "no 'verdict'"),
        ({**_decision("4.2%", "right")}, "verdict 'right' is not one of"),
        ({**_decision("4.2%", "correct"), "start": 30}, "are not a span"),
        ({**_decision("4.2%", "correct"), "extra": 1}, "unknown key extra"),
        (_decision("4.2%", "wrong", colour="red"), "unknown field colour"),
        (_decision("4.2%", "wrong", direction="up"), "direction 'up' is not one of"),
        (_decision("4.2%", "wrong", value="4.2"), "value must be a number"),
        (_decision("4.2%", "wrong", period={"text": "May", "start": "May"}), "not an ISO date"),
        (_decision("15", "missing", value=15), "a missing record needs unit"),
        (_decision("4.2%", "correct", metric="x"), "takes no fields"),
    ],
)
def test_bad_decisions_are_named(decision: Any, message: str) -> None:
    with pytest.raises(CorrectionError, match="^c.jsonl:7: .*" + message.replace("(", r"\(")):
        parse_correction(decision, "c.jsonl:7")


@pytest.mark.parametrize(
    ("decision", "message"),
    [
        (_decision("15", "correct"), "no record at t.txt"),
        (_decision("4.2%", "missing", value=4.2, unit="percent"), "already has a record"),
        (_decision("120", "skip"), "already has a record"),
        ({**_decision("15", "missing", value=1, unit="x"), "doc_id": "u.txt"}, "not found"),
        ({**_decision("15", "missing", value=1, unit="x"), "end": 999}, "past the end"),
    ],
)
def test_decisions_that_do_not_fit_the_records(decision: dict[str, Any], message: str) -> None:
    with pytest.raises(CorrectionError, match="c.jsonl:1: .*" + message):
        _apply(decision)


def test_a_second_decision_on_one_span_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    line = json.dumps(_decision("4.2%", "correct"))
    path.write_text(f"{line}\n\n{line}\n", encoding="utf-8")
    with pytest.raises(CorrectionError, match=r"c\.jsonl:3: a second decision .*first at .*:1\)"):
        read_corrections(path)


def _files(tmp_path: Path, decisions: list[dict[str, Any]]) -> tuple[Path, Path, Path]:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "t.txt").write_text(TEXT, encoding="utf-8")
    records = tmp_path / "records.jsonl"
    records.write_text("".join(json.dumps(r.to_dict()) + "\n" for r in RECORDS), encoding="utf-8")
    corrections = tmp_path / "corrections.jsonl"
    corrections.write_text("".join(json.dumps(d) + "\n" for d in decisions), encoding="utf-8")
    return records, corrections, texts


def test_command_writes_the_gold_file(tmp_path: Path) -> None:
    records, corrections, texts = _files(
        tmp_path,
        [
            _decision("4.2%", "correct"),
            _decision("3.1%", "wrong"),
            _decision("15", "missing", value=15, unit="count"),
            _decision("Some", "skip"),
        ],
    )
    out = tmp_path / "gold.jsonl"
    result = RUNNER.invoke(
        group, ["apply", str(records), str(corrections), "-o", str(out), "--texts", str(texts)]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "3 records (2 kept, 1 of them marked correct; 0 corrected, 1 dropped, 1 added)" in (
        result.stderr
    )
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["text"], r["value"]) for r in lines] == [("4.2%", 1.0), ("120", 1.0), ("15", 15.0)]


def test_command_needs_texts_for_missing_numbers(tmp_path: Path) -> None:
    records, corrections, _ = _files(tmp_path, [_decision("15", "missing", value=1, unit="x")])
    result = RUNNER.invoke(group, ["apply", str(records), str(corrections), "-o", "g.jsonl"])
    assert result.exit_code == 1
    assert f"error: {corrections}:1: text of 't.txt' not found (give the texts folder" in (
        result.stderr
    )


def test_command_names_a_bad_records_line(tmp_path: Path) -> None:
    records, corrections, _ = _files(tmp_path, [])
    records.write_text(records.read_text(encoding="utf-8") + '{"doc_id": "t.txt"}\n')
    result = RUNNER.invoke(group, ["apply", str(records), str(corrections), "-o", "g.jsonl"])
    assert result.exit_code == 1
    assert f"error: {records}:4: record without 'text'" in result.stderr
