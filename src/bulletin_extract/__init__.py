"""bulletin_extract: metric records from statistical bulletins and economic press releases.

>>> from bulletin_extract import extract
>>> [r.text for r in extract("Exports rose 6.3% year on year in July 2025.")]
['6.3%']
"""

from .api import build_pipeline, extract, load, pipe
from .records import Period, Record

__version__ = "0.1.0"

__all__ = ["Period", "Record", "__version__", "build_pipeline", "extract", "load", "pipe"]
