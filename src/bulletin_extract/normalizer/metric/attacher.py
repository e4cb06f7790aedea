"""The metric attacher: the surface strategy for each sentence, and its memory of earlier ones."""

from __future__ import annotations

import re

from ..context import DocContext
from ..structures import Mention, Sentence
from .surface import SurfaceMetric
from .syntax import SyntaxAnswer, SyntaxMetric

#: The rule id a parsed doc's record carries when the surface strategy decided its metric.
SURFACE_RULE = "metric.surface"

#: How a number continues another one: it shares that one's metric.
CHAINED = ("list", "range", "level", "from", "paren")


def _tokens(phrase: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", phrase.lower()) if w not in ("the", "a", "an")}


def choose(surface: str | None, syntax: SyntaxAnswer | None) -> bool:
    """Whether the parse's answer replaces the surface one.

    The two usually name the same thing at different lengths. The parse's phrase is taken
    where the surface rules found none, or where it holds all of their words and more
    ("index" -> "Japan's unadjusted consumer price index"). Where the two name different
    things the surface rules win: on the dev set a parse answer that contradicts them was
    right less often than they were, even for the subject of the number's own verb.
    """
    if syntax is None:
        return False
    if surface is None:
        return True
    return _tokens(surface) < _tokens(syntax.phrase)


class MetricAttacher:
    """Decides `metric` (and `base_metric`) for the numbers of a sentence."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.surface = SurfaceMetric(ctx)
        self.syntax = SyntaxMetric(ctx) if ctx.parsed else None

    def attach(self, sent: Sentence, mentions: list[Mention]) -> None:
        """Set the metric of each mention of one sentence."""
        self.surface.attach(sent, mentions)
        if self.syntax is not None:
            self._by_syntax(self.syntax, mentions)
        self.surface.remember(mentions)

    @staticmethod
    def _by_syntax(syntax: SyntaxMetric, mentions: list[Mention]) -> None:
        before = [m.metric for m in mentions]
        for m in mentions:
            if m.chained_to is not None and m.chain_kind in CHAINED:
                continue
            if any(r.startswith("marker.respectively") for r in m.rules):
                continue  # the items of a "respectively" list are the surface rule's
            answer = syntax.answer(m)
            if answer is not None and choose(m.metric, answer):
                m.metric = answer.phrase
                m.rules.append(answer.rule)
            else:
                m.rules.append(SURFACE_RULE)
        for i, m in enumerate(mentions):
            # A number that continues another keeps sharing its metric.
            if m.chained_to is not None and m.chain_kind in CHAINED:
                head = mentions[m.chained_to]
                if before[i] == before[m.chained_to]:
                    m.metric = head.metric
