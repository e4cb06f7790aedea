"""Word lists, label tables and patterns that the record builder reads."""

from __future__ import annotations

import re

from ..components import CUE_KEYS

# Phrases of period texts: "in the year to June", "between May and June", a range.
YEAR_TO = re.compile(r"\b(year|12 months|twelve months|12-month)\s+(to|ending|ended)\b")
BETWEEN = re.compile(r"between (.+?) and (.+)$")
RANGE_WORDS = re.compile(r"\bto\b|\bthrough\b|\buntil\b|\w[-–]\w")


def words(text: str) -> frozenset[str]:
    """A word set written as one space-separated string."""
    return frozenset(text.split())


CHANGES, BASES, QUALIFIERS, CREDITS, MARKERS = (
    CUE_KEYS[name]
    for name in (
        "changes.jsonl",
        "bases.jsonl",
        "qualifiers.jsonl",
        "credits.jsonl",
        "markers.jsonl",
    )
)

DIRECTIONS = {"INCREASE": "increase", "DECREASE": "decrease", "NEUTRAL": None}

BASES_BY_LABEL = {
    "YEAR_ON_YEAR": "year_on_year",
    "MONTH_ON_MONTH": "month_on_month",
    "QUARTER_ON_QUARTER": "quarter_on_quarter",
    "PERIOD_ON_PERIOD": "period_on_period",
}

QUALIFIERS_BY_LABEL = {
    "MORE_THAN": "more_than",
    "LESS_THAN": "less_than",
    "APPROXIMATELY": "approximately",
    "UP_TO": "up_to",
    "AT_LEAST": "at_least",
}

# Words that end a sentence-final abbreviation rather than a sentence.
ABBREVIATIONS = words(
    "u.s. u.k. u.n. e.u. mr. mrs. ms. dr. st. no. nos. inc. co. corp. ltd. jan. feb. mar. "
    "apr. jun. jul. aug. sep. sept. oct. nov. dec. e.g. i.e. vs. approx. fig. est. govt. "
    "dept."
)

# Words after a number that make it a label, not a measurement ("Table 3" reads the other way).
LABEL_WORDS = words(
    "table tables figure figures chart note notes section sections chapter page pages "
    "annex article paragraph appendix box phase tier level grade round stage step version "
    "model no number item line route room vol volume part grades band bands decile deciles "
    "quintile quintiles"
)

TIME_UNITS = words(
    "day days week weeks month months quarter quarters year years decade decades hour "
    "hours minute minutes"
)

STREAK_WORDS = words(
    "consecutive straight successive running row ago earlier later after before old"
)

SPAN_LEAD_WORDS = words("past last next first within over for since during in")

AGE_WORDS = words("aged age ages")

#: Comparatives after a figure that say which way it differs: "0.2 points faster than in May",
#: "3% less than a year earlier".
MORE_COMPARATIVES = words("more higher greater bigger larger faster stronger")
LESS_COMPARATIVES = words("less lower fewer smaller slower weaker")
COMPARATIVES = MORE_COMPARATIVES | LESS_COMPARATIVES
# What an amount is per, written after it: "$4.96 a share", "$80 a barrel".
PER_UNITS = words("share barrel tonne ton ounce gallon kg kilogram unit")

#: Nouns after an issuer's name that make the name a security's: "Treasury notes".
SECURITY_NOUNS = words("note notes bond bonds bill bills yield yields securities gilts")

#: Words between a count and the things it counts as added: "two more cuts", "eight new funds".
ADDED_WORDS = words("more new additional further fewer")
COPULAS = words("was were is are")

# Words before a count that heads a clause counting the rest of a split group: "14 expected a
# hold, while two forecast a cut", "the other three had expected".
SPLIT_LEADS = words("while whereas and with other , ;")
# Words right before a count that heads such a clause: "the remaining four forecasting a cut".
COUNT_LEADS = SPLIT_LEADS | words("remaining")
# Verbs and auxiliaries such a count heads (besides participles): "two forecast a cut".
_CLAUSE_VERBS = words(
    "forecast forecasts expect expects see sees saw want wants favour favours favor favors "
    "predict predicts had have has did would said say says seen thought"
)


def is_clause_verb(word: str) -> bool:
    """Whether a lower-case word reads as the verb of a clause: a participle or a listed verb."""
    return word.isalpha() and (word.endswith(("ed", "ing")) or word in _CLAUSE_VERBS)


