"""Noun phrases around a number that can name what it measures."""

from __future__ import annotations

import re

from ..context import Attacher, DocContext
from ..credit_words import FORECAST_VERBS, POLLED_VERBS
from ..period_phrases import SUPERLATIVES
from ..structures import Mention, Sentence
from ..text import clean_metric
from ..units import is_money
from ..vocabulary import (
    AGENCY_TOKENS,
    BASES,
    CHANGES,
    COPULAS,
    COUNTED_MOVES,
    COUNTING_UNITS,
    FORECAST_WORDS,
    FORECASTERS,
    GENERIC_COUNT_NOUNS,
    MARKERS,
    ODDS_NOUNS,
    ORG_WORDS,
    PERIODS_TOKENS,
    PHRASE_STOP,
    PREDICATE_WORDS,
    QUALIFIERS,
    QUANT_TOKENS,
    RATE_MOVES,
    SHARE_WORDS,
    SPLIT_LEADS,
    STOPWORDS,
    TIME_UNITS,
    gerund,
    heads_clause,
    is_clause_verb,
    is_participle,
    modifier_word,
)
from .checks import is_adverb, is_generic
from .clauses import Clauses
from .words import BALANCE_NOUNS, CLAUSE_WORDS, FIGURE_VERBS, POINT_HEADS

# Words right after a number that compare it or say who recorded it: they name no figure.
# Words that set a figure against another on a labelled line: "$1.91 vs. $1.84 expected".
_SET_AGAINST = frozenset("vs vs. versus against compared".split())
#: Verbs that state a balance or result an amount names: "Brazil posts 17.4 bln reais primary
#: deficit".
_POSTING_VERBS = frozenset("posts posted logs logged books booked reports reported".split())
#: Words after an amount that name no indicator: "worth of wool", "through CDs".
_NOT_AMOUNT_NAMES = frozenset("worth through earlier later each apiece".split())
_NOT_A_NAME_AFTER = frozenset(
    "more less fewer higher lower greater smaller bigger larger above below recorded reported "
    "registered posted seen estimated forecast expected predicted projected".split()
)


# Verbs by which a forecaster puts a figure on something, and the words that close the thing.
_FORECAST_VERBS = (
    FORECAST_WORDS | FORECAST_VERBS | frozenset(("see", "saw", "project", "anticipate"))
)
#: Verbs that forecast with "to" before their object: "the tracker points to wage growth of 3%".
_POINT_VERBS = frozenset("point points pointed pointing".split())
_FORECASTER_NOUNS = frozenset("economists analysts forecasters traders markets investors".split())
_CHANGE_NOUNS = frozenset(
    "dip rise fall rebound increase decrease decline drop gain jump slump slowdown pickup "
    "contraction expansion acceleration easing reading level rate cut hike reduction".split()
)
# Change nouns that an indicator's name can stand before ("GDP growth of 1.7%"), and adjectives
# that only say how it changed ("a nominal increase of 5.1 percent").
_NAMED_CHANGES = frozenset(
    "growth increase rise decline fall drop gain contraction expansion".split()
)
_CHANGE_ADJECTIVES = frozenset(
    "real nominal annual monthly quarterly weekly daily yearly sharp modest slight strong steep "
    "small big large further additional overall average cumulative total net seasonal "
    "robust solid weak slow fast rapid".split()
)
_FORECAST_LINKS = frozenset(
    "at of to around near between by growing rising falling settling trending hovering "
    "averaging reaching easing slowing ending closing finishing topping hitting".split()
)
#: Objects of a forecast verb that point back: "our models see it settling around 1.9%".
FORECAST_ANAPHORS = frozenset("it indicator index rate gauge figure".split())


#: Nouns of a policy move, and the verbs that make one: "a quarter-point cut", "that the
#: ECB will raise rates".
_MOVE_NOUNS = RATE_MOVES | frozenset("increase increases rise".split())
_MOVE_VERBS = {"cut": "cut", "lower": "cut", "reduce": "cut", "ease": "cut", "raise": "hike"}
_MOVE_VERBS |= {"hike": "hike", "increase": "hike", "tighten": "hike"}
#: Words between an article and a move noun that only size or order it.
_MOVE_SIZES = frozenset(
    "quarter half quarter-point half-point basis point points percentage bps bp larger bigger "
    "smaller jumbo rate rates interest policy".split()
)

#: Words of a list item that name nothing: "and just 1.9%", "and only 2%".
_LIST_FILLERS = frozenset("just only still even also then some roughly nearly almost".split())
#: Extremes of a series, named after its indicator: "Core Inflation Rate in Japan record low".
_EXTREMES = frozenset(
    ["record low", "record high", "all time high", "all time low", "all-time high", "all-time low"]
)

#: Verbs before the participle of a count's passive: "were sold", "are rostered", "have
#: been registered".
_PASSIVE_AUXILIARIES = frozenset("was were is are have has had".split())
#: Adjectives of the state counted things are in: "2.8 million people were inactive".
_STATE_ADJECTIVES = frozenset(
    "active inactive idle vacant eligible available insolvent overdue".split()
)
#: Nouns of a poll whose size is counted: "a Reuters poll of 17 economists".
_POLL_NOUNS = frozenset("poll survey".split())
_NOT_IN_A_POLL_NAME = (
    PREDICATE_WORDS | CLAUSE_WORDS | FORECAST_WORDS | _FORECAST_VERBS | _POINT_VERBS
) | frozenset("saw see had have who that and".split())

#: Who a survey asks, counted in a survey's size: "The Monthly Business Survey collects data
#: from around 39,000 businesses", "interviewed around 190,000 travellers".
_RESPONDENTS = frozenset(
    "businesses companies firms enterprises households people adults individuals travellers "
    "respondents consumers retailers manufacturers employers outlets "
    "providers managers".split()
)
#: Nouns that count in units of something named elsewhere: "the number of hogs in stock was
#: 428.3 million heads", "container throughput reached 259.42 million TEUs".
#: Words of a survey's name that the capitalized run may keep: "Quarterly Acquisitions and
#: Disposals of Capital Assets Survey".
_NAME_JOINERS = frozenset("of and for &".split())

#: Participles of a forecast whose subject is what is forecast: "growth is seen at 1.4%".
_PASSIVE_FORECASTS = frozenset("seen expected forecast projected estimated".split())
#: Words that open the clause of such a subject: "..., with growth in Q4 seen at".
_CLAUSE_LEADS = frozenset("with while but whereas as".split())
#: Verbs of speech before such a subject: "The minister said exports were expected to ..."
_SAID = frozenset("said says told noted added".split())
#: What joins such a participle to its figure ("seen at", "expected to exceed"; not "by").
_PASSIVE_LINKS = frozenset("at to around near between".split())

#: Verbs that set or revise a figure, the words before its name, and the nouns of an outlook:
#: "raised its outlook for GDP growth to 2.3%".
_SETTING_VERBS = frozenset(
    "raised lowered cut trimmed lifted upgraded downgraded revised kept left held maintained "
    "set reduced increased hold keep raise lower leave maintain reiterated reaffirmed confirmed "
    "affirmed".split()
)
_POSSESSIVES = frozenset("its their his her our the".split())
_NOT_IN_A_SET_NAME = frozenset("for in this next unchanged steady stable on hold".split())
#: Words of a time named from now, before "'s": "this season's crop", "next year's output".
_DEICTIC_TIME = frozenset("this next last current coming season year month week quarter".split())
#: Words before a figure that opens its clause: "An estimated 6.17 million people worked".
_CLAUSE_OPENING_FILLERS = frozenset(
    "a an the just some estimated another further additional".split()
)
_OUTLOOK_NOUNS = frozenset("outlook forecast forecasts projection projections estimate".split())
#: What a period phrase leaves of "for the 2025/26 season" once its years are taken out.
_TIME_LEFTOVERS = frozenset("the a this current coming next season year period crop".split())

#: Nouns of a target set in a figure: "the SNB's 0% to 2% target range".
_TARGET_NOUNS = frozenset("target targets goal ceiling band range objective".split())
#: Words that make a band or range a target's: "target range", "tolerance band".
_TARGET_WORDS = frozenset("target tolerance comfort policy".split())
#: Verbs that set a target and the words that join it to its value: "targets inflation of 2%".
_TARGET_VERBS = frozenset("targets targeting aims".split())
_TARGET_LINKS = frozenset("of at around near between".split())

_MOVE_DETERMINERS = frozenset("a an another one more further additional two three".split())

#: Words before an amount that are no part of the object: "raised the rate by a cumulative
#: 450 basis points".
AMOUNT_ADJECTIVES = frozenset("cumulative total combined further another additional".split())


#: Words that open a clause in which a place is ranked: "..., while Quebec posted the largest
#: gain".
_RANKED_CLAUSE_OPENERS = frozenset(("while", "whereas", "and", "but", ","))
#: Changes a place is ranked by: "posted the largest gain".
_RANKED_CHANGES = frozenset(
    "gain gains increase increases rise rises decline declines drop drops fall falls jump "
    "advance decrease decreases".split()
)
#: Verbs of a sentence that ranks places: "London had the highest median pay".
_RANKING_VERBS = frozenset("had has was is remained remains recorded posted saw reported".split())
#: Words that end the indicator a ranking names.
_RANKING_NP_ENDS = frozenset("in at on for during with while and as among".split())
#: Subjects of a ranking that are no place: "It was the largest decline".
_NOT_PLACES = frozenset("it this that these those there they which".split())
#: Nouns of the rank's holder, not of an indicator: "the largest supplier", "top destination".
RANKING_ROLES = frozenset(
    "supplier suppliers destination destinations buyer buyers market markets source sources "
    "producer producers exporter exporters importer importers group groups reason reasons "
    "contributor contributors driver drivers category categories partner partners "
    "consumer consumers region regions decline declines increase increases rise rises fall "
    "falls reading readings level levels day days month months quarter quarters year years".split()
)
#: Verbs whose subject owns the share after them: "Germany accounts for a third of ...".
_SHARE_VERBS = frozenset(
    "account accounts accounted accounting make makes made making represent represents "
    "represented comprise comprises comprised take takes took supplied supply supplies "
    "provided provides hold holds held".split()
)  # not words.SHARE_VERBS: "..., representing 62.4% of" is a participle, not the owner's verb
#: Words that end the clause naming a share's group.
_SHARE_CLAUSE_ENDS = SPLIT_LEADS | frozenset(
    ("compared", "than", "from", "up", "down", "against", "versus", "according", "but", "while")
)
#: Words that end what counted things did: "farmers have benefited from the purchases, ...".
_DONE_ENDS = _SHARE_CLAUSE_ENDS - {"from"}
#: Words after "have" that make it no verb of having: "have already met", "had been".
_NOT_HAD = frozenset("already not been also yet just never since to".split())
#: Auxiliaries between a split count and its verb: "the other three had expected".
_AUXILIARIES = frozenset(("had", "have", "has", "did", "would", "were", "are"))
#: Plurals after a number that are units, not the group it counts.
_NOT_GROUPS = frozenset(("basis", "points", "percent", "times"))


