# ruff: noqa: E501, RUF001
"""Write corpus/annotated_74/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_74.py corpus/annotated_74
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
MOF = "Ministry of Finance"
CBC = "Central Bank of Chile"
INE = "National Statistics Institute"
BLS = "U.S. Bureau of Labor Statistics"
DJ = "Dow Jones"
CME = "CME Group"
ABS = "Australian Bureau of Statistics"
RBA = "Reserve Bank of Australia"
PSA = "Philippine Statistics Authority"
BSP = "Bangko Sentral ng Pilipinas"
TE = "Trading Economics"
EIA = "U.S. Energy Information Administration"
OPECP = "OPEC+"
GS = "Goldman Sachs"
BS = "Business Standard"
ISEC = "ICICI Securities"
NUV = "Nuvama Institutional Equities"
ENTSOE = "European Network of Transmission System Operators for Electricity"
NBS = "National Bureau of Statistics"

# 7401 ONS business investment, revised results (ref Monday 2025-12-22)
Q3L = Q("in Quarter 3 (July to Sept) 2025", 2025, 3)
LQ = Q("In the latest quarter", 2025, 3)
IQ3 = Q("In Quarter 3 2025", 2025, 3)
Q2L = Q("in Quarter 2 (Apr to June) 2025", 2025, 2)
FQ2 = Q("for Quarter 2 2025", 2025, 2)
# 7402 Reuters 1987 (ref Thursday 1987-05-21)
APR = per("in April", 1987, 4)
MAR = per("in March", 1987, 3)
# 7403 Reuters 2025 (ref Friday 2026-01-02)
NOV = per("in November", 2025, 11)
OCT = per("in October", 2025, 10)
DEC16 = P("on Dec. 16", "2025-12-16", "2025-12-16")
FRI = P("on Friday", "2026-01-02", "2026-01-02")
# 7404 CNBC (ref Thursday 2025-08-14)
JUL = per("in July", 2025, 7)
SEPM = P("at the Fed's September meeting", "2025-09-01", "2025-09-30")
# 7405 MT Newswires (ref Thursday 2025-09-18)
AUG = per("in August", 2025, 8)
JULA = per("July", 2025, 7)
YTA = per("Over the year to August 2025", 2025, 8)
# 7406 Trading Economics (ref Tuesday 2025-10-07)
SEP25 = per("in September 2025", 2025, 9)
TAUG = per("in August", 2025, 8)
# 7407 Investing.com (ref Monday 2025-09-08)
ET = P("By 21:35 ET", None, None)
WK = P("in the week ended Aug. 29", "2025-08-23", "2025-08-29")
IOCT = per("in October", 2025, 10)
# 7408 Business Standard (ref Monday 2025-02-10)
Q3H = P("Q3", "2024-10-01", "2024-12-31")
Q3FY = P("in Q3FY25", "2024-10-01", "2024-12-31")
INQ = P("in the quarter", "2024-10-01", "2024-12-31")
YAGO = P("a year ago", "2023-10-01", "2023-12-31")
YEAR = P("a year earlier", "2023-10-01", "2023-12-31")
DECQ = P("in the December quarter", "2024-10-01", "2024-12-31")
# 7409 DG ENER (ref Wednesday 2025-06-25)
Q125 = Q("In the first quarter of 2025", 2025, 1)
OVQ = Q("Over the quarter", 2025, 1)
IFQ = Q("in the first quarter", 2025, 1)
ITQ = Q("in the quarter", 2025, 1)
# 7410 NBS (ref Monday 2025-03-31)
FMAR = per("for March", 2025, 3)
IMAR = per("In March", 2025, 3)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_business_investment_revised.txt': [
        ('0.4%', 1, 0.4, 'percent', 'UK business investment', 'increase', 'quarter_on_quarter', None, Q3L, None),
        ('0.3%', 1, 0.3, 'percent', 'UK business investment', 'decrease', 'quarter_on_quarter', None, Q3L, None),
        ('1.9%', 1, 1.9, 'percent', 'business investment', 'increase', 'year_on_year', None, None, None),
        ('1.2%', 1, 1.2, 'percent', 'business investment', None, 'year_on_year', None, None, None),
        ('0.6%', 1, 0.6, 'percent', 'total gross fixed capital formation (GFCF)', 'increase', 'quarter_on_quarter', None, None, None),
        ('£142.8 billion', 1, 142.8e9, 'GBP', 'total gross fixed capital formation (GFCF)', 'increase', None, None, None, None),
        ('7.2%', 1, 7.2, 'percent', 'transport equipment investment', 'decrease', 'quarter_on_quarter', None, LQ, None),
        ('2.5%', 1, 2.5, 'percent', 'ICT equipment investment', 'increase', 'quarter_on_quarter', None, LQ, None),
        ('1.1%', 1, 1.1, 'percent', 'other machinery and equipment investment', 'increase', 'quarter_on_quarter', None, LQ, None),
        ('£63.2 billion', 1, 63.2e9, 'GBP', 'business investment', None, None, None, IQ3, ONS),
        ('£4.6 billion', 1, 4.6e9, 'GBP', 'spending on transport equipment', 'decrease', None, None, IQ3, ONS),
        ('£5.0 billion', 1, 5.0e9, 'GBP', 'spending on transport equipment', None, None, None, Q2L, ONS),
        ('two-thirds', 1, 0.6667, 'fraction', 'aircraft share of the fall in spending on transport equipment', None, None, 'approximately', IQ3, ONS),
        ('£23.1 billion', 1, 23.1e9, 'GBP', 'investment in intellectual property products', None, None, None, None, ONS),
        ('0.8%', 1, 0.8, 'percent', 'dwellings investment by businesses', 'increase', 'quarter_on_quarter', None, None, ONS),
        ('1.3%', 1, 1.3, 'percent', 'buildings and structures investment', 'increase', 'quarter_on_quarter', None, None, ONS),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'business investment growth revision', 'decrease', None, None, FQ2, ONS),
        ('1.3%', 2, 1.3, 'percent', 'business investment growth', 'decrease', None, None, FQ2, ONS),
        ('0.5 percentage points', 1, 0.5, 'percentage_point', 'mean absolute revision to quarterly business investment growth', None, None, 'approximately', P('Over the latest four quarters', '2024-10-01', '2025-09-30'), ONS),
        ('3.4%', 1, 3.4, 'percent', 'level of business investment', 'decrease', None, None, P('in Quarter 4 (Oct to Dec) 2019', '2019-10-01', '2025-09-30'), ONS),
    ],
    'wire_1987_french_trade_balance.txt': [
        ('3.9 BILLION FRANCS', 1, 3.9e9, 'FRF', 'French trade deficit', 'increase', None, None, per('APRIL', 1987, 4), None),
        ('3.9 billion francs', 1, 3.9e9, 'FRF', 'seasonally adjusted trade deficit', 'increase', None, None, APR, MOF),
        ('1.6 billion', 1, 1.6e9, 'FRF', 'seasonally adjusted trade deficit', None, None, None, MAR, MOF),
        ('1.1 billion francs', 1, 1.1e9, 'FRF', 'trade deficit', None, None, None, per('March', 1987, 3), MOF),
        ('4.7 pct', 1, 4.7, 'percent', 'seasonally adjusted imports', 'increase', 'month_on_month', None, APR, MOF),
        ('78.2 billion francs', 1, 78.2e9, 'FRF', 'seasonally adjusted imports', 'increase', None, None, APR, MOF),
        ('1.3 pct', 1, 1.3, 'percent', 'exports', 'increase', 'month_on_month', None, APR, MOF),
        ('74.3 billion', 1, 74.3e9, 'FRF', 'exports', 'increase', None, None, APR, MOF),
        ('7.6 billion francs', 1, 7.6e9, 'FRF', 'energy bill', 'increase', None, None, APR, MOF),
        ('6.8 billion', 1, 6.8e9, 'FRF', 'energy bill', None, None, None, MAR, MOF),
        ('0.4 billion', 1, 0.4e9, 'FRF', 'industrial goods surplus', 'decrease', None, None, APR, MOF),
        ('2.1 billion', 1, 2.1e9, 'FRF', 'industrial goods surplus', None, None, None, MAR, MOF),
        ('2.8 billion francs', 1, 2.8e9, 'FRF', 'farm and food surplus', None, None, None, None, MOF),
        ('3.3 billion', 1, 3.3e9, 'FRF', 'farm and food surplus', None, None, None, MAR, MOF),
        ('10.2 billion francs', 1, 10.2e9, 'FRF', 'unadjusted deficit', None, None, None, P('In the first four months of 1987', '1987-01-01', '1987-04-30'), MOF),
        ('1.4 billion', 1, 1.4e9, 'FRF', 'unadjusted surplus', None, None, None, P('in the same period of 1986', '1986-01-01', '1986-04-30'), MOF),
        ('two', 1, 2e9, 'FRF', 'trade deficit', None, None, None, per('April', 1987, 4), None),
        ('2.5 billion francs', 1, 2.5e9, 'FRF', 'trade deficit', None, None, None, per('April', 1987, 4), None),
        ('95 pct', 1, 95, 'percent', 'ratio of exports to imports', 'decrease', None, None, APR, MOF),
        ('98 pct', 1, 98, 'percent', 'ratio of exports to imports', None, None, None, MAR, MOF),
        ('3.5 billion francs', 1, 3.5e9, 'FRF', 'trade deficit with West Germany', None, None, None, None, MOF),
        ('0.9 billion', 1, 0.9e9, 'FRF', 'trade deficit with Italy', None, None, None, None, MOF),
        ('1.2 billion', 1, 1.2e9, 'FRF', 'trade deficit with the United States', None, None, None, None, MOF),
    ],
    'wire_2025_chile_imacec_copper.txt': [
        ('1.4%', 1, 1.4, 'percent', "Chile's economy", 'increase', None, None, NOV, None),
        ('1.4%', 2, 1.4, 'percent', "Chile's economic activity", 'increase', 'year_on_year', None, NOV, CBC),
        ('2.0%', 1, 2.0, 'percent', "Chile's economic activity", 'increase', 'year_on_year', None, NOV, 'Reuters'),
        ('5.8%', 1, 5.8, 'percent', 'mining activity', 'decrease', 'year_on_year', None, NOV, CBC),
        ('2.3%', 1, 2.3, 'percent', 'non-mining sector', 'increase', 'year_on_year', None, NOV, CBC),
        ('2.9%', 1, 2.9, 'percent', 'services', 'increase', 'year_on_year', None, NOV, CBC),
        ('4.1%', 1, 4.1, 'percent', 'commerce', 'increase', 'year_on_year', None, NOV, CBC),
        ('0.6%', 1, 0.6, 'percent', 'IMACEC index', 'decrease', 'month_on_month', None, NOV, CBC),
        ('0.9%', 1, 0.9, 'percent', 'IMACEC index', 'increase', 'month_on_month', None, OCT, CBC),
        ('0.7%', 1, 0.7, 'percent', 'IMACEC index', None, 'month_on_month', None, OCT, CBC),
        ('7.4%', 1, 7.4, 'percent', 'copper output', 'decrease', 'year_on_year', None, NOV, INE),
        ('431,560 metric tons', 1, 431560, 'tonne', 'copper output', 'decrease', None, None, NOV, INE),
        ('a tenth', 1, 0.1, 'fraction', 'production at Codelco', 'decrease', 'year_on_year', 'approximately', NOV, INE),
        ('98,400 tons', 1, 98400, 'tonne', 'Escondida production', None, None, None, NOV, INE),
        ('1.8%', 1, 1.8, 'percent', 'manufacturing production', 'increase', 'year_on_year', None, NOV, INE),
        ('8.4%', 1, 8.4, 'percent', 'jobless rate', 'decrease', None, None, P('for the September-November period', '2025-09-01', '2025-11-30'), INE),
        ('8.6%', 1, 8.6, 'percent', 'jobless rate', None, None, None, P('in the previous rolling quarter', '2025-08-01', '2025-10-31'), INE),
        ('25 basis points', 1, 25, 'basis_point', 'benchmark rate', 'decrease', None, None, DEC16, CBC),
        ('4.50%', 1, 4.5, 'percent', 'benchmark rate', 'decrease', None, None, DEC16, CBC),
        ('4.25%', 1, 4.25, 'percent', 'benchmark rate', 'decrease', None, None, P('in the first half of 2026', '2026-01-01', '2026-06-30'), None),
        ('2.25%', 1, 2.25, 'percent', 'economy', 'increase', None, None, Y('in 2025', 2025), CBC),
        ('2.75%', 1, 2.75, 'percent', 'economy', 'increase', None, None, Y('in 2025', 2025), CBC),
        ('0.3%', 1, 0.3, 'percent', 'peso', 'decrease', None, None, FRI, INE),
        ('936.40', 1, 936.40, 'CLP', 'peso', 'decrease', None, None, FRI, INE),
        ('$11,900', 1, 11900, 'USD', 'benchmark copper on the London Metal Exchange', None, None, 'approximately', FRI, None),
    ],
    'cnbc_style_ppi_wholesale_prices.txt': [
        ('0.8%', 1, 0.8, 'percent', 'wholesale prices', 'increase', None, None, JUL, None),
        ('four times', 1, 4, 'times', 'wholesale price gain relative to the forecast', None, None, None, JUL, None),
        ('0.8%', 2, 0.8, 'percent', 'producer price index for final demand', 'increase', 'month_on_month', None, JUL, BLS),
        ('0.2%', 1, 0.2, 'percent', 'producer price index for final demand', 'increase', 'month_on_month', None, JUL, DJ),
        ('0.1%', 1, 0.1, 'percent', 'producer price index for final demand', 'increase', 'month_on_month', None, per('June', 2025, 6), BLS),
        ('3.1%', 1, 3.1, 'percent', 'producer price index for final demand', 'increase', 'year_on_year', None, JUL, BLS),
        ('2.4%', 1, 2.4, 'percent', 'producer price index for final demand', None, 'year_on_year', None, per('in June', 2025, 6), BLS),
        ('0.8%', 3, 0.8, 'percent', 'core PPI', 'increase', None, None, JUL, BLS),
        ('0.3%', 1, 0.3, 'percent', 'core PPI', None, None, None, JUL, None),
        ('0.6%', 1, 0.6, 'percent', 'PPI excluding food, energy and trade services', 'increase', 'month_on_month', None, JUL, BLS),
        ('2.8%', 1, 2.8, 'percent', 'PPI excluding food, energy and trade services', 'increase', 'year_on_year', None, JUL, BLS),
        ('1.1%', 1, 1.1, 'percent', 'services prices', 'increase', None, None, JUL, BLS),
        ('2%', 1, 2, 'percent', 'trade services margins', 'increase', None, None, JUL, BLS),
        ('1%', 1, 1, 'percent', 'transportation and warehousing prices', 'increase', None, None, JUL, BLS),
        ('0.7%', 1, 0.7, 'percent', 'final demand goods prices', 'increase', None, None, JUL, BLS),
        ('1.4%', 1, 1.4, 'percent', 'food prices', 'increase', None, None, JUL, BLS),
        ('0.9%', 1, 0.9, 'percent', 'energy prices', 'increase', None, None, JUL, BLS),
        ('three-quarters', 1, 0.75, 'fraction', 'margins for machinery and equipment wholesaling share of the rise in services', None, None, 'approximately', None, BLS),
        ('3.8%', 1, 3.8, 'percent', 'margins for machinery and equipment wholesaling', 'increase', None, None, None, BLS),
        ('2.7%', 1, 2.7, 'percent', 'annual inflation', None, 'year_on_year', None, JUL, BLS),
        ('quarter-point', 1, 0.25, 'percentage_point', 'Fed rate cut', 'decrease', None, None, SEPM, CME),
        ('90%', 1, 90, 'percent', 'probability of a quarter-point cut', None, None, 'approximately', SEPM, CME),
    ],
    'mt_newswires_australia_employment.txt': [
        ('5,400', 1, 5400, 'count', 'Australian employment', 'decrease', None, None, AUG, None),
        ('4.2%', 1, 4.2, 'percent', 'jobless rate', None, None, None, AUG, None),
        ('5,400', 2, 5400, 'count', 'Australian employment', 'decrease', 'month_on_month', None, AUG, ABS),
        ('22,000 jobs', 1, 22000, 'count', 'Australian employment', 'increase', 'month_on_month', None, AUG, None),
        ('26,500', 1, 26500, 'count', 'employment', 'increase', None, None, JULA, ABS),
        ('24,500', 1, 24500, 'count', 'employment', None, None, None, JULA, ABS),
        ('4.2%', 2, 4.2, 'percent', 'unemployment rate', None, None, None, AUG, ABS),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'participation rate', 'decrease', None, None, AUG, ABS),
        ('66.8%', 1, 66.8, 'percent', 'participation rate', 'decrease', None, None, AUG, ABS),
        ('63.9%', 1, 63.9, 'percent', 'employment-to-population ratio', 'decrease', None, None, AUG, ABS),
        ('64.1%', 1, 64.1, 'percent', 'employment-to-population ratio', None, None, None, per('in July', 2025, 7), ABS),
        ('40,900 people', 1, 40900, 'count', 'full-time employment', 'decrease', None, None, None, ABS),
        ('35,500', 1, 35500, 'count', 'part-time jobs', 'increase', None, None, None, ABS),
        ('0.4%', 1, 0.4, 'percent', 'monthly hours worked', 'increase', None, None, None, ABS),
        ('324,000 people', 1, 324000, 'count', 'employment', 'increase', 'year_on_year', None, YTA, ABS),
        ('2.2%', 1, 2.2, 'percent', 'employment', 'increase', 'year_on_year', None, YTA, ABS),
        ('18,600', 1, 18600, 'count', 'number of unemployed people', 'increase', 'year_on_year', None, YTA, ABS),
        ('640,300', 1, 640300, 'count', 'number of unemployed people', 'increase', None, None, YTA, ABS),
        ('5.8%', 1, 5.8, 'percent', 'underemployment rate', 'increase', None, None, None, ABS),
        ('9.7%', 1, 9.7, 'percent', 'youth unemployment rate', 'increase', None, None, None, ABS),
        ('25 basis points', 1, 25, 'basis_point', 'cash rate', 'decrease', None, None, P('on Aug. 12', '2025-08-12', '2025-08-12'), RBA),
        ('3.60%', 1, 3.6, 'percent', 'cash rate', 'decrease', None, None, P('on Aug. 12', '2025-08-12', '2025-08-12'), RBA),
        ('30%', 1, 30, 'percent', 'chance of another RBA rate cut', None, None, 'approximately', P('at its Nov. 3-4 meeting', '2025-11-03', '2025-11-04'), None),
    ],
    'trading_economics_style_philippines_inflation.txt': [
        ('1.9%', 1, 1.9, 'percent', 'Philippines Inflation Rate', 'increase', None, None, per('in September', 2025, 9), None),
        ('1.9%', 2, 1.9, 'percent', 'annual inflation rate in the Philippines', 'increase', 'year_on_year', None, SEP25, PSA),
        ('1.5%', 1, 1.5, 'percent', 'annual inflation rate in the Philippines', None, 'year_on_year', None, TAUG, PSA),
        ('1.7%', 1, 1.7, 'percent', 'annual inflation rate in the Philippines', None, 'year_on_year', None, SEP25, None),
        ('2.4%', 1, 2.4, 'percent', 'prices for housing, water, electricity, gas and other fuels', 'increase', 'year_on_year', None, SEP25, PSA),
        ('1.9%', 3, 1.9, 'percent', 'prices for housing, water, electricity, gas and other fuels', None, 'year_on_year', None, TAUG, PSA),
        ('1.2%', 1, 1.2, 'percent', 'prices for transport', 'increase', 'year_on_year', None, SEP25, PSA),
        ('-0.6%', 1, -0.6, 'percent', 'prices for transport', 'decrease', 'year_on_year', None, TAUG, PSA),
        ('-0.1%', 1, -0.1, 'percent', 'food prices', 'decrease', 'year_on_year', None, SEP25, PSA),
        ('-0.8%', 1, -0.8, 'percent', 'food prices', 'decrease', 'year_on_year', None, TAUG, PSA),
        ('16.2%', 1, 16.2, 'percent', 'rice costs', 'decrease', 'year_on_year', None, SEP25, PSA),
        ('9.5%', 1, 9.5, 'percent', 'vegetable prices', 'increase', 'year_on_year', None, SEP25, PSA),
        ('2.6%', 1, 2.6, 'percent', 'core inflation', None, 'year_on_year', None, SEP25, PSA),
        ('1.6%', 1, 1.6, 'percent', 'headline inflation', None, 'year_on_year', None, P('Over January to September', '2025-01-01', '2025-09-30'), PSA),
        ('2', 1, 2, 'percent', 'inflation target range', None, None, None, None, BSP),
        ('4%', 1, 4, 'percent', 'inflation target range', None, None, None, None, BSP),
        ('0.5%', 1, 0.5, 'percent', 'CPI', 'increase', 'month_on_month', None, per('in September', 2025, 9), PSA),
        ('0.1%', 1, 0.1, 'percent', 'CPI', 'increase', 'month_on_month', None, TAUG, PSA),
        ('4.27 percent', 1, 4.27, 'percent', 'Inflation Rate in Philippines average', None, None, None, P('from 1958 until 2025', '1958-01-01', '2025-12-31'), PSA),
        ('50.34 percent', 1, 50.34, 'percent', 'Inflation Rate in Philippines all time high', None, None, None, per('in October of 1984', 1984, 10), PSA),
        ('-1.77 percent', 1, -1.77, 'percent', 'Inflation Rate in Philippines record low', 'decrease', None, None, per('in August of 1986', 1986, 8), PSA),
        ('2.20 percent', 1, 2.2, 'percent', 'Inflation Rate in Philippines', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('3.00 percent', 1, 3.0, 'percent', 'Philippines Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('3.10 percent', 1, 3.1, 'percent', 'Philippines Inflation Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_brent_wti_opec_meeting.txt': [
        ('1.1%', 1, 1.1, 'percent', 'Brent oil futures expiring in November', 'increase', None, None, ET, None),
        ('$66.22', 1, 66.22, 'USD', 'Brent oil futures expiring in November', 'increase', None, None, ET, None),
        ('1.3%', 1, 1.3, 'percent', 'West Texas Intermediate crude futures', 'increase', None, None, ET, None),
        ('$62.67', 1, 62.67, 'USD', 'West Texas Intermediate crude futures', 'increase', None, None, ET, None),
        ('2%', 1, 2, 'percent', 'Brent and WTI crude futures', 'decrease', None, 'more_than', P('on Friday', '2025-09-05', '2025-09-05'), None),
        ('3%', 1, 3, 'percent', 'Brent and WTI crude futures', 'decrease', None, 'approximately', P('last week', '2025-09-01', '2025-09-07'), None),
        ('eight', 1, 8, 'count', 'OPEC+ members agreeing to raise output', None, None, None, P('On Sunday', '2025-09-07', '2025-09-07'), OPECP),
        ('137,000 barrels per day', 1, 137000, 'barrel per day', 'OPEC+ output', 'increase', None, None, IOCT, OPECP),
        ('547,000 bpd', 1, 547000, 'barrel per day', 'OPEC+ output increases', 'increase', None, None, P('for August and September', '2025-08-01', '2025-09-30'), OPECP),
        ('1.65 million bpd', 1, 1.65e6, 'barrel per day', 'second layer of cuts', None, None, 'approximately', IOCT, None),
        ('$3.55', 1, 3.55, 'USD', 'Brent-WTI spread', None, None, 'approximately', None, None),
        ('92 cents', 1, 0.92, 'USD', "Brent's six-month backwardation", 'decrease', None, None, None, None),
        ('$1.18', 1, 1.18, 'USD', "Brent's six-month backwardation", None, None, None, P('a week ago', '2025-09-01', '2025-09-01'), None),
        ('2.4 million barrels', 1, 2.4e6, 'barrel', 'U.S. crude inventories', 'increase', None, None, WK, EIA),
        ('1.9 million barrel', 1, 1.9e6, 'barrel', 'U.S. crude inventories', 'decrease', None, None, WK, None),
        ('0.4 million barrels', 1, 0.4e6, 'barrel', 'stocks at the Cushing, Oklahoma, hub', 'decrease', None, None, WK, EIA),
        ('23.6 million barrels', 1, 23.6e6, 'barrel', 'stocks at the Cushing, Oklahoma, hub', 'decrease', None, None, WK, EIA),
        ('28.31 million bpd', 1, 28.31e6, 'barrel per day', 'OPEC output', None, None, None, per('in August', 2025, 8), 'Reuters'),
        ('360,000 bpd', 1, 360000, 'barrel per day', 'OPEC output', 'increase', 'month_on_month', None, per('in August', 2025, 8), 'Reuters'),
        ('$56', 1, 56, 'USD', 'Brent', None, None, None, Y('in 2026', 2026), GS),
    ],
    'business_standard_style_cement_volumes_q3.txt': [
        ('7%', 1, 7, 'percent', "cement makers' volumes", 'increase', None, None, Q3H, None),
        ('₹300/tonne', 1, 300, 'INR', 'realisations', 'decrease', None, None, Q3H, None),
        ('eight', 1, 8, 'count', 'listed producers in the analysis', None, None, None, P('in the October-December quarter of 2024-25 (Q3FY25)', '2024-10-01', '2024-12-31'), BS),
        ('7.3 per cent', 1, 7.3, 'percent', 'combined sales volumes of the group', 'increase', 'year_on_year', None, Q3FY, BS),
        ('91.4 million tonnes', 1, 91.4e6, 'tonne', 'combined sales volumes of the group', 'increase', None, None, Q3FY, BS),
        ('5.7 per cent', 1, 5.7, 'percent', 'average blended realisation', 'decrease', 'year_on_year', None, Q3FY, BS),
        ('₹4,960', 1, 4960, 'INR', 'average blended realisation', 'decrease', None, None, Q3FY, BS),
        ('₹812', 1, 812, 'INR', 'EBITDA per tonne', 'decrease', None, None, Q3FY, BS),
        ('₹1,045', 1, 1045, 'INR', 'EBITDA per tonne', None, None, None, YAGO, BS),
        ('22 per cent', 1, 22, 'percent', 'EBITDA per tonne', 'decrease', 'year_on_year', 'approximately', Q3FY, BS),
        ('28.9 mt', 1, 28.9e6, 'tonne', "UltraTech Cement's grey cement sales", None, None, None, INQ, BS),
        ('10 per cent', 1, 10, 'percent', "UltraTech Cement's grey cement sales", 'increase', None, None, INQ, BS),
        ('₹1,000', 1, 1000, 'INR', "UltraTech Cement's EBITDA per tonne", None, None, None, INQ, BS),
        ('₹685', 1, 685, 'INR', "Ambuja Cements' EBITDA per tonne", None, None, None, INQ, BS),
        ('₹940', 1, 940, 'INR', "Shree Cement's EBITDA per tonne", None, None, None, INQ, BS),
        ('₹690', 1, 690, 'INR', "Dalmia Bharat's EBITDA per tonne", 'decrease', None, None, INQ, BS),
        ('₹1,004', 1, 1004, 'INR', "Dalmia Bharat's EBITDA per tonne", None, None, None, YEAR, BS),
        ('73 per cent', 1, 73, 'percent', 'capacity utilisation', 'increase', None, None, INQ, BS),
        ('66 per cent', 1, 66, 'percent', 'capacity utilisation', None, None, None, P('in Q2FY25', '2024-07-01', '2024-09-30'), BS),
        ('78', 1, 78, 'percent', 'capacity utilisation', None, None, None, P('in Q3FY24', '2023-10-01', '2023-12-31'), BS),
        ('80 per cent', 1, 80, 'percent', 'capacity utilisation', None, None, None, P('in Q3FY24', '2023-10-01', '2023-12-31'), BS),
        ('9', 1, 9, 'percent', 'power and fuel expenses per tonne', 'decrease', 'year_on_year', None, DECQ, ISEC),
        ('12 per cent', 1, 12, 'percent', 'power and fuel expenses per tonne', 'decrease', 'year_on_year', None, DECQ, ISEC),
        ('$110', 1, 110, 'USD', 'pet coke prices', None, None, None, DECQ, ISEC),
        ('$135', 1, 135, 'USD', 'pet coke prices', None, None, None, YEAR, ISEC),
        ('₹10', 1, 10, 'INR', 'cement prices in the south and east', 'increase', None, None, per('in January', 2025, 1), NUV),
        ('15', 1, 15, 'INR', 'cement prices in the south and east', 'increase', None, None, per('in January', 2025, 1), NUV),
        ('6', 1, 6, 'percent', 'cement volume growth', 'increase', None, None, P('in FY26', '2025-04-01', '2026-03-31'), NUV),
        ('7 per cent', 1, 7, 'percent', 'cement volume growth', 'increase', None, None, P('in FY26', '2025-04-01', '2026-03-31'), NUV),
    ],
    'eu_energy_style_electricity_prices_day_ahead.txt': [
        ('94 EUR/MWh', 1, 94, 'EUR', 'European Power Benchmark', 'increase', None, None, Q125, None),
        ('21%', 1, 21, 'percent', 'European Power Benchmark', 'increase', 'quarter_on_quarter', None, Q125, None),
        ('37%', 1, 37, 'percent', 'European Power Benchmark', 'increase', 'year_on_year', None, Q125, None),
        ('128 EUR/MWh', 1, 128, 'EUR', 'average baseload price in Italy (PUN)', None, None, None, OVQ, None),
        ('121 EUR/MWh', 1, 121, 'EUR', 'average baseload price in Hungary', None, None, None, OVQ, None),
        ('114 EUR/MWh', 1, 114, 'EUR', 'average baseload price in Germany', None, None, None, OVQ, None),
        ('111 EUR/MWh', 1, 111, 'EUR', 'average baseload price in Austria', None, None, None, OVQ, None),
        ('41 EUR/MWh', 1, 41, 'EUR', 'average baseload price in Finland', None, None, None, OVQ, None),
        ('19 EUR/MWh', 1, 19, 'EUR', "average baseload price in Sweden's SE2 zone", None, None, None, OVQ, None),
        ('66 EUR/MWh', 1, 66, 'EUR', 'average baseload price in France', None, None, None, OVQ, None),
        ('18', 1, 18, 'EUR', 'peak-load premium over baseload', None, None, None, None, None),
        ('25 EUR/MWh', 1, 25, 'EUR', 'peak-load premium over baseload', None, None, None, None, None),
        ('583 EUR/MWh', 1, 583, 'EUR', 'hourly day-ahead prices in Germany', 'increase', None, None, P('On 20 January', '2025-01-20', '2025-01-20'), None),
        ('1,260', 1, 1260, 'count', 'hours with negative day-ahead prices', 'decrease', None, None, IFQ, None),
        ('2,870', 1, 2870, 'count', 'hours with negative day-ahead prices', None, None, None, Q('in Q4 2024', 2024, 4), None),
        ('112 hours', 1, 112, 'hour', 'hours with negative day-ahead prices in the Netherlands', None, None, None, IFQ, None),
        ('96 hours', 1, 96, 'hour', 'hours with negative day-ahead prices in Spain', None, None, None, IFQ, None),
        ('742 TWh', 1, 742, 'terawatt hour', 'EU electricity consumption', None, None, None, ITQ, ENTSOE),
        ('1.6%', 1, 1.6, 'percent', 'EU electricity consumption', 'increase', 'year_on_year', None, ITQ, ENTSOE),
        ('9%', 1, 9, 'percent', 'wind output', 'decrease', 'year_on_year', 'approximately', ITQ, ENTSOE),
    ],
    'nbs_style_pmi_non_manufacturing.txt': [
        ('50.8 percent', 1, 50.8, 'index_point', 'non-manufacturing business activity index', None, None, None, FMAR, NBS),
        ('0.4 percentage points', 1, 0.4, 'percentage_point', 'non-manufacturing business activity index', 'increase', 'month_on_month', None, FMAR, NBS),
        ('1.5 percentage points', 1, 1.5, 'percentage_point', 'business activity index of the construction industry', 'increase', 'month_on_month', None, None, NBS),
        ('53.4 percent', 1, 53.4, 'index_point', 'business activity index of the construction industry', 'increase', None, None, None, NBS),
        ('44.7 percent', 1, 44.7, 'index_point', 'new orders index of the construction industry', None, None, None, None, NBS),
        ('55.3 percent', 1, 55.3, 'index_point', 'business activity expectation index of the construction industry', None, None, None, None, NBS),
        ('1.2', 1, 1.2, 'percentage_point', 'new orders index of the construction industry', 'increase', 'month_on_month', None, None, NBS),
        ('0.6 percentage points', 1, 0.6, 'percentage_point', 'business activity expectation index of the construction industry', 'increase', 'month_on_month', None, None, NBS),
        ('57.0 percent', 1, 57.0, 'index_point', 'business activity index of civil engineering construction', None, None, None, None, NBS),
        ('50.3 percent', 1, 50.3, 'index_point', 'business activity index of the service industry', None, None, None, IMAR, NBS),
        ('0.3 percentage points', 1, 0.3, 'percentage_point', 'business activity index of the service industry', 'increase', 'month_on_month', None, IMAR, NBS),
        ('13', 1, 13, 'count', 'service industries in the expansion range', None, None, None, IMAR, NBS),
        ('60.1 percent', 1, 60.1, 'index_point', 'business activity index of railway transport', None, None, None, IMAR, NBS),
        ('55.0 percent', 1, 55.0, 'index_point', 'business activity indexes of air transport and telecommunications', None, None, 'more_than', IMAR, NBS),
        ('46.2 percent', 1, 46.2, 'index_point', 'new orders index of the non-manufacturing sector', None, None, None, None, NBS),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'new orders index of the non-manufacturing sector', 'increase', None, None, None, NBS),
        ('49.2 percent', 1, 49.2, 'index_point', 'input price index', None, None, None, None, NBS),
        ('47.7 percent', 1, 47.7, 'index_point', 'sales price index', None, None, None, None, NBS),
        ('56.9 percent', 1, 56.9, 'index_point', 'business activity expectation index', None, None, None, None, NBS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'business activity expectation index', 'decrease', 'month_on_month', None, None, NBS),
        ('51.4 percent', 1, 51.4, 'index_point', 'composite PMI output index', None, None, None, IMAR, NBS),
        ('0.3 percentage points', 2, 0.3, 'percentage_point', 'composite PMI output index', 'increase', 'month_on_month', None, IMAR, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