_GERUNDS = {
    "saw": "seeing",
    "see": "seeing",
    "sees": "seeing",
    "seen": "seeing",
    "said": "saying",
    "thought": "thinking",
}


def gerund(verb: str) -> str:
    """The -ing form of a clause verb: "expected" -> "expecting", "forecasts" -> "forecasting"."""
    if verb.endswith("ing"):
        return verb
    if verb in _GERUNDS:
        return _GERUNDS[verb]
    if verb.endswith("ed"):
        return verb[:-2] + "ing"
    return verb.removesuffix("s") + "ing"


def heads_clause(lower: tuple[str, ...] | list[str], s: int, e: int) -> bool:
    """Whether the count at tokens `s`..`e` heads a clause of a split group: "..., while two
    forecast a cut", "the other three had expected"."""
    return s > 0 and e < len(lower) and lower[s - 1] in COUNT_LEADS and is_clause_verb(lower[e])


def splits_group(lower: tuple[str, ...] | list[str], t: int) -> bool:
    """Whether the count at token `t` splits a group: "eight of its 12 districts", "14
    expected a hold", "seven members voted"."""
    nxt = lower[t + 1] if t + 1 < len(lower) else ""
    if nxt == "of" or is_clause_verb(nxt):
        return True
    return nxt.endswith("s") and t + 2 < len(lower) and is_clause_verb(lower[t + 2])


ORG_WORDS = words(
    "agency bureau ministry department office institute bank council commission "
    "administration authority board statistics association federation fund organization "
    "organisation centre center secretariat service institution corporation confederation"
)

NAME_CONNECTORS = words("of and for the on & de")

# Verbs and copulas that close the subject of a clause.
PREDICATE_WORDS = words(
    "was were is are be been being reached reach reaches totalled totaled totals total "
    "amounted amounts stood stands remained remains accounted accounting accounts hit "
    "hits has have had saw sees see recorded records registered came comes averaged "
    "averaging averages exceeded exceeds surpassed represented represents made makes "
    "marks marked provided showed shows outpacing outpaced will would traded trades closed "
    "settled hovered achieved earned generated ran runs operated operates sits sat lies"
)

# Verbs of a level a change arrives at: "fell 3% to reach 2.08 million", "rising 2%,
# reaching 695 TWh", "climbed 3.1% to hit a record 45.2 million".
REACH_WORDS = words("reach reaching hit hitting touch touching stand standing settle settling")
# Participles that open a clause of their own after a comma: "fell 0.2% to $48.3 billion,
# leaving a surplus of $4.3 billion" (the surplus is not in the list of the fall).
PARTICIPLE_OPENERS = words(
    "leaving bringing taking pushing lifting putting making giving sending driving dragging "
    "pulling keeping marking raising cutting boosting lowering resulting reaching hitting"
)

SUBJECT_BOUNDARY = words(
    "that which while whereas where when with as but because although though "
    '; : — – - ( ) " “ ” among'
)

LEADING_NOISE = re.compile(
    r"^(?:(?:the|a|an|its|their|this|these|those|of|and|in terms of|among|whereas|while|but|"
    r"however|meanwhile|also|overall|in addition|firstly|secondly|thirdly|finally|that|"
    r"in contrast|by contrast|at the same time|as a result|similarly|in practice|in particular|"
    r"likewise|separately|in total|of which|on the other hand|on the one hand|in order of their "
    r"contribution|the first time|first time|for the first time|kept|keeps|held|holds|left|"
    r"leaves|maintained|set|in|for|with|by)"
    r"\b[\s,]*)+",
    re.IGNORECASE,
)

TRAILING_NOISE = re.compile(
    r"(?:[\s,]+(?:was|were|is|are|has|have|had|been|also|both|overall|estimated to be|and|or|"
    r"nevertheless|nonetheless|however|still|meanwhile|though|instead|"
    r"which|that|respectively|of the|of|,))+$",  # "voting members of the" (a body named after)
    re.IGNORECASE,
)

LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+")

