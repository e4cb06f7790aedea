"""The `bulletin_records` component: spans in, `doc._.metric_records` out."""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spacy.tokens import Doc

from ..components import AGENCIES, PERIODS, set_extensions
from ..records import Period, Record
from .agency import AgencyAttacher
from .basis import BasisAttacher
from .chains import ChainRules
from .context import DocContext
from .direction import DirectionAttacher
from .filters import MeasurementRules
from .metric import MetricAttacher
from .period import PeriodAttacher
from .publication import find_publication_date
from .qualifier import QualifierAttacher
from .structures import Credit, Mention, Sentence
from .text import as_date
from .tokens import TokenArrays
from .units import UnitRules
from .vocabulary import QUANT_TOKENS

Anchor = tuple[Period, tuple[date, date] | None]

#: Words that name a period as an earlier one: "the preceding April-June quarter".
_LOOKING_BACK = frozenset("preceding previous prior earlier".split())
#: The rule of a year named as a modifier ("full-year revenue"): an outlook's year.
_OUTLOOK_YEAR = "period.full_year_modifier"


def _inside(span: tuple[date, date], frame: tuple[date, date] | None) -> bool:
    """Whether `span` is a shorter part of `frame`."""
    return frame is not None and frame[0] <= span[0] and span[1] <= frame[1] and span != frame


def _before(span: tuple[date, date], anchor: tuple[date, date] | None) -> bool:
    """Whether `span` is the month (quarter, year) just before `anchor`: "The index also rose
    0.9% in the second quarter", after a story about the third, looks back; "in the quarter"
    stays the third."""
    if anchor is None or (anchor[0] - span[1]).days != 1:
        return False
    return abs((span[1] - span[0]).days - (anchor[1] - anchor[0]).days) <= 3


#: Words that set a figure against the one before: "against a build of 1.5 million".
_SETTING_AGAINST = frozenset(("against", "versus", "vs", "vs."))
#: Words that open a clause of its own: "while", "and the API said".
_CLAUSE_OPENERS = frozenset("while whereas but although said says".split())


@dataclass
class Carried:
    """What carries from sentence to sentence: periods and bases within a paragraph,
    credits across the document."""

    paragraph: int = -1
    period: Anchor | None = None
    basis: str | None = None
    doc_anchor: tuple[date, date] | None = None
    frame: tuple[date, date] | None = None  # the first dated span of the paragraph
    credit: Credit | None = None
    by_country: dict[str, Credit] = field(default_factory=dict)  # last credit per country


