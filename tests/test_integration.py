"""The components inside another spaCy pipeline, and the Doc extensions that give the records."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import DocBin

from bulletin_extract import Record, build_pipeline, extract
from bulletin_extract.api import COMPONENTS
from bulletin_extract.components import set_extensions

# Invented for these tests.
TEXT = (
    "Data from the National Bureau of Statistics shows that from January to July this year, "
    "online retail sales grew by 8.7%, outpacing total retail sales by 5.2 percentage points. "
    "Exports rose 6.3% year on year in July.\n"
    "About 31 countries signed the agreement."
)
REF_DATE = "2024-09-01"
SPAN_KEYS = {
    "bulletin_quantities",
    "bulletin_periods",
    "bulletin_agencies",
    "bulletin_changes",
    "bulletin_bases",
    "bulletin_qualifiers",
    "bulletin_credits",
    "bulletin_markers",
}


@pytest.fixture(scope="module")
def host() -> Language:
    """Another pipeline: blank English with a sentencizer, then the components by name."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    for name in COMPONENTS:
        config = {"ref_date": REF_DATE} if name == "bulletin_records" else {}
        nlp.add_pipe(name, config=config)
    return nlp


def test_components_added_by_name(host: Language) -> None:
    assert host.pipe_names == ["sentencizer", *COMPONENTS]
    doc = host(TEXT)
    assert set(doc.spans) >= SPAN_KEYS
    records = doc._.records
    assert [r.text for r in records] == ["8.7%", "5.2 percentage points", "6.3%", "31"]
    first = records[0]
    assert (first.value, first.unit, first.direction) == (8.7, "percent", "increase")
    assert first.period is not None
    assert (first.period.start, first.period.end) == (date(2024, 1, 1), date(2024, 7, 31))
    assert first.agency == "National Bureau of Statistics"
    assert records[2].basis == "year_on_year"
    assert records[3].qualifier == "approximately"


def test_sentences_come_from_the_host_pipeline(host: Language) -> None:
    doc = host(TEXT)
    sentences = {s.text.strip() for s in doc.sents}
    assert all(r.sentence in sentences for r in doc._.records)


def test_same_records_as_the_library(host: Language) -> None:
    assert host(TEXT)._.records == extract(TEXT, ref_date=REF_DATE)


def test_metric_records_are_json_plain_and_records_wrap_them(host: Language) -> None:
    doc = host(TEXT)
    plain = doc._.metric_records
    assert json.loads(json.dumps(plain)) == plain
    assert doc._.records == [Record.from_dict(r) for r in plain]
    assert all(isinstance(r, Record) for r in doc._.records)


def test_build_pipeline_extends_an_existing_pipeline() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    assert build_pipeline(nlp) is nlp
    build_pipeline(nlp)  # adding twice changes nothing
    assert nlp.pipe_names == ["sentencizer", *COMPONENTS]
    assert [r.text for r in nlp(TEXT)._.records] == ["8.7%", "5.2 percentage points", "6.3%", "31"]


def test_reference_date_and_id_per_document(host: Language) -> None:
    doc = host.make_doc(TEXT)
    doc._.ref_date = "2019-03-01"
    doc._.doc_id = "bulletin.txt"
    doc = host(doc)
    first = doc._.records[0]
    assert first.doc_id == "bulletin.txt"
    assert first.period is not None
    assert first.period.start == date(2019, 1, 1)


def test_pipe_with_contexts(host: Language) -> None:
    def docs():  # type: ignore[no-untyped-def]
        for i, ref in enumerate(("2020-05-01", "2021-05-01")):
            doc = host.make_doc(TEXT)
            doc._.ref_date, doc._.doc_id = ref, f"doc{i}"
            yield doc, {"n": i}

    out = [(doc._.records, ctx) for doc, ctx in host.pipe(docs(), as_tuples=True)]
    assert [ctx["n"] for _, ctx in out] == [0, 1]
    assert [recs[0].period.start.year for recs, _ in out] == [2020, 2021]  # type: ignore[union-attr]
    assert {r.doc_id for r in out[1][0]} == {"doc1"}


def test_no_records_component_means_no_records() -> None:
    set_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("bulletin_quantities")
    doc = nlp(TEXT)
    assert doc._.metric_records is None
    assert doc._.records == []
    assert [s.text for s in doc.spans["bulletin_quantities"]][:2] == [
        "8.7%",
        "5.2 percentage points",
    ]


def test_components_leave_doc_ents_to_other_components() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": "National Bureau of Statistics"}])  # type: ignore[attr-defined]
    build_pipeline(nlp)
    doc = nlp(TEXT)
    assert [(e.text, e.label_) for e in doc.ents] == [("National Bureau of Statistics", "ORG")]
    assert len(doc._.records) == 4


def test_docbin_round_trip_keeps_records_and_spans(host: Language) -> None:
    doc = host(TEXT)
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    (back,) = DocBin().from_bytes(data).get_docs(host.vocab)
    assert back._.records == doc._.records
    assert [s.text for s in back.spans["bulletin_periods"]] == [
        s.text for s in doc.spans["bulletin_periods"]
    ]


def test_factories_resolve_through_entry_points_without_import() -> None:
    """`nlp.add_pipe("bulletin_...")` works in a process that never imports the package."""
    code = f"""
import json, spacy
nlp = spacy.blank("en")
nlp.add_pipe("sentencizer")
for name in {list(COMPONENTS)!r}:
    nlp.add_pipe(name, config={{"ref_date": "{REF_DATE}"}} if name == "bulletin_records" else {{}})
doc = nlp({TEXT!r})
print(json.dumps([r["text"] for r in doc._.metric_records]))
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == ["8.7%", "5.2 percentage points", "6.3%", "31"]
