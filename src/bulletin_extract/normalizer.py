"""Turn the spans found by the rule components into metric records.

The builder reads a document sentence by sentence. For each quantity it decides
whether it is a measurement at all, then attaches the cues around it: change
direction, qualifier, comparison basis, the period that governs it and the
organization credited for it. Periods and bases carry within a paragraph (one
line of text); credits carry across the document, except to figures about
another country. See RECORDS.md for the contract.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from spacy.tokens import Doc, Span

from .components import AGENCIES, CUE_KEYS, PERIODS, QUANTITIES, set_extensions
from .records import Period, Record


def _words(text: str) -> frozenset[str]:
    """A word list written as one string."""
    return frozenset(text.split())


CHANGES, BASES, QUALIFIERS, CREDITS, MARKERS = (
    CUE_KEYS[name]
    for name in (
        "changes.jsonl",
        "bases.jsonl",
        "qualifiers.jsonl",
        "credits.jsonl",
        "markers.jsonl",
    )
)

DIRECTIONS = {"INCREASE": "increase", "DECREASE": "decrease", "NEUTRAL": None}
BASES_BY_LABEL = {
    "YEAR_ON_YEAR": "year_on_year",
    "MONTH_ON_MONTH": "month_on_month",
    "QUARTER_ON_QUARTER": "quarter_on_quarter",
    "PERIOD_ON_PERIOD": "period_on_period",
}
QUALIFIERS_BY_LABEL = {
    "MORE_THAN": "more_than",
    "LESS_THAN": "less_than",
    "APPROXIMATELY": "approximately",
    "UP_TO": "up_to",
    "AT_LEAST": "at_least",
}

# Words that end a sentence-final abbreviation rather than a sentence.
ABBREVIATIONS = _words(
    "u.s. u.k. u.n. e.u. mr. mrs. ms. dr. st. no. nos. inc. co. corp. ltd. jan. feb. mar. "
    "apr. jun. jul. aug. sep. sept. oct. nov. dec. e.g. i.e. vs. approx. fig. est. govt. "
    "dept."
)
# Words after a number that make it a label, not a measurement ("Table 3" reads the other way).
LABEL_WORDS = _words(
    "table tables figure figures chart note notes section sections chapter page pages "
    "annex article paragraph appendix box phase tier level grade round stage step version "
    "model no number item line route room vol volume part"
)
TIME_UNITS = _words(
    "day days week weeks month months quarter quarters year years decade decades hour "
    "hours minute minutes"
)
STREAK_WORDS = _words(
    "consecutive straight successive running row ago earlier later after before old"
)
SPAN_LEAD_WORDS = _words("past last next first within over for since during in")
AGE_WORDS = _words("aged age ages")
ORG_WORDS = _words(
    "agency bureau ministry department office institute bank council commission "
    "administration authority board statistics association federation fund organization "
    "organisation centre center secretariat service institution"
)
NAME_CONNECTORS = _words("of and for the on & de")
# Verbs and copulas that close the subject of a clause.
PREDICATE_WORDS = _words(
    "was were is are be been being reached reach reaches totalled totaled totals total "
    "amounted amounts stood stands remained remains accounted accounting accounts hit "
    "hits has have had saw sees see recorded records registered came comes averaged "
    "averaging averages exceeded exceeds surpassed represented represents made makes "
    "marks marked provided showed shows outpacing outpaced will would"
)
SUBJECT_BOUNDARY = _words(
    'that which while whereas where when with as but ; : — – - ( ) " “ ” among'
)
LEADING_NOISE = re.compile(
    r"^(?:(?:the|a|an|its|their|this|these|those|of|and|in terms of|among|whereas|while|but|"
    r"however|meanwhile|also|overall|in addition|firstly|secondly|thirdly|finally|that|"
    r"in contrast|by contrast|at the same time|as a result|similarly|in practice|in particular|"
    r"likewise|separately|in total|of which|on the other hand|on the one hand|in order of their "
    r"contribution|the first time|first time|for the first time|kept|keeps|held|holds|left|"
    r"leaves|maintained|set|in|for|with|by)"
    r"\b[\s,]*)+",
    re.IGNORECASE,
)
TRAILING_NOISE = re.compile(
    r"(?:[\s,]+(?:was|were|is|are|has|have|had|been|also|both|overall|estimated to be|and|or|"
    r"which|that|respectively|,))+$",
    re.IGNORECASE,
)
LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+")
REFERENCE_LEADS = _words(
    "from since than compared relative against versus vs above below on over with"
)
DATELINE = re.compile(r"^[A-Z][A-Z .'&-]{1,40}, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})? [-–—]")
PUBLICATION_DATE = re.compile(
    r"(?:published|released|updated|issued|date)\s*:?\s*(?:on\s+)?"
    r"(\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2})",
    re.IGNORECASE,
)


@dataclass
class Mention:
    """A quantity being turned into a record, with what has been attached so far."""

    span: Span
    value: float
    unit: str
    kind: str
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


class RecordBuilder:
    """The `bulletin_records` component: spans in, `doc._.metric_records` out.

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

    # ------------------------------------------------------------------ driver
    def build(self, doc: Doc) -> list[Record]:
        """Return the records of one processed document."""
        from .agencies import default_gazetteer

        self.gazetteer = default_gazetteer()
        self.history: list[str] = []  # metrics of the records so far, for anaphora
        self.history_sentence = -1
        ref = _as_date(doc._.ref_date) or self.ref_date or find_publication_date(doc.text)
        doc_id = doc._.doc_id or ""
        sentences = split_sentences(doc)
        self.tok_sentence = [0] * len(doc)
        for i, s in enumerate(sentences):
            for t in range(s.start, s.end):
                self.tok_sentence[t] = i
        self.doc = doc
        self.cues = {
            key: list(doc.spans[key]) if key in doc.spans else [] for key in CUE_KEYS.values()
        }
        self.cue_at = _index_cues(doc, self.cues)
        periods = list(doc.spans[PERIODS]) if PERIODS in doc.spans else []
        quantities = list(doc.spans[QUANTITIES]) if QUANTITIES in doc.spans else []
        agencies = list(doc.spans[AGENCIES]) if AGENCIES in doc.spans else []
        self.country = _main_country(agencies, self.gazetteer)
        datelines = _dateline_tokens(doc, sentences)
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
        periods_by_sentence: dict[int, list[Span]] = {}
        for p in periods:
            periods_by_sentence.setdefault(self.tok_sentence[p.start], []).append(p)
        agencies_by_sentence: dict[int, list[Span]] = {}
        for a in agencies:
            agencies_by_sentence.setdefault(self.tok_sentence[a.start], []).append(a)

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
            sent_credits = self._credits(sent, agencies_by_sentence.get(index, []))
            countries = self._countries(sent, agencies_by_sentence.get(index, []), sent_mentions)
            if sent_mentions:
                self._chain(sent_mentions)
                anchor = self._attach_periods(
                    sent,
                    sent_mentions,
                    periods_by_sentence.get(index, []),
                    ref,
                    carry_period,
                    doc_anchor,
                )
                self._attach_directions(sent_mentions)
                self._attach_qualifiers(sent_mentions)
                carry_basis = self._attach_bases(
                    sent, sent_mentions, carry_basis, periods_by_sentence.get(index, [])
                )
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
                    sent, periods_by_sentence.get(index, []), ref, doc_anchor
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

    # ------------------------------------------------------------- mentions
    def _to_mention(self, span: Span, period_tokens: set[int]) -> Mention | None:
        from .quantities import parse_quantity

        if any(t in period_tokens for t in range(span.start, span.end)):
            return None
        label = span.label_
        parsed = parse_quantity(span.text, label)
        if parsed is None:
            return None
        if not self._passes_common_filters(span, parsed.value, parsed.unit):
            return None
        if label == "NUMBER" and not self._is_measurement(span, parsed.value):
            return None
        if label == "FRACTION" and not self._is_fraction(span):
            return None
        unit = parsed.unit
        if unit == "count" and self._is_index_level(span, parsed.value):
            unit = "index_point"
        return Mention(
            span=span,
            value=parsed.value,
            unit=unit,
            kind=parsed.kind,
            sentence=0,
            rules=[span.id_] if span.id_ else [],
        )

    def _passes_common_filters(self, span: Span, value: float, unit: str) -> bool:
        """Checks for every kind of quantity: list markers, labels, bounds, spans of time."""
        doc = self.doc
        prev = doc[span.start - 1] if span.start > 0 else None
        nxt = doc[span.end] if span.end < len(doc) else None
        # "1." / "(1)" / "2)" numbering and footnote markers.
        if self._sentence_start(span.start) and nxt is not None and nxt.text in (".", ")"):
            return False
        bracketed = prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")"
        if bracketed and span.label_ == "NUMBER" and "." not in span.text:
            return False
        # "Figures 2 and 3", "Table 3": walk back over a list of numbers to a label word.
        t = span.start - 1
        while t >= 0 and (doc[t].like_num or doc[t].lower_ in ("and", ",", "or", "to", "-")):
            t -= 1
        if t >= 0 and t < span.start - 1 and doc[t].lower_ in LABEL_WORDS:
            return False
        # Bounds in definitions: "100 people or more", "aged from 16 to 64".
        window = [x.lower_ for x in doc[span.end : min(len(doc), span.end + 4)]]
        if any(
            window[i : i + 2]
            in (
                ["or", "more"],
                ["or", "over"],
                ["or", "fewer"],
                ["or", "less"],
                ["and", "over"],
                ["or", "older"],
                ["and", "older"],
            )
            for i in range(len(window))
        ) and span.label_ in ("NUMBER", "PHYSICAL"):
            return False
        back = [x.lower_ for x in doc[max(0, span.start - 4) : span.start]]
        if any(w in AGE_WORDS for w in back):
            return False
        # Spans of time are not measurements ("25 days after", "the last four weeks"); a
        # decimal duration is ("a 6.3 months' supply").
        if unit in (
            "day",
            "week",
            "month",
            "year",
            "hour",
            "minute",
            "second",
            "decade",
        ) and value == int(value):
            return False
        # Index bases: "2010=100", "equal to 100", "base of 100".
        return not (
            value == 100 and (back[-2:] == ["equal", "to"] or back[-1:] == ["="] or "base" in back)
        )

    def _is_fraction(self, span: Span) -> bool:
        """ "almost half", "a quarter of": not "quarter on quarter", "the calendar quarter"."""
        doc = self.doc
        if span[0].like_num or len(span) > 1:
            return True
        prev = doc[span.start - 1].lower_ if span.start > 0 else ""
        nxt = doc[span.end].lower_ if span.end < len(doc) else ""
        if nxt in ("on", "-", "over", "to", "year", "century", "point", "points", "ended", "since"):
            return False
        if prev in (
            "a",
            "an",
            "one",
            "than",
            "almost",
            "nearly",
            "about",
            "around",
            "over",
            "some",
            "roughly",
            "just",
            "by",
        ):
            return True
        return (QUALIFIERS, span.start - 1) in self.cue_at

    def _is_measurement(self, span: Span, value: float) -> bool:
        """Drop numbers that are dates, labels, names, ages, streaks and the like."""
        doc = self.doc
        text = span.text
        first, last = doc[span.start], doc[span.end - 1]
        prev = doc[span.start - 1] if span.start > 0 else None
        prev2 = doc[span.start - 2] if span.start > 1 else None
        nxt = doc[span.end] if span.end < len(doc) else None
        nxt2 = doc[span.end + 1] if span.end + 1 < len(doc) else None
        low_prev = prev.lower_ if prev is not None else ""
        # Glued to letters: "5G", "3D", "COVID-19", "Q3", "G20".
        if nxt is not None and not last.whitespace_ and (nxt.is_alpha or nxt.text[:1].isalpha()):
            return False
        glued_before = (
            prev is not None and not prev.whitespace_ and (prev.is_alpha or prev.text in "-/#")
        )
        if glued_before and not (prev.text == "-" and prev2 is not None and prev2.like_num):
            return False
        if (
            first.text[:1].isdigit()
            and re.fullmatch(r"(1[89]|20)\d\d", text)
            and value == int(value)
        ):
            return False  # a year
        if prev is not None and (low_prev in LABEL_WORDS or low_prev in AGE_WORDS):
            return False
        if (prev is not None and prev.text in ("=", "base")) or (
            nxt is not None and nxt.text == "="
        ):
            return False
        if low_prev == "base" or (
            prev2 is not None and prev2.lower_ == "base" and low_prev == "of"
        ):
            return False
        if prev is not None and prev.text in ("to", "and", "-", "–") and prev2 is not None:
            # "aged 16 to 64", "aged 16 and over"
            before = doc[max(0, span.start - 4) : span.start - 1]
            if any(t.lower_ in AGE_WORDS for t in before):
                return False
        if (
            nxt is not None
            and nxt.lower_ in ("and", "or")
            and nxt2 is not None
            and nxt2.lower_ in ("over", "above", "older")
        ):
            return False
        # Streaks and spans of time: "28 straight months", "over the past 14 years".
        if nxt is not None and nxt.lower_ in STREAK_WORDS:
            return False
        if (
            nxt is not None
            and nxt.text in ("-", "–")
            and nxt2 is not None
            and nxt2.lower_ in TIME_UNITS
        ):
            return False
        if nxt is not None and nxt.lower_ in TIME_UNITS:
            after = doc[span.end + 1].lower_ if span.end + 1 < len(doc) else ""
            lead = {t.lower_ for t in doc[max(0, span.start - 3) : span.start]}
            if after in STREAK_WORDS or after in ("of", "in") or lead & SPAN_LEAD_WORDS:
                return False
        # Proper names: "Double 11", "Industry 4.0" (a capitalized word right before, mid-sentence).
        if (
            (
                prev is not None
                and prev.is_title
                and prev.is_alpha
                and not self._sentence_start(prev.i)
            )
            and low_prev not in _MONTH_WORDS
            and prev.text.lower() not in ("four", "six")
        ) and not (prev.ent_type_ or prev.lower_ in ORG_WORDS):
            return False
        # Inside a quoted title: "the "2022 China E-Commerce Report"".
        if self._inside_title_quotes(span):
            return False
        # Names of events and plans: "the 618 shopping festival", "the G20 summit".
        if low_prev == "the" and any(
            t.lower_ in _EVENT_WORDS for t in doc[span.end : min(len(doc), span.end + 3)]
        ):
            return False
        # Spelled-out numbers are measurements only in "two of the four", "a total of six".
        if first.is_alpha:
            if nxt is not None and nxt.lower_ == "of":
                return True
            return bool(
                low_prev == "of" and prev2 is not None and prev2.lower_ in ("total", "number")
            )
        # Denominators and classification sizes: "two of the four", "six of 10", "all nine".
        if low_prev in ("all", "of", "the") and prev2 is not None:
            if low_prev == "all" or (low_prev == "of" and prev2.like_num):
                return False
            if low_prev == "the" and doc[span.start - 2].lower_ == "of":
                before = doc[max(0, span.start - 4)]
                if before.like_num:
                    return False
        return True

    def _sentence_start(self, i: int) -> bool:
        return (
            i == 0 or self.tok_sentence[i] != self.tok_sentence[i - 1] or self.doc[i - 1].is_space
        )

    def _inside_title_quotes(self, span: Span) -> bool:
        doc = self.doc
        sent = self.tok_sentence[span.start]
        opened: int | None = None
        for t in range(span.start - 1, max(-1, span.start - 15), -1):
            if self.tok_sentence[t] != sent:
                break
            if doc[t].text in ('"', "“", "”"):
                opened = t
                break
        if opened is None:
            return False
        quoted = doc[opened + 1 : span.start]
        words = [t for t in [*quoted, *doc[span.start : span.end]] if t.is_alpha or t.like_num]
        return (
            bool(words)
            and words[0].text[:1].isupper()
            and len(words) >= 1
            and (opened + 1 == span.start or quoted[0].is_title)
        )

    def _is_index_level(self, span: Span, value: float) -> bool:
        """A bare number reached by an index ("fell 0.4 pct to 99.7", "at 183.8")."""
        doc = self.doc
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is None or prev.lower_ not in ("to", "at", "of", "was", "reading"):
            return False
        if (
            "." not in span.text
            and value >= 1000
            and not any(
                t.lower_ in _STOCK_INDEXES for t in doc[max(0, span.start - 12) : span.start]
            )
        ):
            return False
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.is_alpha and nxt.lower_ not in _FUNCTION_WORDS:
            return False
        sent = self.tok_sentence[span.start]
        words = (
            t.lower_
            for t in doc[max(0, span.start - 40) : span.start]
            if self.tok_sentence[t.i] == sent
        )
        return any(w in _INDEX_WORDS for w in words)

    # ------------------------------------------------------------- chaining
    def _chain(self, mentions: list[Mention]) -> None:
        """Link each mention to the one it continues: a list item, a range bound, a level
        reached ("fell 0.4 pct to 99.7"), a bracketed restatement, or a previous value
        ("up from 1.5%", "after a 0.3 pct rise")."""
        doc = self.doc
        for i in range(1, len(mentions)):
            prev, cur = mentions[i - 1], mentions[i]
            skip = self._period_tokens_between(prev.span.end, cur.span.start)
            between = [
                doc[t]
                for t in range(prev.span.end, cur.span.start)
                if t not in skip and not doc[t].is_space
            ]
            words = [t.lower_ for t in between]
            if any(t.text in (";", ":") or "\n" in t.text for t in between):
                continue
            marker = next(
                (
                    self.cue_at[(MARKERS, t.i)]
                    for t in between
                    if (MARKERS, t.i) in self.cue_at
                    and self.cue_at[(MARKERS, t.i)].label_ == "FROM"
                ),
                None,
            )
            verbs = [
                t
                for t in between
                if (CHANGES, t.i) in self.cue_at
                or t.lower_ in PREDICATE_WORDS
                or (t.lower_ in _AUXILIARY_FILLERS and t.lower_ not in ("to", "seasonally"))
                or t.lower_ in _CREDIT_VERBS
            ]
            clause_break = any(t.text == "," or t.lower_ in _CLAUSE_OPENERS for t in between)
            if marker is not None and marker.start > prev.span.end - 1:
                cur.chained_to, cur.chain_kind = i - 1, "from"
            elif words[-1:] == ["("] and len(words) <= 3 and not marker:
                cur.chained_to, cur.chain_kind = i - 1, "paren"
            elif words[-2:] == ["(", "to"]:
                cur.chained_to, cur.chain_kind = i - 1, "level"
            elif words and all(w in _LIST_GLUE for w in words) and "(" in words:
                cur.chained_to, cur.chain_kind = i - 1, "paren"
            elif not words or all(w in _LIST_GLUE for w in words):
                cur.chained_to, cur.chain_kind = i - 1, "list"
            elif words in (["to"], ["-"], ["–"]) and prev.unit == "count" and cur.unit != "count":
                cur.chained_to, cur.chain_kind = i - 1, "range"
            elif not clause_break and (
                (words[-1] in ("to", "at") and not verbs)
                or (
                    ("to" in words or "at" in words)
                    and not verbs
                    and words[-1]
                    in ("of", "record", "adjusted", "rate", "a", "level", "high", "low")
                )
            ):
                cur.chained_to, cur.chain_kind = i - 1, "level"
            elif (
                not verbs
                and words[0] in ("and", ",", "while", "but", "whereas")
                and len(words) <= 5
                and all(t.is_alpha for t in between)
                and prev.unit == cur.unit
            ):
                # "Exports reached RMB 17.61 trillion and imports RMB 11.96 trillion"
                cur.chained_to, cur.chain_kind = i - 1, "list"
            elif not verbs and words[-1] in ("and", "by", "or") and len(words) <= 6:
                # "output increased by 1.0% in services and by 0.4% in production"
                cur.chained_to, cur.chain_kind = i - 1, "list"
        for m in mentions:
            head = mentions[m.chained_to] if m.chained_to is not None else None
            if (
                head is not None
                and head.unit == "index_point"
                and m.unit == "count"
                and "," not in m.span.text
            ):
                m.unit = "index_point"  # "stood at 161.4 in March, compared with 157.8"
        for i, m in enumerate(mentions[:-1]):
            nxt = mentions[i + 1]
            if nxt.chain_kind in ("range", "list") and m.unit == "count" and nxt.unit != "count":
                gap = [t.lower_ for t in doc[m.span.end : nxt.span.start]]
                if gap in (["to"], ["-"], ["–"], ["and"]):
                    # "0.1 to 0.2 percentage points": the bare bound takes the other's unit.
                    m.unit, m.value = nxt.unit, m.value * _scale_of(nxt)
                    nxt.chain_kind = "range"

    def _period_tokens_between(self, start: int, end: int) -> set[int]:
        spans = self.doc.spans.get(PERIODS, [])
        return {
            t for p in spans if p.start >= start and p.end <= end for t in range(p.start, p.end)
        }

    # --------------------------------------------------------------- periods
    def _resolve(self, span: Span, ref: date | None, anchor: tuple[date, date] | None) -> Any:
        from .periods import resolve_period

        return resolve_period(span.text, ref, anchor)

    def _opening_clause(self, span: Span, sent: Sentence) -> bool:
        """Whether a span lies in an opening comparison clause: "Compared with X, ..."."""
        doc = self.doc
        if span.start - sent.start > 6 or any(t.text == "," for t in doc[sent.start : span.start]):
            return False
        return span.end < sent.end and doc[span.end].text == ","

    def _secondary(self, m: Mention, mentions: list[Mention]) -> bool:
        """A previous or compared value, which does not set the period a text is about."""
        seen = 0
        while m is not None and seen < 10:
            if self._from_value(m) or m.chain_kind == "from":
                return True
            if m.chained_to is None or m.chain_kind not in ("list", "paren"):
                return False
            m = mentions[m.chained_to]
            seen += 1
        return False

    def _resolve_core(self, span: Span, ref: date | None, anchor: tuple[date, date] | None) -> Any:
        """Resolve a comparison period without its lead-in ("compared with Q2 2013" → Q2 2013)."""
        from .periods import resolve_period

        core = _COMPARISON_LEAD.sub("", span.text).strip()
        res = resolve_period(core or span.text, ref, anchor)
        return res

    def _is_reference(self, span: Span) -> bool:
        """A period that a change is measured from ("from March 2020", "compared with Q1")."""
        doc = self.doc
        first = span[0].lower_
        text = span.text.lower()
        is_range = bool(re.search(r"\bto\b|\bthrough\b|\buntil\b|\w[-–]\w", text[5:]))
        prev = doc[span.start - 1] if span.start > 0 else None
        after_change = prev is not None and (
            (QUANT_TOKENS, prev.i) in self.cue_at or (CHANGES, prev.i) in self.cue_at
        )
        nxt = [t.lower_ for t in doc[span.end : span.end + 2]]
        if first == "since" and (nxt[:1] == ["when"] or nxt == [",", "when"]):
            return False  # "since July, 1984, when the index fell 1.7 pct": the event's time
        if first in ("from", "since"):
            # "from May 2021 to April 2022" is a range, unless it follows a change:
            # "up by 254,000 from December 2013 to February 2014".
            return not is_range or after_change
        if text.startswith(("compared", "relative", "against", "versus", "than", "when compared")):
            return True
        lead = [t.lower_ for t in doc[max(0, span.start - 3) : span.start]]
        last = lead[-1] if lead else ""
        if last in ("from", "since", "than", "versus", "vs", "against", "above", "below"):
            return not (last == "from" and is_range and not after_change)
        if (last in ("on", "over") or first in ("on", "over")) and re.search(
            r"same|previous|earlier|ago|prior|preceding", text
        ):
            return True  # "down on the same period in 2024", "up by 929,000 on a year earlier"
        if lead[-2:] in (
            ["compared", "with"],
            ["compared", "to"],
            ["relative", "to"],
            ["those", "of"],
            ["that", "of"],
        ):
            return True  # "2.2 times those of the same period last year"
        if first == "with" or last == "with":
            sent = self.tok_sentence[span.start]
            before = doc[max(0, span.start - 30) : span.start]
            return any(
                t.lower_ in ("comparing", "compared", "compare") and self.tok_sentence[t.i] == sent
                for t in before
            )
        return "peak" in text or "trough" in text

    def _is_modifier_year(self, span: Span) -> bool:
        """A bare year used as a label, not a time ("2010 based weights", "(base 1985)"), or
        the date a release came out ("released 15 July 2014")."""
        doc = self.doc
        lead = [t.lower_ for t in doc[max(0, span.start - 2) : span.start]]
        if any(
            w in ("released", "published", "issued", "updated", "dated", "announced") for w in lead
        ):
            return True
        if len(span) != 1 or not span[0].is_digit:
            return False
        prev = doc[span.start - 1].lower_ if span.start > 0 else ""
        nxt = doc[span.end] if span.end < len(doc) else None
        if prev in ("base", "based", "=") or (nxt is not None and nxt.text == "="):
            return True
        return (
            nxt is not None
            and nxt.is_alpha
            and nxt.lower_ not in _FUNCTION_WORDS | {"and", "to", "was", "were", "is"}
        )

    def _sentence_period(
        self,
        sent: Sentence,
        periods: list[Span],
        ref: date | None,
        doc_anchor: tuple[date, date] | None,
    ) -> tuple[Period, tuple[date, date] | None] | None:
        for p in periods:
            if self._is_reference(p):
                continue
            res = self._resolve(p, ref, doc_anchor)
            if res.kind in ("absolute", "deictic") and res.start and res.end:
                return Period(p.text, res.start, res.end), (res.start, res.end)
        return None

    def _attach_periods(
        self,
        sent: Sentence,
        mentions: list[Mention],
        periods: list[Span],
        ref: date | None,
        carry: tuple[Period, tuple[date, date] | None] | None,
        doc_anchor: tuple[date, date] | None,
    ) -> tuple[Period, tuple[date, date] | None] | None:
        """Give each mention its governing period; return the sentence's main period.

        A mention takes the period right after it, else the one its list or level
        continues, else an earlier one in the sentence that no other number owns, else
        the paragraph's. Phrases relative to another period ("a year earlier") resolve
        against the period of the sentence's first primary number, else the paragraph's,
        else the document's. A comparison point in the mention's clause ("compared with
        Q2 2013", "from March 2020") sets the basis, or widens the period to start there.
        """
        periods = [p for p in periods if not self._is_modifier_year(p)]
        governing = [p for p in periods if not self._is_reference(p)]
        references = [p for p in periods if self._is_reference(p)]
        carry_dates = carry[1] if carry and carry[1] else None

        # Pass 1: which phrase governs each mention.
        owners: dict[int, Span] = {}
        for i, m in enumerate(mentions):
            # The next number that is not this one restated in brackets bounds its phrase.
            nxt = next(
                (
                    n
                    for n in mentions[i + 1 :]
                    if not (n.chain_kind == "paren" and n.chained_to == i)
                ),
                None,
            )
            limit = nxt.span.start if nxt is not None else sent.end
            reach = 3 if m.chain_kind == "paren" else 10
            own = next(
                (
                    p
                    for p in governing
                    if m.span.end <= p.start < limit
                    and p.start - m.span.end <= reach
                    and not any(
                        t.text in (",", ";") or t.lower_ in _CLAUSE_OPENERS
                        for t in self.doc[m.span.end : p.start]
                    )
                ),
                None,
            )
            if own is not None:
                owners[i] = own
        owned = {p.start for p in owners.values()}
        for i in range(len(mentions)):
            # "fell 0.4 pct to 99.7 in January": the level's period is the change's too.
            if i not in owners:
                follower = next(
                    (
                        j
                        for j in range(i + 1, len(mentions))
                        if mentions[j].chained_to == i
                        and mentions[j].chain_kind in ("level", "range", "list")
                    ),
                    None,
                )
                if follower is not None and follower in owners:
                    owners[i] = owners[follower]
        chosen: list[Span | None] = []
        for i, m in enumerate(mentions):
            span: Span | None = owners.get(i)
            if (
                span is None
                and m.chained_to is not None
                and m.chain_kind in ("list", "level", "range", "paren")
            ):
                span = chosen[m.chained_to]
            if span is None:
                before = [p for p in governing if p.end <= m.span.start and p.start not in owned]
                span = before[-1] if before else None
            if span is None and i > 0 and not self._secondary(mentions[i - 1], mentions):
                span = chosen[i - 1]
            chosen.append(span)

        # Pass 2: absolute and deictic phrases; the main period of the sentence.
        cache: dict[int, tuple[Period, tuple[date, date] | None, str]] = {}

        def resolve(
            p: Span, anchor: tuple[date, date] | None
        ) -> tuple[Period, tuple[date, date] | None, str]:
            if p.start not in cache:
                # A governing "since X" ("since last October, when sales fell") is X itself.
                since = p[0].lower_ == "since"
                res = self._resolve_core(p, ref, anchor) if since else self._resolve(p, ref, anchor)
                dates = (res.start, res.end) if res.start and res.end else None
                cache[p.start] = (Period(p.text, res.start, res.end), dates, res.kind)
            return cache[p.start]

        probe = carry_dates or doc_anchor or _month_of(ref)

        def kind_of(p: Span) -> str:
            """ "relative" for phrases that point from another period ("a year earlier")."""
            if _ANAPHORIC_PERIOD.search(p.text):
                return "relative"
            return str(self._resolve(p, ref, probe).kind)

        main: tuple[Period, tuple[date, date] | None] | None = None
        for i, m in enumerate(mentions):
            p = chosen[i]
            if p is None or kind_of(p) == "relative" or self._secondary(m, mentions):
                continue
            per, dates, _ = resolve(p, carry_dates)
            if dates is not None:
                main = (per, dates)
                break
        if main is None:
            # Only relative phrases ("in the quarter"): the first primary one is the main.
            for i, m in enumerate(mentions):
                p = chosen[i]
                if p is None or self._secondary(m, mentions):
                    continue
                per, dates, _ = resolve(p, carry_dates or doc_anchor)
                if dates is not None:
                    main = (per, dates)
                    break
        anchor = main[1] if main else (carry_dates or doc_anchor)

        # Pass 3: attach, resolving relative phrases against the anchor.
        for i, m in enumerate(mentions):
            p = chosen[i]
            choice: tuple[Period, tuple[date, date] | None] | None = None
            if p is not None:
                per, dates, _ = resolve(p, anchor if kind_of(p) == "relative" else carry_dates)
                choice = (per, dates)
                m.rules.append(p.id_)
            elif carry is not None:
                choice = carry
            limit = mentions[i + 1].span.start if i + 1 < len(mentions) else sent.end
            ref_span = next(
                (
                    r
                    for r in references
                    if m.span.end <= r.start < limit
                    and not any(t.text == "," for t in self.doc[m.span.end : r.start])
                ),
                None,
            )
            m.ref_local = ref_span is not None and ref_span.start - m.span.end <= 8
            if ref_span is None:
                # A comparison in the clause that opens the sentence applies to all its
                # numbers: "Comparing March to May 2014 with December 2013 to February 2014, ..."
                ref_span = next(
                    (
                        r
                        for r in references
                        if r.end <= m.span.start and self._opening_clause(r, sent)
                    ),
                    None,
                )
            if ref_span is not None and m.chain_kind != "from":
                current = choice[1] if choice and choice[1] else anchor
                res = self._resolve_core(ref_span, ref, current)
                point = (res.start, res.end) if res.start and res.end else None
                m.rules.append(ref_span.id_)
                if point and current:
                    named = f"{ref_span.text} {choice[0].text if choice else ''}"
                    relation = compare_periods(point, current, bool(_QUARTER_NAMES.search(named)))
                    m.ref_basis = relation
                    if choice is None and res.kind == "relative":
                        pass  # "fell 380,000 from a year earlier": a basis, but no period stated
                    elif relation is None and point[0] < current[0]:
                        choice = (
                            Period(ref_span.text, point[0], current[1]),
                            (point[0], current[1]),
                        )
                    elif relation is not None:
                        choice = (Period(ref_span.text, current[0], current[1]), current)
            if choice is None and m.chained_to is not None and m.chain_kind in ("level", "paren"):
                head = mentions[m.chained_to]
                choice = (head.period, head.period_dates) if head.period else None
            if choice is not None:
                m.period, m.period_dates = choice
        return main

    # ------------------------------------------------------------ directions
    def _attach_directions(self, mentions: list[Mention]) -> None:
        doc = self.doc
        for i, m in enumerate(mentions):
            first = m.span[0].text
            if first[:1] in ("-", "−") or m.value < 0:
                m.direction = "decrease"
                continue
            if first[:1] == "+":
                m.direction = "increase"
                continue
            if m.unit == "count" and m.span.end < len(doc) and doc[m.span.end].lower_ == "of":
                m.direction = None  # "two of the four groupings"
                continue
            comparative = self._comparative_after(m)
            if comparative is not None:
                m.direction = comparative
                continue
            post = self._post_cue(m, mentions[i + 1] if i + 1 < len(mentions) else None)
            if post is not None:
                m.direction = DIRECTIONS[post.label_]  # "compared with a 1.1 pct increase"
                m.rules.append(post.id_)
                continue
            if self._from_value(m) and m.chain_kind != "from":
                m.direction = None
                continue
            if m.chain_kind == "from":
                # "following a 0.6% increase", "after increases of 0.7 pct": the value's own
                # wording; a bare "up from 1.5%" states no change for 1.5.
                cue = self._left_cue(m, stop_at_marker=True)
                m.direction = DIRECTIONS[cue.label_] if cue is not None else None
                if cue is not None:
                    m.rules.append(cue.id_)
                continue
            if m.chained_to is not None and m.chain_kind in ("list", "range", "level", "paren"):
                head = mentions[m.chained_to]
                m.direction = head.direction
                if m.direction is None and m.chain_kind == "level" and self._from_value(head):
                    # "rising from 1.5% in May to 1.9% in June": 1.9 takes the rise.
                    cue = self._left_cue(head)
                    m.direction = DIRECTIONS[cue.label_] if cue is not None else None
                continue
            cue = self._left_cue(m)
            if cue is not None:
                m.direction = DIRECTIONS[cue.label_]
                m.rules.append(cue.id_)
                continue
            trailing = self._trailing_from_cue(m)
            if trailing is not None:
                m.direction = DIRECTIONS[trailing.label_]
                m.rules.append(trailing.id_)
        _ = doc

    def _post_cue(self, m: Mention, nxt: Mention | None) -> Span | None:
        """A change noun or comparative right after the number: "a 15% increase", "3% higher"."""
        end = m.span.end
        limit = min(end + 3, nxt.span.start if nxt else len(self.doc))
        for t in range(end, limit):
            tok = self.doc[t]
            if tok.is_punct or tok.is_space or tok.lower_ in _POST_CUE_STOP:
                break
            cue = self.cue_at.get((CHANGES, t))
            if cue is not None:
                after = self.doc[t + 1].lower_ if t + 1 < len(self.doc) else ""
                if tok.lower_ in ("up", "down") and after in ("from", "to"):
                    break
                return cue
        return None

    def _comparative_after(self, m: Mention) -> str | None:
        """ "19% more than in H1 2024", "3% less than a year earlier"."""
        doc = self.doc
        t = m.span.end
        if t + 1 < len(doc) and doc[t + 1].lower_ == "than":
            if doc[t].lower_ in ("more", "higher", "greater", "bigger", "larger"):
                return "increase"
            if doc[t].lower_ in ("less", "lower", "fewer", "smaller"):
                return "decrease"
        return None

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

    def _left_cue(self, m: Mention, stop_at_marker: bool = False) -> Span | None:
        """The nearest change word before the number in its clause."""
        doc = self.doc
        sent = self.tok_sentence[m.span.start]
        t = m.span.start - 1
        steps = 0
        while t >= 0 and steps < 10 and self.tok_sentence[t] == sent:
            tok = doc[t]
            if tok.text in (";", ":", "—", "–") or tok.is_space:
                return None
            if (
                self.cue_at.get((QUALIFIERS, t)) is not None
                and t >= m.span.start - 4
                and not self._verb_up_to(t)
            ):
                t -= 1
                continue
            marker = self.cue_at.get((MARKERS, t))
            if stop_at_marker and marker is not None and marker.label_ == "FROM":
                return None
            cue = self.cue_at.get((CHANGES, t))
            if cue is not None and not (stop_at_marker and tok.lower_ in ("up", "down")):
                return cue
            if tok.lower_ in ("from", "than", "versus", "compared") and steps > 0:
                return None  # a value compared with: "higher than the peak of 73.0%"
            if tok.like_num and not self.cue_at.get((PERIODS_TOKENS, t)):
                return None
            if tok.text == "," and steps > 2:
                return None
            t -= 1
            steps += 1
        return None

    def _trailing_from_cue(self, m: Mention) -> Span | None:
        """ "totalled 1.82 mln, up from 1.61 mln": a level followed by ", up from"."""
        doc = self.doc
        end = m.span.end
        window = doc[end : min(len(doc), end + 6)]
        for j, tok in enumerate(window):
            cue = self.cue_at.get((CHANGES, tok.i))
            if cue is not None and tok.lower_ in ("up", "down", "higher", "lower"):
                rest = [t.lower_ for t in window[j + 1 : j + 2]]
                if rest == ["from"] and any(t.text == "," for t in window[:j]):
                    return cue
            if tok.like_num:
                break
        return None

    # ------------------------------------------------------------ qualifiers
    def _attach_qualifiers(self, mentions: list[Mention]) -> None:
        doc = self.doc
        for m in mentions:
            t = m.span.start - 1
            while t >= 0 and doc[t].lower_ in ("a", "an", "the", "by"):
                t -= 1
            cue = self.cue_at.get((QUALIFIERS, t))
            verb_before = (
                cue is not None
                and cue.start > 0
                and (
                    doc[cue.start - 1].lower_ in _AUXILIARY_FILLERS
                    or (CHANGES, cue.start - 1) in self.cue_at
                )
            )
            if cue is not None and cue.end == t + 1 and not (cue.label_ == "UP_TO" and verb_before):
                m.qualifier = QUALIFIERS_BY_LABEL[cue.label_]
                m.rules.append(cue.id_)
            elif m.chained_to is not None and m.chain_kind in ("list", "range"):
                m.qualifier = mentions[m.chained_to].qualifier

    # ---------------------------------------------------------------- bases
    def _attach_bases(
        self, sent: Sentence, mentions: list[Mention], carry: str | None, periods: list[Span]
    ) -> str | None:
        """Give each change its comparison basis; return the basis the paragraph carries."""
        cues = [c for c in self.cues[BASES] if sent.start <= c.start < sent.end]
        stated = BASES_BY_LABEL[cues[0].label_] if cues else None
        derived = next((m.ref_basis for m in mentions if m.ref_basis), None)
        derived = derived or next((b for m in mentions if (b := self._basis_of_period(m))), None)
        for i, m in enumerate(mentions):
            limit = mentions[i + 1].span.start if i + 1 < len(mentions) else sent.end
            local = next(
                (
                    c
                    for c in cues
                    if m.span.end <= c.start < limit
                    and c.start - m.span.end <= 6
                    and not any(t.text == "," for t in self.doc[m.span.end : c.start])
                ),
                None,
            )
            if local is None:
                reach = 8 if m.unit in ("percent", "percentage_point") else 3
                local = next(
                    (
                        c
                        for c in cues
                        if 0 <= m.span.start - c.end <= reach
                        and not any(t.text == "," for t in self.doc[c.end : m.span.start])
                    ),
                    None,
                )
            head = mentions[m.chained_to] if m.chained_to is not None else None
            rate = m.unit in ("percent", "percentage_point")
            if m.chain_kind == "level" or self._reached_level(m):
                # A level reached ("fell 0.4 pct to 99.7") has no basis; a rate keeps the one
                # its sentence states ("the 12-month rate rising from 1.5% to 1.9%").
                m.basis = stated if rate and stated else None
                continue
            if local is not None:
                m.basis = BASES_BY_LABEL[local.label_]
                m.rules.append(local.id_)
            elif m.ref_basis and m.ref_local:
                m.basis = m.ref_basis
            elif (period_basis := self._basis_of_period(m)) is not None:
                m.basis = period_basis
            elif head is not None and head.basis and (m.direction is not None or rate):
                m.basis = head.basis
            elif m.ref_basis and m.direction is not None:
                m.basis = m.ref_basis
            elif m.direction is not None and stated:
                m.basis = stated
                m.rules.append(cues[0].id_)
            elif m.direction is not None and derived:
                m.basis = derived  # one basis stated for the sentence applies to all its changes
            elif m.direction is not None and carry:
                m.basis = carry
            if m.direction is None and not rate:
                m.basis = None
        return stated or derived or carry

    def _reached_level(self, m: Mention) -> bool:
        t = m.span.start - 1
        while t >= 0 and (
            self.doc[t].lower_ in ("a", "an", "the", "record", "new", "high", "low")
            or (QUALIFIERS, t) in self.cue_at
        ):
            t -= 1
        return t >= 0 and self.doc[t].lower_ == "to"

    def _basis_of_period(self, m: Mention) -> str | None:
        """Bases implied by the period phrase: "in the year to June", "between May and June"."""
        if m.period is None or m.period_dates is None:
            return None
        text = m.period.text.lower()
        if re.search(r"\b(year|12 months|twelve months|12-month)\s+(to|ending|ended)\b", text):
            return "year_on_year"
        match = re.search(r"between (.+?) and (.+)$", text)
        if match:
            from .periods import resolve_period

            later = resolve_period(match.group(2), None, m.period_dates)
            if later.start and later.end:
                earlier = resolve_period(match.group(1), None, (later.start, later.end))
                if earlier.start and earlier.end:
                    return compare_periods((earlier.start, earlier.end), (later.start, later.end))
        return None

    # --------------------------------------------------------------- metrics
    def _attach_metrics(self, sent: Sentence, mentions: list[Mention]) -> None:
        doc = self.doc
        resp = [
            c
            for c in self.cues[MARKERS]
            if c.label_ == "RESPECTIVELY" and sent.start <= c.start < sent.end
        ]
        for i, m in enumerate(mentions):
            if m.chained_to is not None and m.chain_kind in (
                "list",
                "range",
                "level",
                "from",
                "paren",
            ):
                head = mentions[m.chained_to]
                m.metric, m.base_metric = head.metric, head.base_metric
                if m.chain_kind == "list":
                    own = self._list_item(head, m)
                    tail = self._in_phrase(m)
                    if own:
                        m.metric = own
                    elif (
                        tail and head.base_metric and head.base_metric.lower() in _GENERIC_SUBJECTS
                    ):
                        m.metric = f"{tail} {head.base_metric}"
                continue
            m.metric = self._metric_for(sent, m, mentions[:i])
        for cue in resp:
            group = [m for m in mentions if m.span.end <= cue.start]
            if not group:
                continue
            # The values listed before "respectively": same unit, close together.
            head_index = len(group) - 1
            while head_index > 0:
                prev, cur = group[head_index - 1], group[head_index]
                gap = doc[prev.span.end : cur.span.start]
                if prev.unit != cur.unit or len(gap) > 6 or any(t.text in (";", ":") for t in gap):
                    break
                head_index -= 1
            items_group = group[head_index:]
            if len(items_group) < 2:
                continue
            subject = self._subject_span(sent, items_group[0])
            items = split_list(subject) if subject else []
            if len(items) < len(items_group):
                # "Exports reached X and imports Y, an increase of 6.9% and a decrease of
                # 1.2% respectively": the items are the figures named before.
                named = [m.metric for m in group[:head_index] if m.metric]
                if len(named) >= len(items_group):
                    for m, name in zip(items_group, named[-len(items_group) :], strict=True):
                        m.metric = name
                        m.rules.append(cue.id_)
                continue
            items = items[-len(items_group) :] if len(items) > len(items_group) else items
            first_full = subject if len(split_list(subject)) == len(items) else None
            head = _list_head(split_list(subject)[0] if first_full is None else items[0])
            trailing = _list_tail(items[-1])
            # "Food, shelter and transportation prices": the last item's head noun is shared.
            last_words = items[-1].split()
            shared = (
                last_words[-1]
                if len(last_words) > 1 and last_words[-1].lower() in _SHARED_HEADS
                else ""
            )
            for m, item in zip(items_group, items, strict=True):
                name = item if not shared or item.endswith(shared) else f"{item} {shared}"
                if head and not item.lower().startswith(head.lower()):
                    name = f"{head} {item}"
                if trailing and not name.endswith(trailing):
                    name = f"{name} {trailing}"
                m.metric = clean_metric(name)
                m.rules.append(cue.id_)
        _ = doc

    def _boundary(self, t: int) -> bool:
        """Whether token t cannot be part of a metric phrase."""
        tok = self.doc[t]
        if tok.is_space or tok.lower_ in SUBJECT_BOUNDARY or tok.lower_ in _CREDIT_VERBS:
            return True
        return any((key, t) in self.cue_at for key in (PERIODS_TOKENS, AGENCY_TOKENS, QUANT_TOKENS))

    def _subject_span(self, sent: Sentence, m: Mention) -> str | None:
        """The subject of the clause that states the mention, left of its predicate."""
        doc = self.doc
        pred = self._predicate(sent, m)
        if pred is None:
            return None
        words: list[int] = []
        t = pred - 1
        while t >= sent.start:
            tok = doc[t]
            if tok.text == ")":
                # A parenthesis belongs to the subject unless it holds numbers ("(base 1985)").
                open_at = next(
                    (
                        j
                        for j in range(t - 1, max(sent.start - 1, t - 15), -1)
                        if doc[j].text == "("
                    ),
                    None,
                )
                if open_at is None:
                    break
                if not any(
                    x.like_num or any(c.isdigit() for c in x.text) for x in doc[open_at : t + 1]
                ):
                    words.extend(range(t, open_at - 1, -1))
                t = open_at - 1
                continue
            crossed_comma = any(doc[w].text == "," for w in words)
            if (
                tok.lower_ in ("which", "who")
                and t - 1 >= sent.start
                and doc[t - 1].text == ","
                and crossed_comma
            ):
                words.clear()  # a relative clause: "The index, which measures ..., fell"
                t -= 2
                continue
            if tok.lower_ in ("which", "who") and t - 1 >= sent.start and doc[t - 1].text == ",":
                words.clear()  # "led by energy prices, which climbed 2.1 pct"
                t -= 1
            if tok.lower_ in ("which", "that", "who") and not words:
                # "gas generation which increased 23%": the noun phrase before the pronoun.
                j = t - 1
                while j >= sent.start and not self._boundary(j) and doc[j].lower_ not in _NP_STOP:
                    words.append(j)
                    j -= 1
                break
            if (
                tok.text == ","
                and words
                and t + 1 < pred
                and doc[t + 1].lower_ in ("and", "but", "while")
            ):
                j, seg = t - 1, []
                while j >= sent.start and doc[j].text not in (",", ";", ":"):
                    seg.append(j)
                    j -= 1
                if any(
                    (QUANT_TOKENS, x) in self.cue_at
                    or doc[x].lower_ in PREDICATE_WORDS
                    or (CHANGES, x) in self.cue_at
                    for x in seg
                ):
                    break  # ", and wind generation fell 4%": a new clause starts here
            if (
                tok.text == ","
                and words
                and doc[pred - 1].text == ","
                and t < pred - 1
                and not any(doc[w].lower_ in PREDICATE_WORDS for w in words)
            ):
                # An appositive right before the verb: "Trade with ASEAN, China's largest
                # trading partner, reached": the subject is what precedes it.
                words.clear()
                t -= 1
                continue
            if tok.text == "," and words and self._clause_comma(t, sent):
                if doc[t + 1].lower_ == "whose" and t - 1 >= sent.start and doc[t - 1].is_title:
                    words.append(t - 1)  # "Russia, whose share dropped": "Russia share"
                break
            if (PERIODS_TOKENS, t) in self.cue_at:
                # "The median price of a home in January reached": skip the time phrase.
                t -= 1
                continue
            if (
                tok.text in ("-", "–")
                and not tok.whitespace_
                and t > 0
                and not doc[t - 1].whitespace_
            ):
                words.append(t)  # an inner hyphen: "year-on-year growth"
                t -= 1
                continue
            if tok.lower_ in ("with", "among") and t > sent.start and doc[t - 1].text != ",":
                words.append(t)  # a preposition inside the name: "Canadians with jobs"
                t -= 1
                continue
            if tok.text != "," and self._boundary(t):
                if tok.lower_ == "whose" and t - 2 >= sent.start and doc[t - 1].text == ",":
                    words.append(t - 2)  # "Russia, whose share dropped": "Russia share"
                break
            words.append(t)
            t -= 1
        words = [
            w for w in words if (PERIODS_TOKENS, w) not in self.cue_at and doc[w].lower_ != "whose"
        ]
        if not words or len(words) > 24:
            return None  # a long stretch is a clause, not the name of an indicator
        order = sorted(set(words))
        if len(order) > 12:
            # A long stretch usually opens with a frame ("In its estimates for June on the
            # amount spent ..."): keep what follows the first preposition and article.
            for k in range(1, len(order) - 3):
                if doc[order[k]].lower_ == "the" and doc[order[k - 1]].lower_ in (
                    "on",
                    "of",
                    "for",
                    "about",
                ):
                    order = order[k:]
                    break
        return "".join(
            doc[w].text_with_ws
            if j + 1 < len(order) and order[j + 1] == w + 1
            else doc[w].text + " "
            for j, w in enumerate(order)
        ).strip()

    def _clause_comma(self, t: int, sent: Sentence) -> bool:
        """Whether the comma at t closes an introductory clause rather than a list item."""
        doc = self.doc
        following = doc[t + 1]
        j = t - 1
        while j > sent.start and doc[j - 1].text not in (",", ";", ":") and not doc[j - 1].is_space:
            j -= 1
        if doc[j].lower_ in ("and", "but", "while") and j + 1 < t:
            j += 1
        if doc[j].lower_ in _INTRO_PREPOSITIONS:
            return True  # "during the shopping festival, trade-in orders ..."
        if following.lower_ in ("the", "a", "an", "its", "their", "whose"):
            return True
        if (
            following.is_title
            and not self._sentence_start(t + 1)
            and following.lower_ not in ("and",)
        ) and (AGENCY_TOKENS, t + 1) not in self.cue_at:
            return True
        # A long segment with a verb before the comma is a clause of its own.
        j, seg = t - 1, []
        while j >= sent.start and doc[j].text not in (",", ";", ":") and not doc[j].is_space:
            seg.append(doc[j])
            j -= 1
        has_verb = any(
            x.lower_ in PREDICATE_WORDS
            or (CHANGES, x.i) in self.cue_at
            or (x.lower_.endswith("ed") and len(x) > 4)
            for x in seg
        )
        return len(seg) >= 4 and has_verb

    def _predicate(self, sent: Sentence, m: Mention) -> int | None:
        """Token index of the verb or cue that governs the mention, searching leftwards."""
        doc = self.doc
        t = m.span.start - 1
        while t >= sent.start and (
            doc[t].lower_ in ("a", "an", "by") or self._adjacent_qualifier(t, m)
        ):
            if doc[t].lower_ in _QUALIFIER_VERBS or self._verb_up_to(t):
                break
            t -= 1
        while t >= sent.start and m.span.start - t <= 12:
            tok = doc[t]
            if (
                (CHANGES, t) in self.cue_at
                or tok.lower_ in PREDICATE_WORDS
                or tok.lower_ in _QUALIFIER_VERBS
            ):
                verb = self._verb_before_noun_cue(t, sent)
                if verb is not None:
                    t = verb
                # Step over auxiliaries: "has exceeded", "was up", "is estimated to be".
                while t - 1 >= sent.start and (
                    doc[t - 1].lower_ in PREDICATE_WORDS or doc[t - 1].lower_ in _AUXILIARY_FILLERS
                ):
                    t -= 1
                return t
            if (QUANT_TOKENS, t) in self.cue_at or tok.text in (";", ":"):
                return None
            t -= 1
        return None

    def _verb_up_to(self, t: int) -> bool:
        """ "edged up to 4.2%": "up" after a verb is a rise, not the qualifier "up to"."""
        cue = self.cue_at.get((QUALIFIERS, t))
        if cue is None or cue.label_ != "UP_TO" or cue.start == 0:
            return False
        before = self.doc[cue.start - 1]
        return (
            before.lower_ in _AUXILIARY_FILLERS
            or (CHANGES, before.i) in self.cue_at
            or before.lower_.endswith("ed")
        )

    def _adjacent_qualifier(self, t: int, m: Mention) -> bool:
        cue = self.cue_at.get((QUALIFIERS, t))
        if cue is None:
            return False
        end = cue.end
        while end < m.span.start and self.doc[end].lower_ in ("a", "an", "the"):
            end += 1
        return end == m.span.start

    def _verb_before_noun_cue(self, t: int, sent: Sentence) -> int | None:
        """ "saw a marginal increase of 3%": the verb before a change noun."""
        doc = self.doc
        j = t - 1
        seen_article = False
        while j >= sent.start and t - j <= 4:
            if doc[j].lower_ in ("a", "an"):
                seen_article = True
            elif doc[j].lower_ in PREDICATE_WORDS and (CHANGES, t) in self.cue_at and t - j <= 2:
                return j  # "recorded sales growth of 21.5%"
            elif seen_article and (
                doc[j].lower_ in PREDICATE_WORDS
                or (CHANGES, j) in self.cue_at
                or doc[j].lower_.endswith("ed")
                or doc[j].lower_ in ("saw", "see", "sees", "drove", "led", "posted", "showed")
            ):
                return j
            elif self._boundary(j):
                return None
            j -= 1
        return None

    def _object_before_semicolon(self, sent: Sentence, m: Mention) -> str | None:
        doc = self.doc
        semi = next(
            (t for t in range(m.span.start - 1, sent.start, -1) if doc[t].text == ";"), None
        )
        if semi is None or not doc[semi - 1].is_alpha:
            return None
        j = semi - 1
        while (
            j > sent.start
            and doc[j - 1].is_alpha
            and doc[j - 1].lower_ not in _STOPWORDS
            and doc[j - 1].lower_ not in PREDICATE_WORDS
            and (CHANGES, j - 1) not in self.cue_at
        ):
            j -= 1
        return doc[j:semi].text

    def _metric_for(self, sent: Sentence, m: Mention, earlier: list[Mention]) -> str | None:
        self._semicolon_object = self._object_before_semicolon(sent, m)
        nominal = self._nominal_metric(sent, m)
        if nominal:
            return nominal
        counted = self._counted_noun(sent, m)
        if counted:
            return counted
        after = m.span.end
        if after < sent.end and self.doc[after].text == "(":
            close = next(
                (x for x in range(after, min(sent.end, after + 8)) if self.doc[x].text == ")"), None
            )
            after = close + 1 if close is not None else after
        if (
            m.unit in ("percent", "fraction")
            and after < sent.end
            and self.doc[after].lower_ == "of"
        ):
            # "73.1% of people aged 16 to 64", "provided 55% of the EU's pipeline gas"
            phrase = clean_metric(self._phrase_from(after + 1, sent) or "")
            if (
                phrase
                and phrase.lower() in ("total", "all", "whole", "overall total")
                and earlier
                and earlier[-1].metric
            ):
                # "accounting for 17.6% of the total"
                return f"{earlier[-1].metric} share of the total"
            if phrase and phrase.split()[0].lower() not in _STOPWORDS | {"which", "whom"}:
                return phrase
        named = self._bracketed_after_name(sent, m)
        if named:
            return named
        noun_of = self._noun_of(sent, m)
        if noun_of:
            return noun_of
        if earlier and self._change_noun_of(m):
            return earlier[-1].metric  # "..., the second consecutive increase of 0.8%"
        subject = self._subject_span(sent, m)
        metric = clean_metric(subject) if subject else None
        if (
            subject
            and metric
            and subject.lower().startswith(("these ", "those "))
            and self._semicolon_object
        ):
            metric = self._semicolon_object  # "came from services; these industries rose"
        elif metric and metric.lower() == "there":
            metric = self._after_number_metric(sent, m)
        elif metric and (
            self._is_source_subject(metric) or metric.split()[0].lower() in _FORECAST_WORDS
        ):
            # "Economists had expected a 0.4 pct rise", "The department had reported a 0.2 pct
            # rise": the subject says who spoke; the indicator is the one under discussion.
            metric = (earlier[-1].metric if earlier else None) or (
                self.history[-1] if self.history else None
            )
        elif metric and self._not_a_name(metric):
            metric = None
        elif (
            metric
            and len(metric.split()) == 1
            and metric.lower() in _BARE_HEADS
            and (label := self._line_label(sent, m))
        ):
            metric = f"{label} {metric}"  # "clothing & footwear: prices, overall, rose"
        elif metric and (
            metric.lower() in _PRONOUNS
            or metric.lower().split()[0] in _ANAPHORS
            or (len(metric.split()) == 1 and metric.lower() in _BARE_HEADS)
        ):
            metric = self._antecedent(metric, earlier)
        pred = self._predicate(sent, m)
        org_subject = (
            pred is not None and pred > sent.start and (AGENCY_TOKENS, pred - 1) in self.cue_at
        )
        if org_subject or (subject and self._is_org_name(subject)):
            obj = self._object_of_verb(sent, m)
            if obj:
                metric = obj  # "The Bank of England cut interest rates by 25 basis points"
        if not metric and self._clause_starts_at(sent, m):
            metric = self._after_number_metric(sent, m)
        m.base_metric = metric
        if metric:
            tail = self._in_phrase(m)
            if tail and metric.lower() in _GENERIC_SUBJECTS:
                return f"{tail} {metric}"
            return metric
        if earlier:
            return earlier[-1].metric
        # Fall back on the metric of a record in the sentence just before, if any.
        if self.history and self.history_sentence >= m.sentence - 2:
            return self.history[-1]
        return None

    def _bracketed_after_name(self, sent: Sentence, m: Mention) -> str | None:
        """ "the record solar power generation (45 TWh)": the noun phrase before the bracket."""
        doc = self.doc
        t = m.span.start - 1
        if (
            t <= sent.start
            or doc[t].text != "("
            or m.span.end >= sent.end
            or doc[m.span.end].text != ")"
        ):
            return None
        j = t - 1
        words: list[int] = []
        while (
            j >= sent.start
            and doc[j].is_alpha
            and doc[j].lower_ not in _STOPWORDS
            and doc[j].lower_ not in PREDICATE_WORDS
            and not self._boundary(j)
            and not ((CHANGES, j) in self.cue_at and doc[j].lower_ not in ("upward", "downward"))
        ):
            words.append(j)
            j -= 1
        if not words:
            return None
        name = " ".join(doc[w].text for w in sorted(words))
        tail = doc[m.span.end + 1 : min(sent.end, m.span.end + 3)]
        if (
            len(tail)
            and tail[0].lower_ in ("from", "in", "of")
            and (CHANGES, words[0]) not in self.cue_at
        ):
            rest = self._phrase_from(tail[0].i + 1, sent)
            if rest:
                name = f"{name} {tail[0].text} {rest}"
        return clean_metric(name)

    def _noun_of(self, sent: Sentence, m: Mention) -> str | None:
        """ "a total investment of US$3.1 billion", "a median price of 94,600 dlrs"."""
        if m.unit in ("percent", "percentage_point", "basis_point", "fraction", "times"):
            return None
        doc = self.doc
        t = m.span.start - 1
        while t >= sent.start and (QUALIFIERS, t) in self.cue_at:
            t -= 1
        if t - 1 < sent.start or doc[t].lower_ != "of":
            return None
        j = t - 1
        words: list[int] = []
        while (
            j >= sent.start
            and doc[j].is_alpha
            and doc[j].lower_ not in _STOPWORDS
            and (CHANGES, j) not in self.cue_at
            and doc[j].lower_ not in PREDICATE_WORDS
            and not self._boundary(j)
            and doc[j].lower_ not in ("rate", "level", "record", "total")
        ):
            words.append(j)
            j -= 1
        if doc[j].lower_ == "total" and words:
            words.append(j)  # "a total investment of"
        elif not words or doc[t - 1].lower_ in ("rate", "level", "record", "total"):
            return None
        return clean_metric(" ".join(doc[w].text for w in sorted(words)))

    def _change_noun_of(self, m: Mention) -> bool:
        """Whether the number follows "a rise of", "an increase of", "a fall of"."""
        t = m.span.start - 1
        while t >= 0 and (QUALIFIERS, t) in self.cue_at:
            t -= 1
        return t >= 1 and self.doc[t].lower_ == "of" and (CHANGES, t - 1) in self.cue_at

    def _is_org_name(self, subject: str | None) -> bool:
        return bool(subject) and self.gazetteer.lookup(subject or "") is not None

    def _object_of_verb(self, sent: Sentence, m: Mention) -> str | None:
        """The object between a change verb and "by"/"to" + the number."""
        doc = self.doc
        pred = self._predicate(sent, m)
        if pred is None:
            return None
        t = pred
        while t < m.span.start and (
            (CHANGES, t) in self.cue_at or doc[t].lower_ in PREDICATE_WORDS
        ):
            t += 1
        end = m.span.start
        while end > t and (
            doc[end - 1].lower_ in ("by", "to", "a", "an", "the", "of")
            or (QUALIFIERS, end - 1) in self.cue_at
        ):
            end -= 1
        words = doc[t:end]
        if not len(words) or len(words) > 6 or not all(w.is_alpha for w in words):
            return None
        if words[0].lower_ in _STOPWORDS or any((MARKERS, w.i) in self.cue_at for w in words):
            return None
        return clean_metric(words.text)

    def _is_source_subject(self, metric: str) -> bool:
        words = metric.lower().split()
        return all(w in ORG_WORDS or w in _FORECASTERS or w in _STOPWORDS for w in words)

    def _not_a_name(self, metric: str) -> bool:
        """Subjects that are function words or clauses, not indicator names."""
        words = metric.lower().split()
        if all(w in _STOPWORDS or w in _NOT_NAME_WORDS or w.endswith("ly") for w in words):
            return True
        if words[-1] in _STOPWORDS or words[-1] in ("has", "have", "had", "we", "it"):
            return True  # a truncated clause: "no change after a"
        return any(w in _NOT_NAME_WORDS for w in words[:1] + words[-1:])

    def _line_label(self, sent: Sentence, m: Mention) -> str | None:
        """ "clothing & footwear: prices, overall, rose": the heading before a colon."""
        doc = self.doc
        colon = next((t for t in range(sent.start, m.span.start) if doc[t].text == ":"), None)
        if colon is None or colon - sent.start > 10 or colon == sent.start:
            return None
        head = doc[sent.start : colon]
        if any(
            t.lower_ in PREDICATE_WORDS or (CHANGES, t.i) in self.cue_at or t.like_num for t in head
        ):
            return None
        return head.text.strip() or None

    def _list_item(self, head: Mention, m: Mention) -> str | None:
        """ "onshore wind dropping by 17% and offshore wind by 22%": the item's own name."""
        doc = self.doc
        between = [
            t for t in doc[head.span.end : m.span.start] if (PERIODS_TOKENS, t.i) not in self.cue_at
        ]
        cut = max(
            (k for k, t in enumerate(between) if t.lower_ in ("and", ",", "or", ")")), default=-1
        )
        own = [t for t in between[cut + 1 :] if t.lower_ not in ("by", "of", "(", "at", "to")]
        if not own or any(not t.is_alpha for t in own):
            return None
        return clean_metric(" ".join(t.text for t in own))

    def _counted_noun(self, sent: Sentence, m: Mention) -> str | None:
        """ "31 countries", "more than 15,000 types of products", "two of the four groupings"."""
        if m.unit != "count":
            return None
        doc = self.doc
        t = m.span.end
        if t < sent.end and doc[t].lower_ == "of":
            t += 1
            while t < sent.end and (
                doc[t].lower_ in ("the", "a", "all")
                or (doc[t].like_num and (QUANT_TOKENS, t) not in self.cue_at)
                or doc[t].is_digit
            ):
                t += 1
        while t < sent.end and doc[t].text in ('"', "“", "”"):
            t += 1
        if (
            t >= sent.end
            or not doc[t].is_alpha
            or doc[t].lower_ in _STOPWORDS
            or (CHANGES, t) in self.cue_at
        ):
            return None
        if doc[t].lower_ in PREDICATE_WORDS or doc[t].lower_ in _GENERIC_COUNT_NOUNS:
            return None
        phrase = self._phrase_from(t, sent)
        return clean_metric(phrase) if phrase else None

    def _antecedent(self, anaphor: str, earlier: list[Mention]) -> str | None:
        """ "the index", "it", "these industries": the latest metric that fits."""
        head = anaphor.lower().split()[-1]
        candidates = [m.metric for m in reversed(earlier) if m.metric]
        candidates += list(reversed(self.history[-30:]))
        for c in candidates:
            if head in c.lower().split() and len(c.split()) > len(anaphor.split()) - 1:
                return c
        if head in _PRONOUNS and candidates:
            return candidates[0]
        if anaphor.lower().split()[0] in ("these", "those") and self._semicolon_object:
            return self._semicolon_object  # "came from services; these industries rose"
        if len(anaphor.split()) == 1 and head in _BARE_HEADS and self.history:
            return f"{anaphor} of {self.history[-1]}"  # "The supply ... was 5.9 months"
        return anaphor if head not in _PRONOUNS else None

    def _clause_starts_at(self, sent: Sentence, m: Mention) -> bool:
        t = m.span.start - 1
        while t >= sent.start and (
            self.doc[t].lower_ in ("a", "an", "the", "just", "some")
            or (QUALIFIERS, t) in self.cue_at
        ):
            t -= 1
        return t < sent.start or self.doc[t].text in (",", ";", ":", "(", "-", "–", "—")

    def _after_number_metric(self, sent: Sentence, m: Mention) -> str | None:
        """ "73.1% of people aged 16 to 64 were in work", "42 pence was spent in food stores"."""
        doc = self.doc
        t = m.span.end
        if t < sent.end and doc[t].lower_ == "of":
            t += 1
        if t < sent.end and ((CHANGES, t) in self.cue_at or (MARKERS, t) in self.cue_at):
            return None
        lead = t + 1 if t < sent.end and doc[t].lower_ in ("was", "were", "is", "are") else t
        if lead < sent.end and doc[lead].lower_ in ("in", "on", "for", "at"):
            lead += 1  # "11 pence in stores selling automotive fuel"
        if lead >= sent.end or not doc[lead].is_alpha or doc[lead].lower_ in _STOPWORDS:
            return None
        words: list[str] = []
        while t < sent.end:
            tok = doc[t]
            if tok.text in (",", ";", ":", ".") or tok.is_space or (QUANT_TOKENS, t) in self.cue_at:
                break
            if (PERIODS_TOKENS, t) in self.cue_at:
                t += 1
                continue
            words.append(tok.text_with_ws)
            t += 1
        text = "".join(words).strip()
        text = re.sub(r"^(?:was|were|is|are|had been|has been|have been)\s+", "", text)
        return clean_metric(text) if text else None

    def _nominal_metric(self, sent: Sentence, m: Mention) -> str | None:
        """Metrics named inside a noun phrase around the number.

        "a 15% increase in EU gas consumption", "a 21% EV share in the EU car market",
        "a decrease of 2.5% in water & waste management", "a dip in construction output
        of 1.1%".
        """
        doc = self.doc
        start = m.span.end
        if start < sent.end and doc[start].text == "(":
            close = next(
                (t for t in range(start, min(sent.end, start + 8)) if doc[t].text == ")"), None
            )
            if close is not None:
                start = close + 1
        after = doc[start : min(sent.end, start + 3)]
        for j, tok in enumerate(after):
            if tok.is_punct or tok.lower_ in ("from", "to", "than", "on", "compared", "of", "the"):
                break
            if (CHANGES, tok.i) in self.cue_at or tok.lower_ in _SHARE_WORDS:
                k = tok.i + 1
                if k < sent.end and doc[k].text == "(":
                    close = next(
                        (x for x in range(k, min(sent.end, k + 8)) if doc[x].text == ")"), None
                    )
                    k = close + 1 if close is not None else k
                nxt = doc[k] if k < sent.end else None
                if nxt is not None and nxt.lower_ in ("in", "of", "for"):
                    phrase = self._phrase_from(nxt.i + 1, sent)
                    if phrase:
                        lead = doc[start : tok.i + 1].text if tok.lower_ in _SHARE_WORDS else ""
                        if lead:
                            owner = self._subject_span(sent, m)
                            owner = clean_metric(owner) if owner else None
                            lead = f"{owner} {lead}" if owner and len(owner.split()) <= 3 else lead
                        return clean_metric(f"{lead} {nxt.text} {phrase}" if lead else phrase)
                break
            if (
                j == 0
                and m.unit in ("percent", "percentage_point")
                and self._determined(m)
                and tok.is_alpha
                and tok.lower_ not in _STOPWORDS
                and tok.lower_ not in _PHRASE_STOP
                and (PERIODS_TOKENS, tok.i) not in self.cue_at
                and (BASES, tok.i) not in self.cue_at
                and (MARKERS, tok.i) not in self.cue_at
                and tok.lower_ not in _FORECAST_WORDS
                and tok.lower_ not in ("pct", "percent", "per", "points")
            ):
                # "below 2.0% inflation", "a 21% EV share": the noun after the number.
                phrase = self._phrase_from(tok.i, sent)
                if phrase:
                    return clean_metric(phrase)
        # "a decrease of 2.5% in X": a change noun and "of" before, "in X" after.
        before = m.span.start - 1
        while before >= sent.start and (
            (QUALIFIERS, before) in self.cue_at or doc[before].lower_ in ("a", "an")
        ):
            before -= 1
        if (
            (
                before - 1 >= sent.start
                and doc[before].lower_ == "of"
                and doc[before - 1].lower_ in _SHARE_WORDS
            )
            and m.span.end < sent.end
            and doc[m.span.end].lower_ in ("in", "of")
        ):
            phrase = self._phrase_from(m.span.end + 1, sent)
            owner = self._subject_span(sent, m)
            owner = clean_metric(owner) if owner else None
            if phrase:
                lead = (
                    f"{owner} {doc[before - 1].text}"
                    if owner and len(owner.split()) <= 3
                    else doc[before - 1].text
                )
                return clean_metric(f"{lead} {doc[m.span.end].text} {phrase}")
        if (
            before - 1 >= sent.start
            and doc[before].lower_ == "of"
            and (CHANGES, before - 1) in self.cue_at
        ):
            if m.span.end < sent.end and doc[m.span.end].lower_ == "in":
                phrase = self._phrase_from(m.span.end + 1, sent)
                if phrase:
                    return clean_metric(phrase)
            # "a dip in construction output of 1.1%"
            t = before - 1
            while t > sent.start and not self._boundary(t - 1) and (CHANGES, t) not in self.cue_at:
                t -= 1
            if t < before - 1 and (CHANGES, t) in self.cue_at and doc[t + 1].lower_ == "in":
                return clean_metric(doc[t + 2 : before].text)
        return None

    def _determined(self, m: Mention) -> bool:
        """Whether an article or qualifier stands before the number ("a 21% share")."""
        t = m.span.start - 1
        return t >= 0 and (
            self.doc[t].lower_ in ("a", "an", "the", "its", "their")
            or (QUALIFIERS, t) in self.cue_at
        )

    def _phrase_from(self, t: int, sent: Sentence) -> str:
        doc = self.doc
        words: list[str] = []
        while t < sent.end:
            tok = doc[t]
            if (
                tok.lower_ in ("from", "to", "and", "over")
                and words
                and (words[-1].strip().lower() in AGE_WORDS or doc[t - 1].like_num)
            ):
                # "people aged from 16 to 64", "aged 16 and over": an age band is part of the name
                words.append(tok.text_with_ws)
                t += 1
                continue
            if tok.text in ('"', "“", "”", "'", "‘", "’") and tok.text != "'":
                t += 1  # quoted names inside a phrase: the 26 "Silk Road" pavilions
                continue
            if (tok.is_punct and tok.text not in ("-", "&", "/", "(", ")")) or tok.is_space:
                break
            inner_hyphen = (
                tok.text in ("-", "–")
                and not tok.whitespace_
                and t > 0
                and not doc[t - 1].whitespace_
            )
            if tok.lower_ in _PHRASE_STOP or (
                self._boundary(t) and tok.text not in ("(", ")") and not inner_hyphen
            ):
                break
            words.append(tok.text_with_ws)
            t += 1
        return "".join(words).strip()

    def _in_phrase(self, m: Mention) -> str | None:
        """ "output increased by 1.0% in services": the sector named after the number."""
        doc = self.doc
        t = m.span.end
        if t < len(doc) and doc[t].lower_ == "in" and (PERIODS_TOKENS, t + 1) not in self.cue_at:
            words = []
            for tok in doc[t + 1 : t + 6]:
                if (
                    not (tok.is_alpha or tok.text in ("&", "-"))
                    or (PERIODS_TOKENS, tok.i) in self.cue_at
                    or tok.lower_ in ("and", "compared", "from", "to", "but")
                ):
                    break
                words.append(tok.text)
            if words:
                return " ".join(words)
        return None

    # -------------------------------------------------------------- agencies
    def _credits(self, sent: Sentence, agencies: list[Span]) -> list[Credit]:
        doc = self.doc
        credits: list[Credit] = []
        sentence_has_forecast = any(
            sent.start <= c.start < sent.end and c.label_ == "FORECAST" for c in self.cues[CREDITS]
        )
        covered: set[int] = set()
        for a in agencies:
            if a.label_ != "AGENCY":
                continue
            covered.update(range(a.start, a.end))
            org = self.gazetteer.by_id(a.id_)
            nxt = doc[a.end : min(sent.end, a.end + 3)]
            if any(
                (CREDITS, t.i) in self.cue_at and self.cue_at[(CREDITS, t.i)].label_ == "NON_CREDIT"
                for t in nxt
            ):
                continue
            before = doc[max(sent.start, a.start - 10) : a.start]
            credited = any(self._credit_label(t.i) == "CREDIT_BEFORE" for t in before) or any(
                self._credit_label(t.i) == "CREDIT_BEFORE"
                and self.cue_at[(CREDITS, t.i)].id_.startswith("credit.source")
                for t in doc[sent.start : a.start]
            )
            after = doc[a.end : min(sent.end, a.end + 3)]
            credited = credited or any(
                self._credit_label(t.i) == "CREDIT_AFTER"
                and all(
                    x.lower_ in ("'s", "’s", "also", "has", "had", "have", "on", "last", "today")
                    or x.i == t.i
                    for x in after[: t.i - a.end + 1]
                )
                for t in after
            )
            if not credited:
                continue
            lead = [t for t in before if t.lower_ not in ("the", "a")]
            forecast = (
                sentence_has_forecast
                and bool(lead)
                and lead[-1].lower_ in ("by", "expected", "forecast", "predicted", "projected")
                and any(self._credit_label(t.i) == "FORECAST" for t in before)
            )
            credits.append(Credit(org.name, org.country, a.id_, forecast))
        # Generic names resolved by the country the text is about: "the finance ministry said".
        if not credits:
            for cue in self.cues[CREDITS]:
                if sent.start <= cue.start < sent.end and cue.label_ == "CREDIT_AFTER":
                    head = doc[max(sent.start, cue.start - 3) : cue.start]
                    country = self._sentence_country(sent) or self.country
                    if len(head) and head[-1].lower_ in ORG_WORDS and country:
                        org = self.gazetteer.lookup(head.text, country=country)
                        if org is not None:
                            credits.append(Credit(org.name, org.country, cue.id_))
                            break
        # Organizations the gazetteer does not know: "the X Agency said", "released by the X".
        known = bool(credits)
        for cue in self.cues[CREDITS]:
            if known:
                break
            if not (sent.start <= cue.start < sent.end) or cue.label_ not in (
                "CREDIT_BEFORE",
                "CREDIT_AFTER",
            ):
                continue
            name_span = _capitalized_name(doc, cue, sent, covered)
            if name_span is None:
                continue
            name = doc[name_span[0] : name_span[1]].text
            org = self.gazetteer.lookup(name)
            if org is not None:
                credits.append(Credit(org.name, org.country, cue.id_))
            elif any(w.lower() in ORG_WORDS for w in name.split()) and len(name.split()) >= 2:
                credits.append(Credit(_strip_article(name), None, cue.id_))
            covered.update(range(*name_span))
        return credits

    def _is_forecast(self, m: Mention) -> str | None:
        """ "forecast" for "economists had expected a 0.4 pct rise", "target" for "its 4%
        inflation target", else None."""
        doc = self.doc
        sent = self.tok_sentence[m.span.start]
        after = doc[m.span.end : min(len(doc), m.span.end + 3)]
        if any(t.lower_ in _TARGET_WORDS for t in after):
            return "target"
        before = doc[max(0, m.span.start - 8) : m.span.start]
        if any(t.lower_ in _FORECAST_WORDS and self.tok_sentence[t.i] == sent for t in before):
            return "forecast"
        if any(t.lower_ in _FORECAST_WORDS for t in after):
            return "forecast"
        return None

    def _forecaster_named(self, m: Mention) -> bool:
        """Whether the sentence names forecasters who are not an organization ("economists")."""
        sent = self.tok_sentence[m.span.start]
        return any(
            t.lower_ in _FORECASTERS and self.tok_sentence[t.i] == sent
            for t in self.doc[max(0, m.span.start - 15) : min(len(self.doc), m.span.end + 6)]
        )

    def _sentence_org(self, m: Mention) -> Credit | None:
        """An organization named in the mention's sentence ("the Fed's 2% target")."""
        sent = self.tok_sentence[m.span.start]
        for a in self.doc.spans.get(AGENCIES, []):
            if (
                a.label_ == "AGENCY"
                and self.tok_sentence[a.start] == sent
                and a.end <= m.span.start
            ):
                org = self.gazetteer.by_id(a.id_)
                return Credit(org.name, org.country, a.id_, True)
        return None

    def _sentence_country(self, sent: Sentence) -> str | None:
        for a in self.doc.spans.get(AGENCIES, []):
            if a.label_ == "COUNTRY" and sent.start <= a.start < sent.end:
                code = self.gazetteer.by_id(a.id_).country
                if code:
                    return str(code)
        return None

    def _credit_label(self, t: int) -> str | None:
        cue = self.cue_at.get((CREDITS, t))
        return cue.label_ if cue is not None else None

    def _countries(self, sent: Sentence, agencies: list[Span], mentions: list[Mention]) -> set[str]:
        if not mentions:
            return set()
        first = mentions[0].span.start
        out: set[str] = set()
        for a in agencies:
            if a.label_ == "COUNTRY" and a.start < first:
                code = self.gazetteer.by_id(a.id_).country
                if code:
                    out.add(code)
        return out

    def _attach_agencies(
        self,
        mentions: list[Mention],
        credits: list[Credit],
        current: Credit | None,
        by_country: dict[str, Credit],
        countries: set[str],
    ) -> None:
        for m in mentions:
            kind = self._is_forecast(m)
            if kind:
                # Forecasts, targets and policy figures: credited in their own sentence only,
                # to whoever made or set them.
                forecasters = [c for c in credits if c.forecast]
                if forecasters:
                    org: Credit | None = forecasters[0]
                elif kind == "target":
                    org = self._sentence_org(m)
                elif credits and not self._forecaster_named(m):
                    org = credits[0]  # "expected to be 2.2%, according to a flash estimate from X"
                else:
                    org = None
                if org is not None:
                    m.agency = org.name
                    m.rules.append(org.rule)
                continue
            if credits:
                best = credits[0]
                m.agency = best.name
                m.rules.append(best.rule)
                continue
            credit = current
            if (
                credit is not None
                and credit.country
                and countries
                and credit.country not in countries
            ):
                other = next((by_country[c] for c in countries if c in by_country), None)
                credit = other
            if credit is not None:
                m.agency = credit.name
                m.rules.append(credit.rule)

    # ---------------------------------------------------------------- output
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


