"""The figure's own phrase after a credit: "the data show higher inflation in X at 4.6%"."""

from __future__ import annotations

from ..context import Attacher
from ..structures import Mention, Sentence
from ..text import clean_metric
from ..vocabulary import PERIODS_TOKENS, QUALIFIERS, QUANT_TOKENS
from .checks import is_generic, strip_tail, trim_clause
from .words import CREDIT_OBJECT_VERBS


class CreditObjects(Attacher):
    """After a credit verb, the metric is the object named before "at" and the number."""

    def object_at(self, sent: Sentence, m: Mention) -> str | None:
        """ "Figures show stronger growth in the north at 5.2%", "Estimates put losses at $3bn"."""
        doc = self.doc
        t = m.span.start - 1
        while t > sent.start and (
            (QUALIFIERS, t) in self.cue_at or self.tokens.lower[t] in ("a", "an", "the", "just")
        ):
            t -= 1
        if t <= sent.start or self.tokens.lower[t] != "at":
            return None
        at = t
        j = at - 1
        while j >= sent.start and at - j <= 14:
            tok = doc[j]
            if tok.lower_ in CREDIT_OBJECT_VERBS:
                break
            if tok.text in (",", ";", ":", "(", ")") or (QUANT_TOKENS, j) in self.cue_at:
                return None
            j -= 1
        if j < sent.start or at - j > 14 or j + 1 >= at:
            return None
        words = [
            self.tokens.text_with_ws[k]
            for k in range(j + 1, at)
            if (PERIODS_TOKENS, k) not in self.cue_at and self.tokens.lower[k] != "that"
        ]
        raw = clean_metric("".join(words))
        phrase = strip_tail(trim_clause(raw))
        if phrase != raw:
            return None  # the stretch holds a clause of its own: "with X pointing to Y rising at"
        return None if is_generic(phrase) else phrase
