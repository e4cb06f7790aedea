"""What the record builder knows about one document, handed to every attacher.

`DocContext` is made once per document by `RecordBuilder.build`: the tokens (as Token objects
made once, `doc`, and as per-token attribute tuples, `tokens`), the sentences, the cue spans
found by the rule components (indexed by token), the gazetteer and the document's main
country. The builder adds the quantities it accepts to the cue index before any field is
attached; from then on it is only read. Each field attacher (`filters`, `units`, `chains`,
`period`, `direction`, `qualifier`, `basis`, `metric`, `agency`) receives it and keeps
whatever state of its own it needs on itself, so no attacher reads or writes another's
state.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final, TypeVar

from spacy.tokens import Doc, Span

from ..agencies import Gazetteer
from ..components import AGENCIES, CUE_KEYS, PERIODS, QUANTITIES
from ..period_calendar import _MONTHS  # the calendar's month names
from ..quantities import currency_country, dateline_country
from .credit_words import FORECAST_NOUNS
from .period_spans import days_that_are_values, fiscal_adjectives, joined_year_parts
from .structures import Mention, Sentence
from .text import dateline_tokens, index_cues, main_countries, split_sentences
from .tokens import TokenArrays, TokenCache
from .vocabulary import (
    AGE_WORDS,
    AUXILIARY_FILLERS,
    BASES,
    CHANGES,
    COPULAS,
    CREDITS,
    FORECAST_WORDS,
    HEADLINE_MOVES,
    MARKERS,
    PERIODS_TOKENS,
    PRONOUNS,
    QUALIFIERS,
    QUANT_TOKENS,
    SECURITY_NOUNS,
    STOPWORDS,
    is_clause_verb,
)

#: A year named as a modifier ("full-year revenue"), and the vague periods that leave it alone.
_OUTLOOK_YEAR = "period.full_year_modifier"
_VAGUE_PERIODS = frozenset(("period.vague_now",))


def _outlook_years_alone(periods: list[Span], tok_sentence: list[int]) -> list[Span]:
    """The period phrases less each "full-year" whose sentence names another period: "The
    full-year budget target for FY26 is ..." is of FY26 (not the calendar year)."""
    if not any(p.id_ == _OUTLOOK_YEAR for p in periods):
        return periods
    named = {
        tok_sentence[p.start]
        for p in periods
        if p.id_ != _OUTLOOK_YEAR and p.id_ not in _VAGUE_PERIODS
    }
    return [p for p in periods if p.id_ != _OUTLOOK_YEAR or tok_sentence[p.start] not in named]


def _outlook_years_named(
    periods: list[Span], tok_sentence: list[int], quantities: list[Span]
) -> list[Span]:
    """The period phrases less each "full-year" whose year the phrase right after it names,
    before any number: "The full-year budget target for FY26 is ...", "its estimate for
    full-year growth in the fiscal year ending March 31 to 7.6%" are of that year. One in a
    sentence whose other phrases time other figures stays the time of the figures it heads:
    "grew 5.45% in the first half, short of the full-year target of 5.5% to 6.5%". (Its words
    stay out of the index of period words all the same, as `_outlook_years_alone` leaves
    them: they still tell the indicator, "full-year target".)"""
    if not any(p.id_ == _OUTLOOK_YEAR for p in periods):
        return periods
    starts = [q.start for q in quantities]

    def named_after(p: Span) -> bool:
        return any(
            q.id_ != _OUTLOOK_YEAR
            and q.id_ not in _VAGUE_PERIODS
            and tok_sentence[q.start] == tok_sentence[p.start]
            and p.end <= q.start <= p.end + _YEAR_NAMED_WITHIN
            and not any(p.end <= s < q.start for s in starts)
            for q in periods
        )

    return [p for p in periods if p.id_ != _OUTLOOK_YEAR or not named_after(p)]


#: How many words after a "full-year" a phrase may stand that names its year.
_YEAR_NAMED_WITHIN = 6


#: Bases written short ("on year", "on-month"), which are none before a hyphen ("on year-end").
_SHORT_BASES = frozenset(("basis.yoy_on_year", "basis.mom_on_month"))
#: "year to" is a basis before the month or date it runs to ("in the year to June").
_YEAR_TO = "basis.yoy_12_month_4"
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_TO_ENDS = frozenset(_MONTHS) | {f"{m}." for m in _MONTHS} | {"the", "end", "mid", "date"}


def _year_to_nowhere(cue: Span, lower: tuple[str, ...]) -> bool:
    """The cue "year to" with no month, year or date it runs to: "expect growth this year to
    slow", not "in the year to June"."""
    if cue.id_ != _YEAR_TO:
        return False
    end = lower[cue.end] if cue.end < len(lower) else ""
    return not (end in _YEAR_TO_ENDS or _YEAR.fullmatch(end))


#: Words that set a figure against another one: "above the 2.1% forecast", "ahead of the 0.3%
#: estimate", "beating analysts' expectations of 50.7".
_SET_AGAINST = frozenset(
    "above below than against versus vs ahead behind beating topping missing".split()
)

#: Multiples that set a figure against another: "double the", "nearly triple the".
_MULTIPLES = frozenset("double triple twice thrice quadruple treble".split())

#: Words that set a figure of another noun against the one before.
_SET_OFF = frozenset("against versus vs with".split())

#: Nouns of what was expected: "below forecasts of 2.4%".
_EXPECTED_NOUNS = frozenset("forecast forecasts expectations estimate estimates consensus".split())

#: Words between "from" and the value a change started from: "from an upwardly revised 0.4%".
FROM_FILLERS = frozenset(
    "a an the its their previous previously record revised upwardly downwardly upward "
    "downward slightly".split()
)


