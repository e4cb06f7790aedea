"""Predicates without a parse: the verb or change cue that states a number."""

from __future__ import annotations

from ..context import Attacher, DocContext
from ..credit_words import ARTICLES
from ..structures import Mention, Sentence
from ..vocabulary import (
    AGENCY_TOKENS,
    AUXILIARY_FILLERS,
    CHANGES,
    CREDIT_VERBS,
    HEADLINE_MOVES,
    HOLD_VERBS,
    MARKERS,
    OPINION_VERBS,
    PERIODS_TOKENS,
    PREDICATE_WORDS,
    QUALIFIER_VERBS,
    QUALIFIERS,
    QUANT_TOKENS,
    SPEAKERS,
    SUBJECT_BOUNDARY,
)
from .words import FIGURE_VERBS, NOT_PAST_VERBS, SHARE_VERBS

# Words before a noun: a predicate word after one is the noun ("of the total", "a record").
_DETERMINERS = ARTICLES | frozenset("this that these those".split())


#: Verbs of telling a figure, whose subject is the teller: "had originally reported a 0.2% rise".
_REPORTING_VERBS = frozenset(
    "reported announced estimated projected predicted expected revised forecasted".split()
)
#: Words between a past verb and its object figure: "processed an estimated 10.6 mb/d".
_OBJECT_LEADS = frozenset("a an the estimated record provisional combined total net".split())

# Past tenses of change verbs that do not end in "-ed": verbs, never change nouns.
_PAST_FORMS = frozenset("rose fell grew sank shrank slid swung risen fallen grown".split())


class Predicates(Attacher):
    """The predicate of each number, found leftwards from it."""

    def __init__(self, ctx: DocContext) -> None:
        super().__init__(ctx)
        self.memo: dict[int, int | None] = {}  # mention start -> predicate

    def _boundary(self, t: int) -> bool:
        """Whether token t cannot be part of a metric phrase."""
        lower = self.tokens.lower[t]
        if self.tokens.is_space[t] or lower in SUBJECT_BOUNDARY or lower in CREDIT_VERBS:
            return True
        if lower in OPINION_VERBS and t > 0 and self.tokens.lower[t - 1] in SPEAKERS:
            return True  # "Traders estimate China has booked": who guessed is no part of it
        cue_at = self.cue_at
        return (
            (PERIODS_TOKENS, t) in cue_at
            or ((AGENCY_TOKENS, t) in cue_at and not self._hyphen_modifier(t))
            or (QUANT_TOKENS, t) in cue_at
        )

    def _hyphen_modifier(self, t: int) -> bool:
        """Whether a name at t opens a hyphenated modifier: "FDIC-insured institutions",
        "OPEC-led cuts" (part of the phrase, not a body that ends it)."""
        tokens = self.tokens
        return (
            tokens.hyphen_joins(t + 1)
            and tokens.is_alpha[t + 2]
            and tokens.text[t + 2].islower()
        )

    def _predicate(self, sent: Sentence, m: Mention) -> int | None:
        """Token index of the verb or cue that governs the mention, searching leftwards."""
        if m.span.start not in self.memo:
            self.memo[m.span.start] = self._find_predicate(sent, m)
        return self.memo[m.span.start]

    def _find_predicate(self, sent: Sentence, m: Mention) -> int | None:
        text, lower = self.tokens.text, self.tokens.lower
        if m.unit == "times" and (CHANGES, m.span.start) in self.cue_at:
            # "exports more than doubled": the multiple is the verb; its subject is before
            # the qualifier
            t = m.span.start
            while t - 1 > sent.start and (QUALIFIERS, t - 1) in self.cue_at:
                t -= 1
            return t
        t = m.span.start - 1
        while t >= sent.start and (
            self.tokens.lower[t] in ("a", "an", "by") or self._adjacent_qualifier(t, m)
        ):
            if self.tokens.lower[t] in QUALIFIER_VERBS or self.ctx.verb_up_to(t):
                break
            t -= 1
        while t >= sent.start and m.span.start - t <= 12:
            word = lower[t]
            after = self._after_marker_noun(t, sent) if (CHANGES, t) in self.cue_at else None
            if after is not None:
                t = after  # "showed no change after a fall of 0.7%"
                continue
            if word in HOLD_VERBS and self._holds_at(t, m):
                return t  # "after the Bank of Korea holds rate at 2.50%": the level held
            if word in ("total", "totals") and self._adjective_before_noun(t, m):
                t -= 1  # "achieved total profits of": an adjective, not the verb
                continue
            if word in PREDICATE_WORDS and t > sent.start and lower[t - 1] in _DETERMINERS:
                t -= 1  # "which make up a third of the total, climbed 41.7%": a noun
                continue
            if (
                (CHANGES, t) in self.cue_at
                or word in PREDICATE_WORDS
                or word in QUALIFIER_VERBS
                or word in FIGURE_VERBS
                or (word in SHARE_VERBS and lower[t + 1] in ("for", "up"))  # "account for"
                or self._past_verb_before_number(t, m)
            ):
                cue = self.cue_at.get((CHANGES, t))
                if cue is not None and sent.start <= cue.start < t:
                    t = cue.start  # "picked up to 5.51%": the cue's verb, not its particle
                if (
                    lower[t] in ("up", "down")
                    and t - 1 >= sent.start
                    and lower[t - 1] in HEADLINE_MOVES
                ):
                    t -= 1  # "Sentiment ticks up to 39": the verb before the particle
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
            if (QUANT_TOKENS, t) in self.cue_at or text[t] in (";", ":"):
                return None
            t -= 1
        return None

    def _holds_at(self, t: int, m: Mention) -> bool:
        """ "holds rate at 2.50%", "kept its key policy rate unchanged at 6.50%": a holding verb,
        a short object, then "at" right before the number."""
        lower = self.tokens.lower
        at = m.span.start - 1
        while at > t and (QUALIFIERS, at) in self.cue_at:
            at -= 1
        if lower[at] != "at" or not 1 < at - t <= 6:
            return False
        return all(
            (self.tokens.is_alpha[k] and (CHANGES, k) not in self.cue_at) or lower[k] == "unchanged"
            for k in range(t + 1, at)
        )

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
        lower = self.tokens.lower[t]
        return (
            lower.endswith("ed")  # the cheap tests first
            and len(self.tokens.text[t]) > 4
            and self.doc[t].is_lower
            and t < m.span.start
            and lower not in NOT_PAST_VERBS
            and (
                t + 1 == m.span.start
                or self.tokens.lower[t + 1] in ("to", "by", "at")
                or (  # "processed an estimated 10.6 mb/d", "handled a record 164 billion"
                    m.span.start - t <= 3
                    and lower not in _REPORTING_VERBS  # "the department reported a 0.2% rise"
                    and all(w in _OBJECT_LEADS for w in self.tokens.lower[t + 1 : m.span.start])
                )
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
        if self.tokens.lower[t].endswith("ed") or self.tokens.lower[t] in _PAST_FORMS:
            return None  # a verb itself: "the quantity bought also increased by 4.5%", "data
            # showed exports rose 7.1%"
        j = t - 1
        seen_article = False
        while j >= sent.start and t - j <= 4:
            if self.tokens.text[j] == ",":
                return None  # "... of the total, climbed 41.7%": no verb of this cue's
            if self.tokens.lower[j] in ("a", "an", "the"):
                seen_article = True  # "posted the fastest annual growth in August, at 10.6%"
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
