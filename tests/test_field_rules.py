"""The rules behind `direction`, `basis` and `period`, one case table per class of error.

Every sentence here is written for this table, in the wording of other publishers than the
ones a rule was first seen in, so that a class is fixed rather than one sentence. A case names
the text, the number, and the expected field; known gaps are `xfail(strict=True)`.
"""

from __future__ import annotations

from typing import Any

import pytest

from bulletin_extract import Record, extract
from bulletin_extract.periods import iso

REF = "2024-09-01"


def record(text: str, mention: str, ref_date: str = REF) -> Record:
    """The one record whose text is `mention`."""
    found = [r for r in extract(text, ref_date=ref_date) if r.text == mention]
    assert len(found) == 1, [r.text for r in extract(text, ref_date=ref_date)]
    return found[0]


def case(text: str, mention: str, expected: Any, id: str, gap: str | None = None) -> Any:
    marks = pytest.mark.xfail(strict=True, reason=gap) if gap else ()
    return pytest.param(text, mention, expected, id=id, marks=marks)


# fmt: off
# --- direction ---------------------------------------------------------------------------

# Items of a list that share the first item's verb: a breakdown named "those with ...", and a
# second level reached after the first one's previous value ("... from 6.4% and to 8.2%").
ITEMS_SHARING_A_VERB = [
    case("Orders placed with machinery makers rose 3.4% in May, those with chemical producers "
         "1.9% and consumer goods orders 0.6%.", "1.9%", "increase", "those-with-a-breakdown"),
    case("Orders placed with machinery makers rose 3.4% in May, those with chemical producers "
         "1.9% and consumer goods orders 0.6%.", "0.6%", "increase", "the-item-after-it"),
    case("The vacancy rate fell to 4.1% in Leeds from 4.6% and to 5.3% in Bristol from 5.9%.",
         "5.3%", "decrease", "a-second-level-after-a-previous-value"),
    case("The vacancy rate fell to 4.1% in Leeds from 4.6% and to 5.3% in Bristol from 5.9%.",
         "5.9%", None, "its-previous-value"),
    case("Net income rose to $512 million, or $1.12 a share, from $431 million, or 94 cents a "
         "share, a year earlier.", "94 cents", None, "a-previous-value-restated"),
]

# A gapped item ("..., and B 3.2%") shares the verb before it however its name is told: past a
# period after the level reached, with a participle naming a product, by the preposition the
# subject was named by, as "those from ...", or after a list closed by "respectively".
GAPPED_ITEMS_AT_LENGTH = [
    case("Cement despatches grew 8.1 per cent to 38.2 mt in the quarter, and clinker sales 5.5 "
         "per cent to 9.1 mt.", "5.5 per cent", "increase", "past-a-period"),
    case("Cement despatches grew 8.1 per cent to 38.2 mt in the quarter, and clinker sales 5.5 "
         "per cent to 9.1 mt.", "9.1 mt", "increase", "past-a-period-its-level"),
    case("Copper cathode output slipped 2.8 pct to 1.46 mln tonnes and refined lead products "
         "1.9 pct to 310,000 tonnes.", "1.9 pct", "decrease", "a-participle-naming-a-product"),
    case("Card spending at restaurants climbed 3.8% from a year earlier, and at hotels 2.9%.",
         "2.9%", "increase", "named-by-the-subjects-preposition"),
    case("Arrivals from Germany climbed 14.2 pct from a year earlier to 61,300 and those from "
         "the United Kingdom 6.8 pct to 40,100.", "6.8 pct", "increase",
         "those-from-after-a-level"),
    case("Sales in Ohio and Texas fell 2.1% and 1.7%, respectively, and Florida 0.9%.", "0.9%",
         "decrease", "after-respectively-and"),
    case("Car exports fell 6.1% and those of spare parts, tyres, engines, gearboxes and other "
         "components 2.3%.", "2.3%", "decrease", "those-of-a-long-list"),
    case("Hotel nights in the capital dropped 3.3 percent and those in the coastal, mountain, "
         "lake and other rural regions 0.9 percent.", "0.9 percent", "decrease",
         "those-in-a-long-list"),
    # not a gapped item: a clause of its own, or a value compared
    case("Orders from shipyards rose 12.5 and 4.1 pct respectively, but the rail sector placed "
         "3.3 pct less.", "3.3 pct", "decrease", "a-clause-after-respectively-keeps-its-own"),
    case("Gas send-out from Dutch terminals slipped to 212 mcm/d on Tuesday, from an average of "
         "236 mcm/d last week.", "236 mcm/d", None, "a-value-compared-is-no-item"),
    case("Wine exports rose 2.2%, and those of beer, cider, spirits, juices and soft drinks "
         "made up 1.4% of the total.", "1.4%", None, "a-long-item-with-its-own-verb"),
]

# An item that leaves out the verb and keeps only "by" and its figure shares the change of the
# figure before it in its unit, however long its name ("..., and foreign-funded firms, including
# those from A, B and C, by 3.9 percent"); a clause with a verb of its own does not.
ITEMS_WITH_ONLY_BY = [
    case("Car sales fell by 2.1% in March, and those of light trucks, which account for half of "
         "the market, by 0.7%.", "0.7%", "decrease", "past-a-relative-clause"),
    case("Output of coal rose by 3.2 percent, while that of crude oil, including shale and "
         "offshore fields, by 1.5 percent.", "1.5 percent", "increase", "past-an-including"),
    case("Imports from Germany dropped 5.5% and those from the 27-member European Union as a "
         "whole, excluding France, Italy and Spain, by 2.2%.", "2.2%", "decrease",
         "past-an-excluding-list"),
    case("Wheat stocks climbed by 12,000 tonnes and barley stocks, which had been low, by 8,000 "
         "tonnes.", "8,000 tonnes", "increase", "a-relative-clause-with-its-own-verb"),
    case("Hourly wages rose by 0.9% on the month in May 2025 and total compensation by 0.6%.",
         "0.6%", "increase", "past-a-period-and-a-total"),
    case("Freight volumes in the north eased by 4.4 percent and those in the power generation, "
         "mining and quarrying and water supply sectors by 1.8 percent.", "1.8 percent",
         "decrease", "a-long-name"),
    # past a comparison whose object is a period: the item is no earlier value
    case("Shipments slipped by 0.8% compared with the prior six months, and by 1.9% against "
         "the same half of last year.", "1.9%", "decrease", "past-a-compared-period"),
    case("Exports rose 3% compared with the previous three months, and imports by 1.2%.",
         "1.2%", "increase", "past-a-compared-period-with-a-name"),
    # not an item of the change before: a verb of its own, or a new sentence
    case("Revenue rose 4% and exceeded the target by 1%.", "1%", None, "a-verb-of-its-own"),
    case("Tariffs cut imports by 16%. Only Malta used more gas than before, by 3%.", "3%", None,
         "another-sentence"),
    case("Rents rose 4.1% in June and the council said landlords were hit by 2.0%.", "2.0%",
         None, "a-predicate-of-its-own"),
]

# Verbs of a cut in the present and infinitive forms headlines and plans are written in: the
# level reached falls; the level it came from has no direction.
CUT_VERBS_IN_ALL_FORMS = [
    case("Norway's central bank trims key rate to 3.75% on cooling wages", "3.75%", "decrease",
         "trims-to"),
    case("The utility will trim its dividend to 40 cents from 52 cents a share.", "40 cents",
         "decrease", "trim-to"),
    case("The utility will trim its dividend to 40 cents from 52 cents a share.", "52 cents",
         None, "trim-from"),
    case("Chile's central bank slashes policy rate to 4.5% as inflation cools", "4.5%",
         "decrease", "slashes-to"),
    case("Ministers plan to halve the levy on heating oil to 5% from 10% in 2027.", "5%",
         "decrease", "halve-to"),
    case("Ministers plan to halve the levy on heating oil to 5% from 10% in 2027.", "10%", None,
         "halve-from"),
    case("Lenders slash fixed mortgage rates to 3.9% ahead of the spring season", "3.9%",
         "decrease", "slash-to"),
]

# A sentence about the estimates of a change it names as its subject ("The April gain was
# initially reported at 0.8%") gives the estimates that change's direction; a value an estimate
# was revised from keeps none, and a figure not named as a change takes none.
ESTIMATES_OF_A_NAMED_CHANGE = [
    case("The April gain was initially reported at 0.8%.", "0.8%", "increase",
         "a-gain-first-reported-at"),
    case("The February decline was originally put at 0.6 pct, the office said.", "0.6 pct",
         "decrease", "a-decline-originally-put-at"),
    case("June's drop was previously reported as 2.4%.", "2.4%", "decrease",
         "a-drop-previously-reported-as"),
    case("The April rise was revised up to 1.3% from 1.1%.", "1.1%", None,
         "the-value-an-estimate-moved-from"),
    case("The April figure was revised to 1.3%.", "1.3%", None, "a-figure-is-no-change"),
]

# A change, the period it is compared with, then the level it reached after a comma: the level
# takes the change's direction, as it would without the period in between.
LEVEL_PAST_A_COMPARED_PERIOD = [
    case("Thefts reported to councils fell by 6% compared with the year to June 2023, to "
         "48,200.", "48,200", "decrease", "compared-with-a-year-to"),
    case("Ticket sales grew 11% compared to 2022, to 3.4 million.", "3.4 million", "increase",
         "compared-to-a-year"),
    case("Exports of wool rose 8% against the first quarter of 2024, to $612 million.",
         "$612 million", "increase", "against-a-quarter"),
    case("Output of bricks fell by £31 million (4.4%) in June 2025 compared with May 2025, to "
         "£674 million.", "£674 million", "decrease", "past-a-restated-change"),
    case("Exports of wool rose 8% against 2023 levels, to $612 million.", "$612 million",
         None, "against-a-noun-is-not-only-a-period"),
    case("Sales rose 3% compared with 2.5% a month before.", "2.5%", None,
         "a-compared-value-keeps-none"),
]

# A level restated in another unit after ", or" and then compared ("34% of capacity, or about
# 20 bcm, down from 58%"): the comparison is the level's, past the restatement, and a level set
# against its earlier value has no basis.
LEVEL_RESTATED_BEFORE_ITS_COMPARISON = [
    case("Joblessness was 6.2%, or 2.1 million people, up from 5.9% a year before.", "6.2%",
         "increase", "rate-restated-as-a-count"),
    case("Dam levels stood at 41% of capacity, or roughly 3.3 bcm, down from 63% in 2023.",
         "41%", "decrease", "share-restated-as-a-volume"),
    case("Dam levels stood at 41% of capacity, or roughly 3.3 bcm, down from 63% in 2023.",
         "63%", None, "the-value-compared-keeps-none"),
]

# A sentence about the estimates of a change it opens with ("Third-quarter growth was initially
# reported at 0.4%"), maybe past that change's period, gives the estimates its direction.
ESTIMATES_OF_A_CHANGE_AS_THE_SUBJECT = [
    case("Output grew 1.1% in the quarter. Third-quarter growth was initially reported at 0.4%.",
         "0.4%", "increase", "growth-as-the-subject"),
    case("Exports rose 4.0% in May. Growth in April was first put at 2.2%.", "2.2%", "increase",
         "past-the-change's-period"),
    case("Sales fell 2% in May. The decline in the first quarter was revised to 1.1%.", "1.1%",
         "decrease", "past-a-longer-period"),
    case("Output grew 1.1% in the quarter. The jobless rate was initially reported at 4.4%.",
         "4.4%", None, "a-level-first-reported-names-no-change"),
    case("Output grew 1.1% in the quarter, revised up from a first estimate of 0.9%.", "0.9%",
         None, "the-estimate-revised-from-keeps-none"),
    case("Loans grew 3% in June. May growth was revised down from an initially reported 2.6%.",
         "2.6%", None, "the-subject's-estimate-revised-from-keeps-none"),
]

# A change word written after a list's or a range's last figure is every item's.
ITEMS_BEFORE_A_COMPARATIVE = [
    case("Butter and cheese were 5.2% and 1.8% dearer respectively.", "5.2%", "increase",
         "list-before-dearer"),
    case("Export prices were 7 to 8 pct lower than a year before.", "7", "decrease",
         "range-before-lower"),
    case("Rice and maize prices were 3% and 4% higher, respectively, than in 2022.", "3%",
         "increase", "list-before-higher-respectively"),
    case("Prices rose 2%, and 4% and 5% higher wages followed.", "2%", "increase",
         "an-item-with-its-own-change-keeps-it"),
    case("Prices were 1.2% higher than in March, when the index reached 150.2 and 3.1% higher "
         "than the peak of 2019.", "150.2", None, "a-bare-level-listed-before-a-change"),
    case("The mean age of farmers in 2024 was 51.6 years, 0.3 years higher than a year before.",
         "51.6 years", None, "a-level-beside-its-change-is-no-item"),
    case("Rents ranged between 610 euros and 640 euros in May, about 12 euros lower than in "
         "April.", "640 euros", None, "a-range-beside-a-change-after-a-comma"),
    case("Snowfall in January and February was 4% and 6% below average, respectively.", "4%",
         None, "below-a-norm-is-no-comparative-of-the-list"),
]

# A rate per so many ("38.2 per 10,000 firms") and then ", down from": the comparison is the
# rate's, past its base.
RATE_PER_BASE_COMPARED = [
    case("The closure rate in 2024 was 61.3 per 10,000 shops, down from 64.0 per 10,000 in "
         "2023.", "61.3", "decrease", "per-base-down-from"),
    case("The death rate was 9.1 per 1,000 people, up from 8.7 per 1,000 a decade before.",
         "9.1", "increase", "per-base-up-from"),
]

# A minus sign with no change word is its own figure's: the items and bounds after it take none.
A_SIGN_IS_ITS_OWN_FIGURES = [
    case("The office kept its forecast range for prices at -0.5% to 0.2% this year.", "0.2%",
         None, "range-after-a-negative-bound"),
    case("The bank expects deflation of -0.4% in 2025 and inflation of 0.6% in 2026.", "0.6%",
         None, "list-after-a-negative-item"),
    case("The council projected -0.1% for 2025 and 0.7% for 2026.", "0.7%", None,
         "bare-list-after-a-negative-item"),
    case("Officials see output at -1.8%, within a range of -2.6% to -0.9%.", "-0.9%", "decrease",
         "a-signed-bound-keeps-its-own-sign"),
    case("Gas generation declined by 7% (-1.9 TWh) to 25 TWh.", "25 TWh", "decrease",
         "a-level-after-a-signed-restatement-keeps-the-change"),
    case("Exports fell by -1.5% and 2.5% in July and August.", "2.5%", "decrease",
         "a-change-word-still-speaks-for-the-list"),
]

# "N% more / fewer / less" before what the clause counts: a change of that share.
SHARE_MORE_OR_LESS_OF_A_THING = [
    case("The mill shipped 4.4 pct fewer rolls of paper in May.", "4.4 pct", "decrease",
         "pct-fewer"),
    case("Ferry lines carried 6% more passengers over Easter.", "6%", "increase", "pct-more"),
    case("Schools burned a tenth less heating oil than in 2022.", "a tenth", "decrease",
         "fraction-less"),
    case("Of the firms surveyed, 30% more said prices would rise.", "30%", "increase",
         "more-as-a-pronoun"),
    case("Firms with 250 more staff were not asked.", "250", None, "a-count-is-not-a-share"),
]

DEFICIT_LEVELS = [
    case("Canada posted a trade deficit of 3.1 billion dollars in May.",
         "3.1 billion dollars", None, "deficit-named-as-level"),
    case("The budget shortfall was 41 bln rand in the first half.",
         "41 bln rand", None, "shortfall-named-as-level"),
    case("The insurer reported a net loss of 120 mln euros for 2023.",
         "120 mln euros", None, "loss-named-as-level"),
    case("The current account gap narrowed by 2.1 billion euros to 14.3 billion euros.",
         "2.1 billion euros", "decrease", "narrowed-change"),
    case("The current account gap narrowed by 2.1 billion euros to 14.3 billion euros.",
         "14.3 billion euros", "decrease", "narrowed-level-reached"),
    case("Japan's trade surplus widened by 300 billion yen in March.",
         "300 billion yen", "increase", "widened-change"),
    case("A widening of 0.8 billion pounds in the goods gap followed.",
         "0.8 billion pounds", "increase", "widening-noun"),
    case("Core inflation cooled to 2.9% in July.", "2.9%", "decrease", "cooled-to-level"),
    case("Hiring picked up to 210,000 jobs in June.", "210,000", "increase", "picked-up"),
]

LEVEL_REACHED_AFTER_DURATION = [
    case("Headline inflation eased to a seven-month low of 2.4% in August.",
         "2.4%", "decrease", "eased-to-seven-month-low"),
    case("PRICE GROWTH SLOWS TO 3-YEAR LOW AT 1.1%", "1.1%", "decrease", "headline-3-year-low"),
    case("Core inflation jumped more than a percentage point to 5.8%.",
         "5.8%", "increase", "more-than-then-to"),
]

LEVEL_AFTER_A_COMMA = [
    case("Median rents climbed 4.4%, to $1,740, in the year to March 2023.", "$1,740",
         "increase", "level-reached-after-a-comma"),
    case("Steel output slid 2.0 pct, to 8.1 mln tonnes.", "8.1 mln tonnes", "decrease",
         "level-reached-after-a-comma-wire"),
    case("Car registrations dropped 4.1% on the year in the third quarter, to 2.6 million.",
         "2.6 million", "decrease", "level-after-a-comma-past-a-basis-and-period"),
    case("Wheat exports fell for a third straight year, to 31.2 million tonnes.",
         "31.2 million tonnes", "decrease", "level-after-a-comma-past-an-ordinal"),
]

CHANGE_NOUN_AFTER_A_BASIS = [
    case("That came after a 6.2% year-on-year drop in March.", "6.2%", "decrease",
         "basis-between-number-and-noun"),
    case("Of 30 sectors, 12 posted year-on-year growth in output.", "12", None,
         "a-count-before-a-verb-is-no-change"),
    case("Output was up 4.1% year on year at constant prices.", "4.1%", "increase",
         "constant-prices-is-no-change-word"),
]

NEGATIVE_LEVELS = [
    case("The services balance improved to -4.2 from -6.0 in July.", "-4.2", "increase",
         "negative-level-reached-by-an-improvement"),
    case("The services balance improved to -4.2 from -6.0 in July.", "-6.0", None,
         "negative-value-it-came-from"),
    case("Net trade subtracted -0.4 percentage points from growth.", "-0.4 percentage points",
         "decrease", "a-signed-change-stays-a-decrease"),
    # a price, margin or balance below zero, stated as a level
    case("Balancing energy prices averaged -21 €/MWh in the quarter.", "-21 €/MWh", None,
         "a-negative-price-averaged"),
    case("The lowest hourly price of the month, -310 €/MWh, was recorded in Spain on 6 April.",
         "-310 €/MWh", None, "a-negative-price-set-off-by-commas"),
    case("The spark spread stood at 4 €/MWh, against a clean dark spread of -6 €/MWh for "
         "lignite.", "-6 €/MWh", None, "a-negative-spread-of"),
    # signed changes of amounts stay falls
    case("Employment fell in mining (-14,000) and utilities (-3,000).", "-3,000", "decrease",
         "a-signed-change-in-brackets"),
    case("Wind output fell by 15% (-11 TWh) on the year.", "-11 TWh", "decrease",
         "a-signed-amount-of-a-change"),
]

# "negative" that describes a thing below zero (a price, an hour with such prices) before its
# noun or after a verb states no fall; it signs a figure or names a change only right before
# them ("negative 0.8%", "a negative contribution").
NEGATIVE_DESCRIBES_NO_FALL = [
    case("Spot power prices were negative in 2,310 hours over the summer, up 17% on a year "
         "earlier.", "2,310 hours", None, "negative-as-a-predicate"),
    case("The count of hours with negative wholesale prices climbed to 940 in Denmark.", "940",
         "increase", "negative-before-a-noun-leaves-the-climb"),
    case("Denmark saw 518 negative-price hours in the half year.", "518", None,
         "negative-hyphened-before-its-noun"),
    case("In Austria, negative-price hours made up 6.3% of all hours, up from 4.9% a year "
         "before.", "6.3%", "increase", "negative-in-the-subject-leaves-the-rise"),
    # (but a change it names, or a figure it signs, falls)
    case("Inventories made a negative contribution of 0.2 percentage points in the quarter.",
         "0.2 percentage points", "decrease", "negative-contribution-still-falls"),
    case("The output gap was negative 1.1% last year, the fund estimated.", "1.1%",
         "decrease", "negative-before-a-figure-still-falls"),
]

# "add" that reports speech ("adding that", "added that") or names a measure ("gross value
# added", "value-added tax") moves nothing; "added" with a figure as its object still rises.
ADDED_AS_SAID_OR_NAMED = [
    case("Output held firm, the minister said, adding that shipments could reach $4 billion in "
         "2026.", "$4 billion", None, "adding-that-reports-speech"),
    case("The chief economist added that core inflation would settle at 2.4% next year.",
         "2.4%", None, "added-that-reports-speech"),
    case("Gross value added in the region was £41.3 billion in 2024.", "£41.3 billion", None,
         "gross-value-added-is-a-measure"),
    case("Value-added tax receipts were 2,130 billion rupees.", "2,130 billion rupees", None,
         "value-added-tax-is-a-name"),
    # (but a figure added still rises)
    case("The firm added 3,400 staff in the quarter.", "3,400", "increase",
         "added-a-figure-still-rises"),
]

STOCK_DRAWS_AND_BUILDS = [
    case("Traders had expected a draw of 2.4 million barrels.", "2.4 million barrels",
         "decrease", "a-draw-of-stocks"),
    case("Industry data showed a surprise build of 900,000 barrels.", "900,000 barrels",
         "increase", "a-surprise-build"),
    case("Storage saw a 62 bcf withdrawal last week.", "62 bcf", "decrease",
         "a-withdrawal-after-the-amount"),
    case("Inventories rose, against forecasts for a 1.4 million-barrel draw.",
         "1.4 million-barrel", "decrease", "a-hyphened-amount-and-its-draw"),
    case("Stocks fell, below the 41 bcf build expected by traders.", "41 bcf", "increase",
         "a-build-expected"),
    case("The five-year average for the week is an injection of 33 bcf.", "33 bcf", "increase",
         "an-injection-of"),
    case("Analysts had forecast builds of 1.7 million and 0.9 million barrels, respectively.",
         "0.9 million barrels", "increase", "builds-of-a-list"),
    case("Storage held a total of 3,950 bcf at the end of the week.", "3,950 bcf", None,
         "a-level-of-no-move"),
    case("The lender set aside $2.1 billion for credit losses, including a net reserve build "
         "of $650 million.", "$650 million", None, "a-reserve-build-of-money"),
]

PREVIOUS_VALUE_WITH_ITS_CHANGE_WORD = [
    case("Producer prices held steady in March after climbing a revised 0.4% in February.",
         "0.4%", "increase", "after-climbing"),
    case("Bookings were flat in June, following falling 2% in May.", "2%", "decrease",
         "following-falling"),
]

CHANGE_VERBS_OF_POLICY_AND_PRICES = [
    case("The central bank raised its policy rate by 25 basis points to 5.5%.",
         "25 basis points", "increase", "raised-a-rate"),
    case("Dearer fuel lifted the transport index by 0.4% in March.", "0.4%", "increase",
         "lifted-an-index"),
    case("Dealers were cutting prices by as much as 15%, the association said.", "15%",
         "decrease", "cutting-prices"),
    case("Factory output has fallen 3% since January.", "3%", "decrease", "has-fallen"),
    case("Rents have risen 12% in two years.", "12%", "increase", "have-risen"),
    case("The bank lowered its key rate to 3.0%.", "3.0%", "decrease", "lowered-to"),
]

