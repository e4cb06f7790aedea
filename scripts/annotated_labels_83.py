# ruff: noqa: E501, RUF001
"""Write corpus/annotated_83/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_83.py corpus/annotated_83
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
INE = "National Statistics Institute"
GOS = "Government of Spain"
INS = "National Institute of Statistics"
REU = "Reuters"
NBR = "National Bank of Romania"
FDX = "FedEx"
UPS = "UPS"
LSEG = "LSEG"
SNZ = "Statistics New Zealand"
BBG = "Bloomberg"
CSO = "Central Statistics Office"
TE = "Trading Economics"
BOT = "Bank of Thailand"
MOC = "Ministry of Commerce"
SET = "Stock Exchange of Thailand"
TBMA = "Thai Bond Market Association"
MOCI = "Ministry of Commerce and Industry"
WGC = "World Gold Council"
GOI = "Government of India"
GJEPC = "Gem and Jewellery Export Promotion Council"
IBJA = "India Bullion and Jewellers Association"
PXP = "Pexapark"
MOT = "Ministry of Transport"
CSR = "China State Railway Group"
CAAC = "Civil Aviation Administration of China"

# 8301 ONS quarterly business demography (ref Thursday 2025-11-20)
Q3L = Q("in Quarter 3 (July to Sept) 2025", 2025, 3)
LATQ = Q("in the latest quarter", 2025, 3)
Q3S = Q("in Quarter 3 2025", 2025, 3)
INQ = Q("in the quarter", 2025, 3)
F3Q = P("In the first three quarters of 2025", "2025-01-01", "2025-09-30")
Q2R = Q("for Quarter 2 (Apr to June) 2025", 2025, 2)
# 8302 Reuters 1987 (ref Wednesday 1987-05-13)
APR = per("in April", 1987, 4)
MAR = per("in March", 1987, 3)
F4M = P("in the first four months of 1987", "1987-01-01", "1987-04-30")
SP86 = P("in the same period of 1986", "1986-01-01", "1986-04-30")
INM = per("in the month", 1987, 4)
# 8303 Reuters 2025 (ref Wednesday 2025-11-12)
ROCT = per("in October", 2025, 10)
RSEP = per("in September", 2025, 9)
RAUG = per("in August", 2025, 8)
# 8304 CNBC (ref Thursday 2025-12-18)
FQ = P("in the quarter", "2025-09-01", "2025-11-30")
FY26 = P("for fiscal 2026", "2025-06-01", "2026-05-31")
# 8305 MT Newswires (ref Sunday 2025-11-30, US date of a New Zealand Monday release)
NOCT = per("in October", 2025, 10)
YE25 = P("In the year ended October 2025", "2024-11-01", "2025-10-31")
YEO = P("in the year ended October", "2024-11-01", "2025-10-31")
# 8306 Trading Economics (ref Wednesday 2025-12-03)
NOV25 = per("in November 2025", 2025, 11)
INOV = per("in November", 2025, 11)
IOCT = per("in October", 2025, 10)
# 8307 Investing.com (ref Wednesday 2025-10-08)
WED = P("on Wednesday", "2025-10-08", "2025-10-08")
WMEET = P("At Wednesday's meeting", "2025-10-08", "2025-10-08")
TAUG = per("in August", 2025, 8)
# 8308 Business Standard (ref Tuesday 2024-12-17)
BNOV = per("in November", 2024, 11)
AN25 = P("During April-November of FY25", "2024-04-01", "2024-11-30")
# 8309 DG ENER (ref Tuesday 2026-01-20)
Q325 = Q("In the third quarter of 2025", 2025, 3)
EINQ = Q("in the quarter", 2025, 3)
YTD = P("Year to date", "2025-01-01", "2025-09-30")
# 8310 NBS (ref Tuesday 2025-05-06)
HOLH = P("over May Day holiday", "2025-05-01", "2025-05-05")
HOL = P("from May 1 to 5, 2025", "2025-05-01", "2025-05-05")
S19 = P("in the same period of 2019", "2019-05-01", "2025-05-05")
DH = P("during the holiday", "2025-05-01", "2025-05-05")
FIVE = P("over the five days", "2025-05-01", "2025-05-05")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_business_births_deaths_quarterly.txt': [
        ('81,420', 1, 81420, 'count', 'business creations', None, None, None, Q3L, None),
        ('4.2%', 1, 4.2, 'percent', 'business creations', 'decrease', 'year_on_year', None, Q3L, None),
        ('7.9%', 1, 7.9, 'percent', 'business closures', 'increase', 'year_on_year', None, LATQ, None),
        ('94,310', 1, 94310, 'count', 'business closures', 'increase', None, None, LATQ, None),
        ('12,890', 1, 12890, 'count', 'excess of closures over creations', None, None, None, LATQ, None),
        ('2.9%', 1, 2.9, 'percent', 'creation rate', None, None, None, None, None),
        ('3.1%', 1, 3.1, 'percent', 'creation rate', None, None, None, Q('in Quarter 3 2024', 2024, 3), None),
        ('3.4%', 1, 3.4, 'percent', 'closure rate', None, None, None, None, None),
        ('12', 1, 12, 'count', 'industry groups recording fewer creations', None, None, None, Q3S, ONS),
        ('14.6%', 1, 14.6, 'percent', 'creations in accommodation and food services', 'decrease', 'year_on_year', None, Q3S, ONS),
        ('6,870', 1, 6870, 'count', 'creations in accommodation and food services', 'decrease', None, None, Q3S, ONS),
        ('9.1%', 1, 9.1, 'percent', 'creations in construction', 'decrease', 'year_on_year', None, Q3S, ONS),
        ('6.4%', 1, 6.4, 'percent', 'creations in retail', 'decrease', 'year_on_year', None, Q3S, ONS),
        ('11.3%', 1, 11.3, 'percent', 'creations in transport and storage', 'increase', 'year_on_year', None, None, ONS),
        ('4,150', 1, 4150, 'count', 'creations in transport and storage', 'increase', None, None, None, ONS),
        ('12,540', 1, 12540, 'count', 'creations in professional, scientific and technical activities', None, None, None, None, ONS),
        ('9,960', 1, 9960, 'count', 'closures in accommodation and food services', None, None, None, INQ, ONS),
        ('10,870', 1, 10870, 'count', 'closures in construction', None, None, None, INQ, ONS),
        ('12.2%', 1, 12.2, 'percent', 'closures in accommodation and food services', 'increase', 'year_on_year', None, INQ, ONS),
        ('8.5%', 1, 8.5, 'percent', 'closures in construction', 'increase', 'year_on_year', None, INQ, ONS),
        ('251,600', 1, 251600, 'count', 'creations', None, None, None, F3Q, ONS),
        ('3.0%', 1, 3.0, 'percent', 'creations', 'decrease', 'year_on_year', None, F3Q, ONS),
        ('277,900', 1, 277900, 'count', 'closures', 'increase', None, None, F3Q, ONS),
        ('262,300', 1, 262300, 'count', 'closures', None, None, None, P('a year earlier', '2024-01-01', '2024-09-30'), ONS),
        ('1,240', 1, 1240, 'count', 'closures revision', 'increase', None, None, Q2R, ONS),
        ('91,870', 1, 91870, 'count', 'closures', 'increase', None, None, Q2R, ONS),
        ('30%', 1, 30, 'percent', 'share of closures of businesses less than two years old', None, None, 'approximately', INQ, ONS),
    ],
    'wire_1987_spanish_inflation.txt': [
        ('0.6 PCT', 1, 0.6, 'percent', 'Spanish consumer prices', 'increase', None, None, per('IN APRIL', 1987, 4), None),
        ('0.6 pct', 1, 0.6, 'percent', 'consumer price index', 'increase', 'month_on_month', None, APR, INE),
        ('0.4 pct', 1, 0.4, 'percent', 'consumer price index', 'increase', 'month_on_month', None, MAR, INE),
        ('6.1 pct', 1, 6.1, 'percent', '12-month inflation rate', 'decrease', 'year_on_year', None, APR, INE),
        ('6.3 pct', 1, 6.3, 'percent', '12-month inflation rate', None, 'year_on_year', None, MAR, INE),
        ('2.2 pct', 1, 2.2, 'percent', 'prices', 'increase', None, None, F4M, INE),
        ('3.1 pct', 1, 3.1, 'percent', 'prices', None, None, None, SP86, INE),
        ('5.0 pct', 1, 5.0, 'percent', 'inflation target', None, None, None, Y('this year', 1987), GOS),
        ('a third', 1, 1 / 3, 'fraction', 'food share of the index', None, None, 'approximately', APR, INE),
        ('1.1 pct', 1, 1.1, 'percent', 'food prices', 'increase', 'month_on_month', None, APR, INE),
        ('7.4 pct', 1, 7.4, 'percent', 'food prices', 'increase', 'year_on_year', None, APR, INE),
        ('0.3 pct', 1, 0.3, 'percent', 'non-food prices', 'increase', 'month_on_month', None, APR, INE),
        ('0.7 pct', 1, 0.7, 'percent', 'services prices', 'increase', 'month_on_month', None, APR, INE),
        ('6.8 pct', 1, 6.8, 'percent', 'fresh fruit prices', 'increase', None, None, INM, INE),
        ('3.2 pct', 1, 3.2, 'percent', 'fresh fish prices', 'increase', None, None, INM, INE),
        ('0.2 pct', 1, 0.2, 'percent', 'clothing and footwear prices', 'decrease', None, None, INM, INE),
        ('5.8 pct', 1, 5.8, 'percent', 'underlying rate', None, 'year_on_year', None, APR, INE),
        ('5.9 pct', 1, 5.9, 'percent', 'underlying rate', None, 'year_on_year', None, MAR, INE),
        ('5.5', 1, 5.5, 'percent', '12-month rate', 'decrease', 'year_on_year', None, per('in June', 1987, 6), None),
        ('6.0 pct', 1, 6.0, 'percent', '12-month rate', 'decrease', 'year_on_year', None, per('in June', 1987, 6), None),
        ('126.40', 1, 126.40, 'ESP', 'peseta', None, None, None, P('on Wednesday', '1987-05-13', '1987-05-13'), INE),
    ],
    'wire_2025_romania_inflation.txt': [
        ('9.76%', 1, 9.76, 'percent', "Romania's annual inflation", 'decrease', 'year_on_year', None, ROCT, None),
        ('9.76%', 2, 9.76, 'percent', 'annual consumer price inflation', 'decrease', 'year_on_year', None, ROCT, INS),
        ('9.88%', 1, 9.88, 'percent', 'annual consumer price inflation', None, 'year_on_year', None, RSEP, INS),
        ('9.70%', 1, 9.70, 'percent', 'inflation', None, None, None, per('October', 2025, 10), REU),
        ('0.46%', 1, 0.46, 'percent', 'prices', 'increase', 'month_on_month', None, ROCT, INS),
        ('0.34%', 1, 0.34, 'percent', 'prices', 'increase', 'month_on_month', None, RSEP, INS),
        ('7.92%', 1, 7.92, 'percent', 'food prices', 'increase', 'year_on_year', None, None, INS),
        ('10.41%', 1, 10.41, 'percent', 'non-food goods prices', 'increase', 'year_on_year', None, None, INS),
        ('11.37%', 1, 11.37, 'percent', 'services prices', 'increase', 'year_on_year', None, None, INS),
        ('6.50%', 1, 6.50, 'percent', 'key rate', None, None, None, P('since August 2024', '2024-08-01', '2025-11-12'), NBR),
        ('8.8%', 1, 8.8, 'percent', 'inflation', None, None, None, P('at the end of this year', '2025-12-31', '2025-12-31'), NBR),
        ('3.4%', 1, 3.4, 'percent', 'inflation', None, None, None, P('by end-2026', '2026-12-31', '2026-12-31'), NBR),
        ('2.5%', 1, 2.5, 'percent', 'inflation target', None, None, None, None, NBR),
        ('1 percentage point', 1, 1, 'percentage_point', 'inflation target tolerance band', None, None, None, None, NBR),
        ('21%', 1, 21, 'percent', 'standard VAT rate', 'increase', None, None, RAUG, None),
        ('19%', 1, 19, 'percent', 'standard VAT rate', None, None, None, RAUG, None),
        ('5.0860', 1, 5.0860, 'RON', 'leu', None, None, None, P('on Wednesday', '2025-11-12', '2025-11-12'), INS),
    ],
    'cnbc_style_fedex_ups_shipping_volumes.txt': [
        ('4%', 1, 4, 'percent', 'parcel volume', 'increase', None, None, None, None),
        ('3%', 1, 3, 'percent', 'FedEx shares', 'increase', None, 'more_than', P('Thursday', '2025-12-18', '2025-12-18'), FDX),
        ('$4.82', 1, 4.82, 'USD', 'adjusted earnings per share', None, None, None, None, FDX),
        ('$4.03', 1, 4.03, 'USD', 'adjusted earnings per share', None, None, None, None, None),
        ('$23.47 billion', 1, 23.47e9, 'USD', 'revenue', None, None, None, None, FDX),
        ('$22.80 billion', 1, 22.80e9, 'USD', 'revenue', None, None, None, None, None),
        ('7%', 1, 7, 'percent', 'revenue', 'increase', 'year_on_year', None, FQ, FDX),
        ('$21.97 billion', 1, 21.97e9, 'USD', 'revenue', None, None, None, P('a year earlier', '2024-09-01', '2024-11-30'), FDX),
        ('4.1%', 1, 4.1, 'percent', 'average daily package volume in the U.S.', 'increase', 'year_on_year', None, FQ, FDX),
        ('16.9 million', 1, 16.9e6, 'count', 'average daily package volume in the U.S.', 'increase', None, None, FQ, FDX),
        ('2.8%', 1, 2.8, 'percent', 'revenue per package', 'increase', 'year_on_year', None, FQ, FDX),
        ('$13.74', 1, 13.74, 'USD', 'revenue per package', 'increase', None, None, FQ, FDX),
        ('10.6 million', 1, 10.6e6, 'count', 'Ground volume', None, None, None, None, FDX),
        ('5%', 1, 5, 'percent', 'Ground volume', 'increase', None, None, None, FDX),
        ('6%', 1, 6, 'percent', 'international export volume', 'increase', None, None, None, FDX),
        ('3%', 2, 3, 'percent', 'freight revenue', 'decrease', None, None, None, FDX),
        ('$17.80', 1, 17.80, 'USD', 'adjusted EPS', 'increase', None, None, FY26, FDX),
        ('$18.60', 1, 18.60, 'USD', 'adjusted EPS', 'increase', None, None, FY26, FDX),
        ('$17.20', 1, 17.20, 'USD', 'adjusted EPS', None, None, None, FY26, FDX),
        ('$18.00', 1, 18.00, 'USD', 'adjusted EPS', None, None, None, FY26, FDX),
        ('5%', 2, 5, 'percent', 'revenue growth', 'increase', None, None, FY26, FDX),
        ('6%', 2, 6, 'percent', 'revenue growth', 'increase', None, None, FY26, FDX),
        ('$18.21', 1, 18.21, 'USD', 'adjusted EPS', None, None, None, FY26, LSEG),
        ('11%', 1, 11, 'percent', 'FedEx stock', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-12-18'), FDX),
        ('12.3%', 1, 12.3, 'percent', 'UPS U.S. average daily volume', 'decrease', None, None, Q('in the third quarter', 2025, 3), UPS),
        ('15.3 million', 1, 15.3e6, 'count', 'UPS U.S. average daily volume', 'decrease', None, None, Q('in the third quarter', 2025, 3), UPS),
        ('9.8%', 1, 9.8, 'percent', 'UPS U.S. revenue per piece', 'increase', None, None, Q('in the third quarter', 2025, 3), UPS),
        ('20%', 1, 20, 'percent', 'UPS shares', 'decrease', None, 'approximately', Y('this year', 2025), UPS),
    ],
    'mt_newswires_new_zealand_building_consents.txt': [
        ('3.2%', 1, 3.2, 'percent', 'New Zealand building consents', 'increase', None, None, NOCT, None),
        ('3.2%', 2, 3.2, 'percent', 'new dwellings consented', 'increase', 'month_on_month', None, NOCT, SNZ),
        ('1.1%', 1, 1.1, 'percent', 'new dwellings consented', 'increase', 'month_on_month', None, per('in September', 2025, 9), SNZ),
        ('3,418', 1, 3418, 'count', 'new homes consented', None, None, None, NOCT, SNZ),
        ('9.6%', 1, 9.6, 'percent', 'new homes consented', 'increase', 'year_on_year', None, NOCT, SNZ),
        ('2,041', 1, 2041, 'count', 'multi-unit homes consented', None, None, None, NOCT, SNZ),
        ('1,377', 1, 1377, 'count', 'stand-alone houses consented', None, None, None, NOCT, SNZ),
        ('2.5%', 1, 2.5, 'percent', 'stand-alone houses consented', 'decrease', 'year_on_year', None, NOCT, SNZ),
        ('35,762', 1, 35762, 'count', 'new homes consented', None, None, None, YE25, SNZ),
        ('4.1%', 1, 4.1, 'percent', 'new homes consented', 'increase', 'year_on_year', None, YE25, SNZ),
        ('6.7', 1, 6.7, 'count', 'new homes consented per 1,000 residents', None, None, None, YE25, SNZ),
        ('6.5', 1, 6.5, 'count', 'new homes consented per 1,000 residents', None, None, None, P('a year earlier', '2023-11-01', '2024-10-31'), SNZ),
        ('NZ$9.41 billion', 1, 9.41e9, 'NZD', 'value of non-residential building work consented', None, None, None, YEO, SNZ),
        ('1.8%', 1, 1.8, 'percent', 'value of non-residential building work consented', 'increase', 'year_on_year', None, YEO, SNZ),
        ('NZ$812 million', 1, 812e6, 'NZD', 'value of non-residential consents', None, None, None, NOCT, SNZ),
        ('1.5%', 1, 1.5, 'percent', 'building consents', 'decrease', 'month_on_month', None, per('for October', 2025, 10), BBG),
        ('14%', 1, 14, 'percent', 'Auckland consents', 'increase', 'year_on_year', None, NOCT, SNZ),
        ('1,302', 1, 1302, 'count', 'Auckland consents', 'increase', None, None, NOCT, SNZ),
        ('798', 1, 798, 'count', 'Canterbury consents', None, None, None, NOCT, SNZ),
        ('356', 1, 356, 'count', 'Waikato consents', None, None, None, NOCT, SNZ),
        ('US$0.5712', 1, 0.5712, 'USD', 'New Zealand dollar', None, None, None, None, SNZ),
        ('0.2%', 1, 0.2, 'percent', 'New Zealand dollar', 'increase', None, None, None, SNZ),
    ],
    'trading_economics_style_ireland_unemployment.txt': [
        ('5.0%', 1, 5.0, 'percent', 'seasonally adjusted unemployment rate in Ireland', 'increase', None, None, NOV25, CSO),
        ('4.8%', 1, 4.8, 'percent', 'seasonally adjusted unemployment rate in Ireland', None, None, None, IOCT, CSO),
        ('4.9%', 1, 4.9, 'percent', 'unemployment rate', None, None, None, NOV25, None),
        ('6,100', 1, 6100, 'count', 'number of unemployed persons', 'increase', 'month_on_month', None, INOV, CSO),
        ('146,300', 1, 146300, 'count', 'number of unemployed persons', 'increase', None, None, INOV, CSO),
        ('5.1%', 1, 5.1, 'percent', 'male unemployment', None, None, None, INOV, CSO),
        ('4.9%', 2, 4.9, 'percent', 'unemployment rate for women', 'increase', None, None, INOV, CSO),
        ('4.5%', 1, 4.5, 'percent', 'unemployment rate for women', None, None, None, per('a month earlier', 2025, 10), CSO),
        ('11.8%', 1, 11.8, 'percent', 'youth unemployment rate', 'increase', None, None, None, CSO),
        ('10.9%', 1, 10.9, 'percent', 'youth unemployment rate', None, None, None, None, CSO),
        ('39,600', 1, 39600, 'count', 'young people out of work', None, None, None, None, CSO),
        ('3.9%', 1, 3.9, 'percent', 'unemployment among those aged 25 to 74', None, None, None, None, CSO),
        ('3.8%', 1, 3.8, 'percent', 'unemployment among those aged 25 to 74', None, None, None, IOCT, CSO),
        ('4.8%', 2, 4.8, 'percent', 'unemployment rate', None, None, None, per('October', 2025, 10), CSO),
        ('4.6%', 1, 4.6, 'percent', 'unemployment rate', None, None, None, per('October', 2025, 10), CSO),
        ('9.22 percent', 1, 9.22, 'percent', 'Unemployment Rate in Ireland average', None, None, None, P('from 1983 until 2025', '1983-01-01', '2025-12-31'), CSO),
        ('31.50 percent', 1, 31.50, 'percent', 'Unemployment Rate in Ireland all time high', None, None, None, per('in April of 2020', 2020, 4), CSO),
        ('3.80 percent', 1, 3.80, 'percent', 'Unemployment Rate in Ireland record low', None, None, None, per('in August of 2024', 2024, 8), CSO),
        ('5.00 percent', 1, 5.00, 'percent', 'Unemployment Rate in Ireland', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('4.80 percent', 1, 4.80, 'percent', 'Ireland Unemployment Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('4.60 percent', 1, 4.60, 'percent', 'Ireland Unemployment Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_usdthb_bank_of_thailand.txt': [
        ('32.40', 1, 32.40, 'THB', 'USD/THB', None, None, 'approximately', None, None),
        ('1.50%', 1, 1.50, 'percent', 'policy rate', None, None, None, None, BOT),
        ('1.50%', 2, 1.50, 'percent', 'one-day repurchase rate', None, None, None, WED, BOT),
        ('32.41', 1, 32.41, 'THB', 'USD/THB', None, None, None, P('By 04:20 ET', None, None), None),
        ('32.28', 1, 32.28, 'THB', 'USD/THB', None, None, None, P('earlier in the session', '2025-10-08', '2025-10-08'), None),
        ('32.52', 1, 32.52, 'THB', 'USD/THB', None, None, None, P('earlier in the session', '2025-10-08', '2025-10-08'), None),
        ('5%', 1, 5, 'percent', 'baht', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-10-08'), None),
        ('four', 1, 4, 'count', 'members voting to hold', None, None, None, WMEET, BOT),
        ('two', 1, 2, 'count', 'members favoring a cut', None, None, None, WMEET, BOT),
        ('25 basis point', 1, 25, 'basis_point', 'rate cut', 'decrease', None, None, WMEET, BOT),
        ('2.0%', 1, 2.0, 'percent', 'growth', 'decrease', None, None, Y('2025', 2025), BOT),
        ('2.2%', 1, 2.2, 'percent', 'growth', None, None, None, Y('2025', 2025), BOT),
        ('1.6%', 1, 1.6, 'percent', 'growth', None, None, None, Y('2026', 2026), BOT),
        ('-0.1%', 1, -0.1, 'percent', 'headline inflation', 'decrease', None, None, Y('this year', 2025), BOT),
        ('7.1%', 1, 7.1, 'percent', 'exports', 'increase', 'year_on_year', None, TAUG, MOC),
        ('5.0%', 1, 5.0, 'percent', 'exports', 'increase', 'year_on_year', None, TAUG, REU),
        ('11.2%', 1, 11.2, 'percent', 'shipments to the United States', 'decrease', 'year_on_year', None, TAUG, MOC),
        ('19.4%', 1, 19.4, 'percent', 'shipments to the United States', None, 'year_on_year', None, per('in July', 2025, 7), MOC),
        ('1.2 billion baht', 1, 1.2e9, 'THB', 'net foreign sales of Thai shares', None, None, None, P('on Tuesday', '2025-10-07', '2025-10-07'), SET),
        ('$37 million', 1, 37e6, 'USD', 'net foreign sales of Thai shares', None, None, None, P('on Tuesday', '2025-10-07', '2025-10-07'), SET),
        ('4.6 billion baht', 1, 4.6e9, 'THB', 'net foreign purchases of Thai bonds', None, None, None, P('so far this week', '2025-10-06', '2025-10-08'), TBMA),
        ('32.20', 1, 32.20, 'THB', 'USD/THB', None, None, None, P('on Thursday', '2025-10-09', '2025-10-09'), None),
        ('32.70', 1, 32.70, 'THB', 'USD/THB', None, None, None, P('on Thursday', '2025-10-09', '2025-10-09'), None),
    ],
    'business_standard_style_gold_imports_jewellery_exports.txt': [
        ('$14.8 bn', 1, 14.8e9, 'USD', 'gold imports', 'increase', None, None, per('in Nov', 2024, 11), None),
        ('2%', 1, 2, 'percent', 'jewellery exports', 'decrease', None, None, per('in Nov', 2024, 11), None),
        ('four-fold', 1, 4, 'times', 'gold imports', 'increase', 'year_on_year', 'more_than', BNOV, MOCI),
        ('$14.86 billion', 1, 14.86e9, 'USD', 'gold imports', 'increase', None, None, BNOV, MOCI),
        ('$3.44 billion', 1, 3.44e9, 'USD', 'gold imports', None, None, None, per('a year ago', 2023, 11), MOCI),
        ('180 tonnes', 1, 180, 'tonne', 'gold imports in volume terms', None, None, 'approximately', per('in the month', 2024, 11), WGC),
        ('53 tonnes', 1, 53, 'tonne', 'gold imports in volume terms', None, None, None, per('in November 2023', 2023, 11), WGC),
        ('6 per cent', 1, 6, 'percent', 'duty on gold', 'decrease', None, None, per('in July', 2024, 7), GOI),
        ('15 per cent', 1, 15, 'percent', 'duty on gold', None, None, None, per('in July', 2024, 7), GOI),
        ('49 per cent', 1, 49, 'percent', 'gold imports', 'increase', 'year_on_year', None, AN25, MOCI),
        ('$49 billion', 1, 49e9, 'USD', 'gold imports', 'increase', None, None, AN25, MOCI),
        ('$32.9 billion', 1, 32.9e9, 'USD', 'gold imports', None, None, None, P('in the corresponding period of FY24', '2023-04-01', '2023-11-30'), MOCI),
        ('40 per cent', 1, 40, 'percent', 'Switzerland share of gold imports', None, None, 'approximately', AN25, MOCI),
        ('16 per cent', 1, 16, 'percent', 'UAE share of gold imports', None, None, None, AN25, MOCI),
        ('10 per cent', 1, 10, 'percent', 'South Africa share of gold imports', None, None, None, AN25, MOCI),
        ('2.1 per cent', 1, 2.1, 'percent', 'gem and jewellery exports', 'decrease', 'year_on_year', None, BNOV, GJEPC),
        ('$2.7 billion', 1, 2.7e9, 'USD', 'gem and jewellery exports', 'decrease', None, None, BNOV, GJEPC),
        ('12.6 per cent', 1, 12.6, 'percent', 'exports of cut and polished diamonds', 'decrease', 'year_on_year', None, BNOV, GJEPC),
        ('$1.16 billion', 1, 1.16e9, 'USD', 'exports of cut and polished diamonds', 'decrease', None, None, BNOV, GJEPC),
        ('21.4 per cent', 1, 21.4, 'percent', 'gold jewellery shipments', 'increase', 'year_on_year', None, BNOV, GJEPC),
        ('$1.05 billion', 1, 1.05e9, 'USD', 'gold jewellery shipments', 'increase', None, None, BNOV, GJEPC),
        ('$19.6 billion', 1, 19.6e9, 'USD', 'gem and jewellery exports', None, None, None, P('For April-November', '2024-04-01', '2024-11-30'), GJEPC),
        ('5.4 per cent', 1, 5.4, 'percent', 'gem and jewellery exports', 'decrease', None, None, P('For April-November', '2024-04-01', '2024-11-30'), GJEPC),
        ('$32 billion', 1, 32e9, 'USD', 'gem and jewellery shipments', 'increase', None, 'approximately', P('in FY25', '2024-04-01', '2025-03-31'), GJEPC),
        ('₹76,420', 1, 76420, 'INR', 'gold prices in Mumbai', 'decrease', None, None, P('on Monday', '2024-12-16', '2024-12-16'), IBJA),
        ('₹77,050', 1, 77050, 'INR', 'gold prices in Mumbai', None, None, None, P('last week', '2024-12-09', '2024-12-15'), IBJA),
    ],
    'eu_energy_style_power_purchase_agreements_volumes.txt': [
        ('3.1 GW', 1, 3.1, 'gigawatt', 'corporate PPA volumes', None, None, None, Q325, None),
        ('22%', 1, 22, 'percent', 'corporate PPA volumes', 'decrease', 'year_on_year', None, Q325, None),
        ('9%', 1, 9, 'percent', 'corporate PPA volumes', 'decrease', 'quarter_on_quarter', None, Q325, None),
        ('10.4 GW', 1, 10.4, 'gigawatt', 'contracted volumes', 'decrease', None, None, P('In the first nine months of the year', '2025-01-01', '2025-09-30'), None),
        ('12.7 GW', 1, 12.7, 'gigawatt', 'contracted volumes', None, None, None, P('in the same period of 2024', '2024-01-01', '2024-09-30'), None),
        ('1.6 GW', 1, 1.6, 'gigawatt', 'solar PPA volumes', None, None, None, EINQ, PXP),
        ('0.9 GW', 1, 0.9, 'gigawatt', 'onshore wind PPA volumes', None, None, None, EINQ, PXP),
        ('0.3 GW', 1, 0.3, 'gigawatt', 'offshore wind PPA volumes', None, None, None, EINQ, PXP),
        ('0.3 GW', 2, 0.3, 'gigawatt', 'hybrid and storage-backed PPA volumes', None, None, None, EINQ, PXP),
        ('52%', 1, 52, 'percent', 'solar share of contracted volumes', 'decrease', None, None, EINQ, PXP),
        ('61%', 1, 61, 'percent', 'solar share of contracted volumes', None, None, None, Q('a year earlier', 2024, 3), PXP),
        ('0.8 GW', 1, 0.8, 'gigawatt', 'PPA volumes contracted in Spain', None, None, None, EINQ, PXP),
        ('0.7 GW', 1, 0.7, 'gigawatt', 'PPA volumes contracted in Germany', None, None, None, EINQ, PXP),
        ('0.4 GW', 1, 0.4, 'gigawatt', 'PPA volumes contracted in Poland', None, None, None, EINQ, PXP),
        ('0.25 GW', 1, 0.25, 'gigawatt', 'PPA volumes contracted in Italy', None, None, None, EINQ, PXP),
        ('2.6 GW', 1, 2.6, 'gigawatt', 'PPA volumes contracted in Germany', None, None, None, YTD, PXP),
        ('2.2 GW', 1, 2.2, 'gigawatt', 'PPA volumes contracted in Spain', None, None, None, YTD, PXP),
        ('38%', 1, 38, 'percent', 'ICT sector share of PPA volumes', None, None, None, EINQ, PXP),
        ('27%', 1, 27, 'percent', 'heavy industry share of PPA volumes', None, None, None, EINQ, PXP),
        ('74', 1, 74, 'count', 'number of deals', 'decrease', None, None, EINQ, PXP),
        ('96', 1, 96, 'count', 'number of deals', None, None, None, Q('in the third quarter of 2024', 2024, 3), PXP),
        ('42 MW', 1, 42, 'megawatt', 'average contract size', 'increase', None, None, EINQ, PXP),
        ('35.9 €/MWh', 1, 35.9, 'EUR', 'Pexapark European solar PPA price index', None, None, None, Q('in the third quarter', 2025, 3), PXP),
        ('4%', 1, 4, 'percent', 'Pexapark European solar PPA price index', 'decrease', 'quarter_on_quarter', None, Q('in the third quarter', 2025, 3), PXP),
        ('58.6 €/MWh', 1, 58.6, 'EUR', 'wind index', None, None, None, Q('in the third quarter', 2025, 3), PXP),
        ('30', 1, 30, 'EUR', 'solar PPA prices in Spain', None, None, None, Q('in the third quarter', 2025, 3), PXP),
        ('34 €/MWh', 1, 34, 'EUR', 'solar PPA prices in Spain', None, None, None, Q('in the third quarter', 2025, 3), PXP),
    ],
    'nbs_style_railway_passenger_holiday_travel.txt': [
        ('293.5 million', 1, 293.5e6, 'count', 'daily average of cross-regional trips', None, None, None, HOLH, None),
        ('8%', 1, 8, 'percent', 'daily average of cross-regional trips', 'increase', None, None, HOLH, None),
        ('1.467 billion', 1, 1.467e9, 'count', 'cross-regional passenger trips', None, None, None, HOL, MOT),
        ('293.5 million', 2, 293.5e6, 'count', 'daily average of cross-regional passenger trips', None, None, None, HOL, MOT),
        ('8.0%', 1, 8.0, 'percent', 'daily average of cross-regional passenger trips', 'increase', 'year_on_year', None, HOL, MOT),
        ('19.6%', 1, 19.6, 'percent', 'daily average of cross-regional passenger trips', 'increase', None, None, S19, MOT),
        ('118.3 million', 1, 118.3e6, 'count', 'railway passengers', None, None, None, DH, CSR),
        ('23.66 million', 1, 23.66e6, 'count', 'daily average of railway passengers', None, None, None, DH, CSR),
        ('7.2%', 1, 7.2, 'percent', 'daily average of railway passengers', 'increase', 'year_on_year', None, DH, CSR),
        ('9.86 million', 1, 9.86e6, 'count', 'railway passengers in Guangdong', None, None, None, DH, CSR),
        ('7.42 million', 1, 7.42e6, 'count', 'railway passengers in Jiangsu', None, None, None, DH, CSR),
        ('6.95 million', 1, 6.95e6, 'count', 'railway passengers in Zhejiang', None, None, None, DH, CSR),
        ('25.47 million', 1, 25.47e6, 'count', 'railway passenger volume', None, None, None, P('on May 1', '2025-05-01', '2025-05-01'), CSR),
        ('1.328 billion', 1, 1.328e9, 'count', 'highway passenger trips', None, None, None, DH, MOT),
        ('265.6 million', 1, 265.6e6, 'count', 'daily average of highway passenger trips', None, None, None, DH, MOT),
        ('8.1%', 1, 8.1, 'percent', 'daily average of highway passenger trips', 'increase', 'year_on_year', None, DH, MOT),
        ('83.6%', 1, 83.6, 'percent', 'self-driving trips share of highway passenger trips', None, None, None, DH, MOT),
        ('14.78 million', 1, 14.78e6, 'count', 'waterway passenger trips', None, None, None, DH, MOT),
        ('3.9%', 1, 3.9, 'percent', 'waterway passenger trips', 'increase', 'year_on_year', None, DH, MOT),
        ('10.9 million', 1, 10.9e6, 'count', 'civil aviation passengers', None, None, None, FIVE, CAAC),
        ('2.18 million', 1, 2.18e6, 'count', 'daily average of civil aviation passengers', None, None, None, FIVE, CAAC),
        ('9.3%', 1, 9.3, 'percent', 'daily average of civil aviation passengers', 'increase', 'year_on_year', None, FIVE, CAAC),
        ('14.2%', 1, 14.2, 'percent', 'daily average of civil aviation passengers', 'increase', None, None, P('2019', '2019-05-01', '2025-05-05'), CAAC),
        ('86.7%', 1, 86.7, 'percent', 'average passenger load factor', None, None, None, FIVE, CAAC),
        ('1.4 percentage points', 1, 1.4, 'percentage_point', 'average passenger load factor', 'increase', 'year_on_year', None, FIVE, CAAC),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
