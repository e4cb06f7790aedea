"""The period each number refers to, and comparison periods."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from spacy.tokens import Span

from ..records import Period
from .context import Attacher, next_start
from .structures import Mention, Sentence
from .text import compare_periods, month_of
from .vocabulary import (
    ANAPHORIC_PERIOD,
    CHANGES,
    CLAUSE_OPENERS,
    COMPARISON_LEAD,
    FUNCTION_WORDS,
    QUANT_TOKENS,
    QUARTER_NAMES,
    RANGE_WORDS,
)


class PeriodAttacher(Attacher):
    """Decides `period` and `period_dates`, and `ref_basis`/`ref_local` of comparison points."""

    def _resolve(self, span: Span, ref: date | None, anchor: tuple[date, date] | None) -> Any:
        from ..periods import resolve_period

        return resolve_period(span.text, ref, anchor)

    def _opening_clause(self, span: Span, sent: Sentence) -> bool:
        """Whether a span lies in an opening comparison clause: "Compared with X, ..."."""
        doc = self.doc
        if span.start - sent.start > 6 or any(t.text == "," for t in doc[sent.start : span.start]):
            return False
        return bool(span.end < sent.end and doc[span.end].text == ",")

    def _secondary(self, m: Mention, mentions: list[Mention]) -> bool:
        """A previous or compared value, which does not set the period a text is about."""
        seen = 0
        while m is not None and seen < 10:
            if self.ctx.from_value(m) or m.chain_kind == "from":
                return True
            if m.chained_to is None or m.chain_kind not in ("list", "paren"):
                return False
            m = mentions[m.chained_to]
            seen += 1
        return False

    def _resolve_core(self, span: Span, ref: date | None, anchor: tuple[date, date] | None) -> Any:
        """Resolve a comparison period without its lead-in ("compared with Q2 2013" → Q2 2013)."""
        from ..periods import resolve_period

        core = COMPARISON_LEAD.sub("", span.text).strip()
        res = resolve_period(core or span.text, ref, anchor)
        return res

    def _is_reference(self, span: Span) -> bool:
        """A period that a change is measured from ("from March 2020", "compared with Q1")."""
        doc = self.doc
        first = span[0].lower_
        text = span.text.lower()
        is_range = bool(RANGE_WORDS.search(text[5:]))
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
            and nxt.lower_ not in FUNCTION_WORDS | {"and", "to", "was", "were", "is"}
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

    def attach(
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
                        t.text in (",", ";") or t.lower_ in CLAUSE_OPENERS
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

        probe = carry_dates or doc_anchor or month_of(ref)

        def kind_of(p: Span) -> str:
            """ "relative" for phrases that point from another period ("a year earlier")."""
            if ANAPHORIC_PERIOD.search(p.text):
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
            limit = next_start(mentions, i, sent)
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
                    relation = compare_periods(point, current, bool(QUARTER_NAMES.search(named)))
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