def _ranked(indicator: str, shares_of: str | None, place: str) -> str:
    """The name of one place's figure in a ranking: "median pay in the South East", "the UAE
    share of gold imports"."""
    if place.startswith("The "):
        place = "the " + place[4:]
    return f"{place} share of {shares_of}" if shares_of else f"{indicator} in {place}"


#: Changes written as comparatives, not nouns: "2.0% higher in the Northeast" is no "2.0%
#: increase in the Northeast".
_COMPARATIVE_CHANGES = frozenset(
    "higher lower up down more less greater smaller bigger stronger weaker".split()
)

#: Words that end the noun before "of" and a figure: "a record", "a total", and verbs of
#: results ("United posted net income of $973 million").
_RESULT_VERBS = frozenset(
    ("posted", "booked", "logged", "notched", "clocked", "generated", "earned")
)
#: Verbs of what a sector or group of firms achieved, whose figure is named "profits of the
#: mining industry" (the statistics offices' form): "the mining industry realized profits of".
_ACHIEVED_VERBS = frozenset(("realized", "realised", "achieved"))
_NOUN_OF_STOPS = ("record", "total", *sorted(_RESULT_VERBS), *sorted(_ACHIEVED_VERBS))

#: Verbs that move a balance into a surplus or a deficit: "swung to a surplus of".
_SWING_VERBS = frozenset(
    "swung swings swing turned turns moved moves switched switches flipped flips returned "
    "returns shifted shifts slipped slips".split()
)

#: Differences priced against another price: "a premium of $45 over soyoil".
_GAP_NOUNS = frozenset(("premium", "discount", "spread"))
#: Words that end the price a difference is measured against: "over baseload in most zones".
_AGAINST_ENDS = frozenset(
    "in for on at during with from by as since after before amid while which where".split()
)
#: A name written with stops: "U.S.", "N.Z.".
_ABBREVIATED_NAME = re.compile(r"(?:[A-Z]\.){2,}")
#: Words after "to" that make no price: "to be", "to pay".
_NOT_AGAINST = frozenset("be pay buy sell reach trade keep".split())

#: Words after a counted noun phrase joined by "and" that close it: "in 155 countries and
#: regions across Asia", "cars and commercial vehicles in March".
_JOINED_NOUN_ENDS = frozenset("in at on across from for during over with by of".split())

#: What a comparison may be made in: "lower in value", "higher in the number of".
_MEASURE_NOUNS = frozenset(
    "value values volume volumes number numbers terms amount quantity quantities tonnage".split()
)

#: Units of a count written out: "twenty-foot equivalent units" (TEUs).
_EQUIVALENT_UNITS = re.compile(r"^[\w-]+ equivalent units?\b", re.IGNORECASE)


# Verbs of what counted things recorded, which a counted noun's phrase may run into: "41 of
# the 60 groups recorded year-on-year growth", "Seven sectors posted month-over-month gains".
_RECORDING_VERBS = frozenset("recorded posted registered logged saw reported".split())

