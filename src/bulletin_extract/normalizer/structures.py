"""The working types of the record builder: sentences, mentions and credits."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span

from ..records import Period
from .vocabulary import AUXILIARY_FILLERS, CHANGES, MARKERS, QUALIFIERS


@dataclass
class Mention:
    """A quantity being turned into a record, with what has been attached so far."""

    span: Span
    value: float
    unit: str
    sentence: int
    rules: list[str] = field(default_factory=list)
    direction: str | None = None
    qualifier: str | None = None
    basis: str | None = None
    period: Period | None = None
    period_dates: tuple[date, date] | None = None
    agency: str | None = None
    metric: str | None = None
    chained_to: int | None = None  # index of the mention this one continues (list, range, level)
    chain_kind: str | None = None  # "list", "range", "level", "paren" or "from"
    base_metric: str | None = None  # the clause's subject, before a sector named after it
    ref_basis: str | None = None  # basis implied by a comparison period in the sentence
    ref_local: bool = False  # whether that comparison stands right after the number


@dataclass
class Credit:
    """An organization credited as the source of figures."""

    name: str
    country: str | None
    rule: str
    forecast: bool = False


@dataclass
class Sentence:
    start: int  # token index
    end: int
    paragraph: int


class BuilderState:
    """What the record builder knows about the document it is reading.

    The rule families of the builder (`MeasurementRules`, `PeriodRules`, `ChangeRules`,
    `MetricRules`, `CreditRules`) share this state; `RecordBuilder.build` sets it per document.
    """

    doc: Doc
    gazetteer: Any
    cues: dict[str, list[Span]]
    cue_at: dict[tuple[str, int], Span]
    tok_sentence: list[int]
    history: list[str]
    history_sentence: int
    country: str | None
    semicolon_object: str | None
    sentence_spans: dict[str, dict[int, list[Span]]]  # spans key -> sentence index -> spans
    memo: dict[tuple[str, int], Any]  # answers of rules asked more than once per mention

    def _spans_in(self, key: str, sent: Sentence | int) -> list[Span]:
        """The spans of `doc.spans[key]` that start in a sentence (object or index)."""
        index = sent if isinstance(sent, int) else self.tok_sentence[sent.start]
        return self.sentence_spans[key].get(index, [])

    @staticmethod
    def _next_start(mentions: list[Mention], i: int, sent: Sentence) -> int:
        """Where mention i's clause ends at the latest: the next mention or the sentence end."""
        return mentions[i + 1].span.start if i + 1 < len(mentions) else sent.end

    def _from_value(self, m: Mention) -> bool:
        """A value a change started from: "up from 1.5%", "revised from 2.1%"."""
        t = m.span.start - 1
        while t >= 0 and (
            self.doc[t].lower_ in ("a", "an", "the", "previous", "previously", "record", "revised")
            or (QUALIFIERS, t) in self.cue_at
        ):
            t -= 1
        marker = self.cue_at.get((MARKERS, t)) if t >= 0 else None
        return marker is not None and marker.label_ == "FROM"

    def _sentence_start(self, i: int) -> bool:
        return (
            i == 0 or self.tok_sentence[i] != self.tok_sentence[i - 1] or self.doc[i - 1].is_space
        )

    def _verb_up_to(self, t: int) -> bool:
        """ "edged up to 4.2%": "up" after a verb is a rise, not the qualifier "up to"."""
        cue = self.cue_at.get((QUALIFIERS, t))
        if cue is None or cue.label_ != "UP_TO" or cue.start == 0:
            return False
        before = self.doc[cue.start - 1]
        return (
            before.lower_ in AUXILIARY_FILLERS
            or (CHANGES, before.i) in self.cue_at
            or before.lower_.endswith("ed")
        )


class TokenCache:
    """A Doc whose Token objects are made once.

    The builder reads `doc[i]` thousands of times per document, and spaCy makes a new Token
    object for every such read; slices, iteration and every other attribute are the Doc's.
    """

    __slots__ = ("_doc", "_tokens")

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._tokens = list(doc)

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, int):
            return self._tokens[key]
        return self._doc[key]

    def __len__(self) -> int:
        return len(self._tokens)

    def __iter__(self) -> Any:
        return iter(self._tokens)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._doc, name)
