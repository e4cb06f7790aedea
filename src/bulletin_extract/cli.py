"""Command line: `extract PATH...` writes one JSONL record per measurement.

The CLI is a thin wrapper over the library (`bulletin_extract.api`, `bulletin_extract.readers`).
stdout carries data only; messages and progress go to stderr. Each document that cannot be
read or extracted gets one line `error: <file>: <reason>` and the others go on; the exit code
is 0 when every document was done, 1 when some failed, 2 for a usage error, and 128 + the
signal's number when interrupted.
"""

from __future__ import annotations

import gc
import json
import os
import signal
import sys
import traceback
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import FrameType, ModuleType
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer
from rich.console import Console

from . import __version__
from .commands import OutputFormat, apply_command, review_command, schema_command, score_command
from .readers import BLOCK_CHARS, DOCUMENT_SUFFIXES, ReadError, extract_document, read_document
from .records import Record, jsonl_bytes

if TYPE_CHECKING:
    from .api import Encoded

PROGRESS_MIN_FILES = 20
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

#: Messages and progress: stderr, one line each, printed as written.
console = Console(stderr=True, soft_wrap=True, highlight=False, markup=False, emoji=False)


class UsageError(Exception):
    """A problem with the command line or the output file: exit code 2."""


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived; raised where no output is being written.

    A BaseException, like KeyboardInterrupt, so that no `except Exception` in a library
    swallows it.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


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


def _parse_encoding(value: str | None) -> str | None:
    if value is None:
        return None
    import codecs

    try:
        return codecs.lookup(value).name
    except LookupError:
        raise typer.BadParameter(f"unknown encoding {value!r}") from None


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def error(label: str, reason: object) -> None:
    """Print `error: <file>: <reason>` as one line on stderr."""
    console.print(f"error: {label}: {_one_line(reason)}")


# ------------------------------------------------------------------------------ inputs
@dataclass(frozen=True)
class Item:
    """A document named on the command line, or a problem with a path.

    Attributes:
        doc_id: Id for its records (the file name; `-` for stdin).
        label: How messages name it (the path as found).
        path: The file; None for stdin.
        problem: Why it cannot be read, for a missing path or an empty directory.
        relative: For a file found in a directory, its path relative to that directory.
    """

    doc_id: str
    label: str
    path: Path | None
    problem: str | None = None
    relative: str | None = None

    @property
    def key(self) -> str | None:
        """Identity in the done-list of `--resume`: the absolute path of a file."""
        return str(self.path.resolve()) if self.path is not None else None


