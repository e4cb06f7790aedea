"""The period each number refers to, and comparison periods."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span

from ..period_calendar import (  # the calendar's month arithmetic
    _month_index,
    _months_span,
    _whole_months,
)
from ..records import Period
from .context import DocContext
from .credit_words import POLICY_WORDS
from .period_compare import PeriodComparisons
from .period_phrases import unit_of
from .structures import Mention, Sentence
from .text import month_of
from .vocabulary import (
    ANAPHORIC_PERIOD,
    BASES,
    CHANGES,
    CLAUSE_OPENERS,
    FUNCTION_WORDS,
    ODDS_NOUNS,
    PER_UNITS,
    PERIODS_TOKENS,
    QUALIFIERS,
    QUANT_TOKENS,
    RATE_MOVES,
    STOPWORDS,
)

#: Words that open a relative clause: "which now reaches".
_RELATIVES = frozenset(("which", "that", "who"))
#: A year told so far: "this year", "so far this year", "for the year".
_YEAR_SO_FAR = re.compile(r"^(?:so far |for )?(?:this|the) year$", re.IGNORECASE)
#: Words between a phrase and the next number that make the phrase that number's.
_LEADING_LINKS = frozenset("at of by was is seen put around about".split())
#: Forecasts whose value follows them: "its 2026 projection at 1.6%".
_FORECAST_NOUNS = frozenset("forecast forecasts projection projections outlook".split())
#: Nouns ending the name of a figure a year dates: "the 2026 coffee crop", "its 2027 deficit".
_YEAR_FIGURES = frozenset(
    "total deficit surplus output production harvest crop growth inflation budget estimate "
    "estimates target targets guidance".split()
)
#: Words of a range a leading year's figure is set to: "its 2026 forecast to a range of 1%".
_RANGE_WORDS = frozenset("a range of between".split())

#: The rule of "full-year" before a noun: the time of the figures that noun heads after it
#: ("its full-year target of 5.5%"), not of one before it ("61% of the full-year target had
#: been met by March 9") when the sentence names another time.
_OUTLOOK_YEAR = "period.full_year_modifier"
#: Verbs of a stock's level at a point in time: "capacity stood at 7.9 bcm".
_STOCK_VERBS = frozenset(("stood", "stand", "stands", "standing"))
#: The rule of "now", "currently": a time, but the weakest one of a sentence.
_VAGUE_NOW = "period.vague_now"
#: Words of a policy setting that holds "now" whatever time a paragraph has dated: "tariffs
#: now stand at", "the benchmark rate currently sits at", "borrowing costs now stand at".
_POLICY_SETTINGS = POLICY_WORDS | frozenset("borrowing benchmark repo policy".split())
#: The rule of "the eight months": the span of that many months named before.
_SPAN_MONTHS = "period.the_n_months"
#: Words after "the N months" that go on to name the span: "the six months to June".
_SPAN_GOES_ON = frozenset("between to through ending ended from since up".split())


#: Currencies a rate of exchange is told against: "846.20 to the dollar".
_UNIT_CURRENCIES = frozenset("dollar greenback euro yen sterling pound yuan franc rupee".split())


# Nouns of a standing target a number is: "the 2% target", "a ceiling of 4.5%".
_TARGET_NOUNS = frozenset("target targets goal ceiling band midpoint objective".split())
# Nouns before "of" that make the number a standing target, not one for a stated period.
_STANDING_BEFORE_OF = frozenset("ceiling midpoint".split())
# What a range or band is of when it is a target: "target range", "tolerance band".
_RANGE_KINDS = frozenset("target control tolerance comfort".split())
# Words of the prices an inflation target is about.
_PRICE_WORDS = frozenset("inflation cpi cpif hicp prices price".split())
#: Words of share prices and of the trading sessions they move in ("Shares fell 3% in
#: extended trading").
_SHARE_WORDS = frozenset(("shares", "stock", "stocks"))
_TRADING_WORDS = frozenset(("trading", "premarket", "pre-market", "after-hours", "session"))
#: The first months of a span, its span unnamed: "Revenues in the first five months rose"
#: (after "April to August, the first five months of fiscal 2025-26" in an earlier paragraph).
_FIRST_MONTHS_ALONE = re.compile(r"\bfirst (\w+) months$", re.I)
# The other names of the first months of a year: "the first half of the 2025-26 fiscal year ...
# in the first six months".
_SAME_SPAN_NAMES = {
    "three": ("first quarter of ",),
    "six": ("first half of ",),
    "nine": ("first three quarters of ", "first nine months of "),
}
# A half written alone: "In the first half", "in H1", "during the second half".
_HALF_ALONE = re.compile(
    r"^(?:(?:in|during|for|over) )?(?:the )?(?:(?:first|second|1st|2nd)[ -]half|h[12])$", re.I
)
# "in the 12 months to September 2025": read as the last month (the month of a 12-month rate)
# unless what the sentence measures is summed over the twelve months (see `_twelve_month_sums`).
_TWELVE_MONTHS_TO = re.compile(r"\b(?:12|twelve) months (?:to|through|till|until|up to)\b", re.I)
#: A time a year back from the one in hand: "a year earlier", "a year ago", "the year before".
_YEAR_BACK = re.compile(r"^(?:(?:a|one) year (?:earlier|ago|before)|the year before)$", re.I)
# Words of what is measured at a time, not summed over one: prices, rates and levels.
_LEVEL_WORDS = _PRICE_WORDS | frozenset(
    "rate rates growth rent rents cost costs index average mean gauge level levels yield "
    "yields stock stocks outstanding".split()
)
# Words of what is summed over a span: flows of goods, money, events.
_FLOW_WORDS = frozenset(
    "total totalled totaled totalling totaling cumulative sum lost production output produced "
    "exports imports shipments sales sold orders approvals insolvencies bankruptcies deficit "
    "surplus demand consumption generation arrivals visitors inflows outflows registrations "
    "disputes strikes created issued".split()
)
# Words of a previous target, which is of the period of the figure it is set against.
_EARLIER_WORDS = frozenset("earlier previous prior original".split())
#: Nouns and verbs of an aim a band of figures is set as: "its target of 1% to 3%" (not "a
#: narrow band of between 31 and 36 EUR/MWh", where prices moved).
_AIMS = frozenset("target targets targeted goal objective".split())
#: Verbs of keeping a standing aim: "the central bank, which targets 2% inflation".
_AIM_VERBS = frozenset("targets targeting aims".split())
#: Words of a tolerance told beside an aim: "7%, plus or minus 2 percentage points,".
_BAND_ASIDE = frozenset(
    ", plus or minus ± give take a percentage point points pct per cent %".split()
)
#: Words between the bounds of a band: "1% to 3%", "between 5% and 7%", "2–4%".
_BAND_LINKS = frozenset(("to", "and", "-", "–", "—"))
#: The band around a target: "3% plus or minus one percentage point".
_PLUS_OR_MINUS = ("plus", "or", "minus")
# Words of an earlier estimate a figure was revised from: "revised up from 4.0%", "a
# previously reported 0.4%", "initially reported as 2.1%".
_EARLIER_ESTIMATE_WORDS = frozenset(
    "revised previously initially originally first earlier-reported initial".split()
)


#: "in the quarter", "during the month": the unit a text is about, named again.
_UNIT_NAMED_AGAIN = re.compile(r"^(?:in|during|over) the (?:month|quarter)$", re.I)
#: "in the latest quarter", "the most recent month", "over the latest three months": the last
#: such unit the text is about.
_LATEST_UNIT = re.compile(
    r"^(?:in|for|during|over)?\s*the (?:latest|most recent) (?:month|quarter|three months)$",
    re.I,
)
#: "in the eight months", "over the two months": the span of that many months named last.
_MONTHS_ALONE = re.compile(r"^(?:in|during|over|for)?\s*the (\w+) months$", re.I)
_MONTH_COUNTS = {
    w: i for i, w in enumerate("two three four five six seven eight nine ten eleven".split(), 2)
}
#: Units whose "the quarter", "the latest month" is the latest one a text has told of.
_LATEST_UNITS = frozenset(("month", "quarter"))
#: How many words may stand between a level and the "from" of the value it moved from: "to
#: 16.87 dlrs a barrel from", "fell to 0.3%, its lowest since 2020, from".
_FROM_AFTER_LEVEL = 3
#: Words that set a value against the level before it: "from 2.6%", "against 4.97 mt", "(vs
#: 81.8)", "after a surplus of 0.2 billion".
_COMPARED_LEADS = frozenset("from against vs vs. versus after".split())
#: A crop or marketing year written as a label: "2025/26", "the current 2024/25".
_SEASON_YEAR = re.compile(
    r"^(?:(?:for|in) )?(?:the )?(?:current )?(?:19|20)\d\d ?[/\-\u2013] ?\d\d(?:\d\d)?$", re.I
)
#: Nouns after a crop year that make it the name of a crop sold: "for the 2025/26 marketing
#: year".
_SEASON_NOUNS = frozenset("marketing season".split())
_DAYS_OF_A_WEEK = 7
# Words after a period phrase set off by a comma that close its clause: "..., in the quarter
# from $22.1 billion", "..., in the 12 months to September 2024, up from".
#: Nouns of a meeting whose date a phrase "at its ... meeting" names.
_MEETING_WORDS = frozenset("meeting review".split())
_SET_OFF_FOLLOWERS = frozenset("as while amid after from to compared versus vs against".split())
# Nouns of a norm whose defining years may follow in brackets: "the five-year average (2019
# and 2021 to 2024)".
#: Verbs after which a time pointing back dates the saying: "projected three months earlier".
_SAYING_VERBS = frozenset(
    "projected forecast forecasted predicted expected estimated said reported announced".split()
)
_AVERAGE_NOUNS = frozenset("average averages baseline norm mean".split())
#: Words that tell a share in a clause of its own: "which makes up about", "accounting for".
_SHARE_VERBS = frozenset(
    "make makes made making up account accounts accounted accounting for represent represents "
    "representing comprise comprises constitute constitutes take takes absorb absorbs meet "
    "meets a an the".split()
)
#: Nouns of the level a figure is a percentage of: "98% of its February 2020 level".
_BASE_LEVELS = frozenset("level levels value values peak".split())


class PeriodAttacher(PeriodComparisons):
    """Decides `period` and `period_dates`, and `ref_basis`/`ref_local` of comparison points.

    It remembers the last month, quarter and year that a number of the document referred
    to, so that "in the quarter" in a paragraph about a year still means the quarter the
    text is about.
    """

    def __init__(self, ctx: DocContext) -> None:
        super().__init__(ctx)
        self.last_by_unit: dict[str, tuple[date, date]] = {}
        # The latest month and quarter a number referred to, over by the reference date.
        self.latest_by_unit: dict[str, tuple[date, date]] = {}
        # The last span of so many whole months a number referred to ("April-November").
        self.last_by_months: dict[int, tuple[date, date]] = {}
        # The last period a sentence with no number named ("At its meeting last month, the
        # bank paused"): the time of an event told, not of figures.
        self.narrated: Period | None = None
        # The last point in time a number of the paragraph was of ("rose to 1,792 at the end
        # of September"): (paragraph, its period, its dates), for the stocks told after it.
        self._point: tuple[int, Period, tuple[date, date]] | None = None
        # The day of the week the paragraph last named ("Robinhood on Wednesday reported"):
        # (paragraph, its period, its dates), for the share moves told after it.
        self._day: tuple[int, Period, tuple[date, date]] | None = None

    def _remember_day(self, sent: Sentence, periods: list[Span], ref: date | None) -> None:
        """Keep the last day of the week a sentence names, for `_trading_days`."""
        for p in periods:
            if self.is_weekday(p):
                res = self._resolve(p, ref, None)
                if res.start and res.end:
                    period = Period(self.ctx.text(p), res.start, res.end)
                    self._day = (sent.paragraph, period, (res.start, res.end))

    def _trading_days(
        self,
        sent: Sentence,
        mentions: list[Mention],
        carry: tuple[Period, tuple[date, date] | None] | None,
    ) -> None:
        """ "Robinhood on Wednesday reported second-quarter results ... Shares fell about 3% in
        extended trading", "FedEx shares rose 3% in extended trading Thursday after it reported
        fiscal second-quarter results": a move of a share price in trading is of the trading
        day, the one its sentence or paragraph named (not the quarter the results are of),
        else of no period; one its own phrase dates stays ("up 8% this year")."""
        day = self._day if self._day is not None and self._day[0] == sent.paragraph else None
        for m in mentions:
            if m.period_dates is not None and m.period_dates[0] == m.period_dates[1]:
                continue  # a day of its own
            if not self._trading_move(sent, m):
                continue
            own = m.period is not None and (carry is None or m.period is not carry[0])
            if own and not self._results_after(sent, m):
                continue
            m.period, m.period_dates = (day[1], day[2]) if day else (None, None)

    def _results_after(self, sent: Sentence, m: Mention) -> bool:
        """Whether the sentence reports results after the figure, whose period its own phrase
        may be ("... after the delivery company reported fiscal second-quarter results")."""
        return any(
            self.tokens.lower[k] in ("reported", "reporting", "posted", "results")
            for k in range(m.span.end, sent.end)
        )

    def _trading_move(self, sent: Sentence, m: Mention) -> bool:
        """Whether a figure moves a share price in a trading session: "shares" or "stock"
        shortly before it, and "trading", "premarket" or "after-hours" in its sentence."""
        if m.unit != "percent":
            return False
        lower = self.tokens.lower
        before = lower[max(sent.start, m.span.start - 8) : m.span.start]
        if not _SHARE_WORDS.intersection(before):
            return False
        return not _TRADING_WORDS.isdisjoint(lower[sent.start : sent.end])

    def _unit_anchor(
        self, p: Span, anchor: tuple[date, date] | None, told: bool = False
    ) -> tuple[date, date] | None:
        """The anchor for "the quarter", "the month": the last such unit named, when the
        paragraph's own period is of another length; when the paragraph has not `told` its
        own, the latest such unit a figure was of, if later."""
        text = self.ctx.text(p)
        months = _MONTHS_ALONE.match(text)
        if months is not None:
            # "during April-November ... In November alone ... in the eight months": the span
            # of that many months named last
            count = _MONTH_COUNTS.get(months.group(1).lower())
            return self.last_by_months.get(count, anchor) if count else anchor
        found = ANAPHORIC_PERIOD.search(text) or _LATEST_UNIT.search(text)
        if found is None:
            return anchor
        unit = text.lower().split()[-1]
        unit = "quarter" if unit == "months" else unit  # "the latest three months"
        last = self.last_by_unit.get(unit)
        if last is not None and (anchor is None or unit_of(anchor) != unit):
            anchor = last
        latest = self.latest_by_unit.get(unit)
        if not told and latest is not None and anchor is not None and unit_of(anchor) == unit:
            # "Q2 2025 ... from 1.1 TWh in Q2 2024. Flows reached 104 TWh in the quarter":
            # the quarter is the latest one told of, not one a figure was compared with
            return max(anchor, latest, key=lambda span: span[1])
        return anchor

    def _first_months_named(self, p: Span, ref: date | None) -> tuple[date, date] | None:
        """ "Revenues in the first five months rose": the dates of the span an earlier phrase
        called the first five months of something ("April to August, the first five months of
        fiscal 2025-26"); None when none did (they are then the year's)."""
        from ..components import PERIODS

        found = _FIRST_MONTHS_ALONE.search(self.ctx.text(p))
        if found is None:
            return None
        count = found.group(1).lower()
        named = (f"first {count} months of ", *_SAME_SPAN_NAMES.get(count, ()))
        for spans in self.ctx.sentence_spans[PERIODS].values():
            for q in spans:
                if q.start >= p.start:
                    return None
                if any(n in self.ctx.text(q).lower() for n in named):
                    res = self._resolve(q, ref, None)
                    return (res.start, res.end) if res.start and res.end else None
        return None

    def _financial_year_named(self, p: Span, ref: date | None) -> tuple[date, date] | None:
        """ "... in the first half (April-September) of FY26 ... In the first half, sales to
        OEMs rose": the dates of the financial year, or half of one, named last before a half
        written alone, which is then a half of that year (see `_Resolver._fiscal_half`); None
        when the last whole year or half named before is a calendar one, or none is."""
        from ..components import PERIODS

        if not _HALF_ALONE.match(self.ctx.text(p)):
            return None
        spans = self.ctx.sentence_spans[PERIODS].values()
        before = [q for sent_spans in spans for q in sent_spans if q.end <= p.start]
        for q in reversed(before):
            res = self._resolve(q, ref, None)
            if res.start is None or res.end is None:
                continue
            if _whole_months((res.start, res.end)) in (6, 12):
                return None if res.start.month in (1, 7) else (res.start, res.end)
        return None

    def sentence_period(
        self,
        sent: Sentence,
        periods: list[Span],
        ref: date | None,
        doc_anchor: tuple[date, date] | None,
    ) -> tuple[Period, tuple[date, date] | None] | None:
        self._remember_day(sent, periods, ref)
        for p in periods:
            if self._is_reference(p) or self.is_weekday(p):
                continue  # a day of the week frames no sentence after it
            res = self._resolve(p, ref, doc_anchor)
            if res.kind in ("absolute", "deictic") and res.start and res.end:
                self.narrated = Period(self.ctx.text(p), res.start, res.end)
                return self.narrated, (res.start, res.end)
            if doc_anchor is not None and _UNIT_NAMED_AGAIN.match(self.ctx.text(p)):
                # "Other hubs tracked the TTF closely in the quarter. The German THE traded at
                # a premium of 0.6 EUR/MWh": the quarter the text is about frames what follows
                res = self._resolve(p, ref, self._unit_anchor(p, doc_anchor))
                if res.start and res.end:
                    self.narrated = Period(self.ctx.text(p), res.start, res.end)
                    return self.narrated, (res.start, res.end)
        return None

    def _stock_point(
        self,
        sent: Sentence,
        mentions: list[Mention],
        carry: tuple[Period, tuple[date, date] | None],
    ) -> tuple[Period, tuple[date, date] | None] | None:
        """The point in time a stock told with no time of its own is of: "The number of
        plants rose to 1,792 at the end of September. Of the 91 built in the quarter, 64
        are on the grid. Capacity stood at 7.9 bcm": a level that "stood at" some value,
        in a paragraph whose period is a span ending on (or holding) the last point a number
        of it was of, is of that point; else None."""
        point = self._point
        dates = carry[1]
        if point is None or dates is None or point[0] != sent.paragraph or dates[0] == dates[1]:
            return None
        if not dates[0] <= point[2][0] <= dates[1]:
            return None
        lower = self.tokens.lower
        first = mentions[0].span.start
        stood = any(
            lower[t] in _STOCK_VERBS and lower[t + 1] == "at" for t in range(sent.start, first)
        )
        return (point[1], point[2]) if stood else None

    def _setting_now(self, p: Span, sent: Sentence) -> bool:
        """Whether "now" / "currently" tells of a policy setting in force, named in the
        words before it: "Tariffs now stand at 10%", "Borrowing costs now stand at", "the
        benchmark rate currently sits at"."""
        lower = self.tokens.lower
        return any(
            lower[t] in _POLICY_SETTINGS for t in range(max(sent.start, p.start - 6), p.start)
        )

    def _past_unit_tail(self, m: Mention, sent: Sentence) -> int:
        """Where the words after a number stop telling what it is counted in: after "per 10
        grams", "to the dollar" and a bracketed short form of its unit ("(mcm/d)"), so that
        a phrase there is right after the number ("fixed at 846 to the dollar on Monday",
        "rose to 512 million cubic metres a day (mcm/d) on Monday")."""
        lower, end = self.tokens.lower, m.span.end
        if (
            end + 2 < sent.end
            and lower[end] == "per"
            and self.tokens.like_num[end + 1]
            and self.tokens.is_alpha[end + 2]
        ):
            end += 3  # "76,420 rupees per 10 grams"
        elif (
            end + 2 < sent.end
            and lower[end] in ("to", "against", "per")
            and lower[end + 1] in ("the", "one", "a", "each")
            and lower[end + 2] in _UNIT_CURRENCIES
        ):
            end += 3  # "846.20 to the dollar"
        elif end + 1 < sent.end and lower[end] in ("a", "an", "per"):
            end += 2  # "512 million cubic metres a day"
        close = next(
            (x for x in range(end + 1, min(end + 6, sent.end)) if lower[x] == ")"), None
        )
        if (
            end < sent.end
            and lower[end] == "("
            and close is not None
            and not any(self.tokens.like_num[x] for x in range(end + 1, close))
        ):
            end = close + 1  # "(mcm/d)", "(bpd)": the unit again, in short
        return end

    def _leads(self, p: Span, nxt: Mention | None) -> bool:
        """ "... at 7 per cent and in Q4FY26 at 6.5 per cent", "and in April by 2%": a phrase
        set right before the next number (with "at", "of", "by", "seen at") is that number's,
        not the one before it."""
        if nxt is None or p.end >= nxt.span.start:
            return False
        lower, start = self.tokens.lower, p.end
        if lower[start] in _FORECAST_NOUNS:
            start += 1  # "... from 2.2% and kept its 2026 projection at 1.6%": the forecast's
        else:  # years are the figure's it is kept or moved at
            start = self._past_figure_name(p, nxt.span.start)
        return all(
            lower[t] in _LEADING_LINKS
            or (start > p.end and (lower[t] == "to" or lower[t] in _RANGE_WORDS))
            or (QUALIFIERS, t) in self.cue_at
            for t in range(start, nxt.span.start)
        )

    def _past_figure_name(self, p: Span, limit: int) -> int:
        """Where the name of a figure that a bare year before it dates ends, or the phrase's
        end when none follows: "its 2027 export growth forecast to 3.1%", "sees 2026 wheat
        output at 80 million tonnes" name the year's figure, whose value follows (a name of
        up to four words, ending in a figure or forecast noun)."""
        lower, tokens = self.tokens.lower, self.tokens
        if p.end - p.start != 1 or not tokens.like_num[p.start]:
            return p.end
        end = p.end
        for k in range(p.end, min(limit, p.end + 4)):
            if not tokens.is_alpha[k] or lower[k] in FUNCTION_WORDS:
                break
            if lower[k] in _FORECAST_NOUNS or lower[k] in _YEAR_FIGURES:
                end = k + 1
        return end

    def _possessive_before(self, m: Mention, periods: list[Span]) -> Span | None:
        """The period phrase told in the possessive right before a number, past qualifiers:
        "November's 455,000 tonnes", "the previous quarter's 1.7%", or before the figure it
        names: "September's total of $52.4 billion", "last week's upwardly revised level of
        231,000", "March's six-month high of 104.2"; else None."""
        lower = self.tokens.lower
        t = m.span.start - 1
        while t > 0 and (QUALIFIERS, t) in self.cue_at:
            t -= 1
        if t > 1 and lower[t] == "of":
            k = t - 1  # the figure's name: words, no number, link or change between
            while (
                k > 0
                and t - k <= 5
                and (self.tokens.is_alpha[k] or lower[k] == "-")
                and lower[k] not in STOPWORDS
                and (CHANGES, k) not in self.cue_at
            ):
                k -= 1
            if k < t - 1 and lower[k] in ("'s", "’s"):
                t = k
        if t < 1 or lower[t] not in ("'s", "’s"):
            return None
        return next((p for p in periods if p.end in (t, t + 1)), None)  # ("'s" in it or not)

    def _when_clause_period(self, m: Mention, sent: Sentence, periods: list[Span]) -> Span | None:
        """The period a ", when ..." clause holding the number points back to: "than in 2024,
        when they had risen 3.7%", "from 51% in 2023, when 63.0 GW were installed"."""
        lower, text = self.tokens.lower, self.tokens.text
        t = m.span.start - 1
        while t > sent.start and lower[t] != "when":
            if text[t] in (",", ";", ":") or (QUANT_TOKENS, t) in self.cue_at:
                return None
            t -= 1
        if lower[t] != "when" or t - 1 <= sent.start or text[t - 1] != ",":
            return None
        return next((p for p in periods if p.end == t - 1), None)

    def _set_off(self, origin: int, p: Span, sent: Sentence) -> bool:
        """A phrase set off by commas right after the number: "rose 2.9%, to £292,000, in
        the 12 months to September 2024, up from ..." (not "5%, in March exports fell"), or
        ending a headline's clause ("..., or 1.3% of GDP, in Q2FY26 as trade gap swells"), or
        before the value it is compared with ("..., or $1.44 a share, in the quarter from
        $22.1 billion")."""
        text, lower = self.ctx.tokens.text, self.ctx.tokens.lower
        start, end = p.start, p.end
        at = self._at_a_meeting(p)
        noun = end + (end < sent.end and lower[end] == "policy")  # "its Jan. 28 policy review"
        if at is not None and noun < sent.end and lower[noun] in _MEETING_WORDS:
            # "a further cut, to 2.25%, at its Nov. 26 meeting": the meeting's phrase
            start, end = at, noun + 1
        return (
            start == origin + 1
            and text[origin] == ","
            and (
                end >= sent.end
                or text[end] in (",", ";", ".", ")")
                or lower[end] in _SET_OFF_FOLLOWERS
            )
        )

    def _running_since(
        self, m: Mention, references: list[Span], ref: date | None
    ) -> tuple[Period, tuple[date, date]] | None:
        """ "Inspections since September 1 totalled ...", "exports so far since June stand at":
        in a sentence with no other period, a "since" phrase before the number names a running
        total, from that point to the day of writing."""
        if ref is None:
            return None
        lower = self.tokens.lower
        for r in references:
            if r.end > m.span.start or lower[r.start] != "since":
                continue
            between = range(r.end, m.span.start)
            if len(between) > 5 or any(
                (QUANT_TOKENS, k) in self.cue_at
                or self.tokens.text[k] in (",", ";", "(")
                or lower[k] in ("and", "but", "which", "who")
                for k in between
            ):
                continue  # not the subject of the number's verb: "since June, targets 3%"
            res = self._resolve_core(r, ref, None)
            if res.start is not None and res.start <= ref:
                return Period(self.ctx.text(r), res.start, ref), (res.start, ref)
        return None

    def _standing_target(self, m: Mention, own: Span | None) -> bool:
        """Whether a number is a standing inflation target ("the 2% target", "its 2% to 4%
        target band", "a ceiling of 4.5%") whose period phrase, if any, is not its own ("a
        target of 5.5% for 2025"); a policy rate's target range is set at a date and keeps it."""
        lower = self.tokens.lower
        n = self.tokens.n
        after = [
            t
            for t in range(m.span.end, min(n, m.span.end + 6))
            if lower[t] not in ("to", "-", "–", "%", "per", "cent", "inflation", "percent")
            and (QUANT_TOKENS, t) not in self.cue_at
        ][:2]
        before = list(lower[max(0, m.span.start - 3) : m.span.start])

        def ranged(t: int) -> bool:  # "target range", "control range", "tolerance band"
            return lower[t] in ("range", "band") and lower[t - 1] in _RANGE_KINDS

        k = m.span.start - 1
        k -= k >= 0 and lower[k] == "between"
        aim_verb = next(
            (t for t in range(m.span.start - 1, max(-1, m.span.start - 6), -1)
             if lower[t] in _AIM_VERBS),
            None,
        )
        named = (
            any(lower[t] in _TARGET_NOUNS or ranged(t) for t in after)
            # "which targets 2% inflation", "targets CPI inflation of 2%"
            or (
                aim_verb is not None
                and all(
                    lower[t] in _PRICE_WORDS or lower[t] in ("of", "annual", "core", "headline")
                    for t in range(aim_verb + 1, m.span.start)
                )
            )
            # "the bank's target of 1% to 3%", "which targets inflation of 2% to 3%": a band
            or (
                k >= 0
                and lower[k] == "of"
                and self._opens_a_band(m)
                and not _AIMS.isdisjoint(lower[max(0, k - 3) : k])
            )
            # "a ceiling of 4.5%", "its target range of 1.5% to 3.5%"; not "a target of 13.5%"
            # (a target set for the period the sentence names)
            or (
                before[-1:] == ["of"]
                and any(
                    w in _STANDING_BEFORE_OF or ranged(m.span.start - 3 + k)
                    for k, w in enumerate(before)
                )
            )
        )
        if not named or not _EARLIER_WORDS.isdisjoint(
            lower[max(0, m.span.start - 5) : m.span.start]
        ):
            return False  # (not "up from an earlier target of 38 billion": that target's year)
        first = self.ctx.sentences[m.sentence].start
        if _PRICE_WORDS.isdisjoint(lower[first : min(n, m.span.end + 6)]):
            return False  # "to a target range of 3.75%-4%": the policy rate set that day
        if own is None:
            return True
        window = range(m.span.start - 6, m.span.end + 8)
        if aim_verb is not None and own.start >= m.span.end:
            # "which targets inflation of 3%, held rates in October": another clause's time
            # (not "targets inflation of 7%, plus or minus 2 points, in the fourth quarter")
            between = range(m.span.end, own.start)
            return any(self.tokens.text[t] in (",", ";") for t in between) and not all(
                lower[t] in _BAND_ASIDE or (QUANT_TOKENS, t) in self.cue_at for t in between
            )
        return not (own.start in window or own.end - 1 in window)

    def _opens_a_band(self, m: Mention) -> bool:
        """Whether a number opens a band: "1% to 3%", "between 5% and 7%", "3% plus or
        minus one percentage point"."""
        lower, n, end = self.tokens.lower, self.tokens.n, m.span.end
        if end + 1 < n and lower[end] in _BAND_LINKS:
            return (QUANT_TOKENS, end + 1) in self.cue_at
        return lower[end : end + 3] == _PLUS_OR_MINUS

    def _other_bound(self, first: Mention, m: Mention) -> bool:
        """Whether a number is the other bound of a band opened by the number before it."""
        between = self.tokens.lower[first.span.end : m.span.start]
        return (len(between) == 1 and between[0] in _BAND_LINKS) or between == _PLUS_OR_MINUS

    def _twelve_month_sums(self, sent: Sentence, mentions: list[Mention]) -> None:
        """A flow summed over "the 12 months to September 2025" is of all twelve months
        ("612,000 working days were lost in the 12 months to September 2025", "production
        totalled 13.9 million bags in the 12 months through November, up 6%"); a price, a rate,
        a level or a change in a level there is of the last month ("consumer prices rose 3.8%
        in the 12 months to September", RECORDS.md's "in the year to June"; "84,000 fewer
        payrolled employees in the 12 months to December"), which the phrase reads as."""
        words = self.tokens.lower[sent.start : sent.end]
        if not _LEVEL_WORDS.isdisjoint(words) or _FLOW_WORDS.isdisjoint(words):
            return
        for m in mentions:
            if m.period is None or m.period_dates is None or m.period.start is None:
                continue
            first, last = m.period_dates
            if (first.year, first.month) != (last.year, last.month):
                continue  # already a span ("the 12 months ending September")
            if not _TWELVE_MONTHS_TO.search(m.period.text):
                continue
            start = _months_span(_month_index(last) - 11, _month_index(last))[0]
            m.period = Period(m.period.text, start, last)
            m.period_dates = (start, last)
        ends = {
            _month_index(m.period_dates[1])
            for m in mentions
            if m.period is not None
            and m.period_dates is not None
            and _TWELVE_MONTHS_TO.search(m.period.text)
            and _whole_months(m.period_dates) == 12
        }
        for m in mentions:
            # "214,000 workers were involved in disputes in the 12 months to September 2025,
            # down from 532,000 a year earlier": the sum a year back is of twelve months too
            if m.period is None or m.period_dates is None or not _YEAR_BACK.match(m.period.text):
                continue
            first, last = m.period_dates
            if _whole_months((first, last)) == 1 and _month_index(last) + 12 in ends:
                start = _months_span(_month_index(last) - 11, _month_index(last))[0]
                m.period = Period(m.period.text, start, last)
                m.period_dates = (start, last)

    def _paired_earlier_values(self, mentions: list[Mention], owners: dict[int, Span]) -> None:
        """ "Inflation rose to 3.1% in July from 2.8% in June, while core inflation eased to
        2.4% from 2.6%": a value compared that names no time of its own, set against a level of
        the time an earlier pair's level is of, is of the time of that pair's value compared
        (2.6% is June's), not of its level's."""
        pairs: list[tuple[Mention, Mention]] = []  # a level and its value compared
        for i, m in enumerate(mentions):
            if m.chain_kind != "from" or m.chained_to is None or m.period_dates is None:
                continue  # (not "above forecasts of 3.9%": the figure's own time)
            level = mentions[m.chained_to]
            if level.period_dates is None or not self._right_after_from(level, m):
                continue  # (not "estimates ranged from 19.6 to 22.0")
            if i in owners:
                if m.period_dates != level.period_dates:
                    pairs.append((level, m))
                continue
            earlier = next(
                (
                    v
                    for head, v in reversed(pairs)
                    if head is not level and head.period_dates == level.period_dates
                ),
                None,
            )
            if earlier is not None and m.period_dates == level.period_dates:
                m.period, m.period_dates = earlier.period, earlier.period_dates

    def _right_after_from(self, level: Mention, m: Mention) -> bool:
        """Whether a value is set right after its level ("from", "against", "vs", "after"), past
        the level's period if any: "to 2.4% from 2.6%", "to 3.1% in July from 2.8%", "to 59.1
        from a revised 58.9", "rose 7.0%, down from 7.4%", "at 5.12 mt, against 4.97 mt",
        "at 79.5 (vs 81.8)", "a deficit of 0.4 billion after a surplus of 0.2 billion"."""
        lower = self.tokens.lower
        t = m.span.start - 1
        if t - 1 > level.span.end and lower[t] == "of" and self.tokens.is_alpha[t - 1]:
            t -= 2  # "after a surplus of 0.2 billion": past what the value is
        while t > level.span.end and (
            lower[t] in _EARLIER_ESTIMATE_WORDS
            or lower[t] in ("a", "an", "the", "upwardly", "downwardly")
            or (QUALIFIERS, t) in self.cue_at
        ):
            t -= 1
        words = [
            k
            for k in range(level.span.end, t)
            if (PERIODS_TOKENS, k) not in self.cue_at
            and self.tokens.is_alpha[k]
            and lower[k] not in STOPWORDS
        ]
        lead = lower[t] in _COMPARED_LEADS or (
            lower[t] == "with" and lower[t - 1] in ("compared", "comparing")
        )  # "grew 4.1% in the third quarter, compared with 5.3% in Q2"
        return lead and len(words) <= _FROM_AFTER_LEVEL

    def _season_labels(
        self, governing: list[Span], carry: tuple[date, date] | None, ref: date | None
    ) -> set[int]:
        """The starts of crop or marketing years that name which crop is sold ("export sales
        for the 2025/26 marketing year came to 217,400 bales in the week ended July 10", "sales
        for the current 2024/25 season slumped to 28,100 bales"), when the sentence or its
        paragraph dates the figures by a week or a day: a label, not the figures' time."""
        lower = self.tokens.lower
        seasons = [
            p
            for p in governing
            if _SEASON_YEAR.match(self.ctx.text(p))
            and p.end < self.tokens.n
            and lower[p.end] in _SEASON_NOUNS
            and "for" in lower[max(0, p.start - 3) : p.start + 1]
        ]  # (not "cut its 2024/25 crop forecast", "in the current 2025-26 season")
        if not seasons:
            return set()

        def days(dates: tuple[date, date] | None) -> bool:
            return dates is not None and (dates[1] - dates[0]).days < _DAYS_OF_A_WEEK

        dated = days(carry) or any(
            days((res.start, res.end) if (res := self._resolve(p, ref, carry)).start else None)
            for p in governing
            if p not in seasons
        )
        return {p.start for p in seasons} if dated else set()

    def _earlier_estimate(self, m: Mention) -> bool:
        """Whether a number is the earlier estimate of a revised figure: "revised up from
        4.0%", "a previously reported loss of 32,000", "had initially been reported as 2.1%"."""
        lower = self.tokens.lower
        words = set(lower[max(0, m.span.start - 6) : m.span.start])
        return bool(words & _EARLIER_ESTIMATE_WORDS) and bool(words & {"from", "reported", "as"})

    def _past_share_base(self, m: Mention, sent: Sentence) -> int:
        """Where the words after a number start once what it is per or a share of is passed:
        "1.3 per cent of gross domestic product (GDP), in ..." -> the comma; "$4.96 a share,
        in ..." -> the comma; a count of parts, "four of the 18 industries surveyed by the
        institute reported growth in May" -> past "of the 18" (the whole the parts are of)."""
        lower, tokens = self.ctx.tokens.lower, self.ctx.tokens
        end = m.span.end
        if (
            m.unit == "count"
            and end + 3 < sent.end
            and lower[end] == "of"
            and lower[end + 1] in ("the", "its", "their")
            and tokens.like_num[end + 2]
            and tokens.is_alpha[end + 3]
        ):
            return end + 3
        if (
            end + 2 < sent.end
            and lower[end] in ("a", "an", "per")
            and lower[end + 1] in PER_UNITS
            and tokens.text[end + 2] == ","
        ):
            return end + 2  # "or $4.96 a share, in the quarter ended Sept. 30": past the unit
        if m.unit != "percent" or end >= sent.end or lower[end] != "of":
            return end
        k = end + 1
        while (
            k < sent.end
            and k - end <= 7
            and (tokens.is_alpha[k] or lower[k] in ("(", ")"))
            and lower[k] not in ("in", "for", "during", "on", "at", "by", "from", "to", "than")
            and (PERIODS_TOKENS, k) not in self.cue_at
        ):
            k += 1
        return k if k < sent.end and tokens.text[k] == "," and k - end > 1 else end

    def _move_dated_before(self, m: Mention, nxt: Mention) -> bool:
        """Whether the words between a move's size and the next number name the move and the
        period the next number took: "quarter-point [rate cut in December] at 67%"."""
        if m.unit not in ("percentage_point", "basis_point") or nxt.period is None:
            return False
        between = range(m.span.end, nxt.span.start)
        lower = self.tokens.lower
        if not any(lower[k] in RATE_MOVES for k in between[:4]):
            return False
        if any(self.tokens.is_punct[k] and self.tokens.text[k] != "-" for k in between):
            return False
        return nxt.period.text in self.tokens.span_text(m.span.end, nxt.span.start)

    def _years_of_an_average(self, p: Span) -> bool:
        """ "5.8% below the five-year average (2019 and 2021 to 2024)": the years in brackets
        after an average define it; they are not the time of the figure."""
        lower = self.tokens.lower
        for k in range(p.start - 1, max(0, p.start - 9), -1):
            if lower[k] in (")", ".", ";"):
                return False
            if lower[k] == "(":  # the bracket the phrase is in, and the word before it
                return lower[k - 1] in _AVERAGE_NOUNS
        return False

    def _when_said(self, p: Span) -> bool:
        """ "the 2.7% decline the Cabinet Office had projected three months earlier": a time
        back from the figures' right after a verb of forecasting or saying dates the saying,
        not the figure."""
        lower = self.tokens.lower
        return (
            p.start > 0
            and lower[p.end - 1] in ("earlier", "ago", "before", "previously")
            and lower[p.start - 1] in _SAYING_VERBS
        )

    def _past_session(self, p: Span) -> bool:
        """ "Monday's session", "Friday's close": a trading day told as over, which frames
        no sentence after it."""
        lower = self.tokens.lower
        return (
            self.is_weekday(p)
            and p.end + 1 < self.tokens.n
            and lower[p.end] in ("'s", "’s")
            and lower[p.end + 1] in ("session", "close")
        )

    def _base_of_100(self, p: Span) -> bool:
        """ "on a base of 1977 equal to 100", "(December 1982 base 100)", "base 2015 = 100":
        the period an index is set to 100 in."""
        lower, n = self.tokens.lower, self.tokens.n
        after = list(lower[p.end : min(n, p.end + 3)])
        hundred = any(w in ("100", "1000", "=100") for w in after)
        if hundred and after[:1] in (["base"], ["equal"], ["equals"], ["="], ["=100"]):
            return True
        before = list(lower[max(0, p.start - 2) : p.start])
        return before[-1:] == ["base"] or (before == ["base", "of"] and hundred)

    def _year_to_a_close(
        self, mentions: list[Mention], periods: list[Span], ref: date | None
    ) -> None:
        """ "The stock had gained 28% this year through Monday's close": a year to date told
        up to a session's close ends on that day."""
        lower = self.tokens.lower
        close = next(
            (
                p
                for p in periods
                if self._past_session(p)
                and p.start > 0
                and lower[p.start - 1] in ("through", "until", "till", "to")
            ),
            None,
        )
        if close is None or ref is None:
            return
        res = self._resolve(close, ref, (ref, ref))
        if res.start is None or res.start != res.end:
            return
        day = res.start
        for m in mentions:
            dates = m.period_dates
            if (
                m.period is not None
                and dates is not None
                and _YEAR_SO_FAR.match(m.period.text)
                and dates[0] == date(day.year, 1, 1)
                and dates[1] >= day
            ):
                m.period_dates = (dates[0], day)
                m.period = Period(m.period.text, dates[0], day)

    def _index_base(self, p: Span) -> bool:
        """ "98% of its February 2020 average level", "to 104% of their 2019 levels": the
        period whose level a figure is a percentage of is the base of an index, not its time."""
        lower, n = self.tokens.lower, self.tokens.n
        if self._base_of_100(p):
            return True
        k = p.start - 1
        if k >= 0 and lower[k] in ("its", "their", "the"):
            k -= 1
        if k < 0 or lower[k] != "of" or p.end >= n:
            return False
        e = p.end + (lower[p.end] in _AVERAGE_NOUNS and p.end + 1 < n)
        return lower[e] in _BASE_LEVELS or lower[p.end] in _AVERAGE_NOUNS

    def _share_aside(self, mentions: list[Mention], i: int, sent: Sentence) -> int | None:
        """The first number after a share told in a clause set off by commas ("Diesel, which
        makes up nearly half of demand, fell 3%", "Car sales, about 40% of turnover, rose
        3%"), other than a value compared with; else None."""
        m = mentions[i]
        text, lower = self.tokens.text, self.tokens.lower
        if m.unit not in ("percent", "fraction") or lower[m.span.end : m.span.end + 1] != ("of",):
            return None
        floor = max(sent.start, m.span.start - 9)
        opening = next((t for t in range(m.span.start - 1, floor - 1, -1) if text[t] == ","), None)
        if opening is None or any(opening < n.span.end <= m.span.start for n in mentions):
            return None
        relative = lower[opening + 1] in _RELATIVES
        words = range(opening + 1 + relative, m.span.start)
        if not all((QUALIFIERS, t) in self.cue_at or lower[t] in _SHARE_VERBS for t in words):
            return None
        if relative and not any(lower[t] in _SHARE_VERBS for t in words):
            return None  # "which covers about 45% of employees": no share of the subject told
        limit = min(sent.end, m.span.end + 12)
        closing = next((t for t in range(m.span.end, limit) if text[t] in (",", ";")), None)
        if closing is None or text[closing] == ";":
            return None
        return next(
            (
                j
                for j in range(i + 1, len(mentions))
                if mentions[j].span.start > closing
                and not self._secondary(mentions[j], mentions)  # not "..., down from 3.1%"
            ),
            None,
        )

    def _named_in_brackets(self, p: Span, periods: list[Span]) -> bool:
        """ "in the previous period (1 to 12 October 2025)": a phrase with no date of its own,
        named right after it in brackets; the bracket is the time."""
        text = self.tokens.text
        if p.end >= self.tokens.n or text[p.end] != "(" or any(c.isdigit() for c in p.text):
            return False
        return any(
            q.start == p.end + 1 and q.end < self.tokens.n and text[q.end] == ")"
            for q in periods
        )

    def _months_of_a_longer_span(self, p: Span) -> bool:
        """ "over the six months between June and December", "between the two months": "the N
        months" only sizes a span named around it."""
        if p.id_ != _SPAN_MONTHS:
            return False
        lower = self.tokens.lower
        before = lower[p.start - 1] if p.start else ""
        after = lower[p.end] if p.end < self.tokens.n else ""
        return before == "between" or after in _SPAN_GOES_ON

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
        # Not a time: a year used as a label, or a period described like a thing ("after an
        # exceptionally wet first half of the year").
        lower = self.tokens.lower
        named = periods
        periods = [
            p
            for p in periods
            if not (  # "in the week of 5-11 August": the days after it are the period
                lower[p.end - 1] in ("week", "fortnight")
                and p.end < self.tokens.n
                and lower[p.end] == "of"
            )
            and not self._is_modifier_year(p)
            and not self._described(p)
            and not (  # "fell by 1.2% over the month in September 2025": a basis, then the time
                (BASES, p.end - 1) in self.cue_at
                and ANAPHORIC_PERIOD.search(self.ctx.text(p))
                and any(q.start == p.end for q in named)
            )
            and not self.counts_an_event(p)  # "its third cut this year"
            and not self._months_of_a_longer_span(p)
            and not self._named_in_brackets(p, periods)
            and not self._years_of_an_average(p)
            and not self._index_base(p)
            and not self._when_said(p)
        ]
        governing = [p for p in periods if not self._is_reference(p)]
        if any(self.is_weekday(p) for p in governing) and any(
            not self.is_weekday(p)
            and not ANAPHORIC_PERIOD.search(self.ctx.text(p))
            and (ref is None or self._resolve(p, ref, (ref, ref)).kind != "relative")
            for p in governing
        ):
            # A day of the week is the figures' time only when the sentence names no other
            # ("Brent touched $100 a barrel Thursday"); one that points back from it is no
            # other ("at 1,445 on Monday, against 1,468 a week earlier"). One right after a
            # number stays its ("assets stood at $98.4 billion on Tuesday, down from a peak
            # of $170 billion in October").
            ends = {self._past_unit_tail(m, sent) for m in mentions} | {
                m.span.end + 2
                for m in mentions
                if self.tokens.lower[m.span.end : m.span.end + 1] in (("a",), ("an",), ("per",))
            }  # "settled at $58.06 a barrel on Friday"
            ends |= {
                m.span.end + 1
                for m in mentions
                if m.unit == "count"
                and m.span.end < sent.end
                and self.tokens.is_alpha[m.span.end]
                and self.tokens.lower[m.span.end] not in STOPWORDS
            }  # "rose to 412,750 bags on Tuesday": the things counted stand between
            ends |= {
                m.span.end + 1
                for m in mentions
                if self.tokens.lower[m.span.end : m.span.end + 1] in (("at",), ("of",), ("in",))
            }  # "was 2.49 at Tuesday's sale", "took 64% of Wednesday's offering"
            governing = [p for p in governing if not self.is_weekday(p) or p.start in ends]
        # "Traders now see a 68% chance of a cut in December": "now" is the figures' time only
        # when the sentence names no other, and not in a relative clause ("gas, which now
        # reaches the EU via TurkStream, amounted to"); nor when the paragraph has dated its
        # figures ("Stocks rose 2% in May. Bonds now make up 40% of assets": May's share), but
        # not only an event ("The bank paused last month. Its rate now stands at 4%"), nor of
        # a policy setting in force ("Exports rose 3% in May. Tariffs now stand at 10%")
        other = any(p.id_ != _VAGUE_NOW for p in governing)
        dated = carry is not None and carry[1] is not None and carry[0] is not self.narrated
        governing = [
            p
            for p in governing
            if p.id_ != _VAGUE_NOW
            or not (
                other
                or (dated and not self._setting_now(p, sent))
                or (p.start and self.tokens.lower[p.start - 1] in _RELATIVES)
            )
        ]
        # "the highest reading since May 2024" ranks a figure; nothing is measured from May 2024
        references = [p for p in periods if self._is_reference(p) and not self.ranked(p)]
        carry_dates = carry[1] if carry and carry[1] else None
        text, lower = self.ctx.tokens.text, self.ctx.tokens.lower

        # Pass 1: which phrase governs each mention.
        owners: dict[int, Span] = {}
        for i, m in enumerate(mentions):
            # The next number that is not this one restated in brackets or revised ("203 mln,
            # revised from 207 mln, in December") bounds its phrase; its phrase is looked for
            # after the revision.
            revision = self._revision_of(mentions, i)
            nxt = next(
                (
                    n
                    for n in mentions[i + 1 :]
                    if not (n.chain_kind == "paren" and n.chained_to == i) and n is not revision
                ),
                None,
            )
            origin = m.span.end if revision is None else revision.span.end
            if revision is None:
                origin = self._past_share_base(m, sent)  # "1.3% of GDP, in Q2FY26"
            if revision is not None and any(
                p.start == m.span.end for p in governing
            ):  # "2.9% this year, revised down from 3.3%": the phrase stands before it
                origin = m.span.end
            while revision is not None and origin < sent.end and text[origin] == ",":
                origin += 1
            limit = nxt.span.start if nxt is not None else sent.end
            reach = 3 if m.chain_kind == "paren" else 10
            own = next(
                (
                    p
                    for p in governing
                    if origin <= p.start < limit
                    and p.start - origin <= reach
                    and not (p.id_ == _OUTLOOK_YEAR and len(governing) > 1)
                    and not self._leads(p, nxt)
                    and not self.in_later_bracket(origin, p.start)
                    and not self.dates_second_action(origin, p)
                    and (
                        not any(
                            (text[x] in (",", ";") and "respectively" not in lower[x - 1 : x + 2])
                            or (lower[x] in CLAUSE_OPENERS and lower[x + 1] != "of")
                            for x in range(origin, p.start)
                        )  # "lost because of strikes in 2023": "because of" opens no clause;
                        # "18,420 and 24,380 units, respectively, in November"
                        or self._set_off(origin, p, sent)
                    )
                ),
                None,
            )
            if own is None:
                # "..., and in Q4FY26 at 6.5 per cent": the phrase set right before the number
                floor = mentions[i - 1].span.end if i else sent.start
                own = next((p for p in governing if p.start >= floor and self._leads(p, m)), None)
            if own is not None:
                owners[i] = own
                if revision is not None:
                    owners.setdefault(i + 1, own)  # a revised value is of the same period
        for i, m in enumerate(mentions):
            lead = m.chained_to
            if (
                i not in owners
                and m.chain_kind == "from"
                and lead is not None
                and lead in owners
                and owners[lead].end <= mentions[lead].span.start
                and self._past_figure_name(owners[lead], mentions[lead].span.start)
                > owners[lead].end
                and self._right_after_from(mentions[lead], m)
            ):
                # "raised its 2026 growth forecast to 2.5% from 2.3%": the value the year's
                # figure was moved from is of that year too
                owners[i] = owners[lead]
        for i, m in enumerate(mentions):
            if i not in owners and (when := self._when_clause_period(m, sent, periods)):
                # "4.4% higher than in 2024, when they had risen 3.7%": the time "when" names
                owners[i] = when
        owned = {p.start for p in owners.values()}
        labels = self._season_labels(governing, carry_dates, ref)
        for i in reversed(range(len(mentions))):
            # "fell 0.4 pct to 99.7 in January", "up 1.8% (+$52 mln) to $2.9 bln in May": the
            # level's period is the change's too, along the whole chain.
            if i not in owners:
                follower = next(
                    (
                        j
                        for j in range(i + 1, len(mentions))
                        if mentions[j].chained_to == i
                        and mentions[j].chain_kind in ("level", "range", "list", "paren")
                    ),
                    None,
                )
                if (
                    follower is not None
                    and follower in owners
                    and not self.in_later_bracket(mentions[i].span.end, owners[follower].start)
                ):  # (not "fell 4.5% (-1.7% in August)": the bracket's own period)
                    owners[i] = owners[follower]
        self._compared_in_pairs(mentions, owners)
        final = self._final_period(sent, mentions, governing, owners)
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
                before = [
                    p
                    for p in governing
                    if p.end <= m.span.start and p.start not in owned and p.start not in labels
                ]
                span = before[-1] if before else None
            if span is None and i > 0:
                # the period of the last number before that is no compared value: "44% in
                # Q4 2024, down from 46% a year earlier, as wind fell 12%" (12% is of Q4 2024)
                last = next(
                    (
                        j
                        for j in reversed(range(i))
                        if not self._secondary(mentions[j], mentions)
                        and not self.bracketed_aside(mentions[j], mentions, sent)
                    ),
                    None,
                )
                span = chosen[last] if last is not None else None
            if span is None and not self._secondary(m, mentions):
                span = final
            chosen.append(span)
        for i, m in enumerate(mentions):
            if chosen[i] is None and (j := self._share_aside(mentions, i, sent)) is not None:
                # "Shelter costs, which make up about a third of the index, rose 0.2% in
                # May": the share told of the subject in passing is of the clause's time
                chosen[i] = chosen[j]

        # Pass 2: absolute and deictic phrases; the main period of the sentence.
        cache: dict[int, tuple[Period, tuple[date, date] | None, str]] = {}

        def resolve(
            p: Span, anchor: tuple[date, date] | None
        ) -> tuple[Period, tuple[date, date] | None, str]:
            if p.start not in cache:
                if anchor is None:
                    anchor = self._first_months_named(p, ref) or self._financial_year_named(
                        p, ref
                    )
                # A governing "since X" ("since last October, when sales fell") is X itself.
                since = self.ctx.tokens.lower[p.start] == "since"
                res = self._resolve_core(p, ref, anchor) if since else self._resolve(p, ref, anchor)
                dates = (res.start, res.end) if res.start and res.end else None
                cache[p.start] = (Period(self.ctx.text(p), res.start, res.end), dates, res.kind)
            return cache[p.start]

        probe = carry_dates or doc_anchor or month_of(ref)
        kinds: dict[tuple[int, int], str] = {}  # each phrase's kind, found once

        def kind_of(p: Span) -> str:
            """ "relative" for phrases that point from another period ("a year earlier")."""
            key = (p.start, p.end)
            if key not in kinds:
                text = self.ctx.text(p)
                if (
                    ANAPHORIC_PERIOD.search(text)
                    or _LATEST_UNIT.search(text)
                    or _MONTHS_ALONE.match(text)
                ):
                    kinds[key] = "relative"
                else:
                    kinds[key] = str(self._resolve(p, ref, probe).kind)
            return kinds[key]

        # A dated phrase that opens the sentence, owned by no number, frames it as the
        # paragraph's period would: "In June 2024, rents were 0.6 points higher this year";
        # in a paragraph with no period yet, a month without its year does too: "The January
        # deficit compared with 1.21 billion dlrs a year earlier".
        frame = carry_dates
        opening = next(
            (p for p in governing if p.end <= mentions[0].span.start and p.start not in labels),
            None,
        )
        if opening is not None and opening.start not in owned:
            kind = kind_of(opening)
            if kind == "absolute" or (kind == "deictic" and carry_dates is None):
                frame = resolve(opening, carry_dates)[1] or carry_dates
        main: tuple[Period, tuple[date, date] | None] | None = None
        for i, m in enumerate(mentions):
            p = chosen[i]
            if p is None or kind_of(p) == "relative" or self._secondary(m, mentions):
                continue
            per, dates, _ = resolve(p, frame)
            if dates is not None:
                main = (per, dates)
                break
        if main is None:
            # Only relative phrases ("in the quarter"): the first primary one is the main,
            # unless it points back from the anchor ("a 71 mln deficit a year ago").
            for i, m in enumerate(mentions):
                p = chosen[i]
                if p is None or self._secondary(m, mentions):
                    continue
                at = self._unit_anchor(p, frame or doc_anchor, frame is not None)
                per, dates, _ = resolve(p, at)
                if dates is not None and (at is None or dates[1] >= at[0]):
                    main = (per, dates)
                    break
        if main is None and all(self._secondary(m, mentions) for m in mentions):
            # "Import prices were unchanged in May after rising 0.1% in April": only a previous
            # value has a number; the phrase no number owns is what the sentence is about.
            for p in governing:
                if p.start not in owned and kind_of(p) in ("absolute", "deictic"):
                    per, dates, _ = resolve(p, frame)
                    if dates is not None:
                        main = (per, dates)
                        break
        anchor = main[1] if main else (frame or doc_anchor)

        # Pass 3: attach, resolving relative phrases against the anchor.
        forecast = self.ctx.tells_a_forecast(sent)
        for i, m in enumerate(mentions):
            p = chosen[i]
            choice: tuple[Period, tuple[date, date] | None] | None = None
            bracket = self._bracketed_after_period(m, periods)
            if bracket is not None:
                # "the largest rise since July 2013 (2.5%)": the bracket gives that period's value
                res = self._resolve_core(bracket, ref, None)
                if res.start and res.end:
                    m.period, m.period_dates = (
                        Period(self.ctx.text(bracket), res.start, res.end),
                        (
                            res.start,
                            res.end,
                        ),
                    )
                    m.rules.append(bracket.id_)
                    continue
            since = None if p is not None else self._running_since(m, references, ref)
            carried = False  # the choice is the paragraph's period (`carry`)
            if p is not None:
                relative = kind_of(p) == "relative"
                told = frame is not None and anchor == frame  # the paragraph's own
                at = self._unit_anchor(p, anchor, told) if relative else frame
                per, dates, _ = resolve(p, at)
                choice = self._within_year(m, (per, dates), governing, ref) or (per, dates)
                m.rules.append(p.id_)
            elif since is not None:
                choice = since  # "Corn inspections since September 1 totalled 27.8 mln tonnes"
            elif carry is not None:
                choice, carried = self._stock_point(sent, mentions, carry) or carry, True
            choice = self._compare(
                m, i, mentions, sent, (governing, references), choice, anchor, ref, resolve, carried
            )
            if choice is None and m.chained_to is not None and m.chain_kind in ("level", "paren"):
                head = mentions[m.chained_to]
                choice = (head.period, head.period_dates) if head.period else None
            if choice is not None:
                m.period, m.period_dates = choice
                if (
                    choice[1] is not None
                    and (unit := unit_of(choice[1])) is not None
                    and not self._secondary(m, mentions)
                    and not (ref is not None and choice[1][1] > ref and forecast)
                ):  # "the month" is the one a text is about, not "from 20.04 billion in July"
                    # nor a time forecast ("For the fourth quarter, the company forecast")
                    self.last_by_unit[unit] = choice[1]
                    latest = self.latest_by_unit.get(unit)
                    if (
                        unit in _LATEST_UNITS
                        and (ref is None or choice[1][1] <= ref)
                        and (latest is None or choice[1][1] > latest[1])
                    ):
                        self.latest_by_unit[unit] = choice[1]
                if (
                    choice[1] is not None
                    and (count := _whole_months(choice[1])) > 1
                    and not self._secondary(m, mentions)
                    and not (ref is not None and choice[1][1] > ref and forecast)
                ):  # "April-November ... in the eight months"
                    self.last_by_months[count] = choice[1]
        self._twelve_month_sums(sent, mentions)
        for m in mentions:
            if (
                m.period is not None
                and m.period_dates is not None
                and m.period_dates[0] == m.period_dates[1]
                and not self._secondary(m, mentions)
            ):
                self._point = (sent.paragraph, m.period, m.period_dates)
        for i, m in enumerate(mentions):
            if not i or not self._earlier_estimate(m):
                continue
            # "a 4.2% gain in September, revised up from 4.0%", "a loss of 29,000 in September,
            # revised from a previously reported loss of 32,000": the earlier estimate is of
            # the revised figure's period (not of a phrase before that figure's own)
            j = next((j for j in range(i - 1, -1, -1) if chosen[j] is not None), None)
            if j is None or mentions[j].period is None:
                continue
            mine, theirs = chosen[i], chosen[j]
            if mine is None or (theirs is not None and mine.end <= theirs.start):
                m.period, m.period_dates = mentions[j].period, mentions[j].period_dates
        targets: set[int] = set()
        for i, m in enumerate(mentions):
            if self._standing_target(m, chosen[i]) or (
                i - 1 in targets and self._other_bound(mentions[i - 1], m)
            ):
                # "near the bottom of the SNB's 0% to 2% target range", "the 2% midpoint of a 1%
                # to 3% control range": a standing target holds in no period of the sentence's;
                # nor does its other bound ("a target range of 2.5% to 7.5%", "a target of 3%
                # plus or minus one percentage point")
                m.period, m.period_dates = None, None
                targets.add(i)
        for m, nxt in zip(mentions, mentions[1:], strict=False):
            end = m.span.end
            carried = carry is not None and m.period is carry[0]
            if (
                (m.period is None or carried)
                and nxt.period is not None
                and (
                    # "a 68% chance of another quarter-point cut in December": the odds are of
                    # the move in December
                    (end < self.tokens.n and self.tokens.lower[end] in ODDS_NOUNS)
                    # "the odds of a quarter-point cut in December at 67%": the move in December
                    or self._move_dated_before(m, nxt)
                )
            ):
                m.period, m.period_dates = nxt.period, nxt.period_dates
        for m in mentions:
            if (own := self._possessive_before(m, periods)) is not None:
                # "6% below November's 455,000 tonnes", "than September's 5.6% rise": the
                # figure told as the period's own is of that period
                res = self._resolve_core(own, ref, anchor)  # (not "than" in "than August's")
                if res.start and res.end:
                    m.period = Period(self.ctx.text(own), res.start, res.end)
                    m.period_dates = (res.start, res.end)
        self._from_to_ends(mentions, chosen, ref, carry_dates)
        self._respective_periods(sent, mentions, chosen, ref, anchor)
        self._paired_earlier_values(mentions, owners)
        self._year_to_a_close(mentions, named, ref)
        self._remember_day(sent, named, ref)
        self._trading_days(sent, mentions, carry)
        for m in mentions[1:]:
            if mentions[0].period is not None and self.ctx.beats_a_forecast(m):
                # "grew 4.07% in Q3, up from 3.98% in Q2 and beating market forecasts of 3.9%":
                # the forecast of the sentence's figure, of its period
                m.period, m.period_dates = mentions[0].period, mentions[0].period_dates
        if carry is not None and carry_dates is not None:
            # "48 in January and 50 in February, before 42 in March": a breakdown over parts of
            # the paragraph's period does not change what the paragraph is about.
            parts = {
                m.period_dates
                for m in mentions
                if m.period_dates is not None and not self._secondary(m, mentions)
            }
            if len(parts) > 1 and all(
                carry_dates[0] <= a and b <= carry_dates[1] and (a, b) != carry_dates
                for a, b in parts
            ):
                return carry
        if main is not None and any(self._past_session(p) for p in governing):
            return carry  # "It ended Monday's session 1.2% lower": an aside on the day before
        return main
