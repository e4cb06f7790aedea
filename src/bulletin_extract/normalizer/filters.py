"""Which quantities are measurements (dates, ordinals, streaks, names and titles are not)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..quantities import (
    MULTIPLE_WORDS,
    SCALE_WORDS,
    Quantity,
    is_currency_code,
    pair_quote,
    parse_quantity,
    written_scale,
)
from ..tokenizer import CURRENCY_SIGNS
from .context import Attacher, DocContext
from .credit_words import ANALYSTS
from .structures import Mention
from .units import (
    AMOUNT_FOLLOWERS,
    LEVEL_LEADS,
    LEVEL_WORDS,
    POINT_CHANGE_NOUNS,
    TOPIC_REACH,
    UnitRules,
)
from .vocabulary import (
    ADDED_WORDS,
    AGE_WORDS,
    AUXILIARIES,
    BASES,
    CHANGES,
    CLAUSE_OPENERS,
    COMPARATIVES,
    COPULAS,
    EVENT_WORDS,
    FUNCTION_WORDS,
    INDEX_WORDS,
    LABEL_WORDS,
    MONTH_WORDS,
    ORG_WORDS,
    PERIODS_TOKENS,
    PRONOUNS,
    QUALIFIERS,
    QUANT_TOKENS,
    RATE_UNITS,
    SPAN_LEAD_WORDS,
    STOCK_INDEXES,
    STREAK_WORDS,
    TIME_UNITS,
    heads_clause,
    is_clause_verb,
    splits_group,
)

#: Dates written with digits only.
WRITTEN_DATE = re.compile(r"\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4})\b")

#: Telephone numbers: "+44 (0)1633 455839", "1-800-555-0199", "(02) 6252 5000".
PHONE_NUMBER = re.compile(
    r"\+\d{1,3}[ \t.-]*(?:\(0\)[ \t]*)?\d[\d \t.-]{5,}\d"
    r"|\(0\)[ \t]*\d[\d \t-]{5,}\d"
    r"|\b\d{1,4}(?:-\d{3,4}){2,}\b"
    r"|\(\d{2,4}\)[ \t]*\d{3,4}[ \t-]\d{3,4}\b"
)
PHONE_WORDS = frozenset("call tel tel. telephone phone fax contact ring dial".split())
#: Quote marks around a name written with digits: the '618' festival, the "Double 11" sales.
QUOTES = frozenset({"'", '"', "‘", "’", "“", "”"})

#: Words between a level's lead and the reading: "stood at a provisional 104.6".
READING_ADJECTIVES = frozenset(
    "a an provisional preliminary revised final flash estimated adjusted seasonally "
    "downwardly upwardly".split()
)

#: A money mention that opens with its currency symbol ("$262 million", "US$3bn", "£5m").
SYMBOL_FIRST = re.compile(r"^[A-Z]{0,3}[$£€¥₹]")

#: Words before "N quarters" that make it a stretch of time, not a fraction.
SPAN_OPENERS = frozenset("first last past previous next latest recent coming final opening".split())


def index_named(words: set[str]) -> bool:
    """Whether a sentence's words name an index; "Dow" alone may be the forecaster ("the Dow
    Jones estimate of 230,000"), so it counts with "industrial" or "average" only."""
    found = words & _SCORED
    if found == {"dow"}:
        return bool(words & {"industrial", "industrials", "average"})
    return bool(found)


# Words that name a measure read in points: an index, or a score ("the median energy
# efficiency score was 68").
_SCORED = INDEX_WORDS | frozenset(("score", "scores"))

#: Verbs after a threshold: "a reading above 50 indicates growth".
THRESHOLD_VERBS = frozenset(
    "indicates indicate signals signal denotes denote means mean suggests suggest shows "
    "points represents".split()
)


#: Time zones and clock words after a time of day: "by 0300 GMT", "at 10 a.m. ET".
CLOCK_ZONES = frozenset(
    "gmt utc bst cet cest et est edt pt pst pdt jst hkt sgt ist aest a.m. p.m. am pm".split()
)


# Who a survey asks: "18 of the 22 economists polled" counts the survey, not a classification.
_SURVEYED = ANALYSTS | frozenset("forecasters respondents participants traders".split())

# Words that make a group a survey's sample: "Of the 250 firms surveyed, ...".
_ASKED = frozenset("surveyed polled asked questioned interviewed sampled responding".split())

# Words before the first count of a split vote: "voted five to four", "by seven to two".
_VOTE_LEADS = frozenset("voted vote votes by".split())

# Words before a number word that make its noun a set already named or a denominator: "the
# two countries", "a basket of six currencies", "in five of seven subsectors".
_DEFINITE_BEFORE_COUNTS = frozenset(
    "the these those its their our his her all both of against".split()
)
# Lower-case words between a number word and the plural it counts: "twelve administrative
# receiverships", "six major provinces".
_COUNT_MODIFIERS = frozenset(
    "administrative major main large small big other new member key leading offshore onshore "
    "domestic foreign local regional national private public".split()
)
# Plurals that a number word does not count as things: multiples, spans and ranks.
_NOT_COUNTED = frozenset(
    "times percent points decades centuries ways aspects reasons factors things steps "
    "sessions".split()
)

# Verbs of a level a duration can be stated at: "stood at 27 days", "fell to 44 days".
_LEVEL_VERBS = frozenset(
    "stood stands stand fell rose dropped climbed increased decreased declined eased slipped "
    "edged jumped reached registered recorded logged totalled totaled numbered hit was were is are "
    "averaged".split()
)
# What follows the upper bound of an age band: "25 to 34 years", "50 to 64 year-olds".
_AGE_UNITS = frozenset("years yrs".split())
# People that an age after "over" or "under" describes: "those over 50".
_PEOPLE = frozenset(
    "those people persons workers adults men women employees residents individuals youths "
    "youth someone anyone children".split()
)
# Words between an age word and the bound of its band: "aged from 16 to 64".
_AGE_BAND_WORDS = frozenset("from to and between - – of over under".split())
# Words before "a quarter" that make it the size of a change: "fell by about a quarter to".
_BY_A_FRACTION = frozenset("by about around nearly almost roughly some over".split())
# Bounds of a definition after a number: "100 people or more", "aged 65 and over".
_BOUND_WORDS = frozenset({
    ("or", "more"), ("or", "over"), ("or", "fewer"), ("or", "less"), ("and", "over"),
    ("or", "older"), ("and", "older"),
})  # fmt: skip
# Groups named "older ...": "and older adults 410 million" names a group, not a bound.
_OLDER_GROUPS = frozenset(
    "adults people persons workers residents consumers households drivers women men "
    "patients homeowners borrowers travellers travelers".split()
)
# A sign written in brackets before a figure: "(-)2.71 per cent".
_BRACKETED_SIGNS = frozenset(("(-)", "(\u2212)", "(+)"))
# Words before "minus" that make it the sign of a reading: "improved to minus 78.7 points".
_MINUS_LEADS = frozenset("to at of from was is were by ( , stood".split())
# Containers whose size a quantity after "of" defines: "bags of 60 kilos".
_CONTAINERS = frozenset(
    "bag bags bale bales sack sacks carton cartons box boxes crate crates drum drums".split()
)

# Words after ADDED_WORDS that are not things counted: "two more than", "one new or".
_ADDED_NOT = frozenset("than or and of to".split())

# Words after a number that make it an amount, not part of a name.
_SCALES = frozenset("thousand million billion trillion mln bln crore lakh pct percent %".split())


#: Words before a diffusion index's reading: "the PMI was 49.2 percent".
_READING_LEADS = frozenset("was were is stood at registered".split())
#: Words of an index whose figures are rates of change, not readings: a price index.
_RATE_NOUNS = frozenset("price prices inflation change percentage growth rate".split())

# Periods a basis compares ("year-on-year", "month-over-month", "quarter-on-quarter").
_BASIS_PERIODS = frozenset("year month quarter week day".split())
#: Verbs of a spread between two bounds: "ranged from 44 in the east to 58 in the west".
_RANGE_VERBS = frozenset("ranged ranging range ranges varied varying vary varies".split())
#: Nouns of a share or a ratio in percent: "the share of exports was 45 percent".
_SHARE_NOUNS = frozenset(
    "share shares proportion percentage ratio accounted accounting".split()
)
# Nouns of the line an index is read against: "the critical point of 50 percent".
_LINE_NOUNS = frozenset(("point", "line", "mark", "threshold"))
# Nouns after a number that call it a reading: "the 52.0 reading", "the 61.6 median estimate".
_READING_NOUNS = frozenset("reading readings median consensus estimate print".split())
#: The base of an index written after its level: "126.4 (2020=100)", "(base June 2017=1000)".
_INDEX_BASE = re.compile(
    r"\s*\((?:base\s+)?[A-Za-z]{0,9}\s?(?:19|20)\d\d\s?=\s?(?:10{2,3}|1,000)\)"
)
#: The base of an index stated anywhere in a sentence: "Indexed to the UK average (UK=100)".
_BASE_STATED = re.compile(r"\([A-Za-z0-9 ]{1,30}=\s?(?:10{2,3}|1,000)\)")
# Participles of a figure's publication: "first published as 89.8", "88.3 compiled by".
_REPORTED = frozenset("published reported released compiled estimated put given".split())
# Words that rank a group a figure is told over: "the top 25 markets", "the richest 10%".
_RANK_WORDS = frozenset("top bottom richest wealthiest poorest largest biggest".split())
# Nouns of the parts a classification or ranking has: "the 31 provinces", "top seven cities".
_GROUP_NOUNS = frozenset(
    "cities provinces regions sectors subsectors categories industries divisions markets "
    "ports countries states districts areas economies municipalities prefectures cantons "
    "counties territories zones segments classes plants reservoirs stores products "
    "commodities kinds types components buyers suppliers exporters importers producers".split()
)
# Words after a group that make its number a survey's size: "the 250 firms surveyed".
_SURVEYED_AFTER = frozenset(
    "surveyed polled questioned sampled covered responding reporting".split()
)
#: Words after which a bare decimal is a forecast of a reading: "had forecast 60.2".
_FORECAST_LEADS = frozenset("forecast expected expecting predicted estimated projected".split())


