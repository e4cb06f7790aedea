"""The secondary subcommands of `bulletin-extract`: `schema`, `review`, `score`, `apply`.

They are plain Typer command functions; the `bulletin-extract` group in `cli.py`
registers them (`group.command("schema")(schema_command)`). Like the rest of the CLI
they wrap the library: `schema.record_schema`, `review.write_review`, `scoring.score` and
`corrections.apply_corrections`. stdout carries data only; messages go to stderr.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer


class OutputFormat(StrEnum):
    """The `--format` choices of the commands that write records (`formats.FORMATS`)."""

    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def schema_command(
    compact: Annotated[
        bool, typer.Option("--compact", help="One line instead of indented JSON.")
    ] = False,
) -> None:
    """Print the JSON Schema (draft 2020-12) of one record of the JSONL output."""
    from .schema import schema_json

    typer.echo(schema_json(indent=None if compact else 2))


def review_command(
    records: Annotated[
        Path,
        typer.Argument(
            help="Records to review: JSONL as `extract` writes it (or .csv / .parquet).",
            exists=True,
            dir_okay=False,
            readable=True,
        ),
    ],
    texts: Annotated[
        Path,
        typer.Option(
            "--texts",
            "-t",
            help="Folder holding the documents' texts, each as <doc_id> or <doc_id>.txt.",
            exists=True,
            file_okay=False,
            readable=True,
        ),
    ],
    output: Annotated[
        Path,
        typer.Option("--output", "-o", help="The HTML file to write.", dir_okay=False),
    ] = Path("review.html"),
    include_empty: Annotated[
        bool,
        typer.Option(
            "--include-empty", help="Also show the *.txt files of --texts that have no record."
        ),
    ] = False,
    title: Annotated[
        str, typer.Option("--title", help="Title of the page.")
    ] = "bulletin_extract review",
) -> None:
    """Write an HTML page to review records in their documents' texts, and correct them.

    The page is one self-contained file (open it in any browser, offline): one document at
    a time with its records coloured by unit kind, period, agency and metric phrases
    marked, numbers without a record outlined (muted, with the reason, when skipped on
    purpose), and one table of records across documents. Mark records correct or wrong
    (keys a / x), numbers as missing records, and export corrections.jsonl for
    `bulletin-extract apply`. Every document's text must be in --texts.
    """
    from .formats import read_records
    from .review import missing_texts, write_review

    try:
        loaded = read_records(records)
    except (ValueError, KeyError, TypeError) as exc:
        typer.echo(f"error: {records}: not a records file ({exc})", err=True)
        raise typer.Exit(1) from None
    lacking = missing_texts(loaded, texts)
    if lacking:
        for doc_id in lacking:
            typer.echo(f"error: text of {doc_id!r} not found in {texts}", err=True)
        raise typer.Exit(1)
    summary = write_review(
        loaded, texts, output, include_empty=include_empty, title=title, source=records
    )
    for problem in summary.problems:
        typer.echo(f"warning: {problem}", err=True)
    typer.echo(
        f"wrote {output}: {summary.documents} documents, {summary.records} records, "
        f"{summary.misses} possible misses, {summary.skipped} numbers skipped on purpose",
        err=True,
    )
    if sys.stderr.isatty():
        typer.echo(f"open it with: file://{output.resolve()}", err=True)


def score_command(
    gold: Annotated[
        Path,
        typer.Argument(
            help="Annotated (gold) records, JSONL.", exists=True, dir_okay=False, readable=True
        ),
    ],
    pred: Annotated[
        Path,
        typer.Argument(
            help="Records to measure, JSONL (as `extract` writes them).",
            exists=True,
            dir_okay=False,
            readable=True,
        ),
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the figures as one JSON object.")
    ] = False,
    errors: Annotated[
        int, typer.Option("--errors", min=0, help="Also list the first N errors.")
    ] = 0,
) -> None:
    """Measure records against annotated records: precision, recall, F1 and field accuracy.

    Records are paired by overlapping spans within a document (one to one, largest overlap
    first). Printed: mention, value+unit and whole-record precision, recall and F1, and the
    accuracy of each field over the pairs whose value and unit are right.
    """
    import json

    from .scoring import ScoreInputError, read_scored_records, score

    try:
        result = score(read_scored_records(gold), read_scored_records(pred))
    except ScoreInputError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    if as_json:
        typer.echo(json.dumps(result.to_dict(errors), ensure_ascii=False))
    else:
        typer.echo(result.report(errors))


def apply_command(
    records: Annotated[
        Path,
        typer.Argument(
            help="The reviewed records: JSONL (or .csv / .parquet).",
            exists=True,
            dir_okay=False,
            readable=True,
        ),
    ],
    corrections: Annotated[
        Path,
        typer.Argument(
            help="The decisions the review page exported (corrections.jsonl).",
            exists=True,
            dir_okay=False,
            readable=True,
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", help="The gold records file to write (JSONL).", dir_okay=False
        ),
    ],
    texts: Annotated[
        Path | None,
        typer.Option(
            "--texts",
            "-t",
            help="Folder of the documents' texts (needed for numbers marked missing).",
            exists=True,
            file_okay=False,
            readable=True,
        ),
    ] = None,
) -> None:
    """Apply review decisions to records and write the corrected (gold) records.

    Records marked correct or left undecided are kept; wrong ones are dropped, or corrected
    when the decision gives field values; numbers marked missing become records, their text
    read from the document in --texts.
    """
    from .corrections import (
        CorrectionError,
        apply_corrections,
        read_corrections,
        read_records_checked,
        texts_from_folder,
    )
    from .records import to_jsonl

    try:
        loaded = read_records_checked(records)
        decisions = read_corrections(corrections)
        gold, summary = apply_corrections(
            loaded, decisions, texts_from_folder(texts) if texts is not None else None
        )
    except CorrectionError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    output.write_text(to_jsonl(gold), encoding="utf-8")
    typer.echo(
        f"wrote {output}: {len(gold)} records ({summary.kept} kept, {summary.confirmed} of them"
        f" marked correct; {summary.corrected} corrected, {summary.dropped} dropped,"
        f" {summary.added} added)",
        err=True,
    )
