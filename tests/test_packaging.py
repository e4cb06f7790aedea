"""The wheel carries the rule files and registers the spaCy factories."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(ROOT)],
        check=True,
    )
    return next(out.glob("bulletin_extract-*.whl"))


def test_wheel_ships_every_rule_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in (ROOT / "patterns").glob("*.jsonl"):
        assert f"bulletin_extract/patterns/{path.name}" in names


def test_wheel_registers_the_factories(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    entry_points = next(n for n in archive.namelist() if n.endswith("entry_points.txt"))
    text = archive.read(entry_points).decode()
    assert "[spacy_factories]" in text
    for name in ("bulletin_quantities", "bulletin_periods", "bulletin_agencies", "bulletin_cues",
                 "bulletin_records"):
        assert f"{name} = bulletin_extract.components:" in text