_T = TypeVar("_T")


def _once(cache: dict[int, _T], start: int, find: Callable[[int], _T]) -> _T:
    """What `find` reads at a token, read once per document (the facts several attachers
    ask about a mention or a sentence)."""
    if start not in cache:
        cache[start] = find(start)
    return cache[start]


@dataclass
class DocContext:
    """Read-only facts about one document, shared by the attachers."""

    doc: TokenCache
    tokens: TokenArrays  # per-token attributes as tuples: tokens.lower[i] is doc[i].lower_
    sentences: list[Sentence]
    tok_sentence: list[int]  # token index -> sentence index
    cues: dict[str, list[Span]]  # spans key -> cue spans
    cue_at: dict[tuple[str, int], Span]  # (spans key, token index) -> the cue covering it
    sentence_spans: dict[str, dict[int, list[Span]]]  # spans key -> sentence index -> spans
    gazetteer: Gazetteer
    country: str | None  # the country the figures are about (see `figures_country`)
    dateline_country: str | None  # the country of the wire dateline at the top, if any
    fiscal_country: str | None  # whose financial year "FY26" is (see `accounts_country`)
    parsed: bool  # whether the doc carries a dependency parse
    datelines: set[int]  # token starts inside a wire dateline ("TOKYO, Feb 27 -")
    quantities: list[Span]  # doc.spans[QUANTITIES], its Span objects made once
    _from_values: dict[int, bool] = field(default_factory=dict)  # `from_value` by span start
    _compared: dict[int, bool] = field(default_factory=dict)  # `compared_change` by span start
    _set_against: dict[int, bool] = field(default_factory=dict)  # `figure_set_against`, same
    _small_words: frozenset[str] | None = None  # see `small_words`
    _followed: dict[int, int | None] = field(default_factory=dict)  # `followed_by`, by start
    _revised: dict[int, RevisedForecast | None] = field(default_factory=dict)  # by span start
    _moved: dict[int, ParticipleMove | None] = field(default_factory=dict)  # by span start
    _beats: dict[int, bool] = field(default_factory=dict)  # `beats_a_forecast`, same
    _found: tuple[dict[int, Span], dict[int, Span], set[int]] | None = None  # `_found_index`
    # the companies the document shows to be companies (`companies.CompanyNames.listed`),
    # found once for every reader of the document
    listed_companies: dict[str, tuple[str, ...]] | None = None

    @classmethod
    def of(cls, doc: Doc, gazetteer: Gazetteer) -> DocContext:
        """Index a processed doc: its sentences and the spans of the rule components."""
        tokens = TokenCache(doc)
        arrays = TokenArrays(tokens)
        sentences = split_sentences(tokens, arrays)
        tok_sentence = [0] * len(doc)
        for i, s in enumerate(sentences):
            tok_sentence[s.start : s.end] = [i] * (s.end - s.start)
        spans = doc.spans
        cues = {key: list(spans[key]) if key in spans else [] for key in CUE_KEYS.values()}
        agencies = list(spans[AGENCIES]) if AGENCIES in spans else []
        n = arrays.n
        agencies = [  # "the 10-year U.S. Treasury note": a security, not the department
            a
            for a in agencies
            if a.label_ != "AGENCY" or a.end >= n or arrays.lower[a.end] not in SECURITY_NOUNS
        ]
        cues[CREDITS] = [  # "US Treasury notes rose": the noun, not the verb "notes"
            c
            for c in cues[CREDITS]
            if not (
                arrays.lower[c.start] in SECURITY_NOUNS
                and c.start > 0
                and arrays.text[c.start - 1][:1].isupper()
            )
            and not (  # "the Central Bureau of Statistics said": a word of the name
                c.start > 1
                and arrays.lower[c.start - 1] == "of"
                and arrays.text[c.start][:1].isupper()
                and arrays.text[c.start - 2][:1].isupper()
            )
        ]
        cues[CHANGES] = [  # "48,500 contracts", "the March contract": futures, not a fall
            c
            for c in cues.get(CHANGES, [])
            if not (
                arrays.lower[c.start] in ("contract", "contracts")
                and c.start > 0
                and (arrays.like_num[c.start - 1] or arrays.lower[c.start - 1] in _CONTRACT_LEADS)
            )
            and not _below_zero_described(arrays, c)
            and not _added_as_said_or_named(arrays, c)
        ]
        cues[BASES] = [  # "rose 2.8% on year", not "on year-end demand"
            c
            for c in cues[BASES]
            if (c.id_ not in _SHORT_BASES or c.end >= n or arrays.lower[c.end] != "-")
            and not _year_to_nowhere(c, arrays.lower)
        ]
        all_periods = list(spans[PERIODS]) if PERIODS in spans else []
        quantities = list(spans[QUANTITIES]) if QUANTITIES in spans else []
        if QUANTITIES in spans:
            all_periods = days_that_are_values(doc, all_periods, quantities)
        all_periods = joined_year_parts(doc, fiscal_adjectives(doc, all_periods))
        datelines = dateline_tokens(tokens, sentences, arrays)
        for s in sentences:
            # A sentence opened by a dateline starts after it: "TOKYO, Feb 27 - Exports ...".
            t = s.start
            while t < s.end and (t in datelines or arrays.is_space[t]):
                t += 1
            if s.start < t < s.end:
                s.start = t
        undated = [p for p in all_periods if p.start not in datelines]
        periods = _outlook_years_named(undated, tok_sentence, quantities)
        alone = _outlook_years_alone(undated, tok_sentence)
        dateline = dateline_country(arrays.doc_text)
        sentence_spans: dict[str, dict[int, list[Span]]] = {}
        for key, key_spans in [*cues.items(), (PERIODS, periods), (AGENCIES, agencies)]:
            grouped: dict[int, list[Span]] = {}
            for span in key_spans:
                grouped.setdefault(tok_sentence[span.start], []).append(span)
            sentence_spans[key] = grouped
        return cls(
            doc=tokens,
            tokens=arrays,
            sentences=sentences,
            tok_sentence=tok_sentence,
            cues=cues,
            cue_at=index_cues(
                doc,
                cues,
                [p for p in all_periods if p.id_ != _OUTLOOK_YEAR or p in alone],
                agencies,
                _markets(agencies, gazetteer),
            ),
            sentence_spans=sentence_spans,
            gazetteer=gazetteer,
            country=(country := figures_country(doc, agencies, gazetteer, dateline)),
            dateline_country=dateline,
            fiscal_country=accounts_country(doc, country),
            parsed=doc.has_annotation("DEP"),
            datelines=datelines,
            quantities=quantities,
        )

    def sentence_text(self, sent: Sentence) -> str:
        """The text of a sentence, without surrounding white space."""
        return self.tokens.span_text(sent.start, sent.end).strip()

    def text(self, span: Span) -> str:
        """`span.text` of a span of this document, read from the token arrays (spaCy builds
        it from new Token objects at every read)."""
        return self.tokens.span_text(span.start, span.end)

    def _found_index(self) -> tuple[dict[int, Span], dict[int, Span], set[int]]:
        """The quantities found, records or not, by first token and by end (they never
        overlap), and the tokens they cover: indexed once per document."""
        if self._found is None:
            quantities = self.quantities
            self._found = (
                {q.start: q for q in quantities},
                {q.end: q for q in quantities},
                {t for q in quantities for t in range(q.start, q.end)},
            )
        return self._found

    def quantity_starting_at(self, t: int) -> Span | None:
        """The quantity found at token t, record or not."""
        return self._found_index()[0].get(t)

    def quantity_ending_at(self, end: int) -> Span | None:
        """The quantity found that ends right before token `end`, record or not."""
        return self._found_index()[1].get(end)

    def in_quantity(self, t: int) -> bool:
        """Whether token t is part of a quantity found, record or not ("1kg" in "(1kg, 9.6%)")."""
        return t in self._found_index()[2]

    def spans_in(self, key: str, sent: Sentence | int) -> list[Span]:
        """The spans of `doc.spans[key]` that start in a sentence (object or index)."""
        index = sent if isinstance(sent, int) else self.tok_sentence[sent.start]
        return self.sentence_spans[key].get(index, [])

    def after_comma_or(self, start: int, floor: int) -> bool:
        """Whether ", or" (past qualifiers such as "about") stands right before the figure that
        starts at `start`, after token `floor`: a restatement in another unit, "34% of
        capacity, or about 20 bcm"."""
        t = start - 1
        while t > floor and (QUALIFIERS, t) in self.cue_at:
            t -= 1
        return t - 1 >= floor and self.tokens.lower[t] == "or" and self.tokens.text[t - 1] == ","

    def from_value(self, m: Mention) -> bool:
        """A value a change started from or is set against: "up from 1.5%", "revised from
        2.1%", "905 mln against 929 mln".

        It reads only the words before the mention and the cues of the rule components (no
        quantity cue), so it is decided once per mention start."""
        return _once(self._from_values, m.span.start, self._from_value)

    def _from_value(self, start: int) -> bool:
        lower = self.tokens.lower
        t = start - 1
        while t >= 0 and (lower[t] in FROM_FILLERS or (QUALIFIERS, t) in self.cue_at):
            t -= 1
        if t >= 0 and lower[t] == "against":
            return True
        if t >= 0 and lower[t] == "than":
            return True  # "lower than Rs 1.8 trillion in July"
        if t >= 0 and lower[t] in _MULTIPLES:
            return True  # "nearly triple the 54,064 announced in September"
        if (
            t >= 2
            and lower[t] == "of"
            and lower[t - 1] in _EXPECTED_NOUNS
            and not _SET_AGAINST.isdisjoint(lower[max(0, t - 5) : t - 1])
        ):
            return True  # "a touch below forecasts of 2.4%", "beating analysts' expectations of"
        cue = self.cue_at.get((QUALIFIERS, t + 1)) if t + 1 < start else None
        if cue is not None and lower[cue.end - 1] == "than" and self.comparison_set_off(cue.start):
            return True  # "..., sharply lower than Rs 1.8 trillion"
        near = lower[max(t - (lower[t] == "of"), 0) : start]  # "ahead of the 0.3% estimate"
        if "the" in near and not _SET_AGAINST.isdisjoint(near):
            return True  # "marginally above the Rs 24.9 trillion", "ahead of the 0.3% estimate"
        if t >= 1 and (CHANGES, t) in self.cue_at and lower[t - 1] in ("after", "following"):
            return True  # "were unchanged in May after rising a revised 0.1% in April"
        marker = self.cue_at.get((MARKERS, t)) if t >= 0 else None
        return marker is not None and marker.label_ == "FROM"

    def compared_change(self, m: Mention) -> bool:
        """ "fell 1.2%, against growth of 11.4% in August", "compared with a rise of 0.1%": a
        change set against the figure's own, which keeps its change word but is no main one
        (decided once per mention start, as `from_value`)."""
        return _once(self._compared, m.span.start, self._compared_change)

    def _compared_change(self, start: int) -> bool:
        lower = self.tokens.lower
        t = start - 1
        while t > 0 and (QUALIFIERS, t) in self.cue_at:
            t -= 1
        if t < 2 or lower[t] != "of" or (CHANGES, t - 1) not in self.cue_at:
            return False
        k = t - 2
        while k > 0 and lower[k] in ("a", "an", "the"):
            k -= 1
        return self._sets_against(k)

    def figure_set_against(self, m: Mention) -> bool:
        """ "an outflow of $2.1 billion in Q2FY26 against an inflow of $2.8 billion in Q2FY25",
        "compared with a surplus of 3.1 billion": a figure of another noun set against the one
        before. It names its own indicator, but its period is no main one (decided once per
        mention start, as `from_value`)."""
        return _once(self._set_against, m.span.start, self._figure_set_against)

    def _figure_set_against(self, start: int) -> bool:
        lower = self.tokens.lower
        t = start - 1
        while t >= 0 and (QUALIFIERS, t) in self.cue_at:
            t -= 1
        if t < 2 or lower[t] != "of" or not self.tokens.is_alpha[t - 1]:
            return False
        j = t - 2
        while j > 0 and t - j <= 4 and self.tokens.is_alpha[j] and lower[j] not in _SET_OFF:
            j -= 1
        return self._sets_against(j)

    def _sets_against(self, k: int) -> bool:
        """Whether token k sets what follows against a figure before: "against", "versus",
        "vs", "compared with", "in comparison with"."""
        lower = self.tokens.lower
        return lower[k] in ("against", "versus", "vs") or (
            lower[k] == "with" and k > 0 and lower[k - 1] in ("compared", "comparison")
        )

    def comparison_set_off(self, start: int) -> bool:
        """Whether the comparative at `start` is set off after another figure ("...,
        sharply lower than Rs 1.8 trillion") or follows a rate of change ("24.4 per cent lower
        than ₹1.60 trillion"): what follows is a compared value, not a bound."""
        lower = self.tokens.lower
        if start < 1 or lower[start] not in ("lower", "higher", "less", "more", "fewer"):
            return False
        t = start - 1
        if lower[t] in _PERCENT_WORDS or self.tokens.like_num[t]:
            return True  # "11.8 per cent higher than ₹39,540 crore": the change's comparison
        if lower[t].endswith("ly") or lower[t] in ("much", "far", "well", "still"):
            t -= 1  # "sharply", "much"
        return t >= 0 and lower[t] == ","

    def small_words(self) -> frozenset[str]:
        """The words the document writes in small letters somewhere: a capitalized word not
        among them is a name ("NCR", "Counterpoint"), not a common word opening a sentence
        ("Exports")."""
        if self._small_words is None:
            self._small_words = frozenset(w for w in self.tokens.text if w.islower())
        return self._small_words

    def tells_a_forecast(self, sent: Sentence) -> bool:
        """Whether a sentence tells a forecast ("forecast earnings of", "expects revenue"): its
        periods are times forecast, not times its document is about."""
        return not FORECAST_WORDS.isdisjoint(self.tokens.lower[sent.start : sent.end])

    def followed_by(self, sent: Sentence) -> int | None:
        """The token of "followed" in a sentence's "followed by" (a ranking), else None; found
        once per sentence for the ranking's names and its followers' direction."""
        lower = self.tokens.lower
        return _once(
            self._followed,
            sent.start,
            lambda start: next(
                (
                    t
                    for t in range(start + 1, sent.end - 2)
                    if lower[t] == "followed" and lower[t + 1] == "by"
                ),
                None,
            ),
        )

    def revised_forecast(self, m: Any) -> RevisedForecast | None:
        """The forecast a figure is the new value of: "raised its 2025 growth forecast to
        1.0%", "cut its 2025 sales growth outlook to a range of 8% to 11%", "lowered its
        inflation forecast for 2026 to 3.3%", "revised down its estimate to 2%"; else None.
        Read once per mention (its direction and its metric both ask)."""
        return _once(self._revised, m.span.start, self._find_revised_forecast)

    def _link_before(self, start: int, sent: Sentence) -> int:
        """The token before a figure past its qualifiers and fillers: "to" in "to a range of
        8% to 11%", "at" in "at about 1.34 months"."""
        lower, k = self.tokens.lower, start - 1
        while k > sent.start and ((QUALIFIERS, k) in self.cue_at or lower[k] in _TO_FILLERS):
            k -= 1
        return k

    def _find_revised_forecast(self, start: int) -> RevisedForecast | None:
        lower = self.tokens.lower
        sent = self.sentences[self.tok_sentence[start]]
        k = self._link_before(start, sent)
        if k <= sent.start or lower[k] != "to":
            return None
        if lower[k - 1] in ("%", "percent", "pct") or self.tokens.like_num[k - 1]:
            k -= 1  # "to a range of 8% to 11%": the range's first bound opens it
            while k > sent.start and lower[k] not in ("to", "from"):
                k -= 1
            if k <= sent.start or lower[k] == "from":
                return None  # (not "from 8% to 14% previously": the outlook before)
        noun = next(
            (
                j
                for j in range(k - 1, max(sent.start, k - 7) - 1, -1)
                if lower[j] in _MOVED_FORECASTS
            ),
            None,
        )
        if noun is None:
            return None
        for j in range(noun - 1, max(sent.start, noun - 8), -1):
            if lower[j] not in ("its", "their", "the"):
                continue
            verb = j - 1
            if verb > sent.start and lower[verb] in ("up", "down", "upward", "downward"):
                if lower[verb - 1] == "revised":  # "revised down its estimate"
                    return RevisedForecast(verb - 1, j + 1, noun, _REVISED[lower[verb]])
            if lower[verb] in _REVISE_UP or lower[verb] in _REVISE_DOWN:
                way = "increase" if lower[verb] in _REVISE_UP else "decrease"
                return RevisedForecast(verb, j + 1, noun, way)
            return None
        return None

    def participle_move(self, m: Any) -> ParticipleMove | None:
        """The figure a participle after a comma moves a second thing to: "..., bringing total
        EU wind capacity to 237 GW", "leaving the inventory-to-sales ratio at 1.34 months",
        "taking its cumulative easing since August 2024 to 325 basis points"; else None.
        Read once per mention (its metric and its direction both ask)."""
        return _once(self._moved, m.span.start, self._find_participle_move)

    def _find_participle_move(self, start: int) -> ParticipleMove | None:
        lower, text = self.tokens.lower, self.tokens.text
        sent = self.sentences[self.tok_sentence[start]]
        k = self._link_before(start, sent)
        if k <= sent.start or lower[k] not in ("to", "at", "by"):
            return None
        end = k
        if lower[k] == "to" and (moved := self.cue_at.get((QUANT_TOKENS, k - 1))) is not None:
            if moved.start - 1 <= sent.start or lower[moved.start - 1] != "by":
                return None
            end = moved.start - 1  # "lifting the trade deficit by 9% to $8.1 billion"
        if lower[end - 1] in ("up", "down"):
            end -= 1  # "bringing the annual inflation rate down to 2.8%"
        verb = end - 1
        while verb > sent.start and end - verb <= _MOVED_OBJECT_MAX:
            if lower[verb] in _MOVING_PARTICIPLES and text[verb - 1] == ",":
                break
            if text[verb] in (",", ";", ":") or (QUANT_TOKENS, verb) in self.cue_at:
                return None  # (not "lifting the rate 0.1 points to": the points moved it)
            verb -= 1
        else:
            return None
        if verb + 1 >= end:
            return None
        way: str | None = _MOVING_WAY[lower[verb]]
        head = end - 1
        while head > verb and (PERIODS_TOKENS, head) in self.cue_at:
            head -= 1
        if head > verb + 1 and lower[head] in PERIOD_LEADS and head < end - 1:
            head -= 1  # "the average for the first 11 months": "average"
        dated = head < end - 1 or any((PERIODS_TOKENS, j) in self.cue_at for j in range(verb, end))
        if way == "clause" and lower[head] not in MOVED_CHANGE_NOUNS:
            if lower[head] == "average" or dated:
                # "bringing the average for the first 11 months to 1.6%", "taking shipments
                # in the first nine months to 6.4 lakh units": a level of a span, no change
                way = None
            elif any(lower[j] in _ADDING_UP for j in range(verb + 1, end)):
                way = "increase"
        if lower[end] in ("up", "down"):
            way = "increase" if lower[end] == "up" else "decrease"
        elif lower[k] == "at" and lower[verb] in _LEVEL_PARTICIPLES:
            way = None  # "leaving the ratio at 1.34 months": a level where it stands
        first = verb + 1
        if lower[first] in ("up", "down") and first + 1 < end:
            first += 1  # "pulling down the overall PPI by 2.15 points"
        if lower[k] == "by" and lower[first] in PRONOUNS:
            return None  # "dragging it down by 0.11 points": named before
        return ParticipleMove(verb, first, end, way)

    def beats_a_forecast(self, m: Any) -> bool:
        """Whether a figure is the forecast a participle sets the figure before against:
        "beating market forecasts of 3.9%", "missing analysts' expectations of 0.5%",
        "undershooting the consensus of 17.3%" (of the same indicator and period; read once
        per mention, for its metric and its period)."""
        return _once(self._beats, m.span.start, self._beats_a_forecast)

    def _beats_a_forecast(self, start: int) -> bool:
        lower = self.tokens.lower
        sent = self.sentences[self.tok_sentence[start]]
        t = start - 1
        while t > sent.start and ((QUALIFIERS, t) in self.cue_at or lower[t] in ("a", "an")):
            t -= 1
        if (
            t <= sent.start + 1
            or lower[t] not in ("of", "for")
            or lower[t - 1] not in _EXPECTED_NOUNS
        ):
            return False
        k = t - 2
        while k > sent.start and t - k <= 5 and lower[k] not in _SETTING_AGAINST:
            if not (self.tokens.is_alpha[k] or lower[k] in ("'s", "’s", "'")):
                return False
            k -= 1
        return lower[k] in _SETTING_AGAINST

    def names_a_target(self, m: Any) -> bool:
        """Whether a figure is a target stated as one: "the Fed's 2% target", "a growth
        target of around 5%", "its target range of 2.5% to 3.0%", "the SNB's 0% to 2% target
        range" (not "raised its target to 5.5%", a target moved)."""
        lower, n = self.tokens.lower, self.tokens.n
        end = m.span.end
        if end + 1 < n and lower[end] in _RANGE_LINKS and self.tokens.like_num[end + 1]:
            second = self.cue_at.get((QUANT_TOKENS, end + 1))
            if second is not None:
                end = second.end  # "the SNB's 0% to 2% target range": the range's first bound
        if end < n and lower[end] in _TARGET_NOUNS:
            return True  # "the 2% target", "a 2%-4% target range"
        t = m.span.start - 1
        if t > 0 and lower[t] in _RANGE_LINKS:
            first = self.cue_at.get((QUANT_TOKENS, t - 1))
            if first is not None:
                t = first.start - 1  # "of 1% to 3%": the range the first bound opens
        while t > 0 and (QUALIFIERS, t) in self.cue_at:
            t -= 1
        if t < 1 or lower[t] != "of":
            return False
        k = t - 1
        if lower[k] in ("range", "band"):
            k -= 1
            if lower[k] in _BAND_WORDS:
                return "to" not in lower[max(0, k - 3) : k]  # "its tolerance band of 2% to 6%"
        # (not "lowered its rate by a quarter point to a target range of 3.5% to 3.75%": the
        # range the target was moved to)
        return lower[k] in _TARGET_NOUNS and "to" not in lower[max(0, k - 3) : k]

    def moves_a_forecast(self, t: int, sent: Sentence) -> bool:
        """Whether the verb at t moves (or keeps) its subject's own forecast: "the Bank of
        Mexico cut its 2025 growth forecast to 0.5%", "Acme reiterated its outlook for" (its
        maker, credited in that sentence only)."""
        lower = self.tokens.lower
        return (
            (lower[t] in _REVISE_UP or lower[t] in _REVISE_DOWN or lower[t] in _KEPT)
            and t + 1 < sent.end
            and lower[t + 1] in ("its", "their")
            and any(lower[k] in _MOVED_FORECASTS for k in range(t + 2, min(sent.end, t + 8)))
        )

    def sentence_start(self, i: int) -> bool:
        """Whether token i opens a sentence or follows white space."""
        return (
            i == 0
            or self.tok_sentence[i] != self.tok_sentence[i - 1]
            or self.tokens.is_space[i - 1]
        )

    def verb_up_to(self, t: int) -> bool:
        """ "edged up to 4.2%": "up" after a verb is a rise, not the qualifier "up to"."""
        cue = self.cue_at.get((QUALIFIERS, t))
        if cue is None or cue.label_ != "UP_TO" or cue.start == 0:
            return False
        if self.tokens.lower[cue.start] != "up":
            return False  # "rose as much as 9%": a bound after any verb
        before = cue.start - 1
        lower = self.tokens.lower[before]
        return (
            lower in AUXILIARY_FILLERS
            or (CHANGES, before) in self.cue_at
            or (self.tokens.is_alpha[before] and lower.endswith(("ed", "ing")))
            or lower in ("crept", "went", "shot")
            or lower in HEADLINE_MOVES
        )  # "edged up to", "edging up to", "crept up to", "Sentiment ticks up to 39"


