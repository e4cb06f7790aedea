"""Which role a period phrase plays in its sentence: the number's own time, a comparison
point, a label year, the value of a period named before a bracket."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span

from ..period_calendar import _MONTHS, names_holiday  # (the calendar's month names)
from ..records import Period
from .context import Attacher, DocContext
from .credit_words import POLICY_ACTION
from .period_spans import DAY_NUMBER
from .structures import Mention, Sentence
from .vocabulary import (
    AGENCY_TOKENS,
    ANAPHORIC_PERIOD,
    BASES,
    CHANGES,
    CLAUSE_OPENERS,
    CREDITS,
    FUNCTION_WORDS,
    MONTH_WORDS,
    ORDINALS,
    PERIODS_TOKENS,
    QUANT_TOKENS,
    RANGE_WORDS,
    RATE_MOVES,
)

# Participles of making a text known, whose time is then when it was: "released 15 July".
_RELEASED = frozenset("released published issued updated dated announced".split())
_RELEASE_NOUNS = frozenset(
    "figures data report release statement announcement meeting decision survey".split()
)
#: What a base year values figures in: "measured in 1981 prices", "in 2012 dollars".
_PRICE_BASES = frozenset("prices dollars euros yuan rupees pounds yen terms".split())
#: Months or a range of months, with or without a year: "January-March", "October 2024".
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
MONTH_SPAN = re.compile(rf"{_MONTH}(?:\s*[-\u2013]\s*{_MONTH})?(?:,? \d{{4}})?", re.I)
# A year or a split year alone (after "in", "at" or "constant"): the base such words value in.
_BASE_YEAR = re.compile(r"^(?:(?:in|at|constant) )*\d{4}(?: ?[/\-\u2013] ?\d{2,4})?$", re.I)
#: A financial year, half or quarter written as one word: "FY25", "H1FY26", "Q2FY25".
_FISCAL_TOKEN = re.compile(r"(?:[hq][1-4])?fy\d{2,4}", re.I)
_CONTRACT_WORDS = frozenset(
    "futures future contract contracts delivery options expiring expire expires maturing "
    "settling loading shipment".split()
)
# Goods traded on futures exchanges, named after a contract's month: "February live cattle".
_TRADED = frozenset(
    "wheat corn soybeans soybean soymeal soyoil oats rice canola cattle hogs cotton cocoa "
    "coffee arabica robusta sugar crude brent wti gold silver copper platinum palladium "
    "aluminium aluminum nickel zinc lumber gasoline heating palm rubber".split()
)
# Words that may follow a traded good in a contract's name: "crude oil", "live cattle".
_GRADES = frozenset("oil oils cattle hogs beans meal steel".split())
# Statistics of a good, which a month before it dates: "February wheat exports".
_STATISTIC_NOUNS = frozenset(
    "exports imports output production sales shipments crop crops stocks inventories harvest "
    "consumption arrivals deliveries demand supply supplies prices price".split()
)
_INTENSIFIERS = frozenset("very quite rather so more less most".split())
_WEEKDAY_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow".split()
)


def weekday_phrase(text: str) -> bool:
    """Whether a period phrase is a day of the week ("on Wednesday", "last Friday") or a day
    named from the day of writing ("yesterday", "today")."""
    words = text.lower().split()
    if names_holiday(text):
        return False  # "on Black Friday", "Cyber Monday": a shopping day, not a weekday
    return bool(words) and words[-1] in _WEEKDAY_NAMES


_SPEECH_VERBS = frozenset(
    "said says told showed show shows reported announced released published added noted".split()
)
# Nouns of another period's figure a difference is measured against: "higher than the rate
# in July", "below the July pace".
_READING_NOUNS = frozenset("rate pace level reading figure value".split())
# Words that open a relative or reported clause: "which", "that".
_RELATIVE_WORDS = frozenset("which that who whose".split())
# Nouns of a figure a year before them dates: "a 1987 deficit", "the 2025 total".
_FIGURE_NOUNS = frozenset(
    "total deficit surplus shortfall output production harvest crop average starts exports "
    "imports sales growth inflation budget outturn revenue revenues spending ranking "
    "rankings".split()
)
# Forecasts a year may date: "its 2025 forecast range", "the 2030 target".
_DATED_FORECASTS = frozenset(
    "forecast forecasts target targets projection projections outlook guidance".split()
)
# Words before "the <year> <figure>" that set it against the number's own figure.
_COMPARED_LEADS = frozenset("of than toward towards from above below".split())
# What begins when a comparison goes back to its start or a span is dated by its start:
# "since records began in 1971", "the season, which began on July 1".
_SERIES_WORDS = frozenset(
    "series records record data survey index collection it which that year season period "
    "month quarter campaign programme program".split()
)
# Nouns of a baseline over past years: "above the 2016-2025 average", "below the 1991-2020 norm".
_BASELINE_NOUNS = frozenset("average averages norm mean median".split())
# Two years written as a span: "2017-2021", "2015–2024".
_YEARS_SPAN = re.compile(r"\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b")

# Words that rank a figure against the past: "the highest since May 2024".
SUPERLATIVES = frozenset(
    "highest lowest largest biggest smallest greatest strongest weakest fastest slowest "
    "sharpest steepest deepest best worst first least most longest shortest cheapest dearest "
    "fewest widest narrowest".split()
)

#: Words that stand between "at" and a meeting's date: "at its", "at the Fed's".
_MEETING_OWNERS = frozenset("its their the his her 's ’s".split())
#: Nouns of a policy move, whose meeting is its time.
_MOVE_NOUNS = RATE_MOVES | frozenset("increase move change".split())

# Documents whose date is not the time their figures refer to: "in its March forecast".
FORECAST_DOCUMENTS = frozenset(
    "forecast forecasts projection projections outlook statement meeting decision minutes".split()
)
# Whole years, which a forecast is for rather than made on: "its 2026 projection", "its
# full-year outlook", "its FY26 forecast", "the 2025-26 forecast".
_WHOLE_YEARS = re.compile(
    r"^(?:full[- ]year|(?:fiscal |fy ?'?)?(?:19|20)\d\d(?: ?[/\-\u2013] ?\d{2,4})?|fy ?'?\d\d)$",
    re.I,
)


# Credits whose day is the figure's: an act ("lowered the rate ... on Thursday") or a valuation
# ("assessed by Argus at $228 a tonne on Friday", "put the price at $62 on Monday").
_DAY_ACTS = frozenset((POLICY_ACTION, "credit.valued", "credit.assessed_by"))


_AT_PRESENT = "period.at_present"
#: Verbs of a second action that a comma alone may join, as headlines do: "Norges Bank holds
#: rate at 4.0%, signals cut in December".
_SECOND_STATEMENTS = frozenset("signals signal sees expects plans flags warns".split())
#: Verbs that open a second action of a number's subject after "and": "held its rate at 4%
#: and signalled a cut in December", "kept it at 2% and was ..." (besides any word in "-ed").
_SECOND_VERBS = _SECOND_STATEMENTS | frozenset("was were is are has said says".split())
#: Words in "-ed" that are no verb of a second action: "seasonally adjusted", "unchanged".
_NOT_SECOND_VERBS = frozenset(
    "adjusted unadjusted unchanged combined expected estimated projected forecasted "
    "seasonally-adjusted".split()
)


class PeriodPhrases(Attacher):
    """Read-only questions about period phrases, asked by `PeriodAttacher`."""

    def __init__(self, ctx: DocContext) -> None:
        super().__init__(ctx)
        self.roles: dict[tuple[str, int, int], bool] = {}  # each phrase's answers, once

    def _is_reference(self, span: Span) -> bool:
        """A period that a change is measured from ("from March 2020", "compared with Q1")."""
        key = ("reference", span.start, span.end)
        if key not in self.roles:
            self.roles[key] = self._find_reference(span)
        return self.roles[key]

    def _is_modifier_year(self, span: Span) -> bool:
        """A bare year used as a label, not a time ("2010 based weights", "(base 1985)"), or
        the date a release came out ("released 15 July 2014")."""
        key = ("modifier", span.start, span.end)
        if key not in self.roles:
            self.roles[key] = self._find_modifier_year(span)
        return self.roles[key]

    def _against_a_level(self, span: Span, lead: list[str], nxt: list[str]) -> bool:
        """ "12% above the level a year earlier", "2.9 pct below their year-earlier level",
        "10.4 pence less than at the same point last year", "up £1.6 billion on Quarter 2
        2024": the time a figure is compared with, not its own."""
        comparing = {"above", "below", "than", "over", "under"}
        if "than" in lead and lead[-1] in ("at", "in", "on", "during", "for"):
            return True
        if (
            nxt[:1] in (["level"], ["levels"])
            or self.tokens.lower[span.end - 1] in ("level", "levels")  # "their year-earlier level"
        ) and not comparing.isdisjoint(lead):
            return True
        if lead[-1:] in (["level"], ["levels"]) and not comparing.isdisjoint(
            self.tokens.lower[max(0, span.start - 4) : span.start]
        ):
            return True
        return lead[-1:] == ["on"] and span.start > 1 and self._changed_quantity_at(span.start - 2)

    def _dated_before(self, span: Span) -> bool:
        """Whether a period phrase with a year stands before `span` in its sentence ("in 2026
        ... over 2025", "In FY25 ... over FY24"; not "in March ... over 1987 as a whole"), or
        one that names the month `span` names ("for May ... over May 2024")."""
        months = {
            _MONTHS[w.rstrip(".")]
            for w in self.tokens.lower[span.start : span.end]
            if w.rstrip(".") in _MONTHS
        }
        return any(
            (PERIODS_TOKENS, t) in self.cue_at
            and (
                _BASE_YEAR.fullmatch(self.tokens.text[t])
                or _FISCAL_TOKEN.fullmatch(self.tokens.text[t])
                or _MONTHS.get(self.tokens.lower[t].rstrip(".")) in months
            )
            for t in range(self.ctx.sentences[self.tok_sentence[span.start]].start, span.start)
        )

    def _dated_subject(self, span: Span) -> bool:
        """Whether a year phrase after a number ("over 2024") follows a period phrase that
        dates the subject of the number's own clause: "Holiday sales in November and
        December will grow 3.5% over 2024", "Shipments this quarter are up 6% over FY25"
        (a clause with no comma, semicolon or bracket between; not "rose 1 pct in March,
        and forecast a rise of one pct over 1987")."""
        lower, text = self.tokens.lower, self.tokens.text
        if not any(
            _BASE_YEAR.fullmatch(text[t]) or _FISCAL_TOKEN.fullmatch(text[t])
            for t in range(span.start, span.end)
        ):
            return False
        opening = self.ctx.sentences[self.tok_sentence[span.start]].start
        for t in range(span.start - 1, opening - 1, -1):
            if text[t] in (",", ";", ":", "(", ")") or lower[t] in _RELATIVE_WORDS:
                return False
            own = self.cue_at.get((PERIODS_TOKENS, t))
            if own is not None and own.start != span.start:
                return not self._is_reference(own)
        return False

    def _so_far_told(self, span: Span) -> bool:
        """Whether "so far" stands right before a period phrase ("so far in the 1986/87
        season", "so far this calendar year") or right after it ("in FY26 so far")."""
        lower = self.tokens.lower
        if tuple(lower[span.end : span.end + 2]) == ("so", "far"):
            return True
        t = span.start
        while t > 0 and span.start - t < 2 and lower[t - 1] in ("in", "this", "during", "the"):
            t -= 1
        return t >= 2 and tuple(lower[t - 2 : t]) == ("so", "far")

    def _opening_clause(self, span: Span, sent: Sentence) -> bool:
        """Whether a span lies in an opening comparison clause: "Compared with X, ..."."""
        if span.start - sent.start > 6 or "," in self.tokens.text[sent.start : span.start]:
            return False
        return bool(span.end < sent.end and self.tokens.text[span.end] == ",")

    def _secondary(self, m: Mention, mentions: list[Mention]) -> bool:
        """A previous or compared value, which does not set the period a text is about."""
        seen = 0
        while m is not None and seen < 10:
            if (
                self.ctx.from_value(m)
                or m.chain_kind == "from"
                or self.ctx.compared_change(m)
                or self.ctx.figure_set_against(m)
            ):
                return True
            if m.chained_to is None or m.chain_kind not in ("list", "paren", "range"):
                return False
            m = mentions[m.chained_to]
            seen += 1
        return False

    def _find_reference(self, span: Span) -> bool:
        lower = self.tokens.lower
        first = lower[span.start]
        text = self.ctx.text(span).lower()
        is_range = bool(RANGE_WORDS.search(text[5:].replace("mid-", "mid ")))  # not "mid-2024"
        prev = span.start - 1 if span.start > 0 else None
        after_change = prev is not None and (
            self._changed_quantity_at(prev) or (CHANGES, prev) in self.cue_at
        )
        nxt = list(lower[span.end : span.end + 2])
        if first == "since" and (nxt[:1] == ["when"] or nxt == [",", "when"]) and self.ranked(span):
            return False  # "the biggest since July, 1984, when the index fell 1.7 pct": its time
        lead = list(lower[max(0, span.start - 3) : span.start])
        last = lead[-1] if lead else ""
        if self._against_a_level(span, lead, nxt):
            return True
        if (
            last in ("that", "those")
            and first in ("in", "of", "for", "during", "from")
            and lead[-2:-1] in (["than"], ["with"], ["to"], ["above"], ["below"], ["over"])
        ):
            return True  # "0.2 points lower than that in July", "than that from January to May"
        if first in ("from", "since"):
            # "from May 2021 to April 2022" is a range, unless it follows a change:
            # "up by 254,000 from December 2013 to February 2014"; after the level of a
            # "from x to y" pair it is the range the pair runs over.
            return not is_range or (after_change and not self._after_from_to_pair(span))
        if text.startswith(("compared", "relative", "against", "versus", "than", "when compared")):
            return True
        if lead[-2:] in (["compared", "with"], ["compared", "to"]) and not self.ranked(span):
            return True  # "grew 0.5% in the three months to May, compared with the three months
            # to February": the period compared, named after the lead-in
        if first in ("over", "on") and nxt[:1] in (["'s"], ["’s"]):
            return True  # "jumped 21 per cent over last year's festive season": compared with
        if self._inside_backward_basis(span):
            return True  # "by 12% compared with the same quarter of 2023": 2023 is compared
        lead_in = [*lead, first] if first in ("of", "in") else lead
        if lead_in[-2:] in (["level", "of"], ["level", "in"], ["levels", "of"], ["levels", "in"]):
            at = span.start - 2 if lead_in is lead else span.start - 1
            wider = lower[max(0, at - 4) : at]
            if any(w in ("above", "below", "than", "under", "over", "against") for w in wider):
                return True  # "6% below the level of Q2 2021": the point compared
        if last in ("from", "since", "than", "versus", "vs", "against", "above", "below", "over"):
            # "a decrease of 2.95 million over the end of 2024": the point compared
            return not (last == "from" and is_range and not after_change)
        if (
            last == "the"
            and (
                lead[-2:-1] in (["from"], ["than"], ["against"], ["versus"], ["vs"])
                or lead[:2] in (["compared", "with"], ["compared", "to"])
            )
            and MONTH_SPAN.fullmatch(text)
            and nxt[:1] not in (["to"], ["until"], ["through"], ["till"])
        ):
            # "down 0.3 point from the January-March period": the months compared, named
            # after an article that the phrase leaves out
            return True
        if (
            (last in _READING_NOUNS and first in ("in", "of", "for", "during"))
            or (nxt[:1] and nxt[0] in _READING_NOUNS)
        ) and not {"than", "above", "below"}.isdisjoint(lead):
            return True  # "0.7 points higher than the rate in July", "below the July pace"
        if (
            (last in ("on", "over") or first in ("on", "over"))
            and re.search(r"same|previous|earlier|ago|prior|preceding", text)
            and not re.search(r"\bsame (?:date|day)$", text)  # "On the same date, ...": the day
        ):
            return True  # "down on the same period in 2024", "up by 929,000 on a year earlier"
        if (
            first == "over"
            and any(ch.isdigit() for ch in text)
            and (
                (QUANT_TOKENS, span.start - 1) in self.cue_at
                or (  # "up 42 per cent and 30 per cent, respectively, over FY24"
                    lead[-2:] == ["respectively", ","]
                    and any(
                        (QUANT_TOKENS, t) in self.cue_at for t in (span.start - 3, span.start - 4)
                    )
                )
            )
            and (self._dated_before(span) or self._dated_subject(span))
        ):
            # "in 2026 was 713 million tonnes, up 0.6 percent over 2025", "In FY25, demand rose
            # 4.2 per cent over FY24", "exports for May, 8 per cent over May 2024", "sales in
            # the fourth quarter will rise 3% over 2024": compared
            return True
        if first == "on" and re.search(r"\blast (?:month|quarter|year)\b", text):
            return True  # "up 2% on last month"
        if (
            first in ("on", "over")
            and prev is not None
            and ((CHANGES, prev) in self.cue_at or (after_change and first == "on"))
        ):  # "96.6 pct up on 1985", "up 5.4% on the second half of 2024"
            if self.is_weekday(span) or names_holiday(self.ctx.text(span)):
                return False  # "the dollar weakened on Tuesday": that day, not a comparison
                # (nor "fell 3.4% on Black Friday")
            # "96.6 pct up on 1985", "sales were 4% higher on 2023"; but "lower on May 5"
            # is that day
            return not (
                first == "on"
                and any(DAY_NUMBER.match(self.tokens.text[t]) for t in range(span.start, span.end))
                and not any(lower[t] in ("quarter", "q") for t in range(span.start, span.end))
            )
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
            before = range(max(0, span.start - 30), span.start)
            return any(
                lower[t] in ("comparing", "compared", "compare") and self.tok_sentence[t] == sent
                for t in before
            )
        if last in ("began", "begun", "started", "starting", "beginning", "commenced") and (
            (lead[-2:-1] and lead[-2] in _SERIES_WORDS)
            or "since" in lower[max(0, span.start - 7) : span.start]
        ):
            # "the lowest since the series began in 2012": when records start; not "35,180
            # dwellings were started in the latest quarter"
            return True
        if last in ("peak", "trough") and "to" not in lead:
            return True  # "above the pre-crisis peak in January 2008", not "peak to trough in"
        return "peak" in text or "trough" in text

    def ranked(self, span: Span) -> bool:
        """A "since X" that ranks a figure, not a change measured from X: "the highest reading
        since May 2024", "the first cut since 2020", "the most for any month since July"."""
        lower, text = self.tokens.lower, self.tokens.text
        if lower[span.start] != "since":
            return False
        sent_start = self.ctx.sentences[self.tok_sentence[span.start]].start
        for i in range(span.start - 1, max(sent_start, span.start - 8) - 1, -1):
            if text[i] in (",", ";") or lower[i] in CLAUSE_OPENERS:
                return False
            if lower[i] in SUPERLATIVES:
                return True
        return False

    def is_weekday(self, span: Span) -> bool:
        """A day of the week ("on Wednesday", "last Friday")."""
        return weekday_phrase(self.ctx.text(span))

    def _spoken_on(self, span: Span) -> bool:
        """Whether a day names when something was said or published, not the figures' time:
        after a credit verb or its subject ("the bureau said Tuesday", "data showed on
        Monday", "according to the ministry on Friday")."""
        sent = self.tok_sentence[span.start]
        lower = self.tokens.lower
        for k in range(span.start - 1, max(-1, span.start - 8), -1):
            if self.tok_sentence[k] != sent or self.tokens.text[k] in (",", ";"):
                break
            cue = self.cue_at.get((CREDITS, k))
            if lower[k] in _SPEECH_VERBS or (cue is not None and cue.id_ not in _DAY_ACTS):
                # (but "lowered the rate to 7.25% on Thursday" is that day's act, and
                # "assessed by Argus at $228 a tonne on Friday" that day's price)
                return True
            if (AGENCY_TOKENS, k) in self.cue_at and k == span.start - 1:
                return True  # "according to the National Bureau of Statistics on Tuesday"
        return False

    def _changed_quantity_at(self, t: int) -> bool:
        """Whether token t ends a quantity that is a change ("up £1.6 billion")."""
        return (QUANT_TOKENS, t) in self.cue_at and self._changed_amount(t)

    def _changed_amount(self, t: int) -> bool:
        """Whether the quantity ending at token t is a change ("up by 254,000", "rose 3%"),
        not a level ("averaged 96.85 points from 1991 until 2025")."""
        while t > 0 and (QUANT_TOKENS, t - 1) in self.cue_at:
            t -= 1
        lower = self.tokens.lower
        return any((CHANGES, k) in self.cue_at or lower[k] == "by" for k in range(max(0, t - 3), t))

    def _described(self, span: Span) -> bool:
        """A period described like a thing ("a wet first half", "a strong second quarter"):
        an adjective and an article before a phrase with no preposition of its own."""
        lower = self.tokens.lower
        if lower[span.start] not in ("first", "second", "third", "fourth", "last", "final"):
            return False
        t = span.start - 1
        if t < 1 or not self.tokens.is_alpha[t] or lower[t] in FUNCTION_WORDS:
            return False
        while t > 0 and (lower[t - 1].endswith("ly") or lower[t - 1] in _INTENSIFIERS):
            t -= 1  # "an exceptionally wet", "a very dry"
        return lower[t - 1] in ("a", "an")

    def counts_an_event(self, span: Span) -> bool:
        """A period that dates a counted event, not a figure: "its third cut this year", "the
        second rise in 2025" (an ordinal and its noun right before the phrase)."""
        lower = self.tokens.lower
        for t in range(span.start - 1, max(-1, span.start - 4), -1):
            if (
                not self.tokens.is_alpha[t]
                or lower[t] in CLAUSE_OPENERS
                or (PERIODS_TOKENS, t) in self.cue_at
            ):
                return False
            if lower[t] in ORDINALS:
                return t < span.start - 1  # the ordinal's noun stands between
        return False

    def _inside_backward_basis(self, span: Span) -> bool:
        """Whether a phrase lies in a basis cue that points back to the period compared
        with ("the same quarter of 2023", "the same period of the previous year"), which is
        then no time of the number's own."""
        cues = {cue for t in range(span.start, span.end) if (cue := self.cue_at.get((BASES, t)))}
        return any(cue.start <= span.start and BACKWARD.search(self.ctx.text(cue)) for cue in cues)

    def _baseline_years(self, span: Span) -> bool:
        """Whether a span of years names the baseline a figure is set against, in a bracket
        before its noun ("the five-year (2017-2021) average") or after "of the" following one
        ("9 points below the median level of the 2015-2024 period")."""
        lower, n = self.tokens.lower, self.tokens.n
        if not _YEARS_SPAN.search(self.ctx.text(span)):
            return False
        s, e = span.start, span.end
        if s > 0 and lower[s - 1] == "(" and e + 1 < n and lower[e] == ")":
            return lower[e + 1] in _BASELINE_NOUNS
        if s >= 2 and lower[s - 1] == "the" and lower[s - 2] == "of":
            return any(w in _BASELINE_NOUNS for w in lower[max(0, s - 5) : s - 2])
        return False

    def _names_a_figure(self, t: int) -> bool:
        """Whether the words from token t (up to four, in small letters) name a figure or a
        forecast of one: "canola production", "NODX growth forecast", "Russian wheat crop"."""
        lower, tokens = self.tokens.lower, self.tokens
        for k in range(t, min(tokens.n, t + 4)):
            if not tokens.is_alpha[k] or lower[k] in FUNCTION_WORDS:
                return False
            if lower[k] in _FIGURE_NOUNS:
                return True
            if lower[k] in _DATED_FORECASTS:
                # the forecast's own value follows: "its 2025 target at 2%", "the 2025
                # forecast range of"; not "To reach the 2030 target, the share would ..."
                nxt = lower[k + 1] if k + 1 < tokens.n else ""
                return nxt in ("at", "of", "to", "range", "ranges")
        return False

    def _quoted_good(self, k: int) -> bool:
        """Whether the traded good at k names a contract, not a statistic of it: "February
        live cattle were up", not "February wheat exports were 287 mln dlrs" nor "JAPAN MARCH
        CRUDE STEEL OUTPUT"."""
        lower = self.tokens.lower
        while k + 1 < self.tokens.n and (lower[k + 1] in _TRADED or lower[k + 1] in _GRADES):
            k += 1  # "crude oil", "palm oil", "arabica coffee"
        return k + 1 >= self.tokens.n or lower[k + 1] not in _STATISTIC_NOUNS

    def _after_a_contract(self, span: Span) -> bool:
        """Whether the phrase's sentence names a futures contract before it."""
        sent = self.ctx.sentences[self.tok_sentence[span.start]]
        return any(self.tokens.lower[k] in _CONTRACT_WORDS for k in range(sent.start, span.start))

    def _closing_month(self, span: Span) -> bool:
        """Whether a month names when the year phrase right before it closed: "in the 1986/87
        fiscal year ended March", "In the 2024-25 financial year ended in March" (the year
        is the figures' time, the month only its close)."""
        lower = self.tokens.lower
        k = span.start - 1
        if lower[span.start] not in MONTH_WORDS and lower[span.start] != "in":
            return False
        k -= k >= 0 and lower[k] == "in"
        return (
            k > 0
            and lower[k] in ("ended", "ending")
            and lower[k - 1] == "year"
            and (PERIODS_TOKENS, k - 1) in self.cue_at
        )

    def _at_a_meeting(self, span: Span) -> int | None:
        """Where the "at" stands when a date names the meeting something is done, kept or
        expected at (else None): "kept
        its rate at 0.5% at its Oct. 29-30 meeting", "a 70% chance of a cut at the Fed's
        Dec. 9-10 meeting", "At Thursday's meeting, five members voted to hold". That
        meeting is the figures' time; a meeting named otherwise ("in the minutes of its
        March meeting", "since its December meeting") is a document or a point it counts
        from."""
        lower, text = self.tokens.lower, self.tokens.text
        k = span.start - 1
        while k >= 0 and span.start - k <= 4 and (
            lower[k] in _MEETING_OWNERS or (text[k][:1].isupper() and lower[k] != "at")
        ):
            k -= 1  # "at its", "at the Fed's", "at the Reserve Bank's"
        return k if k >= 0 and lower[k] == "at" else None

    def _find_modifier_year(self, span: Span) -> bool:
        doc = self.doc
        lower = self.tokens.lower
        first = lower[span.start]
        lead = list(lower[max(0, span.start - 2) : span.start])
        if first not in ("in", "during", "for", "over", "throughout") and any(
            w in _RELEASED for w in lead
        ):
            return True  # "released 15 July 2014", but not "permits issued in December"
        if (
            lead[-1:] in (["estimated"], ["reported"])
            and span.start > 1
            and (QUANT_TOKENS, span.start - 2) in self.cue_at
        ):
            return True  # "against 570 mln dlrs estimated a month ago": when it was estimated
            # (not "Statistics Canada estimated 2025 canola production at")
        if self._closing_month(span):
            return True  # "in the 1986/87 fiscal year ended March": the year's last month
        if first == "on" and lead[-1:] in (["said"], ["reported"], ["announced"]):
            return True  # "the ministry said on March 14": the day it spoke
        if self.is_weekday(span) and self._spoken_on(span):
            return True  # "data showed on Monday", "told reporters on Tuesday"
        nxt_word = self.tokens.lower[span.end] if span.end < self.tokens.n else ""
        held = nxt_word
        if held == "policy" and span.end + 1 < self.tokens.n:
            held = lower[span.end + 1]  # "at its Jan. 28 policy meeting"
        opening = max(self.ctx.sentences[self.tok_sentence[span.start]].start, span.start - 16)
        window = lower[opening : span.start]
        moved = held in ("meeting", "review") and (
            self._at_a_meeting(span) is not None
            or not _MOVE_NOUNS.isdisjoint(window)
            or (
                not {"rate", "rates"}.isdisjoint(window)
                and any((CHANGES, k) in self.cue_at for k in range(opening, span.start))
            )
        )  # "a quarter-point cut at the Fed's Oct. 28-29 meeting", "another cut, to 1.00%, at
        # its Dec. 17 review", "lowered its cash rate by 25 basis points to 3.6% at its July
        # 2024 meeting": the move's day
        if moved:
            return False
        years_forecast = (
            nxt_word in _DATED_FORECASTS
            and _WHOLE_YEARS.match(self.ctx.text(span)) is not None
            and span.end + 1 < self.tokens.n
            and lower[span.end + 1] in ("at", "of", "to", "for", "range", "ranges")
        )  # "raised its full-year forecast for ... to", "kept its 2026 projection at": the
        # years forecast, which the forecast's figures that follow are of
        if (
            not years_forecast
            and nxt_word in FORECAST_DOCUMENTS
            and (first not in ("in", "for", "during") or lead[-1:] in (["its"], ["their"], ["the"]))
        ):
            return True  # "revised down from 3.3% in its March forecast": the forecast's date
        if (
            nxt_word in ("'s", "’s")
            and span.end + 1 < self.tokens.n
            and lower[span.end + 1] in _RELEASE_NOUNS
            and not (
                lower[span.end + 1] == "meeting" and self._at_a_meeting(span) is not None
            )  # (nor "At Wednesday's meeting, four of the six members voted to hold")
            and not (
                lower[span.end + 1] in ("decision", "meeting")
                and any(
                    (CHANGES, k) in self.cue_at
                    for k in range(span.end + 2, min(self.tokens.n, span.end + 8))
                )
            )  # (but "Wednesday's decision also lowered the lombard rate to 4.50%": the day of
            # the move)
        ):
            return True  # "Tuesday's figures showed", "today's report": when it came out
        if nxt_word in _CONTRACT_WORDS or (
            lead[-1:]
            and lead[-1] in _CONTRACT_WORDS
            and not (span.start > 1 and self.tokens.like_num[span.start - 2])
        ):  # (but "48,500 contracts in the week to Nov. 11": contracts counted)
            return True  # "Gold futures for December", "expiring in December": a contract's name
        k = span.end
        while k < min(self.tokens.n, span.end + 3) and self.tokens.is_alpha[k]:
            if lower[k] in _CONTRACT_WORDS or (first in MONTH_WORDS and lower[k] in _TRADED):
                break
            k += 1
        if (
            k < self.tokens.n
            and (
                (k > span.end and lower[k] in _CONTRACT_WORDS)
                or (first in MONTH_WORDS and lower[k] in _TRADED and self._quoted_good(k))
            )
            and first not in ("in", "during", "for", "since", "from", "by", "on")
        ):
            # "the most-active March wheat contract", "the benchmark February palm oil
            # contract", "CME February live cattle were up", "January robusta fell": a
            # contract's name
            return True
        if (
            span.end - span.start == 1
            and first in MONTH_WORDS
            and (CHANGES, span.end) in self.cue_at
            and self._after_a_contract(span)
        ):
            return True  # "the January contract fell 0.8%, while March slipped 1.0%"
        if self._baseline_years(span):
            return True  # "the five-year (2017-2021) average", "the median of the 2015-2024 period"
        if (
            nxt_word in _BASELINE_NOUNS
            and span.end - span.start > 1
            and first not in ("in", "during", "for", "over", "of")
            and (span.end + 1 >= self.tokens.n or lower[span.end + 1] != "of")
        ):
            # "7% above the 2016-2025 average": a baseline's name, not a time; but "the
            # 2015-2019 average of 1.8%" is that figure's own span
            return True
        if (
            # "in 1981", "1979/80", "2011-12"; not "During the year to May 2014 prices"
            _BASE_YEAR.search(self.ctx.text(span))
            and nxt_word in _PRICE_BASES
            and span.end + 1 < self.tokens.n
            and (CHANGES, span.end + 1) not in self.cue_at
            and lower[span.end + 1] not in ("were", "was", "are", "is", "have", "had")
        ):
            return True  # "measured in 1981 prices", "in 2012 dollars": the prices' base year
        k = span.start - 1
        while k > 0 and lower[k] in ("the", "a"):
            k -= 1
        if (k > 0 and lower[k] == "of" and lower[k - 1] in ("prices", "price")) or (
            nxt_word in ("'s", "’s")
            and span.end + 1 < self.tokens.n
            and lower[span.end + 1] in ("prices", "price")
        ):
            return True  # "calculated at the prices of the previous year", "at last year's prices"
        if span.end - span.start != 1 or not doc[span.start].is_digit:
            return False
        prev = self.tokens.lower[span.start - 1] if span.start > 0 else ""
        nxt = doc[span.end] if span.end < len(doc) else None
        if prev in ("base", "based", "=") or (nxt is not None and nxt.text == "="):
            return True
        if prev in ("of", "in", "for", "during", "'s", "’s") or (
            nxt is not None and (CHANGES, nxt.i) in self.cue_at
        ):
            return False  # "for all of 1986 rose", "China's 1986 export earnings"
        if (
            prev in ("a", "an", "the", "its", "their")
            and nxt is not None
            and nxt.lower_ in _FIGURE_NOUNS
        ):
            return False  # "forecast a 1987 deficit of", "bringing the 2025 total to"
        # (not "17.3 points short of the 2030 target": a figure set against the number's)
        k = span.start - 1
        while k > 0 and lower[k] not in _COMPARED_LEADS and span.start - k < 4:
            k -= 1  # "short of the binding 2030 target"
        compared = lower[k] in _COMPARED_LEADS
        if self._names_a_figure(span.end) and not compared:
            # "kept its 2025 growth forecast at 2%", "put the 2026 coffee crop at 66.2 million
            # bags", "estimated 2025 canola production at": the year of the figure named
            return False
        return (
            nxt is not None
            and nxt.is_alpha
            and nxt.lower_ not in FUNCTION_WORDS | {"and", "to", "was", "were", "is"}
        )

    def dates_second_action(self, origin: int, p: Span) -> bool:
        """Whether phrase `p`, after a number ending at `origin`, dates a second action of the
        number's subject (`_second_action`); the time of writing ("at present", "at this
        point") is the first action's too."""
        return p.id_ != _AT_PRESENT and self._second_action(origin, p.start)

    def _second_action(self, origin: int, start: int) -> bool:
        """Whether "and" and a verb of a second action of the number's subject stand between
        the number and a phrase after it, which then dates that action, not the number: "held
        its rate at 4% and signalled a cut in December", "was priced at $40 and launched on
        May 2" (not "rose 2% and imports fell in May", whose "and" opens a clause with its own
        subject); in a headline a comma may join the second action ("holds rate at 4.0%,
        signals cut in December")."""
        lower = self.tokens.lower

        def verb(x: int) -> bool:
            word = lower[x]
            return word in _SECOND_VERBS or (
                word.endswith("ed") and len(word) > 4 and word not in _NOT_SECOND_VERBS
            )

        for x in range(origin, start - 1):
            joined = lower[x] == "and" or (lower[x] == "," and lower[x + 1] in _SECOND_STATEMENTS)
            if joined and self.tokens.is_alpha[x + 1] and verb(x + 1):
                # the number is what the first verb, before it, names ("held ... at 4%"); not
                # the subject of verbs after it ("40 parcels were collected and delivered")
                return not any(verb(k) for k in range(origin, x))
        return False

    def _final_period(
        self,
        sent: Sentence,
        mentions: list[Mention],
        governing: list[Span],
        owners: dict[int, Span],
    ) -> Span | None:
        """A period that closes the sentence after its last number governs every number
        that has none: "X rose 9 mln to 2.6 bln, with Y up 7 mln to 14.8 bln in the quarter"."""
        if not mentions or not governing:
            return None
        last = governing[-1]
        if last.start < mentions[-1].span.end or (
            len(governing) > 1 and any(p.start < mentions[-1].span.start for p in governing)
        ):
            return None
        tokens = self.tokens
        if any(
            not tokens.is_punct[t] and not tokens.is_space[t] for t in range(last.end, sent.end)
        ):
            return None
        if any(w in COMPARISON_WORDS for w in tokens.lower[mentions[0].span.start : last.end]):
            return None  # "0.8% higher than April and 7.3% above the peak in January 2008"
        owner = next((i for i, p in owners.items() if p.start == last.start), None)
        if owner is not None and self._secondary(mentions[owner], mentions):
            return None  # "rose 0.5%, after 0.3% in the first quarter"
        if self.dates_second_action(mentions[-1].span.end, last):
            return None  # "held its rate at 4% and signalled a cut in December"
        if ANAPHORIC_PERIOD.search(self.ctx.text(last)) is None and self._is_modifier_year(last):
            return None
        return last

    def _preceding_reference(
        self, m: Mention, mentions: list[Mention], references: list[Span]
    ) -> Span | None:
        """The comparison point nearest before a number, with no other number between."""
        for r in reversed(references):
            if r.end > m.span.start:
                continue
            if any(r.end <= n.span.start < m.span.start for n in mentions):
                return None
            return r
        return None

    def _bracketed_after_period(self, m: Mention, periods: list[Span]) -> Span | None:
        """The period phrase right before "(" and the number: "since March 2004 (1.9%)"."""
        t = m.span.start - 1
        if t < 1 or self.tokens.text[t] != "(":
            return None
        text, k = self.tokens.text, m.span.end
        while k < self.tokens.n and text[k] != ")" and k - m.span.end < 8:
            own = self.cue_at.get((PERIODS_TOKENS, k))
            if own is not None and not self._is_reference(own):
                return None  # "in October (+1.9% in September)": the bracket's own period
            k += 1  # (not "in Q2 (+12 TWh compared with the same period last year)")
        return next(
            (p for p in periods if p.end == t and not ANAPHORIC_PERIOD.search(self.ctx.text(p))),
            None,
        )

    def in_later_bracket(self, origin: int, t: int) -> bool:
        """Whether token t stands in brackets opened after token `origin` that hold a figure
        before it ("fell 4.5% (-1.7% in August)": "in August" is the bracketed figure's, not
        the one's before the brackets; but "62% in the previous period (1 to 12 October)"
        dates the figure)."""
        opening = self._opening_bracket(t, origin)
        return opening is not None and any(
            (QUANT_TOKENS, k) in self.cue_at for k in range(opening + 1, t)
        )

    def bracketed_aside(self, m: Mention, mentions: list[Mention], sent: Sentence) -> bool:
        """Whether a figure stands in brackets after a figure of its sentence that does not:
        an aside, which sets no period for the figures after the brackets ("climbed 6.8% in
        September (+2.1% in August), consumer goods 3.4%"; not "employ the most people (2.06
        million in June 2025), followed by education (1.55 million)", nor the third of "Malta
        (97.1%), Cyprus (92.4%) and Luxembourg (90.6%)")."""
        opening = self._opening_bracket(m.span.start, sent.start)
        if opening is None:
            return False
        before = [n for n in mentions if sent.start <= n.span.start and n.span.end <= opening]
        return bool(before) and self._opening_bracket(before[-1].span.start, sent.start) is None

    def _after_from_to_pair(self, span: Span) -> bool:
        """Whether a phrase follows a pair of values "from x to y" ("rose from 101.2 to
        103.5 from January to March")."""
        level = self.cue_at.get((QUANT_TOKENS, span.start - 1))
        if level is None or level.start < 2 or self.doc[level.start - 1].lower_ != "to":
            return False
        value = self.cue_at.get((QUANT_TOKENS, level.start - 2))
        return value is not None and value.start > 0 and self.doc[value.start - 1].lower_ == "from"

    def _revision_of(self, mentions: list[Mention], i: int) -> Mention | None:
        """The number that restates mention i as revised: ", revised from 207 mln,"."""
        if i + 1 >= len(mentions):
            return None
        n = mentions[i + 1]
        between = [
            self.tokens.lower[t]
            for t in range(mentions[i].span.end, n.span.start)
            if (PERIODS_TOKENS, t) not in self.cue_at
        ]  # "2.9% this year, revised down from 3.3%"
        if n.chained_to != i or "revised" not in between or len(between) > 4:
            return None
        at = between.index("revised")
        if not {"a", "an", "the", "from"}.isdisjoint(between[:at]):
            return None  # "widened to $4.1 billion from a revised $3.0 billion in August"
        return n

    def _compared_in_pairs(self, mentions: list[Mention], owners: dict[int, Span]) -> None:
        """ "(15.4% vs 17.3% in November), (6.8% vs 10.5%)": the value compared with in a
        later pair is of the period the first pair names for its own."""
        compared = [
            i
            for i, m in enumerate(mentions)
            if m.span.start > 0 and self.tokens.lower[m.span.start - 1] in ("vs", "vs.", "versus")
        ]
        named = next((owners[i] for i in compared if i in owners), None)
        if named is None:
            return
        for i in compared:
            if i not in owners and mentions[i].span.start > named.end:
                owners[i] = named

    def _from_to_ends(
        self,
        mentions: list[Mention],
        chosen: list[Span | None],
        ref: date | None,
        anchor: tuple[date, date] | None,
    ) -> None:
        """ "rose from 2.2% to 2.7% between September and October", "fell from 9% to 6%
        from 2010 to 2020": when a value moved from and the level it reached share a phrase
        that runs between two periods, the first value is of the first period, the level
        of the second (a change stated beside them keeps the whole phrase)."""
        from ..periods import period_ends

        doc = self.doc
        for i, m in enumerate(mentions[:-1]):
            n, p = mentions[i + 1], chosen[i]
            if p is None or chosen[i + 1] is not p or not self.ctx.from_value(m):
                continue
            between = [t.lower_ for t in doc[m.span.end : n.span.start]]
            if not between or between[0] != "to" or len(between) > 3:
                continue
            if m.period is None or m.period.text != p.text or n.period is None:
                continue  # a comparison point has set another period
            ends = period_ends(p.text, ref, anchor, self.ctx.fiscal_country)
            if ends is None:
                continue
            for mention, end in zip((m, n), ends, strict=True):
                mention.period = Period(p.text, end.start, end.end)
                mention.period_dates = (end.start, end.end) if end.start and end.end else None


