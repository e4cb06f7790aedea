"""The library surface: load the pipeline once, extract records from texts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from typing import Any, overload

import spacy
from spacy.language import Language

from .components import set_extensions
from .records import Record

#: Component names in pipeline order.
COMPONENTS = (
    "bulletin_quantities",
    "bulletin_periods",
    "bulletin_agencies",
    "bulletin_cues",
    "bulletin_records",
)


def build_pipeline(nlp: Language | None = None) -> Language:
    """Add the bulletin components to `nlp` (a new `spacy.blank("en")` by default).

    Args:
        nlp: An existing English pipeline, trained or blank, to extend.

    Returns:
        The pipeline, with the components appended in order.
    """
    from . import components  # noqa: F401  (registers the factories)

    set_extensions()
    nlp = nlp if nlp is not None else spacy.blank("en")
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


@cache
def load() -> Language:
    """Return the default rule-based pipeline, built once per process."""
    return build_pipeline()


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
) -> list[Record]:
    """Extract the metric records of one text.

    Args:
        text: The document text.
        ref_date: Reference date for deictic periods ("this year", "last month");
            when omitted, a publication date stated in the text is used if found.
        doc_id: Id written to every record.
        nlp: A pipeline from `build_pipeline`; the default one is used otherwise.

    Returns:
        The records in document order.

    Example:
        >>> recs = extract("Retail sales grew by 8.7% in July 2024.", doc_id="x")
        >>> recs[0].value, recs[0].unit, recs[0].direction
        (8.7, 'percent', 'increase')
    """
    nlp = nlp or load()
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
) -> Iterator[Any]: ...


def pipe(
    texts: Iterable[Any],
    *,
    ref_date: date | str | None = None,
    as_tuples: bool = False,
    batch_size: int = 64,
    n_process: int = 1,
    nlp: Language | None = None,
) -> Iterator[Any]:
    """Stream many texts through the pipeline, loaded once, in input order.

    Args:
        texts: Strings, or `(text, context)` pairs with `as_tuples=True`; a context
            may hold `doc_id` and `ref_date`, and is passed back unchanged.
        ref_date: Reference date for texts whose context gives none.
        as_tuples: Whether items are `(text, context)` pairs.
        batch_size: Texts per batch.
        n_process: Worker processes (spaCy's multiprocessing); output keeps input order.
        nlp: A pipeline from `build_pipeline`; the default one otherwise.

    Yields:
        A list of records per text, or `(records, context)` with `as_tuples=True`.
    """
    nlp = nlp or load()
    default_ref = _iso(ref_date)

    def docs() -> Iterator[tuple[Any, Any]]:
        for item in texts:
            text, context = item if as_tuples else (item, None)
            doc = nlp.make_doc(text)
            ctx = context or {}
            doc._.ref_date = _iso(ctx.get("ref_date")) or default_ref
            doc._.doc_id = str(ctx.get("doc_id", ""))
            yield doc, context

    for doc, context in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        records = [Record.from_dict(r) for r in doc._.metric_records]
        yield (records, context) if as_tuples else records
