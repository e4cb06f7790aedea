# ruff: noqa: E501, RUF001
"""Write corpus/annotated_57/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_57.py corpus/annotated_57
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
STC = "Statistics Canada"
KSH = "Hungarian Central Statistical Office"
MNB = "National Bank of Hungary"
RTR = "Reuters"
DOC = "U.S. Department of Commerce"
DJ = "Dow Jones"
FM = "Freddie Mac"
CAO = "Cabinet Office"
BBG = "Bloomberg"
DOSM = "Department of Statistics Malaysia"
TE = "Trading Economics"
MF = "Metals Focus"
CME = "CME Group"
SAXO = "Saxo Bank"
SIAM = "Society of Indian Automobile Manufacturers"
ICRA = "ICRA"
ENTSOE = "European Network of Transmission System Operators for Electricity"
NBS = "National Bureau of Statistics"

# 5701 ONS retail sales (ref Friday 2025-12-19)
OCTNOV = P("between October and November 2025", "2025-11-01", "2025-11-30")
OCT25 = per("in October 2025", 2025, 10)
TMN = P("In the three months to November 2025", "2025-09-01", "2025-11-30")
F20 = P("in February 2020", "2020-02-01", "2025-11-30")
NOV25 = per("in November 2025", 2025, 11)
FNOV25 = per("for November 2025", 2025, 11)
# 5702 Reuters 1987 (ref Thursday 1987-04-30)
FEB87 = per("in February", 1987, 2)
JAN87 = per("in January", 1987, 1)
YE86 = per("a year earlier", 1986, 2)
# 5703 Reuters 2025 (ref Wednesday 2025-12-10)
HNOV = per("in November", 2025, 11)
HOCT = per("in October", 2025, 10)
# 5704 CNBC (ref Thursday 2025-12-04)
COCT = per("in October", 2025, 10)
CSEP = per("in September", 2025, 9)
EOM = P("at the end of the month", "2025-10-31", "2025-10-31")
WK = P("in the week ended Nov. 26", "2025-11-20", "2025-11-26")
# 5705 MT Newswires (ref Sunday 2025-12-14)
MOCT = per("in October", 2025, 10)
MSEP = per("in September", 2025, 9)
# 5706 Trading Economics (ref Thursday 2025-12-18)
TNOV = per("in November 2025", 2025, 11)
JN = P("For the January-November period", "2025-01-01", "2025-11-30")
# 5707 Investing.com (ref Wednesday 2025-12-17)
ET = P("By 10:20 ET", None, None)
YTD = P("year to date", "2025-01-01", "2025-12-17")
# 5708 Business Standard (ref Friday 2025-12-12)
BNOV = per("in November", 2025, 11)
F8 = P("In the first eight months of FY26 (April-November)", "2025-04-01", "2025-11-30")
FY26 = P("in FY26", "2025-04-01", "2026-03-31")
# 5709 DG ENER (ref Tuesday 2026-04-14)
Q425 = Q("In the fourth quarter of 2025", 2025, 4)
INQ = Q("in the quarter", 2025, 4)
INQC = Q("In the quarter", 2025, 4)
FQ = Q("in the fourth quarter", 2025, 4)
# 5710 NBS (ref Monday 2025-12-15)
NNOV = per("in November", 2025, 11)
NNOVC = per("In November", 2025, 11)
JN11 = P("From January to November", "2025-01-01", "2025-11-30")
JO10 = P("From January to October", "2025-01-01", "2025-10-31")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_retail_sales_volumes_stores.txt': [
        ('0.4%', 1, 0.4, 'percent', 'retail sales volumes', 'decrease', 'month_on_month', None, OCTNOV, None),
        ('0.9%', 1, 0.9, 'percent', 'retail sales volumes', 'decrease', 'month_on_month', None, OCT25, None),
        ('1.1%', 1, 1.1, 'percent', 'retail sales volumes', 'decrease', 'month_on_month', None, OCT25, None),
        ('0.6%', 1, 0.6, 'percent', 'sales volumes', 'increase', 'period_on_period', None, TMN, None),
        ('1.8%', 1, 1.8, 'percent', 'sales volumes', 'increase', 'year_on_year', None, TMN, None),
        ('2.7%', 1, 2.7, 'percent', 'sales volumes', 'decrease', None, None, F20, None),
        ('19.6%', 1, 19.6, 'percent', 'sales values', 'increase', None, None, F20, None),
        ('1.3%', 1, 1.3, 'percent', 'non-food stores sales volumes', 'decrease', 'month_on_month', None, NOV25, ONS),
        ('2.1%', 1, 2.1, 'percent', 'department stores sales volumes', 'decrease', 'month_on_month', None, NOV25, ONS),
        ('1.6%', 1, 1.6, 'percent', 'clothing retailers sales volumes', 'decrease', 'month_on_month', None, NOV25, ONS),
        ('0.8%', 1, 0.8, 'percent', 'household goods stores sales volumes', 'increase', 'month_on_month', None, NOV25, ONS),
        ('0.5%', 1, 0.5, 'percent', 'food stores sales volumes', 'increase', 'month_on_month', None, NOV25, ONS),
        ('0.7%', 1, 0.7, 'percent', 'automotive fuel volumes', 'decrease', 'month_on_month', None, NOV25, ONS),
        ('3.2%', 1, 3.2, 'percent', 'total non-store sales volumes', 'increase', 'month_on_month', None, NOV25, ONS),
        ('5.4%', 1, 5.4, 'percent', 'value of online sales', 'increase', 'year_on_year', None, NOV25, ONS),
        ('28.9%', 1, 28.9, 'percent', 'online spending as a proportion of all retailing', 'increase', None, None, NOV25, ONS),
        ('27.8%', 1, 27.8, 'percent', 'online spending as a proportion of all retailing', None, None, None, OCT25, ONS),
        ('5,000', 1, 5000, 'count', 'businesses sampled by the Monthly Business Survey', None, None, 'approximately', None, ONS),
        ('61%', 1, 61, 'percent', 'response rate', None, None, None, FNOV25, ONS),
        ('a third', 1, 0.3333, 'fraction', 'share of responding retailers reporting Black Friday effects', None, None, 'approximately', FNOV25, ONS),
    ],
    'wire_1987_canadian_gdp.txt': [
        ('0.6 PCT', 1, 0.6, 'percent', 'Canada GDP', 'increase', None, None, per('FEBRUARY', 1987, 2), None),
        ('0.6 pct', 1, 0.6, 'percent', "Canada's real gross domestic product at factor cost", 'increase', 'month_on_month', None, FEB87, STC),
        ('0.2 pct', 1, 0.2, 'percent', "Canada's real gross domestic product at factor cost", 'decrease', 'month_on_month', None, JAN87, STC),
        ('0.1 pct', 1, 0.1, 'percent', 'real gross domestic product at factor cost', 'decrease', None, None, per('for January', 1987, 1), STC),
        ('0.3', 1, 0.3, 'percent', 'real gross domestic product at factor cost', 'increase', None, None, per('February', 1987, 2), None),
        ('0.4 pct', 1, 0.4, 'percent', 'real gross domestic product at factor cost', 'increase', None, None, per('February', 1987, 2), None),
        ('361.24 billion dlrs', 1, 361.24e9, 'CAD', 'output at factor cost', 'increase', None, None, FEB87, STC),
        ('351.07 billion', 1, 351.07e9, 'CAD', 'output at factor cost', None, None, None, YE86, STC),
        ('2.9 pct', 1, 2.9, 'percent', 'output at factor cost', 'increase', 'year_on_year', None, FEB87, STC),
        ('1.1 pct', 1, 1.1, 'percent', 'goods-producing industries', 'increase', None, None, FEB87, STC),
        ('1.4 pct', 1, 1.4, 'percent', 'manufacturing', 'increase', None, None, FEB87, STC),
        ('2.3 pct', 1, 2.3, 'percent', 'construction', 'increase', None, None, FEB87, STC),
        ('0.8 pct', 1, 0.8, 'percent', 'mining output', 'decrease', None, None, FEB87, STC),
        ('0.3 pct', 1, 0.3, 'percent', 'output of service industries', 'increase', None, None, FEB87, STC),
        ('0.9 pct', 1, 0.9, 'percent', 'wholesale trade', 'increase', None, None, None, STC),
        ('0.5 pct', 1, 0.5, 'percent', 'retail trade', 'increase', None, None, None, STC),
        ('0.2 pct', 2, 0.2, 'percent', 'finance, insurance and real estate', 'increase', None, None, None, STC),
        ('0.4 pct', 2, 0.4, 'percent', 'transportation and storage', 'decrease', None, None, None, STC),
        ('3.7 pct', 1, 3.7, 'percent', 'agricultural output', 'decrease', None, None, None, STC),
        ('0.8 pct', 2, 0.8, 'percent', 'GDP', 'increase', 'period_on_period', 'approximately', P('In the three months ended February', '1986-12-01', '1987-02-28'), STC),
        ('0.7 pct', 1, 0.7, 'percent', 'business sector output', 'increase', None, None, FEB87, STC),
        ('0.1 pct', 2, 0.1, 'percent', 'non-business sector output', 'increase', None, None, FEB87, STC),
    ],
    'wire_2025_hungary_inflation.txt': [
        ('3.8%', 1, 3.8, 'percent', 'Hungarian inflation', 'decrease', None, None, HNOV, None),
        ('3.8%', 2, 3.8, 'percent', "Hungary's annual inflation rate", 'decrease', 'year_on_year', None, HNOV, KSH),
        ('4.3%', 1, 4.3, 'percent', "Hungary's annual inflation rate", None, 'year_on_year', None, HOCT, KSH),
        ('4.0%', 1, 4.0, 'percent', 'annual inflation rate', None, 'year_on_year', None, HNOV, RTR),
        ('0.2%', 1, 0.2, 'percent', 'consumer prices', 'decrease', 'month_on_month', None, HNOV, KSH),
        ('0.3%', 1, 0.3, 'percent', 'consumer prices', 'increase', 'month_on_month', None, HOCT, KSH),
        ('4.6%', 1, 4.6, 'percent', 'food prices', 'increase', 'year_on_year', None, HNOV, KSH),
        ('5.9%', 1, 5.9, 'percent', 'food prices', None, 'year_on_year', None, HOCT, KSH),
        ('5.2%', 1, 5.2, 'percent', 'processed food prices', 'increase', 'year_on_year', None, HNOV, KSH),
        ('3.4%', 1, 3.4, 'percent', 'unprocessed food prices', 'increase', 'year_on_year', None, HNOV, KSH),
        ('6.1%', 1, 6.1, 'percent', 'fuel prices', 'decrease', 'year_on_year', None, HNOV, KSH),
        ('0.8%', 1, 0.8, 'percent', 'household energy', 'decrease', 'year_on_year', None, HNOV, KSH),
        ('6.4%', 1, 6.4, 'percent', 'services inflation', None, 'year_on_year', None, HNOV, KSH),
        ('7.1%', 1, 7.1, 'percent', 'prices of alcoholic beverages and tobacco', 'increase', 'year_on_year', None, HNOV, KSH),
        ('4.1%', 1, 4.1, 'percent', 'annual core inflation', 'decrease', 'year_on_year', None, HNOV, KSH),
        ('4.4%', 1, 4.4, 'percent', 'annual core inflation', None, 'year_on_year', None, HOCT, KSH),
        ('3%', 1, 3, 'percent', 'inflation target', None, None, None, None, MNB),
        ('1 percentage point', 1, 1, 'percentage_point', 'tolerance band', None, None, None, None, MNB),
        ('6.50%', 1, 6.5, 'percent', 'base rate', None, None, None, P('since September 2024', '2024-09-01', '2025-12-10'), MNB),
        ('4.5', 1, 4.5, 'percent', 'average inflation', None, None, None, Y('this year', 2025), MNB),
        ('4.6%', 2, 4.6, 'percent', 'average inflation', None, None, None, Y('this year', 2025), MNB),
        ('383.4', 1, 383.4, 'HUF', 'forint', None, None, None, P('by 0900 GMT', None, None), KSH),
    ],
    'cnbc_style_new_home_sales.txt': [
        ('4.1%', 1, 4.1, 'percent', 'new home sales', 'increase', 'month_on_month', None, COCT, DOC),
        ('737,000 units', 1, 737000, 'count', 'new home sales', 'increase', None, None, COCT, DOC),
        ('710,000', 1, 710000, 'count', 'new home sales', None, None, None, COCT, DJ),
        ('680,000', 1, 680000, 'count', 'new home sales', None, None, None, COCT, DJ),
        ('745,000', 1, 745000, 'count', 'new home sales', None, None, None, COCT, DJ),
        ('708,000', 1, 708000, 'count', 'new home sales', 'decrease', None, None, per('September', 2025, 9), DOC),
        ('724,000', 1, 724000, 'count', 'new home sales', None, None, None, per('September', 2025, 9), DOC),
        ('12.8%', 1, 12.8, 'percent', 'sales', 'increase', 'year_on_year', None, COCT, DOC),
        ('$392,800', 1, 392800, 'USD', 'median sales price of a new home', 'decrease', None, None, COCT, DOC),
        ('6.2%', 1, 6.2, 'percent', 'median sales price of a new home', 'decrease', 'year_on_year', None, COCT, DOC),
        ('$467,500', 1, 467500, 'USD', 'average price', None, None, None, COCT, DOC),
        ('489,000', 1, 489000, 'count', 'new homes for sale', None, None, None, EOM, DOC),
        ('8.0 months', 1, 8.0, 'month', "months' supply", None, None, None, EOM, DOC),
        ('8.9 months', 1, 8.9, 'month', "months' supply", None, None, None, CSEP, DOC),
        ('122,000', 1, 122000, 'count', 'completed homes on the market', None, None, 'approximately', EOM, DOC),
        ('21.4%', 1, 21.4, 'percent', 'sales in the Midwest', 'increase', None, None, per('October', 2025, 10), DOC),
        ('9.6%', 1, 9.6, 'percent', 'sales in the South', 'increase', None, None, per('October', 2025, 10), DOC),
        ('11.2%', 1, 11.2, 'percent', 'sales in the Northeast', 'decrease', None, None, per('October', 2025, 10), DOC),
        ('6.23%', 1, 6.23, 'percent', 'average rate on a 30-year fixed loan', 'decrease', None, None, WK, FM),
        ('6.81%', 1, 6.81, 'percent', 'average rate on a 30-year fixed loan', None, None, None, P('a year earlier', '2024-11-20', '2024-11-26'), FM),
    ],
    'mt_newswires_japan_machinery_orders.txt': [
        ('7.0%', 1, 7.0, 'percent', 'Japan core machinery orders', 'increase', None, None, MOCT, None),
        ('7.0%', 2, 7.0, 'percent', "Japan's core machinery orders", 'increase', 'month_on_month', None, MOCT, CAO),
        ('4.4%', 1, 4.4, 'percent', "Japan's core machinery orders", 'decrease', 'month_on_month', None, MSEP, CAO),
        ('2.5%', 1, 2.5, 'percent', 'core machinery orders', 'increase', 'month_on_month', None, MOCT, BBG),
        ('936.2 billion yen', 1, 936.2e9, 'JPY', 'core orders', None, None, None, MOCT, CAO),
        ('4.9%', 1, 4.9, 'percent', 'core orders', 'increase', 'year_on_year', None, per('October', 2025, 10), CAO),
        ('1.3%', 1, 1.3, 'percent', 'core orders', 'increase', 'year_on_year', None, per('October', 2025, 10), None),
        ('2.8%', 1, 2.8, 'percent', 'core orders', 'decrease', 'year_on_year', None, MSEP, CAO),
        ('3.1%', 1, 3.1, 'percent', 'core orders', 'decrease', 'year_on_year', None, MSEP, CAO),
        ('9.3%', 1, 9.3, 'percent', 'orders from manufacturers', 'increase', 'month_on_month', None, None, CAO),
        ('5.1%', 1, 5.1, 'percent', 'orders from non-manufacturers excluding ships and electric power companies', 'increase', 'month_on_month', None, None, CAO),
        ('14.7%', 1, 14.7, 'percent', 'electrical machinery orders', 'increase', 'month_on_month', None, None, CAO),
        ('6.0%', 1, 6.0, 'percent', 'chemical orders', 'decrease', 'month_on_month', None, None, CAO),
        ('18.6%', 1, 18.6, 'percent', 'external orders', 'increase', None, None, None, CAO),
        ('1.42 trillion yen', 1, 1.42e12, 'JPY', 'external orders', 'increase', None, None, None, CAO),
        ('2.7%', 1, 2.7, 'percent', 'government orders', 'decrease', None, None, None, CAO),
        ('1.8%', 1, 1.8, 'percent', 'core orders', 'decrease', 'quarter_on_quarter', None, Q('in the October-December quarter', 2025, 4), CAO),
        ('2.2%', 1, 2.2, 'percent', 'core orders', 'increase', 'quarter_on_quarter', None, Q('in July-September', 2025, 3), CAO),
    ],
    'trading_economics_style_malaysia_trade.txt': [
        ('MYR 13.87 billion', 1, 13.87e9, 'MYR', "Malaysia's trade surplus", 'decrease', None, None, TNOV, DOSM),
        ('MYR 18.54 billion', 1, 18.54e9, 'MYR', "Malaysia's trade surplus", None, None, None, per('in the same month a year earlier', 2024, 11), DOSM),
        ('MYR 15.4 billion', 1, 15.4e9, 'MYR', "Malaysia's trade surplus", None, None, None, TNOV, None),
        ('6.3%', 1, 6.3, 'percent', 'exports', 'increase', 'year_on_year', None, TNOV, DOSM),
        ('MYR 138.95 billion', 1, 138.95e9, 'MYR', 'exports', 'increase', None, None, TNOV, DOSM),
        ('15.9%', 1, 15.9, 'percent', 'exports', 'increase', 'year_on_year', None, per('in October', 2025, 10), DOSM),
        ('7.5%', 1, 7.5, 'percent', 'exports', 'increase', 'year_on_year', None, TNOV, None),
        ('two-fifths', 1, 0.4, 'fraction', 'electrical & electronic products share of total exports', None, None, 'approximately', TNOV, DOSM),
        ('11.2%', 1, 11.2, 'percent', 'shipments of electrical & electronic products', 'increase', 'year_on_year', None, TNOV, DOSM),
        ('-8.4%', 1, -8.4, 'percent', 'sales of palm oil and palm-based products', 'decrease', 'year_on_year', None, TNOV, DOSM),
        ('-19.6%', 1, -19.6, 'percent', 'sales of liquefied natural gas', 'decrease', 'year_on_year', None, TNOV, DOSM),
        ('14.1%', 1, 14.1, 'percent', 'exports to Singapore', 'increase', 'year_on_year', None, TNOV, DOSM),
        ('22.7%', 1, 22.7, 'percent', 'exports to Taiwan', 'increase', 'year_on_year', None, TNOV, DOSM),
        ('3.5%', 1, 3.5, 'percent', 'exports to the US', 'increase', 'year_on_year', None, TNOV, DOSM),
        ('-4.2%', 1, -4.2, 'percent', 'exports to China', 'decrease', 'year_on_year', None, TNOV, DOSM),
        ('-10.3%', 1, -10.3, 'percent', 'exports to Japan', 'decrease', 'year_on_year', None, TNOV, DOSM),
        ('11.5%', 1, 11.5, 'percent', 'imports', 'increase', 'year_on_year', None, None, DOSM),
        ('MYR 125.08 billion', 1, 125.08e9, 'MYR', 'imports', 'increase', None, None, None, DOSM),
        ('+25.7%', 1, 25.7, 'percent', 'purchases of capital goods', 'increase', 'year_on_year', None, None, DOSM),
        ('+9.1%', 1, 9.1, 'percent', 'purchases of intermediate goods', 'increase', 'year_on_year', None, None, DOSM),
        ('MYR 121.6 billion', 1, 121.6e9, 'MYR', 'trade surplus', None, None, None, JN, DOSM),
        ('4.2%', 1, 4.2, 'percent', 'exports', 'increase', 'year_on_year', None, JN, DOSM),
        ('6.9%', 1, 6.9, 'percent', 'imports', 'increase', 'year_on_year', None, JN, DOSM),
        ('5,012.38 MYR Million', 1, 5012.38e6, 'MYR', 'Balance of Trade in Malaysia average', None, None, None, P('from 1970 until 2025', '1970-01-01', '2025-12-31'), DOSM),
        ('31,012.20 MYR Million', 1, 31012.20e6, 'MYR', 'Balance of Trade in Malaysia all time high', None, None, None, per('in April 2022', 2022, 4), DOSM),
        ('-1,873.40 MYR Million', 1, -1873.40e6, 'MYR', 'Balance of Trade in Malaysia record low', 'decrease', None, None, per('in October 1997', 1997, 10), DOSM),
        ('14,200.00 MYR Million', 1, 14200.00e6, 'MYR', 'Balance of Trade in Malaysia', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('12,800.00 MYR Million', 1, 12800.00e6, 'MYR', 'Malaysia Balance of Trade', None, None, 'approximately', Y('in 2026', 2026), TE),
    ],
    'investing_style_silver_gold_ratio.txt': [
        ('$66', 1, 66, 'USD', 'silver', None, None, 'more_than', None, None),
        ('2.6%', 1, 2.6, 'percent', 'spot silver', 'increase', None, None, ET, None),
        ('$66.18', 1, 66.18, 'USD', 'spot silver', 'increase', None, None, ET, None),
        ('$66.54', 1, 66.54, 'USD', 'spot silver all-time high', None, None, None, ET, None),
        ('2.3%', 1, 2.3, 'percent', 'silver futures', 'increase', None, None, ET, None),
        ('$66.47', 1, 66.47, 'USD', 'silver futures', 'increase', None, None, ET, None),
        ('0.5%', 1, 0.5, 'percent', 'spot gold', 'increase', None, None, ET, None),
        ('$4,331.80', 1, 4331.80, 'USD', 'spot gold', 'increase', None, None, ET, None),
        ('$4,362', 1, 4362, 'USD', 'gold futures', None, None, None, ET, None),
        ('65.5', 1, 65.5, 'times', 'gold-silver ratio', 'decrease', None, 'approximately', None, None),
        ('80', 1, 80, 'times', 'gold-silver ratio', None, None, 'more_than', per('in October', 2025, 10), None),
        ('doubled', 1, 2, 'times', 'silver', 'increase', None, 'more_than', Y('in 2025', 2025), None),
        ('128%', 1, 128, 'percent', 'silver', 'increase', None, 'approximately', YTD, None),
        ('65%', 1, 65, 'percent', 'gold', 'increase', None, None, YTD, None),
        ('187 metric tons', 1, 187, 'tonne', 'holdings of the iShares Silver Trust', 'increase', None, None, P('on Tuesday', '2025-12-16', '2025-12-16'), None),
        ('15,940 tons', 1, 15940, 'tonne', 'holdings of the iShares Silver Trust', 'increase', None, None, P('on Tuesday', '2025-12-16', '2025-12-16'), None),
        ('120 million ounces', 1, 120e6, 'ounce', 'global silver ETF holdings', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-12-17'), MF),
        ('24%', 1, 24, 'percent', 'chance of a Fed rate cut', None, None, None, P('at the Jan. 27-28 meeting', '2026-01-27', '2026-01-28'), CME),
        ('25-basis-point', 1, 25, 'basis_point', 'Fed rate cut', 'decrease', None, None, P('at the Jan. 27-28 meeting', '2026-01-27', '2026-01-28'), CME),
        ('$70', 1, 70, 'USD', 'silver', None, None, None, Q('in the first quarter of 2026', 2026, 1), SAXO),
    ],
    'business_standard_style_two_wheeler_exports.txt': [
        ('27%', 1, 27, 'percent', 'two-wheeler exports', 'increase', None, None, per('in Nov', 2025, 11), None),
        ('27.4 per cent', 1, 27.4, 'percent', 'two-wheeler exports from India', 'increase', 'year_on_year', None, BNOV, SIAM),
        ('4,51,206 units', 1, 451206, 'count', 'two-wheeler exports from India', 'increase', None, None, BNOV, SIAM),
        ('9.8 per cent', 1, 9.8, 'percent', 'domestic two-wheeler dispatches', 'increase', 'year_on_year', None, per('during the month', 2025, 11), SIAM),
        ('17.6 lakh units', 1, 1.76e6, 'count', 'domestic two-wheeler dispatches', None, None, None, per('during the month', 2025, 11), SIAM),
        ('16.03 lakh units', 1, 1.603e6, 'count', 'domestic two-wheeler dispatches', None, None, None, per('in November 2024', 2024, 11), SIAM),
        ('33.2 lakh units', 1, 3.32e6, 'count', 'exports', None, None, None, F8, SIAM),
        ('23.1 per cent', 1, 23.1, 'percent', 'exports', 'increase', 'year_on_year', None, F8, SIAM),
        ('4.8 million units', 1, 4.8e6, 'count', 'exports', None, None, 'more_than', P('in the full fiscal year', '2025-04-01', '2026-03-31'), SIAM),
        ('1.86 lakh units', 1, 186000, 'count', 'Bajaj Auto exports', None, None, None, BNOV, SIAM),
        ('19 per cent', 1, 19, 'percent', 'Bajaj Auto exports', 'increase', None, None, BNOV, SIAM),
        ('1.31 lakh units', 1, 131000, 'count', 'TVS Motor exports', None, None, None, BNOV, SIAM),
        ('52,418 units', 1, 52418, 'count', 'Honda Motorcycle & Scooter India exports', None, None, None, BNOV, SIAM),
        ('doubled', 1, 2, 'times', "Hero MotoCorp's exports", 'increase', None, 'approximately', BNOV, SIAM),
        ('31,870 units', 1, 31870, 'count', "Hero MotoCorp's exports", 'increase', None, None, BNOV, SIAM),
        ('87 per cent', 1, 87, 'percent', 'motorcycles share of exported units', None, None, 'approximately', None, SIAM),
        ('41.6 per cent', 1, 41.6, 'percent', 'scooter exports', 'increase', None, None, None, SIAM),
        ('18', 1, 18, 'percent', 'two-wheeler exports', 'increase', None, None, FY26, ICRA),
        ('20 per cent', 1, 20, 'percent', 'two-wheeler exports', 'increase', None, None, FY26, ICRA),
        ('21 per cent', 1, 21, 'percent', 'two-wheeler exports', 'increase', None, None, P('in FY25', '2024-04-01', '2025-03-31'), ICRA),
    ],
    'eu_energy_style_electricity_interconnection_flows.txt': [
        ('118 TWh', 1, 118, 'terawatt hour', 'physical cross-border electricity flows between EU Member States', None, None, None, Q425, None),
        ('4%', 1, 4, 'percent', 'physical cross-border electricity flows between EU Member States', 'increase', 'year_on_year', None, Q425, None),
        ('13.9 TWh', 1, 13.9, 'terawatt hour', 'Italy net imports', None, None, None, INQ, None),
        ('8.7 TWh', 1, 8.7, 'terawatt hour', 'Germany net imports', None, None, None, INQ, None),
        ('3.4 TWh', 1, 3.4, 'terawatt hour', 'Hungary net imports', None, None, None, INQ, None),
        ('twice', 1, 2, 'times', "Germany's net imports", 'increase', 'year_on_year', 'approximately', INQ, None),
        ('1.2 TWh', 1, 1.2, 'terawatt hour', 'Poland net imports', None, None, None, INQ, None),
        ('0.6 TWh', 1, 0.6, 'terawatt hour', 'Poland net exports', None, None, None, Q('in Q4 2024', 2024, 4), None),
        ('22.3 TWh', 1, 22.3, 'terawatt hour', "France's net exports", 'increase', None, None, INQC, None),
        ('18.9 TWh', 1, 18.9, 'terawatt hour', "France's net exports", None, None, None, Q('a year earlier', 2024, 4), None),
        ('7.1 TWh', 1, 7.1, 'terawatt hour', 'Sweden net exports', None, None, None, INQC, None),
        ('3.8 TWh', 1, 3.8, 'terawatt hour', 'Spain net exports', None, None, None, INQC, None),
        ('14', 1, 14, 'count', 'Member States that were net importers', None, None, None, INQC, None),
        ('16 €/MWh', 1, 16, 'EUR', 'average day-ahead price difference between Germany and France', 'decrease', None, None, FQ, None),
        ('29 €/MWh', 1, 29, 'EUR', 'average day-ahead price difference between Germany and France', None, None, None, Q('in the third quarter', 2025, 3), None),
        ('21 €/MWh', 1, 21, 'EUR', 'spread between northern Italy and Switzerland', None, None, None, FQ, None),
        ('34 €/MWh', 1, 34, 'EUR', 'Hungary–Austria spread', 'increase', None, None, per('In December', 2025, 12), None),
        ('61%', 1, 61, 'percent', 'share of hours with congestion on the France–Italy border', None, None, None, FQ, ENTSOE),
        ('48%', 1, 48, 'percent', 'share of hours with congestion on the Norway–Germany border', None, None, None, FQ, ENTSOE),
        ('9.6 TWh', 1, 9.6, 'terawatt hour', 'imports from non-EU countries', None, None, None, FQ, ENTSOE),
        ('half', 1, 0.5, 'fraction', 'Norway share of imports from non-EU countries', None, None, 'approximately', FQ, ENTSOE),
        ('2.1 TWh', 1, 2.1, 'terawatt hour', 'imports from Switzerland', None, None, None, FQ, ENTSOE),
    ],
    'nbs_style_tertiary_industry_index.txt': [
        ('4.2 Percent', 1, 4.2, 'percent', 'Index of Services Production', 'increase', 'year_on_year', None, NNOVC, None),
        ('4.2 percent', 1, 4.2, 'percent', 'national Index of Services Production', 'increase', 'year_on_year', None, NNOV, NBS),
        ('0.4 percentage points', 1, 0.4, 'percentage_point', 'Index of Services Production growth', 'decrease', 'month_on_month', None, NNOV, NBS),
        ('0.19 percent', 1, 0.19, 'percent', 'Index of Services Production', 'increase', 'month_on_month', None, NNOV, NBS),
        ('12.1 percent', 1, 12.1, 'percent', 'production index of information transmission, software and information technology services', 'increase', 'year_on_year', None, NNOVC, NBS),
        ('8.4 percent', 1, 8.4, 'percent', 'production index of leasing and business services', 'increase', 'year_on_year', None, NNOVC, NBS),
        ('6.6 percent', 1, 6.6, 'percent', 'production index of financial services', 'increase', 'year_on_year', None, NNOVC, NBS),
        ('4.8 percent', 1, 4.8, 'percent', 'production index of wholesale and retail trades', 'increase', 'year_on_year', None, NNOVC, NBS),
        ('3.1 percent', 1, 3.1, 'percent', 'production index of accommodation and catering', 'increase', 'year_on_year', None, NNOVC, NBS),
        ('3.6 percent', 1, 3.6, 'percent', 'production index of real estate services', 'decrease', 'year_on_year', None, NNOVC, NBS),
        ('5.4 percent', 1, 5.4, 'percent', 'Index of Services Production', 'increase', 'year_on_year', None, JN11, NBS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'Index of Services Production growth', 'decrease', 'period_on_period', None, JN11, NBS),
        ('10', 1, 10, 'count', 'service sectors that maintained year-on-year growth', None, None, None, JN11, NBS),
        ('49.5 percent', 1, 49.5, 'index_point', 'Business Activity Index for the services sector', None, None, None, NNOVC, NBS),
        ('0.6 percentage points', 1, 0.6, 'percentage_point', 'Business Activity Index for the services sector', 'decrease', 'month_on_month', None, NNOVC, NBS),
        ('56.2 percent', 1, 56.2, 'index_point', 'Business Activity Expectation Index for services', None, None, None, NNOVC, NBS),
        ('30,518.7 billion yuan', 1, 30518.7e9, 'CNY', 'operating revenue of services enterprises above designated size', None, None, None, JO10, NBS),
        ('6.8 percent', 1, 6.8, 'percent', 'operating revenue of services enterprises above designated size', 'increase', 'year_on_year', None, JO10, NBS),
        ('2,291.4 billion yuan', 1, 2291.4e9, 'CNY', 'total profits of services enterprises above designated size', None, None, None, JO10, NBS),
        ('3.9 percent', 1, 3.9, 'percent', 'total profits of services enterprises above designated size', 'increase', 'year_on_year', None, JO10, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
