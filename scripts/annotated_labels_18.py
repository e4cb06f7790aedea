# ruff: noqa: E501, RUF001
"""Write corpus/annotated_18/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_18.py corpus/annotated_18
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
FSO = "Federal Statistical Office"
BBK = "Deutsche Bundesbank"
TSI = "Turkish Statistical Institute"
CBRT = "Central Bank of the Republic of Turkey"
CGC = "Challenger, Gray & Christmas"
DOL = "U.S. Department of Labor"
IBGE = "Brazilian Institute of Geography and Statistics"
BCB = "Central Bank of Brazil"
GUS = "Statistics Poland"
TE = "Trading Economics"
NBS = "National Bureau of Statistics"
GAC = "General Administration of Customs"
DGCA = "Directorate General of Civil Aviation"

# 1801 ONS quarterly national accounts (ref 2025-09-30)
Q2A = Q("in Quarter 2 (Apr to June) 2025", 2025, 2)
Q1A = Q("in Quarter 1 (Jan to Mar) 2025", 2025, 1)
Q2B = Q("in Quarter 2 2025", 2025, 2)
Q1B = Q("in Quarter 1 2025", 2025, 1)
# 1802 Reuters 1987 (ref 1987-03-27)
MAR87 = per("in March", 1987, 3)
FEB87 = per("in February", 1987, 2)
# 1803 Reuters 2025 (ref 2025-11-03)
OCT = per("in October", 2025, 10)
SEP = per("in September", 2025, 9)
IOCT = per("In October", 2025, 10)
OCT23 = P("on Oct. 23", "2025-10-23", "2025-10-23")
END25 = P("for end-2025", "2025-12-31", "2025-12-31")
# 1804 CNBC (ref 2025-11-06)
JO = P("From January through October", "2025-01-01", "2025-10-31")
JO2 = P("from January through October", "2025-01-01", "2025-10-31")
# 1805 MT Newswires (ref 2025-11-13)
AUG = per("in August", 2025, 8)
# 1806 Trading Economics (ref 2025-11-20)
OCT25 = per("in October 2025", 2025, 10)
# 1807 Investing.com (ref 2025-11-14)
ET = P("by 04:30 ET", None, None)
F10 = P("in the first ten months of the year", "2025-01-01", "2025-10-31")
# 1808 Business Standard (ref 2025-11-20)
FY25 = P("in FY25", "2024-04-01", "2025-03-31")
FY26 = P("in FY26", "2025-04-01", "2026-03-31")
AO26 = P("In the April-October period of FY26", "2025-04-01", "2025-10-31")
# 1809 DG ENER (ref 2025-10-15)
Q225 = Q("In the second quarter of 2025", 2025, 2)
INQ = Q("in the quarter", 2025, 2)
EOJ = P("at the end of June 2025", "2025-06-30", "2025-06-30")
H125 = P("in the first half of 2025", "2025-01-01", "2025-06-30")
Y24 = Y("in 2024", 2024)
# 1810 NBS (ref 2025-10-20)
Q13 = P("In the first three quarters of 2025", "2025-01-01", "2025-09-30")
JS = P("From January to September", "2025-01-01", "2025-09-30")
EQ3 = P("At the end of the third quarter", "2025-09-30", "2025-09-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_quarterly_national_accounts.txt': [
        ('0.3%', 1, 0.3, 'percent', 'UK gross domestic product (GDP)', 'increase', 'quarter_on_quarter', None, Q2A, None),
        ('0.7%', 1, 0.7, 'percent', 'UK gross domestic product (GDP)', 'increase', 'quarter_on_quarter', None, Q1A, None),
        ('0.4%', 1, 0.4, 'percent', 'real household disposable income (RHDI) per head', 'decrease', None, None, Q2B, None),
        ('0.1%', 1, 0.1, 'percent', 'real household disposable income (RHDI) per head', 'decrease', None, None, Q2B, None),
        ('0.2%', 1, 0.2, 'percent', 'real GDP per head', 'increase', None, None, Q2B, None),
        ('10.2%', 1, 10.2, 'percent', "households' saving ratio", 'decrease', None, None, Q2B, None),
        ('10.9%', 1, 10.9, 'percent', "households' saving ratio", None, None, None, Q1B, None),
        ('7.6%', 1, 7.6, 'percent', "households' saving ratio average", None, None, None, P('between 2015 and 2019', '2015-01-01', '2019-12-31'), None),
        ('£23.4 billion', 1, 23.4e9, 'GBP', "UK's current account deficit", 'increase', None, None, Q2B, None),
        ('3.1%', 1, 3.1, 'percent', 'current account deficit as a share of GDP', 'increase', None, None, Q2B, None),
        ('£19.8 billion', 1, 19.8e9, 'GBP', "UK's current account deficit", None, None, None, Q1B, None),
        ('2.6%', 1, 2.6, 'percent', 'current account deficit as a share of GDP', None, None, None, Q1B, None),
        ('0.9%', 1, 0.9, 'percent', 'nominal household disposable income', 'increase', 'quarter_on_quarter', None, Q2B, ONS),
        ('1.6%', 1, 1.6, 'percent', 'household final consumption expenditure in current prices', 'increase', 'quarter_on_quarter', None, Q2B, ONS),
        ('1.2%', 1, 1.2, 'percent', 'compensation of employees', 'increase', 'quarter_on_quarter', None, Q2B, ONS),
        ('4.5%', 1, 4.5, 'percent', 'net property income', 'decrease', 'quarter_on_quarter', None, Q2B, ONS),
        ('£6.1 billion', 1, 6.1e9, 'GBP', 'net lending of private non-financial corporations', None, None, None, Q2B, ONS),
        ('£2.3 billion', 1, 2.3e9, 'GBP', 'net borrowing of private non-financial corporations', None, None, None, Q('in the previous quarter', 2025, 1), ONS),
        ('£31.0 billion', 1, 31.0e9, 'GBP', 'general government net borrowing', 'decrease', None, None, Q2B, ONS),
        ('£36.4 billion', 1, 36.4e9, 'GBP', 'general government net borrowing', None, None, None, Q1B, ONS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'GDP growth revision', 'increase', None, None, Q1A, ONS),
        ('0.7%', 2, 0.7, 'percent', 'GDP growth', 'increase', None, None, Q1A, ONS),
        ('1.3%', 1, 1.3, 'percent', 'level of real GDP', 'increase', 'year_on_year', None, Q2B, ONS),
        ('40,000', 1, 40000, 'count', 'businesses surveyed each month for the output measure of GDP', None, None, 'approximately', None, ONS),
    ],
    'wire_1987_west_german_cost_of_living.txt': [
        ('0.2 PCT', 1, 0.2, 'percent', 'West German cost of living', 'increase', None, None, per('MARCH', 1987, 3), None),
        ('0.2 pct', 1, 0.2, 'percent', 'West German cost of living', 'increase', 'month_on_month', None, MAR87, FSO),
        ('0.1 pct', 1, 0.1, 'percent', 'West German cost of living', 'increase', 'month_on_month', None, FEB87, FSO),
        ('0.4 pct', 1, 0.4, 'percent', 'cost of living', 'decrease', 'year_on_year', None, per('In March', 1987, 3), FSO),
        ('0.5 pct', 1, 0.5, 'percent', 'cost of living', 'decrease', 'year_on_year', None, FEB87, FSO),
        ('4.6 pct', 1, 4.6, 'percent', 'heating oil prices', 'increase', 'month_on_month', None, per('March', 1987, 3), FSO),
        ('3.1 pct', 1, 3.1, 'percent', 'fresh vegetable prices', 'increase', 'month_on_month', None, per('March', 1987, 3), FSO),
        ('0.5 pct', 2, 0.5, 'percent', 'food prices', 'increase', 'month_on_month', None, per('March', 1987, 3), FSO),
        ('1.1 pct', 1, 1.1, 'percent', 'rents', 'increase', 'year_on_year', None, MAR87, FSO),
        ('12.8 pct', 1, 12.8, 'percent', 'energy prices', 'decrease', 'year_on_year', None, MAR87, FSO),
        ('1.4 pct', 1, 1.4, 'percent', 'cost of living excluding energy', 'increase', 'year_on_year', None, MAR87, FSO),
        ('121.2', 1, 121.2, 'index_point', 'cost of living index', None, None, None, MAR87, FSO),
        ('121.0', 1, 121.0, 'index_point', 'cost of living index', None, None, None, FEB87, FSO),
        ('121.7', 1, 121.7, 'index_point', 'cost of living index', None, None, None, per('in March 1986', 1986, 3), FSO),
        ('0.1 pct', 2, 0.1, 'percent', 'cost of living', 'increase', None, None, MAR87, 'Reuters'),
        ('one pct', 1, 1, 'percent', 'consumer prices', 'increase', None, 'approximately', P('over 1987 as a whole', '1987-01-01', '1987-12-31'), 'Reuters'),
        ('0.2 pct', 2, 0.2, 'percent', 'consumer prices', 'decrease', 'year_on_year', None, Y('in 1986', 1986), FSO),
        ('half a point', 1, 0.5, 'percentage_point', 'discount rate', 'decrease', None, None, per('in January', 1987, 1), BBK),
        ('3.0 pct', 1, 3.0, 'percent', 'discount rate', 'decrease', None, None, per('in January', 1987, 1), BBK),
        ('5.0 pct', 1, 5.0, 'percent', 'Lombard rate', 'decrease', None, None, per('in January', 1987, 1), BBK),
        ('0.6 pct', 1, 0.6, 'percent', 'import prices', 'decrease', 'month_on_month', None, FEB87, FSO),
        ('14.2 pct', 1, 14.2, 'percent', 'import prices', 'decrease', 'year_on_year', None, FEB87, FSO),
    ],
    'wire_2025_turkey_inflation.txt': [
        ('32.87%', 1, 32.87, 'percent', 'Turkish inflation', 'decrease', None, None, OCT, None),
        ('32.87%', 2, 32.87, 'percent', 'annual consumer price inflation', 'decrease', 'year_on_year', None, OCT, TSI),
        ('33.29%', 1, 33.29, 'percent', 'annual consumer price inflation', None, 'year_on_year', None, SEP, TSI),
        ('33.5%', 1, 33.5, 'percent', 'annual consumer price inflation', None, 'year_on_year', None, OCT, 'Reuters'),
        ('2.55%', 1, 2.55, 'percent', 'consumer prices', 'increase', 'month_on_month', None, OCT, TSI),
        ('2.80%', 1, 2.80, 'percent', 'consumer prices', None, 'month_on_month', None, OCT, 'Reuters'),
        ('14', 1, 14, 'count', 'economists in a Reuters poll', None, None, None, OCT, 'Reuters'),
        ('31.6%', 1, 31.6, 'percent', 'core index', 'increase', 'year_on_year', None, OCT, TSI),
        ('32.2%', 1, 32.2, 'percent', 'core index', None, 'year_on_year', None, SEP, TSI),
        ('75.45%', 1, 75.45, 'percent', 'annual inflation', None, 'year_on_year', None, per('in May 2024', 2024, 5), TSI),
        ('34.9%', 1, 34.9, 'percent', 'food and non-alcoholic beverage prices', 'increase', 'year_on_year', None, IOCT, TSI),
        ('63.4%', 1, 63.4, 'percent', 'housing costs', 'increase', 'year_on_year', None, IOCT, TSI),
        ('27.1%', 1, 27.1, 'percent', 'transport costs', 'increase', 'year_on_year', None, IOCT, TSI),
        ('1.8%', 1, 1.8, 'percent', 'clothing prices', 'decrease', 'month_on_month', None, IOCT, TSI),
        ('1.63%', 1, 1.63, 'percent', 'domestic producer price index', 'increase', 'month_on_month', None, OCT, TSI),
        ('27.00%', 1, 27.00, 'percent', 'domestic producer price index', 'increase', 'year_on_year', None, OCT, TSI),
        ('100 basis points', 1, 100, 'basis_point', 'one-week repo rate', 'decrease', None, None, OCT23, CBRT),
        ('39.5%', 1, 39.5, 'percent', 'one-week repo rate', 'decrease', None, None, OCT23, CBRT),
        ('250-basis-point', 1, 250, 'basis_point', 'one-week repo rate', 'decrease', None, None, SEP, CBRT),
        ('650 basis points', 1, 650, 'basis_point', 'one-week repo rate', 'decrease', None, None, P('since July', '2025-07-01', '2025-11-03'), CBRT),
        ('24%', 1, 24, 'percent', 'interim inflation target', None, None, None, END25, CBRT),
        ('25%', 1, 25, 'percent', 'inflation', None, None, None, END25, CBRT),
        ('29%', 1, 29, 'percent', 'inflation', None, None, None, END25, CBRT),
        ('31.0%', 1, 31.0, 'percent', 'annual inflation', None, 'year_on_year', None, P('at the end of 2025', '2025-12-31', '2025-12-31'), 'Reuters'),
        ('42.05', 1, 42.05, 'TRY', 'lira', None, None, None, None, TSI),
        ('16%', 1, 16, 'percent', 'lira', 'decrease', None, 'approximately', P('so far this year', '2025-01-01', '2025-11-03'), TSI),
    ],
    'cnbc_style_challenger_job_cuts.txt': [
        ('153,074', 1, 153074, 'count', 'layoff announcements', 'increase', None, None, OCT, CGC),
        ('153,074', 2, 153074, 'count', 'job cuts', None, None, None, OCT, CGC),
        ('triple', 1, 3, 'times', 'job cuts', 'increase', 'month_on_month', 'approximately', OCT, CGC),
        ('54,064', 1, 54064, 'count', 'job cuts', None, None, None, SEP, CGC),
        ('175%', 1, 175, 'percent', 'job cuts', 'increase', 'year_on_year', None, OCT, CGC),
        ('1,099,500', 1, 1099500, 'count', 'job cuts', None, None, None, JO, CGC),
        ('65%', 1, 65, 'percent', 'job cuts', 'increase', 'year_on_year', None, JO, CGC),
        ('664,839', 1, 664839, 'count', 'job cuts', None, None, None, P('in the same period of 2024', '2024-01-01', '2024-10-31'), CGC),
        ('47,878', 1, 47878, 'count', 'job cuts in warehousing', None, None, None, OCT, CGC),
        ('33,281', 1, 33281, 'count', 'job cuts in technology', None, None, None, OCT, CGC),
        ('9,271', 1, 9271, 'count', 'job cuts in retail', None, None, None, OCT, CGC),
        ('307,638', 1, 307638, 'count', 'job cuts announced by government employers', None, None, None, P('so far this year', '2025-01-01', '2025-11-06'), CGC),
        ('50,437', 1, 50437, 'count', 'job cuts attributed to cost-cutting', None, None, None, OCT, CGC),
        ('31,039', 1, 31039, 'count', 'job cuts attributed to artificial intelligence', None, None, None, OCT, CGC),
        ('48,414', 1, 48414, 'count', 'job cuts attributed to AI', None, None, None, P('So far this year', '2025-01-01', '2025-11-06'), CGC),
        ('488,077', 1, 488077, 'count', 'announced hiring plans', None, None, None, JO2, CGC),
        ('35%', 1, 35, 'percent', 'announced hiring plans', 'decrease', 'year_on_year', None, JO2, CGC),
        ('372,520', 1, 372520, 'count', 'seasonal hiring plans', None, None, None, JO2, CGC),
        ('50,000', 1, 50000, 'count', 'nonfarm payrolls', 'increase', None, None, OCT, 'Dow Jones'),
        ('4.3%', 1, 4.3, 'percent', 'unemployment rate', None, None, None, OCT, 'Dow Jones'),
        ('1.8 million', 1, 1.8e6, 'count', 'layoffs and discharges', None, None, None, AUG, DOL),
    ],
    'mt_newswires_brazil_retail_sales.txt': [
        ('0.3%', 1, 0.3, 'percent', 'Brazil retail sales', 'decrease', None, None, SEP, None),
        ('0.3%', 2, 0.3, 'percent', "Brazil's retail sales", 'decrease', 'month_on_month', None, SEP, IBGE),
        ('0.2%', 1, 0.2, 'percent', "Brazil's retail sales", 'increase', 'month_on_month', None, AUG, IBGE),
        ('0.1%', 1, 0.1, 'percent', "Brazil's retail sales", None, 'month_on_month', None, AUG, IBGE),
        ('0.2%', 2, 0.2, 'percent', 'retail sales', 'increase', 'month_on_month', None, SEP, 'Bloomberg'),
        ('1.1%', 1, 1.1, 'percent', 'retail sales', 'increase', 'year_on_year', None, SEP, IBGE),
        ('2.2%', 1, 2.2, 'percent', 'retail sales', 'increase', 'year_on_year', None, AUG, IBGE),
        ('1.7%', 1, 1.7, 'percent', 'retail sales', 'increase', 'year_on_year', None, P('In the first nine months of the year', '2025-01-01', '2025-09-30'), IBGE),
        ('0.6%', 1, 0.6, 'percent', 'expanded retail sales', 'decrease', 'month_on_month', None, SEP, IBGE),
        ('0.8%', 1, 0.8, 'percent', 'expanded retail sales', 'decrease', 'year_on_year', None, SEP, IBGE),
        ('Five', 1, 5, 'count', 'activities posting monthly declines', None, None, None, None, IBGE),
        ('2.4%', 1, 2.4, 'percent', 'sales of fuels and lubricants', 'decrease', 'month_on_month', None, None, IBGE),
        ('1.5%', 1, 1.5, 'percent', 'sales of pharmaceutical products', 'decrease', 'month_on_month', None, None, IBGE),
        ('0.4%', 1, 0.4, 'percent', 'sales at supermarkets', 'increase', 'month_on_month', None, None, IBGE),
        ('0.9%', 1, 0.9, 'percent', 'sales of furniture and appliances', 'decrease', 'month_on_month', None, None, IBGE),
        ('4.7%', 1, 4.7, 'percent', 'sales of books, newspapers and stationery', 'increase', 'month_on_month', None, None, IBGE),
        ('5,000', 1, 5000, 'count', "retail businesses covered by IBGE's monthly trade survey", None, None, 'approximately', None, IBGE),
        ('15%', 1, 15, 'percent', 'Selic rate', None, None, None, P('on Nov. 5', '2025-11-05', '2025-11-05'), BCB),
        ('4.55%', 1, 4.55, 'percent', 'inflation', 'decrease', None, None, Y('for 2025', 2025), BCB),
        ('4.56%', 1, 4.56, 'percent', 'inflation', None, None, None, Y('for 2025', 2025), BCB),
        ('4.5%', 1, 4.5, 'percent', "ceiling of the central bank's tolerance range", None, None, None, None, BCB),
        ('0.4%', 2, 0.4, 'percent', 'real', 'decrease', None, None, None, IBGE),
        ('5.31', 1, 5.31, 'BRL', 'real', 'decrease', None, None, None, IBGE),
    ],
    'trading_economics_style_poland_wages.txt': [
        ('6.6%', 1, 6.6, 'percent', 'Poland wage growth', 'decrease', None, None, None, None),
        ('6.6%', 2, 6.6, 'percent', "average gross wages in Poland's enterprise sector", 'increase', 'year_on_year', None, OCT25, GUS),
        ('PLN 8,783.47', 1, 8783.47, 'PLN', "average gross wages in Poland's enterprise sector", 'increase', None, None, OCT25, GUS),
        ('7.1%', 1, 7.1, 'percent', "average gross wages in Poland's enterprise sector", None, 'year_on_year', None, SEP, GUS),
        ('6.9%', 1, 6.9, 'percent', 'average gross wages', None, 'year_on_year', None, OCT25, None),
        ('2.8%', 1, 2.8, 'percent', 'inflation', None, 'year_on_year', None, OCT25, GUS),
        ('3.7%', 1, 3.7, 'percent', 'real wages', 'increase', 'year_on_year', 'approximately', OCT25, GUS),
        ('0.8%', 1, 0.8, 'percent', 'employment in the enterprise sector', 'decrease', 'year_on_year', None, OCT25, GUS),
        ('6.43 million', 1, 6.43e6, 'count', 'employment in the enterprise sector', 'decrease', None, None, OCT25, GUS),
        ('0.8%', 2, 0.8, 'percent', 'employment in the enterprise sector', 'decrease', 'year_on_year', None, per('in the previous month', 2025, 9), GUS),
        ('9.8%', 1, 9.8, 'percent', 'wage growth in energy supply', 'increase', 'year_on_year', None, IOCT, GUS),
        ('8.4%', 1, 8.4, 'percent', 'wage growth in mining', 'increase', 'year_on_year', None, IOCT, GUS),
        ('4.1%', 1, 4.1, 'percent', 'wage growth in hospitality', 'increase', 'year_on_year', None, IOCT, GUS),
        ('0.9%', 1, 0.9, 'percent', 'average wages', 'increase', 'month_on_month', None, OCT, GUS),
        ('0.3%', 1, 0.3, 'percent', 'average wages', 'decrease', 'month_on_month', None, SEP, GUS),
        ('PLN 8,673.25', 1, 8673.25, 'PLN', 'average wage in the national economy', None, None, None, Q('in the third quarter', 2025, 3), GUS),
        ('7.6%', 1, 7.6, 'percent', 'average wage in the national economy', 'increase', 'year_on_year', None, Q('in the third quarter', 2025, 3), GUS),
        ('PLN 4,666', 1, 4666, 'PLN', 'minimum monthly wage', 'increase', None, None, per('in January', 2025, 1), None),
        ('PLN 4,806', 1, 4806, 'PLN', 'minimum monthly wage', 'increase', None, None, per('in January 2026', 2026, 1), None),
        ('6%', 1, 6, 'percent', 'wage growth', 'decrease', 'year_on_year', 'approximately', P('by the end of the year', '2025-12-31', '2025-12-31'), 'PKO Bank Polski'),
        ('8.12 percent', 1, 8.12, 'percent', 'Wage Growth in Poland average', None, None, None, P('From 2000 until 2025', '2000-01-01', '2025-12-31'), GUS),
        ('25.70 percent', 1, 25.70, 'percent', 'Wage Growth in Poland all time high', None, None, None, per('in May of 2000', 2000, 5), GUS),
        ('-0.90 percent', 1, -0.90, 'percent', 'Wage Growth in Poland record low', 'decrease', None, None, per('in March of 2003', 2003, 3), GUS),
        ('6.40 percent', 1, 6.40, 'percent', 'Wage Growth in Poland', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('6.00 percent', 1, 6.00, 'percent', 'Poland Wage Growth', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('5.50 percent', 1, 5.50, 'percent', 'Poland Wage Growth', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_copper_china_data.txt': [
        ('1.2%', 1, 1.2, 'percent', 'benchmark copper on the London Metal Exchange', 'decrease', None, None, ET, None),
        ('$10,780.50', 1, 10780.50, 'USD', 'benchmark copper on the London Metal Exchange', 'decrease', None, None, ET, None),
        ('0.9%', 1, 0.9, 'percent', 'most-traded copper contract on the Shanghai Futures Exchange', 'decrease', None, None, ET, None),
        ('86,540 yuan', 1, 86540, 'CNY', 'most-traded copper contract on the Shanghai Futures Exchange', 'decrease', None, None, ET, None),
        ('0.6%', 1, 0.6, 'percent', 'aluminium', 'decrease', None, None, ET, None),
        ('$2,845', 1, 2845, 'USD', 'aluminium', 'decrease', None, None, ET, None),
        ('1.1%', 1, 1.1, 'percent', 'zinc', 'decrease', None, None, ET, None),
        ('$14,900', 1, 14900, 'USD', 'nickel', None, None, None, ET, None),
        ('$11,200', 1, 11200, 'USD', 'LME copper record high', None, None, None, P('on Oct. 29', '2025-10-29', '2025-10-29'), None),
        ('23%', 1, 23, 'percent', 'LME copper', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-11-14'), None),
        ('0.2%', 1, 0.2, 'percent', 'dollar index', 'increase', None, None, None, None),
        ('99.4', 1, 99.4, 'index_point', 'dollar index', 'increase', None, None, None, None),
        ('4.9%', 1, 4.9, 'percent', "China's industrial output", 'increase', 'year_on_year', None, OCT, NBS),
        ('6.5%', 1, 6.5, 'percent', "China's industrial output", None, 'year_on_year', None, SEP, NBS),
        ('5.5%', 1, 5.5, 'percent', "China's industrial output", None, 'year_on_year', None, OCT, 'Reuters'),
        ('2.9%', 1, 2.9, 'percent', 'retail sales', 'increase', 'year_on_year', None, OCT, NBS),
        ('1.7%', 1, 1.7, 'percent', 'fixed-asset investment', 'decrease', 'year_on_year', None, F10, NBS),
        ('14.7%', 1, 14.7, 'percent', 'property investment', 'decrease', 'year_on_year', None, F10, NBS),
        ('11.3%', 1, 11.3, 'percent', "China's refined copper output", 'increase', 'year_on_year', None, OCT, NBS),
        ('1.24 million tonnes', 1, 1.24e6, 'tonne', "China's refined copper output", 'increase', None, None, OCT, NBS),
        ('8.8%', 1, 8.8, 'percent', 'imports of unwrought copper', 'decrease', 'year_on_year', None, OCT, GAC),
        ('430,000 tonnes', 1, 430000, 'tonne', 'imports of unwrought copper', 'decrease', None, None, OCT, GAC),
        ('$11,500', 1, 11500, 'USD', 'LME copper', None, None, None, Q('in the first quarter of 2026', 2026, 1), 'Goldman Sachs'),
    ],
    'business_standard_style_air_passenger_traffic.txt': [
        ('6.3%', 1, 6.3, 'percent', 'domestic air traffic', 'increase', None, None, OCT, None),
        ('1.52 crore', 1, 15.2e6, 'count', 'domestic air traffic', 'increase', None, None, OCT, None),
        ('64.3%', 1, 64.3, 'percent', 'IndiGo share', None, None, None, OCT, None),
        ('1.52 crore', 2, 15.2e6, 'count', 'passengers flown by domestic airlines', None, None, None, OCT, DGCA),
        ('6.3 per cent', 1, 6.3, 'percent', 'passengers flown by domestic airlines', 'increase', 'year_on_year', None, OCT, DGCA),
        ('1.43 crore', 1, 14.3e6, 'count', 'passengers flown by domestic airlines', None, None, None, per('in the same month last year', 2024, 10), DGCA),
        ('10.1 per cent', 1, 10.1, 'percent', 'domestic air traffic', 'increase', 'month_on_month', None, OCT, DGCA),
        ('1.38 crore', 1, 13.8e6, 'count', 'domestic air traffic', None, None, None, SEP, DGCA),
        ('9.84 crore', 1, 98.4e6, 'count', 'passengers flown by domestic carriers', None, None, None, AO26, DGCA),
        ('2.1 per cent', 1, 2.1, 'percent', 'passengers flown by domestic carriers', 'increase', 'year_on_year', None, AO26, DGCA),
        ('9.64 crore', 1, 96.4e6, 'count', 'passengers flown by domestic carriers', None, None, None, P('in the corresponding period of FY25', '2024-04-01', '2024-10-31'), DGCA),
        ('64.3 per cent', 1, 64.3, 'percent', "IndiGo's market share", 'increase', None, None, OCT, DGCA),
        ('63.5 per cent', 1, 63.5, 'percent', "IndiGo's market share", None, None, None, SEP, DGCA),
        ('26.5 per cent', 1, 26.5, 'percent', "Air India Group's share", 'decrease', None, None, OCT, DGCA),
        ('27.3 per cent', 1, 27.3, 'percent', "Air India Group's share", None, None, None, SEP, DGCA),
        ('5.4 per cent', 1, 5.4, 'percent', 'Akasa Air market share', None, None, None, OCT, DGCA),
        ('2.9 per cent', 1, 2.9, 'percent', 'SpiceJet market share', None, None, None, OCT, DGCA),
        ('88.6 per cent', 1, 88.6, 'percent', 'IndiGo passenger load factor', None, None, None, None, DGCA),
        ('78.1 per cent', 1, 78.1, 'percent', 'on-time performance of airlines at six metro airports', None, None, None, None, DGCA),
        ('0.9 per cent', 1, 0.9, 'percent', 'cancellation rate', None, None, None, None, DGCA),
        ('1,012', 1, 1012, 'count', 'passenger complaints', None, None, None, OCT, DGCA),
        ('0.7', 1, 0.7, 'count', 'passenger complaints per 10,000 passengers', None, None, None, OCT, DGCA),
        ('7.6 per cent', 1, 7.6, 'percent', 'domestic traffic', 'increase', None, None, FY25, DGCA),
        ('16.55 crore', 1, 165.5e6, 'count', 'domestic traffic', 'increase', None, None, FY25, DGCA),
        ('4', 1, 4, 'percent', 'domestic air traffic growth', 'decrease', None, None, FY26, 'ICRA'),
        ('6 per cent', 1, 6, 'percent', 'domestic air traffic growth', 'decrease', None, None, FY26, 'ICRA'),
    ],
    'eu_energy_style_electric_vehicles_heat_pumps.txt': [
        ('452,000', 1, 452000, 'count', 'new battery electric cars registered in the EU', None, None, None, Q225, None),
        ('24%', 1, 24, 'percent', 'new battery electric cars registered in the EU', 'increase', 'year_on_year', None, Q225, None),
        ('15.6%', 1, 15.6, 'percent', 'battery electric share of new car registrations', 'increase', None, None, Q225, None),
        ('12.5%', 1, 12.5, 'percent', 'battery electric share of new car registrations', None, None, None, P('a year earlier', '2024-04-01', '2024-06-30'), None),
        ('36%', 1, 36, 'percent', 'plug-in hybrid registrations', 'increase', 'year_on_year', None, Q225, None),
        ('212,000', 1, 212000, 'count', 'plug-in hybrid registrations', 'increase', None, None, Q225, None),
        ('7.3%', 1, 7.3, 'percent', 'plug-in hybrid share of the market', None, None, None, Q225, None),
        ('125,000', 1, 125000, 'count', 'battery electric registrations in Germany', None, None, None, INQ, None),
        ('69,000', 1, 69000, 'count', 'battery electric registrations in France', None, None, None, INQ, None),
        ('38,000', 1, 38000, 'count', 'battery electric registrations in Belgium', None, None, None, INQ, None),
        ('half', 1, 0.5, 'fraction', 'share of battery electric cars in new registrations in Denmark', None, None, 'more_than', INQ, None),
        ('third', 1, 0.3333, 'fraction', 'share of battery electric cars in new registrations in the Netherlands', None, None, 'approximately', INQ, None),
        ('5%', 1, 5, 'percent', 'share of battery electric cars in new registrations in Slovakia', None, None, 'less_than', INQ, None),
        ('1.02 million', 1, 1.02e6, 'count', 'publicly accessible charging points in the EU', None, None, 'approximately', EOJ, None),
        ('28%', 1, 28, 'percent', 'publicly accessible charging points in the EU', 'increase', 'year_on_year', None, EOJ, None),
        ('178,000', 1, 178000, 'count', 'fast chargers', None, None, 'approximately', EOJ, None),
        ('9%', 1, 9, 'percent', 'heat pump sales in the EU', 'decrease', 'year_on_year', None, H125, None),
        ('1.1 million units', 1, 1.1e6, 'count', 'heat pump sales in the EU', 'decrease', None, 'approximately', H125, None),
        ('30%', 1, 30, 'percent', 'heat pump sales below the 2022 peak', 'decrease', None, 'approximately', P('the 2022 peak', '2022-01-01', '2025-06-30'), None),
        ('31%', 1, 31, 'percent', "share of road transport in the EU's final energy consumption", None, None, None, Y24, 'Eurostat'),
        ('0.8%', 1, 0.8, 'percent', 'share of electricity in the energy used in road transport', 'increase', None, None, Y24, 'Eurostat'),
        ('0.6%', 1, 0.6, 'percent', 'share of electricity in the energy used in road transport', None, None, None, Y('in 2023', 2023), 'Eurostat'),
        ('11.2%', 1, 11.2, 'percent', 'share of renewable energy in transport', None, None, None, Y24, 'Eurostat'),
        ('1.6 percentage points', 1, 1.6, 'percentage_point', 'share of renewable energy in transport', 'increase', 'year_on_year', None, Y24, 'Eurostat'),
    ],
    'nbs_style_livestock_output.txt': [
        ('72.03 million tonnes', 1, 72.03e6, 'tonne', 'total output of pork, beef, mutton and poultry', None, None, None, Q13, NBS),
        ('4.2 percent', 1, 4.2, 'percent', 'total output of pork, beef, mutton and poultry', 'increase', 'year_on_year', None, Q13, NBS),
        ('44.58 million tonnes', 1, 44.58e6, 'tonne', 'output of pork', None, None, None, Q13, NBS),
        ('1.9 percent', 1, 1.9, 'percent', 'output of pork', 'increase', 'year_on_year', None, Q13, NBS),
        ('5.49 million tonnes', 1, 5.49e6, 'tonne', 'output of beef', None, None, None, Q13, NBS),
        ('3.8 percent', 1, 3.8, 'percent', 'output of beef', 'increase', 'year_on_year', None, Q13, NBS),
        ('3.61 million tonnes', 1, 3.61e6, 'tonne', 'output of mutton', None, None, None, Q13, NBS),
        ('2.4 percent', 1, 2.4, 'percent', 'output of mutton', 'decrease', 'year_on_year', None, Q13, NBS),
        ('18.35 million tonnes', 1, 18.35e6, 'tonne', 'output of poultry meat', None, None, None, Q13, NBS),
        ('10.6 percent', 1, 10.6, 'percent', 'output of poultry meat', 'increase', 'year_on_year', None, Q13, NBS),
        ('28.46 million tonnes', 1, 28.46e6, 'tonne', 'output of milk', None, None, None, JS, NBS),
        ('0.3 percent', 1, 0.3, 'percent', 'output of milk', 'increase', 'year_on_year', None, JS, NBS),
        ('26.12 million tonnes', 1, 26.12e6, 'tonne', 'output of poultry eggs', None, None, None, JS, NBS),
        ('1.1 percent', 1, 1.1, 'percent', 'output of poultry eggs', 'decrease', 'year_on_year', None, JS, NBS),
        ('427.20 million heads', 1, 427.20e6, 'count', 'number of live pigs on hand', None, None, None, EQ3, NBS),
        ('1.0 percent', 1, 1.0, 'percent', 'number of live pigs on hand', 'decrease', 'year_on_year', None, EQ3, NBS),
        ('40.35 million heads', 1, 40.35e6, 'count', 'number of breeding sows', None, None, None, EQ3, NBS),
        ('103.5 percent', 1, 103.5, 'percent', 'breeding sows as a share of the normal holding', None, None, None, EQ3, NBS),
        ('39 million heads', 1, 39e6, 'count', 'normal holding of breeding sows', None, None, None, None, None),
        ('527.39 million', 1, 527.39e6, 'count', 'pigs slaughtered', None, None, None, JS, NBS),
        ('1.6 percent', 1, 1.6, 'percent', 'pigs slaughtered', 'increase', 'year_on_year', None, JS, NBS),
        ('165.12 million', 1, 165.12e6, 'count', 'pigs slaughtered', None, None, None, Q('In the third quarter', 2025, 3), NBS),
        ('0.7 percent', 1, 0.7, 'percent', 'pigs slaughtered', 'decrease', 'year_on_year', None, Q('In the third quarter', 2025, 3), NBS),
        ('13.62 yuan', 1, 13.62, 'CNY', 'average ex-farm price of live hogs', None, None, None, per('In September', 2025, 9), NBS),
        ('26.8 percent', 1, 26.8, 'percent', 'average ex-farm price of live hogs', 'decrease', 'year_on_year', None, per('In September', 2025, 9), NBS),
        ('1.5 percent', 1, 1.5, 'percent', 'average ex-farm price of live hogs', 'decrease', 'month_on_month', None, per('In September', 2025, 9), NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
