"""The Dask integration on a real cluster of two worker processes gives the records
of the single-process run, loads the pipeline once per worker, and writes JSONL and
Parquet partitions that read back to the same records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bulletin_extract import extract, pipe
from bulletin_extract.records import Record

from .conftest import CORPUS

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
pq = pytest.importorskip("pyarrow.parquet")

from bulletin_extract import distributed as bd  # noqa: E402
from bulletin_extract.formats import from_row  # noqa: E402

REF_DATES: dict[str, str] = json.loads((CORPUS / "refdates.json").read_text(encoding="utf-8"))
PATHS = sorted(CORPUS.glob("*.txt"))


def _documents() -> list[dict[str, str]]:
    docs = [
        {"doc_id": p.name, "text": p.read_text(encoding="utf-8"), "ref_date": REF_DATES[p.name]}
        for p in PATHS
    ]
    # Variants, so that partitions hold several documents each.
    docs += [{**d, "doc_id": f"{d['doc_id']}#upper", "text": d["text"].upper()} for d in docs[:3]]
    docs += [{**d, "doc_id": f"{d['doc_id']}#noref", "ref_date": ""} for d in docs[:3]]
    return docs


def _single_process() -> list[dict[str, object]]:
    return [
        r.to_dict()
        for d in _documents()
        for r in extract(d["text"], ref_date=d["ref_date"] or None, doc_id=d["doc_id"])
    ]


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with cluster, distributed.Client(cluster) as client:
        bd.register(client)
        yield client


def test_cluster_has_two_worker_processes(client) -> None:  # type: ignore[no-untyped-def]
    pids = client.run(lambda: __import__("os").getpid())
    assert len(pids) == 2
    assert len(set(pids.values())) == 2


def test_bag_gives_the_single_process_records(client) -> None:  # type: ignore[no-untyped-def]
    import dask.bag as db

    bag = db.from_sequence(_documents(), npartitions=4)
    records = bd.extract_bag(bag).compute()
    assert records == _single_process()
    # Each worker loaded its pipeline once (the plugin did it), whatever it ran.
    assert set(client.run(bd.pipeline_loads).values()) == {1}


def test_partitions_ran_on_both_workers(client) -> None:  # type: ignore[no-untyped-def]
    import dask.bag as db

    bag = bd.extract_bag(db.from_sequence(_documents(), npartitions=6))
    futures = client.compute(bag.to_delayed())
    distributed.wait(futures)
    who = client.who_has(futures)
    assert len({worker for workers in who.values() for worker in workers}) == 2


def test_read_texts_and_write_jsonl(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bag = bd.read_texts(PATHS, npartitions=3)
    written = bd.write_jsonl(bd.extract_bag(bag), tmp_path / "jsonl")
    assert len(written) == 3
    got = [
        json.loads(line)
        for path in sorted(written)
        for line in Path(path).read_text(encoding="utf-8").splitlines()
    ]
    expected = [r.to_dict() for p in PATHS for r in extract(p.read_text("utf-8"), doc_id=p.name)]
    assert got == expected


def test_frame_and_parquet(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import dask.dataframe as dd
    import pandas as pd

    frame = dd.from_pandas(pd.DataFrame(_documents()), npartitions=3)
    records = bd.extract_frame(frame, ref_date_column="ref_date")
    written = bd.write_parquet(records, tmp_path / "parquet")
    assert len(written) == 3
    rows = [row for path in sorted(written) for row in pq.read_table(path).to_pylist()]
    assert [from_row(row) for row in rows] == [Record.from_dict(r) for r in _single_process()]
    # The bag's Parquet is the same.
    import dask.bag as db

    bag_written = bd.write_parquet(
        bd.extract_bag(db.from_sequence(_documents(), npartitions=2)), tmp_path / "bag"
    )
    bag_rows = [row for path in sorted(bag_written) for row in pq.read_table(path).to_pylist()]
    assert bag_rows == rows


def test_extract_partition_is_pipe() -> None:
    docs = _documents()
    expected = [
        r.to_dict()
        for recs, _ in pipe(
            ((d["text"], {"doc_id": d["doc_id"], "ref_date": d["ref_date"]}) for d in docs),
            as_tuples=True,
        )
        for r in recs
    ]
    assert bd.extract_partition(docs) == expected == _single_process()
