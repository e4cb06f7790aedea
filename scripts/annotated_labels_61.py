# ruff: noqa: E501, RUF001
"""Write corpus/annotated_61/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_61.py corpus/annotated_61
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
BMWI = "Federal Ministry of Economics"
BPS = "Statistics Indonesia"
REU = "Reuters"
PERMATA = "Permata Bank"
BLS = "U.S. Bureau of Labor Statistics"
DJ = "Dow Jones"
CME = "CME Group"
SECO = "State Secretariat for Economic Affairs"
BBG = "Bloomberg"
NBS = "National Bureau of Statistics"
CBN = "Central Bank of Nigeria"
TE = "Trading Economics"
TREAS = "U.S. Department of the Treasury"
HVS = "HVS Anarock"
IHCL = "Indian Hotels Company"
EUROSTAT = "Eurostat"
MOT = "Ministry of Transport"

# 6101 ONS labour productivity (ref Thursday 2025-08-14)
Q2L = Q("in Quarter 2 (Apr to June) 2025", 2025, 2)
AJ25 = Q("in April to June 2025", 2025, 2)
PRE = P("in Quarter 4 (Oct to Dec) 2019", "2019-10-01", "2025-06-30")
LQ = Q("In the latest quarter", 2025, 2)
Q1L = Q("in Quarter 1 (Jan to Mar) 2025", 2025, 1)
Q2S = Q("in Quarter 2 2025", 2025, 2)
FQ1 = Q("for Quarter 1 (Jan to Mar) 2025", 2025, 1)
# 6102 Reuters 1987 (ref Friday 1987-06-05)
APR = per("in April", 1987, 4)
MAR = per("March", 1987, 3)
MA = P("In March and April together", "1987-03-01", "1987-04-30")
TWO = P("in the two months", "1987-03-01", "1987-04-30")
# 6103 Reuters 2025 (ref Thursday 2026-01-15)
LM = per("last month", 2025, 12)
DEC = per("in December", 2025, 12)
Y25 = Y("For the whole of 2025", 2025)
# 6104 CNBC (ref Friday 2026-02-13)
JAN = per("in January", 2026, 1)
DECS = per("December's", 2025, 12)
MARM = per("at its March meeting", 2026, 3)
# 6105 MT Newswires (ref Friday 2025-12-05)
NOV = per("in November", 2025, 11)
OCT = per("in October", 2025, 10)
# 6106 Trading Economics (ref Monday 2025-11-17)
OCT25 = per("in October 2025", 2025, 10)
SEP = per("in September", 2025, 9)
# 6107 Investing.com (ref Tuesday 2025-12-09)
TUE = P("on Tuesday", "2025-12-09", "2025-12-09")
TUES = P("at Tuesday's sale", "2025-12-09", "2025-12-09")
TUEO = P("Tuesday's offering", "2025-12-09", "2025-12-09")
BY = P("By 14:10 ET", None, None)
WED = P("on Wednesday", "2025-12-10", "2025-12-10")
# 6108 Business Standard (ref Wednesday 2025-12-10)
ON = P("in October-November", "2025-10-01", "2025-11-30")
TWOM = P("during the two months", "2025-10-01", "2025-11-30")
FY26 = P("For FY26", "2025-04-01", "2026-03-31")
# 6109 DG ENER (ref Monday 2026-04-20)
Q425 = Q("In the fourth quarter of 2025", 2025, 4)
Y25E = Y("For 2025 as a whole", 2025)
Q4D = Q("in Q4-2025", 2025, 4)
OD25 = Q("in October-December 2025", 2025, 4)
N18 = P("on 18 November", "2025-11-18", "2025-11-18")
# 6110 Ministry of Transport / NBS style (ref Thursday 2025-12-18)
JN = P("From January to November this year", "2025-01-01", "2025-11-30")
NNOV = per("In November", 2025, 11)
F11 = P("In the first eleven months", "2025-01-01", "2025-11-30")
DURP = P("During the period", "2025-01-01", "2025-11-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_labour_productivity_output_per_hour.txt': [
        ('0.3%', 1, 0.3, 'percent', 'output per hour worked', 'decrease', 'quarter_on_quarter', None, Q2L, None),
        ('0.6%', 1, 0.6, 'percent', 'output per hour worked', 'increase', 'year_on_year', None, Q2L, None),
        ('0.2%', 1, 0.2, 'percent', 'output per worker', 'increase', 'quarter_on_quarter', None, AJ25, None),
        ('0.4%', 1, 0.4, 'percent', 'output per worker', 'decrease', 'year_on_year', None, AJ25, None),
        ('0.5%', 1, 0.5, 'percent', 'number of workers', 'increase', 'year_on_year', None, AJ25, None),
        ('1.2%', 1, 1.2, 'percent', 'output per hour', 'increase', None, None, PRE, None),
        ('0.7%', 1, 0.7, 'percent', 'output per worker', 'decrease', None, None, PRE, None),
        ('10', 1, 10, 'count', 'industry sections where output per hour rose', None, None, None, LQ, ONS),
        ('1.1%', 1, 1.1, 'percent', 'manufacturing output per hour', 'increase', 'quarter_on_quarter', None, LQ, ONS),
        ('0.4%', 2, 0.4, 'percent', 'services output per hour', 'decrease', 'quarter_on_quarter', None, LQ, ONS),
        ('2.3%', 1, 2.3, 'percent', 'construction output per hour', 'decrease', 'quarter_on_quarter', None, LQ, ONS),
        ('4%', 1, 4, 'percent', 'output per hour in information and communication', 'increase', 'year_on_year', None, LQ, ONS),
        ('5%', 1, 5, 'percent', 'output per hour in information and communication', 'increase', 'year_on_year', None, LQ, ONS),
        ('1.07 billion', 1, 1.07e9, 'hour', 'total actual weekly hours worked', None, None, None, AJ25, ONS),
        ('0.6%', 2, 0.6, 'percent', 'total actual weekly hours worked', 'increase', 'quarter_on_quarter', None, AJ25, ONS),
        ('31.8', 1, 31.8, 'hour', 'average weekly hours per worker', 'increase', None, None, AJ25, ONS),
        ('31.6', 1, 31.6, 'hour', 'average weekly hours per worker', None, None, None, Q1L, ONS),
        ('4.1%', 1, 4.1, 'percent', 'unit labour costs', 'increase', 'year_on_year', None, Q2S, ONS),
        ('4.4%', 1, 4.4, 'percent', 'unit wage costs', 'increase', 'year_on_year', None, Q2S, ONS),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'output per hour growth revision', 'decrease', None, None, FQ1, ONS),
        ('0.5%', 2, 0.5, 'percent', 'quarter-on-quarter growth in output per hour', 'decrease', 'quarter_on_quarter', None, FQ1, ONS),
        ('0.7%', 2, 0.7, 'percent', 'quarter-on-quarter growth in output per hour', None, 'quarter_on_quarter', None, FQ1, ONS),
    ],
    'wire_1987_west_german_industrial_orders.txt': [
        ('2.1 PCT', 1, 2.1, 'percent', 'West German industrial orders', 'increase', None, None, per('IN APRIL', 1987, 4), None),
        ('2.1 pct', 1, 2.1, 'percent', 'West German industrial orders', 'increase', 'month_on_month', None, APR, BMWI),
        ('1.2 pct', 1, 1.2, 'percent', 'industrial orders', 'decrease', 'month_on_month', None, MAR, BMWI),
        ('0.9 pct', 1, 0.9, 'percent', 'industrial orders', 'decrease', None, None, per('for March', 1987, 3), BMWI),
        ('3.4 pct', 1, 3.4, 'percent', 'domestic orders', 'increase', 'month_on_month', None, APR, BMWI),
        ('0.3 pct', 1, 0.3, 'percent', 'foreign orders', 'increase', 'month_on_month', None, APR, BMWI),
        ('0.8 pct', 1, 0.8, 'percent', 'orders', 'increase', 'period_on_period', None, MA, BMWI),
        ('1.5 pct', 1, 1.5, 'percent', 'domestic demand', 'increase', 'period_on_period', None, MA, BMWI),
        ('0.4 pct', 1, 0.4, 'percent', 'foreign demand', 'decrease', 'period_on_period', None, MA, BMWI),
        ('2.7 pct', 1, 2.7, 'percent', 'orders', 'decrease', 'year_on_year', None, TWO, BMWI),
        ('5.6 pct', 1, 5.6, 'percent', 'foreign orders', 'decrease', 'year_on_year', None, TWO, BMWI),
        ('0.6 pct', 1, 0.6, 'percent', 'domestic orders', 'decrease', 'year_on_year', None, TWO, BMWI),
        ('126.3', 1, 126.3, 'index_point', 'volume index of manufacturing orders', None, None, None, APR, BMWI),
        ('123.7', 1, 123.7, 'index_point', 'volume index of manufacturing orders', None, None, None, per('in March', 1987, 3), BMWI),
        ('2.9 pct', 1, 2.9, 'percent', 'orders placed with capital goods makers', 'increase', None, None, APR, BMWI),
        ('1.8 pct', 1, 1.8, 'percent', 'orders placed with basic goods producers', 'increase', None, None, APR, BMWI),
        ('0.5 pct', 1, 0.5, 'percent', 'consumer goods orders', 'increase', None, None, APR, BMWI),
        ('51.6 billion marks', 1, 51.6e9, 'DEM', 'unadjusted orders', None, None, None, APR, BMWI),
        ('50.2 billion', 1, 50.2e9, 'DEM', 'unadjusted orders', None, None, None, per('in April 1986', 1986, 4), BMWI),
    ],
    'wire_2025_indonesia_trade_surplus.txt': [
        ('$2.45 billion', 1, 2.45e9, 'USD', 'trade surplus', None, None, None, per('December', 2025, 12), None),
        ('$2.45 billion', 2, 2.45e9, 'USD', 'trade surplus', 'decrease', None, None, LM, BPS),
        ('$3.12 billion', 1, 3.12e9, 'USD', 'trade surplus', None, None, None, per('in November', 2025, 11), BPS),
        ('$2.80 billion', 1, 2.80e9, 'USD', 'trade surplus', None, None, None, LM, REU),
        ('12', 1, 12, 'count', 'economists polled by Reuters', None, None, None, LM, REU),
        ('4.2%', 1, 4.2, 'percent', 'exports', 'decrease', 'year_on_year', None, DEC, BPS),
        ('$22.31 billion', 1, 22.31e9, 'USD', 'exports', 'decrease', None, None, DEC, BPS),
        ('1.5%', 1, 1.5, 'percent', 'exports', 'decrease', 'year_on_year', None, DEC, REU),
        ('19.6%', 1, 19.6, 'percent', 'coal shipments', 'decrease', 'year_on_year', None, DEC, BPS),
        ('27.3%', 1, 27.3, 'percent', 'palm oil exports', 'increase', 'year_on_year', None, DEC, BPS),
        ('2.8%', 1, 2.8, 'percent', 'imports', 'increase', 'year_on_year', None, DEC, BPS),
        ('$19.86 billion', 1, 19.86e9, 'USD', 'imports', 'increase', None, None, DEC, BPS),
        ('4.0%', 1, 4.0, 'percent', 'imports', 'increase', 'year_on_year', None, DEC, REU),
        ('3.1%', 1, 3.1, 'percent', 'purchases of raw materials', 'increase', 'year_on_year', None, DEC, BPS),
        ('9.4%', 1, 9.4, 'percent', 'purchases of capital goods', 'increase', 'year_on_year', None, DEC, BPS),
        ('$39.8 billion', 1, 39.8e9, 'USD', 'trade surplus', None, None, None, Y25, BPS),
        ('$31.0 billion', 1, 31.0e9, 'USD', 'trade surplus', None, None, None, Y('in 2024', 2024), BPS),
        ('$272.4 billion', 1, 272.4e9, 'USD', 'exports', None, None, None, Y25, BPS),
        ('3.3%', 1, 3.3, 'percent', 'exports', 'increase', 'year_on_year', None, Y25, BPS),
        ('$232.6 billion', 1, 232.6e9, 'USD', 'imports', None, None, None, Y25, BPS),
        ('$17.1 billion', 1, 17.1e9, 'USD', 'surplus with the United States', None, None, None, Y('in 2025', 2025), BPS),
        ('$14.2 billion', 1, 14.2e9, 'USD', 'surplus with India', None, None, None, Y('in 2025', 2025), BPS),
        ('$30 billion', 1, 30e9, 'USD', 'trade surplus', 'decrease', None, None, Y('this year', 2026), PERMATA),
        ('$35 billion', 1, 35e9, 'USD', 'trade surplus', 'decrease', None, None, Y('this year', 2026), PERMATA),
        ('0.2%', 1, 0.2, 'percent', 'rupiah', 'decrease', None, None, P('on Thursday', '2026-01-15', '2026-01-15'), BPS),
        ('16,790', 1, 16790, 'IDR', 'rupiah', 'decrease', None, None, P('on Thursday', '2026-01-15', '2026-01-15'), BPS),
    ],
    'cnbc_style_import_export_prices.txt': [
        ('0.4%', 1, 0.4, 'percent', 'import prices', 'decrease', None, None, JAN, None),
        ('0.4%', 2, 0.4, 'percent', 'import price index', 'decrease', 'month_on_month', None, JAN, BLS),
        ('0.2%', 1, 0.2, 'percent', 'import price index', 'decrease', 'month_on_month', None, JAN, DJ),
        ('0.2%', 2, 0.2, 'percent', 'import price index', 'increase', 'month_on_month', None, DECS, BLS),
        ('0.1%', 1, 0.1, 'percent', 'import price index', 'increase', 'month_on_month', None, DECS, BLS),
        ('5.8%', 1, 5.8, 'percent', 'fuel import prices', 'decrease', 'month_on_month', None, JAN, BLS),
        ('0.1%', 2, 0.1, 'percent', 'nonfuel import prices', 'increase', 'month_on_month', None, JAN, BLS),
        ('0.9%', 1, 0.9, 'percent', 'import prices', 'decrease', 'year_on_year', None, JAN, BLS),
        ('14.2%', 1, 14.2, 'percent', 'fuel prices', 'decrease', 'year_on_year', None, JAN, BLS),
        ('0.3%', 1, 0.3, 'percent', 'export prices', 'increase', 'month_on_month', None, JAN, BLS),
        ('0.5%', 1, 0.5, 'percent', 'export prices', 'decrease', 'month_on_month', None, per('in December', 2025, 12), BLS),
        ('1.6%', 1, 1.6, 'percent', 'agricultural export prices', 'increase', 'month_on_month', None, JAN, BLS),
        ('0.2%', 3, 0.2, 'percent', 'nonagricultural export prices', 'increase', 'month_on_month', None, JAN, BLS),
        ('2.4%', 1, 2.4, 'percent', 'export prices', 'increase', 'year_on_year', None, JAN, BLS),
        ('0.3%', 2, 0.3, 'percent', 'prices of imports from China', 'decrease', 'month_on_month', None, JAN, BLS),
        ('1.1%', 1, 1.1, 'percent', 'prices of imports from China', 'decrease', 'year_on_year', None, JAN, BLS),
        ('2.6%', 1, 2.6, 'percent', 'prices of imports from Canada', 'decrease', 'month_on_month', None, JAN, BLS),
        ('2.5%', 1, 2.5, 'percent', 'core inflation', None, 'year_on_year', None, JAN, DJ),
        ('80%', 1, 80, 'percent', 'probability that the Federal Reserve will hold its benchmark rate', None, None, 'approximately', MARM, CME),
        ('3.50%', 1, 3.50, 'percent', 'benchmark rate range', None, None, None, MARM, None),
        ('3.75%', 1, 3.75, 'percent', 'benchmark rate range', None, None, None, MARM, None),
    ],
    'mt_newswires_swiss_unemployment_seco.txt': [
        ('3.0%', 1, 3.0, 'percent', 'Swiss Unemployment Rate', 'increase', None, None, NOV, None),
        ('3.0%', 2, 3.0, 'percent', 'seasonally adjusted unemployment rate', 'increase', None, None, NOV, SECO),
        ('2.9%', 1, 2.9, 'percent', 'seasonally adjusted unemployment rate', None, None, None, OCT, SECO),
        ('2.9%', 2, 2.9, 'percent', 'seasonally adjusted unemployment rate', None, None, None, NOV, BBG),
        ('3.1%', 1, 3.1, 'percent', 'unadjusted jobless rate', 'increase', None, None, NOV, SECO),
        ('2.9%', 3, 2.9, 'percent', 'unadjusted jobless rate', None, None, None, NOV, SECO),
        ('6,412', 1, 6412, 'count', 'number of registered unemployed', 'increase', 'month_on_month', None, NOV, SECO),
        ('147,985', 1, 147985, 'count', 'number of registered unemployed', 'increase', None, None, NOV, SECO),
        ('19,240', 1, 19240, 'count', 'unemployment', 'increase', 'year_on_year', None, NOV, SECO),
        ('14.9%', 1, 14.9, 'percent', 'unemployment', 'increase', 'year_on_year', None, NOV, SECO),
        ('4,870', 1, 4870, 'count', 'number of registered job seekers', 'increase', 'month_on_month', None, NOV, SECO),
        ('234,610', 1, 234610, 'count', 'number of registered job seekers', 'increase', None, None, NOV, SECO),
        ('11.2%', 1, 11.2, 'percent', 'number of registered job seekers', 'increase', 'year_on_year', None, NOV, SECO),
        ('1,135', 1, 1135, 'count', 'youth unemployment', 'increase', 'month_on_month', None, per('In November', 2025, 11), SECO),
        ('16,502', 1, 16502, 'count', 'youth unemployment', 'increase', None, None, per('In November', 2025, 11), SECO),
        ('3.0%', 3, 3.0, 'percent', 'youth unemployment rate', 'increase', None, None, per('In November', 2025, 11), SECO),
        ('2.8%', 1, 2.8, 'percent', 'youth unemployment rate', None, None, None, OCT, SECO),
        ('1,480', 1, 1480, 'count', 'unemployment among those aged 50 and over', 'increase', 'month_on_month', None, per('In November', 2025, 11), SECO),
        ('37,310', 1, 37310, 'count', 'unemployment among those aged 50 and over', 'increase', None, None, per('In November', 2025, 11), SECO),
        ('4.9%', 1, 4.9, 'percent', 'unemployment rate in Geneva', None, None, None, NOV, SECO),
        ('4.6%', 1, 4.6, 'percent', 'unemployment rate in Neuchâtel', None, None, None, NOV, SECO),
        ('0.8%', 1, 0.8, 'percent', 'unemployment rate in Uri', None, None, None, NOV, SECO),
        ('4.1%', 1, 4.1, 'percent', 'unadjusted rate in the French- and Italian-speaking regions', None, None, None, NOV, SECO),
        ('2.6%', 1, 2.6, 'percent', 'unadjusted rate in German-speaking Switzerland', None, None, None, NOV, SECO),
        ('1,218', 1, 1218, 'count', 'vacancies registered with regional employment offices', 'decrease', 'month_on_month', None, None, SECO),
        ('38,740', 1, 38740, 'count', 'vacancies registered with regional employment offices', 'decrease', None, None, None, SECO),
        ('6,318', 1, 6318, 'count', 'employees affected by short-time work', 'increase', None, None, per('In October', 2025, 10), SECO),
        ('5,910', 1, 5910, 'count', 'employees affected by short-time work', None, None, None, per('in September', 2025, 9), SECO),
    ],
    'trading_economics_style_nigeria_inflation.txt': [
        ('16.05%', 1, 16.05, 'percent', 'Nigeria Inflation Rate', 'decrease', None, None, per('in October', 2025, 10), None),
        ('16.05%', 2, 16.05, 'percent', "Nigeria's annual inflation rate", 'decrease', 'year_on_year', None, OCT25, NBS),
        ('18.02%', 1, 18.02, 'percent', "Nigeria's annual inflation rate", None, 'year_on_year', None, SEP, NBS),
        ('17.1%', 1, 17.1, 'percent', "Nigeria's annual inflation rate", None, 'year_on_year', None, OCT25, None),
        ('13.12%', 1, 13.12, 'percent', 'food inflation', 'decrease', 'year_on_year', None, OCT25, NBS),
        ('16.87%', 1, 16.87, 'percent', 'food inflation', None, 'year_on_year', None, OCT25, NBS),
        ('18.44%', 1, 18.44, 'percent', 'core inflation', 'decrease', 'year_on_year', None, OCT25, NBS),
        ('19.53%', 1, 19.53, 'percent', 'core inflation', None, 'year_on_year', None, OCT25, NBS),
        ('0.93%', 1, 0.93, 'percent', 'consumer prices', 'increase', 'month_on_month', None, OCT25, NBS),
        ('0.72%', 1, 0.72, 'percent', 'consumer prices', 'increase', 'month_on_month', None, SEP, NBS),
        ('0.37%', 1, 0.37, 'percent', 'food prices', 'decrease', 'month_on_month', None, OCT25, NBS),
        ('1.1%', 1, 1.1, 'percent', 'core index', 'increase', 'month_on_month', None, OCT25, NBS),
        ('17.02%', 1, 17.02, 'percent', 'urban inflation', None, 'year_on_year', None, OCT25, NBS),
        ('14.97%', 1, 14.97, 'percent', 'rural inflation', None, 'year_on_year', None, OCT25, NBS),
        ('50 basis points', 1, 50, 'basis_point', 'Monetary Policy Rate', 'decrease', None, None, SEP, CBN),
        ('27%', 1, 27, 'percent', 'Monetary Policy Rate', 'decrease', None, None, SEP, CBN),
        ('15.71 percent', 1, 15.71, 'percent', 'Inflation Rate in Nigeria average', None, None, None, P('from 1996 until 2025', '1996-01-01', '2025-12-31'), NBS),
        ('47.56 percent', 1, 47.56, 'percent', 'Inflation Rate in Nigeria all time high', None, None, None, per('in January of 1996', 1996, 1), NBS),
        ('3.00 percent', 1, 3.00, 'percent', 'Inflation Rate in Nigeria record low', None, None, None, per('in August of 2007', 2007, 8), NBS),
        ('15.20 percent', 1, 15.20, 'percent', 'Inflation Rate in Nigeria', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('14.00 percent', 1, 14.00, 'percent', 'Nigeria Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('12.50 percent', 1, 12.50, 'percent', 'Nigeria Inflation Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_treasury_auction_yields.txt': [
        ('$39 billion', 1, 39e9, 'USD', 'sale of 10-year notes', None, None, None, TUE, TREAS),
        ('4.175%', 1, 4.175, 'percent', 'high yield', None, None, None, TUE, TREAS),
        ('1.3 basis points', 1, 1.3, 'basis_point', 'tail', 'increase', None, None, TUE, TREAS),
        ('4.162%', 1, 4.162, 'percent', 'when-issued yield', None, None, None, TUE, TREAS),
        ('2.49', 1, 2.49, 'times', 'bid-to-cover ratio', 'decrease', None, None, TUES, TREAS),
        ('2.56', 1, 2.56, 'times', 'bid-to-cover ratio', None, None, None, per('at the November auction', 2025, 11), TREAS),
        ('68.4%', 1, 68.4, 'percent', 'indirect bidders share of the offering', None, None, None, TUEO, TREAS),
        ('71.9%', 1, 71.9, 'percent', 'indirect bidders share of the offering', None, None, None, per('last month', 2025, 11), TREAS),
        ('17.2%', 1, 17.2, 'percent', 'direct bidders share of the offering', None, None, None, TUEO, TREAS),
        ('14.4%', 1, 14.4, 'percent', 'primary dealers share of the offering', None, None, None, TUEO, TREAS),
        ('2 basis points', 1, 2, 'basis_point', 'yield on the benchmark 10-year Treasury note', 'increase', None, None, BY, TREAS),
        ('4.18%', 1, 4.18, 'percent', 'yield on the benchmark 10-year Treasury note', 'increase', None, None, BY, TREAS),
        ('3.61%', 1, 3.61, 'percent', 'two-year yield', None, None, None, BY, TREAS),
        ('16 basis points', 1, 16, 'basis_point', '10-year yield', 'increase', None, 'approximately', P('since Nov. 28', '2025-11-28', '2025-12-09'), TREAS),
        ('25 basis points', 1, 25, 'basis_point', 'Fed rate cut', 'decrease', None, None, WED, None),
        ('3.50%', 1, 3.50, 'percent', 'federal funds rate target range', 'decrease', None, None, WED, None),
        ('3.75%', 1, 3.75, 'percent', 'federal funds rate target range', 'decrease', None, None, WED, None),
        ('88%', 1, 88, 'percent', 'probability of a Fed rate cut', None, None, None, WED, CME),
        ('$22 billion', 1, 22e9, 'USD', 'auction of 30-year bonds', None, None, None, P('on Thursday', '2025-12-11', '2025-12-11'), TREAS),
        ('$58 billion', 1, 58e9, 'USD', 'sale of three-year notes', None, None, None, P('on Monday', '2025-12-08', '2025-12-08'), TREAS),
    ],
    'business_standard_style_hotel_occupancy_room_rates.txt': [
        ('72%', 1, 72, 'percent', 'hotel occupancy', 'increase', None, None, None, None),
        ('11%', 1, 11, 'percent', 'room rates', 'increase', None, None, None, None),
        ('11 per cent', 1, 11, 'percent', 'average room rates at branded hotels in India', 'increase', 'year_on_year', None, ON, HVS),
        ('₹8,950', 1, 8950, 'INR', 'average room rates at branded hotels in India', 'increase', None, None, ON, HVS),
        ('72 per cent', 1, 72, 'percent', 'pan-India occupancy', 'increase', None, None, TWOM, HVS),
        ('68 per cent', 1, 68, 'percent', 'pan-India occupancy', None, None, None, P('in the same period last year', '2024-10-01', '2024-11-30'), HVS),
        ('16', 1, 16, 'percent', 'revenue per available room (RevPAR)', 'increase', 'year_on_year', None, TWOM, HVS),
        ('18 per cent', 1, 18, 'percent', 'revenue per available room (RevPAR)', 'increase', 'year_on_year', None, TWOM, HVS),
        ('84 per cent', 1, 84, 'percent', 'occupancy in Mumbai', None, None, None, None, HVS),
        ('₹12,400', 1, 12400, 'INR', 'average daily rate (ADR) in Mumbai', None, None, None, None, HVS),
        ('78 per cent', 1, 78, 'percent', 'occupancy in Delhi-NCR', None, None, None, None, HVS),
        ('₹10,150', 1, 10150, 'INR', 'ADR in Delhi-NCR', None, None, None, None, HVS),
        ('75 per cent', 1, 75, 'percent', 'occupancy in Bengaluru', None, None, None, None, HVS),
        ('73 per cent', 1, 73, 'percent', 'occupancy in Hyderabad', None, None, None, None, HVS),
        ('22 per cent', 1, 22, 'percent', "Goa's ADR", 'increase', None, 'approximately', None, HVS),
        ('₹14,600', 1, 14600, 'INR', "Goa's ADR", 'increase', None, None, None, HVS),
        ('4 per cent', 1, 4, 'percent', 'new supply', 'increase', None, 'approximately', None, HVS),
        ('9,800', 1, 9800, 'count', 'branded rooms added', None, None, 'approximately', P('in January-November', '2025-01-01', '2025-11-30'), HVS),
        ('8,100', 1, 8100, 'count', 'branded rooms added', None, None, None, P('in the year-ago period', '2024-01-01', '2024-11-30'), HVS),
        ('66', 1, 66, 'percent', 'occupancy', None, None, None, FY26, HVS),
        ('68 per cent', 2, 68, 'percent', 'occupancy', None, None, None, FY26, HVS),
        ('8', 1, 8, 'percent', 'ADR', 'increase', None, None, FY26, HVS),
        ('10 per cent', 1, 10, 'percent', 'ADR', 'increase', None, None, FY26, HVS),
        ('12.4 per cent', 1, 12.4, 'percent', 'consolidated revenue', 'increase', None, None, Q('for the September quarter', 2025, 3), IHCL),
        ('₹1,960 crore', 1, 1.96e10, 'INR', 'consolidated revenue', 'increase', None, None, Q('for the September quarter', 2025, 3), IHCL),
    ],
    'eu_energy_style_nuclear_generation_outages.txt': [
        ('162 TWh', 1, 162, 'terawatt hour', 'electricity generated by EU nuclear power plants', None, None, None, Q425, None),
        ('3.1%', 1, 3.1, 'percent', 'electricity generated by EU nuclear power plants', 'decrease', 'year_on_year', None, Q425, None),
        ('628 TWh', 1, 628, 'terawatt hour', 'nuclear generation', None, None, None, Y25E, None),
        ('1.4%', 1, 1.4, 'percent', 'nuclear generation', 'increase', 'year_on_year', None, Y25E, None),
        ('23%', 1, 23, 'percent', 'nuclear share of EU electricity production', None, None, 'approximately', Y25E, None),
        ('94 TWh', 1, 94, 'terawatt hour', 'output of French reactors', None, None, None, Q4D, None),
        ('99 TWh', 1, 99, 'terawatt hour', 'output of French reactors', None, None, None, Q('Q4-2024', 2024, 4), None),
        ('three-fifths', 1, 0.6, 'fraction', 'French reactors share of the EU total', None, None, 'approximately', Q4D, None),
        ('13.6 TWh', 1, 13.6, 'terawatt hour', 'nuclear output in Spain', None, None, None, Q4D, None),
        ('12.9 TWh', 1, 12.9, 'terawatt hour', 'nuclear output in Sweden', None, None, None, Q4D, None),
        ('8%', 1, 8, 'percent', 'nuclear generation in Finland', 'increase', 'year_on_year', None, Q4D, None),
        ('8.7 TWh', 1, 8.7, 'terawatt hour', 'nuclear generation in Finland', 'increase', None, None, Q4D, None),
        ('5.2 TWh', 1, 5.2, 'terawatt hour', "Slovakia's nuclear output", None, None, None, Q4D, None),
        ('11%', 1, 11, 'percent', "Slovakia's nuclear output", 'increase', 'year_on_year', None, Q4D, None),
        ('74%', 1, 74, 'percent', 'average availability of the EU nuclear fleet', None, None, None, OD25, None),
        ('78%', 1, 78, 'percent', 'average availability of the EU nuclear fleet', None, None, None, Q('a year before', 2024, 4), None),
        ('21.4 GW', 1, 21.4, 'gigawatt', 'unavailable nuclear capacity', None, None, None, N18, None),
        ('14', 1, 14, 'count', 'French reactors offline', None, None, None, N18, None),
        ('11.8 GW', 1, 11.8, 'gigawatt', 'unavailable nuclear capacity', 'decrease', None, None, P('by the end of December', '2025-12-31', '2025-12-31'), None),
        ('37%', 1, 37, 'percent', 'Belgian nuclear output', 'decrease', 'year_on_year', None, Q('in the quarter', 2025, 4), None),
        ('5.9 TWh', 1, 5.9, 'terawatt hour', 'Belgian nuclear output', 'decrease', None, None, Q('in the quarter', 2025, 4), None),
        ('2%', 1, 2, 'percent', 'nuclear share of gross electricity production in the Netherlands', None, None, None, Y('in 2024', 2024), EUROSTAT),
        ('61%', 1, 61, 'percent', 'nuclear share of gross electricity production in Slovakia', None, None, None, Y('in 2024', 2024), EUROSTAT),
    ],
    'nbs_style_railway_freight_passengers.txt': [
        ('3.5%', 1, 3.5, 'percent', 'commercial freight volume', 'increase', None, None, P('in first eleven months', '2025-01-01', '2025-11-30'), None),
        ('52.86 billion tonnes', 1, 52.86e9, 'tonne', 'total commercial freight volume of the whole society', None, None, None, JN, MOT),
        ('3.5 percent', 1, 3.5, 'percent', 'total commercial freight volume of the whole society', 'increase', 'year_on_year', None, JN, MOT),
        ('4.81 billion tonnes', 1, 4.81e9, 'tonne', 'railway freight volume', None, None, None, JN, MOT),
        ('2.7 percent', 1, 2.7, 'percent', 'railway freight volume', 'increase', 'year_on_year', None, JN, MOT),
        ('38.17 billion tonnes', 1, 38.17e9, 'tonne', 'highway freight volume', None, None, None, JN, MOT),
        ('3.4 percent', 1, 3.4, 'percent', 'highway freight volume', 'increase', 'year_on_year', None, JN, MOT),
        ('9.14 billion tonnes', 1, 9.14e9, 'tonne', 'waterway freight volume', None, None, None, JN, MOT),
        ('4.9 percent', 1, 4.9, 'percent', 'waterway freight volume', 'increase', 'year_on_year', None, JN, MOT),
        ('451 million tonnes', 1, 451e6, 'tonne', 'railway freight shipments', None, None, None, NNOV, MOT),
        ('3.2 percent', 1, 3.2, 'percent', 'railway freight shipments', 'increase', 'year_on_year', None, NNOV, MOT),
        ('1.1 percentage points', 1, 1.1, 'percentage_point', 'growth of railway freight shipments', 'decrease', 'month_on_month', None, NNOV, MOT),
        ('1.52 billion tonnes', 1, 1.52e9, 'tonne', 'port cargo throughput', None, None, None, NNOV, MOT),
        ('32.6 percent', 1, 32.6, 'percent', 'foreign trade cargo throughput share of port cargo throughput', None, None, None, NNOV, MOT),
        ('61.73 billion person-times', 1, 61.73e9, 'count', 'cross-regional passenger trips', None, None, None, F11, MOT),
        ('3.8 percent', 1, 3.8, 'percent', 'cross-regional passenger trips', 'increase', 'year_on_year', None, F11, MOT),
        ('4.28 billion', 1, 4.28e9, 'count', 'railway passenger trips', None, None, None, F11, MOT),
        ('55.92 billion person-times', 1, 55.92e9, 'count', 'highway passenger trips', None, None, None, F11, MOT),
        ('6.1 percent', 1, 6.1, 'percent', 'railway passenger trips', 'increase', 'year_on_year', None, F11, MOT),
        ('3.4 percent', 2, 3.4, 'percent', 'highway passenger trips', 'increase', 'year_on_year', None, F11, MOT),
        ('1.2 percent', 1, 1.2, 'percent', 'waterway passenger trips', 'decrease', 'year_on_year', None, F11, MOT),
        ('238 million person-times', 1, 238e6, 'count', 'waterway passenger trips', 'decrease', None, None, F11, MOT),
        ('3,412.6 billion yuan', 1, 3412.6e9, 'CNY', 'fixed asset investment in transport', None, None, None, DURP, MOT),
        ('2.1 percent', 1, 2.1, 'percent', 'fixed asset investment in transport', 'decrease', 'year_on_year', None, DURP, MOT),
        ('707.4 billion yuan', 1, 707.4e9, 'CNY', 'investment in railways', None, None, None, DURP, MOT),
        ('5.6 percent', 1, 5.6, 'percent', 'investment in railways', 'increase', 'year_on_year', None, DURP, MOT),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
