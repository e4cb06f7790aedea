"""Run the extractor on a Dask cluster: documents in a bag or a dataframe, records out.

Dask (`dask.distributed`) schedules the work; this module only says what one partition
does. Each worker process loads the pipeline once (`PipelinePlugin`, or on its first
task) and keeps it, and every partition goes through `api.pipe` as a stream, so a worker
holds one partition's records at a time. Records are written by the workers themselves,
one file per partition (`write_jsonl`, `write_parquet`), or returned to the client.

Needs the `dask` extra: `pip install 'bulletin-extract[dask]'`.

Example:
    >>> from dask.distributed import Client, LocalCluster
    >>> from bulletin_extract import distributed as bd
    >>> with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, Client(cluster) as client:
    ...     bd.register(client)                        # load the pipeline on every worker now
    ...     docs = bd.read_texts(["corpus/wire_story.txt"], ref_date="1987-03-04")
    ...     paths = bd.write_jsonl(bd.extract_bag(docs), "out/records")  # doctest: +SKIP

A document is a string, or a mapping with `text` and optionally `doc_id` and `ref_date`
(ISO date); a string's `doc_id` is empty. Records are the dicts of `Record.to_dict()`
(`extract_bag`) or flat rows with the columns of `formats.COLUMNS` (`extract_frame`).
"""

from __future__ import annotations

import json
import queue
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .api import build_pipeline, load, pipe

if TYPE_CHECKING:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client, Worker
    from spacy.language import Language

__all__ = [
    "PipelinePlugin",
    "extract_bag",
    "extract_frame",
    "extract_partition",
    "pipeline_loads",
    "read_texts",
    "register",
    "write_jsonl",
    "write_parquet",
]

try:  # a real WorkerPlugin when distributed is installed; the module imports without it
    from distributed.diagnostics.plugin import WorkerPlugin as _WorkerPluginBase
except ImportError:  # pragma: no cover - depends on the environment
    _WorkerPluginBase = object  # type: ignore[assignment,misc]


# ----------------------------------------------------------------- pipelines per worker
# Idle pipelines of this process. A pipeline serves one thread at a time (the records
# builder keeps per-document state), so a worker with several threads builds one per
# thread that runs at once; a worker with one thread loads exactly one.
_IDLE: queue.SimpleQueue[Language] = queue.SimpleQueue()
_LOADS = [0]


@contextmanager
def _pipeline() -> Iterator[Language]:
    """Borrow a pipeline of this process, loading one if none is idle."""
    try:
        nlp = _IDLE.get_nowait()
    except queue.Empty:
        nlp = load() if _LOADS[0] == 0 else build_pipeline()
        _LOADS[0] += 1
    try:
        yield nlp
    finally:
        _IDLE.put(nlp)


def pipeline_loads() -> int:
    """How many pipelines this process has loaded (1 per worker thread at most)."""
    return _LOADS[0]


class PipelinePlugin(_WorkerPluginBase):
    """A Dask `WorkerPlugin` that loads the pipeline when a worker starts.

    Without it a worker loads the pipeline on its first task; with it the load is done
    before any task arrives (and a worker that cannot load it fails at once).
    """

    name = "bulletin-extract-pipeline"

    def setup(self, worker: Worker) -> None:
        """Load the pipeline (and warm it on one sentence) in the worker process."""
        with _pipeline() as nlp:
            list(pipe(["Retail sales rose 0.5% in May."], nlp=nlp))


def register(client: Client) -> None:
    """Install `PipelinePlugin` on every worker of `client`, now and as workers join."""
    register_plugin = getattr(client, "register_plugin", None)
    if register_plugin is not None:
        register_plugin(PipelinePlugin(), name=PipelinePlugin.name)
    else:  # pragma: no cover - distributed before 2023.9
        old_client: Any = client
        old_client.register_worker_plugin(PipelinePlugin(), name=PipelinePlugin.name)


