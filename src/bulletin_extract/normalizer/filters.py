"""Which quantities are measurements, and how numbers in a sentence continue each other."""

from __future__ import annotations

import re

from spacy.tokens import Span

from .context import Attacher
from .structures import Mention
from .text import scale_of
from .vocabulary import (
    AGE_WORDS,
    AUXILIARY_FILLERS,
    CHANGES,
    CLAUSE_OPENERS,
    CREDIT_VERBS,
    EVENT_WORDS,
    FUNCTION_WORDS,
    INDEX_WORDS,
    LABEL_WORDS,
    LIST_GLUE,
    MARKERS,
    MONTH_WORDS,
    ORG_WORDS,
    PERIODS_TOKENS,
    PREDICATE_WORDS,
    QUALIFIERS,
    SPAN_LEAD_WORDS,
    STOCK_INDEXES,
    STREAK_WORDS,
    TIME_UNITS,
)


class MeasurementRules(Attacher):
    """Which quantities are measurements, and how numbers in a sentence continue each other."""

    def _to_mention(self, span: Span, period_tokens: set[int]) -> Mention | None:
        from ..quantities import parse_quantity

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
            sentence=0,
            rules=[span.id_] if span.id_ else [],
        )

    def _passes_common_filters(self, span: Span, value: float, unit: str) -> bool:
        """Checks for every kind of quantity: list markers, labels, bounds, spans of time."""
        doc = self.doc
        prev = doc[span.start - 1] if span.start > 0 else None
        nxt = doc[span.end] if span.end < len(doc) else None
        # "1." / "(1)" / "2)" numbering and footnote markers.
        if self.ctx.sentence_start(span.start) and nxt is not None and nxt.text in (".", ")"):
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
        if (
            glued_before
            and prev is not None
            and not (prev.text == "-" and prev2 is not None and prev2.like_num)
        ):
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
                and not self.ctx.sentence_start(prev.i)
            )
            and low_prev not in MONTH_WORDS
            and prev.text.lower() not in ("four", "six")
        ) and not (prev.ent_type_ or prev.lower_ in ORG_WORDS):
            return False
        # Inside a quoted title: "the "2022 China E-Commerce Report"".
        if self._inside_title_quotes(span):
            return False
        # Names of events and plans: "the 618 shopping festival", "the G20 summit".
        if low_prev == "the" and any(
            t.lower_ in EVENT_WORDS for t in doc[span.end : min(len(doc), span.end + 3)]
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
                t.lower_ in STOCK_INDEXES for t in doc[max(0, span.start - 12) : span.start]
            )
        ):
            return False
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.is_alpha and nxt.lower_ not in FUNCTION_WORDS:
            return False
        sent = self.tok_sentence[span.start]
        words = (
            t.lower_
            for t in doc[max(0, span.start - 40) : span.start]
            if self.tok_sentence[t.i] == sent
        )
        return any(w in INDEX_WORDS for w in words)

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
                or (t.lower_ in AUXILIARY_FILLERS and t.lower_ not in ("to", "seasonally"))
                or t.lower_ in CREDIT_VERBS
            ]
            clause_break = any(t.text == "," or t.lower_ in CLAUSE_OPENERS for t in between)
            if marker is not None and marker.start > prev.span.end - 1:
                cur.chained_to, cur.chain_kind = i - 1, "from"
            elif words[-1:] == ["("] and len(words) <= 3 and not marker:
                cur.chained_to, cur.chain_kind = i - 1, "paren"
            elif words[-2:] == ["(", "to"]:
                cur.chained_to, cur.chain_kind = i - 1, "level"
            elif words and all(w in LIST_GLUE for w in words) and "(" in words:
                cur.chained_to, cur.chain_kind = i - 1, "paren"
            elif not words or all(w in LIST_GLUE for w in words):
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
                    m.unit, m.value = nxt.unit, m.value * scale_of(nxt)
                    nxt.chain_kind = "range"

    def _period_tokens_between(self, start: int, end: int) -> set[int]:
        return {t for t in range(start, end) if (PERIODS_TOKENS, t) in self.cue_at}
