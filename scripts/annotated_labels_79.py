# ruff: noqa: E501, RUF001
"""Write corpus/annotated_79/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(1 = the first; occurrences inside a longer number are skipped); `gold_labels.write_gold`
computes and checks the offsets.

usage: python scripts/annotated_labels_79.py corpus/annotated_79
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
NSI = "National Statistics Institute"
CZSO = "Czech Statistical Office"
CNB = "Czech National Bank"
RTRS = "Reuters"
RCL = "Royal Caribbean Group"
LSEG = "LSEG"
ISTAT = "Italian National Institute of Statistics"
BOI = "Bank of Italy"
SF = "Statistics Finland"
TE = "Trading Economics"
BSP = "Bangko Sentral ng Pilipinas"
PSA = "Philippine Statistics Authority"
SEA = "Solvent Extractors' Association of India"
GOI = "Government of India"
ENTSOE = "European Network of Transmission System Operators for Electricity"
NESO = "National Energy System Operator"
NBS = "National Bureau of Statistics"

# 7901 ONS Annual Business Survey (ref Thursday 2025-06-19)
Y23 = Y("in 2023", 2023)
A22 = Y("2022", 2022)  # attributive: "the revised 2022 estimate", "The 2022 aGVA estimate", "2022 turnover"
B2223 = P("between 2022 and 2023", "2023-01-01", "2023-12-31")
IN23 = Y("In 2023", 2023)
S23 = Y("2023", 2023)  # attributive: "the 2023 survey"
# 7902 Reuters 1987 (ref Tuesday 1987-04-14)
FEBH = per("FEBRUARY", 1987, 2)
FEB = per("in February", 1987, 2)
JAN = per("in January", 1987, 1)
F86 = per("In February 1986", 1986, 2)
JANA = per("January", 1987, 1)
TM87 = P("For the first two months of 1987", "1987-01-01", "1987-02-28")
SP86 = P("in the same period of 1986", "1986-01-01", "1986-02-28")
TWO = P("in the two months", "1987-01-01", "1987-02-28")
YE86 = P("a year earlier", "1986-01-01", "1986-02-28")
TUE87 = P("on Tuesday", "1987-04-14", "1987-04-14")
MON87 = P("on Monday", "1987-04-13", "1987-04-13")
# 7903 Reuters 2025 (ref Friday 2025-12-05)
COCT = per("in October", 2025, 10)
CSEP = per("in September", 2025, 9)
F10 = P("In the first ten months of 2025", "2025-01-01", "2025-10-31")
CNOV = per("in November", 2025, 11)
F26 = Y("for 2026", 2026)
FRI = P("on Friday", "2025-12-05", "2025-12-05")
# 7904 CNBC (ref Tuesday 2025-10-28)
TQ3 = Q("in the third quarter", 2025, 3)
YEQ = Q("in the year-earlier quarter", 2024, 3)
YE24 = Q("a year earlier", 2024, 3)
INQ = Q("in the quarter", 2025, 3)
YA24 = Q("a year ago", 2024, 3)
FQ = Q("For the fourth quarter", 2025, 4)
FQA = Q("fourth-quarter", 2025, 4)
FY = Y("full-year", 2025)
NY = Y("next year", 2026)
TUE = P("on Tuesday", "2025-10-28", "2025-10-28")
YTD = P("this year through Monday's close", "2025-01-01", "2025-10-27")
# 7905 MT Newswires (ref Tuesday 2025-12-16)
NOV = per("in November", 2025, 11)
OCT = per("in October", 2025, 10)
F11 = P("For the first eleven months of 2025", "2025-01-01", "2025-11-30")
Y25 = Y("in 2025", 2025)
Y26 = Y("in 2026", 2026)
# 7906 Trading Economics (ref Friday 2025-11-28)
TQ25 = Q("in the third quarter of 2025", 2025, 3)
PP = Q("in the previous period", 2025, 2)
IQ2 = Q("in Q2", 2025, 2)
AVG = P("from 1990 until 2025", "1990-01-01", "2025-12-31")
Q320 = Q("in the third quarter of 2020", 2020, 3)
Q220 = Q("in the second quarter of 2020", 2020, 2)
EOQ = P("by the end of this quarter", "2025-12-31", "2025-12-31")
# 7907 Investing.com (ref Thursday 2025-08-28)
THU = P("on Thursday", "2025-08-28", "2025-08-28")
ONTHU = P("On Thursday", "2025-08-28", "2025-08-28")
ET = P("By 10:35 ET", None, None)
SAUG = P("since the start of August", "2025-08-01", "2025-08-28")
SFTY = P("so far this year", "2025-01-01", "2025-08-28")
SA24 = P("since August 2024", "2024-08-01", "2025-08-28")
JUL = per("in July", 2025, 7)
JUN = per("in June", 2025, 6)
PQ2 = Q("in the second quarter", 2025, 2)
PQ1 = Q("in the first quarter", 2025, 1)
# 7908 Business Standard (ref Friday 2025-11-14)
OCTH = per("in Oct", 2025, 10)
BOCT = per("in October", 2025, 10)
DM = per("during the month", 2025, 10)
BYA = per("a year ago", 2024, 10)
OY = P("For the oil year November 2024-October 2025", "2024-11-01", "2025-10-31")
OY24 = P("in 2023-24", "2023-11-01", "2024-10-31")
NOV1 = P("as of November 1", "2025-11-01", "2025-11-01")
ME = P("a month earlier", "2025-10-01", "2025-10-01")
IOCT = per("In October", 2025, 10)
BNOV = per("in November", 2025, 11)
MAY = per("in May", 2025, 5)
# 7909 DG ENER (ref Wednesday 2025-12-10)
WK19 = P("in the week of 19 January 2026", "2026-01-19", "2026-01-25")
J26 = per("in January 2026", 2026, 1)
W2526 = P("for winter 2025/26", "2025-12-01", "2026-03-31")
W2425 = P("for winter 2024/25", "2024-12-01", "2025-03-31")
FTW = P("for the winter", "2025-12-01", "2026-03-31")
GBW = P("for the winter from October 2025 to March 2026", "2025-10-01", "2026-03-31")
LW = P("last winter", "2024-10-01", "2025-03-31")
WC5 = P("for the week commencing 5 January 2026", "2026-01-05", "2026-01-11")
# 7910 NBS (ref Monday 2024-12-16)
N24 = per("in November 2024", 2024, 11)
JN = P("From January to November", "2024-01-01", "2024-11-30")
NF11 = P("In the first eleven months", "2024-01-01", "2024-11-30")
NNOV = per("in November", 2024, 11)
INOV = per("In November", 2024, 11)

TT = "total turnover of the UK non-financial business economy"
AGVA = "approximate gross value added at basic prices"
EDS = "turnover in the electricity, gas, steam and air conditioning supply section"
WRT = "wholesale and retail trade; repair of motor vehicles and motorcycles section"
SC = '"shopping cart" of food, household and personal care goods'
TRS = "total retail sales of consumer goods"

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_annual_business_survey_turnover.txt': [
        ('£5,184 billion', 1, 5184e9, 'GBP', TT, None, None, None, Y23, None),
        ('4.6%', 1, 4.6, 'percent', TT, 'increase', 'year_on_year', None, Y23, None),
        ('£4,956 billion', 1, 4956e9, 'GBP', TT, None, None, None, A22, None),
        ('£98 billion', 1, 98e9, 'GBP', AGVA, 'increase', 'year_on_year', None, Y23, None),
        ('£1,712 billion', 1, 1712e9, 'GBP', AGVA, 'increase', None, None, Y23, None),
        ('6.1%', 1, 6.1, 'percent', AGVA, 'increase', 'year_on_year', None, Y23, None),
        ('£1,893 billion', 1, 1893e9, 'GBP', WRT + ' turnover', None, None, None, None, None),
        ('37%', 1, 37, 'percent', WRT + ' share of turnover', None, None, 'approximately', None, None),
        ('3.2%', 1, 3.2, 'percent', 'manufacturing turnover', 'increase', 'year_on_year', None, B2223, ONS),
        ('7.9%', 1, 7.9, 'percent', 'construction turnover', 'increase', 'year_on_year', None, B2223, ONS),
        ('18.4%', 1, 18.4, 'percent', EDS, 'decrease', 'year_on_year', None, B2223, ONS),
        ('£187 billion', 1, 187e9, 'GBP', EDS, 'decrease', None, None, B2223, ONS),
        ('£168 billion', 1, 168e9, 'GBP', 'aGVA in the information and communication section', None, None, None, IN23, ONS),
        ('£159 billion', 1, 159e9, 'GBP', 'aGVA in professional, scientific and technical activities', None, None, None, IN23, ONS),
        ('£151 billion', 1, 151e9, 'GBP', 'aGVA in manufacturing', None, None, None, IN23, ONS),
        ('£11 billion', 1, 11e9, 'GBP', 'aGVA revision', 'increase', None, None, A22, ONS),
        ('£1,614 billion', 1, 1614e9, 'GBP', 'aGVA', 'increase', None, None, A22, ONS),
        ('0.5%', 1, 0.5, 'percent', 'revisions to turnover', None, None, 'less_than', A22, ONS),
        ('62,000 businesses', 1, 62000, 'count', 'businesses sampled', None, None, 'approximately', S23, ONS),
        ('two-thirds', 1, 0.6667, 'fraction', 'response rate', None, None, 'approximately', S23, ONS),
    ],
    'wire_1987_belgium_luxembourg_trade.txt': [
        ('11.4 BILLION FRANCS', 1, 11.4e9, 'BEF', 'Belgo-Luxembourg trade surplus', None, None, None, FEBH, None),
        ('11.4 billion francs', 1, 11.4e9, 'BEF', 'trade surplus', None, None, None, FEB, NSI),
        ('3.2 billion franc', 1, 3.2e9, 'BEF', 'trade deficit', None, None, None, JAN, NSI),
        ('7.4 billion francs', 1, 7.4e9, 'BEF', 'trade deficit', None, None, None, F86, NSI),
        ('4.1 pct', 1, 4.1, 'percent', 'imports', 'decrease', 'year_on_year', None, FEB, NSI),
        ('271.5 billion francs', 1, 271.5e9, 'BEF', 'imports', 'decrease', None, None, FEB, NSI),
        ('2.6 pct', 1, 2.6, 'percent', 'exports', 'increase', 'year_on_year', None, FEB, NSI),
        ('282.9 billion', 1, 282.9e9, 'BEF', 'exports', 'increase', None, None, FEB, NSI),
        ('5.1 billion francs', 1, 5.1e9, 'BEF', 'trade deficit', None, None, None, JANA, NSI),
        ('8.2 billion francs', 1, 8.2e9, 'BEF', 'trade surplus', None, None, None, TM87, NSI),
        ('19.5 billion', 1, 19.5e9, 'BEF', 'trade deficit', None, None, None, SP86, NSI),
        ('546.3 billion francs', 1, 546.3e9, 'BEF', 'imports', None, None, None, TWO, NSI),
        ('554.5 billion', 1, 554.5e9, 'BEF', 'exports', None, None, None, TWO, NSI),
        ('571.0 billion', 1, 571.0e9, 'BEF', 'imports', None, None, None, YE86, NSI),
        ('551.5 billion', 1, 551.5e9, 'BEF', 'exports', None, None, None, YE86, NSI),
        ('72 pct', 1, 72, 'percent', 'European Community share of BLEU exports', None, None, 'approximately', FEB, NSI),
        ('14.9 billion francs', 1, 14.9e9, 'BEF', 'trade surplus with other European Community countries', 'increase', None, None, FEB, NSI),
        ('9.7 billion', 1, 9.7e9, 'BEF', 'trade surplus with other European Community countries', None, None, None, JAN, NSI),
        ('31 pct', 1, 31, 'percent', 'fuel imports', 'decrease', 'year_on_year', None, FEB, NSI),
        ('37.85', 1, 37.85, 'BEF', 'Belgian franc per dollar', None, None, None, TUE87, NSI),
        ('38.10', 1, 38.10, 'BEF', 'Belgian franc per dollar', None, None, None, MON87, NSI),
    ],
    'wire_2025_czech_industrial_output.txt': [
        ('2.1%', 1, 2.1, 'percent', 'Czech industrial output', 'increase', 'year_on_year', None, COCT, None),
        ('2.1%', 2, 2.1, 'percent', 'Czech industrial production', 'increase', 'year_on_year', None, COCT, CZSO),
        ('0.8%', 1, 0.8, 'percent', 'Czech industrial production', 'increase', 'year_on_year', None, COCT, RTRS),
        ('0.9%', 1, 0.9, 'percent', 'seasonally adjusted output', 'increase', 'month_on_month', None, COCT, CZSO),
        ('1.4%', 1, 1.4, 'percent', 'seasonally adjusted output', 'decrease', 'month_on_month', None, CSEP, CZSO),
        ('7.3%', 1, 7.3, 'percent', 'manufacturing of motor vehicles, trailers and semi-trailers', 'increase', 'year_on_year', None, COCT, CZSO),
        ('4.6%', 1, 4.6, 'percent', 'electricity and gas supply', 'decrease', 'year_on_year', None, COCT, CZSO),
        ('2.2%', 1, 2.2, 'percent', 'machinery and equipment', 'decrease', 'year_on_year', None, COCT, CZSO),
        ('3.8%', 1, 3.8, 'percent', 'value of new industrial orders', 'increase', 'year_on_year', None, COCT, CZSO),
        ('5.1%', 1, 5.1, 'percent', 'orders from abroad', 'increase', 'year_on_year', None, COCT, CZSO),
        ('0.7%', 1, 0.7, 'percent', 'domestic orders', 'decrease', 'year_on_year', None, COCT, CZSO),
        ('1.9%', 1, 1.9, 'percent', 'construction output', 'decrease', 'year_on_year', None, COCT, CZSO),
        ('3.5%', 1, 3.5, 'percent', 'construction output', 'increase', 'year_on_year', None, CSEP, CZSO),
        ('6.2%', 1, 6.2, 'percent', 'civil engineering', 'decrease', 'year_on_year', None, COCT, CZSO),
        ('0.4%', 1, 0.4, 'percent', 'building construction', 'increase', 'year_on_year', None, COCT, CZSO),
        ('1.2%', 1, 1.2, 'percent', 'industrial output', 'increase', 'year_on_year', None, F10, CZSO),
        ('3.50%', 1, 3.50, 'percent', 'main repo rate', None, None, None, CNOV, CNB),
        ('1.6%', 1, 1.6, 'percent', 'industrial production growth', 'increase', None, None, F26, CNB),
        ('24.21', 1, 24.21, 'CZK', 'crown per euro', None, None, None, FRI, CZSO),
    ],
    'cnbc_style_cruise_line_bookings_earnings.txt': [
        ('6%', 1, 6, 'percent', 'Royal Caribbean shares', 'decrease', None, None, None, None),
        ('$5.75', 1, 5.75, 'USD', 'adjusted earnings per share', None, None, None, None, RCL),
        ('$5.68', 1, 5.68, 'USD', 'adjusted earnings per share', None, None, None, None, LSEG),
        ('$5.19 billion', 1, 5.19e9, 'USD', 'revenue', None, None, None, None, RCL),
        ('$5.16 billion', 1, 5.16e9, 'USD', 'revenue', None, None, None, None, LSEG),
        ('5.2%', 1, 5.2, 'percent', 'revenue', 'increase', 'year_on_year', None, TQ3, RCL),
        ('$4.93 billion', 1, 4.93e9, 'USD', 'revenue', None, None, None, YEQ, RCL),
        ('$1.59 billion', 1, 1.59e9, 'USD', 'net income', None, None, None, TQ3, RCL),
        ('$5.77', 1, 5.77, 'USD', 'net income per share', None, None, None, TQ3, RCL),
        ('$1.11 billion', 1, 1.11e9, 'USD', 'net income', None, None, None, YE24, RCL),
        ('$4.21', 1, 4.21, 'USD', 'net income per share', None, None, None, YE24, RCL),
        ('111%', 1, 111, 'percent', 'load factor', 'increase', None, None, INQ, RCL),
        ('110%', 1, 110, 'percent', 'load factor', None, None, None, YA24, RCL),
        ('2.5%', 1, 2.5, 'percent', 'net yields', 'increase', 'year_on_year', None, INQ, RCL),
        ('1.1%', 1, 1.1, 'percent', 'unit costs excluding fuel', 'increase', 'year_on_year', None, INQ, RCL),
        ('$2.74', 1, 2.74, 'USD', 'adjusted earnings per share', None, None, None, FQ, RCL),
        ('$2.80', 1, 2.80, 'USD', 'adjusted earnings per share', None, None, None, FQ, RCL),
        ('$2.88', 1, 2.88, 'USD', 'adjusted earnings per share', None, None, None, FQ, LSEG),
        ('2.0%', 1, 2.0, 'percent', 'net yields', 'increase', 'year_on_year', None, FQA, RCL),
        ('2.5%', 2, 2.5, 'percent', 'net yields', 'increase', 'year_on_year', None, FQA, RCL),
        ('$15.60', 1, 15.60, 'USD', 'adjusted EPS', 'increase', None, 'approximately', FY, RCL),
        ('$15.41', 1, 15.41, 'USD', 'adjusted EPS', None, None, None, FY, RCL),
        ('$15.55', 1, 15.55, 'USD', 'adjusted EPS', None, None, None, FY, RCL),
        ('two-thirds', 1, 0.6667, 'fraction', 'share of capacity already booked', None, None, 'approximately', NY, RCL),
        ('6%', 2, 6, 'percent', 'Royal Caribbean shares', 'decrease', None, 'approximately', TUE, RCL),
        ('38%', 1, 38, 'percent', 'Royal Caribbean stock', 'increase', None, None, YTD, RCL),
    ],
    'mt_newswires_italy_istat_inflation.txt': [
        ('1.1%', 1, 1.1, 'percent', "Italy's inflation", 'decrease', 'year_on_year', None, NOV, None),
        ('1.1%', 2, 1.1, 'percent', 'national consumer price index', 'increase', 'year_on_year', None, NOV, ISTAT),
        ('1.2%', 1, 1.2, 'percent', 'national consumer price index', None, 'year_on_year', None, OCT, ISTAT),
        ('0.2%', 1, 0.2, 'percent', 'NIC', 'decrease', 'month_on_month', None, NOV, ISTAT),
        ('0.1%', 1, 0.1, 'percent', 'NIC', 'decrease', 'month_on_month', None, NOV, ISTAT),
        ('0.2%', 2, 0.2, 'percent', 'NIC', 'increase', 'month_on_month', None, OCT, ISTAT),
        ('1.2%', 2, 1.2, 'percent', 'EU-harmonized index', 'increase', 'year_on_year', None, NOV, ISTAT),
        ('1.1%', 3, 1.1, 'percent', 'EU-harmonized index', None, 'year_on_year', None, NOV, ISTAT),
        ('0.6%', 1, 0.6, 'percent', 'EU-harmonized index', 'decrease', 'month_on_month', None, NOV, ISTAT),
        ('3.4%', 1, 3.4, 'percent', 'energy prices', 'decrease', 'year_on_year', None, NOV, ISTAT),
        ('4.1%', 1, 4.1, 'percent', 'energy prices', 'decrease', 'year_on_year', None, OCT, ISTAT),
        ('0.8%', 1, 0.8, 'percent', 'regulated energy products', 'decrease', 'year_on_year', None, NOV, ISTAT),
        ('3.6%', 1, 3.6, 'percent', 'non-regulated energy', 'decrease', 'year_on_year', None, NOV, ISTAT),
        ('3.0%', 1, 3.0, 'percent', 'unprocessed food inflation', 'increase', 'year_on_year', None, NOV, ISTAT),
        ('2.3%', 1, 2.3, 'percent', 'unprocessed food inflation', None, 'year_on_year', None, OCT, ISTAT),
        ('1.9%', 1, 1.9, 'percent', 'core inflation', None, 'year_on_year', None, NOV, ISTAT),
        ('1.5%', 1, 1.5, 'percent', SC, 'increase', 'year_on_year', None, NOV, ISTAT),
        ('1.7%', 1, 1.7, 'percent', SC, None, 'year_on_year', None, OCT, ISTAT),
        ('1.6%', 1, 1.6, 'percent', 'average annual inflation', None, 'year_on_year', None, F11, ISTAT),
        ('1.7%', 2, 1.7, 'percent', 'HICP inflation', None, None, None, Y25, BOI),
        ('1.4%', 1, 1.4, 'percent', 'HICP inflation', None, None, None, Y26, BOI),
    ],
    'trading_economics_style_finland_gdp.txt': [
        ('0.4%', 1, 0.4, 'percent', 'Finnish economy', 'increase', 'quarter_on_quarter', None, TQ25, SF),
        ('0.2%', 1, 0.2, 'percent', 'Finnish economy', None, 'quarter_on_quarter', None, TQ25, SF),
        ('0.3%', 1, 0.3, 'percent', 'Finnish economy', 'decrease', 'quarter_on_quarter', None, PP, SF),
        ('2.6%', 1, 2.6, 'percent', 'exports of goods and services', 'increase', 'quarter_on_quarter', None, TQ25, SF),
        ('1.1%', 1, 1.1, 'percent', 'imports', 'increase', 'quarter_on_quarter', None, TQ25, SF),
        ('0.3%', 2, 0.3, 'percent', 'gross fixed capital formation', 'increase', 'quarter_on_quarter', None, TQ25, SF),
        ('0.5%', 1, 0.5, 'percent', 'government spending', 'increase', 'quarter_on_quarter', None, TQ25, SF),
        ('1.2%', 1, 1.2, 'percent', 'value added in manufacturing', 'increase', 'quarter_on_quarter', None, TQ25, SF),
        ('0.8%', 1, 0.8, 'percent', 'value added in construction', 'decrease', 'quarter_on_quarter', None, TQ25, SF),
        ('0.9%', 1, 0.9, 'percent', 'working-day adjusted GDP', 'increase', 'year_on_year', None, TQ25, SF),
        ('0.2%', 2, 0.2, 'percent', 'working-day adjusted GDP', 'increase', 'year_on_year', None, IQ2, SF),
        ('4.8%', 1, 4.8, 'percent', 'exports', 'increase', 'year_on_year', None, TQ25, SF),
        ('0.6%', 1, 0.6, 'percent', 'GDP', 'increase', 'year_on_year', None, TQ25, None),
        ('0.43 percent', 1, 0.43, 'percent', 'GDP Growth Rate in Finland average', None, None, None, AVG, SF),
        ('3.40 percent', 1, 3.40, 'percent', 'GDP Growth Rate in Finland all time high', None, None, None, Q320, SF),
        ('-4.80 percent', 1, -4.80, 'percent', 'GDP Growth Rate in Finland record low', 'decrease', None, None, Q220, SF),
        ('0.20 percent', 1, 0.20, 'percent', 'GDP Growth Rate in Finland', None, None, None, EOQ, TE),
        ('0.30 percent', 1, 0.30, 'percent', 'Finland GDP Growth Rate', None, None, 'approximately', Y26, TE),
    ],
    'investing_style_usdphp_bsp.txt': [
        ('5.00%', 1, 5.00, 'percent', 'policy rate', 'decrease', None, None, None, BSP),
        ('25 basis points', 1, 25, 'basis_point', 'benchmark rate', 'decrease', None, None, THU, BSP),
        ('57.08', 1, 57.08, 'PHP', 'USD/PHP', None, None, None, ET, None),
        ('0.1%', 1, 0.1, 'percent', 'USD/PHP', 'increase', 'period_on_period', None, ET, None),
        ('56.91', 1, 56.91, 'PHP', 'USD/PHP', None, None, None, ET, None),
        ('1.4%', 1, 1.4, 'percent', 'peso', 'decrease', None, 'approximately', SAUG, None),
        ('1.6%', 1, 1.6, 'percent', 'peso', 'increase', None, 'approximately', SFTY, None),
        ('5.00%', 2, 5.00, 'percent', 'target reverse repurchase rate', 'decrease', None, None, ONTHU, BSP),
        ('5.25%', 1, 5.25, 'percent', 'target reverse repurchase rate', None, None, None, ONTHU, BSP),
        ('150 basis points', 1, 150, 'basis_point', 'cumulative easing', 'decrease', None, None, SA24, BSP),
        ('4.50%', 1, 4.50, 'percent', 'overnight deposit facility rate', 'decrease', None, None, ONTHU, None),
        ('5.50%', 1, 5.50, 'percent', 'overnight lending facility rate', 'decrease', None, None, ONTHU, None),
        ('1.7%', 1, 1.7, 'percent', 'average inflation', None, None, None, Y25, BSP),
        ('3.3%', 1, 3.3, 'percent', 'average inflation', None, None, None, Y26, BSP),
        ('1.6%', 2, 1.6, 'percent', 'average inflation', None, None, None, Y25, BSP),
        ('3.4%', 1, 3.4, 'percent', 'average inflation', None, None, None, Y26, BSP),
        ('2%', 1, 2, 'percent', 'inflation target band', None, None, None, None, BSP),
        ('4%', 1, 4, 'percent', 'inflation target band', None, None, None, None, BSP),
        ('0.9%', 1, 0.9, 'percent', 'headline inflation', 'decrease', 'year_on_year', None, JUL, PSA),
        ('1.4%', 2, 1.4, 'percent', 'headline inflation', None, 'year_on_year', None, JUN, PSA),
        ('5.5%', 1, 5.5, 'percent', 'economy', 'increase', 'year_on_year', None, PQ2, PSA),
        ('5.4%', 1, 5.4, 'percent', 'economy', None, 'year_on_year', None, PQ1, PSA),
        ('57.012', 1, 57.012, 'PHP', 'BSP reference rate', None, None, None, THU, BSP),
        ('0.2%', 1, 0.2, 'percent', 'U.S. dollar index', 'decrease', None, None, None, None),
        ('97.85', 1, 97.85, 'index_point', 'U.S. dollar index', 'decrease', None, None, None, None),
    ],
    'business_standard_style_edible_oil_imports_sea.txt': [
        ('7%', 1, 7, 'percent', 'edible oil imports', 'increase', None, None, OCTH, None),
        ('52%', 1, 52, 'percent', 'palm oil share of edible oil imports', 'increase', None, None, OCTH, None),
        ('7 per cent', 1, 7, 'percent', "India's edible oil imports", 'increase', 'year_on_year', None, BOCT, SEA),
        ('1.72 million tonnes', 1, 1.72e6, 'tonne', "India's edible oil imports", 'increase', None, None, BOCT, SEA),
        ('38 per cent', 1, 38, 'percent', 'palm oil imports', 'increase', 'year_on_year', None, DM, SEA),
        ('8,95,400 tonnes', 1, 895400, 'tonne', 'palm oil imports', 'increase', None, None, DM, SEA),
        ('4,72,000 tonnes', 1, 472000, 'tonne', 'soybean oil shipments', 'decrease', None, None, DM, SEA),
        ('3,28,500 tonnes', 1, 328500, 'tonne', 'sunflower oil shipments', 'decrease', None, None, DM, SEA),
        ('5,34,600 tonnes', 1, 534600, 'tonne', 'soybean oil shipments', None, None, None, BYA, SEA),
        ('3,90,200 tonnes', 1, 390200, 'tonne', 'sunflower oil shipments', None, None, None, BYA, SEA),
        ('2.6 per cent', 1, 2.6, 'percent', 'total edible oil imports', 'decrease', 'year_on_year', None, OY, SEA),
        ('15.96 mt', 1, 15.96e6, 'tonne', 'total edible oil imports', 'decrease', None, None, OY, SEA),
        ('16.39 mt', 1, 16.39e6, 'tonne', 'total edible oil imports', None, None, None, OY24, SEA),
        ('47 per cent', 1, 47, 'percent', 'palm oil share of edible oil imports', 'decrease', None, 'approximately', OY, SEA),
        ('58 per cent', 1, 58, 'percent', 'palm oil share of edible oil imports', None, None, None, OY24, SEA),
        ('6.84 mt', 1, 6.84e6, 'tonne', 'crude palm oil imports', None, None, None, OY, SEA),
        ('0.58 mt', 1, 0.58e6, 'tonne', 'RBD palmolein imports', None, None, None, OY, SEA),
        ('4.92 mt', 1, 4.92e6, 'tonne', 'crude soybean oil imports', None, None, None, OY, SEA),
        ('3.41 mt', 1, 3.41e6, 'tonne', 'crude sunflower oil imports', None, None, None, OY, SEA),
        ('1.86 mt', 1, 1.86e6, 'tonne', 'stocks of edible oils at ports and in pipelines', 'increase', None, None, NOV1, SEA),
        ('1.62 mt', 1, 1.62e6, 'tonne', 'stocks of edible oils at ports and in pipelines', None, None, None, ME, SEA),
        ('3,10,000 tonnes', 1, 310000, 'tonne', 'edible oil handled at Kandla', None, None, 'approximately', IOCT, SEA),
        ('2,45,000 tonnes', 1, 245000, 'tonne', 'edible oil handled at Mumbai', None, None, None, IOCT, SEA),
        ('1,90,000 tonnes', 1, 190000, 'tonne', 'edible oil handled at Kolkata', None, None, None, IOCT, SEA),
        ('$1,105', 1, 1105, 'USD', 'landed price of crude palm oil', None, None, None, BNOV, SEA),
        ('$1,062', 1, 1062, 'USD', 'landed price of crude palm oil', None, None, None, BOCT, SEA),
        ('$1,178', 1, 1178, 'USD', 'landed price of crude soybean oil', None, None, None, BNOV, SEA),
        ('55', 1, 55, 'percent', 'share of requirement imported', None, None, 'approximately', None, SEA),
        ('60 per cent', 1, 60, 'percent', 'share of requirement imported', None, None, 'approximately', None, SEA),
        ('10 per cent', 1, 10, 'percent', 'basic customs duty on crude edible oils', 'decrease', None, None, MAY, GOI),
        ('20 per cent', 1, 20, 'percent', 'basic customs duty on crude edible oils', None, None, None, MAY, GOI),
    ],
    'eu_energy_style_electricity_capacity_margins_winter.txt': [
        ('480 GW', 1, 480, 'gigawatt', 'peak electricity demand in the EU', None, None, 'approximately', WK19, None),
        ('2%', 1, 2, 'percent', 'peak electricity demand in the EU', 'decrease', 'year_on_year', 'approximately', WK19, None),
        ('525 GW', 1, 525, 'gigawatt', 'peak electricity demand under a severe cold spell', 'increase', None, 'up_to', WK19, None),
        ('742 GW', 1, 742, 'gigawatt', 'available generation capacity across the ENTSO-E area', None, None, None, J26, ENTSOE),
        ('118 GW', 1, 118, 'gigawatt', 'capacity unavailable due to planned and forced outages', None, None, None, J26, ENTSOE),
        ('14.6%', 1, 14.6, 'percent', 'de-rated capacity margin for the EU', 'increase', None, None, W2526, ENTSOE),
        ('12.9%', 1, 12.9, 'percent', 'de-rated capacity margin for the EU', None, None, None, W2425, ENTSOE),
        ('3.1%', 1, 3.1, 'percent', 'de-rated margin in Ireland', None, None, None, None, ENTSOE),
        ('4.8%', 1, 4.8, 'percent', 'de-rated margin in Belgium', None, None, None, None, ENTSOE),
        ('5.5%', 1, 5.5, 'percent', 'de-rated margin in Poland', None, None, None, None, ENTSOE),
        ('11%', 1, 11, 'percent', 'de-rated margin in France', None, None, None, None, ENTSOE),
        ('16%', 1, 16, 'percent', 'de-rated margin in Germany', None, None, None, None, ENTSOE),
        ('1.2 GW', 1, 1.2, 'gigawatt', 'interconnector imports to Ireland at peak', None, None, 'up_to', None, ENTSOE),
        ('3.5', 1, 3.5, 'gigawatt', 'interconnector imports to Belgium at peak', None, None, None, None, ENTSOE),
        ('4.0 GW', 1, 4.0, 'gigawatt', 'interconnector imports to Belgium at peak', None, None, None, None, ENTSOE),
        ('4.2 hours', 1, 4.2, 'hour', 'loss of load expectation in Ireland', None, None, None, FTW, ENTSOE),
        ('8 hours', 1, 8, 'hour', 'reliability standard in Ireland', None, None, None, None, None),
        ('1.5 hours', 1, 1.5, 'hour', 'loss of load expectation in Malta', None, None, None, FTW, ENTSOE),
        ('6.1 GW', 1, 6.1, 'gigawatt', 'de-rated margin in Great Britain', None, None, None, GBW, NESO),
        ('10.3%', 1, 10.3, 'percent', 'de-rated margin in Great Britain', None, None, None, GBW, NESO),
        ('4.8 GW', 1, 4.8, 'gigawatt', 'de-rated margin in Great Britain', None, None, None, LW, NESO),
        ('8.1%', 1, 8.1, 'percent', 'de-rated margin in Great Britain', None, None, None, LW, NESO),
        ('45.2 GW', 1, 45.2, 'gigawatt', 'peak transmission demand in Great Britain', None, None, None, WC5, NESO),
        ('7.2 GW', 1, 7.2, 'gigawatt', 'interconnector imports to Great Britain at peak', None, None, 'approximately', GBW, NESO),
        ('16%', 2, 16, 'percent', 'interconnector imports share of peak demand in Great Britain', None, None, 'approximately', GBW, NESO),
        ('9.7 GW', 1, 9.7, 'gigawatt', 'coal-fired units held in strategic reserve', None, None, None, None, ENTSOE),
    ],
    'nbs_style_retail_sales_consumer_goods_november.txt': [
        ('4,376.3 billion yuan', 1, 4376.3e9, 'CNY', TRS, None, None, None, N24, NBS),
        ('3.0 percent', 1, 3.0, 'percent', TRS, 'increase', 'year_on_year', None, N24, NBS),
        ('44,272.3 billion yuan', 1, 44272.3e9, 'CNY', TRS, None, None, None, JN, NBS),
        ('3.5 percent', 1, 3.5, 'percent', TRS, 'increase', 'year_on_year', None, JN, NBS),
        ('3,793.5 billion yuan', 1, 3793.5e9, 'CNY', 'retail sales of consumer goods in urban areas', None, None, None, NNOV, NBS),
        ('2.9 percent', 1, 2.9, 'percent', 'retail sales of consumer goods in urban areas', 'increase', 'year_on_year', None, NNOV, NBS),
        ('582.8 billion yuan', 1, 582.8e9, 'CNY', 'retail sales in rural areas', None, None, None, NNOV, NBS),
        ('3.6 percent', 1, 3.6, 'percent', 'retail sales in rural areas', 'increase', 'year_on_year', None, NNOV, NBS),
        ('3.4 percent', 1, 3.4, 'percent', 'retail sales of consumer goods in urban areas', 'increase', 'year_on_year', None, NF11, NBS),
        ('4.3 percent', 1, 4.3, 'percent', 'retail sales of consumer goods in rural areas', 'increase', 'year_on_year', None, NF11, NBS),
        ('3,883.6 billion yuan', 1, 3883.6e9, 'CNY', 'retail sales of goods', None, None, None, NNOV, NBS),
        ('2.8 percent', 1, 2.8, 'percent', 'retail sales of goods', 'increase', 'year_on_year', None, NNOV, NBS),
        ('492.7 billion yuan', 1, 492.7e9, 'CNY', 'revenue of catering', None, None, None, NNOV, NBS),
        ('4.0 percent', 1, 4.0, 'percent', 'revenue of catering', 'increase', 'year_on_year', None, NNOV, NBS),
        ('5,022.1 billion yuan', 1, 5022.1e9, 'CNY', 'catering revenue', None, None, None, JN, NBS),
        ('5.3 percent', 1, 5.3, 'percent', 'catering revenue', 'increase', 'year_on_year', None, JN, NBS),
        ('22.2 percent', 1, 22.2, 'percent', 'retail sales of household appliances and audio-visual equipment', 'increase', 'year_on_year', None, INOV, NBS),
        ('14.6 percent', 1, 14.6, 'percent', 'retail sales of cultural and office supplies', 'increase', 'year_on_year', None, INOV, NBS),
        ('12.2 percent', 1, 12.2, 'percent', 'retail sales of communication equipment', 'increase', 'year_on_year', None, INOV, NBS),
        ('6.6 percent', 1, 6.6, 'percent', 'retail sales of gold, silver and jewelry', 'decrease', 'year_on_year', None, INOV, NBS),
        ('3.9 percent', 1, 3.9, 'percent', 'retail sales of petroleum and related products', 'decrease', 'year_on_year', None, INOV, NBS),
        ('6.6 percent', 2, 6.6, 'percent', 'retail sales of automobiles', 'increase', 'year_on_year', None, INOV, NBS),
        ('0.16 percent', 1, 0.16, 'percent', TRS, 'increase', 'month_on_month', None, INOV, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