def expand_paths(paths: list[str], recursive: bool = False) -> Iterator[Item]:
    """Yield an `Item` for each document named on the command line.

    Directories give their .txt, .html, .htm, .xhtml and .pdf files, sorted
    (hidden files left out; sub-directories too unless `recursive`); `-` is standard input.
    A path that does not exist, or a directory without such files, gives a problem.
    """
    for raw in paths:
        if raw == "-":
            yield Item("-", "<stdin>", None)
            continue
        path = Path(raw)
        if path.is_dir():
            walk = path.rglob("*") if recursive else path.iterdir()
            files = sorted(
                p
                for p in walk
                if p.is_file()
                and p.suffix.lower() in DOCUMENT_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not files:
                kinds = ".txt, .html or .pdf"
                yield Item(raw, raw, path, f"directory has no {kinds} files")
            for f in files:
                yield Item(f.name, str(f), f, relative=f.relative_to(path).as_posix())
        elif path.exists():
            yield Item(path.name, raw, path)
        else:
            yield Item(raw, raw, path, "no such file or directory")


# ----------------------------------------------------------------------- reference dates
def _name_key(name: str) -> str:
    return os.path.normpath(name.strip().replace("\\", "/")).replace(os.sep, "/")


class RefDates:
    """The reference dates of `--ref-dates FILE`: document name to ISO date.

    A name is the file name (the `doc_id`), the path as named or found on the command line,
    the path relative to the directory it was found in, or an absolute path.
    """

    def __init__(self, dates: dict[str, str], source: str) -> None:
        self.source = source
        self.dates = {_name_key(name): day for name, day in dates.items()}

    @classmethod
    def read(cls, path: Path) -> RefDates:
        """Read a JSON object or a two-column CSV file (an optional header row first).

        Raises:
            UsageError: The file cannot be read or holds something else, named with the file.
        """
        where = f"--ref-dates {path}"
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            raise UsageError(f"{where}: cannot read: {reason}") from None
        if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
            dates = cls._json(text, where)
        else:
            dates = cls._csv(text, where)
        if not dates:
            raise UsageError(f"{where}: no document dates in it")
        return cls(dates, str(path))

    @staticmethod
    def _json(text: str, where: str) -> dict[str, str]:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise UsageError(f"{where}: not valid JSON: {exc}") from None
        if not isinstance(data, dict):
            raise UsageError(f"{where}: JSON must be an object of document name to date")
        dates: dict[str, str] = {}
        for name, value in data.items():
            day = _iso_or_none(value) if isinstance(value, str) else None
            if day is None:
                raise UsageError(f"{where}: {name!r}: {value!r} is not a date YYYY-MM-DD")
            dates[name] = day
        return dates

    @staticmethod
    def _csv(text: str, where: str) -> dict[str, str]:
        import csv

        dates: dict[str, str] = {}
        for number, row in enumerate(csv.reader(text.splitlines()), start=1):
            cells = [c.strip() for c in row]
            if not any(cells):
                continue
            if len(cells) != 2 or not cells[0]:
                raise UsageError(
                    f"{where}: line {number}: expected two columns, document name and date"
                )
            day = _iso_or_none(cells[1])
            if day is None:
                if number == 1 and not dates:
                    continue  # a header row
                raise UsageError(f"{where}: line {number}: {cells[1]!r} is not a date YYYY-MM-DD")
            if dates.get(cells[0], day) != day:
                raise UsageError(f"{where}: line {number}: {cells[0]!r} has two dates")
            dates[cells[0]] = day
        return dates

    def of(self, item: Item) -> str | None:
        """The date listed for a document, or None."""
        key = self._key_of(item)
        return self.dates[key] if key is not None else None

    def _key_of(self, item: Item) -> str | None:
        names = [item.label, item.doc_id]
        if item.relative is not None:
            names.insert(1, item.relative)
        if item.path is not None:
            names.append(str(item.path.resolve()))
        return next((k for k in map(_name_key, names) if k in self.dates), None)

    def unused(self, items: Iterable[Item]) -> list[str]:
        """The names that match none of `items`."""
        used = {self._key_of(item) for item in items}
        return [name for name in self.dates if name not in used]


def _iso_or_none(value: str) -> str | None:
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        return None


# ----------------------------------------------------------------------------- outputs
def write_records(stream: TextIO, records: Iterable[Record]) -> int:
    """Write the records of one document (or one block of a long one) as JSONL lines.

    Everything goes out in one `write`, so a reader never sees part of a document's block.

    Returns:
        How many records were written.
    """
    records = list(records)
    if records:
        write_jsonl_bytes(stream, jsonl_bytes(records))
    return len(records)


def write_jsonl_bytes(stream: TextIO, data: bytes) -> None:
    """Write JSONL lines encoded in UTF-8 (`records.jsonl_bytes`) in one `write`."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:  # UTF-8 bytes as encoded, past the text layer
        stream.flush()
        buffer.write(data)
    else:
        stream.write(data.decode("utf-8"))


class Guard:
    """Turns SIGINT and SIGTERM into `Interrupted`, but never while output is being written."""

    def __init__(self) -> None:
        self.writing = False
        self.pending: int | None = None
        self.received: int | None = None
        self.previous: dict[int, Any] = {}

    def _handler(self, signum: int, frame: FrameType | None) -> None:
        self.received = signum
        if self.writing:
            self.pending = signum
        else:
            raise Interrupted(signum)

    def check(self) -> None:
        """Raise `Interrupted` if a signal came and its exception was lost on the way."""
        if self.received is not None:
            raise Interrupted(self.received)

    def install(self) -> None:
        """Take over SIGINT and SIGTERM (only possible in the main thread)."""
        for signum in (signal.SIGINT, signal.SIGTERM):
            with suppress(ValueError):
                self.previous[signum] = signal.signal(signum, self._handler)

    def restore(self) -> None:
        """Give the signals back to their previous handlers."""
        for signum, handler in self.previous.items():
            signal.signal(signum, handler)
        self.previous.clear()

    @contextmanager
    def writing_output(self) -> Iterator[None]:
        """A stretch of output that a signal must not cut; the signal takes effect after."""
        self.writing = True
        try:
            yield
        finally:
            self.writing = False
        if self.pending is not None:
            signum, self.pending = self.pending, None
            raise Interrupted(signum)


def _complete_lines(path: Path, size: int) -> int:
    """The byte size of `path` up to the end of its last complete line."""
    pos = size
    with path.open("rb") as fh:
        while pos > 0:
            step = min(pos, 1 << 20)
            fh.seek(pos - step)
            chunk = fh.read(step)
            if pos == size and chunk.endswith(b"\n"):
                return size
            at = chunk.rfind(b"\n")
            if at >= 0:
                return pos - step + at + 1
            pos -= step
    return 0


def _looks_like_jsonl(path: Path) -> bool:
    """Whether a file starts with a JSON object line (or the start of one, cut short)."""
    with path.open("rb") as fh:
        first = fh.readline(1 << 20)
    if not first.endswith(b"\n"):
        return first.lstrip().startswith(b"{")
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def done_path(output: Path) -> Path:
    """The done-list kept beside an output file: `out.jsonl` → `out.jsonl.done`."""
    return output.with_name(output.name + ".done")


class Output:
    """Where records go: stdout, or a JSONL file with its done-list for `--resume`.

    The done-list (`FILE.done`) holds one JSON line per finished document: its `doc_id`, its
    absolute `source` path, how many `records` it gave and the byte size of FILE at its `end`.
    A document is finished once that line is there, even with zero records. Records after the
    last `end` belong to a document that was cut short; `--resume` removes them and does it
    again.
    """

    def __init__(self, path: Path | None, guard: Guard, *, resume: bool = False) -> None:
        self.path = path
        self.guard = guard
        self.done_sources: set[str] = set()
        self.done_ids: set[str] = set()
        self._start = 0
        self._done: TextIO | None = None
        if path is None:
            self.stream: TextIO = sys.stdout
            return
        try:
            with guard.writing_output():
                entries = self._prepare(path, resume)
            self.stream = path.open("a", encoding="utf-8", newline="\n")
            self._done = done_path(path).open("a", encoding="utf-8", newline="\n")
        except OSError as exc:
            raise UsageError(f"{path}: cannot write: {exc.strerror or exc}") from None
        for entry in entries:
            if entry.get("source"):
                self.done_sources.add(entry["source"])
            else:
                self.done_ids.add(entry["doc_id"])

    # -- opening an existing output
    @staticmethod
    def _read_done(path: Path) -> list[dict[str, Any]]:
        entries: list[dict[str, Any]] = []
        with suppress(FileNotFoundError), path.open(encoding="utf-8") as fh:
            for line in fh:
                try:
                    entry = json.loads(line)
                except ValueError:
                    break  # a line cut short by a kill: everything before it stands
                if not (
                    line.endswith("\n")
                    and isinstance(entry, dict)
                    and isinstance(entry.get("end"), int)
                    and isinstance(entry.get("doc_id"), str)
                ):
                    break
                entries.append(entry)
        return entries

    @staticmethod
    def _scan(path: Path, start: int) -> list[dict[str, Any]]:
        """Done-list entries for the records from byte `start` on: one per run of a doc_id."""
        entries: list[dict[str, Any]] = []
        end = start
        with path.open("rb") as fh:
            fh.seek(start)
            for raw in fh:
                try:
                    doc_id = str(json.loads(raw)["doc_id"])
                except (ValueError, KeyError, TypeError):
                    doc_id = ""
                end += len(raw)
                if entries and entries[-1]["doc_id"] == doc_id:
                    entries[-1]["records"] += 1
                    entries[-1]["end"] = end
                else:
                    entries.append({"doc_id": doc_id, "source": None, "records": 1, "end": end})
        return entries

    def _prepare(self, path: Path, resume: bool) -> list[dict[str, Any]]:
        """Repair an existing output and its done-list; return the finished documents."""
        side = done_path(path)
        size = path.stat().st_size if path.exists() else 0
        if size and not _looks_like_jsonl(path):
            raise UsageError(f"{path}: not a JSONL file of records; give another --output")
        if size:
            keep = _complete_lines(path, size)
            if keep < size:
                os.truncate(path, keep)
                console.print(f"note: {path}: removed a half-written last line")
                size = keep
        entries = self._read_done(side) if size else []
        if entries:
            end = int(entries[-1]["end"])
            if size < end:
                raise UsageError(
                    f"{path}: shorter than {side.name} says it should be; it was changed since. "
                    f"Delete {side.name} to start over, or write to another file"
                )
            extra = self._scan(path, end) if size > end else []
            if resume or len(extra) == 1:
                # Records of one document after the last finished one: it was cut short.
                if extra:
                    os.truncate(path, end)
                    console.print(f"note: {path}: removed the records of an unfinished document")
            else:
                entries.extend(extra)
        elif size:
            entries = self._scan(path, 0)
            if resume and entries:
                # Without a done-list the last document may have been cut short: do it again.
                os.truncate(path, entries[-2]["end"] if len(entries) > 1 else 0)
                entries.pop()
        fresh = side.with_name(side.name + ".tmp")
        with fresh.open("w", encoding="utf-8", newline="\n") as fh:
            fh.writelines(json.dumps(e, ensure_ascii=False) + "\n" for e in entries)
        os.replace(fresh, side)  # a kill now leaves the old list or the new one, whole
        return entries

    # -- writing
    def is_done(self, item: Item) -> bool:
        """Whether the done-list has this document (only with `--resume`)."""
        return (item.key is not None and item.key in self.done_sources) or (
            item.doc_id in self.done_ids
        )

    def begin(self) -> None:
        """Remember where the next document's records start."""
        if self._done is not None:
            self.stream.flush()
            self._start = os.fstat(self.stream.fileno()).st_size

    def write(self, records: list[Record]) -> int:
        """Write and flush records of the current document; return how many."""
        with self.guard.writing_output():
            n = write_records(self.stream, records)
            self.stream.flush()
        return n

    def write_encoded(self, encoded: Encoded) -> int:
        """Write and flush records of the current document that a worker process encoded
        (`api.Encoded`: the bytes `write` would write for them); return how many."""
        data, n = encoded
        with self.guard.writing_output():
            if data:
                write_jsonl_bytes(self.stream, data)
            self.stream.flush()
        return n

    def finish(self, item: Item, records: int) -> None:
        """Mark the current document as done."""
        if self._done is None or item.key is None:
            return
        with self.guard.writing_output():
            self.stream.flush()
            end = os.fstat(self.stream.fileno()).st_size
            entry = {"doc_id": item.doc_id, "source": item.key, "records": records, "end": end}
            self._done.write(json.dumps(entry, ensure_ascii=False) + "\n")
            self._done.flush()

    def abort(self) -> None:
        """Take back the records of a document that failed half way (file output only)."""
        if self._done is not None:
            with self.guard.writing_output():
                self.stream.flush()
                os.ftruncate(self.stream.fileno(), self._start)

    def close(self) -> None:
        """Close the output file and its done-list."""
        if self._done is not None:
            self.stream.close()
            self._done.close()
        else:
            with suppress(BrokenPipeError):
                self.stream.flush()


# --------------------------------------------------------------------------------- run
class TableOutput(Output):
    """CSV or Parquet output (`--format`): each document's records are written when it is
    done, so a document that fails half way leaves nothing behind; no `--resume`."""

    def __init__(self, fmt: str, path: Path | None, guard: Guard) -> None:
        from .formats import open_writer

        self.path = path
        self.guard = guard
        self.done_sources = set()
        self.done_ids = set()
        self._start = 0
        self._done = None
        self._pending: list[Record] = []
        try:
            self.writer = open_writer(fmt, path)
        except ImportError as exc:
            raise UsageError(f"--format {fmt} needs the 'tables' extra: {exc}") from None
        except OSError as exc:
            raise UsageError(f"{path}: cannot write: {exc.strerror or exc}") from None

    def begin(self) -> None:
        self._pending = []

    def write(self, records: list[Record]) -> int:
        self._pending.extend(records)
        return len(records)

    def finish(self, item: Item, records: int) -> None:
        with self.guard.writing_output():
            self.writer.write(self._pending)
        self._pending = []

    def abort(self) -> None:
        self._pending = []

    def close(self) -> None:
        with self.guard.writing_output():
            self.writer.close()


def run(
    paths: list[str],
    ref_date: str | None = None,
    output: Path | None = None,
    quiet: bool = False,
    *,
    encoding: str | None = None,
    dump_text: Path | None = None,
    resume: bool = False,
    recursive: bool = False,
    debug: bool = False,
    block_chars: int | None = None,
    fmt: str = "jsonl",
    jobs: int = 1,
    model: str | None = None,
    ref_dates: Path | None = None,
) -> int:
    """Extract records from each document and write them as JSONL (or CSV or Parquet).

    Records are written document by document (block by block for long texts) and flushed,
    so the output is valid JSONL at any moment.

    The reference date of a document is the one `ref_dates` (a file, see `RefDates`) lists
    for it, else `ref_date`, else the publication date stated at its top.

    Returns:
        The exit code: 0 when every document was done, 1 when some failed, 2 for a usage
        error, 128 + signal number when interrupted.
    """
    guard = Guard()
    guard.install()
    try:
        return _run(
            paths,
            ref_date,
            output,
            quiet,
            guard,
            encoding=encoding,
            dump_text=dump_text,
            resume=resume,
            recursive=recursive,
            debug=debug,
            block_chars=block_chars,
            fmt=fmt,
            jobs=jobs,
            model=model,
            ref_dates=ref_dates,
        )
    except UsageError as exc:
        console.print(f"error: {_one_line(exc)}")
        return EXIT_USAGE
    except Interrupted as exc:
        return 128 + exc.signum
    except Exception as exc:
        if debug:
            raise
        console.print(
            f"error: internal error ({type(exc).__name__}: {_one_line(exc)}); "
            "rerun with --debug for the traceback"
        )
        return EXIT_FAILED
    finally:
        guard.restore()


def _run(
    paths: list[str],
    ref_date: str | None,
    output: Path | None,
    quiet: bool,
    guard: Guard,
    *,
    encoding: str | None,
    dump_text: Path | None,
    resume: bool,
    recursive: bool,
    debug: bool,
    block_chars: int | None,
    fmt: str = "jsonl",
    jobs: int = 1,
    model: str | None = None,
    ref_dates: Path | None = None,
) -> int:
    _import_spacy_without_its_cli()
    from .api import ModelError, load

    if fmt != "jsonl" and resume:
        raise UsageError("--resume works with --format jsonl only")
    if resume and output is None:
        raise UsageError("--resume needs --output FILE: it skips what that file already holds")
    if resume and "-" in paths:
        raise UsageError("--resume cannot tell what standard input holds; name files instead")
    dates = RefDates.read(ref_dates) if ref_dates is not None else None
    items = list(expand_paths(paths, recursive))
    if dates is not None and not quiet:
        unused = dates.unused([i for i in items if i.problem is None])
        if unused:
            shown = ", ".join(unused[:5]) + (", ..." if len(unused) > 5 else "")
            console.print(
                f"note: --ref-dates {dates.source}: {len(unused)} names match no document: {shown}"
            )
    if dump_text is not None:
        try:
            dump_text.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"{dump_text}: cannot create: {exc.strerror or exc}") from None
    try:
        nlp = load(model)
    except ModelError as exc:
        raise UsageError(f"--model: {exc}") from None
    finally:
        _gc_after_start_up()
    if jobs == 0:
        jobs = os.cpu_count() or 1
    out = (
        Output(output, guard, resume=resume) if fmt == "jsonl" else TableOutput(fmt, output, guard)
    )
    failures = finished = skipped = 0

    progress = None
    task: Any = None
    if len(items) >= PROGRESS_MIN_FILES and not quiet and console.is_terminal:
        from rich.progress import Progress

        progress = Progress(console=console, transient=True)
        task = progress.add_task("extracting", total=len(items))
        progress.start()
    current: Item | None = None
    settings = Settings(ref_date, dump_text, debug, nlp, block_chars or BLOCK_CHARS, dates)
    parallel = None
    if jobs > 1:
        wanted = [i for i in items if i.problem is None and i.path is not None]
        if resume:
            wanted = [i for i in wanted if not out.is_done(i)]
        parallel = _parallel_results(
            wanted,
            encoding=encoding,
            settings=settings,
            jobs=jobs,
            block_chars=block_chars or BLOCK_CHARS,
            model=model,
            encoded=fmt == "jsonl",
        )
    try:
        for item in items:
            guard.check()
            current = None
            if item.problem is not None:
                failures += 1
                error(item.label, item.problem)
            elif resume and out.is_done(item):
                skipped += 1
            else:
                current = item
                if parallel is not None and item.path is not None:
                    done = _write_parallel(item, next(parallel), out, settings)
                else:
                    done = _process(item, out, settings, encoding)
                if done:
                    finished += 1
                else:
                    failures += 1
            if progress is not None:
                progress.advance(task)
    except Interrupted as exc:
        if progress is not None:
            progress.stop()
            progress = None
        where = f" during {current.label}" if current is not None else ""
        hint = "; run the same command with --resume to finish" if output else ""
        console.print(
            f"interrupted ({exc}){where}: {finished} of {len(items) - skipped} documents done{hint}"
        )
        raise
    finally:
        if progress is not None:
            progress.stop()
        out.close()
    if skipped and not quiet:
        console.print(f"note: skipped {skipped} documents already in {output}")

    return EXIT_FAILED if failures else EXIT_OK


