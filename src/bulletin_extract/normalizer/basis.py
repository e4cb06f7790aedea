"""The comparison basis of each change or rate."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span

from .context import Attacher, next_start
from .credit_words import TARGET_CUES
from .direction import MOVED_FROM_AFTER, SHARED_BY_ITEM, elliptical_head
from .period_phrases import BACKWARD, YEAR_BACK, unit_of
from .structures import Mention, Sentence
from .text import compare_periods, per_share_restatement
from .vocabulary import (
    BASES,
    BASES_BY_LABEL,
    BETWEEN,
    CHANGES,
    ESTIMATED_CHANGE_NOUNS,
    PERIODS_TOKENS,
    QUALIFIERS,
    QUANT_TOKENS,
    QUARTER_NAMES,
    YEAR_TO,
)

#: Words between two numbers of one subject: "rose 0.3% in May and were up 2.9%".
SAME_SUBJECT_WORDS = frozenset(
    ", and but or was were is are has have had been it they then while by".split()
)


# Words after an amount that make it a change: ", £4.6 billion more than in the previous
# quarter", "£2 billion higher".
_COMPARED_AFTER = frozenset(
    (w,) for w in "more less higher lower above below up down fewer".split()
)
# Words of a rate of change: a level of one keeps its sentence's basis.
# A month or quarter back: "the month before", "a quarter earlier", "the previous month".
_UNIT_BACK = re.compile(
    r"\b(?:the|a|one) (month|quarter) (?:before|earlier|ago)\b"
    r"|\b(?:the )?(?:previous|prior|preceding) (month|quarter)\b",
    re.I,
)
CHANGE_RATE_WORDS = frozenset(
    "inflation growth cpi hicp ppi rpi deflator increase rise gain change prices price".split()
)


#: The basis of a month's end set against the end of a month so many months before it.
_MONTH_END_BASES = {1: "month_on_month", 3: "quarter_on_quarter", 12: "year_on_year"}


def _point_relation(point: tuple[date, date], current: tuple[date, date]) -> str | None:
    """The basis of a month's end against an earlier month's end ("at end-June from ... at
    end-May"), else None."""
    (ps, pe), (cs, ce) = point, current
    if ps != pe or cs != ce or not (_month_end(pe) and _month_end(ce)):
        return None
    return _MONTH_END_BASES.get((ce.year - pe.year) * 12 + ce.month - pe.month)


def _month_end(d: date) -> bool:
    return (d + timedelta(days=1)).day == 1


def _calendar_quarter(dates: tuple[date, date] | None) -> bool:
    """Whether a span is one calendar quarter (January-March, April-June, ...)."""
    return (
        dates is not None
        and unit_of(dates) == "quarter"
        and dates[0].day == 1
        and dates[0].month in (1, 4, 7, 10)
    )


#: Cues of a change annualised from the period before: "an annualised 1.9%", "at an annual
#: rate" (not "annualised inflation", a 12-month rate, nor "the annual rate was 3.6%").
_ANNUALISED = re.compile(r"annuali[sz]ed(?! inflation)|\bat an? (?:.* )?annual (?:rate|pace)", re.I)

#: Words between the numbers of a list or a range.
_LIST_LINKS = frozenset((",", "and", "or", "to", "-", "–", "—"))
_RANGE_LINKS = frozenset(("to", "-", "–", "—"))
#: Cues that set a list's figures against another period: "from a year earlier", "year on
#: year", "y/y" (not "for the year", a time).
_SHARED_CUE = re.compile(
    r"^(?:from|than|on|over|against|compared|versus|vs|with)\b"
    r"|\b(?:on|over)[- ](?:year|month|quarter|week)\b|^(?:[ymq]/[ymq]|yoy)$",
    re.I,
)
#: Words that set a figure against another period: a basis phrase after them compares.
_COMPARING = frozenset(
    "than compared comparison against versus vs from over on year-on-year annual".split()
)


#: Words of a forecast or a poll in a sentence: "had forecast", "Estimates in the poll".
_FORECAST_WORDS = frozenset(
    "forecast forecasts forecasted expected estimates estimate poll polled consensus "
    "predicted projected".split()
)
#: Words that state a subject's value right before it: "was 5.3%", "stood at 15.21%".
_LEVEL_WORDS = frozenset("was were is are at been".split())
#: Names of rates of change themselves, whatever the sentence around them.
_RATE_NAMES = frozenset("inflation growth cpi cpih hicp ppi rpi deflator".split())
_SHARE_WORDS = frozenset("share shares accounting accounted accounts proportion".split())
#: Verbs of a part's share before "for": "accounting for 17%".
_ACCOUNTING = frozenset("accounting accounted accounts account".split())
_ITEM_RATE_WORDS = _RATE_NAMES | frozenset("prices price costs cost".split())
#: Nouns of a forecast beside its figure: "the 2.7% consensus", "expectations of 3.0%".
_FORECAST_NOUNS = frozenset(
    "consensus forecast forecasts expectation expectations estimate estimates projection "
    "projections".split()
)


#: Words that set a figure beside another as its earlier value or its forecast: "slower
#: than 5.1%", "down from 3.0%", "after 2.4% in November", "below the 3.1% forecast".
_COMPARED_BEFORE = frozenset("than from vs vs. versus after against below above following".split())
_FILLERS_BEFORE = frozenset("the a an its their revised upwardly downwardly".split())
_FORECAST_AFTER = _FORECAST_NOUNS | frozenset("forecast expected predicted projected".split())


#: Comparatives that set a figure against another: "1.8 points faster than ...".
_GAP_WORDS = frozenset("higher lower more less fewer faster slower greater smaller".split())
#: Nouns of a norm or a plan a figure is set against, whatever time they name.
_NORM_NOUNS = frozenset("average averages mean norm median forecast ceiling".split())
#: Words of a time a figure is set against: "than in the previous winter".
_TIME_WORDS = frozenset(
    "previous prior preceding earlier ago last before year month quarter week period season "
    "winter summer spring autumn".split()
)


#: Ways a figure is revised: "revised up by 0.1 percentage points".
_REVISION_WAYS = frozenset(
    "up down upward upwards downward downwards higher lower upwardly downwardly".split()
)
#: A year written out: "2019", "1986".
_YEAR_NUMBER = re.compile(r"\b(?:19|20)\d\d\b")


#: Words of an estimate revised or first given: "was revised to", "initially reported".
_ESTIMATE_WORDS = frozenset("revised initially originally previously preliminary".split())
#: Words after "first" of an estimate first given: "first reported", "first put at".
_FIRST_GIVEN = frozenset("reported estimated put published estimate reading".split())
#: Words before a change noun that make it a noun: "April's gain", "a rise", "the decline".
_NOUN_LEADS = frozenset("'s ’s a an the its their this that".split())

#: Nouns of a share, a level that has no basis of its own: "its share of generation fell to".
_SHARE_NOUNS = frozenset("share shares proportion penetration".split())


class BasisAttacher(Attacher):
    """Decides `basis` (after `period` and `direction`)."""

    #: The two bases of the last pair of changes a paragraph stated, each with its own cue
    #: ("rose 0.4% on the month and 3.1% on the year"), with that paragraph: see
    #: `_respective_bases`.
    _pair: tuple[int, tuple[str, str]] | None = None

    def _against_an_average(self, m: Mention, sent: Sentence) -> bool:
        """A gap to an average or a norm, not a change over time: "14% below the five-year
        average", "21% below the 2017-2021 average", "5% above the long-term mean"; or a gap
        to something that is no time at all: "2.1 percentage points faster than that of all
        exporters", "40% below the spot price", "£3 billion above the budget forecast"."""
        lower = self.tokens.lower
        t = m.span.end
        if t >= sent.end:
            return False
        timeless = lower[t] in ("below", "above", "under")
        if lower[t] in _GAP_WORDS and t + 1 < sent.end and lower[t + 1] == "than":
            t, timeless = t + 1, True  # "1.8 points faster than ..."
        elif not timeless and lower[t] != "over":
            return False
        end = t + 1
        while end < min(sent.end, t + 12) and not (
            lower[end] in (",", ";", "(", "while", "but") or (QUANT_TOKENS, end) in self.cue_at
        ):
            end += 1
        for k in range(t + 1, end):
            if (BASES, k) in self.cue_at:
                return False  # "9% lower than a year ago and below the five-year average"
            if lower[k] in _NORM_NOUNS:
                return True
        return (
            timeless
            and end > t + 2
            and (QUANT_TOKENS, end) not in self.cue_at
            and not any(  # "below the same period of 2024", "than in the previous winter"
                (PERIODS_TOKENS, k) in self.cue_at
                or (BASES, k) in self.cue_at
                or lower[k] in _TIME_WORDS
                for k in range(t + 1, end)
            )
        )

    def _level_restated(self, m: Mention, head: Mention | None, head_reached: bool) -> bool:
        """Whether an amount restates a level reached in another unit after ", or": "rose 12%
        to $3.1 billion, or $1.42 a share", "climbed to $2.4 billion, or $5.40 per share" (a
        level too, with no basis; not a change restated, "fell by £4.9 billion, or 6.0%")."""
        return (
            head is not None
            and m.chain_kind == "list"
            and (m.unit != head.unit or per_share_restatement(self.tokens.lower, m.span))
            and m.unit not in ("percent", "percentage_point", "fraction")
            and (head.chain_kind == "level" or head_reached)
            and self.ctx.after_comma_or(m.span.start, head.span.end)
        )

    def _revision(self, m: Mention) -> bool:
        """Whether the number is the size of a revision: "revised up by 12,000", "was revised
        down 0.3 percentage points", "revised upwards by £1.2 billion"."""
        lower = self.tokens.lower
        t = m.span.start - 1
        t -= t >= 0 and lower[t] == "by"
        t -= t >= 0 and lower[t] in _REVISION_WAYS
        return t >= 0 and t < m.span.start - 1 and lower[t] == "revised"

    @staticmethod
    def _dated_back(m: Mention) -> bool:
        """Whether the earlier point a number is set against right after it names its year
        ("than in May 2021", "the same period of 2019"), not a year back ("than last year")."""
        text = m.period.text if m.period is not None else ""
        return bool(_YEAR_NUMBER.search(text)) and not YEAR_BACK.search(text)

    def attach(self, sent: Sentence, mentions: list[Mention], carry: str | None) -> str | None:
        """Give each change its comparison basis; return the basis the paragraph carries."""
        cues = [c for c in self.ctx.spans_in(BASES, sent) if not self._names_a_period(c)]
        stated = BASES_BY_LABEL[cues[0].label_] if cues else None
        derived = next((m.ref_basis for m in mentions if m.ref_basis and not m.ref_running), None)
        derived = derived or next((b for m in mentions if (b := self._basis_of_period(m))), None)
        compared = {
            n.chained_to
            for n in mentions
            if n.chain_kind == "from"
            and not (  # (a percent change from an amount: "up 21% from 5.3 bcm in 2024")
                self._change_from_level(n, mentions)
                and mentions[n.chained_to or 0].unit != n.unit
                and self._from_a_year_back(n, mentions)
            )
        }
        compared |= {  # and its restatement: "to $12.3 billion, or 1.3% of GDP, ..., from"
            j
            for j, n in enumerate(mentions)
            if n.chained_to in compared
            and n.chain_kind in ("list", "paren")
            and n.unit != mentions[n.chained_to or 0].unit
        }
        if derived is None:
            # "42% ..., down from 46% a year earlier, as wind output fell by 21%", "fell to 51.3
            # from 52.0 the month before, while inventories edged up 0.6 point": the sentence
            # compares with a year (a month, a quarter) earlier, and so do its other changes
            derived = self._from_a_unit_back(mentions)
        locals_ = [self._local_cue(sent, mentions, i, cues) for i in range(len(mentions))]
        for i in reversed(range(len(mentions) - 1)):
            if locals_[i] is None and self._listed_together(mentions, i, sent):
                # "up 20.9% and 10.1% on a year earlier", "down 1.7, 2.1 and 3.4 points year on
                # year", "between 3.7% and 4.2% from a year earlier": the basis written after a
                # list's last number is the whole list's
                after = locals_[i + 1]
                if (
                    after is not None
                    and after.start >= mentions[i + 1].span.end
                    and _SHARED_CUE.search(self.ctx.text(after))
                ):
                    locals_[i] = after
        level_items: set[int] = set()  # items of a list of levels reached
        reached: set[int] = set()  # levels (and their rates) reached by a change
        for i, m in enumerate(mentions):
            if self.ctx.names_a_target(m):
                m.basis = None  # "inside the bank's tolerance range of 2% to 4%": set, not changed
                continue
            if self._share_of_a_total(m):
                m.basis = None  # "accounting for 16.7 percent of the total", "or 2.1% of GDP"
                continue
            local = locals_[i]
            head_at = m.chained_to
            if (
                head_at is None or (m.chain_kind == "list" and mentions[head_at].unit != m.unit)
            ) and (e := elliptical_head(self.ctx, mentions, i)) is not None:
                head_at = e  # (past the change in brackets of a list of levels)
            head = mentions[head_at] if head_at is not None else None
            rate = m.unit in ("percent", "percentage_point")
            while (
                rate
                and head is not None
                and head.unit not in ("percent", "percentage_point")
                and head.chain_kind == "level"
                and head.chained_to is not None
            ):
                # "rose 6.6% year-on-year to PLN 8,783.47, easing from 7.1%": the rate eased
                # from is the change's, past the level it reached
                head = mentions[head.chained_to]
            converted = m.chain_kind == "paren" and head is not None and head.chain_kind == "level"
            if (
                m.chain_kind == "level"
                or converted  # "to 8,932.40 zlotys ($2,435)": the level reached, converted
                or self._level_restated(m, head, head_at in reached)
                or (  # "to 104% and 89% of their 2019 levels": the second level reached
                    m.chain_kind == "list"
                    and head_at in reached
                    and head is not None
                    and head.unit == m.unit
                    and self.tokens.lower[head.span.end : m.span.start] == ("and",)
                )
                or self._reached_level(m)
                or self._level_before_change(m)
                or MOVED_FROM_AFTER in m.rules  # "a 70% chance of a cut ..., up from 45%"
                or (  # "rose to £290,000 (3.1%) in England, £208,000 (2.7%) in Wales": an item
                    # of a list of levels reached
                    not rate
                    and m.chain_kind in (None, "list")
                    and head is not None
                    and head.unit == m.unit
                    and (self._reached_level(head) or head_at in level_items)
                    and self.tokens.lower[m.span.start - 1] in (",", "and")  # not "a £0.2bn fall"
                    and self.tokens.lower[m.span.end : m.span.end + 1] not in _COMPARED_AFTER
                    and _noted(level_items, i)  # (remembered for the items after it)
                )
            ):
                # A level reached ("fell 0.4 pct to 99.7") has no basis; a rate keeps the one
                # its sentence states ("the 12-month rate rising from 1.5% to 1.9%"), its own
                # first ("rose 0.2% on the month, taking the annual rate to 2.4%").
                # A level of a share or a reading ("the profit margin was 5.43 percent, down
                # 0.12 points year on year") has none: only a rate of change does.
                level_stated = stated
                if (
                    local is not None
                    and m.chain_kind == "level"
                    and head is not None
                    and head.span.end <= local.start
                    and local.end <= m.span.start
                ):
                    # "fell 1.2 percentage points from a year earlier to 15.3 percent": the
                    # comparison between the change and the level is the change's
                    if cues[0] is local:
                        level_stated = None
                    local = None
                own = BASES_BY_LABEL[local.label_] if local is not None else level_stated
                changing = local is not None or self._rate_of_change(
                    sent, m, [c for c in cues if not self._cue_of_change(head, c)]
                )
                if own is None and not cues and self._names_a_rate_of_change(sent, m):
                    # "Services inflation eased to 4.4% from 4.6%" after a sentence stating
                    # "in the 12 months to November": the basis its paragraph carries
                    own = derived or carry
                m.basis = own if rate and changing else None
                reached.add(i)
                continue
            if local is None and self._stated_for_another(mentions, i, locals_):
                # "rose 0.4% in January and 3.1% on a 12-month basis": the basis is 3.1%'s
                # own; 0.4% is as if its sentence stated none.
                head = own_stated = own_derived = None
            else:
                own_stated, own_derived = stated, derived
            if self._against_an_average(m, sent):
                m.basis = None  # "14% below the average of the previous five years"
            elif m.ref_back and m.ref_local and self._dated_back(m):
                m.basis = None  # "up 3% on the year, and 8% higher than in May 2021": a span
            elif local is not None:
                m.basis = BASES_BY_LABEL[local.label_]
                m.rules.append(local.id_)
            elif m.ref_back:
                m.basis = None  # "6.2% higher than December 2012": a span, not a basis
            elif m.ref_basis and m.ref_local:
                m.basis = m.ref_basis
            elif (period_basis := self._basis_of_period(m)) is not None:
                m.basis = period_basis
            elif head is not None and head.basis and (m.direction is not None or rate):
                m.basis = head.basis
            elif m.ref_basis and m.direction is not None:
                m.basis = m.ref_basis
            elif m.direction is not None and own_stated:
                m.basis = own_stated
                m.rules.append(cues[0].id_)
            elif m.direction is not None and own_derived and i not in compared:
                # one basis stated for the sentence: all its changes (not a level set against
                # its earlier value, "42%, down from 46% a year earlier")
                m.basis = own_derived
            elif m.direction is not None and carry:
                m.basis = carry
            elif (
                rate
                and m.direction is None
                and (own_stated or own_derived)
                and self._stated_level(mentions, i)
                and self._names_a_rate_of_change(sent, m)
            ):
                # "Growth in finance and construction was 5.3% and 2.1%, respectively, ...
                # compared with a year earlier": a rate of change stated without a change word
                m.basis = own_stated or own_derived
            elif (
                rate
                and m.direction is None
                and carry
                and not own_stated
                and not own_derived
                and (
                    self._forecast_sentence(sent)
                    or (self._names_item_rates(sent, m) and not self._share(m))
                )
            ):
                # "... rose 2.5% in the 12 months to November. Economists polled by Reuters had
                # forecast a rate of 2.6%": the forecast of the rate the paragraph carries; "The
                # annual inflation rate slowed to 30.2% ... Prices continued to cool for housing
                # (55.1% vs 58.4%)": the items' rates of the paragraph's inflation (not "bought
                # at the minimum price, accounting for 36.3 percent of the total")
                m.basis = carry
            elif rate and (own_stated or own_derived) and self._forecast_of_it(m, sent):
                # "rose 2.8% on year, a touch above the 2.7% consensus", "below market
                # forecasts of 5.3%": the forecast of the sentence's rate has its basis
                m.basis = own_stated or own_derived
            if m.direction is None and not rate:
                m.basis = None
        self._respective_bases(sent, mentions, locals_)
        self._estimates_of_a_change(sent, mentions, stated or derived or carry)
        self._from_a_level(mentions)
        self._compared_rates(sent, mentions)
        self._elliptical_items(sent, mentions)
        self._annualised(cues, mentions)
        for m in mentions:
            if self._revision(m):
                # "has been revised up by 0.2 percentage points, from 4.6% to 4.8%": one
                # estimate against another, not a period against the one before (the figures
                # revised keep theirs)
                m.basis = None
        if any(m.basis == "period_on_period" for m in mentions) and QUARTER_NAMES.search(
            self.ctx.sentence_text(sent)
        ):
            for m in mentions:
                if m.basis == "period_on_period" and _calendar_quarter(m.period_dates):
                    m.basis = "quarter_on_quarter"  # "For the July-September quarter, ... from
                    # the previous three months": the text names quarters
        return stated or derived or carry

    def _annualised(self, cues: list[Span], mentions: list[Mention]) -> None:
        """ "expanded an annualised 1.9% in the second quarter", "At an annual rate, credit
        grew 6.1 pct in March": a change annualised from the period before is quarter on
        quarter for a quarter and month on month for a month (RECORDS.md's US "at an annual
        rate"), whatever the cue's own label."""
        if not cues or not all(_ANNUALISED.search(self.ctx.text(c)) for c in cues):
            return
        for m in mentions:
            if m.basis not in ("year_on_year", "quarter_on_quarter") or m.period_dates is None:
                continue
            if unit_of(m.period_dates) == "month":
                m.basis = "month_on_month"
            elif _calendar_quarter(m.period_dates):
                m.basis = "quarter_on_quarter"

    def _compared_rates(self, sent: Sentence, mentions: list[Mention]) -> None:
        """ "rose 2.7% in the 12 months to May, below the 3.1% economists had forecast and
        down from 3.0% in April", "grew 5.0% year on year, slower than 5.2% in the second
        quarter": a rate set beside the sentence's rate of change, as its earlier value or
        its forecast, has that rate's basis."""
        text = self.tokens.text
        for i, m in enumerate(mentions):
            if m.unit != "percent" or m.direction is not None or m.basis is not None:
                continue
            if self.ctx.names_a_target(m) or self._share(m):
                continue
            if not (self._compared_before(m, sent) or self._forecast_after(m, sent)):
                continue
            if m.chain_kind == "from" and m.chained_to is not None:
                target: Mention | None = mentions[m.chained_to]
            else:  # the rate right before it
                target = next((n for n in reversed(mentions[:i]) if n.unit == "percent"), None)
            if (
                target is not None
                and target.unit == "percent"
                and target.basis is not None
                and ";" not in text[target.span.end : m.span.start]
            ):
                m.basis = target.basis

    def _elliptical_items(self, sent: Sentence, mentions: list[Mention]) -> None:
        """ "investment in mining went up by 6.3 percent and that in utilities by 24.0
        percent", "shipments to the EU rose 0.9% and those to ASEAN by 11.3%": an item that
        leaves out the verb of the change before it ("by" and its figure) shares its basis."""
        lower = self.tokens.lower
        for i, m in enumerate(mentions):
            if m.basis is not None or m.unit != "percent":
                continue
            if m.direction is not None and SHARED_BY_ITEM not in m.rules:
                continue
            if m.span.start - 1 <= sent.start or lower[m.span.start - 1] != "by":
                continue
            before = next((n for n in reversed(mentions[:i]) if n.unit == "percent"), None)
            if (
                before is not None
                and before.direction is not None
                and before.basis is not None
                and ";" not in lower[before.span.end : m.span.start]
            ):
                m.basis = before.basis

    def _compared_before(self, m: Mention, sent: Sentence) -> bool:
        """Whether a comparison word stands right before a figure: "slower than 5.1%", "down
        from a revised 3.0%", "compared with 2.2%", "below the 3.1%"."""
        lower = self.tokens.lower
        t = m.span.start - 1
        while t > sent.start and (lower[t] in _FILLERS_BEFORE or (QUALIFIERS, t) in self.cue_at):
            t -= 1
        if t < sent.start:
            return False
        if lower[t] == "with":
            return t > sent.start and lower[t - 1] in ("compared", "comparison")
        return lower[t] in _COMPARED_BEFORE

    def _forecast_after(self, m: Mention, sent: Sentence) -> bool:
        """Whether a forecast word follows a figure in its clause: "the 3.4% median forecast",
        "the 3.1% economists had forecast", "3.7% expected by economists"."""
        lower = self.tokens.lower
        for t in range(m.span.end, min(sent.end, m.span.end + 4)):
            if lower[t] in (",", ";") or (QUANT_TOKENS, t) in self.cue_at:
                return False
            if lower[t] in _FORECAST_AFTER:
                return True
        return False

    def _forecast_of_it(self, m: Mention, sent: Sentence) -> bool:
        """Whether a figure is a forecast set against the sentence's own: "the 2.7% consensus",
        "the 0.3% forecast", "market expectations of 3.0%"."""
        lower = self.tokens.lower
        end = m.span.end
        if end < sent.end and lower[end] in _FORECAST_NOUNS:
            return True
        t = m.span.start - 1
        return t - 1 >= sent.start and lower[t] == "of" and lower[t - 1] in _FORECAST_NOUNS

    def _from_a_level(self, mentions: list[Mention]) -> None:
        """ "up 2.8 per cent from 20.04 billion in July" (said of August): a rate of change
        measured from the level of another period has the basis of the two periods."""
        rates = ("percent", "percentage_point")
        for n in mentions:
            if n.chain_kind != "from" or n.chained_to is None:
                continue
            if n.unit in rates:
                head = mentions[n.chained_to]
                if (
                    head.unit == n.unit
                    and head.basis is None
                    and (head.chain_kind == "level" or self._reached_level(head))
                    and n.period is not None
                    and BACKWARD.search(n.period.text.lower()) is not None
                ):
                    # "the margin narrowed to 41.2% from 43.5% in the year-ago quarter": the
                    # value a level moved from is a level too
                    n.basis = None
                continue
            head = mentions[n.chained_to]
            if head.chain_kind == "level" and head.chained_to is not None:
                head = mentions[head.chained_to]  # "climbed 3.1% to $5.2 billion ... from $5.04"
            if head.basis is None and head.unit in rates and head.direction is not None:
                dates = head.period_dates
                if (
                    n.period_dates is not None
                    and dates is not None
                    and (dates[1] - dates[0]).days < 360
                ):
                    # (a whole year against the year before is the sentence's basis, see
                    # `_from_a_unit_back`: "rose 14 pct in 1986 to 187.4 mln from 164.4 mln")
                    texts = [p.text.lower() for p in (n.period, head.period) if p is not None]
                    quarters = any("quarter" in t for t in texts)
                    head.basis = compare_periods(n.period_dates, dates, quarters)

    def _local_cue(
        self, sent: Sentence, mentions: list[Mention], i: int, cues: list[Span]
    ) -> Span | None:
        """The basis cue written right after mention i in its clause, else right before it."""
        m = mentions[i]
        limit = next_start(mentions, i, sent)
        local = next(
            (
                c
                for c in cues
                if m.span.end <= c.start < limit
                and c.start - m.span.end <= 6
                and "," not in self.tokens.text[m.span.end : c.start]
            ),
            None,
        )
        if local is None and not (m.ref_basis and m.ref_local):
            # (a number with a comparison of its own right after it takes that: "0.3% more
            # than a year earlier and 0.1% fewer than in July")
            reach = 8 if m.unit in ("percent", "percentage_point") else 3
            local = next(
                (
                    c
                    for c in cues
                    if 0 <= m.span.start - c.end <= reach
                    and not {",", ";"} & set(self.tokens.text[c.end : m.span.start])
                ),
                None,
            )
        return local

    def _listed_together(self, mentions: list[Mention], i: int, sent: Sentence) -> bool:
        """Whether number i and the next stand side by side in a range ("9 to 10 pct",
        "between 3.7% and 4.2%") or in a list of several subjects' figures ("1.7, 2.1 and
        3.4", "rose 9% and 6%, respectively"); not two measures of one subject ("In June
        they rose 0.8% and 2.6% from a year earlier")."""
        lower = self.tokens.lower
        a, b = mentions[i], mentions[i + 1]
        between = lower[a.span.end : b.span.start]
        if not (0 < len(between) <= 2 and all(w in _LIST_LINKS for w in between)):
            return False
        if any(w in _RANGE_LINKS for w in between) or lower[max(0, a.span.start - 1)] == "between":
            return True
        if a.unit != b.unit:
            return False  # "was 83.6 percent, 1.9 percentage points higher": a level, its change
        listed = (
            i + 2 < len(mentions)
            and 0 < mentions[i + 2].span.start - b.span.end <= 2
            or i > 0
            and 0 < a.span.start - mentions[i - 1].span.end <= 2
        )
        clause = lower[b.span.end : sent.end]
        clause = clause[: clause.index(";")] if ";" in clause else clause
        return listed or "respectively" in clause

    def _stated_for_another(
        self, mentions: list[Mention], i: int, locals_: list[Span | None]
    ) -> bool:
        """Whether the sentence's basis is another number's own, and that number is a second
        measure of the same thing at the same time: "prices rose 0.4% in January and 3.1% on
        a 12-month basis", "rose 0.3% in May and were up 2.9% from a year earlier" (not
        "sales grew 5% year on year, with online sales up 12%": another subject)."""
        m = mentions[i]
        for j, n in enumerate(mentions):
            if j == i or not (locals_[j] is not None or (n.ref_basis and n.ref_local)):
                continue
            if n.unit != m.unit or n.period_dates != m.period_dates:
                continue
            a, b = (m, n) if i < j else (n, m)
            if all(self._same_clause_word(t) for t in range(a.span.end, b.span.start)):
                if self._respectively_after(max(a.span.end, b.span.end)):
                    continue  # "rose 4.4%, 1.6% and 9.8% respectively on the previous quarter"
                return True
        return False

    def _estimates_of_a_change(
        self, sent: Sentence, mentions: list[Mention], basis: str | None
    ) -> None:
        """ "April's gain was revised to 0.2% from the 0.4% initially reported", "after a revised
        0.9% increase in October that was initially reported as 0.7%", "November's increase was
        revised up to 31,600 from an initially reported 28,900": the estimates, new and first,
        of a change the sentence names before them are that change's figures: they take the
        basis the sentence states or the paragraph carries (not the size of a revision, "revised
        up by 0.1 percentage points", nor the estimates of a level, "the August number was
        revised up to 21.4 lakh")."""
        if basis is None or not mentions:
            return
        for m in mentions:
            if (
                m.basis is None
                and self._estimate_of(m, sent)
                and self._change_named_before(m, sent)
                and not self._revision(m)
                and not self.ctx.names_a_target(m)
                and not self._share_of_a_total(m)
            ):
                m.basis = basis

    def _estimate_of(self, m: Mention, sent: Sentence) -> bool:
        """Whether the words right around a figure give it as an estimate: "revised to 0.2%",
        "initially reported as 0.7%", "from an initially reported 28,900", "the 0.4% initially
        reported", "0.5 pct it first reported"."""
        lower = self.tokens.lower
        before = range(max(sent.start, m.span.start - 6), m.span.start)
        after = range(m.span.end, min(sent.end, m.span.end + 3))
        if any(lower[t] in ("by", "level", "levels") for t in before[-4:]):
            return False  # "revised by between 0.1 and 0.3 points", "revised level of 222,000"
        if not TARGET_CUES.isdisjoint(lower[sent.start : sent.end]):
            return False  # "raised its growth target to 5% to 6%, from 2% to 3% previously"
        return any(self._estimate_word(t) for t in (*before, *after))

    def _change_named_before(self, m: Mention, sent: Sentence) -> bool:
        """Whether a noun of a change stands before the figure in its sentence: "April's gain",
        "a revised 0.9% increase", "the March decline", "growth" (not the verb of a level, "will
        fall to £91.3 billion")."""
        lower = self.tokens.lower
        for t in range(sent.start, m.span.start):
            if lower[t] not in ESTIMATED_CHANGE_NOUNS:
                continue
            if lower[t] in ("growth", "contraction", "gain", "gains") or (
                t > sent.start
                and (lower[t - 1] in _NOUN_LEADS or (QUANT_TOKENS, t - 1) in self.cue_at)
            ):
                return True
        return False

    def _estimate_word(self, t: int) -> bool:
        """Whether token t tells an estimate revised or first given: "revised", "initially",
        "originally", "first reported"."""
        lower = self.tokens.lower
        if lower[t] in _ESTIMATE_WORDS:
            return True
        return lower[t] == "first" and t + 1 < self.tokens.n and lower[t + 1] in _FIRST_GIVEN

    def _respective_bases(
        self, sent: Sentence, mentions: list[Mention], locals_: list[Span | None]
    ) -> None:
        """ "Private wages rose 0.7% on the quarter and 3.2% on the year, while public pay
        climbed 1.0% and 3.9%, respectively", "... 0.2% on the month and 3.0% on the year,
        below forecasts of 0.3% and 3.1%, respectively": a pair of one subject's figures,
        "respectively", with no basis of its own, after a pair of figures that each state
        their own basis (in the sentence or earlier in the paragraph), takes those bases in
        their order; not a pair of two subjects ("rents for renewals and for new tenants
        climbed 2.6% and 4.0%, respectively": the subjects are what it pairs)."""
        lower = self.tokens.lower
        stated = [
            (j, BASES_BY_LABEL[c.label_])
            for j, c in enumerate(locals_)
            if c is not None
            and mentions[j].chain_kind != "from"
            and not self.ctx.from_value(mentions[j])
        ]
        if self._pair is not None and self._pair[0] != sent.paragraph:
            self._pair = None
        for i in range(len(mentions) - 1):
            a, b = mentions[i], mentions[i + 1]
            earlier = [(j, basis) for j, basis in stated if j < i]
            pair = (
                (earlier[-2][1], earlier[-1][1])
                if len(earlier) >= 2
                else (self._pair[1] if self._pair is not None and not earlier else None)
            )
            if (
                pair is None
                or pair[0] == pair[1]
                or locals_[i] is not None
                or locals_[i + 1] is not None
                or a.unit != b.unit
                or a.unit not in ("percent", "percentage_point")
                or lower[a.span.end : b.span.start] != ("and",)
                or not self._respectively_after(b.span.end)
                or self._two_subjects(sent, a)
            ):
                continue
            a.basis, b.basis = pair
        if len(stated) >= 2:
            self._pair = (sent.paragraph, (stated[-2][1], stated[-1][1]))

    def _two_subjects(self, sent: Sentence, m: Mention) -> bool:
        """Whether the words of m's clause before it join two subjects with "and" ("rents
        for renewals and for new tenants climbed"), which a "respectively" pairs."""
        lower = self.tokens.lower
        for t in range(m.span.start - 1, sent.start - 1, -1):
            if lower[t] in (",", ";", ":", "while", "whereas", "but") or (
                QUANT_TOKENS,
                t,
            ) in self.cue_at:
                return False
            if lower[t] == "and":
                return True
        return False

    def _respectively_after(self, t: int) -> bool:
        """Whether "respectively" follows a list's last number (past a comma): the basis
        written after it is the whole list's."""
        lower, text = self.tokens.lower, self.tokens.text
        while t < self.tokens.n and (lower[t] == "," or (BASES, t) in self.cue_at):
            t += 1  # "rose by 8% and 3% year-on-year, respectively"
        if t < self.tokens.n and lower[t] in ("in", "across"):
            k = t + 1  # "... year-on-year in Spain and Italy, respectively": the places
            while k < self.tokens.n and k - t <= 10 and (
                text[k][:1].isupper() or lower[k] in ("and", ",", "the")
            ):
                k += 1
            t = k if k > t + 1 else t
        return t < self.tokens.n and lower[t] == "respectively"

    def _same_clause_word(self, t: int) -> bool:
        """A token between two numbers that names no other subject: a period, basis, change
        or qualifier cue, a conjunction, an auxiliary verb, a comma."""
        if any((key, t) in self.cue_at for key in (PERIODS_TOKENS, BASES, CHANGES, QUALIFIERS)):
            return True
        return self.tokens.lower[t] in SAME_SUBJECT_WORDS

    def stated(self, sent: Sentence, carry: str | None) -> str | None:
        """The basis a sentence without numbers passes on: "Imports fell between Q2 2013 and
        Q2 2014." states a year-on-year comparison for the paragraph's next figures."""
        cues = self.ctx.spans_in(BASES, sent)
        return BASES_BY_LABEL[cues[0].label_] if cues else carry

    def _names_a_period(self, cue: Span) -> bool:
        """ "for the full year 1986": a cue followed by a year names a period, not a basis; so
        does "raised in the corresponding period of last year" in a sentence that compares
        nothing (no "than", "compared", "from", ...)."""
        nxt = self.doc[cue.end] if cue.end < len(self.doc) else None
        if nxt is not None and nxt.is_digit and len(nxt.text) == 4:
            return True
        lower, s = self.tokens.lower, cue.start
        if (
            s < 2
            or lower[s] not in ("same", "corresponding", "comparable")
            or lower[s - 1] != "the"
            or lower[s - 2] not in ("in", "during", "for")
        ):
            return False
        first = self.ctx.sentences[self.ctx.tok_sentence[s]].start
        return _COMPARING.isdisjoint(lower[first:s])

    def _forecast_sentence(self, sent: Sentence) -> bool:
        """Whether a sentence gives forecasts of a rate and no target: "Economists polled by
        Reuters had forecast a rate of 2.6%", "Estimates in the poll ranged from 0.1% to 0.3%"
        (not "the bank expects inflation to return to its 3% target")."""
        words = set(self.tokens.lower[sent.start : sent.end])
        return not words.isdisjoint(_FORECAST_WORDS) and words.isdisjoint(TARGET_CUES)

    def _stated_level(self, mentions: list[Mention], i: int) -> bool:
        """Whether the figure (or the first of its list) is stated as its subject's value:
        "was 5.3%, 3.7% and 2.1%", "stood at 15.21%" (not "a target of 2%", "an all-time
        high of 16.90 percent")."""
        first = mentions[i]
        while first.chained_to is not None and first.chain_kind == "list":
            first = mentions[first.chained_to]
        t = first.span.start - 1
        while t > 0 and (QUALIFIERS, t) in self.cue_at:
            t -= 1
        lower = self.tokens.lower
        return (
            t >= 0
            and lower[t] in _LEVEL_WORDS
            and not (t > 0 and lower[t - 1] in TARGET_CUES)  # "which the Riksbank targets at"
        )

    def _names_a_rate_of_change(self, sent: Sentence, m: Mention) -> bool:
        """Whether the subject before the sentence's first change word names a rate of change:
        "Services inflation eased to", "Core CPI slowed to" (not "the renewable share ...
        decreased to" in a sentence that opens with a rise in demand)."""
        lower = self.tokens.lower
        for t in range(sent.start, m.span.start):
            if lower[t] in _RATE_NAMES:
                return True  # (also a change word itself: "Growth in construction was")
            if (CHANGES, t) in self.cue_at:
                return False
        return False

    def _names_item_rates(self, sent: Sentence, m: Mention) -> bool:
        """Whether the words before a rate name prices or inflation ("Prices continued to cool
        for housing & utilities (55.1% vs 58.4%)"), whose items' rates are rates of change
        (not "This change also accentuated the shift towards LNG (45%)": a share)."""
        return not _ITEM_RATE_WORDS.isdisjoint(self.tokens.lower[sent.start : m.span.start])

    def _share(self, m: Mention) -> bool:
        """Whether a percentage is a share: "36.3 percent of the total", "accounting for 36.3
        percent", "a share of 12%"."""
        lower = self.tokens.lower
        if m.span.end < self.tokens.n and lower[m.span.end] == "of":
            return True
        return not _SHARE_WORDS.isdisjoint(lower[max(0, m.span.start - 4) : m.span.start])

    def _share_of_a_total(self, m: Mention) -> bool:
        """Whether a percentage or a fraction is a share of a total, a level with no basis:
        "or 27.6 percent of the total", "(3.1% of GDP)", "covered 11.0% of demand",
        "accounting for 17%, 15% and 14% of cases"; not a change of a share ("narrowed by 0.4%
        of GDP", "rose 2% of ...")."""
        if m.unit not in ("percent", "fraction", "percentage_point"):
            return False
        lower, t = self.tokens.lower, m.span.start - 1
        while t > 0 and (QUALIFIERS, t) in self.cue_at:
            t -= 1  # "about", "nearly"
        if t >= 0 and (lower[t] == "by" or (CHANGES, t) in self.cue_at):
            return False
        end = m.span.end
        if end < self.tokens.n and lower[end] == "of":
            return True
        return t > 0 and lower[t] == "for" and lower[t - 1] in _ACCOUNTING

    def _rate_of_change(self, sent: Sentence, m: Mention, cues: list[Span]) -> bool:
        """Whether the words before a rate name a rate of change ("inflation", "the annual
        rate", "price growth"), not a share or reading ("the margin", "the jobless rate", "lifting
        their share in the power mix to 49.5%")."""
        if self._share_named_before(sent, m):
            return False
        if any(
            sent.start <= c.start < m.span.start
            and (
                m.chain_kind in ("from", "level")
                or not any(
                    (QUANT_TOKENS, t) in self.cue_at or self.tokens.text[t] == ";"
                    for t in range(c.end, m.span.start)
                )
            )
            for c in cues
        ):
            # "the 12-month rate rose to 1.9%", "annual inflation was 2.4%" (not "..., 1.2
            # points lower year on year; chemicals 71.4 percent": another item's comparison)
            return True
        lower = self.tokens.lower
        return not CHANGE_RATE_WORDS.isdisjoint(lower[sent.start : m.span.start])

    def _share_named_before(self, sent: Sentence, m: Mention) -> bool:
        """Whether a share is what the words just before a level name, back to the figure or
        the clause before: "its share of total generation fell to 61.5 percent"."""
        lower = self.tokens.lower
        for t in range(m.span.start - 1, sent.start - 1, -1):
            if lower[t] in (",", ";", ":") or (QUANT_TOKENS, t) in self.cue_at:
                return False
            if lower[t] in _SHARE_NOUNS:
                return True
        return False

    def _cue_of_change(self, head: Mention | None, cue: Span) -> bool:
        """Whether a basis cue is written right after the change a level is reached by: "rose
        4 points on the week, to 97%" (the change's basis, not the level's)."""
        if head is None or head.direction is None:
            return False
        return 0 <= cue.start - head.span.end <= 1

    def _level_before_change(self, m: Mention) -> bool:
        """ "totalled 2.1 mln, down 90,000 from a year earlier": the level is not the change."""
        n = self.tokens.n
        comma = next(
            (
                t
                for t in range(m.span.end, min(n, m.span.end + 10))
                if self.tokens.text[t] in (",", ";") or (QUANT_TOKENS, t) in self.cue_at
            ),
            None,
        )
        if comma is not None and self.tokens.text[comma] != ",":
            comma = None  # "0.9 points lower year on year; chemicals 71.4 percent, down 0.3"
        for _ in range(2):
            # past a restatement and a period set off by commas: "$973 million, or $2.97 a
            # share, for the quarter, down from"
            if comma is None or comma + 2 >= n:
                break
            after = next(
                (t for t in range(comma + 2, min(n, comma + 12)) if self.tokens.text[t] == ","),
                None,
            )
            quantity = self.cue_at.get((QUANT_TOKENS, comma + 2))
            restated = quantity is not None and per_share_restatement(self.tokens.lower, quantity)
            dated = after is not None and all(
                (PERIODS_TOKENS, t) in self.cue_at for t in range(comma + 1, after)
            )
            if not (restated or dated):
                break
            comma = after
        if not (
            comma is not None
            and comma + 2 < n
            and self.tokens.lower[comma + 1] in ("up", "down")
            and (CHANGES, comma + 1) in self.cue_at
        ):
            return False
        if (QUANT_TOKENS, comma + 2) in self.cue_at:
            return True
        # "accounted for 55%, up from 52%": a share with no change word of its own is a level
        before = range(max(0, m.span.start - 8), m.span.start)
        return self.tokens.lower[comma + 2] == "from" and not any(
            (CHANGES, t) in self.cue_at for t in before
        )

    def _reached_level(self, m: Mention) -> bool:
        t = m.span.start - 1
        while t >= 0 and (
            self.tokens.lower[t] in ("a", "an", "the", "record", "new", "high", "low")
            or (QUALIFIERS, t) in self.cue_at
        ):
            t -= 1
        if m.span.end < self.tokens.n and (CHANGES, m.span.end) in self.cue_at:
            return False  # "thanks mainly to a 21% jump": a change, reached by nothing
        return bool(t >= 0 and self.tokens.lower[t] == "to")

    def _from_a_unit_back(self, mentions: list[Mention]) -> str | None:
        """The basis of a value compared with ("down from 46%") dated a year, a month or a
        quarter back ("a year earlier", "the month before"), else None."""
        lower = self.tokens.lower
        for n in mentions:
            if n.chain_kind != "from" or n.period is None:
                continue
            if YEAR_BACK.search(n.period.text):
                return "year_on_year"
            if self._change_from_level(n, mentions):
                # "up 21% from 5.3 bcm in 2024" (of 2025), "a fall of 2.0% from 581,520 in
                # FY24", "fell 5.7 points to 63.2 in November from 68.9 in October": a change
                # from the value of the same period a year before, or of the month or quarter
                # before (a week or a day before is left as written)
                head = mentions[n.chained_to or 0]
                assert n.period_dates is not None and head.period_dates is not None
                named = f"{n.period.text} {head.period.text if head.period else ''}"
                relation = compare_periods(
                    n.period_dates, head.period_dates, bool(QUARTER_NAMES.search(named))
                ) or _point_relation(n.period_dates, head.period_dates)
                if relation in ("year_on_year", "month_on_month", "quarter_on_quarter"):
                    return relation
            found = _UNIT_BACK.search(n.period.text)
            if (
                found is not None
                and n.unit not in ("percent", "percentage_point")
                and "from" in lower[max(0, n.span.start - 3) : n.span.start]
            ):
                # a level moved from; not a rate ("annual inflation eased to 4.4% from 4.6% in
                # the previous month") nor a change before ("after a 12.5 billion dlr increase
                # the month before")
                unit = (found.group(1) or found.group(2)).lower()
                return "month_on_month" if unit == "month" else "quarter_on_quarter"
        return None

    def _change_from_level(self, n: Mention, mentions: list[Mention]) -> bool:
        """Whether a value compared with ("from 5.3 bcm in 2024") is the amount a change of
        another period (or the level it reached) is measured from: "up 21% from 5.3 bcm in
        2024", "rose 11 pct to 4.54 mln tonnes from 4.09 mln in 1985" (not a rate set against
        its earlier value, "42%, down from 46% a year earlier")."""
        if n.chain_kind != "from" or n.chained_to is None:
            return False
        head = mentions[n.chained_to]
        return (
            head.direction is not None
            and n.direction is None  # (a level, not a change before: "after a 7,000 rise")
            and (head.unit != n.unit or head.chain_kind == "level")
            and n.unit not in ("percent", "percentage_point")
            and n.period_dates is not None
            and head.period_dates is not None
            and n.period_dates != head.period_dates
        )

    def _from_a_year_back(self, n: Mention, mentions: list[Mention]) -> bool:
        """Whether a value compared with is dated the same period a year before the one of
        the figure it is compared with."""
        head = mentions[n.chained_to or 0]
        if n.period_dates is None or head.period_dates is None:
            return False
        return compare_periods(n.period_dates, head.period_dates) == "year_on_year"

    def _basis_of_period(self, m: Mention) -> str | None:
        """Bases implied by the period phrase: "in the year to June", "between May and June"."""
        if m.period is None or m.period_dates is None:
            return None
        text = m.period.text.lower()
        if YEAR_TO.search(text):
            return "year_on_year"
        match = BETWEEN.search(text)
        if match:
            from ..periods import resolve_period

            later = resolve_period(match.group(2), None, m.period_dates)
            if later.start and later.end:
                earlier = resolve_period(match.group(1), None, (later.start, later.end))
                if earlier.start and earlier.end:
                    return compare_periods((earlier.start, earlier.end), (later.start, later.end))
        return None


def _noted(seen: set[int], i: int) -> bool:
    """Adds `i` to `seen`, for a condition that remembers what it has matched; always true."""
    seen.add(i)
    return True