# Pseudo span keys for the per-token index of periods, agencies and quantities.
PERIODS_TOKENS = "_periods"
AGENCY_TOKENS = "_agencies"
QUANT_TOKENS = "_quantities"
_MONTH_WORDS = _words(
    "january february march april may june july august september october november december"
)
_CREDIT_VERBS = _words("said says reported reports showed shows show according")
_AUXILIARY_FILLERS = _words(
    "also then therefore further only to estimated expected seasonally not been being "
    "edged inched ticked moved crept went"
)
_ANAPHORS = _words("it this that these those the its")
_SHARE_WORDS = _words("share shares proportion stake weight")
_PHRASE_STOP = _words(
    "following after before versus against compared relative from to than year on and was "
    "were is are for as at since over while but which with"
)
_QUARTER_NAMES = re.compile(r"quarter|\bQ[1-4]\b|\b[1-4]Q\b|\bH[12]\b", re.IGNORECASE)
_ANAPHORIC_PERIOD = re.compile(
    r"^(?:in|for|during|over)?\s*the (?:month|quarter|year|period)$", re.I
)
_COMPARISON_LEAD = re.compile(
    r"^(?:when\s+|as\s+)?(?:compared\s+(?:with|to)|relative\s+to|from|since|than|against|versus|"
    r"vs\.?|on|over|with)\s+",
    re.IGNORECASE,
)
_STOCK_INDEXES = _words("sensex nifty dow nasdaq nikkei ftse dax cac kospi hang stoxx topix")
_INDEX_WORDS = _words(
    "index indices indicators gauge pmi cpi ppi sensex nifty dow nasdaq nikkei ftse dax "
    "cac kospi hang stoxx topix benchmark"
)
_FORECAST_WORDS = _words(
    "expected expect expects expecting forecast forecasted forecasting predicted predict "
    "projected anticipated"
)
_TARGET_WORDS = _words("target targets goal goals ceiling projection forecast")
_CLAUSE_OPENERS = _words("as while when because whereas but which where although")
_SHARED_HEADS = _words(
    "prices sales exports imports output production rates index indices costs spending "
    "volumes shares"
)
_INTRO_PREPOSITIONS = _words(
    "during in on at for from after before since according among as by under over "
    "following despite unlike within throughout"
)
_EVENT_WORDS = _words(
    "festival summit plan forum congress games initiative programme program conference "
    "expo fair session anniversary"
)
_FORECASTERS = _words(
    "economists analysts forecasters consensus markets market traders officials polls poll"
)
_NP_STOP = _words("by from to with than as was were is are be been driven led")
_QUALIFIER_VERBS = _words("exceed exceeded exceeds exceeding surpassed surpasses topped tops")
_BARE_HEADS = _words("index indices rate series price prices figure measure gauge sales supply")
_NOT_NAME_WORDS = _words(
    "relative compared according unchanged equal first time revised previously said "
    "reported including"
)
_STOPWORDS = _words(
    "a an the of in on at to for by with from as and or but before after while since than "
    "also still although though which that this these those it its there here first time "
    "not only just so both each respectively"
)
_GENERIC_COUNT_NOUNS = _words("units unit people persons times points per")
_POST_CUE_STOP = _words(
    "from to than in on a an the following after with by of and or compared while but for "
    "as since before when which"
)
_LIST_GLUE = _words(", and or ( ) - – / by respectively both")
_FUNCTION_WORDS = _words("in on from and but after before with for at by as while")
_PRONOUNS = _words("it this that they which these those he she we")
_GENERIC_SUBJECTS = _words("output prices sales production growth")


