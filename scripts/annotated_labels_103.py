# ruff: noqa: E501, RUF001
"""Write corpus/annotated_103/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_103.py corpus/annotated_103
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
FSO = "Federal Statistical Office"
BMWI = "Federal Ministry of Economics"
GUS = "Statistics Poland"
NBP = "National Bank of Poland"
REU = "Reuters"
PKO = "PKO Bank Polski"
CAL = "Calder Beverage"
SA = "StreetAccount"
MIC = "Ministry of Internal Affairs and Communications"
MHLW = "Ministry of Health, Labour and Welfare"
BBG = "Bloomberg"
KNBS = "Kenya National Bureau of Statistics"
CBK = "Central Bank of Kenya"
EPRA = "Energy and Petroleum Regulatory Authority"
TE = "Trading Economics"
SMM = "Shanghai Metals Market"
FM = "Fastmarkets"
PLS = "Pilbara Minerals"
SQM = "Sociedad Química y Minera de Chile"
CITI = "Citigroup"
RB = "Rubber Board"
EHO = "European Hydrogen Observatory"
NBS = "National Bureau of Statistics"

# 10301 ONS labour productivity (ref Thursday 2025-06-19)
Q1L = Q("In Quarter 1 (Jan to Mar) 2025", 2025, 1)
JM25 = Q("in January to March 2025", 2025, 1)
PRE = P("in Quarter 4 2019", "2019-10-01", "2025-03-31")
LQ = Q("in the latest quarter", 2025, 1)
Q424 = Q("in Quarter 4 2024", 2024, 4)
Q1S = Q("in Quarter 1 2025", 2025, 1)
# 10302 Reuters 1987 (ref Thursday 1987-08-06)
JUN = per("in June", 1987, 6)
MAY = per("in May", 1987, 5)
H1 = P("In the first half of 1987", "1987-01-01", "1987-06-30")
HY = P("in the half year", "1987-01-01", "1987-06-30")
# 10303 Reuters 2025 (ref Tuesday 2026-03-31)
MAR = per("in March", 2026, 3)
FEB = per("in February", 2026, 2)
# 10304 CNBC (ref Thursday 2026-02-12)
FQ = Q("fourth-quarter", 2025, 4)
INQ = Q("in the quarter", 2025, 4)
FY = Y("For the full year", 2025)
F26 = Y("For 2026", 2026)
# 10305 MT Newswires (ref Friday 2026-02-06)
DEC = per("in December", 2025, 12)
NOV = per("in November", 2025, 11)
# 10306 Trading Economics (ref Friday 2026-02-27)
KF26 = per("in February 2026", 2026, 2)
KJAN = per("in January", 2026, 1)
KJ14 = P("on January 14", "2026-01-14", "2026-01-14")
# 10307 Investing.com (ref Friday 2026-03-13)
ET = P("By 03:10 ET", None, None)
DQ = Q("in the December quarter", 2025, 4)
# 10308 Business Standard (ref Tuesday 2025-05-20)
FY25H = P("in FY25", "2024-04-01", "2025-03-31")
Y2425 = P("in 2024-25", "2024-04-01", "2025-03-31")
AM = P("During April-March", "2024-04-01", "2025-03-31")
FY26 = P("For 2025-26", "2025-04-01", "2026-03-31")
EM25 = P("at the end of March 2025", "2025-03-31", "2025-03-31")
# 10309 DG ENER (ref Tuesday 2025-04-15)
E24 = P("at the end of 2024", "2024-12-31", "2024-12-31")
IN24 = Y("in 2024", 2024)
BY30 = P("by 2030", "2030-12-31", "2030-12-31")
EMAR = P("By the end of March 2025", "2025-03-31", "2025-03-31")
# 10310 NBS (ref Friday 2024-10-18)
F3Q = P("In the first three quarters of 2024", "2024-01-01", "2024-09-30")
EQ3 = P("At the end of the third quarter", "2024-09-30", "2024-09-30")
JS = P("From January to September", "2024-01-01", "2024-09-30")
SEP = per("In September", 2024, 9)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_labour_productivity_quarterly.txt': [
        ('0.5%', 1, 0.5, 'percent', 'UK output per hour worked', 'increase', 'quarter_on_quarter', None, Q1L, None),
        ('0.8%', 1, 0.8, 'percent', 'UK output per hour worked', 'increase', 'year_on_year', None, Q1L, None),
        ('100.6', 1, 100.6, 'index_point', 'output per worker', None, None, None, JM25, None),
        ('0.2%', 1, 0.2, 'percent', 'output per worker', 'decrease', 'year_on_year', None, JM25, None),
        ('1.4%', 1, 1.4, 'percent', 'output per hour', 'increase', None, None, PRE, None),
        ('0.3%', 1, 0.3, 'percent', 'output per worker', 'increase', None, None, PRE, None),
        ('9', 1, 9, 'count', 'industry sections with higher output per hour', None, None, None, LQ, ONS),
        ('3.8%', 1, 3.8, 'percent', 'output per hour in mining and quarrying', 'increase', 'quarter_on_quarter', None, LQ, ONS),
        ('1.1%', 1, 1.1, 'percent', 'output per hour in manufacturing', 'increase', 'quarter_on_quarter', None, LQ, ONS),
        ('0.9%', 1, 0.9, 'percent', 'output per hour in finance and insurance', 'increase', 'quarter_on_quarter', None, LQ, ONS),
        ('1.7%', 1, 1.7, 'percent', 'productivity in information and communication', 'decrease', 'quarter_on_quarter', None, LQ, ONS),
        ('1.2%', 1, 1.2, 'percent', 'productivity in real estate', 'decrease', 'quarter_on_quarter', None, LQ, ONS),
        ('0.6%', 1, 0.6, 'percent', 'productivity in construction', 'decrease', 'quarter_on_quarter', None, LQ, ONS),
        ('2.4%', 1, 2.4, 'percent', 'output per hour in the production industries', 'increase', 'year_on_year', None, LQ, ONS),
        ('0.5%', 2, 0.5, 'percent', 'output per hour in services', 'increase', 'year_on_year', None, LQ, ONS),
        ('1.06 billion', 1, 1.06e9, 'hour', 'total hours worked', None, None, None, JM25, ONS),
        ('0.1%', 1, 0.1, 'percent', 'total hours worked', 'increase', 'year_on_year', None, JM25, ONS),
        ('33.4 million workers', 1, 33.4e6, 'count', 'employment', None, None, 'approximately', JM25, ONS),
        ('0.6%', 2, 0.6, 'percent', 'employment', 'increase', 'year_on_year', None, JM25, ONS),
        ('0.1%', 2, 0.1, 'percent', 'output per hour', 'increase', 'quarter_on_quarter', None, Q424, ONS),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'output per hour growth revision', 'increase', None, None, Q424, ONS),
        ('0.1%', 3, 0.1, 'percent', 'output per hour', 'decrease', 'quarter_on_quarter', None, Q424, ONS),
        ('1.3%', 1, 1.3, 'percent', 'unit labour costs', 'increase', 'quarter_on_quarter', None, Q1S, ONS),
        ('4.6%', 1, 4.6, 'percent', 'unit labour costs', 'increase', 'year_on_year', 'approximately', Q1S, ONS),
        ('1.2%', 2, 1.2, 'percent', 'unit wage costs', 'increase', 'quarter_on_quarter', None, Q1S, ONS),
        ('5.1%', 1, 5.1, 'percent', 'unit wage costs', 'increase', 'year_on_year', None, Q1S, ONS),
    ],
    'wire_1987_west_german_trade_surplus.txt': [
        ('9.8 BILLION MARKS', 1, 9.8e9, 'DEM', 'West German trade surplus', 'decrease', None, None, per('JUNE', 1987, 6), None),
        ('9.8 billion marks', 1, 9.8e9, 'DEM', "West Germany's trade surplus", 'decrease', None, None, JUN, FSO),
        ('10.45 billion', 1, 10.45e9, 'DEM', "West Germany's trade surplus", None, None, None, MAY, FSO),
        ('11.3 billion marks', 1, 11.3e9, 'DEM', 'trade surplus', None, None, None, per('in June 1986', 1986, 6), FSO),
        ('2.4 pct', 1, 2.4, 'percent', 'exports', 'decrease', 'month_on_month', None, JUN, FSO),
        ('43.6 billion marks', 1, 43.6e9, 'DEM', 'exports', 'decrease', None, None, JUN, FSO),
        ('1.5 pct', 1, 1.5, 'percent', 'imports', 'increase', 'month_on_month', None, JUN, FSO),
        ('33.8 billion', 1, 33.8e9, 'DEM', 'imports', 'increase', None, None, JUN, FSO),
        ('5.1 pct', 1, 5.1, 'percent', 'exports', 'decrease', 'year_on_year', None, JUN, FSO),
        ('1.9 pct', 1, 1.9, 'percent', 'imports', 'decrease', 'year_on_year', None, JUN, FSO),
        ('57.2 billion marks', 1, 57.2e9, 'DEM', 'trade surplus', None, None, None, H1, FSO),
        ('52.6 billion', 1, 52.6e9, 'DEM', 'trade surplus', None, None, None, P('in the first six months of 1986', '1986-01-01', '1986-06-30'), FSO),
        ('261.4 billion marks', 1, 261.4e9, 'DEM', 'exports', None, None, None, HY, FSO),
        ('204.2 billion', 1, 204.2e9, 'DEM', 'imports', None, None, None, HY, FSO),
        ('3.7 pct', 1, 3.7, 'percent', 'exports', 'decrease', 'year_on_year', None, HY, FSO),
        ('6.2 pct', 1, 6.2, 'percent', 'imports', 'decrease', 'year_on_year', None, HY, FSO),
        ('6.9 billion marks', 1, 6.9e9, 'DEM', 'current account surplus', None, None, None, JUN, FSO),
        ('8.2 billion', 1, 8.2e9, 'DEM', 'current account surplus', None, None, None, MAY, FSO),
        ('41.5 billion', 1, 41.5e9, 'DEM', 'current account surplus', None, None, None, P('January-June', '1987-01-01', '1987-06-30'), FSO),
        ('37.9 billion', 1, 37.9e9, 'DEM', 'current account surplus', None, None, None, P('a year before', '1986-01-01', '1986-06-30'), FSO),
        ('110 billion marks', 1, 110e9, 'DEM', 'trade surplus', None, None, 'approximately', P('for the year as a whole', '1987-01-01', '1987-12-31'), BMWI),
        ('112.2 billion', 1, 112.2e9, 'DEM', 'trade surplus', None, None, None, Y('in 1986', 1986), BMWI),
    ],
    'wire_2025_poland_cpi_flash.txt': [
        ('3.4%', 1, 3.4, 'percent', 'Polish inflation', 'increase', None, None, MAR, None),
        ('3.4%', 2, 3.4, 'percent', 'consumer prices', 'increase', 'year_on_year', None, MAR, GUS),
        ('3.1%', 1, 3.1, 'percent', 'consumer prices', None, 'year_on_year', None, FEB, GUS),
        ('2.5%', 1, 2.5, 'percent', 'inflation target', None, None, None, None, NBP),
        ('3.0%', 1, 3.0, 'percent', 'consumer prices', None, None, None, per('February', 2026, 2), GUS),
        ('21', 1, 21, 'count', 'economists in a Reuters poll', None, None, None, per('March', 2026, 3), REU),
        ('3.1%', 2, 3.1, 'percent', 'inflation', None, None, None, per('March', 2026, 3), REU),
        ('3.7%', 1, 3.7, 'percent', 'inflation', None, None, None, per('March', 2026, 3), REU),
        ('0.7%', 1, 0.7, 'percent', 'prices', 'increase', 'month_on_month', None, MAR, GUS),
        ('0.4%', 1, 0.4, 'percent', 'prices', 'increase', 'month_on_month', None, FEB, GUS),
        ('0.6%', 1, 0.6, 'percent', 'prices', 'increase', 'month_on_month', None, MAR, None),
        ('9.6%', 1, 9.6, 'percent', 'prices of energy carriers', 'increase', 'year_on_year', None, None, GUS),
        ('2.1%', 1, 2.1, 'percent', 'food and non-alcoholic beverage prices', 'increase', 'year_on_year', None, None, GUS),
        ('3.8%', 1, 3.8, 'percent', 'fuel prices', 'decrease', 'year_on_year', None, None, GUS),
        ('2.7%', 1, 2.7, 'percent', 'core inflation', 'decrease', None, 'approximately', MAR, PKO),
        ('2.9%', 1, 2.9, 'percent', 'core inflation', None, None, None, FEB, NBP),
        ('4.00%', 1, 4.00, 'percent', 'reference rate', None, None, None, P('on March 4', '2026-03-04', '2026-03-04'), NBP),
        ('0.2%', 1, 0.2, 'percent', 'zloty', 'increase', None, None, None, NBP),
        ('4.2650', 1, 4.2650, 'PLN', 'zloty', 'increase', None, None, None, NBP),
    ],
    'cnbc_style_brewer_beverage_results.txt': [
        ('4.1%', 1, 4.1, 'percent', 'organic sales growth', 'increase', None, None, None, None),
        ('87 cents', 1, 0.87, 'USD', 'adjusted earnings per share', None, None, None, None, CAL),
        ('81 cents', 1, 0.81, 'USD', 'adjusted earnings per share', None, None, None, None, None),
        ('$4.92 billion', 1, 4.92e9, 'USD', 'revenue', None, None, None, None, CAL),
        ('$4.85 billion', 1, 4.85e9, 'USD', 'revenue', None, None, None, None, None),
        ('4.1%', 2, 4.1, 'percent', 'organic sales growth', 'increase', None, None, None, CAL),
        ('3.2%', 1, 3.2, 'percent', 'organic sales growth', 'increase', None, None, None, None),
        ('$611 million', 1, 611e6, 'USD', 'net income', 'decrease', None, None, FQ, CAL),
        ('74 cents', 1, 0.74, 'USD', 'earnings per share', 'decrease', None, None, FQ, CAL),
        ('$648 million', 1, 648e6, 'USD', 'net income', None, None, None, Q('a year earlier', 2024, 4), CAL),
        ('79 cents', 1, 0.79, 'USD', 'earnings per share', None, None, None, Q('a year earlier', 2024, 4), CAL),
        ('2.6%', 1, 2.6, 'percent', 'net sales', 'increase', 'year_on_year', None, FQ, CAL),
        ('4.1%', 3, 4.1, 'percent', 'organic sales', 'increase', None, None, INQ, CAL),
        ('6.3%', 1, 6.3, 'percent', 'price/mix', 'increase', None, None, INQ, CAL),
        ('2.2%', 1, 2.2, 'percent', 'total volumes', 'decrease', None, None, INQ, CAL),
        ('3.4%', 1, 3.4, 'percent', 'beer volumes', 'decrease', None, None, INQ, CAL),
        ('1.8%', 1, 1.8, 'percent', 'beyond-beer volumes', 'increase', None, None, INQ, CAL),
        ('0.9%', 1, 0.9, 'percent', 'soft drinks volumes', 'increase', None, None, INQ, CAL),
        ('2.9%', 1, 2.9, 'percent', 'organic revenue in North America', 'increase', None, None, None, CAL),
        ('8.7%', 1, 8.7, 'percent', 'organic revenue in Latin America', 'increase', None, None, None, CAL),
        ('5.0%', 1, 5.0, 'percent', 'organic revenue in Asia Pacific', 'increase', None, None, None, CAL),
        ('0.4%', 1, 0.4, 'percent', 'organic revenue in Europe', 'decrease', None, None, None, CAL),
        ('$3.12', 1, 3.12, 'USD', 'adjusted earnings per share', None, None, None, FY, CAL),
        ('$19.7 billion', 1, 19.7e9, 'USD', 'revenue', None, None, None, FY, CAL),
        ('1.9%', 1, 1.9, 'percent', 'revenue', 'increase', None, None, FY, CAL),
        ('3%', 1, 3, 'percent', 'organic sales growth', 'increase', None, None, F26, CAL),
        ('5%', 1, 5, 'percent', 'organic sales growth', 'increase', None, None, F26, CAL),
        ('$3.25', 1, 3.25, 'USD', 'adjusted EPS', None, None, None, F26, CAL),
        ('$3.40', 1, 3.40, 'USD', 'adjusted EPS', None, None, None, F26, CAL),
        ('$3.31', 1, 3.31, 'USD', 'adjusted EPS', None, None, None, F26, SA),
        ('5%', 2, 5, 'percent', 'Calder Beverage shares', 'increase', None, 'approximately', P('on Thursday', '2026-02-12', '2026-02-12'), CAL),
    ],
    'mt_newswires_japan_household_spending.txt': [
        ('0.8%', 1, 0.8, 'percent', 'Japan household spending', 'increase', 'year_on_year', None, per('December', 2025, 12), None),
        ('0.8%', 2, 0.8, 'percent', 'real spending by Japanese households of two or more people', 'increase', 'year_on_year', None, DEC, MIC),
        ('1.6%', 1, 1.6, 'percent', 'real spending by Japanese households of two or more people', 'decrease', 'year_on_year', None, NOV, MIC),
        ('0.5%', 1, 0.5, 'percent', 'real spending by Japanese households', 'decrease', 'year_on_year', None, DEC, BBG),
        ('2.4%', 1, 2.4, 'percent', 'seasonally adjusted spending', 'increase', 'month_on_month', None, DEC, MIC),
        ('1.9%', 1, 1.9, 'percent', 'seasonally adjusted spending', 'increase', 'month_on_month', None, DEC, None),
        ('2.3%', 1, 2.3, 'percent', 'seasonally adjusted spending', 'increase', 'month_on_month', None, NOV, MIC),
        ('2.1%', 1, 2.1, 'percent', 'seasonally adjusted spending', 'increase', 'month_on_month', None, NOV, MIC),
        ('349,810 yen', 1, 349810, 'JPY', 'average monthly outlays per household', None, None, None, DEC, MIC),
        ('3.9%', 1, 3.9, 'percent', 'average monthly outlays per household', 'increase', 'year_on_year', None, DEC, MIC),
        ('1.2%', 1, 1.2, 'percent', 'spending on food', 'decrease', 'year_on_year', None, DEC, MIC),
        ('6.5%', 1, 6.5, 'percent', 'outlays on transportation and communication', 'increase', 'year_on_year', None, DEC, MIC),
        ('4.4%', 1, 4.4, 'percent', 'outlays on education', 'increase', 'year_on_year', None, DEC, MIC),
        ('0.3%', 1, 0.3, 'percent', 'real household spending', 'decrease', 'year_on_year', None, Y('For calendar 2025 as a whole', 2025), MIC),
        ('1.1%', 1, 1.1, 'percent', 'real wages', 'decrease', 'year_on_year', None, DEC, MHLW),
        ('2.8%', 1, 2.8, 'percent', 'real wages', 'decrease', 'year_on_year', None, per('the previous month', 2025, 11), MHLW),
        ('2.2%', 1, 2.2, 'percent', 'nominal cash earnings', 'increase', 'year_on_year', None, DEC, MHLW),
        ('651,200 yen', 1, 651200, 'JPY', 'nominal cash earnings', 'increase', None, 'approximately', DEC, MHLW),
        ('3.3%', 1, 3.3, 'percent', 'consumer prices used to calculate real wages', 'increase', 'year_on_year', None, DEC, MHLW),
        ('2.6%', 1, 2.6, 'percent', 'scheduled pay for full-time workers', 'increase', None, None, None, MHLW),
    ],
    'trading_economics_style_kenya_inflation.txt': [
        ('4.9%', 1, 4.9, 'percent', 'Kenya Inflation Rate', 'increase', None, None, None, None),
        ('4.9%', 2, 4.9, 'percent', 'annual inflation rate in Kenya', 'increase', 'year_on_year', None, KF26, KNBS),
        ('4.4%', 1, 4.4, 'percent', 'annual inflation rate in Kenya', None, 'year_on_year', None, KJAN, KNBS),
        ('4.6%', 1, 4.6, 'percent', 'annual inflation rate in Kenya', None, 'year_on_year', None, KF26, None),
        ('2.5%', 1, 2.5, 'percent', 'inflation target range', None, None, None, None, CBK),
        ('7.5%', 1, 7.5, 'percent', 'inflation target range', None, None, None, None, CBK),
        ('7.8%', 1, 7.8, 'percent', 'prices of food & non-alcoholic beverages', 'increase', 'year_on_year', None, KF26, KNBS),
        ('6.9%', 1, 6.9, 'percent', 'prices of food & non-alcoholic beverages', None, 'year_on_year', None, KJAN, KNBS),
        ('3.1%', 1, 3.1, 'percent', 'prices of transport', 'increase', 'year_on_year', None, KF26, KNBS),
        ('2.2%', 1, 2.2, 'percent', 'prices of transport', None, 'year_on_year', None, KJAN, KNBS),
        ('1.6%', 1, 1.6, 'percent', 'prices of housing, water, electricity, gas & other fuels', 'increase', 'year_on_year', None, KF26, KNBS),
        ('1.2%', 1, 1.2, 'percent', 'prices of housing, water, electricity, gas & other fuels', None, 'year_on_year', None, KJAN, KNBS),
        ('2.8%', 1, 2.8, 'percent', 'core inflation', None, 'year_on_year', None, KF26, KNBS),
        ('9.7%', 1, 9.7, 'percent', 'non-core inflation', 'increase', 'year_on_year', None, KF26, KNBS),
        ('8.5%', 1, 8.5, 'percent', 'non-core inflation', None, 'year_on_year', None, KJAN, KNBS),
        ('0.6%', 1, 0.6, 'percent', 'CPI', 'increase', 'month_on_month', None, per('in February', 2026, 2), KNBS),
        ('0.3%', 1, 0.3, 'percent', 'CPI', 'increase', 'month_on_month', None, KJAN, KNBS),
        ('KSh 4.10', 1, 4.10, 'KES', 'pump price of diesel', 'increase', None, None, KJ14, EPRA),
        ('KSh 3.50', 1, 3.50, 'KES', 'pump price of kerosene', 'increase', None, None, KJ14, EPRA),
        ('8.03 percent', 1, 8.03, 'percent', 'Inflation Rate in Kenya average', None, None, None, P('from 2005 until 2026', '2005-01-01', '2026-12-31'), KNBS),
        ('19.72 percent', 1, 19.72, 'percent', 'Inflation Rate in Kenya all time high', None, None, None, per('in May of 2008', 2008, 5), KNBS),
        ('1.85 percent', 1, 1.85, 'percent', 'Inflation Rate in Kenya record low', None, None, None, per('in October of 2010', 2010, 10), KNBS),
        ('5.00 percent', 1, 5.00, 'percent', 'Inflation Rate in Kenya', None, None, None, P('by the end of this quarter', '2026-03-31', '2026-03-31'), TE),
        ('5.20 percent', 1, 5.20, 'percent', 'Kenya Inflation Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_lithium_carbonate_prices.txt': [
        ('6%', 1, 6, 'percent', 'lithium carbonate futures', 'decrease', 'period_on_period', None, None, None),
        ('2.7%', 1, 2.7, 'percent', 'most-active July contract', 'decrease', None, None, ET, None),
        ('81,240 yuan', 1, 81240, 'CNY', 'most-active July contract', 'decrease', None, None, ET, None),
        ('$11,210', 1, 11210, 'USD', 'most-active July contract', 'decrease', None, None, ET, None),
        ('6%', 2, 6, 'percent', 'most-active July contract', 'decrease', 'period_on_period', 'approximately', ET, None),
        ('94,600 yuan', 1, 94600, 'CNY', 'most-active July contract peak', None, None, None, P('on Feb. 24', '2026-02-24', '2026-02-24'), None),
        ('3.8%', 1, 3.8, 'percent', 'Ganfeng Lithium', 'decrease', None, None, None, None),
        ('4.1%', 1, 4.1, 'percent', 'Tianqi Lithium', 'decrease', None, None, None, None),
        ('1.6%', 1, 1.6, 'percent', 'Albemarle', 'decrease', None, None, None, None),
        ('1,500 yuan', 1, 1500, 'CNY', 'spot battery-grade lithium carbonate', 'decrease', None, None, None, SMM),
        ('80,900 yuan', 1, 80900, 'CNY', 'spot battery-grade lithium carbonate', 'decrease', None, None, None, SMM),
        ('78,300 yuan', 1, 78300, 'CNY', 'technical-grade lithium carbonate', 'decrease', None, None, None, SMM),
        ('$1,020', 1, 1020, 'USD', 'Australian spodumene concentrate (SC6)', 'decrease', None, None, None, FM),
        ('$1,095', 1, 1095, 'USD', 'Australian spodumene concentrate (SC6)', None, None, None, P('a week earlier', '2026-03-06', '2026-03-06'), FM),
        ('221,400 dry metric tonnes', 1, 221400, 'tonne', 'spodumene production', None, None, None, DQ, PLS),
        ('8%', 1, 8, 'percent', 'spodumene production', 'increase', 'quarter_on_quarter', None, DQ, PLS),
        ('820,000', 1, 820000, 'tonne', 'spodumene production guidance', 'increase', None, None, P('fiscal 2026', '2025-07-01', '2026-06-30'), PLS),
        ('870,000 tonnes', 1, 870000, 'tonne', 'spodumene production guidance', 'increase', None, None, P('fiscal 2026', '2025-07-01', '2026-06-30'), PLS),
        ('62,000 tonnes', 1, 62000, 'tonne', 'sales volumes of lithium carbonate equivalent (LCE)', None, None, None, Q('in the fourth quarter', 2025, 4), SQM),
        ('14%', 1, 14, 'percent', 'sales volumes of lithium carbonate equivalent (LCE)', 'increase', 'year_on_year', None, Q('in the fourth quarter', 2025, 4), SQM),
        ('75,000 yuan', 1, 75000, 'CNY', 'three-month price target for lithium carbonate', 'decrease', None, None, None, CITI),
        ('85,000 yuan', 1, 85000, 'CNY', 'three-month price target for lithium carbonate', None, None, None, None, CITI),
    ],
    'business_standard_style_rubber_natural_production.txt': [
        ('4%', 1, 4, 'percent', 'natural rubber output', 'increase', None, None, FY25H, None),
        ('5.6 lakh tonnes', 1, 560000, 'tonne', 'imports', None, None, None, FY25H, None),
        ('4.1 per cent', 1, 4.1, 'percent', "India's natural rubber (NR) production", 'increase', None, None, Y2425, RB),
        ('8,75,000 tonnes', 1, 875000, 'tonne', "India's natural rubber (NR) production", 'increase', None, None, Y2425, RB),
        ('5.3 per cent', 1, 5.3, 'percent', 'natural rubber consumption', 'increase', None, None, Y2425, RB),
        ('14,52,000 tonnes', 1, 1452000, 'tonne', 'natural rubber consumption', 'increase', None, None, Y2425, RB),
        ('5,62,000 tonnes', 1, 562000, 'tonne', 'imports', None, None, None, FY25H, RB),
        ('13.2 per cent', 1, 13.2, 'percent', 'imports', 'increase', 'year_on_year', None, FY25H, RB),
        ('4,96,500 tonnes', 1, 496500, 'tonne', 'imports', None, None, None, P('in 2023-24', '2023-04-01', '2024-03-31'), RB),
        ('68 per cent', 1, 68, 'percent', "Indonesia, Vietnam and Côte d'Ivoire share of imports", None, None, 'approximately', FY25H, RB),
        ('two-thirds', 1, 2 / 3, 'fraction', 'tyre sector share of consumption', None, None, 'approximately', None, RB),
        ('12 per cent', 1, 12, 'percent', 'automotive components segment share of consumption', None, None, None, None, RB),
        ('6 per cent', 1, 6, 'percent', 'footwear segment share of consumption', None, None, None, None, RB),
        ('7.4 lakh hectares', 1, 740000, 'hectare', 'area under tapping', 'increase', None, None, AM, RB),
        ('7.1 lakh ha', 1, 710000, 'hectare', 'area under tapping', None, None, None, P('a year earlier', '2023-04-01', '2024-03-31'), RB),
        ('1,470 kg per ha', 1, 1470, 'kilogram per hectare', 'productivity', 'increase', None, None, AM, RB),
        ('6.3 lakh tonnes', 1, 630000, 'tonne', 'natural rubber production in Kerala', None, None, None, AM, RB),
        ('72 per cent', 1, 72, 'percent', 'Kerala share of total production', None, None, 'approximately', AM, RB),
        ('₹193', 1, 193, 'INR', 'benchmark RSS-4 grade price at Kottayam', None, None, None, per('in March', 2025, 3), RB),
        ('₹176', 1, 176, 'INR', 'benchmark RSS-4 grade price at Kottayam', None, None, None, per('a year ago', 2024, 3), RB),
        ('₹212', 1, 212, 'INR', 'benchmark RSS-4 grade price at Kottayam', None, None, None, per('in August 2024', 2024, 8), RB),
        ('₹205', 1, 205, 'INR', 'international price of RSS-3 at Bangkok', None, None, None, P('on March 28', '2025-03-28', '2025-03-28'), RB),
        ('210', 1, 210, 'INR', 'international price of RSS-3 at Bangkok', None, None, None, P('on March 28', '2025-03-28', '2025-03-28'), RB),
        ('9,10,000 tonnes', 1, 910000, 'tonne', 'natural rubber production', None, None, None, FY26, RB),
        ('15,10,000 tonnes', 1, 1510000, 'tonne', 'natural rubber consumption', None, None, None, FY26, RB),
        ('6 lakh tonnes', 1, 600000, 'tonne', 'deficit', None, None, 'approximately', FY26, RB),
        ('3,28,000 tonnes', 1, 328000, 'tonne', 'closing stock', None, None, None, EM25, RB),
        ('4.6 per cent', 1, 4.6, 'percent', 'closing stock', 'decrease', 'year_on_year', None, EM25, RB),
    ],
    'eu_energy_style_hydrogen_electrolyser_capacity.txt': [
        ('368 MW', 1, 368, 'megawatt', 'water electrolysis capacity installed in the EU', None, None, None, E24, EHO),
        ('228 MW', 1, 228, 'megawatt', 'water electrolysis capacity installed in the EU', None, None, None, P('at the end of 2023', '2023-12-31', '2023-12-31'), EHO),
        ('61%', 1, 61, 'percent', 'water electrolysis capacity installed in the EU', 'increase', 'year_on_year', None, E24, EHO),
        ('140 MW', 1, 140, 'megawatt', 'capacity additions', None, None, None, IN24, EHO),
        ('37', 1, 37, 'count', 'projects with capacity additions', None, None, None, IN24, EHO),
        ('152 MW', 1, 152, 'megawatt', 'installed electrolyser capacity in Germany', None, None, None, None, EHO),
        ('41%', 1, 41, 'percent', 'Germany share of the EU total', None, None, None, None, EHO),
        ('54 MW', 1, 54, 'megawatt', 'installed electrolyser capacity in Spain', None, None, None, None, EHO),
        ('31 MW', 1, 31, 'megawatt', 'installed electrolyser capacity in Denmark', None, None, None, None, EHO),
        ('27 MW', 1, 27, 'megawatt', 'installed electrolyser capacity in the Netherlands', None, None, None, None, EHO),
        ('three quarters', 1, 0.75, 'fraction', 'Germany, Spain, Denmark and the Netherlands share of installed capacity', None, None, 'approximately', None, EHO),
        ('21 kt', 1, 21000, 'tonne', 'electrolytic hydrogen output', 'increase', None, None, IN24, EHO),
        ('13 kt', 1, 13000, 'tonne', 'electrolytic hydrogen output', None, None, None, Y('in 2023', 2023), EHO),
        ('0.3%', 1, 0.3, 'percent', 'electrolytic hydrogen share of total EU hydrogen consumption', None, None, 'less_than', IN24, EHO),
        ('7.9 Mt', 1, 7.9e6, 'tonne', 'total EU hydrogen consumption', None, None, 'approximately', IN24, EHO),
        ('25%', 1, 25, 'percent', 'average utilisation of installed electrolysers', None, None, None, IN24, EHO),
        ('35%', 1, 35, 'percent', 'average utilisation of installed electrolysers', None, None, None, IN24, EHO),
        ('43 GW', 1, 43, 'gigawatt', 'electrolyser capacity in the updated National Energy and Climate Plans', None, None, 'approximately', BY30, None),
        ('10 GW', 1, 10, 'gigawatt', "Germany's electrolyser target", None, None, None, BY30, None),
        ('12 GW', 1, 12, 'gigawatt', "Spain's electrolyser target", None, None, None, BY30, None),
        ('6.5 GW', 1, 6.5, 'gigawatt', "France's electrolyser target", None, None, None, BY30, None),
        ('42%', 1, 42, 'percent', 'share of renewable fuels of non-biological origin in industrial hydrogen use', None, None, None, BY30, None),
        ('3.4 GW', 1, 3.4, 'gigawatt', 'electrolyser projects that had reached a final investment decision', None, None, None, EMAR, EHO),
        ('0.9 GW', 1, 0.9, 'gigawatt', 'electrolyser projects that had reached a final investment decision', 'increase', 'quarter_on_quarter', None, EMAR, EHO),
        ('1.6 GW', 1, 1.6, 'gigawatt', 'electrolyser projects at final investment decision in Germany', None, None, None, EMAR, EHO),
        ('0.6 GW', 1, 0.6, 'gigawatt', 'electrolyser projects at final investment decision in Sweden', None, None, None, EMAR, EHO),
    ],
    'nbs_style_pork_output_livestock.txt': [
        ('71.18 million tons', 1, 71.18e6, 'tonne', 'output of pork, beef, mutton and poultry', None, None, None, F3Q, NBS),
        ('0.3 percent', 1, 0.3, 'percent', 'output of pork, beef, mutton and poultry', 'decrease', 'year_on_year', None, F3Q, NBS),
        ('43.75 million tons', 1, 43.75e6, 'tonne', 'pork output', None, None, None, F3Q, NBS),
        ('1.4 percent', 1, 1.4, 'percent', 'pork output', 'decrease', 'year_on_year', None, F3Q, NBS),
        ('5.31 million tons', 1, 5.31e6, 'tonne', 'output of beef', None, None, None, F3Q, NBS),
        ('3.62 million tons', 1, 3.62e6, 'tonne', 'output of mutton', None, None, None, F3Q, NBS),
        ('3.5 percent', 1, 3.5, 'percent', 'output of beef', 'increase', 'year_on_year', None, F3Q, NBS),
        ('0.6 percent', 1, 0.6, 'percent', 'output of mutton', 'increase', 'year_on_year', None, F3Q, NBS),
        ('2.6 percent', 1, 2.6, 'percent', 'poultry output', 'increase', 'year_on_year', None, F3Q, NBS),
        ('18.50 million tons', 1, 18.50e6, 'tonne', 'poultry output', 'increase', None, None, F3Q, NBS),
        ('429.39 million head', 1, 429.39e6, 'count', 'number of live hogs in stock', None, None, None, EQ3, NBS),
        ('2.3 percent', 1, 2.3, 'percent', 'number of live hogs in stock', 'decrease', 'year_on_year', None, EQ3, NBS),
        ('2.0 percent', 1, 2.0, 'percent', 'number of live hogs in stock', 'increase', 'quarter_on_quarter', None, EQ3, NBS),
        ('40.62 million head', 1, 40.62e6, 'count', 'number of breeding sows', None, None, None, EQ3, NBS),
        ('4.0 percent', 1, 4.0, 'percent', 'number of breeding sows', 'decrease', 'year_on_year', None, EQ3, NBS),
        ('104.1 percent', 1, 104.1, 'percent', 'breeding sows as a share of the normal holding', None, None, None, EQ3, NBS),
        ('39 million head', 1, 39e6, 'count', 'normal holding of breeding sows', None, None, None, None, None),
        ('536.71 million hogs', 1, 536.71e6, 'count', 'hogs slaughtered', None, None, None, JS, NBS),
        ('3.4 percent', 1, 3.4, 'percent', 'hogs slaughtered', 'decrease', 'year_on_year', None, JS, NBS),
        ('30.49 million tons', 1, 30.49e6, 'tonne', 'output of cow milk', None, None, None, JS, NBS),
        ('0.5 percent', 1, 0.5, 'percent', 'output of cow milk', 'decrease', 'year_on_year', None, JS, NBS),
        ('25.93 million tons', 1, 25.93e6, 'tonne', 'output of poultry eggs', None, None, None, JS, NBS),
        ('1.1 percent', 1, 1.1, 'percent', 'output of poultry eggs', 'increase', 'year_on_year', None, JS, NBS),
        ('19.8 yuan', 1, 19.8, 'CNY', 'average ex-factory price of live hogs', None, None, None, SEP, NBS),
        ('20.4 percent', 1, 20.4, 'percent', 'average ex-factory price of live hogs', 'increase', 'year_on_year', None, SEP, NBS),
        ('13.8 percent', 1, 13.8, 'percent', 'price of pork in urban and rural markets', 'increase', 'year_on_year', None, SEP, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
