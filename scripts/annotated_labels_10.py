# ruff: noqa: E501
"""Write corpus/annotated_10/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_10.py corpus/annotated_10
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
MOF = "Ministry of Finance"
NBS = "National Bureau of Statistics"
SPG = "S&P Global"
DOC = "U.S. Department of Commerce"
BEA = "U.S. Bureau of Economic Analysis"
FED = "Federal Reserve"
CME = "CME Group"
IFO = "Ifo Institute"
TE = "Trading Economics"
BOJ = "Bank of Japan"
NSO = "National Statistics Office"
RBI = "Reserve Bank of India"
CGA = "Controller General of Accounts"
NDRC = "National Development and Reform Commission"

# 1001 ONS producer price inflation (ref 2025-09-17)
A12 = per("in the 12 months to August 2025", 2025, 8)
J12 = per("in the 12 months to July 2025", 2025, 7)
AUG25 = per("in August 2025", 2025, 8)
JUL25 = per("in July 2025", 2025, 7)
YTA = per("In the year to August 2025", 2025, 8)
I12 = per("In the 12 months to August 2025", 2025, 8)
Q2ONS = Q("in Quarter 2 (Apr to June) 2025", 2025, 2)
IAUG25 = per("In August 2025", 2025, 8)
YTJ = per("in the year to July", 2025, 7)
FJ25 = per("for July 2025", 2025, 7)
FJ = per("for July", 2025, 7)
# 1002 Reuters 1987 (ref 1987-04-13)
MARH = per("MARCH", 1987, 3)
MAR87 = per("in March", 1987, 3)
MARW = per("March", 1987, 3)
FEB87 = per("in February", 1987, 2)
YE87 = per("a year earlier", 1986, 3)
YB87 = per("a year before", 1986, 3)
YA87 = per("a year ago", 1986, 3)
FY87 = P("For the fiscal year ended March 31", "1986-04-01", "1987-03-31")
FY86 = P("in 1985/86", "1985-04-01", "1986-03-31")
# 1003 Reuters 2025 (ref 2025-09-30)
SEP = per("in September", 2025, 9)
ISEP = per("In September", 2025, 9)
AUG = per("in August", 2025, 8)
FSEP = per("for September", 2025, 9)
MAE = per("a month earlier", 2025, 8)
TY25 = Y("this year", 2025)
Q2CN = Q("in the second quarter", 2025, 2)
Q3CN = Q("in the third quarter", 2025, 3)
# 1004 CNBC (ref 2025-09-26)
IA = per("In August", 2025, 8)
JUL = per("in July", 2025, 7)
Q2US = Q("second-quarter", 2025, 2)
LW = P("last week", "2025-09-15", "2025-09-21")
OCT = per("in October", 2025, 10)
# 1005 MT Newswires (ref 2025-09-04)
JUN = per("in June", 2025, 6)
JUNW = per("June", 2025, 6)
F7 = P("In the first seven months of 2025", "2025-01-01", "2025-07-31")
IJUL = per("In July", 2025, 7)
# 1006 Trading Economics (ref 2025-09-22)
S25 = per("in September 2025", 2025, 9)
# 1007 Investing.com (ref 2025-10-01)
ET = P("by 03:40 ET", None, None)
SFW = P("so far this week", "2025-09-29", "2025-10-01")
SFY = P("so far this year", "2025-01-01", "2025-10-01")
FYJP = P("in the fiscal year ending March 2026", "2025-04-01", "2026-03-31")
MEET = P("at the Oct. 29-30 meeting", "2025-10-29", "2025-10-30")
WA = P("a week ago", "2025-09-24", "2025-09-24")
# 1008 Business Standard (ref 2025-08-29)
Q1H = P("Q1FY26", "2025-04-01", "2025-06-30")
AJ26 = P("in the April-June quarter of FY26", "2025-04-01", "2025-06-30")
SQ25 = P("in the same quarter of FY25", "2024-04-01", "2024-06-30")
JMQ = Q("in the January-March quarter", 2025, 1)
IQ1 = P("in Q1FY26", "2025-04-01", "2025-06-30")
YAIN = P("a year ago", "2024-04-01", "2024-06-30")
INQ = Q("in the quarter", 2025, 2)
YAQ = Q("in the year-ago quarter", 2024, 2)
AJ = Q("in April-June", 2025, 2)
FY26 = P("for FY26 as a whole", "2025-04-01", "2026-03-31")
JS = Q("in July-September", 2025, 3)
OD = Q("in October-December", 2025, 4)
JSQ = Q("in the July-September quarter", 2025, 3)
# 1009 DG ENER (ref 2025-10-15)
Q2E = Q("In the second quarter of 2025", 2025, 2)
Q2S = Q("in the second quarter", 2025, 2)
Q1E = Q("in Q1 2025", 2025, 1)
Q2T = Q("in Q2 2025", 2025, 2)
DQ = Q("during the quarter", 2025, 2)
OQ = Q("over the quarter", 2025, 2)
J30 = P("on 30 June 2025", "2025-06-30", "2025-06-30")
YBE = P("a year before", "2024-06-30", "2024-06-30")
OCTDEC = P("between 1 October and 1 December", "2025-10-01", "2025-12-01")
H1 = P("in the first half of 2025", "2025-01-01", "2025-06-30")
# 1010 NBS (ref 2025-07-11)
Y25 = Y("in 2025", 2025)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_producer_prices.txt': [
        ('0.8%', 1, 0.8, 'percent', 'producer input prices', 'increase', 'year_on_year', None, A12, None),
        ('0.5%', 1, 0.5, 'percent', 'producer input prices', None, 'year_on_year', None, J12, None),
        ('2.1%', 1, 2.1, 'percent', 'annual rate of output (factory gate) inflation', 'decrease', 'year_on_year', None, AUG25, None),
        ('2.3%', 1, 2.3, 'percent', 'annual rate of output (factory gate) inflation', None, 'year_on_year', None, JUL25, None),
        ('0.3%', 1, 0.3, 'percent', 'input prices', 'decrease', 'month_on_month', None, AUG25, None),
        ('0.1%', 1, 0.1, 'percent', 'output prices', 'increase', 'month_on_month', None, AUG25, None),
        ('0.63 percentage points', 1, 0.63, 'percentage_point', 'contribution of food products to the annual rate of output inflation', 'increase', 'year_on_year', None, None, None),
        ('Seven', 1, 7, 'count', 'product groups with upward contributions to the annual rate of output inflation', None, None, None, AUG25, ONS),
        ('6.2%', 1, 6.2, 'percent', 'prices of food products', 'increase', 'year_on_year', None, YTA, ONS),
        ('4.1%', 1, 4.1, 'percent', 'prices of tobacco and alcohol', 'increase', 'year_on_year', None, YTA, ONS),
        ('2.6%', 1, 2.6, 'percent', 'prices of transport equipment', 'increase', 'year_on_year', None, YTA, ONS),
        ('0.21 percentage points', 1, 0.21, 'percentage_point', 'contribution of petroleum products to the annual rate of output inflation', 'decrease', 'year_on_year', None, I12, ONS),
        ('8.7%', 1, 8.7, 'percent', 'prices of petroleum products', 'decrease', 'year_on_year', None, I12, ONS),
        ('0.7%', 1, 0.7, 'percent', 'output prices', 'increase', 'quarter_on_quarter', None, Q2ONS, ONS),
        ('140.2', 1, 140.2, 'index_point', 'headline output index', None, None, None, AUG25, ONS),
        ('0.93 percentage points', 1, 0.93, 'percentage_point', 'contribution of crude oil to the annual rate of input inflation', 'decrease', 'year_on_year', None, IAUG25, ONS),
        ('11.4%', 1, 11.4, 'percent', 'crude oil prices', 'decrease', 'year_on_year', None, IAUG25, ONS),
        ('14.9%', 1, 14.9, 'percent', 'crude oil prices', 'decrease', 'year_on_year', None, YTJ, ONS),
        ('two-fifths', 1, 0.4, 'fraction', 'share of imported materials in the input basket by weight', None, None, 'approximately', IAUG25, ONS),
        ('1.6%', 1, 1.6, 'percent', 'prices of imported materials', 'increase', 'year_on_year', None, IAUG25, ONS),
        ('0.4%', 1, 0.4, 'percent', 'prices of domestically produced materials', 'decrease', 'year_on_year', None, IAUG25, ONS),
        ('0.3 percentage points', 1, 0.3, 'percentage_point', 'annual rate of input inflation revision', 'increase', None, None, FJ25, ONS),
        ('0.5%', 2, 0.5, 'percent', 'annual rate of input inflation', 'increase', 'year_on_year', None, FJ25, ONS),
        ('2.4%', 1, 2.4, 'percent', 'annual output rate', None, 'year_on_year', None, FJ, ONS),
        ('2.3%', 2, 2.3, 'percent', 'annual output rate', 'decrease', 'year_on_year', None, FJ, ONS),
        ('3,900', 1, 3900, 'count', 'manufacturing businesses surveyed', None, None, 'approximately', None, ONS),
        ('9,000', 1, 9000, 'count', 'price quotes', None, None, 'approximately', None, ONS),
    ],
    'wire_1987_japan_trade_surplus.txt': [
        ('9.87 BILLION DLRS', 1, 9.87e9, 'USD', 'Japan trade surplus', 'increase', None, None, MARH, None),
        ('9.87 billion dlrs', 1, 9.87e9, 'USD', "Japan's customs-cleared trade surplus", 'increase', None, None, MAR87, MOF),
        ('7.64 billion', 1, 7.64e9, 'USD', "Japan's customs-cleared trade surplus", None, None, None, FEB87, MOF),
        ('8.35 billion', 1, 8.35e9, 'USD', "Japan's customs-cleared trade surplus", None, None, None, YE87, MOF),
        ('6.8 pct', 1, 6.8, 'percent', 'exports', 'increase', 'year_on_year', None, MAR87, MOF),
        ('20.35 billion dlrs', 1, 20.35e9, 'USD', 'exports', 'increase', None, None, MAR87, MOF),
        ('2.1 pct', 1, 2.1, 'percent', 'imports', 'decrease', 'year_on_year', None, MAR87, MOF),
        ('10.48 billion', 1, 10.48e9, 'USD', 'imports', 'decrease', None, None, MAR87, MOF),
        ('1,499 billion yen', 1, 1499e9, 'JPY', 'surplus in yen terms', None, None, None, MARW, MOF),
        ('1,495 billion', 1, 1495e9, 'JPY', 'surplus in yen terms', None, None, None, YE87, MOF),
        ('9.4 pct', 1, 9.4, 'percent', 'yen-denominated exports', 'decrease', 'year_on_year', None, MARW, MOF),
        ('3,090 billion yen', 1, 3090e9, 'JPY', 'yen-denominated exports', 'decrease', None, None, MARW, MOF),
        ('16.9 pct', 1, 16.9, 'percent', 'yen-denominated imports', 'decrease', 'year_on_year', None, MARW, MOF),
        ('1,591 billion', 1, 1591e9, 'JPY', 'yen-denominated imports', 'decrease', None, None, MARW, MOF),
        ('5.31 billion dlrs', 1, 5.31e9, 'USD', 'surplus with the United States', 'increase', None, None, MAR87, MOF),
        ('4.69 billion', 1, 4.69e9, 'USD', 'surplus with the United States', None, None, None, YB87, MOF),
        ('9.2 pct', 1, 9.2, 'percent', 'exports to the U.S.', 'increase', 'year_on_year', None, MAR87, MOF),
        ('7.93 billion dlrs', 1, 7.93e9, 'USD', 'exports to the U.S.', 'increase', None, None, MAR87, MOF),
        ('1.4 pct', 1, 1.4, 'percent', 'imports from the U.S.', 'increase', 'year_on_year', None, MAR87, MOF),
        ('2.62 billion dlrs', 1, 2.62e9, 'USD', 'imports from the U.S.', 'increase', None, None, MAR87, MOF),
        ('101.6 billion dlrs', 1, 101.6e9, 'USD', 'trade surplus', None, None, None, FY87, MOF),
        ('26.7 pct', 1, 26.7, 'percent', 'trade surplus', 'increase', 'year_on_year', None, FY87, MOF),
        ('80.2 billion', 1, 80.2e9, 'USD', 'trade surplus', None, None, None, FY86, MOF),
        ('7.3 pct', 1, 7.3, 'percent', 'crude oil imports', 'decrease', 'year_on_year', None, MAR87, MOF),
        ('86.1 mln barrels', 1, 86.1e6, 'barrel', 'crude oil imports', 'decrease', None, None, MAR87, MOF),
        ('17.86 dlrs', 1, 17.86, 'USD', 'average cost of crude oil imports', None, None, None, MAR87, MOF),
        ('24.12 dlrs', 1, 24.12, 'USD', 'average cost of crude oil imports', None, None, None, YE87, MOF),
        ('151.86 yen', 1, 151.86, 'JPY', 'average exchange rate used in calculating the figures', None, None, None, MAR87, MOF),
        ('179.02 yen', 1, 179.02, 'JPY', 'average exchange rate used in calculating the figures', None, None, None, YA87, MOF),
    ],
    'wire_2025_china_pmi.txt': [
        ('49.6', 1, 49.6, 'index_point', "official manufacturing purchasing managers' index (PMI)", 'increase', None, None, SEP, NBS),
        ('49.4', 1, 49.4, 'index_point', "official manufacturing purchasing managers' index (PMI)", None, None, None, AUG, NBS),
        ('30', 2, 30, 'count', 'economists in a Reuters poll', None, None, None, FSEP, 'Reuters'),
        ('49.5', 1, 49.5, 'index_point', 'official manufacturing PMI', None, None, None, FSEP, 'Reuters'),
        ('49.7', 1, 49.7, 'index_point', 'new orders sub-index', 'increase', None, None, ISEP, NBS),
        ('49.3', 1, 49.3, 'index_point', 'new orders sub-index', None, None, None, ISEP, NBS),
        ('47.8', 1, 47.8, 'index_point', 'new export orders', 'increase', None, None, ISEP, NBS),
        ('47.2', 1, 47.2, 'index_point', 'new export orders', None, None, None, ISEP, NBS),
        ('51.9', 1, 51.9, 'index_point', 'production sub-index', None, None, None, ISEP, NBS),
        ('1.1 points', 1, 1.1, 'index_point', 'production sub-index', 'increase', 'month_on_month', None, ISEP, NBS),
        ('48.2', 1, 48.2, 'index_point', 'employment gauge', 'decrease', None, None, ISEP, NBS),
        ('51.0', 1, 51.0, 'index_point', 'PMI reading of large enterprises', None, None, None, None, NBS),
        ('48.8', 1, 48.8, 'index_point', 'PMI of medium-sized firms', None, None, None, None, NBS),
        ('46.9', 1, 46.9, 'index_point', 'PMI of small firms', None, None, None, None, NBS),
        ('50.1', 1, 50.1, 'index_point', 'official non-manufacturing PMI', 'decrease', None, None, SEP, NBS),
        ('50.3', 1, 50.3, 'index_point', 'official non-manufacturing PMI', None, None, None, AUG, NBS),
        ('50.4', 1, 50.4, 'index_point', 'official composite PMI', None, None, None, SEP, NBS),
        ('50.6', 1, 50.6, 'index_point', 'official composite PMI', None, None, None, MAE, NBS),
        ('51.2', 1, 51.2, 'index_point', 'Caixin/S&P Global manufacturing PMI', 'increase', None, None, SEP, SPG),
        ('50.5', 1, 50.5, 'index_point', 'Caixin/S&P Global manufacturing PMI', None, None, None, AUG, SPG),
        ('50.7', 1, 50.7, 'index_point', 'Caixin/S&P Global manufacturing PMI', None, None, None, SEP, None),
        ('5%', 1, 5, 'percent', 'economic growth', None, None, 'approximately', TY25, None),
        ('5.2%', 1, 5.2, 'percent', 'economy', 'increase', 'year_on_year', None, Q2CN, NBS),
        ('4.6%', 1, 4.6, 'percent', 'growth', 'decrease', 'year_on_year', None, Q3CN, 'Nomura'),
    ],
    'cnbc_style_pce_inflation.txt': [
        ('2.7%', 1, 2.7, 'percent', 'PCE inflation', 'increase', 'year_on_year', None, AUG, None),
        ('0.3%', 1, 0.3, 'percent', 'personal consumption expenditures price index', 'increase', 'month_on_month', None, IA, DOC),
        ('2.7%', 2, 2.7, 'percent', 'personal consumption expenditures price index', 'increase', 'year_on_year', None, IA, DOC),
        ('2.6%', 1, 2.6, 'percent', 'annual rate of the personal consumption expenditures price index', None, 'year_on_year', None, JUL, DOC),
        ('0.2%', 1, 0.2, 'percent', 'core PCE prices', 'increase', 'month_on_month', None, AUG, DOC),
        ('2.9%', 1, 2.9, 'percent', 'core PCE prices', 'increase', 'year_on_year', None, AUG, DOC),
        ('2.9%', 2, 2.9, 'percent', '12-month core rate', None, 'year_on_year', None, AUG, 'Dow Jones'),
        ('2%', 1, 2, 'percent', 'inflation target', None, None, None, None, FED),
        ('0.4%', 1, 0.4, 'percent', 'personal income', 'increase', None, None, AUG, DOC),
        ('0.3%', 2, 0.3, 'percent', 'personal income', None, None, None, AUG, None),
        ('0.6%', 1, 0.6, 'percent', 'consumer spending', 'increase', None, None, AUG, DOC),
        ('0.5%', 1, 0.5, 'percent', 'consumer spending', None, None, None, AUG, None),
        ('0.1%', 1, 0.1, 'percent', 'real disposable income', 'increase', None, None, AUG, DOC),
        ('4.6%', 1, 4.6, 'percent', 'personal saving rate', 'decrease', None, None, AUG, BEA),
        ('4.8%', 1, 4.8, 'percent', 'personal saving rate', None, None, None, JUL, BEA),
        ('$97.3 billion', 1, 97.3e9, 'USD', 'personal income', 'increase', 'month_on_month', None, AUG, BEA),
        ('$133.6 billion', 1, 133.6e9, 'USD', 'outlays', 'increase', 'month_on_month', None, AUG, BEA),
        ('3.8%', 1, 3.8, 'percent', 'gross domestic product', 'increase', 'quarter_on_quarter', None, Q2US, BEA),
        ('3.3%', 1, 3.3, 'percent', 'gross domestic product', None, 'quarter_on_quarter', None, Q2US, BEA),
        ('25 basis points', 1, 25, 'basis_point', 'Fed benchmark rate', 'decrease', None, None, LW, FED),
        ('4%', 1, 4, 'percent', 'Fed benchmark rate range', 'decrease', None, None, LW, FED),
        ('4.25%', 1, 4.25, 'percent', 'Fed benchmark rate range', 'decrease', None, None, LW, FED),
        ('91%', 1, 91, 'percent', 'chance of another Fed rate cut', None, None, None, OCT, CME),
    ],
    'mt_newswires_trade_deficit.txt': [
        ('$78.3 Billion', 1, 78.3e9, 'USD', 'US trade deficit', 'increase', None, None, JUL, None),
        ('$78.3 billion', 1, 78.3e9, 'USD', 'US trade deficit in goods and services', 'increase', None, None, JUL, DOC),
        ('$59.1 billion', 1, 59.1e9, 'USD', 'US trade deficit in goods and services', None, None, None, JUN, DOC),
        ('$75.7 billion', 1, 75.7e9, 'USD', 'trade deficit', None, None, None, JUL, 'Bloomberg'),
        ('$60.2 billion', 1, 60.2e9, 'USD', 'June shortfall, initially reported', None, None, None, JUNW, DOC),
        ('0.3%', 1, 0.3, 'percent', 'exports', 'increase', None, None, JUL, DOC),
        ('$280.5 billion', 1, 280.5e9, 'USD', 'exports', 'increase', None, None, JUL, DOC),
        ('5.9%', 1, 5.9, 'percent', 'imports', 'increase', None, None, JUL, DOC),
        ('$358.8 billion', 1, 358.8e9, 'USD', 'imports', 'increase', None, None, JUL, DOC),
        ('$14.6 billion', 1, 14.6e9, 'USD', 'goods imports', 'increase', None, None, JUL, DOC),
        ('$18.4 billion', 1, 18.4e9, 'USD', 'goods deficit', 'increase', None, None, None, DOC),
        ('$103.9 billion', 1, 103.9e9, 'USD', 'goods deficit', 'increase', None, None, None, DOC),
        ('$0.8 billion', 1, 0.8e9, 'USD', 'services surplus', 'decrease', None, None, None, DOC),
        ('$25.6 billion', 1, 25.6e9, 'USD', 'services surplus', 'decrease', None, None, None, DOC),
        ('$164.2 billion', 1, 164.2e9, 'USD', 'goods and services deficit', 'increase', 'year_on_year', None, F7, DOC),
        ('38.5%', 1, 38.5, 'percent', 'goods and services deficit', 'increase', 'year_on_year', None, F7, DOC),
        ('$81.0 billion', 1, 81.0e9, 'USD', 'exports', 'increase', 'year_on_year', None, F7, DOC),
        ('4.7%', 1, 4.7, 'percent', 'exports', 'increase', 'year_on_year', None, F7, DOC),
        ('$245.2 billion', 1, 245.2e9, 'USD', 'imports', 'increase', 'year_on_year', None, F7, DOC),
        ('10.9%', 1, 10.9, 'percent', 'imports', 'increase', 'year_on_year', None, F7, DOC),
        ('$14.7 billion', 1, 14.7e9, 'USD', 'deficit with China', 'decrease', None, None, IJUL, DOC),
        ('$2.1 billion', 1, 2.1e9, 'USD', 'gap with Mexico', 'increase', None, None, IJUL, DOC),
        ('$17.3 billion', 1, 17.3e9, 'USD', 'gap with Mexico', 'increase', None, None, IJUL, DOC),
    ],
    'trading_economics_style_ifo.txt': [
        ('87.7', 1, 87.7, 'index_point', 'Ifo Business Climate index for Germany', 'decrease', None, None, S25, IFO),
        ('89.0', 1, 89.0, 'index_point', 'Ifo Business Climate index for Germany', None, None, None, AUG, IFO),
        ('9,000', 1, 9000, 'count', 'firms surveyed by the Ifo Institute', None, None, 'approximately', S25, IFO),
        ('89.3', 1, 89.3, 'index_point', 'Ifo Business Climate index', 'increase', None, None, S25, None),
        ('89.7', 1, 89.7, 'index_point', 'expectations component', 'decrease', None, None, S25, IFO),
        ('91.4', 1, 91.4, 'index_point', 'expectations component', None, None, None, AUG, IFO),
        ('85.7', 1, 85.7, 'index_point', 'assessment of current conditions', 'decrease', None, None, S25, IFO),
        ('86.4', 1, 86.4, 'index_point', 'assessment of current conditions', None, None, None, AUG, IFO),
        ('-1.9 points', 1, -1.9, 'index_point', 'sentiment in manufacturing', 'decrease', 'month_on_month', None, S25, IFO),
        ('-3.0', 1, -3.0, 'index_point', 'sentiment in trade', 'decrease', 'month_on_month', None, S25, IFO),
        ('-1.4', 1, -1.4, 'index_point', 'sentiment in construction', 'decrease', 'month_on_month', None, S25, IFO),
        ('+2.9', 1, 2.9, 'index_point', 'sentiment in services', 'increase', 'month_on_month', None, S25, IFO),
        ('a third', 1, 0.3333, 'fraction', 'share of manufacturers reporting a shortage of orders', None, None, 'approximately', S25, IFO),
        ('0.2%', 1, 0.2, 'percent', 'German economic growth', None, None, None, Y('for 2025', 2025), IFO),
        ('1.3%', 1, 1.3, 'percent', 'German economic growth', None, None, None, Y('for 2026', 2026), IFO),
        ('97.61 points', 1, 97.61, 'index_point', 'Business Confidence in Germany', None, None, None, P('from 1991 until 2025', '1991-01-01', '2025-12-31'), IFO),
        ('108.90 points', 1, 108.90, 'index_point', 'Business Confidence in Germany all time high', None, None, None, per('in January of 2011', 2011, 1), IFO),
        ('75.20 points', 1, 75.20, 'index_point', 'Business Confidence in Germany record low', None, None, None, per('in April of 2020', 2020, 4), IFO),
        ('88.60 points', 1, 88.60, 'index_point', 'Business Confidence in Germany', None, None, None, P('by the end of this quarter', '2025-09-30', '2025-09-30'), TE),
        ('90.20 points', 1, 90.20, 'index_point', 'Business Confidence in Germany', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('91.50 points', 1, 91.50, 'index_point', 'Business Confidence in Germany', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_usdjpy_boj.txt': [
        ('0.6%', 1, 0.6, 'percent', 'USD/JPY', 'decrease', None, None, ET, None),
        ('147.02', 1, 147.02, 'JPY', 'USD/JPY', 'decrease', None, None, ET, None),
        ('0.4%', 1, 0.4, 'percent', 'EUR/JPY', 'decrease', None, None, ET, None),
        ('172.65', 1, 172.65, 'JPY', 'EUR/JPY', 'decrease', None, None, ET, None),
        ('0.3%', 1, 0.3, 'percent', 'GBP/JPY', 'decrease', None, None, ET, None),
        ('197.80', 1, 197.80, 'JPY', 'GBP/JPY', None, None, None, ET, None),
        ('1.3%', 1, 1.3, 'percent', 'USD/JPY', 'decrease', None, 'approximately', SFW, None),
        ('6.5%', 1, 6.5, 'percent', 'yen against the dollar', 'increase', None, 'approximately', SFY, None),
        ('3 basis points', 1, 3, 'basis_point', '10-year Japanese government bond yield', 'increase', None, None, None, None),
        ('1.68%', 1, 1.68, 'percent', '10-year Japanese government bond yield', 'increase', None, None, None, None),
        ('2 basis points', 1, 2, 'basis_point', 'two-year yield', 'increase', None, None, None, None),
        ('0.95%', 1, 0.95, 'percent', 'two-year yield', 'increase', None, None, None, None),
        ('0.9%', 1, 0.9, 'percent', 'Nikkei 225', 'decrease', None, None, None, None),
        ('44,550.85', 1, 44550.85, 'index_point', 'Nikkei 225', 'decrease', None, None, None, None),
        ('0.5%', 1, 0.5, 'percent', 'Topix', 'decrease', None, None, None, None),
        ('3,120.40', 1, 3120.40, 'index_point', 'Topix', 'decrease', None, None, None, None),
        ('14', 1, 14, 'index_point', "Tankan headline index for large manufacturers' sentiment", 'increase', None, None, SEP, BOJ),
        ('13', 1, 13, 'index_point', "Tankan headline index for large manufacturers' sentiment", None, None, None, JUN, BOJ),
        ('12', 1, 12, 'index_point', "Tankan headline index for large manufacturers' sentiment", None, None, None, SEP, None),
        ('34', 1, 34, 'index_point', 'Tankan index for big non-manufacturers', None, None, None, SEP, BOJ),
        ('11.5%', 1, 11.5, 'percent', 'capital spending planned by large firms', 'increase', 'year_on_year', None, FYJP, BOJ),
        ('0.5%', 2, 0.5, 'percent', 'BOJ short-term policy rate', None, None, None, SEP, BOJ),
        ('two', 2, 2, 'count', 'board members dissenting', None, None, None, SEP, BOJ),
        ('0.75%', 1, 0.75, 'percent', 'short-term policy rate proposed by dissenting board members', 'increase', None, None, SEP, BOJ),
        ('60%', 1, 60, 'percent', 'chance of a BOJ rate increase', 'increase', None, 'approximately', MEET, None),
        ('25-basis-point', 1, 25, 'basis_point', 'BOJ rate increase', 'increase', None, None, MEET, None),
        ('45%', 1, 45, 'percent', 'chance of a BOJ rate increase', None, None, 'approximately', WA, None),
    ],
    'business_standard_style_gdp.txt': [
        ('7.6%', 1, 7.6, 'percent', 'GDP', 'increase', None, None, Q1H, None),
        ('6.5%', 1, 6.5, 'percent', 'GDP', None, None, None, Q1H, RBI),
        ('7.3%', 1, 7.3, 'percent', 'GVA', 'increase', None, None, Q1H, None),
        ('7.6 per cent', 1, 7.6, 'percent', "India's real gross domestic product (GDP)", 'increase', 'year_on_year', None, AJ26, NSO),
        ('6.5 per cent', 1, 6.5, 'percent', 'GDP growth', None, 'year_on_year', None, SQ25, NSO),
        ('7.4 per cent', 1, 7.4, 'percent', 'GDP growth', None, 'year_on_year', None, JMQ, NSO),
        ('8.8 per cent', 1, 8.8, 'percent', 'nominal GDP', 'increase', None, None, IQ1, NSO),
        ('Rs 86.05 trillion', 1, 86.05e12, 'INR', 'nominal GDP', 'increase', None, None, IQ1, NSO),
        ('Rs 47.89 trillion', 1, 47.89e12, 'INR', 'real GDP', None, None, None, IQ1, NSO),
        ('Rs 44.50 trillion', 1, 44.50e12, 'INR', 'real GDP', None, None, None, YAIN, NSO),
        ('7.3 per cent', 1, 7.3, 'percent', 'gross value added (GVA)', 'increase', 'year_on_year', None, INQ, NSO),
        ('6.4 per cent', 1, 6.4, 'percent', 'gross value added (GVA)', None, 'year_on_year', None, YAQ, NSO),
        ('7.5 per cent', 1, 7.5, 'percent', 'manufacturing', 'increase', 'year_on_year', None, INQ, NSO),
        ('7.1 per cent', 1, 7.1, 'percent', 'construction', 'increase', 'year_on_year', None, INQ, NSO),
        ('9.3 per cent', 1, 9.3, 'percent', 'financial, real estate and professional services', 'increase', 'year_on_year', None, INQ, NSO),
        ('2.8 per cent', 1, 2.8, 'percent', 'mining and quarrying', 'decrease', 'year_on_year', None, INQ, NSO),
        ('3.7 per cent', 1, 3.7, 'percent', 'farm sector growth', 'increase', 'year_on_year', None, INQ, NSO),
        ('1.5 per cent', 1, 1.5, 'percent', 'farm sector growth', None, 'year_on_year', None, YAIN, NSO),
        ('7.0 per cent', 1, 7.0, 'percent', 'private final consumption expenditure', 'increase', None, None, INQ, NSO),
        ('Rs 26.84 lakh crore', 1, 26.84e12, 'INR', 'private final consumption expenditure', 'increase', None, None, INQ, NSO),
        ('56.1 per cent', 1, 56.1, 'percent', 'share of private final consumption expenditure in GDP', 'increase', None, None, INQ, NSO),
        ('52 per cent', 1, 52, 'percent', 'capital expenditure by the Centre', 'increase', None, None, AJ, CGA),
        ('Rs 2.75 lakh crore', 1, 2.75e12, 'INR', 'capital expenditure by the Centre', 'increase', None, None, AJ, CGA),
        ('Rs 82,400 crore', 1, 8.24e11, 'INR', 'capital expenditure by the Centre', None, None, None, per('in June', 2025, 6), CGA),
        ('6.5 per cent', 2, 6.5, 'percent', 'growth', None, None, None, FY26, RBI),
        ('6.7 per cent', 1, 6.7, 'percent', 'growth', None, None, None, JS, RBI),
        ('6.6 per cent', 1, 6.6, 'percent', 'growth', None, None, None, OD, RBI),
        ('6.3', 1, 6.3, 'percent', 'growth', 'decrease', None, None, JSQ, 'ICRA'),
        ('6.6 per cent', 2, 6.6, 'percent', 'growth', 'decrease', None, None, JSQ, 'ICRA'),
        ('50 per cent', 1, 50, 'percent', 'US tariffs on Indian goods', None, None, None, None, None),
    ],
    'eu_energy_style_gas_markets.txt': [
        ('71 bcm', 1, 71e9, 'cubic metre', 'EU gas consumption', 'decrease', None, None, Q2E, None),
        ('4%', 1, 4, 'percent', 'EU gas consumption', 'decrease', 'year_on_year', None, Q2E, None),
        ('38%', 1, 38, 'percent', 'EU gas consumption', 'decrease', 'quarter_on_quarter', None, Q2E, None),
        ('9%', 1, 9, 'percent', 'gas-fired power generation', 'decrease', 'year_on_year', None, Q2E, None),
        ('88 TWh', 1, 88, 'terawatt hour', 'gas-fired power generation', 'decrease', None, None, Q2E, None),
        ('39.6 bcm', 1, 39.6e9, 'cubic metre', 'LNG imports', 'increase', None, None, INQ, None),
        ('23%', 1, 23, 'percent', 'LNG imports', 'increase', 'year_on_year', None, INQ, None),
        ('11%', 1, 11, 'percent', 'LNG imports', 'increase', 'quarter_on_quarter', None, INQ, None),
        ('57%', 1, 57, 'percent', 'United States share of EU LNG imports', None, None, None, INQ, None),
        ('14%', 1, 14, 'percent', 'Russia share of EU LNG imports', None, None, None, INQ, None),
        ('one tenth', 1, 0.1, 'fraction', 'Qatar share of EU LNG imports', None, None, 'approximately', INQ, None),
        ('21.8 bcm', 1, 21.8e9, 'cubic metre', 'pipeline imports from Norway', None, None, None, Q2S, None),
        ('6%', 1, 6, 'percent', 'pipeline imports from Norway', 'decrease', 'year_on_year', None, Q2S, None),
        ('29%', 1, 29, 'percent', "Norway's share of total EU gas imports", 'decrease', None, None, Q2S, None),
        ('33%', 1, 33, 'percent', "Norway's share of total EU gas imports", None, None, None, Q1E, None),
        ('3.9 bcm', 1, 3.9e9, 'cubic metre', 'Russian pipeline gas', None, None, None, Q2S, None),
        ('36 EUR/MWh', 1, 36, 'EUR', 'TTF front-month contract', None, None, None, Q2T, None),
        ('21%', 1, 21, 'percent', 'TTF front-month contract', 'decrease', 'quarter_on_quarter', None, Q2T, None),
        ('17%', 1, 17, 'percent', 'TTF front-month contract', 'increase', 'year_on_year', None, Q2T, None),
        ('31 EUR/MWh', 1, 31, 'EUR', 'day-ahead prices', None, None, None, DQ, None),
        ('42 EUR/MWh', 1, 42, 'EUR', 'day-ahead prices', None, None, None, DQ, None),
        ('0.4 EUR/MWh', 1, 0.4, 'EUR', 'TTF premium over the Asian JKM benchmark', 'decrease', None, None, DQ, None),
        ('59%', 1, 59, 'percent', 'EU storage filling level', None, None, None, J30, None),
        ('77%', 1, 77, 'percent', 'EU storage filling level', None, None, None, YBE, None),
        ('37 bcm', 1, 37e9, 'cubic metre', 'net injections', None, None, None, OQ, None),
        ('90%', 1, 90, 'percent', 'storage filling level target', None, None, None, OCTDEC, None),
        ('10 percentage points', 1, 10, 'percentage_point', 'permitted deviation from the storage filling target', None, None, 'up_to', OCTDEC, None),
        ('183 bcm', 1, 183e9, 'cubic metre', 'EU gas consumption', None, None, None, H1, 'Eurostat'),
        ('1%', 1, 1, 'percent', 'EU gas consumption', 'increase', 'year_on_year', None, H1, 'Eurostat'),
        ('2%', 1, 2, 'percent', 'EU gas consumption', 'decrease', 'period_on_period', None, H1, 'Eurostat'),
    ],
    'nbs_style_summer_grain.txt': [
        ('149.74 million tonnes', 1, 149.74e6, 'tonne', 'total output of summer grain nationwide', None, None, None, Y25, NBS),
        ('0.29 million tonnes', 1, 0.29e6, 'tonne', 'total output of summer grain nationwide', 'increase', 'year_on_year', None, Y25, NBS),
        ('0.2 percent', 1, 0.2, 'percent', 'total output of summer grain nationwide', 'increase', 'year_on_year', None, Y25, NBS),
        ('26.61 million hectares', 1, 26.61e6, 'hectare', 'sown area of summer grain nationwide', None, None, None, Y25, NBS),
        ('43 thousand hectares', 1, 43000, 'hectare', 'sown area of summer grain nationwide', 'decrease', 'year_on_year', None, Y25, NBS),
        ('0.2 percent', 2, 0.2, 'percent', 'sown area of summer grain nationwide', 'decrease', 'year_on_year', None, Y25, NBS),
        ('23.02 million hectares', 1, 23.02e6, 'hectare', 'sown area of wheat', None, None, None, Y25, NBS),
        ('0.3 percent', 1, 0.3, 'percent', 'sown area of wheat', 'decrease', 'year_on_year', None, Y25, NBS),
        ('5,627.1 kilograms', 1, 5627.1, 'kilogram', 'yield per hectare of summer grain', None, None, None, TY25, NBS),
        ('22.4 kilograms', 1, 22.4, 'kilogram', 'yield per hectare of summer grain', 'increase', 'year_on_year', None, TY25, NBS),
        ('0.4 percent', 1, 0.4, 'percent', 'yield per hectare of summer grain', 'increase', 'year_on_year', None, TY25, NBS),
        ('6,004.5 kilograms', 1, 6004.5, 'kilogram', 'yield per hectare of wheat', None, None, None, TY25, NBS),
        ('0.6 percent', 1, 0.6, 'percent', 'yield per hectare of wheat', 'increase', 'year_on_year', None, TY25, NBS),
        ('138.21 million tonnes', 1, 138.21e6, 'tonne', 'output of wheat', None, None, None, None, NBS),
        ('0.3 percent', 2, 0.3, 'percent', 'output of wheat', 'increase', 'year_on_year', None, None, NBS),
        ('92.3 percent', 1, 92.3, 'percent', 'wheat share of total summer grain output', None, None, None, None, NBS),
        ('11.53 million tonnes', 1, 11.53e6, 'tonne', 'combined output of barley, peas, broad beans and summer-harvested potatoes', None, None, None, None, NBS),
        ('1.0 percent', 1, 1.0, 'percent', 'combined output of barley, peas, broad beans and summer-harvested potatoes', 'decrease', 'year_on_year', None, None, NBS),
        ('108.61 million tonnes', 1, 108.61e6, 'tonne', 'summer grain output in Henan, Shandong, Hebei, Anhui and Jiangsu', None, None, None, None, NBS),
        ('72.5 percent', 1, 72.5, 'percent', 'share of Henan, Shandong, Hebei, Anhui and Jiangsu in the national summer grain output', None, None, None, None, NBS),
        ('0.4 percentage points', 1, 0.4, 'percentage_point', 'share of Henan, Shandong, Hebei, Anhui and Jiangsu in the national summer grain output', 'increase', 'year_on_year', None, None, NBS),
        ('3.1 percent', 1, 3.1, 'percent', 'summer grain output in Henan', 'decrease', 'year_on_year', None, None, NBS),
        ('2.4 percent', 1, 2.4, 'percent', 'summer grain output in Shaanxi', 'decrease', 'year_on_year', None, None, NBS),
        ('2.38 yuan', 1, 2.38, 'CNY', 'minimum purchase price of wheat', None, None, None, Y25, NDRC),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