@dataclass(frozen=True)
class Settings:
    """How each document of a run is extracted and written."""

    ref_date: str | None
    dump_text: Path | None
    debug: bool
    nlp: Any
    block_chars: int
    ref_dates: RefDates | None = None

    def listed_date(self, item: Item) -> str | None:
        """The reference date `--ref-dates` gives the document, if any."""
        return self.ref_dates.of(item) if self.ref_dates is not None else None


def _process(item: Item, out: Output, settings: Settings, encoding: str | None) -> bool:
    """Read, extract and write one document; return whether it was done."""
    try:
        data = None
        if item.path is None:
            stdin = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
            data = stdin.read() if stdin is not None else sys.stdin.read().encode("utf-8")
        document = read_document(item.path, doc_id=item.doc_id, encoding=encoding, data=data)
    except ReadError as exc:
        error(item.label, exc)
        if settings.debug and exc.__cause__ is not None:  # a library's error behind the reason
            traceback.print_exception(exc, file=sys.stderr)
        return False
    return _extract_and_write(item, document, out, settings)


def _parallel_results(
    items: list[Item],
    *,
    encoding: str | None,
    settings: Settings,
    jobs: int,
    block_chars: int,
    model: str | None = None,
    encoded: bool = False,
) -> Iterator[tuple[list[Record] | Encoded, dict[str, Any]]]:
    """Records of `items` from `jobs` worker processes, in input order.

    Files are read here; their texts go to the workers through `api.pipe`. A file that
    cannot be read, or is longer than one block, comes back with no records and its
    reason or its document in the context, for this process to report or extract. With
    `encoded`, each document's records come as the JSONL bytes to write (`api.Encoded`).
    """
    from .api import _pipe
    from .readers import pipeline_text, reference_date

    def texts() -> Iterator[tuple[str, dict[str, Any]]]:
        for item in items:
            try:
                document = read_document(item.path, doc_id=item.doc_id, encoding=encoding)
            except ReadError as exc:
                yield "", {"doc_id": item.doc_id, "error": exc}
                continue
            size = item.path.stat().st_size if item.path is not None else 0
            text = document.text() if size <= 4 * block_chars else ""
            if not text or len(text) > block_chars:
                yield "", {"doc_id": item.doc_id, "long": document}
                continue
            ref = settings.listed_date(item) or settings.ref_date or reference_date(text)
            yield (
                pipeline_text(text),
                {"doc_id": item.doc_id, "ref_date": ref, "document": document, "text": text},
            )

    # Small tasks keep both workers busy to the end of a folder of small files.
    yield from _pipe(
        texts(), as_tuples=True, n_process=jobs, model=model, batch_size=16, encoded=encoded
    )


