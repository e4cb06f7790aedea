# ruff: noqa: E501, RUF001
"""Write corpus/annotated_112/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_112.py corpus/annotated_112
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
DOC = "U.S. Department of Commerce"
MMS = "Money Market Services"
PSA = "Philippine Statistics Authority"
REU = "Reuters"
GPH = "Government of the Philippines"
BSP = "Bangko Sentral ng Pilipinas"
MER = "Meridian Rail"
LSEG = "LSEG"
ABS = "Australian Bureau of Statistics"
BBG = "Bloomberg"
INDEC = "National Institute of Statistics and Censuses"
TE = "Trading Economics"
COCOBOD = "Ghana Cocoa Board"
ICE = "Intercontinental Exchange"
FADA = "Federation of Automobile Dealers Associations"
ICRA = "ICRA"
ENTSOE = "European Network of Transmission System Operators for Electricity"
EMBER = "Ember"
MOFCOM = "Ministry of Commerce"

UP, DOWN = "increase", "decrease"
YOY, MOM, QOQ, POP = "year_on_year", "month_on_month", "quarter_on_quarter", "period_on_period"
APPROX, MORE, LESS = "approximately", "more_than", "less_than"

# 11201 ONS economic inactivity (ref Tuesday 2025-06-10)
FA25 = P("in February to April 2025", "2025-02-01", "2025-04-30")
TMA25 = P("in the three months to April 2025", "2025-02-01", "2025-04-30")
NJ = P("in November 2024 to January 2025", "2024-11-01", "2025-01-31")
LQ = P("in the latest quarter", "2025-02-01", "2025-04-30")
SINCE19 = P("since the three months to April 2019", "2019-02-01", "2025-04-30")
FNJ = P("for November 2024 to January 2025", "2024-11-01", "2025-01-31")
# 11202 Reuters 1987 (ref Tuesday 1987-03-17)
FEB = per("in February", 1987, 2)
JAN = per("in January", 1987, 1)
HS = "construction of new homes and apartments"
# 11203 Reuters 2025 (ref Thursday 2025-08-07)
AJQ = Q("in the April-June quarter", 2025, 2)
F3M = Q("in the first three months", 2025, 1)
SQ = Q("second-quarter", 2025, 2)
INQ2 = Q("in the quarter", 2025, 2)
JM = Q("in January-March", 2025, 1)
# 11204 CNBC (ref Thursday 2025-10-23)
QE30 = Q("for the quarter ended Sept. 30", 2025, 3)
YA = Q("a year ago", 2024, 3)
INQ3 = Q("in the quarter", 2025, 3)
FY = Y("For the full year", 2025)
# 11205 MT Newswires (ref Wednesday 2025-10-01)
AUG = per("in August", 2025, 8)
JUL = per("in July", 2025, 7)
# 11206 Trading Economics (ref Wednesday 2025-10-08)
AUG25 = per("in August 2025", 2025, 8)
TAUG = per("In August", 2025, 8)
TAUG2 = per("in August", 2025, 8)
TJUL = per("in July", 2025, 7)
# 11207 Investing.com (ref Monday 2025-04-14)
ET = P("By 10:15 ET", None, None)
# 11208 Business Standard (ref Monday 2024-11-18)
FEST = P("during the 42-day festive period from October 3 to November 13", "2024-10-03", "2024-11-13")
FOCT = per("For October", 2024, 10)
# 11209 DG ENER (ref Monday 2026-04-20)
Y25 = Y("In 2025 as a whole", 2025)
LY = Y("Last year", 2025)
IN25 = Y("in 2025", 2025)
# 11210 NBS (ref Wednesday 2024-11-20)
JO = P("from January to October 2024", "2024-01-01", "2024-10-31")
OCT = per("In October", 2024, 10)
F10 = P("In the first ten months", "2024-01-01", "2024-10-31")
DP = P("During the period", "2024-01-01", "2024-10-31")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_economic_inactivity_long_term_sickness.txt': [
        ('21.4%', 1, 21.4, 'percent', 'economic inactivity rate for people aged 16 to 64 years', None, None, None, FA25, None),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'economic inactivity rate for people aged 16 to 64 years', DOWN, QOQ, None, FA25, None),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'economic inactivity rate for people aged 16 to 64 years', UP, YOY, None, FA25, None),
        ('2.79 million', 1, 2.79e6, 'count', 'people inactive because of long-term sickness', None, None, APPROX, TMA25, None),
        ('2.83 million', 1, 2.83e6, 'count', 'people inactive because of long-term sickness', None, None, None, NJ, None),
        ('9.28 million', 1, 9.28e6, 'count', 'economically inactive people aged 16 to 64 years', None, None, None, FA25, ONS),
        ('30.1%', 1, 30.1, 'percent', 'long-term sickness share of the economically inactive', None, None, None, FA25, ONS),
        ('27.4%', 1, 27.4, 'percent', 'studying share of the economically inactive', None, None, None, FA25, ONS),
        ('16.9%', 1, 16.9, 'percent', 'looking after family or home share of the economically inactive', None, None, None, FA25, ONS),
        ('2.54 million', 1, 2.54e6, 'count', 'students', None, None, None, FA25, ONS),
        ('61,000', 1, 61000, 'count', 'students', DOWN, POP, None, FA25, ONS),
        ('23,000', 1, 23000, 'count', 'number looking after family or home', UP, POP, None, FA25, ONS),
        ('1.57 million', 1, 1.57e6, 'count', 'number looking after family or home', UP, None, None, FA25, ONS),
        ('263,000', 1, 263000, 'count', 'people inactive because of caring for a sick, injured or elderly person', None, None, APPROX, FA25, ONS),
        ('231,000', 1, 231000, 'count', 'people inactive because of temporary sickness', None, None, None, FA25, ONS),
        ('39.8%', 1, 39.8, 'percent', 'inactivity rate for those aged 16 to 24 years', None, None, None, LQ, ONS),
        ('26.3%', 1, 26.3, 'percent', 'inactivity rate for those aged 50 to 64 years', None, None, None, LQ, ONS),
        ('14.2%', 1, 14.2, 'percent', 'inactivity rate for 35 to 49 year olds', None, None, None, LQ, ONS),
        ('1.05 million', 1, 1.05e6, 'count', 'inactive people aged 50 to 64 years giving long-term sickness as the reason', None, None, None, None, ONS),
        ('a third', 1, 0.3333, 'fraction', 'long-term sickness share of inactive people aged 50 to 64 years', None, None, MORE, None, ONS),
        ('312,000', 1, 312000, 'count', 'people aged 16 to 24 years giving long-term sickness as the reason', None, None, None, None, ONS),
        ('9%', 1, 9, 'percent', 'people aged 16 to 24 years giving long-term sickness as the reason', UP, YOY, None, None, ONS),
        ('657,000', 1, 657000, 'count', 'people inactive because of long-term sickness', UP, None, None, SINCE19, ONS),
        ('2.81 million', 1, 2.81e6, 'count', 'long-term sick total', None, None, None, FNJ, ONS),
        ('2.83 million', 2, 2.83e6, 'count', 'long-term sick total', UP, None, None, FNJ, ONS),
    ],
    'wire_1987_us_housing_starts.txt': [
        ('3.1 PCT', 1, 3.1, 'percent', 'U.S. housing starts', UP, None, None, per('IN FEBRUARY', 1987, 2), None),
        ('3.1 pct', 1, 3.1, 'percent', HS, UP, MOM, None, FEB, DOC),
        ('1,829,000 units', 1, 1829000, 'count', HS, UP, None, None, FEB, DOC),
        ('1,774,000 units', 1, 1774000, 'count', HS, None, None, None, per('January', 1987, 1), DOC),
        ('1,801,000', 1, 1801000, 'count', HS, None, None, None, per('January', 1987, 1), DOC),
        ('1.78 mln units', 1, 1.78e6, 'count', 'starts', DOWN, None, APPROX, per('February', 1987, 2), MMS),
        ('5.4 pct', 1, 5.4, 'percent', 'single-family starts', UP, None, None, FEB, DOC),
        ('1,262,000 units', 1, 1262000, 'count', 'single-family starts', UP, None, None, FEB, DOC),
        ('2.7 pct', 1, 2.7, 'percent', 'starts of buildings with five units or more', DOWN, None, None, FEB, DOC),
        ('468,000', 1, 468000, 'count', 'starts of buildings with five units or more', DOWN, None, None, FEB, DOC),
        ('99,000', 1, 99000, 'count', 'starts of buildings with two to four units', None, None, None, FEB, DOC),
        ('69 pct', 1, 69, 'percent', 'single-family units share of total starts', None, None, None, FEB, DOC),
        ('31 pct', 1, 31, 'percent', 'multi-family units share of total starts', None, None, None, FEB, DOC),
        ('4.6 pct', 1, 4.6, 'percent', 'building permits', DOWN, MOM, None, FEB, DOC),
        ('1,702,000 units', 1, 1702000, 'count', 'building permits', DOWN, None, None, FEB, DOC),
        ('1,784,000', 1, 1784000, 'count', 'building permits', None, None, None, JAN, DOC),
        ('19.8 pct', 1, 19.8, 'percent', 'starts in the Northeast', UP, None, None, None, DOC),
        ('6.1 pct', 1, 6.1, 'percent', 'starts in the South', UP, None, None, None, DOC),
        ('11.2 pct', 1, 11.2, 'percent', 'starts in the Midwest', DOWN, None, None, None, DOC),
        ('1.9 pct', 1, 1.9, 'percent', 'starts in the West', DOWN, None, None, None, DOC),
        ('104,800', 1, 104800, 'count', 'homes started, unadjusted', None, None, None, FEB, DOC),
        ('89,300', 1, 89300, 'count', 'homes started, unadjusted', None, None, None, JAN, DOC),
        ('111,200', 1, 111200, 'count', 'homes started, unadjusted', None, None, None, per('in February 1986', 1986, 2), DOC),
        ('194,100 units', 1, 194100, 'count', 'starts', None, None, None, P('In the first two months of the year', '1987-01-01', '1987-02-28'), DOC),
        ('4.0 pct', 1, 4.0, 'percent', 'starts', DOWN, YOY, None, P('In the first two months of the year', '1987-01-01', '1987-02-28'), DOC),
        ('202,200 units', 1, 202200, 'count', 'starts', None, None, None, P('in the same 1986 period', '1986-01-01', '1986-02-28'), DOC),
    ],
    'wire_2025_philippines_gdp.txt': [
        ('5.5%', 1, 5.5, 'percent', 'Philippine economy', UP, None, None, Q('in Q2', 2025, 2), None),
        ('5.5%', 2, 5.5, 'percent', 'Philippine economy', UP, YOY, None, AJQ, PSA),
        ('5.3%', 1, 5.3, 'percent', 'Philippine economy', UP, YOY, None, F3M, PSA),
        ('5.4%', 1, 5.4, 'percent', 'growth', UP, YOY, None, Q('First-quarter', 2025, 1), PSA),
        ('16', 1, 16, 'count', 'economists in a Reuters poll', None, None, None, SQ, REU),
        ('5.2%', 1, 5.2, 'percent', 'growth', UP, None, None, SQ, REU),
        ('1.5%', 1, 1.5, 'percent', 'GDP', UP, QOQ, None, Q('in the second quarter', 2025, 2), PSA),
        ('0.9%', 1, 0.9, 'percent', 'GDP', UP, QOQ, None, JM, PSA),
        ('three-quarters', 1, 0.75, 'fraction', 'household consumption share of the economy', None, None, APPROX, INQ2, PSA),
        ('5.3%', 2, 5.3, 'percent', 'household consumption', UP, YOY, None, INQ2, PSA),
        ('5.1%', 1, 5.1, 'percent', 'household consumption', None, YOY, None, JM, PSA),
        ('8.7%', 1, 8.7, 'percent', 'government spending', UP, YOY, None, INQ2, PSA),
        ('0.4%', 1, 0.4, 'percent', 'capital formation', UP, YOY, None, INQ2, PSA),
        ('1.2%', 1, 1.2, 'percent', 'agriculture output', DOWN, YOY, None, INQ2, PSA),
        ('4.9%', 1, 4.9, 'percent', 'industry', UP, YOY, None, INQ2, PSA),
        ('6.8%', 1, 6.8, 'percent', 'services', UP, YOY, None, INQ2, PSA),
        ('5.45%', 1, 5.45, 'percent', 'economy', UP, YOY, None, P('in the first half', '2025-01-01', '2025-06-30'), PSA),
        ('5.5%', 3, 5.5, 'percent', 'full-year growth target', None, None, None, Y('full-year', 2025), GPH),
        ('6.5%', 1, 6.5, 'percent', 'full-year growth target', None, None, None, Y('full-year', 2025), GPH),
        ('quarter-point', 1, 0.25, 'percentage_point', 'BSP rate cut', DOWN, None, None, Y('this year', 2025), BSP),
        ('25 basis points', 1, 25, 'basis_point', 'key rate', DOWN, None, None, per('in June', 2025, 6), BSP),
        ('5.25%', 1, 5.25, 'percent', 'key rate', DOWN, None, None, per('in June', 2025, 6), BSP),
        ('125 basis points', 1, 125, 'basis_point', 'cumulative easing', DOWN, None, None, P('since August 2024', '2024-08-01', '2025-08-07'), BSP),
        ('57.12 per dollar', 1, 57.12, 'PHP', 'peso', None, None, None, None, PSA),
    ],
    'cnbc_style_railroad_freight_results.txt': [
        ('4%', 1, 4, 'percent', 'Meridian Rail shares', UP, None, None, None, None),
        ('4%', 2, 4, 'percent', 'Meridian Rail shares', UP, None, None, P('Thursday', '2025-10-23', '2025-10-23'), MER),
        ('$2.91', 1, 2.91, 'USD', 'adjusted earnings per share', None, None, None, None, MER),
        ('$2.84', 1, 2.84, 'USD', 'adjusted earnings per share', None, None, None, None, None),
        ('$6.12 billion', 1, 6.12e9, 'USD', 'revenue', None, None, None, None, MER),
        ('$6.18 billion', 1, 6.18e9, 'USD', 'revenue', None, None, None, None, None),
        ('1%', 1, 1, 'percent', 'revenue', DOWN, YOY, None, QE30, MER),
        ('$1.79 billion', 1, 1.79e9, 'USD', 'net income', UP, None, None, QE30, MER),
        ('$3.01', 1, 3.01, 'USD', 'net income per share', UP, None, None, QE30, MER),
        ('$1.67 billion', 1, 1.67e9, 'USD', 'net income', None, None, None, YA, MER),
        ('$2.75', 1, 2.75, 'USD', 'net income per share', None, None, None, YA, MER),
        ('140 basis points', 1, 140, 'basis_point', 'operating ratio', DOWN, YOY, None, QE30, MER),
        ('58.6%', 1, 58.6, 'percent', 'operating ratio', DOWN, None, None, QE30, MER),
        ('2%', 1, 2, 'percent', 'total volume', DOWN, None, None, INQ3, MER),
        ('2.07 million units', 1, 2.07e6, 'count', 'total volume', DOWN, None, None, INQ3, MER),
        ('6%', 1, 6, 'percent', 'intermodal volumes', DOWN, None, None, INQ3, MER),
        ('878,000 units', 1, 878000, 'count', 'intermodal volumes', DOWN, None, None, INQ3, MER),
        ('5%', 1, 5, 'percent', 'coal carloads', UP, None, None, INQ3, MER),
        ('412,000', 1, 412000, 'count', 'coal carloads', UP, None, None, INQ3, MER),
        ('3%', 1, 3, 'percent', 'bulk shipments of grain and fertilizer', UP, None, None, INQ3, MER),
        ('3%', 2, 3, 'percent', 'revenue per carload', UP, None, None, INQ3, MER),
        ('$2,956', 1, 2956, 'USD', 'revenue per carload', UP, None, None, INQ3, MER),
        ('1%', 2, 1, 'percent', 'volume', DOWN, None, None, FY, MER),
        ('1%', 3, 1, 'percent', 'volume', UP, None, None, FY, MER),
        ('2%', 2, 2, 'percent', 'volume', UP, None, None, FY, MER),
        ('60%', 1, 60, 'percent', 'operating ratio target', None, None, LESS, FY, MER),
        ('$11.42', 1, 11.42, 'USD', 'earnings per share', None, None, None, Y('full-year', 2025), LSEG),
        ('7%', 1, 7, 'percent', 'stock', DOWN, None, None, P('so far this year', '2025-01-01', '2025-10-23'), MER),
    ],
    'mt_newswires_australia_trade_balance.txt': [
        ('AU$1.83 Billion', 1, 1.83e9, 'AUD', "Australia's trade surplus", DOWN, None, None, per('in August', 2025, 8), None),
        ('AU$1.83 billion', 1, 1.83e9, 'AUD', "Australia's trade surplus in goods and services", DOWN, None, None, AUG, ABS),
        ('AU$7.31 billion', 1, 7.31e9, 'AUD', "Australia's trade surplus in goods and services", None, None, None, JUL, ABS),
        ('AU$7.19 billion', 1, 7.19e9, 'AUD', 'trade surplus', None, None, None, per('July', 2025, 7), ABS),
        ('AU$4.90 billion', 1, 4.90e9, 'AUD', 'trade surplus', None, None, None, per('August', 2025, 8), BBG),
        ('7.8%', 1, 7.8, 'percent', 'exports of goods and services', DOWN, MOM, None, AUG, ABS),
        ('AU$42.19 billion', 1, 42.19e9, 'AUD', 'exports of goods and services', DOWN, None, None, AUG, ABS),
        ('36.2%', 1, 36.2, 'percent', 'non-monetary gold shipments', DOWN, MOM, None, AUG, ABS),
        ('6.4%', 1, 6.4, 'percent', 'metal ores and minerals', DOWN, MOM, None, AUG, ABS),
        ('AU$512 million', 1, 512e6, 'AUD', 'coal, coke and briquettes exports', DOWN, MOM, None, AUG, ABS),
        ('9.1%', 1, 9.1, 'percent', 'coal, coke and briquettes exports', DOWN, MOM, None, AUG, ABS),
        ('2.3%', 1, 2.3, 'percent', 'rural goods', UP, MOM, None, AUG, ABS),
        ('AU$9.86 billion', 1, 9.86e9, 'AUD', 'iron ore exports', DOWN, None, None, AUG, ABS),
        ('AU$10.52 billion', 1, 10.52e9, 'AUD', 'iron ore exports', None, None, None, JUL, ABS),
        ('2.1%', 1, 2.1, 'percent', 'imports', UP, MOM, None, None, ABS),
        ('AU$40.36 billion', 1, 40.36e9, 'AUD', 'imports', UP, None, None, None, ABS),
        ('6.5%', 1, 6.5, 'percent', 'capital goods', UP, MOM, None, None, ABS),
        ('0.4%', 1, 0.4, 'percent', 'intermediate goods', DOWN, MOM, None, None, ABS),
        ('4.2%', 1, 4.2, 'percent', 'exports', DOWN, YOY, None, per('August', 2025, 8), ABS),
        ('5.6%', 1, 5.6, 'percent', 'imports', UP, YOY, None, per('August', 2025, 8), ABS),
        ('AU$1.52 billion', 1, 1.52e9, 'AUD', 'goods surplus', None, None, None, per('In August', 2025, 8), ABS),
        ('AU$0.31 billion', 1, 0.31e9, 'AUD', 'services balance', UP, None, None, per('In August', 2025, 8), ABS),
        ('AU$0.18 billion', 1, 0.18e9, 'AUD', 'services balance', None, None, None, JUL, ABS),
        ('AU$40.2 billion', 1, 40.2e9, 'AUD', 'cumulative surplus', None, None, None, P('For the first eight months of 2025', '2025-01-01', '2025-08-31'), ABS),
        ('AU$58.4 billion', 1, 58.4e9, 'AUD', 'cumulative surplus', None, None, None, P('in the same period a year earlier', '2024-01-01', '2024-08-31'), ABS),
        ('0.2%', 1, 0.2, 'percent', 'Australian dollar', UP, None, None, None, ABS),
        ('US$0.6612', 1, 0.6612, 'USD', 'Australian dollar', UP, None, None, None, ABS),
    ],
    'trading_economics_style_argentina_industrial_production.txt': [
        ('4.4%', 1, 4.4, 'percent', 'industrial production in Argentina', DOWN, YOY, None, AUG25, INDEC),
        ('2.0%', 1, 2.0, 'percent', 'industrial production in Argentina', DOWN, YOY, None, TJUL, INDEC),
        ('1.5%', 1, 1.5, 'percent', 'industrial production in Argentina', DOWN, YOY, None, AUG25, None),
        ('11', 1, 11, 'count', 'industrial divisions where output fell', None, None, None, TAUG, INDEC),
        ('-17.8%', 1, -17.8, 'percent', 'basic metals', DOWN, None, None, TAUG, INDEC),
        ('-13.6%', 1, -13.6, 'percent', 'vehicles and auto parts', DOWN, None, None, TAUG, INDEC),
        ('-12.4%', 1, -12.4, 'percent', 'textiles', DOWN, None, None, TAUG, INDEC),
        ('8.1%', 1, 8.1, 'percent', 'oil refining', UP, None, None, TAUG, INDEC),
        ('2.3%', 1, 2.3, 'percent', 'food and beverages', UP, None, None, TAUG, INDEC),
        ('1.1%', 1, 1.1, 'percent', 'pharmaceuticals', UP, None, None, TAUG, INDEC),
        ('1.6%', 1, 1.6, 'percent', 'industrial output', DOWN, MOM, None, TAUG2, INDEC),
        ('0.7%', 1, 0.7, 'percent', 'industrial output', UP, MOM, None, TJUL, INDEC),
        ('3.1%', 1, 3.1, 'percent', 'manufacturing production', UP, YOY, None, P('In the first eight months of the year', '2025-01-01', '2025-08-31'), INDEC),
        ('60.4%', 1, 60.4, 'percent', 'capacity utilization in manufacturing', DOWN, None, None, TAUG2, INDEC),
        ('61.8%', 1, 61.8, 'percent', 'capacity utilization in manufacturing', None, None, None, per('a year earlier', 2024, 8), INDEC),
        ('52.3%', 1, 52.3, 'percent', 'capacity utilization in the automotive industry', None, None, None, TAUG2, INDEC),
        ('0.45 percent', 1, 0.45, 'percent', 'Industrial Production in Argentina average', None, None, None, P('from 1994 until 2025', '1994-01-01', '2025-12-31'), INDEC),
        ('52.60 percent', 1, 52.60, 'percent', 'Industrial Production in Argentina all time high', None, None, None, per('in April of 2021', 2021, 4), INDEC),
        ('-47.90 percent', 1, -47.90, 'percent', 'Industrial Production in Argentina record low', DOWN, None, None, per('in April of 2020', 2020, 4), INDEC),
        ('-2.00 percent', 1, -2.00, 'percent', 'Industrial Production in Argentina', DOWN, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('2.50 percent', 1, 2.50, 'percent', 'Argentina Industrial Production', None, None, APPROX, Y('in 2026', 2026), TE),
        ('3.10 percent', 1, 3.10, 'percent', 'Argentina Industrial Production', None, None, APPROX, Y('in 2027', 2027), TE),
    ],
    'investing_style_cocoa_ghana_ivory_coast_arrivals.txt': [
        ('4.2%', 1, 4.2, 'percent', 'New York cocoa for May delivery', DOWN, None, None, ET, None),
        ('$7,614', 1, 7614, 'USD', 'New York cocoa for May delivery', DOWN, None, None, ET, None),
        ('3.8%', 1, 3.8, 'percent', 'London cocoa futures', DOWN, None, None, ET, None),
        ('£5,802', 1, 5802, 'GBP', 'London cocoa futures', DOWN, None, None, ET, None),
        ('30%', 1, 30, 'percent', 'New York contract', DOWN, None, APPROX, P('since the start of the year', '2025-01-01', '2025-04-14'), None),
        ('1.52 million tonnes', 1, 1.52e6, 'tonne', 'beans sent to Ivory Coast ports', None, None, None, P('between Oct. 1 and April 13', '2024-10-01', '2025-04-13'), None),
        ('3.2%', 1, 3.2, 'percent', 'beans sent to Ivory Coast ports', DOWN, YOY, None, P('between Oct. 1 and April 13', '2024-10-01', '2025-04-13'), None),
        ('1.57 million tonnes', 1, 1.57e6, 'tonne', 'beans sent to Ivory Coast ports', None, None, None, P('in the same period last season', '2023-10-01', '2024-04-13'), None),
        ('48,000 tonnes', 1, 48000, 'tonne', 'arrivals', None, None, None, P('in the week to April 13', '2025-04-07', '2025-04-13'), None),
        ('31,000 tonnes', 1, 31000, 'tonne', 'arrivals', None, None, None, P('the week before', '2025-03-31', '2025-04-06'), None),
        ('550,000', 1, 550000, 'tonne', 'mid-crop', None, None, None, P('April-September', '2025-04-01', '2025-09-30'), None),
        ('600,000 tonnes', 1, 600000, 'tonne', 'mid-crop', None, None, None, P('April-September', '2025-04-01', '2025-09-30'), None),
        ('520,000 tonnes', 1, 520000, 'tonne', 'mid-crop', None, None, None, Y('in 2024', 2024), None),
        ('411,000 tonnes', 1, 411000, 'tonne', 'beans purchased by the Ghana Cocoa Board', None, None, None, P('as of April 3', '2025-04-03', '2025-04-03'), COCOBOD),
        ('26%', 1, 26, 'percent', 'beans purchased by the Ghana Cocoa Board', DOWN, YOY, None, P('as of April 3', '2025-04-03', '2025-04-03'), COCOBOD),
        ('650,000 tonnes', 1, 650000, 'tonne', 'crop forecast', DOWN, None, None, P('2024/25', '2024-10-01', '2025-09-30'), COCOBOD),
        ('4%', 1, 4, 'percent', 'European grindings', DOWN, YOY, None, Q('first-quarter', 2025, 1), None),
        ('6%', 1, 6, 'percent', 'European grindings', DOWN, YOY, None, Q('first-quarter', 2025, 1), None),
        ('1.83 million bags', 1, 1.83e6, 'count', 'certified cocoa stocks in ICE-monitored warehouses', DOWN, None, None, P('on Friday', '2025-04-11', '2025-04-11'), ICE),
    ],
    'business_standard_style_vehicle_registrations_fada.txt': [
        ('12%', 1, 12, 'percent', 'vehicle retail sales', UP, None, None, P('in festive season', '2024-10-03', '2024-11-13'), FADA),
        ('42.9 lakh units', 1, 4.29e6, 'count', 'vehicle retail sales', UP, None, None, P('in festive season', '2024-10-03', '2024-11-13'), FADA),
        ('14%', 1, 14, 'percent', '2W', UP, None, None, P('in festive season', '2024-10-03', '2024-11-13'), FADA),
        ('11.8 per cent', 1, 11.8, 'percent', 'retail sales of vehicles in India', UP, YOY, None, FEST, FADA),
        ('42,88,902 units', 1, 4288902, 'count', 'retail sales of vehicles in India', UP, None, None, FEST, FADA),
        ('38,37,040 units', 1, 3837040, 'count', 'retail sales of vehicles in India', None, None, None, P('in the corresponding period last year', '2023-10-03', '2023-11-13'), FADA),
        ('14.1 per cent', 1, 14.1, 'percent', 'two-wheeler registrations', UP, None, None, None, FADA),
        ('33,11,260 units', 1, 3311260, 'count', 'two-wheeler registrations', UP, None, None, None, FADA),
        ('7.1 per cent', 1, 7.1, 'percent', 'passenger vehicle (PV) retail', UP, None, None, None, FADA),
        ('6,03,009 units', 1, 603009, 'count', 'passenger vehicle (PV) retail', UP, None, None, None, FADA),
        ('3 per cent', 1, 3, 'percent', 'tractor sales', UP, None, None, None, FADA),
        ('5.5 per cent', 1, 5.5, 'percent', 'commercial vehicle registrations', DOWN, None, None, None, FADA),
        ('1,30,850 units', 1, 130850, 'count', 'commercial vehicle registrations', DOWN, None, None, None, FADA),
        ('32.4 per cent', 1, 32.4, 'percent', 'retail sales', UP, YOY, None, FOCT, FADA),
        ('28,33,920 units', 1, 2833920, 'count', 'retail sales', UP, None, None, FOCT, FADA),
        ('36.3 per cent', 1, 36.3, 'percent', 'two-wheeler registrations', UP, YOY, None, FOCT, FADA),
        ('32.6 per cent', 1, 32.6, 'percent', 'PV registrations', UP, YOY, None, FOCT, FADA),
        ('3.1 per cent', 1, 3.1, 'percent', 'tractors', UP, YOY, None, FOCT, FADA),
        ('13.2 per cent', 1, 13.2, 'percent', 'registrations in rural areas', UP, None, None, P('during the festive period', '2024-10-03', '2024-11-13'), FADA),
        ('8.1 per cent', 1, 8.1, 'percent', 'registrations in urban markets', UP, None, None, P('during the festive period', '2024-10-03', '2024-11-13'), FADA),
        ('75', 1, 75, 'day', 'PV inventory at dealerships', DOWN, None, APPROX, None, FADA),
        ('80 days', 1, 80, 'day', 'PV inventory at dealerships', DOWN, None, APPROX, None, FADA),
        ('80', 2, 80, 'day', 'PV inventory at dealerships', None, None, None, P('at the start of the season', '2024-10-03', '2024-10-03'), FADA),
        ('85 days', 1, 85, 'day', 'PV inventory at dealerships', None, None, None, P('at the start of the season', '2024-10-03', '2024-10-03'), FADA),
        ('₹79,000 crore', 1, 7.9e11, 'INR', 'stock held by dealers', None, None, None, None, FADA),
        ('2', 2, 2, 'percent', 'domestic PV wholesales', UP, None, None, P('in FY25', '2024-04-01', '2025-03-31'), ICRA),
        ('4 per cent', 1, 4, 'percent', 'domestic PV wholesales', UP, None, None, P('in FY25', '2024-04-01', '2025-03-31'), ICRA),
    ],
    'eu_energy_style_coal_generation_phase_out.txt': [
        ('262 TWh', 1, 262, 'terawatt hour', 'coal-fired generation in the EU', None, None, None, Y25, None),
        ('11%', 1, 11, 'percent', 'coal-fired generation in the EU', DOWN, YOY, None, Y25, None),
        ('half', 1, 0.5, 'fraction', 'coal-fired generation in the EU relative to 2019', DOWN, None, LESS, Y25, None),
        ('9.6%', 1, 9.6, 'percent', 'share of hard coal and lignite in the EU electricity mix', DOWN, None, None, Y25, None),
        ('11.2%', 1, 11.2, 'percent', 'share of hard coal and lignite in the EU electricity mix', None, None, None, Y('a year earlier', 2024), None),
        ('47%', 1, 47, 'percent', 'renewables share of the EU electricity mix', None, None, None, Y25, None),
        ('88 TWh', 1, 88, 'terawatt hour', 'coal-fired generation in Germany', None, None, None, LY, None),
        ('71 TWh', 1, 71, 'terawatt hour', 'coal-fired generation in Poland', None, None, None, LY, None),
        ('14%', 1, 14, 'percent', 'coal-fired generation in Germany', DOWN, YOY, None, LY, None),
        ('8%', 1, 8, 'percent', 'coal-fired generation in Poland', DOWN, YOY, None, LY, None),
        ('60%', 1, 60, 'percent', 'Germany and Poland share of EU coal-fired output', None, None, APPROX, LY, None),
        ('54%', 1, 54, 'percent', 'coal and lignite share of generation in Poland', None, None, None, LY, None),
        ('36%', 1, 36, 'percent', 'coal and lignite share of generation in Czechia', None, None, None, LY, None),
        ('31%', 1, 31, 'percent', 'coal and lignite share of generation in Bulgaria', None, None, None, LY, None),
        ('9.4 GW', 1, 9.4, 'gigawatt', 'coal-fired capacity closed or moved to reserve', None, None, None, IN25, ENTSOE),
        ('4.1 GW', 1, 4.1, 'gigawatt', 'coal-fired capacity closed in Germany', None, None, None, IN25, ENTSOE),
        ('1.6 GW', 1, 1.6, 'gigawatt', 'coal-fired capacity closed in Spain', None, None, None, IN25, ENTSOE),
        ('1.2 GW', 1, 1.2, 'gigawatt', 'coal-fired capacity closed in Italy', None, None, None, IN25, ENTSOE),
        ('0.9 GW', 1, 0.9, 'gigawatt', 'capacity of Moneypoint', None, None, None, per('in June', 2025, 6), ENTSOE),
        ('79 GW', 1, 79, 'gigawatt', 'installed coal and lignite capacity in the EU', DOWN, None, APPROX, P('at the end of 2025', '2025-12-31', '2025-12-31'), ENTSOE),
        ('88 GW', 1, 88, 'gigawatt', 'installed coal and lignite capacity in the EU', None, None, None, P('a year before', '2024-12-31', '2024-12-31'), ENTSOE),
        ('11 GW', 1, 11, 'gigawatt', 'coal-fired capacity scheduled to close', None, None, None, Y('in 2026', 2026), None),
        ('6.3 GW', 1, 6.3, 'gigawatt', 'coal-fired capacity scheduled to close in Germany', None, None, None, Y('in 2026', 2026), None),
        ('7%', 1, 7, 'percent', 'power sector CO2 emissions in the EU', DOWN, YOY, None, IN25, EMBER),
        ('512 million tonnes', 1, 512e6, 'tonne', 'power sector CO2 emissions in the EU', DOWN, None, None, IN25, EMBER),
    ],
    'nbs_style_foreign_direct_investment_utilized.txt': [
        ('47,052', 1, 47052, 'count', 'newly established foreign-invested enterprises', None, None, None, JO, MOFCOM),
        ('10.9 percent', 1, 10.9, 'percent', 'newly established foreign-invested enterprises', UP, YOY, None, JO, MOFCOM),
        ('692.0 billion yuan', 1, 692.0e9, 'CNY', 'actually utilized foreign capital', None, None, None, JO, MOFCOM),
        ('29.8 percent', 1, 29.8, 'percent', 'actually utilized foreign capital', DOWN, YOY, None, JO, MOFCOM),
        ('97.1 billion US dollars', 1, 97.1e9, 'USD', 'actually utilized foreign capital in US dollar terms', None, None, None, JO, MOFCOM),
        ('30.2 percent', 1, 30.2, 'percent', 'actually utilized foreign capital in US dollar terms', DOWN, YOY, None, JO, MOFCOM),
        ('51.2 billion yuan', 1, 51.2e9, 'CNY', 'actually utilized foreign capital', None, None, None, OCT, MOFCOM),
        ('33.4 percent', 1, 33.4, 'percent', 'actually utilized foreign capital', DOWN, YOY, None, OCT, MOFCOM),
        ('12.6 percent', 1, 12.6, 'percent', 'actually utilized foreign capital', DOWN, MOM, None, OCT, MOFCOM),
        ('5.2 percent', 1, 5.2, 'percent', 'actual investment from Germany', UP, YOY, None, None, MOFCOM),
        ('30.6 percent', 1, 30.6, 'percent', 'actual investment from the United Kingdom', UP, YOY, None, None, MOFCOM),
        ('2.1 percent', 1, 2.1, 'percent', 'actual investment from Japan', UP, YOY, None, None, MOFCOM),
        ('63.8 billion yuan', 1, 63.8e9, 'CNY', 'actual investment from Singapore', None, None, None, None, MOFCOM),
        ('24.1 billion yuan', 1, 24.1e9, 'CNY', 'actual investment from the Republic of Korea', None, None, None, None, MOFCOM),
        ('22.7 billion yuan', 1, 22.7e9, 'CNY', 'actual investment from Japan', None, None, None, None, MOFCOM),
        ('13,245', 1, 13245, 'count', 'enterprises newly established by investors from countries along the Belt and Road', None, None, None, F10, MOFCOM),
        ('19.4 percent', 1, 19.4, 'percent', 'enterprises newly established by investors from countries along the Belt and Road', UP, YOY, None, F10, MOFCOM),
        ('94.3 billion yuan', 1, 94.3e9, 'CNY', 'actual investment from countries along the Belt and Road', None, None, None, F10, MOFCOM),
        ('13.6 percent', 1, 13.6, 'percent', 'countries along the Belt and Road share of actual investment', None, None, None, F10, MOFCOM),
        ('586.7 billion yuan', 1, 586.7e9, 'CNY', 'foreign capital utilized by the eastern region', None, None, None, DP, MOFCOM),
        ('30.5 percent', 1, 30.5, 'percent', 'foreign capital utilized by the eastern region', DOWN, YOY, None, DP, MOFCOM),
        ('52.9 billion yuan', 1, 52.9e9, 'CNY', 'foreign capital utilized by the central region', None, None, None, DP, MOFCOM),
        ('52.4 billion yuan', 1, 52.4e9, 'CNY', 'foreign capital utilized by the western region', None, None, None, DP, MOFCOM),
        ('24.7 percent', 1, 24.7, 'percent', 'foreign capital utilized by the central region', DOWN, YOY, None, DP, MOFCOM),
        ('27.9 percent', 1, 27.9, 'percent', 'foreign capital utilized by the western region', DOWN, YOY, None, DP, MOFCOM),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