#: Words that end a rate of change written before a comparative: "24.4 per cent lower than".
_PERCENT_WORDS = frozenset(("%", "cent", "percent", "pct", "pc"))


def figures_country(
    doc: Doc, agencies: list[Span], gazetteer: Any, dateline: str | None
) -> str | None:
    """The country a document's figures are about: the one its official bodies and the
    countries it names point to most; failing that, its wire dateline's ("SYDNEY, March 4
    (Reuters) -"); failing that, the currency its amounts are written in, when only one
    country uses it ("Rs 41,702 crore", "A$3.2 billion"). The currency also decides between
    countries named equally often."""
    named = main_countries(agencies, gazetteer)
    if len(named) == 1:
        return named[0]
    if not named and dateline is not None:
        return dateline
    counts = {c: n for c, n in _currency_counts(doc).items() if not named or c in named}
    if counts:
        # Countries named as often as each other: the one whose currency the amounts use
        # ("US tariffs" and "the Indian industry" twice each, with amounts in rupees).
        return max(counts, key=lambda c: counts[c])
    return named[0] if named else None


def _currency_counts(doc: Doc) -> dict[str, int]:
    """How many of a document's amounts are in each currency only one country uses."""
    counts: dict[str, int] = {}
    for span in doc.spans[QUANTITIES] if QUANTITIES in doc.spans else []:
        code = currency_country(span.text) if span.label_ == "MONEY" else None
        if code is not None:
            counts[code] = counts.get(code, 0) + 1
    return counts


