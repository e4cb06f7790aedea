# ruff: noqa: E501, RUF001
"""Write corpus/annotated_15/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_15.py corpus/annotated_15
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
TREAS = "U.S. Department of the Treasury"
CBO = "Congressional Budget Office"
GAC = "General Administration of Customs"
ADP = "ADP"
BLS = "U.S. Bureau of Labor Statistics"
CMHC = "Canada Mortgage and Housing Corporation"
BOC = "Bank of Canada"
MOSPI = "Ministry of Statistics and Programme Implementation"
RBI = "Reserve Bank of India"
TE = "Trading Economics"
NSDL = "National Securities Depository Limited"
SIAM = "Society of Indian Automobile Manufacturers"
EC = "European Commission"
NBS = "National Bureau of Statistics"

# 1501 ONS migration (ref 2025-11-27)
YEJ25 = P("in the year ending June 2025", "2024-07-01", "2025-06-30")
YEJ24 = P("in the year ending June 2024", "2023-07-01", "2024-06-30")
AYE = P("a year earlier", "2023-07-01", "2024-06-30")
YED24 = P("for the year ending December 2024", "2024-01-01", "2024-12-31")
MID25 = P("in mid-2025", "2025-06-30", "2025-06-30")
# 1502 Reuters 1987 (ref 1987-04-22)
MAR87 = per("in March", 1987, 3)
MAR86 = per("in March 1986", 1986, 3)
LM87 = per("last month", 1987, 3)
H1FY = P("In the first half of the fiscal year", "1986-10-01", "1987-03-31")
# 1503 Reuters 2025 (ref 2025-11-07)
OCT = per("in October", 2025, 10)
SEP = per("in September", 2025, 9)
F10 = P("In the first ten months of the year", "2025-01-01", "2025-10-31")
# 1504 CNBC (ref 2025-11-05)
IOCT = per("In October", 2025, 10)
# 1505 MT Newswires (ref 2025-11-17)
JO = P("From January to October", "2025-01-01", "2025-10-31")
# 1506 Trading Economics (ref 2025-11-12)
OCT25 = per("in October 2025", 2025, 10)
# 1507 Investing.com (ref 2025-11-21)
ET = P("by 04:10 ET", None, None)
SFY = P("so far this year", "2025-01-01", "2025-11-21")
WK = P("in the week ended November 14", "2025-11-08", "2025-11-14")
NW = P("next week", "2025-11-24", "2025-11-30")
# 1508 Business Standard (ref 2025-11-14)
AO = P("for April–October of FY26", "2025-04-01", "2025-10-31")
FY26 = P("in FY26", "2025-04-01", "2026-03-31")
# 1509 DG ENER (ref 2025-04-15)
Q424 = Q("In the fourth quarter of 2024", 2024, 4)
INQ = Q("In the quarter", 2024, 4)
M31 = P("On 31 March 2025", "2025-03-31", "2025-03-31")
IN24 = Y("in 2024", 2024)
# 1510 NBS (ref 2025-11-14)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_population_migration.txt': [
        ('898,000', 1, 898000, 'count', 'total long-term immigration to the UK', 'decrease', None, None, YEJ25, None),
        ('1,206,000', 1, 1206000, 'count', 'total long-term immigration to the UK', None, None, None, YEJ24, None),
        ('594,000', 1, 594000, 'count', 'emigration', 'increase', None, None, YEJ25, None),
        ('half', 1, 0.5, 'fraction', 'net migration', 'decrease', 'year_on_year', 'more_than', YEJ25, None),
        ('304,000', 1, 304000, 'count', 'net migration', 'decrease', None, None, YEJ25, None),
        ('649,000', 1, 649000, 'count', 'net migration', None, None, None, AYE, None),
        ('898,000', 2, 898000, 'count', 'people who immigrated', None, None, None, YEJ25, ONS),
        ('736,000', 1, 736000, 'count', 'non-EU+ nationals', None, None, None, YEJ25, ONS),
        ('104,000', 1, 104000, 'count', 'EU+ nationals', None, None, None, YEJ25, ONS),
        ('58,000', 1, 58000, 'count', 'British nationals', None, None, None, YEJ25, ONS),
        ('312,000', 1, 312000, 'count', 'non-EU+ immigration for study', None, None, None, YEJ25, ONS),
        ('42%', 1, 42, 'percent', 'share of study in non-EU+ immigration', None, None, None, YEJ25, ONS),
        ('38%', 1, 38, 'percent', 'immigration for work', 'decrease', 'year_on_year', None, YEJ25, ONS),
        ('201,000', 1, 201000, 'count', 'immigration for work', 'decrease', None, None, YEJ25, ONS),
        ('two thirds', 1, 0.6667, 'fraction', 'immigration of health and care worker dependants', 'decrease', 'year_on_year', 'approximately', YEJ25, ONS),
        ('594,000', 2, 594000, 'count', 'long-term emigration from the UK', None, None, None, YEJ25, ONS),
        ('7%', 1, 7, 'percent', 'long-term emigration from the UK', 'increase', 'year_on_year', None, YEJ25, ONS),
        ('228,000', 1, 228000, 'count', 'British nationals leaving', None, None, None, YEJ25, ONS),
        ('12,000', 1, 12000, 'count', 'net migration revision', 'increase', None, None, YED24, ONS),
        ('431,000', 1, 431000, 'count', 'net migration', None, None, None, YED24, ONS),
        ('443,000', 1, 443000, 'count', 'net migration', 'increase', None, None, YED24, ONS),
        ('69.4 million', 1, 69.4e6, 'count', 'population of the UK', None, None, None, MID25, ONS),
        ('412,000', 1, 412000, 'count', 'population of the UK', 'increase', 'year_on_year', None, MID25, ONS),
        ('0.6%', 1, 0.6, 'percent', 'population of the UK', 'increase', 'year_on_year', None, MID25, ONS),
        ('three quarters', 1, 0.75, 'fraction', 'share of population growth from net international migration', None, None, 'approximately', MID25, ONS),
    ],
    'wire_1987_us_budget_deficit.txt': [
        ('25.7 BILLION DLRS', 1, 25.7e9, 'USD', 'U.S. budget deficit', None, None, None, P('IN MARCH', '1987-03-01', '1987-03-31'), None),
        ('25.7 billion dlrs', 1, 25.7e9, 'USD', 'budget deficit', None, None, None, MAR87, TREAS),
        ('19.2 billion dlrs', 1, 19.2e9, 'USD', 'budget deficit', None, None, None, MAR86, TREAS),
        ('109.8 billion dlrs', 1, 109.8e9, 'USD', 'deficit', 'decrease', None, None, P('for the first six months of fiscal 1987', '1986-10-01', '1987-03-31'), TREAS),
        ('127.5 billion dlrs', 1, 127.5e9, 'USD', 'deficit', None, None, None, P('in the same period a year earlier', '1985-10-01', '1986-03-31'), TREAS),
        ('6.4 pct', 1, 6.4, 'percent', 'outlays', 'increase', 'year_on_year', None, MAR87, TREAS),
        ('87.3 billion dlrs', 1, 87.3e9, 'USD', 'outlays', 'increase', None, None, MAR87, TREAS),
        ('1.2 pct', 1, 1.2, 'percent', 'receipts', 'decrease', 'year_on_year', None, MAR87, TREAS),
        ('61.6 billion dlrs', 1, 61.6e9, 'USD', 'receipts', 'decrease', None, None, MAR87, TREAS),
        ('491.4 billion dlrs', 1, 491.4e9, 'USD', 'outlays', None, None, None, H1FY, TREAS),
        ('381.6 billion dlrs', 1, 381.6e9, 'USD', 'receipts', None, None, None, H1FY, TREAS),
        ('169 billion dlrs', 1, 169e9, 'USD', 'deficit', None, None, 'approximately', P('for the full fiscal year', '1986-10-01', '1987-09-30'), CBO),
        ('108 billion dlr', 1, 108e9, 'USD', 'deficit target', None, None, None, None, None),
        ('22 billion dlrs', 1, 22e9, 'USD', 'shortfall', None, None, 'approximately', P('for the month', '1987-03-01', '1987-03-31'), None),
        ('15.1 billion dlrs', 1, 15.1e9, 'USD', 'interest on the public debt', None, None, None, MAR87, TREAS),
        ('4.8 pct', 1, 4.8, 'percent', 'interest on the public debt', 'increase', 'year_on_year', None, MAR87, TREAS),
        ('23.9 billion dlrs', 1, 23.9e9, 'USD', 'defence spending', None, None, None, MAR87, TREAS),
        ('7.3 pct', 1, 7.3, 'percent', 'defence spending', 'increase', 'year_on_year', None, MAR87, TREAS),
        ('3.2 billion dlrs', 1, 3.2e9, 'USD', 'corporate income tax receipts', 'decrease', None, None, LM87, TREAS),
        ('4.5 billion dlrs', 1, 4.5e9, 'USD', 'corporate income tax receipts', None, None, None, MAR86, TREAS),
        ('0.9 pct', 1, 0.9, 'percent', 'individual income tax receipts', 'increase', 'year_on_year', None, LM87, TREAS),
        ('28.4 billion dlrs', 1, 28.4e9, 'USD', 'individual income tax receipts', 'increase', None, None, LM87, TREAS),
    ],
    'wire_2025_china_trade.txt': [
        ('1.1%', 1, 1.1, 'percent', 'outbound shipments', 'decrease', 'year_on_year', None, OCT, GAC),
        ('8.3%', 1, 8.3, 'percent', 'outbound shipments', 'increase', 'year_on_year', None, SEP, GAC),
        ('3.0%', 1, 3.0, 'percent', 'outbound shipments', 'increase', 'year_on_year', None, OCT, 'Reuters'),
        ('32', 1, 32, 'count', 'economists in a Reuters poll', None, None, None, OCT, 'Reuters'),
        ('1.0%', 1, 1.0, 'percent', 'imports', 'increase', 'year_on_year', None, OCT, GAC),
        ('7.4%', 1, 7.4, 'percent', 'imports', 'increase', 'year_on_year', None, per('in the previous month', 2025, 9), GAC),
        ('$90.1 billion', 1, 90.1e9, 'USD', 'trade surplus', 'decrease', None, None, OCT, GAC),
        ('$104.8 billion', 1, 104.8e9, 'USD', 'trade surplus', None, None, None, SEP, GAC),
        ('$95.6 billion', 1, 95.6e9, 'USD', 'trade surplus', None, None, None, OCT, 'Reuters'),
        ('25.2%', 1, 25.2, 'percent', 'exports to the United States', 'decrease', 'year_on_year', None, OCT, GAC),
        ('0.9%', 1, 0.9, 'percent', 'shipments to the European Union', 'increase', 'year_on_year', None, OCT, GAC),
        ('11.3%', 1, 11.3, 'percent', 'shipments to the Association of Southeast Asian Nations', 'increase', 'year_on_year', None, OCT, GAC),
        ('10.8%', 1, 10.8, 'percent', "United States share of China's exports", None, None, None, OCT, GAC),
        ('16.2%', 1, 16.2, 'percent', "EU share of China's exports", None, None, None, OCT, GAC),
        ('5.3%', 1, 5.3, 'percent', 'exports', 'increase', 'year_on_year', None, F10, GAC),
        ('1.7%', 1, 1.7, 'percent', 'imports', 'decrease', 'year_on_year', None, F10, GAC),
        ('$964.7 billion', 1, 964.7e9, 'USD', 'cumulative surplus', None, None, None, F10, GAC),
        ('9.4%', 1, 9.4, 'percent', 'rare earth exports', 'decrease', 'month_on_month', None, OCT, GAC),
        ('4,352 tonnes', 1, 4352, 'tonne', 'rare earth exports', 'decrease', None, None, OCT, GAC),
        ('14.7%', 1, 14.7, 'percent', 'soybean imports', 'increase', 'year_on_year', None, OCT, GAC),
        ('9.48 million tonnes', 1, 9.48e6, 'tonne', 'soybean imports', 'increase', None, None, OCT, GAC),
        ('70%', 1, 70, 'percent', 'share of soybean imports supplied by Brazil', None, None, 'more_than', OCT, GAC),
        ('7.12', 1, 7.12, 'CNY', 'yuan', None, None, None, None, GAC),
        ('0.3%', 1, 0.3, 'percent', 'CSI 300 index', 'decrease', None, None, None, GAC),
    ],
    'cnbc_style_jobs_report_private_payrolls.txt': [
        ('42,000', 1, 42000, 'count', 'private payrolls', 'increase', None, None, OCT, ADP),
        ('42,000', 2, 42000, 'count', 'private payrolls', 'increase', None, None, OCT, ADP),
        ('29,000', 1, 29000, 'count', 'private payrolls', 'decrease', None, None, SEP, ADP),
        ('32,000', 1, 32000, 'count', 'private payrolls', 'decrease', None, None, SEP, ADP),
        ('28,000', 1, 28000, 'count', 'private payrolls', None, None, None, OCT, 'Dow Jones'),
        ('76,000', 1, 76000, 'count', 'jobs at large businesses', 'increase', None, None, IOCT, ADP),
        ('11,000', 1, 11000, 'count', 'jobs at medium-sized firms', 'increase', None, None, IOCT, ADP),
        ('45,000', 1, 45000, 'count', 'jobs at small businesses', 'decrease', None, None, IOCT, ADP),
        ('31,000', 1, 31000, 'count', 'jobs in service-providing industries', 'increase', None, None, None, ADP),
        ('11,000', 2, 11000, 'count', 'jobs at goods producers', 'increase', None, None, None, ADP),
        ('9,000', 1, 9000, 'count', 'construction jobs', 'increase', None, None, None, ADP),
        ('3,000', 1, 3000, 'count', 'manufacturing jobs', 'increase', None, None, None, ADP),
        ('47,000', 1, 47000, 'count', 'trade, transportation and utilities jobs', 'increase', None, None, None, ADP),
        ('15,000', 1, 15000, 'count', 'professional and business services jobs', 'decrease', None, None, None, ADP),
        ('51,000', 1, 51000, 'count', 'jobs in the South', 'increase', None, None, None, ADP),
        ('14,000', 1, 14000, 'count', 'jobs in the Midwest', 'increase', None, None, None, ADP),
        ('23,000', 1, 23000, 'count', 'jobs in the West', 'decrease', None, None, None, ADP),
        ('4.5%', 1, 4.5, 'percent', 'annual pay growth for workers who stayed in their jobs', None, 'year_on_year', None, OCT, ADP),
        ('6.7%', 1, 6.7, 'percent', 'pay growth for job-changers', 'increase', 'year_on_year', None, OCT, ADP),
        ('6.6%', 1, 6.6, 'percent', 'pay growth for job-changers', None, 'year_on_year', None, SEP, ADP),
        ('4.3%', 1, 4.3, 'percent', 'unemployment rate', None, None, None, per('in August', 2025, 8), BLS),
        ('25 million', 1, 25e6, 'count', 'U.S. employees covered by ADP payroll data', None, None, 'more_than', None, ADP),
    ],
    'mt_newswires_housing_starts_canada.txt': [
        ('17%', 1, 17, 'percent', 'Canadian housing starts', 'decrease', None, None, OCT, None),
        ('17%', 2, 17, 'percent', 'annual pace of housing starts', 'decrease', 'month_on_month', None, OCT, CMHC),
        ('232,765 units', 1, 232765, 'count', 'annual pace of housing starts', 'decrease', None, None, OCT, CMHC),
        ('280,437 units', 1, 280437, 'count', 'annual pace of housing starts', None, None, None, SEP, CMHC),
        ('258,000 units', 1, 258000, 'count', 'annual pace of housing starts', None, None, None, OCT, 'Bloomberg'),
        ('0.5%', 1, 0.5, 'percent', 'six-month moving average of the monthly seasonally adjusted annual rate', 'decrease', 'month_on_month', None, OCT, CMHC),
        ('264,910 units', 1, 264910, 'count', 'six-month moving average of the monthly seasonally adjusted annual rate', 'decrease', None, None, OCT, CMHC),
        ('18%', 1, 18, 'percent', 'urban starts', 'decrease', 'month_on_month', None, OCT, CMHC),
        ('214,102 units', 1, 214102, 'count', 'urban starts', 'decrease', None, None, OCT, CMHC),
        ('21%', 1, 21, 'percent', 'multi-unit urban starts', 'decrease', 'month_on_month', None, OCT, CMHC),
        ('168,455 units', 1, 168455, 'count', 'multi-unit urban starts', 'decrease', None, None, OCT, CMHC),
        ('3%', 1, 3, 'percent', 'single-detached urban starts', 'decrease', 'month_on_month', None, OCT, CMHC),
        ('45,647 units', 1, 45647, 'count', 'single-detached urban starts', 'decrease', None, None, OCT, CMHC),
        ('18,663 units', 1, 18663, 'count', 'rural starts', None, None, None, OCT, CMHC),
        ('42%', 1, 42, 'percent', 'starts in Toronto', 'decrease', 'month_on_month', None, None, CMHC),
        ('15%', 1, 15, 'percent', 'starts in Vancouver', 'decrease', 'month_on_month', None, None, CMHC),
        ('8%', 1, 8, 'percent', 'starts in Montréal', 'increase', 'month_on_month', None, None, CMHC),
        ('21,340 units', 1, 21340, 'count', 'actual starts', None, None, None, OCT, CMHC),
        ('9%', 1, 9, 'percent', 'actual starts', 'decrease', 'year_on_year', None, OCT, CMHC),
        ('23,451 units', 1, 23451, 'count', 'actual starts', None, None, None, per('in October 2024', 2024, 10), CMHC),
        ('6%', 1, 6, 'percent', 'actual starts', 'increase', 'year_on_year', None, JO, CMHC),
        ('25 basis points', 1, 25, 'basis_point', 'Bank of Canada policy rate', 'decrease', None, None, None, BOC),
        ('2.25%', 1, 2.25, 'percent', 'Bank of Canada policy rate', 'decrease', None, None, None, BOC),
    ],
    'trading_economics_style_india_inflation.txt': [
        ('0.31%', 1, 0.31, 'percent', 'India inflation rate', 'decrease', None, None, None, None),
        ('0.31%', 2, 0.31, 'percent', 'annual inflation rate in India', 'decrease', 'year_on_year', None, OCT25, MOSPI),
        ('1.48%', 1, 1.48, 'percent', 'annual inflation rate in India', None, 'year_on_year', None, SEP, MOSPI),
        ('0.45%', 1, 0.45, 'percent', 'annual inflation rate', None, 'year_on_year', None, OCT25, None),
        ('4.96%', 1, 4.96, 'percent', 'food prices', 'decrease', 'year_on_year', None, OCT25, MOSPI),
        ('2.28%', 1, 2.28, 'percent', 'food prices', 'decrease', 'year_on_year', None, SEP, MOSPI),
        ('-27.4%', 1, -27.4, 'percent', 'vegetables', 'decrease', 'year_on_year', None, OCT25, MOSPI),
        ('-21.4%', 1, -21.4, 'percent', 'vegetables', 'decrease', 'year_on_year', None, SEP, MOSPI),
        ('-16.2%', 1, -16.2, 'percent', 'pulses', 'decrease', 'year_on_year', None, OCT25, MOSPI),
        ('-15.3%', 1, -15.3, 'percent', 'pulses', 'decrease', 'year_on_year', None, SEP, MOSPI),
        ('10.6%', 1, 10.6, 'percent', 'prices of oils and fats', 'increase', 'year_on_year', None, OCT25, MOSPI),
        ('15.2%', 1, 15.2, 'percent', 'prices of oils and fats', None, 'year_on_year', None, SEP, MOSPI),
        ('4.4%', 1, 4.4, 'percent', 'core inflation', 'increase', 'year_on_year', None, OCT25, MOSPI),
        ('4.3%', 1, 4.3, 'percent', 'core inflation', None, 'year_on_year', None, per('in the previous month', 2025, 9), MOSPI),
        ('-0.29%', 1, -0.29, 'percent', 'inflation in rural areas', 'decrease', 'year_on_year', None, OCT25, MOSPI),
        ('0.81%', 1, 0.81, 'percent', 'inflation in urban areas', None, 'year_on_year', None, OCT25, MOSPI),
        ('0.12%', 1, 0.12, 'percent', 'consumer prices', 'increase', 'month_on_month', None, OCT25, MOSPI),
        ('0.45%', 2, 0.45, 'percent', 'consumer prices', 'increase', 'month_on_month', None, SEP, MOSPI),
        ('2%', 1, 2, 'percent', 'Reserve Bank of India tolerance band', None, None, None, OCT25, RBI),
        ('6%', 1, 6, 'percent', 'Reserve Bank of India tolerance band', None, None, None, OCT25, RBI),
        ('5.74 percent', 1, 5.74, 'percent', 'Inflation Rate in India average', None, None, None, P('from 2012 until 2025', '2012-01-01', '2025-12-31'), MOSPI),
        ('12.17 percent', 1, 12.17, 'percent', 'Inflation Rate in India all time high', None, None, None, per('in November of 2013', 2013, 11), MOSPI),
        ('0.31 percent', 1, 0.31, 'percent', 'Inflation Rate in India record low', None, None, None, per('in October of 2025', 2025, 10), MOSPI),
        ('1.10 percent', 1, 1.10, 'percent', 'Inflation Rate in India', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('4.00 percent', 1, 4.00, 'percent', 'India Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('4.20 percent', 1, 4.20, 'percent', 'India Inflation Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_usdinr_rbi.txt': [
        ('89.46', 1, 89.46, 'INR', 'rupee record low', None, None, None, None, None),
        ('0.8%', 1, 0.8, 'percent', 'USD/INR', 'increase', None, None, ET, None),
        ('89.46', 2, 89.46, 'INR', 'USD/INR', 'increase', None, None, ET, None),
        ('89.49', 1, 89.49, 'INR', 'USD/INR all-time high', None, None, None, ET, None),
        ('88.74', 1, 88.74, 'INR', 'rupee', None, None, None, P('on Thursday', '2025-11-20', '2025-11-20'), None),
        ('72 paise', 1, 0.72, 'INR', 'rupee', 'decrease', 'period_on_period', None, P('On Friday', '2025-11-21', '2025-11-21'), None),
        ('4.3%', 1, 4.3, 'percent', 'rupee', 'decrease', None, 'approximately', SFY, None),
        ('0.6%', 1, 0.6, 'percent', 'Brent crude futures', 'increase', None, None, None, None),
        ('$63.75', 1, 63.75, 'USD', 'Brent crude futures', 'increase', None, None, None, None),
        ('100.2', 1, 100.2, 'index_point', 'dollar index', None, None, None, None, None),
        ('3 basis points', 1, 3, 'basis_point', "India's 10-year benchmark bond yield", 'increase', None, None, None, None),
        ('6.54%', 1, 6.54, 'percent', "India's 10-year benchmark bond yield", 'increase', None, None, None, None),
        ('0.9%', 1, 0.9, 'percent', 'Nifty 50', 'decrease', None, None, None, None),
        ('25,860.10', 1, 25860.10, 'index_point', 'Nifty 50', 'decrease', None, None, None, None),
        ('0.8%', 2, 0.8, 'percent', 'BSE Sensex', 'decrease', None, None, None, None),
        ('84,540.25', 1, 84540.25, 'index_point', 'BSE Sensex', 'decrease', None, None, None, None),
        ('$5.54 billion', 1, 5.54e9, 'USD', "India's foreign exchange reserves", 'decrease', None, None, WK, RBI),
        ('$687.03 billion', 1, 687.03e9, 'USD', "India's foreign exchange reserves", 'decrease', None, None, WK, RBI),
        ('$16.2 billion', 1, 16.2e9, 'USD', 'net outflows by foreign portfolio investors from Indian equities', None, None, None, P('so far in 2025', '2025-01-01', '2025-11-21'), NSDL),
        ('$1.1 billion', 1, 1.1e9, 'USD', 'net outflows by foreign portfolio investors from Indian equities', None, None, 'more_than', per('in November', 2025, 11), NSDL),
        ('5.50%', 1, 5.50, 'percent', 'repo rate', None, None, None, OCT, RBI),
        ('88.80', 1, 88.80, 'INR', 'USD/INR', None, None, None, NW, 'Barclays'),
        ('89.80', 1, 89.80, 'INR', 'USD/INR', None, None, None, NW, 'Barclays'),
    ],
    'business_standard_style_passenger_vehicle_sales.txt': [
        ('4.6 lakh units', 1, 460000, 'count', 'passenger vehicle dispatches', None, None, None, OCT, None),
        ('22%', 1, 22, 'percent', 'two-wheeler sales', 'increase', None, None, OCT, None),
        ('17.2 per cent', 1, 17.2, 'percent', 'passenger vehicle (PV) dispatches', 'increase', 'year_on_year', None, OCT, SIAM),
        ('4,60,739 units', 1, 460739, 'count', 'passenger vehicle (PV) dispatches', 'increase', None, None, OCT, SIAM),
        ('3,93,238 units', 1, 393238, 'count', 'passenger vehicle (PV) dispatches', None, None, None, per('in the same month last year', 2024, 10), SIAM),
        ('22.4 per cent', 1, 22.4, 'percent', 'two-wheeler sales', 'increase', 'year_on_year', None, OCT, SIAM),
        ('22,15,040 units', 1, 2215040, 'count', 'two-wheeler sales', 'increase', None, None, OCT, SIAM),
        ('5.1 per cent', 1, 5.1, 'percent', 'three-wheeler sales', 'increase', 'year_on_year', None, OCT, SIAM),
        ('83,210 units', 1, 83210, 'count', 'three-wheeler sales', 'increase', None, None, OCT, SIAM),
        ('25.9 lakh units', 1, 2590000, 'count', 'PV dispatches', None, None, None, AO, SIAM),
        ('4.1 per cent', 1, 4.1, 'percent', 'PV dispatches', 'increase', 'year_on_year', None, AO, SIAM),
        ('11 per cent', 1, 11, 'percent', "Maruti Suzuki's domestic dispatches", 'increase', 'year_on_year', None, OCT, SIAM),
        ('1,80,675 units', 1, 180675, 'count', "Maruti Suzuki's domestic dispatches", 'increase', None, None, OCT, SIAM),
        ('31 per cent', 1, 31, 'percent', 'Mahindra & Mahindra', 'increase', 'year_on_year', None, OCT, SIAM),
        ('27 per cent', 1, 27, 'percent', 'Tata Motors', 'increase', 'year_on_year', None, OCT, SIAM),
        ('3 per cent', 1, 3, 'percent', "Hyundai Motor India's domestic sales", 'decrease', 'year_on_year', None, OCT, SIAM),
        ('53,792 units', 1, 53792, 'count', "Hyundai Motor India's domestic sales", 'decrease', None, None, OCT, SIAM),
        ('two-thirds', 1, 0.6667, 'fraction', 'share of utility vehicles in PV dispatches', 'increase', None, 'approximately', OCT, SIAM),
        ('61 per cent', 1, 61, 'percent', 'share of utility vehicles in PV dispatches', None, None, None, per('a year ago', 2024, 10), SIAM),
        ('3 per cent', 2, 3, 'percent', 'domestic PV volumes', 'increase', None, None, FY26, 'ICRA'),
        ('5 per cent', 1, 5, 'percent', 'domestic PV volumes', 'increase', None, None, FY26, 'ICRA'),
        ('8', 1, 8, 'percent', 'two-wheeler volumes', 'increase', None, None, FY26, 'ICRA'),
        ('10 per cent', 1, 10, 'percent', 'two-wheeler volumes', 'increase', None, None, FY26, 'ICRA'),
    ],
    'eu_energy_style_gas_consumption_storage.txt': [
        ('96.4 bcm', 1, 96.4e9, 'cubic metre', 'EU gas consumption', None, None, None, Q424, None),
        ('4%', 1, 4, 'percent', 'EU gas consumption', 'increase', 'year_on_year', None, Q424, None),
        ('11%', 1, 11, 'percent', 'heating degree days', 'increase', 'year_on_year', None, Q424, None),
        ('61%', 1, 61, 'percent', 'consumption', 'increase', 'quarter_on_quarter', None, Q424, None),
        ('9%', 1, 9, 'percent', 'gas used for power generation', 'increase', 'year_on_year', None, INQ, None),
        ('24.8 bcm', 1, 24.8e9, 'cubic metre', 'gas used for power generation', 'increase', None, None, INQ, None),
        ('2%', 1, 2, 'percent', 'industrial consumption', 'increase', 'year_on_year', None, INQ, None),
        ('5%', 1, 5, 'percent', 'demand from households and commercial buildings', 'increase', 'year_on_year', None, INQ, None),
        ('half', 1, 0.5, 'fraction', 'share of households and commercial buildings in total consumption', None, None, 'approximately', INQ, None),
        ('72%', 1, 72, 'percent', 'EU gas storage', 'decrease', None, None, P('on 31 December 2024', '2024-12-31', '2024-12-31'), None),
        ('95%', 1, 95, 'percent', 'EU gas storage', None, None, None, P('on 1 November', '2024-11-01', '2024-11-01'), None),
        ('28.6 bcm', 1, 28.6e9, 'cubic metre', 'net withdrawals', None, None, None, P('over November and December', '2024-11-01', '2024-12-31'), None),
        ('34%', 1, 34, 'percent', 'filling level', None, None, None, M31, None),
        ('35.8 bcm', 1, 35.8e9, 'cubic metre', 'filling level', None, None, 'approximately', M31, None),
        ('58%', 1, 58, 'percent', 'filling level', None, None, None, P('a year earlier', '2024-03-31', '2024-03-31'), None),
        ('7%', 1, 7, 'percent', 'EU domestic gas production', 'decrease', 'year_on_year', None, Q424, None),
        ('7.1 bcm', 1, 7.1e9, 'cubic metre', 'EU domestic gas production', 'decrease', None, None, Q424, None),
        ('3%', 1, 3, 'percent', 'net imports', 'increase', 'year_on_year', None, Q424, None),
        ('332 bcm', 1, 332e9, 'cubic metre', 'EU gas consumption', None, None, None, IN24, 'Eurostat'),
        ('1%', 1, 1, 'percent', 'EU gas consumption', 'decrease', 'year_on_year', None, IN24, 'Eurostat'),
        ('21%', 1, 21, 'percent', 'share of natural gas in gross available energy', None, None, 'approximately', IN24, 'Eurostat'),
        ('90%', 1, 90, 'percent', 'filling target', None, None, None, None, EC),
        ('55 bcm', 1, 55e9, 'cubic metre', 'net injections', None, None, 'approximately', None, EC),
    ],
    'nbs_style_services_retail_consumer_confidence.txt': [
        ('4,629.1 billion yuan', 1, 4629.1e9, 'CNY', 'total retail sales of consumer goods', None, None, None, OCT, NBS),
        ('2.9 percent', 1, 2.9, 'percent', 'total retail sales of consumer goods', 'increase', 'year_on_year', None, OCT, NBS),
        ('4,195.7 billion yuan', 1, 4195.7e9, 'CNY', 'retail sales of consumer goods excluding automobiles', None, None, None, OCT, NBS),
        ('3.2 percent', 1, 3.2, 'percent', 'retail sales of consumer goods excluding automobiles', 'increase', 'year_on_year', None, OCT, NBS),
        ('0.16 percent', 1, 0.16, 'percent', 'total retail sales of consumer goods', 'increase', 'month_on_month', None, OCT, NBS),
        ('41,216.9 billion yuan', 1, 41216.9e9, 'CNY', 'total retail sales of consumer goods', None, None, None, JO, NBS),
        ('4.3 percent', 1, 4.3, 'percent', 'total retail sales of consumer goods', 'increase', 'year_on_year', None, JO, NBS),
        ('3,982.5 billion yuan', 1, 3982.5e9, 'CNY', 'retail sales of consumer goods in urban areas', None, None, None, OCT, NBS),
        ('2.8 percent', 1, 2.8, 'percent', 'retail sales of consumer goods in urban areas', 'increase', 'year_on_year', None, OCT, NBS),
        ('646.6 billion yuan', 1, 646.6e9, 'CNY', 'retail sales of consumer goods in rural areas', None, None, None, OCT, NBS),
        ('3.4 percent', 1, 3.4, 'percent', 'retail sales of consumer goods in rural areas', 'increase', 'year_on_year', None, OCT, NBS),
        ('4.2 percent', 1, 4.2, 'percent', 'retail sales in urban areas', 'increase', 'year_on_year', None, JO, NBS),
        ('4.6 percent', 1, 4.6, 'percent', 'retail sales in rural areas', 'increase', 'year_on_year', None, JO, NBS),
        ('4,101.3 billion yuan', 1, 4101.3e9, 'CNY', 'retail sales of goods', None, None, None, OCT, NBS),
        ('2.7 percent', 1, 2.7, 'percent', 'retail sales of goods', 'increase', 'year_on_year', None, OCT, NBS),
        ('527.8 billion yuan', 1, 527.8e9, 'CNY', 'catering revenue', None, None, None, OCT, NBS),
        ('3.8 percent', 1, 3.8, 'percent', 'catering revenue', 'increase', 'year_on_year', None, OCT, NBS),
        ('37.6 percent', 1, 37.6, 'percent', 'retail sales of gold, silver and jewelry', 'increase', 'year_on_year', None, OCT, NBS),
        ('23.1 percent', 1, 23.1, 'percent', 'retail sales of communication equipment', 'increase', 'year_on_year', None, OCT, NBS),
        ('14.6 percent', 1, 14.6, 'percent', 'retail sales of household appliances and audio-visual equipment', 'decrease', 'year_on_year', None, OCT, NBS),
        ('6.6 percent', 1, 6.6, 'percent', 'retail sales of automobiles', 'decrease', 'year_on_year', None, OCT, NBS),
        ('12,648.2 billion yuan', 1, 12648.2e9, 'CNY', 'national online retail sales', None, None, None, JO, NBS),
        ('9.1 percent', 1, 9.1, 'percent', 'national online retail sales', 'increase', 'year_on_year', None, JO, NBS),
        ('10,553.7 billion yuan', 1, 10553.7e9, 'CNY', 'online retail sales of physical goods', None, None, None, JO, NBS),
        ('6.3 percent', 1, 6.3, 'percent', 'online retail sales of physical goods', 'increase', 'year_on_year', None, JO, NBS),
        ('25.6 percent', 1, 25.6, 'percent', 'share of online retail sales of physical goods in total retail sales of consumer goods', None, None, None, JO, NBS),
        ('14.8 percent', 1, 14.8, 'percent', 'online retail sales of food', 'increase', 'year_on_year', None, JO, NBS),
        ('1.9 percent', 1, 1.9, 'percent', 'online retail sales of clothing', 'increase', 'year_on_year', None, JO, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
