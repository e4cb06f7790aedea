"""The hand-labelled bulletins in corpus/annotated: gold records that hold together."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bulletin_extract import extract

HERE = Path(__file__).resolve().parent.parent / "corpus" / "annotated"
GOLD = [json.loads(line) for line in (HERE / "gold.jsonl").read_text().splitlines()]
REFDATES = json.loads((HERE / "REFDATES.json").read_text())
FIELDS = {"metric", "direction", "basis", "qualifier", "period", "agency", "value", "unit"}


def test_every_text_has_a_reference_date_and_gold() -> None:
    texts = {p.name for p in HERE.glob("*.txt")}
    assert texts == set(REFDATES)
    assert texts == {g["doc_id"] for g in GOLD}


@pytest.mark.parametrize("gold", GOLD, ids=[f"{g['doc_id']}:{g['start']}" for g in GOLD])
def test_gold_record_is_a_slice_of_its_text(gold: dict) -> None:
    text = (HERE / gold["doc_id"]).read_text(encoding="utf-8")
    assert text[gold["start"] : gold["end"]] == gold["text"]
    assert set(gold) >= FIELDS
    if gold["period"] is not None:
        assert gold["period"]["text"] in text


def test_extractor_finds_every_annotated_number() -> None:
    """Every gold number is found as a mention (its fields are what the scores measure)."""
    for doc_id, ref in REFDATES.items():
        text = (HERE / doc_id).read_text(encoding="utf-8")
        found = {(r.start, r.end) for r in extract(text, ref_date=ref, doc_id=doc_id)}
        wanted = {(g["start"], g["end"]) for g in GOLD if g["doc_id"] == doc_id}
        assert wanted <= found, doc_id
