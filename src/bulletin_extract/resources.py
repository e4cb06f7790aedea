"""Access to the rule files in `patterns/`, shipped inside the package."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any


class PatternFileError(ValueError):
    """A rule file is missing or holds a line that is not a valid rule."""


@cache
def patterns_dir() -> Traversable:
    """Return the folder of rule files.

    An installed wheel carries them as `bulletin_extract/patterns`; an editable
    install of a source checkout reads the top-level `patterns/` folder instead.
    """
    packaged = files("bulletin_extract").joinpath("patterns")
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent.parent / "patterns"
    if checkout.is_dir():
        return checkout
    raise PatternFileError("no patterns/ folder found in the package or the source checkout")


def read_jsonl(name: str) -> list[dict[str, Any]]:
    """Read one rule file (`name` as in `patterns/NAME`), one JSON object per line.

    Raises:
        PatternFileError: when the file is missing or a line is not a JSON object.
    """
    path = patterns_dir().joinpath(name)
    if not path.is_file():
        raise PatternFileError(f"patterns/{name}: no such rule file")
    rows: list[dict[str, Any]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise PatternFileError(f"patterns/{name}:{n}: not JSON: {exc}") from exc
        if not isinstance(row, dict):
            raise PatternFileError(f"patterns/{name}:{n}: expected a JSON object")
        row["_line"] = n
        rows.append(row)
    return rows
