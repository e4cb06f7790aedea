# ruff: noqa: E501, RUF001
"""Write corpus/annotated_35/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_35.py corpus/annotated_35
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
PORLA = "Palm Oil Registration and Licensing Authority"
TSI = "Turkish Statistical Institute"
CBRT = "Central Bank of the Republic of Turkey"
ICOC = "Istanbul Chamber of Commerce"
REU = "Reuters"
ISM = "Institute for Supply Management"
DJ = "Dow Jones"
SPG = "S&P Global"
ADP = "ADP"
CME = "CME Group"
METI = "Ministry of Economy, Trade and Industry"
BBG = "Bloomberg"
IBGE = "Brazilian Institute of Geography and Statistics"
TE = "Trading Economics"
ICE = "Intercontinental Exchange"
CECAFE = "Brazilian Coffee Exporters Council"
CONAB = "National Supply Company"
CLIMA = "Climatempo"
CGA = "Controller General of Accounts"
RBI = "Reserve Bank of India"
GOI = "Government of India"
BOB = "Bank of Baroda"
ENTSOE = "European Network of Transmission System Operators for Electricity"
MOF = "Ministry of Finance"

# 3501 ONS sickness absence (ref Thursday 2025-06-12)
Y24 = Y("in 2024", 2024)
Y23 = Y("in 2023", 2023)
IN24 = Y("In 2024", 2024)
LY = Y("last year", 2024)
R23 = Y("2023", 2023)
# 3502 Reuters 1987 (ref Thursday 1987-05-14)
EA = P("at end-April", "1987-04-30", "1987-04-30")
APR = per("in April", 1987, 4)
MAR = per("in March", 1987, 3)
F4 = P("in the first four months of 1987", "1987-01-01", "1987-04-30")
# 3503 Reuters 2025 (ref Wednesday 2025-12-03)
NOV = per("in November", 2025, 11)
OCT = per("in October", 2025, 10)
INOV = per("In November", 2025, 11)
DEC11 = P("at its Dec. 11 meeting", "2025-12-11", "2025-12-11")
# 3504 CNBC (ref Wednesday 2025-12-03)
LM = per("last month", 2025, 11)
NW = P("next week", "2025-12-08", "2025-12-14")
# 3505 MT Newswires (ref Thursday 2025-11-27)
SEP = per("in September", 2025, 9)
INOCT = per("In October", 2025, 10)
NOVA = per("November", 2025, 11)
# 3506 Trading Economics (ref Friday 2025-11-28)
T3O = P("in the three months to October 2025", "2025-08-01", "2025-10-31")
AUGOCT = P("In the August-to-October period", "2025-08-01", "2025-10-31")
# 3507 Investing.com (ref Wednesday 2025-12-10)
ET = P("By 10:25 ET", None, None)
Y25 = Y("2025", 2025)
# 3508 Business Standard (ref Friday 2025-11-28)
HAO = P("in Apr-Oct", "2025-04-01", "2025-10-31")
AOF = P("for April-October FY26", "2025-04-01", "2025-10-31")
F7 = P("in the first seven months", "2025-04-01", "2025-10-31")
IAO = P("In April-October", "2025-04-01", "2025-10-31")
FULL = P("full-year", "2025-04-01", "2026-03-31")
# 3509 DG ENER (ref Wednesday 2025-10-15)
Q2 = Q("In the second quarter of 2025", 2025, 2)
INQ = Q("in the quarter", 2025, 2)
BEJ = P("by the end of June 2025", "2025-06-30", "2025-06-30")
# 3510 NBS style, Ministry of Finance (ref Monday 2025-11-17)
JO = P("from January to October 2025", "2025-01-01", "2025-10-31")
JO2 = P("From January to October", "2025-01-01", "2025-10-31")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_sickness_absence.txt': [
        ('2.0%', 1, 2.0, 'percent', 'sickness absence rate', 'decrease', None, None, Y24, None),
        ('2.3%', 1, 2.3, 'percent', 'sickness absence rate', None, None, None, Y23, None),
        ('1.9%', 1, 1.9, 'percent', 'sickness absence rate', None, None, None, Y('in 2019', 2019), None),
        ('148.9 million', 1, 148.9e6, 'count', 'working days lost because of sickness or injury', None, None, None, Y24, None),
        ('4.4 days', 1, 4.4, 'day', 'working days lost per worker', None, None, None, Y24, None),
        ('a third', 1, 0.3333, 'fraction', 'minor illnesses share of sickness absence occurrences', None, None, 'approximately', None, None),
        ('31.8%', 1, 31.8, 'percent', 'minor illnesses share of sickness absence occurrences', None, None, None, None, None),
        ('1.1%', 1, 1.1, 'percent', 'sickness absence rate of workers aged 16 to 24 years', None, None, None, IN24, ONS),
        ('2.9%', 1, 2.9, 'percent', 'sickness absence rate of workers aged 65 years and over', None, None, None, IN24, ONS),
        ('2.6%', 1, 2.6, 'percent', 'sickness absence rate of workers aged 50 to 64 years', None, None, None, IN24, ONS),
        ('0.3 percentage points', 1, 0.3, 'percentage_point', 'sickness absence rate of workers aged 50 to 64 years', 'decrease', 'year_on_year', None, IN24, ONS),
        ('2.4%', 1, 2.4, 'percent', 'sickness absence rate of women', None, None, None, IN24, ONS),
        ('1.6%', 1, 1.6, 'percent', 'sickness absence rate of men', None, None, None, IN24, ONS),
        ('2.7%', 1, 2.7, 'percent', 'sickness absence rate in the public sector', None, None, None, LY, ONS),
        ('1.8%', 1, 1.8, 'percent', 'sickness absence rate in the private sector', None, None, None, LY, ONS),
        ('3.2%', 1, 3.2, 'percent', 'sickness absence rate in health and social work', None, None, None, LY, ONS),
        ('1.3%', 1, 1.3, 'percent', 'sickness absence rate of managers, directors and senior officials', None, None, None, LY, ONS),
        ('148.9 million', 2, 148.9e6, 'count', 'working days lost', None, None, None, Y24, ONS),
        ('36.2 million', 1, 36.2e6, 'count', 'working days lost', 'decrease', 'year_on_year', None, Y24, ONS),
        ('185.1 million', 1, 185.1e6, 'count', 'working days lost', None, None, None, Y23, ONS),
        ('28.7 million', 1, 28.7e6, 'count', 'working days lost to minor illnesses', None, None, None, Y24, ONS),
        ('23.4 million', 1, 23.4e6, 'count', 'working days lost to musculoskeletal problems', None, None, None, Y24, ONS),
        ('21.6 million', 1, 21.6e6, 'count', 'working days lost to mental health conditions', None, None, None, Y24, ONS),
        ('3.9%', 1, 3.9, 'percent', 'sickness absence rate of workers with a long-term health condition', None, None, None, Y24, ONS),
        ('three times', 1, 3, 'times', 'sickness absence rate of workers with a long-term health condition relative to those without one', None, None, 'approximately', Y24, ONS),
        ('1.4%', 1, 1.4, 'percent', 'sickness absence rate of workers without a long-term health condition', None, None, None, Y24, ONS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'sickness absence rate revision', 'increase', None, None, R23, ONS),
        ('2.3%', 2, 2.3, 'percent', 'sickness absence rate', 'increase', None, None, R23, ONS),
    ],
    'wire_1987_malaysia_palm_oil_production_stocks.txt': [
        ('8.2 PCT', 1, 8.2, 'percent', 'Malaysian palm oil stocks', 'decrease', None, None, per('IN APRIL', 1987, 4), None),
        ('8.2 pct', 1, 8.2, 'percent', 'Malaysian palm oil stocks', 'decrease', 'month_on_month', None, EA, PORLA),
        ('498,700 tonnes', 1, 498700, 'tonne', 'Malaysian palm oil stocks', 'decrease', None, None, EA, PORLA),
        ('543,200 tonnes', 1, 543200, 'tonne', 'Malaysian palm oil stocks', None, None, None, P('at end-March', '1987-03-31', '1987-03-31'), PORLA),
        ('352,400 tonnes', 1, 352400, 'tonne', 'crude palm oil output', 'increase', None, None, APR, PORLA),
        ('318,900', 1, 318900, 'tonne', 'crude palm oil output', None, None, None, MAR, PORLA),
        ('6.7 pct', 1, 6.7, 'percent', 'crude palm oil output', 'increase', 'year_on_year', None, APR, PORLA),
        ('330,300 tonnes', 1, 330300, 'tonne', 'crude palm oil output', None, None, None, per('in April 1986', 1986, 4), PORLA),
        ('321,600 tonnes', 1, 321600, 'tonne', 'crude palm oil production', None, None, None, per('March', 1987, 3), PORLA),
        ('241,300 tonnes', 1, 241300, 'tonne', 'palm oil stocks held by estates and mills', None, None, None, P('end-April', '1987-04-30', '1987-04-30'), PORLA),
        ('196,800', 1, 196800, 'tonne', 'palm oil stocks held by refiners', None, None, None, P('end-April', '1987-04-30', '1987-04-30'), PORLA),
        ('60,600', 1, 60600, 'tonne', 'palm oil stocks held by ports and bulking installations', None, None, None, P('end-April', '1987-04-30', '1987-04-30'), PORLA),
        ('1.28 mln tonnes', 1, 1.28e6, 'tonne', 'crude palm oil output', None, None, None, F4, PORLA),
        ('5.2 pct', 1, 5.2, 'percent', 'crude palm oil output', 'decrease', 'year_on_year', None, F4, PORLA),
        ('1.35 mln', 1, 1.35e6, 'tonne', 'crude palm oil output', None, None, None, P('in the same period last year', '1986-01-01', '1986-04-30'), PORLA),
        ('82 pct', 1, 82, 'percent', 'Peninsular Malaysia share of crude palm oil output', None, None, 'approximately', per('April', 1987, 4), PORLA),
        ('48,900', 1, 48900, 'tonne', 'crude palm oil output in Sabah', None, None, None, per('April', 1987, 4), PORLA),
        ('14,600 tonnes', 1, 14600, 'tonne', 'crude palm oil output in Sarawak', None, None, None, per('April', 1987, 4), PORLA),
        ('4.1 pct', 1, 4.1, 'percent', 'palm kernel production', 'increase', 'month_on_month', None, APR, PORLA),
        ('92,300 tonnes', 1, 92300, 'tonne', 'palm kernel production', 'increase', None, None, APR, PORLA),
        ('301,800 tonnes', 1, 301800, 'tonne', 'exports of crude palm oil', 'decrease', None, None, APR, PORLA),
        ('336,500', 1, 336500, 'tonne', 'exports of crude palm oil', None, None, None, MAR, PORLA),
        ('390,000', 1, 390000, 'tonne', 'palm oil production', 'increase', None, None, per('May', 1987, 5), None),
        ('410,000 tonnes', 1, 410000, 'tonne', 'palm oil production', 'increase', None, None, per('May', 1987, 5), None),
        ('781 ringgit', 1, 781, 'MYR', 'third-month crude palm oil contract', None, None, None, P('on Wednesday', '1987-05-13', '1987-05-13'), PORLA),
        ('14 ringgit', 1, 14, 'MYR', 'third-month crude palm oil contract', 'increase', 'period_on_period', None, P('on Wednesday', '1987-05-13', '1987-05-13'), PORLA),
    ],
    'wire_2025_turkey_consumer_inflation.txt': [
        ('31.07%', 1, 31.07, 'percent', 'Turkish inflation', 'decrease', None, None, NOV, None),
        ('31.07%', 2, 31.07, 'percent', 'annual consumer price inflation', 'decrease', 'year_on_year', None, NOV, TSI),
        ('32.87%', 1, 32.87, 'percent', 'annual consumer price inflation', None, 'year_on_year', None, OCT, TSI),
        ('31.6%', 1, 31.6, 'percent', 'annual consumer price inflation', None, 'year_on_year', None, NOV, REU),
        ('16', 1, 16, 'count', 'economists in a Reuters poll', None, None, None, NOV, REU),
        ('0.87%', 1, 0.87, 'percent', 'consumer prices', 'increase', 'month_on_month', None, NOV, TSI),
        ('1.3%', 1, 1.3, 'percent', 'consumer prices', 'increase', 'month_on_month', None, NOV, None),
        ('2.55%', 1, 2.55, 'percent', 'monthly inflation', None, 'month_on_month', None, OCT, TSI),
        ('27.9%', 1, 27.9, 'percent', 'annual food and non-alcoholic beverage inflation', 'decrease', 'year_on_year', None, INOV, TSI),
        ('61.2%', 1, 61.2, 'percent', 'housing costs', 'increase', 'year_on_year', None, INOV, TSI),
        ('74.6%', 1, 74.6, 'percent', 'education costs', 'increase', 'year_on_year', None, INOV, TSI),
        ('1.9%', 1, 1.9, 'percent', 'clothing and footwear prices', 'decrease', 'month_on_month', None, INOV, TSI),
        ('30.2%', 1, 30.2, 'percent', 'annual core inflation', 'decrease', 'year_on_year', None, NOV, TSI),
        ('31.4%', 1, 31.4, 'percent', 'annual core inflation', None, 'year_on_year', None, per('a month earlier', 2025, 10), TSI),
        ('1.42%', 1, 1.42, 'percent', 'retail prices in Istanbul', 'increase', 'month_on_month', None, NOV, ICOC),
        ('35.6%', 1, 35.6, 'percent', 'retail prices in Istanbul', 'increase', 'year_on_year', None, NOV, ICOC),
        ('0.84%', 1, 0.84, 'percent', 'domestic producer prices', 'increase', 'month_on_month', None, None, TSI),
        ('27.23%', 1, 27.23, 'percent', 'annual producer inflation', None, 'year_on_year', None, None, TSI),
        ('650 basis points', 1, 650, 'basis_point', 'one-week repo rate', 'decrease', None, None, P('since July', '2025-07-01', '2025-12-03'), CBRT),
        ('39.5%', 1, 39.5, 'percent', 'one-week repo rate', 'decrease', None, None, P('since July', '2025-07-01', '2025-12-03'), CBRT),
        ('100', 1, 100, 'basis_point', 'one-week repo rate', 'decrease', None, None, DEC11, REU),
        ('150 basis points', 1, 150, 'basis_point', 'one-week repo rate', 'decrease', None, None, DEC11, REU),
        ('24%', 1, 24, 'percent', 'interim inflation target', None, None, None, P('at the end of 2025', '2025-12-31', '2025-12-31'), CBRT),
        ('16%', 1, 16, 'percent', 'interim inflation target', None, None, None, P('at the end of 2026', '2026-12-31', '2026-12-31'), CBRT),
        ('0.1%', 1, 0.1, 'percent', 'lira', 'decrease', None, None, None, TSI),
        ('42.47', 1, 42.47, 'TRY', 'lira', 'decrease', None, None, None, TSI),
        ('17%', 1, 17, 'percent', 'lira', 'decrease', None, 'approximately', P('since the start of the year', '2025-01-01', '2025-12-03'), TSI),
    ],
    'cnbc_style_ism_services_pmi.txt': [
        ('52.6', 1, 52.6, 'index_point', 'ISM index', None, None, None, NOV, None),
        ('52.6', 2, 52.6, 'index_point', 'ISM services PMI', 'increase', None, None, LM, ISM),
        ('52.4', 1, 52.4, 'index_point', 'ISM services PMI', None, None, None, OCT, ISM),
        ('52.0', 1, 52.0, 'index_point', 'ISM services PMI', None, None, None, LM, DJ),
        ('two-thirds', 1, 0.6667, 'fraction', 'services sector share of U.S. economic output', None, None, 'more_than', LM, ISM),
        ('2.3 points', 1, 2.3, 'index_point', 'business activity index', 'increase', None, None, INOV, ISM),
        ('56.8', 1, 56.8, 'index_point', 'business activity index', 'increase', None, None, INOV, ISM),
        ('52.9', 1, 52.9, 'index_point', 'new orders index', 'decrease', None, None, INOV, ISM),
        ('56.2', 1, 56.2, 'index_point', 'new orders index', None, None, None, INOV, ISM),
        ('48.9', 1, 48.9, 'index_point', 'employment index', 'increase', None, None, INOV, ISM),
        ('48.2', 1, 48.2, 'index_point', 'employment index', None, None, None, OCT, ISM),
        ('65.4', 1, 65.4, 'index_point', 'prices index', 'decrease', None, None, NOV, ISM),
        ('70.0', 1, 70.0, 'index_point', 'prices index', None, None, None, OCT, ISM),
        ('16', 1, 16, 'count', 'industries reporting paying higher prices', None, None, None, LM, ISM),
        ('Eleven', 1, 11, 'count', 'industries reporting growth', 'decrease', None, None, LM, ISM),
        ('12', 1, 12, 'count', 'industries reporting growth', None, None, None, OCT, ISM),
        ('54.1', 1, 54.1, 'index_point', 'S&P Global final U.S. services PMI', 'decrease', None, None, NOV, SPG),
        ('54.8', 1, 54.8, 'index_point', 'S&P Global final U.S. services PMI', None, None, None, OCT, SPG),
        ('55.0', 1, 55.0, 'index_point', 'S&P Global flash U.S. services PMI', None, None, None, NOV, SPG),
        ('32,000', 1, 32000, 'count', 'jobs at private employers', 'decrease', None, None, NOV, ADP),
        ('40,000', 1, 40000, 'count', 'jobs at private employers', 'increase', None, None, NOV, DJ),
        ('89%', 1, 89, 'percent', 'chance of a quarter-point cut', None, None, 'approximately', NW, CME),
        ('quarter-point', 1, 0.25, 'percentage_point', 'Fed rate cut', 'decrease', None, None, NW, CME),
    ],
    'mt_newswires_japan_industrial_production.txt': [
        ('1.4%', 1, 1.4, 'percent', "Japan's industrial production", 'increase', None, None, OCT, None),
        ('1.4%', 2, 1.4, 'percent', "Japan's industrial production", 'increase', 'month_on_month', None, OCT, METI),
        ('2.6%', 1, 2.6, 'percent', "Japan's industrial production", 'increase', 'month_on_month', None, SEP, METI),
        ('2.2%', 1, 2.2, 'percent', "Japan's industrial production", None, 'month_on_month', None, SEP, METI),
        ('0.6%', 1, 0.6, 'percent', "Japan's industrial production", 'decrease', 'month_on_month', None, OCT, BBG),
        ('1.5%', 1, 1.5, 'percent', 'output', 'increase', 'year_on_year', None, OCT, METI),
        ('3.8%', 1, 3.8, 'percent', 'output', 'increase', 'year_on_year', None, SEP, METI),
        ('Eleven', 1, 11, 'count', 'industries posting month-over-month gains', None, None, None, OCT, METI),
        ('7.9%', 1, 7.9, 'percent', 'electronic parts and devices', 'increase', 'month_on_month', None, OCT, METI),
        ('4.3%', 1, 4.3, 'percent', 'production machinery', 'increase', 'month_on_month', None, OCT, METI),
        ('2.8%', 1, 2.8, 'percent', 'transport equipment', 'increase', 'month_on_month', None, OCT, METI),
        ('3.4%', 1, 3.4, 'percent', 'output of business-oriented machinery', 'decrease', 'month_on_month', None, OCT, METI),
        ('0.9%', 1, 0.9, 'percent', 'shipments', 'increase', 'month_on_month', None, INOCT, METI),
        ('1.7%', 1, 1.7, 'percent', 'inventories', 'decrease', 'month_on_month', None, INOCT, METI),
        ('2.4%', 1, 2.4, 'percent', 'inventory-to-shipments ratio', 'decrease', 'month_on_month', None, INOCT, METI),
        ('104.2', 1, 104.2, 'index_point', 'seasonally adjusted production index', None, None, None, INOCT, METI),
        ('1.2%', 1, 1.2, 'percent', 'output', 'decrease', None, None, per('in November', 2025, 11), METI),
        ('2.7%', 1, 2.7, 'percent', 'output', 'increase', None, None, per('in December', 2025, 12), METI),
        ('-2.1%', 1, -2.1, 'percent', 'production', 'decrease', None, None, NOVA, METI),
        ('-3.1%', 1, -3.1, 'percent', 'production', 'decrease', None, None, NOVA, METI),
        ('-1.1%', 1, -1.1, 'percent', 'production', 'decrease', None, None, NOVA, METI),
        ('156.3', 1, 156.3, 'JPY', 'yen', None, None, None, None, METI),
    ],
    'trading_economics_style_brazil_unemployment.txt': [
        ('5.4%', 1, 5.4, 'percent', 'Brazil jobless rate', 'decrease', None, None, None, None),
        ('5.4%', 2, 5.4, 'percent', "Brazil's unemployment rate", 'decrease', None, None, T3O, IBGE),
        ('5.6%', 1, 5.6, 'percent', "Brazil's unemployment rate", None, None, None, P('in the three months to July', '2025-05-01', '2025-07-31'), IBGE),
        ('5.5%', 1, 5.5, 'percent', "Brazil's unemployment rate", None, None, None, T3O, None),
        ('6.2%', 1, 6.2, 'percent', 'jobless rate', None, None, None, P('A year earlier', '2024-08-01', '2024-10-31'), IBGE),
        ('4.1%', 1, 4.1, 'percent', 'number of unemployed people', 'decrease', 'period_on_period', None, AUGOCT, IBGE),
        ('5.87 million', 1, 5.87e6, 'count', 'number of unemployed people', 'decrease', None, None, AUGOCT, IBGE),
        ('0.3%', 1, 0.3, 'percent', 'employment', 'increase', 'period_on_period', None, AUGOCT, IBGE),
        ('102.7 million', 1, 102.7e6, 'count', 'employment', 'increase', None, None, AUGOCT, IBGE),
        ('13.9%', 1, 13.9, 'percent', 'number of unemployed', 'decrease', 'year_on_year', None, AUGOCT, IBGE),
        ('62.5%', 1, 62.5, 'percent', 'labor force participation rate', None, None, None, AUGOCT, IBGE),
        ('37.7%', 1, 37.7, 'percent', 'informality rate', 'decrease', None, None, AUGOCT, IBGE),
        ('38.0%', 1, 38.0, 'percent', 'informality rate', None, None, None, AUGOCT, IBGE),
        ('38.6 million', 1, 38.6e6, 'count', 'people working informally', None, None, None, AUGOCT, IBGE),
        ('R$3,528', 1, 3528, 'BRL', 'average real monthly income from all jobs', 'increase', None, None, AUGOCT, IBGE),
        ('1.2%', 1, 1.2, 'percent', 'average real monthly income from all jobs', 'increase', 'period_on_period', None, AUGOCT, IBGE),
        ('4.4%', 1, 4.4, 'percent', 'average real monthly income from all jobs', 'increase', 'year_on_year', None, AUGOCT, IBGE),
        ('9.78 percent', 1, 9.78, 'percent', 'Unemployment Rate in Brazil average', None, None, None, P('from 2012 until 2025', '2012-01-01', '2025-12-31'), IBGE),
        ('14.90 percent', 1, 14.90, 'percent', 'Unemployment Rate in Brazil all time high', None, None, None, per('in March of 2021', 2021, 3), IBGE),
        ('5.40 percent', 1, 5.40, 'percent', 'Unemployment Rate in Brazil record low', None, None, None, per('in October of 2025', 2025, 10), IBGE),
        ('5.70 percent', 1, 5.70, 'percent', 'Unemployment Rate in Brazil', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('6.30 percent', 1, 6.30, 'percent', 'Brazil Unemployment Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('6.60 percent', 1, 6.60, 'percent', 'Brazil Unemployment Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_arabica_coffee_futures.txt': [
        ('3%', 1, 3, 'percent', 'Arabica coffee futures', 'decrease', None, None, None, None),
        ('3.2%', 1, 3.2, 'percent', 'most-active March arabica contract', 'decrease', None, None, ET, None),
        ('$3.6870', 1, 3.6870, 'USD', 'most-active March arabica contract', 'decrease', None, None, ET, None),
        ('1.9%', 1, 1.9, 'percent', 'London robusta futures', 'decrease', None, None, ET, None),
        ('$4,288', 1, 4288, 'USD', 'London robusta futures', 'decrease', None, None, ET, None),
        ('0.3%', 1, 0.3, 'percent', 'Brazilian real', 'increase', None, None, ET, None),
        ('5.42', 1, 5.42, 'BRL', 'Brazilian real', 'increase', None, None, ET, None),
        ('$4.3920', 1, 4.3920, 'USD', 'arabica record high', None, None, None, P('on Oct. 28', '2025-10-28', '2025-10-28'), None),
        ('14%', 1, 14, 'percent', 'arabica prices', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-12-10'), None),
        ('412,750 bags', 1, 412750, 'count', 'ICE-monitored arabica inventories', 'increase', None, None, P('on Tuesday', '2025-12-09', '2025-12-09'), ICE),
        ('398,640 bags', 1, 398640, 'count', 'ICE-monitored arabica inventories', None, None, None, P('last week', '2025-12-01', '2025-12-07'), ICE),
        ('21.4%', 1, 21.4, 'percent', "Brazil's green coffee exports", 'decrease', 'year_on_year', None, NOV, CECAFE),
        ('2.91 million bags', 1, 2.91e6, 'count', "Brazil's green coffee exports", 'decrease', None, None, NOV, CECAFE),
        ('40%', 1, 40, 'percent', 'U.S. tariff on Brazilian coffee', None, None, None, None, None),
        ('55.2 million bags', 1, 55.2e6, 'count', "Brazil's coffee crop", None, None, None, Y25, CONAB),
        ('11.2%', 1, 11.2, 'percent', 'arabica output', 'decrease', 'year_on_year', None, Y25, CONAB),
        ('35.2 million bags', 1, 35.2e6, 'count', 'arabica output', 'decrease', None, None, Y25, CONAB),
        ('37.4%', 1, 37.4, 'percent', 'robusta production', 'increase', 'year_on_year', None, Y25, CONAB),
        ('20.0 million bags', 1, 20.0e6, 'count', 'robusta production', 'increase', None, None, Y25, CONAB),
        ('118%', 1, 118, 'percent', 'rainfall in Minas Gerais relative to the historical average', None, None, None, P('in the first week of December', '2025-12-01', '2025-12-07'), CLIMA),
    ],
    'business_standard_style_india_fiscal_deficit.txt': [
        ('52.6%', 1, 52.6, 'percent', 'fiscal deficit as a share of the budget estimate', None, None, None, HAO, None),
        ('32%', 1, 32, 'percent', 'capex', 'increase', None, None, HAO, None),
        ('₹8.25 trillion', 1, 8.25e12, 'INR', 'fiscal deficit', None, None, None, AOF, CGA),
        ('52.6 per cent', 1, 52.6, 'percent', 'fiscal deficit as a share of the budget estimate', None, None, None, AOF, CGA),
        ('46.5 per cent', 1, 46.5, 'percent', 'fiscal deficit as a share of the budget estimate', None, None, None, P('in the corresponding period of the previous year', '2024-04-01', '2024-10-31'), CGA),
        ('₹12.74 trillion', 1, 12.74e12, 'INR', 'net tax revenue', None, None, None, F7, CGA),
        ('49.1 per cent', 1, 49.1, 'percent', 'net tax revenue as a share of the annual target', None, None, None, F7, CGA),
        ('50.5 per cent', 1, 50.5, 'percent', 'net tax revenue as a share of the annual target', None, None, None, P('a year ago', '2024-04-01', '2024-10-31'), CGA),
        ('3.9 per cent', 1, 3.9, 'percent', 'gross tax collections', 'increase', 'year_on_year', None, F7, CGA),
        ('₹21.86 trillion', 1, 21.86e12, 'INR', 'gross tax collections', 'increase', None, None, F7, CGA),
        ('6.2 per cent', 1, 6.2, 'percent', 'corporation tax', 'increase', 'year_on_year', None, F7, CGA),
        ('5.1 per cent', 1, 5.1, 'percent', 'personal income tax', 'increase', 'year_on_year', None, F7, CGA),
        ('8.7 per cent', 1, 8.7, 'percent', 'customs duties', 'decrease', 'year_on_year', None, F7, CGA),
        ('31.4 per cent', 1, 31.4, 'percent', 'non-tax revenue', 'increase', 'year_on_year', None, F7, CGA),
        ('₹4.61 trillion', 1, 4.61e12, 'INR', 'non-tax revenue', 'increase', None, None, F7, CGA),
        ('₹2.69 trillion', 1, 2.69e12, 'INR', 'surplus transferred by the Reserve Bank of India', None, None, None, per('in May', 2025, 5), RBI),
        ('₹26.93 trillion', 1, 26.93e12, 'INR', 'total expenditure', None, None, None, IAO, CGA),
        ('53.3 per cent', 1, 53.3, 'percent', 'total expenditure as a share of the budget estimate', None, None, None, IAO, CGA),
        ('32.4 per cent', 1, 32.4, 'percent', 'capital expenditure', 'increase', None, None, IAO, CGA),
        ('₹6.15 trillion', 1, 6.15e12, 'INR', 'capital expenditure', 'increase', None, None, IAO, CGA),
        ('2.3 per cent', 1, 2.3, 'percent', 'revenue expenditure', 'increase', None, None, IAO, CGA),
        ('₹1.02 trillion', 1, 1.02e12, 'INR', 'fiscal deficit', None, None, None, per('In October', 2025, 10), CGA),
        ('₹1.46 trillion', 1, 1.46e12, 'INR', 'fiscal deficit', None, None, None, per('in October 2024', 2024, 10), CGA),
        ('4.4 per cent', 1, 4.4, 'percent', 'fiscal deficit as a share of GDP', 'decrease', None, None, P('for FY26', '2025-04-01', '2026-03-31'), GOI),
        ('4.8 per cent', 1, 4.8, 'percent', 'fiscal deficit as a share of GDP', None, None, None, P('in FY25', '2024-04-01', '2025-03-31'), GOI),
        ('₹15.6 trillion', 1, 15.6e12, 'INR', 'fiscal deficit', None, None, None, FULL, BOB),
        ('₹15.69 trillion', 1, 15.69e12, 'INR', 'fiscal deficit budget estimate', None, None, None, FULL, GOI),
    ],
    'eu_energy_style_negative_prices_balancing.txt': [
        ('5,230 hours', 1, 5230, 'hour', 'hours with negative day-ahead wholesale prices across the EU bidding zones', None, None, None, Q2, None),
        ('27%', 1, 27, 'percent', 'hours with negative day-ahead wholesale prices across the EU bidding zones', 'increase', 'year_on_year', None, Q2, None),
        ('412 hours', 1, 412, 'hour', 'hours with negative prices in the Netherlands', None, None, None, Q2, None),
        ('389', 1, 389, 'hour', 'hours with negative prices in Germany', None, None, None, Q2, None),
        ('301', 1, 301, 'hour', 'hours with negative prices in Spain', None, None, None, Q2, None),
        ('257', 1, 257, 'hour', 'hours with negative prices in France', None, None, None, Q2, None),
        ('-250 €/MWh', 1, -250, 'EUR', 'lowest hourly price of the quarter', None, None, None, P('on 11 May', '2025-05-11', '2025-05-11'), None),
        ('17.8%', 1, 17.8, 'percent', 'negative-price hours share of all hours in Germany', 'increase', None, None, INQ, None),
        ('13.1%', 1, 13.1, 'percent', 'negative-price hours share of all hours in Germany', None, None, None, Q('a year earlier', 2024, 2), None),
        ('31 €/MWh', 1, 31, 'EUR', 'solar capture prices in Germany', None, None, None, INQ, None),
        ('58%', 1, 58, 'percent', 'solar capture prices in Germany', 'decrease', None, None, INQ, None),
        ('-38 €/MWh', 1, -38, 'EUR', 'German downward aFRR energy prices', None, None, None, INQ, ENTSOE),
        ('104 €/MWh', 1, 104, 'EUR', 'German upward aFRR energy prices', 'decrease', None, None, INQ, ENTSOE),
        ('139 €/MWh', 1, 139, 'EUR', 'German upward aFRR energy prices', None, None, None, Q('in the first quarter of 2025', 2025, 1), ENTSOE),
        ('€1.7 billion', 1, 1.7e9, 'EUR', 'cost of procuring balancing capacity across the EU', None, None, None, INQ, ENTSOE),
        ('18%', 1, 18, 'percent', 'cost of procuring balancing capacity across the EU', 'decrease', 'year_on_year', None, INQ, ENTSOE),
        ('2.6 GW', 1, 2.6, 'gigawatt', 'large-scale battery capacity in Germany', None, None, None, BEJ, ENTSOE),
        ('twice', 1, 2, 'times', 'large-scale battery capacity in Germany', 'increase', 'year_on_year', 'approximately', BEJ, ENTSOE),
        ('27%', 2, 27, 'percent', 'share of German aFRR demand netted or met through cross-border exchange', 'increase', None, None, per('in June', 2025, 6), ENTSOE),
        ('21%', 1, 21, 'percent', 'share of German aFRR demand netted or met through cross-border exchange', None, None, None, per('in March', 2025, 3), ENTSOE),
    ],
    'nbs_style_china_fiscal_revenue_expenditure.txt': [
        ('18,649.0 billion yuan', 1, 18649.0e9, 'CNY', 'national general public budget revenue', None, None, None, JO, MOF),
        ('0.8 percent', 1, 0.8, 'percent', 'national general public budget revenue', 'increase', 'year_on_year', None, JO, MOF),
        ('15,289.5 billion yuan', 1, 15289.5e9, 'CNY', 'tax revenue', None, None, None, JO, MOF),
        ('1.7 percent', 1, 1.7, 'percent', 'tax revenue', 'increase', 'year_on_year', None, JO, MOF),
        ('3,359.5 billion yuan', 1, 3359.5e9, 'CNY', 'non-tax revenue', None, None, None, JO, MOF),
        ('3.1 percent', 1, 3.1, 'percent', 'non-tax revenue', 'decrease', 'year_on_year', None, JO, MOF),
        ('82.0 percent', 1, 82.0, 'percent', 'tax revenue share of general public budget revenue', None, None, None, JO, MOF),
        ('8,221.3 billion yuan', 1, 8221.3e9, 'CNY', 'central general public budget revenue', None, None, None, None, MOF),
        ('1.2 percent', 1, 1.2, 'percent', 'central general public budget revenue', 'increase', 'year_on_year', None, None, MOF),
        ('10,427.7 billion yuan', 1, 10427.7e9, 'CNY', 'local general public budget revenue', None, None, None, None, MOF),
        ('0.5 percent', 1, 0.5, 'percent', 'local general public budget revenue', 'increase', 'year_on_year', None, None, MOF),
        ('5,740.2 billion yuan', 1, 5740.2e9, 'CNY', 'domestic value-added tax', None, None, None, None, MOF),
        ('3.8 percent', 1, 3.8, 'percent', 'domestic value-added tax', 'increase', 'year_on_year', None, None, MOF),
        ('3,910.4 billion yuan', 1, 3910.4e9, 'CNY', 'corporate income tax', None, None, None, None, MOF),
        ('1.6 percent', 1, 1.6, 'percent', 'corporate income tax', 'increase', 'year_on_year', None, None, MOF),
        ('1,227.8 billion yuan', 1, 1227.8e9, 'CNY', 'individual income tax', None, None, None, None, MOF),
        ('11.5 percent', 1, 11.5, 'percent', 'individual income tax', 'increase', 'year_on_year', None, None, MOF),
        ('3.2 percent', 1, 3.2, 'percent', 'customs duties', 'decrease', 'year_on_year', None, None, MOF),
        ('4.6 percent', 1, 4.6, 'percent', 'import value-added tax', 'decrease', 'year_on_year', None, None, MOF),
        ('22,584.8 billion yuan', 1, 22584.8e9, 'CNY', 'national general public budget expenditure', None, None, None, JO2, MOF),
        ('2.0 percent', 1, 2.0, 'percent', 'national general public budget expenditure', 'increase', 'year_on_year', None, JO2, MOF),
        ('3,384.5 billion yuan', 1, 3384.5e9, 'CNY', 'central general public budget expenditure', None, None, None, JO2, MOF),
        ('9.7 percent', 1, 9.7, 'percent', 'central general public budget expenditure', 'increase', 'year_on_year', None, JO2, MOF),
        ('19,200.3 billion yuan', 1, 19200.3e9, 'CNY', 'local general public budget expenditure', None, None, None, JO2, MOF),
        ('0.8 percent', 2, 0.8, 'percent', 'local general public budget expenditure', 'increase', 'year_on_year', None, JO2, MOF),
        ('9.9 percent', 1, 9.9, 'percent', 'expenditure on social security and employment', 'increase', 'year_on_year', None, JO2, MOF),
        ('4.9 percent', 1, 4.9, 'percent', 'expenditure on education', 'increase', 'year_on_year', None, JO2, MOF),
        ('1.2 percent', 2, 1.2, 'percent', 'expenditure on health', 'increase', 'year_on_year', None, JO2, MOF),
        ('6.7 percent', 1, 6.7, 'percent', 'expenditure on urban and rural community affairs', 'decrease', 'year_on_year', None, JO2, MOF),
        ('1,898.1 billion yuan', 1, 1898.1e9, 'CNY', 'national general public budget revenue', None, None, None, per('In October', 2025, 10), MOF),
        ('2.6 percent', 1, 2.6, 'percent', 'national general public budget revenue', 'increase', 'year_on_year', None, per('In October', 2025, 10), MOF),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
