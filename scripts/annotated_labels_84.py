# ruff: noqa: E501, RUF001
"""Write corpus/annotated_84/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_84.py corpus/annotated_84
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
ABS = "Australian Bureau of Statistics"
SPG = "S&P Global"
CBUAE = "Central Bank of the UAE"
FCSC = "Federal Competitiveness and Statistics Centre"
LOW = "Lowe's"
HD = "Home Depot"
SA = "StreetAccount"
CAO = "Cabinet Office"
BOK = "Bank of Korea"
TE = "Trading Economics"
WGC = "World Gold Council"
CFTC = "Commodity Futures Trading Commission"
CME = "CME Group"
MORTH = "Ministry of Road Transport and Highways"
GIE = "Gas Infrastructure Europe"
NBS = "National Bureau of Statistics"

# 8401 ONS regional GDP (ref Thursday 2025-04-24)
Y23 = Y("in 2023", 2023)
Y22 = Y("in 2022", 2022)
B2223 = P("between 2022 and 2023", "2023-01-01", "2023-12-31")
B9823 = P("Between 1998 and 2023", "1998-01-01", "2023-12-31")
# 8402 Reuters 1987 (ref Wednesday 1987-03-04)
JAN = per("in January", 1987, 1)
DEC = per("in December", 1986, 12)
# 8403 Reuters 2025 (ref Wednesday 2025-11-05)
OCT = per("in October", 2025, 10)
SEP = per("in September", 2025, 9)
# 8404 CNBC (ref Wednesday 2025-11-19)
Q3L = P("in the three months ended Oct. 31", "2025-08-01", "2025-10-31")
INQ = P("in the quarter", "2025-08-01", "2025-10-31")
FY25 = P("fiscal 2025", "2025-02-01", "2026-01-31")
HDQ = P("in the quarter ended Nov. 2", "2025-08-04", "2025-11-02")
# 8405 MT Newswires (ref Tuesday 2025-05-20, EDT)
MAR = per("in March", 2025, 3)
FEB = per("in February", 2025, 2)
JMQ = Q("For the January-March quarter", 2025, 1)
AJQ = Q("in April-June", 2025, 2)
# 8406 Trading Economics (ref Thursday 2025-11-06)
S25 = per("in September 2025", 2025, 9)
ISEP = per("In September", 2025, 9)
# 8407 Investing.com (ref Tuesday 2025-11-18)
ET = P("By 04:20 ET", None, None)
FEDDEC = per("at the Fed's December meeting", 2025, 12)
# 8408 Business Standard (ref Wednesday 2025-10-01)
BSEP = per("in September", 2025, 9)
FY26 = P("for FY26", "2025-04-01", "2026-03-31")
# 8409 DG ENER (ref Monday 2025-01-20)
EQ3 = P("At the end of the third quarter of 2024", "2024-09-30", "2024-09-30")
S30 = P("on 30 September 2024", "2024-09-30", "2024-09-30")
# 8410 NBS (ref Monday 2024-12-16)
JN = P("From January to November", "2024-01-01", "2024-11-30")
F11 = P("In the first eleven months", "2024-01-01", "2024-11-30")
JNH = P("In January-November", "2024-01-01", "2024-11-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_gdp_output_approach_regions.txt': [
        ('4', 1, 4, 'count', 'UK countries and English regions where real GDP per head rose', None, None, None, Y23, None),
        ('0.6%', 1, 0.6, 'percent', 'UK real GDP per head', 'decrease', 'year_on_year', None, Y23, None),
        ('1.4%', 1, 1.4, 'percent', 'real GDP in Scotland', 'increase', 'year_on_year', None, Y23, None),
        ('1.1%', 1, 1.1, 'percent', 'real GDP in the North West', 'increase', 'year_on_year', None, Y23, None),
        ('0.8%', 1, 0.8, 'percent', 'real GDP in London', 'increase', 'year_on_year', None, Y23, None),
        ('1.7%', 1, 1.7, 'percent', 'real GDP in the East Midlands', 'decrease', 'year_on_year', None, Y23, None),
        ('£2,687.3 billion', 1, 2687.3e9, 'GBP', 'UK GDP at current market prices', 'increase', None, None, Y23, ONS),
        ('£2,526.4 billion', 1, 2526.4e9, 'GBP', 'UK GDP at current market prices', None, None, None, Y22, ONS),
        ('22.8%', 1, 22.8, 'percent', 'London share of UK GDP', None, None, None, Y23, ONS),
        ('14.9%', 1, 14.9, 'percent', 'South East share of UK GDP', None, None, None, Y23, ONS),
        ('0.3%', 1, 0.3, 'percent', 'UK real GDP', 'increase', 'year_on_year', None, B2223, ONS),
        ('0.6%', 2, 0.6, 'percent', 'real GDP in the North East', 'increase', 'year_on_year', None, B2223, ONS),
        ('0.2%', 1, 0.2, 'percent', 'real GDP in Yorkshire and The Humber', 'increase', 'year_on_year', None, B2223, ONS),
        ('0.9%', 1, 0.9, 'percent', 'real GDP in Wales', 'decrease', 'year_on_year', None, B2223, ONS),
        ('£57,910', 1, 57910, 'GBP', 'real GDP per head in London', None, None, None, Y23, ONS),
        ('twice', 1, 2, 'times', "real GDP per head in London relative to the North East's", None, None, 'approximately', Y23, ONS),
        ('£28,640', 1, 28640, 'GBP', 'real GDP per head in the North East', None, None, None, Y23, ONS),
        ('1.3%', 1, 1.3, 'percent', 'real GDP per head in Wales', 'decrease', 'year_on_year', None, Y23, ONS),
        ('1.0%', 1, 1.0, 'percent', 'real GDP per head in the West Midlands', 'decrease', 'year_on_year', None, Y23, ONS),
        ('0.5 percentage points', 1, 0.5, 'percentage_point', 'real GDP growth for Scotland revision', 'increase', None, None, Y22, ONS),
        ('3.9%', 1, 3.9, 'percent', 'real GDP growth for Scotland', 'increase', None, None, Y22, ONS),
        ('5.2%', 1, 5.2, 'percent', 'growth for Northern Ireland', None, None, None, Y22, ONS),
        ('4.6%', 1, 4.6, 'percent', 'growth for Northern Ireland', 'decrease', None, None, Y22, ONS),
        ('1.8%', 1, 1.8, 'percent', 'average annual growth of real GDP per head in London', 'increase', 'year_on_year', None, B9823, ONS),
        ('0.7%', 1, 0.7, 'percent', 'average annual growth of real GDP per head in Wales', 'increase', 'year_on_year', None, B9823, ONS),
    ],
    'wire_1987_australian_retail_trade_turnover.txt': [
        ('1.2 PCT', 1, 1.2, 'percent', 'Australian retail turnover', 'decrease', None, None, per('IN JANUARY', 1987, 1), None),
        ('1.2 pct', 1, 1.2, 'percent', 'Australian retail turnover', 'decrease', 'month_on_month', None, JAN, ABS),
        ('5.08 billion dlrs', 1, 5.08e9, 'AUD', 'Australian retail turnover', 'decrease', None, None, JAN, ABS),
        ('2.1 pct', 1, 2.1, 'percent', 'Australian retail turnover', 'increase', 'month_on_month', None, DEC, ABS),
        ('1.7 pct', 1, 1.7, 'percent', 'Australian retail turnover', 'increase', 'month_on_month', None, per('December', 1986, 12), ABS),
        ('0.5 pct', 1, 0.5, 'percent', 'retail turnover', 'decrease', None, 'approximately', per('January', 1987, 1), None),
        ('4.6 pct', 1, 4.6, 'percent', 'turnover', 'increase', 'year_on_year', None, JAN, ABS),
        ('3.8 pct', 1, 3.8, 'percent', 'department store sales', 'decrease', 'month_on_month', None, per('In January', 1987, 1), ABS),
        ('612.4 mln dlrs', 1, 612.4e6, 'AUD', 'department store sales', 'decrease', None, None, per('In January', 1987, 1), ABS),
        ('0.4 pct', 1, 0.4, 'percent', "food retailers' turnover", 'increase', 'month_on_month', None, per('In January', 1987, 1), ABS),
        ('1.91 billion', 1, 1.91e9, 'AUD', "food retailers' turnover", 'increase', None, None, per('In January', 1987, 1), ABS),
        ('2.6 pct', 1, 2.6, 'percent', 'clothing and footwear sales', 'decrease', 'month_on_month', None, per('In January', 1987, 1), ABS),
        ('1.5 pct', 1, 1.5, 'percent', 'seasonally adjusted turnover in New South Wales', 'decrease', None, None, None, ABS),
        ('1.79 billion dlrs', 1, 1.79e9, 'AUD', 'seasonally adjusted turnover in New South Wales', 'decrease', None, None, None, ABS),
        ('1.1 pct', 1, 1.1, 'percent', 'seasonally adjusted turnover in Victoria', 'decrease', None, None, None, ABS),
        ('1.33 billion', 1, 1.33e9, 'AUD', 'seasonally adjusted turnover in Victoria', 'decrease', None, None, None, ABS),
        ('0.7 pct', 1, 0.7, 'percent', 'seasonally adjusted turnover in Queensland', 'decrease', None, None, None, ABS),
        ('0.3 pct', 1, 0.3, 'percent', 'seasonally adjusted turnover in Western Australia', 'decrease', None, None, None, ABS),
        ('0.5 pct', 2, 0.5, 'percent', 'turnover in South Australia', 'increase', None, None, None, ABS),
        ('1.9 pct', 1, 1.9, 'percent', 'turnover', 'increase', 'period_on_period', None, P('In the three months to January', '1986-11-01', '1987-01-31'), ABS),
        ('2.15 billion dlrs', 1, 2.15e9, 'AUD', 'turnover at constant 1979/80 prices', None, None, None, per('January', 1987, 1), ABS),
        ('0.9 pct', 1, 0.9, 'percent', 'turnover at constant 1979/80 prices', 'decrease', 'year_on_year', None, per('January', 1987, 1), ABS),
        ('4.81 billion dlrs', 1, 4.81e9, 'AUD', 'unadjusted turnover', 'decrease', None, None, JAN, ABS),
        ('6.22 billion', 1, 6.22e9, 'AUD', 'unadjusted turnover', None, None, None, DEC, ABS),
    ],
    'wire_2025_uae_non_oil_pmi.txt': [
        ('54.3', 1, 54.3, 'index_point', 'UAE PMI', 'increase', None, None, OCT, None),
        ('54.3', 2, 54.3, 'index_point', "seasonally adjusted S&P Global UAE Purchasing Managers' Index", 'increase', None, None, OCT, SPG),
        ('53.3', 1, 53.3, 'index_point', "seasonally adjusted S&P Global UAE Purchasing Managers' Index", None, None, None, SEP, SPG),
        ('54.0', 1, 54.0, 'index_point', 'headline reading average', None, None, None, Q('in the third quarter', 2025, 3), SPG),
        ('58.6', 1, 58.6, 'index_point', 'new orders sub-index', 'increase', None, None, None, SPG),
        ('55.9', 1, 55.9, 'index_point', 'new orders sub-index', None, None, None, None, SPG),
        ('57.1', 1, 57.1, 'index_point', 'output index', 'increase', None, None, None, SPG),
        ('56.8', 1, 56.8, 'index_point', 'output index', None, None, None, None, SPG),
        ('50.6', 1, 50.6, 'index_point', 'employment index', 'decrease', None, None, OCT, SPG),
        ('51.4', 1, 51.4, 'index_point', 'employment index', None, None, None, SEP, SPG),
        ('54.8', 1, 54.8, 'index_point', 'input prices index', None, None, None, None, SPG),
        ('14%', 1, 14, 'percent', 'share of firms expecting activity to increase', 'decrease', None, 'approximately', OCT, SPG),
        ('21%', 1, 21, 'percent', 'share of firms expecting activity to increase', None, None, None, SEP, SPG),
        ('54.5', 1, 54.5, 'index_point', "Dubai's PMI", 'increase', None, None, OCT, SPG),
        ('53.6', 1, 53.6, 'index_point', "Dubai's PMI", None, None, None, SEP, SPG),
        ('3.9%', 1, 3.9, 'percent', 'UAE economy', 'increase', 'year_on_year', None, Q('in the second quarter', 2025, 2), FCSC),
        ('5.3%', 1, 5.3, 'percent', 'non-oil activity', 'increase', 'year_on_year', None, Q('in the second quarter', 2025, 2), FCSC),
        ('4.5%', 1, 4.5, 'percent', 'non-oil GDP', 'increase', None, None, Y('this year', 2025), CBUAE),
        ('4.8%', 1, 4.8, 'percent', 'non-oil GDP', 'increase', None, None, Y('in 2026', 2026), CBUAE),
        ('400', 1, 400, 'count', 'private sector firms surveyed', None, None, 'approximately', P('between Oct. 9 and Oct. 28', '2025-10-09', '2025-10-28'), SPG),
    ],
    'cnbc_style_home_depot_lowes_earnings.txt': [
        ('2.1%', 1, 2.1, 'percent', 'average ticket', 'increase', None, None, None, None),
        ('$3.06', 1, 3.06, 'USD', 'adjusted earnings per share', None, None, None, None, LOW),
        ('$2.97', 1, 2.97, 'USD', 'adjusted earnings per share', None, None, None, None, None),
        ('$20.81 billion', 1, 20.81e9, 'USD', 'revenue', None, None, None, None, LOW),
        ('$20.86 billion', 1, 20.86e9, 'USD', 'revenue', None, None, None, None, None),
        ('0.4%', 1, 0.4, 'percent', 'comparable sales', 'increase', None, None, Q3L, LOW),
        ('0.1%', 1, 0.1, 'percent', 'comparable sales', 'decrease', None, None, Q3L, SA),
        ('1.6%', 1, 1.6, 'percent', 'comparable transactions', 'decrease', 'year_on_year', None, Q3L, LOW),
        ('2.1%', 2, 2.1, 'percent', 'average ticket', 'increase', 'year_on_year', None, Q3L, LOW),
        ('$105.14', 1, 105.14, 'USD', 'average ticket', 'increase', None, None, Q3L, LOW),
        ('$1.62 billion', 1, 1.62e9, 'USD', 'net income', 'decrease', None, None, INQ, LOW),
        ('$2.88', 1, 2.88, 'USD', 'earnings per share', 'decrease', None, None, INQ, LOW),
        ('$1.70 billion', 1, 1.70e9, 'USD', 'net income', None, None, None, P('a year earlier', '2024-08-01', '2024-10-31'), LOW),
        ('$3.01', 1, 3.01, 'USD', 'earnings per share', None, None, None, P('a year earlier', '2024-08-01', '2024-10-31'), LOW),
        ('3.2%', 1, 3.2, 'percent', 'revenue', 'increase', 'year_on_year', None, INQ, LOW),
        ('$20.17 billion', 1, 20.17e9, 'USD', 'revenue', None, None, None, P('in the year-ago period', '2024-08-01', '2024-10-31'), LOW),
        ('$86 billion', 1, 86e9, 'USD', 'sales', 'increase', None, None, FY25, LOW),
        ('$86.5 billion', 1, 86.5e9, 'USD', 'sales', 'increase', None, None, FY25, LOW),
        ('$84.5 billion', 1, 84.5e9, 'USD', 'sales', None, None, None, FY25, LOW),
        ('$85.5 billion', 1, 85.5e9, 'USD', 'sales', None, None, None, FY25, LOW),
        ('$12.25', 1, 12.25, 'USD', 'adjusted earnings per share', None, None, 'approximately', FY25, LOW),
        ('$12.31', 1, 12.31, 'USD', 'adjusted earnings per share', None, None, None, FY25, SA),
        ('0.2%', 1, 0.2, 'percent', 'total comparable sales', 'increase', None, None, HDQ, HD),
        ('0.1%', 2, 0.1, 'percent', 'U.S. comparable sales', 'increase', None, None, HDQ, HD),
        ('1.3%', 1, 1.3, 'percent', 'total comparable sales', 'increase', None, None, HDQ, SA),
        ('1.4%', 1, 1.4, 'percent', 'comparable transactions', 'decrease', None, None, HDQ, HD),
        ('1.7%', 1, 1.7, 'percent', 'average ticket', 'increase', None, None, HDQ, HD),
        ('$90.39', 1, 90.39, 'USD', 'average ticket', 'increase', None, None, HDQ, HD),
        ('3%', 1, 3, 'percent', "Lowe's shares", 'increase', None, 'approximately', P('on Wednesday', '2025-11-19', '2025-11-19'), LOW),
        ('7%', 1, 7, 'percent', "Lowe's stock", 'decrease', None, 'approximately', P('so far this year', '2025-01-01', '2025-11-19'), LOW),
    ],
    'mt_newswires_japan_core_machinery_orders_forecast.txt': [
        ('13.0%', 1, 13.0, 'percent', 'Japan core machinery orders', 'increase', None, None, MAR, None),
        ('13.0%', 2, 13.0, 'percent', "Japan's core machinery orders", 'increase', 'month_on_month', None, MAR, CAO),
        ('4.3%', 1, 4.3, 'percent', "Japan's core machinery orders", 'increase', 'month_on_month', None, FEB, CAO),
        ('1.6%', 1, 1.6, 'percent', 'core machinery orders', 'decrease', 'month_on_month', None, MAR, None),
        ('8.4%', 1, 8.4, 'percent', 'core orders', 'increase', 'year_on_year', None, MAR, CAO),
        ('2.8%', 1, 2.8, 'percent', 'core orders', 'increase', 'year_on_year', None, MAR, None),
        ('1.5%', 1, 1.5, 'percent', 'core orders', 'increase', 'year_on_year', None, FEB, CAO),
        ('1.8%', 1, 1.8, 'percent', 'core orders', None, 'year_on_year', None, FEB, CAO),
        ('9.8%', 1, 9.8, 'percent', 'orders from manufacturers', 'increase', 'month_on_month', None, per('In March', 2025, 3), CAO),
        ('14.6%', 1, 14.6, 'percent', "non-manufacturers' orders excluding ships and power", 'increase', 'month_on_month', None, per('In March', 2025, 3), CAO),
        ('0.9%', 1, 0.9, 'percent', 'core orders', 'decrease', 'quarter_on_quarter', None, JMQ, CAO),
        ('2.69 trillion yen', 1, 2.69e12, 'JPY', 'core orders', 'decrease', None, None, JMQ, CAO),
        ('2.7%', 1, 2.7, 'percent', 'core orders', 'decrease', 'quarter_on_quarter', None, JMQ, CAO),
        ('4.2%', 1, 4.2, 'percent', 'core orders', 'decrease', 'quarter_on_quarter', None, AJQ, CAO),
        ('5.6%', 1, 5.6, 'percent', 'orders from manufacturers', 'decrease', 'quarter_on_quarter', None, AJQ, CAO),
        ('2.1%', 1, 2.1, 'percent', 'orders from non-manufacturers', 'decrease', 'quarter_on_quarter', None, AJQ, CAO),
        ('2.0%', 1, 2.0, 'percent', 'total machinery orders', 'increase', 'month_on_month', None, MAR, CAO),
        ('9.1%', 1, 9.1, 'percent', 'foreign orders', 'decrease', 'month_on_month', None, MAR, CAO),
        ('967.7 billion yen', 1, 967.7e9, 'JPY', 'core orders', None, None, None, MAR, CAO),
    ],
    'trading_economics_style_south_korea_current_account.txt': [
        ('USD 13.48 billion', 1, 13.48e9, 'USD', "South Korea's current account surplus", 'increase', None, None, S25, BOK),
        ('USD 10.78 billion', 1, 10.78e9, 'USD', "South Korea's current account surplus", None, None, None, per('in the same month a year earlier', 2024, 9), BOK),
        ('USD 10.27 billion', 1, 10.27e9, 'USD', "South Korea's current account surplus", None, None, None, per('in August', 2025, 8), BOK),
        ('USD 14.07 billion', 1, 14.07e9, 'USD', 'goods account surplus', 'increase', None, None, ISEP, BOK),
        ('USD 11.22 billion', 1, 11.22e9, 'USD', 'goods account surplus', None, None, None, per('a year ago', 2024, 9), BOK),
        ('13.5%', 1, 13.5, 'percent', 'exports', 'increase', 'year_on_year', None, ISEP, BOK),
        ('USD 65.85 billion', 1, 65.85e9, 'USD', 'exports', 'increase', None, None, ISEP, BOK),
        ('7.2%', 1, 7.2, 'percent', 'imports', 'increase', 'year_on_year', None, ISEP, BOK),
        ('USD 51.78 billion', 1, 51.78e9, 'USD', 'imports', 'increase', None, None, ISEP, BOK),
        ('22.1%', 1, 22.1, 'percent', 'shipments of semiconductors', 'increase', 'year_on_year', None, ISEP, BOK),
        ('11.4%', 1, 11.4, 'percent', 'shipments of passenger cars', 'increase', 'year_on_year', None, ISEP, BOK),
        ('USD 1.86 billion', 1, 1.86e9, 'USD', 'services account deficit', 'decrease', None, None, None, BOK),
        ('USD 2.34 billion', 1, 2.34e9, 'USD', 'services account deficit', None, None, None, None, BOK),
        ('USD 1.12 billion', 1, 1.12e9, 'USD', 'travel shortfall', None, None, None, None, BOK),
        ('USD 1.65 billion', 1, 1.65e9, 'USD', 'primary income surplus', 'decrease', None, None, None, BOK),
        ('USD 2.07 billion', 1, 2.07e9, 'USD', 'primary income surplus', None, None, None, None, BOK),
        ('USD 82.77 billion', 1, 82.77e9, 'USD', 'cumulative current account surplus', None, None, None, P('In the January to September period', '2025-01-01', '2025-09-30'), BOK),
        ('USD 63.33 billion', 1, 63.33e9, 'USD', 'cumulative current account surplus', None, None, None, P('a year earlier', '2024-01-01', '2024-09-30'), BOK),
        ('USD 1,845.3 million', 1, 1845.3e6, 'USD', "South Korea's current account average", None, None, None, P('Between 1980 and 2025', '1980-01-01', '2025-12-31'), BOK),
        ('USD 13,480 million', 1, 13480e6, 'USD', "South Korea's current account all-time high", None, None, None, S25, BOK),
        ('USD -8,461.5 million', 1, -8461.5e6, 'USD', "South Korea's current account record low", 'decrease', None, None, per('in December 1997', 1997, 12), BOK),
        ('USD 9,800 million', 1, 9800e6, 'USD', 'current account in South Korea', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('USD 8,500 million', 1, 8500e6, 'USD', 'South Korea Current Account', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('USD 8,200 million', 1, 8200e6, 'USD', 'South Korea Current Account', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_jpy_gold_safe_haven_flows.txt': [
        ('1.4%', 1, 1.4, 'percent', 'spot gold', 'increase', None, None, ET, None),
        ('$4,102.35', 1, 4102.35, 'USD', 'spot gold', 'increase', None, None, ET, None),
        ('1.2%', 1, 1.2, 'percent', 'gold futures for December delivery', 'increase', None, None, ET, None),
        ('$4,109.80', 1, 4109.80, 'USD', 'gold futures for December delivery', 'increase', None, None, ET, None),
        ('0.8%', 1, 0.8, 'percent', 'spot silver', 'increase', None, None, ET, None),
        ('$51.18', 1, 51.18, 'USD', 'spot silver', 'increase', None, None, ET, None),
        ('0.3%', 1, 0.3, 'percent', 'platinum', 'decrease', None, None, ET, None),
        ('0.6%', 1, 0.6, 'percent', 'USD/JPY', 'decrease', None, None, None, None),
        ('154.62', 1, 154.62, 'JPY', 'USD/JPY', 'decrease', None, None, None, None),
        ('0.8%', 2, 0.8, 'percent', 'EUR/JPY', 'decrease', None, None, None, None),
        ('179.05', 1, 179.05, 'JPY', 'EUR/JPY', 'decrease', None, None, None, None),
        ('1.1%', 1, 1.1, 'percent', 'AUD/JPY', 'decrease', None, None, None, None),
        ('0.2%', 1, 0.2, 'percent', 'dollar index', 'decrease', None, None, None, None),
        ('99.35', 1, 99.35, 'index_point', 'dollar index', 'decrease', None, None, None, None),
        ('6 basis points', 1, 6, 'basis_point', 'yield on the benchmark 10-year Treasury note', 'decrease', None, None, None, None),
        ('4.07%', 1, 4.07, 'percent', 'yield on the benchmark 10-year Treasury note', 'decrease', None, None, None, None),
        ('4 basis points', 1, 4, 'basis_point', 'two-year yield', 'decrease', None, None, None, None),
        ('3.57%', 1, 3.57, 'percent', 'two-year yield', 'decrease', None, None, None, None),
        ('56%', 1, 56, 'percent', 'bullion', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-11-18'), None),
        ('$4,381.21', 1, 4381.21, 'USD', 'gold record high', None, None, None, P('on Oct. 20', '2025-10-20', '2025-10-20'), None),
        ('18 tonnes', 1, 18, 'tonne', 'holdings of global gold-backed ETFs', 'increase', None, None, P('last week', '2025-11-10', '2025-11-16'), WGC),
        ('3,892 tonnes', 1, 3892, 'tonne', 'holdings of global gold-backed ETFs', 'increase', None, None, P('last week', '2025-11-10', '2025-11-16'), WGC),
        ('48,500 contracts', 1, 48500, 'count', 'net short positions in the yen', 'increase', None, None, P('in the week to Nov. 11', '2025-11-05', '2025-11-11'), CFTC),
        ('41,200 contracts', 1, 41200, 'count', 'net short positions in the yen', None, None, None, P('a week earlier', '2025-10-29', '2025-11-04'), CFTC),
        ('47%', 1, 47, 'percent', 'chance of a quarter-point rate cut', 'decrease', None, None, FEDDEC, CME),
        ('quarter-point', 1, 0.25, 'percentage_point', 'Fed rate cut', 'decrease', None, None, FEDDEC, CME),
        ('62%', 1, 62, 'percent', 'chance of a quarter-point rate cut', None, None, None, P('a week ago', '2025-11-11', '2025-11-11'), CME),
    ],
    'business_standard_style_ev_two_wheeler_registrations_vahan.txt': [
        ('8%', 1, 8, 'percent', 'E-2W registrations', 'increase', None, None, per('in Sept', 2025, 9), None),
        ('8.2 per cent', 1, 8.2, 'percent', 'electric two-wheeler registrations', 'increase', 'year_on_year', None, BSEP, MORTH),
        ('98,761 units', 1, 98761, 'count', 'electric two-wheeler registrations', 'increase', None, None, BSEP, MORTH),
        ('21,920 units', 1, 21920, 'count', 'TVS Motor e-2W registrations', None, None, None, BSEP, MORTH),
        ('18,405 units', 1, 18405, 'count', 'Bajaj Auto e-2W registrations', None, None, None, BSEP, MORTH),
        ('17,136 units', 1, 17136, 'count', 'Ather Energy e-2W registrations', None, None, None, BSEP, MORTH),
        ('12,230 units', 1, 12230, 'count', 'Ola Electric e-2W registrations', None, None, None, BSEP, MORTH),
        ('48 per cent', 1, 48, 'percent', 'Ola Electric e-2W registrations', 'decrease', 'year_on_year', None, BSEP, MORTH),
        ('23,512 units', 1, 23512, 'count', 'Ola Electric e-2W registrations', None, None, None, per('a year ago', 2024, 9), MORTH),
        ('22.2 per cent', 1, 22.2, 'percent', 'TVS market share', None, None, None, per('last month', 2025, 9), MORTH),
        ('18.6 per cent', 1, 18.6, 'percent', 'Bajaj market share', None, None, None, per('last month', 2025, 9), MORTH),
        ('17.4 per cent', 1, 17.4, 'percent', "Ather's market share", 'increase', None, None, per('last month', 2025, 9), MORTH),
        ('11.1 per cent', 1, 11.1, 'percent', "Ather's market share", None, None, None, per('in September 2024', 2024, 9), MORTH),
        ('11,856 units', 1, 11856, 'count', "Hero MotoCorp's Vida e-2W registrations", None, None, None, BSEP, MORTH),
        ('2.3 times', 1, 2.3, 'times', "Hero MotoCorp's Vida e-2W registrations", 'increase', 'year_on_year', None, BSEP, MORTH),
        ('5,180 units', 1, 5180, 'count', "Hero MotoCorp's Vida e-2W registrations", None, None, None, per('a year earlier', 2024, 9), MORTH),
        ('5,82,140 units', 1, 582140, 'count', 'e-2W registrations', None, None, None, P('During April-September of FY26', '2025-04-01', '2025-09-30'), MORTH),
        ('6.5 per cent', 1, 6.5, 'percent', 'e-2W registrations', 'increase', 'year_on_year', None, P('During April-September of FY26', '2025-04-01', '2025-09-30'), MORTH),
        ('5.46 lakh units', 1, 546000, 'count', 'e-2W registrations', None, None, None, P('in the corresponding period of FY25', '2024-04-01', '2024-09-30'), MORTH),
        ('5.9 per cent', 1, 5.9, 'percent', 'electric models share of two-wheeler registrations', None, None, None, BSEP, MORTH),
        ('6.3 per cent', 1, 6.3, 'percent', 'electric models share of two-wheeler registrations', None, None, None, per('in August', 2025, 8), MORTH),
        ('₹2,500', 1, 2500, 'INR', 'demand incentive for e-2Ws', 'decrease', None, None, FY26, None),
        ('₹5,000', 1, 5000, 'INR', 'cap on the demand incentive per vehicle', None, None, None, FY26, None),
        ('15', 1, 15, 'percent', 'e-2W registrations', 'increase', None, None, P('in the October-November festive period', '2025-10-01', '2025-11-30'), None),
        ('20 per cent', 1, 20, 'percent', 'e-2W registrations', 'increase', None, None, P('in the October-November festive period', '2025-10-01', '2025-11-30'), None),
    ],
    'eu_energy_style_gas_storage_by_member_state.txt': [
        ('1,069 TWh', 1, 1069, 'terawatt hour', 'gas held in EU underground gas storage sites', None, None, None, EQ3, None),
        ('94.6%', 1, 94.6, 'percent', 'EU storage filling level', None, None, None, EQ3, None),
        ('95.9%', 1, 95.9, 'percent', 'EU storage filling level', None, None, None, P('on 30 September 2023', '2023-09-30', '2023-09-30'), None),
        ('90%', 1, 90, 'percent', 'filling target of the Gas Storage Regulation', None, None, None, None, None),
        ('187 TWh', 1, 187, 'terawatt hour', 'net injections', None, None, None, Q('in the third quarter of 2024', 2024, 3), None),
        ('12%', 1, 12, 'percent', 'net injections', 'decrease', 'year_on_year', None, Q('in the third quarter of 2024', 2024, 3), None),
        ('3.4 TWh', 1, 3.4, 'terawatt hour', 'daily injection rate peak', None, None, 'approximately', P('on 14 July', '2024-07-14', '2024-07-14'), None),
        ('95.1%', 1, 95.1, 'percent', 'German storage filling level', None, None, None, S30, GIE),
        ('236 TWh', 1, 236, 'terawatt hour', 'gas held in German storage sites', None, None, None, S30, GIE),
        ('97.8%', 1, 97.8, 'percent', 'Italy storage filling level', None, None, None, S30, GIE),
        ('99.3%', 1, 99.3, 'percent', 'France storage filling level', None, None, None, S30, GIE),
        ('71.2%', 1, 71.2, 'percent', 'filling level in Latvia', None, None, None, None, GIE),
        ('82.6%', 1, 82.6, 'percent', 'filling level in Hungary', None, None, None, None, GIE),
        ('85.3%', 1, 85.3, 'percent', 'filling level in Croatia', None, None, None, None, GIE),
        ('90%', 2, 90, 'percent', "Austria's storage capacity as a share of its annual gas consumption", None, None, 'approximately', None, GIE),
        ('92.4%', 1, 92.4, 'percent', 'filling level in Austria', None, None, None, None, GIE),
        ('45%', 1, 45, 'percent', "Germany's intermediate filling target", None, None, 'at_least', P('by 1 February 2025', '2025-02-01', '2025-02-01'), None),
        ('41%', 1, 41, 'percent', "Italy's intermediate filling target", None, None, 'at_least', P('by 1 February 2025', '2025-02-01', '2025-02-01'), None),
        ('40%', 1, 40, 'percent', "France's intermediate filling target", None, None, 'at_least', P('by 1 February 2025', '2025-02-01', '2025-02-01'), None),
        ('22 TWh', 1, 22, 'terawatt hour', 'net withdrawals', None, None, None, per('In October 2024', 2024, 10), GIE),
        ('93.1%', 1, 93.1, 'percent', 'EU storage filling level', 'decrease', None, None, P('on 1 November', '2024-11-01', '2024-11-01'), GIE),
        ('99.6%', 1, 99.6, 'percent', 'EU storage filling level', None, None, None, P('a year before', '2023-11-01', '2023-11-01'), GIE),
    ],
    'nbs_style_fixed_asset_investment_private_infrastructure.txt': [
        ('46,583.9 billion yuan', 1, 46583.9e9, 'CNY', 'national investment in fixed assets', None, None, None, JN, NBS),
        ('3.3 percent', 1, 3.3, 'percent', 'national investment in fixed assets', 'increase', 'year_on_year', None, JN, NBS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'growth rate of national investment in fixed assets', 'decrease', 'period_on_period', None, JN, NBS),
        ('7.4 percent', 1, 7.4, 'percent', 'investment excluding real estate development', 'increase', 'year_on_year', None, JN, NBS),
        ('0.10 percent', 1, 0.10, 'percent', 'investment in fixed assets', 'increase', 'month_on_month', None, per('in November', 2024, 11), NBS),
        ('0.5 percent', 1, 0.5, 'percent', 'private investment', 'decrease', 'year_on_year', None, F11, NBS),
        ('6.2 percent', 1, 6.2, 'percent', 'private investment excluding real estate development', 'increase', 'year_on_year', None, F11, NBS),
        ('50.6 percent', 1, 50.6, 'percent', 'private investment share of total investment', None, None, None, F11, NBS),
        ('1.9 percentage points', 1, 1.9, 'percentage_point', 'private investment share of total investment', 'decrease', 'year_on_year', None, F11, NBS),
        ('4.2 percent', 1, 4.2, 'percent', 'investment in infrastructure', 'increase', 'year_on_year', None, None, NBS),
        ('9.3 percent', 1, 9.3, 'percent', 'manufacturing investment', 'increase', 'year_on_year', None, None, NBS),
        ('2.6 percent', 1, 2.6, 'percent', 'investment in the primary industry', 'increase', 'year_on_year', None, None, NBS),
        ('12.0 percent', 1, 12.0, 'percent', 'investment in the secondary industry', 'increase', 'year_on_year', None, None, NBS),
        ('1.1 percent', 1, 1.1, 'percent', 'investment in the tertiary industry', 'decrease', 'year_on_year', None, None, NBS),
        ('41.7 percent', 1, 41.7, 'percent', 'investment in water conservancy management', 'increase', None, None, None, NBS),
        ('16.0 percent', 1, 16.0, 'percent', 'investment in railway transport', 'increase', None, None, None, NBS),
        ('20.3 percent', 1, 20.3, 'percent', 'investment in air transport', 'increase', None, None, None, NBS),
        ('9,302.4 billion yuan', 1, 9302.4e9, 'CNY', 'investment in real estate development', None, None, None, JNH, NBS),
        ('10.4 percent', 1, 10.4, 'percent', 'investment in real estate development', 'decrease', 'year_on_year', None, JNH, NBS),
        ('7,071.8 billion yuan', 1, 7071.8e9, 'CNY', 'residential investment', None, None, None, JNH, NBS),
        ('10.0 percent', 1, 10.0, 'percent', 'residential investment', 'decrease', 'year_on_year', None, JNH, NBS),
        ('8.8 percent', 1, 8.8, 'percent', 'investment in high-tech industries', 'increase', 'year_on_year', None, None, NBS),
        ('8.0 percent', 1, 8.0, 'percent', 'investment in high-tech manufacturing', 'increase', 'year_on_year', None, None, NBS),
        ('10.2 percent', 1, 10.2, 'percent', 'investment in high-tech services', 'increase', 'year_on_year', None, None, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
