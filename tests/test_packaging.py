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
    for name in (
        "bulletin_quantities",
        "bulletin_periods",
        "bulletin_agencies",
        "bulletin_cues",
        "bulletin_records",
        "bulletin_line_breaks",
    ):
        assert f"{name} = bulletin_extract.components:" in text


def test_the_parse_model_is_pinned_by_version_and_hash() -> None:
    import re
    import tomllib

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]
    [pin] = extras["parse"]
    name, version = pin.split("==")
    assert "bulletin-extract[parse]" in extras["test"]
    assert f"{name}=={version}\n" in (ROOT / "requirements.lock").read_text()
    hashed = (ROOT / "requirements-parse.lock").read_text()
    assert re.search(
        rf"^{re.escape(name)}=={re.escape(version)} \\\n\s+--hash=sha256:[0-9a-f]{{64}}$",
        hashed,
        re.MULTILINE,
    )
    assert "requirements-parse.lock" in (ROOT / "scripts" / "setup.sh").read_text()
