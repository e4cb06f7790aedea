# ruff: noqa: E501, RUF001
"""Write corpus/annotated_73/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_73.py corpus/annotated_73
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
JDSA = "Japan Department Stores Association"
JCSA = "Japan Chain Stores Association"
PSA = "Philippine Statistics Authority"
REU = "Reuters"
DBCC = "Development Budget Coordination Committee"
DOL = "U.S. Department of Labor"
DJ = "Dow Jones"
FSO = "Federal Statistical Office"
BBG = "Bloomberg"
DANE = "National Administrative Department of Statistics"
BR = "Banco de la República"
GOC = "Government of Colombia"
TE = "Trading Economics"
EIA = "U.S. Energy Information Administration"
LSEG = "LSEG"
CEA = "Central Electricity Authority"
GRID = "Grid Controller of India"
MOC = "Ministry of Coal"
GIE = "Gas Infrastructure Europe"
NBS = "National Bureau of Statistics"

# 7301 ONS producer prices (ref Wednesday 2025-12-17)
YN25 = per("in the year to November 2025", 2025, 11)
YO25 = per("in the year to October 2025", 2025, 10)
N25 = per("in November 2025", 2025, 11)
M12N = per("in the 12 months to November 2025", 2025, 11)
# 7302 Reuters 1987 (ref Wednesday 1987-04-22)
MAR = per("in March", 1987, 3)
IMAR = per("In March", 1987, 3)
FEB = per("in February", 1987, 2)
FY86 = P("For the fiscal year ended March 31", "1986-04-01", "1987-03-31")
# 7303 Reuters 2025 (ref Wednesday 2025-12-10)
OCT = per("in October", 2025, 10)
SEP = per("In September", 2025, 9)
JO = P("From January to October", "2025-01-01", "2025-10-31")
Y25 = Y("in 2025", 2025)
# 7304 CNBC (ref Wednesday 2025-11-26)
W22 = P("for the week ended Nov. 22", "2025-11-16", "2025-11-22")
W15 = P("for the week ended Nov. 15", "2025-11-09", "2025-11-15")
IW15 = P("in the week ended Nov. 15", "2025-11-09", "2025-11-15")
# 7305 MT Newswires (ref Monday 2025-12-08)
GOCT = per("in October", 2025, 10)
IOCT = per("In October", 2025, 10)
GSEP = per("September", 2025, 9)
# 7306 Trading Economics (ref Friday 2025-11-14)
TQ25 = Q("in the third quarter of 2025", 2025, 3)
INQ3 = Q("in Q3", 2025, 3)
FY = Y("full-year", 2025)
# 7307 Investing.com (ref Thursday 2025-04-17)
ET = P("By 10:50 ET", None, None)
WK = P("in the week ended April 11", "2025-04-05", "2025-04-11")
# 7308 Business Standard (ref Wednesday 2025-12-03)
BNOV = per("in November", 2025, 11)
AO30 = P("as of November 30", "2025-11-30", "2025-11-30")
AN26 = P("During April-November of FY26", "2025-04-01", "2025-11-30")
# 7309 DG ENER (ref Wednesday 2024-04-10)
N1 = P("on 1 November", "2023-11-01", "2023-11-01")
ON1 = P("On 1 November", "2023-11-01", "2023-11-01")
# 7310 NBS (ref Monday 2025-12-15)
JN = P("From January to November", "2025-01-01", "2025-11-30")
F11 = P("In the first 11 months", "2025-01-01", "2025-11-30")
SAME = P("In the same period", "2025-01-01", "2025-11-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_producer_price_inflation_input_output.txt': [
        ('1.9%', 1, 1.9, 'percent', 'producer output prices', 'increase', 'year_on_year', None, YN25, None),
        ('2.2%', 1, 2.2, 'percent', 'producer output prices', None, 'year_on_year', None, YO25, None),
        ('2.1%', 1, 2.1, 'percent', 'producer output prices', None, 'year_on_year', None, per('October', 2025, 10), None),
        ('0.6%', 1, 0.6, 'percent', 'producer input prices', 'decrease', 'year_on_year', None, YN25, None),
        ('0.3%', 1, 0.3, 'percent', 'producer input prices', 'increase', 'year_on_year', None, per('in the year to October', 2025, 10), None),
        ('0.4%', 1, 0.4, 'percent', 'input prices', 'decrease', 'month_on_month', None, N25, None),
        ('0.58 percentage points', 1, 0.58, 'percentage_point', 'contribution of food products to the annual rate of output inflation', 'increase', 'year_on_year', None, N25, ONS),
        ('4.7%', 1, 4.7, 'percent', 'prices of food products', 'increase', 'year_on_year', None, N25, ONS),
        ('6.3%', 1, 6.3, 'percent', 'prices of petroleum products', 'decrease', 'year_on_year', None, M12N, ONS),
        ('1.2%', 1, 1.2, 'percent', 'prices of computer, electrical and optical products', 'decrease', 'year_on_year', None, M12N, ONS),
        ('Five', 1, 5, 'count', 'product groups with upward contributions to the annual rate of output inflation', None, None, None, None, ONS),
        ('0.02', 1, 0.02, 'percentage_point', 'upward contributions to the annual rate of output inflation', 'increase', 'year_on_year', None, None, ONS),
        ('0.58 percentage points', 2, 0.58, 'percentage_point', 'upward contributions to the annual rate of output inflation', 'increase', 'year_on_year', None, None, ONS),
        ('14.8%', 1, 14.8, 'percent', 'crude oil prices', 'decrease', 'year_on_year', None, YN25, ONS),
        ('0.91 percentage points', 1, 0.91, 'percentage_point', 'contribution of crude oil to the annual rate of input inflation', 'decrease', 'year_on_year', None, YN25, ONS),
        ('0.12 percentage points', 1, 0.12, 'percentage_point', 'contribution of metals and non-metallic minerals to the annual rate of input inflation', 'decrease', 'year_on_year', None, YN25, ONS),
        ('5.5%', 1, 5.5, 'percent', 'imported food materials', 'increase', 'year_on_year', None, YN25, ONS),
        ('3.1%', 1, 3.1, 'percent', 'home-produced food materials', 'increase', 'year_on_year', None, YN25, ONS),
        ('131.4', 1, 131.4, 'index_point', 'input index excluding food, beverages, tobacco and petroleum', None, None, None, N25, ONS),
        ('0.8%', 1, 0.8, 'percent', 'input index excluding food, beverages, tobacco and petroleum', 'increase', 'year_on_year', None, N25, ONS),
    ],
    'wire_1987_japan_department_store_sales.txt': [
        ('5.8 PCT', 1, 5.8, 'percent', 'Japan department store sales', 'increase', None, None, per('IN MARCH', 1987, 3), None),
        ('5.8 pct', 1, 5.8, 'percent', "sales at Japan's department stores", 'increase', 'year_on_year', None, MAR, JDSA),
        ('612.4 billion yen', 1, 612.4e9, 'JPY', "sales at Japan's department stores", 'increase', None, None, MAR, JDSA),
        ('3.1 pct', 1, 3.1, 'percent', 'department store sales', 'increase', 'year_on_year', None, FEB, JDSA),
        ('2.9 pct', 1, 2.9, 'percent', 'department store sales', None, 'year_on_year', None, FEB, JDSA),
        ('6.1 pct', 1, 6.1, 'percent', 'department store sales', 'increase', 'year_on_year', None, per('in November', 1986, 11), JDSA),
        ('30 pct', 1, 30, 'percent', 'Tokyo stores share of the national total', None, None, 'approximately', MAR, JDSA),
        ('7.2 pct', 1, 7.2, 'percent', 'sales at the major Tokyo stores', 'increase', None, None, MAR, JDSA),
        ('186.9 billion yen', 1, 186.9e9, 'JPY', 'sales at the major Tokyo stores', 'increase', None, None, MAR, JDSA),
        ('6.4 pct', 1, 6.4, 'percent', 'clothing sales', 'increase', 'year_on_year', None, IMAR, JDSA),
        ('4.9 pct', 1, 4.9, 'percent', 'food sales', 'increase', 'year_on_year', None, IMAR, JDSA),
        ('2.1 pct', 1, 2.1, 'percent', 'household goods sales', 'increase', 'year_on_year', None, IMAR, JDSA),
        ('1.8 pct', 1, 1.8, 'percent', 'furniture sales', 'decrease', 'year_on_year', None, IMAR, JDSA),
        ('38.6 pct', 1, 38.6, 'percent', 'clothing share of sales', None, None, None, per('March', 1987, 3), JDSA),
        ('22.4 pct', 1, 22.4, 'percent', 'food share of sales', None, None, None, per('March', 1987, 3), JDSA),
        ('11.3 pct', 1, 11.3, 'percent', 'personal effects share of sales', None, None, None, per('March', 1987, 3), JDSA),
        ('7,184 billion yen', 1, 7184e9, 'JPY', 'department store sales', None, None, None, FY86, JDSA),
        ('4.3 pct', 1, 4.3, 'percent', 'department store sales', 'increase', 'year_on_year', None, FY86, JDSA),
        ('6,888 billion', 1, 6888e9, 'JPY', 'department store sales', None, None, None, P('in the previous year', '1985-04-01', '1986-03-31'), JDSA),
        ('four', 1, 4, 'percent', 'department store sales', 'increase', None, None, per('in April', 1987, 4), JDSA),
        ('five pct', 1, 5, 'percent', 'department store sales', 'increase', None, None, per('in April', 1987, 4), JDSA),
        ('3.6 pct', 1, 3.6, 'percent', 'supermarket sales', 'increase', 'year_on_year', None, MAR, JCSA),
        ('1,045 billion yen', 1, 1045e9, 'JPY', 'supermarket sales', 'increase', None, None, MAR, JCSA),
    ],
    'wire_2025_philippine_trade_deficit.txt': [
        ('$4.12 billion', 1, 4.12e9, 'USD', "Philippines' trade deficit", 'decrease', None, None, OCT, PSA),
        ('$5.47 billion', 1, 5.47e9, 'USD', "Philippines' trade deficit", None, None, None, per('a year earlier', 2024, 10), PSA),
        ('$4.6 billion', 1, 4.6e9, 'USD', 'trade deficit', None, None, None, per('October', 2025, 10), REU),
        ('eight', 2, 8, 'count', 'economists in a Reuters poll', None, None, None, per('October', 2025, 10), REU),
        ('$4.38 billion', 1, 4.38e9, 'USD', 'trade deficit', None, None, None, per('in September', 2025, 9), PSA),
        ('17.2%', 1, 17.2, 'percent', 'exports', 'increase', 'year_on_year', None, OCT, PSA),
        ('$7.31 billion', 1, 7.31e9, 'USD', 'exports', 'increase', None, None, OCT, PSA),
        ('2.4%', 1, 2.4, 'percent', 'imports', 'decrease', 'year_on_year', None, OCT, PSA),
        ('$11.43 billion', 1, 11.43e9, 'USD', 'imports', 'decrease', None, None, OCT, PSA),
        ('11.6%', 1, 11.6, 'percent', 'exports', 'increase', 'year_on_year', None, SEP, PSA),
        ('3.9%', 1, 3.9, 'percent', 'imports', 'increase', 'year_on_year', None, SEP, PSA),
        ('half', 1, 0.5, 'fraction', "electronic products share of the country's outbound shipments", None, None, 'more_than', None, PSA),
        ('24.5%', 1, 24.5, 'percent', 'electronic products', 'increase', None, None, None, PSA),
        ('$4.02 billion', 1, 4.02e9, 'USD', 'electronic products', 'increase', None, None, None, PSA),
        ('21.8%', 1, 21.8, 'percent', 'semiconductors', 'increase', None, None, None, PSA),
        ('16.8%', 1, 16.8, 'percent', 'United States share of total exports', None, None, None, None, PSA),
        ('14.1%', 1, 14.1, 'percent', 'Japan share of total exports', None, None, None, None, PSA),
        ('12.9%', 1, 12.9, 'percent', 'Hong Kong share of total exports', None, None, None, None, PSA),
        ('$44.1 billion', 1, 44.1e9, 'USD', 'trade gap', None, None, None, JO, PSA),
        ('6.2%', 1, 6.2, 'percent', 'trade gap', 'decrease', 'year_on_year', None, JO, PSA),
        ('13.4%', 1, 13.4, 'percent', 'exports', 'increase', 'year_on_year', None, JO, PSA),
        ('4.6%', 1, 4.6, 'percent', 'imports', 'increase', 'year_on_year', None, JO, PSA),
        ('$108.9 billion', 1, 108.9e9, 'USD', 'imports', 'increase', None, None, JO, PSA),
        ('2%', 1, 2, 'percent', 'goods exports', 'increase', None, None, Y25, DBCC),
        ('3%', 1, 3, 'percent', 'goods exports', 'increase', None, None, Y25, DBCC),
        ('1%', 1, 1, 'percent', 'imports', 'decrease', None, None, Y25, DBCC),
        ('2%', 2, 2, 'percent', 'imports', 'decrease', None, None, Y25, DBCC),
    ],
    'cnbc_style_weekly_jobless_claims_continuing.txt': [
        ('216,000', 1, 216000, 'count', 'jobless claims', 'decrease', None, None, None, None),
        ('216,000', 2, 216000, 'count', 'initial claims', None, None, None, W22, DOL),
        ('6,000', 1, 6000, 'count', 'initial claims', 'decrease', 'period_on_period', None, W22, DOL),
        ('222,000', 1, 222000, 'count', 'initial claims', None, None, None, P('the previous week', '2025-11-09', '2025-11-15'), DOL),
        ('225,000', 1, 225000, 'count', 'initial claims', None, None, None, W22, DJ),
        ('1,000', 1, 1000, 'count', 'four-week moving average', 'decrease', None, None, None, DOL),
        ('223,750', 1, 223750, 'count', 'four-week moving average', 'decrease', None, None, None, DOL),
        ('7,000', 1, 7000, 'count', 'continuing claims', 'increase', None, None, W15, DOL),
        ('1.96 million', 1, 1.96e6, 'count', 'continuing claims', 'increase', None, None, W15, DOL),
        ('1.3%', 1, 1.3, 'percent', 'insured unemployment rate', None, None, None, W15, DOL),
        ('197,842', 1, 197842, 'count', 'claims before seasonal adjustment', None, None, None, W22, DOL),
        ('43,115', 1, 43115, 'count', 'claims before seasonal adjustment', 'decrease', 'period_on_period', None, W22, DOL),
        ('17.9%', 1, 17.9, 'percent', 'claims before seasonal adjustment', 'decrease', 'period_on_period', None, W22, DOL),
        ('38', 1, 38, 'count', 'states where filings fell', None, None, None, W22, DOL),
        ('13', 1, 13, 'count', 'states where filings rose', None, None, None, W22, DOL),
        ('-9,811', 1, -9811, 'count', 'filings in California', 'decrease', 'period_on_period', None, W22, DOL),
        ('-6,402', 1, -6402, 'count', 'filings in Texas', 'decrease', 'period_on_period', None, W22, DOL),
        ('1,206', 1, 1206, 'count', 'filings in Kentucky', 'increase', 'period_on_period', None, W22, DOL),
        ('917', 1, 917, 'count', 'filings in Michigan', 'increase', 'period_on_period', None, W22, DOL),
        ('1,124', 1, 1124, 'count', 'claims filed by federal civilian workers', 'decrease', None, None, IW15, DOL),
        ('2,604', 1, 2604, 'count', 'claims filed by federal civilian workers', 'decrease', None, None, IW15, DOL),
    ],
    'mt_newswires_germany_industrial_production.txt': [
        ('1.8%', 1, 1.8, 'percent', 'German industrial production', 'increase', None, None, GOCT, None),
        ('1.8%', 2, 1.8, 'percent', 'German industrial production', 'increase', 'month_on_month', None, GOCT, FSO),
        ('0.3%', 1, 0.3, 'percent', 'industrial production', 'increase', 'month_on_month', None, GOCT, BBG),
        ('1.1%', 1, 1.1, 'percent', 'industrial production', 'increase', 'month_on_month', None, GSEP, FSO),
        ('1.3%', 1, 1.3, 'percent', 'industrial production', None, 'month_on_month', None, GSEP, FSO),
        ('0.8%', 1, 0.8, 'percent', 'output', 'increase', 'year_on_year', None, IOCT, FSO),
        ('1.0%', 1, 1.0, 'percent', 'output', 'decrease', 'year_on_year', None, per('in September', 2025, 9), FSO),
        ('2.4%', 1, 2.4, 'percent', 'production excluding energy and construction', 'increase', 'month_on_month', None, GOCT, FSO),
        ('3.1%', 1, 3.1, 'percent', 'output in energy-intensive industries', 'increase', 'month_on_month', None, GOCT, FSO),
        ('0.7%', 1, 0.7, 'percent', 'construction', 'decrease', 'month_on_month', None, GOCT, FSO),
        ('1.9%', 1, 1.9, 'percent', 'energy production', 'decrease', 'month_on_month', None, GOCT, FSO),
        ('2.9%', 1, 2.9, 'percent', 'capital goods output', 'increase', 'month_on_month', None, None, FSO),
        ('1.2%', 1, 1.2, 'percent', 'intermediate goods output', 'increase', 'month_on_month', None, None, FSO),
        ('0.4%', 1, 0.4, 'percent', 'consumer goods production', 'decrease', 'month_on_month', None, None, FSO),
        ('5.6%', 1, 5.6, 'percent', 'car makers', 'increase', 'month_on_month', None, None, FSO),
        ('2.2%', 1, 2.2, 'percent', 'machinery and equipment', 'increase', 'month_on_month', None, None, FSO),
        ('0.9%', 1, 0.9, 'percent', 'production', 'decrease', 'period_on_period', None, P('from August to October', '2025-08-01', '2025-10-31'), FSO),
        ('0.6%', 1, 0.6, 'percent', 'real manufacturing turnover', 'increase', 'month_on_month', None, GOCT, FSO),
        ('1.5%', 1, 1.5, 'percent', 'real manufacturing turnover', 'decrease', 'year_on_year', None, GOCT, FSO),
    ],
    'trading_economics_style_colombia_gdp_growth.txt': [
        ('3.6%', 1, 3.6, 'percent', 'Colombia GDP growth', 'increase', None, None, INQ3, None),
        ('3.6%', 2, 3.6, 'percent', 'Colombian economy', 'increase', 'year_on_year', None, TQ25, DANE),
        ('2.3%', 1, 2.3, 'percent', 'Colombian economy', None, 'year_on_year', None, Q('in the previous quarter', 2025, 2), DANE),
        ('3.8%', 1, 3.8, 'percent', 'Colombian economy', None, 'year_on_year', None, TQ25, None),
        ('three quarters', 1, 0.75, 'fraction', 'household consumption share of GDP', None, None, 'approximately', INQ3, DANE),
        ('4.9%', 1, 4.9, 'percent', 'household consumption', 'increase', None, None, INQ3, DANE),
        ('7.2%', 1, 7.2, 'percent', 'government spending', 'increase', None, None, INQ3, DANE),
        ('2.6%', 1, 2.6, 'percent', 'gross fixed capital formation', 'increase', None, None, INQ3, DANE),
        ('1.4%', 1, 1.4, 'percent', 'exports', 'decrease', None, None, INQ3, DANE),
        ('8.1%', 1, 8.1, 'percent', 'imports', 'increase', None, None, INQ3, DANE),
        ('5.7%', 1, 5.7, 'percent', 'retail, transport and hospitality', 'increase', None, None, None, DANE),
        ('5.0%', 1, 5.0, 'percent', 'public administration', 'increase', None, None, None, DANE),
        ('4.6%', 1, 4.6, 'percent', 'arts and entertainment', 'increase', None, None, None, DANE),
        ('6.9%', 1, 6.9, 'percent', 'mining', 'decrease', None, None, None, DANE),
        ('3.3%', 1, 3.3, 'percent', 'construction', 'decrease', None, None, None, DANE),
        ('1.2%', 1, 1.2, 'percent', 'economy', 'increase', 'quarter_on_quarter', None, INQ3, DANE),
        ('0.5%', 1, 0.5, 'percent', 'economy', 'increase', 'quarter_on_quarter', None, Q('in Q2', 2025, 2), DANE),
        ('2.7%', 1, 2.7, 'percent', 'GDP', 'increase', 'year_on_year', None, P('For the first nine months of 2025', '2025-01-01', '2025-09-30'), DANE),
        ('2.6%', 2, 2.6, 'percent', 'full-year growth', 'increase', None, 'approximately', FY, BR),
        ('2.5%', 1, 2.5, 'percent', 'full-year growth target', None, None, None, FY, GOC),
        ('3.0%', 1, 3.0, 'percent', 'full-year growth target', None, None, None, FY, GOC),
        ('3.64 percent', 1, 3.64, 'percent', 'GDP Annual Growth Rate in Colombia average', None, None, None, P('from 2001 until 2025', '2001-01-01', '2025-12-31'), DANE),
        ('17.50 percent', 1, 17.50, 'percent', 'GDP Annual Growth Rate in Colombia all time high', None, None, None, Q('in the second quarter of 2021', 2021, 2), DANE),
        ('-16.00 percent', 1, -16.00, 'percent', 'GDP Annual Growth Rate in Colombia record low', 'decrease', None, None, Q('in the second quarter of 2020', 2020, 2), DANE),
        ('3.10 percent', 1, 3.10, 'percent', 'GDP Annual Growth Rate in Colombia', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('2.90 percent', 1, 2.90, 'percent', 'Colombia GDP Annual Growth Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('2.70 percent', 1, 2.70, 'percent', 'Colombia GDP Annual Growth Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_natural_gas_futures_storage.txt': [
        ('3.1%', 1, 3.1, 'percent', 'Henry Hub natural gas futures for May delivery', 'decrease', None, None, ET, None),
        ('$3.272', 1, 3.272, 'USD', 'Henry Hub natural gas futures for May delivery', 'decrease', None, None, ET, None),
        ('2.8%', 1, 2.8, 'percent', 'June contract', 'decrease', None, None, ET, None),
        ('$3.415', 1, 3.415, 'USD', 'June contract', 'decrease', None, None, ET, None),
        ('16 billion cubic feet', 1, 16e9, 'cubic foot', 'gas in storage', 'increase', None, None, WK, EIA),
        ('12 bcf', 1, 12e9, 'cubic foot', 'gas in storage', 'increase', None, None, WK, REU),
        ('9 bcf', 1, 9e9, 'cubic foot', 'gas in storage', 'decrease', None, None, P('in the same week a year earlier', '2024-04-05', '2024-04-11'), EIA),
        ('13 bcf', 1, 13e9, 'cubic foot', 'stocks in the South Central region', 'increase', None, None, WK, EIA),
        ('4', 1, 4e9, 'cubic foot', 'stocks in the Midwest', 'increase', None, None, WK, EIA),
        ('2', 1, 2e9, 'cubic foot', 'stocks in the East region', 'decrease', None, None, WK, EIA),
        ('19 bcf', 1, 19e9, 'cubic foot', 'five-year average injection', 'increase', None, None, P('for the week', '2025-04-05', '2025-04-11'), EIA),
        ('1,850 bcf', 1, 1850e9, 'cubic foot', 'total working gas', None, None, None, P('as of April 11', '2025-04-11', '2025-04-11'), EIA),
        ('3.9%', 1, 3.9, 'percent', 'total working gas relative to the five-year average', 'decrease', None, None, P('as of April 11', '2025-04-11', '2025-04-11'), EIA),
        ('21.4%', 1, 21.4, 'percent', 'total working gas', 'decrease', 'year_on_year', None, P('as of April 11', '2025-04-11', '2025-04-11'), EIA),
        ('16.4 bcf per day', 1, 16.4e9, 'cubic foot per day', 'feedgas to U.S. LNG export plants', 'increase', None, None, P('so far in April', '2025-04-01', '2025-04-17'), LSEG),
        ('15.8 bcfd', 1, 15.8e9, 'cubic foot per day', 'feedgas to U.S. LNG export plants', None, None, None, per('in March', 2025, 3), LSEG),
        ('104.2 bcfd', 1, 104.2e9, 'cubic foot per day', 'total U.S. gas demand', None, None, None, P('this week', '2025-04-14', '2025-04-20'), LSEG),
        ('101.9 bcfd', 1, 101.9e9, 'cubic foot per day', 'total U.S. gas demand', 'decrease', None, None, P('next week', '2025-04-21', '2025-04-27'), LSEG),
    ],
    'business_standard_style_power_generation_coal_stocks.txt': [
        ('1.9%', 1, 1.9, 'percent', 'power generation', 'decrease', None, None, per('in Nov', 2025, 11), None),
        ('1.9 per cent', 1, 1.9, 'percent', "India's power generation", 'decrease', 'year_on_year', None, BNOV, CEA),
        ('133.6 billion units', 1, 133.6e9, 'kilowatt hour', "India's power generation", 'decrease', None, None, BNOV, CEA),
        ('three-fourths', 1, 0.75, 'fraction', 'coal-based generation share of the total', None, None, 'approximately', BNOV, CEA),
        ('4.6 per cent', 1, 4.6, 'percent', 'coal-based generation', 'decrease', None, None, BNOV, CEA),
        ('97.2 BU', 1, 97.2e9, 'kilowatt hour', 'coal-based generation', 'decrease', None, None, BNOV, CEA),
        ('11.8 per cent', 1, 11.8, 'percent', 'renewable generation', 'increase', None, None, BNOV, CEA),
        ('29.4 BU', 1, 29.4e9, 'kilowatt hour', 'renewable generation', 'increase', None, None, BNOV, CEA),
        ('51.2 million tonnes', 1, 51.2e6, 'tonne', 'coal stocks at thermal power plants', None, None, None, AO30, CEA),
        ('22 per cent', 1, 22, 'percent', 'coal stocks at thermal power plants', 'increase', 'year_on_year', None, AO30, CEA),
        ('42 mt', 1, 42e6, 'tonne', 'coal stocks at thermal power plants', None, None, None, P('a year earlier', '2024-11-30', '2024-11-30'), CEA),
        ('21 days', 1, 21, 'day', 'coal stocks in days of operation', None, None, 'approximately', AO30, CEA),
        ('16 days', 1, 16, 'day', 'coal stocks in days of operation', None, None, None, P('at the end of November 2024', '2024-11-30', '2024-11-30'), CEA),
        ('6', 1, 6, 'count', 'plants with stocks below the normative level', None, None, None, AO30, CEA),
        ('216.4 gigawatts', 1, 216.4, 'gigawatt', 'peak power demand', None, None, None, BNOV, GRID),
        ('226.8 GW', 1, 226.8, 'gigawatt', 'peak power demand', None, None, None, per('in November 2024', 2024, 11), GRID),
        ('0.6 per cent', 1, 0.6, 'percent', 'generation', 'increase', None, None, AN26, CEA),
        ('1,194.3 BU', 1, 1194.3e9, 'kilowatt hour', 'generation', 'increase', None, None, AN26, CEA),
        ('242.5 GW', 1, 242.5, 'gigawatt', 'peak demand met', None, None, None, AN26, CEA),
        ('270 GW', 1, 270, 'gigawatt', 'peak demand', None, None, None, P('for FY26', '2025-04-01', '2026-03-31'), CEA),
        ('3.8 per cent', 1, 3.8, 'percent', "Coal India Ltd's output", 'decrease', 'year_on_year', None, BNOV, MOC),
        ('65.1 mt', 1, 65.1e6, 'tonne', "Coal India Ltd's output", 'decrease', None, None, BNOV, MOC),
        ('6.2 per cent', 1, 6.2, 'percent', "Coal India Ltd's supplies to the power sector", 'decrease', 'year_on_year', None, BNOV, MOC),
        ('53.8 mt', 1, 53.8e6, 'tonne', "Coal India Ltd's supplies to the power sector", 'decrease', None, None, BNOV, MOC),
        ('57.4', 1, 57.4e6, 'tonne', "Coal India Ltd's supplies to the power sector", None, None, None, per('in November 2024', 2024, 11), MOC),
    ],
    'eu_energy_style_gas_storage_filling_levels.txt': [
        ('90%', 1, 90, 'percent', 'EU gas storage filling level', None, None, None, P('on 18 August 2023', '2023-08-18', '2023-08-18'), GIE),
        ('99.6%', 1, 99.6, 'percent', 'EU gas storage filling level', None, None, None, N1, GIE),
        ('1,131 TWh', 1, 1131, 'terawatt hour', 'gas in EU storage', None, None, None, N1, GIE),
        ('95.1%', 1, 95.1, 'percent', 'EU gas storage filling level', None, None, None, P('A year earlier', '2022-11-01', '2022-11-01'), GIE),
        ('90%', 2, 90, 'percent', 'storage filling target', None, None, 'at_least', P('by 1 November each year', None, None), None),
        ('480 TWh', 1, 480, 'terawatt hour', 'net injections', None, None, 'approximately', P('between 1 April and 1 November 2023', '2023-04-01', '2023-11-01'), GIE),
        ('14%', 1, 14, 'percent', 'net injections', 'decrease', 'year_on_year', None, P('between 1 April and 1 November 2023', '2023-04-01', '2023-11-01'), GIE),
        ('3.1 TWh/day', 1, 3.1, 'terawatt hour per day', 'EU injection rate', None, None, None, P('in the first week of July', '2023-07-01', '2023-07-07'), GIE),
        ('99.8%', 1, 99.8, 'percent', 'filling level in Germany', None, None, None, ON1, GIE),
        ('99.2%', 1, 99.2, 'percent', 'filling level in Italy', None, None, None, ON1, GIE),
        ('99.5%', 1, 99.5, 'percent', 'filling level in France', None, None, None, ON1, GIE),
        ('98.4%', 1, 98.4, 'percent', 'filling level in Austria', None, None, None, ON1, GIE),
        ('95.6 TWh', 1, 95.6, 'terawatt hour', 'gas in storage in Austria', None, None, None, ON1, GIE),
        ('1.2 times', 1, 1.2, 'times', "Austria's storage relative to its annual gas consumption", None, None, 'approximately', ON1, GIE),
        ('82%', 1, 82, 'percent', 'filling level in Latvia', None, None, None, ON1, GIE),
        ('88%', 1, 88, 'percent', 'filling level in Croatia', None, None, None, ON1, GIE),
        ('254 TWh', 1, 254, 'terawatt hour', 'gas in storage in Germany', None, None, None, None, GIE),
        ('193 TWh', 1, 193, 'terawatt hour', 'gas in storage in Italy', None, None, None, None, GIE),
        ('144 TWh', 1, 144, 'terawatt hour', 'gas in storage in the Netherlands', None, None, None, None, GIE),
        ('half', 1, 0.5, 'fraction', 'Germany, Italy and the Netherlands share of EU storage capacity', None, None, 'more_than', None, GIE),
        ('10.2 percentage points', 1, 10.2, 'percentage_point', 'EU filling level', 'decrease', None, None, Q('Over the fourth quarter of 2023', 2023, 4), GIE),
        ('86.3%', 1, 86.3, 'percent', 'EU filling level', 'decrease', None, None, P('on 31 December', '2023-12-31', '2023-12-31'), GIE),
    ],
    'nbs_style_fixed_asset_investment_by_sector.txt': [
        ('44,416.1 billion yuan', 1, 44416.1e9, 'CNY', 'national investment in fixed assets', None, None, None, JN, NBS),
        ('2.6 percent', 1, 2.6, 'percent', 'national investment in fixed assets', 'decrease', 'year_on_year', None, JN, NBS),
        ('0.9 percentage points', 1, 0.9, 'percentage_point', 'growth rate of national investment in fixed assets', 'decrease', 'period_on_period', None, JN, NBS),
        ('0.3 percent', 1, 0.3, 'percent', 'investment excluding real estate development', 'decrease', 'year_on_year', None, JN, NBS),
        ('1.1 percent', 1, 1.1, 'percent', 'infrastructure investment', 'decrease', 'year_on_year', None, F11, NBS),
        ('1.9 percent', 1, 1.9, 'percent', 'manufacturing investment', 'increase', 'year_on_year', None, F11, NBS),
        ('15.9 percent', 1, 15.9, 'percent', 'investment in real estate development', 'decrease', 'year_on_year', None, F11, NBS),
        ('4.3 percent', 1, 4.3, 'percent', 'investment in water conservancy management', 'increase', 'year_on_year', None, F11, NBS),
        ('2.8 percent', 1, 2.8, 'percent', 'investment in railway transport', 'increase', 'year_on_year', None, F11, NBS),
        ('6.2 percent', 1, 6.2, 'percent', 'investment in road transport', 'decrease', 'year_on_year', None, F11, NBS),
        ('1.5 percent', 1, 1.5, 'percent', 'investment in high-tech industries', 'decrease', 'year_on_year', None, F11, NBS),
        ('3.2 percent', 1, 3.2, 'percent', 'investment in high-tech services', 'decrease', 'year_on_year', None, F11, NBS),
        ('18.7 percent', 1, 18.7, 'percent', 'investment in the manufacture of railways, ships, aerospace and other transport equipment', 'increase', 'year_on_year', None, None, NBS),
        ('9.4 percent', 1, 9.4, 'percent', 'investment in the manufacture of electrical machinery and equipment', 'increase', 'year_on_year', None, None, NBS),
        ('6.5 percent', 1, 6.5, 'percent', 'investment in the manufacture of computers, communication and other electronic equipment', 'increase', 'year_on_year', None, None, NBS),
        ('20,503.7 billion yuan', 1, 20503.7e9, 'CNY', 'private investment', None, None, None, SAME, NBS),
        ('5.1 percent', 1, 5.1, 'percent', 'private investment', 'decrease', 'year_on_year', None, SAME, NBS),
        ('46.2 percent', 1, 46.2, 'percent', 'private investment share of total investment', None, None, None, SAME, NBS),
        ('0.8 percent', 1, 0.8, 'percent', 'private investment excluding real estate development', 'increase', 'year_on_year', None, SAME, NBS),
        ('1.68 percent', 1, 1.68, 'percent', 'investment in fixed assets', 'decrease', 'month_on_month', None, per('In November', 2025, 11), NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