STOOD_AT_IS_NO_STANDSTILL = [
    case("The overnight rate stood at 6.1 pct on Friday, up from 5.8 pct a week earlier.",
         "6.1 pct", "increase", "stood-at-then-up-from"),
    case("Reserves stood at 41.2 billion dlrs at end-June.", "41.2 billion dlrs", None,
         "stood-at-alone-states-no-change"),
]

RANGE_REACHED_AFTER_A_PERIOD = [
    case("The bank lowered its policy rate by 50 basis points in May, to a target range between "
         "3.5% and 3.75%.", "3.75%", "decrease", "range-reached-after-the-period-comma"),
    case("The bank lowered its policy rate by 50 basis points in May, to a target range between "
         "3.5% and 3.75%.", "3.5%", "decrease", "range-reached-first-bound"),
]

LEVEL_REACHED_BY_A_VERB = [
    case("Jobless claims dropped by 14,000 in the week to reach 221,000.",
         "221,000", "decrease", "to-reach"),
    case("Steel output grew 4% over the year, reaching 96.5 million tonnes.",
         "96.5 million tonnes", "increase", "comma-reaching"),
    case("The index climbed 2.3 points to hit a record 118.4.", "118.4", "increase",
         "to-hit-a-record"),
    case("Exports rose 6%, while imports reached $31 billion.", "$31 billion", None,
         "reached-in-another-clause"),
    case("The Australian dollar firmed to 67.35 U.S. cents.", "67.35 U.S. cents", "increase",
         "firmed-to"),
    case("Hiring softened to 98,000 in July.", "98,000", "decrease", "softened-to"),
    # the base forms of plans and forecasts
    case("Brokers expect grain shipments to recover to 4.2 million tonnes next season.",
         "4.2 million tonnes", "increase", "to-recover-to"),
    case("The board expects wage growth to cool to 3.1% by the spring.", "3.1%", "decrease",
         "to-cool-to"),
]

CLAUSE_AFTER_A_PARTICIPLE = [
    case("Imports fell 1.4% to 512 billion rand, leaving a trade surplus of 21 billion rand.",
         "21 billion rand", None, "leaving-a-level"),
    case("Payrolls rose by 75,000, pushing the total past 160 million.", "160 million", None,
         "pushing-a-total"),
    case("Sales fell 2% in Ohio, 3% in Texas and 1% in Utah.", "1%", "decrease",
         "list-still-shares-its-verb"),
    # The figure a participle moves its object to: as the clause before moved its own
    # figure, as the participle says, or none for a level left or a span's level.
    case("The Riksbank lowered its policy rate by a quarter point, taking the rate to 1.75%.",
         "1.75%", "decrease", "taking-the-rate-as-the-cut"),
    case("Outlets grew by 420 in the year, bringing the chain's network to 9,800 stores.",
         "9,800", "increase", "bringing-as-the-clause"),
    case("Fewer turbines went up in 2024, a drop of 9%, bringing total installed capacity to "
         "88 GW.", "88 GW", "increase", "a-total-only-adds-up"),
    case("Coal output slid 3%, driving the import share to 41%.", "41%", "increase",
         "driving-raises"),
    case("Exports climbed 6% to 9,100 tonnes, leaving the stocks-to-use ratio at 1.9 months.",
         "1.9 months", None, "leaving-a-level-at"),
    case("Exports climbed 6% to 9,100 tonnes, leaving the stocks-to-use ratio at 1.9 months, "
         "up from 1.7 months.", "1.9 months", "increase", "leaving-at-up-from"),
    case("Prices rose 0.4% in May, bringing the average for the first five months to 2.2%.",
         "2.2%", None, "bringing-an-average"),
    case("Car exports jumped 12% in March, taking shipments in the first quarter to 210,000 "
         "units.", "210,000", None, "taking-a-span-total"),
]

COMPARED_AND_RESTATED = [
    # ", up from" after a figure of another unit set off by commas is the level's
    case("Data centres consumed 70 TWh of electricity in 2024, around 2.7% of total demand, up "
         "from 62 TWh in 2022.", "70 TWh", "increase", "up-from-past-a-share-of-another-unit"),
    case("Data centres consumed 70 TWh of electricity in 2024, around 2.7% of total demand, up "
         "from 62 TWh in 2022.", "2.7%", None, "a-share-before-up-from-another-unit"),
    case("Fast chargers numbered some 52,000, or 21% of the total, up from 17% a year earlier.",
         "52,000", None, "up-from-in-the-unit-of-the-share-is-the-shares"),
    case("Fast chargers numbered some 52,000, or 21% of the total, up from 17% a year earlier.",
         "21%", "increase", "the-share-restating-a-count-moves-up-from"),
    # a level set against its earlier value by a comparative moved as "down from" says
    case("Inflows into bond funds came in at $14.2 billion in May, marginally lower than $14.9 "
         "billion in April.", "$14.2 billion", "decrease", "level-lower-than-its-earlier-value"),
    case("Deposits stood at $3.1 trillion at the end of June, slightly higher than the $3.0 "
         "trillion of a year earlier.", "$3.1 trillion", "increase",
         "level-higher-than-its-earlier-value"),
    case("Deposits stood at $3.1 trillion in June, higher than the $3.0 trillion expected.",
         "$3.1 trillion", None, "level-higher-than-a-forecast-moved-nowhere"),
    case("The benchmark Brent contract averaged $82 a barrel in May.", "$82", None,
         "contract-the-noun"),
    case("Retail sales came in at 0.2%, below economists' forecasts of 0.4%.", "0.4%", None,
         "value-after-below-expectations-of"),
    case("Revenue was 12.3 billion euros, 1.1 billion euros, or 9.8%, more than a year "
         "earlier.", "12.3 billion euros", None, "level-before-a-restated-change"),
    case("Revenue was 12.3 billion euros, 1.1 billion euros, or 9.8%, more than a year "
         "earlier.", "1.1 billion euros", "increase", "change-restated-then-comparative"),
    case("Revenue was 12.3 billion euros, 1.1 billion euros, or 9.8%, more than a year "
         "earlier.", "9.8%", "increase", "restatement-then-comparative"),
    case("Turnover reached $3.1 billion, 4.2% higher than in 2023.", "$3.1 billion", None,
         "level-then-percent-comparative"),
    case("Butter was about 6% cheaper than a year ago.", "6%", "decrease", "cheaper"),
    case("Output dropped 2% to about 41 million tonnes.", "41 million tonnes", "decrease",
         "level-reached-after-a-qualifier"),
    case("Sales rose 3%, with orders from the retail sector up 5%.", "5%", "increase",
         "from-inside-a-breakdown-is-no-start-value"),
    case("The deficit narrowed to 1.2%, initially reported as 1.4%.", "1.4%", None,
         "initially-reported-as"),
    case("Output grew 0.6%, up from an upwardly revised 0.2%.", "0.2%", None,
         "from-an-upwardly-revised-value"),
]

# Figures after "followed by" with no change word of their own moved as the leader did.
RANKING_FOLLOWERS_MOVE_AS_THE_LEADER = [
    case("Pharmacies led the gains with a 3.1% increase, followed by grocers at 1.2%.", "1.2%",
         "increase", "followed-by-at"),
    case("Coal output fell 6.4%, followed by lignite (4.0%) and peat (2.2%).", "2.2%",
         "decrease", "followed-by-a-bracket"),
    case("Germany remained the largest market with 125,000 registrations, followed by France "
         "(69,000).", "69,000", None, "a-ranking-of-levels-has-none"),
    case("Rents in Bristol rose 6.1% to an average of £1,850, followed by Leeds at 5.4% "
         "(£1,120).", "5.4%", "increase", "the-leader-is-the-change-of-the-same-unit"),
    case("Rents in Bristol rose 6.1% to an average of £1,850, followed by Leeds at 5.4% "
         "(£1,120).", "£1,120", None, "a-followers-level-in-brackets-has-none"),
]

# A level whose clause ends, past the words of what it measures, in ", up/down from" and an
# earlier value in its unit moves that way: odds of a move (past the move priced), shares of
# a group that expect something, amounts past a figure of another unit; not a figure with
# another of its unit or another clause in between, nor the items ranked after it.
LEVELS_MOVED_BY_A_FAR_FROM = [
    case("Futures now imply a 64% chance of a 25-basis-point cut at the Bank's July 8-9 "
         "meeting, up from 47% a week before.", "64%", "increase", "odds-past-the-move-priced"),
    case("Swaps put the likelihood that the bank would raise rates at its May meeting at "
         "roughly 22%, down from 35% on Friday.", "22%", "decrease", "odds-with-a-verb-between",
         gap="the level comes after its clause"),
    case("Swaps show a 29% probability of another quarter-point hike at the September review, "
         "down from roughly 41% before the figures.", "29%", "decrease", "probability-odds"),
    case("Swaps show a 29% probability of another quarter-point hike at the September review, "
         "down from roughly 41% before the figures.", "41%", None, "the-odds-moved-from"),
    case("In June, 18 per cent of builders expected stronger orders over the next 12 months, "
         "up from 13 per cent in May.", "18 per cent", "increase", "a-share-of-a-group"),
    case("Grain loadings totalled 2.3 mln sacks of 50 kilos in June, down from 2.6 mln in May "
         "but above the 2.1 mln of June 2024.", "2.3 mln", "decrease", "past-another-unit"),
    case("Norway supplied 41% of the bloc's gas in 2025 (88 bcm), up from 38% in 2024, "
         "followed by Algeria (14%) and Qatar (9%).", "41%", "increase", "past-a-bracket"),
    case("Norway supplied 41% of the bloc's gas in 2025 (88 bcm), up from 38% in 2024, "
         "followed by Algeria (14%) and Qatar (9%).", "14%", None, "ranked-after-a-level"),
    case("Sales were 5.1 billion dlrs and the deficit 300 mln dlrs, up from 250 mln dlrs.",
         "5.1 billion dlrs", None, "another-figure-of-its-unit-between"),
    case("Rents were 4% of income while mortgage costs rose to 31% in the area, up from 28%.",
         "4%", None, "another-clause-between"),
]

# A range whose last bound is followed by ", up/down from" moved that way, both bounds; the
# range it moved from ("from $3.9 billion to $4.0 billion") is a range, not a level reached.
RANGES_MOVED_FROM_A_RANGE = [
    case("The firm now forecasts sales of $4.1 billion to $4.3 billion, up from $3.9 billion "
         "to $4.0 billion earlier.", "$4.1 billion", "increase", "a-range-first-bound"),
    case("The firm now forecasts sales of $4.1 billion to $4.3 billion, up from $3.9 billion "
         "to $4.0 billion earlier.", "$4.3 billion", "increase", "a-range-last-bound"),
    case("The firm now forecasts sales of $4.1 billion to $4.3 billion, up from $3.9 billion "
         "to $4.0 billion earlier.", "$4.0 billion", None, "the-range-moved-from"),
    case("It now sees full-year adjusted profit of 70 cents to 90 cents a share, up from an "
         "earlier range of 20 cents to 60 cents.", "70 cents", "increase", "a-range-in-cents"),
    case("It now sees full-year adjusted profit of 70 cents to 90 cents a share, up from an "
         "earlier range of 20 cents to 60 cents.", "60 cents", None, "an-earlier-range"),
    case("The lender now expects loan losses of between 1.1% and 1.3%, down from 1.4% to "
         "1.6% in its earlier outlook.", "1.1%", "decrease", "between-bounds"),
    case("Sales rose from $3.9 billion to $4.3 billion, up from $3.1 billion a year earlier.",
         "$4.3 billion", "increase", "a-level-reached-keeps-its-verb"),
    case("The chain now sees full-year sales growth of 4% to 5%, up from 2% to 3% before.",
         "3%", "increase", "a-rates-from-to-keeps-its-reading"),
]

# A "respectively" pair of one subject's figures with no basis of its own, after a pair that
# states one basis each (in its sentence or earlier in the paragraph), takes them in order;
# not a pair of two subjects, which "respectively" pairs instead.
RESPECTIVE_BASES_OF_A_PAIR = [
    case("Private wages rose 0.7% on the quarter and 3.2% on the year, while public pay "
         "climbed 1.0% and 3.9%, respectively.", "1.0%", "quarter_on_quarter",
         "a-pair-after-a-pair-first"),
    case("Private wages rose 0.7% on the quarter and 3.2% on the year, while public pay "
         "climbed 1.0% and 3.9%, respectively.", "3.9%", "year_on_year",
         "a-pair-after-a-pair-second"),
    case("Core prices rose 0.3% on the month and 2.9% on the year, above forecasts of 0.2% and "
         "2.8%, respectively.", "0.2%", "month_on_month", "forecasts-of-a-pair"),
    case("Industrial prices climbed 0.4% from a year earlier in May, down from 0.6% in April, "
         "while they fell 0.1% month on month. Analysts had expected 0.5% and 0.0%, "
         "respectively.", "0.0%", "month_on_month", "a-pair-from-the-sentence-before"),
    case("Industrial prices climbed 0.4% from a year earlier in May, down from 0.6% in April, "
         "while they fell 0.1% month on month. Analysts had expected 0.5% and 0.0%, "
         "respectively.", "0.5%", "year_on_year", "a-pair-from-the-sentence-before-first"),
    case("Sales rose 5% on the year. Exports and imports rose 2% and 4%, respectively.", "4%",
         "year_on_year", "one-basis-is-no-pair"),
    case("Prices rose 0.4% on the month and 3.1% on the year.\nAnalysts had expected 0.5% and "
         "3.0%, respectively.", "0.5%", None, "no-pair-across-paragraphs"),
]

# A level reached restated after ", or" per share or in another unit is a level too: no basis;
# a change restated keeps the change's.
LEVELS_RESTATED_HAVE_NO_BASIS = [
    case("The lender's profit rose 12% to $3.1 billion, or $1.42 a share, in the quarter, from "
         "$2.8 billion, or $1.25 a share, a year earlier.", "$1.42", None, "per-share-of-a-level"),
    case("Revenue rose 8% from a year earlier to $61.2 billion, or about $12.40 per unit sold.",
         "$12.40", None, "per-unit-of-a-level"),
    case("Profit fell by $420 million, or 31 cents a share, from a year earlier.", "31 cents",
         "year_on_year", "per-share-of-a-change"),
    case("Profit fell by $420 million, or 6.0%, from a year earlier.", "6.0%", "year_on_year",
         "a-change-restated-as-a-rate"),
]

# The estimates, new and first, of a change a sentence names take the basis its paragraph
# carries, as the change does; not the estimates of a level, nor a revision's size.
ESTIMATES_OF_A_CHANGE_TAKE_ITS_BASIS = [
    case("Sales rose 0.6% on the month in May. April's gain was revised to 0.2% from the 0.4% "
         "initially reported.", "0.4%", "month_on_month", "a-first-estimate-of-a-gain"),
    case("Sales rose 0.6% on the month in May. April's gain was revised to 0.2% from the 0.4% "
         "initially reported.", "0.2%", "month_on_month", "a-new-estimate-of-a-gain"),
    case("Activity fell 0.6% in May from the previous month, after a revised 0.9% increase in "
         "April that was initially reported as 0.7%.", "0.7%", "month_on_month",
         "initially-reported-as"),
    case("Payrolls rose by 52,000 on the month in May. April's increase was revised up to "
         "31,600 from an initially reported 28,900.", "28,900", "month_on_month",
         "a-count-first-reported"),
    case("Prices rose 2.1% on the year in May. The estimate was revised up by 0.1 percentage "
         "points, from 2.0%.", "0.1 percentage points", None, "the-size-of-a-revision"),
    case("Payrolls rose 0.3% on the month in May. The April level was revised to 30.1 million "
         "from a first estimate of 30.0 million.", "30.0 million", None, "a-level-revised"),
]

# A level moved by a far ", up from" keeps no basis, though its sentence states one.
MOVED_LEVELS_HAVE_NO_BASIS = [
    case("Exports rose 6% year on year in May, and 31% of exporters expected higher orders over "
         "the next six months, up from 27% in April.", "31%", None, "a-share-moved-far"),
    case("Exports rose 6% year on year in May, and 31% of exporters expected higher orders over "
         "the next six months, up from 27% in April.", "6%", "year_on_year",
         "the-change-keeps-its-own"),
]

# A level in a ", having touched ..." clause is a level of its own, not an item that shares
# the verb before it; a change with its own verb there keeps its own.
LEVELS_TOUCHED_IN_A_HAVING_CLAUSE = [
    case("By 10:20 ET, USD/MXN was up 0.4% at 18.412, having touched 18.455 earlier in the "
         "session.", "18.455", None, "having-touched"),
    case("Spot palladium was down 0.8% at $1,004.10 an ounce, having earlier touched $995.20, "
         "its lowest since May.", "$995.20", None, "having-earlier-touched"),
    case("Copper was down 1.2% at $9,410 a ton, having fallen about 3% so far this month.", "3%",
         "decrease", "having-with-its-own-verb"),
]

# A figure a forecast was moved to moves as the verb moved it, not as the words of what is
# forecast ("growth") would have it.
REVISED_FORECASTS = [
    case("The central bank trimmed its 2026 growth forecast to 1.1% from 1.4%.", "1.1%",
         "decrease", "trimmed-a-growth-forecast"),
    case("The carmaker lifted its full-year sales outlook to a range of 4% to 6%.", "6%",
         "increase", "lifted-an-outlook-to-a-range"),
    case("Analysts revised down their estimate to 2.3%.", "2.3%", "decrease",
         "revised-down-an-estimate"),
    case("Funds lifted net long positions in copper to 31,200 contracts in the week to "
         "March 4.", "31,200", "increase", "contracts-counted-are-no-contraction"),
    case("Shares fell 3% after the airline cut its capacity outlook to a range of 2% to 4%, "
         "from 5% to 7% before.", "4%", "decrease", "a-range-after-another-figure"),
    case("Shares fell 3% after the airline cut its capacity outlook to a range of 2% to 4%, "
         "from 5% to 7% before.", "7%", None, "the-range-it-was-moved-from-has-none"),
]

# A figure stated as a target has no direction, whatever the words around it; a range a
# target was moved to keeps the move's.
TARGETS_HAVE_NONE = [
    case("Core inflation stays above the central bank's 3% target.", "3%", None,
         "above-a-target"),
    case("The cabinet set a growth target of about 6% for 2026.", "6%", None,
         "a-growth-target-of"),
    case("The bank cut its rate by a quarter point to a target range of 4.25% to 4.5%.",
         "4.25%", "decrease", "a-range-the-target-was-moved-to"),
]

# What a part takes off a whole is a fall of it: "subtracted", "shaved", "taking ... off".
CONTRIBUTIONS_TAKEN_OFF = [
    case("Net exports subtracted 0.7 percentage points from growth in the quarter.",
         "0.7 percentage points", "decrease", "subtracted-from"),
    case("Weaker tourism shaved 0.2 percentage points off the annual rate.",
         "0.2 percentage points", "decrease", "shaved-off"),
    case("Coal output slumped 9%, taking 1.1 percentage points off the headline index.",
         "1.1 percentage points", "decrease", "taking-off"),
    case("Coal output slumped 9%, taking total mining output to a two-year low of 98.1.",
         "98.1", None, "taking-to-is-no-taking-off"),
]

# Levels reached, listed with their changes in brackets ("rose to £1,290 (3.1%) in England,
# £908 (2.7%) in Wales"): every item moved as the first did; the levels have no basis, the
# changes keep theirs; an amount "more than" before is a change, not such a level.
LISTED_LEVELS_REACHED = [
    case("Over the year to May, average rents rose to £1,290 (3.1%) in England, £908 (2.7%) "
         "in Wales and £888 (5.6%) in Scotland.", "£908", "increase", "listed-level-moved"),
    case("Over the year to May, average rents rose to £1,290 (3.1%) in England, £908 (2.7%) "
         "in Wales and £888 (5.6%) in Scotland.", "5.6%", "increase", "listed-change-moved"),
    # levels listed after ", to" that listed changes reached, item by item
    case("Cement prices in the north and west dropped by $12 and $8 a ton, respectively, to "
         "$318 and $329.", "$329", "decrease", "respective-levels-after-to"),
    case("Spending on travel and dining rose by 9 and 3 percentage points on the week, to 104% "
         "and 89% of their 2020 levels, respectively.", "89%", "increase",
         "levels-after-to-then-respectively"),
    # a level after a change written behind its number and its basis: "4% lower year on year,
    # at roughly 68 bcm"
    case("EU coal consumption was 4% lower year on year, at roughly 68 bcm.", "68 bcm",
         "decrease", "level-at-after-a-change-and-its-basis"),
    # a multiple of the same thing at an earlier time is a rise; of another thing, none
    case("Customs duties brought in $30.8 billion in May, more than four times the $7.3 "
         "billion collected in May 2024.", "four times", "increase",
         "multiple-of-an-earlier-level"),
    case("Exports were 300 thousand units in the month, 2.5 times the level of the same month "
         "last year.", "2.5 times", "increase", "multiple-of-the-level-a-year-back"),
    case("The bank's assets are 1.5 times its deposits.", "1.5 times", None,
         "multiple-of-another-thing"),
    case("Wheat stocks stood at 31.2 million tonnes on June 1, about 1.8 times the buffer norm "
         "of 17.5 mt for April 1.", "1.8 times", None, "multiple-of-a-norm"),
]
LISTED_LEVELS_HAVE_NO_BASIS = [
    case("The trade gap narrowed to $4.1 billion, or 0.9% of output, in May from $5.0 billion "
         "a year earlier.", "0.9%", None, "restatement-of-a-compared-level-no-basis"),
    # a level restated in another unit, then set against its value a year back
    case("Dam levels stood at 41% of capacity, or roughly 3.3 bcm, down from 63% a year "
         "earlier.", "41%", None, "restated-level-against-a-year-back-no-basis"),
    case("In the 12 months to May, average rents rose to £1,290 (3.1%) in England, £908 "
         "(2.7%) in Wales and £888 (5.6%) in Scotland.", "£888", None, "listed-level-no-basis"),
    case("In current prices, spending rose to £431.7 billion in the second quarter, £4.6 "
         "billion more than in the previous quarter.", "£4.6 billion", "quarter_on_quarter",
         "an-amount-more-than-is-a-change"),
    # items of a semicolon list take no comparison from the item before them
    case("In the third quarter, the occupancy rate of hotels was 68.1 percent, 1.4 percentage "
         "points higher year on year; hostels 55.2 percent, up 0.6 percentage points; and "
         "campsites 41.9 percent, down 2.1 percentage points.", "55.2 percent", None,
         "semicolon-item-level-takes-no-basis"),
    case("In the third quarter, the occupancy rate of hotels was 68.1 percent, 1.4 percentage "
         "points higher year on year; hostels 55.2 percent, up 0.6 percentage points; and "
         "campsites 41.9 percent, down 2.1 percentage points.", "0.6 percentage points",
         "year_on_year", "semicolon-item-change-keeps-the-sentence-basis"),
    # a level moved from is a level: the comparison of its period is no basis
    case("The operating margin narrowed to 17.6 per cent from 19.9 per cent in the year-ago "
         "quarter.", "19.9 per cent", None, "level-moved-from-a-year-back"),
    # a level after a change written behind its number ("2.2% higher at")
    case("Cargo volumes rose 4.8% from a year earlier to 91 million tonnes, with coal 6.1% "
         "higher at 12 million tonnes.", "12 million tonnes", None, "level-after-higher-at"),
    # "thanks to a 21% jump" is a change, not a level reached
    case("Retail sales rose 1.2% month over month to $71.4 billion in March, thanks mainly to "
         "a 4.6% jump in car sales in the western provinces, the agency said.", "4.6%",
         "month_on_month", "thanks-to-a-change-is-no-level"),
]

