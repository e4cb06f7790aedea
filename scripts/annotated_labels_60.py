# ruff: noqa: E501, RUF001
"""Write corpus/annotated_60/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_60.py corpus/annotated_60
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
USDA = "U.S. Department of Agriculture"
TSI = "Turkish Statistical Institute"
CBRT = "Central Bank of the Republic of Turkey"
REU = "Reuters"
BLS = "U.S. Bureau of Labor Statistics"
DJ = "Dow Jones"
FED = "Federal Reserve"
SNZ = "Statistics New Zealand"
RBNZ = "Reserve Bank of New Zealand"
SPG = "S&P Global"
TE = "Trading Economics"
NOPA = "National Oilseed Processors Association"
BS = "Business Standard"
SYS = "Systematix Institutional Equities"
SPE = "SolarPower Europe"
NBS = "National Bureau of Statistics"

# 6001 ONS house prices and rents (ref Wednesday 2025-12-17)
OCT12 = per("in the 12 months to October 2025", 2025, 10)
SEP12 = per("in the 12 months to September 2025", 2025, 9)
NOV12 = per("in the 12 months to November 2025", 2025, 11)
OCT25 = per("in October 2025", 2025, 10)
# 6002 Reuters 1987 (ref Tuesday 1987-03-31)
MAR = per("in March", 1987, 3)
FEB = per("February", 1987, 2)
# 6003 Reuters 2025 (ref Monday 2026-01-05)
DEC = per("in December", 2025, 12)
IDEC = per("In December", 2025, 12)
# 6004 CNBC (ref Thursday 2025-12-11)
TQ = Q("in the July-through-September period", 2025, 3)
TQ2 = Q("in the third quarter", 2025, 3)
SQ = Q("Second-quarter", 2025, 2)
INQ = Q("in the quarter", 2025, 3)
WED = P("on Wednesday", "2025-12-10", "2025-12-10")
THU = P("on Thursday", "2025-12-11", "2025-12-11")
# 6005 MT Newswires (ref Tuesday 2025-11-04)
SEPQ = Q("in the September quarter", 2025, 3)
JUNQ = Q("in the June quarter", 2025, 2)
TMS = P("in the three months to September", "2025-07-01", "2025-09-30")
OCT8 = P("on Oct. 8", "2025-10-08", "2025-10-08")
NOV26 = P("at its Nov. 26 meeting", "2025-11-26", "2025-11-26")
# 6006 Trading Economics (ref Wednesday 2026-02-04)
JAN26 = per("in January 2026", 2026, 1)
TDEC = per("in December", 2025, 12)
IJAN = per("In January", 2026, 1)
# 6007 Investing.com (ref Monday 2025-12-15)
ET = P("By 11:20 ET", None, None)
NOV = per("in November", 2025, 11)
WK = P("in the week ended Dec. 4", "2025-11-28", "2025-12-04")
# 6008 Business Standard (ref Tuesday 2026-01-20)
Q3FY = P("in the October-December quarter (Q3FY26)", "2025-10-01", "2025-12-31")
DQ = P("during the quarter", "2025-10-01", "2025-12-31")
N9 = P("For the nine months ended December (9MFY26)", "2025-04-01", "2025-12-31")
IQ3 = P("in Q3FY26", "2025-10-01", "2025-12-31")
# 6009 DG ENER (ref Wednesday 2026-04-15)
Y25 = Y("in 2025", 2025)
E25 = P("at the end of 2025", "2025-12-31", "2025-12-31")
Q425 = Q("In the fourth quarter of 2025", 2025, 4)
# 6010 NBS (ref Friday 2026-07-10)
I26 = Y("in 2026", 2026)
II26 = Y("In 2026", 2026)
TY = Y("this year", 2026)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_house_price_index_regions.txt': [
        ('2.4%', 1, 2.4, 'percent', 'average UK house prices', 'increase', 'year_on_year', None, OCT12, None),
        ('£271,000', 1, 271000, 'GBP', 'average UK house prices', 'increase', None, None, OCT12, None),
        ('2.9%', 1, 2.9, 'percent', 'average UK house prices', None, 'year_on_year', None, SEP12, None),
        ('0.2%', 1, 0.2, 'percent', 'average UK house price', 'decrease', 'month_on_month', None, per('between September and October 2025', 2025, 10), None),
        ('0.3%', 1, 0.3, 'percent', 'average UK house price', 'increase', 'month_on_month', None, per('over the same period a year earlier', 2024, 10), None),
        ('4.8%', 1, 4.8, 'percent', 'average UK monthly private rents', 'increase', 'year_on_year', None, NOV12, None),
        ('£1,372', 1, 1372, 'GBP', 'average UK monthly private rents', 'increase', None, None, NOV12, None),
        ('5.2%', 1, 5.2, 'percent', 'average UK monthly private rents', None, 'year_on_year', None, per('in the 12 months to October 2025', 2025, 10), None),
        ('£293,000', 1, 293000, 'GBP', 'average price in England', None, None, None, OCT25, ONS),
        ('2.1%', 1, 2.1, 'percent', 'average price in England', 'increase', 'year_on_year', None, OCT25, ONS),
        ('£212,000', 1, 212000, 'GBP', 'average price in Wales', None, None, None, OCT25, ONS),
        ('3.6%', 1, 3.6, 'percent', 'average price in Wales', 'increase', 'year_on_year', None, OCT25, ONS),
        ('£194,000', 1, 194000, 'GBP', 'average price in Scotland', None, None, None, OCT25, ONS),
        ('5.3%', 1, 5.3, 'percent', 'average price in Scotland', 'increase', 'year_on_year', None, OCT25, ONS),
        ('7.9%', 1, 7.9, 'percent', 'average prices in Northern Ireland', 'increase', 'year_on_year', None, Q('in Quarter 3 (July to Sept) 2025', 2025, 3), ONS),
        ('£186,000', 1, 186000, 'GBP', 'average prices in Northern Ireland', 'increase', None, None, Q('in Quarter 3 (July to Sept) 2025', 2025, 3), ONS),
        ('4.7%', 1, 4.7, 'percent', 'annual house price inflation in the North West', None, 'year_on_year', None, OCT25, ONS),
        ('0.3%', 2, 0.3, 'percent', 'annual house price inflation in London', None, 'year_on_year', None, OCT25, ONS),
        ('£559,000', 1, 559000, 'GBP', 'average price in London', None, None, None, OCT25, ONS),
        ('Seven', 1, 7, 'count', 'English regions recording annual growth of between 2.0% and 4.0%', None, None, None, OCT25, ONS),
        ('2.0%', 1, 2.0, 'percent', 'annual house price growth in English regions', 'increase', 'year_on_year', None, OCT25, ONS),
        ('4.0%', 1, 4.0, 'percent', 'annual house price growth in English regions', 'increase', 'year_on_year', None, OCT25, ONS),
        ('4.2%', 1, 4.2, 'percent', 'prices in the North East', 'increase', 'year_on_year', None, OCT25, ONS),
        ('3.8%', 1, 3.8, 'percent', 'prices in Yorkshire and The Humber', 'increase', 'year_on_year', None, OCT25, ONS),
        ('1.1%', 1, 1.1, 'percent', 'prices in the East of England', 'increase', 'year_on_year', None, OCT25, ONS),
        ('4.6%', 1, 4.6, 'percent', 'private rents in England', 'increase', 'year_on_year', None, NOV12, ONS),
        ('£1,418', 1, 1418, 'GBP', 'private rents in England', 'increase', None, None, NOV12, ONS),
        ('6.9%', 1, 6.9, 'percent', 'private rents in Wales', 'increase', 'year_on_year', None, NOV12, ONS),
        ('£829', 1, 829, 'GBP', 'private rents in Wales', 'increase', None, None, NOV12, ONS),
        ('4.1%', 1, 4.1, 'percent', 'private rents in Scotland', 'increase', 'year_on_year', None, NOV12, ONS),
        ('£1,046', 1, 1046, 'GBP', 'private rents in Scotland', 'increase', None, None, NOV12, ONS),
        ('£2,258', 1, 2258, 'GBP', 'rents in London', None, None, None, NOV12, ONS),
        ('3.7%', 1, 3.7, 'percent', 'rents in London', 'increase', 'year_on_year', None, NOV12, ONS),
    ],
    'wire_1987_us_farm_prices.txt': [
        ('1.6 PCT', 1, 1.6, 'percent', 'U.S. farm prices', 'increase', None, None, per('IN MARCH', 1987, 3), USDA),
        ('1.6 pct', 1, 1.6, 'percent', 'prices received by farmers for raw agricultural products', 'increase', 'month_on_month', None, P('in the month ended March 15', '1987-02-16', '1987-03-15'), USDA),
        ('126', 1, 126, 'index_point', 'all-products index', None, None, None, MAR, USDA),
        ('2.4 pct', 1, 2.4, 'percent', 'all-products index', 'decrease', 'year_on_year', None, MAR, USDA),
        ('124', 1, 124, 'index_point', 'all-products index', 'decrease', None, None, FEB, USDA),
        ('125', 1, 125, 'index_point', 'all-products index', None, None, None, FEB, USDA),
        ('49.20 dlrs', 1, 49.20, 'USD', 'hog prices', None, None, None, MAR, USDA),
        ('3.10 dlrs', 1, 3.10, 'USD', 'hog prices', 'increase', 'month_on_month', None, MAR, USDA),
        ('58.10 dlrs', 1, 58.10, 'USD', 'beef cattle prices', 'increase', None, None, MAR, USDA),
        ('56.40 dlrs', 1, 56.40, 'USD', 'beef cattle prices', None, None, None, per('from February', 1987, 2), USDA),
        ('eight cents', 1, 0.08, 'USD', 'wheat prices', 'decrease', 'month_on_month', None, MAR, USDA),
        ('2.42 dlrs', 1, 2.42, 'USD', 'wheat prices', 'decrease', None, None, MAR, USDA),
        ('five cents', 1, 0.05, 'USD', 'corn prices', 'decrease', 'month_on_month', None, MAR, USDA),
        ('1.38 dlrs', 1, 1.38, 'USD', 'corn prices', 'decrease', None, None, MAR, USDA),
        ('51 pct', 1, 51, 'percent', 'parity ratio', 'decrease', None, None, MAR, USDA),
        ('52 pct', 1, 52, 'percent', 'parity ratio', None, None, None, per('in February', 1987, 2), USDA),
        ('53 pct', 1, 53, 'percent', 'parity ratio', None, None, None, per('a year ago', 1986, 3), USDA),
        ('163', 1, 163, 'index_point', 'index of prices paid by farmers', None, None, None, per('in January', 1987, 1), USDA),
        ('1.2 pct', 1, 1.2, 'percent', 'index of prices paid by farmers', 'decrease', 'year_on_year', None, per('in January', 1987, 1), USDA),
        ('44 pct', 1, 44, 'percent', 'wheat prices as a percent of parity', None, None, None, P('As of March 15', '1987-03-15', '1987-03-15'), USDA),
        ('47 pct', 1, 47, 'percent', 'corn prices as a percent of parity', None, None, None, P('As of March 15', '1987-03-15', '1987-03-15'), USDA),
        ('58 pct', 1, 58, 'percent', 'soybean prices as a percent of parity', None, None, None, P('As of March 15', '1987-03-15', '1987-03-15'), USDA),
        ('65 pct', 1, 65, 'percent', 'all milk prices as a percent of parity', None, None, None, P('As of March 15', '1987-03-15', '1987-03-15'), USDA),
        ('3', 1, 3, 'percent', 'index of prices received', 'decrease', 'year_on_year', None, Y('this year', 1987), USDA),
        ('5 pct', 1, 5, 'percent', 'index of prices received', 'decrease', 'year_on_year', None, Y('this year', 1987), USDA),
    ],
    'wire_2025_turkey_inflation_rate.txt': [
        ('30.4%', 1, 30.4, 'percent', "Turkey's annual inflation", 'decrease', 'year_on_year', None, DEC, None),
        ('30.4%', 2, 30.4, 'percent', 'annual consumer price inflation', 'decrease', 'year_on_year', None, DEC, TSI),
        ('31.07%', 1, 31.07, 'percent', 'annual consumer price inflation', None, 'year_on_year', None, per('a month earlier', 2025, 11), TSI),
        ('17', 1, 17, 'count', 'economists in a Reuters poll', None, None, None, DEC, REU),
        ('30.4%', 3, 30.4, 'percent', 'annual inflation', None, 'year_on_year', None, DEC, REU),
        ('29.8%', 1, 29.8, 'percent', 'annual inflation', None, 'year_on_year', None, DEC, REU),
        ('31.2%', 1, 31.2, 'percent', 'annual inflation', None, 'year_on_year', None, DEC, REU),
        ('0.89%', 1, 0.89, 'percent', 'consumer prices', 'increase', 'month_on_month', None, DEC, TSI),
        ('0.95%', 1, 0.95, 'percent', 'consumer prices', None, 'month_on_month', None, DEC, None),
        ('0.87%', 1, 0.87, 'percent', 'consumer prices', 'increase', 'month_on_month', None, per('in November', 2025, 11), TSI),
        ('26.9%', 1, 26.9, 'percent', 'annual food and non-alcoholic beverage inflation', 'decrease', 'year_on_year', None, IDEC, TSI),
        ('58.7%', 1, 58.7, 'percent', 'prices for housing', 'increase', 'year_on_year', None, IDEC, TSI),
        ('29.4%', 1, 29.4, 'percent', 'prices for transport', 'increase', 'year_on_year', None, IDEC, TSI),
        ('0.6%', 1, 0.6, 'percent', 'prices of alcoholic beverages and tobacco', 'decrease', 'month_on_month', None, IDEC, TSI),
        ('29.5%', 1, 29.5, 'percent', 'annual core inflation', 'decrease', 'year_on_year', None, DEC, TSI),
        ('30.2%', 1, 30.2, 'percent', 'annual core inflation', None, 'year_on_year', None, per('in November', 2025, 11), TSI),
        ('0.7%', 1, 0.7, 'percent', 'domestic producer prices', 'increase', 'month_on_month', None, DEC, TSI),
        ('26.1%', 1, 26.1, 'percent', 'domestic producer prices', 'increase', 'year_on_year', None, DEC, TSI),
        ('150 basis points', 1, 150, 'basis_point', 'one-week repo rate', 'decrease', None, None, P('on Dec. 11', '2025-12-11', '2025-12-11'), CBRT),
        ('38.0%', 1, 38.0, 'percent', 'one-week repo rate', 'decrease', None, None, P('on Dec. 11', '2025-12-11', '2025-12-11'), CBRT),
        ('31', 1, 31, 'percent', 'inflation', None, None, None, P('year-end', '2025-12-31', '2025-12-31'), CBRT),
        ('33%', 1, 33, 'percent', 'inflation', None, None, None, P('year-end', '2025-12-31', '2025-12-31'), CBRT),
        ('24%', 1, 24, 'percent', 'interim inflation target', None, None, None, P('for end-2025', '2025-12-31', '2025-12-31'), CBRT),
        ('23.5%', 1, 23.5, 'percent', 'annual inflation', 'decrease', 'year_on_year', None, P('by the end of 2026', '2026-12-31', '2026-12-31'), REU),
        ('43.02', 1, 43.02, 'TRY', 'lira', None, None, None, P('on Monday', '2026-01-05', '2026-01-05'), TSI),
    ],
    'cnbc_style_productivity_unit_labor_costs.txt': [
        ('4.1%', 1, 4.1, 'percent', 'productivity', 'increase', None, None, Q('in third quarter', 2025, 3), None),
        ('4.1%', 2, 4.1, 'percent', 'nonfarm business productivity', 'increase', 'quarter_on_quarter', None, TQ, BLS),
        ('3.3%', 1, 3.3, 'percent', 'nonfarm business productivity', 'increase', 'quarter_on_quarter', None, TQ, DJ),
        ('5.0%', 1, 5.0, 'percent', 'output', 'increase', 'quarter_on_quarter', None, TQ, BLS),
        ('0.9%', 1, 0.9, 'percent', 'hours worked', 'increase', 'quarter_on_quarter', None, TQ, BLS),
        ('1.9%', 1, 1.9, 'percent', 'unit labor costs', 'decrease', 'quarter_on_quarter', None, TQ2, BLS),
        ('0.8%', 1, 0.8, 'percent', 'unit labor costs', 'decrease', 'quarter_on_quarter', None, TQ2, None),
        ('1.2%', 1, 1.2, 'percent', 'unit labor costs', 'decrease', 'quarter_on_quarter', None, SQ, BLS),
        ('1.0%', 1, 1.0, 'percent', 'unit labor costs', 'increase', 'quarter_on_quarter', None, SQ, BLS),
        ('3.7%', 1, 3.7, 'percent', 'productivity', 'increase', 'quarter_on_quarter', None, Q('second-quarter', 2025, 2), BLS),
        ('3.3%', 2, 3.3, 'percent', 'productivity', None, 'quarter_on_quarter', None, Q('second-quarter', 2025, 2), BLS),
        ('2.2%', 1, 2.2, 'percent', 'hourly compensation', 'increase', None, None, INQ, BLS),
        ('0.6%', 1, 0.6, 'percent', 'real hourly compensation', 'decrease', None, None, INQ, BLS),
        ('1.9%', 2, 1.9, 'percent', 'productivity', 'increase', 'year_on_year', None, INQ, BLS),
        ('1.3%', 1, 1.3, 'percent', 'unit labor costs', 'increase', 'year_on_year', None, INQ, BLS),
        ('quarter percentage point', 1, 0.25, 'percentage_point', 'benchmark rate', 'decrease', None, None, WED, FED),
        ('3.50%', 1, 3.50, 'percent', 'benchmark rate', 'decrease', None, None, WED, FED),
        ('3.75%', 1, 3.75, 'percent', 'benchmark rate', 'decrease', None, None, WED, FED),
        ('3 basis points', 1, 3, 'basis_point', '10-year Treasury yield', 'decrease', None, None, THU, BLS),
        ('4.13%', 1, 4.13, 'percent', '10-year Treasury yield', 'decrease', None, None, THU, BLS),
    ],
    'mt_newswires_new_zealand_wages_employment.txt': [
        ('5.3%', 1, 5.3, 'percent', 'New Zealand jobless rate', 'increase', None, None, Q('Q3', 2025, 3), None),
        ('5.3%', 2, 5.3, 'percent', 'seasonally adjusted unemployment rate', 'increase', None, None, SEPQ, SNZ),
        ('5.2%', 1, 5.2, 'percent', 'seasonally adjusted unemployment rate', None, None, None, JUNQ, SNZ),
        ('5.4%', 1, 5.4, 'percent', 'unemployment rate', None, None, None, Q('for the quarter', 2025, 3), RBNZ),
        ('0.2%', 1, 0.2, 'percent', 'employment', 'decrease', 'quarter_on_quarter', None, TMS, SNZ),
        ('6,000 people', 1, 6000, 'count', 'employment', 'decrease', 'quarter_on_quarter', 'approximately', TMS, SNZ),
        ('2.893 million', 1, 2.893e6, 'count', 'employment', 'decrease', None, None, TMS, SNZ),
        ('70.3%', 1, 70.3, 'percent', 'participation rate', 'decrease', None, None, TMS, SNZ),
        ('70.5%', 1, 70.5, 'percent', 'participation rate', None, None, None, Q('in the previous quarter', 2025, 2), SNZ),
        ('0.6%', 1, 0.6, 'percent', 'employment', 'decrease', 'year_on_year', None, TMS, SNZ),
        ('2.1%', 1, 2.1, 'percent', 'labour cost index for private sector salary and wage rates', 'increase', 'year_on_year', None, TMS, SNZ),
        ('2.2%', 1, 2.2, 'percent', 'labour cost index for private sector salary and wage rates', None, 'year_on_year', None, JUNQ, SNZ),
        ('2.6%', 1, 2.6, 'percent', 'public sector wages', 'increase', 'year_on_year', None, TMS, SNZ),
        ('2.2%', 2, 2.2, 'percent', 'wages of all sectors combined', 'increase', 'year_on_year', None, TMS, SNZ),
        ('0.5%', 1, 0.5, 'percent', 'private sector salary and wage rates', 'increase', 'quarter_on_quarter', None, TMS, SNZ),
        ('3.8%', 1, 3.8, 'percent', 'average ordinary time hourly earnings', 'increase', 'year_on_year', None, SEPQ, SNZ),
        ('NZ$42.81', 1, 42.81, 'NZD', 'average ordinary time hourly earnings', 'increase', None, None, SEPQ, SNZ),
        ('50 basis points', 1, 50, 'basis_point', 'official cash rate', 'decrease', None, None, OCT8, RBNZ),
        ('2.5%', 1, 2.5, 'percent', 'official cash rate', 'decrease', None, None, OCT8, RBNZ),
        ('25-basis-point', 1, 25, 'basis_point', 'official cash rate', 'decrease', None, None, NOV26, None),
        ('2.25%', 1, 2.25, 'percent', 'official cash rate', 'decrease', None, None, NOV26, None),
        ('2.0%', 1, 2.0, 'percent', 'wage growth', 'increase', 'year_on_year', None, per('in the year to June 2026', 2026, 6), RBNZ),
        ('0.4%', 1, 0.4, 'percent', 'New Zealand dollar', 'decrease', None, None, None, SNZ),
        ('US$0.5690', 1, 0.5690, 'USD', 'New Zealand dollar', 'decrease', None, None, None, SNZ),
    ],
    'trading_economics_style_saudi_arabia_pmi.txt': [
        ('57.9', 1, 57.9, 'index_point', 'Saudi Arabia Non-Oil PMI', 'increase', None, None, per('in January', 2026, 1), None),
        ('57.9', 2, 57.9, 'index_point', 'Riyad Bank Saudi Arabia PMI', 'increase', None, None, JAN26, SPG),
        ('56.4', 1, 56.4, 'index_point', 'Riyad Bank Saudi Arabia PMI', None, None, None, TDEC, SPG),
        ('56.8', 1, 56.8, 'index_point', 'Riyad Bank Saudi Arabia PMI', None, None, None, JAN26, None),
        ('2.6 points', 1, 2.6, 'index_point', 'new orders sub-index', 'increase', None, None, JAN26, SPG),
        ('62.3', 1, 62.3, 'index_point', 'new orders sub-index', 'increase', None, None, JAN26, SPG),
        ('59.6', 1, 59.6, 'index_point', 'output index', 'increase', None, None, JAN26, SPG),
        ('57.0', 1, 57.0, 'index_point', 'output index', None, None, None, TDEC, SPG),
        ('54.8', 1, 54.8, 'index_point', 'staffing index', 'increase', None, None, IJAN, SPG),
        ('56.1', 1, 56.1, 'index_point', 'purchase prices index', 'increase', None, None, IJAN, SPG),
        ('57.3', 1, 57.3, 'index_point', 'staff costs index', 'increase', None, None, IJAN, SPG),
        ('50.9', 1, 50.9, 'index_point', 'output charges index', None, None, None, IJAN, SPG),
        ('31%', 1, 31, 'percent', 'share of panellists optimistic about the outlook', None, None, 'approximately', None, SPG),
        ('35%', 1, 35, 'percent', 'share of panellists optimistic about the outlook', None, None, None, TDEC, SPG),
        ('400', 1, 400, 'count', 'companies covered by the survey', None, None, 'approximately', None, SPG),
        ('56.91 points', 1, 56.91, 'index_point', 'Non Oil PMI in Saudi Arabia average', None, None, None, P('from 2009 until 2026', '2009-01-01', '2026-12-31'), SPG),
        ('61.70 points', 1, 61.70, 'index_point', 'Non Oil PMI in Saudi Arabia all time high', None, None, None, per('in April of 2023', 2023, 4), SPG),
        ('42.40 points', 1, 42.40, 'index_point', 'Non Oil PMI in Saudi Arabia record low', None, None, None, per('in April of 2020', 2020, 4), SPG),
        ('57.20 points', 1, 57.20, 'index_point', 'Non Oil PMI in Saudi Arabia', None, None, None, P('by the end of this quarter', '2026-03-31', '2026-03-31'), TE),
        ('56.80 points', 1, 56.80, 'index_point', 'Saudi Arabia Non Oil PMI', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_soybean_futures_crush.txt': [
        ('0.4%', 1, 0.4, 'percent', 'most-active January soybean contract', 'increase', None, None, ET, None),
        ('1,087.25 cents', 1, 10.8725, 'USD', 'most-active January soybean contract', 'increase', None, None, ET, None),
        ('0.5%', 1, 0.5, 'percent', 'soymeal futures', 'decrease', None, None, ET, None),
        ('$301.80', 1, 301.80, 'USD', 'soymeal futures', 'decrease', None, None, ET, None),
        ('1.8%', 1, 1.8, 'percent', 'soyoil', 'increase', None, None, ET, None),
        ('50.62 cents', 1, 0.5062, 'USD', 'soyoil', 'increase', None, None, ET, None),
        ('0.3%', 1, 0.3, 'percent', 'corn', 'decrease', None, None, ET, None),
        ('441.75 cents', 1, 4.4175, 'USD', 'corn', 'decrease', None, None, ET, None),
        ('0.6%', 1, 0.6, 'percent', 'wheat', 'increase', None, None, ET, None),
        ('538.50 cents', 1, 5.385, 'USD', 'wheat', 'increase', None, None, ET, None),
        ('224.1 million bushels', 1, 224.1e6, 'bushel', 'soybeans crushed by NOPA members', None, None, None, NOV, NOPA),
        ('2.3%', 1, 2.3, 'percent', 'soybeans crushed by NOPA members', 'increase', 'month_on_month', None, NOV, NOPA),
        ('219.1 million', 1, 219.1e6, 'bushel', 'soybeans crushed by NOPA members', None, None, None, per("October", 2025, 10), NOPA),
        ('7.9%', 1, 7.9, 'percent', 'soybeans crushed by NOPA members', 'increase', 'year_on_year', None, NOV, NOPA),
        ('221.4 million bushels', 1, 221.4e6, 'bushel', 'soybean crush', None, None, None, NOV, REU),
        ('214.0 million', 1, 214.0e6, 'bushel', 'soybean crush', None, None, None, NOV, REU),
        ('227.5 million bushels', 1, 227.5e6, 'bushel', 'soybean crush', None, None, None, NOV, REU),
        ('1.31 billion pounds', 1, 1.31e9, 'pound-mass', 'soyoil stocks held by NOPA members', 'decrease', None, None, P('at the end of November', '2025-11-30', '2025-11-30'), NOPA),
        ('1.38 billion pounds', 1, 1.38e9, 'pound-mass', 'soyoil stocks held by NOPA members', None, None, None, P('at the end of October', '2025-10-31', '2025-10-31'), NOPA),
        ('1.08 million metric tons', 1, 1.08e6, 'tonne', 'net export sales of U.S. soybeans', None, None, None, WK, USDA),
        ('21%', 1, 21, 'percent', 'net export sales of U.S. soybeans', 'decrease', 'period_on_period', None, WK, USDA),
        ('537,000 tons', 1, 537000, 'tonne', 'net export sales of U.S. soybeans to China', None, None, None, WK, USDA),
    ],
    'business_standard_style_cement_dispatches_prices.txt': [
        ('9%', 1, 9, 'percent', "cement majors' dispatches", 'increase', None, None, P('Q3', '2025-10-01', '2025-12-31'), None),
        ('9.2 per cent', 1, 9.2, 'percent', 'combined domestic dispatches of leading listed cement makers', 'increase', 'year_on_year', None, Q3FY, BS),
        ('78.6 million tonnes', 1, 78.6e6, 'tonne', 'combined domestic dispatches of leading listed cement makers', 'increase', None, None, Q3FY, BS),
        ('11.4 per cent', 1, 11.4, 'percent', "UltraTech Cement's grey cement dispatches", 'increase', 'year_on_year', None, DQ, BS),
        ('29.7 mt', 1, 29.7e6, 'tonne', "UltraTech Cement's grey cement dispatches", 'increase', None, None, DQ, BS),
        ('17.2 mt', 1, 17.2e6, 'tonne', 'sales of Ambuja Cements and ACC', None, None, None, DQ, BS),
        ('8.1 per cent', 1, 8.1, 'percent', 'sales of Ambuja Cements and ACC', 'increase', 'year_on_year', None, DQ, BS),
        ('8.9 mt', 1, 8.9e6, 'tonne', "Shree Cement's volumes", None, None, None, DQ, BS),
        ('7.1 mt', 1, 7.1e6, 'tonne', "Dalmia Bharat's volumes", None, None, None, DQ, BS),
        ('4 per cent', 1, 4, 'percent', "Shree Cement's volumes", 'increase', 'year_on_year', None, DQ, BS),
        ('6 per cent', 1, 6, 'percent', "Dalmia Bharat's volumes", 'increase', 'year_on_year', None, DQ, BS),
        ('88.3 mt', 1, 88.3e6, 'tonne', "UltraTech's dispatches", None, None, None, N9, BS),
        ('10.2 per cent', 1, 10.2, 'percent', "UltraTech's dispatches", 'increase', 'year_on_year', None, N9, BS),
        ('1.5 per cent', 1, 1.5, 'percent', 'all-India average cement prices', 'decrease', 'quarter_on_quarter', None, IQ3, SYS),
        ('₹352', 1, 352, 'INR', 'all-India average cement prices', 'decrease', None, None, IQ3, SYS),
        ('₹12', 1, 12, 'INR', 'cement prices in the south', 'decrease', 'quarter_on_quarter', None, IQ3, SYS),
        ('₹8', 1, 8, 'INR', 'cement prices in the east', 'decrease', 'quarter_on_quarter', None, IQ3, SYS),
        ('₹318', 1, 318, 'INR', 'cement prices in the south', 'decrease', None, None, IQ3, SYS),
        ('₹329', 1, 329, 'INR', 'cement prices in the east', 'decrease', None, None, IQ3, SYS),
        ('₹375', 1, 375, 'INR', 'cement prices in the north', None, None, None, IQ3, SYS),
        ('₹5', 1, 5, 'INR', 'cement prices in the west', 'increase', 'quarter_on_quarter', None, IQ3, SYS),
        ('₹356', 1, 356, 'INR', 'cement prices in the west', 'increase', None, None, IQ3, SYS),
        ('₹10', 1, 10, 'INR', 'cement prices', 'increase', None, None, per('in January', 2026, 1), None),
        ('15', 1, 15, 'INR', 'cement prices', 'increase', None, None, per('in January', 2026, 1), None),
    ],
    'eu_energy_style_rooftop_solar_additions.txt': [
        ('29.4 GW', 1, 29.4, 'gigawatt', 'rooftop solar capacity added in the EU', None, None, None, Y25, SPE),
        ('64.2 GW', 1, 64.2, 'gigawatt', 'solar capacity added in the EU', None, None, None, Y25, SPE),
        ('14%', 1, 14, 'percent', 'rooftop segment', 'decrease', 'year_on_year', None, Y25, SPE),
        ('a quarter', 1, 0.25, 'fraction', 'residential installations', 'decrease', 'year_on_year', 'approximately', Y25, SPE),
        ('9.8 GW', 1, 9.8, 'gigawatt', 'residential installations', 'decrease', None, None, Y25, SPE),
        ('19.6 GW', 1, 19.6, 'gigawatt', 'commercial and industrial (C&I) rooftop additions', None, None, None, Y25, SPE),
        ('6%', 1, 6, 'percent', 'commercial and industrial (C&I) rooftop additions', 'decrease', 'year_on_year', None, Y25, SPE),
        ('7.9 GW', 1, 7.9, 'gigawatt', 'rooftop installations in Germany', None, None, None, Y25, SPE),
        ('3.6 GW', 1, 3.6, 'gigawatt', 'rooftop installations in Italy', None, None, None, Y25, SPE),
        ('2.1 GW', 1, 2.1, 'gigawatt', 'rooftop installations in Spain', None, None, None, Y25, SPE),
        ('2.0 GW', 1, 2.0, 'gigawatt', 'rooftop installations in France', None, None, None, Y25, SPE),
        ('1.4 GW', 1, 1.4, 'gigawatt', 'rooftop installations in the Netherlands', None, None, None, Y25, SPE),
        ('38%', 1, 38, 'percent', 'rooftop installations in the Netherlands', 'decrease', None, None, Y25, SPE),
        ('1.1 GW', 1, 1.1, 'gigawatt', 'rooftop installations in Poland', None, None, None, Y25, SPE),
        ('29%', 1, 29, 'percent', 'rooftop installations in Poland', 'decrease', None, None, Y25, SPE),
        ('41%', 1, 41, 'percent', 'rooftop additions in Romania', 'increase', None, None, Y25, SPE),
        ('27%', 1, 27, 'percent', 'rooftop additions in Bulgaria', 'increase', None, None, Y25, SPE),
        ('13.2 million', 1, 13.2e6, 'count', 'number of prosumers', 'increase', None, None, E25, SPE),
        ('11.6 million', 1, 11.6e6, 'count', 'number of prosumers', None, None, None, P('a year earlier', '2024-12-31', '2024-12-31'), SPE),
        ('210 GW', 1, 210, 'gigawatt', 'cumulative rooftop capacity', None, None, 'approximately', E25, SPE),
        ('52%', 1, 52, 'percent', "rooftop share of the EU's total installed solar fleet", None, None, 'approximately', E25, SPE),
        ('406 GW', 1, 406, 'gigawatt', "EU's total installed solar fleet", None, None, None, E25, SPE),
        ('1.18 €/Wp', 1, 1.18, 'EUR', 'turnkey prices for residential rooftop systems', None, None, None, Q425, SPE),
        ('9%', 1, 9, 'percent', 'turnkey prices for residential rooftop systems', 'decrease', 'year_on_year', None, Q425, SPE),
        ('26 GW', 1, 26, 'gigawatt', 'rooftop additions', 'decrease', None, None, Y('in 2026', 2026), SPE),
        ('28 GW', 1, 28, 'gigawatt', 'rooftop additions', 'decrease', None, None, Y('in 2026', 2026), SPE),
    ],
    'nbs_style_grain_output_summer_harvest.txt': [
        ('150.28 million tonnes', 1, 150.28e6, 'tonne', 'total output of summer grain', None, None, None, I26, NBS),
        ('300.56 billion jin', 1, 300.56e9, 'jin', 'total output of summer grain', None, None, None, I26, NBS),
        ('0.54 million tonnes', 1, 0.54e6, 'tonne', 'total output of summer grain', 'increase', 'year_on_year', None, I26, NBS),
        ('1.08 billion jin', 1, 1.08e9, 'jin', 'total output of summer grain', 'increase', 'year_on_year', None, I26, NBS),
        ('0.4 percent', 1, 0.4, 'percent', 'total output of summer grain', 'increase', 'year_on_year', None, I26, NBS),
        ('26.58 million hectares', 1, 26.58e6, 'hectare', 'sown area of summer grain', None, None, None, II26, NBS),
        ('31 thousand hectares', 1, 31000, 'hectare', 'sown area of summer grain', 'decrease', 'year_on_year', None, II26, NBS),
        ('0.1 percent', 1, 0.1, 'percent', 'sown area of summer grain', 'decrease', 'year_on_year', None, II26, NBS),
        ('5,653.9 kilograms', 1, 5653.9, 'kilogram', 'yield per hectare of summer grain', None, None, None, II26, NBS),
        ('377.0 kilograms', 1, 377.0, 'kilogram', 'yield per mu of summer grain', None, None, None, II26, NBS),
        ('26.8 kilograms', 1, 26.8, 'kilogram', 'yield per hectare of summer grain', 'increase', 'year_on_year', None, II26, NBS),
        ('0.5 percent', 1, 0.5, 'percent', 'yield per hectare of summer grain', 'increase', 'year_on_year', None, II26, NBS),
        ('138.74 million tonnes', 1, 138.74e6, 'tonne', 'wheat output', None, None, None, TY, NBS),
        ('0.4 percent', 2, 0.4, 'percent', 'wheat output', 'increase', 'year_on_year', None, TY, NBS),
        ('22.98 million hectares', 1, 22.98e6, 'hectare', 'sown area of wheat', None, None, None, TY, NBS),
        ('6,037.5 kilograms', 1, 6037.5, 'kilogram', 'yield per hectare of wheat', None, None, None, TY, NBS),
        ('0.6 percent', 1, 0.6, 'percent', 'yield per hectare of wheat', 'increase', 'year_on_year', None, TY, NBS),
        ('38.12 million tonnes', 1, 38.12e6, 'tonne', 'summer grain output in Henan', None, None, None, None, NBS),
        ('27.46 million tonnes', 1, 27.46e6, 'tonne', 'summer grain output in Shandong', None, None, None, None, NBS),
        ('17.93 million tonnes', 1, 17.93e6, 'tonne', 'summer grain output in Anhui', None, None, None, None, NBS),
        ('55.6 percent', 1, 55.6, 'percent', 'Henan, Shandong and Anhui share of national summer grain output', None, None, None, None, NBS),
        ('1.8 percent', 1, 1.8, 'percent', 'output in Hebei', 'decrease', None, None, None, NBS),
        ('2.3 percent', 1, 2.3, 'percent', 'output in Jiangsu', 'increase', None, None, None, NBS),
        ('1.1 percent', 1, 1.1, 'percent', 'output in Hubei', 'increase', None, None, None, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