# ------------------------------------------------------------------ one partition
def _task(document: str | Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    if isinstance(document, str):
        return document, {}
    context = {"doc_id": document.get("doc_id", "") or ""}
    if document.get("ref_date"):
        context["ref_date"] = str(document["ref_date"])
    return str(document["text"]), context


def extract_partition(
    documents: Iterable[str | Mapping[str, Any]],
    *,
    ref_date: date | str | None = None,
    batch_size: int = 64,
) -> list[dict[str, Any]]:
    """Records of a sequence of documents with this process's pipeline.

    Args:
        documents: Strings, or mappings with `text` and optional `doc_id`, `ref_date`.
        ref_date: Reference date for documents that give none.
        batch_size: Texts per `nlp.pipe` batch.

    Returns:
        The records as dicts (`Record.to_dict()`), documents in order.
    """
    out: list[dict[str, Any]] = []
    with _pipeline() as nlp:
        for records, _ in pipe(
            (_task(d) for d in documents),
            as_tuples=True,
            ref_date=ref_date,
            batch_size=batch_size,
            nlp=nlp,
        ):
            out.extend(r.to_dict() for r in records)
    return out


# ------------------------------------------------------------------ bags
def read_texts(
    paths: Sequence[str | Path],
    *,
    ref_date: date | str | None = None,
    npartitions: int | None = None,
    encoding: str = "utf-8",
) -> db.Bag:
    """A bag of documents read from text files (one document per file, on the workers).

    Args:
        paths: The files; each file name becomes its document's `doc_id`.
        ref_date: Reference date of every document (else found in each text).
        npartitions: Partitions of the bag (Dask's default otherwise).
        encoding: Text encoding of the files.
    """
    import dask.bag

    bags: Any = dask.bag  # dask is not typed
    ref = ref_date.isoformat() if isinstance(ref_date, date) else ref_date

    def read(path: str) -> dict[str, Any]:
        text = Path(path).read_text(encoding=encoding)
        return {"doc_id": Path(path).name, "text": text, "ref_date": ref}

    bag: db.Bag = bags.from_sequence([str(p) for p in paths], npartitions=npartitions).map(read)
    return bag


def extract_bag(
    documents: db.Bag, *, ref_date: date | str | None = None, batch_size: int = 64
) -> db.Bag:
    """Map the extractor over a bag of documents: a bag of record dicts.

    Args:
        documents: A bag of strings or mappings (`text`, optional `doc_id`, `ref_date`).
        ref_date: Reference date for documents that give none.
        batch_size: Texts per `nlp.pipe` batch inside a partition.

    Returns:
        A lazy bag with one record dict per element, partitioned like `documents`.
    """
    ref = ref_date.isoformat() if isinstance(ref_date, date) else ref_date
    bag: Any = documents
    records: db.Bag = bag.map_partitions(extract_partition, ref_date=ref, batch_size=batch_size)
    return records


def write_jsonl(records: db.Bag, directory: str | Path) -> list[str]:
    """Write a bag of record dicts as JSONL, one `part-N.jsonl` per partition.

    Returns:
        The paths written (computing the bag on the cluster).
    """
    Path(directory).mkdir(parents=True, exist_ok=True)
    bag: Any = records
    lines = bag.map(json.dumps, ensure_ascii=False)
    written: list[str] = lines.to_textfiles(
        str(Path(directory) / "part-*.jsonl"), name_function=lambda i: f"{i:05d}"
    )
    return written


# ------------------------------------------------------------------ dataframes
def _rows(records: Iterable[dict[str, Any]]) -> pd.DataFrame:
    from .formats import to_frame
    from .records import Record

    return to_frame(Record.from_dict(r) for r in records)


def _frame_partition(
    frame: pd.DataFrame,
    text_column: str,
    id_column: str | None,
    ref_date_column: str | None,
    ref_date: str | None,
    batch_size: int,
) -> pd.DataFrame:
    documents: list[dict[str, Any]] = []
    for row in frame.itertuples(index=False):
        values = row._asdict()
        ref = values.get(ref_date_column) if ref_date_column else None
        documents.append(
            {
                "text": values[text_column],
                "doc_id": str(values[id_column]) if id_column else "",
                "ref_date": str(ref)[:10] if ref is not None and ref == ref else None,
            }
        )
    return _rows(extract_partition(documents, ref_date=ref_date, batch_size=batch_size))


def extract_frame(
    documents: dd.DataFrame,
    *,
    text_column: str = "text",
    id_column: str | None = "doc_id",
    ref_date_column: str | None = None,
    ref_date: date | str | None = None,
    batch_size: int = 64,
) -> dd.DataFrame:
    """Map the extractor over a dataframe of documents: a dataframe of flat records.

    Args:
        documents: One document per row.
        text_column: Column of the texts.
        id_column: Column of the document ids (None: empty ids).
        ref_date_column: Column of the reference dates (ISO strings or dates), if any.
        ref_date: Reference date for rows that give none.
        batch_size: Texts per `nlp.pipe` batch inside a partition.

    Returns:
        A lazy dataframe with one row per record and the columns of `formats.COLUMNS`.
    """
    columns = [c for c in (text_column, id_column, ref_date_column) if c]
    ref = ref_date.isoformat() if isinstance(ref_date, date) else ref_date
    meta = _rows([])
    frame: Any = documents[columns]
    records: dd.DataFrame = frame.map_partitions(
        _frame_partition,
        text_column,
        id_column,
        ref_date_column,
        ref,
        batch_size,
        meta=meta,
        enforce_metadata=False,
    )
    return records


def write_parquet(records: db.Bag | dd.DataFrame, directory: str | Path) -> list[str]:
    """Write records as Parquet, one `part-N.parquet` per partition (flat columns).

    Args:
        records: A bag of record dicts (`extract_bag`) or a dataframe (`extract_frame`).
        directory: Folder to write into (created).

    Returns:
        The paths written (computing the records on the cluster).
    """
    from dask.base import compute
    from dask.delayed import delayed

    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    lazy: Any = records
    parts = lazy.to_delayed()  # one delayed list (bag) or pandas frame per partition
    write: Any = delayed(_write_parquet_part)
    tasks = [write(part, str(out / f"part-{i:05d}.parquet")) for i, part in enumerate(parts)]
    run: Any = compute
    written: list[str] = list(run(*tasks))
    return written


def _write_parquet_part(part: Any, path: str) -> str:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .formats import arrow_schema, from_frame, to_row
    from .records import Record

    records = [Record.from_dict(r) for r in part] if isinstance(part, list) else from_frame(part)
    table = pa.Table.from_pylist([to_row(r) for r in records], schema=arrow_schema())
    pq.write_table(table, path)
    return path