def _index_cues(doc: Doc, cues: dict[str, list[Span]]) -> dict[tuple[str, int], Span]:
    index: dict[tuple[str, int], Span] = {}
    for key, spans in cues.items():
        for s in spans:
            for t in range(s.start, s.end):
                index[(key, t)] = s
    for key, pseudo in ((PERIODS, PERIODS_TOKENS), (AGENCIES, AGENCY_TOKENS)):
        for s in doc.spans.get(key, []):
            if pseudo == AGENCY_TOKENS and s.label_ != "AGENCY":
                continue
            for t in range(s.start, s.end):
                index[(pseudo, t)] = s
    return index


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def split_sentences(doc: Doc) -> list[Sentence]:
    """Split a doc into sentences that never cross a line break.

    Uses the doc's own sentence boundaries when a trained pipeline set them, else
    a rule: a sentence ends at `.`, `!` or `?` before a capital, digit or quote,
    except after common abbreviations.
    """
    has_sents = doc.has_annotation("SENT_START")
    sentences: list[Sentence] = []
    paragraph = 0
    start = 0
    n = len(doc)
    for i, tok in enumerate(doc):
        if tok.is_space and "\n" in tok.text:
            if start < i:
                sentences.append(Sentence(start, i, paragraph))
            paragraph += tok.text.count("\n")
            start = i + 1
            continue
        if "\n" in tok.whitespace_:
            pass
        boundary = False
        if has_sents:
            boundary = i + 1 < n and doc[i + 1].is_sent_start
        elif tok.text in (".", "!", "?", "...") or (
            tok.text.endswith(".")
            and tok.lower_ not in ABBREVIATIONS
            and len(tok.text) > 1
            and tok.text[-2].isalpha()
            and tok.text.count(".") == 1
            and False
        ):
            nxt = doc[i + 1] if i + 1 < n else None
            prev = doc[i - 1] if i > 0 else None
            if (
                nxt is not None
                and (
                    nxt.is_title
                    or nxt.is_upper
                    or nxt.text[:1].isdigit()
                    or nxt.text in ('"', "“", "'", "(")
                )
                and not nxt.is_space
            ):
                boundary = not (
                    prev is not None
                    and (prev.lower_ + ".") in ABBREVIATIONS
                    and not prev.whitespace_
                )
        elif tok.lower_ in ABBREVIATIONS and tok.lower_ in ("u.s.", "u.k.") and i + 1 < n:
            boundary = False
        if boundary:
            sentences.append(Sentence(start, i + 1, paragraph))
            start = i + 1
            while start < n and doc[start].is_space and "\n" not in doc[start].text:
                start += 1
    if start < n:
        sentences.append(Sentence(start, n, paragraph))
    return [s for s in sentences if s.end > s.start]


