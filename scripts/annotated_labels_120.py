# ruff: noqa: E501, RUF001
"""Write corpus/annotated_120/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_120.py corpus/annotated_120
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
ZCCM = "Zambia Consolidated Copper Mines"
ROS = "Federal State Statistics Service"
RAIF = "Raiffeisenbank"
BOR = "Bank of Russia"
BKR = "Baker Hughes"
SA = "StreetAccount"
INE = "National Statistics Institute"
WSA = "World Steel Association"
TE = "Trading Economics"
EIA = "U.S. Energy Information Administration"
API = "American Petroleum Institute"
AAA = "AAA"
CITI = "Citi"
NMDC = "NMDC"
ACER = "European Union Agency for the Cooperation of Energy Regulators"
NBS = "National Bureau of Statistics"
YOY, MOM, QOQ, POP = "year_on_year", "month_on_month", "quarter_on_quarter", "period_on_period"
UP, DOWN = "increase", "decrease"
APPROX = "approximately"

# 12001 ONS low carbon and renewable energy economy (ref Tuesday 2026-02-24)
Y24 = Y("in 2024", 2024)
Y23 = Y("in 2023", 2023)
# 12002 Reuters 1987, Zambia (ref Tuesday 1987-05-12); ZCCM's financial year runs April to March
FY87 = P("in the year ended March 31", "1986-04-01", "1987-03-31")
FY86 = P("in 1985/86", "1985-04-01", "1986-03-31")
INY = P("in the year", "1986-04-01", "1987-03-31")
# 12003 Reuters 2025, Russia (ref Wednesday 2025-10-29)
SEP = per("in September", 2025, 9)
AUGF = per("August", 2025, 8)
ISEP = per("In September", 2025, 9)
INM = per("in the month", 2025, 9)
JS = P("In January-September", "2025-01-01", "2025-09-30")
# 12004 CNBC, Baker Hughes (ref Tuesday 2025-10-21)
TUE = P("on Tuesday", "2025-10-21", "2025-10-21")
FTQ = Q("for the quarter", 2025, 3)
YE = Q("a year earlier", 2024, 3)
INQ = Q("in the quarter", 2025, 3)
TQ = Q("Third-quarter", 2025, 3)
FQ4 = Q("For the fourth quarter", 2025, 4)
FY = P("full-year", "2025-01-01", "2025-12-31")
# 12005 MT Newswires, Spain (ref Friday 2025-11-07)
ESEP = per("in September", 2025, 9)
EAUG = per("in August", 2025, 8)
MB = per("the month before", 2025, 8)
EISEP = per("In September", 2025, 9)
# 12006 Trading Economics, German steel (ref Monday 2025-11-24)
OCT25 = per("in October 2025", 2025, 10)
TIM = per("in the month", 2025, 10)
F10 = P("In the first ten months of 2025", "2025-01-01", "2025-10-31")
OSP = P("over the same period", "2025-01-01", "2025-10-31")
# 12007 Investing.com, gasoline (ref Wednesday 2025-06-25)
ET = P("By 10:45 ET", None, None)
WK = P("in the week ended June 20", "2025-06-14", "2025-06-20")
INW = P("in the week", "2025-06-14", "2025-06-20")
JA25 = P("in July and August", "2025-07-01", "2025-08-31")
# 12008 Business Standard, NMDC (ref Tuesday 2025-11-11)
HQ2 = P("Q2", "2025-07-01", "2025-09-30")
QJS = P("for the July-September quarter of FY26", "2025-07-01", "2025-09-30")
BIQ = P("in the quarter", "2025-07-01", "2025-09-30")
IQ2 = P("in Q2", "2025-07-01", "2025-09-30")
YQ = P("a year earlier", "2024-07-01", "2024-09-30")
H1 = P("For the first half (H1FY26)", "2025-04-01", "2025-09-30")
FY26 = P("for FY26", "2025-04-01", "2026-03-31")
BTUE = P("on Tuesday", "2025-11-11", "2025-11-11")
# 12009 DG ENER (ref Monday 2025-10-20)
Q225 = Q("in Q2-2025", 2025, 2)
EIQ = Q("in the quarter", 2025, 2)
H125 = P("in the first half of 2025", "2025-01-01", "2025-06-30")
EJ = P("at the end of June 2025", "2025-06-30", "2025-06-30")
# 12010 NBS (ref Monday 2025-09-15)
NAUG = per("in August", 2025, 8)
NIAUG = per("In August", 2025, 8)
JA = P("From January to August", "2025-01-01", "2025-08-31")
JJ = P("From January to July", "2025-01-01", "2025-07-31")

LCREE = "turnover in the UK low carbon and renewable energy economy (LCREE)"
GST = "Steel Production in Germany"
NMT = "output of ten kinds of nonferrous metals"
PRICE = "retail electricity price for large industrial consumers"

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_low_carbon_renewable_energy_economy.txt': [
        ('£74.3 billion', 1, 74.3e9, 'GBP', LCREE, None, None, None, Y24, None),
        ('6.8%', 1, 6.8, 'percent', 'LCREE turnover in current prices', UP, YOY, None, Y24, None),
        ('3.1%', 1, 3.1, 'percent', 'LCREE turnover in real terms', UP, YOY, None, Y24, None),
        ('283,400', 1, 283400, 'count', 'full-time equivalent (FTE) employment in LCREE activities', UP, None, None, Y24, None),
        ('272,900', 1, 272900, 'count', 'full-time equivalent (FTE) employment in LCREE activities', None, None, None, Y23, None),
        ('two-fifths', 1, 0.4, 'fraction', 'energy efficient products share of LCREE turnover', None, None, APPROX, None, None),
        ('£29.6 billion', 1, 29.6e9, 'GBP', 'turnover of energy efficient products', None, None, None, None, None),
        ('£9.8 billion', 1, 9.8e9, 'GBP', 'offshore wind turnover', None, None, None, Y24, ONS),
        ('£5.1 billion', 1, 5.1e9, 'GBP', 'onshore wind turnover', None, None, None, Y24, ONS),
        ('31.5%', 1, 31.5, 'percent', 'heat pump sector turnover', UP, None, None, Y24, ONS),
        ('£3.4 billion', 1, 3.4e9, 'GBP', 'heat pump sector turnover', UP, None, None, Y24, ONS),
        ('38,700', 1, 38700, 'count', 'offshore wind employment', UP, None, None, Y24, ONS),
        ('33,100', 1, 33100, 'count', 'offshore wind employment', None, None, None, Y23, ONS),
        ('21,200', 1, 21200, 'count', 'solar photovoltaic employment', None, None, None, Y24, ONS),
        ('£9.2 billion', 1, 9.2e9, 'GBP', 'exports of goods and services by LCREE businesses', None, None, None, Y24, ONS),
        ('12.4%', 1, 12.4, 'percent', 'exports share of LCREE turnover', None, None, None, Y24, ONS),
        ('£8.5 billion', 1, 8.5e9, 'GBP', 'exports of goods and services by LCREE businesses', None, None, None, Y23, ONS),
        ('37,600', 1, 37600, 'count', 'businesses active in the LCREE', None, None, None, Y24, ONS),
        ('1,900', 1, 1900, 'count', 'businesses active in the LCREE', UP, YOY, None, Y24, ONS),
        ('79.6%', 1, 79.6, 'percent', 'England share of LCREE employment', None, None, None, None, ONS),
        ('13.2%', 1, 13.2, 'percent', 'Scotland share of LCREE employment', None, None, None, None, ONS),
        ('4.8%', 1, 4.8, 'percent', 'Wales share of LCREE employment', None, None, None, None, ONS),
        ('2.4%', 1, 2.4, 'percent', 'Northern Ireland share of LCREE employment', None, None, None, None, ONS),
        ('£105 billion', 1, 105e9, 'GBP', 'turnover supported by the LCREE including indirect activity', None, None, None, Y24, ONS),
        ('£115 billion', 1, 115e9, 'GBP', 'turnover supported by the LCREE including indirect activity', None, None, None, Y24, ONS),
        ('£69.6 billion', 1, 69.6e9, 'GBP', 'LCREE turnover', UP, None, None, P('for 2023', '2023-01-01', '2023-12-31'), ONS),
        ('£68.9 billion', 1, 68.9e9, 'GBP', 'LCREE turnover', None, None, None, P('for 2023', '2023-01-01', '2023-12-31'), ONS),
        ('29,000', 1, 29000, 'count', 'businesses the survey was sent to', None, None, APPROX, None, ONS),
        ('52.7%', 1, 52.7, 'percent', 'survey response rate', None, None, None, None, ONS),
    ],
    'wire_1987_zambia_copper_output.txt': [
        ('5.2 PCT', 1, 5.2, 'percent', 'Zambia copper output', DOWN, None, None, P('1986/87', '1986-04-01', '1987-03-31'), None),
        ('462,800 tonnes', 1, 462800, 'tonne', 'finished copper produced by ZCCM', None, None, None, FY87, ZCCM),
        ('5.2 pct', 1, 5.2, 'percent', 'finished copper produced by ZCCM', DOWN, YOY, None, FY87, ZCCM),
        ('488,200 tonnes', 1, 488200, 'tonne', 'finished copper produced by ZCCM', None, None, None, FY86, ZCCM),
        ('8.1 pct', 1, 8.1, 'percent', 'cobalt output', UP, None, None, INY, ZCCM),
        ('4,710 tonnes', 1, 4710, 'tonne', 'cobalt output', UP, None, None, INY, ZCCM),
        ('9,800', 1, 9800, 'tonne', 'lead production', DOWN, None, None, INY, ZCCM),
        ('21,400 tonnes', 1, 21400, 'tonne', 'zinc production', DOWN, None, None, INY, ZCCM),
        ('11 pct', 1, 11, 'percent', 'output at the Mufulira division', DOWN, None, None, None, ZCCM),
        ('seven pct', 1, 7, 'percent', 'output at the Nchanga division', DOWN, None, None, None, ZCCM),
        ('455,000 tonnes', 1, 455000, 'tonne', 'copper sales', None, None, None, INY, ZCCM),
        ('612 mln dlrs', 1, 612e6, 'USD', 'earnings from copper sales', None, None, None, INY, ZCCM),
        ('540 mln dlrs', 1, 540e6, 'USD', 'earnings from copper sales', None, None, None, FY86, ZCCM),
        ('59.8 cents', 1, 0.598, 'USD', 'average production costs', DOWN, None, None, None, ZCCM),
        ('63.1 cents', 1, 0.631, 'USD', 'average production costs', None, None, None, None, ZCCM),
        ('1,450 dlrs', 1, 1450, 'USD', 'average London Metal Exchange copper price', UP, None, None, P('in 1987/88', '1987-04-01', '1988-03-31'), ZCCM),
        ('1,390 dlrs', 1, 1390, 'USD', 'average copper price realised', None, None, None, P('in 1986/87', '1986-04-01', '1987-03-31'), ZCCM),
        ('470,000 tonnes', 1, 470000, 'tonne', 'finished copper production', None, None, APPROX, P('in the current financial year', '1987-04-01', '1988-03-31'), ZCCM),
        ('90 pct', 1, 90, 'percent', "copper share of Zambia's foreign exchange earnings", None, None, APPROX, None, ZCCM),
        ('56,000', 1, 56000, 'count', 'workers on the ZCCM payroll', None, None, APPROX, None, ZCCM),
    ],
    'wire_2025_russia_industrial_output_rosstat.txt': [
        ('0.2%', 1, 0.2, 'percent', "Russia's industrial output growth", DOWN, None, None, SEP, None),
        ('0.2%', 2, 0.2, 'percent', "Russia's industrial production", UP, YOY, None, SEP, ROS),
        ('0.7%', 1, 0.7, 'percent', "Russia's industrial production", None, YOY, None, per('in August', 2025, 8), ROS),
        ('0.9%', 1, 0.9, 'percent', "Russia's industrial production", UP, YOY, None, SEP, 'Reuters'),
        ('0.7%', 2, 0.7, 'percent', 'industrial production', UP, YOY, None, AUGF, ROS),
        ('0.4%', 1, 0.4, 'percent', 'industrial production', None, YOY, None, AUGF, ROS),
        ('1.9%', 1, 1.9, 'percent', 'manufacturing output', UP, YOY, None, ISEP, ROS),
        ('2.6%', 1, 2.6, 'percent', 'mining and quarrying', DOWN, YOY, None, ISEP, ROS),
        ('1.1%', 1, 1.1, 'percent', 'electricity and gas supply', DOWN, YOY, None, ISEP, ROS),
        ('4.8%', 1, 4.8, 'percent', 'coal production', DOWN, YOY, None, INM, ROS),
        ('34.6 million tonnes', 1, 34.6e6, 'tonne', 'coal production', DOWN, None, None, INM, ROS),
        ('6.3%', 1, 6.3, 'percent', 'crude steel output', DOWN, YOY, None, INM, ROS),
        ('5.2 million tonnes', 1, 5.2e6, 'tonne', 'crude steel output', DOWN, None, None, INM, ROS),
        ('a fifth', 1, 0.2, 'fraction', 'natural gas production share of mining output', None, None, APPROX, INM, ROS),
        ('5.5%', 1, 5.5, 'percent', 'natural gas production', DOWN, YOY, None, INM, ROS),
        ('0.8%', 1, 0.8, 'percent', 'industrial production', UP, YOY, None, JS, ROS),
        ('4.6%', 1, 4.6, 'percent', 'industrial production', UP, YOY, None, P('in the same period of 2024', '2024-01-01', '2024-09-30'), ROS),
        ('0.5%', 1, 0.5, 'percent', 'output', DOWN, None, None, Q('in the fourth quarter', 2025, 4), RAIF),
        ('1%', 1, 1, 'percent', 'output', DOWN, None, None, Q('in the fourth quarter', 2025, 4), RAIF),
        ('16.5%', 1, 16.5, 'percent', 'key rate', DOWN, None, None, P('last week', '2025-10-20', '2025-10-26'), BOR),
        ('0.5%', 2, 0.5, 'percent', 'economic growth', UP, None, None, Y('this year', 2025), BOR),
        ('1.0%', 1, 1.0, 'percent', 'economic growth', UP, None, None, Y('this year', 2025), BOR),
    ],
    'cnbc_style_oilfield_services_results.txt': [
        ('3%', 1, 3, 'percent', 'Baker Hughes shares', UP, None, APPROX, TUE, BKR),
        ('68 cents', 1, 0.68, 'USD', 'adjusted earnings per share', None, None, None, None, BKR),
        ('62 cents', 1, 0.62, 'USD', 'adjusted earnings per share', None, None, None, None, None),
        ('$7.01 billion', 1, 7.01e9, 'USD', 'revenue', None, None, None, None, BKR),
        ('$6.77 billion', 1, 6.77e9, 'USD', 'revenue', None, None, None, None, None),
        ('$609 million', 1, 609e6, 'USD', 'net income attributable to the company', DOWN, None, None, FTQ, BKR),
        ('61 cents', 1, 0.61, 'USD', 'net income per share', DOWN, None, None, FTQ, BKR),
        ('$766 million', 1, 766e6, 'USD', 'net income attributable to the company', None, None, None, YE, BKR),
        ('77 cents', 1, 0.77, 'USD', 'net income per share', None, None, None, YE, BKR),
        ('1%', 1, 1, 'percent', 'revenue', UP, YOY, None, FTQ, BKR),
        ('13%', 1, 13, 'percent', 'revenue at the Industrial & Energy Technology (IET) segment', UP, None, None, INQ, BKR),
        ('$3.25 billion', 1, 3.25e9, 'USD', 'revenue at the Industrial & Energy Technology (IET) segment', UP, None, None, INQ, BKR),
        ('8%', 1, 8, 'percent', 'oilfield services and equipment revenue', DOWN, None, None, INQ, BKR),
        ('$3.60 billion', 1, 3.60e9, 'USD', 'oilfield services and equipment revenue', DOWN, None, None, INQ, BKR),
        ('$8.21 billion', 1, 8.21e9, 'USD', 'total orders', None, None, None, INQ, BKR),
        ('$3.98 billion', 1, 3.98e9, 'USD', 'orders at IET', None, None, None, INQ, BKR),
        ('$32.1 billion', 1, 32.1e9, 'USD', "IET segment's backlog", UP, None, None, P('at the end of September', '2025-09-30', '2025-09-30'), BKR),
        ('8%', 2, 8, 'percent', 'adjusted EBITDA', UP, None, None, TQ, BKR),
        ('$1.24 billion', 1, 1.24e9, 'USD', 'adjusted EBITDA', UP, None, None, TQ, BKR),
        ('120 basis points', 1, 120, 'basis_point', 'adjusted EBITDA margin', UP, None, None, TQ, BKR),
        ('17.7%', 1, 17.7, 'percent', 'adjusted EBITDA margin', UP, None, None, TQ, BKR),
        ('$699 million', 1, 699e6, 'USD', 'free cash flow', None, None, None, TQ, BKR),
        ('$423 million', 1, 423e6, 'USD', 'cash returned to shareholders', None, None, None, TQ, BKR),
        ('$6.85 billion', 1, 6.85e9, 'USD', 'revenue', None, None, None, FQ4, BKR),
        ('$7.35 billion', 1, 7.35e9, 'USD', 'revenue', None, None, None, FQ4, BKR),
        ('$1.18 billion', 1, 1.18e9, 'USD', 'adjusted EBITDA', None, None, None, FQ4, BKR),
        ('$1.32 billion', 1, 1.32e9, 'USD', 'adjusted EBITDA', None, None, None, FQ4, BKR),
        ('$7.09 billion', 1, 7.09e9, 'USD', 'revenue', None, None, None, Q('fourth-quarter', 2025, 4), SA),
        ('$13.5 billion', 1, 13.5e9, 'USD', 'IET orders outlook', UP, None, None, FY, BKR),
        ('$15 billion', 1, 15e9, 'USD', 'IET orders outlook', UP, None, None, FY, BKR),
        ('14%', 1, 14, 'percent', 'Baker Hughes shares', UP, None, APPROX, P('so far this year', '2025-01-01', '2025-10-21'), BKR),
    ],
    'mt_newswires_spain_industrial_production_energy.txt': [
        ('2.9%', 1, 2.9, 'percent', "Spain's industrial output", UP, None, None, ESEP, None),
        ('2.9%', 2, 2.9, 'percent', "Spain's calendar-adjusted industrial production", UP, YOY, None, ESEP, INE),
        ('1.8%', 1, 1.8, 'percent', "Spain's calendar-adjusted industrial production", UP, YOY, None, EAUG, INE),
        ('2.1%', 1, 2.1, 'percent', "Spain's calendar-adjusted industrial production", UP, YOY, None, ESEP, None),
        ('0.7%', 1, 0.7, 'percent', 'seasonally adjusted output', UP, MOM, None, ESEP, INE),
        ('0.4%', 1, 0.4, 'percent', 'seasonally adjusted output', DOWN, MOM, None, MB, INE),
        ('-0.6%', 1, -0.6, 'percent', 'seasonally adjusted output', DOWN, MOM, None, MB, INE),
        ('6.8%', 1, 6.8, 'percent', 'capital goods output', UP, YOY, None, ESEP, INE),
        ('+2.1%', 1, 2.1, 'percent', 'capital goods output', UP, YOY, None, EAUG, INE),
        ('3.4%', 1, 3.4, 'percent', 'consumer goods output', UP, YOY, None, ESEP, INE),
        ('1.2%', 1, 1.2, 'percent', 'intermediate goods output', UP, YOY, None, ESEP, INE),
        ('4.5%', 1, 4.5, 'percent', 'energy production', DOWN, YOY, None, ESEP, INE),
        ('-1.7%', 1, -1.7, 'percent', 'energy production', DOWN, YOY, None, EAUG, INE),
        ('6.1%', 1, 6.1, 'percent', 'electricity, gas, steam and air conditioning supply', DOWN, YOY, None, ESEP, INE),
        ('14', 1, 14, 'count', 'autonomous communities where output grew', None, None, None, EISEP, INE),
        ('+11.2%', 1, 11.2, 'percent', 'output in Navarra', UP, YOY, None, EISEP, INE),
        ('+7.9%', 1, 7.9, 'percent', 'output in Aragon', UP, YOY, None, EISEP, INE),
        ('-5.3%', 1, -5.3, 'percent', 'output in Asturias', DOWN, YOY, None, EISEP, INE),
        ('0.9%', 1, 0.9, 'percent', 'calendar-adjusted output', UP, YOY, None, P('For January-September', '2025-01-01', '2025-09-30'), INE),
    ],
    'trading_economics_style_germany_steel_production.txt': [
        ('2,870 Thousand Tonnes', 1, 2.87e6, 'tonne', GST, DOWN, None, None, OCT25, WSA),
        ('3,040 Thousand Tonnes', 1, 3.04e6, 'tonne', GST, None, None, None, per('in the previous month', 2025, 9), WSA),
        ('4.6%', 1, 4.6, 'percent', 'output', DOWN, YOY, None, OCT25, WSA),
        ('2,950 Thousand Tonnes', 1, 2.95e6, 'tonne', 'output', None, None, None, OCT25, None),
        ('1,760 Thousand Tonnes', 1, 1.76e6, 'tonne', 'steel production in Italy', None, None, None, OCT25, WSA),
        ('1,080 Thousand Tonnes', 1, 1.08e6, 'tonne', 'steel production in Spain', None, None, None, OCT25, WSA),
        ('31%', 1, 31, 'percent', 'electric arc furnaces share of German output', None, None, APPROX, TIM, WSA),
        ('7.2%', 1, 7.2, 'percent', 'production at blast furnace-basic oxygen steelworks', DOWN, YOY, None, TIM, WSA),
        ('29.4 million tonnes', 1, 29.4e6, 'tonne', 'German crude steel production', None, None, None, F10, WSA),
        ('9.8%', 1, 9.8, 'percent', 'German crude steel production', DOWN, YOY, None, F10, WSA),
        ('70', 1, 70, 'count', 'countries reporting to worldsteel', None, None, None, OSP, WSA),
        ('2.2%', 1, 2.2, 'percent', 'global output', DOWN, YOY, None, OSP, WSA),
        ('1,523 million tonnes', 1, 1523e6, 'tonne', 'global output', DOWN, None, None, OSP, WSA),
        ('3,402.15 Thousand Tonnes', 1, 3402.15e3, 'tonne', GST + ' average', None, None, None, P('from 2000 until 2025', '2000-01-01', '2025-12-31'), WSA),
        ('4,420.00 Thousand Tonnes', 1, 4420e3, 'tonne', GST + ' all time high', None, None, None, per('in March of 2007', 2007, 3), WSA),
        ('1,914.00 Thousand Tonnes', 1, 1914e3, 'tonne', GST + ' record low', None, None, None, per('in April of 2009', 2009, 4), WSA),
        ('2,980.00 Thousand Tonnes', 1, 2980e3, 'tonne', GST, None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('3,150.00 Thousand Tonnes', 1, 3150e3, 'tonne', 'Germany Steel Production', None, None, APPROX, Y('in 2026', 2026), TE),
        ('3,220.00 Thousand Tonnes', 1, 3220e3, 'tonne', 'Germany Steel Production', None, None, APPROX, Y('in 2027', 2027), TE),
    ],
    'investing_style_rbob_gasoline_eia_refinery_runs.txt': [
        ('4.1 cents', 1, 0.041, 'USD', 'RBOB gasoline futures for July delivery', UP, None, None, ET, None),
        ('1.9%', 1, 1.9, 'percent', 'RBOB gasoline futures for July delivery', UP, None, None, ET, None),
        ('$2.1840', 1, 2.184, 'USD', 'RBOB gasoline futures for July delivery', UP, None, None, ET, None),
        ('0.6%', 1, 0.6, 'percent', 'Brent crude futures', UP, None, None, ET, None),
        ('$67.52', 1, 67.52, 'USD', 'Brent crude futures', UP, None, None, ET, None),
        ('0.5%', 1, 0.5, 'percent', 'West Texas Intermediate crude futures', UP, None, None, ET, None),
        ('$64.70', 1, 64.70, 'USD', 'West Texas Intermediate crude futures', UP, None, None, ET, None),
        ('2.1 million barrels', 1, 2.1e6, 'barrel', 'U.S. gasoline inventories', DOWN, None, None, WK, EIA),
        ('229.8 million barrels', 1, 229.8e6, 'barrel', 'U.S. gasoline inventories', DOWN, None, None, WK, EIA),
        ('0.8 million-barrel', 1, 0.8e6, 'barrel', 'U.S. gasoline inventories', DOWN, None, None, WK, None),
        ('9.69 million barrels per day', 1, 9.69e6, 'barrel per day', 'finished motor gasoline product supplied', UP, None, None, INW, EIA),
        ('254,000 bpd', 1, 254000, 'barrel per day', 'refinery crude runs', UP, None, None, INW, EIA),
        ('17.2 million bpd', 1, 17.2e6, 'barrel per day', 'refinery crude runs', UP, None, None, INW, EIA),
        ('1.3 percentage points', 1, 1.3, 'percentage_point', 'refinery utilization', UP, None, None, INW, EIA),
        ('95.3%', 1, 95.3, 'percent', 'refinery utilization', UP, None, None, INW, EIA),
        ('5.8 million barrels', 1, 5.8e6, 'barrel', 'crude inventories', DOWN, None, None, None, EIA),
        ('415.1 million barrels', 1, 415.1e6, 'barrel', 'crude inventories', DOWN, None, None, None, EIA),
        ('1.2 million-barrel', 1, 1.2e6, 'barrel', 'crude inventories', DOWN, None, None, None, None),
        ('0.5 million barrels', 1, 0.5e6, 'barrel', 'distillate stocks', UP, None, None, None, EIA),
        ('4.3 million barrels', 1, 4.3e6, 'barrel', 'crude inventories', DOWN, None, None, P('for the same week', '2025-06-14', '2025-06-20'), API),
        ('$3.22', 1, 3.22, 'USD', 'national average retail price for regular gasoline', UP, None, None, P('on Wednesday', '2025-06-25', '2025-06-25'), AAA),
        ('$3.14', 1, 3.14, 'USD', 'national average retail price for regular gasoline', None, None, None, P('a month ago', '2025-05-25', '2025-05-25'), AAA),
        ('9.2 million bpd', 1, 9.2e6, 'barrel per day', 'U.S. gasoline demand', None, None, APPROX, JA25, CITI),
        ('1%', 1, 1, 'percent', 'U.S. gasoline demand', DOWN, YOY, APPROX, JA25, CITI),
    ],
    'business_standard_style_iron_ore_nmdc_output.txt': [
        ('23%', 1, 23, 'percent', 'NMDC profit', UP, None, None, HQ2, None),
        ('₹1,584 crore', 1, 1584e7, 'INR', 'NMDC profit', UP, None, None, HQ2, None),
        ('23 per cent', 1, 23, 'percent', 'consolidated net profit', UP, YOY, None, QJS, NMDC),
        ('₹1,584 crore', 2, 1584e7, 'INR', 'consolidated net profit', UP, None, None, QJS, NMDC),
        ('₹1,288 crore', 1, 1288e7, 'INR', 'consolidated net profit', None, None, None, P('a year ago', '2024-07-01', '2024-09-30'), NMDC),
        ('26.4 per cent', 1, 26.4, 'percent', 'revenue from operations', UP, YOY, None, BIQ, NMDC),
        ('₹6,129 crore', 1, 6129e7, 'INR', 'revenue from operations', UP, None, None, BIQ, NMDC),
        ('18.2 per cent', 1, 18.2, 'percent', 'EBITDA', UP, YOY, None, BIQ, NMDC),
        ('₹2,016 crore', 1, 2016e7, 'INR', 'EBITDA', UP, None, None, BIQ, NMDC),
        ('32.9 per cent', 1, 32.9, 'percent', 'EBITDA margin', DOWN, None, None, BIQ, NMDC),
        ('35.2 per cent', 1, 35.2, 'percent', 'EBITDA margin', None, None, None, P('in the year-ago quarter', '2024-07-01', '2024-09-30'), NMDC),
        ('9.87 million tonnes', 1, 9.87e6, 'tonne', 'iron ore production', None, None, None, IQ2, NMDC),
        ('16 per cent', 1, 16, 'percent', 'iron ore production', UP, None, None, IQ2, NMDC),
        ('22 per cent', 1, 22, 'percent', 'iron ore sales', UP, None, None, IQ2, NMDC),
        ('10.9 mt', 1, 10.9e6, 'tonne', 'iron ore sales', UP, None, None, IQ2, NMDC),
        ('₹4,980', 1, 4980, 'INR', 'average realisation', DOWN, None, APPROX, IQ2, NMDC),
        ('₹5,510', 1, 5510, 'INR', 'average realisation', None, None, None, YQ, NMDC),
        ('4.6 lakh tonnes', 1, 4.6e5, 'tonne', 'pellet plant production at Donimalai', None, None, None, IQ2, NMDC),
        ('9.2 per cent', 1, 9.2, 'percent', 'production', UP, None, None, H1, NMDC),
        ('21.4 mt', 1, 21.4e6, 'tonne', 'production', UP, None, None, H1, NMDC),
        ('22.1 mt', 1, 22.1e6, 'tonne', 'sales', None, None, None, H1, NMDC),
        ('20.3 mt', 1, 20.3e6, 'tonne', 'sales', None, None, None, P('in H1FY25', '2024-04-01', '2024-09-30'), NMDC),
        ('55 mt', 1, 55e6, 'tonne', 'production target', None, None, None, FY26, NMDC),
        ('100 mt', 1, 100e6, 'tonne', 'annual output', UP, None, None, P('in FY30', '2029-04-01', '2030-03-31'), NMDC),
        ('₹2,400 crore', 1, 2400e7, 'INR', 'capital expenditure', None, None, None, FY26, NMDC),
        ('₹1,050 crore', 1, 1050e7, 'INR', 'capital expenditure spent', None, None, None, P('in H1', '2025-04-01', '2025-09-30'), NMDC),
        ('2.4 per cent', 1, 2.4, 'percent', 'shares of NMDC', UP, None, None, BTUE, NMDC),
        ('₹76.45', 1, 76.45, 'INR', 'shares of NMDC', UP, None, None, BTUE, NMDC),
        ('0.5 per cent', 1, 0.5, 'percent', 'benchmark Sensex', UP, None, None, BTUE, NMDC),
    ],
    'eu_energy_style_industrial_electricity_retail_prices.txt': [
        ('178 TWh', 1, 178, 'terawatt hour', 'EU electricity consumption by industry', None, None, None, Q225, None),
        ('1.9%', 1, 1.9, 'percent', 'EU electricity consumption by industry', DOWN, YOY, None, Q225, None),
        ('29.4%', 1, 29.4, 'percent', "industry's share of total EU electricity demand", DOWN, None, None, Q225, None),
        ('30.3%', 1, 30.3, 'percent', "industry's share of total EU electricity demand", None, None, None, Q('a year earlier', 2024, 2), None),
        ('132 EUR/MWh', 1, 132, 'EUR', 'retail electricity prices paid by large industrial consumers', None, None, None, Q225, None),
        ('6%', 1, 6, 'percent', 'retail electricity prices paid by large industrial consumers', DOWN, YOY, None, Q225, None),
        ('45%', 1, 45, 'percent', 'retail electricity prices paid by large industrial consumers', UP, None, None, P('Q2-2019', '2019-04-01', '2025-06-30'), None),
        ('214 EUR/MWh', 1, 214, 'EUR', PRICE + ' in Ireland', None, None, None, Q225, None),
        ('201 EUR/MWh', 1, 201, 'EUR', PRICE + ' in Cyprus', None, None, None, Q225, None),
        ('176 EUR/MWh', 1, 176, 'EUR', PRICE + ' in Italy', None, None, None, Q225, None),
        ('89 EUR/MWh', 1, 89, 'EUR', PRICE + ' in Finland', None, None, None, Q225, None),
        ('94 EUR/MWh', 1, 94, 'EUR', PRICE + ' in Sweden', None, None, None, Q225, None),
        ('14%', 1, 14, 'percent', 'taxes and levies share of the average industrial price', None, None, None, EIQ, None),
        ('21%', 1, 21, 'percent', 'taxes and levies share of the average industrial price', None, None, None, Y('in 2021', 2021), None),
        ('9%', 1, 9, 'percent', 'average price for industrial consumers in Germany', DOWN, YOY, None, EIQ, None),
        ('148 EUR/MWh', 1, 148, 'EUR', 'average price for industrial consumers in Germany', DOWN, None, None, EIQ, None),
        ('4%', 1, 4, 'percent', 'average price for industrial consumers in France', DOWN, YOY, None, EIQ, None),
        ('121 EUR/MWh', 1, 121, 'EUR', 'average price for industrial consumers in France', DOWN, None, None, EIQ, None),
        ('2.9 GW', 1, 2.9, 'gigawatt', 'corporate power purchase agreements signed by industrial buyers', DOWN, None, None, H125, None),
        ('4.1 GW', 1, 4.1, 'gigawatt', 'corporate power purchase agreements signed by industrial buyers', None, None, None, P('in H1-2024', '2024-01-01', '2024-06-30'), None),
        ('a third', 1, 0.3333, 'fraction', 'energy-intensive companies share of contracted volumes', None, None, APPROX, H125, None),
        ('8.5 GW', 1, 8.5, 'gigawatt', 'demand response capacity provided by industrial consumers', None, None, APPROX, EJ, ACER),
        ('1.2 GW', 1, 1.2, 'gigawatt', 'demand response capacity provided by industrial consumers', UP, YOY, None, EJ, ACER),
    ],
    'nbs_style_ten_nonferrous_metals_output.txt': [
        ('6.81 million tons', 1, 6.81e6, 'tonne', NMT, None, None, None, NAUG, NBS),
        ('3.1 percent', 1, 3.1, 'percent', NMT, UP, YOY, None, NAUG, NBS),
        ('0.7 percentage points', 1, 0.7, 'percentage_point', 'growth rate of ' + NMT, UP, MOM, None, NAUG, NBS),
        ('53.92 million tons', 1, 53.92e6, 'tonne', NMT, None, None, None, JA, NBS),
        ('2.8 percent', 1, 2.8, 'percent', NMT, UP, YOY, None, JA, NBS),
        ('1.22 million tons', 1, 1.22e6, 'tonne', 'output of refined copper', None, None, None, NIAUG, NBS),
        ('3.74 million tons', 1, 3.74e6, 'tonne', 'output of primary aluminium', None, None, None, NIAUG, NBS),
        ('0.61 million tons', 1, 0.61e6, 'tonne', 'output of zinc', None, None, None, NIAUG, NBS),
        ('15.6 percent', 1, 15.6, 'percent', 'output of refined copper', UP, YOY, None, NIAUG, NBS),
        ('1.5 percent', 1, 1.5, 'percent', 'output of primary aluminium', UP, YOY, None, NIAUG, NBS),
        ('4.3 percent', 1, 4.3, 'percent', 'output of zinc', UP, YOY, None, NIAUG, NBS),
        ('2.7 percent', 1, 2.7, 'percent', 'output of lead', DOWN, YOY, None, NIAUG, NBS),
        ('0.58 million tons', 1, 0.58e6, 'tonne', 'output of lead', DOWN, None, None, NIAUG, NBS),
        ('120.6 thousand tons', 1, 120600, 'tonne', 'average daily output of primary aluminium', None, None, None, NIAUG, NBS),
        ('60.15 million tons', 1, 60.15e6, 'tonne', 'output of alumina', None, None, None, JA, NBS),
        ('7.9 percent', 1, 7.9, 'percent', 'output of alumina', UP, YOY, None, JA, NBS),
        ('16.42 million tons', 1, 16.42e6, 'tonne', 'output of copper products', None, None, None, JA, NBS),
        ('0.8 percent', 1, 0.8, 'percent', 'output of copper products', DOWN, YOY, None, JA, NBS),
        ('11.4 percent', 1, 11.4, 'percent', 'producer prices for nonferrous metal mining and dressing', UP, YOY, None, NIAUG, NBS),
        ('6.2 percent', 1, 6.2, 'percent', 'producer prices for nonferrous metal smelting and rolling processing', UP, YOY, None, NIAUG, NBS),
        ('274.56 billion yuan', 1, 274.56e9, 'CNY', 'total profits of industrial enterprises above designated size in nonferrous metal smelting and rolling processing', None, None, None, JJ, NBS),
        ('29.2 percent', 1, 29.2, 'percent', 'total profits of industrial enterprises above designated size in nonferrous metal smelting and rolling processing', UP, YOY, None, JJ, NBS),
        ('5.20 percent', 1, 5.20, 'percent', 'profit margin on operating revenue', None, None, None, JJ, NBS),
        ('0.86 percentage points', 1, 0.86, 'percentage_point', 'profit margin on operating revenue', UP, YOY, None, JJ, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
