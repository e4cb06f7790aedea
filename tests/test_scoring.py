"""`score` and `bulletin-extract score`: the pairing and field rules of the record contract.

The figures of the small fixture in `tests/data/scoring/` were worked out by hand. Where the
evaluation kit lives beside the project (`../shared/eval/score.py` with its dev set), a test
also checks that both scorers give the same figures, to the third decimal, on the dev set's
gold records against many perturbed copies of them.
"""

from __future__ import annotations

import copy
import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bulletin_extract.cli import group
from bulletin_extract.scoring import (
    FIELDS,
    PRF,
    ScoreInputError,
    pair_records,
    read_scored_records,
    same_agency,
    score,
    token_f1,
)

from .conftest import ROOT

DATA = ROOT / "tests" / "data" / "scoring"
EVAL = ROOT.parent / "shared" / "eval"
RUNNER = CliRunner()


def _rec(start: int, end: int, **kw: Any) -> dict[str, Any]:
    return {"doc_id": "d", "start": start, "end": end, "value": 1, "unit": "percent", **kw}


@pytest.mark.parametrize(
    ("gold", "pred", "f1"),
    [
        ("retail sales", "the retail sales", 1.0),
        ("online sales", "sales of goods online in shops", 0.5),
        ("consumer prices", "prices", 2 / 3),
        ("exports", "imports", 0.0),
        (None, "", 1.0),
        (None, "exports", 0.0),
        ("the", None, 1.0),  # only an article: nothing to compare
        ("sales sales", "sales", 2 / 3),  # repeated words count once each
    ],
)
def test_token_f1(gold: str | None, pred: str | None, f1: float) -> None:
    assert token_f1(gold, pred) == pytest.approx(f1)


@pytest.mark.parametrize(
    ("gold", "pred", "same"),
    [
        ("U.S. Department of Commerce", "Commerce Department", True),
        ("U.S. Department of Commerce", "Commerce Dept", True),
        ("Office for National Statistics", "ONS", False),
        ("National Bureau of Statistics", "National Bureau of Statistics of China", True),
        ("Statistics Canada", "Statistics New Zealand", False),
        (None, None, True),
        (None, "Eurostat", False),
    ],
)
def test_same_agency(gold: str | None, pred: str | None, same: bool) -> None:
    assert same_agency(gold, pred) is same


def test_pairing_is_one_to_one_largest_overlap_first() -> None:
    gold = [_rec(0, 10), _rec(12, 14)]
    pred = [_rec(8, 13), _rec(2, 9)]
    # pred 1 overlaps gold 0 by 7; pred 0 overlaps gold 0 by 2 and gold 1 by 1.
    assert sorted(pair_records(gold, pred)) == [(0, 1), (1, 0)]
    assert pair_records([_rec(0, 4)], [_rec(4, 8)]) == []  # touching spans do not overlap


def test_prf_of_nothing_is_zero() -> None:
    assert (PRF(0, 0, 0).precision, PRF(0, 0, 0).recall, PRF(0, 0, 0).f1) == (0.0, 0.0, 0.0)


def test_fixture_figures() -> None:
    result = score(
        read_scored_records(DATA / "gold.jsonl"), read_scored_records(DATA / "pred.jsonl")
    )
    assert result.documents == 2
    # c.txt has no gold records: its prediction is not counted.
    assert (result.mention.gold, result.mention.predicted) == (5, 5)
    assert (result.mention.correct, result.value_unit.correct, result.record.correct) == (4, 3, 1)
    assert result.mention.f1 == pytest.approx(0.8)
    assert result.value_unit.precision == pytest.approx(0.6)
    assert result.record.recall == pytest.approx(0.2)
    assert result.field_accuracy == pytest.approx(
        {
            "metric": 1.0,
            "direction": 1.0,
            "basis": 2 / 3,
            "qualifier": 1.0,
            "period_start": 1.0,
            "period_end": 1.0,
            "agency": 2 / 3,
        }
    )
    kinds = [(e.doc_id, e.kind, (e.gold or e.pred or {})["start"]) for e in result.errors]
    assert kinds == [
        ("a.txt", "spurious", 80),
        ("a.txt", "basis", 40),
        ("a.txt", "value/unit", 60),
        ("b.txt", "missed", 30),
        ("b.txt", "agency", 5),
    ]


def test_a_sign_written_or_not_is_the_same_value() -> None:
    gold = [_rec(0, 5, value=-0.3)]
    assert score(gold, [_rec(1, 5, value=0.3)]).value_unit.correct == 1
    assert score(gold, [_rec(1, 5, value=0.31)]).value_unit.correct == 0