# The dateline that opens wire copy: "TOKYO, Feb 27 -", "LONDON, 5 Nov 2024 (Reuters) -",
# "WASHINGTON (Reuters) -", "11:30 AM EST, 12/03/2025 (MT Newswires) --", "Investing.com --".
DATELINE = re.compile(
    r"^(?:"
    r"[A-Z][A-Z .'&-]{1,40}, (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)"
    r"(?:,? \d{4})?(?: \([A-Z][\w .&-]{1,30}\))? ?[-–—]{1,2}"
    r"|[A-Z][A-Z .'&-]{1,40} \([A-Z][\w .&-]{1,30}\) ?[-–—]{1,2}"
    r"|\d{1,2}:\d{2} ?[AaPp]\.?[Mm]\.? [A-Z]{2,4}, \d{1,2}/\d{1,2}/\d{2,4}"
    r" \([^)]{2,40}\) ?[-–—]{1,2}"
    r"|[A-Z][\w-]+\.com ?[-–—]{1,2}"
    r")"
)


# Pseudo span keys for the per-token index of periods, agencies and quantities.
PERIODS_TOKENS = "_periods"

AGENCY_TOKENS = "_agencies"

QUANT_TOKENS = "_quantities"

WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")
MONTH_WORDS = words(
    "january february march april may june july august september october november december"
)

CREDIT_VERBS = words("said says reported reports showed shows show according")

AUXILIARY_FILLERS = words(
    "also then therefore further only to estimated expected seasonally not been being "
    "edged inched ticked moved crept went"
)

ANAPHORS = words("it this that these those the its")

SHARE_WORDS = words("share shares proportion stake weight")

PHRASE_STOP = words(
    "following after before versus against compared relative from to than year on and was "
    "were is are for as at since over while but which with"
)

QUARTER_NAMES = re.compile(r"quarter|\bQ[1-4]\b|\b[1-4]Q\b|\bH[12]\b", re.IGNORECASE)

ANAPHORIC_PERIOD = re.compile(
    r"^(?:in|for|during|over)?\s*the (?:month|quarter|year|period|week|fortnight)$", re.I
)

COMPARISON_LEAD = re.compile(
    r"^(?:when\s+|as\s+)?(?:compared\s+(?:with|to)|relative\s+to|from|since|than|against|versus|"
    r"vs\.?|on|over|with)\s+",
    re.IGNORECASE,
)

STOCK_INDEXES = words("sensex nifty dow nasdaq nikkei ftse dax cac kospi hang stoxx topix")

#: Words that name an index, whose bare numbers are readings ("Business confidence rose to
#: 58.9" is a reading of a confidence index).
INDEX_WORDS = words(
    "index indices indicator indicators barometer gauge confidence sentiment optimism pmi cpi "
    "ppi sensex nifty dow nasdaq nikkei ftse dax cac kospi hang stoxx topix benchmark"
)

FORECAST_WORDS = words(
    "expected expect expects expecting forecast forecasted forecasting predicted predict "
    "projected anticipated"
)

TARGET_WORDS = words("target targets goal goals ceiling projection forecast")

CLAUSE_OPENERS = words("as while when because whereas but which where although")

SHARED_HEADS = words(
    "prices sales exports imports output production rates index indices costs spending "
    "volumes shares stocks inventories reserves holdings shipments deliveries receipts "
    "generation emissions arrivals registrations dispatches collections"
)

# Words that only qualify a noun, for lists that share one: "urban and rural residents".
MODIFIER_WORDS = words(
    "urban rural male female core headline domestic foreign fixed mobile public private "
    "new used adult youth overall total net gross"
)
_MODIFIER_ENDINGS = ("al", "ic", "ian", "ean", "ese", "ish", "ern", "ary", "ive")


def modifier_word(word: str) -> bool:
    """Whether a word qualifies a noun rather than names one: a possessive ("women's"), an
    adjective of place or kind ("Nordic", "Iberian", "rural"), or a listed modifier."""
    w = word.lower()
    if w.endswith(("'s", "\u2019s", "s'")):
        return True
    return w in MODIFIER_WORDS or (len(w) > 4 and w.endswith(_MODIFIER_ENDINGS))


INTRO_PREPOSITIONS = words(
    "during in on at for from after before since according as by under over "
    "following despite unlike within throughout"
)

EVENT_WORDS = words(
    "festival summit plan forum congress games initiative programme program conference "
    "expo fair session anniversary"
)

FORECASTERS = words(
    "economists analysts forecasters consensus markets market traders officials polls poll"
)