def accounts_country(doc: Doc, country: str | None) -> str | None:
    """Whose financial year a document's "FY26" or "H1FY26" is: the country its amounts are
    written in the currency of, when at least two amounts and two in three of those whose
    currency only one country uses are in it ("Lupin ... ₹1,478 crore ... (H1FY26)" in a story
    that also names the US); else the country of its figures."""
    counts = _currency_counts(doc)
    if not counts:
        return country
    top = max(counts, key=lambda c: counts[c])
    if counts[top] >= 2 and 3 * counts[top] >= 2 * sum(counts.values()):
        return top
    return country


def _markets(agencies: list[Span], gazetteer: Any) -> frozenset[str]:
    """The gazetteer ids of the exchanges (kind "market") a document names."""
    return frozenset(
        a.id_ for a in agencies if a.label_ == "AGENCY" and gazetteer.by_id(a.id_).kind == "market"
    )


def _added_as_said_or_named(arrays: TokenArrays, cue: Span) -> bool:
    """ "..., adding that exports would reach $9 billion", "he added that": "add" of speech,
    which moves nothing; "gross value added", "value-added tax": the name of a measure."""
    k = cue.start
    if cue.end - k != 1 or arrays.lower[k] not in _ADD_WORDS:
        return False
    if cue.end < arrays.n and arrays.lower[cue.end] == "that":
        return True
    before = k - 2 if k > 1 and arrays.text[k - 1] == "-" else k - 1
    return arrays.lower[k] == "added" and before >= 0 and arrays.lower[before] == "value"