# A gapped item after a level that only a trailing comparison moves ("was 41,200, up from
# 36,900") is a level compared with nothing: its own "up from" would move it, the item's verb
# states none; an item after a level its verb moved still shares the verb.
ITEMS_AFTER_A_COMPARED_LEVEL = [
    case("Onshore wind jobs totalled 41,200, up from 36,900 in 2023, and heat pumps 17,400.",
         "17,400", None, "item-after-a-level-up-from"),
    case("Beef exports were 312 mln dlrs in May, up from 280 mln a year earlier, and lamb "
         "exports about 95 mln.", "95 mln", None, "item-after-an-amount-up-from"),
    case("Wheat output was 21.3 mln tonnes, down from 23.0 mln, and barley 9.8 mln.",
         "9.8 mln", None, "item-after-a-level-down-from"),
    # (but the verb's own change is shared, with or without a comparison after it)
    case("Sales rose 4%, up from 3% in May, and rents 2%.", "2%", "increase",
         "item-after-a-change-shares-its-verb"),
    case("Wheat output fell to 21.3 mln tonnes from 23.0 mln, and barley to 9.8 mln.",
         "9.8 mln", "decrease", "item-after-a-level-its-verb-moved"),
]

# A gap in growth between two groups ("6.3 percentage points faster than that of all
# manufacturing") states no move; a gap against an earlier time still does.
GROWTH_GAPS_BETWEEN_GROUPS = [
    case("Output of the chip industry rose 14.2 percent, 6.3 percentage points faster than that "
         "of all manufacturing.", "6.3 percentage points", None, "faster-than-that-of-a-group"),
    case("Rural incomes grew 6.1 percent, 1.8 percentage points faster than those of urban "
         "households.", "1.8 percentage points", None, "faster-than-those-of-a-group"),
    case("Services output grew 3.2 percent, 0.4 percentage points slower than that of goods "
         "producers.", "0.4 percentage points", None, "slower-than-that-of-a-group"),
    # (but against the period before it moved)
    case("The rate rose 4.4 percent, 0.6 percentage points faster than that of the previous "
         "month.", "0.6 percentage points", "increase", "faster-than-that-of-a-month-before"),
]

# A comparative set off by a comma after a level that compares a figure of its own (a multiple
# or a share of another level, or a change in another unit) does not move the level; one that
# compares the level with its earlier value in its unit still does.
COMPARATIVES_OF_ANOTHER_FIGURE = [
    case("Machinery orders rose 0.4% in May to $80.1 billion, less than the 0.7% gain first "
         "reported.", "$80.1 billion", "increase", "less-than-a-change-in-another-unit"),
    case("Buyers in Spain paid an average of €2.10/kg, more than three times the EU average.",
         "€2.10/kg", None, "more-than-a-multiple-of-another-level"),
    case("Power in Finland averaged 24.1 EUR/MWh, less than half of the 80.2 EUR/MWh paid in "
         "Poland.", "24.1 EUR/MWh", None, "less-than-a-share-of-another-level"),
    case("Storage sites held 2.4 TWh, more than 30 times the capacity of batteries.", "2.4 TWh",
         None, "more-than-a-written-multiple"),
    # (but the level against its own earlier value moves)
    case("Orders totalled $80.1 billion, less than the $81.0 billion of May.", "$80.1 billion",
         "decrease", "less-than-its-earlier-value"),
]

# A balance that swung, flipped or turned to a surplus, a profit or net income rose; the side it
# came from states none, and a swing to a deficit or a loss (the balance down, the deficit up)
# states no one way.
BALANCES_SWUNG_TO_A_SIDE = [
    case("The goods balance swung to a surplus of 1.2 billion euros in May from a deficit of 0.3 "
         "billion.", "1.2 billion euros", "increase", "swung-to-a-surplus"),
    case("The goods balance swung to a surplus of 1.2 billion euros in May from a deficit of 0.3 "
         "billion.", "0.3 billion", None, "the-side-it-swung-from"),
    case("The retailer flipped to net income of $41 million in the quarter.", "$41 million",
         "increase", "flipped-to-net-income"),
    # (but a swing to a deficit or a loss, and a balance named as a level, are none)
    case("The carrier swung to a net loss of $85 million from a profit of $30 million.",
         "$85 million", None, "swung-to-a-net-loss"),
    case("Secondary income turned to a deficit of 2.4 billion euros.", "2.4 billion euros",
         None, "turned-to-a-deficit"),
    case("The carrier reported a net loss of $85 million in the quarter.", "$85 million", None,
         "a-loss-reported-is-a-level"),
]

ELLIPTICAL_LISTS = [
    case("Energy prices declined 0.9% for the month, with gasoline off 2.3%.", "2.3%",
         "decrease", "with-an-item-off"),
    # an item whose own verb in "-ed" stands right before its figure has a clause of its own
    case("Wind output reached 410 TWh, up 9% on 2024, and covered 17.2% of EU power demand.",
         "17.2%", None, "an-item-with-a-verb-of-its-own"),
    case("Hydro output fell 6% to 71 TWh, and nuclear dropped 2.4% to 150 TWh.", "2.4%",
         "decrease", "an-item-whose-own-verb-moves-it"),
    case("Crude runs rose 3% in June, and refined products 2.1%.", "2.1%", "increase",
         "an-item-named-by-a-participle-shares-the-verb"),
    # an item of bracketed pairs named at length shares the list's verb
    case("Inflation slowed for clothing (2.1% vs 2.6% in May), fuel (0.8% vs 1.9%) and "
         "housing, heating, lighting, water supply & sewerage services (3.4% vs 3.9%).", "3.4%",
         "decrease", "bracketed-pair-item-named-at-length"),
    case("Inflation slowed for clothing (2.1% vs 2.6% in May), fuel (0.8% vs 1.9%), while the "
         "jobless rate in the north, east, south and west of the country together (3.4% vs "
         "3.9%) held.", "3.4%", None, "bracketed-pair-after-a-clause-of-its-own"),
    # a gapped by-clause whose item is a hyphenated compound
    case("Diesel-powered output fell by 7% year-on-year to 41 TWh, and coal-fired output by "
         "12% to 19 TWh.", "12%", "decrease", "gapped-by-clause-hyphenated-item"),
    case("Diesel-powered output fell by 7% year-on-year to 41 TWh, and coal-fired output by "
         "12% to 19 TWh.", "19 TWh", "decrease", "gapped-by-clause-level-reached"),
    # a gapped item named by its destination: "and to Africa 0.8%"
    case("In the latest three months, exports to Asia rose 2.2% on the previous three months "
         "to £31.3 billion, and to Africa 0.8%, to £6.1 billion.", "0.8%", "increase",
         "gapped-item-named-by-its-destination"),
    case("Shipments from Brazil fell 4.1% in June to 2.3 million tonnes, and from Argentina "
         "2.7%, to 1.1 million tonnes.", "2.7%", "decrease", "gapped-item-named-by-its-origin"),
    case("Shipments climbed 4.1 pct to 2.3 mln tonnes and sales 2.6 pct to 880,000 tonnes.",
         "2.6 pct", "increase", "gapped-item-after-a-level-reached"),
    case("Imports from OPEC members fell 18.2 pct and those from the United States 7.5 pct.",
         "7.5 pct", "decrease",
         "gapped-those-from-breakdown"),
    case("Headline inflation slowed to 2.9%, and food inflation to 3.8% from 4.1% in May.",
         "3.8%", "decrease", "gapped-level-reached-with-the-same-to"),
    case("The gap widened 9% to $71 billion, as firms rushed in goods ahead of a 10% tariff.",
         "10%", None, "a-clause-with-its-own-verb-is-no-gapped-item"),
    case("Average rents increased 5.2% in Leeds, 4.1% in Bristol and 3.3% in Cardiff.",
         "4.1%", "increase", "shared-verb-breakdown"),
    case("Wheat fell 12 pct, barley was down 9 pct, oats 7 pct and rye four pct.",
         "four pct", "decrease", "gapped-commodities"),
    case("Prices rose strongly in the North (6.1%) and the West (5.4%).",
         "5.4%", "increase", "bracketed-regions"),
    case("Sales weakened for furniture in large stores (4.4% vs 6.0%), garden goods "
         "(2.2% vs 3.9%) and books (1.0% vs 1.5%).", "2.2%", "decrease", "pairs-with-vs"),
    case("Sales weakened for furniture in large stores (4.4% vs 6.0%), garden goods "
         "(2.2% vs 3.9%) and books (1.0% vs 1.5%).", "3.9%", None, "compared-value-in-pair"),
    case("Exports rose 8% to Asia, while imports from Africa were 3% lower.",
         "3%", "decrease", "own-comparative-wins"),
    case("Deliveries of timber slipped by 2.6% in March, while those of pulp by 0.8%.",
         "0.8%", "decrease", "gapped-by-clause-after-while"),
    case("Sales of lumber rose by 3.1% on the month, whereas those of cement by 1.2%.",
         "1.2%", "increase", "gapped-by-clause-after-whereas"),
    case("Imports rose 4% in March, while exports were down by 2%.",
         "2%", "decrease", "own-verb-after-while"),
    case("Shipments to Japan rose 2.5% and those to the Gulf states by 6.1%.",
         "6.1%", "increase", "gapped-by-clause-with-a-partner"),
    case("Analysts see bus sales growing 4% this year, and two-wheeler sales by 9%.",
         "9%", "increase", "gapped-by-clause-after-a-hyphenated-number-word"),
]

CHANGE_AFTER_NUMBER = [
    # a comparative right after the figure, the comparison left unsaid
    case("Farm households earned 9,410 yuan per capita, 6.1 percent more, the bureau said.",
         "6.1 percent", "increase", "percent-more-unsaid"),
    case("Retail footfall was 2.4% lower year on year.", "2.4%", "decrease",
         "percent-lower-before-a-basis"),
    case("The average stay was 3.4 days, 0.6 days shorter than a year earlier.", "0.6 days",
         "decrease", "days-shorter-than"),
    case("Analysts had expected a 0.3% monthly rise in sales.", "0.3%", "increase",
         "change-noun-inside-a-basis-cue"),
    case("Output shrank 0.4% in May, after a downwardly revised 0.1% expansion in April.",
         "0.1%", "increase", "expansion-is-a-rise"),
    case("There was a 2.1 billion euro (8.4%) decline in exports.",
         "2.1 billion euro", "decrease", "bracket-before-change-noun"),
    case("Farm jobs totalled 2.1 mln, down 90,000 from a year earlier.", "2.1 mln",
         None, "level-beside-its-change-amount-states-none"),
    case("Cargo handled at the port came to 14.2 million tonnes in March, up 6.3% from the "
         "same month last year.", "14.2 million tonnes", None,
         "level-beside-a-percent-change-states-none"),
    case("Cargo handled at the port came to 14.2 million tonnes in March, up 6.3% from the "
         "same month last year.", "6.3%", "increase", "the-change-amount-keeps-it"),
    case("Farm jobs totalled 2.1 mln, down from 2.3 mln a year earlier.", "2.1 mln",
         "decrease", "level-followed-by-down-from"),
    case("The unemployment rate was 4.2% in the three months to July, up from 4.0%.",
         "4.2%", "increase", "level-own-period-then-up-from"),
    case("Soy shipments saw a 52 pct or 1.2 billion dlr jump.",
         "52 pct", "increase", "alternative-before-change-noun"),
    case("Vehicles and machinery contributed 1.1 billion and 0.4 billion respectively "
         "to the total drop.", "1.1 billion", "decrease", "contribution-to-a-fall"),
    case("Shipments rose in March compared with March 2023, by 6.0%.",
         "6.0%", "increase", "by-after-comparison-clause"),
    case("Building permits rose 4.2% (+$1.5 billion) to $9.1 billion in December.",
         "+$1.5 billion", "increase", "plus-sign-before-a-currency-symbol"),
    case("The segment's result worsened in the quarter (-$262 million).",
         "-$262 million", "decrease", "minus-sign-before-a-currency-symbol"),
    case("Net exports took £1.3bn off output (−£1.3bn) in June.",
         "−£1.3bn", "decrease", "unicode-minus-before-a-pound-sign"),
    case("Core prices changed -0.3% in May, while services moved +1.5%.",
         "+1.5%", "increase", "plus-sign-glued-to-a-percentage"),
    case("Building permits rose 4.2% (+$1.5 billion) to $9.1 billion in December.",
         "$9.1 billion", "increase", "level-after-a-signed-amount"),
]

NOT_A_CHANGE = [
    # a comparative after the number's noun bounds what is counted
    case("The survey covers about 62,000 service firms above designated size.", "62,000", None,
         "a-count-above-a-size"),
    case("Bookings were 3.1 times the estimate made by analysts in April.", "3.1 times", None,
         "a-multiple-of-an-estimate"),
    case("Peru inflation cools to 1.4% in November as food prices ease", "1.4%", "decrease",
         "headline-present-tense-cools"),
    case("Copper output rebounds 6% in October after strike ends", "6%", "increase",
         "headline-present-tense-rebounds"),
    case("Retail sales rose 2.2%, topping the 1.5% growth expected in a Bloomberg survey of 23 "
         "analysts.", "23", None, "the-size-of-a-poll-is-no-change"),
    case("Mortgage rates tick up to 6.3% as bond yields climb", "6.3%", "increase",
         "headline-tick-up-to-is-a-rise"),
    case("Rupee weakens after central bank holds policy rate at 6.50%", "6.50%", None,
         "a-level-held-in-a-clause-after-a-move"),
    case("The peso slipped 0.4% after Banxico kept its rate at 7.00% on Thursday.", "7.00%",
         None, "a-level-kept-after-another-figures-fall"),
    case("The January decrease left the index at 183.8.", "183.8", "decrease",
         "a-change-that-leaves-a-level-moves-it"),
    case("Assets held by the funds stood at $61.2 billion on Friday, down from a peak of $70 "
         "billion.", "$61.2 billion", "decrease", "held-by-is-no-standstill"),
    case("About 26% of retailers reported a drop in footfall, up from 19% in May.", "26%",
         "increase", "a-share-reporting-a-drop-moved-only-by-up-from"),
    case("Some 11% of landlords expect rents to rise, while 6% expect them to fall.", "6%", None,
         "a-share-expecting-a-fall-states-no-fall"),
    case("Of the firms raising prices, 41% cited wage costs.", "41%", None,
         "a-share-citing-costs-is-no-rise"),
    case("Rents rose in 14 regions and fell in 3 over the quarter.", "14", None,
         "the-number-of-places-a-change-happened-in"),
    case("Wages grew 0.5% in May, just ahead of the 0.4% estimate.", "0.4%", None,
         "an-estimate-a-figure-runs-ahead-of"),
    case("The index rose to 52.3, beating economists' expectations of 51.8.", "51.8", None,
         "expectations-a-figure-beats"),
    case("Five of the 12 regions recorded growth in May, down from eight in April.", "Five",
         "decrease", "a-count-that-fell"),
    case("Swaps put the probability of a half-point Bank of Canada hike in January at 41%.",
         "41%", None, "odds-put-at-a-number-are-no-move"),
    case("Traders put the odds of another ECB rate cut by June at about 38%, up from 30%.",
         "38%", "increase", "odds-that-rose-from-a-previous-value"),
    case("The Kansas City Fed's services index held at -4 in May.\nAnalysts had expected a "
         "reading of -6.", "-6", None, "a-negative-reading-stated-as-a-level-is-no-fall"),
    case("The Kansas City Fed's services index fell to -4 in May.", "-4", "decrease",
         "a-negative-reading-reached-by-a-fall-takes-the-fall"),
    case("Exports rose 6% to 52,400 tonnes in June, with Japan taking 12,500 tonnes.",
         "12,500 tonnes", None, "a-with-clause-has-its-own-verb"),
    case("Output grew 5.1% in May, 0.3 percentage points slower than in April.",
         "0.3 percentage points", "decrease", "a-difference-slower-than"),
    case("Output grew 5.1% in May, 0.3 percentage points faster than in April.",
         "0.3 percentage points", "increase", "a-difference-faster-than"),
    case("Consumer spending makes up more than two-thirds of the economy.",
         "two-thirds", None, "makes-up"),
    case("The survey found higher unemployment in the north at 6.2 per cent.",
         "6.2 per cent", None, "comparative-adjective-before-noun"),
    case("Output was unchanged at 101.2 in May.", "101.2", None, "unchanged-level"),
    case("The central bank signalled three further rate cuts in 2026.", "three", None,
         "counted-cuts-are-no-change"),
    case("Markets price in one or two more reductions by March.", "one", None,
         "first-bound-of-counted-cuts"),
    case("Officials' projections show 2 more cuts this year.", "2", None,
         "counted-cuts-in-digits"),
    case("House prices in Wales are 3.7% below the peak of January 2008 (222.1).", "222.1", None,
         "bracketed-level-of-a-named-period"),
    case("Retailers announced 12,450 job cuts last month.", "12,450", None,
         "a-count-of-job-cuts"),
    case("From 1995 until 2025, Export Growth in Chile averaged 5.31 percent.", "5.31 percent",
         None, "a-change-noun-inside-an-indicator-title"),
    case("Analysts expect Credit Growth in Peru to stand at 7.20 percent in 2026.",
         "7.20 percent", None, "a-forecast-of-a-titled-indicator"),
    case("Chile Export Growth Slows To 3.1% In March", "3.1%", "decrease",
         "a-title-case-headline-keeps-its-verb"),
    case("Export growth in Chile slowed to 3.1% in March.", "3.1%", "decrease",
         "a-lowercase-change-noun-still-states-a-change"),
    case("Banks have made 3,200 branch cuts since 2020.", "3,200", None,
         "a-count-of-cuts-with-a-modifier"),
    case("Tech firms made the most cuts in June, at 8,310.", "8,310", None,
         "a-count-of-cuts-after-the-noun"),
    case("Output was cut by 12,000 tonnes in June.", "12,000 tonnes", "decrease",
         "a-cut-of-an-amount-stays-a-change"),
]

# --- qualifier ---------------------------------------------------------------------------

UP_TO_AFTER_A_VERB = [
    case("The gauge was edging up to 51.3 in June.", "51.3", None, "edging-up-to-is-a-rise"),
    case("Claims crept up to 241,000 last week.", "241,000", None, "crept-up-to-is-a-rise"),
    case("Penalties of up to 4% of turnover apply.", "4%", "up_to", "up-to-is-a-bound"),
    # "as much as" bounds a figure after any verb
    case("Shares rose as much as 7% in late trading.", "7%", "up_to", "rose-as-much-as"),
    case("Reserves could climb to as much as 45 billion dlrs by the end of the year.",
         "45 billion dlrs", "up_to", "climb-to-as-much-as"),
]

QUALIFIER_OR_COMPARISON = [
    # a verb of passing a bound: "tops", "crossed"
    case("Parcel volume tops 94 billion pieces in first nine months", "94 billion", "more_than",
         "tops-a-bound"),
    case("Toll collections crossed Rs 6,000 crore in October.", "Rs 6,000 crore", "more_than",
         "crossed-a-bound"),
    case("The trade body expects shipments to cross $12 billion in FY27.", "$12 billion",
         "more_than", "to-cross-a-bound"),
    case("Outlays could top ₹3.4 trillion this year.", "₹3.4 trillion", "more_than",
         "could-top-a-bound"),
    case("The top 10 markets took 62% of sales.", "62%", None, "the-top-ten-is-no-verb"),
    case("Exports rose 4.1%, well above the 2.5% forecast.", "2.5%", None,
         "above-the-forecast-compares"),
    case("Sales grew 0.9%, less than the 1.2% gain in May.", "1.2%", None,
         "less-than-the-gain-compares"),
    case("Output grew more than 3% in May.", "3%", "more_than", "more-than-qualifies"),
    case("Turnover growth was below 1.5% in all regions.", "1.5%", "less_than",
         "below-qualifies"),
    case("Spending was estimated at £4.1 billion.", "£4.1 billion", None,
         "estimated-is-no-qualifier"),
    case("Debt rose from an estimated 12 billion dlrs.", "12 billion dlrs", None,
         "an-estimated-is-no-qualifier"),
    case("Prices fell by about 2%.", "2%", "approximately", "about-qualifies"),
    case("Bond sales were $41 billion in June, sharply lower than $58 billion in May.",
         "$58 billion", None, "a-comparative-set-off-after-a-figure-compares"),
    case("Bond sales were lower than $58 billion in every month.", "$58 billion", "less_than",
         "a-comparative-after-a-verb-bounds"),
    case("Collections amounted to ₹12,310 crore, 9.2 per cent higher than ₹11,270 crore a year "
         "earlier.", "₹11,270 crore", None, "a-comparative-after-a-rate-compares"),
    # "near" a level is about it
    case("Copper traded near $9,800 a ton on the exchange.", "$9,800", "approximately",
         "near-a-level"),
    case("Analysts expect the delinquency rate to stabilize near 7% by year-end.", "7%",
         "approximately", "stabilize-near"),
    # a multiple or a fraction set off after a figure is the figure's bound
    case("Fund assets reached $88 billion, more than double the level of 2021.", "double",
         "more_than", "more-than-double-set-off"),
    case("Lisbon drew 2.2 million visitors, more than half of the national total.", "half",
         "more_than", "more-than-half-set-off"),
    case("Spot power cost 22.5 EUR/MWh, less than a third of the 71.4 EUR/MWh paid in Italy.",
         "a third", "less_than", "less-than-a-third-set-off"),
]

QUALIFIER_ALONG_A_LIST = [
    # a restatement in another unit, or a range of its own, keeps no qualifier of the figure
    # before; a range's bound and a list item of one unit do
    case("Curtailed wind output amounted to about 2.4 TWh, or 4.1% of wind generation.", "4.1%",
         None, "a-restatement-is-exact"),
    case("Jobs grew by around 118,000, or 0.9%, over the year.", "0.9%", None,
         "a-restated-rate-is-exact"),
    case("Storage rose to around 338 GW at the end of May, 21% higher than a year earlier.",
         "21%", None, "a-change-after-an-approximate-level"),
    case("The bank expects growth of around 3% this year and between 2% and 4% next year.",
         "2%", None, "a-range-of-its-own"),
    case("Prices rose about 5-6% in the quarter.", "6%", "approximately", "a-range-bound"),
    case("Exports rose around 40% in May and 45% in June.", "45%", "approximately",
         "a-list-of-one-unit"),
    # a bound written after the number
    case("The government kept its growth target of 6.5% or more for next year.", "6.5%",
         "at_least", "or-more-after"),
    case("The bank expects inflation of 3% or higher next year.", "3%", "at_least",
         "or-higher-after"),
    case("Prices should rise 2% or less this year.", "2%", "up_to", "or-less-after"),
]

# --- basis -------------------------------------------------------------------------------

