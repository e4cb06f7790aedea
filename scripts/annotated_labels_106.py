# ruff: noqa: E501, RUF001
"""Write corpus/annotated_106/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_106.py corpus/annotated_106
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
MSAE = "Ministry of Social Affairs and Employment"
INSEE = "National Institute of Statistics and Economic Studies"
COCH = "Chilean Copper Commission"
REU = "Reuters"
CODELCO = "Codelco"
CITI = "Citigroup"
NAR = "National Association of Realtors"
BBG = "Bloomberg"
PSA = "Philippine Statistics Authority"
BSP = "Bangko Sentral ng Pilipinas"
TE = "Trading Economics"
USDA = "U.S. Department of Agriculture"
PRC = "Government of China"
CONAB = "National Supply Company"
AGR = "AgRural"
CEA = "Central Electricity Authority"
GRID = "Grid Controller of India"
MOC = "Ministry of Coal"
ENT = "European Network of Transmission System Operators for Electricity"
NBS = "National Bureau of Statistics"

# 10601 ONS monthly GDP (ref Friday 2025-07-11)
M25 = per("in May 2025", 2025, 5)
A25 = per("in April 2025", 2025, 4)
TM = P("in the three months to May 2025", "2025-03-01", "2025-05-31")
BAM = per("Between April and May 2025", 2025, 5)
IM25 = per("In May 2025", 2025, 5)
FEB20 = P("in February 2020", "2020-02-01", "2025-05-31")
MAR25 = per("in March 2025", 2025, 3)
Q125 = Q("for Quarter 1 (Jan to Mar) 2025", 2025, 1)
# 10602 Reuters 1987 (ref Tuesday 1987-06-30)
MAY87 = per("in May", 1987, 5)
APR87 = per("in April", 1987, 4)
DMAY = per("during May", 1987, 5)
# 10603 Reuters 2025 (ref Tuesday 2025-09-30)
AUG = per("in August", 2025, 8)
ITM = per("in the month", 2025, 8)
F8 = P("In the first eight months of the year", "2025-01-01", "2025-08-31")
SP8 = P("over the same period", "2025-01-01", "2025-08-31")
TY25 = Y("this year", 2025)
# 10604 CNBC (ref Tuesday 2025-07-15)
CQ = Q("in the quarter", 2025, 2)
YEQ = Q("in the same period a year earlier", 2024, 2)
ITP = Q("in the period", 2025, 2)
FY = Y("full-year", 2025)
# 10605 MT Newswires (ref Wednesday 2025-07-23)
JUN = per("in June", 2025, 6)
EJ = P("at the end of June", "2025-06-30", "2025-06-30")
MMAY = per("in May", 2025, 5)
J24 = per("in June 2024", 2024, 6)
# 10606 Trading Economics (ref Tuesday 2025-08-05)
J25 = per("in July 2025", 2025, 7)
TJUN = per("in June", 2025, 6)
# 10607 Investing.com (ref Tuesday 2026-02-03)
ET = P("By 09:45 ET", None, None)
DEC = per("in December", 2025, 12)
# 10608 Business Standard (ref Tuesday 2025-09-02)
AO31 = P("as of August 31", "2025-08-31", "2025-08-31")
YA = P("A year ago", "2024-08-31", "2024-08-31")
BAUG = per("in August", 2025, 8)
ON31 = P("on August 31", "2025-08-31", "2025-08-31")
AA = P("during April-August of FY26", "2025-04-01", "2025-08-31")
# 10609 DG ENER (ref Wednesday 2025-10-15)
Q225 = Q("In the second quarter of 2025", 2025, 2)
INQ = Q("in the quarter", 2025, 2)
E24 = P("at the end of 2024", "2024-12-31", "2024-12-31")
# 10610 NBS (ref Friday 2023-12-15)
F11 = P("In the first eleven months of 2023", "2023-01-01", "2023-11-30")
SAME = P("in the same period", "2023-01-01", "2023-11-30")
JN = P("from January to November", "2023-01-01", "2023-11-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_gdp_monthly_estimate.txt': [
        ('0.2%', 1, 0.2, 'percent', 'monthly real GDP', 'decrease', 'month_on_month', None, M25, None),
        ('0.4%', 1, 0.4, 'percent', 'monthly real GDP', 'decrease', 'month_on_month', None, A25, None),
        ('0.3%', 1, 0.3, 'percent', 'monthly real GDP', None, 'month_on_month', None, A25, None),
        ('0.5%', 1, 0.5, 'percent', 'real GDP', 'increase', 'period_on_period', None, TM, None),
        ('1.1%', 1, 1.1, 'percent', 'production', 'increase', 'period_on_period', None, TM, None),
        ('0.6%', 1, 0.6, 'percent', 'construction', 'increase', 'period_on_period', None, TM, None),
        ('0.8%', 1, 0.8, 'percent', 'monthly real GDP', 'increase', 'year_on_year', None, M25, None),
        ('0.9%', 1, 0.9, 'percent', 'production output', 'decrease', 'month_on_month', None, BAM, ONS),
        ('0.6%', 2, 0.6, 'percent', 'construction output', 'decrease', 'month_on_month', None, BAM, ONS),
        ('0.1%', 1, 0.1, 'percent', 'services output', 'decrease', 'month_on_month', None, BAM, ONS),
        ('1.0%', 1, 1.0, 'percent', 'manufacturing', 'decrease', 'month_on_month', None, BAM, ONS),
        ('3.1%', 1, 3.1, 'percent', 'mining and quarrying', 'decrease', 'month_on_month', None, BAM, ONS),
        ('0.4%', 2, 0.4, 'percent', 'electricity, gas, steam and air conditioning supply', 'decrease', 'month_on_month', None, BAM, ONS),
        ('six', 1, 6, 'count', 'services subsectors falling', None, None, None, IM25, ONS),
        ('1.2%', 1, 1.2, 'percent', 'information and communication', 'decrease', 'month_on_month', None, IM25, ONS),
        ('0.9%', 2, 0.9, 'percent', 'administrative and support service activities', 'decrease', 'month_on_month', None, IM25, ONS),
        ('4.0%', 1, 4.0, 'percent', 'legal activities', 'increase', 'month_on_month', None, IM25, ONS),
        ('0.3%', 2, 0.3, 'percent', 'consumer-facing services', 'increase', 'month_on_month', None, IM25, ONS),
        ('2.4%', 1, 2.4, 'percent', 'consumer-facing services', 'decrease', None, None, FEB20, ONS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'monthly GDP growth revision', 'increase', None, None, MAR25, ONS),
        ('0.3%', 3, 0.3, 'percent', 'monthly GDP growth', 'increase', None, None, MAR25, ONS),
        ('0.7%', 1, 0.7, 'percent', 'GDP growth', None, None, None, Q125, ONS),
        ('79%', 1, 79, 'percent', 'share of Monthly Business Survey forms returned', None, None, 'approximately', per('for May', 2025, 5), ONS),
    ],
    'wire_1987_french_unemployment.txt': [
        ('1.1 PCT', 1, 1.1, 'percent', 'French unemployment', 'decrease', None, None, per('IN MAY', 1987, 5), None),
        ('1.1 pct', 1, 1.1, 'percent', 'seasonally adjusted number of jobseekers registered with the National Employment Agency', 'decrease', 'month_on_month', None, MAY87, MSAE),
        ('2.61 mln', 1, 2.61e6, 'count', 'seasonally adjusted number of jobseekers registered with the National Employment Agency', 'decrease', None, None, MAY87, MSAE),
        ('2.64 mln', 1, 2.64e6, 'count', 'seasonally adjusted number of jobseekers registered with the National Employment Agency', None, None, None, APR87, MSAE),
        ('1.8 pct', 1, 1.8, 'percent', 'seasonally adjusted number of jobseekers registered with the National Employment Agency', 'increase', 'year_on_year', None, per('May', 1987, 5), MSAE),
        ('2,538,700', 1, 2538700, 'count', 'unadjusted number of people registered as seeking work', None, None, None, P('at the end of May', '1987-05-31', '1987-05-31'), MSAE),
        ('2,603,900', 1, 2603900, 'count', 'unadjusted number of people registered as seeking work', None, None, None, P('a month earlier', '1987-04-30', '1987-04-30'), MSAE),
        ('2.4 pct', 1, 2.4, 'percent', 'number of jobseekers aged under 25', 'decrease', 'month_on_month', None, MAY87, MSAE),
        ('839,200', 1, 839200, 'count', 'number of jobseekers aged under 25', 'decrease', None, None, MAY87, MSAE),
        ('0.6 pct', 1, 0.6, 'percent', 'number of women jobseekers', 'decrease', 'month_on_month', None, MAY87, MSAE),
        ('1,318,000', 1, 1318000, 'count', 'number of women jobseekers', 'decrease', None, None, MAY87, MSAE),
        ('798,500', 1, 798500, 'count', 'long-term jobseekers', None, None, None, MAY87, MSAE),
        ('30.6 pct', 1, 30.6, 'percent', 'long-term jobseekers share of the total', None, None, None, MAY87, MSAE),
        ('29.9 pct', 1, 29.9, 'percent', 'long-term jobseekers share of the total', None, None, None, APR87, MSAE),
        ('10.8 pct', 1, 10.8, 'percent', 'jobless rate', None, None, None, MAY87, INSEE),
        ('10.9 pct', 1, 10.9, 'percent', 'jobless rate', None, None, None, APR87, INSEE),
        ('10.4 pct', 1, 10.4, 'percent', 'jobless rate', None, None, None, per('in May last year', 1986, 5), INSEE),
        ('412,000', 1, 412000, 'count', 'new job applications registered by the ANPE', 'decrease', None, None, DMAY, MSAE),
        ('431,000', 1, 431000, 'count', 'new job applications registered by the ANPE', None, None, None, APR87, MSAE),
        ('7.3 pct', 1, 7.3, 'percent', 'job offers recorded by the ANPE', 'increase', 'year_on_year', None, DMAY, MSAE),
        ('98,600', 1, 98600, 'count', 'job offers recorded by the ANPE', 'increase', None, None, DMAY, MSAE),
        ('540,000', 1, 540000, 'count', 'people placed by the youth employment scheme', None, None, 'approximately', P('since January', '1987-01-01', '1987-06-30'), MSAE),
        ('2.6 mln', 1, 2.6e6, 'count', 'seasonally adjusted total', None, None, None, P('for the rest of the year', '1987-07-01', '1987-12-31'), MSAE),
        ('2.7 mln', 1, 2.7e6, 'count', 'seasonally adjusted total', None, None, None, P('for the rest of the year', '1987-07-01', '1987-12-31'), MSAE),
    ],
    'wire_2025_chile_copper_codelco_output.txt': [
        ('11%', 1, 11, 'percent', 'Codelco output', 'decrease', None, None, AUG, COCH),
        ('104,300 metric tons', 1, 104300, 'tonne', 'Codelco copper production', None, None, None, AUG, COCH),
        ('11.2%', 1, 11.2, 'percent', 'Codelco copper production', 'decrease', 'year_on_year', None, AUG, COCH),
        ('118,900 tons', 1, 118900, 'tonne', 'Escondida copper production', None, None, None, ITM, COCH),
        ('6.4%', 1, 6.4, 'percent', 'Escondida copper production', 'increase', 'year_on_year', None, ITM, COCH),
        ('8.1%', 1, 8.1, 'percent', 'Collahuasi output', 'decrease', 'year_on_year', None, ITM, COCH),
        ('47,200 tons', 1, 47200, 'tonne', 'Collahuasi output', 'decrease', None, None, ITM, COCH),
        ('452,800 tons', 1, 452800, 'tonne', 'nationwide copper production', None, None, None, AUG, COCH),
        ('2.7%', 1, 2.7, 'percent', 'nationwide copper production', 'decrease', 'year_on_year', None, AUG, COCH),
        ('4.1%', 1, 4.1, 'percent', 'nationwide copper production', 'decrease', 'month_on_month', None, AUG, COCH),
        ('472,100 tons', 1, 472100, 'tonne', 'nationwide copper production', None, None, None, per('July', 2025, 7), COCH),
        ('862,500 tons', 1, 862500, 'tonne', "Codelco's output", None, None, None, F8, COCH),
        ('2.9%', 1, 2.9, 'percent', "Codelco's output", 'decrease', 'year_on_year', None, F8, COCH),
        ('871,600', 1, 871600, 'tonne', 'Escondida production', None, None, None, F8, COCH),
        ('371,400 tons', 1, 371400, 'tonne', 'Collahuasi production', None, None, None, F8, COCH),
        ('1.8%', 1, 1.8, 'percent', "Chile's total output", 'increase', 'year_on_year', None, SP8, COCH),
        ('3.66 million tons', 1, 3.66e6, 'tonne', "Chile's total output", 'increase', None, None, SP8, COCH),
        ('1.30 million', 1, 1.30e6, 'tonne', 'Codelco copper production', None, None, None, TY25, REU),
        ('1.34 million tons', 1, 1.34e6, 'tonne', 'Codelco copper production', None, None, None, TY25, REU),
        ('1.37 million tons', 1, 1.37e6, 'tonne', 'Codelco production target', None, None, None, TY25, CODELCO),
        ('$4.45', 1, 4.45, 'USD', 'average price of copper on the London Metal Exchange', None, None, None, AUG, COCH),
        ('$4.36', 1, 4.36, 'USD', 'average price of copper on the London Metal Exchange', None, None, None, per('in July', 2025, 7), COCH),
        ('$4.05', 1, 4.05, 'USD', 'average price of copper on the London Metal Exchange', None, None, None, per('a year earlier', 2024, 8), COCH),
        ('0.8%', 1, 0.8, 'percent', 'benchmark three-month copper on the LME', 'increase', None, None, P('on Tuesday', '2025-09-30', '2025-09-30'), COCH),
        ('$10,215', 1, 10215, 'USD', 'benchmark three-month copper on the LME', 'increase', None, None, P('on Tuesday', '2025-09-30', '2025-09-30'), COCH),
    ],
    'cnbc_style_bank_quarterly_results.txt': [
        ('13%', 1, 13, 'percent', 'investment banking fees', 'increase', None, None, None, None),
        ('$1.96', 1, 1.96, 'USD', 'earnings per share', None, None, None, None, CITI),
        ('$1.61', 1, 1.61, 'USD', 'earnings per share', None, None, None, None, None),
        ('$21.67 billion', 1, 21.67e9, 'USD', 'revenue', None, None, None, None, CITI),
        ('$21.07 billion', 1, 21.07e9, 'USD', 'revenue', None, None, None, None, None),
        ('25%', 1, 25, 'percent', 'net income', 'increase', 'year_on_year', None, CQ, CITI),
        ('$4.02 billion', 1, 4.02e9, 'USD', 'net income', 'increase', None, None, CQ, CITI),
        ('$1.96', 2, 1.96, 'USD', 'earnings per share', 'increase', None, None, CQ, CITI),
        ('$3.22 billion', 1, 3.22e9, 'USD', 'net income', None, None, None, YEQ, CITI),
        ('$1.52', 1, 1.52, 'USD', 'earnings per share', None, None, None, YEQ, CITI),
        ('8%', 1, 8, 'percent', 'revenue', 'increase', 'year_on_year', None, CQ, CITI),
        ('12%', 1, 12, 'percent', 'net interest income', 'increase', None, None, None, CITI),
        ('$15.18 billion', 1, 15.18e9, 'USD', 'net interest income', 'increase', None, None, None, CITI),
        ('13%', 2, 13, 'percent', 'investment banking fees', 'increase', None, None, None, CITI),
        ('$1.03 billion', 1, 1.03e9, 'USD', 'investment banking fees', 'increase', None, None, None, CITI),
        ('16%', 1, 16, 'percent', 'markets revenue', 'increase', None, None, None, CITI),
        ('$5.90 billion', 1, 5.90e9, 'USD', 'markets revenue', 'increase', None, None, None, CITI),
        ('20%', 1, 20, 'percent', 'fixed income trading', 'increase', None, None, None, CITI),
        ('6%', 1, 6, 'percent', 'equities', 'increase', None, None, None, CITI),
        ('$2.85 billion', 1, 2.85e9, 'USD', 'amount set aside for credit losses', None, None, None, ITP, CITI),
        ('$2.72 billion', 1, 2.72e9, 'USD', 'amount set aside for credit losses', None, None, None, Q('in the first quarter', 2025, 1), CITI),
        ('5.4%', 1, 5.4, 'percent', 'net credit losses on U.S. cards as a share of loans', None, None, None, ITP, CITI),
        ('$84 billion', 1, 84e9, 'USD', 'full-year revenue', None, None, 'approximately', FY, CITI),
        ('$83 billion', 1, 83e9, 'USD', 'full-year revenue', None, None, None, FY, CITI),
        ('$84 billion', 2, 84e9, 'USD', 'full-year revenue', None, None, None, FY, CITI),
        ('4%', 1, 4, 'percent', 'net interest income excluding markets', 'increase', None, 'approximately', FY, CITI),
        ('2%', 1, 2, 'percent', 'net interest income excluding markets', None, None, None, FY, CITI),
        ('3%', 1, 3, 'percent', 'net interest income excluding markets', None, None, None, FY, CITI),
        ('$4 billion', 1, 4e9, 'USD', 'capital returned to shareholders', None, None, None, CQ, CITI),
        ('$2 billion', 1, 2e9, 'USD', 'buybacks', None, None, None, CQ, CITI),
        ('13.5%', 1, 13.5, 'percent', 'CET1 capital ratio', None, None, None, CQ, CITI),
        ('11.6%', 1, 11.6, 'percent', 'regulatory requirement for the CET1 capital ratio', None, None, None, None, None),
        ('3%', 2, 3, 'percent', 'Citigroup shares', 'increase', None, None, None, CITI),
        ('20%', 2, 20, 'percent', 'Citigroup stock', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-07-15'), CITI),
    ],
    'mt_newswires_us_existing_home_sales.txt': [
        ('2.7%', 1, 2.7, 'percent', 'US existing home sales', 'decrease', None, None, JUN, None),
        ('2.7%', 2, 2.7, 'percent', 'sales of existing US homes', 'decrease', 'month_on_month', None, JUN, NAR),
        ('3.93 million', 1, 3.93e6, 'count', 'sales of existing US homes', 'decrease', None, None, JUN, NAR),
        ('4.00 million', 1, 4.00e6, 'count', 'sales of existing US homes', None, None, None, JUN, BBG),
        ('4.04 million', 1, 4.04e6, 'count', 'sales of existing US homes', 'increase', None, None, per('May', 2025, 5), NAR),
        ('4.03 million', 1, 4.03e6, 'count', 'sales of existing US homes', None, None, None, per('May', 2025, 5), NAR),
        ('0.3%', 1, 0.3, 'percent', 'sales', 'decrease', 'year_on_year', None, per('In June', 2025, 6), NAR),
        ('2%', 1, 2, 'percent', 'median existing-home price for all housing types', 'increase', 'year_on_year', None, JUN, NAR),
        ('$435,300', 1, 435300, 'USD', 'median existing-home price for all housing types', 'increase', None, None, JUN, NAR),
        ('$426,900', 1, 426900, 'USD', 'median existing-home price for all housing types', None, None, None, J24, NAR),
        ('1.53 million units', 1, 1.53e6, 'count', 'total housing inventory', None, None, None, EJ, NAR),
        ('0.6%', 1, 0.6, 'percent', 'total housing inventory', 'decrease', 'month_on_month', None, EJ, NAR),
        ('15.9%', 1, 15.9, 'percent', 'total housing inventory', 'increase', 'year_on_year', None, EJ, NAR),
        ('4.7-month', 1, 4.7, 'month', 'unsold inventory supply', 'increase', None, None, EJ, NAR),
        ('4.6 months', 1, 4.6, 'month', 'unsold inventory supply', None, None, None, MMAY, NAR),
        ('4.0 months', 1, 4.0, 'month', 'unsold inventory supply', None, None, None, J24, NAR),
        ('22 days', 1, 22, 'day', 'time on the market', None, None, None, JUN, NAR),
        ('27 days', 1, 27, 'day', 'time on the market', None, None, None, MMAY, NAR),
        ('30%', 1, 30, 'percent', 'first-time buyers share of sales', None, None, None, JUN, NAR),
        ('29%', 1, 29, 'percent', 'all-cash purchases share of sales', None, None, None, JUN, NAR),
        ('17%', 1, 17, 'percent', 'investors share of sales', None, None, None, JUN, NAR),
        ('2.0%', 1, 2.0, 'percent', 'sales in the Northeast', 'increase', None, None, None, NAR),
        ('500,000', 1, 500000, 'count', 'sales in the Northeast', 'increase', None, None, None, NAR),
        ('950,000', 1, 950000, 'count', 'sales in the Midwest', None, None, None, None, NAR),
        ('4.4%', 1, 4.4, 'percent', 'sales in the South', 'decrease', None, None, None, NAR),
        ('1.3%', 1, 1.3, 'percent', 'sales in the West', 'decrease', None, None, None, NAR),
        ('1.74 million', 1, 1.74e6, 'count', 'sales in the South', 'decrease', None, None, None, NAR),
        ('740,000', 1, 740000, 'count', 'sales in the West', 'decrease', None, None, None, NAR),
    ],
    'trading_economics_style_philippines_inflation.txt': [
        ('0.9%', 1, 0.9, 'percent', 'Philippines Inflation Rate', 'decrease', None, None, per('in July', 2025, 7), None),
        ('0.9%', 2, 0.9, 'percent', 'annual inflation rate in the Philippines', 'decrease', 'year_on_year', None, J25, PSA),
        ('1.4%', 1, 1.4, 'percent', 'annual inflation rate in the Philippines', None, 'year_on_year', None, TJUN, PSA),
        ('1.2%', 1, 1.2, 'percent', 'annual inflation rate in the Philippines', None, 'year_on_year', None, J25, None),
        ('0.2%', 1, 0.2, 'percent', 'prices of food and non-alcoholic beverages', 'decrease', 'year_on_year', None, J25, PSA),
        ('0.5%', 1, 0.5, 'percent', 'prices of food and non-alcoholic beverages', 'increase', 'year_on_year', None, TJUN, PSA),
        ('15.9%', 1, 15.9, 'percent', 'rice costs', 'decrease', 'year_on_year', None, J25, PSA),
        ('4.4%', 1, 4.4, 'percent', 'vegetable prices', 'decrease', 'year_on_year', None, J25, PSA),
        ('-0.4%', 1, -0.4, 'percent', 'prices for transport', 'decrease', 'year_on_year', None, J25, PSA),
        ('0.6%', 1, 0.6, 'percent', 'prices for transport', None, 'year_on_year', None, TJUN, PSA),
        ('2.2%', 1, 2.2, 'percent', 'prices for restaurants and accommodation services', 'increase', 'year_on_year', None, J25, PSA),
        ('2.4%', 1, 2.4, 'percent', 'prices for restaurants and accommodation services', None, 'year_on_year', None, TJUN, PSA),
        ('2.3%', 1, 2.3, 'percent', 'inflation for housing, water, electricity, gas and other fuels', None, 'year_on_year', None, J25, PSA),
        ('2.3%', 2, 2.3, 'percent', 'core inflation', 'decrease', 'year_on_year', None, J25, PSA),
        ('2.4%', 2, 2.4, 'percent', 'core inflation', None, 'year_on_year', None, TJUN, PSA),
        ('1.7%', 1, 1.7, 'percent', 'headline inflation', None, 'year_on_year', None, P('For the first seven months of the year', '2025-01-01', '2025-07-31'), PSA),
        ('2%', 1, 2, 'percent', 'inflation target range', None, None, None, None, BSP),
        ('4%', 1, 4, 'percent', 'inflation target range', None, None, None, None, BSP),
        ('0.2%', 2, 0.2, 'percent', 'consumer prices', 'increase', 'month_on_month', None, TJUN, PSA),
        ('4.28 percent', 1, 4.28, 'percent', 'Inflation Rate in Philippines average', None, None, None, P('Between 1958 and 2025', '1958-01-01', '2025-12-31'), PSA),
        ('50.34 percent', 1, 50.34, 'percent', 'Inflation Rate in Philippines peak', None, None, None, per('in October 1984', 1984, 10), PSA),
        ('-1.77 percent', 1, -1.77, 'percent', 'Inflation Rate in Philippines low', 'decrease', None, None, per('in August 1986', 1986, 8), PSA),
        ('1.60 percent', 1, 1.6, 'percent', 'Inflation Rate in Philippines', None, None, None, P('by the end of this quarter', '2025-09-30', '2025-09-30'), TE),
        ('3.00 percent', 1, 3.0, 'percent', 'Philippines Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('3.20 percent', 1, 3.2, 'percent', 'Philippines Inflation Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_soybean_cbot_futures.txt': [
        ('1.1%', 1, 1.1, 'percent', 'soybeans', 'increase', None, None, None, None),
        ('1.1%', 2, 1.1, 'percent', 'most-active March soybean contract', 'increase', None, None, ET, None),
        ('1,067.50 cents', 1, 10.675, 'USD', 'most-active March soybean contract', 'increase', None, None, ET, None),
        ('0.8%', 1, 0.8, 'percent', 'March soymeal', 'increase', None, None, ET, None),
        ('$298.40', 1, 298.40, 'USD', 'March soymeal', 'increase', None, None, ET, None),
        ('0.6%', 1, 0.6, 'percent', 'soybean oil', 'increase', None, None, ET, None),
        ('51.36 cents', 1, 0.5136, 'USD', 'soybean oil', 'increase', None, None, ET, None),
        ('6.31 million short tons', 1, 6.31e6, 'short ton', 'soybeans crushed by domestic processors', None, None, None, DEC, USDA),
        ('4.2%', 1, 4.2, 'percent', 'soybeans crushed by domestic processors', 'increase', 'month_on_month', None, DEC, USDA),
        ('7.6%', 1, 7.6, 'percent', 'soybeans crushed by domestic processors', 'increase', 'year_on_year', None, DEC, USDA),
        ('210.3 million bushels', 1, 210.3e6, 'bushel', 'soybeans crushed by domestic processors', None, None, 'approximately', DEC, USDA),
        ('208.0 million bushels', 1, 208.0e6, 'bushel', 'soybean crush', None, None, None, DEC, REU),
        ('2.14 billion pounds', 1, 2.14e9, 'pound-mass', 'crude soybean oil stocks', 'increase', None, None, P('at the end of December', '2025-12-31', '2025-12-31'), USDA),
        ('1.97 billion', 1, 1.97e9, 'pound-mass', 'crude soybean oil stocks', None, None, None, P('a month earlier', '2025-11-30', '2025-11-30'), USDA),
        ('264,000 metric tons', 1, 264000, 'tonne', 'export sales of U.S. soybeans to China', None, None, None, P('in the 2025/26 marketing year', '2025-09-01', '2026-08-31'), USDA),
        ('8.5 million tons', 1, 8.5e6, 'tonne', 'U.S. soybeans booked by Beijing', None, None, 'approximately', P('since the end of October', '2025-10-31', '2026-02-03'), USDA),
        ('12 million tons', 1, 12e6, 'tonne', 'Chinese pledge to buy U.S. soybeans', None, None, None, P('by the end of February', '2026-02-28', '2026-02-28'), PRC),
        ('177.6 million tons', 1, 177.6e6, 'tonne', 'Brazil soybean harvest', 'increase', None, None, P('2025/26', None, None), CONAB),
        ('176.1 million', 1, 176.1e6, 'tonne', 'Brazil soybean harvest', None, None, None, P('2025/26', None, None), CONAB),
        ('11%', 1, 11, 'percent', 'share of the planted area harvested', None, None, None, P('as of Thursday', '2026-01-29', '2026-01-29'), AGR),
        ('8%', 1, 8, 'percent', 'share of the planted area harvested', None, None, None, P('a year earlier', '2025-01-29', '2025-01-29'), AGR),
    ],
    'business_standard_style_coal_power_plant_stocks.txt': [
        ('18%', 1, 18, 'percent', 'coal stocks at power plants', 'increase', None, None, None, None),
        ('49.2 mt', 1, 49.2e6, 'tonne', 'coal stocks at power plants', 'increase', None, None, None, None),
        ('4', 1, 4, 'count', 'plants in critical zone', None, None, None, None, None),
        ('18 per cent', 1, 18, 'percent', "coal stocks at the country's thermal power plants", 'increase', 'year_on_year', None, AO31, CEA),
        ('49.2 million tonnes', 1, 49.2e6, 'tonne', "coal stocks at the country's thermal power plants", 'increase', None, None, AO31, CEA),
        ('19 days', 1, 19, 'day', 'coal stocks in days of consumption', None, None, None, AO31, CEA),
        ('3.4 per cent', 1, 3.4, 'percent', 'coal stocks', 'decrease', 'month_on_month', None, AO31, CEA),
        ('41.7 mt', 1, 41.7e6, 'tonne', 'coal stocks at plants', None, None, None, YA, CEA),
        ('15 days', 1, 15, 'day', 'coal stocks in days of consumption', None, None, 'approximately', YA, CEA),
        ('2.1 mt', 1, 2.1e6, 'tonne', 'average daily coal consumption at plants', None, None, None, BAUG, CEA),
        ('2.3 mt', 1, 2.3e6, 'tonne', 'average daily coal consumption at plants', None, None, None, per('in July', 2025, 7), CEA),
        ('four', 1, 4, 'count', 'plants with stocks below 25 per cent of the normative level', None, None, None, ON31, CEA),
        ('11', 1, 11, 'count', 'plants with stocks below 25 per cent of the normative level', None, None, None, P('a year earlier', '2024-08-31', '2024-08-31'), CEA),
        ('44.6 mt', 1, 44.6e6, 'tonne', 'coal stocks at domestic coal-based plants', None, None, None, ON31, CEA),
        ('56.8 mt', 1, 56.8e6, 'tonne', 'normative stock for domestic coal-based plants', None, None, None, None, None),
        ('4.6 mt', 1, 4.6e6, 'tonne', 'coal stocks at import-based plants', None, None, None, ON31, CEA),
        ('24 days', 1, 24, 'day', 'import-based plants stocks in days of consumption', None, None, None, ON31, CEA),
        ('6.8 per cent', 1, 6.8, 'percent', 'coal-based generation', 'decrease', None, None, BAUG, CEA),
        ('86.4 billion units', 1, 86.4e9, 'kilowatt hour', 'coal-based generation', 'decrease', None, None, BAUG, CEA),
        ('229.7 gigawatts', 1, 229.7, 'gigawatt', 'peak demand', None, None, None, BAUG, GRID),
        ('3.2 per cent', 1, 3.2, 'percent', 'peak demand', 'decrease', 'year_on_year', None, BAUG, GRID),
        ('247.3 mt', 1, 247.3e6, 'tonne', "Coal India Ltd's supplies to the power sector", None, None, None, AA, MOC),
        ('5.1 per cent', 1, 5.1, 'percent', "Coal India Ltd's supplies to the power sector", 'decrease', 'year_on_year', None, AA, MOC),
        ('3.9 per cent', 1, 3.9, 'percent', 'Coal India Ltd output', 'decrease', 'year_on_year', None, AA, MOC),
        ('285.3 mt', 1, 285.3e6, 'tonne', 'Coal India Ltd output', 'decrease', None, None, AA, MOC),
        ('45', 1, 45e6, 'tonne', 'coal stocks at plants target', None, None, None, P('through October', '2025-09-02', '2025-10-31'), CEA),
        ('50 mt', 1, 50e6, 'tonne', 'coal stocks at plants target', None, None, None, P('through October', '2025-09-02', '2025-10-31'), CEA),
    ],
    'eu_energy_style_electricity_interconnector_flows.txt': [
        ('109 TWh', 1, 109, 'terawatt hour', 'physical electricity flows across the borders of EU Member States', None, None, None, Q225, None),
        ('6%', 1, 6, 'percent', 'physical electricity flows across the borders of EU Member States', 'increase', 'year_on_year', None, Q225, None),
        ('19.8 TWh', 1, 19.8, 'terawatt hour', 'France net exports', None, None, None, INQ, None),
        ('8.4 TWh', 1, 8.4, 'terawatt hour', 'Sweden net exports', None, None, None, INQ, None),
        ('4.1 TWh', 1, 4.1, 'terawatt hour', 'Spain net exports', None, None, None, INQ, None),
        ('three times', 1, 3, 'times', 'Spain net exports', 'increase', 'year_on_year', 'approximately', INQ, None),
        ('12.6 TWh', 1, 12.6, 'terawatt hour', 'Italy net imports', None, None, None, INQ, None),
        ('7.9 TWh', 1, 7.9, 'terawatt hour', 'Germany net imports', None, None, None, INQ, None),
        ('2.8 TWh', 1, 2.8, 'terawatt hour', 'Hungary net imports', None, None, None, INQ, None),
        ('6.3 TWh', 1, 6.3, 'terawatt hour', 'net imports from third countries', None, None, None, None, None),
        ('2.9', 1, 2.9, 'terawatt hour', 'net imports from Switzerland', None, None, None, None, None),
        ('2.2 TWh', 1, 2.2, 'terawatt hour', 'net imports from Norway', None, None, None, None, None),
        ('14%', 1, 14, 'percent', 'exports to the United Kingdom', 'decrease', None, None, None, None),
        ('3.7 TWh', 1, 3.7, 'terawatt hour', 'exports to the United Kingdom', 'decrease', None, None, None, None),
        ('71%', 1, 71, 'percent', 'share of hours the France–Spain border was congested', None, None, None, Q('in April–June 2025', 2025, 2), ENT),
        ('58%', 1, 58, 'percent', 'share of hours the France–Spain border was congested', None, None, None, Q('in the same period of 2024', 2024, 2), ENT),
        ('9 €/MWh', 1, 9, 'EUR', 'average day-ahead price spread between Spain and France', 'decrease', None, None, INQ, ENT),
        ('22 €/MWh', 1, 22, 'EUR', 'average day-ahead price spread between Spain and France', None, None, None, Q('in the first quarter', 2025, 1), ENT),
        ('27 €/MWh', 1, 27, 'EUR', 'Iberian day-ahead prices', None, None, None, per('in May', 2025, 5), ENT),
        ('Eighteen', 1, 18, 'count', 'Member States meeting the interconnection target', None, None, None, E24, ENT),
        ('15%', 1, 15, 'percent', 'interconnection target', None, None, None, Y('for 2030', 2030), None),
        ('4%', 1, 4, 'percent', "Spain's interconnection ratio", None, None, None, E24, ENT),
        ('8%', 1, 8, 'percent', "Poland's interconnection ratio", None, None, None, E24, ENT),
        ('0%', 1, 0, 'percent', "Cyprus interconnection ratio", None, None, None, E24, ENT),
    ],
    'nbs_style_fixed_asset_investment_by_industry.txt': [
        ('46,014.4 billion yuan', 1, 46014.4e9, 'CNY', 'investment in fixed assets', None, None, None, F11, NBS),
        ('2.9 percent', 1, 2.9, 'percent', 'investment in fixed assets', 'increase', 'year_on_year', None, F11, NBS),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'growth rate of investment in fixed assets', 'decrease', 'period_on_period', None, F11, NBS),
        ('0.12 percent', 1, 0.12, 'percent', 'investment', 'increase', 'month_on_month', None, per('In November', 2023, 11), NBS),
        ('898.5 billion yuan', 1, 898.5e9, 'CNY', 'investment in the primary industry', None, None, None, None, NBS),
        ('0.4 percent', 1, 0.4, 'percent', 'investment in the primary industry', 'decrease', 'year_on_year', None, None, NBS),
        ('14,870.2 billion yuan', 1, 14870.2e9, 'CNY', 'investment in the secondary industry', None, None, None, None, NBS),
        ('9.0 percent', 1, 9.0, 'percent', 'investment in the secondary industry', 'increase', 'year_on_year', None, None, NBS),
        ('30,245.7 billion yuan', 1, 30245.7e9, 'CNY', 'investment in the tertiary industry', None, None, None, None, NBS),
        ('0.5 percent', 1, 0.5, 'percent', 'investment in the tertiary industry', 'decrease', 'year_on_year', None, None, NBS),
        ('9.1 percent', 1, 9.1, 'percent', 'industrial investment', 'increase', 'year_on_year', None, None, NBS),
        ('6.3 percent', 1, 6.3, 'percent', 'investment in manufacturing', 'increase', 'year_on_year', None, None, NBS),
        ('24.0 percent', 1, 24.0, 'percent', 'investment in the production and supply of electricity, heat, gas and water', 'increase', 'year_on_year', None, None, NBS),
        ('5.8 percent', 1, 5.8, 'percent', 'infrastructure investment', 'increase', 'year_on_year', None, SAME, NBS),
        ('23.5 percent', 1, 23.5, 'percent', 'investment in railway transport', 'increase', 'year_on_year', None, SAME, NBS),
        ('1.2 percent', 1, 1.2, 'percent', 'investment in water conservancy management', 'increase', 'year_on_year', None, SAME, NBS),
        ('1.8 percent', 1, 1.8, 'percent', 'investment in public facilities management', 'decrease', 'year_on_year', None, SAME, NBS),
        ('10,404.5 billion yuan', 1, 10404.5e9, 'CNY', 'investment in real estate development', None, None, None, SAME, NBS),
        ('9.4 percent', 1, 9.4, 'percent', 'investment in real estate development', 'decrease', 'year_on_year', None, SAME, NBS),
        ('4.6 percent', 1, 4.6, 'percent', 'investment in the eastern region', 'increase', None, None, None, NBS),
        ('0.3 percent', 1, 0.3, 'percent', 'investment in the western region', 'increase', None, None, None, NBS),
        ('0.6 percent', 1, 0.6, 'percent', 'investment in the central region', 'decrease', None, None, None, NBS),
        ('1.9 percent', 1, 1.9, 'percent', 'investment in the northeast region', 'decrease', None, None, None, NBS),
        ('23,319.4 billion yuan', 1, 23319.4e9, 'CNY', 'private investment', None, None, None, JN, NBS),
        ('0.5 percent', 2, 0.5, 'percent', 'private investment', 'decrease', 'year_on_year', None, JN, NBS),
        ('50.7 percent', 1, 50.7, 'percent', 'private investment share of total investment', None, None, None, JN, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
