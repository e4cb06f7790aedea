# ruff: noqa: E501, RUF001
"""Write corpus/annotated_92/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_92.py corpus/annotated_92
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
CSOF = "Central Statistical Office of Finland"
MOFF = "Ministry of Finance"
GOF = "Government of Finland"
BOF = "Bank of Finland"
EPB = "Export Promotion Bureau"
GOB = "Government of Bangladesh"
BGMEA = "Bangladesh Garment Manufacturers and Exporters Association"
BB = "Bangladesh Bank"
NIKE = "Nike"
SA = "StreetAccount"
DNB = "DNB Markets"
BBG = "Bloomberg"
SSB = "Statistics Norway"
NB = "Norges Bank"
PBS = "Pakistan Bureau of Statistics"
SBP = "State Bank of Pakistan"
TE = "Trading Economics"
LME = "London Metal Exchange"
MOT = "Ministry of Trade"
MEMR = "Ministry of Energy and Mineral Resources"
GAC = "General Administration of Customs"
MQ = "Macquarie"
MOTOUR = "Ministry of Tourism"
ICRA = "ICRA"
CSO = "Central Statistics Office"
EIRG = "EirGrid"
EC = "European Commission"
NBS = "National Bureau of Statistics"

# 9201 ONS balance of payments (ref Monday 2025-12-22)
Q3L = Q("in Quarter 3 (July to Sept) 2025", 2025, 3)
Q3S = Q("in Quarter 3 2025", 2025, 3)
Q2S = Q("in Quarter 2", 2025, 2)
Q2R = Q("for Quarter 2 2025", 2025, 2)
FQS = P("In the four quarters to September 2025", "2024-10-01", "2025-09-30")
FQJ = P("in the four quarters to June 2025", "2024-07-01", "2025-06-30")
ES25 = P("at the end of September 2025", "2025-09-30", "2025-09-30")
# 9202 Reuters 1987 (ref Tuesday 1987-05-12)
APR = per("in April", 1987, 4)
MAR = per("in March", 1987, 3)
# 9203 Reuters 2025 (ref Tuesday 2025-12-02)
NOV = per("in November", 2025, 11)
F5 = P("In the first five months of the 2025-26 fiscal year", "2025-07-01", "2025-11-30")
JN = P("July-November", "2025-07-01", "2025-11-30")
# 9204 CNBC (ref Thursday 2025-12-18; Nike's fiscal Q2 2026 is 1 September to 30 November 2025)
FQ2 = P("in the quarter", "2025-09-01", "2025-11-30")
TMP = P("for the three-month period", "2025-09-01", "2025-11-30")
FYE = P("a year earlier", "2024-09-01", "2024-11-30")
EQ = P("at the end of the quarter", "2025-11-30", "2025-11-30")
FQ3 = P("For the fiscal third quarter", "2025-12-01", "2026-02-28")
# 9205 MT Newswires (ref Monday 2025-12-01)
MNOV = per("in November", 2025, 11)
MOCT = per("in October", 2025, 10)
# 9206 Trading Economics (ref Monday 2025-12-01)
NOV25 = per("in November 2025", 2025, 11)
TNOV = per("in November", 2025, 11)
TOCT = per("in October", 2025, 10)
# 9207 Investing.com (ref Wednesday 2025-11-12)
ET = P("By 05:40 ET", None, None)
TUE = P("on Tuesday", "2025-11-11", "2025-11-11")
# 9208 Business Standard (ref Thursday 2025-08-21)
JUL = per("in July", 2025, 7)
JJ = P("During January-July", "2025-01-01", "2025-07-31")
# 9209 DG ENER (ref Wednesday 2026-04-22)
Y24 = Y("in 2024", 2024)
EY25 = P("at the end of 2025", "2025-12-31", "2025-12-31")
Y30 = Y("by 2030", 2030)
# 9210 NBS (ref Monday 2025-10-20)
F3Q = P("in the first three quarters of 2025", "2025-01-01", "2025-09-30")
F3QS = P("in the first three quarters", "2025-01-01", "2025-09-30")
ESEP = P("At the end of September", "2025-09-30", "2025-09-30")
BSEP = P("By the end of September", "2025-09-30", "2025-09-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_balance_of_payments_current_account.txt': [
        ('£4.6 billion', 1, 4.6e9, 'GBP', 'current account deficit', 'increase', 'quarter_on_quarter', None, Q3L, None),
        ('£23.7 billion', 1, 23.7e9, 'GBP', 'current account deficit', 'increase', None, None, Q3L, None),
        ('3.1%', 1, 3.1, 'percent', 'current account deficit as a share of GDP', 'increase', None, None, Q3L, None),
        ('£21.9 billion', 1, 21.9e9, 'GBP', 'current account deficit excluding precious metals', None, None, None, None, None),
        ('2.9%', 1, 2.9, 'percent', 'current account deficit excluding precious metals as a share of GDP', None, None, None, None, None),
        ('£2.1 billion', 1, 2.1e9, 'GBP', 'total trade deficit', 'increase', 'quarter_on_quarter', None, Q3S, ONS),
        ('£9.8 billion', 1, 9.8e9, 'GBP', 'total trade deficit', 'increase', None, None, Q3S, ONS),
        ('3.2%', 1, 3.2, 'percent', 'exports of goods', 'decrease', 'quarter_on_quarter', None, Q3S, ONS),
        ('£96.4 billion', 1, 96.4e9, 'GBP', 'exports of goods', 'decrease', None, None, Q3S, ONS),
        ('0.8%', 1, 0.8, 'percent', 'imports of goods', 'increase', 'quarter_on_quarter', None, Q3S, ONS),
        ('1.4%', 1, 1.4, 'percent', 'exports of services', 'increase', 'quarter_on_quarter', None, Q3S, ONS),
        ('0.9%', 1, 0.9, 'percent', 'imports of services', 'increase', 'quarter_on_quarter', None, Q3S, ONS),
        ('£7.9 billion', 1, 7.9e9, 'GBP', 'primary income deficit', 'increase', None, None, Q3S, ONS),
        ('£5.4 billion', 1, 5.4e9, 'GBP', 'primary income deficit', None, None, None, Q2S, ONS),
        ('£2.2 billion', 1, 2.2e9, 'GBP', 'earnings on UK direct investment abroad', 'decrease', 'quarter_on_quarter', None, Q3S, ONS),
        ('£71.3 billion', 1, 71.3e9, 'GBP', 'payments to foreign investors', None, None, None, Q3S, ONS),
        ('£6.0 billion', 1, 6.0e9, 'GBP', 'secondary income deficit', None, None, None, Q3S, ONS),
        ('£18.4 billion', 1, 18.4e9, 'GBP', 'current account deficit', None, None, None, Q2R, ONS),
        ('£19.1 billion', 1, 19.1e9, 'GBP', 'current account deficit', 'increase', None, None, Q2R, ONS),
        ('2.5%', 1, 2.5, 'percent', 'current account deficit as a share of GDP', None, None, None, Q2R, ONS),
        ('£86.5 billion', 1, 86.5e9, 'GBP', 'current account deficit', None, None, None, FQS, ONS),
        ('2.9%', 2, 2.9, 'percent', 'current account deficit as a share of GDP', None, None, None, FQS, ONS),
        ('£81.2 billion', 1, 81.2e9, 'GBP', 'current account deficit', None, None, None, FQJ, ONS),
        ('2.8%', 1, 2.8, 'percent', 'current account deficit as a share of GDP', None, None, None, FQJ, ONS),
        ('£232.4 billion', 1, 232.4e9, 'GBP', 'UK net liabilities to the rest of the world', None, None, None, ES25, ONS),
        ('7.5%', 1, 7.5, 'percent', 'UK net liabilities to the rest of the world as a share of GDP', None, None, 'approximately', ES25, ONS),
        ('£41.0 billion', 1, 41.0e9, 'GBP', 'UK net liabilities to the rest of the world', 'decrease', 'quarter_on_quarter', None, ES25, ONS),
    ],
    'wire_1987_finland_inflation.txt': [
        ('3.6 PCT', 1, 3.6, 'percent', 'Finnish inflation', 'increase', 'year_on_year', None, per('IN YEAR TO APRIL', 1987, 4), None),
        ('0.4 pct', 1, 0.4, 'percent', 'consumer prices', 'increase', 'month_on_month', None, APR, CSOF),
        ('0.6 pct', 1, 0.6, 'percent', 'consumer prices', 'increase', 'month_on_month', None, MAR, CSOF),
        ('3.6 pct', 1, 3.6, 'percent', 'year-on-year rate', 'increase', 'year_on_year', None, APR, CSOF),
        ('3.4 pct', 1, 3.4, 'percent', 'year-on-year rate', None, 'year_on_year', None, MAR, CSOF),
        ('134.7', 1, 134.7, 'index_point', 'consumer price index', None, None, None, APR, CSOF),
        ('130.0', 1, 130.0, 'index_point', 'consumer price index', None, None, None, per('a year earlier', 1986, 4), CSOF),
        ('0.9 pct', 1, 0.9, 'percent', 'food prices', 'increase', 'month_on_month', None, APR, CSOF),
        ('4.8 pct', 1, 4.8, 'percent', 'food prices', 'increase', 'year_on_year', None, APR, CSOF),
        ('0.2 pct', 1, 0.2, 'percent', 'housing costs', 'increase', 'month_on_month', None, APR, CSOF),
        ('5.7 pct', 1, 5.7, 'percent', 'housing costs', 'increase', 'year_on_year', None, APR, CSOF),
        ('1.1 pct', 1, 1.1, 'percent', 'clothing and footwear', 'increase', 'month_on_month', None, APR, CSOF),
        ('0.5 pct', 1, 0.5, 'percent', 'transport', 'increase', 'month_on_month', None, APR, CSOF),
        ('1.2 pct', 1, 1.2, 'percent', 'prices of imported goods', 'decrease', None, None, APR, CSOF),
        ('3.3 pct', 1, 3.3, 'percent', '12-month rate of inflation', None, 'year_on_year', None, Y('in 1986', 1986), CSOF),
        ('5.9 pct', 1, 5.9, 'percent', '12-month rate of inflation', None, 'year_on_year', None, Y('in 1985', 1985), CSOF),
        ('3.5 pct', 1, 3.5, 'percent', 'inflation', None, None, 'approximately', Y('for 1987', 1987), MOFF),
        ('3.0 pct', 1, 3.0, 'percent', 'inflation target', None, None, None, None, GOF),
        ('4.47', 1, 4.47, 'FIM', 'markka', None, None, None, P('on Tuesday', '1987-05-12', '1987-05-12'), BOF),
        ('4.52', 1, 4.52, 'FIM', 'markka', None, None, None, P('a week earlier', '1987-05-05', '1987-05-05'), BOF),
    ],
    'wire_2025_bangladesh_exports.txt': [
        ('5.5%', 1, 5.5, 'percent', "Bangladesh's exports", 'decrease', None, None, per('November', 2025, 11), None),
        ('5.5%', 2, 5.5, 'percent', "Bangladesh's merchandise exports", 'decrease', 'year_on_year', None, NOV, EPB),
        ('$3.89 billion', 1, 3.89e9, 'USD', "Bangladesh's merchandise exports", 'decrease', None, None, NOV, EPB),
        ('0.6%', 1, 0.6, 'percent', 'exports', 'increase', 'year_on_year', None, F5, EPB),
        ('$19.90 billion', 1, 19.90e9, 'USD', 'exports', 'increase', None, None, F5, EPB),
        ('$19.78 billion', 1, 19.78e9, 'USD', 'exports', None, None, None, P('a year earlier', '2024-07-01', '2024-11-30'), EPB),
        ('80%', 1, 80, 'percent', 'ready-made garments share of export earnings', None, None, 'more_than', NOV, EPB),
        ('$3.14 billion', 1, 3.14e9, 'USD', 'ready-made garment earnings', None, None, None, NOV, EPB),
        ('4.9%', 1, 4.9, 'percent', 'ready-made garment earnings', 'decrease', None, None, NOV, EPB),
        ('3.8%', 1, 3.8, 'percent', 'knitwear shipments', 'decrease', None, None, NOV, EPB),
        ('$1.71 billion', 1, 1.71e9, 'USD', 'knitwear shipments', 'decrease', None, None, NOV, EPB),
        ('6.2%', 1, 6.2, 'percent', 'woven garment shipments', 'decrease', None, None, NOV, EPB),
        ('$1.43 billion', 1, 1.43e9, 'USD', 'woven garment shipments', 'decrease', None, None, NOV, EPB),
        ('$71 million', 1, 71e6, 'USD', 'home textiles earnings', None, None, None, per('in the month', 2025, 11), EPB),
        ('$98 million', 1, 98e6, 'USD', 'leather and leather goods earnings', None, None, None, per('in the month', 2025, 11), EPB),
        ('$70 million', 1, 70e6, 'USD', 'jute and jute goods earnings', None, None, None, per('in the month', 2025, 11), EPB),
        ('19.6%', 1, 19.6, 'percent', 'United States share of shipments', None, None, None, JN, EPB),
        ('13.8%', 1, 13.8, 'percent', 'Germany share of shipments', None, None, None, JN, EPB),
        ('10.9%', 1, 10.9, 'percent', 'United Kingdom share of shipments', None, None, None, JN, EPB),
        ('$63.5 billion', 1, 63.5e9, 'USD', 'export target', None, None, None, P('for FY2025-26', '2025-07-01', '2026-06-30'), GOB),
        ('$48.28 billion', 1, 48.28e9, 'USD', 'export earnings', None, None, None, P('in FY2024-25', '2024-07-01', '2025-06-30'), GOB),
        ('10', 1, 10, 'percent', 'orders booked for shipment', 'decrease', 'year_on_year', None, P('in January-March', '2026-01-01', '2026-03-31'), BGMEA),
        ('15%', 1, 15, 'percent', 'orders booked for shipment', 'decrease', 'year_on_year', None, P('in January-March', '2026-01-01', '2026-03-31'), BGMEA),
        ('$27.4 billion', 1, 27.4e9, 'USD', 'gross foreign exchange reserves', None, None, None, P('as of Nov. 27', '2025-11-27', '2025-11-27'), BB),
        ('122.30', 1, 122.30, 'BDT', 'taka', None, None, None, P('on Tuesday', '2025-12-02', '2025-12-02'), BB),
    ],
    'cnbc_style_apparel_retailer_earnings.txt': [
        ('10%', 1, 10, 'percent', 'Nike shares', 'decrease', None, None, None, None),
        ('300 basis points', 1, 300, 'basis_point', 'gross margin', 'decrease', None, None, None, None),
        ('17%', 1, 17, 'percent', 'China sales', 'decrease', None, None, None, None),
        ('53 cents', 1, 0.53, 'USD', 'earnings per share', None, None, None, None, NIKE),
        ('38 cents', 1, 0.38, 'USD', 'earnings per share', None, None, None, None, None),
        ('$12.43 billion', 1, 12.43e9, 'USD', 'revenue', None, None, None, None, NIKE),
        ('$12.22 billion', 1, 12.22e9, 'USD', 'revenue', None, None, None, None, None),
        ('1%', 1, 1, 'percent', 'revenue', 'decrease', 'year_on_year', None, FQ2, NIKE),
        ('$12.43 billion', 2, 12.43e9, 'USD', 'revenue', 'decrease', None, None, FQ2, NIKE),
        ('$792 million', 1, 792e6, 'USD', 'net income', None, None, None, TMP, NIKE),
        ('53 cents', 2, 0.53, 'USD', 'earnings per share', None, None, None, TMP, NIKE),
        ('$1.16 billion', 1, 1.16e9, 'USD', 'net income', None, None, None, FYE, NIKE),
        ('78 cents', 1, 0.78, 'USD', 'earnings per share', None, None, None, FYE, NIKE),
        ('300 basis points', 2, 300, 'basis_point', 'gross margin', 'decrease', None, None, FQ2, NIKE),
        ('40.6%', 1, 40.6, 'percent', 'gross margin', 'decrease', None, None, FQ2, NIKE),
        ('$7.7 billion', 1, 7.7e9, 'USD', 'inventories', None, None, None, EQ, NIKE),
        ('3%', 1, 3, 'percent', 'inventories', 'decrease', 'year_on_year', None, EQ, NIKE),
        ('17%', 2, 17, 'percent', 'sales in Greater China', 'decrease', None, None, FQ2, NIKE),
        ('$1.42 billion', 1, 1.42e9, 'USD', 'sales in Greater China', 'decrease', None, None, FQ2, NIKE),
        ('$1.53 billion', 1, 1.53e9, 'USD', 'sales in Greater China', None, None, None, FQ2, SA),
        ('9%', 1, 9, 'percent', 'North America revenue', 'increase', None, None, FQ2, NIKE),
        ('3%', 2, 3, 'percent', 'EMEA revenue', 'increase', None, None, FQ2, NIKE),
        ('8%', 1, 8, 'percent', 'Nike Direct sales', 'decrease', None, None, FQ2, NIKE),
        ('$4.6 billion', 1, 4.6e9, 'USD', 'Nike Direct sales', 'decrease', None, None, FQ2, NIKE),
        ('14%', 1, 14, 'percent', 'digital sales', 'decrease', None, None, FQ2, NIKE),
        ('8%', 2, 8, 'percent', 'wholesale revenue', 'increase', None, None, FQ2, NIKE),
        ('$7.5 billion', 1, 7.5e9, 'USD', 'wholesale revenue', 'increase', None, None, FQ2, NIKE),
        ('300', 3, 300, 'basis_point', 'gross margin', 'decrease', None, None, FQ3, NIKE),
        ('350 basis points', 1, 350, 'basis_point', 'gross margin', 'decrease', None, None, FQ3, NIKE),
        ('315 basis points', 1, 315, 'basis_point', 'tariff headwinds to gross margin', 'decrease', None, 'approximately', FQ3, NIKE),
        ('10%', 2, 10, 'percent', 'Nike shares', 'decrease', None, 'approximately', None, NIKE),
        ('6%', 1, 6, 'percent', 'Nike shares', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-12-18'), NIKE),
    ],
    'mt_newswires_norway_manufacturing_pmi.txt': [
        ('50', 1, 50, 'index_point', 'Norway manufacturing PMI', 'decrease', None, 'less_than', per('in November', 2025, 11), None),
        ('49.2', 1, 49.2, 'index_point', "seasonally adjusted manufacturing purchasing managers' index", 'decrease', None, None, MNOV, DNB),
        ('51.6', 1, 51.6, 'index_point', "seasonally adjusted manufacturing purchasing managers' index", None, None, None, MOCT, DNB),
        ('50.8', 1, 50.8, 'index_point', "seasonally adjusted manufacturing purchasing managers' index", None, None, None, MNOV, BBG),
        ('3.1 points', 1, 3.1, 'index_point', 'new orders index', 'decrease', None, None, None, DNB),
        ('48.4', 1, 48.4, 'index_point', 'new orders index', 'decrease', None, None, None, DNB),
        ('50.9', 1, 50.9, 'index_point', 'production index', 'increase', None, None, None, DNB),
        ('50.3', 1, 50.3, 'index_point', 'production index', None, None, None, None, DNB),
        ('49.6', 1, 49.6, 'index_point', 'employment', 'decrease', None, None, None, DNB),
        ('52.7', 1, 52.7, 'index_point', "suppliers' delivery times index", None, None, None, None, DNB),
        ('47.5', 1, 47.5, 'index_point', 'stocks of purchases gauge', 'decrease', None, None, None, DNB),
        ('48.8', 1, 48.8, 'index_point', 'stocks of purchases gauge', None, None, None, None, DNB),
        ('50.4', 1, 50.4, 'index_point', 'PMI average', None, None, None, P('Over September to November', '2025-09-01', '2025-11-30'), DNB),
        ('51.1', 1, 51.1, 'index_point', 'PMI average', None, None, None, P('in the three months through August', '2025-06-01', '2025-08-31'), DNB),
        ('0.8%', 1, 0.8, 'percent', 'manufacturing output', 'decrease', 'month_on_month', None, MOCT, SSB),
        ('1.2%', 1, 1.2, 'percent', 'manufacturing output', 'increase', 'month_on_month', None, per('in September', 2025, 9), SSB),
        ('2.4%', 1, 2.4, 'percent', 'manufacturing output', 'decrease', 'year_on_year', None, MOCT, SSB),
        ('4.00%', 1, 4.00, 'percent', 'policy rate', None, None, None, P('on Nov. 6', '2025-11-06', '2025-11-06'), NB),
        ('quarter point', 1, 0.25, 'percentage_point', 'policy rate', 'decrease', None, None, per('in September', 2025, 9), NB),
        ('0.3%', 1, 0.3, 'percent', 'krone', 'decrease', None, None, None, SSB),
        ('10.12', 1, 10.12, 'NOK', 'krone', 'decrease', None, None, None, SSB),
    ],
    'trading_economics_style_pakistan_inflation.txt': [
        ('6.1%', 1, 6.1, 'percent', 'Pakistan inflation rate', 'increase', None, None, None, None),
        ('6.1%', 2, 6.1, 'percent', 'annual inflation rate in Pakistan', 'increase', 'year_on_year', None, NOV25, PBS),
        ('4.8%', 1, 4.8, 'percent', 'annual inflation rate in Pakistan', None, 'year_on_year', None, TOCT, PBS),
        ('5.7%', 1, 5.7, 'percent', 'annual inflation rate in Pakistan', None, 'year_on_year', None, NOV25, None),
        ('5.8%', 1, 5.8, 'percent', 'urban consumer prices', 'increase', 'year_on_year', None, NOV25, PBS),
        ('6.5%', 1, 6.5, 'percent', 'rural inflation', 'increase', 'year_on_year', None, NOV25, PBS),
        ('4.2%', 1, 4.2, 'percent', 'annual food inflation in urban areas', 'increase', 'year_on_year', None, TNOV, PBS),
        ('2.7%', 1, 2.7, 'percent', 'annual food inflation in urban areas', None, 'year_on_year', None, TOCT, PBS),
        ('4.9%', 1, 4.9, 'percent', 'annual food inflation in rural areas', 'increase', 'year_on_year', None, TNOV, PBS),
        ('3.1%', 1, 3.1, 'percent', 'annual food inflation in rural areas', None, 'year_on_year', None, TOCT, PBS),
        ('8.9%', 1, 8.9, 'percent', 'housing and utilities', 'increase', 'year_on_year', None, TNOV, PBS),
        ('8.1%', 1, 8.1, 'percent', 'education', 'increase', 'year_on_year', None, TNOV, PBS),
        ('7.4%', 1, 7.4, 'percent', 'health', 'increase', 'year_on_year', None, TNOV, PBS),
        ('2.6%', 1, 2.6, 'percent', 'motor fuel prices', 'decrease', 'year_on_year', None, TNOV, PBS),
        ('1.3%', 1, 1.3, 'percent', 'CPI', 'increase', 'month_on_month', None, TNOV, PBS),
        ('1.8%', 1, 1.8, 'percent', 'CPI', 'increase', 'month_on_month', None, TOCT, PBS),
        ('4.7%', 1, 4.7, 'percent', 'average inflation', None, None, None, P('In the first five months of fiscal year 2025-26', '2025-07-01', '2025-11-30'), PBS),
        ('7.9%', 1, 7.9, 'percent', 'average inflation', None, None, None, P('in the same period of the previous fiscal year', '2024-07-01', '2024-11-30'), PBS),
        ('11%', 1, 11, 'percent', 'policy rate', None, None, None, P('at its Nov. 17 meeting', '2025-11-17', '2025-11-17'), SBP),
        ('5%', 1, 5, 'percent', 'inflation target range', None, None, None, None, SBP),
        ('7%', 1, 7, 'percent', 'inflation target range', None, None, None, None, SBP),
        ('7.83 percent', 1, 7.83, 'percent', 'Inflation Rate in Pakistan average', None, None, None, P('from 1957 until 2025', '1957-01-01', '2025-12-31'), PBS),
        ('38.00 percent', 1, 38.00, 'percent', 'Inflation Rate in Pakistan all time high', None, None, None, per('in May of 2023', 2023, 5), PBS),
        ('-10.32 percent', 1, -10.32, 'percent', 'Inflation Rate in Pakistan record low', 'decrease', None, None, per('in February of 1959', 1959, 2), PBS),
        ('5.90 percent', 1, 5.90, 'percent', 'Inflation Rate in Pakistan', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('6.50 percent', 1, 6.50, 'percent', 'Pakistan Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('5.80 percent', 1, 5.80, 'percent', 'Pakistan Inflation Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_tin_lme_indonesia_exports.txt': [
        ('1.8%', 1, 1.8, 'percent', 'three-month tin on the London Metal Exchange', 'increase', None, None, ET, None),
        ('$36,850', 1, 36850, 'USD', 'three-month tin on the London Metal Exchange', 'increase', None, None, ET, None),
        ('$37,120', 1, 37120, 'USD', 'three-month tin on the London Metal Exchange', None, None, None, ET, None),
        ('2.3%', 1, 2.3, 'percent', 'most-traded tin contract on the Shanghai Futures Exchange', 'increase', None, None, ET, None),
        ('291,400 yuan', 1, 291400, 'CNY', 'most-traded tin contract on the Shanghai Futures Exchange', 'increase', None, None, ET, None),
        ('0.4%', 1, 0.4, 'percent', 'LME copper', 'decrease', None, None, ET, None),
        ('$10,860', 1, 10860, 'USD', 'LME copper', 'decrease', None, None, ET, None),
        ('215 tons', 1, 215, 'tonne', 'LME-registered tin stocks', 'decrease', None, None, TUE, LME),
        ('2,790 tons', 1, 2790, 'tonne', 'LME-registered tin stocks', 'decrease', None, None, TUE, LME),
        ('40%', 1, 40, 'percent', 'LME-registered tin stocks', 'decrease', None, 'approximately', P('since the start of October', '2025-10-01', '2025-11-11'), LME),
        ('34%', 1, 34, 'percent', "Indonesia's refined tin exports", 'decrease', 'year_on_year', None, per('in October', 2025, 10), MOT),
        ('3,120 tons', 1, 3120, 'tonne', "Indonesia's refined tin exports", 'decrease', None, None, per('in October', 2025, 10), MOT),
        ('41,600 tons', 1, 41600, 'tonne', 'shipments', None, None, None, P('In January-October', '2025-01-01', '2025-10-31'), MOT),
        ('12%', 1, 12, 'percent', 'shipments', 'decrease', 'year_on_year', None, P('In January-October', '2025-01-01', '2025-10-31'), MOT),
        ('14', 1, 14, 'count', 'licensed smelters that have received export permits', None, None, None, P('so far', '2025-11-12', '2025-11-12'), MEMR),
        ('52,000 tons', 1, 52000, 'tonne', 'approved quotas of ore', None, None, 'approximately', Y('for 2025', 2025), MEMR),
        ('1,050 tons', 1, 1050, 'tonne', "China's imports of tin ore and concentrates from Myanmar", None, None, None, per('in September', 2025, 9), GAC),
        ('a third', 1, 0.3333, 'fraction', "China's imports of tin ore and concentrates from Myanmar relative to their level before the Wa State suspension", None, None, 'approximately', per('in September', 2025, 9), GAC),
        ('$35,000', 1, 35000, 'USD', 'average tin price', 'increase', None, None, Y('in 2026', 2026), MQ),
        ('$33,400', 1, 33400, 'USD', 'average tin price', None, None, None, Y('this year', 2025), MQ),
    ],
    'business_standard_style_tourist_arrivals_foreign_exchange_earnings.txt': [
        ('4.2%', 1, 4.2, 'percent', 'foreign tourist arrivals', 'increase', None, None, JUL, None),
        ('7.8%', 1, 7.8, 'percent', 'forex earnings', 'increase', None, None, JUL, None),
        ('₹22,340 cr', 1, 22340e7, 'INR', 'forex earnings', 'increase', None, None, JUL, None),
        ('7.41 lakh', 1, 741000, 'count', 'foreign tourist arrivals', None, None, None, JUL, MOTOUR),
        ('4.2 per cent', 1, 4.2, 'percent', 'foreign tourist arrivals', 'increase', 'year_on_year', None, JUL, MOTOUR),
        ('7.11 lakh', 1, 711000, 'count', 'foreign tourist arrivals', None, None, None, per('in July 2024', 2024, 7), MOTOUR),
        ('56.38 lakh', 1, 5638000, 'count', 'FTAs', None, None, None, JJ, MOTOUR),
        ('3.1 per cent', 1, 3.1, 'percent', 'FTAs', 'increase', 'year_on_year', None, JJ, MOTOUR),
        ('54.69 lakh', 1, 5469000, 'count', 'FTAs', None, None, None, P('in the same period last year', '2024-01-01', '2024-07-31'), MOTOUR),
        ('7.8 per cent', 1, 7.8, 'percent', 'foreign exchange earnings from tourism', 'increase', 'year_on_year', None, JUL, MOTOUR),
        ('₹22,340 crore', 1, 22340e7, 'INR', 'foreign exchange earnings from tourism', 'increase', None, None, JUL, MOTOUR),
        ('$2.61 bn', 1, 2.61e9, 'USD', 'FEEs in dollar terms', None, None, None, JUL, MOTOUR),
        ('5.2 per cent', 1, 5.2, 'percent', 'FEEs in dollar terms', 'increase', 'year_on_year', None, JUL, MOTOUR),
        ('₹1,59,820 crore', 1, 159820e7, 'INR', 'FEEs', None, None, None, P('From January to July', '2025-01-01', '2025-07-31'), MOTOUR),
        ('₹1,47,930 crore', 1, 147930e7, 'INR', 'FEEs', None, None, None, P('a year ago', '2024-01-01', '2024-07-31'), MOTOUR),
        ('19.8 per cent', 1, 19.8, 'percent', 'Bangladesh share of FTAs', None, None, None, JUL, MOTOUR),
        ('16.4 per cent', 1, 16.4, 'percent', 'US share of FTAs', None, None, None, JUL, MOTOUR),
        ('9.1 per cent', 1, 9.1, 'percent', 'UK share of FTAs', None, None, None, JUL, MOTOUR),
        ('29.6 per cent', 1, 29.6, 'percent', 'Delhi airport share of arrivals', None, None, None, JUL, MOTOUR),
        ('17.2 per cent', 1, 17.2, 'percent', 'Mumbai airport share of arrivals', None, None, None, JUL, MOTOUR),
        ('1.92 lakh', 1, 192000, 'count', 'arrivals on e-Tourist Visa', None, None, None, per('in the month', 2025, 7), MOTOUR),
        ('a quarter', 1, 0.25, 'fraction', 'arrivals on e-Tourist Visa share of all FTAs', None, None, 'approximately', per('in the month', 2025, 7), MOTOUR),
        ('9.6', 1, 9.6e6, 'count', 'FTAs', None, None, None, Y('in calendar 2025', 2025), ICRA),
        ('9.9 million', 1, 9.9e6, 'count', 'FTAs', None, None, None, Y('in calendar 2025', 2025), ICRA),
        ('10.93 million', 1, 10.93e6, 'count', 'FTAs', None, None, None, Y('in 2019', 2019), ICRA),
    ],
    'eu_energy_style_electricity_demand_data_centres.txt': [
        ('70 TWh', 1, 70, 'terawatt hour', 'electricity consumption of data centres in the EU', 'increase', None, None, Y24, None),
        ('2.7%', 1, 2.7, 'percent', 'data centres share of total EU electricity demand', None, None, 'approximately', Y24, None),
        ('62 TWh', 1, 62, 'terawatt hour', 'electricity consumption of data centres in the EU', None, None, None, Y('in 2022', 2022), None),
        ('6.9 TWh', 1, 6.9, 'terawatt hour', 'electricity used by Irish data centres', None, None, None, Y24, CSO),
        ('22%', 1, 22, 'percent', 'Irish data centres share of metered electricity consumption', 'increase', None, None, Y24, CSO),
        ('5%', 1, 5, 'percent', 'Irish data centres share of metered electricity consumption', None, None, None, Y('in 2015', 2015), CSO),
        ('7%', 1, 7, 'percent', 'data centres share of national demand in the Netherlands', None, None, 'approximately', Y24, None),
        ('4%', 1, 4, 'percent', 'data centres share of national demand in Germany', None, None, 'approximately', Y24, None),
        ('0.86 GW', 1, 0.86, 'gigawatt', 'data-centre load in Ireland', None, None, None, Q('in the fourth quarter of 2025', 2025, 4), EIRG),
        ('9%', 1, 9, 'percent', 'data-centre load in Ireland', 'increase', 'year_on_year', None, Q('in the fourth quarter of 2025', 2025, 4), EIRG),
        ('30 GW', 1, 30, 'gigawatt', 'grid connection requests from data centres in the FLAP-D markets', None, None, 'more_than', EY25, None),
        ('9 GW', 1, 9, 'gigawatt', 'installed data-centre capacity in the FLAP-D markets', None, None, 'approximately', EY25, None),
        ('0.6 GW', 1, 0.6, 'gigawatt', 'connected data-centre capacity in Sweden', 'increase', None, None, Y('in 2025', 2025), None),
        ('0.4 GW', 1, 0.4, 'gigawatt', 'connected data-centre capacity in Finland', 'increase', None, None, Y('in 2025', 2025), None),
        ('98', 1, 98, 'terawatt hour', 'EU data-centre consumption', 'increase', None, None, Y30, EC),
        ('115 TWh', 1, 115, 'terawatt hour', 'EU data-centre consumption', 'increase', None, None, Y30, EC),
        ('3.2', 1, 3.2, 'percent', 'EU data-centre consumption share of projected electricity demand', 'increase', None, None, Y30, EC),
        ('3.7%', 1, 3.7, 'percent', 'EU data-centre consumption share of projected electricity demand', 'increase', None, None, Y30, EC),
    ],
    'nbs_style_construction_industry_output_contracts.txt': [
        ('21,760.3 billion yuan', 1, 21760.3e9, 'CNY', 'total output value of construction enterprises', None, None, None, F3Q, NBS),
        ('4.6 percent', 1, 4.6, 'percent', 'total output value of construction enterprises', 'decrease', 'year_on_year', None, F3Q, NBS),
        ('7,643.0 billion yuan', 1, 7643.0e9, 'CNY', 'output value', None, None, None, Q('In the third quarter', 2025, 3), NBS),
        ('6.1 percent', 1, 6.1, 'percent', 'output value', 'decrease', 'year_on_year', None, Q('In the third quarter', 2025, 3), NBS),
        ('21,215.8 billion yuan', 1, 21215.8e9, 'CNY', 'value of newly signed contracts of construction enterprises', None, None, None, F3QS, NBS),
        ('5.1 percent', 1, 5.1, 'percent', 'value of newly signed contracts of construction enterprises', 'decrease', 'year_on_year', None, F3QS, NBS),
        ('11.96 billion square meters', 1, 11.96e9, 'square metre', 'floor space of buildings under construction', None, None, None, ESEP, NBS),
        ('8.9 percent', 1, 8.9, 'percent', 'floor space of buildings under construction', 'decrease', 'year_on_year', None, ESEP, NBS),
        ('2.18 billion square meters', 1, 2.18e9, 'square metre', 'newly started floor space', None, None, None, ESEP, NBS),
        ('12.3 percent', 1, 12.3, 'percent', 'newly started floor space', 'decrease', 'year_on_year', None, ESEP, NBS),
        ('3.9 percent', 1, 3.9, 'percent', 'output value in the eastern region', 'decrease', None, None, None, NBS),
        ('5.2 percent', 1, 5.2, 'percent', 'output value in the central region', 'decrease', None, None, None, NBS),
        ('5.8 percent', 1, 5.8, 'percent', 'output value in the western region', 'decrease', None, None, None, NBS),
        ('8.4 percent', 1, 8.4, 'percent', 'output value in the northeastern region', 'decrease', None, None, None, NBS),
        ('3,074.5 billion yuan', 1, 3074.5e9, 'CNY', 'output value of Jiangsu', None, None, None, None, NBS),
        ('1,859.2 billion yuan', 1, 1859.2e9, 'CNY', 'output value of Zhejiang', None, None, None, None, NBS),
        ('1,470.6 billion yuan', 1, 1470.6e9, 'CNY', 'output value of Guangdong', None, None, None, None, NBS),
        ('132,785', 1, 132785, 'count', 'construction enterprises with qualification', None, None, None, BSEP, NBS),
        ('38.62 million people', 1, 38.62e6, 'count', 'people employed by construction enterprises', None, None, None, BSEP, NBS),
        ('4.8 percent', 1, 4.8, 'percent', 'people employed by construction enterprises', 'decrease', 'year_on_year', None, BSEP, NBS),
        ('452,310 yuan', 1, 452310, 'CNY', 'labour productivity calculated on the basis of output value', None, None, None, BSEP, NBS),
        ('1.6 percent', 1, 1.6, 'percent', 'labour productivity calculated on the basis of output value', 'increase', 'year_on_year', None, BSEP, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
