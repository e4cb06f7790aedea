"""Finding the organizations a sentence credits, and the role each plays.

A name is a **source** of figures ("..., the Commerce Department said", "according to ...",
"Source: ...", "the Caixin services PMI"), whose credit carries forward through the document;
a **forecaster** ("economists polled by Reuters", "the Dow Jones consensus"), credited for
forecasts in its own sentence only; a **policy** setter ("the central bank cut its rate by"),
credited for the figures of its own sentence only; a **speaker** ("ING economist ... said"),
whose firm is credited for its own sentence only; or the **cause** of a market's move
("Cotton futures rose after the USDA said ..."), credited for its own clause only. Generic and
anaphoric names ("the bureau", "the statistics office", "the country's statistical agency")
point back to the organization named before, or to the body of the country the figures are
about.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, cast

from spacy.tokens import Span

from ..agencies import GENERIC_NAME_WORDS, Organization
from ..components import AGENCIES
from .companies import COMPANY_VERBS, PRONOUN_SUBJECTS, CompanyNames, is_company_noun
from .context import DocContext
from .credit_words import (
    ANALYSTS,
    ARTICLES,
    CONSENSUS_VENDORS,
    CREDIT_FILLERS,
    DATA_NOUNS,
    ESTIMATE_WORDS,
    EXPECTING,
    FORECAST_VERBS,
    FORECASTER_NOUNS,
    INDEX_NOUNS,
    INVERTED_VERBS,
    MARKET_MOVES,
    MARKET_NOUNS,
    MARKET_PRICES,
    MINISTRY_WORDS,
    MOVE_CAUSE_PARTICIPLES,
    MOVE_CAUSES,
    NEWSWIRES,
    PARTNER_NOUNS,
    PARTNER_WORDS,
    PAST_FORECASTS,
    POLICY_ACTION,
    POLICY_ANAPHORS,
    POLICY_BODIES,
    POLICY_SAID,
    POLL_NOUNS,
    POLLED_VERBS,
    POSSESSIVES,
    PUBLICATION_WORDS,
    RANK_WORDS,
    SPOKESPEOPLE,
    STAT_ADJECTIVES,
    STAT_WORDS,
    TARGET_CUES,
    first_of_kind,
)
from .generic_names import GenericNames, SentenceCredit, older_office_name
from .structures import Credit, Mention, Sentence
from .vocabulary import (
    AGENCY_TOKENS,
    BUYING_VERBS,
    CHANGES,
    COPULAS,
    CREDITS,
    FORECAST_WORDS,
    ODDS_NOUNS,
    PERIODS_TOKENS,
    QUANT_TOKENS,
    RATE_MOVES,
)

# Auxiliaries before a forecast verb in the past: "AAA had projected that 81.8 million ...".
_PERFECT = frozenset(("had", "has", "have"))
# Adverbs that open a sentence before its subject: "Elsewhere, Acme (NYSE:ACM) fell".
_OPENING_ADVERBS = frozenset("elsewhere meanwhile separately also however still".split())
# A stock's exchange and ticker in brackets after a firm's name: "(NASDAQ:GOOGL)", "(TYO:7203)".
_TICKER = re.compile(r"^[A-Z]{2,8}:[A-Z0-9.]{1,8}$")
# Nouns after "our" that make the writer the maker of a forecast: "our econometric models".
_OWN_MODEL_NOUNS = frozenset("models model forecasts forecast projections estimates".split())
# Who expects figures before a vendor that polled them: forecasters, and "Wall Street".
_EXPECTERS = FORECASTER_NOUNS | frozenset(("street", "investors"))

# Verbs after "said it" that make the rest of the sentence the speaker's forecast ("said it
# expected"); not "estimated", which a statistics office's flash estimate also takes.
_SAID_FORECASTS = frozenset(
    "expected expects expect forecast forecasts sees predicted predicts projected projects "
    "anticipated anticipates".split()
)
# Words of a time between "said" and the forecast it goes on with: "said this week they".
_SAID_TIME_WORDS = frozenset(
    "this last week month today yesterday on monday tuesday wednesday thursday friday".split()
)
# What an official body's possessive owns when it gives the figure: "the USDA's average price".
_OFFICIAL_MEASURES = INDEX_NOUNS | frozenset(
    "price prices estimate estimates count tally reading measure average figure figures".split()
)
# Words between "the" and "government" that keep it the country's: "the federal government".
_NATIONAL = frozenset("federal central national union".split())
# Words after "government" that make it part of another noun: "the government bond market".
_NOT_ITS_OWN = frozenset("bond bonds securities debt paper yield yields official officials".split())
# What a government does to the figures it sets or forecasts: "The Centre raised the MSP".
_GOVERNMENT_ACTS = frozenset(
    "approved allowed allocated sanctioned disbursed imposed raised cut lowered hiked reduced "
    "set plans planned aims aimed targets targeting budgeted puts put forecasts forecast "
    "expects expected projects projected intends proposed capped fixed extended levies "
    "announced".split()
)
# What a government's possessive owns when it sets the figure: "the government's target".
_GOVERNMENT_OWNS = frozenset(
    "target targets goal ceiling cap scheme plan programme program budget budgeted estimate "
    "estimates forecast forecasts projection projections subsidy subsidies incentive "
    "incentives".split()
)
# Words between "the government" and what it does: "The government has also set".
_AUXILIARY = frozenset("has have had is are was were will would also now in".split())
# Country names written with "the": "Government of the Philippines".
_WITH_ARTICLE = ("United", "Philippines", "Netherlands", "Czech Republic", "Soviet Union")
# Adverbs between a pronoun subject and its verb: "The bank now expects".
_SUBJECT_ADVERBS = frozenset("now also still further".split())
# Generic nouns of a public body that point back to the one credited last: "The ministry
# expects exports to grow 1% to 3%".
_BODY_NOUNS = frozenset(
    "ministry department bureau office commission institute body authority".split()
)
# Nouns of a body that point back only to an organization with that noun in its name ("The
# council expects" after the World Platinum Investment Council, "the Board has projected"
# after the Rubber Board); not to whoever was credited last.
_NAMED_BODY_NOUNS = frozenset("council board committee".split())
# Verbs of a body that sets a target for its figures: "The ministry targets export growth of".
_TARGET_VERBS = frozenset("targets aims".split())
# Owners before the forecast a verb moves: "The ministry upgraded its growth forecast to".
_OWN_FORECAST_OWNERS = frozenset(("its", "their"))
# Verbs after "has" that make a body the maker of a forecast: "the Board has projected".
_PERFECT_FORECASTS = PAST_FORECASTS | frozenset(("estimated",))
# Nouns that make a country's name a currency's: "in US dollars", "Hong Kong dollar terms".
_CURRENCY_NOUNS = frozenset("dollar dollars dlr dlrs cents".split())
# Words between a country and the preposition that makes it a trading partner.
_PARTNER_SKIP = frozenset(
    {"the", ",", "and", "or", "other", "(", "countries", "nations", "member", "states"}
)
# Verbs of a country that supplies a share of another's imports: "the US supplied 46%".
_SUPPLY_VERBS = frozenset("supplied supplies provided provides accounted accounts".split())
# Scopes of flows written before a slash and the places they reach: "international/Hong Kong".
_SCOPES = frozenset("international overseas foreign cross-border external".split())
_TRADE_OF = frozenset(
    {"outside", "rest", "imports", "exports", "shipments", "purchases", "sales", "goods"}
)


# Verbs of a publisher's own forecast: "we estimate Business Confidence to stand at 89.2".
_OWN_FORECAST_VERBS = frozenset("estimate expect forecast project see".split())


#: A poll named by who made it: "a survey compiled by Bloomberg had expected a 0.3% increase".
_COMPILED = frozenset("compiled conducted run carried".split())
_SURVEY_NOUNS = frozenset("survey surveys poll polls consensus estimate estimates".split())
_FORECASTING = FORECAST_WORDS | frozenset("saw sees".split())
# Words that make a body's data the cause of a figure or revision, not its source.
_CAUSE_WORDS = frozenset("reflecting reflects reflected owing because".split())
# What forecasts for the body named before it: "Trading Economics global macro models".
_MODEL_NOUNS = frozenset("model models".split())
# Who speaks for a central bank named before: "Officials raised their outlook".
_BANK_PEOPLE = frozenset("officials policymakers members".split())
# Who speaks for the central bank named before: "Policymakers said ..." (its anaphors but
# the pronoun and the bare "bank").
_BANK_SPEAKERS = POLICY_ANAPHORS - {"it", "bank"}
# Words of a central bank's own projections: "see", "dot plot", "outlook".
_BANK_FORECASTS = FORECAST_VERBS | frozenset("outlook projections dot".split())
# Words before a name that make it part of a rate move written as a noun: "another ECB hike".
_MOVE_OPENERS = frozenset("a an another more further".split())


# The opening of an earnings story's table of results: "Here's how the company did",
# "Here's how the chipmaker performed".
_HERES_HOW = frozenset({("here", "'s", "how"), ("here", "’s", "how")})
_PERFORMED = frozenset("did performed fared".split())


#: At most this many words in a firm's name that opens its sentence (past four, the last
#: is its legal form).
_OPENING_NAME_MAX = 7
# A credit line's cues, and the dashes between its body and the release's title: "Source:
# Home Office – Passport Service Statistics".
_SOURCE_LINES = frozenset(("credit.source_colon", "credit.sources_colon"))
_TITLE_DASHES = frozenset(("–", "—", "-"))
# Nouns of a unit inside a body: "the bank's Research Department", "its Statistics Division".
_UNIT_NOUNS = frozenset("department division unit desk team directorate".split())
# Last words of a publication's title: "the Agency's Annual Energy Review".
_TITLE_NOUNS = frozenset("outlook report review bulletin yearbook".split())
#: Legal forms that end a firm's name: "Ltd", "Inc", "Plc", "Corp".
_LEGAL_FORMS = frozenset(
    "ltd ltd. limited inc inc. plc corp corp. co co. llc ag sa s.a. nv n.v. gmbh bhd tbk "
    "pty".split()
)


class CreditFinder(GenericNames):
    """Finds the credits of each sentence, in document order (it remembers the names seen)."""

    def __init__(self, ctx: DocContext) -> None:
        super().__init__(ctx)
        self.gazetteer = ctx.gazetteer
        self._named: list[Organization] = []  # organizations named so far, latest last
        self._last_source: Credit | None = None  # the organization credited last as a source
        self._last_poll: SentenceCredit | None = None  # the poll named last
        self._last_credit: Credit | None = None  # the organization credited last, any role
        # the maker of the forecasts of the sentence read last, if it credited one
        self._last_maker: tuple[int, Credit] | None = None
        # the source named in the sentence read last, if it named one ("..., the agency said")
        self._last_sayer: tuple[int, Credit] | None = None
        self._compiled_brands: set[str] = set()  # index brands whose compiler was credited
        self.companies = CompanyNames(ctx)
        self._sentence_countries: set[str] = set()  # of the sentence being read
        self._doc_countries = {
            ctx.gazetteer.by_id(a.id_).country
            for spans in ctx.sentence_spans[AGENCIES].values()
            for a in spans
            if a.label_ == "COUNTRY"
        }

    # ------------------------------------------------------------------ countries
    def countries(self, sent: Sentence, agencies: list[Span], mentions: list[Mention]) -> set[str]:
        """The countries whose figures a sentence gives: those named before its first number,
        less trading partners ("exports to Germany", "the deficit with Japan")."""
        if not mentions:
            return set()
        until = mentions[0].span.start
        found = self._figure_countries(sent, agencies, until)
        if not found and self._names_the_dollar_index(sent, until):
            return {"US"}  # "The dollar index rose 0.4% to 98.05": the US dollar's figures
        return found

    def _names_the_dollar_index(self, sent: Sentence, until: int) -> bool:
        """Whether "the dollar index" (the US dollar against a basket of currencies) is what
        the words before the first number name; not another country's dollar ("the Canadian
        dollar index")."""
        lower = self.tokens.lower
        for t in range(sent.start, min(until, sent.end) - 1):
            if lower[t] == "dollar" and lower[t + 1] == "index":
                return t == sent.start or lower[t - 1] in ("the", ",", "and", "while")
        return False

    def _figure_countries(self, sent: Sentence, agencies: list[Span], until: int) -> set[str]:
        country_spans = [a for a in agencies if a.label_ == "COUNTRY"]
        in_country = {i for a in country_spans for i in range(a.start, a.end)}
        out: set[str] = set()
        lower = self.tokens.lower
        if country_spans and self._ranks_partners(sent):
            return out  # "Singapore was the largest source, followed by Japan": partners
        for a in country_spans:
            if a.start >= until:
                continue
            if a.start - 2 >= sent.start and lower[a.start - 2 : a.start] == ("non", "-"):
                continue  # "imports from non-EU countries": the countries outside it
            t = a.start - 1
            while t >= sent.start and (t in in_country or lower[t] in _PARTNER_SKIP):
                t -= 1
            if t >= sent.start and lower[t] in PARTNER_WORDS:
                continue
            if t > sent.start and lower[t] == "in" and lower[t - 1] in PARTNER_NOUNS:
                continue  # "Buyers in Vietnam and Turkey booked 61,300 bales": the partners
            if t > sent.start and lower[t] == "/" and lower[t - 1] in _SCOPES:
                continue  # "international/Hong Kong, Macao and Taiwan deliveries": a scope
            if t > sent.start and lower[t] == "of" and lower[t - 1] in _TRADE_OF:
                continue  # "outside of the EU", "imports of Chinese goods"
            if (
                a.end + 1 < sent.end
                and lower[a.end] in _CURRENCY_NOUNS
                and lower[a.end + 1] not in ("index", "indexes")  # "the U.S. Dollar Index"
            ):
                continue  # "Denominated in US dollars, the total was ...": a currency's name
            if t >= sent.start and lower[t] == "across":
                continue  # "the HICP, used for comparisons across the euro area, ..."
            if (
                a.end + 1 < sent.end
                and lower[a.end] == "-"
                and lower[a.end + 1].startswith("harmoni")
            ):
                continue  # "The EU-harmonised index rose 3.8%": the member state's own
            after = a.end
            while after < sent.end and (after in in_country or lower[after] in _PARTNER_SKIP):
                after += 1  # "Norway and the United States supplied"
            if after < sent.end and lower[after] in BUYING_VERBS:
                continue  # "The Soviet Union took 3.1 mln tonnes": a buyer of the figures
            if after + 1 < sent.end and lower[after] in _SUPPLY_VERBS:
                continue  # "The United States supplied 46% of the volume": a supplier's share
            if (
                after + 1 < sent.end
                and lower[after] in ("'s", "’s")
                and lower[after + 1]
                in (
                    "share",
                    "shares",
                )
            ):
                continue  # "Russia's share in extra-EU gas imports": a supplier's share
            code = self.gazetteer.by_id(a.id_).country
            if code:
                out.add(code)
        return out

    def _ranks_partners(self, sent: Sentence) -> bool:
        """Whether a sentence ranks the partners of the figures: "Singapore was the largest
        source of investment, followed by Korea", "The US remained the top destination",
        "Saudi Arabia, Iraq and the UAE were the top three buyers"."""
        lower = self.tokens.lower
        for t in range(sent.start, sent.end - 1):
            if lower[t] in RANK_WORDS and any(
                lower[k] in PARTNER_NOUNS for k in range(t + 1, min(sent.end, t + 4))
            ):
                return True
        return False

    def context_country(self, sent: Sentence) -> str | None:
        """The country a sentence's figures are about, else the document's."""
        found = self._figure_countries(sent, self.ctx.spans_in(AGENCIES, sent), sent.end)
        self._sentence_countries = found
        if len(found) == 1:
            return next(iter(found))
        if self.ctx.country in found or not found:
            return self.ctx.country
        return sorted(found)[0]

    # ------------------------------------------------------------------ finding credits
    def credits(self, sent: Sentence, agencies: list[Span]) -> list[Credit]:
        """The organizations a sentence credits, in order, each a source or a forecaster."""
        country = self.context_country(sent)
        credits: list[Credit] = []
        covered: set[int] = set()
        orgs = [a for a in agencies if a.label_ == "AGENCY"]
        in_index_names: set[int] = set()
        for k, a in enumerate(orgs):
            covered.update(range(a.start, a.end))
            org = self.resolve(self.gazetteer.by_id(a.id_), a, country)
            self._named.append(org)
            role = self._role(
                self._with_abbreviation(a, sent), sent, orgs[k + 1] if k + 1 < len(orgs) else None
            )
            private = org.kind in ("research", "other")
            if role is None and private and self._names_index(a, sent):
                role = "index"  # "the HCOB manufacturing PMI rose to 45.8"
            elif (
                role is None
                and org.kind in ("statistics_office", "ministry")
                and self._names_index(a, sent, _OFFICIAL_MEASURES, owned=True)
            ):
                role = "index"  # "The Agriculture Department's average egg price was $3.00"
            if role == "source" and org.kind == "market" and self._prices_odds(sent):
                # "a 91% chance of a cut, according to the CME FedWatch tool": the market's
                # view; but "averaged 34 €/MWh, according to Nord Pool" is the exchange's data
                role = "forecast"
            if role is not None:
                credit = SentenceCredit(
                    org.name,
                    self._compiled_for(org) if role in ("source", "index") else org.country,
                    a.id_,
                    role not in ("source", "index"),
                    a.start,
                    role == "speaker",
                    role == "poll",
                )
                credits.append(credit)
                if role == "index":
                    in_index_names.add(id(credit))
        credits.extend(self._generic_credits(sent, covered, country))
        credits.extend(self._company_credits(sent, covered))
        if any(not c.forecast and id(c) not in in_index_names for c in credits):
            # "The HCOB Flash Germany PMI, compiled by S&P Global": the compiler credited,
            # not the brand in the index's name
            self._compiled_brands.update(c.name for c in credits if id(c) in in_index_names)
            credits = [c for c in credits if id(c) not in in_index_names]
        else:
            # the brand named again later ("The au Jibun Bank Japan Composite PMI climbed"):
            # the compiler credited before still stands
            credits = [
                c
                for c in credits
                if id(c) not in in_index_names or c.name not in self._compiled_brands
            ]
        if all(c.forecast for c in credits):
            credits.extend(self._pronoun_credits(sent))
        if not credits:
            credits.extend(self._policy_anaphor(sent))
        if not credits:
            credits.extend(self._governor_credits(sent))
        if not credits:
            credits.extend(self._maker_anaphor(sent))
        # A forecaster named in the sentence ("beating a Reuters poll") leaves the source of
        # its figures still to find.
        if all(c.forecast for c in credits):
            credits.extend(self._minister_credits(sent, country))
        if all(c.forecast for c in credits):
            credits.extend(self._topic_ministry_credits(sent, country))
        credits.extend(self._government_credits(sent, country))
        if all(c.forecast for c in credits):
            credits.extend(self._unknown_credits(sent, covered, country))
        if all(c.forecast for c in credits):
            credits.extend(self._described_credits(sent, covered))
        if not any(c.forecast for c in credits):
            credits.extend(self._poll_anaphor(sent))
        if not credits:
            credits.extend(self._own_models(sent))
        if all(c.forecast for c in credits):
            credits.extend(self._earnings_table(sent))
        credits = self._source_line_title(credits, sent)
        credits = [self._owner_of_unit(c, sent, country) for c in credits]
        credits = [self._said_forecast(self._cause_of_move(c, sent), sent) for c in credits]
        for c in credits:
            self.companies.remember(c.name)
        sources = [c for c in credits if not c.forecast]
        if sources:
            self._last_source = sources[-1]
        polls = [c for c in credits if isinstance(c, SentenceCredit) and c.poll]
        if polls:
            self._last_poll = polls[-1]
        if credits:
            self._last_credit = credits[-1]
        makers = [c for c in credits if c.forecast and not getattr(c, "poll", False)]
        index = self.ctx.tok_sentence[sent.start]
        self._last_maker = (index, makers[-1]) if makers else None
        named = [c for c in sources if getattr(c, "start", -1) >= 0]
        self._last_sayer = (index, named[-1]) if named else None
        return credits

    def _maker_anaphor(self, sent: Sentence) -> list[Credit]:
        """ "The central bank kept its inflation forecast at 6.0% to 7.0%. It sees the key rate
        averaging 13.0% to 15.0%": a pronoun that opens the sentence and forecasts is the
        maker of the forecasts of the sentence just before; else the body that sentence
        names as the source of its figures ("..., the association said. It forecast orders
        of about 820 billion yen"), not a vendor that only polled analysts ("..., according
        to LSEG. It sees ...")."""
        lower = self.tokens.lower
        if lower[sent.start] not in ("it", "they"):
            return []
        before = self.ctx.tok_sentence[sent.start] - 1
        last = self._last_maker
        if last is not None and last[1].rule in CONSENSUS_VENDORS:
            last = None
        if last is None and self._last_sayer is not None:
            last = self._last_sayer
        if last is None or last[0] != before:
            return []
        t = sent.start + 1
        while t < sent.end and lower[t] in _SUBJECT_ADVERBS:
            t += 1
        if t >= sent.end or lower[t] not in FORECAST_VERBS:
            return []
        maker = last[1]
        return [SentenceCredit(maker.name, maker.country, maker.rule, True, sent.start)]

    def _earnings_table(self, sent: Sentence) -> list[Credit]:
        """ "Here's how the company performed in the quarter ended Oct. 31, compared with what
        analysts polled by LSEG were expecting:": an earnings story's results are the
        company's own, the first one the document shows to be a company ("Toll Brothers
        shares fell ..."), where no source was credited before; the pollster is credited for
        the expectations only."""
        lower = self.tokens.lower
        start = sent.start
        while start < sent.end and self.tokens.is_space[start]:
            start += 1
        words = lower[start : min(sent.end, start + 7)]
        if words[:3] not in _HERES_HOW or _PERFORMED.isdisjoint(words[3:]):
            return []
        if self._last_source is not None:
            return []  # "Nvidia reported fourth-quarter results": credited by its own words
        listed = self.companies.listed()  # first word -> the fullest name the document gives
        first = next((lower[t] for t in range(0, start) if lower[t] in listed), None)
        if first is None:
            return []
        return [SentenceCredit(" ".join(listed[first]), None, "agency.by_form", False, start)]

    def _own_models(self, sent: Sentence) -> list[Credit]:
        """ "according to our econometric models", "we estimate": the writer's own forecast,
        credited to the organization the document credited last (the publisher that named
        itself: "according to Trading Economics global macro models")."""
        last = self._last_credit
        if last is None:
            return []
        lower = self.tokens.lower
        for t in range(sent.start, sent.end - 1):
            own = lower[t] == "our" and (
                (t >= 2 and lower[t - 2 : t] == ("according", "to"))
                or not _OWN_MODEL_NOUNS.isdisjoint(lower[t + 1 : t + 4])  # "our models see"
            )
            we = lower[t] == "we" and lower[t + 1] in _OWN_FORECAST_VERBS
            if own or we:  # the writer's forecast: all the sentence's figures
                return [SentenceCredit(last.name, last.country, last.rule, True, t, True)]
        return []

    def last_named(self, kind: str) -> Organization | None:
        """The organization of this kind the text named last, else None."""
        return next((o for o in reversed(self._named) if o.kind == kind), None)

    def _policy_anaphor(self, sent: Sentence) -> list[Credit]:
        """ "It also held the main refinancing rate at 2.15%", "The committee has raised the
        benchmark by 450 basis points": a policy action by the central bank named before,
        credited to it in this sentence only."""
        lower = self.tokens.lower
        t = sent.start + (1 if lower[sent.start] == "the" else 0)
        if t + 3 < sent.end and lower[t + 1] == "-" and lower[t + 2] == "member":
            t += 3  # "The six-member MPC voted ..."
        if t + 1 < sent.end and lower[t] == "central" and lower[t + 1] == "bank":
            t += 1  # "The central bank's staff expects"
        if t >= sent.end:
            return []
        word = lower[t].removesuffix("'s").removesuffix("’s")
        if word not in POLICY_ANAPHORS and word not in _BANK_PEOPLE:
            return []
        bank = next((o for o in reversed(self._named) if o.kind == "central_bank"), None)
        if bank is None:
            return []
        if word in _BANK_SPEAKERS and t + 1 < sent.end and lower[t + 1] in INVERTED_VERBS:
            # "Policymakers said annual inflation slowed to 1.35%": the bank's own statement
            return [SentenceCredit(bank.name, bank.country, POLICY_SAID, False, t)]
        if word in POLICY_ANAPHORS:
            for k in range(t + 1, min(sent.end, t + 4)):
                cue = self.cue_at.get((CREDITS, k))
                if cue is not None and cue.id_ == POLICY_ACTION:
                    return [SentenceCredit(bank.name, bank.country, POLICY_ACTION, True, t)]
        # "the bank's staff" names the bank; "officials" and "it" the organization named last
        named_last = word in ("bank", "committee", "mpc", "fomc") or self._named[-1] is bank
        if named_last and any(
            (self._forecast_word(k) or lower[k] in _BANK_FORECASTS)
            and not COPULAS.intersection(lower[max(t, k - 2) : k])  # not "it is expected to"
            for k in range(t + 1, min(sent.end, t + 8))
        ):
            # "Officials raised their outlook for GDP growth to 2.3%", "The committee's dot
            # plot showed ...", "Policymakers see inflation at 2.4%": the bank named last
            # forecasts, in this sentence only
            return [SentenceCredit(bank.name, bank.country, POLICY_ACTION, True, t)]
        return []

    def _governor_credits(self, sent: Sentence) -> list[Credit]:
        """ "Governor Perry Warjiyo said BI still sees inflation within its target of 2.5%": a
        governor who speaks, named by his title, speaks for the central bank the text named
        last, in this sentence only."""
        lower, text = self.tokens.lower, self.tokens.text
        if "governor" not in lower[sent.start : sent.end]:
            return []  # (most sentences: one scan in C, no loop)
        bank = self.last_named("central_bank")
        if bank is None:
            return []
        for t in range(sent.start, sent.end - 2):
            if lower[t] != "governor":
                continue
            k = t + 1
            while k < sent.end and k - t <= 4 and text[k][:1].isupper() and self.tokens.is_alpha[k]:
                k += 1  # the governor's name
            if k > t + 1 and k < sent.end and lower[k] in INVERTED_VERBS:
                return [SentenceCredit(bank.name, bank.country, bank.id, True, t, True)]
        return []

    def _source_line_title(self, credits: list[Credit], sent: Sentence) -> list[Credit]:
        """ "Source: Home Office – Passport Service Statistics": a credit line names its body,
        then after a dash the title of the release; a name inside the title ("Passport
        Service") is not credited (the body before the dash is)."""
        text = self.tokens.text
        for cue in self.ctx.spans_in(CREDITS, sent):
            if cue.id_ not in _SOURCE_LINES:
                continue
            dash = next(
                (
                    k
                    for k in range(cue.end + 1, sent.end)
                    if text[k] in _TITLE_DASHES and self.tokens.whitespace[k - 1]
                ),
                None,
            )  # (a spaced dash: not "Rolls-Royce")
            if dash is None:
                return credits
            before = [c for c in credits if cue.end <= getattr(c, "start", -1) < dash]
            if not before:
                return credits
            return [c for c in credits if getattr(c, "start", -1) < dash]
        return credits

    def _owner_of_unit(self, c: Credit, sent: Sentence, country: str | None) -> Credit:
        """ "The bank's Research Department raised its growth forecast", "the ministry's
        Statistics Division said": a unit named after its owner's possessive works for the
        owner, which is credited (the body named before that fits "the bank", or the body
        named there); so does a publication's title ("the Agency's Annual Energy Review puts
        ...": the Agency's figures)."""
        start = getattr(c, "start", -1)
        words = c.name.lower().split()
        if start - 2 < sent.start or len(words) < 2:
            return c
        if words[-1] not in _UNIT_NOUNS and words[-1] not in _TITLE_NOUNS:
            return c
        lower, text = self.tokens.lower, self.tokens.text
        if text[start - 1] not in ("'s", "’s"):
            return c
        owner = self._span_at(start - 2, sent)
        if owner is not None:
            org: Any = self.gazetteer.by_id(owner.id_)
        else:
            k = start - 2
            while k > sent.start and lower[k - 1] not in ARTICLES and start - 2 - k < 2:
                k -= 1  # "the central bank's", "the bank's"
            owner_words = list(lower[k : start - 1])
            if not all(w in GENERIC_NAME_WORDS for w in owner_words):
                return c  # "Hong Kong's Census and Statistics Department": a body's own name
            org = self.generic(owner_words, country)
        if org is None:
            return c
        return replace(c, name=org.name, country=org.country)

    def _span_at(self, t: int, sent: Sentence) -> Span | None:
        """The organization name that ends at token t, if any."""
        for a in self.ctx.spans_in(AGENCIES, sent):
            if a.label_ == "AGENCY" and a.end - 1 == t:
                return a
        return None

    def _cause_of_move(self, c: Credit, sent: Sentence) -> Credit:
        """ "Platinum futures rose on Wednesday after the World Platinum Investment Council said
        ...", "Canola futures slip as StatCan lifts crop estimate to 21.8 million tonnes": a
        body named as the cause of a market's move credits the figures of its own clause only;
        the prices quoted next are the market's, not the body's."""
        start = getattr(c, "start", -1)
        if c.forecast or start <= sent.start or not isinstance(c, SentenceCredit):
            return c
        lower, text = self.tokens.lower, self.tokens.text
        k, seen = start - 1, 0  # the word that opens the cause, at most four words before
        while k > sent.start and seen < 4 and not self._opens_cause(k):
            if text[k] in (",", ";", ":") or (QUANT_TOKENS, k) in self.cue_at:
                return c
            if (AGENCY_TOKENS, k) not in self.cue_at and text[k] != "(":
                seen += 1  # (not the name before "(WPIC)")
            k -= 1
        if not self._opens_cause(k):
            return c
        if lower[k] == "by":
            k -= 1  # "supported by government data showing"
        moves = [t for t in range(sent.start, k) if lower[t] in MARKET_MOVES]
        if not moves:
            return c
        subject = range(sent.start, moves[0])
        if c.name.lower() in " ".join(lower[t] for t in subject):
            return c  # "Lennar shares fell 6% after the homebuilder reported": its own figures
        if any(lower[t] in MARKET_NOUNS or "/" in text[t] for t in subject):
            return replace(c, forecast=True)
        if any(lower[t] in MARKET_PRICES for t in subject) and not any(
            (QUANT_TOKENS, t) in self.cue_at for t in range(sent.start, k)
        ):
            return replace(c, forecast=True)  # not "Consumer prices rose 0.3% as ..."
        return c

    def _opens_cause(self, k: int) -> bool:
        """Whether the word at k opens the cause of a move: "after", "as", "supported by"."""
        lower = self.tokens.lower
        if lower[k] == "by":
            return k > 0 and lower[k - 1] in MOVE_CAUSE_PARTICIPLES
        return lower[k] in MOVE_CAUSES

    def _said_forecast(self, c: Credit, sent: Sentence) -> Credit:
        """ "The central bank said it expected inflation of 3.0%": a name whose verb goes on
        with a forecast speaks for its own sentence only."""
        start = getattr(c, "start", -1)
        if c.forecast or start < 0:
            return c
        lower = self.tokens.lower
        for t in range(start, min(sent.end, start + 8)):
            cue = self.cue_at.get((CREDITS, t))
            if cue is not None and cue.label_ == "CREDIT_AFTER" and lower[t] in COMPANY_VERBS:
                seen = 0
                for k in range(t + 1, min(sent.end, t + 8)):
                    if lower[k] in _SAID_TIME_WORDS:
                        continue  # "said this week they expected"
                    seen += 1
                    if seen > 3:
                        break
                    if lower[k] in _SAID_FORECASTS:
                        return replace(c, forecast=True)
                    if lower[k] in (",", ";"):
                        break  # "said, missing forecasts for ...": the forecasts are others'
                break
        return c

    def _poll_anaphor(self, sent: Sentence) -> list[Credit]:
        """ "a 2.3% drop forecast in the poll": the poll named before in the document."""
        last = self._last_poll
        lower = self.tokens.lower
        if last is None:
            return []
        for t in range(sent.start + 1, sent.end):
            if lower[t] in ("poll", "polls") and lower[t - 1] == "the":
                return [SentenceCredit(last.name, last.country, last.rule, True, t, False, True)]
        return []

    def _company_credits(self, sent: Sentence, covered: set[int]) -> list[Credit]:
        """Names the gazetteer does not know, by their form: "Acme Holdings plc said"."""
        found: list[Credit] = []
        for start, end, role in self.companies.credits(sent, covered):
            covered.update(range(start, end))
            name = self.companies.name(start, end)
            found.append(
                SentenceCredit(
                    name, None, "agency.by_form", role != "source", start, role == "speaker"
                )
            )
        return found

    def _pronoun_credits(self, sent: Sentence) -> list[Credit]:
        """ "it said", "the company said": the firm the sentence opens with ("BYD, the biggest EV
        maker, sold ..., the company said"), else the organization credited last; as the maker
        of a forecast when the verb goes on with one ("the company said it expected")."""
        lower = self.tokens.lower
        words = lower[sent.start + 1 : sent.end]
        if (
            COMPANY_VERBS.isdisjoint(words)
            and FORECAST_VERBS.isdisjoint(words)
            and _PERFECT.isdisjoint(words)
            and _TARGET_VERBS.isdisjoint(words)
            and _OWN_FORECAST_OWNERS.isdisjoint(words)
        ):
            return []  # no speech or forecast verb (most sentences): nothing to scan for
        for t in range(sent.start + 1, sent.end):
            s = t - 1
            perfect = (
                (lower[t] in _PERFECT_FORECASTS and lower[s] in _PERFECT)
                or lower[t] in _TARGET_VERBS
                or self.ctx.moves_a_forecast(t, sent)
            )  # "the Board has projected", "The ministry targets", "the board kept its forecast"
            if lower[s] in _PERFECT:
                s -= 1  # "the Board has projected production at"
            while s > sent.start + 1 and lower[s] in _SUBJECT_ADVERBS:
                s -= 1  # "The bank now expects"
            named_body = lower[s] in _NAMED_BODY_NOUNS
            if (
                (
                    lower[t] in COMPANY_VERBS
                    or ((lower[t] in FORECAST_VERBS or perfect) and lower[s] != "it")
                )
                # (not "it sees": a central bank named in the sentence may see it)
                and (is_company_noun(lower[s]) or lower[s] in _BODY_NOUNS or named_body)
                and (
                    self.tokens.text[s].islower()  # not "The International Energy Agency sees"
                    or (named_body and s > sent.start and lower[s - 1] == "the")
                )
                and (lower[s] == "it" or self._definite_before(s, sent))
                and not (lower[s] == "bank" and self._names_a_central_bank())
                and not self._topic_body(s)
            ):
                # "the company said it expected", "the airline expects earnings of"
                forecast = (
                    lower[t] in FORECAST_VERBS
                    or perfect
                    or self.companies.forecast_follows(t + 1, sent.end)
                )
                opening = None if named_body else self._opening_name(sent, s)
                if opening is not None:
                    return [SentenceCredit(opening, None, "agency.by_form", forecast, s)]
                last = self._body_named(lower[s]) if named_body else self._last_source
                if lower[s] == "ministry" and last is not None and not self._a_ministry(last):
                    # "The ministry expects growth of 0.2%" after a statistics office's figures:
                    # a ministry named before, else none
                    last = self._body_named("ministry")
                if last is None:
                    return []
                return [SentenceCredit(last.name, last.country, last.rule, forecast, s)]
        return []

    def _topic_body(self, s: int) -> bool:
        """Whether a body's noun has its subject written before it, "the coal ministry said",
        "the power ministry has advised": a body of its own (the topic ministries' reading),
        which points back to no organization named before (but "the industry body expects"
        does)."""
        text = self.tokens.text
        return (
            self.tokens.lower[s] in MINISTRY_WORDS
            and text[s - 1].isalpha()
            and text[s - 1].islower()
            and self.tokens.lower[s - 1] not in ARTICLES
        )

    def _a_ministry(self, credit: Credit) -> bool:
        """Whether a credit is a ministry's (a department of government)."""
        try:
            return bool(self.gazetteer.by_id(credit.rule).kind == "ministry")
        except KeyError:
            return "ministry" in credit.name.lower().split()

    def _body_named(self, noun: str) -> Credit | None:
        """The organization named last whose name holds a body's noun: "the council" after
        the World Platinum Investment Council."""
        for org in reversed(self._named):
            if noun in org.name.lower().split():
                return Credit(org.name, org.country, org.id)
        return None

    def _government_credits(self, sent: Sentence, country: str | None) -> list[Credit]:
        """ "The government imposed a 12 per cent duty", "The Centre raised the MSP", "the
        federal government's target of 1.2 million": the government of the country the
        figures are about sets or forecasts them, in this sentence only (not a state or local
        government, nor "government bonds")."""
        lower, text = self.tokens.lower, self.tokens.text
        words = lower[sent.start : sent.end]
        if "government" not in words and "centre" not in words and "center" not in words:
            return []  # no government named (most sentences): nothing to scan for
        code = country or self.ctx.country
        for t in range(sent.start, sent.end - 1):
            w = lower[t]
            if w not in ("government", "centre", "center") or (
                w != "government" and not text[t][:1].isupper()
            ):
                continue  # "the Centre", not "the centre of the city"
            k = t - 1
            if k >= sent.start and lower[k] in _NATIONAL:
                k -= 1  # "the federal government"
            if k < sent.start or lower[k] != "the":
                continue
            nxt = lower[t + 1]
            owner = nxt in ("'s", "’s")
            opens = k == sent.start or text[k - 1] == ","
            if nxt in _NOT_ITS_OWN or not (owner or opens):
                continue  # "the government bond market", "said the government would"
            after = [w for w in lower[t + 1 : min(sent.end, t + 6)] if w not in _AUXILIARY]
            if owner and _GOVERNMENT_OWNS.isdisjoint(after):
                continue  # "the government's deficit widened": its accounts, reported
            if not owner and (not after or after[0] not in _GOVERNMENT_ACTS):
                continue  # "The government ended fiscal 2025 with a deficit of": reported
            name = self.government_name(code)
            return (
                [] if name is None else [SentenceCredit(name, code, "agency.government", True, t)]
            )
        return []

    def government_name(self, code: str | None) -> str | None:
        """ "Government of India", "Government of the Philippines"; None for a region or the
        EU, which has no government of its own."""
        if not code or code == "EU":
            return None
        entry = next(
            (c for c in self.gazetteer.countries if c.country == code and c.kind != "region"),
            None,
        )
        if entry is None:
            return None
        first = entry.aliases[0] if entry.aliases else entry.name
        short = first if len(first) > 3 and first.replace(" ", "").isalpha() else entry.name
        article = "the " if short.startswith(_WITH_ARTICLE) else ""
        return f"Government of {article}{short}"

    def _definite_before(self, t: int, sent: Sentence) -> bool:
        """Whether "the" opens the noun phrase ending at t, over at most two words (a
        hyphenated one counts as one): "the company", "the Google parent", "the software
        giant", "the state-owned company"."""
        lower = self.tokens.lower
        k, seen = t - 1, 0
        while k >= sent.start and seen <= 2:
            if lower[k] == "the":
                return True
            if lower[k] == "-" and k - 1 > sent.start and self.tokens.is_alpha[k - 1]:
                k -= 2  # "the state-owned company": one word
                continue
            if not self.tokens.is_alpha[k] or lower[k] in COMPANY_VERBS:
                return False
            seen += 1
            k -= 1
        return False

    def _opening_name(self, sent: Sentence, before: int) -> str | None:
        """A firm's name that opens the sentence as its subject: capitalized words no rule
        knows, written in capitals ("BYD sold"), set off by an aside ("Geely, China's
        second-largest carmaker, sold") or shown to be a company ("Lennar shares fell")."""
        text, lower = self.tokens.text, self.tokens.lower
        first = sent.start
        while first < before and self.tokens.is_space[first]:
            first += 1
        if first + 2 < before and text[first + 1] == "," and lower[first] in _OPENING_ADVERBS:
            first += 2  # "Elsewhere, Chipotle Mexican Grill (NYSE:CMG) plunged"
        end = first
        while (
            end < min(before, first + _OPENING_NAME_MAX)
            and text[end][:1].isupper()
            and (text[end].isalpha() or text[end] in ("&", "-"))
            and (AGENCY_TOKENS, end) not in self.cue_at
        ):
            end += 1
        if end == first or end >= before:
            return None
        words = text[first:end]
        if end - first > 4 and lower[end - 1] not in _LEGAL_FORMS:
            return None  # past four words only a name that ends in its legal form
        # "Zambia Consolidated Copper Mines Ltd (ZCCM) produced": a legal form ends the name
        capitals = any(len(w) > 1 and w.isupper() for w in words) or lower[end - 1] in _LEGAL_FORMS
        aside = text[end] == "," and end + 1 < before and lower[end + 1] in ("the", "a", "an")
        ticker = text[end] == "(" and bool(_TICKER.match("".join(text[end + 1 : end + 4])))
        listed = lower[first] in self.companies.listed()  # "Lennar shares fell 6% after ..."
        if not (capitals or aside or ticker or listed) or (
            end < before and lower[end] in PRONOUN_SUBJECTS
        ):
            return None
        return " ".join(words)

    def _compiled_for(self, org: Any) -> str | None:
        """The country a firm's or a research body's figures are about: the one the sentence
        names ("S&P Global's euro zone PMI" is for the euro zone), else the firm's own."""
        if org.kind in ("research", "other") and len(self._sentence_countries) == 1:
            return next(iter(self._sentence_countries))
        return cast(str | None, org.country)

    def _with_abbreviation(self, a: Span, sent: Sentence) -> Span:
        """The name with the bracket that follows it, whose words give its role after it:
        "The Office for Budget Responsibility (OBR) forecasts", and "(OBR)" alone."""
        lower = self.tokens.lower
        start, end = a.start, a.end
        text = self.tokens.text
        if end < sent.end and lower[end] == ")":
            end += 1  # the abbreviation itself: "(OBR) forecasts"
        elif (
            end + 2 < sent.end
            and lower[end] == ","
            and lower[end + 2] == ","
            and text[end + 1].isupper()
            and text[end + 1].isalpha()
        ):
            end += 3  # "the Brazilian Coffee Institute, IBC, said"
        elif end < sent.end and lower[end] == "(":
            close = next(
                (k for k in range(end + 1, min(sent.end, end + 8)) if lower[k] == ")"), None
            )
            if close is not None:
                end = close + 1
        return a if end == a.end else self.doc[start:end]

    def _role(self, a: Span, sent: Sentence, following: Span | None) -> str | None:
        """ "source", "forecaster" or None (a name that credits no figure)."""
        text, lower = self.tokens.text, self.tokens.lower
        after = range(a.end, min(sent.end, a.end + 6))
        if any(self._credit_label(t) == "NON_CREDIT" for t in after[:3]):
            return None  # "using U.S. Labor Department methodology"
        if (
            following is not None
            and following.start - a.end == 1
            and self.tokens.lower[a.end] in POSSESSIVES
        ):
            return None  # "the Labor Department's Bureau of Labor Statistics": the latter
        if self._names_a_move(a, sent):
            return None  # "a quarter-point Federal Reserve cut": the mover, not a source
        if self.companies.ends_headline(a.start, a.end, sent):
            return "source"  # "Auto component exports rise 9.3% to $12.1 bn: ACMA"
        if (
            a.end < sent.end
            and lower[a.end] in POSSESSIVES
            and any(lower[t] in TARGET_CUES for t in range(a.end + 1, min(sent.end, a.end + 5)))
        ):
            # "within the SBP's medium-term target of 5% to 7%": who set the target, for its
            # own sentence; no source to carry to the figures after it
            return "forecaster"
        for t in after:  # "a Reuters poll", "ING economist ...", "the Atlanta Fed's GDPNow tracker"
            if lower[t] in ANALYSTS:
                return "speaker"
            if lower[t] in ("estimate", "estimates") and a.id_ in CONSENSUS_VENDORS:
                return "poll"  # "the Dow Jones estimate for a 0.2% decline"
            if lower[t] in ("forecast", "forecasts") and self._forecast_as_verb(a, t, sent):
                return "forecaster"  # "The Planning Bureau forecast that": its maker
            if (
                lower[t] in FORECASTER_NOUNS
                and not self._in_index_name(t, sent)
                and not self._in_owned_title(a, t)
            ):
                return "poll" if lower[t] in POLL_NOUNS else "forecaster"
            if (
                lower[t] in ("survey", "surveys")
                and a.id_ in NEWSWIRES
                and any(self._forecast_word(k) for k in range(sent.start, sent.end))
            ):
                # "the 5,000 gain expected in a Bloomberg survey", "the consensus in a Bloomberg
                # survey had called for": of forecasters; not "a
                # Reuters survey of oil industry sources showed", the figures' source
                return "poll"
            if not (lower[t] in POSSESSIVES or text[t][:1].isupper()):
                if any(lower[k] in _MODEL_NOUNS for k in range(t, min(sent.end, t + 3))):
                    return "forecaster"  # "Trading Economics global macro models expect"
                break
        before = range(max(sent.start, a.start - 10), a.start)
        lead = [t for t in before if lower[t] not in ARTICLES]
        if any(lower[t] in _CAUSE_WORDS for t in lead[-5:]):
            return None  # "revised up, reflecting more complete Home Office data": a cause
        by = len(lead) > 1 and lower[lead[-1]] == "by"
        if by and lower[lead[-2]] in POLLED_VERBS:
            return "poll"  # "economists polled by Reuters"
        if by and lower[lead[-2]] in PAST_FORECASTS:
            return "forecaster"  # "$1.91 adjusted vs. $1.84 expected by LSEG"
        if (
            len(lead) > 2
            and lower[lead[-1]] == "by"
            and lower[lead[-2]] in _COMPILED
            and lower[lead[-3]] in _SURVEY_NOUNS
            and not _FORECASTING.isdisjoint(lower[a.end : min(sent.end, a.end + 4)])
        ):
            # "a survey compiled by Bloomberg had expected a 0.3% increase" (not "a survey
            # compiled by S&P Global showed the PMI jumped": that survey is the source)
            return "poll"
        if lead and lower[lead[-1]] == "per" and text[lead[-1] - 1] == ",":
            if self._expected_before(lead, -2):
                return "forecaster"  # "compared with what analysts were expecting, per LSEG"
            return "source"  # "..., per CME Group's FedWatch tool", "..., per LSEG data"
        if lead and lower[lead[-1]] in ("at", "of", "with", "from"):
            # "said Jane Doe, an economist at Capital Economics": the firm's opinion;
            # "said the head of the statistics office": the office's figures
            window = lead[-7:-1]
            commas = [k for k, t in enumerate(window) if text[t] in (",", ";")]
            if commas:  # "in line with market forecasts, data from Eurostat showed"
                window = window[commas[-1] + 1 :]
            titles = {lower[t] for t in window}
            if titles & ANALYSTS:
                return "speaker"
            if titles & FORECASTER_NOUNS:
                return "forecaster"
            if titles & SPOKESPEOPLE and any(
                self._credit_label(t) == "CREDIT_AFTER" for t in range(sent.start, sent.end)
            ):
                return "source"
        if (
            len(lead) > 3
            and lower[lead[-2]] == "according"
            and (self._expected_before(lead, -3) or self._forecasters_expected(lead, sent))
        ):
            # "short of the 94 cents analysts had expected, according to X", "compared with
            # what analysts were expecting, according to LSEG": X polled them (not "more than
            # expected, according to X", nor "matching expectations, ...")
            return "forecaster"
        if any(self._credit_label(t) == "CREDIT_BEFORE" for t in before) or any(
            self._credit_label(t) == "CREDIT_BEFORE"
            and self.cue_at[(CREDITS, t)].id_.startswith("credit.source")
            for t in range(sent.start, a.start)
        ):
            if (
                lead
                and lower[lead[-1]] in ("by", "expected", "forecast", "predicted")
                and any(self._forecast_word(t) and lower[t - 1] != "than" for t in before)
            ):
                # "as forecast by the IMF" (not "weaker than expected, according to results
                # posted by the Treasury": the figures' source)
                return "forecaster"
            return "source"
        return self._role_after(a, sent, lead)

    def _forecasters_expected(self, lead: list[int], sent: Sentence) -> bool:
        """Whether "according to" set off by a comma closes a clause in which forecasters
        expected what it gives: "Analysts had been expecting revenue growth of about 10.5%,
        according to LSEG"."""
        lower = self.tokens.lower
        comma = lead[-3]
        if self.tokens.text[comma] != ",":
            return False
        for k in range(sent.start, comma):
            if lower[k] in _EXPECTERS and any(
                self._expecting(j) for j in range(k + 1, min(comma, k + 5))
            ):
                return True
        return False

    def _expected_before(self, lead: list[int], comma: int) -> bool:
        """Whether the words before a name end, at `lead[comma]`, with a comma after what
        forecasters expected: "analysts had expected, according to", "what analysts were
        expecting, per", "what Wall Street was expecting, according to"."""
        lower = self.tokens.lower
        return (
            len(lead) >= -comma + 1
            and self.tokens.text[lead[comma]] == ","
            and self._expecting(lead[comma - 1])
            and (
                any(lower[t] in _EXPECTERS for t in lead[comma - 4 : comma - 1])
                or (  # "269.6 million vs. 264.2 million expected, according to StreetAccount"
                    len(lead) >= -comma + 2
                    and lower[lead[comma - 1]] in PAST_FORECASTS
                    and (QUANT_TOKENS, lead[comma - 2]) in self.cue_at
                )
            )
        )

    def _expecting(self, j: int) -> bool:
        """Whether token j expects: "expected", "expecting", "(had been) looking for"."""
        w = self.tokens.lower[j]
        return (
            w in PAST_FORECASTS
            or w in EXPECTING
            or (w == "for" and j > 0 and self.tokens.lower[j - 1] == "looking")
        )

    def _prices_odds(self, sent: Sentence) -> bool:
        """Whether a sentence gives the odds of a move: "a 91% chance", "traders priced in"."""
        words = self.tokens.lower[sent.start : sent.end]
        return not ODDS_NOUNS.isdisjoint(words) or "priced" in words or "pricing" in words

    def _forecast_word(self, t: int) -> bool:
        """Whether token t is a word of forecasting; not the estimate a statistics office
        publishes ("according to a flash estimate released by Eurostat")."""
        lower = self.tokens.lower
        if self._credit_label(t) != "FORECAST":
            return False
        return not (lower[t] in ESTIMATE_WORDS and t > 0 and lower[t - 1] in STAT_ADJECTIVES)

    def _names_a_move(self, a: Span, sent: Sentence) -> bool:
        """Whether the name stands inside the size of a rate move or its odds: "a quarter-point
        Federal Reserve cut", "the odds of another ECB rate hike" (not "the Fed cut rates")."""
        lower = self.tokens.lower
        if a.start <= sent.start or a.end >= sent.end:
            return False
        prev = a.start - 1
        if (QUANT_TOKENS, prev) not in self.cue_at and not (
            lower[prev] in _MOVE_OPENERS
            and any(lower[t] in ODDS_NOUNS for t in range(max(sent.start, prev - 3), prev))
        ):
            return False  # "another ECB hike of 25 basis points": the ECB sets it
        k = a.end + 1 if lower[a.end] in ("rate", "interest") else a.end
        return k < sent.end and lower[k] in RATE_MOVES

    def _in_index_name(self, t: int, sent: Sentence) -> bool:
        """Whether a forecaster's noun at t is a word of an index's or survey's name: "the ANZ
        Business Outlook survey" (capitalized, an index noun right after it)."""
        lower = self.tokens.lower
        return self.tokens.text[t][:1].isupper() and any(
            lower[k] in INDEX_NOUNS for k in range(t + 1, min(sent.end, t + 3))
        )

    def _expected_to(self, a: Span, t: int, sent: Sentence) -> bool:
        """Whether the credit verb at t is an infinitive that forecasters expect of the body
        named before it: "Economists expect the Agency's report to show a 0.4% gain", "analysts
        were expecting the ministry's data to show": the forecast's subject, no source."""
        lower = self.tokens.lower
        if t < 1 or lower[t - 1] != "to":
            return False
        return any(
            lower[k] in FORECAST_VERBS or lower[k] in EXPECTING or lower[k] in PAST_FORECASTS
            for k in range(max(sent.start, a.start - 4), a.start)
        )

    def _in_owned_title(self, a: Span, t: int) -> bool:
        """Whether a forecaster's noun at t ends the title of a publication the name owns:
        "the Agency's Summer Outlook", "the Board's Annual Outlook" (capitalized, after the
        name's possessive and a capitalized word): its report, a source of the figures it
        gives, not "the Agency's outlook" nor "the Board's growth forecast"."""
        text, lower = self.tokens.text, self.tokens.lower
        if lower[t] not in PUBLICATION_WORDS or not text[t][:1].isupper():
            return False
        if t - a.end < 2 or lower[a.end] not in POSSESSIVES:
            return False
        return all(text[k][:1].isupper() for k in range(a.end + 1, t))

    def _names_index(
        self, a: Span, sent: Sentence, nouns: frozenset[str] = INDEX_NOUNS, owned: bool = False
    ) -> bool:
        """Whether a survey firm's name stands in the name of its index or survey ("the
        Caixin services PMI", "the Conference Board's consumer confidence index"); with
        `owned`, only as the owner of the measure ("the Agriculture Department's price")."""
        tokens = self.tokens
        if owned and (a.end >= sent.end or tokens.lower[a.end] not in POSSESSIVES):
            return False
        for t in range(a.end, min(sent.end, a.end + 7)):
            if tokens.lower[t] in nouns:
                return True
            if not (
                tokens.is_alpha[t] or tokens.lower[t] in POSSESSIVES or tokens.text[t] in ("-", "'")
            ):
                return False
            if self._credit_label(t) is not None or (CHANGES, t) in self.cue_at:
                return False
        return False

    def _role_after(self, a: Span, sent: Sentence, lead: list[Any]) -> str | None:
        """The role given by the words after a name: "..., the department said", "a Reuters
        poll", "the Atlanta Fed's data tracker", "ING economist ... said"."""
        tokens = self.tokens
        found: str | None = None
        owned = False  # after "X's": a noun phrase may stand before the verb
        skip_to = self._past_aside(a.end, sent)
        for t in range(a.end, min(sent.end, skip_to + 6)):
            if t < skip_to:
                continue
            w = tokens.lower[t]
            if (w == "," and t + 1 < sent.end and tokens.lower[t + 1] == "which") or (
                w == "which" and t > a.end and tokens.text[t - 1] == ","
            ):
                continue  # "The Bank of Canada, which lowered its overnight rate by ..."
            if (
                w in ("of", "in")
                and t > a.end
                and (verb := self._verb_after_phrase(t, sent)) is not None
            ):
                # "a Reuters survey of oil industry sources showed", "the OPEC secretariat
                # in Vienna said": a short phrase between the name's noun and its verb
                skip_to = verb
                continue
            if (
                w == "of"
                and t > a.end
                and tokens.lower[t - 1] in ("survey", "surveys")
                and any(tokens.lower[k] in ANALYSTS for k in range(t + 1, min(sent.end, t + 4)))
            ):
                return "poll"  # "a Bloomberg survey of economists had pointed to 0.9%"
            owned = owned or w in POSSESSIVES
            if w in ("forecast", "forecasts") and not owned and self._forecast_as_verb(a, t, sent):
                return "forecaster"  # "The ISO last month forecast a surplus": its maker
            if w in POLL_NOUNS:
                return "poll"  # "the Dow Jones consensus"
            if w in ("survey", "surveys") and any(
                tokens.lower[k] in POLL_NOUNS for k in range(sent.start, a.start)
            ):
                return "poll"  # "below the 2.8% consensus in a FactSet survey"
            if (
                (
                    w in FORECASTER_NOUNS
                    and not self._in_index_name(t, sent)
                    and not self._in_owned_title(a, t)
                )
                or w in FORECAST_VERBS
                or (w in PAST_FORECASTS and t > a.end and tokens.lower[t - 1] in _PERFECT)
                or (w in PAST_FORECASTS and self._verb_of_name(a, t, sent))
                or self.ctx.moves_a_forecast(t, sent)
            ):
                return "forecaster"  # "the IMF expects", "the Atlanta Fed's tracker", "AAA had
                # projected"
            cue = self.cue_at.get((CREDITS, t))
            if cue is not None and cue.label_ == "CREDIT_AFTER" and self._expected_to(a, t, sent):
                return None  # "economists expect the department's report to show a 0.4% gain"
            if cue is not None and cue.label_ == "CREDIT_AFTER":
                if cue.id_ == POLICY_ACTION:
                    body = any(tokens.lower[k] in POLICY_BODIES for k in range(a.end, t))
                    if owned and not body:
                        break  # "the Fed's preferred gauge held at 2.6%": the gauge, not the Fed
                    # "the Reserve Bank cut its cash rate by 50 basis points": a policy figure,
                    # credited to whoever set it in its own sentence only
                    return "policy"
                if w not in CREDIT_FILLERS:
                    return "source"  # "the Ministry of Commerce's big data monitoring showed"
                found = "source"  # "data", "figures": a verb may follow ("data showed")
            elif not (
                w in CREDIT_FILLERS
                or tokens.text[t][:1].isupper()
                or (owned and tokens.is_alpha[t])
                or (owned and w == "-" and not tokens.whitespace[t - 1])  # "'s five-member board"
                or (owned and w == "&")  # "the USDA's Fats & Oils report showed"
                or (w.endswith("ly") and tokens.is_alpha[t])  # "Norges Bank unexpectedly lowered"
                or (
                    tokens.is_alpha[t]
                    and any(
                        tokens.lower[k] in DATA_NOUNS for k in range(t + 1, min(sent.end, t + 3))
                    )
                )  # "ENTSO-E transparency platform data showed"
            ):
                break
        if found:
            return found
        p = a.start - 1
        if p > sent.start and self.tokens.lower[p] in ARTICLES:
            p -= 1
        if p >= sent.start and self.tokens.lower[p] in INVERTED_VERBS:
            return "source"  # "noted Statistics Canada", "added StatsCan"
        return None

    def _verb_of_name(self, a: Span, t: int, sent: Sentence) -> bool:
        """Whether a forecast verb in the past right after a name is the name's own verb,
        opening what it forecast: "The IEA projected that demand would ease", "the ministry
        forecast a surplus of" (not "the 1.2% the IEA forecast" after the number, nor
        "as expected by ...")."""
        lower = self.tokens.lower
        if t != a.end or t + 1 >= sent.end or lower[t + 1] in ("by", ",", "."):
            return False
        return not any((QUANT_TOKENS, k) in self.cue_at for k in range(sent.start, a.start))

    def _past_aside(self, t: int, sent: Sentence) -> int:
        """Past an aside set off by commas right after a name, when a credit verb follows it
        ("Statistics Canada, citing customs data, said", "Eurostat, the EU statistics office,
        said"), else `t`."""
        tokens = self.tokens
        if t >= sent.end or tokens.text[t] != ",":
            return t
        for k in range(t + 2, min(sent.end - 1, t + 12)):
            date = (PERIODS_TOKENS, k) in self.cue_at  # "which will publish it on April 16,"
            if (tokens.like_num[k] and not date) or tokens.text[k] in (";", ":", "(", ")"):
                return t
            if tokens.text[k] == ",":
                cue = self.cue_at.get((CREDITS, k + 1))
                if cue is not None and cue.label_ == "CREDIT_AFTER" and cue.id_ != POLICY_ACTION:
                    return k + 1
                if tokens.lower[t + 1] in ARTICLES and self._forecast_after_aside(k + 1, sent):
                    return k + 1  # "Airlines for America, the trade group, expects ..."
                return t
        return t

    def _forecast_as_verb(self, a: Span, t: int, sent: Sentence) -> bool:
        """Whether "forecast(s)" at t is the verb of the name that opens its sentence or
        clause, with what it forecast right after ("The ISO last month forecast a surplus of",
        "the council forecasts that"); not a poll's noun ("a Reuters forecast of 2%")."""
        lower = self.tokens.lower
        if t + 1 >= sent.end or not (
            lower[t + 1] in ("a", "an", "the", "that", "its", "their")
            or (QUANT_TOKENS, t + 1) in self.cue_at
        ):
            return False
        p = a.start - 1
        if p >= sent.start and lower[p] == "the":
            p -= 1
        return p < sent.start or lower[p] == ","

    def _forecast_after_aside(self, k: int, sent: Sentence) -> bool:
        """Whether a forecast verb follows an aside that describes a name, at `k`: "expects",
        "now sees", "had forecast"."""
        lower = self.tokens.lower
        while k < sent.end and lower[k] in _SUBJECT_ADVERBS:
            k += 1
        if k + 1 < sent.end and lower[k] in _PERFECT and lower[k + 1] in PAST_FORECASTS:
            return True
        return k < sent.end and lower[k] in FORECAST_VERBS

    def _verb_after_phrase(self, t: int, sent: Sentence) -> int | None:
        """The credit verb a few words after "of"/"in" at `t` (no punctuation or number
        between), else None."""
        tokens = self.tokens
        for k in range(t + 1, min(sent.end, t + 6)):
            cue = self.cue_at.get((CREDITS, k))
            if cue is not None and cue.label_ == "CREDIT_AFTER" and cue.id_ == "credit.said":
                return k
            if tokens.is_punct[k] or tokens.like_num[k] or (CHANGES, k) in self.cue_at:
                return None
        return None

    def resolve(self, org: Organization, span: Span, country: str | None) -> Organization:
        """Prefer the body of the figures' country for a name that several countries use:
        Hungary's "Central Statistics Office" is not Ireland's."""
        if not country or not org.country or org.country == country:
            return org
        alt = self.gazetteer.lookup(span.text, country=country)
        if alt is not None and alt.country == country:
            return alt
        if org.kind == "ministry" and span.text.islower():
            # "data released by the commerce department" in Indian figures: a title written
            # as a common noun is the figures' country's ministry of that name
            words = ["ministry" if t.lower_ == "department" else t.lower_ for t in span]
            alt = self.gazetteer.lookup(" ".join(w for w in words if w != "the"), country=country)
            if alt is not None and alt.country == country:
                return alt
        words = [t.lower_ for t in span if t.is_alpha and t.lower_ not in ("of", "the", "for")]
        shared = (words and all(w in STAT_WORDS for w in words)) or (
            len(span) == 1 and span.text.isupper()  # "INE" in Spain, Chile and Portugal
        )
        if (
            org.kind == "statistics_office"
            and shared
            and (country in self._sentence_countries or org.country not in self._doc_countries)
        ):
            office = first_of_kind(self.gazetteer, country, "statistics_office")
            if office is None:
                return org
            # "the Central Statistical Office said" of Finland's figures: the name Statistics
            # Finland published under, as written
            return older_office_name(span.text, office) or office
        return org
