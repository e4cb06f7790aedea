# ruff: noqa: E501, RUF001
"""Write corpus/annotated_32/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_32.py corpus/annotated_32
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
BMWI = "Federal Ministry of Economics"
MNB = "Magyar Nemzeti Bank"
KSH = "Hungarian Central Statistical Office"
ADOBE = "Adobe"
NRF = "National Retail Federation"
STATCAN = "Statistics Canada"
BBG = "Bloomberg"
BOC = "Bank of Canada"
INEGI = "National Institute of Statistics and Geography"
BANXICO = "Bank of Mexico"
TE = "Trading Economics"
SARB = "South African Reserve Bank"
STATSSA = "Statistics South Africa"
SPG = "S&P Global"
GOI = "Government of India"
MOF = "Ministry of Finance"
RBI = "Reserve Bank of India"
EUROSTAT = "Eurostat"
GDC = "Guangdong Branch of the General Administration of Customs"

# 3201 ONS FDI (ref Monday 2025-12-08)
E24 = P("at the end of 2024", "2024-12-31", "2024-12-31")
E23 = P("at the end of 2023", "2023-12-31", "2023-12-31")
Y24 = Y("in 2024", 2024)
# 3202 Reuters 1987 (ref Tuesday 1987-04-07)
FEB = per("in February", 1987, 2)
JAN = per("in January", 1987, 1)
JF = P("In January and February", "1987-01-01", "1987-02-28")
# 3203 Reuters 2025 (ref Tuesday 2025-11-18)
TUE = P("on Tuesday", "2025-11-18", "2025-11-18")
HOCT = per("in October", 2025, 10)
HSEP = per("in September", 2025, 9)
# 3204 CNBC (ref Tuesday 2025-12-02)
CM = P("Cyber Monday", "2025-12-01", "2025-12-01")
OCM = P("on Cyber Monday", "2025-12-01", "2025-12-01")
CW = P("Over Cyber Week", "2025-11-27", "2025-12-01")
CWA = P("Cyber Week", "2025-11-27", "2025-12-01")
WKD = P("over the five-day weekend", "2025-11-27", "2025-12-01")
ND = P("November and December", "2025-11-01", "2025-12-31")
# 3205 MT Newswires (ref Friday 2025-11-21)
CSEP = per("in September", 2025, 9)
OCT29 = P("on Oct. 29", "2025-10-29", "2025-10-29")
# 3206 Trading Economics (ref Friday 2025-11-21)
IQ3 = Q("in Q3", 2025, 3)
IQ2 = Q("in Q2", 2025, 2)
INQ3 = Q("In Q3", 2025, 3)
FY25M = Y("2025", 2025)
# 3207 Investing.com (ref Thursday 2025-11-20)
ET = P("By 10:25 ET", None, None)
THU = P("on Thursday", "2025-11-20", "2025-11-20")
S2000 = P("since 2000", "2000-01-01", "2025-11-20")
ZOCT = per("in October", 2025, 10)
# 3208 Business Standard (ref Wednesday 2025-11-05)
BOCT = per("in October", 2025, 10)
BSEP = per("in September", 2025, 9)
H1 = P("In the first half of FY26 (April-September)", "2025-04-01", "2025-09-30")
# 3209 DG ENER (ref Thursday 2025-12-18)
Q3P = Q("In the third quarter of 2025", 2025, 3)
INQ = Q("in the quarter", 2025, 3)
JS = P("over July-September", "2025-07-01", "2025-09-30")
TQ = Q("in the third quarter", 2025, 3)
Q325 = Q("in Q3-2025", 2025, 3)
# 3210 Guangdong customs (ref Thursday 2025-11-20)
JO = P("From January to October this year", "2025-01-01", "2025-10-31")
F10 = P("In the first ten months", "2025-01-01", "2025-10-31")
F10B = P("in the first ten months", "2025-01-01", "2025-10-31")
GOCT = per("In October", 2025, 10)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_fdi_uk_companies.txt': [
        ('£1,942.7 billion', 1, 1942.7e9, 'GBP', 'outward FDI positions', 'increase', None, None, E24, None),
        ('3.8%', 1, 3.8, 'percent', 'outward FDI positions', 'increase', 'year_on_year', None, E24, None),
        ('£1,871.6 billion', 1, 1871.6e9, 'GBP', 'outward FDI positions', None, None, None, E23, None),
        ('£2,614.3 billion', 1, 2614.3e9, 'GBP', 'inward FDI positions', None, None, None, E24, None),
        ('£98.5 billion', 1, 98.5e9, 'GBP', 'inward FDI positions', 'increase', 'year_on_year', None, E24, None),
        ('6.2%', 1, 6.2, 'percent', 'earnings from outward FDI', 'decrease', None, None, Y24, None),
        ('£128.4 billion', 1, 128.4e9, 'GBP', 'earnings from outward FDI', 'decrease', None, None, Y24, None),
        ('£104.9 billion', 1, 104.9e9, 'GBP', 'earnings on inward FDI', None, None, None, Y24, None),
        ('£21.3 billion', 1, 21.3e9, 'GBP', 'net outward FDI flows', 'decrease', None, None, Y24, ONS),
        ('£37.0 billion', 1, 37.0e9, 'GBP', 'net outward FDI flows', None, None, None, Y('in 2023', 2023), ONS),
        ('-£6.8 billion', 1, -6.8e9, 'GBP', 'net inward flows', 'decrease', None, None, Y24, ONS),
        ('24.5%', 1, 24.5, 'percent', 'United States share of outward positions', None, None, None, E24, ONS),
        ('9.8%', 1, 9.8, 'percent', 'Netherlands share of outward positions', None, None, None, E24, ONS),
        ('7.1%', 1, 7.1, 'percent', 'Luxembourg share of outward positions', None, None, None, E24, ONS),
        ('1.9%', 1, 1.9, 'percent', 'positions held in the European Union', 'decrease', None, None, E24, ONS),
        ('£586.2 billion', 1, 586.2e9, 'GBP', 'positions held in the European Union', 'decrease', None, None, E24, ONS),
        ('a third', 1, 0.3333, 'fraction', 'United States investors share of inward positions', None, None, 'approximately', None, ONS),
        ('£846.1 billion', 1, 846.1e9, 'GBP', 'inward positions held by investors based in the United States', None, None, None, None, ONS),
        ('£1,013.7 billion', 1, 1013.7e9, 'GBP', 'inward positions held by investors from EU countries', None, None, None, None, ONS),
        ('6.6%', 1, 6.6, 'percent', 'rate of return on outward FDI', None, None, None, Y24, ONS),
        ('0.7 percentage points', 1, 0.7, 'percentage_point', 'rate of return on outward FDI', 'decrease', 'year_on_year', None, Y24, ONS),
        ('4.0%', 1, 4.0, 'percent', 'rate of return on inward FDI', None, None, None, Y24, ONS),
        ('£14.2 billion', 1, 14.2e9, 'GBP', 'outward position revision', 'increase', None, None, Y('for 2023', 2023), ONS),
        ('8,600', 1, 8600, 'count', 'businesses sampled by the Annual Foreign Direct Investment survey', None, None, 'approximately', Y24, ONS),
    ],
    'wire_1987_west_german_industrial_orders.txt': [
        ('1.8 PCT', 1, 1.8, 'percent', 'West German industrial orders', 'decrease', None, None, per('IN FEBRUARY', 1987, 2), None),
        ('1.8 pct', 1, 1.8, 'percent', 'West German manufacturing orders', 'decrease', 'month_on_month', None, FEB, BMWI),
        ('2.4 pct', 1, 2.4, 'percent', 'West German manufacturing orders', 'increase', 'month_on_month', None, JAN, BMWI),
        ('2.9 pct', 1, 2.9, 'percent', 'West German manufacturing orders', 'increase', 'month_on_month', None, per('January', 1987, 1), BMWI),
        ('4.3 pct', 1, 4.3, 'percent', 'foreign orders', 'decrease', 'month_on_month', None, FEB, BMWI),
        ('0.2 pct', 1, 0.2, 'percent', 'domestic orders', 'decrease', 'month_on_month', None, FEB, BMWI),
        ('2.6 pct', 1, 2.6, 'percent', 'orders', 'decrease', 'year_on_year', None, JF, BMWI),
        ('6.1 pct', 1, 6.1, 'percent', 'foreign orders', 'decrease', 'year_on_year', None, JF, BMWI),
        ('0.4 pct', 1, 0.4, 'percent', 'domestic orders', 'decrease', 'year_on_year', None, JF, BMWI),
        ('124.7', 1, 124.7, 'index_point', 'seasonally adjusted volume index of orders', None, None, None, FEB, BMWI),
        ('127.0', 1, 127.0, 'index_point', 'seasonally adjusted volume index of orders', None, None, None, JAN, BMWI),
        ('129.5', 1, 129.5, 'index_point', 'seasonally adjusted volume index of orders', None, None, None, per('in February 1986', 1986, 2), BMWI),
        ('3.2 pct', 1, 3.2, 'percent', 'basic goods orders', 'decrease', 'month_on_month', None, FEB, BMWI),
        ('1.6 pct', 1, 1.6, 'percent', 'capital goods orders', 'decrease', 'month_on_month', None, FEB, BMWI),
        ('0.9 pct', 1, 0.9, 'percent', 'consumer goods orders', 'decrease', 'month_on_month', None, FEB, BMWI),
        ('49.8 billion marks', 1, 49.8e9, 'DEM', 'unadjusted orders', None, None, None, FEB, BMWI),
        ('52.1 billion', 1, 52.1e9, 'DEM', 'unadjusted orders', None, None, None, per('a year earlier', 1986, 2), BMWI),
        ('30 pct', 1, 30, 'percent', 'mark against the dollar', 'increase', None, 'approximately', P('since the start of 1986', '1986-01-01', '1987-04-07'), BMWI),
        ('1.8265 marks', 1, 1.8265, 'DEM', 'dollar in Frankfurt', 'increase', None, None, P('on Monday', '1987-04-06', '1987-04-06'), BMWI),
        ('1.8190', 1, 1.8190, 'DEM', 'dollar in Frankfurt', None, None, None, P('on Friday', '1987-04-03', '1987-04-03'), BMWI),
    ],
    'wire_2025_hungary_rate_decision.txt': [
        ('6.50%', 1, 6.50, 'percent', 'base rate', None, None, None, None, MNB),
        ('6.50%', 2, 6.50, 'percent', 'base rate', None, None, None, TUE, MNB),
        ('19', 1, 19, 'count', 'analysts in a Reuters poll', None, None, None, TUE, 'Reuters'),
        ('7.50%', 1, 7.50, 'percent', 'overnight collateralised lending rate', None, None, None, None, MNB),
        ('5.50%', 1, 5.50, 'percent', 'overnight deposit rate', None, None, None, None, MNB),
        ('4.3%', 1, 4.3, 'percent', 'annual inflation', 'decrease', 'year_on_year', None, HOCT, KSH),
        ('4.6%', 1, 4.6, 'percent', 'annual inflation', None, 'year_on_year', None, HSEP, KSH),
        ('3%', 1, 3, 'percent', 'inflation target', None, None, None, None, MNB),
        ('1 percentage point', 1, 1, 'percentage_point', 'inflation target tolerance band', None, None, None, None, MNB),
        ('4.7%', 1, 4.7, 'percent', 'core inflation', 'decrease', 'year_on_year', None, HOCT, KSH),
        ('4.9%', 1, 4.9, 'percent', 'core inflation', None, 'year_on_year', None, HSEP, KSH),
        ('0.6%', 1, 0.6, 'percent', "Hungary's economy", 'increase', 'year_on_year', None, Q('in the third quarter', 2025, 3), KSH),
        ('4.5%', 1, 4.5, 'percent', 'average inflation', None, None, None, Y('in 2025', 2025), MNB),
        ('3.4%', 1, 3.4, 'percent', 'average inflation', None, None, None, Y('in 2026', 2026), MNB),
        ('4.2%', 1, 4.2, 'percent', 'average inflation', None, None, None, Y('in 2026', 2026), MNB),
        ('650 basis points', 1, 650, 'basis_point', 'base rate', 'decrease', None, None, P('between May 2023 and September 2024', '2023-05-01', '2024-09-30'), MNB),
        ('25 basis points', 1, 25, 'basis_point', 'rate cut', 'decrease', None, None, Q('in the second quarter of 2026', 2026, 2), 'Reuters'),
        ('0.3%', 1, 0.3, 'percent', 'forint', 'increase', None, None, TUE, KSH),
        ('385.40', 1, 385.40, 'HUF', 'forint per euro', 'increase', None, None, TUE, KSH),
        ('6%', 1, 6, 'percent', 'forint', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-11-18'), KSH),
    ],
    'cnbc_style_holiday_online_spending.txt': [
        ('$14.6 billion', 1, 14.6e9, 'USD', 'online spending', None, None, None, CM, ADOBE),
        ('$14.6 billion', 2, 14.6e9, 'USD', 'online spending', None, None, None, OCM, ADOBE),
        ('9.1%', 1, 9.1, 'percent', 'online spending', 'increase', 'year_on_year', None, OCM, ADOBE),
        ('1 trillion', 1, 1e12, 'count', 'visits to U.S. retail websites tracked by Adobe Analytics', None, None, 'more_than', OCM, ADOBE),
        ('$14.2 billion', 1, 14.2e9, 'USD', 'online spending', None, None, None, CM, ADOBE),
        ('$11.8 billion', 1, 11.8e9, 'USD', 'online sales', None, None, None, P('Black Friday', '2025-11-28', '2025-11-28'), ADOBE),
        ('8.3%', 1, 8.3, 'percent', 'online sales', 'increase', 'year_on_year', None, P('Black Friday', '2025-11-28', '2025-11-28'), ADOBE),
        ('$6.4 billion', 1, 6.4e9, 'USD', 'online sales', None, None, None, P('Thanksgiving Day', '2025-11-27', '2025-11-27'), ADOBE),
        ('$44.2 billion', 1, 44.2e9, 'USD', 'online spending', None, None, None, CW, ADOBE),
        ('7.7%', 1, 7.7, 'percent', 'online spending', 'increase', 'year_on_year', None, CW, ADOBE),
        ('57.4%', 1, 57.4, 'percent', 'mobile devices share of online sales', None, None, None, CWA, ADOBE),
        ('2.2 percentage points', 1, 2.2, 'percentage_point', 'mobile devices share of online sales', 'increase', 'year_on_year', None, CWA, ADOBE),
        ('$1.2 billion', 1, 1.2e9, 'USD', 'buy now, pay later spending', None, None, None, OCM, ADOBE),
        ('10.6%', 1, 10.6, 'percent', 'buy now, pay later spending', 'increase', 'year_on_year', None, OCM, ADOBE),
        ('28%', 1, 28, 'percent', 'discounts on electronics', None, None, 'up_to', None, ADOBE),
        ('24%', 1, 24, 'percent', 'peak discounts on electronics', None, None, None, Y('last year', 2024), ADOBE),
        ('26%', 1, 26, 'percent', 'discounts on toys', None, None, None, None, ADOBE),
        ('202.9 million', 1, 202.9e6, 'count', 'people who shopped in stores or online', None, None, None, WKD, NRF),
        ('5.1 million', 1, 5.1e6, 'count', 'people who shopped in stores or online', 'increase', 'year_on_year', None, WKD, NRF),
        ('3.6%', 1, 3.6, 'percent', 'sales', 'increase', None, None, ND, NRF),
        ('4.1%', 1, 4.1, 'percent', 'sales', 'increase', None, None, ND, NRF),
        ('$1 trillion', 1, 1e12, 'USD', 'sales', None, None, 'more_than', ND, NRF),
    ],
    'mt_newswires_canada_retail_sales.txt': [
        ('0.7%', 1, 0.7, 'percent', 'Canadian retail sales', 'decrease', None, None, CSEP, None),
        ('0.7%', 2, 0.7, 'percent', 'Canadian retail sales', 'decrease', 'month_on_month', None, CSEP, STATCAN),
        ('C$69.4 billion', 1, 69.4e9, 'CAD', 'Canadian retail sales', 'decrease', None, None, CSEP, STATCAN),
        ('1.0%', 1, 1.0, 'percent', 'Canadian retail sales', 'increase', 'month_on_month', None, per('in August', 2025, 8), STATCAN),
        ('0.6%', 1, 0.6, 'percent', 'retail sales', 'decrease', 'month_on_month', None, CSEP, BBG),
        ('six', 1, 6, 'count', 'subsectors with lower sales', None, None, None, CSEP, STATCAN),
        ('2.9%', 1, 2.9, 'percent', 'sales at motor vehicle and parts dealers', 'decrease', None, None, CSEP, STATCAN),
        ('0.2%', 1, 0.2, 'percent', 'core retail sales', 'decrease', None, None, CSEP, STATCAN),
        ('0.9%', 1, 0.9, 'percent', 'retail sales in volume terms', 'decrease', None, None, CSEP, STATCAN),
        ('3.8%', 1, 3.8, 'percent', 'retail sales', 'increase', 'year_on_year', None, CSEP, STATCAN),
        ('1.6%', 1, 1.6, 'percent', 'e-commerce sales', 'decrease', None, None, CSEP, STATCAN),
        ('C$4.1 billion', 1, 4.1e9, 'CAD', 'e-commerce sales', 'decrease', None, None, CSEP, STATCAN),
        ('5.9%', 1, 5.9, 'percent', 'e-commerce share of total retail trade', None, None, None, CSEP, STATCAN),
        ('seven', 1, 7, 'count', 'provinces with lower sales', None, None, None, CSEP, STATCAN),
        ('-1.2%', 1, -1.2, 'percent', 'sales in Ontario', 'decrease', None, None, CSEP, STATCAN),
        ('0.4%', 1, 0.4, 'percent', 'sales in Quebec', 'increase', None, None, CSEP, STATCAN),
        ('1.1%', 1, 1.1, 'percent', 'sales', 'increase', 'month_on_month', None, per('in October', 2025, 10), STATCAN),
        ('25 basis points', 1, 25, 'basis_point', 'policy rate', 'decrease', None, None, OCT29, BOC),
        ('2.25%', 1, 2.25, 'percent', 'policy rate', 'decrease', None, None, OCT29, BOC),
        ('70.92 U.S. cents', 1, 0.7092, 'USD', 'loonie', None, None, None, None, STATCAN),
    ],
    'trading_economics_style_mexico_gdp_growth.txt': [
        ('0.3%', 1, 0.3, 'percent', 'Mexico GDP', 'decrease', None, None, IQ3, None),
        ('0.3%', 2, 0.3, 'percent', 'Mexican economy', 'decrease', 'quarter_on_quarter', None, Q('in the third quarter of 2025', 2025, 3), INEGI),
        ('0.7%', 1, 0.7, 'percent', 'Mexican economy', 'increase', 'quarter_on_quarter', None, IQ2, INEGI),
        ('1.5%', 1, 1.5, 'percent', 'industrial sector', 'decrease', 'quarter_on_quarter', None, INQ3, INEGI),
        ('-3.4%', 1, -3.4, 'percent', 'mining', 'decrease', 'quarter_on_quarter', None, INQ3, INEGI),
        ('-2.1%', 1, -2.1, 'percent', 'construction', 'decrease', 'quarter_on_quarter', None, INQ3, INEGI),
        ('0.1%', 1, 0.1, 'percent', 'services', 'increase', 'quarter_on_quarter', None, INQ3, INEGI),
        ('2.8%', 1, 2.8, 'percent', 'agriculture', 'increase', 'quarter_on_quarter', None, INQ3, INEGI),
        ('0.1%', 2, 0.1, 'percent', 'economy', 'decrease', 'year_on_year', None, IQ3, INEGI),
        ('0.4%', 1, 0.4, 'percent', 'economy', 'increase', 'year_on_year', None, IQ2, INEGI),
        ('0.2%', 1, 0.2, 'percent', 'GDP', 'increase', 'year_on_year', None, P('the first nine months of the year', '2025-01-01', '2025-09-30'), INEGI),
        ('0.5%', 1, 0.5, 'percent', 'growth', 'decrease', None, None, FY25M, BANXICO),
        ('0.6%', 1, 0.6, 'percent', 'growth', None, None, None, FY25M, BANXICO),
        ('1.2%', 1, 1.2, 'percent', 'growth', 'increase', None, None, Y('in 2026', 2026), BANXICO),
        ('0.52 percent', 1, 0.52, 'percent', "Mexico's quarter-on-quarter GDP growth rate average", None, None, None, P('Between 1981 and 2025', '1981-01-01', '2025-12-31'), INEGI),
        ('21.60 percent', 1, 21.60, 'percent', "Mexico's quarter-on-quarter GDP growth rate all-time high", None, None, None, Q('in the third quarter of 2020', 2020, 3), INEGI),
        ('-17.80 percent', 1, -17.80, 'percent', "Mexico's quarter-on-quarter GDP growth rate record low", 'decrease', None, None, Q('in the second quarter of 2020', 2020, 2), INEGI),
        ('0.20 percent', 1, 0.20, 'percent', "Mexico's GDP Growth Rate", None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('0.40 percent', 1, 0.40, 'percent', 'Mexico GDP Growth Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('0.50 percent', 1, 0.50, 'percent', 'Mexico GDP Growth Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_usdzar_sarb.txt': [
        ('3%', 1, 3, 'percent', 'inflation target', None, None, None, None, SARB),
        ('0.6%', 1, 0.6, 'percent', 'USD/ZAR', 'decrease', None, None, ET, None),
        ('17.1840', 1, 17.1840, 'ZAR', 'USD/ZAR', 'decrease', None, None, ET, None),
        ('0.4%', 1, 0.4, 'percent', 'EUR/ZAR', 'decrease', None, None, ET, None),
        ('19.8710', 1, 19.8710, 'ZAR', 'EUR/ZAR', 'decrease', None, None, ET, None),
        ('9%', 1, 9, 'percent', 'rand', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-11-20'), None),
        ('25 basis points', 1, 25, 'basis_point', 'repo rate', 'decrease', None, None, THU, SARB),
        ('6.75%', 1, 6.75, 'percent', 'repo rate', 'decrease', None, None, THU, SARB),
        ('four', 1, 4, 'count', 'Monetary Policy Committee members voting for the cut', None, None, None, THU, SARB),
        ('two', 2, 2, 'count', 'Monetary Policy Committee members preferring to hold', None, None, None, THU, SARB),
        ('3%', 2, 3, 'percent', 'inflation target', None, None, None, None, SARB),
        ('1 percentage point', 1, 1, 'percentage_point', 'inflation target tolerance band', None, None, None, None, SARB),
        ('3%', 3, 3, 'percent', 'inflation target range', None, None, None, S2000, SARB),
        ('6%', 1, 6, 'percent', 'inflation target range', None, None, None, S2000, SARB),
        ('3.6%', 1, 3.6, 'percent', 'consumer inflation', 'increase', 'year_on_year', None, ZOCT, STATSSA),
        ('3.4%', 1, 3.4, 'percent', 'consumer inflation', None, 'year_on_year', None, per('in September', 2025, 9), STATSSA),
        ('3.1%', 1, 3.1, 'percent', 'core inflation', None, 'year_on_year', None, ZOCT, STATSSA),
        ('3.3%', 1, 3.3, 'percent', 'inflation', None, None, None, Y('in 2026', 2026), SARB),
        ('1.2%', 1, 1.2, 'percent', 'growth', 'increase', None, None, Y('2025', 2025), SARB),
        ('1.1%', 1, 1.1, 'percent', 'growth', None, None, None, Y('2025', 2025), SARB),
        ('22', 1, 22, 'count', 'economists in a Reuters poll', None, None, None, None, 'Reuters'),
        ('14', 1, 14, 'count', 'economists expecting a cut', None, None, None, None, 'Reuters'),
        ('25-basis-point', 1, 25, 'basis_point', 'rate cut', 'decrease', None, None, None, 'Reuters'),
        ('0.2%', 1, 0.2, 'percent', 'dollar index', 'decrease', None, None, None, None),
        ('99.85', 1, 99.85, 'index_point', 'dollar index', 'decrease', None, None, None, None),
    ],
    'business_standard_style_india_services_pmi.txt': [
        ('58.9', 1, 58.9, 'index_point', 'services PMI', 'decrease', None, None, BOCT, None),
        ('58.9', 2, 58.9, 'index_point', "HSBC India Services Purchasing Managers' Index (PMI)", 'decrease', None, None, BOCT, SPG),
        ('60.9', 1, 60.9, 'index_point', "HSBC India Services Purchasing Managers' Index (PMI)", None, None, None, BSEP, SPG),
        ('59.2', 1, 59.2, 'index_point', 'composite PMI', 'decrease', None, None, BOCT, SPG),
        ('61.0', 1, 61.0, 'index_point', 'composite PMI', None, None, None, BSEP, SPG),
        ('57.5', 1, 57.5, 'index_point', 'manufacturing PMI', 'decrease', None, None, BOCT, SPG),
        ('59.8', 1, 59.8, 'index_point', 'manufacturing PMI', None, None, None, BSEP, SPG),
        ('59.4', 1, 59.4, 'index_point', 'new business sub-index', 'decrease', None, None, BOCT, SPG),
        ('61.6', 1, 61.6, 'index_point', 'new business sub-index', None, None, None, BSEP, SPG),
        ('63.1', 1, 63.1, 'index_point', 'future activity index', 'increase', None, None, BOCT, SPG),
        ('13 per cent', 1, 13, 'percent', 'share of service providers reporting higher staffing levels', None, None, 'approximately', BOCT, SPG),
        ('2 per cent', 1, 2, 'percent', 'share of service providers cutting jobs', None, None, 'approximately', BOCT, SPG),
        ('400', 1, 400, 'count', 'service sector companies in the survey panel', None, None, 'approximately', BOCT, SPG),
        ('60.6', 1, 60.6, 'index_point', 'services index', None, None, None, H1, SPG),
        ('59.3', 1, 59.3, 'index_point', 'services index', None, None, None, P('in the corresponding period of FY25', '2024-04-01', '2024-09-30'), SPG),
        ('375', 1, 375, 'count', 'items with lower GST rates', None, None, 'more_than', BSEP, GOI),
        ('4.6 per cent', 1, 4.6, 'percent', 'gross GST collections', 'increase', 'year_on_year', None, BOCT, MOF),
        ('₹1.95 lakh crore', 1, 1.95e12, 'INR', 'gross GST collections', 'increase', None, None, BOCT, MOF),
        ('8.4 per cent', 1, 8.4, 'percent', 'services exports', 'increase', 'year_on_year', None, BSEP, RBI),
        ('$34.2 bn', 1, 34.2e9, 'USD', 'services exports', 'increase', None, None, BSEP, RBI),
        ('6.8 per cent', 1, 6.8, 'percent', 'GDP growth', 'increase', None, None, P('for FY26', '2025-04-01', '2026-03-31'), RBI),
    ],
    'eu_energy_style_diesel_jet_imports_refinery_runs.txt': [
        ('10.6 million barrels per day', 1, 10.6e6, 'barrel per day', 'crude oil processed by EU refineries', None, None, None, Q3P, None),
        ('2.1%', 1, 2.1, 'percent', 'crude oil processed by EU refineries', 'increase', 'year_on_year', None, Q3P, None),
        ('0.4 mb/d', 1, 0.4e6, 'barrel per day', 'crude oil processed by EU refineries', 'increase', 'quarter_on_quarter', None, Q3P, None),
        ('83%', 1, 83, 'percent', 'average refinery utilisation', 'increase', None, None, Q3P, None),
        ('80%', 1, 80, 'percent', 'average refinery utilisation', None, None, None, Q('in Q2-2025', 2025, 2), None),
        ('1.21 mb/d', 1, 1.21e6, 'barrel per day', 'net imports of diesel and gasoil into the EU', None, None, None, INQ, None),
        ('6%', 1, 6, 'percent', 'net imports of diesel and gasoil into the EU', 'decrease', 'year_on_year', None, INQ, None),
        ('34%', 1, 34, 'percent', 'United States share of EU diesel and gasoil imports', None, None, None, INQ, None),
        ('19%', 1, 19, 'percent', 'India share of EU diesel and gasoil imports', None, None, None, INQ, None),
        ('13%', 1, 13, 'percent', 'Saudi Arabia share of EU diesel and gasoil imports', None, None, None, INQ, None),
        ('0.52 mb/d', 1, 0.52e6, 'barrel per day', 'jet fuel and kerosene imports', None, None, None, JS, None),
        ('9%', 1, 9, 'percent', 'jet fuel and kerosene imports', 'increase', 'year_on_year', None, JS, None),
        ('three quarters', 1, 0.75, 'fraction', 'share of refiners in the Middle East and India in jet fuel and kerosene imports', None, None, 'approximately', JS, None),
        ('5.9 mb/d', 1, 5.9e6, 'barrel per day', 'EU diesel consumption', None, None, None, TQ, EUROSTAT),
        ('3.8%', 1, 3.8, 'percent', 'jet fuel demand', 'increase', 'year_on_year', None, TQ, EUROSTAT),
        ('1.08 mb/d', 1, 1.08e6, 'barrel per day', 'jet fuel demand', 'increase', None, None, TQ, EUROSTAT),
        ('29 USD/bbl', 1, 29, 'USD', 'diesel crack spread in Northwest Europe', 'increase', None, None, Q325, EUROSTAT),
        ('21 USD/bbl', 1, 21, 'USD', 'diesel crack spread in Northwest Europe', None, None, None, Q('in Q3-2024', 2024, 3), EUROSTAT),
        ('27 USD/bbl', 1, 27, 'USD', 'jet fuel cracks', None, None, None, Q325, EUROSTAT),
        ('712 USD/tonne', 1, 712, 'USD', 'wholesale diesel prices', None, None, None, Q325, EUROSTAT),
        ('4%', 1, 4, 'percent', 'wholesale diesel prices', 'decrease', 'quarter_on_quarter', None, Q325, EUROSTAT),
    ],
    'nbs_style_guangdong_foreign_trade.txt': [
        ('4.1%', 1, 4.1, 'percent', "Guangdong's foreign trade", 'increase', None, None, P('in first 10 months', '2025-01-01', '2025-10-31'), None),
        ('7.72 trillion yuan', 1, 7.72e12, 'CNY', 'total import and export value of Guangdong Province', None, None, None, JO, GDC),
        ('4.1%', 2, 4.1, 'percent', 'total import and export value of Guangdong Province', 'increase', 'year_on_year', None, JO, GDC),
        ('0.3 percentage points', 1, 0.3, 'percentage_point', 'growth rate of total import and export value', 'increase', 'period_on_period', None, JO, GDC),
        ('4.85 trillion yuan', 1, 4.85e12, 'CNY', 'exports', None, None, None, F10, GDC),
        ('6.2%', 1, 6.2, 'percent', 'exports', 'increase', 'year_on_year', None, F10, GDC),
        ('2.87 trillion yuan', 1, 2.87e12, 'CNY', 'imports', None, None, None, F10, GDC),
        ('0.9%', 1, 0.9, 'percent', 'imports', 'increase', 'year_on_year', None, F10, GDC),
        ('20.3%', 1, 20.3, 'percent', "Guangdong's foreign trade share of the national total", None, None, None, P('over the period', '2025-01-01', '2025-10-31'), GDC),
        ('812.4 billion yuan', 1, 812.4e9, 'CNY', "Guangdong's imports and exports", None, None, None, GOCT, GDC),
        ('7.5%', 1, 7.5, 'percent', "Guangdong's imports and exports", 'increase', 'year_on_year', None, GOCT, GDC),
        ('9.8%', 1, 9.8, 'percent', 'exports', 'increase', 'year_on_year', None, GOCT, GDC),
        ('3.1%', 1, 3.1, 'percent', 'imports', 'increase', 'year_on_year', None, GOCT, GDC),
        ('1.31 trillion yuan', 1, 1.31e12, 'CNY', 'trade with ASEAN', None, None, None, F10B, GDC),
        ('11.2%', 1, 11.2, 'percent', 'trade with ASEAN', 'increase', 'year_on_year', None, F10B, GDC),
        ('5.4%', 1, 5.4, 'percent', 'trade with the European Union', 'increase', 'year_on_year', None, F10B, GDC),
        ('936.8 billion yuan', 1, 936.8e9, 'CNY', 'trade with the European Union', 'increase', None, None, F10B, GDC),
        ('18.6%', 1, 18.6, 'percent', 'trade with the United States', 'decrease', 'year_on_year', None, F10B, GDC),
        ('3.28 trillion yuan', 1, 3.28e12, 'CNY', 'exports of mechanical and electrical products', None, None, None, F10, GDC),
        ('7.3%', 1, 7.3, 'percent', 'exports of mechanical and electrical products', 'increase', 'year_on_year', None, F10, GDC),
        ('67.6%', 1, 67.6, 'percent', "mechanical and electrical products share of the province's total exports", None, None, None, F10, GDC),
        ('26.5%', 1, 26.5, 'percent', 'exports of lithium batteries', 'increase', 'year_on_year', None, F10, GDC),
        ('48.7%', 1, 48.7, 'percent', 'exports of industrial robots', 'increase', 'year_on_year', None, F10, GDC),
        ('112,000', 1, 112000, 'count', 'enterprises with import and export records', None, None, None, F10B, GDC),
        ('8,600', 1, 8600, 'count', 'enterprises with import and export records', 'increase', 'year_on_year', None, F10B, GDC),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