# What stocks are measured against in the time they last: "98 days of net imports".
# Units of time, as a quantity's last word: "12 days", "three weeks".
_TIME_WORDS = frozenset(
    "day days week weeks month months year years hour hours minute minutes decade decades".split()
)
_COVERED = frozenset(
    "imports consumption supply supplies demand sales use output production cover operation "
    "operations generation requirement requirements stock stocks".split()
)
# Words before a value compared with one before it: "against 16 days".
_COMPARED_WITH = frozenset("against versus vs from compared with".split())
# Nouns of a norm whose value a duration after "of" states: "against a standard of 8 hours".
_NORM_NOUNS = frozenset(
    "standard standards target targets limit limits threshold norm benchmark average median "
    "maximum minimum ceiling cap".split()
)


# Words before a bound that say which things a figure counts: "priced under ₹10,000".
_DEFINING_BOUNDS = frozenset("above below under over exceeding beyond between".split())
_MEASURED_BY = frozenset(
    "priced valued costing paying earning employing involving weighing measuring sized "
    "rated".split()
)
# Words between the bounds of a range: "20-70 GWh", "10 to 49", "between 2 500 and 5 000".
_RANGE_MARKS = frozenset(("-", "–", "to", "and"))
# Nouns of a band a range defines: "the 2 500-5 000 kWh consumption band".
_BANDS = frozenset("band bands bracket brackets group groups segment class".split())
# Words before "with" that are verbs, not the things a "with" phrase describes.
_NOT_OWNERS = frozenset("was is has does as this its us ends closes opens comes begins".split())
# Units of the items whose prices are followed: "an 800g loaf", "a 500ml bottle".
_PACK_UNITS = frozenset("gram kilogram litre millilitre centilitre".split())
# Verbs of a unit's definition: "1 jin equals 0.5 kilograms".
_EQUALS = frozenset(("equals", "="))

# Words before a number that make it a grade of fuel: "Euro-super 95", "RON 92".
_GRADE_LEADS = frozenset("super unleaded ron octane".split())
# Words after a number that make it a grade of coal: "5,500 NAR", "6,000 GAR".
_GRADE_MARKS = frozenset("nar gar gcv ncv".split())
# Words before a range of time stated as a level: "from 53-55 days", "at 20 to 25 days".
_LEVEL_LEADS = _LEVEL_VERBS | frozenset(
    "to from at of against versus vs with between about around nearly some".split()
)
# Words after a bound that call it a line: "stayed below 80, the level that signals".
_LEVEL_NAMED_AFTER = frozenset(
    (",", "the", noun) for noun in ("level", "threshold", "mark", "line")
)
# Words after a count of periods that make them one period: "the four quarters to June".
_PERIOD_ENDS = frozenset("to ending ended through".split())
# Words between a group's comma and the count of its part: "Of the 95 mills, only 12".
_ONLY = frozenset("only just some about around nearly".split())
# Words of a streak a number after "of" counts: "a run of six declines".
_RUNS = frozenset("run streak string".split())

# A rand amount written "R" and a small whole number alone: more often a name ("R2").
_BARE_RAND = re.compile(r"R\d{1,2}")


