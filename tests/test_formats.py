"""CSV, Parquet and DataFrame outputs hold the same records as JSONL."""

from __future__ import annotations

import doctest
import io
import json
from datetime import date
from pathlib import Path

import pytest

from bulletin_extract import formats, pipe
from bulletin_extract.commands import OutputFormat
from bulletin_extract.formats import (
    COLUMNS,
    FORMATS,
    from_frame,
    open_writer,
    read_csv,
    read_jsonl,
    read_parquet,
    read_records,
    to_frame,
    to_row,
)
from bulletin_extract.records import Period, Record

from .conftest import CORPUS

pd = pytest.importorskip("pandas", reason="pandas is in the tables and test extras")
pytest.importorskip("pyarrow", reason="pyarrow is in the tables and test extras")

REF_DATES: dict[str, str] = json.loads((CORPUS / "refdates.json").read_text(encoding="utf-8"))

# Hand-made records for what the corpus may not hold: empty doc id, no period, an
# unresolved period, quotes, commas, non-ASCII text, a negative value, no rules.
ODD = [
    Record(
        doc_id="",
        text="\u22120.3%",
        start=0,
        end=5,
        value=-0.3,
        unit="percent",
        direction="decrease",
        sentence='He said "prices, wages; and rents" fell \u22120.3%, per INSEE — déjà vu.',
    ),
    Record(
        doc_id="x y.txt",
        text="1/3",
        start=3,
        end=6,
        value=0.3333333333333333,
        unit="fraction",
        metric='share of "gig" workers, all sectors',
        qualifier="approximately",
        period=Period("at present"),
        agency="Office for National Statistics",
        sentence="About 1/3.",
        rules=["quantity.fraction", "qualifier.approximately_0"],
    ),
    Record(
        doc_id="x y.txt",
        text="1.5 trillion yen",
        start=40,
        end=56,
        value=1.5e12,
        unit="JPY",
        period=Period("in fiscal 1987", date(1987, 4, 1), date(1988, 3, 31)),
        rules=["quantity.money_word"],
    ),
]


@pytest.fixture(scope="module")
def by_document() -> list[list[Record]]:
    """The corpus records, one list per document, as the CLI extracts them."""
    texts = [
        (p.read_text(encoding="utf-8"), {"doc_id": p.name, "ref_date": REF_DATES.get(p.name)})
        for p in sorted(CORPUS.glob("*.txt"))
    ]
    batches = [records for records, _ in pipe(texts, as_tuples=True)]
    return [*batches, [], ODD]  # an empty document must not disturb any format


