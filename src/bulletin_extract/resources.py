"""Access to the rule files in `patterns/`, shipped inside the package, and the file cache
of what start-up derives from them."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sys
from collections.abc import Callable
from contextlib import suppress
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


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


def rule_file_bytes(name: str) -> bytes:
    """The content of one rule file (`name` as in `patterns/NAME`).

    Raises:
        PatternFileError: when the file is missing.
    """
    path = patterns_dir().joinpath(name)
    if not path.is_file():
        raise PatternFileError(f"patterns/{name}: no such rule file")
    return path.read_bytes()


def read_jsonl(name: str, data: bytes | None = None) -> list[dict[str, Any]]:
    """Read one rule file (`name` as in `patterns/NAME`), one JSON object per line.

    Args:
        name: The file name.
        data: The file's content, when already read (`rule_file_bytes`).

    Raises:
        PatternFileError: when the file is missing or a line is not a JSON object.
    """
    if data is None:
        data = rule_file_bytes(name)
    rows: list[dict[str, Any]] = []
    for n, line in enumerate(data.decode("utf-8").splitlines(), 1):
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


# ------------------------------------------------------------------ start-up cache
#: Set to a non-empty value to neither read nor write the start-up cache.
NO_CACHE_ENV = "BULLETIN_EXTRACT_NO_CACHE"
#: Cache files kept per kind, the newest: two versions of the package that run in turns
#: (two checkouts) each keep theirs.
CACHE_KEEP = 4
_CACHE_FORMAT = b"bulletin_extract start-up cache 1"


def cache_dir() -> Path:
    """The folder of the file caches: `$XDG_CACHE_HOME/bulletin_extract` (`~/.cache/...`)."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "bulletin_extract"


def module_source(module_file: str) -> bytes:
    """The source of a module (its `__file__`), for cache keys; empty if it cannot be read."""
    try:
        return Path(module_file).read_bytes()
    except OSError:
        return b""


def cache_digest(parts: tuple[bytes | str, ...]) -> str:
    """A digest of everything a cached value depends on (each part length-prefixed)."""
    digest = hashlib.sha256(_CACHE_FORMAT)
    for part in (*parts, sys.version, _spacy_version()):
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()[:24]


def cached(
    kind: str,
    key: tuple[bytes | str, ...],
    build: Callable[[], T],
    valid: Callable[[Any], bool] | None = None,
) -> T:
    """Return `build()`, from a pickle in `cache_dir()` when one was made from the same `key`.

    The file is named for the kind and a digest of `key` (the contents of the source files
    and the code the value is derived from; Python's and spaCy's versions are added), so a
    changed source gives a new name and the value is built again. A file that cannot be
    read or unpickled, or whose value fails `valid`, is ignored (and replaced); a cache that
    cannot be written is not kept. Files are written atomically (a temporary file renamed),
    and only the `CACHE_KEEP` newest of a kind are kept.

    Args:
        kind: What is cached, a file-name prefix (letters, digits, dots, underscores).
        key: What the value depends on.
        build: Makes the value (picklable).
        valid: Checks a value read from the cache.
    """
    if os.environ.get(NO_CACHE_ENV):
        return build()
    path = cache_dir() / f"{kind}-{cache_digest(key)}.pickle"
    try:
        with path.open("rb") as stream:
            header, value = pickle.load(stream)
        if header == (kind, path.name) and (valid is None or valid(value)):
            return value  # type: ignore[no-any-return]
    except FileNotFoundError:
        pass
    except Exception:  # a truncated or foreign file is no cache
        pass
    value = build()
    _store(path, kind, value)
    return value


def _store(path: Path, kind: str, value: Any) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as stream:
            pickle.dump(((kind, path.name), value), stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        others = [p for p in path.parent.glob(f"{kind}-*.pickle") if p != path]
        others.sort(key=_mtime, reverse=True)
        for old in others[CACHE_KEEP - 1 :]:
            old.unlink(missing_ok=True)
    except Exception:  # no cache then
        with suppress(OSError):
            tmp.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


@cache
def _spacy_version() -> str:
    from spacy.about import __version__

    return str(__version__)