class Phrases(Attacher):
    """Phrase rules of the surface metric strategy."""

    def __init__(self, ctx: DocContext, clauses: Clauses) -> None:
        super().__init__(ctx)
        self.clauses = clauses
        # the ranking each sentence opens with, by its first token (read once per sentence)
        self._ranking_heads: dict[int, tuple[str, str, str | None, int] | None] = {}

    def _object_before_semicolon(self, sent: Sentence, m: Mention) -> str | None:
        doc = self.doc
        semi = next(
            (t for t in range(m.span.start - 1, sent.start, -1) if self.tokens.text[t] == ";"), None
        )
        if semi is None or not self.tokens.is_alpha[semi - 1]:
            return None
        j = semi - 1
        while (
            j > sent.start
            and self.tokens.is_alpha[j - 1]
            and self.tokens.lower[j - 1] not in STOPWORDS
            and self.tokens.lower[j - 1] not in PREDICATE_WORDS
            and (CHANGES, j - 1) not in self.cue_at
        ):
            j -= 1
        return str(doc[j:semi].text)

    def _bracketed_after_name(self, sent: Sentence, m: Mention) -> str | None:
        """ "the record solar power generation (45 TWh)": the noun phrase before the bracket."""
        doc = self.doc
        t = m.span.start - 1
        if (
            t <= sent.start
            or self.tokens.text[t] != "("
            or m.span.end >= sent.end
            or self.tokens.text[m.span.end] != ")"
        ):
            return None
        words = self.clauses._noun_words_before(t - 1, sent, allowed_cues=("upward", "downward"))
        if not words:
            return None
        name = " ".join(self.tokens.text[w] for w in sorted(words))
        tail = doc[m.span.end + 1 : min(sent.end, m.span.end + 3)]
        if (
            len(tail)
            and tail[0].lower_ in ("from", "in", "of")
            and (CHANGES, words[0]) not in self.cue_at
        ):
            rest = self.clauses._phrase_from(tail[0].i + 1, sent)
            if rest:
                name = f"{name} {tail[0].text} {rest}"
        return clean_metric(name)

    def _noun_of(self, sent: Sentence, m: Mention) -> str | None:
        """ "a total investment of US$3.1 billion", "a median price of 94,600 dlrs", "a food
        inflation rate of 6.3%"; not a generic noun alone ("a rate of 2%", "a total of 31")."""
        if m.unit in ("fraction", "times"):
            return None
        t = m.span.start - 1
        while t >= sent.start and (QUALIFIERS, t) in self.cue_at:
            t -= 1
        if t - 1 < sent.start or self.tokens.lower[t] != "of":
            return None
        words = self.clauses._noun_words_before(
            t - 1, sent, allowed_cues=BALANCE_NOUNS, stop=_NOUN_OF_STOPS, hyphens=True
        )
        j = min(words, default=t) - 1
        if self.tokens.lower[j] == "total" and words:
            words.append(j)  # "a total investment of"
        elif not words or self.tokens.lower[t - 1] in ("record", "total"):
            return None
        name = clean_metric(self.tokens.span_text(min(words), max(words) + 1).strip())
        verb = min(words, default=t) - 1
        if name and verb > sent.start and self.tokens.lower[verb] in _ACHIEVED_VERBS:
            achiever = self._achiever(verb, sent)
            if achiever:
                return f"{name} of {achiever}"  # "total profits of the mining industry"
        if name and verb > sent.start and self.tokens.lower[verb] in _RESULT_VERBS:
            # "the gaming segment posted sales of $2.9 billion": the part's sales; a company's
            # own are its sales ("United posted net income of ...")
            part = self.clauses._noun_words_before(verb - 1, sent)
            if part and all(self.tokens.text[w].islower() for w in part):
                name = clean_metric(
                    " ".join(self.tokens.text[w] for w in sorted(part)) + f" {name}"
                )
        core = " ".join(w for w in (name or "").split() if "-" not in w)
        if is_generic(core) or (name or "").split()[-1].lower() in POINT_HEADS:
            # "a weight of 10%", "the pre-crisis peak of 73.0%", "the five-year average of
            # 53%": whose, is elsewhere
            return None
        if name and name.lower() in BALANCE_NOUNS:
            # "The current account posted a surplus of $3.5 billion": whose surplus it is.
            owner = clean_metric(self.clauses._subject_span(sent, m) or "")
            first, _, rest = (owner or "").partition(" ")
            if first.lower() == "trade" and rest.split()[:1] in (["with"], ["between"]):
                if len(rest.split()) <= 6:  # "Trade with EU countries showed a deficit of"
                    return f"trade {name} {rest}"
            if owner and len(owner.split()) <= 4 and not is_generic(owner):
                return f"{owner} {name}"
        if name and name.lower() in _GAP_NOUNS:
            against = self._priced_against(sent, m)
            if against:
                return f"{name} {against}"
        return name

    def balance_before(self, sent: Sentence, m: Mention) -> tuple[int, int] | None:
        """The first word and the noun of "a surplus of" / "a trade deficit of" right before
        the figure (past its qualifiers), or None."""
        lower = self.tokens.lower
        t = m.span.start - 1
        while t > sent.start and ((QUALIFIERS, t) in self.cue_at or lower[t] == "between"):
            t -= 1  # "a deficit of between 2 and 2.5 billion"
        noun = t - 1
        if noun <= sent.start or lower[t] != "of" or lower[noun] not in BALANCE_NOUNS:
            return None
        first = noun
        while (
            first - 1 > sent.start
            and noun - first < 3
            and self.tokens.is_alpha[first - 1]
            and lower[first - 1] not in STOPWORDS
            and (CHANGES, first - 1) not in self.cue_at
        ):
            first -= 1
        return (first, noun) if lower[first - 1] in ("a", "an") else None

    def _names_a_contract(self, j: int, sent: Sentence) -> bool:
        """Whether a month at j names a contract or a delivery with the noun after it ("the
        March futures contract", "July cargoes"), not the time of the figure."""
        nxt = j + 1
        return (
            nxt < sent.end
            and self.tokens.is_alpha[nxt]
            and self.tokens.lower[nxt] not in STOPWORDS
            and (PERIODS_TOKENS, nxt) not in self.cue_at
        )

    def swung_into(self, sent: Sentence, first: int) -> str | None:
        """Whose balance a verb of moving brings into a surplus or a deficit: "The capital
        account swung to a surplus of" -> "capital account", "the goods balance turned back
        into a deficit of" -> "goods balance"; an owner that names a balance itself takes the
        new one's name ("The services deficit turned to a surplus of" -> "services surplus").
        None unless the balance's first word (`first`) follows "a", "to"/"into" (and "back")
        and such a verb."""
        lower = self.tokens.lower
        k = first - 1
        if k <= sent.start or lower[k] not in ("a", "an"):
            return None
        k -= 1
        if lower[k] not in ("to", "into"):
            return None
        k -= 1
        if k > sent.start and lower[k] == "back":
            k -= 1
        if k <= sent.start or lower[k] not in _SWING_VERBS:
            return None
        owner = self.clauses._noun_words_before(k - 1, sent, allowed_cues=BALANCE_NOUNS)
        if not owner or len(owner) > 5:
            return None
        name = clean_metric(self.tokens.span_text(min(owner), max(owner) + 1).strip())
        if not name or is_generic(name) or name.lower() in BALANCE_NOUNS:
            return None
        last = name.split()[-1]
        if last.lower() in BALANCE_NOUNS:
            return name[: len(name) - len(last)].strip()  # the new balance's noun follows
        if self.ctx.sentence_start(min(owner)) and self.tokens.text[min(owner)][1:].islower():
            name = name[:1].lower() + name[1:]
        return name

    def _priced_against(self, sent: Sentence, m: Mention) -> str | None:
        """What a premium, a discount or a spread is measured against, after the figure:
        "a premium of $45 a tonne over soyoil" -> "over soyoil", "a discount of 1.2 dollars
        to the March contract" -> "to March contract"; None when no "over"/"to" and a noun
        phrase follow within the figure's unit words ("a discount of 10% to 20%")."""
        lower, text = self.tokens.lower, self.tokens.text
        k = m.span.end
        while k < sent.end and k - m.span.end < 7 and lower[k] not in ("over", "to"):
            if text[k] in (",", ";", ":", "(", ")") or (CHANGES, k) in self.cue_at:
                return None
            k += 1
        if k >= sent.end or lower[k] not in ("over", "to"):
            return None
        start = j = k + 1
        if j < sent.end and lower[j] in ("the", "a", "an"):
            start = j = j + 1
        while j < sent.end and j - start < 5:
            if self.tokens.hyphen_joins(j) and j > start:
                j += 1  # "the day-ahead price"
                continue
            if (
                not (self.tokens.is_alpha[j] or _ABBREVIATED_NAME.fullmatch(text[j]))
                or lower[j] in STOPWORDS
                or lower[j] in _AGAINST_ENDS
                or ((PERIODS_TOKENS, j) in self.cue_at and not self._names_a_contract(j, sent))
                or (QUANT_TOKENS, j) in self.cue_at
                or (CHANGES, j) in self.cue_at
            ):
                break
            j += 1
        if j == start or lower[start] in _NOT_AGAINST or self.tokens.hyphen_joins(j - 1):
            return None
        return f"{lower[k]} {clean_metric(self.tokens.span_text(start, j).strip())}"

    def _achiever(self, verb: int, sent: Sentence) -> str | None:
        """The group before "realized"/"achieved", from its clause's start (past a period
        or a comma that opens the sentence): "industrial enterprises above designated size",
        "service enterprises in the eastern region"; None for a name in capitals (a firm)."""
        lower, text = self.tokens.lower, self.tokens.text
        start = verb - 1
        while start > sent.start and text[start - 1] not in (",", ";", ":"):
            start -= 1
        while start < verb and (PERIODS_TOKENS, start) in self.cue_at:
            start += 1
        if start >= verb or verb - start > 10:
            return None
        words = [k for k in range(start, verb) if lower[k] not in ("the", "a", "an")]
        if not words or any((QUANT_TOKENS, k) in self.cue_at for k in words):
            return None
        if text[words[0]][:1].isupper() and start != sent.start:
            return None  # "..., China Mobile realized": a firm's own figure
        if text[words[0]][:1].isupper() and any(text[k][:1].isupper() for k in words[1:]):
            return None
        phrase = self.tokens.span_text(start, verb).strip()
        return phrase[:1].lower() + phrase[1:] if start == sent.start else phrase

    def _bracketed_after_period(self, m: Mention) -> bool:
        t = m.span.start - 1
        return t > 0 and self.tokens.text[t] == "(" and (PERIODS_TOKENS, t - 1) in self.cue_at

    def _change_noun_of(self, m: Mention) -> bool:
        """Whether the number follows "a rise of", "an increase of", "a fall of"."""
        t = self.before_qualifiers(m.span.start)
        return t >= 1 and self.tokens.lower[t] == "of" and (CHANGES, t - 1) in self.cue_at

    def _named_change(self, sent: Sentence, m: Mention) -> str | None:
        """ "GDP growth of 1.7%", "wage growth of 3.2%": a change noun whose indicator is
        named right before it (not "a rise of", "an annual increase of")."""
        t = self.before_qualifiers(m.span.start)
        if t < 2 or self.tokens.lower[t - 1] not in _NAMED_CHANGES:
            return None
        words = self.clauses._noun_words_before(t - 2, sent)
        words = [
            w
            for w in words
            if (BASES, w) not in self.cue_at
            and self.tokens.lower[w] not in _CHANGE_ADJECTIVES
            and not modifier_word(self.tokens.lower[w])
        ]
        if not words or words != list(range(t - 2, t - 2 - len(words), -1)):
            return None
        name = clean_metric(" ".join(self.tokens.text[w] for w in sorted(words)))
        if not name or is_generic(name):
            return None
        return f"{name} {self.tokens.text[t - 1]}"

    def _object_of_verb(self, sent: Sentence, m: Mention, determined: bool = False) -> str | None:
        """The object between a change verb and "by"/"to" + the number; if `determined`, only
        an object opened by "its", "their" or "the" ("lifted the index by 0.4%", not "rose
        sharply by 5%")."""
        doc = self.doc
        pred = self.clauses._predicate(sent, m)
        if pred is None or ((CHANGES, pred) not in self.cue_at and determined):
            return None
        t = pred
        opened = False
        while t < m.span.start and (
            (CHANGES, t) in self.cue_at
            or self.tokens.lower[t] in PREDICATE_WORDS
            or self.tokens.lower[t] in FIGURE_VERBS
            or self.tokens.lower[t] in ("its", "their", "the")
        ):
            opened = opened or self.tokens.lower[t] in ("its", "their", "the")
            t += 1  # "cut its key overnight rate by 25 basis points"
        if determined and not opened:
            return None
        end = m.span.start
        while end > t and (
            self.tokens.lower[end - 1] in ("by", "to", "a", "an", "the", "of", "at")
            or self.tokens.lower[end - 1] in AMOUNT_ADJECTIVES
            or (QUALIFIERS, end - 1) in self.cue_at
            or (PERIODS_TOKENS, end - 1) in self.cue_at  # "its projection for 2025 to 4.8%"
        ):
            end -= 1
        words = doc[t:end]
        if len(words) > 3 and words[-1].text == ")" and words[-3].text == "(":
            body = doc[t : end - 3]  # "its official cash rate (OCR) by": the name's initials
            if not all(w.is_alpha for w in body) or not words[-2].is_upper:
                return None
        elif not len(words) or len(words) > 6 or not all(w.is_alpha for w in words):
            return None
        if words[0].lower_ in STOPWORDS or any((MARKERS, w.i) in self.cue_at for w in words):
            return None
        if words[-1].lower_ in ("for", "on", "at", "in", "with"):
            return None  # "had called for 655,000": a verb and its preposition, no object
        return clean_metric(words.text)

    def _forecast_object(self, sent: Sentence, m: Mention) -> str | None:
        """What a forecaster puts a figure on: "the RBA now sees trimmed mean inflation at
        2.6%", "expects core inflation to ease to 2.4%", "forecast retail sales growth of
        0.5%" (the noun phrase between the forecast verb and its "at", "of" or "to")."""
        lower, text = self.tokens.lower, self.tokens.text
        verb = None
        for t in range(m.span.start - 1, max(sent.start, m.span.start - 14) - 1, -1):
            if (QUANT_TOKENS, t) in self.cue_at or text[t] in (";", ":", ","):
                return None
            if lower[t] in _FORECAST_VERBS or lower[t] in _PASSIVE_FORECASTS:
                verb = t
                break
            if lower[t] == "to" and t > sent.start and lower[t - 1] in _POINT_VERBS:
                verb = t  # the object starts after "points to"
                break
        if verb is None:
            return None
        if lower[verb] in _PASSIVE_FORECASTS and lower[verb + 1] in _PASSIVE_LINKS:
            return self._passive_subject(verb, sent)  # "with growth in Q4 seen at 6.1%"
        end = verb + 1
        dated = None  # where a period inside the object starts
        while end < m.span.start and lower[end] not in _FORECAST_LINKS:
            if (PERIODS_TOKENS, end) in self.cue_at and not self._leading_period(verb + 1, end):
                if dated is None:
                    dated = end  # "expects nominal sales in November and December to rise"
            elif (
                not self.tokens.is_alpha[end]
                and text[end] not in ("-", "'s", "’s", "'", "’")  # "dairy companies' revenue"
                and not (
                    text[end].replace("-", "").isalnum() and (QUANT_TOKENS, end) not in self.cue_at
                )
            ):
                return None  # but "expect 30-year rates to average ...", "see e-2W sales"
            end += 1
        if dated is not None:
            if end >= m.span.start or lower[end] != "to":
                return None  # a period inside an object that no "to" ends: not this shape
            end = dated
            while end > verb + 1 and lower[end - 1] in ("in", "for", "during", "over", "of"):
                end -= 1
        if lower[verb] == "saw" and (end >= m.span.start or not lower[end].endswith("ing")):
            return None  # "saw inflation averaging 3.6%", not "saw a lower rate of 5.5%"
        start = verb + 1
        while start < end and (
            lower[start] in ("the", "its", "their", "a", "an", "slightly")
            or self._leading_period(verb + 1, start)
        ):
            start += 1  # "expects November and December sales to grow": the sales
        if start < end and lower[start] in _CHANGE_NOUNS:
            # "expected a dip in construction output of 1.1%": what dips
            if start + 1 >= end or lower[start + 1] not in ("in", "of"):
                return None
            start += 2
        words = [w for w in lower[start:end] if w not in ("the", "its", "their", "a", "an")]
        if len(words) == 1 and words[0] in FORECAST_ANAPHORS:
            return words[0]  # "see it settling around": the caller resolves what it is
        # an indicator's title may be long: "the GDP Growth Rate MoM in the United Kingdom"
        longest = 10 if start < end and text[start][:1].isupper() else 6
        if not words or len(words) > longest or end == m.span.start or words[0] in STOPWORDS:
            return None
        if words[-1] in ORG_WORDS or words[-1] in _FORECASTER_NOUNS:
            return None  # "expected the central bank to keep the rate at 4.50%"
        phrase = clean_metric(self.tokens.span_text(start, end).strip())
        if phrase and words == ["growth"]:
            return phrase  # "The RBI projects growth of 6.5 per cent": what it projects
        return phrase if phrase and not is_generic(phrase) else None

    def _passive_subject(self, verb: int, sent: Sentence) -> str | None:
        """ "..., with growth in the fourth quarter seen at 6.1%": the noun phrase before a
        forecast participle, less its period and the words that open its clause."""
        lower = self.tokens.lower
        k = verb - 1
        while k > sent.start and lower[k] in ("is", "are", "was", "were", "now", "being"):
            k -= 1
        words: list[str] = []
        while k >= sent.start and verb - k <= 10:
            if (PERIODS_TOKENS, k) in self.cue_at:
                k -= 1
                continue
            if not self.tokens.is_alpha[k] or lower[k] in _CLAUSE_LEADS | _SAID:
                break  # (not "The minister said exports were expected to exceed": who spoke)
            words.insert(0, self.tokens.text[k])
            k -= 1
        while words and words[0].lower() in ("the", "a", "an", "and"):
            words.pop(0)
        phrase = clean_metric(" ".join(words)) if words else None
        return phrase if phrase and not set(phrase.lower().split()) & PREDICATE_WORDS else None

    def vote_count(self, sent: Sentence, m: Mention) -> str | None:
        """ "The six-member MPC voted five to one": the members of the body that voted."""
        lower = self.tokens.lower
        if m.unit != "count":
            return None
        s, e = m.span.start, m.span.end
        if e < sent.end and lower[e] == "to":
            first = s  # "voted five to one": the first count
        elif s - 2 > sent.start and lower[s - 1] == "to" and self.tokens.like_num[s - 2]:
            first = s - 2  # the second count
        else:
            return None
        k = first - 1
        if lower[k] == "by":
            k -= 1
        if lower[k] not in ("voted", "vote"):
            return None
        words = [
            self.tokens.text[j]
            for j in range(max(sent.start, k - 5), k)
            if self.tokens.is_alpha[j]
            and lower[j] not in ("the", "a", "an", "member", "'s", "also")
            and (PERIODS_TOKENS, j) not in self.cue_at
            and not (j + 1 < k and self.tokens.text[j + 1] == "-")  # "six-member"
        ]
        body = " ".join(words[-3:]) if words else "members"
        return clean_metric(f"{body} members voting")

    def split_count(self, sent: Sentence, m: Mention) -> str | None:
        """ "Of the 20 economists polled, 14 expected a hold, while two forecast a cut": a count
        heading a clause counts the part of a group (named at an earlier count of the
        sentence) that did what its clause says: "economists forecast a cut"."""
        lower, like_num = self.tokens.lower, self.tokens.like_num
        s, e = m.span.start, m.span.end
        share = m.unit in ("percent", "fraction")  # "12% of firms ..., while 9% expect it to fall"
        if not (m.unit == "count" or share) or s - 1 <= sent.start or not heads_clause(lower, s, e):
            return None
        group = next(
            (
                noun
                for t in range(s - 2, sent.start - 1, -1)
                if like_num[t] and (noun := self._group_noun(t, sent))
            ),
            None,
        )
        if group is None:
            return None
        kept: list[str] = []
        k = e
        while k < e + 2 and lower[k] in _AUXILIARIES:
            k += 1  # "three had expected" -> "expecting"
        if k >= sent.end or not is_clause_verb(lower[k]):
            return None
        kept.append(gerund(lower[k]))
        kept += self._clause_words(k + 1, min(sent.end, e + 10), SPLIT_LEADS, numbers=False)
        return clean_metric(" ".join(["share of" if share else "", group, *kept]).strip())

    def share_of_group(self, sent: Sentence, m: Mention) -> str | None:
        """ "17% of trading businesses reported a fall in turnover" -> "share of trading
        businesses reporting a fall in turnover", "4.4% of outstanding debt was in some stage
        of delinquency" -> "share of outstanding debt in some stage of delinquency": a share of
        a group is named by what the group did or was."""
        if m.unit not in ("percent", "fraction"):
            return None
        tokens, lower = self.tokens, self.tokens.lower
        t = self.clauses._past_bracket(m.span.end, sent)
        if t < sent.end and lower[t] == ")" and m.span.start > 0 and lower[m.span.start - 1] == "(":
            t += 1  # "6 in 10 (59%) adults reported": the share restated in brackets
        # "6 in 10 adults reported ...": a share written "N in M" names its group with no "of"
        counted = " in " in self.ctx.text(m.span) or (
            m.span.start > 1
            and lower[m.span.start - 1] == "("
            and " in " in tokens.span_text(max(sent.start, m.span.start - 4), m.span.start)
        )
        if t >= sent.end or (lower[t] != "of" and not counted):
            return None
        if lower[t] != "of":
            t -= 1  # the group starts right here
        before = m.span.start - 1
        while before > sent.start and (
            (QUALIFIERS, before) in self.cue_at or lower[before] in ("for", "up", "a", "an")
        ):
            before -= 1
        if lower[before] in _SHARE_VERBS:
            return None  # "Services make up four-fifths of UK gross value added": its owner's
        found = self.group_clause(t + 1, sent)
        if found is None:
            return None
        start, k = found
        group = tokens.span_text(start, k)
        kept = [] if lower[k] in COPULAS else [gerund(lower[k])]
        kept += self._clause_words(k + 1, min(sent.end, k + 10), _SHARE_CLAUSE_ENDS, numbers=True)
        if not kept:
            return None
        return clean_metric(" ".join(["share of", group, *kept]))

    def _clause_words(self, k: int, stop: int, ends: frozenset[str], numbers: bool) -> list[str]:
        """The words of a clause from k (its verb's object and the rest), up to one of `ends`,
        another figure or a period, hyphenated words joined ("year-on-year"); with `numbers`
        a number that is no figure stays ("90 or more days delinquent"), else it ends the
        clause, and a size before a hyphen is left out ("a 25-basis-point cut")."""
        tokens, lower = self.tokens, self.tokens.lower
        kept: list[str] = []
        while k < stop:
            word = lower[k]
            if not numbers and tokens.like_num[k] and k + 1 < stop and lower[k + 1] in ("-", "–"):
                while k + 2 < stop and lower[k + 1] in ("-", "–"):
                    k += 2  # "a 25-basis-point cut": the size of the move, not who made it
                k += 1
                continue
            if word in ("-", "–") and kept and k + 1 < stop:
                kept[-1] += tokens.text[k] + tokens.text[k + 1]  # "year-on-year"
                k += 2
                continue
            if (
                word in ends
                or (QUANT_TOKENS, k) in self.cue_at
                or (PERIODS_TOKENS, k) in self.cue_at
                or (tokens.like_num[k] and not numbers)
                or not (tokens.is_alpha[k] or tokens.like_num[k])
            ):
                break
            kept.append(tokens.text[k])
            k += 1
        while kept and kept[-1].lower() in STOPWORDS:
            kept.pop()
        return kept

    def ranking_item(self, sent: Sentence, m: Mention) -> str | None:
        """ "London had the highest median weekly pay, at £951, followed by the South East at
        £761, while Wales (£664) ...": a sentence that ranks places by an indicator names each
        place's figure by the indicator and the place ("median weekly pay in the South
        East"); a ranked role ("the largest source of gold imports") names shares of it."""
        if sent.start not in self._ranking_heads:
            self._ranking_heads[sent.start] = self._ranking_head(sent)
        head = self._ranking_heads[sent.start]
        if head is None:
            return None
        place, indicator, shares_of, end = head
        if m.span.start < end:
            return None
        if shares_of and m.unit != "percent":
            return None  # "the largest source of gold imports": only its shares are named
        lower, text = self.tokens.lower, self.tokens.text
        t = m.span.start - 1
        if text[t] == ",":  # "(27 TWh, +5%)": the place before the bracket
            opened = next((k for k in range(t - 1, max(end, t - 8), -1) if text[k] == "("), None)
            t = t if opened is None else opened
        while t > end and (lower[t] in ("at", "(", "of", "with") or (QUALIFIERS, t) in self.cue_at):
            t -= 1
        last = t
        while t > end and text[t][:1].isupper() and self.tokens.is_alpha[t]:
            t -= 1
        if last > t >= end:  # a place named right before the figure
            if lower[t] == "the":
                t -= 1
            if (AGENCY_TOKENS, last) not in self.cue_at:
                return _ranked(indicator, shares_of, self.tokens.span_text(t + 1, last + 1))
        first = next(
            (k for k in range(end, m.span.start) if (QUANT_TOKENS, k) in self.cue_at), None
        )
        return _ranked(indicator, shares_of, place) if first is None else None

    def _ranking_head(self, sent: Sentence) -> tuple[str, str, str | None, int] | None:
        """(place, indicator, what a ranked role holds shares of, end) of "London had the
        highest median weekly pay" or "Switzerland was the largest source of gold imports"
        opening a sentence (after an opening period phrase)."""
        lower, text = self.tokens.lower, self.tokens.text
        t = sent.start
        if (PERIODS_TOKENS, t) in self.cue_at:
            while t < sent.end and (PERIODS_TOKENS, t) in self.cue_at:
                t += 1
            if t < sent.end and text[t] == ",":
                t += 1
        found = self._ranking_head_at(t, sent)
        if found is not None:
            return found
        # "Permit values declined in six provinces, ..., while Quebec posted the largest gain,
        # up 11.8%": a place ranked by a change in a clause of its own; the change is of the
        # indicator that opens the sentence
        opening = self._opening_noun(sent)
        for k in range(t + 1, sent.end - 3):
            if lower[k] not in _RANKED_CLAUSE_OPENERS or not text[k + 1][:1].isupper():
                continue
            found = self._ranking_head_at(k + 1, sent, changes=True)
            if found is not None and opening:
                place, _, shares_of, end = found
                return place, opening, shares_of, end
        return None

    def _opening_noun(self, sent: Sentence) -> str | None:
        """The plain words that open a sentence before its first verb or change word: the
        indicator it is about ("Permit values declined in six provinces")."""
        lower = self.tokens.lower
        k = sent.start
        while (
            k < sent.end
            and self.tokens.is_alpha[k]
            and lower[k] not in STOPWORDS
            and lower[k] not in PREDICATE_WORDS
            and (CHANGES, k) not in self.cue_at
            and (PERIODS_TOKENS, k) not in self.cue_at
            and (AGENCY_TOKENS, k) not in self.cue_at
        ):
            k += 1
        if k == sent.start or k >= sent.end or (CHANGES, k) not in self.cue_at:
            return None
        return clean_metric(self.tokens.span_text(sent.start, k))

    def _ranking_head_at(
        self, t: int, sent: Sentence, changes: bool = False
    ) -> tuple[str, str, str | None, int] | None:
        """The ranking head of `_ranking_head` opening at t; with `changes`, one whose ranked
        noun is a change ("the largest gain"), whose indicator the caller names."""
        lower, text = self.tokens.lower, self.tokens.text
        start = t
        if t < sent.end and lower[t] == "the":
            t += 1
        while t < sent.end and text[t][:1].isupper() and self.tokens.is_alpha[t] and t - start < 4:
            t += 1
        if (
            t == start
            or t + 2 >= sent.end
            or lower[t] not in _RANKING_VERBS
            or lower[start] in _NOT_PLACES  # "It was the largest decline"
            or lower[t + 1] != "the"
            or lower[t + 2] not in SUPERLATIVES
        ):
            return None
        k = t + 3
        while (
            k < sent.end
            and k - t < 10
            and (self.tokens.is_alpha[k] or text[k] == "-")
            and lower[k] not in _RANKING_NP_ENDS
            and (PERIODS_TOKENS, k) not in self.cue_at
            and lower[k : k + 2] not in (("of", "any"), ("of", "all"))
        ):  # "the highest claimant rate of any region": the indicator ends at "of any"
            k += 1
        if changes:
            if k != t + 4 or lower[t + 3] not in _RANKED_CHANGES:
                return None
            return self.tokens.span_text(start, t), "", None, k
        if (
            k == t + 3
            or lower[k - 1] in RANKING_ROLES
            or (lower[t + 3] in RANKING_ROLES and lower[t + 4 : t + 5] != ("of",))
        ):
            # "the largest supplier", "the largest contributor to the headline rate": a role,
            # not the indicator the figures are of ("the largest source of X" names shares)
            return None
        indicator = self.tokens.span_text(t + 3, k)
        role, _, rest = indicator.partition(" of ")
        shares_of = rest if rest and role.split()[-1].lower() in RANKING_ROLES else None
        return self.tokens.span_text(start, t), indicator, shares_of, k

    def _group_noun(self, t: int, sent: Sentence) -> str | None:
        """The plural noun a count at `t` counts: "eight of its 12 districts" -> "districts",
        "a poll of 32 economists" -> "economists"; not a unit ("25 basis points")."""
        tokens, lower = self.tokens, self.tokens.lower
        k = t + 1
        while k < sent.end and lower[k] in ("%", "percent", "per", "cent"):
            k += 1  # "12% of firms"
        if k < sent.end and lower[k] == "of":
            k += 1
            while k < sent.end and (
                lower[k] in ("the", "its", "their", "all") or tokens.like_num[k]
            ):
                k += 1
        first = k
        for k in range(k, min(sent.end, k + 3)):  # "nine board members"
            word = lower[k]
            if (
                not tokens.is_alpha[k]
                or word in STOPWORDS
                or (is_clause_verb(word) and not word.endswith("ing"))
            ):
                return None  # not "112 expected lower sales"; but "12% of trading firms"
            if word.endswith("s"):
                ok = word not in TIME_UNITS and word not in _NOT_GROUPS
                # with the words before it: "the 18 manufacturing industries"
                return tokens.span_text(first, k + 1) if ok else None
        return None

    def target_object(self, sent: Sentence, m: Mention) -> str | None:
        """ "The central bank targets inflation of 1.5% to 3.5%", "aims for inflation around
        2%": the target for the thing named after the verb ("inflation target")."""
        lower = self.tokens.lower
        link = m.span.start - 1
        while link > sent.start and (QUALIFIERS, link) in self.cue_at:
            link -= 1
        if link <= sent.start or lower[link] not in _TARGET_LINKS:
            return None
        verb = self.word_back(link - 1, sent, 4, _TARGET_VERBS)
        if verb is None or verb + 1 >= link:
            return None
        words = self.tokens.span_text(verb + 1, link)
        if lower[verb] == "aims" and lower[verb + 1] == "for":
            words = self.tokens.span_text(verb + 2, link)
        if not words or words.split()[0].lower() in STOPWORDS:
            return None
        return f"{words} target"

    def target_after(self, sent: Sentence, m: Mention) -> str | None:
        """ "the SNB's 0% to 2% target range", "the RBI's 2%-6% tolerance band", "the 4.5%
        ceiling of the central bank's tolerance range", "the ministry's 5.2% growth target": a
        target set in the noun after the number (or after the range it opens), with its owner."""
        lower, tokens = self.tokens.lower, self.tokens
        t = m.span.end
        if t + 1 < sent.end and lower[t] in ("to", "-", "–", "—", "and") and tokens.like_num[t + 1]:
            t += 2  # the range's other bound
            while t < sent.end and lower[t] in ("%", "per", "cent", "percent", "pct"):
                t += 1
        if t < sent.end and lower[t] in ("-", "–"):
            t += 1  # "a 2%-target"
        start = t
        while t < sent.end and t - start < 3 and lower[t] not in _TARGET_NOUNS:
            if not tokens.is_alpha[t] or lower[t] in STOPWORDS:
                return None
            t += 1
        if t >= sent.end or lower[t] not in _TARGET_NOUNS:
            return None
        if lower[t] in ("band", "range") and not _TARGET_WORDS.intersection(lower[start:t]):
            return None  # "the 1.6% to 2.4% forecast range", "its previous 3% to 6% range"
        end = t + 1
        if end < sent.end and lower[end] in _TARGET_NOUNS:
            end += 1  # "target range", "target band"
        words = tokens.span_text(start, end).strip()
        if end < sent.end and lower[end] == "of" and lower[t] not in ("target", "goal"):
            the = "the " if end + 1 < sent.end and lower[end + 1] == "the" else ""
            tail = self.clauses._phrase_from(end + 1 + bool(the), sent)  # "ceiling of the bank's"
            return clean_metric(f"{words} of {the}{tail}") if tail else None
        owner = self._possessor(m, sent)
        return clean_metric(f"{owner} {words}" if owner else words)

    def target_before(self, sent: Sentence, m: Mention) -> str | None:
        """ "its target range of 2% to 4%", "the Reserve Bank's tolerance band of 3% to 6%": a
        target band or range named before "of" and the figure (or the range it closes), with
        its owner."""
        lower, tokens = self.tokens.lower, self.tokens
        t = m.span.start - 1
        if t > sent.start and lower[t] in ("to", "and", "-", "\u2013"):
            first = self.cue_at.get((QUANT_TOKENS, t - 1))
            if first is None:
                return None
            t = first.start - 1  # the range's other bound
        while t > sent.start and ((QUALIFIERS, t) in self.cue_at or lower[t] == "between"):
            t -= 1
        if t - 1 <= sent.start or lower[t] != "of" or lower[t - 1] not in ("band", "range"):
            return None
        start = t - 1
        while start > sent.start and t - start < 4 and tokens.is_alpha[start - 1]:
            if lower[start - 1] in STOPWORDS:
                break
            start -= 1
        if not _TARGET_WORDS.intersection(lower[start : t - 1]):
            return None  # "a range of 2% to 4%": no target
        words = tokens.span_text(start, t).strip()
        owner = self._possessor_at(start - 1, sent)
        return clean_metric(f"{owner} {words}" if owner else words)

    def revised_object(self, sent: Sentence, m: Mention) -> str | None:
        """ "The ministry raised its export growth target for 2025 to between 5% and 6%",
        "Officials lowered their outlook for GDP growth to 1.4%": what a verb of setting or
        revising moves to the value (an outlook or forecast "for X" is X's)."""
        lower = self.tokens.lower
        link = m.span.start - 1
        while link > sent.start and (
            (QUALIFIERS, link) in self.cue_at or lower[link] in ("between", "a", "an")
        ):
            link -= 1
        if link <= sent.start or lower[link] not in ("to", "at", "of", "by"):
            return None
        if (
            lower[link] == "of"
            and link - 3 > sent.start
            and lower[link - 1] == "range"
            and lower[link - 2] in ("a", "the")
            and lower[link - 3] == "to"
        ):
            link -= 3  # "... to a range of 2% to 3%"
        if lower[link] == "to" and (moved := self.cue_at.get((QUANT_TOKENS, link - 1))):
            if moved.start - 1 <= sent.start or lower[moved.start - 1] != "by":
                return None
            link = moved.start - 1  # "raised its quarterly dividend by 10% to 55 cents"
        if lower[link] == "of" and not any(  # "reiterated its forecast for revenue growth of"
            lower[j] == "for" and lower[j - 1] in _OUTLOOK_NOUNS
            for j in range(max(sent.start + 1, link - 8), link)
        ):
            return None
        k = link - 1
        while (
            k > sent.start
            and link - k <= 10
            and (lower[k] not in _POSSESSIVES or lower[k - 1] == "for")  # "for the 2025 crop"
            and lower[k] not in _SETTING_VERBS
        ):
            if (
                not self.tokens.is_alpha[k]
                and self.tokens.text[k] not in ("-", "'s")
                and (PERIODS_TOKENS, k) not in self.cue_at
            ):
                return None
            k -= 1
        # "raised its export growth target to", or "voted to hold Bank Rate at 4%": a named
        # rate right after the verb
        named = lower[k] in _SETTING_VERBS and k + 1 < link and self.tokens.is_title[k + 1]
        owned = lower[k] in _POSSESSIVES and k > sent.start and lower[k - 1] in _SETTING_VERBS
        if not (named or owned):
            return None
        first = k + 1
        while first < link and (PERIODS_TOKENS, first) in self.cue_at:
            first += 1  # "its full-year forecast for ...", "its FY27 outlook for ..."
        if link - first > 2 and lower[first] in _OUTLOOK_NOUNS and lower[first + 1] == "for":
            first += 2  # "their outlook for GDP growth", "its forecast for 2026 wheat output"
        words = [
            self.tokens.text[j]
            for j in range(first, link)
            if (PERIODS_TOKENS, j) not in self.cue_at
        ]
        cut = next((i for i in range(len(words) - 1, 0, -1) if words[i].lower() == "for"), None)
        if cut is not None and all(w.lower() in _TIME_LEFTOVERS for w in words[cut + 1 :]):
            words = words[:cut]  # "its forecast milk price for the 2025/26 season"
        while words and words[-1].lower() in _NOT_IN_A_SET_NAME:
            words.pop()  # "its target for 2025", "the rate on hold": no part of the name
        if len(words) > 1 and words[0].lower() in _OUTLOOK_NOUNS:
            words = words[1:]  # "cut its forecast farmgate milk price": the price forecast
        for i, word in enumerate(words[:3]):
            if word in ("'s", "\u2019s") and all(w.lower() in _DEICTIC_TIME for w in words[:i]):
                words = words[i + 1 :]  # "this season's sugar output": the output
                break
        if len(words) > 1 and words[-1].lower() in _OUTLOOK_NOUNS:
            words = words[:-1]  # "its real GDP growth projection": the growth projected
        phrase = clean_metric(" ".join(words).replace(" - ", "-")) if words else None
        return phrase if phrase and not is_generic(phrase) else None

    def _line_label(self, sent: Sentence, m: Mention) -> str | None:
        """ "clothing & footwear: prices, overall, rose": the heading before a colon."""
        doc = self.doc
        colon = next(
            (t for t in range(sent.start, m.span.start) if self.tokens.text[t] == ":"), None
        )
        if colon is None or colon - sent.start > 10 or colon == sent.start:
            return None
        head = doc[sent.start : colon]
        if any(
            t.lower_ in PREDICATE_WORDS or (CHANGES, t.i) in self.cue_at or t.like_num for t in head
        ):
            return None
        return head.text.strip() or None

    def colon_label(self, sent: Sentence, m: Mention) -> str | None:
        """ "Earnings per share: $1.91 adjusted vs. $1.84 expected", "Jobless rate: 4.1%": the
        label a line opens with before a colon names its figure and the figure it is set
        against; "adjusted" after the line's first figure is part of the name."""
        text, lower = self.tokens.text, self.tokens.lower
        colon = next((t for t in range(m.span.start - 1, sent.start, -1) if text[t] == ":"), None)
        if colon is None or colon - sent.start > 8:
            return None
        head = range(sent.start, colon)
        if any(
            lower[t] in PREDICATE_WORDS
            or (CHANGES, t) in self.cue_at
            or (QUANT_TOKENS, t) in self.cue_at
            or text[t] in (",", ";", ".")
            for t in head
        ):
            return None  # "Prices rose 2%: ...", "In 2024, ...": no label
        between = range(colon + 1, m.span.start)
        if between and not any(lower[t] in _SET_AGAINST for t in between):
            return None  # "Outlook: growth of 2% ...": a sentence after the colon, not a figure
        label = clean_metric(self.tokens.span_text(sent.start, colon).strip())
        if not label or is_generic(label):
            return None
        first = colon + 1
        while first < m.span.end and (QUANT_TOKENS, first) not in self.cue_at:
            first += 1
        while first < sent.end and (QUANT_TOKENS, first) in self.cue_at:
            first += 1
        if first < sent.end and lower[first] == "adjusted":
            lead = label if label[:2].isupper() else label[:1].lower() + label[1:]
            return f"adjusted {lead}"
        return label

    def _list_item(self, head: Mention, m: Mention) -> str | None:
        """ "onshore wind dropping by 17% and offshore wind by 22%": the item's own name."""
        doc = self.doc
        between = [
            t for t in doc[head.span.end : m.span.start] if (PERIODS_TOKENS, t.i) not in self.cue_at
        ]
        cut = max(
            (k for k, t in enumerate(between) if t.lower_ in ("and", ",", "or", ")")), default=-1
        )
        own = [
            t
            for t in between[cut + 1 :]
            if t.lower_ not in ("by", "of", "(", "at", "to")
            and (QUALIFIERS, t.i) not in self.cue_at
        ]  # "and nearly 22%": the qualifier is no name
        if not own or any(not t.is_alpha and t.text != "&" for t in own):
            return None  # (a company's "&": "Honda Motorcycle & Scooter India 5.72 lakh")
        if own[-1].lower_ in ("the", "a", "an"):
            return None  # "and well short of the 53.2": a value compared with, no item's name
        if all(t.lower_ in _LIST_FILLERS for t in own):
            return None  # "3.0% in 2025 and just 1.9% in 2026": no item of its own
        item = clean_metric(" ".join(t.text for t in own))
        if item and item.lower() in _EXTREMES and head.metric:
            return f"{head.metric} {item}"  # "an all time high of 9.5% and a record low of -20.3%"
        return item

    def _counted_noun(self, sent: Sentence, m: Mention) -> str | None:
        """ "31 countries", "more than 15,000 types of products", "two of the four groupings"."""
        if m.unit != "count":
            return None
        doc = self.doc
        t = m.span.end
        if t < sent.end and self.tokens.lower[t] == "of":
            t += 1
            while t < sent.end and (
                self.tokens.lower[t] in ("the", "a", "all")
                or (self.tokens.like_num[t] and (QUANT_TOKENS, t) not in self.cue_at)
                or doc[t].is_digit
            ):
                t += 1
        while t < sent.end and self.tokens.text[t] in ('"', "“", "”"):
            t += 1
        if t + 1 < sent.end and self.tokens.lower[t : t + 2] == ("-", "odd"):
            t += 2  # "the country's 97,000-odd fuel stations"
        if (
            t >= sent.end
            or not self.tokens.is_alpha[t]
            or self.tokens.lower[t] in STOPWORDS
            or ((CHANGES, t) in self.cue_at and self.tokens.lower[t] not in COUNTED_MOVES)
        ):
            return None  # not "rose 5% ...", but "announced 1,099,500 cuts" counts cuts
        word = self.tokens.lower[t]
        if word in PREDICATE_WORDS or word in CLAUSE_WORDS or word in GENERIC_COUNT_NOUNS:
            return None  # "a reading below 50 indicates contraction": a verb, not a noun
        if word in COUNTING_UNITS or (word == "person" and self.tokens.lower[t + 2] == "times"):
            return None  # "428.3 million heads", "50.16 billion person-times": units, no name
        if _EQUIVALENT_UNITS.match(self.tokens.span_text(t, min(sent.end, t + 6))):
            return None  # "9.12 million twenty-foot equivalent units": TEUs, units too
        phrase = self.clauses._phrase_from(t, sent)
        if phrase:
            phrase = self._coordinated(m, t, phrase, sent) or phrase
        lower = self.tokens.lower
        k = m.span.start - 1
        if phrase and k - 1 > sent.start and lower[k] == "of" and lower[k - 1] in _POLL_NOUNS:
            # "A Reuters poll of 17 economists": the economists in that poll
            maker = self.cue_at.get((AGENCY_TOKENS, k - 2))
            name = f"{maker.text} {lower[k - 1]}" if maker is not None else lower[k - 1]
            j = t
            words: list[str] = []
            while j < sent.end and self.tokens.is_alpha[j] and len(words) < 3:
                if lower[j] in _NOT_IN_A_POLL_NAME or (CHANGES, j) in self.cue_at:
                    break  # "of 42 analysts saw a cut": the verb ends the name
                words.append(self.tokens.text[j])
                j += 1
            if words:
                return clean_metric(f"{' '.join(words)} in a {name}")
        if phrase:
            survey = self._respondents_of_survey(sent, t)
            if survey:
                return survey
        if phrase:
            passive = self._passive_tail(t, phrase, sent)
            phrase = passive or self._active_tail(m, t, phrase, sent) or phrase
        if phrase and phrase.endswith((" in a", " in the")):
            # "30 economists in a Reuters poll": the poll, with its maker's name
            k = t + len(phrase.split())
            maker = self.cue_at.get((AGENCY_TOKENS, k))
            if maker is not None and maker.end < sent.end and lower[maker.end] in _POLL_NOUNS:
                phrase = f"{phrase} {maker.text} {lower[maker.end]}"
        if phrase and phrase.endswith(" by"):
            # "economists polled by Reuters": the pollster names the survey counted
            by = next((k for k in range(t + 1, sent.end - 1) if lower[k] == "by"), None)
            pollster = self.cue_at.get((AGENCY_TOKENS, by + 1)) if by is not None else None
            if pollster is not None and by is not None and lower[by - 1] in POLLED_VERBS:
                phrase = f"{phrase} {pollster.text}"
        return clean_metric(phrase) if phrase else None

    def _coordinated(self, m: Mention, t: int, phrase: str, sent: Sentence) -> str | None:
        """The counted noun phrase with the words "and" joins to it, when they close the noun
        phrase: "310,000 new and used cars were sold" -> "new and used cars", "in 155
        countries and regions" -> "countries and regions", "20 million entries and exits
        were recorded"; before a verb only when the count opens its clause ("About 4,000
        students and teachers attended"). None unless a verb's auxiliary, a preposition or a
        stop follows the joined words (not "76,000 jobs and medium-sized firms 11,000", "cut
        13,000 jobs and firms added 49,000", "300 workers and plans to hire")."""
        lower = self.tokens.lower
        if not _JOINED_NOUN_ENDS.isdisjoint(phrase.lower().split()):
            return None  # "local authorities in England and Wales": "and" joins the places
        name = clean_metric(phrase)
        ends = range(t + 1, min(sent.end, t + 5))
        end = next((e for e in ends if clean_metric(self.tokens.span_text(t, e)) == name), None)
        if end is None or end + 1 >= sent.end or lower[end] != "and":
            return None
        j = end + 1
        while j < sent.end and j - end <= 4:
            if self.tokens.hyphen_joins(j) and j > end + 1:
                j += 1
                continue
            if (
                not self.tokens.is_alpha[j]
                or lower[j] in STOPWORDS
                or lower[j] in _PASSIVE_AUXILIARIES
                or (CHANGES, j) in self.cue_at
                or (QUANT_TOKENS, j) in self.cue_at
                or (PERIODS_TOKENS, j) in self.cue_at
                or (AGENCY_TOKENS, j) in self.cue_at
                or (j > end + 1 and is_clause_verb(lower[j]))  # "students and teachers attended"
            ):
                break
            j += 1
        if j == end + 1 or j - end > 4:
            return None
        if j == end + 2 and is_clause_verb(lower[end + 1]):
            return None  # "... jobs and closed": a verb of its own
        follows = lower[j] if j < sent.end else "."
        if not (
            follows in _PASSIVE_AUXILIARIES
            or follows in _JOINED_NOUN_ENDS
            or (self.tokens.is_punct[j] if j < sent.end else True)
            or (follows.endswith("ed") and self._opens_clause(m, sent))
        ) or follows in ("-", "–", "/", "("):
            return None
        if follows == "," and any(lower[k] == "and" for k in range(j + 1, min(sent.end, j + 5))):
            return None  # "46,000 jobs and information, culture and recreation 20,000": a list
        return clean_metric(self.tokens.span_text(t, j).strip())

    def _opens_clause(self, m: Mention, sent: Sentence) -> bool:
        """Whether a count opens its clause, past its qualifiers: at the sentence's start or
        after a comma or a semicolon ("; eleven of the 12 regions ...")."""
        k = m.span.start - 1
        while k >= sent.start and (QUALIFIERS, k) in self.cue_at:
            k -= 1
        return k < sent.start or self.tokens.text[k] in (",", ";")

    def _passive_tail(self, t: int, phrase: str, sent: Sentence) -> str | None:
        """The counted noun with the passive verb that says what was counted: "9,874 deaths
        were registered in England" -> "deaths registered in England", "4,100 homes were
        sold" -> "homes sold"."""
        lower = self.tokens.lower
        aux = next(
            (k for k in range(t + 1, min(sent.end, t + 6)) if lower[k] in _PASSIVE_AUXILIARIES),
            None,
        )
        if aux is None or clean_metric(self.tokens.span_text(t, aux)) != clean_metric(phrase):
            return None
        if lower[aux] in ("have", "has", "had"):
            if aux + 1 >= sent.end or lower[aux + 1] != "been":
                return None
            aux += 1  # "2.41 mln bales have been sold at auction"
        words = self._participle_after(aux, sent)
        return f"{phrase} {words}" if words else None

    def _active_tail(self, m: Mention, t: int, phrase: str, sent: Sentence) -> str | None:
        """The counted noun with what the things counted did, when the count opens its clause:
        "Eleven Member States reported lower energy use" -> "Member States reporting lower
        energy use", "About 48,000 consumers had a new foreclosure notation" -> "consumers with
        a new foreclosure notation"."""
        lower = self.tokens.lower
        k = m.span.start - 1
        while k >= sent.start and (
            (QUALIFIERS, k) in self.cue_at or lower[k] in ("a", "an", "estimated", "only")
        ):
            k -= 1
        if k >= sent.start and lower[k] not in (",", ";", "while", "whereas", "but"):
            return None  # the count is no subject: "made investment in 9,615 enterprises"
        words = phrase.split()
        told = next(
            (i for i in range(len(words) - 1, 0, -1) if words[i].lower() in _RECORDING_VERBS),
            None,
        )
        if told is not None:
            # "212 of the 400 goods recorded year-on-year growth": the phrase ran into the
            # verb and stopped at the basis; the verb starts what the counted things did
            phrase = " ".join(words[:told])
        name = clean_metric(phrase)
        ends = range(t + 1, min(sent.end, t + 7))
        verb = next((j for j in ends if clean_metric(self.tokens.span_text(t, j)) == name), None)
        if verb is None or lower[verb - 1] in STOPWORDS | {"who", "which"}:
            return None  # ("members who had exited": a relative clause's verb)
        if lower[verb] in ("have", "has", "had") and verb + 1 < sent.end:
            after = lower[verb + 1]
            if after.endswith("ed"):
                verb += 1  # "20 brands have trimmed prices"
            elif not self.tokens.is_alpha[verb + 1] or after in _NOT_HAD:
                return None  # "States have already met the target"
        word = lower[verb]
        if (
            not self.tokens.is_alpha[verb]
            or not (word.endswith("ed") or word in ("have", "has", "had"))
            or (CHANGES, verb) in self.cue_at
            or (QUANT_TOKENS, verb) in self.cue_at
            or word in FORECAST_VERBS
        ):
            return None
        kept = self._clause_words(verb + 1, min(sent.end, verb + 10), _DONE_ENDS, numbers=False)
        if not kept:
            return None
        lead = "with" if word in ("have", "has", "had") else gerund(word)
        return f"{phrase} {lead} {' '.join(kept)}"

    def _participle_after(self, aux: int, sent: Sentence) -> str | None:
        """The passive participle after "was"/"were" at `aux`, with a capitalized place after
        it ("registered in England"), or an adjective of the state counted things are in
        ("inactive"); None if none follows."""
        lower, text = self.tokens.lower, self.tokens.text
        verb = aux + 1
        if verb >= sent.end or not self.tokens.is_alpha[verb]:
            return None
        if not is_participle(lower[verb]) and lower[verb] not in _STATE_ADJECTIVES:
            return None
        if (CHANGES, verb) in self.cue_at:
            return None  # "200 jobs were lost": a change word, read by the change rules
        words = [text[verb]]
        k = verb + 1
        if k < sent.end and lower[k] in ("in", "by", "at", "from", "to", "for", "on"):
            tail = [text[k]]
            j = k + 1
            while j < sent.end and len(tail) < 6 and (PERIODS_TOKENS, j) not in self.cue_at:
                if not (self.tokens.is_title[j] or lower[j] in ("the", "and", "of")):
                    break
                tail.append(text[j])
                j += 1
            while tail and tail[-1].lower() in ("the", "and", "of"):
                tail.pop()
            if len(tail) > 1:
                words.extend(tail)
        return " ".join(words)

    def elided_passive(self, sent: Sentence, m: Mention) -> str | None:
        """ "4,120 homes were sold ..., and 2,950 were listed": a bare count of a passive verb
        counts the noun an earlier count of the sentence named ("homes listed")."""
        lower = self.tokens.lower
        aux = m.span.end
        if m.unit != "count" or aux >= sent.end or lower[aux] not in ("was", "were"):
            return None
        words = self._participle_after(aux, sent)
        if not words:
            return None
        for k in range(m.span.start - 2, sent.start, -1):
            if lower[k] != lower[aux]:
                continue
            j = k - 1
            while j > sent.start and self.tokens.is_alpha[j] and lower[j] not in STOPWORDS:
                j -= 1
            if j < k - 1 and (QUANT_TOKENS, j) in self.cue_at and k - 1 - j <= 3:
                return clean_metric(f"{self.tokens.span_text(j + 1, k).strip()} {words}")
        return None

    def _respondents_of_survey(self, sent: Sentence, t: int) -> str | None:
        """A survey's size: "The International Passenger Survey interviewed around 190,000
        travellers" -> "travellers in the International Passenger Survey"; "the manufacturing
        PMI survey sample covers 3,200 enterprises". The counted noun (t, or a word or two
        before it) is one who answers surveys, and the sentence names the survey (the nearest
        before the count, else the first after it) with no change word after that name."""
        lower, text = self.tokens.lower, self.tokens.text
        head = next((k for k in range(t, min(t + 3, sent.end)) if lower[k] in _RESPONDENTS), None)
        if head is None or any(not self.tokens.is_alpha[k] for k in range(t, head)):
            return None
        names = self._survey_names(sent)
        before = [n for n in names if n[0] < t]
        chosen = before[-1] if before else (names[0] if names else None)
        if chosen is None:
            return None
        if any((CHANGES, k) in self.cue_at for k in range(chosen[0], sent.end)):
            return None  # "the survey showed 120,000 people found work": a change, no size
        the = "" if "'s" in chosen[1] or "’s" in chosen[1] else "the "  # "in IBGE's survey"
        return clean_metric(f"{' '.join(text[t : head + 1])} in {the}{chosen[1]}")

    def _survey_names(self, sent: Sentence) -> list[tuple[int, str]]:
        """The surveys a sentence names, with where each starts: a capitalized run ending in
        "Survey" (with a bracketed short name after it), the words before "survey sample", or
        a name before a lowercase "survey" ("the BERD survey", "IBGE's monthly trade
        survey")."""
        lower, text = self.tokens.lower, self.tokens.text
        found: list[tuple[int, str]] = []
        for k in range(sent.start, sent.end):
            if lower[k] != "survey":
                continue
            if text[k] == "Survey":
                j = k
                while j - 1 > sent.start and (
                    (text[j - 1][:1].isupper() and self.tokens.is_alpha[j - 1])
                    or (lower[j - 1] in _NAME_JOINERS and text[j - 2][:1].isupper())
                ):
                    j -= 1
                if text[j] in ("The", "A") or lower[j] in _NAME_JOINERS:
                    j += 1
                end = k + 1
                while (
                    end + 1 < sent.end
                    and lower[end] in _NAME_JOINERS
                    and text[end + 1][:1].isupper()
                    and self.tokens.is_alpha[end + 1]
                ):
                    end += 2  # "Annual Survey of Hours and Earnings"
                if end + 2 < sent.end and text[end] == "(" and text[end + 2] == ")":
                    end += 3  # "(QCAS)"
                if j < k:
                    found.append((j, self.tokens.span_text(j, end).strip()))
                continue
            j = k
            while (
                j - 1 >= sent.start
                and k - j < 5
                and (self.tokens.is_alpha[j - 1] or text[j - 1] in ("-", "'s", "’s"))
                and lower[j - 1] not in STOPWORDS
            ):
                j -= 1
            if j == k:
                continue
            if k + 1 < sent.end and lower[k + 1] == "sample":
                found.append((j, self.tokens.span_text(j, k + 2).strip()))
            elif text[j][:1].isupper() and (
                not self.ctx.sentence_start(j) or (text[j].isupper() and len(text[j]) > 1)
            ):
                found.append((j, self.tokens.span_text(j, k + 1).strip()))  # "the BERD survey"
        return found

    def _clause_starts_at(self, sent: Sentence, m: Mention) -> bool:
        """Whether the figure opens its clause, past an article and words that only hedge or
        add to it ("About 1.9 million people worked", "An estimated 6.17 million people",
        "Another 41,000 people")."""
        t = m.span.start - 1
        while t >= sent.start and (
            self.tokens.lower[t] in _CLAUSE_OPENING_FILLERS or (QUALIFIERS, t) in self.cue_at
        ):
            t -= 1
        return t < sent.start or self.tokens.text[t] in (",", ";", ":", "(", "-", "–", "—")

    def _after_number_metric(
        self, sent: Sentence, m: Mention, existential: bool = False
    ) -> str | None:
        """ "73.1% of people aged 16 to 64 were in work", "42 pence was spent in food stores";
        with `existential` (after "there were"), the things counted, also when an adjective in
        -ed opens them ("there were 6,127 registered company insolvencies")."""
        t = m.span.end
        if t < sent.end and self.tokens.lower[t] == "of":
            t += 1
        if t < sent.end and ((CHANGES, t) in self.cue_at or (MARKERS, t) in self.cue_at):
            return None
        lead = t + 1 if t < sent.end and self.tokens.lower[t] in ("was", "were", "is", "are") else t
        if (
            lead + 2 < sent.end
            and self.tokens.lower[lead] == "per"
            and self.tokens.lower[lead + 2] in _NOT_A_NAME_AFTER | FORECASTERS
        ):
            return None  # "the $4.48 per share analysts expected": the figure named before
        if lead < sent.end and self.tokens.lower[lead] in ("in", "on", "for", "at"):
            lead += 1  # "11 pence in stores selling automotive fuel"
        if (
            lead >= sent.end
            or not self.tokens.is_alpha[lead]
            or self.tokens.lower[lead] in STOPWORDS
            or (self.tokens.lower[lead] in _NOT_A_NAME_AFTER and not existential)
        ):
            return None  # "0.7% more than in August", "the 8.5% recorded in September"
        words: list[str] = []
        tokens = self.tokens
        while t < sent.end:
            if (
                tokens.text[t] in (",", ";", ":", ".")
                or tokens.is_space[t]
                or (QUANT_TOKENS, t) in self.cue_at
            ):
                break
            if (PERIODS_TOKENS, t) in self.cue_at:
                t += 1
                continue
            words.append(tokens.text_with_ws[t])
            t += 1
        text = "".join(words).strip()
        text = re.sub(r"^(?:was|were|is|are|had been|has been|have been)\s+", "", text)
        return clean_metric(text) if text else None

    def odds_or_move(self, sent: Sentence, m: Mention) -> str | None:
        """ "a 68% chance of another quarter-point cut": the odds of a rate move ("chance of
        another rate cut"); "a 25-basis-point cut", "a larger half-point cut": the size of one
        ("rate cut")."""
        tokens, lower = self.tokens, self.tokens.lower
        t = self.clauses._past_bracket(m.span.end, sent)
        if t >= sent.end:
            return self._odds_put_at(sent, m)
        if lower[t] in ODDS_NOUNS:
            move = self._move_after(t + 1, sent)
            return f"{tokens.text[t]} of {move}" if move else None
        if m.unit in ("percentage_point", "basis_point"):
            # "a 25-basis-point cut", "a quarter-point rate cut", "a quarter-point Fed rate cut"
            named = self._move_words(t, sent, limit=3)
            if named is not None:
                move, k = named
                nxt = lower[k + 1] if k + 1 < sent.end else ""
                # not "a 0.5-point rise in unemployment"; "a quarter-point rate cut in
                # December" names the rate
                if k > t or nxt not in ("in", "of", "for", "to"):
                    return move
            return None
        return self._odds_put_at(sent, m)

    def _odds_put_at(self, sent: Sentence, m: Mention) -> str | None:
        """ "put the odds of a quarter-point cut in December at 67%": the odds named before
        "at" and the number."""
        lower = self.tokens.lower
        k = self.at_before(m, sent)
        if k is None:
            return None
        for j in range(k - 1, max(sent.start, k - 16) - 1, -1):
            if lower[j] in ODDS_NOUNS:
                move = self._move_after(j + 1, sent)
                return f"{self.tokens.text[j]} of {move}" if move else None
            if self.tokens.text[j] in (",", ";", ":"):
                return None
        return None

    def _leading_period(self, start: int, t: int) -> bool:
        """Whether the tokens from start up to and including t are a time phrase that
        opens a noun phrase ("November and December sales", "third-quarter GDP", "this
        year's April-September mid-crop")."""
        return all(
            (PERIODS_TOKENS, k) in self.cue_at
            or self.tokens.lower[k] in ("the", "and", "-", "'s", "’s")
            for k in range(start, t + 1)
        ) and any((PERIODS_TOKENS, k) in self.cue_at for k in range(start, t + 1))

    def _move_after(self, t: int, sent: Sentence) -> str | None:
        """The rate move named from token t: "of another quarter-point cut", "of one more ECB
        cut", "that the Federal Reserve will cut"."""
        lower = self.tokens.lower
        if t >= sent.end:
            return None
        if lower[t] == "that":
            for k in range(t + 1, min(sent.end, t + 10)):
                verb = _MOVE_VERBS.get(lower[k])
                if verb is not None:
                    return f"a rate {verb}"
            return None
        if lower[t] != "of":
            return None
        named = self._move_words(t + 1, sent, limit=8)
        if named is None:
            return None
        move = named[0]
        return move if move.split()[0].lower() in _MOVE_DETERMINERS else f"a {move}"

    def _move_words(self, t: int, sent: Sentence, limit: int) -> tuple[str, int] | None:
        """The rate move written from token t, and the token of its noun: "another quarter-point
        cut" -> "another rate cut", "Fed rate cut" -> "Fed rate cut", "Federal Reserve hike" ->
        "Federal Reserve rate hike"; None where a lower-case word other than a size comes first
        ("recession")."""
        lower = self.tokens.lower
        words: list[str] = []
        k = t
        while k < sent.end and k - t < limit and lower[k] not in _MOVE_NOUNS:
            word = self.tokens.text[k]
            if lower[k] not in _MOVE_DETERMINERS and (
                lower[k] in _MOVE_SIZES or (QUANT_TOKENS, k) in self.cue_at or "-" in word
            ):
                k += 1
                continue
            named_of = bool(words) and self.of_in_name(k)  # "Bank of England"
            if not self.tokens.is_alpha[k] or (
                lower[k] not in _MOVE_DETERMINERS and word.islower() and not named_of
            ):
                return None  # "a 30% chance of recession": no rate move
            words.append(word)
            k += 1
        if k >= sent.end or lower[k] not in _MOVE_NOUNS:
            return None
        words.append("rate")
        return " ".join([*words, self.tokens.text[k]]), k

    def _in_measure(self, t: int, sent: Sentence) -> bool:
        """Whether "in" at t opens the measure a comparison is made in ("in value", "in the
        number of dwellings", "in volume terms")."""
        lower = self.tokens.lower
        if t >= sent.end or lower[t] != "in":
            return False
        k = t + 1
        if k < sent.end and lower[k] in ("the", "its", "their"):
            k += 1
        return k < sent.end and lower[k] in _MEASURE_NOUNS

    def _nominal_metric(self, sent: Sentence, m: Mention) -> str | None:
        """Metrics named inside a noun phrase around the number.

        "a 15% increase in EU gas consumption", "a 21% EV share in the EU car market",
        "a decrease of 2.5% in water & waste management", "a dip in construction output
        of 1.1%".
        """
        tokens = self.tokens
        start = self.clauses._past_bracket(m.span.end, sent)
        past = start
        while past < sent.end and (BASES, past) in self.cue_at:
            past += 1
        if past > start and past < sent.end and (CHANGES, past) in self.cue_at:
            start = past  # "a 41 per cent year-on-year jump in net profit"
        after = range(start, min(sent.end, start + 3))
        for j, tok in enumerate(after):
            word = tokens.lower[tok]
            if tokens.is_punct[tok] or word in (
                "from",
                "to",
                "than",
                "on",
                "compared",
                "of",
                "the",
            ):
                break
            if word in _COMPARATIVE_CHANGES and not self._in_measure(tok + 1, sent):
                # "sales were 2.0% higher in the Northeast": the subject's, in a place (but
                # "11.2 pct lower in value", "lower in the number of dwellings": the measure)
                break
            if (CHANGES, tok) in self.cue_at or word in SHARE_WORDS:
                k = self.clauses._past_bracket(tok + 1, sent)
                nxt = k if k < sent.end else None
                if nxt is not None and tokens.lower[nxt] in ("in", "of", "for"):
                    phrase = self.clauses._phrase_from(nxt + 1, sent)
                    if phrase:
                        lead = tokens.span_text(start, tok + 1) if word in SHARE_WORDS else ""
                        if lead:
                            owner = self.clauses._subject_span(sent, m)
                            owner = clean_metric(owner) if owner else None
                            lead = f"{owner} {lead}" if owner and len(owner.split()) <= 3 else lead
                        return clean_metric(
                            f"{lead} {tokens.text[nxt]} {phrase}" if lead else phrase
                        )
                break
            if (
                j == 0
                and (
                    (m.unit in ("percent", "percentage_point") and self._determined(m))
                    or (is_money(m.unit) and self._named_amount(m, sent))
                )
                and tokens.is_alpha[tok]
                and word not in STOPWORDS
                and word not in PHRASE_STOP
                and (PERIODS_TOKENS, tok) not in self.cue_at
                and (BASES, tok) not in self.cue_at
                and (MARKERS, tok) not in self.cue_at
                and word not in FORECAST_WORDS
                and word not in _NOT_A_NAME_AFTER
                and word not in ("pct", "percent", "per", "points")
            ):
                # "below 2.0% inflation", "a 21% EV share": the noun after the number.
                phrase = self.clauses._phrase_from(tok, sent)
                owner = self._possessor(m, sent)
                if phrase and owner:
                    return clean_metric(f"{owner} {phrase}")  # "the Fed's 2% target"
                if phrase:
                    return clean_metric(phrase)
        # "a decrease of 2.5% in X": a change noun and "of" before, "in X" after.
        before = m.span.start - 1
        while before >= sent.start and (
            (QUALIFIERS, before) in self.cue_at or self.tokens.lower[before] in ("a", "an")
        ):
            before -= 1
        if (
            (
                before - 1 >= sent.start
                and self.tokens.lower[before] == "of"
                and self.tokens.lower[before - 1] in SHARE_WORDS
            )
            and m.span.end < sent.end
            and self.tokens.lower[m.span.end] in ("in", "of")
        ):
            phrase = self.clauses._phrase_from(m.span.end + 1, sent)
            owner = self.clauses._subject_span(sent, m)
            owner = clean_metric(owner) if owner else None
            if phrase:
                lead = (
                    f"{owner} {self.tokens.text[before - 1]}"
                    if owner and len(owner.split()) <= 3
                    else self.tokens.text[before - 1]
                )
                return clean_metric(f"{lead} {self.tokens.text[m.span.end]} {phrase}")
        if (
            before - 1 >= sent.start
            and self.tokens.lower[before] == "of"
            and (CHANGES, before - 1) in self.cue_at
        ):
            if m.span.end < sent.end and self.tokens.lower[m.span.end] == "in":
                phrase = self.clauses._phrase_from(m.span.end + 1, sent)
                if phrase:
                    return clean_metric(phrase)
            # "a dip in construction output of 1.1%"
            t = before - 1
            while (
                t > sent.start
                and not self.clauses._boundary(t - 1)
                and (CHANGES, t) not in self.cue_at
            ):
                t -= 1
            if t < before - 1 and (CHANGES, t) in self.cue_at and self.tokens.lower[t + 1] == "in":
                return clean_metric(self.tokens.span_text(t + 2, before))
        return None

    def _named_amount(self, m: Mention, sent: Sentence) -> bool:
        """Whether an amount of money opens the noun phrase that names it: after an article
        ("posted a $1.2 billion trade surplus") or, with none, right after the verb that states
        it ("Brazil posts 17.4 bln reais primary deficit")."""
        t, k = m.span.start - 1, m.span.end
        if t < sent.start or (QUALIFIERS, t) in self.cue_at or k >= sent.end:
            return False  # ("about $5 billion worth"): a qualifier opens no name
        word = self.tokens.lower[k]
        if word in _NOT_AMOUNT_NAMES or word in BALANCE_NOUNS or is_adverb(word):
            return False  # "A$90 mln worth of wool"; "a $78 billion gap": whose, the subject
        return self.tokens.lower[t] in ("a", "an") or self.tokens.lower[t] in _POSTING_VERBS

    def _determined(self, m: Mention) -> bool:
        """Whether an article, possessive or qualifier stands before the number ("a 21% share",
        "the central bank's 2% target")."""
        t = m.span.start - 1
        return t >= 0 and (
            self.tokens.lower[t] in ("a", "an", "the", "its", "their", "'s", "’s")
            or (QUALIFIERS, t) in self.cue_at
        )

    def _possessor(self, m: Mention, sent: Sentence) -> str | None:
        """ "the Federal Reserve's 2% goal": the owner named before the number, with its "'s"."""
        return self._possessor_at(m.span.start - 1, sent)

    def _possessor_at(self, t: int, sent: Sentence) -> str | None:
        """The owner whose "'s" is token t ("the Federal Reserve's"), with it."""
        doc = self.doc
        if t <= sent.start or self.tokens.lower[t] not in ("'s", "’s"):
            return None
        j = t - 1
        while (
            j >= sent.start
            and t - j <= 6
            and self.tokens.is_alpha[j]
            and (
                self.tokens.lower[j] not in STOPWORDS
                or (  # "the Reserve Bank of India's"
                    self.tokens.lower[j] == "of"
                    and j > sent.start
                    and self.tokens.is_title[j - 1]
                    and self.tokens.is_title[j + 1]
                )
            )
        ):
            j -= 1
        return str(doc[j + 1 : t + 1].text) if j + 1 < t else None

    def _in_phrase(self, m: Mention) -> str | None:
        """ "output increased by 1.0% in services": the sector named after the number."""
        doc = self.doc
        t = m.span.end
        if (
            t < len(doc)
            and self.tokens.lower[t] == "in"
            and (PERIODS_TOKENS, t + 1) not in self.cue_at
        ):
            words = []
            for tok in doc[t + 1 : t + 6]:
                if (
                    not (tok.is_alpha or tok.text in ("&", "-"))
                    or (PERIODS_TOKENS, tok.i) in self.cue_at
                    or tok.lower_ in ("and", "compared", "from", "to", "but")
                ):
                    break
                words.append(tok.text)
            if words:
                return " ".join(words)
        return None
