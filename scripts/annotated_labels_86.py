# ruff: noqa: E501, RUF001
"""Write corpus/annotated_86/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_86.py corpus/annotated_86
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
FSO = "Federal Statistical Office"
KSH = "Hungarian Central Statistical Office"
TSA = "Transportation Security Administration"
A4A = "Airlines for America"
IFO = "Ifo Institute"
BBG = "Bloomberg"
GSO = "General Statistics Office"
GVN = "Government of Vietnam"
TE = "Trading Economics"
GIE = "Gas Infrastructure Europe"
LSEG = "LSEG"
GS = "Goldman Sachs"
MORTH = "Ministry of Road Transport and Highways"
IHMCL = "Indian Highways Management Company Ltd"
EMBER = "Ember"
NBS = "National Bureau of Statistics"

# 8601 ONS UK trade (ref Thursday 2025-10-16)
T3M = P("in the three months to August 2025", "2025-06-01", "2025-08-31")
BJA = P("Between July and August 2025", "2025-08-01", "2025-08-31")
T3E = P("In the three months to August 2025", "2025-06-01", "2025-08-31")
AUG25 = per("in August 2025", 2025, 8)
OLT = P("Over the latest three months", "2025-06-01", "2025-08-31")
SPYE = P("in the same period a year earlier", "2024-06-01", "2024-08-31")
JUL25 = per("for July 2025", 2025, 7)
# 8602 Reuters 1987 (ref Friday 1987-04-03)
HFEB = per("IN FEBRUARY", 1987, 2)
FEB = per("in February", 1987, 2)
JAN = per("in January", 1987, 1)
F2M = P("In the first two months of 1987", "1987-01-01", "1987-02-28")
# 8603 Reuters 2025 (ref Friday 2025-12-05)
OCT = per("in October", 2025, 10)
SEP = per("in September", 2025, 9)
IOCT = per("In October", 2025, 10)
# 8604 CNBC (ref Friday 2026-01-02)
HOL = P("between the Tuesday before Thanksgiving and New Year's Day", "2025-11-25", "2026-01-01")
CDEC = per("in December", 2025, 12)
# 8605 MT Newswires (ref Wednesday 2025-11-26)
NOV = per("in November", 2025, 11)
MOCT = per("in October", 2025, 10)
INOV = per("In November", 2025, 11)
MSEP = per("in September", 2025, 9)
# 8606 Trading Economics (ref Saturday 2025-12-06)
N25 = per("in November 2025", 2025, 11)
VOCT = per("in October", 2025, 10)
VNOV = per("in November", 2025, 11)
# 8607 Investing.com (ref Tuesday 2026-01-13)
ET = P("By 05:40 ET", None, None)
J11 = P("as of Jan. 11", "2026-01-11", "2026-01-11")
Q126 = Q("first-quarter", 2026, 1)
# 8608 Business Standard (ref Monday 2025-12-08)
E8 = P("during the eight months", "2025-04-01", "2025-11-30")
F8 = P("in the first eight months of the fiscal", "2025-04-01", "2025-11-30")
FY26 = P("for FY26", "2025-04-01", "2026-03-31")
DAN = P("during April-November", "2025-04-01", "2025-11-30")
BNOV = per("In November", 2025, 11)
JMQ = P("in the January-March quarter", "2026-01-01", "2026-03-31")
# 8609 DG ENER (ref Wednesday 2026-01-14)
Q3L = Q("In the third quarter of 2025", 2025, 3)
INQ = Q("in the quarter", 2025, 3)
BJS = P("Between July and September", "2025-07-01", "2025-09-30")
F9 = P("in the first nine months of 2025", "2025-01-01", "2025-09-30")
# 8610 NBS (ref Monday 2025-12-15)
NNOV = per("in November", 2025, 11)
CNOV = per("In November", 2025, 11)
JN = P("From January to November", "2025-01-01", "2025-11-30")
F11 = P("In the first eleven months", "2025-01-01", "2025-11-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_trade_in_goods_monthly_partners.txt': [
        ('£1.9 billion', 1, 1.9e9, 'GBP', 'trade in goods deficit excluding precious metals', 'increase', 'period_on_period', None, T3M, None),
        ('£63.4 billion', 1, 63.4e9, 'GBP', 'trade in goods deficit excluding precious metals', 'increase', None, None, T3M, None),
        ('£2.3 billion', 1, 2.3e9, 'GBP', 'goods imports', 'increase', 'period_on_period', None, T3M, None),
        ('1.5%', 1, 1.5, 'percent', 'goods imports', 'increase', 'period_on_period', None, T3M, None),
        ('£0.4 billion', 1, 0.4e9, 'GBP', 'goods exports', 'increase', 'period_on_period', None, T3M, None),
        ('1.3%', 1, 1.3, 'percent', 'imports from the EU', 'increase', None, None, None, None),
        ('1.8%', 1, 1.8, 'percent', 'imports from non-EU countries', 'increase', None, None, None, None),
        ('£0.8 billion', 1, 0.8e9, 'GBP', 'goods deficit excluding precious metals', 'decrease', 'month_on_month', None, BJA, None),
        ('£20.7 billion', 1, 20.7e9, 'GBP', 'goods deficit excluding precious metals', 'decrease', None, None, BJA, None),
        ('£45.6 billion', 1, 45.6e9, 'GBP', 'goods exports to the EU', None, None, None, T3E, ONS),
        ('1.9%', 1, 1.9, 'percent', 'goods exports to the EU', 'increase', 'period_on_period', None, T3E, ONS),
        ('1.0%', 1, 1.0, 'percent', 'exports to non-EU countries', 'decrease', 'period_on_period', None, T3E, ONS),
        ('£46.1 billion', 1, 46.1e9, 'GBP', 'exports to non-EU countries', 'decrease', None, None, T3E, ONS),
        ('£80.2 billion', 1, 80.2e9, 'GBP', 'imports from non-EU countries', None, None, None, T3E, ONS),
        ('£5.3 billion', 1, 5.3e9, 'GBP', 'excess of imports from non-EU countries over imports from the EU', None, None, None, T3E, ONS),
        ('£0.6 billion', 1, 0.6e9, 'GBP', 'exports to the US', 'decrease', 'month_on_month', None, AUG25, ONS),
        ('11.1%', 1, 11.1, 'percent', 'exports to the US', 'decrease', 'month_on_month', None, AUG25, ONS),
        ('£4.8 billion', 1, 4.8e9, 'GBP', 'exports to the US', 'decrease', None, None, AUG25, ONS),
        ('6.4%', 1, 6.4, 'percent', 'imports from China', 'increase', 'month_on_month', None, AUG25, ONS),
        ('£5.9 billion', 1, 5.9e9, 'GBP', 'imports from China', 'increase', None, None, AUG25, ONS),
        ('£1.4 billion', 1, 1.4e9, 'GBP', 'exports to China', None, None, None, AUG25, ONS),
        ('16%', 1, 16, 'percent', 'US share of UK goods exports', None, None, 'approximately', OLT, ONS),
        ('18%', 1, 18, 'percent', 'US share of UK goods exports', None, None, 'approximately', SPYE, ONS),
        ('£21.0 billion', 1, 21.0e9, 'GBP', 'goods deficit', None, None, None, JUL25, ONS),
        ('£21.5 billion', 1, 21.5e9, 'GBP', 'goods deficit', 'increase', None, None, JUL25, ONS),
    ],
    'wire_1987_west_german_retail_sales.txt': [
        ('3.5 PCT', 1, 3.5, 'percent', 'West German retail sales', 'decrease', None, None, HFEB, None),
        ('3.5 pct', 1, 3.5, 'percent', 'real West German retail turnover', 'decrease', 'year_on_year', None, FEB, FSO),
        ('1.2 pct', 1, 1.2, 'percent', 'real West German retail turnover', 'increase', 'year_on_year', None, JAN, FSO),
        ('2.6 pct', 1, 2.6, 'percent', 'nominal sales', 'decrease', 'year_on_year', None, per('February', 1987, 2), FSO),
        ('0.8 pct', 1, 0.8, 'percent', 'real West German retail turnover', 'increase', 'year_on_year', None, per('January', 1987, 1), FSO),
        ('96.8', 1, 96.8, 'index_point', 'real sales index', None, None, None, FEB, FSO),
        ('100.3', 1, 100.3, 'index_point', 'real sales index', None, None, None, per('a year earlier', 1986, 2), FSO),
        ('1.9 pct', 1, 1.9, 'percent', 'seasonally adjusted real sales', 'decrease', 'month_on_month', None, FEB, FSO),
        ('1.4 pct', 1, 1.4, 'percent', 'seasonally adjusted nominal sales', 'decrease', 'month_on_month', None, FEB, FSO),
        ('1.1 pct', 1, 1.1, 'percent', 'real retail sales', 'decrease', 'year_on_year', None, F2M, FSO),
        ('0.3 pct', 1, 0.3, 'percent', 'nominal retail sales', 'decrease', 'year_on_year', None, F2M, FSO),
        ('4.0 pct', 1, 4.0, 'percent', 'real sales', 'increase', 'year_on_year', None, Y('in calendar 1986', 1986), FSO),
        ('4.8 pct', 1, 4.8, 'percent', "food retailers' real sales", 'decrease', 'year_on_year', None, FEB, FSO),
        ('6.1 pct', 1, 6.1, 'percent', 'sales by department stores', 'decrease', 'year_on_year', None, FEB, FSO),
        ('7.5 pct', 1, 7.5, 'percent', 'sales of clothing and shoe shops', 'decrease', 'year_on_year', None, FEB, FSO),
        ('2.3', 1, 2.3, 'percent', "car dealers' real turnover", 'increase', 'year_on_year', None, FEB, FSO),
        ('3.0 pct', 1, 3.0, 'percent', "car dealers' nominal turnover", 'increase', 'year_on_year', None, FEB, FSO),
        ('32,000', 1, 32000, 'count', 'retail firms in the sample', None, None, 'approximately', None, FSO),
    ],
    'wire_2025_hungary_industrial_output.txt': [
        ('3.8%', 1, 3.8, 'percent', "Hungary's industrial output", 'decrease', 'year_on_year', None, OCT, None),
        ('3.8%', 2, 3.8, 'percent', "Hungary's industrial output", 'decrease', 'year_on_year', None, OCT, KSH),
        ('1.5%', 1, 1.5, 'percent', 'industrial output', 'decrease', 'year_on_year', None, OCT, 'Reuters'),
        ('4.0%', 1, 4.0, 'percent', 'industrial output', 'decrease', 'year_on_year', None, OCT, 'Reuters'),
        ('0.8%', 1, 0.8, 'percent', 'industrial output', 'increase', 'year_on_year', None, OCT, 'Reuters'),
        ('1.9%', 1, 1.9, 'percent', 'output', 'decrease', 'year_on_year', None, SEP, KSH),
        ('2.2%', 1, 2.2, 'percent', 'output', 'decrease', 'year_on_year', None, SEP, KSH),
        ('5.1%', 1, 5.1, 'percent', 'production in raw terms', 'decrease', 'year_on_year', None, OCT, KSH),
        ('1.2%', 1, 1.2, 'percent', 'output', 'decrease', 'month_on_month', None, OCT, KSH),
        ('4.3%', 1, 4.3, 'percent', 'industrial production', 'decrease', 'year_on_year', None, P('In the first ten months of the year', '2025-01-01', '2025-10-31'), KSH),
        ('a fifth', 1, 0.2, 'fraction', 'transport equipment share of Hungarian industrial output', None, None, 'approximately', IOCT, KSH),
        ('9.6%', 1, 9.6, 'percent', 'manufacture of transport equipment', 'decrease', 'year_on_year', None, IOCT, KSH),
        ('12.4%', 1, 12.4, 'percent', 'computer, electronic and optical products sector', 'decrease', 'year_on_year', None, IOCT, KSH),
        ('2.7%', 1, 2.7, 'percent', 'food processing', 'increase', 'year_on_year', None, IOCT, KSH),
        ('5.3%', 1, 5.3, 'percent', 'chemical industry', 'increase', 'year_on_year', None, IOCT, KSH),
        ('3%', 1, 3, 'percent', 'industrial production', 'decrease', None, None, Y('in 2025', 2025), 'ING'),
        ('4%', 1, 4, 'percent', 'industrial production', 'decrease', None, None, Y('in 2025', 2025), 'ING'),
        ('382.40', 1, 382.40, 'HUF', 'forint', None, None, None, P('by 0930 GMT', None, None), KSH),
    ],
    'cnbc_style_airline_holiday_travel_tsa.txt': [
        ('3.8%', 1, 3.8, 'percent', 'airport screenings', 'increase', 'year_on_year', None, None, None),
        ('104.2 million', 1, 104.2e6, 'count', 'people screened by the Transportation Security Administration', None, None, None, HOL, TSA),
        ('3.8%', 2, 3.8, 'percent', 'people screened by the Transportation Security Administration', 'increase', 'year_on_year', None, HOL, TSA),
        ('3,133,469', 1, 3133469, 'count', 'travelers passing through checkpoints', None, None, None, P('Sunday, Nov. 30', '2025-11-30', '2025-11-30'), TSA),
        ('3,097,412', 1, 3097412, 'count', 'travelers passing through checkpoints', None, None, None, P('Sunday, Dec. 28', '2025-12-28', '2025-12-28'), TSA),
        ('3.05 million', 1, 3.05e6, 'count', 'travelers passing through checkpoints', None, None, 'less_than', P('Friday, Dec. 19', '2025-12-19', '2025-12-19'), TSA),
        ('nine', 1, 9, 'count', 'days with more than 3 million screenings', None, None, None, P('in the period', '2025-11-25', '2026-01-01'), TSA),
        ('four', 1, 4, 'count', 'days with more than 3 million screenings', None, None, None, P('a year earlier', '2024-11-26', '2025-01-01'), TSA),
        ('2.9%', 1, 2.9, 'percent', 'domestic seats scheduled by U.S. carriers', 'increase', 'year_on_year', None, CDEC, 'Cirium'),
        ('5.4%', 1, 5.4, 'percent', 'international capacity', 'increase', 'year_on_year', None, CDEC, 'Cirium'),
        ('$371', 1, 371, 'USD', 'average domestic round-trip ticket', None, None, None, None, 'Hopper'),
        ('2%', 1, 2, 'percent', 'average domestic round-trip ticket', 'decrease', 'year_on_year', None, None, 'Hopper'),
        ('$360', 1, 360, 'USD', 'average domestic round-trip ticket', None, None, None, None, 'Hopper'),
        ('$390', 1, 390, 'USD', 'average domestic round-trip ticket', None, None, None, None, 'Hopper'),
        ('1,900', 1, 1900, 'count', 'flight cancellations', None, None, 'more_than', P('on Dec. 26', '2025-12-26', '2025-12-26'), 'FlightAware'),
        ('3.2 million', 1, 3.2e6, 'count', 'passengers flown by U.S. carriers a day', 'increase', None, 'approximately', Y('in 2026', 2026), A4A),
        ('3.1 million', 1, 3.1e6, 'count', 'passengers flown by U.S. carriers a day', None, None, 'approximately', Y('in 2025', 2025), A4A),
    ],
    'mt_newswires_germany_ifo_export_expectations.txt': [
        ('-3.4 points', 1, -3.4, 'index_point', 'Ifo export expectations index', 'increase', None, None, NOV, IFO),
        ('-5.1 points', 1, -5.1, 'index_point', 'Ifo export expectations index', None, None, None, MOCT, IFO),
        ('-4.9', 1, -4.9, 'index_point', 'Ifo export expectations index', None, None, None, MOCT, IFO),
        ('-4.0', 1, -4.0, 'index_point', 'export expectations index', None, None, None, NOV, BBG),
        ('8.2 points', 1, 8.2, 'index_point', "chemical industry's export expectations indicator", 'increase', 'month_on_month', None, INOV, IFO),
        ('-11.6 points', 1, -11.6, 'index_point', "chemical industry's export expectations indicator", 'increase', None, None, INOV, IFO),
        ('-9.7', 1, -9.7, 'index_point', "automakers' export expectations", 'increase', None, None, INOV, IFO),
        ('-18.3', 1, -18.3, 'index_point', "automakers' export expectations", None, None, None, MOCT, IFO),
        ('3.1 points', 1, 3.1, 'index_point', "mechanical engineering firms' export expectations", 'decrease', 'month_on_month', None, INOV, IFO),
        ('2.4', 1, 2.4, 'index_point', "electrical equipment makers' export expectations", None, None, None, INOV, IFO),
        ('-27.5 points', 1, -27.5, 'index_point', "furniture makers' export expectations", None, None, None, INOV, IFO),
        ('-22.8', 1, -22.8, 'index_point', "textile producers' export expectations", None, None, None, INOV, IFO),
        ('-19.4', 1, -19.4, 'index_point', "metal producers' export expectations", None, None, None, INOV, IFO),
        ('1.4%', 1, 1.4, 'percent', 'exports', 'increase', 'month_on_month', None, MSEP, FSO),
        ('0.5%', 1, 0.5, 'percent', 'exports', 'increase', 'month_on_month', None, per('the month before', 2025, 8), FSO),
        ('14.0%', 1, 14.0, 'percent', 'shipments to the U.S.', 'decrease', 'year_on_year', None, MSEP, FSO),
        ('1%', 1, 1, 'percent', 'German exports', 'decrease', None, 'approximately', Y('this year', 2025), 'Commerzbank'),
        ('1.5%', 1, 1.5, 'percent', 'German exports', 'increase', None, None, Y('in 2026', 2026), 'Commerzbank'),
        ('2%', 1, 2, 'percent', 'German exports', 'increase', None, None, Y('in 2026', 2026), 'Commerzbank'),
        ('2,300', 1, 2300, 'count', 'manufacturing companies responding to the Ifo survey', None, None, 'approximately', None, IFO),
    ],
    'trading_economics_style_vietnam_inflation.txt': [
        ('3.12%', 1, 3.12, 'percent', 'Vietnam inflation rate', 'decrease', None, None, None, None),
        ('3.12%', 2, 3.12, 'percent', 'annual inflation rate in Vietnam', 'decrease', 'year_on_year', None, N25, GSO),
        ('3.25%', 1, 3.25, 'percent', 'annual inflation rate in Vietnam', None, 'year_on_year', None, per('in the previous month', 2025, 10), GSO),
        ('3.30%', 1, 3.30, 'percent', 'annual inflation rate in Vietnam', None, 'year_on_year', None, N25, None),
        ('4.86%', 1, 4.86, 'percent', 'costs for housing and construction materials', 'increase', 'year_on_year', None, N25, GSO),
        ('5.52%', 1, 5.52, 'percent', 'costs for housing and construction materials', None, 'year_on_year', None, VOCT, GSO),
        ('-2.14%', 1, -2.14, 'percent', 'transport prices', 'decrease', 'year_on_year', None, N25, GSO),
        ('-1.37%', 1, -1.37, 'percent', 'transport prices', 'decrease', 'year_on_year', None, VOCT, GSO),
        ('4.07%', 1, 4.07, 'percent', 'prices for food and foodstuffs', 'increase', 'year_on_year', None, N25, GSO),
        ('3.58%', 1, 3.58, 'percent', 'prices for food and foodstuffs', None, 'year_on_year', None, VOCT, GSO),
        ('8.9%', 1, 8.9, 'percent', 'pork prices', 'increase', 'year_on_year', None, N25, GSO),
        ('11.2%', 1, 11.2, 'percent', 'rice prices', 'decrease', 'year_on_year', None, N25, GSO),
        ('0.27%', 1, 0.27, 'percent', 'CPI', 'increase', 'month_on_month', None, VNOV, GSO),
        ('0.21%', 1, 0.21, 'percent', 'CPI', 'increase', 'month_on_month', None, VOCT, GSO),
        ('6.4%', 1, 6.4, 'percent', 'vegetable prices', 'increase', 'month_on_month', None, VNOV, GSO),
        ('3.19%', 1, 3.19, 'percent', 'core inflation', None, 'year_on_year', None, VNOV, GSO),
        ('3.21%', 1, 3.21, 'percent', 'core inflation', None, 'year_on_year', None, VOCT, GSO),
        ('3.29%', 1, 3.29, 'percent', 'average consumer prices', 'increase', 'year_on_year', None, P('in the first eleven months of the year', '2025-01-01', '2025-11-30'), GSO),
        ('4.5', 1, 4.5, 'percent', 'inflation ceiling', None, None, None, Y('2025', 2025), GVN),
        ('5%', 1, 5, 'percent', 'inflation ceiling', None, None, None, Y('2025', 2025), GVN),
        ('5.92 percent', 1, 5.92, 'percent', 'Inflation Rate in Vietnam average', None, None, None, P('from 1996 until 2025', '1996-01-01', '2025-12-31'), GSO),
        ('28.24 percent', 1, 28.24, 'percent', 'Inflation Rate in Vietnam all time high', None, None, None, per('in August of 2008', 2008, 8), GSO),
        ('-2.60 percent', 1, -2.60, 'percent', 'Inflation Rate in Vietnam record low', 'decrease', None, None, per('in July of 2000', 2000, 7), GSO),
        ('3.20 percent', 1, 3.20, 'percent', 'Inflation Rate in Vietnam', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('3.50 percent', 1, 3.50, 'percent', 'Vietnam Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
    ],
    'investing_style_natural_gas_ttf_storage.txt': [
        ('6%', 1, 6, 'percent', 'Dutch TTF gas', 'increase', None, None, None, None),
        ('6.2%', 1, 6.2, 'percent', 'Dutch TTF front-month contract', 'increase', None, None, ET, None),
        ('€36.85', 1, 36.85, 'EUR', 'Dutch TTF front-month contract', 'increase', None, None, ET, None),
        ('5.1p', 1, 0.051, 'GBP', 'British NBP February contract', 'increase', None, None, ET, None),
        ('91.40p', 1, 0.914, 'GBP', 'British NBP February contract', 'increase', None, None, ET, None),
        ('3.4%', 1, 3.4, 'percent', 'TTF', 'increase', None, None, P('on Monday', '2026-01-12', '2026-01-12'), None),
        ('27%', 1, 27, 'percent', 'TTF', 'increase', None, 'approximately', P('since Dec. 30', '2025-12-30', '2026-01-13'), None),
        ('€28.10/MWh', 1, 28.10, 'EUR', 'TTF low', None, None, None, P('Dec. 30', '2025-12-30', '2025-12-30'), None),
        ('51.3%', 1, 51.3, 'percent', 'EU gas storage sites filling level', None, None, None, J11, GIE),
        ('63%', 1, 63, 'percent', 'EU gas storage five-year average', None, None, None, J11, GIE),
        ('65.8%', 1, 65.8, 'percent', 'EU gas storage sites filling level', None, None, None, P('a year earlier', '2025-01-11', '2025-01-11'), GIE),
        ('45%', 1, 45, 'percent', 'German sites filling level', None, None, None, J11, GIE),
        ('58%', 1, 58, 'percent', 'filling level of sites in Austria', None, None, None, J11, GIE),
        ('42%', 1, 42, 'percent', 'filling level of sites in the Netherlands', None, None, None, J11, GIE),
        ('1,020 GWh/d', 1, 1020, 'gigawatt hour per day', 'net withdrawals', None, None, None, P('in the seven days to Jan. 11', '2026-01-05', '2026-01-11'), GIE),
        ('640 GWh/d', 1, 640, 'gigawatt hour per day', 'net withdrawals', None, None, None, P('in the previous week', '2025-12-29', '2026-01-04'), GIE),
        ('468 million cubic metres per day', 1, 468e6, 'cubic metre per day', 'LNG send-out from European terminals', 'decrease', None, None, P('on Monday', '2026-01-12', '2026-01-12'), LSEG),
        ('510 mcm/d', 1, 510e6, 'cubic metre per day', 'LNG send-out from European terminals', None, None, None, P('last week', '2026-01-05', '2026-01-11'), LSEG),
        ('$11.20', 1, 11.20, 'USD', 'JKM benchmark', None, None, None, P('on Tuesday', '2026-01-13', '2026-01-13'), LSEG),
        ('€38/MWh', 1, 38, 'EUR', 'TTF', 'increase', None, None, Q126, GS),
        ('€33/MWh', 1, 33, 'EUR', 'TTF', None, None, None, Q126, GS),
        ('30%', 1, 30, 'percent', 'EU storage', 'decrease', None, 'less_than', P('by the end of March', '2026-03-31', '2026-03-31'), GS),
    ],
    'business_standard_style_toll_road_highway_construction.txt': [
        ('28.4 km/day', 1, 28.4, 'kilometre per day', 'highway construction', 'decrease', None, None, P('in Apr-Nov', '2025-04-01', '2025-11-30'), None),
        ('41%', 1, 41, 'percent', 'NHAI awards', 'decrease', None, None, P('in Apr-Nov', '2025-04-01', '2025-11-30'), None),
        ('28.4 km per day', 1, 28.4, 'kilometre per day', 'highway construction', 'decrease', None, None, P('during April-November of FY26', '2025-04-01', '2025-11-30'), MORTH),
        ('30.1 km a day', 1, 30.1, 'kilometre per day', 'highway construction', None, None, None, P('in the year-ago period', '2024-04-01', '2024-11-30'), MORTH),
        ('6,930 km', 1, 6930, 'kilometre', 'national highways built', None, None, None, E8, MORTH),
        ('5.6 per cent', 1, 5.6, 'percent', 'national highways built', 'decrease', 'year_on_year', None, E8, MORTH),
        ('7,344 km', 1, 7344, 'kilometre', 'national highways built', None, None, None, P('in the corresponding period of FY25', '2024-04-01', '2024-11-30'), MORTH),
        ('2,980 km', 1, 2980, 'kilometre', 'national highways built by NHAI', None, None, None, E8, MORTH),
        ('43 per cent', 1, 43, 'percent', 'NHAI share of national highways built', None, None, 'approximately', E8, MORTH),
        ('1,420 km', 1, 1420, 'kilometre', 'contracts awarded by NHAI', None, None, None, F8, MORTH),
        ('41 per cent', 1, 41, 'percent', 'contracts awarded by NHAI', 'decrease', 'year_on_year', None, F8, MORTH),
        ('3,480 km', 1, 3480, 'kilometre', 'contracts awarded by the ministry', None, None, None, F8, MORTH),
        ('27 per cent', 1, 27, 'percent', 'contracts awarded by the ministry', 'decrease', 'year_on_year', None, F8, MORTH),
        ('10,000', 1, 10000, 'kilometre', 'construction target', None, None, None, FY26, MORTH),
        ('10,500 km', 1, 10500, 'kilometre', 'construction target', None, None, None, FY26, MORTH),
        ('10,660 km', 1, 10660, 'kilometre', 'highway construction', None, None, None, P('in FY25', '2024-04-01', '2025-03-31'), MORTH),
        ('12,349 km', 1, 12349, 'kilometre', 'highway construction', None, None, None, P('in FY24', '2023-04-01', '2024-03-31'), MORTH),
        ('11.2 per cent', 1, 11.2, 'percent', 'toll collections on national highways', 'increase', None, None, DAN, IHMCL),
        ('₹47,850 crore', 1, 4.785e11, 'INR', 'toll collections on national highways', 'increase', None, None, DAN, IHMCL),
        ('₹38,200 crore', 1, 3.82e11, 'INR', 'toll collections at fee plazas operated by NHAI', None, None, None, DAN, IHMCL),
        ('₹6,140 crore', 1, 6.14e10, 'INR', 'toll collections', None, None, None, BNOV, IHMCL),
        ('9 per cent', 1, 9, 'percent', 'toll collections', 'increase', 'year_on_year', None, BNOV, IHMCL),
        ('31', 1, 31, 'kilometre per day', 'pace of construction', 'increase', None, None, JMQ, 'ICRA'),
        ('33 km per day', 1, 33, 'kilometre per day', 'pace of construction', 'increase', None, None, JMQ, 'ICRA'),
    ],
    'eu_energy_style_coal_fired_generation_decline.txt': [
        ('48.6 TWh', 1, 48.6, 'terawatt hour', 'coal-fired generation in the EU', None, None, None, Q3L, None),
        ('17%', 1, 17, 'percent', 'coal-fired generation in the EU', 'decrease', 'year_on_year', None, Q3L, None),
        ('8.1%', 1, 8.1, 'percent', 'share of coal and lignite in the EU power mix', 'decrease', None, None, Q3L, None),
        ('9.9%', 1, 9.9, 'percent', 'share of coal and lignite in the EU power mix', None, None, None, Q('a year earlier', 2024, 3), None),
        ('21%', 1, 21, 'percent', 'hard coal generation', 'decrease', 'year_on_year', None, Q3L, None),
        ('17.9 TWh', 1, 17.9, 'terawatt hour', 'hard coal generation', 'decrease', None, None, Q3L, None),
        ('14%', 1, 14, 'percent', 'lignite-fired output', 'decrease', 'year_on_year', None, Q3L, None),
        ('30.7 TWh', 1, 30.7, 'terawatt hour', 'lignite-fired output', 'decrease', None, None, Q3L, None),
        ('21.4 TWh', 1, 21.4, 'terawatt hour', 'coal-fired generation in Germany', None, None, None, INQ, None),
        ('-15%', 1, -15, 'percent', 'coal-fired generation in Germany', 'decrease', 'year_on_year', None, INQ, None),
        ('17.2 TWh', 1, 17.2, 'terawatt hour', 'coal-fired generation in Poland', None, None, None, INQ, None),
        ('-9%', 1, -9, 'percent', 'coal-fired generation in Poland', 'decrease', 'year_on_year', None, INQ, None),
        ('4.1 TWh', 1, 4.1, 'terawatt hour', 'coal-fired generation in Czechia', None, None, None, INQ, None),
        ('-19%', 1, -19, 'percent', 'coal-fired generation in Czechia', 'decrease', 'year_on_year', None, INQ, None),
        ('51%', 1, 51, 'percent', 'coal and lignite share of electricity generation in Poland', None, None, None, INQ, None),
        ('58%', 1, 58, 'percent', 'coal and lignite share of electricity generation in Poland', None, None, None, Q('in Q3 2024', 2024, 3), None),
        ('32%', 1, 32, 'percent', 'coal and lignite share of electricity generation in Bulgaria', None, None, None, INQ, None),
        ('29%', 1, 29, 'percent', 'coal and lignite share of electricity generation in Czechia', None, None, None, INQ, None),
        ('3.2 GW', 1, 3.2, 'gigawatt', 'coal-fired capacity retired across the EU', None, None, 'approximately', BJS, None),
        ('1.9 GW', 1, 1.9, 'gigawatt', 'coal-fired capacity retired in Germany', None, None, None, BJS, None),
        ('86 GW', 1, 86, 'gigawatt', 'installed coal and lignite capacity', None, None, 'approximately', P('at the end of September', '2025-09-30', '2025-09-30'), None),
        ('a third', 1, 0.3333, 'fraction', 'installed coal and lignite capacity', 'decrease', None, 'approximately', P('at the end of 2019', '2019-12-31', '2025-09-30'), None),
        ('-6 €/MWh', 1, -6, 'EUR', 'clean dark spread for German hard coal plants', None, None, None, INQ, None),
        ('11 €/MWh', 1, 11, 'EUR', 'clean dark spread for lignite units', None, None, None, INQ, None),
        ('74 €/tCO2', 1, 74, 'EUR', 'EU ETS allowances', None, None, None, INQ, None),
        ('18%', 1, 18, 'percent', 'emissions from coal-fired generation in the EU', 'decrease', 'year_on_year', None, F9, EMBER),
        ('141 million tonnes', 1, 141e6, 'tonne', 'emissions from coal-fired generation in the EU', 'decrease', None, None, F9, EMBER),
    ],
    'nbs_style_energy_output_november.txt': [
        ('426.8 million tons', 1, 426.8e6, 'tonne', 'raw coal output of enterprises above designated size', None, None, None, NNOV, NBS),
        ('0.5 percent', 1, 0.5, 'percent', 'raw coal output', 'decrease', 'year_on_year', None, NNOV, NBS),
        ('1.8 percentage points', 1, 1.8, 'percentage_point', 'decline in raw coal output', 'decrease', 'month_on_month', None, NNOV, NBS),
        ('14.23 million tons', 1, 14.23e6, 'tonne', 'average daily raw coal output', None, None, None, NNOV, NBS),
        ('4.36 billion tons', 1, 4.36e9, 'tonne', 'output of raw coal', None, None, None, JN, NBS),
        ('1.9 percent', 1, 1.9, 'percent', 'output of raw coal', 'increase', 'year_on_year', None, JN, NBS),
        ('17.6 million tons', 1, 17.6e6, 'tonne', 'output of crude oil', None, None, None, CNOV, NBS),
        ('2.3 percent', 1, 2.3, 'percent', 'output of crude oil', 'increase', 'year_on_year', None, CNOV, NBS),
        ('587 thousand tons', 1, 587000, 'tonne', 'daily average crude oil output', None, None, None, CNOV, NBS),
        ('195.1 million tons', 1, 195.1e6, 'tonne', 'crude oil output', None, None, None, F11, NBS),
        ('1.6 percent', 1, 1.6, 'percent', 'crude oil output', 'increase', 'year_on_year', None, F11, NBS),
        ('22.3 billion cubic meters', 1, 22.3e9, 'cubic metre', 'output of natural gas', None, None, None, CNOV, NBS),
        ('7.4 percent', 1, 7.4, 'percent', 'output of natural gas', 'increase', 'year_on_year', None, CNOV, NBS),
        ('2.1 percentage points', 1, 2.1, 'percentage_point', 'natural gas output growth', 'increase', 'month_on_month', None, CNOV, NBS),
        ('743 million cubic meters', 1, 743e6, 'cubic metre', 'daily natural gas output', None, None, None, CNOV, NBS),
        ('238.4 billion cubic meters', 1, 238.4e9, 'cubic metre', 'natural gas output', None, None, None, JN, NBS),
        ('6.5 percent', 1, 6.5, 'percent', 'natural gas output', 'increase', 'year_on_year', None, JN, NBS),
        ('762.5 billion kWh', 1, 762.5e9, 'kilowatt hour', 'industrial power generation', None, None, None, CNOV, NBS),
        ('2.6 percent', 1, 2.6, 'percent', 'industrial power generation', 'increase', 'year_on_year', None, CNOV, NBS),
        ('25.42 billion kWh', 1, 25.42e9, 'kilowatt hour', 'average daily generation', None, None, None, CNOV, NBS),
        ('8,850.4 billion kWh', 1, 8850.4e9, 'kilowatt hour', 'generation', None, None, None, JN, NBS),
        ('2.1 percent', 2, 2.1, 'percent', 'generation', 'increase', 'year_on_year', None, JN, NBS),
        ('521.3 billion kWh', 1, 521.3e9, 'kilowatt hour', 'thermal power', None, None, None, NNOV, NBS),
        ('3.1 percent', 1, 3.1, 'percent', 'thermal power', 'decrease', 'year_on_year', None, NNOV, NBS),
        ('88.6 billion kWh', 1, 88.6e9, 'kilowatt hour', 'hydropower', None, None, None, NNOV, NBS),
        ('81.4 billion kWh', 1, 81.4e9, 'kilowatt hour', 'wind power', None, None, None, NNOV, NBS),
        ('31.2 billion kWh', 1, 31.2e9, 'kilowatt hour', 'solar power', None, None, None, NNOV, NBS),
        ('40.0 billion kWh', 1, 40.0e9, 'kilowatt hour', 'nuclear power', None, None, None, NNOV, NBS),
        ('11.8 percent', 1, 11.8, 'percent', 'hydropower', 'increase', 'year_on_year', None, NNOV, NBS),
        ('14.6 percent', 1, 14.6, 'percent', 'wind power', 'increase', 'year_on_year', None, NNOV, NBS),
        ('22.9 percent', 1, 22.9, 'percent', 'solar power', 'increase', 'year_on_year', None, NNOV, NBS),
        ('6.4 percent', 1, 6.4, 'percent', 'nuclear power', 'increase', 'year_on_year', None, NNOV, NBS),
        ('14.8 percent', 1, 14.8, 'percent', 'wind and solar share of the total', None, None, None, NNOV, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
