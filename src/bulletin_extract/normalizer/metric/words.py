"""Word lists of the metric rules (the shared lists are in `..vocabulary`)."""

from __future__ import annotations

from ..vocabulary import words

# Verbs that state a figure but are not change cues: "posted a 2% gain", "peaked at 7%".
FIGURE_VERBS = words(
    "posted posts post logged logs peaked peaks touched touching touches topped tops "
    "put puts putting stand standing came amounting cut cuts raised raises lowered lowers hiked "
    "trimmed took takes bought buys brought brings fetched fetches yielded netted grossed "
    "ranged ranges ranging varied cost costs"
)

# Words that name no indicator on their own: "the picture", "the estimate", "as a whole".
GENERIC_WORDS = words(
    "picture estimate estimates estimated whole contribution contributions out figure figures "
    "reading readings forecast forecasts pace rate rates level levels number total amount "
    "value values result results data gain gains increase increases rise rises fall falls "
    "decline declines drop drops growth change changes well one ones both all part share "
    "thing things term terms basis period periods month months quarter year record high low "
    "peak average expectation expectations consensus projection prediction most many some now"
)

# Modifiers that leave a generic word generic: "the previous estimate", "a 4.2% annualized pace".
GENERIC_MODIFIERS = words(
    "previous prior earlier latest last initial first second third final current new same "
    "annual annualized annualised monthly quarterly respective overall official officially "
    "stated revised preliminary provisional flash consensus seasonally adjusted strong weak "
    "sharp slight modest marginal solid steady further considerable significant largest "
    "biggest smallest highest lowest big small this that these those such an a the its their "
    "his her our of for in on same whole upward downward total expected estimated median headline"
)

# Words that show a phrase runs into a clause: a finite verb or a modal.
CLAUSE_WORDS = words(
    "was were is are be been being has have had will would could should may might can must "
    "continued continues continue came comes come put puts excludes exclude includes having "
    "saw sees said says showed shows reported reports set sets looking looked suggests "
    "suggested made makes helped helps led leads drove drives driven remains remained "
    "accounted accounts contributed contributes marked marks pointed pointing expect expects "
    "predict predicts held holds stayed stays settled settles hovered hovers seen indicates "
    "indicate signals means"
)

# Prepositions that add a breakdown to an indicator: "exports to Germany", "prices in Wales".
BREAKDOWN_PREPOSITIONS = words("in to for with from among across within")

# Words that cannot open a breakdown's name ("in the year", "for the month").
NOT_PLACES = words(
    "the a an terms real value volume addition total which part this that its their these "
    "those line order contrast particular comparison response recent"
)

# Lower-case names of groups that a figure can be broken down by: "for men", "for first-time
# buyers" (a hyphenated word such as "non-EU" or "owner-occupiers" also counts).
GROUP_WORDS = words(
    "men women adults children youth households homeowners buyers renters tenants owners "
    "workers employees exporters importers firms companies businesses retailers farmers "
    "countries economies nations markets regions areas states members provinces"
)

# Words between a bracket and the figures inside it: "(15.4% vs 17.3% in November)".
BRACKET_GLUE = words("vs vs. versus and or to from in compared with against , - –")

# Words that open an aside between commas: "The PMI, which measures ..., rose".
ASIDE_OPENERS = words("the a an one which who whose its their his her also")

# Verbs that end a subject when they follow it, though they can open a name ("revised data").
TAIL_VERBS = words("revised rising falling climbing tumbling growing adding standing")

# Nouns for a point or band of some indicator named elsewhere: "a peak of 73%", "a range of".
POINT_HEADS = words("peak high low trough range weight band ceiling floor")

# Balances named as a level, though a change word elsewhere: "a trade deficit of 11.9 billion".
BALANCE_NOUNS = ("deficit", "deficits", "surplus", "surpluses", "shortfall", "gap")

# Verbs whose object, before "at", names the figure: "the data show X at", "left X at".
CREDIT_OBJECT_VERBS = words(
    "show shows showed shown put puts putting estimate estimates estimated recorded records "
    "left leaves kept keeps held holds set sets maintained pegged with"
)

# Verbs that display figures: after them "to" and "of" also close the object ("figures show
# a surplus of 53 mln").
SHOW_VERBS = words("show shows showed shown showing")

# Nouns for a body of data that a display verb has as subject.
DATA_NOUNS = words("figures data series numbers statistics estimates")

# Modifiers of a group's name: "for existing owners", "to new buyers".
GROUP_MODIFIERS = words("existing new private public small large")

# Function words that cannot end an indicator's name.
TAIL_WORDS = words(
    "of for in on at to by with from all and or the a an its their as than unchanged steady "
    "stable flat now more less nearly almost about"
)

# Words in -ed before a figure that are not its verb: "a seasonally adjusted 0.7% rise".
NOT_PAST_VERBS = words(
    "adjusted revised expected estimated forecasted projected anticipated unrevised combined "
    "annualized annualised"
)

# Conjunctions that open a clause, not a name: "though it remained at".
LEAD_WORDS = words("though although while whereas but and as because since so yet even")

# Words in -ly that are not adverbs.
NOT_ADVERBS = words(
    "monthly quarterly yearly weekly hourly daily nightly early elderly family anomaly rally "
    "likely only seasonally"
)

# Verbs of shares: "X accounted for 44% of Y", "X makes up two-thirds of Y", "X provided 55% of Y",
# "X covered 38% of Y".
SHARE_VERBS = words(
    "account accounts accounted accounting make makes made making represent represents "
    "represented representing comprise comprises comprised provided provides providing "
    "constitute constitutes constituted supplied supplies supplying cover covers covered "
    "covering contribute contributes contributed contributing"
)

# Words between a verb of shares and its figure: "accounts for just over 15%".
SHARE_VERB_FILLERS = words(
    "just over around about almost nearly more less than some roughly approximately a an the"
)

#: Prepositions that open a phrase set off by a comma before a clause's subject: "Among the
#: provinces, Jiangsu, Gansu and Guangdong produced ...", "By state, Maharashtra ...",
#: "Under the use-based classification, ...".
SET_OFF_OPENERS = words("by among of within under across for in on")