#: Who guesses at a figure, and the verbs of the guess: the clause after them names what is
#: guessed ("Traders estimate China has booked 4 million tons", "Industry executives see e-2W
#: sales ending FY26 at 1.3 million units"), not who guessed.
#: (Not "consensus", "market" or "poll": "the consensus forecast of 0.3%" is a noun phrase.)
SPEAKERS = (FORECASTERS - words("consensus market poll polls")) | words(
    "executives dealers brokers participants observers insiders sources experts bankers "
    "industry analyst economist trader"
)
OPINION_VERBS = words(
    "estimate estimates believe believes reckon reckons think thinks expect expects see sees "
    "feel feels suspect suspects calculate calculates predict predicts project projects "
    "forecast forecasts anticipate anticipates"
)

NP_STOP = words("by from to with than as was were is are be been driven led")

QUALIFIER_VERBS = words("exceed exceeded exceeds exceeding surpassed surpasses topped tops")

# Verbs of small moves in the present tense of headlines: "Home builder sentiment ticks up to 39".
HEADLINE_MOVES = words(
    "tick ticks edge edges inch inches creep creeps move moves go goes shoot shoots"
)

# Verbs that keep a level where it was: "the Riksbank holds rate at 1.75%", "kept its repo rate
# at 6.50%". The figure after their "at" is their object's level, moved by nothing before them.
HOLD_VERBS = words(
    "hold holds held holding keep keeps kept keeping leave leaves left leaving maintain "
    "maintains maintained maintaining"
)

BARE_HEADS = words("index indices rate series price prices figure measure gauge sales supply pair")

NOT_NAME_WORDS = words(
    "relative compared according unchanged equal first time revised previously said "
    "reported including"
)

AUXILIARIES = words("was were is are be been has have had will would")

#: Units of rates and of their changes: "percent", "percentage points", "basis points".
RATE_UNITS = frozenset(("percent", "percentage_point", "basis_point"))

STOPWORDS = words(
    "a an the of in on at to for by with from as and or but before after while since than "
    "also still although though which that this these those it its there here first time "
    "not only just so both each respectively"
)

GENERIC_COUNT_NOUNS = words("units unit people persons times points per pieces piece")
# Verbs of a country that buys a figure: "Japan took 118.3 mln dlrs", "China bought 1.1 mln".
BUYING_VERBS = words("took takes bought buys imported imports purchased")
# Words that count in units of a thing named elsewhere: "2.66 lakh units", "428.3 million heads".
COUNTING_UNITS = words(
    "heads head units pieces teus teu sets bags bag bales bale sacks contracts lots"
)

POST_CUE_STOP = words(
    "from to than in on a an the following after with by of and or compared while but for "
    "as since before when which"
)

LIST_GLUE = words(", and or ( ) - – / by respectively both")

FUNCTION_WORDS = words("in on from and but after before with for at by as while")

PRONOUNS = words("it this that they which these those he she we")

# Nouns of a move of a policy rate: "a quarter-point cut", "a 25-basis-point hike".
RATE_MOVES = words("cut cuts hike hikes reduction reductions")
#: Plural nouns of moves that are counted: "153,074 job cuts", "two rate hikes".
COUNTED_MOVES = words("cuts hikes reductions")

# Nouns of the odds of an event: "a 68% chance of another cut".
ODDS_NOUNS = words("chance chances probability odds likelihood")

GENERIC_SUBJECTS = words("output prices sales production growth")

#: Ordinal words, which spaCy's `like_num` counts as numbers: "a second consecutive year".
ORDINALS = words(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth 1st "
    "2nd 3rd 4th 5th 6th 7th 8th 9th 10th 11th 12th"
)

#: Past participles not ending in -ed: "4,100 homes were sold".
IRREGULAR_PARTICIPLES = words(
    "sold built made born paid held taken given found seen shown sent bought brought kept "
    "issued spent won"
)


def is_participle(word: str) -> bool:
    """Whether a lowercase word reads as a past participle ("registered", "sold")."""
    return word.endswith("ed") or word in IRREGULAR_PARTICIPLES


#: Nouns of a change whose estimates a sentence may give: "April's gain was revised to 0.2%",
#: "Third-quarter growth was initially reported at 0.4%".
ESTIMATED_CHANGE_NOUNS = frozenset(
    "gain gains rise rises increase increases decline declines drop drops fall falls decrease "
    "decreases growth contraction".split()
)
