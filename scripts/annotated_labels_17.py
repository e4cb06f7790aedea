# ruff: noqa: E501, RUF001
"""Write corpus/annotated_17/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_17.py corpus/annotated_17
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
MOF = "Ministry of Finance"
ABS = "Australian Bureau of Statistics"
RBA = "Reserve Bank of Australia"
NYF = "Federal Reserve Bank of New York"
FED = "Federal Reserve"
BOJ = "Bank of Japan"
SSA = "Statistics South Africa"
TE = "Trading Economics"
BANX = "Bank of Mexico"
INEGI = "National Institute of Statistics and Geography"
MOCI = "Ministry of Commerce and Industry"
MOSPI = "Ministry of Statistics and Programme Implementation"
BOB = "Bank of Baroda"
RBI = "Reserve Bank of India"
NBS = "National Bureau of Statistics"
MOT = "Ministry of Transport"

# 1701 ONS productivity (ref 2025-11-14)
JS25 = Q("in July to September 2025", 2025, 3)
AJ25 = Q("in April to June 2025", 2025, 2)
FAJ25 = Q("for April to June 2025", 2025, 2)
PRE = P("its level in October to December 2019", "2019-10-01", "2025-09-30")
FYE25 = P("in the financial year ending March 2025", "2024-04-01", "2025-03-31")
# 1702 Reuters 1987 (ref 1987-03-19)
FEB87 = per("in February", 1987, 2)
JAN87 = per("in January", 1987, 1)
# 1703 Reuters 2025 (ref 2025-11-13)
OCT = per("in October", 2025, 10)
SEP = per("in September", 2025, 9)
YTO = per("In the year to October", 2025, 10)
TY25 = Y("this year", 2025)
DEC = per("in December", 2025, 12)
# 1704 CNBC (ref 2025-11-05)
Q3 = Q("in the third quarter", 2025, 3)
Q2 = Q("in the second quarter", 2025, 2)
JSP = Q("in the July-to-September period", 2025, 3)
ENDSEP = P("at the end of September", "2025-09-30", "2025-09-30")
INQ = Q("in the quarter", 2025, 3)
BJS = Q("between July and September", 2025, 3)
OCT29 = P("on Oct. 29", "2025-10-29", "2025-10-29")
# 1705 MT Newswires (ref 2025-10-01)
FYJ = P("in the fiscal year ending in March 2026", "2025-04-01", "2026-03-31")
# 1706 Trading Economics (ref 2025-11-11)
Q325 = Q("in the third quarter of 2025", 2025, 3)
# 1707 Investing.com (ref 2025-11-14)
ET = P("By 09:40 ET", None, None)
THU = P("on Thursday", "2025-11-13", "2025-11-13")
# 1708 Business Standard (ref 2025-11-14)
IOCT = per("In October", 2025, 10)
# 1709 DG ENER (ref 2025-06-20)
Y24 = Y("in 2024", 2024)
Q125 = Q("In the first quarter of 2025", 2025, 1)
EOM = P("at the end of March 2025", "2025-03-31", "2025-03-31")
# 1710 NBS (ref 2025-10-20)
JS = P("From January to September", "2025-01-01", "2025-09-30")
ISEP = per("In September", 2025, 9)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_productivity.txt': [
        ('0.4%', 1, 0.4, 'percent', 'output per hour worked', 'increase', 'year_on_year', None, JS25, None),
        ('0.2%', 1, 0.2, 'percent', 'output per hour worked', 'decrease', 'quarter_on_quarter', None, JS25, None),
        ('0.3%', 1, 0.3, 'percent', 'output per worker', 'decrease', 'quarter_on_quarter', None, JS25, None),
        ('0.1%', 1, 0.1, 'percent', 'output per worker', 'decrease', 'year_on_year', None, JS25, None),
        ('1.9%', 1, 1.9, 'percent', 'output per hour', 'increase', None, None, PRE, None),
        ('0.8%', 1, 0.8, 'percent', 'output per worker', 'decrease', None, None, PRE, None),
        ('0.6%', 1, 0.6, 'percent', 'services output per hour', 'increase', 'year_on_year', None, JS25, ONS),
        ('1.4%', 1, 1.4, 'percent', 'output per hour in manufacturing', 'decrease', 'year_on_year', None, JS25, ONS),
        ('2.7%', 1, 2.7, 'percent', 'output per hour in construction', 'decrease', 'year_on_year', None, JS25, ONS),
        ('Nine', 1, 9, 'count', 'industry sections with higher output per hour', None, None, None, JS25, ONS),
        ('0.5%', 1, 0.5, 'percent', 'total hours worked', 'increase', 'quarter_on_quarter', None, JS25, ONS),
        ('1.08 billion hours', 1, 1.08e9, 'hour', 'total hours worked', 'increase', None, None, JS25, ONS),
        ('0.1%', 2, 0.1, 'percent', 'number of workers', 'increase', 'quarter_on_quarter', None, JS25, ONS),
        ('33.9 million', 1, 33.9e6, 'count', 'number of workers', 'increase', None, None, JS25, ONS),
        ('31.9 hours', 1, 31.9, 'hour', 'average weekly hours per worker', 'increase', None, None, JS25, ONS),
        ('31.7', 1, 31.7, 'hour', 'average weekly hours per worker', None, None, None, AJ25, ONS),
        ('0.3 percentage points', 1, 0.3, 'percentage_point', 'output per hour growth revision', 'increase', None, None, FAJ25, ONS),
        ('0.1%', 3, 0.1, 'percent', 'growth in output per hour', None, None, None, FAJ25, ONS),
        ('0.4%', 2, 0.4, 'percent', 'growth in output per hour', 'increase', None, None, FAJ25, ONS),
        ('35,000', 1, 35000, 'count', 'households sampled by the Labour Force Survey', None, None, 'approximately', None, ONS),
        ('1.1%', 1, 1.1, 'percent', 'public service productivity', 'increase', 'year_on_year', None, FYE25, ONS),
        ('3.2%', 1, 3.2, 'percent', 'public service output', 'increase', 'year_on_year', None, FYE25, ONS),
        ('2.1%', 1, 2.1, 'percent', 'public service inputs', 'increase', 'year_on_year', None, FYE25, ONS),
        ('two-thirds', 1, 0.6667, 'fraction', 'share of higher healthcare activity in output growth', None, None, 'approximately', FYE25, ONS),
    ],
    'wire_1987_france_trade_balance.txt': [
        ('2.1 BILLION FRANCS', 1, 2.1e9, 'FRF', 'French trade deficit', None, None, None, per('FEBRUARY', 1987, 2), None),
        ('2.1 billion francs', 1, 2.1e9, 'FRF', 'trade deficit', None, None, None, FEB87, MOF),
        ('4.3 billion franc', 1, 4.3e9, 'FRF', 'trade deficit', None, None, None, JAN87, MOF),
        ('4.7 billion francs', 1, 4.7e9, 'FRF', 'trade deficit', None, None, None, per('January', 1987, 1), MOF),
        ('3.2 pct', 1, 3.2, 'percent', 'seasonally adjusted imports', 'decrease', 'month_on_month', None, FEB87, MOF),
        ('74.6 billion francs', 1, 74.6e9, 'FRF', 'seasonally adjusted imports', 'decrease', None, None, FEB87, MOF),
        ('0.4 pct', 1, 0.4, 'percent', 'exports', 'decrease', 'month_on_month', None, FEB87, MOF),
        ('72.5 billion', 1, 72.5e9, 'FRF', 'exports', 'decrease', None, None, FEB87, MOF),
        ('6.8 billion francs', 1, 6.8e9, 'FRF', 'energy bill', 'decrease', None, None, FEB87, MOF),
        ('8.1 billion', 1, 8.1e9, 'FRF', 'energy bill', None, None, None, JAN87, MOF),
        ('1.4 billion francs', 1, 1.4e9, 'FRF', 'industrial goods deficit', None, None, None, FEB87, MOF),
        ('0.9 billion', 1, 0.9e9, 'FRF', 'industrial goods surplus', None, None, None, per('in February 1986', 1986, 2), MOF),
        ('3.6 billion francs', 1, 3.6e9, 'FRF', 'farm and food surplus', 'decrease', None, None, FEB87, MOF),
        ('4.2 billion', 1, 4.2e9, 'FRF', 'farm and food surplus', None, None, None, JAN87, MOF),
        ('6.4 billion francs', 1, 6.4e9, 'FRF', 'cumulative deficit', None, None, None, P('In the first two months of the year', '1987-01-01', '1987-02-28'), MOF),
        ('1.2 billion', 1, 1.2e9, 'FRF', 'surplus', None, None, None, P('in the same period of 1986', '1986-01-01', '1986-02-28'), MOF),
        ('97.2 pct', 1, 97.2, 'percent', 'rate of coverage of imports by exports', 'increase', None, None, FEB87, MOF),
        ('94.6 pct', 1, 94.6, 'percent', 'rate of coverage of imports by exports', None, None, None, JAN87, MOF),
        ('three', 1, 3e9, 'FRF', 'trade deficit', None, None, None, per('February', 1987, 2), 'Reuters'),
        ('four billion francs', 1, 4e9, 'FRF', 'trade deficit', None, None, None, per('February', 1987, 2), 'Reuters'),
        ('15 billion francs', 1, 15e9, 'FRF', 'trade deficit', None, None, 'approximately', Y('for the whole of 1987', 1987), MOF),
        ('0.5 billion francs', 1, 0.5e9, 'FRF', 'trade deficit', None, None, None, Y('for the whole of 1986', 1986), MOF),
    ],
    'wire_2025_australia_jobs.txt': [
        ('4.3%', 1, 4.3, 'percent', 'jobless rate', 'decrease', None, None, None, None),
        ('42,200', 1, 42200, 'count', 'net employment', 'increase', 'month_on_month', None, OCT, ABS),
        ('20,000', 1, 20000, 'count', 'net employment', 'increase', 'month_on_month', None, OCT, 'Reuters'),
        ('21', 1, 21, 'count', 'economists in a Reuters poll', None, None, None, OCT, 'Reuters'),
        ('3,500', 1, 3500, 'count', 'net employment', 'decrease', 'month_on_month', None, per('September', 2025, 9), ABS),
        ('5,100', 1, 5100, 'count', 'net employment', 'decrease', 'month_on_month', None, per('September', 2025, 9), ABS),
        ('4.3%', 2, 4.3, 'percent', 'unemployment rate', 'decrease', None, None, OCT, ABS),
        ('4.5%', 1, 4.5, 'percent', 'unemployment rate', None, None, None, SEP, ABS),
        ('4.4%', 1, 4.4, 'percent', 'unemployment rate', None, None, None, OCT, None),
        ('0.1 percentage point', 1, 0.1, 'percentage_point', 'participation rate', 'increase', None, None, OCT, ABS),
        ('67.1%', 1, 67.1, 'percent', 'participation rate', 'increase', None, None, OCT, ABS),
        ('55,300', 1, 55300, 'count', 'full-time jobs', 'increase', None, None, None, ABS),
        ('13,100', 1, 13100, 'count', 'part-time employment', 'decrease', None, None, None, ABS),
        ('0.6%', 1, 0.6, 'percent', 'hours worked', 'increase', 'month_on_month', None, None, ABS),
        ('1.8%', 1, 1.8, 'percent', 'hours worked', 'increase', 'year_on_year', None, None, ABS),
        ('1.9%', 1, 1.9, 'percent', 'employment', 'increase', 'year_on_year', None, YTO, ABS),
        ('277,000', 1, 277000, 'count', 'employment', 'increase', 'year_on_year', 'approximately', YTO, ABS),
        ('1.7%', 1, 1.7, 'percent', 'population growth', 'increase', 'year_on_year', 'approximately', YTO, ABS),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'underemployment rate', 'decrease', None, None, None, ABS),
        ('5.9%', 1, 5.9, 'percent', 'underemployment rate', 'decrease', None, None, None, ABS),
        ('3.60%', 1, 3.60, 'percent', 'cash rate', None, None, None, P('on Nov. 4', '2025-11-04', '2025-11-04'), RBA),
        ('three', 1, 3, 'count', 'cash rate cuts', None, None, None, TY25, RBA),
        ('75 basis points', 1, 75, 'basis_point', 'cash rate', 'decrease', None, None, TY25, RBA),
        ('25%', 1, 25, 'percent', 'chance of a rate cut', 'decrease', None, None, DEC, 'LSEG'),
        ('40%', 1, 40, 'percent', 'chance of a rate cut', None, None, None, DEC, 'LSEG'),
        ('0.4%', 1, 0.4, 'percent', 'Australian dollar', 'increase', None, None, None, ABS),
        ('US$0.6570', 1, 0.657, 'USD', 'Australian dollar', 'increase', None, None, None, ABS),
    ],
    'cnbc_style_consumer_credit_card_delinquencies.txt': [
        ('$1.23 trillion', 1, 1.23e12, 'USD', 'credit card balances', 'increase', None, None, None, NYF),
        ('$18.59 trillion', 1, 18.59e12, 'USD', 'total household debt', 'increase', None, None, Q3, NYF),
        ('$197 billion', 1, 197e9, 'USD', 'total household debt', 'increase', 'quarter_on_quarter', None, Q3, NYF),
        ('1.1%', 1, 1.1, 'percent', 'total household debt', 'increase', 'quarter_on_quarter', None, Q3, NYF),
        ('$24 billion', 1, 24e9, 'USD', 'credit card balances', 'increase', 'quarter_on_quarter', None, JSP, NYF),
        ('$1.23 trillion', 2, 1.23e12, 'USD', 'credit card balances', 'increase', None, None, JSP, NYF),
        ('5.7%', 1, 5.7, 'percent', 'credit card balances', 'increase', 'year_on_year', None, JSP, NYF),
        ('12.4%', 1, 12.4, 'percent', 'share of credit card debt 90 or more days delinquent', 'increase', None, None, Q3, NYF),
        ('12.3%', 1, 12.3, 'percent', 'share of credit card debt 90 or more days delinquent', None, None, None, Q2, NYF),
        ('7.1%', 1, 7.1, 'percent', 'card balances transitioning into delinquency', None, None, 'approximately', Q3, NYF),
        ('4.5%', 1, 4.5, 'percent', 'share of outstanding debt in some stage of delinquency', None, None, None, ENDSEP, NYF),
        ('0.1 percentage point', 1, 0.1, 'percentage_point', 'share of outstanding debt in some stage of delinquency', 'increase', 'quarter_on_quarter', None, ENDSEP, NYF),
        ('$12 billion', 1, 12e9, 'USD', 'student loan balances', 'decrease', None, None, INQ, NYF),
        ('$1.65 trillion', 1, 1.65e12, 'USD', 'student loan balances', 'decrease', None, None, INQ, NYF),
        ('14.3%', 1, 14.3, 'percent', 'share of student debt seriously delinquent', 'increase', None, None, INQ, NYF),
        ('10.2%', 1, 10.2, 'percent', 'share of student debt seriously delinquent', None, None, None, Q2, NYF),
        ('$137 billion', 1, 137e9, 'USD', 'mortgage balances', 'increase', None, None, Q3, NYF),
        ('$13.07 trillion', 1, 13.07e12, 'USD', 'mortgage balances', 'increase', None, None, Q3, NYF),
        ('$13 billion', 1, 13e9, 'USD', 'auto loans', 'increase', None, None, Q3, NYF),
        ('$1.66 trillion', 1, 1.66e12, 'USD', 'auto loans', 'increase', None, None, Q3, NYF),
        ('52,000', 1, 52000, 'count', 'consumers with a new foreclosure notation', None, None, 'approximately', BJS, NYF),
        ('119,000', 1, 119000, 'count', 'consumers with a new bankruptcy notation', None, None, 'approximately', BJS, NYF),
        ('5%', 1, 5, 'percent', "share of Americans' credit reports sampled", None, None, 'approximately', None, NYF),
        ('a quarter percentage point', 1, 0.25, 'percentage_point', 'Fed benchmark rate', 'decrease', None, None, OCT29, FED),
        ('3.75%', 1, 3.75, 'percent', 'Fed benchmark rate', 'decrease', None, None, OCT29, FED),
        ('4%', 1, 4, 'percent', 'Fed benchmark rate', 'decrease', None, None, OCT29, FED),
        ('21.4%', 1, 21.4, 'percent', 'credit card interest rates', None, None, None, Q3, FED),
    ],
    'mt_newswires_japan_tankan.txt': [
        ('14', 1, 14, 'index_point', 'headline diffusion index for large manufacturers', 'increase', None, None, SEP, BOJ),
        ('13', 1, 13, 'index_point', 'headline diffusion index for large manufacturers', None, None, None, per('in June', 2025, 6), BOJ),
        ('14', 2, 14, 'index_point', 'headline diffusion index for large manufacturers', None, None, None, SEP, 'Bloomberg'),
        ('12', 1, 12, 'index_point', 'outlook index for large manufacturers', None, None, None, P('over the next three months', '2025-10-01', '2025-12-31'), BOJ),
        ('34', 1, 34, 'index_point', 'index for large non-manufacturers', None, None, None, SEP, BOJ),
        ('28', 1, 28, 'index_point', 'outlook index for large non-manufacturers', 'decrease', None, None, SEP, BOJ),
        ('two points', 1, 2, 'index_point', "small manufacturers' index", 'increase', None, None, None, BOJ),
        ('1', 1, 1, 'index_point', "small manufacturers' index", 'increase', None, None, None, BOJ),
        ('13', 2, 13, 'index_point', "small non-manufacturers' index", 'decrease', None, None, None, BOJ),
        ('14', 3, 14, 'index_point', "small non-manufacturers' index", None, None, None, None, BOJ),
        ('11.5%', 1, 11.5, 'percent', 'capital expenditure', 'increase', None, None, FYJ, BOJ),
        ('10.6%', 1, 10.6, 'percent', 'capital expenditure', 'increase', None, None, FYJ, BOJ),
        ('10.9%', 1, 10.9, 'percent', 'capital expenditure', None, None, None, FYJ, None),
        ('2.4%', 1, 2.4, 'percent', "firms' consumer inflation expectation for one year ahead", None, None, None, None, BOJ),
        ('2.1%', 1, 2.1, 'percent', "firms' consumer inflation expectation for five years ahead", None, None, None, None, BOJ),
        ('9,096', 1, 9096, 'count', 'companies surveyed', None, None, None, None, BOJ),
        ('99.2%', 1, 99.2, 'percent', 'response rate', None, None, None, None, BOJ),
        ('0.5%', 1, 0.5, 'percent', 'short-term policy rate', None, None, None, SEP, BOJ),
        ('two', 2, 2, 'count', 'board members dissenting', None, None, None, SEP, BOJ),
        ('0.75%', 1, 0.75, 'percent', 'short-term policy rate', 'increase', None, None, SEP, BOJ),
        ('50%', 1, 50, 'percent', 'odds of a hike', None, None, 'approximately', OCT, None),
        ('147.8', 1, 147.8, 'JPY', 'yen', None, None, None, None, BOJ),
    ],
    'trading_economics_style_south_africa_unemployment.txt': [
        ('31.9%', 1, 31.9, 'percent', 'South Africa unemployment rate', 'decrease', None, None, None, None),
        ('31.9%', 2, 31.9, 'percent', "South Africa's unemployment rate", 'decrease', None, None, Q325, SSA),
        ('33.2%', 1, 33.2, 'percent', "South Africa's unemployment rate", None, None, None, Q('in the previous period', 2025, 2), SSA),
        ('390,000', 1, 390000, 'count', 'number of unemployed persons', 'decrease', 'quarter_on_quarter', None, Q325, SSA),
        ('7.8 million', 1, 7.8e6, 'count', 'number of unemployed persons', 'decrease', None, None, Q325, SSA),
        ('248,000', 1, 248000, 'count', 'employment', 'increase', 'quarter_on_quarter', None, Q325, SSA),
        ('17.1 million', 1, 17.1e6, 'count', 'employment', 'increase', None, None, Q325, SSA),
        ('+96,000', 1, 96000, 'count', 'community and social services', 'increase', 'quarter_on_quarter', None, Q325, SSA),
        ('+71,000', 1, 71000, 'count', 'trade', 'increase', 'quarter_on_quarter', None, Q325, SSA),
        ('+44,000', 1, 44000, 'count', 'construction', 'increase', 'quarter_on_quarter', None, Q325, SSA),
        ('-32,000', 1, -32000, 'count', 'manufacturing', 'decrease', 'quarter_on_quarter', None, Q325, SSA),
        ('-11,000', 1, -11000, 'count', 'mining', 'decrease', 'quarter_on_quarter', None, Q325, SSA),
        ('60.3%', 1, 60.3, 'percent', 'labour force participation rate', 'increase', None, None, Q325, SSA),
        ('60.0%', 1, 60.0, 'percent', 'labour force participation rate', None, None, None, Q('in the second quarter', 2025, 2), SSA),
        ('42.4%', 1, 42.4, 'percent', 'expanded unemployment rate', 'decrease', None, None, Q325, SSA),
        ('43.1%', 1, 43.1, 'percent', 'expanded unemployment rate', None, None, None, Q('in the second quarter', 2025, 2), SSA),
        ('44.2%', 1, 44.2, 'percent', 'youth unemployment rate', 'decrease', None, None, Q325, SSA),
        ('46.0%', 1, 46.0, 'percent', 'youth unemployment rate', None, None, None, Q('in the prior quarter', 2025, 2), SSA),
        ('58.5%', 1, 58.5, 'percent', 'unemployment rate for those aged 15-24', 'decrease', None, None, Q325, SSA),
        ('62.4%', 1, 62.4, 'percent', 'unemployment rate for those aged 15-24', None, None, None, Q('in the prior quarter', 2025, 2), SSA),
        ('1.3%', 1, 1.3, 'percent', 'employment', 'increase', 'year_on_year', None, Q325, SSA),
        ('27.64 percent', 1, 27.64, 'percent', 'Unemployment Rate in South Africa average', None, None, None, P('from 2000 until 2025', '2000-01-01', '2025-12-31'), SSA),
        ('35.30 percent', 1, 35.30, 'percent', 'Unemployment Rate in South Africa all time high', None, None, None, Q('in the fourth quarter of 2021', 2021, 4), SSA),
        ('21.50 percent', 1, 21.50, 'percent', 'Unemployment Rate in South Africa record low', None, None, None, Q('in the fourth quarter of 2008', 2008, 4), SSA),
        ('32.40 percent', 1, 32.40, 'percent', 'Unemployment Rate in South Africa', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('32.00 percent', 1, 32.00, 'percent', 'South Africa Unemployment Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('31.50 percent', 1, 31.50, 'percent', 'South Africa Unemployment Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_usdmxn_banxico.txt': [
        ('7.25%', 1, 7.25, 'percent', 'Banxico rate', 'decrease', None, None, None, BANX),
        ('25 basis points', 1, 25, 'basis_point', 'benchmark interest rate', 'decrease', None, None, None, BANX),
        ('0.2%', 1, 0.2, 'percent', 'USD/MXN', 'decrease', None, None, ET, None),
        ('18.32', 1, 18.32, 'MXN', 'USD/MXN', 'decrease', None, None, ET, None),
        ('18.27', 1, 18.27, 'MXN', 'USD/MXN', None, None, None, P('earlier in the session', None, None), None),
        ('12%', 1, 12, 'percent', 'peso', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-11-14'), None),
        ('four', 1, 4, 'count', 'board members voting to lower the rate', None, None, None, THU, BANX),
        ('one', 3, 1, 'count', 'board members voting against', None, None, None, THU, BANX),
        ('7.25%', 2, 7.25, 'percent', 'overnight interbank rate', 'decrease', None, None, THU, BANX),
        ('24', 1, 24, 'count', 'analysts in a Reuters poll', None, None, None, THU, 'Reuters'),
        ('7.50%', 1, 7.50, 'percent', 'overnight interbank rate', None, None, None, THU, BANX),
        ('400 basis points', 1, 400, 'basis_point', 'rates', 'decrease', None, None, P('since it began easing in March 2024', '2024-03-01', '2025-11-14'), BANX),
        ('11.25%', 1, 11.25, 'percent', 'rate', None, None, None, per('in March 2024', 2024, 3), BANX),
        ('3.57%', 1, 3.57, 'percent', 'annual headline inflation', 'decrease', 'year_on_year', None, OCT, INEGI),
        ('3.76%', 1, 3.76, 'percent', 'annual headline inflation', None, 'year_on_year', None, SEP, INEGI),
        ('3%', 1, 3, 'percent', "central bank's target", None, None, None, None, BANX),
        ('one percentage point', 1, 1, 'percentage_point', "tolerance band around the central bank's target", None, None, None, None, BANX),
        ('4.28%', 1, 4.28, 'percent', 'core inflation', 'increase', 'year_on_year', None, OCT, INEGI),
        ('3.7%', 1, 3.7, 'percent', 'inflation', 'increase', None, None, Q('for the fourth quarter of 2025', 2025, 4), BANX),
        ('3.6%', 1, 3.6, 'percent', 'inflation', None, None, None, Q('for the fourth quarter of 2025', 2025, 4), BANX),
        ('3%', 2, 3, 'percent', 'inflation', None, None, None, Q('in the third quarter of 2026', 2026, 3), BANX),
        ('0.1%', 1, 0.1, 'percent', 'dollar index', 'decrease', None, None, None, None),
        ('99.2', 1, 99.2, 'index_point', 'dollar index', 'decrease', None, None, None, None),
        ('55%', 1, 55, 'percent', 'chance of a Federal Reserve cut', None, None, 'approximately', DEC, 'CME Group'),
        ('quarter-point', 1, 0.25, 'percentage_point', 'Federal Reserve cut', 'decrease', None, None, DEC, 'CME Group'),
        ('7.00%', 1, 7.00, 'percent', 'Banxico rate', 'decrease', None, None, DEC, 'Banorte'),
        ('18.40', 1, 18.40, 'MXN', 'USD/MXN', None, None, None, P('at the end of the year', '2025-12-31', '2025-12-31'), 'Banorte'),
        ('18.60', 1, 18.60, 'MXN', 'USD/MXN', None, None, None, P('at the end of the year', '2025-12-31', '2025-12-31'), 'Banorte'),
    ],
    'business_standard_style_wpi_inflation.txt': [
        ('-1.21%', 1, -1.21, 'percent', 'WPI inflation', 'decrease', None, None, OCT, None),
        ('-1.21 per cent', 1, -1.21, 'percent', 'wholesale price-based inflation', 'decrease', 'year_on_year', None, OCT, MOCI),
        ('0.13 per cent', 1, 0.13, 'percent', 'wholesale price-based inflation', None, 'year_on_year', None, SEP, MOCI),
        ('8.31 per cent', 1, 8.31, 'percent', 'food articles', 'decrease', 'year_on_year', None, OCT, MOCI),
        ('5.22 per cent', 1, 5.22, 'percent', 'food articles', 'decrease', 'year_on_year', None, SEP, MOCI),
        ('34.97 per cent', 1, 34.97, 'percent', 'vegetable prices', 'decrease', 'year_on_year', None, OCT, MOCI),
        ('16.50 per cent', 1, 16.50, 'percent', 'pulses', 'decrease', 'year_on_year', None, OCT, MOCI),
        ('2.55 per cent', 1, 2.55, 'percent', 'fuel and power prices', 'decrease', 'year_on_year', None, IOCT, MOCI),
        ('2.58 per cent', 1, 2.58, 'percent', 'fuel and power prices', 'decrease', 'year_on_year', None, SEP, MOCI),
        ('1.54 per cent', 1, 1.54, 'percent', 'manufactured products inflation', 'decrease', 'year_on_year', None, IOCT, MOCI),
        ('2.33 per cent', 1, 2.33, 'percent', 'manufactured products inflation', None, 'year_on_year', None, SEP, MOCI),
        ('64 per cent', 1, 64, 'percent', 'weight of manufactured products in the index', None, None, 'approximately', IOCT, MOCI),
        ('0.26 per cent', 1, 0.26, 'percent', 'all-commodities index', 'decrease', 'month_on_month', None, OCT, MOCI),
        ('153.7', 1, 153.7, 'index_point', 'all-commodities index', 'decrease', None, None, OCT, MOCI),
        ('154.1', 1, 154.1, 'index_point', 'all-commodities index', None, None, None, SEP, MOCI),
        ('1.61 per cent', 1, 1.61, 'percent', 'food index', 'decrease', 'month_on_month', None, OCT, MOCI),
        ('0.79 per cent', 1, 0.79, 'percent', 'WPI inflation', 'increase', None, None, per('for August', 2025, 8), MOCI),
        ('0.52 per cent', 1, 0.52, 'percent', 'WPI inflation', None, None, None, per('for August', 2025, 8), MOCI),
        ('-0.8 per cent', 1, -0.8, 'percent', 'WPI inflation', 'decrease', None, None, per('in November', 2025, 11), BOB),
        ('-0.4 per cent', 1, -0.4, 'percent', 'WPI inflation', 'decrease', None, None, per('in November', 2025, 11), BOB),
        ('2.3 per cent', 1, 2.3, 'percent', 'WPI inflation', None, None, None, P('in FY25', '2024-04-01', '2025-03-31'), MOCI),
        ('0.25 per cent', 1, 0.25, 'percent', 'retail inflation', 'decrease', None, None, OCT, MOSPI),
        ('5.50 per cent', 1, 5.50, 'percent', 'repo rate', None, None, None, P('at its October meeting', '2025-10-01', '2025-10-31'), RBI),
    ],
    'eu_energy_style_hydrogen_biomethane.txt': [
        ('5.2 bcm', 1, 5.2e9, 'cubic metre', 'EU biomethane production', None, None, None, Y24, None),
        ('18%', 1, 18, 'percent', 'EU biomethane production', 'increase', 'year_on_year', None, Y24, None),
        ('4.4 bcm', 1, 4.4e9, 'cubic metre', 'EU biomethane production', None, None, None, Y('in 2023', 2023), None),
        ('1.6%', 1, 1.6, 'percent', 'share of biomethane in EU gas consumption', None, None, 'approximately', Y24, None),
        ('19', 1, 19, 'count', 'Member States where biomethane production grew', None, None, None, Y24, None),
        ('3', 1, 3, 'count', 'Member States where biomethane production fell', None, None, None, Y24, None),
        ('three quarters', 1, 0.75, 'fraction', 'share of Germany, Denmark, France and Italy in biomethane production', None, None, 'approximately', Y24, None),
        ('1.4 bcm', 1, 1.4e9, 'cubic metre', 'biomethane output', 'increase', None, None, Q125, None),
        ('14.8 TWh', 1, 14.8, 'terawatt hour', 'biomethane output', 'increase', None, 'approximately', Q125, None),
        ('16%', 1, 16, 'percent', 'biomethane output', 'increase', 'year_on_year', None, Q125, None),
        ('166', 1, 166, 'count', 'biomethane plants in operation', 'increase', None, None, Y24, None),
        ('1,488', 1, 1488, 'count', 'biomethane plants in operation', 'increase', None, None, Y24, None),
        ('35 bcm', 1, 35e9, 'cubic metre', 'REPowerEU target for biomethane production', None, None, None, Y('by 2030', 2030), None),
        ('385 MW', 1, 385, 'megawatt', 'installed water electrolyser capacity', 'increase', None, None, EOM, None),
        ('240 MW', 1, 240, 'megawatt', 'installed water electrolyser capacity', None, None, None, P('a year earlier', '2024-03-31', '2024-03-31'), None),
        ('2.9 GW', 1, 2.9, 'gigawatt', 'electrolyser capacity of projects with a final investment decision', 'increase', None, None, EOM, None),
        ('1%', 1, 1, 'percent', 'share of renewable and low-carbon hydrogen in EU hydrogen consumption', None, None, 'less_than', Y24, None),
        ('7.9 million tonnes', 1, 7.9e6, 'tonne', "EU's hydrogen consumption", None, None, 'approximately', Y24, None),
        ('274', 1, 274, 'count', 'hydrogen refuelling stations', None, None, None, EOM, None),
        ('18', 2, 18, 'count', 'Member States with hydrogen refuelling stations', None, None, None, EOM, None),
        ('third', 1, 0.3333, 'fraction', 'share of hydrogen refuelling stations in Germany', None, None, 'approximately', EOM, None),
        ('4.2%', 1, 4.2, 'percent', "share of biogases in the EU's gross inland consumption of natural gas", None, None, None, Y24, 'Eurostat'),
        ('0.6 percentage points', 1, 0.6, 'percentage_point', "share of biogases in the EU's gross inland consumption of natural gas", 'increase', 'year_on_year', None, Y24, 'Eurostat'),
        ('87 TWh', 1, 87, 'terawatt hour', 'biogas output in Germany', None, None, None, Y24, 'Eurostat'),
        ('24 TWh', 1, 24, 'terawatt hour', 'biogas output in Italy', None, None, None, Y24, 'Eurostat'),
        ('19 TWh', 1, 19, 'terawatt hour', 'biogas output in France', None, None, None, Y24, 'Eurostat'),
    ],
    'nbs_style_transport_freight.txt': [
        ('43.68 billion tonnes', 1, 43.68e9, 'tonne', 'total freight volume', None, None, None, JS, NBS),
        ('3.6 percent', 1, 3.6, 'percent', 'total freight volume', 'increase', 'year_on_year', None, JS, NBS),
        ('3.91 billion tonnes', 1, 3.91e9, 'tonne', 'railway freight volume', None, None, None, JS, NBS),
        ('2.3 percent', 1, 2.3, 'percent', 'railway freight volume', 'increase', 'year_on_year', None, JS, NBS),
        ('31.25 billion tonnes', 1, 31.25e9, 'tonne', 'highway freight volume', None, None, None, JS, NBS),
        ('3.4 percent', 1, 3.4, 'percent', 'highway freight volume', 'increase', 'year_on_year', None, JS, NBS),
        ('7.02 billion tonnes', 1, 7.02e9, 'tonne', 'waterway freight volume', None, None, None, JS, NBS),
        ('5.1 percent', 1, 5.1, 'percent', 'waterway freight volume', 'increase', 'year_on_year', None, JS, NBS),
        ('7.46 million tonnes', 1, 7.46e6, 'tonne', 'civil aviation freight volume', None, None, None, JS, NBS),
        ('14.8 percent', 1, 14.8, 'percent', 'civil aviation freight volume', 'increase', 'year_on_year', None, JS, NBS),
        ('19,021.6 billion tonne-kilometres', 1, 19021.6e9, 'tonne kilometre', 'freight turnover', None, None, None, P('In the first three quarters', '2025-01-01', '2025-09-30'), NBS),
        ('4.2 percent', 1, 4.2, 'percent', 'freight turnover', 'increase', 'year_on_year', None, P('In the first three quarters', '2025-01-01', '2025-09-30'), NBS),
        ('5.02 billion tonnes', 1, 5.02e9, 'tonne', 'total freight volume', None, None, None, ISEP, NBS),
        ('3.1 percent', 1, 3.1, 'percent', 'total freight volume', 'increase', 'year_on_year', None, ISEP, NBS),
        ('50.16 billion person-times', 1, 50.16e9, 'count', 'inter-regional passenger trips', None, None, None, JS, NBS),
        ('3.9 percent', 1, 3.9, 'percent', 'inter-regional passenger trips', 'increase', 'year_on_year', None, JS, NBS),
        ('3.42 billion person-times', 1, 3.42e9, 'count', 'railway passenger volume', None, None, None, JS, NBS),
        ('580.27 million person-times', 1, 580.27e6, 'count', 'civil aviation passenger volume', None, None, None, JS, NBS),
        ('6.3 percent', 1, 6.3, 'percent', 'railway passenger volume', 'increase', 'year_on_year', None, JS, NBS),
        ('5.2 percent', 1, 5.2, 'percent', 'civil aviation passenger volume', 'increase', 'year_on_year', None, JS, NBS),
        ('13.21 billion tonnes', 1, 13.21e9, 'tonne', 'cargo throughput of ports above designated size', None, None, None, JS, MOT),
        ('4.5 percent', 1, 4.5, 'percent', 'cargo throughput of ports above designated size', 'increase', 'year_on_year', None, JS, MOT),
        ('4.11 billion tonnes', 1, 4.11e9, 'tonne', 'foreign trade cargo throughput', None, None, None, JS, MOT),
        ('3.8 percent', 1, 3.8, 'percent', 'foreign trade cargo throughput', 'increase', 'year_on_year', None, JS, MOT),
        ('259.42 million TEUs', 1, 259.42e6, 'count', 'container throughput', None, None, None, JS, MOT),
        ('6.7 percent', 1, 6.7, 'percent', 'container throughput', 'increase', 'year_on_year', None, JS, MOT),
        ('5.8 percent', 1, 5.8, 'percent', 'port cargo throughput', 'increase', 'year_on_year', None, ISEP, MOT),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
