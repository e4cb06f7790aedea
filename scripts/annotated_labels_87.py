# ruff: noqa: E501, RUF001
"""Write corpus/annotated_87/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_87.py corpus/annotated_87
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

CO = "Cabinet Office"
ONS = "Office for National Statistics"
HKTA = "Hong Kong Tourist Association"
CSD = "Census and Statistics Department"
CBS = "Central Bureau of Statistics"
BOI = "Bank of Israel"
RTR = "Reuters"
NFLX = "Netflix"
LSEG = "LSEG"
NYFED = "Federal Reserve Bank of New York"
BBG = "Bloomberg"
FSO = "Federal Statistical Office"
TE = "Trading Economics"
ABS = "Australian Bureau of Statistics"
ASX = "ASX"
RBA = "Reserve Bank of Australia"
LICN = "Life Insurance Council"
CARE = "CareEdge Ratings"
SPE = "SolarPower Europe"
EUPD = "EUPD Research"
NBS = "National Bureau of Statistics"

# 8701 ONS-style Civil Service pay (ref Thursday 2025-08-14)
AT31 = P("at 31 March 2025", "2025-03-31", "2025-03-31")
AT31B = P("At 31 March 2025", "2025-03-31", "2025-03-31")
YTM = per("in the year to March 2025", 2025, 3)
APR25 = per("in April 2025", 2025, 4)
APR24 = per("April 2024", 2024, 4)
# 8702 Reuters 1987 (ref Thursday 1987-06-25)
MAY = per("in May", 1987, 5)
IMAY = per("In May", 1987, 5)
F5 = P("In the first five months of 1987", "1987-01-01", "1987-05-31")
APR = per("in April", 1987, 4)
MAR87 = per("March", 1987, 3)
# 8703 Reuters 2025 (ref Sunday 2025-11-16)
TQ = Q("in the third quarter", 2025, 3)
SQ = Q("Second-quarter", 2025, 2)
INQ = Q("in the quarter", 2025, 3)
JS = Q("In July-September", 2025, 3)
N24 = P("at the Nov. 24 meeting", "2025-11-24", "2025-11-24")
# 8704 CNBC (ref Tuesday 2026-01-20)
TM = Q("in the three months ended Dec. 31", 2025, 4)
YAQ = Q("in the year-ago quarter", 2024, 4)
CQ4 = Q("in the fourth quarter", 2025, 4)
CQ1 = Q("For the first quarter", 2026, 1)
FY26 = Y("For the full year 2026", 2026)
# 8705 MT Newswires (ref Tuesday 2025-12-16)
DEC = per("in December", 2025, 12)
IDEC = per("In December", 2025, 12)
NOV = per("in November", 2025, 11)
NOVA = per("November", 2025, 11)
# 8706 Trading Economics (ref Monday 2025-12-01)
OCT25 = per("in October 2025", 2025, 10)
# 8707 Investing.com (ref Thursday 2026-02-19)
ET = P("By 01:45 ET", None, None)
JAN = per("in January", 2026, 1)
ADEC = per("in December", 2025, 12)
RBAM = P("at the RBA's March 16-17 meeting", "2026-03-16", "2026-03-17")
# 8708 Business Standard (ref Thursday 2026-01-08)
D25 = per("in December 2025", 2025, 12)
DM = per("during the month", 2025, 12)
AD = P("For April-December of FY26", "2025-04-01", "2025-12-31")
BDEC = per("in December", 2025, 12)
# 8709 DG ENER (ref Wednesday 2026-01-21)
EQ3 = Q("In the third quarter of 2025", 2025, 3)
EINQ = Q("in the quarter", 2025, 3)
EYE = Q("a year earlier", 2024, 3)
ETQ = Q("in the third quarter", 2025, 3)
EQ3B = Q("in Q3 2025", 2025, 3)
# 8710 NBS (ref Thursday 2026-04-16)
NQ1 = Q("in the first quarter of 2026", 2026, 1)
NFQ = Q("in the first quarter", 2026, 1)
NFQB = Q("In the first quarter", 2026, 1)
NQ4 = Q("in the fourth quarter of 2025", 2025, 4)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_civil_service_pay_gap.txt': [
        ('£18.42', 1, 18.42, 'GBP', 'median gross hourly earnings for Civil Service employees', None, None, None, AT31, None),
        ('5.3%', 1, 5.3, 'percent', 'median gross hourly earnings for Civil Service employees', 'increase', 'year_on_year', None, AT31, None),
        ('7.4%', 1, 7.4, 'percent', 'median gender pay gap', 'decrease', None, None, AT31, None),
        ('8.1%', 1, 8.1, 'percent', 'median gender pay gap', None, None, None, P('a year earlier', '2024-03-31', '2024-03-31'), None),
        ('8.9%', 1, 8.9, 'percent', 'mean gender pay gap', None, None, None, AT31, None),
        ('£13.15', 1, 13.15, 'GBP', 'median hourly earnings in the AA/AO grades', None, None, None, AT31B, CO),
        ('£52.60', 1, 52.60, 'GBP', 'median hourly earnings in the Senior Civil Service', None, None, None, AT31B, CO),
        ('£15.80', 1, 15.80, 'GBP', 'median hourly earnings of executive officers', None, None, None, AT31B, CO),
        ('£31.95', 1, 31.95, 'GBP', 'median hourly earnings of Grades 6 and 7', None, None, None, AT31B, CO),
        ('4.9%', 1, 4.9, 'percent', 'median hourly earnings of executive officers', 'increase', 'year_on_year', None, AT31B, CO),
        ('3.6%', 1, 3.6, 'percent', 'median hourly earnings of Grades 6 and 7', 'increase', 'year_on_year', None, AT31B, CO),
        ('5.8%', 1, 5.8, 'percent', 'median pay at the HEO/SEO grades', 'increase', 'year_on_year', None, YTM, CO),
        ('4.9%', 2, 4.9, 'percent', 'median pay at EO', 'increase', 'year_on_year', None, YTM, CO),
        ('4.6%', 1, 4.6, 'percent', 'median pay at AA/AO', 'increase', 'year_on_year', None, YTM, CO),
        ('2.7%', 1, 2.7, 'percent', 'pay in the SCS', 'increase', 'year_on_year', None, YTM, CO),
        ('6.8%', 1, 6.8, 'percent', 'median gender pay gap at Grades 6 and 7', None, None, None, None, CO),
        ('0.4%', 1, 0.4, 'percent', "women's median hourly pay in the AA/AO grades", 'increase', None, None, None, CO),
        ('2.1%', 1, 2.1, 'percent', 'median gender pay gap in the other bands', None, None, None, None, CO),
        ('5.6%', 1, 5.6, 'percent', 'median gender pay gap in the other bands', None, None, None, None, CO),
        ('three-fifths', 1, 0.6, 'fraction', 'women share of AA/AO staff', None, None, 'approximately', None, CO),
        ('47.2%', 1, 47.2, 'percent', 'women share of the SCS', None, None, None, None, CO),
        ('£21.07', 1, 21.07, 'GBP', 'median hourly earnings excluding overtime for full-time public sector employees', None, None, None, APR25, ONS),
        ('4.8%', 1, 4.8, 'percent', 'median hourly earnings excluding overtime for full-time public sector employees', 'increase', 'year_on_year', None, APR25, ONS),
        ('£19.36', 1, 19.36, 'GBP', 'median hourly earnings excluding overtime for full-time private sector employees', None, None, None, APR25, ONS),
        ('9.1%', 1, 9.1, 'percent', 'full-time public sector gender pay gap', None, None, None, APR25, ONS),
        ('6.5%', 1, 6.5, 'percent', 'full-time private sector gender pay gap', None, None, None, APR25, ONS),
        ('9.6%', 1, 9.6, 'percent', 'full-time public sector gender pay gap', 'decrease', None, None, APR24, ONS),
        ('9.8%', 1, 9.8, 'percent', 'full-time public sector gender pay gap', None, None, None, APR24, ONS),
    ],
    'wire_1987_hong_kong_retail_and_tourism.txt': [
        ('21.4 PCT', 1, 21.4, 'percent', 'Hong Kong visitor arrivals', 'increase', None, None, per('IN MAY', 1987, 5), None),
        ('21.4 pct', 1, 21.4, 'percent', 'visitor arrivals in Hong Kong', 'increase', 'year_on_year', None, MAY, HKTA),
        ('371,200', 1, 371200, 'count', 'visitor arrivals in Hong Kong', 'increase', None, None, MAY, HKTA),
        ('34.6 pct', 1, 34.6, 'percent', 'arrivals from Japan', 'increase', 'year_on_year', None, IMAY, HKTA),
        ('96,500', 1, 96500, 'count', 'arrivals from Japan', 'increase', None, None, IMAY, HKTA),
        ('12.1 pct', 1, 12.1, 'percent', 'arrivals from the United States', 'increase', 'year_on_year', None, IMAY, HKTA),
        ('58,300', 1, 58300, 'count', 'arrivals from the United States', 'increase', None, None, IMAY, HKTA),
        ('41,800', 1, 41800, 'count', 'arrivals from Taiwan', None, None, None, IMAY, HKTA),
        ('36,900', 1, 36900, 'count', 'arrivals from Taiwan', None, None, None, per('a year before', 1986, 5), HKTA),
        ('1.72 mln', 1, 1.72e6, 'count', 'arrivals', None, None, None, F5, HKTA),
        ('18.9 pct', 1, 18.9, 'percent', 'arrivals', 'increase', 'year_on_year', None, F5, HKTA),
        ('1.45 mln', 1, 1.45e6, 'count', 'arrivals', None, None, None, P('in the same 1986 period', '1986-01-01', '1986-05-31'), HKTA),
        ('91 pct', 1, 91, 'percent', 'average hotel occupancy', 'increase', None, None, MAY, HKTA),
        ('84 pct', 1, 84, 'percent', 'average hotel occupancy', None, None, None, per('a year ago', 1986, 5), HKTA),
        ('612', 1, 612, 'HKD', 'room rates at high tariff A hotels', None, None, None, MAY, HKTA),
        ('438 H.K. dlrs', 1, 438, 'HKD', 'room rates at high tariff B hotels', None, None, None, MAY, HKTA),
        ('7.9 billion H.K. dlrs', 1, 7.9e9, 'HKD', 'visitor spending', None, None, None, P('in the January-May period', '1987-01-01', '1987-05-31'), HKTA),
        ('6.2 billion', 1, 6.2e9, 'HKD', 'visitor spending', None, None, None, P('a year earlier', '1986-01-01', '1986-05-31'), HKTA),
        ('4.2 mln', 1, 4.2e6, 'count', 'arrivals', None, None, 'approximately', Y('for the whole of 1987', 1987), HKTA),
        ('3.73 mln', 1, 3.73e6, 'count', 'arrivals', None, None, None, Y('last year', 1986), HKTA),
        ('16.5 pct', 1, 16.5, 'percent', 'value of retail sales', 'increase', 'year_on_year', None, APR, CSD),
        ('4.61 billion dlrs', 1, 4.61e9, 'HKD', 'value of retail sales', 'increase', None, None, APR, CSD),
        ('11.2 pct', 1, 11.2, 'percent', 'sales in volume terms', 'increase', 'year_on_year', None, APR, CSD),
        ('27.3 pct', 1, 27.3, 'percent', 'sales of jewellery, watches and clocks', 'increase', 'year_on_year', None, APR, CSD),
        ('14.8 pct', 1, 14.8, 'percent', 'sales of clothing and footwear', 'increase', 'year_on_year', None, APR, CSD),
        ('9.6 pct', 1, 9.6, 'percent', 'department store sales', 'increase', 'year_on_year', None, APR, CSD),
        ('13.9 pct', 1, 13.9, 'percent', 'value of retail sales', 'increase', None, None, MAR87, CSD),
        ('12.7 pct', 1, 12.7, 'percent', 'value of retail sales', None, None, None, MAR87, CSD),
    ],
    'wire_2025_israel_gdp_quarterly.txt': [
        ('12.4%', 1, 12.4, 'percent', "Israel's economy", 'increase', None, None, Q('in third quarter', 2025, 3), None),
        ('12.4%', 2, 12.4, 'percent', "Israel's economy", 'increase', 'quarter_on_quarter', None, TQ, CBS),
        ('10.5%', 1, 10.5, 'percent', 'economy', 'increase', 'quarter_on_quarter', None, TQ, RTR),
        ('4.1%', 1, 4.1, 'percent', 'gross domestic product', 'decrease', 'quarter_on_quarter', None, SQ, CBS),
        ('3.5%', 1, 3.5, 'percent', 'gross domestic product', 'decrease', 'quarter_on_quarter', None, SQ, CBS),
        ('21.8%', 1, 21.8, 'percent', 'private consumption', 'increase', 'quarter_on_quarter', None, INQ, CBS),
        ('14.6%', 1, 14.6, 'percent', 'fixed capital investment', 'increase', 'quarter_on_quarter', None, INQ, CBS),
        ('9.2%', 1, 9.2, 'percent', 'exports of goods and services, excluding diamonds and start-ups', 'increase', 'quarter_on_quarter', None, INQ, CBS),
        ('3.1%', 1, 3.1, 'percent', 'government spending', 'decrease', 'quarter_on_quarter', None, INQ, CBS),
        ('2.6%', 1, 2.6, 'percent', 'GDP', 'increase', 'year_on_year', None, JS, CBS),
        ('1.2%', 1, 1.2, 'percent', 'GDP per capita', 'increase', 'year_on_year', None, JS, CBS),
        ('3.0%', 1, 3.0, 'percent', 'economy', 'increase', 'year_on_year', None, P('In the first nine months of the year', '2025-01-01', '2025-09-30'), CBS),
        ('2.5%', 1, 2.5, 'percent', 'growth', 'increase', None, None, Y('2025', 2025), BOI),
        ('2.3%', 1, 2.3, 'percent', 'growth', None, None, None, Y('2025', 2025), BOI),
        ('4.7%', 1, 4.7, 'percent', 'growth', 'increase', None, None, Y('in 2026', 2026), BOI),
        ('4.5%', 1, 4.5, 'percent', 'benchmark rate', None, None, None, per('in September', 2025, 9), BOI),
        ('Fourteen', 1, 14, 'count', 'economists in a Reuters poll', None, None, None, N24, RTR),
        ('25 basis-point', 1, 25, 'basis_point', 'rate cut', 'decrease', None, None, N24, RTR),
        ('4.25%', 1, 4.25, 'percent', 'benchmark rate', 'decrease', None, None, N24, RTR),
        ('50', 1, 50, 'basis_point', 'easing', 'decrease', None, None, Y('in 2026', 2026), RTR),
        ('75 basis points', 1, 75, 'basis_point', 'easing', 'decrease', None, None, Y('in 2026', 2026), RTR),
        ('3.27', 1, 3.27, 'ILS', 'shekel', None, None, None, P('on Sunday', '2025-11-16', '2025-11-16'), CBS),
    ],
    'cnbc_style_netflix_streaming_results.txt': [
        ('4%', 1, 4, 'percent', 'Netflix stock', 'decrease', None, 'approximately', P('on Tuesday', '2026-01-20', '2026-01-20'), NFLX),
        ('56 cents', 1, 0.56, 'USD', 'earnings per share', None, None, None, None, NFLX),
        ('55 cents', 1, 0.55, 'USD', 'earnings per share', None, None, None, None, None),
        ('$12.05 billion', 1, 12.05e9, 'USD', 'revenue', None, None, None, None, NFLX),
        ('$11.97 billion', 1, 11.97e9, 'USD', 'revenue', None, None, None, None, None),
        ('17.6%', 1, 17.6, 'percent', 'revenue', 'increase', 'year_on_year', None, TM, NFLX),
        ('$10.25 billion', 1, 10.25e9, 'USD', 'revenue', None, None, None, Q('a year earlier', 2024, 4), NFLX),
        ('$2.42 billion', 1, 2.42e9, 'USD', 'net income', 'increase', None, None, TM, NFLX),
        ('$1.87 billion', 1, 1.87e9, 'USD', 'net income', None, None, None, YAQ, NFLX),
        ('23.1%', 1, 23.1, 'percent', 'operating margin', 'increase', None, None, TM, NFLX),
        ('22.2%', 1, 22.2, 'percent', 'operating margin', None, None, None, YAQ, NFLX),
        ('22%', 1, 22, 'percent', 'Asia-Pacific revenue', 'increase', 'year_on_year', None, CQ4, NFLX),
        ('19%', 1, 19, 'percent', 'revenue in Europe, the Middle East and Africa', 'increase', 'year_on_year', None, CQ4, NFLX),
        ('15%', 1, 15, 'percent', 'revenue in the U.S. and Canada', 'increase', 'year_on_year', None, CQ4, NFLX),
        ('9%', 1, 9, 'percent', 'revenue in Latin America', 'increase', 'year_on_year', None, CQ4, NFLX),
        ('$1.5 billion', 1, 1.5e9, 'USD', 'advertising revenue', 'increase', None, 'approximately', Y('in 2025', 2025), NFLX),
        ('190 million', 1, 190e6, 'count', "monthly active viewers of Netflix's ad-supported plan", None, None, None, None, NFLX),
        ('55%', 1, 55, 'percent', 'ad tier share of sign-ups', None, None, 'more_than', None, NFLX),
        ('$12.16 billion', 1, 12.16e9, 'USD', 'revenue', None, None, None, CQ1, NFLX),
        ('66 cents', 1, 0.66, 'USD', 'earnings per share', None, None, None, CQ1, NFLX),
        ('70 cents', 1, 0.70, 'USD', 'earnings per share', None, None, None, CQ1, LSEG),
        ('$50.7 billion', 1, 50.7e9, 'USD', 'revenue', None, None, None, FY26, NFLX),
        ('$51.7 billion', 1, 51.7e9, 'USD', 'revenue', None, None, None, FY26, NFLX),
        ('12%', 1, 12, 'percent', 'revenue growth', 'increase', None, None, FY26, NFLX),
        ('14%', 1, 14, 'percent', 'revenue growth', 'increase', None, None, FY26, NFLX),
        ('31.5%', 1, 31.5, 'percent', 'operating margin', 'increase', None, None, FY26, NFLX),
        ('29.5%', 1, 29.5, 'percent', 'operating margin', None, None, None, Y('in 2025', 2025), NFLX),
    ],
    'mt_newswires_us_empire_state_services.txt': [
        ('-10.4', 1, -10.4, 'index_point', 'New York Fed Services Activity Index', 'decrease', None, None, DEC, None),
        ('8.1 points', 1, 8.1, 'index_point', 'headline business activity index', 'decrease', 'month_on_month', None, DEC, NYFED),
        ('-10.4', 2, -10.4, 'index_point', 'headline business activity index', 'decrease', None, None, DEC, NYFED),
        ('-4.0', 1, -4.0, 'index_point', 'headline business activity index', None, None, None, DEC, BBG),
        ('-2.3', 1, -2.3, 'index_point', 'headline business activity index', None, None, None, NOVA, NYFED),
        ('-2.0', 1, -2.0, 'index_point', 'headline business activity index', None, None, None, NOVA, NYFED),
        ('-38.6', 1, -38.6, 'index_point', 'business climate index', 'increase', None, None, DEC, NYFED),
        ('-41.2', 1, -41.2, 'index_point', 'business climate index', None, None, None, NOV, NYFED),
        ('1.8', 1, 1.8, 'index_point', 'employment index', 'decrease', None, None, DEC, NYFED),
        ('4.5', 1, 4.5, 'index_point', 'employment index', None, None, None, NOV, NYFED),
        ('3.2 points', 1, 3.2, 'index_point', 'prices paid index', 'decrease', 'month_on_month', None, IDEC, NYFED),
        ('61.7', 1, 61.7, 'index_point', 'prices paid index', 'decrease', None, None, IDEC, NYFED),
        ('21.5', 1, 21.5, 'index_point', 'prices received index', 'decrease', None, None, IDEC, NYFED),
        ('24.9', 1, 24.9, 'index_point', 'prices received index', None, None, None, NOV, NYFED),
        ('41%', 1, 41, 'percent', 'share of firms reporting lower business activity', None, None, 'approximately', DEC, NYFED),
        ('28%', 1, 28, 'percent', 'share of firms reporting higher business activity', None, None, None, DEC, NYFED),
        ('18.3', 1, 18.3, 'index_point', 'future business activity index', 'increase', None, None, None, NYFED),
        ('12.6', 1, 12.6, 'index_point', 'future business activity index', None, None, None, None, NYFED),
        ('14.0', 1, 14.0, 'index_point', 'expected employment index', 'increase', None, None, None, NYFED),
        ('9.8', 1, 9.8, 'index_point', 'expected capital spending index', 'increase', None, None, None, NYFED),
        ('120', 1, 120, 'count', 'business leaders responding to the survey', None, None, 'approximately', P('Dec. 2-9', '2025-12-02', '2025-12-09'), NYFED),
    ],
    'trading_economics_style_switzerland_retail_sales.txt': [
        ('2.7%', 1, 2.7, 'percent', 'Swiss retail sales growth', 'increase', None, None, None, None),
        ('2.7%', 2, 2.7, 'percent', 'retail sales in Switzerland', 'increase', 'year_on_year', None, OCT25, FSO),
        ('1.4%', 1, 1.4, 'percent', 'retail sales in Switzerland', 'increase', 'year_on_year', None, per('in September', 2025, 9), FSO),
        ('1.5%', 1, 1.5, 'percent', 'retail sales in Switzerland', None, 'year_on_year', None, OCT25, None),
        ('3.9%', 1, 3.9, 'percent', 'real sales of food, beverages and tobacco', 'increase', 'year_on_year', None, OCT25, FSO),
        ('1.8%', 1, 1.8, 'percent', 'non-food sales', 'increase', 'year_on_year', None, OCT25, FSO),
        ('+6.2%', 1, 6.2, 'percent', 'sales of info and communications products', 'increase', 'year_on_year', None, OCT25, FSO),
        ('+4.4%', 1, 4.4, 'percent', 'sales of do-it-yourself, gardening and pets goods', 'increase', 'year_on_year', None, OCT25, FSO),
        ('0.8%', 1, 0.8, 'percent', 'clothing and footwear sales', 'decrease', 'year_on_year', None, OCT25, FSO),
        ('2.1%', 1, 2.1, 'percent', 'nominal retail turnover', 'increase', 'year_on_year', None, OCT25, FSO),
        ('0.3%', 1, 0.3, 'percent', 'real retail sales', 'increase', 'month_on_month', None, per('in October', 2025, 10), FSO),
        ('0.5%', 1, 0.5, 'percent', 'real retail sales', 'decrease', 'month_on_month', None, per('in the previous month', 2025, 9), FSO),
        ('1.21 percent', 1, 1.21, 'percent', 'Retail Sales YoY in Switzerland average', None, None, None, P('from 2001 until 2025', '2001-01-01', '2025-12-31'), FSO),
        ('18.40 percent', 1, 18.40, 'percent', 'Retail Sales YoY in Switzerland all time high', None, None, None, per('in June of 2021', 2021, 6), FSO),
        ('-19.70 percent', 1, -19.70, 'percent', 'Retail Sales YoY in Switzerland record low', 'decrease', None, None, per('in April of 2020', 2020, 4), FSO),
        ('1.20 percent', 1, 1.20, 'percent', 'Retail Sales YoY in Switzerland', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('1.50 percent', 1, 1.50, 'percent', 'Switzerland Retail Sales YoY', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('1.30 percent', 1, 1.30, 'percent', 'Switzerland Retail Sales YoY', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_aud_jobs_rba_pricing.txt': [
        ('0.6%', 1, 0.6, 'percent', 'AUD/USD', 'increase', None, None, ET, None),
        ('0.6584', 1, 0.6584, 'USD', 'AUD/USD', 'increase', None, None, ET, None),
        ('0.4%', 1, 0.4, 'percent', 'AUD/NZD', 'increase', None, None, ET, None),
        ('1.1312', 1, 1.1312, 'NZD', 'AUD/NZD', 'increase', None, None, ET, None),
        ('48,700', 1, 48700, 'count', 'employment', 'increase', 'month_on_month', None, JAN, ABS),
        ('20,000', 1, 20000, 'count', 'employment', 'increase', 'month_on_month', None, JAN, None),
        ('12,900', 1, 12900, 'count', 'employment', 'decrease', 'month_on_month', None, ADEC, ABS),
        ('37,400', 1, 37400, 'count', 'full-time employment', 'increase', 'month_on_month', None, JAN, ABS),
        ('11,300', 1, 11300, 'count', 'part-time employment', 'increase', 'month_on_month', None, JAN, ABS),
        ('4.2%', 1, 4.2, 'percent', 'jobless rate', 'decrease', None, None, JAN, ABS),
        ('4.3%', 1, 4.3, 'percent', 'jobless rate', None, None, None, ADEC, ABS),
        ('4.3%', 2, 4.3, 'percent', 'jobless rate', None, None, None, JAN, None),
        ('66.9%', 1, 66.9, 'percent', 'participation rate', None, None, None, JAN, ABS),
        ('0.5%', 1, 0.5, 'percent', 'hours worked', 'increase', 'month_on_month', None, JAN, ABS),
        ('22%', 1, 22, 'percent', 'chance of an RBA rate cut', 'decrease', None, None, RBAM, ASX),
        ('25 basis point', 1, 25, 'basis_point', 'RBA rate cut', 'decrease', None, None, RBAM, ASX),
        ('41%', 1, 41, 'percent', 'chance of an RBA rate cut', None, None, 'approximately', P('on Wednesday', '2026-02-18', '2026-02-18'), ASX),
        ('3.60%', 1, 3.60, 'percent', 'cash rate', None, None, None, P('at its Feb. 2-3 meeting', '2026-02-02', '2026-02-03'), RBA),
        ('75 basis points', 1, 75, 'basis_point', 'cash rate cuts', 'decrease', None, None, Y('in 2025', 2025), RBA),
        ('2.7%', 1, 2.7, 'percent', 'trimmed mean inflation', None, 'year_on_year', None, per('in the year to June 2026', 2026, 6), RBA),
        ('2%', 1, 2, 'percent', 'inflation target band', None, None, None, None, RBA),
        ('3%', 1, 3, 'percent', 'inflation target band', None, None, None, None, RBA),
    ],
    'business_standard_style_life_insurance_premiums.txt': [
        ('4.6%', 1, 4.6, 'percent', "life insurers' new business premium", 'decrease', None, None, per('in Dec', 2025, 12), None),
        ('4.6 per cent', 1, 4.6, 'percent', "life insurers' new business premium", 'decrease', 'year_on_year', None, D25, LICN),
        ('₹31,412 crore', 1, 3.1412e11, 'INR', "life insurers' new business premium", 'decrease', None, None, D25, LICN),
        ('13.2 per cent', 1, 13.2, 'percent', "LIC's NBP", 'decrease', None, None, DM, LICN),
        ('₹17,960 crore', 1, 1.796e11, 'INR', "LIC's NBP", 'decrease', None, None, DM, LICN),
        ('9.9 per cent', 1, 9.9, 'percent', 'NBP of private life insurers', 'increase', None, None, DM, LICN),
        ('₹13,452 crore', 1, 1.3452e11, 'INR', 'NBP of private life insurers', 'increase', None, None, DM, LICN),
        ('42.8 per cent', 1, 42.8, 'percent', "private life insurers' market share", 'increase', None, None, DM, LICN),
        ('37.2 per cent', 1, 37.2, 'percent', "private life insurers' market share", None, None, None, per('a year ago', 2024, 12), LICN),
        ('₹2.69 trillion', 1, 2.69e12, 'INR', 'total new business premium', None, None, None, AD, LICN),
        ('6.3 per cent', 1, 6.3, 'percent', 'total new business premium', 'increase', 'year_on_year', None, AD, LICN),
        ('₹2.53 trillion', 1, 2.53e12, 'INR', 'total new business premium', None, None, None, P('in the same period of the previous financial year', '2024-04-01', '2024-12-31'), LICN),
        ('3.1 per cent', 1, 3.1, 'percent', 'new business premium of LIC', 'increase', 'year_on_year', None, P('over this period', '2025-04-01', '2025-12-31'), LICN),
        ('11.4 per cent', 1, 11.4, 'percent', 'new business premium of private players', 'increase', 'year_on_year', None, P('over this period', '2025-04-01', '2025-12-31'), LICN),
        ('₹3,120 crore', 1, 3.12e10, 'INR', "SBI Life's NBP", None, None, None, BDEC, LICN),
        ('₹2,845 crore', 1, 2.845e10, 'INR', "HDFC Life's NBP", None, None, None, BDEC, LICN),
        ('₹1,706 crore', 1, 1.706e10, 'INR', "ICICI Prudential Life's NBP", None, None, None, BDEC, LICN),
        ('2.7 per cent', 1, 2.7, 'percent', 'individual policies sold by all insurers', 'decrease', 'year_on_year', None, BDEC, LICN),
        ('18.9 lakh', 1, 1.89e6, 'count', 'individual policies sold by all insurers', 'decrease', None, None, BDEC, LICN),
        ('7', 1, 7, 'percent', "industry's new business premium", 'increase', None, None, P('in FY26', '2025-04-01', '2026-03-31'), CARE),
        ('9 per cent', 1, 9, 'percent', "industry's new business premium", 'increase', None, None, P('in FY26', '2025-04-01', '2026-03-31'), CARE),
    ],
    'eu_energy_style_residential_solar_batteries.txt': [
        ('2.4 GWh', 1, 2.4, 'gigawatt hour', 'home battery capacity installed', None, None, None, EQ3, SPE),
        ('9%', 1, 9, 'percent', 'home battery capacity installed', 'decrease', 'year_on_year', None, EQ3, SPE),
        ('6%', 1, 6, 'percent', 'home battery capacity installed', 'increase', 'quarter_on_quarter', None, EQ3, SPE),
        ('310,000', 1, 310000, 'count', 'home battery systems connected', None, None, 'approximately', EINQ, SPE),
        ('7.7 kWh', 1, 7.7, 'kilowatt hour', 'average home battery system size', 'increase', None, None, EINQ, SPE),
        ('7.1 kWh', 1, 7.1, 'kilowatt hour', 'average home battery system size', None, None, None, EYE, SPE),
        ('0.98 GWh', 1, 0.98, 'gigawatt hour', 'home battery installations in Germany', None, None, None, ETQ, SPE),
        ('0.41 GWh', 1, 0.41, 'gigawatt hour', 'home battery installations in Italy', None, None, None, ETQ, SPE),
        ('0.19 GWh', 1, 0.19, 'gigawatt hour', 'home battery installations in Austria', None, None, None, ETQ, SPE),
        ('35%', 1, 35, 'percent', 'installations in the Netherlands', 'increase', 'year_on_year', None, ETQ, SPE),
        ('22%', 1, 22, 'percent', 'installations in Belgium', 'increase', 'year_on_year', None, ETQ, SPE),
        ('half', 1, 0.5, 'fraction', "Poland's additions", 'decrease', 'year_on_year', 'more_than', ETQ, SPE),
        ('71%', 1, 71, 'percent', 'attach rate in Germany', None, None, None, None, SPE),
        ('64%', 1, 64, 'percent', 'attach rate in Italy', None, None, None, None, SPE),
        ('20%', 1, 20, 'percent', 'attach rate in France and Spain', None, None, 'less_than', None, SPE),
        ('two in five', 1, 0.4, 'fraction', 'share of new rooftop systems paired with storage', None, None, 'approximately', None, SPE),
        ('610', 1, 610, 'EUR', 'cost of turnkey home battery systems', 'decrease', None, None, EQ3B, EUPD),
        ('680 €/kWh', 1, 680, 'EUR', 'cost of turnkey home battery systems', 'decrease', None, None, EQ3B, EUPD),
        ('720', 1, 720, 'EUR', 'cost of turnkey home battery systems', None, None, None, EYE, EUPD),
        ('800 €/kWh', 1, 800, 'EUR', 'cost of turnkey home battery systems', None, None, None, EYE, EUPD),
        ('95 €/kWh', 1, 95, 'EUR', 'battery pack prices', 'decrease', None, 'approximately', EQ3B, EUPD),
        ('18%', 1, 18, 'percent', 'battery pack prices', 'decrease', 'year_on_year', None, EQ3B, EUPD),
    ],
    'nbs_style_industrial_capacity_by_sector.txt': [
        ('74.3 percent', 1, 74.3, 'percent', 'national industrial capacity utilization rate', None, None, None, NQ1, NBS),
        ('0.6 percentage points', 1, 0.6, 'percentage_point', 'national industrial capacity utilization rate', 'increase', 'year_on_year', None, NQ1, NBS),
        ('0.9 percentage points', 1, 0.9, 'percentage_point', 'national industrial capacity utilization rate', 'decrease', 'quarter_on_quarter', None, NQ1, NBS),
        ('75.1 percent', 1, 75.1, 'percent', 'capacity utilization rate of mining', None, None, None, NFQ, NBS),
        ('74.6 percent', 1, 74.6, 'percent', 'capacity utilization rate of manufacturing', None, None, None, NFQ, NBS),
        ('70.2 percent', 1, 70.2, 'percent', 'capacity utilization rate of the production and supply of electricity, heat, gas and water', None, None, None, NFQ, NBS),
        ('1.3', 1, 1.3, 'percentage_point', 'capacity utilization rate of mining', 'increase', 'year_on_year', None, NFQ, NBS),
        ('0.7 percentage points', 1, 0.7, 'percentage_point', 'capacity utilization rate of manufacturing', 'increase', 'year_on_year', None, NFQ, NBS),
        ('0.4 percentage points', 1, 0.4, 'percentage_point', 'capacity utilization rate of the production and supply of electricity, heat, gas and water', 'decrease', 'year_on_year', None, NFQ, NBS),
        ('72.8 percent', 1, 72.8, 'percent', 'capacity utilization rate of the automobile manufacturing industry', None, None, None, NFQB, NBS),
        ('2.4 percentage points', 1, 2.4, 'percentage_point', 'capacity utilization rate of the automobile manufacturing industry', 'increase', 'year_on_year', None, NFQB, NBS),
        ('77.9 percent', 1, 77.9, 'percent', 'capacity utilization rate of the computer, communication and other electronic equipment manufacturing industry', None, None, None, NFQB, NBS),
        ('1.6 percentage points', 1, 1.6, 'percentage_point', 'capacity utilization rate of the computer, communication and other electronic equipment manufacturing industry', 'increase', 'year_on_year', None, NFQB, NBS),
        ('61.4 percent', 1, 61.4, 'percent', 'capacity utilization rate of the non-metallic mineral products industry', None, None, None, NFQB, NBS),
        ('2.2 percentage points', 1, 2.2, 'percentage_point', 'capacity utilization rate of the non-metallic mineral products industry', 'decrease', 'year_on_year', None, NFQB, NBS),
        ('76.0 percent', 1, 76.0, 'percent', 'capacity utilization rate of high-tech manufacturing', None, None, None, NFQB, NBS),
        ('1.4 percentage points', 1, 1.4, 'percentage_point', 'capacity utilization rate of high-tech manufacturing', 'increase', None, None, NFQB, NBS),
        ('23', 1, 23, 'count', 'industrial categories with a year-on-year rise in capacity utilization', None, None, None, None, NBS),
        ('90.6 percent', 1, 90.6, 'percent', 'capacity utilization rate of the oil and gas extraction industry', None, None, None, None, NBS),
        ('80.1 percent', 1, 80.1, 'percent', 'capacity utilization rate of the electricity and heat production and supply industry', None, None, None, None, NBS),
        ('75.2 percent', 1, 75.2, 'percent', 'capacity utilization rate', 'increase', None, None, NQ4, NBS),
        ('74.9 percent', 1, 74.9, 'percent', 'capacity utilization rate', None, None, None, NQ4, NBS),
        ('90,000', 1, 90000, 'count', 'industrial enterprises surveyed', None, None, 'approximately', None, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
