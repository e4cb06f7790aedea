"""Output formats: records as JSONL, CSV or Parquet rows, and as a pandas DataFrame.

A record is nested (its `period` is an object, its `rules` a list); the table formats
flatten it to one row with one column per field, in `COLUMNS` order:

- `period` becomes `period_text`, `period_start` and `period_end` (dates; empty when the
  record has no period or the period could not be resolved);
- `rules` stays a list in Parquet and the DataFrame, and is joined with spaces in CSV
  (rule ids never contain a space).

Writers are opened with `open_writer(fmt, path)`; `write(records)` is called once per
document and `close()` at the end. JSONL and CSV are flushed after every document, so
the output is valid at any moment; Parquet writes one row group per non-empty document
and its footer at `close()`.

`to_frame`, `write_parquet` and `read_parquet` need the `tables` extra
(`pip install bulletin-extract[tables]`: pandas and pyarrow).
"""

from __future__ import annotations

import csv
import json
import math
import sys
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any

from .records import Period, Record, to_jsonl

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

#: Output formats understood by `open_writer`.
FORMATS = ("jsonl", "csv", "parquet")

#: Columns of a flattened record, in order.
COLUMNS = (
    "doc_id",
    "text",
    "start",
    "end",
    "value",
    "unit",
    "metric",
    "direction",
    "basis",
    "qualifier",
    "period_text",
    "period_start",
    "period_end",
    "agency",
    "sentence",
    "rules",
)

#: Separator of rule ids in the CSV `rules` column.
RULES_SEPARATOR = " "

_OPTIONAL_TEXT = ("metric", "direction", "basis", "qualifier", "agency")


_NON_TEXT = {
    "start": "int64",
    "end": "int64",
    "value": "float64",
    "period_start": "date32",
    "period_end": "date32",
    "rules": "list<string>",
}


def arrow_type_name(column: str) -> str:
    """Return the Arrow type of a column of `COLUMNS` by name ("string", "int64", ...)."""
    return _NON_TEXT.get(column, "string")


def _missing_extra(package: str) -> ImportError:
    return ImportError(
        f"{package} is needed for this output format: pip install 'bulletin-extract[tables]'"
    )


# ------------------------------------------------------------------ rows


def to_row(record: Record) -> dict[str, Any]:
    """Flatten a record to one row: `period` split in three, dates as `datetime.date`.

    Args:
        record: The record.

    Returns:
        A dict with the keys of `COLUMNS`, in that order; `rules` is a new list.
    """
    period = record.period
    return {
        "doc_id": record.doc_id,
        "text": record.text,
        "start": record.start,
        "end": record.end,
        "value": record.value,
        "unit": record.unit,
        "metric": record.metric,
        "direction": record.direction,
        "basis": record.basis,
        "qualifier": record.qualifier,
        "period_text": period.text if period else None,
        "period_start": period.start if period else None,
        "period_end": period.end if period else None,
        "agency": record.agency,
        "sentence": record.sentence,
        "rules": list(record.rules),
    }


def _is_missing(value: Any) -> bool:
    """Whether a cell is empty: None, NaN, pandas NA/NaT, or an empty string."""
    if value is None:
        return True
    if isinstance(value, str):
        return value == ""
    if isinstance(value, float):
        return math.isnan(value)
    try:  # pandas.NA and NaT compare unlike ordinary values; avoid importing pandas here
        return bool(value != value)
    except (TypeError, ValueError):
        return type(value).__name__ in ("NAType", "NaTType")


def _text(value: Any) -> str | None:
    return None if _is_missing(value) else str(value)


