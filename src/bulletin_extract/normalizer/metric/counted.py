"""Counts of the places or groups where a clause holds: "Sales rose in six of the 10
provinces" counts provinces, but not any provinces: those "where sales rose"."""

from __future__ import annotations

from ..context import Attacher
from ..structures import Mention, Sentence
from ..text import clean_metric
from ..vocabulary import (
    BASES,
    CHANGES,
    COPULAS,
    PERIODS_TOKENS,
    PRONOUNS,
    QUALIFIERS,
    QUANT_TOKENS,
    STOPWORDS,
)

#: Words that end the clause a count of places closes, looking back from its "in".
_CLAUSE_BOUNDS = frozenset(", ; : ( while whereas but as where which when".split())
#: A subject's verb when no change word is its verb: "diesel was more expensive".
_VERBS = COPULAS | {"had", "has", "have", "remained", "stayed"}
#: "Sales were up in 13 of 21 subsectors": the groups "with higher sales".
_UP_DOWN = {"up": "higher", "higher": "higher", "down": "lower", "lower": "lower"}
#: Fillers that open a subject: "the", and sentence adverbs set off before it.
_OPENERS = frozenset(("the", "a", "an", "overall", "also"))


class CountedWhere(Attacher):
    """The places or groups a count counts, named by the clause that holds in them."""

    def name(self, sent: Sentence, m: Mention, noun: str) -> str | None:
        """ "Filings fell in 38 states" -> "states where filings fell"; "Sales were down in
        six of nine subsectors" -> "subsectors with lower sales"; `noun` is what the count
        counts ("states"). None unless the count follows "in" at the end of a clause whose
        subject and verb stand before it, with no other figure in that clause."""
        if m.unit != "count":
            return None
        lower = self.tokens.lower
        k = m.span.start - 1
        while k > sent.start and (QUALIFIERS, k) in self.cue_at:
            k -= 1
        if k <= sent.start or lower[k] != "in":
            return None
        clause = self._clause(sent, k)
        if clause is None:
            return None
        subject, verb = clause
        if len(noun.split()) > 4:
            return None
        if len(verb) == 2 and verb[0] in COPULAS and verb[1] in _UP_DOWN:
            return f"{noun} with {_UP_DOWN[verb[1]]} {subject}"
        return f"{noun} where {subject} {' '.join(verb)}"

    def _opens_subject(self, j: int, start: int) -> bool:
        """Whether a change word at j opens its clause's subject ("Lower sales were
        recorded"), past its article."""
        lower = self.tokens.lower
        while start < j and lower[start] in _OPENERS:
            start += 1
        return (
            j == start
            and j + 1 < len(lower)
            and self.tokens.is_alpha[j + 1]
            and lower[j + 1] not in STOPWORDS
        )

    def _clause(self, sent: Sentence, k: int) -> tuple[str, list[str]] | None:
        """The subject and the verb's words of the clause that ends at token k ("in")."""
        lower, text = self.tokens.lower, self.tokens.text
        start = k
        while start > sent.start and lower[start - 1] not in _CLAUSE_BOUNDS:
            start -= 1
        if k - start > 20:
            return None
        verb = next(
            (
                j
                for j in range(start, k)
                if lower[j] in _VERBS
                or ((CHANGES, j) in self.cue_at and not self._opens_subject(j, start))
            ),
            None,
        )
        if verb is None:
            return None
        second = next(
            (
                j + 1
                for j in range(k - 2, verb, -1)
                if lower[j] == "and" and (CHANGES, j + 1) in self.cue_at
            ),
            None,
        )  # "Filings fell in 38 states and rose in 13": the verb after "and"
        words: list[str] = []
        for j in range(second or verb, k):
            if (QUANT_TOKENS, j) in self.cue_at:
                return None  # "allocated 8.9 GW in six Member States": the GW's clause
            if (PERIODS_TOKENS, j) in self.cue_at or (BASES, j) in self.cue_at:
                continue
            if self.tokens.is_alpha[j] or text[j] == "-":
                words.append(lower[j])
        subject_start, subject_end = start, verb
        while subject_start < subject_end and lower[subject_start] in _OPENERS:
            subject_start += 1
        span = range(subject_start, subject_end)
        if not span or len(span) > 8 or not words:
            return None
        if any(
            (QUANT_TOKENS, j) in self.cue_at
            or (PERIODS_TOKENS, j) in self.cue_at
            or not (self.tokens.is_alpha[j] or text[j] in ("-", "'s", "’s"))
            for j in span
        ):
            return None
        if lower[subject_start] in PRONOUNS or lower[subject_start] == "there":
            return None
        subject = clean_metric(self.tokens.span_text(subject_start, subject_end))
        if not subject:
            return None
        if self.ctx.sentence_start(subject_start) and text[subject_start][1:].islower():
            subject = subject[:1].lower() + subject[1:]
        return subject, words
