"""The figure's own phrase after a credit: "the data show higher inflation in X at 4.6%"."""

from __future__ import annotations

from ..context import Attacher
from ..structures import Mention, Sentence
from ..text import clean_metric
from ..vocabulary import AGENCY_TOKENS, CHANGES, PERIODS_TOKENS, QUALIFIERS, QUANT_TOKENS
from .checks import is_generic, strip_tail, trim_clause
from .words import (
    BALANCE_NOUNS,
    CREDIT_OBJECT_VERBS,
    DATA_NOUNS,
    GENERIC_MODIFIERS,
    SHOW_VERBS,
)


class CreditObjects(Attacher):
    """After a credit verb, the metric is the object named before "at" and the number.

    After "show", also before "to" or "of" ("Unadjusted figures show a surplus of 53 mln"),
    and the words that tell the data apart ("unadjusted", "smoothed") qualify the object.
    """

    def object_at(self, sent: Sentence, m: Mention) -> str | None:
        """ "Figures show stronger growth in the north at 5.2%", "Estimates put losses at $3bn"."""
        t = m.span.start - 1
        while t > sent.start and (
            (QUALIFIERS, t) in self.cue_at
            or self.tokens.lower[t] in ("a", "an", "the", "just", "record")  # "at a record 801"
        ):
            t -= 1
        if t <= sent.start or self.tokens.lower[t] not in ("at", "to", "of"):
            return None
        at = t
        j = at - 1
        while j >= sent.start and at - j <= 14:
            if self.tokens.lower[j] in CREDIT_OBJECT_VERBS:
                break
            if self.tokens.text[j] in (",", ";", ":", "(", ")") or (QUANT_TOKENS, j) in self.cue_at:
                return None
            j -= 1
        if j < sent.start or at - j > 14 or j + 1 >= at:
            return None
        shown = self.tokens.lower[j] in SHOW_VERBS
        if self.tokens.lower[at] != "at" and not shown:
            return None  # "rose to", "a rate of": only a display verb names its object so
        words = [
            self.tokens.text_with_ws[k]
            for k in range(j + 1, at)
            if (PERIODS_TOKENS, k) not in self.cue_at
            and self.tokens.lower[k] != "that"
            and not (shown and (CHANGES, k) in self.cue_at)  # "a widening surplus"
        ]
        raw = clean_metric("".join(words))
        phrase = strip_tail(trim_clause(raw))
        if phrase is None or phrase != raw or is_generic(phrase):
            return None  # the stretch holds a clause of its own: "with X pointing to Y rising at"
        qualifier = self._data_qualifier(j, sent) if shown else None
        if shown and phrase.lower() in BALANCE_NOUNS and not self._data_before(j, sent):
            return None  # "The current account showed a surplus of": the account's surplus
        return f"{qualifier} {phrase}" if qualifier else phrase

    def _data_before(self, verb: int, sent: Sentence) -> bool:
        """Whether a display verb's subject is a body of data ("Unadjusted figures show"),
        not what the figure is of ("The current account showed")."""
        j = verb - 1
        while j > sent.start and self.tokens.lower[j] in ("also", "again", "now", "still"):
            j -= 1
        return j >= sent.start and self.tokens.lower[j] in DATA_NOUNS

    def _data_qualifier(self, verb: int, sent: Sentence) -> str | None:
        """ "The smoothed series -- ... -- shows": the words before the data noun of a display
        verb's subject, less articles, generic words and organizations."""
        j = verb - 1
        if j > sent.start and self.tokens.text[j] in ("--", "—", "–", ","):
            # An aside between dashes or commas ends before the verb: skip back over it.
            mark = self.tokens.text[j]
            j -= 1
            while j > sent.start and self.tokens.text[j] != mark:
                j -= 1
            j -= 1
        if j <= sent.start - 1 or self.tokens.lower[j] not in DATA_NOUNS:
            return None
        words: list[str] = []
        k = j - 1
        while k >= sent.start and self.tokens.is_alpha[k] and (AGENCY_TOKENS, k) not in self.cue_at:
            low = self.tokens.lower[k]
            if low in ("the", "a", "an") or (PERIODS_TOKENS, k) in self.cue_at:
                break
            if low not in GENERIC_MODIFIERS:
                words.insert(0, self.tokens.text[k])
            k -= 1
        return " ".join(words) or None
