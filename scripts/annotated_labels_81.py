# ruff: noqa: E501, RUF001
"""Write corpus/annotated_81/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_81.py corpus/annotated_81
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
DST = "Statistics Denmark"
DNB = "Danmarks Nationalbank"
GDK = "Government of Denmark"
CSD = "Census and Statistics Department"
HKTB = "Hong Kong Tourism Board"
CIR = "Circana"
HFX = "Halifax"
BBG = "Bloomberg"
CAPE = "Capital Economics"
INE = "National Statistics Institute"
TE = "Trading Economics"
GDT = "Global Dairy Trade"
FON = "Fonterra"
USDA = "U.S. Department of Agriculture"
STX = "StoneX"
MJ = "mjunction services"
MOC = "Ministry of Coal"
CEA = "Central Electricity Authority"
ARG = "Argus Media"
ENT = "European Network of Transmission System Operators for Electricity"
MIIT = "Ministry of Industry and Information Technology"

YOY, MOM, POP, QOQ = "year_on_year", "month_on_month", "period_on_period", "quarter_on_quarter"
UP, DOWN = "increase", "decrease"
APX, MORE, UPTO = "approximately", "more_than", "up_to"

# 8101 ONS regional GDHI (ref Wednesday 2025-09-17)
IN23 = Y("in 2023", 2023)
IN23C = Y("In 2023", 2023)
IN22 = Y("in 2022", 2022)
FOR22 = Y("for 2022", 2022)
# 8102 Reuters 1987 (ref Tuesday 1987-05-12)
MAR = per("in March", 1987, 3)
FEB = per("in February", 1987, 2)
# 8103 Reuters, Hong Kong (ref Monday 2024-12-02)
HOCT = per("in October", 2024, 10)
# 8104 CNBC (ref Wednesday 2026-01-21)
HOL = P("during the November-December holiday period", "2025-11-01", "2025-12-31")
TWO = P("over the two months", "2025-11-01", "2025-12-31")
HW = P("in the holiday weeks", "2025-11-01", "2025-12-31")
# 8105 MT Newswires (ref Friday 2025-12-05)
NOV = per("in November", 2025, 11)
OCT = per("in October", 2025, 10)
TMN = P("in the three months to November", "2025-09-01", "2025-11-30")
# 8106 Trading Economics (ref Friday 2025-11-28)
AO = P("in the August-October 2025 period", "2025-08-01", "2025-10-31")
YE = P("a year earlier", "2024-08-01", "2024-10-31")
INQ = P("In the quarter", "2025-08-01", "2025-10-31")
# 8107 Investing.com (ref Tuesday 2025-10-21)
ET = P("By 11:20 ET", None, None)
TUE = P("at Tuesday's event", "2025-10-21", "2025-10-21")
SEP = per("in September", 2025, 9)
# 8108 Business Standard (ref Monday 2025-12-22)
BNOV = per("in November", 2025, 11)
AN26 = P("During April-November of FY26", "2025-04-01", "2025-11-30")
# 8109 DG ENER (ref Wednesday 2026-01-14)
Q325 = Q("In the third quarter of 2025", 2025, 3)
JUL = per("in July", 2025, 7)
JUN = per("in June", 2025, 6)
J1 = P("on 1 July", "2025-07-01", "2025-07-01")
# 8110 MIIT (ref Monday 2025-10-20)
JS = P("from January to September 2025", "2025-01-01", "2025-09-30")
F3Q = P("In the first three quarters", "2025-01-01", "2025-09-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_household_disposable_income_regions.txt': [
        ('£24,140', 1, 24140, 'GBP', 'UK gross disposable household income (GDHI) per head', None, None, None, IN23, None),
        ('6.8%', 1, 6.8, 'percent', 'UK gross disposable household income (GDHI) per head', UP, YOY, None, IN23, None),
        ('£33,970', 1, 33970, 'GBP', 'GDHI per head in London', None, None, None, None, None),
        ('40.7%', 1, 40.7, 'percent', 'GDHI per head in London relative to the UK average', UP, None, None, None, None),
        ('£27,510', 1, 27510, 'GBP', 'GDHI per head in the South East', None, None, None, None, None),
        ('£25,030', 1, 25030, 'GBP', 'GDHI per head in the East of England', None, None, None, None, None),
        ('5.1%', 1, 5.1, 'percent', 'GDHI per head in Northern Ireland', UP, YOY, None, IN23C, ONS),
        ('8.3%', 1, 8.3, 'percent', 'GDHI per head in London', UP, YOY, None, IN23C, ONS),
        ('6.2%', 1, 6.2, 'percent', 'GDHI per head in Wales', UP, YOY, None, IN23C, ONS),
        ('6.5%', 1, 6.5, 'percent', 'GDHI per head in Scotland', UP, YOY, None, IN23C, ONS),
        ('5.6%', 1, 5.6, 'percent', 'GDHI per head in the North East', UP, YOY, None, IN23C, ONS),
        ('£9,830', 1, 9830, 'GBP', 'gap between London and the UK average', UP, None, None, IN23C, ONS),
        ('£8,920', 1, 8920, 'GBP', 'gap between London and the UK average', None, None, None, IN22, ONS),
        ('87.6', 1, 87.6, 'index_point', 'GDHI per head in the East Midlands', DOWN, None, None, IN23, ONS),
        ('88.1', 1, 88.1, 'index_point', 'GDHI per head in the East Midlands', None, None, None, IN22, ONS),
        ('85.9', 1, 85.9, 'index_point', 'GDHI per head in Yorkshire and The Humber', None, None, None, IN23, ONS),
        ('86.4', 1, 86.4, 'index_point', 'GDHI per head in the West Midlands', None, None, None, IN23, ONS),
        ('£1,658.2 billion', 1, 1658.2e9, 'GBP', 'total GDHI for the UK', None, None, None, IN23, ONS),
        ('24.1%', 1, 24.1, 'percent', 'London share of total GDHI', None, None, None, IN23, ONS),
        ('3.2%', 1, 3.2, 'percent', 'North East share of total GDHI', None, None, None, IN23, ONS),
        ('112', 1, 112, 'count', 'ITL3 local areas with GDHI per head below the UK average', None, None, None, IN23C, ONS),
        ('£68,210', 1, 68210, 'GBP', 'GDHI per head in Kensington and Chelsea & Hammersmith and Fulham', None, None, None, IN23C, ONS),
        ('three times', 1, 3, 'times', 'GDHI per head in Kensington and Chelsea & Hammersmith and Fulham relative to the UK figure', None, None, APX, IN23C, ONS),
        ('£160', 1, 160, 'GBP', 'UK GDHI per head revision', UP, None, None, FOR22, ONS),
        ('£22,600', 1, 22600, 'GBP', 'UK GDHI per head', UP, None, None, FOR22, ONS),
        ('6.3%', 1, 6.3, 'percent', 'annual growth in UK GDHI per head', UP, YOY, None, IN22, ONS),
        ('5.9%', 1, 5.9, 'percent', 'annual growth in UK GDHI per head', None, YOY, None, IN22, ONS),
    ],
    'wire_1987_danish_current_account.txt': [
        ('1.2 BILLION CROWN', 1, 1.2e9, 'DKK', 'Danish current account surplus', None, None, None, per('MARCH', 1987, 3), None),
        ('1.2 billion crowns', 1, 1.2e9, 'DKK', "Denmark's current account surplus", None, None, None, MAR, DST),
        ('410 mln', 1, 410e6, 'DKK', 'current account deficit', None, None, None, FEB, DST),
        ('2.35 billion crowns', 1, 2.35e9, 'DKK', 'current account deficit', None, None, None, per('In March 1986', 1986, 3), DST),
        ('1.86 billion crowns', 1, 1.86e9, 'DKK', 'trade surplus', UP, None, None, MAR, DST),
        ('640 mln', 1, 640e6, 'DKK', 'trade surplus', None, None, None, FEB, DST),
        ('890 mln', 1, 890e6, 'DKK', 'trade deficit', None, None, None, per('a year earlier', 1986, 3), DST),
        ('4.8 pct', 1, 4.8, 'percent', 'exports', UP, YOY, None, MAR, DST),
        ('15.62 billion crowns', 1, 15.62e9, 'DKK', 'exports', UP, None, None, MAR, DST),
        ('3.1 pct', 1, 3.1, 'percent', 'imports', DOWN, YOY, None, MAR, DST),
        ('13.76 billion', 1, 13.76e9, 'DKK', 'imports', DOWN, None, None, MAR, DST),
        ('530 mln crowns', 1, 530e6, 'DKK', 'current account deficit', None, None, None, per('February', 1987, 2), DST),
        ('1.9 billion crowns', 1, 1.9e9, 'DKK', 'current account deficit', DOWN, None, None, Q('For the first quarter', 1987, 1), DST),
        ('6.4 billion', 1, 6.4e9, 'DKK', 'current account deficit', None, None, None, Q('in the same period of 1986', 1986, 1), DST),
        ('420 mln crowns', 1, 420e6, 'DKK', 'seasonally adjusted current account surplus', None, None, None, per('March', 1987, 3), DST),
        ('150 mln', 1, 150e6, 'DKK', 'seasonally adjusted current account deficit', None, None, None, FEB, DST),
        ('260 billion crowns', 1, 260e9, 'DKK', "Denmark's net foreign debt", None, None, APX, P('at the end of March', '1987-03-31', '1987-03-31'), DNB),
        ('38 pct', 1, 38, 'percent', 'net foreign debt as a share of gross domestic product', None, None, APX, P('at the end of March', '1987-03-31', '1987-03-31'), DNB),
        ('2.1 billion crowns', 1, 2.1e9, 'DKK', 'net interest payments on the debt', None, None, APX, Q('in the quarter', 1987, 1), DNB),
        ('500 mln', 1, 500e6, 'DKK', 'current account surplus', None, None, None, per('March', 1987, 3), None),
        ('one billion crowns', 1, 1e9, 'DKK', 'current account surplus', None, None, None, per('March', 1987, 3), None),
        ('11 billion crowns', 1, 11e9, 'DKK', 'current account deficit', DOWN, None, None, Y('1987', 1987), GDK),
        ('34.5 billion', 1, 34.5e9, 'DKK', 'current account deficit', None, None, None, Y('in 1986', 1986), GDK),
        ('6.7850 crowns', 1, 6.785, 'DKK', 'dollar', None, None, None, P('on Tuesday', '1987-05-12', '1987-05-12'), DNB),
        ('6.8120', 1, 6.812, 'DKK', 'dollar', None, None, None, P('on Monday', '1987-05-11', '1987-05-11'), DNB),
    ],
    'wire_2025_hong_kong_retail_sales.txt': [
        ('7.3%', 1, 7.3, 'percent', 'Hong Kong retail sales', DOWN, None, None, HOCT, None),
        ('7.3%', 2, 7.3, 'percent', "Hong Kong's retail sales value", DOWN, YOY, None, HOCT, CSD),
        ('HK$30.6 billion', 1, 30.6e9, 'HKD', 'value of total retail sales', None, None, None, HOCT, CSD),
        ('10.0%', 1, 10.0, 'percent', "Hong Kong's retail sales value", DOWN, YOY, None, per('in September', 2024, 9), CSD),
        ('8.9%', 1, 8.9, 'percent', 'sales volume', DOWN, YOY, None, HOCT, CSD),
        ('11.4%', 1, 11.4, 'percent', 'sales volume', DOWN, YOY, None, per('the previous month', 2024, 9), CSD),
        ('six', 1, 6, 'count', 'analysts in a Reuters poll', None, None, None, HOCT, 'Reuters'),
        ('6.5%', 1, 6.5, 'percent', 'retail sales value', DOWN, YOY, None, HOCT, 'Reuters'),
        ('17.4%', 1, 17.4, 'percent', 'sales of jewellery, watches and clocks, and valuable gifts', DOWN, YOY, None, HOCT, CSD),
        ('9.6%', 1, 9.6, 'percent', 'sales of medicines and cosmetics', DOWN, YOY, None, HOCT, CSD),
        ('11.2%', 1, 11.2, 'percent', 'sales of clothing and footwear', DOWN, YOY, None, HOCT, CSD),
        ('3.9%', 1, 3.9, 'percent', 'supermarket sales', DOWN, YOY, None, HOCT, CSD),
        ('1.5%', 1, 1.5, 'percent', 'sales of fuels', DOWN, YOY, None, HOCT, CSD),
        ('10.3%', 1, 10.3, 'percent', 'online retail sales', UP, None, None, per('in the month', 2024, 10), CSD),
        ('HK$2.68 billion', 1, 2.68e9, 'HKD', 'online retail sales', UP, None, None, per('in the month', 2024, 10), CSD),
        ('8.8%', 1, 8.8, 'percent', 'online retail sales share of total retail sales value', None, None, None, per('in the month', 2024, 10), CSD),
        ('13%', 1, 13, 'percent', 'visitor arrivals', UP, YOY, None, HOCT, HKTB),
        ('3.7 million', 1, 3.7e6, 'count', 'visitor arrivals', UP, None, APX, HOCT, HKTB),
        ('three quarters', 1, 0.75, 'fraction', 'mainland visitors share of visitor arrivals', None, None, APX, HOCT, HKTB),
        ('7.1%', 1, 7.1, 'percent', 'value of retail sales', DOWN, YOY, None, P('For the first ten months of the year', '2024-01-01', '2024-10-31'), CSD),
        ('HK$316.4 billion', 1, 316.4e9, 'HKD', 'value of retail sales', DOWN, None, None, P('For the first ten months of the year', '2024-01-01', '2024-10-31'), CSD),
        ('8.5%', 1, 8.5, 'percent', 'retail sales volume', DOWN, YOY, None, P('For the first ten months of the year', '2024-01-01', '2024-10-31'), CSD),
        ('15,000 yuan', 1, 15000, 'CNY', 'duty-free allowance for mainland residents', UP, None, None, None, None),
        ('5,000 yuan', 1, 5000, 'CNY', 'duty-free allowance for mainland residents', None, None, None, None, None),
    ],
    'cnbc_style_toy_sales_holiday_circana.txt': [
        ('2%', 1, 2, 'percent', 'U.S. toy industry sales', DOWN, YOY, None, HOL, CIR),
        ('$12.1 billion', 1, 12.1e9, 'USD', 'dollar sales', None, None, None, TWO, CIR),
        ('6%', 1, 6, 'percent', 'unit sales', DOWN, YOY, None, TWO, CIR),
        ('4%', 1, 4, 'percent', 'average selling price', UP, YOY, None, TWO, CIR),
        ('$13.85', 1, 13.85, 'USD', 'average selling price', UP, None, None, TWO, CIR),
        ('1%', 1, 1, 'percent', 'U.S. toy industry sales', UP, YOY, None, P('in the 2024 holiday period', '2024-11-01', '2024-12-31'), CIR),
        ('1%', 2, 1, 'percent', 'toy sales', UP, YOY, None, Y('For the full year', 2025), CIR),
        ('$28.4 billion', 1, 28.4e9, 'USD', 'toy sales', UP, None, None, Y('For the full year', 2025), CIR),
        ('Seven', 1, 7, 'count', 'supercategories posting declines', None, None, None, HW, CIR),
        ('14%', 1, 14, 'percent', 'plush', DOWN, None, None, HW, CIR),
        ('5%', 1, 5, 'percent', 'building sets', DOWN, None, None, HW, CIR),
        ('19%', 1, 19, 'percent', 'collectibles', UP, None, None, HW, CIR),
        ('8%', 1, 8, 'percent', 'outdoor and sports toys', UP, None, None, HW, CIR),
        ('28%', 1, 28, 'percent', 'adults 18 and older share of toy spending', UP, None, APX, Y('in 2025', 2025), CIR),
        ('26%', 1, 26, 'percent', 'adults 18 and older share of toy spending', None, None, None, Y('a year earlier', 2024), CIR),
        ('80%', 1, 80, 'percent', 'share of the U.S. toy market covered by Circana data', None, None, APX, Y('in 2025', 2025), CIR),
        ('half', 2, 0.5, 'fraction', 'toys priced under $20 share of units sold', None, None, MORE, None, CIR),
        ('1%', 3, 1, 'percent', 'U.S. toy sales', UP, None, None, Y('in 2026', 2026), CIR),
        ('2%', 2, 2, 'percent', 'U.S. toy sales', UP, None, None, Y('in 2026', 2026), CIR),
    ],
    'mt_newswires_uk_house_prices_halifax.txt': [
        ('0.1%', 1, 0.1, 'percent', 'UK house prices', DOWN, None, None, NOV, HFX),
        ('0.1%', 2, 0.1, 'percent', 'UK house prices', DOWN, MOM, None, NOV, HFX),
        ('0.4%', 1, 0.4, 'percent', 'UK house prices', UP, MOM, None, per('the month before', 2025, 10), HFX),
        ('0.6%', 1, 0.6, 'percent', 'UK house prices', UP, MOM, None, per('the month before', 2025, 10), HFX),
        ('0.2%', 1, 0.2, 'percent', 'UK house prices', UP, MOM, None, NOV, BBG),
        ('£298,740', 1, 298740, 'GBP', 'average price of a property', DOWN, None, None, NOV, HFX),
        ('£299,100', 1, 299100, 'GBP', 'average price of a property', None, None, None, OCT, HFX),
        ('533.8', 1, 533.8, 'index_point', 'seasonally adjusted index', None, None, None, NOV, HFX),
        ('1.9%', 1, 1.9, 'percent', 'UK house prices', UP, YOY, None, NOV, HFX),
        ('2.3%', 1, 2.3, 'percent', 'UK house prices', None, YOY, None, OCT, HFX),
        ('0.3%', 1, 0.3, 'percent', 'UK house prices', DOWN, POP, None, TMN, HFX),
        ('1.8%', 1, 1.8, 'percent', 'UK house prices', UP, YOY, None, TMN, HFX),
        ('7.6%', 1, 7.6, 'percent', 'house prices in Northern Ireland', UP, YOY, None, None, HFX),
        ('£215,460', 1, 215460, 'GBP', 'average house price in Northern Ireland', UP, None, None, None, HFX),
        ('4.2%', 1, 4.2, 'percent', 'house prices in Scotland', UP, YOY, None, None, HFX),
        ('£220,110', 1, 220110, 'GBP', 'average house price in Scotland', None, None, None, None, HFX),
        ('3.1%', 1, 3.1, 'percent', 'house prices in Wales', UP, YOY, None, None, HFX),
        ('0.6%', 2, 0.6, 'percent', 'house prices in London', DOWN, YOY, None, None, HFX),
        ('£537,930', 1, 537930, 'GBP', 'average house price in London', DOWN, None, None, None, HFX),
        ('2%', 1, 2, 'percent', 'UK house prices', UP, None, APX, Y('in 2026', 2026), CAPE),
        ('4.5%', 1, 4.5, 'percent', 'mortgage rates', DOWN, None, APX, P('by the end of next year', '2026-12-31', '2026-12-31'), CAPE),
    ],
    'trading_economics_style_chile_unemployment.txt': [
        ('8.4%', 1, 8.4, 'percent', "Chile's unemployment rate", DOWN, None, None, AO, None),
        ('8.6%', 1, 8.6, 'percent', "Chile's unemployment rate", None, None, None, P('in July-September', '2025-07-01', '2025-09-30'), None),
        ('8.5%', 1, 8.5, 'percent', "Chile's unemployment rate", None, None, None, AO, None),
        ('8.6%', 2, 8.6, 'percent', 'jobless rate', None, None, None, P('A year earlier', '2024-08-01', '2024-10-31'), None),
        ('2.1%', 1, 2.1, 'percent', 'number of unemployed persons', DOWN, YOY, None, AO, INE),
        ('862,410', 1, 862410, 'count', 'number of unemployed persons', DOWN, None, None, AO, INE),
        ('1.9%', 1, 1.9, 'percent', 'employment', UP, YOY, None, AO, INE),
        ('9.41 million', 1, 9.41e6, 'count', 'employment', UP, None, None, AO, INE),
        ('1.5%', 1, 1.5, 'percent', 'labor force', UP, YOY, None, AO, INE),
        ('10.27 million people', 1, 10.27e6, 'count', 'labor force', UP, None, None, AO, INE),
        ('62.3%', 1, 62.3, 'percent', 'participation rate', UP, None, None, AO, INE),
        ('61.9%', 1, 61.9, 'percent', 'participation rate', None, None, None, YE, INE),
        ('0.7 percentage points', 1, 0.7, 'percentage_point', 'employment rate', UP, YOY, None, AO, INE),
        ('57.0%', 1, 57.0, 'percent', 'employment rate', UP, None, None, AO, INE),
        ('9.3%', 1, 9.3, 'percent', 'jobless rate for women', None, None, None, INQ, INE),
        ('7.7%', 1, 7.7, 'percent', 'jobless rate for men', None, None, None, INQ, INE),
        ('0.5', 1, 0.5, 'percentage_point', 'jobless rate for women', DOWN, YOY, None, INQ, INE),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'jobless rate for men', DOWN, YOY, None, INQ, INE),
        ('2.6%', 1, 2.6, 'percent', 'female employment', UP, YOY, None, INQ, INE),
        ('1.4%', 1, 1.4, 'percent', 'male employment', UP, YOY, None, INQ, INE),
        ('26.1%', 1, 26.1, 'percent', 'informal employment share of the employed', None, None, None, INQ, INE),
        ('0.4 percentage points', 1, 0.4, 'percentage_point', 'informal employment share of the employed', DOWN, YOY, None, INQ, INE),
        ('8.05 percent', 1, 8.05, 'percent', 'Unemployment Rate in Chile average', None, None, None, P('from 1986 until 2025', '1986-01-01', '2025-12-31'), INE),
        ('13.10 percent', 1, 13.10, 'percent', 'Unemployment Rate in Chile all time high', None, None, None, per('in July of 2020', 2020, 7), INE),
        ('5.70 percent', 1, 5.70, 'percent', 'Unemployment Rate in Chile record low', None, None, None, per('in November of 1997', 1997, 11), INE),
        ('8.50 percent', 1, 8.50, 'percent', 'Unemployment Rate in Chile', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('8.20 percent', 1, 8.20, 'percent', 'Chile Unemployment Rate', None, None, APX, Y('in 2026', 2026), TE),
        ('8.00 percent', 1, 8.00, 'percent', 'Chile Unemployment Rate', None, None, APX, Y('in 2027', 2027), TE),
    ],
    'investing_style_dairy_milk_futures.txt': [
        ('21 cents', 1, 0.21, 'USD', 'November Class III contract', DOWN, None, None, ET, None),
        ('1.2%', 1, 1.2, 'percent', 'November Class III contract', DOWN, None, None, ET, None),
        ('$17.42', 1, 17.42, 'USD', 'November Class III contract', DOWN, None, None, ET, None),
        ('0.8%', 1, 0.8, 'percent', 'December Class IV milk', DOWN, None, None, ET, None),
        ('$14.06', 1, 14.06, 'USD', 'December Class IV milk', DOWN, None, None, ET, None),
        ('$1.6850', 1, 1.685, 'USD', 'spot CME block cheddar', None, None, None, ET, None),
        ('3.25 cents', 1, 0.0325, 'USD', 'spot CME block cheddar', DOWN, None, None, ET, None),
        ('4.5 cents', 1, 0.045, 'USD', 'spot butter', DOWN, None, None, ET, None),
        ('$1.5525', 1, 1.5525, 'USD', 'spot butter', DOWN, None, None, ET, None),
        ('3.6%', 1, 3.6, 'percent', 'GDT price index', DOWN, POP, None, TUE, GDT),
        ('US$3,915', 1, 3915, 'USD', 'average winning price', None, None, None, TUE, GDT),
        ('35,310 tonnes', 1, 35310, 'tonne', 'quantity sold', None, None, None, TUE, GDT),
        ('2.9%', 1, 2.9, 'percent', 'whole milk powder (WMP)', DOWN, POP, None, TUE, GDT),
        ('US$3,610', 1, 3610, 'USD', 'whole milk powder (WMP)', DOWN, None, None, TUE, GDT),
        ('0.8%', 2, 0.8, 'percent', 'skim milk powder', DOWN, POP, None, TUE, GDT),
        ('$2,540', 1, 2540, 'USD', 'skim milk powder', DOWN, None, None, TUE, GDT),
        ('5.2%', 1, 5.2, 'percent', 'butter', DOWN, POP, None, TUE, GDT),
        ('1.4%', 1, 1.4, 'percent', 'cheddar', DOWN, POP, None, TUE, GDT),
        ('2.1%', 1, 2.1, 'percent', 'mozzarella', UP, POP, None, TUE, GDT),
        ('NZ$10.00', 1, 10.00, 'NZD', 'farmgate milk price', None, None, None, P('for the 2025/26 season', '2025-06-01', '2026-05-31'), FON),
        ('NZ$9.00', 1, 9.00, 'NZD', 'farmgate milk price', None, None, None, P('for the 2025/26 season', '2025-06-01', '2026-05-31'), FON),
        ('NZ$11.00', 1, 11.00, 'NZD', 'farmgate milk price', None, None, None, P('for the 2025/26 season', '2025-06-01', '2026-05-31'), FON),
        ('3.7%', 1, 3.7, 'percent', 'milk production in the 24 major states', UP, YOY, None, SEP, USDA),
        ('18.4 billion pounds', 1, 18.4e9, 'pound-mass', 'milk production in the 24 major states', UP, None, None, SEP, USDA),
        ('9.58 million head', 1, 9.58e6, 'count', 'dairy herd', UP, None, None, SEP, USDA),
        ('$17', 1, 17, 'USD', 'Class III prices', None, None, APX, Q('in the first quarter of 2026', 2026, 1), STX),
    ],
    'business_standard_style_coal_imports.txt': [
        ('9.4%', 1, 9.4, 'percent', 'coal imports', DOWN, None, None, per('in Nov', 2025, 11), None),
        ('19.8 mn tonnes', 1, 19.8e6, 'tonne', 'coal imports', DOWN, None, None, per('in Nov', 2025, 11), None),
        ('9.4 per cent', 1, 9.4, 'percent', "India's coal imports", DOWN, YOY, None, BNOV, MJ),
        ('19.78 million tonnes', 1, 19.78e6, 'tonne', "India's coal imports", DOWN, None, None, BNOV, MJ),
        ('21.83 mt', 1, 21.83e6, 'tonne', "India's coal imports", None, None, None, per('In November last year', 2024, 11), MJ),
        ('12.64 mt', 1, 12.64e6, 'tonne', 'non-coking coal imports', None, None, None, BNOV, MJ),
        ('14.31 mt', 1, 14.31e6, 'tonne', 'non-coking coal imports', None, None, None, per('a year earlier', 2024, 11), MJ),
        ('4.12 mt', 1, 4.12e6, 'tonne', 'coking coal imports', None, None, None, BNOV, MJ),
        ('3.87 mt', 1, 3.87e6, 'tonne', 'coking coal imports', None, None, None, per('in November 2024', 2024, 11), MJ),
        ('64 per cent', 1, 64, 'percent', 'non-coking coal share of imports', None, None, APX, per('during the month', 2025, 11), MJ),
        ('7.8 per cent', 1, 7.8, 'percent', 'total imports', DOWN, YOY, None, AN26, MJ),
        ('163.4 mt', 1, 163.4e6, 'tonne', 'total imports', DOWN, None, None, AN26, MJ),
        ('177.2 mt', 1, 177.2e6, 'tonne', 'total imports', None, None, None, P('in the corresponding period of the previous fiscal', '2024-04-01', '2024-11-30'), MJ),
        ('105.9 mt', 1, 105.9e6, 'tonne', 'non-coking coal imports', None, None, None, P('in the eight months', '2025-04-01', '2025-11-30'), MJ),
        ('38.2 mt', 1, 38.2e6, 'tonne', 'coking coal imports', None, None, None, P('in the eight months', '2025-04-01', '2025-11-30'), MJ),
        ('3.2 per cent', 1, 3.2, 'percent', 'domestic coal production', UP, YOY, None, BNOV, MOC),
        ('92.4 mt', 1, 92.4e6, 'tonne', 'domestic coal production', UP, None, None, BNOV, MOC),
        ('66.8 mt', 1, 66.8e6, 'tonne', "Coal India's output", None, None, None, BNOV, MOC),
        ('51.2 mt', 1, 51.2e6, 'tonne', 'coal stocks at thermal power plants', None, None, None, P('as of December 15', '2025-12-15', '2025-12-15'), CEA),
        ('14 per cent', 1, 14, 'percent', 'coal stocks at thermal power plants', UP, YOY, None, P('as of December 15', '2025-12-15', '2025-12-15'), CEA),
        ('$46.5', 1, 46.5, 'USD', 'prices of Indonesian 4,200 GAR coal', None, None, None, BNOV, ARG),
        ('12 per cent', 1, 12, 'percent', 'prices of Indonesian 4,200 GAR coal', DOWN, YOY, APX, BNOV, ARG),
        ('240', 1, 240e6, 'tonne', 'imports', None, None, None, P('in FY26', '2025-04-01', '2026-03-31'), None),
        ('250 mt', 1, 250e6, 'tonne', 'imports', None, None, None, P('in FY26', '2025-04-01', '2026-03-31'), None),
        ('264 mt', 1, 264e6, 'tonne', 'coal imports', None, None, None, P('in FY25', '2024-04-01', '2025-03-31'), MJ),
    ],
    'eu_energy_style_electricity_demand_heatwave.txt': [
        ('628 TWh', 1, 628, 'terawatt hour', 'EU electricity demand', None, None, None, Q325, None),
        ('1.2%', 1, 1.2, 'percent', 'EU electricity demand', UP, YOY, None, Q325, None),
        ('3.4%', 1, 3.4, 'percent', 'monthly demand in Spain', UP, YOY, None, JUL, None),
        ('2.9%', 1, 2.9, 'percent', 'monthly demand in Italy', UP, YOY, None, JUL, None),
        ('1.1%', 1, 1.1, 'percent', 'monthly demand in France', UP, YOY, None, JUL, None),
        ('4', 2, 4, 'degree Celsius', 'daily average temperatures in Spain, Italy and France', UP, None, None, P('During the heatwave (28 June – 4 July)', '2025-06-28', '2025-07-04'), None),
        ('7 °C', 1, 7, 'degree Celsius', 'daily average temperatures in Spain, Italy and France', UP, None, None, P('During the heatwave (28 June – 4 July)', '2025-06-28', '2025-07-04'), None),
        ('48%', 1, 48, 'percent', 'cooling degree days in the EU', UP, None, None, JUL, None),
        ('59.8 GW', 1, 59.8, 'gigawatt', 'Italian peak load', None, None, None, P('on 16 July', '2025-07-16', '2025-07-16'), ENT),
        ('40.1 GW', 1, 40.1, 'gigawatt', 'Spanish peak load', None, None, None, J1, ENT),
        ('6%', 1, 6, 'percent', 'Spanish peak load', UP, None, None, J1, ENT),
        ('62 GW', 1, 62, 'gigawatt', 'peak demand in France', None, None, MORE, P('on the same day', '2025-07-01', '2025-07-01'), ENT),
        ('24.3 TWh', 1, 24.3, 'terawatt hour', 'EU solar output', None, None, None, JUN, ENT),
        ('25.1 TWh', 1, 25.1, 'terawatt hour', 'EU solar output', None, None, None, JUL, ENT),
        ('19%', 1, 19, 'percent', 'EU solar output', UP, YOY, None, JUN, ENT),
        ('16%', 1, 16, 'percent', 'EU solar output', UP, YOY, None, JUL, ENT),
        ('38%', 1, 38, 'percent', 'solar share of EU demand', None, None, APX, P('At midday on 1 July', '2025-07-01', '2025-07-01'), ENT),
        ('142 €/MWh', 1, 142, 'EUR', 'Italian PUN', None, None, None, JUL, ENT),
        ('112 €/MWh', 1, 112, 'EUR', 'Italian PUN', None, None, None, JUN, ENT),
        ('465 €/MWh', 1, 465, 'EUR', 'German day-ahead prices', None, None, None, P('in the evening hours of 1 July', '2025-07-01', '2025-07-01'), ENT),
        ('5.2 GW', 1, 5.2, 'gigawatt', 'French nuclear capacity curtailed', None, None, UPTO, P('on 2 July', '2025-07-02', '2025-07-02'), ENT),
        ('84 €/MWh', 1, 84, 'EUR', 'EU average wholesale price', None, None, None, Q('In the third quarter as a whole', 2025, 3), ENT),
        ('6%', 2, 6, 'percent', 'EU average wholesale price', UP, QOQ, None, Q('In the third quarter as a whole', 2025, 3), ENT),
    ],
    'nbs_style_shipbuilding_orders.txt': [
        ('38.26 million deadweight tonnes', 1, 38.26e6, 'tonne', "China's shipbuilding completions", None, None, None, JS, MIIT),
        ('4.3 percent', 1, 4.3, 'percent', "China's shipbuilding completions", UP, YOY, None, JS, MIIT),
        ('61.42 million DWT', 1, 61.42e6, 'tonne', 'new orders received', None, None, None, JS, MIIT),
        ('22.5 percent', 1, 22.5, 'percent', 'new orders received', DOWN, YOY, None, JS, MIIT),
        ('242.86 million DWT', 1, 242.86e6, 'tonne', 'holding orders', None, None, None, P('as of the end of September', '2025-09-30', '2025-09-30'), MIIT),
        ('17.1 percent', 1, 17.1, 'percent', 'holding orders', UP, YOY, None, P('as of the end of September', '2025-09-30', '2025-09-30'), MIIT),
        ('71.8 percent', 1, 71.8, 'percent', 'export ships share of completions', None, None, None, None, MIIT),
        ('87.4 percent', 1, 87.4, 'percent', 'export ships share of new orders', None, None, None, None, MIIT),
        ('92.3 percent', 1, 92.3, 'percent', 'export ships share of holding orders', None, None, None, None, MIIT),
        ('53.6 percent', 1, 53.6, 'percent', "China's share of world shipbuilding completions", None, None, None, F3Q, MIIT),
        ('67.2 percent', 1, 67.2, 'percent', "China's share of world new orders", None, None, None, F3Q, MIIT),
        ('65.1 percent', 1, 65.1, 'percent', "China's share of world holding orders", None, None, None, F3Q, MIIT),
        ('1.1 percentage points', 1, 1.1, 'percentage_point', "China's share of world shipbuilding completions", UP, POP, None, F3Q, MIIT),
        ('3.4 percentage points', 1, 3.4, 'percentage_point', "China's share of world new orders", DOWN, POP, None, F3Q, MIIT),
        ('49.8 percent', 1, 49.8, 'percent', "China's share of world completions in compensated gross tonnage (CGT)", None, None, None, None, MIIT),
        ('63.1 percent', 1, 63.1, 'percent', "China's share of world new orders in compensated gross tonnage (CGT)", None, None, None, None, MIIT),
        ('60.2 percent', 1, 60.2, 'percent', "China's share of world holding orders in compensated gross tonnage (CGT)", None, None, None, None, MIIT),
        ('76.5 percent', 1, 76.5, 'percent', 'green-powered vessels share of new orders', None, None, None, P('From January to September', '2025-01-01', '2025-09-30'), MIIT),
        ('14', 1, 14, 'count', 'major ship types in which China ranked first in new orders', None, None, None, P('From January to September', '2025-01-01', '2025-09-30'), MIIT),
        ('512.4 billion yuan', 1, 512.4e9, 'CNY', 'main business revenue of key monitored shipbuilding enterprises', None, None, None, None, MIIT),
        ('15.6 percent', 1, 15.6, 'percent', 'main business revenue of key monitored shipbuilding enterprises', UP, YOY, None, None, MIIT),
        ('38.7 billion yuan', 1, 38.7e9, 'CNY', 'total profits of key monitored shipbuilding enterprises', None, None, None, None, MIIT),
        ('71.2 percent', 1, 71.2, 'percent', 'total profits of key monitored shipbuilding enterprises', UP, YOY, None, None, MIIT),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
