"""How the clauses of one sentence relate: a pronoun's subject, a clause between two figures."""

from __future__ import annotations

from ..context import Attacher, DocContext
from ..structures import Mention, Sentence
from ..text import clean_metric
from ..vocabulary import CHANGES, PREDICATE_WORDS, QUALIFIERS, STOPWORDS
from .checks import is_generic
from .clauses import Clauses
from .words import SHARE_VERB_FILLERS, SHARE_VERBS


class ClauseLinks(Attacher):
    """Links between the clauses of a sentence that decide which subject a number takes."""

    def __init__(self, ctx: DocContext, clauses: Clauses) -> None:
        super().__init__(ctx)
        self.clauses = clauses

    def opening_subject(self, sent: Sentence, m: Mention) -> str | None:
        """ "Food inflation slowed in May, though it stayed at 6%": the noun phrase that opens
        the sentence before its verb, for a pronoun later in it."""
        words: list[str] = []
        for t in range(sent.start, min(m.span.start, sent.start + 8)):
            if (CHANGES, t) in self.cue_at or self.tokens.lower[t] in PREDICATE_WORDS:
                break
            if not (
                self.tokens.is_alpha[t] or self.tokens.text[t] in ("'s", "’s", "-")
            ) or self.clauses._boundary(t):
                return None
            words.append(self.tokens.text_with_ws[t])
        else:
            return None
        name = clean_metric("".join(words))
        if not name or name.split()[0].lower() in STOPWORDS | {"it", "they"}:
            return None
        return None if is_generic(name) else name

    def new_clause_between(self, head: Mention, m: Mention, sent: Sentence) -> bool:
        """ "rose 12% to $14.2 billion, while those from Mexico fell 3%": a clause with its own
        subject and verb stands between two figures, so the second is not a continuation."""
        opener = None
        for t in range(head.span.end, m.span.start):
            lower = self.tokens.lower
            opens = lower[t] in ("while", "whereas", "but", "although", "and")
            # ", and ...", or "and the number of ... fell": a determiner opens a new subject.
            if opens and (
                self.tokens.text[t - 1] == "," or lower[t + 1] in ("the", "its", "their")
            ):
                opener = t
            elif (
                opener is not None
                and t > opener + 1
                and ((CHANGES, t) in self.cue_at or self.tokens.lower[t] in PREDICATE_WORDS)
            ):
                return True
        return False

    def share_verb_before(self, m: Mention, sent: Sentence) -> bool:
        """Whether a verb of shares states the number: "accounting for 44%", "makes up half"."""
        t = m.span.start - 1
        while t > sent.start and (
            (QUALIFIERS, t) in self.cue_at or self.tokens.lower[t] in SHARE_VERB_FILLERS
        ):
            t -= 1
        if t <= sent.start:
            return False
        if self.tokens.lower[t] in ("for", "up"):
            return self.tokens.lower[t - 1] in SHARE_VERBS
        return bool(
            self.tokens.lower[t] in SHARE_VERBS
            and self.tokens.lower[t] not in ("accounting", "makes")
        )
