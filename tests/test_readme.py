"""The README's library examples run as doctests, so they stay true."""

from __future__ import annotations

import doctest

from .conftest import ROOT


def test_readme_examples() -> None:
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False, verbose=False)
    assert result.attempted > 0
    assert result.failed == 0
