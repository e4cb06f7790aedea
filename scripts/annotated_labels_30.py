# ruff: noqa: E501, RUF001
"""Write corpus/annotated_30/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_30.py corpus/annotated_30
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
CWB = "Canadian Wheat Board"
CGC = "Canadian Grain Commission"
DOSM = "Department of Statistics Malaysia"
BNM = "Bank Negara Malaysia"
SPG = "S&P Global"
DJ = "Dow Jones"
EUROSTAT = "Eurostat"
FACTSET = "FactSet"
TURKSTAT = "Turkish Statistical Institute"
TE = "Trading Economics"
BOE = "Bank of England"
ECB = "European Central Bank"
LSEG = "LSEG"
RBI = "Reserve Bank of India"
INDRA = "India Ratings and Research"
SPE = "SolarPower Europe"
NRA = "National Railway Administration"
CSRG = "China State Railway Group Co., Ltd."

# 3001 ONS index of services (ref Friday 2025-12-12)
OCT25 = per("in October 2025", 2025, 10)
SEP25 = per("in September 2025", 2025, 9)
IOCT = per("in October", 2025, 10)
# 3002 Reuters 1987 (ref Wednesday 1987-03-18)
FEB87 = per("in February", 1987, 2)
FEBA = per("February", 1987, 2)
S7 = P("In the first seven months of the 1986/87 crop year", "1986-08-01", "1987-02-28")
CY87 = P("for the 1986/87 crop year", "1986-08-01", "1987-07-31")
Y8586 = P("in 1985/86", "1985-08-01", "1986-07-31")
TUE87 = P("on Tuesday", "1987-03-17", "1987-03-17")
# 3003 Reuters 2025 (ref Tuesday 2025-11-18)
OCT = per("in October", 2025, 10)
SEP = per("in September", 2025, 9)
TEN = P("In the first ten months of the year", "2025-01-01", "2025-10-31")
# 3004 CNBC (ref Friday 2025-11-21)
NOV = per("in November", 2025, 11)
FRI = P("on Friday", "2025-11-21", "2025-11-21")
# 3005 MT Newswires (ref Friday 2025-11-14)
MSEP = per("in September", 2025, 9)
MAUG = per("in August", 2025, 8)
# 3006 Trading Economics (ref Monday 2025-11-10)
TSEP25 = per("in September 2025", 2025, 9)
TSEP = per("in September", 2025, 9)
# 3007 Investing.com (ref Thursday 2025-12-18)
ET = P("By 08:15 ET", None, None)
THU = P("on Thursday", "2025-12-18", "2025-12-18")
# 3008 Business Standard (ref Friday 2025-12-12)
FN = P("in the fortnight ended November 28", "2025-11-15", "2025-11-28")
HFN = P("in fortnight to Nov 28", "2025-11-15", "2025-11-28")
SOFAR = P("So far in FY26", "2025-04-01", "2025-12-12")
FY26 = P("in FY26", "2025-04-01", "2026-03-31")
# 3009 DG ENER (ref Wednesday 2026-04-15)
Q425 = Q("In the fourth quarter of 2025", 2025, 4)
W25 = Y("Over 2025 as a whole", 2025)
IN25 = Y("in 2025", 2025)
IN24 = Y("in 2024", 2024)
# 3010 NBS railways (ref Friday 2025-11-14)
JO = P("From January to October this year", "2025-01-01", "2025-10-31")
F10 = P("in the first ten months", "2025-01-01", "2025-10-31")
NOCT = per("In October", 2025, 10)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_index_of_services.txt': [
        ('0.2%', 1, 0.2, 'percent', 'services output', 'decrease', 'month_on_month', None, OCT25, None),
        ('0.1%', 1, 0.1, 'percent', 'services output', 'increase', 'month_on_month', None, SEP25, None),
        ('0.2%', 2, 0.2, 'percent', 'services output', None, 'month_on_month', None, SEP25, None),
        ('0.4%', 1, 0.4, 'percent', 'services output', 'increase', 'period_on_period', None, P('in the three months to October 2025', '2025-08-01', '2025-10-31'), None),
        ('1.1%', 1, 1.1, 'percent', 'services output', 'increase', 'year_on_year', None, OCT25, None),
        ('0.6%', 1, 0.6, 'percent', 'consumer-facing services', 'decrease', 'month_on_month', None, OCT25, ONS),
        ('1.9%', 1, 1.9, 'percent', 'consumer-facing services', 'decrease', None, None, P('in February 2020', '2020-02-01', '2025-10-31'), ONS),
        ('8', 1, 8, 'count', 'services sub-sectors that fell', None, None, None, IOCT, ONS),
        ('1.3%', 1, 1.3, 'percent', 'wholesale and retail trade', 'decrease', 'month_on_month', None, IOCT, ONS),
        ('0.7%', 1, 0.7, 'percent', 'professional, scientific and technical activities', 'decrease', 'month_on_month', None, IOCT, ONS),
        ('0.9%', 1, 0.9, 'percent', 'information and communication', 'increase', 'month_on_month', None, IOCT, ONS),
        ('0.5%', 1, 0.5, 'percent', 'human health and social work activities', 'increase', 'month_on_month', None, IOCT, ONS),
        ('0.3%', 1, 0.3, 'percent', 'private sector services', 'decrease', 'month_on_month', None, OCT25, ONS),
        ('0.3%', 2, 0.3, 'percent', 'public sector-dominated services', 'increase', 'month_on_month', None, OCT25, ONS),
        ('105.8', 1, 105.8, 'index_point', 'services index', 'decrease', None, None, OCT25, ONS),
        ('106.0', 1, 106.0, 'index_point', 'services index', None, None, None, per('in September', 2025, 9), ONS),
        ('four-fifths', 1, 0.8, 'fraction', 'services share of UK gross value added', None, None, 'approximately', None, ONS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'services output growth revision', 'increase', None, None, per('for August 2025', 2025, 8), ONS),
        ('0.1%', 2, 0.1, 'percent', 'services output growth', 'decrease', None, None, per('for August 2025', 2025, 8), ONS),
    ],
    'wire_1987_canadian_wheat_board_exports.txt': [
        ('12.4 PCT', 1, 12.4, 'percent', 'Canadian Wheat Board exports', 'increase', None, None, per('IN FEBRUARY', 1987, 2), None),
        ('12.4 pct', 1, 12.4, 'percent', 'grain exports by the Canadian Wheat Board', 'increase', 'year_on_year', None, FEB87, CWB),
        ('1.86 mln tonnes', 1, 1.86e6, 'tonne', 'grain exports by the Canadian Wheat Board', 'increase', None, None, FEB87, CWB),
        ('1.65 mln tonnes', 1, 1.65e6, 'tonne', 'grain exports by the Canadian Wheat Board', None, None, None, per('in February 1986', 1986, 2), CWB),
        ('1.52 mln tonnes', 1, 1.52e6, 'tonne', 'wheat shipments', None, None, None, FEBA, CWB),
        ('248,000 tonnes', 1, 248000, 'tonne', 'barley shipments', None, None, None, FEBA, CWB),
        ('91,000', 1, 91000, 'tonne', 'oats shipments', None, None, None, FEBA, CWB),
        ('13.4 mln tonnes', 1, 13.4e6, 'tonne', 'board exports', None, None, None, S7, CWB),
        ('8.7 pct', 1, 8.7, 'percent', 'board exports', 'increase', 'year_on_year', None, S7, CWB),
        ('12.33 mln', 1, 12.33e6, 'tonne', 'board exports', None, None, None, P('in the same period a year earlier', '1985-08-01', '1986-02-28'), CWB),
        ('3.1 mln tonnes', 1, 3.1e6, 'tonne', 'board exports to the Soviet Union', None, None, None, S7, CWB),
        ('2.9 mln', 1, 2.9e6, 'tonne', 'board exports to China', None, None, None, S7, CWB),
        ('45 pct', 1, 45, 'percent', 'Soviet Union and China share of board exports', None, None, 'approximately', S7, CWB),
        ('312 mln Canadian dlrs', 1, 312e6, 'CAD', 'export revenue', 'decrease', None, None, FEB87, CWB),
        ('365 mln dlrs', 1, 365e6, 'CAD', 'export revenue', None, None, None, P('a year earlier', '1986-02-01', '1986-02-28'), CWB),
        ('120 dlrs', 1, 120, 'CAD', 'initial payments to farmers for top-grade wheat', None, None, None, CY87, CWB),
        ('20 pct', 1, 20, 'percent', 'initial payments to farmers for top-grade wheat', 'decrease', 'year_on_year', 'approximately', CY87, CWB),
        ('150 dlrs', 1, 150, 'CAD', 'initial payments to farmers for top-grade wheat', None, None, None, Y8586, CWB),
        ('21 mln tonnes', 1, 21e6, 'tonne', 'exports', None, None, 'approximately', P('for the full crop year', '1986-08-01', '1987-07-31'), CWB),
        ('19.6 mln', 1, 19.6e6, 'tonne', 'exports', None, None, None, Y8586, CWB),
        ('7.2 mln tonnes', 1, 7.2e6, 'tonne', 'commercial wheat stocks', None, None, None, P('on March 11', '1987-03-11', '1987-03-11'), CGC),
        ('8.05 mln', 1, 8.05e6, 'tonne', 'commercial wheat stocks', None, None, None, P('a year ago', '1986-03-11', '1986-03-11'), CGC),
        ('128 U.S. dlrs', 1, 128, 'USD', 'No. 1 Canada Western Red Spring wheat', None, None, None, TUE87, CWB),
        ('two dlrs', 1, 2, 'USD', 'No. 1 Canada Western Red Spring wheat', 'decrease', 'period_on_period', None, TUE87, CWB),
    ],
    'wire_2025_malaysia_exports_trade_surplus.txt': [
        ('15.6%', 1, 15.6, 'percent', "Malaysia's exports", 'increase', None, None, per('October', 2025, 10), None),
        ('15.6%', 2, 15.6, 'percent', "Malaysia's exports", 'increase', 'year_on_year', None, OCT, DOSM),
        ('4.2%', 1, 4.2, 'percent', 'exports', 'increase', 'year_on_year', None, OCT, 'Reuters'),
        ('11', 1, 11, 'count', 'economists in a Reuters poll', None, None, None, OCT, 'Reuters'),
        ('12.2%', 1, 12.2, 'percent', 'exports', 'increase', None, None, SEP, DOSM),
        ('11.1%', 1, 11.1, 'percent', 'imports', 'increase', 'year_on_year', None, OCT, DOSM),
        ('6.5%', 1, 6.5, 'percent', 'imports', None, 'year_on_year', None, OCT, 'Reuters'),
        ('5.6%', 1, 5.6, 'percent', 'imports', 'increase', 'year_on_year', None, per("September's", 2025, 9), DOSM),
        ('19.51 billion ringgit', 1, 19.51e9, 'MYR', 'trade surplus', 'increase', None, None, OCT, DOSM),
        ('$4.68 billion', 1, 4.68e9, 'USD', 'trade surplus', 'increase', None, None, OCT, DOSM),
        ('13.23 billion ringgit', 1, 13.23e9, 'MYR', 'trade surplus', None, None, None, SEP, DOSM),
        ('40%', 1, 40, 'percent', 'electrical and electronic products share of total exports', None, None, 'approximately', OCT, DOSM),
        ('24.3%', 1, 24.3, 'percent', 'electrical and electronic products', 'increase', 'year_on_year', None, OCT, DOSM),
        ('60.9 billion ringgit', 1, 60.9e9, 'MYR', 'electrical and electronic products', 'increase', None, None, OCT, DOSM),
        ('3.7%', 1, 3.7, 'percent', 'palm oil and palm-based products', 'decrease', 'year_on_year', None, OCT, DOSM),
        ('18.5%', 1, 18.5, 'percent', 'crude petroleum', 'decrease', 'year_on_year', None, OCT, DOSM),
        ('20.4%', 1, 20.4, 'percent', 'shipments to the United States', 'increase', None, None, None, DOSM),
        ('6.2%', 1, 6.2, 'percent', 'exports to China', 'increase', None, None, None, DOSM),
        ('9.8%', 1, 9.8, 'percent', 'exports to Singapore', 'increase', None, None, None, DOSM),
        ('4.9%', 1, 4.9, 'percent', 'exports', 'increase', 'year_on_year', None, TEN, DOSM),
        ('1.32 trillion ringgit', 1, 1.32e12, 'MYR', 'exports', 'increase', None, None, TEN, DOSM),
        ('118.6 billion ringgit', 1, 118.6e9, 'MYR', 'trade surplus', None, None, None, TEN, DOSM),
        ('2.75%', 1, 2.75, 'percent', 'overnight policy rate', None, None, None, P('on Nov. 6', '2025-11-06', '2025-11-06'), BNM),
        ('4.0%', 1, 4.0, 'percent', 'economy', 'increase', None, None, Y('this year', 2025), BNM),
        ('4.8%', 1, 4.8, 'percent', 'economy', 'increase', None, None, Y('this year', 2025), BNM),
        ('4.168', 1, 4.168, 'MYR', 'ringgit per dollar', None, None, None, P('on Tuesday', '2025-11-18', '2025-11-18'), DOSM),
    ],
    'cnbc_style_flash_pmi_us.txt': [
        ('54.8', 1, 54.8, 'index_point', 'U.S. business activity', 'increase', None, None, NOV, None),
        ('54.8', 2, 54.8, 'index_point', 'S&P Global Flash U.S. Composite PMI Output Index', 'increase', None, None, NOV, SPG),
        ('54.6', 1, 54.6, 'index_point', 'S&P Global Flash U.S. Composite PMI Output Index', None, None, None, per('in October', 2025, 10), SPG),
        ('54.0', 1, 54.0, 'index_point', 'S&P Global Flash U.S. Composite PMI Output Index', None, None, None, NOV, DJ),
        ('55.0', 1, 55.0, 'index_point', 'services business activity index', 'increase', None, None, None, SPG),
        ('54.8', 3, 54.8, 'index_point', 'services business activity index', None, None, None, None, SPG),
        ('0.3 point', 1, 0.3, 'index_point', 'manufacturing PMI', 'decrease', None, None, None, SPG),
        ('51.9', 1, 51.9, 'index_point', 'manufacturing PMI', 'decrease', None, None, None, SPG),
        ('52.7', 1, 52.7, 'index_point', 'factory output index', 'decrease', None, None, None, SPG),
        ('53.8', 1, 53.8, 'index_point', 'factory output index', None, None, None, None, SPG),
        ('1.6 points', 1, 1.6, 'index_point', 'gauge of input prices', 'increase', None, None, None, SPG),
        ('61.2', 1, 61.2, 'index_point', 'gauge of input prices', 'increase', None, None, None, SPG),
        ('50.6', 1, 50.6, 'index_point', 'employment index', 'decrease', None, None, None, SPG),
        ('51.2', 1, 51.2, 'index_point', 'employment index', None, None, None, None, SPG),
        ('2.5%', 1, 2.5, 'percent', 'economy', 'increase', 'quarter_on_quarter', 'approximately', Q('in the fourth quarter', 2025, 4), SPG),
        ('half', 1, 0.5, 'fraction', 'share of manufacturers blaming tariffs for higher costs', None, None, 'approximately', None, SPG),
        ('85%', 1, 85, 'percent', 'share of the usual monthly replies', None, None, 'approximately', P('between Nov. 12 and Nov. 20', '2025-11-12', '2025-11-20'), SPG),
        ('1.1%', 1, 1.1, 'percent', 'S&P 500', 'increase', None, None, FRI, SPG),
        ('4 basis points', 1, 4, 'basis_point', '10-year Treasury yield', 'decrease', None, None, FRI, SPG),
        ('4.06%', 1, 4.06, 'percent', '10-year Treasury yield', 'decrease', None, None, FRI, SPG),
    ],
    'mt_newswires_eurozone_industrial_production.txt': [
        ('0.2%', 1, 0.2, 'percent', 'Eurozone Industrial Production', 'increase', None, None, MSEP, None),
        ('0.2%', 2, 0.2, 'percent', 'industrial production in the euro area', 'increase', 'month_on_month', None, MSEP, EUROSTAT),
        ('1.1%', 1, 1.1, 'percent', 'industrial production in the euro area', 'decrease', 'month_on_month', None, MAUG, EUROSTAT),
        ('0.7%', 1, 0.7, 'percent', 'industrial production in the euro area', 'increase', 'month_on_month', None, MSEP, FACTSET),
        ('1.2%', 1, 1.2, 'percent', 'industrial production in the euro area', 'decrease', 'month_on_month', None, per("August's", 2025, 8), EUROSTAT),
        ('1.2%', 2, 1.2, 'percent', 'output', 'increase', 'year_on_year', None, MSEP, EUROSTAT),
        ('1.1%', 2, 1.1, 'percent', 'output', 'increase', 'year_on_year', None, MAUG, EUROSTAT),
        ('1.5%', 1, 1.5, 'percent', 'production of capital goods', 'increase', 'month_on_month', None, MSEP, EUROSTAT),
        ('0.4%', 1, 0.4, 'percent', 'energy output', 'increase', 'month_on_month', None, MSEP, EUROSTAT),
        ('1.9%', 1, 1.9, 'percent', 'durable consumer goods', 'decrease', 'month_on_month', None, MSEP, EUROSTAT),
        ('2.2%', 1, 2.2, 'percent', 'non-durable consumer goods', 'decrease', 'month_on_month', None, MSEP, EUROSTAT),
        ('+10.3%', 1, 10.3, 'percent', 'industrial production in Ireland', 'increase', 'month_on_month', None, MSEP, EUROSTAT),
        ('+4.6%', 1, 4.6, 'percent', 'industrial production in Lithuania', 'increase', 'month_on_month', None, MSEP, EUROSTAT),
        ('+3.1%', 1, 3.1, 'percent', 'industrial production in Denmark', 'increase', 'month_on_month', None, MSEP, EUROSTAT),
        ('-5.8%', 1, -5.8, 'percent', 'industrial production in Malta', 'decrease', 'month_on_month', None, MSEP, EUROSTAT),
        ('-2.4%', 1, -2.4, 'percent', 'industrial production in Germany', 'decrease', 'month_on_month', None, MSEP, EUROSTAT),
        ('0.3%', 1, 0.3, 'percent', 'industrial production in the European Union', 'increase', 'month_on_month', None, MSEP, EUROSTAT),
        ('1.6%', 1, 1.6, 'percent', 'industrial production in the European Union', 'increase', 'year_on_year', None, MSEP, EUROSTAT),
        ('0.1%', 1, 0.1, 'percent', 'euro', 'increase', None, None, None, EUROSTAT),
        ('$1.1631', 1, 1.1631, 'USD', 'euro', 'increase', None, None, None, EUROSTAT),
    ],
    'trading_economics_style_turkey_unemployment.txt': [
        ('8.5%', 1, 8.5, 'percent', 'Turkey Unemployment Rate', 'decrease', None, None, TSEP, None),
        ('8.5%', 2, 8.5, 'percent', "Turkey's seasonally adjusted unemployment rate", 'decrease', None, None, TSEP25, TURKSTAT),
        ('8.6%', 1, 8.6, 'percent', "Turkey's seasonally adjusted unemployment rate", None, None, None, per('in the previous month', 2025, 8), TURKSTAT),
        ('21 thousand', 1, 21000, 'count', 'number of unemployed people', 'decrease', 'month_on_month', None, TSEP25, TURKSTAT),
        ('3.03 million', 1, 3.03e6, 'count', 'number of unemployed people', 'decrease', None, None, TSEP25, TURKSTAT),
        ('95 thousand', 1, 95000, 'count', 'employment', 'increase', 'month_on_month', None, TSEP25, TURKSTAT),
        ('32.31 million', 1, 32.31e6, 'count', 'employment', 'increase', None, None, TSEP25, TURKSTAT),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'employment rate', 'increase', 'month_on_month', None, TSEP25, TURKSTAT),
        ('49.3%', 1, 49.3, 'percent', 'employment rate', 'increase', None, None, TSEP25, TURKSTAT),
        ('53.9%', 1, 53.9, 'percent', 'labour force participation rate', 'increase', None, None, TSEP, TURKSTAT),
        ('53.8%', 1, 53.8, 'percent', 'labour force participation rate', None, None, None, per('in August', 2025, 8), TURKSTAT),
        ('7.0%', 1, 7.0, 'percent', 'unemployment rate among men', None, None, None, TSEP, TURKSTAT),
        ('11.4%', 1, 11.4, 'percent', 'unemployment rate for women', None, None, None, TSEP, TURKSTAT),
        ('16.0%', 1, 16.0, 'percent', 'youth unemployment rate', 'increase', None, None, None, TURKSTAT),
        ('15.6%', 1, 15.6, 'percent', 'youth unemployment rate', None, None, None, None, TURKSTAT),
        ('0.9 percentage points', 1, 0.9, 'percentage_point', 'composite measure of labour underutilisation', 'decrease', None, None, None, TURKSTAT),
        ('29.6%', 1, 29.6, 'percent', 'composite measure of labour underutilisation', 'decrease', None, None, None, TURKSTAT),
        ('10.47 percent', 1, 10.47, 'percent', "Turkey's jobless rate average", None, None, None, P('Between 2005 and 2025', '2005-01-01', '2025-12-31'), TURKSTAT),
        ('14.70 percent', 1, 14.70, 'percent', "Turkey's jobless rate all-time high", None, None, None, per('in April 2009', 2009, 4), TURKSTAT),
        ('7.80 percent', 1, 7.80, 'percent', "Turkey's jobless rate record low", None, None, None, per('in May 2025', 2025, 5), TURKSTAT),
        ('8.70 percent', 1, 8.70, 'percent', 'Unemployment Rate in Turkey', None, None, None, P('at the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('9.00 percent', 1, 9.00, 'percent', 'Turkey Unemployment Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('8.80 percent', 1, 8.80, 'percent', 'Turkey Unemployment Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_eurgbp_boe_cut.txt': [
        ('a quarter point', 1, 0.25, 'percentage_point', 'Bank of England interest rates', 'decrease', None, None, THU, BOE),
        ('0.2%', 1, 0.2, 'percent', 'EUR/GBP', 'increase', None, None, ET, None),
        ('0.8774', 1, 0.8774, 'GBP', 'EUR/GBP', 'increase', None, None, ET, None),
        ('0.8791', 1, 0.8791, 'GBP', 'EUR/GBP', None, None, None, ET, None),
        ('0.3%', 1, 0.3, 'percent', 'GBP/USD', 'decrease', None, None, ET, None),
        ('1.3362', 1, 1.3362, 'USD', 'GBP/USD', 'decrease', None, None, ET, None),
        ('4.5%', 1, 4.5, 'percent', 'euro against the pound', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-12-18'), None),
        ('five', 1, 5, 'count', 'Monetary Policy Committee members voting to cut Bank Rate', None, None, None, THU, BOE),
        ('four', 1, 4, 'count', 'Monetary Policy Committee members voting to hold Bank Rate', None, None, None, THU, BOE),
        ('25 basis points', 1, 25, 'basis_point', 'Bank Rate', 'decrease', None, None, THU, BOE),
        ('3.75%', 1, 3.75, 'percent', 'Bank Rate', 'decrease', None, None, THU, BOE),
        ('4%', 1, 4, 'percent', 'Bank Rate favoured by the minority', None, None, None, THU, BOE),
        ('150 basis points', 1, 150, 'basis_point', 'Bank Rate', 'decrease', None, None, P('since August 2024', '2024-08-01', '2025-12-18'), BOE),
        ('3.2%', 1, 3.2, 'percent', 'UK annual consumer price inflation', 'decrease', 'year_on_year', None, per('in November', 2025, 11), ONS),
        ('3.6%', 1, 3.6, 'percent', 'UK annual consumer price inflation', None, 'year_on_year', None, per('in October', 2025, 10), ONS),
        ('2%', 1, 2, 'percent', "BoE's inflation target", None, None, None, None, BOE),
        ('4.4%', 1, 4.4, 'percent', 'services inflation', 'decrease', 'year_on_year', None, per('in November', 2025, 11), ONS),
        ('2.00%', 1, 2.00, 'percent', 'ECB deposit rate', None, None, None, THU, ECB),
        ('1.2%', 1, 1.2, 'percent', 'euro zone growth', 'increase', None, None, Y('next year', 2026), ECB),
        ('1.0%', 1, 1.0, 'percent', 'euro zone growth', None, None, None, Y('next year', 2026), ECB),
        ('62', 1, 62, 'count', 'economists in a Reuters poll', None, None, None, None, 'Reuters'),
        ('40 basis points', 1, 40, 'basis_point', 'further BoE easing', 'decrease', None, 'approximately', P('by the end of 2026', '2026-12-31', '2026-12-31'), LSEG),
    ],
    'business_standard_style_bank_deposits_credit.txt': [
        ('10.2%', 1, 10.2, 'percent', 'bank deposit growth', 'increase', None, None, HFN, None),
        ('11.5%', 1, 11.5, 'percent', 'credit', 'increase', None, None, HFN, None),
        ('10.2 per cent', 1, 10.2, 'percent', 'deposits of scheduled commercial banks', 'increase', 'year_on_year', None, FN, RBI),
        ('₹241.7 trillion', 1, 241.7e12, 'INR', 'deposits of scheduled commercial banks', 'increase', None, None, FN, RBI),
        ('9.8 per cent', 1, 9.8, 'percent', 'deposits of scheduled commercial banks', None, 'year_on_year', None, P('in the previous fortnight', '2025-11-01', '2025-11-14'), RBI),
        ('11.5 per cent', 1, 11.5, 'percent', 'bank credit', 'increase', 'year_on_year', None, FN, RBI),
        ('₹194.3 trillion', 1, 194.3e12, 'INR', 'bank credit', 'increase', None, None, FN, RBI),
        ('11.3 per cent', 1, 11.3, 'percent', 'bank credit', None, 'year_on_year', None, P('two weeks earlier', '2025-11-01', '2025-11-14'), RBI),
        ('88 per cent', 1, 88, 'percent', 'time deposits share of total deposits', None, None, 'approximately', FN, RBI),
        ('10.9 per cent', 1, 10.9, 'percent', 'time deposits', 'increase', 'year_on_year', None, FN, RBI),
        ('5.1 per cent', 1, 5.1, 'percent', 'demand deposits', 'increase', 'year_on_year', None, FN, RBI),
        ('80.4 per cent', 1, 80.4, 'percent', 'credit-deposit ratio', 'increase', None, None, P('on November 28', '2025-11-28', '2025-11-28'), RBI),
        ('79.5 per cent', 1, 79.5, 'percent', 'credit-deposit ratio', None, None, None, P('a year ago', '2024-11-28', '2024-11-28'), RBI),
        ('₹15.9 lakh crore', 1, 15.9e12, 'INR', 'deposits', 'increase', None, None, SOFAR, RBI),
        ('₹12.4 lakh crore', 1, 12.4e12, 'INR', 'credit', 'increase', None, None, SOFAR, RBI),
        ('₹4.6 lakh crore', 1, 4.6e12, 'INR', 'certificates of deposit raised by banks', None, None, None, P('during April-September', '2025-04-01', '2025-09-30'), RBI),
        ('double', 1, 2, 'times', 'certificates of deposit raised by banks', None, 'year_on_year', 'approximately', P('during April-September', '2025-04-01', '2025-09-30'), RBI),
        ('₹2.4 lakh crore', 1, 2.4e12, 'INR', 'certificates of deposit raised by banks', None, None, None, P('in the corresponding period last year', '2024-04-01', '2024-09-30'), RBI),
        ('25 basis points', 1, 25, 'basis_point', 'repo rate', 'decrease', None, None, P('on December 5', '2025-12-05', '2025-12-05'), RBI),
        ('5.25 per cent', 1, 5.25, 'percent', 'repo rate', 'decrease', None, None, P('on December 5', '2025-12-05', '2025-12-05'), RBI),
        ('125 bps', 1, 125, 'basis_point', 'repo rate', 'decrease', None, None, P('since February', '2025-02-01', '2025-12-12'), RBI),
        ('11', 1, 11, 'percent', 'credit', 'increase', None, None, FY26, INDRA),
        ('12 per cent', 1, 12, 'percent', 'credit', 'increase', None, None, FY26, INDRA),
        ('9.5', 1, 9.5, 'percent', 'deposits', 'increase', None, None, FY26, INDRA),
        ('10 per cent', 1, 10, 'percent', 'deposits', 'increase', None, None, FY26, INDRA),
    ],
    'eu_energy_style_solar_pv.txt': [
        ('38 TWh', 1, 38, 'terawatt hour', 'solar PV generation in the EU', None, None, None, Q425, None),
        ('9%', 1, 9, 'percent', 'solar PV generation in the EU', 'increase', 'year_on_year', None, Q425, None),
        ('362 TWh', 1, 362, 'terawatt hour', 'solar output', None, None, None, W25, None),
        ('18%', 1, 18, 'percent', 'solar output', 'increase', 'year_on_year', None, W25, None),
        ('13.1%', 1, 13.1, 'percent', 'solar share of EU electricity generation', None, None, None, W25, None),
        ('12.0%', 1, 12.0, 'percent', 'solar share of EU electricity generation', None, None, None, IN24, None),
        ('1,690', 1, 1690, 'hour', 'hours with negative day-ahead prices in Germany', 'increase', None, None, IN25, None),
        ('1,120', 1, 1120, 'hour', 'hours with negative day-ahead prices in Spain', 'increase', None, None, IN25, None),
        ('58 €/MWh', 1, 58, 'EUR', 'solar capture price in Germany', None, None, None, Q('In the fourth quarter', 2025, 4), None),
        ('24%', 1, 24, 'percent', 'solar capture price in Germany', 'decrease', None, None, Q('In the fourth quarter', 2025, 4), None),
        ('64 GW', 1, 64, 'gigawatt', 'solar capacity added in the EU', None, None, 'approximately', IN25, SPE),
        ('66 GW', 1, 66, 'gigawatt', 'solar capacity added in the EU', None, None, None, IN24, SPE),
        ('3%', 1, 3, 'percent', 'solar capacity added in the EU', 'decrease', 'year_on_year', 'approximately', IN25, SPE),
        ('402 GW', 1, 402, 'gigawatt', 'cumulative installed capacity', 'increase', None, 'approximately', P('by the end of the year', '2025-12-31', '2025-12-31'), SPE),
        ('a quarter', 1, 0.25, 'fraction', 'residential rooftop installations', 'decrease', 'year_on_year', 'more_than', IN25, SPE),
        ('16.2 GW', 1, 16.2, 'gigawatt', 'solar capacity installed in Germany', None, None, None, IN25, SPE),
        ('8.1 GW', 1, 8.1, 'gigawatt', 'solar capacity installed in Spain', None, None, None, IN25, SPE),
        ('6.4 GW', 1, 6.4, 'gigawatt', 'solar capacity installed in Italy', None, None, None, IN25, SPE),
        ('half', 1, 0.5, 'fraction', 'Germany, Spain and Italy share of EU solar installations', None, None, 'approximately', IN25, SPE),
        ('0.10 €/Wp', 1, 0.10, 'EUR', 'average spot price for TOPCon modules', None, None, None, per('in December 2025', 2025, 12), SPE),
        ('12%', 1, 12, 'percent', 'average spot price for TOPCon modules', 'decrease', 'year_on_year', None, per('in December 2025', 2025, 12), SPE),
    ],
    'nbs_style_railway_passenger_freight.txt': [
        ('6.4%', 1, 6.4, 'percent', 'national railway passenger trips', 'increase', None, None, P('in first ten months', '2025-01-01', '2025-10-31'), None),
        ('3.88 billion', 1, 3.88e9, 'count', 'railway passenger trips', None, None, None, JO, NRA),
        ('6.4%', 2, 6.4, 'percent', 'railway passenger trips', 'increase', 'year_on_year', None, JO, NRA),
        ('12.8 million', 1, 12.8e6, 'count', 'daily average of railway passengers', None, None, None, JO, NRA),
        ('395 million', 1, 395e6, 'count', 'railway passenger trips', None, None, None, NOCT, NRA),
        ('5.7%', 1, 5.7, 'percent', 'railway passenger trips', 'increase', 'year_on_year', None, NOCT, NRA),
        ('150 million', 1, 150e6, 'count', 'trips during the National Day and Mid-Autumn Festival holiday', None, None, 'more_than', P('during the eight-day National Day and Mid-Autumn Festival holiday', '2025-10-01', '2025-10-08'), NRA),
        ('4.37 billion tonnes', 1, 4.37e9, 'tonne', 'railway freight shipments', None, None, None, F10, NRA),
        ('2.8%', 1, 2.8, 'percent', 'railway freight shipments', 'increase', 'year_on_year', None, F10, NRA),
        ('2.31 billion tonnes', 1, 2.31e9, 'tonne', 'coal shipments', None, None, None, F10, NRA),
        ('52.9%', 1, 52.9, 'percent', 'coal share of railway freight shipments', None, None, None, F10, NRA),
        ('3,014.5 billion tonne-kilometres', 1, 3014.5e9, 'tonne kilometre', 'freight turnover', None, None, None, F10, NRA),
        ('1.9%', 1, 1.9, 'percent', 'freight turnover', 'increase', 'year_on_year', None, F10, NRA),
        ('451 million tonnes', 1, 451e6, 'tonne', 'railway freight shipments', None, None, None, NOCT, NRA),
        ('3.6%', 1, 3.6, 'percent', 'railway freight shipments', 'increase', 'year_on_year', None, NOCT, NRA),
        ('0.9 percentage points', 1, 0.9, 'percentage_point', 'growth of railway freight shipments', 'increase', 'month_on_month', None, NOCT, NRA),
        ('16,800', 1, 16800, 'count', 'China-Europe freight train trips', None, None, None, P('from January to October', '2025-01-01', '2025-10-31'), CSRG),
        ('7.2%', 1, 7.2, 'percent', 'China-Europe freight train trips', 'increase', 'year_on_year', None, P('from January to October', '2025-01-01', '2025-10-31'), CSRG),
        ('1.62 million TEUs', 1, 1.62e6, 'count', 'goods carried by China-Europe freight trains', None, None, None, P('from January to October', '2025-01-01', '2025-10-31'), CSRG),
        ('642.3 billion yuan', 1, 642.3e9, 'CNY', 'fixed asset investment in railways', None, None, None, F10, CSRG),
        ('5.8%', 1, 5.8, 'percent', 'fixed asset investment in railways', 'increase', 'year_on_year', None, F10, CSRG),
        ('1,580 km', 1, 1580, 'kilometre', 'new railway lines put into operation', None, None, None, F10, CSRG),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