class RecordBuilder:
    """The `bulletin_records` component: spans in, `doc._.metric_records` out.

    The builder reads a document sentence by sentence. For each quantity it decides whether
    it is a measurement at all (`filters`) and settles units its words leave open (`units`:
    the country's currency, units shared along a sentence), then hands the sentence's
    mentions to one attacher per field, in this order: `period`, `direction`, `qualifier`,
    `basis` (which reads the period and direction), `metric`, `agency`. Every attacher
    receives the same `DocContext` and keeps its own state; what carries between
    sentences (periods and bases within a paragraph, credits across the document) is the
    builder's, in one `Carried` value.

    Args:
        ref_date: Default reference date (ISO) for deictic periods, used when the
            document carries none in `doc._.ref_date` and states no publication date.
    """

    def __init__(self, ref_date: str | None = None) -> None:
        set_extensions()
        self.ref_date = date.fromisoformat(ref_date) if ref_date else None
        # The records of each living doc this builder read, with the list of dicts it set
        # (see `records_of`).
        self._made: weakref.WeakKeyDictionary[Doc, tuple[list[Any] | None, list[Record]]] = (
            weakref.WeakKeyDictionary()
        )
        self._objects_only: weakref.WeakSet[Doc] = weakref.WeakSet()  # see `hand_out`

    def __call__(self, doc: Doc) -> Doc:
        records = self.build(doc)
        if doc in self._objects_only:
            self._objects_only.discard(doc)
            self._made[doc] = (doc._.metric_records, records)
            return doc
        doc._.metric_records = dicts = [r.to_dict() for r in records]
        self._made[doc] = (dicts, records)
        return doc

    def hand_out(self, doc: Doc) -> None:
        """Mark a doc whose records its caller takes only with `records_of`, when nothing
        else reads them (this component is the pipeline's last): its `metric_records` are
        left as they are, not made."""
        self._objects_only.add(doc)

    def records_of(self, doc: Doc) -> list[Record] | None:
        """The `Record` objects of a doc this builder read, as it made them (no rebuilding
        from `doc._.metric_records`), or None when it did not read the doc or its
        `metric_records` were replaced since. Each doc's records are handed out once."""
        made = self._made.pop(doc, None)
        if made is None or made[0] is not doc._.metric_records:
            return None
        return made[1]

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        del state["_made"], state["_objects_only"]  # docs and weak references do not pickle
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._made = weakref.WeakKeyDictionary()
        self._objects_only = weakref.WeakSet()

    def build(self, doc: Doc) -> list[Record]:
        """Return the records of one processed document."""
        from ..agencies import default_gazetteer

        ctx = DocContext.of(doc, default_gazetteer())
        ref = as_date(doc._.ref_date) or self.ref_date or find_publication_date(ctx.tokens.doc_text)
        doc_id = doc._.doc_id or ""
        sentences = ctx.sentences
        quantities = [q for q in ctx.quantities if q.start not in ctx.datelines]
        periods = [p for spans in ctx.sentence_spans[PERIODS].values() for p in spans]
        period_tokens = {t for p in periods for t in range(p.start, p.end)}

        units = UnitRules(ctx)
        measurements = MeasurementRules(ctx, units)
        chains = ChainRules(ctx, units)
        mentions: list[Mention] = []
        for span in quantities:
            mention = measurements.mention(span, period_tokens)
            if mention is not None:
                mention.sentence = ctx.tok_sentence[span.start]
                mentions.append(mention)
        for m in mentions:  # only accepted quantities bound phrases, not "half" in a period
            for t in range(m.span.start, m.span.end):
                ctx.cue_at[(QUANT_TOKENS, t)] = m.span
        units.restated_levels(mentions)
        by_sentence: dict[int, list[Mention]] = {}
        for m in mentions:
            by_sentence.setdefault(m.sentence, []).append(m)

        period_of = PeriodAttacher(ctx)
        direction_of = DirectionAttacher(ctx)
        qualifier_of = QualifierAttacher(ctx)
        basis_of = BasisAttacher(ctx)
        metric_of = MetricAttacher(ctx)
        agency_of = AgencyAttacher(ctx)
        carried = Carried()
        records: list[Record] = []
        for index, sent in enumerate(sentences):
            if sent.paragraph != carried.paragraph:
                carried.paragraph, carried.period, carried.basis = sent.paragraph, None, None
                carried.frame = None
            sent_mentions = by_sentence.get(index, [])
            agencies = ctx.spans_in(AGENCIES, index)
            sent_credits = agency_of.credits(sent, agencies)
            sent_periods = ctx.spans_in(PERIODS, index)
            if sent_mentions:
                countries = agency_of.countries(sent, agencies, sent_mentions)
                units.localize(sent_mentions, sent_credits, carried.credit)
                chains.link(sent_mentions)
                units.levels_beside_point_moves(sent_mentions)
                anchor = period_of.attach(
                    sent, sent_mentions, sent_periods, ref, carried.period, carried.doc_anchor
                )
                direction_of.attach(sent_mentions)
                qualifier_of.attach(sent_mentions)
                carried.basis = basis_of.attach(sent, sent_mentions, carried.basis)
                metric_of.attach(sent, sent_mentions)
                agency_of.attach(
                    sent_mentions, sent_credits, carried.credit, carried.by_country, countries
                )
                text_of_sentence = ctx.sentence_text(sent)
                records.extend(
                    self._record(doc_id, m, text_of_sentence, ctx.tokens) for m in sent_mentions
                )
            else:
                anchor = period_of.sentence_period(sent, sent_periods, ref, carried.doc_anchor)
                carried.basis = basis_of.stated(sent, carried.basis)
            if (
                anchor is not None
                and anchor[1] is not None
                and not (  # (a stock "had reached 18.6 million by the end of October" is now)
                    self._past_perfect(ctx, sent, sent_mentions) and anchor[1][0] != anchor[1][1]
                )
            ):
                carried.period = anchor
                if not self._looks_back(ctx, sent_periods, anchor[0]) and not (
                    ref is not None and anchor[1][1] > ref and ctx.tells_a_forecast(sent)
                ):  # ("For the fourth quarter, the company forecast ...", written in October:
                    # a forecast of a time not yet over is no time the document is about)
                    if not _inside(anchor[1], carried.frame) and not _before(
                        anchor[1], carried.doc_anchor
                    ):
                        # ("In the first ten months ... In October, sales grew 0.4% month on
                        # month": a month inside the paragraph's span leaves the span the
                        # document's time, which "in the same period" later points back to)
                        carried.doc_anchor = anchor[1]
                    carried.frame = carried.frame or anchor[1]
            for c in sent_credits:
                if not c.forecast and not self._set_against(ctx, sent, c, sent_credits):
                    carried.credit = c
                    if c.country:
                        carried.by_country[c.country] = c
            if (
                carried.credit is not None
                and self._joint_second(ctx, carried.credit)
                and (last_taken := self._last_credited(sent_mentions))
                and (taken := [c for c in sent_credits if not c.forecast and c.name == last_taken])
            ):
                # "according to the National Association of Home Builders/Wells Fargo Housing
                # Market Index": the second name of a joint title does not take over the credit
                # the sentence's figures took
                carried.credit = taken[-1]
        return records

    @staticmethod
    def _set_against(ctx: DocContext, sent: Sentence, c: Credit, credits: list[Credit]) -> bool:
        """Whether a credit only names the source of a figure set against the sentence's own,
        after another source it credits: "fell 3.7 million barrels, the EIA said, against a
        build of 1.5 million reported by the API" (the EIA's figures go on, not the API's)."""
        start = getattr(c, "start", -1)
        if start <= sent.start:
            return False
        earlier = [
            k
            for k in credits
            if not k.forecast and k.name != c.name and 0 <= getattr(k, "start", -1) < start
        ]
        if not earlier:
            return False
        lower = ctx.tokens.lower
        for t in range(start - 1, getattr(earlier[-1], "start", start), -1):
            if lower[t] in (";", ":") or lower[t] in _CLAUSE_OPENERS:
                return False
            if lower[t] in _SETTING_AGAINST or lower[t : t + 2] in (("compared", "with"),):
                return True
        return False

    @staticmethod
    def _joint_second(ctx: DocContext, credit: Credit) -> bool:
        """Whether a credit is named second in a joint title ("NAHB/Wells Fargo")."""
        start = getattr(credit, "start", -1)
        return start > 0 and ctx.tokens.text[start - 1] == "/"

    @staticmethod
    def _last_credited(mentions: list[Mention]) -> str | None:
        """The agency the last credited figure of a sentence took."""
        return next((m.agency for m in reversed(mentions) if m.agency), None)

    @staticmethod
    def _past_perfect(ctx: DocContext, sent: Sentence, mentions: list[Mention]) -> bool:
        """ "They had risen 2.5 pct in the third quarter": figures told in the past perfect
        are of a time before the one the paragraph is about, which a later "in the quarter"
        still points to."""
        if not mentions:
            return False
        lower = ctx.tokens.lower
        first = mentions[0].span.start
        return any(
            lower[t] == "had" and lower[t + 1].endswith(("ed", "en", "wn", "un"))
            for t in range(sent.start, first - 1)
        )

    @staticmethod
    def _looks_back(ctx: DocContext, periods: list[Any], main: Period) -> bool:
        """ "In the preceding April-June quarter, the country had posted ...": a period named
        as an earlier one is the sentence's, not the one later phrases ("in the quarter") of
        the document point to; nor is an outlook's year ("now expects full-year revenue")."""
        lower = ctx.tokens.lower
        for p in periods:
            if ctx.text(p) != main.text:
                continue
            if p.id_ == _OUTLOOK_YEAR:
                return True  # "now expects full-year revenue of": an outlook, not the story's time
            t = p.start - 1
            return t >= 0 and lower[t] in _LOOKING_BACK
        return False

    @staticmethod
    def _record(doc_id: str, m: Mention, sentence: str, tokens: TokenArrays) -> Record:
        value = m.value
        if value == int(value) and abs(value) < 1e15:
            value = float(value)
        start, end = m.span.start, m.span.end
        return Record(
            doc_id=doc_id,
            text=tokens.span_text(start, end),
            start=m.span.start_char,
            end=m.span.end_char,
            value=value,
            unit=m.unit,
            metric=m.metric,
            direction=m.direction,
            basis=m.basis,
            qualifier=m.qualifier,
            period=m.period,
            agency=m.agency,
            sentence=sentence,
            rules=list(dict.fromkeys(filter(None, m.rules))),
        )
