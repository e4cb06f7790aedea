# ruff: noqa: E501, RUF001
"""Write corpus/annotated_51/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_51.py corpus/annotated_51
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
DOC = "U.S. Department of Commerce"
SSA = "Statistics South Africa"
SARB = "South African Reserve Bank"
COSTAR = "CoStar Group"
MIC = "Ministry of Internal Affairs and Communications"
BOJ = "Bank of Japan"
SSB = "Statistics Norway"
NB = "Norges Bank"
TE = "Trading Economics"
ANRPC = "Association of Natural Rubber Producing Countries"
NBS = "National Bureau of Statistics"
RBI = "Reserve Bank of India"
EUROSTAT = "Eurostat"
ICE = "ICE Endex"
NIA = "National Immigration Administration"
MCT = "Ministry of Culture and Tourism"

# 5101 ONS energy efficiency of housing (ref Wednesday 2025-10-29)
YEM25 = P("in the year ending March 2025", "2024-04-01", "2025-03-31")
# 5102 Reuters 1987 (ref Thursday 1987-05-14)
MAR = per("in March", 1987, 3)
FEB = per("in February", 1987, 2)
# 5103 Reuters 2025 (ref Tuesday 2025-12-09)
TMS = P("in the three months to September", "2025-07-01", "2025-09-30")
JSP = Q("in the July-September period", 2025, 3)
# 5104 CNBC (ref Thursday 2025-11-20)
WK = P("in the week ended Nov. 15", "2025-11-09", "2025-11-15")
OCTW = per("For October as a whole", 2025, 10)
# 5105 MT Newswires (ref Thursday 2025-11-27)
NOV = per("in November", 2025, 11)
OCT = per("in October", 2025, 10)
DEC = P("on Dec. 18-19", "2025-12-18", "2025-12-19")
# 5106 Trading Economics (ref Wednesday 2025-12-10)
NOV25 = per("in November 2025", 2025, 11)
TOCT = per("in October", 2025, 10)
TNOV = per("in November", 2025, 11)
# 5107 Investing.com (ref Wednesday 2025-12-03)
ET = P("By 01:30 ET", None, None)
# 5108 Business Standard (ref Wednesday 2025-12-31)
ES25 = P("at end-September 2025", "2025-09-30", "2025-09-30")
AES = P("At end-September", "2025-09-30", "2025-09-30")
H1 = P("in H1 2025-26", "2025-04-01", "2025-09-30")
BS26 = P("by September 2026", "2026-09-30", "2026-09-30")
# 5109 DG ENER (ref Wednesday 2025-11-05)
H125 = P("in the first half of 2025", "2025-01-01", "2025-06-30")
IH1 = P("In H1 2025", "2025-01-01", "2025-06-30")
FHY = P("in the first half of the year", "2025-01-01", "2025-06-30")
LH1 = P("in H1 2025", "2025-01-01", "2025-06-30")
# 5110 NBS / NIA (ref Friday 2025-10-17)
F3Q = P("in the first three quarters of 2025", "2025-01-01", "2025-09-30")
TQA = Q("In the third quarter", 2025, 3)
INQ = Q("in the quarter", 2025, 3)
F3QB = P("In the first three quarters", "2025-01-01", "2025-09-30")
JS = P("from January to September", "2025-01-01", "2025-09-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_energy_efficiency_of_housing.txt': [
        ('68', 1, 68, 'index_point', 'median energy efficiency score of homes in England and Wales', 'increase', None, None, YEM25, None),
        ('67', 1, 67, 'index_point', 'median energy efficiency score of homes in England and Wales', None, None, None, P('a year earlier', '2023-04-01', '2024-03-31'), None),
        ('half', 1, 0.5, 'fraction', 'share of dwellings in England rated EPC band C or above', None, None, 'approximately', None, None),
        ('51%', 1, 51, 'percent', 'share of dwellings in England rated EPC band C or above', None, None, None, None, None),
        ('43%', 1, 43, 'percent', 'share of dwellings in Wales rated EPC band C or above', None, None, None, None, None),
        ('84', 1, 84, 'index_point', 'median score of homes built in 2012 or later', None, None, None, None, None),
        ('28 points', 1, 28, 'index_point', 'median score of homes built in 2012 or later', 'increase', None, None, None, None),
        ('56', 1, 56, 'index_point', 'median score of homes built before 1900', None, None, None, None, None),
        ('71', 1, 71, 'index_point', 'median score of social housing', None, None, None, YEM25, ONS),
        ('68.5%', 1, 68.5, 'percent', 'share of social housing rated A to C', None, None, None, YEM25, ONS),
        ('67', 2, 67, 'index_point', 'median score of owner-occupied dwellings', None, None, None, YEM25, ONS),
        ('66', 1, 66, 'index_point', 'median score of privately rented dwellings', None, None, None, YEM25, ONS),
        ('3.2 percentage points', 1, 3.2, 'percentage_point', 'share of privately rented homes in England rated A to C', 'increase', 'year_on_year', None, None, ONS),
        ('47.9%', 1, 47.9, 'percent', 'share of privately rented homes in England rated A to C', 'increase', None, None, None, ONS),
        ('44.1%', 1, 44.1, 'percent', 'share of owner-occupied homes in England rated A to C', None, None, None, None, ONS),
        ('65', 1, 65, 'index_point', 'median score in Wales', None, None, None, None, ONS),
        ('72', 1, 72, 'index_point', 'median score of flats in Wales', None, None, None, None, ONS),
        ('62', 1, 62, 'index_point', 'median score of detached houses in Wales', None, None, None, None, ONS),
        ('58%', 1, 58, 'percent', 'share of homes rated A to C in London', None, None, None, None, ONS),
        ('39%', 1, 39, 'percent', 'share of homes rated A to C in the South West', None, None, None, None, ONS),
        ('69', 1, 69, 'index_point', 'median score in the East of England', None, None, None, None, ONS),
        ('1.2 million', 1, 1.2e6, 'count', 'certificates lodged', None, None, None, P('between April 2024 and March 2025', '2024-04-01', '2025-03-31'), ONS),
        ('14%', 1, 14, 'percent', 'share of certificates for new dwellings', None, None, 'approximately', P('between April 2024 and March 2025', '2024-04-01', '2025-03-31'), ONS),
        ('67', 3, 67, 'index_point', 'England and Wales median', 'increase', None, None, P('for the year ending March 2024', '2023-04-01', '2024-03-31'), ONS),
        ('66', 2, 66, 'index_point', 'England and Wales median', None, None, None, P('for the year ending March 2024', '2023-04-01', '2024-03-31'), ONS),
    ],
    'wire_1987_us_merchandise_trade_deficit.txt': [
        ('13.63 BILLION DLRS', 1, 13.63e9, 'USD', 'U.S. trade deficit', 'decrease', None, None, per('IN MARCH', 1987, 3), None),
        ('13.63 billion dlrs', 1, 13.63e9, 'USD', 'U.S. merchandise trade deficit', 'decrease', None, None, MAR, DOC),
        ('15.06 billion dlrs', 1, 15.06e9, 'USD', 'U.S. merchandise trade deficit', None, None, None, FEB, DOC),
        ('15.10 billion dlrs', 1, 15.10e9, 'USD', 'trade shortfall', None, None, None, per('February', 1987, 2), DOC),
        ('14.5 billion dlrs', 1, 14.5e9, 'USD', 'deficit', None, None, 'approximately', per('March', 1987, 3), None),
        ('6.3 pct', 1, 6.3, 'percent', 'exports', 'increase', 'month_on_month', None, MAR, DOC),
        ('20.52 billion dlrs', 1, 20.52e9, 'USD', 'exports', 'increase', None, None, MAR, DOC),
        ('0.6 pct', 1, 0.6, 'percent', 'imports', 'decrease', 'month_on_month', None, MAR, DOC),
        ('34.15 billion', 1, 34.15e9, 'USD', 'imports', 'decrease', None, None, MAR, DOC),
        ('4.89 billion dlrs', 1, 4.89e9, 'USD', 'deficit with Japan', 'decrease', None, None, MAR, DOC),
        ('5.34 billion', 1, 5.34e9, 'USD', 'deficit with Japan', None, None, None, FEB, DOC),
        ('1.02 billion', 1, 1.02e9, 'USD', 'shortfall with Canada', None, None, None, MAR, DOC),
        ('2.61 billion dlrs', 1, 2.61e9, 'USD', 'shortfall with Western Europe', None, None, None, MAR, DOC),
        ('3.58 billion dlrs', 1, 3.58e9, 'USD', 'oil imports', 'increase', None, None, MAR, DOC),
        ('2.97 billion', 1, 2.97e9, 'USD', 'oil imports', None, None, None, FEB, DOC),
        ('6.89 mln barrels a day', 1, 6.89e6, 'barrel per day', 'oil import volume', 'increase', None, None, MAR, DOC),
        ('6.12 mln', 1, 6.12e6, 'barrel per day', 'oil import volume', None, None, None, FEB, DOC),
        ('16.87 dlrs', 1, 16.87, 'USD', 'average oil import price', 'decrease', None, None, MAR, DOC),
        ('17.21 dlrs', 1, 17.21, 'USD', 'average oil import price', None, None, None, FEB, DOC),
        ('42.11 billion dlrs', 1, 42.11e9, 'USD', 'deficit', None, None, None, Q('For the January-March quarter', 1987, 1), DOC),
        ('7.4 pct', 1, 7.4, 'percent', 'deficit', 'decrease', 'quarter_on_quarter', None, Q('For the January-March quarter', 1987, 1), DOC),
        ('45.47 billion', 1, 45.47e9, 'USD', 'deficit', None, None, None, Q('in the final three months of 1986', 1986, 4), DOC),
        ('20', 1, 20e9, 'USD', 'deficit', 'decrease', 'year_on_year', None, Y('this year', 1987), DOC),
        ('25 billion dlrs', 1, 25e9, 'USD', 'deficit', 'decrease', 'year_on_year', None, Y('this year', 1987), DOC),
        ('156.2 billion dlrs', 1, 156.2e9, 'USD', 'deficit', None, None, None, Y("last year's", 1986), DOC),
    ],
    'wire_2025_south_africa_gdp.txt': [
        ('0.5%', 1, 0.5, 'percent', "South Africa's economy", 'increase', None, None, Q('in third quarter', 2025, 3), None),
        ('0.5%', 2, 0.5, 'percent', "South Africa's economy", 'increase', 'quarter_on_quarter', None, TMS, SSA),
        ('0.9%', 1, 0.9, 'percent', "South Africa's economy", 'increase', 'quarter_on_quarter', None, Q('in the second quarter', 2025, 2), SSA),
        ('0.3%', 1, 0.3, 'percent', "South Africa's economy", 'increase', 'quarter_on_quarter', None, TMS, 'Reuters'),
        ('0.1%', 1, 0.1, 'percent', "South Africa's economy", 'increase', 'quarter_on_quarter', None, TMS, 'Reuters'),
        ('0.6%', 1, 0.6, 'percent', "South Africa's economy", 'increase', 'quarter_on_quarter', None, TMS, 'Reuters'),
        ('2.1%', 1, 2.1, 'percent', 'gross domestic product', 'increase', 'year_on_year', None, Q('in the third quarter', 2025, 3), SSA),
        ('1.3%', 1, 1.3, 'percent', 'gross domestic product', None, 'year_on_year', None, Q('in April-June', 2025, 2), SSA),
        ('2.0%', 1, 2.0, 'percent', 'annualised growth', 'increase', 'quarter_on_quarter', None, Q('in the third quarter', 2025, 3), SSA),
        ('Seven', 1, 7, 'count', 'industries that expanded', None, None, None, JSP, SSA),
        ('2.8%', 1, 2.8, 'percent', 'mining output', 'increase', 'quarter_on_quarter', None, JSP, SSA),
        ('4.6%', 1, 4.6, 'percent', 'agriculture, forestry and fishing output', 'increase', 'quarter_on_quarter', None, JSP, SSA),
        ('0.7%', 1, 0.7, 'percent', 'finance, real estate and business services', 'increase', 'quarter_on_quarter', None, JSP, SSA),
        ('0.4%', 1, 0.4, 'percent', 'manufacturing', 'decrease', 'quarter_on_quarter', None, JSP, SSA),
        ('1.5%', 1, 1.5, 'percent', 'construction', 'decrease', 'quarter_on_quarter', None, JSP, SSA),
        ('60%', 1, 60, 'percent', 'household consumption spending share of GDP', None, None, 'approximately', None, SSA),
        ('0.8%', 1, 0.8, 'percent', 'household consumption spending', 'increase', 'quarter_on_quarter', None, None, SSA),
        ('1.2%', 1, 1.2, 'percent', 'gross fixed capital formation', 'decrease', 'quarter_on_quarter', None, None, SSA),
        ('0.3 percentage points', 1, 0.3, 'percentage_point', 'net exports contribution to growth', 'increase', 'quarter_on_quarter', None, None, SSA),
        ('25 basis points', 1, 25, 'basis_point', 'repo rate', 'decrease', None, None, per('in November', 2025, 11), SARB),
        ('6.75%', 1, 6.75, 'percent', 'repo rate', 'decrease', None, None, per('in November', 2025, 11), SARB),
        ('1.2%', 2, 1.2, 'percent', 'economy', 'increase', None, None, Y('in 2025', 2025), SARB),
        ('1.6%', 1, 1.6, 'percent', 'economy', 'increase', None, None, Y('next year', 2026), SARB),
        ('0.4%', 2, 0.4, 'percent', 'rand', 'increase', None, None, None, SSA),
        ('17.06', 1, 17.06, 'ZAR', 'rand', 'increase', None, None, None, SSA),
    ],
    'cnbc_style_hotel_revpar.txt': [
        ('3.4%', 1, 3.4, 'percent', 'U.S. hotel revenue per room', 'decrease', None, None, None, None),
        ('3.4%', 2, 3.4, 'percent', 'revenue per available room', 'decrease', 'year_on_year', None, WK, COSTAR),
        ('$101.87', 1, 101.87, 'USD', 'revenue per available room', 'decrease', None, None, WK, COSTAR),
        ('2.2 percentage points', 1, 2.2, 'percentage_point', 'occupancy', 'decrease', 'year_on_year', None, WK, COSTAR),
        ('60.8%', 1, 60.8, 'percent', 'occupancy', 'decrease', None, None, WK, COSTAR),
        ('0.6%', 1, 0.6, 'percent', 'average daily rate', 'decrease', 'year_on_year', None, WK, COSTAR),
        ('$167.52', 1, 167.52, 'USD', 'average daily rate', 'decrease', None, None, WK, COSTAR),
        ('21.7%', 1, 21.7, 'percent', 'RevPAR in Washington, D.C.', 'decrease', 'year_on_year', None, None, COSTAR),
        ('-12.4%', 1, -12.4, 'percent', 'RevPAR in Norfolk/Virginia Beach, Virginia', 'decrease', 'year_on_year', None, None, COSTAR),
        ('17', 1, 17, 'count', 'markets reporting RevPAR declines', None, None, None, None, COSTAR),
        ('9.1%', 1, 9.1, 'percent', 'Las Vegas RevPAR', 'decrease', 'year_on_year', None, None, COSTAR),
        ('4.8%', 1, 4.8, 'percent', 'New York RevPAR', 'increase', 'year_on_year', None, None, COSTAR),
        ('18.3%', 1, 18.3, 'percent', 'San Francisco RevPAR', 'increase', 'year_on_year', None, None, COSTAR),
        ('1.9%', 1, 1.9, 'percent', 'RevPAR', 'decrease', 'year_on_year', None, OCTW, COSTAR),
        ('$109.64', 1, 109.64, 'USD', 'RevPAR', 'decrease', None, None, OCTW, COSTAR),
        ('64.9%', 1, 64.9, 'percent', 'occupancy', None, None, None, OCTW, COSTAR),
        ('$168.94', 1, 168.94, 'USD', 'ADR', None, None, None, OCTW, COSTAR),
        ('0.3%', 1, 0.3, 'percent', 'ADR', 'decrease', 'year_on_year', None, OCTW, COSTAR),
        ('0.8%', 1, 0.8, 'percent', 'RevPAR', 'decrease', 'year_on_year', None, P('Year to date through October', '2025-01-01', '2025-10-31'), COSTAR),
        ('0.5%', 1, 0.5, 'percent', 'RevPAR', 'decrease', 'year_on_year', None, Y('in 2025', 2025), COSTAR),
        ('1.1%', 1, 1.1, 'percent', 'RevPAR', 'increase', 'year_on_year', None, Y('in 2026', 2026), COSTAR),
    ],
    'mt_newswires_tokyo_cpi.txt': [
        ('2.8%', 1, 2.8, 'percent', 'Tokyo core inflation', None, None, None, NOV, None),
        ('2.8%', 2, 2.8, 'percent', 'consumer prices in Tokyo excluding fresh food', 'increase', 'year_on_year', None, NOV, MIC),
        ('2.7%', 1, 2.7, 'percent', 'consumer prices in Tokyo excluding fresh food', None, 'year_on_year', None, NOV, 'Reuters'),
        ('2.9%', 1, 2.9, 'percent', 'core-core index', 'increase', 'year_on_year', None, NOV, MIC),
        ('2.8%', 3, 2.8, 'percent', 'core-core index', 'increase', 'year_on_year', None, OCT, MIC),
        ('2.7%', 2, 2.7, 'percent', 'headline Tokyo CPI', 'increase', 'year_on_year', None, NOV, MIC),
        ('2.8%', 4, 2.8, 'percent', 'headline Tokyo CPI', None, 'year_on_year', None, per('the previous month', 2025, 10), MIC),
        ('4.1%', 1, 4.1, 'percent', 'energy prices', 'decrease', 'year_on_year', None, NOV, MIC),
        ('6.3%', 1, 6.3, 'percent', 'electricity bills', 'decrease', 'year_on_year', None, NOV, MIC),
        ('2.9%', 2, 2.9, 'percent', 'city gas charges', 'decrease', 'year_on_year', None, NOV, MIC),
        ('0.7 percentage points', 1, 0.7, 'percentage_point', 'subsidy effect on core inflation', 'decrease', 'year_on_year', 'approximately', P('between February and April next year', '2026-02-01', '2026-04-30'), None),
        ('6.4%', 1, 6.4, 'percent', 'food excluding fresh food', 'increase', 'year_on_year', None, NOV, MIC),
        ('29.7%', 1, 29.7, 'percent', 'rice prices', 'increase', 'year_on_year', None, NOV, MIC),
        ('1.6%', 1, 1.6, 'percent', 'services prices', 'increase', 'year_on_year', None, NOV, MIC),
        ('3.8%', 1, 3.8, 'percent', 'goods prices', 'increase', 'year_on_year', None, NOV, MIC),
        ('0.5%', 1, 0.5, 'percent', 'short-term policy rate', None, None, None, OCT, BOJ),
        ('60%', 1, 60, 'percent', 'chance of a BOJ hike', None, None, 'approximately', DEC, None),
        ('0.75%', 1, 0.75, 'percent', 'short-term policy rate', 'increase', None, None, DEC, None),
    ],
    'trading_economics_style_norway_inflation.txt': [
        ('2.9%', 1, 2.9, 'percent', 'Norway Inflation Rate', 'decrease', None, None, None, None),
        ('2.9%', 2, 2.9, 'percent', 'annual inflation rate in Norway', 'decrease', 'year_on_year', None, NOV25, SSB),
        ('3.1%', 1, 3.1, 'percent', 'annual inflation rate in Norway', None, 'year_on_year', None, TOCT, SSB),
        ('3.0%', 1, 3.0, 'percent', 'annual inflation rate in Norway', None, 'year_on_year', None, NOV25, None),
        ('5.4%', 1, 5.4, 'percent', 'prices of food and non-alcoholic beverages', 'decrease', 'year_on_year', None, NOV25, SSB),
        ('5.9%', 1, 5.9, 'percent', 'prices of food and non-alcoholic beverages', None, 'year_on_year', None, TOCT, SSB),
        ('2.6%', 1, 2.6, 'percent', 'prices of housing, water and electricity', 'decrease', 'year_on_year', None, NOV25, SSB),
        ('3.5%', 1, 3.5, 'percent', 'prices of housing, water and electricity', None, 'year_on_year', None, TOCT, SSB),
        ('1.8%', 1, 1.8, 'percent', 'prices of transport', 'decrease', 'year_on_year', None, NOV25, SSB),
        ('2.2%', 1, 2.2, 'percent', 'prices of transport', None, 'year_on_year', None, TOCT, SSB),
        ('4.7%', 1, 4.7, 'percent', 'costs of restaurants and hotels', 'increase', 'year_on_year', None, NOV25, SSB),
        ('4.2%', 1, 4.2, 'percent', 'costs of restaurants and hotels', None, 'year_on_year', None, TOCT, SSB),
        ('9.3%', 1, 9.3, 'percent', 'electricity prices including grid rent', 'decrease', 'year_on_year', None, TNOV, SSB),
        ('0.2%', 1, 0.2, 'percent', 'CPI', 'increase', 'month_on_month', None, TNOV, SSB),
        ('0.4%', 1, 0.4, 'percent', 'CPI', 'increase', 'month_on_month', None, TOCT, SSB),
        ('3.0%', 2, 3.0, 'percent', 'CPI-ATE', 'decrease', 'year_on_year', None, TNOV, SSB),
        ('3.4%', 1, 3.4, 'percent', 'CPI-ATE', None, 'year_on_year', None, TOCT, SSB),
        ('3.2%', 1, 3.2, 'percent', 'CPI-ATE', None, 'year_on_year', None, TNOV, NB),
        ('4.0%', 1, 4.0, 'percent', 'policy rate', None, None, None, TNOV, NB),
        ('25 basis point', 1, 25, 'basis_point', 'policy rate', 'decrease', None, None, per('in September', 2025, 9), NB),
        ('3.75%', 1, 3.75, 'percent', 'policy rate', 'decrease', None, 'approximately', P('by the end of 2026', '2026-12-31', '2026-12-31'), NB),
        ('3.95 percent', 1, 3.95, 'percent', 'Inflation Rate in Norway average', None, None, None, P('since 1950', '1950-01-01', '2025-12-10'), SSB),
        ('15.20 percent', 1, 15.20, 'percent', 'Inflation Rate in Norway all-time high', None, None, None, per('in June 1981', 1981, 6), SSB),
        ('-0.60 percent', 1, -0.60, 'percent', 'Inflation Rate in Norway record low', 'decrease', None, None, per('in February 1953', 1953, 2), SSB),
        ('2.80 percent', 1, 2.80, 'percent', 'Inflation Rate in Norway', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('2.50 percent', 1, 2.50, 'percent', 'Norway Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('2.30 percent', 1, 2.30, 'percent', 'Norway Inflation Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_rubber_futures_osaka.txt': [
        ('4.2 yen', 1, 4.2, 'JPY', 'most-active rubber contract on the Osaka Exchange', 'increase', None, None, ET, None),
        ('1.3%', 1, 1.3, 'percent', 'most-active rubber contract on the Osaka Exchange', 'increase', None, None, ET, None),
        ('331.8 yen', 1, 331.8, 'JPY', 'most-active rubber contract on the Osaka Exchange', 'increase', None, None, ET, None),
        ('$2.13', 1, 2.13, 'USD', 'most-active rubber contract on the Osaka Exchange', 'increase', None, None, ET, None),
        ('8%', 1, 8, 'percent', 'most-active rubber contract on the Osaka Exchange', 'decrease', None, 'approximately', P('so far this year', '2025-01-01', '2025-12-03'), None),
        ('1.1%', 1, 1.1, 'percent', 'January rubber contract on the Shanghai Futures Exchange', 'increase', None, None, None, None),
        ('15,395 yuan', 1, 15395, 'CNY', 'January rubber contract on the Shanghai Futures Exchange', 'increase', None, None, None, None),
        ('$2,176', 1, 2176, 'USD', 'January rubber contract on the Shanghai Futures Exchange', 'increase', None, None, None, None),
        ('0.8%', 1, 0.8, 'percent', 'butadiene rubber contract', 'increase', None, None, None, None),
        ('0.5%', 1, 0.5, 'percent', 'SICOM TSR20 contract for January delivery on the Singapore Exchange', 'increase', None, None, None, None),
        ('175.2 U.S. cents', 1, 1.752, 'USD', 'SICOM TSR20 contract for January delivery on the Singapore Exchange', 'increase', None, None, None, None),
        ('0.2%', 1, 0.2, 'percent', 'dollar', 'increase', None, None, None, None),
        ('155.68 yen', 1, 155.68, 'JPY', 'dollar', 'increase', None, None, None, None),
        ('2', 1, 2, 'percent', 'Thai output', 'decrease', 'year_on_year', None, Y('in 2025', 2025), ANRPC),
        ('3%', 1, 3, 'percent', 'Thai output', 'decrease', 'year_on_year', None, Y('in 2025', 2025), ANRPC),
        ('4.7 million tons', 1, 4.7e6, 'tonne', 'Thai output', 'decrease', None, 'approximately', Y('in 2025', 2025), ANRPC),
        ('1.8%', 1, 1.8, 'percent', 'global natural rubber demand', 'increase', None, None, Y('this year', 2025), ANRPC),
        ('15.74 million tons', 1, 15.74e6, 'tonne', 'global natural rubber demand', 'increase', None, None, Y('this year', 2025), ANRPC),
        ('3.1%', 1, 3.1, 'percent', "China's tyre output", 'increase', 'year_on_year', None, P('in the January-October period', '2025-01-01', '2025-10-31'), NBS),
        ('917.6 million', 1, 917.6e6, 'count', "China's tyre output", 'increase', None, None, P('in the January-October period', '2025-01-01', '2025-10-31'), NBS),
    ],
    'business_standard_style_bank_gross_npa_fsr.txt': [
        ('2.1%', 1, 2.1, 'percent', "banks' gross NPA ratio", None, None, None, None, RBI),
        ('2.1 per cent', 1, 2.1, 'percent', 'GNPA ratio of scheduled commercial banks', 'decrease', None, None, ES25, RBI),
        ('2.3 per cent', 1, 2.3, 'percent', 'GNPA ratio of scheduled commercial banks', None, None, None, P('at end-March 2025', '2025-03-31', '2025-03-31'), RBI),
        ('0.5 per cent', 1, 0.5, 'percent', 'net NPA ratio', None, None, None, AES, RBI),
        ('17.2 per cent', 1, 17.2, 'percent', 'CRAR of banks', None, None, None, AES, RBI),
        ('14.6 per cent', 1, 14.6, 'percent', 'CET1 ratio', None, None, None, AES, RBI),
        ('2.5 per cent', 1, 2.5, 'percent', "public sector banks' GNPA ratio", None, None, None, None, RBI),
        ('1.8 per cent', 1, 1.8, 'percent', "private sector banks' GNPA ratio", None, None, None, None, RBI),
        ('0.9 per cent', 1, 0.9, 'percent', "foreign banks' GNPA ratio", None, None, None, None, RBI),
        ('1.4 per cent', 1, 1.4, 'percent', 'slippage ratio', 'increase', None, None, H1, RBI),
        ('1.3 per cent', 1, 1.3, 'percent', 'slippage ratio', None, None, None, P('in H2 2024-25', '2024-10-01', '2025-03-31'), RBI),
        ('46', 1, 46, 'count', 'major banks in the macro stress tests', None, None, None, BS26, RBI),
        ('2.6 per cent', 1, 2.6, 'percent', 'GNPA ratio under the baseline scenario', 'increase', None, None, BS26, RBI),
        ('4.9 per cent', 1, 4.9, 'percent', 'GNPA ratio under the medium stress scenario', 'increase', None, None, BS26, RBI),
        ('5.6 per cent', 1, 5.6, 'percent', 'GNPA ratio under the severe stress scenario', 'increase', None, None, BS26, RBI),
        ('14.2 per cent', 1, 14.2, 'percent', 'system-level CRAR under the severe scenario', 'decrease', None, None, BS26, RBI),
        ('9 per cent', 1, 9, 'percent', 'regulatory minimum CRAR', None, None, None, None, RBI),
        ('8.9 per cent', 1, 8.9, 'percent', 'profit after tax of SCBs', 'increase', 'year_on_year', None, H1, RBI),
        ('1.36 per cent', 1, 1.36, 'percent', 'return on assets (RoA)', None, None, None, H1, RBI),
        ('13.5 per cent', 1, 13.5, 'percent', 'return on equity (RoE)', None, None, None, H1, RBI),
        ('10.2 per cent', 1, 10.2, 'percent', 'bank credit growth', 'decrease', 'year_on_year', None, per('in September 2025', 2025, 9), RBI),
        ('14.4 per cent', 1, 14.4, 'percent', 'bank credit growth', None, 'year_on_year', None, per('a year earlier', 2024, 9), RBI),
        ('9.9 per cent', 1, 9.9, 'percent', 'deposits', 'increase', 'year_on_year', None, per('in September 2025', 2025, 9), RBI),
    ],
    'eu_energy_style_industrial_gas_prices.txt': [
        ('54.6 €/MWh', 1, 54.6, 'EUR', 'EU average gas price for non-household consumers in consumption band I3', None, None, None, H125, EUROSTAT),
        ('6%', 1, 6, 'percent', 'EU average gas price for non-household consumers in consumption band I3', 'increase', 'period_on_period', None, H125, EUROSTAT),
        ('11%', 1, 11, 'percent', 'EU average gas price for non-household consumers in consumption band I3', 'decrease', 'year_on_year', None, H125, EUROSTAT),
        ('17%', 1, 17, 'percent', 'non-recoverable taxes and levies share of the average band I3 price', 'increase', None, None, IH1, EUROSTAT),
        ('15%', 1, 15, 'percent', 'non-recoverable taxes and levies share of the average band I3 price', None, None, None, P('a year earlier', '2024-01-01', '2024-06-30'), EUROSTAT),
        ('5%', 1, 5, 'percent', 'taxes and levies share in Belgium and Luxembourg', None, None, 'less_than', IH1, EUROSTAT),
        ('38%', 1, 38, 'percent', 'taxes and levies share in Denmark', None, None, None, IH1, EUROSTAT),
        ('84.1 €/MWh', 1, 84.1, 'EUR', 'band I3 price in Sweden', None, None, None, FHY, EUROSTAT),
        ('71.3 €/MWh', 1, 71.3, 'EUR', 'band I3 price in Germany', None, None, None, FHY, EUROSTAT),
        ('69.8 €/MWh', 1, 69.8, 'EUR', 'band I3 price in Finland', None, None, None, FHY, EUROSTAT),
        ('38.2 €/MWh', 1, 38.2, 'EUR', 'band I3 price in Romania', None, None, None, FHY, EUROSTAT),
        ('40.5 €/MWh', 1, 40.5, 'EUR', 'band I3 price in Portugal', None, None, None, FHY, EUROSTAT),
        ('-18%', 1, -18, 'percent', 'band I3 price in Italy', 'decrease', 'year_on_year', None, FHY, EUROSTAT),
        ('-15%', 1, -15, 'percent', 'band I3 price in Spain', 'decrease', 'year_on_year', None, FHY, EUROSTAT),
        ('43.9 €/MWh', 1, 43.9, 'EUR', 'EU average price in band I5', None, None, None, LH1, EUROSTAT),
        ('61.2 €/MWh', 1, 61.2, 'EUR', 'EU average price in band I2', None, None, None, LH1, EUROSTAT),
        ('72.5 €/MWh', 1, 72.5, 'EUR', 'EU average price in band I1', None, None, None, LH1, EUROSTAT),
        ('4%', 1, 4, 'percent', 'prices in band I1', 'increase', 'period_on_period', None, LH1, EUROSTAT),
        ('9%', 1, 9, 'percent', 'prices in band I5', 'increase', 'period_on_period', None, LH1, EUROSTAT),
        ('41 €/MWh', 1, 41, 'EUR', 'TTF front-month contract', None, None, None, H125, ICE),
        ('28%', 1, 28, 'percent', 'TTF front-month contract', 'increase', 'year_on_year', None, H125, ICE),
    ],
    'nbs_style_inbound_tourism_foreign_visitors.txt': [
        ('40.2 percent', 1, 40.2, 'percent', 'foreign visitor trips', 'increase', None, None, P('in the first three quarters', '2025-01-01', '2025-09-30'), None),
        ('46.5 million', 1, 46.5e6, 'count', 'trips into and out of China by foreign nationals', None, None, None, F3Q, NIA),
        ('40.2 percent', 2, 40.2, 'percent', 'trips into and out of China by foreign nationals', 'increase', 'year_on_year', None, F3Q, NIA),
        ('16.8 million', 1, 16.8e6, 'count', 'visa-free entries', None, None, None, F3Q, NIA),
        ('53.8 percent', 1, 53.8, 'percent', 'visa-free entries', 'increase', 'year_on_year', None, F3Q, NIA),
        ('72.2 percent', 1, 72.2, 'percent', 'visa-free entries share of entries by foreigners', None, None, None, F3Q, NIA),
        ('17.2 million', 1, 17.2e6, 'count', 'trips by foreign nationals', None, None, None, TQA, NIA),
        ('42.9 percent', 1, 42.9, 'percent', 'trips by foreign nationals', 'increase', 'year_on_year', None, TQA, NIA),
        ('6.3 million', 1, 6.3e6, 'count', 'visa-free entries', None, None, None, TQA, NIA),
        ('48.6 percent', 1, 48.6, 'percent', 'visa-free entries', 'increase', 'year_on_year', None, TQA, NIA),
        ('8.62 million', 1, 8.62e6, 'count', 'foreigners entering the country', None, None, None, INQ, NIA),
        ('1.4 times', 1, 1.4, 'times', 'foreigners entering the country', 'increase', None, None, P('the same period of 2019', '2019-07-01', '2025-09-30'), NIA),
        ('61.5 percent', 1, 61.5, 'percent', 'entries by visitors from the Republic of Korea', 'increase', 'year_on_year', None, F3QB, NIA),
        ('28.4 percent', 1, 28.4, 'percent', 'entries by visitors from Japan', 'increase', 'year_on_year', None, F3QB, NIA),
        ('45.0 percent', 1, 45.0, 'percent', 'entries by visitors from Malaysia', 'increase', 'year_on_year', None, F3QB, NIA),
        ('33.7 percent', 1, 33.7, 'percent', 'entries by visitors from Europe', 'increase', 'year_on_year', None, F3QB, NIA),
        ('29.9 percent', 1, 29.9, 'percent', 'entries by visitors from the Americas', 'increase', 'year_on_year', None, F3QB, NIA),
        ('71.8 billion US dollars', 1, 71.8e9, 'USD', 'inbound tourism revenue', None, None, None, JS, MCT),
        ('45.6 percent', 1, 45.6, 'percent', 'inbound tourism revenue', 'increase', 'year_on_year', None, JS, MCT),
        ('1,050 US dollars', 1, 1050, 'USD', 'spending per inbound visitor', None, None, None, JS, MCT),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
