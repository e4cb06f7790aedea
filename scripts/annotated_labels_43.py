# ruff: noqa: E501, RUF001
"""Write corpus/annotated_43/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_43.py corpus/annotated_43
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
FLO = "Federal Labour Office"
SC = "Statistics Canada"
BOC = "Bank of Canada"
REU = "Reuters"
BLS = "U.S. Bureau of Labor Statistics"
DJ = "Dow Jones"
YBL = "Yale Budget Lab"
CME = "CME Group"
BRC = "British Retail Consortium"
SCB = "Statistics Sweden"
TE = "Trading Economics"
UNICA = "Brazilian Sugarcane Industry Association"
ISMA = "Indian Sugar Mills Association"
ISO = "International Sugar Organization"
MOSL = "Motilal Oswal Financial Services"
AMFI = "Association of Mutual Funds in India"
ENTSOE = "European Network of Transmission System Operators for Electricity"
GIE = "Gas Infrastructure Europe"
CFA = "China Film Administration"

# 4301 ONS public service productivity (ref Wednesday 2026-01-21)
Q3L = Q("in Quarter 3 (July to Sept) 2025", 2025, 3)
PRE = P("in Quarter 4 (Oct to Dec) 2019", "2019-10-01", "2025-09-30")
FYE25 = P("For the financial year ending (FYE) March 2025", "2024-04-01", "2025-03-31")
FYEM = P("in FYE March 2025", "2024-04-01", "2025-03-31")
FYE20 = P("in FYE March 2020", "2019-04-01", "2025-03-31")
# 4302 Reuters 1987 (ref Thursday 1987-06-04)
MAY = per("in May", 1987, 5)
APR = per("in April", 1987, 4)
MAY86 = per("In May 1986", 1986, 5)
# 4303 Reuters 2025 (ref Monday 2025-12-15)
NOV = per("in November", 2025, 11)
OCT = per("in October", 2025, 10)
# 4304 CNBC (ref Tuesday 2025-12-16)
CNOV = per("in November", 2025, 11)
# 4305 MT Newswires (ref Monday 2025-12-08)
MNOV = per("in November", 2025, 11)
TMN = P("in the three months to November", "2025-09-01", "2025-11-30")
# 4306 Trading Economics (ref Thursday 2025-10-30)
Q325 = Q("in Q3 2025", 2025, 3)
SEPQ = Q("in the September quarter", 2025, 3)
SEP = per("in September", 2025, 9)
# 4307 Investing.com (ref Monday 2025-12-22)
ET = P("By 10:20 ET", None, None)
H2N = P("in the second half of November", "2025-11-16", "2025-11-30")
CS = P("in the 2025/26 season through November", "2025-04-01", "2025-11-30")
IND = P("between Oct. 1 and Dec. 15", "2025-10-01", "2025-12-15")
# 4308 Business Standard (ref Wednesday 2025-12-10)
BNOV = per("in November", 2025, 11)
BOCT = per("in October", 2025, 10)
# 4309 DG ENER (ref Tuesday 2026-06-30)
Q126 = Q("In the first quarter of 2026", 2026, 1)
Q126L = Q("in the first quarter of 2026", 2026, 1)
INQ = Q("in the quarter", 2026, 1)
# 4310 NBS (ref Friday 2026-01-02)
Y25 = Y("in 2025", 2025)
SF = P("During the Spring Festival holiday from January 28 to February 4", "2025-01-28", "2025-02-04")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_public_service_productivity.txt': [
        ('0.4%', 1, 0.4, 'percent', 'total public service productivity', 'increase', 'year_on_year', None, Q3L, None),
        ('1.9%', 1, 1.9, 'percent', 'output', 'increase', 'year_on_year', None, Q3L, None),
        ('1.5%', 1, 1.5, 'percent', 'inputs', 'increase', 'year_on_year', None, Q3L, None),
        ('1.8%', 1, 1.8, 'percent', 'productivity', 'decrease', None, None, PRE, None),
        ('0.3%', 1, 0.3, 'percent', 'productivity', 'increase', 'quarter_on_quarter', None, Q('in Quarter 2 (Apr to June) 2025', 2025, 2), None),
        ('0.7%', 1, 0.7, 'percent', 'total public service productivity', 'increase', None, None, FYE25, ONS),
        ('0.5%', 1, 0.5, 'percent', 'total public service productivity', None, None, None, FYE25, ONS),
        ('2.6%', 1, 2.6, 'percent', 'output', 'increase', None, None, FYE25, ONS),
        ('1.9%', 2, 1.9, 'percent', 'inputs', 'increase', None, None, FYE25, ONS),
        ('1.2%', 1, 1.2, 'percent', 'labour inputs', 'increase', None, None, FYE25, ONS),
        ('2.8%', 1, 2.8, 'percent', 'goods and services inputs', 'increase', None, None, FYE25, ONS),
        ('1.4%', 1, 1.4, 'percent', 'capital inputs', 'increase', None, None, FYE25, ONS),
        ('1.1%', 1, 1.1, 'percent', 'healthcare productivity', 'increase', 'year_on_year', None, FYEM, ONS),
        ('0.6%', 1, 0.6, 'percent', 'education productivity', 'decrease', 'year_on_year', None, FYEM, ONS),
        ('2.3%', 1, 2.3, 'percent', 'adult social care productivity', 'decrease', 'year_on_year', None, FYEM, ONS),
        ('0.0%', 1, 0.0, 'percent', 'public order and safety productivity', None, 'year_on_year', None, FYEM, ONS),
        ('two-fifths', 1, 0.4, 'fraction', 'healthcare share of total public service inputs', None, None, 'approximately', FYEM, ONS),
        ('four', 1, 4, 'count', 'service areas where productivity improved', None, None, None, FYEM, ONS),
        ('8.2%', 1, 8.2, 'percent', 'quality-adjusted output in healthcare', 'increase', None, None, FYE20, ONS),
    ],
    'wire_1987_west_german_unemployment.txt': [
        ('2.13 MLN', 1, 2.13e6, 'count', 'West German unemployment', 'decrease', None, None, per('MAY', 1987, 5), None),
        ('2.13 mln', 1, 2.13e6, 'count', 'West German unemployment', 'decrease', None, None, MAY, FLO),
        ('2.23 mln', 1, 2.23e6, 'count', 'West German unemployment', None, None, None, APR, FLO),
        ('8.5 pct', 1, 8.5, 'percent', 'jobless rate', 'decrease', None, None, MAY, FLO),
        ('8.9 pct', 1, 8.9, 'percent', 'jobless rate', None, None, None, APR, FLO),
        ('2.10 mln', 1, 2.10e6, 'count', 'people out of work', None, None, None, MAY86, FLO),
        ('8.4 pct', 1, 8.4, 'percent', 'jobless rate', None, None, None, MAY86, FLO),
        ('14,000', 1, 14000, 'count', 'seasonally adjusted joblessness', 'increase', None, None, MAY, FLO),
        ('2.24 mln', 1, 2.24e6, 'count', 'seasonally adjusted joblessness', 'increase', None, None, MAY, FLO),
        ('7,000', 1, 7000, 'count', 'seasonally adjusted joblessness', 'increase', None, None, APR, FLO),
        ('5,000', 1, 5000, 'count', 'seasonally adjusted joblessness', 'increase', None, None, MAY, None),
        ('10,000', 1, 10000, 'count', 'seasonally adjusted joblessness', 'increase', None, None, MAY, None),
        ('312,000', 1, 312000, 'count', 'short-time workers', 'decrease', None, None, MAY, FLO),
        ('354,000', 1, 354000, 'count', 'short-time workers', None, None, None, APR, FLO),
        ('6.2 pct', 1, 6.2, 'percent', 'number of unfilled vacancies', 'increase', None, None, MAY, FLO),
        ('178,600', 1, 178600, 'count', 'number of unfilled vacancies', 'increase', None, None, MAY, FLO),
        ('one third', 1, 0.3333, 'fraction', 'share of the unemployed without work for over a year', None, None, 'approximately', None, FLO),
        ('10.9 pct', 1, 10.9, 'percent', 'adjusted jobless rate in the northern states', None, None, None, None, FLO),
        ('5.3 pct', 1, 5.3, 'percent', 'adjusted jobless rate in Baden-Wuerttemberg', None, None, None, None, FLO),
        ('6.1', 1, 6.1, 'percent', 'adjusted jobless rate in Bavaria', None, None, None, None, FLO),
        ('47,000', 1, 47000, 'count', 'unadjusted unemployment', 'decrease', 'year_on_year', None, per('May', 1987, 5), FLO),
    ],
    'wire_2025_canada_inflation.txt': [
        ('2.0%', 1, 2.0, 'percent', "Canada's annual inflation", 'decrease', 'year_on_year', None, NOV, None),
        ('2.0%', 2, 2.0, 'percent', "Canada's annual inflation rate", 'decrease', 'year_on_year', None, NOV, SC),
        ('2.2%', 1, 2.2, 'percent', "Canada's annual inflation rate", None, 'year_on_year', None, OCT, SC),
        ('2.2%', 2, 2.2, 'percent', 'annual inflation rate', None, 'year_on_year', None, NOV, REU),
        ('0.1%', 1, 0.1, 'percent', 'consumer price index', 'decrease', 'month_on_month', None, NOV, SC),
        ('0.1%', 2, 0.1, 'percent', 'consumer price index', 'increase', 'month_on_month', None, NOV, None),
        ('2.8%', 1, 2.8, 'percent', 'CPI-median', 'decrease', 'year_on_year', None, NOV, SC),
        ('2.9%', 1, 2.9, 'percent', 'CPI-trim', 'decrease', 'year_on_year', None, NOV, SC),
        ('3.0%', 1, 3.0, 'percent', 'CPI-median', None, 'year_on_year', None, OCT, SC),
        ('3.1%', 1, 3.1, 'percent', 'CPI-trim', None, 'year_on_year', None, OCT, SC),
        ('6.4%', 1, 6.4, 'percent', 'gasoline prices', 'decrease', 'year_on_year', None, per('In November', 2025, 11), SC),
        ('4.3%', 1, 4.3, 'percent', 'gasoline prices', 'decrease', 'year_on_year', None, per('the month before', 2025, 10), SC),
        ('2.5%', 1, 2.5, 'percent', 'shelter costs', 'increase', 'year_on_year', None, per('In November', 2025, 11), SC),
        ('4.1%', 1, 4.1, 'percent', 'rent', 'increase', 'year_on_year', None, per('In November', 2025, 11), SC),
        ('3.9%', 1, 3.9, 'percent', 'mortgage interest costs', 'increase', 'year_on_year', None, per('In November', 2025, 11), SC),
        ('2.4%', 1, 2.4, 'percent', 'CPI excluding gasoline', 'increase', 'year_on_year', None, None, SC),
        ('3.4%', 1, 3.4, 'percent', 'prices for food purchased from stores', 'increase', 'year_on_year', None, None, SC),
        ('2.9%', 2, 2.9, 'percent', 'prices in Quebec', 'increase', None, None, None, SC),
        ('1.2%', 1, 1.2, 'percent', 'prices in Alberta', 'increase', None, None, None, SC),
        ('2.25%', 1, 2.25, 'percent', 'overnight rate', None, None, None, P('on Dec. 10', '2025-12-10', '2025-12-10'), BOC),
        ('275 basis points', 1, 275, 'basis_point', 'cumulative cuts to the overnight rate', 'decrease', None, None, P('since June 2024', '2024-06-01', '2025-12-15'), BOC),
        ('0.2%', 1, 0.2, 'percent', 'Canadian dollar', 'increase', None, None, None, SC),
        ('1.3765', 1, 1.3765, 'CAD', 'Canadian dollar', 'increase', None, None, None, SC),
        ('72.65 U.S. cents', 1, 0.7265, 'USD', 'Canadian dollar', 'increase', None, None, None, SC),
    ],
    'cnbc_style_import_export_prices.txt': [
        ('0.3%', 1, 0.3, 'percent', 'import price index', 'increase', 'month_on_month', None, CNOV, BLS),
        ('0.1%', 1, 0.1, 'percent', 'import price index', 'decrease', 'month_on_month', None, CNOV, DJ),
        ('0.3%', 2, 0.3, 'percent', 'import price index', 'decrease', 'month_on_month', None, CNOV, DJ),
        ('0.2%', 1, 0.2, 'percent', 'import price index', 'increase', 'month_on_month', None, CNOV, DJ),
        ('0.2%', 2, 0.2, 'percent', 'import price index', 'decrease', 'month_on_month', None, per('October', 2025, 10), BLS),
        ('0.4%', 1, 0.4, 'percent', 'import price index', 'decrease', 'month_on_month', None, per('October', 2025, 10), BLS),
        ('0.5%', 1, 0.5, 'percent', 'import prices', 'increase', 'year_on_year', None, P('Over the past 12 months', '2025-11-01', '2025-11-30'), BLS),
        ('0.3%', 3, 0.3, 'percent', 'import prices', 'increase', 'year_on_year', None, per('through October', 2025, 10), BLS),
        ('2.1%', 1, 2.1, 'percent', 'fuel import prices', 'increase', None, None, CNOV, BLS),
        ('0.1%', 2, 0.1, 'percent', 'nonfuel import prices', 'increase', None, None, CNOV, BLS),
        ('0.1%', 3, 0.1, 'percent', 'prices for imports from China', 'decrease', 'month_on_month', None, CNOV, BLS),
        ('1.2%', 1, 1.2, 'percent', 'prices for imports from China', 'decrease', 'year_on_year', None, CNOV, BLS),
        ('0.2%', 3, 0.2, 'percent', 'export prices', 'decrease', None, None, CNOV, BLS),
        ('1.4%', 1, 1.4, 'percent', 'agricultural export prices', 'decrease', None, None, CNOV, BLS),
        ('0.1%', 4, 0.1, 'percent', 'nonagricultural export prices', 'decrease', None, None, CNOV, BLS),
        ('3.1%', 1, 3.1, 'percent', 'export prices', 'increase', 'year_on_year', None, CNOV, BLS),
        ('17%', 1, 17, 'percent', 'average effective U.S. tariff rate', None, None, 'approximately', None, YBL),
        ('24%', 1, 24, 'percent', 'chance of another Fed cut', None, None, 'approximately', per("at the Fed's January meeting", 2026, 1), CME),
    ],
    'mt_newswires_uk_brc_retail_sales.txt': [
        ('1.2%', 1, 1.2, 'percent', 'UK total retail sales', 'increase', 'year_on_year', None, MNOV, BRC),
        ('1.6%', 1, 1.6, 'percent', 'UK total retail sales', None, 'year_on_year', None, per('in October', 2025, 10), BRC),
        ('2.9%', 1, 2.9, 'percent', 'UK total retail sales', 'increase', 'year_on_year', None, per('in November 2024', 2024, 11), BRC),
        ('1.0%', 1, 1.0, 'percent', 'like-for-like sales', 'increase', None, None, MNOV, BRC),
        ('1.4%', 1, 1.4, 'percent', 'like-for-like sales', None, None, None, per('a month earlier', 2025, 10), BRC),
        ('3.2%', 1, 3.2, 'percent', 'food sales', 'increase', 'year_on_year', None, TMN, BRC),
        ('0.2%', 1, 0.2, 'percent', 'non-food sales', 'decrease', 'year_on_year', None, P('over the same period', '2025-09-01', '2025-11-30'), BRC),
        ('0.9%', 1, 0.9, 'percent', 'in-store non-food sales', 'decrease', 'year_on_year', None, P('over the three months', '2025-09-01', '2025-11-30'), BRC),
        ('1.1%', 1, 1.1, 'percent', 'online non-food sales', 'increase', 'year_on_year', None, P('over the three months', '2025-09-01', '2025-11-30'), BRC),
        ('1.7%', 1, 1.7, 'percent', 'three-month average growth rate for total sales', None, None, None, None, BRC),
        ('2.3%', 1, 2.3, 'percent', '12-month average growth rate for total sales', None, None, None, None, BRC),
        ('35.6%', 1, 35.6, 'percent', 'online penetration of non-food sales', None, None, None, MNOV, BRC),
        ('35.1%', 1, 35.1, 'percent', 'online penetration of non-food sales', None, None, None, per('in November last year', 2024, 11), BRC),
        ('1.5%', 1, 1.5, 'percent', 'total sales', 'increase', None, None, per('for the month', 2025, 11), 'Barclays'),
        ('0.1%', 1, 0.1, 'percent', 'GBP/USD', 'increase', None, None, None, BRC),
        ('1.3325', 1, 1.3325, 'USD', 'GBP/USD', 'increase', None, None, None, BRC),
    ],
    'trading_economics_style_sweden_gdp.txt': [
        ('0.8%', 1, 0.8, 'percent', 'Swedish economy', 'increase', 'quarter_on_quarter', None, Q325, SCB),
        ('0.4%', 1, 0.4, 'percent', 'Swedish economy', 'increase', 'quarter_on_quarter', None, P('in the previous three months', '2025-04-01', '2025-06-30'), SCB),
        ('0.5%', 1, 0.5, 'percent', 'Swedish economy', None, 'quarter_on_quarter', None, Q325, None),
        ('2.4%', 1, 2.4, 'percent', 'GDP', 'increase', 'year_on_year', None, SEPQ, SCB),
        ('1.3%', 1, 1.3, 'percent', 'GDP', None, 'year_on_year', None, Q('in Q2', 2025, 2), SCB),
        ('2.1%', 1, 2.1, 'percent', 'calendar adjusted annual growth rate', None, 'year_on_year', None, SEPQ, SCB),
        ('0.3%', 1, 0.3, 'percent', 'output', 'increase', 'month_on_month', None, SEP, SCB),
        ('2.6%', 1, 2.6, 'percent', 'output', 'increase', 'year_on_year', None, SEP, SCB),
        ('0.6%', 1, 0.6, 'percent', 'household consumption', 'increase', 'month_on_month', None, SEP, SCB),
        ('2.9%', 1, 2.9, 'percent', 'household consumption', 'increase', 'year_on_year', None, SEP, SCB),
        ('0.58 percent', 1, 0.58, 'percent', 'GDP Growth Rate in Sweden average', None, None, None, P('from 1980 until 2025', '1980-01-01', '2025-12-31'), SCB),
        ('6.70 percent', 1, 6.70, 'percent', 'GDP Growth Rate in Sweden all time high', None, None, None, Q('in the third quarter of 2020', 2020, 3), SCB),
        ('-7.90 percent', 1, -7.90, 'percent', 'GDP Growth Rate in Sweden record low', 'decrease', None, None, Q('in the second quarter of 2020', 2020, 2), SCB),
        ('0.40 percent', 1, 0.40, 'percent', 'GDP Growth Rate in Sweden', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('0.50 percent', 1, 0.50, 'percent', 'Sweden GDP Growth Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('0.40 percent', 2, 0.40, 'percent', 'Sweden GDP Growth Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_sugar_futures.txt': [
        ('1.4%', 1, 1.4, 'percent', 'March raw sugar futures on ICE US', 'decrease', None, None, ET, None),
        ('14.52 cents', 1, 0.1452, 'USD', 'March raw sugar futures on ICE US', 'decrease', None, None, ET, None),
        ('0.9%', 1, 0.9, 'percent', "London's March white sugar contract", 'decrease', None, None, ET, None),
        ('$421.30', 1, 421.30, 'USD', "London's March white sugar contract", 'decrease', None, None, ET, None),
        ('23%', 1, 23, 'percent', 'raw sugar', 'decrease', None, 'approximately', P('so far this year', '2025-01-01', '2025-12-22'), None),
        ('$101', 1, 101, 'USD', 'white premium over raws', 'decrease', None, 'approximately', P('on Monday', '2025-12-22', '2025-12-22'), None),
        ('$109', 1, 109, 'USD', 'white premium over raws', None, None, None, P('a week ago', '2025-12-15', '2025-12-15'), None),
        ('18%', 1, 18, 'percent', "cane crushing in Brazil's Center-South", 'increase', 'year_on_year', None, H2N, UNICA),
        ('17.9 million metric tons', 1, 17.9e6, 'tonne', "cane crushing in Brazil's Center-South", 'increase', None, None, H2N, UNICA),
        ('27%', 1, 27, 'percent', 'sugar output', 'increase', 'year_on_year', None, H2N, UNICA),
        ('1.02 mln tons', 1, 1.02e6, 'tonne', 'sugar output', 'increase', None, None, H2N, UNICA),
        ('51.1%', 1, 51.1, 'percent', 'share of cane allocated to sugar', None, None, None, H2N, UNICA),
        ('48.3%', 1, 48.3, 'percent', 'share of cane allocated to sugar', None, None, None, P('a year earlier', '2024-11-16', '2024-11-30'), UNICA),
        ('39.9 mln tons', 1, 39.9e6, 'tonne', 'cumulative Center-South sugar production', None, None, None, CS, UNICA),
        ('1.1%', 1, 1.1, 'percent', 'cumulative Center-South sugar production', 'increase', 'year_on_year', None, CS, UNICA),
        ('28%', 1, 28, 'percent', 'Indian sugar output', 'increase', None, None, IND, ISMA),
        ('7.8 mln tons', 1, 7.8e6, 'tonne', 'Indian sugar output', 'increase', None, None, IND, ISMA),
        ('479', 1, 479, 'count', 'mills crushing', None, None, None, IND, ISMA),
        ('434', 1, 434, 'count', 'mills crushing', None, None, None, P('a year ago', '2024-10-01', '2024-12-15'), ISMA),
        ('1.63 mln tons', 1, 1.63e6, 'tonne', 'global sugar surplus', None, None, None, P('for the 2025-26 season', '2025-10-01', '2026-09-30'), ISO),
        ('2.9 mln tons', 1, 2.9e6, 'tonne', 'global sugar deficit', None, None, None, P('the season before', '2024-10-01', '2025-09-30'), ISO),
    ],
    'business_standard_style_demat_accounts_sip.txt': [
        ('21 crore', 1, 210e6, 'count', 'demat accounts', None, None, 'more_than', BNOV, None),
        ('₹29,445 cr', 1, 29445e7, 'INR', 'SIP inflows', None, None, None, BNOV, None),
        ('21.2 crore', 1, 212e6, 'count', 'number of demat accounts', 'increase', None, None, P('at the end of November', '2025-11-30', '2025-11-30'), MOSL),
        ('32.6 lakh', 1, 3.26e6, 'count', 'new demat accounts opened', None, None, None, per('during the month', 2025, 11), MOSL),
        ('30.1 lakh', 1, 3.01e6, 'count', 'demat account additions', None, None, None, BOCT, MOSL),
        ('46.7 lakh', 1, 4.67e6, 'count', 'peak of demat account additions', None, None, None, per('in January 2024', 2024, 1), MOSL),
        ('16.9 crore', 1, 169e6, 'count', 'accounts held by CDSL', None, None, None, P('as of November 30', '2025-11-30', '2025-11-30'), MOSL),
        ('4.3 crore accounts', 1, 43e6, 'count', 'accounts held by NSDL', None, None, None, P('as of November 30', '2025-11-30', '2025-11-30'), MOSL),
        ('28 lakh', 1, 2.8e6, 'count', 'average monthly demat account additions', None, None, 'approximately', P('during April-November of FY26', '2025-04-01', '2025-11-30'), MOSL),
        ('₹29,445 crore', 1, 29445e7, 'INR', 'systematic investment plan (SIP) inflows into mutual funds', 'increase', None, None, BNOV, AMFI),
        ('₹29,361 crore', 1, 29361e7, 'INR', 'systematic investment plan (SIP) inflows into mutual funds', None, None, None, BOCT, AMFI),
        ('₹16.5 trillion', 1, 16.5e12, 'INR', 'SIP assets under management', None, None, None, BNOV, AMFI),
        ('9.43 crore', 1, 94.3e6, 'count', 'contributing SIP accounts', None, None, None, BNOV, AMFI),
        ('21 per cent', 1, 21, 'percent', 'net inflows into equity-oriented schemes', 'decrease', 'month_on_month', None, BNOV, AMFI),
        ('₹24,690 crore', 1, 24690e7, 'INR', 'net inflows into equity-oriented schemes', 'decrease', None, None, BNOV, AMFI),
        ('₹6,120 cr', 1, 6120e7, 'INR', 'net inflows into flexi-cap funds', None, None, None, BNOV, AMFI),
        ('₹3,880 cr', 1, 3880e7, 'INR', 'net inflows into small-cap funds', None, None, None, BNOV, AMFI),
        ('1.8 per cent', 1, 1.8, 'percent', "industry's average assets under management", 'increase', None, None, None, AMFI),
        ('₹80.8 trillion', 1, 80.8e12, 'INR', "industry's average assets under management", 'increase', None, None, None, AMFI),
        ('half', 1, 0.5, 'fraction', 'share of new SIP registrations from towns outside the top 30 cities', None, None, 'approximately', None, AMFI),
    ],
    'eu_energy_style_heating_degree_days_demand.txt': [
        ('7%', 1, 7, 'percent', 'heating degree days in the EU', 'increase', None, None, Q126, None),
        ('11%', 1, 11, 'percent', 'heating degree days in the EU', 'increase', 'year_on_year', None, Q126, None),
        ('2.4 °C', 1, 2.4, 'degree Celsius', 'average temperatures in central Europe', 'decrease', None, None, per('January', 2026, 1), None),
        ('3%', 1, 3, 'percent', 'HDDs', 'decrease', None, None, per('February', 2026, 2), None),
        ('5%', 1, 5, 'percent', 'HDDs', 'decrease', None, None, per('March', 2026, 3), None),
        ('4%', 1, 4, 'percent', 'EU gas consumption', 'increase', 'year_on_year', None, Q126L, None),
        ('118 bcm', 1, 118e9, 'cubic metre', 'EU gas consumption', 'increase', None, None, Q126L, None),
        ('8%', 1, 8, 'percent', 'gas demand from households and commercial users', 'increase', 'year_on_year', None, Q126L, None),
        ('1%', 1, 1, 'percent', 'industrial gas use', 'decrease', 'year_on_year', None, Q126L, None),
        ('742 TWh', 1, 742, 'terawatt hour', 'EU electricity demand', None, None, None, INQ, ENTSOE),
        ('2.3%', 1, 2.3, 'percent', 'EU electricity demand', 'increase', 'year_on_year', None, INQ, ENTSOE),
        ('9%', 1, 9, 'percent', 'gas-fired generation', 'increase', 'year_on_year', None, INQ, ENTSOE),
        ('96 TWh', 1, 96, 'terawatt hour', 'gas-fired generation', 'increase', None, None, INQ, ENTSOE),
        ('6%', 1, 6, 'percent', 'wind output', 'decrease', 'year_on_year', None, INQ, ENTSOE),
        ('33%', 1, 33, 'percent', 'EU gas storage filling level', None, None, None, P('on 31 March 2026', '2026-03-31', '2026-03-31'), GIE),
        ('58%', 1, 58, 'percent', 'EU gas storage filling level', None, None, None, P('a year earlier', '2025-03-31', '2025-03-31'), GIE),
        ('61 bcm', 1, 61e9, 'cubic metre', 'net withdrawals', None, None, 'approximately', P('over the winter', '2025-10-01', '2026-03-31'), GIE),
    ],
    'nbs_style_cinema_box_office.txt': [
        ('51 billion yuan', 1, 51e9, 'CNY', 'box office revenue', None, None, 'more_than', Y25, None),
        ('51.83 billion yuan', 1, 51.83e9, 'CNY', 'national box office', None, None, None, Y25, CFA),
        ('22.1 percent', 1, 22.1, 'percent', 'national box office', 'increase', 'year_on_year', None, Y25, CFA),
        ('41.12 billion yuan', 1, 41.12e9, 'CNY', 'box office of domestic films', None, None, None, Y25, CFA),
        ('79.3 percent', 1, 79.3, 'percent', 'domestic films share of the national box office', None, None, None, Y25, CFA),
        ('1.24 billion', 1, 1.24e9, 'count', 'urban cinema admissions', None, None, None, Y25, CFA),
        ('23.6 percent', 1, 23.6, 'percent', 'urban cinema admissions', 'increase', 'year_on_year', None, Y25, CFA),
        ('93,420', 1, 93420, 'count', 'number of screens nationwide', None, None, None, P('at the end of the year', '2025-12-31', '2025-12-31'), CFA),
        ('3,120 screens', 1, 3120, 'count', 'screens added', None, None, None, P('during the year', '2025-01-01', '2025-12-31'), CFA),
        ('9.51 billion yuan', 1, 9.51e9, 'CNY', 'box office revenue', None, None, None, SF, CFA),
        ('187 million', 1, 187e6, 'count', 'admissions', None, None, None, SF, CFA),
        ('18.6 percent', 1, 18.6, 'percent', 'box office revenue', 'increase', 'year_on_year', None, SF, CFA),
        ('17.4 percent', 1, 17.4, 'percent', 'admissions', 'increase', 'year_on_year', None, SF, CFA),
        ('15.4 billion yuan', 1, 15.4e9, 'CNY', 'Ne Zha 2 box office gross', None, None, 'more_than', Y25, CFA),
        ('10.71 billion yuan', 1, 10.71e9, 'CNY', 'box office of imported films', None, None, None, Y25, CFA),
        ('8.9 percent', 1, 8.9, 'percent', 'box office of imported films', 'increase', 'year_on_year', None, Y25, CFA),
        ('3.02 billion yuan', 1, 3.02e9, 'CNY', 'box office', None, None, None, per('In December', 2025, 12), CFA),
        ('6.4 percent', 1, 6.4, 'percent', 'box office', 'decrease', 'year_on_year', None, per('In December', 2025, 12), CFA),
        ('41.8 yuan', 1, 41.8, 'CNY', 'average ticket price', None, None, None, Y25, CFA),
        ('1.1 yuan', 1, 1.1, 'CNY', 'average ticket price', 'decrease', 'year_on_year', None, Y25, CFA),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
