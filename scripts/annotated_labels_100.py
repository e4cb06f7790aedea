# ruff: noqa: E501, RUF001
"""Write corpus/annotated_100/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_100.py corpus/annotated_100
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
ABS = "Australian Bureau of Statistics"
CBRT = "Central Bank of the Republic of Turkey"
RT = "Reuters"
MTF = "Ministry of Treasury and Finance"
HAL = "Halstead's"
LSEG = "LSEG"
SA = "StreetAccount"
DES = "Federal Statistical Office"
BBG = "Bloomberg"
PSA = "Philippine Statistics Authority"
TE = "Trading Economics"
SI = "Silver Institute"
IPA = "Indian Ports Association"
ADANI = "Adani Ports and Special Economic Zone"
MOPSW = "Ministry of Ports, Shipping and Waterways"
EBA = "European Biogas Association"
MIIT = "Ministry of Industry and Information Technology"

# 10001 ONS household saving ratio (ref Tuesday 2026-03-31)
Q4L = Q("in Quarter 4 (Oct to Dec) 2025", 2025, 4)
Q3L = Q("in Quarter 3 (July to Sept) 2025", 2025, 3)
Q4 = Q("in Quarter 4 2025", 2025, 4)
CY25 = Y("Over the calendar year 2025 as a whole", 2025)
OY24 = Y("in 2024", 2024)
LQ = Q("in the latest quarter", 2025, 4)
BQ = Q("between Quarter 3 and Quarter 4 2025", 2025, 4)
FQ3 = Q("for Quarter 3 2025", 2025, 3)
TQ = Q("in that quarter", 2025, 3)
TME = Q("three months earlier", 2025, 3)
L8Q = P("in each of the last eight quarters", "2024-01-01", "2025-12-31")
PRE = P("for 2010 to 2019", "2010-01-01", "2019-12-31")
# 10002 Reuters 1987 (ref Thursday 1987-04-09)
FEBH = per("IN FEBRUARY", 1987, 2)
FEB = per("in February", 1987, 2)
FEBA = per("February", 1987, 2)
JAN = per("in January", 1987, 1)
T2 = P("for the two months to February", "1987-01-01", "1987-02-28")
# 10003 Reuters 2025 (ref Monday 2026-01-12)
NOV = per("in November", 2025, 11)
OCTA = per("October", 2025, 10)
N24 = per("In November 2024", 2024, 11)
N24L = per("in November 2024", 2024, 11)
R12N = P("in the 12 months to November", "2024-12-01", "2025-11-30")
R12O = P("in the 12 months to October", "2024-11-01", "2025-10-31")
YEN = per("a year earlier", 2024, 11)
JN = P("In the January-November period", "2025-01-01", "2025-11-30")
SP24 = P("in the same period of 2024", "2024-01-01", "2024-11-30")
DEC = per("in December", 2025, 12)
# 10004 CNBC (ref Wednesday 2025-03-05; retail 4-5-4 fiscal calendar, year ending Saturday Feb. 1, 2025)
FQ = P("for the three-month period", "2024-11-03", "2025-02-01")
YAQ = P("a year earlier", "2023-10-29", "2024-02-03")
YAQ2 = P("in the year-ago quarter", "2023-10-29", "2024-02-03")
INQ = P("in the quarter", "2024-11-03", "2025-02-01")
EOP = P("at the end of the period", "2025-02-01", "2025-02-01")
FY24 = P("during fiscal 2024", "2024-02-04", "2025-02-01")
FYE = P("For the full fiscal year ended Feb. 1", "2024-02-04", "2025-02-01")
F25 = P("For fiscal 2025", "2025-02-02", "2026-01-31")
WED = P("on Wednesday", "2025-03-05", "2025-03-05")
CY24 = Y("in 2024", 2024)
# 10005 MT Newswires (ref Friday 2025-12-05)
MOCT = per("in October", 2025, 10)
SEPA = per("September", 2025, 9)
AO = P("in August to October", "2025-08-01", "2025-10-31")
FOCT = per("for October", 2025, 10)
# 10006 Trading Economics (ref Wednesday 2025-12-10)
TOCTH = per("in October", 2025, 10)
O25 = per("in October 2025", 2025, 10)
TSEP = per("in September", 2025, 9)
AME = per("a month earlier", 2025, 9)
# 10007 Investing.com (ref Wednesday 2025-04-16)
ET = P("By 10:45 ET", None, None)
SOY = P("at the start of the year", "2025-01-01", "2025-01-01")
IY24 = Y("in 2024", 2024)
LY = Y("last year", 2024)
S21 = P("since 2021", "2021-01-01", "2024-12-31")
IF25 = Y("For 2025", 2025)
SJ = P("since January", "2025-01-01", "2025-04-16")
# 10008 Business Standard (ref Wednesday 2024-12-04)
ANH = P("in Apr-Nov", "2024-04-01", "2024-11-30")
AN24 = P("in April-November 2024", "2024-04-01", "2024-11-30")
F8 = P("in the first eight months of FY25", "2024-04-01", "2024-11-30")
YA = P("a year ago", "2023-04-01", "2023-11-30")
BNOV = per("In November", 2024, 11)
DP = P("during the period", "2024-04-01", "2024-11-30")
AN = P("in April-November", "2024-04-01", "2024-11-30")
BYE = P("a year earlier", "2023-04-01", "2023-11-30")
FY25 = P("in FY25", "2024-04-01", "2025-03-31")
FY24I = P("in FY24", "2023-04-01", "2024-03-31")
# 10009 DG ENER (ref Wednesday 2026-07-15)
Y25 = Y("in 2025", 2025)
EY24 = Y("in 2024", 2024)
EYE = Y("a year earlier", 2024)
E24 = P("at the end of 2024", "2024-12-31", "2024-12-31")
E25 = P("at the end of 2025", "2025-12-31", "2025-12-31")
D25 = Y("during 2025", 2025)
Q126 = Q("In the first quarter of 2026", 2026, 1)
B27 = Y("by 2027", 2027)
B30 = Y("by 2030", 2030)
# 10010 MIIT (ref Wednesday 2024-11-20)
F10Y = P("in the first ten months of 2024", "2024-01-01", "2024-10-31")
F10 = P("In the first ten months", "2024-01-01", "2024-10-31")
EOO = P("By the end of October", "2024-10-31", "2024-10-31")
OEL = P("over the end of last year", "2023-12-31", "2024-10-31")
AEL = P("than at the end of last year", "2023-12-31", "2024-10-31")
JO = P("From January to October", "2024-01-01", "2024-10-31")
NOCT = per("In October", 2024, 10)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_household_savings_ratio_quarterly.txt': [
        ('10.4%', 1, 10.4, 'percent', "households' saving ratio", 'increase', None, None, Q4L, None),
        ('9.9%', 1, 9.9, 'percent', "households' saving ratio", None, None, None, Q3L, None),
        ('0.7%', 1, 0.7, 'percent', "real households' disposable income per head", 'increase', 'quarter_on_quarter', None, Q4, None),
        ('1.2%', 1, 1.2, 'percent', "real households' disposable income per head", 'increase', 'year_on_year', None, Q4, None),
        ('10.1%', 1, 10.1, 'percent', 'saving ratio', None, None, None, CY25, None),
        ('10.6%', 1, 10.6, 'percent', 'saving ratio', None, None, None, OY24, None),
        ('1.3%', 1, 1.3, 'percent', 'nominal gross disposable household income', 'increase', 'quarter_on_quarter', None, LQ, ONS),
        ('0.5%', 1, 0.5, 'percent', 'household consumption deflator', 'increase', 'quarter_on_quarter', None, LQ, ONS),
        ('0.8%', 1, 0.8, 'percent', 'RHDI', 'increase', 'quarter_on_quarter', None, LQ, ONS),
        ('£2.6 billion', 1, 2.6e9, 'GBP', 'wages and salaries', 'increase', 'quarter_on_quarter', None, LQ, ONS),
        ('£0.9 billion', 1, 0.9e9, 'GBP', 'net social benefits received', 'increase', 'quarter_on_quarter', None, LQ, ONS),
        ('£1.1 billion', 1, 1.1e9, 'GBP', 'taxes on income and wealth paid by households', 'increase', 'quarter_on_quarter', None, LQ, ONS),
        ('0.6%', 1, 0.6, 'percent', 'household spending in current prices', 'increase', 'quarter_on_quarter', None, BQ, ONS),
        ('0.5 percentage points', 1, 0.5, 'percentage_point', 'saving ratio', 'increase', 'quarter_on_quarter', None, BQ, ONS),
        ('10.3%', 1, 10.3, 'percent', 'saving ratio', None, None, None, FQ3, ONS),
        ('9.9%', 2, 9.9, 'percent', 'saving ratio', 'decrease', None, None, FQ3, ONS),
        ('0.2%', 1, 0.2, 'percent', 'RHDI', 'decrease', None, None, TQ, ONS),
        ('0.1%', 1, 0.1, 'percent', 'RHDI', 'increase', None, None, TQ, ONS),
        ('£14.6 billion', 1, 14.6e9, 'GBP', 'household net lending', 'increase', None, None, Q4, ONS),
        ('£11.9 billion', 1, 11.9e9, 'GBP', 'household net lending', None, None, None, TME, ONS),
        ('2%', 1, 2, 'percent', 'household net lending as a share of GDP', None, None, 'approximately', Q4, ONS),
        ('9%', 1, 9, 'percent', 'saving ratio', None, None, None, L8Q, ONS),
        ('11%', 1, 11, 'percent', 'saving ratio', None, None, None, L8Q, ONS),
        ('6.0%', 1, 6.0, 'percent', 'saving ratio pre-coronavirus average', None, None, None, PRE, ONS),
    ],
    'wire_1987_australian_home_loans.txt': [
        ('3.8 PCT', 1, 3.8, 'percent', 'Australian home loan commitments', 'increase', None, None, FEBH, None),
        ('3.8 pct', 1, 3.8, 'percent', 'housing finance commitments to individuals for owner-occupied dwellings', 'increase', 'month_on_month', None, FEB, ABS),
        ('1.46 billion dlrs', 1, 1.46e9, 'AUD', 'housing finance commitments to individuals for owner-occupied dwellings', 'increase', None, None, FEB, ABS),
        ('1.41 billion', 1, 1.41e9, 'AUD', 'housing finance commitments to individuals for owner-occupied dwellings', None, None, None, JAN, ABS),
        ('2.9 pct', 1, 2.9, 'percent', 'number of dwellings covered by the commitments', 'increase', 'month_on_month', None, FEB, ABS),
        ('24,310', 1, 24310, 'count', 'number of dwellings covered by the commitments', 'increase', None, None, FEB, ABS),
        ('1.7 pct', 1, 1.7, 'percent', 'number of dwellings covered by the commitments', 'decrease', 'month_on_month', None, JAN, ABS),
        ('2.4 pct', 1, 2.4, 'percent', 'number of dwellings covered by the commitments', 'decrease', 'month_on_month', None, JAN, ABS),
        ('862.4 mln dlrs', 1, 862.4e6, 'AUD', 'commitments by banks', 'increase', None, None, FEBA, ABS),
        ('830.1 mln', 1, 830.1e6, 'AUD', 'commitments by banks', None, None, None, JAN, ABS),
        ('397.6 mln', 1, 397.6e6, 'AUD', 'commitments by permanent building societies', None, None, None, FEBA, ABS),
        ('384.0 mln', 1, 384.0e6, 'AUD', 'commitments by permanent building societies', None, None, None, JAN, ABS),
        ('200.0 mln', 1, 200.0e6, 'AUD', 'commitments by other lenders', None, None, None, FEBA, ABS),
        ('1.3 pct', 1, 1.3, 'percent', 'commitments for the construction of dwellings', 'decrease', None, None, None, ABS),
        ('301.7 mln dlrs', 1, 301.7e6, 'AUD', 'commitments for the construction of dwellings', 'decrease', None, None, None, ABS),
        ('58.3 mln', 1, 58.3e6, 'AUD', 'commitments for the purchase of newly erected dwellings', None, None, None, None, ABS),
        ('5.2 pct', 1, 5.2, 'percent', 'commitments for the purchase of established dwellings', 'increase', None, None, None, ABS),
        ('1.10 billion', 1, 1.10e9, 'AUD', 'commitments for the purchase of established dwellings', 'increase', None, None, None, ABS),
        ('11.2 pct', 1, 11.2, 'percent', 'value of commitments', 'decrease', 'year_on_year', None, FEB, ABS),
        ('15.6 pct', 1, 15.6, 'percent', 'number of dwellings financed', 'decrease', 'year_on_year', None, FEB, ABS),
        ('22,875', 1, 22875, 'count', 'dwellings financed in original terms', None, None, None, FEB, ABS),
        ('45,912', 1, 45912, 'count', 'dwellings financed in original terms', None, None, None, T2, ABS),
        ('17.3 pct', 1, 17.3, 'percent', 'dwellings financed in original terms', 'decrease', 'year_on_year', None, T2, ABS),
        ('60,100 dlrs', 1, 60100, 'AUD', 'average loan approved by all lenders', 'increase', None, None, FEB, ABS),
        ('59,700 dlrs', 1, 59700, 'AUD', 'average loan approved by all lenders', None, None, None, JAN, ABS),
    ],
    'wire_2025_turkey_current_account.txt': [
        ('$2.41 billion', 1, 2.41e9, 'USD', 'current account deficit', None, None, None, NOV, None),
        ('$2.41 billion', 2, 2.41e9, 'USD', 'current account deficit', None, None, None, NOV, CBRT),
        ('$2.1 billion', 1, 2.1e9, 'USD', 'current account deficit', None, None, None, NOV, RT),
        ('11 economists', 1, 11, 'count', 'economists in a Reuters poll', None, None, None, NOV, RT),
        ('$1.6 billion', 1, 1.6e9, 'USD', 'current account deficit', None, None, None, NOV, RT),
        ('$2.8 billion', 1, 2.8e9, 'USD', 'current account deficit', None, None, None, NOV, RT),
        ('$1.05 billion', 1, 1.05e9, 'USD', 'current account surplus', None, None, None, OCTA, CBRT),
        ('$1.12 billion', 1, 1.12e9, 'USD', 'current account surplus', None, None, None, OCTA, CBRT),
        ('$2.96 billion', 1, 2.96e9, 'USD', 'current account deficit', None, None, None, N24, CBRT),
        ('$14.9 billion', 1, 14.9e9, 'USD', '12-month rolling current account deficit', 'decrease', None, None, R12N, CBRT),
        ('$15.5 billion', 1, 15.5e9, 'USD', '12-month rolling current account deficit', None, None, None, R12O, CBRT),
        ('$2.37 billion', 1, 2.37e9, 'USD', 'core current account surplus', 'decrease', None, None, NOV, CBRT),
        ('$3.18 billion', 1, 3.18e9, 'USD', 'core current account surplus', None, None, None, YEN, CBRT),
        ('9.6%', 1, 9.6, 'percent', 'energy deficit', 'decrease', 'year_on_year', None, NOV, CBRT),
        ('$4.12 billion', 1, 4.12e9, 'USD', 'energy deficit', 'decrease', None, None, NOV, CBRT),
        ('$0.66 billion', 1, 0.66e9, 'USD', 'net gold imports', 'increase', None, None, NOV, CBRT),
        ('$0.43 billion', 1, 0.43e9, 'USD', 'net gold imports', None, None, None, N24L, CBRT),
        ('$12.3 billion', 1, 12.3e9, 'USD', 'current account deficit', None, None, None, JN, CBRT),
        ('$9.8 billion', 1, 9.8e9, 'USD', 'current account deficit', None, None, None, SP24, CBRT),
        ('$3.9 billion', 1, 3.9e9, 'USD', 'net portfolio inflows', None, None, None, NOV, CBRT),
        ('$1.7 billion', 1, 1.7e9, 'USD', 'official reserve assets', 'increase', None, None, NOV, CBRT),
        ('150 basis points', 1, 150, 'basis_point', 'policy rate', 'decrease', None, None, DEC, CBRT),
        ('38%', 1, 38, 'percent', 'policy rate', 'decrease', None, None, DEC, CBRT),
        ('1.5%', 1, 1.5, 'percent', 'current account deficit as a share of national income', None, None, 'less_than', Y('in 2025', 2025), CBRT),
        ('1.3%', 1, 1.3, 'percent', 'current account deficit as a share of GDP', None, None, 'approximately', Y('in 2026', 2026), MTF),
    ],
    'cnbc_style_retailer_holiday_quarter_results.txt': [
        ('1.1%', 1, 1.1, 'percent', 'comparable sales', 'decrease', None, None, None, None),
        ('$1.64', 1, 1.64, 'USD', 'adjusted earnings per share', None, None, None, None, HAL),
        ('$1.52', 1, 1.52, 'USD', 'adjusted earnings per share', None, None, None, None, None),
        ('$6.18 billion', 1, 6.18e9, 'USD', 'revenue', None, None, None, None, HAL),
        ('$6.11 billion', 1, 6.11e9, 'USD', 'revenue', None, None, None, None, None),
        ('$412 million', 1, 412e6, 'USD', 'net income', None, None, None, FQ, HAL),
        ('$1.47', 1, 1.47, 'USD', 'earnings per share', None, None, None, FQ, HAL),
        ('$389 million', 1, 389e6, 'USD', 'net income', None, None, None, YAQ, HAL),
        ('$1.36', 1, 1.36, 'USD', 'earnings per share', None, None, None, YAQ, HAL),
        ('2.4%', 1, 2.4, 'percent', 'revenue', 'decrease', 'year_on_year', None, FQ, HAL),
        ('$6.33 billion', 1, 6.33e9, 'USD', 'revenue', None, None, None, YAQ2, HAL),
        ('1.1%', 2, 1.1, 'percent', 'comparable sales', 'decrease', None, None, INQ, HAL),
        ('1.9%', 1, 1.9, 'percent', 'comparable sales', 'decrease', None, None, INQ, SA),
        ('3.5%', 1, 3.5, 'percent', 'digital sales', 'increase', None, None, INQ, HAL),
        ('a third', 1, 1 / 3, 'fraction', 'digital sales share of total revenue', None, None, 'approximately', INQ, HAL),
        ('70 basis points', 1, 70, 'basis_point', 'gross margin', 'increase', None, None, INQ, HAL),
        ('36.8%', 1, 36.8, 'percent', 'gross margin', 'increase', None, None, INQ, HAL),
        ('$4.05 billion', 1, 4.05e9, 'USD', 'inventories', None, None, None, EOP, HAL),
        ('4%', 1, 4, 'percent', 'inventories', 'decrease', 'year_on_year', None, EOP, HAL),
        ('38', 1, 38, 'count', 'stores closed', None, None, None, FY24, HAL),
        ('$22.4 billion', 1, 22.4e9, 'USD', 'revenue', None, None, None, FYE, HAL),
        ('1.8%', 1, 1.8, 'percent', 'revenue', 'decrease', None, None, FYE, HAL),
        ('$3.96', 1, 3.96, 'USD', 'adjusted earnings per share', None, None, None, FYE, HAL),
        ('$21.6 billion', 1, 21.6e9, 'USD', 'net sales', None, None, None, F25, HAL),
        ('$21.9 billion', 1, 21.9e9, 'USD', 'net sales', None, None, None, F25, HAL),
        ('$3.40', 1, 3.40, 'USD', 'adjusted earnings per share', None, None, None, F25, HAL),
        ('$3.70', 1, 3.70, 'USD', 'adjusted earnings per share', None, None, None, F25, HAL),
        ('$22.1 billion', 1, 22.1e9, 'USD', 'net sales', None, None, None, F25, LSEG),
        ('$3.92', 1, 3.92, 'USD', 'adjusted earnings per share', None, None, None, F25, LSEG),
        ('2%', 1, 2, 'percent', 'comparable sales', 'decrease', None, None, F25, HAL),
        ('6%', 1, 6, 'percent', "Halstead's shares", 'decrease', None, 'approximately', WED, HAL),
        ('14%', 1, 14, 'percent', "Halstead's shares", 'decrease', None, 'approximately', CY24, HAL),
    ],
    'mt_newswires_germany_factory_orders.txt': [
        ('1.5%', 1, 1.5, 'percent', 'German factory orders', 'increase', None, None, MOCT, None),
        ('1.5%', 2, 1.5, 'percent', 'German manufacturing orders', 'increase', 'month_on_month', None, MOCT, DES),
        ('0.4%', 1, 0.4, 'percent', 'German manufacturing orders', 'increase', 'month_on_month', None, MOCT, BBG),
        ('1.4%', 1, 1.4, 'percent', 'German manufacturing orders', 'increase', 'month_on_month', None, SEPA, DES),
        ('1.1%', 1, 1.1, 'percent', 'German manufacturing orders', 'increase', 'month_on_month', None, SEPA, DES),
        ('0.9%', 1, 0.9, 'percent', 'new orders excluding large-scale orders', 'increase', 'month_on_month', None, MOCT, DES),
        ('14.8%', 1, 14.8, 'percent', 'share of large orders in total incoming orders', None, None, None, MOCT, DES),
        ('2.7%', 1, 2.7, 'percent', 'domestic orders', 'increase', 'month_on_month', None, MOCT, DES),
        ('0.6%', 1, 0.6, 'percent', 'foreign orders', 'increase', 'month_on_month', None, MOCT, DES),
        ('3.1%', 1, 3.1, 'percent', 'orders from the euro area', 'increase', 'month_on_month', None, MOCT, DES),
        ('1.2%', 1, 1.2, 'percent', 'orders from outside the euro area', 'decrease', 'month_on_month', None, MOCT, DES),
        ('2.2%', 1, 2.2, 'percent', 'orders for capital goods', 'increase', None, None, None, DES),
        ('0.8%', 1, 0.8, 'percent', 'orders for intermediate goods', 'increase', None, None, None, DES),
        ('1.7%', 1, 1.7, 'percent', 'consumer goods orders', 'decrease', None, None, None, DES),
        ('3.4%', 1, 3.4, 'percent', 'automotive orders', 'decrease', None, None, None, DES),
        ('14.6%', 1, 14.6, 'percent', 'orders in other vehicle construction', 'increase', None, None, None, DES),
        ('2.3%', 1, 2.3, 'percent', 'orders', 'increase', 'period_on_period', None, AO, DES),
        ('4.1%', 1, 4.1, 'percent', 'calendar-adjusted orders', 'increase', 'year_on_year', None, MOCT, DES),
        ('0.6%', 2, 0.6, 'percent', 'real turnover in manufacturing', 'increase', 'month_on_month', None, MOCT, DES),
        ('1.8%', 1, 1.8, 'percent', 'real turnover in manufacturing', 'decrease', 'year_on_year', None, MOCT, DES),
        ('0.3%', 1, 0.3, 'percent', 'industrial production', 'increase', 'month_on_month', None, FOCT, RT),
    ],
    'trading_economics_style_philippines_unemployment.txt': [
        ('4.2%', 1, 4.2, 'percent', 'Philippines Unemployment Rate', 'increase', None, None, TOCTH, None),
        ('4.2%', 2, 4.2, 'percent', 'unemployment rate in the Philippines', 'increase', None, None, O25, PSA),
        ('3.8%', 1, 3.8, 'percent', 'unemployment rate in the Philippines', None, None, None, TSEP, PSA),
        ('3.9%', 1, 3.9, 'percent', 'unemployment rate in the Philippines', None, None, None, O25, None),
        ('190 thousand', 1, 190e3, 'count', 'number of unemployed persons', 'increase', 'month_on_month', None, O25, PSA),
        ('2.15 million', 1, 2.15e6, 'count', 'number of unemployed persons', 'increase', None, None, O25, PSA),
        ('0.53 million', 1, 0.53e6, 'count', 'employment', 'decrease', 'month_on_month', None, O25, PSA),
        ('49.02 million', 1, 49.02e6, 'count', 'employment', 'decrease', None, None, O25, PSA),
        ('63.6%', 1, 63.6, 'percent', 'labor force participation rate', 'decrease', None, None, O25, PSA),
        ('64.5%', 1, 64.5, 'percent', 'labor force participation rate', None, None, None, TSEP, PSA),
        ('95.8%', 1, 95.8, 'percent', 'employment rate', None, None, None, O25, PSA),
        ('11.6%', 1, 11.6, 'percent', 'underemployment rate', 'decrease', None, None, O25, PSA),
        ('13.3%', 1, 13.3, 'percent', 'underemployment rate', None, None, None, AME, PSA),
        ('5.69 million', 1, 5.69e6, 'count', 'people underemployed', None, None, None, O25, PSA),
        ('61.2%', 1, 61.2, 'percent', 'services share of total employment', None, None, None, O25, PSA),
        ('20.6%', 1, 20.6, 'percent', 'agriculture share of total employment', None, None, None, O25, PSA),
        ('18.2%', 1, 18.2, 'percent', 'industry share of total employment', None, None, None, O25, PSA),
        ('0.3 percentage points', 1, 0.3, 'percentage_point', 'jobless rate', 'increase', 'year_on_year', None, O25, PSA),
        ('11.4%', 1, 11.4, 'percent', 'youth unemployment', None, None, None, O25, PSA),
        ('7.41 percent', 1, 7.41, 'percent', 'Unemployment Rate in Philippines average', None, None, None, P('from 1994 until 2025', '1994-01-01', '2025-12-31'), PSA),
        ('17.70 percent', 1, 17.70, 'percent', 'Unemployment Rate in Philippines all time high', None, None, None, per('in April of 2020', 2020, 4), PSA),
        ('3.10 percent', 1, 3.10, 'percent', 'Unemployment Rate in Philippines record low', None, None, None, per('in December of 2024', 2024, 12), PSA),
        ('4.00 percent', 1, 4.00, 'percent', 'Unemployment Rate in Philippines', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('4.10 percent', 1, 4.10, 'percent', 'Philippines Unemployment Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('4.00 percent', 2, 4.00, 'percent', 'Philippines Unemployment Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_silver_industrial_demand.txt': [
        ('1.8%', 1, 1.8, 'percent', 'Comex silver futures', 'increase', None, None, ET, None),
        ('$32.94', 1, 32.94, 'USD', 'Comex silver futures', 'increase', None, None, ET, None),
        ('1.6%', 1, 1.6, 'percent', 'spot silver', 'increase', None, None, ET, None),
        ('$32.71', 1, 32.71, 'USD', 'spot silver', 'increase', None, None, ET, None),
        ('2.9%', 1, 2.9, 'percent', 'spot gold', 'increase', None, None, ET, None),
        ('$3,327.60', 1, 3327.60, 'USD', 'spot gold', 'increase', None, None, ET, None),
        ('101', 1, 101, 'times', 'gold-silver ratio', 'increase', None, 'approximately', ET, None),
        ('89', 1, 89, 'times', 'gold-silver ratio', None, None, 'approximately', SOY, None),
        ('4%', 1, 4, 'percent', 'industrial fabrication', 'increase', None, None, IY24, SI),
        ('680.5 million ounces', 1, 680.5e6, 'ounce', 'industrial fabrication', 'increase', None, None, IY24, SI),
        ('1.16 billion ounces', 1, 1.16e9, 'ounce', 'total global demand', None, None, None, IY24, SI),
        ('0.9%', 1, 0.9, 'percent', 'mine production', 'increase', None, None, IY24, SI),
        ('819.7 million', 1, 819.7e6, 'ounce', 'mine production', 'increase', None, None, IY24, SI),
        ('6%', 1, 6, 'percent', 'recycling', 'increase', None, None, IY24, SI),
        ('193.9 million', 1, 193.9e6, 'ounce', 'recycling', 'increase', None, None, IY24, SI),
        ('148.9 million ounces', 1, 148.9e6, 'ounce', 'market deficit', None, None, None, LY, SI),
        ('800 million ounces', 1, 800e6, 'ounce', 'cumulative shortfall', None, None, 'approximately', S21, SI),
        ('117.6 million ounces', 1, 117.6e6, 'ounce', 'market deficit', None, None, None, IF25, SI),
        ('3%', 1, 3, 'percent', 'industrial offtake', 'increase', None, 'approximately', IF25, SI),
        ('22%', 1, 22, 'percent', 'physical investment', 'decrease', None, None, LY, SI),
        ('190.9 million ounces', 1, 190.9e6, 'ounce', 'physical investment', 'decrease', None, None, LY, SI),
        ('39%', 1, 39, 'percent', 'U.S. coin and bar demand', 'decrease', None, None, LY, SI),
        ('19%', 1, 19, 'percent', 'European coin and bar demand', 'decrease', None, None, LY, SI),
        ('40%', 1, 40, 'percent', 'Indian bar demand', 'increase', None, None, LY, SI),
        ('61.6 million ounces', 1, 61.6e6, 'ounce', 'holdings of silver-backed exchange-traded products', 'increase', None, None, IY24, SI),
        ('1.12 billion ounces', 1, 1.12e9, 'ounce', 'holdings of silver-backed exchange-traded products', 'increase', None, None, IY24, SI),
        ('40 million', 1, 40e6, 'ounce', 'holdings of silver-backed exchange-traded products', 'increase', None, 'approximately', SJ, SI),
    ],
    'business_standard_style_ports_container_traffic.txt': [
        ('9.4%', 1, 9.4, 'percent', "major ports' container volumes", 'increase', None, None, ANH, None),
        ('9.4 per cent', 1, 9.4, 'percent', 'container traffic at major ports', 'increase', 'year_on_year', None, AN24, IPA),
        ('8.21 million twenty-foot equivalent units', 1, 8.21e6, 'count', 'container traffic at major ports', 'increase', None, None, AN24, IPA),
        ('4.3 per cent', 1, 4.3, 'percent', 'growth in overall cargo', 'decrease', 'year_on_year', None, AN24, IPA),
        ('541.9 million tonnes', 1, 541.9e6, 'tonne', 'cargo handled by major ports', None, None, None, F8, IPA),
        ('519.5 mt', 1, 519.5e6, 'tonne', 'cargo handled by major ports', None, None, None, YA, IPA),
        ('70.6 mt', 1, 70.6e6, 'tonne', 'throughput', None, None, None, BNOV, IPA),
        ('1.2 per cent', 1, 1.2, 'percent', 'throughput', 'decrease', 'month_on_month', None, BNOV, IPA),
        ('2.9 per cent', 1, 2.9, 'percent', 'throughput', 'increase', 'year_on_year', None, BNOV, IPA),
        ('4.62 million TEUs', 1, 4.62e6, 'count', 'container traffic at JNPA', None, None, None, DP, IPA),
        ('11.5 per cent', 1, 11.5, 'percent', 'container traffic at JNPA', 'increase', None, None, DP, IPA),
        ('half', 1, 0.5, 'fraction', "JNPA share of the major ports' container volume", None, None, 'more_than', DP, IPA),
        ('1.29 mn TEUs', 1, 1.29e6, 'count', 'container traffic at Chennai port', None, None, None, DP, IPA),
        ('0.55 mn TEUs', 1, 0.55e6, 'count', 'container traffic at V O Chidambaranar port', None, None, None, DP, IPA),
        ('5.38 million TEUs', 1, 5.38e6, 'count', 'container traffic at Mundra', None, None, None, AN, ADANI),
        ('14 per cent', 1, 14, 'percent', 'container traffic at Mundra', 'increase', 'year_on_year', None, AN, ADANI),
        ('137.6 mt', 1, 137.6e6, 'tonne', 'Mundra total cargo', 'increase', None, None, AN, ADANI),
        ('124.9 mt', 1, 124.9e6, 'tonne', 'Mundra total cargo', None, None, None, BYE, ADANI),
        ('29 per cent', 1, 29, 'percent', 'POL share of cargo at major ports', None, None, None, AN, IPA),
        ('21 per cent', 1, 21, 'percent', 'containers share of cargo at major ports', None, None, None, AN, IPA),
        ('17 per cent', 1, 17, 'percent', 'thermal coal share of cargo at major ports', None, None, None, AN, IPA),
        ('6.8 per cent', 1, 6.8, 'percent', 'iron ore and pellets', 'decrease', None, None, AN, IPA),
        ('41.2 mt', 1, 41.2e6, 'tonne', 'iron ore and pellets', 'decrease', None, None, AN, IPA),
        ('850', 1, 850e6, 'tonne', 'cargo handled by major ports', None, None, None, FY25, MOPSW),
        ('870 mt', 1, 870e6, 'tonne', 'cargo handled by major ports', None, None, None, FY25, MOPSW),
        ('819.2 mt', 1, 819.2e6, 'tonne', 'cargo handled by major ports', None, None, None, FY24I, MOPSW),
    ],
    'eu_energy_style_biogas_biomethane_production.txt': [
        ('6.4 bcm', 1, 6.4e9, 'cubic metre', 'EU biomethane production', None, None, None, Y25, None),
        ('21%', 1, 21, 'percent', 'EU biomethane production', 'increase', 'year_on_year', None, Y25, None),
        ('5.3 bcm', 1, 5.3e9, 'cubic metre', 'EU biomethane production', None, None, None, EY24, None),
        ('22.8 bcm', 1, 22.8e9, 'cubic metre', 'combined biogas and biomethane output', 'increase', None, 'approximately', Y25, None),
        ('2.0%', 1, 2.0, 'percent', 'biomethane share of EU natural gas demand', None, None, 'approximately', Y25, None),
        ('1.6%', 1, 1.6, 'percent', 'biomethane share of EU natural gas demand', None, None, None, EYE, None),
        ('1.5 bcm', 1, 1.5e9, 'cubic metre', 'biomethane production in Germany', None, None, None, None, None),
        ('1.3 bcm', 1, 1.3e9, 'cubic metre', 'biomethane production in France', None, None, None, None, None),
        ('0.9 bcm', 1, 0.9e9, 'cubic metre', 'biomethane production in Denmark', None, None, None, None, None),
        ('0.8 bcm', 1, 0.8e9, 'cubic metre', 'biomethane production in Italy', None, None, None, None, None),
        ('two thirds', 1, 0.6667, 'fraction', 'Germany, France, Denmark and Italy share of EU output', None, None, 'more_than', None, None),
        ('41%', 1, 41, 'percent', 'biomethane share of national gas consumption in Denmark', None, None, None, None, None),
        ('1,548', 1, 1548, 'count', 'biomethane plants in operation', None, None, None, E24, None),
        ('1,834', 1, 1834, 'count', 'biomethane plants in operation', 'increase', None, None, E25, None),
        ('8.1 bcm', 1, 8.1e9, 'cubic metre', 'combined annual production capacity of biomethane plants', None, None, None, E25, None),
        ('132', 1, 132, 'count', 'biomethane plants in France', 'increase', None, None, D25, None),
        ('71 plants', 1, 71, 'count', 'biomethane plants in Italy', 'increase', None, None, D25, None),
        ('1.8 bcm', 1, 1.8e9, 'cubic metre', 'biomethane output', None, None, None, Q126, None),
        ('15%', 1, 15, 'percent', 'biomethane output', 'increase', 'year_on_year', None, Q126, None),
        ('17 TWh', 1, 17, 'terawatt hour', 'grid injections', None, None, 'approximately', Q126, None),
        ('11 bcm', 1, 11e9, 'cubic metre', 'annual biomethane production capacity', 'increase', None, None, B27, EBA),
        ('13 bcm', 1, 13e9, 'cubic metre', 'annual biomethane production capacity', 'increase', None, None, B27, EBA),
        ('35 bcm', 1, 35e9, 'cubic metre', 'REPowerEU target for biomethane production', None, None, None, B30, None),
    ],
    'nbs_style_telecom_services_revenue.txt': [
        ('1,459.3 billion yuan', 1, 1459.3e9, 'CNY', 'telecommunications business revenue', None, None, None, F10Y, MIIT),
        ('2.6 percent', 1, 2.6, 'percent', 'telecommunications business revenue', 'increase', 'year_on_year', None, F10Y, MIIT),
        ('10.2 percent', 1, 10.2, 'percent', 'total volume of telecom business', 'increase', 'year_on_year', None, F10Y, MIIT),
        ('216.8 billion yuan', 1, 216.8e9, 'CNY', 'fixed-line Internet broadband business revenue', None, None, None, F10, MIIT),
        ('3.9 percent', 1, 3.9, 'percent', 'fixed-line Internet broadband business revenue', 'increase', 'year_on_year', None, F10, MIIT),
        ('525.1 billion yuan', 1, 525.1e9, 'CNY', 'mobile data traffic business revenue', None, None, None, F10, MIIT),
        ('1.7 percent', 1, 1.7, 'percent', 'mobile data traffic business revenue', 'decrease', 'year_on_year', None, F10, MIIT),
        ('350.6 billion yuan', 1, 350.6e9, 'CNY', 'revenue of emerging businesses', None, None, None, F10, MIIT),
        ('10.5 percent', 1, 10.5, 'percent', 'revenue of emerging businesses', 'increase', 'year_on_year', None, F10, MIIT),
        ('24.0 percent', 1, 24.0, 'percent', 'emerging businesses share of telecom business revenue', None, None, None, F10, MIIT),
        ('2.4 percentage points', 1, 2.4, 'percentage_point', 'emerging businesses contribution to telecom business revenue growth', 'increase', 'year_on_year', None, F10, MIIT),
        ('4.142 million', 1, 4.142e6, 'count', '5G base stations', None, None, None, EOO, MIIT),
        ('763,000', 1, 763000, 'count', '5G base stations', 'increase', None, None, OEL, MIIT),
        ('33.2 percent', 1, 33.2, 'percent', '5G base stations share of all mobile base stations', None, None, None, EOO, MIIT),
        ('4.1 percentage points', 1, 4.1, 'percentage_point', '5G base stations share of all mobile base stations', 'increase', None, None, AEL, MIIT),
        ('2,830 billion GB', 1, 2830e9, 'gigabyte', 'mobile Internet access traffic', None, None, None, JO, MIIT),
        ('11.3 percent', 1, 11.3, 'percent', 'mobile Internet access traffic', 'increase', 'year_on_year', None, JO, MIIT),
        ('19.82 GB', 1, 19.82, 'gigabyte', 'average monthly mobile Internet access traffic per user', None, None, None, NOCT, MIIT),
        ('8.9 percent', 1, 8.9, 'percent', 'average monthly mobile Internet access traffic per user', 'increase', 'year_on_year', None, NOCT, MIIT),
        ('0.45 GB', 1, 0.45, 'gigabyte', 'average monthly mobile Internet access traffic per user', 'increase', 'month_on_month', None, NOCT, MIIT),
        ('2.1 percent', 1, 2.1, 'percent', 'telecom business revenue in the eastern region', 'increase', None, None, None, MIIT),
        ('3.0 percent', 1, 3.0, 'percent', 'telecom business revenue in the central region', 'increase', None, None, None, MIIT),
        ('3.8 percent', 1, 3.8, 'percent', 'telecom business revenue in the western region', 'increase', None, None, None, MIIT),
        ('1.4 percent', 1, 1.4, 'percent', 'telecom business revenue in the northeastern region', 'increase', None, None, None, MIIT),
        ('22.7 percent', 1, 22.7, 'percent', 'western region share of national telecom business revenue', 'increase', None, None, None, MIIT),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
