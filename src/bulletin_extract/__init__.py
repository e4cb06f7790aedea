"""bulletin_extract: metric records from statistical bulletins and economic press releases.

>>> from bulletin_extract import extract
>>> [r.text for r in extract("Exports rose 6.3% year on year in July 2025.")]
['6.3%']
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Period", "Record", "__version__", "build_pipeline", "extract", "load", "pipe"]

if TYPE_CHECKING:
    from .api import build_pipeline, extract, load, pipe
    from .records import Period, Record

#: Where each public name lives: imported on first use, so that the command line starts
#: (`extract --help`) without importing spaCy.
_LAZY = {
    "build_pipeline": "api",
    "extract": "api",
    "load": "api",
    "pipe": "api",
    "Period": "records",
    "Record": "records",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
