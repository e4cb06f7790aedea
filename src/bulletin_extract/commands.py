"""The secondary subcommands of `bulletin-extract`: `schema` and `review`.

They are plain Typer command functions; the `bulletin-extract` group in `cli.py`
registers them (`group.command("schema")(schema_command)`). Like the rest of the CLI
they wrap the library: `schema.record_schema` and `review.write_review`. stdout carries
data only; messages go to stderr.
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
    """Write an HTML page that shows every record highlighted in its document's text.

    The page is one self-contained file (open it in any browser, offline): each text
    with its records coloured by unit kind, period and agency mentions marked, numbers
    without a record outlined in red, and a sortable, filterable table of records per
    document. Hover or click a number to see its record's fields and rule ids.
    """
    from .formats import read_records
    from .review import write_review

    try:
        loaded = read_records(records)
    except (ValueError, KeyError, TypeError) as exc:
        typer.echo(f"error: {records}: not a records file ({exc})", err=True)
        raise typer.Exit(1) from None
    summary = write_review(loaded, texts, output, include_empty=include_empty, title=title)
    for problem in summary.problems:
        typer.echo(f"warning: {problem}", err=True)
    typer.echo(
        f"wrote {output}: {summary.documents} documents, {summary.records} records, "
        f"{summary.misses} numbers without a record",
        err=True,
    )
    if sys.stderr.isatty():
        typer.echo(f"open it with: file://{output.resolve()}", err=True)
