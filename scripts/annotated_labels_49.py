# ruff: noqa: E501, RUF001
"""Write corpus/annotated_49/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_49.py corpus/annotated_49
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
SCB = "Statistics Sweden"
SBP = "State Bank of Pakistan"
PBS = "Pakistan Bureau of Statistics"
RTRS = "Reuters"
SIA = "Semiconductor Industry Association"
WSTS = "World Semiconductor Trade Statistics"
FACTSET = "FactSet"
CSD = "Census and Statistics Department"
HKTB = "Hong Kong Tourism Board"
INE = "Statistics Portugal"
TE = "Trading Economics"
DOC = "U.S. Department of Commerce"
WFT = "West Fraser Timber"
CANFOR = "Canfor Corporation"
FM = "Freddie Mac"
ANAROCK = "Anarock Property Consultants"
PROPEQ = "PropEquity"
ESTAT = "Eurostat"
EEX = "European Energy Exchange"
NBS = "National Bureau of Statistics"

# 4901 ONS online job adverts (ref Thursday 2025-11-20; weeks end on Friday)
W14 = P("in the week to 14 November 2025", "2025-11-08", "2025-11-14")
LW = P("In the latest week", "2025-11-08", "2025-11-14")
LW2 = P("in the latest week", "2025-11-08", "2025-11-14")
F4W = P("Over the four weeks to 14 November 2025", "2025-10-18", "2025-11-14")
SINCE = P("Since the start of 2025", "2025-01-01", "2025-11-20")
W7M = P("in the week to 7 March 2025", "2025-03-01", "2025-03-07")
W7N = P("for the week to 7 November 2025", "2025-11-01", "2025-11-07")
# 4902 Reuters 1987 (ref Thursday 1987-06-25)
HMAY = per("IN MAY", 1987, 5)
MAY = per("in May", 1987, 5)
APR = per("in April", 1987, 4)
YE86 = per("a year earlier", 1986, 5)
# 4903 Reuters 2025 (ref Monday 2025-12-15)
MON = P("on Monday", "2025-12-15", "2025-12-15")
PNOV = per("in November", 2025, 11)
POCT = per("in October", 2025, 10)
FY26 = P("in fiscal 2026", "2025-07-01", "2026-06-30")
# 4904 CNBC (ref Friday 2025-12-05)
COCT = per("in October", 2025, 10)
AOCT = per("October", 2025, 10)
# 4905 MT Newswires (ref Monday 2025-12-01)
HOCT = per("in October", 2025, 10)
HSEP = per("in September", 2025, 9)
H10M = P("For the first 10 months of 2025", "2025-01-01", "2025-10-31")
# 4906 Trading Economics (ref Monday 2025-12-15)
O25 = per("in October 2025", 2025, 10)
TOCT = per("in October", 2025, 10)
T10M = P("In the first ten months of the year", "2025-01-01", "2025-10-31")
# 4907 Investing.com (ref Wednesday 2025-12-17)
ET = P("By 11:20 ET", None, None)
LNOV = per("in November", 2025, 11)
Q126 = Q("in the first quarter of 2026", 2026, 1)
# 4908 Business Standard (ref Friday 2025-12-26)
B25 = Y("in 2025", 2025)
B24 = Y("in 2024", 2024)
CY25 = Y("in calendar year 2025", 2025)
EDEC = P("at the end of December", "2025-12-31", "2025-12-31")
OD = Q("In the October-December quarter", 2025, 4)
# 4909 DG ENER (ref Wednesday 2026-01-21)
Q325 = Q("in the third quarter of 2025", 2025, 3)
Q3S = Q("in Q3 2025", 2025, 3)
INQ = Q("in the quarter", 2025, 3)
TQ = Q("in the third quarter", 2025, 3)
N9M = P("Over the first nine months of 2025", "2025-01-01", "2025-09-30")
# 4910 NBS (ref Thursday 2025-12-25)
C25 = Y("in 2025", 2025)
CI25 = Y("In 2025", 2025)
TY = Y("This year", 2025)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_online_job_adverts.txt': [
        ('81.4', 1, 81.4, 'index_point', 'total volume of online job adverts', None, None, None, W14, None),
        ('1.5%', 1, 1.5, 'percent', 'total volume of online job adverts', 'decrease', 'period_on_period', None, W14, None),
        ('8.7%', 1, 8.7, 'percent', 'total volume of online job adverts', 'decrease', 'year_on_year', None, W14, None),
        ('17', 1, 17, 'count', 'job categories where adverts decreased', None, None, None, LW, None),
        ('6.2%', 1, 6.2, 'percent', 'adverts for "Transport, logistics and warehouse"', 'decrease', 'period_on_period', None, LW, None),
        ('103.9', 1, 103.9, 'index_point', 'adverts for "Healthcare and social care"', None, None, None, None, ONS),
        ('18%', 1, 18, 'percent', 'adverts for "Catering and hospitality"', 'decrease', 'year_on_year', None, F4W, ONS),
        ('15%', 1, 15, 'percent', 'adverts for "IT, computing and software"', 'decrease', 'year_on_year', None, F4W, ONS),
        ('4%', 1, 4, 'percent', 'adverts for "Energy, oil and gas"', 'increase', 'year_on_year', None, F4W, ONS),
        ('68.2', 1, 68.2, 'index_point', 'online job adverts index in London', None, None, None, LW2, ONS),
        ('96.5', 1, 96.5, 'index_point', 'online job adverts index in Northern Ireland', None, None, None, LW2, ONS),
        ('88.1', 1, 88.1, 'index_point', 'online job adverts index in Scotland', None, None, None, LW2, ONS),
        ('84.7', 1, 84.7, 'index_point', 'online job adverts index in Wales', None, None, None, LW2, ONS),
        ('3.4%', 1, 3.4, 'percent', 'adverts in the North East', 'decrease', 'period_on_period', None, LW2, ONS),
        ('2.9%', 1, 2.9, 'percent', 'adverts in the South West', 'decrease', 'period_on_period', None, LW2, ONS),
        ('84', 1, 84, 'index_point', 'total index average', None, None, 'approximately', SINCE, ONS),
        ('88.6', 1, 88.6, 'index_point', 'total index peak', None, None, None, W7M, ONS),
        ('82.6', 1, 82.6, 'index_point', 'total volume of online job adverts', 'increase', None, None, W7N, ONS),
        ('82.3', 1, 82.3, 'index_point', 'total volume of online job adverts', None, None, None, W7N, ONS),
    ],
    'wire_1987_swedish_trade_surplus.txt': [
        ('3.4 BILLION CROWNS', 1, 3.4e9, 'SEK', 'Swedish trade surplus', 'increase', None, None, HMAY, None),
        ('3.4 billion crowns', 1, 3.4e9, 'SEK', 'trade surplus', 'increase', None, None, MAY, SCB),
        ('2.1 billion', 1, 2.1e9, 'SEK', 'trade surplus', None, None, None, APR, SCB),
        ('2.8 billion crowns', 1, 2.8e9, 'SEK', 'trade surplus', None, None, None, per('in May 1986', 1986, 5), SCB),
        ('24.6 billion crowns', 1, 24.6e9, 'SEK', 'exports', 'increase', None, None, MAY, SCB),
        ('22.9 billion', 1, 22.9e9, 'SEK', 'exports', None, None, None, YE86, SCB),
        ('21.2 billion', 1, 21.2e9, 'SEK', 'imports', None, None, None, MAY, SCB),
        ('20.1 billion', 1, 20.1e9, 'SEK', 'imports', None, None, None, YE86, SCB),
        ('9.2 pct', 1, 9.2, 'percent', 'engineering exports', 'increase', 'year_on_year', None, MAY, SCB),
        ('11.3 billion crowns', 1, 11.3e9, 'SEK', 'engineering exports', 'increase', None, None, MAY, SCB),
        ('14 pct', 1, 14, 'percent', 'exports of cars and trucks', 'increase', 'year_on_year', None, MAY, SCB),
        ('6.5 pct', 1, 6.5, 'percent', 'exports of telecommunications equipment', 'increase', 'year_on_year', None, MAY, SCB),
        ('31 pct', 1, 31, 'percent', 'oil imports', 'decrease', 'year_on_year', None, MAY, SCB),
        ('1.46 billion crowns', 1, 1.46e9, 'SEK', 'oil imports', 'decrease', None, None, MAY, SCB),
        ('620 mln crowns', 1, 620e6, 'SEK', 'spending on refined products', 'decrease', None, None, MAY, SCB),
        ('890 mln', 1, 890e6, 'SEK', 'spending on refined products', None, None, None, YE86, SCB),
        ('3.1 billion', 1, 3.1e9, 'SEK', 'exports to West Germany', None, None, None, None, SCB),
        ('2.5 billion crowns', 1, 2.5e9, 'SEK', 'exports to Britain', None, None, None, None, SCB),
        ('13.9 billion crowns', 1, 13.9e9, 'SEK', 'trade surplus', 'increase', None, None, P('For the first five months of 1987', '1987-01-01', '1987-05-31'), SCB),
        ('9.7 billion', 1, 9.7e9, 'SEK', 'trade surplus', None, None, None, P('in the same period last year', '1986-01-01', '1986-05-31'), SCB),
        ('2.5', 2, 2.5e9, 'SEK', 'trade surplus', None, None, None, per('May', 1987, 5), None),
        ('3.0 billion crowns', 1, 3.0e9, 'SEK', 'trade surplus', None, None, None, per('May', 1987, 5), None),
        ('2.6 billion crowns', 1, 2.6e9, 'SEK', 'seasonally adjusted surplus', None, None, 'approximately', MAY, SCB),
        ('2.3 billion', 1, 2.3e9, 'SEK', 'seasonally adjusted surplus', None, None, None, APR, SCB),
    ],
    'wire_2025_pakistan_rate_decision.txt': [
        ('50 bps', 1, 50, 'basis_point', 'key rate', 'decrease', None, None, None, SBP),
        ('10.5%', 1, 10.5, 'percent', 'key rate', 'decrease', None, None, None, SBP),
        ('50 basis points', 1, 50, 'basis_point', 'key policy rate', 'decrease', None, None, MON, SBP),
        ('10.5%', 2, 10.5, 'percent', 'key policy rate', 'decrease', None, None, MON, SBP),
        ('16', 1, 16, 'count', 'analysts surveyed by Reuters', None, None, None, None, RTRS),
        ('13', 1, 13, 'count', 'analysts expecting a hold', None, None, None, None, RTRS),
        ('three', 1, 3, 'count', 'analysts forecasting a cut', None, None, None, None, RTRS),
        ('50', 3, 50, 'basis_point', 'policy rate cut', 'decrease', None, None, None, RTRS),
        ('100 bps', 1, 100, 'basis_point', 'policy rate cut', 'decrease', None, None, None, RTRS),
        ('11%', 1, 11, 'percent', 'policy rate', None, None, None, P('since May', '2025-05-01', '2025-12-15'), SBP),
        ('1,150 basis points', 1, 1150, 'basis_point', 'policy rate', 'decrease', None, None, P('since June 2024', '2024-06-01', '2025-12-15'), SBP),
        ('6.1%', 1, 6.1, 'percent', 'annual consumer price inflation', 'increase', 'year_on_year', None, PNOV, PBS),
        ('4.8%', 1, 4.8, 'percent', 'annual consumer price inflation', None, 'year_on_year', None, POCT, PBS),
        ('5%', 1, 5, 'percent', 'medium-term inflation target', None, None, None, None, SBP),
        ('7%', 1, 7, 'percent', 'medium-term inflation target', None, None, None, None, SBP),
        ('0.4%', 1, 0.4, 'percent', 'consumer prices', 'increase', 'month_on_month', None, PNOV, PBS),
        ('7.2%', 1, 7.2, 'percent', 'urban core inflation', 'decrease', 'year_on_year', None, PNOV, PBS),
        ('7.5%', 1, 7.5, 'percent', 'urban core inflation', None, 'year_on_year', None, POCT, PBS),
        ('$14.6 billion', 1, 14.6e9, 'USD', 'liquid foreign exchange reserves held by the SBP', 'increase', None, None, P('as of Dec. 5', '2025-12-05', '2025-12-05'), SBP),
        ('$14.4 billion', 1, 14.4e9, 'USD', 'liquid foreign exchange reserves held by the SBP', None, None, None, P('a week earlier', '2025-11-28', '2025-11-28'), SBP),
        ('$1.2 billion', 1, 1.2e9, 'USD', 'IMF disbursement', None, None, None, P('on Dec. 3', '2025-12-03', '2025-12-03'), SBP),
        ('$0.3 billion', 1, 0.3e9, 'USD', 'current account surplus', None, None, None, P('in July-November', '2025-07-01', '2025-11-30'), SBP),
        ('$1.1 billion', 1, 1.1e9, 'USD', 'current account deficit', None, None, None, P('in the same period a year ago', '2024-07-01', '2024-11-30'), SBP),
        ('3.75%', 1, 3.75, 'percent', 'real GDP growth', 'increase', None, None, FY26, SBP),
        ('4.75%', 1, 4.75, 'percent', 'real GDP growth', 'increase', None, None, FY26, SBP),
        ('3.25%', 1, 3.25, 'percent', 'real GDP growth', None, None, None, FY26, SBP),
        ('4.25%', 1, 4.25, 'percent', 'real GDP growth', None, None, None, FY26, SBP),
        ('280.45', 1, 280.45, 'PKR', 'rupee', None, None, None, None, SBP),
    ],
    'cnbc_style_semiconductor_sales.txt': [
        ('27%', 1, 27, 'percent', 'global chip sales', 'increase', None, None, COCT, SIA),
        ('$72.7 billion', 1, 72.7e9, 'USD', 'worldwide semiconductor sales', 'increase', None, None, COCT, SIA),
        ('27.2%', 1, 27.2, 'percent', 'worldwide semiconductor sales', 'increase', 'year_on_year', None, COCT, SIA),
        ('$57.2 billion', 1, 57.2e9, 'USD', 'worldwide semiconductor sales', None, None, None, per('in October 2024', 2024, 10), SIA),
        ('4.7%', 1, 4.7, 'percent', 'worldwide semiconductor sales', 'increase', 'month_on_month', None, AOCT, SIA),
        ('$69.4 billion', 1, 69.4e9, 'USD', 'worldwide semiconductor sales', None, None, None, per('September', 2025, 9), SIA),
        ('41.3%', 1, 41.3, 'percent', 'sales in the Americas', 'increase', 'year_on_year', None, None, SIA),
        ('33.8%', 1, 33.8, 'percent', 'sales in Asia Pacific/All Other', 'increase', 'year_on_year', None, None, SIA),
        ('19.6%', 1, 19.6, 'percent', 'sales in China', 'increase', 'year_on_year', None, None, SIA),
        ('4.2%', 1, 4.2, 'percent', 'sales in Europe', 'increase', 'year_on_year', None, None, SIA),
        ('2.9%', 1, 2.9, 'percent', 'sales in Japan', 'decrease', 'year_on_year', None, None, SIA),
        ('8.1%', 1, 8.1, 'percent', 'sales in the Americas', 'increase', 'month_on_month', None, AOCT, SIA),
        ('5%', 1, 5, 'percent', 'sales in China', 'increase', 'month_on_month', None, AOCT, SIA),
        ('0.7%', 1, 0.7, 'percent', 'sales in Europe', 'decrease', 'month_on_month', None, AOCT, SIA),
        ('1.5%', 1, 1.5, 'percent', 'sales in Japan', 'decrease', 'month_on_month', None, AOCT, SIA),
        ('$772 billion', 1, 772e9, 'USD', 'global chip sales', None, None, None, Y('in 2025', 2025), WSTS),
        ('22.5%', 1, 22.5, 'percent', 'global chip sales', 'increase', 'year_on_year', None, Y('in 2025', 2025), WSTS),
        ('26%', 1, 26, 'percent', 'global chip sales', 'increase', 'year_on_year', None, Y('in 2026', 2026), WSTS),
        ('$975 billion', 1, 975e9, 'USD', 'global chip sales', 'increase', None, 'approximately', Y('in 2026', 2026), WSTS),
        ('44%', 1, 44, 'percent', 'VanEck Semiconductor ETF', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-12-05'), FACTSET),
        ('35%', 1, 35, 'percent', 'Nvidia', 'increase', None, 'approximately', P('in the same period', '2025-01-01', '2025-12-05'), FACTSET),
    ],
    'mt_newswires_hong_kong_retail_sales.txt': [
        ('6.9%', 1, 6.9, 'percent', 'Hong Kong retail sales value', 'increase', None, None, AOCT, None),
        ('5.6%', 1, 5.6, 'percent', 'retail sales volume', 'increase', None, None, AOCT, None),
        ('HK$33.6 billion', 1, 33.6e9, 'HKD', 'value of total retail sales', None, None, None, HOCT, CSD),
        ('6.9%', 2, 6.9, 'percent', 'value of total retail sales', 'increase', 'year_on_year', None, HOCT, CSD),
        ('5.6%', 2, 5.6, 'percent', 'volume of total retail sales', 'increase', 'year_on_year', None, HOCT, CSD),
        ('5.9%', 1, 5.9, 'percent', 'value of total retail sales', 'increase', 'year_on_year', None, HSEP, CSD),
        ('3.8%', 1, 3.8, 'percent', 'volume of total retail sales', 'increase', 'year_on_year', None, HSEP, CSD),
        ('21.4%', 1, 21.4, 'percent', 'value of sales of jewellery, watches and clocks, and valuable gifts', 'increase', 'year_on_year', None, HOCT, CSD),
        ('9.2%', 1, 9.2, 'percent', 'value of sales of medicines and cosmetics', 'increase', 'year_on_year', None, HOCT, CSD),
        ('4.7%', 1, 4.7, 'percent', 'value of sales of commodities in department stores', 'increase', 'year_on_year', None, HOCT, CSD),
        ('3.1%', 1, 3.1, 'percent', 'sales of fuels', 'decrease', 'year_on_year', None, HOCT, CSD),
        ('2.6%', 1, 2.6, 'percent', 'sales of food, alcoholic drinks and tobacco', 'decrease', 'year_on_year', None, HOCT, CSD),
        ('14.2%', 1, 14.2, 'percent', 'sales of motor vehicles and parts', 'decrease', 'year_on_year', None, HOCT, CSD),
        ('HK$3.92 billion', 1, 3.92e9, 'HKD', 'online retail sales', None, None, None, HOCT, CSD),
        ('12.5%', 1, 12.5, 'percent', 'online retail sales', 'increase', 'year_on_year', None, HOCT, CSD),
        ('11.7%', 1, 11.7, 'percent', 'online retail sales share of total retail sales value', None, None, None, HOCT, CSD),
        ('0.4%', 1, 0.4, 'percent', 'retail sales value', 'decrease', 'year_on_year', None, H10M, CSD),
        ('HK$318.5 billion', 1, 318.5e9, 'HKD', 'retail sales value', 'decrease', None, None, H10M, CSD),
        ('1.2%', 1, 1.2, 'percent', 'retail sales volume', 'decrease', 'year_on_year', None, H10M, CSD),
        ('2.3%', 1, 2.3, 'percent', 'value of total retail sales', 'increase', 'period_on_period', None, P('in the three months through October', '2025-08-01', '2025-10-31'), CSD),
        ('1.8%', 1, 1.8, 'percent', 'volume of total retail sales', 'increase', 'period_on_period', None, P('in the three months through October', '2025-08-01', '2025-10-31'), CSD),
        ('12%', 1, 12, 'percent', 'visitor arrivals', 'increase', 'year_on_year', 'approximately', HOCT, HKTB),
    ],
    'trading_economics_style_portugal_tourism.txt': [
        ('2.7%', 1, 2.7, 'percent', 'overnight stays in Portuguese tourist accommodation establishments', 'increase', 'year_on_year', None, O25, INE),
        ('8.19 million', 1, 8.19e6, 'count', 'overnight stays in Portuguese tourist accommodation establishments', 'increase', None, None, O25, INE),
        ('3.2%', 1, 3.2, 'percent', 'overnight stays in Portuguese tourist accommodation establishments', 'increase', 'year_on_year', None, per('in the previous month', 2025, 9), INE),
        ('3.9%', 1, 3.9, 'percent', 'number of guests', 'increase', 'year_on_year', None, O25, INE),
        ('3.07 million', 1, 3.07e6, 'count', 'number of guests', 'increase', None, None, O25, INE),
        ('4.6%', 1, 4.6, 'percent', 'number of guests', 'increase', 'year_on_year', None, per('in September', 2025, 9), INE),
        ('0.6%', 1, 0.6, 'percent', 'overnight stays by residents', 'increase', None, None, TOCT, INE),
        ('2.41 million', 1, 2.41e6, 'count', 'overnight stays by residents', 'increase', None, None, TOCT, INE),
        ('3.6%', 1, 3.6, 'percent', 'overnight stays by non-residents', 'increase', None, None, TOCT, INE),
        ('5.78 million', 1, 5.78e6, 'count', 'overnight stays by non-residents', 'increase', None, None, TOCT, INE),
        ('70.6%', 1, 70.6, 'percent', 'non-resident share of overnight stays', 'increase', None, None, TOCT, INE),
        ('17.9%', 1, 17.9, 'percent', 'United Kingdom share of non-resident overnight stays', None, None, None, TOCT, INE),
        ('11.2%', 1, 11.2, 'percent', 'Germany share of non-resident overnight stays', None, None, None, TOCT, INE),
        ('9.8%', 1, 9.8, 'percent', 'Spain share of non-resident overnight stays', None, None, None, TOCT, INE),
        ('€612.4 million', 1, 612.4e6, 'EUR', 'total revenue of tourist accommodation establishments', None, None, None, TOCT, INE),
        ('8.1%', 1, 8.1, 'percent', 'total revenue of tourist accommodation establishments', 'increase', 'year_on_year', None, TOCT, INE),
        ('€471.9 million', 1, 471.9e6, 'EUR', 'revenue from accommodation', None, None, None, TOCT, INE),
        ('+8.6%', 1, 8.6, 'percent', 'revenue from accommodation', 'increase', 'year_on_year', None, TOCT, INE),
        ('€64.3', 1, 64.3, 'EUR', 'revenue per available room', None, None, None, TOCT, INE),
        ('€112.7', 1, 112.7, 'EUR', 'average daily rate', None, None, None, TOCT, INE),
        ('5.2%', 1, 5.2, 'percent', 'revenue per available room', 'increase', 'year_on_year', None, TOCT, INE),
        ('4.9%', 1, 4.9, 'percent', 'average daily rate', 'increase', 'year_on_year', None, TOCT, INE),
        ('2.1%', 1, 2.1, 'percent', 'overnight stays', 'increase', 'year_on_year', None, T10M, INE),
        ('7.4%', 1, 7.4, 'percent', 'total revenue', 'increase', 'year_on_year', None, T10M, INE),
        ('4,315.62 thousand', 1, 4315620, 'count', 'Overnight Stays in Portugal average', None, None, None, P('from 2000 until 2025', '2000-01-01', '2025-12-31'), INE),
        ('10,208.47 thousand', 1, 10208470, 'count', 'Overnight Stays in Portugal all time high', None, None, None, per('in August of 2025', 2025, 8), INE),
        ('87.30 thousand', 1, 87300, 'count', 'Overnight Stays in Portugal record low', None, None, None, per('in April of 2020', 2020, 4), INE),
        ('4,950.00 thousand', 1, 4950000, 'count', 'Overnight Stays in Portugal', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('7,600.00 thousand', 1, 7600000, 'count', 'Portugal Overnight Stays', None, None, 'approximately', Y('in 2026', 2026), TE),
    ],
    'investing_style_lumber_futures.txt': [
        ('2.4%', 1, 2.4, 'percent', 'lumber futures', 'decrease', None, None, None, None),
        ('2.4%', 2, 2.4, 'percent', 'January lumber contract', 'decrease', None, None, ET, None),
        ('$548.50', 1, 548.5, 'USD', 'January lumber contract', 'decrease', None, None, ET, None),
        ('$541', 1, 541, 'USD', 'January lumber contract', None, None, None, ET, None),
        ('11%', 1, 11, 'percent', 'January lumber contract', 'decrease', None, 'approximately', P('so far this year', '2025-01-01', '2025-12-17'), None),
        ('$668', 1, 668, 'USD', 'January lumber contract 2025 high', None, None, None, per('in August', 2025, 8), None),
        ('4.6%', 1, 4.6, 'percent', 'housing starts', 'decrease', None, None, LNOV, DOC),
        ('1.246 million units', 1, 1.246e6, 'count', 'housing starts', 'decrease', None, None, LNOV, DOC),
        ('1.31 million', 1, 1.31e6, 'count', 'housing starts', None, None, None, LNOV, None),
        ('2.8%', 1, 2.8, 'percent', 'single-family starts', 'decrease', None, None, LNOV, DOC),
        ('874,000', 1, 874000, 'count', 'single-family starts', 'decrease', None, None, LNOV, DOC),
        ('1.1%', 1, 1.1, 'percent', 'building permits', 'decrease', None, None, LNOV, DOC),
        ('1.322 million', 1, 1.322e6, 'count', 'building permits', 'decrease', None, None, LNOV, DOC),
        ('180 million board feet', 1, 180e6, 'board-foot', 'West Fraser lumber output', 'decrease', None, 'approximately', Q126, WFT),
        ('95 million board feet', 1, 95e6, 'board-foot', 'Canfor U.S. South mill output', 'decrease', None, 'approximately', Q126, CANFOR),
        ('35.19%', 1, 35.19, 'percent', 'combined anti-dumping and countervailing duties on Canadian softwood lumber', None, None, None, None, None),
        ('10%', 1, 10, 'percent', 'Section 232 tariff on lumber', None, None, None, P('on Oct. 14', '2025-10-14', '2025-10-14'), None),
        ('6.19%', 1, 6.19, 'percent', 'average 30-year fixed mortgage rate', 'decrease', None, None, P('in the week to Dec. 11', '2025-12-05', '2025-12-11'), FM),
        ('6.22%', 1, 6.22, 'percent', 'average 30-year fixed mortgage rate', None, None, None, P('the week before', '2025-11-28', '2025-12-04'), FM),
    ],
    'business_standard_style_housing_sales_top_cities.txt': [
        ('14%', 1, 14, 'percent', 'housing sales in top 7 cities', 'decrease', None, None, B25, ANAROCK),
        ('3.95 lakh units', 1, 395000, 'count', 'housing sales in top 7 cities', 'decrease', None, None, B25, ANAROCK),
        ('14 per cent', 1, 14, 'percent', "housing sales across India's seven major cities", 'decrease', 'year_on_year', None, CY25, ANAROCK),
        ('3,95,625 units', 1, 395625, 'count', "housing sales across India's seven major cities", 'decrease', None, None, CY25, ANAROCK),
        ('4,59,650 units', 1, 459650, 'count', "housing sales across India's seven major cities", None, None, None, B24, ANAROCK),
        ('2 per cent', 1, 2, 'percent', 'new launches', 'decrease', 'year_on_year', None, B25, ANAROCK),
        ('4.08 lakh units', 1, 408000, 'count', 'new launches', 'decrease', None, 'approximately', B25, ANAROCK),
        ('5.59 lakh units', 1, 559000, 'count', 'unsold inventory', None, None, None, EDEC, ANAROCK),
        ('4 per cent', 1, 4, 'percent', 'unsold inventory', 'decrease', 'year_on_year', 'approximately', EDEC, ANAROCK),
        ('6 per cent', 1, 6, 'percent', 'value of homes sold', 'increase', 'year_on_year', None, B25, ANAROCK),
        ('₹6 trillion', 1, 6e12, 'INR', 'value of homes sold', 'increase', None, 'approximately', B25, ANAROCK),
        ('₹5.68 trillion', 1, 5.68e12, 'INR', 'value of homes sold', None, None, None, B24, ANAROCK),
        ('1,27,875 units', 1, 127875, 'count', 'sales in Mumbai Metropolitan Region (MMR)', None, None, None, B25, ANAROCK),
        ('18 per cent', 1, 18, 'percent', 'sales in Mumbai Metropolitan Region (MMR)', 'decrease', 'year_on_year', None, B25, ANAROCK),
        ('20 per cent', 1, 20, 'percent', 'sales in Pune', 'decrease', 'year_on_year', None, B25, ANAROCK),
        ('5 per cent', 1, 5, 'percent', 'sales in Bengaluru', 'decrease', 'year_on_year', None, B25, ANAROCK),
        ('8 per cent', 1, 8, 'percent', 'NCR sales', 'decrease', 'year_on_year', None, B25, ANAROCK),
        ('56,000 units', 1, 56000, 'count', 'NCR sales', 'decrease', None, None, B25, ANAROCK),
        ('12 per cent', 1, 12, 'percent', 'sales in Hyderabad', 'decrease', 'year_on_year', None, B25, ANAROCK),
        ('44,885 units', 1, 44885, 'count', 'sales in Hyderabad', 'decrease', None, None, B25, ANAROCK),
        ('15 per cent', 1, 15, 'percent', 'sales in Chennai', 'increase', 'year_on_year', None, B25, ANAROCK),
        ('22,180 units', 1, 22180, 'count', 'sales in Chennai', 'increase', None, None, B25, ANAROCK),
        ('9 per cent', 1, 9, 'percent', 'housing sales', 'decrease', 'year_on_year', None, OD, ANAROCK),
        ('94,400 units', 1, 94400, 'count', 'housing sales', 'decrease', None, 'approximately', OD, ANAROCK),
        ('11 per cent', 1, 11, 'percent', 'launches', 'increase', 'year_on_year', None, OD, ANAROCK),
        ('1.06 lakh units', 1, 106000, 'count', 'launches', 'increase', None, None, OD, ANAROCK),
        ('8', 2, 8, 'percent', 'average residential prices in the top seven cities', 'increase', 'year_on_year', None, B25, ANAROCK),
        ('9 per cent', 2, 9, 'percent', 'average residential prices in the top seven cities', 'increase', 'year_on_year', None, B25, ANAROCK),
        ('₹9,250', 1, 9250, 'INR', 'average residential prices in the top seven cities', 'increase', None, 'approximately', B25, ANAROCK),
        ('10 per cent', 1, 10, 'percent', 'sales in the top 15 tier-1 cities', 'decrease', None, None, B25, PROPEQ),
        ('4.3 lakh units', 1, 430000, 'count', 'sales in the top 15 tier-1 cities', 'decrease', None, None, B25, PROPEQ),
    ],
    'eu_energy_style_power_sector_emissions.txt': [
        ('121 million tonnes', 1, 121e6, 'tonne', 'EU power sector CO2 emissions', None, None, None, Q325, None),
        ('7%', 1, 7, 'percent', 'EU power sector CO2 emissions', 'decrease', 'year_on_year', None, Q325, None),
        ('187 gCO2/kWh', 1, 187, 'gram per kilowatt hour', 'carbon intensity of EU electricity generation', 'decrease', None, None, Q325, None),
        ('204 gCO2/kWh', 1, 204, 'gram per kilowatt hour', 'carbon intensity of EU electricity generation', None, None, None, Q('a year earlier', 2024, 3), None),
        ('25%', 1, 25, 'percent', 'share of fossil fuels in the mix', 'decrease', None, 'less_than', Q325, None),
        ('14%', 1, 14, 'percent', 'coal-fired generation', 'decrease', 'year_on_year', None, Q3S, ESTAT),
        ('41 TWh', 1, 41, 'terawatt hour', 'coal-fired generation', 'decrease', None, None, Q3S, ESTAT),
        ('12%', 1, 12, 'percent', 'lignite output in Germany', 'decrease', 'year_on_year', None, Q3S, ESTAT),
        ('9%', 1, 9, 'percent', 'lignite output in Poland', 'decrease', 'year_on_year', None, Q3S, ESTAT),
        ('3%', 1, 3, 'percent', 'gas-fired generation', 'increase', 'year_on_year', None, Q3S, ESTAT),
        ('+2 TWh', 1, 2, 'terawatt hour', 'gas-fired generation', 'increase', 'year_on_year', None, Q3S, ESTAT),
        ('76 TWh', 1, 76, 'terawatt hour', 'gas-fired generation', 'increase', None, None, Q3S, ESTAT),
        ('52%', 1, 52, 'percent', 'renewables share of EU electricity generation', None, None, None, INQ, ESTAT),
        ('48%', 1, 48, 'percent', 'renewables share of EU electricity generation', None, None, None, Q('in Q3 2024', 2024, 3), ESTAT),
        ('23%', 1, 23, 'percent', 'nuclear share of EU electricity generation', None, None, 'approximately', INQ, ESTAT),
        ('30 gCO2/kWh', 1, 30, 'gram per kilowatt hour', 'carbon intensity in Sweden and France', None, None, 'less_than', None, ESTAT),
        ('600 gCO2/kWh', 1, 600, 'gram per kilowatt hour', 'carbon intensity in Poland', None, None, 'more_than', None, ESTAT),
        ('33 Mt', 1, 33e6, 'tonne', "Germany's power sector emissions", None, None, None, None, ESTAT),
        ('10%', 1, 10, 'percent', "Germany's power sector emissions", 'decrease', 'year_on_year', None, None, ESTAT),
        ('25 Mt', 1, 25e6, 'tonne', "Poland's power sector emissions", None, None, None, None, ESTAT),
        ('6%', 1, 6, 'percent', "Poland's power sector emissions", 'decrease', 'year_on_year', None, None, ESTAT),
        ('5%', 1, 5, 'percent', 'EU power sector emissions', 'decrease', 'year_on_year', None, N9M, ESTAT),
        ('390 Mt', 1, 390e6, 'tonne', 'EU power sector emissions', 'decrease', None, 'approximately', N9M, ESTAT),
        ('20 Mt', 1, 20e6, 'tonne', 'EU power sector emissions', 'decrease', 'year_on_year', 'approximately', N9M, ESTAT),
        ('74 €/tCO2', 1, 74, 'EUR', 'EU ETS allowance prices', None, None, None, TQ, EEX),
        ('3%', 2, 3, 'percent', 'EU ETS allowance prices', 'increase', 'quarter_on_quarter', None, TQ, EEX),
        ('-6 €/MWh', 1, -6, 'EUR', 'clean dark spread for German lignite plants', None, None, 'approximately', TQ, EEX),
    ],
    'nbs_style_cotton_output.txt': [
        ('6,642 thousand tons', 1, 6.642e6, 'tonne', 'total cotton output', None, None, None, C25, NBS),
        ('477 thousand tons', 1, 477e3, 'tonne', 'total cotton output', 'increase', 'year_on_year', None, C25, NBS),
        ('7.7 percent', 1, 7.7, 'percent', 'total cotton output', 'increase', 'year_on_year', None, C25, NBS),
        ('2,901.5 thousand hectares', 1, 2.9015e6, 'hectare', 'national sown area of cotton', None, None, None, CI25, NBS),
        ('37.6 thousand hectares', 1, 37.6e3, 'hectare', 'national sown area of cotton', 'increase', 'year_on_year', None, CI25, NBS),
        ('1.3 percent', 1, 1.3, 'percent', 'national sown area of cotton', 'increase', 'year_on_year', None, CI25, NBS),
        ('2,486.3 thousand hectares', 1, 2.4863e6, 'hectare', 'sown area in Xinjiang', None, None, None, CI25, NBS),
        ('52.4 thousand hectares', 1, 52.4e3, 'hectare', 'sown area in Xinjiang', 'increase', 'year_on_year', None, CI25, NBS),
        ('2.2 percent', 1, 2.2, 'percent', 'sown area in Xinjiang', 'increase', 'year_on_year', None, CI25, NBS),
        ('6.1 percent', 1, 6.1, 'percent', 'sown area in the Yellow River basin', 'decrease', 'year_on_year', None, CI25, NBS),
        ('8.4 percent', 1, 8.4, 'percent', 'sown area in the Yangtze River basin', 'decrease', 'year_on_year', None, CI25, NBS),
        ('2,289.2 kilograms', 1, 2289.2, 'kilogram', 'national cotton yield per hectare', None, None, None, TY, NBS),
        ('131.6 kilograms', 1, 131.6, 'kilogram', 'national cotton yield per hectare', 'increase', 'year_on_year', None, TY, NBS),
        ('6.1 percent', 2, 6.1, 'percent', 'national cotton yield per hectare', 'increase', 'year_on_year', None, TY, NBS),
        ('2,475.0 kilograms', 1, 2475.0, 'kilogram', 'yield per hectare in Xinjiang', None, None, None, TY, NBS),
        ('5.9 percent', 1, 5.9, 'percent', 'yield per hectare in Xinjiang', 'increase', 'year_on_year', None, TY, NBS),
        ('1.8 times', 1, 1.8, 'times', 'yield per hectare in Xinjiang relative to the Yangtze River basin', None, None, 'approximately', TY, NBS),
        ('90 percent', 1, 90, 'percent', 'share of Xinjiang cotton harvested by machine', None, None, 'more_than', TY, NBS),
        ('6,154 thousand tons', 1, 6.154e6, 'tonne', "Xinjiang's cotton output", None, None, None, None, NBS),
        ('8.9 percent', 1, 8.9, 'percent', "Xinjiang's cotton output", 'increase', 'year_on_year', None, None, NBS),
        ('92.7 percent', 1, 92.7, 'percent', 'Xinjiang share of national cotton output', None, None, None, None, NBS),
        ('1.0 percentage point', 1, 1.0, 'percentage_point', 'Xinjiang share of national cotton output', 'increase', 'year_on_year', None, None, NBS),
        ('118', 1, 118e3, 'tonne', 'cotton output in Hebei', None, None, None, None, NBS),
        ('96', 1, 96e3, 'tonne', 'cotton output in Shandong', None, None, None, None, NBS),
        ('71 thousand tons', 1, 71e3, 'tonne', 'cotton output in Hubei', None, None, None, None, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