def _dateline_tokens(doc: Doc, sentences: list[Sentence]) -> set[int]:
    """Token starts of periods inside a wire dateline ("TOKYO, Feb 27 -")."""
    out: set[int] = set()
    seen: set[int] = set()
    for s in sentences:
        if s.paragraph in seen:
            continue
        seen.add(s.paragraph)
        head = doc[s.start : min(s.end, s.start + 12)]
        match = DATELINE.match(head.text)
        if match:
            limit = head.start_char + match.end()
            out.update(t.i for t in doc[s.start : s.end] if t.idx < limit)
    return out


def find_publication_date(text: str) -> date | None:
    """A publication date stated near the top of a document, if any."""
    head = text[:2000]
    match = PUBLICATION_DATE.search(head)
    if not match:
        return None
    import dateparser

    parsed = dateparser.parse(match.group(1), languages=["en"])
    return parsed.date() if parsed else None


def compare_periods(
    point: tuple[date, date], current: tuple[date, date], quarters: bool = True
) -> str | None:
    """The basis of a change from `point` to `current`, or None when not consecutive.

    Consecutive three-month spans count as quarter on quarter only when the text names
    quarters (`quarters`); "the three months to June compared with the three months to
    March" is period on period.
    """
    (ps, pe), (cs, ce) = point, current
    length = (ce - cs).days
    if (ps, pe) == (cs, ce):
        return None
    if (
        _shift_year(cs, -1) == ps
        and _shift_year(ce + timedelta(days=1), -1) - timedelta(days=1) == pe
    ):
        return "year_on_year"
    if pe + timedelta(days=1) == cs and abs((pe - ps).days - length) <= 3:
        if length <= 31:
            return "month_on_month"
        if quarters and 88 <= length <= 92 and cs.day == 1 and cs.month in (1, 4, 7, 10):
            return "quarter_on_quarter"
        return "period_on_period"
    return None


