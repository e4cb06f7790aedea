# ruff: noqa: E501, RUF001
"""Write corpus/annotated_95/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_95.py corpus/annotated_95
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
ABS = "Australian Bureau of Statistics"
MOSPI = "Ministry of Statistics and Programme Implementation"
REUTERS = "Reuters"
RBI = "Reserve Bank of India"
NV = "Nvidia"
SA = "StreetAccount"
INSEE = "National Institute of Statistics and Economic Studies"
BBG = "Bloomberg"
TSI = "Turkish Statistical Institute"
CBRT = "Central Bank of the Republic of Turkey"
TE = "Trading Economics"
MIC = "Ministry of Internal Affairs and Communications"
BOJ = "Bank of Japan"
DOF = "Department of Fertilizers"
MOF = "Ministry of Finance"
GIE = "Gas Infrastructure Europe"
ACER = "Agency for the Cooperation of Energy Regulators"
NBS = "National Bureau of Statistics"
MARA = "Ministry of Agriculture and Rural Affairs"

# 9501 ONS retail sales (ref Friday 2026-02-20)
J26 = per("in January 2026", 2026, 1)
D25 = per("in December 2025", 2025, 12)
PRE = P("February 2020", "2020-02-01", "2026-01-31")
TMJ = P("In the three months to January 2026", "2025-11-01", "2026-01-31")
FJ26 = per("for January 2026", 2026, 1)
# 9502 Reuters 1987 (ref Tuesday 1987-03-31)
FEB = per("in February", 1987, 2)
JAN = per("in January", 1987, 1)
E8 = P("In the eight months to end-February", "1986-07-01", "1987-02-28")
# 9503 Reuters 2025 (ref Friday 2026-02-27)
OND = Q("in the October-December quarter", 2025, 4)
GVA = P("in the third quarter of fiscal 2025/26", "2025-10-01", "2025-12-31")
INQ = Q("in the quarter", 2025, 4)
FYE = P("in the fiscal year ending March 31", "2025-04-01", "2026-03-31")
OD = Q("in October-December", 2025, 4)
# 9504 CNBC (ref Wednesday 2026-02-25); Nvidia's fiscal quarters
FQ4 = P("in the quarter", "2025-10-27", "2026-01-25")
CUR = P("For the current quarter", "2026-01-26", "2026-04-26")
YAGO = P("in the year-ago period", "2024-10-28", "2025-01-26")
# 9505 MT Newswires (ref Thursday 2026-02-19)
IFEB = per("in February", 2026, 2)
IJAN = per("in January", 2026, 1)
JANS = per("January", 2026, 1)
# 9506 Trading Economics (ref Tuesday 2026-02-03)
TJ26 = per("in January 2026", 2026, 1)
TDEC = per("in December", 2025, 12)
TJAN = per("in January", 2026, 1)
# 9507 Investing.com (ref Friday 2026-02-27)
ET = P("by 02:10 ET", None, None)
XFEB = per("in February", 2026, 2)
MEET = P("at the BOJ's April 27-28 meeting", "2026-04-27", "2026-04-28")
# 9508 Business Standard (ref Tuesday 2025-12-23)
AN = P("during April-November of 2025-26", "2025-04-01", "2025-11-30")
EIGHT = P("in the eight months", "2025-04-01", "2025-11-30")
BNOV = per("In November", 2025, 11)
NOV = per("in November", 2025, 11)
FULL = P("full-year", "2025-04-01", "2026-03-31")
# 9509 DG Energy (ref 2026-06-30)
Q1 = Q("In the first quarter of 2026", 2026, 1)
WIN = P("between 1 October 2025 and 31 March 2026", "2025-10-01", "2026-03-31")
EQ = P("At the end of the quarter", "2026-03-31", "2026-03-31")
IQ1 = Q("in the first quarter", 2026, 1)
EMAR = P("at the end of March", "2026-03-31", "2026-03-31")
SEASON = P("over the April-October injection season", "2026-04-01", "2026-10-31")
# 9510 NBS (ref Friday 2024-10-18)
F3 = P("In the first three quarters of 2024", "2024-01-01", "2024-09-30")
JS = P("From January to September", "2024-01-01", "2024-09-30")
Q3 = Q("In the third quarter", 2024, 3)
ESEP = P("At the end of September", "2024-09-30", "2024-09-30")

# fmt: off
LABELS = {
    'ons_style_retail_sales_fuel_and_non_food.txt': [
        ('0.7%', 1, 0.7, 'percent', 'retail sales volumes', 'increase', 'month_on_month', None, J26, None),
        ('0.4%', 1, 0.4, 'percent', 'retail sales volumes', 'decrease', 'month_on_month', None, D25, None),
        ('0.6%', 1, 0.6, 'percent', 'retail sales volumes', 'decrease', 'month_on_month', None, D25, None),
        ('1.9%', 1, 1.9, 'percent', 'retail sales volumes', 'decrease', None, None, PRE, None),
        ('0.2%', 1, 0.2, 'percent', 'retail sales volumes', 'decrease', 'period_on_period', None, TMJ, None),
        ('1.4%', 1, 1.4, 'percent', 'retail sales volumes', 'increase', 'year_on_year', None, TMJ, None),
        ('2.8%', 1, 2.8, 'percent', 'automotive fuel sales volumes', 'decrease', 'month_on_month', None, J26, ONS),
        ('3.5%', 1, 3.5, 'percent', 'fuel sales in value terms', 'decrease', 'month_on_month', None, J26, ONS),
        ('129.9 pence', 1, 1.299, 'GBP', 'average pump price for petrol', None, None, None, J26, ONS),
        ('138.2p', 1, 1.382, 'GBP', 'average pump price for diesel', None, None, None, J26, ONS),
        ('1.9%', 2, 1.9, 'percent', 'non-food stores sales volumes', 'increase', 'month_on_month', None, J26, ONS),
        ('0.3%', 1, 0.3, 'percent', 'food stores sales volumes', 'increase', 'month_on_month', None, J26, ONS),
        ('3.1%', 1, 3.1, 'percent', 'other non-food stores sales volumes', 'increase', 'month_on_month', None, J26, ONS),
        ('2.4%', 1, 2.4, 'percent', 'department stores sales volumes', 'increase', 'month_on_month', None, J26, ONS),
        ('4.0%', 1, 4.0, 'percent', 'clothing retailers sales volumes', 'increase', 'year_on_year', None, J26, ONS),
        ('1.2%', 1, 1.2, 'percent', 'non-store retailing volumes', 'increase', 'month_on_month', None, J26, ONS),
        ('£1.47 billion', 1, 1.47e9, 'GBP', 'online spending per week', None, None, None, J26, ONS),
        ('28.4%', 1, 28.4, 'percent', 'online spending share of all retailing', 'increase', None, None, J26, ONS),
        ('27.6%', 1, 27.6, 'percent', 'online spending share of all retailing', None, None, None, D25, ONS),
        ('5.2%', 1, 5.2, 'percent', 'online sales in value terms', 'increase', 'year_on_year', None, J26, ONS),
        ('4,900', 1, 4900, 'count', 'businesses surveyed', None, None, 'approximately', FJ26, ONS),
        ('61%', 1, 61, 'percent', 'share of surveyed businesses that responded', None, None, None, FJ26, ONS),
    ],
    'wire_1987_australian_building_approvals.txt': [
        ('4.6 PCT', 1, 4.6, 'percent', 'Australian dwelling approvals', 'decrease', None, None, per('IN FEBRUARY', 1987, 2), None),
        ('4.6 pct', 1, 4.6, 'percent', 'dwelling units approved', 'decrease', 'month_on_month', None, FEB, ABS),
        ('9,184', 1, 9184, 'count', 'dwelling units approved', 'decrease', None, None, FEB, ABS),
        ('9,627', 1, 9627, 'count', 'dwelling units approved', None, None, None, JAN, ABS),
        ('9,540 units', 1, 9540, 'count', 'dwelling approvals', None, None, None, per('January', 1987, 1), ABS),
        ('6.1 pct', 1, 6.1, 'percent', 'approvals for private sector houses', 'decrease', None, None, FEB, ABS),
        ('6,012', 1, 6012, 'count', 'approvals for private sector houses', 'decrease', None, None, FEB, ABS),
        ('2.3 pct', 1, 2.3, 'percent', 'approvals for other private sector dwellings', 'decrease', None, None, FEB, ABS),
        ('2,105', 1, 2105, 'count', 'approvals for other private sector dwellings', 'decrease', None, None, FEB, ABS),
        ('1,067', 1, 1067, 'count', 'public sector approvals', 'increase', None, None, FEB, ABS),
        ('1,031', 1, 1031, 'count', 'public sector approvals', None, None, None, FEB, ABS),
        ('8,652', 1, 8652, 'count', 'dwelling units approved in unadjusted terms', None, None, None, FEB, ABS),
        ('17.8 pct', 1, 17.8, 'percent', 'dwelling units approved in unadjusted terms', 'decrease', 'year_on_year', None, FEB, ABS),
        ('10,525', 1, 10525, 'count', 'dwelling units approved in unadjusted terms', None, None, None, per('in February 1986', 1986, 2), ABS),
        ('1.08 billion dlrs', 1, 1.08e9, 'AUD', 'value of total building approved', 'decrease', None, None, FEB, ABS),
        ('1.21 billion', 1, 1.21e9, 'AUD', 'value of total building approved', None, None, None, JAN, ABS),
        ('612.4 mln dlrs', 1, 612.4e6, 'AUD', 'value of residential building approved', None, None, None, FEB, ABS),
        ('467.9 mln', 1, 467.9e6, 'AUD', 'value of non-residential building approved', None, None, None, FEB, ABS),
        ('540.6 mln', 1, 540.6e6, 'AUD', 'value of non-residential building approved', None, None, None, per('a year earlier', 1986, 2), ABS),
        ('84,310', 1, 84310, 'count', 'dwellings approved', None, None, None, E8, ABS),
        ('14.2 pct', 1, 14.2, 'percent', 'dwellings approved', 'decrease', 'year_on_year', None, E8, ABS),
        ('10,000', 1, 10000, 'count', 'dwelling approvals a month', 'increase', None, 'approximately', P('in the second half of 1987', '1987-07-01', '1987-12-31'), None),
    ],
    'wire_2025_india_gdp_quarterly.txt': [
        ('7.4%', 1, 7.4, 'percent', "India's economy", 'increase', None, None, Q('in Oct-Dec quarter', 2025, 4), None),
        ('7.4%', 2, 7.4, 'percent', "India's economy", 'increase', 'year_on_year', None, OND, MOSPI),
        ('7.0%', 1, 7.0, 'percent', "India's economy", None, 'year_on_year', None, OND, REUTERS),
        ('8.0%', 1, 8.0, 'percent', 'annual growth', 'decrease', 'year_on_year', None, Q('in the July-September quarter', 2025, 3), MOSPI),
        ('8.2%', 1, 8.2, 'percent', 'annual growth', None, 'year_on_year', None, Q('in the July-September quarter', 2025, 3), MOSPI),
        ('7.1%', 1, 7.1, 'percent', 'gross value added', 'increase', 'year_on_year', None, GVA, MOSPI),
        ('6.5%', 1, 6.5, 'percent', 'gross value added', None, 'year_on_year', None, P('a year earlier', '2024-10-01', '2024-12-31'), MOSPI),
        ('9.3%', 1, 9.3, 'percent', 'manufacturing output', 'increase', 'year_on_year', None, INQ, MOSPI),
        ('3.1%', 1, 3.1, 'percent', 'farm sector', 'increase', 'year_on_year', None, INQ, MOSPI),
        ('3.5%', 1, 3.5, 'percent', 'farm sector', None, 'year_on_year', None, Q('in the previous quarter', 2025, 3), MOSPI),
        ('7.8%', 1, 7.8, 'percent', 'construction', 'increase', 'year_on_year', None, INQ, MOSPI),
        ('7.2%', 1, 7.2, 'percent', 'financial services', 'increase', 'year_on_year', None, INQ, MOSPI),
        ('7.6%', 1, 7.6, 'percent', 'full-year growth', 'increase', None, None, FYE, MOSPI),
        ('7.3%', 1, 7.3, 'percent', 'full-year growth', None, None, None, FYE, MOSPI),
        ('6.9%', 1, 6.9, 'percent', 'growth', 'increase', None, 'approximately', Q('in the January-March quarter', 2026, 1), REUTERS),
        ('60%', 1, 60, 'percent', 'private consumption share of GDP', None, None, 'approximately', OD, MOSPI),
        ('7.0%', 2, 7.0, 'percent', 'private consumption', 'increase', None, None, OD, MOSPI),
        ('1.8%', 1, 1.8, 'percent', 'government spending', 'decrease', None, None, OD, MOSPI),
        ('125 basis points', 1, 125, 'basis_point', 'repo rate', 'decrease', None, None, Y('last year', 2025), RBI),
        ('5.25%', 1, 5.25, 'percent', 'repo rate', 'decrease', None, None, Y('last year', 2025), RBI),
        ('2.1%', 1, 2.1, 'percent', 'inflation', None, None, None, P('for the fiscal year', '2025-04-01', '2026-03-31'), RBI),
        ('6.5%', 2, 6.5, 'percent', 'growth', 'increase', None, None, P('in 2026/27', '2026-04-01', '2027-03-31'), REUTERS),
        ('7.0%', 3, 7.0, 'percent', 'growth', 'increase', None, None, P('in 2026/27', '2026-04-01', '2027-03-31'), REUTERS),
    ],
    'cnbc_style_nvidia_data_center_revenue.txt': [
        ('$74 billion', 1, 74e9, 'USD', 'revenue', None, None, None, P('for current quarter', '2026-01-26', '2026-04-26'), NV),
        ('$1.62', 1, 1.62, 'USD', 'adjusted earnings per share', None, None, None, None, NV),
        ('$1.53', 1, 1.53, 'USD', 'adjusted earnings per share', None, None, None, None, None),
        ('$68.9 billion', 1, 68.9e9, 'USD', 'revenue', None, None, None, None, NV),
        ('$66.2 billion', 1, 66.2e9, 'USD', 'revenue', None, None, None, None, None),
        ('$62.3 billion', 1, 62.3e9, 'USD', 'data center revenue', None, None, None, FQ4, NV),
        ('75%', 1, 75, 'percent', 'data center revenue', 'increase', 'year_on_year', None, FQ4, NV),
        ('$35.6 billion', 1, 35.6e9, 'USD', 'data center revenue', None, None, None, P('a year earlier', '2024-10-28', '2025-01-26'), NV),
        ('22%', 1, 22, 'percent', 'data center revenue', 'increase', 'quarter_on_quarter', None, FQ4, NV),
        ('$60.1 billion', 1, 60.1e9, 'USD', 'data center sales', None, None, None, FQ4, SA),
        ('4%', 1, 4, 'percent', 'gaming revenue', 'decrease', 'quarter_on_quarter', None, None, NV),
        ('$4.1 billion', 1, 4.1e9, 'USD', 'gaming revenue', 'decrease', None, None, None, NV),
        ('$760 million', 1, 760e6, 'USD', 'professional visualization revenue', None, None, None, None, NV),
        ('$604 million', 1, 604e6, 'USD', 'automotive revenue', None, None, None, None, NV),
        ('75.2%', 1, 75.2, 'percent', 'adjusted gross margin', 'increase', None, None, P('in the fourth quarter', '2025-10-27', '2026-01-25'), NV),
        ('73.6%', 1, 73.6, 'percent', 'adjusted gross margin', None, None, None, P('in the prior quarter', '2025-07-28', '2025-10-26'), NV),
        ('$74 billion', 2, 74e9, 'USD', 'revenue', None, None, None, CUR, NV),
        ('2%', 1, 2, 'percent', 'revenue guidance tolerance band', None, None, None, CUR, NV),
        ('74.5%', 1, 74.5, 'percent', 'gross margin', None, None, None, CUR, NV),
        ('75.5%', 1, 75.5, 'percent', 'gross margin', None, None, None, CUR, NV),
        ('$71.8 billion', 1, 71.8e9, 'USD', 'revenue', None, None, None, CUR, None),
        ('$35.2 billion', 1, 35.2e9, 'USD', 'net income', 'increase', None, None, FQ4, NV),
        ('$1.44', 1, 1.44, 'USD', 'earnings per share', 'increase', None, None, FQ4, NV),
        ('$22.1 billion', 1, 22.1e9, 'USD', 'net income', None, None, None, YAGO, NV),
        ('89 cents', 1, 0.89, 'USD', 'earnings per share', None, None, None, YAGO, NV),
        ('66%', 1, 66, 'percent', 'sales', 'increase', None, None, P('For fiscal 2026', '2025-01-27', '2026-01-25'), NV),
        ('$216.7 billion', 1, 216.7e9, 'USD', 'sales', 'increase', None, None, P('For fiscal 2026', '2025-01-27', '2026-01-25'), NV),
        ('2%', 2, 2, 'percent', 'shares of Nvidia', 'increase', None, 'approximately', P('on Wednesday', '2026-02-25', '2026-02-25'), NV),
        ('39%', 1, 39, 'percent', 'Nvidia stock', 'increase', None, None, Y('in 2025', 2025), NV),
    ],
    'mt_newswires_france_business_climate_insee.txt': [
        ('99', 1, 99, 'index_point', 'French business climate', 'increase', None, None, IFEB, None),
        ('two points', 1, 2, 'index_point', 'composite business climate indicator', 'increase', 'month_on_month', None, IFEB, INSEE),
        ('99', 2, 99, 'index_point', 'composite business climate indicator', 'increase', None, None, IFEB, INSEE),
        ('97', 1, 97, 'index_point', 'composite business climate indicator', None, None, None, IJAN, INSEE),
        ('97', 2, 97, 'index_point', 'composite business climate indicator', None, None, None, IFEB, BBG),
        ('96', 1, 96, 'index_point', 'composite business climate indicator', None, None, None, JANS, INSEE),
        ('three points', 1, 3, 'index_point', 'business climate in services', 'increase', None, None, IFEB, INSEE),
        ('100', 2, 100, 'index_point', 'business climate in services', 'increase', None, None, IFEB, INSEE),
        ('98', 1, 98, 'index_point', 'business climate in manufacturing', None, None, None, IFEB, INSEE),
        ('four points', 1, 4, 'index_point', 'business climate in retail trade', 'increase', None, None, IFEB, INSEE),
        ('102', 1, 102, 'index_point', 'business climate in retail trade', 'increase', None, None, IFEB, INSEE),
        ('97', 3, 97, 'index_point', 'business climate in wholesale trade', None, None, None, IFEB, INSEE),
        ('95', 1, 95, 'index_point', 'business climate in building construction', None, None, None, IFEB, INSEE),
        ('one point', 1, 1, 'index_point', 'business climate in building construction', 'decrease', None, None, IFEB, INSEE),
        ('79.6%', 1, 79.6, 'percent', 'capacity utilisation rate in manufacturing', 'decrease', None, None, IJAN, INSEE),
        ('80.3%', 1, 80.3, 'percent', 'capacity utilisation rate in manufacturing', None, None, None, per('in October', 2025, 10), INSEE),
        ('98', 2, 98, 'index_point', 'employment climate indicator', None, None, None, IFEB, INSEE),
        ('one point', 2, 1, 'index_point', 'employment climate indicator revision', 'decrease', None, None, JANS, INSEE),
        ('10,000', 1, 10000, 'count', 'companies surveyed', None, None, 'approximately', P('between Jan. 27 and Feb. 16', '2026-01-27', '2026-02-16'), INSEE),
    ],
    'trading_economics_style_turkey_inflation_monthly.txt': [
        ('30.2%', 1, 30.2, 'percent', 'Turkey inflation rate', 'decrease', None, None, None, None),
        ('30.2%', 2, 30.2, 'percent', 'annual inflation rate in Turkey', 'decrease', 'year_on_year', None, TJ26, TSI),
        ('30.9%', 1, 30.9, 'percent', 'annual inflation rate in Turkey', None, 'year_on_year', None, TDEC, TSI),
        ('29.8%', 1, 29.8, 'percent', 'annual inflation rate in Turkey', None, 'year_on_year', None, TJ26, None),
        ('55.1%', 1, 55.1, 'percent', 'prices of housing & utilities', 'decrease', 'year_on_year', None, TJ26, TSI),
        ('58.4%', 1, 58.4, 'percent', 'prices of housing & utilities', None, 'year_on_year', None, TDEC, TSI),
        ('61.0%', 1, 61.0, 'percent', 'prices of education', 'decrease', 'year_on_year', None, TJ26, TSI),
        ('64.8%', 1, 64.8, 'percent', 'prices of education', None, 'year_on_year', None, TDEC, TSI),
        ('27.3%', 1, 27.3, 'percent', 'prices of food & non-alcoholic beverages', 'decrease', 'year_on_year', None, TJ26, TSI),
        ('29.0%', 1, 29.0, 'percent', 'prices of food & non-alcoholic beverages', None, 'year_on_year', None, TDEC, TSI),
        ('24.6%', 1, 24.6, 'percent', 'transport costs', 'increase', 'year_on_year', None, TJ26, TSI),
        ('22.9%', 1, 22.9, 'percent', 'transport costs', None, 'year_on_year', None, TDEC, TSI),
        ('4.6%', 1, 4.6, 'percent', 'consumer prices', 'increase', 'month_on_month', None, TJAN, TSI),
        ('0.9%', 1, 0.9, 'percent', 'consumer prices', 'increase', 'month_on_month', None, TDEC, TSI),
        ('30.0%', 1, 30.0, 'percent', 'annual core inflation', 'decrease', 'year_on_year', None, TJAN, TSI),
        ('16%', 1, 16, 'percent', 'inflation target', None, None, None, P('by the end of 2026', '2026-12-31', '2026-12-31'), CBRT),
        ('13%', 1, 13, 'percent', 'inflation target range', None, None, None, P('by the end of 2026', '2026-12-31', '2026-12-31'), CBRT),
        ('19%', 1, 19, 'percent', 'inflation target range', None, None, None, P('by the end of 2026', '2026-12-31', '2026-12-31'), CBRT),
        ('100 basis points', 1, 100, 'basis_point', 'policy rate', 'decrease', None, None, TJAN, CBRT),
        ('37%', 1, 37, 'percent', 'policy rate', 'decrease', None, None, TJAN, CBRT),
        ('55 percentage points', 1, 55, 'percentage_point', 'annual inflation', 'decrease', None, 'more_than', P('in October 2022', '2022-10-01', '2026-01-31'), TSI),
        ('85.5%', 1, 85.5, 'percent', 'annual inflation record high', None, 'year_on_year', None, per('in October 2022', 2022, 10), TSI),
        ('38.64 percent', 1, 38.64, 'percent', 'Inflation Rate in Turkey average', None, None, None, P('from 1965 until 2026', '1965-01-01', '2026-12-31'), TSI),
        ('138.00 percent', 1, 138.00, 'percent', 'Inflation Rate in Turkey all time high', None, None, None, per('in June 1980', 1980, 6), TSI),
        ('0.30 percent', 1, 0.30, 'percent', 'Inflation Rate in Turkey record low', None, None, None, per('in August 1965', 1965, 8), TSI),
        ('27.50 percent', 1, 27.50, 'percent', 'Inflation Rate in Turkey', None, None, None, P('by the end of this quarter', '2026-03-31', '2026-03-31'), TE),
        ('24.00 percent', 1, 24.00, 'percent', 'Turkey Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('18.00 percent', 1, 18.00, 'percent', 'Turkey Inflation Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_usdjpy_tokyo_cpi_boj.txt': [
        ('0.5%', 1, 0.5, 'percent', 'USD/JPY', 'decrease', None, None, ET, None),
        ('149.38', 1, 149.38, 'JPY', 'USD/JPY', 'decrease', None, None, ET, None),
        ('0.3%', 1, 0.3, 'percent', 'EUR/JPY', 'decrease', None, None, ET, None),
        ('161.92', 1, 161.92, 'JPY', 'EUR/JPY', 'decrease', None, None, ET, None),
        ('1.1%', 1, 1.1, 'percent', 'USD/JPY', 'decrease', None, 'approximately', P('so far this week', '2026-02-23', '2026-02-27'), None),
        ('4 basis points', 1, 4, 'basis_point', '10-year Japanese government bond yield', 'increase', None, None, None, None),
        ('2.18%', 1, 2.18, 'percent', '10-year Japanese government bond yield', 'increase', None, None, None, None),
        ('1.31%', 1, 1.31, 'percent', 'two-year yield', 'increase', None, None, None, None),
        ('2.3%', 1, 2.3, 'percent', "Tokyo's core consumer price index", 'increase', 'year_on_year', None, XFEB, MIC),
        ('2.0%', 1, 2.0, 'percent', "Tokyo's core consumer price index", None, 'year_on_year', None, per('in January', 2026, 1), MIC),
        ('2.1%', 1, 2.1, 'percent', "Tokyo's core consumer price index", None, 'year_on_year', None, XFEB, None),
        ('2.4%', 1, 2.4, 'percent', 'core-core gauge', 'increase', 'year_on_year', None, XFEB, MIC),
        ('2.2%', 1, 2.2, 'percent', 'headline inflation in the capital', None, 'year_on_year', None, XFEB, MIC),
        ('2.9%', 1, 2.9, 'percent', 'goods prices', 'increase', None, None, per('In February', 2026, 2), MIC),
        ('1.5%', 1, 1.5, 'percent', 'services prices', 'increase', None, None, per('In February', 2026, 2), MIC),
        ('5.8%', 1, 5.8, 'percent', 'prices of food excluding fresh items', 'increase', None, None, per('In February', 2026, 2), MIC),
        ('62%', 1, 62, 'percent', 'probability of a 25 basis point hike', 'increase', None, 'approximately', MEET, None),
        ('25 basis point', 1, 25, 'basis_point', 'BOJ rate hike', 'increase', None, None, MEET, None),
        ('1.0%', 1, 1.0, 'percent', 'policy rate', 'increase', None, None, MEET, None),
        ('45%', 1, 45, 'percent', 'probability of a 25 basis point hike', None, None, 'approximately', P('a week earlier', '2026-02-20', '2026-02-20'), None),
        ('0.75%', 1, 0.75, 'percent', 'policy rate', 'increase', None, None, per('in December', 2025, 12), BOJ),
    ],
    'business_standard_style_fertiliser_imports_urea_dap.txt': [
        ('double', 1, 2, 'times', 'urea imports', 'increase', None, 'approximately', P('in Apr-Nov', '2025-04-01', '2025-11-30'), None),
        ('7.9 mt', 1, 7.9e6, 'tonne', 'urea imports', 'increase', None, None, P('in Apr-Nov', '2025-04-01', '2025-11-30'), None),
        ('94 per cent', 1, 94, 'percent', "India's urea imports", 'increase', 'year_on_year', None, AN, DOF),
        ('7.92 million tonnes', 1, 7.92e6, 'tonne', "India's urea imports", 'increase', None, None, AN, DOF),
        ('4.86 mt', 1, 4.86e6, 'tonne', 'imports of di-ammonium phosphate', None, None, None, EIGHT, DOF),
        ('18.3 per cent', 1, 18.3, 'percent', 'imports of di-ammonium phosphate', 'increase', 'year_on_year', None, EIGHT, DOF),
        ('4.11 mt', 1, 4.11e6, 'tonne', 'imports of di-ammonium phosphate', None, None, None, P('in the corresponding period of FY25', '2024-04-01', '2024-11-30'), DOF),
        ('18.4 lakh tonnes', 1, 1.84e6, 'tonne', 'imports of muriate of potash', None, None, None, EIGHT, DOF),
        ('21.7 lakh tonnes', 1, 2.17e6, 'tonne', 'imports of complex fertilisers', None, None, None, EIGHT, DOF),
        ('14.6 lakh tonnes', 1, 1.46e6, 'tonne', 'urea imports', None, None, None, BNOV, DOF),
        ('6.2 lakh tonnes', 1, 6.2e5, 'tonne', 'urea imports', None, None, None, per('a year ago', 2024, 11), DOF),
        ('9 per cent', 1, 9, 'percent', 'DAP arrivals', 'decrease', 'year_on_year', None, per('in the month', 2025, 11), DOF),
        ('5.3 lakh tonnes', 1, 5.3e5, 'tonne', 'DAP arrivals', 'decrease', None, None, per('in the month', 2025, 11), DOF),
        ('$395', 1, 395, 'USD', 'landed price of urea', None, None, None, NOV, DOF),
        ('405', 1, 405, 'USD', 'landed price of urea', None, None, None, NOV, DOF),
        ('$340', 1, 340, 'USD', 'landed price of urea', None, None, 'approximately', per('a year earlier', 2024, 11), DOF),
        ('$800', 1, 800, 'USD', 'DAP price', None, None, None, NOV, DOF),
        ('2.4 per cent', 1, 2.4, 'percent', 'domestic urea production', 'decrease', 'year_on_year', None, P('during April-November', '2025-04-01', '2025-11-30'), DOF),
        ('19.8 mt', 1, 19.8e6, 'tonne', 'domestic urea production', 'decrease', None, None, P('during April-November', '2025-04-01', '2025-11-30'), DOF),
        ('three', 1, 3, 'count', 'gas-based plants shut for maintenance', None, None, None, P('during April-November', '2025-04-01', '2025-11-30'), DOF),
        ('₹1.42 trillion', 1, 1.42e12, 'INR', 'subsidy payouts on fertilisers', None, None, None, P('so far in FY26', '2025-04-01', '2025-12-23'), MOF),
        ('₹2.1 trillion', 1, 2.1e12, 'INR', 'full-year outlay on fertiliser subsidies', None, None, 'more_than', FULL, None),
        ('₹1,67,887 crore', 1, 1.67887e12, 'INR', 'budget estimate for fertiliser subsidies', None, None, None, FULL, None),
    ],
    'eu_energy_style_gas_prices_ttf_winter_risk.txt': [
        ('38.6 €/MWh', 1, 38.6, 'EUR', 'TTF front-month contract', None, None, None, Q1, None),
        ('12%', 1, 12, 'percent', 'TTF front-month contract', 'decrease', 'quarter_on_quarter', None, Q1, None),
        ('19%', 1, 19, 'percent', 'TTF front-month contract', 'decrease', 'year_on_year', None, Q1, None),
        ('47.9 €/MWh', 1, 47.9, 'EUR', 'TTF front-month contract', None, None, None, P('on 9 January', '2026-01-09', '2026-01-09'), None),
        ('31.2 €/MWh', 1, 31.2, 'EUR', 'TTF front-month contract', 'decrease', None, None, P('by the end of March', '2026-03-31', '2026-03-31'), None),
        ('62 bcm', 1, 62e9, 'cubic metre', 'net withdrawals from EU storage', None, None, None, WIN, GIE),
        ('8%', 1, 8, 'percent', 'net withdrawals from EU storage', 'increase', 'year_on_year', None, WIN, GIE),
        ('28%', 1, 28, 'percent', 'EU storage filling level', None, None, None, P('on 31 March', '2026-03-31', '2026-03-31'), GIE),
        ('34%', 1, 34, 'percent', 'EU storage filling level', None, None, None, P('a year earlier', '2025-03-31', '2025-03-31'), GIE),
        ('24%', 1, 24, 'percent', 'storage filling level in Germany', None, None, None, EQ, GIE),
        ('19%', 2, 19, 'percent', 'storage filling level in the Netherlands', None, None, None, EQ, GIE),
        ('38.4 bcm', 1, 38.4e9, 'cubic metre', 'LNG send-out from EU terminals', None, None, None, IQ1, GIE),
        ('6%', 1, 6, 'percent', 'LNG send-out from EU terminals', 'increase', 'year_on_year', None, IQ1, GIE),
        ('57%', 1, 57, 'percent', 'United States share of LNG cargoes', None, None, None, IQ1, GIE),
        ('12%', 2, 12, 'percent', 'Qatar share of LNG cargoes', None, None, None, IQ1, GIE),
        ('11%', 1, 11, 'percent', 'Russia share of LNG cargoes', None, None, None, IQ1, GIE),
        ('24.1 bcm', 1, 24.1e9, 'cubic metre', 'pipeline imports from Norway', None, None, None, IQ1, GIE),
        ('33 €/MWh', 1, 33, 'EUR', 'year-ahead (Cal-27) contracts', None, None, 'approximately', EMAR, GIE),
        ('2', 1, 2, 'EUR', 'Cal-27 premium over the front month', None, None, None, EMAR, GIE),
        ('3 €/MWh', 1, 3, 'EUR', 'Cal-27 premium over the front month', None, None, None, EMAR, GIE),
        ('90%', 1, 90, 'percent', 'EU storage filling target', None, None, None, P('before 1 November', '2026-11-01', '2026-11-01'), None),
        ('55 bcm', 1, 55e9, 'cubic metre', 'gas storage injections needed', None, None, 'approximately', SEASON, ACER),
        ('10 bcm', 1, 10e9, 'cubic metre', 'gas storage injections needed', 'increase', 'year_on_year', 'approximately', SEASON, ACER),
    ],
    'nbs_style_dairy_poultry_output.txt': [
        ('3.1 Percent', 1, 3.1, 'percent', 'milk output', 'increase', None, None, P('in the First Three Quarters of 2024', '2024-01-01', '2024-09-30'), None),
        ('28.93 million tonnes', 1, 28.93e6, 'tonne', 'output of cow milk', None, None, None, F3, NBS),
        ('3.1 percent', 1, 3.1, 'percent', 'output of cow milk', 'increase', 'year_on_year', None, F3, NBS),
        ('25.89 million tonnes', 1, 25.89e6, 'tonne', 'output of poultry eggs', None, None, None, F3, NBS),
        ('0.8 percent', 1, 0.8, 'percent', 'output of poultry eggs', 'increase', 'year_on_year', None, F3, NBS),
        ('18.64 million tonnes', 1, 18.64e6, 'tonne', 'output of poultry meat', None, None, None, JS, NBS),
        ('4.7 percent', 1, 4.7, 'percent', 'output of poultry meat', 'increase', 'year_on_year', None, JS, NBS),
        ('5.22 million tonnes', 1, 5.22e6, 'tonne', 'output of beef', None, None, None, JS, NBS),
        ('3.70 million tonnes', 1, 3.70e6, 'tonne', 'output of mutton', None, None, None, JS, NBS),
        ('3.5 percent', 1, 3.5, 'percent', 'output of beef', 'increase', 'year_on_year', None, JS, NBS),
        ('2.6 percent', 1, 2.6, 'percent', 'output of mutton', 'decrease', 'year_on_year', None, JS, NBS),
        ('25.3 percent', 1, 25.3, 'percent', 'poultry meat share of total meat output', None, None, None, JS, NBS),
        ('0.8 percentage points', 1, 0.8, 'percentage_point', 'poultry meat share of total meat output', 'increase', 'year_on_year', None, JS, NBS),
        ('3.9 percent', 1, 3.9, 'percent', 'poultry meat output', 'increase', 'year_on_year', None, Q3, NBS),
        ('6.47 million tonnes', 1, 6.47e6, 'tonne', 'poultry meat output', 'increase', None, None, Q3, NBS),
        ('0.5 percent', 1, 0.5, 'percent', 'egg output', 'increase', 'year_on_year', None, Q3, NBS),
        ('8.61 million tonnes', 1, 8.61e6, 'tonne', 'egg output', 'increase', None, None, Q3, NBS),
        ('6.31 million heads', 1, 6.31e6, 'count', 'number of dairy cows on hand', None, None, None, ESEP, NBS),
        ('4.2 percent', 1, 4.2, 'percent', 'number of dairy cows on hand', 'decrease', 'year_on_year', None, ESEP, NBS),
        ('1.22 billion', 1, 1.22e9, 'count', 'number of layer hens in stock', None, None, None, ESEP, NBS),
        ('12.86 billion', 1, 12.86e9, 'count', 'poultry slaughtered', None, None, None, JS, NBS),
        ('5.1 percent', 1, 5.1, 'percent', 'poultry slaughtered', 'increase', 'year_on_year', None, JS, NBS),
        ('3.21 yuan', 1, 3.21, 'CNY', 'average purchase price of raw milk in major producing provinces', None, None, None, per('in September', 2024, 9), MARA),
        ('13.0 percent', 1, 13.0, 'percent', 'average purchase price of raw milk in major producing provinces', 'decrease', 'year_on_year', None, per('in September', 2024, 9), MARA),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
