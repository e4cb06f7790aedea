"""The metric attacher: the surface strategy for each sentence, and its memory of earlier ones."""

from __future__ import annotations

import re

from ...components import AGENCIES
from ..context import DocContext
from ..credit_words import FORECAST_VERBS
from ..period_phrases import SUPERLATIVES
from ..structures import Mention, Sentence
from ..text import clean_metric
from ..units import is_money
from ..vocabulary import (
    BARE_HEADS,
    CHANGES,
    COPULAS,
    HOLD_VERBS,
    ORG_WORDS,
    PERIODS_TOKENS,
    PREDICATE_WORDS,
    PRONOUNS,
    QUALIFIERS,
    QUANT_TOKENS,
    STOPWORDS,
)
from .breakdown import DONE_BY
from .checks import (
    is_adverb,
    is_breakdown_name,
    is_generic,
    split_breakdown,
    with_breakdown,
)
from .contributions import Contributions
from .counted import CountedWhere
from .rankings import Rankings
from .set_off import SetOffPhrases
from .surface import LISTED_WITH_AT, SurfaceMetric, counts_speakers
from .syntax import FINITE_TAGS, SyntaxAnswer, SyntaxMetric
from .words import BREAKDOWN_PREPOSITIONS, SHARE_VERBS

#: The rule id a parsed doc's record carries when the surface strategy decided its metric.
SURFACE_RULE = "metric.surface"

#: How a number continues another one: it shares that one's metric.
CHAINED = ("list", "range", "level", "from", "paren")

#: Words the surface rules add to a phrase of the text ("X share of Y").
BUILT_WORDS = frozenset(("share", "of", "in", "excluding"))

#: Parse rules whose phrase is a clause's subject, not a word next to the number.
SUBJECT_RULES = frozenset(
    (
        "metric.syntax.subject",
        "metric.syntax.relative_subject",
        "metric.syntax.participle_subject",
        "metric.syntax.object",
    )
)


#: The words of GDP's name, and subjects that name who spoke, not what was measured.
_GDP_WORDS = frozenset("gdp gross domestic product".split())
_NOT_A_SHARE = frozenset("it its they icra economists analysts agency".split())
#: Who sets or budgets a figure, not the figure: "The government has budgeted the deficit at".
_ACTORS = frozenset("government centre center ministry treasury".split())
#: Heads of an amount a figure is measured against: "52.6 per cent of the budget estimate".
_REFERENCE_HEADS = frozenset("estimate target be budget projection".split())


