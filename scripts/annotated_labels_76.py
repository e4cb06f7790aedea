# ruff: noqa: E501, RUF001
"""Write corpus/annotated_76/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_76.py corpus/annotated_76
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
BOJ = "Bank of Japan"
IBGE = "Brazilian Institute of Geography and Statistics"
BCB = "Central Bank of Brazil"
RTRS = "Reuters"
BLS = "U.S. Bureau of Labor Statistics"
DJ = "Dow Jones"
ISM = "Institute for Supply Management"
BBG = "Bloomberg"
SPG = "S&P Global"
BOI = "Bank of Israel"
CBS = "Central Bureau of Statistics"
TE = "Trading Economics"
ECB = "European Central Bank"
LSEG = "LSEG"
EC = "European Commission"
ESTAT = "Eurostat"
AMFI = "Association of Mutual Funds in India"
MW = "Meridian Wealth"
NIA = "National Immigration Administration"
MCT = "Ministry of Culture and Tourism"
STA = "State Taxation Administration"

# 7601 ONS UK HPI (ref Wednesday 2026-03-18)
YJ = per("in the year to January 2026", 2026, 1)
YD = per("in the year to December 2025", 2025, 12)
JAN26 = per("in January 2026", 2026, 1)
OYJ = per("over the year to January 2026", 2026, 1)
Q425 = Q("in Quarter 4 (Oct to Dec) 2025", 2025, 4)
T12 = per("in the 12 months to January 2026", 2026, 1)
N25 = per("In November 2025", 2025, 11)
# 7602 Reuters 1987 (ref Tuesday 1987-03-10)
FEB = per("in February", 1987, 2)
JAN = per("in January", 1987, 1)
# 7603 Reuters 2025 (ref Tuesday 2025-12-23); the IPCA-15 is named by its month
MD = per("in the month to mid-December", 2025, 12)
MNOV = per("in mid-November", 2025, 11)
T12MD = per("In the 12 months to mid-December", 2025, 12)
MDEC = per("in mid-December", 2025, 12)
# 7604 CNBC (ref Friday 2026-02-06)
CJAN = per("in January", 2026, 1)
# 7605 MT Newswires (ref Wednesday 2026-01-07)
DEC = per("in December", 2025, 12)
NOV = per("in November", 2025, 11)
# 7606 Trading Economics (ref Monday 2026-01-05)
J5 = P("on January 5", "2026-01-05", "2026-01-05")
I26 = Y("in 2026", 2026)
I27 = Y("in 2027", 2027)
# 7607 Investing.com (ref Thursday 2026-01-22)
ET = P("By 08:45 ET", None, None)
BYJ = P("by June", "2026-06-30", "2026-06-30")
# 7608 Business Standard (ref Friday 2026-01-09)
BDEC = per("in December", 2025, 12)
DURM = per("during the month", 2025, 12)
EOD = P("at the end of December", "2025-12-31", "2025-12-31")
MQ = Q("in the March quarter", 2026, 1)
# 7609 DG ENER (ref Wednesday 2026-01-21)
Q325 = Q("in the third quarter of 2025", 2025, 3)
INQ = Q("in the quarter", 2025, 3)
JS = P("over July-September", "2025-07-01", "2025-09-30")
IQ = Q("In the quarter", 2025, 3)
F9 = P("In the first nine months of 2025", "2025-01-01", "2025-09-30")
# 7610 NBS (ref Friday 2024-10-18)
F3Q = P("in the first three quarters", "2024-01-01", "2024-09-30")
JS24 = P("from January to September 2024", "2024-01-01", "2024-09-30")
TQ24 = Q("In the third quarter", 2024, 3)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_house_price_index_annual_regions.txt': [
        ('3.1%', 1, 3.1, 'percent', 'UK average house prices', 'increase', 'year_on_year', None, YJ, None),
        ('2.6%', 1, 2.6, 'percent', 'UK average house prices', None, 'year_on_year', None, YD, None),
        ('2.5%', 1, 2.5, 'percent', 'UK average house prices', None, 'year_on_year', None, YD, None),
        ('£274,000', 1, 274000, 'GBP', 'average UK house price', None, None, None, JAN26, None),
        ('£8,000', 1, 8000, 'GBP', 'average UK house price', 'increase', 'year_on_year', None, JAN26, None),
        ('£228,000', 1, 228000, 'GBP', 'average price paid by first-time buyers', None, None, None, JAN26, None),
        ('2.7%', 1, 2.7, 'percent', 'average price paid by first-time buyers', 'increase', 'year_on_year', None, JAN26, None),
        ('3.4%', 1, 3.4, 'percent', 'prices paid by former owner occupiers', 'increase', 'year_on_year', None, JAN26, None),
        ('£316,000', 1, 316000, 'GBP', 'prices paid by former owner occupiers', 'increase', None, None, JAN26, None),
        ('2.9%', 1, 2.9, 'percent', "England's average house price", 'increase', 'year_on_year', None, OYJ, ONS),
        ('£292,000', 1, 292000, 'GBP', "England's average house price", 'increase', None, None, OYJ, ONS),
        ('1.8%', 1, 1.8, 'percent', 'prices in Wales', 'increase', 'year_on_year', None, OYJ, ONS),
        ('£211,000', 1, 211000, 'GBP', 'prices in Wales', 'increase', None, None, OYJ, ONS),
        ('4.6%', 1, 4.6, 'percent', 'prices in Scotland', 'increase', 'year_on_year', None, OYJ, ONS),
        ('£197,000', 1, 197000, 'GBP', 'prices in Scotland', 'increase', None, None, OYJ, ONS),
        ('8.4%', 1, 8.4, 'percent', 'annual growth in Northern Ireland', 'increase', 'year_on_year', None, Q425, ONS),
        ('£190,000', 1, 190000, 'GBP', 'average price in Northern Ireland', 'increase', None, None, Q425, ONS),
        ('6.2%', 1, 6.2, 'percent', 'annual inflation in the North East', None, 'year_on_year', None, T12, ONS),
        ('5.1%', 1, 5.1, 'percent', 'annual inflation in the North West', None, 'year_on_year', None, T12, ONS),
        ('4.4%', 1, 4.4, 'percent', 'annual inflation in Yorkshire and The Humber', None, 'year_on_year', None, T12, ONS),
        ('0.8%', 1, 0.8, 'percent', 'prices in London', 'decrease', 'year_on_year', None, T12, ONS),
        ('£556,000', 1, 556000, 'GBP', 'average price in London', 'decrease', None, None, T12, ONS),
        ('1.9%', 1, 1.9, 'percent', 'annual growth in the South East', 'increase', 'year_on_year', None, T12, ONS),
        ('6.2%', 2, 6.2, 'percent', 'annual growth in the North East', 'increase', 'year_on_year', None, T12, ONS),
        ('2.3%', 1, 2.3, 'percent', 'average prices in the East of England', 'increase', 'year_on_year', None, T12, ONS),
        ('2.8%', 1, 2.8, 'percent', 'average prices in the South West', 'increase', 'year_on_year', None, T12, ONS),
        ('3.6%', 1, 3.6, 'percent', 'detached properties', 'increase', 'year_on_year', None, YJ, ONS),
        ('3.3%', 1, 3.3, 'percent', 'semi-detached properties', 'increase', 'year_on_year', None, YJ, ONS),
        ('3.0%', 1, 3.0, 'percent', 'terraced properties', 'increase', 'year_on_year', None, YJ, ONS),
        ('0.4%', 1, 0.4, 'percent', 'flats and maisonettes', 'increase', 'year_on_year', None, YJ, ONS),
        ('62,000', 1, 62000, 'count', 'property transactions completed in England', None, None, 'approximately', N25, ONS),
        ('14%', 1, 14, 'percent', 'property transactions completed in England', 'decrease', 'year_on_year', 'approximately', N25, ONS),
    ],
    'wire_1987_japan_wholesale_prices_monthly.txt': [
        ('9.4 PCT', 1, 9.4, 'percent', 'Japan wholesale prices', 'decrease', 'year_on_year', None, per('FEBRUARY', 1987, 2), None),
        ('87.6', 1, 87.6, 'index_point', "Japan's wholesale price index", None, None, None, FEB, BOJ),
        ('0.4 pct', 1, 0.4, 'percent', "Japan's wholesale price index", 'decrease', 'month_on_month', None, JAN, BOJ),
        ('0.5 pct', 1, 0.5, 'percent', "Japan's wholesale price index", None, 'month_on_month', None, JAN, BOJ),
        ('9.4 pct', 1, 9.4, 'percent', 'wholesale price index', 'decrease', 'year_on_year', None, per('February', 1987, 2), BOJ),
        ('9.2 pct', 1, 9.2, 'percent', 'wholesale price index', 'decrease', 'year_on_year', None, per('in June last year', 1986, 6), BOJ),
        ('10.1 pct', 1, 10.1, 'percent', 'wholesale price index', 'decrease', 'year_on_year', None, per('In January', 1987, 1), BOJ),
        ('0.8 pct', 1, 0.8, 'percent', 'import prices on a yen basis', 'increase', 'month_on_month', None, FEB, BOJ),
        ('27.3 pct', 1, 27.3, 'percent', 'import prices on a yen basis', 'decrease', 'year_on_year', None, FEB, BOJ),
        ('1.9 pct', 1, 1.9, 'percent', 'import prices measured in contract currencies', 'increase', 'month_on_month', None, FEB, BOJ),
        ('6.2 pct', 1, 6.2, 'percent', 'import prices measured in contract currencies', 'decrease', 'year_on_year', None, FEB, BOJ),
        ('0.3 pct', 1, 0.3, 'percent', 'export prices', 'decrease', 'month_on_month', None, FEB, BOJ),
        ('0.1 pct', 1, 0.1, 'percent', 'domestic wholesale prices', 'decrease', 'month_on_month', None, FEB, BOJ),
        ('11.4 pct', 1, 11.4, 'percent', 'export prices', 'decrease', 'year_on_year', None, FEB, BOJ),
        ('5.3 pct', 1, 5.3, 'percent', 'domestic wholesale prices', 'decrease', 'year_on_year', None, FEB, BOJ),
        ('2.1 pct', 1, 2.1, 'percent', 'petroleum products', 'increase', None, None, None, BOJ),
        ('0.6', 1, 0.6, 'percent', 'prices of electric machinery', 'decrease', None, None, None, BOJ),
        ('0.4 pct', 2, 0.4, 'percent', 'prices of textiles', 'decrease', None, None, None, BOJ),
        ('153.5', 1, 153.5, 'JPY', 'yen', None, None, None, FEB, BOJ),
        ('154.3', 1, 154.3, 'JPY', 'yen', None, None, None, JAN, BOJ),
        ('0.1', 2, 0.1, 'percent', 'wholesale prices', 'decrease', 'month_on_month', None, per('in March', 1987, 3), None),
        ('0.2 pct', 1, 0.2, 'percent', 'wholesale prices', 'decrease', 'month_on_month', None, per('in March', 1987, 3), None),
    ],
    'wire_2025_brazil_ipca_15_inflation.txt': [
        ('4.41%', 1, 4.41, 'percent', "Brazil's inflation", 'decrease', None, None, per('mid-December', 2025, 12), None),
        ('0.25%', 1, 0.25, 'percent', "Brazil's IPCA-15 consumer price index", 'increase', 'month_on_month', None, MD, IBGE),
        ('0.20%', 1, 0.20, 'percent', "Brazil's IPCA-15 consumer price index", 'increase', 'month_on_month', None, MNOV, IBGE),
        ('0.28%', 1, 0.28, 'percent', 'IPCA-15 consumer price index', 'increase', 'month_on_month', None, MD, RTRS),
        ('4.41%', 2, 4.41, 'percent', 'prices', 'increase', 'year_on_year', None, T12MD, IBGE),
        ('4.50%', 1, 4.50, 'percent', 'prices', None, 'year_on_year', None, MNOV, IBGE),
        ('4.46%', 1, 4.46, 'percent', 'prices', None, 'year_on_year', None, T12MD, RTRS),
        ('24', 1, 24, 'count', 'economists in a Reuters poll', None, None, None, T12MD, RTRS),
        ('4.5%', 1, 4.5, 'percent', 'ceiling of the tolerance band', None, None, None, None, BCB),
        ('1.5 percentage points', 1, 1.5, 'percentage_point', 'tolerance band', None, None, None, None, BCB),
        ('3%', 1, 3, 'percent', 'inflation target', None, None, None, None, BCB),
        ('Seven', 1, 7, 'count', 'groups posting higher prices', None, None, None, MDEC, IBGE),
        ('0.14%', 1, 0.14, 'percent', 'food and beverage prices', 'increase', 'month_on_month', None, MDEC, IBGE),
        ('0.92%', 1, 0.92, 'percent', 'housing costs', 'increase', 'month_on_month', None, MDEC, IBGE),
        ('0.31%', 1, 0.31, 'percent', 'transportation prices', 'decrease', 'month_on_month', None, MDEC, IBGE),
        ('5.6%', 1, 5.6, 'percent', 'airfares', 'decrease', 'month_on_month', None, MDEC, IBGE),
        ('0.8%', 1, 0.8, 'percent', 'gasoline', 'decrease', 'month_on_month', None, MDEC, IBGE),
        ('15%', 1, 15, 'percent', 'benchmark Selic rate', None, None, None, P('since June', '2025-06-01', '2025-12-23'), BCB),
        ('4.33%', 1, 4.33, 'percent', 'inflation', None, None, None, Y('2025', 2025), BCB),
        ('4.06%', 1, 4.06, 'percent', 'inflation', 'decrease', None, None, Y('in 2026', 2026), BCB),
        ('5.52', 1, 5.52, 'BRL', 'real', None, None, None, P('on Tuesday', '2025-12-23', '2025-12-23'), IBGE),
    ],
    'cnbc_style_jobs_report_unemployment_wages.txt': [
        ('118,000', 1, 118000, 'count', 'payrolls', 'increase', None, None, CJAN, None),
        ('4.4%', 1, 4.4, 'percent', 'unemployment rate', None, None, None, CJAN, None),
        ('118,000', 2, 118000, 'count', 'nonfarm payrolls', 'increase', None, None, CJAN, BLS),
        ('70,000', 1, 70000, 'count', 'nonfarm payrolls', None, None, None, CJAN, DJ),
        ('4.4%', 2, 4.4, 'percent', 'unemployment rate', None, None, None, CJAN, BLS),
        ('64,000', 1, 64000, 'count', 'payroll revisions', 'decrease', None, None, P('the prior two months', '2025-11-01', '2025-12-31'), BLS),
        ('37,000', 1, 37000, 'count', 'nonfarm payrolls', 'decrease', None, None, per("December's", 2025, 12), BLS),
        ('50,000', 1, 50000, 'count', 'nonfarm payrolls', None, None, None, per("December's", 2025, 12), BLS),
        ('41,000', 1, 41000, 'count', 'nonfarm payrolls', 'decrease', None, None, per("November's", 2025, 11), BLS),
        ('92,000', 1, 92000, 'count', 'nonfarm payrolls', None, None, None, per("November's", 2025, 11), BLS),
        ('598,000', 1, 598000, 'count', 'jobs created', 'decrease', None, None, P('in the 12 months through March 2025', '2024-04-01', '2025-03-31'), BLS),
        ('0.4%', 1, 0.4, 'percent', 'average hourly earnings', 'increase', 'month_on_month', None, None, BLS),
        ('3.7%', 1, 3.7, 'percent', 'average hourly earnings', 'increase', 'year_on_year', None, None, BLS),
        ('0.3%', 1, 0.3, 'percent', 'average hourly earnings', None, 'month_on_month', None, None, None),
        ('3.6%', 1, 3.6, 'percent', 'average hourly earnings', None, 'year_on_year', None, None, None),
        ('34.3 hours', 1, 34.3, 'hour', 'average workweek', 'increase', None, None, None, BLS),
        ('8.1%', 1, 8.1, 'percent', 'broader jobless measure', 'increase', None, None, CJAN, BLS),
        ('0.2 percentage point', 1, 0.2, 'percentage_point', 'broader jobless measure', 'increase', None, None, CJAN, BLS),
        ('62.5%', 1, 62.5, 'percent', 'labor force participation rate', None, None, None, CJAN, BLS),
        ('46,000', 1, 46000, 'count', 'health care jobs', 'increase', None, None, None, BLS),
        ('24,000', 1, 24000, 'count', 'construction jobs', 'increase', None, None, None, BLS),
        ('19,000', 1, 19000, 'count', 'social assistance jobs', 'increase', None, None, None, BLS),
        ('12,000', 1, 12000, 'count', 'federal government employment', 'decrease', None, None, None, BLS),
        ('9,000', 1, 9000, 'count', 'leisure and hospitality positions', 'decrease', None, 'approximately', None, BLS),
    ],
    'mt_newswires_us_ism_services.txt': [
        ('54.1', 1, 54.1, 'index_point', 'US ISM Services PMI', 'increase', None, None, DEC, None),
        ('54.1', 2, 54.1, 'index_point', "services purchasing managers' index", 'increase', None, None, DEC, ISM),
        ('52.6', 1, 52.6, 'index_point', "services purchasing managers' index", None, None, None, NOV, ISM),
        ('52.8', 1, 52.8, 'index_point', "services purchasing managers' index", None, None, None, DEC, BBG),
        ('3.1 points', 1, 3.1, 'index_point', 'business activity index', 'increase', None, None, DEC, ISM),
        ('59.9', 1, 59.9, 'index_point', 'business activity index', 'increase', None, None, DEC, ISM),
        ('55.2', 1, 55.2, 'index_point', 'new orders', 'increase', None, None, DEC, ISM),
        ('52.9', 1, 52.9, 'index_point', 'new orders', None, None, None, NOV, ISM),
        ('50.4', 1, 50.4, 'index_point', 'employment index', None, None, None, DEC, ISM),
        ('1.5 points', 1, 1.5, 'index_point', 'employment index', 'increase', 'month_on_month', None, DEC, ISM),
        ('63.8', 1, 63.8, 'index_point', 'prices paid index', 'decrease', None, None, DEC, ISM),
        ('65.4', 1, 65.4, 'index_point', 'prices paid index', None, None, None, NOV, ISM),
        ('51.3', 1, 51.3, 'index_point', 'supplier deliveries', 'decrease', None, None, DEC, ISM),
        ('52.0', 1, 52.0, 'index_point', 'supplier deliveries', None, None, None, per('the month before', 2025, 11), ISM),
        ('0.6 point', 1, 0.6, 'index_point', 'inventories', 'increase', 'month_on_month', None, DEC, ISM),
        ('50.8', 1, 50.8, 'index_point', 'inventories', 'increase', None, None, DEC, ISM),
        ('Fourteen', 1, 14, 'count', 'services industries reporting growth', None, None, None, DEC, ISM),
        ('11', 1, 11, 'count', 'services industries reporting growth', None, None, None, NOV, ISM),
        ('Three', 1, 3, 'count', 'industries reporting contraction', None, None, None, DEC, ISM),
        ('51.9', 1, 51.9, 'index_point', 'services PMI', 'decrease', None, None, P('For all of 2025', '2025-01-01', '2025-12-31'), ISM),
        ('52.8', 2, 52.8, 'index_point', 'services PMI', None, None, None, Y('in 2024', 2024), ISM),
        ('52.9', 2, 52.9, 'index_point', 'S&P Global US Services PMI', None, None, None, DEC, SPG),
        ('52.4', 1, 52.4, 'index_point', 'S&P Global US Services PMI', None, None, None, DEC, SPG),
    ],
    'trading_economics_style_israel_interest_rate.txt': [
        ('4.25%', 1, 4.25, 'percent', 'interest rate', None, None, None, None, BOI),
        ('4.25%', 2, 4.25, 'percent', 'benchmark interest rate', None, None, None, J5, BOI),
        ('25 bps', 1, 25, 'basis_point', 'rate cut', 'decrease', None, None, per('in November', 2025, 11), BOI),
        ('Four', 1, 4, 'count', 'Monetary Committee members voting to hold', None, None, None, J5, BOI),
        ('two', 1, 2, 'count', 'Monetary Committee members favouring a further reduction', None, None, None, J5, BOI),
        ('quarter-point', 1, 0.25, 'percentage_point', 'rate reduction', 'decrease', None, None, J5, BOI),
        ('2.4%', 1, 2.4, 'percent', 'annual inflation', 'decrease', 'year_on_year', None, per('in November', 2025, 11), CBS),
        ('2.5%', 1, 2.5, 'percent', 'annual inflation', None, 'year_on_year', None, per('in October', 2025, 10), CBS),
        ('1%', 1, 1, 'percent', 'inflation target range', None, None, None, None, BOI),
        ('3%', 1, 3, 'percent', 'inflation target range', None, None, None, None, BOI),
        ('2.1%', 1, 2.1, 'percent', 'prices excluding energy and fruit and vegetables', 'increase', 'year_on_year', None, per('in November', 2025, 11), CBS),
        ('14%', 1, 14, 'percent', 'shekel against the US dollar', 'increase', None, 'approximately', Y('in 2025', 2025), CBS),
        ('3.17', 1, 3.17, 'ILS', 'shekel', None, None, 'approximately', P('on Monday', '2026-01-05', '2026-01-05'), CBS),
        ('5.2%', 1, 5.2, 'percent', 'GDP growth', 'increase', None, None, Y('2026', 2026), BOI),
        ('4.7%', 1, 4.7, 'percent', 'GDP growth', 'increase', None, None, Y('2026', 2026), BOI),
        ('4.0%', 1, 4.0, 'percent', 'growth', 'increase', None, None, Y('2027', 2027), BOI),
        ('2.0%', 1, 2.0, 'percent', 'inflation', None, None, None, I26, BOI),
        ('1.9%', 1, 1.9, 'percent', 'inflation', None, None, None, I27, BOI),
        ('3.5%', 1, 3.5, 'percent', 'policy rate', 'decrease', None, None, P('by the end of 2026', '2026-12-31', '2026-12-31'), BOI),
        ('3.75%', 1, 3.75, 'percent', 'policy rate', 'decrease', None, None, P('by the end of 2026', '2026-12-31', '2026-12-31'), BOI),
        ('12.4%', 1, 12.4, 'percent', 'economy', 'increase', 'quarter_on_quarter', None, Q('in the third quarter', 2025, 3), CBS),
        ('3.9%', 1, 3.9, 'percent', 'economy', 'decrease', 'quarter_on_quarter', None, Q('in the second quarter', 2025, 2), CBS),
        ('4.01 percent', 1, 4.01, 'percent', 'interest rate average', None, None, None, P('since 1994', '1994-01-01', '2026-01-05'), BOI),
        ('17 percent', 1, 17, 'percent', 'interest rate peak', None, None, None, per('in May 1994', 1994, 5), BOI),
        ('0.10 percent', 1, 0.10, 'percent', 'interest rate low', None, None, None, per('in April 2020', 2020, 4), BOI),
        ('4.00 percent', 1, 4.00, 'percent', 'Israel Interest Rate', None, None, None, P('by the end of this quarter', '2026-03-31', '2026-03-31'), TE),
        ('3.75 percent', 1, 3.75, 'percent', 'Israel Interest Rate', None, None, 'approximately', I27, TE),
    ],
    'investing_style_eurusd_ecb_minutes.txt': [
        ('0.2%', 1, 0.2, 'percent', 'EUR/USD', 'decrease', None, None, ET, None),
        ('1.1648', 1, 1.1648, 'USD', 'EUR/USD', 'decrease', None, None, ET, None),
        ('1.1702', 1, 1.1702, 'USD', 'EUR/USD', None, None, None, P('earlier in the session', None, None), None),
        ('0.1%', 1, 0.1, 'percent', 'EUR/GBP', 'decrease', None, None, ET, None),
        ('0.8691', 1, 0.8691, 'GBP', 'EUR/GBP', 'decrease', None, None, ET, None),
        ('183.40', 1, 183.40, 'JPY', 'EUR/JPY', None, None, None, ET, None),
        ('2.00%', 1, 2.00, 'percent', 'deposit rate', None, None, None, None, ECB),
        ('two', 1, 2, 'count', 'Governing Council members flagging downside risks to inflation', None, None, None, None, ECB),
        ('1.9%', 1, 1.9, 'percent', 'inflation', None, None, None, Y('in 2026', 2026), ECB),
        ('1.8%', 1, 1.8, 'percent', 'inflation', None, None, None, Y('in 2027', 2027), ECB),
        ('2%', 1, 2, 'percent', 'inflation target', None, None, None, None, ECB),
        ('1.2%', 1, 1.2, 'percent', 'growth', 'increase', None, None, Y('in 2026', 2026), ECB),
        ('20%', 1, 20, 'percent', 'chance of an ECB cut', 'decrease', None, 'approximately', BYJ, LSEG),
        ('25 basis-point', 1, 25, 'basis_point', 'ECB cut', 'decrease', None, None, BYJ, LSEG),
        ('35%', 1, 35, 'percent', 'chance of an ECB cut', None, None, 'approximately', P('a week earlier', '2026-01-15', '2026-01-15'), LSEG),
        ('2 basis points', 1, 2, 'basis_point', 'German 10-year Bund yields', 'increase', None, None, None, None),
        ('2.87%', 1, 2.87, 'percent', 'German 10-year Bund yields', 'increase', None, None, None, None),
        ('2.14%', 1, 2.14, 'percent', 'two-year yield', None, None, None, None, None),
        ('72 basis points', 1, 72, 'basis_point', 'spread between Italian BTPs and Bunds', 'decrease', None, None, None, None),
        ('-14.2', 1, -14.2, 'index_point', 'euro zone consumer confidence', None, None, None, per('in January', 2026, 1), EC),
        ('0.6 point', 1, 0.6, 'index_point', 'euro zone consumer confidence', 'increase', 'month_on_month', None, per('in January', 2026, 1), EC),
        ('2.0%', 1, 2.0, 'percent', 'euro area annual inflation', None, 'year_on_year', None, per('in December', 2025, 12), ESTAT),
        ('2.3%', 1, 2.3, 'percent', 'core inflation', 'decrease', 'year_on_year', None, per('in December', 2025, 12), ESTAT),
    ],
    'business_standard_style_mutual_fund_sip_inflows.txt': [
        ('14%', 1, 14, 'percent', 'equity MF inflows', 'increase', None, None, per('in Dec', 2025, 12), None),
        ('₹32,150 cr', 1, 32150e7, 'INR', 'equity MF inflows', 'increase', None, None, per('in Dec', 2025, 12), None),
        ('14 per cent', 1, 14, 'percent', 'net inflows into equity-oriented mutual fund schemes', 'increase', 'month_on_month', None, BDEC, AMFI),
        ('₹32,150 crore', 1, 32150e7, 'INR', 'net inflows into equity-oriented mutual fund schemes', 'increase', None, None, BDEC, AMFI),
        ('₹28,203 crore', 1, 28203e7, 'INR', 'net inflows into equity-oriented mutual fund schemes', None, None, None, per('in November', 2025, 11), AMFI),
        ('₹8,420 crore', 1, 8420e7, 'INR', 'inflows into sectoral and thematic funds', None, None, None, None, AMFI),
        ('₹6,975 crore', 1, 6975e7, 'INR', 'inflows into flexi-cap funds', None, None, None, None, AMFI),
        ('₹5,112 crore', 1, 5112e7, 'INR', 'inflows into mid-cap funds', None, None, None, None, AMFI),
        ('₹4,380 crore', 1, 4380e7, 'INR', 'inflows into small-cap schemes', None, None, None, None, AMFI),
        ('₹1,945 crore', 1, 1945e7, 'INR', 'inflows into large-cap schemes', None, None, None, None, AMFI),
        ('₹31,240 crore', 1, 31240e7, 'INR', 'SIP contributions', 'increase', None, None, BDEC, AMFI),
        ('₹29,445 crore', 1, 29445e7, 'INR', 'SIP contributions', None, None, None, per('a month earlier', 2025, 11), AMFI),
        ('9.74 crore', 1, 9.74e7, 'count', 'contributing SIP accounts', None, None, None, DURM, AMFI),
        ('61.3 lakh', 1, 6.13e6, 'count', 'new SIPs registered', None, None, None, DURM, AMFI),
        ('43.9 lakh', 1, 4.39e6, 'count', 'SIPs discontinued or matured', None, None, None, DURM, AMFI),
        ('₹16.1 trillion', 1, 16.1e12, 'INR', 'SIP assets', 'increase', None, None, DURM, AMFI),
        ('a fifth', 1, 0.2, 'fraction', "SIP assets share of the industry's total", None, None, 'approximately', DURM, AMFI),
        ('0.7 per cent', 1, 0.7, 'percent', "industry's assets under management (AUM)", 'decrease', 'month_on_month', None, EOD, AMFI),
        ('₹80.23 lakh crore', 1, 80.23e12, 'INR', "industry's assets under management (AUM)", 'decrease', None, None, EOD, AMFI),
        ('₹80.80 lakh crore', 1, 80.80e12, 'INR', "industry's assets under management (AUM)", None, None, None, P('at end-November', '2025-11-30', '2025-11-30'), AMFI),
        ('₹1.32 trillion', 1, 1.32e12, 'INR', 'net outflows from debt schemes', None, None, None, BDEC, AMFI),
        ('25.86 crore', 1, 25.86e7, 'count', 'investor accounts, or folios', 'increase', None, None, P('by the end of December', '2025-12-31', '2025-12-31'), AMFI),
        ('25.52 crore', 1, 25.52e7, 'count', 'investor accounts, or folios', None, None, None, P('a month before', '2025-11-30', '2025-11-30'), AMFI),
        ('₹2.86 trillion', 1, 2.86e12, 'INR', 'inflows received by equity funds', None, None, None, P('In April-December of FY26', '2025-04-01', '2025-12-31'), AMFI),
        ('9 per cent', 1, 9, 'percent', 'inflows received by equity funds', 'decrease', 'year_on_year', None, P('In April-December of FY26', '2025-04-01', '2025-12-31'), AMFI),
        ('₹25,000 crore', 1, 25000e7, 'INR', 'monthly flows', None, None, None, MQ, MW),
        ('₹35,000 crore', 1, 35000e7, 'INR', 'monthly flows', None, None, None, MQ, MW),
    ],
    'eu_energy_style_gas_demand_by_sector.txt': [
        ('61.4 bcm', 1, 61.4e9, 'cubic metre', 'EU gas consumption', None, None, None, Q325, None),
        ('3.2%', 1, 3.2, 'percent', 'EU gas consumption', 'decrease', 'year_on_year', None, Q325, None),
        ('18%', 1, 18, 'percent', 'EU gas consumption relative to the five-year average', 'decrease', None, None, Q325, None),
        ('9%', 1, 9, 'percent', 'gas burn in the power sector', 'decrease', 'year_on_year', None, INQ, None),
        ('20.7 bcm', 1, 20.7e9, 'cubic metre', 'gas burn in the power sector', 'decrease', None, None, INQ, None),
        ('98 TWh', 1, 98, 'terawatt hour', 'solar output', None, None, None, INQ, None),
        ('84 TWh', 1, 84, 'terawatt hour', 'gas-fired generation', 'decrease', None, None, INQ, None),
        ('93 TWh', 1, 93, 'terawatt hour', 'gas-fired generation', None, None, None, Q('a year earlier', 2024, 3), None),
        ('23%', 1, 23, 'percent', 'power sector demand relative to the five-year average', 'decrease', None, 'approximately', INQ, None),
        ('18.9 bcm', 1, 18.9e9, 'cubic metre', 'industrial consumption', None, None, None, JS, None),
        ('+0.5%', 1, 0.5, 'percent', 'industrial consumption', 'increase', 'year_on_year', None, JS, None),
        ('1.2%', 1, 1.2, 'percent', 'consumption in chemicals', 'increase', 'year_on_year', None, JS, None),
        ('2.4%', 1, 2.4, 'percent', 'consumption in fertilisers', 'increase', 'year_on_year', None, JS, None),
        ('3.1%', 1, 3.1, 'percent', 'consumption in non-metallic minerals', 'decrease', 'year_on_year', None, JS, None),
        ('a fifth', 1, 0.2, 'fraction', 'industry gas use relative to the five-year average', 'decrease', None, 'approximately', JS, None),
        ('17.6 bcm', 1, 17.6e9, 'cubic metre', 'consumption of households and the commercial sector', None, None, None, IQ, None),
        ('4.2 bcm', 1, 4.2e9, 'cubic metre', 'other uses', None, None, None, IQ, None),
        ('4%', 1, 4, 'percent', 'total demand in Italy, Germany and the Netherlands', 'decrease', 'year_on_year', None, IQ, None),
        ('7%', 1, 7, 'percent', 'total demand in Italy, Germany and the Netherlands', 'decrease', 'year_on_year', None, IQ, None),
        ('a third', 1, 0.3333, 'fraction', 'power sector share of EU gas consumption', None, None, 'approximately', INQ, ESTAT),
        ('31%', 1, 31, 'percent', 'industry share of EU gas consumption', None, None, None, INQ, ESTAT),
        ('29%', 1, 29, 'percent', 'households and services share of EU gas consumption', None, None, None, INQ, ESTAT),
        ('247 bcm', 1, 247e9, 'cubic metre', 'EU gas demand', None, None, None, F9, ESTAT),
        ('1.1%', 1, 1.1, 'percent', 'EU gas demand', 'increase', 'year_on_year', None, F9, ESTAT),
    ],
    'nbs_style_tourism_inbound_first_three_quarters.txt': [
        ('77.8 percent', 1, 77.8, 'percent', 'foreign visitor entries', 'increase', None, None, F3Q, None),
        ('21.92 million', 1, 21.92e6, 'count', 'foreign nationals entering China', None, None, None, JS24, NIA),
        ('77.8 percent', 2, 77.8, 'percent', 'foreign nationals entering China', 'increase', 'year_on_year', None, JS24, NIA),
        ('14.64 million', 1, 14.64e6, 'count', 'visa-free entries', None, None, None, JS24, NIA),
        ('66.8 percent', 1, 66.8, 'percent', 'visa-free entries share of the total', None, None, None, JS24, NIA),
        ('190.1 percent', 1, 190.1, 'percent', 'visa-free entries', 'increase', 'year_on_year', None, JS24, NIA),
        ('8.18 million', 1, 8.18e6, 'count', 'foreigners entering the country', None, None, None, TQ24, NIA),
        ('48.8 percent', 1, 48.8, 'percent', 'foreigners entering the country', 'increase', 'year_on_year', None, TQ24, NIA),
        ('4.88 million', 1, 4.88e6, 'count', 'visa-free entries', None, None, None, TQ24, NIA),
        ('78.6 percent', 1, 78.6, 'percent', 'visa-free entries', 'increase', 'year_on_year', None, TQ24, NIA),
        ('3.53 million', 1, 3.53e6, 'count', 'entries through Shanghai', None, None, None, None, NIA),
        ('2.87 million', 1, 2.87e6, 'count', 'entries through Beijing', None, None, None, None, NIA),
        ('2.64 million', 1, 2.64e6, 'count', 'entries through Guangdong', None, None, None, None, NIA),
        ('94.6 million', 1, 94.6e6, 'count', 'trips made by inbound visitors', None, None, None, F3Q, MCT),
        ('82 percent', 1, 82, 'percent', 'inbound visitor trips relative to the same period of 2019', None, None, None, F3Q, MCT),
        ('58.7 billion US dollars', 1, 58.7e9, 'USD', 'inbound tourism spending', None, None, None, F3Q, MCT),
        ('70.2 percent', 1, 70.2, 'percent', 'inbound tourism spending', 'increase', 'year_on_year', None, F3Q, MCT),
        ('620 US dollars', 1, 620, 'USD', 'inbound tourism spending per trip', None, None, None, F3Q, MCT),
        ('40.1 percent', 1, 40.1, 'percent', 'sales eligible for departure tax refunds', 'increase', 'year_on_year', None, P('in the first nine months', '2024-01-01', '2024-09-30'), STA),
        ('2.17 billion yuan', 1, 2.17e9, 'CNY', 'sales eligible for departure tax refunds', 'increase', None, None, P('in the first nine months', '2024-01-01', '2024-09-30'), STA),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
