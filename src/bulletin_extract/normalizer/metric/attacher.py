"""The metric attacher: the surface strategy for each sentence, and its memory of earlier ones."""

from __future__ import annotations

from ..context import DocContext
from ..structures import Mention, Sentence
from .surface import SurfaceMetric


class MetricAttacher:
    """Decides `metric` (and `base_metric`) for the numbers of a sentence."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.surface = SurfaceMetric(ctx)

    def attach(self, sent: Sentence, mentions: list[Mention]) -> None:
        """Set the metric of each mention of one sentence."""
        self.surface.attach(sent, mentions)
        self.surface.remember(mentions)
