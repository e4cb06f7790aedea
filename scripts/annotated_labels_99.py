# ruff: noqa: E501, RUF001
"""Write corpus/annotated_99/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(1 for the first; occurrences inside a longer number are skipped); `gold_labels.write_gold`
computes and checks the offsets.

usage: python scripts/annotated_labels_99.py corpus/annotated_99
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
STC = "Statistics Canada"
CBE = "Central Bank of Egypt"
CAPMAS = "Central Agency for Public Mobilization and Statistics"
REU = "Reuters"
TOL = "Toll Brothers"
METI = "Ministry of Economy, Trade and Industry"
SSA = "Statistics South Africa"
SARB = "South African Reserve Bank"
TE = "Trading Economics"
USDA = "U.S. Department of Agriculture"
CME = "CME Group"
ACMA = "Automotive Component Manufacturers Association of India"
RTE = "Réseau de Transport d'Électricité"
EDF = "Électricité de France"
NBS = "National Bureau of Statistics"
YOY, MOM, QOQ, POP = "year_on_year", "month_on_month", "quarter_on_quarter", "period_on_period"

# 9901 ONS construction output (ref Friday 2025-12-12)
O25 = per("in October 2025", 2025, 10)
SEP = per("in September", 2025, 9)
T3 = P("In the three months to October 2025", "2025-08-01", "2025-10-31")
INM = per("in the month", 2025, 10)
IOCT = per("In October", 2025, 10)
Q3R = Q("in Quarter 3 (July to Sept) 2025", 2025, 3)
# 9902 Reuters 1987 (ref Tuesday 1987-03-24)
JAN = per("in January", 1987, 1)
DEC = per("in December", 1986, 12)
# 9903 Reuters 2025 (ref Thursday 2025-12-25)
ENOV = per("in November", 2025, 11)
EOCT = per("in October", 2025, 10)
# 9904 CNBC (ref Monday 2025-12-08; Toll Brothers' fiscal fourth quarter ended Oct. 31)
FQ4A = P("Fourth-quarter", "2025-08-01", "2025-10-31")
INQ = P("In the quarter", "2025-08-01", "2025-10-31")
INQL = P("in the quarter", "2025-08-01", "2025-10-31")
IFQ = P("in the fourth quarter", "2025-08-01", "2025-10-31")
QE = P("at quarter-end", "2025-10-31", "2025-10-31")
FY26 = P("For fiscal 2026", "2025-11-01", "2026-10-31")
FY25 = P("For all of fiscal 2025", "2024-11-01", "2025-10-31")
# 9905 MT Newswires (ref 2025-11-27)
JOCT = per("in October", 2025, 10)
# 9906 Trading Economics (ref Wednesday 2025-12-17)
N25 = per("in November 2025", 2025, 11)
TOCT = per("in October", 2025, 10)
TNOV = per("in November", 2025, 11)
# 9907 Investing.com (ref Monday 2026-01-26)
ET = P("By 12:25 ET", None, None)
EOD = P("at the end of December", "2025-12-31", "2025-12-31")
LW = P("last week", "2026-01-19", "2026-01-25")
# 9908 Business Standard (ref Wednesday 2025-12-10)
H1 = P("in H1FY26", "2025-04-01", "2025-09-30")
FH = P("in the first half of 2025-26 (H1FY26)", "2025-04-01", "2025-09-30")
DAS = P("during April-September", "2025-04-01", "2025-09-30")
SIX = P("in the six months", "2025-04-01", "2025-09-30")
BFY26 = P("in FY26", "2025-04-01", "2026-03-31")
# 9909 DG ENER (ref Monday 2026-04-20)
Y25 = Y("In 2025", 2025)
Y25L = Y("in 2025", 2025)
Q425 = Q("In the fourth quarter of 2025", 2025, 4)
FINQ = Q("in the quarter", 2025, 4)
# 9910 NBS (ref Tuesday 2025-07-15)
Q2 = Q("in the second quarter of 2025", 2025, 2)
Q2S = Q("In the second quarter", 2025, 2)
H1Y = P("In the first half of the year", "2025-01-01", "2025-06-30")
Q1R = Q("for the first quarter of 2025", 2025, 1)

CUR = "capacity utilization rate of "

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_uk_construction_pmi_output.txt': [
        ('0.8%', 1, 0.8, 'percent', 'monthly construction output', 'decrease', MOM, None, O25, None),
        ('0.1%', 1, 0.1, 'percent', 'monthly construction output', 'increase', MOM, None, SEP, None),
        ('0.3%', 1, 0.3, 'percent', 'monthly construction output', 'decrease', MOM, None, SEP, None),
        ('0.4%', 1, 0.4, 'percent', 'construction output', 'decrease', POP, None, T3, None),
        ('£15,872 million', 1, 15872e6, 'GBP', 'total construction output', None, None, None, O25, None),
        ('£117 million', 1, 117e6, 'GBP', 'total construction output', 'decrease', YOY, None, O25, None),
        ('£96 million', 1, 96e6, 'GBP', 'new housing output', 'decrease', MOM, None, O25, ONS),
        ('2.6%', 1, 2.6, 'percent', 'new housing output', 'decrease', MOM, None, O25, ONS),
        ('£3,611 million', 1, 3611e6, 'GBP', 'new housing output', 'decrease', None, None, O25, ONS),
        ('2.9%', 1, 2.9, 'percent', 'private new housing output', 'decrease', MOM, None, O25, ONS),
        ('0.7%', 1, 0.7, 'percent', 'public new housing output', 'decrease', MOM, None, O25, ONS),
        ('£41 million', 1, 41e6, 'GBP', 'infrastructure output', 'increase', MOM, None, INM, ONS),
        ('1.4%', 1, 1.4, 'percent', 'infrastructure output', 'increase', MOM, None, INM, ONS),
        ('£12 million', 1, 12e6, 'GBP', 'private industrial work', 'increase', MOM, None, INM, ONS),
        ('1.1%', 1, 1.1, 'percent', 'repair and maintenance', 'decrease', MOM, None, IOCT, ONS),
        ('£6,705 million', 1, 6705e6, 'GBP', 'repair and maintenance', 'decrease', None, None, IOCT, ONS),
        ('1.8%', 1, 1.8, 'percent', 'housing repair and maintenance', 'decrease', MOM, None, IOCT, ONS),
        ('0.6%', 1, 0.6, 'percent', 'non-housing repair and maintenance', 'decrease', MOM, None, IOCT, ONS),
        ('0.2%', 1, 0.2, 'percent', 'new work', 'decrease', POP, None, T3, ONS),
        ('0.7%', 2, 0.7, 'percent', 'repair and maintenance', 'decrease', POP, None, T3, ONS),
        ('Five', 1, 5, 'count', 'sectors reporting growth', None, None, None, T3, ONS),
        ('2.3%', 1, 2.3, 'percent', 'infrastructure', 'increase', POP, None, T3, ONS),
        ('3.1%', 1, 3.1, 'percent', 'private commercial new work', 'decrease', POP, None, T3, ONS),
        ('0.1%', 2, 0.1, 'percent', 'construction output', 'increase', QOQ, None, Q3R, ONS),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'construction output growth revision', 'increase', None, None, Q3R, ONS),
        ('0.1', 3, 0.1, 'percentage_point', 'monthly growth rate revision', None, None, None, P('for July and August 2025', '2025-07-01', '2025-08-31'), ONS),
        ('0.3 percentage points', 1, 0.3, 'percentage_point', 'monthly growth rate revision', None, None, None, P('for July and August 2025', '2025-07-01', '2025-08-31'), ONS),
    ],
    'wire_1987_canada_wholesale_trade.txt': [
        ('2.1 PCT', 1, 2.1, 'percent', 'Canadian wholesale sales', 'increase', None, None, per('IN JANUARY', 1987, 1), None),
        ('2.1 pct', 1, 2.1, 'percent', "Canadian wholesale merchants' sales", 'increase', MOM, None, JAN, STC),
        ('13.86 billion dlrs', 1, 13.86e9, 'CAD', "Canadian wholesale merchants' sales", 'increase', None, None, JAN, STC),
        ('0.9 pct', 1, 0.9, 'percent', "Canadian wholesale merchants' sales", 'increase', None, None, per('December', 1986, 12), STC),
        ('1.2 pct', 1, 1.2, 'percent', "Canadian wholesale merchants' sales", 'increase', None, None, per('December', 1986, 12), STC),
        ('6.4 pct', 1, 6.4, 'percent', 'sales', 'increase', YOY, None, JAN, STC),
        ('11.92 billion dlrs', 1, 11.92e9, 'CAD', 'sales before seasonal adjustment', None, None, None, JAN, STC),
        ('11.15 billion', 1, 11.15e9, 'CAD', 'sales before seasonal adjustment', None, None, None, per('in January 1986', 1986, 1), STC),
        ('5.8 pct', 1, 5.8, 'percent', 'sales of motor vehicles and parts', 'increase', None, None, JAN, STC),
        ('3.4 pct', 1, 3.4, 'percent', 'sales of food products', 'increase', None, None, JAN, STC),
        ('2.9 pct', 1, 2.9, 'percent', 'sales of lumber and building materials', 'increase', None, None, JAN, STC),
        ('1.3 pct', 1, 1.3, 'percent', 'machinery and equipment sales', 'decrease', None, None, JAN, STC),
        ('4.0 pct', 1, 4.0, 'percent', 'sales of farm products', 'decrease', None, None, JAN, STC),
        ('0.7 pct', 1, 0.7, 'percent', 'wholesale inventories', 'increase', MOM, None, JAN, STC),
        ('17.47 billion dlrs', 1, 17.47e9, 'CAD', 'wholesale inventories', 'increase', None, None, JAN, STC),
        ('0.3 pct', 1, 0.3, 'percent', 'wholesale inventories', 'decrease', MOM, None, DEC, STC),
        ('0.5 pct', 1, 0.5, 'percent', 'wholesale inventories', 'decrease', MOM, None, per('in November', 1986, 11), STC),
        ('1.26', 1, 1.26, 'times', 'ratio of inventories to sales', 'decrease', None, None, JAN, STC),
        ('1.28', 1, 1.28, 'times', 'ratio of inventories to sales', None, None, None, DEC, STC),
        ('3.1 pct', 1, 3.1, 'percent', 'inventories', 'increase', YOY, None, JAN, STC),
        ('1.9 pct', 1, 1.9, 'percent', 'sales', 'increase', POP, None, P('in the three months to January', '1986-11-01', '1987-01-31'), STC),
    ],
    'wire_2025_egypt_rate_decision.txt': [
        ('100 bps', 1, 100, 'basis_point', 'key rates', 'decrease', None, None, None, None),
        ('100 basis points', 1, 100, 'basis_point', 'key interest rates', 'decrease', None, None, P('on Thursday', '2025-12-25', '2025-12-25'), CBE),
        ('20.00%', 1, 20.00, 'percent', 'overnight deposit rate', 'decrease', None, None, None, CBE),
        ('21.00%', 1, 21.00, 'percent', 'overnight lending rate', 'decrease', None, None, None, CBE),
        ('20.50%', 1, 20.50, 'percent', 'main operation and discount rates', 'decrease', None, None, None, CBE),
        ('Nine', 1, 9, 'count', 'analysts forecasting a cut of 100 basis points', None, None, None, None, REU),
        ('14', 1, 14, 'count', 'analysts polled by Reuters', None, None, None, None, REU),
        ('100 basis points', 2, 100, 'basis_point', 'rate cut', 'decrease', None, None, None, REU),
        ('three', 1, 3, 'count', 'analysts expecting the bank to stand pat', None, None, None, None, REU),
        ('two', 1, 2, 'count', 'analysts seeing a bigger reduction', None, None, None, None, REU),
        ('200 basis-point', 1, 200, 'basis_point', 'rate reduction', 'decrease', None, None, None, REU),
        ('725 basis points', 1, 725, 'basis_point', 'cumulative rate cuts', 'decrease', None, None, P('since April', '2025-04-01', '2025-12-25'), CBE),
        ('1,900 basis points', 1, 1900, 'basis_point', 'rate hikes', 'increase', None, None, P('between March 2022 and March 2024', '2022-03-01', '2024-03-31'), CBE),
        ('12.3%', 1, 12.3, 'percent', 'annual urban consumer price inflation', 'decrease', YOY, None, ENOV, CAPMAS),
        ('12.5%', 1, 12.5, 'percent', 'annual urban consumer price inflation', None, YOY, None, EOCT, CAPMAS),
        ('38.0%', 1, 38.0, 'percent', 'urban inflation record high', None, YOY, None, per('in September 2023', 2023, 9), CAPMAS),
        ('12.1%', 1, 12.1, 'percent', 'core inflation', 'decrease', YOY, None, ENOV, CBE),
        ('12.4%', 1, 12.4, 'percent', 'core inflation', None, YOY, None, EOCT, CBE),
        ('14%', 1, 14, 'percent', 'inflation', None, None, 'approximately', Y('in 2025', 2025), CBE),
        ('10%', 1, 10, 'percent', 'inflation', None, None, None, Y('in 2026', 2026), CBE),
        ('12%', 1, 12, 'percent', 'inflation', None, None, None, Y('in 2026', 2026), CBE),
        ('7%', 1, 7, 'percent', 'inflation target', None, None, None, Q('for the fourth quarter of 2026', 2026, 4), CBE),
        ('2 percentage points', 1, 2, 'percentage_point', 'tolerance band', None, None, None, Q('for the fourth quarter of 2026', 2026, 4), CBE),
        ('47.55', 1, 47.55, 'EGP', 'Egyptian pound', None, None, None, None, CBE),
    ],
    'cnbc_style_home_builder_earnings_fiscal.txt': [
        ('3%', 1, 3, 'percent', 'Toll Brothers shares', 'decrease', None, 'more_than', P('Monday', '2025-12-08', '2025-12-08'), TOL),
        ('$4.58', 1, 4.58, 'USD', 'earnings per share', None, None, None, None, TOL),
        ('$4.36', 1, 4.36, 'USD', 'earnings per share', None, None, None, None, None),
        ('$3.29 billion', 1, 3.29e9, 'USD', 'home sales revenue', None, None, None, None, TOL),
        ('$3.34 billion', 1, 3.34e9, 'USD', 'home sales revenue', None, None, None, None, None),
        ('$452.6 million', 1, 452.6e6, 'USD', 'net income', 'decrease', None, None, FQ4A, TOL),
        ('$4.58', 2, 4.58, 'USD', 'earnings per share', 'decrease', None, None, FQ4A, TOL),
        ('$475.4 million', 1, 475.4e6, 'USD', 'net income', None, None, None, P('in the same quarter a year earlier', '2024-08-01', '2024-10-31'), TOL),
        ('$4.63', 1, 4.63, 'USD', 'earnings per share', None, None, None, P('in the same quarter a year earlier', '2024-08-01', '2024-10-31'), TOL),
        ('2%', 1, 2, 'percent', 'home sales revenue', 'decrease', YOY, None, INQ, TOL),
        ('3,384 homes', 1, 3384, 'count', 'homes delivered', None, None, None, INQ, TOL),
        ('3%', 2, 3, 'percent', 'homes delivered', 'decrease', YOY, None, INQ, TOL),
        ('$972,000', 1, 972000, 'USD', 'average price of homes delivered', None, None, 'approximately', INQ, TOL),
        ('6%', 1, 6, 'percent', 'net signed contracts', 'increase', YOY, None, IFQ, TOL),
        ('2,412 units', 1, 2412, 'count', 'net signed contracts', 'increase', None, None, IFQ, TOL),
        ('$2.37 billion', 1, 2.37e9, 'USD', 'value of net signed contracts', None, None, None, IFQ, TOL),
        ('4,986 homes', 1, 4986, 'count', 'backlog', None, None, None, QE, TOL),
        ('$5.56 billion', 1, 5.56e9, 'USD', 'backlog value', None, None, None, QE, TOL),
        ('12%', 1, 12, 'percent', 'backlog', 'decrease', YOY, None, QE, TOL),
        ('14%', 1, 14, 'percent', 'backlog value', 'decrease', YOY, None, QE, TOL),
        ('26.8%', 1, 26.8, 'percent', 'adjusted gross margin', None, None, None, INQL, TOL),
        ('27.9%', 1, 27.9, 'percent', 'adjusted gross margin', None, None, None, P('in the fourth quarter of fiscal 2024', '2024-08-01', '2024-10-31'), TOL),
        ('27.0%', 1, 27.0, 'percent', 'adjusted gross margin', None, None, None, INQL, TOL),
        ('10,300', 1, 10300, 'count', 'home deliveries', None, None, None, FY26, TOL),
        ('10,700 homes', 1, 10700, 'count', 'home deliveries', None, None, None, FY26, TOL),
        ('11,000', 1, 11000, 'count', 'home deliveries', None, None, 'approximately', FY26, None),
        ('$970,000', 1, 970000, 'USD', 'average price', None, None, None, FY26, TOL),
        ('$990,000', 1, 990000, 'USD', 'average price', None, None, None, FY26, TOL),
        ('26.5%', 1, 26.5, 'percent', 'adjusted gross margin', None, None, 'approximately', FY26, TOL),
        ('11,292 homes', 1, 11292, 'count', 'deliveries', None, None, None, FY25, TOL),
        ('3%', 3, 3, 'percent', 'deliveries', 'increase', YOY, None, FY25, TOL),
    ],
    'mt_newswires_japan_retail_sales.txt': [
        ('1.7%', 1, 1.7, 'percent', "Japan's retail sales", 'increase', None, None, JOCT, None),
        ('1.7%', 2, 1.7, 'percent', "Japan's retail sales", 'increase', YOY, None, JOCT, METI),
        ('0.2%', 1, 0.2, 'percent', "Japan's retail sales", 'increase', YOY, None, per('in September', 2025, 9), METI),
        ('1.0%', 1, 1.0, 'percent', 'retail sales', 'increase', None, None, JOCT, REU),
        ('13.74 trillion yen', 1, 13.74e12, 'JPY', 'retail sales', None, None, None, per('in the month', 2025, 10), METI),
        ('1.6%', 1, 1.6, 'percent', 'seasonally adjusted sales', 'increase', MOM, None, per('in the month', 2025, 10), METI),
        ('0.4%', 1, 0.4, 'percent', 'seasonally adjusted sales', 'decrease', MOM, None, per('the prior month', 2025, 9), METI),
        ('3.2%', 1, 3.2, 'percent', 'sales at department stores', 'increase', YOY, None, None, METI),
        ('2.8%', 1, 2.8, 'percent', 'supermarket sales', 'increase', YOY, None, None, METI),
        ('1.9%', 1, 1.9, 'percent', 'convenience store sales', 'increase', YOY, None, None, METI),
        ('6.5%', 1, 6.5, 'percent', 'drugstore sales', 'increase', YOY, None, None, METI),
        ('7.4%', 1, 7.4, 'percent', 'sales of fuel retailers', 'decrease', YOY, None, None, METI),
        ('2.6%', 1, 2.6, 'percent', 'sales at large retailers', 'increase', YOY, None, JOCT, METI),
        ('1.78 trillion yen', 1, 1.78e12, 'JPY', 'sales at large retailers', 'increase', None, None, JOCT, METI),
        ('2.3%', 1, 2.3, 'percent', 'retail sales', 'increase', YOY, None, P('For the first ten months of 2025', '2025-01-01', '2025-10-31'), METI),
        ('2.9%', 1, 2.9, 'percent', 'retail sales', 'increase', YOY, None, P('In fiscal 2024', '2024-04-01', '2025-03-31'), METI),
        ('167.2 trillion yen', 1, 167.2e12, 'JPY', 'retail sales', 'increase', None, None, P('In fiscal 2024', '2024-04-01', '2025-03-31'), METI),
    ],
    'trading_economics_style_south_africa_inflation.txt': [
        ('3.5%', 1, 3.5, 'percent', 'annual inflation rate in South Africa', 'decrease', YOY, None, N25, SSA),
        ('3.6%', 1, 3.6, 'percent', 'annual inflation rate in South Africa', None, YOY, None, TOCT, SSA),
        ('3.7%', 1, 3.7, 'percent', 'annual inflation rate in South Africa', None, YOY, None, N25, None),
        ('4.2%', 1, 4.2, 'percent', 'prices of food & non-alcoholic beverages', 'increase', YOY, None, N25, SSA),
        ('4.4%', 1, 4.4, 'percent', 'prices of food & non-alcoholic beverages', None, YOY, None, TOCT, SSA),
        ('4.5%', 1, 4.5, 'percent', 'prices of housing & utilities', 'increase', YOY, None, N25, SSA),
        ('4.6%', 1, 4.6, 'percent', 'prices of housing & utilities', None, YOY, None, TOCT, SSA),
        ('0.9%', 1, 0.9, 'percent', 'prices of transport', 'increase', YOY, None, N25, SSA),
        ('1.4%', 1, 1.4, 'percent', 'prices of transport', None, YOY, None, TOCT, SSA),
        ('6.1%', 1, 6.1, 'percent', 'prices of miscellaneous goods & services', 'increase', YOY, None, N25, SSA),
        ('5.8%', 1, 5.8, 'percent', 'prices of miscellaneous goods & services', None, YOY, None, TOCT, SSA),
        ('3.1%', 1, 3.1, 'percent', 'annual core inflation', None, YOY, None, TNOV, SSA),
        ('0.1%', 1, 0.1, 'percent', 'CPI', 'increase', MOM, None, TNOV, SSA),
        ('0.2%', 1, 0.2, 'percent', 'CPI', 'increase', MOM, None, TOCT, SSA),
        ('3%', 1, 3, 'percent', 'inflation target range', None, None, None, None, SARB),
        ('6%', 1, 6, 'percent', 'inflation target range', None, None, None, None, SARB),
        ('3%', 2, 3, 'percent', 'inflation target', None, None, None, None, SARB),
        ('1 percentage point', 1, 1, 'percentage_point', 'tolerance band', None, None, None, None, SARB),
        ('5.31 percent', 1, 5.31, 'percent', 'Inflation Rate in South Africa average', None, None, None, P('from 2003 until 2025', '2003-01-01', '2025-12-31'), SSA),
        ('13.70 percent', 1, 13.70, 'percent', 'Inflation Rate in South Africa all time high', None, None, None, per('in August of 2008', 2008, 8), SSA),
        ('0.50 percent', 1, 0.50, 'percent', 'Inflation Rate in South Africa record low', None, None, None, per('in June of 2004', 2004, 6), SSA),
        ('3.60 percent', 1, 3.60, 'percent', 'annual inflation rate in South Africa', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('3.40 percent', 1, 3.40, 'percent', 'South Africa Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('3.30 percent', 1, 3.30, 'percent', 'South Africa Inflation Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_lean_hogs_cattle_usda.txt': [
        ('1.45 cents', 1, 0.0145, 'USD', 'CME April lean hogs', 'increase', None, None, ET, None),
        ('1.6%', 1, 1.6, 'percent', 'CME April lean hogs', 'increase', None, None, ET, None),
        ('94.300 cents', 1, 0.943, 'USD', 'CME April lean hogs', 'increase', None, None, ET, None),
        ('1.1%', 1, 1.1, 'percent', 'February hogs', 'increase', None, None, ET, None),
        ('88.650 cents', 1, 0.8865, 'USD', 'February hogs', 'increase', None, None, ET, None),
        ('0.825 cent', 1, 0.00825, 'USD', 'April live cattle', 'decrease', None, None, ET, None),
        ('234.175 cents', 1, 2.34175, 'USD', 'April live cattle', 'decrease', None, None, ET, None),
        ('0.7%', 1, 0.7, 'percent', 'March feeder cattle', 'decrease', None, None, ET, None),
        ('372.4 million pounds', 1, 372.4e6, 'pound-mass', 'frozen pork supplies', None, None, None, EOD, USDA),
        ('6%', 1, 6, 'percent', 'frozen pork supplies', 'decrease', MOM, None, EOD, USDA),
        ('11%', 1, 11, 'percent', 'frozen pork supplies', 'decrease', YOY, None, EOD, USDA),
        ('389 million pounds', 1, 389e6, 'pound-mass', 'frozen pork supplies', None, None, None, EOD, None),
        ('378 million', 1, 378e6, 'pound-mass', 'frozen pork supplies', None, None, None, EOD, None),
        ('401 million', 1, 401e6, 'pound-mass', 'frozen pork supplies', None, None, None, EOD, None),
        ('11.8 million pounds', 1, 11.8e6, 'pound-mass', 'pork belly stocks', 'decrease', None, None, EOD, USDA),
        ('448.1 million pounds', 1, 448.1e6, 'pound-mass', 'total beef in freezers', None, None, None, P('at end-December', '2025-12-31', '2025-12-31'), USDA),
        ('2%', 1, 2, 'percent', 'total beef in freezers', 'increase', MOM, None, P('at end-December', '2025-12-31', '2025-12-31'), USDA),
        ('8%', 1, 8, 'percent', 'total beef in freezers', 'decrease', YOY, None, P('at end-December', '2025-12-31', '2025-12-31'), USDA),
        ('2.47 million head', 1, 2.47e6, 'count', 'federally inspected hog slaughter', None, None, None, LW, USDA),
        ('2.52 million', 1, 2.52e6, 'count', 'federally inspected hog slaughter', None, None, None, P('a week earlier', '2026-01-12', '2026-01-18'), USDA),
        ('536,000 head', 1, 536000, 'count', 'cattle slaughter', None, None, None, LW, USDA),
        ('0.61', 1, 0.61, 'index_point', 'CME Lean Hog Index', 'increase', None, None, P('as of Jan. 22', '2026-01-22', '2026-01-22'), CME),
        ('89.44', 1, 89.44, 'index_point', 'CME Lean Hog Index', 'increase', None, None, P('as of Jan. 22', '2026-01-22', '2026-01-22'), CME),
    ],
    'business_standard_style_auto_component_industry_results.txt': [
        ('7.4%', 1, 7.4, 'percent', 'auto parts industry turnover', 'increase', None, None, H1, None),
        ('₹3.61 trn', 1, 3.61e12, 'INR', 'auto parts industry turnover', 'increase', None, None, H1, None),
        ('18%', 1, 18, 'percent', 'imports from China', 'increase', None, None, H1, None),
        ('7.4 per cent', 1, 7.4, 'percent', "auto component industry's turnover", 'increase', YOY, None, FH, ACMA),
        ('₹3.61 trillion', 1, 3.61e12, 'INR', "auto component industry's turnover", 'increase', None, None, FH, ACMA),
        ('$40.8 billion', 1, 40.8e9, 'USD', "auto component industry's turnover", 'increase', None, None, FH, ACMA),
        ('₹3.36 trillion', 1, 3.36e12, 'INR', "auto component industry's turnover", None, None, None, P('in the year-ago period', '2024-04-01', '2024-09-30'), ACMA),
        ('8.1 per cent', 1, 8.1, 'percent', 'component exports', 'increase', YOY, None, DAS, ACMA),
        ('$11.9 billion', 1, 11.9e9, 'USD', 'component exports', 'increase', None, None, DAS, ACMA),
        ('11.6 per cent', 1, 11.6, 'percent', 'imports', 'increase', YOY, None, DAS, ACMA),
        ('$11.6 billion', 1, 11.6e9, 'USD', 'imports', 'increase', None, None, DAS, ACMA),
        ('$0.3 billion', 1, 0.3e9, 'USD', 'trade surplus', 'decrease', None, None, DAS, ACMA),
        ('0.7 billion', 1, 0.7e9, 'USD', 'trade surplus', None, None, None, P('in H1FY25', '2024-04-01', '2024-09-30'), ACMA),
        ('$3.5 billion', 1, 3.5e9, 'USD', 'imports from China', None, None, None, SIX, ACMA),
        ('1.4 billion', 1, 1.4e9, 'USD', 'imports from Germany', None, None, None, SIX, ACMA),
        ('1.2 billion', 1, 1.2e9, 'USD', 'imports from Japan', None, None, None, SIX, ACMA),
        ('18 per cent', 1, 18, 'percent', 'imports from China', 'increase', YOY, None, SIX, ACMA),
        ('30 per cent', 1, 30, 'percent', 'China share of imports', None, None, 'approximately', SIX, ACMA),
        ('34 per cent', 1, 34, 'percent', 'Europe share of exports', None, None, None, None, ACMA),
        ('29 per cent', 1, 29, 'percent', 'North America share of exports', None, None, None, None, ACMA),
        ('25 per cent', 1, 25, 'percent', 'Asia share of exports', None, None, None, None, ACMA),
        ('7.9 per cent', 1, 7.9, 'percent', 'supplies to original equipment manufacturers (OEMs)', 'increase', None, None, H1, ACMA),
        ('₹3.08 trillion', 1, 3.08e12, 'INR', 'supplies to original equipment manufacturers (OEMs)', 'increase', None, None, H1, ACMA),
        ('6.2 per cent', 1, 6.2, 'percent', 'aftermarket sales', 'increase', None, None, H1, ACMA),
        ('₹51,300 crore', 1, 5.13e11, 'INR', 'aftermarket sales', 'increase', None, None, H1, ACMA),
        ('6 per cent', 1, 6, 'percent', 'electric vehicle parts share of OEM supplies', None, None, 'approximately', H1, ACMA),
        ('4 per cent', 1, 4, 'percent', 'electric vehicle parts share of OEM supplies', None, None, None, P('a year ago', '2024-04-01', '2024-09-30'), ACMA),
        ('8', 1, 8, 'percent', 'auto component industry', 'increase', None, None, BFY26, ACMA),
        ('10 per cent', 1, 10, 'percent', 'auto component industry', 'increase', None, None, BFY26, ACMA),
        ('₹25,000 crore', 1, 2.5e11, 'INR', 'investments in localisation', None, None, 'approximately', P('across FY26 and FY27', '2025-04-01', '2027-03-31'), ACMA),
    ],
    'eu_energy_style_hydro_nuclear_france_output.txt': [
        ('373 TWh', 1, 373, 'terawatt hour', 'generation of French nuclear power plants', None, None, None, Y25, None),
        ('12 TWh', 1, 12, 'terawatt hour', 'generation of French nuclear power plants', 'increase', YOY, None, Y25, None),
        ('3.3%', 1, 3.3, 'percent', 'generation of French nuclear power plants', 'increase', YOY, None, Y25, None),
        ('279 TWh', 1, 279, 'terawatt hour', 'French nuclear generation low', 'decrease', None, None, Y('in 2022', 2022), None),
        ('66 TWh', 1, 66, 'terawatt hour', 'hydropower output', None, None, None, Y25, None),
        ('11%', 1, 11, 'percent', 'hydropower output', 'decrease', YOY, None, Y25, None),
        ('58 TWh', 1, 58, 'terawatt hour', 'hydropower output average', None, None, None, P('2015-2024', '2015-01-01', '2024-12-31'), None),
        ('96 TWh', 1, 96, 'terawatt hour', 'nuclear generation', None, None, None, Q425, None),
        ('93 TWh', 1, 93, 'terawatt hour', 'nuclear generation', None, None, None, Q('Q4-2024', 2024, 4), None),
        ('18%', 1, 18, 'percent', 'hydro output', 'decrease', YOY, None, Q425, None),
        ('13.5 TWh', 1, 13.5, 'terawatt hour', 'hydro output', 'decrease', None, None, Q425, None),
        ('48.2 GW', 1, 48.2, 'gigawatt', 'average available nuclear capacity', None, None, None, FINQ, None),
        ('46.9 GW', 1, 46.9, 'gigawatt', 'average available nuclear capacity', None, None, None, Q('a year earlier', 2024, 4), None),
        ('63 GW', 1, 63, 'gigawatt', 'installed nuclear fleet', None, None, None, FINQ, None),
        ('92 TWh', 1, 92, 'terawatt hour', "France's net electricity exports", 'increase', None, None, Y25L, RTE),
        ('89 TWh', 1, 89, 'terawatt hour', "France's net electricity exports", None, None, None, Y('in 2024', 2024), RTE),
        ('23 TWh', 1, 23, 'terawatt hour', 'exports to Italy', None, None, 'approximately', Y25L, RTE),
        ('83%', 1, 83, 'percent', 'nuclear and hydro share of French electricity generation', None, None, 'approximately', Y25L, RTE),
        ('61 €/MWh', 1, 61, 'EUR', 'French baseload day-ahead prices', None, None, None, Y25L, RTE),
        ('a quarter', 1, 0.25, 'fraction', 'French baseload day-ahead prices relative to German prices', 'decrease', None, 'approximately', Y25L, RTE),
        ('350', 1, 350, 'terawatt hour', 'nuclear output', None, None, None, Y('For 2026', 2026), EDF),
        ('370 TWh', 1, 370, 'terawatt hour', 'nuclear output', None, None, None, Y('For 2026', 2026), EDF),
    ],
    'nbs_style_industrial_capacity_utilisation_sectors.txt': [
        ('74.0 percent', 1, 74.0, 'percent', 'national industrial capacity utilization rate', None, None, None, Q2, NBS),
        ('0.9 percentage points', 1, 0.9, 'percentage_point', 'national industrial capacity utilization rate', 'decrease', YOY, None, Q2, NBS),
        ('0.5 percentage points', 1, 0.5, 'percentage_point', 'national industrial capacity utilization rate', 'increase', QOQ, None, Q2, NBS),
        ('73.8 percent', 1, 73.8, 'percent', 'national industrial capacity utilization rate', None, None, None, H1Y, NBS),
        ('0.6 percentage points', 1, 0.6, 'percentage_point', 'national industrial capacity utilization rate', 'decrease', YOY, None, H1Y, NBS),
        ('73.1 percent', 1, 73.1, 'percent', CUR + 'mining', None, None, None, Q2S, NBS),
        ('74.3 percent', 1, 74.3, 'percent', CUR + 'manufacturing', None, None, None, Q2S, NBS),
        ('71.2 percent', 1, 71.2, 'percent', CUR + 'the production and supply of electricity, heat, gas and water', None, None, None, Q2S, NBS),
        ('1.5', 1, 1.5, 'percentage_point', CUR + 'mining', 'decrease', YOY, None, Q2S, NBS),
        ('0.8', 1, 0.8, 'percentage_point', CUR + 'manufacturing', 'decrease', YOY, None, Q2S, NBS),
        ('0.6 percentage points', 2, 0.6, 'percentage_point', CUR + 'the production and supply of electricity, heat, gas and water', 'decrease', YOY, None, Q2S, NBS),
        ('70.4 percent', 1, 70.4, 'percent', CUR + 'coal mining and washing', None, None, None, None, NBS),
        ('3.8 percentage points', 1, 3.8, 'percentage_point', CUR + 'coal mining and washing', 'decrease', YOY, None, None, NBS),
        ('71.9 percent', 1, 71.9, 'percent', CUR + 'automobile manufacturing', None, None, None, None, NBS),
        ('1.2 percentage points', 1, 1.2, 'percentage_point', CUR + 'automobile manufacturing', 'increase', YOY, None, None, NBS),
        ('76.5 percent', 1, 76.5, 'percent', CUR + 'electrical machinery and equipment manufacturing', None, None, None, None, NBS),
        ('0.4 percentage points', 1, 0.4, 'percentage_point', CUR + 'electrical machinery and equipment manufacturing', 'decrease', YOY, None, None, NBS),
        ('78.2 percent', 1, 78.2, 'percent', CUR + 'ferrous metal smelting and rolling', None, None, None, None, NBS),
        ('14', 1, 14, 'count', 'major industrial categories with year-on-year increases in capacity utilization', None, None, None, None, NBS),
        ('86.3 percent', 1, 86.3, 'percent', CUR + 'the chemical fiber manufacturing industry', None, None, None, None, NBS),
        ('76.9 percent', 1, 76.9, 'percent', CUR + 'the computer, communication and other electronic equipment manufacturing industry', None, None, None, None, NBS),
        ('73.5 percent', 1, 73.5, 'percent', 'capacity utilization rate', None, None, None, Q1R, NBS),
        ('73.6 percent', 1, 73.6, 'percent', 'capacity utilization rate', None, None, None, Q1R, NBS),
        ('88,000', 1, 88000, 'count', 'industrial enterprises above designated size covered by the survey', None, None, 'approximately', None, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
