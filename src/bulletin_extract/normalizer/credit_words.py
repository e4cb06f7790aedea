"""Word lists and gazetteer indexes that the agency attacher reads.

Kept apart from `agency.py` so that the attacher holds the decisions and this module the
vocabulary they are made from: the words that make a name a source, a forecaster or an
anaphor ("the bureau"), and the words that make a number a forecast or a policy figure.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .vocabulary import words

ARTICLES = words("the a an its their")
POSSESSIVES = words("'s ’s")

# Nouns and fillers that may stand between a credited name and its verb:
# "the Commerce Department report showed", "a Ministry of Trade official said".
CREDIT_FILLERS = words(
    "'s ’s also has had have on last today this week month earlier separately previously "
    "report reports data figures survey surveys statistics release releases statement "
    "statements estimate estimates numbers official officials spokesman spokeswoman "
    "spokesperson representative separate monthly quarterly annual latest preliminary final "
    "flash advance revised now still currently staff secretariat global macro model models "
    "econometric"
)

# Bodies of a central bank that set its policy: "the Central Bank of Brazil's Monetary Policy
# Committee held ...".
POLICY_BODIES = words("committee board council policymakers governors")

#: The rule id of a policy act ("cut", "held", "voted" after a name), credited to whoever
#: acted, in its own sentence only.
POLICY_ACTION = "credit.policy_action"

#: The rule id of a statement by the people of the central bank named before
#: ("Policymakers said inflation slowed to 1.35%"), credited to the bank.
POLICY_SAID = "credit.policy_said"

# Subjects that point back to the central bank named before: "It also held ...", "The
# committee has raised ...".
POLICY_ANAPHORS = words("it committee bank policymakers council board mpc fomc")

# Verbs that credit the name right after them: "noted Statistics Canada", "added StatsCan".
INVERTED_VERBS = words(
    "said says noted notes added adds reported reports stated states showed shows estimated "
    "estimates announced announces"
)

# Nouns after a name that make it the maker of a forecast or an opinion ("a Reuters poll",
# "the Dow Jones consensus", "ING economist ...", "the Atlanta Fed's tracker").
FORECASTER_NOUNS = words(
    "poll polls consensus forecast forecasts forecaster forecasters projection projections "
    "economist economists analyst analysts strategist strategists tracker nowcast model "
    "outlook"
)

# News agencies whose "survey" is a poll of forecasters ("a Bloomberg survey"), by gazetteer id.
NEWSWIRES = words("agency.gb.reuters agency.us.bloomberg agency.us.dow_jones")
# Newswires and data firms whose "estimate" is the consensus of the forecasters they poll:
# "the Dow Jones estimate", "the $15.76 billion StreetAccount estimate".
CONSENSUS_VENDORS = NEWSWIRES | words("agency.gb.lseg agency.us.factset agency.us.streetaccount")
# Forecaster nouns of polls and consensus figures, which give no actual figure.
POLL_NOUNS = words(
    "poll polls consensus forecast forecasts forecaster forecasters projection projections"
)

# Nouns that end the name of a survey or an index: "the Caixin services PMI".
INDEX_NOUNS = words("pmi pmis index indices indexes survey surveys gauge barometer")

# People who speak for their organization: "said Huo Lihui, chief statistician at NBS".
SPOKESPEOPLE = words(
    "statistician spokesman spokeswoman spokesperson official officials director head chief "
    "commissioner governor president chairman chairwoman minister secretary"
)

# People whose statements are their firm's opinion: "ING economist ... said".
ANALYSTS = words("economist economists analyst analysts strategist strategists")

# Titles of people at a firm who speak for it, beside analysts: "Jane Doe, partner at Acme".
FIRM_TITLES = words("ceo founder partner manager adviser advisor researcher")

# Last words of the names of surveys and publications, which credit no body by themselves:
# "the Household Finances Survey", ": PLFS" for the Periodic Labour Force Survey.
PUBLICATION_WORDS = words(
    "survey surveys index report review outlook bulletin data database census statistics"
)
# Forecast verbs in the past: "$1.84 expected by LSEG", "AAA had projected", "WSTS projected"
# (not "estimated", which a statistics office's own estimates also take).
PAST_FORECASTS = words("expected forecast forecasted predicted projected anticipated")
# The same verbs in the progressive: "what analysts were expecting, according to LSEG".
EXPECTING = words("expecting forecasting predicting projecting anticipating estimating")
# Verbs right after a name that make it the maker of a forecast: "the IMF expects".
FORECAST_VERBS = words("expects expect projects predicts sees see anticipates forecasts forecast")

# Verbs before "by" that name forecasters: "economists polled by Reuters".
POLLED_VERBS = words("polled surveyed canvassed interviewed questioned asked")

# Words before a number (in its clause) that make it a forecast, an expectation or an opinion.
FORECAST_CUES = words(
    "expected expect expects expecting expectation expectations forecast forecasts "
    "forecasted forecasting predicted predict predicts projected projection projections "
    "anticipated consensus poll could would might economists "
    "analysts forecasters looking pointed pointing"
)
# Forecast words only after an auxiliary: "had seen the number at", not "the fall seen in".
PASSIVE_FORECASTS = words("seen tipped")
# Words right after a number that make it a forecast: "below the 0.8% forecast".
FORECAST_AFTER = words(
    "forecast forecasts estimate estimates consensus projection projections probability "
    "expected predicted anticipated projected forecasted economists analysts forecasters"
    " chance chances odds likelihood"
)
# Words between a number and the forecast word after it: "a 0.3% median forecast".
FORECAST_MODIFIERS = words("median mean average consensus")
# Forecasts named after a number: "from £95.5 billion in its March 2014 forecast".
FORECAST_NOUNS = words("forecast forecasts projection projections outlook")
OWNER_ARTICLES = words("its their the his her a an")
# Words that open a clause about another number: "in line with the estimate but below ...".
CLAUSE_BREAKS = words("but while whereas although though versus")
# "estimate(s) for 0.3%" is a forecast; "the previous estimate of 1.4%" a statistic.
ESTIMATE_WORDS = words("estimate estimates")
STAT_ADJECTIVES = words(
    "previous first second third flash advance preliminary final official latest revised "
    "initial earlier provisional early"
)
# Words after "estimate(s)" that make it a published figure: "the estimate for May has been
# revised", "estimates are based on a survey", "the estimate was first published as".
PUBLISHED_ESTIMATE = words("revised based published come comes came drawn")

# Words that make a number a target or a policy setting, credited to its setter only.
TARGET_CUES = words("target targets goal goals ceiling aims aim band")
SETTER_VERBS = words("aims aim targets seeks wants sets set keeps kept has have had")
POLICY_WORDS = words("tariff tariffs duty duties levy levies")
POLICY_RATES = words("base policy benchmark key repo cash bank deposit refinancing funds")
# Benchmarks that a number is the value of: "against a regulatory minimum of 9.8%", "the
# buffer norm of 13.54 mt", "the country's production cap of 45 million tons".
BENCHMARKS = words("norm norms requirement requirements minimum maximum cap limit threshold")
# Rules that set figures, as the subject of a setting verb ("the Directive sets a binding 42%
# share", "the regulation requires member states to fill storage to 90%") or after "Under the
# ..." with an obligation ("Under the storage regulation, member states must reach 90%").
INSTRUMENTS = words("directive directives regulation regulations law laws rules goals")
INSTRUMENT_VERBS = words("sets set requires required asks obliges mandates caps limits")
OBLIGATIONS = words("must aim aims obliged required allowed permitted")

# Countries whose government sets a target named by its country or capital as the subject or
# owner: "Beijing has set a target of around 2%", "China's 5% growth target".
GOVERNMENTS = frozenset("CN JP US GB DE FR IT ES IN KR CA AU NZ RU BR MX ID TR HU".split())
CAPITALS = {
    "beijing": "CN",
    "tokyo": "JP",
    "washington": "US",
    "london": "GB",
    "berlin": "DE",
    "paris": "FR",
    "rome": "IT",
    "madrid": "ES",
    "delhi": "IN",
    "seoul": "KR",
    "ottawa": "CA",
    "canberra": "AU",
    "wellington": "NZ",
    "moscow": "RU",
    "brasilia": "BR",
    "jakarta": "ID",
    "ankara": "TR",
    "budapest": "HU",
}

# Prepositions that make a country a partner of the figures, not their owner:
# "exports to Germany", "imports from Canada", "the deficit with Japan".
PARTNER_WORDS = words(
    "to from with into against versus vs vs. including toward towards between onto outside"
)

STAT_WORDS = words(
    "statistics statistical statistic office bureau agency institute authority service "
    "central national federal department"
)
BANK_WORDS = words("central bank national reserve monetary")
MINISTRY_WORDS = words("ministry department")

# Ministers and secretaries stand for their ministry: "vice minister of Foreign Trade",
# "Finance Minister X", "Commerce Secretary X".
MINISTER_WORDS = words("minister ministers secretary")

# EU member states: an EU body's credit carries to their figures.
EU_MEMBERS = words(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
)


def stem(word: str) -> str:
    """A crude stem that makes "statistical" and "statistics" one word."""
    return word.lower()[:7]


@cache
def name_stems(org: Any) -> frozenset[str]:
    """The word stems of an organization's name and aliases."""
    words = [org.name, *org.aliases]
    return frozenset(stem(w.strip(".,'’()")) for text in words for w in text.split())