BASIS_WORDS = [
    # a share reached or compared with is a level: no basis of its own
    case("Wind produced 212 TWh, 9% more than a year earlier, raising its share of supply to "
         "21.4%, up from 19.8% a year before.", "21.4%", None, "a-share-reached-is-a-level"),
    case("Coal output fell 2.3% year on year, and its share of generation dropped to 58.2%.",
         "58.2%", None, "a-share-after-a-change-is-a-level"),
    case("Coal output fell 2.3% year on year to 412 million tonnes.", "2.3%", "year_on_year",
         "the-change-keeps-its-basis"),
    # "over 12 months" compares with a year before; "this year to ease" is no "year to June"
    case("Food prices climbed 5.2% over 12 months, the office said.", "5.2%", "year_on_year",
         "over-12-months"),
    case("Analysts expect growth this year to slow to 2.3%.", "2.3%", None,
         "this-year-to-a-verb"),
    case("House prices rose 3.9% in the year to October.", "3.9%", "year_on_year",
         "in-the-year-to-a-month"),
    case("Exports to Asia were £41.1 billion in Quarter 2 2024, up £1.6 billion on Quarter 2 "
         "2023.", "£1.6 billion", "year_on_year", "on-the-quarter-a-year-back"),
    case("In the first four months of 2024, import prices averaged 2.9 pct below their "
         "year-earlier level.", "2.9 pct", "year_on_year", "below-their-year-earlier-level"),
    case("The May total was 1.6 pct above its level a year earlier, the ministry said.",
         "1.6 pct", "year_on_year", "above-its-level-a-year-earlier"),
    # a ranked change named with its basis: "the biggest monthly advance", "monthly decreases"
    case("In October, the Northeast posted the biggest monthly advance, 4.8%, followed by the "
         "Midwest at 3.1%.", "3.1%", "month_on_month", "the-biggest-monthly-advance"),
    case("Among member states, the steepest quarterly decreases were in Latvia (-2.1%) and "
         "Malta (-1.9%).", "-1.9%", "quarter_on_quarter", "the-steepest-quarterly-decreases"),
    # "over the month", "over the quarter": a basis, and the time named after it the period
    case("Automotive fuel volumes fell by 1.2% over the month in September 2024.", "1.2%",
         "month_on_month", "over-the-month"),
    case("Services output grew by 0.4% over the quarter.", "0.4%", "quarter_on_quarter",
         "over-the-quarter"),
    # a level moved from a month back: the sentence's other changes are monthly
    case("Supplier deliveries fell to 51.3 from 52.0 the month before, while inventories edged "
         "up 0.6 point to 50.8.", "0.6 point", "month_on_month", "from-a-level-a-month-back"),
    case("The annual inflation rate eased to 4.4% in May from 4.6% in the previous month, and "
         "food inflation slowed to 5.1%.", "5.1%", "year_on_year",
         "a-rate-from-the-month-before-stays-annual"),
    case("Wages rose 7.2 billion dlrs in March after a 12.5 billion dlr increase the month "
         "before, while farm income dropped 3.1 billion dlrs.", "3.1 billion dlrs", None,
         "a-change-the-month-before-is-no-basis"),
    case("Machine tool orders climbed 6.1% on year in October.", "6.1%", "year_on_year",
         "on-year-written-short"),
    case("Core inflation stood at 2.9% in the 12 months through May.", "2.9%", "year_on_year",
         "twelve-months-through"),
    case("Consumer price inflation slowed to 2.6% in the 12 months to April. Food inflation "
         "eased to 3.1% from 3.4%.", "3.1%", "year_on_year",
         "a-rate-reached-takes-the-carried-basis"),
    case("Exports to Kenya, Ghana and Peru rose by 3.1%, 2.2% and 5.0% respectively on the "
         "previous quarter.", "2.2%", "quarter_on_quarter", "a-respectively-list-shares-its-basis"),
    case("Growth in retail, transport and mining was 4.1%, 2.6% and 1.2%, respectively, in "
         "the three months to June compared with a year earlier.", "2.6%", "year_on_year",
         "a-growth-rate-without-a-change-word"),
    case("Chile's annual inflation rate eased to 3.4% in November. Economists polled by "
         "Reuters had forecast a rate of 3.5%.", "3.5%", "year_on_year",
         "a-poll-of-the-rate-takes-the-carried-basis"),
    case("Annual CPIF inflation, which the Riksbank targets at 2%, slowed to 2.9% in August.",
         "2%", None, "a-target-stated-at-is-no-rate"),
    case("Power demand fell 2% year on year. The renewable share of generation rose to 41%.",
         "41%", None, "a-share-reached-takes-no-carried-basis"),
    case("Import prices slipped 0.4 per cent on-month in June.", "0.4 per cent",
         "month_on_month", "on-month-hyphenated"),
    case("Card spending rose 2% on year-end bonuses.", "2%", None,
         "on-a-year-end-is-no-basis"),
    case("Wholesale prices rose 1.9% on year in May, below the 2.2% consensus.", "2.2%",
         "year_on_year", "a-consensus-beside-the-rate-has-its-basis"),
    case("The annual inflation rate eased to 3.4% in May from 3.5% in April, below market "
         "expectations of 3.6%.", "3.6%", "year_on_year", "expectations-of-the-annual-rate"),
    case("Toll receipts rose to 9,300 crore, 12.4 per cent more than in the corresponding "
         "period of FY24.", "12.4 per cent", "year_on_year", "corresponding-period-of-a-fy"),
    case("Dispatches were 8 per cent higher than 2.1 lakh units in the corresponding period.",
         "8 per cent", "year_on_year", "a-bare-corresponding-period"),
    case("Hydro output rose 3% year on year but was 9% below the ten-year average.", "9%", None,
         "a-gap-to-an-average-is-no-basis"),
    case("The deficit had reached 41.2 per cent of the target in the corresponding period of "
         "the previous year.", "41.2 per cent", None, "a-level-in-the-corresponding-period"),
    case("Rice output in 2023 reached 206 million tonnes, up 1.1 percent over the previous "
         "year.", "1.1 percent", "year_on_year", "over-the-previous-year"),
    case("The CPI goods annual rate increased to 2.9% in August.", "2.9%", "year_on_year",
         "a-named-annual-rate"),
    case("New home sales rose to a seasonally adjusted annual rate of 712,000.", "712,000", None,
         "a-seasonally-adjusted-annual-rate-is-a-level"),
    case("The vacancy rate was 3.1 percent, up 0.2 percentage points from a year earlier.",
         "3.1 percent", None, "level-of-a-reading-has-none"),
    case("Consumer price inflation stood at 2.9%, down 0.3 percentage points year on year.",
         "2.9%", "year_on_year", "level-of-a-rate-of-change-keeps-it"),
    case("Receipts were 2.2% higher than in the same period of 2022/23.", "2.2%",
         "year_on_year", "same-period-of-a-split-year"),
    case("Hydro output fell 8% compared with the same quarter of 2022.", "8%", "year_on_year",
         "same-quarter-of-a-year"),
    case("Receipts were 6.1 per cent higher than in the same period of the previous fiscal "
         "year.", "6.1 per cent", "year_on_year", "same-period-previous-fiscal-year"),
    case("Producer prices were 0.7% lower than in the preceding month.", "0.7%",
         "month_on_month", "than-in-the-preceding-month"),
    case("Investment was 2.3% higher than in the previous quarter.", "2.3%",
         "quarter_on_quarter", "than-in-the-previous-quarter"),
    case("Food prices rose an annual 4% in July.", "4%", "year_on_year", "an-annual-number"),
    case("Annual house price inflation was 9.1% in Leeds.", "9.1%", "year_on_year",
         "annual-before-compound-noun"),
    case("Wages grew 3.2% over the year.", "3.2%", "year_on_year", "over-the-year"),
    case("The 12-month percentage change in the index was 2.6%.", "2.6%", "year_on_year",
         "12-month-any-noun"),
    case("Retail volumes rose 0.4% on a monthly basis.", "0.4%", "month_on_month",
         "monthly-basis"),
    case("Imports rose 0.2% for the month.", "0.2%", "month_on_month", "for-the-month"),
    case("Spending rose 1.1% for the quarter.", "1.1%", "quarter_on_quarter",
         "for-the-quarter"),
    case("For the full year, imports increased 4.1%.", "4.1%", "year_on_year",
         "for-the-full-year"),
    case("GDP rose at a 2.9% annualized pace in the third quarter.", "2.9%",
         "quarter_on_quarter", "annualized-pace-us-gdp"),
    # "at a 1.4 pct annual rate" in a quarter: the annualized change from the quarter before
    case("Output per hour rose at a 1.4 pct annual rate in the second quarter.", "1.4 pct",
         "quarter_on_quarter", "at-a-number-annual-rate"),
    case("Labour costs fell at a 0.7 per cent annual rate in the June quarter.",
         "0.7 per cent", "quarter_on_quarter", "at-a-per-cent-annual-rate"),
    case("Output per worker rose at an upwardly revised annual rate of 2.2 pct in the third "
         "quarter.", "2.2 pct", "quarter_on_quarter", "at-a-revised-annual-rate"),
    case("Output expanded at a seasonally adjusted annual rate of 1.1% in the third quarter.",
         "1.1%", "quarter_on_quarter", "saar"),
    case("Annualised inflation reached 5.5% in March.", "5.5%", "year_on_year",
         "annualised-inflation"),
    case("Inflation surged to an annual rate of 6.1% in March.", "6.1%", "year_on_year",
         "to-an-annual-rate"),
    case("Housing starts jumped 6.8 pct in January to a seasonally adjusted annual rate of "
         "1.2 mln units.", "6.8 pct", None, "saar-of-a-level-is-no-basis"),
    case("The economy grew at a seasonally and inflation-adjusted annual rate of just 1.4% "
         "in the first quarter.", "1.4%", "quarter_on_quarter", "long-saar-name"),
    case("The bank reported a 12-month high of 4.1% in July.", "4.1%", None,
         "12-month-high-is-no-basis"),
    case("GDP grew 0.5% quarterly, the agency said.", "0.5%", "quarter_on_quarter",
         "quarterly-adverb"),
    case("Prices rose 0.3% monthly and 2.9% annually.", "0.3%", "month_on_month",
         "monthly-adverb"),
    case("Sales were up 2% on last month.", "2%", "month_on_month", "on-last-month"),
    # "on the week", "on the fortnight": a change on the period just before
    case("The premium was $240 a ton, up $15 on the week.", "$15", "period_on_period",
         "on-the-week"),
    case("Gasoil stocks fell 4% on the fortnight to 1.9 million tonnes.", "4%",
         "period_on_period", "on-the-fortnight"),
    # the basis written right after a change is the change's, not the level's it reached
    case("Card spending rose by 4 percentage points on the month, to 97% of its pre-pandemic "
         "average.", "97%", None, "a-level-reached-after-a-change-on-the-month"),
    case("The jobless rate fell 0.3 points on the quarter, to 4.1%.", "4.1%", None,
         "a-reading-reached-after-a-change-on-the-quarter"),
    case("Bookings rose 5 and 2 points year on year, to 91% and 85% of normal levels.", "85%",
         None, "the-second-level-reached-of-a-list"),
]

# The comparison written between a change and the level it reached is the change's: the level
# keeps a basis only of its own ("annual inflation").
BASIS_BETWEEN_A_CHANGE_AND_ITS_LEVEL = [
    case("Youth unemployment fell 1.2 percentage points from a year earlier to 15.3 percent in "
         "August.", "15.3 percent", None, "a-reading-reached"),
    case("Youth unemployment fell 1.2 percentage points from a year earlier to 15.3 percent in "
         "August.", "1.2 percentage points", "year_on_year", "the-change-keeps-it"),
    case("The capacity utilisation rate rose 0.8 points from the previous quarter to 78.2% in "
         "the second quarter.", "78.2%", None, "a-rate-level-reached"),
    case("Annual inflation rose 0.3 points from a month earlier to 2.4% in August.", "2.4%",
         "year_on_year", "a-rate-of-change-keeps-its-own"),
]

BASIS_OF_LISTS_AND_COMPARISONS = [
    case("House price annual inflation was 9.1% in Leeds, 5.5% in York and 2.0% in Hull.",
         "2.0%", "year_on_year", "list-shares-stated-basis"),
    case("Food prices rose an annual 4%, with bread up 9.5% and cheese 6.1%.",
         "6.1%", "year_on_year", "list-after-an-annual"),
    case("Farm jobs totalled 2.1 mln, down 90,000 from a year earlier.", "2.1 mln", None,
         "level-before-its-change-has-no-basis"),
    case("Renewables accounted for 62% of the power mix, up from 58% a year earlier.", "62%",
         None, "share-reached-has-no-basis"),
    case("Farm jobs totalled 2.1 mln, down 90,000 from a year earlier.", "90,000",
         "year_on_year", "the-change-keeps-the-basis"),
    case("Loans totalled 6.9 billion dlrs last year, 96.1 pct up on 2022.",
         "96.1 pct", "year_on_year", "up-on-a-year"),
    case("Output grew in the second quarter compared with the second quarter of 2023, "
         "by 2.2%.", "2.2%", "year_on_year", "comparison-before-number"),
    case("The index is 6.2% higher than December 2019.", "6.2%", None,
         "point-further-back-has-no-basis"),
    case("Rents were 0.6 percentage points higher this year compared with last year.",
         "0.6 percentage points", "year_on_year", "this-year-against-last-year"),
    case("For the full year 1986, exports rose 9 pct.", "9 pct", None,
         "cue-naming-a-period-is-no-basis"),
    case("The services index rose 0.5% in March and 4.8% on an annual basis.", "0.5%", None,
         "basis-of-the-second-measure-is-its-own"),
    # a basis written after the last number of a range or of a list of several subjects'
    # figures is the whole range's (list's)
    case("Retailers expect holiday sales to grow between 2.5% and 3.5% from a year earlier.",
         "2.5%", "year_on_year", "the-lower-bound-of-a-range-shares-the-basis"),
    case("Rents were 4% to 6% higher than a year ago.", "4%", "year_on_year",
         "a-range-with-to-shares-the-basis"),
    case("Occupancy rates were 71.2%, 68.0% and 64.5% respectively, down 1.1, 0.6 and 2.3 "
         "percentage points year on year.", "0.6", "year_on_year",
         "a-middle-item-shares-the-basis"),
    case("The services index rose 0.5% in March and 4.8% on an annual basis.", "4.8%",
         "year_on_year", "second-measure-keeps-its-basis"),
    case("Wages grew 0.2% in April and were up 3.9% on a year earlier.", "0.2%", None,
         "comparison-of-the-second-predicate-is-its-own"),
    case("Producer prices climbed 0.7% in February, and were 6.0% higher than a year before.",
         "0.7%", None, "than-a-year-before-is-the-second-figure-s"),
    case("Export volumes rose 6% year on year, with car shipments up 11%.", "11%",
         "year_on_year", "breakdown-with-its-own-subject-shares-the-basis"),
    case("Orders rose 4% on the year, while deliveries rose 2%.", "2%", "year_on_year",
         "one-basis-for-two-subjects"),
    case("Housing costs rose 0.2% on the month, lifting the annual rate to 5.3%.", "5.3%",
         "year_on_year", "rate-reached-takes-its-own-basis"),
]

# Months compared after an article that the period phrase leaves out: "from the January-March
# period", "than the July-September quarter", "compared with the April-June period".
MONTHS_COMPARED_AFTER_AN_ARTICLE = [
    case("In the second quarter, the vacancy rate averaged 5.1%, down 0.3 percentage point "
         "from the January-March period.", "0.3 percentage point", "quarter_on_quarter",
         "from-the-months-of-the-quarter-before"),
    case("Bookings were expected to fall 3.2 pct in the July-September quarter from the "
         "April-June quarter.", "3.2 pct", "quarter_on_quarter",
         "a-quarter-named-by-months-against-the-one-before"),
    case("Freight volumes rose 4.1% in the October-December quarter compared with the "
         "July-September period.", "4.1%", "quarter_on_quarter",
         "compared-with-the-months-before"),
    case("Mill output in the April-June period was 6% higher than the January-March period.",
         "6%", "period_on_period", "higher-than-the-months-before"),
    case("Over the January-November period, copper imports rose 4.4% year on year.", "4.4%",
         "year_on_year", "over-the-months-is-the-period-itself"),
]

# A running total set against its shorter self ("the growth rate was 0.2 points lower than
# that from January to October", said of January to November) is period on period, for that
# number alone: the paragraph's other figures keep their year-on-year basis.
RUNNING_TOTALS_AGAINST_THE_SHORTER_ONE = [
    case("From January to November, retail sales grew by 4.0 percent year on year. The growth "
         "rate was 0.2 percentage points lower than that from January to October.",
         "0.2 percentage points", "period_on_period", "lower-than-that-from-january-to"),
    case("From January to September, profits of large firms fell 3.1 percent year on year, "
         "with the decline narrowing by 0.8 percentage points from January to August.",
         "0.8 percentage points", "period_on_period", "narrowing-from-the-shorter-span"),
    case("In the first half, software revenue rose 12.1 percent year on year. The growth rate "
         "was 0.5 percentage points higher than that in the first quarter.",
         "0.5 percentage points", "period_on_period", "a-half-against-its-first-quarter"),
    case("From January to October, investment grew by 2.1 percent year on year. The growth "
         "rate slowed by 0.4 percentage points compared with January to September. Private "
         "investment fell by 1.3 percent.", "1.3 percent", "year_on_year",
         "the-paragraph-keeps-its-year-on-year-basis"),
    case("In the first half, online sales rose by 5.6 percent year on year, making up 24.1 "
         "percent of the total, 0.3 percentage points lower than in the first quarter. Sales "
         "of food rose by 12.6 percent.", "12.6 percent", "year_on_year",
         "the-next-sentence-keeps-year-on-year"),
]

# A comparison with the week (day, session) before is period on period: "from a week
# earlier", "than a week ago", "week over week".
WEEK_BEFORE_COMPARISONS = [
    case("Port stocks of imported iron ore climbed by 2.3 million tons from a week earlier to "
         "148.1 million tons.", "2.3 million tons", "period_on_period", "from-a-week-earlier"),
    case("Mortgage applications fell 3.1% week over week.", "3.1%", "period_on_period",
         "week-over-week"),
    case("Distillate stocks were 0.8 million barrels lower than a week ago.",
         "0.8 million barrels", "period_on_period", "lower-than-a-week-ago"),
    case("The benchmark contract gained 1.4% from the session before.", "1.4%",
         "period_on_period", "from-the-session-before"),
    case("Oats fell 1.4%, extending a pullback from last week's high of $3.19.", "1.4%", None,
         "last-weeks-high-is-no-comparison"),
]

BASIS_OF_A_VALUE_A_YEAR_BACK = [
    case("Coal's share of power fell to 12% in 2024 from 15% a year earlier, as hydro output "
         "rose by 9%.", "9%", "year_on_year", "other-change-of-a-sentence-compared-a-year-back"),
    case("Coal supplied 12% of power in May, down from 15% a year earlier. Hydro output rose "
         "by 9%.", "9%", "year_on_year", "carried-to-the-next-sentence"),
    case("Coal supplied 12% of power in May, down from 15% a year earlier.", "12%", None,
         "the-level-compared-keeps-none"),
]

# A change against the season, winter, summer or financial year before (a year back), or
# against the same period a season back, is year on year; a level keeps none.
BASIS_OF_A_SEASON_BACK = [
    case("Coffee exports for the 2023/24 crop year reached 41 million bags, 6% more than the "
         "previous season, the council said.", "6%", "year_on_year", "more-than-previous-season"),
    case("Gas withdrawals over the heating months rose 12% on the previous winter.", "12%",
         "year_on_year", "on-the-previous-winter"),
    case("Police productivity was 0.9% lower in 2023/24 than in the prior financial year.",
         "0.9%", "year_on_year", "than-the-prior-financial-year"),
    case("Mills crushed 28.1 million tonnes of cane by mid-January, 7% below last season's "
         "30.2 million.", "7%", "year_on_year", "below-last-seasons-figure"),
    case("Cane deliveries reached 9.3 million tonnes by early December, down 5% from 9.8 "
         "million tonnes in the same period a season earlier.", "5%", "year_on_year",
         "same-period-a-season-earlier"),
    case("Growers delivered 410,000 tonnes by the end of March, up 9% from 376,000 tonnes in "
         "the corresponding period last season.", "410,000 tonnes", None,
         "level-against-last-season-has-none"),
    case("Northern peak demand hit 61.2 GW on 3 August, 5% above the previous summer record.",
         "5%", None, "above-a-previous-seasons-record-has-none"),
]

BASIS_OF_A_CHANGE_FROM_A_LEVEL = [
    case("Ports handled 72.4 million tonnes in August, 3.9 per cent more than the 69.7 million "
         "tonnes handled in August 2023.", "3.9 per cent", "year_on_year",
         "more-than-the-level-a-year-before"),
    case("Exports were 3.1 billion dlrs in May, 4.2 pct higher than the 2.97 billion recorded "
         "in April.", "4.2 pct", "month_on_month", "higher-than-the-level-a-month-before"),
    case("Reservoirs held 212 TWh at the end of August, 9 TWh more than at the end of July.",
         "9 TWh", "month_on_month", "a-point-a-month-after-a-point"),
    case("At the end of June, deposits stood at 3.1 trillion yuan, up 41 billion yuan over the "
         "end of March.", "41 billion yuan", "quarter_on_quarter", "a-point-a-quarter-after"),
    case("Card payments rose to 3.1 billion in May, up 4% from 2.98 billion in April.", "4%",
         "month_on_month", "change-from-the-level-of-the-month-before"),
    case("Revenue climbed 3.1% to $5.2 billion in the second quarter from $5.04 billion in the "
         "first quarter.", "3.1%", "quarter_on_quarter", "change-to-a-level-from-a-quarter"),
    case("Revenue climbed 3.1% to $5.2 billion in the second quarter from $5.04 billion in the "
         "first quarter.", "$5.2 billion", None, "the-level-has-no-basis"),
    # a whole year (or financial year) against the one before is a comparison a year back
    case("Net profit rose 14 pct in 1986 to 187.4 mln guilders from 164.4 mln in 1985.",
         "14 pct", "year_on_year", "a-year-against-the-year-before"),
    case("Wine exports climbed 8.5% to 1.9 million hectolitres in 2023 from 1.75 million "
         "hectolitres in 2022.", "8.5%", "year_on_year", "a-year-to-a-level-from-the-year-before"),
    case("Cargo volumes reached 412 million tonnes in FY24, up 6.2 per cent from 388 million "
         "tonnes in FY23.", "6.2 per cent", "year_on_year", "a-financial-year-from-the-one-before"),
    case("Some 48,210 marriages were recorded in 2022, a fall of 3.4% from 49,900 in 2021, and "
         "divorces rose 2.1%.", "2.1%", "year_on_year", "the-sentence-s-other-change"),
    # the level of the month or quarter before, also a month's end against the one before
    case("The services gauge climbed 3.2 points to 54.1 in March from 50.9 in February, the "
         "institute said.", "3.2 points", "month_on_month", "points-to-a-level-from-a-month-back"),
    case("Warehouse stocks fell 6.5 pct to 212,000 tonnes at end-June from 226,700 tonnes at "
         "end-May.", "6.5 pct", "month_on_month", "a-month-end-from-the-month-end-before"),
    case("Bank deposits rose 1.4% to 8.2 trillion rupees at end-September from 8.09 trillion "
         "at end-June.", "1.4%", "quarter_on_quarter", "a-month-end-from-a-quarter-back"),
    case("Jobless claims rose by 9,000 in May to 1.31 mln after an 11,000 rise in April.",
         "9,000", None, "a-change-after-the-month-before-s-change"),
    case("The steel index slipped 4 points this week to 188 from 192 last week.", "4 points",
         None, "a-week-before-is-left-as-written"),
    case("Timber sales grew 12% to 5,000 cubic metres in 2024 from 3,000 cubic metres in 2019.",
         "12%", None, "a-year-further-back-is-no-basis"),
    case("Farm employment was 38,700 in 2024, up from 33,100 in 2023, and fishing 21,200.",
         "21,200", None, "a-level-moved-from-gives-no-basis-to-the-next"),
    case("For the October-December quarter, the ministry expects exports to rise 1.8% from the "
         "previous three months.", "1.8%", "quarter_on_quarter",
         "previous-three-months-of-a-named-quarter"),
    case("Turnover in the three months to June rose 1.2% compared with the previous three "
         "months.", "1.2%", "period_on_period", "previous-three-months-without-quarters"),
    case("Average rents rose 4.8% on the year to 1,240 euros in June, slowing from 5.3% in "
         "May.", "5.3%", "year_on_year", "the-rate-eased-from-past-the-level-reached"),
]

