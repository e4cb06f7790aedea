"""The organization credited for each number.

The credits of each sentence are found by `CreditFinder` (`credits.py`), each a source, a
forecaster or a speaker. `AgencyAttacher.attach` gives each number the credit of its own
sentence, else the one carried from earlier sentences (unless that credit is for another
country's figures), except that forecasts, targets and policy figures take only the forecaster
or setter named in their own sentence.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..components import AGENCIES
from .context import Attacher, DocContext
from .credit_words import (
    ANALYSTS,
    BENCHMARKS,
    CAPITALS,
    CLAUSE_BREAKS,
    ESTIMATE_WORDS,
    EU_MEMBERS,
    FORECAST_AFTER,
    FORECAST_CUES,
    FORECAST_MODIFIERS,
    FORECAST_NOUNS,
    GOVERNMENTS,
    INSTRUMENT_VERBS,
    INSTRUMENTS,
    OBLIGATIONS,
    OWNER_ARTICLES,
    PASSIVE_FORECASTS,
    PAST_FORECASTS,
    POLICY_ACTION,
    POLICY_RATES,
    POLICY_WORDS,
    POLLED_VERBS,
    POSSESSIVES,
    PUBLISHED_ESTIMATE,
    SETTER_VERBS,
    STAT_ADJECTIVES,
    TARGET_CUES,
)
from .credits import CreditFinder
from .structures import Credit, Mention, Sentence
from .vocabulary import (
    AGENCY_TOKENS,
    CHANGES,
    CREDITS,
    FORECASTERS,
    ODDS_NOUNS,
    PER_UNITS,
    PERIODS_TOKENS,
    QUANT_TOKENS,
    heads_clause,
)

# Who estimates as an opinion, after "estimated by": "analysts", "money market brokers".
_ESTIMATORS = ANALYSTS | frozenset("forecasters brokers dealers traders".split())
_AUXILIARY_VERBS = frozenset({"had", "have", "has", "was", "were", "is", "are", "been", "be"})
_LINKS = frozenset({"to", "and", "or", "-", "–", ",", "between"})
# Words of a period phrase between two items of a list: "6.9% in the fourth quarter and 6.7%".
_PERIOD_LINKS = frozenset({"in", "for", "by", "the", "of", "over"})


# Words after "and" that open a comparison with an actual figure, a new clause after a
# forecast: "... expected in a Reuters poll and well short of the 63 bcf", "and compared
# with", "and followed a 1.4% rise".
_COMPARISON_OPENERS = frozenset(
    "well short compared against below above followed following versus from".split()
)
# What a survey's respondents expect, read as a figure of the survey when it moves or stands
# like one: "inflation expectations eased to 2.7%", "the expectations index slipped 1.2
# points", "the index of expected shipments improved to 18".
_SURVEY_EXPECTATIONS = frozenset(("expectations", "expectation", "expected"))
_READING_NOUNS = frozenset("index indices indexes gauge component components sub-index".split())
_READING_MOVES = frozenset(
    "rose fell eased slipped increased decreased improved jumped climbed declined dropped "
    "edged gained worsened tumbled stood held rebounded deteriorated advanced surged "
    "plunged weakened strengthened".split()
)


def _reading_moves(rest: list[str]) -> bool:
    """Whether the words after "expectations" make it a survey reading: a reading's noun right
    after it ("expectations index") or a verb of a reading's move before the number."""
    return (rest[:1] and rest[0] in _READING_NOUNS) or not _READING_MOVES.isdisjoint(rest)


# Verbs of a body that makes the forecast it is the subject of: "The IEA estimates ...".
_FORECASTS_OWN = frozenset("estimates expects forecasts projects predicts sees".split())
# Forecasters that are also things a forecast is about.
_MARKETS = frozenset(("market", "markets"))
# Verbs of a market pricing a move: "markets are pricing in two cuts".
_PRICING = frozenset("pricing priced price prices see sees saw bet bets betting".split())


