# ruff: noqa: E501, RUF001
"""Write corpus/annotated_116/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_116.py corpus/annotated_116
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
FSO = "Federal Statistical Office"
BSP = "Bangko Sentral ng Pilipinas"
REU = "Reuters"
PG = "PulteGroup"
ECB = "European Central Bank"
STATSSA = "Statistics South Africa"
TE = "Trading Economics"
WGC = "World Gold Council"
CME = "CME Group"
TMA = "Tractor and Mechanization Association"
SIAM = "Society of Indian Automobile Manufacturers"
FADA = "Federation of Automobile Dealers Associations"
ENTSOE = "European Network of Transmission System Operators for Electricity"
NBS = "National Bureau of Statistics"

# 11601 ONS house prices and rents (ref Wednesday 2026-05-20)
MAR26 = per("in March 2026", 2026, 3)
FEB26 = per("for February 2026", 2026, 2)
R12A = per("in the 12 months to April 2026", 2026, 4)
O12M = per("over the 12 months to March 2026", 2026, 3)
NIQ1 = Q("in the year to Quarter 1 (Jan to Mar) 2026", 2026, 1)
FM26 = per("Between February and March 2026", 2026, 3)
SMYA = per("between the same months a year ago", 2025, 3)
NIF = per("over the year to February 2026", 2026, 2)
# 11602 Reuters 1987 (ref Friday 1987-07-31)
JUN = per("in June", 1987, 6)
JUNA = per("June", 1987, 6)
MAY = per("In May", 1987, 5)
H1 = P("In the first half of 1987", "1987-01-01", "1987-06-30")
# 11603 Reuters 2025 (ref Friday 2024-11-15)
SEP = per("in September", 2024, 9)
JS = P("For January-September", "2024-01-01", "2024-09-30")
# 11604 CNBC (ref Tuesday 2025-10-21)
TQ = Q("in the third quarter", 2025, 3)
INQ = Q("in the quarter", 2025, 3)
# 11605 MT Newswires (ref Monday 2025-10-20)
AUG = per("in August", 2025, 8)
T12 = P("In the 12 months to August 2025", "2024-09-01", "2025-08-31")
T12P = P("in the 12 months to August 2024", "2023-09-01", "2024-08-31")
YE = P("a year earlier", "2023-09-01", "2024-08-31")
# 11606 Trading Economics (ref Thursday 2025-11-27)
OCT25 = per("in October 2025", 2025, 10)
TSEP = per("in September", 2025, 9)
# 11607 Investing.com (ref Tuesday 2025-08-05)
ET = P("By 10:20 ET", None, None)
MON = P("on Monday", "2025-08-04", "2025-08-04")
JUNE = per("in June", 2025, 6)
# 11608 Business Standard (ref Wednesday 2026-01-14)
DEC25 = per("in December 2025", 2025, 12)
AD26 = P("For the first nine months of the fiscal year (April-December FY26)", "2025-04-01", "2025-12-31")
LM = per("last month", 2025, 12)
BAD = P("Between April and December", "2025-04-01", "2025-12-31")
# 11609 DG ENER (ref Thursday 2025-12-18)
Q325 = Q("In the third quarter of 2025", 2025, 3)
EQ = Q("in the quarter", 2025, 3)
EQ3 = Q("in Q3 2025", 2025, 3)
ESEP = P("at the end of September", "2025-09-30", "2025-09-30")
F3Q = P("Over the first three quarters of 2025", "2025-01-01", "2025-09-30")
# 11610 NBS (ref Friday 2023-12-15)
JN = P("From January to November", "2023-01-01", "2023-11-30")
F11 = P("In the first eleven months", "2023-01-01", "2023-11-30")
JNH = P("In January-November", "2023-01-01", "2023-11-30")
NOV = per("In November", 2023, 11)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_house_price_index_regional.txt': [
        ('£276,000', 1, 276000, 'GBP', 'average UK house price', None, None, None, MAR26, None),
        ('2.2%', 1, 2.2, 'percent', 'average UK house price', 'increase', 'year_on_year', None, MAR26, None),
        ('2.5%', 1, 2.5, 'percent', 'annual house price growth', 'decrease', 'year_on_year', None, FEB26, None),
        ('2.7%', 1, 2.7, 'percent', 'annual house price growth', None, 'year_on_year', None, FEB26, None),
        ('4.9%', 1, 4.9, 'percent', 'average monthly private rents in the UK', 'increase', 'year_on_year', None, R12A, None),
        ('£1,402', 1, 1402, 'GBP', 'average monthly private rents in the UK', 'increase', None, None, R12A, None),
        ('£231,000', 1, 231000, 'GBP', 'average price paid by first-time buyers', None, None, None, MAR26, None),
        ('1.8%', 1, 1.8, 'percent', 'average price paid by first-time buyers', 'increase', 'year_on_year', None, MAR26, None),
        ('£294,000', 1, 294000, 'GBP', 'average house prices in England', 'increase', None, None, O12M, ONS),
        ('2.0%', 1, 2.0, 'percent', 'average house prices in England', 'increase', 'year_on_year', None, O12M, ONS),
        ('£213,000', 1, 213000, 'GBP', 'average house prices in Wales', 'increase', None, None, O12M, ONS),
        ('1.4%', 1, 1.4, 'percent', 'average house prices in Wales', 'increase', 'year_on_year', None, O12M, ONS),
        ('£199,000', 1, 199000, 'GBP', 'average house prices in Scotland', 'increase', None, None, O12M, ONS),
        ('3.7%', 1, 3.7, 'percent', 'average house prices in Scotland', 'increase', 'year_on_year', None, O12M, ONS),
        ('6.9%', 1, 6.9, 'percent', 'prices in Northern Ireland', 'increase', 'year_on_year', None, NIQ1, ONS),
        ('£193,000', 1, 193000, 'GBP', 'prices in Northern Ireland', 'increase', None, None, NIQ1, ONS),
        ('0.6%', 1, 0.6, 'percent', 'UK average price', 'increase', 'month_on_month', None, FM26, ONS),
        ('0.7%', 1, 0.7, 'percent', 'UK average price', 'increase', 'month_on_month', None, SMYA, ONS),
        ('5.3%', 1, 5.3, 'percent', 'annual house price growth in the North West', None, 'year_on_year', None, MAR26, ONS),
        ('4.8%', 1, 4.8, 'percent', 'annual house price growth in the North East', None, 'year_on_year', None, MAR26, ONS),
        ('3.9%', 1, 3.9, 'percent', 'annual house price growth in the West Midlands', None, 'year_on_year', None, MAR26, ONS),
        ('1.2%', 1, 1.2, 'percent', 'prices in London', 'decrease', 'year_on_year', None, MAR26, ONS),
        ('0.3%', 1, 0.3, 'percent', 'prices in the South East', 'decrease', 'year_on_year', None, MAR26, ONS),
        ('0.9%', 1, 0.9, 'percent', 'prices in the East of England', 'increase', 'year_on_year', None, MAR26, ONS),
        ('1.1%', 1, 1.1, 'percent', 'prices in the South West', 'increase', 'year_on_year', None, MAR26, ONS),
        ('5.1%', 1, 5.1, 'percent', 'rents in England', 'increase', 'year_on_year', None, R12A, ONS),
        ('6.2%', 1, 6.2, 'percent', 'rents in Wales', 'increase', 'year_on_year', None, R12A, ONS),
        ('4.0%', 1, 4.0, 'percent', 'rents in Scotland', 'increase', 'year_on_year', None, R12A, ONS),
        ('£2,180', 1, 2180, 'GBP', 'London rents', None, None, None, R12A, ONS),
        ('3.3%', 1, 3.3, 'percent', 'London rents', 'increase', 'year_on_year', None, R12A, ONS),
        ('8.6%', 1, 8.6, 'percent', 'rent inflation in the North East', None, 'year_on_year', None, R12A, ONS),
        ('5%', 1, 5, 'percent', 'Northern Ireland rents', 'increase', 'year_on_year', None, NIF, ONS),
        ('6%', 1, 6, 'percent', 'Northern Ireland rents', 'increase', 'year_on_year', None, NIF, ONS),
    ],
    'wire_1987_west_german_retail_sales.txt': [
        ('2.1 PCT', 1, 2.1, 'percent', 'West German retail sales in real terms', 'increase', None, None, per('IN JUNE', 1987, 6), None),
        ('2.1 pct', 1, 2.1, 'percent', 'West German retail sales in real terms', 'increase', 'year_on_year', None, JUN, FSO),
        ('3.4 pct', 1, 3.4, 'percent', 'West German retail sales in nominal terms', 'increase', 'year_on_year', None, JUN, FSO),
        ('1.3 pct', 1, 1.3, 'percent', 'retail sales in real terms', 'decrease', 'year_on_year', None, MAY, FSO),
        ('1.6 pct', 1, 1.6, 'percent', 'retail sales in real terms', 'decrease', 'year_on_year', None, MAY, FSO),
        ('0.9 pct', 1, 0.9, 'percent', 'seasonally adjusted turnover in real terms', 'increase', 'month_on_month', None, JUNA, FSO),
        ('0.5 pct', 1, 0.5, 'percent', 'seasonally adjusted turnover in real terms', 'increase', 'month_on_month', 'approximately', JUNA, None),
        ('1.8 pct', 1, 1.8, 'percent', 'retail sales in real terms', 'increase', 'year_on_year', None, H1, FSO),
        ('2.6 pct', 1, 2.6, 'percent', 'retail sales in nominal terms', 'increase', 'year_on_year', None, H1, FSO),
        ('4.2 pct', 1, 4.2, 'percent', 'real sales of department stores', 'increase', 'year_on_year', None, JUNA, FSO),
        ('6.8 pct', 1, 6.8, 'percent', 'real sales of mail order houses', 'increase', 'year_on_year', None, JUNA, FSO),
        ('3.5 pct', 1, 3.5, 'percent', 'real sales of furniture retailers', 'increase', 'year_on_year', None, JUNA, FSO),
        ('0.7 pct', 1, 0.7, 'percent', 'real sales of food and beverage shops', 'decrease', 'year_on_year', None, JUNA, FSO),
        ('8.9', 1, 8.9, 'percent', 'sales at filling stations in real terms', 'decrease', 'year_on_year', None, JUNA, FSO),
        ('11.4 pct', 1, 11.4, 'percent', 'sales at filling stations in nominal terms', 'decrease', 'year_on_year', None, JUNA, FSO),
        ('38.6 billion marks', 1, 38.6e9, 'DEM', 'nominal turnover', None, None, 'approximately', JUN, FSO),
        ('37.3 billion', 1, 37.3e9, 'DEM', 'nominal turnover', None, None, None, per('a year earlier', 1986, 6), FSO),
        ('104.7', 1, 104.7, 'index_point', 'retail sales index', 'increase', None, None, JUN, FSO),
        ('102.5', 1, 102.5, 'index_point', 'retail sales index', None, None, None, per('in May', 1987, 5), FSO),
    ],
    'wire_2025_philippine_remittances_ofw.txt': [
        ('2.6%', 1, 2.6, 'percent', 'Philippine cash remittances', 'increase', None, None, SEP, None),
        ('2.6%', 2, 2.6, 'percent', 'cash remittances', 'increase', 'year_on_year', None, SEP, BSP),
        ('$2.87 billion', 1, 2.87e9, 'USD', 'cash remittances', 'increase', None, None, SEP, BSP),
        ('3.1%', 1, 3.1, 'percent', 'cash remittances', 'increase', 'year_on_year', None, per('in August', 2024, 8), BSP),
        ('six', 1, 6, 'count', 'economists in a Reuters poll', None, None, None, per('for September', 2024, 9), REU),
        ('3.0%', 1, 3.0, 'percent', 'cash remittances', 'increase', None, None, per('for September', 2024, 9), REU),
        ('2.8%', 1, 2.8, 'percent', 'money sent home by land-based workers', 'increase', 'year_on_year', None, SEP, BSP),
        ('$2.27 billion', 1, 2.27e9, 'USD', 'money sent home by land-based workers', 'increase', None, None, SEP, BSP),
        ('1.9%', 1, 1.9, 'percent', 'remittances from sea-based workers', 'increase', 'year_on_year', None, SEP, BSP),
        ('$600 million', 1, 600e6, 'USD', 'remittances from sea-based workers', 'increase', None, None, SEP, BSP),
        ('$25.38 billion', 1, 25.38e9, 'USD', 'cash remittances coursed through banks', None, None, None, JS, BSP),
        ('2.9%', 1, 2.9, 'percent', 'cash remittances coursed through banks', 'increase', 'year_on_year', None, JS, BSP),
        ('41.2%', 1, 41.2, 'percent', 'United States share of cash remittances', None, None, None, JS, BSP),
        ('7.1%', 1, 7.1, 'percent', 'Singapore share of cash remittances', None, None, None, JS, BSP),
        ('6.0%', 1, 6.0, 'percent', 'Saudi Arabia share of cash remittances', None, None, None, JS, BSP),
        ('$3.19 billion', 1, 3.19e9, 'USD', 'personal remittances', None, None, None, per('in the month', 2024, 9), BSP),
        ('$28.19 billion', 1, 28.19e9, 'USD', 'personal remittances', None, None, None, P('in the nine months', '2024-01-01', '2024-09-30'), BSP),
        ('$3.30 billion', 1, 3.30e9, 'USD', 'personal remittances', 'increase', None, None, per('August', 2024, 8), BSP),
        ('$3.28 billion', 1, 3.28e9, 'USD', 'personal remittances', None, None, None, per('August', 2024, 8), BSP),
        ('8.5%', 1, 8.5, 'percent', 'remittances as a share of GDP', None, None, 'approximately', None, BSP),
        ('three-quarters', 1, 0.75, 'fraction', 'household consumption share of the economy', None, None, 'approximately', None, BSP),
        ('3%', 1, 3, 'percent', 'cash remittances', 'increase', None, None, Y('this year', 2024), BSP),
        ('58.67', 1, 58.67, 'PHP', 'peso', None, None, None, P('on Friday', '2024-11-15', '2024-11-15'), BSP),
        ('0.3%', 1, 0.3, 'percent', 'peso', 'decrease', 'period_on_period', None, P('on Friday', '2024-11-15', '2024-11-15'), BSP),
    ],
    'cnbc_style_home_builder_quarterly_orders.txt': [
        ('6%', 1, 6, 'percent', 'net new orders', 'decrease', None, None, None, None),
        ('$2.96', 1, 2.96, 'USD', 'adjusted earnings per share', None, None, None, None, PG),
        ('$2.88', 1, 2.88, 'USD', 'adjusted earnings per share', None, None, None, None, None),
        ('$4.40 billion', 1, 4.40e9, 'USD', 'revenue', None, None, None, None, PG),
        ('$4.32 billion', 1, 4.32e9, 'USD', 'revenue', None, None, None, None, None),
        ('6%', 2, 6, 'percent', 'net new orders', 'decrease', 'year_on_year', None, TQ, PG),
        ('6,470 homes', 1, 6470, 'count', 'net new orders', 'decrease', None, None, TQ, PG),
        ('$3.6 billion', 1, 3.6e9, 'USD', 'value of net new orders', None, None, None, TQ, PG),
        ('13%', 1, 13, 'percent', 'cancellation rate', 'increase', None, None, TQ, PG),
        ('10%', 1, 10, 'percent', 'cancellation rate', None, None, None, Q('a year ago', 2024, 3), PG),
        ('2%', 1, 2, 'percent', 'home sale revenue', 'decrease', None, None, INQ, PG),
        ('$4.22 billion', 1, 4.22e9, 'USD', 'home sale revenue', 'decrease', None, None, INQ, PG),
        ('4%', 1, 4, 'percent', 'closings', 'decrease', None, None, INQ, PG),
        ('7,540 homes', 1, 7540, 'count', 'closings', 'decrease', None, None, INQ, PG),
        ('$560,000', 1, 560000, 'USD', 'average selling price', 'increase', None, None, INQ, PG),
        ('26.1%', 1, 26.1, 'percent', 'homebuilding gross margin', None, None, None, INQ, PG),
        ('220 basis points', 1, 220, 'basis_point', 'homebuilding gross margin', 'decrease', 'year_on_year', None, INQ, PG),
        ('26%', 1, 26, 'percent', 'homebuilding gross margin', None, None, None, INQ, PG),
        ('26.5%', 1, 26.5, 'percent', 'homebuilding gross margin', None, None, None, INQ, PG),
        ('9,430 homes', 1, 9430, 'count', 'backlog', None, None, None, P('at quarter-end', '2025-09-30', '2025-09-30'), PG),
        ('$6.0 billion', 1, 6.0e9, 'USD', 'backlog value', None, None, None, P('at quarter-end', '2025-09-30', '2025-09-30'), PG),
        ('12,070 homes', 1, 12070, 'count', 'backlog', None, None, None, P('at the end of September 2024', '2024-09-30', '2024-09-30'), PG),
        ('$7.5 billion', 1, 7.5e9, 'USD', 'backlog value', None, None, None, P('at the end of September 2024', '2024-09-30', '2024-09-30'), PG),
        ('29,000', 1, 29000, 'count', 'closings', None, None, None, Y('For the full year', 2025), PG),
        ('29,500 homes', 1, 29500, 'count', 'closings', None, None, None, Y('For the full year', 2025), PG),
        ('29,000', 2, 29000, 'count', 'closings', None, None, None, Y('For the full year', 2025), PG),
        ('30,000', 1, 30000, 'count', 'closings', None, None, None, Y('For the full year', 2025), PG),
        ('2%', 2, 2, 'percent', 'PulteGroup shares', 'increase', None, 'approximately', P('on Tuesday', '2025-10-21', '2025-10-21'), PG),
        ('11%', 1, 11, 'percent', 'PulteGroup stock', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-10-21'), PG),
    ],
    'mt_newswires_eurozone_current_account_balance.txt': [
        ('EUR32.1 Billion', 1, 32.1e9, 'EUR', 'euro area current account surplus', 'increase', None, None, per('in August', 2025, 8), None),
        ('32.1 billion euros', 1, 32.1e9, 'EUR', 'seasonally adjusted current account surplus', 'increase', None, None, AUG, ECB),
        ('19.6 billion euros', 1, 19.6e9, 'EUR', 'seasonally adjusted current account surplus', None, None, None, per('in July', 2025, 7), ECB),
        ('21.2 billion euros', 1, 21.2e9, 'EUR', 'seasonally adjusted current account surplus', None, None, None, per('July', 2025, 7), ECB),
        ('EUR28.4 billion', 1, 28.4e9, 'EUR', 'goods surplus', None, None, None, per('In August', 2025, 8), ECB),
        ('EUR9.7 billion', 1, 9.7e9, 'EUR', 'services surplus', None, None, None, per('In August', 2025, 8), ECB),
        ('EUR3.3 billion', 1, 3.3e9, 'EUR', 'primary income surplus', None, None, None, per('In August', 2025, 8), ECB),
        ('EUR9.3 billion', 1, 9.3e9, 'EUR', 'secondary income deficit', None, None, None, per('In August', 2025, 8), ECB),
        ('364 billion euros', 1, 364e9, 'EUR', 'current account surplus', None, None, None, T12, ECB),
        ('2.5%', 1, 2.5, 'percent', 'current account surplus as a share of GDP', None, None, None, T12, ECB),
        ('298 billion euros', 1, 298e9, 'EUR', 'current account surplus', None, None, None, T12P, ECB),
        ('2.1%', 1, 2.1, 'percent', 'current account surplus as a share of GDP', None, None, None, T12P, ECB),
        ('EUR151 billion', 1, 151e9, 'EUR', 'services surplus', 'increase', None, None, T12, ECB),
        ('EUR104 billion', 1, 104e9, 'EUR', 'services surplus', None, None, None, YE, ECB),
        ('EUR19 billion', 1, 19e9, 'EUR', 'primary income surplus', 'increase', None, None, T12, ECB),
        ('EUR6 billion', 1, 6e9, 'EUR', 'primary income deficit', None, None, None, YE, ECB),
        ('EUR318 billion', 1, 318e9, 'EUR', 'goods surplus', 'decrease', None, None, T12, ECB),
        ('EUR332 billion', 1, 332e9, 'EUR', 'goods surplus', None, None, None, YE, ECB),
        ('EUR402 billion', 1, 402e9, 'EUR', 'net acquisitions of non-euro area portfolio investment securities by euro area residents', None, None, None, P('over the 12-month period', '2024-09-01', '2025-08-31'), ECB),
        ('EUR356 billion', 1, 356e9, 'EUR', 'purchases of euro area securities by non-residents', None, None, None, P('over the 12-month period', '2024-09-01', '2025-08-31'), ECB),
    ],
    'trading_economics_style_south_africa_producer_prices.txt': [
        ('2.1%', 1, 2.1, 'percent', 'South Africa producer inflation', 'decrease', None, None, per('in October', 2025, 10), None),
        ('2.1%', 2, 2.1, 'percent', "South Africa's producer price inflation for final manufactured goods", 'decrease', 'year_on_year', None, OCT25, STATSSA),
        ('2.9%', 1, 2.9, 'percent', "South Africa's producer price inflation for final manufactured goods", None, 'year_on_year', None, TSEP, STATSSA),
        ('2.6%', 1, 2.6, 'percent', "South Africa's producer price inflation for final manufactured goods", None, 'year_on_year', None, OCT25, None),
        ('-5.4%', 1, -5.4, 'percent', 'prices of coke, petroleum, chemical, rubber and plastic products', 'decrease', 'year_on_year', None, OCT25, STATSSA),
        ('-2.8%', 1, -2.8, 'percent', 'prices of coke, petroleum, chemical, rubber and plastic products', 'decrease', 'year_on_year', None, TSEP, STATSSA),
        ('4.3%', 1, 4.3, 'percent', 'prices of food products, beverages and tobacco', 'increase', 'year_on_year', None, OCT25, STATSSA),
        ('4.9%', 1, 4.9, 'percent', 'prices of food products, beverages and tobacco', None, 'year_on_year', None, TSEP, STATSSA),
        ('0.3%', 1, 0.3, 'percent', 'producer prices', 'decrease', 'month_on_month', None, OCT25, STATSSA),
        ('0.4%', 1, 0.4, 'percent', 'producer prices', 'increase', 'month_on_month', None, TSEP, STATSSA),
        ('3.8%', 1, 3.8, 'percent', 'PPI for intermediate manufactured goods', 'increase', 'year_on_year', None, OCT25, STATSSA),
        ('6.1%', 1, 6.1, 'percent', 'PPI for coal and gas', 'decrease', 'year_on_year', None, OCT25, STATSSA),
        ('10.2%', 1, 10.2, 'percent', 'prices for electricity', 'increase', 'year_on_year', None, OCT25, STATSSA),
        ('9.5%', 1, 9.5, 'percent', 'prices for water', 'increase', 'year_on_year', None, OCT25, STATSSA),
        ('6.84 percent', 1, 6.84, 'percent', 'Producer Prices Change in South Africa average', None, None, None, P('from 2003 until 2025', '2003-01-01', '2025-12-31'), STATSSA),
        ('19.30 percent', 1, 19.30, 'percent', 'Producer Prices Change in South Africa all time high', None, None, None, per('in August of 2008', 2008, 8), STATSSA),
        ('-3.60 percent', 1, -3.60, 'percent', 'Producer Prices Change in South Africa record low', 'decrease', None, None, per('in May of 2009', 2009, 5), STATSSA),
        ('2.40 percent', 1, 2.40, 'percent', 'Producer Prices Change in South Africa', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('3.50 percent', 1, 3.50, 'percent', 'South Africa Producer Price Inflation', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('4.00 percent', 1, 4.00, 'percent', 'South Africa Producer Price Inflation', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_gold_etf_holdings_central_banks.txt': [
        ('$3,380', 1, 3380, 'USD', 'gold', None, None, 'approximately', None, None),
        ('0.2%', 1, 0.2, 'percent', 'spot gold', 'increase', None, None, ET, None),
        ('$3,379.60', 1, 3379.60, 'USD', 'spot gold', 'increase', None, None, ET, None),
        ('1.0%', 1, 1.0, 'percent', 'spot gold', 'increase', None, None, MON, None),
        ('0.1%', 1, 0.1, 'percent', 'gold futures for December delivery', 'decrease', None, None, ET, None),
        ('$3,432.80', 1, 3432.80, 'USD', 'gold futures for December delivery', 'decrease', None, None, ET, None),
        ('0.6%', 1, 0.6, 'percent', 'spot silver', 'increase', None, None, None, None),
        ('$37.93', 1, 37.93, 'USD', 'spot silver', 'increase', None, None, None, None),
        ('$1,331.40', 1, 1331.40, 'USD', 'platinum', None, None, None, None, None),
        ('1.3%', 1, 1.3, 'percent', 'palladium', 'decrease', None, None, None, None),
        ('$1,198.25', 1, 1198.25, 'USD', 'palladium', 'decrease', None, None, None, None),
        ('0.4%', 1, 0.4, 'percent', 'holdings of SPDR Gold Trust', 'increase', None, None, MON, None),
        ('964.2 tonnes', 1, 964.2, 'tonne', 'holdings of SPDR Gold Trust', 'increase', None, None, MON, None),
        ('92 tonnes', 1, 92, 'tonne', 'holdings of SPDR Gold Trust', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-08-05'), None),
        ('22 tonnes', 1, 22, 'tonne', 'net gold purchases by central banks', 'decrease', None, None, JUNE, WGC),
        ('38 tonnes', 1, 38, 'tonne', 'net gold purchases by central banks', None, None, None, per('in May', 2025, 5), WGC),
        ('17 tonnes', 1, 17, 'tonne', 'gold purchases by the National Bank of Poland', None, None, None, JUNE, WGC),
        ('7 tonnes', 1, 7, 'tonne', 'gold purchases by the central bank of Kazakhstan', None, None, None, JUNE, WGC),
        ('4 tonnes', 1, 4, 'tonne', 'gold purchases by the central bank of Turkey', None, None, None, JUNE, WGC),
        ('12 tonnes', 1, 12, 'tonne', 'gold sales by the Bank of Uzbekistan', None, None, None, JUNE, WGC),
        ('166 tonnes', 1, 166, 'tonne', 'net purchases', None, None, None, P('for the first half of the year', '2025-01-01', '2025-06-30'), WGC),
        ('21%', 1, 21, 'percent', 'net purchases', 'decrease', 'year_on_year', 'approximately', P('for the first half of the year', '2025-01-01', '2025-06-30'), WGC),
        ('89%', 1, 89, 'percent', 'chance of a 25-basis-point cut', None, None, 'approximately', per('in September', 2025, 9), CME),
        ('25-basis-point', 1, 25, 'basis_point', 'Fed rate cut', 'decrease', None, None, per('in September', 2025, 9), CME),
    ],
    'business_standard_style_tractor_two_wheeler_rural_sales.txt': [
        ('21%', 1, 21, 'percent', 'tractor sales', 'increase', None, None, per('in Dec', 2025, 12), None),
        ('9.4%', 1, 9.4, 'percent', 'two-wheeler dispatches', 'increase', None, None, per('in Dec', 2025, 12), None),
        ('21.4 per cent', 1, 21.4, 'percent', 'domestic tractor sales', 'increase', 'year_on_year', None, DEC25, TMA),
        ('68,240 units', 1, 68240, 'count', 'domestic tractor sales', 'increase', None, None, DEC25, TMA),
        ('3.2 per cent', 1, 3.2, 'percent', 'tractor exports', 'decrease', 'year_on_year', None, DEC25, TMA),
        ('9,115 units', 1, 9115, 'count', 'tractor exports', 'decrease', None, None, DEC25, TMA),
        ('31,620 units', 1, 31620, 'count', 'Mahindra & Mahindra domestic tractor sales', None, None, None, per('in December', 2025, 12), TMA),
        ('10,480 units', 1, 10480, 'count', 'Escorts Kubota domestic tractor sales', None, None, None, per('in December', 2025, 12), TMA),
        ('8,06,530 units', 1, 806530, 'count', 'domestic tractor volumes', None, None, None, AD26, TMA),
        ('14.8 per cent', 1, 14.8, 'percent', 'domestic tractor volumes', 'increase', 'year_on_year', None, AD26, TMA),
        ('6.1 per cent', 1, 6.1, 'percent', 'tractor exports', 'increase', 'year_on_year', None, AD26, TMA),
        ('86,720 units', 1, 86720, 'count', 'tractor exports', 'increase', None, None, AD26, TMA),
        ('9.4 per cent', 1, 9.4, 'percent', 'two-wheeler dispatches from factories to dealers', 'increase', None, None, LM, SIAM),
        ('13.62 lakh units', 1, 1362000, 'count', 'two-wheeler dispatches from factories to dealers', 'increase', None, None, LM, SIAM),
        ('16.2 per cent', 1, 16.2, 'percent', 'scooter dispatches', 'increase', None, None, LM, SIAM),
        ('5.7 per cent', 1, 5.7, 'percent', 'motorcycle dispatches', 'increase', None, None, LM, SIAM),
        ('31,480 units', 1, 31480, 'count', 'moped volumes', 'decrease', None, None, LM, SIAM),
        ('33,950 units', 1, 33950, 'count', 'moped volumes', None, None, None, per('a year earlier', 2024, 12), SIAM),
        ('1.48 crore units', 1, 14.8e6, 'count', 'two-wheeler wholesales', None, None, None, BAD, SIAM),
        ('7.3 per cent', 1, 7.3, 'percent', 'two-wheeler wholesales', 'increase', 'year_on_year', None, BAD, SIAM),
        ('55 per cent', 1, 55, 'percent', 'rural markets share of two-wheeler retail volumes', None, None, 'approximately', P('in the period', '2025-04-01', '2025-12-31'), FADA),
        ('8', 1, 8, 'percent', 'tractor sales', 'increase', None, None, P('in FY26', '2025-04-01', '2026-03-31'), None),
        ('10 per cent', 1, 10, 'percent', 'tractor sales', 'increase', None, None, P('in FY26', '2025-04-01', '2026-03-31'), None),
    ],
    'eu_energy_style_hydropower_generation_drought.txt': [
        ('78 TWh', 1, 78, 'terawatt hour', 'hydropower generation in the EU', 'decrease', None, None, Q325, None),
        ('14%', 1, 14, 'percent', 'hydropower generation in the EU', 'decrease', 'year_on_year', None, Q325, None),
        ('9%', 1, 9, 'percent', 'hydropower generation in the EU', 'decrease', None, None, Q325, None),
        ('31%', 1, 31, 'percent', 'hydro output in Italy', 'decrease', 'year_on_year', None, EQ, None),
        ('9.8 TWh', 1, 9.8, 'terawatt hour', 'hydro output in Italy', 'decrease', None, None, EQ, None),
        ('-27%', 1, -27, 'percent', 'hydro output in Portugal', 'decrease', 'year_on_year', None, EQ, None),
        ('-22%', 1, -22, 'percent', 'hydro output in Spain', 'decrease', 'year_on_year', None, EQ, None),
        ('11%', 1, 11, 'percent', 'Austrian generation', 'decrease', 'year_on_year', None, EQ, None),
        ('8%', 1, 8, 'percent', 'French generation', 'decrease', 'year_on_year', None, EQ, None),
        ('36 TWh', 1, 36, 'terawatt hour', 'Nordic output', None, None, None, EQ, None),
        ('13.1%', 1, 13.1, 'percent', 'share of hydropower in the EU electricity mix', 'decrease', None, None, EQ3, None),
        ('15.6%', 1, 15.6, 'percent', 'share of hydropower in the EU electricity mix', None, None, None, Q('a year earlier', 2024, 3), None),
        ('23.4%', 1, 23.4, 'percent', 'solar share of the mix', None, None, None, EQ3, None),
        ('6%', 1, 6, 'percent', 'output of gas-fired plants', 'increase', 'year_on_year', None, EQ3, None),
        ('41%', 1, 41, 'percent', 'reservoir levels in Spain', None, None, None, ESEP, ENTSOE),
        ('12 percentage points', 1, 12, 'percentage_point', 'reservoir levels in Spain', 'decrease', None, 'approximately', ESEP, ENTSOE),
        ('38%', 1, 38, 'percent', 'Italian reservoirs', None, None, None, ESEP, ENTSOE),
        ('262 TWh', 1, 262, 'terawatt hour', 'EU hydro generation', None, None, None, F3Q, ENTSOE),
        ('7%', 1, 7, 'percent', 'EU hydro generation', 'decrease', 'year_on_year', None, F3Q, ENTSOE),
        ('85 TWh', 1, 85, 'terawatt hour', 'EU hydro generation', 'increase', None, 'approximately', Q('In the fourth quarter', 2025, 4), None),
    ],
    'nbs_style_real_estate_investment_sales.txt': [
        ('10,404.5 billion yuan', 1, 10404.5e9, 'CNY', 'investment in real estate development', None, None, None, JN, NBS),
        ('9.4 percent', 1, 9.4, 'percent', 'investment in real estate development', 'decrease', 'year_on_year', None, JN, NBS),
        ('7,907.9 billion yuan', 1, 7907.9e9, 'CNY', 'residential investment', None, None, None, JN, NBS),
        ('9.0 percent', 1, 9.0, 'percent', 'residential investment', 'decrease', 'year_on_year', None, JN, NBS),
        ('8,380.91 million square metres', 1, 8380.91e6, 'square metre', 'floor space of buildings under construction by real estate developers', None, None, None, F11, NBS),
        ('7.2 percent', 1, 7.2, 'percent', 'floor space of buildings under construction by real estate developers', 'decrease', 'year_on_year', None, F11, NBS),
        ('879.10 million square metres', 1, 879.10e6, 'square metre', 'floor space of newly started buildings', None, None, None, F11, NBS),
        ('21.2 percent', 1, 21.2, 'percent', 'floor space of newly started buildings', 'decrease', 'year_on_year', None, F11, NBS),
        ('641.98 million square metres', 1, 641.98e6, 'square metre', 'floor space of newly started residential buildings', None, None, None, F11, NBS),
        ('21.4 percent', 1, 21.4, 'percent', 'floor space of newly started residential buildings', 'decrease', 'year_on_year', None, F11, NBS),
        ('655.45 million square metres', 1, 655.45e6, 'square metre', 'floor space of buildings completed', None, None, None, F11, NBS),
        ('17.9 percent', 1, 17.9, 'percent', 'floor space of buildings completed', 'increase', 'year_on_year', None, F11, NBS),
        ('1,012.63 million square metres', 1, 1012.63e6, 'square metre', 'floor space of newly built commercial buildings sold', None, None, None, JNH, NBS),
        ('8.0 percent', 1, 8.0, 'percent', 'floor space of newly built commercial buildings sold', 'decrease', 'year_on_year', None, JNH, NBS),
        ('10,566.1 billion yuan', 1, 10566.1e9, 'CNY', 'sales of newly built commercial buildings', None, None, None, JNH, NBS),
        ('5.2 percent', 1, 5.2, 'percent', 'sales of newly built commercial buildings', 'decrease', 'year_on_year', None, JNH, NBS),
        ('8.2', 1, 8.2, 'percent', 'floor space of residential buildings sold', 'decrease', 'year_on_year', None, JNH, NBS),
        ('6.0 percent', 1, 6.0, 'percent', 'sales of residential buildings', 'decrease', 'year_on_year', None, JNH, NBS),
        ('649.51 million square metres', 1, 649.51e6, 'square metre', 'floor space of commercial buildings for sale', None, None, None, P('At the end of November', '2023-11-30', '2023-11-30'), NBS),
        ('18.0 percent', 1, 18.0, 'percent', 'floor space of commercial buildings for sale', 'increase', 'year_on_year', None, P('At the end of November', '2023-11-30', '2023-11-30'), NBS),
        ('56', 1, 56, 'count', 'cities where sales prices of newly built commercial residential buildings declined month on month', None, None, None, NOV, NBS),
        ('2', 1, 2, 'count', 'cities where sales prices of newly built commercial residential buildings declined month on month', 'increase', 'month_on_month', None, NOV, NBS),
        ('0.3 percent', 1, 0.3, 'percent', 'sales prices of newly built commercial residential buildings in first-tier cities', 'decrease', 'month_on_month', None, NOV, NBS),
        ('0.3', 2, 0.3, 'percent', 'sales prices of newly built commercial residential buildings in second-tier cities', 'decrease', 'month_on_month', None, NOV, NBS),
        ('0.4 percent', 1, 0.4, 'percent', 'sales prices of newly built commercial residential buildings in third-tier cities', 'decrease', 'month_on_month', None, NOV, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