def _main_country(spans: list[Span], gazetteer: Any) -> str | None:
    """The country a text is mostly about: the most frequent country or agency country."""
    counts: dict[str, int] = {}
    for span in spans:
        code = gazetteer.by_id(span.id_).country
        if code:
            counts[code] = counts.get(code, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def _month_of(day: date | None) -> tuple[date, date] | None:
    """The calendar month holding `day`, as a (first, last) pair."""
    if day is None:
        return None
    first = day.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return first, last


def _shift_year(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def _scale_of(m: Mention) -> float:
    text = m.span.text.lower()
    for word, scale in (
        ("trillion", 1e12),
        ("billion", 1e9),
        ("bn", 1e9),
        ("million", 1e6),
        ("mln", 1e6),
        ("thousand", 1e3),
    ):
        if word in text:
            return scale
    return 1.0


def split_list(text: str) -> list[str]:
    """Split "A, B, and C" into its items."""
    return [p.strip() for p in LIST_SPLIT.split(text) if p and p.strip()]


def _list_head(first: str) -> str:
    """The shared head of a list's first item: "sales of" in "sales of mirrorless cameras"."""
    cleaned = clean_metric(first) or ""
    words = cleaned.split()
    for j in range(len(words) - 1, 0, -1):
        if words[j].lower() == "of":
            return " ".join(words[: j + 1])
    return ""


def _list_tail(last: str) -> str:
    """A modifier after the last item that all items share ("traded in on ...")."""
    match = re.search(r"\b(traded|sold|made|produced|bought|imported|exported|in|on)\b.*$", last)
    if match and match.start() > 0:
        return last[match.start() :].strip()
    return ""


def clean_metric(text: str) -> str | None:
    """Drop leading articles and connectives, trailing auxiliaries and stray punctuation."""
    text = re.sub(r"\s+", " ", text).strip(" ,;:-–—(\"'“”")
    for _ in range(3):
        text = LEADING_NOISE.sub("", text).strip(" ,;:")
        text = TRAILING_NOISE.sub("", text).strip(" ,;:")
    text = text.strip(" ,;:-–—\"'“”")
    if text.count("(") > text.count(")"):
        text = text.replace("(", "").strip()
    return text or None


def _strip_article(name: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.IGNORECASE).strip()


def _capitalized_name(
    doc: Doc, cue: Span, sent: Sentence, covered: set[int]
) -> tuple[int, int] | None:
    """The capitalized organization name next to a credit cue, as token bounds."""
    if cue.label_ == "CREDIT_BEFORE":
        t = cue.end
        while t < sent.end and doc[t].lower_ in (
            "the",
            "data",
            "figures",
            "statistics",
            "released",
            "published",
            "by",
            "from",
        ):
            t += 1
        start = t
        while t < sent.end and (
            doc[t].is_title
            or (doc[t].is_upper and doc[t].is_alpha)
            or (
                doc[t].lower_ in NAME_CONNECTORS
                and t + 1 < sent.end
                and (doc[t + 1].is_title or doc[t + 1].lower_ == "the")
            )
        ):
            t += 1
        end = t
    else:
        t = cue.start - 1
        end = cue.start
        while t >= sent.start and (
            doc[t].is_title
            or (doc[t].is_upper and doc[t].is_alpha)
            or doc[t].lower_ in NAME_CONNECTORS
        ):
            t -= 1
        start = t + 1
        while start < end and doc[start].lower_ in NAME_CONNECTORS:
            start += 1
    if end - start < 2 or any(i in covered for i in range(start, end)):
        return None
    return start, end
