# ruff: noqa: E501, RUF001
"""Write corpus/annotated_52/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(1-based; occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and
checks the offsets.

usage: python scripts/annotated_labels_52.py corpus/annotated_52
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
STC = "Statistics Canada"
RB = "Sveriges Riksbank"
SCB = "Statistics Sweden"
REU = "Reuters"
USDA = "U.S. Department of Agriculture"
BLS = "U.S. Bureau of Labor Statistics"
DJ = "Dow Jones"
ABS = "Australian Bureau of Statistics"
RBA = "Reserve Bank of Australia"
DANE = "National Administrative Department of Statistics"
BR = "Banco de la República"
TE = "Trading Economics"
ICE = "Intercontinental Exchange"
BBG = "Bloomberg"
FUND = "Fundecitrus"
CBR = "CitrusBR"
ISMA = "Indian Sugar & Bio-energy Manufacturers Association"
GOI = "Government of India"
EUROSTAT = "Eurostat"
KPLER = "Kpler"
CFLP = "China Federation of Logistics and Purchasing"

# 5201 ONS marriages (ref Thursday 2025-06-12)
Y23 = Y("in 2023", 2023)
I23 = Y("In 2023", 2023)
# 5202 Reuters 1987 (ref Friday 1987-04-24)
MAR = per("in March", 1987, 3)
FEB = per("in February", 1987, 2)
TWM = per("In the 12 months to March", 1987, 3)
# 5203 Reuters 2025 (ref Tuesday 2025-09-23)
TUE = P("on Tuesday", "2025-09-23", "2025-09-23")
AUG = per("in August", 2025, 8)
JUL = per("in July", 2025, 7)
TY = Y("this year", 2025)
Y26 = Y("in 2026", 2026)
# 5204 CNBC (ref Thursday 2025-04-10)
WED = P("on Wednesday", "2025-04-09", "2025-04-09")
CMAR = per("in March", 2025, 3)
SOFAR = P("so far this year", "2025-01-01", "2025-04-10")
MAR1 = P("on March 1", "2025-03-01", "2025-03-01")
Y25 = Y("in 2025", 2025)
# 5205 MT Newswires (ref 2025-11-25, the dateline's day)
OCT = per("in October", 2025, 10)
SEP = per("in September", 2025, 9)
T12 = per("in the 12 months to October", 2025, 10)
OYO = per("over the year to October", 2025, 10)
# 5206 Trading Economics (ref Friday 2025-12-05)
NOV25 = per("in November 2025", 2025, 11)
INOV = per("In November", 2025, 11)
TOCT = per("in October", 2025, 10)
# 5207 Investing.com (ref Wednesday 2025-12-10)
ET = P("By 11:40 ET", None, None)
FL26 = P("2025-26", "2025-10-01", "2026-09-30")
BR26 = P("2025-26", "2025-07-01", "2026-06-30")
EJUN = P("at the end of June", "2025-06-30", "2025-06-30")
# 5208 Business Standard (ref Friday 2026-01-02)
TD31 = P("till December 31", "2025-10-01", "2025-12-31")
S2526 = P("in 2025-26", "2025-10-01", "2026-09-30")
# 5209 DG ENER (ref Wednesday 2026-02-18)
IY24 = Y("In 2024", 2024)
Y24 = Y("in 2024", 2024)
Y21 = Y("in 2021", 2021)
YE23 = Y("a year earlier", 2023)
# 5210 CFLP (ref Thursday 2025-12-04)
NOV = per("in November", 2025, 11)
JO = P("from January to October", "2025-01-01", "2025-10-31")
F3Q = P("In the first three quarters", "2025-01-01", "2025-09-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_marriages_and_civil_partnerships.txt': [
        ('226,140', 1, 226140, 'count', 'marriages in England and Wales', None, None, None, Y23, None),
        ('9.6%', 1, 9.6, 'percent', 'marriages in England and Wales', 'decrease', 'year_on_year', None, Y23, None),
        ('3.1%', 1, 3.1, 'percent', 'number of marriages', 'decrease', None, None, P('in 2019', '2019-01-01', '2023-12-31'), None),
        ('233,430', 1, 233430, 'count', 'number of marriages', None, None, None, Y('in 2019', 2019), None),
        ('84.7%', 1, 84.7, 'percent', 'civil ceremonies share of marriages', None, None, None, Y23, None),
        ('15.3%', 1, 15.3, 'percent', 'religious ceremonies share of marriages', None, None, None, Y23, None),
        ('18.4', 1, 18.4, 'count', 'opposite-sex marriage rate for men per 1,000 unmarried men', None, None, None, I23, ONS),
        ('16.9', 1, 16.9, 'count', 'opposite-sex marriage rate for women per 1,000 unmarried women', None, None, None, I23, ONS),
        ('20.6', 1, 20.6, 'count', 'opposite-sex marriage rate for men per 1,000 unmarried men', None, None, None, Y('in 2022', 2022), ONS),
        ('18.9', 1, 18.9, 'count', 'opposite-sex marriage rate for women per 1,000 unmarried women', None, None, None, Y('in 2022', 2022), ONS),
        ('7,350', 1, 7350, 'count', 'marriages between same-sex couples', None, None, None, Y23, ONS),
        ('6.2%', 1, 6.2, 'percent', 'marriages between same-sex couples', 'decrease', 'year_on_year', None, Y23, ONS),
        ('56%', 1, 56, 'percent', 'female couples share of same-sex marriages', None, None, 'approximately', Y23, ONS),
        ('34.6 years', 1, 34.6, 'year', 'median age at marriage of men in opposite-sex couples', 'increase', None, None, Y23, ONS),
        ('32.9 years', 1, 32.9, 'year', 'median age at marriage of women in opposite-sex couples', 'increase', None, None, Y23, ONS),
        ('0.2', 1, 0.2, 'year', 'median age at marriage of men in opposite-sex couples', 'increase', 'year_on_year', None, Y23, ONS),
        ('0.3 years', 1, 0.3, 'year', 'median age at marriage of women in opposite-sex couples', 'increase', 'year_on_year', None, Y23, ONS),
        ('38.1 years', 1, 38.1, 'year', 'median age at marriage of men in same-sex couples', None, None, None, Y23, ONS),
        ('33.4', 1, 33.4, 'year', 'median age at marriage of women in same-sex couples', None, None, None, Y23, ONS),
        ('8,120', 1, 8120, 'count', 'civil partnerships formed', None, None, None, Y23, ONS),
        ('two-thirds', 1, 0.6667, 'fraction', 'opposite-sex couples share of civil partnerships', None, None, 'approximately', Y23, ONS),
        ('5,460', 1, 5460, 'count', 'civil partnerships between opposite-sex couples', None, None, None, Y23, ONS),
        ('229,000', 1, 229000, 'count', 'marriages', None, None, 'approximately', Y('in 2024', 2024), ONS),
        ('1.3%', 1, 1.3, 'percent', 'marriages', 'increase', 'year_on_year', None, Y('in 2024', 2024), ONS),
    ],
    'wire_1987_canada_consumer_prices.txt': [
        ('0.4 PCT', 1, 0.4, 'percent', 'Canada consumer prices', 'increase', None, None, per('IN MARCH', 1987, 3), None),
        ('0.4 pct', 1, 0.4, 'percent', 'consumer price index', 'increase', 'month_on_month', None, MAR, STC),
        ('0.3 pct', 1, 0.3, 'percent', 'consumer price index', 'increase', 'month_on_month', None, per('the previous month', 1987, 2), STC),
        ('4.3 pct', 1, 4.3, 'percent', 'consumer price index', 'increase', 'year_on_year', None, MAR, STC),
        ('4.1 pct', 1, 4.1, 'percent', 'consumer price index', None, 'year_on_year', None, FEB, STC),
        ('136.9', 1, 136.9, 'index_point', 'consumer price index', None, None, None, MAR, STC),
        ('131.3', 1, 131.3, 'index_point', 'consumer price index', None, None, None, per('a year earlier', 1986, 3), STC),
        ('0.8 pct', 1, 0.8, 'percent', 'food prices', 'increase', 'month_on_month', None, None, STC),
        ('9.6 pct', 1, 9.6, 'percent', 'prices of fresh vegetables', 'increase', 'month_on_month', None, None, STC),
        ('0.5 pct', 1, 0.5, 'percent', 'energy prices', 'decrease', 'month_on_month', None, None, STC),
        ('0.3 pct', 2, 0.3, 'percent', 'shelter costs', 'increase', 'month_on_month', None, None, STC),
        ('0.6 pct', 1, 0.6, 'percent', 'clothing costs', 'increase', 'month_on_month', None, None, STC),
        ('5.2 pct', 1, 5.2, 'percent', 'food prices', 'increase', 'year_on_year', None, TWM, STC),
        ('4.0 pct', 1, 4.0, 'percent', 'housing prices', 'increase', 'year_on_year', None, TWM, STC),
        ('5.6 pct', 1, 5.6, 'percent', 'consumer prices in Toronto', 'increase', 'year_on_year', None, MAR, STC),
        ('4.4 pct', 1, 4.4, 'percent', 'consumer prices in Vancouver', 'increase', 'year_on_year', None, MAR, STC),
        ('4.1 pct', 2, 4.1, 'percent', 'consumer prices in Montreal', 'increase', 'year_on_year', None, MAR, STC),
        ('2.2 pct', 1, 2.2, 'percent', 'consumer prices in Edmonton', 'increase', 'year_on_year', None, MAR, STC),
        ('0.3 pct', 3, 0.3, 'percent', 'consumer price index', 'increase', 'month_on_month', None, per('March', 1987, 3), None),
        ('136.4', 1, 136.4, 'index_point', 'consumer price index', 'increase', None, None, per('February', 1987, 2), STC),
        ('136.3', 1, 136.3, 'index_point', 'consumer price index', None, None, None, per('February', 1987, 2), STC),
        ('0.4 pct', 2, 0.4, 'percent', 'prices excluding food and energy', 'increase', 'month_on_month', None, MAR, STC),
        ('4.5 pct', 1, 4.5, 'percent', 'prices excluding food and energy', 'increase', 'year_on_year', None, MAR, STC),
        ('1.3210', 1, 1.3210, 'CAD', 'Canadian dollar', 'decrease', None, None, P('on Thursday', '1987-04-23', '1987-04-23'), STC),
        ('75.70 U.S. cents', 1, 0.7570, 'USD', 'Canadian dollar', 'decrease', None, None, P('on Thursday', '1987-04-23', '1987-04-23'), STC),
        ('75.86 cents', 1, 0.7586, 'USD', 'Canadian dollar', None, None, None, P('on Wednesday', '1987-04-22', '1987-04-22'), STC),
    ],
    'wire_2025_sweden_riksbank_rate_decision.txt': [
        ('1.75%', 1, 1.75, 'percent', 'Riksbank rate', 'decrease', None, None, None, RB),
        ('a quarter of a percentage point', 1, 0.25, 'percentage_point', 'policy rate', 'decrease', None, None, TUE, RB),
        ('1.75%', 2, 1.75, 'percent', 'policy rate', 'decrease', None, None, TUE, RB),
        ('24', 1, 24, 'count', 'economists polled by Reuters', None, None, None, None, REU),
        ('17', 1, 17, 'count', 'economists who had expected the Riksbank to keep the rate', None, None, None, None, REU),
        ('2.00%', 1, 2.00, 'percent', 'policy rate', None, None, None, None, REU),
        ('seven', 1, 7, 'count', 'economists who had forecast a cut', None, None, None, None, REU),
        ('0.6%', 1, 0.6, 'percent', 'crown', 'decrease', None, None, None, None),
        ('11.06', 1, 11.06, 'SEK', 'crown', 'decrease', None, None, None, None),
        ('9.41', 1, 9.41, 'SEK', 'crown against the dollar', None, None, None, None, None),
        ('1.74%', 1, 1.74, 'percent', 'policy rate', None, None, None, Q('in the fourth quarter of this year', 2025, 4), RB),
        ('1.69%', 1, 1.69, 'percent', 'policy rate', None, None, None, Q('in the third quarter of 2026', 2026, 3), RB),
        ('2.6%', 1, 2.6, 'percent', 'CPIF inflation', None, None, None, TY, RB),
        ('1.0%', 1, 1.0, 'percent', 'CPIF inflation', None, None, None, Y26, RB),
        ('1.0%', 2, 1.0, 'percent', 'GDP growth', 'increase', None, None, TY, RB),
        ('2.7%', 1, 2.7, 'percent', 'GDP growth', 'increase', None, None, Y26, RB),
        ('2%', 1, 2, 'percent', 'CPIF inflation target', None, None, None, None, RB),
        ('2.9%', 1, 2.9, 'percent', 'annual CPIF inflation', 'decrease', 'year_on_year', None, AUG, SCB),
        ('3.2%', 1, 3.2, 'percent', 'annual CPIF inflation', None, 'year_on_year', None, JUL, SCB),
        ('3.1%', 1, 3.1, 'percent', 'CPIF excluding energy prices', 'increase', 'year_on_year', None, AUG, SCB),
        ('1.1%', 1, 1.1, 'percent', 'CPI inflation', None, 'year_on_year', None, AUG, SCB),
        ('9.1%', 1, 9.1, 'percent', 'unemployment', 'increase', None, None, AUG, SCB),
        ('8.8%', 1, 8.8, 'percent', 'unemployment', None, None, None, JUL, SCB),
        ('0.5%', 1, 0.5, 'percent', 'GDP', 'increase', 'quarter_on_quarter', None, Q('in April-June', 2025, 2), SCB),
        ('0.1%', 1, 0.1, 'percent', 'GDP', 'decrease', 'quarter_on_quarter', None, Q('in April-June', 2025, 2), SCB),
    ],
    'cnbc_style_egg_prices_usda.txt': [
        ('$3.00', 1, 3.00, 'USD', 'national average wholesale price for a dozen large white Grade A eggs', 'decrease', None, None, WED, USDA),
        ('$8.17', 1, 8.17, 'USD', 'national average wholesale egg price all-time high', None, None, None, P('on March 6', '2025-03-06', '2025-03-06'), USDA),
        ('40%', 1, 40, 'percent', 'national average wholesale price for a dozen large white Grade A eggs', 'increase', 'year_on_year', 'approximately', WED, USDA),
        ('$6.23', 1, 6.23, 'USD', 'average price of a dozen Grade A large eggs in U.S. cities', 'increase', None, None, CMAR, BLS),
        ('$5.90', 1, 5.90, 'USD', 'average price of a dozen Grade A large eggs in U.S. cities', None, None, None, per('in February', 2025, 2), BLS),
        ('5.9%', 1, 5.9, 'percent', 'consumer price index for eggs', 'increase', 'month_on_month', None, CMAR, BLS),
        ('60.4%', 1, 60.4, 'percent', 'consumer price index for eggs', 'increase', 'year_on_year', None, CMAR, BLS),
        ('0.1%', 1, 0.1, 'percent', 'overall CPI', 'increase', 'month_on_month', None, CMAR, DJ),
        ('0.1%', 2, 0.1, 'percent', 'overall CPI', 'decrease', 'month_on_month', None, CMAR, BLS),
        ('30 million', 1, 30e6, 'count', 'egg-laying hens wiped out by avian influenza', None, None, 'approximately', SOFAR, USDA),
        ('43 million', 1, 43e6, 'count', 'egg-laying hens wiped out by avian influenza', None, None, None, Q('in the fourth quarter of 2024', 2024, 4), USDA),
        ('two-thirds', 1, 0.6667, 'fraction', 'commercial table-egg flocks share of losses', None, None, 'approximately', SOFAR, USDA),
        ('285.2 million', 1, 285.2e6, 'count', 'table-egg layer flock', None, None, None, MAR1, USDA),
        ('7%', 1, 7, 'percent', 'table-egg layer flock', 'decrease', 'year_on_year', 'approximately', MAR1, USDA),
        ('41.1%', 1, 41.1, 'percent', 'egg prices', 'increase', None, None, Y25, USDA),
        ('23.4%', 1, 23.4, 'percent', 'egg prices', 'increase', None, None, Y25, USDA),
        ('62.8%', 1, 62.8, 'percent', 'egg prices', 'increase', None, None, Y25, USDA),
        ('20.3%', 1, 20.3, 'percent', 'egg prices', None, None, None, Y25, USDA),
    ],
    'mt_newswires_australia_monthly_cpi.txt': [
        ('3.8%', 1, 3.8, 'percent', "Australia's Monthly CPI Indicator", 'increase', None, None, OCT, None),
        ('3.8%', 2, 3.8, 'percent', 'monthly consumer price index indicator', 'increase', 'year_on_year', None, T12, ABS),
        ('3.5%', 1, 3.5, 'percent', 'monthly consumer price index indicator', None, 'year_on_year', None, SEP, ABS),
        ('3.6%', 1, 3.6, 'percent', 'monthly consumer price index indicator', None, 'year_on_year', None, T12, REU),
        ('3.3%', 1, 3.3, 'percent', 'annual trimmed mean', 'increase', 'year_on_year', None, OCT, ABS),
        ('3.2%', 1, 3.2, 'percent', 'annual trimmed mean', None, 'year_on_year', None, SEP, ABS),
        ('3.1%', 1, 3.1, 'percent', 'CPI excluding volatile items and holiday travel', None, 'year_on_year', None, OCT, ABS),
        ('37.1%', 1, 37.1, 'percent', 'electricity prices', 'increase', 'year_on_year', None, None, ABS),
        ('5.4%', 1, 5.4, 'percent', 'electricity prices excluding the rebates', 'increase', 'year_on_year', None, None, ABS),
        ('4.2%', 1, 4.2, 'percent', 'rents', 'increase', 'year_on_year', None, OYO, ABS),
        ('4.4%', 1, 4.4, 'percent', 'rents', None, 'year_on_year', None, SEP, ABS),
        ('1.6%', 1, 1.6, 'percent', 'new dwelling prices', 'increase', 'year_on_year', None, OYO, ABS),
        ('3.2%', 2, 3.2, 'percent', 'food and non-alcoholic beverages', 'increase', 'year_on_year', None, OYO, ABS),
        ('5.9%', 1, 5.9, 'percent', 'alcohol and tobacco', 'increase', 'year_on_year', None, OYO, ABS),
        ('0.3%', 1, 0.3, 'percent', 'CPI', 'increase', 'month_on_month', None, OCT, ABS),
        ('0.4%', 1, 0.4, 'percent', 'CPI', 'increase', 'month_on_month', None, SEP, ABS),
        ('3.60%', 1, 3.60, 'percent', 'cash rate', None, None, None, P('at its Nov. 4 meeting', '2025-11-04', '2025-11-04'), RBA),
        ('3.2%', 3, 3.2, 'percent', 'trimmed mean inflation', None, None, None, Q('in the December quarter', 2025, 4), RBA),
        ('2.6%', 1, 2.6, 'percent', 'trimmed mean inflation', 'decrease', None, None, P('in the second half of 2027', '2027-07-01', '2027-12-31'), RBA),
        ('0.1%', 1, 0.1, 'percent', 'Australian dollar', 'decrease', None, None, None, ABS),
        ('US$0.6478', 1, 0.6478, 'USD', 'Australian dollar', 'decrease', None, None, None, ABS),
    ],
    'trading_economics_style_colombia_inflation.txt': [
        ('5.1%', 1, 5.1, 'percent', 'Colombia Inflation Rate', 'decrease', None, None, None, None),
        ('5.1%', 2, 5.1, 'percent', 'annual inflation rate in Colombia', 'decrease', 'year_on_year', None, NOV25, DANE),
        ('5.51%', 1, 5.51, 'percent', 'annual inflation rate in Colombia', None, 'year_on_year', None, TOCT, DANE),
        ('5.3%', 1, 5.3, 'percent', 'annual inflation rate in Colombia', None, 'year_on_year', None, NOV25, None),
        ('4.32%', 1, 4.32, 'percent', 'price growth for food and non-alcoholic beverages', 'decrease', 'year_on_year', None, INOV, DANE),
        ('5.05%', 1, 5.05, 'percent', 'price growth for food and non-alcoholic beverages', None, 'year_on_year', None, TOCT, DANE),
        ('5.74%', 1, 5.74, 'percent', 'price growth for housing and utilities', 'decrease', 'year_on_year', None, INOV, DANE),
        ('6.2%', 1, 6.2, 'percent', 'price growth for housing and utilities', None, 'year_on_year', None, TOCT, DANE),
        ('4.9%', 1, 4.9, 'percent', 'price growth for transport', 'decrease', 'year_on_year', None, INOV, DANE),
        ('5.3%', 2, 5.3, 'percent', 'price growth for transport', None, 'year_on_year', None, TOCT, DANE),
        ('7.88%', 1, 7.88, 'percent', 'price growth for restaurants and hotels', 'increase', 'year_on_year', None, INOV, DANE),
        ('7.61%', 1, 7.61, 'percent', 'price growth for restaurants and hotels', None, 'year_on_year', None, TOCT, DANE),
        ('8.1%', 1, 8.1, 'percent', 'price growth for education', 'increase', 'year_on_year', None, INOV, DANE),
        ('8.0%', 1, 8.0, 'percent', 'price growth for education', None, 'year_on_year', None, TOCT, DANE),
        ('4.72%', 1, 4.72, 'percent', 'annual core inflation', 'decrease', 'year_on_year', None, INOV, DANE),
        ('4.85%', 1, 4.85, 'percent', 'annual core inflation', None, 'year_on_year', None, TOCT, DANE),
        ('0.07%', 1, 0.07, 'percent', 'consumer prices', 'increase', 'month_on_month', None, per('in November', 2025, 11), DANE),
        ('0.18%', 1, 0.18, 'percent', 'consumer prices', 'increase', 'month_on_month', None, TOCT, DANE),
        ('0.35%', 1, 0.35, 'percent', 'consumer prices', 'increase', 'month_on_month', None, per('in the same month a year earlier', 2024, 11), DANE),
        ('4.65%', 1, 4.65, 'percent', 'cumulative inflation', None, None, None, P('between January and November', '2025-01-01', '2025-11-30'), DANE),
        ('3%', 1, 3, 'percent', 'inflation target', None, None, None, None, BR),
        ('1 percentage point', 1, 1, 'percentage_point', 'tolerance band', None, None, None, None, BR),
        ('9.25%', 1, 9.25, 'percent', 'benchmark rate', None, None, None, TOCT, BR),
        ('14.85 percent', 1, 14.85, 'percent', "Colombia's inflation rate average", None, None, None, P('Between 1955 and 2025', '1955-01-01', '2025-12-31'), DANE),
        ('36.71 percent', 1, 36.71, 'percent', "Colombia's inflation rate peak", None, None, None, per('in March 1963', 1963, 3), DANE),
        ('-2.88 percent', 1, -2.88, 'percent', "Colombia's inflation rate trough", 'decrease', None, None, per('in July 1955', 1955, 7), DANE),
        ('5.00 percent', 1, 5.00, 'percent', "Colombia's inflation rate", None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('4.20 percent', 1, 4.20, 'percent', 'Colombia Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('3.60 percent', 1, 3.60, 'percent', 'Colombia Inflation Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_orange_juice_futures.txt': [
        ('4.2%', 1, 4.2, 'percent', 'January FCOJ contract', 'decrease', None, None, ET, None),
        ('$1.6235', 1, 1.6235, 'USD', 'January FCOJ contract', 'decrease', None, None, ET, None),
        ('$1.5810', 1, 1.5810, 'USD', 'January FCOJ contract', None, None, None, ET, None),
        ('60%', 1, 60, 'percent', 'orange juice prices', 'decrease', None, 'approximately', P('so far this year', '2025-01-01', '2025-12-10'), None),
        ('$5.45', 1, 5.45, 'USD', 'orange juice prices record', None, None, None, per('in December 2024', 2024, 12), None),
        ('13.0 million boxes', 1, 13.0e6, 'count', "Florida's all-orange crop", None, None, None, FL26, USDA),
        ('8%', 1, 8, 'percent', "Florida's all-orange crop", 'increase', None, None, FL26, USDA),
        ('12.2 million boxes', 1, 12.2e6, 'count', "Florida's all-orange crop", None, None, None, P('last season', '2024-10-01', '2025-09-30'), USDA),
        ('12.5 million boxes', 1, 12.5e6, 'count', "Florida's all-orange crop", None, None, None, FL26, BBG),
        ('7.6 million boxes', 1, 7.6e6, 'count', 'Valencia oranges', None, None, None, FL26, USDA),
        ('5.4 million', 1, 5.4e6, 'count', 'non-Valencia varieties', None, None, None, FL26, USDA),
        ('294.8 million boxes', 1, 294.8e6, 'count', 'crop in the São Paulo and Minas Gerais citrus belt', None, None, None, BR26, FUND),
        ('27%', 1, 27, 'percent', 'crop in the São Paulo and Minas Gerais citrus belt', 'increase', 'year_on_year', None, BR26, FUND),
        ('232.4 million boxes', 1, 232.4e6, 'count', 'crop in the São Paulo and Minas Gerais citrus belt', None, None, None, P("the previous season's", '2024-07-01', '2025-06-30'), FUND),
        ('356,000 tonnes', 1, 356000, 'tonne', 'orange juice inventories held by Brazilian exporters', None, None, None, EJUN, CBR),
        ('40%', 1, 40, 'percent', 'orange juice inventories held by Brazilian exporters', 'increase', 'year_on_year', None, EJUN, CBR),
        ('2.1 million pounds', 1, 2.1e6, 'pound-mass', 'ICE-certified FCOJ stocks in Florida', None, None, None, P('on Monday', '2025-12-08', '2025-12-08'), ICE),
    ],
    'business_standard_style_sugar_production_isma.txt': [
        ('24.6%', 1, 24.6, 'percent', 'sugar output', 'increase', None, None, P('till Dec-end', '2025-10-01', '2025-12-31'), ISMA),
        ('11.9 mt', 1, 11.9e6, 'tonne', 'sugar output', 'increase', None, None, P('till Dec-end', '2025-10-01', '2025-12-31'), ISMA),
        ('24.6 per cent', 1, 24.6, 'percent', 'sugar production', 'increase', 'year_on_year', None, TD31, ISMA),
        ('11.90 million tonnes', 1, 11.9e6, 'tonne', 'sugar production', 'increase', None, None, TD31, ISMA),
        ('487', 1, 487, 'count', 'mills crushing cane', None, None, 'up_to', P('at the end of December', '2025-12-31', '2025-12-31'), ISMA),
        ('493', 1, 493, 'count', 'mills crushing cane', None, None, None, P('a year earlier', '2024-12-31', '2024-12-31'), ISMA),
        ('5.07 mt', 1, 5.07e6, 'tonne', 'production in Maharashtra', 'increase', None, None, TD31, ISMA),
        ('3.85 mt', 1, 3.85e6, 'tonne', 'production in Maharashtra', None, None, None, P('in the same period last season', '2024-10-01', '2024-12-31'), ISMA),
        ('3.24 mt', 1, 3.24e6, 'tonne', 'production in Uttar Pradesh', None, None, None, TD31, ISMA),
        ('2.78 mt', 1, 2.78e6, 'tonne', 'production in Karnataka', None, None, None, TD31, ISMA),
        ('0.31 mt', 1, 0.31e6, 'tonne', 'output in Gujarat', None, None, None, TD31, ISMA),
        ('34.35 mt', 1, 34.35e6, 'tonne', 'gross production', None, None, 'approximately', S2526, ISMA),
        ('3.4 mt', 1, 3.4e6, 'tonne', 'sugar diverted to ethanol', None, None, 'approximately', S2526, ISMA),
        ('31 mt', 1, 31e6, 'tonne', 'net sugar output', None, None, 'approximately', S2526, ISMA),
        ('3.5 mt', 1, 3.5e6, 'tonne', 'diversion to ethanol', None, None, None, P('Last season', '2024-10-01', '2025-09-30'), ISMA),
        ('1.5 mt', 1, 1.5e6, 'tonne', 'exports allowed', None, None, None, P('in the current season', '2025-10-01', '2026-09-30'), GOI),
        ('1.8 lakh tonnes', 1, 180000, 'tonne', 'sugar shipped by mills for export', None, None, 'approximately', P('till December 15', '2025-10-01', '2025-12-15'), ISMA),
        ('₹3,850', 1, 3850, 'INR', 'ex-mill prices in Uttar Pradesh', None, None, None, P('last week', '2025-12-22', '2025-12-28'), ISMA),
        ('₹3,950', 1, 3950, 'INR', 'ex-mill prices in Uttar Pradesh', None, None, None, P('last week', '2025-12-22', '2025-12-28'), ISMA),
        ('₹40', 1, 40, 'INR', 'minimum selling price of sugar', 'increase', None, 'at_least', None, ISMA),
        ('₹31', 1, 31, 'INR', 'minimum selling price of sugar', None, None, None, P('since 2019', '2019-01-01', '2026-01-02'), None),
    ],
    'eu_energy_style_energy_import_dependency.txt': [
        ('56.4%', 1, 56.4, 'percent', "EU's energy import dependency", 'decrease', None, None, IY24, EUROSTAT),
        ('58.3%', 1, 58.3, 'percent', "EU's energy import dependency", None, None, None, Y('in 2023', 2023), EUROSTAT),
        ('4.1%', 1, 4.1, 'percent', 'net imports of energy products', 'decrease', 'year_on_year', None, IY24, EUROSTAT),
        ('849 Mtoe', 1, 849e6, 'tonne of oil equivalent', 'net imports of energy products', 'decrease', None, None, IY24, EUROSTAT),
        ('94.6%', 1, 94.6, 'percent', 'dependency for oil and petroleum products', None, None, None, Y24, EUROSTAT),
        ('89.2%', 1, 89.2, 'percent', 'dependency for natural gas', None, None, None, Y24, EUROSTAT),
        ('41.8%', 1, 41.8, 'percent', 'dependency for solid fossil fuels', None, None, None, Y24, EUROSTAT),
        ('3.5 percentage points', 1, 3.5, 'percentage_point', 'dependency for solid fossil fuels', 'decrease', 'year_on_year', None, Y24, EUROSTAT),
        ('97.1%', 1, 97.1, 'percent', 'energy import dependency of Malta', None, None, None, Y24, EUROSTAT),
        ('92.4%', 1, 92.4, 'percent', 'energy import dependency of Cyprus', None, None, None, Y24, EUROSTAT),
        ('90.6%', 1, 90.6, 'percent', 'energy import dependency of Luxembourg', None, None, None, Y24, EUROSTAT),
        ('4.8%', 1, 4.8, 'percent', 'energy import dependency of Estonia', None, None, None, Y24, EUROSTAT),
        ('66.5%', 1, 66.5, 'percent', "Germany's dependency", 'decrease', None, None, Y24, EUROSTAT),
        ('71.3%', 1, 71.3, 'percent', "Italy's dependency", 'decrease', None, None, Y24, EUROSTAT),
        ('73.0%', 1, 73.0, 'percent', "Germany's dependency", None, None, None, YE23, EUROSTAT),
        ('74.8%', 1, 74.8, 'percent', "Italy's dependency", None, None, None, YE23, EUROSTAT),
        ('18.8%', 1, 18.8, 'percent', "Russia's share in extra-EU imports of natural gas", 'decrease', None, None, Y24, EUROSTAT),
        ('45.3%', 1, 45.3, 'percent', "Russia's share in extra-EU imports of natural gas", None, None, None, Y21, EUROSTAT),
        ('3.1%', 1, 3.1, 'percent', "Russia's share in extra-EU crude oil imports", 'decrease', None, None, Y24, EUROSTAT),
        ('25.7%', 1, 25.7, 'percent', "Russia's share in extra-EU crude oil imports", None, None, None, Y21, EUROSTAT),
        ('30%', 1, 30, 'percent', 'Norway share of EU gas imports', None, None, 'approximately', Y24, EUROSTAT),
        ('16%', 1, 16, 'percent', 'United States share of EU gas imports', None, None, 'approximately', Y24, EUROSTAT),
        ('14%', 1, 14, 'percent', 'Russian LNG share of EU LNG imports', 'decrease', None, 'approximately', P('In the first three quarters of 2025', '2025-01-01', '2025-09-30'), KPLER),
        ('17%', 1, 17, 'percent', 'Russian LNG share of EU LNG imports', None, None, 'approximately', P('in the same period of 2024', '2024-01-01', '2024-09-30'), KPLER),
    ],
    'nbs_style_logistics_prosperity_index.txt': [
        ('51.0 percent', 1, 51.0, 'index_point', "China's logistics prosperity index", 'increase', None, None, NOV, None),
        ('51.0 percent', 2, 51.0, 'index_point', 'logistics prosperity index (LPI)', None, None, None, NOV, CFLP),
        ('0.3 percentage points', 1, 0.3, 'percentage_point', 'logistics prosperity index (LPI)', 'increase', 'month_on_month', None, NOV, CFLP),
        ('51.8 percent', 1, 51.8, 'index_point', 'business volume index', None, None, None, None, CFLP),
        ('0.5 percentage points', 1, 0.5, 'percentage_point', 'business volume index', 'increase', None, None, None, CFLP),
        ('50.9 percent', 1, 50.9, 'index_point', 'new orders index', None, None, None, None, CFLP),
        ('48.6 percent', 1, 48.6, 'index_point', 'logistics service price index', None, None, None, None, CFLP),
        ('0.7 percentage points', 1, 0.7, 'percentage_point', 'inventory turnover index', 'increase', None, None, None, CFLP),
        ('50.2 percent', 1, 50.2, 'index_point', 'inventory turnover index', 'increase', None, None, None, CFLP),
        ('52.3 percent', 1, 52.3, 'index_point', 'fixed asset investment completion index', 'decrease', None, None, None, CFLP),
        ('1.1 percentage points', 1, 1.1, 'percentage_point', 'fixed asset investment completion index', 'decrease', None, None, None, CFLP),
        ('52.1 percent', 1, 52.1, 'index_point', 'business volume index of the eastern region', None, None, None, None, CFLP),
        ('51.6 percent', 1, 51.6, 'index_point', 'business volume index of the central region', None, None, None, None, CFLP),
        ('51.2 percent', 1, 51.2, 'index_point', 'business volume index of the western region', None, None, None, None, CFLP),
        ('49.7 percent', 1, 49.7, 'index_point', 'business volume index of the northeastern region', None, None, None, None, CFLP),
        ('285.6 trillion yuan', 1, 285.6e12, 'CNY', 'total value of social logistics nationwide', None, None, None, JO, CFLP),
        ('5.1 percent', 1, 5.1, 'percent', 'total value of social logistics nationwide', 'increase', 'year_on_year', None, JO, CFLP),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'growth of total value of social logistics', 'decrease', 'period_on_period', None, JO, CFLP),
        ('5.0 percent', 1, 5.0, 'percent', 'logistics value of industrial products', 'increase', 'year_on_year', None, JO, CFLP),
        ('3.7 percent', 1, 3.7, 'percent', 'logistics value of imported goods', 'increase', 'year_on_year', None, JO, CFLP),
        ('7.2 percent', 1, 7.2, 'percent', "logistics value of units and residents' articles", 'increase', 'year_on_year', None, JO, CFLP),
        ('15.2 trillion yuan', 1, 15.2e12, 'CNY', 'total social logistics cost', None, None, None, F3Q, CFLP),
        ('14.0 percent', 1, 14.0, 'percent', 'ratio of total social logistics costs to GDP', None, None, None, F3Q, CFLP),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'ratio of total social logistics costs to GDP', 'decrease', 'period_on_period', None, F3Q, CFLP),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
