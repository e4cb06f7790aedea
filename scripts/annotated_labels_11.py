# ruff: noqa: E501
"""Write corpus/annotated_11/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_11.py corpus/annotated_11
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
BCB = "Central Bank of Brazil"
IBGE = "Brazilian Institute of Geography and Statistics"
MOF = "Ministry of Finance"
MOC = "Ministry of Commerce"
BEA = "U.S. Bureau of Economic Analysis"
ATL = "Federal Reserve Bank of Atlanta"
FED = "Federal Reserve"
CME = "CME Group"
STC = "Statistics Canada"
BOC = "Bank of Canada"
SBJ = "Statistics Bureau of Japan"
BOJ = "Bank of Japan"
TE = "Trading Economics"
BOE = "Bank of England"
RBI = "Reserve Bank of India"
CARE = "CareEdge Ratings"
NBS = "National Bureau of Statistics"

# 1101 ONS index of production (ref 2025-10-16)
AUG25 = per("in August 2025", 2025, 8)
IAUG25 = per("In August 2025", 2025, 8)
JULY = per("in July", 2025, 7)
TMA = P("in the three months to August 2025", "2025-06-01", "2025-08-31")
SAMEP = per("over the same period", 2025, 8)
BJA = per("between July and August 2025", 2025, 8)
J25 = per("July 2025", 2025, 7)
# 1102 Reuters 1987 (ref 1987-03-20)
END86 = P("end-1986", "1986-12-31", "1986-12-31")
IN86 = Y("in 1986", 1986)
FEB87 = per("in February", 1987, 2)
JAN87 = per("in January", 1987, 1)
Y87 = Y("this year", 1987)
# 1103 Reuters 2025 (ref 2025-10-24)
SEP = per("in September", 2025, 9)
AUG = per("in August", 2025, 8)
N9 = P("In the first nine months of 2025", "2025-01-01", "2025-09-30")
FOR25 = Y("for 2025", 2025)
# 1104 CNBC (ref 2025-10-30)
Q3P = P("for the July-through-September period", "2025-07-01", "2025-09-30")
INQ = Q("in the quarter", 2025, 3)
Q3H = Q("third-quarter", 2025, 3)
WED = P("On Wednesday", "2025-10-29", "2025-10-29")
DEC = per("in December", 2025, 12)
# 1105 MT Newswires (ref 2025-10-31)
# 1106 Trading Economics (ref 2025-10-24)
SEP25 = per("in September 2025", 2025, 9)
# 1107 Investing.com (ref 2025-11-06)
ET = P("by 08:05 ET", None, None)
# 1108 Business Standard (ref 2025-10-17)
FN = P("in the fortnight ended October 3", "2025-09-20", "2025-10-03")
SAMEFN = P("over the same fortnight", "2025-09-20", "2025-10-03")
IAUG = per("In August", 2025, 8)
FY26 = P("in FY26", "2025-04-01", "2026-03-31")
# 1109 DG ENER (ref 2025-12-19)
ISEP25 = per("In September 2025", 2025, 9)
SAMEM = per("In the same month", 2025, 9)
H1 = P("in the first half of 2025", "2025-01-01", "2025-06-30")
# 1110 NBS (ref 2025-10-20)
JTS = P("From January to September", "2025-01-01", "2025-09-30")
ISEP = per("In September", 2025, 9)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_index_of_production.txt': [
        ('0.7%', 1, 0.7, 'percent', 'production output', 'decrease', 'month_on_month', None, AUG25, None),
        ('0.3%', 1, 0.3, 'percent', 'production output', 'increase', 'month_on_month', None, JULY, None),
        ('0.1%', 1, 0.1, 'percent', 'production output', None, 'month_on_month', None, JULY, None),
        ('1.1%', 1, 1.1, 'percent', 'manufacturing output', 'decrease', 'month_on_month', None, IAUG25, None),
        ('2.4%', 1, 2.4, 'percent', 'mining and quarrying', 'increase', 'month_on_month', None, IAUG25, None),
        ('0.2%', 1, 0.2, 'percent', 'water supply and sewerage', 'increase', 'month_on_month', None, IAUG25, None),
        ('1.8%', 1, 1.8, 'percent', 'production output', 'decrease', 'period_on_period', None, TMA, None),
        ('2.6%', 1, 2.6, 'percent', 'manufacturing', 'decrease', 'period_on_period', None, TMA, None),
        ('0.4%', 1, 0.4, 'percent', 'energy supply', 'decrease', 'period_on_period', None, TMA, None),
        ('0.9%', 1, 0.9, 'percent', 'production output', 'decrease', 'year_on_year', None, AUG25, None),
        ('1.5%', 1, 1.5, 'percent', 'manufacturing', 'decrease', 'year_on_year', None, SAMEP, None),
        ('9', 1, 9, 'count', 'manufacturing subsectors contracting', None, None, None, AUG25, ONS),
        ('4.3%', 1, 4.3, 'percent', 'transport equipment', 'decrease', 'month_on_month', None, BJA, ONS),
        ('0.52 percentage points', 1, 0.52, 'percentage_point', 'downward contribution of transport equipment', 'decrease', 'month_on_month', None, BJA, ONS),
        ('3.0%', 1, 3.0, 'percent', 'basic pharmaceutical products', 'decrease', 'month_on_month', None, BJA, ONS),
        ('0.8%', 1, 0.8, 'percent', 'food products, beverages and tobacco', 'increase', 'month_on_month', None, BJA, ONS),
        ('2.4%', 2, 2.4, 'percent', 'mining and quarrying output', 'increase', 'month_on_month', None, AUG25, ONS),
        ('3.7%', 1, 3.7, 'percent', 'oil and gas extraction', 'increase', 'month_on_month', None, AUG25, ONS),
        ('91.4', 1, 91.4, 'index_point', 'electricity, gas, steam and air conditioning supply index level', None, None, None, AUG25, ONS),
        ('0.3%', 2, 0.3, 'percent', 'production growth', 'increase', None, None, J25, ONS),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'production growth revision', 'increase', None, None, J25, ONS),
        ('40,000', 1, 40000, 'count', 'businesses surveyed by the Monthly Business Survey', None, None, 'approximately', None, ONS),
    ],
    'wire_1987_brazil_foreign_debt.txt': [
        ('109.5 BILLION DLRS', 1, 109.5e9, 'USD', 'Brazil foreign debt', None, None, None, P('AT END-1986', '1986-12-31', '1986-12-31'), None),
        ('109.5 billion dlrs', 1, 109.5e9, 'USD', "Brazil's foreign debt", 'increase', None, None, P('at the end of 1986', '1986-12-31', '1986-12-31'), BCB),
        ('105.1 billion', 1, 105.1e9, 'USD', "Brazil's foreign debt", None, None, None, P('a year earlier', '1985-12-31', '1985-12-31'), BCB),
        ('82.3 billion dlrs', 1, 82.3e9, 'USD', 'medium- and long-term loans', None, None, None, END86, BCB),
        ('27.2 billion', 1, 27.2e9, 'USD', 'short-term credit lines', None, None, None, END86, BCB),
        ('9.6 billion dlrs', 1, 9.6e9, 'USD', 'interest paid on the debt', None, None, None, IN86, BCB),
        ('43 pct', 1, 43, 'percent', 'interest payments as a share of export earnings', None, None, 'approximately', IN86, BCB),
        ('22.4 billion dlrs', 1, 22.4e9, 'USD', 'export earnings', None, None, None, IN86, BCB),
        ('3.9 billion dlrs', 1, 3.9e9, 'USD', 'foreign exchange reserves', 'decrease', None, None, P('at the end of February', '1987-02-28', '1987-02-28'), BCB),
        ('4.6 billion', 1, 4.6e9, 'USD', 'foreign exchange reserves', None, None, None, P('at end-January', '1987-01-31', '1987-01-31'), BCB),
        ('68 billion dlrs', 1, 68e9, 'USD', 'commercial bank debt with suspended interest payments', None, None, None, P('on February 20', '1987-02-20', '1987-02-20'), BCB),
        ('13.9 pct', 1, 13.9, 'percent', 'monthly inflation', 'increase', 'month_on_month', None, FEB87, IBGE),
        ('12.0 pct', 1, 12.0, 'percent', 'monthly inflation', None, 'month_on_month', None, JAN87, IBGE),
        ('48.5 pct', 1, 48.5, 'percent', 'consumer prices', 'increase', 'year_on_year', None, per('in the 12 months to February', 1987, 2), IBGE),
        ('2.5', 1, 2.5e9, 'USD', 'new loans sought from commercial banks', None, None, None, Y87, BCB),
        ('3.0 billion dlrs', 1, 3.0e9, 'USD', 'new loans sought from commercial banks', None, None, None, Y87, BCB),
        ('9.2 billion dlrs', 1, 9.2e9, 'USD', 'principal to be rescheduled', None, None, None, P('in 1987 and 1988', '1987-01-01', '1988-12-31'), BCB),
        ('129 mln dlrs', 1, 129e6, 'USD', 'trade surplus', 'decrease', None, None, FEB87, MOF),
        ('263 mln', 1, 263e6, 'USD', 'trade surplus', None, None, None, JAN87, MOF),
        ('1.12 billion', 1, 1.12e9, 'USD', 'trade surplus', None, None, None, per('in February 1986', 1986, 2), MOF),
    ],
    'wire_2025_thailand_exports.txt': [
        ('11.4%', 1, 11.4, 'percent', 'Thai exports', 'increase', 'year_on_year', None, per('September', 2025, 9), None),
        ('11.4%', 2, 11.4, 'percent', "Thailand's exports", 'increase', 'year_on_year', None, SEP, MOC),
        ('19', 1, 19, 'count', 'economists in a Reuters poll', None, None, None, SEP, 'Reuters'),
        ('6.2%', 1, 6.2, 'percent', 'exports', 'increase', 'year_on_year', None, SEP, 'Reuters'),
        ('8.7%', 1, 8.7, 'percent', 'exports', 'increase', 'year_on_year', None, AUG, MOC),
        ('8.5%', 1, 8.5, 'percent', 'exports', None, 'year_on_year', None, AUG, MOC),
        ('9.8%', 1, 9.8, 'percent', 'imports', 'increase', 'year_on_year', None, SEP, MOC),
        ('$25.61 billion', 1, 25.61e9, 'USD', 'imports', 'increase', None, None, SEP, MOC),
        ('$1.34 billion', 1, 1.34e9, 'USD', 'trade surplus', None, None, None, SEP, MOC),
        ('$0.8 billion', 1, 0.8e9, 'USD', 'trade deficit', None, None, None, SEP, 'Reuters'),
        ('24.3%', 1, 24.3, 'percent', 'exports to the United States', 'increase', 'year_on_year', None, SEP, MOC),
        ('9.1%', 1, 9.1, 'percent', 'shipments to China', 'increase', 'year_on_year', None, SEP, MOC),
        ('4.6%', 1, 4.6, 'percent', 'shipments to the European Union', 'increase', 'year_on_year', None, SEP, MOC),
        ('2.2%', 1, 2.2, 'percent', 'shipments to Japan', 'increase', 'year_on_year', None, SEP, MOC),
        ('1.7%', 1, 1.7, 'percent', 'exports to ASEAN', 'decrease', 'year_on_year', None, SEP, MOC),
        ('61.5%', 1, 61.5, 'percent', 'shipments of computers and parts', 'increase', 'year_on_year', None, None, MOC),
        ('6.4%', 1, 6.4, 'percent', 'rubber exports', 'decrease', 'year_on_year', None, None, MOC),
        ('27.3%', 1, 27.3, 'percent', 'rice exports', 'decrease', 'year_on_year', None, None, MOC),
        ('0.62 million tonnes', 1, 620000, 'tonne', 'rice exports', 'decrease', None, None, None, MOC),
        ('12.9%', 1, 12.9, 'percent', 'exports', 'increase', 'year_on_year', None, N9, MOC),
        ('$251.7 billion', 1, 251.7e9, 'USD', 'exports', 'increase', None, None, N9, MOC),
        ('5%', 1, 5, 'percent', 'export growth target', 'increase', None, None, FOR25, MOC),
        ('6%', 1, 6, 'percent', 'export growth target', 'increase', None, None, FOR25, MOC),
        ('2%', 1, 2, 'percent', 'export growth target', None, None, None, FOR25, MOC),
        ('3%', 1, 3, 'percent', 'export growth target', None, None, None, FOR25, MOC),
        ('7%', 1, 7, 'percent', 'baht against the dollar', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-10-24'), MOC),
        ('32.45', 1, 32.45, 'THB', 'baht per dollar', None, None, None, P('on Friday', '2025-10-24', '2025-10-24'), MOC),
    ],
    'cnbc_style_q3_gdp_advance.txt': [
        ('2.9%', 1, 2.9, 'percent', 'GDP', 'increase', None, None, Q('in the third quarter', 2025, 3), None),
        ('2.9%', 2, 2.9, 'percent', 'GDP', 'increase', 'quarter_on_quarter', None, Q3P, BEA),
        ('2.3%', 1, 2.3, 'percent', 'GDP', None, 'quarter_on_quarter', None, Q3P, 'Dow Jones'),
        ('3.8%', 1, 3.8, 'percent', 'GDP', 'increase', 'quarter_on_quarter', None, Q('in the second quarter', 2025, 2), BEA),
        ('0.6%', 1, 0.6, 'percent', 'GDP', 'decrease', 'quarter_on_quarter', None, Q('in the first three months of the year', 2025, 1), BEA),
        ('two-thirds', 1, 0.6667, 'fraction', 'share of consumer spending in the economy', None, None, 'approximately', Q('in the third quarter', 2025, 3), BEA),
        ('3.1%', 1, 3.1, 'percent', 'consumer spending', 'increase', 'quarter_on_quarter', None, Q('in the third quarter', 2025, 3), BEA),
        ('2.5%', 1, 2.5, 'percent', 'consumer spending', None, 'quarter_on_quarter', None, Q('in the April-June period', 2025, 2), BEA),
        ('5.6%', 1, 5.6, 'percent', 'business investment', 'increase', None, None, INQ, BEA),
        ('11.2%', 1, 11.2, 'percent', 'spending on equipment', 'increase', None, None, INQ, BEA),
        ('4.7%', 1, 4.7, 'percent', 'residential investment', 'decrease', None, None, INQ, BEA),
        ('0.3 percentage point', 1, 0.3, 'percentage_point', 'government spending contribution to growth', 'increase', None, None, Q3H, BEA),
        ('0.4 percentage point', 1, 0.4, 'percentage_point', 'net trade contribution to growth', 'decrease', None, None, Q3H, BEA),
        ('6.2%', 1, 6.2, 'percent', 'imports', 'increase', None, None, Q3H, BEA),
        ('2.8%', 1, 2.8, 'percent', 'PCE price index', 'increase', 'quarter_on_quarter', None, INQ, BEA),
        ('2.9%', 3, 2.9, 'percent', 'core PCE prices', 'increase', 'quarter_on_quarter', None, INQ, BEA),
        ('3.4%', 1, 3.4, 'percent', 'GDP', 'increase', None, None, Q('for the third quarter', 2025, 3), ATL),
        ('a quarter percentage point', 1, 0.25, 'percentage_point', 'Fed benchmark overnight rate', 'decrease', None, None, WED, FED),
        ('3.75%', 1, 3.75, 'percent', 'Fed benchmark overnight rate range', 'decrease', None, None, WED, FED),
        ('4%', 1, 4, 'percent', 'Fed benchmark overnight rate range', 'decrease', None, None, WED, FED),
        ('68%', 1, 68, 'percent', 'chance of another Fed rate cut', None, None, None, DEC, CME),
        ('quarter-point', 1, 0.25, 'percentage_point', 'Fed rate cut', 'decrease', None, None, DEC, CME),
    ],
    'mt_newswires_canada_monthly_gdp.txt': [
        ('0.3%', 1, 0.3, 'percent', "Canada's GDP", 'decrease', None, None, AUG, None),
        ('0.3%', 2, 0.3, 'percent', "Canada's real gross domestic product", 'decrease', 'month_on_month', None, AUG, STC),
        ('0.2%', 1, 0.2, 'percent', 'real gross domestic product', 'increase', 'month_on_month', None, JULY, STC),
        ('0.1%', 1, 0.1, 'percent', 'real gross domestic product', None, 'month_on_month', None, JULY, STC),
        ('0.1%', 2, 0.1, 'percent', 'real gross domestic product', 'decrease', 'month_on_month', None, per('for August', 2025, 8), 'Bloomberg'),
        ('0.9%', 1, 0.9, 'percent', 'goods-producing industries', 'decrease', None, None, AUG, STC),
        ('2.1%', 1, 2.1, 'percent', 'mining, quarrying, and oil and gas extraction', 'decrease', None, None, AUG, STC),
        ('0.6%', 1, 0.6, 'percent', 'manufacturing', 'decrease', None, None, AUG, STC),
        ('0.1%', 3, 0.1, 'percent', 'services-producing industries', 'decrease', None, None, AUG, STC),
        ('1.4%', 1, 1.4, 'percent', 'wholesale trade', 'decrease', None, None, AUG, STC),
        ('0.5%', 1, 0.5, 'percent', 'retail trade', 'increase', None, None, AUG, STC),
        ('9', 1, 9, 'count', 'industrial sectors posting declines', None, None, None, AUG, STC),
        ('0.8%', 1, 0.8, 'percent', 'real GDP', 'increase', 'year_on_year', None, AUG, STC),
        ('0.2%', 2, 0.2, 'percent', 'real GDP', 'increase', None, 'approximately', SEP, STC),
        ('0.5%', 2, 0.5, 'percent', 'economy', 'increase', 'quarter_on_quarter', 'approximately', Q('in the third quarter', 2025, 3), STC),
        ('1.6%', 1, 1.6, 'percent', 'economy', 'decrease', 'quarter_on_quarter', None, Q('in the second quarter', 2025, 2), STC),
        ('25 basis points', 1, 25, 'basis_point', 'Bank of Canada overnight rate', 'decrease', None, None, P('on Wednesday', '2025-10-29', '2025-10-29'), BOC),
        ('2.25%', 1, 2.25, 'percent', 'Bank of Canada overnight rate', 'decrease', None, None, P('on Wednesday', '2025-10-29', '2025-10-29'), BOC),
        ('1.2%', 1, 1.2, 'percent', 'growth', 'increase', None, None, Y('for 2025', 2025), BOC),
    ],
    'trading_economics_style_japan_cpi.txt': [
        ('2.9%', 1, 2.9, 'percent', 'Japan core inflation', 'increase', None, None, SEP, None),
        ('2.9%', 2, 2.9, 'percent', "Japan's core consumer prices", 'increase', 'year_on_year', None, SEP25, SBJ),
        ('2.7%', 1, 2.7, 'percent', "Japan's core consumer prices", None, 'year_on_year', None, AUG, SBJ),
        ('3.0%', 1, 3.0, 'percent', 'headline inflation rate', 'increase', 'year_on_year', None, SEP25, SBJ),
        ('2.8%', 1, 2.8, 'percent', 'headline inflation rate', None, 'year_on_year', None, AUG, SBJ),
        ('+2.1%', 1, 2.1, 'percent', 'energy prices', 'increase', 'year_on_year', None, SEP25, SBJ),
        ('-3.3%', 1, -3.3, 'percent', 'energy prices', 'decrease', 'year_on_year', None, AUG, SBJ),
        ('7.6%', 1, 7.6, 'percent', 'inflation for food excluding fresh items', 'decrease', 'year_on_year', None, SEP25, SBJ),
        ('8.0%', 1, 8.0, 'percent', 'inflation for food excluding fresh items', None, 'year_on_year', None, AUG, SBJ),
        ('49.2%', 1, 49.2, 'percent', 'rice prices', 'increase', 'year_on_year', None, SEP25, SBJ),
        ('69.7%', 1, 69.7, 'percent', 'rice prices', None, 'year_on_year', None, AUG, SBJ),
        ('3.0%', 2, 3.0, 'percent', 'core-core index', 'increase', 'year_on_year', None, SEP25, SBJ),
        ('0.1%', 1, 0.1, 'percent', 'CPI', 'increase', 'month_on_month', None, SEP25, SBJ),
        ('0.1%', 2, 0.1, 'percent', 'CPI', 'decrease', 'month_on_month', None, AUG, SBJ),
        ('0.5%', 1, 0.5, 'percent', 'Bank of Japan key short-term interest rate', None, None, None, SEP, BOJ),
        ('2%', 1, 2, 'percent', 'Bank of Japan inflation target', None, None, None, None, BOJ),
        ('0.81 percent', 1, 0.81, 'percent', 'Core Inflation Rate in Japan average', None, None, None, P('from 1971 until 2025', '1971-01-01', '2025-12-31'), SBJ),
        ('24.90 percent', 1, 24.90, 'percent', 'Core Inflation Rate in Japan all time high', None, None, None, per('in February of 1974', 1974, 2), SBJ),
        ('-2.40 percent', 1, -2.40, 'percent', 'Core Inflation Rate in Japan record low', 'decrease', None, None, per('in October of 2009', 2009, 10), SBJ),
        ('2.70 percent', 1, 2.70, 'percent', 'Core Inflation Rate in Japan', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('1.90 percent', 1, 1.90, 'percent', 'Core Inflation Rate in Japan', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('1.60 percent', 1, 1.60, 'percent', 'Core Inflation Rate in Japan', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_gbpusd_boe.txt': [
        ('0.4%', 1, 0.4, 'percent', 'GBP/USD', 'decrease', None, None, ET, None),
        ('1.3085', 1, 1.3085, 'USD', 'GBP/USD', 'decrease', None, None, ET, None),
        ('0.3%', 1, 0.3, 'percent', 'EUR/GBP', 'increase', None, None, ET, None),
        ('0.8812', 1, 0.8812, 'GBP', 'EUR/GBP', 'increase', None, None, ET, None),
        ('1.6%', 1, 1.6, 'percent', 'sterling against the greenback', 'decrease', None, None, P('so far this week', '2025-11-03', '2025-11-06'), None),
        ('4.8%', 1, 4.8, 'percent', 'sterling against the greenback', 'decrease', None, None, P('since July 1', '2025-07-01', '2025-11-06'), None),
        ('0.1%', 1, 0.1, 'percent', 'U.S. dollar index', 'increase', None, None, None, None),
        ('100.15', 1, 100.15, 'index_point', 'U.S. dollar index', 'increase', None, None, None, None),
        ('6 basis points', 1, 6, 'basis_point', 'two-year gilt yields', 'decrease', None, None, None, None),
        ('3.82%', 1, 3.82, 'percent', 'two-year gilt yields', 'decrease', None, None, None, None),
        ('3 basis points', 1, 3, 'basis_point', '10-year yield', 'decrease', None, None, None, None),
        ('4.41%', 1, 4.41, 'percent', '10-year yield', 'decrease', None, None, None, None),
        ('0.6%', 1, 0.6, 'percent', 'FTSE 100', 'increase', None, None, None, None),
        ('9,815.40 points', 1, 9815.40, 'index_point', 'FTSE 100', 'increase', None, None, None, None),
        ('five', 1, 5, 'count', 'Monetary Policy Committee members voting to hold Bank Rate', None, None, None, None, BOE),
        ('four', 1, 4, 'count', 'Monetary Policy Committee members voting against a hold', None, None, None, None, BOE),
        ('4%', 1, 4, 'percent', 'Bank Rate', None, None, None, None, BOE),
        ('quarter-point', 1, 0.25, 'percentage_point', 'Bank Rate reduction favoured by the minority', 'decrease', None, None, None, BOE),
        ('3.75%', 1, 3.75, 'percent', 'Bank Rate favoured by the minority', 'decrease', None, None, None, BOE),
        ('61', 1, 61, 'count', 'economists in a Reuters poll', None, None, None, None, 'Reuters'),
        ('125 basis points', 1, 125, 'basis_point', 'Bank Rate', 'decrease', None, None, P('since August 2024', '2024-08-01', '2025-11-06'), BOE),
        ('3.8%', 1, 3.8, 'percent', 'annual consumer price inflation', None, 'year_on_year', None, SEP, ONS),
        ('double', 1, 2, 'times', "consumer price inflation relative to the BoE's target", None, None, 'approximately', SEP, ONS),
        ('2%', 1, 2, 'percent', "BoE's inflation target", None, None, None, None, BOE),
        ('3.0%', 1, 3.0, 'percent', 'inflation', 'decrease', None, None, Q('by the third quarter of 2026', 2026, 3), BOE),
        ('1.4%', 1, 1.4, 'percent', 'growth', 'increase', None, None, Y('this year', 2025), BOE),
        ('1.1%', 1, 1.1, 'percent', 'growth', 'increase', None, None, Y('in 2026', 2026), BOE),
        ('70%', 1, 70, 'percent', 'probability of a BoE rate cut', None, None, 'approximately', P("at the BoE's December 18 meeting", '2025-12-18', '2025-12-18'), 'LSEG'),
    ],
    'business_standard_style_bank_credit.txt': [
        ('10.4%', 1, 10.4, 'percent', 'bank credit growth', 'increase', None, None, P('in fortnight ended Oct 3', '2025-09-20', '2025-10-03'), None),
        ('9.9%', 1, 9.9, 'percent', 'deposits', 'increase', None, None, P('in fortnight ended Oct 3', '2025-09-20', '2025-10-03'), None),
        ('10.4 per cent', 1, 10.4, 'percent', 'bank credit', 'increase', 'year_on_year', None, FN, RBI),
        ('Rs 191.6 trillion', 1, 191.6e12, 'INR', 'bank credit', 'increase', None, None, FN, RBI),
        ('10.2 per cent', 1, 10.2, 'percent', 'credit growth', None, 'year_on_year', None, P('in the previous fortnight', '2025-09-06', '2025-09-19'), RBI),
        ('9.9 per cent', 1, 9.9, 'percent', 'deposits', 'increase', 'year_on_year', None, SAMEFN, RBI),
        ('Rs 236.2 trillion', 1, 236.2e12, 'INR', 'deposits', 'increase', None, None, SAMEFN, RBI),
        ('10.3 per cent', 1, 10.3, 'percent', 'deposits', None, 'year_on_year', None, P('in the fortnight ended September 19', '2025-09-06', '2025-09-19'), RBI),
        ('Rs 9.2 trillion', 1, 9.2e12, 'INR', 'credit added by banks', 'increase', None, None, P('So far in FY26', '2025-04-01', '2025-10-17'), RBI),
        ('Rs 15.4 trillion', 1, 15.4e12, 'INR', 'deposits added by banks', 'increase', None, None, P('So far in FY26', '2025-04-01', '2025-10-17'), RBI),
        ('10.0 per cent', 1, 10.0, 'percent', 'non-food credit', 'increase', 'year_on_year', None, AUG25, RBI),
        ('13.6 per cent', 1, 13.6, 'percent', 'non-food credit', None, 'year_on_year', None, per('in August 2024', 2024, 8), RBI),
        ('7.6 per cent', 1, 7.6, 'percent', 'credit to industry', 'increase', 'year_on_year', None, IAUG, RBI),
        ('17.1 per cent', 1, 17.1, 'percent', 'lending to micro, small and medium enterprises', 'increase', 'year_on_year', None, IAUG, RBI),
        ('3.9 per cent', 1, 3.9, 'percent', 'lending to large industries', 'increase', 'year_on_year', None, IAUG, RBI),
        ('9.8 per cent', 1, 9.8, 'percent', 'services sector credit growth', 'decrease', 'year_on_year', None, IAUG, RBI),
        ('11.3 per cent', 1, 11.3, 'percent', 'personal loans', 'increase', 'year_on_year', None, IAUG, RBI),
        ('9.4 per cent', 1, 9.4, 'percent', 'housing loans', 'increase', 'year_on_year', None, IAUG, RBI),
        ('0.7 per cent', 1, 0.7, 'percent', 'credit card outstanding', 'decrease', 'year_on_year', None, IAUG, RBI),
        ('Rs 2,84,562 crore', 1, 2845620000000, 'INR', 'credit card outstanding', 'decrease', None, None, IAUG, RBI),
        ('8.7 per cent', 1, 8.7, 'percent', 'credit to agriculture and allied activities', 'increase', 'year_on_year', None, IAUG, RBI),
        ('11 per cent', 1, 11, 'percent', 'credit growth', None, None, None, FY26, CARE),
        ('12 per cent', 1, 12, 'percent', 'credit growth', None, None, None, FY26, CARE),
        ('100 basis point', 1, 100, 'basis_point', 'cash reserve ratio (CRR)', 'decrease', None, None, None, RBI),
        ('3 per cent', 1, 3, 'percent', 'cash reserve ratio (CRR)', 'decrease', None, None, None, RBI),
        ('Rs 2.5 lakh crore', 1, 2.5e12, 'INR', 'liquidity released into the banking system', None, None, 'approximately', P('by end-November', '2025-11-30', '2025-11-30'), RBI),
    ],
    'eu_energy_style_household_retail_prices.txt': [
        ('0.251 EUR/kWh', 1, 0.251, 'EUR', 'household electricity prices in EU capital cities', None, None, None, ISEP25, None),
        ('4%', 1, 4, 'percent', 'household electricity prices in EU capital cities', 'decrease', 'year_on_year', None, ISEP25, None),
        ('0.091 EUR/kWh', 1, 0.091, 'EUR', 'household electricity price in Budapest', None, None, None, SAMEM, None),
        ('0.384 EUR/kWh', 1, 0.384, 'EUR', 'household electricity price in Dublin', None, None, None, SAMEM, None),
        ('0.35 EUR/kWh', 1, 0.35, 'EUR', 'household electricity prices in Berlin, Brussels and Copenhagen', None, None, 'more_than', SAMEM, None),
        ('0.112 EUR/kWh', 1, 0.112, 'EUR', 'household gas prices in EU capitals', None, None, None, SEP25, None),
        ('6%', 1, 6, 'percent', 'household gas prices in EU capitals', 'increase', 'year_on_year', None, SEP25, None),
        ('0.031 EUR/kWh', 1, 0.031, 'EUR', 'household gas price in Budapest', None, None, None, SEP25, None),
        ('0.287 EUR/kWh', 1, 0.287, 'EUR', 'household gas price in Stockholm', None, None, None, SEP25, None),
        ('ninefold', 1, 9, 'times', 'gap between the cheapest and the most expensive capital for household gas prices', None, None, 'more_than', SEP25, None),
        ('11', 1, 11, 'count', 'Member States where household electricity prices in capital cities rose', None, None, None, Q('In the third quarter', 2025, 3), None),
        ('9', 1, 9, 'count', 'Member States where household electricity prices in capital cities fell', None, None, None, Q('In the third quarter', 2025, 3), None),
        ('+14%', 1, 14, 'percent', 'household electricity prices in Tallinn', 'increase', 'quarter_on_quarter', None, Q('In the third quarter', 2025, 3), None),
        ('-12%', 1, -12, 'percent', 'household electricity prices in Madrid', 'decrease', 'quarter_on_quarter', None, Q('In the third quarter', 2025, 3), None),
        ('0.289 EUR/kWh', 1, 0.289, 'EUR', 'average EU household electricity price', None, None, None, H1, 'Eurostat'),
        ('1.7%', 1, 1.7, 'percent', 'average EU household electricity price', 'decrease', 'period_on_period', None, H1, 'Eurostat'),
        ('27%', 1, 27, 'percent', 'share of taxes and levies in the household electricity bill', 'increase', None, None, H1, 'Eurostat'),
        ('23%', 1, 23, 'percent', 'share of taxes and levies in the household electricity bill', None, None, None, P('a year earlier', '2024-01-01', '2024-06-30'), 'Eurostat'),
        ('a third', 1, 0.3333, 'fraction', 'share of network charges in the household electricity price', None, None, 'less_than', H1, 'Eurostat'),
        ('0.118 EUR/kWh', 1, 0.118, 'EUR', 'EU average household gas price', None, None, None, H1, 'Eurostat'),
        ('5.4%', 1, 5.4, 'percent', 'EU average household gas price', 'increase', 'period_on_period', None, H1, 'Eurostat'),
        ('26%', 1, 26, 'percent', 'share of taxes and levies in the household gas price', None, None, None, H1, 'Eurostat'),
        ('9.2%', 1, 9.2, 'percent', 'share of EU population unable to keep their home adequately warm', 'decrease', None, 'approximately', Y('in 2024', 2024), 'Eurostat'),
        ('10.6%', 1, 10.6, 'percent', 'share of EU population unable to keep their home adequately warm', None, None, None, Y('in 2023', 2023), 'Eurostat'),
    ],
    'nbs_style_energy_production.txt': [
        ('410.2 million tonnes', 1, 410.2e6, 'tonne', 'output of raw coal by industrial enterprises above designated size', None, None, None, SEP, NBS),
        ('1.8 percent', 1, 1.8, 'percent', 'output of raw coal', 'decrease', 'year_on_year', None, SEP, NBS),
        ('1.4 percentage points', 1, 1.4, 'percentage_point', 'decline in raw coal output', 'decrease', 'month_on_month', None, SEP, NBS),
        ('13.67 million tonnes', 1, 13.67e6, 'tonne', 'average daily raw coal output', None, None, None, SEP, NBS),
        ('3.55 billion tonnes', 1, 3.55e9, 'tonne', 'raw coal output', None, None, None, JTS, NBS),
        ('2.0 percent', 1, 2.0, 'percent', 'raw coal output', 'increase', 'year_on_year', None, JTS, NBS),
        ('17.8 million tonnes', 1, 17.8e6, 'tonne', 'output of crude oil', None, None, None, ISEP, NBS),
        ('1.5 percent', 1, 1.5, 'percent', 'output of crude oil', 'increase', 'year_on_year', None, ISEP, NBS),
        ('593,000 tonnes', 1, 593000, 'tonne', 'average daily crude oil output', None, None, None, ISEP, NBS),
        ('161.4 million tonnes', 1, 161.4e6, 'tonne', 'crude oil output', None, None, None, JTS, NBS),
        ('1.7 percent', 1, 1.7, 'percent', 'crude oil output', 'increase', 'year_on_year', None, JTS, NBS),
        ('21.6 billion cubic meters', 1, 21.6e9, 'cubic metre', 'output of natural gas', None, None, None, ISEP, NBS),
        ('6.9 percent', 1, 6.9, 'percent', 'output of natural gas', 'increase', 'year_on_year', None, ISEP, NBS),
        ('720 million cubic meters', 1, 720e6, 'cubic metre', 'daily natural gas output', None, None, None, ISEP, NBS),
        ('195.3 billion cubic meters', 1, 195.3e9, 'cubic metre', 'natural gas output', None, None, None, P('Over the first nine months', '2025-01-01', '2025-09-30'), NBS),
        ('6.4 percent', 1, 6.4, 'percent', 'natural gas output', 'increase', 'year_on_year', None, P('Over the first nine months', '2025-01-01', '2025-09-30'), NBS),
        ('832.5 billion kWh', 1, 832.5e9, 'kilowatt hour', 'electricity generation of industrial enterprises above designated size', None, None, None, ISEP, NBS),
        ('2.9 percent', 1, 2.9, 'percent', 'electricity generation', 'increase', 'year_on_year', None, ISEP, NBS),
        ('0.6 percentage points', 1, 0.6, 'percentage_point', 'electricity generation growth', 'increase', 'month_on_month', None, ISEP, NBS),
        ('27.75 billion kWh', 1, 27.75e9, 'kilowatt hour', 'average daily generation', None, None, None, ISEP, NBS),
        ('7,265.1 billion kWh', 1, 7265.1e9, 'kilowatt hour', 'generation', None, None, None, JTS, NBS),
        ('1.6 percent', 1, 1.6, 'percent', 'generation', 'increase', 'year_on_year', None, JTS, NBS),
        ('3.5 percent', 1, 3.5, 'percent', 'thermal power', 'decrease', 'year_on_year', None, ISEP, NBS),
        ('9.1 percent', 1, 9.1, 'percent', 'hydropower', 'increase', 'year_on_year', None, ISEP, NBS),
        ('12.4 percent', 1, 12.4, 'percent', 'wind power', 'increase', 'year_on_year', None, ISEP, NBS),
        ('21.7 percent', 1, 21.7, 'percent', 'solar power', 'increase', 'year_on_year', None, ISEP, NBS),
        ('4.2 percent', 1, 4.2, 'percent', 'nuclear power', 'increase', 'year_on_year', None, ISEP, NBS),
        ('two thirds', 1, 0.6667, 'fraction', 'thermal power share of total generation', None, None, 'approximately', ISEP, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
