# ruff: noqa: E501, RUF001
"""Write corpus/annotated_98/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_98.py corpus/annotated_98
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
SN = "Statistics Netherlands"
SZW = "Ministry of Social Affairs and Employment"
AMRO = "Amsterdam-Rotterdam Bank"
CBC = "Central Bank of Chile"
COST = "Costco"
ABS = "Australian Bureau of Statistics"
RBA = "Reserve Bank of Australia"
BBG = "Bloomberg"
CZSO = "Czech Statistical Office"
TE = "Trading Economics"
ECA = "European Cocoa Association"
CAA = "Cocoa Association of Asia"
NCA = "National Confectioners Association"
RABO = "Rabobank"
HCL = "HCL Technologies"
GIE = "Gas Infrastructure Europe"
KPLER = "Kpler"
NBS = "National Bureau of Statistics"

# 9801 ONS business investment (ref Thursday 2025-05-15)
Q125 = Q("in Quarter 1 (Jan to Mar) 2025", 2025, 1)
Q424 = Q("in Quarter 4 (Oct to Dec) 2024", 2024, 4)
IQ125 = Q("In Quarter 1 2025", 2025, 1)
q125 = Q("in Quarter 1 2025", 2025, 1)
PRE = P("in October to December 2019", "2019-10-01", "2025-03-31")
LATEST = Q("in the latest quarter", 2025, 1)
PREVQ = Q("in the previous quarter", 2024, 4)
Q419 = P("in Quarter 4 2019", "2019-10-01", "2025-03-31")
OINQ = Q("in the quarter", 2025, 1)
Y24 = Y("for 2024 as a whole", 2024)
# 9802 Reuters 1987 (ref Tuesday 1987-04-14)
EMAR = P("at the end of March", "1987-03-31", "1987-03-31")
DMAR = per("in March", 1987, 3)
DFEB = per("in February", 1987, 2)
# 9803 Reuters 2025 (ref Friday 2025-11-07)
COCT = per("in October", 2025, 10)
CMON = per("in the month", 2025, 10)
JO = P("For the January-October period", "2025-01-01", "2025-10-31")
# 9804 CNBC (ref Thursday 2025-05-29; Costco's fiscal third quarter: 12 weeks to May 11)
CINQ = P("in the quarter", "2025-02-17", "2025-05-11")
CFQ = P("for the quarter", "2025-02-17", "2025-05-11")
QE = P("at quarter-end", "2025-05-11", "2025-05-11")
CQ2 = P("in the second quarter", "2024-11-25", "2025-02-16")
# 9805 MT Newswires (ref 2025-11-18)
SQ = Q("in the September quarter", 2025, 3)
ISQ = Q("In the September quarter", 2025, 3)
YSQ = Q("in the year to the September quarter", 2025, 3)
MTG = P("at the RBA's Feb. 2-3 meeting", "2026-02-02", "2026-02-03")
# 9806 Trading Economics (ref Thursday 2025-08-07)
J25 = per("in June 2025", 2025, 6)
JUN = per("in June", 2025, 6)
MAY = per("in May", 2025, 5)
# 9807 Investing.com (ref Thursday 2025-07-10)
ET = P("By 10:05 ET", None, None)
GQ2 = Q("in the second quarter", 2025, 2)
AJ = Q("in the April-June quarter", 2025, 2)
S2526 = P("2025/26", "2025-10-01", "2026-09-30")
# 9808 Business Standard (ref Monday 2026-01-12; Q3FY26 = October-December 2025)
HQ3 = P("Q3", "2025-10-01", "2025-12-31")
ODQ = P("for the October-December quarter", "2025-10-01", "2025-12-31")
HINQ = P("in the quarter", "2025-10-01", "2025-12-31")
DQ = P("during the quarter", "2025-10-01", "2025-12-31")
HFQ = P("for the quarter", "2025-10-01", "2025-12-31")
FY26 = P("FY26", "2025-04-01", "2026-03-31")
# 9809 DG ENER (ref Tuesday 2025-07-08)
LQ125 = Q("In the first quarter of 2025", 2025, 1)
LINQ = Q("in the quarter", 2025, 1)
JM = P("in January-March 2025", "2025-01-01", "2025-03-31")
LFQ = Q("in the first quarter", 2025, 1)
D12 = P("12 February", "2025-02-12", "2025-02-12")
# 9810 NBS (ref Wednesday 2023-10-18)
F3 = P("In the first three quarters of 2023", "2023-01-01", "2023-09-30")
f3 = P("in the first three quarters", "2023-01-01", "2023-09-30")
IF3 = P("In the first three quarters", "2023-01-01", "2023-09-30")
EQ3 = P("At the end of the third quarter", "2023-09-30", "2023-09-30")
NQ3 = Q("In the third quarter", 2023, 3)
DI = "per capita disposable income of"
CE = "per capita consumption expenditure of"

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_business_investment_assets.txt': [
        ('5.9%', 1, 5.9, 'percent', 'UK business investment', 'increase', 'quarter_on_quarter', None, Q125, None),
        ('1.4%', 1, 1.4, 'percent', 'UK business investment', 'decrease', 'quarter_on_quarter', None, Q424, None),
        ('2.1%', 1, 2.1, 'percent', 'UK business investment', 'decrease', 'quarter_on_quarter', None, Q424, None),
        ('2.2%', 1, 2.2, 'percent', 'business investment', 'increase', 'year_on_year', None, IQ125, None),
        ('3.8%', 1, 3.8, 'percent', 'business investment', 'increase', None, None, PRE, None),
        ('28.4%', 1, 28.4, 'percent', 'transport equipment investment', 'increase', 'quarter_on_quarter', None, LATEST, ONS),
        ('6.3%', 1, 6.3, 'percent', 'ICT equipment and other machinery and equipment investment', 'increase', 'quarter_on_quarter', None, LATEST, ONS),
        ('1.7%', 1, 1.7, 'percent', 'intellectual property products investment', 'increase', 'quarter_on_quarter', None, LATEST, ONS),
        ('0.8%', 1, 0.8, 'percent', 'other buildings and structures investment', 'decrease', 'quarter_on_quarter', None, LATEST, ONS),
        ('£4.2 billion', 1, 4.2e9, 'GBP', 'transport equipment investment', 'increase', None, None, q125, ONS),
        ('£3.3 billion', 1, 3.3e9, 'GBP', 'transport equipment investment', None, None, None, PREVQ, ONS),
        ('a fifth', 1, 0.2, 'fraction', 'transport equipment investment', 'decrease', None, 'approximately', Q419, ONS),
        ('a third', 1, 0.3333, 'fraction', 'intellectual property products share of business investment', None, None, 'approximately', OINQ, ONS),
        ('£19.6 billion', 1, 19.6e9, 'GBP', 'intellectual property products investment', None, None, None, OINQ, ONS),
        ('3.1%', 1, 3.1, 'percent', 'investment in ICT equipment', 'decrease', 'year_on_year', None, OINQ, ONS),
        ('1.6%', 1, 1.6, 'percent', 'total GFCF', 'increase', 'quarter_on_quarter', None, q125, ONS),
        ('£133.8 billion', 1, 133.8e9, 'GBP', 'total GFCF', 'increase', None, None, q125, ONS),
        ('2.4%', 1, 2.4, 'percent', 'general government investment', 'decrease', 'quarter_on_quarter', None, q125, ONS),
        ('£14.9 billion', 1, 14.9e9, 'GBP', 'private sector dwellings investment', None, None, None, q125, ONS),
        ('0.3 percentage points', 1, 0.3, 'percentage_point', 'business investment growth revision', 'decrease', None, None, Y24, ONS),
        ('1.5%', 1, 1.5, 'percent', 'business investment growth', 'decrease', None, None, Y24, ONS),
        ('27,000', 1, 27000, 'count', 'businesses sampled in the Quarterly Acquisitions and Disposals of Capital Assets Survey', None, None, 'approximately', None, ONS),
    ],
    'wire_1987_dutch_unemployment.txt': [
        ('689,000', 1, 689000, 'count', 'Dutch unemployment', 'decrease', None, None, per('IN MARCH', 1987, 3), None),
        ('14,600', 1, 14600, 'count', 'registered unemployment', 'decrease', 'month_on_month', None, EMAR, SN),
        ('689,000', 2, 689000, 'count', 'registered unemployment', 'decrease', None, None, EMAR, SN),
        ('703,600', 1, 703600, 'count', 'registered unemployment', None, None, None, P('at the end of February', '1987-02-28', '1987-02-28'), SN),
        ('3,200', 1, 3200, 'count', 'seasonally adjusted number of jobless', 'increase', None, None, DMAR, SN),
        ('712,400', 1, 712400, 'count', 'seasonally adjusted number of jobless', 'increase', None, None, DMAR, SN),
        ('13.4 pct', 1, 13.4, 'percent', 'adjusted unemployment rate', None, None, None, DMAR, SN),
        ('741,300', 1, 741300, 'count', 'registered unemployment', None, None, None, per('In March 1986', 1986, 3), SN),
        ('8.9 pct', 1, 8.9, 'percent', 'male unemployment', 'decrease', 'year_on_year', None, DMAR, SN),
        ('478,200', 1, 478200, 'count', 'male unemployment', 'decrease', None, None, DMAR, SN),
        ('2.6 pct', 1, 2.6, 'percent', 'female unemployment', 'decrease', 'year_on_year', None, DMAR, SN),
        ('210,800', 1, 210800, 'count', 'female unemployment', 'decrease', None, None, DMAR, SN),
        ('151,000', 1, 151000, 'count', 'unemployment among people aged under 23', 'decrease', None, None, DMAR, SN),
        ('166,500', 1, 166500, 'count', 'unemployment among people aged under 23', None, None, None, DFEB, SN),
        ('4.31 billion guilders', 1, 4.31e9, 'NLG', 'spending on unemployment benefits', None, None, None, Q('in the first quarter', 1987, 1), SZW),
        ('4.58 billion', 1, 4.58e9, 'NLG', 'spending on unemployment benefits', None, None, None, Q('a year earlier', 1986, 1), SZW),
        ('16.9 billion guilders', 1, 16.9e9, 'NLG', 'budgeted spending on unemployment benefits', 'decrease', None, None, Y('this year', 1987), SZW),
        ('17.6 billion', 1, 17.6e9, 'NLG', 'budgeted spending on unemployment benefits', None, None, None, Y('in 1986', 1986), SZW),
        ('680,000', 1, 680000, 'count', 'average registered unemployment', None, None, 'approximately', Y('this year', 1987), AMRO),
        ('711,000', 1, 711000, 'count', 'average registered unemployment', None, None, None, Y('in 1986', 1986), AMRO),
    ],
    'wire_2025_chile_trade_copper_exports.txt': [
        ('$1,624 million', 1, 1624e6, 'USD', 'trade surplus', 'increase', None, None, COCT, CBC),
        ('$1,180 million', 1, 1180e6, 'USD', 'trade surplus', None, None, None, per('a year earlier', 2024, 10), CBC),
        ('$1,350 million', 1, 1350e6, 'USD', 'trade surplus', None, None, None, per('October', 2025, 10), 'Reuters'),
        ('$2,036 million', 1, 2036e6, 'USD', 'trade surplus', None, None, None, per('September', 2025, 9), CBC),
        ('9.4%', 1, 9.4, 'percent', 'exports', 'increase', 'year_on_year', None, COCT, CBC),
        ('$8,412 million', 1, 8412e6, 'USD', 'exports', 'increase', None, None, COCT, CBC),
        ('3.1%', 1, 3.1, 'percent', 'imports', 'increase', 'year_on_year', None, COCT, CBC),
        ('$6,788 million', 1, 6788e6, 'USD', 'imports', 'increase', None, None, COCT, CBC),
        ('half', 1, 0.5, 'fraction', "copper exports share of Chile's total shipments", None, None, 'approximately', CMON, CBC),
        ('18.6%', 1, 18.6, 'percent', 'copper exports', 'increase', 'year_on_year', None, CMON, CBC),
        ('$4,305 million', 1, 4305e6, 'USD', 'copper exports', 'increase', None, None, CMON, CBC),
        ('14%', 1, 14, 'percent', 'average export price', 'increase', 'year_on_year', None, CMON, CBC),
        ('22.4%', 1, 22.4, 'percent', 'copper shipments to China', 'increase', 'year_on_year', None, CMON, CBC),
        ('9.8%', 1, 9.8, 'percent', 'copper shipments to the United States', 'increase', 'year_on_year', None, CMON, CBC),
        ('$3,214 million', 1, 3214e6, 'USD', 'industrial goods exports', None, None, None, COCT, CBC),
        ('$596 million', 1, 596e6, 'USD', 'non-copper mining products exports', None, None, None, COCT, CBC),
        ('$297 million', 1, 297e6, 'USD', 'agricultural, forestry and fishing goods exports', None, None, None, COCT, CBC),
        ('31.5%', 1, 31.5, 'percent', 'lithium carbonate exports', 'decrease', None, None, COCT, CBC),
        ('$182 million', 1, 182e6, 'USD', 'lithium carbonate exports', 'decrease', None, None, COCT, CBC),
        ('$17,940 million', 1, 17940e6, 'USD', 'trade surplus', None, None, None, JO, CBC),
        ('$16,105 million', 1, 16105e6, 'USD', 'trade surplus', None, None, None, P('in the same period of 2024', '2024-01-01', '2024-10-31'), CBC),
        ('$42,660 million', 1, 42660e6, 'USD', 'copper exports', None, None, None, JO, CBC),
        ('7.9%', 1, 7.9, 'percent', 'copper exports', 'increase', 'year_on_year', None, JO, CBC),
        ('2.2%', 1, 2.2, 'percent', 'current account deficit as a share of GDP', None, None, None, Y('for 2025', 2025), CBC),
        ('$4.35', 1, 4.35, 'USD', 'copper price', None, None, None, Y('next year', 2026), CBC),
        ('0.4%', 1, 0.4, 'percent', 'peso', 'increase', None, None, None, CBC),
        ('941.20', 1, 941.20, 'CLP', 'peso', 'increase', None, None, None, CBC),
    ],
    'cnbc_style_costco_walmart_membership_earnings.txt': [
        ('11%', 1, 11, 'percent', 'membership fee income', 'increase', None, 'approximately', None, None),
        ('$4.28', 1, 4.28, 'USD', 'earnings per share', None, None, None, None, COST),
        ('$4.24', 1, 4.24, 'USD', 'earnings per share', None, None, None, None, None),
        ('$63.21 billion', 1, 63.21e9, 'USD', 'revenue', None, None, None, None, COST),
        ('$63.11 billion', 1, 63.11e9, 'USD', 'revenue', None, None, None, None, None),
        ('10.6%', 1, 10.6, 'percent', 'membership fee income', 'increase', 'year_on_year', None, CINQ, COST),
        ('$1.25 billion', 1, 1.25e9, 'USD', 'membership fee income', 'increase', None, None, CINQ, COST),
        ('$1.13 billion', 1, 1.13e9, 'USD', 'membership fee income', None, None, None, P('a year earlier', '2024-02-19', '2024-05-12'), COST),
        ('$5', 1, 5, 'USD', 'annual fee for the basic Gold Star membership in the U.S. and Canada', 'increase', None, None, per('in September', 2024, 9), COST),
        ('$65', 1, 65, 'USD', 'annual fee for the basic Gold Star membership in the U.S. and Canada', 'increase', None, None, per('in September', 2024, 9), COST),
        ('$130', 1, 130, 'USD', 'annual fee for the Executive tier', 'increase', None, None, per('in September', 2024, 9), COST),
        ('79.6 million', 1, 79.6e6, 'count', 'paid memberships', None, None, None, QE, COST),
        ('6.8%', 1, 6.8, 'percent', 'paid memberships', 'increase', 'year_on_year', None, QE, COST),
        ('38.5 million', 1, 38.5e6, 'count', 'Executive members', None, None, None, QE, COST),
        ('92.9%', 1, 92.9, 'percent', 'renewal rate in the U.S. and Canada', None, None, None, QE, COST),
        ('90.2%', 1, 90.2, 'percent', 'worldwide renewal rate', None, None, None, QE, COST),
        ('93.0%', 1, 93.0, 'percent', 'renewal rate in the U.S. and Canada', None, None, None, CQ2, COST),
        ('90.5%', 1, 90.5, 'percent', 'worldwide renewal rate', None, None, None, CQ2, COST),
        ('$1.90 billion', 1, 1.90e9, 'USD', 'net income', None, None, None, CFQ, COST),
        ('$1.68 billion', 1, 1.68e9, 'USD', 'net income', None, None, None, P('in the year-ago period', '2024-02-19', '2024-05-12'), COST),
        ('8%', 1, 8, 'percent', 'net sales', 'increase', 'year_on_year', None, CFQ, COST),
        ('$61.96 billion', 1, 61.96e9, 'USD', 'net sales', 'increase', None, None, CFQ, COST),
        ('8.0%', 1, 8.0, 'percent', 'comparable sales excluding gas prices and foreign exchange in the U.S.', 'increase', 'year_on_year', None, CFQ, COST),
        ('8.2%', 1, 8.2, 'percent', 'comparable sales excluding gas prices and foreign exchange in Canada', 'increase', 'year_on_year', None, CFQ, COST),
        ('9.3%', 1, 9.3, 'percent', 'comparable sales excluding gas prices and foreign exchange in other international markets', 'increase', 'year_on_year', None, CFQ, COST),
        ('14.8%', 1, 14.8, 'percent', 'e-commerce sales adjusted for gas and currency', 'increase', None, None, None, COST),
        ('0.6%', 1, 0.6, 'percent', 'Costco shares', 'decrease', None, None, P('on Thursday', '2025-05-29', '2025-05-29'), COST),
        ('7%', 1, 7, 'percent', 'Costco stock', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-05-29'), COST),
    ],
    'mt_newswires_australia_wage_price_index.txt': [
        ('3.4%', 1, 3.4, 'percent', "Australia's annual wage growth", None, 'year_on_year', None, Q('Q3', 2025, 3), None),
        ('0.8%', 1, 0.8, 'percent', 'seasonally adjusted wage price index', 'increase', 'quarter_on_quarter', None, SQ, ABS),
        ('3.4%', 2, 3.4, 'percent', 'seasonally adjusted wage price index', 'increase', 'year_on_year', None, SQ, ABS),
        ('0.8%', 2, 0.8, 'percent', 'wage price index', None, 'quarter_on_quarter', None, P('in the three months to September', '2025-07-01', '2025-09-30'), BBG),
        ('3.3%', 1, 3.3, 'percent', 'annual wage growth', 'increase', 'year_on_year', None, Q('for the year to the December quarter', 2025, 4), RBA),
        ('0.7%', 1, 0.7, 'percent', 'private sector wages', 'increase', 'quarter_on_quarter', None, ISQ, ABS),
        ('3.2%', 1, 3.2, 'percent', 'private sector wages', 'increase', 'year_on_year', None, ISQ, ABS),
        ('1.0%', 1, 1.0, 'percent', 'public sector pay', 'increase', 'quarter_on_quarter', None, ISQ, ABS),
        ('3.9%', 1, 3.9, 'percent', 'public sector pay', 'increase', 'year_on_year', None, ISQ, ABS),
        ('0.9%', 1, 0.9, 'percent', 'wage price index including bonuses', 'increase', 'quarter_on_quarter', None, ISQ, ABS),
        ('3.5%', 1, 3.5, 'percent', 'wage price index including bonuses', 'increase', 'year_on_year', None, ISQ, ABS),
        ('4.5%', 1, 4.5, 'percent', 'wages in health care and social assistance', 'increase', 'year_on_year', None, YSQ, ABS),
        ('4.1%', 1, 4.1, 'percent', 'wages in education and training', 'increase', 'year_on_year', None, YSQ, ABS),
        ('3.8%', 1, 3.8, 'percent', 'wages in electricity, gas, water and waste services', 'increase', 'year_on_year', None, YSQ, ABS),
        ('2.6%', 1, 2.6, 'percent', 'wages in professional, scientific and technical services', 'increase', 'year_on_year', None, YSQ, ABS),
        ('3.60%', 1, 3.60, 'percent', 'cash rate', None, None, None, P('on Nov. 4', '2025-11-04', '2025-11-04'), RBA),
        ('40%', 1, 40, 'percent', 'chance of an RBA rate cut', None, None, 'approximately', MTG, None),
        ('25 basis point', 1, 25, 'basis_point', 'RBA rate cut', 'decrease', None, None, MTG, None),
        ('US$0.6485', 1, 0.6485, 'USD', 'Australian dollar', None, None, None, None, ABS),
    ],
    'trading_economics_style_czech_industrial_production.txt': [
        ('1.2%', 1, 1.2, 'percent', 'industrial production in the Czech Republic', 'increase', 'year_on_year', None, J25, CZSO),
        ('3.0%', 1, 3.0, 'percent', 'industrial production in the Czech Republic', 'increase', 'year_on_year', None, MAY, CZSO),
        ('2.1%', 1, 2.1, 'percent', 'industrial production in the Czech Republic', None, 'year_on_year', None, J25, None),
        ('1.6%', 1, 1.6, 'percent', 'manufacturing output', 'increase', 'year_on_year', None, J25, CZSO),
        ('+5.8%', 1, 5.8, 'percent', 'motor vehicles', 'increase', 'year_on_year', None, J25, CZSO),
        ('+4.1%', 1, 4.1, 'percent', 'electrical equipment', 'increase', 'year_on_year', None, J25, CZSO),
        ('3.7%', 1, 3.7, 'percent', 'energy production', 'decrease', 'year_on_year', None, J25, CZSO),
        ('6.2%', 1, 6.2, 'percent', 'mining and quarrying', 'decrease', 'year_on_year', None, J25, CZSO),
        ('14', 1, 14, 'count', 'industry divisions where output increased', None, None, None, J25, CZSO),
        ('0.9%', 1, 0.9, 'percent', 'seasonally adjusted industrial output', 'decrease', 'month_on_month', None, JUN, CZSO),
        ('1.4%', 1, 1.4, 'percent', 'seasonally adjusted industrial output', 'increase', 'month_on_month', None, MAY, CZSO),
        ('4.4%', 1, 4.4, 'percent', 'value of new industrial orders', 'increase', 'year_on_year', None, JUN, CZSO),
        ('5.9%', 1, 5.9, 'percent', 'foreign orders', 'increase', 'year_on_year', None, JUN, CZSO),
        ('1.8%', 1, 1.8, 'percent', 'domestic orders', 'increase', 'year_on_year', None, JUN, CZSO),
        ('1.9%', 1, 1.9, 'percent', 'average registered employment in industry', 'decrease', 'year_on_year', None, JUN, CZSO),
        ('6.3%', 1, 6.3, 'percent', 'average gross monthly nominal wage', 'increase', 'year_on_year', None, JUN, CZSO),
        ('CZK 49,870', 1, 49870, 'CZK', 'average gross monthly nominal wage', 'increase', None, None, JUN, CZSO),
        ('1.5%', 1, 1.5, 'percent', 'industrial production', 'increase', 'year_on_year', None, P('For the first half of 2025', '2025-01-01', '2025-06-30'), CZSO),
        ('3.41 percent', 1, 3.41, 'percent', 'Industrial Production in the Czech Republic average', None, None, None, P('From 1991 until 2025', '1991-01-01', '2025-12-31'), CZSO),
        ('47.10 percent', 1, 47.10, 'percent', 'Industrial Production in the Czech Republic all time high', None, None, None, per('in April of 2021', 2021, 4), CZSO),
        ('-33.60 percent', 1, -33.60, 'percent', 'Industrial Production in the Czech Republic record low', 'decrease', None, None, per('in April of 2020', 2020, 4), CZSO),
        ('1.60 percent', 1, 1.60, 'percent', 'Industrial Production in the Czech Republic', None, None, None, P('by the end of this quarter', '2025-09-30', '2025-09-30'), TE),
        ('2.10 percent', 1, 2.10, 'percent', 'Czech Republic Industrial Production', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('2.40 percent', 1, 2.40, 'percent', 'Czech Republic Industrial Production', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_cocoa_grindings_europe.txt': [
        ('7.2%', 1, 7.2, 'percent', 'European grindings', 'decrease', None, None, None, None),
        ('3.4%', 1, 3.4, 'percent', 'ICE New York cocoa for September delivery', 'decrease', None, None, ET, None),
        ('$8,126', 1, 8126, 'USD', 'ICE New York cocoa for September delivery', 'decrease', None, None, ET, None),
        ('2.9%', 1, 2.9, 'percent', 'London cocoa futures', 'decrease', None, None, ET, None),
        ('£5,912', 1, 5912, 'GBP', 'London cocoa futures', 'decrease', None, None, ET, None),
        ('27%', 1, 27, 'percent', 'New York contract', 'decrease', None, 'approximately', P('so far this year', '2025-01-01', '2025-07-10'), None),
        ('7.2%', 2, 7.2, 'percent', 'cocoa grindings in Europe', 'decrease', 'year_on_year', None, GQ2, ECA),
        ('331,762 tonnes', 1, 331762, 'tonne', 'cocoa grindings in Europe', 'decrease', None, None, GQ2, ECA),
        ('5%', 1, 5, 'percent', 'cocoa grindings in Europe', 'decrease', 'year_on_year', None, GQ2, None),
        ('16.3%', 1, 16.3, 'percent', 'Asian grindings', 'decrease', 'year_on_year', None, AJ, CAA),
        ('176,644 tonnes', 1, 176644, 'tonne', 'Asian grindings', 'decrease', None, None, AJ, CAA),
        ('2.8%', 1, 2.8, 'percent', 'North American grindings', 'increase', 'year_on_year', None, AJ, NCA),
        ('101,291 tonnes', 1, 101291, 'tonne', 'North American grindings', 'increase', None, None, AJ, NCA),
        ('694,420 tonnes', 1, 694420, 'tonne', 'grindings in Europe', None, None, None, P('over the first half of 2025', '2025-01-01', '2025-06-30'), ECA),
        ('5.9%', 1, 5.9, 'percent', 'grindings in Europe', 'decrease', 'year_on_year', None, P('over the first half of 2025', '2025-01-01', '2025-06-30'), ECA),
        ('150,000', 1, 150000, 'tonne', 'global cocoa surplus', None, None, None, S2526, RABO),
        ('190,000 tons', 1, 190000, 'tonne', 'global cocoa surplus', None, None, None, S2526, RABO),
        ('494,000 tons', 1, 494000, 'tonne', 'global cocoa deficit', None, None, None, P('in the 2023/24 season', '2023-10-01', '2024-09-30'), RABO),
    ],
    'business_standard_style_it_services_hiring_results.txt': [
        ('6.2%', 1, 6.2, 'percent', 'net profit', 'increase', None, None, HQ3, None),
        ('₹4,936 crore', 1, 4936e7, 'INR', 'net profit', 'increase', None, None, HQ3, None),
        ('2,840', 1, 2840, 'count', 'employees', 'increase', None, None, HQ3, None),
        ('6.2 per cent', 1, 6.2, 'percent', 'consolidated net profit', 'increase', 'year_on_year', None, ODQ, HCL),
        ('₹4,936 crore', 2, 4936e7, 'INR', 'consolidated net profit', 'increase', None, None, ODQ, HCL),
        ('₹4,810 crore', 1, 4810e7, 'INR', 'consolidated net profit', None, None, None, ODQ, BBG),
        ('8.1 per cent', 1, 8.1, 'percent', 'revenue from operations', 'increase', None, None, HINQ, HCL),
        ('₹32,644 crore', 1, 32644e7, 'INR', 'revenue from operations', 'increase', None, None, HINQ, HCL),
        ('$3,712 million', 1, 3712e6, 'USD', 'revenue in dollar terms', None, None, None, HINQ, HCL),
        ('4.3 per cent', 1, 4.3, 'percent', 'revenue in dollar terms', 'increase', 'year_on_year', None, HINQ, HCL),
        ('1.9 per cent', 1, 1.9, 'percent', 'revenue in dollar terms', 'increase', 'quarter_on_quarter', None, HINQ, HCL),
        ('2.2 per cent', 1, 2.2, 'percent', 'constant currency growth', 'increase', 'quarter_on_quarter', None, HINQ, HCL),
        ('2,840', 2, 2840, 'count', 'headcount', 'increase', None, None, DQ, HCL),
        ('2,26,640', 1, 226640, 'count', 'headcount', 'increase', None, None, DQ, HCL),
        ('1,950', 1, 1950, 'count', 'freshers added', None, None, None, DQ, HCL),
        ('12.6 per cent', 1, 12.6, 'percent', 'voluntary attrition', 'decrease', None, None, DQ, HCL),
        ('13.2 per cent', 1, 13.2, 'percent', 'voluntary attrition', None, None, None, P('in the September quarter', '2025-07-01', '2025-09-30'), HCL),
        ('12.9 per cent', 1, 12.9, 'percent', 'voluntary attrition', None, None, None, P('a year ago', '2024-10-01', '2024-12-31'), HCL),
        ('5.8 per cent', 1, 5.8, 'percent', 'financial services', 'increase', 'year_on_year', None, None, HCL),
        ('4.9 per cent', 1, 4.9, 'percent', 'technology and services', 'increase', 'year_on_year', None, None, HCL),
        ('3.1 per cent', 1, 3.1, 'percent', 'life sciences and healthcare', 'increase', 'year_on_year', None, None, HCL),
        ('1.4 per cent', 1, 1.4, 'percent', 'manufacturing', 'decrease', 'year_on_year', None, None, HCL),
        ('0.6 per cent', 1, 0.6, 'percent', 'retail', 'decrease', 'year_on_year', None, None, HCL),
        ('3', 3, 3, 'percent', 'revenue growth guidance', 'increase', None, None, FY26, HCL),
        ('5 per cent', 1, 5, 'percent', 'revenue growth guidance', 'increase', None, None, FY26, HCL),
        ('2', 1, 2, 'percent', 'revenue growth guidance', 'increase', None, None, FY26, HCL),
        ('5 per cent', 2, 5, 'percent', 'revenue growth guidance', 'increase', None, None, FY26, HCL),
        ('17', 1, 17, 'percent', 'EBIT margin guidance', None, None, None, FY26, HCL),
        ('18 per cent', 1, 18, 'percent', 'EBIT margin guidance', None, None, None, FY26, HCL),
        ('18.6 per cent', 1, 18.6, 'percent', 'EBIT margin', None, None, None, HFQ, HCL),
        ('120 basis points', 1, 120, 'basis_point', 'EBIT margin', 'increase', 'quarter_on_quarter', None, HFQ, HCL),
        ('₹12', 1, 12, 'INR', 'interim dividend', None, None, None, None, HCL),
        ('1.8 per cent', 1, 1.8, 'percent', 'HCLTech shares', 'increase', None, None, P('on Monday', '2026-01-12', '2026-01-12'), HCL),
        ('₹1,652.40', 1, 1652.40, 'INR', 'HCLTech shares', 'increase', None, None, P('on Monday', '2026-01-12', '2026-01-12'), HCL),
    ],
    'eu_energy_style_lng_import_terminals_utilisation.txt': [
        ('58%', 1, 58, 'percent', 'average utilisation rate of EU LNG import terminals', 'increase', None, None, LQ125, None),
        ('51%', 1, 51, 'percent', 'average utilisation rate of EU LNG import terminals', None, None, None, Q('in the fourth quarter of 2024', 2024, 4), None),
        ('63%', 1, 63, 'percent', 'average utilisation rate of EU LNG import terminals', None, None, None, Q('in the first quarter of 2024', 2024, 1), None),
        ('33.8 bcm', 1, 33.8e9, 'cubic metre', 'total send-out into EU transmission grids', None, None, None, LINQ, None),
        ('4,190 GWh/d', 1, 4190, 'gigawatt hour per day', 'average send-out into EU transmission grids', None, None, None, LINQ, None),
        ('11%', 1, 11, 'percent', 'total send-out into EU transmission grids', 'increase', 'quarter_on_quarter', None, LINQ, None),
        ('86%', 1, 86, 'percent', 'LNG terminal utilisation in Belgium (Zeebrugge)', None, None, None, JM, GIE),
        ('79%', 1, 79, 'percent', 'LNG terminal utilisation in the Netherlands', None, None, None, JM, GIE),
        ('71%', 1, 71, 'percent', 'LNG terminal utilisation in France', None, None, None, JM, GIE),
        ('a third', 1, 0.3333, 'fraction', 'Spanish terminals share of EU regasification capacity', None, None, 'approximately', JM, GIE),
        ('37%', 1, 37, 'percent', 'utilisation of Spanish terminals', None, None, None, JM, GIE),
        ('44%', 1, 44, 'percent', 'utilisation of German FSRUs', None, None, None, JM, GIE),
        ('68%', 1, 68, 'percent', 'utilisation of Italian terminals', None, None, None, JM, GIE),
        ('92%', 1, 92, 'percent', 'utilisation of Polish terminals', None, None, None, JM, GIE),
        ('9.1 bcm', 1, 9.1e9, 'cubic metre', 'LNG send-out in France', None, None, None, LFQ, GIE),
        ('6.4 bcm', 1, 6.4e9, 'cubic metre', 'LNG send-out in Spain', None, None, None, LFQ, GIE),
        ('5.2 bcm', 1, 5.2e9, 'cubic metre', 'LNG send-out in the Netherlands', None, None, None, LFQ, GIE),
        ('4.3 bcm', 1, 4.3e9, 'cubic metre', 'LNG send-out in Italy', None, None, None, LFQ, GIE),
        ('38%', 1, 38, 'percent', 'send-out from German terminals', 'increase', 'year_on_year', None, LFQ, GIE),
        ('2.6 bcm', 1, 2.6e9, 'cubic metre', 'send-out from German terminals', 'increase', None, None, LFQ, GIE),
        ('2.9 bcm', 1, 2.9e9, 'cubic metre', 'Belgian send-out volumes', None, None, None, LFQ, GIE),
        ('5,020 GWh/d', 1, 5020, 'gigawatt hour per day', 'EU send-out peak', None, None, None, D12, GIE),
        ('72%', 1, 72, 'percent', 'EU send-out peak share of technical send-out capacity', None, None, 'approximately', D12, GIE),
        ('7,000 GWh/d', 1, 7000, 'gigawatt hour per day', 'technical send-out capacity', None, None, 'approximately', D12, GIE),
        ('46%', 1, 46, 'percent', 'LNG share of EU gas imports', None, None, None, LINQ, KPLER),
        ('52%', 1, 52, 'percent', 'United States share of EU LNG imports', None, None, None, LINQ, KPLER),
        ('16%', 1, 16, 'percent', 'Russia share of EU LNG imports', None, None, None, LINQ, KPLER),
        ('11%', 2, 11, 'percent', 'Qatar share of EU LNG imports', None, None, None, LINQ, KPLER),
    ],
    'nbs_style_rural_residents_income_expenditure.txt': [
        ('15,712 yuan', 1, 15712, 'CNY', DI + ' rural residents', None, None, None, F3, NBS),
        ('7.7 percent', 1, 7.7, 'percent', 'nominal ' + DI + ' rural residents', 'increase', 'year_on_year', None, F3, NBS),
        ('7.4 percent', 1, 7.4, 'percent', 'real ' + DI + ' rural residents', 'increase', 'year_on_year', None, F3, NBS),
        ('2.6 percentage points', 1, 2.6, 'percentage_point', 'gap between rural and urban nominal growth of per capita disposable income', None, None, None, F3, NBS),
        ('39,381 yuan', 1, 39381, 'CNY', DI + ' urban residents', None, None, None, F3, NBS),
        ('6,982 yuan', 1, 6982, 'CNY', 'per capita wage income of rural residents', None, None, None, f3, NBS),
        ('7.9 percent', 1, 7.9, 'percent', 'per capita wage income of rural residents', 'increase', None, None, f3, NBS),
        ('4,690 yuan', 1, 4690, 'CNY', 'per capita net business income of rural residents', None, None, None, f3, NBS),
        ('6.3 percent', 1, 6.3, 'percent', 'per capita net business income of rural residents', 'increase', None, None, f3, NBS),
        ('378 yuan', 1, 378, 'CNY', 'per capita net property income of rural residents', None, None, None, f3, NBS),
        ('5.1 percent', 1, 5.1, 'percent', 'per capita net property income of rural residents', 'increase', None, None, f3, NBS),
        ('3,662 yuan', 1, 3662, 'CNY', 'per capita net transfer income of rural residents', None, None, None, f3, NBS),
        ('8.6 percent', 1, 8.6, 'percent', 'per capita net transfer income of rural residents', 'increase', None, None, f3, NBS),
        ('44.4 percent', 1, 44.4, 'percent', 'wage income share of disposable income', None, None, None, f3, NBS),
        ('191.02 million', 1, 191.02e6, 'count', 'rural migrant workers', None, None, None, EQ3, NBS),
        ('2.41 million', 1, 2.41e6, 'count', 'rural migrant workers', 'increase', 'year_on_year', None, EQ3, NBS),
        ('1.3 percent', 1, 1.3, 'percent', 'rural migrant workers', 'increase', 'year_on_year', None, EQ3, NBS),
        ('4,781 yuan', 1, 4781, 'CNY', 'average monthly income of rural migrant workers', None, None, None, NQ3, NBS),
        ('3.3 percent', 1, 3.3, 'percent', 'average monthly income of rural migrant workers', 'increase', 'year_on_year', None, NQ3, NBS),
        ('12,719 yuan', 1, 12719, 'CNY', CE + ' rural residents', None, None, None, IF3, NBS),
        ('9.4 percent', 1, 9.4, 'percent', 'nominal ' + CE + ' rural residents', 'increase', None, None, IF3, NBS),
        ('9.1 percent', 1, 9.1, 'percent', 'real ' + CE + ' rural residents', 'increase', None, None, IF3, NBS),
        ('4.8 percent', 1, 4.8, 'percent', CE + ' urban residents', 'increase', None, None, IF3, NBS),
        ('2.51 times', 1, 2.51, 'times', 'ratio of urban to rural per capita disposable income', 'decrease', None, None, IF3, NBS),
        ('2.55', 1, 2.55, 'times', 'ratio of urban to rural per capita disposable income', None, None, None, P('a year earlier', '2022-01-01', '2022-09-30'), NBS),
        ('11.8 percent', 1, 11.8, 'percent', 'rural per capita spending on transport and communication', 'increase', None, None, f3, NBS),
        ('17.6 percent', 1, 17.6, 'percent', 'rural per capita spending on education, culture and recreation', 'increase', None, None, f3, NBS),
        ('15.2 percent', 1, 15.2, 'percent', 'rural per capita spending on health care', 'increase', None, None, f3, NBS),
        ('31.7 percent', 1, 31.7, 'percent', 'food, tobacco and liquor share of rural per capita consumption expenditure', None, None, None, f3, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
