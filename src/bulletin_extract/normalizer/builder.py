"""The `bulletin_records` component: spans in, `doc._.metric_records` out."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span

from ..components import AGENCIES, CUE_KEYS, PERIODS, QUANTITIES, set_extensions
from ..records import Period, Record
from .changes import ChangeRules
from .credits import CreditRules
from .filters import MeasurementRules
from .metrics import MetricRules
from .structures import Credit, Mention, TokenCache
from .text import (
    as_date,
    dateline_tokens,
    find_publication_date,
    index_cues,
    main_country,
    split_sentences,
)
from .timing import PeriodRules
from .vocabulary import QUANT_TOKENS


class RecordBuilder(MeasurementRules, PeriodRules, ChangeRules, MetricRules, CreditRules):
    """The `bulletin_records` component: spans in, `doc._.metric_records` out.

    The builder reads a document sentence by sentence. For each quantity it decides whether
    it is a measurement at all, then attaches the cues around it: change direction,
    qualifier, comparison basis, the period that governs it and the organization credited
    for it. Periods and bases carry within a paragraph (one line of text); credits carry
    across the document, except to figures about another country. Each family of rules
    lives in a module of its own (`filters`, `timing`, `changes`, `metrics`, `credits`).

    Args:
        ref_date: Default reference date (ISO) for deictic periods, used when the
            document carries none in `doc._.ref_date` and states no publication date.
    """

    def __init__(self, ref_date: str | None = None) -> None:
        set_extensions()
        self.ref_date = date.fromisoformat(ref_date) if ref_date else None

    def __call__(self, doc: Doc) -> Doc:
        doc._.metric_records = [r.to_dict() for r in self.build(doc)]
        return doc

    def build(self, doc: Doc) -> list[Record]:
        """Return the records of one processed document."""
        from ..agencies import default_gazetteer

        self.gazetteer = default_gazetteer()
        self.history: list[str] = []  # metrics of the records so far, for anaphora
        self.history_sentence = -1
        self.memo = {}
        ref = as_date(doc._.ref_date) or self.ref_date or find_publication_date(doc.text)
        doc_id = doc._.doc_id or ""
        self.doc = TokenCache(doc)
        sentences = split_sentences(self.doc)
        self.tok_sentence = [0] * len(doc)
        for i, s in enumerate(sentences):
            for t in range(s.start, s.end):
                self.tok_sentence[t] = i
        self.cues = {
            key: list(doc.spans[key]) if key in doc.spans else [] for key in CUE_KEYS.values()
        }
        self.cue_at = index_cues(doc, self.cues)
        periods = list(doc.spans[PERIODS]) if PERIODS in doc.spans else []
        quantities = list(doc.spans[QUANTITIES]) if QUANTITIES in doc.spans else []
        agencies = list(doc.spans[AGENCIES]) if AGENCIES in doc.spans else []
        self.country = main_country(agencies, self.gazetteer)
        datelines = dateline_tokens(doc, sentences)
        periods = [p for p in periods if p.start not in datelines]
        quantities = [q for q in quantities if q.start not in datelines]
        period_tokens = {t for p in periods for t in range(p.start, p.end)}

        mentions: list[Mention] = []
        for span in quantities:
            mention = self._to_mention(span, period_tokens)
            if mention is not None:
                mention.sentence = self.tok_sentence[span.start]
                mentions.append(mention)
        for m in mentions:  # only accepted quantities bound phrases, not "half" in a period
            for t in range(m.span.start, m.span.end):
                self.cue_at[(QUANT_TOKENS, t)] = m.span

        by_sentence: dict[int, list[Mention]] = {}
        for m in mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        self.sentence_spans = {
            key: self._group_by_sentence(spans)
            for key, spans in [*self.cues.items(), (PERIODS, periods), (AGENCIES, agencies)]
        }

        carry_period: tuple[Period, tuple[date, date] | None] | None = None
        carry_basis: str | None = None
        doc_anchor: tuple[date, date] | None = None
        paragraph = -1
        credit: Credit | None = None
        by_country: dict[str, Credit] = {}
        records: list[Record] = []
        for index, sent in enumerate(sentences):
            if sent.paragraph != paragraph:
                paragraph, carry_period, carry_basis = sent.paragraph, None, None
            sent_mentions = by_sentence.get(index, [])
            sent_credits = self._credits(sent, self._spans_in(AGENCIES, index))
            countries = self._countries(sent, self._spans_in(AGENCIES, index), sent_mentions)
            if sent_mentions:
                self._localize_currencies(sent_mentions, sent_credits, credit)
                self._chain(sent_mentions)
                anchor = self._attach_periods(
                    sent,
                    sent_mentions,
                    self._spans_in(PERIODS, index),
                    ref,
                    carry_period,
                    doc_anchor,
                )
                self._attach_directions(sent_mentions)
                self._attach_qualifiers(sent_mentions)
                carry_basis = self._attach_bases(sent, sent_mentions, carry_basis)
                self._attach_metrics(sent, sent_mentions)
                self._attach_agencies(sent_mentions, sent_credits, credit, by_country, countries)
                if anchor is not None and anchor[1] is not None:
                    carry_period = anchor
                    doc_anchor = anchor[1]
                text_of_sentence = doc[sent.start : sent.end].text.strip()
                for m in sent_mentions:
                    records.append(self._record(doc_id, m, text_of_sentence))
            else:
                anchor = self._sentence_period(
                    sent, self._spans_in(PERIODS, index), ref, doc_anchor
                )
                if anchor is not None and anchor[1] is not None:
                    carry_period = anchor
                    doc_anchor = anchor[1]
            for c in sent_credits:
                if not c.forecast:
                    credit = c
                    if c.country:
                        by_country[c.country] = c
        return records

    def _group_by_sentence(self, spans: list[Span]) -> dict[int, list[Span]]:
        grouped: dict[int, list[Span]] = {}
        for span in spans:
            grouped.setdefault(self.tok_sentence[span.start], []).append(span)
        return grouped

    def _record(self, doc_id: str, m: Mention, sentence: str) -> Record:
        if m.metric:
            self.history.append(m.metric)
            self.history_sentence = m.sentence
        value = m.value
        if value == int(value) and abs(value) < 1e15:
            value = float(value)
        return Record(
            doc_id=doc_id,
            text=m.span.text,
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
            rules=list(dict.fromkeys(r for r in m.rules if r)),
        )
