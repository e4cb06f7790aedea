"""Reference dates per document: publication dates found in the text, and `--ref-dates FILE`.

The sentences are written for these tests, in the styles that releases and wire copy use.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bulletin_extract.cli import app
from bulletin_extract.normalizer.publication import find_publication_date

# (text, reference date given or None, date expected)
WIRE_DATELINES = [
    ("SEOUL, March 4 (Yonhap) - Factory output climbed 1.2%.", "2024-03-10", "2024-03-04"),
    ("SEOUL, March 4 (Yonhap) - Factory output climbed 1.2%.", None, None),
    ("OTTAWA, Jan. 9 - Housing starts fell 3% in December.", "2024-12-30", "2025-01-09"),
    ("LIMA, Dec 30 - Copper exports rose 4 pct in November.", "2025-01-04", "2024-12-30"),
    ("HEADLINE IN CAPITALS\n\nOSLO, Sept. 3 - Retail sales rose.", "2023-09-01", "2023-09-03"),
    ("FRANKFURT (dpa) - Orders rose 2% last month.", "2024-05-01", None),
    ("Madrid, October 2, 2023 - Unemployment fell by 3,000 people.", None, "2023-10-02"),
    ("MUMBAI, 5 Nov 2024 - The trade deficit widened to $20 billion.", None, "2024-11-05"),
    ("Washington, D.C., Aug. 8, 2024 (PRNewswire) - Sales rose 4%.", None, "2024-08-08"),
    ("NEW YORK, June 14 /PRNewswire/ - Revenue grew 10%.", "2022-06-20", "2022-06-14"),
]  # fmt: skip
RELEASE_LABELS = [
    ("Consumer price inflation\nReleased: 2 May 2023\nPrices rose 2%.", None, "2023-05-02"),
    ("Release date: Aug. 14, 2024\nExports fell 1%.", None, "2024-08-14"),
    ("Published 30 June 2022\nOutput grew 0.4%.", None, "2022-06-30"),
    ("Last updated: 1 Dec 2021\nThe rate was 4.1%.", None, "2021-12-01"),
    ("Statistical bulletin | Publication date: 17 January 2024", None, "2024-01-17"),
    ("Date: 2023-11-30\nThe index rose 0.3%.", None, "2023-11-30"),
    ("7 January 2025 — The statistics office said output rose 2%.", None, "2025-01-07"),
    ("Thursday, 6 June 2024\nRetail sales grew 1.1%.", None, "2024-06-06"),
]  # fmt: skip
NOT_PUBLICATION_DATES = [
    ("The price index, released 15 July 2014, rose by 1.9%.", None, None),
    ("Figures will be published on 13 November 2014 instead.", None, None),
    ("1 Jan - 31 Mar\nExports rose 3%.", "2024-04-10", None),
    ("OTTAWA, Sept. 31, 2024 - Sales rose.", None, None),
    ("Exports rose 3%.\n" + "More text.\n" * 300 + "Released: 2 May 2023", None, None),
]  # fmt: skip
FIRST_WINS = [
    ("Released: 3 May 2024\nLONDON, 2 May 2024 - Output rose.", None, "2024-05-03"),
    ("LONDON, 2 May 2024 - Output rose.\nReleased: 3 May 2024", None, "2024-05-02"),
]  # fmt: skip
CASES = {
    "wire-dateline": WIRE_DATELINES,
    "release-label": RELEASE_LABELS,
    "not-publication": NOT_PUBLICATION_DATES,
    "first-wins": FIRST_WINS,
}


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [case for cases in CASES.values() for case in cases],
    ids=[f"{group}-{i}" for group, cases in CASES.items() for i in range(len(cases))],
)
def test_publication_date(text: str, ref: str | None, expected: str | None) -> None:
    found = find_publication_date(text, date.fromisoformat(ref) if ref else None)
    assert (found.isoformat() if found else None) == expected


# ------------------------------------------------------------------------ --ref-dates
LAST_MONTH = "Prices rose 2% last month.\n"


def _run(*args: object) -> Any:
    return CliRunner().invoke(app, [str(a) for a in args])


def _period_starts(stdout: str) -> dict[str, str | None]:
    records = [json.loads(line) for line in stdout.splitlines()]
    return {r["doc_id"]: (r["period"] or {}).get("start") for r in records}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "a.txt").write_text(LAST_MONTH, encoding="utf-8")
    (docs / "sub" / "b.txt").write_text(LAST_MONTH, encoding="utf-8")
    (docs / "c.txt").write_text("TOKYO, Feb 27 - " + LAST_MONTH, encoding="utf-8")
    (docs / "d.txt").write_text(LAST_MONTH, encoding="utf-8")
    return docs


def test_json_dates_per_document_with_fallbacks(folder: Path, tmp_path: Path) -> None:
    dates = tmp_path / "dates.json"
    dates.write_text(json.dumps({"a.txt": "2024-03-15", "sub/b.txt": "2023-07-02"}))
    result = _run(folder, "-r", "--ref-dates", dates, "--ref-date", "2025-03-10", "-q")
    assert result.exit_code == 0, result.stderr
    assert _period_starts(result.stdout) == {
        "a.txt": "2024-02-01",  # listed by file name
        "b.txt": "2023-06-01",  # listed by its path in the folder given
        "c.txt": "2025-02-01",  # not listed: --ref-date wins over its dateline
        "d.txt": "2025-02-01",  # not listed: --ref-date
    }


def test_without_ref_date_each_document_takes_its_own_date(tmp_path: Path) -> None:
    docs = tmp_path / "wires"
    docs.mkdir()
    (docs / "a.txt").write_text("BEIJING, September 12, 2025 - " + LAST_MONTH, encoding="utf-8")
    (docs / "b.txt").write_text("Released: 15 April 2025\n" + LAST_MONTH, encoding="utf-8")
    (docs / "c.txt").write_text("TOKYO, Feb 27 - " + LAST_MONTH, encoding="utf-8")
    result = _run(docs, "-q")
    assert result.exit_code == 0, result.stderr
    assert _period_starts(result.stdout) == {
        "a.txt": "2025-08-01",
        "b.txt": "2025-03-01",
        "c.txt": None,  # a dateline without a year gives no date
    }


def test_the_listed_date_wins_over_the_dateline(folder: Path, tmp_path: Path) -> None:
    dates = tmp_path / "dates.csv"
    dates.write_text(f"document,date\n{folder / 'c.txt'},2020-06-30\n", encoding="utf-8")
    result = _run(folder / "c.txt", folder / "d.txt", "--ref-dates", dates)
    assert result.exit_code == 0, result.stderr
    # d.txt has no date at all: its relative period stays unresolved.
    assert _period_starts(result.stdout) == {"c.txt": "2020-05-01", "d.txt": None}
    assert "note: --ref-dates" not in result.stderr


def test_jobs_give_the_same_dates(folder: Path, tmp_path: Path) -> None:
    dates = tmp_path / "dates.csv"
    dates.write_text("a.txt,2024-03-15\nsub/b.txt,2023-07-02\n", encoding="utf-8")
    runs = [
        _run(folder, "-r", "--ref-dates", dates, "--ref-date", "2025-03-10", "--jobs", jobs, "-q")
        for jobs in ("1", "2")
    ]
    assert runs[0].exit_code == runs[1].exit_code == 0
    assert runs[0].stdout == runs[1].stdout
    assert len(runs[0].stdout.splitlines()) == 4


def test_names_that_match_no_document_are_noted(folder: Path, tmp_path: Path) -> None:
    dates = tmp_path / "dates.json"
    dates.write_text(json.dumps({"a.txt": "2024-03-15", "missing.txt": "2024-01-01"}))
    result = _run(folder / "a.txt", "--ref-dates", dates)
    assert result.exit_code == 0
    assert f"note: --ref-dates {dates}: 1 names match no document: missing.txt" in result.stderr


BAD_FILES = [
    ("bad.json", '{"a.txt": "2024-03-15",', "not valid JSON"),
    ("list.json", '["a.txt", "2024-03-15"]', "JSON must be an object"),
    ("date.json", '{"a.txt": "15/03/2024"}', "'a.txt': '15/03/2024' is not a date YYYY-MM-DD"),
    ("three.csv", "a.txt,2024-03-15,x\n", "line 1: expected two columns"),
    ("date.csv", "name,date\na.txt,2024-03-15\nb.txt,March 2024\n", "line 3: 'March 2024' is not"),
    ("twice.csv", "a.txt,2024-03-15\na.txt,2024-03-16\n", "line 2: 'a.txt' has two dates"),
    ("empty.csv", "", "no document dates in it"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "content", "problem"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_a_bad_dates_file_is_a_usage_error(
    folder: Path, tmp_path: Path, name: str, content: str, problem: str
) -> None:
    dates = tmp_path / name
    dates.write_text(content, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = _run(folder / "a.txt", "--ref-dates", dates, "-o", out)
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"error: --ref-dates {dates}: ")
    assert problem in line
    assert not out.exists()  # nothing started


def test_a_missing_dates_file_is_a_usage_error(folder: Path, tmp_path: Path) -> None:
    result = _run(folder / "a.txt", "--ref-dates", tmp_path / "nope.json")
    assert result.exit_code == 2
    assert "nope.json" in result.stderr
