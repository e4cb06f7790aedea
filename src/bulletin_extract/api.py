"""The library surface: load the pipeline once, extract records from texts."""

from __future__ import annotations

import gc
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import date
from itertools import islice
from typing import Any, overload

import spacy
from spacy.language import Language

from .components import LINE_BREAKS, set_extensions
from .records import Record
from .tokenizer import blank, customize

#: Component names in pipeline order.
COMPONENTS = (
    "bulletin_quantities",
    "bulletin_periods",
    "bulletin_agencies",
    "bulletin_cues",
    "bulletin_records",
)
#: The component that makes the records.
RECORDS = COMPONENTS[-1]


#: Components of a trained pipeline that the records do not use: left out by `load_model`.
#: (The lemmatizer and attribute ruler stay: they cost little, and give lemmas and POS.)
UNUSED_COMPONENTS = ("ner",)


class ModelError(ValueError):
    """A model that cannot serve: not installed, not a pipeline, not English or no parser."""


def build_pipeline(nlp: Language | None = None) -> Language:
    """Add the bulletin components to `nlp` (a new `spacy.blank("en")` by default).

    Its tokenizer gets the bulletin rules ("(-$262 million)", "2%-4%"): a new blank
    pipeline is made with them (`tokenizer.blank`), another's tokenizer is changed in place
    (`tokenizer.customize`). In a pipeline that sets sentence boundaries (a parser or
    senter), a component that starts a sentence after every line break goes before it, so
    that no sentence or dependency arc crosses a paragraph.

    Args:
        nlp: An existing English pipeline, trained or blank, to extend.

    Returns:
        The pipeline, with the components appended in order.
    """
    from . import components  # noqa: F401  (registers the factories)

    set_extensions()
    nlp = nlp if nlp is not None else blank()
    customize(nlp.tokenizer)  # a no-op on `blank()`'s
    splitter = next((n for n in nlp.pipe_names if n in ("parser", "senter")), None)
    if splitter is not None and LINE_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before=splitter)
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


