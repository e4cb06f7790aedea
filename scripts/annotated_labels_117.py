# ruff: noqa: E501, RUF001
"""Write corpus/annotated_117/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_117.py corpus/annotated_117
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
JDSA = "Japan Department Stores Association"
INE = "National Statistics Institute"
ITAU = "Itau Chile"
NFLX = "Netflix"
SA = "StreetAccount"
STC = "Statistics Canada"
BBG = "Bloomberg"
SPG = "S&P Global"
TE = "Trading Economics"
ITS = "Intertek Testing Services"
AMS = "AmSpec Agri Malaysia"
MPOB = "Malaysian Palm Oil Board"
MOF = "Ministry of Finance"
RTE = "Réseau de Transport d'Électricité"
EDF = "Électricité de France"
NBS = "National Bureau of Statistics"
YOY, MOM, QOQ, POP = "year_on_year", "month_on_month", "quarter_on_quarter", "period_on_period"
UP, DOWN = "increase", "decrease"
APPROX = "approximately"

# 11701 ONS alcohol-specific deaths (ref Tuesday 2025-02-18)
Y23 = Y("in 2023", 2023)
IY23 = Y("In 2023", 2023)
Y22 = Y("in 2022", 2022)
S19 = P("since 2019", "2019-01-01", "2023-12-31")
# 11702 Reuters 1987 (ref Tuesday 1987-07-21)
JUN = per("in June", 1987, 6)
MAY = per("in May", 1987, 5)
# 11703 Reuters 2025 (ref Friday 2025-10-31)
SEP = per("in September", 2025, 9)
INM = P("in the month", "2025-09-01", "2025-09-30")
AUG = per("for August", 2025, 8)
# 11704 CNBC (ref Thursday 2024-04-18)
INP = Q("in the period", 2024, 1)
INQ = Q("in the quarter", 2024, 1)
FQ = Q("in the first quarter", 2024, 1)
FY = P("full-year", "2024-01-01", "2024-12-31")
CQ = Q("For the current quarter", 2024, 2)
# 11705 MT Newswires (ref Thursday 2025-11-27)
CSEP = per("in September", 2025, 9)
CAUG = per("in August", 2025, 8)
# 11706 Trading Economics (ref Monday 2025-12-01)
NOV25 = per("in November 2025", 2025, 11)
INOV = per("In November", 2025, 11)
# 11707 Investing.com (ref Monday 2025-10-20)
ET = P("By 04:30 ET", None, None)
O120 = P("for Oct. 1-20", "2025-10-01", "2025-10-20")
ESEP = P("at the end of September", "2025-09-30", "2025-09-30")
# 11708 Business Standard (ref Thursday 2026-01-01)
DEC = per("in December", 2025, 12)
NOV = per("November", 2025, 11)
AD = P("For April-December of FY26", "2025-04-01", "2025-12-31")
SDEC = per("December", 2025, 12)
# 11709 DG ENER (ref Wednesday 2025-10-15)
Q225 = Q("in the second quarter of 2025", 2025, 2)
INQ2 = Q("in the quarter", 2025, 2)
H125 = P("In the first half of 2025", "2025-01-01", "2025-06-30")
AJ = P("in April-June", "2025-04-01", "2025-06-30")
SQ = Q("in the second quarter", 2025, 2)
OVQ = Q("over the quarter", 2025, 2)
# 11710 NBS (ref Friday 2023-10-27)
Q323 = Q("in the third quarter of 2023", 2023, 3)
F3Q = P("In the first three quarters", "2023-01-01", "2023-09-30")
ITQ = Q("In the third quarter", 2023, 3)
JS = P("From January to September", "2023-01-01", "2023-09-30")

CUR = "capacity utilization rate"

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_alcohol_specific_deaths_registrations.txt': [
        ('10,473', 1, 10473, 'count', 'deaths from alcohol-specific causes', None, None, None, Y23, None),
        ('3.9%', 1, 3.9, 'percent', 'deaths from alcohol-specific causes', UP, YOY, None, Y23, None),
        ('10,084', 1, 10084, 'count', 'deaths from alcohol-specific causes', None, None, None, Y22, None),
        ('15.9', 1, 15.9, 'count', 'UK age-standardised rate', UP, None, None, Y23, None),
        ('15.4', 1, 15.4, 'count', 'UK age-standardised rate', None, None, None, Y22, None),
        ('38.3%', 1, 38.3, 'percent', 'UK age-standardised rate', UP, None, None, P('in 2019', '2019-01-01', '2023-12-31'), None),
        ('11.5', 1, 11.5, 'count', 'UK age-standardised rate', None, None, None, Y('in 2019', 2019), None),
        ('two-thirds', 1, 0.6667, 'fraction', 'males share of alcohol-specific deaths', None, None, APPROX, Y23, None),
        ('6,996', 1, 6996, 'count', 'alcohol-specific deaths of males', None, None, None, Y23, None),
        ('21.6', 1, 21.6, 'count', 'rate for males', None, None, None, IY23, ONS),
        ('10.5', 1, 10.5, 'count', 'rate for females', None, None, None, IY23, ONS),
        ('36.7%', 1, 36.7, 'percent', 'rate for males', UP, None, None, S19, ONS),
        ('42.0%', 1, 42.0, 'percent', 'rate for females', UP, None, None, S19, ONS),
        ('38.2', 1, 38.2, 'count', 'rate among people aged 55 to 59 years', None, None, None, None, ONS),
        ('36.9', 1, 36.9, 'count', 'rate among people aged 60 to 64 years', None, None, None, None, ONS),
        ('32.4', 1, 32.4, 'count', 'rate among people aged 50 to 54 years', None, None, None, None, ONS),
        ('22.9', 1, 22.9, 'count', 'rate in Scotland', None, None, None, Y23, ONS),
        ('19.8', 1, 19.8, 'count', 'rate in Northern Ireland', None, None, None, Y23, ONS),
        ('16.4', 1, 16.4, 'count', 'rate in Wales', None, None, None, Y23, ONS),
        ('14.5', 1, 14.5, 'count', 'rate in England', None, None, None, Y23, ONS),
        ('0.6', 1, 0.6, 'count', "England's rate", UP, YOY, None, Y23, ONS),
        ('77.8%', 1, 77.8, 'percent', 'alcoholic liver disease share of alcohol-specific deaths', None, None, None, Y23, ONS),
        ('8,148', 1, 8148, 'count', 'deaths from alcoholic liver disease', None, None, None, Y23, ONS),
        ('12%', 1, 12, 'percent', 'mental and behavioural disorders due to use of alcohol share of alcohol-specific deaths', None, None, APPROX, Y23, ONS),
        ('24', 1, 24, 'count', 'deaths registered revision', UP, None, None, Y22, ONS),
        ('10,084', 2, 10084, 'count', 'deaths registered', UP, None, None, Y22, ONS),
    ],
    'wire_1987_japan_department_store_sales.txt': [
        ('3.2 PCT', 1, 3.2, 'percent', 'department store sales', UP, None, None, per('JUNE', 1987, 6), None),
        ('598.7 billion yen', 1, 598.7e9, 'JPY', 'department store sales in Japan', None, None, None, JUN, JDSA),
        ('3.2 pct', 1, 3.2, 'percent', 'department store sales in Japan', UP, YOY, None, JUN, JDSA),
        ('4.6 pct', 1, 4.6, 'percent', 'department store sales', UP, YOY, None, MAY, JDSA),
        ('4.4 pct', 1, 4.4, 'percent', 'department store sales', None, YOY, None, MAY, JDSA),
        ('4.7 pct', 1, 4.7, 'percent', 'sales at stores in Tokyo', UP, None, None, JUN, JDSA),
        ('213.5 billion yen', 1, 213.5e9, 'JPY', 'sales at stores in Tokyo', UP, None, None, JUN, JDSA),
        ('2.4 pct', 1, 2.4, 'percent', 'sales at stores outside the capital', UP, None, None, JUN, JDSA),
        ('385.2 billion', 1, 385.2e9, 'JPY', 'sales at stores outside the capital', UP, None, None, JUN, JDSA),
        ('40 pct', 1, 40, 'percent', 'clothing share of the total', None, None, APPROX, JUN, JDSA),
        ('2.8 pct', 1, 2.8, 'percent', 'clothing sales', UP, YOY, None, JUN, JDSA),
        ('241.6 billion yen', 1, 241.6e9, 'JPY', 'clothing sales', UP, None, None, JUN, JDSA),
        ('5.1 pct', 1, 5.1, 'percent', 'sales of food', UP, YOY, None, JUN, JDSA),
        ('139.9 billion', 1, 139.9e9, 'JPY', 'sales of food', UP, None, None, JUN, JDSA),
        ('1.9 pct', 1, 1.9, 'percent', 'sales of household goods', UP, YOY, None, JUN, JDSA),
        ('14.6 pct', 1, 14.6, 'percent', 'sales of art and jewellery', UP, None, None, None, JDSA),
        ('9.3 pct', 1, 9.3, 'percent', 'sales of sporting goods', UP, None, None, None, JDSA),
        ('6.0 pct', 1, 6.0, 'percent', 'sales of furniture', UP, None, None, None, JDSA),
        ('3.7 pct', 1, 3.7, 'percent', 'sales of electrical appliances', DOWN, None, None, None, JDSA),
        ('4.1 pct', 1, 4.1, 'percent', 'sales', UP, YOY, None, P('In the January-June period', '1987-01-01', '1987-06-30'), JDSA),
        ('3,602 billion yen', 1, 3602e9, 'JPY', 'sales', UP, None, None, P('In the January-June period', '1987-01-01', '1987-06-30'), JDSA),
        ('4.2 billion yen', 1, 4.2e9, 'JPY', 'sales to foreign tourists', None, None, APPROX, JUN, JDSA),
        ('3.1 billion', 1, 3.1e9, 'JPY', 'sales to foreign tourists', None, None, None, per('a year earlier', 1986, 6), JDSA),
        ('three', 1, 3, 'percent', 'sales', UP, None, None, per('in July', 1987, 7), JDSA),
        ('four pct', 1, 4, 'percent', 'sales', UP, None, None, per('in July', 1987, 7), JDSA),
    ],
    'wire_2025_chile_retail_sales_ine.txt': [
        ('6.2%', 1, 6.2, 'percent', "Chile's retail sales", UP, None, None, SEP, None),
        ('6.2%', 2, 6.2, 'percent', 'Chilean retail sales', UP, YOY, None, SEP, INE),
        ('4.5%', 1, 4.5, 'percent', 'Chilean retail sales', UP, YOY, None, SEP, 'Reuters'),
        ('9.8%', 1, 9.8, 'percent', 'purchases of clothing and footwear', UP, YOY, None, INM, INE),
        ('3.1%', 1, 3.1, 'percent', 'spending at supermarkets', UP, YOY, None, INM, INE),
        ('4.0%', 1, 4.0, 'percent', 'retail sales growth', UP, YOY, None, AUG, INE),
        ('3.6%', 1, 3.6, 'percent', 'retail sales growth', None, YOY, None, AUG, INE),
        ('1.4%', 1, 1.4, 'percent', 'industrial output', DOWN, YOY, None, SEP, INE),
        ('0.5%', 1, 0.5, 'percent', 'industrial output', UP, YOY, None, SEP, None),
        ('0.8%', 1, 0.8, 'percent', 'manufacturing production', UP, YOY, None, SEP, INE),
        ('2.3%', 1, 2.3, 'percent', 'electricity, gas and water supply', UP, YOY, None, SEP, INE),
        ('5.6%', 1, 5.6, 'percent', 'copper production', DOWN, None, None, SEP, INE),
        ('437,850 metric tons', 1, 437850, 'tonne', 'copper production', DOWN, None, None, SEP, INE),
        ('4.06 million tons', 1, 4.06e6, 'tonne', 'copper output', None, None, None, P('in the first nine months of the year', '2025-01-01', '2025-09-30'), INE),
        ('1.2%', 1, 1.2, 'percent', 'copper output', DOWN, YOY, None, P('in the first nine months of the year', '2025-01-01', '2025-09-30'), INE),
        ('8.5%', 1, 8.5, 'percent', 'national unemployment rate', DOWN, None, None, Q('for the July-September quarter', 2025, 3), INE),
        ('8.7%', 1, 8.7, 'percent', 'national unemployment rate', None, None, None, P('in the three months to August', '2025-06-01', '2025-08-31'), INE),
        ('2%', 1, 2, 'percent', 'Imacec economic activity index', UP, None, APPROX, per('for September', 2025, 9), ITAU),
    ],
    'cnbc_style_streaming_media_subscribers_results.txt': [
        ('4%', 1, 4, 'percent', 'Netflix shares', DOWN, None, 'more_than', P('on Thursday', '2024-04-18', '2024-04-18'), NFLX),
        ('$5.28', 1, 5.28, 'USD', 'earnings per share', None, None, None, None, NFLX),
        ('$4.52', 1, 4.52, 'USD', 'earnings per share', None, None, None, None, None),
        ('$9.37 billion', 1, 9.37e9, 'USD', 'revenue', None, None, None, None, NFLX),
        ('$9.28 billion', 1, 9.28e9, 'USD', 'revenue', None, None, None, None, None),
        ('269.6 million', 1, 269.6e6, 'count', 'global paid memberships', None, None, None, None, NFLX),
        ('264.2 million', 1, 264.2e6, 'count', 'global paid memberships', None, None, None, None, SA),
        ('9.33 million', 1, 9.33e6, 'count', 'paid memberships added', UP, None, None, INP, NFLX),
        ('4.8 million', 1, 4.8e6, 'count', 'paid memberships added', None, None, None, INP, SA),
        ('1.75 million', 1, 1.75e6, 'count', 'paid memberships added', None, None, None, Q('a year earlier', 2023, 1), NFLX),
        ('15%', 1, 15, 'percent', 'revenue', UP, YOY, None, INP, NFLX),
        ('79%', 1, 79, 'percent', 'net income', UP, YOY, None, INP, NFLX),
        ('$2.33 billion', 1, 2.33e9, 'USD', 'net income', UP, None, None, INP, NFLX),
        ('$5.28', 2, 5.28, 'USD', 'net income per share', UP, None, None, INP, NFLX),
        ('$11.64', 1, 11.64, 'USD', 'average revenue per membership', None, None, None, INQ, NFLX),
        ('4%', 2, 4, 'percent', 'average revenue per membership on a foreign-exchange-neutral basis', UP, YOY, None, INQ, NFLX),
        ('1%', 1, 1, 'percent', 'ARM in the U.S. and Canada', UP, YOY, None, INQ, NFLX),
        ('$17.30', 1, 17.30, 'USD', 'ARM in the U.S. and Canada', UP, None, None, INQ, NFLX),
        ('10%', 1, 10, 'percent', 'ARM in Latin America', DOWN, YOY, None, INQ, NFLX),
        ('$8.35', 1, 8.35, 'USD', 'ARM in Latin America', DOWN, None, None, INQ, NFLX),
        ('28.1%', 1, 28.1, 'percent', 'operating margin', UP, None, None, FQ, NFLX),
        ('21%', 1, 21, 'percent', 'operating margin', None, None, None, Q('a year earlier', 2023, 1), NFLX),
        ('26%', 1, 26, 'percent', 'full-year margin', UP, None, None, FY, NFLX),
        ('25%', 1, 25, 'percent', 'full-year margin', None, None, None, FY, NFLX),
        ('$9.49 billion', 1, 9.49e9, 'USD', 'revenue', None, None, None, CQ, NFLX),
        ('$9.54 billion', 1, 9.54e9, 'USD', 'revenue', None, None, None, CQ, None),
        ('$4.68', 1, 4.68, 'USD', 'earnings per share', None, None, None, CQ, NFLX),
        ('$4.54', 1, 4.54, 'USD', 'earnings per share', None, None, None, CQ, None),
    ],
    'mt_newswires_canada_job_vacancies_payroll.txt': [
        ('471,600', 1, 471600, 'count', 'job vacancies', DOWN, None, None, CSEP, None),
        ('18,400', 1, 18400, 'count', 'payroll employment in Canada', UP, MOM, None, CSEP, STC),
        ('+0.1%', 1, 0.1, 'percent', 'payroll employment in Canada', UP, MOM, None, CSEP, STC),
        ('9,300', 1, 9300, 'count', 'payroll employment in Canada', DOWN, MOM, None, per('the month before', 2025, 8), STC),
        ('52,700', 1, 52700, 'count', 'payroll employment', UP, YOY, None, CSEP, STC),
        ('0.3%', 1, 0.3, 'percent', 'payroll employment', UP, YOY, None, CSEP, STC),
        ('five', 1, 5, 'count', 'sectors where payroll employment increased', None, None, None, CSEP, STC),
        ('+7,900', 1, 7900, 'count', 'payroll employment in health care and social assistance', UP, None, None, CSEP, STC),
        ('+4,600', 1, 4600, 'count', 'payroll employment in public administration', UP, None, None, CSEP, STC),
        ('5,200 jobs', 1, 5200, 'count', 'jobs in retail trade', DOWN, None, None, CSEP, STC),
        ('0.4%', 1, 0.4, 'percent', 'average weekly earnings', UP, MOM, None, CSEP, STC),
        ('C$1,309.75', 1, 1309.75, 'CAD', 'average weekly earnings', UP, None, None, CSEP, STC),
        ('3.5%', 1, 3.5, 'percent', 'average weekly earnings', UP, YOY, None, CSEP, STC),
        ('3.3%', 1, 3.3, 'percent', 'annual wage growth', UP, YOY, None, CSEP, BBG),
        ('11,800', 1, 11800, 'count', 'job vacancies', DOWN, None, None, CSEP, STC),
        ('-2.4%', 1, -2.4, 'percent', 'job vacancies', DOWN, None, None, CSEP, STC),
        ('471,600', 2, 471600, 'count', 'job vacancies', DOWN, None, None, CSEP, STC),
        ('61,200', 1, 61200, 'count', 'vacancies', DOWN, YOY, None, CSEP, STC),
        ('11.5%', 1, 11.5, 'percent', 'vacancies', DOWN, YOY, None, CSEP, STC),
        ('3.2', 1, 3.2, 'count', 'unemployed people per job vacancy', UP, None, None, CSEP, STC),
        ('3.0', 1, 3.0, 'count', 'unemployed people per job vacancy', None, None, None, CAUG, STC),
        ('2.5', 1, 2.5, 'count', 'unemployed people per job vacancy', None, None, None, per('a year earlier', 2024, 9), STC),
        ('2.6%', 1, 2.6, 'percent', 'job vacancy rate', DOWN, None, None, CSEP, STC),
        ('2.7%', 1, 2.7, 'percent', 'job vacancy rate', None, None, None, CAUG, STC),
        ('478,900', 1, 478900, 'count', 'vacancies', None, None, None, Q('In the third quarter', 2025, 3), STC),
        ('one-tenth', 1, 0.1, 'fraction', 'vacancies', DOWN, QOQ, APPROX, Q('In the third quarter', 2025, 3), STC),
    ],
    'trading_economics_style_philippines_manufacturing_pmi.txt': [
        ('49.8', 1, 49.8, 'index_point', 'S&P Global Philippines Manufacturing PMI', DOWN, None, None, NOV25, SPG),
        ('50.4', 1, 50.4, 'index_point', 'S&P Global Philippines Manufacturing PMI', None, None, None, per('in the previous month', 2025, 10), SPG),
        ('50.6', 1, 50.6, 'index_point', 'S&P Global Philippines Manufacturing PMI', None, None, None, NOV25, None),
        ('a fifth', 1, 0.2, 'fraction', 'share of panel members reporting higher costs', None, None, APPROX, INOV, SPG),
        ('38%', 1, 38, 'percent', 'share of firms expecting higher production', DOWN, None, APPROX, INOV, SPG),
        ('45%', 1, 45, 'percent', 'share of firms expecting higher production', None, None, None, per('in October', 2025, 10), SPG),
        ('51.06 points', 1, 51.06, 'index_point', 'Manufacturing PMI in Philippines average', None, None, None, P('from 2016 until 2025', '2016-01-01', '2025-12-31'), SPG),
        ('54.90 points', 1, 54.90, 'index_point', 'Manufacturing PMI in Philippines all time high', None, None, None, per('in August of 2024', 2024, 8), SPG),
        ('31.60 points', 1, 31.60, 'index_point', 'Manufacturing PMI in Philippines record low', None, None, None, per('in April of 2020', 2020, 4), SPG),
        ('50.30 points', 1, 50.30, 'index_point', 'Manufacturing PMI in Philippines', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('51.20 points', 1, 51.20, 'index_point', 'Philippines Manufacturing PMI', None, None, APPROX, Y('in 2026', 2026), TE),
        ('50.80 points', 1, 50.80, 'index_point', 'Philippines Manufacturing PMI', None, None, APPROX, Y('in 2027', 2027), TE),
    ],
    'investing_style_palm_oil_export_cargo_surveyor.txt': [
        ('52 ringgit', 1, 52, 'MYR', 'benchmark palm oil contract for January delivery', UP, None, None, ET, None),
        ('1.2%', 1, 1.2, 'percent', 'benchmark palm oil contract for January delivery', UP, None, None, ET, None),
        ('4,468 ringgit', 1, 4468, 'MYR', 'benchmark palm oil contract for January delivery', UP, None, None, ET, None),
        ('2.1%', 1, 2.1, 'percent', 'benchmark palm oil contract for January delivery', DOWN, None, None, P('last week', '2025-10-13', '2025-10-19'), None),
        ('14.6%', 1, 14.6, 'percent', 'exports of Malaysian palm oil products', UP, MOM, None, O120, ITS),
        ('1,018,430 tonnes', 1, 1018430, 'tonne', 'exports of Malaysian palm oil products', UP, None, None, O120, ITS),
        ('985,270 tonnes', 1, 985270, 'tonne', 'exports', None, None, None, O120, AMS),
        ('11.9%', 1, 11.9, 'percent', 'exports', UP, MOM, None, O120, AMS),
        ('702,110 tonnes', 1, 702110, 'tonne', 'crude palm oil shipments', UP, None, None, None, ITS),
        ('589,300 tonnes', 1, 589300, 'tonne', 'crude palm oil shipments', None, None, None, None, ITS),
        ('161,450 tonnes', 1, 161450, 'tonne', 'refined, bleached and deodorised (RBD) palm olein exports', None, None, None, None, ITS),
        ('248,600 tonnes', 1, 248600, 'tonne', 'exports to India', None, None, None, None, ITS),
        ('131,200 tonnes', 1, 131200, 'tonne', 'exports to China', None, None, None, None, ITS),
        ('118,900', 1, 118900, 'tonne', 'exports to the European Union', None, None, None, None, ITS),
        ('2.1%', 2, 2.1, 'percent', 'Malaysian palm oil inventories', UP, MOM, None, ESEP, MPOB),
        ('2.26 million tonnes', 1, 2.26e6, 'tonne', 'Malaysian palm oil inventories', UP, None, None, ESEP, MPOB),
        ('3.4%', 1, 3.4, 'percent', 'production', UP, MOM, None, per('over the same month', 2025, 9), MPOB),
        ('2.03 million tonnes', 1, 2.03e6, 'tonne', 'production', UP, None, None, per('over the same month', 2025, 9), MPOB),
        ('2%', 1, 2, 'percent', 'output', DOWN, None, None, per('in October', 2025, 10), None),
        ('5%', 1, 5, 'percent', 'output', DOWN, None, None, per('in October', 2025, 10), None),
        ('2.30 million tonnes', 1, 2.30e6, 'tonne', 'stocks', None, None, APPROX, P('at the end of the month', '2025-10-31', '2025-10-31'), 'Reuters'),
        ('0.8%', 1, 0.8, 'percent', "Dalian's most-active soyoil contract", UP, None, None, None, None),
        ('1.5%', 1, 1.5, 'percent', 'Dalian palm oil contract', UP, None, None, None, None),
        ('0.4%', 1, 0.4, 'percent', 'soyoil prices on the Chicago Board of Trade', UP, None, None, None, None),
    ],
    'business_standard_style_gst_state_compensation_cess.txt': [
        ('6.1%', 1, 6.1, 'percent', 'GST collections', UP, None, None, per('in Dec', 2025, 12), None),
        ('₹1.74 trn', 1, 1.74e12, 'INR', 'GST collections', UP, None, None, per('in Dec', 2025, 12), None),
        ('71%', 1, 71, 'percent', 'cess receipts', DOWN, None, None, per('in Dec', 2025, 12), None),
        ('6.1 per cent', 1, 6.1, 'percent', 'gross goods and services tax (GST) revenue', UP, YOY, None, DEC, MOF),
        ('₹1.74 trillion', 1, 1.74e12, 'INR', 'gross goods and services tax (GST) revenue', UP, None, None, DEC, MOF),
        ('₹33,920 crore', 1, 33920e7, 'INR', 'CGST collections', None, None, None, DEC, MOF),
        ('₹42,680 crore', 1, 42680e7, 'INR', 'SGST', None, None, None, DEC, MOF),
        ('₹93,720 crore', 1, 93720e7, 'INR', 'IGST', None, None, None, DEC, MOF),
        ('71 per cent', 1, 71, 'percent', 'compensation cess', DOWN, YOY, None, DEC, MOF),
        ('₹3,680 crore', 1, 3680e7, 'INR', 'compensation cess', DOWN, None, None, DEC, MOF),
        ('₹12,690 crore', 1, 12690e7, 'INR', 'compensation cess', None, None, None, per('a year ago', 2024, 12), MOF),
        ('14.8 per cent', 1, 14.8, 'percent', 'GST on imports', UP, None, None, DEC, MOF),
        ('₹51,340 crore', 1, 51340e7, 'INR', 'GST on imports', UP, None, None, DEC, MOF),
        ('3.7 per cent', 1, 3.7, 'percent', 'domestic gross revenue', UP, None, None, DEC, MOF),
        ('9.2 per cent', 1, 9.2, 'percent', 'refunds', DOWN, None, None, DEC, MOF),
        ('₹20,114 crore', 1, 20114e7, 'INR', 'refunds', DOWN, None, None, DEC, MOF),
        ('8.4 per cent', 1, 8.4, 'percent', 'net collections', UP, None, None, DEC, MOF),
        ('₹1.54 trillion', 1, 1.54e12, 'INR', 'net collections', UP, None, None, DEC, MOF),
        ('₹1.49 trillion', 1, 1.49e12, 'INR', 'net collections', DOWN, None, None, NOV, MOF),
        ('₹1.52 trillion', 1, 1.52e12, 'INR', 'net collections', None, None, None, NOV, MOF),
        ('₹16.49 trillion', 1, 16.49e12, 'INR', 'gross GST collections', None, None, None, AD, MOF),
        ('8.6 per cent', 1, 8.6, 'percent', 'gross GST collections', UP, YOY, None, AD, MOF),
        ('₹15.18 trillion', 1, 15.18e12, 'INR', 'gross GST collections', None, None, None, P('in the same period of the previous fiscal year', '2024-04-01', '2024-12-31'), MOF),
        ('₹14.33 trillion', 1, 14.33e12, 'INR', 'net collections', None, None, None, AD, MOF),
        ('6.9 per cent', 1, 6.9, 'percent', 'net collections', UP, YOY, None, AD, MOF),
        ('4 per cent', 1, 4, 'percent', 'SGST collections in Maharashtra', UP, YOY, None, SDEC, MOF),
        ('7 per cent', 1, 7, 'percent', 'SGST collections in Karnataka', UP, YOY, None, SDEC, MOF),
        ('3 per cent', 1, 3, 'percent', 'SGST collections in Tamil Nadu', UP, YOY, None, SDEC, MOF),
        ('₹5,200 crore', 1, 5200e7, 'INR', 'SGST collections in Gujarat', None, None, APPROX, SDEC, MOF),
        ('6 per cent', 1, 6, 'percent', 'SGST collections in Kerala', DOWN, YOY, None, SDEC, MOF),
        ('2 per cent', 1, 2, 'percent', 'SGST collections in Punjab', DOWN, YOY, None, SDEC, MOF),
        ('7', 2, 7, 'percent', 'gross collections', UP, None, None, P('in FY26', '2025-04-01', '2026-03-31'), MOF),
        ('8 per cent', 1, 8, 'percent', 'gross collections', UP, None, None, P('in FY26', '2025-04-01', '2026-03-31'), MOF),
    ],
    'eu_energy_style_nuclear_fleet_availability.txt': [
        ('139 TWh', 1, 139, 'terawatt hour', 'electricity generated by EU nuclear power plants', None, None, None, Q225, None),
        ('2.6%', 1, 2.6, 'percent', 'electricity generated by EU nuclear power plants', DOWN, YOY, None, Q225, None),
        ('22.7%', 1, 22.7, 'percent', 'nuclear share of EU electricity generation', DOWN, None, None, INQ2, None),
        ('24.1%', 1, 24.1, 'percent', 'nuclear share of EU electricity generation', None, None, None, Q('a year before', 2024, 2), None),
        ('311 TWh', 1, 311, 'terawatt hour', 'nuclear generation', None, None, None, H125, None),
        ('304 TWh', 1, 304, 'terawatt hour', 'nuclear generation', None, None, None, P('H1-2024', '2024-01-01', '2024-06-30'), None),
        ('2.3%', 1, 2.3, 'percent', 'nuclear generation', UP, YOY, None, H125, None),
        ('82.4 TWh', 1, 82.4, 'terawatt hour', 'nuclear generation in France', None, None, None, AJ, None),
        ('12.1 TWh', 1, 12.1, 'terawatt hour', 'nuclear generation in Spain', None, None, None, AJ, None),
        ('11.6 TWh', 1, 11.6, 'terawatt hour', 'nuclear generation in Sweden', None, None, None, AJ, None),
        ('7.3 TWh', 1, 7.3, 'terawatt hour', 'nuclear generation in Finland', None, None, None, AJ, None),
        ('3.9%', 1, 3.9, 'percent', 'French output', DOWN, YOY, None, AJ, None),
        ('6.8%', 1, 6.8, 'percent', 'Swedish generation', DOWN, YOY, None, AJ, None),
        ('1.5%', 1, 1.5, 'percent', 'Finnish generation', DOWN, YOY, None, AJ, None),
        ('41.2 GW', 1, 41.2, 'gigawatt', 'available capacity of the French nuclear fleet', None, None, None, SQ, RTE),
        ('63.0 GW', 1, 63.0, 'gigawatt', 'installed capacity of the French nuclear fleet', None, None, None, SQ, RTE),
        ('43.5 GW', 1, 43.5, 'gigawatt', 'available capacity of the French nuclear fleet', None, None, None, Q('in Q1-2025', 2025, 1), RTE),
        ('36.8 GW', 1, 36.8, 'gigawatt', 'availability of the French nuclear fleet', DOWN, None, None, P('on 25 May', '2025-05-25', '2025-05-25'), RTE),
        ('19', 1, 19, 'count', 'French reactors offline', None, None, None, P('on 25 May', '2025-05-25', '2025-05-25'), RTE),
        ('45 GW', 1, 45, 'gigawatt', 'availability of the French nuclear fleet', UP, None, APPROX, P('by the end of June', '2025-06-30', '2025-06-30'), RTE),
        ('4.5 TWh', 1, 4.5, 'terawatt hour', 'French generation lost to modulation', None, None, None, OVQ, RTE),
        ('twice', 1, 2, 'times', 'French generation lost to modulation', UP, YOY, APPROX, OVQ, RTE),
        ('350', 1, 350, 'terawatt hour', 'French nuclear output', None, None, None, Y('2025', 2025), EDF),
        ('370 TWh', 1, 370, 'terawatt hour', 'French nuclear output', None, None, None, Y('2025', 2025), EDF),
    ],
    'nbs_style_industrial_capacity_utilization_profits.txt': [
        ('75.6 percent', 1, 75.6, 'percent', 'national industrial capacity utilization rate', None, None, None, Q323, NBS),
        ('0.8 percentage points', 1, 0.8, 'percentage_point', 'national industrial capacity utilization rate', UP, YOY, None, Q323, NBS),
        ('1.1 percentage points', 1, 1.1, 'percentage_point', 'national industrial capacity utilization rate', UP, QOQ, None, Q323, NBS),
        ('74.9 percent', 1, 74.9, 'percent', CUR, None, None, None, F3Q, NBS),
        ('0.7 percentage points', 1, 0.7, 'percentage_point', CUR, DOWN, YOY, None, F3Q, NBS),
        ('76.4 percent', 1, 76.4, 'percent', 'capacity utilization rate of mining', None, None, None, ITQ, NBS),
        ('75.9 percent', 1, 75.9, 'percent', 'capacity utilization rate of manufacturing', None, None, None, ITQ, NBS),
        ('71.8 percent', 1, 71.8, 'percent', 'capacity utilization rate of the production and supply of electricity, heat, gas and water', None, None, None, ITQ, NBS),
        ('1.2 percentage points', 1, 1.2, 'percentage_point', 'capacity utilization rate of mining', DOWN, YOY, None, ITQ, NBS),
        ('0.9', 1, 0.9, 'percentage_point', 'capacity utilization rate of manufacturing', UP, YOY, None, ITQ, NBS),
        ('0.6 percentage points', 1, 0.6, 'percentage_point', 'capacity utilization rate of utilities', UP, YOY, None, ITQ, NBS),
        ('80.1 percent', 1, 80.1, 'percent', 'capacity utilization rate of ferrous metal smelting and rolling processing', None, None, None, None, NBS),
        ('79.6 percent', 1, 79.6, 'percent', 'capacity utilization rate of chemical fibre manufacturing', None, None, None, None, NBS),
        ('64.3 percent', 1, 64.3, 'percent', 'capacity utilization rate of non-metallic mineral products', None, None, None, None, NBS),
        ('5,444.0 billion yuan', 1, 5444.0e9, 'CNY', 'total profits of industrial enterprises above designated size', None, None, None, JS, NBS),
        ('9.0 percent', 1, 9.0, 'percent', 'total profits of industrial enterprises above designated size', DOWN, YOY, None, JS, NBS),
        ('2.7 percentage points', 1, 2.7, 'percentage_point', 'decline in total profits', DOWN, POP, None, JS, NBS),
        ('11.9 percent', 1, 11.9, 'percent', 'profits', UP, YOY, None, per('In September', 2023, 9), NBS),
        ('1,783.5 billion yuan', 1, 1783.5e9, 'CNY', 'profits of state-holding enterprises', None, None, None, F3Q, NBS),
        ('12.1 percent', 1, 12.1, 'percent', 'profits of state-holding enterprises', DOWN, YOY, None, F3Q, NBS),
        ('1,375.6 billion yuan', 1, 1375.6e9, 'CNY', 'profits of private enterprises', None, None, None, F3Q, NBS),
        ('2.9 percent', 1, 2.9, 'percent', 'profits of private enterprises', DOWN, YOY, None, F3Q, NBS),
        ('17', 1, 17, 'count', 'major industrial sectors with profit growth', None, None, None, F3Q, NBS),
        ('50.7 percent', 1, 50.7, 'percent', 'profits of electricity and heat production and supply', UP, YOY, None, F3Q, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
