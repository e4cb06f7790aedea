# ruff: noqa: E501, RUF001
"""Write corpus/annotated_19/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_19.py corpus/annotated_19
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
BSA = "Building Societies Association"
BOE = "Bank of England"
HALIFAX = "Halifax Building Society"
MOEA = "Ministry of Economic Affairs"
DGBAS = "Directorate-General of Budget, Accounting and Statistics"
CGC = "Challenger, Gray & Christmas"
BLS = "U.S. Bureau of Labor Statistics"
FED = "Federal Reserve"
CME = "CME Group"
DOC = "U.S. Department of Commerce"
MIC = "Ministry of Internal Affairs and Communications"
TE = "Trading Economics"
SNB = "Swiss National Bank"
FSO = "Federal Statistical Office"
RBI = "Reserve Bank of India"
EC = "European Commission"
NBS = "National Bureau of Statistics"
MARA = "Ministry of Agriculture and Rural Affairs"

# 1901 ONS business enterprise R&D (ref 2025-11-20)
Y24 = Y("in 2024", 2024)
Y23 = Y("in 2023", 2023)
# 1902 Reuters 1987 (ref 1987-04-21)
MAR87 = per("in March", 1987, 3)
FEB87 = per("in February", 1987, 2)
Q187 = Q("In the first quarter", 1987, 1)
Q187b = Q("in the first quarter", 1987, 1)
YE86 = P("a year earlier", "1986-01-01", "1986-03-31")
EOM87 = P("at the end of March", "1987-03-31", "1987-03-31")
# 1903 Reuters 2025 (ref 2025-11-20)
OCT = per("in October", 2025, 10)
IOCT = per("In October", 2025, 10)
F10 = P("For the first 10 months of the year", "2025-01-01", "2025-10-31")
NOVF = per("November", 2025, 11)
# 1904 CNBC (ref 2025-11-06)
YTD = P("Year to date", "2025-01-01", "2025-11-06")
OCTS = per("October", 2025, 10)
LW = P("last week", "2025-10-27", "2025-11-02")
# 1905 MT Newswires (ref 2025-11-04)
SEP = per("in September", 2025, 9)
AUGR = per("August", 2025, 8)
AUG = per("in August", 2025, 8)
# 1906 Trading Economics (ref 2025-10-31)
S25 = per("in September 2025", 2025, 9)
# 1907 Investing.com (ref 2025-09-25)
THU = P("on Thursday", "2025-09-25", "2025-09-25")
ET = P("By 04:20 ET", None, None)
F25 = Y("for 2025", 2025)
F26 = Y("for 2026", 2026)
# 1908 Business Standard (ref 2025-12-01)
Q2FY26 = P("in Q2FY26", "2025-07-01", "2025-09-30")
JSQ = P("in the July-September quarter of 2025-26", "2025-07-01", "2025-09-30")
YAGO = P("a year ago", "2024-07-01", "2024-09-30")
YEARL = P("a year earlier", "2024-07-01", "2024-09-30")
INQ = P("in the quarter", "2025-07-01", "2025-09-30")
Q2FY25 = P("in Q2FY25", "2024-07-01", "2024-09-30")
H1FY26 = P("For the first half of FY26", "2025-04-01", "2025-09-30")
H1FY25 = P("in H1FY25", "2024-04-01", "2024-09-30")
# 1909 DG ENER (ref 2025-10-15)
Q225 = Q("In the second quarter of 2025", 2025, 2)
INQE = Q("in the quarter", 2025, 2)
EOJ = P("at the end of June 2025", "2025-06-30", "2025-06-30")
# 1910 NBS (ref 2025-10-20)
F3Q = P("In the first three quarters", "2025-01-01", "2025-09-30")
EQ3 = P("At the end of the third quarter", "2025-09-30", "2025-09-30")
EOS = P("At the end of September", "2025-09-30", "2025-09-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_business_rd.txt': [
        ('£52.4 billion', 1, 52.4e9, 'GBP', 'UK business enterprise research and development (BERD) expenditure', None, None, None, Y24, None),
        ('3.1%', 1, 3.1, 'percent', 'UK business enterprise research and development (BERD) expenditure', 'increase', 'year_on_year', None, Y24, None),
        ('0.9%', 1, 0.9, 'percent', 'BERD in constant prices', 'increase', 'year_on_year', None, Y24, None),
        ('£50.1 billion', 1, 50.1e9, 'GBP', 'BERD', None, None, None, Y('for 2023', 2023), None),
        ('£50.8 billion', 1, 50.8e9, 'GBP', 'BERD', 'increase', None, None, Y('for 2023', 2023), None),
        ('£10.9 billion', 1, 10.9e9, 'GBP', 'spending on pharmaceuticals', None, None, None, Y24, ONS),
        ('a fifth', 1, 0.2, 'fraction', 'share of pharmaceuticals in total BERD', None, None, 'approximately', Y24, ONS),
        ('2.4%', 1, 2.4, 'percent', 'spending on pharmaceuticals', 'decrease', 'year_on_year', None, Y24, ONS),
        ('8.7%', 1, 8.7, 'percent', 'spending on computer programming and information services', 'increase', 'year_on_year', None, Y24, ONS),
        ('£7.6 billion', 1, 7.6e9, 'GBP', 'spending on computer programming and information services', 'increase', None, None, Y24, ONS),
        ('5.2%', 1, 5.2, 'percent', 'spending on aerospace', 'increase', 'year_on_year', None, Y24, ONS),
        ('£3.8 billion', 1, 3.8e9, 'GBP', 'research on motor vehicles and parts', 'decrease', None, None, Y24, ONS),
        ('18.6%', 1, 18.6, 'percent', 'share of BERD funded from overseas', 'increase', None, None, Y24, ONS),
        ('17.9%', 1, 17.9, 'percent', 'share of BERD funded from overseas', None, None, None, Y23, ONS),
        ('three quarters', 1, 0.75, 'fraction', "share of BERD paid for by businesses' own funds", None, None, 'approximately', Y24, ONS),
        ('294,000', 1, 294000, 'count', 'full-time equivalent staff working on R&D in UK businesses', None, None, 'approximately', Y24, ONS),
        ('6,000', 1, 6000, 'count', 'full-time equivalent staff working on R&D in UK businesses', 'increase', 'year_on_year', None, Y24, ONS),
        ('52%', 1, 52, 'percent', 'share of the South East, the East of England and London in BERD', None, None, None, Y24, ONS),
        ('£11.2 billion', 1, 11.2e9, 'GBP', 'expenditure in the South East', None, None, None, Y24, ONS),
        ('£9.8 billion', 1, 9.8e9, 'GBP', 'expenditure in the East of England', None, None, None, Y24, ONS),
        ('£7.1 billion', 1, 7.1e9, 'GBP', 'expenditure in London', None, None, None, Y24, ONS),
        ('£0.7 billion', 1, 0.7e9, 'GBP', 'spending in the North East', None, None, None, Y24, ONS),
        ('11.4%', 1, 11.4, 'percent', 'spending in the North East', 'increase', None, None, Y24, ONS),
        ('5,200', 1, 5200, 'count', 'businesses sampled by the BERD survey', None, None, 'approximately', None, ONS),
    ],
    'wire_1987_uk_building_societies.txt': [
        ('354 MLN STG', 1, 354e6, 'GBP', 'U.K. building society receipts', 'decrease', None, None, per('IN MARCH', 1987, 3), None),
        ('354 mln stg', 1, 354e6, 'GBP', 'net receipts of British building societies', 'decrease', None, None, MAR87, BSA),
        ('712 mln', 1, 712e6, 'GBP', 'net receipts of British building societies', None, None, None, FEB87, BSA),
        ('500', 1, 500e6, 'GBP', 'receipts', None, None, None, per('March', 1987, 3), None),
        ('600 mln stg', 1, 600e6, 'GBP', 'receipts', None, None, None, per('March', 1987, 3), None),
        ('8.3 pct', 1, 8.3, 'percent', 'net new mortgage commitments', 'increase', 'month_on_month', None, MAR87, BSA),
        ('3.96 billion stg', 1, 3.96e9, 'GBP', 'net new mortgage commitments', 'increase', None, None, MAR87, BSA),
        ('2.87 billion stg', 1, 2.87e9, 'GBP', 'gross advances', 'increase', None, None, MAR87, BSA),
        ('2.41 billion', 1, 2.41e9, 'GBP', 'gross advances', None, None, None, FEB87, BSA),
        ('1.49 billion stg', 1, 1.49e9, 'GBP', 'net receipts', None, None, None, Q187, BSA),
        ('2.18 billion', 1, 2.18e9, 'GBP', 'net receipts', None, None, None, P('in the same period of 1986', '1986-01-01', '1986-03-31'), BSA),
        ('4.1 billion stg', 1, 4.1e9, 'GBP', 'net advances', 'increase', None, None, Q187, BSA),
        ('3.3 billion', 1, 3.3e9, 'GBP', 'net advances', None, None, None, YE86, BSA),
        ('55 pct', 1, 55, 'percent', "societies' share of net new mortgage lending", 'decrease', None, 'approximately', Q187b, BSA),
        ('73 pct', 1, 73, 'percent', "societies' share of net new mortgage lending", None, None, None, YE86, BSA),
        ('1.25 billion stg', 1, 1.25e9, 'GBP', 'bank lending to the personal sector for house purchase', 'increase', None, None, MAR87, BOE),
        ('980 mln stg', 1, 980e6, 'GBP', 'bank lending to the personal sector for house purchase', None, None, None, FEB87, BOE),
        ('one percentage point', 1, 1, 'percentage_point', 'basic mortgage rate', 'decrease', None, None, per('last month', 1987, 3), HALIFAX),
        ('11.25 pct', 1, 11.25, 'percent', 'basic mortgage rate', 'decrease', None, None, per('last month', 1987, 3), HALIFAX),
        ('10 pct', 1, 10, 'percent', 'base lending rates', 'decrease', None, None, MAR87, None),
        ('a third', 1, 0.3333, 'fraction', "share of inflow going into high-interest instant-access accounts", None, None, 'approximately', per('March', 1987, 3), BSA),
        ('21.6 billion stg', 1, 21.6e9, 'GBP', 'liquid assets held by societies', None, None, None, EOM87, BSA),
        ('18.4 pct', 1, 18.4, 'percent', 'liquid assets as a share of total assets', None, None, None, EOM87, BSA),
    ],
    'wire_2025_taiwan_export_orders.txt': [
        ('25.1%', 1, 25.1, 'percent', "Taiwan's export orders", 'increase', None, None, per('October', 2025, 10), None),
        ('25.1%', 2, 25.1, 'percent', 'export orders', 'increase', 'year_on_year', None, OCT, MOEA),
        ('$68.7 billion', 1, 68.7e9, 'USD', 'export orders', 'increase', None, None, OCT, MOEA),
        ('18.5%', 1, 18.5, 'percent', 'export orders', 'increase', 'year_on_year', None, OCT, 'Reuters'),
        ('16', 1, 16, 'count', 'economists in a Reuters poll', None, None, None, OCT, 'Reuters'),
        ('30.6%', 1, 30.6, 'percent', 'export orders', 'increase', 'year_on_year', None, per('In September', 2025, 9), MOEA),
        ('34.2%', 1, 34.2, 'percent', 'orders from the United States', 'increase', 'year_on_year', None, OCT, MOEA),
        ('8.9%', 1, 8.9, 'percent', 'orders from China and Hong Kong', 'increase', 'year_on_year', None, OCT, MOEA),
        ('12.4%', 1, 12.4, 'percent', 'orders from Europe', 'increase', 'year_on_year', None, OCT, MOEA),
        ('3.1%', 1, 3.1, 'percent', 'orders from Japan', 'increase', 'year_on_year', None, OCT, MOEA),
        ('a third', 1, 0.3333, 'fraction', 'share of electronic products in total orders', None, None, 'approximately', IOCT, MOEA),
        ('41.7%', 1, 41.7, 'percent', 'orders for electronic products', 'increase', None, None, IOCT, MOEA),
        ('28.3%', 1, 28.3, 'percent', 'orders for information and communication products', 'increase', None, None, IOCT, MOEA),
        ('5.6%', 1, 5.6, 'percent', 'orders for basic metals', 'decrease', None, None, IOCT, MOEA),
        ('$574.3 billion', 1, 574.3e9, 'USD', 'export orders', None, None, None, F10, MOEA),
        ('19.8%', 1, 19.8, 'percent', 'export orders', 'increase', 'year_on_year', None, F10, MOEA),
        ('$66.5 billion', 1, 66.5e9, 'USD', 'export orders', None, None, None, NOVF, MOEA),
        ('$68.5 billion', 1, 68.5e9, 'USD', 'export orders', None, None, None, NOVF, MOEA),
        ('17.9%', 1, 17.9, 'percent', 'export orders', 'increase', 'year_on_year', None, NOVF, MOEA),
        ('21.2%', 1, 21.2, 'percent', 'export orders', 'increase', 'year_on_year', None, NOVF, MOEA),
        ('2.3%', 1, 2.3, 'percent', 'export orders', 'increase', 'month_on_month', None, per('October', 2025, 10), MOEA),
        ('7.37%', 1, 7.37, 'percent', 'economic growth', 'increase', None, None, Y('2025', 2025), DGBAS),
        ('4.45%', 1, 4.45, 'percent', 'economic growth', None, None, None, Y('2025', 2025), DGBAS),
        ('30.85', 1, 30.85, 'TWD', 'Taiwan dollar', None, None, None, P('on Thursday', '2025-11-20', '2025-11-20'), MOEA),
    ],
    'cnbc_style_challenger_job_cuts.txt': [
        ('162%', 1, 162, 'percent', 'announced layoffs', 'increase', None, None, per('in October', 2025, 10), CGC),
        ('136,418', 1, 136418, 'count', 'job cuts announced by U.S.-based employers', None, None, None, per('in October', 2025, 10), CGC),
        ('162%', 2, 162, 'percent', 'job cuts announced by U.S.-based employers', 'increase', 'year_on_year', None, per('in October', 2025, 10), CGC),
        ('2.4 times', 1, 2.4, 'times', 'announced cuts', 'increase', 'month_on_month', None, per('in October', 2025, 10), CGC),
        ('56,970', 1, 56970, 'count', 'announced cuts', None, None, None, per('in September', 2025, 9), CGC),
        ('1,046,210', 1, 1046210, 'count', 'cuts announced by employers', None, None, None, YTD, CGC),
        ('61%', 1, 61, 'percent', 'cuts announced by employers', 'increase', 'year_on_year', None, YTD, CGC),
        ('31,625', 1, 31625, 'count', 'announced cuts by technology companies', None, None, None, per('in October', 2025, 10), CGC),
        ('27,940', 1, 27940, 'count', 'announced cuts in warehousing', None, None, None, per('in October', 2025, 10), CGC),
        ('9,180', 1, 9180, 'count', 'announced cuts in retail', None, None, None, per('in October', 2025, 10), CGC),
        ('7,410', 1, 7410, 'count', 'announced cuts in services', None, None, None, per('in October', 2025, 10), CGC),
        ('47,120', 1, 47120, 'count', 'layoffs attributed to cost-cutting', None, None, None, OCTS, CGC),
        ('18,300', 1, 18300, 'count', 'layoffs attributed to artificial intelligence', None, None, 'approximately', OCTS, CGC),
        ('an eighth', 1, 0.125, 'fraction', 'share of layoffs attributed to artificial intelligence', None, None, 'approximately', OCTS, CGC),
        ('488,077', 1, 488077, 'count', 'announced hiring plans', None, None, None, P('so far this year', '2025-01-01', '2025-11-06'), CGC),
        ('35%', 1, 35, 'percent', 'announced hiring plans', 'decrease', 'year_on_year', None, P('so far this year', '2025-01-01', '2025-11-06'), CGC),
        ('4.3%', 1, 4.3, 'percent', 'unemployment rate', None, None, None, per('in August', 2025, 8), BLS),
        ('4.4%', 1, 4.4, 'percent', 'unemployment rate', 'increase', None, None, per('in October', 2025, 10), 'Dow Jones'),
        ('a quarter percentage point', 1, 0.25, 'percentage_point', 'Fed benchmark rate', 'decrease', None, None, LW, FED),
        ('3.75%', 1, 3.75, 'percent', 'Fed benchmark rate', 'decrease', None, None, LW, FED),
        ('4%', 1, 4, 'percent', 'Fed benchmark rate', 'decrease', None, None, LW, FED),
        ('67%', 1, 67, 'percent', 'chance of another Fed rate cut', None, None, None, per('in December', 2025, 12), CME),
    ],
    'mt_newswires_factory_orders.txt': [
        ('1.4%', 1, 1.4, 'percent', 'US factory orders', 'increase', None, None, SEP, None),
        ('1.4%', 2, 1.4, 'percent', 'US factory orders', 'increase', 'month_on_month', None, SEP, DOC),
        ('1.0%', 1, 1.0, 'percent', 'factory orders', 'increase', 'month_on_month', None, SEP, 'Bloomberg'),
        ('0.2%', 1, 0.2, 'percent', 'factory orders', 'increase', 'month_on_month', None, AUGR, DOC),
        ('0.1%', 1, 0.1, 'percent', 'factory orders', 'decrease', 'month_on_month', None, AUGR, DOC),
        ('0.6%', 1, 0.6, 'percent', 'orders excluding transportation', 'increase', 'month_on_month', None, SEP, DOC),
        ('0.3%', 1, 0.3, 'percent', 'orders excluding transportation', 'increase', 'month_on_month', None, AUG, DOC),
        ('2.9%', 1, 2.9, 'percent', 'durable goods orders', 'increase', None, None, SEP, DOC),
        ('3.0%', 1, 3.0, 'percent', 'durable goods orders', None, None, None, SEP, DOC),
        ('0.1%', 2, 0.1, 'percent', 'orders for nondurable goods', 'increase', None, None, SEP, DOC),
        ('6.8%', 1, 6.8, 'percent', 'transportation equipment orders', 'increase', None, None, None, DOC),
        ('21.5%', 1, 21.5, 'percent', 'orders for nondefense aircraft and parts', 'increase', None, None, None, DOC),
        ('4.2%', 1, 4.2, 'percent', 'defense capital goods orders', 'decrease', None, None, None, DOC),
        ('0.5%', 1, 0.5, 'percent', 'shipments of manufactured goods', 'increase', None, None, None, DOC),
        ('$603.2 billion', 1, 603.2e9, 'USD', 'shipments of manufactured goods', 'increase', None, None, None, DOC),
        ('0.2%', 2, 0.2, 'percent', 'inventories of manufactured goods', 'increase', None, None, None, DOC),
        ('$859.7 billion', 1, 859.7e9, 'USD', 'inventories of manufactured goods', 'increase', None, None, None, DOC),
        ('0.4%', 1, 0.4, 'percent', 'unfilled orders', 'increase', None, None, None, DOC),
        ('$1.42 trillion', 1, 1.42e12, 'USD', 'unfilled orders', 'increase', None, None, None, DOC),
        ('0.7%', 1, 0.7, 'percent', 'core capital goods orders', 'increase', None, None, SEP, DOC),
        ('0.9%', 1, 0.9, 'percent', 'core capital goods shipments', 'increase', None, None, SEP, DOC),
        ('3.8%', 1, 3.8, 'percent', 'factory orders', 'increase', 'year_on_year', None, SEP, DOC),
    ],
    'trading_economics_style_japan_unemployment.txt': [
        ('2.6%', 1, 2.6, 'percent', 'Japan Unemployment Rate', 'increase', None, None, None, None),
        ('2.6%', 2, 2.6, 'percent', "Japan's seasonally adjusted unemployment rate", 'increase', None, None, S25, MIC),
        ('2.5%', 1, 2.5, 'percent', "Japan's seasonally adjusted unemployment rate", None, None, None, per('in the previous month', 2025, 8), MIC),
        ('2.5%', 2, 2.5, 'percent', 'unemployment rate', None, None, None, S25, None),
        ('60 thousand', 1, 60000, 'count', 'number of unemployed persons', 'increase', 'month_on_month', None, S25, MIC),
        ('3.5%', 1, 3.5, 'percent', 'number of unemployed persons', 'increase', 'month_on_month', None, S25, MIC),
        ('1.78 million', 1, 1.78e6, 'count', 'number of unemployed persons', 'increase', None, None, S25, MIC),
        ('120 thousand', 1, 120000, 'count', 'employment', 'decrease', 'month_on_month', None, S25, MIC),
        ('68.21 million', 1, 68.21e6, 'count', 'employment', 'decrease', None, None, S25, MIC),
        ('0.1%', 1, 0.1, 'percent', 'labor force', 'decrease', 'month_on_month', None, S25, MIC),
        ('69.99 million', 1, 69.99e6, 'count', 'labor force', 'decrease', None, None, S25, MIC),
        ('2.8%', 1, 2.8, 'percent', 'unemployment rate for men', None, None, None, S25, MIC),
        ('2.4%', 1, 2.4, 'percent', 'unemployment rate for women', None, None, None, S25, MIC),
        ('0.5%', 1, 0.5, 'percent', 'number of employed persons', 'increase', 'year_on_year', None, S25, MIC),
        ('90 thousand', 1, 90000, 'count', 'number of unemployed', 'increase', 'year_on_year', None, S25, MIC),
        ('4.1%', 1, 4.1, 'percent', 'jobless rate among those aged 15 to 24', None, None, None, S25, MIC),
        ('2.71 percent', 1, 2.71, 'percent', 'Unemployment Rate in Japan average', None, None, None, P('from 1953 until 2025', '1953-01-01', '2025-12-31'), MIC),
        ('5.60 percent', 1, 5.60, 'percent', 'Unemployment Rate in Japan all time high', None, None, None, per('in July of 2009', 2009, 7), MIC),
        ('1.00 percent', 1, 1.00, 'percent', 'Unemployment Rate in Japan record low', None, None, None, per('in November of 1964', 1964, 11), MIC),
        ('2.50 percent', 1, 2.50, 'percent', 'Unemployment Rate in Japan', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('2.40 percent', 1, 2.40, 'percent', 'Japan Unemployment Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('2.30 percent', 1, 2.30, 'percent', 'Japan Unemployment Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_usdchf_snb.txt': [
        ('0%', 1, 0, 'percent', 'SNB rate', None, None, None, None, SNB),
        ('0%', 2, 0, 'percent', 'policy rate', None, None, None, THU, SNB),
        ('0.3%', 1, 0.3, 'percent', 'USD/CHF', 'increase', None, None, ET, None),
        ('0.7985', 1, 0.7985, 'CHF', 'USD/CHF', 'increase', None, None, ET, None),
        ('0.2%', 1, 0.2, 'percent', 'EUR/CHF', 'increase', None, None, ET, None),
        ('0.9342', 1, 0.9342, 'CHF', 'EUR/CHF', 'increase', None, None, ET, None),
        ('12%', 1, 12, 'percent', 'franc against the greenback', 'increase', None, 'approximately', P('since the start of the year', '2025-01-01', '2025-09-25'), None),
        ('32', 1, 32, 'count', 'economists in a Reuters poll', None, None, None, None, 'Reuters'),
        ('30', 1, 30, 'count', 'economists expecting the hold', None, None, None, None, 'Reuters'),
        ('two', 1, 2, 'count', 'economists forecasting a cut', None, None, None, None, 'Reuters'),
        ('-0.25%', 1, -0.25, 'percent', 'policy rate', 'decrease', None, None, None, 'Reuters'),
        ('175 basis points', 1, 175, 'basis_point', 'policy rate', 'decrease', None, None, P('since March 2024', '2024-03-01', '2025-09-25'), SNB),
        ('quarter-point', 1, 0.25, 'percentage_point', 'policy rate', 'decrease', None, None, per('in June', 2025, 6), SNB),
        ('0.2%', 2, 0.2, 'percent', 'Swiss annual inflation', 'decrease', 'year_on_year', None, per('in August', 2025, 8), FSO),
        ('0.3%', 2, 0.3, 'percent', 'Swiss annual inflation', None, 'year_on_year', None, per('in July', 2025, 7), FSO),
        ('0%', 3, 0, 'percent', "SNB's target range", None, None, None, None, SNB),
        ('2%', 1, 2, 'percent', "SNB's target range", None, None, None, None, SNB),
        ('0.2%', 3, 0.2, 'percent', 'inflation', 'decrease', None, None, F25, SNB),
        ('0.5%', 1, 0.5, 'percent', 'inflation', 'decrease', None, None, F26, SNB),
        ('0.3%', 3, 0.3, 'percent', 'inflation', None, None, None, F25, SNB),
        ('0.7%', 1, 0.7, 'percent', 'inflation', None, None, None, F26, SNB),
        ('1%', 1, 1, 'percent', 'economic growth', 'increase', None, None, Y('this year', 2025), SNB),
        ('1.5%', 1, 1.5, 'percent', 'economic growth', 'increase', None, None, Y('this year', 2025), SNB),
        ('0.4%', 1, 0.4, 'percent', 'dollar index', 'increase', None, None, None, None),
        ('98.05', 1, 98.05, 'index_point', 'dollar index', 'increase', None, None, None, None),
        ('0.78', 1, 0.78, 'CHF', 'USD/CHF', None, None, 'approximately', P('by the end of the year', '2025-12-31', '2025-12-31'), 'UBS'),
    ],
    'business_standard_style_current_account.txt': [
        ('$12.3 bn', 1, 12.3e9, 'USD', 'CAD', 'increase', None, None, Q2FY26, None),
        ('1.3%', 1, 1.3, 'percent', 'CAD as a share of GDP', 'increase', None, None, Q2FY26, None),
        ('$12.3 billion', 1, 12.3e9, 'USD', "India's current account deficit (CAD)", 'increase', None, None, JSQ, RBI),
        ('1.3 per cent', 1, 1.3, 'percent', 'current account deficit as a share of GDP', 'increase', None, None, JSQ, RBI),
        ('$10.4 billion', 1, 10.4e9, 'USD', "India's current account deficit (CAD)", None, None, None, YAGO, RBI),
        ('1.1 per cent', 1, 1.1, 'percent', 'current account deficit as a share of GDP', None, None, None, YAGO, RBI),
        ('$2.4 billion', 1, 2.4e9, 'USD', 'current account deficit', None, None, None, Q('In the preceding April-June quarter', 2025, 2), RBI),
        ('0.2 per cent', 1, 0.2, 'percent', 'current account deficit as a share of GDP', None, None, None, Q('In the preceding April-June quarter', 2025, 2), RBI),
        ('$87.4 billion', 1, 87.4e9, 'USD', 'merchandise trade deficit', 'increase', None, None, INQ, RBI),
        ('$75.3 billion', 1, 75.3e9, 'USD', 'merchandise trade deficit', None, None, None, YEARL, RBI),
        ('14.6 per cent', 1, 14.6, 'percent', 'net services receipts', 'increase', 'year_on_year', None, INQ, RBI),
        ('$50.9 billion', 1, 50.9e9, 'USD', 'net services receipts', 'increase', None, None, INQ, RBI),
        ('$38.6 billion', 1, 38.6e9, 'USD', 'private transfer receipts', 'increase', None, None, P('in July-September', '2025-07-01', '2025-09-30'), RBI),
        ('8.1 per cent', 1, 8.1, 'percent', 'private transfer receipts', 'increase', 'year_on_year', None, P('in July-September', '2025-07-01', '2025-09-30'), RBI),
        ('$2.1 billion', 1, 2.1e9, 'USD', 'net foreign direct investment (FDI) outflow', None, None, None, Q2FY26, RBI),
        ('$2.8 billion', 1, 2.8e9, 'USD', 'net foreign direct investment (FDI) inflow', None, None, None, Q2FY25, RBI),
        ('$5.7 billion', 1, 5.7e9, 'USD', 'foreign portfolio investment net outflows', None, None, None, Q2FY26, RBI),
        ('$10.9 billion', 1, 10.9e9, 'USD', 'foreign exchange reserves', 'decrease', None, None, P('during the quarter', '2025-07-01', '2025-09-30'), RBI),
        ('$18.6 billion', 1, 18.6e9, 'USD', 'foreign exchange reserves', 'increase', None, None, Q2FY25, RBI),
        ('$14.7 billion', 1, 14.7e9, 'USD', 'CAD', None, None, None, H1FY26, RBI),
        ('0.8 per cent', 1, 0.8, 'percent', 'CAD as a share of GDP', None, None, None, H1FY26, RBI),
        ('$15.1 billion', 1, 15.1e9, 'USD', 'CAD', None, None, None, H1FY25, RBI),
        ('0.8 per cent', 2, 0.8, 'percent', 'CAD as a share of GDP', None, None, None, H1FY25, RBI),
        ('0.6 per cent', 1, 0.6, 'percent', 'CAD as a share of GDP', None, None, None, P('in FY25', '2024-04-01', '2025-03-31'), RBI),
        ('1.0', 1, 1.0, 'percent', 'CAD as a share of GDP', 'increase', None, None, P('in FY26', '2025-04-01', '2026-03-31'), 'ICRA'),
        ('1.2 per cent', 1, 1.2, 'percent', 'CAD as a share of GDP', 'increase', None, None, P('in FY26', '2025-04-01', '2026-03-31'), 'ICRA'),
    ],
    'eu_energy_style_electric_vehicles_heat_pumps.txt': [
        ('497,000', 1, 497000, 'count', 'new battery electric vehicles (BEVs) registered in the EU', None, None, None, Q225, None),
        ('26%', 1, 26, 'percent', 'new battery electric vehicles (BEVs) registered in the EU', 'increase', 'year_on_year', None, Q225, None),
        ('16.1%', 1, 16.1, 'percent', 'share of BEVs in new car registrations', 'increase', None, None, Q225, None),
        ('12.5%', 1, 12.5, 'percent', 'share of BEVs in new car registrations', None, None, None, Q('a year earlier', 2024, 2), None),
        ('38%', 1, 38, 'percent', 'plug-in hybrid registrations', 'increase', 'year_on_year', None, Q225, None),
        ('232,000', 1, 232000, 'count', 'plug-in hybrid registrations', 'increase', None, None, Q225, None),
        ('19%', 1, 19, 'percent', 'sales of petrol cars', 'decrease', 'year_on_year', None, Q225, None),
        ('24%', 1, 24, 'percent', 'sales of diesel cars', 'decrease', 'year_on_year', None, Q225, None),
        ('141,000', 1, 141000, 'count', 'BEV registrations in Germany', None, None, None, INQE, None),
        ('78,000', 1, 78000, 'count', 'BEV registrations in France', None, None, None, INQE, None),
        ('41,000', 1, 41000, 'count', 'BEV registrations in Belgium', None, None, None, INQE, None),
        ('half', 1, 0.5, 'fraction', 'share of BEVs in new car sales in Denmark', None, None, 'more_than', INQE, None),
        ('a third', 1, 0.3333, 'fraction', 'share of BEVs in new car sales in the Netherlands', None, None, 'approximately', INQE, None),
        ('942,000', 1, 942000, 'count', 'publicly accessible charging points in the EU', None, None, None, EOJ, None),
        ('37,000', 1, 37000, 'count', 'publicly accessible charging points in the EU', 'increase', 'quarter_on_quarter', None, EOJ, None),
        ('158,000', 1, 158000, 'count', 'fast chargers', None, None, 'approximately', EOJ, None),
        ('two thirds', 1, 0.6667, 'fraction', 'share of the Netherlands, Germany and France in public charging points', None, None, 'approximately', EOJ, None),
        ('3.5 million', 1, 3.5e6, 'count', 'public charging points needed', None, None, 'approximately', P('by the end of 2030', '2030-12-31', '2030-12-31'), EC),
        ('7.8 TWh', 1, 7.8, 'terawatt hour', 'electricity consumed by electric cars in the EU', None, None, None, INQE, None),
        ('1%', 1, 1, 'percent', 'share of electricity consumed by electric cars in total EU electricity demand', None, None, 'approximately', INQE, None),
        ('7%', 1, 7, 'percent', 'heat pump sales in the EU', 'decrease', 'year_on_year', None, P('in the first half of 2025', '2025-01-01', '2025-06-30'), None),
        ('1.05 million units', 1, 1.05e6, 'count', 'heat pump sales in the EU', 'decrease', None, 'approximately', P('in the first half of 2025', '2025-01-01', '2025-06-30'), None),
        ('21%', 1, 21, 'percent', 'heat pump sales in the EU', 'decrease', 'year_on_year', None, Y('in 2024', 2024), None),
        ('26.7%', 1, 26.7, 'percent', 'share of renewable energy in heating and cooling in the EU', None, None, None, Y('in 2024', 2024), 'Eurostat'),
        ('0.9 percentage points', 1, 0.9, 'percentage_point', 'share of renewable energy in heating and cooling in the EU', 'increase', 'year_on_year', None, Y('in 2024', 2024), 'Eurostat'),
    ],
    'nbs_style_livestock_production.txt': [
        ('71.42 million tonnes', 1, 71.42e6, 'tonne', 'total output of pork, beef, mutton and poultry meat', None, None, None, F3Q, NBS),
        ('3.9 percent', 1, 3.9, 'percent', 'total output of pork, beef, mutton and poultry meat', 'increase', 'year_on_year', None, F3Q, NBS),
        ('44.56 million tonnes', 1, 44.56e6, 'tonne', 'output of pork', None, None, None, F3Q, NBS),
        ('2.6 percent', 1, 2.6, 'percent', 'output of pork', 'increase', 'year_on_year', None, F3Q, NBS),
        ('5.73 million tonnes', 1, 5.73e6, 'tonne', 'output of beef', None, None, None, F3Q, NBS),
        ('4.1 percent', 1, 4.1, 'percent', 'output of beef', 'increase', 'year_on_year', None, F3Q, NBS),
        ('3.62 million tonnes', 1, 3.62e6, 'tonne', 'output of mutton', None, None, None, F3Q, NBS),
        ('0.8 percent', 1, 0.8, 'percent', 'output of mutton', 'decrease', 'year_on_year', None, F3Q, NBS),
        ('17.51 million tonnes', 1, 17.51e6, 'tonne', 'output of poultry meat', None, None, None, F3Q, NBS),
        ('6.4 percent', 1, 6.4, 'percent', 'output of poultry meat', 'increase', 'year_on_year', None, F3Q, NBS),
        ('538.2 million', 1, 538.2e6, 'count', 'hogs slaughtered', None, None, None, P('From January to September', '2025-01-01', '2025-09-30'), NBS),
        ('2.4 percent', 1, 2.4, 'percent', 'hogs slaughtered', 'increase', 'year_on_year', None, P('From January to September', '2025-01-01', '2025-09-30'), NBS),
        ('428.3 million heads', 1, 428.3e6, 'count', 'number of hogs in stock', None, None, None, EQ3, NBS),
        ('1.5 percent', 1, 1.5, 'percent', 'number of hogs in stock', 'increase', 'year_on_year', None, EQ3, NBS),
        ('0.6 percent', 1, 0.6, 'percent', 'number of hogs in stock', 'decrease', 'quarter_on_quarter', None, EQ3, NBS),
        ('40.35 million heads', 1, 40.35e6, 'count', 'number of breeding sows', None, None, None, EQ3, NBS),
        ('0.9 percent', 1, 0.9, 'percent', 'number of breeding sows', 'increase', 'year_on_year', None, EQ3, NBS),
        ('30.16 million tonnes', 1, 30.16e6, 'tonne', 'output of milk', None, None, None, F3Q, NBS),
        ('26.41 million tonnes', 1, 26.41e6, 'tonne', 'output of poultry eggs', None, None, None, F3Q, NBS),
        ('0.4 percent', 1, 0.4, 'percent', 'output of milk', 'increase', 'year_on_year', None, F3Q, NBS),
        ('1.7 percent', 1, 1.7, 'percent', 'output of poultry eggs', 'increase', 'year_on_year', None, F3Q, NBS),
        ('101.2 million heads', 1, 101.2e6, 'count', 'number of cattle in stock', None, None, None, EOS, NBS),
        ('2.9 percent', 1, 2.9, 'percent', 'number of cattle in stock', 'decrease', 'year_on_year', None, EOS, NBS),
        ('3.4 percent', 1, 3.4, 'percent', 'sheep stocks', 'decrease', 'year_on_year', None, EOS, NBS),
        ('305.7 million heads', 1, 305.7e6, 'count', 'sheep stocks', 'decrease', None, None, EOS, NBS),
        ('13.6 yuan', 1, 13.6, 'CNY', 'average price of live hogs at the farm gate', None, None, None, per('In September', 2025, 9), MARA),
        ('18.2 percent', 1, 18.2, 'percent', 'average price of live hogs at the farm gate', 'decrease', 'year_on_year', None, per('In September', 2025, 9), MARA),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
