"""Command line: `extract FILE...` writes one JSONL record per measurement.

The CLI is a thin wrapper over the library (`bulletin_extract.api`). stdout carries
data only; messages and progress go to stderr.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, TextIO

import typer

from . import __version__

PROGRESS_MIN_FILES = 20

err = typer.echo


class InputError(Exception):
    """A document that cannot be read; the message names the file and the reason."""


def _version(value: bool) -> None:
    if value:
        typer.echo(f"bulletin_extract {__version__}")
        raise typer.Exit()


def _parse_ref_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def expand_paths(paths: list[str]) -> Iterator[tuple[str, Path | None, str | None]]:
    """Yield `(doc_id, path, problem)` for each document named on the command line.

    Directories give their `*.txt` files (sorted); `-` is standard input (path None).
    A path that does not exist, or a directory without text files, gives a problem.
    """
    for raw in paths:
        if raw == "-":
            yield "-", None, None
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".txt")
            if not files:
                yield raw, path, "directory has no .txt files"
            for f in files:
                yield f.name, f, None
        elif path.exists():
            yield path.name, path, None
        else:
            yield raw, path, "no such file or directory"


def read_text(path: Path | None) -> str:
    """Read a document as text (UTF-8, with or without BOM; `None` is stdin).

    Raises:
        InputError: when the file cannot be read or decoded.
    """
    if path is None:
        return sys.stdin.read()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 text (byte {exc.start})") from None


def run(
    paths: list[str],
    ref_date: str | None = None,
    output: Path | None = None,
    quiet: bool = False,
) -> int:
    """Extract records from each document and write them as JSONL.

    Records are written document by document and flushed, so the output is valid
    JSONL at any moment. Returns the exit code: 0 when every document was read,
    1 when some could not be.
    """
    from .api import load, pipe

    nlp = load()
    items = list(expand_paths(paths))
    failures = 0
    out: TextIO = output.open("a", encoding="utf-8") if output else sys.stdout

    def texts() -> Iterator[tuple[str, dict[str, str | None]]]:
        nonlocal failures
        for doc_id, path, problem in items:
            if problem:
                failures += 1
                err(f"error: {doc_id}: {problem}", err=True)
                continue
            try:
                text = read_text(path)
            except InputError as exc:
                failures += 1
                err(f"error: {exc}", err=True)
                continue
            yield text, {"doc_id": doc_id, "ref_date": ref_date}

    progress = None
    if len(items) >= PROGRESS_MIN_FILES and not quiet:
        from rich.progress import Progress

        from rich.console import Console

        progress = Progress(console=Console(stderr=True), transient=True)
        task = progress.add_task("extracting", total=len(items))
        progress.start()
    try:
        for records, _ in pipe(texts(), as_tuples=True, nlp=nlp):
            block = "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in records)
            out.write(block)
            out.flush()
            if progress is not None:
                progress.advance(task)
    finally:
        if progress is not None:
            progress.stop()
        if output:
            out.close()
    return 1 if failures else 0


app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False)


@app.command()
def extract_command(
    paths: Annotated[
        list[str],
        typer.Argument(help="Text files, directories (their *.txt files), or - for stdin."),
    ],
    ref_date: Annotated[
        str | None,
        typer.Option("--ref-date", help="Reference date YYYY-MM-DD for 'this year', 'last month'."),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Append JSONL to this file instead of stdout."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = None,
) -> None:
    """Extract metric records from bulletins; one JSON object per line on stdout."""
    code = run(paths, _parse_ref_date(ref_date), output, quiet)
    raise typer.Exit(code)


def main() -> None:
    """Entry point of the `extract` command."""
    app()


group = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False)
group.command("run")(extract_command)


@group.callback()
def _group(
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = None,
) -> None:
    """bulletin-extract: metric records from statistical bulletins."""


def main_group() -> None:
    """Entry point of the `bulletin-extract` command."""
    group()
