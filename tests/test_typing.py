"""The package passes strict mypy (the settings in pyproject.toml), with spaCy's own stubs."""

from __future__ import annotations

import pytest

from .conftest import ROOT

mypy_api = pytest.importorskip("mypy.api", reason="mypy is in the test extra")


def test_the_package_passes_strict_mypy(tmp_path_factory: pytest.TempPathFactory) -> None:
    cache = tmp_path_factory.mktemp("mypy_cache")
    out, err, status = mypy_api.run(
        [
            "--config-file", str(ROOT / "pyproject.toml"),
            "--cache-dir", str(cache),
            str(ROOT / "src" / "bulletin_extract"),
        ]
    )  # fmt: skip
    assert status == 0, out + err
    assert "Success" in out
