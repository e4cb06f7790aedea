# ruff: noqa: E501, RUF001
"""Write corpus/annotated_77/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_77.py corpus/annotated_77
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
ABS = "Australian Bureau of Statistics"
GOA = "Government of Australia"
SNZ = "Statistics New Zealand"
RBNZ = "Reserve Bank of New Zealand"
CB = "The Conference Board"
DJ = "Dow Jones"
ESTAT = "Eurostat"
BBG = "Bloomberg"
GASTAT = "General Authority for Statistics"
TE = "Trading Economics"
ITS = "Intertek Testing Services"
AMS = "AmSpec Agri Malaysia"
SEA = "Solvent Extractors' Association of India"
MPOB = "Malaysian Palm Oil Board"
RBI = "Reserve Bank of India"
ENTSOE = "European Network of Transmission System Operators for Electricity"
NBS = "National Bureau of Statistics"

# 7701 ONS public sector employment (ref Tuesday 2026-06-16)
M26 = per("in March 2026", 2026, 3)
OVQ = Q("over the quarter", 2026, 1)
D25 = per("in December 2025", 2025, 12)
M25 = per("in March 2025", 2025, 3)
DEC25A = per("December 2025", 2025, 12)
# 7702 Reuters 1987 (ref Tuesday 1987-04-28)
MQH = Q("IN MARCH QUARTER", 1987, 1)
MQ87 = Q("in the March quarter of 1987", 1987, 1)
DQ = Q("in the December quarter", 1986, 4)
YTM = per("in the year to March", 1987, 3)
YTD = per("in the year to December", 1986, 12)
INQ87 = Q("in the quarter", 1987, 1)
# 7703 Reuters 2025 (ref Thursday 2025-09-18)
SQ = Q("in the second quarter", 2025, 2)
FQ = Q("in the first quarter", 2025, 1)
JQ = Q("in the June quarter", 2025, 2)
TMJ = P("in the three months to June", "2025-04-01", "2025-06-30")
INQ25 = Q("in the quarter", 2025, 2)
AUG20 = P("on Aug. 20", "2025-08-20", "2025-08-20")
OCT8 = P("at the Oct. 8 review", "2025-10-08", "2025-10-08")
# 7704 CNBC (ref Tuesday 2026-02-24)
TM = per("this month", 2026, 2)
FEB = per("in February", 2026, 2)
JAN = per("in January", 2026, 1)
# 7705 MT Newswires (ref Thursday 2026-01-08)
NOV = per("in November", 2025, 11)
OCT = per("in October", 2025, 10)
# 7706 Trading Economics (ref Thursday 2025-10-30)
Q325 = Q("in Q3 2025", 2025, 3)
Q2 = Q("in Q2", 2025, 2)
PQ = Q("in the prior quarter", 2025, 2)
TQ = Q("in the third quarter", 2025, 3)
# 7707 Investing.com (ref Tuesday 2026-01-20)
ET = P("by 04:30 ET", None, None)
J20 = P("during Jan. 1-20", "2026-01-01", "2026-01-20")
DECI = per("in December", 2025, 12)
EOD = P("at the end of December", "2025-12-31", "2025-12-31")
# 7708 Business Standard (ref Friday 2025-11-21)
W14 = P("in the week ended November 14", "2025-11-08", "2025-11-14")
PW = P("In the previous week", "2025-11-01", "2025-11-07")
RW = P("during the reporting week", "2025-11-08", "2025-11-14")
DW = P("during the week", "2025-11-08", "2025-11-14")
FRI = P("on Friday", "2025-11-21", "2025-11-21")
NW = P("next week", "2025-11-24", "2025-11-30")
# 7709 DG ENER (ref Wednesday 2026-06-24)
EQ1 = P("At the end of the first quarter of 2026", "2026-03-31", "2026-03-31")
EM = P("at the end of March", "2026-03-31", "2026-03-31")
Q126 = Q("in Q1 2026", 2026, 1)
FWA = P("in the first week of April", "2026-04-01", "2026-04-07")
Q126L = Q("in the first quarter of 2026", 2026, 1)
# 7710 NBS (ref Friday 2026-12-11)
Y26 = Y("in 2026", 2026)
TY = Y("this year", 2026)
TY2 = Y("This year", 2026)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_public_sector_employment_quarterly.txt': [
        ('6.23 million', 1, 6.23e6, 'count', 'people employed in the public sector', None, None, None, M26, None),
        ('18,000', 1, 18000, 'count', 'people employed in the public sector', 'increase', 'quarter_on_quarter', None, M26, None),
        ('61,000', 1, 61000, 'count', 'people employed in the public sector', 'increase', 'year_on_year', None, M26, None),
        ('2.07 million', 1, 2.07e6, 'count', 'NHS employment', None, None, None, M26, None),
        ('0.6%', 1, 0.6, 'percent', 'NHS employment', 'increase', 'quarter_on_quarter', None, M26, None),
        ('1.54 million', 1, 1.54e6, 'count', 'education employment', None, None, None, M26, None),
        ('1.13 million', 1, 1.13e6, 'count', 'public administration employment', None, None, None, M26, None),
        ('541,000', 1, 541000, 'count', 'Civil Service employment', None, None, None, M26, None),
        ('4,000', 1, 4000, 'count', 'Civil Service employment', 'decrease', 'quarter_on_quarter', None, OVQ, None),
        ('2.01 million', 1, 2.01e6, 'count', 'local government employment', None, None, None, M26, ONS),
        ('2.01 million', 2, 2.01e6, 'count', 'local government employment', None, None, None, D25, ONS),
        ('0.8%', 1, 0.8, 'percent', 'local government employment', 'decrease', 'year_on_year', None, M26, ONS),
        ('1.68 million', 1, 1.68e6, 'count', 'local government employment in England', None, None, None, M26, ONS),
        ('0.26 million', 1, 0.26e6, 'count', 'local government employment in Scotland', None, None, None, M26, ONS),
        ('17.9%', 1, 17.9, 'percent', 'public sector employment share of all people in paid work', None, None, None, M26, ONS),
        ('17.8%', 1, 17.8, 'percent', 'public sector employment share of all people in paid work', None, None, None, M25, ONS),
        ('28.58 million', 1, 28.58e6, 'count', 'private sector employment', None, None, None, M26, ONS),
        ('37,000', 1, 37000, 'count', 'private sector employment', 'decrease', 'quarter_on_quarter', None, M26, ONS),
        ('0.1%', 1, 0.1, 'percent', 'private sector employment', 'decrease', 'quarter_on_quarter', None, M26, ONS),
        ('512,300', 1, 512300, 'count', 'Civil Service employment in full-time equivalent terms', None, None, None, None, ONS),
        ('3,900', 1, 3900, 'count', 'Civil Service employment in full-time equivalent terms', 'decrease', 'quarter_on_quarter', 'approximately', None, ONS),
        ('5,000', 1, 5000, 'count', 'total public sector employment revision', 'increase', None, None, DEC25A, ONS),
        ('6.21 million', 1, 6.21e6, 'count', 'total public sector employment', 'increase', None, None, DEC25A, ONS),
        ('three-quarters', 1, 0.75, 'fraction', 'NHS, education and public administration share of public sector employees', None, None, 'approximately', None, ONS),
    ],
    'wire_1987_australian_cpi_quarterly.txt': [
        ('2.0 PCT', 1, 2.0, 'percent', 'Australian CPI', 'increase', None, None, MQH, None),
        ('2.0 pct', 1, 2.0, 'percent', "Australia's consumer price index", 'increase', 'quarter_on_quarter', None, MQ87, ABS),
        ('2.3 pct', 1, 2.3, 'percent', "Australia's consumer price index", 'increase', 'quarter_on_quarter', None, DQ, ABS),
        ('2.1', 1, 2.1, 'percent', 'consumer price index', 'increase', 'quarter_on_quarter', None, MQ87, 'Reuters'),
        ('2.4 pct', 1, 2.4, 'percent', 'consumer price index', 'increase', 'quarter_on_quarter', None, MQ87, 'Reuters'),
        ('9.4 pct', 1, 9.4, 'percent', 'annual inflation rate', 'decrease', 'year_on_year', None, YTM, ABS),
        ('9.8 pct', 1, 9.8, 'percent', 'annual inflation rate', None, 'year_on_year', None, YTD, ABS),
        ('159.6', 1, 159.6, 'index_point', 'weighted average index for the eight capital cities', 'increase', None, None, INQ87, ABS),
        ('156.5', 1, 156.5, 'index_point', 'weighted average index for the eight capital cities', None, None, None, DQ, ABS),
        ('2.9 pct', 1, 2.9, 'percent', 'housing prices', 'increase', None, None, INQ87, ABS),
        ('1.8 pct', 1, 1.8, 'percent', 'food prices', 'increase', None, None, INQ87, ABS),
        ('2.4 pct', 2, 2.4, 'percent', 'transportation group', 'increase', None, None, INQ87, ABS),
        ('1.1 pct', 1, 1.1, 'percent', 'clothing group', 'increase', None, None, INQ87, ABS),
        ('4.6 pct', 1, 4.6, 'percent', 'tobacco and alcohol prices', 'increase', None, None, INQ87, ABS),
        ('2.4 pct', 3, 2.4, 'percent', 'prices in Sydney', 'increase', 'quarter_on_quarter', None, INQ87, ABS),
        ('2.1 pct', 1, 2.1, 'percent', 'prices in Melbourne', 'increase', 'quarter_on_quarter', None, INQ87, ABS),
        ('1.9 pct', 1, 1.9, 'percent', 'prices in Perth', 'increase', 'quarter_on_quarter', None, INQ87, ABS),
        ('1.6', 1, 1.6, 'percent', 'prices in Brisbane', 'increase', 'quarter_on_quarter', None, INQ87, ABS),
        ('1.7 pct', 1, 1.7, 'percent', 'prices in Adelaide', 'increase', 'quarter_on_quarter', None, INQ87, ABS),
        ('2.2 pct', 1, 2.2, 'percent', 'consumer price index', 'increase', None, None, Q('December quarter', 1986, 4), ABS),
        ('seven pct', 1, 7, 'percent', 'annual inflation', 'decrease', 'year_on_year', 'approximately', P('by the end of 1987/88', '1988-06-30', '1988-06-30'), GOA),
        ('0.7085 U.S. dlrs', 1, 0.7085, 'USD', 'Australian dollar', 'increase', None, None, P('on Tuesday', '1987-04-28', '1987-04-28'), ABS),
        ('0.7060', 1, 0.7060, 'USD', 'Australian dollar', None, None, None, P("at Monday's close", '1987-04-27', '1987-04-27'), ABS),
    ],
    'wire_2025_new_zealand_gdp_quarterly.txt': [
        ('0.8%', 1, 0.8, 'percent', 'New Zealand economy', 'decrease', None, None, Q('in second quarter', 2025, 2), None),
        ('0.8%', 2, 0.8, 'percent', "New Zealand's economy", 'decrease', 'quarter_on_quarter', None, SQ, SNZ),
        ('0.3%', 1, 0.3, 'percent', "New Zealand's economy", 'decrease', 'quarter_on_quarter', None, SQ, 'Reuters'),
        ('0.9%', 1, 0.9, 'percent', 'growth', 'increase', 'quarter_on_quarter', None, FQ, SNZ),
        ('0.8%', 3, 0.8, 'percent', 'growth', None, 'quarter_on_quarter', None, FQ, SNZ),
        ('0.6%', 1, 0.6, 'percent', 'gross domestic product', 'decrease', 'year_on_year', None, JQ, SNZ),
        ('1.0%', 1, 1.0, 'percent', 'per capita GDP', 'decrease', 'quarter_on_quarter', None, TMJ, SNZ),
        ('1.7%', 1, 1.7, 'percent', 'per capita GDP', 'decrease', 'year_on_year', None, TMJ, SNZ),
        ('2.1%', 1, 2.1, 'percent', 'primary industries', 'decrease', None, None, INQ25, SNZ),
        ('4.4%', 1, 4.4, 'percent', 'forestry and logging', 'decrease', None, None, INQ25, SNZ),
        ('1.5%', 1, 1.5, 'percent', 'agriculture', 'decrease', None, None, INQ25, SNZ),
        ('1.9%', 1, 1.9, 'percent', 'manufacturing', 'decrease', None, None, INQ25, SNZ),
        ('1.3%', 1, 1.3, 'percent', 'construction', 'decrease', None, None, INQ25, SNZ),
        ('0.6%', 2, 0.6, 'percent', 'utilities sector', 'decrease', None, None, INQ25, SNZ),
        ('0.1%', 1, 0.1, 'percent', 'services', 'increase', None, None, INQ25, SNZ),
        ('1.1%', 1, 1.1, 'percent', 'annual GDP', 'decrease', 'year_on_year', None, P('In the year ended June 2025', '2024-07-01', '2025-06-30'), SNZ),
        ('0.3%', 2, 0.3, 'percent', 'economy', 'decrease', None, None, Q('for the quarter', 2025, 2), RBNZ),
        ('25 basis points', 1, 25, 'basis_point', 'official cash rate', 'decrease', None, None, AUG20, RBNZ),
        ('3.0%', 1, 3.0, 'percent', 'official cash rate', 'decrease', None, None, AUG20, RBNZ),
        ('60%', 1, 60, 'percent', 'chance of a 50-basis-point cut', None, None, 'approximately', OCT8, None),
        ('50-basis-point', 1, 50, 'basis_point', 'rate cut', 'decrease', None, None, OCT8, None),
        ('0.4%', 1, 0.4, 'percent', 'New Zealand dollar', 'decrease', None, None, None, SNZ),
        ('59.15 U.S. cents', 1, 0.5915, 'USD', 'New Zealand dollar', 'decrease', None, None, None, SNZ),
    ],
    'cnbc_style_consumer_confidence_conference_board.txt': [
        ('4.1 points', 1, 4.1, 'index_point', 'consumer confidence index', 'increase', 'month_on_month', None, TM, CB),
        ('98.7', 1, 98.7, 'index_point', 'consumer confidence index', 'increase', None, None, TM, CB),
        ('96.0', 1, 96.0, 'index_point', 'consumer confidence index', None, None, None, TM, DJ),
        ('94.6', 1, 94.6, 'index_point', 'consumer confidence index', 'decrease', None, None, per('January', 2026, 1), CB),
        ('95.2', 1, 95.2, 'index_point', 'consumer confidence index', None, None, None, per('January', 2026, 1), CB),
        ('128.3', 1, 128.3, 'index_point', 'present situation index', 'increase', None, None, FEB, CB),
        ('121.9', 1, 121.9, 'index_point', 'present situation index', None, None, None, JAN, CB),
        ('1.8 points', 1, 1.8, 'index_point', 'expectations index', 'increase', 'month_on_month', None, FEB, CB),
        ('79.0', 1, 79.0, 'index_point', 'expectations index', 'increase', None, None, FEB, CB),
        ('31.2%', 1, 31.2, 'percent', 'share of consumers saying jobs were "plentiful"', 'increase', None, None, TM, CB),
        ('29.0%', 1, 29.0, 'percent', 'share of consumers saying jobs were "plentiful"', None, None, None, JAN, CB),
        ('17.6%', 1, 17.6, 'percent', 'share of consumers saying jobs were "hard to get"', 'decrease', None, None, TM, CB),
        ('18.9%', 1, 18.9, 'percent', 'share of consumers saying jobs were "hard to get"', None, None, None, JAN, CB),
        ('13.6 percentage points', 1, 13.6, 'percentage_point', 'labor differential', 'increase', None, None, TM, CB),
        ('10.1 points', 1, 10.1, 'percentage_point', 'labor differential', None, None, None, JAN, CB),
        ('a quarter', 1, 0.25, 'fraction', 'share of write-in responses mentioning tariffs', 'decrease', None, 'approximately', None, CB),
        ('3,000', 1, 3000, 'count', 'survey responses', None, None, 'approximately', None, CB),
    ],
    'mt_newswires_euro_zone_unemployment.txt': [
        ('6.3%', 1, 6.3, 'percent', 'Euro Zone Unemployment Rate', 'decrease', None, None, NOV, None),
        ('6.3%', 2, 6.3, 'percent', "euro zone's seasonally adjusted unemployment rate", 'decrease', None, None, NOV, ESTAT),
        ('6.4%', 1, 6.4, 'percent', "euro zone's seasonally adjusted unemployment rate", None, None, None, OCT, ESTAT),
        ('6.4%', 2, 6.4, 'percent', 'unemployment rate', None, None, None, NOV, BBG),
        ('6.2%', 1, 6.2, 'percent', 'euro area jobless rate', None, None, None, per('A year earlier', 2024, 11), ESTAT),
        ('5.9%', 1, 5.9, 'percent', 'unemployment in the European Union', None, None, None, NOV, ESTAT),
        ('10.91 million', 1, 10.91e6, 'count', 'persons unemployed in the euro zone', None, None, None, NOV, ESTAT),
        ('127,000', 1, 127000, 'count', 'persons unemployed in the euro zone', 'decrease', 'month_on_month', None, NOV, ESTAT),
        ('13.12 million', 1, 13.12e6, 'count', 'persons unemployed in the EU', None, None, None, NOV, ESTAT),
        ('141,000', 1, 141000, 'count', 'persons unemployed in the EU', 'decrease', 'month_on_month', None, NOV, ESTAT),
        ('14.3%', 1, 14.3, 'percent', 'youth unemployment in the euro area', 'decrease', None, None, NOV, ESTAT),
        ('14.6%', 1, 14.6, 'percent', 'youth unemployment in the euro area', None, None, None, OCT, ESTAT),
        ('2.83 million', 1, 2.83e6, 'count', 'people under 25 out of work', None, None, None, NOV, ESTAT),
        ('45,000', 1, 45000, 'count', 'people under 25 out of work', 'decrease', 'month_on_month', None, NOV, ESTAT),
        ('2.9%', 1, 2.9, 'percent', 'unemployment rate in Malta', None, None, None, None, ESTAT),
        ('3.0%', 1, 3.0, 'percent', 'unemployment rate in Czechia', None, None, None, None, ESTAT),
        ('3.2%', 1, 3.2, 'percent', 'unemployment rate in Poland', None, None, None, None, ESTAT),
        ('10.4%', 1, 10.4, 'percent', 'unemployment rate in Spain', None, None, None, None, ESTAT),
        ('9.9%', 1, 9.9, 'percent', 'unemployment rate in Finland', None, None, None, None, ESTAT),
        ('8.6%', 1, 8.6, 'percent', 'unemployment rate in Greece', None, None, None, None, ESTAT),
        ('6.5%', 1, 6.5, 'percent', 'unemployment rate for women in the euro area', 'decrease', None, None, NOV, ESTAT),
        ('6.6%', 1, 6.6, 'percent', 'unemployment rate for women in the euro area', None, None, None, per('a month earlier', 2025, 10), ESTAT),
        ('6.1%', 1, 6.1, 'percent', 'unemployment rate for men', None, None, None, NOV, ESTAT),
    ],
    'trading_economics_style_saudi_gdp_flash.txt': [
        ('5%', 1, 5, 'percent', 'Saudi Arabia GDP Growth', 'increase', None, None, Q('in Q3', 2025, 3), None),
        ('5.0%', 1, 5.0, 'percent', 'Saudi Arabian economy', 'increase', 'year_on_year', None, Q325, GASTAT),
        ('3.9%', 1, 3.9, 'percent', 'Saudi Arabian economy', None, 'year_on_year', None, Q2, GASTAT),
        ('4.0%', 1, 4.0, 'percent', 'Saudi Arabian economy', None, 'year_on_year', None, Q325, None),
        ('8.2%', 1, 8.2, 'percent', 'oil activities', 'increase', 'year_on_year', None, Q325, GASTAT),
        ('3.8%', 1, 3.8, 'percent', 'oil activities', 'increase', 'year_on_year', None, Q2, GASTAT),
        ('4.5%', 1, 4.5, 'percent', 'non-oil activities', 'increase', 'year_on_year', None, Q325, GASTAT),
        ('4.6%', 1, 4.6, 'percent', 'non-oil activities', 'increase', 'year_on_year', None, PQ, GASTAT),
        ('1.1%', 1, 1.1, 'percent', 'government activities', 'increase', 'year_on_year', None, Q325, GASTAT),
        ('3.1%', 1, 3.1, 'percent', 'government activities', None, 'year_on_year', None, PQ, GASTAT),
        ('1.4%', 1, 1.4, 'percent', 'economy', 'increase', 'quarter_on_quarter', None, TQ, GASTAT),
        ('2.1%', 1, 2.1, 'percent', 'economy', 'increase', 'quarter_on_quarter', None, Q2, GASTAT),
        ('2.5%', 1, 2.5, 'percent', 'oil activities', 'increase', 'quarter_on_quarter', None, TQ, GASTAT),
        ('1.0%', 1, 1.0, 'percent', 'non-oil activities', 'increase', 'quarter_on_quarter', None, TQ, GASTAT),
        ('0.6%', 1, 0.6, 'percent', 'government activities', 'increase', 'quarter_on_quarter', None, TQ, GASTAT),
        ('2.95 percent', 1, 2.95, 'percent', 'GDP Annual Growth Rate in Saudi Arabia average', None, None, None, P('from 2011 until 2025', '2011-01-01', '2025-12-31'), GASTAT),
        ('11.20 percent', 1, 11.20, 'percent', 'GDP Annual Growth Rate in Saudi Arabia all time high', None, None, None, Q('in the second quarter of 2022', 2022, 2), GASTAT),
        ('-7.10 percent', 1, -7.10, 'percent', 'GDP Annual Growth Rate in Saudi Arabia record low', 'decrease', None, None, Q('in the third quarter of 2020', 2020, 3), GASTAT),
        ('4.30 percent', 1, 4.30, 'percent', 'GDP Annual Growth Rate in Saudi Arabia', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('3.60 percent', 1, 3.60, 'percent', 'Saudi Arabia GDP Annual Growth Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('3.10 percent', 1, 3.10, 'percent', 'Saudi Arabia GDP Annual Growth Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_soybean_oil_palm_oil_spread.txt': [
        ('41 ringgit', 1, 41, 'MYR', 'palm oil for April delivery', 'increase', None, None, ET, None),
        ('1.0%', 1, 1.0, 'percent', 'palm oil for April delivery', 'increase', None, None, ET, None),
        ('4,112 ringgit', 1, 4112, 'MYR', 'palm oil for April delivery', 'increase', None, None, ET, None),
        ('$1,011', 1, 1011, 'USD', 'palm oil for April delivery', 'increase', None, None, ET, None),
        ('0.6%', 1, 0.6, 'percent', 'March soyoil', 'decrease', None, None, ET, None),
        ('49.84 cents', 1, 0.4984, 'USD', 'March soyoil', 'decrease', None, None, ET, None),
        ('0.3%', 1, 0.3, 'percent', "Dalian's most-active soyoil contract", 'decrease', None, None, ET, None),
        ('0.8%', 1, 0.8, 'percent', "Dalian's palm olein contract", 'increase', None, None, ET, None),
        ('$95', 1, 95, 'USD', "soyoil's premium over palm oil on a landed basis in India", 'decrease', None, 'approximately', None, None),
        ('$180', 1, 180, 'USD', "soyoil's premium over palm oil on a landed basis in India", None, None, 'more_than', P('at the start of the month', '2026-01-01', '2026-01-01'), None),
        ('14.6%', 1, 14.6, 'percent', "Malaysia's palm oil product exports", 'decrease', 'month_on_month', None, J20, ITS),
        ('812,450 metric tons', 1, 812450, 'tonne', "Malaysia's palm oil product exports", 'decrease', None, None, J20, ITS),
        ('951,320 tons', 1, 951320, 'tonne', "Malaysia's palm oil product exports", None, None, None, P('a month earlier', '2025-12-01', '2025-12-20'), ITS),
        ('16.2%', 1, 16.2, 'percent', "Malaysia's palm oil product exports", 'decrease', 'month_on_month', None, J20, AMS),
        ('798,300 tons', 1, 798300, 'tonne', "Malaysia's palm oil product exports", 'decrease', None, None, J20, AMS),
        ('0.96 million tons', 1, 0.96e6, 'tonne', "India's palm oil imports", None, None, None, DECI, SEA),
        ('0.42 million tons', 1, 0.42e6, 'tonne', "India's soyoil imports", None, None, None, DECI, SEA),
        ('0.23 million tons', 1, 0.23e6, 'tonne', "India's sunflower oil imports", None, None, None, DECI, SEA),
        ('2.18 million tons', 1, 2.18e6, 'tonne', "Malaysia's palm oil stocks", None, None, None, P('at the end of November', '2025-11-30', '2025-11-30'), MPOB),
        ('2.05 million', 1, 2.05e6, 'tonne', 'palm oil inventories', 'decrease', None, None, EOD, None),
        ('2.15 million tons', 1, 2.15e6, 'tonne', 'palm oil inventories', 'decrease', None, None, EOD, None),
        ('0.2%', 1, 0.2, 'percent', 'ringgit', 'decrease', None, None, None, MPOB),
    ],
    'business_standard_style_forex_reserves_weekly.txt': [
        ('$2.7 bn', 1, 2.7e9, 'USD', 'forex reserves', 'decrease', None, None, None, None),
        ('$689.7 bn', 1, 689.7e9, 'USD', 'forex reserves', 'decrease', None, None, None, None),
        ('$2.70 billion', 1, 2.70e9, 'USD', 'foreign exchange reserves', 'decrease', None, None, W14, RBI),
        ('$689.73 billion', 1, 689.73e9, 'USD', 'foreign exchange reserves', 'decrease', None, None, W14, RBI),
        ('$5.54 billion', 1, 5.54e9, 'USD', 'foreign exchange reserves', 'increase', None, None, PW, RBI),
        ('$692.43 billion', 1, 692.43e9, 'USD', 'foreign exchange reserves', 'increase', None, None, PW, RBI),
        ('$0.63 billion', 1, 0.63e9, 'USD', 'foreign currency assets', 'increase', None, None, RW, RBI),
        ('$563.19 billion', 1, 563.19e9, 'USD', 'foreign currency assets', 'increase', None, None, RW, RBI),
        ('$3.29 billion', 1, 3.29e9, 'USD', 'gold reserves', 'decrease', None, None, DW, RBI),
        ('$103.07 bn', 1, 103.07e9, 'USD', 'gold reserves', 'decrease', None, None, DW, RBI),
        ('$38 million', 1, 38e6, 'USD', 'special drawing rights', 'decrease', None, None, DW, RBI),
        ('$18.64 bn', 1, 18.64e9, 'USD', 'special drawing rights', 'decrease', None, None, DW, RBI),
        ('$11 million', 1, 11e6, 'USD', 'reserve position with the International Monetary Fund', 'decrease', None, None, DW, RBI),
        ('$4.83 bn', 1, 4.83e9, 'USD', 'reserve position with the International Monetary Fund', 'decrease', None, None, DW, RBI),
        ('15 per cent', 1, 15, 'percent', 'gold share of the reserves', None, None, 'approximately', DW, RBI),
        ('$704.89 billion', 1, 704.89e9, 'USD', 'foreign exchange reserves all-time high', None, None, None, P('in the week ended September 27, 2024', '2024-09-21', '2024-09-27'), RBI),
        ('88.71', 1, 88.71, 'INR', 'rupee against the US dollar', None, None, None, FRI, RBI),
        ('19 paise', 1, 0.19, 'INR', 'rupee against the US dollar', 'decrease', 'period_on_period', None, FRI, RBI),
        ('88.40', 1, 88.40, 'INR', 'rupee', None, None, None, NW, None),
        ('89.10', 1, 89.10, 'INR', 'rupee', None, None, None, NW, None),
    ],
    'eu_energy_style_hydropower_reservoir_levels.txt': [
        ('31.4 TWh', 1, 31.4, 'terawatt hour', 'Nordic hydro reservoirs', None, None, None, EQ1, None),
        ('26%', 1, 26, 'percent', 'Nordic hydro reservoirs', None, None, None, EQ1, None),
        ('9 percentage points', 1, 9, 'percentage_point', 'Nordic hydro reservoirs', 'decrease', None, None, EQ1, None),
        ('three-fifths', 1, 0.6, 'fraction', 'Norwegian reservoirs share of Nordic storage capacity', None, None, 'approximately', EM, None),
        ('24.8%', 1, 24.8, 'percent', 'Norwegian reservoirs', None, None, None, EM, None),
        ('35.1%', 1, 35.1, 'percent', 'Norwegian reservoirs', None, None, None, P('a year earlier', '2025-03-31', '2025-03-31'), None),
        ('29.6%', 1, 29.6, 'percent', 'Swedish reservoirs', None, None, None, EM, None),
        ('41.2%', 1, 41.2, 'percent', 'Finnish reservoirs', None, None, None, EM, None),
        ('11%', 1, 11, 'percent', 'hydro generation in the EU', 'decrease', 'year_on_year', None, Q126, ENTSOE),
        ('74 TWh', 1, 74, 'terawatt hour', 'hydro generation in the EU', 'decrease', None, None, Q126, ENTSOE),
        ('14.9%', 1, 14.9, 'percent', 'Swiss reservoirs', None, None, None, FWA, ENTSOE),
        ('0.9 TWh', 1, 0.9, 'terawatt hour', 'Austrian storage', 'decrease', None, None, FWA, ENTSOE),
        ('1.3 TWh', 1, 1.3, 'terawatt hour', 'Austrian storage', None, None, None, P('in the same week of 2025', '2025-04-01', '2025-04-07'), ENTSOE),
        ('2.1 TWh', 1, 2.1, 'terawatt hour', 'French hydro reservoirs', None, None, None, EM, ENTSOE),
        ('0.6 TWh', 1, 0.6, 'terawatt hour', 'French hydro reservoirs', 'decrease', None, None, EM, ENTSOE),
        ('15%', 1, 15, 'percent', 'Italian reservoir levels', 'decrease', 'year_on_year', None, EM, ENTSOE),
        ('20%', 1, 20, 'percent', 'Italian reservoir levels', 'decrease', 'year_on_year', None, EM, ENTSOE),
        ('58 €/MWh', 1, 58, 'EUR', 'Nordic system prices', None, None, None, Q126L, ENTSOE),
        ('twice', 1, 2, 'times', 'Nordic system prices', 'increase', 'year_on_year', 'approximately', Q126L, ENTSOE),
    ],
    'nbs_style_grain_output_autumn_harvest.txt': [
        ('713.46 million tonnes', 1, 713.46e6, 'tonne', 'total grain output', None, None, None, Y26, NBS),
        ('4.12 million tonnes', 1, 4.12e6, 'tonne', 'total grain output', 'increase', 'year_on_year', None, Y26, NBS),
        ('0.6 percent', 1, 0.6, 'percent', 'total grain output', 'increase', 'year_on_year', None, Y26, NBS),
        ('119.41 million hectares', 1, 119.41e6, 'hectare', 'grain sown area', None, None, None, Y26, NBS),
        ('0.23 million hectares', 1, 0.23e6, 'hectare', 'grain sown area', 'increase', 'year_on_year', None, Y26, NBS),
        ('0.2 percent', 1, 0.2, 'percent', 'grain sown area', 'increase', 'year_on_year', None, Y26, NBS),
        ('44.72 million hectares', 1, 44.72e6, 'hectare', 'sown area of corn', None, None, None, Y26, NBS),
        ('10.05 million hectares', 1, 10.05e6, 'hectare', 'sown area of soybeans', None, None, None, Y26, NBS),
        ('29.01 million hectares', 1, 29.01e6, 'hectare', 'sown area of rice', None, None, None, Y26, NBS),
        ('5,975 kilograms', 1, 5975, 'kilogram', 'grain yield per hectare', None, None, None, TY, NBS),
        ('398.3 kilograms', 1, 398.3, 'kilogram', 'grain yield per mu', None, None, None, TY, NBS),
        ('21.6 kilograms', 1, 21.6, 'kilogram', 'grain yield per hectare', 'increase', 'year_on_year', None, TY, NBS),
        ('0.4 percent', 1, 0.4, 'percent', 'grain yield per hectare', 'increase', 'year_on_year', None, TY, NBS),
        ('534.60 million tonnes', 1, 534.60e6, 'tonne', 'output of autumn grain', None, None, None, Y26, NBS),
        ('3.54 million tonnes', 1, 3.54e6, 'tonne', 'output of autumn grain', 'increase', 'year_on_year', None, Y26, NBS),
        ('0.7 percent', 1, 0.7, 'percent', 'output of autumn grain', 'increase', 'year_on_year', None, Y26, NBS),
        ('three quarters', 1, 0.75, 'fraction', 'autumn grain share of the annual total', None, None, 'approximately', Y26, NBS),
        ('150.28 million tonnes', 1, 150.28e6, 'tonne', 'summer grain output', None, None, None, Y26, NBS),
        ('28.58 million tonnes', 1, 28.58e6, 'tonne', 'early rice output', None, None, None, Y26, NBS),
        ('298.67 million tonnes', 1, 298.67e6, 'tonne', 'corn output', None, None, None, None, NBS),
        ('1.1 percent', 1, 1.1, 'percent', 'corn output', 'increase', 'year_on_year', None, None, NBS),
        ('207.52 million tonnes', 1, 207.52e6, 'tonne', 'rice output', None, None, None, None, NBS),
        ('0.3 percent', 1, 0.3, 'percent', 'rice output', 'decrease', 'year_on_year', None, None, NBS),
        ('140.10 million tonnes', 1, 140.10e6, 'tonne', 'wheat output', None, None, None, None, NBS),
        ('20.85 million tonnes', 1, 20.85e6, 'tonne', 'soybean output', None, None, None, None, NBS),
        ('0.4 percent', 2, 0.4, 'percent', 'soybean output', 'increase', 'year_on_year', None, None, NBS),
        ('80.21 million tonnes', 1, 80.21e6, 'tonne', 'output in Heilongjiang', None, None, None, TY2, NBS),
        ('67.35 million tonnes', 1, 67.35e6, 'tonne', 'output in Henan', None, None, None, TY2, NBS),
        ('57.12 million tonnes', 1, 57.12e6, 'tonne', 'output in Shandong', None, None, None, TY2, NBS),
        ('1.2 percent', 1, 1.2, 'percent', 'output in Hebei', 'decrease', None, None, TY2, NBS),
        ('2.6 percent', 1, 2.6, 'percent', 'output in Jilin', 'increase', None, None, TY2, NBS),
        ('1.9 percent', 1, 1.9, 'percent', 'output in Inner Mongolia', 'increase', None, None, TY2, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