class MeasurementRules(Attacher):
    """Which quantities are measurements (dates, ordinals, streaks, names and titles are not)."""

    def __init__(self, ctx: DocContext, units: UnitRules) -> None:
        super().__init__(ctx)
        self.units = units
        self._phones: list[tuple[int, int]] | None = None  # character spans of phone numbers
        self._base_stated: dict[int, bool] = {}  # sentence -> whether it states an index base
        self._abbreviations: dict[str, tuple[str, float]] | None = None  # see _defined_units
        self._percent_index: tuple[set[int], dict[int, Span]] | None = None  # see _percents
        self._percent_readings: bool | None = None  # see _unnamed_sub_reading

    def mention(self, span: Span, period_tokens: set[int]) -> Mention | None:
        if any(t in period_tokens for t in range(span.start, span.end)):
            return None
        label = span.label_
        if label == "MONEY":
            span = self._with_sign(span)
        span = self._without_modifier_article(span)
        if label == "PHYSICAL":
            if self._spelled_compound(span):
                return None  # "twenty-foot equivalent units": an adjective of what follows
            trimmed = self._without_compound_unit(span)
            if trimmed is not None:  # "9.12 million twenty-foot equivalent units"
                span, label = trimmed, trimmed.label_
        defined = self._with_defined_unit(span) if label == "NUMBER" else None
        parsed: Quantity | None
        if defined is not None:
            span, parsed = defined  # "13.5 MT" after "49.5 million tonnes (MT)"
            label = span.label_
        else:
            parsed = parse_quantity(self.ctx.text(span), label)
        if parsed is None:
            return None
        if not self._passes_common_filters(span, parsed.value, parsed.unit):
            return None
        if label == "NUMBER" and not self._is_measurement(span, parsed.value):
            return None
        if label == "PERCENT" and self._group_size(span):
            return None  # "the top 1% of households held 31%": the group, not a share
        if label == "PERCENT" and self._dividing_mark(span, parsed.value):
            return None  # "remaining above the critical point of 50 percent"
        if label == "FRACTION" and not self._is_fraction(span):
            return None
        if (
            label == "MULTIPLE"
            and span.text.lower() in MULTIPLE_WORDS
            and not self._multiple_word(span)
        ):
            return None
        unit = parsed.unit
        if unit == "count" and self._electricity_units(span):
            # "86.4 billion units (BU)": billion kilowatt hours
            span = Span(span.doc, span.start, span.end + 1, label=span.label, span_id=span.id)
            unit = "kilowatt hour"
        if unit == "count" and self._is_ratio_level(span, parsed.value):
            unit = "times"  # "the price-to-earnings ratio is 22.7", "with a ratio of 11.1"
        elif (unit == "count" and self._is_index_level(span, parsed.value)) or (
            label == "PERCENT" and self._is_percent_reading(span)
        ):
            unit = "index_point"
        if label == "INDEX_POINT":
            if not self._is_points_measure(span):
                return None
            unit = self.units._points_unit(span)
        value = parsed.value
        lower = self.tokens.lower
        if (
            span.start > 1
            and lower[span.start - 1] == "minus"
            and lower[span.start - 2] in _MINUS_LEADS
            and value > 0
        ):
            # "fell to minus 78.7 points": the sign written as a word
            span = Span(span.doc, span.start - 1, span.end, label=span.label, span_id=span.id)
            value = -value
        elif span.start > 0 and self.tokens.text[span.start - 1] in _BRACKETED_SIGNS:
            # "stood at (-)2.71 per cent": the sign in brackets, as Indian releases write it
            if self.tokens.text[span.start - 1] != "(+)" and value > 0:
                value = -value
            span = Span(span.doc, span.start - 1, span.end, label=span.label, span_id=span.id)
        return Mention(
            span=span,
            value=value,
            unit=unit,
            sentence=0,
            rules=[span.id_] if span.id_ else [],
        )

    def _with_sign(self, span: Span) -> Span:
        """The money span with the sign written before its symbol: "(-$262 million)",
        "+£5m" (the tokenizer splits the sign off). Not the dash of "$5-$10"."""
        tokens = self.tokens
        if span.start == 0 or not SYMBOL_FIRST.match(self.ctx.text(span)):
            return span
        sign = span.start - 1
        if tokens.text[sign] not in ("-", "+", "\u2212") or tokens.whitespace[sign]:
            return span
        before = sign - 1 if sign else None
        if (
            before is not None
            and not tokens.whitespace[before]
            and not tokens.is_space[before]
            and tokens.text[before] not in ("(", "[", ",", ":", ";", "/")
        ):
            return span
        return Span(span.doc, sign, span.end, label=span.label, span_id=span.id)

    def _multiple_word(self, span: Span) -> bool:
        """ "doubled", "nearly triple the 54,064": a multiple that states a figure, with a
        qualifier or a comparison after it or as the verb of a change; not "double-digit",
        "doubled down", "double taxation" or a name ("Double 11")."""
        lower, t = self.tokens.lower, span.start
        nxt = lower[span.end] if span.end < self.tokens.n else ""
        if nxt in ("-", "down", "up") or (t > 0 and self.tokens.text[t - 1] == "-"):
            return False
        qualified = t > 0 and (QUALIFIERS, t - 1) in self.cue_at
        if lower[t].endswith("ed"):
            # "more than doubled", "exports doubled to 2.02 million", "tripled from a year ago"
            return qualified or nxt in ("to", "from", "in", "over", "since", "year", ",", ".")
        # "nearly double the $8.2 billion", "almost triple that of 2024"; a headline's verb:
        # "Urea imports nearly double to 7.9 mt", "Exports triple to $5 bn"
        after = self.tokens.text[span.end + 1][:1] if span.end + 1 < self.tokens.n else ""
        to_figure = nxt == "to" and after != "" and (after.isdigit() or after in CURRENCY_SIGNS)
        return (qualified and nxt in ("the", "that", "its", "their", "a", "last", "from")) or (
            to_figure
        )

    def _spelled_compound(self, span: Span) -> bool:
        """ "twenty-foot equivalent units", "forty-foot boxes": a number word joined by a
        hyphen to a unit, before a word it describes."""
        tokens, s, e = self.tokens, span.start, span.end
        return (
            e - s == 3
            and e < tokens.n
            and tokens.is_alpha[s]
            and tokens.like_num[s]
            and tokens.text[s + 1] == "-"
            and not tokens.whitespace[s]
            and not tokens.whitespace[s + 1]
            and tokens.is_alpha[e]
        )

    def _without_compound_unit(self, span: Span) -> Span | None:
        """ "9.12 million twenty-foot equivalent units" -> "9.12 million": a unit joined by a
        hyphen to a number word is a compound adjective of what follows ("twenty-foot"), not
        the unit of the figure before it; None when the span has no such end."""
        tokens, end = self.tokens, span.end
        if (
            end + 1 < tokens.n
            and tokens.lower[end - 1] in _BASIS_PERIODS
            and tokens.text[end] == "-"
            and tokens.lower[end + 1] in ("on", "over", "to")
            and any(tokens.like_num[k] for k in range(span.start, end - 1))
        ):
            # "declined by 87 thousand year-on-year": the unit word opens the basis
            return Span(span.doc, span.start, end - 1, label="NUMBER", span_id=span.id)
        if (
            end - span.start < 4
            or tokens.text[end - 2] != "-"
            or tokens.whitespace[end - 3]
            or tokens.whitespace[end - 2]
            or not tokens.is_alpha[end - 3]
            or not tokens.like_num[end - 3]
            or tokens.lower[end - 3] in SCALE_WORDS  # "a 0.8 million-barrel draw": a unit
            or not any(tokens.like_num[k] for k in range(span.start, end - 3))
        ):
            return None
        return Span(span.doc, span.start, end - 3, label="NUMBER", span_id=span.id)

    def _without_modifier_article(self, span: Span) -> Span:
        """The hyphenated size of a move without its article when it modifies a noun: "a
        quarter-point rate cut" -> "quarter-point" (as "a 25-basis-point cut" -> "25-basis-point");
        "by a quarter point" keeps it."""
        tokens = self.tokens
        if (
            span.end - span.start < 4
            or tokens.lower[span.start] not in ("a", "an", "another")
            or tokens.text[span.start + 2] != "-"
            or span.end >= tokens.n
            or not tokens.is_alpha[span.end]
        ):
            return span
        return Span(span.doc, span.start + 1, span.end, label=span.label, span_id=span.id)

    def _is_points_measure(self, span: Span) -> bool:
        """Not "a 10-point plan", "a seven-point lead" or "at one point"."""
        doc = self.doc
        nxt = doc[span.end] if span.end < len(doc) else None
        prev = self.tokens.lower[span.start - 1] if span.start > 0 else ""
        if prev == "at" and span.text.lower() == "one point":
            return False
        hyphenated = any(t.text == "-" for t in span)
        if not hyphenated or nxt is None or not nxt.is_alpha:
            return True
        # the noun the size modifies: "a quarter-point cut", "a quarter-point rate cut", "a
        # quarter-point Fed rate cut"; not "a 10-point plan", "a seven-point lead"
        return self.move_noun_after(span.end, POINT_CHANGE_NOUNS)

    def _threshold_verb_after(self, t: int) -> bool:
        """Whether a threshold verb follows at t, past adverbs ("that typically signals")."""
        lower = self.tokens.lower
        for k in range(t, min(len(lower), t + 3)):
            if lower[k] in THRESHOLD_VERBS:
                return True
            if not lower[k].endswith("ly"):
                return False
        return False

    def _passes_common_filters(self, span: Span, value: float, unit: str) -> bool:
        """Checks for every kind of quantity: list markers, labels, bounds, spans of time."""
        tokens = self.tokens
        text, lower = tokens.text, tokens.lower
        label = span.label_
        # the tokens on either side (None, and "" lower-cased, past the document's ends)
        prev = text[span.start - 1] if span.start > 0 else None
        low_prev = lower[span.start - 1] if span.start > 0 else ""
        nxt = text[span.end] if span.end < tokens.n else None
        low_nxt = lower[span.end] if span.end < tokens.n else ""
        # "1." / "(1)" / "2)" numbering and footnote markers.
        if self.ctx.sentence_start(span.start) and nxt is not None and nxt in (".", ")"):
            return False
        if self._inside_written_date(span) or self._inside_phone_number(span):
            return False
        if (
            low_prev == "per"
            or (low_prev == "of" and span.start > 1 and lower[span.start - 2] in _CONTAINERS)
            or (low_prev == "/" and span.start > 1 and is_currency_code(text[span.start - 2]))
        ):
            return False  # "₹1,31,400 per 10 grams", "bags of 60 kilos", "EUR/1000 litres"
        if (
            prev is not None
            and low_prev in ("above", "below", "over", "under")
            and nxt is not None
            and low_nxt in THRESHOLD_VERBS
        ):
            return False  # "a reading above 50 indicates growth": a threshold, no figure
        if (
            prev is not None
            and low_prev in ("of", "above", "below", "over", "under")
            and nxt is not None
            and low_nxt in ("that", "which")
            and self._threshold_verb_after(span.end + 1)
        ):
            return False  # "the level of 80 that typically signals a recession"
        if (
            low_nxt in ("and", "or")
            and unit not in ("percent", "percentage_point")  # ("growth of 5% or more": a figure)
            and span.end + 1 < tokens.n
            and lower[span.end + 1] in ("above", "over", "more")
            and not (span.end + 2 < tokens.n and lower[span.end + 2] == "than")
        ):
            return False  # "revenue of 20 million yuan and above", "10 or more employees": a
            # bound of a definition
        if label == "MONEY" and _BARE_RAND.fullmatch(self.ctx.text(span)):
            return False  # "the R2 index", "the R10 road": a name; "R72.4 billion" is rand
        if label == "NUMBER" and nxt is not None and low_nxt in CLOCK_ZONES:
            return False  # "by 0300 GMT", "at 10 a.m. ET": a time of day
        if (
            label == "NUMBER"
            and prev is not None
            and prev in QUOTES
            and nxt is not None
            and nxt in QUOTES
        ):
            return False  # the '618' festival, the "Double 11" sales: names, not amounts
        bracketed = prev is not None and prev == "(" and nxt is not None and nxt == ")"
        written = self.ctx.text(span)
        if (
            bracketed
            and label == "NUMBER"
            and "." not in written
            and not (written[:1] in "+-\u2212" or "," in written)  # but "(+96,000)", "(44,000)"
            and SCALE_WORDS.isdisjoint(lower[span.start : span.end])  # nor "UPS (610 million)"
            and not (  # nor "the lowest prices were in Malta (798) and Luxembourg (812)"
                len(written) == 3 and span.start > 1 and tokens.is_title[span.start - 2]
            )
        ):
            return False
        # "Figures 2 and 3", "Table 3": walk back over a list of numbers to a label word.
        t = span.start - 1
        while t >= 0 and (
            self.tokens.like_num[t] or self.tokens.lower[t] in ("and", ",", "or", "to", "-")
        ):
            t -= 1
        if (
            label == "NUMBER"
            and t >= 0
            and t < span.start - 1
            and self.tokens.lower[t] in LABEL_WORDS
            and any(self.tokens.like_num[k] for k in range(t + 1, span.start))
        ):
            return False  # not "At the sector level, 6 of the 9 sectors"
        # Bounds in definitions: "100 people or more", "aged from 16 to 64".
        window = list(lower[span.end : span.end + 5])
        if label in ("NUMBER", "PHYSICAL") and any(self._bound_at(window, i) for i in range(3)):
            return False
        if label == "MONEY" and window[:2] in (["or", "less"], ["or", "more"]):
            return False  # "loan balances of $806,500 or less": a bound of a definition
        back = list(lower[max(0, span.start - 4) : span.start])
        if any(
            w in AGE_WORDS
            and back[k + 1 : k + 2] not in (["group"], ["groups"], ["band"])
            and all(b in _AGE_BAND_WORDS or b[:1].isdigit() for b in back[k + 1 :])
            for k, w in enumerate(back)
        ):
            # "aged 16 to 64", not "a quarter of that age group (26.8%)" nor "job seekers
            # under 25 years of age numbered 866,500"
            return False
        # Spans of time are not measurements ("25 days after", "the last four weeks"); a
        # decimal duration is ("a 6.3 months' supply"), and so is time counted in scale words
        # ("1.08 billion hours worked", "2.4 million working days lost").
        if (
            unit in ("day", "week", "month", "year", "hour", "minute", "second", "decade")
            and value == int(value)
            and "." not in self.tokens.text[span.start]  # "from 41.0 hours": written as a level
            and SCALE_WORDS.isdisjoint(lower[span.start : span.end])
            and not self._time_of_cover(span)
            and not self._time_as_level(span, unit, value)
        ):
            return False
        if self._bound_of_definition(span, unit) or self._unit_equivalence(span):
            return False
        if unit in _PACK_UNITS and self._pack_size(span):
            return False
        # Index bases: "2010=100", "equal to 100", "base of 100".
        return not (
            value == 100 and (back[-2:] == ["equal", "to"] or back[-1:] == ["="] or "base" in back)
        )

    def _bound_of_definition(self, span: Span, unit: str) -> bool:
        """A bound that says which things a figure is about, no figure itself: "phones priced
        under ₹10,000", "firms with fewer than 50 workers", "consumers with an annual
        consumption between 2 500 and 5 000 kWh", "fast chargers (above 22 kW)", "large users
        (annual demand of 20-70 GWh)". Rates and shares are left alone ("with more than 5%
        growth", "with funds taking more than half"), and so is a verb's bound ("PPAs were
        priced between 30 and 34 €/MWh")."""
        if unit in RATE_UNITS or unit in ("fraction", "times"):
            return False
        tokens = self.tokens
        lower, text, n = tokens.lower, tokens.text, tokens.n
        start, end = span.start, span.end
        if start > 1 and lower[start - 1] in _RANGE_MARKS and tokens.like_num[start - 2]:
            opening = self.ctx.quantity_ending_at(start - 1)
            start = opening.start if opening is not None else start - 2
        elif end + 1 < n and lower[end] in _RANGE_MARKS and tokens.like_num[end + 1]:
            # the range's first bound: "between 2 500 and 5 000 kWh"
            closing = self.ctx.quantity_starting_at(end + 1)
            if closing is not None and closing.label_ == "PERCENT":
                return False  # "the 2-6 per cent tolerance band": a rate's range
            end = closing.end if closing is not None else end + 2
        ranged = start != span.start or end != span.end
        joined = lower[max(0, span.start - 1) : span.start] + lower[span.end : span.end + 1]
        if ranged and "and" in joined and (start == 0 or lower[start - 1] != "between"):
            return False  # "with 98 MW and 74 MW, respectively": a list, not a range
        after = end  # past the unit words after a range: "(10 000 to 100 000 GJ a year)"
        while after < min(n, end + 4) and tokens.is_alpha[after] and lower[after] not in _BANDS:
            after += 1
        if ranged and after < n and lower[after] in _BANDS:
            # "the 2 500-5 000 kWh annual consumption band", "the 18-25 age group"; not the band
            # a price trades in ("the $1,990-$2,080 band it has held")
            return span.label_ != "MONEY" or not lower[after].startswith("band")
        b = start - 1
        if ranged and b > 0 and lower[b] == "with":
            return self._owner_of_with(b)  # "businesses with 1 to 49 employees"
        if b > 0 and lower[b] == "than" and lower[b - 1] in COMPARATIVES:
            b -= 1  # "fewer than", "greater than"
        elif b < 0 or lower[b] not in _DEFINING_BOUNDS:
            # a band in brackets: "(annual demand of 20-70 GWh)", "(₹10,000–20,000)"
            if not ranged or after >= n or text[after] != ")":
                return False
            k = b
            while k >= 0 and start - k <= 5 and text[k] != "(":
                if not tokens.is_alpha[k]:
                    return False
                k -= 1
            return k >= 0 and text[k] == "(" and (k == b or lower[b] == "of")
        lead = b - 1
        if lead < 0:
            return False
        if text[lead] == "(":
            return True  # "(above 22 kW)"
        if lower[lead] in _MEASURED_BY:
            return lead == 0 or lower[lead - 1] not in AUXILIARIES  # "priced above ₹1.5 crore"
        # "with fewer than 50 workers", "with an annual consumption between ..."
        k = lead
        while k >= 0 and b - k <= 4 and tokens.is_alpha[k] and lower[k] != "with":
            if (CHANGES, k) in self.cue_at:
                return False  # "with a rise of more than 4 million": a change
            k -= 1
        return k >= 1 and lower[k] == "with" and self._owner_of_with(k)

    def _owner_of_with(self, k: int) -> bool:
        """Whether the "with" at k describes things named before it ("households with",
        "jumbo loans, with", "those with"), not a verb's way ("ended with")."""
        lower = self.tokens.lower
        owner = lower[k - 1]
        if owner in (",", ")") and k > 1:
            owner = lower[k - 2]
        return (owner.endswith("s") or owner in ("those", "people")) and owner not in _NOT_OWNERS

    def _time_range_start(self, span: Span) -> bool:
        """The first bound of a span of time: "one to two months later", "40-55 days each"
        (the second bound is a span of time by itself)."""
        lower, n = self.tokens.lower, self.tokens.n
        end = span.end
        if span.label_ != "NUMBER" or end + 1 >= n or lower[end] not in ("to", "-", "–"):
            return False
        if span.start > 0 and lower[span.start - 1] in _LEVEL_LEADS:
            return False  # "fell to 44-46 days from 53-55 days": a level
        close = self.ctx.quantity_starting_at(end + 1)
        if close is None or lower[close.end - 1] not in TIME_UNITS:
            return False
        if close.label_ == "FRACTION":
            return True  # "by one to two quarters"
        parsed = parse_quantity(self.ctx.text(close), close.label_)
        return parsed is not None and not self._passes_common_filters(
            close, parsed.value, parsed.unit
        )

    def _pack_size(self, span: Span) -> bool:
        """The size of the item a price is for: "an 800g white sliced loaf", "butter (250g,
        7.1%)"; not "a 1.2 million tonne rise"."""
        tokens = self.tokens
        lower, text, n = tokens.lower, tokens.text, tokens.n
        start, end = span.start, span.end
        if start == 0 or end >= n or not SCALE_WORDS.isdisjoint(lower[start:end]):
            return False
        if lower[start - 1] in ("a", "an"):
            return tokens.is_alpha[end] and (CHANGES, end) not in self.cue_at
        return text[start - 1] == "(" and text[end] in (")", ",")

    def _unit_equivalence(self, span: Span) -> bool:
        """Both sides of a unit's definition: "1 jin equals 0.5 kilograms", "1 hectare
        equals 15 mu"."""
        lower, like_num, n = self.tokens.lower, self.tokens.like_num, self.tokens.n
        end = span.end
        if end < n and lower[end] in _EQUALS:
            return lower[span.start] in ("1", "one")
        if end < n and not like_num[end] and end + 1 < n and lower[end + 1] in _EQUALS:
            return lower[span.start] in ("1", "one")  # "1 mu equals": the unit after a count
        k = span.start - 1
        if k > 0 and lower[k] == "to" and lower[k - 1] == "equal":
            k -= 1
        if k < 2 or (lower[k] not in _EQUALS and lower[k] != "equal"):
            return False
        return lower[k - 2] in ("1", "one") or lower[k - 1] in ("1", "one")

    @staticmethod
    def _bound_at(window: list[str], i: int) -> bool:
        """Whether the words after a number open the bound of a definition at i ("100 people
        or more", "65 and older"); not "640 million trips and older adults 410 million", where
        an older group is named next."""
        pair = tuple(window[i : i + 2])
        if pair not in _BOUND_WORDS:
            return False
        return not (pair[1] == "older" and window[i + 2 : i + 3] and window[i + 2] in _OLDER_GROUPS)

    def _time_as_level(self, span: Span, unit: str, value: float) -> bool:
        """A duration stated as the level of a measure: "supply stood at 27 days, up from 25
        days", "inventory fell to 44 days", "the Netherlands registered 412 hours with
        negative prices", "(436 hours)" after a place, "a standard of 8 hours"; not a span ("over
        the past 14 years", "25 days after", "up to 30 days")."""
        lower, text = self.tokens.lower, self.tokens.text
        s, e = span.start, span.end
        if re.search(r"\d-[a-z]", self.ctx.text(span)) or (e < len(text) and text[e] == "-"):
            return False  # "fell to 22-month lows": a modifier
        if unit == "hour" and value >= 100:
            return True  # "prices were negative in 5,230 hours": hours counted, not waited
        s = self._range_start(s)  # "fell to about 75-80 days": read where the range opens
        prev = lower[s - 1] if s > 0 else ""
        if prev in ("at", "to", "from"):
            before = lower[s - 2] if s > 1 else ""
            if prev == "to" and before in ("up", "due", "according"):
                return False  # "up to 30 days": a bound
            # "up from 25 days"; "fell to 44 days, from 53 days": the level moved from
            return before in _LEVEL_VERBS or (prev == "from" and before in ("up", "down", ","))
        if prev in _LEVEL_VERBS and prev not in COPULAS:
            return True  # "registered 412 hours with negative prices"
        if prev == "of" and s > 1 and lower[s - 2] in _NORM_NOUNS:
            return True  # "against a standard of 8 hours", "the five-year average of 41 days"
        return (
            prev == "("
            and e < len(text)
            and text[e] == ")"
            and s > 1
            and self.tokens.is_title[s - 2]
        )

    def _range_start(self, start: int) -> int:
        """Where the range a number closes opens, before a qualifier ("about 75-80"); the
        number's own start when it closes none."""
        lower, like_num = self.tokens.lower, self.tokens.like_num
        if start > 1 and lower[start - 1] in ("-", "–", "to") and like_num[start - 2]:
            start -= 2
        while start > 0 and (QUALIFIERS, start - 1) in self.cue_at:
            start -= 1
        return start

    def _time_of_cover(self, span: Span) -> bool:
        """ "98 days of net imports", "three months of supply": stocks measured in the time
        they last, not a span of time."""
        lower, end = self.tokens.lower, span.end
        if (
            end + 1 < len(lower)
            and lower[end] == "of"
            and any(w in _COVERED for w in lower[end + 1 : end + 3])
        ):
            return True
        start = span.start
        while start > 0 and (QUALIFIERS, start - 1) in self.cue_at:
            start -= 1  # "or about 15 days"
        if start > 2 and lower[start - 1] == "or" and self.tokens.text[start - 2] == ",":
            if lower[start - 3] not in _TIME_WORDS and self.ctx.quantity_ending_at(start - 2):
                return True  # "import-based plants had 4.6 mt, or 24 days": the stock in time
        if start > 0 and lower[start - 1] == "for" and "enough" in lower[max(0, start - 7) : start]:
            return True  # "enough to run the plants for 19 days"
        if span.start == 0 or lower[span.start - 1] not in _COMPARED_WITH:
            return False
        # "enough for about 21 days of operation, against 16 days a year earlier": the time
        # of cover compared with
        sent = self.ctx.sentences[self.tok_sentence[span.start]]
        unit = lower[end - 1]
        return any(
            lower[k] == unit and lower[k + 1] == "of" and lower[k + 2] in _COVERED
            for k in range(sent.start, span.start - 2)
        )

    def _inside_written_date(self, span: Span) -> bool:
        """A number inside a date written with digits: "2025-11-18", "18/11/2025"."""
        tokens = self.ctx.tokens
        lo, hi = span.start, span.end
        while lo > 0 and not tokens.whitespace[lo - 1] and hi - lo < 8:
            lo -= 1
        while hi < len(tokens.text) and not tokens.whitespace[hi - 1] and hi - lo < 8:
            hi += 1
        word = "".join(tokens.text[lo:hi])
        return bool(WRITTEN_DATE.search(word))

    def _inside_phone_number(self, span: Span) -> bool:
        """A number inside a telephone number, or right after "call", "tel", "phone"."""
        lower, text, space = self.tokens.lower, self.tokens.text, self.tokens.whitespace
        t = span.start - 1
        while t >= 0 and (
            lower[t] in (":", "on", "us", "no", "no.", "number", "(", ")", "-")
            or (text[t].isdigit() and bool(space[t]) and span.start - t < 6)
        ):
            t -= 1  # "call us on 0300 123 4567", "Tel: 020 7946 0958", "phone number 555"
        if t >= 0 and lower[t] in PHONE_WORDS and span.label_ == "NUMBER":
            return True
        if self._phones is None:  # found once per document
            self._phones = [m.span() for m in PHONE_NUMBER.finditer(self.tokens.doc_text)]
        if not self._phones:
            return False
        start, end = span.start_char, span.end_char
        return any(a <= start and end <= b for a, b in self._phones)

    def _is_fraction(self, span: Span) -> bool:
        """ "almost half", "a quarter of": not "quarter on quarter", "the calendar quarter"."""
        doc = self.doc
        prev = self.tokens.lower[span.start - 1] if span.start > 0 else ""
        nxt = self.tokens.lower[span.end] if span.end < len(doc) else ""
        if (BASES, span.end - 1) in self.cue_at:
            return False  # "grew 0.3% quarter over quarter": a basis, not "over a quarter"
        if len(span) > 1:
            last = span[-1].lower_
            if nxt in TIME_UNITS or nxt in STREAK_WORDS or nxt in ("session", "sessions"):
                return False  # "for a third month", "a third straight quarter": an ordinal
            if (
                last in ("quarter", "quarters")
                and prev in ("to", "-", "–")
                and span.start > 1
                and self.tokens.like_num[span.start - 2]
            ):
                return False  # "by one to two quarters": a span of time (not "close to")
            if last in ("quarter", "quarters") and (
                prev in SPAN_OPENERS or (prev == "the" and nxt in _PERIOD_ENDS)
            ):
                return False  # "the first three quarters", "the four quarters to September"
        if span[0].like_num or len(span) > 1:
            return True
        if nxt in TIME_UNITS and prev == "a" and self.tokens.lower[span.start - 2] == "and":
            return False  # "the most in two and a half years": a span of time
        if (
            prev == "a"
            and span.start > 1
            and self.tokens.lower[span.start - 2] in ("once", "twice")
        ):
            return False  # "surveyed once a quarter": how often
        if (
            nxt == "to"
            and prev == "a"
            and span.start > 1
            and self.tokens.lower[span.start - 2] in _BY_A_FRACTION
            and span.end + 1 < len(doc)
            and (self.tokens.like_num[span.end + 1] or not self.tokens.is_alpha[span.end + 1])
        ):
            return True  # "falling by about a quarter to 9.8 GW": the fall, then the level
        if nxt in ("on", "-", "over", "to", "year", "century", "point", "points", "ended", "since"):
            return False
        if prev == "by" and nxt in (",", "and"):
            return False  # "By quarter, GDP grew ...": a breakdown, not a fraction
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
        tokens = self.tokens
        words, lower = tokens.text, tokens.lower
        is_alpha, like_num = tokens.is_alpha, tokens.like_num
        n = tokens.n
        text = self.ctx.text(span)
        first, last = span.start, span.end - 1
        # token indices of the neighbours (None past the document's ends)
        prev = span.start - 1 if span.start > 0 else None
        prev2 = span.start - 2 if span.start > 1 else None
        nxt = span.end if span.end < n else None
        nxt2 = span.end + 1 if span.end + 1 < n else None
        low_prev = lower[prev] if prev is not None else ""
        # Glued to letters: "5G", "3D", "COVID-19", "Q3", "G20".
        if (
            nxt is not None
            and not tokens.whitespace[last]
            and (is_alpha[nxt] or words[nxt][:1].isalpha())
        ):
            return False
        glued_before = (
            prev is not None
            and not tokens.whitespace[prev]
            and (is_alpha[prev] or words[prev] in "-/#")
        )
        if (
            glued_before
            and prev is not None
            and not (words[prev] == "-" and prev2 is not None and like_num[prev2])
        ):
            return False
        if (
            words[first][:1].isdigit()
            and re.fullmatch(r"(1[89]|20)\d\d", text)
            and value == int(value)
        ):
            return False  # a year
        if prev is not None and (low_prev in LABEL_WORDS or low_prev in AGE_WORDS):
            return False
        if low_prev == "." and prev2 is not None and words[prev2] in ("No", "Nos"):
            return False  # "No. 1 Canada Western Red Spring wheat": a grade
        numbered = nxt is not None and words[nxt] == "#" and words[nxt + 1 : nxt + 2] == (")",)
        if low_prev in _GRADE_LEADS or numbered or (nxt is not None and lower[nxt] in _GRADE_MARKS):
            return False  # "Euro-super 95", "gasoline (92#)", "5,500 NAR coal": a grade
        if low_prev == "every" or (
            low_prev == "of" and prev2 is not None and lower[prev2] in _RUNS
        ):
            return False  # "for every 100 job seekers", "ending a run of six declines"
        if self._time_range_start(span):
            return False  # "lead sales by one to two months", "shut for 40-55 days each"
        if (
            low_prev in MONTH_WORDS
            and prev is not None
            and tokens.is_title[prev]
            and text.isdigit()
            and 1 <= value <= 31
            and (nxt is None or not (is_alpha[nxt] or like_num[nxt]))
        ):
            return False  # "in the year ended March 31, down 5.2 pct": the day of a date
        if (prev is not None and words[prev] in ("=", "base")) or (
            nxt is not None and words[nxt] == "="
        ):
            return False
        if low_prev == "base" or (
            prev2 is not None and lower[prev2] == "base" and low_prev == "of"
        ):
            return False
        if prev is not None and words[prev] in ("to", "and", "-", "–") and prev2 is not None:
            # "aged 16 to 64", "aged 16 and over"
            before = lower[max(0, span.start - 4) : span.start - 1]
            if any(w in AGE_WORDS for w in before):
                return False
        if (
            nxt is not None
            and lower[nxt] in ("and", "or")
            and nxt2 is not None
            and lower[nxt2] in ("over", "above", "older")
        ):
            return False
        if (
            nxt is not None
            and nxt2 is not None
            and nxt2 + 1 < n
            and (
                lower[nxt] in ("to", "-", "–") or (lower[nxt] == "and" and low_prev == "between")
            )
            and like_num[nxt2]
            and (
                lower[nxt2 + 1] in _AGE_UNITS
                or (lower[nxt2 + 1] == "year" and lower[nxt2 + 2 : nxt2 + 4] == ("-", "olds"))
            )
            and "." not in text
        ):
            return False  # "25 to 34 years, and 50 to 64 year-olds", "between 15 and 24 years
            # old": the bound of a band
        if (
            low_prev in ("over", "under")
            and prev2 is not None
            and lower[prev2] in _PEOPLE
            and "." not in text
            and span.end - span.start == 1
        ):
            return False  # "a rise among those over 50", "workers under 25": an age
        if nxt is not None and self._dividing_mark(span, value):
            return False  # "below the 50 mark that separates growth from contraction"
        # Streaks and spans of time: "28 straight months", "over the past 14 years".
        if (
            nxt is not None
            and lower[nxt] in STREAK_WORDS
            and "." not in text
            and not (lower[nxt] == "running" and (nxt2 is None or lower[nxt2] not in TIME_UNITS))
        ):  # (but "312,400 running bales", cotton's unit, is no streak)
            return False  # (but "after touching 18.27 earlier in the session" is a level)
        if (
            nxt is not None
            and words[nxt] in ("-", "–")
            and not tokens.whitespace[last]
            and nxt2 is not None
            and is_alpha[nxt2]
            and not tokens.whitespace[nxt]
            and lower[nxt2] != "odd"  # "its 97,000-odd fuel stations": about 97,000
        ):
            return False  # "a 13-nation group", "28-month": a modifier, not a figure
        if nxt is not None and lower[nxt] in TIME_UNITS:
            after = lower[span.end + 1] if span.end + 1 < n else ""
            lead = set(lower[max(0, span.start - 3) : span.start])
            if after in STREAK_WORDS or after in ("of", "in") or lead & SPAN_LEAD_WORDS:
                return False
        # Proper names: "Double 11", "Industry 4.0" (a capitalized word right before, mid-sentence).
        if (
            (
                prev is not None
                and tokens.is_title[prev]
                and is_alpha[prev]
                and not self.ctx.sentence_start(prev)
            )
            and low_prev not in MONTH_WORDS
            and words[prev].lower() not in ("four", "six")
        ) and not (
            self.doc[prev].ent_type_
            or lower[prev] in ORG_WORDS
            or ("," in text and value >= 1000)
            or written_scale(text) > 1
        ):  # but "the South added 51,000 jobs and the Midwest 14,000", "China 1.1 mln"
            return False
        # Names of stock indices: "the S&P 500", "the FTSE 100", "the S&P/ASX 200 index".
        if low_prev in STOCK_INDEXES and span.end - span.start == 1 and words[first].isdigit():
            return False  # "Nikkei 225 climbs 1.2%" (also opening a headline)
        if (
            prev is not None
            and span.end - span.start == 1
            and words[span.start].isdigit()
            and (words[prev].isupper() or "&" in words[prev])
            and len(words[prev]) >= 3
            and not is_currency_code(words[prev])  # "USD 100 million"
            and (nxt is None or lower[nxt] not in _SCALES)
        ):
            return False
        # Inside a quoted title: "the "2022 China E-Commerce Report"".
        if self._inside_title_quotes(span):
            return False
        # Names of events and plans: "the 618 shopping festival", "the G20 summit".
        if low_prev == "the" and any(w in EVENT_WORDS for w in lower[span.end : span.end + 3]):
            return False
        # "Of the 30 industries we collect prices for, 24 showed a rise": the size of the
        # classification is no record; the count after its comma is (spelled out too).
        set_off = self._set_off_group(span)
        if set_off is not None:
            return set_off == "part"
        if self._group_size(span):
            return False  # "the 31 provinces", "among the 13 service sectors", "top 25 markets"
        # Spelled-out numbers are measurements only in "two of the four", "a total of six",
        # counts of things added ("two more cuts", "eight new fund offers") and "the remaining
        # four".
        if is_alpha[first]:
            if (
                words[first][:1].isupper()
                and low_prev == "of"
                and prev2 is not None
                and words[prev2][:1].isupper()
            ):
                return False  # "the Group of Five": a name
            if nxt is not None and lower[nxt] == "of":
                if lower[first] == "one" and nxt2 is not None and lower[nxt2] in (
                    "the", "its", "their"
                ):
                    return nxt2 + 1 < n and like_num[nxt2 + 1]  # "one of the largest items"
                # (not "one of 1,380 billion": "one" stands for a deficit named before)
                return not (
                    lower[first] == "one"
                    and nxt2 is not None
                    and like_num[nxt2]
                    and nxt2 + 1 < n
                    and lower[nxt2 + 1] in SCALE_WORDS
                )
            if nxt is not None and (lower[nxt] in _SURVEYED or self._counts_things(span)):
                return True  # "a poll of seven analysts", "in six provinces", "eight cuts"
            if self._vote_count(span):
                return True  # "the committee voted five to four"
            if self._split_count(span):
                return True  # "30 had expected a hold, while two forecast a cut"
            if self._counts_added(nxt) or low_prev == "remaining":
                return True
            if (
                nxt is not None
                and lower[nxt] in ("fewer", "more")
                and nxt2 is not None
                and lower[nxt2] == "than"
            ):
                return True  # "61 cargoes arrived, nine fewer than a year earlier"
            if (
                low_prev == "of"
                and nxt is not None
                and lower[span.start] != "one"
                and ((CHANGES, nxt) in self.cue_at or is_clause_verb(lower[nxt]))
            ):
                return True  # "Of the eight categories, prices of six went up"
            if low_prev == "from" and prev2 is not None and lower[prev2] in ("up", "down"):
                return True  # "Seven industries reported growth, down from nine in August"
            if (
                nxt is not None
                and lower[nxt] == "or"
                and nxt2 is not None
                and is_alpha[nxt2]
                and like_num[nxt2]
                and self._counts_added(nxt2 + 1)
            ):
                return True  # "one or two more cuts"
            if nxt is not None and lower[nxt] == "out" and nxt2 is not None and lower[nxt2] == "of":
                return True  # "three out of the four main sectors"
            if (
                nxt is not None
                and (
                    lower[nxt] in ("to", "-", "–")
                    or (lower[nxt] == "and" and low_prev == "between")
                )
                and self._unit_quantity_at(span.end + 1)
            ):
                return True  # a range's first bound: "a target range of three to six pct"
            return bool(
                low_prev == "of" and prev2 is not None and lower[prev2] in ("total", "number")
            )
        # Denominators and classification sizes: "two of the four", "six of 10", "all nine".
        # A survey's size is a record: "All 16 economists polled", "32 of 35 economists".
        surveyed = nxt is not None and lower[nxt] in _SURVEYED
        if low_prev in ("all", "of", "the") and prev2 is not None and not surveyed:
            dated = (PERIODS_TOKENS, prev2) in self.cue_at  # "the peak in May 2008 of 180.8"
            if low_prev == "all" or (
                low_prev == "of"
                and like_num[prev2]
                and not dated
                and written_scale(text) == 1  # but "a deficit ... and non-EC trade one of 1,380
                # billion": an amount
            ):
                return False
            if (
                low_prev == "the"
                and lower[span.start - 2] == "of"
                and like_num[max(0, span.start - 3)]
            ):
                return False
        return True

    def _group_size(self, span: Span) -> bool:
        """The size of a classification or a ranking the figures are told over, no figure
        itself: "the 31 provinces", "Among the 21 service industry categories", "the
        country's 12 major ports", "the top 25 markets", "top seven cities" (but "the 250
        firms surveyed" is a survey's size, and "20 provinces" without "the" may be a count)."""
        lower, is_alpha = self.tokens.lower, self.tokens.is_alpha
        start, end, n = span.start, span.end, self.tokens.n
        text = self.ctx.text(span)
        if "." in text or written_scale(text) > 1 or span.label_ not in ("NUMBER", "PERCENT"):
            return False
        prev = lower[start - 1] if start > 0 else ""
        ranked = prev in _RANK_WORDS or prev == "among"  # "Among 18 major ship types"
        if span.label_ == "PERCENT":
            # "the top 1% of households", "the wealthiest 10% of households"
            return ranked and end < n and is_alpha[end]
        if prev == "in" and self._scope_of_places(end):
            return True
        if not ranked and prev not in ("the", "its", "their", "'s", "’s", "by"):
            return False
        k = end
        while k < min(n, end + 4) and is_alpha[k] and lower[k] not in _GROUP_NOUNS:
            if lower[k] in FUNCTION_WORDS or lower[k] in ("of", "to", "and", "or"):
                return False
            k += 1
        if k >= n or lower[k] not in _GROUP_NOUNS:
            return False
        after = lower[k + 1] if k + 1 < n else ""
        if prev == "by":
            return after == ","  # "By three categories, ...": a breakdown
        return after not in _SURVEYED_AFTER

    def _scope_of_places(self, end: int) -> bool:
        """ "The unemployment rate in 31 major cities was 5.2 percent": the places a measure
        is taken over, named between "in" and the verb of the measure's level (not "Sales
        rose in 20 provinces", a count of where it happened)."""
        lower, is_alpha, n = self.tokens.lower, self.tokens.is_alpha, self.tokens.n
        k = end
        while k < min(n, end + 6) and lower[k] not in _GROUP_NOUNS:
            if not (is_alpha[k] or lower[k] == "-") or lower[k] in FUNCTION_WORDS - {"and"}:
                return False  # (but "in 70 large and medium-sized cities")
            k += 1
        return k + 1 < n and lower[k] in _GROUP_NOUNS and lower[k + 1] in COPULAS

    def _set_off_group(self, span: Span) -> str | None:
        """ "Of the 20 industry sections, 13 recorded more jobs", "Of the country's 36
        subdivisions, 29 received normal rain": "whole" for the number of the group a sentence
        opens with, "part" for the count right after that phrase's comma, None elsewhere."""
        lower, like_num = self.tokens.lower, self.tokens.like_num
        sent = self.ctx.sentences[self.tok_sentence[span.start]]
        opening = sent.start
        if lower[opening] != "of" or opening + 2 >= sent.end:
            return None
        k = opening + 1
        if lower[k] == "the":
            k += 1
        elif lower[k] not in ("its", "their"):
            return None
        if k + 1 < sent.end and lower[k + 1] in ("'s", "’s"):
            k += 2  # "Of the country's 36 subdivisions"
        size = lower[k]
        if not (size.isdigit() and len(size) <= 3 or self.tokens.is_alpha[k] and like_num[k]):
            return None  # not "Of the 898,000 people who immigrated, 736,000 were ..."
        if not self.tokens.is_alpha[k + 1] or lower[k + 1] in _SCALES:
            return None  # not "Of the 1.2 million jobs added, 400,000 were in services"
        comma = next((t for t in range(k + 1, min(sent.end, k + 12)) if lower[t] == ","), None)
        if comma is not None and comma + 2 < sent.end and lower[comma + 1] in _ONLY:
            comma += 1  # "Of the 184 plants tracked, only 6 held ..."
        if comma is None or comma + 1 >= sent.end or not like_num[comma + 1]:
            return None
        if any(lower[t] in _SURVEYED or lower[t] in _ASKED for t in range(k + 1, comma)):
            return None  # "Of the 250 firms surveyed, 40% ...": a survey's size is a record
        if span.start == k:
            return "whole"
        return "part" if span.start == comma + 1 else None

    def _vote_count(self, span: Span) -> bool:
        """ "voted five to four", "by seven votes to two": the counts of a split vote."""
        lower, like_num = self.tokens.lower, self.tokens.like_num
        s, e, n = span.start, span.end, self.tokens.n
        if e + 1 < n and lower[e] == "to" and like_num[e + 1]:
            return s > 0 and lower[s - 1] in _VOTE_LEADS  # the first count
        if s > 2 and lower[s - 1] == "to" and like_num[s - 2]:
            return lower[s - 3] in _VOTE_LEADS  # the second count
        return False

    def _split_count(self, span: Span) -> bool:
        """ "four of the six members voted for the cut and two preferring to hold", "30 had
        expected the hold, while two forecast a cut", "the other three had expected": a number
        word that heads a clause (its verb right after it) and counts the rest of a group an
        earlier count of the sentence split."""
        tokens, lower = self.tokens, self.tokens.lower
        s, e = span.start, span.end
        if not heads_clause(lower, s, e):
            return False
        sent = self.tok_sentence[s]
        t = s - 2
        while t >= 0 and self.tok_sentence[t] == sent:
            if tokens.like_num[t] and splits_group(lower, t):
                return True
            t -= 1
        return False

    def _counts_things(self, span: Span) -> bool:
        """ "Sales rose in six provinces", "Twelve Member States were net exporters", "after
        eight cuts": a number word (two and up) before a plural noun it counts; not spans of
        time ("three years"), multiples ("two times") or things already named ("the two
        countries")."""
        tokens, lower = self.tokens, self.tokens.lower
        end = span.end
        if (
            end >= tokens.n
            or lower[span.start] in ("one", "a", "an", "zero")
            or (span.start > 0 and lower[span.start - 1] in _DEFINITE_BEFORE_COUNTS)
        ):
            return False
        k = end
        while k < tokens.n - 1 and tokens.is_alpha[k] and not lower[k].endswith("s"):
            if not (tokens.is_title[k] or lower[k] in _COUNT_MODIFIERS) or k - end >= 2:
                return False
            k += 1  # "Member States", "administrative receiverships"
        noun = lower[k]
        listed = k + 1 < tokens.n and tokens.text[k + 1] == ":"  # "in three aspects:"
        return (
            not listed
            and tokens.is_alpha[k]
            and noun.endswith("s")
            and noun not in TIME_UNITS
            and noun not in _NOT_COUNTED
        )

    def _counts_added(self, t: int | None) -> bool:
        """Whether token `t` starts "more cuts", "new fund offers", "further reductions": what
        a number word before it counts (not a span of time: "two more years")."""
        tokens = self.tokens
        if t is None or t + 1 >= tokens.n or tokens.lower[t] not in ADDED_WORDS:
            return False
        noun = tokens.lower[t + 1]
        return tokens.is_alpha[t + 1] and noun not in TIME_UNITS and noun not in _ADDED_NOT

    def _defined_units(self) -> dict[str, tuple[str, float]]:
        """Unit abbreviations the document defines: "49.5 million tonnes (MT)" makes "MT" a
        million tonnes for the rest of it."""
        if self._abbreviations is None:
            self._abbreviations = {}
            text = self.tokens.text
            for q in self.ctx.quantities:
                k = q.end
                if q.label_ != "PHYSICAL" or k + 2 >= len(text) or text[k] != "(":
                    continue
                abbr = text[k + 1]
                if text[k + 2] != ")" or not abbr.isalpha() or not abbr.isupper():
                    continue
                parsed = parse_quantity(q.text, q.label_)
                number = parse_quantity(text[q.start], "NUMBER")
                if parsed is not None and number is not None and number.value:
                    self._abbreviations[abbr] = (parsed.unit, parsed.value / number.value)
        return self._abbreviations

    def _with_defined_unit(self, span: Span) -> tuple[Span, Quantity] | None:
        """A bare number followed by a unit abbreviation the document defined."""
        if span.end >= len(self.doc) or not self.tokens.whitespace[span.end - 1]:
            return None
        found = self._defined_units().get(self.tokens.text[span.end])
        number = parse_quantity(span.text, "NUMBER") if found else None
        if found is None or number is None:
            return None
        unit, factor = found
        wider = Span(span.doc, span.start, span.end + 1, label="PHYSICAL", span_id=span.id_)
        return wider, Quantity(number.value * factor, unit, "physical")

    def _unit_quantity_at(self, t: int) -> bool:
        """Whether a quantity with a unit ("six pct", not a bare "six") starts at token t."""
        q = self.ctx.quantity_starting_at(t)
        return q is not None and q.label_ != "NUMBER"

    def _inside_title_quotes(self, span: Span) -> bool:
        tokens = self.tokens
        sent = self.tok_sentence[span.start]
        opened: int | None = None
        for t in range(span.start - 1, max(-1, span.start - 15), -1):
            if self.tok_sentence[t] != sent:
                break
            if self.tokens.text[t] in ('"', "“", "”"):
                opened = t
                break
        if opened is None:
            return False
        quoted = range(opened + 1, span.start)
        words = [t for t in range(opened + 1, span.end) if tokens.is_alpha[t] or tokens.like_num[t]]
        closed = next(
            (
                t
                for t in range(span.end, min(tokens.n, span.end + 12))
                if tokens.text[t] in ('"', "“", "”")
            ),
            tokens.n,
        )
        inside = range(opened + 1, closed)
        if len(inside) > 12 or any(tokens.text[t] in (",", ";") for t in inside):
            # a quoted sentence ('"The numbers ..., and we expect 9-10%," said', '"Prices
            # have recovered by Rs 10-15 a bag in January in the south and east," said')
            return False
        return (
            bool(words)
            and tokens.text[words[0]][:1].isupper()
            and len(words) >= 1
            and (opened + 1 == span.start or tokens.is_title[quoted[0]])
        )

    def _is_percent_reading(self, span: Span) -> bool:
        """ "The manufacturing PMI was 49.2 percent", "the new orders index was 50.0 percent
        and 49.4 percent": a diffusion index's reading, written in percent, is its level.
        Not a change ("the PMI rose 2 percent") nor a comparison ("was 2.1 percent lower")."""
        lower = self.tokens.lower
        sent = self.tok_sentence[span.start]
        t = span.start - 1
        while t > 0 and (QUALIFIERS, t) in self.cue_at:
            t -= 1
        reading = lower[t] in _READING_LEADS or (lower[t] == "of" and lower[t - 1] == "reading")
        if lower[t] in ("and", ",") and t > 0:
            # "was 50.0 percent and 49.4 percent", "were 52.1 percent, 51.6 percent and ..."
            first = self._percent_ending_at(t - 1)
            return first is not None and self._is_percent_reading(first)
        parsed = parse_quantity(self.ctx.text(span), "PERCENT")
        # a reading near the line of 50 that a diffusion index moves about
        diffusion = parsed is not None and 30 <= parsed.value <= 70
        # "rose 0.7 percentage points to 50.2 percent": the level a reading reached
        reached = lower[t] == "to" and diffusion
        if t < 0 or not (reading or reached):
            return False
        nxt = span.end
        if nxt < self.tokens.n and (
            (CHANGES, nxt) in self.cue_at or lower[nxt] in ("than", "higher", "lower")
        ):
            return False
        window = []  # the clause before the lead: back to a comma or semicolon
        k = t - 1
        while k >= 0 and self.tok_sentence[k] == sent and t - k <= 14:
            if self.tokens.text[k] == ";" or (
                self.tokens.text[k] == "," and not self._listed_modifiers(k)
            ):
                break
            if (QUANT_TOKENS, k) not in self.cue_at:
                window.append(k)
            k -= 1
        if any((CHANGES, k) in self.cue_at for k in window) and not reached:
            return False  # "the PMI rose 2 percent"
        if any(lower[k] in _RATE_NOUNS for k in window) and not diffusion:
            return False  # "the 12-month percentage change in the index" (not "the input price
            # index and the sales price index were 49.2 percent and 47.7 percent")
        if any(lower[k] in ("pmi", "pmis", "index", "indices", "indexes") for k in window):
            return True
        return diffusion and self._unnamed_sub_reading(span, window)

    def _unnamed_sub_reading(self, span: Span, window: list[int]) -> bool:
        """ "Civil engineering registered 57.0 percent", "with rail transport ranking highest at
        60.1 percent", "while that of the northern region was 49.7 percent": in a text that
        reads a diffusion index in percent, a reading near 50 whose clause names a sector or
        region but no index is that sector's sub-index (not "the share of exports was 45
        percent", nor in a text whose percents are all shares and rates)."""
        lower = self.tokens.lower
        if any(lower[k] in _RATE_NOUNS or lower[k] in _SHARE_NOUNS for k in window):
            return False
        if span.end < self.tokens.n and lower[span.end] == "of":
            return False  # "was 45 percent of the total": a share
        if self._percent_readings is None:
            self._percent_readings = False  # (the readings below are asked as named ones)
            self._percent_readings = any(
                self._is_percent_reading(q) for q in self._percents()[1].values()
            )
        return self._percent_readings

    def _rate_listed_after(self, span: Span) -> bool:
        """Whether a rate in percent follows `span` as the next item of its list: "0.6 and
        0.2 pct", "0.6, 0.2 or 0.1 per cent"."""
        lower, t = self.tokens.lower, span.end
        while t + 1 < self.tokens.n and lower[t] in (",", "and", "or"):
            if self._percent_starting_at(t + 1):
                return True
            if not self.tokens.like_num[t + 1]:
                return False
            t += 2
        return False

    def _percent_starting_at(self, t: int) -> bool:
        """Whether a percent quantity starts at token `t`."""
        return t in self._percents()[0]

    def _listed_modifiers(self, comma: int) -> bool:
        """Whether the comma at `comma` lists words before "and" ("the eastern, central and
        western regions"), not clauses."""
        lower, is_alpha, n = self.tokens.lower, self.tokens.is_alpha, self.tokens.n
        return (
            0 < comma
            and comma + 2 < n
            and is_alpha[comma - 1]
            and is_alpha[comma + 1]
            and lower[comma + 2] == "and"
            and lower[comma + 1] not in CLAUSE_OPENERS
        )

    def _percent_ending_at(self, t: int) -> Span | None:
        """The percent quantity whose last token is `t`, if any."""
        return self._percents()[1].get(t)

    def _percents(self) -> tuple[set[int], dict[int, Span]]:
        """The document's percent quantities: their first tokens, and each by its last."""
        if self._percent_index is None:
            spans = [q for q in self.ctx.quantities if q.label_ == "PERCENT"]
            self._percent_index = {q.start for q in spans}, {q.end - 1: q for q in spans}
        return self._percent_index

    def _bracketed_pair(self, span: Span) -> bool:
        """ "(95 vs 97 in December)": a bracketed reading set against the one before it."""
        lower, n, like_num = self.tokens.lower, self.tokens.n, self.tokens.like_num
        vs = ("vs", "vs.", "versus")
        if span.start > 0 and lower[span.start - 1] == "(":
            opening = span.start - 1
            paired = span.end + 1 < n and lower[span.end] in vs and like_num[span.end + 1]
        else:
            opening = span.start - 3
            paired = (
                span.start > 2
                and lower[span.start - 1] in vs
                and like_num[span.start - 2]
                and lower[opening] == "("
            )
        # after an item's name, not after a count ("in 12 firms (14 vs 12)")
        return paired and opening > 1 and not like_num[opening - 2]

    def _exchange_rate(self, span: Span, value: float) -> bool:
        """Whether a bare number is the level of an exchange rate: "5.31 per dollar", "the
        peso was at 18.24" (the unit rules read it so later)."""
        m = Mention(span=span, value=value, unit="count", sentence=self.tok_sentence[span.start])
        if self.units._per_base_currency(span.end) or self.units._exchange_rate_unit(m) is not None:
            return True
        start = self.ctx.sentences[m.sentence].start
        return pair_quote(list(self.tokens.text[start : span.start])) is not None  # "USD/MXN at"

    def _dividing_mark(self, span: Span, value: float) -> bool:
        """The line an index is read against, not a reading: "the 50 mark that separates
        growth from contraction", "the 50.0 no-change mark", "the 50-point threshold", "the
        critical point of 50 percent", "still below the threshold of 80 that signals a
        recession", "stayed below 80, the level that", "below its long-term average of 100",
        "the first reading above 50", "prices fell below zero"."""
        lower, end, start = self.tokens.lower, span.end, span.start
        prev = lower[start - 1] if start > 0 else ""
        if start > 1 and prev == "of" and lower[start - 2] == "threshold":
            return True
        if prev in _DEFINING_BOUNDS and lower[end : end + 3] in _LEVEL_NAMED_AFTER:
            return True
        if value not in (0, 50, 100):
            return False
        if start > 1 and prev == "of" and lower[start - 2] in _LINE_NOUNS:
            return True  # "above the critical point of 50 percent", "the boom-bust line of 50"
        if start > 2 and prev == "of" and lower[start - 2] == "average":
            return lower[start - 3] in ("term", "run", "historical")  # "long-term average of"
        if prev in _DEFINING_BOUNDS and start > 1 and lower[start - 2] in ("reading", "readings"):
            return True
        if prev in ("below", "above") and lower[start] == "zero":
            return True
        after = lower[end : end + 4]
        if after[:1] == ("-",) and after[1:2] == ("point",):
            after = after[2:]
        if after[:1] == ("no",) and after[1:3] == ("-", "change"):
            after = after[3:]
        if not after or after[0] not in ("mark", "threshold", "line", "level"):
            return False
        return after[0] != "level" or after[1:2] in (("that",), ("which",), ("separating",))

    def _electricity_units(self, span: Span) -> bool:
        """ "892.4 billion units (BU)", "11,542 million units (MU)": units of electricity,
        kilowatt hours, as the abbreviation after them says."""
        text, end = self.tokens.text, span.end
        return (
            end + 3 < self.tokens.n
            and self.tokens.lower[end] == "units"
            and text[end + 1] == "("
            and text[end + 2] in ("BU", "MU")
            and text[end + 3] == ")"
        )

    def _indexed_sentence(self, span: Span) -> bool:
        """A bare number in a sentence that states the base of an index ("(UK=100)",
        "(2020 = 100)") and nothing counted after it."""
        sent = self.tok_sentence[span.start]
        if sent not in self._base_stated:
            s = self.ctx.sentences[sent]
            first, last = self.tokens.idx[s.start], self.tokens.idx[s.end - 1]
            found = _BASE_STATED.search(self.tokens.doc_text, first, last + 1)
            self._base_stated[sent] = found is not None
        return self._base_stated[sent] and not self._thing_after(span.end, dated=False)

    def _thing_after(self, end: int, dated: bool = True) -> bool:
        """Whether the word at token `end`, right after a number, names what it counts ("of
        3,000 firms"): a word, not a function word, nor one that may follow an amount, nor
        (with `dated`) a period's first word."""
        lower = self.tokens.lower
        return (
            end < self.tokens.n
            and self.tokens.is_alpha[end]
            and lower[end] not in FUNCTION_WORDS
            and lower[end] not in AMOUNT_FOLLOWERS
            and not (dated and (PERIODS_TOKENS, end) in self.cue_at)
        )

    def _reading_restated(self, span: Span, prev: int) -> bool:
        """An index reading as first published or as forecast, the index named in the
        sentence or the sentences before: "initially reported as 59.2", "had been published
        at 96", "below the 93.5 that economists polled had expected"."""
        lower, end = self.tokens.lower, span.end
        before = lower[prev - 1] if prev > 0 else ""
        published = lower[prev] in ("as", "at") and before in _REPORTED
        expected = (
            lower[prev] == "the"
            and end < self.tokens.n
            and lower[end] in ("that", "which")
            and any(w in _FORECAST_LEADS for w in lower[end + 1 : end + 7])
        )
        if not (published or expected):
            return False
        if published and self._thing_after(end):
            return False  # "first reported as 1,200 units": things counted
        return index_named(self.units._sentence_words(span.start, back=TOPIC_REACH // 2))

    def _named_reading(self, span: Span) -> bool:
        """A number called a reading or an estimate of one, the index named in its sentence
        or the sentences before: "topping the 52.0 reading", "the 61.6 median estimate",
        "had expected a reading of 38"."""
        lower, n = self.tokens.lower, self.tokens.n
        after = lower[span.end] if span.end < n else ""
        before = lower[span.start - 2] if span.start > 1 and lower[span.start - 1] == "of" else ""
        called = {before, after} & {"reading", "readings"}
        if not called and (after not in _READING_NOUNS or "." not in self.ctx.text(span)):
            return False  # "the 60 estimate it gave": a whole number may count things
        return index_named(self.units._sentence_words(span.start, back=TOPIC_REACH // 2))

    def _is_ratio_level(self, span: Span, value: float) -> bool:
        """A bare number that is the level of a ratio named before it in its sentence (not a
        ratio index): "the ratio of house prices to earnings fell to 5.9", "the forward
        price-to-earnings ratio is 22.7, above the five-year average of 19.9"."""
        lower = self.tokens.lower
        if value >= 100 or written_scale(self.ctx.text(span)) > 1:
            return False
        nxt = span.end
        if (
            nxt < self.tokens.n
            and self.tokens.is_alpha[nxt]
            and lower[nxt] not in FUNCTION_WORDS
            and (PERIODS_TOKENS, nxt) not in self.cue_at
        ):
            return False  # "a ratio of 3 workers": a count of things
        if (
            nxt + 1 < self.tokens.n
            and lower[nxt] in ("to", "and", "-", "–")
            and self.tokens.like_num[nxt + 1]
            and lower[nxt + 2 : nxt + 3] != (",",)  # (not "at 9.7 and 8.9, respectively")
        ):
            return False  # "the ratio remains between eight and 10 pct": a range's first bound
        sent = self.tok_sentence[span.start]
        for t in range(span.start - 1, max(-1, span.start - 30), -1):
            if self.tok_sentence[t] != sent:
                return False
            if lower[t] in ("ratio", "ratios"):
                return not (t + 1 < self.tokens.n and lower[t + 1] in ("index", "indices"))
        return False

    def _range_opened(self, span: Span, prev: int) -> bool:
        """Whether "from" at `prev` opens the range a verb spans, its bound's place or time
        between it and "to" ("ranged from 71.3 in the north to 99.8", "varied from 44 in May
        to 58"): the first bound is a level as much as the second is. (A bound right before
        "to" takes the unit of the other along the range: "ranged from 300 to 450 dollars".)"""
        lower, end = self.tokens.lower, span.end
        if not (
            prev > 0
            and lower[prev] == "from"
            and lower[prev - 1] in _RANGE_VERBS
            and end < self.tokens.n
            and lower[end] not in ("to", "-", "–", "and")
        ):
            return False
        sent = self.tok_sentence[span.start]
        t = end
        while t + 1 < self.tokens.n and self.tok_sentence[t] == sent and t - end < 8:
            if lower[t] == "to":  # the second bound: a plain number too, not "450 dollars"
                other = self.ctx.quantity_starting_at(t + 1)
                return other is not None and other.label_ == "NUMBER"
            t += 1
        return False

    def _from_a_reading(self, span: Span, prev: int) -> bool:
        """Whether the number after "from" at `prev` is the earlier value of the index reading
        right before it, of its size: "revised to 87.2 from a preliminary 87.3"."""
        level = self.ctx.quantity_ending_at(prev)
        if level is None or level.label_ != "NUMBER" or level.start == 0:
            return False
        if self.tokens.lower[level.start - 1] not in ("to", "at"):
            return False
        this = parse_quantity(self.ctx.text(span), "NUMBER")
        that = parse_quantity(self.ctx.text(level), "NUMBER")
        if this is None or that is None or not this.value or not that.value:
            return False
        if not 0.5 <= this.value / that.value <= 2:
            return False  # (of its size and sign)
        return self._is_index_level(level, that.value)

    def _is_index_level(self, span: Span, value: float) -> bool:
        """A bare number that is the level of an index: "fell 0.4 pct to 99.7", "the PMI was
        50.2", "the index for London (233.3)", "the reading was 50.5" after a PMI sentence."""
        lower = self.tokens.lower
        text = self.ctx.text(span)
        if written_scale(text) > 1:
            return False  # "1.483 million": an amount, never an index reading
        if self._rate_listed_after(span):
            return False  # "recorded rises of 0.6 and 0.2 pct": the rate is written once
        if _INDEX_BASE.match(self.tokens.doc_text, span.end_char):
            return True  # "stood at 126.4 (2020=100)", "1,321 (base June 2017=1000)"
        if self._indexed_sentence(span):
            return True  # "Indexed to the UK average (UK=100), GVA per head ranged from 67.8"
        if self._named_reading(span):
            return True
        t = span.start - 1
        while t > 0 and lower[t] in READING_ADJECTIVES:
            t -= 1  # "stood at a provisional 104.6", "was a revised 50.1"
        prev = t if t >= 0 else None
        if prev is not None and lower[prev] in _FORECAST_LEADS:
            # "Economists had forecast 60.2", "The consensus had expected 96.1": a reading
            # forecast for the index named in the sentences before
            back = self.units._sentence_words(span.start, back=TOPIC_REACH // 2)
            return "." in text and written_scale(text) == 1 and index_named(back)
        if prev is not None and self._reading_restated(span, prev):
            return True
        if prev is not None and lower[prev] in INDEX_WORDS and "." in text and abs(value) < 1000:
            return True  # "the employment index averaged 50.4, and the prices index 66.1"
        if prev is not None and lower[prev] == "from" and self._from_a_reading(span, prev):
            return True  # "revised to 87.2 from a preliminary 87.3"
        if prev is None or (lower[prev] not in LEVEL_LEADS and not self._range_opened(span, prev)):
            return False
        if (
            "." not in text
            and value >= 1000
            and not any(
                w in STOCK_INDEXES or w in ("s&p", "points")
                for w in lower[max(0, span.start - 12) : span.start]
            )
        ):
            return False
        if self._thing_after(span.end) and self.tokens.lower[span.end] not in _REPORTED:
            return False  # "of 3,000 firms": a count of things (not "of 88.3 compiled by")
        if self._bracketed_pair(span) and index_named(
            self.units._sentence_words(span.start, back=TOPIC_REACH // 2)
        ):
            return True  # "sentiment deteriorated in services (95 vs 97 in December)"
        if (
            lower[prev] in ("(", "for", "and", "is", "were", "against", "versus", "vs")
            and "." not in text
        ):
            return False  # weaker leads: only a decimal reading
        if self.units._per_base_currency(span.end):
            return False  # "the yuan was at 7.12 per dollar, and the CSI 300 index rose 1%"
        words = self.units._sentence_words(span.start)
        if index_named(words):
            return True
        # "the reading was 50.5": a level word here, the index named a few sentences before;
        # "production increased to 43.9", "new orders rose to -10" in the paragraphs of an
        # index's components: a bare decimal or negative number counts nothing
        if not index_named(self.units._sentence_words(span.start, back=TOPIC_REACH // 2)):
            return False
        if (
            ("." in text or value < 0)
            and abs(value) < 1000
            and not self._exchange_rate(span, value)
        ):
            return True
        return "." in text and bool(words & (LEVEL_WORDS | PRONOUNS))