@cache
def first_of_kind(gazetteer: Any, country: str, kind: str) -> Any:
    """The first organization of a kind in a country (the file lists the main one first)."""
    for org in gazetteer.organizations:
        if org.country == country and org.kind == kind:
            return org
    return None


# Nouns between a credited name and its verb: "Ministry of Finance data showed".
DATA_NOUNS = frozenset(("data", "figures", "statistics", "numbers", "report", "'s", "’s"))

# What a market report moves, by its instrument or the good traded: "Cotton futures rose",
# "The Canadian dollar weakened", "Shares of U.S. homebuilders rose", "USD/INR", "Gold edges
# up", "Palm oil climbs 1.1%" (prices alone are a statistic's too: "Consumer prices rose").
MARKET_NOUNS = words(
    "futures contract contracts shares stocks stock index indexes yields yield bonds "
    "treasuries pair dollar dollars yen euro sterling pound rupee rupiah yuan renminbi ringgit "
    "won peso rand real lira krona krone franc zloty forint bitcoin currency oil crude brent "
    "wti gold silver platinum palladium copper aluminium aluminum zinc nickel tin ore wheat "
    "corn soybeans soybean soyoil soymeal cotton sugar cocoa coffee canola rapeseed rice oats "
    "cattle hogs gasoline diesel lithium"
)
MARKET_PRICES = words("prices price")
# Verbs of a market's move: "Platinum futures rose on Wednesday after ...".
MARKET_MOVES = words(
    "rise rises rose rising climb climbs climbed fall falls fell slip slips slipped ease eases "
    "eased edge edges edged firm firms firmed gain gains gained extend extends extended slide "
    "slides slid drop drops dropped jump jumps jumped rally rallies rallied weaken weakens "
    "weakened strengthen strengthens strengthened steady steadies steadied hold holds held "
    "tumble tumbles tumbled surge surges surged advance advances advanced decline declines "
    "declined retreat retreats retreated sink sinks sank dip dips dipped plunge plunges "
    "plunged soar soars soared lost lose loses"
)
# Words that open the cause of a market's move: "rose after the USDA said", "slip as StatCan
# lifts its estimate", "supported by government data showing".
MOVE_CAUSES = words("after as following on amid")
MOVE_CAUSE_PARTICIPLES = words(
    "supported pressured weighed lifted boosted buoyed helped dragged hit underpinned"
)

# A ranking of trade partners: "Singapore was the largest source of investment, followed by
# Japan", "The US remained the top destination", "the top three buyers".
RANK_WORDS = words("largest biggest top main leading major")
PARTNER_NOUNS = words(
    "source sources destination destinations buyer buyers supplier suppliers partner partners "
    "importers customers purchasers "
    "market markets origin"
)
