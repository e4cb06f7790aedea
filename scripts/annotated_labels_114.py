# ruff: noqa: E501, RUF001
"""Write corpus/annotated_114/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_114.py corpus/annotated_114
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

IS = "Insolvency Service"
AWC = "Australian Wool Corporation"
SSA = "Statistics South Africa"
RTRS = "Reuters"
HS = "Heartland Southern"
LSEG = "LSEG"
BLS = "U.S. Bureau of Labor Statistics"
BBG = "Bloomberg"
FED = "Federal Reserve"
CME = "CME Group"
KSH = "Hungarian Central Statistical Office"
TE = "Trading Economics"
ECA = "European Cocoa Association"
CAA = "Cocoa Association of Asia"
NCA = "National Confectioners Association"
PPAC = "Petroleum Planning and Analysis Cell"
ICRA = "ICRA"
EBA = "European Biogas Association"
NBS = "National Bureau of Statistics"

UP, DOWN = "increase", "decrease"
YOY, MOM, QOQ, POP = "year_on_year", "month_on_month", "quarter_on_quarter", "period_on_period"
APPROX, MORE = "approximately", "more_than"

# 11401 ONS company insolvencies (ref Tuesday 2025-10-28)
Q3L = Q("in Quarter 3 (July to Sept) 2025", 2025, 3)
INQ3 = Q("In the quarter", 2025, 3)
R12 = P("for the 12 months ending 30 September 2025", "2024-10-01", "2025-09-30")
R12P = P("in the 12 months ending 30 September 2024", "2023-10-01", "2024-09-30")
LQ = Q("in the latest quarter", 2025, 3)
C3 = Q("In Quarter 3 2025", 2025, 3)
FQ2 = Q("for Quarter 2 2025", 2025, 2)
Y12 = P("In the 12 months ending September 2025", "2024-10-01", "2025-09-30")
PRE = P("between 2014 and 2019", "2014-01-01", "2019-12-31")
# 11402 Reuters 1987 wool auctions (ref Thursday 1987-03-12)
TW = P("this week", "1987-03-09", "1987-03-15")
LW = P("last week", "1987-03-02", "1987-03-08")
SEAS = P("So far in the 1986/87 season", "1986-07-01", "1987-03-12")
# 11403 Reuters 2025 South African mining (ref Thursday 2025-12-11)
OCT = per("in October", 2025, 10)
SEP = per("in September", 2025, 9)
# 11404 CNBC railroad (ref Wednesday 2026-01-21)
FQ4 = Q("for the fourth quarter", 2025, 4)
YEP = Q("in the year-earlier period", 2024, 4)
Q4A = Q("fourth-quarter", 2025, 4)
INQ4 = Q("in the quarter", 2025, 4)
F26 = Y("For 2026", 2026)
# 11405 MT Newswires JOLTS (ref Tuesday 2026-02-03)
DEC = per("in December", 2025, 12)
IDEC = per("In December", 2025, 12)
NOV = per("in November", 2025, 11)
MEET = P("at the Fed's March 17-18 meeting", "2026-03-17", "2026-03-18")
# 11406 Trading Economics Hungary (ref Friday 2026-01-09)
N25 = per("in November 2025", 2025, 11)
HOCT = per("in October", 2025, 10)
# 11407 Investing.com cocoa (ref Thursday 2026-01-15)
ET = P("By 09:50 ET", None, None)
OD = Q("in the October-December quarter", 2025, 4)
FQC = Q("fourth-quarter", 2025, 4)
Y25 = Y("For 2025 as a whole", 2025)
# 11408 Business Standard (ref Thursday 2025-10-09)
BSEP = per("in September", 2025, 9)
H1 = P("For the first half of FY26 (April-September)", "2025-04-01", "2025-09-30")
S6 = P("In the six months to September", "2025-04-01", "2025-09-30")
# 11409 DG ENER biomethane (ref Tuesday 2026-01-20)
BQ3 = Q("In the third quarter of 2025", 2025, 3)
ES25 = P("at the end of September 2025", "2025-09-30", "2025-09-30")
BINQ = Q("in the quarter", 2025, 3)
N9 = P("in the first nine months of 2025", "2025-01-01", "2025-09-30")
OVP = P("over the period", "2025-01-01", "2025-09-30")
B30 = Y("by 2030", 2030)
# 11410 NBS PPI (ref Wednesday 2025-10-15)
S25 = per("In September 2025", 2025, 9)
F9 = P("In the first nine months", "2025-01-01", "2025-09-30")
NSEP = per("In September", 2025, 9)
PSEP = per("in September", 2025, 9)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_business_insolvency_company_liquidations.txt': [
        ('5,862', 1, 5862, 'count', 'company insolvencies', None, None, None, Q3L, None),
        ('4%', 1, 4, 'percent', 'company insolvencies', DOWN, QOQ, None, Q3L, None),
        ('2%', 1, 2, 'percent', 'company insolvencies', DOWN, YOY, None, Q3L, None),
        ('4,471', 1, 4471, 'count', "creditors' voluntary liquidations", None, None, None, INQ3, None),
        ('903', 1, 903, 'count', 'compulsory liquidations', None, None, None, INQ3, None),
        ('389', 1, 389, 'count', 'administrations', None, None, None, INQ3, None),
        ('76%', 1, 76, 'percent', "creditors' voluntary liquidations share of company insolvencies", None, None, None, INQ3, None),
        ('15%', 1, 15, 'percent', 'compulsory liquidations share of company insolvencies', None, None, None, INQ3, None),
        ('7%', 1, 7, 'percent', 'administrations share of company insolvencies', None, None, None, INQ3, None),
        ('51.8', 1, 51.8, 'count', 'liquidation rate per 10,000 active companies', DOWN, None, None, R12, None),
        ('54.1', 1, 54.1, 'count', 'liquidation rate per 10,000 active companies', None, None, None, R12P, None),
        ('6%', 1, 6, 'percent', 'CVLs', DOWN, QOQ, None, LQ, IS),
        ('5%', 1, 5, 'percent', 'CVLs', DOWN, YOY, None, LQ, IS),
        ('two thirds', 1, 0.6667, 'fraction', 'share of CVLs involving companies with fewer than 10 employees', None, None, APPROX, LQ, IS),
        ('11%', 1, 11, 'percent', 'compulsory liquidations', UP, QOQ, None, C3, IS),
        ('19%', 1, 19, 'percent', 'compulsory liquidations', UP, YOY, None, C3, IS),
        ('half', 1, 0.5, 'fraction', 'HM Revenue and Customs petitions share of compulsory liquidations', None, None, MORE, C3, IS),
        ('389', 2, 389, 'count', 'administrations', None, None, None, C3, IS),
        ('3%', 1, 3, 'percent', 'administrations', DOWN, QOQ, None, C3, IS),
        ('58', 1, 58, 'count', 'company voluntary arrangements', None, None, None, C3, IS),
        ('6,104', 1, 6104, 'count', 'company insolvencies', DOWN, None, None, FQ2, IS),
        ('6,127', 1, 6127, 'count', 'company insolvencies', None, None, None, FQ2, IS),
        ('23,918', 1, 23918, 'count', 'company insolvencies', None, None, None, Y12, IS),
        ('3.2%', 1, 3.2, 'percent', 'company insolvencies', DOWN, YOY, None, Y12, IS),
        ('16,000', 1, 16000, 'count', 'company insolvencies a year', None, None, None, PRE, IS),
        ('17,500', 1, 17500, 'count', 'company insolvencies a year', None, None, None, PRE, IS),
        ('3,981', 1, 3981, 'count', 'insolvencies in construction', None, None, None, Y12, IS),
        ('3,455', 1, 3455, 'count', 'insolvencies in wholesale and retail trade', None, None, None, Y12, IS),
        ('3,217', 1, 3217, 'count', 'insolvencies in accommodation and food services', None, None, None, Y12, IS),
        ('9%', 1, 9, 'percent', 'insolvencies in accommodation and food services', DOWN, YOY, None, Y12, IS),
        ('4%', 2, 4, 'percent', 'manufacturing insolvencies', UP, YOY, None, Y12, IS),
        ('1,402', 1, 1402, 'count', 'manufacturing insolvencies', UP, None, None, Y12, IS),
    ],
    'wire_1987_australian_wool_auction_prices.txt': [
        ('14 CENTS', 1, 0.14, 'AUD', 'Australian wool indicator', DOWN, None, None, None, None),
        ('14 cents', 1, 0.14, 'AUD', 'eastern market indicator', DOWN, None, None, TW, AWC),
        ('612 cents', 1, 6.12, 'AUD', 'eastern market indicator', DOWN, None, None, TW, AWC),
        ('626 cents', 1, 6.26, 'AUD', 'eastern market indicator', None, None, None, LW, AWC),
        ('21 pct', 1, 21, 'percent', 'eastern market indicator', UP, YOY, None, TW, AWC),
        ('148,500 bales', 1, 148500, 'count', 'bales offered', None, None, None, TW, AWC),
        ('131,200', 1, 131200, 'count', 'bales sold', None, None, None, TW, AWC),
        ('88.3 pct', 1, 88.3, 'percent', 'auction clearance', None, None, None, TW, AWC),
        ('92.1 pct', 1, 92.1, 'percent', 'auction clearance', None, None, None, LW, AWC),
        ('9,800 bales', 1, 9800, 'count', 'bales bought in by the AWC', None, None, None, None, AWC),
        ('6.6 pct', 1, 6.6, 'percent', 'share of the offering bought in by the AWC', None, None, None, None, AWC),
        ('583 cents', 1, 5.83, 'AUD', 'reserve price floor for the benchmark 21-micron type', None, None, None, None, AWC),
        ('25 cents', 1, 0.25, 'AUD', 'fine 19-micron fleece', UP, None, None, TW, AWC),
        ('1,015 cents', 1, 10.15, 'AUD', 'fine 19-micron fleece', UP, None, None, TW, AWC),
        ('10 cents', 1, 0.10, 'AUD', '23-micron types', DOWN, None, None, TW, AWC),
        ('405 cents', 1, 4.05, 'AUD', 'crossbreds', None, None, None, TW, AWC),
        ('35 pct', 1, 35, 'percent', 'Japanese buyers share of the wool sold', None, None, APPROX, TW, AWC),
        ('2.41 mln bales', 1, 2.41e6, 'count', 'bales sold at auction', None, None, None, SEAS, AWC),
        ('6.4 pct', 1, 6.4, 'percent', 'bales sold at auction', UP, YOY, None, SEAS, AWC),
        ('2.86 billion dlrs', 1, 2.86e9, 'AUD', 'gross proceeds', None, None, None, SEAS, AWC),
        ('152,000 bales', 1, 152000, 'count', 'bales rostered for sale', None, None, APPROX, P('next week', '1987-03-16', '1987-03-22'), AWC),
        ('0.6750 U.S. dlrs', 1, 0.6750, 'USD', 'Australian dollar', UP, None, None, P('on Thursday', '1987-03-12', '1987-03-12'), AWC),
        ('0.6712', 1, 0.6712, 'USD', 'Australian dollar', None, None, None, P('on Wednesday', '1987-03-11', '1987-03-11'), AWC),
    ],
    'wire_2025_south_africa_mining_production.txt': [
        ('1.4%', 1, 1.4, 'percent', "South Africa's mining output", DOWN, YOY, None, OCT, None),
        ('1.4%', 2, 1.4, 'percent', 'South African mining production', DOWN, YOY, None, OCT, SSA),
        ('4.2%', 1, 4.2, 'percent', 'South African mining production', UP, YOY, None, SEP, SSA),
        ('0.9%', 1, 0.9, 'percent', 'mining production', UP, YOY, None, OCT, RTRS),
        ('1.0%', 1, 1.0, 'percent', 'mining production', DOWN, YOY, None, OCT, RTRS),
        ('2.8%', 1, 2.8, 'percent', 'mining production', UP, YOY, None, OCT, RTRS),
        ('4.6%', 1, 4.6, 'percent', 'mining production', UP, None, None, per("September's", 2025, 9), SSA),
        ('11.8%', 1, 11.8, 'percent', 'gold output', DOWN, YOY, None, None, SSA),
        ('1.9 percentage points', 1, 1.9, 'percentage_point', 'gold contribution to the headline figure', DOWN, YOY, None, None, SSA),
        ('-0.6 percentage points', 1, -0.6, 'percentage_point', 'coal contribution to the headline figure', DOWN, YOY, None, None, SSA),
        ('-0.3 percentage points', 1, -0.3, 'percentage_point', 'manganese ore contribution to the headline figure', DOWN, YOY, None, None, SSA),
        ('3.5%', 1, 3.5, 'percent', 'platinum group metals', UP, YOY, None, None, SSA),
        ('1.2 percentage points', 1, 1.2, 'percentage_point', 'PGMs contribution to the headline figure', UP, YOY, None, None, SSA),
        ('4.1%', 1, 4.1, 'percent', 'iron ore', UP, YOY, None, None, SSA),
        ('0.5 of a percentage point', 1, 0.5, 'percentage_point', 'iron ore contribution to the headline figure', UP, YOY, None, None, SSA),
        ('2.3%', 1, 2.3, 'percent', 'seasonally adjusted production', DOWN, MOM, None, OCT, SSA),
        ('1.1%', 1, 1.1, 'percent', 'seasonally adjusted production', UP, MOM, None, per('September', 2025, 9), SSA),
        ('0.8%', 1, 0.8, 'percent', 'seasonally adjusted output', DOWN, POP, None, P('In the three months ended October 2025', '2025-08-01', '2025-10-31'), SSA),
        ('12.6%', 1, 12.6, 'percent', 'mineral sales at current prices', UP, YOY, None, OCT, SSA),
        ('R68.9 billion', 1, 68.9e9, 'ZAR', 'mineral sales at current prices', UP, None, None, OCT, SSA),
        ('31.4%', 1, 31.4, 'percent', 'PGM sales', UP, YOY, None, OCT, SSA),
        ('24.0%', 1, 24.0, 'percent', 'gold sales', UP, YOY, None, OCT, SSA),
        ('0.3%', 1, 0.3, 'percent', 'rand', UP, None, None, P('by 1030 GMT', None, None), SSA),
        ('16.98', 1, 16.98, 'ZAR', 'rand', UP, None, None, P('by 1030 GMT', None, None), SSA),
    ],
    'cnbc_style_railroad_freight_quarterly_results.txt': [
        ('5%', 1, 5, 'percent', 'Heartland Southern shares', DOWN, None, None, None, None),
        ('5%', 2, 5, 'percent', 'Heartland Southern shares', DOWN, None, APPROX, P('Wednesday', '2026-01-21', '2026-01-21'), HS),
        ('$1.64', 1, 1.64, 'USD', 'adjusted earnings per share', None, None, None, None, HS),
        ('$1.61', 1, 1.61, 'USD', 'adjusted earnings per share', None, None, None, None, None),
        ('$3.72 billion', 1, 3.72e9, 'USD', 'revenue', None, None, None, None, HS),
        ('$3.79 billion', 1, 3.79e9, 'USD', 'revenue', None, None, None, None, None),
        ('$958 million', 1, 958e6, 'USD', 'net income', None, None, None, FQ4, HS),
        ('$1.58', 1, 1.58, 'USD', 'net income per share', None, None, None, FQ4, HS),
        ('$1.01 billion', 1, 1.01e9, 'USD', 'net income', None, None, None, YEP, HS),
        ('$1.63', 1, 1.63, 'USD', 'net income per share', None, None, None, YEP, HS),
        ('3%', 1, 3, 'percent', 'revenue', DOWN, YOY, None, FQ4, HS),
        ('$64 million', 1, 64e6, 'USD', 'fuel surcharge revenue', DOWN, YOY, None, FQ4, HS),
        ('11%', 1, 11, 'percent', 'coal revenue', DOWN, YOY, None, FQ4, HS),
        ('62.4%', 1, 62.4, 'percent', 'operating ratio', UP, None, None, Q4A, HS),
        ('61.1%', 1, 61.1, 'percent', 'operating ratio', None, None, None, Q('a year ago', 2024, 4), HS),
        ('130 basis points', 1, 130, 'basis_point', 'operating ratio', UP, YOY, None, Q4A, HS),
        ('2%', 1, 2, 'percent', 'total carloads', DOWN, None, None, INQ4, HS),
        ('1.61 million', 1, 1.61e6, 'count', 'total carloads', DOWN, None, None, INQ4, HS),
        ('4%', 1, 4, 'percent', 'intermodal units', DOWN, None, None, INQ4, HS),
        ('742,000', 1, 742000, 'count', 'intermodal units', DOWN, None, None, INQ4, HS),
        ('1%', 1, 1, 'percent', 'merchandise carloads', UP, None, None, INQ4, HS),
        ('9%', 1, 9, 'percent', 'coal volumes', DOWN, None, None, INQ4, HS),
        ('198,000 carloads', 1, 198000, 'count', 'coal volumes', DOWN, None, None, INQ4, HS),
        ('4%', 2, 4, 'percent', 'average revenue per unit excluding fuel surcharges', UP, None, None, INQ4, HS),
        ('$2,204', 1, 2204, 'USD', 'average revenue per unit excluding fuel surcharges', UP, None, None, INQ4, HS),
        ('1%', 2, 1, 'percent', 'volume', UP, None, None, F26, HS),
        ('3%', 2, 3, 'percent', 'volume', UP, None, None, F26, HS),
        ('60%', 1, 60, 'percent', 'operating ratio target', None, None, None, F26, HS),
        ('61%', 1, 61, 'percent', 'operating ratio target', None, None, None, F26, HS),
        ('$7.05', 1, 7.05, 'USD', 'earnings per share', None, None, None, Y('2026', 2026), LSEG),
        ('8%', 1, 8, 'percent', 'stock', UP, None, None, Y('in 2025', 2025), HS),
    ],
    'mt_newswires_us_jolts_job_openings.txt': [
        ('7.39 Million', 1, 7.39e6, 'count', 'US job openings', UP, None, None, per('December', 2025, 12), None),
        ('7.39 million', 1, 7.39e6, 'count', 'US job openings', UP, None, None, DEC, BLS),
        ('6.98 million', 1, 6.98e6, 'count', 'US job openings', None, None, None, NOV, BLS),
        ('7.10 million', 1, 7.10e6, 'count', 'job openings', None, None, None, DEC, BBG),
        ('7.02 million', 1, 7.02e6, 'count', 'job openings', None, None, None, per('November', 2025, 11), BLS),
        ('4.5%', 1, 4.5, 'percent', 'openings rate', UP, None, None, IDEC, BLS),
        ('4.3%', 1, 4.3, 'percent', 'openings rate', None, None, None, NOV, BLS),
        ('96,000', 1, 96000, 'count', 'hires', DOWN, None, None, IDEC, BLS),
        ('5.17 million', 1, 5.17e6, 'count', 'hires', DOWN, None, None, IDEC, BLS),
        ('3.2%', 1, 3.2, 'percent', 'hires rate', None, None, None, IDEC, BLS),
        ('71,000', 1, 71000, 'count', 'total separations', UP, None, None, IDEC, BLS),
        ('5.19 million', 1, 5.19e6, 'count', 'total separations', UP, None, None, IDEC, BLS),
        ('3.21 million', 1, 3.21e6, 'count', 'quits', UP, None, None, IDEC, BLS),
        ('2.0%', 1, 2.0, 'percent', 'quits rate', None, None, None, IDEC, BLS),
        ('44,000', 1, 44000, 'count', 'layoffs and discharges', DOWN, None, None, IDEC, BLS),
        ('1.74 million', 1, 1.74e6, 'count', 'layoffs and discharges', DOWN, None, None, IDEC, BLS),
        ('1.1%', 1, 1.1, 'percent', 'layoff rate', None, None, None, IDEC, BLS),
        ('362,000', 1, 362000, 'count', 'job openings', DOWN, YOY, None, DEC, BLS),
        ('4.7%', 1, 4.7, 'percent', 'job openings', DOWN, YOY, None, DEC, BLS),
        ('121,000', 1, 121000, 'count', 'job openings in retail trade', UP, None, None, None, BLS),
        ('88,000', 1, 88000, 'count', 'job openings in health care and social assistance', UP, None, None, None, BLS),
        ('41,000', 1, 41000, 'count', 'openings in information', DOWN, None, None, None, BLS),
        ('27,000', 1, 27000, 'count', 'openings in state and local government education', DOWN, None, None, None, BLS),
        ('3.50%', 1, 3.50, 'percent', 'benchmark rate', None, None, None, P('last week', '2026-01-26', '2026-02-01'), FED),
        ('3.75%', 1, 3.75, 'percent', 'benchmark rate', None, None, None, P('last week', '2026-01-26', '2026-02-01'), FED),
        ('19%', 1, 19, 'percent', 'chance of a quarter-point cut', None, None, APPROX, MEET, CME),
        ('quarter-point', 1, 0.25, 'percentage_point', 'Fed rate cut', DOWN, None, None, MEET, CME),
    ],
    'trading_economics_style_hungary_industrial_production.txt': [
        ('2.9%', 1, 2.9, 'percent', 'industrial production in Hungary', DOWN, YOY, None, N25, KSH),
        ('4.1%', 1, 4.1, 'percent', 'industrial production in Hungary', DOWN, YOY, None, HOCT, KSH),
        ('2.0%', 1, 2.0, 'percent', 'industrial production in Hungary', DOWN, YOY, None, N25, None),
        ('95%', 1, 95, 'percent', 'manufacturing share of industrial output', None, None, MORE, N25, KSH),
        ('3.2%', 1, 3.2, 'percent', 'manufacturing', DOWN, YOY, None, N25, KSH),
        ('-8.7%', 1, -8.7, 'percent', 'vehicle production', DOWN, YOY, None, N25, KSH),
        ('-11.5%', 1, -11.5, 'percent', 'computer, electronic and optical products', DOWN, YOY, None, N25, KSH),
        ('2.4%', 1, 2.4, 'percent', 'output of food, beverages and tobacco', UP, YOY, None, N25, KSH),
        ('4.6%', 1, 4.6, 'percent', 'output of chemicals', UP, YOY, None, N25, KSH),
        ('0.6%', 1, 0.6, 'percent', 'industrial output', DOWN, MOM, None, N25, KSH),
        ('1.5%', 1, 1.5, 'percent', 'industrial output', DOWN, MOM, None, per('in the previous month', 2025, 10), KSH),
        ('6.4%', 1, 6.4, 'percent', 'unadjusted output', DOWN, YOY, None, N25, KSH),
        ('4.0%', 1, 4.0, 'percent', 'industrial production', DOWN, YOY, None, P('In the first eleven months of 2025', '2025-01-01', '2025-11-30'), KSH),
        ('4.12 percent', 1, 4.12, 'percent', 'Industrial Production in Hungary average', None, None, None, P('from 1986 until 2025', '1986-01-01', '2025-12-31'), KSH),
        ('66.10 percent', 1, 66.10, 'percent', 'Industrial Production in Hungary all time high', None, None, None, per('in April of 2021', 2021, 4), KSH),
        ('-37.50 percent', 1, -37.50, 'percent', 'Industrial Production in Hungary record low', DOWN, None, None, per('in April of 2020', 2020, 4), KSH),
        ('-1.50 percent', 1, -1.50, 'percent', 'Industrial Production in Hungary', DOWN, None, None, P('by the end of this quarter', '2026-03-31', '2026-03-31'), TE),
        ('1.20 percent', 1, 1.20, 'percent', 'Hungary Industrial Production', None, None, APPROX, Y('in 2026', 2026), TE),
        ('2.10 percent', 1, 2.10, 'percent', 'Hungary Industrial Production', None, None, APPROX, Y('in 2027', 2027), TE),
    ],
    'investing_style_cocoa_grindings_quarterly.txt': [
        ('5.1%', 1, 5.1, 'percent', 'ICE New York cocoa for March delivery', UP, None, None, ET, None),
        ('$6,284', 1, 6284, 'USD', 'ICE New York cocoa for March delivery', UP, None, None, ET, None),
        ('4.4%', 1, 4.4, 'percent', 'London cocoa', UP, None, None, ET, None),
        ('£4,530', 1, 4530, 'GBP', 'London cocoa', UP, None, None, ET, None),
        ('4.8%', 1, 4.8, 'percent', 'European grindings', DOWN, YOY, None, OD, ECA),
        ('337,102 tonnes', 1, 337102, 'tonne', 'European grindings', DOWN, None, None, OD, ECA),
        ('7%', 1, 7, 'percent', 'European grindings', DOWN, YOY, None, OD, None),
        ('9%', 1, 9, 'percent', 'European grindings', DOWN, YOY, None, OD, None),
        ('2.1%', 1, 2.1, 'percent', 'Asian grindings', DOWN, YOY, None, FQC, CAA),
        ('198,530 tonnes', 1, 198530, 'tonne', 'Asian grindings', DOWN, None, None, FQC, CAA),
        ('0.7%', 1, 0.7, 'percent', 'North American grindings', UP, YOY, None, FQC, NCA),
        ('103,664 tonnes', 1, 103664, 'tonne', 'North American grindings', UP, None, None, FQC, NCA),
        ('1.35 million tonnes', 1, 1.35e6, 'tonne', 'European grindings', None, None, None, Y25, ECA),
        ('6.1%', 1, 6.1, 'percent', 'European grindings', DOWN, YOY, None, Y25, ECA),
        ('4.3%', 1, 4.3, 'percent', 'Asian grindings', DOWN, YOY, None, Y25, CAA),
        ('804,210 tonnes', 1, 804210, 'tonne', 'Asian grindings', DOWN, None, None, Y25, CAA),
        ('1.02 million tonnes', 1, 1.02e6, 'tonne', 'arrivals at Ivory Coast ports', None, None, None, P('between Oct. 1 and Jan. 11', '2025-10-01', '2026-01-11'), None),
        ('9%', 2, 9, 'percent', 'arrivals at Ivory Coast ports', DOWN, YOY, None, P('between Oct. 1 and Jan. 11', '2025-10-01', '2026-01-11'), None),
        ('1.12 million tonnes', 1, 1.12e6, 'tonne', 'arrivals at Ivory Coast ports', None, None, None, P('in the same period a season earlier', '2024-10-01', '2025-01-11'), None),
    ],
    'business_standard_style_diesel_petrol_demand.txt': [
        ('1.2%', 1, 1.2, 'percent', 'diesel sales', DOWN, None, None, BSEP, None),
        ('6.5%', 1, 6.5, 'percent', 'petrol', UP, None, None, BSEP, None),
        ('1.2 per cent', 1, 1.2, 'percent', 'diesel consumption in India', DOWN, YOY, None, BSEP, PPAC),
        ('6.44 million tonnes', 1, 6.44e6, 'tonne', 'diesel consumption in India', DOWN, None, None, BSEP, PPAC),
        ('6.5 per cent', 1, 6.5, 'percent', 'petrol sales', UP, YOY, None, BSEP, PPAC),
        ('3.47 mt', 1, 3.47e6, 'tonne', 'petrol sales', UP, None, None, BSEP, PPAC),
        ('5.4 per cent', 1, 5.4, 'percent', 'diesel sales', UP, MOM, None, per('September', 2025, 9), PPAC),
        ('6.11 mt', 1, 6.11e6, 'tonne', 'diesel sales', None, None, None, per("August's", 2025, 8), PPAC),
        ('45.6 mt', 1, 45.6e6, 'tonne', 'diesel demand', None, None, None, H1, PPAC),
        ('2.3 per cent', 1, 2.3, 'percent', 'diesel demand', UP, YOY, None, H1, PPAC),
        ('44.6 mt', 1, 44.6e6, 'tonne', 'diesel demand', None, None, None, P('in the year-ago period', '2024-04-01', '2024-09-30'), PPAC),
        ('21.3 mt', 1, 21.3e6, 'tonne', 'petrol consumption', None, None, None, H1, PPAC),
        ('6.9 per cent', 1, 6.9, 'percent', 'petrol consumption', UP, YOY, None, H1, PPAC),
        ('3.8 per cent', 1, 3.8, 'percent', 'sales of aviation turbine fuel', UP, None, None, BSEP, PPAC),
        ('7.36 lakh tonnes', 1, 736000, 'tonne', 'sales of aviation turbine fuel', UP, None, None, BSEP, PPAC),
        ('7.2 per cent', 1, 7.2, 'percent', 'cooking gas (LPG) consumption', UP, None, None, BSEP, PPAC),
        ('2.78 mt', 1, 2.78e6, 'tonne', 'cooking gas (LPG) consumption', UP, None, None, BSEP, PPAC),
        ('44.9 lakh tonnes', 1, 4.49e6, 'tonne', 'ATF sales', None, None, None, S6, PPAC),
        ('15.1 mt', 1, 15.1e6, 'tonne', 'LPG sales', None, None, None, S6, PPAC),
        ('three-fourths', 1, 0.75, 'fraction', 'transport and farm use share of diesel demand', None, None, APPROX, None, PPAC),
        ('₹2', 1, 2, 'INR', 'pump prices of petrol and diesel', DOWN, None, None, per('March 2024', 2024, 3), None),
        ('3', 1, 3, 'percent', 'fuel demand', UP, None, None, P('in FY26', '2025-04-01', '2026-03-31'), ICRA),
        ('4 per cent', 1, 4, 'percent', 'fuel demand', UP, None, None, P('in FY26', '2025-04-01', '2026-03-31'), ICRA),
    ],
    'eu_energy_style_biomethane_production_capacity.txt': [
        ('1.9 bcm', 1, 1.9e9, 'cubic metre', 'EU biomethane production', None, None, None, BQ3, None),
        ('17%', 1, 17, 'percent', 'EU biomethane production', UP, YOY, None, BQ3, None),
        ('6%', 1, 6, 'percent', 'EU biomethane production', UP, QOQ, None, BQ3, None),
        ('85%', 1, 85, 'percent', 'share of biomethane injected into transmission and distribution grids', None, None, APPROX, BQ3, None),
        ('18 TWh', 1, 18, 'terawatt hour', 'biomethane injected into transmission and distribution grids', None, None, APPROX, BQ3, None),
        ('1,792', 1, 1792, 'count', 'plants producing biomethane in the EU', UP, None, None, ES25, None),
        ('1,701', 1, 1701, 'count', 'plants producing biomethane in the EU', None, None, None, P('at the end of June', '2025-06-30', '2025-06-30'), None),
        ('91 plants', 1, 91, 'count', 'plants commissioned', None, None, None, BINQ, None),
        ('64', 1, 64, 'count', 'commissioned plants connected to the gas grid', None, None, None, BINQ, None),
        ('7.9 bcm', 1, 7.9e9, 'cubic metre', 'installed production capacity', None, None, None, ES25, None),
        ('1.9 bcm/y', 1, 1.9e9, 'cubic metre', 'installed production capacity in France', None, None, None, ES25, None),
        ('1.7 bcm/y', 1, 1.7e9, 'cubic metre', 'installed production capacity in Germany', None, None, None, ES25, None),
        ('1.1 bcm/y', 1, 1.1e9, 'cubic metre', 'installed production capacity in Italy', None, None, None, ES25, None),
        ('0.9 bcm/y', 1, 0.9e9, 'cubic metre', 'installed production capacity in Denmark', None, None, None, ES25, None),
        ('0.4 bcm/y', 1, 0.4e9, 'cubic metre', 'installed production capacity in the Netherlands', None, None, None, ES25, None),
        ('5.3 bcm', 1, 5.3e9, 'cubic metre', 'biomethane output', None, None, None, N9, EBA),
        ('16%', 1, 16, 'percent', 'biomethane output', UP, YOY, None, N9, EBA),
        ('41%', 1, 41, 'percent', 'France share of the plants added', None, None, None, OVP, EBA),
        ('18%', 1, 18, 'percent', 'Italy share of the plants added', None, None, None, OVP, EBA),
        ('23 plants', 1, 23, 'count', 'plants commissioned in Spain', None, None, None, OVP, EBA),
        ('11', 1, 11, 'count', 'plants commissioned in Poland', None, None, None, OVP, EBA),
        ('12', 1, 12e9, 'cubic metre', 'annual biomethane production', None, None, None, B30, EBA),
        ('14 bcm', 1, 14e9, 'cubic metre', 'annual biomethane production', None, None, None, B30, EBA),
        ('35 bcm', 1, 35e9, 'cubic metre', 'REPowerEU target for biomethane production', None, None, None, B30, None),
    ],
    'nbs_style_ppi_producer_purchasing_prices.txt': [
        ('2.3 percent', 1, 2.3, 'percent', 'producer prices for industrial products', DOWN, YOY, None, S25, NBS),
        ('0.6 percentage points', 1, 0.6, 'percentage_point', 'year-on-year decrease of producer prices for industrial products', DOWN, MOM, None, S25, NBS),
        ('3.1 percent', 1, 3.1, 'percent', 'purchasing prices for industrial producers', DOWN, YOY, None, S25, NBS),
        ('0.1 percent', 1, 0.1, 'percent', 'purchasing prices for industrial producers', UP, MOM, None, S25, NBS),
        ('2.8 percent', 1, 2.8, 'percent', 'PPI', DOWN, YOY, None, F9, NBS),
        ('3.2 percent', 1, 3.2, 'percent', 'purchasing prices', DOWN, YOY, None, F9, NBS),
        ('2.9 percent', 1, 2.9, 'percent', 'prices of means of production', DOWN, YOY, None, NSEP, NBS),
        ('2.15 percentage points', 1, 2.15, 'percentage_point', 'means of production contribution to the overall PPI', DOWN, YOY, APPROX, NSEP, NBS),
        ('0.4 percent', 1, 0.4, 'percent', 'prices of means of subsistence', DOWN, YOY, None, NSEP, NBS),
        ('0.11 percentage points', 1, 0.11, 'percentage_point', 'means of subsistence contribution to the overall PPI', DOWN, YOY, APPROX, NSEP, NBS),
        ('9.6 percent', 1, 9.6, 'percent', 'prices of mining and quarrying', DOWN, YOY, None, NSEP, NBS),
        ('4.4 percent', 1, 4.4, 'percent', 'prices of raw materials industries', DOWN, YOY, None, NSEP, NBS),
        ('1.7 percent', 1, 1.7, 'percent', 'prices of processing industries', DOWN, YOY, None, NSEP, NBS),
        ('1.2 percent', 1, 1.2, 'percent', 'food prices', DOWN, YOY, None, NSEP, NBS),
        ('2.0 percent', 1, 2.0, 'percent', 'prices of durable consumer goods', DOWN, YOY, None, NSEP, NBS),
        ('0.3 percent', 1, 0.3, 'percent', 'prices of clothing', UP, YOY, None, NSEP, NBS),
        ('0.7 percent', 1, 0.7, 'percent', 'prices of general daily-use articles', UP, YOY, None, NSEP, NBS),
        ('6.8 percent', 1, 6.8, 'percent', 'purchasing prices of fuel and power', DOWN, YOY, None, PSEP, NBS),
        ('4.9 percent', 1, 4.9, 'percent', 'purchasing prices of ferrous metal materials', DOWN, YOY, None, PSEP, NBS),
        ('7.6 percent', 1, 7.6, 'percent', 'purchasing prices of non-ferrous metal materials and wires', UP, YOY, None, PSEP, NBS),
        ('1.6 percent', 1, 1.6, 'percent', 'prices of coal mining and washing', UP, MOM, None, NSEP, NBS),
        ('0.3 percent', 2, 0.3, 'percent', 'prices of ferrous metal smelting', UP, MOM, None, NSEP, NBS),
        ('1.4 percent', 1, 1.4, 'percent', 'prices of oil and natural gas extraction', DOWN, MOM, None, NSEP, NBS),
        ('0.2 percent', 1, 0.2, 'percent', 'prices of non-metallic mineral products', DOWN, MOM, None, NSEP, NBS),
        ('0.6 percent', 2, 0.6, 'percent', 'prices of non-metallic mineral products', DOWN, MOM, None, per('in August', 2025, 8), NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
