# ruff: noqa: E501, RUF001
"""Write corpus/annotated_85/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_85.py corpus/annotated_85
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
MCA = "Management and Coordination Agency"
MOL = "Ministry of Labour"
NRI = "Nomura Research Institute"
SARS = "South African Revenue Service"
RTR = "Reuters"
NED = "Nedbank"
ADP = "ADP"
DJ = "Dow Jones"
STC = "Statistics Canada"
BI = "Bank Indonesia"
TE = "Trading Economics"
EIA = "U.S. Energy Information Administration"
RBI = "Reserve Bank of India"
MOCI = "Ministry of Commerce and Industry"
CHO = "Clean Hydrogen Observatory"
NBS = "National Bureau of Statistics"

# 8501 ONS labour market by age and sex (ref Tuesday 2025-09-16)
MJ = P("in May to July 2025", "2025-05-01", "2025-07-31")
MJI = P("In May to July 2025", "2025-05-01", "2025-07-31")
T3M = P("In the three months to July 2025", "2025-05-01", "2025-07-31")
T3J = P("in the three months to July", "2025-05-01", "2025-07-31")
YA = P("a year earlier", "2024-05-01", "2024-07-31")
FA = P("for February to April 2025", "2025-02-01", "2025-04-30")
# 8502 Reuters 1987 (ref Tuesday 1987-06-30)
MAYH = per("MAY", 1987, 5)
MAY = per("in May", 1987, 5)
APR = per("in April", 1987, 4)
MAY86 = per("in May 1986", 1986, 5)
YE86 = per("a year earlier", 1986, 5)
H2 = P("in the second half of the year", "1987-07-01", "1987-12-31")
# 8503 Reuters 2025 (ref Thursday 2025-10-30)
SEP = per("in September", 2025, 9)
AUG = per("in August", 2025, 8)
SEPI = per("In September", 2025, 9)
YTD = P("For the year to date", "2025-01-01", "2025-09-30")
JS24 = P("in January-September 2024", "2024-01-01", "2024-09-30")
GMT = P("by 1045 GMT", None, None)
Q4 = Q("in the fourth quarter", 2025, 4)
# 8504 CNBC (ref Wednesday 2025-06-04)
CMAY = per("in May", 2025, 5)
CAPR = per("in April", 2025, 4)
FMAY = per("for May", 2025, 5)
# 8505 MT Newswires (ref Friday 2025-11-21)
OCT = per("in October", 2025, 10)
SEPF = per("for the September figures", 2025, 9)
SEPM = per("In September", 2025, 9)
OCTA = per("October", 2025, 10)
# 8506 Trading Economics (ref Wednesday 2025-09-10)
AUG25 = per("in August 2025", 2025, 8)
JUL = per("in July", 2025, 7)
IAUG = per("in August", 2025, 8)
PRIOR = per("in the prior month", 2025, 7)
FSEP = per("For September", 2025, 9)
# 8507 Investing.com (ref Wednesday 2026-01-14)
ET = P("By 11:40 ET", None, None)
WK = P("in the week ended Jan. 9", "2026-01-03", "2026-01-09")
FW = P("in the four weeks to Jan. 9", "2025-12-13", "2026-01-09")
# 8508 Business Standard (ref Monday 2025-09-15)
BJUL = per("in July", 2025, 7)
BYA = per("a year ago", 2024, 7)
BJUN = per("in June", 2025, 6)
BJUNI = per("In June", 2025, 6)
AJ = P("For April-July of the current financial year", "2025-04-01", "2025-07-31")
F4 = P("in the first four months of FY26", "2025-04-01", "2025-07-31")
SP25 = P("in the same period of FY25", "2024-04-01", "2024-07-31")
FAUG = per("for August", 2025, 8)
FY26 = P("in FY26", "2025-04-01", "2026-03-31")
# 8509 DG ENER (ref Wednesday 2026-04-22)
ED25 = P("By the end of December 2025", "2025-12-31", "2025-12-31")
YE24 = P("a year earlier", "2024-12-31", "2024-12-31")
Q425 = Q("In the fourth quarter of 2025", 2025, 4)
Y25W = Y("for 2025 as a whole", 2025)
INQ = Q("in the quarter", 2025, 4)
BY30 = P("by 2030", "2030-12-31", "2030-12-31")
E25 = P("at the end of 2025", "2025-12-31", "2025-12-31")
IN25 = Y("in 2025", 2025)
Q425L = Q("in the fourth quarter of 2025", 2025, 4)
# 8510 NBS (ref Monday 2025-03-17)
JF = P("from January to February 2025", "2025-01-01", "2025-02-28")
FEB = per("in February", 2025, 2)
DUR = P("during the period", "2025-01-01", "2025-02-28")
F2 = P("In the first two months", "2025-01-01", "2025-02-28")
JF2 = P("From January to February", "2025-01-01", "2025-02-28")

VA = "value added of industrial enterprises above designated size"
WHS = "Canadian wholesale sales excluding petroleum, petroleum products, and other hydrocarbons and excluding oilseed and grain"
RSY = "Retail Sales YoY in Indonesia"

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_employment_rate_by_age_sex.txt': [
        ('75.0%', 1, 75.0, 'percent', 'UK employment rate', None, None, None, MJ, None),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'UK employment rate', 'increase', 'period_on_period', None, MJ, None),
        ('0.3 percentage points', 1, 0.3, 'percentage_point', 'UK employment rate', 'increase', 'year_on_year', None, MJ, None),
        ('4.8%', 1, 4.8, 'percent', 'unemployment rate', 'increase', None, None, MJI, None),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'unemployment rate', 'increase', 'period_on_period', None, MJI, None),
        ('0.3 percentage points', 2, 0.3, 'percentage_point', 'economic inactivity rate', 'decrease', 'period_on_period', None, MJI, None),
        ('21.2%', 1, 21.2, 'percent', 'economic inactivity rate', 'decrease', None, None, MJI, None),
        ('78.1%', 1, 78.1, 'percent', 'employment rate for men', None, None, None, T3M, ONS),
        ('72.0%', 1, 72.0, 'percent', 'employment rate for women', None, None, None, T3M, ONS),
        ('5.1%', 1, 5.1, 'percent', 'unemployment rate for men', None, None, None, T3M, ONS),
        ('4.5%', 1, 4.5, 'percent', 'unemployment rate for women', None, None, None, T3M, ONS),
        ('0.6 percentage points', 1, 0.6, 'percentage_point', 'employment rate for people aged 50 to 64 years', 'increase', 'period_on_period', None, MJ, ONS),
        ('72.4%', 1, 72.4, 'percent', 'employment rate for people aged 50 to 64 years', 'increase', None, None, MJ, ONS),
        ('0.4', 1, 0.4, 'percentage_point', 'employment rate for those aged 25 to 34 years', 'increase', 'period_on_period', None, MJ, ONS),
        ('85.9%', 1, 85.9, 'percent', 'employment rate for those aged 25 to 34 years', 'increase', None, None, MJ, ONS),
        ('0.8 percentage points', 1, 0.8, 'percentage_point', 'employment rate for 16- to 24-year-olds', 'decrease', 'period_on_period', None, MJ, ONS),
        ('50.3%', 1, 50.3, 'percent', 'employment rate for 16- to 24-year-olds', 'decrease', None, None, MJ, ONS),
        ('14.6%', 1, 14.6, 'percent', 'unemployment among 16- to 24-year-olds', 'increase', None, None, T3J, ONS),
        ('13.9%', 1, 13.9, 'percent', 'unemployment among 16- to 24-year-olds', None, None, None, YA, ONS),
        ('602,000', 1, 602000, 'count', 'unemployed young people', None, None, None, T3J, ONS),
        ('229,000', 1, 229000, 'count', 'unemployed young people in full-time education', None, None, None, T3J, ONS),
        ('24.6%', 1, 24.6, 'percent', 'inactivity rate for women', None, None, None, MJ, ONS),
        ('0.5 percentage points', 1, 0.5, 'percentage_point', 'inactivity rate for women', 'decrease', 'year_on_year', None, MJ, ONS),
        ('1.42 million', 1, 1.42e6, 'count', 'inactive women looking after family or home', None, None, 'approximately', MJ, ONS),
        ('a quarter', 1, 0.25, 'fraction', 'share of inactive women looking after family or home', None, None, 'approximately', MJ, ONS),
        ('74.7%', 1, 74.7, 'percent', 'employment rate', None, None, None, FA, ONS),
        ('74.8%', 1, 74.8, 'percent', 'employment rate', 'increase', None, None, FA, ONS),
    ],
    'wire_1987_japan_unemployment_rate.txt': [
        ('3.0 PCT', 1, 3.0, 'percent', "Japan's jobless rate", 'decrease', None, None, MAYH, None),
        ('3.0 pct', 1, 3.0, 'percent', "Japan's seasonally adjusted unemployment rate", 'decrease', None, None, MAY, MCA),
        ('3.2 pct', 1, 3.2, 'percent', "Japan's seasonally adjusted unemployment rate", None, None, None, APR, MCA),
        ('2.7 pct', 1, 2.7, 'percent', "Japan's seasonally adjusted unemployment rate", None, None, None, MAY86, MCA),
        ('1.79 mln', 1, 1.79e6, 'count', 'number of jobless persons', None, None, None, MAY, MCA),
        ('150,000', 1, 150000, 'count', 'number of jobless persons', 'increase', 'year_on_year', None, MAY, MCA),
        ('9.1 pct', 1, 9.1, 'percent', 'number of jobless persons', 'increase', 'year_on_year', None, MAY, MCA),
        ('1.05 mln', 1, 1.05e6, 'count', 'unemployed men', None, None, None, MAY, MCA),
        ('740,000', 1, 740000, 'count', 'unemployed women', None, None, None, MAY, MCA),
        ('3.1 pct', 1, 3.1, 'percent', 'seasonally adjusted jobless rate for men', None, None, None, MAY, MCA),
        ('3.4 pct', 1, 3.4, 'percent', 'seasonally adjusted jobless rate for men', None, None, None, APR, MCA),
        ('2.8 pct', 1, 2.8, 'percent', 'seasonally adjusted jobless rate for women', None, None, None, MAY, MCA),
        ('0.6 pct', 1, 0.6, 'percent', 'employment', 'increase', 'year_on_year', None, MAY, MCA),
        ('59.34 mln', 1, 59.34e6, 'count', 'employment', 'increase', None, None, MAY, MCA),
        ('1.1 pct', 1, 1.1, 'percent', 'manufacturing jobs', 'decrease', 'year_on_year', None, MAY, MCA),
        ('3.4 pct', 2, 3.4, 'percent', 'service industry jobs', 'increase', 'year_on_year', None, MAY, MCA),
        ('0.64', 1, 0.64, 'times', 'ratio of job offers to job seekers', 'increase', None, None, MAY, MOL),
        ('0.62', 1, 0.62, 'times', 'ratio of job offers to job seekers', None, None, None, APR, MOL),
        ('0.63', 1, 0.63, 'times', 'ratio of job offers to job seekers', None, None, None, YE86, MOL),
        ('0.4', 1, 0.4, 'times', 'ratio of job offers to job seekers in Hokkaido and Kyushu', None, None, 'approximately', MAY, MOL),
        ('2.9', 1, 2.9, 'percent', 'jobless rate', None, None, None, H2, NRI),
        ('3.1 pct', 2, 3.1, 'percent', 'jobless rate', None, None, None, H2, NRI),
        ('420,000', 1, 420000, 'count', 'jobless who lost their jobs through layoffs or bankruptcies', None, None, 'approximately', None, MCA),
        ('a quarter', 1, 0.25, 'fraction', 'share of the jobless who lost their jobs through layoffs or bankruptcies', None, None, 'approximately', None, MCA),
    ],
    'wire_2025_south_africa_trade_balance.txt': [
        ('15.8 billion rand', 1, 15.8e9, 'ZAR', "South Africa's trade surplus", 'decrease', None, None, SEP, SARS),
        ('$913 million', 1, 913e6, 'USD', "South Africa's trade surplus", 'decrease', None, None, SEP, SARS),
        ('21.4 billion rand', 1, 21.4e9, 'ZAR', "South Africa's trade surplus", None, None, None, AUG, SARS),
        ('19.5 billion rand', 1, 19.5e9, 'ZAR', 'trade surplus', None, None, None, SEP, RTR),
        ('4.1%', 1, 4.1, 'percent', 'exports', 'increase', 'month_on_month', None, None, SARS),
        ('178.6 billion rand', 1, 178.6e9, 'ZAR', 'exports', 'increase', None, None, None, SARS),
        ('8.0%', 1, 8.0, 'percent', 'imports', 'increase', 'month_on_month', None, None, SARS),
        ('162.8 billion', 1, 162.8e9, 'ZAR', 'imports', 'increase', None, None, None, SARS),
        ('17.3%', 1, 17.3, 'percent', 'exports of vehicles and transport equipment', 'increase', None, None, None, SARS),
        ('6.2%', 1, 6.2, 'percent', 'exports of precious metals and stones', 'increase', None, None, None, SARS),
        ('21.5%', 1, 21.5, 'percent', 'imports of mineral products', 'increase', None, None, None, SARS),
        ('9.6%', 1, 9.6, 'percent', 'exports', 'increase', 'year_on_year', None, SEPI, SARS),
        ('3.2%', 1, 3.2, 'percent', 'imports', 'decrease', 'year_on_year', None, SEPI, SARS),
        ('148.9 billion rand', 1, 148.9e9, 'ZAR', 'cumulative surplus', None, None, None, YTD, SARS),
        ('131.2 billion rand', 1, 131.2e9, 'ZAR', 'cumulative surplus', None, None, None, JS24, SARS),
        ('10.9%', 1, 10.9, 'percent', 'China share of exports', None, None, None, SEP, SARS),
        ('7.4%', 1, 7.4, 'percent', 'United States share of exports', None, None, None, SEP, SARS),
        ('6.8%', 1, 6.8, 'percent', 'Germany share of exports', None, None, None, SEP, SARS),
        ('30%', 1, 30, 'percent', 'U.S. tariff on South African goods', None, None, None, AUG, None),
        ('0.3%', 1, 0.3, 'percent', 'rand', 'increase', None, None, GMT, SARS),
        ('17.31', 1, 17.31, 'ZAR', 'rand', 'increase', None, None, GMT, SARS),
        ('14 billion', 1, 14e9, 'ZAR', 'trade surplus', None, None, None, Q4, NED),
        ('18 billion rand', 1, 18e9, 'ZAR', 'trade surplus', None, None, None, Q4, NED),
    ],
    'cnbc_style_adp_private_payrolls.txt': [
        ('37,000', 1, 37000, 'count', 'private hiring', 'decrease', None, None, CMAY, ADP),
        ('37,000', 2, 37000, 'count', 'private sector employment', 'increase', None, None, CMAY, ADP),
        ('110,000', 1, 110000, 'count', 'private sector employment', None, None, None, CMAY, DJ),
        ('60,000', 1, 60000, 'count', 'private sector employment', None, None, None, CAPR, ADP),
        ('13,000', 1, 13000, 'count', 'jobs at small businesses', 'decrease', None, None, None, ADP),
        ('49,000', 1, 49000, 'count', 'jobs at medium-size firms', 'increase', None, None, None, ADP),
        ('1,000', 1, 1000, 'count', 'jobs at companies with 500 or more workers', 'increase', None, None, None, ADP),
        ('36,000', 1, 36000, 'count', 'jobs at service providers', 'increase', None, None, None, ADP),
        ('38,000', 1, 38000, 'count', 'leisure and hospitality jobs', 'increase', None, None, None, ADP),
        ('20,000', 1, 20000, 'count', 'financial activities jobs', 'increase', None, None, None, ADP),
        ('13,000', 2, 13000, 'count', 'education and health services jobs', 'decrease', None, None, None, ADP),
        ('17,000', 1, 17000, 'count', 'professional and business services jobs', 'decrease', None, None, None, ADP),
        ('1,000', 2, 1000, 'count', 'jobs at goods producers', 'increase', None, None, None, ADP),
        ('2,000', 1, 2000, 'count', 'construction jobs', 'increase', None, None, None, ADP),
        ('3,000', 1, 3000, 'count', 'manufacturing jobs', 'decrease', None, None, None, ADP),
        ('4.5%', 1, 4.5, 'percent', 'annual pay gains for workers staying in their jobs', 'decrease', 'year_on_year', None, CMAY, ADP),
        ('4.9%', 1, 4.9, 'percent', 'annual pay gains for workers staying in their jobs', None, 'year_on_year', None, CAPR, ADP),
        ('7.0%', 1, 7.0, 'percent', 'pay for those who switched jobs', 'increase', 'year_on_year', None, CMAY, ADP),
        ('7.4%', 1, 7.4, 'percent', 'pay for those who switched jobs', None, 'year_on_year', None, CAPR, ADP),
        ('126,000 jobs', 1, 126000, 'count', 'nonfarm payrolls', 'increase', None, None, FMAY, None),
        ('4.2%', 1, 4.2, 'percent', 'unemployment rate', None, None, None, FMAY, None),
        ('26 million', 1, 26e6, 'count', 'workers covered by ADP payroll records', None, None, 'more_than', None, ADP),
        ('500,000', 1, 500000, 'count', 'U.S. businesses covered by ADP payroll records', None, None, 'more_than', None, ADP),
    ],
    'mt_newswires_canada_wholesale_trade_flash.txt': [
        ('0.9%', 1, 0.9, 'percent', 'Canada wholesale sales', 'decrease', None, None, OCT, STC),
        ('0.9%', 2, 0.9, 'percent', WHS, 'decrease', 'month_on_month', None, OCT, STC),
        ('C$83.6 billion', 1, 83.6e9, 'CAD', WHS, 'decrease', None, None, OCT, STC),
        ('four', 1, 4, 'count', 'subsectors reporting decreases', None, None, None, None, STC),
        ('-2.8%', 1, -2.8, 'percent', 'sales of the machinery, equipment and supplies subsector', 'decrease', None, None, None, STC),
        ('-2.1%', 1, -2.1, 'percent', 'sales of the motor vehicle and motor vehicle parts and accessories subsector', 'decrease', None, None, None, STC),
        ('1.3%', 1, 1.3, 'percent', 'sales of the food, beverage and tobacco subsector', 'increase', None, None, None, STC),
        ('1.2%', 1, 1.2, 'percent', 'wholesale sales in constant dollars', 'decrease', 'month_on_month', None, OCT, STC),
        ('50.8%', 1, 50.8, 'percent', 'share of companies surveyed responding to the flash estimate', None, None, None, None, STC),
        ('67.4%', 1, 67.4, 'percent', 'responding companies share of total sales', None, None, None, None, STC),
        ('84.1%', 1, 84.1, 'percent', 'final response rate', None, None, None, SEPF, STC),
        ('0.6%', 1, 0.6, 'percent', 'wholesale sales', 'increase', None, None, SEPM, STC),
        ('C$84.4 billion', 1, 84.4e9, 'CAD', 'wholesale sales', 'increase', None, None, SEPM, STC),
        ('0.4%', 1, 0.4, 'percent', 'wholesale sales', 'increase', None, None, SEPM, STC),
        ('2.3%', 1, 2.3, 'percent', 'wholesale sales', 'increase', 'year_on_year', 'approximately', OCTA, STC),
    ],
    'trading_economics_style_indonesia_retail_sales.txt': [
        ('3.5%', 1, 3.5, 'percent', 'retail sales in Indonesia', 'increase', 'year_on_year', None, AUG25, BI),
        ('1.0%', 1, 1.0, 'percent', 'retail sales in Indonesia', 'increase', 'year_on_year', None, JUL, BI),
        ('2.0%', 1, 2.0, 'percent', 'retail sales in Indonesia', None, 'year_on_year', None, AUG25, None),
        ('5.6%', 1, 5.6, 'percent', 'sales of food, beverages and tobacco', 'increase', 'year_on_year', None, AUG25, BI),
        ('3.1%', 1, 3.1, 'percent', 'sales of food, beverages and tobacco', None, 'year_on_year', None, JUL, BI),
        ('4.8%', 1, 4.8, 'percent', 'spending on automotive fuels', 'increase', 'year_on_year', None, AUG25, BI),
        ('2.1%', 1, 2.1, 'percent', 'spending on information and communication equipment', 'increase', 'year_on_year', None, AUG25, BI),
        ('3.4%', 1, 3.4, 'percent', 'sales of clothing', 'decrease', 'year_on_year', None, AUG25, BI),
        ('-6.2%', 1, -6.2, 'percent', 'sales of cultural and recreational goods', 'decrease', 'year_on_year', None, AUG25, BI),
        ('-5.5%', 1, -5.5, 'percent', 'sales of cultural and recreational goods', 'decrease', 'year_on_year', None, JUL, BI),
        ('0.8%', 1, 0.8, 'percent', 'retail sales', 'increase', 'month_on_month', None, IAUG, BI),
        ('0.9%', 1, 0.9, 'percent', 'retail sales', 'decrease', 'month_on_month', None, PRIOR, BI),
        ('234.1', 1, 234.1, 'index_point', 'Real Sales Index (IPR)', None, None, None, IAUG, BI),
        ('5.2%', 1, 5.2, 'percent', 'retail sales', 'increase', 'year_on_year', None, FSEP, BI),
        ('236.9', 1, 236.9, 'index_point', 'IPR', None, None, None, FSEP, BI),
        ('8.12 percent', 1, 8.12, 'percent', f'{RSY} average', None, None, None, P('from 2011 until 2025', '2011-01-01', '2025-12-31'), BI),
        ('31.40 percent', 1, 31.40, 'percent', f'{RSY} all time high', None, None, None, per('in May of 2022', 2022, 5), BI),
        ('-20.60 percent', 1, -20.60, 'percent', f'{RSY} record low', 'decrease', None, None, per('in May of 2020', 2020, 5), BI),
        ('3.00 percent', 1, 3.00, 'percent', RSY, None, None, None, P('by the end of this quarter', '2025-09-30', '2025-09-30'), TE),
        ('4.20 percent', 1, 4.20, 'percent', 'Indonesia Retail Sales YoY', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('4.60 percent', 1, 4.60, 'percent', 'Indonesia Retail Sales YoY', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_wti_cushing_inventories.txt': [
        ('1.3%', 1, 1.3, 'percent', 'West Texas Intermediate crude futures', 'increase', None, None, ET, None),
        ('$61.92', 1, 61.92, 'USD', 'West Texas Intermediate crude futures', 'increase', None, None, ET, None),
        ('0.6%', 1, 0.6, 'percent', 'Brent futures', 'increase', None, None, ET, None),
        ('$66.04', 1, 66.04, 'USD', 'Brent futures', 'increase', None, None, ET, None),
        ('$4.12', 1, 4.12, 'USD', 'Brent-WTI spread', 'decrease', None, None, ET, None),
        ('1.7 million barrels', 1, 1.7e6, 'barrel', 'Cushing stocks', 'decrease', None, None, WK, EIA),
        ('20.4 million barrels', 1, 20.4e6, 'barrel', 'Cushing stocks', 'decrease', None, None, WK, EIA),
        ('20 million barrels', 1, 20e6, 'barrel', 'operational minimum at the Cushing hub', None, None, None, WK, None),
        ('0.8 million barrels', 1, 0.8e6, 'barrel', 'commercial crude inventories', 'increase', None, None, None, EIA),
        ('419.6 million', 1, 419.6e6, 'barrel', 'commercial crude inventories', 'increase', None, None, None, EIA),
        ('1.5 million barrels', 1, 1.5e6, 'barrel', 'commercial crude inventories', 'decrease', None, None, None, RTR),
        ('1.4 percentage points', 1, 1.4, 'percentage_point', 'refinery utilization', 'decrease', None, None, None, EIA),
        ('91.9%', 1, 91.9, 'percent', 'refinery utilization', 'decrease', None, None, None, EIA),
        ('5.2 million barrels', 1, 5.2e6, 'barrel', 'gasoline inventories', 'increase', None, None, None, EIA),
        ('3.1 million', 1, 3.1e6, 'barrel', 'distillate stocks', 'increase', None, None, None, EIA),
        ('2.8 million', 1, 2.8e6, 'barrel', 'gasoline inventories', 'increase', None, None, None, None),
        ('1.0 million barrels', 1, 1.0e6, 'barrel', 'distillate stocks', 'increase', None, None, None, None),
        ('3.62 million barrels per day', 1, 3.62e6, 'barrel per day', 'distillate supplied', None, None, None, FW, EIA),
        ('4%', 1, 4, 'percent', 'distillate supplied', 'decrease', 'year_on_year', None, FW, EIA),
        ('610,000 barrels per day', 1, 610000, 'barrel per day', 'U.S. crude exports', 'increase', None, None, None, EIA),
        ('4.35 million bpd', 1, 4.35e6, 'barrel per day', 'U.S. crude exports', 'increase', None, None, None, EIA),
    ],
    'business_standard_style_services_trade_rbi_monthly.txt': [
        ('9.6%', 1, 9.6, 'percent', 'services exports', 'increase', None, None, BJUL, None),
        ('$31.0 bn', 1, 31.0e9, 'USD', 'services exports', 'increase', None, None, BJUL, None),
        ('$16.3 bn', 1, 16.3e9, 'USD', 'net surplus', 'increase', None, None, BJUL, None),
        ('9.6 per cent', 1, 9.6, 'percent', "India's services exports", 'increase', 'year_on_year', None, BJUL, RBI),
        ('$31.02 billion', 1, 31.02e9, 'USD', "India's services exports", 'increase', None, None, BJUL, RBI),
        ('4.4 per cent', 1, 4.4, 'percent', 'services imports', 'increase', 'year_on_year', None, BJUL, RBI),
        ('$14.73 billion', 1, 14.73e9, 'USD', 'services imports', 'increase', None, None, BJUL, RBI),
        ('$16.29 billion', 1, 16.29e9, 'USD', 'surplus on services trade', 'increase', None, None, BJUL, RBI),
        ('$14.19 billion', 1, 14.19e9, 'USD', 'surplus on services trade', None, None, None, BYA, RBI),
        ('$15.12 billion', 1, 15.12e9, 'USD', 'surplus on services trade', None, None, None, BJUN, RBI),
        ('$30.14 billion', 1, 30.14e9, 'USD', 'exports of services', None, None, None, BJUNI, RBI),
        ('$15.02 billion', 1, 15.02e9, 'USD', 'imports of services', None, None, None, BJUNI, RBI),
        ('$30.51 billion', 1, 30.51e9, 'USD', 'exports of services', None, None, None, BJUNI, RBI),
        ('$14.87 billion', 1, 14.87e9, 'USD', 'imports of services', None, None, None, BJUNI, RBI),
        ('$119.4 bn', 1, 119.4e9, 'USD', 'services exports', None, None, None, AJ, RBI),
        ('11.2 per cent', 1, 11.2, 'percent', 'services exports', 'increase', 'year_on_year', None, AJ, RBI),
        ('7.5 per cent', 1, 7.5, 'percent', 'services imports', 'increase', 'year_on_year', None, AJ, RBI),
        ('$59.3 bn', 1, 59.3e9, 'USD', 'services imports', 'increase', None, None, AJ, RBI),
        ('$60.1 bn', 1, 60.1e9, 'USD', 'net services receipts', None, None, None, F4, RBI),
        ('$52.1 bn', 1, 52.1e9, 'USD', 'net services receipts', None, None, None, SP25, RBI),
        ('$33.45 billion', 1, 33.45e9, 'USD', 'services exports', None, None, None, FAUG, MOCI),
        ('10.3 per cent', 1, 10.3, 'percent', 'services exports', 'increase', 'year_on_year', None, FAUG, MOCI),
        ('$210', 1, 210e9, 'USD', 'net services receipts', None, None, None, FY26, None),
        ('220 bn', 1, 220e9, 'USD', 'net services receipts', None, None, None, FY26, None),
        ('1 per cent', 1, 1, 'percent', 'current account deficit as a share of GDP', None, None, 'approximately', FY26, None),
    ],
    'eu_energy_style_hydrogen_electrolyser_pipeline.txt': [
        ('721 MW', 1, 721, 'megawatt', 'water electrolysers operating in the EU', None, None, None, ED25, None),
        ('79 MW', 1, 79, 'megawatt', 'water electrolysers operating in the EU', 'increase', 'quarter_on_quarter', None, ED25, None),
        ('double', 1, 2, 'times', 'water electrolysers operating in the EU', 'increase', 'year_on_year', 'approximately', ED25, None),
        ('362 MW', 1, 362, 'megawatt', 'water electrolysers operating in the EU', None, None, None, YE24, None),
        ('3.1 GW', 1, 3.1, 'gigawatt', 'electrolyser capacity under construction', None, None, None, ED25, None),
        ('1.3 GW', 1, 1.3, 'gigawatt', 'electrolyser capacity under construction in Germany', None, None, None, ED25, None),
        ('0.7 GW', 1, 0.7, 'gigawatt', 'electrolyser capacity under construction in the Netherlands', None, None, None, ED25, None),
        ('0.4 GW', 1, 0.4, 'gigawatt', 'electrolyser capacity under construction in Spain', None, None, None, ED25, None),
        ('14', 1, 14, 'count', 'projects taking a final investment decision', None, None, None, Q425, None),
        ('0.9 GW', 1, 0.9, 'gigawatt', 'combined capacity of projects taking a final investment decision', None, None, None, Q425, None),
        ('2.5 GW', 1, 2.5, 'gigawatt', 'FIDs', None, None, None, Y25W, None),
        ('9%', 1, 9, 'percent', 'FIDs', 'increase', 'year_on_year', None, Y25W, None),
        ('0.35', 1, 0.35, 'gigawatt', 'FIDs in Germany', None, None, None, INQ, None),
        ('0.21', 1, 0.21, 'gigawatt', 'FIDs in France', None, None, None, INQ, None),
        ('0.15 GW', 1, 0.15, 'gigawatt', 'FIDs in Denmark', None, None, None, INQ, None),
        ('49 GW', 1, 49, 'gigawatt', 'electrolyser capacity announced for commissioning', None, None, None, BY30, None),
        ('7%', 1, 7, 'percent', 'share of announced electrolyser capacity that had reached FID', None, None, 'approximately', E25, None),
        ('40 GW', 1, 40, 'gigawatt', 'EU electrolyser capacity implied by the REPowerEU ambition', None, None, 'approximately', BY30, None),
        ('7.4 EUR/kg', 1, 7.4, 'EUR', 'levelised cost of renewable hydrogen from grid-connected electrolysers', None, None, None, IN25, CHO),
        ('5.2 EUR/kg', 1, 5.2, 'EUR', 'levelised cost of renewable hydrogen in Sweden', None, None, None, IN25, CHO),
        ('10.6 EUR/kg', 1, 10.6, 'EUR', 'levelised cost of renewable hydrogen in Italy', None, None, None, IN25, CHO),
        ('3.1 EUR/kg', 1, 3.1, 'EUR', 'cost of hydrogen from unabated natural gas reforming', None, None, None, IN25, CHO),
        ('0.5 EUR/kg', 1, 0.5, 'EUR', 'gap between the cost of renewable hydrogen and hydrogen from natural gas', 'decrease', 'year_on_year', None, IN25, CHO),
        ('1,800', 1, 1800, 'EUR', 'electrolyser system prices', None, None, None, Q425L, CHO),
        ('2,600 EUR/kW', 1, 2600, 'EUR', 'electrolyser system prices', None, None, None, Q425L, CHO),
        ('5%', 1, 5, 'percent', 'electrolyser system prices', 'decrease', 'year_on_year', 'approximately', Q425L, CHO),
    ],
    'nbs_style_added_value_above_designated_size_by_product.txt': [
        ('5.8 percent', 1, 5.8, 'percent', VA, 'increase', 'year_on_year', None, JF, NBS),
        ('0.4 percentage points', 1, 0.4, 'percentage_point', f'growth of {VA}', 'decrease', 'period_on_period', None, JF, NBS),
        ('0.48 percent', 1, 0.48, 'percent', VA, 'increase', 'month_on_month', None, FEB, NBS),
        ('398', 1, 398, 'count', 'kinds of products with year-on-year growth in output', None, None, None, DUR, NBS),
        ('164.7 million tons', 1, 164.7e6, 'tonne', 'output of crude steel', None, None, None, DUR, NBS),
        ('1.8 percent', 1, 1.8, 'percent', 'output of crude steel', 'decrease', 'year_on_year', None, DUR, NBS),
        ('183.2 million tons', 1, 183.2e6, 'tonne', 'output of cement', None, None, None, DUR, NBS),
        ('4.1 percent', 1, 4.1, 'percent', 'output of cement', 'decrease', 'year_on_year', None, DUR, NBS),
        ('2.79 million tons', 1, 2.79e6, 'tonne', 'average daily output of crude steel', None, None, None, DUR, NBS),
        ('1,541.6 billion kWh', 1, 1541.6e9, 'kilowatt hour', 'power generation', None, None, None, F2, NBS),
        ('1.1 percent', 1, 1.1, 'percent', 'power generation', 'increase', 'year_on_year', None, F2, NBS),
        ('two thirds', 1, 0.6667, 'fraction', 'thermal power share of power generation', None, None, 'approximately', F2, NBS),
        ('35.6 million tons', 1, 35.6e6, 'tonne', 'output of crude oil', None, None, None, None, NBS),
        ('43.5 billion cubic meters', 1, 43.5e9, 'cubic metre', 'output of natural gas', None, None, None, None, NBS),
        ('1.6 percent', 1, 1.6, 'percent', 'output of crude oil', 'increase', None, None, None, NBS),
        ('3.9 percent', 1, 3.9, 'percent', 'output of natural gas', 'increase', None, None, None, NBS),
        ('4.92 million units', 1, 4.92e6, 'count', 'production of automobiles', None, None, None, JF2, NBS),
        ('11.4 percent', 1, 11.4, 'percent', 'production of automobiles', 'increase', 'year_on_year', None, JF2, NBS),
        ('1.91 million', 1, 1.91e6, 'count', 'production of new energy vehicles', None, None, None, JF2, NBS),
        ('47.6 percent', 1, 47.6, 'percent', 'production of new energy vehicles', 'increase', 'year_on_year', None, JF2, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