def _below_zero_described(arrays: TokenArrays, cue: Span) -> bool:
    """ "negative" that describes a thing below zero, no change: before a noun other than a
    change's ("hours with negative prices", "212 negative hours", "negative-price hours") or
    after a verb ("prices were negative in 4,820 hours"). It states a fall only where it signs
    a figure ("negative 0.4%") or names a change ("negative growth", "a negative
    contribution")."""
    if cue.end - cue.start != 1 or arrays.lower[cue.start] != "negative":
        return False
    k = cue.end
    if k >= arrays.n:
        return True
    if arrays.like_num[k]:
        return False
    if arrays.is_alpha[k]:
        return arrays.lower[k] not in _NEGATIVE_CHANGES
    return arrays.is_punct[k] or arrays.is_space[k]


def next_start(mentions: list[Mention], i: int, sent: Sentence) -> int:
    """Where mention i's clause ends at the latest: the next mention or the sentence end."""
    return mentions[i + 1].span.start if i + 1 < len(mentions) else sent.end


#: Words of a rate between a move's size and its noun: "a quarter-point policy rate cut".
_RATE_WORDS = frozenset("rate rates interest policy funds".split())

#: Participles that stay with a share's group: "31% of firms surveyed said".
_AFTER_GROUP = frozenset(("surveyed", "polled", "questioned", "asked", "sampled", "covered"))
#: Function words a share's group may hold: "the rise in employment", "stocks of grain".
_IN_GROUP = frozenset(("of", "in", "on", "and", "for", "the", "to", "from", "at"))
# Words before "contract(s)" that make it the noun of futures: "the March contract".
_CONTRACT_LEADS = frozenset("the a futures most-active front-month benchmark".split()) | frozenset(
    _MONTHS  # the calendar's month names and their short forms
)
#: Forms of "add", a change cue, that also report speech ("adding that") or name a measure.
_ADD_WORDS = frozenset(("add", "added", "adding", "adds"))
#: Nouns of a change that "negative" may name: "negative growth", "negative contributions".
_NEGATIVE_CHANGES = frozenset("growth change changes contribution contributions".split())
_REVISED = {"up": "increase", "upward": "increase", "down": "decrease", "downward": "decrease"}
_PREPOSITIONS = frozenset(("at", "in", "on", "from", "by", "to", "for", "with", "under"))


