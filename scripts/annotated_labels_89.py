# ruff: noqa: E501, RUF001
"""Write corpus/annotated_89/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_89.py corpus/annotated_89
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
ISTAT = "Italian National Institute of Statistics"
BCI = "Banca Commerciale Italiana"
BAM = "Bank Al-Maghrib"
HCP = "High Commission for Planning"
TGT = "Target"
WMT = "Walmart"
SA = "StreetAccount"
SPG = "S&P Global"
DST = "Statistics Denmark"
TE = "Trading Economics"
UNICA = "Brazilian Sugarcane Industry Association"
SPGCI = "S&P Global Commodity Insights"
AAI = "Airports Authority of India"
XEN = "Xeneta"
ACFI = "Air Cargo Forum of India"
ENTSOG = "European Network of Transmission System Operators for Gas"
NBS = "National Bureau of Statistics"
MOT = "Ministry of Transport"

# 8901 ONS Household Costs Indices (ref Thursday 2025-04-24)
M25 = per("in the 12 months to March 2025", 2025, 3)
IM25 = per("In the 12 months to March 2025", 2025, 3)
D24 = per("in the 12 months to December 2024", 2024, 12)
YM25 = per("in the year to March 2025", 2025, 3)
YD24 = per("in the year to December 2024", 2024, 12)
SAME12 = per("over the same 12 months", 2025, 3)
FD24 = per("for the 12 months to December 2024", 2024, 12)
# 8902 Reuters 1987 (ref Friday 1987-07-17)
MAY = per("in May", 1987, 5)
MONTH = per("in the month", 1987, 5)
F5 = P("In the first five months of the year", "1987-01-01", "1987-05-31")
JM = P("over January-May", "1987-01-01", "1987-05-31")
# 8903 Reuters 2025 (ref Tuesday 2025-12-16)
TUE = P("on Tuesday", "2025-12-16", "2025-12-16")
TY = Y("this year", 2025)
NOV25 = per("in November", 2025, 11)
# 8904 CNBC (ref Wednesday 2025-05-21)
TQ = P("in the quarter ended May 3", "2025-02-02", "2025-05-03")
INQ = P("in the quarter", "2025-02-02", "2025-05-03")
YE = P("a year earlier", "2024-02-04", "2024-05-04")
FY = P("for fiscal 2025", "2025-02-02", "2026-01-31")
WQ = P("in the three months ended April 30", "2025-02-01", "2025-04-30")
WFY = P("in the fiscal year ending in January", "2025-02-01", "2026-01-31")
# 8905 MT Newswires (ref Tuesday 2025-12-02)
NOV = per("in November", 2025, 11)
OCT = per("in October", 2025, 10)
# 8906 Trading Economics (ref Friday 2025-11-28)
Q325 = Q("in Q3 2025", 2025, 3)
IQ3 = Q("in Q3", 2025, 3)
SEPQ = Q("in the September quarter", 2025, 3)
# 8907 Investing.com (ref Wednesday 2025-08-13)
ET = P("By 10:05 ET", None, None)
H2J = P("in the second half of July", "2025-07-16", "2025-07-31")
CUM = P("from the start of the 2025/26 season in April through July", "2025-04-01", "2025-07-31")
# 8908 Business Standard (ref Thursday 2025-11-20)
BOCT = per("in October", 2025, 10)
AO = P("During April-October of FY26", "2025-04-01", "2025-10-31")
# 8909 DG ENER (ref Wednesday 2026-06-24)
Q1 = Q("In the first quarter of 2026", 2026, 1)
EQ = Q("in the quarter", 2026, 1)
JAN = per("In January", 2026, 1)
Q126 = Q("in Q1 2026", 2026, 1)
# 8910 NBS (ref Monday 2024-12-16)
NNOV = per("in November", 2024, 11)
JN = P("From January to November", "2024-01-01", "2024-11-30")
F11 = P("In the first eleven months", "2024-01-01", "2024-11-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_inflation_household_groups.txt': [
        ('2.5%', 1, 2.5, 'percent', 'annual HCI inflation for the richest tenth of households', None, 'year_on_year', None, M25, None),
        ('3.6%', 1, 3.6, 'percent', 'annual HCI inflation for the poorest tenth of households', None, 'year_on_year', None, M25, None),
        ('1.1 percentage points', 1, 1.1, 'percentage_point', 'gap between deciles 1 and 10', 'increase', None, None, None, None),
        ('0.6 percentage points', 1, 0.6, 'percentage_point', 'gap between deciles 1 and 10', None, None, None, D24, None),
        ('3.2%', 1, 3.2, 'percent', 'Household Costs Indices for all UK households', 'increase', 'year_on_year', None, YM25, ONS),
        ('2.9%', 1, 2.9, 'percent', 'Household Costs Indices for all UK households', 'increase', 'year_on_year', None, YD24, ONS),
        ('3.4%', 1, 3.4, 'percent', 'CPIH annual inflation', None, 'year_on_year', None, SAME12, ONS),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'CPIH annual inflation relative to the all-households HCI rate', 'increase', None, None, SAME12, ONS),
        ('3.4%', 2, 3.4, 'percent', 'annual rate for decile 2', None, 'year_on_year', None, IM25, ONS),
        ('3.3%', 1, 3.3, 'percent', 'annual rate for decile 3', None, 'year_on_year', None, IM25, ONS),
        ('2.6%', 1, 2.6, 'percent', 'annual rate for decile 9', None, 'year_on_year', None, IM25, ONS),
        ('2.8%', 1, 2.8, 'percent', 'costs for retired households', 'increase', None, None, None, ONS),
        ('3.3%', 2, 3.3, 'percent', 'costs for non-retired households', 'increase', None, None, None, ONS),
        ('3.9%', 1, 3.9, 'percent', 'annual rate for households with children', None, 'year_on_year', None, None, ONS),
        ('3.5%', 1, 3.5, 'percent', 'annual rate for single adults without children', None, 'year_on_year', None, None, ONS),
        ('3.0%', 1, 3.0, 'percent', 'annual rate for couples without children', None, 'year_on_year', None, None, ONS),
        ('5.2%', 1, 5.2, 'percent', 'mortgage interest payments', 'decrease', 'year_on_year', None, YM25, ONS),
        ('2.3%', 1, 2.3, 'percent', 'annual rate for mortgagor households', 'decrease', 'year_on_year', None, YM25, ONS),
        ('3.5%', 2, 3.5, 'percent', 'annual rate for mortgagor households', None, 'year_on_year', None, YD24, ONS),
        ('4.6%', 1, 4.6, 'percent', "private renters' costs", 'increase', 'year_on_year', None, YM25, ONS),
        ('2.1 percentage points', 1, 2.1, 'percentage_point', "actual rents contribution to private renters' annual rate", None, None, None, YM25, ONS),
        ('3.0%', 2, 3.0, 'percent', 'decile 1 annual rate', 'increase', 'year_on_year', None, FD24, ONS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'decile 1 annual rate revision', 'increase', None, None, FD24, ONS),
        ('2.9%', 2, 2.9, 'percent', 'decile 1 annual rate', None, 'year_on_year', None, FD24, ONS),
    ],
    'wire_1987_italian_trade_deficit.txt': [
        ('1,920 BILLION LIRE', 1, 1920e9, 'ITL', "Italy's trade deficit", 'increase', None, None, per('MAY', 1987, 5), None),
        ('1,920 billion lire', 1, 1920e9, 'ITL', "Italy's trade deficit", 'increase', None, None, MAY, ISTAT),
        ('1,410 billion', 1, 1410e9, 'ITL', "Italy's trade deficit", None, None, None, per('in April', 1987, 4), ISTAT),
        ('655 billion lire', 1, 655e9, 'ITL', "Italy's trade deficit", None, None, None, per('in May 1986', 1986, 5), ISTAT),
        ('9.7 pct', 1, 9.7, 'percent', 'imports', 'increase', 'year_on_year', None, MAY, ISTAT),
        ('12,480 billion lire', 1, 12480e9, 'ITL', 'imports', 'increase', None, None, MAY, ISTAT),
        ('3.2 pct', 1, 3.2, 'percent', 'exports', 'increase', 'year_on_year', None, MAY, ISTAT),
        ('10,560 billion', 1, 10560e9, 'ITL', 'exports', 'increase', None, None, MAY, ISTAT),
        ('1,730 billion lire', 1, 1730e9, 'ITL', 'energy imports', 'increase', None, None, MONTH, ISTAT),
        ('1,505 billion', 1, 1505e9, 'ITL', 'energy imports', None, None, None, per('a year earlier', 1986, 5), ISTAT),
        ('540 billion lire', 1, 540e9, 'ITL', 'trade deficit with the other European Community countries', None, None, None, MAY, ISTAT),
        ('1,380 billion', 1, 1380e9, 'ITL', 'trade deficit with non-EC countries', None, None, None, MAY, ISTAT),
        ('18.4 pct', 1, 18.4, 'percent', 'West Germany share of Italian exports', None, None, None, MONTH, ISTAT),
        ('15.1 pct', 1, 15.1, 'percent', 'France share of Italian exports', None, None, None, MONTH, ISTAT),
        ('9.2 pct', 1, 9.2, 'percent', 'United States share of Italian exports', None, None, None, MONTH, ISTAT),
        ('7,650 billion lire', 1, 7650e9, 'ITL', 'trade deficit', None, None, None, F5, ISTAT),
        ('4,210 billion', 1, 4210e9, 'ITL', 'trade deficit', None, None, None, P('in the same 1986 period', '1986-01-01', '1986-05-31'), ISTAT),
        ('6.1 pct', 1, 6.1, 'percent', 'imports', 'increase', 'year_on_year', None, JM, ISTAT),
        ('2.4 pct', 1, 2.4, 'percent', 'exports', 'increase', 'year_on_year', None, JM, ISTAT),
        ('1,290 billion lire', 1, 1290e9, 'ITL', 'trade deficit', None, None, None, per('April', 1987, 4), ISTAT),
        ('3,710 billion lire', 1, 3710e9, 'ITL', 'trade deficit', None, None, None, Y('For the whole of 1986', 1986), ISTAT),
        ('9,000', 1, 9000e9, 'ITL', 'trade deficit', None, None, None, Y('1987', 1987), BCI),
        ('11,000 billion lire', 1, 11000e9, 'ITL', 'trade deficit', None, None, None, Y('1987', 1987), BCI),
    ],
    'wire_2025_morocco_rate_decision.txt': [
        ('2.25%', 1, 2.25, 'percent', "Morocco's central bank rate", None, None, None, None, None),
        ('2.25%', 2, 2.25, 'percent', 'key interest rate', None, None, None, TUE, BAM),
        ('nine', 1, 9, 'count', 'analysts in a Reuters poll', None, None, None, TUE, 'Reuters'),
        ('25 basis points', 1, 25, 'basis_point', 'key interest rate', 'decrease', None, None, per('in March', 2025, 3), BAM),
        ('0.9%', 1, 0.9, 'percent', 'average inflation', 'decrease', None, None, TY, BAM),
        ('1.0%', 1, 1.0, 'percent', 'average inflation', None, None, None, TY, BAM),
        ('1.7%', 1, 1.7, 'percent', 'inflation', 'increase', None, None, Y('in 2026', 2026), BAM),
        ('1.8%', 1, 1.8, 'percent', 'inflation', 'increase', None, None, Y('in 2027', 2027), BAM),
        ('4.6%', 1, 4.6, 'percent', 'economic growth', 'increase', None, None, Y('2025', 2025), BAM),
        ('4.4%', 1, 4.4, 'percent', 'economic growth', None, None, None, Y('2025', 2025), BAM),
        ('4.1%', 1, 4.1, 'percent', 'growth', 'decrease', None, None, Y('in 2026', 2026), BAM),
        ('44 million quintals', 1, 44e6, 'quintal', 'cereal harvest', 'increase', None, None, TY, BAM),
        ('31 million quintals', 1, 31e6, 'quintal', 'cereal harvest', None, None, None, Y('last year', 2024), BAM),
        ('0.3%', 1, 0.3, 'percent', 'consumer prices', 'increase', 'year_on_year', None, NOV25, HCP),
        ('0.5%', 1, 0.5, 'percent', 'consumer prices', None, 'year_on_year', None, per('in October', 2025, 10), HCP),
        ('1.1%', 1, 1.1, 'percent', 'food prices', 'decrease', 'year_on_year', None, NOV25, HCP),
        ('0.8%', 1, 0.8, 'percent', 'core inflation', None, 'year_on_year', None, NOV25, HCP),
        ('398.6 billion dirhams', 1, 398.6e9, 'MAD', 'net foreign exchange reserves', None, None, None, P('at the end of November', '2025-11-30', '2025-11-30'), BAM),
        ('$43.5 billion', 1, 43.5e9, 'USD', 'net foreign exchange reserves', None, None, None, P('at the end of November', '2025-11-30', '2025-11-30'), BAM),
        ('410 billion dirhams', 1, 410e9, 'MAD', 'net foreign exchange reserves', None, None, None, P('by the end of the year', '2025-12-31', '2025-12-31'), BAM),
        ('9.21', 1, 9.21, 'MAD', 'dirham', None, None, None, TUE, BAM),
    ],
    'cnbc_style_walmart_target_earnings.txt': [
        ('3.8%', 1, 3.8, 'percent', 'comparable sales', 'decrease', None, None, None, None),
        ('$1.30', 1, 1.30, 'USD', 'adjusted earnings per share', None, None, None, None, TGT),
        ('$1.65', 1, 1.65, 'USD', 'adjusted earnings per share', None, None, None, None, None),
        ('$23.85 billion', 1, 23.85e9, 'USD', 'revenue', None, None, None, None, TGT),
        ('$24.32 billion', 1, 24.32e9, 'USD', 'revenue', None, None, None, None, None),
        ('3.8%', 2, 3.8, 'percent', 'comparable sales', 'decrease', None, None, TQ, TGT),
        ('1.1%', 1, 1.1, 'percent', 'comparable sales', 'decrease', None, None, TQ, SA),
        ('5.7%', 1, 5.7, 'percent', 'store comparable sales', 'decrease', None, None, TQ, TGT),
        ('4.7%', 1, 4.7, 'percent', 'digital comparable sales', 'increase', None, None, TQ, TGT),
        ('$1.04 billion', 1, 1.04e9, 'USD', 'net income', 'increase', None, None, INQ, TGT),
        ('$2.27', 1, 2.27, 'USD', 'earnings per share', 'increase', None, None, INQ, TGT),
        ('$942 million', 1, 942e6, 'USD', 'net income', None, None, None, YE, TGT),
        ('$2.03', 1, 2.03, 'USD', 'earnings per share', None, None, None, YE, TGT),
        ('$7', 1, 7, 'USD', 'adjusted earnings per share', 'decrease', None, None, FY, TGT),
        ('$9', 1, 9, 'USD', 'adjusted earnings per share', 'decrease', None, None, FY, TGT),
        ('$8.80', 1, 8.80, 'USD', 'adjusted earnings per share', None, None, None, FY, TGT),
        ('$9.80', 1, 9.80, 'USD', 'adjusted earnings per share', None, None, None, FY, TGT),
        ('4.5%', 1, 4.5, 'percent', 'U.S. comparable sales', 'increase', None, None, WQ, WMT),
        ('21%', 1, 21, 'percent', 'e-commerce sales', 'increase', None, None, WQ, WMT),
        ('3%', 1, 3, 'percent', 'sales', 'increase', None, None, WFY, WMT),
        ('4%', 1, 4, 'percent', 'sales', 'increase', None, None, WFY, WMT),
        ('5%', 1, 5, 'percent', 'Target shares', 'decrease', None, 'approximately', P('on Wednesday', '2025-05-21', '2025-05-21'), TGT),
        ('30%', 1, 30, 'percent', 'Target shares', 'decrease', None, 'approximately', P('so far this year', '2025-01-01', '2025-05-21'), TGT),
        ('8%', 1, 8, 'percent', "Walmart's stock", 'increase', None, 'approximately', Y('in 2025', 2025), WMT),
    ],
    'mt_newswires_japan_services_pmi.txt': [
        ('53.2', 1, 53.2, 'index_point', 'au Jibun Bank Japan Services PMI', 'increase', None, None, NOV, SPG),
        ('52.4', 1, 52.4, 'index_point', 'au Jibun Bank Japan Services PMI', None, None, None, OCT, SPG),
        ('53.0', 1, 53.0, 'index_point', 'au Jibun Bank Japan Services PMI', None, None, None, NOV, SPG),
        ('52.1', 1, 52.1, 'index_point', 'new business index', 'decrease', None, None, NOV, SPG),
        ('52.9', 1, 52.9, 'index_point', 'new business index', None, None, None, NOV, SPG),
        ('48.6', 1, 48.6, 'index_point', 'new export orders sub-index', None, None, None, NOV, SPG),
        ('52.0', 1, 52.0, 'index_point', 'au Jibun Bank Japan Composite PMI', 'increase', None, None, NOV, SPG),
        ('51.5', 1, 51.5, 'index_point', 'au Jibun Bank Japan Composite PMI', None, None, None, OCT, SPG),
        ('49.7', 1, 49.7, 'index_point', 'manufacturing output index', None, None, None, NOV, SPG),
        ('1.4 points', 1, 1.4, 'index_point', 'input price index', 'increase', None, None, None, SPG),
        ('63.1', 1, 63.1, 'index_point', 'input price index', 'increase', None, None, None, SPG),
        ('53.7', 1, 53.7, 'index_point', 'output charges index', 'decrease', None, None, None, SPG),
        ('54.0', 1, 54.0, 'index_point', 'output charges index', None, None, None, None, SPG),
        ('58.9', 1, 58.9, 'index_point', 'future activity index', 'decrease', None, None, None, SPG),
        ('60.3', 1, 60.3, 'index_point', 'future activity index', None, None, None, None, SPG),
        ('52.9', 2, 52.9, 'index_point', 'services PMI average', 'increase', None, None, P('Over September to November', '2025-09-01', '2025-11-30'), SPG),
        ('51.8', 1, 51.8, 'index_point', 'services PMI average', None, None, None, P('in the three months to August', '2025-06-01', '2025-08-31'), SPG),
    ],
    'trading_economics_style_denmark_gdp.txt': [
        ('0.9%', 1, 0.9, 'percent', 'Danish economy', 'increase', 'quarter_on_quarter', None, Q325, DST),
        ('0.7%', 1, 0.7, 'percent', 'Danish economy', None, 'quarter_on_quarter', None, Q325, DST),
        ('1.1%', 1, 1.1, 'percent', 'Danish economy', 'increase', 'quarter_on_quarter', None, Q('in Q2', 2025, 2), DST),
        ('6.3%', 1, 6.3, 'percent', 'pharmaceutical industry gross value added', 'increase', 'quarter_on_quarter', None, Q325, DST),
        ('0.2%', 1, 0.2, 'percent', 'GDP excluding pharmaceuticals', 'increase', 'quarter_on_quarter', None, Q325, DST),
        ('0.4%', 1, 0.4, 'percent', 'household consumption', 'increase', 'quarter_on_quarter', None, IQ3, DST),
        ('0.6%', 1, 0.6, 'percent', 'government spending', 'increase', 'quarter_on_quarter', None, IQ3, DST),
        ('1.8%', 1, 1.8, 'percent', 'gross fixed capital formation', 'increase', 'quarter_on_quarter', None, IQ3, DST),
        ('2.5%', 1, 2.5, 'percent', 'exports', 'increase', 'quarter_on_quarter', None, IQ3, DST),
        ('1.2%', 1, 1.2, 'percent', 'imports', 'increase', 'quarter_on_quarter', None, IQ3, DST),
        ('3.4%', 1, 3.4, 'percent', 'GDP', 'increase', 'year_on_year', None, SEPQ, DST),
        ('2.9%', 1, 2.9, 'percent', 'GDP', 'increase', 'year_on_year', None, Q('in the previous three months', 2025, 2), DST),
        ('14.5%', 1, 14.5, 'percent', 'pharmaceuticals', 'increase', 'year_on_year', None, SEPQ, DST),
        ('3.5%', 1, 3.5, 'percent', 'GDP growth', 'decrease', None, None, Y('2024', 2024), DST),
        ('3.7%', 1, 3.7, 'percent', 'GDP growth', None, None, None, Y('2024', 2024), DST),
        ('0.42 percent', 1, 0.42, 'percent', 'GDP Growth Rate in Denmark average', None, None, None, P('from 1991 until 2025', '1991-01-01', '2025-12-31'), DST),
        ('4.80 percent', 1, 4.80, 'percent', 'GDP Growth Rate in Denmark all time high', None, None, None, Q('in the third quarter of 2020', 2020, 3), DST),
        ('-6.40 percent', 1, -6.40, 'percent', 'GDP Growth Rate in Denmark record low', 'decrease', None, None, Q('in the second quarter of 2020', 2020, 2), DST),
        ('0.50 percent', 1, 0.50, 'percent', 'GDP Growth Rate in Denmark', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('0.40 percent', 1, 0.40, 'percent', 'Denmark GDP Growth Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('0.30 percent', 1, 0.30, 'percent', 'Denmark GDP Growth Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_sugar_ethanol_brazil_unica.txt': [
        ('1.6%', 1, 1.6, 'percent', 'October raw sugar on ICE Futures U.S.', 'decrease', None, None, ET, None),
        ('16.12 cents', 1, 0.1612, 'USD', 'October raw sugar on ICE Futures U.S.', 'decrease', None, None, ET, None),
        ('1.1%', 1, 1.1, 'percent', "London's October white sugar contract", 'decrease', None, None, ET, None),
        ('$468.40', 1, 468.40, 'USD', "London's October white sugar contract", 'decrease', None, None, ET, None),
        ('15%', 1, 15, 'percent', 'raw sugar', 'decrease', None, 'approximately', P('since the start of the year', '2025-01-01', '2025-08-13'), None),
        ('15.81 cents', 1, 0.1581, 'USD', 'raw sugar four-year low', None, None, None, P('on Aug. 8', '2025-08-08', '2025-08-08'), None),
        ('51.8 million tonnes', 1, 51.8e6, 'tonne', "cane crush in Brazil's Center-South", None, None, None, H2J, UNICA),
        ('4.7%', 1, 4.7, 'percent', "cane crush in Brazil's Center-South", 'increase', 'year_on_year', None, H2J, UNICA),
        ('50.5 million tonnes', 1, 50.5e6, 'tonne', 'cane crush', None, None, None, H2J, SPGCI),
        ('54.3%', 1, 54.3, 'percent', 'share of cane allocated to sugar', None, None, None, H2J, UNICA),
        ('50.1%', 1, 50.1, 'percent', 'share of cane allocated to sugar', None, None, None, P('in the same period of 2024', '2024-07-16', '2024-07-31'), UNICA),
        ('11.9%', 1, 11.9, 'percent', 'sugar output', 'increase', 'year_on_year', None, H2J, UNICA),
        ('3.92 million tonnes', 1, 3.92e6, 'tonne', 'sugar output', 'increase', None, None, H2J, UNICA),
        ('6.2%', 1, 6.2, 'percent', 'ethanol production', 'decrease', 'year_on_year', None, H2J, UNICA),
        ('1.98 billion liters', 1, 1.98e9, 'litre', 'ethanol production', 'decrease', None, None, H2J, UNICA),
        ('720 million liters', 1, 720e6, 'litre', 'ethanol made from corn', None, None, None, H2J, UNICA),
        ('290.4 million tonnes', 1, 290.4e6, 'tonne', 'cumulative crush', None, None, None, CUM, UNICA),
        ('11.5%', 1, 11.5, 'percent', 'cumulative crush', 'decrease', 'year_on_year', None, CUM, UNICA),
        ('17.4 million tonnes', 1, 17.4e6, 'tonne', 'cumulative sugar production', None, None, None, CUM, UNICA),
        ('4.9%', 1, 4.9, 'percent', 'cumulative sugar production', 'decrease', 'year_on_year', None, CUM, UNICA),
        ('0.4%', 1, 0.4, 'percent', "Brazil's real", 'increase', None, None, None, UNICA),
        ('5.41', 1, 5.41, 'BRL', "Brazil's real", 'increase', None, None, None, UNICA),
    ],
    'business_standard_style_air_cargo_volumes.txt': [
        ('9.4%', 1, 9.4, 'percent', 'air cargo volumes', 'increase', None, None, BOCT, None),
        ('3.3 lakh tonnes', 1, 330000, 'tonne', 'air cargo volumes', 'increase', None, None, BOCT, None),
        ('9.4 per cent', 1, 9.4, 'percent', 'cargo handled at Indian airports', 'increase', 'year_on_year', None, BOCT, AAI),
        ('3,31,560 tonnes', 1, 331560, 'tonne', 'cargo handled at Indian airports', 'increase', None, None, BOCT, AAI),
        ('62 per cent', 1, 62, 'percent', 'international cargo share of the total', None, None, 'approximately', BOCT, AAI),
        ('11.2 per cent', 1, 11.2, 'percent', 'international cargo', 'increase', 'year_on_year', None, BOCT, AAI),
        ('2,05,640 tonnes', 1, 205640, 'tonne', 'international cargo', 'increase', None, None, BOCT, AAI),
        ('6.3 per cent', 1, 6.3, 'percent', 'domestic cargo', 'increase', 'year_on_year', None, BOCT, AAI),
        ('1,25,920 tonnes', 1, 125920, 'tonne', 'domestic cargo', 'increase', None, None, BOCT, AAI),
        ('7.8 per cent', 1, 7.8, 'percent', 'total cargo', 'increase', 'month_on_month', None, BOCT, AAI),
        ('3,07,570 tonnes', 1, 307570, 'tonne', 'total cargo', None, None, None, per('in September', 2025, 9), AAI),
        ('21.4 lakh tonnes', 1, 2140000, 'tonne', 'cargo handled at airports', None, None, None, AO, AAI),
        ('5.6 per cent', 1, 5.6, 'percent', 'cargo handled at airports', 'increase', 'year_on_year', None, AO, AAI),
        ('20.27 lakh tonnes', 1, 2027000, 'tonne', 'cargo handled at airports', None, None, None, P('in the corresponding period of FY25', '2024-04-01', '2024-10-31'), AAI),
        ('7.1 per cent', 1, 7.1, 'percent', 'international volumes', 'increase', 'year_on_year', None, AO, AAI),
        ('3.2 per cent', 1, 3.2, 'percent', 'domestic volumes', 'increase', 'year_on_year', None, AO, AAI),
        ('92,480 tonnes', 1, 92480, 'tonne', 'cargo handled at Delhi', None, None, None, BOCT, AAI),
        ('84,150 tonnes', 1, 84150, 'tonne', 'cargo handled at Mumbai', None, None, None, BOCT, AAI),
        ('38,900 tonnes', 1, 38900, 'tonne', 'cargo handled at Chennai', None, None, None, BOCT, AAI),
        ('18.6 per cent', 1, 18.6, 'percent', 'cargo handled at Bengaluru', 'increase', None, None, BOCT, AAI),
        ('$3.85', 1, 3.85, 'USD', 'spot air freight rates on the India-Europe lane', None, None, None, per('last month', 2025, 10), XEN),
        ('8', 1, 8, 'percent', 'volumes', 'increase', None, None, P('in FY26', '2025-04-01', '2026-03-31'), ACFI),
        ('10 per cent', 1, 10, 'percent', 'volumes', 'increase', None, None, P('in FY26', '2025-04-01', '2026-03-31'), ACFI),
        ('6.1 per cent', 1, 6.1, 'percent', 'volumes', 'increase', None, None, P('in FY25', '2024-04-01', '2025-03-31'), ACFI),
    ],
    'eu_energy_style_gas_demand_power_sector.txt': [
        ('27.9 bcm', 1, 27.9e9, 'cubic metre', 'gas burn for power generation in the EU', None, None, None, Q1, None),
        ('8%', 1, 8, 'percent', 'gas burn for power generation in the EU', 'increase', 'year_on_year', None, Q1, None),
        ('6%', 1, 6, 'percent', 'gas burn for power generation in the EU', 'increase', None, None, Q1, None),
        ('118 TWh', 1, 118, 'terawatt hour', 'wind generation in the EU', 'decrease', None, None, EQ, None),
        ('14%', 1, 14, 'percent', 'wind generation in the EU', 'decrease', 'year_on_year', None, EQ, None),
        ('21%', 1, 21, 'percent', 'solar output', 'increase', 'year_on_year', None, EQ, None),
        ('44 TWh', 1, 44, 'terawatt hour', 'solar output', 'increase', None, None, EQ, None),
        ('11.4 bcm', 1, 11.4e9, 'cubic metre', 'gas burned in power plants', None, None, None, JAN, None),
        ('61 TWh', 1, 61, 'terawatt hour', 'gas-fired generation', 'increase', None, None, JAN, None),
        ('7.2 bcm', 1, 7.2e9, 'cubic metre', 'power sector gas demand', None, None, None, per('In March', 2026, 3), None),
        ('19%', 1, 19, 'percent', "gas burn in Germany's power sector", 'increase', 'year_on_year', None, Q126, ENTSOG),
        ('4.6 bcm', 1, 4.6e9, 'cubic metre', "gas burn in Germany's power sector", 'increase', None, None, Q126, ENTSOG),
        ('5%', 1, 5, 'percent', "gas burn in Italy's power sector", 'increase', 'year_on_year', None, Q126, ENTSOG),
        ('5.2 bcm', 1, 5.2e9, 'cubic metre', "gas burn in Italy's power sector", 'increase', None, None, Q126, ENTSOG),
        ('11%', 1, 11, 'percent', "gas burn in the Netherlands' power sector", 'increase', 'year_on_year', None, Q126, ENTSOG),
        ('1.9 bcm', 1, 1.9e9, 'cubic metre', "gas burn in the Netherlands' power sector", 'increase', None, None, Q126, ENTSOG),
        ('12%', 1, 12, 'percent', "gas burn in Spain's power sector", 'decrease', 'year_on_year', None, Q126, ENTSOG),
        ('3.1 bcm', 1, 3.1e9, 'cubic metre', "gas burn in Spain's power sector", 'decrease', None, None, Q126, ENTSOG),
        ('30%', 1, 30, 'percent', 'gas use for power in France', 'decrease', None, 'approximately', Q126, ENTSOG),
        ('19.8%', 1, 19.8, 'percent', 'gas share of EU power generation', 'increase', None, None, EQ, ENTSOG),
        ('17.1%', 1, 17.1, 'percent', 'gas share of EU power generation', None, None, None, Q('a year earlier', 2025, 1), ENTSOG),
        ('11.2%', 1, 11.2, 'percent', 'coal and lignite share of EU power generation', None, None, None, EQ, ENTSOG),
    ],
    'nbs_style_catering_revenue_and_services.txt': [
        ('501.2 billion yuan', 1, 501.2e9, 'CNY', 'catering revenue', None, None, None, NNOV, NBS),
        ('4.0 percent', 1, 4.0, 'percent', 'catering revenue', 'increase', 'year_on_year', None, NNOV, NBS),
        ('137.5 billion yuan', 1, 137.5e9, 'CNY', 'revenue of catering units above designated size', None, None, None, NNOV, NBS),
        ('2.6 percent', 1, 2.6, 'percent', 'revenue of catering units above designated size', 'increase', 'year_on_year', None, NNOV, NBS),
        ('5,024.0 billion yuan', 1, 5024.0e9, 'CNY', 'catering revenue', None, None, None, JN, NBS),
        ('5.7 percent', 1, 5.7, 'percent', 'catering revenue', 'increase', 'year_on_year', None, JN, NBS),
        ('11.2 percent', 1, 11.2, 'percent', 'catering revenue share of total retail sales of consumer goods', None, None, None, JN, NBS),
        ('6.4 percent', 1, 6.4, 'percent', 'retail sales of services', 'increase', 'year_on_year', None, F11, NBS),
        ('3.0 percentage points', 1, 3.0, 'percentage_point', 'retail sales of services growth relative to retail sales of goods', 'increase', None, None, F11, NBS),
        ('14.2 percent', 1, 14.2, 'percent', 'retail sales of tourism consultation and rental services', 'increase', 'year_on_year', None, F11, NBS),
        ('9.8 percent', 1, 9.8, 'percent', 'retail sales of transportation services', 'increase', 'year_on_year', None, F11, NBS),
        ('8.1 percent', 1, 8.1, 'percent', 'retail sales of cultural, sports and leisure services', 'increase', 'year_on_year', None, F11, NBS),
        ('5.43 billion person-times', 1, 5.43e9, 'count', 'cross-regional passenger trips', None, None, None, NNOV, MOT),
        ('4.3 percent', 1, 4.3, 'percent', 'cross-regional passenger trips', 'increase', 'year_on_year', None, NNOV, MOT),
        ('327 million', 1, 327e6, 'count', 'railway passenger trips', None, None, None, NNOV, MOT),
        ('8.6 percent', 1, 8.6, 'percent', 'railway passenger trips', 'increase', 'year_on_year', None, NNOV, MOT),
        ('57.4 million', 1, 57.4e6, 'count', 'civil aviation passenger trips', None, None, None, NNOV, MOT),
        ('10.2 percent', 1, 10.2, 'percent', 'civil aviation passenger trips', 'increase', 'year_on_year', None, NNOV, MOT),
        ('60.87 billion person-times', 1, 60.87e9, 'count', 'cross-regional passenger trips', None, None, None, JN, MOT),
        ('5.2 percent', 1, 5.2, 'percent', 'cross-regional passenger trips', 'increase', 'year_on_year', None, JN, MOT),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
