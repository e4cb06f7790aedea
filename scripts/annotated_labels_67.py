# ruff: noqa: E501, RUF001
"""Write corpus/annotated_67/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_67.py corpus/annotated_67
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
MOC = "Ministry of Construction"
NBS = "National Bureau of Statistics"
GOC = "Government of China"
LEN = "Lennar"
INSEE = "National Institute of Statistics and Economic Studies"
BBG = "Bloomberg"
ECB = "European Central Bank"
ELS = "Hellenic Statistical Authority"
TE = "Trading Economics"
NOVO = "Novo Nordisk"
SHL = "Siemens Healthineers"
ABI = "AB InBev"
DST = "Federal Statistical Office"
NPCI = "National Payments Corporation of India"
GOI = "Government of India"
IG = "Insights Global"
KPL = "Kpler"
MCT = "Ministry of Culture and Tourism"
NIA = "National Immigration Administration"
CFA = "China Film Administration"
CSR = "China State Railway Group"
CAAC = "Civil Aviation Administration of China"

# 6701 ONS construction new orders (ref Thursday 2025-11-13)
Q3L = Q("in Quarter 3 (July to Sept) 2025", 2025, 3)
Q2S = Q("in Quarter 2 2025", 2025, 2)
LQ = Q("In the latest quarter", 2025, 3)
Q3S = Q("in Quarter 3 2025", 2025, 3)
M12 = P("In the 12 months to September 2025", "2024-10-01", "2025-09-30")
CY24 = Y("For calendar year 2024", 2024)
LQL = Q("in the latest quarter", 2025, 3)
# 6702 Reuters 1987 (ref Thursday 1987-04-30)
MAR87 = per("in March", 1987, 3)
FY87 = P("in the 1986/87 fiscal year ended March", "1986-04-01", "1987-03-31")
FY8687 = P("in 1986/87", "1986-04-01", "1987-03-31")
# 6703 Reuters 2025 (ref Monday 2025-12-15)
CNOV = per("in November", 2025, 11)
COCT = per("in October", 2025, 10)
JN = P("in the January-November period", "2025-01-01", "2025-11-30")
F11 = P("in the first 11 months", "2025-01-01", "2025-11-30")
# 6704 CNBC (ref Tuesday 2025-12-16; Lennar's fiscal fourth quarter ended Nov. 30)
FQ = P("in the quarter", "2025-09-01", "2025-11-30")
FYA = P("a year earlier", "2024-09-01", "2024-11-30")
PER = P("in the period", "2025-09-01", "2025-11-30")
FQ4 = P("in the fourth quarter", "2025-09-01", "2025-11-30")
FQ1 = P("For the first quarter of fiscal 2026", "2025-12-01", "2026-02-28")
# 6705 MT Newswires (ref Friday 2025-11-28)
FNOV = per("in November", 2025, 11)
FOCT = per("in October", 2025, 10)
# 6706 Trading Economics (ref Thursday 2025-12-04)
O25 = per("in October 2025", 2025, 10)
# 6707 Investing.com (ref Thursday 2025-11-06)
ET = P("By 04:10 ET", None, None)
Y25 = Y("2025", 2025)
GSEP = per("in September", 2025, 9)
# 6708 Business Standard (ref Wednesday 2025-04-02)
MAR = per("in March", 2025, 3)
FEB = per("in February", 2025, 2)
FY25 = P("For the full financial year 2024-25 (FY25)", "2024-04-01", "2025-03-31")
# 6709 DG ENER (ref Friday 2025-12-12; Insights Global weeks run Thursday to Wednesday)
WK = P("in the week to 10 December 2025", "2025-12-04", "2025-12-10")
SW = P("In the same week", "2025-12-04", "2025-12-10")
Q4TD = P("Over the fourth quarter of 2025 to date", "2025-10-01", "2025-12-12")
# 6710 NBS (ref Tuesday 2024-10-08)
HOLH = P("during National Day holiday", "2024-10-01", "2024-10-07")
HOL = P("from October 1 to 7, 2024", "2024-10-01", "2024-10-07")
S19 = P("in the same period of 2019", "2019-10-01", "2024-10-07")
DH = P("during the holiday", "2024-10-01", "2024-10-07")
RW = P("From September 29 to October 8", "2024-09-29", "2024-10-08")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_construction_new_orders.txt': [
        ('4.6%', 1, 4.6, 'percent', 'total new orders', 'increase', 'quarter_on_quarter', None, Q3L, None),
        ('£18,412 million', 1, 18412e6, 'GBP', 'total new orders', 'increase', None, None, Q3L, None),
        ('2.1%', 1, 2.1, 'percent', 'new orders', 'decrease', 'year_on_year', None, None, None),
        ('9.8%', 1, 9.8, 'percent', 'private new housing orders', 'increase', 'quarter_on_quarter', None, None, None),
        ('6.3%', 1, 6.3, 'percent', 'infrastructure orders', 'decrease', 'quarter_on_quarter', None, None, None),
        ('11.4%', 1, 11.4, 'percent', 'infrastructure orders', 'increase', 'quarter_on_quarter', None, Q2S, None),
        ('12.0%', 1, 12.0, 'percent', 'infrastructure orders', None, 'quarter_on_quarter', None, Q2S, None),
        ('5', 1, 5, 'count', 'sectors recording an increase in new orders', None, None, None, LQ, ONS),
        ('£5,126 million', 1, 5126e6, 'GBP', 'private new housing orders', None, None, None, LQ, ONS),
        ('3.2%', 1, 3.2, 'percent', 'public new housing orders', 'decrease', None, None, LQ, ONS),
        ('£702 million', 1, 702e6, 'GBP', 'public new housing orders', 'decrease', None, None, LQ, ONS),
        ('7.5%', 1, 7.5, 'percent', 'private commercial new orders', 'increase', None, None, Q3S, ONS),
        ('1.9%', 1, 1.9, 'percent', 'private industrial new orders', 'increase', None, None, Q3S, ONS),
        ('£4,387 million', 1, 4387e6, 'GBP', 'infrastructure new orders', None, None, None, Q3S, ONS),
        ('£3,940 million', 1, 3940e6, 'GBP', 'private commercial new orders', None, None, None, Q3S, ONS),
        ('£70,958 million', 1, 70958e6, 'GBP', 'new orders', None, None, None, M12, ONS),
        ('1.4%', 1, 1.4, 'percent', 'new orders', 'decrease', 'year_on_year', None, M12, ONS),
        ('£215 million', 1, 215e6, 'GBP', 'annual new orders revision', 'increase', None, None, CY24, ONS),
        ('£71,640 million', 1, 71640e6, 'GBP', 'annual new orders', 'increase', None, None, CY24, ONS),
        ('a quarter', 1, 0.25, 'fraction', 'infrastructure share of all new orders', 'decrease', None, 'approximately', LQL, ONS),
        ('24%', 1, 24, 'percent', 'infrastructure share of all new orders', 'decrease', None, None, LQL, ONS),
        ('27%', 1, 27, 'percent', 'infrastructure share of all new orders', None, None, None, Q('a year earlier', 2024, 3), ONS),
    ],
    'wire_1987_japan_housing_starts.txt': [
        ('14.8 PCT', 1, 14.8, 'percent', 'Japan housing starts', 'increase', 'year_on_year', None, per('MARCH', 1987, 3), None),
        ('14.8 pct', 1, 14.8, 'percent', "Japan's housing starts", 'increase', 'year_on_year', None, MAR87, MOC),
        ('112,406 units', 1, 112406, 'count', "Japan's housing starts", 'increase', None, None, MAR87, MOC),
        ('1.52 mln units', 1, 1.52e6, 'count', 'seasonally adjusted annual rate of starts', 'increase', None, None, None, MOC),
        ('1.44 mln', 1, 1.44e6, 'count', 'seasonally adjusted annual rate of starts', None, None, None, per('in February', 1987, 2), MOC),
        ('6.2 pct', 1, 6.2, 'percent', 'owner-occupied housing starts', 'increase', 'year_on_year', None, None, MOC),
        ('39,870 units', 1, 39870, 'count', 'owner-occupied housing starts', 'increase', None, None, None, MOC),
        ('27.5 pct', 1, 27.5, 'percent', 'starts of houses built for rent', 'increase', 'year_on_year', None, None, MOC),
        ('50,115', 1, 50115, 'count', 'starts of houses built for rent', 'increase', None, None, None, MOC),
        ('4.1 pct', 1, 4.1, 'percent', 'starts of houses built for sale', 'increase', 'year_on_year', None, None, MOC),
        ('21,302', 1, 21302, 'count', 'starts of houses built for sale', 'increase', None, None, None, MOC),
        ('9.6 pct', 1, 9.6, 'percent', 'floor space of new housing', 'increase', None, None, None, MOC),
        ('8.14 mln square metres', 1, 8.14e6, 'square metre', 'floor space of new housing', 'increase', None, None, None, MOC),
        ('10.3 pct', 1, 10.3, 'percent', 'housing starts', 'increase', 'year_on_year', None, FY87, MOC),
        ('1.39 mln units', 1, 1.39e6, 'count', 'housing starts', 'increase', None, None, FY87, MOC),
        ('1.26 mln', 1, 1.26e6, 'count', 'housing starts', None, None, None, P('a year earlier', '1985-04-01', '1986-03-31'), MOC),
        ('42 pct', 1, 42, 'percent', 'rental housing share of starts', None, None, None, FY8687, MOC),
        ('37 pct', 1, 37, 'percent', 'rental housing share of starts', None, None, None, P('in 1985/86', '1985-04-01', '1986-03-31'), MOC),
        ('3.8 pct', 1, 3.8, 'percent', "starts financed by the government's Housing Loan Corp", 'decrease', None, None, FY8687, MOC),
        ('492,600 units', 1, 492600, 'count', "starts financed by the government's Housing Loan Corp", 'decrease', None, None, FY8687, MOC),
        ('1.35 mln units', 1, 1.35e6, 'count', 'starts', 'decrease', None, 'approximately', P('in fiscal 1987', '1987-04-01', '1988-03-31'), None),
    ],
    'wire_2025_china_activity_data.txt': [
        ('4.8%', 1, 4.8, 'percent', "China's industrial output", 'increase', 'year_on_year', None, CNOV, NBS),
        ('4.9%', 1, 4.9, 'percent', "China's industrial output", None, 'year_on_year', None, COCT, NBS),
        ('1.3%', 1, 1.3, 'percent', 'retail sales', 'increase', 'year_on_year', None, CNOV, NBS),
        ('5.0%', 1, 5.0, 'percent', 'industrial output', 'increase', None, None, None, 'Reuters'),
        ('2.9%', 1, 2.9, 'percent', 'retail sales', 'increase', None, None, None, 'Reuters'),
        ('2.6%', 1, 2.6, 'percent', 'fixed-asset investment', 'decrease', 'year_on_year', None, JN, NBS),
        ('1.7%', 1, 1.7, 'percent', 'fixed-asset investment', 'decrease', 'year_on_year', None, P('in the first 10 months', '2025-01-01', '2025-10-31'), NBS),
        ('2.3%', 1, 2.3, 'percent', 'fixed-asset investment', 'decrease', 'year_on_year', None, JN, None),
        ('5.3%', 1, 5.3, 'percent', 'private investment', 'decrease', 'year_on_year', None, JN, NBS),
        ('1.1%', 1, 1.1, 'percent', 'infrastructure investment', 'decrease', 'year_on_year', None, JN, NBS),
        ('0.4%', 1, 0.4, 'percent', 'manufacturing investment', 'decrease', 'year_on_year', None, JN, NBS),
        ('15.9%', 1, 15.9, 'percent', 'property investment', 'decrease', 'year_on_year', None, F11, NBS),
        ('7.8%', 1, 7.8, 'percent', 'new home sales by floor area', 'decrease', 'year_on_year', None, F11, NBS),
        ('11.2%', 1, 11.2, 'percent', 'new home sales by value', 'decrease', 'year_on_year', None, F11, NBS),
        ('11.9%', 1, 11.9, 'percent', 'funds raised by developers', 'decrease', 'year_on_year', None, F11, NBS),
        ('0.4%', 2, 0.4, 'percent', 'new home prices', 'decrease', 'month_on_month', None, CNOV, 'Reuters'),
        ('0.5%', 1, 0.5, 'percent', 'new home prices', 'decrease', 'month_on_month', None, COCT, 'Reuters'),
        ('5.1%', 1, 5.1, 'percent', 'nationwide survey-based urban unemployment rate', None, None, None, CNOV, NBS),
        ('5%', 1, 5, 'percent', 'economic growth target', None, None, 'approximately', Y('for this year', 2025), GOC),
    ],
    'cnbc_style_homebuilder_earnings.txt': [
        ('17%', 1, 17, 'percent', 'gross margin', 'decrease', None, None, None, None),
        ('6%', 1, 6, 'percent', 'Lennar shares', 'decrease', None, 'approximately', P('on Tuesday', '2025-12-16', '2025-12-16'), LEN),
        ('$2.14', 1, 2.14, 'USD', 'adjusted earnings per share', None, None, None, None, LEN),
        ('$2.21', 1, 2.21, 'USD', 'adjusted earnings per share', None, None, None, None, None),
        ('$9.37 billion', 1, 9.37e9, 'USD', 'revenue', None, None, None, None, LEN),
        ('$9.52 billion', 1, 9.52e9, 'USD', 'revenue', None, None, None, None, None),
        ('6%', 2, 6, 'percent', 'revenue', 'decrease', 'year_on_year', None, FQ, LEN),
        ('$9.95 billion', 1, 9.95e9, 'USD', 'revenue', None, None, None, P('in the year-ago period', '2024-09-01', '2024-11-30'), LEN),
        ('$490 million', 1, 490e6, 'USD', 'net income', None, None, None, FQ, LEN),
        ('$1.87', 1, 1.87, 'USD', 'earnings per share', None, None, None, FQ, LEN),
        ('$1.1 billion', 1, 1.1e9, 'USD', 'net income', None, None, None, FYA, LEN),
        ('$4.06', 1, 4.06, 'USD', 'earnings per share', None, None, None, FYA, LEN),
        ('18%', 1, 18, 'percent', 'new orders', 'increase', 'year_on_year', None, PER, LEN),
        ('20,018', 1, 20018, 'count', 'new orders', 'increase', None, None, PER, LEN),
        ('9%', 1, 9, 'percent', 'deliveries', 'increase', 'year_on_year', None, PER, LEN),
        ('23,034', 1, 23034, 'count', 'deliveries', 'increase', None, None, PER, LEN),
        ('$386,000', 1, 386000, 'USD', 'average sales price of homes delivered', None, None, None, PER, LEN),
        ('10%', 1, 10, 'percent', 'average sales price of homes delivered', 'decrease', 'year_on_year', None, PER, LEN),
        ('14%', 1, 14, 'percent', 'incentives as a share of the sales price', None, None, None, PER, LEN),
        ('17.0%', 1, 17.0, 'percent', 'gross margin on home sales', 'decrease', None, None, FQ4, LEN),
        ('22.1%', 1, 22.1, 'percent', 'gross margin on home sales', None, None, None, FYA, LEN),
        ('17.5%', 1, 17.5, 'percent', 'gross margin on home sales', None, None, None, FQ4, LEN),
        ('18%', 2, 18, 'percent', 'gross margin on home sales', None, None, None, FQ4, LEN),
        ('18,000', 1, 18000, 'count', 'new orders', None, None, None, FQ1, LEN),
        ('19,000', 1, 19000, 'count', 'new orders', None, None, None, FQ1, LEN),
        ('17,000', 1, 17000, 'count', 'deliveries', None, None, None, FQ1, LEN),
        ('18,000', 2, 18000, 'count', 'deliveries', None, None, None, FQ1, LEN),
        ('15%', 1, 15, 'percent', 'gross margin', None, None, 'approximately', FQ1, LEN),
        ('16%', 1, 16, 'percent', 'gross margin', None, None, 'approximately', FQ1, LEN),
        ('9%', 2, 9, 'percent', 'Lennar stock', 'decrease', None, 'approximately', P('so far this year', '2025-01-01', '2025-12-16'), LEN),
    ],
    'mt_newswires_france_cpi_insee.txt': [
        ('0.8%', 1, 0.8, 'percent', "France's inflation", 'decrease', None, None, per('November', 2025, 11), None),
        ('0.8%', 2, 0.8, 'percent', "France's consumer price index", 'increase', 'year_on_year', None, FNOV, INSEE),
        ('1.0%', 1, 1.0, 'percent', "France's consumer price index", None, 'year_on_year', None, FOCT, INSEE),
        ('0.9%', 1, 0.9, 'percent', 'annual inflation', None, 'year_on_year', None, FNOV, BBG),
        ('0.2%', 1, 0.2, 'percent', 'consumer prices', 'decrease', 'month_on_month', None, FNOV, INSEE),
        ('0.1%', 1, 0.1, 'percent', 'consumer prices', 'increase', 'month_on_month', None, FOCT, INSEE),
        ('0.9%', 2, 0.9, 'percent', 'harmonised index of consumer prices', 'increase', 'year_on_year', None, FNOV, INSEE),
        ('1.1%', 1, 1.1, 'percent', 'harmonised index of consumer prices', None, 'year_on_year', None, FOCT, INSEE),
        ('0.3%', 1, 0.3, 'percent', 'HICP', 'decrease', 'month_on_month', None, FNOV, INSEE),
        ('1.0%', 2, 1.0, 'percent', 'harmonised index of consumer prices', None, 'year_on_year', None, FNOV, None),
        ('-0.2%', 1, -0.2, 'percent', 'HICP', 'decrease', 'month_on_month', None, FNOV, None),
        ('4.6%', 1, 4.6, 'percent', 'energy prices', 'decrease', 'year_on_year', None, FNOV, INSEE),
        ('2.9%', 1, 2.9, 'percent', 'energy prices', 'decrease', 'year_on_year', None, FOCT, INSEE),
        ('7.1%', 1, 7.1, 'percent', 'petroleum product prices', 'decrease', 'year_on_year', None, FNOV, INSEE),
        ('2.3%', 1, 2.3, 'percent', 'services inflation', None, 'year_on_year', None, FNOV, INSEE),
        ('1.4%', 1, 1.4, 'percent', 'food prices', 'increase', 'year_on_year', None, FNOV, INSEE),
        ('0.5%', 1, 0.5, 'percent', 'manufactured goods prices', 'decrease', 'year_on_year', None, FNOV, INSEE),
        ('0.7%', 1, 0.7, 'percent', 'CPI excluding tobacco', 'increase', 'year_on_year', None, None, INSEE),
        ('2%', 1, 2, 'percent', 'inflation target', None, None, None, None, ECB),
        ('2.00%', 1, 2.00, 'percent', 'deposit rate', None, None, None, FOCT, ECB),
    ],
    'trading_economics_style_greece_unemployment.txt': [
        ('8.2%', 1, 8.2, 'percent', 'unemployment rate in Greece', 'decrease', None, None, O25, ELS),
        ('8.5%', 1, 8.5, 'percent', 'unemployment rate in Greece', None, None, None, per('in the previous month', 2025, 9), ELS),
        ('8.4%', 1, 8.4, 'percent', 'jobless rate', None, None, None, O25, None),
        ('12.6 thousand', 1, 12600, 'count', 'number of unemployed persons', 'decrease', 'month_on_month', None, O25, ELS),
        ('391.2 thousand', 1, 391200, 'count', 'number of unemployed persons', 'decrease', None, None, O25, ELS),
        ('9.8 thousand', 1, 9800, 'count', 'employment', 'increase', 'month_on_month', None, O25, ELS),
        ('4,379.5 thousand', 1, 4379500, 'count', 'employment', 'increase', None, None, O25, ELS),
        ('3,198.7 thousand', 1, 3198700, 'count', 'economically inactive persons', None, None, None, O25, ELS),
        ('0.4%', 1, 0.4, 'percent', 'economically inactive persons', 'decrease', 'year_on_year', None, O25, ELS),
        ('6.5%', 1, 6.5, 'percent', 'unemployment rate among men', None, None, None, O25, ELS),
        ('10.3%', 1, 10.3, 'percent', 'unemployment rate for women', None, None, None, O25, ELS),
        ('16.9%', 1, 16.9, 'percent', 'youth unemployment rate', 'decrease', None, None, O25, ELS),
        ('18.2%', 1, 18.2, 'percent', 'youth unemployment rate', None, None, None, per('in September', 2025, 9), ELS),
        ('9.6%', 1, 9.6, 'percent', 'overall jobless rate', None, None, None, per('A year earlier', 2024, 10), ELS),
        ('15.62 percent', 1, 15.62, 'percent', 'Unemployment Rate in Greece average', None, None, None, P('from 1998 until 2025', '1998-01-01', '2025-12-31'), ELS),
        ('27.80 percent', 1, 27.80, 'percent', 'Unemployment Rate in Greece all time high', None, None, None, per('in September 2013', 2013, 9), ELS),
        ('7.90 percent', 1, 7.90, 'percent', 'Unemployment Rate in Greece record low', None, None, None, per('in May 2008', 2008, 5), ELS),
        ('8.30 percent', 1, 8.30, 'percent', 'Unemployment Rate in Greece', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('8.00 percent', 1, 8.00, 'percent', 'Greece Unemployment Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('7.60 percent', 1, 7.60, 'percent', 'Greece Unemployment Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_european_stocks_stoxx600.txt': [
        ('6%', 1, 6, 'percent', 'Novo Nordisk', 'decrease', None, None, None, None),
        ('0.4%', 1, 0.4, 'percent', 'STOXX 600', 'decrease', None, None, ET, None),
        ('566.30 points', 1, 566.30, 'index_point', 'STOXX 600', 'decrease', None, None, ET, None),
        ('0.6%', 1, 0.6, 'percent', 'DAX', 'decrease', None, None, ET, None),
        ('0.2%', 1, 0.2, 'percent', 'CAC 40', 'decrease', None, None, ET, None),
        ('0.5%', 1, 0.5, 'percent', 'FTSE MIB', 'decrease', None, None, ET, None),
        ('9,742', 1, 9742, 'index_point', 'FTSE 100', None, None, None, ET, None),
        ('1.8%', 1, 1.8, 'percent', 'technology stocks', 'decrease', None, None, None, None),
        ('1.3%', 1, 1.3, 'percent', 'healthcare', 'decrease', None, None, None, None),
        ('1.1%', 1, 1.1, 'percent', 'basic resources', 'increase', None, None, None, None),
        ('6.2%', 1, 6.2, 'percent', 'Novo Nordisk shares', 'decrease', None, None, None, None),
        ('8%', 1, 8, 'percent', 'sales growth', 'decrease', None, None, Y25, NOVO),
        ('11%', 1, 11, 'percent', 'sales growth', 'decrease', None, None, Y25, NOVO),
        ('8%', 2, 8, 'percent', 'sales growth', None, None, None, Y25, NOVO),
        ('14%', 1, 14, 'percent', 'sales growth', None, None, None, Y25, NOVO),
        ('3.9%', 1, 3.9, 'percent', 'Siemens Healthineers', 'decrease', None, None, None, SHL),
        ('4.7%', 1, 4.7, 'percent', 'comparable revenue growth', 'increase', None, None, P('for its fiscal fourth quarter', '2025-07-01', '2025-09-30'), SHL),
        ('2.8%', 1, 2.8, 'percent', 'AB InBev', 'increase', None, None, None, ABI),
        ('1.9%', 1, 1.9, 'percent', 'beer volumes', 'decrease', None, None, Q('in the third quarter', 2025, 3), ABI),
        ('1.3%', 2, 1.3, 'percent', 'German industrial production', 'increase', 'month_on_month', None, GSEP, DST),
        ('1.8%', 2, 1.8, 'percent', 'German industrial production', 'increase', 'month_on_month', None, GSEP, None),
        ('4.6%', 1, 4.6, 'percent', 'German industrial production', 'decrease', 'month_on_month', None, per('in August', 2025, 8), DST),
        ('3 basis points', 1, 3, 'basis_point', "Germany's 10-year Bund yield", 'increase', None, None, None, DST),
        ('2.67%', 1, 2.67, 'percent', "Germany's 10-year Bund yield", 'increase', None, None, None, DST),
        ('3.44%', 1, 3.44, 'percent', "Italy's 10-year yield", None, None, None, None, None),
    ],
    'business_standard_style_upi_digital_payments.txt': [
        ('18.3 bn', 1, 18.3e9, 'count', 'UPI transactions', None, None, None, MAR, None),
        ('30%', 1, 30, 'percent', 'UPI transaction value', 'increase', None, None, P('FY25', '2024-04-01', '2025-03-31'), None),
        ('18.30 billion', 1, 18.30e9, 'count', 'UPI transactions', None, None, None, MAR, NPCI),
        ('13.6 per cent', 1, 13.6, 'percent', 'UPI transactions', 'increase', 'month_on_month', None, MAR, NPCI),
        ('16.11 billion', 1, 16.11e9, 'count', 'UPI transactions', None, None, None, per("February's", 2025, 2), NPCI),
        ('12.7 per cent', 1, 12.7, 'percent', 'value of UPI payments', 'increase', 'month_on_month', None, MAR, NPCI),
        ('₹24.77 lakh crore', 1, 24.77e12, 'INR', 'value of UPI payments', 'increase', None, None, MAR, NPCI),
        ('₹21.96 lakh crore', 1, 21.96e12, 'INR', 'value of UPI payments', None, None, None, FEB, NPCI),
        ('36 per cent', 1, 36, 'percent', 'UPI volumes', 'increase', 'year_on_year', None, MAR, NPCI),
        ('25 per cent', 1, 25, 'percent', 'UPI value', 'increase', 'year_on_year', None, MAR, NPCI),
        ('590 million', 1, 590e6, 'count', 'daily average transactions', None, None, None, MAR, NPCI),
        ('575 million', 1, 575e6, 'count', 'daily average transactions', None, None, None, FEB, NPCI),
        ('₹79,910 crore', 1, 79910e7, 'INR', 'average daily value', None, None, None, MAR, NPCI),
        ('185.8 billion', 1, 185.8e9, 'count', 'UPI transactions', None, None, None, FY25, NPCI),
        ('₹261 lakh crore', 1, 261e12, 'INR', 'value of UPI transactions', None, None, None, FY25, NPCI),
        ('42 per cent', 1, 42, 'percent', 'UPI transactions', 'increase', 'year_on_year', None, FY25, NPCI),
        ('30 per cent', 1, 30, 'percent', 'value of UPI transactions', 'increase', 'year_on_year', None, FY25, NPCI),
        ('10 per cent', 1, 10, 'percent', 'IMPS transactions', 'increase', None, None, MAR, NPCI),
        ('548 million', 1, 548e6, 'count', 'IMPS transactions', 'increase', None, None, MAR, NPCI),
        ('₹6.32 lakh crore', 1, 6.32e12, 'INR', 'value of IMPS transactions', None, None, None, MAR, NPCI),
        ('381 million', 1, 381e6, 'count', 'FASTag volumes', None, None, None, MAR, NPCI),
        ('12 per cent', 1, 12, 'percent', 'FASTag volumes', 'increase', 'month_on_month', None, MAR, NPCI),
        ('₹6,801 crore', 1, 6801e7, 'INR', 'FASTag collections', None, None, None, MAR, NPCI),
        ('₹1,500 crore', 1, 1500e7, 'INR', 'incentives for low-value person-to-merchant UPI payments', None, None, None, P('in FY25', '2024-04-01', '2025-03-31'), GOI),
    ],
    'eu_energy_style_ara_oil_product_stocks.txt': [
        ('5.62 million tonnes', 1, 5.62e6, 'tonne', 'independently held oil product stocks in the ARA hub', None, None, None, WK, IG),
        ('2.4%', 1, 2.4, 'percent', 'independently held oil product stocks in the ARA hub', 'decrease', 'period_on_period', None, WK, IG),
        ('6%', 1, 6, 'percent', 'independently held oil product stocks in the ARA hub', 'decrease', 'year_on_year', None, WK, IG),
        ('14%', 1, 14, 'percent', 'gasoline stocks', 'increase', None, None, WK, IG),
        ('9%', 1, 9, 'percent', 'gasoil stocks', 'decrease', None, None, WK, IG),
        ('97,000 tonnes', 1, 97000, 'tonne', 'gasoline stocks', 'decrease', 'period_on_period', None, SW, IG),
        ('1.08 million tonnes', 1, 1.08e6, 'tonne', 'gasoline stocks', 'decrease', None, None, SW, IG),
        ('4%', 1, 4, 'percent', 'naphtha stocks', 'increase', 'period_on_period', None, SW, IG),
        ('402,000 tonnes', 1, 402000, 'tonne', 'naphtha stocks', 'increase', None, None, SW, IG),
        ('2.12 million tonnes', 1, 2.12e6, 'tonne', 'gasoil stocks', None, None, None, None, IG),
        ('8%', 1, 8, 'percent', 'jet fuel stocks', 'decrease', 'period_on_period', None, None, IG),
        ('731,000 tonnes', 1, 731000, 'tonne', 'jet fuel stocks', 'decrease', None, None, None, IG),
        ('21,000 tonnes', 1, 21000, 'tonne', 'fuel oil inventories', 'increase', None, None, None, IG),
        ('1.29 million tonnes', 1, 1.29e6, 'tonne', 'fuel oil inventories', 'increase', None, None, None, IG),
        ('5.78 million tonnes', 1, 5.78e6, 'tonne', 'total ARA product stocks', None, None, None, Q4TD, IG),
        ('150,000 tonnes', 1, 150000, 'tonne', 'total ARA product stocks', 'decrease', 'quarter_on_quarter', 'approximately', Q4TD, IG),
        ('half', 1, 0.5, 'fraction', 'middle distillates share of the total', None, None, 'approximately', Q4TD, IG),
        ('412,000 tonnes', 1, 412000, 'tonne', 'exports of gasoline from ARA to West Africa', 'increase', None, None, per('in November', 2025, 11), KPL),
        ('305,000 tonnes', 1, 305000, 'tonne', 'exports of gasoline from ARA to West Africa', None, None, None, per('in October', 2025, 10), KPL),
    ],
    'nbs_style_national_day_holiday_travel.txt': [
        ('5.9%', 1, 5.9, 'percent', 'domestic trips', 'increase', None, None, HOLH, None),
        ('11.6%', 1, 11.6, 'percent', 'cross-border travel', 'increase', None, None, HOLH, None),
        ('765 million', 1, 765e6, 'count', 'domestic tourist trips', None, None, None, HOL, MCT),
        ('5.9%', 2, 5.9, 'percent', 'domestic tourist trips', 'increase', 'year_on_year', None, HOL, MCT),
        ('10.2%', 1, 10.2, 'percent', 'domestic tourist trips', 'increase', None, None, S19, MCT),
        ('700.82 billion yuan', 1, 700.82e9, 'CNY', 'total domestic tourist spending', None, None, None, HOL, MCT),
        ('6.3%', 1, 6.3, 'percent', 'total domestic tourist spending', 'increase', 'year_on_year', None, HOL, MCT),
        ('7.9%', 1, 7.9, 'percent', 'total domestic tourist spending', 'increase', None, None, S19, MCT),
        ('13.8 million', 1, 13.8e6, 'count', 'inbound and outbound trips', None, None, None, DH, NIA),
        ('1.97 million', 1, 1.97e6, 'count', 'daily average of inbound and outbound trips', None, None, None, DH, NIA),
        ('11.6%', 2, 11.6, 'percent', 'daily average of inbound and outbound trips', 'increase', 'year_on_year', None, DH, NIA),
        ('705,000', 1, 705000, 'count', 'trips by foreigners', None, None, None, DH, NIA),
        ('48.6%', 1, 48.6, 'percent', 'trips by foreigners', 'increase', 'year_on_year', None, DH, NIA),
        ('2.102 billion yuan', 1, 2.102e9, 'CNY', 'national box office', None, None, None, DH, CFA),
        ('51.2 million', 1, 51.2e6, 'count', 'number of moviegoers', None, None, None, DH, CFA),
        ('151 million', 1, 151e6, 'count', 'railway passengers', None, None, None, RW, CSR),
        ('15.1 million', 1, 15.1e6, 'count', 'daily average of railway passengers', None, None, None, RW, CSR),
        ('4.2%', 1, 4.2, 'percent', 'daily average of railway passengers', 'increase', 'year_on_year', None, RW, CSR),
        ('20.7 million', 1, 20.7e6, 'count', 'railway passengers', None, None, None, P('On October 1', '2024-10-01', '2024-10-01'), CSR),
        ('16.7 million', 1, 16.7e6, 'count', 'civil aviation passengers', None, None, 'approximately', DH, CAAC),
        ('2.39 million', 1, 2.39e6, 'count', 'daily average of civil aviation passengers', None, None, None, DH, CAAC),
        ('11.3%', 1, 11.3, 'percent', 'daily average of civil aviation passengers', 'increase', 'year_on_year', None, DH, CAAC),
        ('85.6 percent', 1, 85.6, 'percent', 'average passenger load factor', None, None, None, DH, CAAC),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
