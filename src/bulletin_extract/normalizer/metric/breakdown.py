"""Breakdowns: a figure for one place or group of an indicator ("6.5% in Wales")."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..context import Attacher, DocContext
from ..period_phrases import SUPERLATIVES
from ..structures import Mention, Sentence
from ..vocabulary import (
    AGENCY_TOKENS,
    BASES,
    CHANGES,
    COMPARATIVES,
    MARKERS,
    PERIODS_TOKENS,
    PREDICATE_WORDS,
    QUALIFIERS,
    QUANT_TOKENS,
    STOPWORDS,
)
from .checks import (
    is_adverb,
    is_breakdown_name,
    is_generic,
    item_of,
    split_breakdown,
    with_breakdown,
)
from .words import (
    BRACKET_GLUE,
    BREAKDOWN_PREPOSITIONS,
    CLAUSE_WORDS,
    GROUP_MODIFIERS,
    GROUP_WORDS,
    NOT_PLACES,
    SET_OFF_OPENERS,
    SHARE_VERBS,
)

# Words that open an item named before "at" and its number ("and capital goods at 4.4%").
_AT_ITEM_OPENERS = frozenset("and with by".split())
#: Verbs that set a subject against another thing: "exceeded spending on defense, at $76 billion".
_OUTDOING_VERBS = frozenset(
    "exceeded exceeds surpassed surpasses overtook overtakes outpaced outpaces outstripped "
    "outstrips topped tops".split()
)

# The change told after a comma, with no verb of its own: "led by furniture, up 6.4%".
_COMMA_CHANGES = frozenset(
    "up down off rising falling gaining losing climbing sliding dropping declining "
    "increasing decreasing advancing".split()
)
# What a component's own change follows: "led by ...", "followed by ...", "the sharpest
# declines were in ...", "the biggest contributors were ...".
_COMPONENT_OPENERS = frozenset("by in were was including".split())
# Nouns of a subject that ranks components: "the main contributors were ...".
_RANKED_ROLES = frozenset("contributors contributor drivers driver leaders laggards".split())
# What the leading component did: "household goods retailing led the gains, up 2.8%".
_LED_OBJECTS = frozenset(
    "gains gain rise rises increase increases declines decline falls fall drop drops way "
    "advance advances losses".split()
)

# Verbs of a series reaching an extreme before "at": "peaking at", "bottoming out at".
_EXTREME_MOVES = frozenset(
    ("peaking", "peaked", "bottoming", "bottomed", "bottoming out", "bottomed out")
)
# What opens a gapped clause after an earlier figure ("..., and imports by 1.9%").
_GAP_OPENERS = frozenset([",", ";", "and", "while", "whereas", "but"])
_GAP_CLOSERS = _GAP_OPENERS | {".", ")", "respectively"}

# Words no gapped item holds: the clause has its own comparison or list of causes.
_GAP_BREAKERS = frozenset(
    "than against versus vs compared at as with such up down off higher lower".split()
)

# Words of a verb's object, not of a gapped item's name: "beating a", "an all time high of".
_NOT_IN_ITEMS = frozenset(["a", "an"])
_DETERMINERS = frozenset("the a an its their his her our".split())

#: The rule id of a count named by who did what it counts ("passengers by domestic
#: airlines"); a gapped clause after it names another doer ("and rural residents 1.30 billion").
DONE_BY = "metric.done_by"

# "that of cement", "those in rural areas": the other item of the indicator named before.
THOSE_OF = re.compile(r"^(?:those|that|the ones?)\s+(in|from|to|for|with|of)\s+(.{2,80})$", re.I)

# Words that open the clause of a bracketed item, not its name: "while Malta (10.1%)".
_BRACKET_ITEM_OPENERS = frozenset("and or the a an for as while whereas but".split())

# Words before "of" that rank the places after it below the one before: "ahead of Spain (6.9
# bcm)", as "followed by" does.
_RANKED_AHEAD = frozenset(("ahead", "behind"))

# Words that set a figure against another: no item's name ("..., against 646 million").
_COMPARING = frozenset("against versus vs compared than".split())


class Breakdowns(Attacher):
    """Find the breakdown a number is stated for and join it to its indicator."""

    def __init__(
        self, ctx: DocContext, opening: Callable[[Sentence, Mention], str | None] | None = None
    ) -> None:
        super().__init__(ctx)
        self.indicators: dict[int, str | None] = {}  # sentence start -> indicator of its items
        self.opening = opening  # the noun phrase that opens a sentence, if it names an indicator

    def after(self, m: Mention, sent: Sentence) -> tuple[str, str] | None:
        """ "6.5% in Wales", "£4.7 billion to non-EU countries": the breakdown after a number,
        also past its change in brackets ("£208,000 (2.7%) in Wales")."""
        t = m.span.end
        past = self._past_bracket(t, sent)
        if past > t and any((QUANT_TOKENS, k) in self.cue_at for k in range(t + 1, past - 1)):
            t = past
        basis = self.cue_at.get((BASES, t))
        if basis is not None and basis.start == t and basis.end < sent.end:
            t = basis.end  # "rose 0.5 pct on the month in Milan"
        return self.breakdown_at(t, sent)

    def breakdown_at(self, t: int, sent: Sentence) -> tuple[str, str] | None:
        """The breakdown that opens at token t ("in Wales", "for first-time buyers"), if any."""
        doc = self.doc
        if t >= sent.end or self.tokens.lower[t] not in BREAKDOWN_PREPOSITIONS:
            return None
        prep = self.tokens.lower[t]
        words: list[str] = []
        j = t + 1
        if j < sent.end and self.tokens.lower[j] == "the":
            j += 1
        while j < sent.end and len(words) < 4 and not self._not_a_name(j):
            k = j  # a hyphenated compound is one word: "non-EU", "first-time"
            while (
                k + 1 < sent.end
                and not self.tokens.whitespace[k]
                and self.tokens.text[k + 1] not in ",;:.()"
            ):
                k += 1
            word = doc[j : k + 1].text
            compound = k > j and "-" in word and word[0].isalpha()
            name = k == j and (
                self.tokens.is_title[j] or (self.tokens.is_upper[j] and self.tokens.is_alpha[j])
            )
            group = k == j and self.tokens.lower[j] in GROUP_WORDS | GROUP_MODIFIERS
            if not (compound or name or group):
                break
            words.append(word)
            j = k + 1
        if not words:
            return None
        longer = j < sent.end and self.tokens.is_alpha[j] and self.tokens.lower[j] not in STOPWORDS
        if (
            longer
            and self.tokens.lower[j - 1] not in GROUP_WORDS
            and self.tokens.lower[j] not in GROUP_WORDS
        ):
            return None  # the capitals open a longer phrase: "in Euro terms"
        if words[-1].lower() in GROUP_MODIFIERS:
            return None
        return prep, " ".join(words)

    def _not_a_name(self, j: int) -> bool:
        """A period, a figure or an organization (a country is a place, not a credit)."""
        if (PERIODS_TOKENS, j) in self.cue_at or (QUANT_TOKENS, j) in self.cue_at:
            return True
        org = self.cue_at.get((AGENCY_TOKENS, j))
        return org is not None and org.label_ != "COUNTRY"

    def parallel_after(
        self, m: Mention, sent: Sentence, earlier: list[Mention]
    ) -> tuple[str, str] | None:
        """ "inflation in rural areas at 4.6%, against 3.9% in urban areas": a lower-case
        breakdown after the number, in the same words as its sibling's in the sentence."""
        sibling = next((e.metric for e in reversed(earlier) if e.metric), None)
        t = m.span.end
        if (
            sibling is None
            or t >= sent.end
            or f" {self.tokens.lower[t]} " not in f" {sibling.lower()} "
        ):
            return None
        if self.tokens.lower[t] not in BREAKDOWN_PREPOSITIONS:
            return None
        words: list[str] = []
        j = t + 1
        while j < sent.end and self.tokens.is_alpha[j] and len(words) < 5:
            if (PERIODS_TOKENS, j) in self.cue_at or self.tokens.lower[j] in (
                "and",
                "or",
                "but",
                "while",
            ):
                break
            words.append(self.tokens.text[j])
            j += 1
        if not words or len(words) > 4 or (j < sent.end and self.tokens.is_alpha[j]):
            return None
        if words[0].lower() in NOT_PLACES and words[0].lower() != "the":
            return None
        return str(self.tokens.lower[t]), " ".join(words)

    def before(self, m: Mention, sent: Sentence, phrase: str) -> str | None:
        """ "..., with Japan increased 700 mln", "a 9.8% drop in Quebec": the preposition that
        opens a found name, nearest the number first."""
        doc = self.doc
        first = phrase.split()[0]
        lo, hi = max(sent.start + 1, m.span.start - 30), min(sent.end, m.span.end + 12)
        for t in sorted(range(lo, hi), key=lambda x: abs(x - m.span.start)):
            if self.tokens.text[t] == first:
                prev = doc[t - 1] if self.tokens.lower[t - 1] != "the" else doc[t - 2]
                if prev.i >= sent.start and prev.lower_ in BREAKDOWN_PREPOSITIONS:
                    return str(prev.lower_)
                return None
        return None

    def breakdown_before(
        self, m: Mention, sent: Sentence, after_comma: bool = True
    ) -> tuple[str, str] | None:
        """ "Unemployment stood at 6.4% in the euro area, in the EU at 6.0%": a breakdown that
        opens the number's own elliptic clause (or any, for a generic subject: "The largest
        increase was in London at 20.1%")."""
        t = m.span.start - 1
        if t <= sent.start or self.tokens.lower[t] not in ("at", "to"):
            return None
        return self.place_ending_at(t - 1, sent, after_comma)

    def place_ending_at(
        self, end: int, sent: Sentence, after_comma: bool = True
    ) -> tuple[str, str] | None:
        """ "..., while in the EU it rose": the breakdown whose name ends at token `end`."""
        doc = self.doc
        j = end
        while (
            j > sent.start
            and end - j < 4
            and (self.tokens.is_title[j] or self.tokens.is_upper[j])
            and (PERIODS_TOKENS, j) not in self.cue_at  # "with Q3FY26 at 0.6%": a time
        ):
            j -= 1
        if j == end:
            return None
        place_start = j + 1
        if self.tokens.lower[j] == "the":
            j -= 1
        if j - 1 < sent.start or self.tokens.lower[j] not in BREAKDOWN_PREPOSITIONS:
            return None
        if after_comma and self.tokens.lower[j - 1] not in (
            ",",
            ";",
            "and",
            "while",
            "whereas",
            "but",
        ):
            return None
        return str(self.tokens.lower[j]), str(doc[place_start : end + 1].text)

    def resolve(
        self,
        sent: Sentence,
        m: Mention,
        earlier: list[Mention],
        metric: str | None,
        carried: str | None,
    ) -> str | None:
        """Join the number's breakdown to the indicator it breaks down.

        `metric` is the phrase found for the number, `carried` the indicator named before it
        in the sentence or the paragraph.
        """
        indicator = next((e.metric for e in reversed(earlier) if e.metric), None) or carried
        own: tuple[str, str] | None = (
            self.after(m, sent)
            or self.parallel_after(m, sent, earlier)
            or self.breakdown_before(m, sent, after_comma=not is_generic(metric))
        )
        if own is not None:
            prep, place = own
            if metric and f" {place.lower()} " in f" {metric.lower()} ":
                if metric.lower().strip() == place.lower() and indicator:
                    return with_breakdown(indicator, prep, place)  # "6.5% in Wales"
                return metric
            if (
                metric
                and metric == indicator
                and (split_breakdown(metric) or f" {prep} " in metric.lower())
            ):
                return with_breakdown(metric, prep, place)  # carried from a sibling
            if metric:
                return f"{metric} {prep} {place}"  # "inflation was 11.0% in England"
            return with_breakdown(indicator, prep, place) if indicator else None
        if metric and indicator and metric != indicator and is_breakdown_name(metric):
            prep_before = self.before(m, sent, metric)
            if prep_before:
                return with_breakdown(indicator, prep_before, metric)  # ", with Japan rose"
        if metric and own is None and not split_breakdown(metric) and len(metric.split()) <= 6:
            metric = self.extended(metric, sent)  # "a decrease in exports to non-EU countries"
        sibling = next((e for e in reversed(earlier) if e.metric), None)
        item = self.elliptic_item(m, sent) if sibling is not None else None
        if item and metric == indicator and indicator:
            found = split_breakdown(indicator)
            if found and is_breakdown_name(item):
                return with_breakdown(indicator, found[1], item)  # "..., France 3%"
            metric = item  # "The price of rice fell 27 pct, corn 18 pct"

        if metric and sibling is not None and sibling.unit == m.unit and sibling.metric:
            return item_of(sibling.metric, metric, owner=self._holds_share(m, sent, item))
        return metric

    def _holds_share(self, m: Mention, sent: Sentence, item: str | None) -> bool:
        """Whether a percentage is the share its clause's subject holds, of no whole named
        after it: "while trucks accounted for 12%", "..., France 12%"."""
        lower = self.tokens.lower
        if m.unit != "percent" or (m.span.end < sent.end and lower[m.span.end] == "of"):
            return False
        if item:
            return True  # "Germany accounted for 25% of imports and France 12%"
        before = lower[max(sent.start, m.span.start - 3) : m.span.start]
        return any(w in SHARE_VERBS for w in before)

    def elliptic_item(self, m: Mention, sent: Sentence) -> str | None:
        """ "..., corn 18 pct": the name right before a number that has no verb of its own."""
        t = m.span.start - 1
        words: list[str] = []
        while t > sent.start and self.tokens.is_alpha[t] and len(words) < 3:
            if self.tokens.lower[t] in ("and", "or"):
                break
            if (
                self.tokens.lower[t] in STOPWORDS
                or self.tokens.lower[t] in PREDICATE_WORDS
                or self.tokens.lower[t] in CLAUSE_WORDS
                or self.tokens.lower[t] in ("up", "down", "off", "higher", "lower")
                or self.tokens.lower[t] in _COMPARING  # "..., against 646 million"
                or self.tokens.lower[t].endswith(("ing", "ly"))
                or any((key, t) in self.cue_at for key in (CHANGES, QUALIFIERS, MARKERS, BASES))
            ):
                return None
            words.insert(0, self.tokens.text[t])
            t -= 1
        if not words or len(words) > 2 or t <= sent.start:
            return None
        if self.tokens.lower[t] not in (",", "and", "or"):
            return None
        before = (
            t - 1
            if self.tokens.text[t] != "," or self.tokens.lower[t - 1] not in ("and", "or")
            else t - 2
        )
        if before < sent.start or not (
            (QUANT_TOKENS, before) in self.cue_at or self.tokens.like_num[before]
        ):
            return None  # the comma must close a figure: "22 pct, corn 18 pct"
        return " ".join(words)

    def gapped_place(self, m: Mention, sent: Sentence, earlier: list[Mention]) -> str | None:
        """ "..., grid investment rose by 18% and 23%, respectively, and in Poland by 11%": a
        gapped clause that names only a place and its change, of the indicator before; "exports
        to Asia rose 2.2% ..., and to Africa 0.8%, to £6.1 billion": the place named by the
        preposition of the indicator's own breakdown (its destination, origin or partner)."""
        sibling = next((e for e in reversed(earlier) if e.metric and e.unit == m.unit), None)
        lower, text = self.tokens.lower, self.tokens.text
        t = m.span.start - 1
        while t > sent.start and (QUALIFIERS, t) in self.cue_at:
            t -= 1
        if sibling is None or sibling.metric is None:
            return None
        if lower[t] != "by":
            if not self._closes_gap(m.span.end, sent, m.span.label_):
                return None
            t += 1  # "and to Africa 0.8%": the place right before the figure
        p = t - 1
        while p > sent.start and t - p <= 5 and (text[p][:1].isupper() or lower[p] == "the"):
            p -= 1
        own = split_breakdown(sibling.metric)
        preps = ("in", "across", own[1]) if own else ("in", "across")
        if p >= t - 1 or lower[p] not in preps or p - 1 <= sibling.span.end:
            return None
        if lower[t] != "by" and (not own or lower[p] != own[1]):
            return None  # with no "by", only the preposition of the indicator's own place
        if lower[p - 1] not in ("and", "while", "but") and text[p - 1] != ",":
            return None
        if any((PERIODS_TOKENS, k) in self.cue_at for k in range(p, t)):
            return None  # "and in April by 2%": a time, which the period rules read
        place = self.tokens.span_text(p + 1, t).strip().removeprefix("the ")
        if not is_breakdown_name(place):
            return None
        return with_breakdown(self.without_country_lead(sibling.metric), lower[p], place)

    def gapped_item(self, m: Mention, sent: Sentence, earlier: list[Mention]) -> str | None:
        """ "Exports rose 4.4%, and imports of machinery by 1.9%", "clothing grew 5.5%, home
        appliances 8.1%, and furniture and bedding 2.3%": a clause that names its item and its
        figure and leaves out the verb of the clause before (gapping). The item runs from the
        coordinator after the earlier figure to the number (or its "by"); "that of cement"
        names the earlier indicator's other item ("output of cement")."""
        sibling = next((e for e in reversed(earlier) if e.metric), None)
        if sibling is None or sibling.metric is None:
            return None
        lower = self.tokens.lower
        t = m.span.start - 1
        while t > sent.start and (QUALIFIERS, t) in self.cue_at:
            t -= 1  # "and that of cement by about 2.2%"
        by = lower[t] == "by"
        # "eased to 3.4%, and services inflation to 4.5%": the same "to" as the figure before
        to = (
            lower[t] == "to"
            and sibling.span.start > 0
            and lower[sibling.span.start - 1] == "to"
            and sibling.sentence == m.sentence
            and any(
                lower[k] in ("and", "while", "whereas", "but")
                for k in range(sibling.span.end, m.span.start)
            )  # not "narrowed to £17.3 billion, equivalent to 2.4% of GDP"
        )
        after = m.span.end
        if after < sent.end and lower[after] in COMPARATIVES:
            after += 1  # "exports were 3.1% higher and imports 2.4% lower"
        if by or to:
            t -= 1
        elif not self._closes_gap(after, sent, m.span.label_):
            return None  # "the ministry's 5.2% growth target": the number modifies a noun
        end, words = t + 1, 0
        while t > sent.start and words < 16:
            if self._ends_clause_before(t):
                break
            if (
                not (self.tokens.is_alpha[t] or self.tokens.text[t] in (",", ";", "-", "'s", "’s"))
                or lower[t] in PREDICATE_WORDS
                or lower[t] in CLAUSE_WORDS
                or (lower[t] in _GAP_BREAKERS and lower[t - 1] not in ("those", "that"))
                or (t == end - 1 and lower[t].endswith("ed") and len(lower[t]) > 4)  # "boosted"
                or is_adverb(self.tokens.text[t])  # "primarily because of"
                or any((key, t) in self.cue_at for key in (CHANGES, AGENCY_TOKENS))
                or self._marks_a_value(t)
            ):
                return None  # a verb or a comparison of its own: not a gapped clause
            t -= 1
            words += 1
        if not self._ends_clause_before(t):
            return None
        start = t + 1
        nouns = start
        # the earlier figure's noun, or its whole ("27% of copper imports and Peru 19%")
        reach = 5 if lower[start] == "of" else 2
        while nouns < end and nouns - start < reach and self.tokens.is_alpha[nouns]:
            if lower[nouns] in _GAP_OPENERS:
                break
            nouns += 1
        if nouns > start and nouns < end and lower[nouns] in _GAP_OPENERS:
            t = start = nouns - 1  # "added 76,000 jobs and medium-sized firms 11,000"
            start += 1
        while start < end and lower[start] in _GAP_OPENERS:
            start += 1
        if start == t + 1 or start >= end or self.tokens.text[end - 1] == ",":
            return None  # no coordinator after the earlier figure, or no name
        if lower[start] == "the" and start + 1 < end:
            start += 1  # "..., and the purchasing price index by 3.2%"
        item = self.tokens.span_text(start, end)
        if (
            not set(lower[start:end]).isdisjoint(_NOT_IN_ITEMS)
            or lower[end - 1] in STOPWORDS
            or (
                lower[start].endswith("ing")  # "..., contributing 0.8 points"
                and (not by or lower[start + 1] in _DETERMINERS)  # "affecting the CPI by"
            )
        ):
            return None  # a participle's object ("..., leaving a surplus of $4.3 billion")
        if is_generic(item) or lower[start] in STOPWORDS - {"that", "those"}:
            return None
        those = THOSE_OF.match(item)
        if those:
            return with_breakdown(sibling.metric, those.group(1).lower(), those.group(2))
        if (
            lower[end - 1] in ("'s", "’s")
            and end - 1 > start
            and end - 1 - start <= 3
            and all(self.tokens.text[k][:1].isupper() for k in range(start, end - 1))
        ):
            # "NCR sales fell 8 per cent, and Hyderabad's 12 per cent": the same indicator of
            # the owner named instead of the one before
            same = next((e for e in reversed(earlier) if e.metric and e.unit == m.unit), sibling)
            named = (same.metric or "").split()
            while len(named) > 1 and self._proper(named[0]):
                named.pop(0)  # the earlier owner: "NCR sales" -> "sales" (not "Exports")
            return f"{self.tokens.span_text(start, end - 1).strip()} {' '.join(named)}"
        if DONE_BY in sibling.rules and sibling.metric and sibling.unit == m.unit:
            # "urban residents made 3.70 billion trips and rural residents 1.30 billion"
            return f"{sibling.metric.rsplit(' by ', 1)[0]} by {item}"
        if sibling.unit != m.unit:
            # "output of pork was 5.4 million tonnes, up 2.1%; beef 0.6 million tonnes": the
            # item of the indicator the last figure in its unit measured
            in_unit = next((e for e in reversed(earlier) if e.metric and e.unit == m.unit), None)
            if in_unit is None or in_unit.metric is None or sibling.span.start > start or by or to:
                return item  # (not in a clause of its own verb's change: "and inventories by
                # 0.2% to $859.7 billion")
            return item_of(in_unit.metric, item)
        return item_of(sibling.metric, item, owner=self._holds_share(m, sent, item))

    def _proper(self, word: str) -> bool:
        """Whether a capitalized word is a name: one the document never writes in small
        letters ("NCR", "Mumbai"; not "Exports" opening a sentence)."""
        if not word[:1].isupper():
            return False
        return word.lower() not in self.ctx.small_words()

    def _marks_a_value(self, t: int) -> bool:
        """A "from"/"to" cue that opens a value ("up from 2%"), not a partner ("payments to
        workers", "imports from China")."""
        cue = self.cue_at.get((MARKERS, t))
        return cue is not None and not (cue.end - cue.start == 1 and self.tokens.is_alpha[t + 1])

    def _closes_gap(self, t: int, sent: Sentence, label: str | None = None) -> bool:
        """Whether a gapped clause can end at token t: its figure is followed by nothing of
        its own but a basis, a period, or the next clause ("steel 10.4%, while ...")."""
        return (
            t >= sent.end
            or self.tokens.lower[t] in _GAP_CLOSERS
            or (BASES, t) in self.cue_at
            or (PERIODS_TOKENS, t) in self.cue_at
            or (  # "and Hyderabad's 12 per cent to 44,885 units": the level it reached (not
                # the end of a range, "1% to 3%", in the figure's own unit)
                label is not None
                and self.tokens.lower[t] == "to"
                and (level := self.cue_at.get((QUANT_TOKENS, t + 1))) is not None
                and level.label_ != label
            )
        )

    def trailing_comparative(self, t: int) -> bool:
        """Whether token t is a comparative written right after a figure ("3.2% higher"),
        which closes that figure's clause as the figure itself would."""
        return (
            t > 0 and self.tokens.lower[t] in COMPARATIVES and (QUANT_TOKENS, t - 1) in self.cue_at
        )

    def _ends_clause_before(self, t: int) -> bool:
        """Whether token t closes an earlier figure's clause: the figure itself, or the basis
        or period written after it ("rose 3.1% year on year, that of cement by 2.2%")."""
        joined = not self.tokens.whitespace[t] and self.tokens.text[t + 1 : t + 2] == ("-",)
        return (
            (QUANT_TOKENS, t) in self.cue_at
            or self.trailing_comparative(t)  # "were 3.2% higher, and alcohol and tobacco 5.9%"
            or (self.tokens.like_num[t] and not joined)  # not "two-wheeler"
            or (BASES, t) in self.cue_at
            or (PERIODS_TOKENS, t) in self.cue_at
        )

    def at_item(self, m: Mention, sent: Sentence) -> str | None:
        """ "..., followed by primary goods at 5.4 per cent and capital goods at 4.4 per cent",
        "with inflation at 2.1%": the item named right before "at" and its number, after a
        list word ("followed by", "led by", "and", "with", a comma)."""
        lower = self.tokens.lower
        at = self.at_before(m, sent)
        if at is None:
            return None
        compared = self._compared_object(at, sent)
        if compared is not None:
            return compared
        t = at
        j = t - 1
        while j > sent.start and t - j <= 6 and self.tokens.is_alpha[j]:
            if (
                lower[j] in _AT_ITEM_OPENERS
                or (CHANGES, j) in self.cue_at
                or lower[j] in PREDICATE_WORDS
                or any((key, j) in self.cue_at for key in (PERIODS_TOKENS, AGENCY_TOKENS))
            ):
                break
            j -= 1
        opened = lower[j] in ("and", "with") or (
            lower[j] == "by" and j > sent.start and lower[j - 1] in ("followed", "led")
        )
        if not opened or j + 1 >= t:
            return None
        words = self.doc[j + 1 : t]
        before = j - 2 if j - 1 > sent.start and self.tokens.text[j - 1] == "," else j - 1
        if (
            words[0].lower_ == "the"
            and len(words) > 1
            and before >= sent.start
            and (QUANT_TOKENS, before) in self.cue_at
        ):
            words = words[1:]  # "The IPPI stood at 133.8 and the RMPI at 158.2"
        if words[0].lower_ in STOPWORDS and len(words) == 1:
            return None
        item = str(words.text)
        if item.lower() in _EXTREME_MOVES:
            return None  # "..., and bottoming out at -6.02 percent": the series' low, no item
        return None if is_generic(item) or words[0].lower_ in STOPWORDS else item

    def _compared_object(self, at: int, sent: Sentence) -> str | None:
        """ "... and exceeded spending on defense, at $76 billion", "overtook coal, at 25%":
        the thing a verb of comparison sets the subject against, named right before ", at"
        and its number."""
        lower = self.tokens.lower
        if at - 2 <= sent.start or self.tokens.text[at - 1] != ",":
            return None
        j = self.word_back(at - 2, sent, 6, _OUTDOING_VERBS)
        if j is None or j + 1 >= at - 1:
            return None
        start = j + 1
        while start < at - 1 and lower[start] in ("the", "its", "their"):
            start += 1
        item = self.tokens.span_text(start, at - 1).strip()
        return None if not item or is_generic(item) or lower[start] in STOPWORDS else item

    def change_item(self, m: Mention, sent: Sentence) -> str | None:
        """ "led by furniture, up 6.4%", "followed by wood products, off 3.1 pct", "the
        sharpest declines were in motor vehicles, down 6.8 pct", "household goods retailing
        led the gains, up 2.8%": a component of the indicator named right before its own
        change, which follows a comma with no verb of its own. A place is left to the
        breakdown rules ("followed by Ontario, up 2%" is sales in Ontario)."""
        lower = self.tokens.lower
        t = m.span.start - 1
        while t > sent.start and (QUALIFIERS, t) in self.cue_at:
            t -= 1
        if t > sent.start and lower[t] == "by":
            t -= 1
        if t <= sent.start + 1 or lower[t] not in _COMMA_CHANGES or lower[t - 1] != ",":
            return None
        end = t - 1
        if lower[end - 1] in _LED_OBJECTS and lower[end - 2] in ("the", "led"):
            # "... retailing led the gains, up 2.8%": the subject of "led"
            led = end - 3 if lower[end - 2] == "the" else end - 2
            if lower[led] != "led":
                return None
            end = led
            j = end - 1
            while j >= sent.start and end - j <= 8 and self._component_word(j):
                j -= 1
            comma = next((k for k in range(end - 1, j, -1) if lower[k] == ","), None)
            if comma is not None and (
                lower[j + 1] in SET_OFF_OPENERS
                or any(
                    (key, k) in self.cue_at
                    for k in range(max(j, sent.start), comma)
                    for key in (BASES, PERIODS_TOKENS)
                )
            ):
                j = comma  # "On the month, household goods retailing led"
            opened = j < sent.start or lower[j] == ","
        else:
            j = end - 1
            while j > sent.start and end - j <= 8 and self._component_word(j):
                j -= 1
            if lower[j] == "by":
                opened = lower[j - 1] in ("led", "followed")
            elif lower[j] == "including":
                opened = True
            else:  # "the sharpest declines were in ...", "the biggest contributors were ..."
                copula = j - 1 if lower[j] == "in" else j
                opened = lower[copula] in ("were", "was") and self._ranks_components(copula, sent)
        start = j + 1
        while start < end and lower[start] in _DETERMINERS:
            start += 1
        if not opened or start >= end:
            return None
        item = self.tokens.span_text(start, end)
        if (
            is_generic(item)
            or is_breakdown_name(item)
            or lower[start] in STOPWORDS
            or lower[start] in SUPERLATIVES  # "Tampa was the weakest, down 3.6%"
        ):
            return None
        return item

    def _ranks_components(self, copula: int, sent: Sentence) -> bool:
        """Whether the subject before the copula ranks components: "the sharpest declines",
        "the biggest contributors to the rise" (not "pigs were slaughtered")."""
        lower = self.tokens.lower
        return any(
            lower[k] in SUPERLATIVES or lower[k] in _RANKED_ROLES
            for k in range(max(sent.start, copula - 8), copula)
        )

    def _component_word(self, k: int) -> bool:
        """Whether token k may stand inside a component's name: words, and the commas and
        "and" of a name like "clothing, footwear and personal accessory retailing"."""
        lower = self.tokens.lower
        return (
            (self.tokens.is_alpha[k] or lower[k] in (",", "-", "&"))
            and lower[k] not in _COMPONENT_OPENERS
            and lower[k] not in PREDICATE_WORDS
            and (CHANGES, k) not in self.cue_at
            and (QUANT_TOKENS, k) not in self.cue_at
            and (PERIODS_TOKENS, k) not in self.cue_at
        )

    def bracketed_item(
        self, m: Mention, sent: Sentence, earlier: list[Mention], carried: str | None = None
    ) -> str | None:
        """ "sales slowed for clothing (4.1% vs 5.0%), footwear (2.2% vs 3.0%)": the item named
        before the bracket, with the indicator of its clause ("sales of clothing")."""
        doc = self.doc
        t = m.span.start - 1
        while t > sent.start and m.span.start - t < 10 and self.tokens.text[t] != "(":
            if not (
                (QUANT_TOKENS, t) in self.cue_at
                or self.ctx.in_quantity(t)  # "white sugar (1kg, 9.6%)": a pack size
                or (PERIODS_TOKENS, t) in self.cue_at
                or self.tokens.like_num[t]
                or self.tokens.lower[t] in BRACKET_GLUE
            ):
                return None
            t -= 1
        if self.tokens.text[t] != "(":
            return None
        j = t - 1
        while j >= sent.start and t - j <= 12:
            tok = doc[j]
            if (
                tok.text in (",", ")", ";", ":", "(")
                or (CHANGES, j) in self.cue_at
                or tok.lower_ in PREDICATE_WORDS
                or tok.lower_ in CLAUSE_WORDS
                or tok.lower_ in ("by", "including", "such", "like")
                or (tok.lower_ == "of" and j > 0 and self.tokens.lower[j - 1] in _RANKED_AHEAD)
                or any((key, j) in self.cue_at for key in (PERIODS_TOKENS, QUANT_TOKENS))
            ):
                break
            j -= 1
        words = doc[j + 1 : t]
        while len(words) and words[0].lower_ in _BRACKET_ITEM_OPENERS:
            words = words[1:]
        # an item after "led by", "including" may be a long name; elsewhere a long run is a clause
        longest = 11 if j >= sent.start and self.tokens.lower[j] in ("by", "including") else 8
        if not len(words) or len(words) > longest or any(w.like_num for w in words):
            return None
        item = str(words.text)
        if is_generic(item):
            return None  # "an upward contribution (0.05 percentage points) from production"
        if _manner(item):
            return None  # "energy prices fell at a much slower pace (-0.4% vs -2.0%)"
        prep, place = "in", item
        if words[0].lower_ in BREAKDOWN_PREPOSITIONS and is_breakdown_name(item.split(" ", 1)[-1]):
            prep, place = words[0].lower_, item.split(" ", 1)[1]  # "increases in the East (8%)"
        while words[0].lower_ in ("in", "of", "on") and not is_breakdown_name(place):
            words = words[1:]  # "seen in sales of general dealers (6.3%)"
            item = place = str(words.text)
            if not len(words):
                return None
        if is_breakdown_name(place):
            # "in London at 20.1% followed by the South East (9.6%)": the indicator of the
            # sentence's subject, else of the figure before, broken down by this place.
            opening = self.opening(sent, m) if self.opening else None
            sibling = next((e.metric for e in reversed(earlier) if e.metric), None)
            indicator = opening or sibling or carried  # "Austria (88.2%) and Sweden (85.4%)"
            own = split_breakdown(sibling) if sibling else None
            if sibling and own and opening is None:
                # "Austria (88.2%) and Sweden (85.4%)": the sibling's breakdown, replaced
                return with_breakdown(sibling, own[1], place.removeprefix("the "))
            share = sibling.find(" share of ") if sibling else -1
            if sibling and share > 0 and is_breakdown_name(sibling[:share]):
                # "The United States supplied 44% of imports, followed by Russia (17%)": each
                # place's own share of the same total
                return f"{place.removeprefix('the ')}{sibling[share:]}"
            return (
                with_breakdown(indicator, prep, place.removeprefix("the ")) if indicator else None
            )
        leader = next((e.metric for e in reversed(earlier) if e.metric), None)
        if leader and " share of " in leader and m.unit in ("percent", "fraction"):
            # "Households accounted for 38% of consumption, followed by industry (29%)": each
            # item's own share of the same whole (but "covered 13.1% of EU electricity
            # generation (12.0% in 2024)": the same share again)
            whole = leader.split(" share of ", 1)[1]
            return leader if item.lower() == whole.lower() else f"{item} share of {whole}"
        indicator = self.indicators.get(sent.start)
        if (
            j >= sent.start
            and self.tokens.lower[j + 1] in ("for", "in", "of")
            and (CHANGES, j) in self.cue_at
        ):
            k = j - 1
            while k > sent.start and (
                self.tokens.lower[k] == "to" or self.tokens.lower[k] in CLAUSE_WORDS
            ):
                k -= 1  # "sales continued to decrease for"
            subject: list[str] = []
            while k >= sent.start and len(subject) < 2 and self.tokens.is_alpha[k]:
                if self.tokens.lower[k] in STOPWORDS or self.tokens.lower[k] in CLAUSE_WORDS:
                    break
                subject.insert(0, self.tokens.text[k])
                k -= 1
            indicator = " ".join(subject) or None
            self.indicators[sent.start] = indicator
        if indicator and not item.lower().startswith(indicator.lower()):
            return f"{indicator} of {item}"
        return item

    def extended(self, metric: str, sent: Sentence) -> str:
        """The phrase with the breakdown that follows it in the sentence, if one does."""
        last = metric.split()[-1]
        for t in range(sent.start, sent.end - 2):
            if self.tokens.text[t] == last:
                found = self.breakdown_at(t + 1, sent)
                return f"{metric} {found[0]} {found[1]}" if found else metric
        return metric


#: Words of a manner adverbial after a change verb: "at a slower pace", "slightly faster".
_MANNER_WORDS = frozenset(
    "at a an much slightly sharply a bit slower faster pace rate more less quickly slowly "
    "markedly modestly further".split()
)


def _manner(item: str) -> bool:
    """Whether a phrase only says how a change went ("at a much slower pace"), naming nothing."""
    words = item.lower().split()
    return all(w in _MANNER_WORDS or w.endswith("ly") for w in words)
