# ruff: noqa: E501
"""Write corpus/annotated_13/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_13.py corpus/annotated_13
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
MITI = "Ministry of International Trade and Industry"
ECB = "European Central Bank"
BBK = "Deutsche Bundesbank"
FED = "Federal Reserve"
CME = "CME Group"
PHIL = "Federal Reserve Bank of Philadelphia"
NYFED = "Federal Reserve Bank of New York"
FSO = "Federal Statistical Office"
TE = "Trading Economics"
WGC = "World Gold Council"
MOCI = "Ministry of Commerce and Industry"
NBS = "National Bureau of Statistics"

# 1301 ONS GDP monthly estimate (ref 2025-11-13)
SEP25 = per("in September 2025", 2025, 9)
AUG25 = per("in August 2025", 2025, 8)
TMS = P("in the three months to September 2025", "2025-07-01", "2025-09-30")
SAMEP = P("over the same period", "2025-07-01", "2025-09-30")
BAS = per("between August and September 2025", 2025, 9)
FEB20 = P("their level in February 2020", "2020-02-01", "2025-09-30")
# 1302 Reuters 1987 (ref 1987-04-28)
MAR87 = per("in March", 1987, 3)
FEB87 = per("in February", 1987, 2)
FY87 = P("in fiscal 1987", "1987-04-01", "1988-03-31")
# 1303 Reuters 2025 (ref 2025-08-22)
AJ = Q("in the April-June period", 2025, 2)
Q1 = Q("in the first quarter", 2025, 1)
Q2 = Q("in the second quarter", 2025, 2)
F3M = Q("in the first three months of the year", 2025, 1)
JUL = per("in July", 2025, 7)
SJ24 = P("since June 2024", "2024-06-01", "2025-08-22")
EOY = P("by the end of the year", "2025-12-31", "2025-12-31")
# 1304 CNBC (ref 2025-12-10)
WED = P("on Wednesday", "2025-12-10", "2025-12-10")
IN26 = Y("in 2026", 2026)
FOR26 = Y("for 2026", 2026)
# 1305 MT Newswires (ref 2025-11-20)
NOV = per("in November", 2025, 11)
OCT = per("in October", 2025, 10)
# 1306 Trading Economics (ref 2025-11-25)
Q3 = Q("in the third quarter of 2025", 2025, 3)
IQ3 = Q("In the third quarter of 2025", 2025, 3)
INQ2 = Q("in Q2", 2025, 2)
# 1307 Investing.com (ref 2025-11-17)
ET = P("by 01:35 ET", None, None)
DEC910 = P("at the Fed's December 9-10 meeting", "2025-12-09", "2025-12-10")
FRI = P("on Friday", "2025-11-14", "2025-11-14")
TW = P("this week", "2025-11-17", "2025-11-23")
# 1308 Business Standard (ref 2025-11-17)
AO = P("During April-October of FY26", "2025-04-01", "2025-10-31")
FY26 = P("in FY26", "2025-04-01", "2026-03-31")
# 1309 DG ENER (ref 2025-12-15)
EQ3 = Q("In the third quarter of 2025", 2025, 3)
EINQ = Q("In the quarter", 2025, 3)
AS = P("between April and September", "2025-04-01", "2025-09-30")
H1 = P("in the first half of 2025", "2025-01-01", "2025-06-30")
# 1310 NBS (ref 2025-11-30)
INOV = per("In November", 2025, 11)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_monthly_gdp.txt': [
        ('0.1%', 1, 0.1, 'percent', 'monthly real GDP', 'decrease', 'month_on_month', None, SEP25, None),
        ('0.2%', 1, 0.2, 'percent', 'monthly real GDP', 'increase', 'month_on_month', None, AUG25, None),
        ('0.1%', 2, 0.1, 'percent', 'monthly real GDP', None, 'month_on_month', None, AUG25, None),
        ('0.2%', 2, 0.2, 'percent', 'services output', 'increase', 'month_on_month', None, SEP25, None),
        ('1.4%', 1, 1.4, 'percent', 'production output', 'decrease', 'month_on_month', None, SEP25, None),
        ('0.3%', 1, 0.3, 'percent', 'construction output', 'increase', 'month_on_month', None, SEP25, None),
        ('0.2%', 3, 0.2, 'percent', 'real GDP', 'increase', 'period_on_period', None, TMS, None),
        ('0.4%', 1, 0.4, 'percent', 'services', 'increase', 'period_on_period', None, SAMEP, None),
        ('0.5%', 1, 0.5, 'percent', 'construction', 'increase', 'period_on_period', None, SAMEP, None),
        ('1.1%', 1, 1.1, 'percent', 'real GDP', 'increase', 'year_on_year', None, SEP25, None),
        ('0.2%', 4, 0.2, 'percent', 'services output', 'increase', 'month_on_month', None, BAS, ONS),
        ('8', 1, 8, 'count', 'services subsectors growing', None, None, None, BAS, ONS),
        ('1.3%', 1, 1.3, 'percent', 'information and communication', 'increase', 'month_on_month', None, BAS, ONS),
        ('0.07 percentage points', 1, 0.07, 'percentage_point', 'contribution of information and communication to the monthly change', 'increase', 'month_on_month', None, BAS, ONS),
        ('0.6%', 1, 0.6, 'percent', 'consumer-facing services', 'decrease', 'month_on_month', None, BAS, ONS),
        ('2.3%', 1, 2.3, 'percent', 'consumer-facing services', 'decrease', None, None, FEB20, ONS),
        ('1.4%', 2, 1.4, 'percent', 'production output', 'decrease', 'month_on_month', None, SEP25, ONS),
        ('2.0%', 1, 2.0, 'percent', 'manufacturing', 'decrease', 'month_on_month', None, SEP25, ONS),
        ('a quarter', 1, 0.25, 'fraction', 'motor vehicle output', 'decrease', 'month_on_month', 'more_than', SEP25, ONS),
        ('0.3%', 2, 0.3, 'percent', 'construction output', 'increase', 'month_on_month', None, SEP25, ONS),
        ('0.8%', 1, 0.8, 'percent', 'new work', 'increase', 'month_on_month', None, SEP25, ONS),
        ('0.2%', 5, 0.2, 'percent', 'GDP growth', 'increase', None, None, AUG25, ONS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'GDP growth revision', 'increase', None, None, AUG25, ONS),
        ('39,000', 1, 39000, 'count', 'businesses surveyed by the Monthly Business Survey', None, None, 'approximately', None, ONS),
    ],
    'wire_1987_japan_industrial_production.txt': [
        ('1.8 PCT', 1, 1.8, 'percent', 'Japan industrial output', 'increase', None, None, P('IN MARCH', '1987-03-01', '1987-03-31'), None),
        ('1.8 pct', 1, 1.8, 'percent', "Japan's industrial production", 'increase', 'month_on_month', None, MAR87, MITI),
        ('0.6 pct', 1, 0.6, 'percent', "Japan's industrial production", 'decrease', 'month_on_month', None, FEB87, MITI),
        ('122.4', 1, 122.4, 'index_point', 'seasonally adjusted production index', 'increase', None, None, MAR87, MITI),
        ('120.2', 1, 120.2, 'index_point', 'seasonally adjusted production index', None, None, None, FEB87, MITI),
        ('2.9 pct', 1, 2.9, 'percent', 'output', 'increase', 'year_on_year', None, MAR87, MITI),
        ('1.2 pct', 1, 1.2, 'percent', "producers' shipments", 'increase', 'month_on_month', None, MAR87, MITI),
        ('2.1 pct', 1, 2.1, 'percent', "producers' shipments", 'increase', 'year_on_year', None, MAR87, MITI),
        ('0.8 pct', 1, 0.8, 'percent', "producers' inventories", 'decrease', 'month_on_month', None, MAR87, MITI),
        ('108.7', 1, 108.7, 'index_point', "producers' inventories", 'decrease', None, None, MAR87, MITI),
        ('104.3', 1, 104.3, 'index_point', 'inventory ratio index', 'decrease', None, None, MAR87, MITI),
        ('106.0', 1, 106.0, 'index_point', 'inventory ratio index', None, None, None, FEB87, MITI),
        ('3.4 pct', 1, 3.4, 'percent', 'machinery output', 'increase', 'month_on_month', None, MAR87, MITI),
        ('5.2 pct', 1, 5.2, 'percent', 'electronic parts', 'increase', 'month_on_month', None, MAR87, MITI),
        ('1.1 pct', 1, 1.1, 'percent', 'transport equipment output', 'decrease', 'month_on_month', None, MAR87, MITI),
        ('145 yen', 1, 145, 'JPY', 'yen per dollar', None, None, 'approximately', P('on Monday', '1987-04-27', '1987-04-27'), MITI),
        ('180', 1, 180, 'count', 'major manufacturers surveyed', None, None, 'approximately', None, MITI),
        ('1.5 pct', 1, 1.5, 'percent', 'output', 'increase', None, None, per('in April', 1987, 4), MITI),
        ('0.4 pct', 1, 0.4, 'percent', 'output', 'decrease', None, None, per('in May', 1987, 5), MITI),
        ('0.4 pct', 2, 0.4, 'percent', 'industrial production', 'decrease', 'year_on_year', None, P('For the fiscal year ended March 31', '1986-04-01', '1987-03-31'), MITI),
        ('0.9 pct', 1, 0.9, 'percent', 'output', 'decrease', 'quarter_on_quarter', None, Q('In the January-March quarter', 1987, 1), MITI),
        ('two', 1, 2, 'percent', 'production', 'increase', None, None, FY87, None),
        ('three pct', 1, 3, 'percent', 'production', 'increase', None, None, FY87, None),
    ],
    'wire_2025_eurozone_wages.txt': [
        ('3.1%', 1, 3.1, 'percent', 'euro zone negotiated wage growth', 'decrease', None, None, Q('in second quarter', 2025, 2), None),
        ('3.1%', 2, 3.1, 'percent', 'negotiated wages', 'increase', 'year_on_year', None, AJ, ECB),
        ('4.4%', 1, 4.4, 'percent', 'negotiated wages', None, 'year_on_year', None, Q1, ECB),
        ('24', 1, 24, 'count', 'economists in a Reuters poll', None, None, None, AJ, 'Reuters'),
        ('3.3%', 1, 3.3, 'percent', 'negotiated wages', None, 'year_on_year', None, AJ, 'Reuters'),
        ('2.7%', 1, 2.7, 'percent', 'negotiated pay in Germany', 'increase', 'year_on_year', None, AJ, BBK),
        ('6.3%', 1, 6.3, 'percent', 'negotiated pay in Germany', None, 'year_on_year', None, Q1, BBK),
        ('45%', 1, 45, 'percent', 'share of euro zone employees covered by the wage tracker', None, None, 'approximately', None, ECB),
        ('3.0%', 1, 3.0, 'percent', 'negotiated wage growth', 'increase', None, None, Y('in 2025', 2025), ECB),
        ('1.9%', 1, 1.9, 'percent', 'negotiated wage growth', 'increase', None, None, P('in the first half of 2026', '2026-01-01', '2026-06-30'), ECB),
        ('3.5%', 1, 3.5, 'percent', 'hourly labour costs in the euro zone', 'increase', 'year_on_year', None, Q2, 'Eurostat'),
        ('3.9%', 1, 3.9, 'percent', 'hourly labour costs', 'increase', 'year_on_year', None, F3M, 'Eurostat'),
        ('3.8%', 1, 3.8, 'percent', 'hourly labour costs', None, 'year_on_year', None, F3M, 'Eurostat'),
        ('3.6%', 1, 3.6, 'percent', 'wages and salaries per hour', 'increase', 'year_on_year', None, Q2, 'Eurostat'),
        ('3.2%', 1, 3.2, 'percent', 'non-wage component', 'increase', 'year_on_year', None, Q2, 'Eurostat'),
        ('6.2%', 1, 6.2, 'percent', 'euro zone jobless rate', None, None, None, per('in June', 2025, 6), 'Eurostat'),
        ('2.0%', 1, 2.0, 'percent', 'annual inflation', None, 'year_on_year', None, JUL, 'Eurostat'),
        ('2%', 1, 2, 'percent', 'ECB inflation target', None, None, None, None, ECB),
        ('2.00%', 1, 2.0, 'percent', 'ECB deposit rate', None, None, None, JUL, ECB),
        ('eight', 1, 8, 'count', 'ECB rate cuts', None, None, None, SJ24, ECB),
        ('200 basis points', 1, 200, 'basis_point', 'ECB rate cuts', 'decrease', None, None, SJ24, ECB),
        ('40%', 1, 40, 'percent', 'chance of one more ECB rate cut', None, None, 'approximately', EOY, None),
        ('one', 9, 1, 'count', 'further ECB rate cuts', None, None, None, EOY, None),
    ],
    'cnbc_style_fed_decision.txt': [
        ('a quarter point', 1, 0.25, 'percentage_point', 'Fed rates', 'decrease', None, None, None, None),
        ('one', 1, 1, 'count', 'rate reductions', None, None, None, IN26, None),
        ('a quarter percentage point', 1, 0.25, 'percentage_point', 'benchmark interest rate', 'decrease', None, None, WED, FED),
        ('3.5%', 1, 3.5, 'percent', 'benchmark interest rate target range', 'decrease', None, None, WED, FED),
        ('3.75%', 1, 3.75, 'percent', 'benchmark interest rate target range', 'decrease', None, None, WED, FED),
        ('one', 2, 1, 'count', 'rate reductions', None, None, None, IN26, FED),
        ('Three', 1, 3, 'count', 'FOMC voting members dissenting', None, None, None, None, FED),
        ('two', 1, 2, 'count', 'dissenters preferring to hold rates steady', None, None, None, None, FED),
        ('half-point', 1, 0.5, 'percentage_point', 'rate cut favored by the third dissenter', 'decrease', None, None, None, FED),
        ('3.4%', 1, 3.4, 'percent', 'federal funds rate', None, None, None, P('at the end of 2026', '2026-12-31', '2026-12-31'), FED),
        ('3.1%', 1, 3.1, 'percent', 'federal funds rate', None, None, None, P('at the end of 2027', '2027-12-31', '2027-12-31'), FED),
        ('2.3%', 1, 2.3, 'percent', 'GDP growth', 'increase', None, None, IN26, FED),
        ('1.8%', 1, 1.8, 'percent', 'GDP growth', None, None, None, IN26, FED),
        ('4.4%', 1, 4.4, 'percent', 'unemployment rate', None, None, None, P('at the end of next year', '2026-12-31', '2026-12-31'), FED),
        ('2.5%', 1, 2.5, 'percent', 'core PCE inflation', 'decrease', None, None, FOR26, FED),
        ('2.6%', 1, 2.6, 'percent', 'core PCE inflation', None, None, None, FOR26, FED),
        ('2.1%', 1, 2.1, 'percent', 'core PCE inflation', None, None, None, Y('in 2027', 2027), FED),
        ('$40 billion', 1, 40e9, 'USD', 'Treasury bill purchases', None, None, 'approximately', None, FED),
        ('$2 trillion', 1, 2e12, 'USD', 'Fed holdings', 'decrease', None, 'more_than', P('since June 2022', '2022-06-01', '2025-12-10'), FED),
        ('$5 billion', 1, 5e9, 'USD', 'monthly cap on Treasury runoff', 'decrease', None, None, per('in April', 2025, 4), FED),
        ('0.7%', 1, 0.7, 'percent', 'S&P 500', 'increase', None, None, None, None),
        ('4 basis points', 1, 4, 'basis_point', '10-year Treasury yield', 'decrease', None, None, None, None),
        ('4.13%', 1, 4.13, 'percent', '10-year Treasury yield', 'decrease', None, None, None, None),
        ('25%', 1, 25, 'percent', 'chance of another Fed rate cut', None, None, 'approximately', P('at the Jan. 27-28 meeting', '2026-01-27', '2026-01-28'), CME),
    ],
    'mt_newswires_philly_fed.txt': [
        ('-1.7', 1, -1.7, 'index_point', 'Philadelphia Fed Manufacturing Index', 'decrease', None, None, NOV, None),
        ('-1.7', 2, -1.7, 'index_point', 'diffusion index for current general activity', 'decrease', None, None, NOV, PHIL),
        ('12.8', 1, 12.8, 'index_point', 'diffusion index for current general activity', None, None, None, OCT, PHIL),
        ('2.0', 1, 2.0, 'index_point', 'diffusion index for current general activity', None, None, None, NOV, 'Bloomberg'),
        ('10.1 points', 1, 10.1, 'index_point', 'new orders index', 'decrease', 'month_on_month', None, NOV, PHIL),
        ('3.2', 1, 3.2, 'index_point', 'new orders index', 'decrease', None, None, NOV, PHIL),
        ('4.6 points', 1, 4.6, 'index_point', 'shipments index', 'increase', 'month_on_month', None, NOV, PHIL),
        ('18.9', 1, 18.9, 'index_point', 'shipments index', 'increase', None, None, NOV, PHIL),
        ('6.0', 1, 6.0, 'index_point', 'employment index', 'decrease', None, None, NOV, PHIL),
        ('6.8', 1, 6.8, 'index_point', 'employment index', None, None, None, OCT, PHIL),
        ('-4.5', 1, -4.5, 'index_point', 'average workweek index', 'decrease', None, None, NOV, PHIL),
        ('1.9', 1, 1.9, 'index_point', 'average workweek index', None, None, None, OCT, PHIL),
        ('56.1', 1, 56.1, 'index_point', 'prices paid index', 'increase', None, None, NOV, PHIL),
        ('48.7', 1, 48.7, 'index_point', 'prices paid index', None, None, None, OCT, PHIL),
        ('30.4', 1, 30.4, 'index_point', 'prices received index', 'increase', None, None, NOV, PHIL),
        ('24.7', 1, 24.7, 'index_point', 'prices received index', None, None, None, OCT, PHIL),
        ('half', 1, 0.5, 'fraction', 'responding firms saying tariffs had raised their input costs', None, None, 'approximately', NOV, PHIL),
        ('49.6', 1, 49.6, 'index_point', 'future general activity index', 'increase', None, None, NOV, PHIL),
        ('33.5', 1, 33.5, 'index_point', 'future general activity index', None, None, None, OCT, PHIL),
        ('47.2', 1, 47.2, 'index_point', 'future new orders', 'increase', None, None, NOV, PHIL),
        ('31.0', 1, 31.0, 'index_point', 'future capital expenditures', 'increase', None, None, NOV, PHIL),
        ('130', 1, 130, 'count', 'manufacturers responding to the survey', None, None, 'approximately', None, PHIL),
        ('18.7', 1, 18.7, 'index_point', 'Empire State index', 'increase', None, None, NOV, NYFED),
    ],
    'trading_economics_style_germany_gdp.txt': [
        ('0.0%', 1, 0.0, 'percent', "Germany's GDP", None, 'quarter_on_quarter', None, Q3, FSO),
        ('0.2%', 1, 0.2, 'percent', "Germany's GDP", 'decrease', 'quarter_on_quarter', None, INQ2, FSO),
        ('0.1%', 1, 0.1, 'percent', 'household spending', 'increase', 'quarter_on_quarter', None, Q3, FSO),
        ('0.8%', 1, 0.8, 'percent', 'government consumption', 'increase', 'quarter_on_quarter', None, Q3, FSO),
        ('0.5%', 1, 0.5, 'percent', 'fixed investment', 'decrease', 'quarter_on_quarter', None, Q3, FSO),
        ('1.3%', 1, 1.3, 'percent', 'spending on machinery and equipment', 'decrease', 'quarter_on_quarter', None, Q3, FSO),
        ('0.7%', 1, 0.7, 'percent', 'construction investment', 'decrease', 'quarter_on_quarter', None, Q3, FSO),
        ('0.9%', 1, 0.9, 'percent', 'exports', 'decrease', 'quarter_on_quarter', None, Q3, FSO),
        ('+0.2%', 1, 0.2, 'percent', 'exports', 'increase', 'quarter_on_quarter', None, INQ2, FSO),
        ('0.6%', 1, 0.6, 'percent', 'imports', 'increase', 'quarter_on_quarter', None, Q3, FSO),
        ('0.3%', 1, 0.3, 'percent', 'GDP', 'increase', 'year_on_year', None, IQ3, FSO),
        ('0.4%', 1, 0.4, 'percent', 'calendar-adjusted GDP', 'increase', 'year_on_year', None, IQ3, FSO),
        ('-0.2%', 1, -0.2, 'percent', 'calendar-adjusted GDP', 'decrease', 'year_on_year', None, INQ2, FSO),
        ('45.9 million', 1, 45.9e6, 'count', 'people in employment', None, None, None, IQ3, FSO),
        ('40,000', 1, 40000, 'count', 'people in employment', 'decrease', 'year_on_year', 'approximately', IQ3, FSO),
        ('0.27 percent', 1, 0.27, 'percent', 'GDP Growth Rate in Germany average', None, None, None, P('from 1991 until 2025', '1991-01-01', '2025-12-31'), FSO),
        ('8.90 percent', 1, 8.90, 'percent', 'GDP Growth Rate in Germany all time high', None, None, None, Q('in the third quarter of 2020', 2020, 3), FSO),
        ('-9.40 percent', 1, -9.40, 'percent', 'GDP Growth Rate in Germany record low', 'decrease', None, None, Q('in the second quarter of 2020', 2020, 2), FSO),
        ('0.20 percent', 1, 0.20, 'percent', 'GDP Growth Rate in Germany', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('0.40 percent', 1, 0.40, 'percent', 'German GDP Growth Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('0.50 percent', 1, 0.50, 'percent', 'German GDP Growth Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_gold_prices.txt': [
        ('0.9%', 1, 0.9, 'percent', 'spot gold', 'decrease', None, None, ET, None),
        ('$4,046.20', 1, 4046.20, 'USD', 'spot gold', 'decrease', None, None, ET, None),
        ('1.1%', 1, 1.1, 'percent', 'gold futures for December delivery', 'decrease', None, None, ET, None),
        ('$4,052.80', 1, 4052.80, 'USD', 'gold futures for December delivery', 'decrease', None, None, ET, None),
        ('$50.62', 1, 50.62, 'USD', 'spot silver', None, None, None, ET, None),
        ('0.4%', 1, 0.4, 'percent', 'platinum', 'increase', None, None, ET, None),
        ('$1,548.10', 1, 1548.10, 'USD', 'platinum', 'increase', None, None, ET, None),
        ('1.4%', 1, 1.4, 'percent', 'silver futures', 'decrease', None, None, None, None),
        ('$50.48', 1, 50.48, 'USD', 'silver futures', 'decrease', None, None, None, None),
        ('$54', 1, 54, 'USD', 'silver futures all-time peak', None, None, 'more_than', per('last month', 2025, 10), None),
        ('1.8%', 1, 1.8, 'percent', 'gold', 'decrease', None, None, P('last week', '2025-11-10', '2025-11-16'), None),
        ('54%', 1, 54, 'percent', 'gold', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-11-17'), None),
        ('$4,381.21', 1, 4381.21, 'USD', 'gold record high', None, None, None, P('on Oct. 20', '2025-10-20', '2025-10-20'), None),
        ('0.2%', 1, 0.2, 'percent', 'dollar index', 'increase', None, None, None, None),
        ('99.55', 1, 99.55, 'index_point', 'dollar index', 'increase', None, None, None, None),
        ('4.14%', 1, 4.14, 'percent', 'yield on the 10-year Treasury note', None, None, None, None, None),
        ('46%', 1, 46, 'percent', 'probability of a Fed rate cut', 'decrease', None, None, DEC910, CME),
        ('25-basis-point', 1, 25, 'basis_point', 'Fed rate cut', 'decrease', None, None, DEC910, CME),
        ('63%', 1, 63, 'percent', 'probability of a Fed rate cut', None, None, 'approximately', P('a week earlier', '2025-11-10', '2025-11-10'), CME),
        ('0.6%', 1, 0.6, 'percent', 'holdings of SPDR Gold Trust', 'decrease', None, None, FRI, None),
        ('1,041.88 tonnes', 1, 1041.88, 'tonne', 'holdings of SPDR Gold Trust', 'decrease', None, None, FRI, None),
        ('$4,000', 1, 4000, 'USD', 'gold', None, None, None, TW, 'OANDA'),
        ('$4,150', 1, 4150, 'USD', 'gold', None, None, None, TW, 'OANDA'),
        ('53 tonnes', 1, 53, 'tonne', 'net gold purchases by central banks', None, None, None, per('in September', 2025, 9), WGC),
    ],
    'business_standard_style_merchandise_exports.txt': [
        ('11.8%', 1, 11.8, 'percent', "India's merchandise exports", 'decrease', None, None, OCT, None),
        ('$41.7 bn', 1, 41.7e9, 'USD', 'trade deficit', 'increase', None, None, OCT, None),
        ('11.8 per cent', 1, 11.8, 'percent', "India's merchandise exports", 'decrease', 'year_on_year', None, OCT, MOCI),
        ('$34.38 billion', 1, 34.38e9, 'USD', "India's merchandise exports", 'decrease', None, None, OCT, MOCI),
        ('$38.98 billion', 1, 38.98e9, 'USD', "India's merchandise exports", None, None, None, per('in the same month last year', 2024, 10), MOCI),
        ('16.6 per cent', 1, 16.6, 'percent', 'imports', 'increase', 'year_on_year', None, OCT, MOCI),
        ('$76.06 billion', 1, 76.06e9, 'USD', 'imports', 'increase', None, None, OCT, MOCI),
        ('$41.68 billion', 1, 41.68e9, 'USD', 'trade deficit', 'increase', None, None, OCT, MOCI),
        ('$26.25 billion', 1, 26.25e9, 'USD', 'trade deficit', None, None, None, per('a year ago', 2024, 10), MOCI),
        ('three times', 1, 3, 'times', 'gold imports', 'increase', 'year_on_year', 'approximately', OCT, MOCI),
        ('$14.72 billion', 1, 14.72e9, 'USD', 'gold imports', 'increase', None, None, OCT, MOCI),
        ('$4.92 billion', 1, 4.92e9, 'USD', 'gold imports', None, None, None, per('in the year-ago month', 2024, 10), MOCI),
        ('0.6 per cent', 1, 0.6, 'percent', 'merchandise exports', 'increase', 'year_on_year', None, AO, MOCI),
        ('$254.25 billion', 1, 254.25e9, 'USD', 'merchandise exports', 'increase', None, None, AO, MOCI),
        ('6.4 per cent', 1, 6.4, 'percent', 'imports', 'increase', 'year_on_year', None, AO, MOCI),
        ('$451.08 billion', 1, 451.08e9, 'USD', 'imports', 'increase', None, None, AO, MOCI),
        ('$196.83 billion', 1, 196.83e9, 'USD', 'cumulative trade deficit', None, None, None, AO, MOCI),
        ('$38.52 billion', 1, 38.52e9, 'USD', 'services exports', 'increase', None, None, OCT, MOCI),
        ('$34.41 billion', 1, 34.41e9, 'USD', 'services exports', None, None, None, per('a year earlier', 2024, 10), MOCI),
        ('18', 1, 18, 'count', 'key sectors recording a contraction', None, None, None, OCT, MOCI),
        ('16.7 per cent', 1, 16.7, 'percent', 'engineering goods exports', 'decrease', 'year_on_year', None, OCT, MOCI),
        ('29.5 per cent', 1, 29.5, 'percent', 'gems and jewellery', 'decrease', 'year_on_year', None, OCT, MOCI),
        ('10.4 per cent', 1, 10.4, 'percent', 'petroleum products', 'decrease', 'year_on_year', None, OCT, MOCI),
        ('19.0 per cent', 1, 19.0, 'percent', 'electronics exports', 'increase', 'year_on_year', None, OCT, MOCI),
        ('50 per cent', 1, 50, 'percent', 'US tariffs on most Indian goods', None, None, None, None, None),
        ('8.6 per cent', 1, 8.6, 'percent', 'exports to the US', 'decrease', 'year_on_year', None, OCT, MOCI),
        ('$6.3 billion', 1, 6.3e9, 'USD', 'exports to the US', 'decrease', None, None, OCT, MOCI),
        ('1.2', 1, 1.2, 'percent', 'current account deficit', 'increase', None, None, FY26, 'ICRA'),
        ('1.4 per cent', 1, 1.4, 'percent', 'current account deficit', 'increase', None, None, FY26, 'ICRA'),
    ],
    'eu_energy_style_lng_imports.txt': [
        ('31.4 bcm', 1, 31.4e9, 'cubic metre', 'EU LNG imports', None, None, None, EQ3, None),
        ('9%', 1, 9, 'percent', 'EU LNG imports', 'increase', 'year_on_year', None, EQ3, None),
        ('14%', 1, 14, 'percent', 'EU LNG imports', 'decrease', 'quarter_on_quarter', None, EQ3, None),
        ('44%', 1, 44, 'percent', 'share of LNG in total EU gas imports', 'increase', None, None, EQ3, None),
        ('38%', 1, 38, 'percent', 'share of LNG in total EU gas imports', None, None, None, Q('a year earlier', 2024, 3), None),
        ('40.0 bcm', 1, 40.0e9, 'cubic metre', 'pipeline imports', 'decrease', None, None, EQ3, None),
        ('57%', 1, 57, 'percent', 'US share of EU LNG imports', None, None, None, EINQ, None),
        ('14%', 2, 14, 'percent', 'Russia share of EU LNG imports', None, None, None, EINQ, None),
        ('8%', 1, 8, 'percent', 'Qatar share of EU LNG imports', None, None, None, EINQ, None),
        ('4.4 bcm', 1, 4.4e9, 'cubic metre', 'Russian LNG volumes', None, None, None, EINQ, None),
        ('11%', 1, 11, 'percent', 'Russian LNG volumes', 'decrease', 'year_on_year', None, EINQ, None),
        ('24%', 1, 24, 'percent', 'imports of US LNG', 'increase', 'year_on_year', None, EINQ, None),
        ('17.9 bcm', 1, 17.9e9, 'cubic metre', 'imports of US LNG', 'increase', None, None, EINQ, None),
        ('33.6 EUR/MWh', 1, 33.6, 'EUR', 'TTF day-ahead price', None, None, None, Q3, None),
        ('5%', 1, 5, 'percent', 'TTF day-ahead price', 'decrease', 'quarter_on_quarter', None, Q3, None),
        ('29%', 1, 29, 'percent', 'TTF day-ahead price', 'decrease', 'year_on_year', None, Q3, None),
        ('1.5 EUR/MWh', 1, 1.5, 'EUR', 'JKM premium to TTF', None, None, 'approximately', Q3, None),
        ('83%', 1, 83, 'percent', 'EU gas storage filling level', None, None, None, P('By 1 October 2025', '2025-10-01', '2025-10-01'), None),
        ('94%', 1, 94, 'percent', 'EU gas storage filling level', None, None, None, P('a year earlier', '2024-10-01', '2024-10-01'), None),
        ('47 bcm', 1, 47e9, 'cubic metre', 'net injections', None, None, None, AS, None),
        ('a fifth', 1, 0.2, 'fraction', 'net injections', 'decrease', 'year_on_year', 'approximately', AS, None),
        ('174 bcm', 1, 174e9, 'cubic metre', 'EU gas consumption', None, None, None, H1, 'Eurostat'),
        ('2%', 1, 2, 'percent', 'EU gas consumption', 'increase', 'year_on_year', None, H1, 'Eurostat'),
        ('12%', 1, 12, 'percent', 'gas-fired power generation', 'increase', 'year_on_year', None, H1, 'Eurostat'),
        ('21.7 bcm', 1, 21.7e9, 'cubic metre', 'Norwegian pipeline deliveries to the EU', None, None, None, Q3, 'ENTSOG'),
        ('6%', 1, 6, 'percent', 'Norwegian pipeline deliveries to the EU', 'decrease', 'year_on_year', None, Q3, 'ENTSOG'),
    ],
    'nbs_style_pmi.txt': [
        ('49.2 percent', 1, 49.2, 'index_point', "manufacturing purchasing managers' index (PMI)", None, None, None, NOV, NBS),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', "manufacturing purchasing managers' index (PMI)", 'increase', 'month_on_month', None, NOV, NBS),
        ('50.1 percent', 1, 50.1, 'index_point', 'PMI of large enterprises', None, None, None, None, NBS),
        ('0.9 percentage points', 1, 0.9, 'percentage_point', 'PMI of large enterprises', 'decrease', 'month_on_month', None, None, NBS),
        ('48.9 percent', 1, 48.9, 'index_point', 'PMI of medium-sized enterprises', None, None, None, None, NBS),
        ('47.1 percent', 1, 47.1, 'index_point', 'PMI of small enterprises', None, None, None, None, NBS),
        ('0.6', 1, 0.6, 'percentage_point', 'PMI of medium-sized enterprises', 'increase', 'month_on_month', None, None, NBS),
        ('0.8 percentage points', 1, 0.8, 'percentage_point', 'PMI of small enterprises', 'increase', 'month_on_month', None, None, NBS),
        ('50.0 percent', 1, 50.0, 'index_point', 'production index', None, None, None, None, NBS),
        ('49.4 percent', 1, 49.4, 'index_point', 'new orders index', None, None, None, None, NBS),
        ('0.3', 1, 0.3, 'percentage_point', 'production index', 'increase', 'month_on_month', None, None, NBS),
        ('0.4 percentage points', 1, 0.4, 'percentage_point', 'new orders index', 'increase', 'month_on_month', None, None, NBS),
        ('47.3 percent', 1, 47.3, 'index_point', 'raw material inventory index', None, None, None, None, NBS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'raw material inventory index', 'decrease', 'month_on_month', None, None, NBS),
        ('50.2 percent', 1, 50.2, 'index_point', 'supplier delivery time index', None, None, None, None, NBS),
        ('49.5 percent', 1, 49.5, 'index_point', 'non-manufacturing business activity index', None, None, None, INOV, NBS),
        ('0.6 percentage points', 1, 0.6, 'percentage_point', 'non-manufacturing business activity index', 'decrease', 'month_on_month', None, INOV, NBS),
        ('49.6 percent', 1, 49.6, 'index_point', 'business activity index of the construction industry', None, None, None, INOV, NBS),
        ('0.5 percentage points', 1, 0.5, 'percentage_point', 'business activity index of the construction industry', 'increase', 'month_on_month', None, INOV, NBS),
        ('49.3 percent', 1, 49.3, 'index_point', 'business activity index of the service industry', None, None, None, INOV, NBS),
        ('0.9 percentage points', 2, 0.9, 'percentage_point', 'business activity index of the service industry', 'decrease', 'month_on_month', None, INOV, NBS),
        ('9', 1, 9, 'count', 'service industries with business activity index above the critical point', None, None, None, INOV, NBS),
        ('56.2 percent', 1, 56.2, 'index_point', 'business activity expectation index of the service industry', None, None, None, INOV, NBS),
        ('49.7 percent', 1, 49.7, 'index_point', 'composite PMI output index', None, None, None, INOV, NBS),
        ('0.3 percentage points', 1, 0.3, 'percentage_point', 'composite PMI output index', 'decrease', 'month_on_month', None, INOV, NBS),
        ('3,200', 1, 3200, 'count', 'enterprises in the manufacturing PMI survey sample', None, None, None, None, NBS),
        ('4,300', 1, 4300, 'count', 'enterprises in the non-manufacturing survey sample', None, None, None, None, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
