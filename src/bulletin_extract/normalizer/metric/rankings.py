"""Rankings with followers: "Germany remained the largest market, with 125,000 registrations,
followed by France (69,000) and Belgium (38,000)". The leader's figure and each follower's are
one indicator broken down by who holds the rank ("registrations in France"), or the leader's
own metric with the follower's name in the leader's place ("Airtel's share of the market")."""

from __future__ import annotations

from collections.abc import Callable

from ..context import Attacher, DocContext
from ..period_phrases import SUPERLATIVES
from ..structures import Mention, Sentence
from ..text import split_list
from ..vocabulary import (
    CHANGES,
    COPULAS,
    COUNTING_UNITS,
    GENERIC_COUNT_NOUNS,
    PERIODS_TOKENS,
    PREDICATE_WORDS,
    QUALIFIERS,
    QUANT_TOKENS,
    SHARED_HEADS,
    STOPWORDS,
)
from .checks import is_breakdown_name, is_generic, split_breakdown, with_breakdown
from .phrases import RANKING_ROLES
from .surface import LISTED_WITH_AT
from .words import GROUP_WORDS, SET_OFF_OPENERS

#: The rule id of a figure named by its place in a ranking.
RANKING_FOLLOWER = "metric.ranking_follower"
# Words that may stand inside a name of a leader or a follower: "Bank of Baroda", "Trinidad
# and Tobago" (only between capitalized words), "Norfolk/Virginia Beach".
_NAME_GLUE = frozenset("of and & - / –".split())
# Words between the noun after "with" and the leader's figure: "with RevPAR down 21.7%".
_BEFORE_WITH_FIGURE = frozenset("up down at of by to".split())
# Words between a follower's name and its figure: "Airtel at 33.6%", "Pakistan with 28,900",
# "Italy (3.6 GW)", "Gujarat, at 21%".
_BEFORE_FIGURE = frozenset("at with ( , on".split())
# Words that end the list of followers' names before their figures: "followed by Pune and
# Bengaluru, where sales declined 20% and 5%", "... with 98 MW and 74 MW".
_LIST_ENDS = frozenset("at with where which while whose on".split())
# Capitalized words that open a sentence and name nothing: "Before seasonal adjustment, ...".
_NOT_NAMES = (
    STOPWORDS
    | SET_OFF_OPENERS
    | frozenset("before after during including excluding despite overall meanwhile".split())
)
# Words that end a noun phrase read after a figure or a superlative.
_NOT_IN_PHRASE = STOPWORDS | frozenset(
    "among across at for from in into on since than to with between during".split()
)
# What the holder of a rank does: "the largest net importer" ranks net imports.
_ACTIVITIES = {
    "importer": "imports", "importers": "imports", "exporter": "exports",
    "exporters": "exports", "supplier": "supplies", "suppliers": "supplies",
    "producer": "production", "producers": "production", "buyer": "purchases",
    "buyers": "purchases", "consumer": "consumption", "consumers": "consumption",
}  # fmt: skip
# The indicators an activity's figure may be named by before: "Natural rubber output rose to
# 8.7 lakh tonnes. Kerala remained the largest producer at 6.3 lakh tonnes".
_SAME_ACTIVITY = {
    "production": ("production", "output", "generation"), "exports": ("exports", "shipments"),
    "imports": ("imports", "purchases"), "purchases": ("purchases", "imports", "exports"),
    "supplies": ("supplies", "imports", "exports"), "consumption": ("consumption", "demand"),
}  # fmt: skip
# Ranks a place or a firm holds alone: "the largest producer", "the top buyer", "the leading
# exporter", "the most affordable".
_RANK_WORDS = SUPERLATIVES | frozenset(("top", "leading"))
# Verbs of the holder of a rank before "the": "Kerala remained the largest producer", "Quebec
# had the lowest (5.4%)", "Texas posted the largest number".
_HOLDING = frozenset(
    "was is remained remains became becomes stayed stays ranked ranks continued continues had "
    "has recorded records posted posts registered registers reported reports".split()
)
# Nouns of what holds a rank, not of what it is ranked by: "the cheapest state", "the least
# affordable local authority".
_HOLDER_NOUNS = RANKING_ROLES | frozenset(
    "state states country countries city cities local authority authorities area areas "
    "province provinces economy economies member members firm firms company companies one "
    "player players brand brands".split()
)
# Words that open a clause of its own before a rank's holder: "..., while Blaenau Gwent was
# the most affordable (3.9)".
_CLAUSE_BREAKS = frozenset(", ; while whereas but and".split())
# Words that end the clause of a rank: "..., while Monmouthshire was the least affordable".
_CLAUSE_ENDS = frozenset("; while whereas but followed".split())
# Verbs between "were" and the place that leads: "The highest prices were recorded in Ireland".
_LEADER_PLACES_VERBS = frozenset("recorded seen registered found observed reported".split())
# Verbs after a leader's name: "Vivo led the market", "Germany remains the largest".
_LEADER_VERBS = frozenset(
    "led leads remained remains took takes held holds saw sees was is had has made makes "
    "came comes ranked ranks topped tops stayed stays drew draws sold sells sent sends won "
    "wins bought buys grew grows".split()
)
# Verbs of a leader whose object is what it leads in: "led network spending".
_LEADING = frozenset("led leads topped tops".split())
# Words of how often a change is measured: "the biggest monthly advance".
_CHANGE_FREQUENCIES = frozenset("weekly monthly quarterly annual yearly year-on-year".split())
# Totals a leader's percentage is of: "36% of the total".
_TOTAL_WORDS = frozenset("total all".split())
# Words between a leader's name and its verb: "Germany again topped", "Spain still led".
_ADVERBS = frozenset("again also still once comfortably clearly easily narrowly".split())
# Units of rates, shares and changes.
_RATE_UNITS = frozenset(("percent", "percentage_point", "basis_point", "fraction"))
# Words of an indicator that points back to a part named before: "the rate for that age group".
_POINTING_BACK = frozenset("that this these those".split())
# Words that open a clause, not a name: "when 2.97 million units were sold".
_CLAUSE_OPENERS = frozenset("when where whereas whose who whom what".split())
# Words that name the members of a count of places rather than a quantity: "9 of the 14
# markets covered", "the 21 Member States".
_PLACE_COUNTS = GROUP_WORDS | frozenset("member countries cities hubs ports".split())


# Verbs between a ranked change and the part it was largest in: "The biggest rise was in
# mining", "the steepest fall came from textiles", "the fastest growth was recorded in travel".
_CHANGE_IN_VERBS = frozenset("was were came".split())
_CHANGE_IN_PREPS = frozenset("in from among".split())
# Words between the part a change was largest in and its figure: "..., at 6.4%", "..., up 9.2%".
_BEFORE_CHANGE_FIGURE = frozenset("at up down with of by ( ,".split())
# Words that end the name of a follower written in small letters: "followed by chemicals (2.9%)
# and textiles", "followed by sporting goods with 9.3 pct".
_FOLLOWER_BREAKS = frozenset(", ; ( ) and by".split())
# Words of a follower's move before its figure: "followed by wood products, off 3.1 pct".
_MOVED = frozenset("( up down off".split())


