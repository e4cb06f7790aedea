# ruff: noqa: E501, RUF001
"""Write corpus/annotated_50/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_50.py corpus/annotated_50
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
FED = "Federal Reserve"
IBGE = "Brazilian Institute of Geography and Statistics"
BCB = "Central Bank of Brazil"
REU = "Reuters"
GM = "General Motors"
FORD = "Ford Motor"
TMNA = "Toyota Motor North America"
COX = "Cox Automotive"
KBB = "Kelley Blue Book"
WARDS = "Wards Intelligence"
EST = "Eurostat"
BBG = "Bloomberg"
CSO = "Central Statistics Office"
TE = "Trading Economics"
EIA = "U.S. Energy Information Administration"
USDA = "U.S. Department of Agriculture"
CPR = "Counterpoint Research"
IDC = "International Data Corporation"
SPE = "SolarPower Europe"
NBS = "National Bureau of Statistics"

# 5001 ONS cost of living insights (ref Friday 2025-12-05)
LATEST = P("in the latest survey wave (12 to 23 November 2025)", "2025-11-12", "2025-11-23")
PREVW = P("in the previous wave (29 October to 9 November 2025)", "2025-10-29", "2025-11-09")
LW = P("in the latest wave", "2025-11-12", "2025-11-23")
FIELD = P("between Wednesday 12 November and Sunday 23 November 2025", "2025-11-12", "2025-11-23")
INPER = P("in the period 12 to 23 November 2025", "2025-11-12", "2025-11-23")
LW2 = P("In the latest wave", "2025-11-12", "2025-11-23")
BETW = P("Between 12 and 23 November 2025", "2025-11-12", "2025-11-23")
# 5002 Reuters 1987 (ref Wednesday 1987-04-15)
MAR = per("in March", 1987, 3)
FEB = per("in February", 1987, 2)
# 5003 Reuters 2025 (ref Thursday 2025-12-04)
TQ = Q("in the third quarter", 2025, 3)
JS = Q("in July-September", 2025, 3)
TMS = P("in the three months to September", "2025-07-01", "2025-09-30")
N9 = P("In the first nine months of 2025", "2025-01-01", "2025-09-30")
# 5004 CNBC (ref Wednesday 2025-10-01)
CTQ = Q("in the third quarter", 2025, 3)
JSP = Q("in the July-September period", 2025, 3)
THRU = P("Through September", "2025-01-01", "2025-09-30")
TQA = Q("third-quarter", 2025, 3)
INQ = Q("in the quarter", 2025, 3)
CSEP = per("in September", 2025, 9)
# 5005 MT Newswires (ref Thursday 2025-12-04)
MOCT = per("in October", 2025, 10)
MB = per("the month before", 2025, 9)
# 5006 Trading Economics (ref Thursday 2025-12-04)
T3M = P("in the three months to September 2025", "2025-07-01", "2025-09-30")
# 5007 Investing.com (ref Wednesday 2025-07-23)
ET = P("By 11:20 ET", None, None)
EIAW = P("in the week ended July 18", "2025-07-12", "2025-07-18")
SUN = P("as of Sunday", "2025-07-20", "2025-07-20")
USW = P("in the week ended July 17", "2025-07-11", "2025-07-17")
# 5008 Business Standard (ref Wednesday 2025-11-12)
JSQ = Q("in the July-September quarter", 2025, 3)
BQ = Q("in the quarter", 2025, 3)
DQ = Q("during the quarter", 2025, 3)
FEST = P("during the Diwali-linked festive sale period (Sept 22 – Oct 23)", "2025-09-22", "2025-10-23")
CAL = Y("For calendar 2025", 2025)
# 5009 DG ENER (ref Wednesday 2026-04-22)
LY = Y("last year", 2025)
I25 = Y("in 2025", 2025)
# 5010 NBS (ref Monday 2025-10-20)
F3Q = P("in the first three quarters of 2025", "2025-01-01", "2025-09-30")
F3QB = P("In the first three quarters", "2025-01-01", "2025-09-30")
F3QC = P("in the first three quarters", "2025-01-01", "2025-09-30")
Q3N = Q("In the third quarter", 2025, 3)

FEE = "share of adults who pay energy bills finding them difficult to afford"
OUTPUT = "output of the nation's factories, mines and utilities"
IPI = "seasonally adjusted industrial production index"
CU = "capacity utilization in manufacturing, mining and utilities"
GMS = "GM's U.S. sales"
EVSH = "EV share of new-vehicle sales"
RTV = "retail trade volumes in the euro area"
GRI = "GDP Growth Rate in Ireland"
DEC = "CBOT December corn contract"
PCE = "per capita consumption expenditure"

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_cost_of_living_insights.txt': [
        ('half', 1, 0.5, 'fraction', 'share of adults reporting their cost of living had risen', None, None, 'more_than', LATEST, None),
        ('52%', 1, 52, 'percent', 'share of adults reporting their cost of living had risen', None, None, None, LATEST, None),
        ('55%', 1, 55, 'percent', 'share of adults reporting their cost of living had risen', None, None, None, PREVW, None),
        ('61%', 1, 61, 'percent', 'share of adults aged 30 to 49 years cutting back on non-essential spending', None, None, None, LW, None),
        ('54%', 1, 54, 'percent', 'share of adults aged 16 to 29 years cutting back on non-essential spending', None, None, None, LW, None),
        ('38%', 1, 38, 'percent', 'share of adults aged 70 years and over cutting back on non-essential spending', None, None, None, LW, None),
        ('2,987', 1, 2987, 'count', 'adults who responded to the survey', None, None, None, FIELD, ONS),
        ('44%', 1, 44, 'percent', 'survey response rate', None, None, None, FIELD, ONS),
        ('41%', 1, 41, 'percent', FEE, None, None, None, INPER, ONS),
        ('3 percentage points', 1, 3, 'percentage_point', FEE, 'increase', 'period_on_period', None, INPER, ONS),
        ('53%', 1, 53, 'percent', 'share of renters finding energy bills difficult to afford', None, None, None, INPER, ONS),
        ('44%', 2, 44, 'percent', 'share of mortgage holders finding energy bills difficult to afford', None, None, None, INPER, ONS),
        ('27%', 1, 27, 'percent', 'share of outright owners finding energy bills difficult to afford', None, None, None, INPER, ONS),
        ('2 in 3', 1, 0.6667, 'fraction', 'share of adults using less gas and electricity at home', None, None, 'approximately', LW2, ONS),
        ('66%', 1, 66, 'percent', 'share of adults using less gas and electricity at home', None, None, None, LW2, ONS),
        ('45%', 1, 45, 'percent', 'share of adults spending less on food shopping and essentials', None, None, None, LW2, ONS),
        ('a third', 1, 0.3333, 'fraction', 'share of adults aged 70 years and over finding it difficult to pay their energy bills', 'increase', None, 'approximately', LW2, ONS),
        ('24%', 1, 24, 'percent', 'share of adults aged 70 years and over finding it difficult to pay their energy bills', None, None, None, P('in the same period a year earlier', '2024-11-12', '2024-11-23'), ONS),
        ('7%', 1, 7, 'percent', 'share of adults who had run out of food and were unable to afford more', None, None, None, BETW, ONS),
        ('1.5 percentage points', 1, 1.5, 'percentage_point', 'share of adults who had run out of food and were unable to afford more', 'decrease', 'year_on_year', None, BETW, ONS),
        ('8.5%', 1, 8.5, 'percent', 'share of adults who had run out of food and were unable to afford more', None, None, None, P('in the same period of 2024', '2024-11-12', '2024-11-23'), ONS),
        ('89%', 1, 89, 'percent', 'share of adults cutting back citing higher food prices', None, None, None, BETW, ONS),
        ('68%', 1, 68, 'percent', 'share of adults cutting back citing higher energy bills', None, None, None, BETW, ONS),
    ],
    'wire_1987_us_industrial_production.txt': [
        ('0.5 PCT', 1, 0.5, 'percent', 'U.S. industrial output', 'increase', None, None, per('IN MARCH', 1987, 3), None),
        ('0.5 pct', 1, 0.5, 'percent', OUTPUT, 'increase', 'month_on_month', None, MAR, FED),
        ('0.3 pct', 1, 0.3, 'percent', OUTPUT, 'increase', 'month_on_month', None, per('February', 1987, 2), FED),
        ('0.5 pct', 2, 0.5, 'percent', OUTPUT, None, 'month_on_month', None, per('February', 1987, 2), FED),
        ('0.3', 2, 0.3, 'percent', OUTPUT, 'increase', 'month_on_month', None, per('March', 1987, 3), None),
        ('0.4 pct', 1, 0.4, 'percent', OUTPUT, 'increase', 'month_on_month', None, per('March', 1987, 3), None),
        ('127.4', 1, 127.4, 'index_point', IPI, 'increase', None, None, MAR, FED),
        ('126.8', 1, 126.8, 'index_point', IPI, None, None, None, FEB, FED),
        ('1.8 pct', 1, 1.8, 'percent', IPI, 'increase', 'year_on_year', None, MAR, FED),
        ('125.1', 1, 125.1, 'index_point', IPI, None, None, None, per('in March 1986', 1986, 3), FED),
        ('0.6 pct', 1, 0.6, 'percent', 'manufacturing output', 'increase', None, None, MAR, FED),
        ('0.8 pct', 1, 0.8, 'percent', 'durable goods output', 'increase', None, None, MAR, FED),
        ('0.3 pct', 2, 0.3, 'percent', 'nondurables output', 'increase', None, None, MAR, FED),
        ('1.2 pct', 1, 1.2, 'percent', 'mining output', 'decrease', None, None, MAR, FED),
        ('79.8 pct', 1, 79.8, 'percent', CU, 'increase', None, None, MAR, FED),
        ('79.5 pct', 1, 79.5, 'percent', CU, None, None, None, FEB, FED),
        ('80.1 pct', 1, 80.1, 'percent', 'capacity utilization of factories', 'increase', None, None, MAR, FED),
        ('79.7 pct', 1, 79.7, 'percent', 'capacity utilization of factories', None, None, None, FEB, FED),
        ('79.3 pct', 1, 79.3, 'percent', CU, None, None, None, per('in March last year', 1986, 3), FED),
        ('2.9 pct', 1, 2.9, 'percent', 'industrial production', 'increase', 'quarter_on_quarter', None, Q('For the first quarter', 1987, 1), FED),
        ('4.1 pct', 1, 4.1, 'percent', 'industrial production', 'increase', 'quarter_on_quarter', None, Q('in the fourth quarter of 1986', 1986, 4), FED),
        ('2.3 pct', 1, 2.3, 'percent', 'output of motor vehicles and parts', 'decrease', None, None, MAR, FED),
        ('7.4 mln units', 1, 7.4e6, 'count', 'auto assemblies', 'decrease', None, None, MAR, FED),
        ('7.8 mln', 1, 7.8e6, 'count', 'auto assemblies', None, None, None, FEB, FED),
        ('0.7 pct', 1, 0.7, 'percent', 'business equipment production', 'increase', None, None, MAR, FED),
        ('0.4 pct', 2, 0.4, 'percent', 'defense and space equipment production', 'increase', None, None, MAR, FED),
    ],
    'wire_2025_brazil_gdp_quarterly.txt': [
        ('0.1%', 1, 0.1, 'percent', "Brazil's economy", 'increase', None, None, Q('in third quarter', 2025, 3), None),
        ('0.1%', 2, 0.1, 'percent', "Brazil's gross domestic product", 'increase', 'quarter_on_quarter', None, TQ, IBGE),
        ('0.3%', 1, 0.3, 'percent', "Brazil's gross domestic product", None, 'quarter_on_quarter', None, Q('in the April-June period', 2025, 2), IBGE),
        ('0.2%', 1, 0.2, 'percent', "Brazil's gross domestic product", None, 'quarter_on_quarter', None, TQ, REU),
        ('1.8%', 1, 1.8, 'percent', 'economy', 'increase', 'year_on_year', None, JS, IBGE),
        ('2.0%', 1, 2.0, 'percent', 'economy', None, 'year_on_year', None, JS, None),
        ('3.6%', 1, 3.6, 'percent', 'agriculture', 'decrease', 'quarter_on_quarter', None, None, IBGE),
        ('0.8%', 1, 0.8, 'percent', 'industry', 'increase', 'quarter_on_quarter', None, None, IBGE),
        ('0.1%', 3, 0.1, 'percent', 'services', 'increase', 'quarter_on_quarter', None, None, IBGE),
        ('9.2%', 1, 9.2, 'percent', 'farm output', 'increase', 'year_on_year', None, None, IBGE),
        ('0.1%', 4, 0.1, 'percent', 'household consumption', 'increase', 'quarter_on_quarter', None, TMS, IBGE),
        ('1.3%', 1, 1.3, 'percent', 'government spending', 'increase', 'quarter_on_quarter', None, TMS, IBGE),
        ('0.6%', 1, 0.6, 'percent', 'gross fixed capital formation', 'decrease', 'quarter_on_quarter', None, TMS, IBGE),
        ('17.2%', 1, 17.2, 'percent', 'investment rate', None, None, None, TMS, IBGE),
        ('16.9%', 1, 16.9, 'percent', 'investment rate', None, None, None, Q('in the third quarter of 2024', 2024, 3), IBGE),
        ('2.4%', 1, 2.4, 'percent', 'GDP', 'increase', 'year_on_year', None, N9, IBGE),
        ('3.2 trillion reais', 1, 3.2e12, 'BRL', 'output in nominal terms', None, None, None, Q('third-quarter', 2025, 3), IBGE),
        ('2.2%', 1, 2.2, 'percent', 'growth', 'increase', None, None, Y('for 2025', 2025), BCB),
        ('1.8%', 2, 1.8, 'percent', 'growth', 'increase', None, None, Y('in 2026', 2026), BCB),
        ('15%', 1, 15, 'percent', 'benchmark Selic rate', None, None, None, P('since June', '2025-06-01', '2025-12-04'), BCB),
    ],
    'cnbc_style_automakers_quarterly_us_sales.txt': [
        ('8%', 1, 8, 'percent', GMS, 'increase', None, None, Q('in third quarter', 2025, 3), None),
        ('8%', 2, 8, 'percent', GMS, 'increase', 'year_on_year', None, CTQ, GM),
        ('$7,500', 1, 7500, 'USD', 'federal EV tax credit', None, None, None, None, None),
        ('710,347', 1, 710347, 'count', 'vehicles sold by GM', None, None, None, JSP, GM),
        ('66,501', 1, 66501, 'count', 'EVs sold by GM', None, None, None, JSP, GM),
        ('double', 1, 2, 'times', 'EVs sold by GM', 'increase', 'year_on_year', 'more_than', JSP, GM),
        ('32,095', 1, 32095, 'count', 'EVs sold by GM', None, None, None, Q('in the same quarter of 2024', 2024, 3), GM),
        ('8%', 3, 8, 'percent', GMS, 'increase', 'year_on_year', None, THRU, GM),
        ('2.1 million units', 1, 2.1e6, 'count', GMS, 'increase', None, 'approximately', THRU, GM),
        ('8.2%', 1, 8.2, 'percent', "Ford's U.S. sales", 'increase', None, None, TQA, FORD),
        ('545,522', 1, 545522, 'count', "Ford's U.S. sales", 'increase', None, None, TQA, FORD),
        ('28%', 1, 28, 'percent', "Ford's hybrid vehicle sales", 'increase', None, None, TQA, FORD),
        ('30%', 1, 30, 'percent', "Ford's electric vehicle sales", 'increase', None, None, TQA, FORD),
        ('14.2%', 1, 14.2, 'percent', 'Toyota Motor North America volume', 'increase', None, None, TQA, TMNA),
        ('9.6%', 1, 9.6, 'percent', 'Lexus volume', 'increase', None, None, TQA, TMNA),
        ('14.9%', 1, 14.9, 'percent', 'Toyota brand volume', 'increase', None, None, TQA, TMNA),
        ('10.5%', 1, 10.5, 'percent', EVSH, 'increase', None, None, INQ, COX),
        ('7.8%', 1, 7.8, 'percent', EVSH, None, None, None, Q('in the second quarter', 2025, 2), COX),
        ('15%', 1, 15, 'percent', 'hybrid share of new-vehicle sales', None, None, 'approximately', INQ, COX),
        ('5%', 1, 5, 'percent', 'EV share', 'decrease', None, None, Q('in the fourth quarter', 2025, 4), COX),
        ('6%', 1, 6, 'percent', 'EV share', 'decrease', None, None, Q('in the fourth quarter', 2025, 4), COX),
        ('$50,080', 1, 50080, 'USD', 'average transaction price of a new vehicle', None, None, None, CSEP, KBB),
        ('7.4%', 1, 7.4, 'percent', 'incentives share of the transaction price', 'decrease', None, None, CSEP, KBB),
        ('7.9%', 1, 7.9, 'percent', 'incentives share of the transaction price', None, None, None, per('a year earlier', 2024, 9), KBB),
        ('$9,500', 1, 9500, 'USD', 'EV incentives', None, None, None, CSEP, KBB),
        ('16%', 1, 16, 'percent', 'EV incentives share of the average EV price', None, None, 'approximately', CSEP, KBB),
        ('16.4 million', 1, 16.4e6, 'count', 'seasonally adjusted annual selling rate', None, None, None, CSEP, WARDS),
        ('15.5 million', 1, 15.5e6, 'count', 'seasonally adjusted annual selling rate', 'decrease', None, 'approximately', per('in October', 2025, 10), None),
    ],
    'mt_newswires_euro_zone_retail_sales.txt': [
        ('0.2%', 1, 0.2, 'percent', RTV, 'decrease', 'month_on_month', None, MB, EST),
        ('-0.1%', 1, -0.1, 'percent', RTV, 'decrease', 'month_on_month', None, MB, EST),
        ('0.2%', 2, 0.2, 'percent', RTV, 'increase', 'month_on_month', None, per('for October', 2025, 10), BBG),
        ('0.1%', 1, 0.1, 'percent', 'seasonally adjusted retail volumes in the European Union', 'increase', 'month_on_month', None, None, EST),
        ('1.5%', 1, 1.5, 'percent', 'euro-area sales', 'increase', 'year_on_year', None, MOCT, EST),
        ('1.7%', 1, 1.7, 'percent', 'euro-area sales', None, 'year_on_year', None, MOCT, None),
        ('1.6%', 1, 1.6, 'percent', 'euro-area sales', None, 'year_on_year', None, per('in September', 2025, 9), EST),
        ('2.0%', 1, 2.0, 'percent', 'EU volumes', 'increase', 'year_on_year', None, MOCT, EST),
        ('0.3%', 1, 0.3, 'percent', 'sales of food, drinks and tobacco in the euro area', 'decrease', 'month_on_month', None, None, EST),
        ('0.2%', 3, 0.2, 'percent', 'sales of non-food products excluding automotive fuel', 'increase', 'month_on_month', None, None, EST),
        ('0.4%', 1, 0.4, 'percent', 'sales of automotive fuel in specialised stores', 'increase', 'month_on_month', None, None, EST),
        ('+2.9%', 1, 2.9, 'percent', 'retail trade volumes in Slovenia', 'increase', 'month_on_month', None, None, EST),
        ('+1.7%', 1, 1.7, 'percent', 'retail trade volumes in Portugal', 'increase', 'month_on_month', None, None, EST),
        ('+1.4%', 1, 1.4, 'percent', 'retail trade volumes in Lithuania', 'increase', 'month_on_month', None, None, EST),
        ('-1.8%', 1, -1.8, 'percent', 'retail trade volumes in Belgium', 'decrease', 'month_on_month', None, None, EST),
        ('-0.6%', 1, -0.6, 'percent', 'retail trade volumes in Germany', 'decrease', 'month_on_month', None, None, EST),
        ('6.8%', 1, 6.8, 'percent', 'retail trade volumes in Croatia', 'increase', 'year_on_year', None, None, EST),
        ('5.9%', 1, 5.9, 'percent', 'retail trade volumes in Poland', 'increase', 'year_on_year', None, None, EST),
        ('2.3%', 1, 2.3, 'percent', 'retail trade volumes in Estonia', 'decrease', 'year_on_year', None, None, EST),
    ],
    'trading_economics_style_ireland_gdp.txt': [
        ('1.1%', 1, 1.1, 'percent', 'Irish economy', 'increase', 'quarter_on_quarter', None, T3M, CSO),
        ('0.7%', 1, 0.7, 'percent', 'Irish economy', None, 'quarter_on_quarter', None, T3M, CSO),
        ('1.0%', 1, 1.0, 'percent', 'Irish economy', 'decrease', 'quarter_on_quarter', None, Q('in Q2', 2025, 2), CSO),
        ('3.4%', 1, 3.4, 'percent', 'multinational-dominated sectors', 'increase', 'quarter_on_quarter', None, T3M, CSO),
        ('0.3%', 1, 0.3, 'percent', 'rest of the economy', 'increase', 'quarter_on_quarter', None, T3M, CSO),
        ('1.8%', 1, 1.8, 'percent', 'modified domestic demand', 'increase', 'quarter_on_quarter', None, T3M, CSO),
        ('0.9%', 1, 0.9, 'percent', 'personal consumption', 'increase', 'quarter_on_quarter', None, T3M, CSO),
        ('4.6%', 1, 4.6, 'percent', 'modified investment', 'increase', 'quarter_on_quarter', None, T3M, CSO),
        ('4.7%', 1, 4.7, 'percent', 'exports', 'increase', 'quarter_on_quarter', None, T3M, CSO),
        ('2.1%', 1, 2.1, 'percent', 'imports', 'increase', 'quarter_on_quarter', None, T3M, CSO),
        ('10.8%', 1, 10.8, 'percent', 'GDP', 'increase', 'year_on_year', None, T3M, CSO),
        ('16.5%', 1, 16.5, 'percent', 'GDP', 'increase', 'year_on_year', None, Q('in the second quarter', 2025, 2), CSO),
        ('3.2%', 1, 3.2, 'percent', 'modified domestic demand', 'increase', 'year_on_year', None, T3M, CSO),
        ('13.4%', 1, 13.4, 'percent', 'economy', 'increase', 'year_on_year', None, P('In the first nine months of 2025', '2025-01-01', '2025-09-30'), CSO),
        ('0.91 percent', 1, 0.91, 'percent', GRI + ' average', None, None, None, P('from 1997 until 2025', '1997-01-01', '2025-12-31'), CSO),
        ('21.90 percent', 1, 21.90, 'percent', GRI + ' all time high', None, None, None, Q('in the first quarter of 2015', 2015, 1), CSO),
        ('-8.00 percent', 1, -8.00, 'percent', GRI + ' record low', 'decrease', None, None, Q('in the fourth quarter of 2016', 2016, 4), CSO),
        ('0.60 percent', 1, 0.60, 'percent', GRI, None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('0.80 percent', 1, 0.80, 'percent', 'Ireland GDP Growth Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('0.50 percent', 1, 0.50, 'percent', 'Ireland GDP Growth Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_corn_futures_ethanol.txt': [
        ('4-1/4 cents', 1, 0.0425, 'USD', DEC, 'decrease', None, None, ET, None),
        ('1.0%', 1, 1.0, 'percent', DEC, 'decrease', None, None, ET, None),
        ('$4.18-1/2', 1, 4.185, 'USD', DEC, 'decrease', None, None, ET, None),
        ('$4.15', 1, 4.15, 'USD', 'CBOT December corn contract session low', None, None, None, ET, None),
        ('3-3/4 cents', 1, 0.0375, 'USD', 'September corn', 'decrease', None, None, ET, None),
        ('$4.02', 1, 4.02, 'USD', 'September corn', 'decrease', None, None, ET, None),
        ('0.4%', 1, 0.4, 'percent', 'soybeans', 'decrease', None, None, ET, None),
        ('$10.21-3/4', 1, 10.2175, 'USD', 'soybeans', 'decrease', None, None, ET, None),
        ('0.6%', 1, 0.6, 'percent', 'wheat', 'decrease', None, None, ET, None),
        ('$5.42', 1, 5.42, 'USD', 'wheat', 'decrease', None, None, ET, None),
        ('1.08 million barrels per day', 1, 1.08e6, 'barrel per day', 'ethanol production', None, None, None, EIAW, EIA),
        ('16,000 bpd', 1, 16000, 'barrel per day', 'ethanol production', 'decrease', 'period_on_period', None, EIAW, EIA),
        ('3.2%', 1, 3.2, 'percent', 'ethanol production', 'increase', 'year_on_year', None, EIAW, EIA),
        ('1.1%', 1, 1.1, 'percent', 'ethanol stocks', 'increase', 'period_on_period', None, EIAW, EIA),
        ('23.3 million barrels', 1, 23.3e6, 'barrel', 'ethanol stocks', 'increase', None, None, EIAW, EIA),
        ('74%', 1, 74, 'percent', 'share of the corn crop in good to excellent condition', 'increase', None, None, SUN, USDA),
        ('68%', 1, 68, 'percent', 'share of the corn crop in good to excellent condition', None, None, None, P('a year ago', '2024-07-20', '2024-07-20'), USDA),
        ('56%', 1, 56, 'percent', 'share of the corn crop silking', None, None, None, SUN, USDA),
        ('46%', 1, 46, 'percent', 'five-year average share of the corn crop silking', None, None, None, None, USDA),
        ('742,600 tonnes', 1, 742600, 'tonne', 'net export sales of old-crop corn', None, None, None, USW, USDA),
        ('350,000', 1, 350000, 'tonne', 'net export sales of old-crop corn', None, None, None, USW, None),
        ('800,000 tonnes', 1, 800000, 'tonne', 'net export sales of old-crop corn', None, None, None, USW, None),
        ('1.36 million tonnes', 1, 1.36e6, 'tonne', 'new-crop sales', None, None, None, USW, USDA),
    ],
    'business_standard_style_smartphone_shipments.txt': [
        ('5%', 1, 5, 'percent', 'smartphone shipments', 'increase', None, None, Q('in festive quarter', 2025, 3), None),
        ('5 per cent', 1, 5, 'percent', "India's smartphone shipments", 'increase', 'year_on_year', None, JSQ, CPR),
        ('48.4 million units', 1, 48.4e6, 'count', "India's smartphone shipments", 'increase', None, None, JSQ, CPR),
        ('19 per cent', 1, 19, 'percent', "Vivo's market share", None, None, None, BQ, CPR),
        ('16 per cent', 1, 16, 'percent', "Samsung's market share", None, None, None, BQ, CPR),
        ('13 per cent', 1, 13, 'percent', "Oppo's market share", None, None, None, BQ, CPR),
        ('5 million', 1, 5e6, 'count', "Apple's iPhone shipments", None, None, None, DQ, CPR),
        ('25 per cent', 1, 25, 'percent', "Apple's iPhone shipments", 'increase', 'year_on_year', None, DQ, CPR),
        ('10 per cent', 1, 10, 'percent', "Apple's share by volume", None, None, 'approximately', DQ, CPR),
        ('9 per cent', 1, 9, 'percent', 'average selling price', 'increase', 'year_on_year', None, BQ, CPR),
        ('₹23,500', 1, 23500, 'INR', 'average selling price', 'increase', None, None, BQ, CPR),
        ('a fourth', 1, 0.25, 'fraction', 'premium devices share of shipments', None, None, 'approximately', BQ, CPR),
        ('19 per cent', 2, 19, 'percent', 'premium devices share of shipments', None, None, None, Q('in Q3 2024', 2024, 3), CPR),
        ('87 per cent', 1, 87, 'percent', '5G smartphones share of shipments', None, None, None, None, CPR),
        ('22 per cent', 1, 22, 'percent', 'entry-level phones', 'decrease', 'year_on_year', None, None, CPR),
        ('3 per cent', 1, 3, 'percent', 'mid-range segment', 'increase', 'year_on_year', None, None, CPR),
        ('48.0 mn units', 1, 48.0e6, 'count', 'shipments', None, None, None, Q('third-quarter', 2025, 3), IDC),
        ('4.8 per cent', 1, 4.8, 'percent', 'shipments', 'increase', None, None, Q('third-quarter', 2025, 3), IDC),
        ('₹1.2 trillion', 1, 1.2e12, 'INR', 'online smartphone sales', None, None, 'approximately', FEST, IDC),
        ('2', 1, 2, 'percent', 'shipments', 'increase', None, None, CAL, CPR),
        ('3 per cent', 2, 3, 'percent', 'shipments', 'increase', None, None, CAL, CPR),
        ('155 mn units', 1, 155e6, 'count', 'shipments', 'increase', None, 'approximately', CAL, CPR),
    ],
    'eu_energy_style_battery_storage_installations.txt': [
        ('27.1 GWh', 1, 27.1, 'gigawatt hour', 'new battery energy storage systems installed in the EU', None, None, None, Y('In 2025', 2025), SPE),
        ('45%', 1, 45, 'percent', 'new battery energy storage systems installed in the EU', 'increase', 'year_on_year', None, Y('In 2025', 2025), SPE),
        ('77 GWh', 1, 77, 'gigawatt hour', 'total operational capacity', 'increase', None, None, P('by the end of the year', '2025-12-31', '2025-12-31'), SPE),
        ('55%', 1, 55, 'percent', 'utility-scale projects share of new installations', None, None, None, None, SPE),
        ('9.8 GWh', 1, 9.8, 'gigawatt hour', 'residential batteries', None, None, None, None, SPE),
        ('-12%', 1, -12, 'percent', 'residential batteries', 'decrease', 'year_on_year', None, None, SPE),
        ('2.4 GWh', 1, 2.4, 'gigawatt hour', 'commercial and industrial (C&I) systems', 'increase', None, None, None, SPE),
        ('6.8 GWh', 1, 6.8, 'gigawatt hour', 'capacity installed in Germany', None, None, None, LY, SPE),
        ('5.1 GWh', 1, 5.1, 'gigawatt hour', 'capacity installed in Italy', None, None, None, LY, SPE),
        ('2.9 GWh', 1, 2.9, 'gigawatt hour', 'capacity installed in Spain', None, None, None, LY, SPE),
        ('38%', 1, 38, 'percent', 'new capacity in Italy', 'increase', 'year_on_year', None, LY, SPE),
        ('61%', 1, 61, 'percent', 'new capacity in Spain', 'increase', 'year_on_year', None, LY, SPE),
        ('12.6 GW', 1, 12.6, 'gigawatt', 'new installations in power terms', None, None, None, I25, SPE),
        ('8.9 GW', 1, 8.9, 'gigawatt', 'new installations in power terms', None, None, None, Y('a year earlier', 2024), SPE),
        ('2.3 hours', 1, 2.3, 'hour', 'average duration of new utility-scale systems', 'increase', None, None, I25, SPE),
        ('1.9 hours', 1, 1.9, 'hour', 'average duration of new utility-scale systems', None, None, None, Y('in 2024', 2024), SPE),
        ('8.4 GWh', 1, 8.4, 'gigawatt hour', 'capacity commissioned', None, None, 'approximately', Q('In the fourth quarter of 2025', 2025, 4), SPE),
        ('100 GWh', 1, 100, 'gigawatt hour', 'project pipelines with grid connection agreements', None, None, 'more_than', P('at the end of March 2026', '2026-03-31', '2026-03-31'), SPE),
        ('35', 1, 35, 'gigawatt hour', 'annual installations', None, None, None, Y('in 2026', 2026), SPE),
        ('40 GWh', 1, 40, 'gigawatt hour', 'annual installations', None, None, None, Y('in 2026', 2026), SPE),
    ],
    'nbs_style_residents_consumption_expenditure.txt': [
        ('21,575 yuan', 1, 21575, 'CNY', 'nationwide per capita consumption expenditure of residents', None, None, None, F3Q, NBS),
        ('4.6 percent', 1, 4.6, 'percent', 'nominal ' + PCE, 'increase', 'year_on_year', None, F3Q, NBS),
        ('5.0 percent', 1, 5.0, 'percent', 'real ' + PCE, 'increase', 'year_on_year', None, F3Q, NBS),
        ('27,432 yuan', 1, 27432, 'CNY', PCE + ' of urban residents', None, None, None, F3Q, NBS),
        ('3.9 percent', 1, 3.9, 'percent', PCE + ' of urban residents', 'increase', 'year_on_year', None, F3Q, NBS),
        ('4.3 percent', 1, 4.3, 'percent', 'real ' + PCE + ' of urban residents', 'increase', 'year_on_year', None, F3Q, NBS),
        ('14,029 yuan', 1, 14029, 'CNY', PCE + ' of rural residents', None, None, None, F3Q, NBS),
        ('5.8 percent', 1, 5.8, 'percent', PCE + ' of rural residents', 'increase', 'year_on_year', None, F3Q, NBS),
        ('6.2 percent', 1, 6.2, 'percent', 'real ' + PCE + ' of rural residents', 'increase', 'year_on_year', None, F3Q, NBS),
        ('6,517 yuan', 1, 6517, 'CNY', PCE + ' on food, tobacco and liquor', None, None, None, F3QB, NBS),
        ('4.4 percent', 1, 4.4, 'percent', PCE + ' on food, tobacco and liquor', 'increase', 'year_on_year', None, F3QB, NBS),
        ('30.2 percent', 1, 30.2, 'percent', 'food, tobacco and liquor share of ' + PCE, None, None, None, F3QB, NBS),
        ('4,508 yuan', 1, 4508, 'CNY', PCE + ' on housing', None, None, None, F3QB, NBS),
        ('2.1 percent', 1, 2.1, 'percent', PCE + ' on housing', 'increase', 'year_on_year', None, F3QB, NBS),
        ('20.9 percent', 1, 20.9, 'percent', 'housing share of ' + PCE, None, None, None, F3QB, NBS),
        ('3,093 yuan', 1, 3093, 'CNY', PCE + ' on transportation and communication', None, None, None, F3QB, NBS),
        ('7.0 percent', 1, 7.0, 'percent', PCE + ' on transportation and communication', 'increase', 'year_on_year', None, F3QB, NBS),
        ('2,391 yuan', 1, 2391, 'CNY', PCE + ' on education, culture and recreation', None, None, None, F3QB, NBS),
        ('9.6 percent', 1, 9.6, 'percent', PCE + ' on education, culture and recreation', 'increase', 'year_on_year', None, F3QB, NBS),
        ('11.1 percent', 1, 11.1, 'percent', 'education, culture and recreation share of ' + PCE, None, None, None, F3QB, NBS),
        ('1.5 percent', 1, 1.5, 'percent', 'per capita expenditure on clothing', 'increase', 'year_on_year', None, F3QB, NBS),
        ('2.9 percent', 1, 2.9, 'percent', 'per capita expenditure on household articles and services', 'increase', 'year_on_year', None, F3QB, NBS),
        ('3.4 percent', 1, 3.4, 'percent', 'per capita expenditure on health care and medical services', 'increase', 'year_on_year', None, F3QB, NBS),
        ('4.8 percent', 1, 4.8, 'percent', PCE + ' of residents nationwide in nominal terms', 'increase', 'year_on_year', None, Q3N, NBS),
        ('0.5 percentage points', 1, 0.5, 'percentage_point', 'growth rate of ' + PCE + ' of residents nationwide', 'increase', 'quarter_on_quarter', None, Q3N, NBS),
        ('5.4 percent', 1, 5.4, 'percent', 'per capita service consumption expenditure of residents', 'increase', 'year_on_year', None, F3QC, NBS),
        ('160,000', 1, 160000, 'count', 'households covered by the household survey', None, None, 'approximately', None, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