# A rate set beside the sentence's rate of change, as its earlier value or its forecast, has
# that rate's basis; a reading or a share beside it has none.
BASIS_OF_A_COMPARED_RATE = [
    case("The wholesale index rose 3.3% in the 12 months through March, above the 3.0% "
         "analysts had predicted and down from 3.6% in February.", "3.6%", "year_on_year",
         "earlier-value-after-a-forecast"),
    case("Rental costs climbed 4.1% year over year in May, below the 4.4% economists had "
         "expected and easing from 4.6% in April.", "4.4%", "year_on_year",
         "forecast-verb-after-the-figure"),
    case("Output expanded 2.1% on an annual basis in the second quarter, faster than 1.7% in "
         "the first quarter.", "1.7%", "year_on_year", "faster-than-the-quarter-before"),
    case("Home sales climbed 6.2% year on year in July, beating the 5.9% median estimate of "
         "brokers.", "5.9%", "year_on_year", "a-median-estimate-after-the-figure"),
    case("Footfall rose 1.1% on the month in June, after 0.8% in May.", "0.8%",
         "month_on_month", "after-the-month-before"),
    case("Exports rose 4% year on year, and the jobless rate was 5.2%, against 5.5% a quarter "
         "earlier.", "5.5%", None, "a-reading-beside-a-reading-has-none"),
    case("Tea sales rose 4% on the year; their market share was 12%, against 10% in 2023.",
         "10%", None, "a-share-after-a-semicolon-has-none"),
]

# An item that leaves out the change's verb ("..., and foreign firms, including ..., by 3.9
# percent") shares the basis of the change before it.
BASIS_OF_AN_ITEM_WITHOUT_ITS_VERB = [
    case("Output of state firms grew by 4.7 percent year on year, private firms by 6.6 "
         "percent, and foreign firms, including those from Japan, Korea and Taiwan, by 3.9 "
         "percent.", "3.9 percent", "year_on_year", "an-item-past-a-clause"),
    case("Sales of vans rose 3.0% from a year earlier, and those of trucks, which make up "
         "about a quarter of the market, by 1.2%.", "1.2%", "year_on_year",
         "an-item-past-a-relative-clause"),
]

# A share of a total ("18.4% of all sales", "or 3.2% of GDP", "accounting for 41%") is a
# level: no basis, whatever comparison its sentence states for the change beside it. A change
# of a share ("narrowed by 0.4% of GDP from a year earlier") keeps its own.
SHARES_OF_A_TOTAL_HAVE_NO_BASIS = [
    case("The trade surplus widened to 41 billion euros in the 12 months to May, or 2.3% of "
         "GDP.", "2.3%", None, "a-share-of-gdp-in-a-year-to-phrase"),
    case("Hydro output rose 8% on the year and covered 27.5% of national demand.", "27.5%",
         None, "a-share-covered"),
    case("Early rice output was 28.2 million tonnes, 0.6 million tonnes more than the previous "
         "year, accounting for 12.5 percent of the total increase.", "12.5 percent", None,
         "accounting-for-a-share-after-a-yearly-difference"),
    case("Retail, construction and transport had the most closures in the year to March, "
         "accounting for 21%, 16% and 11% of cases respectively.", "21%", None,
         "the-first-share-of-a-list-after-accounting-for"),
    case("Retail, construction and transport had the most closures in the year to March, "
         "accounting for 21%, 16% and 11% of cases respectively.", "11%", None,
         "the-last-share-of-a-list"),
    case("Tourist arrivals in the first half rose 14% from a year earlier to 9.2 million, "
         "equivalent to 88% of the level in the same period of 2019.", "88%", None,
         "a-share-of-an-earlier-level"),
    case("Exports of machinery grew 6.5 percent year on year, accounting for 34.8 percent of "
         "total exports.", "6.5 percent", "year_on_year", "the-change-beside-it-keeps-its-own"),
    case("The budget deficit narrowed by 0.4% of GDP from a year earlier.", "0.4%",
         "year_on_year", "a-change-of-a-share-keeps-its-own"),
]

# A gap to something that is no earlier time (another series, a price, a forecast) or to a
# time written further back than the basis ("than in May 2021") is no change over the period
# before: no basis, whatever the sentence states for its other figures.
GAPS_TO_NO_EARLIER_PERIOD = [
    case("Value added of the chemical industry grew by 7.0 percent year on year, 1.8 percentage "
         "points faster than that of all manufacturing.", "1.8 percentage points", None,
         "points-faster-than-another-series"),
    case("Output of the pharmaceutical sector rose 9.1% on the year, 2.4 percentage points "
         "higher than the growth of the mining sector.", "2.4 percentage points", None,
         "points-higher-than-another-sectors-growth"),
    case("Wind capture prices rose 6% from a year earlier in May, still 35% below the baseload "
         "price.", "35%", None, "below-a-price"),
    case("Lending rose 4.4% year on year in March, £2.1 billion above the Treasury's spring "
         "forecast.", "£2.1 billion", None, "above-a-forecast"),
    case("Electricity tariffs rose 3% year on year, 0.7 percentage points more than the rise in "
         "gas tariffs.", "0.7 percentage points", None, "points-more-than-another-rise"),
    case("Hotel occupancy climbed 3.3% year-on-year in May 2025 and was 7.5% higher than in "
         "May 2022.", "7.5%", None, "higher-than-a-dated-month-years-back"),
    case("Wheat prices rose 5.5% year on year in July 2025 but were 21% lower than in the same "
         "month of 2022.", "21%", None, "lower-than-the-same-month-years-back"),
    case("Cattle numbers fell 2% year on year, leaving herds 11% smaller than the 2019-2023 "
         "median.", "11%", None, "smaller-than-a-median-of-years"),
    case("Borrowing was £4.1 billion more than a year ago and above the spring forecast.",
         "£4.1 billion", "year_on_year", "a-year-ago-before-a-forecast-keeps-its-basis"),
    case("Hotel occupancy climbed 3.3% year-on-year in May and was 1.2% higher than a year "
         "earlier in April.", "1.2%", "year_on_year", "higher-than-a-year-earlier-keeps-it"),
]

# The size of a revision sets one estimate against another, not a period against the one
# before: no basis; the figures revised keep theirs.
REVISIONS_HAVE_NO_BASIS = [
    case("Industrial output grew 1.2% on the month in June. Growth for May has been revised up "
         "by 0.3 percentage points, to 0.8%.", "0.3 percentage points", None,
         "revised-up-by-points"),
    case("Jobless claims rose 4% year on year in the week; the previous week's figure was "
         "revised down 2,500 to 231,000.", "2,500", None, "revised-down-without-by"),
    case("Exports grew 6% from a year earlier in August, and July's estimate was revised "
         "upwards by $1.4 billion.", "$1.4 billion", None, "revised-upwards-by-an-amount"),
    case("Annual wage growth in the second quarter was revised down by 0.2 percentage points, "
         "from 5.1% to 4.9%.", "5.1%", "year_on_year", "the-rate-revised-keeps-its-basis"),
]


# A change annualised from the period before: quarter on quarter for a quarter, month on
# month for a month; "annualised inflation" and "the annual rate was" stay year on year.
BASIS_OF_ANNUALISED_CHANGES = [
    case("Korea's economy grew an annualized 2.6% in the third quarter.", "2.6%",
         "quarter_on_quarter", "annualised-growth-of-a-quarter"),
    case("At an annual rate, revolving credit rose 7.3 pct in April.", "7.3 pct",
         "month_on_month", "an-annual-rate-of-a-month"),
    case("Annualised inflation eased to 3.1% in May.", "3.1%", "year_on_year",
         "annualised-inflation-is-a-12-month-rate"),
    case("The services producer price annual rate was 2.9% in Quarter 2 2025.", "2.9%",
         "year_on_year", "the-annual-rate-of-a-quarter"),
]

BASIS_CARRIED_IN_PARAGRAPH = [
    case("Annual inflation in Chile slowed to 4.1% in May. Among categories, prices of housing "
         "and utilities came in at 6.2% (vs 6.6% in April).", "6.2%", "year_on_year",
         "an-item-rate-of-the-paragraph-s-inflation"),
    case("Annual inflation in Chile slowed to 4.1% in May. Food bought at regulated prices made "
         "up 12.5% of the basket.", "12.5%", None, "a-share-takes-no-carried-basis"),
    case("Gas imports fell 12% quarter on quarter. This change deepened the shift towards LNG "
         "(46% - against 39% in the previous quarter).", "46%", None,
         "a-share-after-a-change-takes-no-carried-basis"),
    case("Exports fell between 2022 and 2023. The largest fall was a 3.1 billion euro drop "
         "in machinery.", "3.1 billion euro", "year_on_year",
         "basis-from-sentence-without-numbers"),
    case("Prices rose 0.3% month on month. Clothing was up 1.2%.", "1.2%", "month_on_month",
         "basis-carried-to-next-sentence"),
    case("Prices rose 0.3% month on month.\nClothing was up 1.2%.", "1.2%", None,
         "basis-stops-at-line-break"),
    case("Fuel prices fell 1.1% month on month in May. In June they rose 0.8% and 2.6% from a "
         "year earlier.", "0.8%", "month_on_month",
         "basis-carried-when-the-sentence-s-own-is-another-figure-s"),
]

# --- period ------------------------------------------------------------------------------

FINANCIAL_YEARS = [
    case("Net lending is projected at £41.2 billion in the financial year ending March 2025.",
         "£41.2 billion", ("2024-04-01", "2025-03-31"), "financial-year-ending-a-month"),
    case("The group earned $2.1 billion in the fiscal year ended Sept. 30, 2023.",
         "$2.1 billion", ("2022-10-01", "2023-09-30"), "fiscal-year-ended-a-day"),
    case("India's fiscal deficit was 5.6 per cent of GDP in FY24, the Ministry of Finance said.",
         "5.6 per cent", ("2023-04-01", "2024-03-31"), "india-fy-label"),
    case("Net borrowing was 2.1% of GDP in 2013/14, the Office for National Statistics said.",
         "2.1%", ("2013-04-01", "2014-03-31"), "uk-split-year"),
    case("Receipts rose 7% in fiscal 2023-24, Statistics Canada said.",
         "7%", ("2023-04-01", "2024-03-31"), "canada-fiscal-split"),
    case("The federal deficit reached 1.7 trillion dollars in fiscal 2023, the U.S. Treasury "
         "Department said.", "1.7 trillion dollars", ("2022-10-01", "2023-09-30"),
         "us-federal-fiscal-year"),
    case("In the April-December period, steel output rose by 5 per cent in FY25, compared to "
         "7.1 per cent in FY24, the Ministry of Steel said.", "7.1 per cent",
         ("2023-04-01", "2023-12-31"), "months-without-year-inside-a-financial-year"),
    case("In January-June, exports rose 5% in 2024 and 3% in 2023.", "3%",
         ("2023-01-01", "2023-06-30"), "months-without-year-inside-a-calendar-year"),
    case("China plans to borrow 20 billion dlrs in the 1991-95 plan period.",
         "20 billion dlrs", ("1991-01-01", "1995-12-31"), "span-with-short-end"),
    case("New Zealand's trade deficit was 1.3 billion N.Z. dlrs in the first five months of "
         "fiscal 2023/24, Statistics New Zealand said.", "1.3 billion N.Z. dlrs",
         ("2023-07-01", "2023-11-30"), "first-months-of-a-financial-year"),
    case("Australian wool exports reached 2.4 billion dlrs in the first nine months of "
         "fiscal 1986/87, against 2.1 billion dlrs in the same period of 1985/86, the Australian "
         "Bureau of Statistics said.", "2.1 billion dlrs", ("1985-07-01", "1986-03-31"),
         "same-period-of-an-earlier-financial-year"),
    case("In the April-November period of 2023-24 (FY24), India's coal output rose 12.9 per "
         "cent, the Ministry of Coal said.", "12.9 per cent", ("2023-04-01", "2023-11-30"),
         "months-of-a-split-financial-year"),
    case("Receipts rose 4% in the first quarter of fiscal 2024, the U.S. Treasury Department "
         "said.", "4%", ("2023-10-01", "2023-12-31"), "quarter-of-a-us-fiscal-year"),
    case("Sales of the UK's state lottery rose 3% in the first half of the 2022/23 financial "
         "year, the Office for National Statistics said.", "3%", ("2022-04-01", "2022-09-30"),
         "half-of-a-uk-financial-year"),
    # a half written alone after a financial year or half named before: a half of that year
    case("Capital spending for FY24 was budgeted at ₹9,800 crore, of which ₹4,100 crore went in "
         "H1, the Ministry of Steel said.", "₹4,100 crore", ("2023-04-01", "2023-09-30"),
         "h1-of-the-financial-year-in-the-sentence"),
    case("India's tractor sales rose 8 per cent in the first half (April-September) of FY25, the "
         "Ministry of Agriculture said.\nIn the first half, exports of tractors grew 12 per cent.",
         "12 per cent", ("2024-04-01", "2024-09-30"), "first-half-after-a-fiscal-half-named"),
    case("Retail sales rose 3% in 2023.\nIn the first half, online sales grew 12%.", "12%",
         ("2024-01-01", "2024-06-30"), "first-half-after-a-calendar-year-stays-calendar"),
]

HEADLINES_IN_CAPITALS = [
    case("JAPAN CURRENT SURPLUS 4.1 BILLION DLRS IN 3RD QTR", "4.1 BILLION DLRS",
         ("1986-07-01", "1986-09-30"), "qtr-headline"),
    case("U.K. JOBLESS RATE 11.1 PCT IN FEBRUARY", "11.1 PCT",
         ("1987-02-01", "1987-02-28"), "month-headline"),
]

ANAPHORIC_AND_TRAILING = [
    # "the latest week", "the same date", "the holiday": the week, day or holiday named before
    case("Online job adverts rose 2.1% in the week to 7 June 2024.\nIn the latest week, the "
         "index stood at 86.3 in Scotland.", "86.3", ("2024-06-01", "2024-06-07"),
         "the-latest-week-named-before"),
    case("On 3 June 2024, diesel cost 1.52 EUR/litre on average.\nOn the same date, Spain "
         "(1.41 EUR/litre) was among the cheapest markets.", "1.41 EUR/litre",
         ("2024-06-03", "2024-06-03"), "the-same-date-named-before"),
    case("Harvesting reached 61% of the area by Nov. 12, compared with 88% at the same point "
         "last year.", "88%", ("2023-11-12", "2023-11-12"), "the-same-point-last-year"),
    case("By March 11, 68 per cent of the full-year target had been met, compared with 71 per "
         "cent by the same date last year.", "71 per cent", ("2023-03-11", "2023-03-11"),
         "the-same-date-last-year"),
    case("During the Spring Festival holiday from February 10 to 17, 2024, trips totalled 474 "
         "million.\nRail trips during the holiday averaged 12 million a day, up 7.1% year on "
         "year.", "7.1%", ("2024-02-10", "2024-02-17"), "the-holiday-named-before"),
    # a month inside the paragraph's span is a zoom, not the document's new time: "in the
    # same period" in a later paragraph points back to the span
    case("In the first eight months of 2024, fixed investment rose 3.4 percent year on year. In "
         "August, investment grew 0.2 percent month on month.\nBy sector, manufacturing "
         "investment rose 9.3 percent.\nInvestment in utilities increased by 21.1 percent in "
         "the same period.", "21.1 percent", ("2024-01-01", "2024-08-31"),
         "same-period-after-a-month-inside-the-span"),
    case("In the first quarter of 2024, exports rose 2.0%.\nIn the second quarter, exports "
         "rose 3.1%.\nImports grew 1.4% in the same period.", "1.4%",
         ("2024-04-01", "2024-06-30"), "same-period-after-a-new-span"),
    case("Exports to Asia rose 400 mln dlrs to 3.1 billion dlrs, with Africa up 100 mln dlrs "
         "to 0.9 billion dlrs in the quarter.", "400 mln dlrs", ("2024-07-01", "2024-09-30"),
         "sentence-final-period-governs-all"),
    case("Sales rose 0.5%, after 0.3% in the first quarter.", "0.5%", None,
         "final-period-of-previous-value-stays-its-own"),
    case("GDP grew 0.6% in the fourth quarter of 2023. In 2022, the economy grew 4.1%. "
         "Business investment rose 1.2% for the quarter.", "1.2%",
         ("2023-10-01", "2023-12-31"), "the-quarter-is-the-last-quarter-named"),
    case("Farm exports totalled 26.9 billion dlrs in 1986. Grain exports fell 9 pct "
         "during the year.", "9 pct", ("1986-01-01", "1986-12-31"), "during-the-year"),
    case("Output fell 1.2% in the second quarter of 2024. Exports rose 3% in March after a 1% "
         "fall the previous month.", "1%", ("2024-02-01", "2024-02-29"),
         "previous-month-of-the-sentence-figure-not-the-paragraph"),
    case("Growth was 2.1% in 2023. GDP rose 0.4% in the fourth quarter, following 0.2% the "
         "prior quarter.", "0.2%", ("2023-07-01", "2023-09-30"), "prior-quarter-of-the-figure"),
    case("Japan's trade surplus was 1.2 trillion yen in March 2024.\nExports totalled 9.1 "
         "trillion yen against 8.6 trillion yen in February and 8.2 trillion yen a year earlier.",
         "8.2 trillion yen", ("2023-03-01", "2023-03-31"),
         "a-value-set-against-does-not-anchor-a-year-earlier"),
    case("The trade surplus was 2.1 billion dlrs in June 2024.\nImports were 4.0 billion dlrs, "
         "with a 0.4 billion dlr deficit a year ago.\nExports were 6.1 billion dlrs against "
         "5.2 billion dlrs a year earlier.", "5.2 billion dlrs", ("2023-06-01", "2023-06-30"),
         "a-year-ago-does-not-move-the-document-period"),
    case("Permits issued in December grew 8.8% from the previous month.", "8.8%",
         ("2023-12-01", "2023-12-31"), "issued-in-is-not-a-release-date"),
    case("The trade gap for all of 2023 rose 11.1 billion dlrs.", "11.1 billion dlrs",
         ("2023-01-01", "2023-12-31"), "year-before-a-verb"),
    case("Online spending rose 4.0% in May 2024, the largest increase since July 2022 (4.4%).",
         "4.4%", ("2022-07-01", "2022-07-31"), "bracket-after-a-named-period"),
]

COMPARISONS_ARE_NOT_THE_PERIOD = [
    # a time back from the figures' after a verb of forecasting dates the forecast
    case("For the April-June quarter, core orders fell 0.9%, a smaller drop than the 2.7% "
         "decline the office had projected three months earlier.", "2.7%",
         ("2024-04-01", "2024-06-30"), "projected-three-months-earlier"),
    # several units back from the figures' time
    case("Firms lent £9.2 billion in Quarter 3 2025, up from £7.4 billion three months "
         "earlier.", "£7.4 billion", ("2025-04-01", "2025-06-30"), "three-months-earlier"),
    # the time of a level set against the figure's: "above the level a year earlier", "than at
    # the same point last year", "up £1.6 billion on Quarter 2 2023"
    case("Stocks stood at 2.1 million tonnes at the end of January 2024, 12% above the level a "
         "year earlier.", "12%", ("2024-01-31", "2024-01-31"), "above-the-level-a-year-earlier"),
    case("On 12 June 2024, a litre of diesel cost 10.4 pence less than at the same point last "
         "year.", "10.4 pence", ("2024-06-12", "2024-06-12"), "than-at-the-same-point-last-year"),
    case("Exports to Asia were £41.1 billion in Quarter 2 2024, up £1.6 billion on Quarter 2 "
         "2023.", "£1.6 billion", ("2024-04-01", "2024-06-30"), "up-on-a-quarter-a-year-back"),
    # "compared with 2017-2022": the years compared with, whole
    case("Among Member States, Finland (-53%) and Sweden (-38%) recorded the largest reductions "
         "compared with 2017-2022.", "-38%", None, "compared-with-a-range-of-years"),
    # "over 2023" after a figure of a period already named compares with it
    case("Grain output in 2024 was 706.5 million tonnes, an increase of 11.1 million tonnes or "
         "1.6 percent over 2023.", "1.6 percent", ("2024-01-01", "2024-12-31"),
         "over-a-year-after-the-year-named"),
    # when an estimate was made is not the time of the figure estimated
    case("The department said the April increase in total orders was now put at 210 mln dlrs, "
         "against 540 mln dlrs estimated a month ago.", "540 mln dlrs",
         ("2024-04-01", "2024-04-30"), "estimated-a-month-ago-is-when"),
    # the change of a cumulative growth rate against a shorter span of the same year
    case("In the first eleven months of 2024, imports grew 3.6 percent. Their growth slowed by "
         "0.4 percentage points compared with January to October.", "0.4 percentage points",
         ("2024-01-01", "2024-11-30"), "compared-with-a-span-of-months"),
    case("From January to July, retail sales rose 4.1 percent, 0.3 percentage points lower "
         "than that from January to June.", "0.3 percentage points", ("2024-01-01", "2024-07-31"),
         "than-that-from-a-span-of-months"),
    case("Rents rose 0.3% between May and June 2024. The monthly rise was 0.6 percentage "
         "points higher this year compared with last year.", "0.6 percentage points",
         ("2024-06-01", "2024-06-30"), "compared-with-last-year"),
    case("In June 2024, rents were 0.6 percentage points higher this year compared with "
         "last year.", "0.6 percentage points", ("2024-06-01", "2024-06-30"),
         "this-year-beside-a-month-of-the-same-sentence"),
    case("In March 2023, card spending rose 5% in the month.", "5%",
         ("2023-03-01", "2023-03-31"), "the-month-framed-by-an-opening-period"),
    case("The CPI rose 0.2% between May and June 2024.", "0.2%",
         ("2024-06-01", "2024-06-30"), "between-consecutive-months-is-the-later"),
    case("The jobless rate climbed from 3.9% to 4.3% between June and July 2024.", "3.9%",
         ("2024-06-01", "2024-06-30"), "value-moved-from-is-of-the-first-month"),
    case("The jobless rate climbed from 3.9% to 4.3% between June and July 2024.", "4.3%",
         ("2024-07-01", "2024-07-31"), "level-reached-is-of-the-second-month"),
    case("Between 2010 and 2020 the share of wind power rose from 12% to 31%.", "12%",
         ("2010-01-01", "2010-12-31"), "years-apart-opening-the-sentence"),
    case("The share of wind power rose from 12% to 31% between 2010 and 2020.", "31%",
         ("2020-01-01", "2020-12-31"), "years-apart-level-reached"),
    case("The index went from 101.2 to 103.5 from January to March 2024.", "101.2",
         ("2024-01-01", "2024-01-31"), "from-to-range-after-a-pair-is-no-comparison"),
    case("Inflation eased from 3.4% in April to 3.1% in May 2024.", "3.4%",
         ("2024-04-01", "2024-04-30"), "own-periods-of-a-pair-stay"),
    case("In Q2 2024 output was 2.9% above its previous peak in Q1 2008.", "2.9%",
         ("2008-01-01", "2024-06-30"), "from-a-point-further-back"),
    case("Inflation was 2.1% in the year to June.", "2.1%", ("2024-06-01", "2024-06-30"),
         "year-to-june-is-june"),
    case("The North is 5.1% below the peak of March 2008, with an index of 170.2 in June 2024.",
         "5.1%", ("2008-03-01", "2024-06-30"), "below-a-peak-spans-to-the-sentence-period"),
    case("In June 2024 the index was 4.4% higher than its pre-crisis peak in May 2008.",
         "4.4%", ("2008-05-01", "2024-06-30"), "peak-in-a-named-month"),
    case("Coal burn rose 8% in the third quarter of 2024, while hydro output fell 5% compared "
         "with the same quarter of 2023.", "5%", ("2024-07-01", "2024-09-30"),
         "same-quarter-of-a-year-is-compared-not-the-period"),
    case("Exports rose 4% in June 2024, up from 2% a year earlier, while imports fell 3% "
         "compared with the same month of 2023.", "3%", ("2024-06-01", "2024-06-30"),
         "period-of-the-last-own-figure-not-the-compared-value"),
    case("Card payments rose 6.2% in the second quarter of 2024. Cash withdrawals fell 9% "
         "compared with the same quarter of 2023.", "9%", ("2024-04-01", "2024-06-30"),
         "paragraph-period-not-the-compared-year"),
    case("Tourist arrivals rose 14% compared with the same period of 2023.", "14%", None,
         "only-a-compared-period-is-no-period"),
    case("In March 2024, freight volumes were 3.1% lower than in the same month of 2023.",
         "3.1%", ("2024-03-01", "2024-03-31"), "same-month-of-a-year-after-than"),
    case("In May 2024, coal output rose 3%. Gas output slipped 0.8%, against a rise of 2.5% "
         "in April, and oil output fell 1.9%.", "1.9%", ("2024-05-01", "2024-05-31"),
         "change-set-against-keeps-the-paragraph-period"),
    case("In May 2024, coal output rose 3%. Gas output slipped 0.8%, compared with growth of "
         "2.5% in April. Oil output fell 1.9%.", "1.9%", ("2024-05-01", "2024-05-31"),
         "change-set-against-is-not-carried"),
]