BACKWARD = re.compile(r"\b(?:same|corresponding|previous|prior|preceding|earlier|ago|before)\b")
YEAR_BACK = re.compile(
    r"\b(?:last|previous|prior|preceding) year\b|\byear (?:earlier|ago|before)\b", re.I
)
COMPARISON_WORDS = frozenset(
    {"than", "compared", "versus", "vs", "vs.", "against", "above", "below", "from", "since",
     "after", "following", "peak", "previous", "prior", "earlier", "surpassing", "expected",
     "expectations", "forecast", "forecasts", "as"}
)  # fmt: skip


def unit_of(span: tuple[date, date]) -> str | None:
    """ "week", "fortnight", "month", "quarter" or "year" for a span of that length."""
    days = (span[1] - span[0]).days + 1
    if days in (7, 14):
        return "week" if days == 7 else "fortnight"
    if 28 <= days <= 31:
        return "month"
    if 89 <= days <= 92:
        return "quarter"
    if days in (365, 366):
        return "year"
    return None


def year_before(point: tuple[date, date], current: tuple[date, date]) -> bool:
    """Whether `point` is a longer span that holds `current` a year back ("last year")."""
    try:
        back = (
            current[0].replace(year=current[0].year - 1),
            current[1].replace(year=current[1].year - 1, day=min(current[1].day, 28)),
        )
    except ValueError:
        return False
    longer = (point[1] - point[0]) > (current[1] - current[0])
    return longer and point[1] < current[0] and point[0] <= back[0] and back[1] <= point[1]