def _write_parallel(
    item: Item,
    result: tuple[list[Record] | Encoded, dict[str, Any]],
    out: Output,
    settings: Settings,
) -> bool:
    records, context = result
    if "error" in context:
        error(item.label, context["error"])
        return False
    long_document = context.get("long")
    return _extract_and_write(
        item,
        long_document if long_document is not None else context["document"],
        out,
        settings,
        records=None if long_document is not None else records,
        text=context.get("text"),
    )


def _extract_and_write(
    item: Item,
    document: Any,
    out: Output,
    settings: Settings,
    *,
    records: list[Record] | Encoded | None = None,
    text: str | None = None,
) -> bool:
    """Extract and write one document (or write the `records` that worker processes
    extracted from its `text`, as `Record`s or encoded)."""
    dump = dump_file = None
    if settings.dump_text is not None:
        dump_file = settings.dump_text / f"{'stdin' if item.path is None else item.doc_id}.txt"
        try:
            dump = dump_file.open("w", encoding="utf-8", newline="")
        except OSError as exc:
            error(item.label, f"cannot write {dump_file}: {exc.strerror or exc}")
            return False
    out.begin()
    count = chars = 0
    ok = False
    try:
        if records is not None and text is not None:
            if dump is not None:
                dump.write(text)
            chars = len(text)
            count = out.write_encoded(records) if isinstance(records, tuple) else out.write(records)
        else:
            for block, block_records in extract_document(
                document,
                ref_date=settings.listed_date(item),
                default_ref_date=settings.ref_date,
                nlp=settings.nlp,
                block_chars=settings.block_chars,
            ):
                if dump is not None:
                    dump.write(block.text)
                chars += len(block.text)
                count += out.write(block_records)
        ok = True
    except ReadError as exc:
        error(item.label, exc)
    except Interrupted:
        out.abort()
        raise
    except Exception as exc:
        error(
            item.label,
            f"extraction failed ({type(exc).__name__}: {_one_line(exc)})"
            + ("" if settings.debug else "; rerun with --debug for the traceback"),
        )
        if settings.debug:
            traceback.print_exception(exc, file=sys.stderr)
    finally:
        if dump is not None:
            dump.close()
            if not ok and dump_file is not None:
                dump_file.unlink(missing_ok=True)  # no half text for a document not done
    if not ok:
        out.abort()
        return False
    out.finish(item, count)
    if settings.debug:
        console.print(
            f"debug: {item.label}: {document.kind}"
            + (f", {document.encoding}" if document.encoding else "")
            + f", {chars} characters, {count} records"
        )
    return True