@pytest.fixture(scope="module")
def written(by_document: list[list[Record]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("formats")
    for fmt in FORMATS:
        with open_writer(fmt, out / f"records.{fmt}") as writer:
            for batch in by_document:
                writer.write(batch)
    return out


@pytest.fixture(scope="module")
def expected(written: Path) -> list[Record]:
    """The JSONL output, the reference the other formats are held to."""
    lines = (written / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return [Record.from_dict(json.loads(line)) for line in lines]


def test_jsonl_is_record_to_dict_line_by_line(
    written: Path, by_document: list[list[Record]]
) -> None:
    lines = (written / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [
        r.to_dict() for batch in by_document for r in batch
    ]
    assert len(lines) > 50


def test_csv_holds_the_jsonl_records(written: Path, expected: list[Record]) -> None:
    assert read_csv(written / "records.csv") == expected


def test_csv_has_one_header_and_one_line_per_record(written: Path, expected: list[Record]) -> None:
    frame = pd.read_csv(written / "records.csv", keep_default_na=False)
    assert tuple(frame.columns) == COLUMNS
    assert len(frame) == len(expected)


def test_parquet_holds_the_jsonl_records(written: Path, expected: list[Record]) -> None:
    assert read_parquet(written / "records.parquet") == expected


def test_parquet_schema_has_typed_columns(written: Path) -> None:
    import pyarrow.parquet as pq

    schema = pq.read_schema(written / "records.parquet")
    assert tuple(schema.names) == COLUMNS
    assert str(schema.field("period_start").type) == "date32[day]"
    assert str(schema.field("rules").type.value_type) == "string"
    assert str(schema.field("start").type) == "int64"


def test_dataframe_holds_the_jsonl_records(expected: list[Record]) -> None:
    frame = to_frame(expected)
    assert tuple(frame.columns) == COLUMNS
    assert len(frame) == len(expected)
    assert from_frame(frame) == expected


def test_dataframe_dtypes(expected: list[Record]) -> None:
    frame = to_frame(expected)
    assert str(frame["start"].dtype) == "int64"
    assert str(frame["value"].dtype) == "float64"
    assert pd.api.types.is_datetime64_dtype(frame["period_start"])
    assert pd.api.types.is_datetime64_dtype(frame["period_end"])
    assert pd.api.types.is_string_dtype(frame["metric"])
    with_period = [r for r in expected if r.period and r.period.start]
    row = frame.iloc[expected.index(with_period[0])]
    assert row["period_start"].date() == with_period[0].period.start  # type: ignore[union-attr]
    no_period = expected.index(next(r for r in expected if r.period is None))
    assert pd.isna(frame.iloc[no_period]["period_start"])
    no_metric = expected.index(ODD[0])
    assert pd.isna(frame.iloc[no_metric]["metric"])
    assert frame.iloc[no_metric]["rules"] == []


def test_pandas_readers_give_the_same_records(written: Path, expected: list[Record]) -> None:
    assert from_frame(pd.read_parquet(written / "records.parquet")) == expected
    assert from_frame(pd.read_csv(written / "records.csv")) == expected


def test_empty_dataframe_keeps_columns() -> None:
    frame = to_frame([])
    assert tuple(frame.columns) == COLUMNS
    assert frame.empty


def test_read_records_goes_by_suffix(written: Path, expected: list[Record]) -> None:
    for fmt in FORMATS:
        assert read_records(written / f"records.{fmt}") == expected


def test_row_has_the_columns_in_order() -> None:
    row = to_row(ODD[2])
    assert tuple(row) == COLUMNS
    assert row["period_start"] == date(1987, 4, 1)
    assert row["rules"] == ["quantity.money_word"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_text_formats_flush_after_each_document(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"out.{fmt}"
    writer = open_writer(fmt, path)
    writer.write(ODD[:1])
    assert read_records(path) == ODD[:1]  # readable before close
    writer.write(ODD[1:])
    writer.close()
    writer.close()  # idempotent
    assert read_records(path) == ODD


def test_csv_append_writes_no_second_header(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    with open_writer("csv", path) as w:
        w.write(ODD[:1])
    with open_writer("csv", path, append=True) as w:
        w.write(ODD[1:])
    assert read_csv(path) == ODD
    assert path.read_text(encoding="utf-8").count("doc_id,text") == 1


def test_jsonl_append(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    for batch in (ODD[:1], ODD[1:]):
        with open_writer("jsonl", path, append=True) as w:
            w.write(batch)
    assert read_jsonl(path) == ODD


def test_parquet_cannot_append(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot be appended"):
        open_writer("parquet", tmp_path / "x.parquet", append=True)


def test_unknown_format_names_the_choices() -> None:
    with pytest.raises(ValueError, match="jsonl, csv, parquet"):
        open_writer("xlsx", None)


def test_format_names_are_case_insensitive(tmp_path: Path) -> None:
    with open_writer("CSV", tmp_path / "x.csv") as w:
        w.write(ODD)
    assert read_csv(tmp_path / "x.csv") == ODD


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_text_formats_write_to_stdout(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    with open_writer(fmt, None) as w:
        w.write(ODD)
    out = capsys.readouterr().out
    if fmt == "jsonl":
        assert read_jsonl(io.StringIO(out)) == ODD
    else:
        assert from_frame(pd.read_csv(io.StringIO(out))) == ODD


def test_parquet_writes_to_stdout(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    with open_writer("parquet", None) as w:
        w.write(ODD)
    data = capsysbinary.readouterr().out
    assert data[:4] == b"PAR1"
    assert from_frame(pd.read_parquet(io.BytesIO(data))) == ODD


def test_cli_format_choices_are_the_writer_formats() -> None:
    assert tuple(f.value for f in OutputFormat) == FORMATS


def test_docstring_examples() -> None:
    assert doctest.testmod(formats).failed == 0
