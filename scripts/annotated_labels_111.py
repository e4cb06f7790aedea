# ruff: noqa: E501, RUF001
"""Write corpus/annotated_111/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_111.py corpus/annotated_111
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
ISTAT = "Italian National Institute of Statistics"
GIT = "Government of Italy"
TREAS = "Ministry of the Treasury"
MOTIE = "Ministry of Trade, Industry and Energy"
KCS = "Korea Customs Service"
RTRS = "Reuters"
HD = "Home Depot"
SPG = "S&P Global"
STC = "Statistics Canada"
BOC = "Bank of Canada"
CBC = "Central Bank of Chile"
TE = "Trading Economics"
LME = "London Metal Exchange"
FM = "Fastmarkets"
NBS = "National Bureau of Statistics"
SC = "Shree Cement"
MO = "Motilal Oswal"
ENTSOE = "European Network of Transmission System Operators for Electricity"

# 11101 ONS public sector employment (ref Tuesday 2025-09-16)
J25 = per("in June 2025", 2025, 6)
OVQ = Q("Over the quarter", 2025, 2)
M25E = per("March 2025", 2025, 3)
# 11102 Reuters 1987 (ref Friday 1987-05-29)
MAYH = per("IN MAY", 1987, 5)
MAY = per("in May", 1987, 5)
APR = per("in April", 1987, 4)
MAY86 = per("in May 1986", 1986, 5)
YE86 = per("a year earlier", 1986, 5)
Y87 = Y("for 1987", 1987)
REST = P("for the rest of the year", "1987-06-01", "1987-12-31")
F5 = P("In the first five months of 1987", "1987-01-01", "1987-05-31")
F5L = P("in the same period of 1986", "1986-01-01", "1986-05-31")
# 11103 Reuters 2025 (ref Friday 2025-08-01)
KJUL = per("in July", 2025, 7)
KLM = per("last month", 2025, 7)
KJUN = per("in June", 2025, 6)
F7 = P("For the first seven months of the year", "2025-01-01", "2025-07-31")
F20 = P("in the first 20 days of the month", "2025-07-01", "2025-07-20")
# 11104 CNBC (ref Tuesday 2025-08-19; Home Depot's fiscal year 2025 runs 2025-02-03 to 2026-02-01)
Q2P = P("for the three-month period", "2025-05-05", "2025-08-03")
HYE = P("a year earlier", "2024-04-29", "2024-07-28")
YAQ = P("in the year-ago quarter", "2024-04-29", "2024-07-28")
FY25 = P("in fiscal 2025", "2025-02-03", "2026-02-01")
LYS = P("last year's", "2024-01-29", "2025-02-02")
TY = Y("this year", 2025)
# 11105 MT Newswires (ref Monday 2025-11-03)
OCT = per("in October", 2025, 10)
SEP = per("in September", 2025, 9)
AME = per("a month earlier", 2025, 9)
FIELD = P("Oct. 9-23", "2025-10-09", "2025-10-23")
O29 = P("on Oct. 29", "2025-10-29", "2025-10-29")
# 11106 Trading Economics (ref Monday 2025-09-01)
JUL25 = per("in July 2025", 2025, 7)
CJUN = per("in June", 2025, 6)
JJ = P("For the January-July period", "2025-01-01", "2025-07-31")
AVG = P("from 1987 until 2025", "1987-01-01", "2025-12-31")
EOQ = P("by the end of this quarter", "2025-09-30", "2025-09-30")
# 11107 Investing.com (ref Thursday 2025-06-12)
Q3S = P("for July-September shipments", "2025-07-01", "2025-09-30")
AJQ = Q("in the April-June quarter", 2025, 2)
ET = P("By 04:30 ET", None, None)
SFM = P("so far this month", "2025-06-01", "2025-06-12")
AWA = P("a week ago", "2025-06-05", "2025-06-05")
AMAY = per("in May", 2025, 5)
AAPR = per("in April", 2025, 4)
# 11108 Business Standard (ref Friday 2025-08-01)
Q1H = P("Q1", "2025-04-01", "2025-06-30")
Q1P = P("for the April-June quarter of 2025-26 (Q1FY26)", "2025-04-01", "2025-06-30")
YAP = P("in the year-ago period", "2024-04-01", "2024-06-30")
INQ = P("in the quarter", "2025-04-01", "2025-06-30")
Q125 = P("in Q1FY25", "2024-04-01", "2024-06-30")
Q126 = P("in Q1FY26", "2025-04-01", "2025-06-30")
BYE = P("a year earlier", "2024-04-01", "2024-06-30")
PQ = P("in the previous quarter", "2025-01-01", "2025-03-31")
FY26 = P("in FY26", "2025-04-01", "2026-03-31")
BFY28 = P("by FY28", "2028-03-31", "2028-03-31")
# 11109 DG ENER (ref Thursday 2026-10-15)
INP = P("in the period", "2026-01-01", "2026-06-30")
H125 = P("in the first half of 2025", "2025-01-01", "2025-06-30")
AJ = Q("between April and June", 2026, 2)
M11 = P("On 11 May", "2026-05-11", "2026-05-11")
M4 = P("on 4 May", "2026-05-04", "2026-05-04")
M25 = P("on 25 May", "2026-05-25", "2026-05-25")
H126 = P("in the first half of 2026", "2026-01-01", "2026-06-30")
EYE = P("a year earlier", "2025-01-01", "2025-06-30")
# 11110 NBS (ref Monday 2024-12-16)
NOV = per("In November", 2024, 11)
JN = P("From January to November", "2024-01-01", "2024-11-30")
SAME = P("In the same period", "2024-01-01", "2024-11-30")

ISP = "Index of Services Production"
PI = "production index of "

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_public_sector_employment.txt': [
        ('6.17 million', 1, 6.17e6, 'count', 'people working in the UK public sector', None, None, None, J25, None),
        ('9,000', 1, 9000, 'count', 'people working in the UK public sector', 'increase', 'quarter_on_quarter', None, J25, None),
        ('0.1%', 1, 0.1, 'percent', 'people working in the UK public sector', 'increase', 'quarter_on_quarter', None, J25, None),
        ('102,000', 1, 102000, 'count', 'people working in the UK public sector', 'increase', 'year_on_year', None, J25, None),
        ('552,000', 1, 552000, 'count', 'Civil Service headcount', 'increase', None, None, J25, None),
        ('2.8%', 1, 2.8, 'percent', 'Civil Service headcount', 'increase', 'year_on_year', None, J25, None),
        ('521,000', 1, 521000, 'count', 'Civil Service headcount in full-time equivalents', None, None, None, J25, None),
        ('18%', 1, 18, 'percent', 'public sector share of all people in paid work', None, None, 'more_than', J25, None),
        ('82%', 1, 82, 'percent', 'private sector share of all people in paid work', None, None, None, J25, None),
        ('2.06 million', 1, 2.06e6, 'count', 'NHS employment', None, None, None, J25, ONS),
        ('1.55 million', 1, 1.55e6, 'count', 'education employment', None, None, None, J25, ONS),
        ('1.14 million', 1, 1.14e6, 'count', 'public administration employment', None, None, None, J25, ONS),
        ('1.3%', 1, 1.3, 'percent', 'NHS employment', 'increase', 'year_on_year', None, J25, ONS),
        ('3.76 million', 1, 3.76e6, 'count', 'central government employment', None, None, None, None, ONS),
        ('2.03 million', 1, 2.03e6, 'count', 'local government employment', None, None, None, None, ONS),
        ('0.38 million', 1, 0.38e6, 'count', 'public corporations employment', None, None, None, None, ONS),
        ('15,000 jobs', 1, 15000, 'count', 'central government jobs', 'increase', 'quarter_on_quarter', None, OVQ, ONS),
        ('6,000', 1, 6000, 'count', 'local government jobs', 'decrease', 'quarter_on_quarter', None, OVQ, ONS),
        ('0.28 million', 1, 0.28e6, 'count', 'police service strength', None, None, None, J25, ONS),
        ('138,600', 1, 138600, 'count', 'HM Forces', None, None, None, J25, ONS),
        ('1,900', 1, 1900, 'count', 'HM Forces', 'decrease', 'quarter_on_quarter', None, J25, ONS),
        ('two-thirds', 1, 0.6667, 'fraction', 'share of civil servants based outside London', None, None, 'approximately', None, ONS),
        ('55.4%', 1, 55.4, 'percent', 'women share of the Civil Service headcount', None, None, None, None, ONS),
        ('one in four', 1, 0.25, 'fraction', 'share of civil servants working part-time', None, None, 'approximately', None, ONS),
        ('3,000', 1, 3000, 'count', 'total public sector employment revision', 'decrease', None, None, M25E, ONS),
        ('6.16 million', 1, 6.16e6, 'count', 'total public sector employment', 'decrease', None, None, M25E, ONS),
    ],
    'wire_1987_italian_inflation.txt': [
        ('4.3 PCT', 1, 4.3, 'percent', 'Italian inflation', 'increase', None, None, MAYH, None),
        ('0.4 pct', 1, 0.4, 'percent', 'Italian consumer prices', 'increase', 'month_on_month', None, MAY, ISTAT),
        ('4.3 pct', 1, 4.3, 'percent', 'annual inflation rate', 'increase', 'year_on_year', None, MAY, ISTAT),
        ('4.2 pct', 1, 4.2, 'percent', 'annual inflation rate', None, 'year_on_year', None, APR, ISTAT),
        ('0.3 pct', 1, 0.3, 'percent', 'consumer prices', None, 'month_on_month', None, APR, ISTAT),
        ('0.5 pct', 1, 0.5, 'percent', 'consumer prices', None, 'month_on_month', None, MAY86, ISTAT),
        ('6.6 pct', 1, 6.6, 'percent', 'year-on-year rate', None, 'year_on_year', None, MAY86, ISTAT),
        ('15 cities', 1, 15, 'count', 'cities covered by the price surveys', None, None, None, None, ISTAT),
        ('0.5 pct', 2, 0.5, 'percent', 'prices in Milan', 'increase', 'month_on_month', None, None, ISTAT),
        ('0.3 pct', 2, 0.3, 'percent', 'prices in Rome', 'increase', 'month_on_month', None, None, ISTAT),
        ('0.6', 1, 0.6, 'percent', 'prices in Naples', 'increase', 'month_on_month', None, None, ISTAT),
        ('0.2 pct', 1, 0.2, 'percent', 'prices in Turin', 'increase', 'month_on_month', None, None, ISTAT),
        ('0.7 pct', 1, 0.7, 'percent', 'food prices', 'increase', 'month_on_month', None, MAY, ISTAT),
        ('5.1 pct', 1, 5.1, 'percent', 'food prices', 'increase', 'year_on_year', None, MAY, ISTAT),
        ('0.2 pct', 2, 0.2, 'percent', 'clothing prices', 'increase', 'month_on_month', None, MAY, ISTAT),
        ('0.6 pct', 1, 0.6, 'percent', 'housing costs, including rent', 'increase', 'month_on_month', None, MAY, ISTAT),
        ('109.4', 1, 109.4, 'index_point', "cost of living index for blue- and white-collar workers' families", None, None, None, MAY, ISTAT),
        ('104.9', 1, 104.9, 'index_point', "cost of living index for blue- and white-collar workers' families", None, None, None, YE86, ISTAT),
        ('four pct', 1, 4, 'percent', 'average inflation target', None, None, None, Y87, GIT),
        ('4.0', 1, 4.0, 'percent', 'annual inflation', None, 'year_on_year', None, REST, TREAS),
        ('4.5 pct', 1, 4.5, 'percent', 'annual inflation', None, 'year_on_year', None, REST, TREAS),
        ('2.1 pct', 1, 2.1, 'percent', 'consumer prices', 'increase', None, None, F5, ISTAT),
        ('2.9 pct', 1, 2.9, 'percent', 'consumer prices', None, None, None, F5L, ISTAT),
    ],
    'wire_2025_south_korea_exports.txt': [
        ('25%', 1, 25, 'percent', 'U.S. tariff on South Korean goods', None, None, None, None, None),
        ('15%', 1, 15, 'percent', 'U.S. tariff on South Korean goods', 'decrease', None, None, None, None),
        ('5.9%', 1, 5.9, 'percent', 'outbound shipments', 'increase', 'year_on_year', None, KLM, MOTIE),
        ('$60.8 billion', 1, 60.8e9, 'USD', 'outbound shipments', 'increase', None, None, KLM, MOTIE),
        ('2.1%', 1, 2.1, 'percent', 'outbound shipments', 'increase', 'year_on_year', None, KLM, RTRS),
        ('12 economists', 1, 12, 'count', 'economists in a Reuters poll', None, None, None, KLM, RTRS),
        ('4.3%', 1, 4.3, 'percent', 'outbound shipments', 'increase', 'year_on_year', None, KJUN, MOTIE),
        ('0.7%', 1, 0.7, 'percent', 'imports', 'increase', None, None, KJUL, MOTIE),
        ('$54.3 billion', 1, 54.3e9, 'USD', 'imports', 'increase', None, None, KJUL, MOTIE),
        ('$6.5 billion', 1, 6.5e9, 'USD', 'trade surplus', None, None, None, KJUL, MOTIE),
        ('1.8%', 1, 1.8, 'percent', 'average daily exports', 'increase', 'year_on_year', None, None, MOTIE),
        ('$2.53 billion', 1, 2.53e9, 'USD', 'average daily exports', 'increase', None, None, None, MOTIE),
        ('31.6%', 1, 31.6, 'percent', 'chip exports', 'increase', 'year_on_year', None, KJUL, MOTIE),
        ('$14.7 billion', 1, 14.7e9, 'USD', 'chip exports', 'increase', None, None, KJUL, MOTIE),
        ('4.5%', 1, 4.5, 'percent', 'car shipments', 'decrease', 'year_on_year', None, KJUL, MOTIE),
        ('$5.6 billion', 1, 5.6e9, 'USD', 'car shipments', 'decrease', None, None, KJUL, MOTIE),
        ('4.6%', 1, 4.6, 'percent', 'car sales to the United States', 'decrease', 'year_on_year', None, KJUL, MOTIE),
        ('6.2%', 1, 6.2, 'percent', 'exports of petroleum products', 'decrease', 'year_on_year', None, KJUL, MOTIE),
        ('5.1%', 1, 5.1, 'percent', 'exports of steel', 'decrease', 'year_on_year', None, KJUL, MOTIE),
        ('3.0%', 1, 3.0, 'percent', 'shipments to China', 'decrease', None, None, None, MOTIE),
        ('3.4%', 1, 3.4, 'percent', 'shipments to the United States', 'decrease', None, None, None, MOTIE),
        ('8.5%', 1, 8.5, 'percent', 'exports to ASEAN', 'increase', None, None, None, MOTIE),
        ('$394.7 billion', 1, 394.7e9, 'USD', 'exports', None, None, None, F7, MOTIE),
        ('0.4%', 1, 0.4, 'percent', 'exports', 'decrease', 'year_on_year', None, F7, MOTIE),
        ('6.8%', 1, 6.8, 'percent', 'exports', 'increase', 'year_on_year', None, F20, KCS),
    ],
    'cnbc_style_home_improvement_retailer_results.txt': [
        ('$4.68', 1, 4.68, 'USD', 'adjusted earnings per share', None, None, None, None, HD),
        ('$4.71', 1, 4.71, 'USD', 'adjusted earnings per share', None, None, None, None, None),
        ('$45.28 billion', 1, 45.28e9, 'USD', 'revenue', None, None, None, None, HD),
        ('$45.36 billion', 1, 45.36e9, 'USD', 'revenue', None, None, None, None, None),
        ('$4.55 billion', 1, 4.55e9, 'USD', 'net income', None, None, None, Q2P, HD),
        ('$4.58', 1, 4.58, 'USD', 'earnings per share', None, None, None, Q2P, HD),
        ('$4.56 billion', 1, 4.56e9, 'USD', 'net income', None, None, None, HYE, HD),
        ('$4.60', 1, 4.60, 'USD', 'earnings per share', None, None, None, HYE, HD),
        ('4.9%', 1, 4.9, 'percent', 'sales', 'increase', 'year_on_year', None, Q2P, HD),
        ('$43.18 billion', 1, 43.18e9, 'USD', 'sales', None, None, None, YAQ, HD),
        ('1%', 1, 1, 'percent', 'comparable sales', 'increase', None, None, None, HD),
        ('1.4%', 1, 1.4, 'percent', 'U.S. comparable sales', 'increase', None, None, None, HD),
        ('0.3%', 1, 0.3, 'percent', 'customer transactions', 'decrease', None, None, None, HD),
        ('395 million', 1, 395e6, 'count', 'customer transactions', 'decrease', None, 'approximately', None, HD),
        ('1.4%', 2, 1.4, 'percent', 'average ticket', 'increase', None, None, None, HD),
        ('$90.95', 1, 90.95, 'USD', 'average ticket', 'increase', None, None, None, HD),
        ('2.8%', 1, 2.8, 'percent', 'total sales', 'increase', None, 'approximately', FY25, HD),
        ('2%', 1, 2, 'percent', 'adjusted earnings per share', 'decrease', 'year_on_year', 'approximately', FY25, HD),
        ('$15.24', 1, 15.24, 'USD', 'adjusted earnings per share', None, None, None, LYS, HD),
        ('13', 1, 13, 'count', 'new stores', None, None, 'approximately', TY, HD),
        ('2%', 2, 2, 'percent', 'Home Depot shares', 'increase', None, 'approximately', None, HD),
    ],
    'mt_newswires_canada_manufacturing_pmi.txt': [
        ('49.6', 1, 49.6, 'index_point', "S&P Global Canada Manufacturing Purchasing Managers' Index", 'increase', None, None, OCT, SPG),
        ('47.7', 1, 47.7, 'index_point', "S&P Global Canada Manufacturing Purchasing Managers' Index", None, None, None, SEP, SPG),
        ('48.3', 1, 48.3, 'index_point', 'new orders sub-index', 'increase', None, None, None, SPG),
        ('46.9', 1, 46.9, 'index_point', 'new orders sub-index', None, None, None, None, SPG),
        ('47.5', 1, 47.5, 'index_point', 'output gauge', 'decrease', None, None, None, SPG),
        ('48.2', 1, 48.2, 'index_point', 'output gauge', None, None, None, None, SPG),
        ('50.1', 1, 50.1, 'index_point', 'employment index', None, None, None, OCT, SPG),
        ('49.2', 1, 49.2, 'index_point', 'employment index', None, None, None, AME, SPG),
        ('2.4 points', 1, 2.4, 'index_point', 'input prices index', 'increase', 'month_on_month', None, OCT, SPG),
        ('61.8', 1, 61.8, 'index_point', 'input prices index', 'increase', None, None, OCT, SPG),
        ('54.0', 1, 54.0, 'index_point', 'output prices index', 'decrease', None, None, OCT, SPG),
        ('38%', 1, 38, 'percent', 'respondents expecting higher output', None, None, 'approximately', None, SPG),
        ('31%', 1, 31, 'percent', 'respondents expecting higher output', None, None, None, SEP, SPG),
        ('400 manufacturers', 1, 400, 'count', 'manufacturers in the survey panel', None, None, 'approximately', FIELD, SPG),
        ('1.0%', 1, 1.0, 'percent', 'manufacturing sales', 'decrease', None, None, SEP, STC),
        ('C$70.9 billion', 1, 70.9e9, 'CAD', 'manufacturing sales', 'decrease', None, 'approximately', SEP, STC),
        ('25 basis points', 1, 25, 'basis_point', 'policy rate', 'decrease', None, None, O29, BOC),
        ('2.25%', 1, 2.25, 'percent', 'policy rate', 'decrease', None, None, O29, BOC),
    ],
    'trading_economics_style_chile_gdp_imacec.txt': [
        ('1.8%', 1, 1.8, 'percent', "Chile's economic activity index", 'increase', 'year_on_year', None, JUL25, CBC),
        ('3.0%', 1, 3.0, 'percent', "Chile's economic activity index", 'increase', 'year_on_year', None, CJUN, CBC),
        ('2.4%', 1, 2.4, 'percent', "Chile's economic activity index", None, 'year_on_year', None, JUL25, None),
        ('2.6%', 1, 2.6, 'percent', 'mining sector', 'decrease', 'year_on_year', None, JUL25, CBC),
        ('2.3%', 1, 2.3, 'percent', 'non-mining activity', 'increase', 'year_on_year', None, JUL25, CBC),
        ('+3.1%', 1, 3.1, 'percent', 'services', 'increase', 'year_on_year', None, JUL25, CBC),
        ('+4.4%', 1, 4.4, 'percent', 'commerce', 'increase', 'year_on_year', None, JUL25, CBC),
        ('0.5%', 1, 0.5, 'percent', 'seasonally adjusted IMACEC', 'decrease', 'month_on_month', None, JUL25, CBC),
        ('0.8%', 1, 0.8, 'percent', 'seasonally adjusted IMACEC', 'increase', 'month_on_month', None, CJUN, CBC),
        ('3.7%', 1, 3.7, 'percent', 'mining activity', 'decrease', 'month_on_month', None, JUL25, CBC),
        ('0.1%', 1, 0.1, 'percent', 'non-mining activity', 'decrease', 'month_on_month', None, JUL25, CBC),
        ('2.6%', 2, 2.6, 'percent', 'economic activity', 'increase', 'year_on_year', None, JJ, CBC),
        ('3.33 percent', 1, 3.33, 'percent', 'Economic Activity YoY in Chile average', None, None, None, AVG, CBC),
        ('24.04 percent', 1, 24.04, 'percent', 'Economic Activity YoY in Chile all time high', None, None, None, per('in April of 2021', 2021, 4), CBC),
        ('-15.24 percent', 1, -15.24, 'percent', 'Economic Activity YoY in Chile record low', 'decrease', None, None, per('in May of 2020', 2020, 5), CBC),
        ('2.10 percent', 1, 2.10, 'percent', 'Economic Activity YoY in Chile', None, None, None, EOQ, TE),
        ('2.20 percent', 1, 2.20, 'percent', 'Chile Economic Activity YoY', None, None, 'approximately', Y('in 2026', 2026), TE),
    ],
    'investing_style_aluminium_lme_premiums.txt': [
        ('two', 1, 2, 'count', 'Japanese buyers agreeing to the premium', None, None, 'at_least', Q3S, None),
        ('$98', 1, 98, 'USD', 'aluminium premium for Japan', None, None, None, Q3S, None),
        ('33%', 1, 33, 'percent', 'aluminium premium for Japan', 'decrease', 'quarter_on_quarter', None, Q3S, None),
        ('$147', 1, 147, 'USD', 'aluminium premium for Japan', None, None, None, AJQ, None),
        ('$110', 1, 110, 'USD', 'offers from global producers', None, None, None, Q3S, None),
        ('$125', 1, 125, 'USD', 'offers from global producers', None, None, None, Q3S, None),
        ('0.6%', 1, 0.6, 'percent', 'three-month aluminium on the LME', 'decrease', None, None, ET, None),
        ('$2,488', 1, 2488, 'USD', 'three-month aluminium on the LME', 'decrease', None, None, ET, None),
        ('4%', 1, 4, 'percent', 'three-month aluminium on the LME', 'decrease', None, 'approximately', SFM, None),
        ('26,325 tons', 1, 26325, 'tonne', 'LME aluminium stocks', 'increase', None, None, None, LME),
        ('362,150 tons', 1, 362150, 'tonne', 'LME aluminium stocks', 'increase', None, None, None, LME),
        ('24%', 1, 24, 'percent', 'cancelled warrants share of LME aluminium stocks', 'decrease', None, None, None, LME),
        ('31%', 1, 31, 'percent', 'cancelled warrants share of LME aluminium stocks', None, None, None, AWA, LME),
        ('$235', 1, 235, 'USD', 'duty-paid premium for P1020 ingot in Rotterdam', None, None, None, None, FM),
        ('$250', 1, 250, 'USD', 'duty-paid premium for P1020 ingot in Rotterdam', None, None, None, None, FM),
        ('$300', 1, 300, 'USD', 'duty-paid premium for P1020 ingot in Rotterdam', None, None, None, per('in January', 2025, 1), FM),
        ('3.84 million tons', 1, 3.84e6, 'tonne', 'primary aluminium production in China', None, None, None, AMAY, NBS),
        ('3.6%', 1, 3.6, 'percent', 'primary aluminium production in China', 'increase', 'year_on_year', None, AMAY, NBS),
        ('123,900 tons', 1, 123900, 'tonne', 'daily output', None, None, None, AMAY, NBS),
        ('124,300 tons', 1, 124300, 'tonne', 'daily output', None, None, None, AAPR, NBS),
    ],
    'business_standard_style_cement_company_results.txt': [
        ('2.4x', 1, 2.4, 'times', 'Shree Cement profit', 'increase', None, None, Q1H, None),
        ('2%', 1, 2, 'percent', 'volumes', 'decrease', None, None, Q1H, None),
        ('₹628 crore', 1, 6.28e9, 'INR', 'consolidated net profit', None, None, None, Q1P, SC),
        ('2.4 times', 1, 2.4, 'times', 'consolidated net profit', 'increase', 'year_on_year', None, Q1P, SC),
        ('₹263 crore', 1, 2.63e9, 'INR', 'consolidated net profit', None, None, None, YAP, SC),
        ('8.9 per cent', 1, 8.9, 'percent', 'revenue from operations', 'increase', 'year_on_year', None, None, SC),
        ('₹5,270 crore', 1, 5.27e10, 'INR', 'revenue from operations', 'increase', None, None, None, SC),
        ('9.1 million tonnes', 1, 9.1e6, 'tonne', 'sales volumes including clinker', None, None, None, INQ, SC),
        ('2.1 per cent', 1, 2.1, 'percent', 'sales volumes including clinker', 'decrease', 'year_on_year', None, INQ, SC),
        ('9.3 mt', 1, 9.3e6, 'tonne', 'sales volumes including clinker', None, None, None, Q125, SC),
        ('8.7 mt', 1, 8.7e6, 'tonne', 'cement volumes', None, None, None, INQ, SC),
        ('₹5,360', 1, 5360, 'INR', 'blended realisation', 'increase', None, None, Q126, SC),
        ('₹4,930', 1, 4930, 'INR', 'blended realisation', None, None, None, BYE, SC),
        ('9 per cent', 1, 9, 'percent', 'blended realisation', 'increase', 'year_on_year', 'approximately', Q126, SC),
        ('₹1,310', 1, 1310, 'INR', 'EBITDA per tonne', 'increase', None, None, Q126, SC),
        ('₹980', 1, 980, 'INR', 'EBITDA per tonne', None, None, None, Q125, SC),
        ('₹1,175', 1, 1175, 'INR', 'EBITDA per tonne', None, None, None, PQ, SC),
        ('36 per cent', 1, 36, 'percent', 'operating EBITDA', 'increase', None, None, None, SC),
        ('₹1,192 crore', 1, 1.192e10, 'INR', 'operating EBITDA', 'increase', None, None, None, SC),
        ('450 basis points', 1, 450, 'basis_point', 'EBITDA margin', 'increase', None, None, None, SC),
        ('22.6 per cent', 1, 22.6, 'percent', 'EBITDA margin', 'increase', None, None, None, SC),
        ('11 per cent', 1, 11, 'percent', 'power and fuel costs per tonne', 'decrease', None, None, None, MO),
        ('3 per cent', 1, 3, 'percent', 'freight costs per tonne', 'decrease', None, None, None, MO),
        ('6', 1, 6, 'percent', 'volume growth', 'increase', None, None, FY26, MO),
        ('7 per cent', 1, 7, 'percent', 'volume growth', 'increase', None, None, FY26, MO),
        ('₹34,500', 1, 34500, 'INR', 'target price', 'increase', None, None, None, MO),
        ('₹3,000 crore', 1, 3e10, 'INR', 'capital expenditure', None, None, None, BFY28, SC),
        ('6 mt', 1, 6e6, 'tonne', 'grinding capacity', 'increase', None, None, BFY28, SC),
        ('80 mt', 1, 80e6, 'tonne', 'total capacity', 'increase', None, None, BFY28, SC),
    ],
    'eu_energy_style_electricity_negative_prices_hours.txt': [
        ('457 hours', 1, 457, 'hour', 'hours with negative prices in Germany', None, None, None, INP, None),
        ('342 hours', 1, 342, 'hour', 'hours with negative prices in Germany', None, None, None, H125, None),
        ('431 hours', 1, 431, 'hour', 'hours with negative prices in the Netherlands', None, None, None, INP, None),
        ('402 hours', 1, 402, 'hour', 'hours with negative prices in Spain', None, None, None, INP, None),
        ('318', 1, 318, 'hour', 'hours with negative prices in France', None, None, None, INP, None),
        ('296 hours', 1, 296, 'hour', 'hours with negative prices in Belgium', None, None, None, INP, None),
        ('102 TWh', 1, 102, 'terawatt hour', 'EU solar generation', None, None, None, AJ, None),
        ('14%', 1, 14, 'percent', 'EU solar generation', 'increase', 'year_on_year', None, AJ, None),
        ('190 GW', 1, 190, 'gigawatt', 'EU solar output peak', None, None, 'approximately', M11, None),
        ('62%', 1, 62, 'percent', 'share of demand at midday covered by solar output', None, None, 'approximately', M11, None),
        ('-400 €/MWh', 1, -400, 'EUR', 'lowest hourly price', None, None, None, M4, ENTSOE),
        ('-180 €/MWh', 1, -180, 'EUR', "Germany's lowest hourly price", None, None, None, M25, ENTSOE),
        ('6.1 TWh', 1, 6.1, 'terawatt hour', 'wind and solar output in Germany affected by redispatch and curtailment measures', 'increase', None, None, H126, ENTSOE),
        ('4.7 TWh', 1, 4.7, 'terawatt hour', 'wind and solar output in Germany affected by redispatch and curtailment measures', None, None, None, EYE, ENTSOE),
        ('1.3 TWh', 1, 1.3, 'terawatt hour', 'curtailed solar output in Spain', None, None, 'approximately', H126, ENTSOE),
        ('3.8%', 1, 3.8, 'percent', 'curtailed solar output in Spain share of solar generation', None, None, None, H126, ENTSOE),
        ('28 €/MWh', 1, 28, 'EUR', 'solar capture price in Germany', None, None, None, AJ, ENTSOE),
        ('41%', 1, 41, 'percent', 'solar capture price in Germany share of the baseload average', None, None, None, AJ, ENTSOE),
        ('68 €/MWh', 1, 68, 'EUR', 'baseload average', None, None, None, AJ, ENTSOE),
    ],
    'nbs_style_consumer_confidence_services_output.txt': [
        ('6.1 percent', 1, 6.1, 'percent', 'national ' + ISP, 'increase', 'year_on_year', None, NOV, NBS),
        ('0.8 percentage points', 1, 0.8, 'percentage_point', ISP + ' growth', 'increase', 'month_on_month', None, NOV, NBS),
        ('0.42 percent', 1, 0.42, 'percent', ISP, 'increase', 'month_on_month', None, NOV, NBS),
        ('10.6 percent', 1, 10.6, 'percent', PI + 'information transmission, software and information technology services', 'increase', 'year_on_year', None, NOV, NBS),
        ('9.8 percent', 1, 9.8, 'percent', PI + 'leasing and business services', 'increase', 'year_on_year', None, NOV, NBS),
        ('7.2 percent', 1, 7.2, 'percent', PI + 'financial services', 'increase', 'year_on_year', None, NOV, NBS),
        ('5.9 percent', 1, 5.9, 'percent', PI + 'wholesale and retail trades', 'increase', 'year_on_year', None, NOV, NBS),
        ('6.4 percent', 1, 6.4, 'percent', PI + 'transport, storage and postal services', 'increase', 'year_on_year', None, NOV, NBS),
        ('2.7 percent', 1, 2.7, 'percent', PI + 'real estate', 'decrease', 'year_on_year', None, NOV, NBS),
        ('5.4 percent', 1, 5.4, 'percent', ISP, 'increase', 'year_on_year', None, JN, NBS),
        ('7.9 percent', 1, 7.9, 'percent', 'business revenue of service enterprises above designated size', 'increase', 'year_on_year', None, SAME, NBS),
        ('86.9', 1, 86.9, 'index_point', 'consumer confidence index', None, None, None, NOV, NBS),
        ('1.1 points', 1, 1.1, 'index_point', 'consumer confidence index', 'increase', 'month_on_month', None, NOV, NBS),
        ('4.6 points', 1, 4.6, 'index_point', 'consumer confidence index', 'decrease', 'year_on_year', None, NOV, NBS),
        ('84.0', 1, 84.0, 'index_point', 'consumer satisfaction index', None, None, None, NOV, NBS),
        ('89.1', 1, 89.1, 'index_point', 'consumer expectation index', None, None, None, NOV, NBS),
        ('17', 1, 17, 'count', 'service industry categories recording year-on-year growth in their production indices', None, None, None, None, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
