# ruff: noqa: E501, RUF001
"""Write corpus/annotated_39/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(1 for the first; occurrences inside a longer number are skipped); `gold_labels.write_gold`
computes and checks the offsets.

usage: python scripts/annotated_labels_39.py corpus/annotated_39
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
USDA = "U.S. Department of Agriculture"
USSR = "Government of the Soviet Union"
GDT = "Global Dairy Trade"
NZX = "NZX"
FONTERRA = "Fonterra"
STATSNZ = "Statistics New Zealand"
TSA = "Transportation Security Administration"
A4A = "Airlines for America"
UNITED = "United Airlines"
DELTA = "Delta Air Lines"
AAA = "AAA"
FA = "FlightAware"
RBA = "Reserve Bank of Australia"
BBG = "Bloomberg"
ABS = "Australian Bureau of Statistics"
ASX = "ASX"
BPS = "Statistics Indonesia"
BI = "Bank Indonesia"
TE = "Trading Economics"
PRC = "Government of China"
GAC = "General Administration of Customs"
MORTH = "Ministry of Road Transport and Highways"
GOI = "Government of India"
SMEV = "Society of Manufacturers of Electric Vehicles"
KPLER = "Kpler"
NBS = "National Bureau of Statistics"

# 3901 ONS Annual Survey of Hours and Earnings (ref Wednesday 2024-10-30)
A24 = per("in April 2024", 2024, 4)
IA24 = per("In April 2024", 2024, 4)
# 3902 Reuters 1987 (ref Monday 1987-04-20)
WK = P("in the week ended April 16", "1987-04-10", "1987-04-16")
INW = P("in the week", "1987-04-10", "1987-04-16")
PW = P("the previous week", "1987-04-03", "1987-04-09")
SEP1 = P("since September 1", "1986-09-01", "1987-04-20")
# 3903 Reuters 2025 (ref Wednesday 2025-12-03)
TUE = P("Tuesday's", "2025-12-02", "2025-12-02")
F26 = P("for the 2025/26 season", "2025-06-01", "2026-05-31")
ZOCT = per("in October", 2025, 10)
# 3904 CNBC (ref Tuesday 2025-12-02)
SUN = P("on Sunday", "2025-11-30", "2025-11-30")
TSAW = P("from Tuesday, Nov. 25, through Monday, Dec. 1", "2025-11-25", "2025-12-01")
A4AW = P("from Nov. 21 to Dec. 2", "2025-11-21", "2025-12-02")
UAW = P("between Nov. 21 and Dec. 2", "2025-11-21", "2025-12-02")
AAAW = P("from Nov. 25 to Dec. 1", "2025-11-25", "2025-12-01")
# 3905 MT Newswires (ref Tuesday 2025-12-09)
RTUE = P("on Tuesday", "2025-12-09", "2025-12-09")
ROCT = per("in October", 2025, 10)
RSEP = per("in September", 2025, 9)
SQ = Q("in the September quarter", 2025, 3)
# 3906 Trading Economics (ref Monday 2025-12-01)
N25 = per("in November 2025", 2025, 11)
TOCT = per("in October", 2025, 10)
TNOV = per("in November", 2025, 11)
# 3907 Investing.com (ref Tuesday 2025-11-18)
ET = P("By 10:25 ET", None, None)
WK13 = P("in the week ended Nov. 13", "2025-11-07", "2025-11-13")
MY = P("since the start of the 2025/26 marketing year on Sept. 1", "2025-09-01", "2025-11-18")
# 3908 Business Standard (ref Tuesday 2025-12-02)
BNOV = per("in November", 2025, 11)
INM = per("in the month", 2025, 11)
FY26 = P("in FY26", "2025-04-01", "2026-03-31")
APR1 = P("on April 1", "2025-04-01", "2025-04-01")
# 3909 DG ENER (ref Tuesday 2026-03-31)
Q425 = Q("In the fourth quarter of 2025", 2025, 4)
INQ = Q("in the quarter", 2025, 4)
TFQ = Q("in the fourth quarter", 2025, 4)
TTQ = Q("in the third quarter", 2025, 3)
EDEC = P("at the end of December", "2025-12-31", "2025-12-31")
# 3910 NBS (ref Monday 2025-12-15)
NNOV = per("in November", 2025, 11)
JN = P("From January to November", "2025-01-01", "2025-11-30")
F11 = P("In the first eleven months", "2025-01-01", "2025-11-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_annual_survey_hours_earnings.txt': [
        ('£728', 1, 728, 'GBP', 'median weekly pay for full-time employees', None, None, None, A24, None),
        ('5.9%', 1, 5.9, 'percent', 'median weekly pay for full-time employees', 'increase', 'year_on_year', None, A24, None),
        ('5.3%', 1, 5.3, 'percent', 'median full-time weekly earnings for men', 'increase', 'year_on_year', None, IA24, None),
        ('£785', 1, 785, 'GBP', 'median full-time weekly earnings for men', None, None, None, IA24, None),
        ('7.0%', 1, 7.0, 'percent', 'median full-time weekly earnings for women', 'increase', 'year_on_year', None, IA24, None),
        ('£651', 1, 651, 'GBP', 'median full-time weekly earnings for women', 'increase', None, None, IA24, None),
        ('7.0%', 2, 7.0, 'percent', 'gender pay gap among full-time employees', 'decrease', None, None, A24, None),
        ('7.5%', 1, 7.5, 'percent', 'gender pay gap among full-time employees', None, None, None, per('in April 2023', 2023, 4), None),
        ('£951', 1, 951, 'GBP', 'median full-time weekly pay in London', None, None, None, A24, ONS),
        ('£761', 1, 761, 'GBP', 'median full-time weekly pay in the South East', None, None, None, A24, ONS),
        ('£660', 1, 660, 'GBP', 'median full-time weekly pay in the North East', None, None, None, A24, ONS),
        ('£664', 1, 664, 'GBP', 'median full-time weekly pay in Wales', None, None, None, A24, ONS),
        ('8.2%', 1, 8.2, 'percent', 'median full-time weekly pay in Northern Ireland', 'increase', 'year_on_year', None, A24, ONS),
        ('£1,046', 1, 1046, 'GBP', 'median full-time weekly pay of managers, directors and senior officials', None, None, None, IA24, ONS),
        ('£497', 1, 497, 'GBP', 'median full-time weekly pay of elementary occupations', None, None, None, IA24, ONS),
        ('9.1%', 1, 9.1, 'percent', 'median full-time weekly pay of caring, leisure and other service occupations', 'increase', 'year_on_year', None, IA24, ONS),
        ('£11.44', 1, 11.44, 'GBP', 'National Living Wage', 'increase', None, None, P('on 1 April 2024', '2024-04-01', '2024-04-01'), None),
        ('£282', 1, 282, 'GBP', 'median weekly pay for part-time employees', None, None, None, A24, ONS),
        ('8.4%', 1, 8.4, 'percent', 'median weekly pay for part-time employees', 'increase', 'year_on_year', None, A24, ONS),
        ('£18.42', 1, 18.42, 'GBP', 'median hourly earnings excluding overtime for full-time employees', None, None, None, A24, ONS),
        ('£12.51', 1, 12.51, 'GBP', 'median hourly earnings excluding overtime for part-time employees', None, None, None, A24, ONS),
        ('1%', 1, 1, 'percent', 'sample of employee jobs', None, None, None, None, ONS),
        ('185,000', 1, 185000, 'count', 'jobs sampled', None, None, 'approximately', None, ONS),
    ],
    'wire_1987_us_grain_export_inspections.txt': [
        ('1.48 MLN TONNES', 1, 1.48e6, 'tonne', 'U.S. weekly grain export inspections', 'increase', None, None, None, None),
        ('1,482,300 tonnes', 1, 1482300, 'tonne', 'inspections of U.S. grain for export', 'increase', None, None, WK, USDA),
        ('1,297,600 tonnes', 1, 1297600, 'tonne', 'inspections of U.S. grain for export', None, None, None, PW, USDA),
        ('1,218,400 tonnes', 1, 1218400, 'tonne', 'inspections of U.S. grain for export', None, None, None, P('in the year-ago week', '1986-04-10', '1986-04-16'), USDA),
        ('512,400 tonnes', 1, 512400, 'tonne', 'wheat inspections', 'increase', None, None, INW, USDA),
        ('438,900 tonnes', 1, 438900, 'tonne', 'wheat inspections', None, None, None, PW, USDA),
        ('791,200', 1, 791200, 'tonne', 'corn inspections', 'increase', None, None, INW, USDA),
        ('672,500', 1, 672500, 'tonne', 'corn inspections', None, None, None, PW, USDA),
        ('64,300 tonnes', 1, 64300, 'tonne', 'sorghum inspections', 'decrease', None, None, INW, USDA),
        ('118,700', 1, 118700, 'tonne', 'sorghum inspections', None, None, None, PW, USDA),
        ('114,400 tonnes', 1, 114400, 'tonne', 'soybean inspections', None, None, None, INW, USDA),
        ('67,500 tonnes', 1, 67500, 'tonne', 'soybean inspections', None, None, None, P('a week earlier', '1987-04-03', '1987-04-09'), USDA),
        ('264,800 tonnes', 1, 264800, 'tonne', 'inspections for shipment to the Soviet Union', None, None, None, INW, USDA),
        ('1.9 mln tonnes', 1, 1.9e6, 'tonne', 'cumulative Soviet corn inspections', None, None, 'approximately', SEP1, USDA),
        ('300,000 tonnes', 1, 300000, 'tonne', 'sales of U.S. corn to the Soviet Union', None, None, None, P('in the 1986/87 marketing year', '1986-09-01', '1987-08-31'), USDA),
        ('2.65 mln tonnes', 1, 2.65e6, 'tonne', 'Soviet purchases of U.S. corn', None, None, None, P('so far in the 1986/87 season', '1986-09-01', '1987-04-20'), USDA),
        ('4 mln tonnes', 1, 4e6, 'tonne', 'Soviet purchases of U.S. corn under the grain agreement', None, None, 'at_least', None, USSR),
        ('27,841,600 tonnes', 1, 27841600, 'tonne', 'corn inspections', None, None, None, SEP1, USDA),
        ('18.6 pct', 1, 18.6, 'percent', 'corn inspections', 'decrease', 'year_on_year', None, SEP1, USDA),
        ('34,205,100 tonnes', 1, 34205100, 'tonne', 'corn inspections', None, None, None, P('in the same period a year ago', '1985-09-01', '1986-04-20'), USDA),
        ('1.5 mln tonnes', 1, 1.5e6, 'tonne', 'additional Soviet purchases of U.S. corn', None, None, 'up_to', P('in coming weeks', None, None), None),
    ],
    'wire_2025_nz_global_dairy_trade.txt': [
        ('2.8%', 1, 2.8, 'percent', 'Global dairy prices', 'decrease', None, None, None, None),
        ('2.8%', 2, 2.8, 'percent', 'GDT Price Index', 'decrease', 'period_on_period', None, TUE, GDT),
        ('US$3,682', 1, 3682, 'USD', 'average price paid across all products', None, None, None, TUE, GDT),
        ('44,617 tonnes', 1, 44617, 'tonne', 'quantity sold', 'increase', None, None, TUE, GDT),
        ('41,230 tonnes', 1, 41230, 'tonne', 'quantity sold', None, None, None, P('on Nov. 18', '2025-11-18', '2025-11-18'), GDT),
        ('4.1%', 1, 4.1, 'percent', 'whole milk powder', 'decrease', None, None, None, GDT),
        ('US$3,405', 1, 3405, 'USD', 'whole milk powder', 'decrease', None, None, None, GDT),
        ('1.4%', 1, 1.4, 'percent', 'skim milk powder', 'decrease', None, None, None, GDT),
        ('3.6%', 1, 3.6, 'percent', 'butter', 'decrease', None, None, None, GDT),
        ('1.9%', 1, 1.9, 'percent', 'cheddar', 'increase', None, None, None, GDT),
        ('3%', 1, 3, 'percent', 'whole milk powder prices', 'decrease', None, 'approximately', None, NZX),
        ('NZ$9.00', 1, 9.00, 'NZD', 'farmgate milk price', 'decrease', None, None, F26, FONTERRA),
        ('NZ$10.00', 1, 10.00, 'NZD', 'farmgate milk price', 'decrease', None, None, F26, FONTERRA),
        ('NZ$9.50', 1, 9.50, 'NZD', 'farmgate milk price midpoint', 'decrease', None, None, F26, FONTERRA),
        ('NZ$10.00', 2, 10.00, 'NZD', 'farmgate milk price midpoint', None, None, None, F26, FONTERRA),
        ('12.4%', 1, 12.4, 'percent', 'dairy exports', 'increase', 'year_on_year', None, ZOCT, STATSNZ),
        ('NZ$2.31 billion', 1, 2.31e9, 'NZD', 'dairy exports', 'increase', None, None, ZOCT, STATSNZ),
        ('a quarter', 1, 0.25, 'fraction', 'dairy share of goods exports', None, None, 'more_than', per('in the month', 2025, 10), STATSNZ),
        ('0.2%', 1, 0.2, 'percent', 'New Zealand dollar', 'decrease', None, None, None, STATSNZ),
        ('US$0.5728', 1, 0.5728, 'USD', 'New Zealand dollar', 'decrease', None, None, None, STATSNZ),
    ],
    'cnbc_style_thanksgiving_air_travel.txt': [
        ('3.13 million', 1, 3.13e6, 'count', 'people passing through airport security', None, None, None, SUN, None),
        ('3,133,469', 1, 3133469, 'count', 'travelers handled by airport checkpoints across the U.S.', None, None, None, SUN, TSA),
        ('3,088,836', 1, 3088836, 'count', 'travelers handled by airport checkpoints across the U.S. previous high', None, None, None, P('on June 22', '2025-06-22', '2025-06-22'), TSA),
        ('3%', 1, 3, 'percent', 'travelers handled by airport checkpoints across the U.S.', 'increase', 'year_on_year', 'approximately', SUN, TSA),
        ('3.04 million', 1, 3.04e6, 'count', 'travelers handled by airport checkpoints across the U.S.', None, None, 'more_than', P('on the Sunday after Thanksgiving last year', '2024-12-01', '2024-12-01'), TSA),
        ('18.3 million', 1, 18.3e6, 'count', 'passengers screened', 'increase', None, 'approximately', TSAW, TSA),
        ('17.8 million', 1, 17.8e6, 'count', 'passengers screened', None, None, 'approximately', P('over the same stretch a year ago', '2024-11-25', '2024-12-01'), TSA),
        ('31 million', 1, 31e6, 'count', 'passengers flown by U.S. carriers', None, None, None, A4AW, A4A),
        ('6%', 1, 6, 'percent', 'passengers flown by U.S. carriers', 'increase', 'year_on_year', None, A4AW, A4A),
        ('2.6 million', 1, 2.6e6, 'count', 'passengers flown by U.S. carriers a day', None, None, 'approximately', A4AW, A4A),
        ('6.3 million', 1, 6.3e6, 'count', 'United Airlines customers flying', None, None, 'approximately', UAW, UNITED),
        ('5%', 1, 5, 'percent', 'United Airlines customers flying', 'increase', 'year_on_year', None, UAW, UNITED),
        ('6.7 million', 1, 6.7e6, 'count', 'Delta passengers', None, None, None, P('over its 12-day holiday window', None, None), DELTA),
        ('81.8 million', 1, 81.8e6, 'count', 'Americans travelling 50 miles or more from home', None, None, None, AAAW, AAA),
        ('6.0 million', 1, 6.0e6, 'count', 'Americans travelling by air', None, None, None, AAAW, AAA),
        ('1.1%', 1, 1.1, 'percent', 'share of flights within, into or out of the U.S. canceled', None, None, 'approximately', SUN, FA),
        ('21%', 1, 21, 'percent', 'share of flights within, into or out of the U.S. delayed', None, None, None, SUN, FA),
        ('40', 1, 40, 'count', 'days with more than 2.5 million people screened', None, None, None, P('so far this year', '2025-01-01', '2025-12-02'), TSA),
        ('29', 1, 29, 'count', 'days with more than 2.5 million people screened', None, None, None, P('in all of 2024', '2024-01-01', '2024-12-31'), TSA),
    ],
    'mt_newswires_rba_rate_decision.txt': [
        ('3.60%', 1, 3.60, 'percent', 'cash rate', None, None, None, None, RBA),
        ('3.60%', 2, 3.60, 'percent', 'cash rate target', None, None, None, RTUE, RBA),
        ('26', 1, 26, 'count', 'economists surveyed by Bloomberg', None, None, None, RTUE, BBG),
        ('3.50%', 1, 3.50, 'percent', 'interest rate on exchange settlement balances', None, None, None, RTUE, RBA),
        ('75 basis points', 1, 75, 'basis_point', 'cash rate', 'decrease', None, None, P('its level at the start of the year', '2025-01-01', '2025-12-09'), RBA),
        ('3.3%', 1, 3.3, 'percent', 'annual trimmed mean inflation', 'increase', 'year_on_year', None, ROCT, ABS),
        ('3.2%', 1, 3.2, 'percent', 'annual trimmed mean inflation', None, 'year_on_year', None, RSEP, ABS),
        ('3.8%', 1, 3.8, 'percent', 'headline CPI inflation', 'increase', 'year_on_year', None, ROCT, ABS),
        ('3.5%', 1, 3.5, 'percent', 'headline CPI inflation', None, 'year_on_year', None, RSEP, ABS),
        ('2%', 1, 2, 'percent', 'inflation target', None, None, None, None, RBA),
        ('3%', 1, 3, 'percent', 'inflation target', None, None, None, None, RBA),
        ('3.2%', 2, 3.2, 'percent', 'trimmed mean inflation', None, 'year_on_year', None, Q('in the year to the December quarter of 2025', 2025, 4), RBA),
        ('2.6%', 1, 2.6, 'percent', 'trimmed mean inflation', 'decrease', 'year_on_year', None, Q('by the June quarter of 2027', 2027, 2), RBA),
        ('4.3%', 1, 4.3, 'percent', 'unemployment rate', None, None, None, ROCT, ABS),
        ('0.4%', 1, 0.4, 'percent', 'gross domestic product', 'increase', 'quarter_on_quarter', None, SQ, ABS),
        ('2.1%', 1, 2.1, 'percent', 'gross domestic product', 'increase', 'year_on_year', None, SQ, ABS),
        ('30%', 1, 30, 'percent', 'chance of a rate increase', None, None, 'approximately', per('by May', 2026, 5), ASX),
        ('0.2%', 1, 0.2, 'percent', 'Australian dollar', 'increase', None, None, None, ABS),
        ('US$0.6641', 1, 0.6641, 'USD', 'Australian dollar', 'increase', None, None, None, ABS),
    ],
    'trading_economics_style_indonesia_inflation.txt': [
        ('2.72%', 1, 2.72, 'percent', 'Indonesia Inflation Rate', 'decrease', None, None, None, None),
        ('2.72%', 2, 2.72, 'percent', 'annual inflation rate in Indonesia', 'decrease', 'year_on_year', None, N25, BPS),
        ('2.86%', 1, 2.86, 'percent', 'annual inflation rate in Indonesia', None, 'year_on_year', None, TOCT, BPS),
        ('2.70%', 1, 2.70, 'percent', 'annual inflation rate in Indonesia', None, 'year_on_year', None, N25, None),
        ('1.5%', 1, 1.5, 'percent', 'inflation target range', None, None, None, N25, BI),
        ('3.5%', 1, 3.5, 'percent', 'inflation target range', None, None, None, N25, BI),
        ('3.92%', 1, 3.92, 'percent', 'prices for food, beverages & tobacco', 'decrease', None, None, None, BPS),
        ('4.99%', 1, 4.99, 'percent', 'prices for food, beverages & tobacco', None, None, None, TOCT, BPS),
        ('1.51%', 1, 1.51, 'percent', 'prices for housing, water, electricity & household fuel', 'decrease', None, None, None, BPS),
        ('1.63%', 1, 1.63, 'percent', 'prices for housing, water, electricity & household fuel', None, None, None, None, BPS),
        ('0.47%', 1, 0.47, 'percent', 'prices for transport', 'decrease', None, None, None, BPS),
        ('0.89%', 1, 0.89, 'percent', 'prices for transport', None, None, None, None, BPS),
        ('9.51%', 1, 9.51, 'percent', 'prices for personal care & other services', 'increase', None, None, None, BPS),
        ('9.07%', 1, 9.07, 'percent', 'prices for personal care & other services', None, None, None, None, BPS),
        ('1.64%', 1, 1.64, 'percent', 'prices for education', 'increase', None, None, None, BPS),
        ('1.55%', 1, 1.55, 'percent', 'prices for education', None, None, None, None, BPS),
        ('2.36%', 1, 2.36, 'percent', 'core inflation', 'increase', None, None, TNOV, BPS),
        ('2.28%', 1, 2.28, 'percent', 'core inflation', None, None, None, TOCT, BPS),
        ('0.17%', 1, 0.17, 'percent', 'consumer prices', 'increase', 'month_on_month', None, TNOV, BPS),
        ('0.28%', 1, 0.28, 'percent', 'consumer prices', 'increase', 'month_on_month', None, TOCT, BPS),
        ('4.75%', 1, 4.75, 'percent', 'BI-Rate', None, None, None, per('at its November meeting', 2025, 11), BI),
        ('2.5%', 1, 2.5, 'percent', 'inflation', None, None, 'approximately', Y('in 2026', 2026), BI),
        ('9.14 percent', 1, 9.14, 'percent', 'Inflation Rate in Indonesia average', None, None, None, P('from 1997 until 2025', '1997-01-01', '2025-12-31'), BPS),
        ('82.40 percent', 1, 82.40, 'percent', 'Inflation Rate in Indonesia peak', None, None, None, per('in September of 1998', 1998, 9), BPS),
        ('-0.09 percent', 1, -0.09, 'percent', 'Inflation Rate in Indonesia low', 'decrease', None, None, per('in February of 2025', 2025, 2), BPS),
        ('2.80 percent', 1, 2.80, 'percent', 'Inflation Rate in Indonesia', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('2.60 percent', 1, 2.60, 'percent', 'Indonesia Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('2.50 percent', 1, 2.50, 'percent', 'Indonesia Inflation Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_soybean_futures_china.txt': [
        ('0.6%', 1, 0.6, 'percent', 'Soybean futures', 'decrease', None, None, None, None),
        ('0.6%', 2, 0.6, 'percent', 'most-active January soybean contract on the Chicago Board of Trade', 'decrease', None, None, ET, None),
        ('$11.28', 1, 11.28, 'USD', 'most-active January soybean contract on the Chicago Board of Trade', 'decrease', None, None, ET, None),
        ('$11.54', 1, 11.54, 'USD', 'most-active January soybean contract on the Chicago Board of Trade high', None, None, None, P('on Monday', '2025-11-17', '2025-11-17'), None),
        ('1.1%', 1, 1.1, 'percent', 'soymeal futures', 'decrease', None, None, ET, None),
        ('$322.40', 1, 322.40, 'USD', 'soymeal futures', 'decrease', None, None, ET, None),
        ('0.2%', 1, 0.2, 'percent', 'soyoil', 'increase', None, None, ET, None),
        ('51.07 cents', 1, 0.5107, 'USD', 'soyoil', 'increase', None, None, ET, None),
        ('12 million metric tons', 1, 12e6, 'tonne', 'Chinese purchases of U.S. soybeans', None, None, None, P('by the end of 2025', '2025-12-31', '2025-12-31'), PRC),
        ('25 million tons', 1, 25e6, 'tonne', 'Chinese purchases of U.S. soybeans a year', None, None, 'at_least', P('in 2026, 2027 and 2028', '2026-01-01', '2028-12-31'), PRC),
        ('4 million tons', 1, 4e6, 'tonne', 'U.S. soybeans booked by China', None, None, 'approximately', P('since the Oct. 30 truce', '2025-10-30', '2025-11-18'), None),
        ('462,000 tons', 1, 462000, 'tonne', 'sales of U.S. soybeans for delivery to China', None, None, None, None, USDA),
        ('1.21 million tons', 1, 1.21e6, 'tonne', 'export inspections of U.S. soybeans', 'increase', None, None, WK13, USDA),
        ('1.04 million tons', 1, 1.04e6, 'tonne', 'export inspections of U.S. soybeans', None, None, None, P('the previous week', '2025-10-31', '2025-11-06'), USDA),
        ('412,000 tons', 1, 412000, 'tonne', 'export inspections of U.S. soybeans bound for China', None, None, None, WK13, USDA),
        ('13.6 million tons', 1, 13.6e6, 'tonne', 'cumulative inspections', None, None, None, MY, USDA),
        ('36%', 1, 36, 'percent', 'cumulative inspections', 'decrease', 'year_on_year', None, MY, USDA),
        ('13.5%', 1, 13.5, 'percent', "China's soybean imports", 'increase', 'year_on_year', None, per('in October', 2025, 10), GAC),
        ('9.48 million tons', 1, 9.48e6, 'tonne', "China's soybean imports", 'increase', None, None, per('in October', 2025, 10), GAC),
    ],
    'business_standard_style_ev_sales_vahan.txt': [
        ('23%', 1, 23, 'percent', 'EV sales', 'increase', None, None, per('in Nov', 2025, 11), None),
        ('7.9%', 1, 7.9, 'percent', 'EV penetration', None, None, None, per('in Nov', 2025, 11), None),
        ('23.4 per cent', 1, 23.4, 'percent', 'electric vehicle registrations in India', 'increase', 'year_on_year', None, BNOV, MORTH),
        ('1,96,284 units', 1, 196284, 'count', 'electric vehicle registrations in India', 'increase', None, None, BNOV, MORTH),
        ('1,18,910 units', 1, 118910, 'count', 'electric two-wheelers', None, None, None, None, MORTH),
        ('27.1 per cent', 1, 27.1, 'percent', 'electric two-wheelers', 'increase', None, None, None, MORTH),
        ('14.6 per cent', 1, 14.6, 'percent', 'electric three-wheelers', 'increase', None, None, None, MORTH),
        ('63,740 units', 1, 63740, 'count', 'electric three-wheelers', 'increase', None, None, None, MORTH),
        ('doubled', 1, 2, 'times', 'electric car sales', 'increase', 'year_on_year', 'approximately', INM, MORTH),
        ('12,480 units', 1, 12480, 'count', 'electric car sales', 'increase', None, None, INM, MORTH),
        ('6,320', 1, 6320, 'count', 'electric car sales', None, None, None, per('a year ago', 2024, 11), MORTH),
        ('7.9 per cent', 1, 7.9, 'percent', 'EV penetration', 'increase', None, None, BNOV, MORTH),
        ('6.8 per cent', 1, 6.8, 'percent', 'EV penetration', None, None, None, per('a year earlier', 2024, 11), MORTH),
        ('7.4 per cent', 1, 7.4, 'percent', 'EV penetration in the two-wheeler segment', None, None, None, BNOV, MORTH),
        ('14.2 lakh units', 1, 1.42e6, 'count', 'EV registrations', None, None, None, P('in April-November of FY26', '2025-04-01', '2025-11-30'), MORTH),
        ('18.9 per cent', 1, 18.9, 'percent', 'EV registrations', 'increase', 'year_on_year', None, P('in April-November of FY26', '2025-04-01', '2025-11-30'), MORTH),
        ('11.94 lakh units', 1, 1.194e6, 'count', 'EV registrations', None, None, None, P('in the corresponding period of FY25', '2024-04-01', '2024-11-30'), MORTH),
        ('18,420', 1, 18420, 'count', 'Ola Electric electric two-wheeler registrations', None, None, None, BNOV, MORTH),
        ('26,150', 1, 26150, 'count', 'TVS Motor electric two-wheeler registrations', None, None, None, BNOV, MORTH),
        ('24,380', 1, 24380, 'count', 'Bajaj Auto electric two-wheeler registrations', None, None, None, BNOV, MORTH),
        ('41 per cent', 1, 41, 'percent', "Ather Energy's volumes", 'increase', None, None, BNOV, MORTH),
        ('20,060 units', 1, 20060, 'count', "Ather Energy's volumes", 'increase', None, None, BNOV, MORTH),
        ('₹2,500', 1, 2500, 'INR', 'incentive for electric two-wheelers under the PM E-DRIVE scheme', 'decrease', None, None, APR1, GOI),
        ('₹5,000', 1, 5000, 'INR', 'incentive for electric two-wheelers under the PM E-DRIVE scheme', None, None, None, APR1, GOI),
        ('₹5,000', 2, 5000, 'INR', 'incentive cap per vehicle', None, None, None, APR1, GOI),
        ('23', 2, 2.3e6, 'count', 'total EV sales', None, None, None, FY26, SMEV),
        ('25 lakh units', 1, 2.5e6, 'count', 'total EV sales', None, None, None, FY26, SMEV),
    ],
    'eu_energy_style_lng_jkm_ttf_spread.txt': [
        ('11.2 USD/MMBtu', 1, 11.2, 'USD', 'Asian LNG spot benchmark JKM', None, None, None, Q425, None),
        ('22%', 1, 22, 'percent', 'Asian LNG spot benchmark JKM', 'decrease', 'year_on_year', None, Q425, None),
        ('30.4 EUR/MWh', 1, 30.4, 'EUR', 'Dutch TTF front-month contract', None, None, None, Q425, None),
        ('10.3 USD/MMBtu', 1, 10.3, 'USD', 'Dutch TTF front-month contract', None, None, None, Q425, None),
        ('29%', 1, 29, 'percent', 'Dutch TTF front-month contract', 'decrease', 'year_on_year', None, Q425, None),
        ('0.9 USD/MMBtu', 1, 0.9, 'USD', 'JKM premium over TTF', 'increase', None, None, INQ, None),
        ('0.4 USD/MMBtu', 1, 0.4, 'USD', 'JKM premium over TTF', None, None, None, Q('in the third quarter of 2025', 2025, 3), None),
        ('2.1 USD/MMBtu', 1, 2.1, 'USD', 'JKM–TTF spread', None, None, None, P('on 11 December', '2025-12-11', '2025-12-11'), None),
        ('0.3 USD/MMBtu', 1, 0.3, 'USD', 'JKM–TTF spread', 'decrease', None, None, P('by the end of the month', '2025-12-31', '2025-12-31'), None),
        ('36.8 bcm', 1, 36.8e9, 'cubic metre', 'EU LNG imports', None, None, None, TFQ, KPLER),
        ('4%', 1, 4, 'percent', 'EU LNG imports', 'increase', 'year_on_year', None, TFQ, KPLER),
        ('58%', 1, 58, 'percent', 'share of US LNG exports delivered to Europe', 'decrease', None, None, TFQ, KPLER),
        ('66%', 1, 66, 'percent', 'share of US LNG exports delivered to Europe', None, None, None, TTQ, KPLER),
        ('3%', 1, 3, 'percent', 'North-east Asian LNG imports', 'increase', 'year_on_year', None, INQ, KPLER),
        ('71.5 million tonnes', 1, 71.5e6, 'tonne', 'North-east Asian LNG imports', 'increase', None, None, INQ, KPLER),
        ('11%', 1, 11, 'percent', 'Chinese imports', 'increase', 'year_on_year', None, INQ, KPLER),
        ('4.1 USD/MMBtu', 1, 4.1, 'USD', 'Henry Hub', None, None, None, INQ, KPLER),
        ('38%', 1, 38, 'percent', 'Henry Hub', 'increase', 'year_on_year', None, INQ, KPLER),
        ('10.8 USD/MMBtu', 1, 10.8, 'USD', 'JKM contract for the first quarter of 2026', None, None, None, EDEC, KPLER),
        ('30.9 EUR/MWh', 1, 30.9, 'EUR', 'TTF contract for the first quarter of 2026', None, None, None, EDEC, KPLER),
    ],
    'nbs_style_high_tech_manufacturing_robots.txt': [
        ('9.2 Percent', 1, 9.2, 'percent', 'Value Added of High-tech Manufacturing', 'increase', None, None, NNOV, None),
        ('4.8 percent', 1, 4.8, 'percent', 'value added of industrial enterprises above designated size', 'increase', 'year_on_year', None, NNOV, NBS),
        ('9.2 percent', 1, 9.2, 'percent', 'value added of high-tech manufacturing', 'increase', 'year_on_year', None, NNOV, NBS),
        ('4.4 percentage points', 1, 4.4, 'percentage_point', 'growth of the value added of high-tech manufacturing over that of all industries above designated size', None, None, None, NNOV, NBS),
        ('17.1 percent', 1, 17.1, 'percent', 'high-tech manufacturing share of the value added of all industries above designated size', None, None, None, NNOV, NBS),
        ('72,400 sets', 1, 72400, 'count', 'output of industrial robots', None, None, None, NNOV, NBS),
        ('29.6 percent', 1, 29.6, 'percent', 'output of industrial robots', 'increase', 'year_on_year', None, NNOV, NBS),
        ('1.52 million sets', 1, 1.52e6, 'count', 'output of service robots', None, None, None, NNOV, NBS),
        ('18.3 percent', 1, 18.3, 'percent', 'output of service robots', 'increase', 'year_on_year', None, NNOV, NBS),
        ('42.8 billion pieces', 1, 42.8e9, 'count', 'output of integrated circuits', None, None, None, NNOV, NBS),
        ('10.1 percent', 1, 10.1, 'percent', 'output of integrated circuits', 'increase', 'year_on_year', None, NNOV, NBS),
        ('36.4 percent', 1, 36.4, 'percent', 'output of 3D printing equipment', 'increase', 'year_on_year', None, NNOV, NBS),
        ('17.5 percent', 1, 17.5, 'percent', 'output of new energy vehicles', 'increase', 'year_on_year', None, NNOV, NBS),
        ('9.5 percent', 1, 9.5, 'percent', 'value added of high-tech manufacturing', 'increase', 'year_on_year', None, JN, NBS),
        ('702,600 sets', 1, 702600, 'count', 'output of industrial robots', None, None, None, JN, NBS),
        ('28.4 percent', 1, 28.4, 'percent', 'output of industrial robots', 'increase', 'year_on_year', None, JN, NBS),
        ('556,400 sets', 1, 556400, 'count', 'output of industrial robots', None, None, None, P('in the whole of 2024', '2024-01-01', '2024-12-31'), NBS),
        ('6.1 percent', 1, 6.1, 'percent', 'investment in high-tech manufacturing', 'increase', 'year_on_year', None, F11, NBS),
        ('2.3 percent', 1, 2.3, 'percent', 'investment in manufacturing', 'increase', 'year_on_year', None, F11, NBS),
        ('24.7 percent', 1, 24.7, 'percent', 'investment in aerospace equipment manufacturing', 'increase', 'year_on_year', None, F11, NBS),
        ('11.2 percent', 1, 11.2, 'percent', 'investment in computer and office equipment manufacturing', 'increase', 'year_on_year', None, F11, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