class Rankings(Attacher):
    """Names the figures of a sentence that ranks places, firms or groups with "followed by"
    or "ahead of", or that has a place or a firm hold a rank alone ("Kerala remained the
    largest producer")."""

    def __init__(self, ctx: DocContext) -> None:
        super().__init__(ctx)
        # (unit, metric) of the figures of the sentences read so far, in document order
        self._named: list[tuple[str, str]] = []

    def remember(self, sent: Sentence, mentions: list[Mention]) -> None:
        """Keep the indicators a finished sentence named, by unit (not a headline's: a first
        line with no full stop names its figures in few words)."""
        if sent.start == 0 and self.tokens.text[sent.end - 1] != ".":
            return
        self._named.extend((m.unit, m.metric) for m in mentions if m.metric)

    def places_respectively(self, sent: Sentence, mentions: list[Mention]) -> None:
        """ "In England, the lowest rates were in the South West and the South East, at 3.5%
        and 3.9%, respectively": each figure is of the ranked noun in its place ("rates in
        the South West"); a ranked change ("the largest increases were in ...") is of the
        indicator the sentence before named."""
        lower, text = self.tokens.lower, self.tokens.text
        words = lower[sent.start : sent.end]
        if "respectively" not in words:
            return
        verb = next(
            (
                k
                for k in range(sent.start, sent.end - 1)
                if lower[k] in ("were", "was") and lower[k + 1] == "in"
            ),
            None,
        )
        if verb is None or any(m.span.start < verb for m in mentions):
            return
        top = next(
            (k for k in range(verb - 1, sent.start - 1, -1) if lower[k] in SUPERLATIVES), None
        )
        if top is None or any(text[k] in (",", ";") for k in range(top, verb)):
            return
        noun = self.tokens.span_text(top + 1, verb).strip()
        at = next((k for k in range(verb + 2, sent.end) if lower[k] == "at"), None)
        if not noun or at is None or text[at - 1] != ",":
            return
        places: list[str] = []
        start = verb + 2
        for k in range(verb + 2, at):
            if text[k] == "," or lower[k] == "and":
                if k > start:
                    places.append(self.tokens.span_text(start, k).strip())
                start = k + 1
        figures = [m for m in mentions if m.span.start > at]
        if len(places) != len(figures) or len(places) < 2 or not all(map(_is_name, places)):
            return
        if (CHANGES, verb - 1) in self.cue_at:
            noun = self._named_before(figures[0].unit) or noun  # "the largest increases"
        for m, place in zip(figures, places, strict=True):
            m.metric = m.base_metric = with_breakdown(noun, "in", place)
            m.rules.append(RANKING_FOLLOWER)

    def places_contrasted(self, sent: Sentence, mentions: list[Mention]) -> None:
        """ "Rents were highest in Leeds (1,210 pounds), and lowest in Derby (880 pounds)",
        "the highest rates were seen in Kent (4.8%) and Essex (4.3%), and the lowest in Surrey
        (0.1%)", "..., followed by York, and cheapest in Hull, at about 700 pounds": every
        place written right before its figure after the first "SUPERLATIVE in", and after a
        later superlative that leaves the noun out ("and lowest in"), is a place of the one
        ranked noun ("rents in Derby"). Only a figure still named by a superlative, by places
        alone or by the bare noun is named so, and not one of a "respectively" list."""
        lower = self.tokens.lower
        first = next(
            (
                k
                for k in range(sent.start + 2, sent.end - 1)
                if lower[k] == "in" and self._after_superlative(k)
            ),
            None,
        )
        if first is None:
            return
        figures = [m for m in mentions if m.span.start > first]
        if not figures:
            return
        noun = self._noun_ranked_in(sent, first, figures[0].unit, as_written=True)
        if noun is None:
            return
        capitalized = {
            w.lower()
            for w in self.tokens.text[sent.start : sent.end]
            if w[:1].isupper() and w.isalpha()
        }
        words_of_rank = set(SUPERLATIVES)  # and "expensive" of "most expensive"
        for k in range(sent.start, sent.end - 1):
            if lower[k] in ("most", "least"):
                words_of_rank.add(lower[k + 1])
        for m in figures:
            if not _same_kind(m, figures[0]) or any(
                r.startswith("marker.respectively") for r in m.rules
            ):
                continue  # "in Leeds and York, at 5.5% and 5.3% respectively": paired in order
            place = self._place_before(m, first)
            if place is None:
                continue
            words = set((m.metric or "").lower().split())
            if (
                m.metric
                and m.metric.lower() != noun.lower()  # "Claim rates" for "lowest in Derby"
                and words_of_rank.isdisjoint(words)
                and not words <= capitalized | {"in", "the"}
            ):
                continue  # named already ("rents in York"), or of another indicator
            m.metric = m.base_metric = with_breakdown(noun, "in", _bare(place))
            m.rules.append(RANKING_FOLLOWER)

    def _after_superlative(self, k: int) -> bool:
        """Whether the "in" at `k` follows a superlative ("highest in", "lowest recorded
        in", "most expensive in") or a copula ("the highest prices were in")."""
        lower = self.tokens.lower
        before = k - 1 - (lower[k - 1] in _LEADER_PLACES_VERBS)
        if lower[before - 1] in ("most", "least") and self.tokens.is_alpha[before]:
            return True
        return lower[before] in SUPERLATIVES or lower[before] in COPULAS

    def _place_before(self, m: Mention, first: int) -> str | None:
        """The place written right before a figure after the "in" at `first` that opens a
        ranking of places: "in Derby (880 pounds)", "and Essex (4.3%)", "in Greece, at about
        9%", "followed by York at 1,150"; None for a figure that a verb or another word
        leads to ("rose 3% in Bergen", "exports to Sweden (12%)")."""
        lower, text = self.tokens.lower, self.tokens.text
        t = m.span.start - 1
        while t > first and ((QUALIFIERS, t) in self.cue_at or lower[t] in _BEFORE_FIGURE):
            t -= 1
        end = t + 1
        while t > first and self._name_word(t):
            t -= 1
        if t == end - 1 or t < first:
            return None
        start = t + 1
        if lower[t] == "the":
            t -= 1
        if lower[start] in _NAME_GLUE:
            return None
        if lower[t] == "in" and self._after_superlative(t):
            return self._as_written(start, end)
        if text[t] in (",", "and", "by") and self._in_place_list(t, first):
            return self._as_written(start, end)
        return None

    def _in_place_list(self, t: int, first: int) -> bool:
        """Whether the words from the "in" at `first` to `t` are only places, their figures
        in brackets, commas, "and" and "followed by": a list of the ranked places."""
        lower, text = self.tokens.lower, self.tokens.text
        depth = 0
        for k in range(first + 1, t):
            if text[k] == "(":
                depth += 1
            elif text[k] == ")":
                depth -= 1
            elif depth or (QUANT_TOKENS, k) in self.cue_at or (QUALIFIERS, k) in self.cue_at:
                continue
            elif lower[k] in (",", "and", "followed", "by", "the", "at") or self._name_word(k):
                continue
            elif lower[k] in SUPERLATIVES or lower[k] in _LEADER_PLACES_VERBS:
                continue
            elif lower[k] == "in" and self._after_superlative(k):
                continue
            else:
                return False
        return True

    def followers(
        self,
        sent: Sentence,
        mentions: list[Mention],
        lead: Mention | None,
        is_place: Callable[[str], bool] = lambda name: False,
    ) -> None:
        """Name the leader's and the followers' figures of a sentence that ranks with
        "followed by" or "ahead of". A ranking of places that names no indicator of its own
        ranks by the indicator of the document's first figure in the same unit ("heat pump
        sales"); any other, and one by a rate or a share (which the figures before may be of
        any indicator in), by `lead`, the document's first figure's indicator, when it is
        measured in the same unit."""
        by = self._ranked_below(sent)
        if by is None:
            return
        leaders = [m for m in mentions if m.span.end <= by]
        followers = [m for m in mentions if m.span.start > by + 1]
        if not followers:
            return
        if not leaders:
            self._after_a_leader_alone(sent, by, followers, is_place)
            return
        leader = self._leader(sent, leaders[0])
        if leader is None:
            self._led_in_a_place(sent, by, leaders, followers)
            return
        name, possessive = leader
        # the leader's figure of the followers' kind (not "the top 25 markets")
        first = next((m for m in leaders if _same_kind(m, followers[0])), leaders[0])
        by_places = is_place(name) and first.unit not in _RATE_UNITS
        named = self._named_before(first.unit) if by_places else None
        carried = named
        if not by_places and lead is not None and lead.metric and lead.unit == first.unit:
            carried = None if is_breakdown_name(lead.metric) else lead.metric
        template = self._template(sent, first, name, possessive, carried, named)
        if template is None:
            return
        indicator, by_name = template
        names = self._follower_names(sent, by, followers)
        for m in leaders:
            if m.metric not in (None, first.metric, name, _bare(name)):
                continue  # "Norway and the United States ..., 14.8% and 14.1%, respectively"
            if _same_kind(m, first):
                m.metric = by_name(name)
            elif m.unit in ("percent", "fraction") and self._share_of(m, sent) is not None:
                m.metric = f"{_bare(name)} share of {indicator}"  # "or some 36% of the total"
            else:
                continue
            m.rules.append(RANKING_FOLLOWER)
        for m, follower in zip(followers, names, strict=True):
            if follower is None:
                continue
            if _same_kind(m, first) or m.unit in ("percent", "fraction"):
                # "(27 TWh, +5%)": the follower's own change of the same indicator
                m.metric = by_name(follower)
                m.rules.append(RANKING_FOLLOWER)

    def leaders_alone(
        self, sent: Sentence, mentions: list[Mention], is_place: Callable[[str], bool]
    ) -> None:
        """A place or a firm that holds a rank with no followers: "Kerala remained the largest
        producer at 6.3 lakh tonnes, or about 72 per cent of the total", "..., while Blaenau
        Gwent was the most affordable (3.9)", "Germany was the biggest market, with 139,500
        units". Its figure is of what the holder of the rank does ("producer": production),
        else of the indicator named before in that unit, in the holder's place; a percentage
        of the total is the holder's share of it."""
        lower = self.tokens.lower
        if self._ranked_below(sent) is not None or "respectively" in lower[sent.start : sent.end]:
            return  # "Germany, France and Italy remained the largest markets, ... respectively"
        for top in range(sent.start + 3, sent.end - 1):
            if lower[top] not in _RANK_WORDS or lower[top - 1] != "the":
                continue
            holder = self._holder(sent, top - 1)
            if holder is None:
                continue
            end = next(
                (
                    k
                    for k in range(top + 1, sent.end)
                    if lower[k] in _CLAUSE_ENDS
                    or (lower[k] in _RANK_WORDS and lower[k - 1] == "the")
                ),
                sent.end,
            )  # "the West Midlands had the highest TFR, at 1.56, and London the lowest"
            figures = [
                m
                for m in mentions
                if top < m.span.start < end and LISTED_WITH_AT not in m.rules
            ]  # (not "..., with A and B at 1.5 and 1.2": the items name their figures)
            before = [m for m in mentions if m.span.end <= top]
            if figures:
                self._name_held(sent, top, holder, figures, before, is_place)

    def holders_respectively(
        self, sent: Sentence, mentions: list[Mention], is_place: Callable[[str], bool]
    ) -> None:
        """ "Kent and Essex had the highest jobless rates, at 6.1% and 5.9%, respectively",
        "Italy, Poland and France were the largest consumers, with 3.1, 2.7 and 2.3 million
        tonnes respectively": a list of places or firms that hold a rank together, paired in
        order with a run of figures; each figure still named by its holder alone is named as
        one holder's would be (`_name_held`: "jobless rates in Kent", "consumption in
        Poland")."""
        lower = self.tokens.lower
        if "respectively" not in lower[sent.start : sent.end]:
            return
        for top in range(sent.start + 3, sent.end - 1):
            if lower[top] not in _RANK_WORDS or lower[top - 1] != "the":
                continue
            verb = top - 2
            while verb > sent.start and lower[verb] in _ADVERBS:
                verb -= 1
            if lower[verb] not in _HOLDING and lower[verb] not in ("were", "are"):
                continue
            start = verb
            while start > sent.start and (
                self._name_word(start - 1) or lower[start - 1] in (",", "and", "the")
            ):
                start -= 1
            while start < verb and lower[start] in (",", "and"):
                start += 1  # "In the quarter, Norway and ...": past the time's comma
            if start > sent.start and lower[start - 1] not in (",", "while", "and"):
                return
            names = split_list(self.tokens.span_text(start, verb).strip())
            if len(names) < 2 or not all(_is_name(n) for n in names):
                return
            end = next(
                (k for k in range(top, sent.end) if lower[k] == "respectively"), sent.end
            )
            figures = [m for m in mentions if top < m.span.start < end]
            figures = [m for m in figures if _same_kind(m, figures[-1])] if figures else []
            if len(figures) != len(names):
                return
            indicator = self._noun_held(top, figures[0])
            if indicator is None:
                return
            for m, name in zip(figures, names, strict=True):
                bare = _bare(name)
                if m.metric and m.metric.lower() not in (bare.lower(), name.lower()):
                    continue
                m.metric = with_breakdown(indicator, "in", bare)
                m.rules.append(RANKING_FOLLOWER)
            return

    def _noun_held(self, top: int, first: Mention) -> str | None:
        """What a rank's noun names, right after the superlative at `top` and before the
        figures: an indicator of its own ("the highest jobless rates"), or, for a generic one
        ("the highest rates"), the latest indicator named in the figures' unit whose words
        hold it ("the jobless rate"); None for a holder's kind ("the largest markets")."""
        start, end = self._words(top + 1, first.span.start)
        if end <= start or any((CHANGES, k) in self.cue_at for k in range(start, end)):
            return None
        noun = self.tokens.span_text(start, end).strip()
        if self.tokens.lower[end - 1] in _HOLDER_NOUNS:
            return None
        if not is_generic(noun):
            return noun
        if first.unit not in _RATE_UNITS:
            return None
        return self._named_by_head(noun, first.unit)

    def changes_led(self, sent: Sentence, mentions: list[Mention]) -> None:
        """ "The largest increase was in garden centres, at 6.4%, followed by clothing stores
        (3.2%) and pharmacies with 2.8%": a ranked change is of the part it was largest in
        and each follower's figure of the follower. A group written in small letters names
        its figure alone ("garden centres"); a place's or a firm's is of one indicator in it:
        the one the superlative's own noun names ("the fastest profit growth was in Leeds":
        profit growth in Leeds), else the one the document first named in the unit ("house
        prices in Leeds"). A part that is itself an indicator names the figure alone ("the
        biggest rise was in food prices"); not for a time ("was in 2021") or a figure already
        of an indicator in its part ("sales in Belgium")."""
        lower = self.tokens.lower
        found = self._change_part(sent)
        if found is None:
            return
        noun, part, end = found
        leader = next((m for m in mentions if m.span.start >= end), None)
        if leader is None or any(
            lower[k] not in _BEFORE_CHANGE_FIGURE and (QUALIFIERS, k) not in self.cue_at
            for k in range(end, leader.span.start)
        ):
            return
        if RANKING_FOLLOWER in leader.rules:
            return
        if not noun:
            noun = self._named_before(leader.unit) or ""
            if noun and noun.split()[0].lower() in self.ctx.small_words():
                noun = noun[0].lower() + noun[1:]

        def named(item: str) -> str:
            if not noun or item.split()[-1].lower() in SHARED_HEADS:
                return item
            if not _is_name(item):
                return item  # "the largest increases were in education (8.1%)": a group
            return with_breakdown(noun, "in", item)

        def told(m: Mention, item: str) -> bool:
            """Whether a figure is already of an indicator in the part ("sales in Belgium")."""
            metric, bare = (m.metric or "").lower(), _bare(item).lower()
            return any(f" {prep} {bare}" in f" {metric}" for prep in ("in", "of", "for", "from"))

        if not told(leader, part):
            leader.metric = leader.base_metric = named(part)
            leader.rules.append(RANKING_FOLLOWER)
        by = self._ranked_below(sent)
        if by is None or by < leader.span.end or lower[by] != "followed":
            return
        later = [m for m in mentions if m.span.start > by and _same_kind(m, leader)]
        listed = self._respective_run(sent, later)
        for i, m in enumerate(later):
            if RANKING_FOLLOWER in m.rules or any(
                lower[k] in _CLAUSE_ENDS for k in range(by + 1, m.span.start)
            ):
                break  # "..., while legal activities rose by 4.0%": a clause of its own
            follower = self._small_name_before(m, sent, by, mentions)
            if follower is None:
                break
            if listed > 1 and i == 0:
                # "followed by Nantes and Lille at 4.8% and 4.1% respectively": the names
                # listed before the run of figures, in order
                names = split_list(follower)
                if len(names) != listed:
                    break
                for f, name in zip(later[:listed], names, strict=True):
                    f.metric = f.base_metric = named(name)
                    f.rules.append(RANKING_FOLLOWER)
                break
            if told(m, follower):
                continue
            m.metric = m.base_metric = named(follower)
            m.rules.append(RANKING_FOLLOWER)

    def _respective_run(self, sent: Sentence, figures: list[Mention]) -> int:
        """How many figures open a list joined by "," and "and" that "respectively" ends
        ("4.8% and 4.1% respectively", "28,500 and 19,200 units, respectively"); 0 if none."""
        lower = self.tokens.lower
        n = 1 if figures else 0
        while n < len(figures) and all(
            lower[k] in (",", "and") for k in range(figures[n - 1].span.end, figures[n].span.start)
        ):
            n += 1
        if n < 2:
            return 0
        k = figures[n - 1].span.end
        while k < sent.end and (lower[k] == "," or (QUANT_TOKENS, k) in self.cue_at):
            k += 1
        return n if k < sent.end and lower[k] == "respectively" else 0

    def _change_part(self, sent: Sentence) -> tuple[str, str, int] | None:
        """(the superlative's own noun before its change, or "", the part the change was
        largest in, the token after the part) for "the biggest monthly rise was in X,",
        "the fastest profit growth was recorded in X (", "the steepest fall came from X,"."""
        lower, text = self.tokens.lower, self.tokens.text
        for top in range(sent.start + 1, sent.end - 4):
            if lower[top] not in SUPERLATIVES or lower[top - 1] != "the":
                continue
            k = top + 1
            own: list[str] = []
            while k < sent.end and k - top <= 3 and (CHANGES, k) not in self.cue_at:
                if not (self.tokens.is_alpha[k] and text[k].islower()):
                    break
                if lower[k] not in _CHANGE_FREQUENCIES:
                    own.append(text[k])
                k += 1
            if k >= sent.end or (CHANGES, k) not in self.cue_at or len(own) > 2:
                continue
            change = k
            k += 1
            if k + 1 < sent.end and lower[k] == "in" and (PERIODS_TOKENS, k + 1) in self.cue_at:
                k += 1  # "the biggest annual increase in March was in Toronto"
                while k < sent.end and (PERIODS_TOKENS, k) in self.cue_at:
                    k += 1
            if k >= sent.end or lower[k] not in _CHANGE_IN_VERBS:
                continue
            k += 1
            if k < sent.end and lower[k] in _LEADER_PLACES_VERBS:
                k += 1  # "was recorded in"
            if k >= sent.end or lower[k] not in _CHANGE_IN_PREPS:
                continue
            start = k + 1
            end = start
            while end < sent.end and end - start < 8 and text[end] not in (",", "(", ";"):
                if (QUANT_TOKENS, end) in self.cue_at or (PERIODS_TOKENS, end) in self.cue_at:
                    break
                end += 1
            if end == start or end >= sent.end or text[end] not in (",", "("):
                continue
            part = self._as_written(start, end)
            if not any(self.tokens.is_alpha[t] for t in range(start, end)) or is_generic(part):
                continue
            noun = f"{' '.join(own)} {text[change]}" if own else ""
            return noun, part, end
        return None

    def _small_name_before(
        self, m: Mention, sent: Sentence, by: int, mentions: list[Mention]
    ) -> str | None:
        """The name before a follower's figure, in small letters or not: "followed by
        chemicals (2.9%)", "followed by sporting goods with 9.3 pct and furniture with 6.0
        pct" ("sporting goods", "furniture"); None where words other than a name stand
        between ("followed by electronic products, which include chips, at 30.2%")."""
        lower = self.tokens.lower
        t = m.span.start - 1
        while t > by and (
            (QUALIFIERS, t) in self.cue_at or lower[t] in _BEFORE_FIGURE or lower[t] in _MOVED
        ):
            t -= 1
        end = t + 1
        figures = {k for f in mentions for k in range(f.span.start, f.span.end)}
        while t > by + 1 and (lower[t] not in _FOLLOWER_BREAKS or self._inner_and(t, figures)):
            if not self.tokens.is_alpha[t] and lower[t] not in _NAME_GLUE:
                return None
            t -= 1
        start = t + 1
        if start >= end or end - start > 6 or lower[start] in _CLAUSE_OPENERS:
            return None
        if t > by + 1 and lower[t] not in (",", "and", ")"):
            return None
        if any(lower[k] in _CLAUSE_OPENERS or (QUANT_TOKENS, k) in self.cue_at
               for k in range(start, end)):  # fmt: skip
            return None
        return self._as_written(start, end)

    def _inner_and(self, t: int, figures: set[int]) -> bool:
        """Whether an "and" joins the words of one name ("mining and quarrying"), not two
        followers ("chemicals (2.9%) and textiles", "furniture with 6.0 pct and food")."""
        before = t - 1
        return (
            self.tokens.lower[t] == "and"
            and self.tokens.text[before] != ")"
            and before not in figures
        )

    def _holder(self, sent: Sentence, the: int) -> str | None:
        """The name before "[was|remained] [again] the" at token `the` that opens its
        clause: "Kerala remained", "..., while Blaenau Gwent was again"; None for no name
        ("It was", "Exports were")."""
        lower, text = self.tokens.lower, self.tokens.text
        t = the - 1
        while t > sent.start and lower[t] in _ADVERBS:
            t -= 1
        if lower[t] not in _HOLDING:
            return None
        t -= 1
        while t > sent.start and lower[t] in _ADVERBS:
            t -= 1
        end = t + 1
        while t >= sent.start and end - t <= 6 and self._name_word(t):
            t -= 1
        start = t + 1
        if start == end or lower[start] in _NAME_GLUE:
            return None
        if t >= sent.start and lower[t] == "the":
            t -= 1
        if t >= sent.start and lower[t] not in _CLAUSE_BREAKS and text[t] not in _CLAUSE_BREAKS:
            return None  # "In 2024 Kerala was ...": no clause of its own
        if end - start == 1 and (
            lower[start] in self.ctx.small_words() or lower[start] in _NOT_NAMES
        ):
            return None  # "Exports", "It": no name
        if any(
            (QUANT_TOKENS, k) in self.cue_at or (PERIODS_TOKENS, k) in self.cue_at
            for k in range(start, end)
        ):
            return None
        return self.tokens.span_text(start, end).strip()

    def _name_held(
        self,
        sent: Sentence,
        top: int,
        holder: str,
        figures: list[Mention],
        before: list[Mention],
        is_place: Callable[[str], bool],
    ) -> None:
        """Name the figures of a rank's holder, in the holder's place: of the activity of the
        rank's role; else of the rank's own noun ("the highest TFR", "the lowest spending");
        else of the indicator another place's figure of the sentence is of ("Households in
        England averaged 2.37 people; Northern Ireland had the largest households, at 2.48");
        else of the one named before in the unit of its first figure (a rate or a share only
        when the rank's noun is that indicator's: "the highest rate"). Only figures named by
        the rank's words or the holder's name are renamed."""
        lower = self.tokens.lower
        first = figures[0]
        start, end = self._words(top + 1, first.span.start)
        if first.span.start - end > 6:
            return  # "the largest producer of rubber in the world since 1990, ... 6.3"
        if any((CHANGES, k) in self.cue_at for k in range(top, end)):
            return  # "Asturias posted the steepest drop (-5.3%)": a change of what rose
        role = lower[end - 1] if end > start else ""
        known = set(lower[top:end]) | set(holder.lower().split()) | STOPWORDS
        bare = _bare(holder)

        def ranked(m: Mention) -> bool:
            """Whether the figure is named by the rank's words and the holder's name only
            ("largest producer", "affordable in Blaenau Gwent"; not "United States share of
            EU LNG imports", "unemployment rate in Alberta")."""
            return not m.metric or set(m.metric.lower().split()) <= known

        activity = _ACTIVITIES.get(role)
        # the latest of a place's rank ("Louisiana had the highest average premium at $6,340
        # ... Vermont was the cheapest state, at $1,015"), the first of an activity's
        latest = activity is None
        named = self._named_before(first.unit, latest)
        if named is None and first.unit in ("count", "times"):  # "a ratio of 5.8", "(3.9)"
            named = self._named_before("times" if first.unit == "count" else "count", latest)
        indicator: str | None = None
        if activity is not None:
            kin = _SAME_ACTIVITY.get(activity, (activity,))
            if named and any(w in kin for w in named.lower().split()):
                indicator = named
            else:
                mods = self.tokens.span_text(start, end - 1).strip()
                indicator = f"{mods} {activity}".strip()
        elif own := self._own_noun(top, start, end):
            indicator = own
        elif same := next(
            (
                found[0]
                for m in before
                if _same_kind(m, first) and m.metric
                for found in [split_breakdown(m.metric)]
                if found and found[1] == "in" and not is_generic(found[0])
            ),
            None,
        ):
            indicator = same
        elif named and (
            first.unit not in _RATE_UNITS
            or not role  # "while Quebec had the lowest (5.4%)"
            or role.rstrip("s") in named.lower().split()
        ):
            indicator = named
        if indicator is None or not (is_place(bare) or _is_name(holder)):
            return
        last = indicator.split()[-1].lower()
        for m in figures:
            if not ranked(m) or _head(m.metric or "").lower().endswith(f" {last}"):
                continue  # "Alberta had the highest unemployment rate, at 7.8%": its own name
            of = self._share_of(m, sent)
            if of is not None and m is not first:
                whole = indicator if of in _TOTAL_WORDS else of
                m.metric = f"{bare} share of {whole}"  # "or about 72 per cent of the total"
            elif _same_kind(m, first) or m.unit in ("percent", "fraction"):
                m.metric = with_breakdown(indicator, "in", bare)  # "(27 TWh, +5%)"
            else:
                continue
            m.rules.append(RANKING_FOLLOWER)

    def _own_noun(self, top: int, start: int, end: int) -> str | None:
        """The noun a superlative ranks by, when it names an indicator: "the highest TFR", "the
        lowest spending"; not the adjective after "most" or "least" ("the most affordable"),
        the holder's kind with its words ("the cheapest state", "the largest single market")
        or a generic noun."""
        lower = self.tokens.lower
        if lower[top] in ("most", "least"):
            start += 1
        if end > start and lower[end - 1] in _HOLDER_NOUNS:
            return None  # "the largest single market": what holds the rank
        noun = self.tokens.span_text(start, end).strip() if end > start else ""
        return None if is_generic(noun) else noun

    def _led_in_a_place(
        self, sent: Sentence, by: int, leaders: list[Mention], followers: list[Mention]
    ) -> None:
        """ "The share was highest in Sweden (81%), followed by Denmark (73%)", "The highest
        prices were recorded in Ireland (214 EUR/MWh), followed by Cyprus (201 EUR/MWh)":
        the leader is the place after "in"; every figure is of the sentence's subject (of the
        superlative's noun), or, for a generic one ("the share"), of the indicator named before
        in that unit, in each place."""
        lower = self.tokens.lower
        first = leaders[0]
        at = first.span.start - 1
        while at > sent.start and lower[at] in _BEFORE_FIGURE:
            at -= 1
        end = at + 1
        while at > sent.start and self._name_word(at):
            at -= 1
        start = at + 1
        if lower[at] == "the":
            at -= 1
        if start == end or lower[at] != "in" or at < sent.start + 2:
            return
        name = self._as_written(start, end)
        found = self._noun_ranked_in(sent, at, first.unit)
        if found is None:
            return
        noun = found
        names = self._follower_names(sent, by, followers)
        sup = SUPERLATIVES

        def unnamed(m: Mention, place: str) -> bool:
            """Whether a figure is named by the subject, its place or a superlative only."""
            words = set((m.metric or "").lower().split())
            if not m.metric or m.metric.lower() == noun.lower():
                return True
            return _bare(place).lower() in m.metric.lower() and (
                m.metric.lower() == _bare(place).lower() or not sup.isdisjoint(words)
            )

        for m in leaders:
            if m.span.start > at and _same_kind(m, first) and unnamed(m, name):
                m.metric = with_breakdown(noun, "in", _bare(name))
                m.rules.append(RANKING_FOLLOWER)
        for m, follower in zip(followers, names, strict=True):
            if follower is not None and unnamed(m, follower) and (
                _same_kind(m, first) or m.unit == "percent"
            ):
                m.metric = with_breakdown(noun, "in", _bare(follower))
                m.rules.append(RANKING_FOLLOWER)

    def _noun_ranked_in(
        self, sent: Sentence, at: int, unit: str, as_written: bool = False
    ) -> str | None:
        """What the places after the "in" at `at` are ranked by: the subject of "The share was
        highest in" (of "Among the states, full-time adult earnings were highest in"), the
        superlative's noun of "The highest prices were recorded in"; a generic one ("the
        share") is the indicator named before in `unit` (`as_written`: else the noun itself,
        "annual rates"). None when "in" follows no such superlative, or the noun is a change
        ("the largest declines were in")."""
        lower = self.tokens.lower
        k = at - 1
        if lower[k] in _LEADER_PLACES_VERBS:
            k -= 1  # "were recorded in Ireland"
        if lower[k - 1] in ("most", "least") and lower[k - 2] in COPULAS:
            k -= 1  # "Rents were most expensive in"
        if lower[k] in SUPERLATIVES and lower[k - 1] in COPULAS:  # "The share was highest in"
            noun_end, noun_start = k - 1, sent.start
            comma = next((t for t in range(k - 1, sent.start, -1) if lower[t] == ","), None)
            if comma is not None:
                noun_start = comma + 1  # "Among the states, full-time adult earnings were"
        elif lower[k] in COPULAS:  # "The highest prices were recorded in"
            top = next(
                (t for t in range(k - 1, sent.start - 1, -1) if lower[t] in SUPERLATIVES), None
            )
            if top is None or k - top > 5 or lower[top - 1] != "the":
                return None
            noun_start, noun_end = top + 1, k
        else:
            return None
        while noun_start < noun_end and lower[noun_start] == "the":
            noun_start += 1
        noun = self.tokens.span_text(noun_start, noun_end).strip()
        if not noun or noun_end - noun_start > 6 or any(
            (QUANT_TOKENS, t) in self.cue_at or (PERIODS_TOKENS, t) in self.cue_at
            for t in range(noun_start, noun_end)
        ):
            return None
        if any((CHANGES, t) in self.cue_at for t in range(noun_start, noun_end)):
            return None  # "the largest declines were in Germany": a change of what fell
        written = noun
        if is_generic(noun):
            if unit in _RATE_UNITS:
                # "The share was highest in Sweden (81%)": the share named before
                noun = self._named_by_head(noun, unit) or ""
            else:
                noun = self._named_before(unit, latest=True) or ""
            if not noun and as_written and noun_end - noun_start > 1:
                noun = written  # "the highest annual rates were recorded in"
            if not noun:
                return None
        if noun[0].isupper() and noun.split()[0].lower() in self.ctx.small_words():
            noun = noun[0].lower() + noun[1:]
        return noun

    def _named_by_head(self, noun: str, unit: str) -> str | None:
        """The latest indicator named in a unit whose words hold a generic noun's last word:
        "the renewable share of heat supply" for "The share was highest in Sweden (81%)",
        "the jobless rate" for "The rate was lowest in Bavaria"."""
        word = noun.split()[-1].lower().rstrip("s")
        small = self.ctx.small_words()
        for other, metric in reversed(self._named):
            head = _head(metric)
            words = head.split()
            if other != unit or "(" in head or len(words) > 12 or len(words) < 2:
                continue
            if word not in (w.lower().rstrip("s") for w in words) or is_generic(head):
                continue
            if not _POINTING_BACK.isdisjoint(w.lower() for w in words):
                continue  # "the rate for that age group": no name of its own
            if words[0] != words[0].lower() and words[0].lower() in small:
                head = head[0].lower() + head[1:]
            return head
        return None

    def _ranked_below(self, sent: Sentence) -> int | None:
        """The token of "followed" in "followed by", or of "ahead" in "ahead of" before a
        name ("ahead of France (128,000)", not "ahead of the holidays"): the names after it
        rank below the one before."""
        by = self.ctx.followed_by(sent)
        if by is not None:
            return by
        lower, text = self.tokens.lower, self.tokens.text
        for t in range(sent.start + 2, sent.end - 3):
            if lower[t] == "ahead" and lower[t + 1] == "of":
                name = t + 2 + (lower[t + 2] == "the")
                if text[name][:1].isupper() and self.tokens.is_alpha[name]:
                    return t
        return None

    def _after_a_leader_alone(
        self, sent: Sentence, by: int, followers: list[Mention], is_place: Callable[[str], bool]
    ) -> None:
        """ "Among EU producers, Germany was followed by Italy with 1,760 thousand tonnes":
        a place ranked first with no figure of its own; its followers' figures are of the
        indicator named first in the document in their unit, in each follower's place."""
        leader = self._leader(sent, followers[0])
        if leader is None or leader[1] or not is_place(leader[0]):
            return
        carried = self._named_before(followers[0].unit)
        if carried is None:
            return
        names = self._follower_names(sent, by, followers)
        for m, follower in zip(followers, names, strict=True):
            if follower is None or not _same_kind(m, followers[0]):
                continue
            m.metric = with_breakdown(carried, "in", _bare(follower))
            m.rules.append(RANKING_FOLLOWER)

    def _named_before(self, unit: str, latest: bool = False) -> str | None:
        """The indicator of the document's first figure in a unit, without the place it was
        broken down by: what a ranking of places in that unit ranks them by (the figures
        after the first may be parts or stocks of it: "capacity additions", "cumulative
        capacity"). Not a name, a share, a clause's word, or, for a count, the number of
        the places themselves ("9 of the 14 markets covered"). `latest`: the last such
        figure's instead of the first."""
        small = self.ctx.small_words()
        for other, metric in reversed(self._named) if latest else self._named:
            if other != unit:
                continue
            head = _head(metric)
            words = head.split()
            if is_breakdown_name(head) and all(w.lower() in small for w in words):
                head = head.lower()  # "Steel Production", a title's words
            elif is_breakdown_name(head):
                continue  # a name
            if (
                is_generic(head)
                or len(words) > 8
                or " share" in f" {head} "
                or "(" in head
                or words[-1].lower() in STOPWORDS | _CLAUSE_OPENERS
                or (len(words) == 1 and words[0].lower() in GENERIC_COUNT_NOUNS | COUNTING_UNITS)
                or (unit == "count" and any(w.lower() in _PLACE_COUNTS for w in words))
            ):
                continue
            if words[0] != words[0].lower() and words[0].lower() in small:
                head = head[0].lower() + head[1:]  # "Installed capacity" opened its sentence
            return head
        return None

    def _leader(self, sent: Sentence, first: Mention) -> tuple[str, bool] | None:
        """The name that opens the ranking clause (past a time and its comma), and whether it
        is written in the possessive ("Jio's share of the market"); None when the clause
        opens with no name ("Exports rose")."""
        lower, text = self.tokens.lower, self.tokens.text
        t = sent.start
        credit = lower[sent.start] == "according"  # "According to WindEurope, Germany led"
        reach = first.span.start if credit else min(first.span.start, sent.start + 9)
        comma = next((k for k in range(sent.start, reach) if text[k] == ","), None)
        if comma is not None and (
            credit
            or (PERIODS_TOKENS, sent.start) in self.cue_at
            or lower[sent.start] in SET_OFF_OPENERS
            or (comma == sent.start + 1 and lower[sent.start].endswith("ly"))  # "Regionally,"
        ):
            t = comma + 1  # "In the quarter, Norway ...", "By state, Maharashtra ..."
        start = t
        if t < sent.end and lower[t] == "the":
            t += 1
        end = t
        while end < first.span.start and end - start < 7 and self._name_word(end):
            end += 1
        while end > t and lower[end - 1] in _NAME_GLUE:
            end -= 1
        if end == t:
            return None
        if end - t == 1 and (lower[t] in self.ctx.small_words() or lower[t] in _NOT_NAMES):
            return None  # "Exports", "Sales": a word the document also writes in small letters
        if any((QUANT_TOKENS, k) in self.cue_at or (PERIODS_TOKENS, k) in self.cue_at
               for k in range(t, end)):  # fmt: skip
            return None
        possessive = end < sent.end and text[end] in ("'s", "’s")
        verb = end
        while verb < first.span.start and lower[verb] in _ADVERBS:
            verb += 1  # "Germany again topped the ranking"
        after = lower[verb] if verb < sent.end else ""
        if not (
            possessive
            or after in ("(", ",")
            or after in PREDICATE_WORDS
            or after in _LEADER_VERBS
            or after.endswith("ed")
        ):
            return None  # "Biogas output was highest in Germany": the name only modifies
        return self._as_written(start, end), possessive

    def _name_word(self, k: int) -> bool:
        text, lower = self.tokens.text, self.tokens.lower
        if (QUANT_TOKENS, k) in self.cue_at:
            return False  # a unit: "8.7 GW and Italy"
        if lower[k] in _NAME_GLUE:  # only between capitalized words
            return (
                0 < k < self.tokens.n - 1
                and text[k - 1][:1].isupper()
                and (QUANT_TOKENS, k - 1) not in self.cue_at
                and text[k + 1][:1].isupper()
            )
        return text[k][:1].isupper() and (self.tokens.is_alpha[k] or "." in text[k])

    def _template(
        self,
        sent: Sentence,
        first: Mention,
        name: str,
        possessive: bool,
        carried: str | None,
        named: str | None = None,
    ) -> tuple[str, Callable[[str], str]] | None:
        """(the indicator, a function giving the metric of a ranked name) from the leader's
        figure: its own metric with the leader's name replaced; else what the leader's count
        counts, what the superlative ranks ("the most e-way bills"), what its metric names
        besides the leader, or the indicator named before, broken down by the name. `named`,
        the indicator a ranking of places ranks by, also stands in for a superlative's
        generic noun ("the highest level")."""
        metric = first.metric or ""
        bare = _bare(name)
        if (
            first.unit in _RATE_UNITS
            and self._ranks_a_change(sent, first)
            and self._with_noun(sent, first) is None  # not "with RevPAR down 21.7%"
        ):  # "the Northeast posted the biggest monthly advance, 4.8%": a change of the
            # indicator named before in the unit
            before = self._named_before(first.unit)
            if before:
                return before, lambda other: with_breakdown(before, "in", other)
        at = metric.lower().find(bare.lower())
        rest = f"{metric[:at]} {metric[at + len(bare) :]}" if at >= 0 else ""
        if at >= 0 and any(
            len(w) > 2 and w.isalpha() and w.lower() not in _ADVERBS | STOPWORDS
            for w in rest.split()
        ):  # not "Germany again", "Italy with": the name and a word of the clause
            head, tail = metric[:at], metric[at + len(bare) :]
            if head.lower().endswith("the "):
                head = head[:-4]

            def swapped(other: str) -> str:
                other = other if head else _bare(other)
                return f"{head}{other}{tail}".strip()

            return metric, swapped
        if possessive:
            return None
        indicator = (
            self._counted(sent, first)
            or self._with_noun(sent, first)
            or self._ranked_noun(sent, first)
            or self._led_noun(sent, first)
        )
        if named and indicator is not None and is_generic(indicator):
            indicator = named  # "had the highest level": of the indicator named before
        if (
            indicator is None
            and metric
            and bare.lower() not in metric.lower()
            and not is_breakdown_name(metric)  # (not another name given the figure)
        ):
            indicator = metric  # "New York led, with prices up 5.9%": home prices
        of = self._share_of(first, sent)
        end = first.span.end
        if of is None and end < sent.end and self.tokens.lower[end] == "share":
            of = "total"  # "with a 19 per cent share": the leader's share
        if of is not None and of not in _TOTAL_WORDS:
            indicator = of  # "took 42 pct of February domestic exports"
        indicator = indicator or carried
        if of is not None and not indicator:
            return "", lambda other: f"{_bare(other)} share"
        if not indicator:
            return None
        if of is not None:
            whole = _head(indicator)
            return whole, lambda other: f"{_bare(other)} share of {whole}"
        head = _head(indicator)
        first_word = head.split()[0]
        if first_word != first_word.lower() and first_word.lower() in self.ctx.small_words():
            head = head[0].lower() + head[1:]  # "Installed capacity" opened its sentence

        def broken_down(other: str) -> str:
            return with_breakdown(head, "in", other)

        return head, broken_down

    def _words(self, k: int, limit: int, most: int = 5) -> tuple[int, int]:
        """The run of words in small letters from token k (at most `most`, before `limit`)
        that a noun phrase can be made of: no stop word, preposition or time."""
        lower, end = self.tokens.lower, k
        while (
            end < limit
            and end - k < most
            and (self.tokens.is_alpha[end] or self.tokens.text[end] == "-")
            and lower[end] not in _NOT_IN_PHRASE
            and (PERIODS_TOKENS, end) not in self.cue_at
        ):
            end += 1
        return k, end

    def _counted(self, sent: Sentence, m: Mention) -> str | None:
        """ "with 125,000 battery electric registrations": what the leader's count counts."""
        if m.unit != "count":
            return None
        start, end = self._words(m.span.end, sent.end, 4)
        if end == start or self.tokens.lower[end - 1] in COUNTING_UNITS:
            return None  # "with 342,000 bags": units of what was named before
        return self.tokens.span_text(start, end).strip()

    def _with_noun(self, sent: Sentence, first: Mention) -> str | None:
        """ "with RevPAR down 21.7%", "with a ratio of 11.1", "with prices up 5.9%": the
        noun after "with" that the leader's figure measures."""
        lower, t = self.tokens.lower, first.span.start - 1
        while t > sent.start and (
            lower[t] in _BEFORE_WITH_FIGURE
            or (QUALIFIERS, t) in self.cue_at
            or (CHANGES, t) in self.cue_at
        ):
            t -= 1
        end = t + 1
        while t > sent.start and end - t <= 4 and self.tokens.is_alpha[t] and lower[t] != "with":
            if lower[t] in _NOT_IN_PHRASE and lower[t] not in ("a", "an"):
                return None
            t -= 1
        if lower[t] != "with" or end - t < 2:
            return None
        start = t + 1
        while start < end and lower[start] in ("a", "an", "the"):
            start += 1
        phrase = self.tokens.span_text(start, end).strip()
        return None if not phrase or is_generic(phrase) else phrase

    def _ranked_noun(self, sent: Sentence, first: Mention) -> str | None:
        """ "accounted for the most e-way bills", "received the highest inflows": the noun a
        superlative before the leader's figure ranks; for the rank's holder, what it holds
        ("the largest source of FDI equity": FDI equity; "the largest net importer": net
        imports); None for a holder of nothing named ("the largest market")."""
        lower = self.tokens.lower
        words = self._words_after(sent, first, SUPERLATIVES)
        if words is None:
            return None
        start, end = words
        role = lower[end - 1]
        if role not in RANKING_ROLES:
            return self.tokens.span_text(start, end).strip()
        if end < first.span.start and lower[end] == "of":
            held = self._words(end + 1 + (lower[end + 1] == "the"), first.span.start)
            return self.tokens.span_text(*held).strip() or None
        activity = _ACTIVITIES.get(role)
        if activity is None:
            return self.tokens.span_text(start, end - 1).strip() or None  # "rooftop market"
        return " ".join([self.tokens.span_text(start, end - 1).strip(), activity]).strip()

    def _ranks_a_change(self, sent: Sentence, first: Mention) -> bool:
        """Whether the noun a superlative or a leading verb takes before the leader's figure
        is a change with no noun of its own: "the biggest monthly advance", "led annual
        gains" (not "the strongest real GDP growth")."""
        for cues in (SUPERLATIVES, _LEADING):
            words = self._words_after(sent, first, cues)
            if words is not None and (CHANGES, words[1] - 1) in self.cue_at:
                k = words[1] + (self.tokens.lower[words[1]] == "in")
                k += k > words[1] and self.tokens.lower[k] == "the"
                if k > words[1] and self.tokens.text[k].islower() and (
                    PERIODS_TOKENS, k
                ) not in self.cue_at:
                    return False  # "the steepest fall in output": a change of its own noun
                return all(
                    self.tokens.lower[k] in _CHANGE_FREQUENCIES for k in range(*words)[:-1]
                )
        return False

    def _led_noun(self, sent: Sentence, first: Mention) -> str | None:
        """ "Germany led network spending in 2025 with EUR 21.4 bn": the bare noun a leading
        verb takes before the leader's figure (not "led the market", "topped the list")."""
        words = self._words_after(sent, first, _LEADING)
        if words is None or self.tokens.lower[words[1] - 1] in RANKING_ROLES:
            return None
        phrase = self.tokens.span_text(*words).strip()
        return None if is_generic(phrase) else phrase

    def _words_after(
        self, sent: Sentence, first: Mention, cues: frozenset[str]
    ) -> tuple[int, int] | None:
        """The words (start, end) after the first cue word of a sentence before the leader's
        figure ("the most" e-way bills, "led" network spending); None with no cue or none."""
        lower = self.tokens.lower
        cue = next((k for k in range(sent.start, first.span.start) if lower[k] in cues), None)
        if cue is None:
            return None
        start, end = self._words(cue + 1, first.span.start)
        return (start, end) if end > start else None

    def _share_of(self, m: Mention, sent: Sentence) -> str | None:
        """What a percentage is a share of: "42 pct of February domestic exports" ->
        "domestic exports"; "36% of the total" -> "total"; None for a percentage
        of nothing named (a change)."""
        if m.unit not in ("percent", "fraction"):
            return None
        lower, k = self.tokens.lower, m.span.end
        if k >= sent.end or lower[k] != "of":
            return None
        k += 1
        if k < sent.end and lower[k] == "the":
            k += 1
        while k < sent.end and (PERIODS_TOKENS, k) in self.cue_at:
            k += 1  # "of February domestic exports": the exports
        start, end = self._words(k, sent.end)
        if end == start:
            return None
        if lower[start] in _TOTAL_WORDS:
            return "total"
        return self.tokens.span_text(start, end).strip()

    def _follower_names(
        self, sent: Sentence, by: int, followers: list[Mention]
    ) -> list[str | None]:
        """Each follower's name: the one written right before its figure ("Airtel at 33.6%",
        "Italy (3.6 GW)"), else its place in a list of names that precede the figures
        ("Spain and the Netherlands with 98 MW and 74 MW, respectively")."""
        names = [self._name_before(m, sent, by) for m in followers]
        if len(names) > 1 and (all(n is None for n in names[1:]) or len(set(names)) < len(names)):
            listed = self._listed(sent, by, followers)
            if listed is not None:
                return listed
        return names

    def _name_before(self, m: Mention, sent: Sentence, by: int) -> str | None:
        lower = self.tokens.lower
        t = m.span.start - 1
        while t > by and ((QUALIFIERS, t) in self.cue_at or lower[t] in _BEFORE_FIGURE):
            t -= 1
        end = t + 1
        while t > by + 1 and (self._name_word(t)):
            t -= 1
        if t == end - 1 or t < by + 1:
            return None
        start = t + 1
        if lower[t] == "the":
            start = t
        elif t != by + 1 and lower[t] not in (",", "and", ";"):
            return None  # (right after "followed by" or "ahead of")
        if lower[start] in _NAME_GLUE:
            return None
        return self._as_written(start, end)

    def _listed(self, sent: Sentence, by: int, followers: list[Mention]) -> list[str | None] | None:
        lower = self.tokens.lower
        end = by + 2
        while end < followers[0].span.start and lower[end] not in _LIST_ENDS:
            if (QUANT_TOKENS, end) in self.cue_at:
                return None
            end += 1
        if lower[end] not in _LIST_ENDS:
            return None  # the names end at "with", "at", "where": not "Telangana (2,900)"
        names: list[str] = []
        start = by + 2
        for k in range(by + 2, end + 1):
            if k == end or lower[k] in (",", "and"):
                if k > start:
                    names.append(self._as_written(start, k))
                start = k + 1
        same = [m for m in followers if _same_kind(m, followers[0])]
        if len(names) != len(same) or not all(_is_name(n) for n in names):
            return None
        out: list[str | None] = []
        it = iter(names)
        for m in followers:
            out.append(next(it) if m in same else None)
        return out

    def _as_written(self, start: int, end: int) -> str:
        name = self.tokens.span_text(start, end).strip()
        return "the " + name[4:] if name.startswith("The ") else name


def _same_kind(a: Mention, b: Mention) -> bool:
    """Whether two figures are of one unit (a bare ratio read as "times" or as a count)."""
    return a.unit == b.unit or {a.unit, b.unit} <= {"count", "times"}


def _head(indicator: str) -> str:
    """The indicator without the place it was broken down by: "capacity in the EU" ->
    "capacity"."""
    found = split_breakdown(indicator)
    if found:
        return found[0]
    head, _, place = indicator.rpartition(" in ")
    if head and _is_name(place):
        return head
    return indicator


def _bare(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def _is_name(name: str) -> bool:
    words = _bare(name).split()
    return bool(words) and len(words) <= 6 and words[0][:1].isupper()