def load_model(name: str | os.PathLike[str]) -> Language:
    """Load an installed English spaCy pipeline with a parser, without its NER.

    Args:
        name: A package name (`en_core_web_sm`) or the path of a pipeline folder.

    Returns:
        The trained pipeline, its unused components left out (`UNUSED_COMPONENTS`),
        without the bulletin components (see `build_pipeline`).

    Raises:
        ModelError: The model is not installed, not English, or has no parser.
    """
    try:
        nlp = spacy.load(os.fspath(name), exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:  # spaCy's E050: neither a package nor a pipeline folder
        raise ModelError(
            f"model {str(name)!r} is not an installed spaCy pipeline or a pipeline folder "
            f"(install it, e.g. pip install en_core_web_sm)"
        ) from exc
    except Exception as exc:  # a broken folder, a component of a missing plugin, ...
        raise ModelError(f"model {str(name)!r} cannot be loaded: {exc}") from exc
    if nlp.lang != "en":
        raise ModelError(f"model {str(name)!r} is for language {nlp.lang!r}, not English ('en')")
    if not any("token.dep" in nlp.get_pipe_meta(pipe).assigns for pipe in nlp.pipe_names):
        raise ModelError(
            f"model {str(name)!r} has no dependency parser (its components: "
            f"{', '.join(nlp.pipe_names) or 'none'}); give a pipeline with a parser"
        )
    return nlp


def load(model: str | os.PathLike[str] | None = None) -> Language:
    """Return the pipeline, built once per process and model.

    Args:
        model: None for the rule-based pipeline on `spacy.blank("en")`; else the name
            or path of an installed English spaCy pipeline with a parser (`load_model`),
            to which the bulletin components are added after the parser.

    Raises:
        ModelError: The model cannot serve (see `load_model`).
    """
    key = None if model is None else os.fspath(model)
    if key not in _PIPELINES:
        _PIPELINES[key] = build_pipeline(None if key is None else load_model(key))
    return _PIPELINES[key]


#: The pipelines `load` built in this process, by model (None: the rule-based one).
_PIPELINES: dict[str | None, Language] = {}


def _iso(ref_date: date | str | None) -> str | None:
    if ref_date is None:
        return None
    if isinstance(ref_date, date):
        return ref_date.isoformat()
    return date.fromisoformat(ref_date).isoformat()


def extract(
    text: str,
    *,
    ref_date: date | str | None = None,
    doc_id: str = "",
    nlp: Language | None = None,
    model: str | None = None,
) -> list[Record]:
    """Extract the metric records of one text.

    Args:
        text: The document text.
        ref_date: Reference date for deictic periods ("this year", "last month");
            when omitted, a publication date stated in the text is used if found.
        doc_id: Id written to every record.
        nlp: A pipeline from `build_pipeline`; else `load(model)`.
        model: A spaCy pipeline with a parser to load and use (see `load`), when no
            `nlp` is given; the default is the rule-based pipeline.

    Returns:
        The records in document order.

    Example:
        >>> recs = extract("Retail sales grew by 8.7% in July 2024.", doc_id="x")
        >>> recs[0].value, recs[0].unit, recs[0].direction
        (8.7, 'percent', 'increase')
    """
    nlp = nlp or load(model)
    if len(text) > nlp.max_length:
        # Past spaCy's length limit, read the text in blocks of lines (offsets still refer
        # to the whole text), as the command line does for long files.
        from .readers import Document, extract_document

        document = Document.from_text(text, doc_id=doc_id)
        return [
            r for _, block in extract_document(document, ref_date=ref_date, nlp=nlp) for r in block
        ]
    doc = nlp.make_doc(text)
    doc._.ref_date = _iso(ref_date)
    doc._.doc_id = doc_id
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [Record.from_dict(r) for r in doc._.metric_records]


@overload
def pipe(
    texts: Iterable[str],
    *,
    ref_date: date | str | None = ...,
    as_tuples: bool = ...,
    batch_size: int = ...,
    n_process: int = ...,
    nlp: Language | None = ...,
    model: str | None = ...,
) -> Iterator[Any]: ...


@overload
def pipe(
    texts: Iterable[tuple[str, dict[str, Any]]],
    *,
    ref_date: date | str | None = ...,
    as_tuples: bool = ...,
    batch_size: int = ...,
    n_process: int = ...,
    nlp: Language | None = ...,
    model: str | None = ...,
) -> Iterator[Any]: ...


def pipe(
    texts: Iterable[Any],
    *,
    ref_date: date | str | None = None,
    as_tuples: bool = False,
    batch_size: int = 64,
    n_process: int = 1,
    nlp: Language | None = None,
    model: str | None = None,
) -> Iterator[Any]:
    """Stream many texts through the pipeline, loaded once, in input order.

    Texts are read lazily, a few batches ahead, so a long stream runs in flat memory:
    once the vocabulary holds `ZONE_AFTER_STRINGS` strings, each group of batches is
    processed inside `nlp.memory_zone()`, which frees the strings it added to the
    vocabulary (new numbers, names) once its records are out. Before that, words stay
    cached, which is faster.

    With `n_process > 1` the batches go to that many worker processes, each with its
    own pipeline (on Linux forked from this process, pipeline built; elsewhere loaded once
    per process), and come back as plain records in input order; the contexts stay in
    this process, so they need not be picklable. Texts, not Docs, are shipped: tokenizing
    and serializing Docs here, as spaCy's own `nlp.pipe(n_process=...)` does, would leave
    this process the bottleneck.

    Args:
        texts: Strings, or `(text, context)` pairs with `as_tuples=True`; a context
            may hold `doc_id` and `ref_date`, and is passed back unchanged.
        ref_date: Reference date for texts whose context gives none.
        as_tuples: Whether items are `(text, context)` pairs.
        batch_size: Texts per batch (and per task sent to a worker process).
        n_process: Worker processes; 1 runs here, -1 uses every CPU. Output keeps
            input order and equals the output of `n_process=1`.
        nlp: A pipeline from `build_pipeline`; else `load(model)`. With worker
            processes under a start method other than fork it must pickle.
        model: A spaCy pipeline with a parser (see `load`), when no `nlp` is given;
            worker processes load the same.

    Yields:
        A list of records per text, or `(records, context)` with `as_tuples=True`.
    """
    return _pipe(
        texts,
        ref_date=ref_date,
        as_tuples=as_tuples,
        batch_size=batch_size,
        n_process=n_process,
        nlp=nlp,
        model=model,
    )


#: The records of one text as JSONL (`records.jsonl_bytes`), and how many there are.
Encoded = tuple[bytes, int]


def _pipe(
    texts: Iterable[Any],
    *,
    ref_date: date | str | None = None,
    as_tuples: bool = False,
    batch_size: int = 64,
    n_process: int = 1,
    nlp: Language | None = None,
    model: str | None = None,
    encoded: bool = False,
) -> Iterator[Any]:
    """`pipe`; with `encoded`, each text's records come as `Encoded` JSONL bytes, made where
    they were extracted (in the worker processes, for the command line to write as they are:
    decoding and encoding every record again was most of its own work with `--jobs`)."""
    nlp = nlp or load(model)
    # A pipeline that `load` built is loaded again by each worker, not shipped to it.
    loaded = [key for key, pipeline in _PIPELINES.items() if pipeline is nlp]
    default_ref = _iso(ref_date)
    if n_process < 0:
        n_process = os.cpu_count() or 1
    batch_size = max(1, batch_size)

    def tasks() -> Iterator[tuple[list[_Task], list[Any]]]:
        """Batches of (text, ref_date, doc_id), with the contexts kept aside."""
        items = iter(texts)
        while True:
            chunk = list(islice(items, batch_size))
            if not chunk:
                return
            batch: list[_Task] = []
            contexts: list[Any] = []
            for item in chunk:
                text, context = item if as_tuples else (item, None)
                ctx = context or {}
                batch.append(
                    (
                        text,
                        _iso(ctx.get("ref_date") or None) or default_ref,
                        str(ctx.get("doc_id", "")),
                    )
                )
                contexts.append(context)
            yield batch, contexts

    if n_process > 1:
        results: Iterator[tuple[list[Any], list[Any]]] = _pipe_processes(
            tasks(), n_process, None if loaded else nlp, loaded[0] if loaded else None, encoded
        )
    else:
        results = _pipe_here(tasks(), nlp, encoded)
    for batch_records, contexts in results:
        for records, context in zip(batch_records, contexts, strict=True):
            # `Record`s (or, `encoded`, their JSONL) from either path
            yield (records, context) if as_tuples else records


_Task = tuple[str, "str | None", str]  # text, ISO reference date, doc id
#: Batches processed inside one `nlp.memory_zone()`.
_ZONE_BATCHES = 8
#: Strings the vocabulary may hold before batches run inside memory zones. Outside a zone
#: the tokenizer caches every word it splits and the vocabulary keeps every lexeme, which
#: is several times faster than a zone (where each word is split and looked up afresh);
#: once the vocabulary holds this many strings, zones keep memory flat from there on.
ZONE_AFTER_STRINGS = 200_000


def memory_zone(nlp: Language) -> AbstractContextManager[Any]:
    """A memory zone once the vocabulary is large, else no zone (see `ZONE_AFTER_STRINGS`)."""
    if len(nlp.vocab.strings) < ZONE_AFTER_STRINGS:
        return nullcontext()
    return nlp.memory_zone()


def _records_of(nlp: Language, batch: list[_Task]) -> list[list[Record]]:
    """The records of each text of a batch (the work of one process): those the records
    component made, where it can still hand them out (see `RecordBuilder.records_of`),
    rather than rebuilt from the dicts of `doc._.metric_records`."""
    builder = nlp.get_pipe(RECORDS) if RECORDS in nlp.pipe_names else None
    made = getattr(builder, "records_of", None)
    # When no component runs after it, the records component need not make the dicts.
    hand_out = getattr(builder, "hand_out", None) if nlp.pipe_names[-1:] == [RECORDS] else None

    def docs() -> Iterator[Any]:
        for text, ref, doc_id in batch:
            doc = nlp.make_doc(text)
            doc._.ref_date = ref
            doc._.doc_id = doc_id
            if hand_out is not None:
                hand_out(doc)
            yield doc

    out: list[list[Record]] = []
    for doc in nlp.pipe(docs(), batch_size=len(batch)):
        records = made(doc) if made is not None else None
        out.append(
            records if records is not None else [Record.from_dict(r) for r in doc._.metric_records]
        )
    return out


def _encode(records: list[list[Record]]) -> list[Encoded]:
    """Each text's records as JSONL bytes."""
    from .records import jsonl_bytes

    return [(jsonl_bytes(items), len(items)) for items in records]


def _pipe_here(
    tasks: Iterator[tuple[list[_Task], list[Any]]], nlp: Language, encoded: bool = False
) -> Iterator[tuple[list[Any], list[Any]]]:
    """Process batches in this process, a few at a time inside a memory zone."""
    while True:
        group = list(islice(tasks, _ZONE_BATCHES))
        if not group:
            return
        with memory_zone(nlp):
            done = [(_records_of(nlp, batch), contexts) for batch, contexts in group]
        for records, contexts in done:  # outside the zone: the consumer may use the pipeline
            yield (_encode(records) if encoded else records), contexts


_WORKER_NLP: list[Language] = []


def _init_worker(nlp: Language | None, model: str | None) -> None:
    _WORKER_NLP[:] = [nlp if nlp is not None else load(model)]


def _work(batch: list[_Task], encoded: bool = False) -> list[Any]:
    nlp = _WORKER_NLP[0]
    with memory_zone(nlp):
        # `Record`s travel back as they are: unpickling them costs the calling process less
        # than unpickling their dicts and rebuilding them
        records = _records_of(nlp, batch)
    return _encode(records) if encoded else records


def _start_method() -> Any:
    """The multiprocessing context of the worker processes: fork on Linux, where each worker
    starts as a copy of this process with its pipeline already built (and a fork costs
    milliseconds); elsewhere the platform's default (spawn on macOS and Windows), where each
    worker imports the package and loads the pipeline itself."""
    import multiprocessing

    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return None


@contextmanager
def _frozen_for_fork() -> Iterator[None]:
    """Move this process's objects out of the garbage collector's reach while workers fork
    (`gc.freeze`), so that their collections neither walk the pipeline inherited nor write to
    its memory pages (which a fork shares until written). Nothing is done if objects are
    frozen already (the command line freezes them after start-up)."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _pipe_processes(
    tasks: Iterator[tuple[list[_Task], list[Any]]],
    n_process: int,
    nlp: Language | None,
    model: str | None,
    encoded: bool = False,
) -> Iterator[tuple[list[Any], list[Any]]]:
    """Process batches in `n_process` worker processes, yielding them in input order.

    Each worker uses `nlp` when given, else loads `load(model)` once (a forked worker finds
    the pipeline that this process loaded); with `encoded` it sends `Encoded` JSONL back.
    """
    ahead = 4 * n_process  # batches in flight: enough to keep every worker busy
    pending: deque[tuple[Future[list[Any]], list[Any]]] = deque()
    pool = ProcessPoolExecutor(
        n_process, mp_context=_start_method(), initializer=_init_worker, initargs=(nlp, model)
    )
    started = False
    with pool:
        try:
            for batch, contexts in tasks:
                if started:
                    future = pool.submit(_work, batch, encoded)
                else:
                    with _frozen_for_fork():  # the first task starts the workers
                        future = pool.submit(_work, batch, encoded)
                    started = True
                pending.append((future, contexts))
                if len(pending) >= ahead:
                    future, ctx = pending.popleft()
                    yield future.result(), ctx
            while pending:
                future, ctx = pending.popleft()
                yield future.result(), ctx
        finally:
            for future, _ in pending:
                future.cancel()
