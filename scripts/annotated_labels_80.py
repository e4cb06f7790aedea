# ruff: noqa: E501, RUF001
"""Write corpus/annotated_80/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_80.py corpus/annotated_80
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
DOC = "U.S. Department of Commerce"
FNC = "National Federation of Coffee Growers of Colombia"
RB = "Redbook Research"
ADOBE = "Adobe"
NRF = "National Retail Federation"
SC = "Statistics Canada"
BBG = "Bloomberg"
SNZ = "Statistics New Zealand"
TE = "Trading Economics"
SMM = "Shanghai Metals Market"
GFEX = "Guangzhou Futures Exchange"
TB = "Tea Board of India"
ITA = "Indian Tea Association"
EUS = "Eurostat"
NBS = "National Bureau of Statistics"

# 8001 ONS NEET (ref Thursday 2025-11-20)
JS25 = Q("in July to September 2025", 2025, 3)
LQ = Q("in the latest quarter", 2025, 3)
AJ25 = Q("for April to June 2025", 2025, 2)
# 8002 Reuters 1987 (ref Tuesday 1987-04-28)
MAR = per("in March", 1987, 3)
FEB = per("in February", 1987, 2)
# 8003 Reuters 2025 (ref Wednesday 2025-12-03)
CNOV = per("in November", 2025, 11)
NOVA = per("November", 2025, 11)
T12 = P("In the 12 months through November", "2024-12-01", "2025-11-30")
SAMEP = P("over the same period", "2024-12-01", "2025-11-30")
ON = P("In October-November", "2025-10-01", "2025-11-30")
# 8004 CNBC (ref Tuesday 2025-12-02)
W29 = P("in the week ended Nov. 29", "2025-11-23", "2025-11-29")
DW = P("during the week", "2025-11-23", "2025-11-29")
NOVW = per("For November as a whole", 2025, 11)
BF = P("on Black Friday", "2025-11-28", "2025-11-28")
ND = P("in November and December", "2025-11-01", "2025-12-31")
# 8005 MT Newswires (ref Wednesday 2025-12-10)
TQ = Q("in the third quarter", 2025, 3)
SQ = Q("in the second quarter", 2025, 2)
JSP = Q("in the July-September period", 2025, 3)
INQ5 = Q("in the quarter", 2025, 3)
# 8006 Trading Economics (ref Friday 2025-11-14)
O25 = per("in October 2025", 2025, 10)
SEP = per("in September", 2025, 9)
OCT = per("in October", 2025, 10)
# 8007 Investing.com (ref Monday 2025-12-08)
ET = P("By 14:30 Beijing time", None, None)
MON = P("on Monday", "2025-12-08", "2025-12-08")
AD4 = P("as of Dec. 4", "2025-12-04", "2025-12-04")
# 8008 Business Standard (ref Monday 2025-11-24)
JSH = P("in Jan-Sep", "2025-01-01", "2025-09-30")
JS9 = P("during January-September 2025", "2025-01-01", "2025-09-30")
N9 = P("in the nine months", "2025-01-01", "2025-09-30")
ISEP = per("In September", 2025, 9)
DM = per("during the month", 2025, 9)
JA = P("in January-August", "2025-01-01", "2025-08-31")
H1N = P("in the first half of November", "2025-11-01", "2025-11-15")
# 8009 DG ENER (ref Tuesday 2025-09-30)
Q225 = Q("In the second quarter of 2025", 2025, 2)
INQ9 = Q("in the quarter", 2025, 2)
# 8010 NBS (ref Monday 2024-12-09)
NOV = per("In November", 2024, 11)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_young_people_neet.txt': [
        ('946,000', 1, 946000, 'count', 'young people not in education, employment or training (NEET)', None, None, None, JS25, None),
        ('23,000', 1, 23000, 'count', 'young people not in education, employment or training (NEET)', 'increase', 'quarter_on_quarter', None, JS25, None),
        ('61,000', 1, 61000, 'count', 'young people not in education, employment or training (NEET)', 'increase', 'year_on_year', None, JS25, None),
        ('1 in 8', 1, 0.125, 'fraction', 'proportion of young people who were NEET', None, None, 'approximately', LQ, None),
        ('12.7%', 1, 12.7, 'percent', 'proportion of young people who were NEET', None, None, None, LQ, None),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'proportion of young people who were NEET', 'increase', 'quarter_on_quarter', None, LQ, None),
        ('0.5 percentage points', 1, 0.5, 'percentage_point', 'proportion of young people who were NEET', 'increase', 'year_on_year', None, LQ, None),
        ('395,000', 1, 395000, 'count', 'unemployed young people who were NEET', None, None, None, JS25, ONS),
        ('551,000', 1, 551000, 'count', 'economically inactive young people who were NEET', None, None, None, JS25, ONS),
        ('41.8%', 1, 41.8, 'percent', 'unemployed share of young people who were NEET', None, None, None, JS25, ONS),
        ('58.2%', 1, 58.2, 'percent', 'economically inactive share of young people who were NEET', None, None, None, JS25, ONS),
        ('12,000', 1, 12000, 'count', 'unemployed NEET', 'decrease', 'quarter_on_quarter', None, JS25, ONS),
        ('35,000', 1, 35000, 'count', 'economically inactive NEET', 'increase', 'quarter_on_quarter', None, JS25, ONS),
        ('512,000', 1, 512000, 'count', 'young men who were NEET', None, None, None, LQ, ONS),
        ('434,000', 1, 434000, 'count', 'young women who were NEET', None, None, None, LQ, ONS),
        ('13.6%', 1, 13.6, 'percent', 'NEET rate for young men', None, None, None, LQ, ONS),
        ('11.7%', 1, 11.7, 'percent', 'NEET rate for young women', None, None, None, LQ, ONS),
        ('0.9 percentage points', 1, 0.9, 'percentage_point', 'NEET rate for young men', 'increase', 'year_on_year', None, LQ, ONS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'NEET rate for young women', 'decrease', 'year_on_year', None, LQ, ONS),
        ('12.5%', 1, 12.5, 'percent', 'NEET rate', 'increase', None, None, AJ25, ONS),
        ('12.4%', 1, 12.4, 'percent', 'NEET rate', None, None, None, AJ25, ONS),
    ],
    'wire_1987_us_personal_income.txt': [
        ('0.3 PCT', 1, 0.3, 'percent', 'U.S. personal income', 'increase', None, None, per('MARCH', 1987, 3), None),
        ('0.3 pct', 1, 0.3, 'percent', 'personal income', 'increase', None, None, MAR, DOC),
        ('10.9 billion dlrs', 1, 10.9e9, 'USD', 'personal income', 'increase', None, None, MAR, DOC),
        ('3.672 trillion dlrs', 1, 3.672e12, 'USD', 'personal income', 'increase', None, None, MAR, DOC),
        ('0.2 pct', 1, 0.2, 'percent', 'spending by consumers', 'decrease', None, None, MAR, DOC),
        ('5.4 billion dlrs', 1, 5.4e9, 'USD', 'spending by consumers', 'decrease', None, None, MAR, DOC),
        ('2.876 trillion dlrs', 1, 2.876e12, 'USD', 'spending by consumers', 'decrease', None, None, MAR, DOC),
        ('1.6 pct', 1, 1.6, 'percent', 'spending by consumers', 'increase', None, None, FEB, DOC),
        ('1.9 pct', 1, 1.9, 'percent', 'spending by consumers', 'increase', None, None, FEB, DOC),
        ('0.6 pct', 1, 0.6, 'percent', 'income', 'increase', None, None, per('February', 1987, 2), DOC),
        ('0.8 pct', 1, 0.8, 'percent', 'income', 'increase', None, None, per('February', 1987, 2), DOC),
        ('0.4', 1, 0.4, 'percent', 'income', 'increase', None, None, per('March', 1987, 3), None),
        ('0.6 pct', 2, 0.6, 'percent', 'income', 'increase', None, None, per('March', 1987, 3), None),
        ('0.4 pct', 1, 0.4, 'percent', 'disposable income', 'increase', None, None, MAR, DOC),
        ('3.163 trillion dlrs', 1, 3.163e12, 'USD', 'disposable income', 'increase', None, None, MAR, DOC),
        ('3.9 pct', 1, 3.9, 'percent', 'personal savings rate', 'increase', None, None, MAR, DOC),
        ('3.2 pct', 1, 3.2, 'percent', 'personal savings rate', None, None, None, FEB, DOC),
        ('2.8 pct', 1, 2.8, 'percent', 'purchases of durable goods', 'decrease', None, None, MAR, DOC),
        ('0.4 pct', 2, 0.4, 'percent', 'purchases of nondurables', 'decrease', None, None, MAR, DOC),
        ('0.6 pct', 3, 0.6, 'percent', 'spending on services', 'increase', None, None, MAR, DOC),
        ('7.2 billion dlrs', 1, 7.2e9, 'USD', 'wages and salaries', 'increase', None, None, MAR, DOC),
        ('12.5 billion dlr', 1, 12.5e9, 'USD', 'wages and salaries', 'increase', None, None, per('the month before', 1987, 2), DOC),
        ('3.1 billion dlrs', 1, 3.1e9, 'USD', 'farm income', 'decrease', None, None, MAR, DOC),
        ('5.8 pct', 1, 5.8, 'percent', 'personal income', 'increase', 'year_on_year', None, MAR, DOC),
        ('6.1 pct', 1, 6.1, 'percent', 'consumer spending', 'increase', 'year_on_year', None, MAR, DOC),
    ],
    'wire_2025_colombia_coffee_output.txt': [
        ('12%', 1, 12, 'percent', "Colombia's coffee output", 'decrease', None, None, NOVA, None),
        ('9%', 1, 9, 'percent', 'exports', 'decrease', None, None, NOVA, None),
        ('12%', 2, 12, 'percent', "Colombia's coffee production", 'decrease', 'year_on_year', None, CNOV, FNC),
        ('1.28 million', 1, 1.28e6, 'count', "Colombia's coffee production", 'decrease', None, None, CNOV, FNC),
        ('9%', 2, 9, 'percent', 'exports', 'decrease', 'year_on_year', None, CNOV, FNC),
        ('1.15 million bags', 1, 1.15e6, 'count', 'exports', 'decrease', None, None, CNOV, FNC),
        ('1.41 million bags', 1, 1.41e6, 'count', 'output', 'increase', None, None, per('for October', 2025, 10), FNC),
        ('1.38 million bags', 1, 1.38e6, 'count', 'output', None, None, None, per('for October', 2025, 10), FNC),
        ('13.9 million bags', 1, 13.9e6, 'count', 'harvest', None, None, None, T12, FNC),
        ('6%', 1, 6, 'percent', 'harvest', 'increase', 'year_on_year', None, T12, FNC),
        ('4%', 1, 4, 'percent', 'exports', 'increase', 'year_on_year', None, SAMEP, FNC),
        ('12.6 million', 1, 12.6e6, 'count', 'exports', 'increase', None, None, SAMEP, FNC),
        ('2.69 million bags', 1, 2.69e6, 'count', 'production', None, None, None, ON, FNC),
        ('7%', 1, 7, 'percent', 'production', 'decrease', 'year_on_year', None, ON, FNC),
        ('41%', 1, 41, 'percent', 'shipments to the United States share of exports', None, None, None, NOVA, FNC),
        ('34%', 1, 34, 'percent', 'shipments to the European Union share of exports', None, None, None, NOVA, FNC),
        ('8%', 1, 8, 'percent', 'shipments to Japan share of exports', None, None, None, NOVA, FNC),
        ('13 million', 1, 13e6, 'count', 'output', None, None, None, Y('in 2026', 2026), FNC),
        ('13.5 million bags', 1, 13.5e6, 'count', 'output', None, None, None, Y('in 2026', 2026), FNC),
        ('2.61 million pesos', 1, 2.61e6, 'COP', 'domestic reference price', 'decrease', None, None, P('on Wednesday', '2025-12-03', '2025-12-03'), FNC),
        ('2.78 million pesos', 1, 2.78e6, 'COP', 'domestic reference price', None, None, None, P('a week earlier', '2025-11-26', '2025-11-26'), FNC),
    ],
    'cnbc_style_redbook_chain_store_sales.txt': [
        ('6.1%', 1, 6.1, 'percent', 'Redbook same-store sales', 'increase', None, None, None, None),
        ('6.1%', 2, 6.1, 'percent', 'same-store sales at U.S. retailers', 'increase', 'year_on_year', None, W29, RB),
        ('5.6%', 1, 5.6, 'percent', 'same-store sales at U.S. retailers', 'increase', 'year_on_year', None, P('the week before', '2025-11-16', '2025-11-22'), RB),
        ('7.4%', 1, 7.4, 'percent', 'sales at discounters', 'increase', 'year_on_year', None, DW, RB),
        ('2.3%', 1, 2.3, 'percent', 'sales at department stores', 'increase', 'year_on_year', None, DW, RB),
        ('5.8%', 1, 5.8, 'percent', 'same-store sales', 'increase', 'year_on_year', None, NOVW, RB),
        ('5.3%', 1, 5.3, 'percent', 'same-store sales target', None, 'year_on_year', None, NOVW, RB),
        ('5.5%', 1, 5.5, 'percent', 'same-store sales', 'increase', 'year_on_year', None, per('December', 2025, 12), RB),
        ('9,000', 1, 9000, 'count', 'general merchandise stores tracked by the index', None, None, 'approximately', None, RB),
        ('90%', 1, 90, 'percent', 'tracked stores share of U.S. general merchandise sales', None, None, 'approximately', None, RB),
        ('$11.8 billion', 1, 11.8e9, 'USD', 'U.S. online spending', None, None, None, BF, ADOBE),
        ('9.1%', 1, 9.1, 'percent', 'U.S. online spending', 'increase', 'year_on_year', None, BF, ADOBE),
        ('$6.4 billion', 1, 6.4e9, 'USD', 'U.S. online spending', None, None, None, P('on Thanksgiving Day', '2025-11-27', '2025-11-27'), ADOBE),
        ('3.7%', 1, 3.7, 'percent', 'holiday sales', 'increase', 'year_on_year', None, ND, NRF),
        ('4.2%', 1, 4.2, 'percent', 'holiday sales', 'increase', 'year_on_year', None, ND, NRF),
        ('$1.01 trillion', 1, 1.01e12, 'USD', 'holiday sales', 'increase', None, 'up_to', ND, NRF),
    ],
    'mt_newswires_canada_capacity_utilization.txt': [
        ('78.6%', 1, 78.6, 'percent', "Canada's industrial capacity use", 'increase', None, None, Q('Q3', 2025, 3), None),
        ('78.6%', 2, 78.6, 'percent', 'industrial capacity utilization rate', 'increase', None, None, TQ, SC),
        ('77.9%', 1, 77.9, 'percent', 'industrial capacity utilization rate', None, None, None, SQ, SC),
        ('78.2%', 1, 78.2, 'percent', 'industrial capacity utilization rate', None, None, None, TQ, BBG),
        ('78.1%', 1, 78.1, 'percent', 'industrial capacity utilization rate', None, None, None, Q('second-quarter', 2025, 2), SC),
        ('2.4 percentage points', 1, 2.4, 'percentage_point', 'mining, quarrying, and oil and gas extraction rate', 'increase', 'quarter_on_quarter', None, JSP, SC),
        ('80.3%', 1, 80.3, 'percent', 'mining, quarrying, and oil and gas extraction rate', 'increase', None, None, JSP, SC),
        ('84.7%', 1, 84.7, 'percent', 'oil and gas extraction rate', 'increase', None, None, JSP, SC),
        ('81.5%', 1, 81.5, 'percent', 'oil and gas extraction rate', None, None, None, Q('in the previous quarter', 2025, 2), SC),
        ('76.1%', 1, 76.1, 'percent', 'manufacturing capacity utilization', None, None, None, INQ5, SC),
        ('76.2%', 1, 76.2, 'percent', 'manufacturing capacity utilization', None, None, None, SQ, SC),
        ('12', 2, 12, 'count', 'manufacturing major groups posting gains', None, None, None, INQ5, SC),
        ('91.4%', 1, 91.4, 'percent', 'petroleum and coal products rate', None, None, None, INQ5, SC),
        ('83.0%', 1, 83.0, 'percent', 'food manufacturing rate', None, None, None, INQ5, SC),
        ('3.1 percentage points', 1, 3.1, 'percentage_point', 'wood products rate', 'decrease', 'quarter_on_quarter', None, INQ5, SC),
        ('71.8%', 1, 71.8, 'percent', 'wood products rate', 'decrease', None, None, INQ5, SC),
        ('0.3 percentage points', 1, 0.3, 'percentage_point', 'construction capacity use', 'increase', None, None, TQ, SC),
        ('84.2%', 1, 84.2, 'percent', 'construction capacity use', 'increase', None, None, TQ, SC),
        ('0.8 points', 1, 0.8, 'percentage_point', 'rate for electric power generation, transmission and distribution', 'increase', None, None, TQ, SC),
        ('80.6%', 1, 80.6, 'percent', 'rate for electric power generation, transmission and distribution', 'increase', None, None, TQ, SC),
        ('1.1 percentage points', 1, 1.1, 'percentage_point', 'overall rate', 'decrease', 'year_on_year', None, Q('In the latest quarter', 2025, 3), SC),
        ('0.1%', 1, 0.1, 'percent', 'Canadian dollar', 'increase', None, None, None, SC),
        ('US$0.7236', 1, 0.7236, 'USD', 'Canadian dollar', 'increase', None, None, None, SC),
    ],
    'trading_economics_style_new_zealand_food_prices.txt': [
        ('4.6%', 1, 4.6, 'percent', 'New Zealand food inflation', 'increase', None, None, None, None),
        ('4.6%', 2, 4.6, 'percent', 'food prices in New Zealand', 'increase', 'year_on_year', None, O25, SNZ),
        ('4.1%', 1, 4.1, 'percent', 'food prices in New Zealand', 'increase', 'year_on_year', None, SEP, SNZ),
        ('+8.2%', 1, 8.2, 'percent', 'prices of meat, poultry and fish', 'increase', 'year_on_year', None, O25, SNZ),
        ('+7.6%', 1, 7.6, 'percent', 'prices of meat, poultry and fish', 'increase', 'year_on_year', None, SEP, SNZ),
        ('+5.1%', 1, 5.1, 'percent', 'grocery food prices', 'increase', 'year_on_year', None, O25, SNZ),
        ('+4.7%', 1, 4.7, 'percent', 'grocery food prices', 'increase', 'year_on_year', None, SEP, SNZ),
        ('+6.4%', 1, 6.4, 'percent', 'non-alcoholic beverages prices', 'increase', 'year_on_year', None, O25, SNZ),
        ('+5.9%', 1, 5.9, 'percent', 'non-alcoholic beverages prices', 'increase', 'year_on_year', None, SEP, SNZ),
        ('+3.2%', 1, 3.2, 'percent', 'restaurant meals and ready-to-eat food prices', 'increase', 'year_on_year', None, O25, SNZ),
        ('+3.1%', 1, 3.1, 'percent', 'restaurant meals and ready-to-eat food prices', 'increase', 'year_on_year', None, SEP, SNZ),
        ('2.3%', 1, 2.3, 'percent', 'fruit and vegetable prices', 'decrease', 'year_on_year', None, O25, SNZ),
        ('1.4%', 1, 1.4, 'percent', 'fruit and vegetable prices', 'decrease', 'year_on_year', None, per('in the prior month', 2025, 9), SNZ),
        ('+38.5%', 1, 38.5, 'percent', 'butter prices', 'increase', 'year_on_year', None, O25, SNZ),
        ('+14.2%', 1, 14.2, 'percent', 'milk prices', 'increase', 'year_on_year', None, O25, SNZ),
        ('+17.9%', 1, 17.9, 'percent', 'beef mince prices', 'increase', 'year_on_year', None, O25, SNZ),
        ('0.5%', 1, 0.5, 'percent', 'food prices', 'increase', 'month_on_month', None, OCT, SNZ),
        ('0.4%', 1, 0.4, 'percent', 'food prices', 'decrease', 'month_on_month', None, SEP, SNZ),
        ('0.9%', 1, 0.9, 'percent', 'grocery food prices', 'increase', 'month_on_month', None, OCT, SNZ),
        ('1.3%', 1, 1.3, 'percent', 'prices of meat, poultry and fish', 'increase', 'month_on_month', None, OCT, SNZ),
        ('2.7%', 1, 2.7, 'percent', 'fruit and vegetable prices', 'decrease', 'month_on_month', None, OCT, SNZ),
        ('1,321', 1, 1321, 'index_point', 'food price index', None, None, None, OCT, SNZ),
        ('2.61 percent', 1, 2.61, 'percent', 'New Zealand food inflation average', None, None, None, P('from 2000 until 2025', '2000-01-01', '2025-12-31'), SNZ),
        ('12.50 percent', 1, 12.5, 'percent', 'New Zealand food inflation all time high', None, None, None, per('in June 2023', 2023, 6), SNZ),
        ('-1.70 percent', 1, -1.7, 'percent', 'New Zealand food inflation record low', 'decrease', None, None, per('in March 2014', 2014, 3), SNZ),
        ('4.30 percent', 1, 4.3, 'percent', 'Food Inflation in New Zealand', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('2.80 percent', 1, 2.8, 'percent', 'New Zealand Food Inflation', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('2.30 percent', 1, 2.3, 'percent', 'New Zealand Food Inflation', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_lithium_carbonate_prices.txt': [
        ('3.2%', 1, 3.2, 'percent', 'most-traded January contract', 'increase', None, None, ET, None),
        ('98,560 yuan', 1, 98560, 'CNY', 'most-traded January contract', 'increase', None, None, ET, None),
        ('$13,940', 1, 13940, 'USD', 'most-traded January contract', 'increase', None, None, ET, None),
        ('99,880 yuan', 1, 99880, 'CNY', 'most-traded January contract intraday high', None, None, None, ET, None),
        ('7.4%', 1, 7.4, 'percent', 'most-traded January contract', 'increase', None, None, P('last week', '2025-12-01', '2025-12-07'), None),
        ('28%', 1, 28, 'percent', 'most-traded January contract', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-12-08'), None),
        ('5.1%', 1, 5.1, 'percent', 'Ganfeng Lithium', 'increase', None, None, None, None),
        ('4.6%', 1, 4.6, 'percent', 'Tianqi Lithium', 'increase', None, None, None, None),
        ('3.3%', 1, 3.3, 'percent', 'Pilbara Minerals', 'increase', None, None, None, None),
        ('1,850 yuan', 1, 1850, 'CNY', 'spot battery-grade lithium carbonate', 'increase', None, None, MON, SMM),
        ('96,400 yuan', 1, 96400, 'CNY', 'spot battery-grade lithium carbonate', 'increase', None, None, MON, SMM),
        ('9%', 1, 9, 'percent', 'spodumene concentrate (SC6) prices', 'increase', 'period_on_period', None, MON, SMM),
        ('$1,185', 1, 1185, 'USD', 'spodumene concentrate (SC6) prices', 'increase', None, None, MON, SMM),
        ('118,400 tonnes', 1, 118400, 'tonne', 'lithium carbonate inventories', 'decrease', None, None, AD4, SMM),
        ('124,900 tonnes', 1, 124900, 'tonne', 'lithium carbonate inventories', None, None, None, P('a week earlier', '2025-11-27', '2025-11-27'), SMM),
        ('46,700 tonnes', 1, 46700, 'tonne', 'lithium carbonate inventories held by downstream plants', None, None, None, AD4, SMM),
        ('38,200 tonnes', 1, 38200, 'tonne', 'lithium carbonate inventories held by smelters', None, None, None, AD4, SMM),
        ('12%', 1, 12, 'percent', 'trading margins on the January contract', 'increase', None, None, None, GFEX),
        ('10%', 1, 10, 'percent', 'trading margins on the January contract', None, None, None, None, GFEX),
        ('11%', 1, 11, 'percent', 'daily price limit', 'increase', None, None, None, GFEX),
    ],
    'business_standard_style_tea_production.txt': [
        ('6%', 1, 6, 'percent', 'tea output', 'decrease', None, None, JSH, None),
        ('1,003 mn kg', 1, 1003e6, 'kilogram', 'tea output', 'decrease', None, None, JSH, None),
        ('6.2 per cent', 1, 6.2, 'percent', 'tea production in India', 'decrease', 'year_on_year', None, JS9, TB),
        ('1,003.4 million kg', 1, 1003.4e6, 'kilogram', 'tea production in India', 'decrease', None, None, JS9, TB),
        ('1,069.7 mkg', 1, 1069.7e6, 'kilogram', 'tea production in India', None, None, None, P('in the corresponding period last year', '2024-01-01', '2024-09-30'), TB),
        ('four-fifths', 1, 0.8, 'fraction', "north India share of the country's output", None, None, 'more_than', N9, TB),
        ('824.6 mkg', 1, 824.6e6, 'kilogram', 'north India production', None, None, None, N9, TB),
        ('7.1 per cent', 1, 7.1, 'percent', 'north India production', 'decrease', 'year_on_year', None, N9, TB),
        ('178.8 mkg', 1, 178.8e6, 'kilogram', "south India's production", None, None, None, N9, TB),
        ('1.9 per cent', 1, 1.9, 'percent', "south India's production", 'decrease', 'year_on_year', None, N9, TB),
        ('515.3 mkg', 1, 515.3e6, 'kilogram', 'production in Assam', None, None, None, N9, TB),
        ('297.6 mkg', 1, 297.6e6, 'kilogram', 'production in West Bengal', None, None, None, N9, TB),
        ('161.2 mkg', 1, 161.2e6, 'kilogram', 'output', None, None, None, ISEP, TB),
        ('170.5 mkg', 1, 170.5e6, 'kilogram', 'output', None, None, None, per('a year ago', 2024, 9), TB),
        ('5.5 per cent', 1, 5.5, 'percent', 'output', 'decrease', 'year_on_year', None, ISEP, TB),
        ('4.8 per cent', 1, 4.8, 'percent', 'production in Assam', 'decrease', 'year_on_year', None, DM, TB),
        ('8.3 per cent', 1, 8.3, 'percent', 'production in West Bengal', 'decrease', 'year_on_year', None, DM, TB),
        ('9.4 per cent', 1, 9.4, 'percent', 'exports', 'increase', 'year_on_year', None, JA, TB),
        ('192.6 mkg', 1, 192.6e6, 'kilogram', 'exports', 'increase', None, None, JA, TB),
        ('₹301.45', 1, 301.45, 'INR', 'average export price', 'increase', None, None, JA, TB),
        ('₹284.12', 1, 284.12, 'INR', 'average export price', None, None, None, P('a year earlier', '2024-01-01', '2024-08-31'), TB),
        ('40', 1, 40e6, 'kilogram', 'crop loss', None, None, None, Y('for the calendar year', 2025), ITA),
        ('50 mkg', 1, 50e6, 'kilogram', 'crop loss', None, None, None, Y('for the calendar year', 2025), ITA),
        ('₹248', 1, 248, 'INR', 'auction prices at Kolkata', None, None, None, H1N, ITA),
        ('11 per cent', 1, 11, 'percent', 'auction prices at Kolkata', 'increase', 'year_on_year', 'approximately', H1N, ITA),
    ],
    'eu_energy_style_refinery_throughput_utilisation.txt': [
        ('9,840 thousand barrels per day', 1, 9.84e6, 'barrel per day', 'crude oil processed by EU refineries', None, None, None, Q225, None),
        ('3.1%', 1, 3.1, 'percent', 'crude oil processed by EU refineries', 'decrease', 'year_on_year', None, Q225, None),
        ('310 kb/d', 1, 310e3, 'barrel per day', 'crude oil processed by EU refineries', 'decrease', 'quarter_on_quarter', None, Q225, None),
        ('1,150 kb/d', 1, 1.15e6, 'barrel per day', 'distillation capacity taken offline for maintenance', None, None, None, per('in April', 2025, 4), None),
        ('77.6%', 1, 77.6, 'percent', 'average utilisation of EU refining capacity', 'decrease', None, None, Q225, None),
        ('80.2%', 1, 80.2, 'percent', 'average utilisation of EU refining capacity', None, None, None, Q('in Q1-2025', 2025, 1), None),
        ('79.9%', 1, 79.9, 'percent', 'average utilisation of EU refining capacity', None, None, None, Q('a year earlier', 2024, 2), None),
        ('-140 kb/d', 1, -140e3, 'barrel per day', 'crude runs in Germany', 'decrease', None, None, None, None),
        ('-95 kb/d', 1, -95e3, 'barrel per day', 'crude runs in France', 'decrease', None, None, None, None),
        ('-60 kb/d', 1, -60e3, 'barrel per day', 'crude runs in Italy', 'decrease', None, None, None, None),
        ('2%', 1, 2, 'percent', 'runs in Spain', 'increase', 'year_on_year', None, None, None),
        ('4%', 1, 4, 'percent', 'runs in Poland', 'increase', 'year_on_year', None, None, None),
        ('8.9 USD/bbl', 1, 8.9, 'USD', 'indicative Northwest European complex margin', None, None, None, INQ9, None),
        ('2.4 USD/bbl', 1, 2.4, 'USD', 'indicative Northwest European complex margin', 'increase', 'quarter_on_quarter', None, INQ9, None),
        ('7.3 USD/bbl', 1, 7.3, 'USD', 'Mediterranean margin', None, None, None, INQ9, None),
        ('17', 1, 17, 'USD', 'diesel cracks', None, None, None, Q('over the quarter', 2025, 2), None),
        ('24 USD/bbl', 1, 24, 'USD', 'diesel cracks', None, None, None, Q('over the quarter', 2025, 2), None),
        ('41.8%', 1, 41.8, 'percent', 'diesel and gasoil share of EU refinery output', 'increase', None, None, INQ9, EUS),
        ('40.9%', 1, 40.9, 'percent', 'diesel and gasoil share of EU refinery output', None, None, None, Q('in Q2-2024', 2024, 2), EUS),
        ('19.7%', 1, 19.7, 'percent', 'gasoline yield', 'decrease', None, None, INQ9, EUS),
        ('8.4%', 1, 8.4, 'percent', 'jet fuel and kerosene yields', None, None, None, INQ9, EUS),
        ('10.3 mb/d', 1, 10.3e6, 'barrel per day', 'EU crude runs', 'increase', None, 'approximately', Q('in the third quarter', 2025, 3), None),
    ],
    'nbs_style_cpi_core_services_november.txt': [
        ('0.6 percent', 1, 0.6, 'percent', 'CPI', 'decrease', 'month_on_month', None, NOV, NBS),
        ('0.3 percent', 1, 0.3, 'percent', 'CPI', 'decrease', 'month_on_month', None, per('in the previous month', 2024, 10), NBS),
        ('2.7 percent', 1, 2.7, 'percent', 'food prices', 'decrease', 'month_on_month', None, NOV, NBS),
        ('0.49 percentage points', 1, 0.49, 'percentage_point', 'impact of food prices on the CPI', 'decrease', 'month_on_month', 'approximately', NOV, NBS),
        ('11.0 percent', 1, 11.0, 'percent', 'prices of fresh vegetables', 'decrease', 'month_on_month', None, NOV, NBS),
        ('3.0 percent', 1, 3.0, 'percent', 'prices of fresh fruits', 'decrease', 'month_on_month', None, NOV, NBS),
        ('3.3 percent', 1, 3.3, 'percent', 'pork prices', 'decrease', 'month_on_month', None, NOV, NBS),
        ('0.2 percent', 1, 0.2, 'percent', 'non-food prices', 'decrease', 'month_on_month', None, NOV, NBS),
        ('0.1 percent', 1, 0.1, 'percent', 'services prices', 'decrease', 'month_on_month', None, NOV, NBS),
        ('0.2 percent', 2, 0.2, 'percent', 'CPI', 'increase', 'year_on_year', None, NOV, NBS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'CPI', 'decrease', 'month_on_month', None, NOV, NBS),
        ('0.2 percent', 3, 0.2, 'percent', 'CPI of urban areas', 'increase', 'year_on_year', None, NOV, NBS),
        ('0.1 percent', 3, 0.1, 'percent', 'CPI of rural areas', 'increase', 'year_on_year', None, NOV, NBS),
        ('0.9 percent', 1, 0.9, 'percent', 'food prices', 'decrease', 'year_on_year', None, NOV, NBS),
        ('2.9 percent', 1, 2.9, 'percent', 'food prices', 'increase', 'year_on_year', None, per('in October', 2024, 10), NBS),
        ('13.7 percent', 1, 13.7, 'percent', 'pork prices', 'increase', 'year_on_year', None, NOV, NBS),
        ('1.1 percentage points', 1, 1.1, 'percentage_point', 'pork prices', 'decrease', 'month_on_month', None, NOV, NBS),
        ('0.4 percent', 1, 0.4, 'percent', 'services prices', 'increase', 'year_on_year', None, NOV, NBS),
        ('0.4 percent', 2, 0.4, 'percent', 'prices of industrial consumer goods', 'decrease', 'year_on_year', None, NOV, NBS),
        ('five', 1, 5, 'count', 'categories of goods and services with rising prices', None, None, None, NOV, NBS),
        ('three', 1, 3, 'count', 'categories of goods and services with falling prices', None, None, None, NOV, NBS),
        ('0.3 percent', 2, 0.3, 'percent', 'core CPI excluding food and energy', 'increase', 'year_on_year', None, per('in November', 2024, 11), NBS),
        ('0.1 percentage points', 2, 0.1, 'percentage_point', 'core CPI', 'increase', 'month_on_month', None, per('in November', 2024, 11), NBS),
        ('0.3 percent', 3, 0.3, 'percent', 'CPI', 'increase', 'year_on_year', None, P('From January to November', '2024-01-01', '2024-11-30'), NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
