"""The working types of the record builder: sentences, mentions and credits (the tokens'
caches are in `tokens`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span

from ..records import Period


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
    ref_back: bool = False  # compared with a point further back ("than December 2012")
    ref_running: bool = False  # a running total set against its shorter self ("than January
    # to October"): a basis of that number alone


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
