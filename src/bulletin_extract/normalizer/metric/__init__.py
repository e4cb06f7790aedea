"""The indicator phrase each number measures (`metric`).

Two strategies sit side by side, and `attacher.MetricAttacher` chooses between them by an
explicit rule (`attacher.choose`): `syntax.SyntaxMetric` reads the dependency parse where the
doc has one (`--model`); `surface.SurfaceMetric` needs no parse. The surface strategy's
decision flow is in `surface`; its parts, one role per module:
`predicates` (the verb that states a number), `clauses` (the subject left of it, phrase
bounds), `links` (how the clauses of a sentence relate), `phrases` (noun phrases around the
number), `breakdown` (a place or group joined to its indicator), `credits` (the object of a
credit verb), `checks` (clause tails, generic words) and `words` (the word lists). After both,
`attacher` names what neither named in context: `rankings` (a leader and the names "followed
by" it), earnings per share, figures named by the forecast they are, a headline's opening;
and `set_off` joins a phrase set off before a clause ("In value terms,") to its subject.
"""

from .attacher import MetricAttacher
from .surface import SurfaceMetric

__all__ = ["MetricAttacher", "SurfaceMetric"]