def _tokens(phrase: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", phrase.lower()) if w not in ("the", "a", "an")}


def choose(
    surface: str | None,
    syntax: SyntaxAnswer | None,
    sentence: str | None = None,
    verbs: frozenset[str] = frozenset(),
) -> bool:
    """Whether the parse's answer replaces the surface one.

    The two usually name the same thing at different lengths. The parse's phrase is taken
    where the surface rules found none, or where it holds all of their words and more
    ("index" -> "Japan's unadjusted consumer price index"). Where the two name different
    things the surface rules win (a parse answer that contradicts them is right less often
    than they are), except where the surface phrase is not in the number's sentence at all
    (`sentence`, when given): then the surface rules fell back on an indicator named
    before, and the subject the parse reads in the sentence itself is the better guess
    ("... showed that orders for long-lasting goods were flat, well below the estimate for
    a 1.3% gain"). A bare head ("the index", "sales") is no such subject: it points back,
    and the surface rules have resolved it. The parse's subject or object also wins where
    the surface phrase runs over a verb of the sentence (`verbs`, the words the parse tags
    as finite main verbs): "Brazil signed export" for "Brazil signed export contracts for
    $4.2 billion".
    """
    if syntax is None:
        return False
    if surface is None:
        return True
    if _tokens(surface) < _tokens(syntax.phrase):
        return True
    if not _own_subject(syntax):
        return False
    if _tokens(surface) & verbs:
        return True
    return sentence is not None and not _in_sentence(surface, sentence)


def _own_subject(syntax: SyntaxAnswer) -> bool:
    """Whether the parse found a subject that names an indicator by itself."""
    words = syntax.phrase.lower().split()
    if syntax.rule not in SUBJECT_RULES or is_generic(syntax.phrase):
        return False
    return len(words) > 1 or (words[0] not in BARE_HEADS and words[0] not in ORG_WORDS)


def _in_sentence(phrase: str, sentence: str) -> bool:
    """Whether the words of a phrase (less those the surface rules add) are in the sentence."""
    return _tokens(phrase) - BUILT_WORDS <= _tokens(sentence)


def _other_clause(own: str, head: str) -> bool:
    """Whether two subjects found by the parse name different things (no word in common
    beyond function words and the head nouns of counts: "number of people ...")."""
    if " " not in own and own[:1].isupper():
        return False  # a single name ("the Government started ...") acts; it is not measured
    shared = _tokens(own) & _tokens(head) - {"of", "in", "for", "number", "people", "and"}
    return not shared and _tokens(own) != _tokens(head)


#: Words between "of" and the whole a share is of: "5% of the total", "a third of all deaths".
_WHOLE_DETERMINERS = frozenset("the all its their those these".split())
#: Words of a metric that already names a share or a ratio.
_SHARE_WORDS = frozenset("share shares proportion percentage percent ratio rate".split())

#: A metric that names a forecast, not its indicator: "Dow Jones consensus estimate",
#: "median estimate"; or the latest figure itself: "print", "reading".
_FORECAST_NAME = re.compile(
    r"^(?:[A-Z][\w&.'-]*\s){0,3}(?:(?:median|consensus|market|average)\s)?"
    r"(?:consensus|estimates?|forecasts?|projections?|expectations?)$"
)
_FIGURE_WORDS = frozenset("print reading figure outcome".split())


def _stands_for_a_figure(metric: str) -> bool:
    """Whether a metric only names a forecast or the latest figure, not an indicator."""
    return bool(_FORECAST_NAME.match(metric)) or metric.lower() in _FIGURE_WORDS


#: Headline verbs the change cues do not hold: "holds at", "Confirmed at", "firm 2%".
_HEADLINE_VERBS = frozenset(
    "at confirmed firm firms steady steadies stays stay trims cuts raises lifts lowers "
    "hikes".split()
)
#: Words that open a headline's second clause: "Mexican peso steadies after Banxico trims".
_HEADLINE_CLAUSES = frozenset("after as while , ; : and".split())
#: Words between a headline's verb and its figure that name nothing: "trims rate to 7%".
_HEADLINE_LINKS = frozenset("to at by of its a an the record new fresh".split())
# Verbs of what a place will do: "China would borrow 25 to 30 billion dlrs".
_MODALS = frozenset("would will could should may might plans expects aims intends".split())
# Words of the regions of a country: "the Midwest", "the South East".
_REGION_WORDS = frozenset(
    "North South East West Northeast Northwest Southeast Southwest Midwest Central and "
    "Eastern Western Northern Southern".split()
)
# Parts of a country named by their compass point, in small letters: "the south", "the
# north-east", "the western region", "the south and east" (an adjective only with its noun:
# "central" alone opens "central bank").
_POINT = r"(?:north|south)(?:-?(?:east|west))?|east|west"  # a noun: "the north-east"
_NOUN_POINTS = rf"{_POINT}|midwest|mid-west"
_POINTS = (
    rf"{_NOUN_POINTS}|"
    r"(?:north|south)-?(?:east|west)ern|eastern|western|northern|southern|central"
)
_COMPASS = re.compile(
    rf"(?:{_NOUN_POINTS})(?: and (?:{_POINT}))?"
    rf"|(?:{_POINTS})(?: and (?:{_POINTS}))? (?:region|regions|area|areas|zone|zones|part|belt)"
)
_IN_COMPASS = re.compile(rf"^(.*\S) in (?:the )?(?:{_COMPASS.pattern})$")
# Words of a share of a whole, which is no indicator broken down by its parts.
_SHARES = frozenset("share shares proportion percentage".split())
# An indicator of a part named in small letters: "value added in manufacturing".
_IN_PART = re.compile(r"^(.*\S) in (?:the )?([a-z][a-z-]*(?: [a-z-]+){0,2})$")
# Nouns of indicators, which name no part of another: "while imports fell 2%".
_INDICATOR_NOUNS = frozenset(
    "imports exports employment unemployment inflation revenue revenues profits profit "
    "investment consumption demand supply wages earnings spending orders shipments "
    "deliveries stocks inventories output production sales prices price index rate growth "
    "jobs payrolls income costs cost volumes volume value".split()
)
# Prepositions after which the document writes a place: "prices in Shanghai".
_PLACE_PREPOSITIONS = ("in", "from", "to", "across", "for")
#: The rule id of a figure named by its place alone, given the indicator of its context.
PLACE_ALONE = "metric.place_alone"
#: The rule id of an amount a share named as earnings per share.
PER_SHARE = "metric.per_share"
#: Words of what a company earned, whose amount a share is its earnings per share.
_EARNED = re.compile(r"\b(?:net income|income|profits?|earnings|loss)\b")
# What a jobless rate is a share of by definition: "7.9 pct of the labour force", "of the
# economically active population".
_WORKFORCE = frozenset(
    {("labour", "force"), ("labor", "force"), ("work", "force"), ("active", "population")}
)


class MetricAttacher:
    """Decides `metric` (and `base_metric`) for the numbers of a sentence."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.surface = SurfaceMetric(ctx)
        self.syntax = SyntaxMetric(ctx) if ctx.parsed else None
        self.rankings = Rankings(ctx)
        self.contributions = Contributions(ctx)
        self.counted = CountedWhere(ctx)
        self.set_off = SetOffPhrases(ctx)
        self.lead: Mention | None = None  # the document's first figure with a metric
        self._countries: frozenset[str] | None = None  # see `_country_names`
        self._places: dict[str, bool] = {}  # `_bare_place` by name (it scans the text)

    def attach(self, sent: Sentence, mentions: list[Mention]) -> None:
        """Set the metric of each mention of one sentence."""
        self.surface.attach(sent, mentions)
        if self.syntax is not None:
            span = self.ctx.doc[sent.start : sent.end]
            verbs = frozenset(t.lower_ for t in span if t.pos_ == "VERB" and t.tag_ in FINITE_TAGS)
            self._by_syntax(self.syntax, mentions, span.text, verbs)
        renamed: dict[int, tuple[str | None, str]] = {}  # mention -> (old, new) metric
        for i, m in enumerate(mentions):
            share = self._share_of_gdp(sent, m, mentions[:i])
            head = renamed.get(m.chained_to) if m.chained_to is not None else None
            if share is not None:
                renamed[i] = (m.metric, share)
                m.metric = share
            elif (
                head is not None
                and m.chain_kind in ("from", "list")
                and m.metric == head[0]
                and m.unit == mentions[m.chained_to].unit  # type: ignore[index]
            ):
                m.metric = head[1]  # "rose to 2.9% of the economically active population from 2.7%"
            elif (
                m.chained_to is not None
                and m.chain_kind in ("from", "list")
                and m.unit == "percent"
                and " as a share of " in (mentions[m.chained_to].metric or "")
            ):
                m.metric = mentions[m.chained_to].metric  # "4.4% of GDP, down from 4.8%"
            per_share = self._per_share(sent, m, mentions[:i])
            if per_share is not None:
                m.metric = per_share
                m.rules.append(PER_SHARE)
        self._forecasts_of_the_figure(mentions)
        for m in mentions:
            if m.metric is None or self._opens_headline_clause(sent, m):
                m.metric = self._headline_opening(sent, m) or m.metric
        self.rankings.followers(sent, mentions, self.lead, self._bare_place)
        self.rankings.places_respectively(sent, mentions)
        self.rankings.changes_led(sent, mentions)
        self.rankings.places_contrasted(sent, mentions)
        self.rankings.holders_respectively(sent, mentions, self._bare_place)
        self.rankings.leaders_alone(sent, mentions, self._bare_place)
        self._places_named_alone(mentions)
        self._shares_listed_alone(sent, mentions)
        self._parts_named_alone(mentions)
        self.rankings.remember(sent, mentions)
        if self.lead is None:
            self.lead = next((m for m in mentions if m.metric), None)
        self.surface.remember(mentions)
        # (after `remember`: "In Germany, the spread averaged 11.3. In the Netherlands, the
        # spread rose to 2.1": a later figure that points back is of the indicator, not of
        # the part an earlier sentence set off)
        for m in mentions:
            m.metric = self.set_off.qualify(sent, m) or m.metric
        # (after `remember`: a later figure that points back is of the part, not of its
        # contribution: "These industries increased by 1.0%, contributing 0.77 percentage
        # points to the increase in GDP. This followed an increase of 0.8% in Q1.")
        self.contributions.name(sent, mentions)
        self._counted_where(sent, mentions)
        self._shares_of_the_whole(sent, mentions)
        self._items_of_a_share(sent, mentions)

    def _items_of_a_share(self, sent: Sentence, mentions: list[Mention]) -> None:
        """ "Gas supplied 38% of Dutch power generation, ahead of wind (29%)", "..., with wind
        at 26% and solar at 14%": a percentage named by an item alone, written right before it
        ("wind (29%)", "wind at 26%"), after a share of a whole in the sentence, is the item's
        share of that whole ("wind share of Dutch power generation")."""
        lower, text = self.ctx.tokens.lower, self.ctx.tokens.text
        whole = None
        for m in mentions:
            metric = m.metric or ""
            if m.unit != "percent":
                continue
            if " share of " in f" {metric} ":
                whole = metric.split("share of ", 1)[1]
                continue
            if whole is None or m.chain_kind == "from":
                continue
            words = metric.split()
            k = m.span.start - 1
            if (
                k <= sent.start
                or lower[k] not in ("(", "at")
                or not 0 < len(words) <= 4
                or any(w.lower() in STOPWORDS or w.endswith("ed") for w in words)
                or list(text[k - len(words) : k]) != words  # written right before its figure
                or self.ctx.text(m.span).startswith(("-", "+", "−"))  # "(-8.7%)": a change
            ):
                whole = None  # another figure ends the list of the share's items
                continue
            m.metric = f"{metric} share of {whole}"

    def _shares_of_the_whole(self, sent: Sentence, mentions: list[Mention]) -> None:
        """ "Noncurrent loans held at 0.93% of total loans", "about two-thirds of those
        contacted": a percentage or a fraction named by the whole it is of and nothing more is
        a share of that whole ("share of total loans"), and so is a figure chained to it that
        took its name ("rose to 41.5% of total applications from 38.9%"). Named last, like
        the places of a count, so that later figures that point back find the whole."""
        renamed: dict[str, str] = {}
        for m in mentions:
            whole = m.metric
            if m.unit in ("percent", "fraction") and whole and self._of_the_whole(sent, m, whole):
                part = self._part_of_the_whole(sent, m, whole)
                share = f"{part} as a share of {whole}" if part else f"share of {whole}"
                renamed[whole] = m.metric = share
        for m in mentions:
            chained = m.chained_to is not None and m.unit in ("percent", "fraction")
            if chained and m.metric in renamed:
                m.metric = renamed[m.metric]

    def _part_of_the_whole(self, sent: Sentence, m: Mention, whole: str) -> str | None:
        """ "EU gas storage stood at 72% of capacity": the subject of the figure's clause,
        the part the share is of the whole, when the figure is the level the subject is at
        ("was", "stood at", "fell to"), not a verb's object ("Mills allocated 54% of the
        cane"); None where it names no indicator."""
        lower = self.ctx.tokens.lower
        k = m.span.start - 1
        while k > sent.start and (
            (QUALIFIERS, k) in self.ctx.cue_at or lower[k] in ("a", "an", "just", "some")
        ):
            k -= 1
        if k <= sent.start or not (lower[k] in ("at", "to") or lower[k] in COPULAS):
            return None
        subject = self.surface.clauses._subject_span(sent, m)
        subject = clean_metric(subject) if subject else None
        if not subject or is_generic(subject) or len(subject.split()) > 8:
            return None
        first = subject.split()[0]
        if whole.lower() in PRONOUNS | {"them"} or first.lower() in STOPWORDS or is_adverb(first):
            return None  # "..., still about 10% of demand", "nearly half of them"
        words = _tokens(subject)
        if words & (_SHARE_WORDS | _NOT_A_SHARE) or words & _tokens(whole):
            return None
        return subject

    def _of_the_whole(self, sent: Sentence, m: Mention, whole: str) -> bool:
        """Whether the words after the figure are "of" and the whole its metric names."""
        lower = self.ctx.tokens.lower
        k = self.surface._past_bracket(m.span.end, sent)
        if k >= sent.end or lower[k] != "of":
            return False
        k += 1
        if k >= sent.end or _tokens(whole) & _SHARE_WORDS:
            return False
        starts = (k, k + 1) if lower[k] in _WHOLE_DETERMINERS else (k,)
        for start in starts:  # "of all deaths": "all deaths" or "deaths"
            rest = self.ctx.doc[start : sent.end].text
            if rest.lower().startswith(whole.lower()) and (
                len(rest) == len(whole) or not rest[len(whole)].isalnum()
            ):
                return True
        return False

    def _counted_where(self, sent: Sentence, mentions: list[Mention]) -> None:
        """ "Sales rose in six of the 10 provinces": a count of the places where a clause
        holds is of those places ("provinces where sales rose"). Named last, so that later
        figures that point back find the indicator, not the places."""
        nouns: dict[int, str | None] = {}
        for i, m in enumerate(mentions):
            noun = nouns[i] = self.surface.phrases._counted_noun(sent, m)
            before = [n for n in nouns.values() if n and n.lower() != "others"]
            if m.unit == "count" and before and (
                (noun is None and m.metric in before) or (noun or "").lower() == "others"
            ):
                noun = before[-1]  # "fell in 38 states and rose in 13 (others)": the states
            metric = (m.metric or "").lower()
            if noun and (not metric or noun.lower() in metric or metric == "others"):
                where = self.counted.name(sent, m, noun)
                if where:
                    m.metric = where

    def _places_named_alone(self, mentions: list[Mention]) -> None:
        """ "Shanghai went up by 0.2 percent", "Spain 8.1 GW and Italy 6.4 GW": a figure that
        no rule named but by its place is the place's figure of an indicator: the one another
        figure of the sentence is of, else the one of the sentence before ("home prices in
        Shanghai")."""
        for m in mentions:
            place = m.metric
            if not place or self._acts(m, place):
                continue
            known = self._bare_place(place)
            if not known and not self._name_alone(place):
                continue
            indicator = next(
                (
                    o.metric
                    for o in mentions
                    if o is not m
                    and o.metric
                    and not self._bare_place(o.metric)
                    and not (not known and self._name_alone(o.metric))
                    and not counts_speakers(o)
                    and LISTED_WITH_AT not in o.rules  # the parts a "with" clause lists
                    and (o.unit == m.unit or {o.unit, m.unit} <= {"percent", "fraction"})
                ),
                None,
            )
            if indicator is None and not (self._ranks(m) and not self._carried_here(m)):
                indicator = self.surface._carried(m)
            if not indicator or self._bare_place(indicator) or is_generic(indicator):
                continue
            found = split_breakdown(indicator)
            if not known and not (
                found
                and found[1] == "in"
                and (self._bare_place(found[2]) or self._name_alone(found[2]))
            ):
                continue  # "Kerala and Punjab posted declines" after "collections in Bihar"
            compass = _IN_COMPASS.match(indicator) if not found else None
            head = found[0] if found else compass.group(1) if compass else indicator
            first, _, rest = head.partition(" ")
            if rest and self._bare_place(first.removesuffix("'s").removesuffix("’s")):
                head = rest  # "In Poland sales slumped 40%, while Belgium was down 12%"
            words = head.split()
            if (
                head.lower().endswith(place.lower())
                or self._name_alone(head)  # "Maharashtra produced 5.07 mt": a place too
                or len(words) > 5
                or words[-1].lower() in STOPWORDS  # "soluble coffee for"
                or words[0].lower() in ("and", "or", "but", "while", "with")  # "and Italy"
                or " share of " in f" {head} "
                or "(" in head
                or any(w.lower() in SUPERLATIVES or is_adverb(w) for w in words)
                or _tokens(head) & _SHARES  # "shares of 14.8% and 14.1%": whose shares
                or words[-1].lower() in ("region", "regions")  # "the region": a place too
            ):
                continue  # (not "the biggest closures took place", "rose markedly")
            place = place.removeprefix("the ")
            if _COMPASS.fullmatch(place):
                place = f"the {place}"  # "in the south", as the document writes it
            m.metric = with_breakdown(head, "in", place)
            m.rules.append(PLACE_ALONE)

    def _shares_listed_alone(self, sent: Sentence, mentions: list[Mention]) -> None:
        """ "Norway supplied a 15% share, followed by the United States (14%), while Libya and
        Iraq supplied 8% and 7%, respectively": percentages of a "respectively" list named by
        their places alone, after a verb of shares, are each place's share of the whole an
        earlier share of the sentence is of ("Libya share of [supplies]")."""
        lower = self.ctx.tokens.lower
        for i, m in enumerate(mentions):
            place = m.metric
            if (
                not place
                or m.unit != "percent"
                or not any(r.startswith("marker.respectively") for r in m.rules)
                or not self._bare_place(place)
            ):
                continue
            j = i  # the list's first figure: the verb stands before it
            while j > 0 and any(r.startswith("marker.respectively") for r in mentions[j - 1].rules):
                j -= 1
            first = mentions[j]
            lead = lower[max(sent.start, first.span.start - 3) : first.span.start]
            whole = next(
                (
                    o.metric.split(" share of ", 1)[1]
                    for o in reversed(mentions[:i])
                    if o.metric and " share of " in o.metric and o.unit == "percent"
                ),
                None,
            )
            if whole is None or SHARE_VERBS.isdisjoint(lead):
                continue
            m.metric = f"{place.removeprefix('the ')} share of {whole}"
            m.rules.append(PLACE_ALONE)

    def _parts_named_alone(self, mentions: list[Mention]) -> None:
        """ "Value added in manufacturing increased 1.2%, while construction fell 0.8%": a
        figure named by a word in small letters alone, after a figure of the sentence named
        as an indicator "in" another such word (a sector, an area), is that indicator's
        figure for it ("value added in construction"); not a word that names an indicator
        itself ("while imports fell")."""
        for i, m in enumerate(mentions):
            name = m.metric
            if (
                not name
                or not name.islower()
                or len(name.split()) > 2
                or is_generic(name)
                or set(name.split()) & (_INDICATOR_NOUNS | BREAKDOWN_PREPOSITIONS)
                or not self._opens_contrast(m, name)
            ):
                continue
            for o in mentions[:i]:
                found = _IN_PART.match(o.metric or "")
                same = o.unit == m.unit or {o.unit, m.unit} <= {"percent", "fraction"}
                if not found or not same or found.group(2) == name:
                    continue
                head = found.group(1)
                if (
                    len(head.split()) > 6
                    or head.split()[-1].lower() in STOPWORDS
                    or head.split()[0].lower() in SUPERLATIVES  # "strongest in energy supply"
                    or _tokens(head) & _SHARES  # "share of wheat in total shipments"
                ):
                    continue
                m.metric = f"{head} in {name}"
                m.rules.append(PLACE_ALONE)
                break

    def _opens_contrast(self, m: Mention, name: str) -> bool:
        """Whether the name opens the figure's own clause after "while", "whereas" or "but":
        "..., while construction fell 0.8%" (not an item of a list: "..., garden supplies
        (4.4%)")."""
        sent = self.ctx.sentences[m.sentence]
        lower = self.ctx.tokens.lower
        words = name.split()
        for k in range(sent.start + 1, m.span.start - len(words) + 1):
            if list(lower[k : k + len(words)]) == words:
                before = k - 1 if lower[k - 1] != "the" else k - 2
                return lower[before] in ("while", "whereas", "but")
        return False

    def _name_alone(self, name: str) -> bool:
        """Whether a metric is one capitalized word the document writes in no small letters
        and no organization's: a place the gazetteer need not know ("Kerala")."""
        return (
            name.isalpha()
            and name[:1].isupper()
            and sum(c.isupper() for c in name) == 1
            and name.lower() not in self.ctx.small_words()
            and self.ctx.gazetteer.lookup(name) is None
        )

    def _ranks(self, m: Mention) -> bool:
        """Whether the figure's sentence ranks something ("the United States remained the
        largest market"): a place it ranks is a breakdown only of the indicator its own
        paragraph names."""
        sent = self.ctx.sentences[m.sentence]
        lower = self.ctx.tokens.lower
        return any(
            lower[k] in SUPERLATIVES and (PERIODS_TOKENS, k) not in self.ctx.cue_at
            for k in range(sent.start, sent.end)
        )  # (not "first" of "In the first eight months")

    def _carried_here(self, m: Mention) -> bool:
        """Whether the indicator carried to the figure was named in its own paragraph."""
        surface = self.surface
        if not surface.history or surface.history_sentence < m.sentence - 2:
            return False
        sentences = self.ctx.sentences
        return sentences[surface.history_sentence].paragraph == sentences[m.sentence].paragraph

    def _acts(self, m: Mention, place: str) -> bool:
        """Whether the place's sentence has it do what the figure measures ("China would
        borrow 25 billion"): then the place is no breakdown of another figure's indicator."""
        sent = self.ctx.sentences[m.sentence]
        lower = self.ctx.tokens.lower
        first = place.split()[0]
        for k in range(sent.start, m.span.start):
            if self.ctx.tokens.text[k] == first:
                after = k + len(place.split())
                return after < sent.end and lower[after] in _MODALS
        return False

    def _bare_place(self, name: str) -> bool:
        """Whether a metric is a place's name and nothing more: capitalized words that are
        no acronym ("GDP", "EVs") and no word the document writes in small letters ("Study"),
        that name a country or region the gazetteer knows, a part of a country ("the
        Midwest"), or a place the document writes after "in", "from" or "to" ("in
        Shanghai"). Decided once per name and document."""
        known = self._places.get(name)
        if known is None:
            known = self._places[name] = self._find_bare_place(name)
        return known

    def _find_bare_place(self, name: str) -> bool:
        if _COMPASS.fullmatch(name.removeprefix("the ")):
            return True  # "the south", "the western region"
        words = name.removeprefix("the ").split()
        if not words or len(words) > 3 or not is_breakdown_name(name):
            return False
        small = self.ctx.small_words()
        for w in words:
            if w in ("and", "of"):
                continue
            if sum(c.isupper() for c in w) > 1 or not w.isalpha() or w.lower() in small:
                return False
        bare = name.removeprefix("the ")
        if bare in self._country_names():
            return True
        if self.ctx.gazetteer.lookup(bare) is not None:
            return False  # an organization's name
        if all(w in _REGION_WORDS for w in bare.split()):
            return True  # "the Midwest", "South and West", "the South East"
        text = self.ctx.tokens.doc_text
        return any(f"{prep} {bare}" in text for prep in _PLACE_PREPOSITIONS)  # "in Shanghai"

    def _country_names(self) -> frozenset[str]:
        """The names of countries, areas and regions the document writes."""
        if self._countries is None:
            self._countries = frozenset(
                self.ctx.text(a).removeprefix("the ")
                for spans in self.ctx.sentence_spans[AGENCIES].values()
                for a in spans
                if a.label_ == "COUNTRY"
            )
        return self._countries

    def _opens_headline_clause(self, sent: Sentence, m: Mention) -> bool:
        """ "Payrolls rise by 95,000 in May; jobless rate at 4.1%": a figure that is the first
        of a headline's clause after ";", named by no word of that clause, is of that clause's
        opening words, not of the clause before."""
        tokens = self.ctx.tokens
        if sent.start != 0 or not self._is_headline(sent):
            return False
        semicolon = next(
            (k for k in range(m.span.start - 1, sent.start, -1) if tokens.text[k] == ";"), None
        )
        if semicolon is None or any(
            (QUANT_TOKENS, k) in self.ctx.cue_at for k in range(semicolon + 1, m.span.start)
        ):
            return False
        end = next(
            (k for k in range(m.span.end, sent.end) if tokens.text[k] == ";"), sent.end
        )
        clause = {tokens.lower[k] for k in range(semicolon + 1, end)}
        if clause & FORECAST_VERBS:
            return False  # "...; flash estimate sees 0.1% dip": the figure of the first clause
        opening = next(
            (k for k in range(semicolon + 1, m.span.start) if tokens.is_alpha[k]), None
        )
        if opening is None or is_generic(tokens.lower[opening]):
            return False  # "...; value rises 24%": the first clause's indicator, by value
        return m.metric is None or not set(m.metric.lower().split()) <= clause

    def _is_headline(self, sent: Sentence) -> bool:
        """Whether the sentence is a first line with no full stop."""
        tokens = self.ctx.tokens
        if tokens.text[sent.end - 1] == ".":
            return False
        return "\n" in tokens.text_with_ws[sent.end - 1] or (
            sent.end < tokens.n and "\n" in tokens.text[sent.end]
        )

    def _headline_opening(self, sent: Sentence, m: Mention) -> str | None:
        """ "South Korea's inflation holds at 2.4% in November", "Cement prices firm 2% in Q3",
        "Sweden's Riksbank trims rate to 1.75%": in a headline (a first line with no full
        stop) a figure neither strategy named is of the words that open its clause, up to
        their verb, with the verb's object where one stands before the figure ("Sweden's
        Riksbank rate"). (A headline in capitals with no verb is the surface rules'
        `_headline_subject`.)"""
        tokens, lower = self.ctx.tokens, self.ctx.tokens.lower
        if sent.start != 0 or not self._is_headline(sent):
            return None
        verbs = [
            k
            for k in range(sent.start, m.span.start)
            if (CHANGES, k) in self.ctx.cue_at
            or lower[k] in PREDICATE_WORDS
            or lower[k] in HOLD_VERBS
            or lower[k] in _HEADLINE_VERBS
        ]
        if not verbs:
            return None
        verb = verbs[-1]  # "Mexican peso steadies after Banxico trims rate to 7.25%": the last
        while verb - 1 in verbs:
            verb -= 1  # "holds at": the verb, not its "at"
        start = sent.start
        for k in range(verb - 1, sent.start - 1, -1):
            if lower[k] in _HEADLINE_CLAUSES:
                start = k + 1
                break
        if verb == start or verb - start > 6:
            return None
        if any((QUANT_TOKENS, k) in self.ctx.cue_at for k in range(start, verb)):
            return None
        while start < verb and (PERIODS_TOKENS, start) in self.ctx.cue_at:
            start += 1  # "FY26 fertiliser subsidy at": the period is no part of the name
        subject = tokens.span_text(start, verb).strip()
        after = [k for k in range(verb + 1, m.span.start) if lower[k] not in _HEADLINE_LINKS]
        if 0 < len(after) <= 2 and all(
            tokens.is_alpha[k] and tokens.text[k].islower() for k in after
        ):
            return f"{subject} {tokens.span_text(after[0], after[-1] + 1)}"  # "trims rate to"
        return subject or None

    def _forecasts_of_the_figure(self, mentions: list[Mention]) -> None:
        """ "below the Dow Jones consensus estimate of 48.4", "short of the 0.4% Dow Jones
        estimate", "The print was below the 1.5 per cent median estimate": a figure named by
        the forecast it is or by a word for the latest figure is of the indicator the
        sentence reports, else of the one named before."""
        named = next(
            (
                m.metric
                for m in mentions
                if m.metric and not _stands_for_a_figure(m.metric) and not counts_speakers(m)
            ),
            None,
        )
        named = named or (self.surface.history[-1] if self.surface.history else None)
        if named is None:
            return
        for m in mentions:
            if m.metric and _stands_for_a_figure(m.metric):
                m.metric = named

    def _per_share(self, sent: Sentence, m: Mention, earlier: list[Mention]) -> str | None:
        """ "$13.96 billion, or $4.96 a share", "Profit jumped 18% to $7.72 billion, or 98 cents
        a share", "earned $1.91 a share": an amount a share of what a company earned is its
        earnings per share, and so is a later one a share in the sentence ("above the $1.84 a
        share expected")."""
        lower, end = self.ctx.tokens.lower, m.span.end
        if not is_money(m.unit) or end + 1 >= sent.end:
            return None
        if lower[end] not in ("a", "per") or lower[end + 1] != "share":
            return None
        base = (m.metric or "").lower()
        if "share" in base.split():
            return None  # named already ("adjusted earnings per share")
        earned = _EARNED.search(base)
        before = lower[m.span.start - 1] if m.span.start > sent.start else ""
        restated = before == "or" or before in ("earned", "earns", "earning")
        named = next((e.metric for e in reversed(earlier) if e.rules[-1:] == [PER_SHARE]), None)
        if named is not None:
            return named  # "$1.91 a share ..., above the $1.84 a share expected"
        if earned is None and not restated:
            return None
        loss = earned is not None and earned.group(0) == "loss"
        adjusted = "adjusted" in base or "adjusted" in lower[end + 2 : end + 4]
        return f"{'adjusted ' if adjusted else ''}{'loss' if loss else 'earnings'} per share"

    def _share_of_gdp(self, sent: Sentence, m: Mention, earlier: list[Mention]) -> str | None:
        """ "widened to $12.3 billion, or 1.3% of GDP", "The CAD was 0.6 per cent of GDP": a
        percentage of GDP is the indicator's ratio to it, "CAD as a share of GDP"."""
        if m.unit != "percent":
            return None
        lower, end = self.ctx.tokens.lower, m.span.end
        if end + 1 >= sent.end or lower[end] != "of":
            return None
        k = end + 2 if lower[end + 1] == "the" else end + 1
        if lower[k] == "economically":
            k += 1  # "2.9% of the economically active population"
        if tuple(lower[k : k + 2]) in _WORKFORCE or lower[k] in ("workforce", "workforces"):
            # "the unemployment rate fell to 7.9 pct of the labour force": the rate itself,
            # which is a share of the labour force by definition
            subject = self.surface.clauses._subject_span(sent, m)
            subject = clean_metric(subject) if subject else None
            return subject if subject and not is_generic(subject) else None
        if lower[end + 1] == "gdp":
            gdp = "GDP"
        elif tuple(lower[end + 1 : end + 4]) == ("gross", "domestic", "product"):
            gdp = "GDP" if "gdp" in lower[end + 4 : end + 7] else "gross domestic product"
        elif (reference := self._reference_amount(end + 1, sent)) is not None:
            gdp = reference  # "52.6 per cent of the budget estimate", "of the annual target"
        else:
            return None
        base = m.metric
        if base and _tokens(base) & _ACTORS:
            # "The government has budgeted the fiscal deficit at 4.4 per cent of GDP": what
            # is budgeted, not who does it
            base = self.surface.phrases._object_of_verb(sent, m) or base
        if not base or _tokens(base) <= _GDP_WORDS | _tokens(gdp) or is_generic(base):
            subject = self.surface.clauses._subject_span(sent, m)
            subject = clean_metric(subject) if subject else None
            named = next((e.metric for e in reversed(earlier) if e.metric), None)
            if subject and not is_generic(subject) and not _tokens(subject) & _NOT_A_SHARE:
                base = subject
            elif named and not _tokens(named) <= _GDP_WORDS:
                base = named
            else:
                base = self.surface.history[-1] if self.surface.history else None
        if not base or _tokens(base) <= _GDP_WORDS:
            return None
        return base if "share" in _tokens(base) else f"{base} as a share of {gdp}"

    def _reference_amount(self, t: int, sent: Sentence) -> str | None:
        """The amount a percentage is of, when it is a budget or target the figure is
        measured against: "the budget estimate (BE)", "the annual target", "BE"."""
        lower = self.ctx.tokens.lower
        k = t + 1 if t < sent.end and lower[t] == "the" else t
        last = None
        for k in range(k, min(sent.end, k + 3)):
            if not self.ctx.tokens.is_alpha[k]:
                break
            if lower[k] in _REFERENCE_HEADS:
                last = k  # "the budget estimate": the longest
        return None if last is None else self.ctx.tokens.span_text(t, last + 1)

    @staticmethod
    def _by_syntax(
        syntax: SyntaxMetric, mentions: list[Mention], sentence: str, verbs: frozenset[str]
    ) -> None:
        before = [m.metric for m in mentions]
        # What the surface rules named by the verb that did it and who did it ("lenders
        # licensed by the regulator" for "The regulator licensed 37 lenders") runs over that
        # verb and adds words of its own; neither makes it less the sentence's.
        done = {m.metric for m in mentions if DONE_BY in m.rules and m.metric}
        subjects: dict[int, str] = {}  # mention -> the subject the parse found for it
        split: set[int] = set()  # chained mentions that the parse puts in a clause of their own
        for i, m in enumerate(mentions):
            if m.chained_to is not None and m.chain_kind in CHAINED:
                own = syntax.answer(m)
                if own is None or own.rule != "metric.syntax.subject":
                    continue
                subjects[i] = own.phrase
                other = subjects.get(m.chained_to)
                if other is not None and _own_subject(own) and _other_clause(own.phrase, other):
                    # "X fell by 121,000 and Y increased by 67,000": the parse sees two
                    # subjects where the surface rules saw one run of figures.
                    m.metric = own.phrase
                    m.rules.append(own.rule)
                    split.add(i)
                continue
            if any(r.startswith("marker.respectively") for r in m.rules):
                continue  # the items of a "respectively" list are the surface rule's
            answer = syntax.answer(m)
            if answer is not None and answer.rule == "metric.syntax.subject":
                subjects[i] = answer.phrase
            built = m.metric in done  # its words need not all be the sentence's
            if answer is not None and choose(
                m.metric, answer, None if built else sentence, frozenset() if built else verbs
            ):
                m.metric = answer.phrase
                m.rules.append(answer.rule)
            else:
                m.rules.append(SURFACE_RULE)
        for i, m in enumerate(mentions):
            # A number that continues another keeps sharing its metric (as decided above).
            if m.chained_to is not None and m.chain_kind in CHAINED and i not in split:
                head = mentions[m.chained_to]
                if before[i] == before[m.chained_to]:
                    m.metric = head.metric
