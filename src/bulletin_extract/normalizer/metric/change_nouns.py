"""A change named as a noun, with what changed after it: "a rise in unemployment to 5.2%"."""

from __future__ import annotations

from ..context import Attacher
from ..structures import Mention, Sentence
from ..text import clean_metric
from ..vocabulary import (
    BASES,
    CHANGES,
    PERIODS_TOKENS,
    PREDICATE_WORDS,
    QUALIFIERS,
    QUANT_TOKENS,
)
from .checks import is_generic

#: Words that can stand between an article and a change noun ("an expected rebound").
_ARTICLES = ("a", "an", "the", "this", "that", "its", "their")


class ChangeNouns(Attacher):
    """The complement of a change noun that a number ends at."""

    def level_reached(self, sent: Sentence, m: Mention) -> str | None:
        """ "an expected rebound in price growth to 4.1%", "a fall in core inflation to 2.3%":
        the level after "to" (or the start after "from") is of what the change is in."""
        t = m.span.start - 1
        while t > sent.start and (
            (QUALIFIERS, t) in self.cue_at or self.tokens.lower[t] in ("a", "an", "the", "just")
        ):
            t -= 1
        if t <= sent.start or self.tokens.lower[t] not in ("to", "from"):
            return None
        j = t - 1
        while j > sent.start and t - j <= 8:
            word = self.tokens.lower[j]
            if (
                not (self.tokens.is_alpha[j] or self.tokens.text[j] in ("-", "'s", "’s"))
                or word in PREDICATE_WORDS
            ):
                return None
            if word in ("in", "of") and self._change_noun(j - 1, sent):
                break
            j -= 1
        else:
            return None
        words = [
            self.tokens.text_with_ws[k]
            for k in range(j + 1, t)
            if (PERIODS_TOKENS, k) not in self.cue_at
        ]
        phrase = clean_metric("".join(words))
        return None if is_generic(phrase) else phrase

    def _change_noun(self, t: int, sent: Sentence) -> bool:
        """A change cue used as a noun: an article stands before it, with at most two words
        between ("a rise", "an expected rebound", "a further sharp fall")."""
        if t <= sent.start or (CHANGES, t) not in self.cue_at:
            return False
        k, words = t - 1, 0
        while k >= sent.start and words < 3:
            if (BASES, k) in self.cue_at or (QUANT_TOKENS, k) in self.cue_at:
                k -= 1  # "a 41 per cent year-on-year jump": the figure and its basis
                continue
            if self.tokens.lower[k] in _ARTICLES:
                return True
            if not self.tokens.is_alpha[k] or (CHANGES, k) in self.cue_at:
                return False
            k -= 1
            words += 1
        return False
