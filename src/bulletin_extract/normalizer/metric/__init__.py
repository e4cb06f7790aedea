"""The indicator phrase each number measures (`metric`).

Two strategies sit side by side: `SurfaceMetric` reads word order and the cue spans and
needs no parse; `SyntaxMetric` reads the dependency parse when the doc has one. The choice
between them is `MetricAttacher.choose`.
"""

from .attacher import MetricAttacher
from .surface import SurfaceMetric

__all__ = ["MetricAttacher", "SurfaceMetric"]