def _date(value: Any) -> date | None:
    if _is_missing(value):
        return None
    if isinstance(value, datetime):  # also pandas.Timestamp
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _rules(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return value.split()
    if isinstance(value, float) and math.isnan(value):
        return []
    return [str(v) for v in value]


def from_row(row: Mapping[str, Any]) -> Record:
    """Build a record from a flattened row, as read back from CSV, Parquet or a DataFrame.

    Empty cells (None, NaN, NaT, "") read as None; `start`/`end` as int, `value` as float;
    `rules` may be a list or a space-separated string.

    Args:
        row: A mapping with the keys of `COLUMNS`.

    Returns:
        The record.
    """
    period_text = _text(row.get("period_text"))
    period = (
        Period(
            text=period_text,
            start=_date(row.get("period_start")),
            end=_date(row.get("period_end")),
        )
        if period_text is not None
        else None
    )
    optional = {name: _text(row.get(name)) for name in _OPTIONAL_TEXT}
    return Record(
        doc_id=_text(row.get("doc_id")) or "",
        text=str(row["text"]),
        start=int(row["start"]),
        end=int(row["end"]),
        value=float(row["value"]),
        unit=str(row["unit"]),
        metric=optional["metric"],
        direction=optional["direction"],
        basis=optional["basis"],
        qualifier=optional["qualifier"],
        period=period,
        agency=optional["agency"],
        sentence=_text(row.get("sentence")) or "",
        rules=_rules(row.get("rules")),
    )


def _csv_row(record: Record) -> dict[str, Any]:
    row = to_row(record)
    for key in ("period_start", "period_end"):
        row[key] = row[key].isoformat() if row[key] else None
    row["value"] = repr(float(record.value))  # shortest text that reads back exactly
    row["rules"] = RULES_SEPARATOR.join(record.rules)
    return row


# ------------------------------------------------------------------ pandas / arrow


def arrow_schema() -> pa.Schema:
    """Return the Arrow schema of a flattened record (dates as `date32`, rules as a list)."""
    try:
        import pyarrow as pa
    except ImportError:  # pragma: no cover - depends on the environment
        raise _missing_extra("pyarrow") from None
    types = {
        "string": pa.string(),
        "int64": pa.int64(),
        "float64": pa.float64(),
        "date32": pa.date32(),
        "list<string>": pa.list_(pa.string()),
    }
    return pa.schema([pa.field(name, types[arrow_type_name(name)]) for name in COLUMNS])


def to_table(records: Iterable[Record]) -> pa.Table:
    """Return the records as a `pyarrow.Table` with `arrow_schema()`."""
    try:
        import pyarrow as pa
    except ImportError:  # pragma: no cover
        raise _missing_extra("pyarrow") from None
    rows = [to_row(r) for r in records]
    return pa.Table.from_pylist(rows, schema=arrow_schema())


def to_frame(records: Iterable[Record]) -> pd.DataFrame:
    """Return the records as a pandas DataFrame, one row per record, one column per field.

    Columns are `COLUMNS`: text fields have pandas' `string` dtype (`<NA>` where the
    record has none), `start`/`end` are int64, `value` float64, `period_start` and
    `period_end` are dates (`datetime64[s]`, NaT where there is no resolved period), and
    `rules` holds lists of rule ids.

    Args:
        records: The records, e.g. from `extract` or `read_records`.

    Returns:
        The DataFrame (empty, with the columns, for no records).

    Example:
        >>> from bulletin_extract import extract
        >>> df = to_frame(extract("Exports rose 6.3% year on year in July 2025."))
        >>> df.loc[0, "unit"], df.loc[0, "basis"], float(df.loc[0, "value"])
        ('percent', 'year_on_year', 6.3)
        >>> str(df.loc[0, "period_end"].date())
        '2025-07-31'
    """
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover
        raise _missing_extra("pandas") from None
    rows = [to_row(r) for r in records]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    frame = frame.astype({"start": "int64", "end": "int64", "value": "float64"})
    for key in ("period_start", "period_end"):
        frame[key] = pd.to_datetime(frame[key]).astype("datetime64[s]")
    text_columns = [c for c in COLUMNS if arrow_type_name(c) == "string"]
    return frame.astype(dict.fromkeys(text_columns, pd.StringDtype()))


def from_frame(frame: pd.DataFrame) -> list[Record]:
    """Return the records of a DataFrame made by `to_frame` (or read from CSV/Parquet)."""
    return [from_row(row) for row in frame.to_dict(orient="records")]


# ------------------------------------------------------------------ writers


class RecordWriter(ABC):
    """Writes records document by document: `write` once per document, then `close`.

    Writers are context managers; `close` is idempotent.
    """

    closed = False

    @abstractmethod
    def write(self, records: list[Record]) -> None:
        """Write the records of one document (possibly none)."""

    @abstractmethod
    def _close(self) -> None: ...

    def close(self) -> None:
        """Finish the output (Parquet writes its footer here) and close the file."""
        if not self.closed:
            self.closed = True
            self._close()

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class _TextWriter(RecordWriter):
    """A writer over a text stream; stdout is flushed but never closed."""

    def __init__(self, path: Path | None, append: bool) -> None:
        self.owned = path is not None
        self.out: IO[str] = (
            path.open("a" if append else "w", encoding="utf-8", newline="")
            if path is not None
            else sys.stdout
        )

    def _close(self) -> None:
        if self.owned:
            self.out.close()
        else:
            self.out.flush()


class JsonlWriter(_TextWriter):
    """One JSON object per line, exactly as `Record.to_dict` gives it."""

    def write(self, records: list[Record]) -> None:
        self.out.write(to_jsonl(records))
        self.out.flush()


class CsvWriter(_TextWriter):
    """A header line, then one row per record (`COLUMNS`); empty cells are None."""

    def __init__(self, path: Path | None, append: bool) -> None:
        # Appending to a file that already has rows must not repeat the header.
        has_rows = bool(append and path is not None and path.exists() and path.stat().st_size)
        super().__init__(path, append)
        self.rows = csv.DictWriter(self.out, fieldnames=COLUMNS, lineterminator="\n")
        if not has_rows:
            self.rows.writeheader()
            self.out.flush()

    def write(self, records: list[Record]) -> None:
        self.rows.writerows(_csv_row(r) for r in records)
        self.out.flush()


class ParquetWriter(RecordWriter):
    """A Parquet file with `arrow_schema()`, one row group per non-empty document.

    Without a path the file is built in memory and written to stdout at `close()`
    (Parquet's footer comes last, so nothing useful can be streamed before).
    """

    def __init__(self, path: Path | None, append: bool = False) -> None:
        if append:
            raise ValueError("Parquet files cannot be appended to; choose a new output file")
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:  # pragma: no cover
            raise _missing_extra("pyarrow") from None
        self.path = path
        self.sink: Any = str(path) if path is not None else pa.BufferOutputStream()
        self.writer = pq.ParquetWriter(self.sink, arrow_schema())

    def write(self, records: list[Record]) -> None:
        if records:
            self.writer.write_table(to_table(records))

    def _close(self) -> None:
        self.writer.close()
        if self.path is None:
            sys.stdout.flush()
            sys.stdout.buffer.write(self.sink.getvalue().to_pybytes())
            sys.stdout.buffer.flush()


_WRITERS: dict[str, type[RecordWriter]] = {
    "jsonl": JsonlWriter,
    "csv": CsvWriter,
    "parquet": ParquetWriter,
}


def open_writer(fmt: str, path: Path | None, *, append: bool = False) -> RecordWriter:
    """Open a writer of records in one of `FORMATS`.

    Args:
        fmt: `jsonl`, `csv` or `parquet` (case-insensitive).
        path: The output file; None writes to stdout.
        append: Add to an existing file instead of replacing it (JSONL and CSV; CSV then
            writes no second header). Parquet cannot append and raises ValueError.

    Returns:
        The writer; call `write(records)` once per document, then `close()`.

    Raises:
        ValueError: for an unknown format, or `append` with Parquet.
    """
    name = fmt.lower()
    if name not in _WRITERS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    factory: Any = _WRITERS[name]
    writer: RecordWriter = factory(path, append)
    return writer


def write_records(records: Iterable[Record], fmt: str, path: Path | None) -> None:
    """Write records grouped by document (consecutive `doc_id`) to `path` in `fmt`."""
    with open_writer(fmt, path) as writer:
        for batch in _by_document(records):
            writer.write(batch)


def _by_document(records: Iterable[Record]) -> Iterator[list[Record]]:
    batch: list[Record] = []
    for record in records:
        if batch and record.doc_id != batch[-1].doc_id:
            yield batch
            batch = []
        batch.append(record)
    if batch:
        yield batch


# ------------------------------------------------------------------ readers


def read_jsonl(source: Path | IO[str]) -> list[Record]:
    """Read records from a JSONL file or text stream (blank lines are skipped)."""
    if isinstance(source, Path):
        lines = source.read_text(encoding="utf-8-sig").splitlines()
    else:
        lines = source.read().splitlines()
    return [Record.from_dict(json.loads(line)) for line in lines if line.strip()]


def read_csv(path: Path) -> list[Record]:
    """Read records from a CSV file written by `CsvWriter`."""
    with path.open(encoding="utf-8", newline="") as f:
        return [from_row(row) for row in csv.DictReader(f)]


def read_parquet(path: Path) -> list[Record]:
    """Read records from a Parquet file written by `ParquetWriter`."""
    try:
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover
        raise _missing_extra("pyarrow") from None
    return [from_row(row) for row in pq.read_table(path).to_pylist()]


def read_records(path: Path) -> list[Record]:
    """Read records from a `.csv`, `.parquet` or (any other name) JSONL file."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return read_csv(path)
    if suffix in (".parquet", ".pq"):
        return read_parquet(path)
    return read_jsonl(path)