#: Verbs that move a forecast, a projection or a target, by the way they move it.
_REVISE_UP = frozenset("raised lifted upgraded increased hiked nudged bumped".split())
_REVISE_DOWN = frozenset("cut lowered trimmed reduced downgraded slashed pared".split())
# Nouns of a target a figure is stated as: "the 2% target", "a growth goal of 5%".
_TARGET_NOUNS = frozenset("target targets goal goals ceiling".split())
# Words that make a band or range a target's: "tolerance band", "comfort range".
_BAND_WORDS = frozenset("tolerance comfort policy".split())
# Words between the bounds of a range: "2% to 4%", "2%-4%".
_RANGE_LINKS = frozenset(("to", "and", "-", "\u2013"))
#: Verbs that keep a forecast as it was: "reiterated its outlook for".
_KEPT = frozenset("reiterated reaffirmed affirmed confirmed maintained kept".split())
#: Nouns of what such a verb moves: "raised its 2025 growth forecast to 1.0%" (the forecast
#: nouns of the credits, and a company's estimates and guidance).
_MOVED_FORECASTS = FORECAST_NOUNS | frozenset("estimate estimates guidance".split())
# Words between "to" and the figure it moved to: "to a range of 8% to 11%", "to about 4%".
_TO_FILLERS = frozenset("a range of about around roughly approximately nearly some".split())
#: Participles that set a figure against a forecast ("beating market forecasts of 3.9%").
_SETTING_AGAINST = frozenset(
    "beating topping missing undershooting exceeding surpassing matching overshooting".split()
)


