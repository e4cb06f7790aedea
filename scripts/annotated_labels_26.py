# ruff: noqa: E501, RUF001
"""Write corpus/annotated_26/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_26.py corpus/annotated_26
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
UCAP = "United Coconut Associations of the Philippines"
PCA = "Philippine Coconut Authority"
CBP = "Central Bank of the Philippines"
IBGE = "Brazilian Institute of Geography and Statistics"
BCB = "Central Bank of Brazil"
DOC = "U.S. Department of Commerce"
DJ = "Dow Jones"
MNI = "MNI Indicators"
BBG = "Bloomberg"
MOTIE = "Ministry of Trade, Industry and Energy"
TE = "Trading Economics"
ECA = "European Cocoa Association"
CAA = "Cocoa Association of Asia"
ICCO = "International Cocoa Organization"
CFTC = "Commodity Futures Trading Commission"
ICE = "Intercontinental Exchange"
MOR = "Ministry of Railways"
IR = "Indian Railways"
EUROSTAT = "Eurostat"
NBS = "National Bureau of Statistics"
CAAM = "China Association of Automobile Manufacturers"
MIIT = "Ministry of Industry and Information Technology"

# 2601 ONS crime (ref Thursday 2025-10-23)
YEJ25 = P("in the year ending June 2025", "2024-07-01", "2025-06-30")
IYEJ25 = P("In the year ending June 2025", "2024-07-01", "2025-06-30")
YEJ24 = P("in the year ending June 2024", "2023-07-01", "2024-06-30")
PREV = P("in the previous year", "2023-07-01", "2024-06-30")
YEM25 = P("for the year ending March 2025", "2024-04-01", "2025-03-31")
# 2602 Reuters 1987 (ref Wednesday 1987-04-08)
HQ1 = Q("IN FIRST QUARTER", 1987, 1)
Q187 = Q("in the first quarter of 1987", 1987, 1)
INQ87 = Q("in the quarter", 1987, 1)
MAR87 = per("in March", 1987, 3)
TUE87 = P("on Tuesday", "1987-04-07", "1987-04-07")
Y86 = Y("in 1986", 1986)
# 2603 Reuters 2025 (ref Tuesday 2025-11-11)
OCT = per("in October", 2025, 10)
IOCT = per("In October", 2025, 10)
SEP = per("in September", 2025, 9)
TUE = P("on Tuesday", "2025-11-11", "2025-11-11")
# 2604 CNBC (ref Thursday 2025-12-11)
SEPA = per("September", 2025, 9)
F9M = P("In the first nine months of the year", "2025-01-01", "2025-09-30")
# 2605 MT Newswires (ref Wednesday 2025-11-26)
NOV = per("in November", 2025, 11)
INOV = per("In November", 2025, 11)
# 2606 Trading Economics (ref Monday 2025-12-01)
N25 = per("in November 2025", 2025, 11)
NOVA = per("November", 2025, 11)
F11M = P("for the first eleven months of the year", "2025-01-01", "2025-11-30")
# 2607 Investing.com (ref Monday 2025-11-24)
ET = P("By 10:40 ET", None, None)
ARR = P("between Oct. 1 and Nov. 23", "2025-10-01", "2025-11-23")
Q3A = Q("third-quarter", 2025, 3)
# 2608 Business Standard (ref Monday 2025-11-03)
DM = per("during the month", 2025, 10)
AO26 = P("During April-October of FY26", "2025-04-01", "2025-10-31")
# 2609 DG ENER (ref 2026-01-20)
Q325 = Q("In the third quarter of 2025", 2025, 3)
IQ3 = Q("In Q3 2025", 2025, 3)
INQ3 = Q("in Q3 2025", 2025, 3)
IQ = Q("In the quarter", 2025, 3)
Y24 = Y("in 2024", 2024)
# 2610 China autos (ref Friday 2025-11-14)
JO = P("from January to October this year", "2025-01-01", "2025-10-31")
OA = per("In October alone", 2025, 10)
JO2 = P("From January to October", "2025-01-01", "2025-10-31")
F10 = P("in the first ten months", "2025-01-01", "2025-10-31")
EO = P("by the end of October", "2025-10-31", "2025-10-31")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_crime_england_wales.txt': [
        ('9.6 million', 1, 9.6e6, 'count', 'incidents of crime', None, None, None, YEJ25, None),
        ('14%', 1, 14, 'percent', 'fraud incidents', 'increase', 'year_on_year', None, IYEJ25, None),
        ('4.3 million', 1, 4.3e6, 'count', 'fraud incidents', 'increase', None, None, IYEJ25, None),
        ('6.65 million', 1, 6.65e6, 'count', 'police recorded crimes excluding fraud and computer misuse', None, None, None, YEJ25, None),
        ('2%', 1, 2, 'percent', 'police recorded crimes excluding fraud and computer misuse', 'decrease', 'year_on_year', None, YEJ25, None),
        ('6.79 million', 1, 6.79e6, 'count', 'police recorded crimes excluding fraud and computer misuse', None, None, None, PREV, None),
        ('50,510', 1, 50510, 'count', 'offences involving a knife or sharp instrument', None, None, None, YEJ25, None),
        ('4%', 1, 4, 'percent', 'offences involving a knife or sharp instrument', 'decrease', 'year_on_year', None, YEJ25, None),
        ('535', 1, 535, 'count', 'homicides', 'decrease', None, None, YEJ25, None),
        ('570', 1, 570, 'count', 'homicides', None, None, None, YEJ24, None),
        ('3%', 1, 3, 'percent', 'theft offences recorded by the police', 'decrease', 'year_on_year', None, YEJ25, ONS),
        ('1.93 million', 1, 1.93e6, 'count', 'theft offences recorded by the police', 'decrease', None, None, YEJ25, ONS),
        ('13%', 1, 13, 'percent', 'shoplifting', 'increase', 'year_on_year', None, YEJ25, ONS),
        ('530,643', 1, 530643, 'count', 'shoplifting', 'increase', None, None, YEJ25, ONS),
        ('a quarter', 1, 0.25, 'fraction', 'shoplifting share of all theft', None, None, 'more_than', YEJ25, ONS),
        ('27%', 1, 27, 'percent', 'shoplifting share of all theft', None, None, None, YEJ25, ONS),
        ('2.09 million', 1, 2.09e6, 'count', 'violence against the person offences', None, None, None, IYEJ25, ONS),
        ('6%', 1, 6, 'percent', 'stalking and harassment offences', 'decrease', 'year_on_year', None, IYEJ25, ONS),
        ('652,300', 1, 652300, 'count', 'stalking and harassment offences', 'decrease', None, None, IYEJ25, ONS),
        ('5%', 1, 5, 'percent', 'sexual offences', 'increase', 'year_on_year', None, IYEJ25, ONS),
        ('211,700', 1, 211700, 'count', 'sexual offences', 'increase', None, None, IYEJ25, ONS),
        ('29,400', 1, 29400, 'count', 'households interviewed by the CSEW', None, None, 'approximately', YEJ25, ONS),
        ('12,000', 1, 12000, 'count', 'police recorded crime revision', 'increase', None, None, YEM25, ONS),
        ('6.70 million', 1, 6.70e6, 'count', 'police recorded crime', 'increase', None, None, YEM25, ONS),
    ],
    'wire_1987_philippine_coconut_oil.txt': [
        ('23.6 PCT', 1, 23.6, 'percent', 'Philippine coconut oil exports', 'increase', None, None, HQ1, None),
        ('23.6 pct', 1, 23.6, 'percent', 'Philippine coconut oil exports', 'increase', 'year_on_year', None, Q187, UCAP),
        ('312,450 tonnes', 1, 312450, 'tonne', 'Philippine coconut oil exports', 'increase', None, None, Q187, UCAP),
        ('252,800 tonnes', 1, 252800, 'tonne', 'Philippine coconut oil exports', None, None, None, Q('a year earlier', 1986, 1), UCAP),
        ('98.7 mln dlrs', 1, 98.7e6, 'USD', 'export earnings from coconut oil', 'increase', None, None, INQ87, UCAP),
        ('71.2 mln', 1, 71.2e6, 'USD', 'export earnings from coconut oil', None, None, None, Q('a year ago', 1986, 1), UCAP),
        ('118,300 tonnes', 1, 118300, 'tonne', 'coconut oil shipments', 'increase', None, None, MAR87, UCAP),
        ('96,750', 1, 96750, 'tonne', 'coconut oil shipments', None, None, None, per('in February', 1987, 2), UCAP),
        ('41,200 tonnes', 1, 41200, 'tonne', 'coconut oil shipments to the United States', None, None, None, MAR87, UCAP),
        ('33,900', 1, 33900, 'tonne', 'coconut oil shipments to the Netherlands', None, None, None, MAR87, UCAP),
        ('18,600', 1, 18600, 'tonne', 'coconut oil shipments to West Germany', None, None, None, MAR87, UCAP),
        ('61 pct', 1, 61, 'percent', 'copra exports', 'decrease', None, None, INQ87, UCAP),
        ('14,100 tonnes', 1, 14100, 'tonne', 'copra exports', 'decrease', None, None, INQ87, UCAP),
        ('365 dlrs', 1, 365, 'USD', 'coconut oil for April/May shipment', 'increase', None, None, TUE87, UCAP),
        ('350 dlrs', 1, 350, 'USD', 'coconut oil for April/May shipment', None, None, None, P('a week earlier', '1987-03-31', '1987-03-31'), UCAP),
        ('296 dlrs', 1, 296, 'USD', 'coconut oil prices', None, None, None, Y86, UCAP),
        ('48 pct', 1, 48, 'percent', 'coconut oil prices', 'decrease', 'year_on_year', None, Y86, UCAP),
        ('1.9 mln tonnes', 1, 1.9e6, 'tonne', 'copra output', 'increase', None, 'approximately', Y('this year', 1987), PCA),
        ('1.73 mln', 1, 1.73e6, 'tonne', 'copra output', None, None, None, Y86, PCA),
        ('645 mln dlrs', 1, 645e6, 'USD', 'coconut products earnings', None, None, None, Y86, CBP),
        ('13 pct', 1, 13, 'percent', "coconut products share of the country's total export receipts", None, None, 'approximately', Y86, CBP),
    ],
    'wire_2025_brazil_ipca_inflation.txt': [
        ('4.68%', 1, 4.68, 'percent', "Brazil's annual inflation", 'decrease', 'year_on_year', None, OCT, None),
        ('4.68%', 2, 4.68, 'percent', "Brazil's 12-month inflation rate", 'decrease', 'year_on_year', None, OCT, IBGE),
        ('5.17%', 1, 5.17, 'percent', "Brazil's 12-month inflation rate", None, 'year_on_year', None, SEP, IBGE),
        ('4.74%', 1, 4.74, 'percent', 'inflation', None, 'year_on_year', None, OCT, 'Reuters'),
        ('27', 1, 27, 'count', 'economists polled by Reuters', None, None, None, OCT, 'Reuters'),
        ('0.09%', 1, 0.09, 'percent', 'consumer prices', 'increase', 'month_on_month', None, OCT, IBGE),
        ('0.48%', 1, 0.48, 'percent', 'consumer prices', 'increase', 'month_on_month', None, SEP, IBGE),
        ('2.4%', 1, 2.4, 'percent', 'electricity bills', 'decrease', 'month_on_month', None, OCT, IBGE),
        ('0.15%', 1, 0.15, 'percent', 'consumer prices', 'increase', 'month_on_month', None, OCT, None),
        ('0.01%', 1, 0.01, 'percent', 'food and beverage prices', 'decrease', 'month_on_month', None, IOCT, IBGE),
        ('0.33%', 1, 0.33, 'percent', 'transport costs', 'increase', 'month_on_month', None, IOCT, IBGE),
        ('0.30%', 1, 0.30, 'percent', 'housing costs', 'decrease', 'month_on_month', None, IOCT, IBGE),
        ('3.73%', 1, 3.73, 'percent', 'consumer prices', 'increase', None, None, P('In the first ten months of the year', '2025-01-01', '2025-10-31'), IBGE),
        ('6.02%', 1, 6.02, 'percent', 'services inflation', 'decrease', 'year_on_year', None, per('in the 12 months to October', 2025, 10), IBGE),
        ('6.16%', 1, 6.16, 'percent', 'services inflation', None, 'year_on_year', None, SEP, IBGE),
        ('15%', 1, 15, 'percent', 'benchmark Selic rate', None, None, None, P('since June', '2025-06-01', '2025-11-11'), BCB),
        ('3%', 1, 3, 'percent', 'inflation target', None, None, None, None, BCB),
        ('1.5 percentage points', 1, 1.5, 'percentage_point', 'tolerance band', None, None, None, None, BCB),
        ('4.55%', 1, 4.55, 'percent', 'inflation', None, None, None, Y('this year', 2025), BCB),
        ('4.20%', 1, 4.20, 'percent', 'inflation', 'decrease', None, None, Y('in 2026', 2026), BCB),
        ('0.3%', 1, 0.3, 'percent', 'real', 'decrease', None, None, TUE, IBGE),
        ('5.31', 1, 5.31, 'BRL', 'real per dollar', 'decrease', None, None, TUE, IBGE),
    ],
    'cnbc_style_us_trade_deficit.txt': [
        ('$52.8 billion', 1, 52.8e9, 'USD', 'U.S. trade deficit', 'decrease', None, None, SEP, None),
        ('11.0%', 1, 11.0, 'percent', 'U.S. trade deficit', 'decrease', 'month_on_month', None, SEP, DOC),
        ('$52.8 billion', 2, 52.8e9, 'USD', 'U.S. trade deficit', 'decrease', None, None, SEP, DOC),
        ('$59.3 billion', 1, 59.3e9, 'USD', 'U.S. trade deficit', None, None, None, per('in August', 2025, 8), DOC),
        ('$63.3 billion', 1, 63.3e9, 'USD', 'trade deficit', None, None, None, SEP, DJ),
        ('3.0%', 1, 3.0, 'percent', 'exports', 'increase', 'month_on_month', None, SEP, DOC),
        ('$289.3 billion', 1, 289.3e9, 'USD', 'exports', 'increase', None, None, SEP, DOC),
        ('$4.1 billion', 1, 4.1e9, 'USD', 'shipments of nonmonetary gold', 'increase', 'month_on_month', None, SEP, DOC),
        ('0.6%', 1, 0.6, 'percent', 'imports', 'increase', 'month_on_month', None, SEP, DOC),
        ('$342.1 billion', 1, 342.1e9, 'USD', 'imports', 'increase', None, None, SEP, DOC),
        ('$3.2 billion', 1, 3.2e9, 'USD', 'imports of pharmaceutical preparations', 'decrease', 'month_on_month', None, SEP, DOC),
        ('7.8%', 1, 7.8, 'percent', 'exports', 'increase', 'year_on_year', None, SEP, DOC),
        ('$78.6 billion', 1, 78.6e9, 'USD', 'goods deficit', 'decrease', None, None, SEPA, DOC),
        ('$25.8 billion', 1, 25.8e9, 'USD', 'services surplus', 'increase', None, None, SEPA, DOC),
        ('$11.4 billion', 1, 11.4e9, 'USD', 'deficit with China', 'decrease', None, None, SEPA, DOC),
        ('$17.9 billion', 1, 17.9e9, 'USD', 'gap with Mexico', 'increase', None, None, SEPA, DOC),
        ('$19.2 billion', 1, 19.2e9, 'USD', 'shortfall with the European Union', None, None, None, SEPA, DOC),
        ('17.6%', 1, 17.6, 'percent', 'deficit', 'increase', 'year_on_year', None, F9M, DOC),
        ('$713.6 billion', 1, 713.6e9, 'USD', 'deficit', 'increase', None, None, F9M, DOC),
        ('10%', 1, 10, 'percent', 'baseline tariff on most imports', None, None, None, None, None),
        ('1.5 percentage points', 1, 1.5, 'percentage_point', 'net exports contribution to third-quarter GDP growth', 'increase', None, 'approximately', Q('third-quarter', 2025, 3), 'Goldman Sachs'),
    ],
    'mt_newswires_chicago_pmi.txt': [
        ('44.8', 1, 44.8, 'index_point', 'Chicago Business Barometer', 'increase', None, None, NOV, None),
        ('1.6 points', 1, 1.6, 'index_point', 'Chicago Business Barometer', 'increase', 'month_on_month', None, NOV, MNI),
        ('44.8', 2, 44.8, 'index_point', 'Chicago Business Barometer', 'increase', None, None, NOV, MNI),
        ('43.2', 1, 43.2, 'index_point', 'Chicago Business Barometer', None, None, None, per('in October', 2025, 10), MNI),
        ('44.0', 1, 44.0, 'index_point', 'Chicago Business Barometer', None, None, None, NOVA, BBG),
        ('5.3 points', 1, 5.3, 'index_point', 'new orders', 'increase', None, None, NOV, MNI),
        ('46.1', 1, 46.1, 'index_point', 'new orders', 'increase', None, None, NOV, MNI),
        ('43.9', 1, 43.9, 'index_point', 'production', 'increase', None, None, NOV, MNI),
        ('40.7', 1, 40.7, 'index_point', 'production', None, None, None, per('in October', 2025, 10), MNI),
        ('1.2 points', 1, 1.2, 'index_point', 'employment', 'decrease', None, None, NOV, MNI),
        ('39.8', 1, 39.8, 'index_point', 'employment', 'decrease', None, None, NOV, MNI),
        ('40.3', 1, 40.3, 'index_point', 'order backlogs', 'increase', None, None, INOV, MNI),
        ('3.4 points', 1, 3.4, 'index_point', 'supplier deliveries', 'decrease', None, None, INOV, MNI),
        ('53.6', 1, 53.6, 'index_point', 'supplier deliveries', 'decrease', None, None, INOV, MNI),
        ('45.0', 1, 45.0, 'index_point', 'inventories', None, None, None, INOV, MNI),
        ('62.7', 1, 62.7, 'index_point', 'prices paid index', 'decrease', None, None, NOV, MNI),
        ('65.9', 1, 65.9, 'index_point', 'prices paid index', None, None, None, per('in October', 2025, 10), MNI),
        ('41%', 1, 41, 'percent', 'respondents who had passed higher tariff costs on to customers', None, None, None, None, MNI),
        ('58', 1, 58, 'count', 'respondents', None, None, None, None, MNI),
        ('22%', 1, 22, 'percent', 'respondents who had absorbed higher tariff costs', None, None, None, None, MNI),
        ('42.9', 1, 42.9, 'index_point', 'Chicago Business Barometer average', None, None, None, P('in the three months to November', '2025-09-01', '2025-11-30'), MNI),
        ('44.6', 1, 44.6, 'index_point', 'Chicago Business Barometer average', None, None, None, P('in the previous three months', '2025-06-01', '2025-08-31'), MNI),
    ],
    'trading_economics_style_south_korea_exports.txt': [
        ('8.4%', 1, 8.4, 'percent', 'South Korea exports', 'increase', None, None, NOV, None),
        ('8.4%', 2, 8.4, 'percent', "South Korea's exports", 'increase', 'year_on_year', None, N25, MOTIE),
        ('USD 61.04 billion', 1, 61.04e9, 'USD', "South Korea's exports", 'increase', None, None, N25, MOTIE),
        ('6.0%', 1, 6.0, 'percent', 'exports', 'increase', 'year_on_year', None, N25, None),
        ('3.6%', 1, 3.6, 'percent', "South Korea's exports", 'increase', 'year_on_year', None, per('in October', 2025, 10), MOTIE),
        ('38.6%', 1, 38.6, 'percent', 'semiconductor shipments', 'increase', 'year_on_year', None, NOV, MOTIE),
        ('USD 17.3 billion', 1, 17.3e9, 'USD', 'semiconductor shipments', 'increase', None, None, NOV, MOTIE),
        ('4.1%', 1, 4.1, 'percent', 'exports of cars', 'increase', 'year_on_year', None, NOV, MOTIE),
        ('USD 6.2 billion', 1, 6.2e9, 'USD', 'exports of cars', 'increase', None, None, NOV, MOTIE),
        ('11.2%', 1, 11.2, 'percent', 'exports of petroleum products', 'decrease', 'year_on_year', None, NOV, MOTIE),
        ('6.9%', 1, 6.9, 'percent', 'sales to China', 'increase', 'year_on_year', None, NOVA, MOTIE),
        ('0.8%', 1, 0.8, 'percent', 'sales to the US', 'decrease', 'year_on_year', None, NOVA, MOTIE),
        ('12.5%', 1, 12.5, 'percent', 'shipments to ASEAN', 'increase', 'year_on_year', None, NOVA, MOTIE),
        ('2.1%', 1, 2.1, 'percent', 'imports', 'increase', 'year_on_year', None, NOV, MOTIE),
        ('USD 51.3 billion', 1, 51.3e9, 'USD', 'imports', 'increase', None, None, NOV, MOTIE),
        ('USD 9.74 billion', 1, 9.74e9, 'USD', 'trade surplus', None, None, None, NOV, MOTIE),
        ('USD 640.2 billion', 1, 640.2e9, 'USD', 'exports', None, None, None, F11M, MOTIE),
        ('2.3%', 1, 2.3, 'percent', 'exports', 'increase', 'year_on_year', None, F11M, MOTIE),
        ('16.38 USD Billion', 1, 16.38e9, 'USD', 'exports in South Korea average', None, None, None, P('from 1966 until 2025', '1966-01-01', '2025-12-31'), MOTIE),
        ('68.78 USD Billion', 1, 68.78e9, 'USD', 'exports in South Korea all-time high', None, None, None, per('in March 2022', 2022, 3), MOTIE),
        ('0.01 USD Billion', 1, 0.01e9, 'USD', 'exports in South Korea record low', None, None, None, per('in February 1966', 1966, 2), MOTIE),
        ('59.50 USD Billion', 1, 59.50e9, 'USD', 'Exports in South Korea', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('60.20 USD Billion', 1, 60.20e9, 'USD', 'Exports in South Korea', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('62.80 USD Billion', 1, 62.80e9, 'USD', 'Exports in South Korea', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_cocoa_futures.txt': [
        ('4.2%', 1, 4.2, 'percent', 'ICE New York cocoa futures for March delivery', 'decrease', None, None, ET, None),
        ('$5,148', 1, 5148, 'USD', 'ICE New York cocoa futures for March delivery', 'decrease', None, None, ET, None),
        ('$5,090', 1, 5090, 'USD', 'ICE New York cocoa futures for March delivery', 'decrease', None, None, ET, None),
        ('3.6%', 1, 3.6, 'percent', 'London cocoa', 'decrease', None, None, ET, None),
        ('£3,702', 1, 3702, 'GBP', 'London cocoa', 'decrease', None, None, ET, None),
        ('53%', 1, 53, 'percent', 'New York prices', 'decrease', None, 'approximately', P('in December 2024', '2024-12-01', '2025-11-24'), None),
        ('$12,931', 1, 12931, 'USD', 'New York cocoa record', None, None, None, per('in December 2024', 2024, 12), None),
        ('45%', 1, 45, 'percent', 'New York prices', 'decrease', None, 'approximately', P('so far this year', '2025-01-01', '2025-11-24'), None),
        ('612,000 tonnes', 1, 612000, 'tonne', 'beans delivered to Ivory Coast ports', None, None, None, ARR, None),
        ('7%', 1, 7, 'percent', 'beans delivered to Ivory Coast ports', 'increase', 'year_on_year', None, ARR, None),
        ('572,000 tonnes', 1, 572000, 'tonne', 'beans delivered to Ivory Coast ports', None, None, None, P('in the same period last season', '2024-10-01', '2024-11-23'), None),
        ('4.8%', 1, 4.8, 'percent', 'European grindings', 'decrease', 'year_on_year', None, Q3A, ECA),
        ('337,353 tonnes', 1, 337353, 'tonne', 'European grindings', 'decrease', None, None, Q3A, ECA),
        ('17.0%', 1, 17.0, 'percent', 'Asian grindings', 'decrease', 'year_on_year', None, Q('in the same quarter', 2025, 3), CAA),
        ('142,000 tonnes', 1, 142000, 'tonne', 'global cocoa surplus', None, None, None, P('for the 2024/25 season', '2024-10-01', '2025-09-30'), ICCO),
        ('494,000 tonnes', 1, 494000, 'tonne', 'global cocoa deficit', None, None, None, P('in 2023/24', '2023-10-01', '2024-09-30'), ICCO),
        ('12,450', 1, 12450, 'count', 'speculators net long position in New York cocoa', 'decrease', None, None, P('in the week to Nov. 18', '2025-11-12', '2025-11-18'), CFTC),
        ('15,830', 1, 15830, 'count', 'speculators net long position in New York cocoa', None, None, None, P('a week earlier', '2025-11-05', '2025-11-11'), CFTC),
        ('2.01 million', 1, 2.01e6, 'count', 'certified cocoa stocks in ICE-monitored warehouses', 'increase', None, None, P('on Friday', '2025-11-21', '2025-11-21'), ICE),
        ('1.86 million', 1, 1.86e6, 'count', 'certified cocoa stocks in ICE-monitored warehouses', None, None, None, P('a week earlier', '2025-11-14', '2025-11-14'), ICE),
    ],
    'business_standard_style_railway_freight.txt': [
        ('2.7%', 1, 2.7, 'percent', 'railway freight loading', 'increase', None, None, OCT, None),
        ('136 MT', 1, 136e6, 'tonne', 'railway freight loading', 'increase', None, None, OCT, None),
        ('136.2 million tonnes', 1, 136.2e6, 'tonne', 'freight loaded by Indian Railways', None, None, None, OCT, MOR),
        ('2.7 per cent', 1, 2.7, 'percent', 'freight loaded by Indian Railways', 'increase', 'year_on_year', None, OCT, MOR),
        ('132.6 MT', 1, 132.6e6, 'tonne', 'freight loaded by Indian Railways', None, None, None, per('in the same month last year', 2024, 10), MOR),
        ('4.1 per cent', 1, 4.1, 'percent', 'freight earnings', 'increase', 'year_on_year', None, DM, MOR),
        ('Rs 14,820 crore', 1, 148.2e9, 'INR', 'freight earnings', 'increase', None, None, DM, MOR),
        ('half', 1, 0.5, 'fraction', "coal share of the national transporter's freight volume", None, None, 'approximately', IOCT, MOR),
        ('1.8 per cent', 1, 1.8, 'percent', 'coal', 'decrease', 'year_on_year', None, IOCT, MOR),
        ('65.9 MT', 1, 65.9e6, 'tonne', 'coal', 'decrease', None, None, IOCT, MOR),
        ('9.6 per cent', 1, 9.6, 'percent', 'iron ore loading', 'increase', 'year_on_year', None, IOCT, MOR),
        ('16.4 MT', 1, 16.4e6, 'tonne', 'iron ore loading', 'increase', None, None, IOCT, MOR),
        ('6.3 per cent', 1, 6.3, 'percent', 'cement and clinker', 'increase', 'year_on_year', None, IOCT, MOR),
        ('11.2 per cent', 1, 11.2, 'percent', 'container traffic', 'increase', 'year_on_year', None, IOCT, MOR),
        ('935.8 MT', 1, 935.8e6, 'tonne', 'cumulative loading', None, None, None, AO26, MOR),
        ('918.1 MT', 1, 918.1e6, 'tonne', 'cumulative loading', None, None, None, P('in the corresponding period of FY25', '2024-04-01', '2024-10-31'), MOR),
        ('Rs 1.01 trillion', 1, 1.01e12, 'INR', 'freight revenue', None, None, None, AO26, MOR),
        ('4.39 lakh', 1, 439000, 'count', 'wagons loaded a day', 'increase', None, None, OCT, MOR),
        ('4.21 lakh', 1, 421000, 'count', 'wagons loaded a day', None, None, None, per('a year ago', 2024, 10), MOR),
        ('25.1 km per hour', 1, 25.1, 'kilometre per hour', 'average speed of freight trains', 'increase', None, None, OCT, MOR),
        ('400', 1, 400, 'count', 'trains run by dedicated freight corridors a day', None, None, 'more_than', DM, MOR),
        ('1.7 billion tonnes', 1, 1.7e9, 'tonne', 'loading target', None, None, None, P('in FY26', '2025-04-01', '2026-03-31'), IR),
        ('1,617 MT', 1, 1617e6, 'tonne', 'loading', None, None, None, P('in FY25', '2024-04-01', '2025-03-31'), MOR),
        ('30 per cent', 1, 30, 'percent', "share of the country's freight traffic", 'increase', None, 'more_than', Y('by 2030', 2030), IR),
    ],
    'eu_energy_style_crude_oil_imports.txt': [
        ('1 071 million barrels', 1, 1071e6, 'barrel', 'EU crude oil imports from extra-EU countries', None, None, None, Q325, None),
        ('2.4%', 1, 2.4, 'percent', 'EU crude oil imports from extra-EU countries', 'increase', 'quarter_on_quarter', None, Q325, None),
        ('1.8%', 1, 1.8, 'percent', 'EU crude oil imports from extra-EU countries', 'decrease', 'year_on_year', None, Q325, None),
        ('EUR 62.5 billion', 1, 62.5e9, 'EUR', 'EU import bill for crude oil', 'decrease', None, None, Q325, None),
        ('21%', 1, 21, 'percent', 'EU import bill for crude oil', 'decrease', 'year_on_year', None, Q325, None),
        ('58.4 EUR/bbl', 1, 58.4, 'EUR', 'average import price', 'decrease', None, None, Q325, None),
        ('72.1 EUR/bbl', 1, 72.1, 'EUR', 'average import price', None, None, None, Q('a year earlier', 2024, 3), None),
        ('14.6%', 1, 14.6, 'percent', 'Norway share of extra-EU imports', None, None, None, IQ3, None),
        ('14.1%', 1, 14.1, 'percent', 'United States share of extra-EU imports', None, None, None, IQ3, None),
        ('11.8%', 1, 11.8, 'percent', 'Kazakhstan share of extra-EU imports', None, None, None, IQ3, None),
        ('9.3%', 1, 9.3, 'percent', 'Libya share of extra-EU imports', None, None, None, IQ3, None),
        ('8.2%', 1, 8.2, 'percent', 'Iraq share of extra-EU imports', None, None, None, IQ3, None),
        ('11%', 1, 11, 'percent', 'imports from the United States', 'increase', 'quarter_on_quarter', None, IQ3, None),
        ('6%', 1, 6, 'percent', 'imports from Saudi Arabia', 'decrease', 'quarter_on_quarter', None, IQ3, None),
        ('9%', 1, 9, 'percent', 'imports from Iraq', 'decrease', 'quarter_on_quarter', None, IQ3, None),
        ('three fifths', 1, 0.6, 'fraction', 'top five suppliers share of extra-EU crude imports', None, None, 'approximately', IQ, None),
        ('2.7%', 1, 2.7, 'percent', 'Russian crude share of the total', 'decrease', None, None, IQ, None),
        ('3.1%', 1, 3.1, 'percent', 'Russian crude share of the total', None, None, None, Q('in the second quarter', 2025, 2), None),
        ('69.1 USD/bbl', 1, 69.1, 'USD', 'Brent crude', None, None, None, INQ3, None),
        ('4%', 1, 4, 'percent', 'Brent crude', 'increase', 'quarter_on_quarter', None, INQ3, None),
        ('14%', 1, 14, 'percent', 'Brent crude', 'decrease', 'year_on_year', None, INQ3, None),
        ('96.7%', 1, 96.7, 'percent', 'EU crude oil import dependency', None, None, None, Y24, EUROSTAT),
        ('14.8 million tonnes', 1, 14.8e6, 'tonne', 'domestic production', None, None, None, Y24, EUROSTAT),
    ],
    'nbs_style_auto_production_nev.txt': [
        ('29.8%', 1, 29.8, 'percent', "China's NEV output", 'increase', None, None, P('in first ten months', '2025-01-01', '2025-10-31'), None),
        ('27.46 million units', 1, 27.46e6, 'count', 'output of automobiles', None, None, None, JO, NBS),
        ('11.6%', 1, 11.6, 'percent', 'output of automobiles', 'increase', 'year_on_year', None, JO, NBS),
        ('29.8%', 2, 29.8, 'percent', 'output of new energy vehicles', 'increase', 'year_on_year', None, JO, NBS),
        ('13.02 million units', 1, 13.02e6, 'count', 'output of new energy vehicles', 'increase', None, None, JO, NBS),
        ('9.2%', 1, 9.2, 'percent', 'automobile production', 'increase', 'year_on_year', None, OA, NBS),
        ('3.27 million units', 1, 3.27e6, 'count', 'automobile production', 'increase', None, None, OA, NBS),
        ('16.3%', 1, 16.3, 'percent', 'added value of the automobile manufacturing industry', 'increase', 'year_on_year', None, OA, NBS),
        ('11.4 percentage points', 1, 11.4, 'percentage_point', 'added value of the automobile manufacturing industry outpacing all industrial enterprises above designated size', None, None, None, OA, NBS),
        ('1.72 million units', 1, 1.72e6, 'count', 'sales of NEVs', None, None, None, OCT, CAAM),
        ('20.0%', 1, 20.0, 'percent', 'sales of NEVs', 'increase', 'year_on_year', None, OCT, CAAM),
        ('6.5%', 1, 6.5, 'percent', 'sales of NEVs', 'increase', 'month_on_month', None, OCT, CAAM),
        ('51.6%', 1, 51.6, 'percent', 'NEV share of total new vehicle sales', None, None, None, OCT, CAAM),
        ('13.71 million units', 1, 13.71e6, 'count', 'NEV sales', None, None, None, JO2, CAAM),
        ('32.7%', 1, 32.7, 'percent', 'NEV sales', 'increase', 'year_on_year', None, JO2, CAAM),
        ('doubled', 1, 2, 'times', 'exports of NEVs', 'increase', 'year_on_year', 'more_than', JO2, CAAM),
        ('2.02 million units', 1, 2.02e6, 'count', 'exports of NEVs', 'increase', None, None, JO2, CAAM),
        ('42.1%', 1, 42.1, 'percent', 'sales of battery electric vehicles', 'increase', 'year_on_year', None, F10, CAAM),
        ('18.4%', 1, 18.4, 'percent', 'sales of plug-in hybrids', 'increase', 'year_on_year', None, F10, CAAM),
        ('38%', 1, 38, 'percent', 'sales of fuel cell vehicles', 'decrease', 'year_on_year', None, F10, CAAM),
        ('18.64 million', 1, 18.64e6, 'count', 'charging facilities nationwide', None, None, None, EO, MIIT),
        ('54.0%', 1, 54.0, 'percent', 'charging facilities nationwide', 'increase', 'year_on_year', None, EO, MIIT),
        ('4.47 million', 1, 4.47e6, 'count', 'public charging facilities', None, None, None, EO, MIIT),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
