# ruff: noqa: E501, RUF001
"""Write corpus/annotated_101/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_101.py corpus/annotated_101
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
BOK = "Bank of Korea"
GOK = "Government of South Korea"
BPS = "Statistics Indonesia"
BI = "Bank Indonesia"
MANDIRI = "Bank Mandiri"
REUTERS = "Reuters"
MRVL = "Marvell Technology"
LSEG = "LSEG"
STATCAN = "Statistics Canada"
BBG = "Bloomberg"
NBSN = "National Bureau of Statistics"
TE = "Trading Economics"
EIA = "U.S. Energy Information Administration"
MORTH = "Ministry of Road Transport and Highways"
MHI = "Ministry of Heavy Industries"
EASE = "European Association for Storage of Energy"
NBS = "National Bureau of Statistics"

# 10101 ONS regional labour market (ref Tuesday 2025-11-11)
JS = Q("in July to September 2025", 2025, 3)
TMS = P("For the three months to September 2025", "2025-07-01", "2025-09-30")
LATEST = Q("in the latest period", 2025, 3)
YE = Q("a year earlier", 2024, 3)
AJ = Q("for April to June 2025", 2025, 2)
OJS = Q("over July to September 2025", 2025, 3)
# 10102 Reuters 1987 (ref Tuesday 1987-04-28)
HMAR = per("MARCH", 1987, 3)
MAR = per("in March", 1987, 3)
FEB = per("in February", 1987, 2)
AFEB = per("February", 1987, 2)
MAR86 = per("in March 1986", 1986, 3)
YE86 = per("a year earlier", 1986, 3)
END86 = P("at the end of 1986", "1986-12-31", "1986-12-31")
FQ = Q("For the first quarter", 1987, 1)
SQ86 = Q("in the same quarter of 1986", 1986, 1)
W87 = Y("for the whole of 1987", 1987)
# 10103 Reuters 2025 (ref Wednesday 2025-10-01)
ISEP = per("in September", 2025, 9)
IAUG = per("in August", 2025, 8)
# 10104 CNBC (ref Tuesday 2025-12-02); Marvell's fiscal quarters end on a Saturday
FQ3 = P("in the quarter", "2025-08-03", "2025-11-01")
YAGOQ = P("in the year-ago quarter", "2024-08-04", "2024-11-02")
FTQ = P("in the fiscal third quarter", "2025-08-03", "2025-11-01")
YEQ = P("a year earlier", "2024-08-04", "2024-11-02")
TQ = P("in the third quarter", "2025-08-03", "2025-11-01")
FQ4 = P("For the fiscal fourth quarter", "2025-11-02", "2026-01-31")
FY27 = P("in fiscal 2027", "2026-02-01", "2027-01-30")
# 10105 MT Newswires (ref Thursday 2025-11-20)
COCT = per("in October", 2025, 10)
# 10106 Trading Economics (ref Monday 2025-11-24)
Q325 = Q("in Q3 2025", 2025, 3)
NQ3 = Q("in Q3", 2025, 3)
NQ2 = Q("in Q2", 2025, 2)
# 10107 Investing.com (ref Monday 2025-12-15)
ET = P("By 11:20 ET", None, None)
SFD = P("so far in December", "2025-12-01", "2025-12-15")
W5 = P("in the week ended Dec. 5", "2025-11-29", "2025-12-05")
# 10108 Business Standard (ref Tuesday 2025-12-02)
BNOV = per("in November", 2025, 11)
WEF = P("With effect from April 1", "2025-04-01", "2025-12-02")
AN = P("in the first eight months of FY26 (April-November)", "2025-04-01", "2025-11-30")
LM = per("last month", 2025, 11)
SCH = P("from October 2024 to March 2026", "2024-10-01", "2026-03-31")
# 10109 DG Energy (ref Wednesday 2026-04-22)
E25 = P("At the end of 2025", "2025-12-31", "2025-12-31")
Y25 = Y("in 2025", 2025)
Y24 = Y("in 2024", 2024)
Q425 = Q("In the fourth quarter of 2025", 2025, 4)
# 10110 NBS (ref Friday 2024-12-13)
NY24 = Y("In 2024", 2024)
NY24b = Y("in 2024", 2024)

# fmt: off
LABELS = {
    'ons_style_regional_unemployment_rates.txt': [
        ('6.4%', 1, 6.4, 'percent', 'unemployment rate in the North East', None, None, None, JS, None),
        ('2.6%', 1, 2.6, 'percent', 'unemployment rate in Northern Ireland', None, None, None, JS, None),
        ('8', 1, 8, 'count', 'UK regions and nations where the unemployment rate rose', None, None, None, TMS, ONS),
        ('0.7 percentage points', 1, 0.7, 'percentage_point', 'unemployment rate in London', 'increase', 'quarter_on_quarter', None, TMS, ONS),
        ('6.2%', 1, 6.2, 'percent', 'unemployment rate in London', 'increase', None, None, TMS, ONS),
        ('0.5 percentage points', 1, 0.5, 'percentage_point', 'unemployment rate in the West Midlands', 'increase', 'quarter_on_quarter', None, TMS, ONS),
        ('0.4 percentage points', 1, 0.4, 'percentage_point', 'unemployment rate in Wales', 'increase', 'quarter_on_quarter', None, TMS, ONS),
        ('3.5%', 1, 3.5, 'percent', 'unemployment rate in the South West', None, None, None, None, ONS),
        ('3.9%', 1, 3.9, 'percent', 'unemployment rate in the South East', None, None, None, None, ONS),
        ('4.1%', 1, 4.1, 'percent', "Scotland's unemployment rate", None, None, None, None, ONS),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', "Scotland's unemployment rate", 'decrease', 'quarter_on_quarter', None, None, ONS),
        ('0.8 percentage points', 1, 0.8, 'percentage_point', 'unemployment rate in the North East', 'increase', 'year_on_year', None, JS, ONS),
        ('0.6', 1, 0.6, 'percentage_point', 'unemployment rate in Yorkshire and The Humber', 'increase', 'year_on_year', None, JS, ONS),
        ('0.1', 1, 0.1, 'percentage_point', 'unemployment rate in the East of England', 'decrease', 'year_on_year', None, JS, ONS),
        ('3.8 percentage points', 1, 3.8, 'percentage_point', 'difference between the highest and lowest unemployment rates across the UK', 'increase', None, None, LATEST, ONS),
        ('3.1 percentage points', 1, 3.1, 'percentage_point', 'difference between the highest and lowest unemployment rates across the UK', None, None, None, YE, ONS),
        ('4.9%', 1, 4.9, 'percent', 'unemployment rate in the North West', None, None, None, AJ, ONS),
        ('5.1%', 1, 5.1, 'percent', 'unemployment rate in the North West', None, None, None, AJ, ONS),
        ('70.3%', 1, 70.3, 'percent', 'employment rate in the North East', None, None, None, OJS, ONS),
        ('78.7%', 1, 78.7, 'percent', 'employment rate in the East of England', None, None, None, OJS, ONS),
        ('75.0%', 1, 75.0, 'percent', 'UK employment rate', None, None, None, OJS, ONS),
    ],
    'wire_1987_south_korea_current_account.txt': [
        ('735 MLN DLR', 1, 735e6, 'USD', 'current account surplus', None, None, None, HMAR, None),
        ('735 mln dlrs', 1, 735e6, 'USD', 'current account surplus', 'increase', None, None, MAR, BOK),
        ('418 mln', 1, 418e6, 'USD', 'current account surplus', None, None, None, FEB, BOK),
        ('96 mln dlrs', 1, 96e6, 'USD', 'current account deficit', None, None, None, MAR86, BOK),
        ('388 mln dlrs', 1, 388e6, 'USD', 'current account surplus', None, None, None, AFEB, BOK),
        ('688 mln dlrs', 1, 688e6, 'USD', 'trade account surplus', None, None, None, MAR, BOK),
        ('391 mln', 1, 391e6, 'USD', 'trade account surplus', None, None, None, FEB, BOK),
        ('47 mln', 1, 47e6, 'USD', 'invisible trade account surplus', None, None, None, MAR, BOK),
        ('31.8 pct', 1, 31.8, 'percent', 'exports', 'increase', 'year_on_year', None, None, BOK),
        ('3.41 billion dlrs', 1, 3.41e9, 'USD', 'exports', 'increase', None, None, None, BOK),
        ('18.2 pct', 1, 18.2, 'percent', 'imports', 'increase', 'year_on_year', None, None, BOK),
        ('2.72 billion', 1, 2.72e9, 'USD', 'imports', 'increase', None, None, None, BOK),
        ('61 mln dlrs', 1, 61e6, 'USD', 'net travel receipts', None, None, None, MAR, BOK),
        ('44.5 billion dlrs', 1, 44.5e9, 'USD', 'foreign debt', None, None, 'approximately', END86, BOK),
        ('290 mln', 1, 290e6, 'USD', 'interest payments on foreign debt', 'increase', None, None, MAR, BOK),
        ('265 mln', 1, 265e6, 'USD', 'interest payments on foreign debt', None, None, None, YE86, BOK),
        ('1.52 billion dlrs', 1, 1.52e9, 'USD', 'current account surplus', None, None, None, FQ, BOK),
        ('345 mln', 1, 345e6, 'USD', 'current account deficit', None, None, None, SQ86, BOK),
        ('five billion dlrs', 1, 5e9, 'USD', 'current account surplus', None, None, 'more_than', W87, BOK),
        ('4.5 billion', 1, 4.5e9, 'USD', 'current account surplus target', None, None, None, W87, GOK),
        ('4.62 billion', 1, 4.62e9, 'USD', 'current account surplus', None, None, None, Y('in 1986', 1986), BOK),
        ('six', 1, 6e9, 'USD', 'current account surplus', None, None, None, Y('this year', 1987), None),
        ('seven billion dlrs', 1, 7e9, 'USD', 'current account surplus', None, None, None, Y('this year', 1987), None),
        ('846.20', 1, 846.20, 'KRW', 'won', None, None, None, P('on Tuesday', '1987-04-28', '1987-04-28'), BOK),
        ('851.50', 1, 851.50, 'KRW', 'won', None, None, None, P('on March 31', '1987-03-31', '1987-03-31'), BOK),
    ],
    'wire_2025_indonesia_inflation.txt': [
        ('2.65%', 1, 2.65, 'percent', "Indonesia's inflation", 'increase', None, None, per('September', 2025, 9), None),
        ('2.65%', 2, 2.65, 'percent', 'annual inflation rate', 'increase', 'year_on_year', None, ISEP, BPS),
        ('2.31%', 1, 2.31, 'percent', 'annual inflation rate', None, 'year_on_year', None, IAUG, BPS),
        ('2.51%', 1, 2.51, 'percent', 'annual inflation rate', None, None, None, None, REUTERS),
        ('14', 1, 14, 'count', 'economists polled by Reuters', None, None, None, None, REUTERS),
        ('1.5%', 1, 1.5, 'percent', 'inflation target band', None, None, None, None, BI),
        ('3.5%', 1, 3.5, 'percent', 'inflation target band', None, None, None, None, BI),
        ('2.19%', 1, 2.19, 'percent', 'annual core inflation rate', None, 'year_on_year', None, ISEP, BPS),
        ('2.17%', 1, 2.17, 'percent', 'annual core inflation rate', None, 'year_on_year', None, per('a month earlier', 2025, 8), BPS),
        ('2.20%', 1, 2.20, 'percent', 'annual core inflation rate', None, 'year_on_year', None, ISEP, None),
        ('0.21%', 1, 0.21, 'percent', 'consumer prices', 'increase', 'month_on_month', None, ISEP, BPS),
        ('0.08%', 1, 0.08, 'percent', 'consumer prices', 'decrease', 'month_on_month', None, IAUG, BPS),
        ('6.44%', 1, 6.44, 'percent', 'volatile food prices', 'increase', 'year_on_year', None, None, BPS),
        ('1.10%', 1, 1.10, 'percent', 'administered prices', 'increase', 'year_on_year', None, None, BPS),
        ('41.5%', 1, 41.5, 'percent', 'gold jewellery prices', 'increase', 'year_on_year', None, None, BPS),
        ('2.37%', 1, 2.37, 'percent', 'annual inflation rate', None, None, None, per('August', 2025, 8), BPS),
        ('125 basis points', 1, 125, 'basis_point', 'benchmark rate', 'decrease', None, None, P('since September 2024', '2024-09-01', '2025-10-01'), BI),
        ('4.75%', 1, 4.75, 'percent', 'benchmark rate', 'decrease', None, None, P('since September 2024', '2024-09-01', '2025-10-01'), BI),
        ('2.6%', 1, 2.6, 'percent', 'inflation', None, None, 'approximately', P('to end the year', '2025-12-31', '2025-12-31'), BI),
        ('2.4%', 1, 2.4, 'percent', 'inflation', None, None, None, Y('in 2026', 2026), MANDIRI),
        ('2.8%', 1, 2.8, 'percent', 'inflation', None, None, None, Y('in 2026', 2026), MANDIRI),
        ('16,645', 1, 16645, 'IDR', 'rupiah', None, None, None, P('on Wednesday', '2025-10-01', '2025-10-01'), BPS),
        ('0.2%', 1, 0.2, 'percent', 'rupiah', 'decrease', None, None, P('on Wednesday', '2025-10-01', '2025-10-01'), BPS),
    ],
    'cnbc_style_chipmaker_fiscal_quarter_results.txt': [
        ('38%', 1, 38, 'percent', 'data center sales', 'increase', None, None, None, None),
        ('76 cents', 1, 0.76, 'USD', 'adjusted earnings per share', None, None, None, None, MRVL),
        ('74 cents', 1, 0.74, 'USD', 'adjusted earnings per share', None, None, None, None, None),
        ('$2.07 billion', 1, 2.07e9, 'USD', 'revenue', None, None, None, None, MRVL),
        ('$2.06 billion', 1, 2.06e9, 'USD', 'revenue', None, None, None, None, None),
        ('37%', 1, 37, 'percent', 'revenue', 'increase', 'year_on_year', None, FQ3, MRVL),
        ('$1.51 billion', 1, 1.51e9, 'USD', 'revenue', None, None, None, YAGOQ, MRVL),
        ('73%', 1, 73, 'percent', 'data center revenue share of total revenue', None, None, 'approximately', FQ3, MRVL),
        ('38%', 2, 38, 'percent', 'data center revenue', 'increase', 'year_on_year', None, FQ3, MRVL),
        ('$1.52 billion', 1, 1.52e9, 'USD', 'data center revenue', 'increase', None, None, FQ3, MRVL),
        ('$265 million', 1, 265e6, 'USD', 'enterprise networking sales', None, None, None, None, MRVL),
        ('$168 million', 1, 168e6, 'USD', 'carrier infrastructure sales', None, None, None, None, MRVL),
        ('$94 million', 1, 94e6, 'USD', 'consumer sales', None, None, None, None, MRVL),
        ('$73 million', 1, 73e6, 'USD', 'automotive/industrial sales', None, None, None, None, MRVL),
        ('$1.9 billion', 1, 1.9e9, 'USD', 'net income', 'increase', None, None, FTQ, MRVL),
        ('$2.20', 1, 2.20, 'USD', 'earnings per share', 'increase', None, None, FTQ, MRVL),
        ('$676.3 million', 1, 676.3e6, 'USD', 'net loss', None, None, None, YEQ, MRVL),
        ('78 cents', 1, 0.78, 'USD', 'loss per share', None, None, None, YEQ, MRVL),
        ('59.7%', 1, 59.7, 'percent', 'adjusted gross margin', None, None, None, TQ, MRVL),
        ('0.3 percentage point', 1, 0.3, 'percentage_point', 'adjusted gross margin', 'decrease', 'quarter_on_quarter', None, TQ, MRVL),
        ('$2.2 billion', 1, 2.2e9, 'USD', 'revenue', None, None, None, FQ4, MRVL),
        ('5%', 1, 5, 'percent', 'revenue guidance tolerance band', None, None, None, FQ4, MRVL),
        ('$2.18 billion', 1, 2.18e9, 'USD', 'revenue', None, None, None, FQ4, LSEG),
        ('79 cents', 1, 0.79, 'USD', 'adjusted earnings per share', None, None, None, FQ4, MRVL),
        ('25%', 1, 25, 'percent', 'data center revenue', 'increase', None, 'more_than', FY27, MRVL),
        ('9%', 1, 9, 'percent', 'Marvell shares', 'increase', None, 'up_to', None, MRVL),
        ('18%', 1, 18, 'percent', 'Marvell stock', 'decrease', None, 'approximately', P('this year', '2025-01-01', '2025-12-02'), MRVL),
    ],
    'mt_newswires_canada_new_housing_price_index.txt': [
        ('0.4%', 1, 0.4, 'percent', 'Canada new housing prices', 'decrease', None, None, COCT, None),
        ('0.4%', 2, 0.4, 'percent', 'Canadian new home prices', 'decrease', 'month_on_month', None, COCT, STATCAN),
        ('0.3%', 1, 0.3, 'percent', 'Canadian new home prices', 'decrease', 'month_on_month', None, per('the previous month', 2025, 9), STATCAN),
        ('0.2%', 1, 0.2, 'percent', 'Canadian new home prices', 'decrease', None, None, per('September', 2025, 9), STATCAN),
        ('0.2%', 2, 0.2, 'percent', 'Canadian new home prices', 'decrease', None, None, per('for October', 2025, 10), BBG),
        ('15', 1, 15, 'count', 'census metropolitan areas where prices fell', None, None, None, None, STATCAN),
        ('8', 1, 8, 'count', 'census metropolitan areas where prices were unchanged', None, None, None, None, STATCAN),
        ('4', 1, 4, 'count', 'census metropolitan areas where prices rose', None, None, None, None, STATCAN),
        ('-1.5%', 1, -1.5, 'percent', 'new home prices in Kelowna', 'decrease', 'month_on_month', None, None, STATCAN),
        ('-1.1%', 1, -1.1, 'percent', 'new home prices in Ottawa', 'decrease', 'month_on_month', None, None, STATCAN),
        ('-0.9%', 1, -0.9, 'percent', 'new home prices in Windsor', 'decrease', 'month_on_month', None, None, STATCAN),
        ('0.6%', 1, 0.6, 'percent', 'new home prices in Toronto', 'decrease', 'month_on_month', None, None, STATCAN),
        ('2.8%', 1, 2.8, 'percent', 'national index', 'decrease', 'year_on_year', None, COCT, STATCAN),
        ('2.5%', 1, 2.5, 'percent', 'national index', 'decrease', 'year_on_year', None, per('in September', 2025, 9), STATCAN),
        ('-6.2%', 1, -6.2, 'percent', 'new home prices in Toronto', 'decrease', 'year_on_year', None, COCT, STATCAN),
        ('-5.4%', 1, -5.4, 'percent', 'new home prices in Victoria', 'decrease', 'year_on_year', None, COCT, STATCAN),
        ('+3.9%', 1, 3.9, 'percent', 'new home prices in Quebec City', 'increase', 'year_on_year', None, COCT, STATCAN),
        ('+3.1%', 1, 3.1, 'percent', 'new home prices in Saint John', 'increase', 'year_on_year', None, COCT, STATCAN),
        ('0.5%', 1, 0.5, 'percent', 'house-only component', 'decrease', 'month_on_month', None, None, STATCAN),
        ('0.1%', 1, 0.1, 'percent', 'land-only component', 'decrease', 'month_on_month', None, None, STATCAN),
        ('120.4', 1, 120.4, 'index_point', 'new housing price index', None, None, None, COCT, STATCAN),
    ],
    'trading_economics_style_nigeria_gdp_growth.txt': [
        ('4.07%', 1, 4.07, 'percent', 'Nigerian economy', 'increase', 'year_on_year', None, Q325, NBSN),
        ('3.98%', 1, 3.98, 'percent', 'Nigerian economy', None, 'year_on_year', None, Q('in the previous quarter', 2025, 2), NBSN),
        ('3.9%', 1, 3.9, 'percent', 'Nigerian economy', None, 'year_on_year', None, Q325, None),
        ('4.32%', 1, 4.32, 'percent', 'GDP', 'increase', 'year_on_year', None, Q('the final quarter of 2024', 2024, 4), NBSN),
        ('5.84%', 1, 5.84, 'percent', 'oil sector', 'increase', None, None, NQ3, NBSN),
        ('20.46%', 1, 20.46, 'percent', 'oil sector', None, None, None, NQ2, NBSN),
        ('1.64 million barrels per day', 1, 1.64e6, 'barrel per day', 'average daily crude oil output', 'decrease', None, None, NQ3, NBSN),
        ('1.68 mbpd', 1, 1.68e6, 'barrel per day', 'average daily crude oil output', None, None, None, Q('in the second quarter', 2025, 2), NBSN),
        ('1.47 mbpd', 1, 1.47e6, 'barrel per day', 'average daily crude oil output', None, None, None, Q('a year earlier', 2024, 3), NBSN),
        ('95.6%', 1, 95.6, 'percent', 'non-oil economy share of real GDP', None, None, None, NQ3, NBSN),
        ('3.96%', 1, 3.96, 'percent', 'non-oil economy', 'increase', None, None, NQ3, NBSN),
        ('3.64%', 1, 3.64, 'percent', 'non-oil economy', None, None, None, NQ2, NBSN),
        ('4.77%', 1, 4.77, 'percent', 'services', 'increase', None, None, NQ3, NBSN),
        ('2.90%', 1, 2.90, 'percent', 'agriculture', 'increase', None, None, NQ3, NBSN),
        ('1.52%', 1, 1.52, 'percent', 'industry', 'increase', None, None, NQ3, NBSN),
        ('2.61%', 1, 2.61, 'percent', 'GDP', 'increase', 'quarter_on_quarter', None, P('in the three months to September', '2025-07-01', '2025-09-30'), NBSN),
        ('0.92%', 1, 0.92, 'percent', 'GDP', 'decrease', 'quarter_on_quarter', None, NQ2, NBSN),
        ('NGN 97.8 trillion', 1, 97.8e12, 'NGN', 'nominal GDP', None, None, None, Q('in the July-September period', 2025, 3), NBSN),
        ('3.89%', 1, 3.89, 'percent', 'economy', 'increase', 'year_on_year', None, P('For the first nine months of the year', '2025-01-01', '2025-09-30'), NBSN),
        ('3.18 percent', 1, 3.18, 'percent', 'GDP Annual Growth Rate in Nigeria', None, None, None, P('from 2011 until 2025', '2011-01-01', '2025-12-31'), NBSN),
        ('7.51 percent', 1, 7.51, 'percent', 'GDP Annual Growth Rate in Nigeria all time high', None, None, None, Q('in the fourth quarter of 2011', 2011, 4), NBSN),
        ('-6.10 percent', 1, -6.10, 'percent', 'GDP Annual Growth Rate in Nigeria record low', 'decrease', None, None, Q('in the second quarter of 2020', 2020, 2), NBSN),
        ('3.80 percent', 1, 3.80, 'percent', 'GDP Annual Growth Rate in Nigeria', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('3.50 percent', 1, 3.50, 'percent', 'Nigeria GDP Annual Growth Rate', None, None, None, Y('in 2026', 2026), TE),
        ('3.40 percent', 1, 3.40, 'percent', 'Nigeria GDP Annual Growth Rate', None, None, None, Y('in 2027', 2027), TE),
    ],
    'investing_style_natural_gas_lng_feedgas.txt': [
        ('4.6%', 1, 4.6, 'percent', 'Henry Hub natural gas futures for January delivery', 'decrease', None, None, ET, None),
        ('$3.862', 1, 3.862, 'USD', 'Henry Hub natural gas futures for January delivery', 'decrease', None, None, ET, None),
        ('$3.801', 1, 3.801, 'USD', 'Henry Hub natural gas futures for January delivery', None, None, None, ET, None),
        ('19.4 cents', 1, 0.194, 'USD', 'February contract', 'decrease', None, None, ET, None),
        ('$3.705', 1, 3.705, 'USD', 'February contract', 'decrease', None, None, ET, None),
        ('9%', 1, 9, 'percent', 'front-month futures', 'decrease', None, 'approximately', P('last week', '2025-12-08', '2025-12-14'), None),
        ('18.1 billion cubic feet per day', 1, 18.1e9, 'cubic foot per day', 'gas flows to U.S. LNG export plants', 'decrease', None, None, SFD, LSEG),
        ('18.4 bcfd', 1, 18.4e9, 'cubic foot per day', 'gas flows to U.S. LNG export plants', None, None, None, per('in November', 2025, 11), LSEG),
        ('3.7 bcfd', 1, 3.7e9, 'cubic foot per day', "feedgas to Venture Global's Plaquemines terminal", None, None, None, P('on Sunday', '2025-12-14', '2025-12-14'), LSEG),
        ('2.9 bcfd', 1, 2.9e9, 'cubic foot per day', "feedgas to Cheniere's Corpus Christi terminal", None, None, None, P('on Sunday', '2025-12-14', '2025-12-14'), LSEG),
        ('109.8 bcfd', 1, 109.8e9, 'cubic foot per day', 'average output in the Lower 48 states', 'increase', None, None, P('so far this month', '2025-12-01', '2025-12-15'), LSEG),
        ('109.4 bcfd', 1, 109.4e9, 'cubic foot per day', 'average output in the Lower 48 states', None, None, None, per('in November', 2025, 11), LSEG),
        ('110.0 bcfd', 1, 110.0e9, 'cubic foot per day', 'average output in the Lower 48 states', None, None, None, per('October', 2025, 10), LSEG),
        ('148.6 bcfd', 1, 148.6e9, 'cubic foot per day', 'average gas demand in the Lower 48', None, None, None, P('this week', '2025-12-15', '2025-12-21'), LSEG),
        ('139.2 bcfd', 1, 139.2e9, 'cubic foot per day', 'average gas demand in the Lower 48', 'decrease', None, None, P('next week', '2025-12-22', '2025-12-28'), LSEG),
        ('177 bcf', 1, 177e9, 'cubic foot', 'gas in storage', 'decrease', None, None, W5, EIA),
        ('98 bcf', 1, 98e9, 'cubic foot', 'gas in storage', 'decrease', None, None, P('a year earlier', '2024-11-29', '2024-12-05'), EIA),
        ('3,746 bcf', 1, 3746e9, 'cubic foot', 'inventories', None, None, None, W5, EIA),
        ('1.2%', 1, 1.2, 'percent', 'inventories relative to the five-year average', 'increase', None, None, W5, EIA),
        ('167 bcf', 1, 167e9, 'cubic foot', 'gas in storage', 'decrease', None, None, P('for the week ended Dec. 12', '2025-12-06', '2025-12-12'), REUTERS),
    ],
    'business_standard_style_two_wheeler_ev_subsidy.txt': [
        ('9.6%', 1, 9.6, 'percent', 'E-2W sales', 'increase', None, None, per('in Nov', 2025, 11), None),
        ('9.6 per cent', 1, 9.6, 'percent', 'electric two-wheeler sales', 'increase', 'year_on_year', None, BNOV, MORTH),
        ('1,12,456 units', 1, 112456, 'count', 'electric two-wheeler sales', 'increase', None, None, BNOV, MORTH),
        ('8,64,212 units', 1, 864212, 'count', 'cumulative sales', None, None, None, AN, MORTH),
        ('11.8 per cent', 1, 11.8, 'percent', 'cumulative sales', 'increase', 'year_on_year', None, AN, MORTH),
        ('7,73,000', 1, 773000, 'count', 'cumulative sales', None, None, 'approximately', P('a year ago', '2024-04-01', '2024-11-30'), MORTH),
        ('6.2 per cent', 1, 6.2, 'percent', 'penetration of electric models in overall two-wheeler registrations', 'increase', None, None, LM, MORTH),
        ('5.9 per cent', 1, 5.9, 'percent', 'penetration of electric models in overall two-wheeler registrations', None, None, None, per('in October', 2025, 10), MORTH),
        ('24.1 per cent', 1, 24.1, 'percent', 'TVS Motor share', None, None, None, BNOV, MORTH),
        ('21.3 per cent', 1, 21.3, 'percent', 'Bajaj Auto share', None, None, None, BNOV, MORTH),
        ('17.6 per cent', 1, 17.6, 'percent', 'Ather Energy share', None, None, None, BNOV, MORTH),
        ('22.5 per cent', 1, 22.5, 'percent', 'Ola Electric share', None, None, None, per('a year earlier', 2024, 11), MORTH),
        ('7.4 per cent', 1, 7.4, 'percent', 'Ola Electric share', 'decrease', None, None, BNOV, MORTH),
        ('64 per cent', 1, 64, 'percent', 'Ola Electric volumes', 'decrease', None, None, BNOV, MORTH),
        ('8,322 units', 1, 8322, 'count', 'Ola Electric volumes', 'decrease', None, None, BNOV, MORTH),
        ('₹2,500', 1, 2500, 'INR', 'demand incentive per kWh of battery capacity', 'decrease', None, None, WEF, MHI),
        ('₹5,000', 1, 5000, 'INR', 'demand incentive per kWh of battery capacity', None, None, None, P('in FY25', '2024-04-01', '2025-03-31'), MHI),
        ('₹5,000', 2, 5000, 'INR', 'per-vehicle cap', 'decrease', None, None, WEF, MHI),
        ('₹10,900-crore', 1, 1.09e11, 'INR', 'scheme outlay', None, None, None, SCH, MHI),
        ('₹1,772 crore', 1, 1.772e10, 'INR', 'amount set aside to subsidise e-2Ws', None, None, None, SCH, MHI),
        ('24.79 lakh', 1, 2479000, 'count', 'e-2Ws to be subsidised', None, None, 'approximately', SCH, MHI),
        ('half', 1, 0.5, 'fraction', 'share of the e-2W target met', None, None, 'approximately', P('by end-November', '2025-11-30', '2025-11-30'), MHI),
        ('1.3', 1, 1.3e6, 'count', 'e-2W sales', None, None, None, P('ending FY26', '2025-04-01', '2026-03-31'), None),
        ('1.4 million units', 1, 1.4e6, 'count', 'e-2W sales', None, None, None, P('ending FY26', '2025-04-01', '2026-03-31'), None),
    ],
    'eu_energy_style_electricity_storage_pumped_hydro.txt': [
        ('96.4 GW', 1, 96.4, 'gigawatt', 'operational electricity storage capacity', 'increase', None, None, E25, None),
        ('81.2 GW', 1, 81.2, 'gigawatt', 'operational electricity storage capacity', None, None, None, P('a year earlier', '2024-12-31', '2024-12-31'), None),
        ('47.9 GW', 1, 47.9, 'gigawatt', 'pumped hydro storage capacity', None, None, None, E25, None),
        ('half', 1, 0.5, 'fraction', 'pumped hydro share of storage capacity', None, None, 'approximately', E25, None),
        ('45.3 GW', 1, 45.3, 'gigawatt', 'battery storage capacity', None, None, None, E25, None),
        ('14.6 GW', 1, 14.6, 'gigawatt', 'battery capacity additions', None, None, None, Y25, EASE),
        ('27.5 GWh', 1, 27.5, 'gigawatt hour', 'battery capacity additions', None, None, None, Y25, EASE),
        ('9.8 GW', 1, 9.8, 'gigawatt', 'battery capacity additions', None, None, None, Y24, EASE),
        ('18.2 GWh', 1, 18.2, 'gigawatt hour', 'battery capacity additions', None, None, None, Y24, EASE),
        ('0.9 GW', 1, 0.9, 'gigawatt', 'pumped hydro additions', None, None, None, Y25, EASE),
        ('7.6 GW', 1, 7.6, 'gigawatt', 'pumped hydro fleet in Italy', None, None, None, None, EASE),
        ('6.4 GW', 1, 6.4, 'gigawatt', 'pumped hydro fleet in Germany', None, None, None, None, EASE),
        ('6.1 GW', 1, 6.1, 'gigawatt', 'pumped hydro fleet in Spain', None, None, None, None, EASE),
        ('5.6 GW', 1, 5.6, 'gigawatt', 'pumped hydro fleet in Austria', None, None, None, None, EASE),
        ('19.8 GWh', 1, 19.8, 'gigawatt hour', 'battery energy capacity in Germany', None, None, None, None, EASE),
        ('12.1 GWh', 1, 12.1, 'gigawatt hour', 'battery energy capacity in Italy', None, None, None, None, EASE),
        ('73%', 1, 73, 'percent', "Spain's battery fleet", 'increase', 'year_on_year', None, None, EASE),
        ('3.2 GWh', 1, 3.2, 'gigawatt hour', "Spain's battery fleet", 'increase', None, None, None, EASE),
        ('1.9 TWh', 1, 1.9, 'terawatt hour', 'energy EU pumped hydro reservoirs can hold', None, None, 'approximately', None, EASE),
        ('20 times', 1, 20, 'times', 'energy EU pumped hydro reservoirs can hold', None, None, 'more_than', None, EASE),
        ('85 GWh', 1, 85, 'gigawatt hour', 'energy capacity of all installed batteries', None, None, 'approximately', None, EASE),
        ('9.7 TWh', 1, 9.7, 'terawatt hour', 'electricity discharged by storage plants', None, None, None, Q425, EASE),
        ('14%', 1, 14, 'percent', 'electricity discharged by storage plants', 'increase', 'year_on_year', None, Q425, EASE),
        ('2.3 TWh', 1, 2.3, 'terawatt hour', 'electricity discharged by batteries', 'increase', None, None, Q425, EASE),
        ('1.2 TWh', 1, 1.2, 'terawatt hour', 'electricity discharged by batteries', None, None, None, Q('a year earlier', 2024, 4), EASE),
        ('118 €/MWh', 1, 118, 'EUR', 'average day-ahead spread between the four most expensive and the four cheapest hours', 'increase', None, None, Q('in Q4', 2025, 4), EASE),
        ('96 €/MWh', 1, 96, 'EUR', 'average day-ahead spread between the four most expensive and the four cheapest hours', None, None, None, Q('in the previous quarter', 2025, 3), EASE),
    ],
    'nbs_style_grain_sown_area_yield.txt': [
        ('700 million tonnes', 1, 700e6, 'tonne', 'total grain output', None, None, 'more_than', NY24, None),
        ('706.50 million tonnes', 1, 706.50e6, 'tonne', 'total grain output', None, None, None, NY24, NBS),
        ('11.09 million tonnes', 1, 11.09e6, 'tonne', 'total grain output', 'increase', 'year_on_year', None, NY24, NBS),
        ('1.6 percent', 1, 1.6, 'percent', 'total grain output', 'increase', 'year_on_year', None, NY24, NBS),
        ('119.32 million hectares', 1, 119.32e6, 'hectare', 'grain sown area', None, None, None, None, NBS),
        ('0.35 million hectares', 1, 0.35e6, 'hectare', 'grain sown area', 'increase', 'year_on_year', None, None, NBS),
        ('44.74 million hectares', 1, 44.74e6, 'hectare', 'sown area of corn', None, None, None, None, NBS),
        ('0.52 million hectares', 1, 0.52e6, 'hectare', 'sown area of corn', 'increase', 'year_on_year', None, None, NBS),
        ('0.14 million hectares', 1, 0.14e6, 'hectare', 'sown area of soybeans', 'decrease', 'year_on_year', None, None, NBS),
        ('10.33 million hectares', 1, 10.33e6, 'hectare', 'sown area of soybeans', 'decrease', None, None, None, NBS),
        ('5,921.1 kg per hectare', 1, 5921.1, 'kilogram per hectare', 'national grain yield', None, None, None, NY24b, NBS),
        ('75.7 kg per hectare', 1, 75.7, 'kilogram per hectare', 'national grain yield', 'increase', None, None, NY24b, NBS),
        ('1.3 percent', 1, 1.3, 'percent', 'national grain yield', 'increase', None, None, NY24b, NBS),
        ('2.8 percent', 1, 2.8, 'percent', 'yield of corn per hectare', 'increase', None, None, NY24b, NBS),
        ('528.44 million tonnes', 1, 528.44e6, 'tonne', 'autumn grain output', None, None, None, None, NBS),
        ('8.92 million tonnes', 1, 8.92e6, 'tonne', 'autumn grain output', 'increase', 'year_on_year', None, None, NBS),
        ('80.4 percent', 1, 80.4, 'percent', 'autumn grain share of the total increment', None, None, None, None, NBS),
        ('88.19 million hectares', 1, 88.19e6, 'hectare', 'sown area of autumn grain', None, None, None, None, NBS),
        ('5,937.3 kg', 1, 5937.3, 'kilogram per hectare', 'yield per hectare of autumn grain', None, None, None, None, NBS),
        ('0.4 percent', 1, 0.4, 'percent', 'sown area of autumn grain', 'increase', 'year_on_year', None, None, NBS),
        ('1.3 percent', 2, 1.3, 'percent', 'yield per hectare of autumn grain', 'increase', 'year_on_year', None, None, NBS),
        ('149.89 million tonnes', 1, 149.89e6, 'tonne', 'summer grain output', None, None, None, None, NBS),
        ('28.17 million tonnes', 1, 28.17e6, 'tonne', 'early rice output', None, None, None, None, NBS),
        ('3.6 percent', 1, 3.6, 'percent', 'summer grain output', 'increase', None, None, None, NBS),
        ('1.1 percent', 1, 1.1, 'percent', 'early rice output', 'decrease', None, None, None, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