def test_read_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text('{"doc_id": "d", "start": 0, "end": 1}\n\n{"doc_id": "d"\n', encoding="utf-8")
    with pytest.raises(ScoreInputError, match=r"g\.jsonl:3: not JSON"):
        read_scored_records(path)
    path.write_text('{"doc_id": "d", "start": 0}\n', encoding="utf-8")
    with pytest.raises(ScoreInputError, match=r"g\.jsonl:1: record without end"):
        read_scored_records(path)


def test_command_prints_the_table_and_errors() -> None:
    result = RUNNER.invoke(
        group, ["score", str(DATA / "gold.jsonl"), str(DATA / "pred.jsonl"), "--errors", "2"]
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "documents 2  gold records 5  predicted 5"
    assert lines[2].split() == ["mention", "0.800", "0.800", "0.800"]
    assert lines[4].split() == ["record", "0.200", "0.200", "0.200"]
    assert "errors (first 2 of 5):" in lines, result.stdout
    assert lines[-2:] == [
        "- a.txt [80:84] '2025' spurious",
        "- a.txt [40:44] '3.1%' basis: gold None / predicted 'year_on_year'",
    ]


def test_command_json() -> None:
    result = RUNNER.invoke(
        group, ["score", str(DATA / "gold.jsonl"), str(DATA / "pred.jsonl"), "--json"]
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["value_unit"]["f1"] == pytest.approx(0.6)
    assert set(out["field_accuracy"]) == set(FIELDS)
    assert "errors" not in out


def test_command_reports_a_bad_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("[1, 2]\n", encoding="utf-8")
    result = RUNNER.invoke(group, ["score", str(DATA / "gold.jsonl"), str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:1: not a record" in result.stderr


# ------------------------------------------------------------------ against the evaluation kit


def _perturbed(gold: list[dict[str, Any]], seed: int) -> list[dict[str, Any]]:
    """A copy of `gold` with the kinds of mistakes an extractor makes, at random."""
    rng = random.Random(seed)
    out = []
    for g in gold:
        p = copy.deepcopy(g)
        roll = rng.random()
        if roll < 0.08:
            continue  # missed
        if roll < 0.14:
            p["start"] = max(0, p["start"] - rng.randint(0, 3))
            p["end"] = p["end"] + rng.randint(-1, 3)
        if rng.random() < 0.1:
            p["value"] = float(p["value"]) * rng.choice([10, 0.5, -1])
        if rng.random() < 0.08:
            p["unit"] = rng.choice(["count", "percent", "USD", "Percent"])
        if rng.random() < 0.25:
            words = (p.get("metric") or "").split()
            p["metric"] = " ".join(rng.sample(words, k=rng.randint(0, len(words)))) or None
        for name, values in (
            ("direction", ["increase", "decrease", None, ""]),
            ("basis", ["year_on_year", "month_on_month", None]),
            ("qualifier", ["more_than", None]),
        ):
            if rng.random() < 0.1:
                p[name] = rng.choice(values)
        if rng.random() < 0.1:
            p["period"] = rng.choice([None, {"text": "x", "start": None, "end": None}])
        if rng.random() < 0.1:
            p["agency"] = rng.choice([None, "Statistics Bureau", "Department", "U.S. Dept"])
        out.append(p)
        if rng.random() < 0.04:  # spurious
            extra = copy.deepcopy(p)
            extra["start"], extra["end"] = p["end"] + 500, p["end"] + 503
            out.append(extra)
    rng.shuffle(out)
    return out


@pytest.mark.skipif(not (EVAL / "score.py").exists(), reason="the evaluation kit is not beside")
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_agrees_with_the_evaluation_kit(tmp_path: Path, seed: int) -> None:
    gold_path = EVAL / "dev" / "gold.jsonl"
    gold = read_scored_records(gold_path)
    pred = _perturbed(gold, seed)
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(p) + "\n" for p in pred), encoding="utf-8")
    ran = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), str(gold_path), str(pred_path), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    theirs = json.loads(ran.stdout)
    ours = score(gold, pred)
    assert ours.documents == theirs["docs"]
    assert (ours.mention.gold, ours.mention.predicted) == (theirs["gold"], theirs["pred"])
    for name, prf in (
        ("mention", ours.mention),
        ("value_unit", ours.value_unit),
        ("record", ours.record),
    ):
        assert [round(x, 3) for x in (prf.precision, prf.recall, prf.f1)] == [
            round(x, 3) for x in theirs[name]
        ], name
    for name in FIELDS:
        assert round(ours.field_accuracy[name], 3) == round(theirs["field_accuracy"][name], 3)
