# ruff: noqa: E501, RUF001
"""Write corpus/annotated_38/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(1 for the first; occurrences inside a longer number are skipped); `gold_labels.write_gold`
computes and checks the offsets.

usage: python scripts/annotated_labels_38.py corpus/annotated_38
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
JISF = "Japan Iron and Steel Federation"
MITI = "Ministry of International Trade and Industry"
BPS = "Statistics Indonesia"
COX = "Cox Automotive"
VAUTO = "vAuto"
ZEW = "ZEW Leibniz Centre for European Economic Research"
BBG = "Bloomberg"
BOK = "Bank of Korea"
TE = "Trading Economics"
BCB = "Central Bank of Brazil"
IBGE = "Brazilian Institute of Geography and Statistics"
PPAC = "Petroleum Planning and Analysis Cell"
KPLER = "Kpler"
EUROSTAT = "Eurostat"
MOFCOM = "Ministry of Commerce"

# 3801 ONS Vacancies and jobs (ref Tuesday 2025-12-16)
SN = P("in September to November 2025", "2025-09-01", "2025-11-30")
ISN = P("In September to November 2025", "2025-09-01", "2025-11-30")
SNYE = P("a year earlier", "2024-09-01", "2024-11-30")
PRE = P("January to March 2020", "2020-01-01", "2025-11-30")
# 3802 Reuters 1987 (ref Tuesday 1987-04-21)
MAR = per("in March", 1987, 3)
FY86 = P("in the fiscal year ended March 31", "1986-04-01", "1987-03-31")
INFY = P("in the fiscal year", "1986-04-01", "1987-03-31")
FY85YE = P("a year earlier", "1985-04-01", "1986-03-31")
AJ = P("in the April-June quarter", "1987-04-01", "1987-06-30")
# 3803 Reuters 2025 (ref Monday 2025-12-15)
LM = per("last month", 2025, 11)
INOV = per("in November", 2025, 11)
JN = P("For January to November", "2025-01-01", "2025-11-30")
# 3804 CNBC (ref Thursday 2026-01-08)
CDEC = per("in December", 2025, 12)
Y25 = Y("For 2025 as a whole", 2025)
# 3805 MT Newswires (ref Tuesday 2025-12-16)
ZDEC = per("in December", 2025, 12)
# 3806 Trading Economics (ref Thursday 2026-01-22)
Q4A = Q("in Q4 2025", 2025, 4)
Q4 = Q("in Q4", 2025, 4)
Q3 = Q("in Q3", 2025, 3)
# 3807 Investing.com (ref Thursday 2025-12-11)
ET = P("By 10:05 ET", None, None)
WED = P("Late on Wednesday", "2025-12-10", "2025-12-10")
BNOV = per("in November", 2025, 11)
# 3808 Business Standard (ref Monday 2025-12-22)
SNOV = per("in November", 2025, 11)
INM = per("in the month", 2025, 11)
AN26 = P("During April-November of FY26", "2025-04-01", "2025-11-30")
AN25 = P("a year earlier", "2024-04-01", "2024-11-30")
F8 = P("in the first eight months of the fiscal year", "2025-04-01", "2025-11-30")
# 3809 DG ENER (ref Wednesday 2026-01-28)
Q425 = Q("In the fourth quarter of 2025", 2025, 4)
INQ = Q("in the quarter", 2025, 4)
Q4D = Q("in Q4-2025", 2025, 4)
ON = P("in October and November", "2025-10-01", "2025-11-30")
# 3810 NBS / MOFCOM (ref Friday 2025-12-19)
JN25 = P("from January to November 2025", "2025-01-01", "2025-11-30")
FJN = P("From January to November", "2025-01-01", "2025-11-30")
fJN = P("from January to November", "2025-01-01", "2025-11-30")
END = P("At the end of November", "2025-11-30", "2025-11-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_vacancies_and_jobs.txt': [
        ('9,000', 1, 9000, 'count', 'number of vacancies in the UK', 'decrease', 'period_on_period', None, SN, None),
        ('723,000', 1, 723000, 'count', 'number of vacancies in the UK', 'decrease', None, None, SN, None),
        ('85,000', 1, 85000, 'count', 'vacancies', 'decrease', 'year_on_year', None, ISN, None),
        ('10.5%', 1, 10.5, 'percent', 'vacancies', 'decrease', 'year_on_year', None, ISN, None),
        ('73,000', 1, 73000, 'count', 'vacancies', 'decrease', None, None, PRE, None),
        ('2.4', 1, 2.4, 'count', 'unemployed people per vacancy', 'increase', None, None, P('in August to October 2025', '2025-08-01', '2025-10-31'), None),
        ('2.2', 1, 2.2, 'count', 'unemployed people per vacancy', None, None, None, P('in May to July 2025', '2025-05-01', '2025-07-31'), None),
        ('Ten', 1, 10, 'count', 'industry sectors with a quarterly fall in vacancies', None, None, None, SN, ONS),
        ('5,000', 1, 5000, 'count', 'vacancies in accommodation and food service activities', 'decrease', 'period_on_period', None, SN, ONS),
        ('6.1%', 1, 6.1, 'percent', 'vacancies in accommodation and food service activities', 'decrease', 'period_on_period', None, SN, ONS),
        ('77,000', 1, 77000, 'count', 'vacancies in accommodation and food service activities', 'decrease', None, None, SN, ONS),
        ('131,000', 1, 131000, 'count', 'vacancies in human health and social work activities', None, None, None, SN, ONS),
        ('2,000', 1, 2000, 'count', 'vacancies in construction', 'increase', 'period_on_period', None, SN, ONS),
        ('1,000', 1, 1000, 'count', 'vacancies in wholesale and retail trade', 'increase', 'period_on_period', None, SN, ONS),
        ('2.3', 1, 2.3, 'count', 'vacancies per 100 employee jobs', 'decrease', None, None, SN, ONS),
        ('2.4', 2, 2.4, 'count', 'vacancies per 100 employee jobs', None, None, None, P('in June to August 2025', '2025-06-01', '2025-08-31'), ONS),
        ('almost half', 1, 0.5, 'fraction', 'small businesses share of vacancies', None, None, 'approximately', SN, ONS),
        ('48%', 1, 48, 'percent', 'small businesses share of vacancies', None, None, None, SN, ONS),
        ('45%', 1, 45, 'percent', 'small businesses share of vacancies', None, None, None, SNYE, ONS),
        ('6,000', 1, 6000, 'count', 'businesses surveyed', None, None, 'approximately', None, ONS),
        ('2,000', 2, 2000, 'count', 'vacancies revision', 'decrease', None, None, P('for June to August 2025', '2025-06-01', '2025-08-31'), ONS),
        ('732,000', 1, 732000, 'count', 'vacancies', 'decrease', None, None, P('for June to August 2025', '2025-06-01', '2025-08-31'), ONS),
    ],
    'wire_1987_japan_crude_steel_output.txt': [
        ('4.8 PCT', 1, 4.8, 'percent', 'Japan crude steel output', 'decrease', None, None, per('MARCH', 1987, 3), None),
        ('4.8 pct', 1, 4.8, 'percent', "Japan's crude steel output", 'decrease', 'year_on_year', None, MAR, JISF),
        ('8.62 mln tonnes', 1, 8.62e6, 'tonne', "Japan's crude steel output", 'decrease', None, None, MAR, JISF),
        ('7.94 mln tonnes', 1, 7.94e6, 'tonne', 'crude steel output', None, None, None, per('in February', 1987, 2), JISF),
        ('9.05 mln', 1, 9.05e6, 'tonne', 'crude steel output', None, None, None, per('in March 1986', 1986, 3), JISF),
        ('6.1 pct', 1, 6.1, 'percent', 'crude steel production', 'decrease', 'year_on_year', None, FY86, JISF),
        ('96.47 mln tonnes', 1, 96.47e6, 'tonne', 'crude steel production', 'decrease', None, None, FY86, JISF),
        ('102.73 mln', 1, 102.73e6, 'tonne', 'crude steel production', None, None, None, P('in fiscal 1985', '1985-04-01', '1986-03-31'), JISF),
        ('31.2 pct', 1, 31.2, 'percent', 'electric furnace steel share of total output', None, None, None, INFY, JISF),
        ('29.4 pct', 1, 29.4, 'percent', 'electric furnace steel share of total output', None, None, None, FY85YE, JISF),
        ('92.8 pct', 1, 92.8, 'percent', 'continuously cast steel share of total output', 'increase', None, None, INFY, JISF),
        ('91.5 pct', 1, 91.5, 'percent', 'continuously cast steel share of total output', None, None, None, FY85YE, JISF),
        ('5.6 pct', 1, 5.6, 'percent', 'pig iron output', 'decrease', 'year_on_year', None, MAR, JISF),
        ('6.31 mln tonnes', 1, 6.31e6, 'tonne', 'pig iron output', 'decrease', None, None, MAR, JISF),
        ('3.2 pct', 1, 3.2, 'percent', 'output of ordinary rolled steel products', 'decrease', 'year_on_year', None, MAR, JISF),
        ('6.98 mln', 1, 6.98e6, 'tonne', 'output of ordinary rolled steel products', 'decrease', None, None, MAR, JISF),
        ('11.3 pct', 1, 11.3, 'percent', 'steel exports', 'decrease', None, None, MAR, JISF),
        ('2.14 mln tonnes', 1, 2.14e6, 'tonne', 'steel exports', 'decrease', None, None, MAR, JISF),
        ('27 pct', 1, 27, 'percent', 'steel shipments to China', 'decrease', None, None, MAR, JISF),
        ('8 pct', 1, 8, 'percent', 'steel shipments to the United States', 'increase', None, None, MAR, JISF),
        ('24.6 mln tonnes', 1, 24.6e6, 'tonne', 'crude steel output', None, None, 'approximately', AJ, JISF),
        ('2.4 pct', 1, 2.4, 'percent', 'crude steel output', 'decrease', 'year_on_year', None, AJ, JISF),
        ('94 mln tonnes', 1, 94e6, 'tonne', 'crude steel output', None, None, None, P('for fiscal 1987', '1987-04-01', '1988-03-31'), MITI),
    ],
    'wire_2025_indonesia_trade_surplus.txt': [
        ('$2.14 billion', 1, 2.14e9, 'USD', 'trade surplus', 'decrease', None, None, LM, BPS),
        ('$2.61 billion', 1, 2.61e9, 'USD', 'trade surplus', None, None, None, per('in October', 2025, 10), BPS),
        ('$2.90 billion', 1, 2.90e9, 'USD', 'trade surplus', None, None, None, LM, 'Reuters'),
        ('14', 1, 14, 'count', 'economists in a Reuters poll', None, None, None, LM, 'Reuters'),
        ('3.6%', 1, 3.6, 'percent', 'exports', 'increase', 'year_on_year', None, INOV, BPS),
        ('$22.84 billion', 1, 22.84e9, 'USD', 'exports', 'increase', None, None, INOV, BPS),
        ('1.9%', 1, 1.9, 'percent', 'exports', 'increase', 'year_on_year', None, INOV, 'Reuters'),
        ('11.2%', 1, 11.2, 'percent', 'imports', 'increase', 'year_on_year', None, INOV, BPS),
        ('$20.70 billion', 1, 20.70e9, 'USD', 'imports', 'increase', None, None, INOV, BPS),
        ('6.5%', 1, 6.5, 'percent', 'imports', 'increase', 'year_on_year', None, INOV, 'Reuters'),
        ('17.4%', 1, 17.4, 'percent', 'coal exports', 'decrease', 'year_on_year', None, None, BPS),
        ('21%', 1, 21, 'percent', 'exports of iron and steel', 'increase', 'year_on_year', None, None, BPS),
        ('14%', 1, 14, 'percent', 'crude palm oil shipments', 'increase', 'year_on_year', None, None, BPS),
        ('24.8%', 1, 24.8, 'percent', 'imports of capital goods', 'increase', 'year_on_year', None, INOV, BPS),
        ('a third', 1, 1 / 3, 'fraction', 'machinery from China share of capital goods imports', None, None, 'approximately', INOV, BPS),
        ('$38.12 billion', 1, 38.12e9, 'USD', 'cumulative surplus', None, None, None, JN, BPS),
        ('$28.85 billion', 1, 28.85e9, 'USD', 'cumulative surplus', None, None, None, P('in the same period of 2024', '2024-01-01', '2024-11-30'), BPS),
        ('$16.3 billion', 1, 16.3e9, 'USD', 'surplus with the United States', None, None, None, P('in the period', '2025-01-01', '2025-11-30'), BPS),
        ('16,665', 1, 16665, 'IDR', 'rupiah', None, None, None, P('on Monday', '2025-12-15', '2025-12-15'), BPS),
    ],
    'cnbc_style_manheim_used_vehicle_value_index.txt': [
        ('208.3', 1, 208.3, 'index_point', 'Manheim Used Vehicle Value Index', 'increase', None, None, CDEC, COX),
        ('0.9%', 1, 0.9, 'percent', 'Manheim Used Vehicle Value Index', 'increase', 'month_on_month', None, CDEC, COX),
        ('2.4%', 1, 2.4, 'percent', 'Manheim Used Vehicle Value Index', 'increase', 'year_on_year', None, CDEC, COX),
        ('1.7%', 1, 1.7, 'percent', 'non-seasonally adjusted wholesale prices', 'increase', 'month_on_month', None, CDEC, COX),
        ('2.9%', 1, 2.9, 'percent', 'non-seasonally adjusted wholesale prices', 'increase', 'year_on_year', None, CDEC, COX),
        ('4.6%', 1, 4.6, 'percent', 'pickup prices', 'increase', 'year_on_year', None, CDEC, COX),
        ('1.2%', 1, 1.2, 'percent', 'compact car prices', 'decrease', 'year_on_year', None, CDEC, COX),
        ('27 days', 1, 27, 'day', 'wholesale supply', 'increase', None, None, P('at the end of the month', '2025-12-31', '2025-12-31'), COX),
        ('25 days', 1, 25, 'day', 'wholesale supply', None, None, None, P('at the end of November', '2025-11-30', '2025-11-30'), COX),
        ('1.58 million units', 1, 1.58e6, 'count', 'retail used-vehicle sales', None, None, None, CDEC, VAUTO),
        ('4%', 1, 4, 'percent', 'retail used-vehicle sales', 'decrease', 'month_on_month', None, CDEC, VAUTO),
        ('205.6', 1, 205.6, 'index_point', 'Manheim Used Vehicle Value Index', None, None, None, Y25, COX),
        ('1.8%', 1, 1.8, 'percent', 'Manheim Used Vehicle Value Index', 'increase', 'year_on_year', 'approximately', Y25, COX),
        ('3.1%', 1, 3.1, 'percent', 'rental risk prices', 'increase', 'year_on_year', None, Y('for the year', 2025), COX),
        ('52,400 miles', 1, 52400, 'mile', 'average mileage of rental units sold at auction', None, None, None, Y('for the year', 2025), COX),
        ('1%', 1, 1, 'percent', 'wholesale prices', 'increase', 'year_on_year', 'approximately', per('from December 2025 to December 2026', 2026, 12), COX),
    ],
    'mt_newswires_germany_zew_sentiment.txt': [
        ('45.8 points', 1, 45.8, 'index_point', 'ZEW indicator of economic sentiment for Germany', 'increase', None, None, ZDEC, ZEW),
        ('38.5 points', 1, 38.5, 'index_point', 'ZEW indicator of economic sentiment for Germany', None, None, None, per('in November', 2025, 11), ZEW),
        ('40.2 points', 1, 40.2, 'index_point', 'ZEW indicator of economic sentiment for Germany', 'increase', None, None, ZDEC, BBG),
        ('3.4 points', 1, 3.4, 'index_point', 'assessment of the current economic situation in Germany', 'increase', None, None, per('this month', 2025, 12), ZEW),
        ('minus 78.7 points', 1, -78.7, 'index_point', 'assessment of the current economic situation in Germany', 'increase', None, None, per('this month', 2025, 12), ZEW),
        ('7.1 points', 1, 7.1, 'index_point', 'sentiment indicator for the euro area', 'increase', None, None, None, ZEW),
        ('33.2 points', 1, 33.2, 'index_point', 'sentiment indicator for the euro area', 'increase', None, None, None, ZEW),
        ('4.3 points', 1, 4.3, 'index_point', 'gauge of the current situation in the euro zone', 'increase', None, None, None, ZEW),
        ('minus 24.5 points', 1, -24.5, 'index_point', 'gauge of the current situation in the euro zone', 'increase', None, None, None, ZEW),
        ('54.6%', 1, 54.6, 'percent', 'share of analysts expecting the German economy to improve', 'increase', None, None, ZDEC, ZEW),
        ('8.8%', 1, 8.8, 'percent', 'share of analysts anticipating a deterioration', None, None, None, ZDEC, ZEW),
        ('163', 1, 163, 'count', 'analysts and institutional investors surveyed', None, None, None, P('between Dec. 8 and Dec. 15', '2025-12-08', '2025-12-15'), ZEW),
        ('0.4%', 1, 0.4, 'percent', 'DAX', 'increase', None, None, None, ZEW),
        ('24,210.5', 1, 24210.5, 'index_point', 'DAX', 'increase', None, None, None, ZEW),
        ('0.2%', 1, 0.2, 'percent', 'euro', 'increase', None, None, None, ZEW),
        ('$1.1765', 1, 1.1765, 'USD', 'euro', 'increase', None, None, None, ZEW),
    ],
    'trading_economics_style_south_korea_gdp_growth.txt': [
        ('0.3%', 1, 0.3, 'percent', 'South Korea GDP Growth', 'decrease', None, None, Q('Q4', 2025, 4), None),
        ('0.3%', 2, 0.3, 'percent', 'economy', 'increase', 'quarter_on_quarter', None, Q4A, BOK),
        ('1.2%', 1, 1.2, 'percent', 'economy', 'increase', 'quarter_on_quarter', None, Q('in the previous quarter', 2025, 3), BOK),
        ('0.4%', 1, 0.4, 'percent', 'economy', None, 'quarter_on_quarter', None, Q4A, None),
        ('0.5%', 1, 0.5, 'percent', 'private consumption', 'increase', None, None, None, BOK),
        ('1.3%', 1, 1.3, 'percent', 'private consumption', None, None, None, Q3, BOK),
        ('0.8%', 1, 0.8, 'percent', 'government spending', 'increase', None, None, None, BOK),
        ('1.2%', 2, 1.2, 'percent', 'government spending', None, None, None, None, BOK),
        ('2.1%', 1, 2.1, 'percent', 'facilities investment', 'increase', None, None, None, BOK),
        ('0.6%', 1, 0.6, 'percent', 'facilities investment', None, None, None, None, BOK),
        ('-3.4%', 1, -3.4, 'percent', 'construction investment', 'decrease', None, None, None, BOK),
        ('-0.9%', 1, -0.9, 'percent', 'construction investment', 'decrease', None, None, None, BOK),
        ('0.7%', 1, 0.7, 'percent', 'exports', 'decrease', None, None, None, BOK),
        ('1.5%', 1, 1.5, 'percent', 'exports', 'increase', None, None, Q3, BOK),
        ('0.6%', 2, 0.6, 'percent', 'imports', 'increase', None, None, None, BOK),
        ('1.6%', 1, 1.6, 'percent', 'GDP', 'increase', 'year_on_year', None, Q4, BOK),
        ('1.7%', 1, 1.7, 'percent', 'GDP', 'increase', 'year_on_year', None, Q3, BOK),
        ('1.0%', 1, 1.0, 'percent', 'economy', 'increase', None, None, Y('For the whole of 2025', 2025), BOK),
        ('2.0%', 1, 2.0, 'percent', 'economy', 'increase', None, None, Y('in 2024', 2024), BOK),
        ('1.8%', 1, 1.8, 'percent', 'growth', 'increase', None, None, Y('in 2026', 2026), BOK),
        ('1.67 percent', 1, 1.67, 'percent', 'GDP Growth Rate in South Korea average', None, None, None, P('from 1960 until 2025', '1960-01-01', '2025-12-31'), BOK),
        ('7.30 percent', 1, 7.30, 'percent', 'GDP Growth Rate in South Korea all time high', None, None, None, Q('in the first quarter of 1966', 1966, 1), BOK),
        ('-6.80 percent', 1, -6.80, 'percent', 'GDP Growth Rate in South Korea record low', 'decrease', None, None, Q('in the first quarter of 1998', 1998, 1), BOK),
        ('0.50 percent', 1, 0.50, 'percent', 'GDP Growth Rate in South Korea', None, None, None, P('by the end of this quarter', '2026-03-31', '2026-03-31'), TE),
        ('0.60 percent', 1, 0.60, 'percent', 'South Korea GDP Growth Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_usdbrl_copom_decision.txt': [
        ('15%', 1, 15, 'percent', 'Selic', None, None, None, None, BCB),
        ('0.6%', 1, 0.6, 'percent', 'USD/BRL', 'decrease', None, None, ET, None),
        ('5.4180', 1, 5.4180, 'BRL', 'USD/BRL', 'decrease', None, None, ET, None),
        ('5.3995', 1, 5.3995, 'BRL', 'USD/BRL low', None, None, None, ET, None),
        ('12%', 1, 12, 'percent', 'real', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-12-11'), None),
        ('15.00%', 1, 15.00, 'percent', 'benchmark Selic rate', None, None, None, WED, BCB),
        ('32', 1, 32, 'count', 'economists in a Reuters poll', None, None, None, WED, 'Reuters'),
        ('450 basis points', 1, 450, 'basis_point', 'Selic', 'increase', None, None, P('between September 2024 and June 2025', '2024-09-01', '2025-06-30'), BCB),
        ('3.2%', 1, 3.2, 'percent', 'inflation', None, None, None, Q('for the second quarter of 2027', 2027, 2), BCB),
        ('3%', 1, 3, 'percent', 'inflation target', None, None, None, None, BCB),
        ('1.5 percentage points', 1, 1.5, 'percentage_point', 'tolerance band', None, None, None, None, BCB),
        ('4.46%', 1, 4.46, 'percent', 'annual IPCA inflation', 'decrease', 'year_on_year', None, BNOV, IBGE),
        ('4.68%', 1, 4.68, 'percent', 'annual IPCA inflation', None, 'year_on_year', None, per('in October', 2025, 10), IBGE),
        ('4.5%', 1, 4.5, 'percent', 'ceiling of the target range', None, None, None, None, None),
        ('0.18%', 1, 0.18, 'percent', 'consumer prices', 'increase', 'month_on_month', None, BNOV, IBGE),
        ('0.9%', 1, 0.9, 'percent', 'Ibovespa stock index', 'increase', None, None, None, IBGE),
        ('161,870 points', 1, 161870, 'index_point', 'Ibovespa stock index', 'increase', None, None, None, IBGE),
    ],
    'business_standard_style_india_crude_oil_imports.txt': [
        ('6%', 1, 6, 'percent', 'crude oil imports', 'increase', None, None, per('in Nov', 2025, 11), None),
        ('21.4 mt', 1, 21.4e6, 'tonne', 'crude oil imports', 'increase', None, None, per('in Nov', 2025, 11), None),
        ('6.2 per cent', 1, 6.2, 'percent', "India's crude oil imports", 'increase', 'year_on_year', None, SNOV, PPAC),
        ('21.41 million tonnes', 1, 21.41e6, 'tonne', "India's crude oil imports", 'increase', None, None, SNOV, PPAC),
        ('9.4 per cent', 1, 9.4, 'percent', 'crude import bill', 'decrease', 'year_on_year', None, INM, PPAC),
        ('$10.8 billion', 1, 10.8e9, 'USD', 'crude import bill', 'decrease', None, None, INM, PPAC),
        ('$63.4', 1, 63.4, 'USD', 'Indian basket of crude oil', None, None, None, INM, PPAC),
        ('$73.0', 1, 73.0, 'USD', 'Indian basket of crude oil', None, None, None, per('a year ago', 2024, 11), PPAC),
        ('163.2 mt', 1, 163.2e6, 'tonne', 'crude imports', None, None, None, AN26, PPAC),
        ('3.1 per cent', 1, 3.1, 'percent', 'crude imports', 'increase', 'year_on_year', None, AN26, PPAC),
        ('158.3 mt', 1, 158.3e6, 'tonne', 'crude imports', None, None, None, P('during the same period of FY25', '2024-04-01', '2024-11-30'), PPAC),
        ('$86.5 billion', 1, 86.5e9, 'USD', 'outgo on crude imports', None, None, None, AN26, PPAC),
        ('$97.2 billion', 1, 97.2e9, 'USD', 'outgo on crude imports', None, None, None, AN25, PPAC),
        ('1.9 per cent', 1, 1.9, 'percent', 'domestic crude production', 'decrease', 'year_on_year', None, SNOV, PPAC),
        ('2.34 mt', 1, 2.34e6, 'tonne', 'domestic crude production', 'decrease', None, None, SNOV, PPAC),
        ('88.7 per cent', 1, 88.7, 'percent', 'import dependence', 'increase', None, None, F8, PPAC),
        ('87.9 per cent', 1, 87.9, 'percent', 'import dependence', None, None, None, P('a year ago', '2024-04-01', '2024-11-30'), PPAC),
        ('4.62 mt', 1, 4.62e6, 'tonne', 'imports of petroleum products', None, None, None, SNOV, PPAC),
        ('7.3 per cent', 1, 7.3, 'percent', 'product exports', 'decrease', None, None, SNOV, PPAC),
        ('5.18 mt', 1, 5.18e6, 'tonne', 'product exports', 'decrease', None, None, SNOV, PPAC),
        ('34 per cent', 1, 34, 'percent', "Russia share of India's crude imports", 'decrease', None, 'approximately', SNOV, KPLER),
        ('38 per cent', 1, 38, 'percent', "Russia share of India's crude imports", None, None, 'approximately', per('in October', 2025, 10), KPLER),
        ('19 per cent', 1, 19, 'percent', "Iraq share of India's crude imports", None, None, None, SNOV, KPLER),
        ('13 per cent', 1, 13, 'percent', "Saudi Arabia share of India's crude imports", None, None, None, SNOV, KPLER),
        ('21.5 mt', 1, 21.5e6, 'tonne', 'monthly imports', None, None, 'approximately', Q('in the January-March quarter', 2026, 1), None),
    ],
    'eu_energy_style_refining_margins_crack_spreads.txt': [
        ('10.4 USD/bbl', 1, 10.4, 'USD', 'indicative complex refining margin in Northwest Europe', None, None, None, Q425, None),
        ('46%', 1, 46, 'percent', 'indicative complex refining margin in Northwest Europe', 'increase', 'year_on_year', None, Q425, None),
        ('1.7 USD/bbl', 1, 1.7, 'USD', 'indicative complex refining margin in Northwest Europe', 'increase', 'quarter_on_quarter', None, Q425, None),
        ('9.1 USD/bbl', 1, 9.1, 'USD', 'margins in the Mediterranean', None, None, None, Q425, None),
        ('28.6 USD/bbl', 1, 28.6, 'USD', 'diesel crack spreads', 'increase', None, None, INQ, None),
        ('18.9 USD/bbl', 1, 18.9, 'USD', 'diesel crack spreads', None, None, None, Q('a year earlier', 2024, 4), None),
        ('38 USD/bbl', 1, 38, 'USD', 'diesel crack spreads', None, None, 'more_than', per('in November', 2025, 11), None),
        ('10.7 USD/bbl', 1, 10.7, 'USD', 'gasoline cracks', 'decrease', None, None, Q4D, None),
        ('17.3 USD/bbl', 1, 17.3, 'USD', 'gasoline cracks', None, None, None, Q('in Q3-2025', 2025, 3), None),
        ('24.2 USD/bbl', 1, 24.2, 'USD', 'jet fuel cracks', None, None, None, Q4D, None),
        ('-3.8 USD/bbl', 1, -3.8, 'USD', 'naphtha cracks', None, None, None, Q4D, None),
        ('63.1 USD/bbl', 1, 63.1, 'USD', 'Dated Brent', None, None, None, P('over October-December', '2025-10-01', '2025-12-31'), None),
        ('15%', 1, 15, 'percent', 'Dated Brent', 'decrease', 'year_on_year', None, P('over October-December', '2025-10-01', '2025-12-31'), None),
        ('9.8 million barrels per day', 1, 9.8e6, 'barrel per day', 'crude oil processed by EU refineries', None, None, None, ON, EUROSTAT),
        ('2.4%', 1, 2.4, 'percent', 'crude oil processed by EU refineries', 'increase', 'year_on_year', None, ON, EUROSTAT),
        ('84%', 1, 84, 'percent', 'average utilisation of EU refineries', None, None, 'approximately', ON, EUROSTAT),
        ('8.2 USD/bbl', 1, 8.2, 'USD', 'Northwest European complex margin', None, None, None, Y('In the full year 2025', 2025), EUROSTAT),
        ('7.5 USD/bbl', 1, 7.5, 'USD', 'Northwest European complex margin', None, None, None, Y('in 2024', 2024), EUROSTAT),
        ('18.7 USD/bbl', 1, 18.7, 'USD', 'Northwest European complex margin', None, None, None, Y('in 2022', 2022), EUROSTAT),
    ],
    'nbs_style_china_outbound_direct_investment.txt': [
        ('1,052.7 billion yuan', 1, 1052.7e9, 'CNY', "China's outbound direct investment", None, None, None, JN25, MOFCOM),
        ('7.2 percent', 1, 7.2, 'percent', "China's outbound direct investment", 'increase', 'year_on_year', None, JN25, MOFCOM),
        ('146.8 billion US dollars', 1, 146.8e9, 'USD', "China's outbound direct investment", None, None, None, JN25, MOFCOM),
        ('7.5 percent', 1, 7.5, 'percent', "China's outbound direct investment", 'increase', 'year_on_year', None, JN25, MOFCOM),
        ('9,615', 1, 9615, 'count', 'overseas enterprises receiving non-financial direct investment', None, None, None, JN25, MOFCOM),
        ('155', 1, 155, 'count', 'countries and regions receiving non-financial direct investment', None, None, None, JN25, MOFCOM),
        ('937.4 billion yuan', 1, 937.4e9, 'CNY', 'non-financial direct investment', None, None, None, JN25, MOFCOM),
        ('6.1 percent', 1, 6.1, 'percent', 'non-financial direct investment', 'increase', 'year_on_year', None, JN25, MOFCOM),
        ('130.7 billion US dollars', 1, 130.7e9, 'USD', 'non-financial direct investment', None, None, None, JN25, MOFCOM),
        ('6.4 percent', 1, 6.4, 'percent', 'non-financial direct investment', 'increase', 'year_on_year', None, JN25, MOFCOM),
        ('231.6 billion yuan', 1, 231.6e9, 'CNY', 'non-financial direct investment in countries along the Belt and Road', None, None, None, FJN, MOFCOM),
        ('16.8 percent', 1, 16.8, 'percent', 'non-financial direct investment in countries along the Belt and Road', 'increase', 'year_on_year', None, FJN, MOFCOM),
        ('24.7 percent', 1, 24.7, 'percent', 'Belt and Road countries share of non-financial direct investment', None, None, None, P('over the same period', '2025-01-01', '2025-11-30'), MOFCOM),
        ('312.5 billion yuan', 1, 312.5e9, 'CNY', 'investment in leasing and business services', None, None, None, None, MOFCOM),
        ('201.3 billion yuan', 1, 201.3e9, 'CNY', 'investment in manufacturing', None, None, None, None, MOFCOM),
        ('118.9 billion yuan', 1, 118.9e9, 'CNY', 'investment in wholesale and retail trade', None, None, None, None, MOFCOM),
        ('10.4 percent', 1, 10.4, 'percent', 'investment in manufacturing', 'increase', 'year_on_year', None, None, MOFCOM),
        ('96.2 billion yuan', 1, 96.2e9, 'CNY', 'non-financial ODI', None, None, None, per('In November', 2025, 11), MOFCOM),
        ('2.3 percent', 1, 2.3, 'percent', 'non-financial ODI', 'decrease', 'year_on_year', None, per('In November', 2025, 11), MOFCOM),
        ('1.3 percent', 1, 1.3, 'percent', 'non-financial ODI', 'decrease', 'month_on_month', None, per('In November', 2025, 11), MOFCOM),
        ('1,101.5 billion yuan', 1, 1101.5e9, 'CNY', 'turnover of completed foreign contracted projects', None, None, None, fJN, MOFCOM),
        ('4.6 percent', 1, 4.6, 'percent', 'turnover of completed foreign contracted projects', 'increase', 'year_on_year', None, fJN, MOFCOM),
        ('1,685.0 billion yuan', 1, 1685.0e9, 'CNY', 'value of newly signed foreign contracted projects', None, None, None, fJN, MOFCOM),
        ('9.1 percent', 1, 9.1, 'percent', 'value of newly signed foreign contracted projects', 'increase', 'year_on_year', None, fJN, MOFCOM),
        ('418,000', 1, 418000, 'count', 'workers dispatched abroad', None, None, None, END, MOFCOM),
        ('21,000', 1, 21000, 'count', 'workers dispatched abroad', 'increase', 'year_on_year', None, END, MOFCOM),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
