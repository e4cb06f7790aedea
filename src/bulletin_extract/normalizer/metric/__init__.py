"""The indicator phrase each number measures (`metric`), from surface rules (no parse needed).

`surface.SurfaceMetric` holds the decision flow; its parts, one role per module:
`predicates` (the verb that states a number), `clauses` (the subject left of it, phrase
bounds), `links` (how the clauses of a sentence relate), `phrases` (noun phrases around the
number), `breakdown` (a place or group joined to its indicator), `credits` (the object of a
credit verb), `checks` (clause tails, generic words) and `words` (the word lists).
"""

from .attacher import MetricAttacher
from .surface import SurfaceMetric

__all__ = ["MetricAttacher", "SurfaceMetric"]
