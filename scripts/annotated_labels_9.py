# ruff: noqa: E501
"""Write corpus/annotated_9/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_9.py corpus/annotated_9
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
FSO = "Federal Statistical Office"
BBK = "Deutsche Bundesbank"
KOSTAT = "Statistics Korea"
BOK = "Bank of Korea"
MOEF = "Ministry of Economy and Finance"
HANA = "Hana Securities"
DOL = "U.S. Department of Labor"
FED = "Federal Reserve"
CME = "CME Group"
BCB = "Central Bank of Brazil"
IBGE = "Brazilian Institute of Geography and Statistics"
CMN = "National Monetary Council"
TE = "Trading Economics"
ECB = "European Central Bank"
RBI = "Reserve Bank of India"
NSDL = "National Securities Depository Limited"
FINREX = "Finrex Treasury Advisors"
NBS = "National Bureau of Statistics"

# 901 ONS consumer price inflation (ref 2025-09-17)
A12 = per("in the 12 months to August 2025", 2025, 8)
J12 = per("in the 12 months to July", 2025, 7)
AUG25 = per("in August 2025", 2025, 8)
AUG24 = per("in August 2024", 2024, 8)
YTA = per("in the year to August", 2025, 8)
JULY = per("in July", 2025, 7)
SAMEP = per("over the same period", 2025, 8)
BJA = per("between July and August 2025", 2025, 8)
SAME2 = per("between the same two months a year ago", 2024, 8)
YEARLIER = per("a year earlier", 2024, 8)
FJ25 = per("for July 2025", 2025, 7)
# 902 Reuters 1987 (ref 1987-04-09)
FEBH = per("IN FEBRUARY", 1987, 2)
FEB87 = per("in February", 1987, 2)
JAN87 = per("in January", 1987, 1)
FEBW = per("February", 1987, 2)
FT2 = P("In the first two months of 1987", "1987-01-01", "1987-02-28")
SP86 = P("in the same period of 1986", "1986-01-01", "1986-02-28")
Q4_86 = P("in the fourth quarter of 1986", "1986-10-01", "1987-03-31")
MAR87 = per("in March", 1987, 3)
# 903 Reuters 2025 (ref 2025-09-30)
AUG = per("in August", 2025, 8)
IAUG = per("In August", 2025, 8)
JUL = per("in July", 2025, 7)
JULW = per("July", 2025, 7)
# 904 CNBC (ref 2025-09-03)
FTM = per("for the month", 2025, 7)
MEET = P("at its Sept. 16-17 meeting", "2025-09-16", "2025-09-17")
# 906 Trading Economics (ref 2025-09-17)
# 907 Investing.com (ref 2025-09-11)
ET = P("by 09:10 ET", None, None)
SESS = P("during the session", None, None)
M26 = P("by March 2026", "2026-03-31", "2026-03-31")
# 908 Business Standard (ref 2025-09-12)
WK = P("in the week ended September 5", "2025-08-30", "2025-09-05")
PWK = P("in the previous week", "2025-08-23", "2025-08-29")
DWK = P("during the week", "2025-08-30", "2025-09-05")
FRI = P("on Friday", "2025-09-12", "2025-09-12")
FY26 = P("in the first five months of FY26 (April-August)", "2025-04-01", "2025-08-31")
# 909 DG ENER (ref 2025-10-22)
Q2E = Q("In the second quarter of 2025", 2025, 2)
Q2S = Q("In the second quarter", 2025, 2)
INQ = Q("in the quarter", 2025, 2)
JUN25 = per("in June 2025", 2025, 6)
H1 = P("in the first half of 2025", "2025-01-01", "2025-06-30")
# 910 NBS (ref 2025-09-10)
JTA = P("From January to August", "2025-01-01", "2025-08-31")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_consumer_prices.txt': [
        ('4.0%', 1, 4.0, 'percent', "Consumer Prices Index including owner occupiers' housing costs (CPIH)", 'increase', 'year_on_year', None, A12, None),
        ('3.9%', 1, 3.9, 'percent', 'Consumer Prices Index (CPI)', 'increase', 'year_on_year', None, A12, None),
        ('3.7%', 1, 3.7, 'percent', 'Consumer Prices Index (CPI)', None, 'year_on_year', None, J12, None),
        ('0.4%', 1, 0.4, 'percent', 'CPI', 'increase', 'month_on_month', None, AUG25, None),
        ('0.2%', 1, 0.2, 'percent', 'CPI', 'increase', 'month_on_month', None, AUG24, None),
        ('5.1%', 1, 5.1, 'percent', 'food and non-alcoholic beverages prices', 'increase', 'year_on_year', None, YTA, None),
        ('3.6%', 1, 3.6, 'percent', 'Core CPI (excluding energy, food, alcohol and tobacco)', 'increase', 'year_on_year', None, A12, ONS),
        ('3.8%', 1, 3.8, 'percent', 'Core CPI (excluding energy, food, alcohol and tobacco)', None, 'year_on_year', None, JULY, ONS),
        ('2.9%', 1, 2.9, 'percent', 'CPI goods annual rate', 'increase', 'year_on_year', None, AUG25, ONS),
        ('4.8%', 1, 4.8, 'percent', 'CPI services annual rate', 'decrease', 'year_on_year', None, AUG25, ONS),
        ('2.7%', 1, 2.7, 'percent', 'CPI goods annual rate', None, 'year_on_year', None, JULY, ONS),
        ('5.0%', 1, 5.0, 'percent', 'CPI services annual rate', None, 'year_on_year', None, JULY, ONS),
        ('a sixth', 1, 0.1667, 'fraction', "owner occupiers' housing costs (OOH) share of the CPIH basket by weight", None, None, 'approximately', None, ONS),
        ('6.6%', 1, 6.6, 'percent', 'OOH costs', 'increase', 'year_on_year', None, A12, ONS),
        ('6.8%', 1, 6.8, 'percent', 'OOH costs', None, 'year_on_year', None, JULY, ONS),
        ('3.4%', 1, 3.4, 'percent', 'CPIH excluding OOH costs', 'increase', 'year_on_year', None, SAMEP, ONS),
        ('1.3%', 1, 1.3, 'percent', 'food and non-alcoholic beverages prices', 'increase', 'month_on_month', None, BJA, ONS),
        ('0.4%', 2, 0.4, 'percent', 'food and non-alcoholic beverages prices', 'increase', 'month_on_month', None, SAME2, ONS),
        ('0.08 percentage points', 1, 0.08, 'percentage_point', 'contribution of food and non-alcoholic beverages to the change in the CPIH annual rate', 'increase', 'month_on_month', None, BJA, ONS),
        ('0.6%', 1, 0.6, 'percent', 'transport prices', 'decrease', 'month_on_month', None, BJA, ONS),
        ('0.5%', 1, 0.5, 'percent', 'transport prices', 'increase', 'month_on_month', None, YEARLIER, ONS),
        ('0.05', 1, 0.05, 'percentage_point', 'contribution of transport', 'decrease', 'month_on_month', None, BJA, ONS),
        ('0.03 percentage points', 1, 0.03, 'percentage_point', 'contribution of recreation and culture', 'decrease', 'month_on_month', None, BJA, ONS),
        ('4.7%', 1, 4.7, 'percent', 'all items Retail Prices Index (RPI) annual rate', 'increase', 'year_on_year', None, AUG25, ONS),
        ('4.6%', 1, 4.6, 'percent', 'all items Retail Prices Index (RPI) annual rate', None, 'year_on_year', None, JULY, ONS),
        ('5.8%', 1, 5.8, 'percent', 'annual rate of the Price Index of Private Rents', 'decrease', 'year_on_year', None, FJ25, ONS),
        ('5.9%', 1, 5.9, 'percent', 'annual rate of the Price Index of Private Rents, provisional estimate', None, 'year_on_year', None, FJ25, ONS),
        ('180,000', 1, 180000, 'count', 'price quotations collected each month', None, None, 'approximately', None, ONS),
        ('700', 1, 700, 'count', 'items priced each month', None, None, 'approximately', None, ONS),
    ],
    'wire_1987_west_german_trade.txt': [
        ('11.2 BILLION MARKS', 1, 11.2e9, 'DEM', 'West German trade surplus', 'increase', None, None, FEBH, None),
        ('11.2 billion marks', 1, 11.2e9, 'DEM', "West Germany's trade surplus", 'increase', None, None, FEB87, FSO),
        ('8.65 billion', 1, 8.65e9, 'DEM', "West Germany's trade surplus", None, None, None, JAN87, FSO),
        ('7.94 billion marks', 1, 7.94e9, 'DEM', 'trade surplus', None, None, None, per('in February 1986', 1986, 2), FSO),
        ('4.3 pct', 1, 4.3, 'percent', 'exports', 'increase', 'month_on_month', None, FEBW, FSO),
        ('42.37 billion marks', 1, 42.37e9, 'DEM', 'exports', 'increase', None, None, FEBW, FSO),
        ('3.1 pct', 1, 3.1, 'percent', 'exports', 'decrease', 'year_on_year', None, FEBW, FSO),
        ('2.6 pct', 1, 2.6, 'percent', 'imports', 'decrease', 'month_on_month', None, FEBW, FSO),
        ('31.17 billion marks', 1, 31.17e9, 'DEM', 'imports', 'decrease', None, None, FEBW, FSO),
        ('11.8 pct', 1, 11.8, 'percent', 'imports', 'decrease', 'year_on_year', None, FEBW, FSO),
        ('19.85 billion marks', 1, 19.85e9, 'DEM', 'trade surplus', None, None, None, FT2, FSO),
        ('14.02 billion', 1, 14.02e9, 'DEM', 'trade surplus', None, None, None, SP86, FSO),
        ('7.9 billion marks', 1, 7.9e9, 'DEM', 'current account surplus', None, None, None, FEB87, FSO),
        ('6.2 billion', 1, 6.2e9, 'DEM', 'current account surplus', None, None, None, JAN87, FSO),
        ('5.8 billion', 1, 5.8e9, 'DEM', 'current account surplus, first reported', None, None, None, JAN87, FSO),
        ('7.8 pct', 1, 7.8, 'percent', 'central bank money stock', 'increase', None, None, Q4_86, BBK),
        ('three', 1, 3, 'percent', 'target corridor for central bank money stock growth', None, None, None, Y('for 1987', 1987), BBK),
        ('six pct', 1, 6, 'percent', 'target corridor for central bank money stock growth', None, None, None, Y('for 1987', 1987), BBK),
        ('0.4 pct', 1, 0.4, 'percent', 'M3 money supply', 'increase', None, None, MAR87, BBK),
        ('two billion marks', 1, 2e9, 'DEM', 'M3 money supply', 'increase', None, 'approximately', MAR87, BBK),
        ('1,012 billion marks', 1, 1012e9, 'DEM', 'M3 money supply', 'increase', None, None, MAR87, BBK),
        ('1.8270 marks', 1, 1.8270, 'DEM', 'dollar fixing in Frankfurt', 'decrease', None, None, P('on Thursday', '1987-04-09', '1987-04-09'), BBK),
        ('1.8305', 1, 1.8305, 'DEM', 'dollar fixing in Frankfurt', None, None, None, P('on Wednesday', '1987-04-08', '1987-04-08'), BBK),
    ],
    'wire_2025_korea_industrial_output.txt': [
        ('2.4%', 1, 2.4, 'percent', 'industrial output', 'increase', 'month_on_month', None, AUG, KOSTAT),
        ('1.1%', 1, 1.1, 'percent', 'industrial output forecast in a Reuters poll of economists', 'increase', 'month_on_month', None, AUG, 'Reuters'),
        ('14', 1, 14, 'count', 'economists in a Reuters poll', None, None, None, AUG, 'Reuters'),
        ('0.8%', 1, 0.8, 'percent', 'industrial output', 'decrease', 'month_on_month', None, JUL, KOSTAT),
        ('3.7%', 1, 3.7, 'percent', 'industrial output', 'increase', 'year_on_year', None, AUG, KOSTAT),
        ('11.6%', 1, 11.6, 'percent', 'semiconductor production', 'increase', 'month_on_month', None, None, KOSTAT),
        ('4.2%', 1, 4.2, 'percent', 'car output', 'decrease', 'month_on_month', None, None, KOSTAT),
        ('two-thirds', 1, 0.6667, 'fraction', "services share of South Korea's economy", None, None, 'approximately', None, KOSTAT),
        ('0.5%', 1, 0.5, 'percent', 'service sector output', 'increase', 'month_on_month', None, AUG, KOSTAT),
        ('1.3%', 1, 1.3, 'percent', 'retail sales', 'decrease', 'month_on_month', None, AUG, KOSTAT),
        ('2.5%', 1, 2.5, 'percent', 'retail sales', 'increase', 'month_on_month', None, JUL, KOSTAT),
        ('0.9%', 1, 0.9, 'percent', 'retail sales', 'decrease', 'year_on_year', None, AUG, KOSTAT),
        ('5.9%', 1, 5.9, 'percent', 'sales of durable goods', 'decrease', 'month_on_month', None, IAUG, KOSTAT),
        ('0.7%', 1, 0.7, 'percent', 'spending on semi-durables', 'increase', 'month_on_month', None, IAUG, KOSTAT),
        ('450,000 won', 1, 450000, 'KRW', 'consumption coupons per person', None, None, 'up_to', JULW, MOEF),
        ('6.8%', 1, 6.8, 'percent', 'facility investment', 'increase', 'month_on_month', None, AUG, KOSTAT),
        ('1.9 percentage points', 1, 1.9, 'percentage_point', 'average manufacturing operation ratio', 'increase', 'month_on_month', None, AUG, KOSTAT),
        ('72.4%', 1, 72.4, 'percent', 'average manufacturing operation ratio', 'increase', None, None, AUG, KOSTAT),
        ('2.50%', 1, 2.50, 'percent', 'Bank of Korea benchmark policy rate', None, None, None, AUG, BOK),
        ('100 basis points', 1, 100, 'basis_point', 'cumulative cut in the benchmark policy rate', 'decrease', None, None, P('since October last year', '2024-10-01', '2025-09-30'), BOK),
        ('a quarter point', 1, 0.25, 'percentage_point', 'rate cut expected by Hana Securities economist', 'decrease', None, None, per('in November', 2025, 11), HANA),
    ],
    'cnbc_style_job_openings.txt': [
        ('7.18 million', 1, 7.18e6, 'count', 'job openings', 'decrease', None, None, JUL, None),
        ('7.18 million', 2, 7.18e6, 'count', 'job openings', 'decrease', None, None, FTM, DOL),
        ('176,000', 1, 176000, 'count', 'job openings', 'decrease', 'month_on_month', None, FTM, DOL),
        ('7.40 million', 1, 7.40e6, 'count', 'job openings estimated by Dow Jones', None, None, None, FTM, 'Dow Jones'),
        ('7.36 million', 1, 7.36e6, 'count', "June's job openings", 'decrease', None, None, per('June', 2025, 6), DOL),
        ('7.44 million', 1, 7.44e6, 'count', "June's job openings, initially reported", None, None, None, per('June', 2025, 6), DOL),
        ('4.3%', 1, 4.3, 'percent', 'openings rate', 'decrease', None, None, None, DOL),
        ('4.4%', 1, 4.4, 'percent', 'openings rate', None, None, None, None, DOL),
        ('100,000', 1, 100000, 'count', 'excess of job openings over the number of unemployed workers', None, None, 'approximately', P('now', None, None), DOL),
        ('5 million', 1, 5e6, 'count', 'gap between job openings and unemployed workers', None, None, 'more_than', per('in March 2022', 2022, 3), DOL),
        ('5.31 million', 1, 5.31e6, 'count', 'hires', 'increase', None, None, JUL, DOL),
        ('0.1 percentage point', 1, 0.1, 'percentage_point', 'hires rate', 'increase', None, None, JUL, DOL),
        ('3.4%', 1, 3.4, 'percent', 'hires rate', 'increase', None, None, JUL, DOL),
        ('64,000', 1, 64000, 'count', 'quits', 'decrease', None, None, None, DOL),
        ('3.14 million', 1, 3.14e6, 'count', 'quits', 'decrease', None, None, None, DOL),
        ('2.0%', 1, 2.0, 'percent', 'quits rate', None, None, None, None, DOL),
        ('1.81 million', 1, 1.81e6, 'count', 'layoffs and discharges', 'increase', None, None, None, DOL),
        ('1.1%', 1, 1.1, 'percent', 'layoffs and discharges rate', None, None, None, None, DOL),
        ('158,000', 1, 158000, 'count', 'openings in professional and business services', 'decrease', None, None, None, DOL),
        ('181,000', 1, 181000, 'count', 'openings in health care and social assistance', 'decrease', None, None, None, DOL),
        ('61,000', 1, 61000, 'count', 'openings in leisure and hospitality', 'increase', None, None, None, DOL),
        ('75,000', 1, 75000, 'count', 'nonfarm payrolls growth expected by economists surveyed by Dow Jones', 'increase', None, None, per('August', 2025, 8), 'Dow Jones'),
        ('4.3%', 2, 4.3, 'percent', 'unemployment rate expected by economists surveyed by Dow Jones', 'increase', None, None, per('August', 2025, 8), 'Dow Jones'),
        ('92%', 1, 92, 'percent', 'probability of a Fed rate cut', None, None, 'approximately', MEET, CME),
        ('a quarter percentage point', 1, 0.25, 'percentage_point', 'expected Fed rate cut', 'decrease', None, None, MEET, CME),
        ('4.25%', 1, 4.25, 'percent', 'Fed benchmark rate range', None, None, None, P('so far this year', '2025-01-01', '2025-09-03'), FED),
        ('4.5%', 1, 4.5, 'percent', 'Fed benchmark rate range', None, None, None, P('so far this year', '2025-01-01', '2025-09-03'), FED),
    ],
    'mt_newswires_industrial_production.txt': [
        ('0.2%', 1, 0.2, 'percent', 'US industrial production', 'increase', None, None, AUG, None),
        ('0.2%', 2, 0.2, 'percent', 'US industrial production', 'increase', 'month_on_month', None, AUG, FED),
        ('0.4%', 1, 0.4, 'percent', 'industrial production', 'decrease', 'month_on_month', None, JUL, FED),
        ('0.1%', 1, 0.1, 'percent', 'industrial production consensus in a survey compiled by Bloomberg', 'decrease', 'month_on_month', None, AUG, 'Bloomberg'),
        ('0.3%', 1, 0.3, 'percent', 'industrial production, initially reported', 'decrease', 'month_on_month', None, JULW, FED),
        ('0.2%', 3, 0.2, 'percent', 'manufacturing output', 'increase', None, None, None, FED),
        ('2.6%', 1, 2.6, 'percent', 'output of motor vehicles and parts', 'increase', None, None, None, FED),
        ('0.7%', 1, 0.7, 'percent', 'mining output', 'decrease', None, None, None, FED),
        ('1.5%', 1, 1.5, 'percent', 'utilities output', 'increase', None, None, None, FED),
        ('0.5%', 1, 0.5, 'percent', 'output of business equipment', 'decrease', None, None, None, FED),
        ('77.4%', 1, 77.4, 'percent', 'capacity utilization', 'decrease', None, None, AUG, FED),
        ('77.6%', 1, 77.6, 'percent', 'capacity utilization', None, None, None, JUL, FED),
        ('2.2 percentage points', 1, 2.2, 'percentage_point', 'capacity utilization below its long-run average', 'decrease', None, None, AUG, FED),
        ('76.8%', 1, 76.8, 'percent', 'factory utilization', None, None, None, AUG, FED),
        ('89.9%', 1, 89.9, 'percent', 'operating rate for mining', 'decrease', None, None, AUG, FED),
        ('90.5%', 1, 90.5, 'percent', 'operating rate for mining', None, None, None, JUL, FED),
        ('103.9', 1, 103.9, 'index_point', 'industrial production index', None, None, None, AUG, FED),
        ('0.9%', 1, 0.9, 'percent', 'industrial production index', 'increase', 'year_on_year', None, AUG, FED),
        ('1.1%', 1, 1.1, 'percent', 'manufacturing output', 'increase', 'year_on_year', None, AUG, FED),
    ],
    'trading_economics_style_brazil_selic.txt': [
        ('15%', 1, 15, 'percent', 'Selic rate', None, None, None, None, None),
        ('15%', 2, 15, 'percent', 'Selic rate', None, None, None, per('in September 2025', 2025, 9), BCB),
        ('450 basis points', 1, 450, 'basis_point', 'Selic rate', 'increase', None, None, P('since September 2024', '2024-09-01', '2025-09-17'), BCB),
        ('3%', 1, 3, 'percent', 'inflation target set by the National Monetary Council', None, None, None, None, CMN),
        ('5.13%', 1, 5.13, 'percent', 'annual IPCA inflation', 'decrease', 'year_on_year', None, AUG, IBGE),
        ('5.23%', 1, 5.23, 'percent', 'annual IPCA inflation', None, 'year_on_year', None, JUL, IBGE),
        ('0.11%', 1, 0.11, 'percent', 'consumer prices', 'decrease', 'month_on_month', None, AUG, IBGE),
        ('0.9%', 1, 0.9, 'percent', 'housing costs', 'decrease', 'month_on_month', None, AUG, IBGE),
        ('0.46%', 1, 0.46, 'percent', 'food prices', 'decrease', 'month_on_month', None, AUG, IBGE),
        ('4.8%', 1, 4.8, 'percent', 'Copom projection for annual inflation', 'decrease', 'year_on_year', None, Y('in 2025', 2025), BCB),
        ('4.9%', 1, 4.9, 'percent', 'Copom projection for annual inflation', None, 'year_on_year', None, Y('in 2025', 2025), BCB),
        ('3.4%', 1, 3.4, 'percent', 'Copom inflation forecast for the relevant horizon', None, 'year_on_year', None, Q('for the first quarter of 2027', 2027, 1), BCB),
        ('15%', 3, 15, 'percent', 'Selic rate expected by economists in the Focus survey', None, None, None, P('at the end of 2025', '2025-12-31', '2025-12-31'), BCB),
        ('12.25%', 1, 12.25, 'percent', 'Selic rate expected by economists in the Focus survey', 'decrease', None, None, P('by the end of 2026', '2026-12-31', '2026-12-31'), BCB),
        ('10.1%', 1, 10.1, 'percent', 'outstanding credit growth', 'decrease', 'year_on_year', None, per('in the 12 months to July', 2025, 7), BCB),
        ('13.47 percent', 1, 13.47, 'percent', 'Interest Rate in Brazil', None, None, None, P('from 1999 until 2025', '1999-01-01', '2025-12-31'), BCB),
        ('45 percent', 1, 45, 'percent', 'Interest Rate in Brazil all time high', None, None, None, per('in March of 1999', 1999, 3), BCB),
        ('2 percent', 1, 2, 'percent', 'Interest Rate in Brazil record low', None, None, None, per('in August of 2020', 2020, 8), BCB),
        ('15.00 percent', 1, 15.00, 'percent', 'Interest Rate in Brazil expected by Trading Economics', None, None, None, P('by the end of this quarter', '2025-09-30', '2025-09-30'), TE),
        ('12.50 percent', 1, 12.50, 'percent', 'Brazil Interest Rate projected', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('11.00 percent', 1, 11.00, 'percent', 'Brazil Interest Rate projected', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_eurusd_ecb.txt': [
        ('0.3%', 1, 0.3, 'percent', 'EUR/USD', 'increase', None, None, ET, None),
        ('1.1725', 1, 1.1725, 'USD', 'EUR/USD', 'increase', None, None, ET, None),
        ('0.1%', 1, 0.1, 'percent', 'EUR/GBP', 'increase', None, None, ET, None),
        ('0.8652', 1, 0.8652, 'GBP', 'EUR/GBP', 'increase', None, None, ET, None),
        ('1.1660', 1, 1.1660, 'USD', 'EUR/USD trading range', None, None, None, SESS, None),
        ('1.1740', 1, 1.1740, 'USD', 'EUR/USD trading range', None, None, None, SESS, None),
        ('2.00%', 1, 2.00, 'percent', 'ECB deposit facility rate', None, None, None, None, ECB),
        ('72', 1, 72, 'count', 'economists in a Reuters poll', None, None, None, None, 'Reuters'),
        ('200 basis points', 1, 200, 'basis_point', 'ECB deposit facility rate', 'decrease', None, None, P('between June 2024 and June 2025', '2024-06-01', '2025-06-30'), ECB),
        ('2.15%', 1, 2.15, 'percent', 'ECB main refinancing rate', None, None, None, None, ECB),
        ('2.40%', 1, 2.40, 'percent', 'ECB marginal lending facility rate', None, None, None, None, ECB),
        ('1.2%', 1, 1.2, 'percent', 'euro area growth projected by ECB staff', 'increase', None, None, Y('in 2025', 2025), ECB),
        ('0.9%', 1, 0.9, 'percent', 'euro area growth projected by ECB staff in June', None, None, None, Y('in 2025', 2025), ECB),
        ('1.0%', 1, 1.0, 'percent', 'euro area growth projected by ECB staff', None, None, None, Y('in 2026', 2026), ECB),
        ('2.1%', 1, 2.1, 'percent', 'inflation projected by ECB staff', None, None, None, Y('this year', 2025), ECB),
        ('1.7%', 1, 1.7, 'percent', 'inflation projected by ECB staff', None, None, None, Y('next year', 2026), ECB),
        ('2%', 1, 2, 'percent', 'ECB inflation target', None, None, None, None, ECB),
        ('3 basis points', 1, 3, 'basis_point', "Germany's 10-year Bund yield", 'increase', None, None, None, None),
        ('2.68%', 1, 2.68, 'percent', "Germany's 10-year Bund yield", 'increase', None, None, None, None),
        ('4 basis points', 1, 4, 'basis_point', 'two-year yield', 'increase', None, None, None, None),
        ('2.01%', 1, 2.01, 'percent', 'two-year yield', 'increase', None, None, None, None),
        ('0.5%', 1, 0.5, 'percent', 'Euro Stoxx 50 index', 'increase', None, None, None, None),
        ('5,384.20 points', 1, 5384.20, 'index_point', 'Euro Stoxx 50 index', 'increase', None, None, None, None),
        ('30%', 1, 30, 'percent', 'chance of one more ECB cut priced by money markets', None, None, 'approximately', M26, 'LSEG'),
        ('one', 2, 1, 'count', 'more ECB cuts priced by money markets', None, None, None, M26, 'LSEG'),
    ],
    'business_standard_style_forex_reserves.txt': [
        ('$4 bn', 1, 4e9, 'USD', 'forex reserves', 'increase', None, None, None, None),
        ('$698.3 bn', 1, 698.3e9, 'USD', 'forex reserves', 'increase', None, None, None, None),
        ('88.47', 1, 88.47, 'INR', 'rupee record low', None, None, None, None, None),
        ('$4.04 billion', 1, 4.04e9, 'USD', "India's foreign exchange reserves", 'increase', None, None, WK, RBI),
        ('$698.27 billion', 1, 698.27e9, 'USD', "India's foreign exchange reserves", 'increase', None, None, WK, RBI),
        ('Rs 61.5 trillion', 1, 61.5e12, 'INR', 'foreign exchange reserves in rupee terms', None, None, 'approximately', WK, RBI),
        ('$3.51 billion', 1, 3.51e9, 'USD', 'foreign exchange reserves', 'increase', None, None, PWK, RBI),
        ('$694.23 billion', 1, 694.23e9, 'USD', 'foreign exchange reserves', 'increase', None, None, PWK, RBI),
        ('$540 million', 1, 540e6, 'USD', 'foreign currency assets (FCAs)', 'increase', None, None, DWK, RBI),
        ('$584.44 billion', 1, 584.44e9, 'USD', 'foreign currency assets (FCAs)', 'increase', None, None, DWK, RBI),
        ('$3.53 billion', 1, 3.53e9, 'USD', 'gold reserves', 'increase', None, None, DWK, RBI),
        ('$90.30 billion', 1, 90.30e9, 'USD', 'gold reserves', 'increase', None, None, DWK, RBI),
        ('13 per cent', 1, 13, 'percent', "gold's share in the total reserves", 'increase', None, 'approximately', DWK, RBI),
        ('9 per cent', 1, 9, 'percent', "gold's share in the total reserves", None, None, 'approximately', P('at the end of 2024', '2024-12-31', '2024-12-31'), RBI),
        ('$37 million', 1, 37e6, 'USD', 'special drawing rights (SDRs)', 'increase', None, None, None, RBI),
        ('$18.78 billion', 1, 18.78e9, 'USD', 'special drawing rights (SDRs)', 'increase', None, None, None, RBI),
        ('$67 million', 1, 67e6, 'USD', "India's reserve position with the International Monetary Fund (IMF)", 'decrease', None, None, None, RBI),
        ('$4.75 billion', 1, 4.75e9, 'USD', "India's reserve position with the International Monetary Fund (IMF)", 'decrease', None, None, None, RBI),
        ('$704.89 billion', 1, 704.89e9, 'USD', 'all-time high of the foreign exchange reserves', None, None, None, P('in the week ended September 27, 2024', '2024-09-21', '2024-09-27'), RBI),
        ('88.47', 2, 88.47, 'INR', 'rupee against the US dollar', None, None, None, FRI, RBI),
        ('12 paise', 1, 0.12, 'INR', 'rupee against the US dollar', 'decrease', 'period_on_period', None, FRI, RBI),
        ('3.3 per cent', 1, 3.3, 'percent', 'rupee', 'decrease', None, 'approximately', P('so far in 2025', '2025-01-01', '2025-09-12'), RBI),
        ('Rs 11,000 crore', 1, 11000e7, 'INR', 'withdrawals by foreign portfolio investors (FPIs) from Indian equities', None, None, 'more_than', P('so far in September', '2025-09-01', '2025-09-12'), NSDL),
        ('Rs 1.32 lakh crore', 1, 1.32e12, 'INR', 'net withdrawals by foreign portfolio investors (FPIs) from Indian equities', None, None, None, FY26, NSDL),
        ('$9.8 billion', 1, 9.8e9, 'USD', 'net sales by the RBI in the spot market', None, None, None, P('in April-July', '2025-04-01', '2025-07-31'), RBI),
        ('$11.2 billion', 1, 11.2e9, 'USD', 'net purchases by the RBI in the spot market', None, None, None, P('a year earlier', '2024-04-01', '2024-07-31'), RBI),
        ('88.00', 1, 88.00, 'INR', 'rupee trading range expected by Finrex Treasury Advisors', None, None, None, P('next week', '2025-09-15', '2025-09-21'), FINREX),
        ('88.80', 1, 88.80, 'INR', 'rupee trading range expected by Finrex Treasury Advisors', None, None, None, P('next week', '2025-09-15', '2025-09-21'), FINREX),
    ],
    'eu_energy_style_electricity_prices.txt': [
        ('62 EUR/MWh', 1, 62, 'EUR', 'European Power Benchmark (EPB)', None, None, None, Q2E, None),
        ('27%', 1, 27, 'percent', 'European Power Benchmark (EPB)', 'decrease', 'quarter_on_quarter', None, Q2E, None),
        ('8%', 1, 8, 'percent', 'European Power Benchmark (EPB)', 'increase', 'year_on_year', None, Q2E, None),
        ('58 EUR/MWh', 1, 58, 'EUR', 'peak-load prices', None, None, None, Q2E, None),
        ('128 TWh', 1, 128, 'terawatt hour', 'solar generation', None, None, None, Q2E, None),
        ('a fifth', 1, 0.2, 'fraction', 'solar share of the EU power mix', None, None, 'approximately', Q2E, None),
        ('24 EUR/MWh', 1, 24, 'EUR', 'average baseload price in the Nordic bidding zones', None, None, None, Q2S, None),
        ('111 EUR/MWh', 1, 111, 'EUR', 'average baseload price in Italy', None, None, None, Q2S, None),
        ('71 EUR/MWh', 1, 71, 'EUR', 'average baseload price in Germany', None, None, None, Q2S, None),
        ('38 EUR/MWh', 1, 38, 'EUR', 'average baseload price in France', None, None, None, Q2S, None),
        ('33 EUR/MWh', 1, 33, 'EUR', 'spread between Germany and France', 'increase', None, None, Q2S, None),
        ('21 EUR/MWh', 1, 21, 'EUR', 'spread between Germany and France', None, None, None, Q('in Q1 2025', 2025, 1), None),
        ('4,150', 1, 4150, 'count', 'hours with negative day-ahead prices across EU bidding zones', 'increase', None, None, INQ, None),
        ('half', 1, 0.5, 'fraction', 'hours with negative day-ahead prices', 'increase', 'year_on_year', 'more_than', INQ, None),
        ('two-thirds', 1, 0.6667, 'fraction', 'share of negative-price hours on weekends and public holidays', None, None, 'approximately', INQ, None),
        ('0.264 EUR/kWh', 1, 0.264, 'EUR', 'retail electricity prices for households in EU capital cities', None, None, None, JUN25, None),
        ('2%', 1, 2, 'percent', 'retail electricity prices for households in EU capital cities', 'decrease', 'year_on_year', None, JUN25, None),
        ('0.398 EUR/kWh', 1, 0.398, 'EUR', 'household electricity price in Berlin', None, None, None, JUN25, None),
        ('0.096 EUR/kWh', 1, 0.096, 'EUR', 'household electricity price in Budapest', None, None, None, JUN25, None),
        ('fourfold', 1, 4, 'times', 'difference between the highest and lowest household electricity prices', None, None, None, JUN25, None),
        ('29%', 1, 29, 'percent', 'share of taxes and levies in the average household electricity price', 'decrease', None, None, H1, 'Eurostat'),
        ('32%', 1, 32, 'percent', 'share of taxes and levies in the average household electricity price', None, None, None, P('a year before', '2024-01-01', '2024-06-30'), 'Eurostat'),
        ('45%', 1, 45, 'percent', 'share of energy and supply costs in the average household electricity price', None, None, None, H1, 'Eurostat'),
        ('26%', 1, 26, 'percent', 'share of network charges in the average household electricity price', None, None, None, H1, 'Eurostat'),
    ],
    'nbs_style_consumer_producer_prices.txt': [
        ('0.4 percent', 1, 0.4, 'percent', 'national consumer price index (CPI)', 'decrease', 'year_on_year', None, AUG25, NBS),
        ('0.3 percent', 1, 0.3, 'percent', 'CPI in urban areas', 'decrease', 'year_on_year', None, AUG25, NBS),
        ('0.6 percent', 1, 0.6, 'percent', 'CPI in rural areas', 'decrease', 'year_on_year', None, AUG25, NBS),
        ('0.1 percent', 1, 0.1, 'percent', 'national CPI', 'decrease', 'year_on_year', None, JTA, NBS),
        ('0.9 percent', 1, 0.9, 'percent', 'core CPI excluding food and energy', 'increase', 'year_on_year', None, IAUG, NBS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'core CPI', 'increase', 'month_on_month', None, IAUG, NBS),
        ('4.3 percent', 1, 4.3, 'percent', 'food prices', 'decrease', 'year_on_year', None, None, NBS),
        ('1.02 percentage points', 1, 1.02, 'percentage_point', 'impact of food prices on the CPI', 'decrease', 'year_on_year', 'approximately', None, NBS),
        ('15.2 percent', 1, 15.2, 'percent', 'prices of fresh vegetables', 'decrease', 'year_on_year', None, None, NBS),
        ('16.1 percent', 1, 16.1, 'percent', 'prices of pork', 'decrease', 'year_on_year', None, None, NBS),
        ('2.4 percent', 1, 2.4, 'percent', 'prices of fresh fruits', 'increase', 'year_on_year', None, None, NBS),
        ('24.6 yuan', 1, 24.6, 'CNY', 'average retail price of pork', None, None, None, None, NBS),
        ('five', 1, 5, 'count', 'categories of goods and services with rising prices', None, None, None, None, NBS),
        ('three', 1, 3, 'count', 'categories of goods and services with falling prices', None, None, None, None, NBS),
        ('0.9 percent', 2, 0.9, 'percent', 'prices of healthcare', 'increase', 'year_on_year', None, None, NBS),
        ('8.5 percent', 1, 8.5, 'percent', 'prices of other supplies and services', 'increase', 'year_on_year', None, None, NBS),
        ('40 percent', 1, 40, 'percent', 'gold jewelry prices', 'increase', 'year_on_year', 'more_than', None, NBS),
        ('0.5 percent', 1, 0.5, 'percent', 'food prices', 'increase', 'month_on_month', None, AUG, NBS),
        ('0.1 percent', 3, 0.1, 'percent', 'non-food prices', 'decrease', 'month_on_month', None, AUG, NBS),
        ('0.2 percent', 1, 0.2, 'percent', 'prices of services', 'increase', 'month_on_month', None, AUG, NBS),
        ('2.9 percent', 1, 2.9, 'percent', 'producer price index (PPI) for industrial products', 'decrease', 'year_on_year', None, IAUG, NBS),
        ('0.7 percentage points', 1, 0.7, 'percentage_point', 'producer price index (PPI) for industrial products', 'increase', 'month_on_month', None, IAUG, NBS),
        ('3.5 percent', 1, 3.5, 'percent', 'purchasing price index for industrial producers', 'decrease', 'year_on_year', None, IAUG, NBS),
        ('0.1 percent', 4, 0.1, 'percent', 'purchasing price index for industrial producers', 'decrease', 'month_on_month', None, IAUG, NBS),
        ('2.9 percent', 2, 2.9, 'percent', 'PPI', 'decrease', 'year_on_year', None, JTA, NBS),
        ('3.2 percent', 1, 3.2, 'percent', 'purchasing price index', 'decrease', 'year_on_year', None, JTA, NBS),
        ('3.4 percent', 1, 3.4, 'percent', 'prices of means of production', 'decrease', 'year_on_year', None, None, NBS),
        ('2.55 percentage points', 1, 2.55, 'percentage_point', 'impact of means of production prices on the PPI', 'decrease', 'year_on_year', 'approximately', None, NBS),
        ('1.4 percent', 1, 1.4, 'percent', 'prices of means of subsistence', 'decrease', 'year_on_year', None, None, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