DAY_LEVEL_DATES = [
    # "mid-2025": the middle of the year, 30 June (the day of mid-year population estimates)
    case("The population was estimated at 5.6 million in mid-2023, an increase of 41,000, or "
         "0.7%, from mid-2022.", "5.6 million", ("2023-06-30", "2023-06-30"), "mid-year"),
    case("The population was estimated at 5.6 million in mid-2023, an increase of 41,000, or "
         "0.7%, from mid-2022.", "41,000", ("2023-06-30", "2023-06-30"),
         "a-change-from-mid-year-is-of-the-later-one"),
    case("At the end of June, deposits stood at 3.1 trillion yuan, up 41 billion yuan over the "
         "end of 2023.", "41 billion yuan", ("2024-06-30", "2024-06-30"),
         "a-point-compared-over-an-earlier-point"),
    case("Reservoirs held 212 TWh at the end of August, 9 TWh more than at the end of July.",
         "9 TWh", ("2024-08-31", "2024-08-31"), "a-point-compared-with-the-point-before"),
    case("Mortgage applications fell 2.3% in the week ended Aug. 23.", "2.3%",
         ("2024-08-17", "2024-08-23"), "week-ended-month-day"),
    case("Jobless claims rose by 4,000 for the week ending 10 August 2024.", "4,000",
         ("2024-08-04", "2024-08-10"), "week-ending-day-month-year"),
    case("Over the holiday week from July 1 to July 7, cinema takings rose 14%.", "14%",
         ("2024-07-01", "2024-07-07"), "from-month-day-to-month-day"),
    case("Cinema takings rose 14% from 28 June to 4 July 2024.", "14%",
         ("2024-06-28", "2024-07-04"), "from-day-month-to-day-month-year-after-a-change"),
    case("Between April 2 and April 8, hotel bookings fell 6.3%.", "6.3%",
         ("2024-04-02", "2024-04-08"), "between-two-days"),
    case("Hotel bookings fell 6.3% between 2 and 8 April.", "6.3%",
         ("2024-04-02", "2024-04-08"), "between-days-of-one-month"),
    case("Footfall in city centres was 9% lower in the week of 5-11 August.", "9%",
         ("2024-08-05", "2024-08-11"), "day-range-of-a-month"),
    case("Footfall in city centres was 9% lower on Aug. 5-11, 2023.", "9%",
         ("2023-08-05", "2023-08-11"), "month-day-range-with-year"),
    case("On July 31, the central bank's reserves stood at 3.2 trillion dollars.",
         "3.2 trillion dollars", ("2024-07-31", "2024-07-31"), "on-a-day"),
    case("Reserves stood at 3.2 trillion dollars on 31 July 2023.", "3.2 trillion dollars",
         ("2023-07-31", "2023-07-31"), "day-month-year"),
    case("Reserves stood at 3.2 trillion dollars on July 31st, 2023.", "3.2 trillion dollars",
         ("2023-07-31", "2023-07-31"), "month-ordinal-day-year"),
    case("Producer prices fell in June 2 pct from May.", "2 pct",
         ("2024-06-01", "2024-06-30"), "a-value-after-a-month-is-no-day"),
    case("Producer prices rose 15% to 21 million tonnes in June.", "21 million tonnes",
         ("2024-06-01", "2024-06-30"), "numbers-before-a-month-are-values"),
    case("The ministry said on March 14 that exports rose 3%.", "3%", None,
         "the-day-a-body-spoke-is-not-the-figures-period"),
    case("Mortgage rates averaged 6.71% as of Aug. 22, Freddie Mac said.", "6.71%",
         ("2024-08-22", "2024-08-22"), "as-of-month-day"),
]

# "The year ending June 2025" names the twelve months (as a fiscal year ending March does);
# "the year to June 2025" is June 2025 (a 12-month rate refers to its last month).
YEAR_ENDING = [
    case("Visitor arrivals totalled 3.2 million in the year ending September 2025.",
         "3.2 million", ("2024-10-01", "2025-09-30"), "year-ending-is-twelve-months"),
    case("Reported thefts fell 6% in the twelve months ended May 2025.",
         "6%", ("2024-06-01", "2025-05-31"), "twelve-months-ended"),
    case("House prices rose 2.8% in the year to May 2025.",
         "2.8%", ("2025-05-01", "2025-05-31"), "year-to-is-its-month"),
]

# A policy act is dated by its day ("lowered its rate to 7.25% on Thursday"); a day after a
# verb of speech stays the day it was said.
POLICY_DAYS = [
    # the day of a decision that moved a rate
    case("Tuesday's decision also lowered the deposit rate to 2.75%, the bank said.", "2.75%",
         ("2024-08-27", "2024-08-27"), "a-decision-on-a-weekday-moved-the-rate"),
    # the move's meeting, however far the verb of the move stands before it
    case("The Reserve Bank lowered its cash rate by 25 basis points to 3.6% at its July 2024 "
         "meeting.", "3.6%", ("2024-07-01", "2024-07-31"), "meeting-month-after-a-long-move"),
    case("The Riksbank lowered its policy rate to 1.75% on Wednesday.", "1.75%",
         ("2024-08-28", "2024-08-28"), "policy-act-on-its-day"),
    # the days of a meeting ahead, without their year, are the next ones (the move's time)
    case("Swaps price a 70% chance of a half-point cut at the ECB's Sept. 11-12 meeting.",
         "70%", ("2024-09-11", "2024-09-12"), "odds-of-a-move-at-a-meeting-ahead"),
    case("Brent touched $91 a barrel on Aug. 29.", "$91", ("2024-08-29", "2024-08-29"),
         "a-day-just-past-stays-past"),
    # a move set off from the level it reaches by commas is of the level's meeting
    case("The bank trimmed its rate to 4.5% in June. Traders expect a further 25-basis-point "
         "cut, to 4.25%, at its Sept. 18 review.", "25-basis-point", ("2024-09-18", "2024-09-18"),
         "a-move-set-off-from-its-level-takes-its-meeting"),
    case("Dealers see a half-point hike, to 6%, at the Oct. 3 meeting.", "half-point",
         ("2024-10-03", "2024-10-03"), "a-hike-set-off-from-its-level"),
    case("The rate was cut by 25 basis points in June, to 4.25%, at the Sept. 18 meeting.",
         "25 basis points", ("2024-06-01", "2024-06-30"), "a-move-with-its-own-month-keeps-it"),
]

# A phrase set right before a number with "at" is that number's, not the one before it.
LEADING_PHRASES = [
    case("Exports are projected to grow 4.1 per cent, with H1FY26 at 3.2 per cent and H2FY26 "
         "at 5.0 per cent.", "3.2 per cent", ("2025-04-01", "2025-09-30"),
         "first-of-two-leading-phrases"),
    case("Output is seen rising 2% in 2026 and in 2027 at 1.5%.", "2%",
         ("2026-01-01", "2026-12-31"), "phrase-after-and-leads-the-next-number"),
    case("Output is seen rising 2% in 2026 and in 2027 at 1.5%.", "1.5%",
         ("2027-01-01", "2027-12-31"), "phrase-before-at-is-the-next-numbers"),
]

PERIODS_OF_TWO_PARTS = [
    case("In the three months June to August together, car registrations were 4.5% higher "
         "than a year earlier.", "4.5%", ("2024-06-01", "2024-08-31"), "n-months-named"),
    case("In the two months November and December together, exports were 2.2% below the same "
         "two months a year earlier.", "2.2%", ("2023-11-01", "2023-12-31"),
         "two-months-across-the-year-end-of-the-reference"),
    case("Prices rose 3% in December and January.", "3%", ("2023-12-01", "2024-01-31"),
         "december-and-january-span-the-year-end"),
    case("Output grew 0.7% between the first and second quarters of 2024.", "0.7%",
         ("2024-04-01", "2024-06-30"), "between-two-ordinal-quarters-is-the-later"),
    case("Sales rose by 1.1% in the third and fourth quarters of 2023.", "1.1%",
         ("2023-07-01", "2023-12-31"), "two-ordinal-quarters"),
    case("Retail sales rose 0.8% and 1.1% in April and May, respectively.", "1.1%",
         ("2024-05-01", "2024-05-31"), "two-periods-respectively"),
    case("Net sales were 410 mln dlrs in January 2024, up from 380 mln dlrs in the year ago "
         "period.", "380 mln dlrs", ("2023-01-01", "2023-01-31"), "the-year-ago-period"),
    case("Canada's trade surplus was 2.1 billion dlrs in March 2024.\nThe February surplus "
         "compared with 1.4 billion dlrs a year earlier.", "1.4 billion dlrs",
         ("2023-02-01", "2023-02-28"), "a-year-earlier-than-the-month-its-own-sentence-names"),
]

PARAGRAPH_PERIOD = [
    case("Gas imports fell 9% in the second quarter of 2024. Spot prices were 31 euros in "
         "April and 35 euros in May, before 33 euros in June. Retail prices rose 2%.",
         "2%", ("2024-04-01", "2024-06-30"), "monthly-breakdown-keeps-the-quarter"),
    case("Gas imports fell 9% in the second quarter of 2024. In June, imports fell 3%. "
         "Pipeline flows fell 4%.", "4%", ("2024-06-01", "2024-06-30"),
         "one-sub-period-does-change-the-paragraph-period"),
]
# "the first five months" alone is the span an earlier phrase called the first five months of
# something (a financial year), else the year's; a headline's "IN MAY QUARTER" is March to May.
FIRST_MONTHS_AND_MONTH_QUARTERS = [
    # "the first six months" after "the first half of" a financial year is that half
    case("Exports rose 4.9% in the first half of the 2025-26 fiscal year.\nShipments of rice "
         "earned $1.2 billion in the first six months, up 6.3%.", "6.3%",
         ("2025-04-01", "2025-09-30"), "first-six-months-after-the-first-half-of-a-fiscal-year"),
    case("The province ran a surplus of C$2.1 billion for April to September, the first six "
         "months of fiscal 2025-26.\nRevenues in the first six months rose 3.2%.", "3.2%",
         ("2025-04-01", "2025-09-30"), "first-months-named-earlier"),
    case("Exports rose 3% in the first six months of the year.\nImports in the first six months "
         "fell 2%.", "2%", ("2024-01-01", "2024-06-30"), "first-months-of-the-year"),
    case("NEW ZEALAND RETAIL SALES RISE 0.9 PCT IN AUGUST QUARTER", "0.9 PCT",
         ("2024-06-01", "2024-08-31"), "headline-month-quarter"),
]
# A move of a share price in a trading session is of the trading day its sentence or
# paragraph names, not of the quarter of the results reported; one its own phrase dates stays.
TRADING_DAYS = [
    case("Acme Corp on Wednesday reported third-quarter results that beat estimates. Acme "
         "shares rose about 6% in extended trading.", "6%", ("2024-08-28", "2024-08-28"),
         "share-move-takes-the-reporting-day"),
    case("Beta shares fell 4% in premarket trading Friday after the retailer reported "
         "fiscal first-quarter sales.", "4%", ("2024-08-30", "2024-08-30"),
         "share-move-on-the-day-not-the-results-quarter"),
    case("Gamma reported second-quarter results. Its shares slipped 2% in late trading.", "2%",
         None, "share-move-with-no-day-named"),
    case("Acme on Wednesday reported results. The stock is up 14% this year in trading.", "14%",
         ("2024-01-01", "2024-12-31"), "share-move-dated-by-its-own-phrase"),
]
# A span told as over ("the week ended August 22") is over by the time of writing, whatever
# year a season named before would put its month in.
ENDED_SPANS = [
    case("Soybean export sales for the 2024/25 marketing year came to 412,000 tonnes in the "
         "week ended August 22.", "412,000 tonnes", ("2024-08-16", "2024-08-22"),
         "week-ended-before-the-reference-date"),
]
QUARTERS_WRITTEN_OUT_AND_NOW = [
    case("Output grew by 0.4% in Quarter 3 (July to Sept) 2024, after 0.2% in Quarter 2 2024.",
         "0.4%", ("2024-07-01", "2024-09-30"), "quarter-number-with-its-months"),
    case("Output grew by 0.4% in Quarter 3 (July to Sept) 2024, after 0.2% in Quarter 2 2024.",
         "0.2%", ("2024-04-01", "2024-06-30"), "quarter-number-and-year"),
    case("Exports rose 6.1 percent in the first three quarters of 2024.", "6.1 percent",
         ("2024-01-01", "2024-09-30"), "first-three-quarters"),
    case("Exports rose 3% in May 2024. Tariffs now stand at 10%.", "10%", (None, None),
         "now-is-unresolved-not-the-paragraph-period"),
]

COMPARED_PAIRS = [
    case("Turnover slowed for furniture (4.1% vs 5.0% in May), books (2.2% vs 2.9%) and toys "
         "(1.0% vs 1.6%).", "2.9%", ("2024-05-01", "2024-05-31"),
         "later-pair-takes-the-first-pairs-period"),
    case("Turnover slowed for furniture (4.1% vs 5.0% in May), books (2.2% vs 2.9%) and toys "
         "(1.0% vs 1.6%).", "1.6%", ("2024-05-01", "2024-05-31"), "last-pair-too"),
]

# A span between two holidays, and "the latest period" of a bulletin about a rolling span.
SPANS_NAMED_OTHERWISE = [
    case("Registrations in 2023 were 4.2% above the five-year average (2017 to 2019, 2021 "
         "and 2022).", "4.2%", ("2023-01-01", "2023-12-31"), "the-years-of-an-average-in-brackets"),
    case("Shoppers spent $10.8 billion online between Thanksgiving and Cyber Monday 2023.",
         "$10.8 billion", ("2023-11-23", "2023-11-27"), "between-two-holidays"),
    case("Job adverts fell by 41,000 in March to May 2024.\nIn the latest period, adverts fell "
         "in 9 of the 12 regions.", "9", ("2024-03-01", "2024-05-31"), "the-latest-period"),
]

# A bracketed figure with its own period ("(+1.9% in June)") keeps it, and lends it neither to
# the figure before the brackets nor to the list items after them.
_BRACKETED = ("By sector, food sales climbed 2.4% on the year in July (+1.9% in June), clothing "
              "0.7% and electronics 3.1%, while fuel sales dropped 2.2% (-1.5% in June).")
BRACKETED_FIGURES_WITH_THEIR_OWN_PERIOD = [
    case(_BRACKETED, "+1.9%", ("2024-06-01", "2024-06-30"), "the-brackets-own-period"),
    case(_BRACKETED, "0.7%", ("2024-07-01", "2024-07-31"), "a-list-item-after-the-brackets"),
    case(_BRACKETED, "2.2%", ("2024-07-01", "2024-07-31"),
         "the-figure-before-a-bracket-with-a-period"),
    case(_BRACKETED, "-1.5%", ("2024-06-01", "2024-06-30"), "the-second-brackets-period"),
    case("Sales of heat pumps fell 12% (down 4% in the first quarter) to 310,000 units in the "
         "first half of 2024.", "12%", ("2024-01-01", "2024-06-30"),
         "a-bracketed-change-between-a-figure-and-its-level",
         gap="the level after the brackets is chained to the bracketed change, not to the "
         "change before them, so the change before them takes no period"),
    # a bracket that restates a period, holding no figure, still dates the figure
    case("Some 41% of firms reported higher costs, down from 44% in the previous wave (3 to 14 "
         "July 2024).", "44%", ("2024-07-03", "2024-07-14"), "a-bracketed-period-restated"),
]

# A forecast of a time not over by the date of writing is no time the document is about: the
# quarter after it is still the one reported.
_OUTLOOK_BETWEEN = (
    "Acme on Wednesday reported second-quarter results. Revenue in the quarter fell 7.8% to "
    "$1.35 billion.\nFor the third quarter, Acme forecast revenue of $1.26 billion to $1.32 "
    "billion.\nHeadcount fell to 14,300 at quarter-end, and the company returned $58 million "
    "to shareholders in the quarter."
)
AFTER_AN_OUTLOOK = [
    case(_OUTLOOK_BETWEEN, "14,300", ("2024-06-30", "2024-06-30"), "quarter-end-after-an-outlook"),
    case(_OUTLOOK_BETWEEN, "$58 million", ("2024-04-01", "2024-06-30"),
         "the-quarter-after-an-outlook"),
    case(_OUTLOOK_BETWEEN, "$1.26 billion", ("2024-07-01", "2024-09-30"), "the-outlook-itself"),
]

PERIOD_SET_OFF_BY_COMMAS = [
    # a change restated in money, then its period before the level it reached
    case("Personal savings rose 0.4 pct, or 12.1 billion dlrs, in March to an annual rate of "
         "3.1 trillion dlrs.", "0.4 pct", ("2024-03-01", "2024-03-31"),
         "period-after-a-restated-change-before-to"),
    case("Farm exports fell 2.2%, or $310 million, in June to $13.7 billion.", "$310 million",
         ("2024-06-01", "2024-06-30"), "period-after-a-restatement-before-to"),
    case("Profit climbed to $3.1 billion, or 84 cents a share, in the third quarter from $2.7 "
         "billion a year earlier.", "84 cents", ("2024-07-01", "2024-09-30"),
         "set-off-before-the-value-compared"),
    case("Sales slipped to 41,200 units, or 9% of the market, in May versus 44,900 units a "
         "year earlier.", "9%", ("2024-05-01", "2024-05-31"), "set-off-before-versus"),
    case("Median rents climbed 4.4%, to $1,740, in the year to March 2023, after 5.1% in the "
         "year to February 2023.", "4.4%", ("2023-03-01", "2023-03-31"),
         "change-before-a-level-and-a-period-in-commas"),
    case("Median rents climbed 4.4%, to $1,740, in the year to March 2023, after 5.1% in the "
         "year to February 2023.", "$1,740", ("2023-03-01", "2023-03-31"),
         "level-before-a-period-in-commas"),
    case("Median rents climbed 4.4% in May, in June the council said they fell 1%.", "4.4%",
         ("2024-05-01", "2024-05-31"), "a-period-opening-the-next-clause-is-not-set-off"),
    case("The budget gap narrowed to $41 billion, or 2.7% of gross domestic product (GDP), in "
         "the second quarter, from $45 billion a year earlier.", "2.7%",
         ("2024-04-01", "2024-06-30"), "period-set-off-after-the-base-of-a-share"),
    case("Budget gap narrows to $41 bln, or 2.7% of GDP, in Q2 as revenue rises", "$41 bln",
         ("2024-04-01", "2024-06-30"), "headline-period-before-as-clause"),
    case("Exports rose 4% in the third quarter.\nIn the preceding April-June quarter, exports "
         "had fallen 1%.\nImports rose 2% in the quarter.", "2%", ("2024-07-01", "2024-09-30"),
         "the-quarter-is-not-the-preceding-one-named"),
]

PREVIOUS_VALUE_AFTER_A_PARTICIPLE = [
    case("Producer prices held steady in March after climbing a revised 0.4% in February. "
         "Analysts had forecast a 0.1% gain.", "0.1%", ("2024-03-01", "2024-03-31"),
         "the-period-no-number-owns-is-the-sentences"),
    case("Producer prices held steady in March after climbing a revised 0.4% in February.",
         "0.4%", ("2024-02-01", "2024-02-29"), "the-previous-value-keeps-its-own"),
]

