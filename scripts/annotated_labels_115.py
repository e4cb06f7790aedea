# ruff: noqa: E501, RUF001
"""Write corpus/annotated_115/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_115.py corpus/annotated_115
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
UCAP = "United Coconut Associations of the Philippines"
PCA = "Philippine Coconut Authority"
GUS = "Statistics Poland"
REU = "Reuters"
PEKAO = "Bank Pekao"
NBP = "National Bank of Poland"
WF = "Wells Fargo"
LSEG = "LSEG"
SA = "StreetAccount"
ANZ = "Australia and New Zealand Banking Group"
RBNZ = "Reserve Bank of New Zealand"
MOCOM = "Ministry of Commerce"
TE = "Trading Economics"
GIE = "Gas Infrastructure Europe"
GASSCO = "Gassco"
ING = "ING"
EU = "European Union"
MJ = "mjunction services"
MOC = "Ministry of Coal"
MOP = "Ministry of Power"
ARG = "Argus Media"
ENTSOE = "European Network of Transmission System Operators for Electricity"
NBS = "National Bureau of Statistics"

UP, DOWN = "increase", "decrease"
YOY, MOM, QOQ, POP = "year_on_year", "month_on_month", "quarter_on_quarter", "period_on_period"
ABOUT = "approximately"

# 11501 ONS overseas travel and tourism (ref Friday 2026-01-23)
OQ3 = Q("in Quarter 3 (July to Sept) 2025", 2025, 3)
OJS = Q("in July to September 2025", 2025, 3)
OSP24 = Q("in the same period of 2024", 2024, 3)
OLQ = Q("in the latest quarter", 2025, 3)
OINQ = Q("in the quarter", 2025, 3)
OAJ = Q("for April to June 2025", 2025, 2)
# 11502 Reuters 1987 (ref Monday 1987-04-27)
CFQ87 = Q("in the first quarter of 1987", 1987, 1)
CS86 = Q("in the same 1986 period", 1986, 1)
CINQ = Q("in the quarter", 1987, 1)
CYE = Q("a year earlier", 1986, 1)
CFQ = Q("in the first quarter", 1987, 1)
C87 = Y("this year", 1987)
# 11503 Reuters 2025 (ref Friday 2026-02-20)
PJAN = per("in January", 2026, 1)
PDEC = per("in December", 2025, 12)
P26 = Y("in 2026", 2026)
# 11504 CNBC (ref Tuesday 2026-04-14)
WTM = P("in the three months ended March 31", "2026-01-01", "2026-03-31")
WYE = Q("a year earlier", 2025, 1)
WINQ = Q("in the quarter", 2026, 1)
WFQ = Q("in the first quarter", 2026, 1)
# 11505 MT Newswires (ref Wednesday 2026-02-25)
NFEB = per("in February", 2026, 2)
NDEC = per("in December", 2025, 12)
# 11506 Trading Economics (ref Thursday 2026-01-22)
TD25 = per("in December 2025", 2025, 12)
TFY = Y("For the full year 2025", 2025)
# 11507 Investing.com (ref Tuesday 2026-03-17)
GET = P("By 06:25 ET", None, None)
GLW = P("last week", "2026-03-09", "2026-03-15")
GM15 = P("as of March 15", "2026-03-15", "2026-03-15")
GMON = P("on Monday", "2026-03-16", "2026-03-16")
# 11508 Business Standard (ref Friday 2024-12-20)
BNOV = per("in November", 2024, 11)
BYE = per("a year earlier", 2023, 11)
BDM = per("during the month", 2024, 11)
BAN = P("For April-November of FY25", "2024-04-01", "2024-11-30")
B8M = P("during the eight months", "2024-04-01", "2024-11-30")
BFY = P("in FY25", "2024-04-01", "2025-03-31")
# 11509 DG ENER (ref Wednesday 2026-01-21)
EQ3 = Q("In the third quarter of 2025", 2025, 3)
EJS = P("in July-September", "2025-07-01", "2025-09-30")
EINQ = Q("in the quarter", 2025, 3)
EBJS = P("between July and September", "2025-07-01", "2025-09-30")
EQ3B = Q("in Q3 2025", 2025, 3)
# 11510 NBS (ref Friday 2025-11-14)
SOCT = per("in October", 2025, 10)
SIOCT = per("In October", 2025, 10)
SJO = P("From January to October", "2025-01-01", "2025-10-31")
SF10 = P("In the first ten months", "2025-01-01", "2025-10-31")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_international_passenger_survey_visits.txt': [
        ('11.9 million visits', 1, 11.9e6, 'count', 'visits to the UK by overseas residents', None, None, None, OQ3, None),
        ('4%', 1, 4, 'percent', 'visits to the UK by overseas residents', UP, YOY, None, OQ3, None),
        ('£10.2 billion', 1, 10.2e9, 'GBP', "overseas residents' spending on their visits", UP, None, None, OJS, None),
        ('£9.6 billion', 1, 9.6e9, 'GBP', "overseas residents' spending on their visits", None, None, None, OSP24, None),
        ('27.4 million visits', 1, 27.4e6, 'count', 'visits abroad by UK residents', None, None, None, OLQ, None),
        ('3%', 1, 3, 'percent', 'visits abroad by UK residents', UP, YOY, None, OLQ, None),
        ('£25.8 billion', 1, 25.8e9, 'GBP', "UK residents' spending abroad", None, None, None, OLQ, None),
        ('5.3 million visits', 1, 5.3e6, 'count', 'holiday visits to the UK', None, None, None, OJS, ONS),
        ('3.6 million', 1, 3.6e6, 'count', 'visits to friends or relatives', None, None, None, OJS, ONS),
        ('1.7 million', 1, 1.7e6, 'count', 'business visits', None, None, None, OJS, ONS),
        ('6%', 1, 6, 'percent', 'business visits', DOWN, YOY, None, OJS, ONS),
        ('5%', 1, 5, 'percent', 'holiday visits', UP, YOY, None, OJS, ONS),
        ('7%', 1, 7, 'percent', 'visits to friends or relatives', UP, YOY, None, OJS, ONS),
        ('two-thirds', 1, 0.6667, 'fraction', "holidays share of UK residents' visits abroad", None, None, ABOUT, OINQ, ONS),
        ('1.9 million visits', 1, 1.9e6, 'count', 'visits by residents of North America', None, None, None, OINQ, ONS),
        ('£2.6 billion', 1, 2.6e9, 'GBP', 'spending by residents of North America', None, None, None, OINQ, ONS),
        ('6.1 million', 1, 6.1e6, 'count', 'visits from EU countries', None, None, None, OINQ, ONS),
        ('5.8 million visits', 1, 5.8e6, 'count', 'visits to London by overseas residents', None, None, None, OINQ, ONS),
        ('half', 1, 0.5, 'fraction', 'London share of visits by overseas residents', None, None, ABOUT, OINQ, ONS),
        ('1.1 million', 1, 1.1e6, 'count', 'visits to Scotland by overseas residents', None, None, None, OINQ, ONS),
        ('0.4 million', 1, 0.4e6, 'count', 'visits to Wales by overseas residents', None, None, None, OINQ, ONS),
        ('£857', 1, 857, 'GBP', 'average spending per visit', None, None, None, OINQ, ONS),
        ('£840', 1, 840, 'GBP', 'average spending per visit', None, None, None, Q('a year earlier', 2024, 3), ONS),
        ('10.8 million', 1, 10.8e6, 'count', 'visits to the UK by overseas residents', None, None, None, OAJ, ONS),
        ('0.1 million', 1, 0.1e6, 'count', 'visits revision', DOWN, None, None, OAJ, ONS),
        ('215,000 interviews', 1, 215000, 'count', 'International Passenger Survey interviews', None, None, ABOUT, P('in the year ending September 2025', '2024-10-01', '2025-09-30'), ONS),
    ],
    'wire_1987_philippine_coconut_copra_exports.txt': [
        ('63.3 PCT', 1, 63.3, 'percent', 'Philippine copra exports', DOWN, None, None, Q('IN FIRST QUARTER', 1987, 1), None),
        ('21,600 tonnes', 1, 21600, 'tonne', 'Philippine copra exports', DOWN, None, None, CFQ87, UCAP),
        ('58,900 tonnes', 1, 58900, 'tonne', 'Philippine copra exports', None, None, None, CS86, UCAP),
        ('14.2 pct', 1, 14.2, 'percent', 'coconut oil shipments', UP, YOY, None, CFQ87, UCAP),
        ('287,300 tonnes', 1, 287300, 'tonne', 'coconut oil shipments', UP, None, None, CFQ87, UCAP),
        ('3.1 mln U.S. dlrs', 1, 3.1e6, 'USD', 'copra export receipts', DOWN, None, None, CINQ, UCAP),
        ('7.4 mln', 1, 7.4e6, 'USD', 'copra export receipts', None, None, None, CYE, UCAP),
        ('96.5 mln dlrs', 1, 96.5e6, 'USD', 'coconut oil earnings', UP, None, None, CINQ, UCAP),
        ('68.8 mln', 1, 68.8e6, 'USD', 'coconut oil earnings', None, None, None, CYE, UCAP),
        ('336 dlrs', 1, 336, 'USD', 'average export price of coconut oil', None, None, None, CINQ, UCAP),
        ('272 dlrs', 1, 272, 'USD', 'average export price of coconut oil', None, None, None, CYE, UCAP),
        ('18,450 tonnes', 1, 18450, 'tonne', 'desiccated coconut exports', None, None, None, CINQ, UCAP),
        ('9.6 pct', 1, 9.6, 'percent', 'desiccated coconut exports', UP, None, None, CINQ, UCAP),
        ('124,700 tonnes', 1, 124700, 'tonne', 'copra meal exports', None, None, None, CINQ, UCAP),
        ('3.2 pct', 1, 3.2, 'percent', 'copra meal exports', DOWN, None, None, CINQ, UCAP),
        ('42 pct', 1, 42, 'percent', 'United States share of coconut oil shipments', None, None, None, None, UCAP),
        ('35 pct', 1, 35, 'percent', 'European Community share of coconut oil shipments', None, None, None, None, UCAP),
        ('eight pct', 1, 8, 'percent', 'Japan share of coconut oil shipments', None, None, None, None, UCAP),
        ('131.2 mln dlrs', 1, 131.2e6, 'USD', 'total coconut product export earnings', None, None, None, CFQ, UCAP),
        ('38 pct', 1, 38, 'percent', 'total coconut product export earnings', UP, YOY, ABOUT, CFQ, UCAP),
        ('80,000', 1, 80000, 'tonne', 'copra exports', None, None, None, C87, None),
        ('100,000 tonnes', 1, 100000, 'tonne', 'copra exports', None, None, None, C87, None),
        ('1.58 mln tonnes', 1, 1.58e6, 'tonne', 'copra output', None, None, None, Y('in 1986', 1986), PCA),
        ('3.40 pesos', 1, 3.40, 'PHP', 'mill-gate copra prices in Quezon province', UP, None, None, P('on Friday', '1987-04-24', '1987-04-24'), PCA),
        ('3.15 pesos', 1, 3.15, 'PHP', 'mill-gate copra prices in Quezon province', None, None, None, P('a week earlier', '1987-04-17', '1987-04-17'), PCA),
    ],
    'wire_2025_poland_industrial_output_wages.txt': [
        ('6.9%', 1, 6.9, 'percent', 'wage growth', DOWN, None, None, PJAN, None),
        ('4.1%', 1, 4.1, 'percent', 'industrial output in Poland', UP, YOY, None, PJAN, GUS),
        ('2.8%', 1, 2.8, 'percent', 'industrial output in Poland', UP, YOY, None, PJAN, REU),
        ('0.6%', 1, 0.6, 'percent', 'industrial output in Poland', DOWN, YOY, None, PDEC, GUS),
        ('3.2%', 1, 3.2, 'percent', 'industrial output', DOWN, MOM, None, None, GUS),
        ('85%', 1, 85, 'percent', 'manufacturing share of industrial production', None, None, ABOUT, None, GUS),
        ('4.6%', 1, 4.6, 'percent', 'manufacturing output', UP, YOY, None, None, GUS),
        ('5.3%', 1, 5.3, 'percent', 'output in mining and quarrying', DOWN, YOY, None, None, GUS),
        ('1.7%', 1, 1.7, 'percent', 'output in energy supply', DOWN, YOY, None, None, GUS),
        ('6.9%', 2, 6.9, 'percent', 'average gross wages in the enterprise sector', UP, YOY, None, PJAN, GUS),
        ('8,932.40 zlotys', 1, 8932.40, 'PLN', 'average gross wages in the enterprise sector', UP, None, None, PJAN, GUS),
        ('$2,435', 1, 2435, 'USD', 'average gross wages in the enterprise sector', UP, None, None, PJAN, GUS),
        ('7.1%', 1, 7.1, 'percent', 'average gross wages in the enterprise sector', UP, YOY, None, PJAN, None),
        ('7.8%', 1, 7.8, 'percent', 'average gross wages in the enterprise sector', None, YOY, None, PDEC, GUS),
        ('0.8%', 1, 0.8, 'percent', 'employment in the enterprise sector', DOWN, YOY, None, PJAN, GUS),
        ('6.42 million', 1, 6.42e6, 'count', 'employment in the enterprise sector', DOWN, None, None, PJAN, GUS),
        ('3.9%', 1, 3.9, 'percent', 'real wages', UP, YOY, None, PJAN, REU),
        ('4.2%', 1, 4.2, 'percent', 'real wages', None, YOY, None, PDEC, REU),
        ('3%', 1, 3, 'percent', 'industrial output', UP, None, None, P26, PEKAO),
        ('4%', 1, 4, 'percent', 'industrial output', UP, None, None, P26, PEKAO),
        ('2.5%', 1, 2.5, 'percent', 'industrial output', UP, None, None, Y('last year', 2025), PEKAO),
        ('4.00%', 1, 4.00, 'percent', 'reference rate', None, None, None, P('on Feb. 4', '2026-02-04', '2026-02-04'), NBP),
        ('4.2130', 1, 4.2130, 'PLN', 'zloty', None, None, None, None, REU),
    ],
    'cnbc_style_bank_earnings_net_interest_income.txt': [
        ('$1.61', 1, 1.61, 'USD', 'earnings per share', None, None, None, None, WF),
        ('$1.52', 1, 1.52, 'USD', 'earnings per share', None, None, None, None, LSEG),
        ('$21.18 billion', 1, 21.18e9, 'USD', 'revenue', None, None, None, None, WF),
        ('$21.04 billion', 1, 21.04e9, 'USD', 'revenue', None, None, None, None, LSEG),
        ('11%', 1, 11, 'percent', 'net income', UP, YOY, None, WTM, WF),
        ('$5.46 billion', 1, 5.46e9, 'USD', 'net income', UP, None, None, WTM, WF),
        ('$1.61', 2, 1.61, 'USD', 'earnings per share', UP, None, None, WTM, WF),
        ('$4.92 billion', 1, 4.92e9, 'USD', 'net income', None, None, None, WYE, WF),
        ('$1.39', 1, 1.39, 'USD', 'earnings per share', None, None, None, WYE, WF),
        ('$11.62 billion', 1, 11.62e9, 'USD', 'net interest income', None, None, None, WINQ, WF),
        ('2%', 1, 2, 'percent', 'net interest income', DOWN, YOY, None, WINQ, WF),
        ('$11.85 billion', 1, 11.85e9, 'USD', 'net interest income', None, None, None, WINQ, SA),
        ('9%', 1, 9, 'percent', 'noninterest income', UP, YOY, None, WINQ, WF),
        ('$9.56 billion', 1, 9.56e9, 'USD', 'noninterest income', UP, None, None, WINQ, WF),
        ('21%', 1, 21, 'percent', 'trading revenue in the markets business', UP, YOY, None, WINQ, WF),
        ('$1.68 billion', 1, 1.68e9, 'USD', 'trading revenue in the markets business', UP, None, None, WINQ, WF),
        ('15%', 1, 15, 'percent', 'investment banking fees', UP, YOY, None, WINQ, WF),
        ('$812 million', 1, 812e6, 'USD', 'investment banking fees', UP, None, None, WINQ, WF),
        ('$1.07 billion', 1, 1.07e9, 'USD', 'amount set aside for credit losses', None, None, None, WFQ, WF),
        ('$932 million', 1, 932e6, 'USD', 'amount set aside for credit losses', None, None, None, WYE, WF),
        ('$1.13 billion', 1, 1.13e9, 'USD', 'amount set aside for credit losses', None, None, None, Q('in the fourth quarter', 2025, 4), WF),
        ('0.46%', 1, 0.46, 'percent', 'net charge-offs share of average loans', None, None, None, WFQ, WF),
        ('$47.5 billion', 1, 47.5e9, 'USD', 'net interest income', None, None, None, Y('full-year', 2026), WF),
        ('$48.5 billion', 1, 48.5e9, 'USD', 'net interest income', None, None, None, Y('full-year', 2026), WF),
        ('11.1%', 1, 11.1, 'percent', 'common equity tier 1 ratio', None, None, None, P('at the end of March', '2026-03-31', '2026-03-31'), WF),
        ('9.8%', 1, 9.8, 'percent', 'regulatory minimum common equity tier 1 ratio', None, None, None, None, None),
        ('$4.0 billion', 1, 4.0e9, 'USD', 'share buybacks', None, None, None, WINQ, WF),
        ('12.5%', 1, 12.5, 'percent', 'quarterly dividend', UP, None, None, WINQ, WF),
        ('45 cents', 1, 0.45, 'USD', 'quarterly dividend', UP, None, None, WINQ, WF),
        ('2.4%', 1, 2.4, 'percent', 'Wells Fargo shares', DOWN, None, None, None, WF),
        ('18%', 1, 18, 'percent', 'Wells Fargo shares', UP, None, ABOUT, P('over the past 12 months', '2025-04-14', '2026-04-14'), WF),
    ],
    'mt_newswires_new_zealand_business_confidence.txt': [
        ('58.4', 1, 58.4, 'index_point', 'business confidence in New Zealand', DOWN, None, None, NFEB, ANZ),
        ('64.2', 1, 64.2, 'index_point', 'business confidence in New Zealand', None, None, None, NDEC, ANZ),
        ('2.7 points', 1, 2.7, 'index_point', 'own activity outlook index', DOWN, POP, None, NFEB, ANZ),
        ('47.1', 1, 47.1, 'index_point', 'own activity outlook index', DOWN, None, None, NFEB, ANZ),
        ('21.3', 1, 21.3, 'index_point', 'past own activity', UP, None, None, NFEB, ANZ),
        ('18.9', 1, 18.9, 'index_point', 'past own activity', None, None, None, per('in the December survey', 2025, 12), ANZ),
        ('2.83%', 1, 2.83, 'percent', 'year-ahead inflation expectations', UP, None, None, NFEB, ANZ),
        ('2.71%', 1, 2.71, 'percent', 'year-ahead inflation expectations', None, None, None, NDEC, ANZ),
        ('52.6%', 1, 52.6, 'percent', 'net share of firms intending to raise prices', UP, None, None, NFEB, ANZ),
        ('47.9%', 1, 47.9, 'percent', 'net share of firms intending to raise prices', None, None, None, per('in the previous survey', 2025, 12), ANZ),
        ('78.0%', 1, 78.0, 'percent', 'expected costs', None, None, None, NFEB, ANZ),
        ('18.2', 1, 18.2, 'index_point', 'employment intentions', DOWN, None, None, None, ANZ),
        ('16.5', 1, 16.5, 'index_point', 'investment intentions', DOWN, None, None, None, ANZ),
        ('12.4', 1, 12.4, 'index_point', 'export intentions', UP, None, None, None, ANZ),
        ('71.2', 1, 71.2, 'index_point', 'business confidence in construction', None, None, None, None, ANZ),
        ('41.8', 1, 41.8, 'index_point', 'business confidence in agriculture', None, None, None, None, ANZ),
        ('512 responses', 1, 512, 'count', 'survey responses', None, None, None, P('from Feb. 2 to Feb. 13', '2026-02-02', '2026-02-13'), ANZ),
        ('2.25%', 1, 2.25, 'percent', 'official cash rate', None, None, None, P('on Feb. 18', '2026-02-18', '2026-02-18'), RBNZ),
        ('0.3%', 1, 0.3, 'percent', 'New Zealand dollar', DOWN, None, None, None, ANZ),
        ('US$0.5968', 1, 0.5968, 'USD', 'New Zealand dollar', DOWN, None, None, None, ANZ),
    ],
    'trading_economics_style_thailand_exports_trade_balance.txt': [
        ('6.4%', 1, 6.4, 'percent', "Thailand's exports", UP, YOY, None, TD25, MOCOM),
        ('USD 28.12 billion', 1, 28.12e9, 'USD', "Thailand's exports", UP, None, None, TD25, MOCOM),
        ('9.9%', 1, 9.9, 'percent', "Thailand's exports", UP, YOY, None, per('in November', 2025, 11), MOCOM),
        ('4.8%', 1, 4.8, 'percent', "Thailand's exports", None, YOY, None, TD25, None),
        ('3.1%', 1, 3.1, 'percent', 'shipments of agricultural products', DOWN, YOY, None, TD25, MOCOM),
        ('21.7%', 1, 21.7, 'percent', 'shipments of rice', DOWN, YOY, None, TD25, MOCOM),
        ('8.4%', 1, 8.4, 'percent', 'shipments of rubber', DOWN, YOY, None, TD25, MOCOM),
        ('9.2%', 1, 9.2, 'percent', 'shipments of industrial goods', UP, YOY, None, TD25, MOCOM),
        ('+38.5%', 1, 38.5, 'percent', 'shipments of computers and parts', UP, YOY, None, TD25, MOCOM),
        ('+17.6%', 1, 17.6, 'percent', 'shipments of integrated circuits', UP, YOY, None, TD25, MOCOM),
        ('24.1%', 1, 24.1, 'percent', 'exports to the United States', UP, YOY, None, TD25, MOCOM),
        ('5.3%', 1, 5.3, 'percent', 'exports to ASEAN', UP, YOY, None, TD25, MOCOM),
        ('2.9%', 1, 2.9, 'percent', 'exports to China', UP, YOY, None, TD25, MOCOM),
        ('4.6%', 1, 4.6, 'percent', 'sales to Japan', DOWN, YOY, None, TD25, MOCOM),
        ('1.2%', 1, 1.2, 'percent', 'sales to the EU', DOWN, YOY, None, TD25, MOCOM),
        ('11.7%', 1, 11.7, 'percent', 'imports', UP, YOY, None, TD25, MOCOM),
        ('USD 27.40 billion', 1, 27.40e9, 'USD', 'imports', UP, None, None, TD25, MOCOM),
        ('7.5%', 1, 7.5, 'percent', 'imports', UP, YOY, None, TD25, None),
        ('USD 0.72 billion', 1, 0.72e9, 'USD', 'trade surplus', None, None, None, TD25, MOCOM),
        ('USD 1.95 billion', 1, 1.95e9, 'USD', 'trade surplus', None, None, None, per('a year earlier', 2024, 12), MOCOM),
        ('12.6%', 1, 12.6, 'percent', 'exports', UP, YOY, None, TFY, MOCOM),
        ('USD 338.5 billion', 1, 338.5e9, 'USD', 'exports', UP, None, None, TFY, MOCOM),
        ('1%', 1, 1, 'percent', 'export growth', UP, None, None, Y('in 2026', 2026), MOCOM),
        ('3%', 1, 3, 'percent', 'export growth', UP, None, None, Y('in 2026', 2026), MOCOM),
        ('12,483.70 USD Million', 1, 12483.70e6, 'USD', 'Exports in Thailand average', None, None, None, P('from 1991 until 2025', '1991-01-01', '2025-12-31'), MOCOM),
        ('33,270.10 USD Million', 1, 33270.10e6, 'USD', 'Exports in Thailand all time high', None, None, None, per('in May of 2025', 2025, 5), MOCOM),
        ('1,979.40 USD Million', 1, 1979.40e6, 'USD', 'Exports in Thailand record low', None, None, None, per('in February of 1991', 1991, 2), MOCOM),
        ('1,200.00 USD Million', 1, 1200e6, 'USD', 'Balance of Trade in Thailand', None, None, None, P('by the end of this quarter', '2026-03-31', '2026-03-31'), TE),
        ('1,500.00 USD Million', 1, 1500e6, 'USD', 'Thailand Balance of Trade', None, None, ABOUT, Y('in 2027', 2027), TE),
    ],
    'investing_style_natural_gas_european_ttf_storage.txt': [
        ('3.8%', 1, 3.8, 'percent', 'Dutch TTF front-month contract', DOWN, None, None, GET, None),
        ('€31.42', 1, 31.42, 'EUR', 'Dutch TTF front-month contract', DOWN, None, None, GET, None),
        ('2.9p', 1, 0.029, 'GBP', 'British NBP April contract', DOWN, None, None, GET, None),
        ('77.15p', 1, 0.7715, 'GBP', 'British NBP April contract', DOWN, None, None, GET, None),
        ('7.1%', 1, 7.1, 'percent', 'TTF', DOWN, None, None, GLW, None),
        ('22%', 1, 22, 'percent', 'TTF', DOWN, None, ABOUT, P('since Feb. 10', '2026-02-10', '2026-03-17'), None),
        ('€40.30/MWh', 1, 40.30, 'EUR', 'TTF peak', None, None, None, P('Feb. 10', '2026-02-10', '2026-02-10'), None),
        ('28.6%', 1, 28.6, 'percent', 'EU storage sites filling level', None, None, None, GM15, GIE),
        ('34.1%', 1, 34.1, 'percent', 'EU storage sites filling level', None, None, None, P('a year earlier', '2025-03-15', '2025-03-15'), GIE),
        ('38%', 1, 38, 'percent', 'EU storage five-year average', None, None, ABOUT, GM15, GIE),
        ('780 GWh/d', 1, 780, 'gigawatt hour per day', 'net withdrawals', DOWN, None, None, P('over the weekend', '2026-03-14', '2026-03-15'), GIE),
        ('1,400 GWh/d', 1, 1400, 'gigawatt hour per day', 'net withdrawals', None, None, 'more_than', P('in the week to March 8', '2026-03-02', '2026-03-08'), GIE),
        ('24%', 1, 24, 'percent', 'German sites filling level', None, None, None, GM15, GIE),
        ('21%', 1, 21, 'percent', 'French sites filling level', None, None, None, GM15, GIE),
        ('512 million cubic metres per day', 1, 512e6, 'cubic metre per day', 'LNG send-out from EU terminals', UP, None, None, GMON, LSEG),
        ('471', 1, 471e6, 'cubic metre per day', 'LNG send-out from EU terminals', None, None, None, GLW, LSEG),
        ('330 mcm/d', 1, 330e6, 'cubic metre per day', 'Norwegian pipeline flows', None, None, ABOUT, GMON, LSEG),
        ('342 mcm/d', 1, 342e6, 'cubic metre per day', 'nominations for Norwegian flows', None, None, None, P('on Wednesday', '2026-03-18', '2026-03-18'), GASSCO),
        ('55 bcm', 1, 55e9, 'cubic metre', 'EU gas injections needed', None, None, ABOUT, P('between April and October', '2026-04-01', '2026-10-31'), ING),
        ('90%', 1, 90, 'percent', 'filling target', None, None, None, P('by Nov. 1', '2026-11-01', '2026-11-01'), EU),
        ('10 percentage points', 1, 10, 'percentage_point', 'permitted shortfall from the filling target', None, None, 'up_to', None, None),
    ],
    'business_standard_style_coal_imports_power_plants.txt': [
        ('7.6%', 1, 7.6, 'percent', 'coal imports', UP, None, None, per('in Nov', 2024, 11), None),
        ('22.7 mn tonnes', 1, 22.7e6, 'tonne', 'coal imports', UP, None, None, per('in Nov', 2024, 11), None),
        ('7.6 per cent', 1, 7.6, 'percent', "India's coal imports", UP, YOY, None, BNOV, MJ),
        ('22.73 million tonnes', 1, 22.73e6, 'tonne', "India's coal imports", UP, None, None, BNOV, MJ),
        ('21.12 mt', 1, 21.12e6, 'tonne', "India's coal imports", None, None, None, per('in the same month a year ago', 2023, 11), MJ),
        ('14.86 mt', 1, 14.86e6, 'tonne', 'non-coking (thermal) coal imports', UP, None, None, BNOV, MJ),
        ('13.40 mt', 1, 13.40e6, 'tonne', 'non-coking (thermal) coal imports', None, None, None, BYE, MJ),
        ('5.12 mt', 1, 5.12e6, 'tonne', 'coking coal imports', None, None, None, BNOV, MJ),
        ('4.97 mt', 1, 4.97e6, 'tonne', 'coking coal imports', None, None, None, BYE, MJ),
        ('6.2 mt', 1, 6.2e6, 'tonne', 'imports by power plants', None, None, None, BDM, MJ),
        ('40 per cent', 1, 40, 'percent', 'imports by power plants', UP, YOY, ABOUT, BDM, MJ),
        ('a quarter', 1, 0.25, 'fraction', 'power plants share of total coal imports', None, None, 'more_than', BDM, MJ),
        ('182.6 mt', 1, 182.6e6, 'tonne', 'total coal imports', None, None, None, BAN, MJ),
        ('3.4 per cent', 1, 3.4, 'percent', 'total coal imports', UP, YOY, None, BAN, MJ),
        ('176.6 mt', 1, 176.6e6, 'tonne', 'total coal imports', None, None, None, P('in the same period of FY24', '2023-04-01', '2023-11-30'), MJ),
        ('118.3 mt', 1, 118.3e6, 'tonne', 'thermal coal imports', None, None, None, B8M, MJ),
        ('38.9 mt', 1, 38.9e6, 'tonne', 'coking coal imports', None, None, None, B8M, MJ),
        ('2.3 per cent', 1, 2.3, 'percent', "Coal India's output", UP, YOY, None, BNOV, MOC),
        ('71.1 mt', 1, 71.1e6, 'tonne', "Coal India's output", UP, None, None, BNOV, MOC),
        ('90 mt', 1, 90e6, 'tonne', 'pithead stocks', None, None, ABOUT, BNOV, MOC),
        ('6 per cent', 1, 6, 'percent', 'blending of imported fuel', None, None, 'up_to', None, MOP),
        ('255', 1, 255e6, 'tonne', 'imports', None, None, None, BFY, None),
        ('265 mt', 1, 265e6, 'tonne', 'imports', None, None, None, BFY, None),
        ('$117', 1, 117, 'USD', 'prices of South African 5,500 NAR coal at Richards Bay', None, None, None, BNOV, ARG),
        ('9 per cent', 1, 9, 'percent', 'prices of South African 5,500 NAR coal at Richards Bay', DOWN, MOM, ABOUT, BNOV, ARG),
    ],
    'eu_energy_style_electricity_prices_day_ahead_quarterly.txt': [
        ('79 €/MWh', 1, 79, 'EUR', 'European Power Benchmark', None, None, None, EQ3, None),
        ('6%', 1, 6, 'percent', 'European Power Benchmark', DOWN, QOQ, None, EQ3, None),
        ('11%', 1, 11, 'percent', 'European Power Benchmark', DOWN, YOY, None, EQ3, None),
        ('109 €/MWh', 1, 109, 'EUR', 'day-ahead price in Italy (PUN)', None, None, None, EJS, None),
        ('101 €/MWh', 1, 101, 'EUR', 'day-ahead price in Hungary and Romania', None, None, None, EJS, None),
        ('84 €/MWh', 1, 84, 'EUR', 'day-ahead price in Germany', None, None, None, EJS, None),
        ('48 €/MWh', 1, 48, 'EUR', 'average price in France', None, None, None, EJS, None),
        ('57 €/MWh', 1, 57, 'EUR', 'average price in Spain', None, None, None, EJS, None),
        ('22 €/MWh', 1, 22, 'EUR', 'Nordic system price', DOWN, None, None, EJS, None),
        ('61 €/MWh', 1, 61, 'EUR', 'Italian-French price spread', UP, None, None, EINQ, None),
        ('44 €/MWh', 1, 44, 'EUR', 'Italian-French price spread', None, None, None, Q('in Q2', 2025, 2), None),
        ('5 €/MWh', 1, 5, 'EUR', 'German-French spread', DOWN, QOQ, None, EINQ, None),
        ('36 €/MWh', 1, 36, 'EUR', 'German-French spread', DOWN, None, None, EINQ, None),
        ('8', 1, 8, 'EUR', 'peak-baseload spreads', None, None, None, EINQ, None),
        ('14 €/MWh', 1, 14, 'EUR', 'peak-baseload spreads', None, None, None, EINQ, None),
        ('4,820 hours', 1, 4820, 'hour', 'hours with negative day-ahead prices across EU bidding zones', None, None, None, EBJS, None),
        ('38%', 1, 38, 'percent', 'hours with negative day-ahead prices across EU bidding zones', UP, YOY, None, EBJS, None),
        ('212 negative hours', 1, 212, 'hour', 'negative hours in Germany', None, None, None, EBJS, None),
        ('198', 1, 198, 'hour', 'negative hours in the Netherlands', None, None, None, EBJS, None),
        ('175', 1, 175, 'hour', 'negative hours in Spain', None, None, None, EBJS, None),
        ('90 hours', 1, 90, 'hour', 'hours with negative French prices', None, None, ABOUT, per('In September', 2025, 9), None),
        ('52%', 1, 52, 'percent', 'renewables share of EU electricity generation', UP, None, None, EQ3B, ENTSOE),
        ('48%', 1, 48, 'percent', 'renewables share of EU electricity generation', None, None, None, Q('a year earlier', 2024, 3), ENTSOE),
        ('19%', 1, 19, 'percent', 'solar share of EU electricity generation', None, None, None, EQ3B, ENTSOE),
        ('13%', 1, 13, 'percent', 'wind share of EU electricity generation', None, None, None, EQ3B, ENTSOE),
        ('8%', 1, 8, 'percent', 'gas-fired generation', DOWN, YOY, None, EQ3B, ENTSOE),
        ('61 TWh', 1, 61, 'terawatt hour', 'gas-fired generation', DOWN, None, None, EQ3B, ENTSOE),
        ('14%', 1, 14, 'percent', 'coal-fired output', DOWN, YOY, None, EQ3B, ENTSOE),
        ('23 TWh', 1, 23, 'terawatt hour', 'coal-fired output', DOWN, None, None, EQ3B, ENTSOE),
    ],
    'nbs_style_energy_production_power_generation.txt': [
        ('773.5 billion kWh', 1, 773.5e9, 'kilowatt hour', 'power generation of industrial enterprises above designated size', None, None, None, SOCT, NBS),
        ('7.9 percent', 1, 7.9, 'percent', 'power generation of industrial enterprises above designated size', UP, YOY, None, SOCT, NBS),
        ('5.4 percentage points', 1, 5.4, 'percentage_point', 'power generation growth', UP, MOM, None, SOCT, NBS),
        ('24.95 billion kWh', 1, 24.95e9, 'kilowatt hour', 'average daily power generation', None, None, None, SOCT, NBS),
        ('8,162.7 billion kWh', 1, 8162.7e9, 'kilowatt hour', 'power generation of industrial enterprises above designated size', None, None, None, SJO, NBS),
        ('2.3 percent', 1, 2.3, 'percent', 'power generation of industrial enterprises above designated size', UP, YOY, None, SJO, NBS),
        ('7.3 percent', 1, 7.3, 'percent', 'thermal power of industrial enterprises above designated size', UP, YOY, None, SIOCT, NBS),
        ('5.4 percent', 2, 5.4, 'percent', 'thermal power of industrial enterprises above designated size', DOWN, YOY, None, per('in September', 2025, 9), NBS),
        ('28.2 percent', 1, 28.2, 'percent', 'hydropower', UP, YOY, None, SIOCT, NBS),
        ('12.6 percentage points', 1, 12.6, 'percentage_point', 'hydropower growth', UP, MOM, None, SIOCT, NBS),
        ('4.1 percent', 1, 4.1, 'percent', 'nuclear power', UP, YOY, None, SIOCT, NBS),
        ('3.6 percentage points', 1, 3.6, 'percentage_point', 'nuclear power growth', DOWN, MOM, None, SIOCT, NBS),
        ('11.0 percent', 1, 11.0, 'percent', 'wind power', UP, YOY, None, SIOCT, NBS),
        ('5.9 percent', 1, 5.9, 'percent', 'solar power', UP, YOY, None, SIOCT, NBS),
        ('5,021.4 billion kWh', 1, 5021.4e9, 'kilowatt hour', 'thermal power generation', None, None, None, SF10, NBS),
        ('1.2 percent', 1, 1.2, 'percent', 'thermal power generation', DOWN, YOY, None, SF10, NBS),
        ('61.5 percent', 1, 61.5, 'percent', 'thermal power share of total generation', DOWN, None, None, SF10, NBS),
        ('1,178.6 billion kWh', 1, 1178.6e9, 'kilowatt hour', 'hydropower', None, None, None, SF10, NBS),
        ('3.8 percent', 1, 3.8, 'percent', 'hydropower', UP, YOY, None, SF10, NBS),
        ('812.3 billion kWh', 1, 812.3e9, 'kilowatt hour', 'wind power generation', None, None, None, SF10, NBS),
        ('498.6 billion kWh', 1, 498.6e9, 'kilowatt hour', 'solar power generation', None, None, None, SF10, NBS),
        ('10.6 percent', 1, 10.6, 'percent', 'wind power generation', UP, YOY, None, SF10, NBS),
        ('21.4 percent', 1, 21.4, 'percent', 'solar power generation', UP, YOY, None, SF10, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
