# ruff: noqa: E501, RUF001
"""Write corpus/annotated_42/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_42.py corpus/annotated_42
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
BOJ = "Bank of Japan"
GASTAT = "General Authority for Statistics"
IMF = "International Monetary Fund"
MOF = "Ministry of Finance"
SAMA = "Saudi Central Bank"
NAR = "National Association of Realtors"
DJ = "Dow Jones"
FM = "Freddie Mac"
SC = "Statistics Canada"
BBG = "Bloomberg"
CBS = "Statistics Netherlands"
TE = "Trading Economics"
BI = "Bank Indonesia"
BPS = "Statistics Indonesia"
RTRS = "Reuters"
MOCI = "Ministry of Commerce and Industry"
ICRA = "ICRA"
GIE = "Gas Infrastructure Europe"
MIIT = "Ministry of Industry and Information Technology"

# 4201 ONS housebuilding (ref Thursday 2025-11-20)
Q3L = Q("in Quarter 3 (July to Sept) 2025", 2025, 3)
INQ = Q("in the quarter", 2025, 3)
LQ = Q("in the latest quarter", 2025, 3)
Q2R = Q("for Quarter 2 (Apr to June) 2025", 2025, 2)
FYE25 = P("In the financial year ending (FYE) March 2025", "2024-04-01", "2025-03-31")
FQ = P("in the four quarters to September 2025", "2024-10-01", "2025-09-30")
SINCE24 = P("since the start of 2024", "2024-01-01", "2025-11-20")
FYE18 = P("in FYE March 2018", "2017-04-01", "2018-03-31")
# 4202 Reuters 1987 (ref Friday 1987-06-12)
MAYH = per("MAY", 1987, 5)
MAY = per("in May", 1987, 5)
APR = per("in April", 1987, 4)
# 4203 Reuters 2025 (ref Saturday 2025-11-15)
SOCT = per("in October", 2025, 10)
# 4204 CNBC (ref Friday 2025-12-19)
NOV = per("in November", 2025, 11)
EON = P("at the end of November", "2025-11-30", "2025-11-30")
# 4205 MT Newswires (ref Friday 2025-12-12)
MOCT = per("in October", 2025, 10)
MSEP = per("in September", 2025, 9)
# 4206 Trading Economics (ref Tuesday 2025-12-09)
N25 = per("in November 2025", 2025, 11)
TOCT = per("in October", 2025, 10)
TNOV = per("in November", 2025, 11)
# 4207 Investing.com (ref Wednesday 2025-12-17)
ET = P("By 03:10 ET", None, None)
# 4208 Business Standard (ref Friday 2025-11-21)
BOCT = per("in October", 2025, 10)
BSEP = per("in September", 2025, 9)
AO26 = P("During April-October of FY26", "2025-04-01", "2025-10-31")
JSQ = Q("in the July-September quarter (Q2FY26)", 2025, 3)
BNOV = per("in November", 2025, 11)
FY26 = P("in FY26", "2025-04-01", "2026-03-31")
# 4209 DG ENER (ref Tuesday 2026-01-20)
INJ = P("between 1 April and 30 September 2025", "2025-04-01", "2025-09-30")
TGT = P("at any point between 1 October and 1 December", "2025-10-01", "2025-12-01")
NOV1 = P("on 1 November", "2025-11-01", "2025-11-01")
# 4210 MIIT (ref Thursday 2025-11-20)
JO = P("from January to October this year", "2025-01-01", "2025-10-31")
F10 = P("In the first ten months", "2025-01-01", "2025-10-31")
EOO = P("As of the end of October", "2025-10-31", "2025-10-31")
BEO = P("By the end of October", "2025-10-31", "2025-10-31")
OEL = P("over the end of last year", "2024-12-31", "2025-10-31")
NOCT = per("In October", 2025, 10)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_new_dwellings_house_building.txt': [
        ('41,320', 1, 41320, 'count', 'permanent dwellings started across the UK', None, None, None, Q3L, None),
        ('4.8%', 1, 4.8, 'percent', 'permanent dwellings started across the UK', 'decrease', 'year_on_year', None, Q3L, None),
        ('2.1%', 1, 2.1, 'percent', 'completions', 'increase', 'year_on_year', None, INQ, None),
        ('44,870', 1, 44870, 'count', 'completions', 'increase', None, None, INQ, None),
        ('85%', 1, 85, 'percent', 'England share of UK starts', None, None, 'approximately', None, None),
        ('1,190', 1, 1190, 'count', 'starts in Wales', None, None, None, None, None),
        ('3,640', 1, 3640, 'count', 'starts in Scotland', None, None, None, None, None),
        ('1,310', 1, 1310, 'count', 'starts in Northern Ireland', None, None, None, None, None),
        ('35,180', 1, 35180, 'count', 'dwellings started in England', None, None, None, LQ, ONS),
        ('5.6%', 1, 5.6, 'percent', 'dwellings started in England', 'decrease', 'year_on_year', None, LQ, ONS),
        ('38,240', 1, 38240, 'count', 'dwellings completed in England', None, None, None, LQ, ONS),
        ('2.4%', 1, 2.4, 'percent', 'dwellings completed in England', 'increase', 'year_on_year', None, LQ, ONS),
        ('1.9%', 1, 1.9, 'percent', "Scotland's starts", 'decrease', 'year_on_year', None, LQ, ONS),
        ('6.3%', 1, 6.3, 'percent', 'completions in Scotland', 'increase', 'year_on_year', None, LQ, ONS),
        ('4,020', 1, 4020, 'count', 'completions in Scotland', 'increase', None, None, LQ, ONS),
        ('1,050', 1, 1050, 'count', 'completions in Wales', None, None, None, LQ, ONS),
        ('1,560', 1, 1560, 'count', 'completions in Northern Ireland', None, None, None, LQ, ONS),
        ('40,950', 1, 40950, 'count', 'UK starts', 'increase', None, None, Q2R, ONS),
        ('40,610', 1, 40610, 'count', 'UK starts', None, None, None, Q2R, ONS),
        ('163,450', 1, 163450, 'count', 'dwellings completed across the UK', None, None, None, FYE25, ONS),
        ('7.2%', 1, 7.2, 'percent', 'dwellings completed across the UK', 'decrease', 'year_on_year', None, FYE25, ONS),
        ('three-quarters', 1, 0.75, 'fraction', 'private enterprise share of completions', None, None, 'approximately', FYE25, ONS),
        ('37,900', 1, 37900, 'count', 'completions by housing associations', None, None, None, FYE25, ONS),
        ('3,100', 1, 3100, 'count', 'completions by local authorities', None, None, 'approximately', FYE25, ONS),
        ('160,870', 1, 160870, 'count', 'annual UK starts', None, None, None, FQ, ONS),
        ('158,000', 1, 158000, 'count', 'annual UK starts', None, None, None, SINCE24, ONS),
        ('164,000', 1, 164000, 'count', 'annual UK starts', None, None, None, SINCE24, ONS),
        ('191,230', 1, 191230, 'count', 'annual UK starts peak', None, None, None, FYE18, ONS),
    ],
    'wire_1987_japan_money_supply.txt': [
        ('10.2 PCT', 1, 10.2, 'percent', 'Japan money supply', 'increase', 'year_on_year', None, MAYH, None),
        ('10.2 pct', 1, 10.2, 'percent', 'M-2 plus CDs', 'increase', 'year_on_year', None, MAY, BOJ),
        ('9.9 pct', 1, 9.9, 'percent', 'M-2 plus CDs', 'increase', 'year_on_year', None, APR, BOJ),
        ('10.4 pct', 1, 10.4, 'percent', 'M-2 plus CDs', 'increase', None, None, per('in December 1982', 1982, 12), BOJ),
        ('9.8 pct', 1, 9.8, 'percent', 'M-2 plus CDs', None, None, None, per('April', 1987, 4), BOJ),
        ('342,870 billion yen', 1, 342870e9, 'JPY', 'average outstanding balance of M-2 plus CDs', None, None, None, MAY, BOJ),
        ('340,110 billion', 1, 340110e9, 'JPY', 'average outstanding balance of M-2 plus CDs', None, None, None, APR, BOJ),
        ('0.9 pct', 1, 0.9, 'percent', 'seasonally adjusted money stock', 'increase', 'month_on_month', None, MAY, BOJ),
        ('0.6 pct', 1, 0.6, 'percent', 'seasonally adjusted money stock', 'increase', 'month_on_month', None, APR, BOJ),
        ('11.4 pct', 1, 11.4, 'percent', 'M-1', 'increase', 'year_on_year', None, MAY, BOJ),
        ('9.1 pct', 1, 9.1, 'percent', 'cash currency', 'increase', 'year_on_year', None, MAY, BOJ),
        ('9.6 pct', 1, 9.6, 'percent', 'quasi-money', 'increase', 'year_on_year', None, MAY, BOJ),
        ('10,250 billion yen', 1, 10250e9, 'JPY', 'CDs outstanding', None, None, None, MAY, BOJ),
        ('22.3 pct', 1, 22.3, 'percent', 'CDs outstanding', 'increase', 'year_on_year', None, MAY, BOJ),
        ('10 pct', 1, 10, 'percent', 'M-2 plus CD growth', 'increase', None, 'approximately', Q('in the April-June quarter', 1987, 2), BOJ),
        ('8.9 pct', 1, 8.9, 'percent', 'M-2 plus CD growth', None, None, None, Q('in January-March', 1987, 1), BOJ),
        ('10.5', 1, 10.5, 'percent', 'M-2 plus CD growth', 'increase', None, None, Q('in July-September', 1987, 3), None),
        ('11 pct', 1, 11, 'percent', 'M-2 plus CD growth', 'increase', None, None, Q('in July-September', 1987, 3), None),
    ],
    'wire_2025_saudi_inflation.txt': [
        ('2.2%', 1, 2.2, 'percent', 'Saudi inflation', 'increase', None, None, SOCT, None),
        ('2.2%', 2, 2.2, 'percent', 'annual consumer price inflation', 'increase', 'year_on_year', None, SOCT, GASTAT),
        ('2.1%', 1, 2.1, 'percent', 'annual consumer price inflation', None, 'year_on_year', None, per('in September', 2025, 9), GASTAT),
        ('5.9%', 1, 5.9, 'percent', 'prices in the housing, water, electricity, gas and other fuels category', 'increase', 'year_on_year', None, None, GASTAT),
        ('6.8%', 1, 6.8, 'percent', 'actual rents for housing', 'increase', 'year_on_year', None, None, GASTAT),
        ('25.5%', 1, 25.5, 'percent', 'housing, water, electricity, gas and other fuels category weight in the consumer basket', None, None, 'approximately', None, GASTAT),
        ('1.2%', 1, 1.2, 'percent', 'food and beverage prices', 'increase', 'year_on_year', None, SOCT, GASTAT),
        ('0.6%', 1, 0.6, 'percent', 'transport costs', 'decrease', 'year_on_year', None, SOCT, GASTAT),
        ('1.4%', 1, 1.4, 'percent', 'prices of furnishings and household equipment', 'decrease', 'year_on_year', None, SOCT, GASTAT),
        ('0.2%', 1, 0.2, 'percent', 'consumer prices', 'increase', 'month_on_month', None, SOCT, GASTAT),
        ('0.1%', 1, 0.1, 'percent', 'consumer prices', 'increase', 'month_on_month', None, per('in the previous month', 2025, 9), GASTAT),
        ('3.1%', 1, 3.1, 'percent', 'villa rents', 'increase', 'year_on_year', None, SOCT, GASTAT),
        ('7.9%', 1, 7.9, 'percent', 'apartment rents', 'increase', 'year_on_year', None, SOCT, GASTAT),
        ('1.9%', 1, 1.9, 'percent', 'wholesale price index', 'increase', 'year_on_year', None, SOCT, GASTAT),
        ('2.0%', 1, 2.0, 'percent', 'Saudi inflation', None, None, None, Y('this year', 2025), IMF),
        ('2.1%', 2, 2.1, 'percent', 'Saudi inflation', None, None, None, Y('in 2026', 2026), IMF),
        ('1.7%', 1, 1.7, 'percent', 'inflation', None, None, None, Y('2026', 2026), MOF),
        ('2.3%', 1, 2.3, 'percent', 'inflation', None, None, None, Y('2026', 2026), MOF),
        ('25 basis points', 1, 25, 'basis_point', 'repo and reverse repo rates', 'decrease', None, None, SOCT, SAMA),
        ('4.75%', 1, 4.75, 'percent', 'repo rate', 'decrease', None, None, SOCT, SAMA),
        ('4.25%', 1, 4.25, 'percent', 'reverse repo rate', 'decrease', None, None, SOCT, SAMA),
    ],
    'cnbc_style_existing_home_sales_nar.txt': [
        ('0.5%', 1, 0.5, 'percent', 'existing-home sales', 'increase', 'month_on_month', None, NOV, NAR),
        ('4.13 million units', 1, 4.13e6, 'count', 'existing-home sales', 'increase', None, None, NOV, NAR),
        ('4.15 million', 1, 4.15e6, 'count', 'existing-home sales', None, None, None, NOV, DJ),
        ('1%', 1, 1, 'percent', 'existing-home sales', 'decrease', 'year_on_year', None, NOV, NAR),
        ('$409,200', 1, 409200, 'USD', 'median price of an existing home', None, None, None, NOV, NAR),
        ('1.2%', 1, 1.2, 'percent', 'median price of an existing home', 'increase', 'year_on_year', None, NOV, NAR),
        ('1.43 million', 1, 1.43e6, 'count', 'homes for sale', None, None, None, EON, NAR),
        ('5.9%', 1, 5.9, 'percent', 'homes for sale', 'decrease', 'month_on_month', None, EON, NAR),
        ('7.5%', 1, 7.5, 'percent', 'homes for sale', 'increase', 'year_on_year', None, EON, NAR),
        ('4.2 months', 1, 4.2, 'month', "months' supply", None, None, None, EON, NAR),
        ('4.4 months', 1, 4.4, 'month', "months' supply", None, None, None, per('in October', 2025, 10), NAR),
        ('30%', 1, 30, 'percent', 'first-time buyers share of sales', None, None, None, None, NAR),
        ('27%', 1, 27, 'percent', 'all-cash deals share of sales', None, None, None, None, NAR),
        ('17%', 1, 17, 'percent', 'investors share of sales', None, None, None, None, NAR),
        ('one in five', 1, 0.2, 'fraction', 'share of homes sold above list price', None, None, 'approximately', None, NAR),
        ('2.0%', 1, 2.0, 'percent', 'sales in the Northeast', 'increase', None, None, per('November', 2025, 11), NAR),
        ('1.1%', 1, 1.1, 'percent', 'sales in the South', 'increase', None, None, per('November', 2025, 11), NAR),
        ('0.8%', 1, 0.8, 'percent', 'sales in the West', 'decrease', None, None, per('November', 2025, 11), NAR),
        ('14%', 1, 14, 'percent', 'sales', 'increase', None, 'approximately', Y('next year', 2026), NAR),
        ('6.21%', 1, 6.21, 'percent', 'average rate on the 30-year fixed mortgage', 'decrease', None, None, P('in the week ended Dec. 18', '2025-12-12', '2025-12-18'), FM),
        ('6.72%', 1, 6.72, 'percent', 'average rate on the 30-year fixed mortgage', None, None, None, P('a year ago', '2024-12-12', '2024-12-18'), FM),
    ],
    'mt_newswires_canada_building_permits.txt': [
        ('6.2%', 1, 6.2, 'percent', 'Canada building permits', 'increase', None, None, per('October', 2025, 10), None),
        ('6.2%', 2, 6.2, 'percent', 'total value of Canadian building permits', 'increase', 'month_on_month', None, MOCT, SC),
        ('C$11.92 billion', 1, 11.92e9, 'CAD', 'total value of Canadian building permits', 'increase', None, None, MOCT, SC),
        ('3.1%', 1, 3.1, 'percent', 'total value of Canadian building permits', 'increase', 'month_on_month', None, MSEP, SC),
        ('2.7%', 1, 2.7, 'percent', 'total value of Canadian building permits', 'increase', 'month_on_month', None, MSEP, SC),
        ('2.0%', 1, 2.0, 'percent', 'total value of Canadian building permits', 'decrease', 'month_on_month', None, MOCT, BBG),
        ('9.5%', 1, 9.5, 'percent', 'residential permits', 'increase', None, None, MOCT, SC),
        ('$7.41 billion', 1, 7.41e9, 'CAD', 'residential permits', 'increase', None, None, MOCT, SC),
        ('12.1%', 1, 12.1, 'percent', 'multi-unit component', 'increase', None, None, MOCT, SC),
        ('$5.02 billion', 1, 5.02e9, 'CAD', 'multi-unit component', 'increase', None, None, MOCT, SC),
        ('1.7%', 1, 1.7, 'percent', 'single-family permits', 'decrease', None, None, MOCT, SC),
        ('$2.39 billion', 1, 2.39e9, 'CAD', 'single-family permits', 'decrease', None, None, MOCT, SC),
        ('1.3%', 1, 1.3, 'percent', 'value of non-residential permits', 'increase', 'month_on_month', None, None, SC),
        ('$4.51 billion', 1, 4.51e9, 'CAD', 'value of non-residential permits', 'increase', None, None, None, SC),
        ('+8.8%', 1, 8.8, 'percent', 'industrial component', 'increase', 'month_on_month', None, None, SC),
        ('+4.0%', 1, 4.0, 'percent', 'institutional component', 'increase', 'month_on_month', None, None, SC),
        ('2.6%', 1, 2.6, 'percent', 'commercial permits', 'decrease', 'month_on_month', None, None, SC),
        ('18.4%', 1, 18.4, 'percent', 'permits in Ontario', 'increase', None, None, None, SC),
        ('5.5%', 1, 5.5, 'percent', 'permits in Quebec', 'increase', None, None, None, SC),
        ('10.2%', 1, 10.2, 'percent', 'permits in British Columbia', 'decrease', None, None, None, SC),
        ('six', 1, 6, 'count', 'provinces reporting gains', None, None, None, None, SC),
        ('27,410', 1, 27410, 'count', 'new dwellings authorized', None, None, None, MOCT, SC),
        ('8.3%', 1, 8.3, 'percent', 'new dwellings authorized', 'increase', 'month_on_month', None, MOCT, SC),
        ('5.8%', 1, 5.8, 'percent', 'total value of permits in constant 2017 dollars', 'increase', 'month_on_month', None, MOCT, SC),
        ('14.6%', 1, 14.6, 'percent', 'total value of permits', 'increase', 'year_on_year', None, MOCT, SC),
    ],
    'trading_economics_style_netherlands_inflation.txt': [
        ('2.9%', 1, 2.9, 'percent', 'annual inflation rate in the Netherlands', 'decrease', 'year_on_year', None, N25, CBS),
        ('3.2%', 1, 3.2, 'percent', 'annual inflation rate in the Netherlands', None, 'year_on_year', None, TOCT, CBS),
        ('4.1%', 1, 4.1, 'percent', 'prices for services', 'increase', 'year_on_year', None, N25, CBS),
        ('4.6%', 1, 4.6, 'percent', 'prices for services', None, 'year_on_year', None, TOCT, CBS),
        ('2.3%', 1, 2.3, 'percent', 'energy costs', 'decrease', 'year_on_year', None, N25, CBS),
        ('0.8%', 1, 0.8, 'percent', 'energy costs', 'increase', 'year_on_year', None, per('in the prior month', 2025, 10), CBS),
        ('2.7%', 1, 2.7, 'percent', 'inflation for food, alcohol and tobacco', 'increase', None, None, None, CBS),
        ('2.4%', 1, 2.4, 'percent', 'inflation for food, alcohol and tobacco', None, None, None, None, CBS),
        ('1.2%', 1, 1.2, 'percent', 'inflation for non-energy industrial goods', 'increase', None, None, None, CBS),
        ('1.0%', 1, 1.0, 'percent', 'inflation for non-energy industrial goods', None, None, None, None, CBS),
        ('3.0%', 1, 3.0, 'percent', 'core rate', 'decrease', None, None, None, CBS),
        ('3.3%', 1, 3.3, 'percent', 'core rate', None, None, None, None, CBS),
        ('0.6%', 1, 0.6, 'percent', 'consumer prices', 'decrease', 'month_on_month', None, TNOV, CBS),
        ('0.4%', 1, 0.4, 'percent', 'consumer prices', 'increase', 'month_on_month', None, TOCT, CBS),
        ('2.8%', 1, 2.8, 'percent', 'HICP', 'increase', 'year_on_year', None, TNOV, CBS),
        ('3.1%', 1, 3.1, 'percent', 'HICP', None, 'year_on_year', None, per('in the previous month', 2025, 10), CBS),
        ('0.7%', 1, 0.7, 'percent', 'HICP', 'decrease', 'month_on_month', None, TNOV, CBS),
        ('2.44 percent', 1, 2.44, 'percent', 'Inflation Rate in Netherlands average', None, None, None, P('from 1960 until 2025', '1960-01-01', '2025-12-31'), CBS),
        ('11.60 percent', 1, 11.60, 'percent', 'Inflation Rate in Netherlands all time high', None, None, None, per('in September of 2022', 2022, 9), CBS),
        ('-1.10 percent', 1, -1.10, 'percent', 'Inflation Rate in Netherlands record low', 'decrease', None, None, per('in May of 1987', 1987, 5), CBS),
        ('2.70 percent', 1, 2.70, 'percent', 'Inflation Rate in Netherlands', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('2.30 percent', 1, 2.30, 'percent', 'Netherlands Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('2.10 percent', 1, 2.10, 'percent', 'Netherlands Inflation Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_usdidr_bank_indonesia.txt': [
        ('16,712 rupiah', 1, 16712, 'IDR', 'USD/IDR', None, None, None, ET, None),
        ('16,780', 1, 16780, 'IDR', 'USD/IDR', None, None, None, P('earlier in the session', None, None), None),
        ('3.3%', 1, 3.3, 'percent', 'rupiah', 'decrease', None, 'approximately', P('so far this year', '2025-01-01', '2025-12-17'), None),
        ('4.75%', 1, 4.75, 'percent', 'BI-Rate', None, None, None, None, BI),
        ('27', 1, 27, 'count', 'economists in a Reuters poll expecting a hold', None, None, None, None, RTRS),
        ('31', 1, 31, 'count', 'economists in a Reuters poll', None, None, None, None, RTRS),
        ('four', 1, 4, 'count', 'economists forecasting a 25 basis point cut', None, None, None, None, RTRS),
        ('25 basis point', 1, 25, 'basis_point', 'BI-Rate cut', 'decrease', None, None, None, RTRS),
        ('3.75%', 1, 3.75, 'percent', 'deposit facility rate', None, None, None, None, None),
        ('5.50%', 1, 5.50, 'percent', 'lending facility rate', None, None, None, None, None),
        ('150 basis points', 1, 150, 'basis_point', 'rate cuts', 'decrease', None, None, P('since September 2024', '2024-09-01', '2025-12-17'), BI),
        ('2.5%', 1, 2.5, 'percent', 'inflation target', None, None, None, None, BI),
        ('1 percentage point', 1, 1, 'percentage_point', 'inflation target band', None, None, None, None, BI),
        ('4.7%', 1, 4.7, 'percent', 'economic growth', 'increase', None, None, Y('in 2026', 2026), BI),
        ('5.5%', 1, 5.5, 'percent', 'economic growth', 'increase', None, None, Y('in 2026', 2026), BI),
        ('2.72%', 1, 2.72, 'percent', 'annual inflation', 'decrease', 'year_on_year', None, per('in November', 2025, 11), BPS),
        ('2.86%', 1, 2.86, 'percent', 'annual inflation', None, 'year_on_year', None, per('in October', 2025, 10), BPS),
        ('4.3 trillion rupiah', 1, 4.3e12, 'IDR', 'net sales of Indonesian government bonds by foreign investors', None, None, None, P('last week', '2025-12-08', '2025-12-14'), BI),
        ('$257 million', 1, 257e6, 'USD', 'net sales of Indonesian government bonds by foreign investors', None, None, None, P('last week', '2025-12-08', '2025-12-14'), BI),
        ('0.1%', 1, 0.1, 'percent', 'dollar index', 'increase', None, None, None, None),
        ('98.42', 1, 98.42, 'index_point', 'dollar index', 'increase', None, None, None, None),
    ],
    'business_standard_style_cement_production.txt': [
        ('5.3%', 1, 5.3, 'percent', 'cement output', 'increase', None, None, per('Oct', 2025, 10), None),
        ('5.3 per cent', 1, 5.3, 'percent', "India's cement production", 'increase', 'year_on_year', None, BOCT, MOCI),
        ('38.6 million tonnes', 1, 38.6e6, 'tonne', "India's cement production", 'increase', None, None, BOCT, MOCI),
        ('5.37 per cent', 1, 5.37, 'percent', 'cement weight in the Index of Eight Core Industries', None, None, None, BSEP, MOCI),
        ('6.9 per cent', 1, 6.9, 'percent', 'cement production', 'increase', 'year_on_year', None, BSEP, MOCI),
        ('7.1 per cent', 1, 7.1, 'percent', 'cement production', None, 'year_on_year', None, BSEP, MOCI),
        ('2.4 per cent', 1, 2.4, 'percent', 'eight core sectors', 'increase', 'year_on_year', None, BOCT, MOCI),
        ('3.3 per cent', 1, 3.3, 'percent', 'eight core sectors', None, 'year_on_year', None, per('a month earlier', 2025, 9), MOCI),
        ('265.3 mt', 1, 265.3e6, 'tonne', 'cement output', None, None, None, AO26, MOCI),
        ('7.4 per cent', 1, 7.4, 'percent', 'cement output', 'increase', 'year_on_year', None, AO26, MOCI),
        ('247.0 mt', 1, 247.0e6, 'tonne', 'cement output', None, None, None, P('in the corresponding period of FY25', '2024-04-01', '2024-10-31'), MOCI),
        ('29.0 mt', 1, 29.0e6, 'tonne', 'UltraTech Cement sales volume', None, None, None, JSQ, MOCI),
        ('17 per cent', 1, 17, 'percent', 'UltraTech Cement sales volume', 'increase', 'year_on_year', None, JSQ, MOCI),
        ('16.6 mt', 1, 16.6e6, 'tonne', 'Ambuja Cements sales volume', None, None, None, JSQ, MOCI),
        ('8.2 mt', 1, 8.2e6, 'tonne', 'Shree Cement sales volume', None, None, None, JSQ, MOCI),
        ('20 per cent', 1, 20, 'percent', 'Ambuja Cements sales volume', 'increase', 'year_on_year', None, JSQ, MOCI),
        ('3 per cent', 1, 3, 'percent', 'Shree Cement sales volume', 'decrease', 'year_on_year', None, JSQ, MOCI),
        ('₹345', 1, 345, 'INR', 'average price of a 50-kg bag of cement', None, None, None, BNOV, MOCI),
        ('₹360', 1, 360, 'INR', 'average price of a 50-kg bag of cement', None, None, None, BNOV, MOCI),
        ('₹8', 1, 8, 'INR', 'average price of a 50-kg bag of cement', 'decrease', 'month_on_month', 'approximately', BNOV, MOCI),
        ('6.5', 1, 6.5, 'percent', 'cement demand', 'increase', None, None, FY26, ICRA),
        ('7.5 per cent', 1, 7.5, 'percent', 'cement demand', 'increase', None, None, FY26, ICRA),
        ('45', 1, 45e6, 'tonne', 'capacity additions', None, None, 'approximately', P('during the year', '2025-04-01', '2026-03-31'), ICRA),
        ('50 mt', 1, 50e6, 'tonne', 'capacity additions', None, None, 'approximately', P('during the year', '2025-04-01', '2026-03-31'), ICRA),
    ],
    'eu_energy_style_gas_storage_injection_season.txt': [
        ('83%', 1, 83, 'percent', 'EU underground gas storage filling level', None, None, None, P('on 1 October 2025', '2025-10-01', '2025-10-01'), None),
        ('94%', 1, 94, 'percent', 'EU underground gas storage filling level', None, None, None, P('a year earlier', '2024-10-01', '2024-10-01'), None),
        ('55 bcm', 1, 55e9, 'cubic metre', 'net injections', None, None, None, INJ, None),
        ('4 bcm', 1, 4e9, 'cubic metre', 'net injections', 'increase', 'year_on_year', 'approximately', INJ, None),
        ('300 mcm/d', 1, 300e6, 'cubic metre per day', 'average injection rate', None, None, None, P('between April and September', '2025-04-01', '2025-09-30'), None),
        ('520 mcm/d', 1, 520e6, 'cubic metre per day', 'injection rate peak', None, None, 'approximately', P('in the second half of August', '2025-08-16', '2025-08-31'), None),
        ('90%', 1, 90, 'percent', 'filling level target', None, None, None, TGT, None),
        ('10 percentage points', 1, 10, 'percentage_point', 'allowed deviation from the filling level target', None, None, 'up_to', TGT, None),
        ('86.2%', 1, 86.2, 'percent', 'EU storage level', None, None, None, P('on 22 October', '2025-10-22', '2025-10-22'), GIE),
        ('950 TWh', 1, 950, 'terawatt hour', 'EU storage level', None, None, None, P('on 22 October', '2025-10-22', '2025-10-22'), GIE),
        ('78%', 1, 78, 'percent', 'filling rate in Germany', None, None, None, NOV1, GIE),
        ('93%', 1, 93, 'percent', 'filling rate in Italy', None, None, None, NOV1, GIE),
        ('89%', 1, 89, 'percent', 'filling rate in France', None, None, None, NOV1, GIE),
        ('71%', 1, 71, 'percent', 'filling rate in the Netherlands', None, None, None, NOV1, GIE),
        ('9 percentage points', 1, 9, 'percentage_point', 'filling rate in the Netherlands', 'decrease', 'year_on_year', None, NOV1, GIE),
        ('79%', 1, 79, 'percent', 'storage filling level', None, None, None, P('by 30 November', '2025-11-30', '2025-11-30'), GIE),
        ('85%', 1, 85, 'percent', 'storage filling level', None, None, None, P('at the same point of 2024', '2024-11-30', '2024-11-30'), GIE),
        ('-1.4 €/MWh', 1, -1.4, 'EUR', 'summer-winter spread on the TTF', None, None, None, Q('in the third quarter of 2025', 2025, 3), GIE),
        ('+2.1 €/MWh', 1, 2.1, 'EUR', 'summer-winter spread on the TTF', None, None, None, Q('in the third quarter of 2024', 2024, 3), GIE),
    ],
    'nbs_style_telecom_internet_users.txt': [
        ('1,470.6 billion yuan', 1, 1470.6e9, 'CNY', 'telecom business revenue', None, None, None, JO, MIIT),
        ('0.9 percent', 1, 0.9, 'percent', 'telecom business revenue', 'increase', 'year_on_year', None, JO, MIIT),
        ('8.7 percent', 1, 8.7, 'percent', 'total volume of telecom business', 'increase', 'year_on_year', None, JO, MIIT),
        ('347.2 billion yuan', 1, 347.2e9, 'CNY', 'revenue from emerging businesses', None, None, None, F10, MIIT),
        ('7.6 percent', 1, 7.6, 'percent', 'revenue from emerging businesses', 'increase', 'year_on_year', None, F10, MIIT),
        ('23.6 percent', 1, 23.6, 'percent', 'emerging businesses share of telecom business revenue', None, None, None, F10, MIIT),
        ('1.5 percentage points', 1, 1.5, 'percentage_point', 'emerging businesses share of telecom business revenue', 'increase', 'year_on_year', None, F10, MIIT),
        ('10.4 percent', 1, 10.4, 'percent', 'cloud computing revenue', 'increase', 'year_on_year', None, F10, MIIT),
        ('35.1 percent', 1, 35.1, 'percent', 'big data revenue', 'increase', 'year_on_year', None, F10, MIIT),
        ('4.70 million', 1, 4.70e6, 'count', '5G base stations', None, None, None, EOO, MIIT),
        ('1.45 million', 1, 1.45e6, 'count', '5G base stations', 'increase', None, None, OEL, MIIT),
        ('37.4 percent', 1, 37.4, 'percent', '5G base stations share of all mobile base stations', None, None, None, EOO, MIIT),
        ('687 million', 1, 687e6, 'count', 'fixed broadband Internet access users', None, None, None, BEO, MIIT),
        ('229 million', 1, 229e6, 'count', 'users with access rates of 1000Mbps and above', None, None, None, BEO, MIIT),
        ('21.6 million', 1, 21.6e6, 'count', 'users with access rates of 1000Mbps and above', 'increase', None, None, OEL, MIIT),
        ('33.3 percent', 1, 33.3, 'percent', 'users with access rates of 1000Mbps and above share of fixed broadband Internet access users', None, None, None, BEO, MIIT),
        ('1.82 billion', 1, 1.82e9, 'count', 'mobile phone users', None, None, None, None, MIIT),
        ('1.17 billion', 1, 1.17e9, 'count', '5G mobile phone users', None, None, None, None, MIIT),
        ('64.3 percent', 1, 64.3, 'percent', '5G mobile phone users share of mobile phone users', None, None, None, None, MIIT),
        ('32.4 billion GB', 1, 32.4e9, 'gigabyte', 'mobile Internet access traffic', None, None, None, NOCT, MIIT),
        ('14.5 percent', 1, 14.5, 'percent', 'mobile Internet access traffic', 'increase', 'year_on_year', None, NOCT, MIIT),
        ('21.86 GB', 1, 21.86, 'gigabyte', 'average monthly mobile Internet traffic per user', None, None, None, NOCT, MIIT),
        ('12.8 percent', 1, 12.8, 'percent', 'average monthly mobile Internet traffic per user', 'increase', 'year_on_year', None, NOCT, MIIT),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
