# ruff: noqa: E501, RUF001
"""Write corpus/annotated_56/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_56.py corpus/annotated_56
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
ABS = "Australian Bureau of Statistics"
REU = "Reuters"
CBS = "Central Bureau of Statistics"
BOI = "Bank of Israel"
TCB = "The Conference Board"
DJ = "Dow Jones"
ADP = "ADP"
IFO = "Ifo Institute"
BBG = "Bloomberg"
NBS = "National Bureau of Statistics"
TE = "Trading Economics"
MOF = "Ministry of Finance"
BOJ = "Bank of Japan"
MIC = "Ministry of Internal Affairs and Communications"
JPC = "Joint Plant Committee"
SM = "SteelMint"
ICRA = "ICRA"
WE = "WindEurope"
SPB = "State Post Bureau"

# 5601 ONS average weekly earnings and hours (ref Tuesday 2025-12-16)
AO = P("in August to October 2025", "2025-08-01", "2025-10-31")
OCT25 = per("In October 2025", 2025, 10)
SEP25 = per("in September 2025", 2025, 9)
TMO = P("in the three months to October 2025", "2025-08-01", "2025-10-31")
MM23 = P("in March to May 2023", "2023-03-01", "2023-05-31")
JS = P("for July to September 2025", "2025-07-01", "2025-09-30")
# 5602 Reuters 1987 (ref Thursday 1987-05-14)
APR = per("in April", 1987, 4)
MAR = per("in March", 1987, 3)
# 5603 Reuters 2025 (ref Monday 2025-12-15)
INOV = per("in November", 2025, 11)
IOCT = per("in October", 2025, 10)
SO = P("in the September-October period", "2025-09-01", "2025-10-31")
N24 = P("on Nov. 24", "2025-11-24", "2025-11-24")
IMON = P("on Monday", "2025-12-15", "2025-12-15")
# 5604 CNBC (ref Tuesday 2025-11-25)
CNOV = per("in November", 2025, 11)
COCT = per("in October", 2025, 10)
TM = per("this month", 2025, 11)
# 5605 MT Newswires (ref Wednesday 2025-12-17)
DEC = per("in December", 2025, 12)
GNOV = per("in November", 2025, 11)
# 5606 Trading Economics (ref Thursday 2026-01-15)
D25 = per("in December 2025", 2025, 12)
NNOV = per("in November", 2025, 11)
NDEC = per("in December", 2025, 12)
# 5607 Investing.com (ref Friday 2026-01-30)
INT = P("between Dec. 29 and Jan. 28", "2025-12-29", "2026-01-28")
ET = P("By 03:10 ET", None, None)
EOA = P("by the end of April", "2026-04-30", "2026-04-30")
# 5608 Business Standard (ref Wednesday 2025-04-09)
FY25A = P("in 2024-25", "2024-04-01", "2025-03-31")
FY25 = P("in FY25", "2024-04-01", "2025-03-31")
FY24 = P("in FY24", "2023-04-01", "2024-03-31")
BMAR = per("In March", 2025, 3)
FY26 = P("in FY26", "2025-04-01", "2026-03-31")
# 5609 DG ENER (ref Monday 2026-04-20)
E25 = Y("In 2025", 2025)
E25L = Y("in 2025", 2025)
E24 = Y("in 2024", 2024)
EQ4 = Q("In the fourth quarter of 2025", 2025, 4)
AUG = per("August", 2025, 8)
# 5610 State Post Bureau (ref Tuesday 2026-01-20)
PY = Y("in 2025", 2025)
TY = Y("Throughout the year", 2025)
PDEC = per("In December", 2025, 12)
FULL = Y("For the full year", 2025)
Y26 = Y("in 2026", 2026)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_earnings_and_hours_worked.txt': [
        ('4.4%', 1, 4.4, 'percent', "employees' average regular earnings", 'increase', 'year_on_year', None, AO, None),
        ('4.2%', 1, 4.2, 'percent', 'total earnings', 'increase', 'year_on_year', None, AO, None),
        ('0.6%', 1, 0.6, 'percent', 'real regular pay', 'increase', 'year_on_year', None, AO, None),
        ('0.4%', 1, 0.4, 'percent', 'real total pay', 'increase', 'year_on_year', None, AO, None),
        ('0.1 hours', 1, 0.1, 'hour', 'average actual weekly hours worked', 'decrease', 'quarter_on_quarter', None, AO, None),
        ('31.4 hours', 1, 31.4, 'hour', 'average actual weekly hours worked', 'decrease', None, None, AO, None),
        ('4.6 million', 1, 4.6e6, 'hour', 'total actual weekly hours', 'increase', 'quarter_on_quarter', None, AO, None),
        ('1.07 billion hours', 1, 1.07e9, 'hour', 'total actual weekly hours', 'increase', None, None, AO, None),
        ('£687', 1, 687, 'GBP', 'average regular pay', None, None, None, AO, ONS),
        ('£736', 1, 736, 'GBP', 'average total pay', None, None, None, AO, ONS),
        ('£690', 1, 690, 'GBP', 'regular pay', None, None, None, OCT25, ONS),
        ('£688', 1, 688, 'GBP', 'regular pay', None, None, None, SEP25, ONS),
        ('6.6%', 1, 6.6, 'percent', 'annual regular pay growth for the public sector', 'increase', 'year_on_year', None, TMO, ONS),
        ('3.9%', 1, 3.9, 'percent', "private sector's annual regular pay growth", 'decrease', 'year_on_year', None, TMO, ONS),
        ('8.2%', 1, 8.2, 'percent', "private sector's annual regular pay growth peak", None, 'year_on_year', None, MM23, ONS),
        ('5.3%', 1, 5.3, 'percent', 'growth in the finance and business services sector', 'increase', 'year_on_year', None, TMO, ONS),
        ('3.7%', 1, 3.7, 'percent', 'growth in the manufacturing sector', 'increase', 'year_on_year', None, TMO, ONS),
        ('2.1%', 1, 2.1, 'percent', 'growth in the construction sector', 'increase', 'year_on_year', None, TMO, ONS),
        ('36.2', 1, 36.2, 'hour', 'usual weekly hours of full-time workers', None, None, None, None, ONS),
        ('36.9 hours', 1, 36.9, 'hour', 'usual weekly hours of full-time workers', None, None, None, None, ONS),
        ('8.6 million people', 1, 8.6e6, 'count', 'people working part-time', None, None, 'approximately', None, ONS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'annual regular pay growth revision', 'decrease', None, None, JS, ONS),
        ('4.6%', 1, 4.6, 'percent', 'annual regular pay growth', None, 'year_on_year', None, JS, ONS),
        ('4.5%', 1, 4.5, 'percent', 'annual regular pay growth', 'decrease', 'year_on_year', None, JS, ONS),
    ],
    'wire_1987_australian_unemployment.txt': [
        ('7.9 PCT', 1, 7.9, 'percent', 'Australian jobless rate', 'decrease', None, None, per('IN APRIL', 1987, 4), None),
        ('7.9 pct', 1, 7.9, 'percent', 'seasonally adjusted unemployment rate', 'decrease', None, None, APR, ABS),
        ('8.2 pct', 1, 8.2, 'percent', 'seasonally adjusted unemployment rate', None, None, None, MAR, ABS),
        ('8.3 pct', 1, 8.3, 'percent', 'unemployment rate', None, None, None, per('March', 1987, 3), ABS),
        ('21,300', 1, 21300, 'count', 'unemployed persons', 'decrease', 'month_on_month', None, APR, ABS),
        ('617,400', 1, 617400, 'count', 'unemployed persons', 'decrease', None, None, APR, ABS),
        ('34,500', 1, 34500, 'count', 'employed persons', 'increase', 'month_on_month', None, APR, ABS),
        ('7.16 mln', 1, 7.16e6, 'count', 'employed persons', 'increase', None, None, APR, ABS),
        ('28,900', 1, 28900, 'count', 'full-time employment', 'increase', None, None, None, ABS),
        ('5.88 mln', 1, 5.88e6, 'count', 'full-time employment', 'increase', None, None, None, ABS),
        ('5,600', 1, 5600, 'count', 'part-time employment', 'increase', None, None, None, ABS),
        ('1.28 mln', 1, 1.28e6, 'count', 'part-time employment', 'increase', None, None, None, ABS),
        ('7.6 pct', 1, 7.6, 'percent', 'unemployment rate', None, None, None, per('A year earlier', 1986, 4), ABS),
        ('587,100', 1, 587100, 'count', 'persons out of work', None, None, None, per('A year earlier', 1986, 4), ABS),
        ('61.4 pct', 1, 61.4, 'percent', 'participation rate', 'increase', None, None, APR, ABS),
        ('61.2 pct', 1, 61.2, 'percent', 'participation rate', None, None, None, MAR, ABS),
        ('7.5 pct', 1, 7.5, 'percent', 'jobless rate in original terms', None, None, None, APR, ABS),
        ('360,200', 1, 360200, 'count', 'unemployed males', None, None, None, APR, ABS),
        ('235,800', 1, 235800, 'count', 'unemployed females', None, None, None, APR, ABS),
        ('22.3 pct', 1, 22.3, 'percent', 'unemployment rate for teenagers looking for full-time work', 'decrease', None, None, APR, ABS),
        ('24.1 pct', 1, 24.1, 'percent', 'unemployment rate for teenagers looking for full-time work', None, None, None, per('a year ago', 1986, 4), ABS),
        ('30,000 households', 1, 30000, 'count', 'households covered by the survey', None, None, 'approximately', APR, ABS),
        ('10 economists', 1, 10, 'count', 'economists in a Reuters survey', None, None, None, per('April', 1987, 4), REU),
        ('8.1', 1, 8.1, 'percent', 'unemployment rate', None, None, None, per('April', 1987, 4), REU),
        ('8.3 pct', 2, 8.3, 'percent', 'unemployment rate', None, None, None, per('April', 1987, 4), REU),
        ('0.7085 U.S. dlrs', 1, 0.7085, 'USD', 'Australian dollar', 'increase', None, None, P('on Thursday', '1987-05-14', '1987-05-14'), ABS),
        ('0.7042', 1, 0.7042, 'USD', 'Australian dollar', None, None, None, P('on Wednesday', '1987-05-13', '1987-05-13'), ABS),
    ],
    'wire_2025_israel_inflation.txt': [
        ('2.4%', 1, 2.4, 'percent', "Israel's annual inflation", 'decrease', 'year_on_year', None, INOV, None),
        ('2.4%', 2, 2.4, 'percent', "Israel's annual inflation rate", 'decrease', 'year_on_year', None, INOV, CBS),
        ('2.5%', 1, 2.5, 'percent', "Israel's annual inflation rate", None, 'year_on_year', None, IOCT, CBS),
        ('1%', 1, 1, 'percent', 'annual inflation target range', None, None, None, None, BOI),
        ('3%', 1, 3, 'percent', 'annual inflation target range', None, None, None, None, BOI),
        ('2.6%', 1, 2.6, 'percent', "Israel's annual inflation rate", None, 'year_on_year', None, INOV, REU),
        ('0.5%', 1, 0.5, 'percent', 'consumer price index', 'decrease', 'month_on_month', None, INOV, CBS),
        ('0.3%', 1, 0.3, 'percent', 'consumer price index', 'decrease', 'month_on_month', None, INOV, None),
        ('4.1%', 1, 4.1, 'percent', 'clothing and footwear prices', 'decrease', 'month_on_month', None, INOV, CBS),
        ('1.9%', 1, 1.9, 'percent', 'fresh fruit and vegetables', 'decrease', 'month_on_month', None, INOV, CBS),
        ('0.2%', 1, 0.2, 'percent', 'housing costs', 'increase', 'month_on_month', None, None, CBS),
        ('3.1%', 1, 3.1, 'percent', 'housing costs', 'increase', 'year_on_year', None, None, CBS),
        ('2.6%', 2, 2.6, 'percent', 'rents for tenants renewing leases', 'increase', 'year_on_year', None, None, CBS),
        ('4.0%', 1, 4.0, 'percent', 'rents for new tenants', 'increase', 'year_on_year', None, None, CBS),
        ('2.3%', 1, 2.3, 'percent', 'CPI excluding energy and fruit and vegetables', 'increase', 'year_on_year', None, INOV, CBS),
        ('0.9%', 1, 0.9, 'percent', 'home prices', 'increase', 'period_on_period', None, SO, CBS),
        ('4.3%', 1, 4.3, 'percent', 'home prices', 'increase', 'year_on_year', None, SO, CBS),
        ('quarter-point', 1, 0.25, 'percentage_point', 'benchmark rate', 'decrease', None, None, N24, BOI),
        ('4.25%', 1, 4.25, 'percent', 'benchmark rate', 'decrease', None, None, N24, BOI),
        ('2.2%', 1, 2.2, 'percent', 'inflation', None, None, None, Y('in 2026', 2026), BOI),
        ('0.3%', 2, 0.3, 'percent', 'shekel', 'increase', None, None, IMON, CBS),
        ('3.2380 per dollar', 1, 3.2380, 'ILS', 'shekel', 'increase', None, None, IMON, CBS),
    ],
    'cnbc_style_consumer_sentiment_conference_board_expectations.txt': [
        ('63.2', 1, 63.2, 'index_point', 'consumer expectations', 'decrease', None, None, CNOV, None),
        ('5.7 points', 1, 5.7, 'index_point', 'expectations index', 'decrease', 'month_on_month', None, CNOV, TCB),
        ('63.2', 2, 63.2, 'index_point', 'expectations index', 'decrease', None, None, CNOV, TCB),
        ('68.9', 1, 68.9, 'index_point', 'expectations index', None, None, None, COCT, TCB),
        ('88.7', 1, 88.7, 'index_point', 'consumer confidence index', 'decrease', None, None, TM, TCB),
        ('95.5', 1, 95.5, 'index_point', 'consumer confidence index', None, None, None, COCT, TCB),
        ('93.5', 1, 93.5, 'index_point', 'consumer confidence index', None, None, None, TM, DJ),
        ('3.1 points', 1, 3.1, 'index_point', 'present situation index', 'decrease', 'month_on_month', None, TM, TCB),
        ('126.3', 1, 126.3, 'index_point', 'present situation index', 'decrease', None, None, TM, TCB),
        ('7.6 percentage points', 1, 7.6, 'percentage_point', 'labor differential', 'decrease', None, None, None, TCB),
        ('9.9', 1, 9.9, 'percentage_point', 'labor differential', None, None, None, None, TCB),
        ('26.5%', 1, 26.5, 'percent', 'share of respondents describing jobs as plentiful', None, None, 'approximately', None, TCB),
        ('18.9%', 1, 18.9, 'percent', 'share of respondents saying jobs were hard to come by', None, None, None, None, TCB),
        ('5.1%', 1, 5.1, 'percent', "consumers' 12-month inflation expectations", 'increase', 'year_on_year', None, CNOV, TCB),
        ('4.8%', 1, 4.8, 'percent', "consumers' 12-month inflation expectations", None, 'year_on_year', None, COCT, TCB),
        ('5.2%', 1, 5.2, 'percent', 'plans to buy homes within six months', 'decrease', None, None, CNOV, TCB),
        ('5.6%', 1, 5.6, 'percent', 'plans to buy homes within six months', None, None, None, COCT, TCB),
        ('46.4%', 1, 46.4, 'percent', 'consumers expecting stock prices to rise', 'decrease', None, None, CNOV, TCB),
        ('49.7%', 1, 49.7, 'percent', 'consumers expecting stock prices to rise', None, None, None, CNOV, TCB),
        ('13,500 jobs', 1, 13500, 'count', 'private payrolls', 'decrease', None, None, P('in the four weeks ended Nov. 8', '2025-10-12', '2025-11-08'), ADP),
    ],
    'mt_newswires_germany_ifo_business_climate.txt': [
        ('9,000', 1, 9000, 'count', 'firms surveyed by the Ifo Institute', None, None, 'approximately', DEC, IFO),
        ('87.6', 1, 87.6, 'index_point', 'Ifo business climate index', 'decrease', None, None, DEC, IFO),
        ('88.1', 1, 88.1, 'index_point', 'Ifo business climate index', None, None, None, GNOV, IFO),
        ('88.3', 1, 88.3, 'index_point', 'Ifo business climate index', None, None, None, DEC, BBG),
        ('0.3 points', 1, 0.3, 'index_point', 'current assessment sub-index', 'decrease', 'month_on_month', None, DEC, IFO),
        ('85.3', 1, 85.3, 'index_point', 'current assessment sub-index', 'decrease', None, None, DEC, IFO),
        ('89.7', 1, 89.7, 'index_point', 'expectations gauge', 'decrease', None, None, DEC, IFO),
        ('90.6', 1, 90.6, 'index_point', 'expectations gauge', None, None, None, GNOV, IFO),
        ('90.4', 1, 90.4, 'index_point', 'expectations gauge', None, None, None, GNOV, IFO),
        ('-11.5 points', 1, -11.5, 'index_point', 'business climate in manufacturing', 'decrease', None, None, None, IFO),
        ('-9.3', 1, -9.3, 'index_point', 'business climate in manufacturing', None, None, None, None, IFO),
        ('-1.2', 1, -1.2, 'index_point', 'business climate in services', 'increase', None, None, None, IFO),
        ('-3.0', 1, -3.0, 'index_point', 'business climate in services', None, None, None, None, IFO),
        ('-22.4', 1, -22.4, 'index_point', 'business climate in trade', None, None, None, None, IFO),
        ('-16.1', 1, -16.1, 'index_point', 'business climate in construction', None, None, None, None, IFO),
        ('76.9%', 1, 76.9, 'percent', 'capacity utilization in manufacturing', 'decrease', None, None, Q('in the fourth quarter', 2025, 4), IFO),
        ('77.3%', 1, 77.3, 'percent', 'capacity utilization in manufacturing', None, None, None, Q('in the third', 2025, 3), IFO),
        ('83.4%', 1, 83.4, 'percent', 'long-term average capacity utilization in manufacturing', None, None, None, None, IFO),
        ('38.8%', 1, 38.8, 'percent', 'share of industrial firms reporting a shortage of orders', 'increase', None, None, DEC, IFO),
        ('36.9%', 1, 36.9, 'percent', 'share of industrial firms reporting a shortage of orders', None, None, None, per('three months earlier', 2025, 9), IFO),
        ('0.1%', 1, 0.1, 'percent', 'gross domestic product', 'increase', None, None, Y('this year', 2025), IFO),
        ('0.8%', 1, 0.8, 'percent', 'gross domestic product', 'increase', None, None, Y('in 2026', 2026), IFO),
    ],
    'trading_economics_style_nigeria_inflation.txt': [
        ('14.45%', 1, 14.45, 'percent', 'annual inflation rate in Nigeria', 'decrease', 'year_on_year', None, D25, NBS),
        ('14.96%', 1, 14.96, 'percent', 'annual inflation rate in Nigeria', None, 'year_on_year', None, NNOV, NBS),
        ('14.7%', 1, 14.7, 'percent', 'annual inflation rate in Nigeria', None, 'year_on_year', None, D25, None),
        ('11.08%', 1, 11.08, 'percent', 'food inflation', 'decrease', 'year_on_year', None, D25, NBS),
        ('11.92%', 1, 11.92, 'percent', 'food inflation', None, 'year_on_year', None, D25, NBS),
        ('17.54%', 1, 17.54, 'percent', 'core inflation', 'decrease', 'year_on_year', None, D25, NBS),
        ('18.04%', 1, 18.04, 'percent', 'core inflation', None, 'year_on_year', None, D25, NBS),
        ('15.21%', 1, 15.21, 'percent', 'annual urban inflation rate', None, 'year_on_year', None, D25, NBS),
        ('13.36%', 1, 13.36, 'percent', 'annual rural inflation rate', None, 'year_on_year', None, D25, NBS),
        ('0.86%', 1, 0.86, 'percent', 'consumer prices', 'increase', 'month_on_month', None, NDEC, NBS),
        ('1.02%', 1, 1.02, 'percent', 'consumer prices', 'increase', 'month_on_month', None, NNOV, NBS),
        ('1.12%', 1, 1.12, 'percent', 'food prices', 'increase', 'month_on_month', None, NDEC, NBS),
        ('0.74%', 1, 0.74, 'percent', 'core prices', 'increase', 'month_on_month', None, NDEC, NBS),
        ('20.1%', 1, 20.1, 'percent', 'annual headline inflation', None, 'year_on_year', None, Y('For the whole of 2025', 2025), NBS),
        ('31.4%', 1, 31.4, 'percent', 'annual headline inflation', None, 'year_on_year', None, Y('in 2024', 2024), NBS),
        ('14.52 percent', 1, 14.52, 'percent', 'Inflation Rate in Nigeria', None, None, None, P('from 1996 until 2025', '1996-01-01', '2025-12-31'), NBS),
        ('47.56 percent', 1, 47.56, 'percent', 'Inflation Rate in Nigeria all time high', None, None, None, per('in January of 1996', 1996, 1), NBS),
        ('3.00 percent', 1, 3.00, 'percent', 'Inflation Rate in Nigeria record low', None, None, None, per('in August of 2007', 2007, 8), NBS),
        ('13.80 percent', 1, 13.80, 'percent', 'Inflation Rate in Nigeria', None, None, None, P('by the end of this quarter', '2026-03-31', '2026-03-31'), TE),
        ('12.50 percent', 1, 12.50, 'percent', 'Nigeria Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('11.00 percent', 1, 11.00, 'percent', 'Nigeria Inflation Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_usdjpy_intervention.txt': [
        ('¥5.1 trillion', 1, 5.1e12, 'JPY', 'yen-buying intervention', None, None, None, None, None),
        ('¥5.1 trillion', 2, 5.1e12, 'JPY', 'spending on intervention', None, None, None, INT, MOF),
        ('$33.4 billion', 1, 33.4e9, 'USD', 'spending on intervention', None, None, None, INT, MOF),
        ('¥5.5 trillion', 1, 5.5e12, 'JPY', 'spending on intervention', None, None, 'approximately', INT, None),
        ('¥5.53 trillion', 1, 5.53e12, 'JPY', 'spending on intervention', None, None, None, per('In July 2024', 2024, 7), MOF),
        ('0.2%', 1, 0.2, 'percent', 'USD/JPY', 'decrease', None, None, ET, MOF),
        ('152.84', 1, 152.84, 'JPY', 'USD/JPY', 'decrease', None, None, ET, MOF),
        ('0.1%', 1, 0.1, 'percent', 'EUR/JPY', 'decrease', None, None, ET, MOF),
        ('181.05', 1, 181.05, 'JPY', 'EUR/JPY', 'decrease', None, None, ET, MOF),
        ('4.4%', 1, 4.4, 'percent', 'USD/JPY', 'decrease', None, 'approximately', P('since Jan. 14', '2026-01-14', '2026-01-30'), MOF),
        ('159.87', 1, 159.87, 'JPY', 'USD/JPY', None, None, None, P('Jan. 14', '2026-01-14', '2026-01-14'), MOF),
        ('2 basis points', 1, 2, 'basis_point', '10-year yield', 'increase', None, None, None, MOF),
        ('2.26%', 1, 2.26, 'percent', '10-year yield', 'increase', None, None, None, MOF),
        ('1.21%', 1, 1.21, 'percent', 'two-year yield', None, None, None, None, MOF),
        ('25 basis points', 1, 25, 'basis_point', 'short-term policy rate', 'increase', None, None, per('in December', 2025, 12), BOJ),
        ('0.75%', 1, 0.75, 'percent', 'short-term policy rate', 'increase', None, None, per('in December', 2025, 12), BOJ),
        ('45%', 1, 45, 'percent', 'chance of another quarter-point move', None, None, 'approximately', EOA, None),
        ('quarter-point', 1, 0.25, 'percentage_point', 'BOJ policy rate move', None, None, None, EOA, None),
        ('2.3%', 1, 2.3, 'percent', 'core consumer prices in Tokyo', 'increase', 'year_on_year', None, per('in January', 2026, 1), MIC),
        ('2.8%', 1, 2.8, 'percent', 'core consumer prices in Tokyo', None, 'year_on_year', None, per('in December', 2025, 12), MIC),
    ],
    'business_standard_style_crude_steel_output_jpc.txt': [
        ('4.7%', 1, 4.7, 'percent', 'crude output', 'increase', None, None, FY25, None),
        ('4.7 per cent', 1, 4.7, 'percent', "India's crude steel production", 'increase', 'year_on_year', None, FY25A, JPC),
        ('151.1 million tonnes', 1, 151.1e6, 'tonne', "India's crude steel production", 'increase', None, None, FY25A, JPC),
        ('11.5 per cent', 1, 11.5, 'percent', 'consumption of finished steel', 'increase', 'year_on_year', None, FY25A, JPC),
        ('152.1 mt', 1, 152.1e6, 'tonne', 'consumption of finished steel', 'increase', None, None, FY25A, JPC),
        ('6.7 per cent', 1, 6.7, 'percent', 'finished steel imports', 'increase', 'year_on_year', None, FY25, JPC),
        ('9.5 mt', 1, 9.5e6, 'tonne', 'finished steel imports', 'increase', None, None, FY25, JPC),
        ('31.5 per cent', 1, 31.5, 'percent', 'finished steel exports', 'decrease', 'year_on_year', None, FY25, JPC),
        ('4.9 mt', 1, 4.9e6, 'tonne', 'finished steel exports', 'decrease', None, None, FY25, JPC),
        ('4.6 mt', 1, 4.6e6, 'tonne', 'net imports', None, None, None, FY25, JPC),
        ('1.1 mt', 1, 1.1e6, 'tonne', 'net imports', None, None, None, FY24, JPC),
        ('2.6 mt', 1, 2.6e6, 'tonne', 'finished steel shipped to India by China', None, None, None, None, JPC),
        ('2.9 mt', 1, 2.9e6, 'tonne', 'finished steel shipped to India by South Korea', None, None, None, None, JPC),
        ('1.9 mt', 1, 1.9e6, 'tonne', 'finished steel shipped to India by Japan', None, None, None, None, JPC),
        ('78 per cent', 1, 78, 'percent', 'China, South Korea and Japan share of finished steel imports', None, None, 'more_than', None, JPC),
        ('13.9 mt', 1, 13.9e6, 'tonne', 'crude steel output', None, None, None, BMAR, JPC),
        ('6.1 per cent', 1, 6.1, 'percent', 'crude steel output', 'increase', 'year_on_year', None, BMAR, JPC),
        ('14.1 mt', 1, 14.1e6, 'tonne', 'finished steel consumption', None, None, None, BMAR, JPC),
        ('144.3 mt', 1, 144.3e6, 'tonne', 'crude steel output', 'increase', None, None, P('FY24', '2023-04-01', '2024-03-31'), JPC),
        ('144.0 mt', 1, 144.0e6, 'tonne', 'crude steel output', None, None, None, P('FY24', '2023-04-01', '2024-03-31'), JPC),
        ('₹47,150', 1, 47150, 'INR', 'domestic hot-rolled coil prices', None, None, None, per('in March', 2025, 3), SM),
        ('9 per cent', 1, 9, 'percent', 'domestic hot-rolled coil prices', 'decrease', 'year_on_year', 'approximately', per('in March', 2025, 3), SM),
        ('8', 1, 8, 'percent', 'domestic steel demand', 'increase', None, None, FY26, ICRA),
        ('9 per cent', 2, 9, 'percent', 'domestic steel demand', 'increase', None, None, FY26, ICRA),
        ('85 per cent', 1, 85, 'percent', 'capacity utilisation', None, None, 'approximately', FY26, ICRA),
    ],
    'eu_energy_style_offshore_wind_auctions.txt': [
        ('9.6 GW', 1, 9.6, 'gigawatt', 'offshore wind capacity awarded in auctions in EU Member States', None, None, None, E25, None),
        ('28%', 1, 28, 'percent', 'offshore wind capacity awarded in auctions in EU Member States', 'decrease', 'year_on_year', None, E25, None),
        ('13.3 GW', 1, 13.3, 'gigawatt', 'offshore wind capacity awarded in auctions in EU Member States', None, None, None, E24, None),
        ('4.2 GW', 1, 4.2, 'gigawatt', 'offshore wind capacity allocated', None, None, None, EQ4, None),
        ('3.4 GW', 1, 3.4, 'gigawatt', "capacity allocated in Poland's first competitive contract-for-difference auction", None, None, None, EQ4, None),
        ('486 PLN/MWh', 1, 486, 'PLN', "maximum strike price in Poland's contract-for-difference auction", None, None, None, None, None),
        ('114 €/MWh', 1, 114, 'EUR', "maximum strike price in Poland's contract-for-difference auction", None, None, 'approximately', None, None),
        ('two', 1, 2, 'count', "North Sea sites in Germany's August tender", None, None, None, AUG, None),
        ('2.5 GW', 1, 2.5, 'gigawatt', "capacity of Germany's August tender", None, None, None, AUG, None),
        ('59 €/MWh', 1, 59, 'EUR', 'strike price of the French AO7 tender', None, None, None, None, None),
        ('66 €/MWh', 1, 66, 'EUR', 'strike price of the French AO8 tender', None, None, None, None, None),
        ('59', 2, 59, 'EUR', 'strike prices in two-sided contract-for-difference auctions', None, None, None, E25L, None),
        ('98 €/MWh', 1, 98, 'EUR', 'strike prices in two-sided contract-for-difference auctions', None, None, None, E25L, None),
        ('81 €/MWh', 1, 81, 'EUR', 'capacity-weighted average strike price', 'increase', None, 'approximately', E25L, None),
        ('71 €/MWh', 1, 71, 'EUR', 'capacity-weighted average strike price', None, None, None, E24, None),
        ('1.4 GW', 1, 1.4, 'gigawatt', 'new offshore capacity connected to the grid in the EU', None, None, None, E25L, WE),
        ('21.9 GW', 1, 21.9, 'gigawatt', 'cumulative installed capacity', 'increase', None, None, P('at the end of the year', '2025-12-31', '2025-12-31'), WE),
        ('0.7 GW', 1, 0.7, 'gigawatt', 'offshore capacity connected in the Netherlands', None, None, None, E25L, WE),
        ('0.5 GW', 1, 0.5, 'gigawatt', 'offshore capacity connected in Germany', None, None, None, E25L, WE),
        ('86 GW', 1, 86, 'gigawatt', 'offshore wind ambition of the National Energy and Climate Plans', None, None, 'approximately', P('by 2030', '2030-12-31', '2030-12-31'), None),
        ('four times', 1, 4, 'times', 'offshore wind ambition relative to installed capacity', None, None, 'approximately', P('by 2030', '2030-12-31', '2030-12-31'), None),
    ],
    'nbs_style_express_parcels_postal.txt': [
        ('190 billion pieces', 1, 190e9, 'count', "China's express parcels", None, None, 'more_than', PY, None),
        ('7.4%', 1, 7.4, 'percent', 'postal revenue', 'increase', None, None, PY, None),
        ('1.75 trillion yuan', 1, 1.75e12, 'CNY', 'business revenue of the postal industry', None, None, None, PY, SPB),
        ('7.4%', 2, 7.4, 'percent', 'business revenue of the postal industry', 'increase', 'year_on_year', None, PY, SPB),
        ('205.6 billion pieces', 1, 205.6e9, 'count', 'business volume of the postal industry', None, None, None, PY, SPB),
        ('14.1%', 1, 14.1, 'percent', 'business volume of the postal industry', 'increase', 'year_on_year', None, PY, SPB),
        ('191.2 billion pieces', 1, 191.2e9, 'count', 'business volume of express service enterprises', None, None, None, TY, SPB),
        ('16.3%', 1, 16.3, 'percent', 'business volume of express service enterprises', 'increase', 'year_on_year', None, TY, SPB),
        ('520 million pieces', 1, 520e6, 'count', 'daily business volume of express service enterprises', None, None, 'more_than', TY, SPB),
        ('1.49 trillion yuan', 1, 1.49e12, 'CNY', 'business revenue of express service enterprises', None, None, None, TY, SPB),
        ('7.9%', 1, 7.9, 'percent', 'business revenue of express service enterprises', 'increase', 'year_on_year', None, TY, SPB),
        ('15.6 billion pieces', 1, 15.6e9, 'count', 'intra-city express business volume', None, None, None, TY, SPB),
        ('2.1%', 1, 2.1, 'percent', 'intra-city express business volume', 'increase', 'year_on_year', None, TY, SPB),
        ('169.4 billion pieces', 1, 169.4e9, 'count', 'inter-city express business volume', None, None, None, TY, SPB),
        ('17.8%', 1, 17.8, 'percent', 'inter-city express business volume', 'increase', 'year_on_year', None, TY, SPB),
        ('6.2 billion pieces', 1, 6.2e9, 'count', 'international/Hong Kong, Macao and Taiwan express business volume', None, None, None, TY, SPB),
        ('21.5%', 1, 21.5, 'percent', 'international/Hong Kong, Macao and Taiwan express business volume', 'increase', 'year_on_year', None, TY, SPB),
        ('18.3 billion pieces', 1, 18.3e9, 'count', 'business volume of the postal industry', None, None, None, PDEC, SPB),
        ('8.6%', 1, 8.6, 'percent', 'business volume of the postal industry', 'increase', 'year_on_year', None, PDEC, SPB),
        ('17.1 billion pieces', 1, 17.1e9, 'count', 'express delivery volume', None, None, None, PDEC, SPB),
        ('9.2%', 1, 9.2, 'percent', 'express delivery volume', 'increase', 'year_on_year', None, PDEC, SPB),
        ('136.8 billion yuan', 1, 136.8e9, 'CNY', 'express business revenue', None, None, None, PDEC, SPB),
        ('3.4%', 1, 3.4, 'percent', 'express business revenue', 'increase', 'year_on_year', None, PDEC, SPB),
        ('9.8%', 1, 9.8, 'percent', 'volume of letters handled by postal enterprises', 'decrease', 'year_on_year', None, FULL, SPB),
        ('1.02 billion pieces', 1, 1.02e9, 'count', 'volume of letters handled by postal enterprises', 'decrease', None, None, FULL, SPB),
        ('27.3 million pieces', 1, 27.3e6, 'count', 'parcel business of postal enterprises', None, None, None, FULL, SPB),
        ('3.1%', 1, 3.1, 'percent', 'parcel business of postal enterprises', 'decrease', 'year_on_year', None, FULL, SPB),
        ('85.1%', 1, 85.1, 'percent', 'express business revenue share of total revenue of the postal industry', None, None, None, None, SPB),
        ('0.4 percentage points', 1, 0.4, 'percentage_point', 'express business revenue share of total revenue of the postal industry', 'increase', 'year_on_year', None, None, SPB),
        ('205 billion pieces', 1, 205e9, 'count', 'express business volume', None, None, 'approximately', Y26, SPB),
        ('7%', 1, 7, 'percent', 'express business volume', 'increase', None, 'approximately', Y26, SPB),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
