"""The qualifier of each number: "more than", "about", "up to" ..."""

from __future__ import annotations

from .context import Attacher
from .structures import Mention
from .vocabulary import (
    QUALIFIERS,
    QUALIFIERS_BY_LABEL,
)


class QualifierAttacher(Attacher):
    """Decides `qualifier`."""

    def attach(self, mentions: list[Mention]) -> None:
        for m in mentions:
            t = m.span.start - 1
            while t >= 0 and self.tokens.lower[t] in ("a", "an", "the", "by"):
                t -= 1
            cue = self.cue_at.get((QUALIFIERS, t))
            if (
                cue is not None
                and cue.label_ in ("MORE_THAN", "LESS_THAN")
                and "the" in self.tokens.lower[t + 1 : m.span.start]
            ):
                cue = None  # "well above the 1.0% forecast": compared with another figure
            if (
                cue is not None
                and m.unit not in ("times", "fraction")
                and self.ctx.comparison_set_off(cue.start)
            ):
                # "Rs 52,443 crore, sharply lower than Rs 1.8 trillion in July"; not "$212
                # billion, more than double its level", where the multiple is the figure
                cue = None
            verb_before = cue is not None and self.ctx.verb_up_to(t)  # "edging up to 86.5"
            if cue is not None and cue.end == t + 1 and not (cue.label_ == "UP_TO" and verb_before):
                m.qualifier = QUALIFIERS_BY_LABEL[cue.label_]
                m.rules.append(cue.id_)
            elif self._approximate_after(m):
                m.qualifier = "approximately"  # "its 97,000-odd stations", "500 or so"
            elif (bound := self._bound_after(m)) is not None:
                m.qualifier = bound  # "a target of 8% or more"
            elif m.chained_to is not None and self._shares_qualifier(m, mentions[m.chained_to]):
                m.qualifier = mentions[m.chained_to].qualifier

    def _shares_qualifier(self, m: Mention, head: Mention) -> bool:
        """Whether `m` continues `head` under one qualifier: a range's bound ("about 5-6%"), or
        a list item of its unit ("around 40% in May and 45% in June"). Not a restatement in
        another unit ("about 1.3 TWh, or 3.8% of output"), nor a range of its own ("around 14%
        this year and between 10% and 12% next year")."""
        if m.chain_kind == "range":
            return True
        lower = self.tokens.lower
        return (
            m.chain_kind == "list"
            and m.unit == head.unit
            and "or" not in lower[head.span.end : m.span.start]
            and (m.span.start == 0 or lower[m.span.start - 1] != "between")
        )

    def _bound_after(self, m: Mention) -> str | None:
        """ "8% or more", "2% or less": a bound written after the number."""
        lower, end = self.tokens.lower, m.span.end
        if end + 1 >= self.tokens.n or lower[end] != "or":
            return None
        return _BOUNDS_AFTER.get(lower[end + 1])

    def _approximate_after(self, m: Mention) -> bool:
        """ "97,000-odd", "500 or so": a number made approximate by the words after it."""
        lower, end = self.tokens.lower, m.span.end
        after = lower[end : end + 2]
        return after == ("-", "odd") or after == ("or", "so")


#: Words after "or" that bound the number before: "8% or more", "2% or less".
_BOUNDS_AFTER = {
    "more": "at_least", "higher": "at_least", "above": "at_least", "greater": "at_least",
    "over": "at_least", "less": "up_to", "lower": "up_to", "below": "up_to", "fewer": "up_to",
}  # fmt: skip