DAY_OF_THE_WEEK = [
    case("Core inflation eased to 2.9% in May, still above the central bank's 2% target.",
         "2%", None, "a-standing-inflation-target-has-no-period"),
    case("Consumer prices rose 6.4% in June, above the top of the 2% to 6% tolerance band.",
         "6%", None, "a-tolerance-band-has-no-period"),
    case("The Fed lowered rates to a target range of 3.50%-3.75% in July.", "3.75%",
         ("2024-07-01", "2024-07-31"), "a-policy-rate-target-range-keeps-its-date"),
    case("Output grew 5.0% in the first half, short of the target of 5.5%.", "5.5%",
         ("2024-01-01", "2024-06-30"), "a-target-of-the-period-named-keeps-it"),
    case("Orders rose 1.1% in July after a 0.8% fall in June, revised from a previously "
         "reported 0.5% fall.", "0.5%", ("2024-06-01", "2024-06-30"),
         "an-earlier-estimate-is-of-the-revised-figures-period"),
    case("Sales grew 2.0% in July, after a revised 1.2% gain in June that was initially put "
         "at 1.5%.", "1.2%", ("2024-06-01", "2024-06-30"), "the-revised-figure-keeps-its-own"),
    case("In Wales, 1,920 homes were started in the latest quarter.", "1,920",
         ("2024-04-01", "2024-06-30"), "started-is-the-measured-verb-not-a-series-start"),
    case("Card spending hit its highest since the series began in 2019, at 4.1%.", "4.1%",
         None, "a-series-start-is-no-period"),
    case("Store traffic fell 3.4% on Black Friday 2023 from a year earlier.", "3.4%",
         ("2023-11-24", "2023-11-24"), "black-friday-is-its-day-not-a-friday"),
    case("Heating demand was 6% above the 2015-2024 average in the first quarter.", "6%",
         ("2024-01-01", "2024-03-31"), "a-baseline-average-of-years-is-no-period"),
    case("Officials forecast a 2026 deficit of 3.1 billion euros.", "3.1 billion euros",
         ("2026-01-01", "2026-12-31"), "a-year-before-a-figure-noun-dates-it"),
    case("During the Diwali period from October 10 to October 30, car sales jumped 14 per cent "
         "over last year's festive season.", "14 per cent", ("2024-10-10", "2024-10-30"),
         "a-season-compared-with-is-no-period-of-the-figure"),
    case("In the second quarter, LNG imports rose 5%. Pipeline gas from Algeria, which now "
         "arrives via Italy, amounted to 6.1 bcm.", "6.1 bcm", ("2024-04-01", "2024-06-30"),
         "now-in-a-relative-clause-is-no-period"),
    case("Credit grew 9.8 per cent in the fortnight ended August 23, against 9.6 per cent two "
         "weeks earlier.", "9.6 per cent", ("2024-07-27", "2024-08-09"),
         "two-weeks-before-a-fortnight"),
    case("Brent settled at $63.20 a barrel on Thursday and is down 9% this year.", "$63.20",
         ("2024-08-29", "2024-08-29"), "a-day-after-a-price-per-unit-is-its"),
    case("Reserves stood at $41.2 billion on Friday, down from a peak of $48 billion in June.",
         "$41.2 billion", ("2024-08-30", "2024-08-30"), "a-day-right-after-the-number-is-its"),
    case("Reserves stood at $41.2 billion on Friday, down from a peak of $48 billion in June.",
         "$48 billion", ("2024-06-01", "2024-06-30"), "the-other-number-keeps-its-month"),
    case("Gold jumped 2% to $2,410 an ounce on Friday as the dollar slid.", "$2,410",
         ("2024-08-30", "2024-08-30"), "the-day-is-the-figures-time"),
    case("Exports rose 4% in July, the ministry said on Friday.", "4%",
         ("2024-07-01", "2024-07-31"), "another-period-wins-over-the-day"),
    case("Exports rose 4%, customs data showed on Friday.", "4%", None,
         "the-day-the-data-came-out-is-no-period"),
    case("The shilling closed at 129.40 per dollar on Tuesday, against 128.90 a week earlier.",
         "129.40", ("2024-08-27", "2024-08-27"), "a-phrase-pointing-back-is-no-other-period"),
    case("The shilling closed at 129.40 per dollar on Tuesday, against 128.90 a week earlier.",
         "128.90", ("2024-08-20", "2024-08-20"), "a-week-before-a-day-is-a-day"),
    case("The rand was fixed at 18.40 to the dollar on Tuesday, against 18.10 in July.",
         "18.40", ("2024-08-27", "2024-08-27"), "a-day-after-the-currency-it-is-against"),
    case("Palm oil eased to 3,950 ringgit per 10 tonnes on Monday, from 4,020 ringgit in "
         "July.", "3,950 ringgit", ("2024-08-26", "2024-08-26"), "a-day-after-per-n-units"),
    case("Gas flows reached 301 million cubic metres a day (mcm/d) on Wednesday, up from 288 "
         "mcm/d in July.", "301 million cubic metres a day", ("2024-08-28", "2024-08-28"),
         "a-day-after-the-unit-in-short-in-brackets"),
    case("Gas flows reached 301 million cubic metres a day (mcm/d) on Wednesday, up from 288 "
         "mcm/d in July.", "288 mcm/d", ("2024-07-01", "2024-07-31"),
         "the-number-compared-keeps-its-month"),
    case("Output rose 4% (seasonally adjusted 3%) on Wednesday, against 2% in July.", "4%",
         None, "a-bracket-holding-a-number-is-no-unit"),
    case("Gold jumped 2% on Friday. Silver rose 1%.", "1%", ("2024-08-30", "2024-08-30"),
         "a-day-carries-to-the-next-sentence-like-any-period"),
    case("Gold jumped 2% on Friday.\nSilver rose 1%.", "1%", None,
         "a-day-does-not-carry-past-the-paragraph"),
    case("On Friday the bank set the fixing at 7.1010 per dollar. By 03:10 ET, the yuan "
         "traded at 7.1120.", "7.1120", (None, None), "a-time-of-day-is-the-sentences-own-period"),
    case("The estimate could be revised on Tuesday. Spending makes up 68% of output.", "68%",
         None, "a-day-in-a-sentence-without-numbers-does-not-carry"),
]

PERIODS_OF_COUNTS_AND_FORECASTS = [
    case("Warehouse stocks climbed to 61,300 bales on Wednesday from 58,900 bales last week.",
         "61,300", ("2024-08-28", "2024-08-28"), "a-day-after-the-things-counted-is-the-counts"),
    case("Zinc inventories stood at 24,150 tonnes as of Thursday, exchange data showed.",
         "24,150 tonnes", ("2024-08-29", "2024-08-29"), "as-of-a-day-of-the-week"),
    case("The bank held its rate at 4% in July and sees growth of 1.2% in 2025.", "1.2%",
         ("2025-01-01", "2025-12-31"), "a-year-after-a-number-is-not-the-month-of-another"),
    case("By 03:10 ET, the most-traded November soybean meal contract was up 0.6% at 310.2 "
         "yuan.", "0.6%", (None, None), "a-contract-month-before-several-words-is-a-name"),
    case("Sales in the first five months were 2.1 mln units, against 2.4 mln in the same 1986 "
         "period.", "2.4 mln", ("1986-01-01", "1986-05-31"), "the-same-period-of-a-year-inside",
         ),
    case("Maruti, Hyundai and Tata sold 140,100, 48,200 and 45,900 cars, respectively, in "
         "June.", "48,200", ("2024-06-01", "2024-06-30"), "respectively-before-the-period"),
    case("Coal imports reached 112 mt in the first seven months of the fiscal year, the "
         "Indian ministry said.", "112 mt", ("2024-04-01", "2024-10-31"),
         "the-first-months-of-the-fiscal-year-now-running", ),
    case("Wheat inspections since June 1 totalled 9.2 mln tonnes, the department said.",
         "9.2 mln tonnes", ("2024-06-01", "2024-09-01"), "a-running-total-since-a-day"),
    case("The bank has held its rate at 5% since March, and targets inflation of 2%.", "2%",
         None, "since-in-another-clause-is-not-the-figures"),
    case("About 3.4 million hours were lost because of floods in 2023, the board said.",
         "3.4 million hours", ("2023-01-01", "2023-12-31"), "because-of-opens-no-clause"),
]

LEVEL_AVERAGED_OVER_A_SPAN = [
    case("Retail Sales in Chile averaged 4.10 percent from 2000 until 2025, reaching an all "
         "time high of 58.20 percent in May of 2021.", "4.10 percent", ("2000-01-01", "2025-12-31"),
         "an-average-over-a-span-is-not-cut-at-the-high"),
]

PERIOD_DESCRIBED_AS_A_THING = [
    case("In Q2 2024, wheat output fell 6% to 31 million tonnes after a very dry first "
         "quarter.", "31 million tonnes", ("2024-04-01", "2024-06-30"),
         "a-dry-first-quarter-is-an-event"),
]

DATE_OF_A_FORECAST = [
    case("The central bank now sees growth of 1.4% this year, revised up from 1.1% in its "
         "March forecast.", "1.1%", ("2024-01-01", "2024-12-31"),
         "a-revised-value-shares-the-period-before-it-not-the-forecasts-date"),
    case("Borrowing will be £80 billion in 2024, against £87 billion in its spring outlook, the "
         "office said.", "£80 billion", ("2024-01-01", "2024-12-31"),
         "the-outlook-date-is-no-period"),
    # the years a forecast is for, with its value after it, are that value's period
    case("The chain raised its full-year forecast for same-store sales growth to a range of 2% "
         "to 3%.", "2%", ("2024-01-01", "2024-12-31"), "a-full-year-forecast-for-x-to"),
    case("The central bank cut its 2024 inflation forecast to 3.1% from 3.4% and left its 2025 "
         "outlook at 2.8%.", "3.4%", ("2024-01-01", "2024-12-31"),
         "a-forecast-year-leads-the-value-after-it-not-the-one-before"),
    case("The central bank cut its 2024 inflation forecast to 3.1% from 3.4% and left its 2025 "
         "outlook at 2.8%.", "2.8%", ("2025-01-01", "2025-12-31"), "the-outlook-years-value"),
    case("The lender cut its FY25 forecast for loan growth to 11%.", "11%",
         ("2024-04-01", "2025-03-31"), "a-fiscal-year-forecast"),
    case("Acme cuts full-year forecast as same-store sales drop 3.8%", "3.8%", None,
         "a-forecast-with-no-value-after-it-dates-nothing"),
]

THIS_YEAR_OF_A_TARGET = [
    case("Rents rose 2% in the year to May 2024.\nThe council has set a target of 3% for "
         "rent growth this year.", "3%", ("2024-01-01", "2024-12-31"),
         "this-year-is-the-calendar-year-after-a-monthly-paragraph"),
]

RECORDS_BEGAN = [
    case("Retail volumes hit their lowest since the survey began in 1996, as spending on fuel "
         "fell 4.1% to 2.2 billion pounds.", "4.1%", None, "the-year-a-series-began-is-no-period"),
    case("In May, joblessness was the lowest since records started in 1969, as the number "
         "of claimants dropped by 12,000.", "12,000", ("2024-05-01", "2024-05-31"),
         "the-year-records-started-leaves-the-opening-period"),
]

REVISED_VALUES = [
    case("Canada's trade surplus widened to 2.1 billion dlrs in March from 1.6 billion, revised "
         "from 1.4 billion, in February.", "1.6 billion", ("2024-02-01", "2024-02-29"),
         "value-before-its-revision-takes-the-period-after-it"),
    case("Canada's trade surplus widened to 2.1 billion dlrs in March from 1.6 billion, revised "
         "from 1.4 billion, in February.", "1.4 billion", ("2024-02-01", "2024-02-29"),
         "revision-shares-the-period"),
    case("Net lending rose to £4.2 billion in Q2 2024, from £3.9 billion (revised from "
         "£3.7 billion) in Q1 2024.", "£3.9 billion", ("2024-01-01", "2024-03-31"),
         "bracketed-revision"),
    # "from a revised X" is the value a change started from, not a restatement of the level
    case("In September, the shortfall widened to $4.1 billion from a revised $3.0 billion in "
         "August.", "$4.1 billion", ("2024-09-01", "2024-09-30"), "from-a-revised-value"),
    case("In September, the trade gap narrowed to 2.9 billion dlrs from an upwardly revised 3.4 "
         "billion dlrs in August.", "2.9 billion dlrs", ("2024-09-01", "2024-09-30"),
         "from-an-upwardly-revised-value"),
]

RANKED_SINCE = [
    case("Retail footfall in Spain climbed to 104.2 in March, above forecasts of 103.5 and the "
         "strongest level since October 2022.", "103.5", ("2024-03-01", "2024-03-31"),
         "a-rank-since-a-month-is-no-comparison-point"),
    case("Exports of wine fell to 3.2 million cases in July, the fewest in a month since 2019, "
         "while spirits rose 4%.", "4%", ("2024-07-01", "2024-07-31"),
         "rank-after-a-comma-leaves-the-clause-period"),
    case("Coffee prices have gained 12 pct since January, when frost hit Brazil.", "12 pct",
         ("2024-01-01", "2024-09-01"), "a-change-since-a-month-when-runs-to-now"),
    case("The weakest reading since June, when the index fell 2.3 pct, came in August.",
         "2.3 pct", ("2024-06-01", "2024-06-30"), "the-event-after-a-ranked-since-when"),
]

PERIODS_AHEAD = [
    case("The builders' federation expects housing completions to reach 41,000 in the fourth "
         "quarter.", "41,000", ("2024-10-01", "2024-12-31"),
         "a-quarter-looked-ahead-to-is-this-years"),
    case("Analysts see the jobless rate at 4.4% in November.", "4.4%",
         ("2024-11-01", "2024-11-30"), "a-month-looked-ahead-to"),
    case("Output rose 0.6% in July, short of the 0.8% economists had expected.", "0.8%",
         ("2024-07-01", "2024-07-31"), "a-past-month-stays-past-when-expected"),
    case("Imports fell 2.3% in the fourth quarter.", "2.3%", ("2023-10-01", "2023-12-31"),
         "a-quarter-reported-is-the-last-one"),
    case("Markets put the odds of a hike in December at 64%.", "64%",
         ("2024-12-01", "2024-12-31"), "odds-of-a-move-look-ahead"),
    case("Strategists see the index ending at 5,900 points by year-end.", "5,900 points",
         ("2024-12-31", "2024-12-31"), "by-year-end-is-the-last-day"),
    case("Cash holdings were 8.1 billion euros at quarter-end.", "8.1 billion euros",
         ("2024-09-30", "2024-09-30"), "at-quarter-end"),
]

COMPARED_VALUES_SET_NO_PERIOD = [
    case("Card payments rose to 3.1 billion in May, up 4% from 2.98 billion in April.\n"
         "By value, they came to $210 billion during the month, 9% more than in May last year "
         "and just below the $212 billion recorded in April.", "$210 billion",
         ("2024-05-01", "2024-05-31"), "the-month-is-the-one-the-text-is-about"),
    case("By value, card payments came to $210 billion during May, 9% more than in May last "
         "year and just below the $212 billion recorded in April.", "9%",
         ("2024-05-01", "2024-05-31"), "a-value-below-the-one-compared-sets-no-period"),
]

FIGURES_SET_AGAINST_SET_NO_PERIOD = [
    case("Net exports posted a surplus of $3.2 billion in the third quarter against a deficit "
         "of $1.1 billion in the second quarter, while services earned $9.4 billion.",
         "$9.4 billion", ("2024-07-01", "2024-09-30"), "a-figure-of-another-noun-set-against"),
    case("Tourism receipts were 4.1 billion in March compared with spending of 3.9 billion in "
         "February, and transfers reached 1.2 billion.", "1.2 billion",
         ("2024-03-01", "2024-03-31"), "compared-with-a-figure-of-another-noun"),
    case("Store closings reached 4,120 in May, nearly double the 2,150 counted in April and "
         "up 40% from the same month a year ago.", "40%", ("2024-05-01", "2024-05-31"),
         "a-figure-a-multiple-is-set-against-sets-no-period"),
]

EVENT_DATES_AND_DAYS = [
    case("The rand firmed on Thursday after the Reserve Bank raised its repo rate by 25 basis "
         "points to 7.5%, its second hike this year.", "7.5%", ("2024-08-29", "2024-08-29"),
         "a-counted-event-is-dated-not-the-figure"),
    case("Investing.com -- The franc firmed on Friday after the Swiss National Bank cut its "
         "policy rate by 25 basis points to 0.25%.", "0.25%", ("2024-08-30", "2024-08-30"),
         "a-byline-agency-is-no-speaker-of-the-day"),
    case("Shares slid on Monday as the bank cut 1,200 jobs.", "1,200",
         ("2024-08-26", "2024-08-26"), "a-day-after-a-change-verb-is-that-day"),
]

LEVEL_OF_A_PERIOD_COMPARED = [
    case("Sales rose 2% in the quarter. Volumes were still 4% below the level of Q3 2019.\n"
         "Prices rose 1.1% in the quarter.", "1.1%", ("2024-07-01", "2024-09-30"),
         "a-level-compared-sets-no-quarter-for-later-paragraphs"),
    case("In the third quarter of 2024, output was 4% above its level in Q3 2019.", "4%",
         ("2019-07-01", "2024-09-30"), "a-level-compared-spans-to-now"),
]

DAYS_NAMED_FROM_THE_REFERENCE = [
    case("The overnight rate rose to 5.9 pct yesterday.", "5.9 pct",
         ("2024-08-31", "2024-08-31"), "yesterday-is-the-day-before"),
    case("The lira closed at 34.2 per dollar today.", "34.2", ("2024-09-01", "2024-09-01"),
         "today-is-the-reference-date"),
    case("Tuesday's figures showed imports fell 3.4%.", "3.4%", None,
         "the-day-of-a-release-is-no-period"),
]

YEAR_TO_A_QUARTER_NAMED_BY_ITS_MONTH = [
    case("Rents rose 6.1% in the year to the March quarter.", "6.1%",
         ("2024-01-01", "2024-03-31"), "year-to-the-march-quarter"),
    case("The wage price index rose 3.4% over the year to the December quarter 2023.", "3.4%",
         ("2023-10-01", "2023-12-31"), "year-to-the-december-quarter-with-its-year"),
]

THAT_IN_A_PERIOD_COMPARED = [
    case("In May, exports grew 6.1% year on year, 0.4 percentage points higher than the rate in "
         "April.", "0.4 percentage points", ("2024-05-01", "2024-05-31"),
         "than-the-rate-in-a-month-is-compared"),
    case("In May, exports grew 6.1% year on year, 0.4 percentage points below the April pace.",
         "0.4 percentage points", ("2024-05-01", "2024-05-31"),
         "below-a-month-s-pace-is-compared"),
    case("The services index grew 4.8% in May, 0.3 percentage points higher than that in "
         "April.", "0.3 percentage points", ("2024-05-01", "2024-05-31"),
         "than-that-in-a-month-is-compared"),
    case("Figures released on Monday showed that in June, exports rose 2.2%.", "2.2%",
         ("2024-06-01", "2024-06-30"), "showed-that-in-a-month-is-the-period"),
]

PERIOD_AFTER_A_COMPARED_VALUE = [
    case("Automotive fuel volumes fell by 1.2% over the month in September 2024.", "1.2%",
         ("2024-09-01", "2024-09-30"), "the-time-after-over-the-month"),
    case("Bond sales were $41 billion in June, lower than $58 billion in May, as loans fell "
         "1.5%.", "1.5%", ("2024-06-01", "2024-06-30"),
         "a-clause-after-a-compared-value-keeps-the-sentence-period"),
    # a previous change named by the verb that undoes or extends it
    case("Clothing prices fell 1.2% in March, reversing a 0.8% gain in February, as shoe costs "
         "dropped 6.5%.", "6.5%", ("2024-03-01", "2024-03-31"), "after-reversing-a-change"),
    case("Steel output slipped 2.4% in July, erasing a 1.9% rise in June, while iron ore "
         "imports fell 3.3%.", "3.3%", ("2024-07-01", "2024-07-31"), "after-erasing-a-change"),
    case("Car sales rose 4.4% in May, extending a 2.0% increase in April, and truck sales "
         "climbed 1.1%.", "1.1%", ("2024-05-01", "2024-05-31"), "after-extending-a-change"),
    case("Rents rose 0.6% in June, on top of a 0.5% gain in May, while house prices edged up "
         "0.2%.", "0.2%", ("2024-06-01", "2024-06-30"), "after-on-top-of-a-change"),
]

# A price base named relatively is no period of the figure: "at the prices of the previous year".
PRICE_BASES_NAMED_RELATIVELY = [
    case("In the first half of 2024, retail sales totalled 8.2 trillion yuan. Their volume, "
         "calculated at the prices of the previous year, grew by 5.4 percent.", "5.4 percent",
         ("2024-01-01", "2024-06-30"), "at-the-prices-of-the-previous-year"),
    case("In the second quarter, output of the sector rose 2.2%. Output measured at last "
         "year's prices rose 1.7%.", "1.7%", ("2024-04-01", "2024-06-30"),
         "at-last-years-prices"),
]

WEEKS_BACK = [
    case("Mortgage applications rose 4.1% in the week ended Aug. 16, after falling 1.2% in the "
         "prior week.", "1.2%", ("2024-08-03", "2024-08-09"), "the-prior-week-of-a-week"),
    case("Natural gas stocks rose 33 bcf to 3,120 bcf in the week ended Aug. 16, from 3,087 bcf "
         "a week earlier.", "3,087 bcf", ("2024-08-03", "2024-08-09"),
         "a-week-earlier-than-a-week"),
    case("The central bank last week cut its key rate by 50 basis points.", "50 basis points",
         ("2024-08-19", "2024-08-25"), "last-week-is-the-calendar-week-before"),
    case("Jobless claims averaged 231,000 last week, against 240,000 the week before.",
         "240,000", ("2024-08-12", "2024-08-18"), "the-week-before-last-week"),
    case("Copper has gained 3.4% this week.", "3.4%", ("2024-08-26", "2024-09-01"),
         "this-week-is-the-calendar-week-of-writing"),
    case("The ministry will auction 2.5 billion euros of bonds next week.", "2.5 billion euros",
         ("2024-09-02", "2024-09-08"), "next-week-is-the-calendar-week-after"),
    # the day of a valuation is the price's, not a day of speaking
    case("Russian wheat was assessed by Argus at $228 a tonne on Friday.", "$228",
         ("2024-08-30", "2024-08-30"), "a-day-after-assessed-by-is-the-price-s"),
    # "ago" counts from the day of writing, not from the time the sentence is about
    case("Silver traded at $29.10 an ounce, up from $28.40 a week ago.", "$28.40",
         ("2024-08-25", "2024-08-25"), "a-week-ago-is-the-day-a-week-before-writing"),
    case("Futures put the odds of a cut in December at 70%, against 55% a week ago.", "55%",
         ("2024-08-25", "2024-08-25"), "a-week-ago-is-not-before-the-month-named"),
    # no week before a time still ahead: the odds of a move at a later meeting a week earlier
    case("Swaps price a 40% chance of a hike at the October meeting, up from 25% a week "
         "earlier.", "25%", ("2024-08-25", "2024-08-25"), "a-week-earlier-than-a-time-ahead"),
]

# A month that names a futures contract ("CME February live cattle") is no period; a month
# before a statistic of the good ("February wheat exports") is.
MONTHS_BEFORE_A_TRADED_GOOD = [
    case("By 11:40 ET, CME October live cattle were up 1.85 cents at 185.10 cents per lb.",
         "1.85 cents", (None, None), "a-contract-month-before-a-good"),
    case("November robusta in London fell 2.2% to $4,480 a tonne.", "2.2%", None,
         "a-contract-month-opening-the-sentence"),
    case("By value, July wheat exports were 287 mln dlrs.", "287 mln dlrs",
         ("2024-07-01", "2024-07-31"), "a-month-before-a-statistic-of-the-good"),
]

# A number in a ", when ..." clause is of the time named right before it.
WHEN_CLAUSES = [
    case("Prices were 2.9% higher in 2023 than in 2022, when they had risen 8.1%.", "8.1%",
         ("2022-01-01", "2022-12-31"), "when-after-a-compared-year"),
    case("Sales slowed to 3% from 12% in 2022, when 1.4 million cars were sold.", "1.4 million",
         ("2022-01-01", "2022-12-31"), "when-after-a-year"),
]

# A split-year label in a sentence (or paragraph) about a farm product is its season.
CROP_SEASONS = [
    case("The USDA raised its forecast of the 2024/25 U.S. cotton crop to 15.1 million bales.",
         "15.1 million", ("2024-08-01", "2025-07-31"), "cotton-marketing-year"),
    case("Cocoa grindings are expected to fall 4% in the 2024/25 season.", "4%",
         ("2024-10-01", "2025-09-30"), "cocoa-season"),
    case("Brazil's centre-south sugar output reached 34.1 million tonnes in 2024/25.",
         "34.1 million tonnes", ("2024-04-01", "2025-03-31"), "brazil-cane-season"),
    case("U.S. soybean exports are seen at 1.85 billion bushels in 2024/25.",
         "1.85 billion bushels", ("2024-09-01", "2025-08-31"), "soybean-marketing-year"),
    case("India's fiscal deficit is seen at 4.9% of GDP in 2024-25.", "4.9%",
         ("2024-04-01", "2025-03-31"), "no-crop-the-financial-year"),
]