# ---------------------------------------------------------------------------- command
# Markdown: docstring paragraphs are wrapped to the terminal, not broken where the source breaks.
app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)


@app.command()
def extract_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Text, HTML or PDF files (any name); directories (their .txt, .html, .htm, "
            ".xhtml and .pdf files); or - for stdin.",
            show_default=False,
            metavar="PATH",
        ),
    ],
    ref_date: Annotated[
        str | None,
        typer.Option(
            "--ref-date",
            metavar="YYYY-MM-DD",
            help="Reference date for 'this year', 'last month' in documents that --ref-dates "
            "does not list. Without it, a document is read against the publication date "
            "stated at its top (a label such as 'Released: 15 April 2025' or a dateline such "
            "as 'Beijing, September 12, 2025').",
        ),
    ] = None,
    ref_dates: Annotated[
        Path | None,
        typer.Option(
            "--ref-dates",
            metavar="FILE",
            help="Reference dates per document, winning over --ref-date and the dates found in "
            "the texts: a "
            "JSON object or a two-column CSV file of document name (file name, or path as "
            "given or relative to the directory given) and date YYYY-MM-DD.",
            exists=True,
            dir_okay=False,
            readable=True,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Append JSONL to this file instead of stdout. Beside it, FILE.done lists the "
            "documents finished (one JSON line each, with the file's size after them).",
            dir_okay=False,
        ),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume",
            help="With --output: skip documents that FILE.done lists as finished (also those "
            "that gave no record), drop records of a document cut short, do the rest. "
            "Without FILE.done, documents whose records are in FILE count as done, except "
            "the last, which is done again.",
        ),
    ] = False,
    encoding: Annotated[
        str | None,
        typer.Option(
            "--encoding",
            "-e",
            help="Decode text and HTML files with this encoding instead of detecting it "
            "(utf-8, utf-16, gb18030, big5, shift_jis, cp1252, latin-1, ...).",
        ),
    ] = None,
    dump_text: Annotated[
        Path | None,
        typer.Option(
            "--dump-text",
            help="Write the text that offsets refer to (decoded, or extracted from HTML "
            "and PDF) to DIR/<doc_id>.txt in UTF-8.",
            file_okay=False,
            metavar="DIR",
        ),
    ] = None,
    recursive: Annotated[
        bool, typer.Option("--recursive", "-r", help="Take files from sub-directories too.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks and how each document was read.")
    ] = False,
    block_chars: Annotated[
        int | None,
        typer.Option(
            "--block-chars", hidden=True, min=1000, max=800_000, help="Characters per block."
        ),
    ] = None,
    fmt: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            help="jsonl (default), csv or parquet (these two need the 'tables' extra).",
        ),
    ] = OutputFormat.jsonl,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            min=0,
            help="Worker processes for the documents; 0 for one per CPU core. The output is "
            "the same as with one job, in input order.",
        ),
    ] = 1,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            "-m",
            metavar="NAME_OR_PATH",
            help="Use an installed English spaCy pipeline with a parser (en_core_web_sm, or "
            "a pipeline folder) instead of the blank English tokenizer; its NER is not run. "
            "Line breaks still end sentences.",
        ),
    ] = None,
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = None,
) -> None:
    """Extract metric records from bulletins; one JSON object per line on stdout.

    Text files are decoded from UTF-8, UTF-16/32 with a byte order mark, GB18030/GBK, Big5,
    Shift-JIS, cp1252 or Latin-1 (detected); HTML pages give their main text and PDFs their
    text layer. Offsets refer to that text (see --dump-text). A document that cannot be read
    gets one line `error: FILE: reason` on stderr and the others go on. Exit code: 0 all
    done, 1 some documents failed, 2 usage error, 130/143 interrupted (finish with --resume).
    """
    code = run(
        paths,
        _parse_ref_date(ref_date),
        output,
        quiet,
        encoding=_parse_encoding(encoding),
        dump_text=dump_text,
        resume=resume,
        recursive=recursive,
        debug=debug,
        block_chars=block_chars,
        fmt=fmt.value,
        jobs=jobs,
        model=model,
        ref_dates=ref_dates,
    )
    raise typer.Exit(code)


