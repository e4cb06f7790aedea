"""Predicates without a parse: the verb or change cue that states a number."""

from __future__ import annotations

from ..context import Attacher, DocContext
from ..structures import Mention, Sentence
from ..vocabulary import (
    AGENCY_TOKENS,
    AUXILIARY_FILLERS,
    CHANGES,
    CREDIT_VERBS,
    MARKERS,
    PERIODS_TOKENS,
    PREDICATE_WORDS,
    QUALIFIER_VERBS,
    QUALIFIERS,
    QUANT_TOKENS,
    SUBJECT_BOUNDARY,
)
from .words import FIGURE_VERBS, NOT_PAST_VERBS


class Predicates(Attacher):
    """The predicate of each number, found leftwards from it."""

    def __init__(self, ctx: DocContext) -> None:
        super().__init__(ctx)
        self.memo: dict[int, int | None] = {}  # mention start -> predicate

    def _boundary(self, t: int) -> bool:
        """Whether token t cannot be part of a metric phrase."""
        tok = self.doc[t]
        if tok.is_space or tok.lower_ in SUBJECT_BOUNDARY or tok.lower_ in CREDIT_VERBS:
            return True
        return any((key, t) in self.cue_at for key in (PERIODS_TOKENS, AGENCY_TOKENS, QUANT_TOKENS))

    def _predicate(self, sent: Sentence, m: Mention) -> int | None:
        """Token index of the verb or cue that governs the mention, searching leftwards."""
        if m.span.start not in self.memo:
            self.memo[m.span.start] = self._find_predicate(sent, m)
        return self.memo[m.span.start]

    def _find_predicate(self, sent: Sentence, m: Mention) -> int | None:
        doc = self.doc
        t = m.span.start - 1
        while t >= sent.start and (
            self.tokens.lower[t] in ("a", "an", "by") or self._adjacent_qualifier(t, m)
        ):
            if self.tokens.lower[t] in QUALIFIER_VERBS or self.ctx.verb_up_to(t):
                break
            t -= 1
        while t >= sent.start and m.span.start - t <= 12:
            tok = doc[t]
            after = self._after_marker_noun(t, sent) if (CHANGES, t) in self.cue_at else None
            if after is not None:
                t = after  # "showed no change after a fall of 0.7%"
                continue
            if tok.lower_ in ("total", "totals") and self._adjective_before_noun(t, m):
                t -= 1  # "achieved total profits of": an adjective, not the verb
                continue
            if (
                (CHANGES, t) in self.cue_at
                or tok.lower_ in PREDICATE_WORDS
                or tok.lower_ in QUALIFIER_VERBS
                or tok.lower_ in FIGURE_VERBS
                or self._past_verb_before_number(t, m)
            ):
                verb = self._verb_before_noun_cue(t, sent)
                if verb is not None:
                    t = verb
                # Step over auxiliaries: "has exceeded", "was up", "is estimated to be".
                while t - 1 >= sent.start and (
                    self.tokens.lower[t - 1] in PREDICATE_WORDS
                    or self.tokens.lower[t - 1] in AUXILIARY_FILLERS
                ):
                    t -= 1
                return int(t)
            if (QUANT_TOKENS, t) in self.cue_at or tok.text in (";", ":"):
                return None
            t -= 1
        return None

    def _adjective_before_noun(self, t: int, m: Mention) -> bool:
        """ "total profits of 5.9 trillion": "total" before a noun, not "totalled" or "total
        about 3 billion"."""
        nxt = t + 1
        return (
            nxt < m.span.start
            and self.tokens.is_alpha[nxt]
            and (QUALIFIERS, nxt) not in self.cue_at
            and self.tokens.lower[nxt] not in ("a", "an", "the", "to", "at", "of", "some")
        )

    def _past_verb_before_number(self, t: int, m: Mention) -> bool:
        """ "narrowed to 3.1 billion", "cooled slightly to 4.0%": a past tense before the figure."""
        doc = self.doc
        tok = doc[t]
        return (
            tok.is_lower
            and len(tok) > 4
            and tok.lower_.endswith("ed")
            and t < m.span.start
            and tok.lower_ not in NOT_PAST_VERBS
            and (
                t + 1 == m.span.start
                or self.tokens.lower[t + 1] in ("to", "by", "at")
                or (
                    self.tokens.lower[t + 1].endswith("ly")
                    and self.tokens.lower[t + 2] in ("to", "by", "at")
                )
            )
            and m.span.start - t <= 5
        )

    def _adjacent_qualifier(self, t: int, m: Mention) -> bool:
        cue = self.cue_at.get((QUALIFIERS, t))
        if cue is None:
            return False
        end = cue.end
        while end < m.span.start and self.tokens.lower[end] in ("a", "an", "the"):
            end += 1
        return bool(end == m.span.start)

    def _verb_before_noun_cue(self, t: int, sent: Sentence) -> int | None:
        """ "saw a marginal increase of 3%": the verb before a change noun."""
        j = t - 1
        seen_article = False
        while j >= sent.start and t - j <= 4:
            if self.tokens.lower[j] in ("a", "an"):
                seen_article = True
            elif (
                (self.tokens.lower[j] in PREDICATE_WORDS or self.tokens.lower[j] in FIGURE_VERBS)
                and (CHANGES, t) in self.cue_at
                and t - j <= 2
            ):
                return j  # "recorded sales growth of 21.5%"
            elif seen_article and (
                self.tokens.lower[j] in PREDICATE_WORDS
                or (CHANGES, j) in self.cue_at
                or self.tokens.lower[j].endswith("ed")
                or self.tokens.lower[j] in ("saw", "see", "sees", "drove", "led", "showed")
                or self.tokens.lower[j] in FIGURE_VERBS
            ):
                return j
            elif self._boundary(j):
                return None
            j -= 1
        return None

    def _after_marker_noun(self, t: int, sent: Sentence) -> int | None:
        """For a change noun after "after a"/"following a", the token before the marker."""
        j = t - 1
        while j > sent.start and self.tokens.lower[j] in ("a", "an", "the"):
            j -= 1
        marker = self.cue_at.get((MARKERS, j))
        if (
            j < t - 1
            and marker is not None
            and marker.label_ == "FROM"
            and marker.start > sent.start
        ):
            return int(marker.start - 1)
        return None
