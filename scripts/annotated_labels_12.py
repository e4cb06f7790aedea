# ruff: noqa: E501
"""Write corpus/annotated_12/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_12.py corpus/annotated_12
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
DOC = "U.S. Department of Commerce"
BPS = "Statistics Indonesia"
MOF = "Ministry of Finance"
BI = "Bank Indonesia"
BLS = "U.S. Bureau of Labor Statistics"
CME = "CME Group"
NAR = "National Association of Realtors"
TE = "Trading Economics"
BOC = "Bank of Canada"
STC = "Statistics Canada"
MOCI = "Ministry of Commerce and Industry"
CGA = "Controller General of Accounts"
NBS = "National Bureau of Statistics"

# 1201 ONS retail sales (ref 2025-10-24)
SEP25 = per("in September 2025", 2025, 9)
AUG25 = per("in August 2025", 2025, 8)
TMS = P("in the three months to September 2025", "2025-07-01", "2025-09-30")
BAS = per("between August and September 2025", 2025, 9)
A25 = per("August 2025", 2025, 8)
# 1202 Reuters 1987 (ref 1987-04-14)
MAR87 = per("in March", 1987, 3)
FEB87 = per("February", 1987, 2)
IFEB87 = per("in February", 1987, 2)
Q187 = Q("First-quarter", 1987, 1)
# 1203 Reuters 2025 (ref 2025-11-05)
JSQ = Q("in the July-September quarter", 2025, 3)
INQ3 = Q("in the third quarter", 2025, 3)
INQ = Q("in the quarter", 2025, 3)
N9 = P("In the first nine months of 2025", "2025-01-01", "2025-09-30")
SINCE = P("since September 2024", "2024-09-01", "2025-11-05")
TYN = P("this year and next", "2025-01-01", "2026-12-31")
# 1204 CNBC (ref 2025-10-24)
SEP = per("in September", 2025, 9)
AUG = per("in August", 2025, 8)
FTM = per("for the month", 2025, 9)
MTG = P("at the Fed's Oct. 28-29 meeting", "2025-10-28", "2025-10-29")
# 1205 MT Newswires (ref 2025-10-23)
ENDSEP = P("at the end of September", "2025-09-30", "2025-09-30")
# 1206 Trading Economics (ref 2025-11-13)
# 1207 Investing.com (ref 2025-10-29)
ET = P("by 10:15 ET", None, None)
WED = P("on Wednesday", "2025-10-29", "2025-10-29")
# 1208 Business Standard (ref 2025-10-20)
DTM = per("during the month", 2025, 9)
AS = P("in April\u2013September", "2025-04-01", "2025-09-30")
FY26 = P("for FY26", "2025-04-01", "2026-03-31")
# 1209 DG ENER (ref 2025-12-15)
Q325 = Q("In the third quarter of 2025", 2025, 3)
IQ325 = Q("in Q3 2025", 2025, 3)
# 1210 NBS (ref 2025-10-20)
F3Q = P("in the first three quarters of 2025", "2025-01-01", "2025-09-30")
I3Q = P("In the first three quarters", "2025-01-01", "2025-09-30")
EQ3 = P("at the end of the third quarter", "2025-09-30", "2025-09-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_retail_sales.txt': [
        ('0.5%', 1, 0.5, 'percent', 'retail sales volumes', 'increase', 'month_on_month', None, SEP25, None),
        ('0.6%', 1, 0.6, 'percent', 'retail sales volumes', 'increase', 'month_on_month', None, AUG25, None),
        ('0.5%', 2, 0.5, 'percent', 'retail sales volumes', None, 'month_on_month', None, AUG25, None),
        ('0.9%', 1, 0.9, 'percent', 'sales volumes', 'increase', 'period_on_period', None, TMS, None),
        ('1.5%', 1, 1.5, 'percent', 'sales volumes', 'increase', 'year_on_year', None, SEP25, None),
        ('4.2%', 1, 4.2, 'percent', 'sales values', 'increase', 'year_on_year', None, per('over the same period', 2025, 9), None),
        ('1.8%', 1, 1.8, 'percent', 'non-food stores sales volumes', 'increase', 'month_on_month', None, SEP25, None),
        ('0.3%', 1, 0.3, 'percent', 'food stores sales volumes', 'decrease', 'month_on_month', None, SEP25, None),
        ('2.3%', 1, 2.3, 'percent', 'sales volumes at clothing retailers', 'increase', 'month_on_month', None, BAS, ONS),
        ('1.1%', 1, 1.1, 'percent', 'sales volumes at household goods stores', 'increase', 'month_on_month', None, BAS, ONS),
        ('2.7%', 1, 2.7, 'percent', 'total non-store sales volumes', 'increase', 'month_on_month', None, SEP25, ONS),
        ('3.4%', 1, 3.4, 'percent', 'amount spent online', 'increase', 'month_on_month', None, SEP25, ONS),
        ('6.1%', 1, 6.1, 'percent', 'amount spent online', 'increase', 'year_on_year', None, SEP25, ONS),
        ('28.3%', 1, 28.3, 'percent', 'online spending share of all retail sales', 'increase', None, None, SEP25, ONS),
        ('27.6%', 1, 27.6, 'percent', 'online spending share of all retail sales', None, None, None, AUG25, ONS),
        ('1.2%', 1, 1.2, 'percent', 'automotive fuel sales volumes', 'decrease', 'month_on_month', None, SEP25, ONS),
        ('0.4%', 1, 0.4, 'percent', 'automotive fuel sales volumes', 'decrease', 'month_on_month', None, AUG25, ONS),
        ('133.2 pence', 1, 1.332, 'GBP', 'average petrol prices', 'decrease', None, None, SEP25, ONS),
        ('136.4 pence', 1, 1.364, 'GBP', 'average petrol prices', None, None, None, per('a year earlier', 2024, 9), ONS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'monthly volume growth revision', 'increase', None, None, A25, ONS),
        ('0.5%', 3, 0.5, 'percent', 'monthly volume growth', None, 'month_on_month', None, A25, ONS),
        ('0.6%', 2, 0.6, 'percent', 'monthly volume growth', 'increase', 'month_on_month', None, A25, ONS),
        ('5,000', 1, 5000, 'count', 'businesses surveyed by the Monthly Business Survey for retail', None, None, 'approximately', None, ONS),
        ('90%', 1, 90, 'percent', 'share of the industry turnover covered by the survey', None, None, 'approximately', None, ONS),
    ],
    'wire_1987_us_retail_sales.txt': [
        ('0.6 PCT', 1, 0.6, 'percent', 'U.S. retail sales', 'increase', None, None, per('IN MARCH', 1987, 3), None),
        ('0.6 pct', 1, 0.6, 'percent', 'U.S. retail sales', 'increase', 'month_on_month', None, MAR87, DOC),
        ('124.3 billion dlrs', 1, 124.3e9, 'USD', 'U.S. retail sales', 'increase', None, None, MAR87, DOC),
        ('3.9 pct', 1, 3.9, 'percent', 'retail sales', 'increase', 'month_on_month', None, FEB87, DOC),
        ('4.1 pct', 1, 4.1, 'percent', 'retail sales', 'increase', 'month_on_month', None, FEB87, DOC),
        ('0.9 pct', 1, 0.9, 'percent', 'sales excluding autos', 'increase', 'month_on_month', None, MAR87, DOC),
        ('0.5 pct', 1, 0.5, 'percent', 'sales excluding autos', 'increase', 'month_on_month', None, IFEB87, DOC),
        ('0.7 pct', 1, 0.7, 'percent', 'durable goods sales', 'decrease', None, None, MAR87, DOC),
        ('42.6 billion dlrs', 1, 42.6e9, 'USD', 'durable goods sales', 'decrease', None, None, MAR87, DOC),
        ('1.8 pct', 1, 1.8, 'percent', 'sales at automotive dealers', 'decrease', None, None, MAR87, DOC),
        ('1.4 pct', 1, 1.4, 'percent', 'nondurable goods sales', 'increase', None, None, MAR87, DOC),
        ('81.7 billion dlrs', 1, 81.7e9, 'USD', 'nondurable goods sales', 'increase', None, None, MAR87, DOC),
        ('1.1 pct', 1, 1.1, 'percent', 'sales at general merchandise stores', 'increase', None, None, None, DOC),
        ('0.6 pct', 2, 0.6, 'percent', 'food store sales', 'increase', None, None, None, DOC),
        ('0.8 pct', 1, 0.8, 'percent', 'apparel store sales', 'decrease', None, None, None, DOC),
        ('3.2 pct', 1, 3.2, 'percent', 'gasoline station sales', 'increase', None, None, MAR87, DOC),
        ('7.95 billion dlrs', 1, 7.95e9, 'USD', 'gasoline station sales', 'increase', None, None, MAR87, DOC),
        ('4.7 pct', 1, 4.7, 'percent', 'retail sales', 'increase', 'year_on_year', None, MAR87, DOC),
        ('368.9 billion dlrs', 1, 368.9e9, 'USD', 'sales', None, None, None, Q187, DOC),
        ('2.2 pct', 1, 2.2, 'percent', 'sales', 'increase', 'quarter_on_quarter', None, Q187, DOC),
        ('0.8 pct', 2, 0.8, 'percent', 'sales', 'increase', None, 'approximately', per('March', 1987, 3), None),
        ('9.83 billion dlrs', 1, 9.83e9, 'USD', 'department store sales', None, None, None, MAR87, DOC),
        ('153 mln dlrs', 1, 153e6, 'USD', 'department store sales', 'increase', 'month_on_month', None, MAR87, DOC),
        ('nine', 1, 9, 'count', 'kinds of business with higher sales', None, None, None, MAR87, DOC),
    ],
    'wire_2025_indonesia_gdp.txt': [
        ('4.95%', 1, 4.95, 'percent', 'GDP growth', 'decrease', 'year_on_year', None, Q('Q3', 2025, 3), None),
        ('4.95%', 2, 4.95, 'percent', 'economy', 'increase', 'year_on_year', None, JSQ, BPS),
        ('5.12%', 1, 5.12, 'percent', 'economy', None, 'year_on_year', None, Q('in the previous quarter', 2025, 2), BPS),
        ('24', 1, 24, 'count', 'economists in a Reuters poll', None, None, None, JSQ, 'Reuters'),
        ('5.02%', 1, 5.02, 'percent', 'growth', 'increase', 'year_on_year', None, JSQ, 'Reuters'),
        ('1.43%', 1, 1.43, 'percent', 'gross domestic product', 'increase', 'quarter_on_quarter', None, INQ3, BPS),
        ('4.04%', 1, 4.04, 'percent', 'gross domestic product', 'increase', 'quarter_on_quarter', None, Q('in the April-June period', 2025, 2), BPS),
        ('half', 1, 0.5, 'fraction', 'share of household consumption in GDP', None, None, 'more_than', INQ3, BPS),
        ('4.80%', 1, 4.80, 'percent', 'household consumption', 'increase', 'year_on_year', None, INQ3, BPS),
        ('5.49%', 1, 5.49, 'percent', 'government spending', 'increase', 'year_on_year', None, INQ3, BPS),
        ('5.04%', 1, 5.04, 'percent', 'investment', 'increase', 'year_on_year', None, INQ3, BPS),
        ('9.91%', 1, 9.91, 'percent', 'exports of goods and services', 'increase', 'year_on_year', None, INQ, BPS),
        ('6.36%', 1, 6.36, 'percent', 'imports', 'increase', 'year_on_year', None, INQ, BPS),
        ('5.01%', 1, 5.01, 'percent', 'economy', 'increase', 'year_on_year', None, N9, BPS),
        ('5.2%', 1, 5.2, 'percent', 'growth target', None, None, None, Y('for 2025', 2025), MOF),
        ('150 basis points', 1, 150, 'basis_point', 'benchmark rate', 'decrease', None, None, SINCE, BI),
        ('4.75%', 1, 4.75, 'percent', 'BI-Rate', None, None, None, per('last month', 2025, 10), BI),
        ('1.5%', 1, 1.5, 'percent', 'inflation target', None, None, None, TYN, BI),
        ('3.5%', 1, 3.5, 'percent', 'inflation target', None, None, None, TYN, BI),
        ('0.3%', 1, 0.3, 'percent', 'rupiah', 'decrease', None, None, None, BPS),
        ('16,705', 1, 16705, 'IDR', 'rupiah per dollar', None, None, None, None, BPS),
        ('0.6%', 1, 0.6, 'percent', 'Jakarta Composite Index', 'decrease', None, None, None, BPS),
        ('8,130.25', 1, 8130.25, 'index_point', 'Jakarta Composite Index', 'decrease', None, None, None, BPS),
    ],
    'cnbc_style_cpi_report.txt': [
        ('3%', 1, 3, 'percent', 'inflation rate', None, None, None, SEP, None),
        ('0.2%', 1, 0.2, 'percent', 'core prices', 'increase', None, None, SEP, None),
        ('0.3%', 1, 0.3, 'percent', 'consumer price index', 'increase', 'month_on_month', None, FTM, BLS),
        ('3%', 2, 3, 'percent', '12-month inflation rate', None, 'year_on_year', None, FTM, BLS),
        ('0.4%', 1, 0.4, 'percent', 'consumer price index', 'increase', 'month_on_month', None, FTM, 'Dow Jones'),
        ('3.1%', 1, 3.1, 'percent', 'annual inflation rate', None, 'year_on_year', None, FTM, 'Dow Jones'),
        ('0.2%', 2, 0.2, 'percent', 'core CPI', 'increase', 'month_on_month', None, SEP, BLS),
        ('3%', 3, 3, 'percent', 'core CPI', 'increase', 'year_on_year', None, SEP, BLS),
        ('0.3%', 2, 0.3, 'percent', 'core CPI', None, 'month_on_month', None, SEP, None),
        ('3.1%', 2, 3.1, 'percent', 'core CPI', None, 'year_on_year', None, SEP, None),
        ('3.1%', 3, 3.1, 'percent', 'annual core rate', None, 'year_on_year', None, AUG, BLS),
        ('one-third', 1, 0.3333, 'fraction', 'share of shelter in the CPI weighting', None, None, 'approximately', SEP, BLS),
        ('0.2%', 3, 0.2, 'percent', 'shelter costs', 'increase', 'month_on_month', None, SEP, BLS),
        ('3.6%', 1, 3.6, 'percent', 'shelter index', 'increase', 'year_on_year', None, SEP, BLS),
        ('1.5%', 1, 1.5, 'percent', 'energy prices', 'increase', 'month_on_month', None, SEP, BLS),
        ('4.1%', 1, 4.1, 'percent', 'gasoline', 'increase', 'month_on_month', None, SEP, BLS),
        ('0.2%', 4, 0.2, 'percent', 'food prices', 'increase', 'month_on_month', None, SEP, BLS),
        ('0.3%', 3, 0.3, 'percent', 'food away from home', 'increase', 'month_on_month', None, SEP, BLS),
        ('0.4%', 2, 0.4, 'percent', 'used car prices', 'decrease', None, None, SEP, BLS),
        ('2.7%', 1, 2.7, 'percent', 'airline fares', 'increase', None, None, SEP, BLS),
        ('0.7%', 1, 0.7, 'percent', 'apparel prices', 'increase', None, None, SEP, BLS),
        ('99%', 1, 99, 'percent', 'chance of a Fed rate cut', None, None, 'approximately', MTG, CME),
        ('quarter-point', 1, 0.25, 'percentage_point', 'Fed rate cut', 'decrease', None, None, MTG, CME),
        ('3.75%', 1, 3.75, 'percent', 'fed funds rate range', 'decrease', None, None, MTG, None),
        ('4%', 1, 4, 'percent', 'fed funds rate range', 'decrease', None, None, MTG, None),
        ('80,000', 1, 80000, 'count', 'price quotes collected', None, None, 'approximately', None, BLS),
    ],
    'mt_newswires_existing_home_sales.txt': [
        ('1.5%', 1, 1.5, 'percent', 'US existing home sales', 'increase', None, None, SEP, None),
        ('$415,200', 1, 415200, 'USD', 'median price', None, None, None, SEP, None),
        ('1.5%', 2, 1.5, 'percent', 'sales of previously owned homes', 'increase', 'month_on_month', None, SEP, NAR),
        ('4.06 million', 1, 4.06e6, 'count', 'sales of previously owned homes', 'increase', None, None, SEP, NAR),
        ('4.08 million', 1, 4.08e6, 'count', 'sales of previously owned homes', None, None, None, SEP, 'Bloomberg'),
        ('4.00 million', 1, 4.00e6, 'count', 'sales of previously owned homes', 'decrease', None, None, per('August', 2025, 8), NAR),
        ('4.01 million', 1, 4.01e6, 'count', 'sales of previously owned homes', None, None, None, per('August', 2025, 8), NAR),
        ('4.1%', 1, 4.1, 'percent', 'sales', 'increase', 'year_on_year', None, SEP, NAR),
        ('2.1%', 1, 2.1, 'percent', 'median existing-home price', 'increase', 'year_on_year', None, SEP, NAR),
        ('$415,200', 2, 415200, 'USD', 'median existing-home price', 'increase', None, None, SEP, NAR),
        ('1.3%', 1, 1.3, 'percent', 'inventory of unsold existing homes', 'increase', 'month_on_month', None, ENDSEP, NAR),
        ('1.55 million', 1, 1.55e6, 'count', 'inventory of unsold existing homes', 'increase', None, None, ENDSEP, NAR),
        ('4.6 months', 1, 4.6, 'month', 'months of supply', 'decrease', None, None, ENDSEP, NAR),
        ('4.7 months', 1, 4.7, 'month', 'months of supply', None, None, None, AUG, NAR),
        ('1.39 million', 1, 1.39e6, 'count', 'inventory', None, None, None, P('A year earlier', '2024-09-30', '2024-09-30'), NAR),
        ('30%', 1, 30, 'percent', 'first-time buyers share of sales', None, None, None, SEP, NAR),
        ('28%', 1, 28, 'percent', 'first-time buyers share of sales', None, None, None, AUG, NAR),
        ('26%', 1, 26, 'percent', 'first-time buyers share of sales', None, None, None, per('in September 2024', 2024, 9), NAR),
        ('29%', 1, 29, 'percent', 'all-cash sales share of transactions', None, None, None, SEP, NAR),
        ('17%', 1, 17, 'percent', 'share of homes purchased by individual investors or second-home buyers', None, None, None, SEP, NAR),
        ('1.7%', 1, 1.7, 'percent', 'single-family home sales', 'increase', None, None, SEP, NAR),
        ('3.66 million', 1, 3.66e6, 'count', 'single-family home sales', 'increase', None, None, SEP, NAR),
        ('400,000', 1, 400000, 'count', 'condominium and co-op sales', None, None, None, SEP, NAR),
        ('5.0%', 1, 5.0, 'percent', 'sales in the Midwest', 'increase', None, None, None, NAR),
        ('2.1%', 2, 2.1, 'percent', 'sales in the South', 'increase', None, None, None, NAR),
        ('3.3%', 1, 3.3, 'percent', 'sales in the West', 'decrease', None, None, None, NAR),
        ('1.0%', 1, 1.0, 'percent', 'sales in the Northeast', 'decrease', None, None, None, NAR),
    ],
    'trading_economics_style_uk_gdp.txt': [
        ('0.1%', 1, 0.1, 'percent', 'British economy', 'decrease', 'month_on_month', None, SEP25, ONS),
        ('0.2%', 1, 0.2, 'percent', 'British economy', 'increase', 'month_on_month', None, AUG, ONS),
        ('0.1%', 2, 0.1, 'percent', 'economy', 'increase', 'month_on_month', None, SEP25, None),
        ('four-fifths', 1, 0.8, 'fraction', 'services sector share of output', None, None, 'approximately', SEP25, ONS),
        ('2.0%', 1, 2.0, 'percent', 'production output', 'decrease', 'month_on_month', None, SEP25, ONS),
        ('2.8%', 1, 2.8, 'percent', 'manufacturing', 'decrease', 'month_on_month', None, SEP25, ONS),
        ('1.2%', 1, 1.2, 'percent', 'electricity and gas supply', 'decrease', 'month_on_month', None, SEP25, ONS),
        ('0.9%', 1, 0.9, 'percent', 'mining and quarrying', 'decrease', 'month_on_month', None, SEP25, ONS),
        ('0.4%', 1, 0.4, 'percent', 'construction output', 'increase', 'month_on_month', None, SEP25, ONS),
        ('0.3%', 1, 0.3, 'percent', 'construction output', 'increase', 'month_on_month', None, per('in the prior month', 2025, 8), ONS),
        ('0.1%', 3, 0.1, 'percent', 'economy', 'increase', 'period_on_period', None, P('In the three months to September', '2025-07-01', '2025-09-30'), ONS),
        ('0.3%', 2, 0.3, 'percent', 'economy', None, 'period_on_period', None, P('in the previous period', '2025-04-01', '2025-06-30'), ONS),
        ('1.1%', 1, 1.1, 'percent', 'GDP growth', 'decrease', 'year_on_year', None, SEP, ONS),
        ('1.4%', 1, 1.4, 'percent', 'GDP growth', None, 'year_on_year', None, AUG, ONS),
        ('3.9%', 1, 3.9, 'percent', 'real GDP', 'increase', None, None, P('in February 2020', '2020-02-01', '2025-09-30'), ONS),
        ('0.18 percent', 1, 0.18, 'percent', 'GDP Growth Rate MoM in the United Kingdom average', None, 'month_on_month', None, P('from 1997 until 2025', '1997-01-01', '2025-12-31'), ONS),
        ('9.50 percent', 1, 9.50, 'percent', 'GDP Growth Rate MoM in the United Kingdom all time high', None, 'month_on_month', None, per('in June of 2020', 2020, 6), ONS),
        ('-20.30 percent', 1, -20.30, 'percent', 'GDP Growth Rate MoM in the United Kingdom record low', 'decrease', 'month_on_month', None, per('in April of 2020', 2020, 4), ONS),
        ('0.10 percent', 1, 0.10, 'percent', 'GDP Growth Rate MoM in the United Kingdom', None, 'month_on_month', None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('0.20 percent', 1, 0.20, 'percent', 'GDP Growth Rate MoM in the United Kingdom', None, 'month_on_month', 'approximately', Y('in 2026', 2026), TE),
        ('0.15 percent', 1, 0.15, 'percent', 'GDP Growth Rate MoM in the United Kingdom', None, 'month_on_month', 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_usdcad_boc.txt': [
        ('2.25%', 1, 2.25, 'percent', 'Bank of Canada rates', 'decrease', None, None, None, BOC),
        ('0.2%', 1, 0.2, 'percent', 'USD/CAD', 'increase', None, None, ET, None),
        ('1.3968', 1, 1.3968, 'CAD', 'USD/CAD', 'increase', None, None, ET, None),
        ('1.3991', 1, 1.3991, 'CAD', 'USD/CAD one-week high', None, None, None, ET, None),
        ('1.1%', 1, 1.1, 'percent', 'USD/CAD', 'increase', None, 'approximately', P('since the start of October', '2025-10-01', '2025-10-29'), None),
        ('0.8%', 1, 0.8, 'percent', 'Brent crude futures', 'decrease', None, None, None, None),
        ('$64.20', 1, 64.20, 'USD', 'Brent crude futures', 'decrease', None, None, None, None),
        ('0.9%', 1, 0.9, 'percent', 'West Texas Intermediate crude futures', 'decrease', None, None, None, None),
        ('$60.05', 1, 60.05, 'USD', 'West Texas Intermediate crude futures', 'decrease', None, None, None, None),
        ('5 basis points', 1, 5, 'basis_point', "Canada's two-year bond yield", 'decrease', None, None, None, None),
        ('2.41%', 1, 2.41, 'percent', "Canada's two-year bond yield", 'decrease', None, None, None, None),
        ('3.98%', 1, 3.98, 'percent', 'U.S. 10-year Treasury yield', None, None, None, None, None),
        ('25 basis points', 1, 25, 'basis_point', 'BoC overnight rate', 'decrease', None, None, WED, BOC),
        ('2.25%', 2, 2.25, 'percent', 'BoC overnight rate', 'decrease', None, None, WED, BOC),
        ('30', 1, 30, 'count', 'economists in a Reuters poll', None, None, None, WED, 'Reuters'),
        ('250 basis points', 1, 250, 'basis_point', 'BoC rates', 'decrease', None, None, P('since June 2024', '2024-06-01', '2025-10-29'), BOC),
        ('1.2%', 1, 1.2, 'percent', 'economy', 'increase', None, None, Y('in 2025', 2025), BOC),
        ('1.1%', 2, 1.1, 'percent', 'economy', 'increase', None, None, Y('in 2026', 2026), BOC),
        ('2%', 1, 2, 'percent', 'inflation target', None, None, None, None, BOC),
        ('2.4%', 1, 2.4, 'percent', "Canada's annual inflation rate", 'increase', 'year_on_year', None, SEP, STC),
        ('1.9%', 1, 1.9, 'percent', "Canada's annual inflation rate", None, 'year_on_year', None, AUG, STC),
        ('7.1%', 1, 7.1, 'percent', 'unemployment rate', None, None, None, SEP, STC),
        ('30%', 1, 30, 'percent', 'chance of another BoC cut', None, None, 'approximately', per('in December', 2025, 12), 'LSEG'),
    ],
    'business_standard_style_core_sector.txt': [
        ('3%', 1, 3, 'percent', 'core sector growth', 'decrease', None, None, SEP, None),
        ('3 per cent', 1, 3, 'percent', "growth of India's eight core infrastructure industries", 'decrease', 'year_on_year', None, SEP, MOCI),
        ('6.5 per cent', 1, 6.5, 'percent', "growth of India's eight core infrastructure industries", None, 'year_on_year', None, AUG, MOCI),
        ('7.9 per cent', 1, 7.9, 'percent', 'cement production', 'increase', 'year_on_year', None, per('In September', 2025, 9), MOCI),
        ('10.4 per cent', 1, 10.4, 'percent', 'steel production', 'increase', 'year_on_year', None, per('In September', 2025, 9), MOCI),
        ('3.6 per cent', 1, 3.6, 'percent', 'refinery products', 'increase', 'year_on_year', None, per('In September', 2025, 9), MOCI),
        ('1.6 per cent', 1, 1.6, 'percent', 'fertilisers', 'increase', 'year_on_year', None, per('In September', 2025, 9), MOCI),
        ('1.2 per cent', 1, 1.2, 'percent', 'coal output', 'decrease', 'year_on_year', None, per('In September', 2025, 9), MOCI),
        ('11.4 per cent', 1, 11.4, 'percent', 'coal output', 'increase', 'year_on_year', None, AUG, MOCI),
        ('2.3 per cent', 1, 2.3, 'percent', 'electricity generation', 'decrease', 'year_on_year', None, per('In September', 2025, 9), MOCI),
        ('1.4 per cent', 1, 1.4, 'percent', 'crude oil output', 'decrease', 'year_on_year', None, per('In September', 2025, 9), MOCI),
        ('3.5 per cent', 1, 3.5, 'percent', 'natural gas output', 'decrease', 'year_on_year', None, per('In September', 2025, 9), MOCI),
        ('Five', 1, 5, 'count', 'core industries recording growth', None, None, None, DTM, MOCI),
        ('2.9 per cent', 1, 2.9, 'percent', 'cumulative growth of the eight core industries', 'increase', 'year_on_year', None, P('For April\u2013September FY26', '2025-04-01', '2025-09-30'), MOCI),
        ('4.3 per cent', 1, 4.3, 'percent', 'cumulative growth of the eight core industries', None, 'year_on_year', None, P('in the same period last year', '2024-04-01', '2024-09-30'), MOCI),
        ('40.27 per cent', 1, 40.27, 'percent', 'weight of the eight industries in the Index of Industrial Production (IIP)', None, None, None, None, MOCI),
        ('162.4', 1, 162.4, 'index_point', 'Index of Eight Core Industries', None, None, None, SEP, MOCI),
        ('40 per cent', 1, 40, 'percent', 'capital expenditure by the Centre', 'increase', 'year_on_year', None, AS, CGA),
        ('Rs 5.80 lakh crore', 1, 5.80e12, 'INR', 'capital expenditure by the Centre', 'increase', None, None, AS, CGA),
        ('Rs 52,374 crore', 1, 523740000000, 'INR', 'capital expenditure by the Centre', None, None, None, SEP, CGA),
        ('2.5 per cent', 1, 2.5, 'percent', 'IIP growth', None, None, None, SEP, 'ICRA'),
        ('3.5 per cent', 2, 3.5, 'percent', 'IIP growth', None, None, None, SEP, 'ICRA'),
        ('6.8 per cent', 1, 6.8, 'percent', 'GDP growth', 'increase', None, None, FY26, 'ICRA'),
    ],
    'eu_energy_style_coal_market.txt': [
        ('17.2 million tonnes', 1, 17.2e6, 'tonne', 'EU hard coal imports', None, None, None, Q325, None),
        ('14%', 1, 14, 'percent', 'EU hard coal imports', 'decrease', 'year_on_year', None, Q325, None),
        ('6%', 1, 6, 'percent', 'EU hard coal imports', 'decrease', 'quarter_on_quarter', None, Q325, None),
        ('31%', 1, 31, 'percent', 'share of imports from Colombia', None, None, None, Q325, None),
        ('27%', 1, 27, 'percent', 'share of imports from the United States', None, None, None, Q325, None),
        ('18%', 1, 18, 'percent', 'share of imports from Australia', None, None, None, Q325, None),
        ('one tenth', 1, 0.1, 'fraction', 'share of imports from South Africa', None, None, 'approximately', Q325, None),
        ('96 USD/t', 1, 96, 'USD', 'API2 front-month contract', None, None, None, IQ325, None),
        ('4%', 1, 4, 'percent', 'API2 front-month contract', 'decrease', 'quarter_on_quarter', None, IQ325, None),
        ('18%', 2, 18, 'percent', 'API2 front-month contract', 'decrease', 'year_on_year', None, IQ325, None),
        ('82 EUR/t', 1, 82, 'EUR', 'API2 front-month contract', None, None, None, IQ325, None),
        ('91 USD/t', 1, 91, 'USD', 'API2 price', None, None, None, P('on 5 August', '2025-08-05', '2025-08-05'), None),
        ('103 USD/t', 1, 103, 'USD', 'API2 price', None, None, None, P('on 30 September', '2025-09-30', '2025-09-30'), None),
        ('41 TWh', 1, 41, 'terawatt hour', 'coal-fired power generation in the EU', 'decrease', None, None, INQ3, None),
        ('12%', 1, 12, 'percent', 'coal-fired power generation in the EU', 'decrease', 'year_on_year', None, INQ3, None),
        ('9%', 1, 9, 'percent', 'lignite generation', 'decrease', 'year_on_year', None, INQ3, None),
        ('-2.3 TWh', 1, -2.3, 'terawatt hour', 'lignite generation', 'decrease', 'year_on_year', None, INQ3, None),
        ('23 TWh', 1, 23, 'terawatt hour', 'lignite generation', 'decrease', None, None, INQ3, None),
        ('16%', 1, 16, 'percent', 'hard coal generation', 'decrease', 'year_on_year', None, INQ3, None),
        ('-3.4 TWh', 1, -3.4, 'terawatt hour', 'hard coal generation', 'decrease', 'year_on_year', None, INQ3, None),
        ('18 TWh', 1, 18, 'terawatt hour', 'hard coal generation', 'decrease', None, None, INQ3, None),
        ('8.5%', 1, 8.5, 'percent', 'share of coal in the EU power mix', 'decrease', None, None, INQ3, None),
        ('9.9%', 1, 9.9, 'percent', 'share of coal in the EU power mix', None, None, None, Q('in the third quarter of 2024', 2024, 3), None),
        ('three quarters', 1, 0.75, 'fraction', 'share of Germany and Poland in EU coal-fired generation', None, None, 'more_than', INQ3, None),
        ('118 million tonnes', 1, 118e6, 'tonne', 'EU consumption of hard coal', None, None, None, Y('in 2024', 2024), 'Eurostat'),
        ('17%', 1, 17, 'percent', 'EU consumption of hard coal', 'decrease', 'year_on_year', None, Y('in 2024', 2024), 'Eurostat'),
        ('11%', 1, 11, 'percent', 'lignite production', 'decrease', 'year_on_year', None, Y('in 2024', 2024), 'Eurostat'),
        ('223 million tonnes', 1, 223e6, 'tonne', 'lignite production', 'decrease', None, None, Y('in 2024', 2024), 'Eurostat'),
    ],
    'nbs_style_gdp_three_quarters.txt': [
        ('101,503.6 billion yuan', 1, 101503.6e9, 'CNY', 'gross domestic product', None, None, None, F3Q, NBS),
        ('5.2 percent', 1, 5.2, 'percent', 'gross domestic product', 'increase', 'year_on_year', None, F3Q, NBS),
        ('6,232.9 billion yuan', 1, 6232.9e9, 'CNY', 'value added of the primary industry', None, None, None, F3Q, NBS),
        ('3.8 percent', 1, 3.8, 'percent', 'value added of the primary industry', 'increase', 'year_on_year', None, F3Q, NBS),
        ('38,806.5 billion yuan', 1, 38806.5e9, 'CNY', 'value added of the secondary industry', None, None, None, F3Q, NBS),
        ('4.9 percent', 1, 4.9, 'percent', 'value added of the secondary industry', 'increase', 'year_on_year', None, F3Q, NBS),
        ('56,464.2 billion yuan', 1, 56464.2e9, 'CNY', 'value added of the tertiary industry', None, None, None, F3Q, NBS),
        ('5.4 percent', 1, 5.4, 'percent', 'value added of the tertiary industry', 'increase', 'year_on_year', None, F3Q, NBS),
        ('5.4 percent', 2, 5.4, 'percent', 'GDP', 'increase', 'year_on_year', None, Q('in the first quarter', 2025, 1), NBS),
        ('5.2 percent', 2, 5.2, 'percent', 'GDP', 'increase', 'year_on_year', None, Q('in the second quarter', 2025, 2), NBS),
        ('4.8 percent', 1, 4.8, 'percent', 'GDP', 'increase', 'year_on_year', None, INQ3, NBS),
        ('1.1 percent', 1, 1.1, 'percent', 'GDP', 'increase', 'quarter_on_quarter', None, INQ3, NBS),
        ('55.6 percent', 1, 55.6, 'percent', 'share of the tertiary industry in GDP', None, None, None, I3Q, NBS),
        ('0.4 percentage points', 1, 0.4, 'percentage_point', 'share of the tertiary industry in GDP', 'increase', 'year_on_year', None, I3Q, NBS),
        ('53.5 percent', 1, 53.5, 'percent', 'contribution of final consumption expenditure to economic growth', None, None, None, I3Q, NBS),
        ('2.8 percentage points', 1, 2.8, 'percentage_point', 'GDP growth driven by final consumption expenditure', 'increase', 'year_on_year', None, I3Q, NBS),
        ('32,509 yuan', 1, 32509, 'CNY', 'nationwide per capita disposable income of residents', None, None, None, I3Q, NBS),
        ('5.1 percent', 1, 5.1, 'percent', 'nominal per capita disposable income', 'increase', 'year_on_year', None, I3Q, NBS),
        ('5.2 percent', 3, 5.2, 'percent', 'real per capita disposable income', 'increase', 'year_on_year', None, I3Q, NBS),
        ('42,286 yuan', 1, 42286, 'CNY', 'per capita disposable income of urban residents', None, None, None, I3Q, NBS),
        ('17,685 yuan', 1, 17685, 'CNY', 'per capita disposable income of rural residents', None, None, None, I3Q, NBS),
        ('4.4 percent', 1, 4.4, 'percent', 'per capita disposable income of urban residents in nominal terms', 'increase', 'year_on_year', None, I3Q, NBS),
        ('6.0 percent', 1, 6.0, 'percent', 'per capita disposable income of rural residents in nominal terms', 'increase', 'year_on_year', None, I3Q, NBS),
        ('5.2 percent', 4, 5.2, 'percent', 'surveyed urban unemployment rate', None, None, None, per('In September', 2025, 9), NBS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'surveyed urban unemployment rate', 'decrease', 'month_on_month', None, per('In September', 2025, 9), NBS),
        ('190.3 million', 1, 190.3e6, 'count', 'rural migrant workers', None, None, None, EQ3, NBS),
        ('1.8 million', 1, 1.8e6, 'count', 'rural migrant workers', 'increase', 'year_on_year', None, EQ3, NBS),
        ('0.9 percent', 1, 0.9, 'percent', 'rural migrant workers', 'increase', 'year_on_year', None, EQ3, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
