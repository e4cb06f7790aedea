# ruff: noqa: E501, RUF001
"""Write corpus/annotated_105/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_105.py corpus/annotated_105
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

UP, DOWN = "increase", "decrease"
YOY, MOM, QOQ = "year_on_year", "month_on_month", "quarter_on_quarter"
APPROX, MORE = "approximately", "more_than"

ONS = "Office for National Statistics"
CMHC = "Canada Mortgage and Housing Corporation"
BOC = "Bank of Canada"
SSA = "Statistics South Africa"
RTRS = "Reuters"
UAL = "United Airlines"
LSEG = "LSEG"
EUROSTAT = "Eurostat"
FACTSET = "FactSet"
DOSM = "Department of Statistics Malaysia"
TE = "Trading Economics"
WPIC = "World Platinum Investment Council"
CAAM = "China Association of Automobile Manufacturers"
HERAEUS = "Heraeus Precious Metals"
NDDB = "National Dairy Development Board"
GCMMF = "Gujarat Cooperative Milk Marketing Federation"
GOMH = "Government of Maharashtra"
MOSPI = "Ministry of Statistics and Programme Implementation"
DAHD = "Department of Animal Husbandry and Dairying"
CRISIL = "Crisil Ratings"
ENTSOE = "European Network of Transmission System Operators for Electricity"
WE = "WindEurope"
NBS = "National Bureau of Statistics"

# 10501 ONS house prices and rents (ref Wednesday 2025-06-18)
APR12 = per("in the 12 months to April 2025", 2025, 4)
APR12C = per("In the 12 months to April 2025", 2025, 4)
MAR12 = per("in the 12 months to March 2025", 2025, 3)
MAY12 = per("in the 12 months to May 2025", 2025, 5)
APR12R = per("in the 12 months to April 2025", 2025, 4)
APR25 = per("in April 2025", 2025, 4)
MAY25 = per("in May 2025", 2025, 5)
NIQ1 = Q("in January to March 2025", 2025, 1)
# 10502 Reuters 1987 (ref Thursday 1987-07-09)
JUN87 = per("in June", 1987, 6)
MAY87 = per("in May", 1987, 5)
H187 = P("in the first half of 1987", "1987-01-01", "1987-06-30")
H186 = P("in the same period last year", "1986-01-01", "1986-06-30")
# 10503 Reuters 2025 (ref Thursday 2025-11-13)
SEP = per("in September", 2025, 9)
AUG = per("in August", 2025, 8)
THU = P("on Thursday", "2025-11-13", "2025-11-13")
# 10504 CNBC (ref Wednesday 2025-07-16)
FTQ = Q("for the quarter", 2025, 2)
YEQ = Q("a year earlier", 2024, 2)
INQ = Q("in the quarter", 2025, 2)
Q324 = Q("in the second quarter of 2024", 2024, 2)
FQ3 = Q("For the third quarter", 2025, 3)
TQ3 = Q("third-quarter", 2025, 3)
FY25 = Y("full-year", 2025)
# 10505 MT Newswires (ref Friday 2025-09-05)
JUL = per("in July", 2025, 7)
JUN = per("in June", 2025, 6)
JULA = per("July", 2025, 7)
EQ2 = Q("in the second quarter", 2025, 2)
# 10506 Trading Economics (ref Tuesday 2025-08-19)
JUL25 = per("in July 2025", 2025, 7)
JJ25 = P("For January to July 2025", "2025-01-01", "2025-07-31")
JJ24 = P("a year earlier", "2024-01-01", "2024-07-31")
# 10507 Investing.com (ref Wednesday 2025-05-14)
ET = P("By 10:40 ET", None, None)
SFY = P("so far this year", "2025-01-01", "2025-05-14")
Y25 = Y("2025", 2025)
Y24 = Y("in 2024", 2024)
THY = Y("this year", 2025)
# 10508 Business Standard (ref Tuesday 2025-06-10)
FY25I = P("in FY25", "2024-04-01", "2025-03-31")
APRI = per("in April", 2025, 4)
APR1 = P("from April 1", "2025-04-01", "2025-04-01")
FY2324 = P("in 2023-24", "2023-04-01", "2024-03-31")
FY2223 = P("a year earlier", "2022-04-01", "2023-03-31")
FY26 = P("in FY26", "2025-04-01", "2026-03-31")
# 10509 DG ENER (ref Thursday 2025-04-10)
IN24 = Y("In 2024", 2024)
in24 = Y("in 2024", 2024)
in23 = Y("in 2023", 2023)
EOY = P("at the end of the year", "2024-12-31", "2024-12-31")
E24 = P("At the end of 2024", "2024-12-31", "2024-12-31")
# 10510 NBS (ref Friday 2023-12-15)
NOV23 = per("In November 2023", 2023, 11)
NOV = per("in November", 2023, 11)
JN = P("From January to November", "2023-01-01", "2023-11-30")
F11 = P("In the first eleven months", "2023-01-01", "2023-11-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_house_price_index_rents.txt': [
        ('3.5%', 1, 3.5, 'percent', 'average UK house prices', UP, YOY, None, APR12, None),
        ('£265,000', 1, 265000, 'GBP', 'average UK house prices', UP, None, None, APR12, None),
        ('6.4%', 1, 6.4, 'percent', 'average UK house prices', None, YOY, None, MAR12, None),
        ('5.4%', 1, 5.4, 'percent', 'average UK house prices', None, YOY, None, MAR12, None),
        ('7.0%', 1, 7.0, 'percent', 'average UK monthly private rents', UP, YOY, None, MAY12, None),
        ('£1,360', 1, 1360, 'GBP', 'average UK monthly private rents', UP, None, None, MAY12, None),
        ('7.4%', 1, 7.4, 'percent', 'average UK monthly private rents', None, YOY, None, APR12R, None),
        ('£222,000', 1, 222000, 'GBP', 'average price paid by first-time buyers', None, None, None, APR25, None),
        ('1.7%', 1, 1.7, 'percent', 'average price paid by first-time buyers', DOWN, MOM, None, APR25, None),
        ('3.2%', 1, 3.2, 'percent', 'average price paid by first-time buyers', UP, YOY, None, APR25, None),
        ('£290,000', 1, 290000, 'GBP', 'average prices in England', UP, None, None, APR12C, ONS),
        ('3.1%', 1, 3.1, 'percent', 'average prices in England', UP, YOY, None, APR12C, ONS),
        ('£208,000', 1, 208000, 'GBP', 'average prices in Wales', UP, None, None, APR12C, ONS),
        ('2.7%', 1, 2.7, 'percent', 'average prices in Wales', UP, YOY, None, APR12C, ONS),
        ('£188,000', 1, 188000, 'GBP', 'average prices in Scotland', UP, None, None, APR12C, ONS),
        ('5.6%', 1, 5.6, 'percent', 'average prices in Scotland', UP, YOY, None, APR12C, ONS),
        ('£182,000', 1, 182000, 'GBP', 'average price in Northern Ireland', None, None, None, NIQ1, ONS),
        ('6.7%', 1, 6.7, 'percent', 'average price in Northern Ireland', UP, YOY, None, NIQ1, ONS),
        ('7.9%', 1, 7.9, 'percent', 'annual house price inflation in the North East', None, YOY, None, APR25, ONS),
        ('6.2%', 1, 6.2, 'percent', 'annual house price inflation in the North West', None, YOY, None, APR25, ONS),
        ('5.0%', 1, 5.0, 'percent', 'annual house price inflation in Yorkshire and The Humber', None, YOY, None, APR25, ONS),
        ('1.6%', 1, 1.6, 'percent', 'prices in London', DOWN, YOY, None, APR25, ONS),
        ('£557,000', 1, 557000, 'GBP', 'average price in London', DOWN, None, None, APR25, ONS),
        ('£1,426', 1, 1426, 'GBP', 'private rents in England', None, None, None, MAY25, ONS),
        ('6.8%', 1, 6.8, 'percent', 'private rents in England', UP, YOY, None, MAY25, ONS),
        ('8.1%', 1, 8.1, 'percent', 'Welsh rents', UP, YOY, None, MAY25, ONS),
        ('£785', 1, 785, 'GBP', 'Welsh rents', UP, None, None, MAY25, ONS),
        ('6.3%', 1, 6.3, 'percent', 'Scottish rents', UP, YOY, None, MAY25, ONS),
        ('£1,011', 1, 1011, 'GBP', 'Scottish rents', UP, None, None, MAY25, ONS),
        ('9.3%', 1, 9.3, 'percent', 'annual rate of rents in London', DOWN, YOY, None, MAY25, ONS),
        ('10.2%', 1, 10.2, 'percent', 'annual rate of rents in London', None, YOY, None, APR25, ONS),
        ('£2,223', 1, 2223, 'GBP', 'average rent in London', None, None, None, MAY25, ONS),
        ('7.6%', 1, 7.6, 'percent', 'rents for one-bedroom homes', UP, YOY, None, MAY12, ONS),
        ('5.2%', 1, 5.2, 'percent', 'rents for four-or-more-bedroom homes', UP, YOY, None, MAY12, ONS),
    ],
    'wire_1987_canada_housing_starts.txt': [
        ('4.1 PCT', 1, 4.1, 'percent', 'Canada housing starts', DOWN, None, None, per('JUNE', 1987, 6), None),
        ('4.1 pct', 1, 4.1, 'percent', 'Canadian housing starts', DOWN, MOM, None, JUN87, CMHC),
        ('238,500 units', 1, 238500, 'count', 'Canadian housing starts', DOWN, None, None, JUN87, CMHC),
        ('248,700', 1, 248700, 'count', 'Canadian housing starts', None, None, None, MAY87, CMHC),
        ('251,200 units', 1, 251200, 'count', 'housing starts', None, None, None, per('May', 1987, 5), CMHC),
        ('5.6 pct', 1, 5.6, 'percent', 'urban starts', DOWN, MOM, None, JUN87, CMHC),
        ('203,900 units', 1, 203900, 'count', 'urban starts', DOWN, None, None, JUN87, CMHC),
        ('2.3 pct', 1, 2.3, 'percent', 'urban singles', DOWN, MOM, None, JUN87, CMHC),
        ('108,400', 1, 108400, 'count', 'urban singles', DOWN, None, None, JUN87, CMHC),
        ('9.1 pct', 1, 9.1, 'percent', 'urban multiples', DOWN, MOM, None, JUN87, CMHC),
        ('95,500', 1, 95500, 'count', 'urban multiples', DOWN, None, None, JUN87, CMHC),
        ('34,600 units', 1, 34600, 'count', 'rural starts', UP, None, None, JUN87, CMHC),
        ('33,100', 1, 33100, 'count', 'rural starts', None, None, None, MAY87, CMHC),
        ('104,320 units', 1, 104320, 'count', 'actual starts in urban centres', None, None, None, H187, CMHC),
        ('11 pct', 1, 11, 'percent', 'actual starts in urban centres', UP, YOY, None, H187, CMHC),
        ('93,980', 1, 93980, 'count', 'actual starts in urban centres', None, None, None, H186, CMHC),
        ('41 pct', 1, 41, 'percent', 'Ontario share of seasonally adjusted urban starts', None, None, None, JUN87, CMHC),
        ('24 pct', 1, 24, 'percent', 'Quebec share of seasonally adjusted urban starts', None, None, None, JUN87, CMHC),
        ('13 pct', 1, 13, 'percent', 'British Columbia share of seasonally adjusted urban starts', None, None, None, JUN87, CMHC),
        ('235,000', 1, 235000, 'count', 'housing starts', None, None, None, Y('1987', 1987), CMHC),
        ('245,000 units', 1, 245000, 'count', 'housing starts', None, None, None, Y('1987', 1987), CMHC),
        ('199,800', 1, 199800, 'count', 'housing starts', None, None, None, Y('in 1986', 1986), CMHC),
        ('11.25 pct', 1, 11.25, 'percent', 'average five-year conventional mortgage rate', UP, None, None, JUN87, BOC),
        ('10.75 pct', 1, 10.75, 'percent', 'average five-year conventional mortgage rate', None, None, None, MAY87, BOC),
    ],
    'wire_2025_south_africa_mining_output.txt': [
        ('4.6%', 1, 4.6, 'percent', 'South African mining output', UP, None, None, SEP, None),
        ('4.6%', 2, 4.6, 'percent', 'mining production', UP, YOY, None, SEP, SSA),
        ('2.0%', 1, 2.0, 'percent', 'mining production', UP, YOY, None, SEP, RTRS),
        ('0.5%', 1, 0.5, 'percent', 'mining production', DOWN, YOY, None, SEP, RTRS),
        ('3.8%', 1, 3.8, 'percent', 'mining production', UP, YOY, None, SEP, RTRS),
        ('3.1%', 1, 3.1, 'percent', 'mining production', UP, YOY, None, AUG, SSA),
        ('2.8%', 1, 2.8, 'percent', 'mining production', None, YOY, None, AUG, SSA),
        ('1.9%', 1, 1.9, 'percent', 'seasonally adjusted output', UP, MOM, None, SEP, SSA),
        ('0.8%', 1, 0.8, 'percent', 'seasonally adjusted output', DOWN, MOM, None, per('the previous month', 2025, 8), SSA),
        ('12.4%', 1, 12.4, 'percent', 'platinum group metals output', UP, YOY, None, SEP, SSA),
        ('4.9 percentage points', 1, 4.9, 'percentage_point', 'PGMs contribution to the headline rate', UP, YOY, None, SEP, SSA),
        ('6.2%', 1, 6.2, 'percent', 'gold production', DOWN, YOY, None, SEP, SSA),
        ('1.1 percentage points', 1, 1.1, 'percentage_point', 'gold contribution to the headline rate', DOWN, YOY, None, SEP, SSA),
        ('2.5%', 1, 2.5, 'percent', 'coal production', DOWN, YOY, None, SEP, SSA),
        ('7.3%', 1, 7.3, 'percent', 'iron ore output', UP, YOY, None, SEP, SSA),
        ('4.0%', 1, 4.0, 'percent', 'manganese ore output', UP, YOY, None, SEP, SSA),
        ('9.8%', 1, 9.8, 'percent', 'chromium ore output', UP, YOY, None, SEP, SSA),
        ('18.7%', 1, 18.7, 'percent', 'mineral sales at current prices', UP, YOY, None, SEP, SSA),
        ('R72.4 billion', 1, 72.4e9, 'ZAR', 'mineral sales at current prices', UP, None, None, SEP, SSA),
        ('39.5%', 1, 39.5, 'percent', 'gold sales', UP, YOY, None, SEP, SSA),
        ('2.7%', 1, 2.7, 'percent', 'mining production', UP, QOQ, None, P('In the three months to September', '2025-07-01', '2025-09-30'), SSA),
        ('17.31', 1, 17.31, 'ZAR', 'rand', None, None, None, THU, SSA),
    ],
    'cnbc_style_airline_quarterly_results.txt': [
        ('$3.87', 1, 3.87, 'USD', 'adjusted earnings per share', None, None, None, None, UAL),
        ('$3.84', 1, 3.84, 'USD', 'adjusted earnings per share', None, None, None, None, LSEG),
        ('$15.24 billion', 1, 15.24e9, 'USD', 'revenue', None, None, None, None, UAL),
        ('$15.21 billion', 1, 15.21e9, 'USD', 'revenue', None, None, None, None, LSEG),
        ('$973 million', 1, 973e6, 'USD', 'net income', DOWN, None, None, FTQ, UAL),
        ('$2.97', 1, 2.97, 'USD', 'net income per share', DOWN, None, None, FTQ, UAL),
        ('$1.32 billion', 1, 1.32e9, 'USD', 'net income', None, None, None, YEQ, UAL),
        ('$3.96', 1, 3.96, 'USD', 'net income per share', None, None, None, YEQ, UAL),
        ('1.7%', 1, 1.7, 'percent', 'operating revenue', UP, YOY, None, FTQ, UAL),
        ('5.9%', 1, 5.9, 'percent', 'available seat miles', UP, YOY, None, INQ, UAL),
        ('4.0%', 1, 4.0, 'percent', 'total revenue per available seat mile', DOWN, YOY, None, INQ, UAL),
        ('5.1%', 1, 5.1, 'percent', 'domestic passenger unit revenue', DOWN, YOY, None, INQ, UAL),
        ('2.6%', 1, 2.6, 'percent', 'Atlantic passenger unit revenue', DOWN, YOY, None, INQ, UAL),
        ('2.3%', 1, 2.3, 'percent', 'cost per available seat mile excluding fuel and special items', UP, YOY, None, INQ, UAL),
        ('$2.28', 1, 2.28, 'USD', 'average price paid for jet fuel', None, None, None, INQ, UAL),
        ('$2.77', 1, 2.77, 'USD', 'average price paid for jet fuel', None, None, None, Q324, UAL),
        ('1.19 billion gallons', 1, 1.19e9, 'gallon', 'jet fuel burned', None, None, None, INQ, UAL),
        ('13.2%', 1, 13.2, 'percent', 'fuel expense', DOWN, YOY, None, INQ, UAL),
        ('$2.71 billion', 1, 2.71e9, 'USD', 'fuel expense', DOWN, None, None, INQ, UAL),
        ('$2.25', 1, 2.25, 'USD', 'adjusted earnings per share', None, None, None, FQ3, UAL),
        ('$2.75', 1, 2.75, 'USD', 'adjusted earnings per share', None, None, None, FQ3, UAL),
        ('$2.68', 1, 2.68, 'USD', 'adjusted earnings per share', None, None, None, FQ3, LSEG),
        ('3%', 1, 3, 'percent', 'capacity', UP, YOY, None, TQ3, UAL),
        ('4%', 1, 4, 'percent', 'capacity', UP, YOY, None, TQ3, UAL),
        ('$9', 1, 9, 'USD', 'earnings per share', None, None, None, FY25, UAL),
        ('$11', 1, 11, 'USD', 'earnings per share', None, None, None, FY25, UAL),
        ('2%', 1, 2, 'percent', 'United shares', UP, None, APPROX, P('Wednesday', '2025-07-16', '2025-07-16'), UAL),
        ('8%', 1, 8, 'percent', 'United stock', DOWN, None, APPROX, P('so far this year', '2025-01-01', '2025-07-16'), UAL),
    ],
    'mt_newswires_eurozone_retail_sales.txt': [
        ('0.5%', 1, 0.5, 'percent', 'Eurozone retail sales', DOWN, None, None, JUL, None),
        ('0.5%', 2, 0.5, 'percent', 'retail trade volumes in the euro area', DOWN, MOM, None, JUL, EUROSTAT),
        ('0.6%', 1, 0.6, 'percent', 'retail trade volumes in the euro area', UP, MOM, None, JUN, EUROSTAT),
        ('0.3%', 1, 0.3, 'percent', 'retail trade volumes in the euro area', UP, MOM, None, JUN, EUROSTAT),
        ('0.2%', 1, 0.2, 'percent', 'retail trade volumes', DOWN, MOM, None, JUL, FACTSET),
        ('2.2%', 1, 2.2, 'percent', 'retail trade volumes', UP, YOY, None, JUL, EUROSTAT),
        ('3.5%', 1, 3.5, 'percent', 'retail trade volumes', UP, YOY, None, JUN, EUROSTAT),
        ('2.5%', 1, 2.5, 'percent', 'retail trade volumes', None, YOY, None, JUL, None),
        ('1.1%', 1, 1.1, 'percent', 'sales of automotive fuel in specialized stores', DOWN, MOM, None, JUL, EUROSTAT),
        ('0.3%', 2, 0.3, 'percent', 'sales of food, drinks and tobacco', DOWN, MOM, None, JUL, EUROSTAT),
        ('0.8%', 1, 0.8, 'percent', 'sales of non-food products excluding fuel', DOWN, MOM, None, JUL, EUROSTAT),
        ('3.4%', 1, 3.4, 'percent', 'non-food volumes', UP, YOY, None, JUL, EUROSTAT),
        ('0.6%', 2, 0.6, 'percent', 'food sales', UP, YOY, None, JUL, EUROSTAT),
        ('-1.5%', 1, -1.5, 'percent', 'retail trade volumes in Germany', DOWN, MOM, None, JUL, EUROSTAT),
        ('-1.4%', 1, -1.4, 'percent', 'retail trade volumes in Slovenia', DOWN, MOM, None, JUL, EUROSTAT),
        ('-1.2%', 1, -1.2, 'percent', 'retail trade volumes in Belgium', DOWN, MOM, None, JUL, EUROSTAT),
        ('+1.9%', 1, 1.9, 'percent', 'retail trade volumes in Malta', UP, MOM, None, JUL, EUROSTAT),
        ('+1.1%', 1, 1.1, 'percent', 'retail trade volumes in Portugal', UP, MOM, None, JUL, EUROSTAT),
        ('0.4%', 1, 0.4, 'percent', 'retail trade volumes in the European Union', DOWN, MOM, None, JULA, EUROSTAT),
        ('2.3%', 1, 2.3, 'percent', 'retail trade volumes in the European Union', UP, YOY, None, JULA, EUROSTAT),
        ('0.2%', 2, 0.2, 'percent', 'euro-area gross domestic product', UP, QOQ, None, EQ2, EUROSTAT),
        ('0.1%', 1, 0.1, 'percent', 'euro-area gross domestic product', None, QOQ, None, EQ2, EUROSTAT),
        ('1.5%', 1, 1.5, 'percent', 'euro-area gross domestic product', UP, YOY, None, EQ2, EUROSTAT),
        ('0.2%', 3, 0.2, 'percent', 'euro', UP, None, None, None, EUROSTAT),
        ('$1.1680', 1, 1.1680, 'USD', 'euro', UP, None, None, None, EUROSTAT),
    ],
    'trading_economics_style_malaysia_trade_balance.txt': [
        ('MYR 12.42 billion', 1, 12.42e9, 'MYR', 'trade surplus', UP, None, None, JUL25, DOSM),
        ('MYR 10.98 billion', 1, 10.98e9, 'MYR', 'trade surplus', None, None, None, per('in the same month a year earlier', 2024, 7), DOSM),
        ('MYR 9.8 billion', 1, 9.8e9, 'MYR', 'trade surplus', None, None, None, JUL25, None),
        ('6.8%', 1, 6.8, 'percent', 'exports', UP, YOY, None, JUL25, DOSM),
        ('MYR 139.57 billion', 1, 139.57e9, 'MYR', 'exports', UP, None, None, JUL25, DOSM),
        ('3.8%', 1, 3.8, 'percent', 'exports', DOWN, YOY, None, per('in June', 2025, 6), DOSM),
        ('0.5%', 1, 0.5, 'percent', 'exports', UP, YOY, None, JUL25, None),
        ('42%', 1, 42, 'percent', 'E&E products share of total exports', None, None, APPROX, JUL25, DOSM),
        ('23.6%', 1, 23.6, 'percent', 'shipments of electrical and electronic (E&E) products', UP, YOY, None, JUL25, DOSM),
        ('25.2%', 1, 25.2, 'percent', 'sales of optical and scientific equipment', UP, YOY, None, JUL25, DOSM),
        ('11.6%', 1, 11.6, 'percent', 'sales of machinery, equipment and parts', UP, YOY, None, JUL25, DOSM),
        ('-19.8%', 1, -19.8, 'percent', 'sales of palm oil and palm-based agriculture products', DOWN, YOY, None, JUL25, DOSM),
        ('-27.4%', 1, -27.4, 'percent', 'sales of crude petroleum', DOWN, YOY, None, JUL25, DOSM),
        ('-6.1%', 1, -6.1, 'percent', 'sales of liquefied natural gas', DOWN, YOY, None, JUL25, DOSM),
        ('0.8%', 1, 0.8, 'percent', 'imports', UP, YOY, None, JUL25, DOSM),
        ('MYR 127.15 billion', 1, 127.15e9, 'MYR', 'imports', UP, None, None, JUL25, DOSM),
        ('4.1%', 1, 4.1, 'percent', 'imports', UP, YOY, None, JUL25, None),
        ('MYR 68.21 billion', 1, 68.21e9, 'MYR', 'trade surplus', DOWN, None, None, JJ25, DOSM),
        ('MYR 77.46 billion', 1, 77.46e9, 'MYR', 'trade surplus', None, None, None, JJ24, DOSM),
        ('3.7%', 1, 3.7, 'percent', 'exports', UP, YOY, None, JJ25, DOSM),
        ('8.9%', 1, 8.9, 'percent', 'imports', UP, YOY, None, JJ25, DOSM),
        ('5,812.43 MYR Million', 1, 5812.43e6, 'MYR', "Malaysia's balance of trade average", None, None, None, P('since 1970', '1970-01-01', '2025-08-19'), DOSM),
        ('31,497.30 MYR Million', 1, 31497.30e6, 'MYR', "Malaysia's balance of trade peak", None, None, None, per('in July of 2022', 2022, 7), DOSM),
        ('-1,287.70 MYR Million', 1, -1287.70e6, 'MYR', "Malaysia's balance of trade trough", None, None, None, per('in April of 1997', 1997, 4), DOSM),
        ('MYR 11.50 billion', 1, 11.50e9, 'MYR', 'trade balance', None, None, None, P('by the end of this quarter', '2025-09-30', '2025-09-30'), TE),
        ('MYR 12.80 billion', 1, 12.80e9, 'MYR', 'trade balance', None, None, APPROX, Y('in 2026', 2026), TE),
    ],
    'investing_style_palladium_platinum_futures.txt': [
        ('1.9%', 1, 1.9, 'percent', 'NYMEX platinum futures for July delivery', UP, None, None, ET, None),
        ('$1,004.30', 1, 1004.30, 'USD', 'NYMEX platinum futures for July delivery', UP, None, None, ET, None),
        ('1.6%', 1, 1.6, 'percent', 'spot platinum', UP, None, None, ET, None),
        ('$998.15', 1, 998.15, 'USD', 'spot platinum', UP, None, None, ET, None),
        ('0.7%', 1, 0.7, 'percent', 'palladium futures for June', DOWN, None, None, ET, None),
        ('$958.50', 1, 958.50, 'USD', 'palladium futures for June', DOWN, None, None, ET, None),
        ('$962.40', 1, 962.40, 'USD', 'spot palladium', None, None, None, ET, None),
        ('11%', 1, 11, 'percent', 'platinum', UP, None, APPROX, SFY, None),
        ('6%', 1, 6, 'percent', 'palladium', UP, None, APPROX, SFY, None),
        ('966,000 ounces', 1, 966000, 'ounce', 'platinum market deficit', None, None, None, Y25, WPIC),
        ('12%', 1, 12, 'percent', 'deficit share of demand', None, None, APPROX, Y25, WPIC),
        ('995,000-ounce', 1, 995000, 'ounce', 'platinum market shortfall', UP, None, None, Y24, WPIC),
        ('942,000 ounces', 1, 942000, 'ounce', 'platinum market shortfall', None, None, None, Y24, WPIC),
        ('4%', 1, 4, 'percent', 'total platinum demand', DOWN, None, None, THY, WPIC),
        ('7,863 koz', 1, 7863e3, 'ounce', 'total platinum demand', DOWN, None, None, THY, WPIC),
        ('2%', 1, 2, 'percent', 'automotive demand', DOWN, None, None, THY, WPIC),
        ('3,107 koz', 1, 3107e3, 'ounce', 'automotive demand', DOWN, None, None, THY, WPIC),
        ('6%', 2, 6, 'percent', 'mine supply', DOWN, None, None, THY, WPIC),
        ('5,395 koz', 1, 5395e3, 'ounce', 'mine supply', DOWN, None, None, THY, WPIC),
        ('42.7%', 1, 42.7, 'percent', 'new energy vehicles share of vehicle sales in China', UP, None, None, per('in April', 2025, 4), CAAM),
        ('33.8%', 1, 33.8, 'percent', 'new energy vehicles share of vehicle sales in China', None, None, None, per('a year earlier', 2024, 4), CAAM),
        ('$900', 1, 900, 'USD', 'platinum price', None, None, None, P('for the rest of 2025', '2025-05-14', '2025-12-31'), HERAEUS),
        ('$1,150', 1, 1150, 'USD', 'platinum price', None, None, None, P('for the rest of 2025', '2025-05-14', '2025-12-31'), HERAEUS),
    ],
    'business_standard_style_dairy_milk_procurement.txt': [
        ('6.2%', 1, 6.2, 'percent', 'milk procurement by cooperatives', UP, None, None, FY25I, None),
        ('6.2 per cent', 1, 6.2, 'percent', 'milk procurement by dairy cooperatives', UP, YOY, None, FY25I, NDDB),
        ('638 lakh litres per day', 1, 63.8e6, 'litre per day', 'milk procurement by dairy cooperatives', UP, None, None, FY25I, NDDB),
        ('45 per cent', 1, 45, 'percent', "Gujarat's cooperatives share of milk procurement", None, None, APPROX, None, NDDB),
        ('13 per cent', 1, 13, 'percent', 'Karnataka share of milk procurement', None, None, None, None, NDDB),
        ('8 per cent', 1, 8, 'percent', 'Maharashtra share of milk procurement', None, None, None, None, NDDB),
        ('310 LLPD', 1, 31e6, 'litre per day', 'milk collected by GCMMF member unions', None, None, None, APRI, GCMMF),
        ('7.3 per cent', 1, 7.3, 'percent', 'milk collected by GCMMF member unions', UP, YOY, None, APRI, GCMMF),
        ('340 LLPD', 1, 34e6, 'litre per day', 'GCMMF milk intake', None, None, MORE, per('in March', 2025, 3), GCMMF),
        ('₹10', 1, 10, 'INR', 'price GCMMF pays farmers', UP, None, None, APR1, GCMMF),
        ('₹850', 1, 850, 'INR', 'price GCMMF pays farmers', UP, None, None, APR1, GCMMF),
        ('₹35', 1, 35, 'INR', 'minimum price for cow milk in Maharashtra', None, None, None, APR1, GOMH),
        ('2.8 per cent', 1, 2.8, 'percent', 'annual inflation in milk and products', DOWN, YOY, None, APRI, MOSPI),
        ('3.2 per cent', 1, 3.2, 'percent', 'annual inflation in milk and products', None, YOY, None, per('in March', 2025, 3), MOSPI),
        ('239.3 million tonnes', 1, 239.3e6, 'tonne', "India's milk production", None, None, None, FY2324, DAHD),
        ('3.8 per cent', 1, 3.8, 'percent', "India's milk production", UP, YOY, None, FY2324, DAHD),
        ('230.6 mt', 1, 230.6e6, 'tonne', "India's milk production", None, None, None, FY2223, DAHD),
        ('a quarter', 1, 0.25, 'fraction', 'India share of global milk output', None, None, APPROX, FY2324, DAHD),
        ('471 grams per day', 1, 471, 'gram per day', 'per capita milk availability', UP, None, None, FY2324, DAHD),
        ('459 grams', 1, 459, 'gram per day', 'per capita milk availability', None, None, None, FY2223, DAHD),
        ('13', 2, 13, 'percent', "dairy companies' revenue", UP, None, None, FY26, CRISIL),
        ('14 per cent', 1, 14, 'percent', "dairy companies' revenue", UP, None, None, FY26, CRISIL),
    ],
    'eu_energy_style_offshore_wind_auctions.txt': [
        ('2.6 GW', 1, 2.6, 'gigawatt', 'offshore wind capacity commissioned in the EU', UP, None, None, IN24, None),
        ('2.3 GW', 1, 2.3, 'gigawatt', 'offshore wind capacity commissioned in the EU', None, None, None, in23, None),
        ('19.4 GW', 1, 19.4, 'gigawatt', 'installed offshore fleet', UP, None, None, EOY, None),
        ('0.8 GW', 1, 0.8, 'gigawatt', 'offshore capacity connected in France', None, None, None, IN24, None),
        ('0.7 GW', 1, 0.7, 'gigawatt', 'offshore capacity connected in Germany', None, None, None, IN24, None),
        ('0.6 GW', 1, 0.6, 'gigawatt', 'offshore capacity connected in the Netherlands', None, None, None, IN24, None),
        ('9.2 GW', 1, 9.2, 'gigawatt', 'offshore fleet in Germany', None, None, None, E24, None),
        ('4.7 GW', 1, 4.7, 'gigawatt', 'offshore fleet in the Netherlands', None, None, None, E24, None),
        ('8.9 GW', 1, 8.9, 'gigawatt', 'offshore capacity allocated in tenders', None, None, None, in24, None),
        ('six', 1, 6, 'count', 'Member States allocating offshore capacity in tenders', None, None, None, in24, None),
        ('10.1 GW', 1, 10.1, 'gigawatt', 'offshore capacity allocated in tenders', None, None, None, in23, None),
        ('EUR 3.0 bn', 1, 3.0e9, 'EUR', 'dynamic bidding payments in German offshore auctions', DOWN, None, None, Y('2024', 2024), None),
        ('EUR 12.6 bn', 1, 12.6e9, 'EUR', 'dynamic bidding payments in German offshore auctions', None, None, None, in23, None),
        ('3 GW', 1, 3, 'gigawatt', "capacity of Denmark's North Sea tender", None, None, None, per('in December', 2024, 12), None),
        ('58 TWh', 1, 58, 'terawatt hour', 'EU offshore wind generation', None, None, None, in24, ENTSOE),
        ('9%', 1, 9, 'percent', 'EU offshore wind generation', UP, YOY, None, in24, ENTSOE),
        ('36.1%', 1, 36.1, 'percent', 'average capacity factor of EU offshore wind farms', None, None, None, in24, ENTSOE),
        ('34.8%', 1, 34.8, 'percent', 'average capacity factor of EU offshore wind farms', None, None, None, in23, ENTSOE),
        ('44.5%', 1, 44.5, 'percent', 'offshore wind capacity factor', UP, None, None, Q('In the fourth quarter of 2024', 2024, 4), ENTSOE),
        ('27.9%', 1, 27.9, 'percent', 'offshore wind capacity factor', None, None, None, Q('in the third quarter', 2024, 3), ENTSOE),
        ('EUR 18.7 bn', 1, 18.7e9, 'EUR', 'final investment decisions on EU offshore wind farms', None, None, None, in24, WE),
        ('5.1 GW', 1, 5.1, 'gigawatt', 'capacity covered by final investment decisions', None, None, None, in24, WE),
        ('EUR 24.6 bn', 1, 24.6e9, 'EUR', 'final investment decisions on EU offshore wind farms', None, None, None, in23, WE),
        ('6.4 GW', 1, 6.4, 'gigawatt', 'capacity covered by final investment decisions', None, None, None, in23, WE),
        ('EUR 3.7 million', 1, 3.7e6, 'EUR', 'implied investment cost per MW', UP, None, APPROX, in24, WE),
        ('111 GW', 1, 111, 'gigawatt', 'offshore wind goal of coastal Member States', None, None, APPROX, Y('by 2030', 2030), None),
        ('317 GW', 1, 317, 'gigawatt', 'offshore wind goal of coastal Member States', None, None, APPROX, Y('by 2050', 2050), None),
    ],
    'nbs_style_retail_sales_consumer_goods_categories.txt': [
        ('10.1 Percent', 1, 10.1, 'percent', 'Total Retail Sales of Consumer Goods', UP, None, None, per('in November 2023', 2023, 11), None),
        ('4,271.9 billion yuan', 1, 4271.9e9, 'CNY', 'total retail sales of consumer goods', None, None, None, NOV23, NBS),
        ('10.1 percent', 1, 10.1, 'percent', 'total retail sales of consumer goods', UP, YOY, None, NOV23, NBS),
        ('0.87 percent', 1, 0.87, 'percent', 'total retail sales', UP, MOM, None, NOV23, NBS),
        ('42,780.4 billion yuan', 1, 42780.4e9, 'CNY', 'total retail sales of consumer goods', None, None, None, JN, NBS),
        ('7.2 percent', 1, 7.2, 'percent', 'total retail sales of consumer goods', UP, YOY, None, JN, NBS),
        ('3,702.8 billion yuan', 1, 3702.8e9, 'CNY', 'retail sales in urban areas', None, None, None, NOV, NBS),
        ('10.0 percent', 1, 10.0, 'percent', 'retail sales in urban areas', UP, YOY, None, NOV, NBS),
        ('569.1 billion yuan', 1, 569.1e9, 'CNY', 'retail sales in rural areas', None, None, None, NOV, NBS),
        ('10.6 percent', 1, 10.6, 'percent', 'retail sales in rural areas', UP, YOY, None, NOV, NBS),
        ('7.1 percent', 1, 7.1, 'percent', 'urban retail sales', UP, YOY, None, F11, NBS),
        ('8.0 percent', 1, 8.0, 'percent', 'rural retail sales', UP, YOY, None, F11, NBS),
        ('497.6 billion yuan', 1, 497.6e9, 'CNY', 'catering revenue', None, None, None, NOV, NBS),
        ('25.8 percent', 1, 25.8, 'percent', 'catering revenue', UP, YOY, None, NOV, NBS),
        ('3,774.3 billion yuan', 1, 3774.3e9, 'CNY', 'retail sales of goods', None, None, None, NOV, NBS),
        ('8.0 percent', 2, 8.0, 'percent', 'retail sales of goods', UP, YOY, None, NOV, NBS),
        ('10.7 percent', 1, 10.7, 'percent', 'retail sales of gold, silver and jewelry', UP, YOY, None, NOV, NBS),
        ('1.1 percent', 1, 1.1, 'percent', 'retail sales of household appliances and audio-video equipment', UP, YOY, None, NOV, NBS),
        ('14.7 percent', 1, 14.7, 'percent', 'retail sales of automobiles', UP, YOY, None, NOV, NBS),
        ('12.2 percent', 1, 12.2, 'percent', 'retail sales of building and decoration materials', DOWN, YOY, None, NOV, NBS),
        ('10.9 percent', 1, 10.9, 'percent', 'retail sales of cultural and office supplies', DOWN, YOY, None, NOV, NBS),
        ('14,004.2 billion yuan', 1, 14004.2e9, 'CNY', 'national online retail sales', None, None, None, JN, NBS),
        ('11.0 percent', 1, 11.0, 'percent', 'national online retail sales', UP, YOY, None, JN, NBS),
        ('11,789.5 billion yuan', 1, 11789.5e9, 'CNY', 'physical goods sold online', None, None, None, JN, NBS),
        ('8.5 percent', 1, 8.5, 'percent', 'physical goods sold online', UP, YOY, None, JN, NBS),
        ('27.6 percent', 1, 27.6, 'percent', 'physical goods sold online share of total retail sales of consumer goods', None, None, None, JN, NBS),
        ('11.3 percent', 1, 11.3, 'percent', 'online sales of food', UP, YOY, None, JN, NBS),
        ('9.9 percent', 1, 9.9, 'percent', 'online sales of wearing apparel', UP, YOY, None, JN, NBS),
        ('7.5 percent', 1, 7.5, 'percent', 'online sales of articles of daily use', UP, YOY, None, JN, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
