"""The unit of each number where its own words leave it open.

A bare `$`, "dollars" or "crowns" is the currency of the country the figures are about; an
amount or level written without its unit takes the one written once for the numbers it is
linked to ("rose to 203 mln from 180 mln N.Z. dlrs", "between 5 and 6%"); "points" are
percentage points in a sentence about a rate and index points elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span

from ..components import AGENCIES
from ..quantities import (
    SCALE_WORDS,
    has_local_currency,
    localize_currency,
    pair_quote,
    parse_quantity,
    quoted_currency,
    unit_factor,
    written_scale,
)
from ..tokenizer import CURRENCY_SIGNS
from .context import Attacher, DocContext
from .structures import Credit, Mention
from .vocabulary import (
    CHANGES,
    CLAUSE_OPENERS,
    FUNCTION_WORDS,
    INDEX_WORDS,
    MONTH_WORDS,
    PERIODS_TOKENS,
    PRONOUNS,
    QUALIFIERS,
    RATE_MOVES,
    RATE_UNITS,
    STOCK_INDEXES,
    TIME_UNITS,
    is_participle,
    words,
)

# Words of money figures: a bare amount near them ("imports fell to 858 mln") is money.
MONEY_WORDS = words(
    "exports export imports import deficit deficits surplus surpluses balance loans loan "
    "borrowing borrowings debt debts revenue revenues profit profits loss losses earnings income "
    "spending expenditure investment investments reserves budget price prices cost costs value "
    "sales turnover payments invisibles assets liabilities capital funds aid credit credits "
    "tax taxes bill bills worth dividend dividends disbursements financing grants subsidies "
    "deposits receipts outlays proceeds remittances bonds premiums"
)
# Nouns that a money amount may name after itself ("a 71 mln deficit", "a 119,100 price").
MONEY_NOUNS = words("deficit surplus loss profit shortfall gap price cost bill payment")
# Words of rates and percentages: "points" in their sentence are percentage points.
RATE_WORDS = words("rate rates inflation unemployment yield yields percent pct % share margin")
# What a contribution in points is added to or taken from when it is of a growth rate.
_GROWTH_WORDS = frozenset("growth gdp expansion".split())
# Words of index levels besides the vocabulary's: "the reading was 50.5".
LEVEL_WORDS = words("reading readings figure level s&p")
# Words after which a number is the level an index stands at.
LEVEL_LEADS = words(
    "to at of was is were reading read reached hit stood standing touched registered recorded "
    "averaged averaging "
    "reads reaches hits stands touches registers averages "  # a headline's present tense
    "( for and against versus vs"
)
# Words after which a number beside an index's move in points is a level of its series
# ("the Midwest was unchanged at 41", "and the South to 35").
_LEVEL_SIBLING_LEADS = frozenset(("at", "to"))
# Verbs that move or record an amount whose thing a later clause leaves unsaid ("injected 10").
_AMOUNT_VERBS = words(
    "injected withdrew drew recorded registered logged posted reported added shed lost gained"
)
# Words that close a clause right after its number.
_GAPPED_CLAUSE_ENDS = frozenset(". , ; and while but whereas".split())
#: What leads the place's name of a gapped list item ("..., the Baltics 96 and Austria 41").
_GAPPED_ITEM_LEADS = frozenset("the , and while whereas but".split())
# Prepositions before a country that is not what the figures are about ("trade with Canada").
_OTHER_COUNTRY_LEADS = words(
    "with to from against into toward towards vs versus than between over including and or , "
    "like as"
)
# Money words that carry a currency from an earlier sentence ("fell to 226 mln from 237 mln").
CARRY_WORDS = MONEY_WORDS - words(
    "sales price prices value cost costs worth credit credits capital bill bills tax taxes"
)
# Words that end the clause a number's subject is looked for in, going back from it.
_CLAUSE_ENDS = CLAUSE_OPENERS | words(", ; : ( and after since though that")
# Things counted in scaled amounts, whose clause is no money: "transactions were 1.24 crore".
_COUNTED_HEADS = frozenset(
    "transactions users people workers passengers vehicles units customers subscribers accounts "
    "visitors tourists cars trips jobs tonnes barrels visits nights guests patients students "
    "employees".split()
)
# Things counted in millions and billions that a bare amount after money may count.
_COUNTED_THINGS = _COUNTED_HEADS | frozenset(
    "population residents households persons births deaths arrivals members shares employed "
    "unemployed jobless tons bushels ounces hours admissions volumes transaction".split()
)
# Words before an amount that add to one just written: "added another 40 million".
_MORE_OF_IT = frozenset(("another", "further", "additional"))
# Words after a participle that make it a phrase of its own: "1.5 million reported by".
_AFTER_PARTICIPLE = frozenset(("by", "in", "on", "at", "for", "earlier", ",", ".", ";"))
# Words that may follow a bare amount or level without naming a counted thing.
AMOUNT_FOLLOWERS = words(
    "to vs against revised a an the last this or over above below than versus during since "
    "compared when until through today yesterday now per"
)
# Nouns of a change that "a 10-point ..." may measure ("a 10-point drop").
POINT_CHANGE_NOUNS = words(
    "drop drops fall falls rise rises gain gains decline declines jump jumps increase "
    "increases decrease decreases slide swing surge plunge cut cuts reduction reductions hike "
    "hikes move moves"
)
# Words of weight: "pounds" in their sentence weigh ("tows 11,000 pounds").
# Words of a text about Britain or its money, in which "pounds" are sterling.
_STERLING_SIGNS = ("sterling", "stg", "gbp", "britain", "british", " uk ", "u.k.", "england",
                   "london", "pence")
# Words of a text that prices in dollars ("94.3 cents per pound", "$3.20 a pound").
_DOLLAR_SIGNS = ("$", " cents", " dollars", " dlrs", "u.s.", "usda")
_WEIGHT_WORDS = words(
    "weigh weighs weighed weighing weight weights tow tows towing payload lift lifts heavy "
    "heavier lighter"
)
# Words before a place a figure is told for, and between list items of places.
_PLACE_LEADS = frozenset("in for among".split())
_ITEM_LINKS = frozenset("and , while whereas but up down".split())
# Words of a sentence about where a currency will trade: "to trade in a range of 88.20-89.00".
_TRADING = frozenset("trade trades traded trading range zone band between".split())
# Units that world commodity prices are quoted per, in US dollars.
_COMMODITY_UNITS = words(
    "barrel barrels bbl ounce ounces oz tonne tonnes ton tons t bushel bushels mmbtu lb pound"
)
# How many sentences back a money unit or an index is still the topic.
TOPIC_REACH = 6


# Units that are not physical ones: counts, rates and shares.
NON_PHYSICAL_UNITS = frozenset(
    "count percent percentage_point basis_point index_point times fraction".split()
)


class UnitRules(Attacher):
    """Decides `unit` where the quantity's own words leave it open (see the module)."""

    def __init__(self, ctx: DocContext) -> None:
        super().__init__(ctx)
        self.memo: dict[tuple[str, int], Any] = {}  # answers asked for more than once
        self._metric_tons: bool | None = None  # whether the text writes "metric tons"
        self._dollar_text: bool | None = None  # see `_dollars_not_sterling`

    def _points_unit(self, span: Span) -> str:
        """ "3 points": index points, unless the sentence is about a rate ("a full point lower")."""
        if self.move_noun_after(span.end, RATE_MOVES, limit=5):
            return "percentage_point"  # "a larger half-point cut": a move of a policy rate
        lower = self.tokens.lower
        if (
            span.start >= 2
            and lower[span.start - 1] == "by"
            and lower[span.start - 2] in ("rate", "rates")
        ):
            return "percentage_point"  # "cut its benchmark rate by a quarter point"
        end = span.end
        if (
            end < self.tokens.n
            and lower[end] in ("to", "from", "off")
            and _GROWTH_WORDS & set(lower[end + 1 : end + 4])
        ):
            return "percentage_point"  # "net exports added 0.3 point to growth": of a rate
        if self._percentage_points_before(span.start):
            return "percentage_point"  # "widened to 13.6 percentage points from 10.1 points"
        words = self._sentence_words(span.start)
        if words & (INDEX_WORDS | STOCK_INDEXES | {"s&p"}):
            return "index_point"
        return "percentage_point" if words & RATE_WORDS else "index_point"

    def _percentage_points_before(self, start: int) -> bool:
        """Whether "percentage point(s)" is written before token `start` in its sentence: the
        points after it are the same measure, shortened ("exports added 0.2 percentage point
        to growth, while domestic demand contributed 0.3 point")."""
        lower, sent = self.tokens.lower, self.tok_sentence[start]
        t = start - 1
        while t > 0 and self.tok_sentence[t - 1] == sent:
            if lower[t - 1] == "percentage" and lower[t] in ("point", "points"):
                return True
            t -= 1
        return False

    def _sentence_words(self, t: int, back: int = 0) -> set[str]:
        """Lower-case words of the sentence holding token t, and of `back` sentences before."""
        key = ("sentence_words", self.tok_sentence[t] * 100 + back)
        if key not in self.memo:
            sent = self.tok_sentence[t]
            lo = t
            while lo > 0 and (
                self.tok_sentence[lo - 1] >= sent - back or self.tokens.is_space[lo - 1]
            ):  # line breaks between paragraphs belong to no sentence
                lo -= 1
            hi = t
            while hi < self.tokens.n and self.tok_sentence[hi] == sent:
                hi += 1
            self.memo[key] = set(self.tokens.lower[lo:hi])
        words: set[str] = self.memo[key]
        return words

    # ------------------------------------------------------------------ currencies
    def localize(
        self, mentions: list[Mention], credits: list[Credit], carried: Credit | None
    ) -> None:
        """Money written with a shared name ("$", "dlrs", "pesos") in one sentence takes the
        currency of the country its figures are about (`quantities.localize_currency`);
        "tons" outside the United States are metric tons. A bare "$" after a world price in
        its sentence is in US dollars too (`_priced_alike`)."""
        world: Mention | None = None  # a world price earlier in the sentence
        for m in mentions:
            if m.unit == "ton" and self.ctx.text(m.span).lower().endswith("tons"):
                country = self._figures_country(m, credits, carried)
                if (country is not None and country != "US") or self._metric_tons_written():
                    # "73.4 million tons" in a Chinese release, or after "12 million metric
                    # tons" in the same text: metric tons
                    m.unit = "tonne"
                continue
            if m.span.label_ == "MONEY" and self._weight_in_pounds(m):
                m.unit = "pound-mass"  # "tows 11,000 pounds", "5 pounds of beef"
                continue
            if m.span.label_ == "MONEY" and self._world_price(m):
                world = m
            elif m.span.label_ == "MONEY" and not self._priced_alike(m, world):
                country = self._figures_country(m, credits, carried)
                m.unit = localize_currency(m.unit, self.ctx.text(m.span), country)

    def _priced_alike(self, m: Mention, world: Mention | None) -> bool:
        """ "at $1,020 a tonne, down from $1,095 a week earlier", "Brent fell to $64.20 a barrel
        and WTI to $60.05": a "$" price of the size of a world price before it in its sentence
        is of the same market, in US dollars (not "C$", nor "exports were $50 billion")."""
        text = self.ctx.text(m.span)
        return (
            world is not None
            and m.unit == "USD"
            and text.startswith("$")
            and written_scale(text) == 1
            and bool(m.value and world.value)
            and 0.5 <= m.value / world.value <= 2
        )

    def restated_levels(self, mentions: list[Mention]) -> None:
        """ "Builder sentiment slips to 38.2 in May" over "The index fell 2 points to 38.2": a
        plain number written again in the document as an index level is that level
        (a whole number only in the document's first line, its headline)."""
        levels = {self.ctx.text(m.span) for m in mentions if m.unit == "index_point"}
        for m in mentions:
            text = self.ctx.text(m.span)
            if (
                m.unit == "count"
                and text in levels
                and self._bare_amount(m)
                and written_scale(text) == 1
                and ("." in text or self._in_first_line(m.span.start))
            ):
                m.unit = "index_point"

    def levels_beside_point_moves(self, mentions: list[Mention]) -> None:
        """ "the West climbed 4 points to 42, the South was flat at 39": in a sentence where an
        index moved by points to a level, a plain whole or decimal number written after "at"
        or "to", of the level's size (half to twice it), is the level of another of its
        series, not a count (not "steady at 120 branches", nor "at 4,500" beside a 45)."""
        levels = self._point_move_levels(mentions)
        if not levels:
            return
        lower = self.tokens.lower
        for m in mentions:
            text = self.ctx.text(m.span)
            lead = m.span.start - 1
            if (
                m.unit != "count"
                or lead < 0
                or lower[lead] not in _LEVEL_SIBLING_LEADS
                or not self._bare_amount(m)
                or written_scale(text) != 1
            ):
                continue
            if any(
                lv.sentence == m.sentence
                and lv is not m
                and m.value > 0
                and lv.value > 0
                and 0.5 <= m.value / lv.value <= 2
                for lv in levels
            ):
                m.unit = "index_point"

    def _point_move_levels(self, mentions: list[Mention]) -> list[Mention]:
        """The index levels reached by a move in index points: 42 in "climbed 4 points to 42"."""
        found: list[Mention] = []
        lower = self.tokens.lower
        for move, level in zip(mentions, mentions[1:]):
            if (
                move.span.label_ == "INDEX_POINT"
                and move.unit == "index_point"
                and level.unit == "index_point"
                and level.sentence == move.sentence
                and level.span.start == move.span.end + 1
                and lower[move.span.end] == "to"
            ):
                found.append(level)
        return found

    def _in_first_line(self, t: int) -> bool:
        """Whether token t stands in the document's first line (its headline)."""
        first_break = self.tokens.doc_text.find("\n")
        return first_break < 0 or first_break >= self.tokens.idx[t]

    def _metric_tons_written(self) -> bool:
        """Whether the document writes "metric tons" (then its bare "tons" are metric too)."""
        if self._metric_tons is None:
            self._metric_tons = "metric ton" in self.tokens.doc_text.lower()
        return self._metric_tons

    def _weight_in_pounds(self, m: Mention) -> bool:
        """ "Pounds" that weigh: in a sentence about weight, or of a thing that is no money."""
        text = self.ctx.text(m.span)
        words = text.lower().split()
        if words[-1] not in ("pounds", "pound"):
            return False
        if written_scale(text) > 1:
            # "401 million pounds" of pork bellies in a text that counts money in dollars and
            # never in sterling; not "2.5 billion pounds" in a British one
            return self._dollars_not_sterling()
        if self._sentence_words(m.span.start) & _WEIGHT_WORDS:
            return True
        after = list(self.tokens.lower[m.span.end : m.span.end + 2])
        return after[:1] == ["of"] and len(after) > 1 and after[1] not in MONEY_WORDS

    def _dollars_not_sterling(self) -> bool:
        """Whether the document writes dollars ("$", "cents", "dlrs") or of the United States
        ("U.S.", "USDA") and nothing of sterling or Britain."""
        if self._dollar_text is None:
            text = self.tokens.doc_text
            lower = text.lower()
            sterling = "£" in text or any(w in lower for w in _STERLING_SIGNS)
            dollars = any(w in lower for w in _DOLLAR_SIGNS)
            self._dollar_text = dollars and not sterling
        return self._dollar_text

    def _world_price(self, m: Mention) -> bool:
        """ "$80 a barrel", "$2,350 an ounce", "$80/bbl": commodities are priced in US dollars."""
        text = self.ctx.text(m.span)
        after = list(self.tokens.lower[m.span.end : m.span.end + 2])
        tail = text.lower().rsplit("/", 1)[-1] if "/" in text else ""
        per = after[:1] in (["a"], ["an"], ["per"], ["/"]) and len(after) > 1
        return bool({after[1] if per else "", tail} & _COMMODITY_UNITS)

    def _figures_country(
        self, m: Mention, credits: list[Credit], carried: Credit | None
    ) -> str | None:
        """The country a money figure is about: the country its sentence opens with (if it
        uses a currency of that name), else the credited agency's, else the dateline's, else
        the one the document is mostly about."""
        countries = [
            a
            for a in self.ctx.spans_in(AGENCIES, m.sentence)
            if a.label_ == "COUNTRY" and a.start < m.span.start
        ]
        # "Norway was Sweden's largest surplus market at 1.1 billion crowns": the country
        # whose figures they are, named with "'s", before one only named
        lower, n = self.tokens.lower, self.tokens.n
        countries.sort(key=lambda a: a.end >= n or lower[a.end] != "'s")
        for a in countries:
            t = a.start - 1
            while t >= 0 and self.tokens.lower[t] in ("the", "a", "an"):
                t -= 1
            if t >= 0 and self.tokens.lower[t] in _OTHER_COUNTRY_LEADS:
                continue
            code = self.ctx.gazetteer.by_id(a.id_).country
            if code and (code == "US" or has_local_currency(self.ctx.text(m.span), code)):
                # ("Japan took 118.3 mln dlrs worth of wool" in an Australian release: a country
                # without dollars says nothing of which dollars)
                return str(code)
        for credit in [*[c for c in credits if not c.forecast], carried]:
            if credit is not None and credit.country:
                return credit.country
        return self.ctx.dateline_country or self.ctx.country

    def _share_units(self, mentions: list[Mention]) -> None:
        """A unit written once serves the bare numbers that share it.

        "rose to 203 mln from 180 mln N.Z. dlrs", "25 to 30 billion dlrs", "exports of 1.2 bln
        and imports of 900 mln stg": a bare amount linked to a money figure (a range bound, a
        list item, a value compared with), or a bare amount with a scale word among money words,
        takes its currency; a bound without a scale word also takes the other bound's scale.
        """
        lower = self.tokens.lower
        self._hours_described(mentions)
        self._share_along_tight_lists(mentions)
        self._share_along_links(mentions)
        money = [i for i, m in enumerate(mentions) if is_money(m.unit)]
        carry: list[Mention] = []  # scaled bare amounts for `_carry_money`
        for m in mentions:
            if m.unit != "count" or not self._bare_amount(m):
                continue
            scaled = written_scale(self.ctx.text(m.span)) > 1
            nxt = m.span.end if m.span.end < self.tokens.n else None
            named = nxt is not None and lower[nxt] in MONEY_NOUNS
            before = self._clause_words(m.span.start)
            # "Retail sales rose 0.6 pct to 11.2 billion dlrs, after a fall to 11.1 billion":
            # the subject that opens the sentence names money too.
            subject = set(lower[self._sentence_first(m) : mentions[0].span.start])
            # "shipments were 897 mln dlrs, up from 602 mln, while footwear accounted for 301
            # mln": a scaled amount after scaled money in its sentence is money too
            if not before.isdisjoint(_COUNTED_HEADS) or {"number", "of"} <= before:
                # "..., while daily transactions were 1.24 crore", "and the number of
                # moviegoers reached 51.2 million": things counted
                continue
            after_money = scaled and any(
                is_money(x.unit)
                and x.span.end <= m.span.start
                and x.sentence == m.sentence
                and written_scale(self.ctx.text(x.span)) > 1
                for x in mentions
            )
            if not (named or after_money or (scaled and (before | subject) & MONEY_WORDS)):
                if scaled:
                    carry.append(m)
                continue
            near = [mentions[i] for i in money if mentions[i].span.end <= m.span.start]
            near = near or [mentions[i] for i in money]
            if near and (
                named or before & MONEY_WORDS or after_money or len({x.unit for x in near}) == 1
            ):
                m.unit = near[-1].unit
            elif scaled and before & CARRY_WORDS:
                last = self.memo.get(("money_unit", 0))
                if last is not None and m.sentence - last[1] <= TOPIC_REACH:
                    m.unit = last[0]
            if m.unit == "count" and scaled:
                carry.append(m)
        self._share_along_links(mentions)
        self._share_with_gapped_items(mentions)
        self._rate_for_places(mentions)
        self._hours_in_the_subject(mentions)
        for m in carry:
            if m.unit == "count" and not any(
                x.unit == "count" and x.span.end <= m.span.start and not self._bare_amount(x)
                for x in mentions
            ):  # (not "ranked first with 37.5 billion pieces, followed by Zhejiang with 30.2
                # billion": a count of things written before it in its sentence)
                self._carry_money(m)
        quoted = False
        for m in mentions:
            if (
                m.unit == "count"
                and self._bare_amount(m)
                and (
                    "." in self.ctx.text(m.span)
                    or self._per_base_currency(m.span.end)
                    or self._pair_before(m)
                )
            ):
                # "at 7.0635", "1,445 per dollar", "USD/KRW to trade between 1,420 and 1,450":
                # a quoted rate (whole numbers only with the currency they are quoted against
                # or the pair named before them)
                m.unit = self._exchange_rate_unit(m) or m.unit
                quoted = quoted or m.unit != "count"
                if m.unit != "count":
                    self.memo[("quoted_rate", 0)] = (m.unit, m.sentence, m.value)
        for i, m in enumerate(mentions):
            if m.unit == "count" and m.span.label_ == "NUMBER" and "." in self.ctx.text(m.span):
                # "at 18.32 pesos, after touching 18.27": a level beside a quoted rate of the
                # same size is in its currency
                quote = next(
                    (e for e in reversed(mentions[:i]) if is_money(e.unit) and e.value), None
                )
                if quote is not None and 0.8 <= m.value / quote.value <= 1.25:
                    m.unit = quote.unit
                    quoted = True
        quoted = self._rate_traded_after(mentions) or quoted
        if quoted:
            self._share_along_links(mentions)  # "traded between 1.1660 and 1.1740"
        for m in mentions:
            if is_money(m.unit):
                self.memo[("money_unit", 0)] = (m.unit, m.sentence)
                scale = written_scale(self.ctx.text(m.span))
                if scale > 1:
                    self.memo[("money_scale", 0)] = (m.unit, m.sentence, scale, self._nouns(m))

    def _pair_before(self, m: Mention) -> bool:
        """Whether a currency pair is written before `m` in its sentence ("USD/KRW to")."""
        words = list(self.tokens.text[self._sentence_first(m) : m.span.start])
        return pair_quote(words) is not None

    def _rate_traded_after(self, mentions: list[Mention]) -> bool:
        """ "The rupee closed at 88.62 against the dollar. Traders expect the currency to trade
        in a range of 88.20-89.00": a bare number of the size of an exchange rate quoted in the
        two sentences before, in a sentence of trading, is in that rate's currency."""
        rate = self.memo.get(("quoted_rate", 0))
        if rate is None or not rate[2]:
            return False
        found = False
        for m in mentions:
            if (
                m.unit == "count"
                and m.span.label_ == "NUMBER"
                and 0 < m.sentence - rate[1] <= 2
                and written_scale(self.ctx.text(m.span)) == 1
                and 0.8 <= m.value / rate[2] <= 1.25
                and not _TRADING.isdisjoint(self._sentence_words(m.span.start))
            ):
                m.unit = rate[0]
                found = True
        return found

    def _carry_money(self, m: Mention) -> None:
        """ "Machinery orders rose ... to 752.3 billion yen. The January orders had fallen
        5.1 pct to 694.0 billion": a scaled bare amount takes the currency of the last scaled
        money amount of the two sentences before, when written at the same scale and said of
        the same thing (a noun before it is one before that amount). Not "films earned 41.12
        billion yuan. Cinema admissions totaled 1.24 billion", nor "Its population reached
        1.1 billion"."""
        last = self.memo.get(("money_scale", 0))
        if last is None or not 0 < m.sentence - last[1] <= 2:
            return
        if last[2] != written_scale(self.ctx.text(m.span)):
            return
        nouns = self._nouns(m)
        if nouns & last[3] and not nouns & _COUNTED_STEMS:
            m.unit = last[0]

    def _nouns(self, m: Mention) -> set[str]:
        """`_stems` of the words of `m`'s sentence before it, less change and period words."""
        lower, cue_at = self.tokens.lower, self.cue_at
        return _stems(
            lower[t]
            for t in range(self._sentence_first(m), m.span.start)
            if (CHANGES, t) not in cue_at and (PERIODS_TOKENS, t) not in cue_at
        )

    def _hours_in_the_subject(self, mentions: list[Mention]) -> None:
        """ "Total weekly hours worked averaged 1.07 billion", "average weekly hours per worker
        edged up to 31.8": a bare number whose clause counts hours is in hours."""
        lower = self.tokens.lower
        for m in mentions:
            if m.unit != "count" or not self._bare_amount(m):
                continue
            t = m.span.start - 1
            while t >= 0 and self.tok_sentence[t] == m.sentence:
                if lower[t] in _CLAUSE_ENDS or (
                    self.tokens.like_num[t] and (PERIODS_TOKENS, t) not in self.cue_at
                ):
                    break  # "cut working hours as output fell to 95.2": another clause (not
                    # "hours worked in January to March 2025 were 1.06 billion": a period)
                if lower[t] == "hours" and (t + 1 >= self.tokens.n or lower[t + 1] != "of"):
                    if lower[max(0, t - 2) : t] != ("number", "of"):
                        m.unit = "hour"  # (but "the number of hours ... rose to 4,150" counts)
                    break
                t -= 1

    def _share_with_gapped_items(self, mentions: list[Mention]) -> None:
        """A bare amount after a physical quantity of its size in its sentence, with no
        other amount between, is of that unit: "bought 1.9 mln tonnes, China
        1.1 mln and Iran 640,000 tonnes", "estates held 241,300 tonnes, refiners 196,800".
        A number without a scale word counts so only when written with thousands
        separators."""
        last: Mention | None = None
        taken: Mention | None = None  # the last bare amount given `last`'s unit
        for i, m in enumerate(mentions):
            if m.unit != "count":
                if last is not None and m.unit == last.unit and self._bare_amount(m):
                    taken = m  # "13 bcf and those in the Midwest 4": an item given the unit
                elif _is_physical(m.unit) or is_money(m.unit):
                    last = m  # a rate between ("and clinker 2.2 pct to 4.87 mln") is no unit
                continue
            if last is None or last.sentence != m.sentence or not _is_physical(last.unit):
                continue
            text = self.ctx.text(m.span)
            scaled = written_scale(text) > 1
            if not self._bare_amount(m) or not (
                scaled
                or ("," in text and "." not in text)
                or (
                    i
                    and (mentions[i - 1] is last or mentions[i - 1] is taken)
                    and self._gapped_clause_end(m)
                )
            ):
                continue
            lead = self.tokens.lower[m.span.start - 1] if m.span.start else ""
            if _same_size(m.value, last.value if scaled else _unscaled(last)) or (
                scaled and lead in _MORE_OF_IT
            ):  # "rose by 61.6 million ounces to 1.12 billion ounces and have added another
                # 40 million": more of the same thing
                if scaled:
                    m.unit = last.unit
                else:
                    self._take_unit(m, last, False)
                taken = m

    def _gapped_clause_end(self, m: Mention) -> bool:
        """Whether a plain number closes a later clause right after a verb that moves or
        records an amount, its thing left unsaid: "withdrew 6 bcf and non-salt sites injected
        10.", "while Portugal recorded 257." (not "and employs 25", nor "14 of them")."""
        lower, t = self.tokens.lower, m.span.start
        after = lower[m.span.end] if m.span.end < self.tokens.n else "."
        return (
            t > 0
            and after in _GAPPED_CLAUSE_ENDS
            and (
                (CHANGES, t - 1) in self.cue_at
                or lower[t - 1] in _AMOUNT_VERBS
                or self._after_listed_place(t)
            )
        )

    def _after_listed_place(self, t: int) -> bool:
        """Whether token t, a plain number, stands right after a place's name that follows a
        list link: "..., the Baltics 96 and Austria 41." (a gapped list item)."""
        return (
            t >= 2
            and self.tokens.is_title[t - 1]
            and self.tokens.is_alpha[t - 1]
            and self.tokens.lower[t - 2] in _GAPPED_ITEM_LEADS
        )

    def _hours_described(self, mentions: list[Mention]) -> None:
        """ "Spain logged 212 negative hours", "40 overtime hours": a count of hours with one
        word describing them between is in hours (not "212 hours of data")."""
        lower, n = self.tokens.lower, self.tokens.n
        for m in mentions:
            t = m.span.end
            if (
                m.unit == "count"
                and t + 1 < n
                and lower[t + 1] == "hours"
                and self.tokens.is_alpha[t]
                and lower[t] not in FUNCTION_WORDS
                and lower[t] not in SCALE_WORDS
                and not self.tokens.like_num[t]
                and (t + 2 >= n or lower[t + 2] != "of")
            ):
                m.unit = "hour"

    def _rate_for_places(self, mentions: list[Mention]) -> None:
        """ "up 0.8 percentage points in the North East and 0.6 in Yorkshire, and down 0.1 in
        the East", "10.9 pct against 5.3 pct in Baden-Wuerttemberg and 6.1 in Bavaria": a bare
        decimal between a rate told for a place and a place of its own is in the rate's
        unit."""
        lower, n = self.tokens.lower, self.tokens.n
        for i, m in enumerate(mentions):
            if i == 0 or m.unit != "count" or m.span.label_ != "NUMBER":
                continue
            if "." not in self.ctx.text(m.span) or not self._bare_amount(m):
                continue
            rate = mentions[i - 1]
            if rate.sentence != m.sentence or rate.unit not in RATE_UNITS:
                continue
            between = range(rate.span.end, m.span.start)
            if len(between) < 2 or lower[between[0]] not in _PLACE_LEADS:
                continue
            linked = lower[between[-1]] in _ITEM_LINKS or (CHANGES, between[-1]) in self.cue_at
            if not linked or m.span.end >= n:
                continue  # (", and fell 0.2 in London": a change word links it too)
            if lower[m.span.end] not in _PLACE_LEADS or not all(
                self.tokens.is_alpha[t] or lower[t] in (",", "-") for t in between
            ):
                continue
            m.unit = rate.unit

    def _per_base_currency(self, end: int) -> bool:
        """Whether the words from token `end` (right after a number) quote it against a
        currency: "1,445 per dollar", "1,298 to the dollar", "16,735 against the U.S. dollar"."""
        lower = self.tokens.lower
        if end >= self.tokens.n or lower[end] not in ("per", "to", "against", "a"):
            return False
        after = lower[end + 1 : end + 4]
        return any(w in _BASE_CURRENCIES or w == "$" for w in after) and (
            lower[end] != "to" or "the" in after[:1]
        )

    def _exchange_rate_unit(self, m: Mention) -> str | None:
        """ "The yen was quoted at 151.2", "It was quoted at 3.72" after "The renminbi ...":
        the level of an exchange rate is in the currency quoted (units per US dollar)."""
        doc = self.doc
        lead = m.span.start - 1
        while lead > 0 and (QUALIFIERS, lead) in self.cue_at:
            lead -= 1  # "traded at around 7.35"
        prev = self.tokens.lower[lead] if lead >= 0 else ""
        end = m.span.end
        lower = self.tokens.lower
        per = end + 1 < self.tokens.n and (
            (self.tokens.text[end] == "/" and self.tokens.text[end + 1] in _SIGNS)
            or lower[end] == "per"
            or self._per_base_currency(end)
        )  # "a record low of 88.47/$", "83.2 per dollar", "88.47 against the US dollar"
        pair = self._pair_named_before(m)
        if pair is not None:
            return pair  # "Analysts expect the pair to trade between 88.80 and 89.80"
        first = self.ctx.sentences[m.sentence].start
        if "." in self.ctx.text(m.span) and m.span.start - first <= 6:
            pair = pair_quote(list(self.tokens.text[first : m.span.start]))
            if pair is not None:
                return pair  # "USD/THB steady near 32.40": the level of the pair it opens with
        if prev not in ("at", "to", "from", "between", "trade", "traded", "trading") and not per:
            return None
        country = self.ctx.dateline_country or self.ctx.country  # whose "crown" it is
        t = m.span.start - 1
        while t >= 0 and self.tok_sentence[t] == m.sentence:
            if self.tokens.lower[t] == "which" and t >= 2 and self.tokens.text[t - 1] == ",":
                # "the rise of the Taiwan dollar, which closed at 34.15": the name before it
                code = _named_currency(list(self.tokens.text[t - 3 : t - 1]), country)
                if code is not None:
                    return code
                break
            if self.tokens.lower[t] in ("while", "whereas", "and", "but", ";") and t < lead:
                # "..., while the yuan traded at around 7.35": the clause's own subject
                clause = list(self.tokens.text[t + 1 : min(lead, t + 5)])
                code = pair_quote(clause) or _named_currency(
                    clause, country
                )  # "while AUD/JPY dropped"
                if code is not None:
                    return code
                break
            t -= 1
        while t >= 0 and self.tok_sentence[t] == m.sentence:
            t -= 1
        opening = doc[t + 1 : min(m.span.start, t + 6)]  # the subject opens the sentence
        words = [w.text for w in opening]
        if words and t > 0 and (words[0].lower() in PRONOUNS or "pair" in words[1:3]):
            # "It was quoted at 3.72", "The pair traded between 1.1660 and 1.1740": the
            # currency that opened the sentence before.
            u = t
            while u >= 0 and self.tokens.is_space[u]:
                u -= 1
            if u < 0 or "\n" in self.tokens.whitespace[u] or self.tokens.is_space[u + 1]:
                return None  # not in the same paragraph
            start = u
            while start > 0 and self.tok_sentence[start - 1] == self.tok_sentence[u]:
                start -= 1
            words = [w.text for w in doc[start : min(u, start + 6)]]  # "The USD/INR pair"
        # "NZD/USD dropped 0.9% to 0.5782": dollars per kiwi
        found = pair_quote(words) or _named_currency(words, country)
        if found is None:
            # "By 03:40 GMT (12:40 JST), EUR/JPY rose 0.4% to 181.62": after an opening phrase
            comma = next(
                (k for k in range(t + 1, min(m.span.start, t + 14)) if self.tokens.text[k] == ","),
                None,
            )
            if comma is not None:
                words = [w.text for w in doc[comma + 1 : min(m.span.start, comma + 9)]]
                found = pair_quote(words) or _named_currency(words, country)
        if found is None:
            # "ING strategists expect USD/SEK to trade around 9.30": the last pair before it
            text = self.tokens.text
            found = next(
                (
                    text[k + 1]
                    for k in range(m.span.start - 2, t, -1)
                    if text[k] == "/" and pair_quote(list(text[k - 1 : k + 2])) is not None
                ),
                None,
            )
        if found is None and per:
            # "set the won's base rate at 840.50 to the dollar": the currency named nearest
            # before a rate quoted against another
            found = _named_currency(list(self.tokens.text[max(t + 1, m.span.start - 8) : lead]))
        return found

    def _pair_named_before(self, m: Mention) -> str | None:
        """The quote currency of "the pair" in the number's clause: the first currency pair
        of the last sentence before it that names one ("USD/THB ... Dealers see the pair
        trading in a 32.20-32.70 range"; "EUR/USD rose ..., and EUR/GBP added ... The pair
        had traded between 1.1660 and 1.1740" is EUR/USD's)."""
        text, lower = self.tokens.text, self.tokens.lower
        first = self.ctx.sentences[m.sentence].start
        if "pair" not in lower[first : m.span.start]:
            return None
        for k in range(first - 2, 0, -1):
            if text[k] == "/" and pair_quote(list(text[k - 1 : k + 2])) is not None:
                opening = self.ctx.sentences[self.tok_sentence[k]].start
                return pair_quote(list(text[opening : k + 2]))
        return None

    def _share_along_tight_lists(self, mentions: list[Mention]) -> None:
        """ "3.1, 2.7 and 2.3 million tonnes", "118, 96 and 71 thousand tons": bare numbers
        listed right before a physical quantity (nothing but commas, "and" or "or" between)
        are of its unit and, when of its size, its scale."""
        lower = self.tokens.lower
        run: list[Mention] = []
        for m in mentions:
            if run and list(lower[run[-1].span.end : m.span.start]) not in _LIST_GLUE:
                run = []  # (not "1,200, or 3.4 million tonnes": a restatement)
            if m.unit == "count" and self._bare_amount(m) and written_scale(m.span.text) == 1:
                run.append(m)
                continue
            if len(run) and _is_physical(m.unit) and m.chained_to is not None:
                for bare in run:
                    self._take_unit(bare, m, False)
            run = []

    def _share_along_links(self, mentions: list[Mention]) -> None:
        """A bare amount linked to a money figure takes its currency, both ways along links."""
        # "to 203 mln from 180 mln N.Z. dlrs": the later one holds the unit; "12.4, 8.1 and
        # 3.3 per cent": it passes back along the list, one item a round
        for _ in range(max(2, len(mentions))):
            units = [m.unit for m in mentions]
            for m in mentions:
                j = m.chained_to
                if j is None or m.chain_kind not in ("list", "from", "level", "range", "paren"):
                    continue
                for bare, other in ((m, mentions[j]), (mentions[j], m)):
                    if bare.unit == "count" and is_money(other.unit) and self._bare_amount(bare):
                        self._take_unit(bare, other, m.chain_kind == "range")
                    elif (
                        m.chain_kind == "range"
                        and is_money(other.unit)
                        and bare.unit in (other.unit, "count")
                        and (bare.unit == other.unit) == (bare.span.end <= other.span.start)
                    ):
                        # "₹20,000-25,000 crore": the first bound takes the scale of the
                        # second; "€10-12 billion": the second the currency of the first
                        self._take_unit(bare, other, True)
                    elif (
                        bare.unit == "count"
                        and _is_physical(other.unit)
                        and self._bare_amount(bare)
                    ):
                        if written_scale(bare.span.text) > 1 or (
                            m.chain_kind in ("list", "from", "range")
                            and _same_size(bare.value, other.value)
                        ):
                            # "fell 3.9 million barrels to 232.1 million", "118,300 tonnes, up
                            # from 96,750", "44-46 days": one quantity, one unit
                            bare.unit = other.unit
                        elif m.chain_kind in ("list", "from") and _same_size(
                            bare.value, _unscaled(other)
                        ):
                            self._take_unit(bare, other, False)  # "to 53.8 mt, from 57.4"
                    elif (
                        _is_physical(bare.unit)
                        and other.unit.startswith(f"{bare.unit} per ")
                        and m.chain_kind in ("list", "from", "range")
                    ):
                        bare.unit = other.unit  # "5.49 grams per tonne from 5.82 grams"
                    elif (
                        bare.unit == "count"
                        and other.unit in RATE_UNITS  # "0.05 and 0.03 percentage points"
                        and bare.span.end <= other.span.start
                        and m.chain_kind in ("list", "range")
                        and self._bare_amount(bare)
                        and written_scale(bare.span.text) == 1
                        and all(
                            w in ("and", "or", "to", "-", "–")
                            or (w == "," and m.chain_kind == "list" and self._bare_amount(other))
                            for w in self.tokens.lower[bare.span.end : other.span.start]
                        )
                        and (
                            "or" not in self.tokens.lower[bare.span.end : other.span.start]
                            or _same_size(bare.value, other.value)
                        )
                    ):
                        # "contributions of 0.05 and 0.03 percentage points", "grew 5.2, 4.1
                        # and 3.9 per cent": one unit written; not "an increase of 18.6
                        # thousand or 2.7 percent", "up 186 or 2.7 percent": a count restated
                        bare.unit = other.unit
                if (
                    m.chain_kind == "from"
                    and m.unit == "count"
                    and mentions[j].unit in ("percent", "percentage_point")
                    and self._bare_amount(m)
                    and written_scale(m.span.text) == 1
                    and _same_size(m.value, mentions[j].value)
                ):
                    m.unit = mentions[j].unit  # "rose 2.3 pct, up from 2.1 in April"
                elif m.chain_kind == "from" and j and m.unit == "count":
                    self._from_the_level(m, mentions[j], mentions[j - 1])
            if [m.unit for m in mentions] == units:
                break

    def _from_the_level(self, m: Mention, change: Mention, level: Mention) -> None:
        """ "averaged 88.4 points in May, down 0.8% from a revised 89.1": the value a percent
        change is from, of the level's size, is the level's, in the level's unit."""
        if (
            change.unit == "percent"
            and (level.unit == "index_point" or _is_physical(level.unit) or is_money(level.unit))
            and self._bare_amount(m)
            and written_scale(self.ctx.text(m.span)) == 1
            and _same_size(m.value, _unscaled(level))
        ):
            self._take_unit(m, level, False)

    def _sentence_first(self, m: Mention) -> int:
        """The first token of a mention's sentence."""
        t = m.span.start
        while t > 0 and self.tok_sentence[t - 1] == m.sentence and not self.tokens.is_space[t - 1]:
            t -= 1
        return t

    def _clause_words(self, start: int) -> set[str]:
        """Lower-case words of the clause before token `start` (back to a comma, at most 15)."""
        words: set[str] = set()
        t = start - 1
        sent = self.tok_sentence[start]
        while t >= max(0, start - 15) and self.tok_sentence[t] == sent:
            if self.tokens.text[t] in (",", ";", ":", "(", "--"):
                break
            words.add(self.tokens.lower[t])
            t -= 1
        return words

    def _bare_amount(self, m: Mention) -> bool:
        """A number with no unit and no counted thing after it ("203 mln", "119,100 price")."""
        if m.span.label_ != "NUMBER":
            return False
        nxt = m.span.end if m.span.end < self.tokens.n else None
        lower = self.tokens.lower
        return not (
            nxt is not None
            and self.tokens.is_alpha[nxt]
            and lower[nxt] not in FUNCTION_WORDS
            and lower[nxt] not in MONEY_NOUNS
            and (PERIODS_TOKENS, nxt) not in self.cue_at
            and lower[nxt] not in AMOUNT_FOLLOWERS
            and not self._participle_after(nxt)
        )

    def _participle_after(self, t: int) -> bool:
        """Whether token `t`, right after a number, is a participle that opens a phrase of its
        own ("a build of 1.5 million reported by the institute", "2.1 million expected in
        May"), not an adjective before a counted thing ("1.5 million registered voters")."""
        lower = self.tokens.lower
        return (
            is_participle(lower[t])
            and t + 1 < self.tokens.n
            and (lower[t + 1] in _AFTER_PARTICIPLE or (PERIODS_TOKENS, t + 1) in self.cue_at)
        )

    @staticmethod
    def _take_unit(bare: Mention, other: Mention, range_bound: bool) -> None:
        """Give a bare number the unit of the one it shares it with, and its scale if needed."""
        bare.unit = other.unit
        # "20-25 mcm/d": the factor the partner's unit gives it too (25 million)
        factor = unit_factor(other.span.text) if _is_physical(other.unit) else 1.0
        scale = max(written_scale(other.span.text), factor)
        parsed = parse_quantity(bare.span.text, bare.span.label_)
        unscaled = parsed is not None and parsed.value == bare.value
        if scale > 1 and unscaled and written_scale(bare.span.text) == 1:
            base = abs(other.value) / scale
            if (range_bound and abs(bare.value) <= base) or (
                bare.value and 0.1 <= base / abs(bare.value) <= 10
            ):
                bare.value *= scale
        elif (
            is_money(other.unit)
            and unscaled
            and written_scale(other.span.text) == 1
            and bare.span.end <= other.span.start
            and all(
                t.text in ("and", "or", "to", "-", "–", ",")
                for t in bare.span.doc[bare.span.end : other.span.start]
            )
        ):
            # "(12.6 and 12.9 c€/kWh)", "45 to 52 paise": one list of the currency's subunit
            number = parse_quantity(other.span[0].text, "NUMBER")
            if number is not None and number.value and 0 < other.value / number.value < 1:
                bare.value = round(bare.value * other.value / number.value, 10)