class AgencyAttacher(Attacher):
    """Finds the credits of a sentence and decides `agency`."""

    def __init__(self, ctx: DocContext) -> None:
        super().__init__(ctx)
        self.gazetteer = ctx.gazetteer
        self.finder = CreditFinder(ctx)

    def credits(self, sent: Sentence, agencies: list[Span]) -> list[Credit]:
        """The organizations a sentence credits (read the sentences in document order)."""
        return self.finder.credits(sent, agencies)

    def countries(self, sent: Sentence, agencies: list[Span], mentions: list[Mention]) -> set[str]:
        """The countries whose figures a sentence gives."""
        return self.finder.countries(sent, agencies, mentions)

    # ------------------------------------------------------------------ deciding
    def attach(
        self,
        mentions: list[Mention],
        credits: list[Credit],
        current: Credit | None,
        by_country: dict[str, Credit],
        countries: set[str],
    ) -> None:
        kinds: list[str | None] = []
        for i, m in enumerate(mentions):
            kind = self._is_forecast(m, mentions[i - 1] if i else None)
            if kind is None and i and self._continues(mentions[i - 1], m):
                kind = kinds[i - 1]  # "estimates for 0.5% and 0.3%", "a range of 4.25% to 4.5%"
            elif kind is None and i and kinds[i - 1] == "forecast" and self._reached(m):
                kind = "forecast"  # "the median forecast was for a cut of 100 bps to 38.50%"
            kinds.append(kind)
        for i in range(len(mentions) - 2, -1, -1):
            if kinds[i] is None and kinds[i + 1] and self._continues(mentions[i], mentions[i + 1]):
                kinds[i] = kinds[i + 1]  # "the central bank's 2%-4% target range"
            elif kinds[i] is None and kinds[i + 1] == "forecast" and self._part_of(mentions[i]):
                kinds[i] = "forecast"  # "Nineteen of 26 analysts polled by Reuters"
        all_forecast = all(kinds)
        for m, kind in zip(mentions, kinds, strict=True):
            credit = self._choose(m, kind, credits, all_forecast)
            if credit is None and kind is None:
                credit = self._carried(current, by_country, countries)
            if credit is not None:
                m.agency = credit.name
                m.rules.append(credit.rule)

    def _choose(
        self, m: Mention, kind: str | None, credits: list[Credit], all_forecast: bool
    ) -> Credit | None:
        """The credit of the number's own sentence, if it has one."""
        if kind == "odds":
            # Odds of a move: a view of the market, credited in their own sentence only, to
            # whoever priced or reported them ("according to the CME FedWatch tool", "LSEG
            # data showed"), not to the bank whose move they are about
            own = [c for c in credits if not getattr(c, "poll", False)]
            own = [c for c in own if not self._central_bank(c)] or own
            pool = [c for c in own if c.forecast] or own
            return self._nearest(pool, m) if pool else None
        if kind:
            # Forecasts, targets and policy figures: credited in their own sentence only, to
            # whoever made or set them.
            forecasters = [c for c in credits if c.forecast]
            if forecasters:
                # "short of the 94 cents analysts had expected, according to X, with revenue up
                # 3% to 5%": X made the forecast before it, not the one after
                ahead = [c for c in forecasters if not self._closes_clause_before(c, m)]
                return self._nearest(ahead or forecasters, m)
            if kind == "target":
                return self._setter(m) or self._subject_setter(credits, m)
            if all_forecast and credits and not self._forecaster_named(m):
                return credits[0]  # "expected to be 2.2%, according to a flash estimate from X"
            if kind == "forecast" and not self._forecaster_named(m):
                speaker = next((c for c in credits if self._said_before(c, m)), None)
                if speaker is not None:
                    return speaker  # "the IEA said demand would average 46.2 mln bpd"
            return None
        sources = [c for c in credits if not c.forecast] or [
            c
            for c in credits
            if (getattr(c, "start", -1) < m.span.start or getattr(c, "speaker", False))
            and not getattr(c, "poll", False)
        ]  # "the Atlanta Fed's tracker pointing to 4.2%", not "..., beating a Reuters poll"
        sources = [c for c in sources if not self._closes_clause_before(c, m)] or sources
        return self._nearest(sources, m) if sources else None

    def _central_bank(self, credit: Credit) -> bool:
        """Whether the credit is a central bank: beside odds it is the bank that moves ("a 45%
        chance that the Riksbank trims rates"), not who priced them."""
        try:
            return self.gazetteer.by_id(credit.rule).kind == "central_bank"
        except KeyError:
            return False

    def _closes_clause_before(self, c: Credit, m: Mention) -> bool:
        """Whether a credit is a trailing ", according to X" before the number: it credits the
        clause it ends."""
        t = getattr(c, "start", -1) - 1
        if t < 0 or t + 1 >= m.span.start:
            return False
        lower = self.tokens.lower
        if lower[t] in ("the", "a", "an"):
            t -= 1
        return t >= 2 and lower[t] == "to" and lower[t - 1] == "according" and lower[t - 2] == ","

    @staticmethod
    def _nearest(credits: list[Credit], m: Mention) -> Credit:
        def distance(c: Credit) -> int:
            start = getattr(c, "start", -1)
            return abs(start - m.span.start) if start >= 0 else 10**6

        return min(credits, key=distance)

    @staticmethod
    def _carried(
        current: Credit | None, by_country: dict[str, Credit], countries: set[str]
    ) -> Credit | None:
        """The credit carried from earlier sentences, unless it is for another country."""
        if current is None or not current.country or not countries:
            return current
        if current.country in countries or (
            current.country == "EU" and any(c in EU_MEMBERS for c in countries)
        ):
            return current
        return next((by_country[c] for c in sorted(countries) if c in by_country), None)

    # ------------------------------------------------------------------ forecasts and targets
    def _is_forecast(self, m: Mention, previous: Mention | None) -> str | None:
        """ "forecast" for "economists had expected a 0.4 pct rise", "target" for "its 4%
        inflation target" or "a 15 pct duty", "odds" for "a 55% chance of a cut", else None."""
        lower = self.tokens.lower
        if m.metric and m.metric.split(maxsplit=1)[0].lower() in ODDS_NOUNS:
            return "odds"  # "put the odds of a quarter-point cut at 67%"
        if (
            m.unit == "count"
            and m.metric
            and m.metric.split(maxsplit=1)[0].lower() in FORECASTERS
            and heads_clause(lower, m.span.start, m.span.end)
        ):
            return "forecast"  # "In a Reuters poll, 14 had expected a cut": forecasters
        sent = self.ctx.sentences[m.sentence]
        end = m.span.end
        if end + 2 < sent.end and lower[end] in ("per", "a", "an") and lower[end + 1] in PER_UNITS:
            end += 2  # "the $4.48 per share analysts expected"
        after = list(lower[end : min(sent.end, end + 3)])
        if "," in after:
            after = after[: after.index(",")]
        if any(w in TARGET_CUES or w in POLICY_WORDS for w in after) and "-" not in after[:2]:
            return "target"
        if after and (after[0] in FORECAST_AFTER or after[:2] == ["consensus", "estimate"]):
            return "forecast"  # "below the 0.8% forecast"
        k = end
        while k < sent.end and (AGENCY_TOKENS, k) in self.cue_at:
            k += 1
        if k > end and k < sent.end and lower[k] in FORECAST_AFTER:
            return "forecast"  # "above the $15.76 billion StreetAccount estimate"
        if after[2:] and after[1] in ("that", "which") and after[2] in FORECAST_AFTER:
            return "forecast"  # "the 1.9% increase that analysts surveyed by X had projected"
        if after and after[0] in ODDS_NOUNS:
            return "odds"  # "a 55% chance of a cut"
        if (
            after[1:2]
            and after[1] in FORECAST_AFTER
            and (after[0] in FORECAST_MODIFIERS or (CHANGES, m.span.end) in self.cue_at)
        ):
            return "forecast"  # "a 0.3% median forecast", "a 2.3% drop forecast in the poll"
        if self._expected_by(end, sent.end):
            return "forecast"  # "the 53 bcf build expected by analysts in a Reuters poll"
        if self._estimated_by_forecasters(end, sent.end) or (
            end < sent.end
            and self.tokens.is_alpha[end]
            and self._estimated_by_forecasters(end + 1, sent.end)
        ):
            return "forecast"  # "the $4.8 billion (profit) estimated by analysts polled by X"
        if self._forecast_named_after(m, sent.end):
            return "forecast"  # "from £95.5 billion in its March 2014 forecast"
        if self._benchmark(m):
            return "target"  # "against a regulatory minimum of 9.8%"
        if self._set_by_rule(m, sent):
            return "target"  # "The Directive sets a binding 42% share of renewables"
        start = max(sent.start, m.span.start - 12, self._after_previous(previous))
        before = list(lower[start : m.span.start])
        if before[:1] == ["of"] and start > sent.start and lower[start - 1] in ODDS_NOUNS:
            return "odds"  # "a 55% chance of a quarter-point cut": the move the odds are of
        for punct in (",", ";", ":"):
            if punct in before:
                before = before[len(before) - before[::-1].index(punct) :]
        for j in range(len(before) - 1, -1, -1):
            # "in line with the estimate but well below the 1.7% surge", "a Reuters poll of
            # economists and recovering from a 10.2% drop": a new clause, about another number
            if before[j] in CLAUSE_BREAKS or (
                before[j] == "and"
                and before[j + 1 : j + 2]
                and (before[j + 1].endswith("ing") or before[j + 1] in _COMPARISON_OPENERS)
            ):
                before = before[j + 1 :]
                break
        for j, w in enumerate(before):  # the next words are read only after a cue word
            if w in TARGET_CUES or (w in POLICY_WORDS and before[j + 1 : j + 2] != ["-"]):
                return "target"  # not "duty-free"
            if (w in POLICY_RATES and not {"rate", "rates"}.isdisjoint(before[j + 1 : j + 3])) or (
                w == "borrowing" and before[j + 1 : j + 2] in (["costs"], ["rate"])
            ):
                return "target"
        if any(self._estimated_by_forecasters(k, m.span.start) for k in range(start, m.span.start)):
            return "forecast"  # "the deficit was estimated by money market brokers at 1.2%"
        published = -1  # where a published estimate was named
        for j, w in enumerate(before):
            if w in ESTIMATE_WORDS:
                # "the estimate for a 0.3% increase", "they estimate loans at"; not "the
                # previous estimate of 1.4%", "official estimates put" or "the estimate for
                # May has been revised up by 0.1 points"
                if (j and before[j - 1] in STAT_ADJECTIVES) or not PUBLISHED_ESTIMATE.isdisjoint(
                    before[j + 1 :]
                ):
                    published = j
                elif before[j + 1 : j + 2] != ["of"] or before[j + 2 :] in ([], ["a"], ["an"]):
                    return "forecast"  # also "below the Dow Jones estimate of 1.41 million"
            elif w in FORECAST_CUES:
                if published == j - 1 and w.startswith("point"):
                    continue  # "the flash estimate pointed to a 1.0% decline"
                if w in _SURVEY_EXPECTATIONS and _reading_moves(before[j + 1 :]):
                    continue  # "profit expectations increased by 5.2 points": a survey reading
                return "forecast"
            elif w in ODDS_NOUNS:
                return "odds"  # "put the odds of a cut at 67%"
            elif w in POLLED_VERBS and before[j + 1 : j + 2] == ["by"]:
                return "forecast"  # "economists surveyed by ...", not "the surveyed rate"
            elif w in PASSIVE_FORECASTS and j and before[j - 1] in _AUXILIARY_VERBS:
                return "forecast"  # "had seen the number at", "is tipped to reach"
        return None

    def _benchmark(self, m: Mention) -> bool:
        """Whether the number is the value of a benchmark named before it: "compared with a
        regulatory requirement of 11.6%", "equal to 103.5% of the normal holding of 39
        million", "the country's annual production cap of 45 million tons"."""
        lower, s = self.tokens.lower, m.span.start
        if s < 2 or lower[s - 1] != "of":
            return False
        return lower[s - 2] in BENCHMARKS or (
            s > 2 and lower[s - 3] == "normal" and lower[s - 2] == "holding"
        )

    def _set_by_rule(self, m: Mention, sent: Sentence) -> bool:
        """Whether a rule sets the number: a directive, regulation or law that sets, requires
        or asks it ("The revised Directive asks Member States to raise the share by 2.2
        points"), or an obligation under one ("Under the storage regulation, member states
        have to reach 90%, with a deviation of up to 10 points allowed")."""
        lower = self.tokens.lower
        words = list(lower[sent.start : m.span.start])
        if any(w == ";" or w in CLAUSE_BREAKS for w in words):
            return False
        for j, w in enumerate(words):
            if w in INSTRUMENTS and not INSTRUMENT_VERBS.isdisjoint(words[j + 1 : j + 7]):
                return True
        if words[:1] != ["under"] or "," not in words:
            return False
        comma = words.index(",")
        rule, clause = words[1:comma], words[comma + 1 :]
        obliged = not OBLIGATIONS.isdisjoint(clause) or any(
            w in ("have", "has") and clause[k + 1 : k + 2] == ["to"] for k, w in enumerate(clause)
        )
        return obliged and not INSTRUMENTS.isdisjoint(rule)

    def _after_previous(self, previous: Mention | None) -> int:
        """Where the words before a number start: after the number before it and the forecast
        word that belongs to that one ("the 1.0% forecast and the previous quarter's 1.7%")."""
        if previous is None:
            return 0
        end, lower = previous.span.end, self.tokens.lower
        if previous.unit == "count" and end < self.tokens.n and lower[end] in ANALYSTS:
            return 0  # "The median forecast in a poll of 17 economists was for a cut of ..."
        if (
            end < self.tokens.n
            and lower[end] in FORECAST_AFTER
            and not heads_clause(lower, previous.span.start, end)  # "while two forecast a cut"
        ):
            end += 1
        elif self._expected_by(end, self.tokens.n):
            end += 2  # "the 53 bcf build expected by analysts ...": that one's forecast words
        return end

    def _expected_by(self, t: int, limit: int) -> bool:
        """Whether the noun at t, right after a figure, is followed by the words of who
        expected it: "the 53 bcf build expected by analysts in a Reuters poll"; not a verb's
        auxiliary ("while four had expected the rate"). `limit`: the token to stop before."""
        lower = self.tokens.lower
        return (
            t + 2 < limit
            and self.tokens.is_alpha[t]
            and lower[t] not in _AUXILIARY_VERBS
            and lower[t + 1] in PAST_FORECASTS
            and lower[t + 2] in ("by", "in")
        )

    def _estimated_by_forecasters(self, t: int, limit: int) -> bool:
        """Whether "estimated by" at t names forecasters or traders, whose estimate is an
        opinion ("estimated by analysts polled by X", "estimated by money market dealers");
        not a body that publishes its estimates ("estimated by the statistics office").
        `limit`: the token to stop before."""
        lower = self.tokens.lower
        if t + 2 >= limit or lower[t] != "estimated" or lower[t + 1] != "by":
            return False
        for k in range(t + 2, min(limit, t + 6)):
            if lower[k] in _ESTIMATORS:
                return True
            if not self.tokens.is_alpha[k] or (AGENCY_TOKENS, k) in self.cue_at:
                return False
        return False

    def _forecast_named_after(self, m: Mention, sent_end: int) -> bool:
        """ "in its March 2014 forecast", "in the bank's latest projections": the number
        belongs to a forecast named right after it."""
        lower = self.tokens.lower
        t = m.span.end
        if t + 1 >= sent_end or lower[t] != "in" or lower[t + 1] not in OWNER_ARTICLES:
            return False
        for k in range(t + 2, min(sent_end, t + 7)):
            if lower[k] in FORECAST_NOUNS:
                return True
            if not (self.tokens.is_alpha[k] or lower[k].isdigit() or lower[k] in POSSESSIVES):
                return False
        return False

    def _reached(self, m: Mention) -> bool:
        """Whether a number is the level the move before it reaches ("by 100 bps to 38.50%")."""
        s = m.span.start
        return s > 1 and self.tokens.lower[s - 1] == "to" and (QUANT_TOKENS, s - 2) in self.cue_at

    def _continues(self, previous: Mention, m: Mention) -> bool:
        """Whether a number continues the list or range of the one before, in the same unit."""
        first = previous.span.end
        if first < m.span.start and (CHANGES, first) in self.cue_at:
            first += 1  # "between a 1.0% decline and 2.8% growth": the change the bound names
        between = list(self.tokens.lower[first : m.span.start])
        if "and" in between:
            # "to average 6.9% in the fourth quarter and 6.7% next year": each with its period
            between = [
                w
                for k, w in enumerate(between, first)
                if (PERIODS_TOKENS, k) not in self.cue_at and w not in _PERIOD_LINKS
            ]
        return previous.unit == m.unit and all(w in _LINKS for w in between)

    def _part_of(self, m: Mention) -> bool:
        """Whether a count is a part of the count after it: "Nineteen of 26 analysts"."""
        lower, end = self.tokens.lower, m.span.end
        return (
            m.unit == "count"
            and end + 1 < self.tokens.n
            and lower[end] == "of"
            and (QUANT_TOKENS, end + 1 + (lower[end + 1] == "the")) in self.cue_at
        )

    def _said_before(self, c: Credit, m: Mention) -> bool:
        """Whether a source credit is the subject of a speech verb before the number: "The
        IEA said in its monthly report that demand would average ...", not "..., the
        ministry said" after it."""
        start = getattr(c, "start", -1)
        if c.forecast or start < 0 or start >= m.span.start:
            return False
        sent = self.ctx.sentences[m.sentence]
        if any((QUANT_TOKENS, t) in self.cue_at for t in range(sent.start, start)):
            return False  # "Import prices rose 0.2%, the BLS said, against a forecast ..."
        lower = self.tokens.lower
        return any(
            (lower[t] in ("said", "says") and (CREDITS, t) in self.cue_at)
            or lower[t] in _FORECASTS_OWN  # "The council estimates the market will post ..."
            for t in range(start + 1, min(m.span.start, start + 8))
        )

    def _forecaster_named(self, m: Mention) -> bool:
        """Whether the sentence names forecasters who are not an organization ("economists")."""
        sent = self.tok_sentence[m.span.start]
        lower = self.tokens.lower
        return any(
            lower[t] in FORECASTERS
            and self.tok_sentence[t] == sent
            and (lower[t] not in _MARKETS or self._market_forecasts(t))
            for t in range(max(0, m.span.start - 15), min(self.tokens.n, m.span.end + 6))
        )

    def _market_forecasts(self, t: int) -> bool:
        """Whether "market(s)" at `t` is the subject of a forecast or a price ("markets
        expect", "the market is pricing in"), not a thing a forecast is about ("the IEA said
        the market would show a surplus")."""
        lower = self.tokens.lower
        after = lower[t + 1 : t + 3]
        return any(w in FORECAST_CUES or w in _PRICING for w in after) and not (
            after[:1] and after[0] in ("would", "could", "might")
        )

    def _setter(self, m: Mention) -> Credit | None:
        """The organization that set a target or policy figure, named before it in its
        sentence as its owner or subject ("the Fed's 2% target", "Hungary's central bank
        held its base rate at 6.5%"), not one that only reports it."""
        sent = self.ctx.sentences[m.sentence]
        country = self.finder.context_country(sent)
        best: Credit | None = None
        for a in self.ctx.spans_in(AGENCIES, m.sentence):
            if a.label_ == "AGENCY" and a.end <= m.span.start and self._sets(a.end, m):
                org = self.finder.resolve(self.gazetteer.by_id(a.id_), a, country)
                best = Credit(org.name, org.country, a.id_, True)
        if best is None:
            for i in range(sent.start + 1, m.span.start):
                if self.tokens.lower[i] == "bank" and self.tokens.lower[i - 1] == "central":
                    org = self.finder.generic(["central", "bank"], country)
                    if org is not None and self._sets(i + 1, m):
                        best = Credit(org.name, org.country, org.id, True)
        if best is None:
            best = self._bank_named_back(sent, m)
        return best or self._government(m)

    def _bank_named_back(self, sent: Sentence, m: Mention) -> Credit | None:
        """ "within the bank's 1% to 3% target range": "the bank" that owns a target points
        back to the central bank the text named last."""
        lower = self.tokens.lower
        for i in range(sent.start + 1, m.span.start):
            if lower[i] == "bank" and lower[i - 1] == "the" and self._sets(i + 1, m):
                bank = self.finder.last_named("central_bank")
                if bank is not None:
                    return Credit(bank.name, bank.country, bank.id, True)
        return None

    def _subject_setter(self, credits: list[Credit], m: Mention) -> Credit | None:
        """A body credited before a target that sets it: "The ministry has set a construction
        target of 10,000 km" (the ministry named back by its noun, which `_setter` does not
        see)."""
        setters = [
            c
            for c in credits
            if 0 <= getattr(c, "start", -1) < m.span.start
            and not getattr(c, "poll", False)
            and self._sets(c.start, m)  # type: ignore[attr-defined]
        ]
        return self._nearest(setters, m) if setters else None

    def _government(self, m: Mention) -> Credit | None:
        """A government that sets a target, named by its country or capital as the subject
        or the owner of the figure: "Beijing has set a target of around 2%", "China's 5%
        growth target"; not a country named inside the clause ("the EU meets its target")."""
        sent = self.ctx.sentences[m.sentence]
        lower = self.tokens.lower
        named = [
            (a.start, a.end, self.gazetteer.by_id(a.id_).country)
            for a in self.ctx.spans_in(AGENCIES, m.sentence)
            if a.label_ == "COUNTRY" and a.end <= m.span.start
        ]
        named += [
            (i, i + 1, CAPITALS[lower[i]])
            for i in range(sent.start, m.span.start)
            if lower[i] in CAPITALS
        ]
        for start, end, code in sorted(named):
            opens = start == sent.start or lower[start - 1] in ("the", ",")
            name = self.finder.government_name(code) if code in GOVERNMENTS else None
            if name is not None and opens and self._sets(end, m):
                return Credit(name, code, "agency.government", True)
        return None

    def _sets(self, end: int, m: Mention) -> bool:
        """Whether the name ending at `end` owns or sets what follows: "'s", "aims", "held",
        or "its" between the name and the number."""
        lower = self.tokens.lower
        if any(w in ("its", "their") for w in lower[end : m.span.start]):
            return True
        if end < m.span.start and lower[end] in ("'", "’") and lower[end - 1].endswith("s"):
            return True  # "the Bangko Sentral ng Pilipinas' target range"
        for t in range(end, min(m.span.start, end + 5)):
            cue = self.cue_at.get((CREDITS, t))
            if (
                lower[t] in POSSESSIVES
                or lower[t] in SETTER_VERBS
                or (cue is not None and cue.id_ == POLICY_ACTION)
            ):
                return True
        return False
