"""`pipe` hands out the `Record`s the records component made, only while they are the
records of the doc; a pipeline's own `metric_records` are made as before."""

from __future__ import annotations

import pickle
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from bulletin_extract import api, pipe
from bulletin_extract.normalizer import RecordBuilder
from bulletin_extract.records import Record

TEXT = "Exports rose 6.3% year on year in July 2025, the Ministry of Commerce said."


def _last_rewrites(doc: Doc) -> Doc:
    doc._.metric_records = [{**r, "metric": "rewritten"} for r in doc._.metric_records]
    return doc


if "test_rewrite_records" not in Language.factories:
    Language.component("test_rewrite_records", func=_last_rewrites)


def test_pipe_gives_the_records_of_the_dicts() -> None:
    nlp = api.load()
    [records] = list(pipe([TEXT], ref_date="2025-08-10", nlp=nlp))
    doc = nlp.make_doc(TEXT)
    doc._.ref_date = "2025-08-10"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert records == [Record.from_dict(r) for r in doc._.metric_records]
    assert doc._.metric_records  # a doc run by the pipeline itself still has its dicts


def test_a_component_after_the_records_is_respected() -> None:
    nlp = api.build_pipeline()
    nlp.add_pipe("test_rewrite_records")
    [records] = list(pipe([TEXT], ref_date="2025-08-10", nlp=nlp))
    assert records
    assert all(r.metric == "rewritten" for r in records)


def test_the_builder_pickles_without_its_docs() -> None:
    builder = RecordBuilder(ref_date="2025-01-01")
    again: Any = pickle.loads(pickle.dumps(builder))
    assert again.ref_date == builder.ref_date
    assert again.records_of(spacy.blank("en")("x")) is None
