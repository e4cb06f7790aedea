# ruff: noqa: E501, RUF001
"""Write corpus/annotated_46/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_46.py corpus/annotated_46
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
INSEE = "National Institute of Statistics and Economic Studies"
GOVFR = "Government of France"
INEI = "National Institute of Statistics and Informatics"
BCRP = "Central Reserve Bank of Peru"
DAL = "Delta Air Lines"
LSEG = "LSEG"
ABS = "Australian Bureau of Statistics"
GOVAU = "Government of Australia"
CZSO = "Czech Statistical Office"
CNB = "Czech National Bank"
TE = "Trading Economics"
LME = "London Metal Exchange"
SHFE = "Shanghai Futures Exchange"
NBS = "National Bureau of Statistics"
AMFI = "Association of Mutual Funds in India"
MSTAR = "Morningstar Investment Research India"
IBJA = "India Bullion and Jewellers Association"
ACER = "Agency for the Cooperation of Energy Regulators"
MARA = "Ministry of Agriculture and Rural Affairs"

# 4601 ONS Household Costs Indices (ref Wednesday 2025-10-22)
S25 = per("in the 12 months to September 2025", 2025, 9)
J25 = per("in the 12 months to June 2025", 2025, 6)
SAME = per("over the same period", 2025, 9)
YJ25 = per("in the year to June 2025", 2025, 6)
# 4602 Reuters 1987 (ref Tuesday 1987-04-14)
FEB = per("in February", 1987, 2)
JAN = per("in January", 1987, 1)
# 4603 Reuters 2025 (ref Monday 2025-12-01)
NOV = per("in November", 2025, 11)
OCT = per("in October", 2025, 10)
# 4604 CNBC (ref Tuesday 2026-01-13)
INQ = Q("in the quarter", 2025, 4)
OD = Q("in the October-December period", 2025, 4)
FQ = Q("For the first quarter", 2026, 1)
F26 = Y("For 2026", 2026)
# 4605 MT Newswires (ref Tuesday 2025-12-02)
AOCT = per("in October", 2025, 10)
# 4606 Trading Economics (ref Monday 2025-12-01)
Q325 = Q("in Q3 2025", 2025, 3)
Q2 = Q("in Q2", 2025, 2)
TQ = Q("in the third quarter", 2025, 3)
# 4607 Investing.com (ref Thursday 2025-11-20)
ET = P("By 05:10 ET", None, None)
# 4608 Business Standard (ref Wednesday 2025-12-10)
EN = P("at the end of November", "2025-11-30", "2025-11-30")
F8 = P("In the first eight months of FY26 (April-November)", "2025-04-01", "2025-11-30")
LM = per("last month", 2025, 11)
BOCT = per("in October", 2025, 10)
# 4609 DG ENER (ref Wednesday 2026-01-21)
Q3L = Q("In the third quarter of 2025", 2025, 3)
EQ = Q("in the quarter", 2025, 3)
ETQ = Q("In the third quarter", 2025, 3)
# 4610 NBS (ref Monday 2025-10-20)
F3Q = P("in the first three quarters of 2025", "2025-01-01", "2025-09-30")
END3 = P("At the end of the third quarter", "2025-09-30", "2025-09-30")
SEP = per("In September", 2025, 9)
SEPL = per("in September", 2025, 9)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_household_costs_indices.txt': [
        ('4.2%', 1, 4.2, 'percent', 'household costs for all UK households', 'increase', 'year_on_year', None, S25, None),
        ('3.9%', 1, 3.9, 'percent', 'household costs for all UK households', None, 'year_on_year', None, J25, None),
        ('0.4 percentage points', 1, 0.4, 'percentage_point', 'all-households HCI annual rate relative to CPIH', 'increase', None, None, S25, None),
        ('3.8%', 1, 3.8, 'percent', 'CPIH', 'increase', 'year_on_year', None, SAME, None),
        ('6.1%', 1, 6.1, 'percent', 'annual HCI rate for mortgagor households', None, 'year_on_year', None, None, None),
        ('3.0%', 1, 3.0, 'percent', 'annual HCI rate for outright owners', None, 'year_on_year', None, None, None),
        ('4.8%', 1, 4.8, 'percent', 'annual HCI inflation for private renters', None, 'year_on_year', None, S25, ONS),
        ('4.3%', 1, 4.3, 'percent', 'annual HCI inflation for social renters', None, 'year_on_year', None, S25, ONS),
        ('5.0%', 1, 5.0, 'percent', 'annual HCI inflation for private renters', None, 'year_on_year', None, YJ25, ONS),
        ('3.9%', 2, 3.9, 'percent', 'annual HCI inflation for social renters', None, 'year_on_year', None, YJ25, ONS),
        ('4.6%', 1, 4.6, 'percent', 'costs of households in the lowest income decile', 'increase', 'year_on_year', None, S25, ONS),
        ('3.9%', 3, 3.9, 'percent', 'costs of households in the highest income decile', 'increase', 'year_on_year', None, S25, ONS),
        ('0.7 percentage points', 1, 0.7, 'percentage_point', 'gap between the lowest and highest income deciles', 'increase', None, None, S25, ONS),
        ('0.4 points', 1, 0.4, 'percentage_point', 'gap between the lowest and highest income deciles', None, None, None, per('a quarter earlier', 2025, 6), ONS),
        ('8', 1, 8, 'count', 'income deciles facing higher annual rates than in the year to June', None, None, None, S25, ONS),
        ('12.4%', 1, 12.4, 'percent', 'mortgage interest payments', 'increase', 'year_on_year', None, per('over the year to September 2025', 2025, 9), ONS),
        ('0.55 percentage points', 1, 0.55, 'percentage_point', 'mortgage interest payments contribution to the all-households annual rate', None, None, None, per('over the year to September 2025', 2025, 9), ONS),
        ('3.6%', 1, 3.6, 'percent', 'annual inflation for retired households', None, 'year_on_year', None, None, ONS),
        ('4.5%', 1, 4.5, 'percent', 'annual inflation for households with children', None, 'year_on_year', None, None, ONS),
        ('1.1%', 1, 1.1, 'percent', 'all-households HCI', 'increase', 'quarter_on_quarter', None, Q('in July to September 2025', 2025, 3), ONS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'all-households HCI annual rate revision', 'increase', None, None, per('for the 12 months to June 2025', 2025, 6), ONS),
        ('3.8%', 2, 3.8, 'percent', 'all-households HCI annual rate', None, 'year_on_year', None, per('for the 12 months to June 2025', 2025, 6), ONS),
    ],
    'wire_1987_french_industrial_output.txt': [
        ('1.2 PCT', 1, 1.2, 'percent', 'French industrial output', 'increase', None, None, per('IN FEBRUARY', 1987, 2), None),
        ('1.2 pct', 1, 1.2, 'percent', 'industrial production excluding energy and construction', 'increase', 'month_on_month', None, FEB, INSEE),
        ('2.4 pct', 1, 2.4, 'percent', 'industrial production excluding energy and construction', 'decrease', 'month_on_month', None, JAN, INSEE),
        ('2.1 pct', 1, 2.1, 'percent', 'industrial production excluding energy and construction', 'decrease', 'month_on_month', None, JAN, INSEE),
        ('103.0', 1, 103.0, 'index_point', 'industrial production index', None, None, None, FEB, INSEE),
        ('101.8', 1, 101.8, 'index_point', 'industrial production index', None, None, None, JAN, INSEE),
        ('1.0 pct', 1, 1.0, 'percent', 'industrial production index', 'increase', 'year_on_year', None, FEB, INSEE),
        ('2.3 pct', 1, 2.3, 'percent', 'output of capital goods', 'increase', 'month_on_month', None, None, INSEE),
        ('0.8 pct', 1, 0.8, 'percent', 'output of consumer goods', 'increase', 'month_on_month', None, None, INSEE),
        ('4.5 pct', 1, 4.5, 'percent', 'output of the car industry', 'increase', 'month_on_month', None, None, INSEE),
        ('0.4 pct', 1, 0.4, 'percent', 'output of intermediate goods', 'decrease', 'month_on_month', None, None, INSEE),
        ('0.2 pct', 1, 0.2, 'percent', 'output of agricultural and food products', 'decrease', 'month_on_month', None, None, INSEE),
        ('0.6 pct', 1, 0.6, 'percent', 'industrial output including energy', 'increase', 'month_on_month', None, FEB, INSEE),
        ('3.8 pct', 1, 3.8, 'percent', 'energy production', 'decrease', 'month_on_month', None, FEB, INSEE),
        ('0.7 pct', 1, 0.7, 'percent', 'output excluding energy and construction', 'decrease', 'period_on_period', None, P('In the three months to end-February', '1986-12-01', '1987-02-28'), INSEE),
        ('two pct', 1, 2, 'percent', 'industrial output growth', 'increase', None, 'approximately', Y('this year', 1987), GOVFR),
        ('1.1 pct', 1, 1.1, 'percent', 'industrial output growth', None, None, None, Y('in 1986', 1986), GOVFR),
    ],
    'wire_2025_peru_inflation.txt': [
        ('1.37%', 1, 1.37, 'percent', "Peru's annual inflation", 'decrease', 'year_on_year', None, NOV, None),
        ('0.11%', 1, 0.11, 'percent', 'consumer prices in Lima', 'increase', 'month_on_month', None, NOV, INEI),
        ('0.15%', 1, 0.15, 'percent', 'consumer prices in Lima', None, 'month_on_month', None, NOV, 'Reuters'),
        ('eight', 1, 8, 'count', 'analysts in a Reuters poll', None, None, None, NOV, 'Reuters'),
        ('1.37%', 2, 1.37, 'percent', 'annual inflation in the capital', 'decrease', 'year_on_year', None, NOV, INEI),
        ('1.42%', 1, 1.42, 'percent', 'annual inflation in the capital', None, 'year_on_year', None, OCT, INEI),
        ('1%', 1, 1, 'percent', 'inflation target range', None, None, None, None, BCRP),
        ('3%', 1, 3, 'percent', 'inflation target range', None, None, None, None, BCRP),
        ('0.04%', 1, 0.04, 'percent', 'consumer prices in Lima', 'decrease', 'month_on_month', None, per('In October', 2025, 10), INEI),
        ('0.32%', 1, 0.32, 'percent', 'food and beverage prices', 'increase', 'month_on_month', None, NOV, INEI),
        ('0.21%', 1, 0.21, 'percent', 'transport costs', 'decrease', 'month_on_month', None, NOV, INEI),
        ('0.48%', 1, 0.48, 'percent', 'housing, water and electricity costs', 'decrease', 'month_on_month', None, NOV, INEI),
        ('0.05%', 1, 0.05, 'percent', 'education prices', 'increase', 'month_on_month', None, NOV, INEI),
        ('0.19%', 1, 0.19, 'percent', 'restaurant prices', 'increase', 'month_on_month', None, NOV, INEI),
        ('0.09%', 1, 0.09, 'percent', 'nationwide consumer price index', 'increase', 'month_on_month', None, None, INEI),
        ('1.21%', 1, 1.21, 'percent', 'nationwide consumer price index', 'increase', 'year_on_year', None, None, INEI),
        ('1.86%', 1, 1.86, 'percent', 'core inflation', None, 'year_on_year', None, per('in the 12 months through November', 2025, 11), BCRP),
        ('4.25%', 1, 4.25, 'percent', 'benchmark interest rate', None, None, None, P('at its Nov. 13 meeting', '2025-11-13', '2025-11-13'), BCRP),
        ('25-basis-point', 1, 25, 'basis_point', 'BCRP rate cut', 'decrease', None, None, per('in September', 2025, 9), BCRP),
        ('4.00%', 1, 4.00, 'percent', 'benchmark interest rate', None, None, None, P('ending 2026', '2026-12-31', '2026-12-31'), 'Reuters'),
        ('3.371', 1, 3.371, 'PEN', "Peru's sol", None, None, None, P('on Monday', '2025-12-01', '2025-12-01'), BCRP),
        ('0.3%', 1, 0.3, 'percent', "Peru's sol", 'increase', None, None, P('on Monday', '2025-12-01', '2025-12-01'), BCRP),
    ],
    'cnbc_style_airline_capacity_earnings.txt': [
        ('4%', 1, 4, 'percent', 'Delta shares', 'increase', None, None, None, None),
        ('$1.91', 1, 1.91, 'USD', 'adjusted earnings per share', None, None, None, None, DAL),
        ('$1.84', 1, 1.84, 'USD', 'adjusted earnings per share', None, None, None, None, LSEG),
        ('$15.94 billion', 1, 15.94e9, 'USD', 'adjusted revenue', None, None, None, None, DAL),
        ('$15.71 billion', 1, 15.71e9, 'USD', 'adjusted revenue', None, None, None, None, LSEG),
        ('3.6%', 1, 3.6, 'percent', 'adjusted operating revenue', 'increase', 'year_on_year', None, INQ, DAL),
        ('12%', 1, 12, 'percent', 'net income', 'increase', 'year_on_year', None, INQ, DAL),
        ('$946 million', 1, 946e6, 'USD', 'net income', 'increase', None, None, INQ, DAL),
        ('$1.45', 1, 1.45, 'USD', 'net income per share', 'increase', None, None, INQ, DAL),
        ('$843 million', 1, 843e6, 'USD', 'net income', None, None, None, Q('in the year-ago period', 2024, 4), DAL),
        ('$1.29', 1, 1.29, 'USD', 'net income per share', None, None, None, Q('in the year-ago period', 2024, 4), DAL),
        ('4.1%', 1, 4.1, 'percent', 'capacity', 'increase', 'year_on_year', None, OD, DAL),
        ('0.5%', 1, 0.5, 'percent', 'total revenue per available seat mile', 'decrease', 'year_on_year', None, OD, DAL),
        ('8%', 1, 8, 'percent', 'premium cabin revenue', 'increase', 'year_on_year', None, OD, DAL),
        ('2%', 1, 2, 'percent', 'main cabin revenue', 'decrease', 'year_on_year', None, OD, DAL),
        ('9%', 1, 9, 'percent', 'loyalty revenue', 'increase', 'year_on_year', None, OD, DAL),
        ('4%', 2, 4, 'percent', 'cargo revenue', 'increase', 'year_on_year', None, OD, DAL),
        ('2.8%', 1, 2.8, 'percent', 'unit costs excluding fuel', 'increase', 'year_on_year', None, OD, DAL),
        ('$2.31', 1, 2.31, 'USD', 'average jet fuel price', None, None, None, OD, DAL),
        ('50 cents', 1, 0.5, 'USD', 'adjusted earnings per share', None, None, None, FQ, DAL),
        ('80 cents', 1, 0.8, 'USD', 'adjusted earnings per share', None, None, None, FQ, DAL),
        ('94 cents', 1, 0.94, 'USD', 'adjusted earnings per share', None, None, None, FQ, LSEG),
        ('3%', 1, 3, 'percent', 'revenue', 'increase', 'year_on_year', None, FQ, DAL),
        ('5%', 1, 5, 'percent', 'revenue', 'increase', 'year_on_year', None, FQ, DAL),
        ('3%', 2, 3, 'percent', 'capacity', 'increase', 'year_on_year', 'approximately', FQ, DAL),
        ('$6.50', 1, 6.50, 'USD', 'earnings per share', None, None, None, F26, DAL),
        ('$7.50', 1, 7.50, 'USD', 'earnings per share', None, None, None, F26, DAL),
        ('$3 billion', 1, 3e9, 'USD', 'free cash flow', None, None, 'more_than', F26, DAL),
        ('4%', 3, 4, 'percent', 'Delta shares', 'increase', None, 'approximately', P('Tuesday', '2026-01-13', '2026-01-13'), DAL),
        ('9%', 2, 9, 'percent', 'Delta stock', 'decrease', None, None, Y('in 2025', 2025), DAL),
        ('16%', 1, 16, 'percent', 'S&P 500', 'increase', None, None, Y('in 2025', 2025), DAL),
    ],
    'mt_newswires_australia_building_approvals.txt': [
        ('4.1%', 1, 4.1, 'percent', 'Australian dwelling approvals', 'increase', None, None, AOCT, None),
        ('4.1%', 2, 4.1, 'percent', 'number of dwellings approved in Australia', 'increase', 'month_on_month', None, AOCT, ABS),
        ('16,392', 1, 16392, 'count', 'number of dwellings approved in Australia', 'increase', None, None, AOCT, ABS),
        ('5.2%', 1, 5.2, 'percent', 'number of dwellings approved in Australia', 'decrease', 'month_on_month', None, per('in September', 2025, 9), ABS),
        ('6.0%', 1, 6.0, 'percent', 'number of dwellings approved in Australia', 'decrease', 'month_on_month', None, per('in September', 2025, 9), ABS),
        ('2.0%', 1, 2.0, 'percent', 'number of dwellings approved in Australia', 'increase', 'month_on_month', None, AOCT, None),
        ('0.6%', 1, 0.6, 'percent', 'approvals for private sector houses', 'increase', 'month_on_month', None, AOCT, ABS),
        ('9,148', 1, 9148, 'count', 'approvals for private sector houses', 'increase', None, None, AOCT, ABS),
        ('10.2%', 1, 10.2, 'percent', 'approvals for private sector dwellings excluding houses', 'increase', 'month_on_month', None, AOCT, ABS),
        ('6,651', 1, 6651, 'count', 'approvals for private sector dwellings excluding houses', 'increase', None, None, AOCT, ABS),
        ('11.5%', 1, 11.5, 'percent', 'total dwelling approvals', 'increase', 'year_on_year', None, AOCT, ABS),
        ('3.9%', 1, 3.9, 'percent', 'approvals for private houses', 'increase', 'year_on_year', None, AOCT, ABS),
        ('24.8%', 1, 24.8, 'percent', 'approvals for other dwellings', 'increase', 'year_on_year', None, AOCT, ABS),
        ('13.4%', 1, 13.4, 'percent', 'approvals in Victoria', 'increase', 'month_on_month', None, None, ABS),
        ('7.9%', 1, 7.9, 'percent', 'approvals in Queensland', 'increase', 'month_on_month', None, None, ABS),
        ('5.6%', 1, 5.6, 'percent', 'approvals in New South Wales', 'decrease', 'month_on_month', None, None, ABS),
        ('2.8%', 1, 2.8, 'percent', 'approvals in Western Australia', 'decrease', 'month_on_month', None, None, ABS),
        ('6.3%', 1, 6.3, 'percent', 'value of total building approved', 'increase', None, None, AOCT, ABS),
        ('A$15.21 billion', 1, 15.21e9, 'AUD', 'value of total building approved', 'increase', None, None, AOCT, ABS),
        ('4.7%', 1, 4.7, 'percent', 'value of residential building approved', 'increase', None, None, AOCT, ABS),
        ('10.03 billion', 1, 10.03e9, 'AUD', 'value of residential building approved', 'increase', None, None, AOCT, ABS),
        ('5.18 billion', 1, 5.18e9, 'AUD', 'value of non-residential building approved', None, None, None, AOCT, ABS),
        ('9.6%', 1, 9.6, 'percent', 'value of non-residential building approved', 'increase', None, None, AOCT, ABS),
        ('191,450 dwellings', 1, 191450, 'count', 'dwellings approved', None, None, None, P('In the 12 months to October', '2024-11-01', '2025-10-31'), ABS),
        ('1.2 million', 1, 1.2e6, 'count', 'new homes target', None, None, None, P('over five years from July 2024', '2024-07-01', '2029-06-30'), GOVAU),
    ],
    'trading_economics_style_czech_gdp.txt': [
        ('0.7%', 1, 0.7, 'percent', 'Czech GDP growth', 'increase', None, None, None, None),
        ('0.7%', 2, 0.7, 'percent', 'Czech economy', 'increase', 'quarter_on_quarter', None, Q325, CZSO),
        ('0.5%', 1, 0.5, 'percent', 'Czech economy', 'increase', 'quarter_on_quarter', None, Q2, CZSO),
        ('0.9%', 1, 0.9, 'percent', 'household consumption', 'increase', 'quarter_on_quarter', None, Q325, CZSO),
        ('2.3%', 1, 2.3, 'percent', 'gross fixed capital formation', 'increase', 'quarter_on_quarter', None, Q325, CZSO),
        ('0.4%', 1, 0.4, 'percent', 'government spending', 'increase', 'quarter_on_quarter', None, Q325, CZSO),
        ('0.6%', 1, 0.6, 'percent', 'exports', 'decrease', 'quarter_on_quarter', None, Q325, CZSO),
        ('0.8%', 1, 0.8, 'percent', 'imports', 'increase', 'quarter_on_quarter', None, Q325, CZSO),
        ('2.7%', 1, 2.7, 'percent', 'GDP', 'increase', 'year_on_year', None, TQ, CZSO),
        ('2.5%', 1, 2.5, 'percent', 'GDP', None, 'year_on_year', None, Q2, CZSO),
        ('2.6%', 1, 2.6, 'percent', 'GDP', None, 'year_on_year', None, TQ, None),
        ('2.9%', 1, 2.9, 'percent', 'household spending', 'increase', 'year_on_year', None, TQ, CZSO),
        ('3.4%', 1, 3.4, 'percent', 'fixed investment', 'increase', 'year_on_year', None, TQ, CZSO),
        ('0.3%', 1, 0.3, 'percent', 'employment', 'increase', 'year_on_year', None, TQ, CZSO),
        ('0.6%', 2, 0.6, 'percent', 'gross value added', 'increase', 'quarter_on_quarter', None, None, CZSO),
        ('+1.2%', 1, 1.2, 'percent', 'gross value added in manufacturing', 'increase', 'quarter_on_quarter', None, None, CZSO),
        ('+0.9%', 1, 0.9, 'percent', 'gross value added in trade, transport, accommodation and food services', 'increase', 'quarter_on_quarter', None, None, CZSO),
        ('0.5%', 2, 0.5, 'percent', 'gross value added in construction', 'decrease', 'quarter_on_quarter', None, None, CZSO),
        ('2.4%', 1, 2.4, 'percent', 'GDP growth', 'increase', None, None, Y('for the full year 2025', 2025), CNB),
        ('2.2%', 1, 2.2, 'percent', 'GDP growth', 'increase', None, None, Y('in 2026', 2026), CNB),
        ('0.63 percent', 1, 0.63, 'percent', 'GDP Growth Rate in the Czech Republic average', None, None, None, P('from 1996 until 2025', '1996-01-01', '2025-12-31'), CZSO),
        ('7.10 percent', 1, 7.10, 'percent', 'GDP Growth Rate in the Czech Republic all time high', None, None, None, Q('in the third quarter of 2020', 2020, 3), CZSO),
        ('-8.70 percent', 1, -8.70, 'percent', 'GDP Growth Rate in the Czech Republic record low', 'decrease', None, None, Q('in the second quarter of 2020', 2020, 2), CZSO),
        ('0.50 percent', 1, 0.50, 'percent', 'GDP Growth Rate in the Czech Republic', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('0.60 percent', 1, 0.60, 'percent', 'Czech Republic GDP Growth Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('0.50 percent', 2, 0.50, 'percent', 'Czech Republic GDP Growth Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_aluminium_lme.txt': [
        ('0.9%', 1, 0.9, 'percent', 'benchmark three-month aluminium on the LME', 'increase', None, None, ET, None),
        ('$2,912.50', 1, 2912.50, 'USD', 'benchmark three-month aluminium on the LME', 'increase', None, None, ET, None),
        ('$2,931', 1, 2931, 'USD', 'three-month aluminium session high', None, None, None, ET, None),
        ('14%', 1, 14, 'percent', 'aluminium', 'increase', None, 'approximately', P('since the start of the year', '2025-01-01', '2025-11-20'), None),
        ('4,150 tons', 1, 4150, 'tonne', 'on-warrant LME aluminium stocks', 'decrease', None, None, None, LME),
        ('251,775 tons', 1, 251775, 'tonne', 'on-warrant LME aluminium stocks', 'decrease', None, None, None, LME),
        ('46%', 1, 46, 'percent', 'cancelled warrants share of total inventories', None, None, None, None, LME),
        ('532,400 tons', 1, 532400, 'tonne', 'total LME aluminium inventories', None, None, None, None, LME),
        ('0.4%', 1, 0.4, 'percent', 'LME copper', 'decrease', None, None, None, LME),
        ('$10,815', 1, 10815, 'USD', 'LME copper', 'decrease', None, None, None, LME),
        ('0.2%', 1, 0.2, 'percent', 'LME zinc', 'decrease', None, None, None, LME),
        ('$14,620', 1, 14620, 'USD', 'LME nickel', None, None, None, None, LME),
        ('1.3%', 1, 1.3, 'percent', 'most-traded January aluminium contract on the Shanghai Futures Exchange', 'increase', None, None, None, SHFE),
        ('21,865 yuan', 1, 21865, 'CNY', 'most-traded January aluminium contract on the Shanghai Futures Exchange', 'increase', None, None, None, SHFE),
        ('$3,075', 1, 3075, 'USD', 'most-traded January aluminium contract on the Shanghai Futures Exchange', 'increase', None, None, None, SHFE),
        ('6.1%', 1, 6.1, 'percent', 'aluminium inventories in SHFE-monitored warehouses', 'increase', 'period_on_period', None, P('as of Nov. 14', '2025-11-14', '2025-11-14'), SHFE),
        ('124,318 tons', 1, 124318, 'tonne', 'aluminium inventories in SHFE-monitored warehouses', 'increase', None, None, P('as of Nov. 14', '2025-11-14', '2025-11-14'), SHFE),
        ('3.82 million tons', 1, 3.82e6, 'tonne', "China's primary aluminium output", None, None, None, per('in October', 2025, 10), NBS),
        ('2.4%', 1, 2.4, 'percent', "China's primary aluminium output", 'increase', 'year_on_year', None, per('in October', 2025, 10), NBS),
        ('2.1%', 1, 2.1, 'percent', "China's primary aluminium output", 'increase', 'year_on_year', None, P('in the first ten months', '2025-01-01', '2025-10-31'), NBS),
        ('37.6 million tons', 1, 37.6e6, 'tonne', "China's primary aluminium output", 'increase', None, None, P('in the first ten months', '2025-01-01', '2025-10-31'), NBS),
        ('45 million tons', 1, 45e6, 'tonne', 'annual production cap', None, None, None, None, None),
        ('0.2%', 2, 0.2, 'percent', 'U.S. Dollar Index', 'increase', None, None, None, None),
        ('100.3', 1, 100.3, 'index_point', 'U.S. Dollar Index', 'increase', None, None, None, None),
    ],
    'business_standard_style_gold_etf_inflows.txt': [
        ('7%', 1, 7, 'percent', 'gold ETF inflows', 'decrease', None, None, per('in Nov', 2025, 11), None),
        ('₹7,743 cr', 1, 7743e7, 'INR', 'gold ETF inflows', 'decrease', None, None, per('in Nov', 2025, 11), None),
        ('₹7,743 crore', 1, 7743e7, 'INR', 'inflows into gold exchange-traded funds', 'decrease', None, None, per('in November', 2025, 11), AMFI),
        ('₹8,363 crore', 1, 8363e7, 'INR', 'inflows into gold exchange-traded funds', None, None, None, BOCT, AMFI),
        ('6.2 per cent', 1, 6.2, 'percent', 'assets under management of gold ETFs', 'increase', 'month_on_month', None, EN, AMFI),
        ('₹1.08 trillion', 1, 1.08e12, 'INR', 'assets under management of gold ETFs', 'increase', None, None, EN, AMFI),
        ('1.01 crore', 1, 1.01e7, 'count', 'number of investor folios', 'increase', None, None, EN, AMFI),
        ('96.4 lakh', 1, 96.4e5, 'count', 'number of investor folios', None, None, None, P('at the end of October', '2025-10-31', '2025-10-31'), AMFI),
        ('₹31,240 crore', 1, 31240e7, 'INR', 'gold ETF inflows', None, None, None, F8, AMFI),
        ('three times', 1, 3, 'times', 'gold ETF inflows', 'increase', 'year_on_year', 'approximately', F8, AMFI),
        ('₹10,870 crore', 1, 10870e7, 'INR', 'gold ETF inflows', None, None, None, P('in the same period of FY25', '2024-04-01', '2024-11-30'), AMFI),
        ('₹1,945 crore', 1, 1945e7, 'INR', 'silver ETF inflows', None, None, None, LM, AMFI),
        ('₹2,780 crore', 1, 2780e7, 'INR', 'silver ETF inflows', None, None, None, BOCT, AMFI),
        ('₹33,120 crore', 1, 33120e7, 'INR', 'AUM of silver ETFs', None, None, None, LM, AMFI),
        ('58 per cent', 1, 58, 'percent', 'gold', 'increase', None, 'approximately', P('so far this calendar year', '2025-01-01', '2025-12-10'), MSTAR),
        ('₹1,29,400', 1, 129400, 'INR', 'domestic gold prices', None, None, 'approximately', P('on Wednesday', '2025-12-10', '2025-12-10'), IBJA),
    ],
    'eu_energy_style_interconnector_capacity.txt': [
        ('€1.18 billion', 1, 1.18e9, 'EUR', 'congestion income on EU bidding-zone borders', None, None, None, Q3L, None),
        ('14%', 1, 14, 'percent', 'congestion income on EU bidding-zone borders', 'decrease', 'year_on_year', None, Q3L, None),
        ('€196 million', 1, 196e6, 'EUR', 'congestion income on the France–Italy North border', None, None, None, None, None),
        ('€122 million', 1, 122e6, 'EUR', 'congestion income on the Germany–Poland border', None, None, None, None, None),
        ('€87 million', 1, 87e6, 'EUR', 'congestion income on the Austria–Hungary border', None, None, None, None, None),
        ('21.4 TWh', 1, 21.4, 'terawatt hour', "France's net exports", None, None, None, EQ, None),
        ('+3.1 TWh', 1, 3.1, 'terawatt hour', "France's net exports", 'increase', 'year_on_year', None, EQ, None),
        ('12.6 TWh', 1, 12.6, 'terawatt hour', "Italy's net imports", None, None, None, EQ, None),
        ('7.9 TWh', 1, 7.9, 'terawatt hour', "Germany's net imports", None, None, None, EQ, None),
        ('8.2 TWh', 1, 8.2, 'terawatt hour', "Great Britain's imports", None, None, None, ETQ, None),
        ('5%', 1, 5, 'percent', "Great Britain's imports", 'increase', 'year_on_year', None, ETQ, None),
        ('1.4 GW', 1, 1.4, 'gigawatt', 'capacity of the Viking Link', None, None, None, ETQ, None),
        ('78%', 1, 78, 'percent', 'average utilisation of the Viking Link', None, None, None, ETQ, None),
        ('64%', 1, 64, 'percent', 'share of hours in the Core region meeting the 70% cross-zonal capacity target', 'increase', None, None, EQ, ACER),
        ('70%', 1, 70, 'percent', 'minimum cross-zonal capacity target', None, None, None, None, None),
        ('58%', 1, 58, 'percent', 'share of hours in the Core region meeting the 70% cross-zonal capacity target', None, None, None, Q('in the second quarter of 2025', 2025, 2), ACER),
        ('12%', 1, 12, 'percent', 'share of hours with full day-ahead price convergence in the Core region', None, None, None, Q('in July-September 2025', 2025, 3), ACER),
        ('18%', 1, 18, 'percent', 'share of hours with full day-ahead price convergence in the Core region', None, None, None, Q('in the third quarter of 2024', 2024, 3), ACER),
    ],
    'nbs_style_hog_pork_prices.txt': [
        ('72.85 million tons', 1, 72.85e6, 'tonne', 'output of pork, beef, mutton and poultry', None, None, None, F3Q, NBS),
        ('3.6 percent', 1, 3.6, 'percent', 'output of pork, beef, mutton and poultry', 'increase', 'year_on_year', None, F3Q, NBS),
        ('44.12 million tons', 1, 44.12e6, 'tonne', 'pork output', None, None, None, F3Q, NBS),
        ('3.3 percent', 1, 3.3, 'percent', 'pork output', 'increase', 'year_on_year', None, F3Q, NBS),
        ('4.1 percent', 1, 4.1, 'percent', 'output of beef', 'increase', 'year_on_year', None, F3Q, NBS),
        ('2.2 percent', 1, 2.2, 'percent', 'output of mutton', 'increase', 'year_on_year', None, F3Q, NBS),
        ('4.5 percent', 1, 4.5, 'percent', 'output of poultry', 'increase', 'year_on_year', None, F3Q, NBS),
        ('0.8 percent', 1, 0.8, 'percent', 'milk output', 'decrease', 'year_on_year', None, F3Q, NBS),
        ('531.62 million hogs', 1, 531.62e6, 'count', 'hogs slaughtered', None, None, None, P('In the first three quarters', '2025-01-01', '2025-09-30'), NBS),
        ('1.8 percent', 1, 1.8, 'percent', 'hogs slaughtered', 'increase', 'year_on_year', None, P('In the first three quarters', '2025-01-01', '2025-09-30'), NBS),
        ('433.41 million', 1, 433.41e6, 'count', 'number of live pigs on hand', None, None, None, END3, NBS),
        ('1.9 percent', 1, 1.9, 'percent', 'number of live pigs on hand', 'increase', 'year_on_year', None, END3, NBS),
        ('40.35 million', 1, 40.35e6, 'count', 'breeding sows', None, None, None, END3, NBS),
        ('0.9 percent', 1, 0.9, 'percent', 'breeding sows', 'decrease', 'year_on_year', None, END3, NBS),
        ('103.5 percent', 1, 103.5, 'percent', 'breeding sows as a share of the normal holding', None, None, None, END3, NBS),
        ('39 million', 1, 39e6, 'count', 'normal holding of breeding sows', None, None, None, None, None),
        ('17.0 percent', 1, 17.0, 'percent', 'consumer price of pork', 'decrease', 'year_on_year', None, SEP, NBS),
        ('0.24 percentage points', 1, 0.24, 'percentage_point', 'impact of pork prices on the CPI', 'decrease', 'year_on_year', 'approximately', SEP, NBS),
        ('1.1 percent', 1, 1.1, 'percent', 'consumer price of pork', 'decrease', 'month_on_month', None, SEP, NBS),
        ('500', 1, 500, 'count', 'county-level markets monitored', None, None, None, SEPL, MARA),
        ('12.61 yuan', 1, 12.61, 'CNY', 'average price of live hogs', None, None, None, SEPL, MARA),
        ('28.4 percent', 1, 28.4, 'percent', 'average price of live hogs', 'decrease', 'year_on_year', None, SEPL, MARA),
        ('0.86 yuan', 1, 0.86, 'CNY', 'average price of live hogs', 'decrease', 'month_on_month', None, SEPL, MARA),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
