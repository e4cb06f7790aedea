"""Comparison points in a sentence ("compared with Q2 2013", "from March 2020", "than a
year earlier"): the basis they imply, and the period they widen or replace."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from spacy.tokens import Span

from ..period_calendar import (  # the calendar's month arithmetic
    _is_month_end,
    _month_index,
    season_start,
)
from ..period_company import CompanyCalendar, company_calendar
from ..records import Period
from .context import DocContext, next_start
from .period_phrases import YEAR_BACK, PeriodPhrases, unit_of, weekday_phrase, year_before
from .structures import Mention, Sentence
from .text import compare_periods
from .vocabulary import (
    ANAPHORIC_PERIOD,
    COMPARISON_LEAD,
    FORECAST_WORDS,
    ODDS_NOUNS,
    PERIODS_TOKENS,
    QUANT_TOKENS,
    QUARTER_NAMES,
    RANGE_WORDS,
)

Choice = tuple[Period, tuple[date, date] | None]
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
MONTH_NAME = re.compile(rf"\b{_MONTH_WORD}\b", re.IGNORECASE)
NAMED_POINT = re.compile(r"\d{4}")  # a comparison point with its year written


#: A span told as over: "in the week ended July 10", "the quarter ended Sept. 30".
_ENDED = re.compile(r"\bended\b", re.IGNORECASE)
_THIS_YEAR = re.compile(r"^(?:in |for |during |over )?this year$", re.IGNORECASE)
#: A day a running total is told up to: "till December 31", "until March 15", "up to Jan. 11".
_TILL = re.compile(r"^(?:till|until|up to|upto)\b", re.IGNORECASE)
# A quarter, half or month named without its year: "in the fourth quarter", "in H2", "in June",
# "in the second half of the year".
_BARE_UNIT = re.compile(
    r"^(?:(?:in|for|during|over|through|by)\s+)?(?:the\s+)?"
    r"(?:(?:first|second|third|fourth|final)\s+(?:quarter|half)(?:\s+of\s+the\s+year)?|"
    r"q[1-4]|h[12]|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    rf"{_MONTH_WORD}\s*[-–]\s*{_MONTH_WORD}(?:\s+quarter)?|"  # "July-September"
    rf"{_MONTH_WORD}\s+and\s+{_MONTH_WORD})$",  # "November and December"
    re.IGNORECASE,
)
# Words that make a sentence look ahead: "expects rates to average 6.5% in the fourth quarter".
_AHEAD = (
    FORECAST_WORDS
    | ODDS_NOUNS
    | frozenset(
        "forecasts predicts project projects anticipate anticipates will sees see outlook "
        "projection projections pricing bets likely".split()
    )
)


#: Words before a phrase that tell of a step still to be taken: "said it would buy back
#: shares in the fourth quarter", "members agreed to lift output in December", "the calendar
#: foresees cuts in May" ("would have" looks back: `_would_look_back`).
_PLANNED = frozenset(
    "would agreed agree agrees plans intends aims pledged pledges signalled signaled signals "
    "foresees foresee".split()
)


def _would_look_back(words: tuple[str, ...] | list[str]) -> bool:
    """Whether every "would" of the words is told of the past ("would have grown")."""
    return all(
        k + 1 < len(words) and words[k + 1] in ("have", "'ve")
        for k, w in enumerate(words)
        if w == "would"
    )


def _plans_before(words: tuple[str, ...] | list[str]) -> bool:
    """Whether the words before a phrase tell of a step still to be taken (`_PLANNED`)."""
    found = [w for w in words if w in _PLANNED]
    return bool(found) and (found != ["would"] * len(found) or not _would_look_back(words))


#: Words right after a phrase that make its clause look ahead: "sales in December will grow",
#: "output in the fourth quarter is expected to".
_AHEAD_AFTER = frozenset("will would".split())
_AHEAD_PARTICIPLES = frozenset("expected forecast projected seen likely set".split())


def _looks_ahead_after(words: tuple[str, ...] | list[str]) -> bool:
    """Whether the words right after a phrase say what follows is still to come."""
    return bool(words) and (
        words[0] in _AHEAD_AFTER
        or (words[0] in ("is", "are") and len(words) > 1 and words[1] in _AHEAD_PARTICIPLES)
    )


# The basis of a point in time compared with one so many months before it.
_POINT_BASES = {1: "month_on_month", 3: "quarter_on_quarter", 12: "year_on_year"}


def _unit_before_point(point: tuple[date, date], current: tuple[date, date]) -> int | None:
    """How many months a whole month, quarter or year ends before a point in time at the end
    of a month, when it is the month (1), quarter (3) or year (12) before it: "at the end of
    March ... from February" (1); else None."""
    (ps, pe), (cs, ce) = point, current
    if cs != ce or ps >= pe or unit_of(point) is None or pe >= cs:
        return None
    if not (_is_month_end(cs) and _is_month_end(pe)):
        return None
    months = _month_index(cs) - _month_index(pe)
    return months if months in _POINT_BASES else None


