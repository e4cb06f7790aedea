# ruff: noqa: E501
"""Write corpus/annotated_16/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_16.py corpus/annotated_16
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

INS = "Insolvency Service"
MOTI = "Ministry of Trade and Industry"
BOK = "Bank of Korea"
SPG = "S&P Global"
MOSPI = "Ministry of Statistics and Programme Implementation"
CENSUS = "U.S. Census Bureau"
FREDDIE = "Freddie Mac"
NAHB = "National Association of Home Builders"
CME = "CME Group"
EC = "European Commission"
INEGI = "National Institute of Statistics and Geography"
BANXICO = "Bank of Mexico"
TE = "Trading Economics"
LSEG = "LSEG"
ITD = "Income Tax Department"
MOF = "Ministry of Finance"
NBS = "National Bureau of Statistics"

# 1601 ONS-style insolvencies (ref 2025-11-18)
O25 = per("in October 2025", 2025, 10)
Y12O25 = P("In the 12 months ending October 2025", "2024-11-01", "2025-10-31")
Y12O24 = P("in the 12 months ending October 2024", "2023-11-01", "2024-10-31")
T3O25 = P("in the three months to October 2025", "2025-08-01", "2025-10-31")
Y12S25 = P("in the 12 months ending September 2025", "2024-10-01", "2025-09-30")
# 1602 Reuters 1987 (ref 1987-04-02, a Thursday)
MAR87 = per("in March", 1987, 3)
Q187 = Q("in the first quarter", 1987, 1)
Y87 = Y("in 1987", 1987)
# 1603 Reuters 2025 (ref 2025-11-21)
NOV = per("in November", 2025, 11)
OCT = per("in October", 2025, 10)
DEC = per("in December", 2025, 12)
# 1604 CNBC (ref 2025-11-19)
WK = P("in the week ended Nov. 13", "2025-11-07", "2025-11-13")
# 1605 MT Newswires (ref 2025-11-27)
INOV = per("In November", 2025, 11)
# 1606 Trading Economics (ref 2025-11-07)
O25T = per("in October 2025", 2025, 10)
SEP = per("in September", 2025, 9)
# 1607 Investing.com (ref 2025-11-20)
ET = P("By 03:40 GMT", None, None)
YTD = P("so far this year", "2025-01-01", "2025-11-20")
# 1608 Business Standard (ref 2025-11-11)
SOFAR_H = P("so far in FY26", "2025-04-01", "2025-11-11")
SOFAR_CFY = P("so far in the current financial year", "2025-04-01", "2025-11-11")
APNOV = P("Between April 1 and November 10", "2025-04-01", "2025-11-10")
SOFAR = P("So far in FY26", "2025-04-01", "2025-11-11")
FY26 = P("for FY26", "2025-04-01", "2026-03-31")
# 1609 DG ENER (ref 2025-12-18)
Q325 = Q("In the third quarter of 2025", 2025, 3)
Q325L = Q("in the third quarter of 2025", 2025, 3)
YE24 = Q("a year earlier", 2024, 3)
OVQ = Q("over the quarter", 2025, 3)
Y24 = Y("in 2024", 2024)
# 1610 NBS (ref 2025-11-09)
IOCT = per("In October", 2025, 10)
JO = P("From January to October", "2025-01-01", "2025-10-31")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_business_insolvencies.txt': [
        ('2,134', 1, 2134, 'count', 'registered company insolvencies in England and Wales', None, None, None, O25, None),
        ('6%', 1, 6, 'percent', 'registered company insolvencies in England and Wales', 'increase', 'month_on_month', None, O25, None),
        ('3%', 1, 3, 'percent', 'registered company insolvencies in England and Wales', 'decrease', 'year_on_year', None, O25, None),
        ('1,612', 1, 1612, 'count', "number of creditors' voluntary liquidations (CVLs)", None, None, None, O25, None),
        ('9%', 1, 9, 'percent', "number of creditors' voluntary liquidations (CVLs)", 'increase', 'month_on_month', None, O25, None),
        ('4%', 1, 4, 'percent', 'compulsory liquidations', 'decrease', 'month_on_month', None, O25, None),
        ('327', 1, 327, 'count', 'compulsory liquidations', 'decrease', None, None, O25, None),
        ('158', 1, 158, 'count', 'administrations', None, None, None, O25, None),
        ('25', 1, 25, 'count', 'company voluntary arrangements (CVAs)', None, None, None, O25, None),
        ('twelve', 1, 12, 'count', 'administrative receiverships', None, None, None, O25, None),
        ('52.3', 1, 52.3, 'count', 'company insolvency rate per 10,000 companies', 'decrease', None, None, Y12O25, None),
        ('56.8', 1, 56.8, 'count', 'company insolvency rate per 10,000 companies', None, None, None, Y12O24, None),
        ('11%', 1, 11, 'percent', 'compulsory liquidations', 'increase', 'period_on_period', None, T3O25, INS),
        ('1,046', 1, 1046, 'count', 'compulsory liquidations', 'increase', None, None, T3O25, INS),
        ('half', 1, 0.5, 'fraction', 'share of compulsory liquidations from winding-up petitions presented by HM Revenue and Customs', None, None, 'approximately', T3O25, INS),
        ('three quarters', 1, 0.75, 'fraction', 'share of CVLs in all company insolvencies', None, None, 'approximately', O25, INS),
        ('1,645', 1, 1645, 'count', 'average monthly CVLs', None, None, None, Y('In 2024', 2024), INS),
        ('1,651', 1, 1651, 'count', 'average monthly CVLs', None, None, None, Y('In 2024', 2024), INS),
        ('4,012', 1, 4012, 'count', 'insolvencies in construction', None, None, None, Y12S25, INS),
        ('3,487', 1, 3487, 'count', 'insolvencies in wholesale and retail trade', None, None, None, Y12S25, INS),
        ('3,120', 1, 3120, 'count', 'insolvencies in accommodation and food services', None, None, None, Y12S25, INS),
        ('8%', 1, 8, 'percent', 'insolvencies in accommodation and food services', 'decrease', 'year_on_year', None, Y12S25, INS),
        ('5%', 1, 5, 'percent', 'insolvencies in construction', 'decrease', 'year_on_year', None, Y12S25, INS),
        ('9,870', 1, 9870, 'count', 'individual insolvencies', None, None, None, O25, INS),
        ('5,206', 1, 5206, 'count', 'individual voluntary arrangements (IVAs)', None, None, None, O25, INS),
        ('3,811', 1, 3811, 'count', 'debt relief orders (DROs)', None, None, None, O25, INS),
        ('853', 1, 853, 'count', 'bankruptcies', None, None, None, O25, INS),
        ('4%', 2, 4, 'percent', 'individual insolvencies', 'decrease', 'year_on_year', None, O25, INS),
    ],
    'wire_1987_south_korea_exports.txt': [
        ('31.2 PCT', 1, 31.2, 'percent', 'South Korean exports', 'increase', None, None, per('IN MARCH', 1987, 3), None),
        ('31.2 pct', 1, 31.2, 'percent', "South Korea's exports", 'increase', 'year_on_year', None, MAR87, MOTI),
        ('3.41 billion dlrs', 1, 3.41e9, 'USD', "South Korea's exports", 'increase', None, None, MAR87, MOTI),
        ('18.5 pct', 1, 18.5, 'percent', 'imports', 'increase', 'year_on_year', None, MAR87, MOTI),
        ('3.02 billion', 1, 3.02e9, 'USD', 'imports', 'increase', None, None, MAR87, MOTI),
        ('390 mln dlrs', 1, 390e6, 'USD', 'trade surplus', 'increase', None, None, MAR87, MOTI),
        ('145 mln', 1, 145e6, 'USD', 'trade surplus', None, None, None, per('in February', 1987, 2), MOTI),
        ('32 mln dlrs', 1, 32e6, 'USD', 'trade deficit', None, None, None, per('a year earlier', 1986, 3), MOTI),
        ('9.47 billion dlrs', 1, 9.47e9, 'USD', 'exports', None, None, None, Q187, MOTI),
        ('28.6 pct', 1, 28.6, 'percent', 'exports', 'increase', 'year_on_year', None, Q187, MOTI),
        ('8.81 billion', 1, 8.81e9, 'USD', 'imports', None, None, None, Q187, MOTI),
        ('14.9 pct', 1, 14.9, 'percent', 'imports', 'increase', 'year_on_year', None, Q187, MOTI),
        ('36 pct', 1, 36, 'percent', 'shipments to the United States', 'increase', None, None, MAR87, MOTI),
        ('1.37 billion dlrs', 1, 1.37e9, 'USD', 'shipments to the United States', 'increase', None, None, MAR87, MOTI),
        ('40 pct', 1, 40, 'percent', 'share of the United States in total exports', None, None, 'approximately', MAR87, MOTI),
        ('22 pct', 1, 22, 'percent', 'exports to Japan', 'increase', None, None, MAR87, MOTI),
        ('41 pct', 1, 41, 'percent', 'exports to the European Community', 'increase', None, None, MAR87, MOTI),
        ('19', 1, 19, 'percent', 'exports of textiles', 'increase', None, None, Q187, MOTI),
        ('44', 1, 44, 'percent', 'exports of electronics', 'increase', None, None, Q187, MOTI),
        ('27 pct', 1, 27, 'percent', 'exports of steel products', 'increase', None, None, Q187, MOTI),
        ('40 billion dlrs', 1, 40e9, 'USD', 'exports', 'increase', None, None, Y87, MOTI),
        ('38 billion', 1, 38e9, 'USD', 'exports', None, None, None, Y87, MOTI),
        ('five billion dlrs', 1, 5e9, 'USD', 'current account surplus', None, None, 'approximately', Y87, MOTI),
        ('1.1 billion dlrs', 1, 1.1e9, 'USD', 'current account surplus', None, None, None, P('in the first two months of the year', '1987-01-01', '1987-02-28'), BOK),
        ('210 mln dlrs', 1, 210e6, 'USD', 'current account deficit', None, None, None, P('in the same period of 1986', '1986-01-01', '1986-02-28'), BOK),
        ('2.8 pct', 1, 2.8, 'percent', 'won against the dollar', 'increase', None, 'approximately', P('since the start of the year', '1987-01-01', '1987-04-02'), BOK),
        ('841.30', 1, 841.30, 'KRW', 'won per dollar', None, None, None, P('on Wednesday', '1987-04-01', '1987-04-01'), BOK),
    ],
    'wire_2025_india_pmi.txt': [
        ('59.9', 1, 59.9, 'index_point', 'HSBC Flash India Composite Output Index', 'decrease', None, None, NOV, SPG),
        ('60.4', 1, 60.4, 'index_point', 'HSBC Flash India Composite Output Index', None, None, None, OCT, SPG),
        ('60.2', 1, 60.2, 'index_point', 'HSBC Flash India Composite Output Index', None, None, None, NOV, 'Reuters'),
        ('58.8', 1, 58.8, 'index_point', 'flash services PMI', 'decrease', None, None, NOV, SPG),
        ('59.5', 1, 59.5, 'index_point', 'flash services PMI', None, None, None, OCT, SPG),
        ('59.1', 1, 59.1, 'index_point', 'manufacturing PMI', 'increase', None, None, NOV, SPG),
        ('58.9', 1, 58.9, 'index_point', 'manufacturing PMI', None, None, None, OCT, SPG),
        ('59.2', 1, 59.2, 'index_point', 'manufacturing PMI', None, None, None, OCT, SPG),
        ('3 points', 1, 3, 'index_point', 'new export orders sub-index', 'increase', None, 'approximately', NOV, SPG),
        ('61.7', 1, 61.7, 'index_point', 'new export orders sub-index', 'increase', None, None, NOV, SPG),
        ('55.4', 1, 55.4, 'index_point', 'input costs sub-index', 'decrease', None, None, NOV, SPG),
        ('56.1', 1, 56.1, 'index_point', 'input costs sub-index', None, None, None, OCT, SPG),
        ('45%', 1, 45, 'percent', 'share of manufacturers raising selling prices', None, None, 'approximately', NOV, SPG),
        ('a third', 1, 0.3333, 'fraction', 'share of manufacturers raising selling prices', None, None, 'more_than', OCT, SPG),
        ('800', 1, 800, 'count', 'manufacturers in the survey', None, None, 'approximately', None, SPG),
        ('400', 1, 400, 'count', 'service providers in the survey', None, None, 'approximately', None, SPG),
        ('0.4%', 1, 0.4, 'percent', 'retail inflation', 'decrease', 'year_on_year', None, OCT, MOSPI),
        ('55', 1, 55, 'count', 'economists in a Reuters poll', None, None, None, DEC, 'Reuters'),
        ('38', 1, 38, 'count', 'economists expecting a repo rate cut', None, None, None, DEC, 'Reuters'),
        ('25 basis points', 1, 25, 'basis_point', 'repo rate', 'decrease', None, None, DEC, 'Reuters'),
        ('5.25%', 1, 5.25, 'percent', 'repo rate', 'decrease', None, None, DEC, 'Reuters'),
    ],
    'cnbc_style_housing_starts.txt': [
        ('4.1%', 1, 4.1, 'percent', 'housing starts', 'increase', None, None, OCT, None),
        ('4.1%', 2, 4.1, 'percent', 'housing starts', 'increase', 'month_on_month', None, OCT, CENSUS),
        ('1.372 million units', 1, 1.372e6, 'count', 'housing starts', 'increase', None, None, OCT, CENSUS),
        ('1.330 million', 1, 1.330e6, 'count', 'housing starts', None, None, None, OCT, 'Dow Jones'),
        ('1.318 million', 1, 1.318e6, 'count', 'housing starts', 'decrease', None, None, per('September', 2025, 9), CENSUS),
        ('1.325 million', 1, 1.325e6, 'count', 'housing starts', None, None, None, per('September', 2025, 9), CENSUS),
        ('6.8%', 1, 6.8, 'percent', 'single-family starts', 'increase', None, None, OCT, CENSUS),
        ('947,000', 1, 947000, 'count', 'single-family starts', 'increase', None, None, OCT, CENSUS),
        ('1.2%', 1, 1.2, 'percent', 'starts on buildings with five units or more', 'increase', None, None, OCT, CENSUS),
        ('412,000', 1, 412000, 'count', 'starts on buildings with five units or more', 'increase', None, None, OCT, CENSUS),
        ('2.3%', 1, 2.3, 'percent', 'building permits', 'decrease', None, None, OCT, CENSUS),
        ('1.388 million', 1, 1.388e6, 'count', 'building permits', 'decrease', None, None, OCT, CENSUS),
        ('1.41 million', 1, 1.41e6, 'count', 'building permits', None, None, None, OCT, 'Dow Jones'),
        ('0.9%', 1, 0.9, 'percent', 'single-family permits', 'decrease', None, None, OCT, CENSUS),
        ('4.6%', 1, 4.6, 'percent', 'permits for larger multifamily projects', 'decrease', None, None, OCT, CENSUS),
        ('2.7%', 1, 2.7, 'percent', 'starts', 'decrease', 'year_on_year', None, OCT, CENSUS),
        ('5.1%', 1, 5.1, 'percent', 'permits', 'decrease', 'year_on_year', None, OCT, CENSUS),
        ('18%', 1, 18, 'percent', 'starts in the Northeast', 'increase', None, None, None, CENSUS),
        ('7%', 1, 7, 'percent', 'starts in the South', 'increase', None, None, None, CENSUS),
        ('9%', 1, 9, 'percent', 'starts in the West', 'decrease', None, None, None, CENSUS),
        ('6.24%', 1, 6.24, 'percent', 'average rate on a 30-year fixed mortgage', 'decrease', None, None, WK, FREDDIE),
        ('6.79%', 1, 6.79, 'percent', 'average rate on a 30-year fixed mortgage', None, None, None, P('a year earlier', '2024-11-07', '2024-11-13'), FREDDIE),
        ('39%', 1, 39, 'percent', 'share of builders cutting prices', None, None, None, NOV, NAHB),
        ('quarter-point', 1, 0.25, 'percentage_point', 'Fed rate cut', 'decrease', None, None, DEC, CME),
        ('67%', 1, 67, 'percent', 'odds of a quarter-point Fed rate cut', None, None, 'approximately', DEC, CME),
    ],
    'mt_newswires_eurozone_sentiment.txt': [
        ('1.2 points', 1, 1.2, 'index_point', "euro area's economic sentiment indicator (ESI)", 'increase', 'month_on_month', None, NOV, EC),
        ('97.0', 1, 97.0, 'index_point', "euro area's economic sentiment indicator (ESI)", 'increase', None, None, NOV, EC),
        ('96.1', 1, 96.1, 'index_point', 'economic sentiment indicator', None, None, None, NOV, 'Bloomberg'),
        ('95.8', 1, 95.8, 'index_point', 'economic sentiment indicator', 'increase', None, None, per('October', 2025, 10), EC),
        ('95.6', 1, 95.6, 'index_point', 'economic sentiment indicator', None, None, None, per('October', 2025, 10), EC),
        ('0.9 points', 1, 0.9, 'index_point', 'EU-wide ESI', 'increase', None, None, NOV, EC),
        ('96.6', 1, 96.6, 'index_point', 'EU-wide ESI', 'increase', None, None, NOV, EC),
        ('-8.4', 1, -8.4, 'index_point', 'industrial confidence', 'increase', None, None, INOV, EC),
        ('-9.6', 1, -9.6, 'index_point', 'industrial confidence', None, None, None, OCT, EC),
        ('0.4 points', 1, 0.4, 'index_point', 'services confidence', 'increase', None, None, INOV, EC),
        ('5.2', 1, 5.2, 'index_point', 'services confidence', 'increase', None, None, INOV, EC),
        ('-6.1', 1, -6.1, 'index_point', 'retail trade confidence', None, None, None, INOV, EC),
        ('0.3 points', 1, 0.3, 'index_point', 'construction confidence', 'decrease', None, None, INOV, EC),
        ('-3.0', 1, -3.0, 'index_point', 'construction confidence', 'decrease', None, None, INOV, EC),
        ('-14.2', 1, -14.2, 'index_point', 'consumer confidence', None, None, None, NOV, EC),
        ('0.4 points', 2, 0.4, 'index_point', 'consumer confidence', 'increase', 'month_on_month', None, NOV, EC),
        ('+1.9 points', 1, 1.9, 'index_point', 'sentiment in Germany', 'increase', None, None, None, EC),
        ('+1.4', 1, 1.4, 'index_point', 'sentiment in Italy', 'increase', None, None, None, EC),
        ('+0.6', 1, 0.6, 'index_point', 'sentiment in France', 'increase', None, None, None, EC),
        ('-0.8', 1, -0.8, 'index_point', 'sentiment in Spain', 'decrease', None, None, None, EC),
        ('0.5 points', 1, 0.5, 'index_point', 'Employment Expectations Indicator (EEI)', 'decrease', None, None, NOV, EC),
        ('97.7', 1, 97.7, 'index_point', 'Employment Expectations Indicator (EEI)', 'decrease', None, None, NOV, EC),
        ('33,000', 1, 33000, 'count', 'firms surveyed', None, None, 'approximately', None, EC),
        ('23,000', 1, 23000, 'count', 'consumers surveyed', None, None, 'approximately', None, EC),
    ],
    'trading_economics_style_mexico_inflation.txt': [
        ('3.52%', 1, 3.52, 'percent', 'Mexico Inflation Rate', 'decrease', None, None, OCT, None),
        ('3.52%', 2, 3.52, 'percent', 'annual inflation rate in Mexico', 'decrease', 'year_on_year', None, O25T, INEGI),
        ('3.76%', 1, 3.76, 'percent', 'annual inflation rate in Mexico', None, 'year_on_year', None, SEP, INEGI),
        ('3.58%', 1, 3.58, 'percent', 'annual inflation rate', None, 'year_on_year', None, O25T, None),
        ('4.21%', 1, 4.21, 'percent', 'core inflation', 'decrease', 'year_on_year', None, O25T, INEGI),
        ('4.28%', 1, 4.28, 'percent', 'core inflation', None, 'year_on_year', None, SEP, INEGI),
        ('1.15%', 1, 1.15, 'percent', 'non-core prices', 'increase', 'year_on_year', None, O25T, INEGI),
        ('2.02%', 1, 2.02, 'percent', 'non-core prices', None, 'year_on_year', None, SEP, INEGI),
        ('-1.9%', 1, -1.9, 'percent', 'energy costs', 'decrease', 'year_on_year', None, O25T, INEGI),
        ('-0.7%', 1, -0.7, 'percent', 'energy costs', 'decrease', 'year_on_year', None, SEP, INEGI),
        ('2.6%', 1, 2.6, 'percent', 'agricultural prices', 'decrease', 'year_on_year', None, O25T, INEGI),
        ('4.4%', 1, 4.4, 'percent', 'agricultural prices', None, 'year_on_year', None, SEP, INEGI),
        ('3.95%', 1, 3.95, 'percent', 'goods inflation', 'decrease', 'year_on_year', None, O25T, INEGI),
        ('4.10%', 1, 4.10, 'percent', 'goods inflation', None, 'year_on_year', None, SEP, INEGI),
        ('4.48%', 1, 4.48, 'percent', 'services inflation', None, 'year_on_year', None, O25T, INEGI),
        ('0.36%', 1, 0.36, 'percent', 'consumer prices', 'increase', 'month_on_month', None, O25T, INEGI),
        ('0.23%', 1, 0.23, 'percent', 'consumer prices', None, 'month_on_month', None, per('September', 2025, 9), INEGI),
        ('2%', 1, 2, 'percent', "Banxico's target range", None, None, None, O25T, BANXICO),
        ('4%', 1, 4, 'percent', "Banxico's target range", None, None, None, O25T, BANXICO),
        ('14.62 percent', 1, 14.62, 'percent', 'Inflation Rate in Mexico average', None, None, None, P('from 1970 until 2025', '1970-01-01', '2025-12-31'), INEGI),
        ('179.73 percent', 1, 179.73, 'percent', 'Inflation Rate in Mexico all time high', None, None, None, per('in February of 1988', 1988, 2), INEGI),
        ('2.13 percent', 1, 2.13, 'percent', 'Inflation Rate in Mexico record low', None, None, None, per('in November of 2015', 2015, 11), INEGI),
        ('3.70 percent', 1, 3.70, 'percent', 'Inflation Rate in Mexico', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('3.60 percent', 1, 3.60, 'percent', 'Mexico Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('3.40 percent', 1, 3.40, 'percent', 'Mexico Inflation Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_eurjpy_stocks.txt': [
        ('0.4%', 1, 0.4, 'percent', 'EUR/JPY', 'increase', None, None, ET, None),
        ('181.62', 1, 181.62, 'JPY', 'EUR/JPY', 'increase', None, None, ET, None),
        ('181.95', 1, 181.95, 'JPY', 'EUR/JPY all-time high', None, None, None, ET, None),
        ('0.3%', 1, 0.3, 'percent', 'USD/JPY', 'increase', None, None, ET, None),
        ('157.38', 1, 157.38, 'JPY', 'USD/JPY', 'increase', None, None, ET, None),
        ('5%', 1, 5, 'percent', 'yen against the dollar', 'decrease', None, 'approximately', YTD, None),
        ('9%', 1, 9, 'percent', 'yen against the euro', 'decrease', None, 'more_than', YTD, None),
        ('4 basis points', 1, 4, 'basis_point', 'yield on the 10-year Japanese government bond', 'increase', None, None, None, None),
        ('1.82%', 1, 1.82, 'percent', 'yield on the 10-year Japanese government bond', 'increase', None, None, None, None),
        ('7 basis points', 1, 7, 'basis_point', '30-year yield', 'increase', None, None, None, None),
        ('3.38%', 1, 3.38, 'percent', '30-year yield', 'increase', None, None, None, None),
        ('1.9%', 1, 1.9, 'percent', 'Nikkei 225', 'increase', None, None, None, None),
        ('49,412.30 points', 1, 49412.30, 'index_point', 'Nikkei 225', 'increase', None, None, None, None),
        ('1.2%', 1, 1.2, 'percent', 'Topix', 'increase', None, None, None, None),
        ('6.4%', 1, 6.4, 'percent', 'Advantest', 'increase', None, None, None, None),
        ('3.8%', 1, 3.8, 'percent', 'Tokyo Electron', 'increase', None, None, None, None),
        ('0.7%', 1, 0.7, 'percent', 'Hang Seng index', 'increase', None, None, None, None),
        ('0.3%', 2, 0.3, 'percent', 'Shanghai Composite', 'increase', None, None, None, None),
        ('2.1%', 1, 2.1, 'percent', 'KOSPI', 'increase', None, None, None, None),
        ('30%', 1, 30, 'percent', 'chance of a Bank of Japan rate hike', 'decrease', None, 'approximately', DEC, LSEG),
        ('25 basis point', 1, 25, 'basis_point', 'Bank of Japan policy rate', 'increase', None, None, DEC, LSEG),
        ('0.75%', 1, 0.75, 'percent', 'Bank of Japan policy rate', 'increase', None, None, DEC, LSEG),
        ('50%', 1, 50, 'percent', 'chance of a Bank of Japan rate hike', None, None, 'approximately', P('a week ago', '2025-11-13', '2025-11-13'), LSEG),
        ('20 trillion yen', 1, 20e12, 'JPY', 'stimulus package', None, None, 'more_than', None, None),
    ],
    'business_standard_style_direct_tax_collections.txt': [
        ('7%', 1, 7, 'percent', 'net direct tax mop-up', 'increase', None, None, SOFAR_H, None),
        ('Rs 12.9 trillion', 1, 12.9e12, 'INR', 'net direct tax mop-up', 'increase', None, None, SOFAR_H, None),
        ('7 per cent', 1, 7, 'percent', "India's net direct tax collections", 'increase', 'year_on_year', None, SOFAR_CFY, ITD),
        ('Rs 12.92 trillion', 1, 12.92e12, 'INR', "India's net direct tax collections", 'increase', None, None, SOFAR_CFY, ITD),
        ('Rs 15.35 trillion', 1, 15.35e12, 'INR', 'gross direct tax collections', None, None, None, APNOV, ITD),
        ('2.1 per cent', 1, 2.1, 'percent', 'gross direct tax collections', 'increase', 'year_on_year', None, APNOV, ITD),
        ('18 per cent', 1, 18, 'percent', 'refunds', 'decrease', 'year_on_year', None, APNOV, ITD),
        ('Rs 2.43 trillion', 1, 2.43e12, 'INR', 'refunds', 'decrease', None, None, APNOV, ITD),
        ('4.3 per cent', 1, 4.3, 'percent', 'net corporate tax collections', 'increase', None, None, SOFAR, ITD),
        ('Rs 5.37 trillion', 1, 5.37e12, 'INR', 'net corporate tax collections', 'increase', None, None, SOFAR, ITD),
        ('8.9 per cent', 1, 8.9, 'percent', 'non-corporate taxes', 'increase', None, None, SOFAR, ITD),
        ('Rs 7.19 trillion', 1, 7.19e12, 'INR', 'non-corporate taxes', 'increase', None, None, SOFAR, ITD),
        ('9.2 per cent', 1, 9.2, 'percent', 'personal income tax', 'increase', None, None, SOFAR, ITD),
        ('Rs 6.88 trillion', 1, 6.88e12, 'INR', 'personal income tax', 'increase', None, None, SOFAR, ITD),
        ('Rs 35,682 crore', 1, 356.82e9, 'INR', 'Securities transaction tax (STT) mop-up', None, None, None, SOFAR, ITD),
        ('Rs 34,906 crore', 1, 349.06e9, 'INR', 'Securities transaction tax (STT) mop-up', None, None, None, P('in the same period last year', '2024-04-01', '2024-11-11'), ITD),
        ('Rs 25.20 trillion', 1, 25.20e12, 'INR', 'direct tax collections', None, None, None, FY26, MOF),
        ('12.7 per cent', 1, 12.7, 'percent', 'direct tax collections', 'increase', 'year_on_year', None, FY26, MOF),
        ('half', 1, 0.5, 'fraction', 'share of the budget target collected', None, None, 'more_than', SOFAR_H, ITD),
        ('Rs 50,000 crore', 1, 500e9, 'INR', 'shortfall of direct tax collections from the target', None, None, None, FY26, None),
        ('Rs 1 lakh crore', 1, 1e12, 'INR', 'shortfall of direct tax collections from the target', None, None, None, FY26, None),
        ('Rs 1 lakh crore', 2, 1e12, 'INR', 'relief to personal taxpayers', None, None, 'approximately', FY26, ITD),
    ],
    'eu_energy_style_electricity_trade_flows.txt': [
        ('24.6 TWh', 1, 24.6, 'terawatt hour', "France's net electricity exports", None, None, None, Q325, None),
        ('11%', 1, 11, 'percent', "France's net electricity exports", 'increase', 'year_on_year', None, Q325, None),
        ('8.9 TWh', 1, 8.9, 'terawatt hour', "Sweden's net electricity exports", None, None, None, Q325, None),
        ('4.2 TWh', 1, 4.2, 'terawatt hour', "Spain's net electricity exports", None, None, None, Q325, None),
        ('7.8 TWh', 1, 7.8, 'terawatt hour', "Germany's net electricity imports", 'increase', None, None, Q325, None),
        ('5.1 TWh', 1, 5.1, 'terawatt hour', "Germany's net electricity imports", None, None, None, YE24, None),
        ('6%', 1, 6, 'percent', "Italy's net imports", 'decrease', 'year_on_year', None, Q325, None),
        ('6.4 TWh', 1, 6.4, 'terawatt hour', "Italy's net imports", 'decrease', None, None, Q325, None),
        ('Twelve', 1, 12, 'count', 'Member States that were net exporters', None, None, None, OVQ, None),
        ('15', 1, 15, 'count', 'Member States that were net importers', None, None, None, OVQ, None),
        ('112 TWh', 1, 112, 'terawatt hour', 'total cross-border physical flows between EU countries', None, None, None, OVQ, None),
        ('3%', 1, 3, 'percent', 'total cross-border physical flows between EU countries', 'decrease', 'year_on_year', None, OVQ, None),
        ('5.2 TWh', 1, 5.2, 'terawatt hour', 'net flows from France to Italy', None, None, None, OVQ, None),
        ('4.7 TWh', 1, 4.7, 'terawatt hour', 'net flows from France to Germany', None, None, None, OVQ, None),
        ('38.4 EUR/MWh', 1, 38.4, 'EUR', 'average day-ahead spread between Germany and France', 'increase', None, None, Q325L, None),
        ('21.9 EUR/MWh', 1, 21.9, 'EUR', 'average day-ahead spread between Germany and France', None, None, None, YE24, None),
        ('24.7 EUR/MWh', 1, 24.7, 'EUR', 'spread between northern Italy and Switzerland', None, None, None, Q325L, None),
        ('29.5 EUR/MWh', 1, 29.5, 'EUR', 'prices in the Swedish SE3 zone', None, None, None, Q325L, None),
        ('a third', 1, 0.3333, 'fraction', 'prices in the Swedish SE3 zone relative to prices in Hungary', None, None, 'less_than', Q325L, None),
        ('97.1 EUR/MWh', 1, 97.1, 'EUR', 'prices in Hungary', None, None, None, Q325L, None),
        ('31.4 TWh', 1, 31.4, 'terawatt hour', 'EU electricity imports from non-EU countries', None, None, None, Y24, 'Eurostat'),
        ('two thirds', 1, 0.6667, 'fraction', 'share of Norway in EU electricity imports from non-EU countries', None, None, 'approximately', Y24, 'Eurostat'),
        ('26.8 TWh', 1, 26.8, 'terawatt hour', 'EU electricity exports to non-EU countries', None, None, None, Y24, 'Eurostat'),
        ('4.6 TWh', 1, 4.6, 'terawatt hour', 'EU net electricity imports', 'decrease', None, None, Y24, 'Eurostat'),
        ('9.3 TWh', 1, 9.3, 'terawatt hour', 'EU net electricity imports', None, None, None, Y('in 2023', 2023), 'Eurostat'),
    ],
    'nbs_style_industrial_producer_prices.txt': [
        ('2.1 percent', 1, 2.1, 'percent', 'producer prices for industrial products', 'decrease', 'year_on_year', None, O25, NBS),
        ('0.1 percent', 1, 0.1, 'percent', 'producer prices for industrial products', 'increase', 'month_on_month', None, O25, NBS),
        ('2.5 percent', 1, 2.5, 'percent', 'purchasing prices for industrial producers', 'decrease', 'year_on_year', None, O25, NBS),
        ('2.7 percent', 1, 2.7, 'percent', 'producer prices for industrial products', 'decrease', 'year_on_year', None, JO, NBS),
        ('3.0 percent', 1, 3.0, 'percent', 'purchasing prices for industrial producers', 'decrease', 'year_on_year', None, JO, NBS),
        ('2.6 percent', 1, 2.6, 'percent', 'prices of means of production', 'decrease', 'year_on_year', None, IOCT, NBS),
        ('1.93 percentage points', 1, 1.93, 'percentage_point', 'effect of prices of means of production on the producer prices for industrial products', 'decrease', None, 'approximately', IOCT, NBS),
        ('0.7 percent', 1, 0.7, 'percent', 'prices of means of subsistence', 'decrease', 'year_on_year', None, IOCT, NBS),
        ('0.17 percentage points', 1, 0.17, 'percentage_point', 'effect of prices of means of subsistence on the producer prices for industrial products', 'decrease', None, 'approximately', IOCT, NBS),
        ('8.9 percent', 1, 8.9, 'percent', 'prices of mining and quarrying', 'decrease', 'year_on_year', None, IOCT, NBS),
        ('4.0 percent', 1, 4.0, 'percent', 'prices of raw materials industries', 'decrease', 'year_on_year', None, IOCT, NBS),
        ('1.5 percent', 1, 1.5, 'percent', 'prices of processing industries', 'decrease', 'year_on_year', None, IOCT, NBS),
        ('1.6 percent', 1, 1.6, 'percent', 'prices of food', 'decrease', 'year_on_year', None, IOCT, NBS),
        ('0.4 percent', 1, 0.4, 'percent', 'prices of clothing', 'increase', 'year_on_year', None, IOCT, NBS),
        ('0.6 percent', 1, 0.6, 'percent', 'prices of general daily-use articles', 'increase', 'year_on_year', None, IOCT, NBS),
        ('2.2 percent', 1, 2.2, 'percent', 'prices of durable consumer goods', 'decrease', 'year_on_year', None, IOCT, NBS),
        ('7.3 percent', 1, 7.3, 'percent', 'purchasing prices of fuel and power', 'decrease', 'year_on_year', None, IOCT, NBS),
        ('5.1 percent', 1, 5.1, 'percent', 'purchasing prices of ferrous metal materials', 'decrease', 'year_on_year', None, IOCT, NBS),
        ('8.4 percent', 1, 8.4, 'percent', 'purchasing prices of non-ferrous metal materials and wires', 'increase', 'year_on_year', None, IOCT, NBS),
        ('0.1 percent', 2, 0.1, 'percent', 'producer prices for industrial products', 'increase', 'month_on_month', None, IOCT, NBS),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'month-on-month change in producer prices for industrial products', 'increase', 'month_on_month', None, IOCT, NBS),
        ('0.1 percent', 3, 0.1, 'percent', 'prices of means of production', 'increase', 'month_on_month', None, IOCT, NBS),
        ('18', 1, 18, 'count', 'major industrial sectors with rising prices', None, None, None, IOCT, NBS),
        ('15', 1, 15, 'count', 'major industrial sectors with falling prices', None, None, None, IOCT, NBS),
        ('7', 1, 7, 'count', 'major industrial sectors with flat prices', None, None, None, IOCT, NBS),
        ('2.4 percent', 1, 2.4, 'percent', 'prices of coal mining and washing', 'increase', 'month_on_month', None, IOCT, NBS),
        ('0.8 percent', 1, 0.8, 'percent', 'prices of ferrous metal smelting and rolling processing', 'increase', 'month_on_month', None, IOCT, NBS),
        ('1.9 percent', 1, 1.9, 'percent', 'prices of oil and natural gas extraction', 'decrease', 'month_on_month', None, IOCT, NBS),
        ('0.1 percent', 4, 0.1, 'percent', 'purchasing prices for industrial producers', 'decrease', 'month_on_month', None, SEP, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