def _restore_sigpipe() -> None:
    # `extract ... | head` should end quietly, as other command-line tools do.
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)


#: Whether this process paused the garbage collector for its start-up (`_pause_gc`).
_GC_PAUSED = [False]


def _pause_gc() -> None:
    """Pause the cyclic garbage collector until the pipeline is built (`_gc_after_start_up`).

    Importing spaCy and building the pipeline make some 110,000 long-lived objects that the
    collector tracks, and each full collection on the way walks all of them again (~0.1 s
    of a one-file run). Only the
    command line does this (the process is its own), for the command that extracts.
    """
    if gc.isenabled():
        gc.disable()
        _GC_PAUSED[0] = True


def _gc_after_start_up() -> None:
    """Move what start-up made to the collector's permanent generation and resume collecting.

    Later collections then skip the pipeline, and worker processes forked from this one
    (`--jobs`) do not write to its pages when they collect (`gc.freeze`).
    """
    if _GC_PAUSED[0]:
        _GC_PAUSED[0] = False
        gc.freeze()
        gc.enable()


def _import_spacy_without_its_cli() -> None:
    """Import spaCy without the command line it imports for `spacy.info` (typer commands,
    weasel, httpx, jinja2: a sixth of this command's start-up), which extraction never uses.

    While spaCy imports, `spacy.cli` and `spacy.cli.info` are stand-ins; `spacy.info`
    imports the real one when called, and once spaCy is in, `import spacy.cli` loads the
    real package as usual.
    """
    if "spacy" in sys.modules:
        return
    package = ModuleType("spacy.cli")
    package.__path__ = []
    module = ModuleType("spacy.cli.info")

    def info(*args: Any, **kwargs: Any) -> Any:
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    module.info = info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": package, "spacy.cli.info": module}
    sys.modules.update(stand_ins)
    try:
        import spacy  # noqa: F401
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


def main() -> None:
    """Entry point of the `extract` command."""
    _restore_sigpipe()
    _pause_gc()
    try:
        app()
    finally:
        _gc_after_start_up()


group = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)
group.command("run")(extract_command)
group.command("schema")(schema_command)
group.command("review")(review_command)
group.command("score")(score_command)
group.command("apply")(apply_command)


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
    _restore_sigpipe()
    if sys.argv[1:2] == ["run"]:
        _pause_gc()
    try:
        group()
    finally:
        _gc_after_start_up()
