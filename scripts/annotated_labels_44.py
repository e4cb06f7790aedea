# ruff: noqa: E501, RUF001
"""Write corpus/annotated_44/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_44.py corpus/annotated_44
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

DESNZ = "Department for Energy Security and Net Zero"
CMHC = "Canada Mortgage and Housing Corporation"
BOC = "Bank of Canada"
BR = "Banco de la República"
DANE = "National Administrative Department of Statistics"
SENS = "Sensormatic Solutions"
ADOBE = "Adobe"
SF = "Salesforce"
NRF = "National Retail Federation"
SNZ = "Statistics New Zealand"
BBG = "Bloomberg"
BOI = "Bank of Israel"
CBS = "Central Bureau of Statistics"
TE = "Trading Economics"
ONS = "Office for National Statistics"
LSEG = "LSEG"
FCI = "Food Corporation of India"
GOI = "Government of India"
EEX = "European Energy Exchange"
EC = "European Commission"
NBS = "National Bureau of Statistics"
MOF = "Ministry of Finance"

# 4401 ONS road fuel (ref Thursday 2025-11-20; DESNZ weeks run Monday to Sunday)
W16 = P("in the week to 16 November 2025", "2025-11-10", "2025-11-16")
IW16 = P("In the week to 16 November 2025", "2025-11-10", "2025-11-16")
LW = P("in the latest week", "2025-11-10", "2025-11-16")
W9 = P("in the week to 9 November 2025", "2025-11-03", "2025-11-09")
FW9 = P("for the week to 9 November 2025", "2025-11-03", "2025-11-09")
N17 = P("on 17 November 2025", "2025-11-17", "2025-11-17")
ON17 = P("On 17 November 2025", "2025-11-17", "2025-11-17")
OCT25 = per("Over October 2025", 2025, 10)
# 4402 Reuters 1987 (ref Wednesday 1987-04-08)
HMAR = per("MARCH", 1987, 3)
MAR = per("in March", 1987, 3)
FEB = per("in February", 1987, 2)
FEBA = per("February", 1987, 2)
JAN = per("in January", 1987, 1)
Q187 = Q("in the first quarter", 1987, 1)
Q186 = Q("in the same period of 1986", 1986, 1)
Y87 = Y("1987", 1987)
Y86 = Y("in 1986", 1986)
# 4403 Reuters 2025 (ref Friday 2025-12-19)
FRI = P("on Friday", "2025-12-19", "2025-12-19")
NOV = per("in November", 2025, 11)
OCT = per("in October", 2025, 10)
TQ = Q("in the third quarter", 2025, 3)
SQ = Q("in the second quarter", 2025, 2)
E25 = P("at the end of 2025", "2025-12-31", "2025-12-31")
E26 = P("by the end of 2026", "2026-12-31", "2026-12-31")
SD23 = P("since December 2023", "2023-12-01", "2025-12-19")
SMAY = P("since May", "2025-05-01", "2025-12-19")
# 4404 CNBC (ref Saturday 2025-11-29)
BF = P("on Black Friday", "2025-11-28", "2025-11-28")
TGD = P("on Thanksgiving Day", "2025-11-27", "2025-11-27")
LY = Y("last year", 2024)
TCM = P("from Thanksgiving Day through Cyber Monday", "2025-11-27", "2025-12-01")
# 4405 MT Newswires (ref Wednesday 2025-11-19)
HOCT = per("October", 2025, 10)
MOCT = per("in October", 2025, 10)
MSEP = per("in September", 2025, 9)
YE25 = P("In the year ended October 2025", "2024-11-01", "2025-10-31")
YE24 = P("in the year ended October 2024", "2023-11-01", "2024-10-31")
# 4406 Trading Economics (ref Monday 2025-11-24)
NOVM = per("at its November 2025 meeting", 2025, 11)
TOCT = per("in October", 2025, 10)
TSEP = per("in September", 2025, 9)
SF25 = P("so far in 2025", "2025-01-01", "2025-11-24")
MON = P("on Monday", "2025-11-24", "2025-11-24")
I25 = Y("in 2025", 2025)
I26 = Y("in 2026", 2026)
I27 = Y("in 2027", 2027)
Q426 = Q("by the fourth quarter of 2026", 2026, 4)
HIST = P("from 1994 until 2025", "1994-01-01", "2025-12-31")
EOQ = P("by the end of this quarter", "2025-12-31", "2025-12-31")
# 4407 Investing.com (ref Wednesday 2025-11-19)
ET = P("By 04:40 ET", None, None)
TUE = P("on Tuesday", "2025-11-18", "2025-11-18")
IOCT = per("in October", 2025, 10)
ISEP = per("in September", 2025, 9)
YEO = per("a year earlier", 2024, 10)
DEC18 = P("at the BoE's Dec. 18 meeting", "2025-12-18", "2025-12-18")
# 4408 Business Standard (ref Tuesday 2025-06-10)
RMS = P("so far in the 2025-26 rabi marketing season", "2025-04-01", "2025-06-10")
S2425 = P("in the entire 2024-25 season", "2024-04-01", "2025-03-31")
J5 = P("as of June 5", "2025-06-05", "2025-06-05")
J1 = P("on June 1", "2025-06-01", "2025-06-01")
FY26 = P("for 2025-26", "2025-04-01", "2026-03-31")
# 4409 DG ENER (ref Monday 2026-06-15)
Q425 = Q("In the fourth quarter of 2025", 2025, 4)
Q325 = Q("in the third quarter of 2025", 2025, 3)
INQ4 = Q("in the fourth quarter", 2025, 4)
INQ = Q("in the quarter", 2025, 4)
Q424 = Q("in the fourth quarter of 2024", 2024, 4)
PQ = Q("in the previous quarter", 2025, 3)
FY = Y("Over the full year 2025", 2025)
EOY = P("at the end of 2025", "2025-12-31", "2025-12-31")
MSR = P("between September 2026 and August 2027", "2026-09-01", "2027-08-31")
# 4410 NBS (ref Tuesday 2025-09-30)
Y24 = Y("in 2024", 2024)
IY24 = Y("In 2024", 2024)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_road_fuel_sales_prices.txt': [
        ('6,912 litres', 1, 6912, 'litre', 'average daily road fuel sales', None, None, None, W16, None),
        ('2%', 1, 2, 'percent', 'average daily road fuel sales', 'decrease', 'period_on_period', None, W16, None),
        ('94%', 1, 94, 'percent', 'average daily road fuel sales as a share of the equivalent week of 2019', None, None, None, W16, None),
        ('0.6 pence', 1, 0.006, 'GBP', 'average pump price of unleaded petrol', 'decrease', None, None, N17, None),
        ('133.1 pence', 1, 1.331, 'GBP', 'average pump price of unleaded petrol', 'decrease', None, None, N17, None),
        ('141.9 pence', 1, 1.419, 'GBP', 'average pump price of diesel', None, None, None, N17, None),
        ('3,804 litres', 1, 3804, 'litre', 'diesel sales', None, None, None, IW16, DESNZ),
        ('3,108 litres', 1, 3108, 'litre', 'petrol sales', None, None, None, IW16, DESNZ),
        ('1%', 1, 1, 'percent', 'diesel sales', 'decrease', 'period_on_period', None, IW16, DESNZ),
        ('3%', 1, 3, 'percent', 'petrol sales', 'decrease', 'period_on_period', None, IW16, DESNZ),
        ('6,980 litres', 1, 6980, 'litre', 'average daily road fuel sales', None, None, None, OCT25, DESNZ),
        ('1.5%', 1, 1.5, 'percent', 'average daily road fuel sales', 'increase', 'month_on_month', None, OCT25, DESNZ),
        ('0.8%', 1, 0.8, 'percent', 'average daily road fuel sales', 'decrease', 'year_on_year', None, OCT25, DESNZ),
        ('1%', 2, 1, 'percent', 'share of filling stations running out of diesel', None, None, 'less_than', LW, DESNZ),
        ('2%', 2, 2, 'percent', 'share of filling stations running out of diesel', None, None, 'approximately', W9, DESNZ),
        ('7,054 litres', 1, 7054, 'litre', 'average daily road fuel sales', 'increase', None, None, FW9, DESNZ),
        ('7,021 litres', 1, 7021, 'litre', 'average daily road fuel sales', None, None, None, FW9, DESNZ),
        ('12.4 pence', 1, 0.124, 'GBP', 'average price of a litre of unleaded petrol', 'decrease', 'year_on_year', None, ON17, DESNZ),
        ('10.9 pence', 1, 0.109, 'GBP', 'average price of a litre of diesel', 'decrease', 'year_on_year', None, ON17, DESNZ),
    ],
    'wire_1987_canada_housing_starts_cmhc.txt': [
        ('6.2 PCT', 1, 6.2, 'percent', 'housing starts', 'increase', None, None, HMAR, None),
        ('6.2 pct', 1, 6.2, 'percent', 'Canadian housing starts', 'increase', 'month_on_month', None, MAR, CMHC),
        ('251,000 units', 1, 251000, 'count', 'Canadian housing starts', 'increase', None, None, MAR, CMHC),
        ('236,400', 1, 236400, 'count', 'Canadian housing starts', None, None, None, FEB, CMHC),
        ('7.5 pct', 1, 7.5, 'percent', 'urban starts', 'increase', 'month_on_month', None, MAR, CMHC),
        ('218,700 units', 1, 218700, 'count', 'urban starts', 'increase', None, None, MAR, CMHC),
        ('112,500 units', 1, 112500, 'count', 'single-family starts', 'increase', None, None, MAR, CMHC),
        ('103,900', 1, 103900, 'count', 'single-family starts', None, None, None, FEB, CMHC),
        ('106,200', 1, 106200, 'count', 'multiple starts', 'increase', None, None, MAR, CMHC),
        ('99,600', 1, 99600, 'count', 'multiple starts', None, None, None, FEB, CMHC),
        ('32,300 units', 1, 32300, 'count', 'rural starts', None, None, None, MAR, CMHC),
        ('29,840 units', 1, 29840, 'count', 'actual starts in urban centres', None, None, None, Q187, CMHC),
        ('18 pct', 1, 18, 'percent', 'actual starts in urban centres', 'increase', 'year_on_year', None, Q187, CMHC),
        ('25,290 units', 1, 25290, 'count', 'actual starts in urban centres', None, None, None, Q186, CMHC),
        ('231,800 units', 1, 231800, 'count', 'Canadian housing starts', None, None, None, FEBA, CMHC),
        ('240,000 units', 1, 240000, 'count', 'Canadian housing starts', None, None, 'approximately', MAR, None),
        ('11 pct', 1, 11, 'percent', 'urban starts in Ontario', 'increase', None, None, None, CMHC),
        ('98,400 units', 1, 98400, 'count', 'urban starts in Ontario', 'increase', None, None, None, CMHC),
        ('4.2 pct', 1, 4.2, 'percent', 'urban starts in Quebec', 'decrease', None, None, None, CMHC),
        ('51,700', 1, 51700, 'count', 'urban starts in Quebec', 'decrease', None, None, None, CMHC),
        ('2.8 pct', 1, 2.8, 'percent', 'urban starts in British Columbia', 'decrease', None, None, None, CMHC),
        ('24,900', 1, 24900, 'count', 'urban starts in British Columbia', 'decrease', None, None, None, CMHC),
        ('205,000', 1, 205000, 'count', 'housing starts', None, None, None, Y87, CMHC),
        ('215,000 units', 1, 215000, 'count', 'housing starts', None, None, None, Y87, CMHC),
        ('199,785', 1, 199785, 'count', 'housing starts', None, None, None, Y86, CMHC),
        ('10.75 pct', 1, 10.75, 'percent', 'five-year conventional mortgage rate', 'decrease', None, None, MAR, BOC),
        ('11.25 pct', 1, 11.25, 'percent', 'five-year conventional mortgage rate', None, None, None, JAN, BOC),
    ],
    'wire_2025_colombia_central_bank_rate.txt': [
        ('9.25%', 1, 9.25, 'percent', 'benchmark interest rate', None, None, None, None, BR),
        ('9.25%', 2, 9.25, 'percent', 'benchmark interest rate', None, None, None, FRI, BR),
        ('four', 1, 4, 'count', 'board members voting for the hold', None, None, None, FRI, BR),
        ('three', 1, 3, 'count', 'board members favouring a cut', None, None, None, FRI, BR),
        ('25-basis-point', 1, 25, 'basis_point', 'benchmark interest rate cut favoured by the minority', 'decrease', None, None, FRI, BR),
        ('25', 2, 25, 'count', 'analysts in a Reuters poll', None, None, None, None, 'Reuters'),
        ('17', 1, 17, 'count', 'analysts expecting a hold', None, None, None, None, 'Reuters'),
        ('eight', 1, 8, 'count', 'analysts forecasting a cut', None, None, None, None, 'Reuters'),
        ('9.00%', 1, 9.00, 'percent', 'benchmark interest rate', 'decrease', None, None, None, 'Reuters'),
        ('5.51%', 1, 5.51, 'percent', 'annual consumer price inflation', 'increase', 'year_on_year', None, NOV, DANE),
        ('5.39%', 1, 5.39, 'percent', 'annual consumer price inflation', None, 'year_on_year', None, OCT, DANE),
        ('3%', 1, 3, 'percent', "bank's inflation target", None, None, None, None, BR),
        ('0.18%', 1, 0.18, 'percent', 'consumer prices', 'increase', 'month_on_month', None, NOV, DANE),
        ('5.02%', 1, 5.02, 'percent', 'core inflation', 'decrease', 'year_on_year', None, NOV, DANE),
        ('2.9%', 1, 2.9, 'percent', 'prices of goods', 'increase', 'year_on_year', None, NOV, DANE),
        ('7.4%', 1, 7.4, 'percent', 'prices of services', 'increase', 'year_on_year', None, NOV, DANE),
        ('3.6%', 1, 3.6, 'percent', 'economy', 'increase', 'year_on_year', None, TQ, DANE),
        ('2.2%', 1, 2.2, 'percent', 'economy', None, 'year_on_year', None, SQ, DANE),
        ('5.2%', 1, 5.2, 'percent', 'inflation', None, None, None, E25, BR),
        ('3.8%', 1, 3.8, 'percent', 'inflation', 'decrease', None, None, E26, BR),
        ('4.1%', 1, 4.1, 'percent', 'inflation', 'decrease', None, None, E26, BR),
        ('2.7%', 1, 2.7, 'percent', 'economic growth', 'increase', None, None, Y('this year', 2025), BR),
        ('400 basis points', 1, 400, 'basis_point', 'benchmark interest rate', 'decrease', None, None, SD23, BR),
        ('9.25%', 3, 9.25, 'percent', 'benchmark interest rate', None, None, None, SMAY, BR),
        ('0.3%', 1, 0.3, 'percent', 'Colombian peso', 'decrease', None, None, None, DANE),
        ('3,812', 1, 3812, 'COP', 'peso per dollar', 'decrease', None, None, None, DANE),
    ],
    'cnbc_style_black_friday_shopping.txt': [
        ('2.1%', 1, 2.1, 'percent', 'store visits', 'decrease', 'year_on_year', None, BF, SENS),
        ('3.4%', 1, 3.4, 'percent', 'visits to enclosed malls', 'decrease', 'year_on_year', None, BF, SENS),
        ('$11.9 billion', 1, 11.9e9, 'USD', 'online spending', None, None, None, BF, ADOBE),
        ('9.2%', 1, 9.2, 'percent', 'online spending', 'increase', 'year_on_year', None, BF, ADOBE),
        ('$11.7 billion', 1, 11.7e9, 'USD', 'online spending', None, None, None, BF, ADOBE),
        ('$6.3 billion', 1, 6.3e9, 'USD', 'online spending', None, None, None, TGD, ADOBE),
        ('5.6%', 1, 5.6, 'percent', 'online spending', 'increase', 'year_on_year', None, TGD, ADOBE),
        ('$79 billion', 1, 79e9, 'USD', 'global online sales', None, None, None, BF, SF),
        ('4%', 1, 4, 'percent', 'global online sales', 'increase', 'year_on_year', None, BF, SF),
        ('$18 billion', 1, 18e9, 'USD', 'online sales by U.S. shoppers', None, None, None, BF, SF),
        ('55.1%', 1, 55.1, 'percent', 'mobile share of online orders', None, None, None, BF, SF),
        ('$14.2 billion', 1, 14.2e9, 'USD', 'global sales influenced by AI-powered chat tools and shopping agents', None, None, 'approximately', BF, SF),
        ('29%', 1, 29, 'percent', 'average discount in the U.S.', None, None, None, BF, SF),
        ('28%', 1, 28, 'percent', 'average discount in the U.S.', None, None, None, LY, SF),
        ('37%', 1, 37, 'percent', 'markdowns in apparel', None, None, None, BF, SF),
        ('32%', 1, 32, 'percent', 'markdowns in electronics', None, None, None, BF, SF),
        ('186.9 million', 1, 186.9e6, 'count', 'people shopping from Thanksgiving Day through Cyber Monday', 'increase', None, None, TCM, NRF),
        ('183.4 million', 1, 183.4e6, 'count', 'people shopping from Thanksgiving Day through Cyber Monday', None, None, None, LY, NRF),
        ('8,511', 1, 8511, 'count', 'adults surveyed', None, None, None, None, NRF),
        ('two-thirds', 1, 0.6667, 'fraction', 'share of holiday shoppers who had taken advantage of early deals', None, None, 'approximately', None, NRF),
    ],
    'mt_newswires_new_zealand_merchandise_trade.txt': [
        ('NZ$1.54 Billion', 1, 1.54e9, 'NZD', 'merchandise trade deficit', None, None, None, HOCT, None),
        ('NZ$1.54 billion', 1, 1.54e9, 'NZD', 'merchandise trade deficit', 'increase', None, None, MOCT, SNZ),
        ('NZ$1.35 billion', 1, 1.35e9, 'NZD', 'merchandise trade deficit', None, None, None, MSEP, SNZ),
        ('NZ$1.20 billion', 1, 1.20e9, 'NZD', 'merchandise trade deficit', None, None, None, MOCT, BBG),
        ('12.4%', 1, 12.4, 'percent', 'goods exports', 'increase', 'year_on_year', None, MOCT, SNZ),
        ('NZ$6.41 billion', 1, 6.41e9, 'NZD', 'goods exports', 'increase', None, None, MOCT, SNZ),
        ('8.9%', 1, 8.9, 'percent', 'imports', 'increase', 'year_on_year', None, MOCT, SNZ),
        ('NZ$7.95 billion', 1, 7.95e9, 'NZD', 'imports', 'increase', None, None, MOCT, SNZ),
        ('NZ$312 million', 1, 312e6, 'NZD', 'milk powder, butter, and cheese exports', 'increase', 'year_on_year', None, None, SNZ),
        ('19%', 1, 19, 'percent', 'milk powder, butter, and cheese exports', 'increase', 'year_on_year', None, None, SNZ),
        ('27%', 1, 27, 'percent', 'value of whole milk powder exports', 'increase', 'year_on_year', None, None, SNZ),
        ('NZ$94 million', 1, 94e6, 'NZD', 'meat and edible offal exports', 'increase', 'year_on_year', None, None, SNZ),
        ('6.8%', 1, 6.8, 'percent', 'exports to China', 'increase', None, None, MOCT, SNZ),
        ('NZ$1.52 billion', 1, 1.52e9, 'NZD', 'exports to China', 'increase', None, None, MOCT, SNZ),
        ('10.1%', 1, 10.1, 'percent', 'exports to Australia', 'increase', None, None, MOCT, SNZ),
        ('15.6%', 1, 15.6, 'percent', 'exports to the US', 'increase', None, None, MOCT, SNZ),
        ('3.2%', 1, 3.2, 'percent', 'exports to the European Union', 'decrease', None, None, MOCT, SNZ),
        ('NZ$141 million', 1, 141e6, 'NZD', 'imports of vehicles, parts, and accessories', 'increase', None, None, None, SNZ),
        ('NZ$88 million', 1, 88e6, 'NZD', 'petroleum and products imports', 'decrease', None, None, None, SNZ),
        ('11%', 1, 11, 'percent', 'petroleum and products imports', 'decrease', None, None, None, SNZ),
        ('NZ$4.71 billion', 1, 4.71e9, 'NZD', 'annual trade deficit', 'decrease', None, None, YE25, SNZ),
        ('NZ$12.30 billion', 1, 12.30e9, 'NZD', 'annual trade deficit', None, None, None, YE24, SNZ),
        ('NZ$76.82 billion', 1, 76.82e9, 'NZD', 'annual exports', None, None, None, YE25, SNZ),
        ('7.4%', 1, 7.4, 'percent', 'annual exports', 'increase', 'year_on_year', None, YE25, SNZ),
        ('2.1%', 1, 2.1, 'percent', 'seasonally adjusted exports', 'increase', 'month_on_month', None, HOCT, SNZ),
        ('1.6%', 1, 1.6, 'percent', 'seasonally adjusted imports', 'decrease', 'month_on_month', None, HOCT, SNZ),
        ('0.2%', 1, 0.2, 'percent', 'New Zealand dollar', 'decrease', None, None, None, SNZ),
        ('US$0.5647', 1, 0.5647, 'USD', 'New Zealand dollar', 'decrease', None, None, None, SNZ),
    ],
    'trading_economics_style_israel_interest_rate.txt': [
        ('25 basis points', 1, 25, 'basis_point', 'benchmark interest rate', 'decrease', None, None, NOVM, BOI),
        ('4.25%', 1, 4.25, 'percent', 'benchmark interest rate', 'decrease', None, None, NOVM, BOI),
        ('2.5%', 1, 2.5, 'percent', 'annual inflation rate', 'decrease', 'year_on_year', None, TOCT, CBS),
        ('2.9%', 1, 2.9, 'percent', 'annual inflation rate', None, 'year_on_year', None, TSEP, CBS),
        ('1%', 1, 1, 'percent', 'inflation target range', None, None, None, None, BOI),
        ('3%', 1, 3, 'percent', 'inflation target range', None, None, None, None, BOI),
        ('11%', 1, 11, 'percent', 'shekel against the US dollar', 'increase', None, 'approximately', SF25, CBS),
        ('3.25', 1, 3.25, 'ILS', 'shekel per dollar', None, None, 'approximately', MON, CBS),
        ('2.5%', 2, 2.5, 'percent', 'GDP growth', 'increase', None, None, I25, BOI),
        ('4.7%', 1, 4.7, 'percent', 'GDP growth', 'increase', None, None, I26, BOI),
        ('2.2%', 1, 2.2, 'percent', 'inflation', None, None, None, I26, BOI),
        ('3.75%', 1, 3.75, 'percent', 'policy rate', 'decrease', None, None, Q426, BOI),
        ('six', 1, 6, 'count', 'Monetary Committee members backing the cut', None, None, None, None, BOI),
        ('4.02 percent', 1, 4.02, 'percent', 'interest rate in Israel average', None, None, None, HIST, BOI),
        ('17 percent', 1, 17, 'percent', 'interest rate in Israel all time high', None, None, None, per('in May 1994', 1994, 5), BOI),
        ('0.10 percent', 1, 0.10, 'percent', 'interest rate in Israel record low', None, None, None, per('in April 2020', 2020, 4), BOI),
        ('4.00 percent', 1, 4.00, 'percent', 'Israel Interest Rate', None, None, None, EOQ, TE),
        ('3.75 percent', 1, 3.75, 'percent', 'Israel Interest Rate', None, None, None, I26, TE),
        ('3.50 percent', 1, 3.50, 'percent', 'Israel Interest Rate', None, None, None, I27, TE),
    ],
    'investing_style_ftse_100_stocks.txt': [
        ('3.6%', 1, 3.6, 'percent', 'UK inflation', 'decrease', None, None, None, None),
        ('0.5%', 1, 0.5, 'percent', 'FTSE 100', 'increase', None, None, ET, None),
        ('9,598.2 points', 1, 9598.2, 'index_point', 'FTSE 100', 'increase', None, None, ET, None),
        ('0.8%', 1, 0.8, 'percent', 'FTSE 250', 'increase', None, None, ET, None),
        ('21,744.6', 1, 21744.6, 'index_point', 'FTSE 250', 'increase', None, None, ET, None),
        ('1.3%', 1, 1.3, 'percent', 'FTSE 100', 'decrease', None, None, TUE, None),
        ('3.1%', 1, 3.1, 'percent', 'Rolls-Royce Holdings', 'increase', None, None, None, None),
        ('2.4%', 1, 2.4, 'percent', 'Burberry Group', 'increase', None, None, None, None),
        ('5.7%', 1, 5.7, 'percent', 'Associated British Foods', 'decrease', None, None, None, None),
        ('1.9%', 1, 1.9, 'percent', 'Rio Tinto', 'decrease', None, None, None, None),
        ('2.2%', 1, 2.2, 'percent', 'Glencore', 'decrease', None, None, None, None),
        ('0.3%', 1, 0.3, 'percent', 'GBP/USD', 'decrease', None, None, None, None),
        ('1.3112', 1, 1.3112, 'USD', 'GBP/USD', 'decrease', None, None, None, None),
        ('0.8829', 1, 0.8829, 'GBP', 'pound per euro', None, None, None, None, None),
        ('3.6%', 2, 3.6, 'percent', 'annual consumer price inflation', 'decrease', 'year_on_year', None, IOCT, ONS),
        ('3.8%', 1, 3.8, 'percent', 'annual consumer price inflation', None, 'year_on_year', None, ISEP, ONS),
        ('3.7%', 1, 3.7, 'percent', 'annual consumer price inflation', None, 'year_on_year', None, IOCT, 'Reuters'),
        ('3.4%', 1, 3.4, 'percent', 'core inflation', 'decrease', 'year_on_year', None, IOCT, ONS),
        ('4.5%', 1, 4.5, 'percent', 'services inflation', 'decrease', 'year_on_year', None, IOCT, ONS),
        ('4.7%', 1, 4.7, 'percent', 'services inflation', None, 'year_on_year', None, ISEP, ONS),
        ('0.4%', 1, 0.4, 'percent', 'consumer prices', 'increase', 'month_on_month', None, IOCT, ONS),
        ('0.5%', 2, 0.5, 'percent', 'consumer prices', 'increase', 'month_on_month', None, YEO, ONS),
        ('80%', 1, 80, 'percent', 'chance of a BoE rate cut', 'increase', None, 'approximately', DEC18, LSEG),
        ('25-basis-point', 1, 25, 'basis_point', 'BoE rate cut', 'decrease', None, None, DEC18, LSEG),
        ('3.75%', 1, 3.75, 'percent', 'Bank Rate', 'decrease', None, None, DEC18, LSEG),
        ('65%', 1, 65, 'percent', 'chance of a BoE rate cut', None, None, 'approximately', DEC18, LSEG),
    ],
    'business_standard_style_rice_wheat_procurement.txt': [
        ('30.02 mt', 1, 30.02e6, 'tonne', 'wheat procurement', None, None, None, None, None),
        ('30.02 million tonnes', 1, 30.02e6, 'tonne', 'wheat procurement', None, None, None, RMS, FCI),
        ('13.6 per cent', 1, 13.6, 'percent', 'wheat procurement', 'increase', 'year_on_year', None, RMS, FCI),
        ('26.43 mt', 1, 26.43e6, 'tonne', 'wheat procurement', None, None, None, S2425, FCI),
        ('11.9 mt', 1, 11.9e6, 'tonne', 'wheat procurement in Punjab', None, None, None, None, FCI),
        ('7.77 mt', 1, 7.77e6, 'tonne', 'wheat procurement in Madhya Pradesh', None, None, None, None, FCI),
        ('7.14 mt', 1, 7.14e6, 'tonne', 'wheat procurement in Haryana', None, None, None, None, FCI),
        ('2.09 mt', 1, 2.09e6, 'tonne', 'wheat procurement in Rajasthan', None, None, None, None, FCI),
        ('1.02 mt', 1, 1.02e6, 'tonne', 'wheat procurement in Uttar Pradesh', None, None, None, None, FCI),
        ('3 mt', 1, 3e6, 'tonne', 'wheat procurement target for Uttar Pradesh', None, None, None, None, None),
        ('2.46 million', 1, 2.46e6, 'count', 'farmers benefiting from the purchases', None, None, 'approximately', None, FCI),
        ('₹2,425', 1, 2425, 'INR', 'minimum support price', None, None, None, None, None),
        ('₹150', 1, 150, 'INR', 'minimum support price', 'increase', 'year_on_year', None, None, None),
        ('₹175', 1, 175, 'INR', 'bonus on top of the MSP', None, None, None, None, None),
        ('₹72,800 crore', 1, 7.28e11, 'INR', "payments credited to farmers' bank accounts", None, None, None, None, FCI),
        ('54.6 mt', 1, 54.6e6, 'tonne', 'rice procurement', None, None, None, J5, FCI),
        ('4.2 per cent', 1, 4.2, 'percent', 'rice procurement', 'increase', 'year_on_year', None, J5, FCI),
        ('59.4 mt', 1, 59.4e6, 'tonne', 'rice in the central pool', None, None, None, J1, FCI),
        ('36.9 mt', 1, 36.9e6, 'tonne', 'wheat in the central pool', None, None, None, J1, FCI),
        ('13.54 mt', 1, 13.54e6, 'tonne', 'buffer norm for rice', None, None, None, None, None),
        ('27.58 mt', 1, 27.58e6, 'tonne', 'buffer norm for wheat', None, None, None, None, None),
        ('5.2 mt', 1, 5.2e6, 'tonne', 'rice allowed for sale to ethanol distilleries', None, None, None, FY26, GOI),
        ('₹2,250', 1, 2250, 'INR', 'OMSS rice price for ethanol distilleries', None, None, None, FY26, GOI),
    ],
    'eu_energy_style_eu_ets_carbon_auctions.txt': [
        ('128.4 million', 1, 128.4e6, 'count', 'EU Allowances auctioned', None, None, None, Q425, None),
        ('6%', 1, 6, 'percent', 'EU Allowances auctioned', 'decrease', 'quarter_on_quarter', None, Q425, None),
        ('136.6 million', 1, 136.6e6, 'count', 'EU Allowances auctioned', None, None, None, Q325, None),
        ('77.6 €/tCO2', 1, 77.6, 'EUR', 'average auction clearing price', None, None, None, INQ4, EEX),
        ('4%', 1, 4, 'percent', 'average auction clearing price', 'increase', 'quarter_on_quarter', None, INQ4, EEX),
        ('71.2 €/tCO2', 1, 71.2, 'EUR', 'auction clearing price low', None, None, None, P('on 3 October', '2025-10-03', '2025-10-03'), EEX),
        ('84.9 €/tCO2', 1, 84.9, 'EUR', 'auction clearing price high', None, None, None, P('on 9 December', '2025-12-09', '2025-12-09'), EEX),
        ('0.4 €/tCO2', 1, 0.4, 'EUR', 'auction clearing prices against the secondary market spot price', 'decrease', None, None, INQ4, EEX),
        ('9.96 bn €', 1, 9.96e9, 'EUR', 'auction revenues for Member States', None, None, None, INQ, EEX),
        ('9.15 bn €', 1, 9.15e9, 'EUR', 'auction revenues for Member States', None, None, None, Q424, EEX),
        ('2.71 bn €', 1, 2.71e9, 'EUR', 'auction revenues for Germany', None, None, None, INQ, EEX),
        ('1.18 bn €', 1, 1.18e9, 'EUR', 'auction revenues for Poland', None, None, None, INQ, EEX),
        ('536 million', 1, 536e6, 'count', 'allowances auctioned', None, None, 'approximately', FY, EEX),
        ('38.7 bn €', 1, 38.7e9, 'EUR', 'auction revenues', None, None, None, FY, EEX),
        ('4%', 2, 4, 'percent', 'auction revenues', 'decrease', 'year_on_year', 'approximately', FY, EEX),
        ('1.72', 1, 1.72, 'times', 'auction coverage ratio', 'decrease', None, None, INQ4, EEX),
        ('1.85', 1, 1.85, 'times', 'auction coverage ratio', None, None, None, PQ, EEX),
        ('1,138 million', 1, 1138e6, 'count', 'total number of allowances in circulation (TNAC)', None, None, None, EOY, EC),
        ('6%', 2, 6, 'percent', 'total number of allowances in circulation (TNAC)', 'decrease', 'year_on_year', None, EOY, EC),
        ('272 million', 1, 272e6, 'count', 'intake of allowances into the Market Stability Reserve', None, None, None, MSR, EC),
    ],
    'nbs_style_rd_expenditure.txt': [
        ('3,613.0 billion yuan', 1, 3613.0e9, 'CNY', 'total expenditure on research and experimental development', None, None, None, Y24, NBS),
        ('279.3 billion yuan', 1, 279.3e9, 'CNY', 'total expenditure on research and experimental development', 'increase', 'year_on_year', None, Y24, NBS),
        ('8.4 percent', 1, 8.4, 'percent', 'total expenditure on research and experimental development', 'increase', 'year_on_year', None, Y24, NBS),
        ('2.68 percent', 1, 2.68, 'percent', 'R&D intensity', None, None, None, Y24, NBS),
        ('0.10 percentage points', 1, 0.10, 'percentage_point', 'R&D intensity', 'increase', 'year_on_year', None, Y24, NBS),
        ('482 thousand yuan', 1, 482e3, 'CNY', 'R&D expenditure per full-time equivalent researcher', None, None, None, Y24, NBS),
        ('2.1 thousand yuan', 1, 2.1e3, 'CNY', 'R&D expenditure per full-time equivalent researcher', 'increase', 'year_on_year', None, Y24, NBS),
        ('249.7 billion yuan', 1, 249.7e9, 'CNY', 'expenditure on basic research', None, None, None, None, NBS),
        ('10.5 percent', 1, 10.5, 'percent', 'expenditure on basic research', 'increase', 'year_on_year', None, None, NBS),
        ('408.9 billion yuan', 1, 408.9e9, 'CNY', 'expenditure on applied research', None, None, None, None, NBS),
        ('2,954.4 billion yuan', 1, 2954.4e9, 'CNY', 'expenditure on experimental development', None, None, None, None, NBS),
        ('6.8 percent', 1, 6.8, 'percent', 'expenditure on applied research', 'increase', 'year_on_year', None, None, NBS),
        ('8.3 percent', 1, 8.3, 'percent', 'expenditure on experimental development', 'increase', 'year_on_year', None, None, NBS),
        ('6.91 percent', 1, 6.91, 'percent', 'basic research share of total R&D expenditure', None, None, None, None, NBS),
        ('0.14 percentage points', 1, 0.14, 'percentage_point', 'basic research share of total R&D expenditure', 'increase', 'year_on_year', None, None, NBS),
        ('2,813.7 billion yuan', 1, 2813.7e9, 'CNY', 'R&D expenditure of enterprises', None, None, None, Y24, NBS),
        ('8.9 percent', 1, 8.9, 'percent', 'R&D expenditure of enterprises', 'increase', 'year_on_year', None, Y24, NBS),
        ('441.6 billion yuan', 1, 441.6e9, 'CNY', 'R&D expenditure of governmental research institutes', None, None, None, Y24, NBS),
        ('4.3 percent', 1, 4.3, 'percent', 'R&D expenditure of governmental research institutes', 'increase', 'year_on_year', None, Y24, NBS),
        ('290.4 billion yuan', 1, 290.4e9, 'CNY', 'R&D expenditure of institutions of higher education', None, None, None, Y24, NBS),
        ('10.6 percent', 1, 10.6, 'percent', 'R&D expenditure of institutions of higher education', 'increase', 'year_on_year', None, Y24, NBS),
        ('77.9 percent', 1, 77.9, 'percent', 'enterprises share of total R&D expenditure', None, None, None, Y24, NBS),
        ('12', 1, 12, 'count', 'provinces with R&D expenditure exceeding 100 billion yuan', None, None, None, None, NBS),
        ('6.58 percent', 1, 6.58, 'percent', 'R&D intensity of Beijing', None, None, None, None, NBS),
        ('4.35 percent', 1, 4.35, 'percent', 'R&D intensity of Shanghai', None, None, None, None, NBS),
        ('3.70 percent', 1, 3.70, 'percent', 'R&D intensity of Tianjin', None, None, None, None, NBS),
        ('1,134.2 billion yuan', 1, 1134.2e9, 'CNY', 'national fiscal expenditure on science and technology', None, None, None, IY24, MOF),
        ('5.6 percent', 1, 5.6, 'percent', 'national fiscal expenditure on science and technology', 'increase', 'year_on_year', None, IY24, MOF),
        ('4.0 percent', 1, 4.0, 'percent', 'science and technology share of national fiscal expenditure', None, None, None, IY24, MOF),
        ('397.8 billion yuan', 1, 397.8e9, 'CNY', 'central government expenditure on science and technology', None, None, None, IY24, MOF),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
