# ruff: noqa: E501, RUF001
"""Write corpus/annotated_24/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_24.py corpus/annotated_24
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
CSD = "Census and Statistics Department"
HKG = "Hong Kong Government"
BOR = "Bank of Russia"
ROSSTAT = "Federal State Statistics Service"
BLS = "U.S. Bureau of Labor Statistics"
DJ = "Dow Jones"
FED = "Federal Reserve"
CME = "CME Group"
CEN = "U.S. Census Bureau"
BBG = "Bloomberg"
INE = "National Statistics Institute"
TE = "Trading Economics"
EIA = "U.S. Energy Information Administration"
GS = "Goldman Sachs"
BH = "Baker Hughes"
MOSPI = "Ministry of Statistics and Programme Implementation"
MORD = "Ministry of Rural Development"
ICRA = "ICRA"
EUROSTAT = "Eurostat"
NBS = "National Bureau of Statistics"

# 2401 ONS labour disputes (ref 2025-11-11)
S25 = per("in September 2025", 2025, 9)
A25 = per("in August 2025", 2025, 8)
T12 = P("In the 12 months to September 2025", "2024-10-01", "2025-09-30")
BTW = P("Between October 2024 and September 2025", "2024-10-01", "2025-09-30")
FA25 = per("for August 2025", 2025, 8)
# 2402 Reuters 1987 (ref Friday 1987-03-27)
FEB87 = per("in February", 1987, 2)
TWO = P("In the first two months of 1987", "1987-01-01", "1987-02-28")
# 2403 Reuters 2025 (ref Friday 2025-10-24)
FRI = P("on Friday", "2025-10-24", "2025-10-24")
# 2404 CNBC (ref Friday 2025-10-31)
JS = Q("in the July-through-September period", 2025, 3)
INQ = Q("in the quarter", 2025, 3)
YTS = per("in the year to September", 2025, 9)
# 2405 MT Newswires (ref Wednesday 2025-09-10)
JUL = per("in July", 2025, 7)
JUN = per("June", 2025, 6)
# 2406 Trading Economics (ref 2025-11-13)
OCT = per("in October", 2025, 10)
SEP = per("in September", 2025, 9)
# 2407 Investing.com (ref Thursday 2025-11-20)
ET = P("By 11:05 ET", None, None)
LWK = P("last week", "2025-11-10", "2025-11-16")
WK = P("in the week ended Nov. 14", "2025-11-08", "2025-11-14")
ASOF = P("as of Nov. 14", "2025-11-14", "2025-11-14")
# 2408 Business Standard (ref 2025-11-17)
BOCT = per("in October", 2025, 10)
MAGO = per("a month earlier", 2025, 9)
# 2409 DG ENER (ref 2026-02-12)
Q425 = Q("In the fourth quarter of 2025", 2025, 4)
Y25 = Y("For 2025 as a whole", 2025)
Y24 = Y("in 2024", 2024)
I24 = Y("In 2024", 2024)
# 2410 NBS (ref 2025-10-20)
Q3A = Q("in the third quarter of 2025", 2025, 3)
Q3B = Q("In the third quarter", 2025, 3)
TQ = P("In the first three quarters", "2025-01-01", "2025-09-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_labour_disputes.txt': [
        ('41,000', 1, 41000, 'count', 'working days lost because of labour disputes', 'decrease', None, None, S25, None),
        ('63,000', 1, 63000, 'count', 'working days lost because of labour disputes', None, None, None, A25, None),
        ('58', 1, 58, 'count', 'stoppages in progress', None, None, None, S25, None),
        ('19,000', 1, 19000, 'count', 'workers involved in stoppages', None, None, None, S25, None),
        ('612,000', 1, 612000, 'count', 'working days lost', None, None, None, T12, None),
        ('67%', 1, 67, 'percent', 'working days lost', 'decrease', 'year_on_year', None, T12, None),
        ('1.83 million', 1, 1.83e6, 'count', 'working days lost', None, None, None, P('in the 12 months to September 2024', '2023-10-01', '2024-09-30'), None),
        ('17,000', 1, 17000, 'count', 'working days lost in the health and social work sector', None, None, None, S25, ONS),
        ('41%', 1, 41, 'percent', 'health and social work share of working days lost', None, None, None, S25, ONS),
        ('9,000', 1, 9000, 'count', 'working days lost in transport, storage and communication', None, None, None, S25, ONS),
        ('6,000', 1, 6000, 'count', 'working days lost in education', None, None, None, S25, ONS),
        ('23', 1, 23, 'count', 'stoppages that began', None, None, None, per('in September', 2025, 9), ONS),
        ('four-fifths', 1, 0.8, 'fraction', 'share of stoppages involving fewer than 1,000 workers', None, None, 'approximately', per('in September', 2025, 9), ONS),
        ('71%', 1, 71, 'percent', 'public sector share of working days lost', None, None, None, BTW, ONS),
        ('434,000', 1, 434000, 'count', 'working days lost in the public sector', None, None, None, BTW, ONS),
        ('29%', 1, 29, 'percent', 'private sector share of working days lost', None, None, None, BTW, ONS),
        ('178,000', 1, 178000, 'count', 'working days lost in the private sector', None, None, None, BTW, ONS),
        ('85%', 1, 85, 'percent', 'share of days lost in disputes over pay', None, None, 'more_than', BTW, ONS),
        ('214,000', 1, 214000, 'count', 'workers involved in disputes', 'decrease', None, None, T12, ONS),
        ('532,000', 1, 532000, 'count', 'workers involved in disputes', None, None, None, P('a year earlier', '2023-10-01', '2024-09-30'), ONS),
        ('340', 1, 340, 'count', 'disputes the statistics are compiled from', None, None, 'approximately', None, ONS),
        ('2,000', 1, 2000, 'count', 'working days lost revision', 'decrease', None, None, FA25, ONS),
        ('63,000', 2, 63000, 'count', 'working days lost', 'decrease', None, None, FA25, ONS),
    ],
    'wire_1987_hong_kong_trade.txt': [
        ('1.1 BILLION DLRS', 1, 1.1e9, 'HKD', 'Hong Kong trade deficit', 'decrease', None, None, per('IN FEBRUARY', 1987, 2), None),
        ('1.1 billion H.K. dlrs', 1, 1.1e9, 'HKD', "Hong Kong's visible trade deficit", 'decrease', None, None, FEB87, CSD),
        ('2.47 billion', 1, 2.47e9, 'HKD', "Hong Kong's visible trade deficit", None, None, None, per('in January', 1987, 1), CSD),
        ('31 pct', 1, 31, 'percent', 'domestic exports', 'increase', 'year_on_year', None, FEB87, CSD),
        ('6.82 billion dlrs', 1, 6.82e9, 'HKD', 'domestic exports', 'increase', None, None, FEB87, CSD),
        ('44 pct', 1, 44, 'percent', 're-exports', 'increase', 'year_on_year', None, FEB87, CSD),
        ('5.96 billion', 1, 5.96e9, 'HKD', 're-exports', 'increase', None, None, FEB87, CSD),
        ('29 pct', 1, 29, 'percent', 'imports', 'increase', 'year_on_year', None, FEB87, CSD),
        ('13.88 billion', 1, 13.88e9, 'HKD', 'imports', 'increase', None, None, FEB87, CSD),
        ('1.41 billion dlrs', 1, 1.41e9, 'HKD', 'trade deficit', None, None, None, per('in February 1986', 1986, 2), CSD),
        ('14.35 billion dlrs', 1, 14.35e9, 'HKD', 'domestic exports', None, None, None, TWO, CSD),
        ('27 pct', 1, 27, 'percent', 'domestic exports', 'increase', 'year_on_year', None, TWO, CSD),
        ('12.61 billion', 1, 12.61e9, 'HKD', 're-exports', None, None, None, TWO, CSD),
        ('39 pct', 1, 39, 'percent', 're-exports', 'increase', 'year_on_year', None, TWO, CSD),
        ('26 pct', 1, 26, 'percent', 'imports', 'increase', 'year_on_year', None, TWO, CSD),
        ('30.53 billion', 1, 30.53e9, 'HKD', 'imports', 'increase', None, None, TWO, CSD),
        ('3.57 billion dlrs', 1, 3.57e9, 'HKD', 'two-month deficit', None, None, None, TWO, CSD),
        ('42 pct', 1, 42, 'percent', 'United States share of domestic exports', None, None, None, per('February', 1987, 2), CSD),
        ('13 pct', 1, 13, 'percent', 'China share of domestic exports', None, None, None, per('February', 1987, 2), CSD),
        ('seven pct', 1, 7, 'percent', 'West Germany share of domestic exports', None, None, None, per('February', 1987, 2), CSD),
        ('52 pct', 1, 52, 'percent', 're-exports to China', 'increase', None, None, FEB87, CSD),
        ('1.9 billion dlrs', 1, 1.9e9, 'HKD', 're-exports to China', 'increase', None, 'approximately', FEB87, CSD),
        ('half', 1, 0.5, 'fraction', 'share of clothing, watches and toys in domestic exports', None, None, 'more_than', P('in the month', '1987-02-01', '1987-02-28'), CSD),
        ('16 pct', 1, 16, 'percent', 'domestic exports in real terms', 'increase', None, None, Y('in 1986', 1986), CSD),
        ('nine pct', 1, 9, 'percent', 'real growth of domestic exports', 'increase', None, None, Y('this year', 1987), HKG),
        ('7.7985', 1, 7.7985, 'HKD', 'Hong Kong dollar per U.S. dollar', None, None, None, P('on Thursday', '1987-03-26', '1987-03-26'), CSD),
    ],
    'wire_2025_russia_key_rate.txt': [
        ('16.5%', 1, 16.5, 'percent', 'key rate', 'decrease', None, None, None, BOR),
        ('50 basis points', 1, 50, 'basis_point', 'key interest rate', 'decrease', None, None, FRI, BOR),
        ('16.50%', 1, 16.50, 'percent', 'key interest rate', 'decrease', None, None, FRI, BOR),
        ('Nineteen', 1, 19, 'count', 'analysts forecasting the cut', None, None, None, None, 'Reuters'),
        ('26', 1, 26, 'count', 'analysts in a Reuters poll', None, None, None, None, 'Reuters'),
        ('50-basis-point', 1, 50, 'basis_point', 'key rate cut', 'decrease', None, None, None, 'Reuters'),
        ('seven', 1, 7, 'count', 'analysts expecting the rate to stay', None, None, None, None, 'Reuters'),
        ('17%', 1, 17, 'percent', 'key rate', None, None, None, None, 'Reuters'),
        ('450 basis points', 1, 450, 'basis_point', 'key rate', 'decrease', None, None, P('since it began easing in June', '2025-06-01', '2025-10-24'), BOR),
        ('7.9%', 1, 7.9, 'percent', 'annual inflation', 'decrease', 'year_on_year', None, per('in September', 2025, 9), ROSSTAT),
        ('8.1%', 1, 8.1, 'percent', 'annual inflation', None, 'year_on_year', None, per('in August', 2025, 8), ROSSTAT),
        ('7.7%', 1, 7.7, 'percent', 'annual inflation', None, 'year_on_year', 'approximately', P('as of Oct. 20', '2025-10-20', '2025-10-20'), ROSSTAT),
        ('6.0%', 1, 6.0, 'percent', 'inflation', None, None, None, Y('for 2025', 2025), BOR),
        ('7.0%', 1, 7.0, 'percent', 'inflation', None, None, None, Y('for 2025', 2025), BOR),
        ('4%', 1, 4, 'percent', 'inflation', None, None, None, Y('in 2026', 2026), BOR),
        ('13.0%', 1, 13.0, 'percent', 'key rate', None, None, None, Y('next year', 2026), BOR),
        ('15.0%', 1, 15.0, 'percent', 'key rate', None, None, None, Y('next year', 2026), BOR),
        ('1.1%', 1, 1.1, 'percent', 'economy', 'increase', 'year_on_year', None, Q('in the second quarter', 2025, 2), ROSSTAT),
        ('1.4%', 1, 1.4, 'percent', 'economy', None, 'year_on_year', None, Q('in the first', 2025, 1), ROSSTAT),
        ('0.5%', 1, 0.5, 'percent', 'growth', 'increase', 'year_on_year', None, Y('this year', 2025), BOR),
        ('1.0%', 1, 1.0, 'percent', 'growth', 'increase', 'year_on_year', None, Y('this year', 2025), BOR),
        ('80.95', 1, 80.95, 'RUB', 'rouble per dollar', None, None, None, FRI, ROSSTAT),
        ('30%', 1, 30, 'percent', 'rouble', 'increase', None, 'approximately', P('since the start of the year', '2025-01-01', '2025-10-24'), ROSSTAT),
    ],
    'cnbc_style_employment_cost_index.txt': [
        ('0.9%', 1, 0.9, 'percent', 'employment costs', 'increase', None, None, Q('in the third quarter', 2025, 3), None),
        ('0.9%', 2, 0.9, 'percent', 'employment cost index', 'increase', 'quarter_on_quarter', None, JS, BLS),
        ('0.8%', 1, 0.8, 'percent', 'employment cost index', 'increase', 'quarter_on_quarter', None, JS, DJ),
        ('0.9%', 3, 0.9, 'percent', 'employment cost index', 'increase', 'quarter_on_quarter', None, Q('in the second quarter', 2025, 2), BLS),
        ('3.6%', 1, 3.6, 'percent', 'compensation costs', 'increase', 'year_on_year', None, per('Over the year to September', 2025, 9), BLS),
        ('3.9%', 1, 3.9, 'percent', 'compensation costs', None, 'year_on_year', None, per('a year earlier', 2024, 9), BLS),
        ('70%', 1, 70, 'percent', 'share of wages and salaries in compensation costs', None, None, 'approximately', None, BLS),
        ('1.0%', 1, 1.0, 'percent', 'wages and salaries', 'increase', None, None, INQ, BLS),
        ('3.7%', 1, 3.7, 'percent', 'wages and salaries', 'increase', 'year_on_year', None, INQ, BLS),
        ('0.7%', 1, 0.7, 'percent', 'benefit costs', 'increase', None, None, INQ, BLS),
        ('3.4%', 1, 3.4, 'percent', 'benefit costs', 'increase', 'year_on_year', None, INQ, BLS),
        ('3.5%', 1, 3.5, 'percent', 'compensation of private industry workers', 'increase', 'year_on_year', None, None, BLS),
        ('4.1%', 1, 4.1, 'percent', 'compensation of state and local government employees', 'increase', 'year_on_year', None, None, BLS),
        ('4.6%', 1, 4.6, 'percent', "union workers' wages", 'increase', 'year_on_year', None, None, BLS),
        ('3.4%', 2, 3.4, 'percent', "nonunion workers' wages", 'increase', 'year_on_year', None, None, BLS),
        ('0.7%', 2, 0.7, 'percent', 'inflation-adjusted wages and salaries', 'increase', 'year_on_year', None, YTS, BLS),
        ('2.9%', 1, 2.9, 'percent', 'consumer prices', 'increase', 'year_on_year', None, YTS, BLS),
        ('a quarter percentage point', 1, 0.25, 'percentage_point', 'Fed benchmark rate', 'decrease', None, None, P('on Wednesday', '2025-10-29', '2025-10-29'), FED),
        ('3.75%', 1, 3.75, 'percent', 'Fed benchmark rate', 'decrease', None, None, P('on Wednesday', '2025-10-29', '2025-10-29'), FED),
        ('4%', 1, 4, 'percent', 'Fed benchmark rate', 'decrease', None, None, P('on Wednesday', '2025-10-29', '2025-10-29'), FED),
        ('65%', 1, 65, 'percent', 'chance of another Fed rate cut', None, None, 'approximately', per('in December', 2025, 12), CME),
    ],
    'mt_newswires_wholesale_inventories.txt': [
        ('0.1%', 1, 0.1, 'percent', 'US wholesale inventories', 'increase', None, None, JUL, None),
        ('1.4%', 1, 1.4, 'percent', 'sales', 'increase', None, None, JUL, None),
        ('0.1%', 2, 0.1, 'percent', 'US wholesale inventories', 'increase', 'month_on_month', None, JUL, CEN),
        ('$908.6 billion', 1, 908.6e9, 'USD', 'US wholesale inventories', 'increase', None, None, JUL, CEN),
        ('0.2%', 1, 0.2, 'percent', 'wholesale inventories', 'increase', None, None, JUN, CEN),
        ('0.1%', 3, 0.1, 'percent', 'wholesale inventories', 'increase', None, None, JUN, CEN),
        ('0.1%', 4, 0.1, 'percent', 'wholesale inventories', 'increase', None, None, JUL, BBG),
        ('1.4%', 2, 1.4, 'percent', 'wholesale sales', 'increase', 'month_on_month', None, JUL, CEN),
        ('$702.3 billion', 1, 702.3e9, 'USD', 'wholesale sales', 'increase', None, None, JUL, CEN),
        ('0.6%', 1, 0.6, 'percent', 'wholesale sales', 'increase', 'month_on_month', None, per('in the previous month', 2025, 6), CEN),
        ('1.29', 1, 1.29, 'times', 'inventories-to-sales ratio', 'decrease', None, None, JUL, CEN),
        ('1.31', 1, 1.31, 'times', 'inventories-to-sales ratio', None, None, None, per('in June', 2025, 6), CEN),
        ('1.8%', 1, 1.8, 'percent', 'inventories', 'increase', 'year_on_year', None, per('In July', 2025, 7), CEN),
        ('4.6%', 1, 4.6, 'percent', 'sales', 'increase', 'year_on_year', None, per('In July', 2025, 7), CEN),
        ('0.3%', 1, 0.3, 'percent', 'durable goods inventories', 'increase', 'month_on_month', None, None, CEN),
        ('0.2%', 2, 0.2, 'percent', 'nondurable stocks', 'decrease', 'month_on_month', None, None, CEN),
        ('1.2%', 1, 1.2, 'percent', 'inventories of motor vehicles and parts', 'increase', 'month_on_month', None, None, CEN),
        ('0.9%', 1, 0.9, 'percent', 'inventories of computer equipment', 'increase', 'month_on_month', None, None, CEN),
        ('3.1%', 1, 3.1, 'percent', 'farm product raw materials inventories', 'decrease', 'month_on_month', None, None, CEN),
        ('1.9%', 1, 1.9, 'percent', 'sales of durable goods', 'increase', None, None, None, CEN),
        ('1.0%', 1, 1.0, 'percent', 'nondurable goods sales', 'increase', None, None, None, CEN),
    ],
    'trading_economics_style_spain_inflation.txt': [
        ('3.1%', 1, 3.1, 'percent', 'Spain Inflation Rate', None, None, None, None, None),
        ('3.1%', 2, 3.1, 'percent', "Spain's annual inflation rate", 'increase', 'year_on_year', None, per('in October 2025', 2025, 10), INE),
        ('3.0%', 1, 3.0, 'percent', "Spain's annual inflation rate", None, 'year_on_year', None, SEP, INE),
        ('5.8%', 1, 5.8, 'percent', 'prices for housing', 'increase', None, None, None, INE),
        ('4.9%', 1, 4.9, 'percent', 'prices for housing', None, None, None, SEP, INE),
        ('2.6%', 1, 2.6, 'percent', 'prices for leisure and culture', 'increase', None, None, None, INE),
        ('2.2%', 1, 2.2, 'percent', 'prices for leisure and culture', None, None, None, None, INE),
        ('1.9%', 1, 1.9, 'percent', 'prices for transport', 'decrease', None, None, None, INE),
        ('2.4%', 1, 2.4, 'percent', 'prices for transport', None, None, None, None, INE),
        ('2.5%', 1, 2.5, 'percent', 'prices for food and non-alcoholic beverages', 'decrease', None, None, None, INE),
        ('2.7%', 1, 2.7, 'percent', 'prices for food and non-alcoholic beverages', None, None, None, None, INE),
        ('0.1 percentage point', 1, 0.1, 'percentage_point', 'annual core inflation', 'increase', 'year_on_year', None, OCT, INE),
        ('2.5%', 2, 2.5, 'percent', 'annual core inflation', 'increase', 'year_on_year', None, OCT, INE),
        ('0.7%', 1, 0.7, 'percent', 'consumer prices', 'increase', 'month_on_month', None, OCT, INE),
        ('0.3%', 1, 0.3, 'percent', 'consumer prices', 'decrease', 'month_on_month', None, SEP, INE),
        ('3.2%', 1, 3.2, 'percent', 'EU-harmonised index of consumer prices (HICP)', 'increase', 'year_on_year', None, OCT, INE),
        ('1.2%', 1, 1.2, 'percent', 'EU-harmonised index of consumer prices (HICP)', 'increase', 'month_on_month', None, OCT, INE),
        ('4.05 percent', 1, 4.05, 'percent', 'Inflation Rate in Spain average', None, None, None, P('from 1961 until 2025', '1961-01-01', '2025-12-31'), INE),
        ('28.40 percent', 1, 28.40, 'percent', 'Inflation Rate in Spain all time high', None, None, None, per('in August of 1977', 1977, 8), INE),
        ('-1.40 percent', 1, -1.40, 'percent', 'Inflation Rate in Spain record low', 'decrease', None, None, per('in July of 2009', 2009, 7), INE),
        ('2.80 percent', 1, 2.80, 'percent', 'Inflation Rate in Spain', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('2.20 percent', 1, 2.20, 'percent', 'Spain Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('2.00 percent', 1, 2.00, 'percent', 'Spain Inflation Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_natural_gas_eia.txt': [
        ('2%', 1, 2, 'percent', 'natural gas futures', 'decrease', None, None, None, None),
        ('2.1%', 1, 2.1, 'percent', 'Henry Hub natural gas futures for December delivery', 'decrease', None, None, ET, None),
        ('$4.412', 1, 4.412, 'USD', 'Henry Hub natural gas futures for December delivery', 'decrease', None, None, ET, None),
        ('1.6%', 1, 1.6, 'percent', 'January contract', 'decrease', None, None, ET, None),
        ('$4.786', 1, 4.786, 'USD', 'January contract', 'decrease', None, None, ET, None),
        ('$4.65', 1, 4.65, 'USD', 'winter strip', None, None, 'approximately', ET, None),
        ('9%', 1, 9, 'percent', 'front month', 'increase', None, 'approximately', LWK, None),
        ('21%', 1, 21, 'percent', 'front month', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-11-20'), None),
        ('14 billion cubic feet', 1, 14e9, 'cubic foot', 'gas in storage', 'decrease', None, None, WK, EIA),
        ('9 bcf', 1, 9e9, 'cubic foot', 'stocks in the East region', 'decrease', None, None, WK, EIA),
        ('2 bcf', 1, 2e9, 'cubic foot', 'stocks in the South Central region', 'decrease', None, None, WK, EIA),
        ('22 bcf', 1, 22e9, 'cubic foot', 'gas in storage', 'decrease', None, None, WK, 'Reuters'),
        ('25 bcf', 1, 25e9, 'cubic foot', 'gas in storage', 'increase', None, None, P('in the same week a year earlier', '2024-11-08', '2024-11-14'), EIA),
        ('3,946 bcf', 1, 3946e9, 'cubic foot', 'total working gas in storage', None, None, None, ASOF, EIA),
        ('4.1%', 1, 4.1, 'percent', 'working gas in storage relative to the five-year average', 'increase', None, None, ASOF, EIA),
        ('0.9%', 1, 0.9, 'percent', 'working gas in storage', 'decrease', 'year_on_year', None, ASOF, EIA),
        ('$4.60', 1, 4.60, 'USD', 'Henry Hub prices', None, None, None, Y('in 2026', 2026), GS),
        ('1.3%', 1, 1.3, 'percent', 'Dutch TTF front-month contract', 'decrease', None, None, None, None),
        ('31.25 euros', 1, 31.25, 'EUR', 'Dutch TTF front-month contract', 'decrease', None, None, None, None),
        ('3', 1, 3, 'count', 'rigs drilling for natural gas', 'increase', None, None, LWK, BH),
        ('130', 1, 130, 'count', 'rigs drilling for natural gas', 'increase', None, None, LWK, BH),
    ],
    'business_standard_style_plfs_unemployment.txt': [
        ('5.1%', 1, 5.1, 'percent', 'jobless rate', 'decrease', None, None, BOCT, None),
        ('5.1 per cent', 1, 5.1, 'percent', "India's unemployment rate", 'decrease', None, None, BOCT, MOSPI),
        ('5.2 per cent', 1, 5.2, 'percent', "India's unemployment rate", None, None, None, per('in September', 2025, 9), MOSPI),
        ('4.4 per cent', 1, 4.4, 'percent', 'unemployment rate in rural areas', 'decrease', None, None, BOCT, MOSPI),
        ('4.6 per cent', 1, 4.6, 'percent', 'unemployment rate in rural areas', None, None, None, MAGO, MOSPI),
        ('6.8 per cent', 1, 6.8, 'percent', 'urban unemployment', None, None, None, BOCT, MOSPI),
        ('30 basis points', 1, 30, 'basis_point', 'joblessness among women', 'decrease', None, None, BOCT, MOSPI),
        ('5.1 per cent', 2, 5.1, 'percent', 'joblessness among women', 'decrease', None, None, BOCT, MOSPI),
        ('5.0 per cent', 1, 5.0, 'percent', 'unemployment rate for men', None, None, None, BOCT, MOSPI),
        ('14.9 per cent', 1, 14.9, 'percent', 'youth unemployment', 'increase', None, None, BOCT, MOSPI),
        ('17.3 per cent', 1, 17.3, 'percent', 'urban youth unemployment rate', None, None, None, BOCT, MOSPI),
        ('55.4 per cent', 1, 55.4, 'percent', 'labour force participation rate (LFPR)', 'increase', None, None, BOCT, MOSPI),
        ('55.3 per cent', 1, 55.3, 'percent', 'labour force participation rate (LFPR)', None, None, None, MAGO, MOSPI),
        ('52.6 per cent', 1, 52.6, 'percent', 'worker population ratio (WPR)', 'increase', None, None, BOCT, MOSPI),
        ('38.2 per cent', 1, 38.2, 'percent', 'rural female LFPR', 'increase', None, None, BOCT, MOSPI),
        ('6.7 per cent', 1, 6.7, 'percent', 'urban unemployment', 'decrease', None, None, P('in the July-September quarter (Q2FY26)', '2025-07-01', '2025-09-30'), MOSPI),
        ('6.8 per cent', 2, 6.8, 'percent', 'urban unemployment', None, None, None, P('in April-June', '2025-04-01', '2025-06-30'), MOSPI),
        ('3.74 lakh', 1, 374000, 'count', 'persons covered by the monthly survey', None, None, None, None, MOSPI),
        ('89,000', 1, 89000, 'count', 'households covered by the monthly survey', None, None, 'approximately', None, MOSPI),
        ('12 per cent', 1, 12, 'percent', 'demand for work under MGNREGS', 'decrease', 'year_on_year', None, BOCT, MORD),
        ('1.9 crore', 1, 1.9e7, 'count', 'households demanding work under MGNREGS', 'decrease', None, None, BOCT, MORD),
        ('6.5', 1, 6.5, 'percent', 'urban unemployment rate', None, None, None, P('in FY26', '2025-04-01', '2026-03-31'), ICRA),
        ('6.7 per cent', 2, 6.7, 'percent', 'urban unemployment rate', None, None, None, P('in FY26', '2025-04-01', '2026-03-31'), ICRA),
    ],
    'eu_energy_style_final_energy_consumption.txt': [
        ('705 TWh', 1, 705, 'terawatt hour', 'EU electricity consumption', None, None, None, Q425, None),
        ('1.4%', 1, 1.4, 'percent', 'EU electricity consumption', 'increase', 'year_on_year', None, Q425, None),
        ('6%', 1, 6, 'percent', 'gas consumption in buildings', 'increase', 'year_on_year', 'approximately', Q425, None),
        ('9%', 1, 9, 'percent', 'heating degree days', 'increase', 'year_on_year', None, Q425, None),
        ('2 714 TWh', 1, 2714, 'terawatt hour', 'electricity consumption', None, None, None, Y25, None),
        ('1.1%', 1, 1.1, 'percent', 'electricity consumption', 'increase', 'year_on_year', None, Y25, None),
        ('332 bcm', 1, 332e9, 'cubic metre', 'gas consumption', None, None, None, Y25, None),
        ('2.5%', 1, 2.5, 'percent', 'gas consumption', 'increase', 'year_on_year', None, Y25, None),
        ('894 million tonnes of oil equivalent', 1, 894e6, 'tonne of oil equivalent', 'final energy consumption in the EU', None, None, None, Y24, EUROSTAT),
        ('0.8%', 1, 0.8, 'percent', 'final energy consumption in the EU', 'increase', 'year_on_year', None, Y24, EUROSTAT),
        ('0.4%', 1, 0.4, 'percent', 'primary energy consumption', 'decrease', 'year_on_year', None, Y24, EUROSTAT),
        ('1 190 Mtoe', 1, 1190e6, 'tonne of oil equivalent', 'primary energy consumption', 'decrease', None, None, Y24, EUROSTAT),
        ('5.6%', 1, 5.6, 'percent', 'final energy consumption', 'decrease', None, None, P('in 2019', '2019-01-01', '2024-12-31'), EUROSTAT),
        ('131 Mtoe', 1, 131e6, 'tonne of oil equivalent', 'final energy consumption relative to the 2030 ceiling', 'increase', None, None, Y24, EUROSTAT),
        ('763 Mtoe', 1, 763e6, 'tonne of oil equivalent', "EU's 2030 ceiling for final energy consumption", None, None, None, Y('2030', 2030), None),
        ('32%', 1, 32, 'percent', 'transport share of final energy consumption', None, None, None, I24, EUROSTAT),
        ('26%', 1, 26, 'percent', 'households share of final energy consumption', None, None, None, I24, EUROSTAT),
        ('25%', 1, 25, 'percent', 'industry share of final energy consumption', None, None, None, I24, EUROSTAT),
        ('1.9%', 1, 1.9, 'percent', 'energy use in transport', 'increase', 'year_on_year', None, I24, EUROSTAT),
        ('+7%', 1, 7, 'percent', 'energy use in aviation', 'increase', 'year_on_year', None, I24, EUROSTAT),
        ('1.2%', 1, 1.2, 'percent', 'household energy consumption', 'decrease', 'year_on_year', None, I24, EUROSTAT),
        ('223 Mtoe', 1, 223e6, 'tonne of oil equivalent', 'industrial consumption', None, None, None, I24, EUROSTAT),
        ('Eleven', 1, 11, 'count', 'Member States reporting lower final energy consumption', None, None, None, Y24, EUROSTAT),
        ('-4.1%', 1, -4.1, 'percent', 'final energy consumption in Finland', 'decrease', 'year_on_year', None, Y24, EUROSTAT),
        ('-2.3%', 1, -2.3, 'percent', 'final energy consumption in Germany', 'decrease', 'year_on_year', None, Y24, EUROSTAT),
    ],
    'nbs_style_capacity_utilisation.txt': [
        ('74.6 percent', 1, 74.6, 'percent', 'national industrial capacity utilization rate', None, None, None, Q3A, NBS),
        ('0.5 percentage points', 1, 0.5, 'percentage_point', 'national industrial capacity utilization rate', 'increase', 'year_on_year', None, Q3A, NBS),
        ('0.6 percentage points', 1, 0.6, 'percentage_point', 'national industrial capacity utilization rate', 'increase', 'quarter_on_quarter', None, Q3A, NBS),
        ('73.8 percent', 1, 73.8, 'percent', 'capacity utilization rate of mining', None, None, None, Q3B, NBS),
        ('0.9 percentage points', 1, 0.9, 'percentage_point', 'capacity utilization rate of mining', 'decrease', 'year_on_year', None, Q3B, NBS),
        ('75.2 percent', 1, 75.2, 'percent', 'capacity utilization rate of manufacturing', None, None, None, Q3B, NBS),
        ('0.7 percentage points', 1, 0.7, 'percentage_point', 'capacity utilization rate of manufacturing', 'increase', 'year_on_year', None, Q3B, NBS),
        ('71.4 percent', 1, 71.4, 'percent', 'capacity utilization rate of the production and supply of electricity, heat, gas and water', None, None, None, Q3B, NBS),
        ('0.3 percentage points', 1, 0.3, 'percentage_point', 'capacity utilization rate of the production and supply of electricity, heat, gas and water', 'increase', 'year_on_year', None, Q3B, NBS),
        ('69.7 percent', 1, 69.7, 'percent', 'capacity utilization rate of coal mining and washing', None, None, None, None, NBS),
        ('2.8 percentage points', 1, 2.8, 'percentage_point', 'capacity utilization rate of coal mining and washing', 'decrease', 'year_on_year', None, None, NBS),
        ('78.5 percent', 1, 78.5, 'percent', 'capacity utilization rate of ferrous metal smelting and rolling processing', None, None, None, None, NBS),
        ('1.3 percentage points', 1, 1.3, 'percentage_point', 'capacity utilization rate of ferrous metal smelting and rolling processing', 'increase', 'year_on_year', None, None, NBS),
        ('62.9 percent', 1, 62.9, 'percent', 'capacity utilization rate of non-metallic mineral products', None, None, None, None, NBS),
        ('0.6 percentage points', 2, 0.6, 'percentage_point', 'capacity utilization rate of non-metallic mineral products', 'decrease', 'year_on_year', None, None, NBS),
        ('72.7 percent', 1, 72.7, 'percent', 'capacity utilization rate of automobile manufacturing', None, None, None, None, NBS),
        ('4.1 percentage points', 1, 4.1, 'percentage_point', 'capacity utilization rate of automobile manufacturing', 'increase', 'year_on_year', None, None, NBS),
        ('76.8 percent', 1, 76.8, 'percent', 'capacity utilization rate of computer, communication and other electronic equipment manufacturing', None, None, None, None, NBS),
        ('0.4 percentage points', 1, 0.4, 'percentage_point', 'capacity utilization rate of computer, communication and other electronic equipment manufacturing', 'increase', 'year_on_year', None, None, NBS),
        ('74.3 percent', 1, 74.3, 'percent', 'national industrial capacity utilization rate', None, None, None, TQ, NBS),
        ('0.3 percentage points', 2, 0.3, 'percentage_point', 'national industrial capacity utilization rate', 'increase', 'year_on_year', None, TQ, NBS),
        ('90,000', 1, 90000, 'count', 'industrial enterprises above designated size covered by the survey', None, None, 'approximately', None, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