#: Participles after a comma that put a second thing at a figure (of the vocabulary's
#: PARTICIPLE_OPENERS): "..., bringing the total to 237 GW", "leaving the ratio at 1.34
#: months"; the way each moves it ("clause": as the clause before moved its own figure: "cut
#: its rate by 25 basis points, taking the rate to 3.25%").
_MOVING_WAY: Final = {
    "bringing": "clause", "taking": "clause", "sending": "clause", "leaving": "clause",
    "putting": "clause", "pushing": "increase", "driving": "increase", "lifting": "increase",
    "raising": "increase", "boosting": "increase", "dragging": "decrease",
    "lowering": "decrease", "cutting": "decrease", "pulling": "decrease",
}  # fmt: skip
_MOVING_PARTICIPLES: Final = frozenset(_MOVING_WAY)
#: Participles that leave a level where it is ("leaving the ratio at 1.34 months"): no change.
_LEVEL_PARTICIPLES: Final = frozenset(("leaving", "putting"))
#: Tokens an object of such a participle may run to: "taking its cumulative easing since
#: August 2024 to".
_MOVED_OBJECT_MAX: Final = 12
#: Changes named as such an object: "bringing its decline since January to 17%", "taking its
#: cuts since April to 625 basis points" (moved as the clause before moved its figure).
MOVED_POLICY_NOUNS: Final = frozenset("easing cuts cut hikes tightening reduction".split())
MOVED_CHANGE_NOUNS: Final = MOVED_POLICY_NOUNS | frozenset(
    "advance advances gain gains rise rises fall falls decline declines drop drops loss losses "
    "increase increases slide slump".split()
)
#: Words before a period inside such an object: "bringing their advance over the past 12
#: months to", "taking its cuts since April to".
PERIOD_LEADS: Final = frozenset("over since in during for through".split())
#: Words of an object that only adds up ("bringing cumulative installed capacity to 402 GW":
#: a rise, even after a year of fewer additions).
_ADDING_UP: Final = frozenset(("cumulative", "total"))


