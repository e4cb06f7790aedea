"""Which quantities are measurements, and how numbers in a sentence continue each other."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span

from ..components import AGENCIES
from ..quantities import (
    dateline_country,
    localize_currency,
    parse_quantity,
    quoted_currency,
    written_scale,
)
from .context import Attacher, DocContext
from .structures import Credit, Mention
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
    PRONOUNS,
    QUALIFIERS,
    SPAN_LEAD_WORDS,
    STOCK_INDEXES,
    STREAK_WORDS,
    TIME_UNITS,
)


def _words(text: str) -> frozenset[str]:
    """A word set written as one space-separated string."""
    return frozenset(text.split())


# Words of money figures: a bare amount near them ("imports fell to 858 mln") is money.
MONEY_WORDS = _words(
    "exports export imports import deficit deficits surplus surpluses balance loans loan "
    "borrowing borrowings debt debts revenue revenues profit profits loss losses earnings income "
    "spending expenditure investment investments reserves budget price prices cost costs value "
    "sales turnover payments invisibles assets liabilities capital funds aid credit credits "
    "tax taxes bill bills worth dividend dividends disbursements financing grants subsidies "
    "deposits receipts outlays proceeds remittances bonds premiums"
)
# Nouns that a money amount may name after itself ("a 71 mln deficit", "a 119,100 price").
MONEY_NOUNS = _words("deficit surplus loss profit shortfall gap price cost bill payment")
# Words of rates and percentages: "points" in their sentence are percentage points.
RATE_WORDS = _words("rate rates inflation unemployment yield yields percent pct % share margin")
# Words of index levels besides the vocabulary's: "the reading was 50.5".
LEVEL_WORDS = _words("reading readings figure level s&p")
# Words after which a number is the level an index stands at.
LEVEL_LEADS = _words(
    "to at of was is were reading read reached hit stood standing touched registered recorded "
    "( for and"
)
# Prepositions before a country that is not what the figures are about ("trade with Canada").
_OTHER_COUNTRY_LEADS = _words(
    "with to from against into toward towards vs versus than between over including and or , "
    "like as"
)
# Money words that carry a currency from an earlier sentence ("fell to 226 mln from 237 mln").
CARRY_WORDS = MONEY_WORDS - _words(
    "sales price prices value cost costs worth credit credits capital bill bills tax taxes"
)
# Words that may follow a bare amount or level without naming a counted thing.
_AMOUNT_FOLLOWERS = _words(
    "to vs against revised a an the last this or over above below than versus during since "
    "compared when until through today yesterday now per"
)
# Nouns of a change that "a 10-point ..." may measure ("a 10-point drop").
_CHANGE_NOUNS = _words(
    "drop drops fall falls rise rises gain gains decline declines jump jumps increase "
    "increases decrease decreases slide swing surge plunge"
)
# Words of weight: "pounds" in their sentence weigh ("tows 11,000 pounds").
_WEIGHT_WORDS = _words(
    "weigh weighs weighed weighing weight weights tow tows towing payload lift lifts heavy "
    "heavier lighter"
)
# Units that world commodity prices are quoted per, in US dollars.
_COMMODITY_UNITS = _words(
    "barrel barrels bbl ounce ounces oz tonne tonnes ton tons t bushel bushels mmbtu lb pound"
)
# How many sentences back a money unit or an index is still the topic.
_TOPIC_REACH = 6


class MeasurementRules(Attacher):
    """Which quantities are measurements, and how numbers in a sentence continue each other."""

    def __init__(self, ctx: DocContext) -> None:
        super().__init__(ctx)
        self.memo: dict[tuple[str, int], Any] = {}  # answers asked for more than once

    def _to_mention(self, span: Span, period_tokens: set[int]) -> Mention | None:
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
        if label == "INDEX_POINT":
            if not self._is_points_measure(span):
                return None
            unit = self._points_unit(span)
        return Mention(
            span=span,
            value=parsed.value,
            unit=unit,
            sentence=0,
            rules=[span.id_] if span.id_ else [],
        )

    def _is_points_measure(self, span: Span) -> bool:
        """Not "a 10-point plan", "a seven-point lead" or "at one point"."""
        doc = self.doc
        nxt = doc[span.end] if span.end < len(doc) else None
        prev = doc[span.start - 1].lower_ if span.start > 0 else ""
        if prev == "at" and span.text.lower() == "one point":
            return False
        hyphenated = any(t.text == "-" for t in span)
        return not (
            hyphenated and nxt is not None and nxt.is_alpha and nxt.lower_ not in _CHANGE_NOUNS
        )

    def _points_unit(self, span: Span) -> str:
        """ "3 points": index points, unless the sentence is about a rate ("a full point lower")."""
        words = self._sentence_words(span.start)
        if words & (INDEX_WORDS | STOCK_INDEXES | {"s&p"}):
            return "index_point"
        return "percentage_point" if words & RATE_WORDS else "index_point"

    def _sentence_words(self, t: int, back: int = 0) -> set[str]:
        """Lower-case words of the sentence holding token t, and of `back` sentences before."""
        key = ("sentence_words", self.tok_sentence[t] * 100 + back)
        if key not in self.memo:
            sent = self.tok_sentence[t]
            lo = t
            while lo > 0 and (
                self.tok_sentence[lo - 1] >= sent - back or self.doc[lo - 1].is_space
            ):  # line breaks between paragraphs belong to no sentence
                lo -= 1
            hi = t
            while hi < len(self.doc) and self.tok_sentence[hi] == sent:
                hi += 1
            self.memo[key] = {x.lower_ for x in self.doc[lo:hi]}
        words: set[str] = self.memo[key]
        return words

    # ------------------------------------------------------------------ currencies
    def _localize_currencies(
        self, mentions: list[Mention], credits: list[Credit], carried: Credit | None
    ) -> None:
        """Money written with a shared name ("$", "dlrs", "pesos") in one sentence takes the
        currency of the country its figures are about (`quantities.localize_currency`)."""
        for m in mentions:
            if m.span.label_ == "MONEY" and self._weight_in_pounds(m):
                m.unit = "pound-mass"  # "tows 11,000 pounds", "5 pounds of beef"
                continue
            if m.span.label_ == "MONEY" and not self._world_price(m):
                country = self._figures_country(m, credits, carried)
                m.unit = localize_currency(m.unit, m.span.text, country)

    def _weight_in_pounds(self, m: Mention) -> bool:
        """ "Pounds" that weigh: in a sentence about weight, or of a thing that is no money."""
        words = m.span.text.lower().split()
        if words[-1] not in ("pounds", "pound") or written_scale(m.span.text) > 1:
            return False
        if self._sentence_words(m.span.start) & _WEIGHT_WORDS:
            return True
        after = [t.lower_ for t in self.doc[m.span.end : min(len(self.doc), m.span.end + 2)]]
        return after[:1] == ["of"] and len(after) > 1 and after[1] not in MONEY_WORDS

    def _world_price(self, m: Mention) -> bool:
        """ "$80 a barrel", "$2,350 an ounce", "$80/bbl": commodities are priced in US dollars."""
        doc = self.doc
        after = [t.lower_ for t in doc[m.span.end : min(len(doc), m.span.end + 2)]]
        tail = m.span.text.lower().rsplit("/", 1)[-1] if "/" in m.span.text else ""
        per = after[:1] in (["a"], ["an"], ["per"], ["/"]) and len(after) > 1
        return bool({after[1] if per else "", tail} & _COMMODITY_UNITS)

    def _figures_country(
        self, m: Mention, credits: list[Credit], carried: Credit | None
    ) -> str | None:
        """The country a money figure is about: the country its sentence opens with, else the
        credited agency's, else the dateline's, else the one the document is mostly about."""
        doc = self.doc
        for a in self.ctx.spans_in(AGENCIES, m.sentence):
            if a.label_ != "COUNTRY" or a.start >= m.span.start:
                continue
            t = a.start - 1
            while t >= 0 and doc[t].lower_ in ("the", "a", "an"):
                t -= 1
            if t >= 0 and doc[t].lower_ in _OTHER_COUNTRY_LEADS:
                continue
            code = self.ctx.gazetteer.by_id(a.id_).country
            if code:
                return str(code)
        for credit in [*[c for c in credits if not c.forecast], carried]:
            if credit is not None and credit.country:
                return credit.country
        if ("dateline", 0) not in self.memo:
            self.memo[("dateline", 0)] = dateline_country(doc.text)
        return self.memo[("dateline", 0)] or self.ctx.country

    def _share_units(self, mentions: list[Mention]) -> None:
        """A unit written once serves the bare numbers that share it.

        "rose to 203 mln from 180 mln N.Z. dlrs", "25 to 30 billion dlrs", "exports of 1.2 bln
        and imports of 900 mln stg": a bare amount linked to a money figure (a range bound, a
        list item, a value compared with), or a bare amount with a scale word among money words,
        takes its currency; a bound without a scale word also takes the other bound's scale.
        """
        doc = self.doc
        self._share_along_links(mentions)
        money = [i for i, m in enumerate(mentions) if _is_money(m.unit)]
        for m in mentions:
            if m.unit != "count" or not self._bare_amount(m):
                continue
            scaled = written_scale(m.span.text) > 1
            nxt = doc[m.span.end] if m.span.end < len(doc) else None
            named = nxt is not None and nxt.lower_ in MONEY_NOUNS
            before = self._clause_words(m.span.start)
            # "Retail sales rose 0.6 pct to 11.2 billion dlrs, after a fall to 11.1 billion":
            # the subject that opens the sentence names money too.
            subject = {t.lower_ for t in doc[self._sentence_first(m) : mentions[0].span.start]}
            if not (named or (scaled and (before | subject) & MONEY_WORDS)):
                continue
            near = [mentions[i] for i in money if mentions[i].span.end <= m.span.start]
            near = near or [mentions[i] for i in money]
            if near and (named or before & MONEY_WORDS or len({x.unit for x in near}) == 1):
                m.unit = near[-1].unit
            elif scaled and before & CARRY_WORDS:
                last = self.memo.get(("money_unit", 0))
                if last is not None and m.sentence - last[1] <= _TOPIC_REACH:
                    m.unit = last[0]
        self._share_along_links(mentions)
        for m in mentions:
            if m.unit == "count" and "." in m.span.text and self._bare_amount(m):
                m.unit = self._exchange_rate_unit(m) or m.unit
        for m in mentions:
            if _is_money(m.unit):
                self.memo[("money_unit", 0)] = (m.unit, m.sentence)

    def _exchange_rate_unit(self, m: Mention) -> str | None:
        """ "The yen was quoted at 151.2", "It was quoted at 3.72" after "The renminbi ...":
        the level of an exchange rate is in the currency quoted (units per US dollar)."""
        doc = self.doc
        prev = doc[m.span.start - 1].lower_ if m.span.start > 0 else ""
        if prev not in ("at", "to", "from"):
            return None
        t = m.span.start - 1
        while t >= 0 and self.tok_sentence[t] == m.sentence:
            t -= 1
        opening = doc[t + 1 : min(m.span.start, t + 4)]  # the subject opens the sentence
        words = [w.text for w in opening]
        if words and words[0].lower() in PRONOUNS and t > 0:
            # "It was quoted at 3.72": the currency that opened the sentence before.
            u = t
            while u >= 0 and doc[u].is_space:
                u -= 1
            if u < 0 or "\n" in doc[u].whitespace_ or doc[u + 1].is_space:
                return None  # not in the same paragraph
            start = u
            while start > 0 and self.tok_sentence[start - 1] == self.tok_sentence[u]:
                start -= 1
            words = [w.text for w in doc[start : min(u, start + 3)]]
        for word in words:
            code = quoted_currency(word)
            if code is not None:
                return code
        return None

    def _share_along_links(self, mentions: list[Mention]) -> None:
        """A bare amount linked to a money figure takes its currency, both ways along links."""
        for _ in range(2):  # "to 203 mln from 180 mln N.Z. dlrs": the later one holds the unit
            for m in mentions:
                j = m.chained_to
                if j is None or m.chain_kind not in ("list", "from", "level", "range", "paren"):
                    continue
                for bare, other in ((m, mentions[j]), (mentions[j], m)):
                    if bare.unit == "count" and _is_money(other.unit) and self._bare_amount(bare):
                        self._take_unit(bare, other, m.chain_kind == "range")
                if (
                    m.chain_kind == "from"
                    and m.unit == "count"
                    and mentions[j].unit in ("percent", "percentage_point")
                    and self._bare_amount(m)
                    and written_scale(m.span.text) == 1
                    and m.value
                    and 0.1 <= abs(mentions[j].value / m.value) <= 10
                ):
                    m.unit = mentions[j].unit  # "rose 2.3 pct, up from 2.1 in April"

    def _sentence_first(self, m: Mention) -> int:
        """The first token of a mention's sentence."""
        t = m.span.start
        while t > 0 and self.tok_sentence[t - 1] == m.sentence and not self.doc[t - 1].is_space:
            t -= 1
        return t

    def _clause_words(self, start: int) -> set[str]:
        """Lower-case words of the clause before token `start` (back to a comma, at most 15)."""
        words: set[str] = set()
        t = start - 1
        sent = self.tok_sentence[start]
        while t >= max(0, start - 15) and self.tok_sentence[t] == sent:
            if self.doc[t].text in (",", ";", ":", "(", "--"):
                break
            words.add(self.doc[t].lower_)
            t -= 1
        return words

    def _bare_amount(self, m: Mention) -> bool:
        """A number with no unit and no counted thing after it ("203 mln", "119,100 price")."""
        if m.span.label_ != "NUMBER":
            return False
        nxt = self.doc[m.span.end] if m.span.end < len(self.doc) else None
        return not (
            nxt is not None
            and nxt.is_alpha
            and nxt.lower_ not in FUNCTION_WORDS
            and nxt.lower_ not in MONEY_NOUNS
            and (PERIODS_TOKENS, nxt.i) not in self.cue_at
            and nxt.lower_ not in _AMOUNT_FOLLOWERS
        )

    @staticmethod
    def _take_unit(bare: Mention, other: Mention, range_bound: bool) -> None:
        """Give a bare number the unit of the one it shares it with, and its scale if needed."""
        bare.unit = other.unit
        scale = written_scale(other.span.text)
        parsed = parse_quantity(bare.span.text, bare.span.label_)
        unscaled = parsed is not None and parsed.value == bare.value
        if scale > 1 and unscaled and written_scale(bare.span.text) == 1:
            base = abs(other.value) / scale
            if (range_bound and abs(bare.value) <= base) or (
                bare.value and 0.1 <= base / abs(bare.value) <= 10
            ):
                bare.value *= scale

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
            if nxt is not None and nxt.lower_ == "out" and nxt2 is not None and nxt2.lower_ == "of":
                return True  # "three out of the four main sectors"
            return bool(
                low_prev == "of" and prev2 is not None and prev2.lower_ in ("total", "number")
            )
        # Denominators and classification sizes: "two of the four", "six of 10", "all nine".
        if low_prev in ("all", "of", "the") and prev2 is not None:
            dated = (PERIODS_TOKENS, prev2.i) in self.cue_at  # "the peak in May 2008 of 180.8"
            if low_prev == "all" or (low_prev == "of" and prev2.like_num and not dated):
                return False
            if low_prev == "the" and doc[span.start - 2].lower_ == "of":
                lead_token = doc[max(0, span.start - 4)]
                if lead_token.like_num:
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
        """A bare number that is the level of an index: "fell 0.4 pct to 99.7", "the PMI was
        50.2", "the index for London (233.3)", "the reading was 50.5" after a PMI sentence."""
        doc = self.doc
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is None or prev.lower_ not in LEVEL_LEADS:
            return False
        if (
            "." not in span.text
            and value >= 1000
            and not any(
                t.lower_ in STOCK_INDEXES or t.lower_ in ("s&p", "points")
                for t in doc[max(0, span.start - 12) : span.start]
            )
        ):
            return False
        nxt = doc[span.end] if span.end < len(doc) else None
        if (
            nxt is not None
            and nxt.is_alpha
            and nxt.lower_ not in FUNCTION_WORDS
            and nxt.lower_ not in _AMOUNT_FOLLOWERS
            and (PERIODS_TOKENS, nxt.i) not in self.cue_at
        ):
            return False  # "of 3,000 firms": a count of things
        if prev.lower_ in ("(", "for", "and", "is", "were") and "." not in span.text:
            return False  # weaker leads: only a decimal reading
        words = self._sentence_words(span.start)
        if words & INDEX_WORDS:
            return True
        # "the reading was 50.5": a level word here, the index named a few sentences before.
        return (
            "." in span.text
            and bool(words & (LEVEL_WORDS | PRONOUNS))
            and bool(self._sentence_words(span.start, back=_TOPIC_REACH // 2) & INDEX_WORDS)
        )

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
                and ("," not in m.span.text or m.chain_kind == "level")
            ):
                m.unit = "index_point"  # "stood at 161.4 in March, compared with 157.8"
        for i, m in enumerate(mentions[:-1]):
            nxt = mentions[i + 1]
            if nxt.chain_kind in ("range", "list", "level") and m.unit == "count":
                gap = [t.lower_ for t in doc[m.span.end : nxt.span.start]]
                lead = doc[m.span.start - 1].lower_ if m.span.start > 0 else ""
                changed = (CHANGES, m.span.start - 1) in self.cue_at or lead == "by"
                bounds = (
                    gap in (["to"], ["-"], ["–"]) and (nxt.unit != "count" or not changed)
                ) or (gap == ["and"] and lead == "between")
                # "0.1 to 0.2 percentage points", "between 5 and 6%", "30 to 40 billion": the
                # bare bound takes the other's unit, and its scale if it has none.
                if bounds and (
                    nxt.unit != "count" or written_scale(m.span.text) < written_scale(nxt.span.text)
                ):
                    self._take_unit(m, nxt, range_bound=True)
                    nxt.chain_kind = "range"
        self._share_units(mentions)

    def _period_tokens_between(self, start: int, end: int) -> set[int]:
        return {t for t in range(start, end) if (PERIODS_TOKENS, t) in self.cue_at}


def _is_money(unit: str) -> bool:
    """Whether a unit is an ISO 4217 currency code."""
    return len(unit) == 3 and unit.isupper()
