"""What keeps start-up short, checked for what it does (times are measured in benchmarks/).

`extract --help` imports no spaCy, and an extraction no spaCy command line; month and day
strings are read without dateparser, with the answers dateparser gives; the help text is wrapped
by the terminal; `--jobs 0` runs.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bulletin_extract import period_calendar as periods
from bulletin_extract.cli import app


def test_the_command_line_module_imports_no_heavy_library() -> None:
    code = (
        "import sys, bulletin_extract.cli, bulletin_extract;"
        "heavy = {'spacy', 'dateparser', 'quantulum3', 'trafilatura', 'pdfplumber', 'pandas'};"
        "print(sorted(heavy & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_command_imports_spacy_without_its_cli_and_spacy_cli_still_loads() -> None:
    code = (
        "import sys; from bulletin_extract import cli;"
        "cli._import_spacy_without_its_cli(); import spacy;"
        "print(sorted({'spacy.cli', 'weasel', 'httpx'} & set(sys.modules)), callable(spacy.info));"
        "spacy.blank('en'); import spacy.cli; print(callable(spacy.cli.download))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["[] True", "True"]


def test_the_package_still_exports_its_api() -> None:
    import bulletin_extract

    assert callable(bulletin_extract.extract)
    assert bulletin_extract.Record.__name__ == "Record"
    with pytest.raises(AttributeError):
        _ = bulletin_extract.no_such_name  # type: ignore[attr-defined]


def _dateparser_month_year(text: str) -> tuple[int, int] | None:
    parsed = periods._dateparser().parse(
        text,
        languages=["en"],
        settings={
            "PREFER_DAY_OF_MONTH": "first",
            "REQUIRE_PARTS": ["month", "year"],
            "RELATIVE_BASE": datetime(2000, 1, 1),
        },
    )
    return (parsed.year, parsed.month) if parsed is not None else None


def _dateparser_day(text: str) -> object:
    parsed = periods._dateparser().parse(
        text,
        languages=["en"],
        settings={
            "REQUIRE_PARTS": ["day", "month"],
            "RELATIVE_BASE": datetime(2000, 1, 1),
            "DATE_ORDER": "DMY",
        },
    )
    return parsed.date() if parsed is not None else None


@pytest.mark.parametrize("year", [1987, 2000, 2014, 2023, 2024])
def test_month_and_day_strings_read_as_dateparser_reads_them(year: int) -> None:
    for month in periods._MONTHS:
        text = f"{month} {year}"
        assert periods._parse_month_year.__wrapped__(text) == _dateparser_month_year(text)
        for day in (1, 9, 28, 29, 30, 31):
            text = f"{day} {month} {year}"
            assert periods._parse_day.__wrapped__(text) == _dateparser_day(text), text


def test_help_paragraphs_are_wrapped_by_the_terminal() -> None:
    wide = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "250", "TERMINAL_WIDTH": "250"})
    assert wide.exit_code == 0
    # The docstring breaks its lines after "Big5,": a wide terminal does not.
    [line] = [line for line in wide.stdout.splitlines() if "Text files are decoded" in line]
    assert "Big5, Shift-JIS, cp1252" in line


def test_jobs_zero_uses_every_core(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"d{i}.txt").write_text(f"Exports rose {i + 1}% in July 2025.\n")
    one = CliRunner().invoke(app, [str(tmp_path), "--jobs", "1", "-q"])
    every = CliRunner().invoke(app, [str(tmp_path), "--jobs", "0", "-q"])
    assert one.exit_code == every.exit_code == 0
    assert every.stdout == one.stdout
    assert len(one.stdout.splitlines()) == 3


def test_agency_patterns_come_from_a_file_cache_named_for_their_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bulletin_extract.agencies import Gazetteer

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = Gazetteer._load("agencies.jsonl", "countries.jsonl").span_patterns()
    [cached] = (tmp_path / "bulletin_extract").glob("agency-patterns-*.json")
    again = Gazetteer._load("agencies.jsonl", "countries.jsonl").span_patterns()
    assert again == built
    # Other entries give other patterns, under another name; the old file is dropped.
    rows = [
        {"id": "agency.xx.stats", "name": "Testland Statistics", "country": "XX",
         "kind": "statistics_office", "aliases": ["Statistics Office of Testland"]},
    ]  # fmt: skip
    small = Gazetteer.from_rows(rows, []).span_patterns()
    assert small != built
    assert not cached.exists()
    assert len(list((tmp_path / "bulletin_extract").glob("agency-patterns-*.json"))) == 1