# A comparison set off by a comma after the number, or after its restatement, is its own.
BASIS_OF_A_COMPARISON_SET_OFF = [
    # a comparison set off after the number's own period: the two periods' basis
    case("Factory output fell 0.8% in the three months to April 2025, compared with the three "
         "months to January 2025, with mining down 2.1%.", "0.8%", "period_on_period",
         "after-the-number-s-own-rolling-period"),
    case("Factory output fell 0.8% in the three months to April 2025, compared with the three "
         "months to January 2025, with mining down 2.1%.", "2.1%", "period_on_period",
         "the-sentence-s-other-change-shares-it"),
    case("The goods deficit widened by £1.3 billion to £51.2 billion in the second quarter of "
         "2024, compared with the first quarter of 2024.", "£1.3 billion", "quarter_on_quarter",
         "after-the-number-s-own-quarter"),
    case("Duty receipts in July 2024 were £3.1 billion, an increase of £0.4 billion, or 14.8%, "
         "compared with July 2023.", "14.8%", "year_on_year", "after-a-comma"),
    case("Duty receipts in July 2024 were £3.1 billion, an increase of £0.4 billion, or 14.8%, "
         "compared with July 2023.", "£0.4 billion", "year_on_year", "after-a-restatement"),
    case("Card spending in August 2024 rose by 2.2%, against July 2024.", "2.2%",
         "month_on_month", "a-month-before"),
    case("Distillate stocks stood at 1.9 million tonnes in the week to 23 August 2024, 3.1% "
         "lower than a week earlier.", "3.1%", "period_on_period", "a-week-on-the-week-before"),
    case("There were 29.9 million employees in August 2024, an increase of 0.3% (92,000) "
         "compared with August 2023 and 0.1% (25,000) fewer than in July 2024.", "0.1%",
         "month_on_month", "past-a-bracketed-restatement"),
    case("There were 29.9 million employees in August 2024, 0.3% more than a year earlier and "
         "0.1% fewer than in July 2024.", "0.1%", "month_on_month",
         "an-own-comparison-over-the-basis-word-of-the-number-before"),
]

FISCAL_QUARTER_LABELS = [
    case("Coal output fell 2.2% in the second quarter of 2024-25, the ministry said.", "2.2%",
         ("2024-07-01", "2024-09-30"), "a-quarter-of-a-split-year-written-out"),
    case("Steel output rose 5% in the first half of 2024-25.", "5%",
         ("2024-04-01", "2024-09-30"), "a-half-of-a-split-year-written-out"),
    case("Net profit rose 12% in Q1FY25, the bank said.", "12%", ("2024-04-01", "2024-06-30"),
         "a-glued-indian-fiscal-quarter"),
    case("Net profit rose 12% in Q2 FY25, the bank said.", "12%", ("2024-07-01", "2024-09-30"),
         "a-spaced-indian-fiscal-quarter"),
    case("Revenue grew 9% in H1FY25.", "9%", ("2024-04-01", "2024-09-30"),
         "a-glued-indian-fiscal-half"),
    case("The central bank projects growth of 7.0% in October-December.", "7.0%",
         ("2024-10-01", "2024-12-31"), "a-month-range-ahead-in-a-projection"),
]

# A part of a financial year with its months restated in brackets ("the first half
# (April-September) of FY26"); the financial year of a country named as often as another, told
# by the currency of the amounts.
MONTHS_RESTATED_AND_TIED_COUNTRIES = [
    case("Tractor exports rose 11.2 per cent to ₹6,120 crore in the first quarter (April-June) "
         "of FY25, the association said.", "11.2 per cent", ("2024-04-01", "2024-06-30"),
         "months-restated-inside-a-fiscal-quarter"),
    case("US duties weighed on orders from US buyers. Indian exports of pumps grew 7.4 per "
         "cent to ₹3,880 crore in H1FY25, Indian makers said.", "7.4 per cent",
         ("2024-04-01", "2024-09-30"), "tied-countries-told-by-the-currency"),
]

FORTNIGHTS = [
    case("For the fiscal year ended March 31, exports rose 8.1 pct, the ministry said.",
         "8.1 pct", ("2023-04-01", "2024-03-31"), "the-fiscal-year-ended-a-day"),
    case("Output grew at a 2.1% annualized rate for the April-through-June period.", "2.1%",
         ("2024-04-01", "2024-06-30"), "a-hyphenated-month-range-period"),
    case("Traders see a 72% chance of a quarter-point cut in November.", "72%",
         ("2024-11-01", "2024-11-30"), "odds-take-the-period-of-the-move"),
    case("Swaps put the odds of a half-point Bank of Canada hike in January at 41%.",
         "half-point", ("2025-01-01", "2025-01-31"), "a-move-sized-before-its-odds-is-dated"),
    case("Traders put the likelihood of one more Fed cut in January at 30%.", "30%",
         ("2025-01-01", "2025-01-31"), "the-likelihood-of-a-move-looks-ahead"),
    case("The average price was 0.118 EUR/kWh in the first half of 2024, up 5.4% on the second "
         "half of 2023.", "5.4%", ("2024-01-01", "2024-06-30"),
         "an-amount-up-on-the-half-before"),
    case("Reserves rose $2.1 billion in the week ended August 23, the central bank said.\n"
         "Gold holdings climbed $0.4 billion during the week.", "$0.4 billion",
         ("2024-08-17", "2024-08-23"), "during-the-week-of-the-text"),
    case("Non-food credit grew 11.2% in the fortnight ended August 23.", "11.2%",
         ("2024-08-10", "2024-08-23"), "the-fortnight-ended-a-day"),
    case("Deposits grew 10.1% in the fortnight ended August 23, against 10.4% in the previous "
         "fortnight.", "10.4%", ("2024-07-27", "2024-08-09"), "the-previous-fortnight"),
    case("So far in FY25, banks have added Rs 6.1 trillion of loans.", "Rs 6.1 trillion",
         ("2024-04-01", "2024-09-01"), "so-far-in-a-financial-year"),
]

SO_FAR = [
    case("Investors now see a 70% chance of another half-point cut in October.", "70%",
         ("2024-10-01", "2024-10-31"), "now-yields-to-a-named-period"),
    case("Borrowing costs now stand at 4.25%.", "4.25%", (None, None), "now-alone-is-kept"),
    case("Foreign investors have bought $4.1 billion of local bonds so far in September.",
         "$4.1 billion", ("2024-09-01", "2024-09-01"), "so-far-in-a-month-runs-to-the-day"),
    case("The peso has weakened 6.2% so far in 2024.", "6.2%", ("2024-01-01", "2024-09-01"),
         "so-far-in-a-year-runs-to-the-day"),
    case("Copper is up 1.2% so far this week.", "1.2%", ("2024-08-26", "2024-09-01"),
         "so-far-this-week"),
    case("Tin has risen 9% so far this year, the exchange said.", "9%",
         ("2024-01-01", "2024-09-01"), "so-far-this-year-runs-to-the-day"),
    case("The central bank held rates at 10.5% in August. It has cut by 200 basis points "
         "since June 2023.", "200 basis points", ("2023-06-01", "2024-08-31"),
         "since-a-month-a-year-back-is-a-span-not-a-year-on-year-change"),
]

CONTRACT_MONTHS = [
    case("The most-active December cocoa contract rose 2.1% to $5,480 a tonne.", "2.1%", None,
         "a-month-before-a-contract-noun-names-the-contract"),
    case("Copper futures for March rose 1.1% to $9,870 a tonne.", "1.1%", None,
         "futures-for-a-month-name-a-contract"),
    case("Arabica for December delivery fell 2% to $3.80 per lb.", "2%", None,
         "a-delivery-month-names-a-contract"),
    case("Crude futures expiring in November dropped 1.4% to $61.20 a barrel.", "1.4%", None,
         "an-expiry-month-names-a-contract"),
    case("North Sea Brent for June loading was quoted at 18.45 dlrs a barrel.", "18.45 dlrs",
         None, "a-loading-month-names-a-cargo"),
]
# fmt: on

# A share told of the subject in a clause set off by commas ("Diesel, which makes up nearly
# half of demand, fell 3% in May") is of the time of the clause's change; the period whose level
# a figure is a percentage of ("98% of its February 2020 level") is the base of an index.
# fmt: off
SHARES_TOLD_IN_PASSING = [
    case("Machinery exports, which make up about a quarter of total shipments, rose 6.1% in "
         "May from a year earlier.", "quarter", ("2024-05-01", "2024-05-31"),
         "which-makes-up-a-fraction"),
    case("Shipments to Japan, which take roughly 30 pct of the total, rose 4.4 pct in March "
         "from February, officials said.", "30 pct", ("2024-03-01", "2024-03-31"),
         "which-takes-a-percentage"),
    case("Services, accounting for nearly 60% of output, grew 5.1% year on year in the second "
         "quarter, the bureau said.", "60%", ("2024-04-01", "2024-06-30"),
         "accounting-for-a-percentage"),
    case("Car sales, about 40% of retail turnover, climbed 3.3% in July from June, traders "
         "said.", "40%", ("2024-07-01", "2024-07-31"), "appositive-share"),
]
INDEX_BASES_ARE_NO_PERIOD = [
    case("Hotel occupancy climbed 4 percentage points to 88% of its February 2020 level.",
         "88%", None, "of-its-month-level"),
    case("Hotel occupancy climbed 4 percentage points to 88% of its February 2020 level.",
         "4 percentage points", None, "the-change-to-a-share-of-a-base"),
    case("Air traffic rose 3% on the week, to 104% of the 2019 average.", "104%", None,
         "of-the-year-average"),
]
# fmt: on

# A standing target band holds in no period of its sentence, both its bounds ("a target range
# of 2.5% to 7.5%", "a target of 3% plus or minus one percentage point", "which targets
# inflation of 2% to 3%"); a target set for the period named keeps it.
# fmt: off
STANDING_TARGET_BANDS = [
    case("Annual inflation eased to 4.1% in March, though it stayed within the central bank's "
         "target range of 2.5% to 7.5% for a 14th consecutive month.", "7.5%", None,
         "the-upper-bound-of-a-target-range"),
    case("Consumer prices rose 3.3% in June, remaining above the central bank's target of 1% "
         "to 3% for a fifth month.", "1%", None, "a-target-of-a-band"),
    case("Inflation fell to 3.1% in October, close to the central bank's target of 3% plus or "
         "minus one percentage point.", "one percentage point", None,
         "plus-or-minus-a-tolerance"),
    case("The Reserve Bank, which targets inflation of 2% to 3%, cut its cash rate by 25 basis "
         "points in August.", "3%", None, "which-targets-a-band"),
    case("Headline inflation rose to 6.2% in May, above the bank's medium-term target of "
         "between 5% and 7%.", "5%", None, "a-target-of-between"),
    case("Output grew 5.0% in the first half, short of the target of 5.5%.", "5.5%",
         ("2024-01-01", "2024-06-30"), "a-single-target-of-the-period-keeps-it"),
]
# fmt: on

# A level "at" after a change and its restatement ("down 31 ringgit, or 0.7%, at 4,102
# ringgit") is reached by that change, and so is its conversion in brackets.
# fmt: off
LEVEL_AT_AFTER_A_RESTATED_CHANGE = [
    case("The March contract was down 31 ringgit, or 0.7%, at 4,102 ringgit ($968.20) a "
         "tonne.", "4,102 ringgit", "decrease", "level-at-after-restated-fall"),
    case("The March contract was down 31 ringgit, or 0.7%, at 4,102 ringgit ($968.20) a "
         "tonne.", "$968.20", "decrease", "conversion-of-level-at"),
    case("Rubber futures were up 3.1 yen, or 1.0%, at 318.4 yen per kg.", "318.4 yen",
         "increase", "level-at-after-restated-rise"),
]
# fmt: on

# The figure an estimate is revised to takes the way it was revised ("revised up by 0.2
# points, from 0.3% to 0.5%"); the figure it was revised from, and a "revised" that names a
# thing ("the revised norms"), state none.
# fmt: off
LEVEL_REACHED_BY_A_REVISION = [
    case("Quarterly growth for April to June 2025 has been revised up by 0.2 percentage "
         "points, from 0.3% to 0.5%.", "0.5%", "increase", "revised-up-by-from-to"),
    case("Quarterly growth for April to June 2025 has been revised up by 0.2 percentage "
         "points, from 0.3% to 0.5%.", "0.3%", None, "revised-from-value"),
    case("The trade deficit for the second quarter has been revised down from a first "
         "estimate of £12.1 billion to £11.6 billion.", "£11.6 billion", "decrease",
         "revised-down-from-an-estimate-to"),
    case("Exports for the three months to July have been revised down by £0.4 billion since "
         "the last bulletin, to £98.2 billion.", "£98.2 billion", "decrease",
         "revised-down-by-then-to"),
    case("The agency revised its estimate of 2024 wheat output up to 27.1 million tonnes from "
         "26.8 million tonnes.", "27.1 million tonnes", "increase", "revised-its-estimate-up"),
    case("The estimate of May stocks was downwardly revised to 41,000 tonnes from 57,000 "
         "tonnes.", "41,000 tonnes", "decrease", "downwardly-revised-to"),
    case("Under the revised rules, banks can borrow up to 20% of their capital.", "20%", None,
         "revised-as-an-adjective"),
]
# fmt: on

# What was expected, named with no change word of its own ("short of the 0.5% Reuters
# estimate", "beating market forecasts of 2.0%"), states no change, whatever the figure it is
# set against did; an expected change in words ("a 1.5% fall", "the 5.5% growth forecast")
# keeps its way.
# fmt: off
EXPECTATIONS_STATE_NO_CHANGE = [
    case("Retail sales rose 0.3% in May, short of the 0.5% Reuters estimate.", "0.5%", None,
         "short-of-the-estimate"),
    case("Industrial output grew 1.4% in June, slowing from a 2.8% gain in May and short of "
         "market forecasts of 2.0%.", "2.0%", None, "short-of-forecasts-of"),
    case("Job openings fell to 7.2 million in July, below the consensus estimate of 7.4 "
         "million.", "7.4 million", None, "below-the-consensus-estimate-of"),
    case("Hiring grew by 41,000 in May, well short of the consensus for 95,000 and down from "
         "62,000 in April.", "95,000", None, "consensus-for"),
    case("Euro-area volumes rose 1.5% in October, short of the 1.7% consensus.", "1.7%", None,
         "the-consensus"),
    case("Output fell 0.6% in August, worse than market expectations of a 0.2% decline.",
         "0.2%", "decrease", "an-expected-fall-in-words"),
    case("Sales rose 5.9%, topping the 5.5% growth forecast by economists.", "5.5%",
         "increase", "an-expected-growth-in-words"),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    EXPECTATIONS_STATE_NO_CHANGE
    + LEVEL_REACHED_BY_A_REVISION
    + LEVEL_AT_AFTER_A_RESTATED_CHANGE
    + DEFICIT_LEVELS
    + ITEMS_SHARING_A_VERB
    + LEVEL_REACHED_AFTER_DURATION
    + LEVEL_AFTER_A_COMMA
    + CHANGE_VERBS_OF_POLICY_AND_PRICES
    + PREVIOUS_VALUE_WITH_ITS_CHANGE_WORD
    + CHANGE_NOUN_AFTER_A_BASIS
    + STOCK_DRAWS_AND_BUILDS
    + NEGATIVE_LEVELS
    + NEGATIVE_DESCRIBES_NO_FALL
    + ADDED_AS_SAID_OR_NAMED
    + LEVEL_REACHED_BY_A_VERB
    + RANGE_REACHED_AFTER_A_PERIOD
    + STOOD_AT_IS_NO_STANDSTILL
    + CLAUSE_AFTER_A_PARTICIPLE
    + COMPARED_AND_RESTATED
    + ELLIPTICAL_LISTS
    + ITEMS_AFTER_A_COMPARED_LEVEL
    + COMPARATIVES_OF_ANOTHER_FIGURE
    + GROWTH_GAPS_BETWEEN_GROUPS
    + BALANCES_SWUNG_TO_A_SIDE
    + GAPPED_ITEMS_AT_LENGTH
    + ITEMS_WITH_ONLY_BY
    + CUT_VERBS_IN_ALL_FORMS
    + ESTIMATES_OF_A_NAMED_CHANGE
    + LEVEL_PAST_A_COMPARED_PERIOD
    + LEVEL_RESTATED_BEFORE_ITS_COMPARISON
    + ESTIMATES_OF_A_CHANGE_AS_THE_SUBJECT
    + ITEMS_BEFORE_A_COMPARATIVE
    + A_SIGN_IS_ITS_OWN_FIGURES
    + RATE_PER_BASE_COMPARED
    + SHARE_MORE_OR_LESS_OF_A_THING
    + RANKING_FOLLOWERS_MOVE_AS_THE_LEADER
    + LEVELS_MOVED_BY_A_FAR_FROM
    + RANGES_MOVED_FROM_A_RANGE
    + LEVELS_TOUCHED_IN_A_HAVING_CLAUSE
    + REVISED_FORECASTS
    + TARGETS_HAVE_NONE
    + CONTRIBUTIONS_TAKEN_OFF
    + LISTED_LEVELS_REACHED
    + CHANGE_AFTER_NUMBER
    + NOT_A_CHANGE,
)
def test_direction(text: str, mention: str, expected: str | None) -> None:
    assert record(text, mention).direction == expected


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    BASIS_WORDS
    + BASIS_OF_LISTS_AND_COMPARISONS
    + BASIS_CARRIED_IN_PARAGRAPH
    + BASIS_OF_A_VALUE_A_YEAR_BACK
    + BASIS_OF_A_SEASON_BACK
    + BASIS_OF_A_CHANGE_FROM_A_LEVEL
    + BASIS_OF_A_COMPARED_RATE
    + BASIS_OF_AN_ITEM_WITHOUT_ITS_VERB
    + BASIS_OF_ANNUALISED_CHANGES
    + BASIS_OF_A_COMPARISON_SET_OFF
    + LISTED_LEVELS_HAVE_NO_BASIS
    + MOVED_LEVELS_HAVE_NO_BASIS
    + RESPECTIVE_BASES_OF_A_PAIR
    + LEVELS_RESTATED_HAVE_NO_BASIS
    + ESTIMATES_OF_A_CHANGE_TAKE_ITS_BASIS
    + BASIS_BETWEEN_A_CHANGE_AND_ITS_LEVEL
    + MONTHS_COMPARED_AFTER_AN_ARTICLE
    + RUNNING_TOTALS_AGAINST_THE_SHORTER_ONE
    + WEEK_BEFORE_COMPARISONS
    + SHARES_OF_A_TOTAL_HAVE_NO_BASIS
    + GAPS_TO_NO_EARLIER_PERIOD
    + REVISIONS_HAVE_NO_BASIS,
)
def test_basis(text: str, mention: str, expected: str | None) -> None:
    assert record(text, mention).basis == expected


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    FINANCIAL_YEARS
    + ANAPHORIC_AND_TRAILING
    + COMPARISONS_ARE_NOT_THE_PERIOD
    + DAY_LEVEL_DATES
    + PERIODS_OF_TWO_PARTS
    + YEAR_ENDING
    + LEADING_PHRASES
    + POLICY_DAYS
    + PARAGRAPH_PERIOD
    + FIRST_MONTHS_AND_MONTH_QUARTERS
    + TRADING_DAYS
    + ENDED_SPANS
    + QUARTERS_WRITTEN_OUT_AND_NOW
    + REVISED_VALUES
    + COMPARED_PAIRS
    + PERIOD_SET_OFF_BY_COMMAS
    + BRACKETED_FIGURES_WITH_THEIR_OWN_PERIOD
    + AFTER_AN_OUTLOOK
    + SPANS_NAMED_OTHERWISE
    + RECORDS_BEGAN
    + THIS_YEAR_OF_A_TARGET
    + DATE_OF_A_FORECAST
    + PERIOD_DESCRIBED_AS_A_THING
    + LEVEL_AVERAGED_OVER_A_SPAN
    + DAY_OF_THE_WEEK
    + PERIODS_OF_COUNTS_AND_FORECASTS
    + PREVIOUS_VALUE_AFTER_A_PARTICIPLE
    + RANKED_SINCE
    + PERIODS_AHEAD
    + CONTRACT_MONTHS
    + COMPARED_VALUES_SET_NO_PERIOD
    + FIGURES_SET_AGAINST_SET_NO_PERIOD
    + EVENT_DATES_AND_DAYS
    + LEVEL_OF_A_PERIOD_COMPARED
    + DAYS_NAMED_FROM_THE_REFERENCE
    + YEAR_TO_A_QUARTER_NAMED_BY_ITS_MONTH
    + THAT_IN_A_PERIOD_COMPARED
    + PERIOD_AFTER_A_COMPARED_VALUE
    + PRICE_BASES_NAMED_RELATIVELY
    + WEEKS_BACK
    + SO_FAR
    + FISCAL_QUARTER_LABELS
    + CROP_SEASONS
    + WHEN_CLAUSES
    + MONTHS_BEFORE_A_TRADED_GOOD
    + FORTNIGHTS
    + MONTHS_RESTATED_AND_TIED_COUNTRIES
    + SHARES_TOLD_IN_PASSING
    + INDEX_BASES_ARE_NO_PERIOD
    + STANDING_TARGET_BANDS,
)
def test_period(text: str, mention: str, expected: tuple[str, str] | None) -> None:
    period = record(text, mention).period
    got = (iso(period.start), iso(period.end)) if period is not None else None
    assert got == expected


@pytest.mark.parametrize(("text", "mention", "expected"), HEADLINES_IN_CAPITALS)
def test_headline_period(text: str, mention: str, expected: tuple[str, str]) -> None:
    period = record(text, mention, ref_date="1987-03-03").period
    assert period is not None
    assert (iso(period.start), iso(period.end)) == expected


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    QUALIFIER_OR_COMPARISON + UP_TO_AFTER_A_VERB + QUALIFIER_ALONG_A_LIST,
)
def test_qualifier(text: str, mention: str, expected: str | None) -> None:
    assert record(text, mention).qualifier == expected


# A level followed by its restatement ("or 74 cents per share") and a period set off by commas
# before ", down from": the level takes the direction, and no basis.
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Harrow posted net income of $412 million, or 61 cents a share, down from $455 million, "
         "or 67 cents a share, a year earlier.", "$412 million"),
        ("Harrow posted net income of $412 million, or 61 cents a share, down from $455 million, "
         "or 67 cents a share, a year earlier.", "61 cents"),
        ("Kestrel earned $88 million, or $1.02 a share, for the quarter, down from $97 million, or "
         "$1.13 a share, a year earlier.", "$88 million"),
    ],
)
def test_a_restated_level_before_down_from(text: str, mention: str) -> None:
    found = record(text, mention)
    assert (found.direction, found.basis) == ("decrease", None)


# A target named as a band or range ("the bank's tolerance range of 2% to 4%", "the SNB's 0%
# to 2% target range") was set, not changed: no direction and no basis for either bound, in
# a sentence that states a basis for its change.
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Prices rose 3.3% in December from a year earlier, inside the bank's tolerance range "
         "of 2% to 4%.", "2%"),
        ("Prices rose 3.3% in December from a year earlier, inside the bank's tolerance range "
         "of 2% to 4%.", "4%"),
        ("Inflation rose 3.3% year on year, within the SNB's 0% to 2% target range.", "0%"),
        ("Inflation rose 3.3% year on year, within the SNB's 0% to 2% target range.", "2%"),
    ],
)
def test_a_target_range_has_no_direction_or_basis(text: str, mention: str) -> None:
    found = record(text, mention)
    assert (found.direction, found.basis) == (None, None)


# A level reached and its conversion in brackets ("to 8,932.40 zlotys ($2,435)") have no basis,
# though the change before them states one.
def test_a_converted_level_has_no_basis() -> None:
    text = "Average wages rose 6.9% from a year earlier to 8,932.40 zlotys ($2,435) in January."
    assert record(text, "6.9%").basis == "year_on_year"
    assert record(text, "$2,435").basis is None


# A basis written after the last number of a "respectively" list, before the word, is the
# whole list's: "rose by 8% and 3% year-on-year, respectively".
def test_a_basis_before_respectively_is_the_lists() -> None:
    text = "In Spain and Italy, output rose by 8% and 3% year-on-year, respectively."
    assert record(text, "8%").basis == "year_on_year"
    assert record(text, "3%").basis == "year_on_year"
