"""`--format csv|parquet` writes the same records as the default JSONL, and the
`bulletin-extract` group offers `run`, `schema` and `review`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bulletin_extract.cli import group
from bulletin_extract.formats import read_csv, read_parquet

from .conftest import CORPUS

SAMPLE = str(CORPUS / "wire_story.txt")


def _jsonl(tmp_path: Path) -> list[dict[str, object]]:
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(group, ["run", SAMPLE, "--ref-date", "1987-03-04", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(("fmt", "reader"), [("csv", read_csv), ("parquet", read_parquet)])
def test_table_formats_hold_the_jsonl_records(tmp_path: Path, fmt: str, reader: object) -> None:
    out = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(
        group, ["run", SAMPLE, "--ref-date", "1987-03-04", "--format", fmt, "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    records = [r.to_dict() for r in reader(out)]  # type: ignore[operator]
    assert records == _jsonl(tmp_path)


def test_resume_needs_jsonl(tmp_path: Path) -> None:
    args = ["run", SAMPLE, "--format", "csv", "-o", str(tmp_path / "o.csv"), "--resume"]
    result = CliRunner().invoke(group, args)
    assert result.exit_code == 2


def test_group_lists_its_commands() -> None:
    result = CliRunner().invoke(group, ["--help"])
    assert result.exit_code == 0
    for name in ("run", "schema", "review"):
        assert name in result.output


def test_jobs_give_the_records_of_one_process_in_input_order(tmp_path: Path) -> None:
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs{jobs}.jsonl"
        args = [
            "run",
            str(CORPUS),
            str(tmp_path / "missing.txt"),
            "--ref-date",
            "2025-01-01",
            "--jobs",
            jobs,
            "-o",
            str(out),
            "--quiet",
        ]
        result = CliRunner().invoke(group, args)
        assert result.exit_code == 1  # the missing file is reported, the others are done
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    assert outputs[0].count("\n") > 100