@dataclass(frozen=True)
class ParticipleMove:
    """A figure a participle after a comma moves its object to (`DocContext.participle_move`)."""

    verb: int  # token of the participle ("bringing")
    start: int  # first token of its object
    end: int  # token after its object ("to", "at", or "down"/"up" before them)
    direction: str | None  # "increase", "decrease", None (a level left), "clause" (see above)


@dataclass(frozen=True)
class RevisedForecast:
    """A figure a forecast was moved to: "the bank cut its 2025 growth forecast to 0.5%"."""

    verb: int  # token of the verb ("cut")
    start: int  # first token after "its", "their" or "the"
    noun: int  # token of the forecast noun ("forecast")
    direction: str  # "increase" or "decrease", as the verb moved it


class Attacher:
    """Base of the field attachers: the document context, and short names for its parts."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.tokens = ctx.tokens  # read token attributes here: `self.tokens.lower[i]`
        self.cue_at = ctx.cue_at
        self.tok_sentence = ctx.tok_sentence

    def _past_bracket(self, t: int, sent: Any) -> int:
        """The token after a short bracket that opens at t ("(-22 TWh)"), else t."""
        if t < sent.end and self.tokens.text[t] == "(":
            close = next(
                (x for x in range(t, min(sent.end, t + 8)) if self.tokens.text[x] == ")"), None
            )
            if close is not None:
                return close + 1
        return t

    def _opening_bracket(self, t: int, floor: int) -> int | None:
        """The "(" of the brackets token t stands in, looking back no further than token
        `floor`; None when t stands in none there."""
        text = self.tokens.text
        for k in range(t - 1, floor - 1, -1):
            if text[k] == ")":
                return None
            if text[k] == "(":
                return k
        return None

    def without_country_lead(self, metric: str | None) -> str:
        """ "Italy Output" -> "Output": an indicator without a country written before it."""
        words = (metric or "").split()
        if len(words) > 1 and self.ctx.gazetteer.country_of(words[0]) is not None:
            words = words[1:]
        return " ".join(words)

    def of_in_name(self, k: int) -> bool:
        """Whether token k is the "of" inside a capitalized name ("Bank of England")."""
        return k > 0 and self.tokens.lower[k] == "of" and self.tokens.text[k - 1][:1].isupper()

    def move_noun_after(self, t: int, nouns: frozenset[str], limit: int = 4) -> bool:
        """Whether one of `nouns` follows at t past its maker's name and the words of a
        rate: "cut", "rate hike", "Fed rate cut", "Bank of England reduction"."""
        lower = self.tokens.lower
        for k in range(t, min(self.tokens.n, t + limit)):
            if lower[k] in nouns:
                return True
            name = self.tokens.is_title[k] or self.tokens.is_upper[k] or self.of_in_name(k)
            if not (name or lower[k] in _RATE_WORDS):
                return False
        return False

    def before_qualifiers(self, start: int) -> int:
        """The token before `start` past the qualifiers right before it ("rose by about 3%":
        "by"); -1 at the document's start."""
        t = start - 1
        while t >= 0 and (QUALIFIERS, t) in self.cue_at:
            t -= 1
        return t

    def word_back(
        self, t: int, sent: Any, reach: int, wanted: frozenset[str]
    ) -> int | None:
        """The nearest token at or before t, at most `reach` tokens back and past words only,
        that is one of `wanted` ("exceeded" in "exceeded spending on defense, at"), or None."""
        lower, is_alpha = self.tokens.lower, self.tokens.is_alpha
        k = t
        while k > sent.start and t - k < reach and is_alpha[k]:
            if lower[k] in wanted:
                return k
            k -= 1
        return k if lower[k] in wanted else None

    def at_before(self, m: Any, sent: Any) -> int | None:
        """The "at" right before a number, past its qualifier ("at about 67%"), or None."""
        k = m.span.start - 1
        while k > sent.start and (QUALIFIERS, k) in self.cue_at:
            k -= 1
        return k if k > sent.start and self.tokens.lower[k] == "at" else None

    def group_clause(self, t: int, sent: Any) -> tuple[int, int] | None:
        """(start, verb) of a group named at t and the verb that says what it did or was:
        "[trading businesses] [reported] a fall", "[outstanding debt] [was] in some stage of
        delinquency"; None when no clause of its own follows ("40% of the total, followed
        by ...")."""
        lower, tokens = self.tokens.lower, self.tokens
        k = start = t
        while k < sent.end and lower[k] in ("the", "all", "a", "an"):
            k += 1
            start = k
        while k < sent.end and k - start < 6:
            word = lower[k]
            verb = word in COPULAS or (
                is_clause_verb(word)
                and word not in _AFTER_GROUP
                and lower[k - 1] not in ("-", "–")  # "coal-fired generation"
                and not self._modifies(k, sent)
            )
            if verb and k > start:
                return start, k
            if not (tokens.is_alpha[k] or word in ("-", "&")) or (
                word in STOPWORDS and word not in _IN_GROUP
            ):
                return None
            k += 1
        return None

    def _modifies(self, k: int, sent: Any) -> bool:
        """Whether the participle at k is part of a group's name: "people aged 16 to 64",
        "wool offered at auction was bought in" (another verb follows), not "firms reported"."""
        lower = self.tokens.lower
        word = lower[k]
        if word in AGE_WORDS:
            return True
        if not word.endswith("ed") or k + 1 >= sent.end or lower[k + 1] not in _PREPOSITIONS:
            return False
        for j in range(k + 2, min(sent.end, k + 8)):
            if lower[j] in (",", ";") or (QUANT_TOKENS, j) in self.cue_at:
                return False
            if lower[j] in COPULAS or (is_clause_verb(lower[j]) and not lower[j].endswith("ing")):
                return True
        return False
