"""The metric of each number from the dependency parse, where the doc has one.

A handful of general rules over the parse of a trained pipeline (`--model`):

- the number measures a noun it modifies ("a 15% increase in exports", "469 million users");
- the number is the object, attribute or prepositional complement of a verb ("exports rose
  6.3%", "grew by 8.7%", "the rate was 4.1%"): the verb's nominal subject, climbing through
  `xcomp`, `conj`, auxiliary and relative-clause links to the clause that names one;
- "X% of Y": the share is of Y; "A accounted for X% of Y": the share of A in Y;
- a relative pronoun subject ("sales, which rose 5%") is the noun the clause hangs on;
  another pronoun subject ("it rose 5%") is weak: the surface strategy decides;
- a participle that hangs on a noun ("the rate rising from 1.5%") has that noun as subject;
- a verb whose subject is no indicator (a country, an organization, a change, a pronoun)
  and whose direct object is ("China signed loan agreements for $6.9 billion", "the fall
  brought home sales to a level 1.6% below"): the object.

The phrase is the subject's subtree without determiners at its edges, relative clauses,
appositions, the number itself, and prepositional phrases that are periods or credits.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..context import DocContext
from ..structures import Mention
from ..text import clean_metric
from ..vocabulary import (
    AGENCY_TOKENS,
    CREDIT_VERBS,
    FORECASTERS,
    PERIODS_TOKENS,
    QUANT_TOKENS,
    words,
)
from .checks import strip_tail

SUBJECTS = frozenset(("nsubj", "nsubjpass", "csubj", "expl"))
VALUE_DEPS = frozenset(("dobj", "attr", "npadvmod", "pobj", "acomp", "oprd", "advmod", "appos"))
CLIMB = frozenset(("xcomp", "conj", "advcl", "relcl", "acl", "pcomp", "prep"))
DROP_CHILDREN = frozenset(("relcl", "appos", "advcl", "parataxis"))
SAY_VERBS = frozenset(("say", "report", "show", "add", "note", "announce", "tell"))
FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))
# Verbs that bring their object to a level: "pushed prices to", "put the deficit at".
RESULT_VERBS = words("push bring send take put leave lift drive keep cut raise lower")
SHARE_VERBS = frozenset(("account", "make", "represent", "comprise", "constitute"))
RELATIVE = frozenset(("which", "that", "who"))
WEAK_SUBJECTS = frozenset(("it", "this", "they", "these", "those", "that", "he", "she", "we"))
TIME_NOUNS = frozenset(("period", "month", "quarter", "year", "week", "day", "time"))
CHANGE_NOUNS = frozenset(
    """increase increases rise rises gain gains growth jump jumps climb decline declines
    decrease decreases fall falls drop drops dip contraction expansion slowdown
    improvement deterioration""".split()
)


@dataclass(frozen=True)
class SyntaxAnswer:
    """A metric phrase read from the parse, and the rule that found it."""

    phrase: str
    rule: str


class SyntaxMetric:
    """Decides `metric` from the dependency parse; `None` where the parse names nothing."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.sentence = -1  # the sentence of the mention being read
        self.number = -1  # the root token of the mention being read

    def answer(self, m: Mention) -> SyntaxAnswer | None:
        """The metric of one mention by the parse."""
        self.sentence = self.ctx.tok_sentence[m.span.start]
        root = m.span.root
        self.number = root.i
        # The number modifies a noun: "a 15% increase in exports", "469 million users".
        if root.dep_ in ("nummod", "compound", "amod", "quantmod") and root.head.pos_ in (
            "NOUN",
            "PROPN",
        ):
            noun = root.head
            if noun.lower_ in CHANGE_NOUNS:
                inner = self._complement(noun, ("in", "of"))
                found = None
                if inner is not None and inner.lower_ not in TIME_NOUNS:
                    found = self._make(inner, "metric.syntax.change_noun_of")
                # "the 4.4% gain in the prior period": a period names no indicator.
                return found or self._governing(noun, m)
            return self._make(noun, "metric.syntax.counted_noun")
        # "X% of Y": what the share is of.
        of = self._complement(root, ("of",))
        if of is not None and m.unit in ("percent", "fraction") and root.dep_ in SUBJECTS:
            return self._make(of, "metric.syntax.share_of")
        return self._governing(root, m)

    def _governing(self, token: Token, m: Mention) -> SyntaxAnswer | None:
        """The subject of the verb that governs the number.

        Strong when the verb is the number's own head (through a preposition at most):
        "exports rose 6.3%", "grew by 8.7%"; weak when it is reached through another
        clause ("..., helped by a 5% rise").
        """
        t = token
        for _ in range(8):
            if t.dep_ in SUBJECTS:
                return None  # the number is itself a subject: no verb to read
            head = t.head
            if head.i == t.i:
                break
            if head.pos_ in ("VERB", "AUX") or self._has_subject(head):
                if head.lower_ in CREDIT_VERBS or head.lemma_ in SAY_VERBS:
                    return None  # "..., the ministry said": the credit, not the figure
                answer = self._object_of(head, t) or self._subject_of(head)
                if answer is not None:
                    return self._share(answer, head, token)
                if t.dep_ not in VALUE_DEPS and t.dep_ not in CLIMB:
                    break
            elif t.dep_ not in VALUE_DEPS and t.dep_ not in CLIMB and t.dep_ != "pobj":
                break
            t = head
        return None

    @staticmethod
    def _has_subject(token: Token) -> bool:
        """A clause's head, whatever its tag: "saw spending tumble 16.7%" ("tumble" as a noun)."""
        return any(c.dep_ in SUBJECTS for c in token.children)

    def _object_of(self, verb: Token, link: Token) -> SyntaxAnswer | None:
        """The direct object of a verb whose subject names no indicator.

        `link` is the number's own token or the preposition that joins it to the verb: the
        object must be another branch ("signed loan agreements for $6.9 billion").
        """
        if link.dep_ not in ("prep", "npadvmod", "advmod") or link.head.i != verb.i:
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < link.i), None)
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if obj is None or obj.lower_ in CHANGE_NOUNS or obj.pos_ not in ("NOUN", "PROPN"):
            return None
        result = verb.lemma_ in RESULT_VERBS and link.lower_ in ("to", "at", "by", "up", "down")
        if subject is not None and not result and not self._actor(subject):
            return None  # "exports hit a record at $3 billion": the subject's figure
        return self._make(obj, "metric.syntax.object")

    def _actor(self, subject: Token) -> bool:
        """A subject that acts rather than being measured: a country or an organization (a
        proper name, or an agency cue), a forecaster, a change, a pronoun."""
        if subject.pos_ == "PRON" or subject.lower_ in WEAK_SUBJECTS | CHANGE_NOUNS | FORECASTERS:
            return True
        if (AGENCY_TOKENS, subject.i) in self.ctx.cue_at:
            return True
        return subject.pos_ == "PROPN" and all(
            c.pos_ in ("PROPN", "DET", "PUNCT") or c.dep_ == "case" for c in subject.children
        )

    def _subject_of(self, verb: Token) -> SyntaxAnswer | None:
        v = verb
        for _ in range(5):
            subject = next((c for c in v.children if c.dep_ in SUBJECTS), None)
            if subject is not None:
                if subject.lower_ in RELATIVE and v.dep_ == "relcl":
                    return self._make(v.head, "metric.syntax.relative_subject")
                if subject.lower_ in WEAK_SUBJECTS or subject.pos_ in ("PRON", "VERB"):
                    return None
                if subject.lower_ in CHANGE_NOUNS | TIME_NOUNS:
                    return None  # "the fall compares with ...": the change, not the indicator
                if subject.lower_ in FORECASTERS:
                    return None  # "economists expect a cut of 25 basis points"
                return self._make(subject, "metric.syntax.subject")
            if v.dep_ == "acl" and v.tag_ in ("VBG", "VBN") and v.head.pos_ in ("NOUN", "PROPN"):
                # "the CPI 12-month rate rising from 1.5%": the noun the participle hangs on.
                if v.head.lower_ in CHANGE_NOUNS | TIME_NOUNS:
                    return None  # "a gain hampered by ...", "the period increasing by 1.6%"
                return self._make(v.head, "metric.syntax.participle_subject")
            if v.dep_ in ("xcomp", "conj", "aux", "auxpass") and v.head.i != v.i:
                if v.head.lower_ in CREDIT_VERBS or v.head.lemma_ in SAY_VERBS:
                    return None
                v = v.head
                continue
            break
        return None

    def _share(self, answer: SyntaxAnswer, verb: Token, number: Token) -> SyntaxAnswer:
        """ "Exports accounted for 17% of the total": the share of the subject in the whole."""
        if verb.lemma_ not in SHARE_VERBS:
            return answer
        whole = self._complement(number, ("of",))
        phrase = self._phrase(whole) if whole is not None else None
        if phrase is None:
            return answer
        return SyntaxAnswer(f"share of {answer.phrase} in {phrase}", "metric.syntax.share_in")

    @staticmethod
    def _complement(noun: Token, preps: tuple[str, ...]) -> Token | None:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        return None

    def _make(self, head: Token, rule: str) -> SyntaxAnswer | None:
        phrase = self._phrase(head)
        if phrase is None:
            return None
        return SyntaxAnswer(phrase, rule)

    def _phrase(self, head: Token) -> str | None:
        """The words of a noun's subtree that name an indicator, within the number's sentence."""
        if self.ctx.tok_sentence[head.i] != self.sentence:
            return None
        keep: list[Token] = []
        self._collect(head, keep, top=True)
        if not keep:
            return None
        # The unbroken run of kept words around the head: a dropped clause ends the phrase.
        kept = {t.i for t in keep}
        first = last = head.i
        while first - 1 in kept:
            first -= 1
        while last + 1 in kept:
            last += 1
        run = [self.doc[i] for i in range(first, last + 1)]
        if any(t.tag_ in FINITE_TAGS for t in run):
            return None  # a clause, not a noun phrase: the parse went astray
        text = "".join(t.text_with_ws for t in run)
        return strip_tail(clean_metric(text))  # "kept the repo rate unchanged at"

    def _collect(self, t: Token, keep: list[Token], top: bool = False) -> None:
        cue_at = self.ctx.cue_at
        if self.ctx.tok_sentence[t.i] != self.sentence:
            return
        if any((key, t.i) in cue_at for key in (PERIODS_TOKENS, AGENCY_TOKENS, QUANT_TOKENS)):
            return
        if t.is_space or "\n" in t.text:
            return
        keep.append(t)
        for c in t.children:
            if c.dep_ in DROP_CHILDREN or (c.dep_ == "poss" and c.pos_ == "PRON"):
                continue
            if c.dep_ == "prep" and self._period_or_credit(c):
                continue
            if c.left_edge.i <= self.number <= c.right_edge.i:
                continue  # the branch that states the number: "the rate rising from 1.5%"
            if c.i > t.i and c.left_edge.i > 0 and self.doc[c.left_edge.i - 1].text == ",":
                continue  # ", boosted by lower costs,": an aside, not part of the name
            self._collect(c, keep)

    def _period_or_credit(self, prep: Token) -> bool:
        """A prepositional phrase that is a period or a credit ("in July", "by the ONS")."""
        cue_at = self.ctx.cue_at
        return any(
            (key, t.i) in cue_at for t in prep.subtree for key in (PERIODS_TOKENS, AGENCY_TOKENS)
        ) and not any(
            t.pos_ in ("NOUN", "PROPN")
            and (PERIODS_TOKENS, t.i) not in cue_at
            and (AGENCY_TOKENS, t.i) not in cue_at
            for t in prep.subtree
        )
