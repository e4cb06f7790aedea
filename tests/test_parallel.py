"""`pipe` over worker processes gives the records of one process, in input order."""

from __future__ import annotations

import json
from itertools import islice

import pytest

from bulletin_extract import extract, pipe

from .conftest import CORPUS

REF_DATES: dict[str, str] = json.loads((CORPUS / "refdates.json").read_text(encoding="utf-8"))


def _items() -> list[tuple[str, dict[str, str]]]:
    items = [
        (p.read_text(encoding="utf-8"), {"doc_id": p.name, "ref_date": REF_DATES[p.name]})
        for p in sorted(CORPUS.glob("*.txt"))
    ]
    # Enough documents for several batches per worker, in an order that is not sorted.
    more = [
        (text.replace("1", "3"), {"doc_id": f"{ctx['doc_id']}#{i}", "ref_date": ctx["ref_date"]})
        for i in range(3)
        for text, ctx in reversed(items)
    ]
    return items + more + [("", {"doc_id": "empty"}), ("No numbers here.", {"doc_id": "none"})]


def _dicts(records: list) -> list[dict[str, object]]:  # type: ignore[type-arg]
    return [r.to_dict() for r in records]


def test_two_processes_equal_one_process_and_extract() -> None:
    items = _items()
    one = [(_dicts(recs), ctx) for recs, ctx in pipe(items, as_tuples=True, batch_size=3)]
    two = [
        (_dicts(recs), ctx) for recs, ctx in pipe(items, as_tuples=True, batch_size=3, n_process=2)
    ]
    assert two == one
    assert [ctx for _, ctx in two] == [ctx for _, ctx in items]  # input order, contexts back
    expected = [
        _dicts(extract(text, ref_date=ctx.get("ref_date"), doc_id=ctx["doc_id"]))
        for text, ctx in items
    ]
    assert [recs for recs, _ in one] == expected


def test_context_reference_date_and_default_reach_the_workers() -> None:
    text = "Prices rose 2% last month."
    items = [(text, {"doc_id": "a", "ref_date": "2024-03-15"}), (text, {"doc_id": "b"})]
    got = list(pipe(items, as_tuples=True, ref_date="2020-07-01", n_process=2, batch_size=1))
    periods = [recs[0].period for recs, _ in got]
    assert [p.start.isoformat() if p and p.start else None for p in periods] == [
        "2024-02-01",
        "2020-06-01",
    ]
    assert [recs[0].doc_id for recs, _ in got] == ["a", "b"]


def test_plain_texts_and_all_cpus() -> None:
    texts = [text for text, _ in _items()[:4]]
    assert [_dicts(r) for r in pipe(texts, n_process=-1, batch_size=2)] == [
        _dicts(r) for r in pipe(texts)
    ]


def test_stopping_early_and_unpicklable_contexts() -> None:
    items = [(text, {"doc_id": ctx["doc_id"], "keep": lambda: None}) for text, ctx in _items()]
    first = list(islice(pipe(items, as_tuples=True, n_process=2, batch_size=2), 3))
    assert [ctx["doc_id"] for _, ctx in first] == [ctx["doc_id"] for _, ctx in items[:3]]


def test_long_stream_runs_in_memory_zones(monkeypatch: pytest.MonkeyPatch) -> None:
    # Once the vocabulary is large, batches run in memory zones: their new strings are freed.
    from bulletin_extract import api

    strings = api.load().vocab.strings
    list(pipe(["Output rose 1.5% to 20 tonnes in May 2024."]))
    monkeypatch.setattr(api, "ZONE_AFTER_STRINGS", 0)
    texts = [f"Output rose {i}.{i % 7}% to {i * 37} tonnes in May 2024." for i in range(300)]
    before = len(strings)
    got = [_dicts(r) for r in pipe(texts, batch_size=8)]
    assert len(strings) == before  # every new number string was freed
    assert got == [_dicts(extract(t)) for t in texts]


def test_small_vocabulary_keeps_its_strings(monkeypatch: pytest.MonkeyPatch) -> None:
    # Below the threshold no zone runs: words stay cached, and the output is the same.
    from bulletin_extract import api

    strings = api.load().vocab.strings
    monkeypatch.setattr(api, "ZONE_AFTER_STRINGS", len(strings) + 10_000)
    texts = [f"Sales fell {i}.{i % 3}% to {i * 41 + 7} units in June." for i in range(50)]
    before = len(strings)
    got = [_dicts(r) for r in pipe(texts, batch_size=8)]
    assert len(strings) > before
    assert got == [_dicts(extract(t)) for t in texts]
