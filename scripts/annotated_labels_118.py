# ruff: noqa: E501, RUF001
"""Write corpus/annotated_118/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_118.py corpus/annotated_118
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
BOE = "Bank of England"
FSO = "Federal Statistical Office"
BUBA = "Deutsche Bundesbank"
BOJ = "Bank of Japan"
REU = "Reuters"
GVM = "Greenvale Markets"
LSEG = "LSEG"
SA = "StreetAccount"
TE = "Trading Economics"
BOK = "Bank of Korea"
FAO = "Food and Agriculture Organization of the United Nations"
APEDA = "Agricultural and Processed Food Products Export Development Authority"
TREA = "The Rice Exporters Association"
ESTAT = "Eurostat"
ENTSOE = "European Network of Transmission System Operators for Electricity"
ENTSOG = "European Network of Transmission System Operators for Gas"
GIE = "Gas Infrastructure Europe"
NBS = "National Bureau of Statistics"
YOY, MOM, QOQ, POP = "year_on_year", "month_on_month", "quarter_on_quarter", "period_on_period"
UP, DOWN = "increase", "decrease"
APPROX = "approximately"

# 11801 ONS trade in goods price indices (ref Wednesday 2025-10-22)
M12S = per("in the 12 months to September 2025", 2025, 9)
M12A = per("in the 12 months to August 2025", 2025, 8)
YTS = per("in the year to September 2025", 2025, 9)
BAS = per("Between August and September 2025", 2025, 9)
SEP25 = per("in September 2025", 2025, 9)
ISEP = per("in September", 2025, 9)
AUG25 = per("in August 2025", 2025, 8)
# 11802 Reuters 1987 (ref Friday 1987-07-24)
JUN = per("in June", 1987, 6)
IMAY = per("In May", 1987, 5)
H187 = P("in the first half of 1987", "1987-01-01", "1987-06-30")
Y87 = Y("for 1987 as a whole", 1987)
# 11803 Reuters 2025 (ref Thursday 2025-11-13)
OCT = per("in October", 2025, 10)
IOCT = per("In October", 2025, 10)
SEPT = per("in September", 2025, 9)
DEC = per("in December", 2025, 12)
# 11804 CNBC (ref Thursday 2025-11-06)
THU = P("on Thursday", "2025-11-06", "2025-11-06")
FTQ = Q("for the quarter", 2025, 3)
INQ = Q("in the quarter", 2025, 3)
YE24 = Q("a year earlier", 2024, 3)
FY = Y("full-year", 2025)
# 11805 MT Newswires (ref Friday 2025-11-14)
MOCT = per("in October", 2025, 10)
MSEP = per("in September", 2025, 9)
MIOCT = per("In October", 2025, 10)
# 11806 Trading Economics (ref Friday 2025-12-12)
NOV25 = per("in November 2025", 2025, 11)
TOCT = per("in October", 2025, 10)
# 11807 Investing.com (ref Friday 2025-12-05)
ET = P("By 10:45 ET", None, None)
NOV = per("in November", 2025, 11)
Y25 = Y("in 2025", 2025)
# 11808 Business Standard (ref Thursday 2025-11-20)
H1 = P("in the first half of 2025-26", "2025-04-01", "2025-09-30")
H1B = P("in H1FY26", "2025-04-01", "2025-09-30")
AS = P("in April-September", "2025-04-01", "2025-09-30")
YA = P("a year ago", "2024-04-01", "2024-09-30")
YE = P("a year earlier", "2024-04-01", "2024-09-30")
FY26 = P("in FY26", "2025-04-01", "2026-03-31")
# 11809 DG ENER (ref Wednesday 2025-12-17)
Q325 = Q("In the third quarter of 2025", 2025, 3)
EQ = Q("in the quarter", 2025, 3)
JS = P("in July-September", "2025-07-01", "2025-09-30")
GQ3 = Q("in Q3-2025", 2025, 3)
S30 = P("on 30 September", "2025-09-30", "2025-09-30")
# 11810 NBS (ref Monday 2025-10-20)
NQ3 = Q("In the third quarter of 2025", 2025, 3)
ITQ = Q("In the third quarter", 2025, 3)
ITQL = Q("in the third quarter", 2025, 3)
F3Q = P("In the first three quarters", "2025-01-01", "2025-09-30")
JTS = P("From January to September", "2025-01-01", "2025-09-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_trade_in_goods_price_indices.txt': [
        ('1.2%', 1, 1.2, 'percent', 'price of goods imported into the UK', DOWN, YOY, None, M12S, None),
        ('0.8%', 1, 0.8, 'percent', 'price of goods imported into the UK', DOWN, YOY, None, M12A, None),
        ('0.6%', 1, 0.6, 'percent', 'export prices for goods', UP, YOY, None, YTS, None),
        ('1.1%', 1, 1.1, 'percent', 'export prices for goods', None, YOY, None, per('in August', 2025, 8), None),
        ('0.3%', 1, 0.3, 'percent', 'import prices', DOWN, MOM, None, BAS, None),
        ('9.4%', 1, 9.4, 'percent', 'import prices of fuels', DOWN, YOY, None, YTS, ONS),
        ('3.7%', 1, 3.7, 'percent', 'imported food, beverages and tobacco prices', UP, YOY, None, YTS, ONS),
        ('0.1%', 1, 0.1, 'percent', 'import prices excluding fuels', DOWN, YOY, None, YTS, ONS),
        ('14.2%', 1, 14.2, 'percent', 'prices of imported metals and metal ores', UP, YOY, None, None, ONS),
        ('2.9%', 1, 2.9, 'percent', 'prices of imported chemicals', UP, YOY, None, None, ONS),
        ('1.6%', 1, 1.6, 'percent', 'prices of imported textiles', UP, YOY, None, None, ONS),
        ('11.8%', 1, 11.8, 'percent', 'export prices of crude oil', DOWN, YOY, None, ISEP, ONS),
        ('0.7%', 1, 0.7, 'percent', 'export prices of cars', DOWN, YOY, None, ISEP, ONS),
        ('2.4%', 1, 2.4, 'percent', 'export prices of machinery and transport equipment excluding cars', UP, YOY, None, ISEP, ONS),
        ('82.1', 1, 82.1, 'index_point', 'sterling effective exchange rate index', None, None, None, SEP25, BOE),
        ('1.5%', 1, 1.5, 'percent', 'sterling effective exchange rate index', UP, YOY, APPROX, SEP25, BOE),
        ('1.8%', 1, 1.8, 'percent', 'terms of trade', UP, YOY, None, YTS, ONS),
        ('101.6', 1, 101.6, 'index_point', 'terms of trade', UP, None, None, YTS, ONS),
        ('0.6%', 2, 0.6, 'percent', 'annual rate for import prices', DOWN, YOY, None, AUG25, ONS),
        ('0.8%', 2, 0.8, 'percent', 'annual rate for import prices', DOWN, YOY, None, AUG25, ONS),
        ('3', 1, 3, 'count', 'product groups with late survey returns', None, None, None, AUG25, ONS),
    ],
    'wire_1987_west_german_import_prices.txt': [
        ('0.3 PCT', 1, 0.3, 'percent', 'West German import prices', DOWN, None, None, per('IN JUNE', 1987, 6), None),
        ('0.3 pct', 1, 0.3, 'percent', 'West German import prices', DOWN, MOM, None, JUN, FSO),
        ('11.4 pct', 1, 11.4, 'percent', 'West German import prices', DOWN, YOY, None, JUN, FSO),
        ('0.5 pct', 1, 0.5, 'percent', 'import prices', UP, MOM, None, IMAY, FSO),
        ('13.0 pct', 1, 13.0, 'percent', 'import prices', DOWN, YOY, None, IMAY, FSO),
        ('84.6', 1, 84.6, 'index_point', 'import price index', None, None, None, JUN, FSO),
        ('84.9', 1, 84.9, 'index_point', 'import price index', None, None, None, per('in May', 1987, 5), FSO),
        ('95.5', 1, 95.5, 'index_point', 'import price index', None, None, None, per('a year earlier', 1986, 6), FSO),
        ('2.1 pct', 1, 2.1, 'percent', 'import prices of crude oil', DOWN, MOM, None, JUN, FSO),
        ('1.6 pct', 1, 1.6, 'percent', 'import prices of oil products', DOWN, MOM, None, JUN, FSO),
        ('24.5 pct', 1, 24.5, 'percent', 'energy import prices', DOWN, YOY, None, JUN, FSO),
        ('0.8 pct', 1, 0.8, 'percent', 'prices of imported agricultural products', DOWN, MOM, None, JUN, FSO),
        ('9.7 pct', 1, 9.7, 'percent', 'prices of imported agricultural products', DOWN, YOY, None, JUN, FSO),
        ('6.2 pct', 1, 6.2, 'percent', 'prices of imported manufactured goods', DOWN, YOY, None, JUN, FSO),
        ('1.9 pct', 1, 1.9, 'percent', 'export prices', DOWN, YOY, None, JUN, FSO),
        ('108.9', 1, 108.9, 'index_point', 'export price index', None, None, None, JUN, FSO),
        ('four pct', 1, 4, 'percent', 'import prices in mark terms', DOWN, None, APPROX, H187, FSO),
        ('one-fifth', 1, 0.2, 'fraction', 'dollar-denominated imports share of the total', None, None, APPROX, H187, FSO),
        ('18 pct', 1, 18, 'percent', 'prices of dollar-denominated imports', DOWN, YOY, None, H187, FSO),
        ('seven', 1, 7, 'percent', 'import prices', DOWN, YOY, None, Y87, BUBA),
        ('eight pct', 1, 8, 'percent', 'import prices', DOWN, YOY, None, Y87, BUBA),
    ],
    'wire_2025_japan_wholesale_prices_cgpi.txt': [
        ('2.7%', 1, 2.7, 'percent', "Japan's wholesale inflation", UP, None, None, None, None),
        ('2.7%', 2, 2.7, 'percent', "Japan's wholesale prices", UP, YOY, None, OCT, BOJ),
        ('2.5%', 1, 2.5, 'percent', "Japan's wholesale prices", UP, YOY, None, OCT, REU),
        ('2.6%', 1, 2.6, 'percent', 'wholesale inflation', UP, YOY, None, per('for September', 2025, 9), BOJ),
        ('2.5%', 2, 2.5, 'percent', 'wholesale inflation', None, YOY, None, per('for September', 2025, 9), BOJ),
        ('0.4%', 1, 0.4, 'percent', 'corporate goods price index (CGPI)', UP, MOM, None, OCT, BOJ),
        ('0.2%', 1, 0.2, 'percent', 'corporate goods price index (CGPI)', None, MOM, None, OCT, None),
        ('0.3%', 1, 0.3, 'percent', 'corporate goods price index (CGPI)', UP, MOM, None, SEPT, BOJ),
        ('127.4', 1, 127.4, 'index_point', 'corporate goods price index', None, None, None, OCT, BOJ),
        ('14.6%', 1, 14.6, 'percent', 'prices of agricultural, forestry and fishery products', UP, YOY, None, OCT, BOJ),
        ('41.0%', 1, 41.0, 'percent', 'prices of rice', UP, YOY, None, OCT, BOJ),
        ('12.8%', 1, 12.8, 'percent', 'prices of non-ferrous metals', UP, YOY, None, OCT, BOJ),
        ('4.9%', 1, 4.9, 'percent', 'prices of petroleum and coal products', DOWN, YOY, None, OCT, BOJ),
        ('316', 1, 316, 'count', 'items with rising prices', None, None, None, IOCT, BOJ),
        ('152', 1, 152, 'count', 'items with falling prices', None, None, None, IOCT, BOJ),
        ('1.1%', 1, 1.1, 'percent', 'yen-based import price index', UP, YOY, None, OCT, BOJ),
        ('2.3%', 1, 2.3, 'percent', 'import prices in contract-currency terms', DOWN, YOY, None, OCT, BOJ),
        ('0.9%', 1, 0.9, 'percent', 'export prices in yen terms', UP, YOY, None, OCT, BOJ),
        ('0.5%', 1, 0.5, 'percent', 'short-term interest rates', None, None, None, P('at its Oct. 29-30 meeting', '2025-10-29', '2025-10-30'), BOJ),
        ('60%', 1, 60, 'percent', 'chance of a hike', None, None, APPROX, DEC, None),
        ('0.75%', 1, 0.75, 'percent', 'short-term interest rates', UP, None, None, DEC, None),
    ],
    'cnbc_style_grocery_chain_food_inflation_results.txt': [
        ('7%', 1, 7, 'percent', 'Greenvale Markets shares', UP, None, APPROX, THU, GVM),
        ('$1.12', 1, 1.12, 'USD', 'adjusted earnings per share', None, None, None, None, GVM),
        ('$1.03', 1, 1.03, 'USD', 'adjusted earnings per share', None, None, None, None, None),
        ('$12.84 billion', 1, 12.84e9, 'USD', 'revenue', None, None, None, None, GVM),
        ('$12.71 billion', 1, 12.71e9, 'USD', 'revenue', None, None, None, None, None),
        ('3.6%', 1, 3.6, 'percent', 'identical sales excluding fuel', None, None, None, None, GVM),
        ('3.1%', 1, 3.1, 'percent', 'identical sales excluding fuel', None, None, None, None, SA),
        ('$486 million', 1, 486e6, 'USD', 'net income', UP, None, None, FTQ, GVM),
        ('$1.08', 1, 1.08, 'USD', 'net income per share', UP, None, None, FTQ, GVM),
        ('$431 million', 1, 431e6, 'USD', 'net income', None, None, None, YE24, GVM),
        ('94 cents', 1, 0.94, 'USD', 'net income per share', None, None, None, YE24, GVM),
        ('4.2%', 1, 4.2, 'percent', 'revenue', UP, YOY, None, FTQ, GVM),
        ('30 basis points', 1, 30, 'basis_point', 'tariff impact on the cost of goods sold', UP, None, APPROX, INQ, GVM),
        ('2.5%', 1, 2.5, 'percent', "food inflation in the company's stores", UP, YOY, APPROX, INQ, GVM),
        ('1.8%', 1, 1.8, 'percent', "food inflation in the company's stores", None, YOY, None, Q('in the second quarter', 2025, 2), GVM),
        ('12%', 1, 12, 'percent', 'beef prices', UP, YOY, None, INQ, GVM),
        ('18%', 1, 18, 'percent', 'coffee prices', UP, YOY, None, INQ, GVM),
        ('9%', 1, 9, 'percent', 'chocolate prices', UP, YOY, None, INQ, GVM),
        ('22.4%', 1, 22.4, 'percent', 'gross margin', DOWN, None, None, INQ, GVM),
        ('22.7%', 1, 22.7, 'percent', 'gross margin', None, None, None, YE24, GVM),
        ('15%', 1, 15, 'percent', 'digital sales', UP, YOY, None, INQ, GVM),
        ('a tenth', 1, 0.1, 'fraction', 'digital sales share of total sales', None, None, 'more_than', INQ, GVM),
        ('3.2%', 1, 3.2, 'percent', 'identical sales growth excluding fuel', UP, None, None, FY, GVM),
        ('3.5%', 1, 3.5, 'percent', 'identical sales growth excluding fuel', UP, None, None, FY, GVM),
        ('2.7%', 1, 2.7, 'percent', 'identical sales growth excluding fuel', None, None, None, FY, GVM),
        ('3.2%', 2, 3.2, 'percent', 'identical sales growth excluding fuel', None, None, None, FY, GVM),
        ('$4.60', 1, 4.60, 'USD', 'adjusted earnings per share', None, None, None, FY, GVM),
        ('$4.70', 1, 4.70, 'USD', 'adjusted earnings per share', None, None, None, FY, GVM),
        ('$4.58', 1, 4.58, 'USD', 'adjusted earnings per share', None, None, None, FY, LSEG),
    ],
    'mt_newswires_germany_wholesale_prices.txt': [
        ('1.5%', 1, 1.5, 'percent', 'German wholesale prices', UP, YOY, None, MOCT, None),
        ('1.5%', 2, 1.5, 'percent', 'wholesale selling prices in Germany', UP, YOY, None, MOCT, FSO),
        ('1.1%', 1, 1.1, 'percent', 'wholesale selling prices in Germany', UP, YOY, None, MSEP, FSO),
        ('1.2%', 1, 1.2, 'percent', 'wholesale selling prices in Germany', UP, YOY, None, MOCT, TE),
        ('0.3%', 1, 0.3, 'percent', 'wholesale prices', UP, MOM, None, MOCT, FSO),
        ('+0.1%', 1, 0.1, 'percent', 'wholesale prices', UP, MOM, None, MSEP, FSO),
        ('130.2', 1, 130.2, 'index_point', 'wholesale price index', UP, None, None, MOCT, FSO),
        ('4.4%', 1, 4.4, 'percent', 'food, beverages and tobacco prices at wholesale', UP, YOY, None, None, FSO),
        ('+18.9%', 1, 18.9, 'percent', 'wholesale prices of coffee, tea, cocoa and spices', UP, YOY, None, None, FSO),
        ('+6.1%', 1, 6.1, 'percent', 'wholesale prices of meat and meat products', UP, YOY, None, None, FSO),
        ('3.8%', 1, 3.8, 'percent', 'wholesale prices of dairy products and edible oils', DOWN, YOY, None, None, FSO),
        ('5.7%', 1, 5.7, 'percent', 'wholesale prices of solid fuels and mineral oil products', DOWN, YOY, None, MIOCT, FSO),
        ('7.0%', 1, 7.0, 'percent', 'wholesale prices of ferrous and non-ferrous metals and ores', UP, YOY, None, MIOCT, FSO),
        ('2.2%', 1, 2.2, 'percent', 'wholesale prices of computers, peripherals and software', DOWN, YOY, None, MIOCT, FSO),
        ('1.0%', 1, 1.0, 'percent', 'wholesale prices', UP, YOY, None, P('In the first ten months of 2025', '2025-01-01', '2025-10-31'), FSO),
        ('1.4%', 1, 1.4, 'percent', 'import prices', DOWN, YOY, None, MSEP, FSO),
        ('1.0%', 2, 1.0, 'percent', 'import prices', DOWN, YOY, None, per('in August', 2025, 8), FSO),
    ],
    'trading_economics_style_south_korea_import_prices.txt': [
        ('2.4%', 1, 2.4, 'percent', 'import prices in South Korea', UP, YOY, None, NOV25, None),
        ('0.8%', 1, 0.8, 'percent', 'import prices in South Korea', UP, YOY, None, per('in the previous month', 2025, 10), None),
        ('3.6%', 1, 3.6, 'percent', 'import prices of raw materials', UP, YOY, None, NOV25, BOK),
        ('0.9%', 1, 0.9, 'percent', 'import prices of raw materials', None, YOY, None, TOCT, BOK),
        ('2.1%', 1, 2.1, 'percent', 'import prices of intermediate goods', UP, YOY, None, NOV25, BOK),
        ('0.7%', 1, 0.7, 'percent', 'import prices of intermediate goods', None, YOY, None, TOCT, BOK),
        ('1.8%', 1, 1.8, 'percent', 'import prices of capital goods', UP, YOY, None, NOV25, BOK),
        ('1.2%', 1, 1.2, 'percent', 'import prices of capital goods', None, YOY, None, TOCT, BOK),
        ('2.9%', 1, 2.9, 'percent', 'import prices of consumer goods', UP, YOY, None, NOV25, BOK),
        ('2.6%', 1, 2.6, 'percent', 'import prices', UP, MOM, None, NOV25, BOK),
        ('1.1%', 1, 1.1, 'percent', 'import prices', UP, MOM, None, TOCT, BOK),
        ('1.5%', 1, 1.5, 'percent', 'import prices', UP, MOM, None, NOV25, None),
        ('3.0%', 1, 3.0, 'percent', 'export prices', UP, YOY, None, NOV25, BOK),
        ('18.4%', 1, 18.4, 'percent', 'export prices of semiconductors', UP, YOY, None, NOV25, BOK),
        ('2.98 percent', 1, 2.98, 'percent', 'Import Prices in South Korea average', None, None, None, P('from 2000 until 2025', '2000-01-01', '2025-12-31'), BOK),
        ('50.60 percent', 1, 50.60, 'percent', 'Import Prices in South Korea all time high', None, None, None, per('in June of 2008', 2008, 6), BOK),
        ('-22.30 percent', 1, -22.30, 'percent', 'Import Prices in South Korea record low', DOWN, None, None, per('in October of 2009', 2009, 10), BOK),
        ('1.20 percent', 1, 1.20, 'percent', 'Import Prices in South Korea', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('0.80 percent', 1, 0.80, 'percent', 'South Korea Import Prices YoY', None, None, APPROX, Y('in 2026', 2026), TE),
        ('1.50 percent', 1, 1.50, 'percent', 'South Korea Import Prices YoY', None, None, APPROX, Y('in 2027', 2027), TE),
    ],
    'investing_style_fao_food_price_index_grains.txt': [
        ('4.25 cents', 1, 0.0425, 'USD', 'Chicago Board of Trade March wheat futures', UP, None, None, ET, None),
        ('0.8%', 1, 0.8, 'percent', 'Chicago Board of Trade March wheat futures', UP, None, None, ET, None),
        ('$5.3950', 1, 5.395, 'USD', 'Chicago Board of Trade March wheat futures', UP, None, None, ET, None),
        ('0.5%', 1, 0.5, 'percent', 'March corn', UP, None, None, ET, None),
        ('$4.4725', 1, 4.4725, 'USD', 'March corn', UP, None, None, ET, None),
        ('0.2%', 1, 0.2, 'percent', 'January soybeans', DOWN, None, None, ET, None),
        ('1.3%', 1, 1.3, 'percent', 'raw sugar futures on ICE', DOWN, None, None, ET, None),
        ('14.62 cents', 1, 0.1462, 'USD', 'raw sugar futures on ICE', DOWN, None, None, ET, None),
        ('125.1 points', 1, 125.1, 'index_point', 'FAO Food Price Index', None, None, None, NOV, FAO),
        ('1.2%', 1, 1.2, 'percent', 'FAO Food Price Index', DOWN, MOM, None, NOV, FAO),
        ('126.6', 1, 126.6, 'index_point', 'FAO Food Price Index', None, None, None, per('in October', 2025, 10), FAO),
        ('2.1%', 1, 2.1, 'percent', 'FAO Food Price Index', DOWN, YOY, None, NOV, FAO),
        ('5.9%', 1, 5.9, 'percent', 'sugar price index', DOWN, MOM, None, None, FAO),
        ('2.6%', 1, 2.6, 'percent', 'vegetable oil index', DOWN, MOM, None, None, FAO),
        ('3.1%', 1, 3.1, 'percent', 'dairy prices', DOWN, MOM, None, None, FAO),
        ('0.8%', 2, 0.8, 'percent', 'meat prices', DOWN, MOM, None, None, FAO),
        ('0.4%', 1, 0.4, 'percent', 'cereal prices', UP, None, None, None, FAO),
        ('3,003 million tonnes', 1, 3003e6, 'tonne', 'world cereal production', None, None, None, Y25, FAO),
        ('4.4%', 1, 4.4, 'percent', 'world cereal production', UP, YOY, None, Y25, FAO),
        ('800 million tonnes', 1, 800e6, 'tonne', 'world wheat output', None, None, None, Y25, FAO),
    ],
    'business_standard_style_rice_exports_basmati.txt': [
        ('11%', 1, 11, 'percent', 'rice exports', UP, None, None, H1B, None),
        ('11.2 per cent', 1, 11.2, 'percent', "India's rice exports", UP, YOY, None, H1, APEDA),
        ('₹62,480 crore', 1, 62480e7, 'INR', "India's rice exports", UP, None, None, H1, APEDA),
        ('₹56,190 crore', 1, 56190e7, 'INR', "India's rice exports", None, None, None, YA, APEDA),
        ('19.7 per cent', 1, 19.7, 'percent', 'rice shipments in volume terms', UP, YOY, None, AS, APEDA),
        ('108.3 lakh tonnes', 1, 108.3e5, 'tonne', 'rice shipments in volume terms', UP, None, None, AS, APEDA),
        ('90.5 lakh tonnes', 1, 90.5e5, 'tonne', 'rice shipments in volume terms', None, None, None, YA, APEDA),
        ('79 lakh tonnes', 1, 79e5, 'tonne', 'non-basmati rice exports', None, None, None, AS, APEDA),
        ('three-fourths', 1, 0.75, 'fraction', 'non-basmati rice share of the total', None, None, APPROX, AS, APEDA),
        ('29.3 lakh tonnes', 1, 29.3e5, 'tonne', 'basmati exports', None, None, None, AS, APEDA),
        ('4.7 per cent', 1, 4.7, 'percent', 'basmati export earnings', DOWN, YOY, None, H1B, APEDA),
        ('₹24,150 crore', 1, 24150e7, 'INR', 'basmati export earnings', DOWN, None, None, H1B, APEDA),
        ('$940', 1, 940, 'USD', 'average basmati realisations', DOWN, None, APPROX, H1B, APEDA),
        ('$1,050', 1, 1050, 'USD', 'average basmati realisations', None, None, None, YE, APEDA),
        ('6.1 lakh tonnes', 1, 6.1e5, 'tonne', 'basmati exports to Saudi Arabia', None, None, None, None, APEDA),
        ('4.8 lakh tonnes', 1, 4.8e5, 'tonne', 'basmati exports to Iraq', None, None, None, None, APEDA),
        ('3.2 lakh tonnes', 1, 3.2e5, 'tonne', 'basmati exports to the UAE', None, None, None, None, APEDA),
        ('14.5 lakh tonnes', 1, 14.5e5, 'tonne', 'non-basmati rice imported by Benin and Togo', None, None, None, None, APEDA),
        ('₹11,290 crore', 1, 11290e7, 'INR', 'rice exports', UP, None, None, per('In September', 2025, 9), APEDA),
        ('₹9,640 crore', 1, 9640e7, 'INR', 'rice exports', None, None, None, per('in September 2024', 2024, 9), APEDA),
        ('124.5 million tonnes', 1, 124.5e6, 'tonne', 'kharif crop', None, None, None, FY26, TREA),
        ('230 lakh tonnes', 1, 230e5, 'tonne', 'exports', None, None, None, FY26, TREA),
    ],
    'eu_energy_style_energy_hicp_wholesale_prices.txt': [
        ('1.6%', 1, 1.6, 'percent', 'energy component of the euro area Harmonised Index of Consumer Prices (HICP)', DOWN, YOY, None, Q325, ESTAT),
        ('2.9%', 1, 2.9, 'percent', 'energy component of the euro area Harmonised Index of Consumer Prices (HICP)', DOWN, YOY, None, Q('in Q2-2025', 2025, 2), ESTAT),
        ('0.15 percentage points', 1, 0.15, 'percentage_point', 'energy contribution to headline inflation', DOWN, YOY, APPROX, EQ, ESTAT),
        ('2.1%', 1, 2.1, 'percent', 'headline inflation', None, YOY, None, EQ, ESTAT),
        ('2.8%', 1, 2.8, 'percent', 'electricity prices paid by households', UP, YOY, None, None, ESTAT),
        ('1.1%', 1, 1.1, 'percent', 'gas prices paid by households', UP, YOY, None, None, ESTAT),
        ('4.7%', 1, 4.7, 'percent', 'heating oil prices', DOWN, YOY, None, None, ESTAT),
        ('3.5%', 1, 3.5, 'percent', 'transport fuel prices', DOWN, YOY, None, None, ESTAT),
        ('81 EUR/MWh', 1, 81, 'EUR', 'day-ahead wholesale electricity prices', None, None, None, JS, ENTSOE),
        ('7%', 1, 7, 'percent', 'day-ahead wholesale electricity prices', UP, YOY, None, JS, ENTSOE),
        ('109 EUR/MWh', 1, 109, 'EUR', 'day-ahead wholesale electricity prices in Italy', None, None, None, JS, ENTSOE),
        ('104 EUR/MWh', 1, 104, 'EUR', 'day-ahead wholesale electricity prices in Hungary', None, None, None, JS, ENTSOE),
        ('30 EUR/MWh', 1, 30, 'EUR', 'day-ahead wholesale electricity prices in the Nordic zones', None, None, 'less_than', JS, ENTSOE),
        ('51%', 1, 51, 'percent', 'renewables share of EU electricity generation', UP, None, None, EQ, ENTSOE),
        ('48%', 1, 48, 'percent', 'renewables share of EU electricity generation', None, None, None, Q('a year earlier', 2024, 3), ENTSOE),
        ('23%', 1, 23, 'percent', 'solar share of EU electricity generation', None, None, None, EQ, ENTSOE),
        ('790 TWh', 1, 790, 'terawatt hour', 'EU net gas imports', None, None, None, GQ3, ENTSOG),
        ('823 TWh', 1, 823, 'terawatt hour', 'EU net gas imports', None, None, None, Q('Q3-2024', 2024, 3), ENTSOG),
        ('4%', 1, 4, 'percent', 'EU net gas imports', DOWN, YOY, None, GQ3, ENTSOG),
        ('41%', 1, 41, 'percent', 'LNG share of EU net gas imports', None, None, None, GQ3, ENTSOG),
        ('265 TWh', 1, 265, 'terawatt hour', 'Norwegian pipeline flows', None, None, None, GQ3, ENTSOG),
        ('180 TWh', 1, 180, 'terawatt hour', 'US LNG imports', None, None, None, GQ3, ENTSOG),
        ('83%', 1, 83, 'percent', 'gas storage filling level', None, None, None, S30, GIE),
        ('94%', 1, 94, 'percent', 'gas storage filling level', None, None, None, P('a year earlier', '2024-09-30', '2024-09-30'), GIE),
    ],
    'nbs_style_agricultural_producer_prices.txt': [
        ('3.1 percent', 1, 3.1, 'percent', 'producer prices of agricultural products', DOWN, YOY, None, NQ3, NBS),
        ('1.4 percentage points', 1, 1.4, 'percentage_point', 'decline in producer prices of agricultural products', DOWN, QOQ, None, NQ3, NBS),
        ('3.7 percent', 1, 3.7, 'percent', 'producer prices of agricultural products', DOWN, YOY, None, F3Q, NBS),
        ('+0.8 percent', 1, 0.8, 'percent', 'producer prices of farming products', UP, YOY, None, ITQ, NBS),
        ('-1.2 percent', 1, -1.2, 'percent', 'producer prices of forestry products', DOWN, YOY, None, ITQ, NBS),
        ('-8.9 percent', 1, -8.9, 'percent', 'producer prices of animal husbandry products', DOWN, YOY, None, ITQ, NBS),
        ('+1.5 percent', 1, 1.5, 'percent', 'producer prices of fishery products', UP, YOY, None, ITQ, NBS),
        ('4.6 percent', 1, 4.6, 'percent', 'prices of grain', DOWN, YOY, None, ITQL, NBS),
        ('5.8 percent', 1, 5.8, 'percent', 'prices of wheat', DOWN, YOY, None, ITQL, NBS),
        ('6.3 percent', 1, 6.3, 'percent', 'prices of corn', DOWN, YOY, None, ITQL, NBS),
        ('1.9 percent', 1, 1.9, 'percent', 'prices of rice', DOWN, YOY, None, ITQL, NBS),
        ('9.4 percent', 1, 9.4, 'percent', 'prices of vegetables', UP, YOY, None, ITQL, NBS),
        ('2.7 percent', 1, 2.7, 'percent', 'prices of fruits', UP, YOY, None, ITQL, NBS),
        ('11.2 percent', 1, 11.2, 'percent', 'prices of soybeans', DOWN, YOY, None, ITQL, NBS),
        ('17.5 percent', 1, 17.5, 'percent', 'prices of live hogs', DOWN, YOY, None, None, NBS),
        ('6.8 percent', 1, 6.8, 'percent', 'prices of beef cattle', UP, YOY, None, None, NBS),
        ('12.3 percent', 1, 12.3, 'percent', 'prices of poultry eggs', DOWN, YOY, None, None, NBS),
        ('14.9 yuan', 1, 14.9, 'CNY', 'average purchase price of live hogs', None, None, None, JTS, NBS),
        ('2.3 yuan', 1, 2.3, 'CNY', 'average purchase price of live hogs', DOWN, YOY, None, JTS, NBS),
        ('1.6 percent', 1, 1.6, 'percent', 'average purchase price of live hogs', DOWN, MOM, None, per('In September', 2025, 9), NBS),
        ('1,582.6 billion yuan', 1, 1582.6e9, 'CNY', 'retail sales of grain, oil and foodstuffs by units above designated size', None, None, None, JTS, NBS),
        ('9.8 percent', 1, 9.8, 'percent', 'retail sales of grain, oil and foodstuffs by units above designated size', UP, YOY, None, JTS, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
