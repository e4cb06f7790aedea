"""Golden records for every text in corpus/, and offsets that always point at the text.

After a deliberate change to the extractor, rewrite the expected files with
`pytest tests/test_corpus.py --update-golden` and review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bulletin_extract import extract

from .conftest import CORPUS

REF_DATES: dict[str, str] = json.loads((CORPUS / "refdates.json").read_text(encoding="utf-8"))
TEXTS = sorted(CORPUS.glob("*.txt"))


def _records(path: Path) -> list[dict[str, object]]:
    text = path.read_text(encoding="utf-8")
    return [r.to_dict() for r in extract(text, ref_date=REF_DATES.get(path.name), doc_id=path.name)]


def test_every_corpus_text_has_a_reference_date() -> None:
    assert {p.name for p in TEXTS} == set(REF_DATES)


@pytest.mark.parametrize("path", TEXTS, ids=[p.name for p in TEXTS])
def test_golden_records(path: Path, update_golden: bool) -> None:
    expected_path = path.with_suffix(".expected.jsonl")
    got = _records(path)
    if update_golden:
        expected_path.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in got), encoding="utf-8"
        )
    expected = [json.loads(line) for line in expected_path.read_text(encoding="utf-8").splitlines()]
    assert got == expected


@pytest.mark.parametrize("path", TEXTS, ids=[p.name for p in TEXTS])
def test_record_text_is_the_document_slice(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    records = _records(path)
    assert records, f"{path.name} gave no records"
    for r in records:
        assert r["text"] == text[r["start"] : r["end"]]
        assert r["sentence"] and r["text"] in r["sentence"]
