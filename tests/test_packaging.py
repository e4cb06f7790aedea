"""The wheel carries the rule files and registers the spaCy factories."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

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


def _mypyc_hook() -> dict[str, Any]:
    import tomllib

    build = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["hatch"]["build"]
    hook: dict[str, Any] = build["targets"]["wheel"]["hooks"]["mypyc"]
    return hook


def test_the_default_wheel_is_pure_python(wheel: Path) -> None:
    # The compiled build is opt-in (HATCH_BUILD_HOOK_ENABLE_MYPYC): a plain build compiles nothing.
    assert _mypyc_hook()["enable-by-default"] is False
    assert wheel.name.endswith("-py3-none-any.whl")
    assert not [n for n in zipfile.ZipFile(wheel).namelist() if n.endswith((".so", ".pyd"))]


def test_no_compiled_module_caches_attributes_with_cached_property() -> None:
    """mypyc does not keep `functools.cached_property`: in a compiled class it would compute the
    attribute again at every read. Such attributes belong in a module the build leaves pure."""
    import ast

    hook = _mypyc_hook()
    compiled = {
        path
        for pattern in hook["include"]
        for path in (ROOT / pattern.lstrip("/")).rglob("*.py")
    } - {ROOT / pattern.lstrip("/") for pattern in hook["exclude"]}
    assert ROOT / "src/bulletin_extract/normalizer/builder.py" in compiled
    assert ROOT / "src/bulletin_extract/normalizer/tokens.py" not in compiled
    offenders = []
    for path in sorted(compiled):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            named = isinstance(node, ast.Name | ast.Attribute)
            if named and "cached_property" in ast.unparse(node):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders
