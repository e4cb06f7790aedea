"""The metric of each number from surface rules over tokens (no parse needed)."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from ...quantities import pair_quote
from ..companies import CompanyNames
from ..context import (
    MOVED_CHANGE_NOUNS,
    MOVED_POLICY_NOUNS,
    PERIOD_LEADS,
    Attacher,
    DocContext,
)
from ..credit_words import FORECAST_VERBS, POLICY_BODIES, POLICY_RATES
from ..period_phrases import SUPERLATIVES
from ..structures import Mention, Sentence
from ..text import (
    clean_metric,
    group_list,
    list_head,
    list_tail,
    split_determined_list,
    split_list,
)
from ..units import is_money
from ..vocabulary import (
    AGENCY_TOKENS,
    ANAPHORS,
    AUXILIARIES,
    BARE_HEADS,
    BASES,
    BUYING_VERBS,
    CHANGES,
    COMPARATIVES,
    COUNTING_UNITS,
    CREDIT_VERBS,
    CREDITS,
    FORECAST_WORDS,
    FORECASTERS,
    GENERIC_SUBJECTS,
    HOLD_VERBS,
    MARKERS,
    NAME_CONNECTORS,
    NOT_NAME_WORDS,
    OPINION_VERBS,
    ORG_WORDS,
    PERIODS_TOKENS,
    PREDICATE_WORDS,
    PRONOUNS,
    QUALIFIER_VERBS,
    QUALIFIERS,
    QUANT_TOKENS,
    SHARED_HEADS,
    SPEAKERS,
    STOPWORDS,
    is_clause_verb,
    modifier_word,
)
from .breakdown import DONE_BY, THOSE_OF, Breakdowns
from .change_nouns import ChangeNouns
from .checks import (
    is_breakdown_name,
    is_generic,
    split_breakdown,
    strip_lead,
    strip_tail,
    trim_clause,
    with_breakdown,
)
from .clauses import Clauses
from .credits import CreditObjects
from .links import ClauseLinks
from .phrases import AMOUNT_ADJECTIVES, FORECAST_ANAPHORS, Phrases
from .words import (
    BALANCE_NOUNS,
    FIGURE_VERBS,
    SET_OFF_OPENERS,
    SHARE_VERB_FILLERS,
    SHARE_VERBS,
)

if TYPE_CHECKING:
    from spacy.tokens import Span

_DEFINITE = re.compile(r"^(?:.*\b)?(?:the|this|that)\s+\w+", re.I)

#: Nouns that name a whole figure of the series, not what it measures: "the figure for May".
_WHOLE_FIGURES = frozenset("figure figures total estimate estimates reading number".split())
#: Shares that no name owns: "the stock", "its shares", "shares of the Atlanta-based company".
_UNNAMED_SHARES = re.compile(
    r"(?:(?:the|its|their) )?(?:stock|shares|share price|stock price)"
    r"|(?:shares|stock) (?:of|in) the (?:[a-z-]+ ){0,3}(?:company|firm|group|chain|maker|"
    r"automaker|carmaker|retailer|bank|lender|insurer|airline|operator|giant|producer)"
    r"|(?:the )?(?:company|firm|group)(?:'s|’s) (?:stock|shares)"
)
#: Words before "reported", "published": "initially reported", "first published".
_FIRST_WORDS = frozenset("initially originally previously first earlier".split())


#: Prepositions that put a body named before a verb inside its subject's phrase.
_PHRASE_PREPOSITIONS = frozenset("in at of by for from among within across".split())
# A generic name that a forecast verb still makes the figure's own: "growth seen at 7%".
_GROWTH_NAMES = frozenset(["growth", "economic growth", "Growth", "Economic growth"])

# Words that name a series as one with items taken out: "Excluding food and energy, core CPI
# rose 0.2%" is core CPI, not "core CPI excluding food and energy".
_CORE_WORDS = frozenset("core underlying".split())

# Bare plurals that name an indicator on their own ("Sales slipped 1.2%", "Prices rose"),
# where a singular head points back ("the rate", "the supply" of what was named before).
PLURAL_NAMES = frozenset({"sales", "prices", "indices"})


# Words that lead a period phrase left at the end of a phrase: "rainfall during".
_TIME_LEADS = frozenset("during over through throughout until since".split())

# Words that open the second of two lists compared item by item.
_COMPARED_WITH = frozenset("from against compared versus vs vs. after".split())

_OBJECT_DETERMINERS = frozenset("the its their a an".split())
#: Words that set a balance against the one before it: "..., from a deficit of 0.4 billion",
#: "after a deficit of", "reversing a surplus of", "compared with a deficit of".
_BALANCE_LINKS = _COMPARED_WITH | frozenset(("with", "reversing", "than"))
_OBJECT_MARKS = frozenset(("-", "'s", "’s"))
# A change of the subject itself, as the object of such a participle: "the lira fell 0.8%,
# bringing its decline since the start of the year to 17%" (the lira's).
_SUBJECT_CHANGES = MOVED_CHANGE_NOUNS - MOVED_POLICY_NOUNS


# Words that open a verb's object that lists what figures are of: "kept its refinancing and
# marginal lending rates at ...", "set the spot and forward margins at ...".
_OBJECT_OPENERS = frozenset("its the their".split())

# Words between a ranking's list of followers and their figures: "followed by Oslo and Bergen
# with 4.1% and 3.8%", "..., at 12 and 9", "..., up 310 and 240".
_FOLLOWER_FILLERS = frozenset("with at of , up down on".split())

# Words that open a clause after a comma between two figures of one unit, which then are not
# one run of values: "Trade rose 3%, with exports and imports up 2.1% and 4.4%, respectively".
_RUN_BREAKS = frozenset("with while whereas".split())

# Marks that may stand in the items a "with" clause lists before "at": "UK residents' spending
# in Spain and France", "return on assets (RoA) and return on equity (RoE)".
_LISTED_MARKS = frozenset(", 's ’s ' ’ - / ( )".split())
# Marks that may stand inside the items of a list set off by commas: "CPI-trim", "women's".
_APPOSITIVE_MARKS = frozenset(("-", "/", "&", "'s", "’s"))
# Words that make a phrase set off by commas a clause or an aside, not a list of names:
# "Sales, driven by cars and vans, rose ...", "Output, including mining and quarrying, ...".
_NOT_APPOSITIVE = frozenset("by which who including excluding such as".split())


class SurfaceMetric(Attacher):
    """Decides `metric` (and `base_metric`) from word order and cue spans."""

    def __init__(self, ctx: DocContext) -> None:
        super().__init__(ctx)
        self.clauses = Clauses(ctx)
        self.phrases = Phrases(ctx, self.clauses)
        self.links = ClauseLinks(ctx, self.clauses)
        self.breakdowns = Breakdowns(ctx, self.links.opening_subject)
        self.credits = CreditObjects(ctx)
        self.change_nouns = ChangeNouns(ctx)
        self.history: list[str] = []  # metrics of earlier sentences, for anaphora
        self.history_sentence = -1
        self.paragraph_leads: dict[int, str] = {}  # the first metric of each paragraph
        self.companies = CompanyNames(ctx)
        self.semicolon_object: str | None = None

    def attach(self, sent: Sentence, mentions: list[Mention]) -> None:
        doc = self.doc
        resp = [c for c in self.ctx.spans_in(MARKERS, sent) if c.label_ == "RESPECTIVELY"]
        copied: dict[int, str | None] = {}  # level -> the metric it took from its change
        for i, m in enumerate(mentions):
            split = self.phrases.split_count(sent, m) or self.phrases.ranking_item(sent, m)
            if split:
                # "..., while two forecast a cut", "followed by the South East at £761"
                m.metric = m.base_metric = split
                continue
            if i and self.ctx.beats_a_forecast(m):
                # "..., beating market forecasts of 3.9%": the forecast of the figure before
                m.metric, m.base_metric = mentions[i - 1].metric, mentions[i - 1].base_metric
                continue
            moved_to = self._participle_object(m, mentions[:i])
            if moved_to:
                # "..., bringing total EU wind capacity to 237 GW": the participle's object
                m.metric = m.base_metric = moved_to
                continue
            moved = self._forecast_moved(m)
            if moved:
                # "shares fell 4.2% after the drugmaker cut its sales growth outlook to a range
                # of 8% to 11%": what the forecast is of, whatever figure came before
                m.metric = m.base_metric = moved
                continue
            if (
                m.chained_to is not None
                and m.chain_kind in ("list", "range", "level", "from", "paren")
                and not self.links.new_clause_between(mentions[m.chained_to], m, sent)
            ):
                head = mentions[m.chained_to]
                m.metric, m.base_metric = head.metric, head.base_metric
                if m.chain_kind == "level":
                    copied[i] = head.metric
                named = (
                    self.breakdowns.at_item(m, sent) or self.breakdowns.change_item(m, sent)
                    if m.chain_kind != "range"
                    else None
                )
                if named:
                    m.metric = m.base_metric = named  # "... and capital goods at 4.4 per cent"
                    continue
                if m.chain_kind == "list":
                    own = (
                        self.breakdowns.gapped_place(m, sent, mentions[:i])
                        or self.breakdowns.gapped_item(m, sent, mentions[:i])
                        or self.phrases._list_item(head, m)
                    )  # "Shipments from Chile increased by 5.4%, while from Peru by 2.1%"
                    tail = self.phrases._in_phrase(m)
                    if own:
                        m.metric = self._with_place(sent, m, mentions[:i]) or own
                    elif tail and head.base_metric and head.base_metric.lower() in GENERIC_SUBJECTS:
                        m.metric = self._sector_or_place(head.base_metric, tail)
                if m.chain_kind != "range":
                    m.metric = self.breakdowns.bracketed_item(
                        m, sent, mentions[:i], self._carried(m)
                    ) or self.breakdowns.resolve(sent, m, mentions[:i], m.metric, self._carried(m))
                continue
            # What went before, less the counts of who spoke ("All 16 economists polled ...
            # expected the rate at 4.50%"): they name no indicator for later figures.
            earlier = [e for e in mentions[:i] if not counts_speakers(e)]
            compared = self._compared_with(sent, m, mentions[:i])
            if compared is not None:
                m.metric, m.base_metric = compared.metric, compared.base_metric
                continue
            m.metric = self._metric_for(sent, m, earlier) or self._headline_subject(sent, m)
            m.metric = self._bought_by(sent, m, earlier) or m.metric
            m.metric = self._participle_clause_subject(sent, m, m.metric) or m.metric
            m.metric = self._company_shares(m) or m.metric
        self._balances_moved(sent, mentions)
        for cue in resp:
            group = [m for m in mentions if m.span.end <= cue.start]
            if not group:
                continue
            # The values listed before "respectively": same unit, close together.
            head_index = self._run_start(group, len(group) - 1)
            items_group = group[head_index:]
            if len(items_group) < 2:
                continue
            half = len(items_group) // 2
            if len(items_group) % 2 == 0 and self._compared_run(
                items_group[:half], items_group[half:]
            ):
                # "stood at 78.1% and 72.4% in 2024, compared with 77.6% and 71.9%
                # respectively in 2023": the list the clause names, then the one compared
                self._respective(sent, cue, group, head_index, items_group[:half])
                self._name_as(items_group[:half], items_group[half:], cue)
                continue
            before = self._run_start(group, head_index - 1) if head_index > 0 else head_index
            levels = group[before:head_index]
            if (
                head_index - before == len(items_group)
                and self._parallel(group, head_index)
                and len({m.metric for m in levels}) == 1  # not yet told apart
            ):
                # "A, B and C reached 98.6 million, 112.1 million and 180.3 million units, up by
                # 4.2%, 6.8% and 0.7% respectively": the levels first, then their changes
                self._respective(sent, cue, group, before, levels)
            self._respective(sent, cue, group, head_index, items_group)
            later = [m for m in mentions if m.span.start >= cue.end]
            run_after = later[: self._run_end(later) + 1] if later else []
            if self._compared_run(items_group, run_after) or self._changes_of_run(
                items_group, run_after, cue
            ):
                # "eased to 2.6% and 2.5%, respectively, in January from 2.8% and 2.7%":
                # the list compared with follows the one "respectively" named; "generated
                # 88 TWh and 71 TWh respectively, down by 14% and 8%": their changes
                self._name_as(items_group, run_after, cue)
        if not resp:
            self._paired_lists(mentions)
        self._listed_with_at(sent, mentions)
        for i, old in copied.items():
            head = mentions[mentions[i].chained_to]  # type: ignore[index]
            if mentions[i].metric == old and head.metric != old:
                # "Prices in the north and west dropped by $12 and $8 a ton, respectively, to
                # $318 and $329": each level is of the item its change was told apart as
                mentions[i].metric = mentions[i].base_metric = head.metric
        for i, m in enumerate(mentions):
            if not self._plus_or_minus(m) or "band" in (m.metric or ""):
                continue
            # "a target of 2.5% plus or minus one percentage point": the band around it
            target = next(
                (e.metric for e in reversed(mentions[:i]) if e.metric and "target" in e.metric),
                None,
            )
            m.metric = f"{target or m.metric or 'target'} tolerance band"
        _ = doc

    def _paired_lists(self, mentions: list[Mention]) -> None:
        """ "of which pork, beef and mutton fell by 7.1 percent, 2.4 percent and 0.9 percent",
        "Exports to Japan and Korea rose 5.2% and 3.1%": a clause whose subject lists as many
        items as it states values in one list ("A, B and C") pairs them in order, with
        "respectively" or not; a head the first item holds ("Exports to") is each item's. Not
        where another figure of the sentence has that subject too ("496,318 deaths were
        registered in England and Wales, 2.7% fewer than ... and 5.9% below ...")."""
        lower = self.tokens.lower
        i = 0
        while i < len(mentions):
            j = i
            while (
                j + 1 < len(mentions)
                and mentions[j + 1].chain_kind == "list"
                and mentions[j + 1].chained_to in range(i, j + 1)
                and mentions[j + 1].unit == mentions[i].unit
                and mentions[j + 1].metric == mentions[i].metric
                and all(
                    lower[k] in (",", "and")
                    for k in range(mentions[j].span.end, mentions[j + 1].span.start)
                )
            ):
                j += 1
            run, metric = mentions[i : j + 1], mentions[i].metric or ""
            i = j + 1
            if len(run) < 2 or not (", " in metric or " and " in metric):
                continue
            first = run[0].span.start
            if "between" in lower[max(0, first - 3) : first]:
                continue  # "operated at between 40% and 55%": the bounds of one range
            if any(m.metric == metric for m in mentions if m not in run):
                continue
            items = split_list(metric)
            if any(len(item.split()) > 4 or item.endswith("-") for item in items):
                continue
            if len(items) != len(run):
                # "Hotels and catering and transport, storage and logistics fell 0.8% and
                # 1.6%": items that are lists of their own
                items = group_list(metric, len(run)) or items
            if len(items) != len(run):
                continue
            head = list_head(items[0])
            sent = self.ctx.sentences[run[0].sentence]
            before = [e for e in mentions if e.span.end <= first]
            for m, item in zip(run, items, strict=True):
                named = item if not head or item.startswith(head) else f"{head} {item}"
                # "Uttar Pradesh and Karnataka made 3.24 mt and 2.78 mt": places' flows
                named = self._flow_of_place(sent, run[0], item, before) or named
                m.metric = m.base_metric = named
                m.rules.append(PAIRED_LISTS)

    def _listed_with_at(self, sent: Sentence, mentions: list[Mention]) -> None:
        """ "..., with margins on loans and deposits at 2.1% and 1.4%", "with return on capital
        and return on sales at 9.2% and 11.4%, respectively": a "with" clause that lists as
        many items before "at" as figures after it, in one run joined by "," and "and", pairs
        them in order (a head the first item holds is each item's: "margins on deposits").
        Only figures not yet told apart (all of one metric), or told apart by these items'
        last words alone ("import in Italy" for "UK tourists' outlays in Italy")."""
        lower, text = self.tokens.lower, self.tokens.text
        for w in range(sent.start, sent.end - 3):
            if lower[w] != "with":
                continue
            at = next((k for k in range(w + 1, min(w + 16, sent.end)) if lower[k] == "at"), None)
            if at is None or at - w < 4:
                continue
            if any(
                not self.tokens.is_alpha[k] and text[k] not in _LISTED_MARKS
                or (PERIODS_TOKENS, k) in self.cue_at
                or (QUANT_TOKENS, k) in self.cue_at
                for k in range(w + 1, at)
            ):
                continue  # a phrase of words only: "with exports of 4 million at"
            run = self._run_after(sent, at, mentions)
            if len(run) < 2:
                continue
            start = w + 1 + (lower[w + 1] == "the")
            phrase = self.tokens.span_text(start, at).strip()
            items = split_list(phrase)
            if len(items) != len(run):
                items = group_list(phrase, len(run)) or items
            if len(items) != len(run) or any(len(item.split()) > 6 for item in items):
                continue
            if len({m.metric for m in run}) != 1 and not all(
                item.split()[-1].lower() in (m.metric or "").lower().split()
                for m, item in zip(run, items, strict=True)
            ):
                continue  # told apart already, and not by these items
            head = list_head(items[0])
            for m, item in zip(run, items, strict=True):
                named = item if not head or item.startswith(head) else f"{head} {item}"
                m.metric = m.base_metric = named
                m.rules.append(LISTED_WITH_AT)

    def _run_after(self, sent: Sentence, at: int, mentions: list[Mention]) -> list[Mention]:
        """The figures of one unit right after the token `at`, joined by "," and "and" only
        ("at 2.1% and 1.4%"), ended by the sentence, a comma or "respectively"."""
        lower = self.tokens.lower
        run: list[Mention] = []
        k = at + 1
        for m in mentions:
            if m.span.start < k:
                continue
            between = range(k, m.span.start)
            if run and (m.unit != run[0].unit or any(
                lower[t] not in (",", "and") for t in between
            )):
                break
            if not run and any((QUALIFIERS, t) not in self.cue_at for t in between):
                return []
            run.append(m)
            k = m.span.end
        end = k
        if end < sent.end and lower[end] == ",":
            end += 1
        if end < sent.end and lower[end] not in (".", ";", "respectively", ",", "and"):
            return []  # "at 2.1% and 1.4% in May from ...": more than a list of figures
        return run

    def _participle_clause_subject(
        self, sent: Sentence, m: Mention, found: str | None
    ) -> str | None:
        """ "Cereal prices bucked the trend, edging up 0.4%": a figure of a participle's clause
        after the main clause is of the main clause's subject, not the participle itself."""
        last = found.split()[-1].lower() if found and found.split() else ""
        if not last.endswith("ing"):
            return None
        lower, text = self.tokens.lower, self.tokens.text
        k = m.span.start - 1
        while k > sent.start and (
            (QUALIFIERS, k) in self.cue_at or lower[k] in ("up", "down", "by")
        ):
            k -= 1
        if k <= sent.start or lower[k] != last or text[k - 1] != ",":
            return None  # ("Dairy prices rose, edging up 0.6%": also past the main verb)
        start = sent.start
        while start < k and lower[start] in ("the", "a", "an"):
            start += 1
        verb = start
        while verb < min(k - 1, start + 6) and self.tokens.is_alpha[verb]:
            word = lower[verb]
            if verb > start and (
                (CHANGES, verb) in self.cue_at or word in PREDICATE_WORDS or is_clause_verb(word)
            ):
                break
            verb += 1
        else:
            return None  # no verb of a main clause before the participle
        if verb == start or not self.tokens.is_alpha[verb]:
            return None
        subject = clean_metric(self.tokens.span_text(start, verb).strip())
        return subject if subject and not is_generic(subject) else None

    def _plus_or_minus(self, m: Mention) -> bool:
        """Whether the number is written after "plus or minus" ("±", "+/-")."""
        lower, t = self.tokens.lower, m.span.start
        return (t >= 3 and tuple(lower[t - 3 : t]) == ("plus", "or", "minus")) or (
            t >= 1 and lower[t - 1] in ("±", "+/-")
        )

    def _word_before(self, sent: Sentence, m: Mention, fillers: Collection[str] = ()) -> int:
        """The first token before the number that is neither a qualifier ("about", "more
        than") nor one of `fillers` ("a", "record"); the sentence's first token at the latest."""
        t = m.span.start - 1
        while t > sent.start and (
            (QUALIFIERS, t) in self.cue_at or self.tokens.lower[t] in fillers
        ):
            t -= 1
        return t

    def _verb_of_thing(self, sent: Sentence, m: Mention) -> str | None:
        """ "Government agencies have procured 30.02 million tonnes (mt) of wheat", "India
        exported 1.2 million tonnes of rice": the thing the verb moved, named by the verb's
        noun ("wheat procurement", "rice exports"), not who moved it."""
        lower = self.tokens.lower
        t = self._word_before(sent, m, ("a", "an", "record", "estimated"))
        noun = _VERB_NOUNS.get(lower[t]) if t >= sent.start else None
        if noun is None:
            return None
        k = self.clauses._past_bracket(m.span.end, sent)
        if k >= sent.end or lower[k] != "of":
            return None
        words: list[str] = []
        j = k + 1
        while j < sent.end and len(words) < 4 and self.tokens.is_alpha[j]:
            if lower[j] in STOPWORDS or (PERIODS_TOKENS, j) in self.cue_at:
                break
            words.append(self.tokens.text[j])
            j += 1
        if not words or is_generic(" ".join(words)):
            return None
        return f"{' '.join(words)} {noun}"

    def _owned(
        self, sent: Sentence, m: Mention, amounts: bool = False
    ) -> tuple[str, str, str] | None:
        """ "Alpha Bank held 12.4 million accounts", "CDSL and NSDL held 16.9 crore and 4.3
        crore accounts": (the counted noun, the verb's participle, the owners) when
        organizations that open the sentence (or a clause) hold, own or run the things the
        count (or its list) counts; for names before a verb that moves what is counted
        ("Sonalika sold 24,310 units"), ("", the verb's noun, the names), places included;
        with `amounts`, also for amounts with no noun of what after them ("OPEC pumped 28.31
        million bpd")."""
        lower, text = self.tokens.lower, self.tokens.text
        t = self._word_before(sent, m, ("a", "some"))
        if t <= sent.start or (lower[t] not in _OWNING_VERBS and lower[t] not in _VERB_NOUNS):
            return None
        if m.unit != "count" and (
            not amounts
            or lower[t] not in _VERB_NOUNS
            or m.unit in ("percent", "fraction", "percentage_point")
            or is_money(m.unit)
            or (m.span.end < sent.end and lower[m.span.end] == "of")
        ):
            return None  # (but "Saudi Arabia produced 9.8 million bpd": its production)
        noun = self._counted_after(sent, m)
        first = t - 1
        while first >= sent.start and (
            self.tokens.is_title[first]
            or self.tokens.is_upper[first]
            or (lower[first] in NAME_CONNECTORS and first > sent.start)
            or text[first] == ","
        ):
            first -= 1
        if first >= t - 1 or not (noun or lower[t] in _VERB_NOUNS):
            return None
        if (
            first >= sent.start
            and lower[first] not in _CLAUSE_OPENERS
            and lower[first] not in ("when", "found", "showed", "shows", "that")
        ):  # ("A Reuters survey found OPEC pumped 28.31 million bpd": a clause of its own)
            return None  # the names open the sentence or a clause ("while", "when") of their own
        if lower[first + 1] in ("in", "on", "at", "by"):
            return None
        owners = self.tokens.span_text(first + 1, t).strip().strip(",").strip()
        if owners.startswith("The "):
            owners = "the" + owners[3:]  # "people employed by the Reserve Bank of India"
        if lower[t] in _VERB_NOUNS:
            return "", _VERB_NOUNS[lower[t]], owners  # "Sonalika sold 24,310 units"
        names = range(first + 1, t)
        if not any((AGENCY_TOKENS, j) in self.cue_at or lower[j] in ORG_WORDS for j in names):
            return None  # a place holds no accounts: "Germany held 3,352 tonnes of gold"
        return " ".join(noun), _OWNING_VERBS[lower[t]], owners

    def _counted_after(self, sent: Sentence, m: Mention, limit: int = 3) -> list[str]:
        """The words in small letters (at most `limit`) that follow a count (or its list)
        and name what it counts: "16.9 crore and 4.3 crore accounts" -> ["accounts"]."""
        lower, text = self.tokens.lower, self.tokens.text
        k = m.span.end
        while (
            k + 1 < sent.end and lower[k] in ("and", ",") and (QUANT_TOKENS, k + 1) in self.cue_at
        ):
            k = self.cue_at[(QUANT_TOKENS, k + 1)].end  # "16.9 crore and 4.3 crore accounts"
        noun: list[str] = []
        while k < sent.end and len(noun) < limit and self.tokens.is_alpha[k]:
            if lower[k] in STOPWORDS or lower[k] in _THING_ENDS or text[k][:1].isupper():
                break  # ("2,300 stocks across 40 markets": the stocks)
            if (CHANGES, k) in self.cue_at and (noun or not lower[k].endswith("s")):
                break  # (but "307,638 cuts", "three hikes": things counted)
            if (PERIODS_TOKENS, k) in self.cue_at:
                break
            if (
                k + 2 < sent.end
                and text[k + 1] == "-"
                and not self.tokens.whitespace[k]
                and not self.tokens.whitespace[k + 1]
            ):
                noun.append(self.tokens.span_text(k, k + 3))  # "forty-foot containers"
                k += 3
                continue
            noun.append(text[k])
            k += 1
        return noun

    def _done_by(self, sent: Sentence, m: Mention) -> str | None:
        """ "Domestic airlines flew 1.52 crore passengers", "the agency placed 192,000
        people": a count of what someone named before the verb did or handled, named by the
        things and who did it ("passengers by domestic airlines"; the verb is dropped, as
        from every metric), when who did it opens the sentence or a clause."""
        lower, text = self.tokens.lower, self.tokens.text
        t = self._word_before(sent, m, ("a", "an", "some", "only", "estimated", "net"))
        participle = None
        if m.unit == "count":
            done = t > sent.start and lower[t] in _DONE_VERBS
            if not done and t > sent.start and t == self._word_before(sent, m, ("a", "an")):
                participle = self._object_verb(t)
                done = participle is not None
            noun = self._counted_after(sent, m, 4 if participle else 3) if done else []
            if participle and noun and not self._thing_noun(noun[0]):
                return None  # "youths under 25 numbered": no verb before a thing
            if participle and self.phrases._respondents_of_survey(sent, m.span.end):
                return None  # "The CBI survey polled 600 manufacturers": a survey's size
        else:
            noun = self._amount_done(sent, m, t)
        if not noun or noun[0].lower() in _NO_THINGS:
            return None  # "made 40 units": units of something named elsewhere
        k = t - 1
        while k > sent.start and lower[k] in _AUXILIARIES:
            k -= 1  # "Government employers have announced"
        end = k + 1
        while (
            k >= sent.start
            and (self.tokens.is_alpha[k] or text[k] == "-")
            and (lower[k] not in STOPWORDS or lower[k] == "the")
            and not self._guess_at(k)
        ):
            if any((key, k) in self.cue_at for key in (QUANT_TOKENS, CHANGES, PERIODS_TOKENS)):
                return None
            k -= 1
            if lower[k + 1] == "the":
                break
        opens = (
            k < sent.start
            or text[k] == ","
            or lower[k] in _CLAUSE_OPENERS
            or self._guess_at(k)  # "Brokers reckon Indian mills have contracted"
            or (lower[k] == "and" and k > sent.start and text[k - 1] == ",")
        )  # "..., and the agency placed 192,000 people"
        words = [text[j] for j in range(k + 1, end)]
        if not opens or not words or len(words) > 5 or words[-1].lower() in PRONOUNS:
            return None
        if (m.unit != "count" or participle) and (
            self._place_subject(" ".join(words))
            or (participle and self._place_name(" ".join(words)))
        ):
            return None  # "Poland installed 4.5 GW of solar capacity": the breakdown rules'
        if words[0] == "The" or (
            k + 1 == sent.start
            and all(w.islower() or w == "-" for w in words[1:])
            and self.ctx.gazetteer.country_of(words[0]) is None  # not "Chinese refiners"
        ):
            words[0] = words[0].lower()  # "Domestic airlines flew": capitalized only as the first
        m.rules.append(DONE_BY)
        verb = f" {participle}" if participle else ""
        return f"{' '.join(noun)}{verb} by {' '.join(words).replace(' - ', '-')}"

    def _thing_noun(self, word: str) -> bool:
        """Whether a word after a count can be the thing it counts, not a verb."""
        lower = word.lower()
        return lower not in _NOT_OBJECT_VERBS and not lower.endswith("ed")

    def _object_verb(self, t: int) -> str | None:
        """ "The survey covers around 400 companies", "Member mines employed 531,200
        workers": the past participle of a verb in the past or present tense at t whose object
        a count is ("covered", "employed"), for a verb of no list of its own (changes,
        levels, credits, guesses, holding); None for any other word."""
        word = self.tokens.lower[t]
        if (
            not self.tokens.is_alpha[t]
            or not self.tokens.text[t].islower()
            or len(word) < 5
            or word in _NOT_OBJECT_VERBS
            or (CHANGES, t) in self.cue_at
            or (QUALIFIERS, t) in self.cue_at
        ):
            return None
        if word.endswith("ed"):
            return word
        if word.endswith("s") and not word.endswith(("ss", "us", "is", "ous")):
            base = word[:-1]
            return f"{base}d" if base.endswith("e") else f"{base}ed"
        return None

    def _guess_at(self, k: int) -> bool:
        """Whether token k is the verb of who guesses at a figure: "Traders estimate"."""
        lower = self.tokens.lower
        return k > 0 and lower[k] in OPINION_VERBS and lower[k - 1] in SPEAKERS

    def _set_aside(self, sent: Sentence, m: Mention) -> str | None:
        """ "The bank set aside $1.07 billion for credit losses": the amount set aside, for
        what it is set aside."""
        lower, text = self.tokens.lower, self.tokens.text
        t = self._word_before(sent, m, ("a", "an", "another", "some"))
        if t - 1 <= sent.start or lower[t] != "aside" or lower[t - 1] != "set":
            return None
        k = self.clauses._past_bracket(m.span.end, sent)
        if k + 1 >= sent.end or lower[k] not in ("for", "to"):
            return None
        end = k + 1
        while end < sent.end and end - k <= 4 and self.tokens.is_alpha[end]:
            if (
                (PERIODS_TOKENS, end) in self.cue_at
                or (QUALIFIERS, end) in self.cue_at
                or lower[end] in _ASIDE_ENDS
            ):
                break
            end += 1
        if end == k + 1:
            return None
        return f"amount set aside {lower[k]} {' '.join(text[k + 1 : end])}"

    def _amount_done(self, sent: Sentence, m: Mention, verb: int) -> list[str]:
        """ "Utilities withdrew 64 bcf of gas", "Banks have added Rs 6.1 trillion of deposits":
        the thing an amount after a verb of handling, adding or moving is of (not a share or a
        rate, nor a verb that names the thing's flow, `_VERB_NOUNS`)."""
        lower, text = self.tokens.lower, self.tokens.text
        if (
            m.unit in ("percent", "fraction", "percentage_point", "index_point")
            or verb <= sent.start
            or not (lower[verb] in _DONE_VERBS or lower[verb] in _AMOUNT_VERBS)
        ):
            return []
        k = self.clauses._past_bracket(m.span.end, sent)
        if k + 1 >= sent.end or lower[k] != "of":
            return []
        k += 1
        if lower[k] in _DETERMINERS:
            k += 1  # "repurchased $2.5 billion of its shares"
        thing: list[str] = []
        while k < sent.end and len(thing) < 4 and self.tokens.is_alpha[k]:
            if (
                lower[k] in STOPWORDS
                or lower[k] in _THING_ENDS
                or (PERIODS_TOKENS, k) in self.cue_at
                or (text[k][0].isupper() and thing and not thing[-1][0].isupper())
            ):
                break
            thing.append(text[k])
            k += 1
        while thing and thing[-1][0].isupper():
            thing.pop()  # a name is no thing; one before it names the kind: "U.S. soybeans"
        return thing if thing and not is_generic(" ".join(thing)) else []

    def _held_by(self, sent: Sentence, m: Mention) -> str | None:
        """ "Alpha Bank held 12.4 million accounts": "accounts held by Alpha Bank"; "OPEC
        pumped 28.31 million bpd": "OPEC output"."""
        owned = self._owned(sent, m, amounts=True)
        if owned and not owned[0] and m.unit != "count" and self._an_organization(sent, m):
            return _owned_name(*owned)  # "OPEC pumped 28.31 million bpd": OPEC output
        return _owned_name(*owned) if owned and owned[0] else None

    def _an_organization(self, sent: Sentence, m: Mention) -> bool:
        """Whether the names right before the verb of an amount are an organization the
        gazetteer knows or an acronym ("OPEC pumped"), not a place, whose amounts the
        breakdown rules name ("Qatar produced 0.6 mln bpd": Qatar's output)."""
        t = self._word_before(sent, m, ("a", "some")) - 1
        cue = self.cue_at.get((AGENCY_TOKENS, t))
        if cue is not None:
            return bool(cue.label_ != "COUNTRY")
        return self.tokens.is_upper[t] and self.tokens.is_alpha[t] and len(self.tokens.text[t]) > 2

    def _spending(self, sent: Sentence, m: Mention) -> str | None:
        """ "Consumers spent $14.6 billion online": the spending of who spent."""
        lower = self.tokens.lower
        if not is_money(m.unit):
            return None
        t = self._word_before(sent, m, ("a", "record"))
        if t <= sent.start or lower[t] not in ("spent", "spend", "spends"):
            return None
        k = t - 1
        words: list[str] = []
        while (
            k >= sent.start
            and self.tokens.is_alpha[k]
            and lower[k] not in STOPWORDS
            and (CREDITS, k) not in self.cue_at  # "monthly data showed authorities spent"
        ):
            words.insert(0, self.tokens.text[k])
            k -= 1
        if not words or len(words) > 4:
            return None
        if k + 1 == sent.start and all(w.islower() for w in words[1:]):
            words[0] = words[0].lower()  # "Consumers spent": capitalized only as the first word
        online = m.span.end < sent.end and lower[m.span.end] == "online"
        return f"{'online ' if online else ''}spending by {' '.join(words)}"

    def _bought_by(self, sent: Sentence, m: Mention, earlier: list[Mention]) -> str | None:
        """ "Exports rose to 1.2 mln tonnes. Japan bought 310,000 tonnes": a country that
        buys or takes a figure names where the exports before went."""
        if not m.metric or m.unit in ("percent", "fraction"):
            return None
        pred = self.clauses._predicate(sent, m)
        if pred is None or self.tokens.lower[pred] not in BUYING_VERBS:
            return None
        if self.ctx.gazetteer.country_of(m.metric) is None:
            return None
        indicator = next((e.metric for e in reversed(earlier) if e.metric), None)
        indicator = indicator or self._carried(m)
        if not indicator or not _EXPORTS.search(indicator):
            return None
        return with_breakdown(indicator, "to", m.metric)

    def _places_of(self, before: list[Mention], group: list[Mention], items: list[str]) -> None:
        """ "Beijing, Guangzhou and Shenzhen went down by 0.1%, 0.3% and 0.2% respectively",
        "the central, western and northeastern regions grew by ...": items that are only
        places name where the indicator said before was measured."""
        named_places = all(
            (words := item.split()) and all(w[:1].isupper() for w in words if w != "and")
            for item in items
        )
        names = [m.metric for m in group if m.metric]
        if len(names) < len(group):
            return
        # "central regions": a lone modifier and a head of places, nothing else
        place_head = all(
            len(words := name.split()) == 2 and words[1].lower() in _PLACE_HEADS for name in names
        )
        if not (named_places or place_head):
            return
        # (not a figure before that is named by its place alone too: "Among them, Fujian
        # went up by 0.3%, while Zhejiang and Jiangsu went down by 0.6% and 0.9%
        # respectively" are all of the indicator named before)
        indicator = next(
            (m.metric for m in reversed(before) if m.metric and not _lone_name(m.metric)), None
        )
        indicator = indicator or (self.history[-1] if self.history else None)
        if not indicator:
            return
        if not place_head and " in " not in indicator and not self._moved_by_places(group[0]):
            return  # names that are places only where the indicator was broken down by place
        indicator = _DONE_BY.sub("", indicator)  # "the region realized [revenue]"
        indicator = _OF_A_PLACE.sub("", indicator)  # "[revenue] of the eastern region"
        found = split_breakdown(indicator)
        head = found[0] if found else indicator
        if any(w[:1].isupper() for w in head.split()[:1]) and len(head.split()) == 1:
            return  # the indicator is itself a place
        owned = _OWNED.match(indicator)
        for m, name in zip(group, names, strict=True):
            place = name[:-1] if place_head and name.endswith("s") else name
            if owned and named_places:
                m.metric = f"{place}'s {owned.group(2)}"  # "Kuwait's output": "Iran's output"
                continue
            m.metric = (
                with_breakdown(indicator, "in", place) if named_places else f"{head} of the {place}"
            )

    def _moved_by_places(self, m: Mention) -> bool:
        """Whether the verb before a list's first figure makes or moves what it counts
        ("Hebei, Jiangsu and Shandong produced 20.1 mt, ..."): the places' shares of the
        indicator named before."""
        sent = self.ctx.sentences[m.sentence]
        t = self._word_before(sent, m, ("a", "an", "some"))
        return self.tokens.lower[t] in _VERB_NOUNS

    def _shares_of(self, sent: Sentence, items: list[Mention], before: list[Mention]) -> None:
        """ "Canada and Kazakhstan supplied 31% and 24% of deliveries respectively": each
        item's share of the whole named after the last figure; with no whole after it, of
        the whole of a share named before in the sentence ("the United States supplied 44%
        of EU LNG imports, while Qatar and Russia supplied 14% and 12%, respectively")."""
        if not all(m.unit in ("percent", "fraction") and m.metric for m in items):
            return
        after = self.clauses._past_bracket(items[-1].span.end, sent)
        if after < sent.end and self.tokens.lower[after] == "of":
            whole = clean_metric(self.clauses._phrase_from(after + 1, sent) or "")
        else:
            lead = self.tokens.lower[max(sent.start, items[0].span.start - 3) : items[0].span.start]
            shared = next(
                (e.metric for e in reversed(before) if e.metric and " share of " in e.metric), None
            )
            if shared is None or SHARE_VERBS.isdisjoint(lead):
                return
            whole = shared.split(" share of ", 1)[1]
        if not whole or whole.split()[0].lower() in STOPWORDS:
            return
        for m in items:
            if " share" not in f" {m.metric}".lower():
                m.metric = f"{m.metric} share of {whole}"

    def _ranked_place(self, sent: Sentence, m: Mention, earlier: list[Mention]) -> str | None:
        """ "Prices rose the most in Quebec, at 2.9%, and the least in Alberta, at 1.2%": a
        place ranked by a superlative names where the clause's indicator was measured; "with
        the deepest markdowns in apparel, at 37%, and electronics, at 32%": where the noun the
        superlative ranks was."""
        lower, text = self.tokens.lower, self.tokens.text
        t = self._word_before(sent, m)
        if t - 3 < sent.start or lower[t] != "at" or text[t - 1] != ",":
            return None
        end = start = t - 1
        while start - 1 > sent.start and end - start < 3 and text[start - 1][:1].isupper():
            start -= 1
        if start == end and self.tokens.is_alpha[end - 1] and lower[end - 2] in ("in", "and"):
            start = end - 1  # "in apparel, at 37%, and electronics, at 32%": in small letters
        if start == end or any((PERIODS_TOKENS, k) in self.cue_at for k in range(start, end)):
            return None  # (not "the most cuts in October, at 47,878": a time)
        place = self.tokens.span_text(start, end)
        if lower[start - 1] == "and":
            # "..., and electronics, at 32%": the next item ranked with the one before
            before = earlier[-1] if earlier else None
            if before is None or RANKED_PLACE not in before.rules or not before.base_metric:
                return None
            m.base_metric = before.base_metric
            m.rules.append(RANKED_PLACE)
            return with_breakdown(before.base_metric, "in", place)
        if lower[start - 1] != "in":
            return None
        sup = next(
            (
                k
                for k in range(start - 2, max(sent.start, start - 6) - 1, -1)
                if lower[k] in SUPERLATIVES
            ),
            None,
        )
        if sup is None:
            return None
        between = range(sup + 1, start - 1)
        if (
            1 <= len(between) <= 2
            and lower[sup] not in ("most", "least")  # "most expensive in Denmark": an adjective
            and all(
                self.tokens.is_alpha[k] and not lower[k].endswith(("ing", "ed")) for k in between
            )
        ):
            indicator: str | None = self.tokens.span_text(sup + 1, start - 1)  # "markdowns"
        elif text[start][:1].islower():
            return None  # "the largest share reporting a fall in turnover, at 23%": no item
        else:
            ranked = next(
                (e for e in reversed(earlier) if e.base_metric and RANKED_PLACE in e.rules),
                None,
            )
            indicator = ranked.base_metric if ranked is not None else None
        if indicator is None:
            subject = clean_metric(self.clauses._subject_span(sent, m) or "")
            indicator = (subject or "").rpartition(",")[2].strip() or None
            if indicator and indicator.lower() in BARE_HEADS:
                indicator = self._antecedent(indicator, earlier) or indicator  # "Prices were"
        if not indicator or is_generic(indicator):
            return None
        m.base_metric = indicator
        m.rules.append(RANKED_PLACE)
        return with_breakdown(indicator, "in", place)

    def _with_place(self, sent: Sentence, m: Mention, earlier: list[Mention]) -> str | None:
        """ "Sales rose in six provinces, with Ontario up 2.0% and Quebec gaining 0.6%": a
        place in a "with" clause breaks down the indicator of the sentence."""
        lower, text = self.tokens.lower, self.tokens.text
        t = m.span.start - 1
        while t > sent.start and (
            (QUALIFIERS, t) in self.cue_at
            or lower[t] in ("up", "down", "higher", "lower", "by", "at")
            or (t == m.span.start - 1 and lower[t].endswith("ing"))  # "Quebec gaining 0.6%"
        ):  # no finite verb: "with Japan increased 700 mln" is the deficit with Japan
            t -= 1
        end = t + 1
        while t > sent.start and self.tokens.is_alpha[t] and text[t][:1].isupper():
            t -= 1
        if not 1 <= end - t - 1 <= 3 or end == m.span.start or lower[t] not in ("with", "and"):
            return None
        k = t
        while lower[k] != "with":
            if k <= sent.start or text[k] in (";", ":"):
                return None
            k -= 1
        if not earlier or k < earlier[0].span.end:
            return None
        first = earlier[0]
        indicator = (
            self.links.opening_subject(sent, first)
            or strip_lead(clean_metric(self.clauses._subject_span(sent, first) or ""))
            or first.metric
        )
        indicator = (indicator or "").rpartition(",")[2].strip()  # "Regionally, sales"
        if not indicator or is_generic(indicator):
            return None
        return with_breakdown(indicator, "in", self.tokens.span_text(t + 1, end))

    def _compared_with(self, sent: Sentence, m: Mention, earlier: list[Mention]) -> Mention | None:
        """The figure a bare compared value stands against: "climbed to 665 million, against
        646 million in the previous month", "above the Rs 24.9 trillion recorded in July",
        "against growth of 11.4% in August" (not "against imports of $4 billion", which names
        its own)."""
        compared = self.ctx.from_value(m) or self.ctx.compared_change(m)
        if not compared or self.breakdowns.after(m, sent) is not None:
            return None  # "compared to 3.87 per cent in urban regions" names its own
        if m.chained_to is not None:
            head = earlier[m.chained_to]
            return head if m.chain_kind == "from" and head.metric else None
        return next(
            (
                e
                for e in reversed(earlier)
                if e.unit == m.unit
                and e.metric
                and not self.ctx.from_value(e)
                and not counts_speakers(e)
            ),
            None,
        )

    def _in_spread_opener(self, sent: Sentence, found: str) -> bool:
        """Whether the words of `found` before its comma close the sentence's opening
        "Among the cantons," or "Across the region,": the spread, not the indicator."""
        if self.tokens.lower[sent.start] not in _SPREAD_OPENERS:
            return False
        comma = next((t for t in range(sent.start, sent.end) if self.tokens.text[t] == ","), None)
        if comma is None:
            return False
        opener = self.tokens.span_text(sent.start, comma).strip()
        return opener.endswith(" " + found.split(",", 1)[0].strip())

    def _opening_subject(self, sent: Sentence, m: Mention) -> str | None:
        """Everything from the sentence's start (past an opening period phrase and its comma)
        to the number's verb."""
        pred = self.clauses._predicate(sent, m)
        if pred is None:
            return None
        t = sent.start
        while t < pred and (
            self.tokens.is_space[t]
            or (PERIODS_TOKENS, t) in self.cue_at
            or self.tokens.text[t] == ","
        ):
            t += 1
        if any((QUANT_TOKENS, k) in self.cue_at for k in range(t, pred)):
            return None  # figures stand before the verb: the list is not the subject
        return self.tokens.span_text(t, pred).strip() or None

    def _run_start(self, group: list[Mention], last: int) -> int:
        """The first of the values that end at `last`: same unit, close together, and no
        clause opened by a comma between ("Trade rose 3%, with exports and imports up 2.1%
        and 4.4%": the run is the last two)."""
        k = last
        while k > 0:
            prev, cur = group[k - 1], group[k]
            gap = self.tokens.text[prev.span.end : cur.span.start]
            if prev.unit != cur.unit or len(gap) > 6 or any(w in (";", ":") for w in gap):
                break
            if any(w == "," and nxt.lower() in _RUN_BREAKS for w, nxt in zip(gap, gap[1:])):
                break  # (not "..., compared with 77.6% and 71.9%")
            k -= 1
        return k

    def _run_end(self, group: list[Mention]) -> int:
        """The last of the values that run on from the first: same unit, close together."""
        k = 0
        while k + 1 < len(group):
            cur, nxt = group[k], group[k + 1]
            gap = self.tokens.text[cur.span.end : nxt.span.start]
            if cur.unit != nxt.unit or len(gap) > 6 or any(w in (";", ":") for w in gap):
                break
            k += 1
        return k

    def _compared_run(self, first: list[Mention], then: list[Mention]) -> bool:
        """Whether the list `then` is compared with the list `first` before it, item by item:
        the same number (two or more) of values of one unit, with only a comparison ("from",
        "compared with", "against", "versus", "after"), periods and "respectively" between
        them ("2.6% and 2.5%, respectively, in January from 2.8% and 2.7%"), and the values
        of `then` not yet told apart."""
        if len(first) < 2 or len(then) != len(first) or first[-1].unit != then[0].unit:
            return False
        if len({m.metric for m in then}) != 1:
            return False
        lower, text = self.tokens.lower, self.tokens.text
        words = [
            lower[t]
            for t in range(first[-1].span.end, then[0].span.start)
            if (PERIODS_TOKENS, t) not in self.cue_at
            and (QUALIFIERS, t) not in self.cue_at
            and text[t] != ","
            and lower[t] != "respectively"
        ]
        if words[-2:] in (["compared", "with"], ["compared", "to"]):
            words = words[:-1]
        # (a unit's tail may stand before: "1.61 euros a litre, respectively, from ...")
        return 0 < len(words) <= 3 and words[-1] in _COMPARED_WITH

    def _things_of_places(self, sent: Sentence, items: list[Mention]) -> None:
        """ "Spain and Italy produced 12.1 TWh and 9.4 TWh of solar power, respectively":
        items named by countries alone measure what follows the last figure, in each."""
        last = items[-1]
        if last.unit in ("percent", "fraction", "percentage_point") or not all(
            m.metric and self._place_subject(m.metric) for m in items
        ):
            return  # (shares are `_shares_of`'s)
        thing = self._thing_after(sent, last)
        if thing:
            for m in items:
                m.metric = with_breakdown(thing, "in", m.metric or "")

    def _changes_of_run(self, first: list[Mention], then: list[Mention], cue: Span) -> bool:
        """Whether the list `then`, right after the "respectively" of the list `first`, gives
        its changes item by item: "88 TWh and 71 TWh from coal respectively, down by 14% and
        8%" (only a comma, a change word and "by" after the cue), and is not yet told
        apart."""
        if (
            len(first) < 2
            or len(then) != len(first)
            or len({m.metric for m in then}) != 1
            or first[-1].unit == then[0].unit
            or then[0].unit not in ("percent", "percentage_point")
        ):
            return False
        lower, text = self.tokens.lower, self.tokens.text
        if not first[-1].span.end <= cue.start < then[0].span.start:
            return False
        words = [t for t in range(cue.end, then[0].span.start) if text[t] != ","]
        return (
            0 < len(words) <= 3
            and any((CHANGES, t) in self.cue_at for t in words)
            and all((CHANGES, t) in self.cue_at or lower[t] in ("by", "of") for t in words)
        )

    def _name_as(self, first: list[Mention], then: list[Mention], cue: Span) -> None:
        """Each value of `then` takes the name of its counterpart in `first`, once those are
        told apart."""
        if len({m.metric for m in first}) != len(first):
            return
        for a, b in zip(first, then, strict=True):
            b.metric, b.base_metric = a.metric, a.base_metric
            b.rules.append(cue.id_)

    def _parallel(self, group: list[Mention], head_index: int) -> bool:
        """Whether a list of values of another unit stands right before the one at
        `head_index` ("... 180.33 million units, up by 4.2 percent, ...")."""
        gap = self.tokens.text[group[head_index - 1].span.end : group[head_index].span.start]
        return len(gap) <= 4 and not any(w in (";", ":", ".") for w in gap)

    def _object_list(self, sent: Sentence, first: Mention) -> str | None:
        """The list a verb's object names right before "at" or "to" and the first figure:
        "kept its refinancing and marginal lending rates at 4.25%" -> "refinancing and
        marginal lending rates"; None unless a possessive or "the" opens it."""
        lower = self.tokens.lower
        k = first.span.start - 1
        while k > sent.start and (QUALIFIERS, k) in self.cue_at:
            k -= 1
        if k <= sent.start or lower[k] not in ("at", "to"):
            return None
        j = k - 1
        while j > sent.start and k - j <= 8 and lower[j] not in _OBJECT_OPENERS:
            if not (self.tokens.is_alpha[j] or lower[j] in ("-", ",")):
                return None
            j -= 1
        if lower[j] not in _OBJECT_OPENERS or j + 1 >= k:
            return None
        phrase = self.tokens.span_text(j + 1, k).strip()
        if " and " not in phrase:
            return None
        head_item, _, last = phrase.partition(" and ")
        lead, own = head_item.split(), last.split()
        if len(lead) == 2 and len(own) == 2 and "," not in phrase and own[1] in SHARED_HEADS:
            # "its overnight deposit and lending rates": the first word is both items'
            return f"{head_item} and {lead[0]} {last}"
        return phrase

    def _appositive_lists(self, sent: Sentence, first: Mention) -> list[str]:
        """The lists that a pair of commas may set off right before the verb, nearest first:
        "The bank's two preferred gauges, trimmed mean and weighted median, rose to 3.1% and
        2.9%" -> ["trimmed mean and weighted median"]; the caller keeps the one with as many
        items as the figures. Empty unless words name something before the first comma and
        the phrase holds only words (no number, clause or aside)."""
        lower, text = self.tokens.lower, self.tokens.text
        pred = self.clauses._predicate(sent, first)
        if pred is None or pred - 2 <= sent.start or text[pred - 1] != ",":
            return []
        close, found = pred - 1, []
        for c in range(close - 2, max(sent.start, close - 16), -1):
            if text[c] != ",":
                if not (self.tokens.is_alpha[c] or text[c] in _APPOSITIVE_MARKS):
                    break
                continue
            if not self.tokens.is_alpha[c - 1] or lower[c - 1] in STOPWORDS:
                continue  # ", and ...": the list's own comma
            opener = lower[c + 1]
            words_in = {lower[k] for k in range(c + 1, close)}
            before = c - 1
            while before > sent.start and text[before - 1] not in (",", ";", ":"):
                before -= 1
            phrase = self.tokens.span_text(c + 1, close).strip()
            if (
                "and" in words_in
                and opener not in PREDICATE_WORDS
                and not opener.endswith("ing")
                and not words_in & _NOT_APPOSITIVE
                # "A, B and C, the three largest categories, grew": a description, not items
                and all(item.split()[0].lower() not in STOPWORDS for item in split_list(phrase))
                # "The indices of A and B, and of C, D and E, rose": one list, not a name and
                # a list set off after it
                and not any(lower[k] in ("and", "or") for k in range(before, c))
            ):
                found.append(phrase)
        return found

    def _followers(self, sent: Sentence, group: list[Mention]) -> tuple[int, list[str]] | None:
        """ "Oats led at 41,200 hectares, followed by barley and rye with 28,900 and 19,400
        hectares, respectively": (the "followed" token, the items) of a list of followers
        that stands right before the values, one item to each; None elsewhere."""
        lower, text = self.tokens.lower, self.tokens.text
        t = group[0].span.start - 1
        while t > sent.start and (QUALIFIERS, t) in self.cue_at:
            t -= 1
        end = t + 1
        while end - 1 > sent.start and t - end < 2 and lower[end - 1] in _FOLLOWER_FILLERS:
            end -= 1
        if end > t:
            return None
        k = end - 1
        while k > sent.start + 1 and end - k <= 12 and lower[k] != "by":
            if not (self.tokens.is_alpha[k] or text[k] in _APPOSITIVE_MARKS or text[k] in ",–"):
                return None
            if lower[k] in PREDICATE_WORDS or (QUANT_TOKENS, k) in self.cue_at:
                return None
            k -= 1
        if lower[k] != "by" or lower[k - 1] != "followed" or k + 1 >= end:
            return None
        items = split_list(self.tokens.span_text(k + 1, end).strip().strip(",").strip())
        items = [clean_metric(item) or item for item in items]
        if len(items) != len(group):
            return None
        last = items[-1].split()
        if len(last) > 1 and last[-1].islower() and last[-1].endswith("s"):
            # "mid-cap and small-cap funds", "the Paris–Lyon and Lyon–Milan lines": a one-word
            # item takes the plural noun of the last one
            items = [f"{item} {last[-1]}" if " " not in item else item for item in items]
        return k - 1, items

    def _name_followers(
        self, sent: Sentence, cue: Span, group: list[Mention], earlier: list[Mention]
    ) -> bool:
        """Name each of a ranking's followers' figures ("followed by barley and rye with 28,900
        and 19,400 hectares, respectively") by the leader's indicator with the follower in the
        leader's place ("purchases in Vietnam" -> "purchases in Pakistan"), else by the
        follower alone; whether the list was found."""
        found = self._followers(sent, group)
        if found is None:
            return False
        followed, items = found
        leader = next((e for e in reversed(earlier) if e.span.end <= followed), None)
        ranked = leader.metric if leader is not None else None
        subject = self.clauses._subject_span(sent, leader) if leader is not None else None
        own = (clean_metric(subject) or "").lower() if subject else ""
        place = split_breakdown(ranked) if ranked else None
        for m, item in zip(group, items, strict=True):
            named = item
            if ranked and own and own in ranked.lower() and own != ranked.lower():
                at = ranked.lower().index(own)
                named = f"{ranked[:at]}{item}{ranked[at + len(own) :]}"
            elif place is not None and all(is_breakdown_name(each) for each in items):
                # "Output in Ohio grew 3.2%, followed by Texas and Utah, up 2.9% and 2.4%"
                named = with_breakdown(place[0], place[1], item)
            m.metric = clean_metric(named) or named
            m.base_metric = m.metric
            m.rules.append(cue.id_)
        return True

    def _respective(
        self,
        sent: Sentence,
        cue: Span,
        group: list[Mention],
        head_index: int,
        items_group: list[Mention],
    ) -> None:
        """Name each of a list of values from the list of items its clause names."""
        if self._name_followers(sent, cue, items_group, group[:head_index]):
            return
        by_place = (
            self._places_with_object(sent, items_group)
            or self._owners_of(sent, items_group)
            or self._places_before_values(sent, items_group)
            or self._places_opening(sent, items_group)
            or self._places_after_values(sent, items_group)
        )
        if by_place is not None:
            for m, name in zip(items_group, by_place, strict=True):
                m.metric = name
                m.rules.append(cue.id_)
            self._things_of_places(sent, items_group)
            self._shares_of(sent, items_group, group[:head_index])
            return
        subject = self.clauses._subject_span(sent, items_group[0])
        those = THOSE_OF.match(subject or "")
        named = next((e.metric for e in reversed(group[:head_index]) if e.metric), None)
        if those and named and (own := split_breakdown(named)) and own[1] == those.group(1).lower():
            # "exports to China rose 9.6%, while those to Australia and the US fell 2.1% and
            # 5.4%, respectively": the figure before's indicator, to each place
            subject = f"{own[0]} {those.group(1)} {those.group(2)}"
        items = split_list(subject) if subject else []
        if len(items) < len(items_group):
            # "The bank kept its refinancing and marginal lending rates at 4.25% and 4.75%,
            # respectively": the list is the verb's object, not its subject
            obj = self._object_list(sent, items_group[0])
            if obj is not None and len(split_list(obj)) == len(items_group):
                subject, items = obj, split_list(obj)
        if len(items) < len(items_group):
            # "The bank's two preferred gauges, trimmed mean and weighted median, slowed to
            # 3.1% and 2.9%, respectively": the list set off after the subject names them
            listed = next(
                (
                    phrase
                    for phrase in self._appositive_lists(sent, items_group[0])
                    if len(split_list(phrase)) == len(items_group)
                ),
                None,
            )
            if listed is not None:
                subject, items = listed, split_list(listed)
        if subject and len(items) != len(items_group):
            # "the mining industry, the manufacturing industry, and the production and
            # supply of electricity, heat, gas and water": items are told by "the", and
            # the list may run back past a comma the subject rule stops at
            opening = self._opening_subject(sent, items_group[0]) or self._clause_subject(
                sent, items_group[0]
            )
            for whole in (subject, opening):
                determined = split_determined_list(whole) if whole else []
                if len(determined) == len(items_group):
                    subject, items = whole, determined
                    break
            else:
                # "Exports to Japan, Korea and India rose 3%, 5% and 7% respectively":
                # the subject rule stopped at the list's first comma
                whole_list = split_list(opening) if opening else []
                if (
                    len(whole_list) == len(items_group) + 1
                    and opening is not None
                    and whole_list[0].split()[0].lower() in SET_OFF_OPENERS
                ):
                    # "Among the major producing provinces, Jiangsu, Gansu and Guangdong
                    # produced ...": a phrase set off before the list is none of its items
                    whole_list = whole_list[1:]
                    opening = opening.split(",", 1)[1].strip()
                if (
                    len(whole_list) == len(items_group)
                    and len(items) >= 2  # the subject is the list's coordinated tail
                    and opening is not None
                    and opening.endswith(subject)
                    and all(len(item.split()) <= 4 for item in whole_list[1:])
                ):
                    subject, items = opening, whole_list
        if len(items) < len(items_group):
            # "Exports reached X and imports Y, an increase of 6.9% and a decrease of
            # 1.2% respectively": the items are the figures named before.
            told = [m.metric for m in group[:head_index] if m.metric]
            if len(told) >= len(items_group) and len(set(told[-len(items_group) :])) == len(
                items_group
            ):  # not "inflation averaging 3.6% in 2025 and 2.7% in
                # 2026, with GDP growth of 3.4% and 3.1% respectively": years, not items
                for m, name in zip(items_group, told[-len(items_group) :], strict=True):
                    m.metric = name
                    m.rules.append(cue.id_)
            return
        if subject is None:
            return
        grouped = group_list(subject, len(items_group)) if len(items) > len(items_group) else None
        if grouped:
            # "Hotels and catering and transport, storage and logistics fell 0.8% and 1.6%,
            # respectively": items that are lists of their own
            items = grouped
        elif len(items) > len(items_group) and "," not in subject:
            # "Transport and recreation and culture made contributions of 0.05 and 0.03
            # respectively": the last item holds the "and"s left over
            keep = len(items_group) - 1
            items = [*items[:keep], " and ".join(items[keep:])]
        items = items[-len(items_group) :] if len(items) > len(items_group) else items
        first_full = subject if len(split_list(subject)) == len(items) else None
        item_head = list_head(split_list(subject)[0] if first_full is None else items[0])
        trailing = list_tail(items[-1])
        # "Food, shelter and transportation prices": the last item's head noun is shared.
        last_words = items[-1].split()
        shared = (
            last_words[-1] if len(last_words) > 1 and last_words[-1].lower() in SHARED_HEADS else ""
        )
        # "Urban and rural residents' income", "Nordic and Iberian hydro reservoirs": a
        # lone modifier shares all that follows the last item's own modifier.
        rest = (
            " ".join(last_words[1:]) if len(last_words) > 1 and modifier_word(last_words[0]) else ""
        )
        for m, raw in zip(items_group, items, strict=True):
            item = clean_metric(raw) or raw
            if item_head.endswith(" of") and item.lower().startswith("of "):
                item = item[3:]  # "..., of leasing and business services"
            name = item if not shared or item.endswith(shared) else f"{item} {shared}"
            if rest and " " not in item and modifier_word(item):
                name = f"{item} {rest}"
            if item_head and not item.lower().startswith(item_head.lower()):
                # "net flows from France to Italy and to Germany": the item repeats the
                # head's preposition
                head_words = item_head.split()
                if item.lower().startswith(head_words[-1].lower() + " "):
                    head_words = head_words[:-1]
                name = " ".join([*head_words, name])
            if trailing and not name.endswith(trailing):
                name = f"{name} {trailing}"
            m.metric = clean_metric(name)
            m.rules.append(cue.id_)
        self._shares_of(sent, items_group, group[:head_index])
        self._places_of(group[:head_index], items_group, items)
        self._things_of_places(sent, items_group)
        for m in items_group:
            # "Sweden and Spain exported 7.1 TWh and 3.8 TWh, respectively"
            named = m.metric and self._flow_of_place(
                sent, items_group[0], m.metric, group[:head_index]
            )
            m.metric = named or m.metric

    def _places_with_object(self, sent: Sentence, group: list[Mention]) -> list[str] | None:
        """ "Germany, Italy and France reported filling rates of 78%, 93% and 89%,
        respectively": places that open the sentence, and what their verb reports of each."""
        lower, text = self.tokens.lower, self.tokens.text
        of = group[0].span.start - 1
        if of <= sent.start or lower[of] != "of":
            return None

        def reports(k: int) -> bool:  # "reported", "posted", "recorded", "saw"
            return (
                lower[k] in FIGURE_VERBS or lower[k] in PREDICATE_WORDS or lower[k].endswith("ed")
            )

        verb = of - 1  # at least one word of what is reported stands before "of"
        if (
            verb <= sent.start
            or not (text[verb].isalpha() and text[verb].islower())
            or lower[verb] in FIGURE_VERBS
            or lower[verb] in PREDICATE_WORDS
        ):
            return None
        verb -= 1
        while (
            verb > sent.start
            and of - verb <= 4
            and text[verb].isalpha()
            and text[verb].islower()
            and not reports(verb)
        ):
            verb -= 1
        if not reports(verb):
            return None
        places = split_list(self.tokens.span_text(sent.start, verb).strip())
        if len(places) != len(group) or not all(
            all(w[:1].isupper() or w == "the" for w in place.split()) for place in places
        ):
            return None
        if lower[verb + 1] in ("at", "in", "on", "by", "to", "with"):
            return None  # "The German THE and the French PEG traded at average premiums of"
        thing = clean_metric(self.tokens.span_text(verb + 1, of))
        return [f"{thing} in {place}" for place in places] if thing else None

    def _places_before_values(self, sent: Sentence, group: list[Mention]) -> list[str] | None:
        """ "Sales fell in Poland and Belgium by 31% and 12%, respectively", "Fares were
        highest in Norway and Iceland, at 412 EUR and 398 EUR, respectively": names listed
        after the verb, each where the subject's indicator was measured ("Sales in
        Poland", "Fares in Norway")."""
        lower, text = self.tokens.lower, self.tokens.text
        t = self._word_before(sent, group[0])
        if lower[t] not in ("by", "at"):
            return None
        end = t
        if lower[t] == "at" and text[t - 1] == ",":
            # "Vacancy rates were highest in Leeds, Derby and Hull, at 7.5%, 6.3% and 6.1%"
            end = t - 1
        k = end - 1
        while (
            k > sent.start
            and end - k <= 12
            and (text[k][:1].isupper() or lower[k] in ("and", ",", "the", "of", "-"))
        ):
            k -= 1
        if lower[k] not in ("in", "across", "at", "for", "among") or k + 1 >= end:
            return None
        if any((PERIODS_TOKENS, j) in self.cue_at for j in range(k + 1, end)):
            return None  # "grew in May and June by 1.2% and 0.8%": times, not places
        places = split_list(self.tokens.span_text(k + 1, end).strip())
        if len(places) != len(group) or not all(
            (words := place.removeprefix("the ").split()) and words[0][:1].isupper()
            for place in places
        ):
            return None
        indicator = group[0].metric
        subject = self.clauses._subject_span(sent, group[0]) if lower[t] == "at" else None
        named = clean_metric(subject) if subject else None
        if named and not is_generic(named) and len(named.split()) <= 6:
            indicator = named  # "Vacancy rates were highest in ...": the clause's subject
        if (
            not indicator
            or indicator in places
            or self.ctx.gazetteer.country_of(indicator) is not None  # a place named before
        ):
            return None
        return [with_breakdown(indicator, lower[k], place) for place in places]

    def _places_opening(self, sent: Sentence, group: list[Mention]) -> list[str] | None:
        """ "In Spain and Italy, output rose by 8% and 3%, respectively": places listed in a
        phrase that opens the sentence, each where the clause's subject was measured ("output
        in Spain")."""
        lower, text = self.tokens.lower, self.tokens.text
        t = sent.start
        if lower[t] not in ("in", "across"):
            return None
        joint = next((k for k in range(t + 2, min(sent.end, t + 14)) if lower[k] == "and"), None)
        if joint is None:
            return None
        comma = next(
            (k for k in range(joint + 1, min(sent.end, joint + 6)) if text[k] == ","), None
        )
        pred = self.clauses._predicate(sent, group[0])
        if comma is None or pred is None or pred <= comma + 1:
            return None
        if any((PERIODS_TOKENS, k) in self.cue_at for k in range(t, comma)):
            return None  # "In May and June, ...": times, not places
        places = split_list(self.tokens.span_text(t + 1, comma).strip())
        if len(places) != len(group) or not all(
            is_breakdown_name(place.removeprefix("the ")) for place in places
        ):
            return None
        indicator = clean_metric(self.tokens.span_text(comma + 1, pred))
        if not indicator or is_generic(indicator) or len(indicator.split()) > 6:
            return None
        return [with_breakdown(indicator, lower[t], place.removeprefix("the ")) for place in places]

    def _places_after_values(self, sent: Sentence, group: list[Mention]) -> list[str] | None:
        """ "Output fell 2.1% and 0.8% in Germany and France, respectively": places listed
        right after the values (past a basis), each where the indicator was measured."""
        lower = self.tokens.lower
        t = group[-1].span.end
        while t < sent.end and (BASES, t) in self.cue_at:
            t += 1
        if t >= sent.end or lower[t] not in ("in", "across"):
            return None
        end = t + 1
        while end < sent.end and lower[end] != "respectively" and end - t <= 12:
            end += 1
        if end >= sent.end or lower[end] != "respectively":
            return None
        if any((PERIODS_TOKENS, k) in self.cue_at for k in range(t, end)):
            return None  # "in May and June, respectively": times, not places
        places = split_list(self.tokens.span_text(t + 1, end).strip().rstrip(",").strip())
        if len(places) != len(group) or not all(
            is_breakdown_name(place.removeprefix("the ")) for place in places
        ):
            return None
        indicator = self.without_country_lead(group[0].metric)  # not "Germany Output"
        if not indicator or is_generic(indicator):
            return None
        prep = lower[t]
        return [with_breakdown(indicator, prep, place.removeprefix("the ")) for place in places]

    def _owners_of(self, sent: Sentence, group: list[Mention]) -> list[str] | None:
        """ "CDSL and NSDL held 16.9 crore and 4.3 crore accounts, respectively": each owner's
        own count ("accounts held by CDSL")."""
        owned = self._owned(sent, group[0])
        if not owned:
            return None
        owners = split_list(owned[2])
        if len(owners) != len(group):
            return None
        return [_owned_name(owned[0], owned[1], owner) for owner in owners]

    def _clause_subject(self, sent: Sentence, m: Mention) -> str | None:
        """The words from a clause opener ("while", "whereas", "but") to the number's verb:
        "Output grew 3%, while starts in Wales, Scotland and Ireland were 1,190, ..." """
        pred = self.clauses._predicate(sent, m)
        if pred is None:
            return None
        t = pred - 1
        while t > sent.start and self.tokens.lower[t] not in _CLAUSE_OPENERS:
            if (QUANT_TOKENS, t) in self.cue_at or self.tokens.text[t] in (";", ":"):
                return None
            t -= 1
        if t <= sent.start or self.tokens.lower[t] not in _CLAUSE_OPENERS:
            return None
        return self.tokens.span_text(t + 1, pred).strip() or None

    def _headline_subject(self, sent: Sentence, m: Mention) -> str | None:
        """ "U.S. BUDGET DEFICIT 25.7 BILLION DLRS IN MARCH": in a headline in capitals with
        no verb, the words before the first number (less its time) name it."""
        tokens = self.tokens
        words = [
            t
            for t in range(sent.start, m.span.start)
            if not tokens.is_space[t] and (PERIODS_TOKENS, t) not in self.cue_at
        ]
        if (
            not words
            or len(words) > 8
            or any(not tokens.is_upper[t] and tokens.is_alpha[t] for t in words)
            or any((QUANT_TOKENS, t) in self.cue_at or (CHANGES, t) in self.cue_at for t in words)
            or any(tokens.lower[t] in PREDICATE_WORDS for t in words)
        ):
            return None
        return clean_metric(" ".join(tokens.text[t] for t in words)) or None

    def _participle_object(self, m: Mention, earlier: list[Mention]) -> str | None:
        """What a participle after a comma puts at the figure ("..., bringing total EU wind
        capacity to 237 GW", "leaving the inventory-to-sales ratio at 1.34 months"), less its
        period ("taking its cumulative easing since August 2024 to"); a generic object or a
        change of the subject ("bringing the total to", "taking its decline since January to
        17%") is the figure before it in the sentence."""
        move = self.ctx.participle_move(m)
        if move is None:
            return None
        lower = self.tokens.lower
        keep: list[int] = []
        t = move.start
        while t < move.end:
            cue = self.cue_at.get((PERIODS_TOKENS, t))
            if cue is None:
                keep.append(t)
                t += 1
                continue
            if keep and lower[keep[-1]] in PERIOD_LEADS:
                keep.pop()  # "over the past 12 months", "since August 2024"
            t = max(cue.end, t + 1)
        while keep and lower[keep[0]] in _OBJECT_DETERMINERS:
            keep.pop(0)
        if not keep or any(
            not self.tokens.is_alpha[j] and lower[j] not in _OBJECT_MARKS for j in keep
        ):
            return None
        phrase = clean_metric("".join(self.tokens.text_with_ws[j] for j in keep).strip())
        if phrase and not is_generic(phrase) and lower[keep[-1]] not in _SUBJECT_CHANGES:
            return phrase
        named = [e.metric for e in earlier if e.metric]
        return named[-1] if named else None

    def _forecast_moved(self, m: Mention) -> str | None:
        """What a forecast moved to the figure forecasts: "raised its 2025 growth forecast
        to 1.0%" -> "growth", "lifted its full-year adjusted EPS outlook to about $15.60" ->
        "adjusted EPS" (the words before the forecast noun, less their period)."""
        revised = self.ctx.revised_forecast(m)
        if revised is None:
            return None
        lower = self.tokens.lower
        words = [
            self.tokens.text[k]
            for k in range(revised.start, revised.noun)
            if (PERIODS_TOKENS, k) not in self.cue_at
            and lower[k] not in ("full-year", "annual", "-", "year", "full")
            and not lower[k].isdigit()
        ]
        k = revised.noun + 1
        if words and lower[k] == "for":
            # "its FY26 growth forecast for domestic tractor volumes to 9-11%": what grows;
            # not "its inflation forecast for 2026 to 3.3%"
            end = k + 1
            while end < m.span.start and lower[end] != "to":
                end += 1
            tail = range(k + 1, end)
            if tail and not any((PERIODS_TOKENS, j) in self.cue_at for j in tail):
                words += ["for", *(self.tokens.text[j] for j in tail)]
        return " ".join(words) or None

    def _metric_for(self, sent: Sentence, m: Mention, earlier: list[Mention]) -> str | None:
        """The phrase found for the number, checked: clause tails cut, breakdowns joined to
        their indicator, generic words replaced by the indicator named before."""
        moved = (  # (a forecast moved to the figure is named before this: see `attach`)
            self._moved_rate(sent, m)
            or self._held_level(sent, m)
            or self._held_by(sent, m)
            or self._set_aside(sent, m)
            or self._done_by(sent, m)
            or self._spending(sent, m)
            or self._verb_of_thing(sent, m)
        )
        if moved:
            return moved
        item = (
            self.breakdowns.bracketed_item(m, sent, earlier, self._carried(m))
            or self.breakdowns.at_item(m, sent)
            or self.breakdowns.change_item(m, sent)
            or self.breakdowns.gapped_place(m, sent, earlier)
            or self.breakdowns.gapped_item(m, sent, earlier)
            or self.credits.object_at(sent, m)
            or self._with_place(sent, m, earlier)
            or self._ranked_place(sent, m, earlier)
        )
        if item:
            return item
        found = self._found_metric(sent, m, earlier)
        if found and "," in found and (
            found.split()[0].lower() in _SPREAD_OPENERS
            or (m.unit != "count" and self._in_spread_opener(sent, found))
        ):  # (not "Among the 34 divisions, output rose in 21": what the count counts)
            found = found.split(",", 1)[1].strip()  # "Across Member States, carbon intensity"
        if found and self._bare_range_subject(sent, m, found, earlier):
            found = self.history[-1]  # "Prices ranged between ...": the price named before
        counted = self.phrases._counted_noun(sent, m) if found else None
        if found and found == counted and found.split()[0].lower() in FORECASTERS:
            return found  # "17 economists in a Reuters poll": who was counted
        if found is None or found != counted:
            # A counted noun keeps its clause: "four of 10 indicators were positive".
            found = strip_tail(trim_clause(found))
        metric = self.breakdowns.resolve(sent, m, earlier, found, self._carried(m))
        if metric in _GROWTH_NAMES and found == metric and self.phrases._forecast_object(sent, m):
            return metric  # "with growth in Q3 seen at 7 per cent": the growth forecast
        if is_generic(metric):
            raw = self.clauses._subject_span(sent, m) or ""
            subject = trim_clause(clean_metric(raw))
            if subject and subject.lower().split()[-1] in FORECAST_WORDS | FORECAST_VERBS:
                # "The RBI projects growth of 6.5 per cent": the verb is no name; the growth
                # projected is
                return self._excluding(self._fuller(metric, sent, m, earlier), sent, m)
            if not is_generic(subject):
                metric = subject
            elif revised := self._revised_series(sent, raw, earlier):
                metric = revised  # "Figures for August have been revised down to 729,000"
            elif metric not in _GROWTH_NAMES or found != metric:
                metric = self._fallback(m, earlier)  # (a forecaster's "6.9% growth" stays)
            if (
                subject
                and subject.lower() in ("growth", "economic growth")
                and metric
                and _GROWTH_OF.isdisjoint(metric.lower().split())
            ):
                metric = subject  # "growth is seen at 1.4%" after an inflation figure
            if metric is None and subject and self.history and _DEFINITE.match(raw):
                metric = self.history[-1]  # "the official figure", "the reading": the last one
        return self._excluding(self._fuller(metric, sent, m, earlier), sent, m)

    def _company_shares(self, m: Mention) -> str | None:
        """ "The stock rose 3.1%", "Shares of the Detroit-based automaker fell 2.2%": shares
        that no name owns are those of the company the document last named as one (a name
        with shares, a ticker or results of its own), as written there: "Brightline stock"."""
        if not m.metric or not _UNNAMED_SHARES.fullmatch(m.metric.lower()):
            return None
        words = m.metric.lower().split()
        noun = " ".join(words[-2:]) if words[-1] == "price" else words[0 if "of" in words else -1]
        listed = self.companies.listed()
        lower, is_title = self.tokens.lower, self.tokens.is_title
        for t in range(m.span.start - 1, -1, -1):
            if lower[t] in listed and is_title[t]:
                start, end = t, t + 1  # the name as written there: "Delta", "Home Depot"
                while (
                    start > max(0, t - 3)
                    and is_title[start - 1]
                    and lower[start - 1] not in STOPWORDS
                ):
                    start -= 1  # "American Airlines"
                while end < min(t + 4, m.span.start) and is_title[end]:
                    end += 1
                if end < m.span.start and lower[end] in ("'s", "’s"):
                    end += 1  # "Lowe's stock"
                return f"{self.tokens.span_text(start, end).strip()} {noun}"
        return None

    def _revised_series(self, sent: Sentence, subject: str, earlier: list[Mention]) -> str | None:
        """ "Figures for August have been revised down to 729,000", "The February figure was
        first reported as a 4.4% rise": a subject that only names a figure, revised or first
        reported in its sentence, is of the series its paragraph (else the document) opened
        with, not of the last thing named; None if not such a subject, or if its own sentence
        named a figure before ("Imports fell 1.1%; the April figure was revised")."""
        words = subject.lower().split()
        if not self.history or _WHOLE_FIGURES.isdisjoint(words) or any(e.metric for e in earlier):
            return None
        lower = self.tokens.lower[sent.start : sent.end]
        if not any(w.startswith("revis") for w in lower) and not any(
            a in _FIRST_WORDS and b in ("reported", "published", "estimate", "estimated")
            for a, b in zip(lower, lower[1:], strict=False)
        ):
            return None
        return self.paragraph_leads.get(sent.paragraph) or self.history[0]

    def _excluding(self, metric: str | None, sent: Sentence, m: Mention) -> str | None:
        """ "Excluding autos, sales rose 0.4%": the exclusion tells this series from the headline
        one and stays in its name ("sales excluding autos")."""
        doc = self.doc
        if not metric or self.tokens.lower[sent.start] not in ("excluding", "ex", "ex-"):
            return metric
        comma = next(
            (t for t in range(sent.start + 1, m.span.start) if self.tokens.text[t] == ","), None
        )
        if comma is None or comma - sent.start > 8:
            return metric
        excluded = doc[sent.start + 1 : comma].text
        if excluded.lower() in metric.lower() or not _CORE_WORDS.isdisjoint(metric.lower().split()):
            return metric  # "core CPI" is already the index without food and energy
        return f"{metric} excluding {excluded}"

    def _fuller(
        self, metric: str | None, sent: Sentence, m: Mention, earlier: list[Mention]
    ) -> str | None:
        """ "The count was 1.56 million" after "the claimant count rose": a one-word name with
        "the" before it takes the fuller name given before that ends in the same word."""
        if not metric or " " in metric or not metric.isalpha() or metric.isupper():
            return metric
        word = metric.lower()
        forecast = not FORECAST_WORDS.isdisjoint(self.tokens.lower[sent.start : m.span.start])
        articles = ("the", "this", "that", "a", "an") if forecast else ("the", "this", "that")
        definite = word in self.tokens.lower[sent.start + 1 : m.span.start] and any(
            self.tokens.lower[t] == word and self.tokens.lower[t - 1] in articles
            for t in range(sent.start + 1, m.span.start)
        )  # "the count", or "a deficit" that analysts had forecast
        if not definite:
            # "exports totalled 11.36 billion dlrs" in a story whose lead named "U.S.
            # agricultural exports": a bare plural opening its clause is the lead's indicator
            # (a headline in capitals names the story, not the series: the body's lead does;
            # the country the story is about is no part of the series' name)
            lead = self._story_series(next((h for h in self.history if not h.isupper()), ""))
            t = next(
                (t for t in range(sent.start, m.span.start) if self.tokens.lower[t] == word), None
            )
            opens = t is not None and (t == sent.start or self.tokens.text[t - 1] in (",", ";"))
            if (
                opens
                and word.endswith("s")
                and len(lead.split()) > 1
                and lead.lower().split()[-1] == word
                and all(e.metric != lead for e in earlier)
            ):
                return lead
            return metric
        candidates = [e.metric for e in reversed(earlier) if e.metric]
        candidates += list(reversed(self.history[-30:]))
        for c in candidates:
            words = c.lower().split()
            if len(words) > 1 and words[-1] == word and words[-2] not in STOPWORDS:
                return c  # a compound ("claimant count"), not a phrase ("groupings in the economy")
        return metric

    def _story_series(self, lead: str) -> str:
        """ "U.S. agricultural exports" -> "agricultural exports": the lead's indicator less
        the country written before it (one to three words: "West German", "South Korea's")."""
        words = lead.split()
        for n in (3, 2, 1):
            if len(words) > n and self.ctx.gazetteer.country_of(" ".join(words[:n])) is not None:
                return " ".join(words[n:])
        return lead

    def _share_owner(self, sent: Sentence, m: Mention, earlier: list[Mention]) -> str | None:
        """ "Consumer spending makes up more than two-thirds of all activity": after a verb of
        shares, "X% of Y" is X's share of Y, and X is the clause's subject."""
        if not self.links.share_verb_before(m, sent):
            return None
        owner = self._relative_antecedent(sent, m) or strip_lead(
            clean_metric(self.clauses._subject_span(sent, m) or "")
        )
        if not owner or is_generic(owner) or len(owner.split()) > 8:
            # "reached 461 million, accounting for 43.8% of all Internet users"
            return next((e.metric for e in reversed(earlier) if e.metric), None)
        return trim_clause(owner)

    def _relative_antecedent(self, sent: Sentence, m: Mention) -> str | None:
        """ "The non-oil economy, which contributed 95.6% of real GDP, expanded": the noun
        phrase a relative "which" after a comma stands for, when it opens the sentence."""
        lower, text = self.tokens.lower, self.tokens.text
        t = m.span.start - 1
        while t > sent.start and (
            lower[t] in SHARE_VERB_FILLERS or (QUALIFIERS, t) in self.cue_at
        ):
            t -= 1
        if lower[t] == "for":
            t -= 1  # "which accounted for"
        if t - 2 < sent.start or lower[t - 1] != "which" or text[t - 2] != ",":
            return None
        phrase = clean_metric(self.tokens.span_text(sent.start, t - 2))
        if not phrase or len(phrase.split()) > 6 or is_generic(phrase):
            return None
        return phrase

    def _place_before_pronoun(self, sent: Sentence, m: Mention) -> tuple[str, str] | None:
        pred = self.clauses._predicate(sent, m)
        if pred is None or pred - 2 < sent.start or self.tokens.lower[pred - 1] not in PRONOUNS:
            return None
        return self.breakdowns.place_ending_at(pred - 2, sent)

    def _there(self, sent: Sentence, m: Mention, subject: str | None) -> str | None:
        """ "while completions there rose 6.3%": a subject that "there" places in the place
        named before it in the sentence ("in Kansas", "Scotland's", "In Wales, ...")."""
        pred = self.clauses._predicate(sent, m)
        lower, text = self.tokens.lower, self.tokens.text
        if (
            not subject
            or pred is None
            or pred - 2 < sent.start
            or lower[pred - 1] != "there"
            or not self.tokens.is_alpha[pred - 2]
            or lower[pred - 2] in STOPWORDS
            or subject.split()[-1].lower() != "there"
        ):
            return None
        base = subject.rsplit(None, 1)[0]
        first = sent.start  # the place may be named in the sentence before, same paragraph
        index = self.tok_sentence[sent.start]
        if index and self.ctx.sentences[index - 1].paragraph == sent.paragraph:
            first = self.ctx.sentences[index - 1].start
        t = pred - 2
        while t >= first:
            end = t
            while (
                t >= first
                and self.tokens.is_title[t]
                and lower[t] not in ("in", "across")
                and (PERIODS_TOKENS, t) not in self.cue_at
                and (AGENCY_TOKENS, t) not in self.cue_at
            ):
                t -= 1
            if end > t:
                place = self.tokens.span_text(t + 1, end + 1).strip()
                before = lower[t] if t >= first else ""
                if before in ("in", "across") or (end + 1 < pred and text[end + 1] in ("'s", "’s")):
                    return with_breakdown(base, "in", place)
                continue
            t -= 1
        return None

    def _balances_moved(self, sent: Sentence, mentions: list[Mention]) -> None:
        """ "The capital account swung to a surplus of 2.1 billion from a deficit of 0.4
        billion": a balance a verb moves into is its owner's ("capital account surplus"),
        and the balance it came from, "after", "from" or "against" an earlier balance of the
        sentence, is that owner's too, under its own name ("capital account deficit")."""
        lower = self.tokens.lower
        for i, m in enumerate(mentions):
            found = self.phrases.balance_before(sent, m)
            if found is None:
                continue
            first, noun = found
            words = self.tokens.span_text(first, noun + 1).strip().lower()
            owner = self.phrases.swung_into(sent, first)
            if owner:
                m.metric = f"{owner} {words}"
                continue
            if first - 2 < sent.start or lower[first - 2] not in _BALANCE_LINKS:
                continue
            before = next((e.metric for e in reversed(mentions[:i]) if e.metric), None)
            if noun > first or not before or len(before.split()) < 2:
                continue  # ("from a trade deficit of": named in full)
            if not self._words_in(before, sent):
                continue  # a name carried from before: the sentence's own balance is unsure
            m.metric = _renamed_balance(before, lower[noun]) or m.metric

    def _words_in(self, phrase: str, sent: Sentence) -> bool:
        """Whether every word of a phrase is a word of the sentence."""
        words = {self.tokens.lower[k] for k in range(sent.start, sent.end)}
        return all(w in words for w in phrase.lower().split())

    def _carried(self, m: Mention) -> str | None:
        """The indicator of the sentence just before, if the number's own names none."""
        if self.history and self.history_sentence >= m.sentence - 2:
            return self.history[-1]
        return None

    def _fallback(self, m: Mention, earlier: list[Mention]) -> str | None:
        named = next((_pointed_to(e) for e in reversed(earlier) if e.metric), None)
        return named or self._carried(m)

    def _appended_comparison(self, sent: Sentence, m: Mention, earlier: list[Mention]) -> bool:
        """ "grew by 5.3 percent, according to the NBS, 0.4 percentage points slower than in
        July": a difference set off by a comma after a figure describes that figure."""
        lower = self.tokens.lower
        t = self._word_before(sent, m)
        end = m.span.end
        return (
            bool(earlier)
            and t > sent.start
            and self.tokens.text[t] == ","
            and end + 1 < sent.end
            and lower[end] in COMPARATIVES
            and lower[end + 1] == "than"
        )

    def _moved_rate(self, sent: Sentence, m: Mention) -> str | None:
        """ "The central bank cut its one-week repo rate by 100 basis points", "has cut rates by
        a cumulative 250 basis points", "It has lowered the rate by 650 basis points": the rate
        a verb moves by points. "rates" are rates in general, as written; a bare "the rate" or
        "it" is the policy rate named before ("one-week repo rate"), else "rate"."""
        if m.unit not in ("basis_point", "percentage_point"):
            return None
        lower, text = self.tokens.lower, self.tokens.text
        k = self._word_before(sent, m, _MOVE_FILLERS)  # "by a total of 150 basis points"
        if k - 2 < sent.start or lower[k] != "by" or lower[k - 1] not in _BARE_RATES:
            return None
        start = k - 1
        while (
            start - 1 > sent.start
            and k - start < 5
            and (self.tokens.is_alpha[start - 1] or text[start - 1] == "-")
            and lower[start - 1] not in _RATE_MOVE_VERBS
            and lower[start - 1] not in _DETERMINERS
        ):
            start -= 1
        verb = start - 1 if lower[start - 1] not in _DETERMINERS else start - 2
        if verb < sent.start or lower[verb] not in _RATE_MOVE_VERBS:
            return None
        if start < k - 1 and text[start] != "-":
            return clean_metric(self.tokens.span_text(start, k)) or None  # "its repo rate"
        if lower[k - 1] == "rates":
            return text[k - 1]  # "cut rates by": rates in general, as written
        return self._named_policy_rate() or (text[k - 1] if lower[k - 1] == "rate" else None)

    def _named_policy_rate(self) -> str | None:
        """The policy rate named last ("one-week repo rate"), for a bare "rate" or "it"."""
        return next(
            (h for h in reversed(self.history) if _POLICY_RATE.search(h) and len(h.split()) <= 5),
            None,
        )

    def _held_level(self, sent: Sentence, m: Mention) -> str | None:
        """ "The lone dissenter preferred to keep the rate at 7.50%", "after the SNB holds rate
        at 0%": what a holding verb keeps at the number is its object, whoever the subject; a
        bare "rate" is the policy rate named before, as for a rate moved by points."""
        pred = self.clauses._predicate(sent, m)
        if pred is None or self.tokens.lower[pred] not in HOLD_VERBS:
            return None
        lower = self.tokens.lower
        words = [
            k
            for k in range(pred + 1, m.span.start)
            if lower[k] not in _DETERMINERS
            and lower[k] not in ("unchanged", "steady", "at")
            and (QUALIFIERS, k) not in self.cue_at
        ]
        if not words:
            return None
        if len(words) == 1 and lower[words[0]] in ("rate", "rates", "it"):
            # "has held it at 9.25% since May": the policy rate named before
            named = self._named_policy_rate()
            return named or (self.tokens.text[words[0]] if lower[words[0]] != "it" else None)
        phrase = clean_metric(self.tokens.span_text(words[0], words[-1] + 1))
        return phrase if phrase and not is_generic(phrase) else None

    def _found_metric(self, sent: Sentence, m: Mention, earlier: list[Mention]) -> str | None:
        if self._appended_comparison(sent, m, earlier):
            return earlier[-1].metric
        self.semicolon_object = self.phrases._object_before_semicolon(sent, m)
        named = (
            self.phrases.target_after(sent, m)
            or self.phrases.target_before(sent, m)
            or self.phrases.vote_count(sent, m)
            or self.phrases.share_of_group(sent, m)
            or self.phrases.odds_or_move(sent, m)
            or self.phrases.target_object(sent, m)
            or self.phrases.revised_object(sent, m)
        )
        if named:
            return named
        forecast = self.phrases._forecast_object(sent, m)
        if forecast in FORECAST_ANAPHORS:
            # "Further out, our econometric models see it settling around 1.90 percent"
            named = self._antecedent(forecast, earlier)
            if named is None or named == forecast:
                named = self.history[-1] if self.history else None
            return named
        if forecast:
            return forecast
        nominal = self.phrases._nominal_metric(sent, m) or self.change_nouns.level_reached(sent, m)
        if nominal:
            return nominal
        counted = self.phrases._counted_noun(sent, m) or self.phrases.elided_passive(sent, m)
        if counted:
            return self._level_of_subject(sent, m) or counted
        after = self.clauses._past_bracket(m.span.end, sent)
        if (
            m.unit in ("percent", "fraction")
            and after < sent.end
            and self.tokens.lower[after] == "of"
        ):
            # "73.1% of people aged 16 to 64", "provided 55% of the EU's pipeline gas"
            phrase = clean_metric(self.clauses._phrase_from(after + 1, sent) or "")
            if (
                phrase
                and phrase.lower() in ("total", "all", "whole", "overall total")
                and earlier
                and earlier[-1].metric
            ):
                named = earlier[-1].metric
                if " share of " in named:
                    # "X accounted for 18.6% of BERD, while Y paid for three quarters of the
                    # total": Y's share of the same total
                    base = named.split(" share of ", 1)[1]
                    owner = clean_metric(self.clauses._subject_span(sent, m) or "")
                    owner = owner if owner and not is_generic(owner) else None
                    return f"{owner} share of {base}" if owner else named
                # "accounting for 17.6% of the total"
                return f"{named} share of the total"
            carried = self._carried(m)
            if phrase and phrase.lower() in ("total", "the total") and carried:
                # "EU LNG imports reached 36.9 bcm. The United States supplied 44% of the
                # total": the total is what the sentence before measured.
                owner = clean_metric(self.clauses._subject_span(sent, m) or "")
                if (
                    owner
                    and not is_generic(owner)
                    and len(owner.split()) <= 4
                    and owner.lower() != carried.lower()  # the total is another figure's
                ):
                    return f"{owner} share of {carried}"
            if phrase and is_generic(phrase):
                # "Ontario accounted for almost half of the increase": whose share it is.
                owner = clean_metric(self.clauses._subject_span(sent, m) or "")
                owner = owner if owner and not is_generic(owner) else None
                return f"{owner} share of {phrase}" if owner else None
            if phrase and phrase.split()[0].lower() not in STOPWORDS | {"which", "whom"}:
                owner = self._share_owner(sent, m, earlier)
                if owner and "," in owner:
                    owner = owner.rsplit(",", 1)[1].strip()  # "In October, coal made up"
                if not owner or owner.lower() == phrase.lower():
                    return phrase  # ("occurrences share of occurrences")
                return f"{owner} share of {phrase}"
        named = self.phrases._bracketed_after_name(sent, m)
        if named:
            return named
        if earlier and self.phrases._bracketed_after_period(m):
            return earlier[-1].metric  # "the largest increase since July 2013 (2.5%)"
        noun_of = self.phrases._noun_of(sent, m)
        if noun_of:
            return noun_of
        if earlier and self.phrases._change_noun_of(m):
            # "..., the second consecutive increase of 0.8%" continues the figure before; "X saw
            # a drop of 0.4%" names its own subject.
            pred = self.clauses._predicate(sent, m)
            verb = pred is not None and self.tokens.lower[pred] in PREDICATE_WORDS | FIGURE_VERBS
            own = strip_lead(clean_metric(self.clauses._subject_span(sent, m) or ""))
            if not verb or not own or is_generic(own):
                return self.phrases._named_change(sent, m) or earlier[-1].metric
        subject = self.clauses._subject_span(sent, m)
        metric = strip_lead(clean_metric(subject)) if subject else None
        stripped = strip_tail(metric)
        if stripped and len(stripped.split()) > 1:
            metric = stripped  # "The trade deficit with Japan for all of 1986 rose"
        split = THOSE_OF.match(subject or "")
        named = next((e.metric for e in reversed(earlier) if e.metric), None)
        there = self._there(sent, m, metric)
        if there:
            metric = there  # "Scotland's starts fell, while completions there rose 6.3%"
        elif split and named:
            # "Imports from the US rose 12%, while those from Mexico fell 3%"
            metric = with_breakdown(named, split.group(1).lower(), split.group(2))
        elif (
            metric
            and metric.lower() in PRONOUNS
            and (opening := self.links.opening_subject(sent, m))
        ):
            # "Food inflation slowed, though it stayed high at 6.0%"; a bare "Prices" opening
            # the sentence takes the fuller name given before.
            bare = len(opening.split()) == 1 and opening.lower() in BARE_HEADS
            metric = self._antecedent(opening, earlier) if bare else opening
        elif (
            metric
            and metric.split()[-1].lower() in PRONOUNS
            and (place := self._place_before_pronoun(sent, m))
            and (subject_name := named or self.links.opening_subject(sent, m))
        ):
            metric = with_breakdown(subject_name, *place)  # "..., while in the EU it rose by 0.4%"
        elif (
            subject
            and metric
            and subject.lower().startswith(("these ", "those "))
            and self.semicolon_object
        ):
            metric = self.semicolon_object  # "came from services; these industries rose"
        elif metric and metric.lower() == "there":
            metric = self.phrases._after_number_metric(sent, m, existential=True)
        elif metric and (
            self._is_source_subject(metric)
            or metric.split()[0].lower() in FORECAST_WORDS | _FORECAST_SUBJECTS
        ):
            # "Economists had expected a 0.4 pct rise", "The department had reported a 0.2 pct
            # rise": the subject says who spoke; the indicator is the one under discussion.
            metric = (earlier[-1].metric if earlier else None) or (
                self.history[-1] if self.history else None
            )
            found = self.phrases.balance_before(sent, m)
            if metric and found:
                # "Analysts had forecast a deficit of ..." after a surplus: the deficit
                metric = _renamed_balance(metric, self.tokens.lower[found[1]]) or metric
        elif metric and self._not_a_name(metric):
            metric = None
        elif (
            metric
            and len(metric.split()) == 1
            and metric.lower() in BARE_HEADS
            and (label := self.phrases._line_label(sent, m))
        ):
            metric = f"{label} {metric}"  # "clothing & footwear: prices, overall, rose"
        elif metric and (
            metric.lower() in PRONOUNS
            or metric.lower().split()[0] in ANAPHORS
            or (len(metric.split()) == 1 and metric.lower() in BARE_HEADS)
        ):
            framed = self._framed_by_opening(sent, metric)
            revised = self._revised_series(sent, metric, earlier)
            metric = framed or revised or self._antecedent(metric, earlier)
        pred = self.clauses._predicate(sent, m)
        org_subject = (
            pred is not None
            and pred > sent.start
            and (AGENCY_TOKENS, pred - 1) in self.cue_at
            and not self._body_in_a_phrase(self.cue_at[(AGENCY_TOKENS, pred - 1)], sent)
        )
        if org_subject or (subject and self._is_org_name(subject)):
            obj = self.phrases._object_of_verb(sent, m)
            if obj:
                metric = obj  # "The Bank of England cut interest rates by 25 basis points"
        else:
            obj = self.phrases._object_of_verb(sent, m, determined=True)
            if obj and not is_generic(obj):
                metric = obj  # "the central bank cut its cash rate by", "lifted the index by"
        if not metric:
            metric = self.phrases.colon_label(sent, m)  # "Revenue: $7.08 billion vs. ..."
        if not metric and self.phrases._clause_starts_at(sent, m):
            metric = self.phrases._after_number_metric(sent, m)
        if metric and self._place_subject(metric) and (thing := self._thing_after(sent, m)):
            # "Germany installed 16.2 GW of solar capacity", "Germany registered 457 hours with
            # negative prices": what the figure measures, in the place that opens the clause
            metric = with_breakdown(thing, "in", metric)
        elif metric and (flow := self._flow_of_place(sent, m, metric, earlier)):
            metric = flow  # "Maharashtra produced 5.07 mt": production in Maharashtra
        m.base_metric = metric
        if metric:
            tail = self.phrases._in_phrase(m)
            if tail and metric.lower() in GENERIC_SUBJECTS:
                return self._sector_or_place(metric, tail)
            return metric
        if earlier:
            return earlier[-1].metric
        # Fall back on the metric of a record in the sentence just before, if any.
        if self.history and self.history_sentence >= m.sentence - 2:
            return self.history[-1]
        return None

    def _level_of_subject(self, sent: Sentence, m: Mention) -> str | None:
        """ "The fertility rate fell to 1.41 children per woman", "Ground volume averaged 10.6
        million packages a day", "Completions rose to 44,870 homes": a count that is the level
        its clause's subject is at, reached or moved by, is of that subject, not of the things
        it counts; None unless the subject names an indicator (no pronoun, generic word,
        organization or place)."""
        lower = self.tokens.lower
        t = self._word_before(sent, m, ("a", "an", "some", "just", "record"))
        if t <= sent.start or (m.span.end < sent.end and lower[m.span.end] == "of"):
            return None  # "Exports increased to seven of the 10 largest partners": a part
        if lower[t] in ("to", "at", "by"):
            t -= 1
            if not ((CHANGES, t) in self.cue_at or lower[t] in _LEVEL_VERBS):
                return None  # "fell to", "stood at", "rose by"; not "was sent to"
        elif lower[t] not in _LEVEL_VERBS:
            return None
        subject = self.clauses._subject_span(sent, m)
        metric = strip_lead(clean_metric(subject)) if subject else None
        if (
            not metric
            or len(metric.split()) > 8
            or is_generic(metric)
            or metric.lower() in PRONOUNS
            or metric.split()[-1].lower() in _STATISTIC_WORDS | {"there"}
            or metric.split()[0].lower() in ANAPHORS | PRONOUNS
            or self._is_org_name(metric)
            or self._is_source_subject(metric)
            or self._place_subject(metric)
        ):
            return None
        return metric

    def _bare_range_subject(
        self, sent: Sentence, m: Mention, found: str, earlier: list[Mention]
    ) -> bool:
        """Whether a figure's subject is one bare word before a verb of range ("Prices
        ranged between 30 and 38 EUR/MWh", "The share ranged from 12% to 41%") that stands
        for the indicator the sentence before named."""
        if earlier or len(found.split()) != 1 or not self.history:
            return False
        if found.isupper() and len(found) > 1:
            return False  # "the PMI ranged between 46.9 and 49.0": an indicator's own name
        if self.history_sentence != m.sentence - 1:
            return False
        pred = self.clauses._predicate(sent, m)
        return pred is not None and self.tokens.lower[pred] in _RANGE_VERBS

    def _sector_or_place(self, metric: str, tail: str) -> str:
        """A generic subject with the phrase after its number: "services output" ("output
        increased by 1.0% in services"), but "Output in Spain" for a place."""
        if self.ctx.gazetteer.country_of(tail.removeprefix("the ")) is not None:
            return f"{metric} in {tail.removeprefix('the ')}"
        return f"{tail} {metric}"

    def _place_subject(self, subject: str) -> bool:
        """Whether a clause's subject is a country the gazetteer knows, alone ("Germany",
        "the Netherlands")."""
        bare = subject.removeprefix("the ").removeprefix("The ")
        if bare.endswith(("'s", "’s")):
            return False  # "Poland's": whose, not where
        return is_breakdown_name(bare) and self.ctx.gazetteer.country_of(bare) is not None

    def _place_name(self, name: str) -> bool:
        """Whether a subject is a place: a country the gazetteer knows, or a short name in
        capitals that the document writes in no small letters and that names no organization
        ("Maharashtra", "Uttar Pradesh")."""
        if self._place_subject(name):
            return True
        words = name.split()
        small = self.ctx.small_words()
        if len(words) == 1 and name.endswith("s") and not name.endswith("ss"):
            return False  # "Renewables produced 318 TWh": a plural noun opening the sentence
        return (
            1 <= len(words) <= 3
            and is_breakdown_name(name)
            and all(
                w.isalpha() and w[:1].isupper() and not w.isupper() and w.lower() not in small
                for w in words
            )  # (not "CIL produced": a company's initials)
            and self.ctx.gazetteer.lookup(name) is None
        )

    def _flow_of_place(
        self, sent: Sentence, m: Mention, place: str, earlier: list[Mention]
    ) -> str | None:
        """ "Maharashtra produced 5.07 mt", "Gujarat exported 2.1 million tonnes": an amount a
        place made or moved, with no thing named after it, is the verb's flow in the place
        ("production in Maharashtra"); after "made", "posted" or "recorded", the indicator
        named before in the sentence, in the place ("..., while Karnataka made 2.78 mt")."""
        if m.unit in ("percent", "fraction", "percentage_point", "count"):
            return None
        if not self._place_name(place):
            return None
        verb = self.tokens.lower[self._word_before(sent, m, ("a", "an", "record", "some"))]
        noun = _VERB_NOUNS.get(verb) or _FLOW_VERBS.get(verb)
        if is_money(m.unit) and verb in _OUTPUT_VERBS:
            return None  # "London generated £586 billion": its value added, not its output
        named = next((e.metric for e in reversed(earlier) if e.metric), None)
        if verb in BUYING_VERBS and _EXPORTS.search(named or self._carried(m) or ""):
            return None  # "Exports rose to 2.1 mln tonnes. India bought 640,000": see `_bought_by`
        found = split_breakdown(named) if named else None
        if found and (found[1] != "in" or not self._place_name(found[2])):
            found = None
        if noun is None and verb in _PLACE_LEVEL_VERBS and found:
            noun = found[0]  # "production in Maharashtra, while Karnataka made 2.78 mt"
        elif noun is not None and found and found[0].lower().split()[-1] in _SAME_FLOW[noun]:
            # "with 121 TWh of heat deliveries in Germany; Finland and Denmark delivered
            # 33 TWh and 31 TWh": the fuller name given the same flow before
            noun = found[0]
        if noun is None:
            return None
        if not self._place_subject(place) and self._after_the(sent, m, place):
            return f"{place} {noun}"  # "The Baltic Pipe delivered 2.1 bcm": no place, a name
        return with_breakdown(noun, "in", place.removeprefix("the "))

    def _after_the(self, sent: Sentence, m: Mention, name: str) -> bool:
        """Whether a name before the number is written after "the" ("The Baltic Pipe")."""
        first = name.split()[0]
        return any(
            self.tokens.text[k] == first and self.tokens.lower[k - 1] == "the"
            for k in range(sent.start + 1, m.span.start)
        )

    def _thing_after(self, sent: Sentence, m: Mention) -> str | None:
        """What a figure after a place's verb measures, named after it: "16.2 GW of solar
        capacity" -> "solar capacity", "457 hours with negative prices" -> "hours with
        negative prices", "1,200 and 450 turbines" -> "turbines"."""
        lower, text = self.tokens.lower, self.tokens.text
        if m.unit == "count":
            # "Spain and Portugal installed 1,200 and 450 turbines": the things counted
            noun = [w for w in self._counted_after(sent, m) if w.lower() != "such"]
            noun = noun[: next((k for k, w in enumerate(noun) if w.lower() in _LIST_ENDS), None)]
            if noun and noun[0].lower() not in _NO_THINGS and not is_generic(" ".join(noun)):
                return " ".join(noun)
        after = self.clauses._past_bracket(m.span.end, sent)
        if after >= sent.end or lower[after] not in ("of", "with"):
            return None
        words = (clean_metric(self.clauses._phrase_from(after + 1, sent) or "") or "").split()
        lead = next((k for k, w in enumerate(words) if w.lower() in _TIME_LEADS), len(words))
        words = words[:lead]  # "rainfall during the monsoon season": up to the time's lead
        while words and words[-1].lower() in STOPWORDS:
            words.pop()
        phrase = " ".join(words)
        if not phrase or words[0].lower() in STOPWORDS or is_generic(phrase):
            return None
        if lower[after] == "of":
            return phrase
        unit = text[m.span.end - 1]
        return f"{unit} with {phrase}" if unit.isalpha() and unit.islower() else None

    def _framed_by_opening(self, sent: Sentence, head: str) -> str | None:
        """ "In manufacturing, the index improved to -11.8": a bare head ("index", "rate")
        framed by the breakdown the sentence opens with is that part's ("manufacturing index")."""
        if head.lower() not in BARE_HEADS:
            return None
        lower, text = self.tokens.lower, self.tokens.text
        t = sent.start
        while t < sent.end and self.tokens.is_space[t]:
            t += 1
        if lower[t] != "in":
            return None
        end = t + 1
        while (
            end < min(sent.end, t + 4) and self.tokens.is_alpha[end] and lower[end] not in STOPWORDS
        ):
            if (PERIODS_TOKENS, end) in self.cue_at:
                return None
            end += 1
        if end == t + 1 or end >= sent.end or text[end] != ",":
            return None
        return f"{self.tokens.span_text(t + 1, end).strip()} {head}"

    def _antecedent(self, anaphor: str, earlier: list[Mention]) -> str | None:
        """ "the index", "it", "these industries": the latest metric that fits."""
        head = anaphor.lower().split()[-1]
        candidates = [c for m in reversed(earlier) if m.metric and (c := _pointed_to(m))]
        candidates += list(reversed(self.history[-30:]))
        # "sales" points back to the headline series, not "sales excluding autos", and "the
        # index" to an index, not to a share of one.
        fitting = [
            c
            for c in candidates
            if " excluding " not in f" {c.lower()} "
            and " share of " not in f" {c.lower()} "
            and head in c.lower().split()
            and len(c.split()) > len(anaphor.split()) - 1
        ]
        if fitting:
            return fitting[0]
        if head == "pair":  # "the pair": the currency pair named before ("EUR/USD")
            pair = next((c for c in candidates if pair_quote(re.findall(r"[^\s/]+|/", c))), None)
            if pair is not None:
                return pair
        if head in PRONOUNS and candidates:
            return candidates[0]
        if anaphor.lower().split()[0] in ("these", "those") and self.semicolon_object:
            return self.semicolon_object  # "came from services; these industries rose"
        if (
            len(anaphor.split()) == 1
            and head in BARE_HEADS
            and head not in PLURAL_NAMES
            and self.history
        ):
            if head in ("figure", "measure"):
                return self.history[-1]  # "The figure for May was revised": the indicator's
            return f"{anaphor} of {self.history[-1]}"  # "The supply ... was 5.9 months"
        return anaphor if head not in PRONOUNS else None

    def _body_in_a_phrase(self, body: Span, sent: Sentence) -> bool:
        """Whether a body named before the verb stands in a phrase of the subject ("Headcount in
        the Civil Service rose", "Lending by the central bank fell"), not as the subject."""
        t = body.start - 1
        if t >= sent.start and self.tokens.lower[t] == "the":
            t -= 1
        return t >= sent.start and self.tokens.lower[t] in _PHRASE_PREPOSITIONS

    def _is_org_name(self, subject: str | None) -> bool:
        """A subject that names an organization, or points back to a central bank ("The
        committee has raised the benchmark by ...")."""
        if not subject:
            return False
        bare = subject.lower().removeprefix("the ").strip()
        return bare in POLICY_BODIES or self.ctx.gazetteer.lookup(subject) is not None

    def _is_source_subject(self, metric: str) -> bool:
        """ "The department", "Economists", "The federal agency": who speaks, not what."""
        words = metric.lower().split()
        if all(w in ORG_WORDS or w in FORECASTERS or w in STOPWORDS for w in words):
            return True
        if words[-1] in FORECASTERS and all(
            w[:1].isupper() or w.lower() in STOPWORDS for w in metric.split()[:-1]
        ):
            return True  # "Bay Street economists", "Wall Street analysts": who forecast
        return words[-1] in ORG_WORDS and all(
            w in _BODY_ADJECTIVES or w in STOPWORDS for w in words[:-1]
        )

    def _not_a_name(self, metric: str) -> bool:
        """Subjects that are function words or clauses, not indicator names."""
        words = metric.lower().split()
        if all(w in STOPWORDS or w in NOT_NAME_WORDS or w.endswith("ly") for w in words):
            return True
        if words[-1] in STOPWORDS or words[-1] in ("has", "have", "had", "we", "it"):
            return True  # a truncated clause: "no change after a"
        return any(w in NOT_NAME_WORDS for w in words[:1] + words[-1:])

    def remember(self, mentions: list[Mention]) -> None:
        """Keep the metrics of a finished sentence for the anaphora of later ones (not those
        of a participle's clause after the main one: "..., bringing cumulative capacity to
        21.9 GW. The Netherlands connected 0.7 GW" is new capacity again)."""
        side = min(
            (move.verb for m in mentions if (move := self.ctx.participle_move(m)) is not None),
            default=None,
        )
        if side is not None and all(m.span.start > side for m in mentions):
            side = None
        for m in mentions:
            if side is not None and m.span.start > side:
                continue
            if m.metric and not counts_speakers(m):
                self.history.append(m.metric)
                self.history_sentence = m.sentence
                paragraph = self.ctx.sentences[m.sentence].paragraph
                self.paragraph_leads.setdefault(paragraph, m.metric)


#: Words before a body's generic name: "the federal agency", "the statistical office".
_BODY_ADJECTIVES = frozenset(
    "federal national statistical statistics central government official state "
    "agriculture labor labour commerce finance trade".split()
)
#: Subjects that say who forecast, not what: "The consensus compiled by Bloomberg had called
#: for 655,000" (not "markets", "traders", "officials", who also act).
_FORECAST_SUBJECTS = FORECASTERS - {"markets", "market", "traders", "officials"}

#: Verbs that move a policy rate.
_RATE_MOVE_VERBS = frozenset(
    "cut cuts cutting lowered lowering lowers reduced reducing eased easing trimmed slashed "
    "raised raising raises hiked hiking lifted increased tightened".split()
)
#: A rate moved by points without a name of its own: "cut rates by", "lowered it by".
_BARE_RATES = frozenset("rate rates it benchmark".split())
# The noun of a verb that moves an amount of a thing: "procured 30 mt of wheat" -> "wheat
# procurement".
_VERB_NOUNS = {
    "procured": "procurement", "exported": "exports", "imported": "imports",
    "produced": "production", "shipped": "shipments", "consumed": "consumption",
    "purchased": "purchases", "bought": "purchases", "harvested": "harvest",
    "crushed": "crushing", "delivered": "deliveries", "mined": "output", "sold": "sales",
    "pumped": "output",
}  # fmt: skip


#: Verbs of a place's flow of an amount that other rules read otherwise ("earned" an income),
#: and their noun: "Kerala earned $1.2 billion" -> "earnings in Kerala".
_FLOW_VERBS = {
    "earned": "earnings", "generated": "generation", "refined": "refining", "milled": "milling",
    "exports": "exports", "imports": "imports", "produces": "production",
}  # fmt: skip
#: Verbs of making, whose amount of money is no output: "London generated £586 billion".
_OUTPUT_VERBS = frozenset("generated produced produces".split())
#: The nouns a flow's name can end in, by the verb's noun: "output" for "produced".
_SAME_FLOW = {
    noun: {noun, "output", "production"} if noun in ("production", "output") else {noun}
    for noun in (*_VERB_NOUNS.values(), *_FLOW_VERBS.values())
}
#: Verbs after which a place's amount is the indicator named before: "Karnataka made 2.78 mt".
_PLACE_LEVEL_VERBS = frozenset("made makes posted recorded registered reported logged".split())


def _owned_name(thing: str, verb: str, owner: str) -> str:
    """("accounts", "held", "CDSL") -> "accounts held by CDSL"; ("", "sales", "Sonalika") ->
    "Sonalika sales"."""
    return f"{thing} {verb} by {owner}" if thing else f"{owner} {verb}"


# Verbs by which organizations hold or run what a count counts, and their participle.
_OWNING_VERBS = {
    "held": "held", "holds": "held", "owned": "owned", "owns": "owned", "managed": "managed",
    "manages": "managed", "operated": "operated", "operates": "operated", "ran": "run",
    "runs": "run", "employed": "employed", "employs": "employed", "served": "served",
    "serves": "served",
}  # fmt: skip
#: Verbs by which someone handles, makes or carries what a count counts: "Domestic airlines
#: flew 1.52 crore passengers" (what a sale or a shipment moves is named by the verb's noun,
#: `_VERB_NOUNS`).
_DONE_VERBS = frozenset(
    "flew flies carried carries handled handles made makes announced announces completed "
    "completes placed places processed processes hired hires recruited booked issued issues "
    "added adds created creates shed sheds filed files screened screens welcomed hosted "
    "opened launched built builds installed treated".split()
)
#: Verbs whose object a count is that say nothing of what the count counts: a level, a
#: change, a credit, a guess, a holding, or the parts of a whole ("the basket includes 700
#: items").
_NOT_OBJECT_VERBS = (
    PREDICATE_WORDS
    | AUXILIARIES
    | CREDIT_VERBS
    | OPINION_VERBS
    | HOLD_VERBS
    | QUALIFIER_VERBS
    | frozenset(_OWNING_VERBS)
    | frozenset(
        "includes included contains contained comprises comprised numbers numbered totals "
        "totalled totaled expected forecast projected estimated predicted needed required "
        "involved described listed identified surveyed polled asked reported received "
        "receives".split()
    )
)
#: Verbs by which someone adds, moves or commits an amount of a thing: "Utilities withdrew
#: 64 bcf of gas", "Lenders disbursed Rs 1.8 lakh crore of farm loans".
_AMOUNT_VERBS = frozenset(
    "allocated awarded withdrew withdrawn pulled injected disbursed lent sanctioned invested "
    "spent repurchased released sent secured committed pledged borrowed drew received "
    "contracted tendered".split()
)
#: Words that close a list of figures and the things they count: "450 turbines respectively".
_LIST_ENDS = frozenset(("respectively", "each", "apiece"))
#: Words that end the name of a thing an amount is of: "912 mm of rainfall during ...".
_THING_ENDS = frozenset("during into across through over within between against per".split())
_RANGE_VERBS = frozenset(("ranged", "ranges", "ranging", "varied"))
#: Openers of a phrase set off before a subject that spreads it over places or groups.
_SPREAD_OPENERS = frozenset(("across", "among", "within"))
_ASIDE_ENDS = _THING_ENDS | STOPWORDS  # "set aside $2 billion for credit losses in ..."
_NO_THINGS = COUNTING_UNITS | {"times", "points", "per", "of"}
_AUXILIARIES = AUXILIARIES | {"also", "together", "collectively"}
# Words between a move's verb ("by") and its size: "by a total of 150 basis points".
_MOVE_FILLERS = AMOUNT_ADJECTIVES | {"a", "an", "of"}
#: The rule id of a metric named by a place a superlative ranks.
RANKED_PLACE = "metric.ranked_place"
#: The rule id of a value paired in order with an item of its clause's list of items.
PAIRED_LISTS = "metric.paired_lists"
#: The rule id of a value paired in order with an item a "with" clause lists before "at".
LISTED_WITH_AT = "metric.listed_with_at"
# Words that open a clause of contrast with a subject of its own; narrower than the
# vocabulary's CLAUSE_OPENERS ("as", "which" open clauses that share the subject or hold none).
_CLAUSE_OPENERS = frozenset("while whereas but".split())
_DETERMINERS = frozenset("its their the his her".split())
#: Names of a policy rate among the metrics named before: a word of a policy rate (the
#: credit words') before "rate", or "Selic".
_MORE_RATE_WORDS = frozenset("overnight selic discount lending ocr interest".split())
_POLICY_RATE = re.compile(
    rf"\b(?:{'|'.join(sorted(POLICY_RATES | _MORE_RATE_WORDS))})\b.*\brate\b|\bSelic\b",
    re.IGNORECASE,
)

#: Words of an indicator a bare "growth" can stand for (else "growth" is kept as it is).
_GROWTH_OF = frozenset("growth gdp economy output product production".split())

# Verbs of a trading partner's purchases, and the indicators they break down.
_EXPORTS = re.compile(r"\b(?:exports?|shipments?|sales)\b", re.I)


#: An indicator owned by a name: "Kuwait's output".
_OWNED = re.compile(r"^([A-Z][\w.-]*(?: [A-Z][\w.-]*)*)['’]s (.+)$")
#: Heads of a list of places: "the central, western and northeastern regions".
#: Verbs that state the level a subject is at: "The flock stood at", "Volume averaged".
_LEVEL_VERBS = frozenset(
    "was were is are stood stands remained remains averaged averages totalled totaled totals "
    "amounted numbered numbers reached reaches hit".split()
)
#: A subject that names the statistic, not what it counts: "the EU average stood at 21
#: charging points per 100 km".
_STATISTIC_WORDS = frozenset("average mean median total figure tally sum number".split())
_PLACE_HEADS = frozenset(
    "regions provinces cities states countries areas districts municipalities prefectures "
    "economies".split()
)
#: A subject and the verb of achieving before an indicator: "the eastern region realized".
_DONE_BY = re.compile(r"^.*?\b(?:realized|realised|achieved|recorded|posted|registered)\s+")
#: A place the indicator before was of: "software business revenue of the eastern region".
_OF_A_PLACE = re.compile(
    r"\s+of the (?:\w+ ){1,2}(?:region|province|city|state|country|area|district|municipality"
    r"|prefecture|economy)$"
)


def _pointed_to(m: Mention) -> str | None:
    """What a later figure that points back to m takes: its metric, but the indicator alone
    of a ranked place ("highest in Italy, at €109/MWh, ..., where they averaged")."""
    return m.base_metric if RANKED_PLACE in m.rules and m.base_metric else m.metric


def counts_speakers(m: Mention) -> bool:
    """ "All 16 economists polled", "18 of the 22 analysts": a count of who spoke, never the
    indicator that later figures of the text are about."""
    if m.unit != "count" or not m.metric:
        return False
    return m.metric.split()[0].lower() in FORECASTERS


def _lone_name(metric: str) -> bool:
    """Whether a metric is a name alone, of up to three capitalized words that are no
    acronyms ("Fujian", "New South Wales"; not "GDP")."""
    words = metric.split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words)


def _renamed_balance(metric: str, noun: str) -> str | None:
    """A balance's name with its last balance noun replaced ("world coffee surplus", "deficit"
    -> "world coffee deficit"); None if it names no balance."""
    words = metric.split()
    at = next((k for k in range(len(words) - 1, -1, -1) if words[k] in BALANCE_NOUNS), None)
    return None if at is None else " ".join([*words[:at], noun, *words[at + 1 :]])
