# ruff: noqa: E501
"""Write corpus/annotated_14/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_14.py corpus/annotated_14
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
STC = "Statistics Canada"
MOF = "Ministry of Finance"
BOJ = "Bank of Japan"
UMICH = "University of Michigan"
NRF = "National Retail Federation"
ABS = "Australian Bureau of Statistics"
TE = "Trading Economics"
EIA = "U.S. Energy Information Administration"
API = "American Petroleum Institute"
RBI = "Reserve Bank of India"
MOSPI = "Ministry of Statistics and Programme Implementation"
NBS = "National Bureau of Statistics"

# 1401 ONS labour market (ref 2025-10-14)
JA25 = P("in June to August 2025", "2025-06-01", "2025-08-31")
MJ25 = P("in May to July 2025", "2025-05-01", "2025-07-31")
YA25 = per("between August 2024 and August 2025", 2025, 8)
JUAU = per("between July and August 2025", 2025, 8)
SEP25E = per("for September 2025", 2025, 9)
JS25 = P("in July to September 2025", "2025-07-01", "2025-09-30")
# 1402 Reuters 1987 (ref 1987-04-10)
MAR87 = per("in March", 1987, 3)
FEB87 = per("in February", 1987, 2)
# 1403 Reuters 2025 (ref 2025-11-19)
OCT = per("in October", 2025, 10)
YTO = per("in the year to October", 2025, 10)
WED = P("on Wednesday", "2025-11-19", "2025-11-19")
# 1404 CNBC (ref 2025-11-07)
FTM = per("for the month", 2025, 11)
INOV = per("In November", 2025, 11)
NOV = per("in November", 2025, 11)
OCTC = per("in October", 2025, 10)
HOL = P("in November and December", "2025-11-01", "2025-12-31")
# 1405 MT Newswires (ref 2025-11-14)
SEP = per("in September", 2025, 9)
AUG = per("in August", 2025, 8)
# 1406 Trading Economics (ref 2025-11-03)
S25 = per("in September 2025", 2025, 9)
# 1407 Investing.com (ref 2025-11-19)
ET = P("By 11:20 ET", None, None)
WK = P("in the week ended Nov. 14", "2025-11-08", "2025-11-14")
# 1408 Business Standard (ref 2025-12-05)
FRI = P("on Friday", "2025-12-05", "2025-12-05")
FY26 = P("for FY26", "2025-04-01", "2026-03-31")
Q3FY26 = P("Q3FY26", "2025-10-01", "2025-12-31")
Q4FY26 = P("Q4FY26", "2026-01-01", "2026-03-31")
TMO = per("this month", 2025, 12)
# 1409 DG ENER (ref 2025-12-15)
Q325 = Q("In the third quarter of 2025", 2025, 3)
INQ = Q("In the quarter", 2025, 3)
Y24 = Y("in 2024", 2024)
# 1410 NBS (ref 2025-11-14)
IOCT = per("In October", 2025, 10)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_wages_and_employment.txt': [
        ('4.7%', 1, 4.7, 'percent', "employees' average regular earnings", 'increase', 'year_on_year', None, JA25, None),
        ('5.0%', 1, 5.0, 'percent', 'total earnings', 'increase', 'year_on_year', None, JA25, None),
        ('6.1%', 1, 6.1, 'percent', 'public sector average regular earnings', 'increase', 'year_on_year', None, JA25, None),
        ('4.4%', 1, 4.4, 'percent', 'private sector average regular earnings', 'increase', 'year_on_year', None, JA25, None),
        ('0.6%', 1, 0.6, 'percent', 'real regular pay', 'increase', 'year_on_year', None, JA25, None),
        ('0.9%', 1, 0.9, 'percent', 'real total pay', 'increase', 'year_on_year', None, JA25, None),
        ('0.3%', 1, 0.3, 'percent', 'payrolled employees', 'decrease', 'year_on_year', None, YA25, None),
        ('93,000', 1, 93000, 'count', 'payrolled employees', 'decrease', 'year_on_year', None, YA25, None),
        ('0.1%', 1, 0.1, 'percent', 'payrolled employees', 'decrease', 'month_on_month', None, JUAU, None),
        ('75.1%', 1, 75.1, 'percent', 'UK employment rate', None, None, None, JA25, ONS),
        ('4.8%', 1, 4.8, 'percent', 'unemployment rate', 'increase', None, None, JA25, ONS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'unemployment rate', 'increase', 'period_on_period', None, JA25, ONS),
        ('30.3 million', 1, 30.3e6, 'count', 'payrolled employees', None, None, None, per('in August 2025', 2025, 8), ONS),
        ('10,000', 1, 10000, 'count', 'payrolled employees', 'decrease', 'month_on_month', None, SEP25E, ONS),
        ('30.29 million', 1, 30.29e6, 'count', 'payrolled employees', 'decrease', None, None, SEP25E, ONS),
        ('14,000', 1, 14000, 'count', 'vacancies', 'decrease', 'quarter_on_quarter', None, JS25, ONS),
        ('717,000', 1, 717000, 'count', 'vacancies', 'decrease', None, None, JS25, ONS),
        ('12', 1, 12, 'count', 'industry sectors with fewer vacancies', None, None, None, JS25, ONS),
        ('£681', 1, 681, 'GBP', 'average regular pay', None, None, None, JA25, ONS),
        ('£733', 1, 733, 'GBP', 'average total pay', None, None, None, JA25, ONS),
        ('4.8%', 2, 4.8, 'percent', 'annual regular pay growth', None, 'year_on_year', None, MJ25, ONS),
        ('4.9%', 1, 4.9, 'percent', 'annual regular pay growth', None, 'year_on_year', None, MJ25, ONS),
        ('4.7%', 2, 4.7, 'percent', 'annual regular pay growth', 'decrease', 'year_on_year', None, JA25, ONS),
        ('128,000', 1, 128000, 'count', 'people who reported being made redundant', None, None, None, JA25, ONS),
        ('17,000', 1, 17000, 'count', 'people who reported being made redundant', 'increase', 'year_on_year', 'approximately', JA25, ONS),
        ('35,000', 1, 35000, 'count', 'households in the Labour Force Survey', None, None, 'approximately', None, ONS),
        ('9,000', 1, 9000, 'count', 'businesses covered by the Monthly Wages and Salaries Survey', None, None, 'approximately', None, ONS),
    ],
    'wire_1987_canada_jobs.txt': [
        ('9.4 PCT', 1, 9.4, 'percent', "Canada's unemployment rate", 'decrease', None, None, per('IN MARCH', 1987, 3), None),
        ('9.4 pct', 1, 9.4, 'percent', "Canada's seasonally adjusted unemployment rate", 'decrease', None, None, MAR87, STC),
        ('9.6 pct', 1, 9.6, 'percent', "Canada's seasonally adjusted unemployment rate", None, None, None, FEB87, STC),
        ('61,000', 1, 61000, 'count', 'employment', 'increase', 'month_on_month', None, MAR87, STC),
        ('11,723,000', 1, 11723000, 'count', 'employment', 'increase', None, None, MAR87, STC),
        ('23,000', 1, 23000, 'count', 'number of unemployed', 'decrease', 'month_on_month', None, MAR87, STC),
        ('1,230,000', 1, 1230000, 'count', 'number of unemployed', 'decrease', None, None, MAR87, STC),
        ('9.9 pct', 1, 9.9, 'percent', 'unemployment rate', None, None, None, per('a year earlier', 1986, 3), STC),
        ('15.1 pct', 1, 15.1, 'percent', 'unemployment among youths', 'decrease', None, None, MAR87, STC),
        ('15.8 pct', 1, 15.8, 'percent', 'unemployment among youths', None, None, None, FEB87, STC),
        ('8.0 pct', 1, 8.0, 'percent', 'adult unemployment rate', 'decrease', None, None, MAR87, STC),
        ('8.1 pct', 1, 8.1, 'percent', 'adult unemployment rate', None, None, None, FEB87, STC),
        ('two-thirds', 1, 0.6667, 'fraction', 'share of full-time positions in jobs created', None, None, 'approximately', MAR87, STC),
        ('42,000', 1, 42000, 'count', 'full-time employment', 'increase', None, None, MAR87, STC),
        ('19,000', 1, 19000, 'count', 'part-time employment', 'increase', None, None, MAR87, STC),
        ('66.0 pct', 1, 66.0, 'percent', 'participation rate', None, None, None, None, STC),
        ('7.0 pct', 1, 7.0, 'percent', 'jobless rate in Ontario', 'decrease', None, None, None, STC),
        ('7.3 pct', 1, 7.3, 'percent', 'jobless rate in Ontario', None, None, None, None, STC),
        ('10.2 pct', 1, 10.2, 'percent', 'jobless rate in Quebec', 'decrease', None, None, None, STC),
        ('10.6 pct', 1, 10.6, 'percent', 'jobless rate in Quebec', None, None, None, None, STC),
        ('12.4 pct', 1, 12.4, 'percent', 'jobless rate in British Columbia', 'increase', None, None, None, STC),
        ('12.1 pct', 1, 12.1, 'percent', 'jobless rate in British Columbia', None, None, None, None, STC),
        ('19.2 pct', 1, 19.2, 'percent', 'jobless rate in Newfoundland', None, None, None, None, STC),
        ('9.6 pct', 2, 9.6, 'percent', 'unemployment rate', None, None, None, per('March', 1987, 3), None),
        ('327,000', 1, 327000, 'count', 'employment', 'increase', 'year_on_year', None, MAR87, STC),
        ('2.9 pct', 1, 2.9, 'percent', 'employment', 'increase', 'year_on_year', None, MAR87, STC),
    ],
    'wire_2025_japan_exports.txt': [
        ('3.6%', 1, 3.6, 'percent', "Japan's exports", 'increase', None, None, per('October', 2025, 10), None),
        ('3.6%', 2, 3.6, 'percent', "Japan's exports", 'increase', 'year_on_year', None, OCT, MOF),
        ('1.1%', 1, 1.1, 'percent', 'exports', 'increase', 'year_on_year', None, OCT, 'Reuters'),
        ('17', 1, 17, 'count', 'economists in a Reuters poll', None, None, None, OCT, 'Reuters'),
        ('4.2%', 1, 4.2, 'percent', 'exports', 'increase', 'year_on_year', None, per('in September', 2025, 9), MOF),
        ('4.0%', 1, 4.0, 'percent', 'exports', None, 'year_on_year', None, per('in September', 2025, 9), MOF),
        ('3.1%', 1, 3.1, 'percent', 'exports to the United States', 'decrease', 'year_on_year', None, OCT, MOF),
        ('17.5%', 1, 17.5, 'percent', 'automobile shipments to the United States', 'decrease', 'year_on_year', None, OCT, MOF),
        ('9.8%', 1, 9.8, 'percent', 'car parts exports to the United States', 'decrease', 'year_on_year', None, OCT, MOF),
        ('15%', 1, 15, 'percent', 'U.S. tariff on most Japanese goods', None, None, None, None, None),
        ('2.4%', 1, 2.4, 'percent', 'shipments to China', 'increase', 'year_on_year', None, OCT, MOF),
        ('half', 1, 0.5, 'fraction', "share of Asia in Japan's total exports", None, None, 'more_than', OCT, MOF),
        ('7.9%', 1, 7.9, 'percent', 'exports to Asia', 'increase', 'year_on_year', None, OCT, MOF),
        ('24.6%', 1, 24.6, 'percent', 'semiconductor manufacturing equipment exports', 'increase', 'year_on_year', None, OCT, MOF),
        ('0.7%', 1, 0.7, 'percent', 'imports', 'increase', 'year_on_year', None, YTO, MOF),
        ('0.5%', 1, 0.5, 'percent', 'imports', 'increase', 'year_on_year', None, YTO, 'Reuters'),
        ('12.3%', 1, 12.3, 'percent', 'crude oil imports', 'decrease', 'year_on_year', None, YTO, MOF),
        ('8.6%', 1, 8.6, 'percent', 'liquefied natural gas imports', 'decrease', 'year_on_year', None, YTO, MOF),
        ('231.8 billion yen', 1, 231.8e9, 'JPY', 'trade deficit', None, None, None, OCT, MOF),
        ('412.0 billion yen', 1, 412.0e9, 'JPY', 'trade deficit', None, None, None, OCT, 'Reuters'),
        ('467.4 billion yen', 1, 467.4e9, 'JPY', 'trade deficit', None, None, None, per('a year earlier', 2024, 10), MOF),
        ('1.2%', 1, 1.2, 'percent', 'exports', 'increase', 'month_on_month', None, OCT, MOF),
        ('0.5%', 2, 0.5, 'percent', 'Bank of Japan short-term policy rate', None, None, None, per('last month', 2025, 10), BOJ),
        ('154.5', 1, 154.5, 'JPY', 'yen per dollar', None, None, 'approximately', WED, MOF),
        ('6%', 1, 6, 'percent', 'yen', 'decrease', None, 'approximately', P('since the start of October', '2025-10-01', '2025-11-19'), MOF),
    ],
    'cnbc_style_retail_earnings_spending.txt': [
        ('50.3', 1, 50.3, 'index_point', 'consumer sentiment', 'decrease', None, None, NOV, None),
        ('50.3', 2, 50.3, 'index_point', 'index of consumer sentiment', 'decrease', None, None, FTM, UMICH),
        ('3.3 points', 1, 3.3, 'index_point', 'index of consumer sentiment', 'decrease', 'month_on_month', None, FTM, UMICH),
        ('53.6', 1, 53.6, 'index_point', 'index of consumer sentiment', None, None, None, per('October', 2025, 10), UMICH),
        ('53.0', 1, 53.0, 'index_point', 'index of consumer sentiment', None, None, None, FTM, 'Dow Jones'),
        ('29.5%', 1, 29.5, 'percent', 'index of consumer sentiment', 'decrease', 'year_on_year', None, FTM, UMICH),
        ('50.0', 1, 50.0, 'index_point', 'index of consumer sentiment all-time low', None, None, None, per('in June 2022', 2022, 6), UMICH),
        ('52.3', 1, 52.3, 'index_point', 'current conditions index', 'decrease', None, None, INOV, UMICH),
        ('58.6', 1, 58.6, 'index_point', 'current conditions index', None, None, None, per('the previous month', 2025, 10), UMICH),
        ('49.0', 1, 49.0, 'index_point', 'index of consumer expectations', 'decrease', None, None, INOV, UMICH),
        ('51.2', 1, 51.2, 'index_point', 'index of consumer expectations', None, None, None, OCTC, UMICH),
        ('40%', 1, 40, 'percent', 'share of consumers spontaneously mentioning the shutdown', 'increase', None, 'approximately', INOV, UMICH),
        ('25%', 1, 25, 'percent', 'share of consumers spontaneously mentioning the shutdown', None, None, None, OCTC, UMICH),
        ('4.7%', 1, 4.7, 'percent', 'one-year inflation expectations', 'increase', None, None, NOV, UMICH),
        ('4.6%', 1, 4.6, 'percent', 'one-year inflation expectations', None, None, None, OCTC, UMICH),
        ('3.6%', 1, 3.6, 'percent', 'five-year inflation expectations', 'decrease', None, None, NOV, UMICH),
        ('3.9%', 1, 3.9, 'percent', 'five-year inflation expectations', None, None, None, OCTC, UMICH),
        ('1,000', 1, 1000, 'count', 'respondents', None, None, 'approximately', None, UMICH),
        ('3.7%', 1, 3.7, 'percent', 'holiday sales', 'increase', 'year_on_year', None, HOL, NRF),
        ('4.2%', 1, 4.2, 'percent', 'holiday sales', 'increase', 'year_on_year', None, HOL, NRF),
        ('$1 trillion', 1, 1e12, 'USD', 'holiday sales', 'increase', None, 'more_than', HOL, NRF),
        ('0.4%', 1, 0.4, 'percent', 'S&P 500', 'decrease', None, None, None, UMICH),
    ],
    'mt_newswires_durable_goods_canada_manufacturing.txt': [
        ('1.8%', 1, 1.8, 'percent', 'Canada manufacturing sales', 'increase', None, None, SEP, None),
        ('1.8%', 2, 1.8, 'percent', 'Canadian manufacturing sales', 'increase', 'month_on_month', None, SEP, STC),
        ('$71.4 billion', 1, 71.4e9, 'CAD', 'Canadian manufacturing sales', 'increase', None, None, SEP, STC),
        ('1.2%', 1, 1.2, 'percent', 'manufacturing sales', 'increase', 'month_on_month', None, SEP, 'Bloomberg'),
        ('1.0%', 1, 1.0, 'percent', 'manufacturing sales', 'decrease', 'month_on_month', None, AUG, STC),
        ('1.3%', 1, 1.3, 'percent', 'manufacturing sales', 'decrease', 'month_on_month', None, AUG, STC),
        ('1.1%', 1, 1.1, 'percent', 'manufacturing sales volumes', 'increase', 'month_on_month', None, SEP, STC),
        ('13', 1, 13, 'count', 'subsectors with higher sales', None, None, None, SEP, STC),
        ('62.4%', 1, 62.4, 'percent', 'share of total Canadian manufacturing in subsectors with higher sales', None, None, None, SEP, STC),
        ('4.6%', 1, 4.6, 'percent', 'sales of petroleum and coal products', 'increase', None, None, SEP, STC),
        ('$7.9 billion', 1, 7.9e9, 'CAD', 'sales of petroleum and coal products', 'increase', None, None, SEP, STC),
        ('3.2%', 1, 3.2, 'percent', 'transportation equipment sales', 'increase', None, None, SEP, STC),
        ('0.8%', 1, 0.8, 'percent', 'food manufacturing sales', 'increase', None, None, SEP, STC),
        ('0.3%', 1, 0.3, 'percent', 'total inventories', 'increase', None, None, SEP, STC),
        ('$121.6 billion', 1, 121.6e9, 'CAD', 'total inventories', 'increase', None, None, SEP, STC),
        ('1.70', 1, 1.70, 'month', 'inventory-to-sales ratio', 'decrease', None, None, SEP, STC),
        ('1.72', 1, 1.72, 'month', 'inventory-to-sales ratio', None, None, None, AUG, STC),
        ('0.5%', 1, 0.5, 'percent', 'unfilled orders', 'decrease', None, None, SEP, STC),
        ('$97.8 billion', 1, 97.8e9, 'CAD', 'unfilled orders', 'decrease', None, None, SEP, STC),
        ('2.2%', 1, 2.2, 'percent', 'new orders', 'increase', None, None, SEP, STC),
        ('six', 1, 6, 'count', 'provinces with higher sales', None, None, None, SEP, STC),
        ('+5.1%', 1, 5.1, 'percent', 'sales in Alberta', 'increase', None, None, SEP, STC),
        ('+1.9%', 1, 1.9, 'percent', 'sales in Ontario', 'increase', None, None, SEP, STC),
        ('0.7%', 1, 0.7, 'percent', 'sales in Quebec', 'decrease', None, None, SEP, STC),
        ('0.4%', 1, 0.4, 'percent', 'manufacturing sales', 'decrease', None, None, per('in October', 2025, 10), STC),
    ],
    'trading_economics_style_australia_retail.txt': [
        ('0.2%', 1, 0.2, 'percent', 'Australia retail sales growth', 'decrease', None, None, per('in September', 2025, 9), None),
        ('0.2%', 2, 0.2, 'percent', 'retail sales in Australia', 'increase', 'month_on_month', None, S25, ABS),
        ('0.6%', 1, 0.6, 'percent', 'retail sales in Australia', 'increase', 'month_on_month', None, AUG, ABS),
        ('0.4%', 1, 0.4, 'percent', 'retail sales', 'increase', 'month_on_month', None, S25, None),
        ('1.1%', 1, 1.1, 'percent', 'spending on clothing, footwear and personal accessories', 'increase', 'month_on_month', None, S25, ABS),
        ('0.9%', 1, 0.9, 'percent', 'spending on clothing, footwear and personal accessories', None, 'month_on_month', None, AUG, ABS),
        ('0.7%', 1, 0.7, 'percent', 'spending on household goods', 'increase', 'month_on_month', None, S25, ABS),
        ('1.3%', 1, 1.3, 'percent', 'spending on household goods', None, 'month_on_month', None, AUG, ABS),
        ('0.5%', 1, 0.5, 'percent', 'spending on cafes, restaurants and takeaway food services', 'increase', 'month_on_month', None, S25, ABS),
        ('0.3%', 1, 0.3, 'percent', 'spending on cafes, restaurants and takeaway food services', None, 'month_on_month', None, AUG, ABS),
        ('-1.4%', 1, -1.4, 'percent', 'sales at department stores', 'decrease', 'month_on_month', None, S25, ABS),
        ('1.8%', 1, 1.8, 'percent', 'sales at department stores', None, 'month_on_month', None, AUG, ABS),
        ('-0.8%', 1, -0.8, 'percent', 'sales for other retailing', 'decrease', 'month_on_month', None, S25, ABS),
        ('1.2%', 1, 1.2, 'percent', 'sales for other retailing', None, 'month_on_month', None, AUG, ABS),
        ('0.6%', 2, 0.6, 'percent', 'turnover in New South Wales', 'increase', 'month_on_month', None, S25, ABS),
        ('0.4%', 2, 0.4, 'percent', 'turnover in Victoria', 'increase', 'month_on_month', None, S25, ABS),
        ('-0.2%', 1, -0.2, 'percent', 'turnover in Queensland', 'decrease', 'month_on_month', None, S25, ABS),
        ('-0.9%', 1, -0.9, 'percent', 'turnover in Western Australia', 'decrease', 'month_on_month', None, S25, ABS),
        ('4.3%', 1, 4.3, 'percent', 'retail sales', 'increase', 'year_on_year', None, S25, ABS),
        ('5.1%', 1, 5.1, 'percent', 'retail sales', 'increase', 'year_on_year', None, AUG, ABS),
        ('A$37.4 billion', 1, 37.4e9, 'AUD', 'turnover', None, None, None, S25, ABS),
        ('0.45 percent', 1, 0.45, 'percent', 'Retail Sales MoM in Australia average', None, 'month_on_month', None, P('from 1982 until 2025', '1982-01-01', '2025-12-31'), ABS),
        ('16.90 percent', 1, 16.90, 'percent', 'Retail Sales MoM in Australia all time high', None, 'month_on_month', None, per('in November of 2021', 2021, 11), ABS),
        ('-17.70 percent', 1, -17.70, 'percent', 'Retail Sales MoM in Australia record low', 'decrease', 'month_on_month', None, per('in April of 2020', 2020, 4), ABS),
        ('0.30 percent', 1, 0.30, 'percent', 'Retail Sales MoM in Australia', None, 'month_on_month', None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('0.40 percent', 1, 0.40, 'percent', 'Retail Sales MoM in Australia', None, 'month_on_month', 'approximately', Y('in 2026', 2026), TE),
        ('0.35 percent', 1, 0.35, 'percent', 'Retail Sales MoM in Australia', None, 'month_on_month', 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_oil_inventories_eia.txt': [
        ('1.4%', 1, 1.4, 'percent', 'Brent futures', 'increase', None, None, ET, None),
        ('$64.81', 1, 64.81, 'USD', 'Brent futures', 'increase', None, None, ET, None),
        ('1.6%', 1, 1.6, 'percent', 'West Texas Intermediate crude futures', 'increase', None, None, ET, None),
        ('$60.72', 1, 60.72, 'USD', 'West Texas Intermediate crude futures', 'increase', None, None, ET, None),
        ('3%', 1, 3, 'percent', 'Brent and WTI futures', 'decrease', None, 'more_than', P('on Monday and Tuesday', '2025-11-17', '2025-11-18'), None),
        ('13%', 1, 13, 'percent', 'Brent', 'decrease', None, 'approximately', P('so far this year', '2025-01-01', '2025-11-19'), None),
        ('0.2%', 1, 0.2, 'percent', 'dollar index', 'increase', None, None, None, None),
        ('99.6', 1, 99.6, 'index_point', 'dollar index', 'increase', None, None, None, None),
        ('4.6 million barrels', 1, 4.6e6, 'barrel', 'U.S. crude inventories', 'decrease', 'period_on_period', None, WK, EIA),
        ('421.3 million barrels', 1, 421.3e6, 'barrel', 'U.S. crude inventories', 'decrease', None, None, WK, EIA),
        ('seven', 1, 7, 'count', 'analysts in a Reuters poll', None, None, None, WK, 'Reuters'),
        ('1.2 million barrels', 1, 1.2e6, 'barrel', 'crude inventories', 'decrease', 'period_on_period', None, WK, 'Reuters'),
        ('4%', 1, 4, 'percent', 'crude inventories relative to the five-year average', 'decrease', None, 'approximately', WK, EIA),
        ('2.3 million barrels', 1, 2.3e6, 'barrel', 'gasoline stocks', 'increase', None, None, None, EIA),
        ('0.9 million barrels', 1, 0.9e6, 'barrel', 'distillate stockpiles', 'decrease', None, None, None, EIA),
        ('306,000 barrels', 1, 306000, 'barrel', 'crude stocks at the Cushing, Oklahoma, delivery hub', 'increase', None, None, None, EIA),
        ('195,000 barrels per day', 1, 195000, 'barrel per day', 'refinery crude runs', 'increase', None, None, None, EIA),
        ('1.2 percentage points', 1, 1.2, 'percentage_point', 'refinery utilization rates', 'increase', None, None, None, EIA),
        ('90.5%', 1, 90.5, 'percent', 'refinery utilization rates', 'increase', None, None, None, EIA),
        ('13.86 million barrels per day', 1, 13.86e6, 'barrel per day', 'U.S. crude production', None, None, None, None, EIA),
        ('4.4 million barrels', 1, 4.4e6, 'barrel', 'crude inventories', 'increase', None, None, P('for the same week', '2025-11-08', '2025-11-14'), API),
        ('$62', 1, 62, 'USD', 'Brent', None, None, None, Y('in 2026', 2026), 'ING'),
    ],
    'business_standard_style_gdp_forecast_rbi.txt': [
        ('25 bps', 1, 25, 'basis_point', 'repo rate', 'decrease', None, None, None, RBI),
        ('5.25%', 1, 5.25, 'percent', 'repo rate', 'decrease', None, None, None, RBI),
        ('7.3%', 1, 7.3, 'percent', 'GDP growth', 'increase', None, None, P('FY26', '2025-04-01', '2026-03-31'), RBI),
        ('25 basis points', 1, 25, 'basis_point', 'policy repo rate', 'decrease', None, None, FRI, RBI),
        ('5.25 per cent', 1, 5.25, 'percent', 'policy repo rate', 'decrease', None, None, FRI, RBI),
        ('125 basis points', 1, 125, 'basis_point', 'policy repo rate', 'decrease', None, None, P('since February', '2025-02-01', '2025-12-05'), RBI),
        ('five', 1, 5, 'count', 'MPC members voting for the cut', None, None, None, FRI, RBI),
        ('one', 2, 1, 'count', 'MPC members voting against the cut', None, None, None, FRI, RBI),
        ('5 per cent', 1, 5, 'percent', 'standing deposit facility (SDF) rate', None, None, None, None, RBI),
        ('5.5 per cent', 1, 5.5, 'percent', 'marginal standing facility (MSF) rate', None, None, None, None, RBI),
        ('7.3 per cent', 1, 7.3, 'percent', 'real GDP growth', 'increase', None, None, FY26, RBI),
        ('6.8 per cent', 1, 6.8, 'percent', 'real GDP growth', None, None, None, FY26, RBI),
        ('7 per cent', 1, 7, 'percent', 'growth', 'increase', None, None, P('in Q3FY26', '2025-10-01', '2025-12-31'), RBI),
        ('6.5 per cent', 1, 6.5, 'percent', 'growth', 'increase', None, None, P('in Q4FY26', '2026-01-01', '2026-03-31'), RBI),
        ('6.7 per cent', 1, 6.7, 'percent', 'growth', 'increase', None, None, P('Q1FY27', '2026-04-01', '2026-06-30'), RBI),
        ('6.8 per cent', 2, 6.8, 'percent', 'growth', 'increase', None, None, P('Q2FY27', '2026-07-01', '2026-09-30'), RBI),
        ('2 per cent', 1, 2, 'percent', 'CPI inflation', 'decrease', None, None, FY26, RBI),
        ('2.6 per cent', 1, 2.6, 'percent', 'CPI inflation', None, None, None, FY26, RBI),
        ('0.6 per cent', 1, 0.6, 'percent', 'CPI inflation', None, None, None, Q3FY26, RBI),
        ('2.9 per cent', 1, 2.9, 'percent', 'CPI inflation', None, None, None, Q4FY26, RBI),
        ('0.25 per cent', 1, 0.25, 'percent', 'retail inflation', 'decrease', 'year_on_year', None, per('in October', 2025, 10), MOSPI),
        ('3 per cent', 1, 3, 'percent', 'cash reserve ratio (CRR)', None, None, None, None, RBI),
        ('Rs 1 lakh crore', 1, 1e12, 'INR', 'OMO purchases of government securities', None, None, None, TMO, RBI),
        ('$5 billion', 1, 5e9, 'USD', 'USD/INR buy/sell swap', None, None, None, TMO, RBI),
        ('Rs 1.6 lakh crore', 1, 1.6e12, 'INR', 'surplus liquidity in the banking system', None, None, None, per('in November', 2025, 11), RBI),
        ('10', 1, 10, 'count', 'economists polled by Business Standard', None, None, None, None, 'Business Standard'),
        ('25 bps', 2, 25, 'basis_point', 'repo rate', 'decrease', None, None, None, 'Business Standard'),
        ('6 basis points', 1, 6, 'basis_point', '10-year government bond yield', 'decrease', None, None, None, RBI),
        ('6.45 per cent', 1, 6.45, 'percent', '10-year government bond yield', 'decrease', None, None, None, RBI),
    ],
    'eu_energy_style_renewables_electricity.txt': [
        ('half', 1, 0.5, 'fraction', 'share of renewables in EU electricity', None, None, 'approximately', Q('in the third quarter', 2025, 3), None),
        ('643 TWh', 1, 643, 'terawatt hour', 'EU electricity generation', None, None, None, Q325, None),
        ('1%', 1, 1, 'percent', 'EU electricity generation', 'decrease', 'year_on_year', None, Q325, None),
        ('318 TWh', 1, 318, 'terawatt hour', 'renewable generation', None, None, None, Q325, None),
        ('6%', 1, 6, 'percent', 'renewable generation', 'increase', 'year_on_year', None, Q325, None),
        ('49.5%', 1, 49.5, 'percent', 'share of renewables in the power mix', 'increase', None, None, Q325, None),
        ('46.7%', 1, 46.7, 'percent', 'share of renewables in the power mix', None, None, None, Q('in the third quarter of 2024', 2024, 3), None),
        ('108 TWh', 1, 108, 'terawatt hour', 'solar generation', None, None, None, Q325, None),
        ('+19%', 1, 19, 'percent', 'solar generation', 'increase', 'year_on_year', None, Q325, None),
        ('+17 TWh', 1, 17, 'terawatt hour', 'solar generation', 'increase', 'year_on_year', None, Q325, None),
        ('4%', 1, 4, 'percent', 'wind output', 'decrease', 'year_on_year', None, Q325, None),
        ('82 TWh', 1, 82, 'terawatt hour', 'wind output', 'decrease', None, None, Q325, None),
        ('11%', 1, 11, 'percent', 'hydro generation', 'decrease', 'year_on_year', None, Q325, None),
        ('86 TWh', 1, 86, 'terawatt hour', 'hydro generation', None, None, None, Q325, None),
        ('3%', 1, 3, 'percent', 'nuclear generation', 'increase', 'year_on_year', None, INQ, None),
        ('151 TWh', 1, 151, 'terawatt hour', 'nuclear generation', 'increase', None, None, INQ, None),
        ('two-thirds', 1, 0.6667, 'fraction', 'share of French reactors in EU nuclear generation', None, None, 'approximately', INQ, None),
        ('9%', 1, 9, 'percent', 'fossil fuel generation', 'decrease', 'year_on_year', None, INQ, None),
        ('88 TWh', 1, 88, 'terawatt hour', 'gas-fired generation', 'decrease', None, None, INQ, None),
        ('-7%', 1, -7, 'percent', 'gas-fired generation', 'decrease', 'year_on_year', None, INQ, None),
        ('35 TWh', 1, 35, 'terawatt hour', 'coal-fired generation', 'decrease', None, None, INQ, None),
        ('-18%', 1, -18, 'percent', 'coal-fired generation', 'decrease', 'year_on_year', None, INQ, None),
        ('21%', 1, 21, 'percent', 'share of fossil fuels in the mix', 'decrease', None, None, INQ, None),
        ('98 Mt', 1, 98e6, 'tonne', 'CO2 emissions from the power sector', None, None, None, INQ, None),
        ('12%', 1, 12, 'percent', 'CO2 emissions from the power sector', 'decrease', 'year_on_year', None, INQ, None),
        ('47.3%', 1, 47.3, 'percent', "share of renewable sources in the EU's gross electricity consumption", None, None, None, Y24, 'Eurostat'),
        ('2.2 percentage points', 1, 2.2, 'percentage_point', "share of renewable sources in the EU's gross electricity consumption", 'increase', 'year_on_year', None, Y24, 'Eurostat'),
        ('88.2%', 1, 88.2, 'percent', 'renewable share in Austria', None, None, None, Y24, 'Eurostat'),
        ('85.4%', 1, 85.4, 'percent', 'renewable share in Sweden', None, None, None, Y24, 'Eurostat'),
        ('10.1%', 1, 10.1, 'percent', 'renewable share in Malta', None, None, None, Y24, 'Eurostat'),
    ],
    'nbs_style_industrial_profits_and_output.txt': [
        ('4.9 percent', 1, 4.9, 'percent', 'value added of industrial enterprises above designated size', 'increase', 'year_on_year', None, OCT, NBS),
        ('0.17 percent', 1, 0.17, 'percent', 'value added of industrial enterprises above designated size', 'increase', 'month_on_month', None, OCT, NBS),
        ('6.1 percent', 1, 6.1, 'percent', 'value added of industrial enterprises above designated size', 'increase', 'year_on_year', None, P('From January to October', '2025-01-01', '2025-10-31'), NBS),
        ('5.5 percent', 1, 5.5, 'percent', 'value added of mining', 'increase', 'year_on_year', None, OCT, NBS),
        ('4.6 percent', 1, 4.6, 'percent', 'value added of manufacturing', 'increase', 'year_on_year', None, OCT, NBS),
        ('3.0 percent', 1, 3.0, 'percent', 'value added of the production and supply of electricity, heat, gas and water', 'increase', 'year_on_year', None, OCT, NBS),
        ('8.0 percent', 1, 8.0, 'percent', 'value added of high-tech manufacturing', 'increase', 'year_on_year', None, OCT, NBS),
        ('3.1 percentage points', 1, 3.1, 'percentage_point', 'high-tech manufacturing value added growth above that of all industrial enterprises above designated size', None, None, None, OCT, NBS),
        ('4.2 percent', 1, 4.2, 'percent', 'value added of state-holding enterprises', 'increase', 'year_on_year', None, OCT, NBS),
        ('5.6 percent', 1, 5.6, 'percent', 'value added of share-holding enterprises', 'increase', 'year_on_year', None, OCT, NBS),
        ('0.3 percent', 1, 0.3, 'percent', 'value added of enterprises funded by foreign investors and investors from Hong Kong, Macao and Taiwan', 'increase', 'year_on_year', None, OCT, NBS),
        ('3.8 percent', 1, 3.8, 'percent', 'value added of private enterprises', 'increase', 'year_on_year', None, OCT, NBS),
        ('356', 1, 356, 'count', 'major industrial products with year-on-year growth in output', None, None, None, OCT, NBS),
        ('3.29 million units', 1, 3.29e6, 'count', 'output of automobiles', None, None, None, OCT, NBS),
        ('11.7 percent', 1, 11.7, 'percent', 'output of automobiles', 'increase', 'year_on_year', None, OCT, NBS),
        ('1.72 million units', 1, 1.72e6, 'count', 'output of new energy vehicles', None, None, None, OCT, NBS),
        ('21.1 percent', 1, 21.1, 'percent', 'output of new energy vehicles', 'increase', 'year_on_year', None, OCT, NBS),
        ('45.7 billion pieces', 1, 45.7e9, 'count', 'output of integrated circuits', None, None, None, OCT, NBS),
        ('9.4 percent', 1, 9.4, 'percent', 'output of integrated circuits', 'increase', 'year_on_year', None, OCT, NBS),
        ('72.0 million tonnes', 1, 72.0e6, 'tonne', 'output of crude steel', None, None, None, OCT, NBS),
        ('12.1 percent', 1, 12.1, 'percent', 'output of crude steel', 'decrease', 'year_on_year', None, OCT, NBS),
        ('1,341.2 billion yuan', 1, 1341.2e9, 'CNY', 'export delivery value of industrial enterprises above designated size', None, None, None, IOCT, NBS),
        ('2.1 percent', 1, 2.1, 'percent', 'export delivery value of industrial enterprises above designated size', 'decrease', 'year_on_year', None, IOCT, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
