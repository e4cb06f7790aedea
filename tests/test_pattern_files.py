"""Every rule file loads, every rule line is valid, and bad lines are reported clearly."""

from __future__ import annotations

import json

import pytest

from bulletin_extract.patterns import RULE_FILES, read_family_file, validate_rules
from bulletin_extract.resources import PatternFileError, patterns_dir

RULE_FILE_NAMES = sorted({name for files in RULE_FILES.values() for name in files})


@pytest.mark.parametrize("name", RULE_FILE_NAMES)
def test_rule_file_validates(name: str) -> None:
    rules = read_family_file(name)
    assert rules, f"{name} holds no rules"
    assert len({r["id"] for r in rules}) == len(rules)


def test_rule_ids_unique_across_files() -> None:
    ids = [r["id"] for name in RULE_FILE_NAMES for r in read_family_file(name)]
    assert len(ids) == len(set(ids))


def test_every_file_in_patterns_is_jsonl_of_objects() -> None:
    for path in patterns_dir().iterdir():
        if not path.name.endswith(".jsonl"):
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                assert isinstance(json.loads(line), dict), f"{path.name}:{n}"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            {"label": "X", "pattern": "a", "id": "x", "colour": 1},
            "allowed keys are id, label, pattern",
        ),
        ({"label": "X", "pattern": "a"}, "missing id"),
        ({"label": "X", "pattern": [{"LOWERR": "a"}], "id": "x"}, "invalid token pattern"),
        ({"label": "X", "pattern": 3, "id": "x"}, "token list or a phrase"),
    ],
    ids=["unknown-key", "missing-id", "bad-token-attr", "bad-pattern-type"],
)
def test_bad_rule_is_reported_with_file_and_line(row: dict[str, object], message: str) -> None:
    with pytest.raises(PatternFileError, match=message) as info:
        validate_rules([{**row, "_line": 7}], "demo.jsonl")
    assert "patterns/demo.jsonl:7" in str(info.value)


def test_duplicate_ids_rejected() -> None:
    rows = [{"label": "X", "pattern": "a", "id": "x", "_line": 1}] * 2
    with pytest.raises(PatternFileError, match="duplicate rule id"):
        validate_rules(rows, "demo.jsonl")