#: What stands between the items of a list: "3.1, 2.7 and 2.3 million tonnes".
_LIST_GLUE = ([","], ["and"], ["or"], [",", "and"])

#: Currency signs a rate is written per: "88.47/$".
_SIGNS = frozenset(CURRENCY_SIGNS)

#: Currencies an exchange rate is quoted against: "88.47 against the US dollar".
_BASE_CURRENCIES = frozenset("dollar greenback euro yen sterling pound yuan".split())


def _stems(words: Iterable[str]) -> set[str]:
    """The nouns among `words`, as far as spelling tells, without a plural "s" ("orders" ->
    "order"): no stop word, scale word, time word ("quarter", "May") or word ending in -ed or
    -ing ("received")."""
    return {
        w[:-1] if w.endswith("s") and not w.endswith("ss") else w
        for w in words
        if len(w) > 2
        and w.isalpha()
        and w not in STOP_WORDS
        and w not in SCALE_WORDS
        and w not in TIME_UNITS
        and w not in MONTH_WORDS
        and not w.endswith(("ed", "ing"))
    }


_COUNTED_STEMS = frozenset(_stems(_COUNTED_THINGS))


def _unscaled(m: Mention) -> float:
    """A physical quantity's number as written, without its scale or its unit's factor
    ("53.8 mt" -> 53.8)."""
    return m.value / max(written_scale(m.span.text), unit_factor(m.span.text), 1.0)


def _same_size(value: float, other: float) -> bool:
    """Whether `other` is within ten times `value` (both non-zero): the same quantity
    written twice, not a count beside an amount."""
    return bool(value and other) and 0.1 <= abs(other / value) <= 10


def _named_currency(words: list[str], country: str | None = None) -> str | None:
    """The currency a run of words names, in three words or fewer ("the Hong Kong dollar",
    "the Taiwan dollar", "yen"; "the crown" in `country`'s figures)."""
    for i in range(len(words)):
        for name in (" ".join(words[i : i + 3]), " ".join(words[i : i + 2]), words[i]):
            code = quoted_currency(name, country)
            if code is not None:
                return code
    return None


def _is_physical(unit: str) -> bool:
    """Whether a unit is a physical one as quantulum3 names it ("barrel", "tonne")."""
    return unit not in NON_PHYSICAL_UNITS and not is_money(unit)


def is_money(unit: str) -> bool:
    """Whether a unit is an ISO 4217 currency code."""
    return len(unit) == 3 and unit.isupper()
