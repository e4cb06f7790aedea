"""Every number's value and unit, as a table of sentences written for these tests.

Each row is a text with one number marked by square brackets, the value and the unit its
record must have. The texts are in the styles of newswire copy, statistics bulletins, company
and market reports; the brackets are taken out before extraction and only say which record
the row is about. Rows are grouped by the class of reading they test; known gaps are strict
xfails, so that a fix is noticed.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from bulletin_extract.api import extract
from bulletin_extract.quantities import (
    dateline_country,
    localize_currency,
    parse_quantity,
    written_scale,
)

Row = Any  # a (text, value, unit) tuple or a pytest.param of one


def gap(text: str, value: float, unit: str, reason: str) -> Any:
    """A row that is read wrongly today."""
    return pytest.param(text, value, unit, marks=pytest.mark.xfail(strict=True, reason=reason))


# ------------------------------------------------------------------ currencies as written
CURRENCY_SPELLINGS: list[Row] = [
    ("Group profit rose to [US$1.4 billion] in the year.", 1.4e9, "USD"),
    ("Sales were [$US820 million] for the half.", 8.2e8, "USD"),
    ("The miner earned [$US 2.3 billion] last year.", 2.3e9, "USD"),
    ("Revenue was [USD 450 million] in the quarter.", 4.5e8, "USD"),
    ("The fund raised [300 million USD] from investors.", 3e8, "USD"),
    ("The deficit widened to [12.5 BILLION DLRS] in May.", 1.25e10, "USD"),
    ("It paid [U.S. $40 million] for the plant.", 4e7, "USD"),
    ("The bank lent [A$2.5 billion] to farmers.", 2.5e9, "AUD"),
    ("The takeover is worth [$A1.1 billion].", 1.1e9, "AUD"),
    ("Exports earned [3.2 billion Australian dlrs] in March.", 3.2e9, "AUD"),
    ("The railway will cost [C$4 billion] to build.", 4e9, "CAD"),
    ("Investment reached [1.5 billion Canadian dollars].", 1.5e9, "CAD"),
    ("The dairy group paid [NZ$650 million] in dividends.", 6.5e8, "NZD"),
    ("The surplus was [95 mln N.Z. dlrs] in March.", 9.5e7, "NZD"),
    ("Tourists spent [1.1 billion New Zealand dollars].", 1.1e9, "NZD"),
    ("The tower was sold for [HK$5.6 billion].", 5.6e9, "HKD"),
    ("Retail sales totalled [HK $30.2 billion] in June.", 3.02e10, "HKD"),
    ("Tourists spent [5.4 billion H.K. dlrs] in the quarter.", 5.4e9, "HKD"),
    ("Suites fetched [720 H.K. dollars] a night.", 720.0, "HKD"),
    # the currency written once, after the second amount
    ("Fares averaged [540] and 410 H.K. dlrs at the two airports.", 540.0, "HKD"),
    ("The port operator earned [S$310 million].", 3.1e8, "SGD"),
    ("The chipmaker set aside [NT$90 billion] for new plants.", 9e10, "TWD"),
    ("The palm oil firm reported revenue of [RM4.2 billion].", 4.2e9, "MYR"),
    ("Mineral sales rose to [R72.4 billion] in September.", 7.24e10, "ZAR"),
    ("The miner's capital spending was [R1,250 million] in the half.", 1.25e9, "ZAR"),
    ("The government approved [RM 500 million] for flood relief.", 5e8, "MYR"),
    ("The lender raised [Rs 2,000 crore] through bonds.", 2e10, "INR"),
    ("Net profit was [Rs. 450 crore] in the quarter.", 4.5e9, "INR"),
    ("The scheme has a budget of [₹1.2 lakh crore].", 1.2e12, "INR"),
    ("Exports of gems were [Rs 35,000 crore] in the year.", 3.5e11, "INR"),
    ("Direct tax receipts reached [Rs 19,58,000 crore] in the year.", 1.958e13, "INR"),
    ("The fund paid out [₹12,34,567] to members.", 1234567.0, "INR"),
    ("Brazil's trade surplus reached [R$ 8.1 billion] in May.", 8.1e9, "BRL"),
    ("The carmaker plans to invest [¥1.5 trillion] in batteries.", 1.5e12, "JPY"),
    ("The ministry set aside [Y=200 billion] for the rescue.", 2e11, "JPY"),
    ("Japan's surplus was [1.2 trillion yen] in April.", 1.2e12, "JPY"),
    ("The deal values the brewer at [750 mln stg].", 7.5e8, "GBP"),
    ("The bank raised [£1.2bn] from the sale.", 1.2e9, "GBP"),
    ("Borrowing was [£40m] lower than forecast.", 4e7, "GBP"),
    ("The group paid [Stg 300 mln] for the stake.", 3e8, "GBP"),
    ("The plant will cost [€3.4bn] to finish.", 3.4e9, "EUR"),
    # A sign written before the symbol stays in the mention and the value.
    ("Free cash flow was negative in the quarter ([-$262 million]).", -2.62e8, "USD"),
    ("Operating income swung to a loss ([-£48m]) in the half.", -4.8e7, "GBP"),
    ("Net trade subtracted from growth: [−€1.1bn] after +€0.4bn.", -1.1e9, "EUR"),
    ("Transfers added [+$3.5 billion] to the account.", 3.5e9, "USD"),
    ("The fund's flows were [-US$2.4bn] in March.", -2.4e9, "USD"),
    ("Analysts put the charge at $5-[$7 million].", 7e6, "USD"),
    ("The bill came to [2,400 EUR] per household.", 2400.0, "EUR"),
    ("The grant is worth [EUR 15 million].", 1.5e7, "EUR"),
    ("A litre of milk rose to [95 cents] in May.", 0.95, "USD"),
    ("The average price of a loaf was [128 pence] in June.", 1.28, "GBP"),
    ("A litre of diesel cost [152.3p] last week.", 1.523, "GBP"),
    ("The state bank earned [4.5 billion yuan] in the half.", 4.5e9, "CNY"),
    ("Reserves rose to [RMB 3.2 trillion] at the end of June.", 3.2e12, "CNY"),
    ("The loss widened to [9 billion roubles].", 9e9, "RUB"),
    ("The insurer raised [1.5 billion Swiss francs].", 1.5e9, "CHF"),
    ("The utility spent [12 billion Swedish crowns] on grids.", 1.2e10, "SEK"),
    ("The company earned [350 mln marks] in 1986.", 3.5e8, "DEM"),
    ("The state sold bonds worth [2.5 billion guilders].", 2.5e9, "NLG"),
    ("The central bank sold [400 billion forints] of bonds.", 4e11, "HUF"),
    ("The budget gap reached [85 billion rand].", 8.5e10, "ZAR"),
]

# --------------------------------------------------------------- which dollar, which peso
WHICH_CURRENCY: list[Row] = [
    # a "$" price of the size of a world price before it in its sentence: US dollars
    ("Australian iron ore fines sold at $104 a tonne, up from [$98] the week before.", 98.0,
     "USD"),
    ("Canada's heavy crude traded at $58.10 a barrel and light sweet at [$61.40].", 61.4,
     "USD"),
    # (but not an aggregate of the country's figures in the same sentence)
    ("Canada's oil sold at $58 a barrel, while Canada's exports were [$50 billion].", 5e10,
     "CAD"),
    # a number ends at its scale: "three months" after it is a time, not its unit
    ("Firms lent £9.2 billion in the quarter, up from [£7.4 billion] three months earlier.",
     7.4e9, "GBP"),
    # a scaled amount after money in its sentence counts what its own clause names
    ("Bookings climbed 12% to $21.4 billion, while booked room nights grew 9% to [84.2 "
     "million].", 8.42e7, "count"),
    ("Visitors spent £3.1 billion, while visits from Asia were flat at [2.4 million].", 2.4e6,
     "count"),
    # a scaled bare amount said of what the sentence or two before counted in money
    ("Store sales in the capital rose 3.2 pct in June to 412.5 billion yen. Sales of apparel "
     "were up 1.8 pct at [96.3 billion].", 9.63e10, "JPY"),
    ("Machinery orders rose 4.1 pct to 612.0 billion yen in March. Analysts had expected a "
     "smaller gain. The February orders had fallen 2.2 pct to [588.1 billion].", 5.881e11,
     "JPY"),
    ("The province exported 12.4 billion dlrs of goods last year. Its population reached "
     "[1.1 billion].", 1.1e9, "count"),
    ("Studios earned 41.1 billion yuan from domestic films. Cinema admissions totalled "
     "[1.24 billion] in the year.", 1.24e9, "count"),
    ("Parcel revenue reached 129.0 billion yuan. Guangdong ranked first with 37.5 billion "
     "parcels, followed by Zhejiang with [30.2 billion].", 3.02e10, "count"),
    # the country whose figures they are, named with "'s", before another the sentence names
    ("Denmark was Norway's largest export market in May at [2.3 billion crowns].", 2.3e9, "NOK"),
    ("Finland was Sweden's biggest buyer in June at [4.1 billion crowns].", 4.1e9, "SEK"),
    (
        "Canada's merchandise trade surplus widened to [$3.4 billion] in May, "
        "Statistics Canada said.",
        3.4e9,
        "CAD",
    ),
    (
        "Statistics Canada said on Tuesday that retail sales rose 0.7%.\n\n"
        "Sales at gasoline stations rose to [$7.2 billion].",
        7.2e9,
        "CAD",
    ),
    (
        "The Australian Bureau of Statistics said the current account deficit narrowed to "
        "[9.6 billion dlrs] in the quarter.",
        9.6e9,
        "AUD",
    ),
    (
        "Australia's exports of coal rose to [$14 billion] in June.",
        1.4e10,
        "AUD",
    ),
    (
        "WELLINGTON, March 3 - The trade balance swung to a surplus of [120 mln dlrs] in February.",
        1.2e8,
        "NZD",
    ),
    (
        "TORONTO, March 4 - The mining group said its profit rose to [85 mln dlrs] "
        "in 1986 from 60 mln.",
        8.5e7,
        "CAD",
    ),
    (
        "Hong Kong's retail sales fell to [$31 billion] in April.",
        3.1e10,
        "HKD",
    ),
    (
        "Singapore's non-oil exports rose to [$17.5 billion] in May.",
        1.75e10,
        "SGD",
    ),
    (
        "Taiwan's export orders rose to [52 billion dollars] in March.",
        5.2e10,
        "USD",  # Taiwan reports trade and orders in US dollars; its own are "NT$"
    ),
    (
        "Canada's exports to the United States reached [US$40 billion] in May.",
        4e10,
        "USD",
    ),
    (
        "Statistics Canada said exports rose.\n\nCanadian firms paid "
        "[30 mln U.S. dlrs] in royalties.",
        3e7,
        "USD",
    ),
    (
        "The Commerce Department said the U.S. deficit with Canada narrowed to "
        "[1.1 billion dlrs] in March.",
        1.1e9,
        "USD",
    ),
    (
        "The U.S. trade deficit with Japan, Canada and Taiwan rose to [12 billion dlrs].",
        1.2e10,
        "USD",
    ),
    (
        "Japan's current account surplus rose to [8.2 billion dlrs] in March.",
        8.2e9,
        "USD",
    ),
    (
        "China's trade surplus rose to [¥450 billion] in May, the customs agency said.",
        4.5e11,
        "CNY",
    ),
    (
        "India's fiscal deficit rose to [2.1 trillion rupees] in the first quarter.",
        2.1e12,
        "INR",
    ),
    (
        "Pakistan's trade deficit widened to [300 billion rupees] in May.",
        3e11,
        "PKR",
    ),
    (
        "Mexico's remittances rose to [90 billion pesos] in the quarter.",
        9e10,
        "MXN",
    ),
    (
        "The Philippines' budget deficit narrowed to [120 billion pesos] in April.",
        1.2e11,
        "PHP",
    ),
    (
        "Norway's oil fund earned [1.2 trillion crowns] in the half.",
        1.2e12,
        "NOK",
    ),
    (
        "Denmark's current account surplus was [20 billion crowns] in May.",
        2e10,
        "DKK",
    ),
    (
        "France's trade deficit narrowed to [2.1 billion francs] in January.",
        2.1e9,
        "FRF",
    ),
    (
        "Switzerland's exports rose to [22 billion francs] in May.",
        2.2e10,
        "CHF",
    ),
    (
        "Egypt's remittances rose to [12 billion pounds] in the quarter.",
        1.2e10,
        "EGP",
    ),
    (
        "Britain's deficit narrowed to [1.5 billion pounds] in March.",
        1.5e9,
        "GBP",
    ),
    (
        "OTTAWA, May 3 - Jobs fell 20,000, and average weekly earnings rose to [1,050 dlrs].",
        1050.0,
        "CAD",
    ),
    ("The Bank of Canada said the currency was worth [73 U.S. cents].", 0.73, "USD"),
    ("The rupee closed at 83.20 per dollar, up [9 paise] on the day.", 0.09, "INR"),
    ("Rupee hits record low of [84.10]/$ as oil climbs", 84.10, "INR"),
    ("Later, the rupee closed at [84.32] against the U.S. dollar.", 84.32, "INR"),
    (
        "Health and education made contributions of [0.04] and 0.02 percentage points.",
        0.04,
        "percentage_point",
    ),
    ("WORLD OIL OUTPUT RISES TO [61.2 MLN BPD] IN MAY", 61.2e6, "barrel per day"),
    ("The won weakened to [1,398.5] per dollar.", 1398.5, "KRW"),
    # whole-number quotes, when the currency they are quoted against is written
    ("The shilling firmed; the cedi ended at [15] per dollar.", 15.0, "GHS"),
    ("The taka was steady at [122] to the dollar on Sunday.", 122.0, "BDT"),
    ("The tenge weakened to [524] against the U.S. dollar.", 524.0, "KZT"),
    ("The Singapore dollar closed at [1.3012] to the U.S. dollar.", 1.3012, "SGD"),
    # currencies named as their rate is quoted, and quotes beside an index
    ("The real slipped 0.6% to [5.47] per dollar on Tuesday.", 5.47, "BRL"),
    ("The Kenyan unit was flat; the shilling held at [129.4] per dollar.", 129.4, "KES"),
    ("The Swedish krona firmed to [10.71] per euro after the data.", 10.71, "SEK"),
    ("The central bank fixed the markka at [4.51] to the dollar.", 4.51, "FIM"),
    ("Seoul set the won's trading band midpoint at [1,352.6] to the dollar.", 1352.6, "KRW"),
    ("The rupiah ended at [16,240] per dollar and the benchmark index lost 1.1%.", 16240.0, "IDR"),
    ("The yuan held steady at [7.19] per dollar, and the CSI 300 index gained 0.8%.", 7.19,
     "CNY"),
    # "the pair" refers to the pair named last; a pair opening the line quotes its level
    ("USD/MYR edges up to 4.71.\nTraders see the pair between [4.68] and 4.75 this week.", 4.68,
     "MYR"),
    ("GBP/USD fell to 1.2710, and EUR/GBP rose. The pair later traded at [1.2694].", 1.2694,
     "USD"),
    ("USD/PHP firm near [58.12] as traders await the central bank", 58.12, "PHP"),
    ("The USD/INR pair rose 0.2% to 83.91. It ended at [83.74] on Monday.", 83.74, "INR"),
    (
        "On Tuesday morning, the central bank set the USD/THB reference rate at [32.45].",
        32.45,
        "THB",
    ),
    (
        "The U.S. Labor Department said average hourly earnings rose [8 cents] to $34.50.",
        0.08,
        "USD",
    ),
    ("India's exports rose 5% to [$35 billion] in May.", 3.5e10, "USD"),
    ("Kenya's central bank held reserves of [7.1 billion dlrs].", 7.1e9, "USD"),
    (
        "HONG KONG, June 2 - Visitor spending rose to [42 billion dollars] in May.",
        4.2e10,
        "HKD",
    ),
]

# ------------------------------------------------------------------------- shared units
SHARED_UNITS: list[Row] = [
    # hours counted in a clause whose period holds a number
    ("Total hours worked in April to June 2025 were [1.04 billion] a week, 0.2% more than a "
     "year earlier.", 1.04e9, "hour"),
    # a participle after a bare amount opens a phrase; it names no counted thing
    ("Traders expected a draw of 2.1 million barrels and a build of [0.9 million] estimated "
     "by the group on Tuesday.", 9e5, "barrel"),
    # "another" amount is more of the thing just written, whatever its size
    ("Holdings rose by 12.3 million ounces to 1.04 billion ounces and have added another "
     "[25 million] since March.", 2.5e7, "ounce"),
    # the value a percent change is from, in the unit and scale of the level before it
    ("Crude stocks stood at 412.6 million barrels last week, up 1.2% from [407.7] the week "
     "before.", 4.077e8, "barrel"),
    ("Deliveries were 3,410 tonnes in May, up 12% from [3,045] in April.", 3045.0, "tonne"),
    # a count restated as a percent keeps its unit: "or" joins no list of rates here
    ("Nurses numbered 712,400, an increase of [18.6 thousand] or 2.7 percent over the "
     "previous year.", 18600.0, "count"),
    ("Enrolment rose by [186] or 2.7 percent on the year.", 186.0, "count"),
    ("Prices rose [3] or 4 percent in most regions.", 3.0, "percent"),
    # a bare amount compared with, or listed after, one of a physical unit takes the unit
    ("Sales reached 52,400 tonnes in June, up from [48,100] in May.", 48100.0, "tonne"),
    ("Japan bought 12,500 tonnes, South Korea [8,300] and Taiwan 4,100.", 8300.0, "tonne"),
    # items after a physical quantity with their own subject and no unit written
    ("Egypt took 2.3 mln tonnes in the season, Algeria [1.4 mln] and Iraq 0.5 mln.", 1.4e6,
     "tonne"),
    ("Of the stocks, mills held 184,200 tonnes, traders [151,900] and ports 60,300.", 151900.0,
     "tonne"),
    # a plain number closing a later clause after a verb that moves or records an amount
    ("Salt caverns gave up 9 bcf while other sites injected [11].", 1.1e10, "cubic foot"),
    ("Bulgaria logged 316 hours of negative prices and Greece recorded [204].", 204.0, "hour"),
    ("Mills crushed 41 tonnes of cane on Monday, and smaller presses added [37], the board "
     "said.", 37.0, "tonne"),
    # not after a verb that moves or records one, nor before what it counts
    ("The yard built 40 tonnes of hull sections and employs [35].", 35.0, "count"),
    ("Mills crushed 41 tonnes of cane in March, and [14] of them shut in April.", 14.0, "count"),
    ("Cement output fell 3.1 pct to 5.42 mln tonnes and clinker 2.2 pct to [4.87 mln].", 4.87e6,
     "tonne"),
    ("Supplies to utilities fell 6 per cent to 53.8 mt, from [57.4] a year earlier.", 5.74e7,
     "tonne"),
    ("Imports totalled 3.2 mln tonnes, employing [1.5 mln] workers.", 1.5e6, "count"),
    ("The firm sold 12,400 tonnes to [1,250] buyers.", 1250.0, "count"),
    ("Jobless claims fell by [87 thousand] year-on-year in March.", 8.7e4, "count"),
    ("Dealer stocks fell to [38]-41 days in May.", 38.0, "day"),
    ("Brokers see copper trading in a $9,400–[9,900] range next month.", 9900.0, "USD"),
    ("Total weekly hours worked came to [1.03 billion] in the quarter.", 1.03e9, "hour"),
    ("Average weekly hours per employee slipped to [31.7] in March.", 31.7, "hour"),
    ("The number of hours with negative prices rose to [3,210] in the quarter.", 3210.0,
     "count"),
    ("Firms trimmed working hours as the output index fell to [96.4] in May.", 96.4,
     "index_point"),
    # a unit abbreviation the text defines serves the bare numbers after it
    (
        "Rice stocks reached 61.2 million tonnes (MT) in June. Wheat stocks were [29.8 MT].",
        29.8e6,
        "tonne",
    ),
    (
        "Storage held 98 billion cubic metres (BCM) by May, against [91.5 BCM] a year earlier.",
        91.5e9,
        "cubic metre",
    ),
    # an exchange rate quoted for a currency named in two words
    ("The Singapore dollar ended at [1.3521] per U.S. dollar.", 1.3521, "SGD"),
    (
        "Exporters sold dollars, lifting the Singapore dollar, which ended at [1.3521] per U.S. "
        "dollar.",
        1.3521,
        "SGD",
    ),
    # the level of an "indicator" is an index reading
    ("The Ifo business climate indicator fell to [87.9] in August.", 87.9, "index_point"),
    # a rate for a currency pair written as codes is in the second currency
    (
        "GBP/JPY gained 0.2% to 199.40. The pair ranged between 198.75 and [199.90] in Asian "
        "trade.",
        199.90,
        "JPY",
    ),
    (
        "AUD/USD fell to 0.6510. The pair had earlier traded between [0.6490] and 0.6550.",
        0.6490,
        "USD",
    ),
    # "a quarter" or "a half" before a unit of change is that share of one unit
    (
        "The central bank trimmed its rate by [a quarter percentage point].",
        0.25,
        "percentage_point",
    ),
    (
        "Traders expect the bank to lower rates by [a quarter point] in June.",
        0.25,
        "percentage_point",
    ),
    (
        "Markets price another [quarter-point] cut in the policy rate by March.",
        0.25,
        "percentage_point",
    ),
    ("Yields rose by [a half percentage point] in the week.", 0.5, "percentage_point"),
    # a price per tonne is money: "per" and "tonne" of two other units make no unit
    ("Aluminium rose to [$2,710] per tonne on Friday.", 2710, "USD"),
    # a benchmark rate moved by points is a rate, not an index ("benchmark" names both)
    (
        "The Reserve Bank raised its benchmark rate by [a quarter point] on Tuesday.",
        0.25,
        "percentage_point",
    ),
    # a reading forecast for the index named before is in index points
    (
        "The services PMI fell to 52.1 in May from 53.4.\nAnalysts had expected [52.9].",
        52.9,
        "index_point",
    ),
    # a pair named anywhere before the rate its trade is expected at
    ("ING strategists expect USD/SEK to trade around [9.30] by the end of March.", 9.3, "SEK"),
    # an exchange rate after an opening time phrase is in the pair's quoted currency
    ("By 09:15 GMT, GBP/JPY slipped 0.2% to [198.35].", 198.35, "JPY"),
    # a grouped count after a capitalized place is a record, not part of a name
    ("The North added 22,000 jobs and the West [9,000].", 9000, "count"),
    # a point-sized move named before its maker: "a quarter-point Fed rate cut"
    ("Traders see odds of a [half-point] ECB rate cut at 30%.", 0.5, "percentage_point"),
    # the size of a move written as a modifier is the hyphenated words, without the article,
    # also before a noun of two words or a name with "of"
    (
        "Swaps put the odds of a [quarter-point] policy rate hike in May at 45%.",
        0.25,
        "percentage_point",
    ),
    (
        "Dealers price another [half-point] Bank of England reduction by March.",
        0.5,
        "percentage_point",
    ),
    # a level beside a quoted rate of the same size is in its currency, also before "earlier"
    (
        "The euro was 0.3% higher at 1.1642 dollars, after touching [1.1661] earlier in the day.",
        1.1661,
        "USD",
    ),
    # a diffusion index's reading written in percent is its level; a price index's rate is not
    ("The non-manufacturing PMI was [50.6 percent] in June.", 50.6, "index_point"),
    ("The business expectations index stood at [55.1 percent].", 55.1, "index_point"),
    ("The consumer price index was [1.9 percent] higher than a year earlier.", 1.9, "percent"),
    ("Data on the PCE price index may show inflation of [2.7%].", 2.7, "percent"),
    # a signed count in brackets after an item is a record
    ("Hiring was led by retail ([+41,000]) and health care (+28,000).", 41000, "count"),
    # a point-sized cut or hike is a move of a policy rate, whatever else the sentence holds
    ("One member backed a bigger [half-point] hike.", 0.5, "percentage_point"),
    ("EUR/JPY climbed 0.3% to [163.42] in Tokyo trade.", 163.42, "JPY"),
    (
        "The pound rose 0.2% to 1.3510 dollars, while GBP/JPY dropped 0.6% to [199.40].",
        199.40,
        "JPY",
    ),
    # a quantity's change and its level share its unit of measure
    (
        "Distillate stocks fell 2.1 million barrels to [118.4 million] in the week.",
        118.4e6,
        "barrel",
    ),
    ("Wheat stocks rose by 1.5 million tonnes to [20.3 million].", 20.3e6, "tonne"),
    # "against" sets a value beside the one that names the currency
    (
        "The monetary base stood at 88.2 billion francs at the end of May, against [86.9 billion] "
        "at the end of April.",
        86.9e9,
        "CHF",
    ),
    ("The deficit narrowed to 180 mln N.Z. dlrs from [203 mln] a month earlier.", 2.03e8, "NZD"),
    ("The surplus rose to [203 mln] from 180 mln N.Z. dlrs.", 2.03e8, "NZD"),
    ("Exports of [1.2 bln] and imports of 900 mln stg were recorded.", 1.2e9, "GBP"),
    ("Exports of 1.2 bln and imports of [900 mln stg] were recorded.", 9e8, "GBP"),
    ("Inflation is seen between [5] and 6% next year.", 5.0, "percent"),
    ("Inflation is seen between 5 and [6%] next year.", 6.0, "percent"),
    ("Inflation rose from [2.2%] to 2.7% in March.", 2.2, "percent"),
    ("Growth is forecast at [2] to 2.5 percent this year.", 2.0, "percent"),
    ("Analysts expect a rise of [0.1] to 0.2 percentage points.", 0.1, "percentage_point"),
    ("The bank plans to borrow [25] to 30 billion dlrs in the plan period.", 2.5e10, "USD"),
    ("Bankers put foreign loans at [30] to 40 billion dlrs.", 3e10, "USD"),
    ("Sales were 5.2 billion dlrs against [4.9 billion] a year earlier.", 4.9e9, "USD"),
    ("Exports rose 1.1 billion dlrs to [26.9 billion] during the year.", 2.69e10, "USD"),
    ("The deficit was 410 mln dlrs, revised from [395 mln], in December.", 3.95e8, "USD"),
    ("Exports were 905 mln dlrs, while imports fell to [858 mln] in May.", 8.58e8, "USD"),
    ("Loans signed reached 6.9 billion dlrs, with disbursements of [4.8 billion].", 4.8e9, "USD"),
    (
        "The current account showed a deficit of 210 mln dlrs in May.\n\n"
        "The smoothed deficit on invisibles fell to [126 mln] from 137 mln.",
        1.26e8,
        "USD",
    ),
    ("Profit rose to 3.5 billion yen from [2.9 billion] a year earlier.", 2.9e9, "JPY"),
    ("The trade gap was 12 billion euros, down from [14 billion] in May.", 1.4e10, "EUR"),
    ("The average home cost 327,100 dlrs, above the previous [319,100] price.", 319100.0, "USD"),
    ("Brent rose to $81 a barrel from [$76].", 76.0, "USD"),
    ("The government forecasts a deficit of between [1.5] and 2 billion stg.", 1.5e9, "GBP"),
    # bare numbers listed before a quantity take its unit and scale, and a rate's, however
    # many items the list has; a restatement after ", or" does not
    ("Mills in Brazil, India and Thailand produced [41.2], 33.8 and 10.1 million tonnes.",
     4.12e7, "tonne"),
    ("Mills in Brazil, India and Thailand produced 41.2, [33.8] and 10.1 million tonnes.",
     3.38e7, "tonne"),
    ("Stocks at the three ports were [412], 358 and 96 thousand tonnes.", 4.12e5, "tonne"),
    ("Sales in the four regions rose [6.4], 5.1, 3.8 and 0.9 per cent respectively.", 6.4,
     "percent"),
    ("Sales in the four regions rose 6.4, [5.1], 3.8 and 0.9 per cent respectively.", 5.1,
     "percent"),
    ("Hiring rose by [41,000], or 1.2 per cent, in May.", 41000.0, "count"),
    ("Capacity grew by [820], or 1.3 million tonnes, after the merger.", 820.0, "count"),
    ("Car output rose 62,000 to [1.2 mln] last year.", 1.2e6, "count"),
    ("The number of people in work rose [62,000] to 12.1 mln in June.", 62000.0, "count"),
    ("Exports rose 4.1 billion dlrs and [1.2 mln] cars were shipped.", 1.2e6, "count"),
    ("Trade-in orders for appliances exceeded [12 million], the ministry said.", 1.2e7, "count"),
    ("Sales rose to 42 million units from [38 million] in 2023.", 3.8e7, "count"),
    ("The firm sold [3.2 million] cars, worth 90 billion euros.", 3.2e6, "count"),
    ("Prices ranged from [20] to 30 euros.", 20.0, "EUR"),
    ("Output grew [0.5] to 1 per cent.", 0.5, "percent"),
    ("Japan's surplus rose to 1.3 trillion yen from [800 billion] a year earlier.", 8e11, "JPY"),
    (
        "SYDNEY, March 2 - The miner said net profit rose to 1.2 billion dlrs from [950 mln].",
        9.5e8,
        "AUD",
    ),
    ("The jobs count fell 20,000 to [12.1 mln], and earnings rose to 1,050 dlrs.", 1.21e7, "count"),
    ("The renminbi held steady. It was quoted at [3.72] today, little changed.", 3.72, "CNY"),
    ("The yen weakened to [151.35] per dollar on Friday.", 151.35, "JPY"),
    ("The rupee fell to [83.45] against the dollar.", 83.45, "INR"),
    ("Sterling rose to [1.2740] in London.", 1.274, "count"),
    ("The index fell to 98.2. It was at [97.5] a year ago.", 97.5, "index_point"),
    ("Profit per share rose to [1.25] from 1.10.", 1.25, "count"),
    ("Sterling rose to [$1.2740] from $1.2650.", 1.274, "USD"),
    ("Prices ran well above the central bank's [2%]-4% target range.", 2.0, "percent"),
    # Bounds glued to their dash: "2%-4%", "2.5–3.0%" (en dash), "1%—2%" (em dash).
    ("The bank aims to keep inflation in a 1%-[3%] band.", 3.0, "percent"),
    ("Economists see wage growth of [2.5]–3.0% in 2025.", 2.5, "percent"),
    ("Economists see wage growth of 2.5–[3.0%] in 2025.", 3.0, "percent"),
    ("Margins narrowed to [1%]—2% of sales.", 1.0, "percent"),
    ("Yields are seen at 4.1%–[4.6%] by December.", 4.6, "percent"),
    ("Rents are forecast to rise [3%]/yr over the decade.", 3.0, "percent"),
    ("Output has grown [1.8%]/year since 2010.", 1.8, "percent"),
]

# ------------------------------------------------------------------------- index levels
INDEX_LEVELS: list[Row] = [
    # a headline's figure that the text writes again as an index level
    ("Builder mood dips to [41.5] in March\nThe builders' index fell 1.5 points to 41.5 in "
     "March.", 41.5, "index_point"),
    ("Business climate improves to [97] in May\nThe business climate indicator rose two "
     "points to 97 in May.", 97.0, "index_point"),
    # (but a whole number below the headline is not taken for the level)
    ("The gauge rose 3 points to 52 in May.\nThe group hired [52] engineers.", 52.0, "count"),
    ("Over September to November, the PMI averaged [50.4], against 51.1 before.", 50.4,
     "index_point"),
    # a decimal or negative reading of a component, the index named sentences before
    (
        "The Kansas City Fed's factory index rose to 8 in May.\nShipments improved to [11.4] "
        "from 6.2, while hiring held steady.",
        11.4,
        "index_point",
    ),
    (
        "The Kansas City Fed's factory index rose to 8 in May.\nNew orders slipped to [-3] from "
        "2, while hiring held steady.",
        -3.0,
        "index_point",
    ),
    # readings set against each other in brackets after an item, the index named before
    (
        "The composite confidence index in Belgium held at 94 in March.\nConfidence weakened "
        "in retail ([90] vs 93 in February) and construction (88 vs 89).",
        90.0,
        "index_point",
    ),
    (
        "The composite confidence index in Belgium held at 94 in March.\nConfidence weakened "
        "in retail (90 vs [93] in February) and construction (88 vs 89).",
        93.0,
        "index_point",
    ),
    # not the level of a currency in a page about an index
    (
        "The dollar index rose 0.3% to 99.1 on Friday.\nTraders expect USD/BRL to end the year "
        "at between 5.35 and [5.45].",
        5.45,
        "BRL",
    ),
    ("The index rose to [134.1] from 129.8 in June.", 134.1, "index_point"),
    ("The index rose to 134.1 from [129.8] in June.", 129.8, "index_point"),
    ("The PMI was [50.2] in March.", 50.2, "index_point"),
    ("The house price index was [185.5] in May.", 185.5, "index_point"),
    ("The output index, base 2015, stood at a provisional [108.2] in May.", 108.2, "index_point"),
    ("The output index stood at 108.2 in May against [107.9] in April.", 107.9, "index_point"),
    ("The sentiment index was a revised [49.6] in June.", 49.6, "index_point"),
    ("Payrolls beat the Dow Jones consensus of [180,000].", 180000.0, "count"),
    (
        "The yield fell to 4.1% after the auction, while the rupee traded at about [83.4] per "
        "dollar.",
        83.4,
        "INR",
    ),
    ("The Dow Jones Industrial Average closed at [42,150.3].", 42150.3, "index_point"),
    ("Permits, a gauge of building activity, rose to [1.42 million].", 1420000.0, "count"),
    (
        "Car sales, a barometer used with the sentiment index, reached [2.1 million] units.",
        2100000.0,
        "count",
    ),
    ("The consumer price index stood at [128.4] in April.", 128.4, "index_point"),
    ("The purchasing managers' index fell to [48.7] from 49.6.", 48.7, "index_point"),
    ("The index for Wales ([176.2]) was 3.1% above its 2008 peak.", 176.2, "index_point"),
    ("The confidence gauge reached [97.3] in July, its highest in a year.", 97.3, "index_point"),
    ("Economists had expected the PMI at [50.1] in a survey.", 50.1, "index_point"),
    ("The index fell 0.4 pct to [99.7] in January.", 99.7, "index_point"),
    ("The January fall left the index at [183.8] over its 1967 base of 100.", 183.8, "index_point"),
    (
        "The services PMI rose to 52.6 in May.\n\nThe reading was [51.9] in April.",
        51.9,
        "index_point",
    ),
    ("The index rose [3.2 points] to 104.5 in May.", 3.2, "index_point"),
    ("The Nikkei gained [215 points] to close at 38,400.", 215.0, "index_point"),
    ("The Dow Jones industrial average closed at [38,650.2] on Friday.", 38650.2, "index_point"),
    ("The survey of [3,000] firms showed the PMI at 51.", 3000.0, "count"),
    ("The index covers [500] companies.", 500.0, "count"),
    ("The producer price index rose [1.2%] in May.", 1.2, "percent"),
    ("The S&P 500 fell 40 points to [5,200] on Monday.", 5200.0, "index_point"),
    ("Of the retailers surveyed, the index read [52] in June.", 52.0, "index_point"),
    ("The euro zone PMI rose to 47.3 in June from [46.5].", 46.5, "index_point"),
    ("The FTSE index closed at 8,150.6, up [45.2 points].", 45.2, "index_point"),
    ("The index of [3,000] firms rose to 51.2.", 3000.0, "count"),
    # a level called a reading or an estimate of one, or written with its base
    ("The services PMI fell to 50.3, below the [50.8] reading analysts had pencilled in.", 50.8,
     "index_point"),
    ("The factory gauge eased to 47.9, short of the [48.4] median estimate.", 48.4, "index_point"),
    ("The builders' index dropped to 33. A poll had pointed to a reading of [35].", 35.0,
     "index_point"),
    ("The gauge rose 2.1 points to 88.6, against a downwardly revised [86.5].", 86.5,
     "index_point"),
    ("The terms of trade reached [103.2] (2019=100) in the third quarter.", 103.2,
     "index_point"),
    ("The firm hired 120 staff, above the [100] estimate it gave in March.", 100.0, "count"),
    # a reading as first published, or as forecast by a poll
    ("The services PMI rose to 55.2, after 54.6 initially reported as [54.8].", 54.8,
     "index_point"),
    ("The sentiment gauge fell to 91.4, short of a consensus forecast of [92.0] compiled by "
     "a newswire.", 92.0, "index_point"),
    ("The confidence index fell to 97.2, below the [98.1] that economists polled had expected.",
     98.1, "index_point"),
    ("The climate indicator rose. The May reading had first been published at [94].", 94.0,
     "index_point"),
    ("The climate index rose. Hiring was first reported as [1,200] jobs.", 1200.0, "count"),
    ("Set against the national figure (EU=100), pay ranged from [71.3] in the south to 164.2.",
     71.3, "index_point"),
    ("Set against the national figure (EU=100), the south had [120] firms.", 120.0, "count"),
    # an index base written with a thousands comma states a base as "=1000" does
    ("The dairy price index stood at [1,452] in May (base March 2019=1,000).", 1452.0,
     "index_point"),
    ("The dairy price index stood at [1,452] (base 2019=1,000) in May.", 1452.0,
     "index_point"),
    ("The dairy price index (base 2019=1,000) rose 2.1% in May, and [1,300] farms reported.",
     1300.0, "count"),
    # the first bound of a range of index levels, its place between it and "to"
    ("Across the regions, the activity indices ranged from [71.3] in the north to 99.8 in the "
     "capital.", 71.3, "index_point"),
    ("Regional readings of the confidence gauge ranged from [44] in the east to 58 in the "
     "west.", 44.0, "index_point"),
    ("Across the regions, house prices ranged from [71.3] in the north to 99.8 in the capital.",
     71.3, "count"),
    ("Wages in the index ranged from [300] in the south to 450 dollars in the north.", 300.0,
     "USD"),
    ("Staff numbers of the firms in the index varied from [1,200] in retail to 3,400 in "
     "banking.", 1200.0, "count"),
    (
        "The Wales index reached 176.2 in May. This is 2.9% higher than the peak in "
        "January 2008 of [171.2].",
        171.2,
        "index_point",
    ),
    # a rate written once after a list is no index level, whatever index was named before
    ("The provisional index is compiled from surveys. Nice and Lille recorded rises of [0.7] "
     "and 0.1 pct respectively.", 0.7, "percent"),
    # a diffusion index's reading in percent: reached after a change in points, registered,
    # or of a price sub-index near the line of 50
    ("The inventory index rose 0.7 percentage points to [50.2 percent] in May.", 50.2,
     "index_point"),
    ("The New Orders Index registered [47.1 percent] in May.", 47.1, "index_point"),
    ("The new orders index was 46.2 percent, while the input price index was [49.2 percent].",
     49.2, "index_point"),
    ("The consumer price index rose to [2.4 percent] in May.", 2.4, "percent"),
    ("The price index was [3.1 percent] higher than a year earlier.", 3.1, "percent"),
    ("By region, the business volume indices of the eastern, central and western regions "
     "were [52.1 percent], 51.6 percent and 51.2 percent respectively.", 52.1, "index_point"),
    # a diffusion index's readings written in percent, listed after the first
    ("The output index and the orders index were 51.0 percent and [49.4 percent], up by 0.3 "
     "and 0.4 percentage points.", 49.4, "index_point"),
    ("The PMIs of medium-sized and small firms were 48.9 percent and [47.1 percent], both "
     "below the critical point.", 47.1, "index_point"),
    ("Exports were 3.1 percent of output and [2.2 percent] of sales.", 2.2, "percent"),
    # in a text that reads a diffusion index in percent, a sector's or a region's reading near
    # 50 with no index named in its clause is its sub-index; not a share or a rate, and not
    # in a text with no such reading
    ("The services PMI stood at 50.4 percent in April. Of the 20 sectors surveyed, postal "
     "services ranked highest at [58.3 percent].", 58.3, "index_point"),
    ("The services PMI stood at 50.4 percent in April. Road freight registered [53.9 percent], "
     "the highest of the transport sub-sectors.", 53.9, "index_point"),
    ("The activity indices of the coastal and inland provinces were 51.3 percent and 50.6 "
     "percent, while that of the border provinces was [48.8 percent].", 48.8, "index_point"),
    ("The new orders index was 48.1 percent. The share of exporters was [45.0 percent].", 45.0,
     "percent"),
    ("The new orders index was 48.1 percent. Small firms were [38.2 percent] of the sample.",
     38.2, "percent"),
    ("Retail sales rose 4.1 percent in May. Rural sales registered [52.3 percent] of the "
     "total.", 52.3, "percent"),
    ("Retail sales rose 4.1 percent in May, and online sales were [45.5 percent].", 45.5,
     "percent"),
    # a headline's present tense reads a level too
    ("Housing sentiment index hits [44] in September", 44.0, "index_point"),
    ("Regional activity index reaches [61.7] as orders recover", 61.7, "index_point"),
    # the value a percent change is from is the level's, in the level's unit
    ("The sentiment gauge averaged 88.4 points in May, down 0.8% from a revised [89.1] in "
     "April.", 89.1, "index_point"),
    # beside a move in index points to a level, a number of its size after "at" or "to" is
    # the level of another series of the same table; not a count of things, nor far bigger
    ("By region, the West climbed 4 points to 42, the South was flat at [39] and the "
     "Northeast dropped 1 point to 45.", 39.0, "index_point"),
    ("Among trades, builders gained three points to 96 in June, while retailers were "
     "unchanged at [102].", 102.0, "index_point"),
    ("In the provinces, the coastal reading gained 2 points to 58 and the inland one held at "
     "[55].", 55.0, "index_point"),
    ("The West climbed 4 points to 42, while 3,400 stores were unchanged at [120] branches.",
     120.0, "count"),
    ("By region, the North added 3 points to 61, and output there stood at [4,500].", 4500.0,
     "count"),
]

# -------------------------------------------------------------- points and fractions of one
POINTS: list[Row] = [
    # points after "percentage point(s)" in their sentence are the same measure, shortened
    ("The wage gap narrowed to 4.2 percentage points from [5.0 points] in May.", 5.0,
     "percentage_point"),
    ("Net exports added 0.2 percentage point to output, while business investment "
     "contributed [0.4 point].", 0.4, "percentage_point"),
    # (but not points before it, of an index)
    ("The index rose [3 points] to 55.2, while the jobless rate rose 0.3 percentage point.",
     3.0, "index_point"),
    ("The jobless rate fell [half a percentage point] to 4.1%.", 0.5, "percentage_point"),
    (
        "Growth was [one-tenth of a percentage point] lower than first estimated.",
        0.1,
        "percentage_point",
    ),
    ("Core inflation jumped more than [a percentage point] to 5.8%.", 1.0, "percentage_point"),
    ("The saving rate rose [a quarter of a percentage point] to 4.5%.", 0.25, "percentage_point"),
    ("Sales grew 1.9%, [a full point] lower than in the prior quarter.", 1.0, "percentage_point"),
    ("The unemployment rate rose [0.3 points] to 5.4%.", 0.3, "percentage_point"),
    ("The bank cut its rate by [half a basis point].", 0.5, "basis_point"),
    (
        "Yields rose [three-quarters of a percentage point] over the month.",
        0.75,
        "percentage_point",
    ),
    ("Prices rose [half a percent] in June.", 0.5, "percent"),
    ("The index dropped [a full point] in March.", 1.0, "index_point"),
    ("The spread narrowed by [25 basis points].", 25.0, "basis_point"),
    ("The rate was cut by [0.25 percentage point].", 0.25, "percentage_point"),
    ("The market index suffered a [10-point] drop on Monday.", 10.0, "index_point"),
    ("The index fell 14 points, or 0.5%, to [2,890].", 2890.0, "index_point"),
    ("The CPI rose 2.3 pct in May, up from [2.1] in April.", 2.1, "percent"),
    ("Consumer prices rose 2.3 pct in May, up from [2.1] in April.", 2.1, "percent"),
    ("Employment rose 5 pct from [1,140] a year earlier.", 1140.0, "count"),
    (
        "Retail sales rose 0.6 pct to 11.2 billion dlrs, Statistics Canada said, after a "
        "0.3 pct fall in December to [11.1 billion].",
        1.11e10,
        "CAD",
    ),
    (
        "West German exports rose to 42.3 billion marks from [39.1 billion] in December.",
        3.91e10,
        "DEM",
    ),
    (
        "SYDNEY, May 4 - Beef exports rose to 410 mln dlrs in March, the Australian Bureau of "
        "Statistics said. Korea bought [96.2 mln dlrs] worth of beef in March.",
        9.62e7,
        "AUD",
    ),
    (
        "Japan's exports fell to 2.8 trillion yen, the ministry said, while imports rose to "
        "[2.1 trillion].",
        2.1e12,
        "JPY",
    ),
]


#: Bare numbers of a confidence, sentiment or optimism gauge are readings.
SENTIMENT_READINGS: list[Row] = [
    ("Consumer confidence in Chile rose to [47.3] in June.", 47.3, "index_point"),
    ("The small business optimism gauge slipped to [96.8] from 98.1.", 96.8, "index_point"),
    ("Investor sentiment in Austria improved to [-11.2] in May.", -11.2, "index_point"),
]


def test_points_that_are_no_measurement(nlp: Language) -> None:
    text = "At one point the party unveiled a seven-point plan and a 10-point programme."
    assert extract(text, nlp=nlp) == []


# -------------------------------------------------------------------- units of measure
UNITS_OF_MEASURE: list[Row] = [
    # a number word joined to a unit describes the noun after it
    ("Container traffic rose to [8.21 million] twenty-foot equivalent units.", 8.21e6, "count"),
    ("The miner produced [318,000 dry metric tonnes] of concentrate in the quarter.", 318000.0,
     "tonne"),
    ("Shipments reached [64,500 wmt] of ore in May.", 64500.0, "tonne"),
    ("Bullion output slipped to [41,200 kilos] in May.", 41200.0, "kilogram"),
    ("Corn stocks were put at [1.2 billion bushels] on Friday.", 1.2e9, "bushel"),
    ("The head grade rose to [4.1 grams per tonne] from 3.9 grams.", 4.1, "gram per tonne"),
    ("The head grade rose to 4.1 grams per tonne from [3.9 grams].", 3.9, "gram per tonne"),
    ("Container trains averaged [31.4 km per hour] in June.", 31.4, "kilometre per hour"),
    # any unit as a rate per day, and a bare first bound takes the symbol's factor too
    ("Norwegian flows averaged [318 mcm/d] last week.", 318e6, "cubic metre per day"),
    ("Works will cut capacity by [35]-40 mcm/d in June.", 35e6, "cubic metre per day"),
    ("Crews laid [2.7 km a day] of track in May.", 2.7, "kilometre per day"),
    ("Shale gas output hit [98.2 bcfd] in April.", 98.2e9, "cubic foot per day"),
    # "tons" are metric tons outside the United States
    (
        "China produced [81.5 million tons] of crude steel in May, the statistics bureau said.",
        81.5e6,
        "tonne",
    ),
    ("U.S. mines shipped [12 million tons] of coal, the EIA said.", 12e6, "ton"),
    ("The new model reaches [62 mph] in under five seconds.", 62.0, "mile per hour"),
    ("Winds of up to [90 miles per hour] hit the coast.", 90.0, "mile per hour"),
    ("The train runs at [300 km/h] on the new line.", 300.0, "kilometre per hour"),
    ("The car has a [600-horsepower] engine.", 600.0, "horsepower"),
    ("The engine makes [450 hp] at full load.", 450.0, "horsepower"),
    ("The turbine spins at [2,500 rpm] at cruising speed.", 2500.0, "revolutions per minute"),
    ("Rainfall was [1.2mm] above the average.", 1.2, "millimetre"),
    ("Each coin weighs [50g] and is gold-plated.", 50.0, "gram"),
    ("The average connection reached [100Mbps] last year.", 100.0, "megabit per second"),
    ("The chip runs at [3.2 GHz].", 3.2, "gigahertz"),
    ("Greenland lost [150 gigatonnes] of ice last year.", 1.5e11, "tonne"),
    ("The plant emits [400 kilotonnes] of carbon dioxide a year.", 4e5, "tonne"),
    ("Output rose to [3.5 million barrels per day] in May.", 3.5e6, "barrel per day"),
    ("Saudi output rose to [9.8 mb/d] in June.", 9.8e6, "barrel per day"),
    ("Wind farms produced [12 terawatt hours] in the quarter.", 12.0, "terawatt hour"),
    ("Solar output rose to [4.1 TWh] in May.", 4.1, "terawatt hour"),
    ("The country imported [38 bcm] of gas.", 3.8e10, "cubic metre"),
    ("The motor delivers [500 pound-feet] of torque.", 500.0, "pound-force foot"),
    ("The electric drive produces [420 Nm] of torque.", 420.0, "newton metre"),
    ("The company sold [1.2 million tonnes] of steel.", 1.2e6, "tonne"),
    ("The farm harvested [2,400 hectares] of wheat.", 2400.0, "hectare"),
    ("New offices covered [35,000 square metres].", 35000.0, "square metre"),
    ("The pipeline runs [1,200 km] to the coast.", 1200.0, "kilometre"),
    ("Wind capacity rose by [3.5 GW] last year.", 3.5, "gigawatt"),
    ("The new reactor has [1,100 MW] of capacity.", 1100.0, "megawatt"),
    ("The battery stores [75 kWh].", 75.0, "kilowatt hour"),
    ("The bag weighs [12 lbs] when full.", 12.0, "pound-mass"),
    ("Temperatures reached [41.2 °C] in July.", 41.2, "degree Celsius"),
    ("The mine produced [310,000 ounces] of gold.", 310000.0, "ounce"),
    ("The average home has [1,600 square feet] of floor space.", 1600.0, "square foot"),
    ("The new engine has a displacement of [3.0-liter].", 3.0, "litre"),
    ("Power sector emissions fell to [390 Mt].", 390e6, "tonne"),
    ("The producer price index fell 0.3 pct to 86.9. The March index was revised to 87.2 from "
     "a preliminary [87.3].", 87.3, "index_point"),
    ("The jobs index averaged 50.4 in the quarter, and the prices index [66.1].", 66.1,
     "index_point"),
    ("The median energy efficiency score of homes was [68] in the year to March.", 68.0,
     "index_point"),
    ("The rupee closed at 88.62 against the US dollar. Traders expect the currency to trade "
     "in a range of [88.20]-89.00 next week.", 88.2, "INR"),
    ("The peso ended at 18.41 per dollar. State banks sold dollars near the 18.65-[18.70] "
     "zone.", 18.7, "MXN"),
    ("Analysts expect USD/KRW to trade between [1,410] and 1,460 by the end of March.", 1410.0,
     "KRW"),
    ("Jobless rates rose 0.7 percentage points in Wales and [0.4] in Scotland.", 0.4,
     "percentage_point"),
    ("Jobless rates rose 0.7 percentage points in Wales and 0.4 in Scotland, and fell [0.2] in "
     "London.", 0.2, "percentage_point"),
    ("The jobless rate stood at 9.8 pct against 4.9 pct in Hesse and [5.6] in Saxony.", 5.6,
     "percent"),
    ("The lowest prices were in Malta and Cyprus ([12.6] and 12.9 c€/kWh, respectively).",
     0.126, "EUR"),
    ("Tea sold at [45] to 52 paise a cup.", 0.45, "INR"),
    ("Senegal set the price at [2,800 CFA francs] a kilogram.", 2800.0, "XOF"),
    ("Senegal set the price at 2,800 CFA francs a kilogram, up from [1,800 francs].",
     1800.0, "XOF"),
    ("It goes from zero to 60 mph in [3.1 seconds].", 3.1, "second"),
    ("Employees worked [2.3 billion hours] in the first quarter.", 2.3e9, "hour"),
    ("Disputes cost [1.7 million days] of work in 2024.", 1.7e6, "day"),
    ("Cement output rose to [38.4 mt] in October.", 38.4e6, "tonne"),
    ("Producers injected [41 bcf] into storage.", 41e9, "cubic foot"),
    ("Proven reserves are [2.3 tcf].", 2.3e12, "cubic foot"),
    ("Utilities pumped [62 billion cubic feet] of gas.", 62e9, "cubic foot"),
    ("Power demand reached [152.3 BU] in May.", 152.3e9, "kilowatt hour"),
    ("The grid supplied [4,210 MU] on Monday.", 4210e6, "kilowatt hour"),
    ("The death rate was [7.87 per thousand].", 7.87, "per mille"),
    # stocks counted in the time they last are a measurement, a bare span of time is not
    ("Coal stocks at power plants covered [19 days] of consumption.", 19.0, "day"),
    ("Reserves were enough to pay for [5 months] of imports.", 5.0, "month"),
    ("The pickup tows [11,000 pounds].", 11000.0, "pound-mass"),
    ("The shop sold [5 pounds] of beef.", 5.0, "pound-mass"),
    ("The shop sold 5 pounds of beef for [12 pounds].", 12.0, "GBP"),
    ("The Treasury raised [5 billion pounds] of debt.", 5e9, "GBP"),
    # millions of pounds in a text that prices in cents, with no "$", weigh too
    (
        "Cheese futures gained 1.5 cents. Stocks of cheese stood at [1.42 billion pounds] at "
        "the end of May.",
        1.42e9,
        "pound-mass",
    ),
    (
        "Frozen turkey held in storage fell to [210.5 million pounds], U.S. data showed.",
        210.5e6,
        "pound-mass",
    ),
    # (but not in a text about Britain: "The London bank lent 4 billion pounds")
    ("The London bank lent [4 billion pounds] for 30 cents on the dollar.", 4e9, "GBP"),
    # a count of hours with one word that describes them between
    ("Turbines stood idle for [146] windless hours in the quarter.", 146.0, "hour"),
    ("Staff worked [40] overtime hours in May.", 40.0, "hour"),
    # millions of pounds in a text that counts money in dollars weigh
    (
        "Pork belly stocks stood at [401 million pounds], the USDA said. Hog futures rose to "
        "$1.02 a pound.",
        401e6,
        "pound-mass",
    ),
    (
        "The UK Treasury raised [2.5 billion pounds] from the sale, against $3 billion a year "
        "earlier.",
        2.5e9,
        "GBP",
    ),
    ("The phone has a [4,000 mAh] battery.", 4000.0, "milliampere-hour"),
    ("The tank holds [15 gallons].", 15.0, "gallon"),
    ("Maize yields averaged [6,120.5 kg per hectare] this season.", 6120.5, "kilogram per hectare"),
    ("Tapping lifted output to [1,512 kg per ha] in the state.", 1512.0, "kilogram per hectare"),
    ("Rail freight came to [2,870.3 billion tonne-kilometres].", 2.8703e12, "tonne kilometre"),
    ("Coal use reached [4.9 billion tonnes of standard coal equivalent].", 4.9e9,
     "tonne of coal equivalent"),
    ("Grid emissions fell to [186 gCO2/kWh] last year.", 186.0, "gram per kilowatt hour"),
    ("The enrichment plant delivered [2.3 million separative work units].", 2.3e6,
     "separative work unit"),
    ("The council sees palladium demand at [8,950 koz] next year.", 8.95e6, "ounce"),
    ("Mine supply slipped to [5.9 Moz] in 2024.", 5.9e6, "ounce"),
    ("Mills shipped [140 million board feet] in May.", 1.4e8, "board-foot"),
    ("Autumn grain output reached [4,120 billion jin].", 4.12e12, "jin"),
    ("Peak demand pushed use to [151.2 billion units] (BU) in May.", 1.512e11, "kilowatt hour"),
    ("The exchange cleared 9,870 million units (MU) in June against [8,640 MU] a year ago.",
     8.64e9, "kilowatt hour"),
    ("Dealers sold [1.6 million] units in the festive month.", 1.6e6, "count"),
]

# ----------------------------------------------------------------------- prices per unit
PRICES_PER_UNIT: list[Row] = [
    ("Baseload power traded at [47 €/MWh] on Friday.", 47.0, "EUR"),
    ("Brent settled at [US$58.24] per barrel.", 58.24, "USD"),
    ("Oil fell to [$80/bbl] in early trade.", 80.0, "USD"),
    ("Gas for next month cost [35 EUR/MWh].", 35.0, "EUR"),
    ("Gold rose to [$2,350] an ounce.", 2350.0, "USD"),
    (
        "Statistics Canada said crude exports rose as oil averaged [$80] a barrel.",
        80.0,
        "USD",
    ),
    (
        "Statistics Canada said crude exports rose to [$12 billion] as oil averaged $80 a barrel.",
        1.2e10,
        "CAD",
    ),
    (
        "The Australian Bureau of Statistics said gold prices hit [$2,350] an ounce.",
        2350.0,
        "USD",
    ),
    ("The average price per barrel decreased to [14.72 dlrs] from 26.41 dlrs.", 14.72, "USD"),
    ("Households paid [26.8 c€/kWh] on average in the second half.", 0.268, "EUR"),
    # grain quotes in fractions of a cent
    ("March soybeans were up [2-3/4 cents] at $10.42-1/4 a bushel.", 0.0275, "USD"),
    ("March soybeans were up 2-3/4 cents at [$10.42-1/4] a bushel.", 10.4225, "USD"),
    ("Oats fell [3 1/2 cents] to 371-1/4 cents.", 0.035, "USD"),
    ("Oats fell 3 1/2 cents to [371-1/4 cents].", 3.7125, "USD"),
    ("Solar bids averaged [5.12 ct/kWh] in the June round.", 0.0512, "EUR"),
]

# ----------------------------------------------------------------- scale words and slips
SCALES: list[Row] = [
    # a scale written after the currency code (Trading Economics)
    ("Imports in Chile averaged [5.20 USD Billion] from 2003 until 2025.", 5.2e9, "USD"),
    ("The budget balance hit a record low of [-410 EUR Million] in 2020.", -4.1e8, "EUR"),
    ("The deficit was [200 mln dlrs] lower.", 2e8, "USD"),
    ("The deficit with Europe rose [200 mln] to 7.2 billion dlrs.", 2e8, "USD"),
    ("Exports rose 900 mln dlrs to [2.6 billion dlrs].", 2.6e9, "USD"),
    ("The state spent [2.2. Billion] on defence.", 2.2e9, "count"),
    ("The deficit reached [2.2. Billion euros] in 2023.", 2.2e9, "EUR"),
    ("Tourism brought in [1,5 million euros] last summer.", 1.5e6, "EUR"),
    ("The region had [2,75 million] visitors.", 2.75e6, "count"),
    ("The firm hired [1,500] workers.", 1500.0, "count"),
    # a range's first bound takes the scale (and gives the currency) written once
    ("The plan needs outlays of [₹18,000]–22,000 crore by FY27.", 1.8e11, "INR"),
    ("Brokers see inflows of [$140]–160 bn this fiscal year.", 1.4e11, "USD"),
    ("The project will cost €6–[8 billion], the operator said.", 8e9, "EUR"),
    ("The project will cost [€6]–8 billion, the operator said.", 6e9, "EUR"),
    ("Sales rose from [$3.2] to $3.9 billion.", 3.2e9, "USD"),
    # a scale joined to the amount by a hyphen
    ("The [₹6,200-crore] incentive scheme runs until 2028.", 6.2e10, "INR"),
    ("The group signed a [$2.5-billion] loan in May.", 2.5e9, "USD"),
    ("The fund manages [$3.5tn] of assets.", 3.5e12, "USD"),
    ("The bank wrote off [£3.5bn] of loans.", 3.5e9, "GBP"),
    ("The market was worth [4.5 trillion yen].", 4.5e12, "JPY"),
    ("About [469 million] people shop online.", 4.69e8, "count"),
    ("The city has [2.5 mln] residents.", 2.5e6, "count"),
    ("Sales reached [8,237.4 billion yuan].", 8.2374e12, "CNY"),
    ("Exports were worth [three billion dlrs].", 3e9, "USD"),
    ("Pre-tax profit rose to £410m from [£380m].", 3.8e8, "GBP"),
    ("The group lost [€2m]. Sales fell.", 2e6, "EUR"),
    (
        "MANILA, June 3 - The budget showed a surplus of 12 billion pesos, against a deficit "
        "of [8.5 billion] a year earlier.",
        8.5e9,
        "PHP",
    ),
    ("A net loss of 35.2 mln dlrs compared with a profit of [12.4 mln] a year ago.", 1.24e7, "USD"),
    ("The year 2024 marks the [tenth] year of growth at [3%].", 3.0, "percent"),
]

# Ratios stated as a bare number are multiples; a ratio index keeps its points; Taiwan's
# figures in a bare "$" are US dollars (its own currency is written "NT$"); "minus" is a sign.
RATIOS_AND_TAIWAN: list[Row] = [
    ("The ratio of rents to incomes in Dublin rose to [4.8] in 2024.", 4.8, "times"),
    ("Scotland had the lowest, with a ratio of [4.1].", 4.1, "times"),
    ("Wales led with a ratio of 9.9, followed by the West and the North at [8.6] and 7.7, "
     "respectively.", 8.6, "times"),
    ("The forward price-to-earnings ratio of the Nikkei is [17.3] this week.", 17.3, "times"),
    ("The new orders-to-inventory ratio index climbed to [52.6] in May.", 52.6, "index_point"),
    ("The debt ratio remained between [six] and 8 pct of output.", 6.0, "percent"),
    ("Taiwan's export orders fell to [$52.4 billion] in May, the ministry said.", 5.24e10, "USD"),
    (
        "The current conditions gauge rose 2.1 points to [minus 61.3 points] in June.",
        -61.3,
        "index_point",
    ),
    ("Taiwan's central bank held reserves of [NT$1.2 trillion] in gold.", 1.2e12, "TWD"),
    (
        "Buyers took 3 million metric tons of U.S. wheat; exporters sold [510,000 tons] more.",
        5.1e5,
        "tonne",
    ),
    (
        "Machinery exports were 612 mln dlrs in May, while toys accounted for [214 mln].",
        2.14e8,
        "USD",
    ),
    ("Receipts were Rs 310 crore, while daily transactions were [1.1 crore].", 1.1e7, "count"),
]

# Units of trades that write them their own way: tea in million kilograms, refinery runs in
# million barrels a day at the end of a sentence, ships in deadweight tonnes.
TRADE_UNITS: list[Row] = [
    ("Assam's crop fell to [612.4 mkg] in the first ten months.", 6.124e8, "kilogram"),
    (
        "Runs rose 2% to 9.6 mb/d and Asian runs were [24.1 mb/d]. Margins fell.",
        2.41e7,
        "barrel per day",
    ),
    ("Yards delivered [12.7 million DWT] of bulk carriers.", 1.27e7, "tonne"),
    ("Processors crushed [5.92 million short tons] of soybeans.", 5.92e6, "short ton"),
    ("Soybean has been sown on [12.4 mh] so far, against 12.1 mh a year ago.", 1.24e7, "hectare"),
    ("Heating gasoil averaged [1,042 EUR]/1000 litres on 2 February.", 1042.0, "EUR"),
    ("The wheat harvest is seen at [38 million quintals].", 3.8e7, "quintal"),
    ("Analysts see the deficit at [$31 billion]-$33 billion this year.", 3.1e10, "USD"),
    ("Analysts see the deficit at $31 billion-[$33 billion] this year.", 3.3e10, "USD"),
    ("New orders totalled [48.3 million deadweight tonnes] in the year.", 4.83e7, "tonne"),
]

# Units read from the words around: a crown or a peso quoted in a country's figures is that
# country's; "cr" after money is a crore; yields per acre; points added to growth are
# percentage points; "the number of" counts.
CONTEXT_UNITS: list[Row] = [
    (
        "OSLO, Dec 10 (Reuters) - Norwegian core inflation eased to 3.0% in November. The crown "
        "firmed to [11.58] per euro.",
        11.58,
        "NOK",
    ),
    (
        "SANTIAGO, March 8 (Reuters) - Chile's central bank held its rate at 5%. The peso "
        "weakened to [941.20] per dollar.",
        941.20,
        "CLP",
    ),
    ("Foreign investors bought shares worth [Rs 2,410 cr] in March.", 2.41e10, "INR"),
    ("Mutual funds drew [₹1.3 lakh cr] in the quarter.", 1.3e12, "INR"),
    ("Soybean yields were forecast at [52.1 bushels per acre].", 52.1, "bushel per acre"),
    ("Rice yields reached [4.6 tonnes per hectare] in 2024.", 4.6, "tonne per hectare"),
    ("Government spending added [0.4 point] to growth in the quarter.", 0.4, "percentage_point"),
    (
        "RABAT, June 2 (Reuters) - Morocco's reserves rose to [402 billion dirhams] in May.",
        4.02e11,
        "MAD",
    ),
    (
        "DUBAI, June 2 (Reuters) - The UAE's non-oil exports reached [62 billion dirhams].",
        6.2e10,
        "AED",
    ),
    (
        "COPENHAGEN, May 3 - Denmark posted a [2.6 billion crown] trade surplus in March.",
        2.6e9,
        "DKK",
    ),
    (
        "Ticket sales totalled 3.4 billion yuan and the number of visitors reached [48.7 "
        "million].",
        4.87e7,
        "count",
    ),
]

ALL: list[tuple[str, list[Row]]] = [
    ("context", CONTEXT_UNITS),
    ("trade", TRADE_UNITS),
    ("ratio", RATIOS_AND_TAIWAN),
    ("currency", CURRENCY_SPELLINGS),
    ("which", WHICH_CURRENCY),
    ("shared", SHARED_UNITS),
    ("index", INDEX_LEVELS),
    ("sentiment", SENTIMENT_READINGS),
    ("points", POINTS),
    ("measure", UNITS_OF_MEASURE),
    ("per_unit", PRICES_PER_UNIT),
    ("scale", SCALES),
]


def _params() -> list[Any]:
    params = []
    for group, rows in ALL:
        for n, row in enumerate(rows):
            if hasattr(row, "marks"):  # already a pytest.param (a known gap)
                params.append(pytest.param(*row.values, marks=row.marks, id=f"{group}-{n}"))
            else:
                params.append(pytest.param(*row, id=f"{group}-{n}"))
    return params


def _target(marked: str) -> tuple[str, int, int]:
    """Take the last pair of brackets out of `marked`: the text and the marked character span."""
    start = marked.rindex("[")
    end = marked.index("]", start)
    text = marked[:start] + marked[start + 1 : end] + marked[end + 1 :]
    text = text.replace("[", "").replace("]", "")
    before = marked[:start].count("[") + marked[:start].count("]")
    return text, start - before, end - 1 - before


@pytest.mark.parametrize(("marked", "value", "unit"), _params())
def test_value_and_unit(nlp: Language, marked: str, value: float, unit: str) -> None:
    text, start, end = _target(marked)
    records = extract(text, nlp=nlp, ref_date="2024-06-30")
    found = [r for r in records if r.start < end and start < r.end]
    assert found, f"no record for {text[start:end]!r}: {[(r.text, r.unit) for r in records]}"
    record = found[0]
    assert (record.text, record.unit) == (text[start:end], unit)
    assert record.value == pytest.approx(value)


def test_table_size() -> None:
    assert sum(len(rows) for _, rows in ALL) >= 150


# ------------------------------------------------------------------- the pure functions
LOCALIZE: list[tuple[str, str, str | None, str]] = [
    ("$13.1 billion", "USD", "CA", "CAD"),
    ("162 mln dlrs", "USD", "NZ", "NZD"),
    ("45 cents", "USD", "AU", "AUD"),
    ("$5 billion", "USD", "US", "USD"),
    ("$5 billion", "USD", None, "USD"),
    ("$5 billion", "USD", "JP", "USD"),
    ("US$5 billion", "USD", "CA", "USD"),
    ("$US5 billion", "USD", "AU", "USD"),
    ("5 billion U.S. dlrs", "USD", "HK", "USD"),
    ("C$5 billion", "CAD", "AU", "CAD"),
    ("¥5 billion", "JPY", "CN", "CNY"),
    ("Y=5 billion", "JPY", "JP", "JPY"),
    ("5 billion yen", "JPY", "CN", "JPY"),
    ("Rs 50 crore", "INR", "PK", "PKR"),
    ("5 billion pesos", "MXN", "PH", "PHP"),
    ("5 billion crowns", "SEK", "NO", "NOK"),
    ("5 billion francs", "CHF", "FR", "FRF"),
    ("5 billion pounds", "GBP", "EG", "EGP"),
    ("5 billion Swiss francs", "CHF", "FR", "CHF"),
    ("5.2%", "percent", "CA", "percent"),
    ("200 mln", "NZD", "AU", "NZD"),
]


@pytest.mark.parametrize(("text", "unit", "country", "expected"), LOCALIZE, ids=[
    f"{c[0]}-{c[2]}" for c in LOCALIZE
])  # fmt: skip
def test_localize_currency(text: str, unit: str, country: str | None, expected: str) -> None:
    assert localize_currency(unit, text, country) == expected


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("HEADLINE\n\nWELLINGTON, March 5 - The deficit narrowed.", "NZ"),
        ("TORONTO, March 3 - Profit rose.", "CA"),
        ("SYDNEY (Reuters) - Exports rose.", "AU"),
        ("HONG KONG, May 2 - Exports rose.", "HK"),
        ("GOTHAM, May 2 - Exports rose.", None),
        ("Exports rose in May.", None),
    ],
)
def test_dateline_country(text: str, country: str | None) -> None:
    assert dateline_country(text) == country


@pytest.mark.parametrize(
    ("text", "scale"),
    [("200 mln", 1e6), ("2.5bn", 1e9), ("£40m", 1e6), ("US$3 billion", 1e9), ("30", 1.0),
     ("three billion dlrs", 1e9), ("5.2%", 1.0)],
)  # fmt: skip
def test_written_scale(text: str, scale: float) -> None:
    assert written_scale(text) == scale


def test_scale_applied_once() -> None:
    parsed = parse_quantity("200 mln", "NUMBER")
    assert parsed is not None
    assert parsed.value == 2e8