def _like_period_before(
    point: tuple[date, date], current: tuple[date, date], quarters: bool
) -> str | None:
    """The basis of a change from `point`, a span as long as `current` that starts before it
    by at most three months for a month and about one span's length for a longer one: the
    period a figure is compared with ("from March" in June, "than in the second quarter",
    "from last year" in a fiscal year), not one it runs from ("below their level in January"
    in September); else None. Three-month spans are quarter on quarter only when the text
    names quarters (`quarters`)."""
    (ps, pe), (cs, ce) = point, current
    if not (ps < pe and cs < ce and ps < cs and pe < ce):
        return None
    length = (ce - cs).days
    if abs((pe - ps).days - length) > 3:
        return None
    if length <= 31:
        months = _month_index(cs) - _month_index(ps)
        if months > 3:
            return None
        return "quarter_on_quarter" if months == 3 and length >= 27 else "period_on_period"
    if (cs - ps).days > length + 46:
        return None
    if 88 <= length <= 92 and quarters:
        return "quarter_on_quarter"
    return "year_on_year" if length >= 360 else "period_on_period"


class PeriodComparisons(PeriodPhrases):
    """How a comparison point in a number's sentence changes its period and basis."""

    def __init__(self, ctx: DocContext) -> None:
        super().__init__(ctx)
        # the fiscal calendar the document's company report fixes, by reference date
        self._calendars: dict[date | None, CompanyCalendar | None] = {}
        self._seasons: dict[int, int | None] = {}  # see `_season`, by sentence

    def _company(self, ref: date | None) -> CompanyCalendar | None:
        """The fiscal calendar the document's company report fixes, if any (read once)."""
        if ref not in self._calendars:
            self._calendars[ref] = company_calendar(self.ctx.tokens.doc_text, ref)
        return self._calendars[ref]

    def _season(self, span: Span) -> int | None:
        """The first month of the season of the farm product the span's sentence names, else
        the one its paragraph names ("For the 2025/26 season, U.S. cotton ..."); None when
        neither names one."""
        index = self.ctx.tok_sentence[span.start]
        if index not in self._seasons:
            sent = self.ctx.sentences[index]
            lower = self.ctx.tokens.lower
            found = season_start(lower[sent.start : sent.end], self.ctx.country)
            if found is None:
                paragraph = [s for s in self.ctx.sentences if s.paragraph == sent.paragraph]
                found = season_start(
                    lower[paragraph[0].start : paragraph[-1].end], self.ctx.country
                )
            self._seasons[index] = found
        return self._seasons[index]

    def _resolve(self, span: Span, ref: date | None, anchor: tuple[date, date] | None) -> Any:
        text = self.ctx.text(span)
        if anchor is not None and _THIS_YEAR.match(text) and not self._year_compared(span):
            anchor = None  # "a target of 2% this year": the calendar year, not the month before
        res = self._resolve_text(text, span, ref, anchor)
        if (
            ref is not None
            and anchor is not None
            and res.end is not None
            and res.end > ref
            and _ENDED.search(text)
        ):
            # "sales for the 2025/26 marketing year came to 217,400 bales in the week ended
            # July 10": a span that has ended is over by the time of writing, whatever year the
            # anchor would put its month in
            own = self._resolve_text(text, span, ref, None)
            if own.end is not None and own.end <= ref:
                res = own
        if (
            ref is not None
            and res.start is not None
            and res.end is not None
            and res.start <= ref < res.end
            and self._so_far_told(span)
        ):
            # "in FY26 so far", "so far in the 2025-26 marketing season": up to the day of
            # writing
            return replace(res, end=ref)
        if (season_from := self._season_so_far(span, text, res)) is not None:
            return replace(res, start=season_from)
        if ref is not None and res.kind == "deictic" and res.end is not None and res.end < ref:
            ahead = self._ahead(span, text, ref)
            if ahead is not None:
                return replace(res, start=ahead[0], end=ahead[1])
        return res

    def _season_so_far(self, span: Span, text: str, res: Any) -> date | None:
        """The first day of a farm product's season when a running total of a document about
        seasons is told up to a day: "Sugar output till December 31 rose to 11.9 mt", in the
        October-September sugar season, is of October 1 to December 31; None otherwise (a
        day "till" which nothing of a season is counted is that day)."""
        if not _TILL.match(text) or res.start is None or res.end is None:
            return None
        if (res.end - res.start).days > 31 or "season" not in self.ctx.tokens.doc_text.lower():
            return None
        month = self._season(span)
        if month is None:
            return None
        year = res.end.year if res.end.month >= month else res.end.year - 1
        return date(year, month, 1)

    def _ahead(self, span: Span, text: str, ref: date) -> tuple[date, date] | None:
        """In a sentence that looks ahead, a quarter or a month without its year is the
        nearer of the last one and the next ("MBA expects rates to average
        6.5% in the fourth quarter", written in August, is this year's fourth quarter, not
        last year's; "sales in November and December will grow 4%", written in November, are
        this year's); a day of the week is the next one ("17 expect a cut on Thursday")."""
        from ..periods import resolve_period

        weekday = weekday_phrase(text) and not text.lower().startswith("last ")
        if not (_BARE_UNIT.match(text) or weekday):
            return None
        sent = self.ctx.sentences[self.ctx.tok_sentence[span.start]]
        before = self.ctx.tokens.lower[sent.start : span.start]
        after = self.ctx.tokens.lower[span.end : min(span.end + 2, sent.end)]
        if (
            not any(w in _AHEAD for w in before)
            and not _plans_before(before)
            and not _looks_ahead_after(after)
            and not self._opens_a_forecast(span, sent)
        ) or "had" in before:
            # (not a forecast told in the past perfect, of figures out since: "economists had
            # expected a cut on Thursday", "had forecast a May rise of 0.8 pct")
            return None
        last = resolve_period(text, ref)
        if weekday and last.start is not None:
            # "17 expect a cut on Thursday": the next Thursday
            coming = last.start + timedelta(days=7)
            return coming, coming
        if last.start is None or last.end is None:
            return None
        if last.end >= ref:
            # "expect prices to decline 0.2 pct in March", written on March 10 after February's
            # figures: this March (the one the figures before would make last year's)
            return last.start, last.end
        start = last.start.replace(year=last.start.year + 1)
        end_year, end_month = last.end.year + 1, last.end.month
        end = date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
        return (start, end) if (start - ref) < (ref - last.end) else None

    def _opens_a_forecast(self, span: Span, sent: Sentence) -> bool:
        """Whether the phrase opens its sentence and the words after it, up to the first
        number, look ahead: "For May, the ministry expects exports to grow 3%", "In the third
        quarter, output is expected to reach 40 TWh" (not "In May, sales rose 3%, and
        economists expect ...", whose forecast comes after the number)."""
        lower, like_num = self.ctx.tokens.lower, self.ctx.tokens.like_num
        if any(not self.ctx.tokens.is_punct[k] for k in range(sent.start, span.start)):
            return False
        for k in range(span.end, sent.end):
            if like_num[k] or lower[k] in ("had", ";"):
                return False
            if lower[k] in _AHEAD or lower[k] in _PLANNED:
                return True
        return False

    def _year_compared(self, span: Span) -> bool:
        """Whether the sentence of a "this year" sets it against an earlier year ("0.6 points
        higher this year compared with last year"), which makes it the period in hand."""
        sent = self.ctx.sentences[self.ctx.tok_sentence[span.start]]
        words = self.ctx.tokens.lower[sent.start : sent.end]
        return any(
            (a in ("last", "previous", "prior") and b == "year")
            or (a == "year" and b in ("ago", "earlier"))
            for a, b in pairwise(words)
        )

    def _resolve_core(self, span: Span, ref: date | None, anchor: tuple[date, date] | None) -> Any:
        """Resolve a comparison period without its lead-in ("compared with Q2 2013" → Q2 2013)."""
        text = self.ctx.text(span)
        core = COMPARISON_LEAD.sub("", text).strip()
        return self._resolve_text(core or text, span, ref, anchor)

    def _resolve_text(
        self, text: str, span: Span, ref: date | None, anchor: tuple[date, date] | None
    ) -> Any:
        """`resolve_period` of a phrase's text with the document's calendars: its financial
        year's country, the company's fiscal calendar, the season of the product at `span`."""
        from ..periods import resolve_period

        return resolve_period(
            text, ref, anchor, self.ctx.fiscal_country, self._company(ref), self._season(span)
        )

    def _compare(
        self,
        m: Mention,
        i: int,
        mentions: list[Mention],
        sent: Sentence,
        phrases: tuple[list[Span], list[Span]],
        choice: Choice | None,
        anchor: tuple[date, date] | None,
        ref: date | None,
        resolve: Callable[[Span, tuple[date, date] | None], Any],
        carried: bool = False,
    ) -> Choice | None:
        """Set `ref_basis`, `ref_local` and `ref_back` of mention i from the comparison
        point of its clause; return its period, widened to start at a point further back
        or kept as the period compared. `carried`: `choice` is the paragraph's period, not
        one the sentence names."""
        governing, references = phrases
        text = self.ctx.tokens.text
        limit = next_start(mentions, i, sent)
        if (
            i + 1 < len(mentions)
            and text[m.span.end] == "("
            and mentions[i + 1].span.start == m.span.end + 1
            and text[mentions[i + 1].span.end] == ")"
        ):
            # "0.1% (38,000) fewer than in November 2025": past the bracketed restatement
            limit = next_start(mentions, i + 1, sent)
        elif (
            i + 1 < len(mentions)
            and mentions[i + 1].chained_to == i
            and (
                mentions[i + 1].chain_kind == "range"
                or (m.span.start and self.ctx.tokens.lower[m.span.start - 1] == "between")
            )
        ):
            # "will grow between 3.5% and 4% over 2024": the comparison after a range is of
            # both its bounds
            limit = next_start(mentions, i + 1, sent)
        ref_span = next(
            (
                r
                for r in references
                if m.span.end <= r.start < limit
                and (
                    "," not in text[m.span.end : r.start]
                    or self._compared_after_comma(m, r, mentions)
                )
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
                    if r.end <= m.span.start
                    and self._opening_clause(r, sent)
                    and not any(n.span.start < r.start for n in mentions)
                ),
                None,
            )
        if ref_span is None and m.chain_kind != "from":
            # "increased in Q2 compared with Q2 2013, by 4.5%", "showed no change compared
            # with June 2013 after a fall of 0.7% in May": the clause's comparison sets the
            # basis of the numbers after it, measured from the period it compares.
            preceding = self._preceding_reference(m, mentions, references)
            if preceding is not None:
                here = self._compared_period(preceding, governing, ref, anchor)
                here = here or (choice[1] if choice and choice[1] else anchor)
                res = self._resolve_core(preceding, ref, here)
                if res.start and res.end and here:
                    back = (res.start, res.end)
                    named = f"{self.ctx.text(preceding)} {choice[0].text if choice else ''}"
                    m.ref_basis = compare_periods(back, here, bool(QUARTER_NAMES.search(named)))
                    if YEAR_BACK.search(self.ctx.text(preceding)) and year_before(back, here):
                        m.ref_basis = m.ref_basis or "year_on_year"
        if ref_span is not None and m.chain_kind != "from":
            current: tuple[date, date] | None = choice[1] if choice and choice[1] else anchor
            if current is None:
                # "7.3% above the peak of January 2008, with an index of 178.7 in May 2014":
                # the sentence's own time is the current period.
                current = next(
                    (d for g in governing if (d := resolve(g, None)[1]) is not None), None
                )
            since = ref_span[0].lower_ == "since"
            if since and ref is not None and not (choice and choice[1]):
                # "has risen 15 pct since September 1985": up to now, also where another
                # sentence's period is carried
                current = (ref, ref)
            res = self._resolve_core(ref_span, ref, current)
            if since and current == (ref, ref) and res.kind == "relative":
                # "up 9% since the start of the year": that day of the year of writing
                own = self._resolve_core(ref_span, ref, None)
                res = own if own.start and own.end and own.end <= ref else res
            point = (res.start, res.end) if res.start and res.end else None
            m.rules.append(ref_span.id_)
            if point and current is None and choice is None and self._from_to(ref_span):
                # "fell 3% from 12 to 18 August": the change runs over the whole range
                choice = (Period(self.ctx.text(ref_span), point[0], point[1]), point)
            if point and current:
                named = f"{self.ctx.text(ref_span)} {choice[0].text if choice else ''}"
                relation = (
                    None  # a change since X is cumulative, never one period on the one before
                    if since
                    else compare_periods(point, current, bool(QUARTER_NAMES.search(named)))
                )
                if (
                    not since
                    and relation is None
                    and (
                        YEAR_BACK.search(self.ctx.text(ref_span))
                        or self.ctx.tokens.lower[ref_span.start] == "over"
                    )
                    and year_before(point, current)
                ):
                    # "higher this year compared with last year", "sales in November and
                    # December will grow 3.5% over 2024": the same part of the year before
                    relation = "year_on_year"
                m.ref_basis = relation
                m.ref_running = relation is not None and point[0] == current[0]
                if (
                    choice is None
                    and res.kind == "relative"
                    and not NAMED_POINT.search(self.ctx.text(ref_span))
                ):
                    pass  # "fell 380,000 from a year earlier": a basis, but no period stated
                elif (
                    relation is None
                    and not since
                    and point[0] == point[1] < current[0] == current[1]
                ):
                    # "at the end of 2025 ..., up 0.6% over the end of the second quarter": a
                    # point in time compared with an earlier point stays a point, a month,
                    # quarter or year after it
                    apart = _month_index(current[0]) - _month_index(point[0])
                    m.ref_basis = _POINT_BASES.get(apart)
                    choice = (Period(self.ctx.text(ref_span), current[0], current[1]), current)
                elif (
                    relation is None
                    and not since
                    and choice is not None
                    and choice[1] == current
                    and not choice[0].text.lower().startswith("on ")  # a day things happened
                    and (months := _unit_before_point(point, current)) is not None
                ):
                    # "stocks at the end of March fell 3.4% from February": a point in time
                    # set against the month (quarter, year) before it is set against that
                    # one's end; it stays a point
                    m.ref_basis = _POINT_BASES[months]
                elif (
                    relation is None
                    and not since
                    and choice is not None
                    and not carried
                    and choice[1] == current
                    and (
                        like := _like_period_before(
                            point, current, bool(QUARTER_NAMES.search(named))
                        )
                    )
                    is not None
                ):
                    # "down 1,900 from March" in June, "0.3 point lower than in the second
                    # quarter", "up 0.5% in April-May from March-April": a like period shortly
                    # before is the one compared; the figure stays of its own period
                    m.ref_basis = like
                elif relation is None and point[0] < current[0]:
                    m.ref_back = True
                    choice = (
                        Period(self.ctx.text(ref_span), point[0], current[1]),
                        (point[0], current[1]),
                    )
                elif relation is not None and not (choice and choice[1] == current):
                    # (the number's own phrase, when it names the current period, stays)
                    choice = (Period(self.ctx.text(ref_span), current[0], current[1]), current)
        return choice

    def _compared_after_comma(self, m: Mention, r: Span, mentions: list[Mention]) -> bool:
        """Whether a comparison is set off by a comma right after the number ("an increase
        of £4.9 billion, or 6.0%, compared with September 2024"), with no other clause
        between: only the comma, or a restatement of the number ("£4.9 billion, or 6.0%,")."""
        text, lower = self.ctx.tokens.text, self.ctx.tokens.lower
        t = m.span.end
        while t < r.start:
            nxt = next((n for n in mentions if n.span.start == t + 2), None)
            if text[t] == "," and t + 1 == r.start:
                return True
            if text[t] == "," and lower[t + 1 : r.start] in (
                ("compared", "with"),
                ("compared", "to"),
            ):
                return True  # "..., compared with the three months to February"
            if (PERIODS_TOKENS, t) in self.cue_at and lower[t] != ",":
                t += 1  # past the number's own period: "0.5% in the three months to May, ..."
                continue
            if text[t] == "," and lower[t + 1] == "or" and nxt is not None:
                t = nxt.span.end  # "..., or 6.0%"
                continue
            return False
        return False

    def _respective_periods(
        self,
        sent: Sentence,
        mentions: list[Mention],
        chosen: list[Span | None],
        ref: date | None,
        anchor: tuple[date, date] | None,
    ) -> None:
        """ "49.3 and 49.0 in January and February, respectively": two numbers that share a
        phrase naming two periods take one each, in order."""
        from ..periods import period_ends

        lower = self.tokens.lower
        if "respectively" not in lower[sent.start : sent.end]:
            return
        for p in {id(c): c for c in chosen if c is not None}.values():
            owners = [i for i, c in enumerate(chosen) if c is p]
            text = self.ctx.text(p)
            if len(owners) != 2 or " and " not in text or p[0].lower_ == "between":
                continue
            ends = period_ends(text, ref, anchor, self.ctx.fiscal_country)
            if ends is None:
                continue
            for i, end in zip(owners, ends, strict=True):
                mentions[i].period = Period(text, end.start, end.end)
                mentions[i].period_dates = (end.start, end.end) if end.start and end.end else None

    def _from_to(self, span: Span) -> bool:
        """Whether a phrase runs "from X to Y" (not "from X" alone)."""
        return span[0].lower_ == "from" and bool(RANGE_WORDS.search(self.ctx.text(span)[5:]))

    def _within_year(
        self,
        m: Mention,
        choice: tuple[Period, tuple[date, date] | None],
        governing: list[Span],
        ref: date | None,
    ) -> tuple[Period, tuple[date, date] | None] | None:
        """ "In the April-December period, output rose 4% in FY25": months named without a
        year earlier in the sentence are that part of the number's year."""
        dates = choice[1]
        if dates is None or (dates[1] - dates[0]).days < 360:
            return None
        first = self.ctx.sentences[m.sentence].start
        part = next(
            (
                p
                for p in governing
                if p.end <= m.span.start
                # not the period of an earlier number: "kept it at 1% in June and expects 0.4%
                # in 2025"
                and not any((QUANT_TOKENS, t) in self.cue_at for t in range(first, p.start))
                and not any(ch.isdigit() for ch in self.ctx.text(p))
                and ANAPHORIC_PERIOD.search(self.ctx.text(p)) is None
                and MONTH_NAME.search(self.ctx.text(p))
            ),
            None,
        )
        if part is None:
            return None
        res = self._resolve(part, ref, dates)
        if res.start is None or res.end is None or res.start == res.end:
            return None
        if not dates[0] <= res.start <= res.end <= dates[1]:
            return None
        return Period(self.ctx.text(part), res.start, res.end), (res.start, res.end)

    def _compared_period(
        self,
        r: Span,
        governing: list[Span],
        ref: date | None,
        anchor: tuple[date, date] | None,
    ) -> tuple[date, date] | None:
        """The period a comparison point is compared with: the one named just before it."""
        before = [p for p in governing if p.end <= r.start]
        if not before:
            return None
        res = self._resolve(before[-1], ref, anchor)
        return (res.start, res.end) if res.start and res.end else None
