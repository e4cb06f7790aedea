# ruff: noqa: E501, RUF001
"""Write corpus/annotated_93/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_93.py corpus/annotated_93
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
COM = "U.S. Department of Commerce"
SNZ = "Statistics New Zealand"
RBNZ = "Reserve Bank of New Zealand"
REU = "Reuters"
TRE = "U.S. Department of the Treasury"
CNBC = "CNBC"
DJ = "Dow Jones"
PWBM = "Penn Wharton Budget Model"
ECB = "European Central Bank"
INDEC = "National Institute of Statistics and Censuses"
TE = "Trading Economics"
EIA = "U.S. Energy Information Administration"
API = "American Petroleum Institute"
DOCA = "Department of Consumer Affairs"
ESTAT = "Eurostat"
EHP = "Euroheat & Power"
MPS = "Ministry of Public Security"
NEA = "National Energy Administration"

# 9301 ONS UK Health Accounts (ref Tuesday 2025-05-20)
Y24 = Y("in 2024", 2024)
Y23 = Y("in 2023", 2023)
B2324 = Y("between 2023 and 2024", 2024)
B2223 = Y("between 2022 and 2023", 2023)
YE23 = Y("a year earlier", 2023)
OY = Y("over the year", 2024)
F23 = Y("for 2023", 2023)
# 9302 Reuters 1987 (ref Thursday 1987-04-09)
FEB = per("in February", 1987, 2)
JAN = per("in January", 1987, 1)
YE86 = per("a year earlier", 1986, 2)
# 9303 Reuters 2025 (ref Wednesday 2026-02-04)
Q4 = Q("in the fourth quarter", 2025, 4)
PQ = Q("in the previous three months", 2025, 3)
DQ = Q("in the December quarter", 2025, 4)
SQR = Q("September-quarter", 2025, 3)
OD = Q("in October-December", 2025, 4)
FEB18 = P("at the Feb. 18 review", "2026-02-18", "2026-02-18")
# 9304 CNBC (ref Wednesday 2025-12-10)
NOV = per("in November", 2025, 11)
NOV24 = per("in November 2024", 2024, 11)
FTM = P("For the first two months of fiscal 2026", "2025-10-01", "2025-11-30")
SPYE = P("in the same period a year earlier", "2024-10-01", "2024-11-30")
FFY = P("for the full fiscal year", "2025-10-01", "2026-09-30")
YA = per("a year ago", 2024, 11)
FTMO = per("for the month", 2025, 11)
NOVA = per("November", 2025, 11)
# 9305 MT Newswires (ref Thursday 2025-12-18)
OCT = per("in October", 2025, 10)
SEP = per("in September", 2025, 9)
T12 = P("In the 12 months to October", "2024-11-01", "2025-10-31")
T12P = P("in the 12 months to October 2024", "2023-11-01", "2024-10-31")
O12 = P("Over the 12 months to October", "2024-11-01", "2025-10-31")
YE12 = P("a year earlier", "2023-11-01", "2024-10-31")
t12 = P("in the 12 months to October", "2024-11-01", "2025-10-31")
# 9306 Trading Economics (ref Thursday 2025-11-20)
S25 = per("in September 2025", 2025, 9)
AUG = per("in August", 2025, 8)
ISEP = per("In September", 2025, 9)
ASEP = per("in September", 2025, 9)
PM = per("in the previous month", 2025, 8)
D24 = P("December 2024", "2024-12-01", "2025-09-30")
F9 = P("In the first nine months of the year", "2025-01-01", "2025-09-30")
EQ = P("by the end of this quarter", "2025-12-31", "2025-12-31")
# 9307 Investing.com (ref Wednesday 2025-12-10)
ET = P("By 11:05 ET", None, None)
WK = P("in the week ended Dec. 5", "2025-11-29", "2025-12-05")
WK2 = P("in the week to Dec. 5", "2025-11-29", "2025-12-05")
WE = P("a week earlier", "2025-11-22", "2025-11-28")
SN = P("at the start of November", "2025-11-01", "2025-11-01")
SY = P("since the start of the year", "2025-01-01", "2025-12-10")
N14 = P("on Nov. 14", "2025-11-14", "2025-11-14")
# 9308 Business Standard (ref Friday 2025-11-21)
TH = P("on Thursday", "2025-11-20", "2025-11-20")
MA = P("a month ago", "2025-10-20", "2025-10-20")
YAG = P("a year ago", "2024-11-20", "2024-11-20")
WED = P("on Wednesday", "2025-11-19", "2025-11-19")
WEB = P("a week earlier", "2025-11-12", "2025-11-12")
YEB = P("a year earlier", "2024-11-20", "2024-11-20")
TW = P("this week", "2025-11-17", "2025-11-23")
# 9309 DG Energy (ref Wednesday 2025-10-15)
I24 = Y("In 2024", 2024)
Q424 = Q("In the fourth quarter of 2024", 2024, 4)
B30 = P("by 2030", "2030-12-31", "2030-12-31")
# 9310 NBS / MPS (ref Monday 2025-10-20)
EOSH = P("by the End of September", "2025-09-30", "2025-09-30")
EOS25 = P("by the end of September 2025", "2025-09-30", "2025-09-30")
BEOS = P("By the end of September", "2025-09-30", "2025-09-30")
F3Q = P("In the first three quarters", "2025-01-01", "2025-09-30")
SEPA = per("In September", 2025, 9)
beos = P("by the end of September", "2025-09-30", "2025-09-30")
JS = P("From January to September", "2025-01-01", "2025-09-30")

HE = "total current healthcare expenditure"
WI = "merchant wholesalers' inventories"
UR = "New Zealand's unemployment rate"
CD = "customs duties"
RAT = "inventory-to-sales ratio"
NEV = "newly registered new energy vehicles"
DHP = "district heating price"

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_healthcare_expenditure.txt': [
        ('£317.4 billion', 1, 317.4e9, 'GBP', HE, None, None, None, Y24, None),
        ('11.2%', 1, 11.2, 'percent', f'{HE} as a share of GDP', None, None, None, Y24, None),
        ('11.0%', 1, 11.0, 'percent', f'{HE} as a share of GDP', None, None, None, Y23, None),
        ('3.1%', 1, 3.1, 'percent', 'healthcare spending in real terms', 'increase', 'year_on_year', None, B2324, None),
        ('2.4%', 1, 2.4, 'percent', 'healthcare spending in real terms', 'increase', 'year_on_year', None, B2223, None),
        ('6.3%', 1, 6.3, 'percent', 'government-financed healthcare expenditure in nominal terms', 'increase', 'year_on_year', None, Y24, ONS),
        ('£256.8 billion', 1, 256.8e9, 'GBP', 'government-financed healthcare expenditure', 'increase', None, None, Y24, ONS),
        ('4.0%', 1, 4.0, 'percent', 'non-government healthcare expenditure', 'increase', 'year_on_year', None, Y24, ONS),
        ('£60.6 billion', 1, 60.6e9, 'GBP', 'non-government healthcare expenditure', 'increase', None, None, Y24, ONS),
        ('81%', 1, 81, 'percent', 'government schemes share of healthcare expenditure', 'increase', None, 'approximately', Y24, ONS),
        ('80.6%', 1, 80.6, 'percent', 'government schemes share of healthcare expenditure', None, None, None, YE23, ONS),
        ('£4,610', 1, 4610, 'GBP', 'spending per person', None, None, None, Y24, ONS),
        ('£238', 1, 238, 'GBP', 'spending per person', 'increase', 'year_on_year', None, Y24, ONS),
        ('2.3%', 1, 2.3, 'percent', 'per-person spending adjusted for inflation', 'increase', 'year_on_year', None, Y24, ONS),
        ('49.8%', 1, 49.8, 'percent', 'curative and rehabilitative care share of spending', None, None, None, Y24, ONS),
        ('14.6%', 1, 14.6, 'percent', 'long-term care (health) share of spending', None, None, None, Y24, ONS),
        ('12.9%', 1, 12.9, 'percent', 'medical goods share of spending', None, None, None, Y24, ONS),
        ('2.7%', 1, 2.7, 'percent', 'real-terms spending on preventive care', 'decrease', 'year_on_year', None, OY, ONS),
        ('5.4%', 1, 5.4, 'percent', 'spending on long-term care in real terms', 'increase', 'year_on_year', None, OY, ONS),
        ('7.9%', 1, 7.9, 'percent', 'spending on long-term care in nominal terms', 'increase', 'year_on_year', None, OY, ONS),
        ('£38.2 billion', 1, 38.2e9, 'GBP', "households' out-of-pocket payments", None, None, None, None, ONS),
        ('£555', 1, 555, 'GBP', "households' out-of-pocket payments per person", None, None, 'approximately', None, ONS),
        ('£1.4 billion', 1, 1.4e9, 'GBP', f'{HE} revision', 'decrease', None, None, F23, ONS),
        ('£299.9 billion', 1, 299.9e9, 'GBP', HE, 'decrease', None, None, F23, ONS),
        ('11.0%', 2, 11.0, 'percent', f'{HE} as a share of GDP', None, None, None, F23, ONS),
    ],
    'wire_1987_us_wholesale_inventories.txt': [
        ('0.6 PCT', 1, 0.6, 'percent', 'U.S. wholesale inventories', 'increase', None, None, per('IN FEBRUARY', 1987, 2), None),
        ('0.6 pct', 1, 0.6, 'percent', WI, 'increase', 'month_on_month', None, FEB, COM),
        ('160.38 billion dlrs', 1, 160.38e9, 'USD', WI, 'increase', None, None, FEB, COM),
        ('0.2 pct', 1, 0.2, 'percent', WI, 'decrease', 'month_on_month', None, JAN, COM),
        ('0.5 pct', 1, 0.5, 'percent', WI, 'decrease', None, None, per('January', 1987, 1), COM),
        ('1.1 pct', 1, 1.1, 'percent', 'wholesale sales', 'decrease', None, None, FEB, COM),
        ('119.52 billion dlrs', 1, 119.52e9, 'USD', 'wholesale sales', 'decrease', None, None, FEB, COM),
        ('2.3 pct', 1, 2.3, 'percent', 'wholesale sales', 'increase', None, None, JAN, COM),
        ('1.34 months', 1, 1.34, 'month', RAT, 'increase', None, None, FEB, COM),
        ('1.32 months', 1, 1.32, 'month', RAT, None, None, None, JAN, COM),
        ('1.37 months', 1, 1.37, 'month', RAT, None, None, None, YE86, COM),
        ('0.9 pct', 1, 0.9, 'percent', 'stocks of durable goods', 'increase', None, None, None, COM),
        ('98.74 billion dlrs', 1, 98.74e9, 'USD', 'stocks of durable goods', 'increase', None, None, None, COM),
        ('0.1 pct', 1, 0.1, 'percent', 'nondurable goods inventories', 'increase', None, None, None, COM),
        ('61.64 billion', 1, 61.64e9, 'USD', 'nondurable goods inventories', 'increase', None, None, None, COM),
        ('1.6 pct', 1, 1.6, 'percent', 'durable goods sales', 'decrease', None, None, None, COM),
        ('0.5 pct', 2, 0.5, 'percent', 'nondurable sales', 'decrease', None, None, None, COM),
        ('2.8 pct', 1, 2.8, 'percent', 'total inventories', 'increase', 'year_on_year', None, FEB, COM),
        ('4.4 pct', 1, 4.4, 'percent', 'sales', 'increase', 'year_on_year', None, FEB, COM),
        ('0.3 pct', 1, 0.3, 'percent', 'wholesale inventories', 'increase', None, 'approximately', per('February', 1987, 2), None),
        ('0.4 pct', 1, 0.4, 'percent', "manufacturers' inventories", 'increase', None, None, per('February', 1987, 2), COM),
        ('25.81 billion dlrs', 1, 25.81e9, 'USD', 'inventories of machinery, equipment and supplies', None, None, None, None, COM),
        ('12.07 billion', 1, 12.07e9, 'USD', 'grocery stocks', None, None, None, None, COM),
    ],
    'wire_2025_new_zealand_unemployment.txt': [
        ('5.5%', 1, 5.5, 'percent', 'New Zealand jobless rate', 'increase', None, None, None, None),
        ('5.5%', 2, 5.5, 'percent', UR, 'increase', None, None, Q4, SNZ),
        ('5.3%', 1, 5.3, 'percent', UR, None, None, None, PQ, SNZ),
        ('5.4%', 1, 5.4, 'percent', 'unemployment rate', 'increase', None, None, None, REU),
        ('5.5%', 3, 5.5, 'percent', 'unemployment rate', None, None, None, None, RBNZ),
        ('0.1%', 1, 0.1, 'percent', 'employment', 'decrease', 'quarter_on_quarter', None, DQ, SNZ),
        ('0.1%', 2, 0.1, 'percent', 'employment', 'increase', 'quarter_on_quarter', None, DQ, REU),
        ('0.6%', 1, 0.6, 'percent', 'employment', 'decrease', 'year_on_year', None, DQ, SNZ),
        ('70.2%', 1, 70.2, 'percent', 'participation rate', 'decrease', None, None, DQ, SNZ),
        ('70.4%', 1, 70.4, 'percent', 'participation rate', None, None, None, DQ, SNZ),
        ('5.3%', 2, 5.3, 'percent', 'jobless rate', 'increase', None, None, SQR, SNZ),
        ('5.2%', 1, 5.2, 'percent', 'jobless rate', None, None, None, SQR, SNZ),
        ('172,000', 1, 172000, 'count', 'people unemployed', None, None, 'approximately', None, SNZ),
        ('9,000', 1, 9000, 'count', 'people unemployed', 'increase', 'quarter_on_quarter', None, None, SNZ),
        ('24,000', 1, 24000, 'count', 'people unemployed', 'increase', 'year_on_year', None, None, SNZ),
        ('0.5%', 1, 0.5, 'percent', 'private sector ordinary time wages', 'increase', 'quarter_on_quarter', None, OD, SNZ),
        ('2.1%', 1, 2.1, 'percent', 'private sector ordinary time wages', 'increase', 'year_on_year', None, OD, SNZ),
        ('0.6%', 2, 0.6, 'percent', 'public sector wages', 'increase', 'quarter_on_quarter', None, OD, SNZ),
        ('2.8%', 1, 2.8, 'percent', 'public sector wages', 'increase', 'year_on_year', None, OD, SNZ),
        ('2.25%', 1, 2.25, 'percent', 'official cash rate', 'decrease', None, None, None, RBNZ),
        ('5.50%', 1, 5.50, 'percent', 'official cash rate', None, None, None, None, RBNZ),
        ('15%', 1, 15, 'percent', 'probability of another 25-basis-point cut', 'increase', None, 'approximately', FEB18, None),
        ('25-basis-point', 1, 25, 'basis_point', 'RBNZ rate cut', 'decrease', None, None, FEB18, None),
        ('8%', 1, 8, 'percent', 'probability of another 25-basis-point cut', None, None, 'approximately', FEB18, None),
        ('0.3%', 1, 0.3, 'percent', 'New Zealand dollar', 'decrease', None, None, None, SNZ),
        ('US$0.5744', 1, 0.5744, 'USD', 'New Zealand dollar', 'decrease', None, None, None, SNZ),
    ],
    'cnbc_style_tariff_customs_revenue.txt': [
        ('$30.8 billion', 1, 30.8e9, 'USD', 'tariff haul', None, None, None, NOV, TRE),
        ('$30.8 billion', 2, 30.8e9, 'USD', CD, None, None, None, NOV, TRE),
        ('four times', 1, 4, 'times', CD, 'increase', 'year_on_year', 'more_than', NOV, TRE),
        ('$7.3 billion', 1, 7.3e9, 'USD', CD, None, None, None, NOV24, TRE),
        ('$62.1 billion', 1, 62.1e9, 'USD', 'customs receipts', 'increase', None, None, FTM, TRE),
        ('$14.6 billion', 1, 14.6e9, 'USD', 'customs receipts', None, None, None, SPYE, TRE),
        ('$300 billion', 1, 300e9, 'USD', 'duties', None, None, 'more_than', FFY, CNBC),
        ('9%', 1, 9, 'percent', 'tariffs share of total federal receipts', None, None, 'approximately', NOV, TRE),
        ('2%', 1, 2, 'percent', 'tariffs share of total federal receipts', None, None, 'approximately', YA, TRE),
        ('$173 billion', 1, 173e9, 'USD', 'budget deficit', None, None, None, FTMO, TRE),
        ('53%', 1, 53, 'percent', 'budget deficit', 'decrease', 'year_on_year', None, FTMO, TRE),
        ('$367 billion', 1, 367e9, 'USD', 'budget deficit', None, None, None, NOV24, TRE),
        ('$185 billion', 1, 185e9, 'USD', 'budget deficit', None, None, None, FTMO, DJ),
        ('14%', 1, 14, 'percent', 'receipts', 'increase', 'year_on_year', None, NOVA, TRE),
        ('$336 billion', 1, 336e9, 'USD', 'receipts', 'increase', None, None, NOVA, TRE),
        ('23%', 1, 23, 'percent', 'outlays', 'decrease', 'year_on_year', None, NOVA, TRE),
        ('$509 billion', 1, 509e9, 'USD', 'outlays', 'decrease', None, None, NOVA, TRE),
        ('10%', 1, 10, 'percent', 'baseline tariff on most trading partners', None, None, None, None, None),
        ('50%', 1, 50, 'percent', 'duties on some goods from India and Brazil', None, None, 'up_to', None, None),
        ('$500 billion', 1, 500e9, 'USD', 'customs revenue', None, None, 'more_than', None, TRE),
        ('$90 billion', 1, 90e9, 'USD', 'tariff refunds', None, None, 'up_to', None, PWBM),
    ],
    'mt_newswires_euro_zone_current_account.txt': [
        ('EUR18.4 Billion', 1, 18.4e9, 'EUR', 'euro zone current account surplus', 'decrease', None, None, OCT, None),
        ('18.4 billion euros', 1, 18.4e9, 'EUR', 'seasonally adjusted current account surplus', 'decrease', None, None, OCT, ECB),
        ('25.1 billion euros', 1, 25.1e9, 'EUR', 'seasonally adjusted current account surplus', None, None, None, SEP, ECB),
        ('23.6 billion euros', 1, 23.6e9, 'EUR', 'current account surplus', None, None, None, per('September', 2025, 9), ECB),
        ('22.9 billion euros', 1, 22.9e9, 'EUR', 'goods surplus', 'decrease', None, None, None, ECB),
        ('29.8 billion euros', 1, 29.8e9, 'EUR', 'goods surplus', None, None, None, None, ECB),
        ('9.7 billion euros', 1, 9.7e9, 'EUR', 'services surplus', 'increase', None, None, None, ECB),
        ('9.2 billion euros', 1, 9.2e9, 'EUR', 'services surplus', None, None, None, None, ECB),
        ('1.6 billion euros', 1, 1.6e9, 'EUR', 'primary income surplus', 'increase', None, None, None, ECB),
        ('0.4 billion euros', 1, 0.4e9, 'EUR', 'primary income deficit', None, None, None, None, ECB),
        ('15.8 billion euros', 1, 15.8e9, 'EUR', 'secondary income deficit', 'increase', None, None, None, ECB),
        ('13.5 billion euros', 1, 13.5e9, 'EUR', 'secondary income deficit', None, None, None, None, ECB),
        ('318 billion euros', 1, 318e9, 'EUR', 'current account surplus', 'decrease', None, None, T12, ECB),
        ('2.1%', 1, 2.1, 'percent', 'current account surplus as a share of GDP', 'decrease', None, None, T12, ECB),
        ('389 billion euros', 1, 389e9, 'EUR', 'current account surplus', None, None, None, T12P, ECB),
        ('2.6%', 1, 2.6, 'percent', 'current account surplus as a share of GDP', None, None, None, T12P, ECB),
        ('331 billion euros', 1, 331e9, 'EUR', 'goods surplus', 'decrease', None, None, O12, ECB),
        ('398 billion euros', 1, 398e9, 'EUR', 'goods surplus', None, None, None, O12, ECB),
        ('6 billion euros', 1, 6e9, 'EUR', 'primary income deficit', None, None, None, O12, ECB),
        ('21 billion euros', 1, 21e9, 'EUR', 'primary income surplus', None, None, None, YE12, ECB),
        ('166 billion euros', 1, 166e9, 'EUR', 'services surplus', None, None, None, O12, ECB),
        ('173 billion euros', 1, 173e9, 'EUR', 'secondary income deficit', None, None, None, O12, ECB),
        ('512 billion euros', 1, 512e9, 'EUR', 'net acquisitions of non-euro area portfolio investment securities by euro area residents', None, None, None, t12, ECB),
        ('603 billion euros', 1, 603e9, 'EUR', "non-residents' net purchases of euro area securities", None, None, None, t12, ECB),
        ('0.1%', 1, 0.1, 'percent', 'euro', 'increase', None, None, None, ECB),
        ('$1.1745', 1, 1.1745, 'USD', 'euro', 'increase', None, None, None, ECB),
    ],
    'trading_economics_style_argentina_economic_activity.txt': [
        ('5.0%', 1, 5.0, 'percent', "Argentina's economic activity", 'increase', 'year_on_year', None, S25, INDEC),
        ('2.1%', 1, 2.1, 'percent', "Argentina's economic activity", 'increase', 'year_on_year', None, AUG, INDEC),
        ('3.2%', 1, 3.2, 'percent', "Argentina's economic activity", None, 'year_on_year', None, S25, None),
        ('23.8%', 1, 23.8, 'percent', 'financial intermediation', 'increase', None, None, ISEP, INDEC),
        ('11.4%', 1, 11.4, 'percent', 'mining and quarrying', 'increase', None, None, ISEP, INDEC),
        ('8.7%', 1, 8.7, 'percent', 'agriculture, livestock and forestry', 'increase', None, None, ISEP, INDEC),
        ('-2.3%', 1, -2.3, 'percent', 'manufacturing', 'decrease', None, None, ISEP, INDEC),
        ('-1.1%', 1, -1.1, 'percent', 'construction', 'decrease', None, None, ISEP, INDEC),
        ('-0.6%', 1, -0.6, 'percent', 'wholesale and retail trade', 'decrease', None, None, ISEP, INDEC),
        ('0.5%', 1, 0.5, 'percent', 'seasonally adjusted index', 'increase', 'month_on_month', None, ASEP, INDEC),
        ('152.6', 1, 152.6, 'index_point', 'seasonally adjusted index', 'increase', None, None, ASEP, INDEC),
        ('0.7%', 1, 0.7, 'percent', 'seasonally adjusted index', 'increase', 'month_on_month', None, PM, INDEC),
        ('2.4%', 1, 2.4, 'percent', 'activity', 'increase', None, None, D24, INDEC),
        ('5.2%', 1, 5.2, 'percent', 'economy', 'increase', 'year_on_year', None, F9, INDEC),
        ('2.06 percent', 1, 2.06, 'percent', 'Economic Activity YoY in Argentina average', None, None, None, P('from 1994 until 2025', '1994-01-01', '2025-12-31'), INDEC),
        ('31.50 percent', 1, 31.50, 'percent', 'Economic Activity YoY in Argentina all time high', None, None, None, per('in April 2021', 2021, 4), INDEC),
        ('-25.60 percent', 1, -25.60, 'percent', 'Economic Activity YoY in Argentina record low', 'decrease', None, None, per('in April 2020', 2020, 4), INDEC),
        ('3.00 percent', 1, 3.00, 'percent', 'Economic Activity YoY in Argentina', None, None, None, EQ, TE),
        ('2.50 percent', 1, 2.50, 'percent', 'Argentina Economic Activity YoY', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('1.80 percent', 1, 1.80, 'percent', 'Argentina Economic Activity YoY', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_heating_oil_diesel_futures.txt': [
        ('4.12 cents', 1, 0.0412, 'USD', 'ULSD futures', 'increase', None, None, ET, None),
        ('1.8%', 1, 1.8, 'percent', 'ULSD futures', 'increase', None, None, ET, None),
        ('$2.3385', 1, 2.3385, 'USD', 'ULSD futures', 'increase', None, None, ET, None),
        ('0.9%', 1, 0.9, 'percent', 'RBOB gasoline futures', 'increase', None, None, ET, None),
        ('$1.7820', 1, 1.7820, 'USD', 'RBOB gasoline futures', 'increase', None, None, ET, None),
        ('0.7%', 1, 0.7, 'percent', 'Brent crude futures', 'increase', None, None, ET, None),
        ('$62.39', 1, 62.39, 'USD', 'Brent crude futures', 'increase', None, None, ET, None),
        ('2.4 million barrels', 1, 2.4e6, 'barrel', 'distillate fuel inventories', 'decrease', None, None, WK, EIA),
        ('112.6 million barrels', 1, 112.6e6, 'barrel', 'distillate fuel inventories', 'decrease', None, None, WK, EIA),
        ('1.1 million barrels', 1, 1.1e6, 'barrel', 'distillate fuel inventories', 'increase', None, None, WK, REU),
        ('7%', 1, 7, 'percent', 'distillate stocks', 'decrease', None, 'approximately', WK, EIA),
        ('4.21 million barrels per day', 1, 4.21e6, 'barrel per day', 'distillate product supplied', 'increase', None, None, WK2, EIA),
        ('92.6%', 1, 92.6, 'percent', 'refinery utilization', 'decrease', None, None, WK2, EIA),
        ('94.1%', 1, 94.1, 'percent', 'refinery utilization', None, None, None, WE, EIA),
        ('$36', 1, 36, 'USD', 'ULSD crack spread against Brent', 'increase', None, 'approximately', None, EIA),
        ('$29', 1, 29, 'USD', 'ULSD crack spread against Brent', None, None, 'approximately', SN, EIA),
        ('3%', 1, 3, 'percent', 'ULSD futures', 'decrease', None, 'approximately', SY, EIA),
        ('$2.62', 1, 2.62, 'USD', 'ULSD futures 12-month high', None, None, None, N14, EIA),
        ('1.3 million barrel', 1, 1.3e6, 'barrel', 'distillate stocks', 'decrease', None, None, None, API),
    ],
    'business_standard_style_onion_tomato_prices.txt': [
        ('38%', 1, 38, 'percent', 'tomato prices', 'increase', None, None, None, None),
        ('Rs 31', 1, 31, 'INR', 'onions', None, None, None, None, None),
        ('Rs 52', 1, 52, 'INR', 'all-India average retail price of tomato', 'increase', None, None, TH, DOCA),
        ('38 per cent', 1, 38, 'percent', 'all-India average retail price of tomato', 'increase', 'month_on_month', None, TH, DOCA),
        ('Rs 37.7', 1, 37.7, 'INR', 'all-India average retail price of tomato', None, None, None, MA, DOCA),
        ('Rs 60', 1, 60, 'INR', 'retail price of tomatoes in Delhi', None, None, None, TH, DOCA),
        ('80', 1, 80, 'INR', 'retail price of tomatoes in Delhi', None, None, None, TH, DOCA),
        ('Rs 3,200', 1, 3200, 'INR', 'modal wholesale price of tomatoes at Azadpur mandi', None, None, None, TH, DOCA),
        ('Rs 1,850', 1, 1850, 'INR', 'modal wholesale price of tomatoes at Azadpur mandi', None, None, None, YAG, DOCA),
        ('1,420 tonnes', 1, 1420, 'tonne', 'tomato arrivals at Azadpur', 'decrease', None, None, WED, DOCA),
        ('2,100 tonnes', 1, 2100, 'tonne', 'tomato arrivals at Azadpur', None, None, 'approximately', WEB, DOCA),
        ('40 per cent', 1, 40, 'percent', 'tomato arrivals at Kolar', 'decrease', 'period_on_period', 'approximately', WED, DOCA),
        ('Rs 31', 2, 31, 'INR', 'average retail price of onion', None, None, None, TH, DOCA),
        ('21 per cent', 1, 21, 'percent', 'average retail price of onion', 'decrease', 'year_on_year', None, TH, DOCA),
        ('Rs 1,100', 1, 1100, 'INR', 'modal price of onion at Lasalgaon', None, None, None, TW, DOCA),
        ('Rs 1,350', 1, 1350, 'INR', 'modal price of onion at Lasalgaon', None, None, None, TW, DOCA),
        ('1,850 tonnes', 1, 1850, 'tonne', 'onion arrivals at Lasalgaon', None, None, None, TW, DOCA),
        ('1.9 lakh tonnes', 1, 190000, 'tonne', 'onion buffer sold', None, None, 'approximately', None, DOCA),
        ('3 lakh-tonne', 1, 300000, 'tonne', 'onion buffer', None, None, None, None, DOCA),
        ('Rs 24', 1, 24, 'INR', 'selling price of buffer onion', None, None, None, None, DOCA),
        ('18', 1, 18, 'count', 'cities where buffer onion is sold', None, None, None, None, DOCA),
        ('Rs 28', 1, 28, 'INR', 'potato prices', None, None, None, None, DOCA),
        ('Rs 74', 1, 74, 'INR', 'tomato price in Mumbai', None, None, None, None, DOCA),
        ('Rs 68', 1, 68, 'INR', 'tomato price in Chennai', None, None, None, None, DOCA),
        ('Rs 65', 1, 65, 'INR', 'tomato price in Kolkata', None, None, None, None, DOCA),
    ],
    'eu_energy_style_district_heating_prices.txt': [
        ('11%', 1, 11, 'percent', 'district heating share of heat consumed in EU households', None, None, 'approximately', Y24, ESTAT),
        ('64%', 1, 64, 'percent', 'district heating share of household heat in Denmark', None, None, None, Y24, ESTAT),
        ('58%', 1, 58, 'percent', 'district heating share of household heat in Latvia', None, None, None, Y24, ESTAT),
        ('55%', 1, 55, 'percent', 'district heating share of household heat in Lithuania', None, None, None, Y24, ESTAT),
        ('9%', 1, 9, 'percent', f'weighted average household {DHP} excluding taxes', 'decrease', 'year_on_year', None, Y24, ESTAT),
        ('118 EUR/MWh', 1, 118, 'EUR', f'weighted average household {DHP} excluding taxes', 'decrease', None, None, Y24, ESTAT),
        ('141 EUR/MWh', 1, 141, 'EUR', f'household {DHP} including all taxes', None, None, None, Y24, ESTAT),
        ('152 EUR/MWh', 1, 152, 'EUR', f'{DHP} in Sweden', None, None, None, I24, ESTAT),
        ('146 EUR/MWh', 1, 146, 'EUR', f'{DHP} in Finland', None, None, None, I24, ESTAT),
        ('64 EUR/MWh', 1, 64, 'EUR', f'{DHP} in Bulgaria', None, None, None, I24, ESTAT),
        ('4%', 1, 4, 'percent', f'average {DHP} in Germany', 'increase', None, None, I24, ESTAT),
        ('134 EUR/MWh', 1, 134, 'EUR', f'average {DHP} in Germany', 'increase', None, None, I24, ESTAT),
        ('12%', 1, 12, 'percent', f'{DHP}s in Poland', 'decrease', None, None, I24, ESTAT),
        ('7%', 1, 7, 'percent', f'{DHP}s in Czechia', 'decrease', None, None, I24, ESTAT),
        ('31%', 1, 31, 'percent', 'natural gas share of gross heat production', 'decrease', None, None, Y24, ESTAT),
        ('34%', 1, 34, 'percent', 'natural gas share of gross heat production', None, None, None, Y23, ESTAT),
        ('29%', 1, 29, 'percent', 'biomass and renewable waste share of gross heat production', None, None, None, Y24, ESTAT),
        ('14%', 1, 14, 'percent', 'coal and lignite share of gross heat production', None, None, None, Y24, ESTAT),
        ('4%', 2, 4, 'percent', 'heat pumps and electric boilers share of gross heat production', None, None, None, Y24, ESTAT),
        ('0.8 percentage points', 1, 0.8, 'percentage_point', 'heat pumps and electric boilers share of gross heat production', 'increase', 'year_on_year', None, Y24, ESTAT),
        ('43 EUR/MWh', 1, 43, 'EUR', 'wholesale TTF gas price', None, None, None, Q424, ESTAT),
        ('22%', 1, 22, 'percent', 'wholesale TTF gas price', 'increase', 'year_on_year', None, Q424, ESTAT),
        ('2,000', 1, 2000, 'count', 'district heating networks planning to add large heat pumps', None, None, 'approximately', B30, EHP),
        ('12', 2, 12, 'gigawatt', 'combined capacity of planned large heat pumps', None, None, None, B30, EHP),
        ('15 GW', 1, 15, 'gigawatt', 'combined capacity of planned large heat pumps', None, None, None, B30, EHP),
    ],
    'nbs_style_nev_ownership_charging_piles.txt': [
        ('460 Million', 1, 460e6, 'count', 'motor vehicle ownership', None, None, None, EOSH, None),
        ('37 Million', 1, 37e6, 'count', 'new energy vehicles', None, None, 'more_than', EOSH, None),
        ('460 million', 1, 460e6, 'count', 'number of motor vehicles in China', None, None, None, EOS25, MPS),
        ('354 million', 1, 354e6, 'count', 'automobiles', None, None, None, EOS25, MPS),
        ('553 million', 1, 553e6, 'count', 'number of drivers', None, None, None, EOS25, MPS),
        ('514 million', 1, 514e6, 'count', 'automobile drivers', None, None, None, EOS25, MPS),
        ('37.51 million', 1, 37.51e6, 'count', 'number of new energy vehicles', None, None, None, BEOS, MPS),
        ('10.60 percent', 1, 10.60, 'percent', 'new energy vehicles share of total automobiles', None, None, None, BEOS, MPS),
        ('27.89 million', 1, 27.89e6, 'count', 'pure electric vehicles', None, None, None, BEOS, MPS),
        ('74.35 percent', 1, 74.35, 'percent', 'pure electric vehicles share of NEVs', None, None, None, BEOS, MPS),
        ('9.62 million', 1, 9.62e6, 'count', NEV, None, None, None, F3Q, MPS),
        ('2.48 million', 1, 2.48e6, 'count', NEV, 'increase', 'year_on_year', None, F3Q, MPS),
        ('34.73 percent', 1, 34.73, 'percent', NEV, 'increase', 'year_on_year', None, F3Q, MPS),
        ('46.71 percent', 1, 46.71, 'percent', 'new energy vehicles share of newly registered automobiles', None, None, None, F3Q, MPS),
        ('20.60 million', 1, 20.60e6, 'count', 'newly registered automobiles', None, None, None, F3Q, MPS),
        ('3.12 percent', 1, 3.12, 'percent', 'newly registered automobiles', 'increase', 'year_on_year', None, F3Q, MPS),
        ('1.21 million', 1, 1.21e6, 'count', NEV, None, None, None, SEPA, MPS),
        ('26.8 percent', 1, 26.8, 'percent', NEV, 'increase', 'year_on_year', None, SEPA, MPS),
        ('18.06 million', 1, 18.06e6, 'count', 'total number of electric vehicle charging infrastructure units', None, None, None, beos, NEA),
        ('54.5 percent', 1, 54.5, 'percent', 'total number of electric vehicle charging infrastructure units', 'increase', 'year_on_year', None, beos, NEA),
        ('4.48 million', 1, 4.48e6, 'count', 'public charging facilities', None, None, None, beos, NEA),
        ('13.58 million', 1, 13.58e6, 'count', 'private charging facilities', None, None, None, beos, NEA),
        ('39.5 percent', 1, 39.5, 'percent', 'public charging facilities', 'increase', 'year_on_year', None, beos, NEA),
        ('60.3 percent', 1, 60.3, 'percent', 'private charging facilities', 'increase', 'year_on_year', None, beos, NEA),
        ('5.12 million units', 1, 5.12e6, 'count', 'newly added charging infrastructure', None, None, None, JS, NEA),
        ('48.9 percent', 1, 48.9, 'percent', 'newly added charging infrastructure', 'increase', 'year_on_year', None, JS, NEA),
        ('189 million kilowatts', 1, 189e6, 'kilowatt', 'rated charging power of public charging facilities', None, None, None, JS, NEA),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
