"""Shared fixtures: the pipeline is built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from bulletin_extract.api import load

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite corpus/*.expected.jsonl from the current output (after a deliberate change).",
    )
    parser.addoption(
        "--run-slow",
        action="store_true",
        default=False,
        help="Also run the tests marked slow (the 200 MB memory test takes about 40 minutes).",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load()


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
