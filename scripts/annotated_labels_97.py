# ruff: noqa: E501, RUF001
"""Write corpus/annotated_97/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(1 for the first; occurrences inside a longer number are skipped); `gold_labels.write_gold`
computes and checks the offsets.

usage: python scripts/annotated_labels_97.py corpus/annotated_97
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
STC = "Statistics Canada"
USDOC = "U.S. Department of Commerce"
GUS = "Statistics Poland"
NBP = "National Bank of Poland"
REU = "Reuters"
ING = "ING"
SM = "ShipMatrix"
UPS = "UPS"
FDX = "FedEx"
KCS = "Korea Customs Service"
MOTIE = "Ministry of Trade, Industry and Energy"
YIM = "Yonhap Infomax"
DOSM = "Department of Statistics Malaysia"
TE = "Trading Economics"
ARG = "Argus Media"
BBG = "Bloomberg"
MINFIN = "Ministry of Finance of the Russian Federation"
GOVRU = "Government of Russia"
JPC = "Joint Plant Committee"
DGTR = "Directorate General of Trade Remedies"
STM = "SteelMint"
EHPA = "European Heat Pump Association"
EUROSTAT = "Eurostat"
KFW = "KfW"
NBS = "National Bureau of Statistics"
MOFCOM = "Ministry of Commerce"

# 9701 ONS vacancies (ref Tuesday 2026-02-17)
NJ = P("in November 2025 to January 2026", "2025-11-01", "2026-01-31")
PRE = P("January to March 2020", "2020-01-01", "2026-01-31")
PREV3 = P("in the previous three months", "2025-08-01", "2025-10-31")
LATEST = P("in the latest period", "2025-11-01", "2026-01-31")
AO25 = P("in August to October 2025", "2025-08-01", "2025-10-31")
AJ22 = P("in April to June 2022", "2022-04-01", "2022-06-30")
REV = P("for August to October 2025", "2025-08-01", "2025-10-31")
# 9702 Reuters 1987 (ref Wednesday 1987-04-22)
HFEB = per("IN FEBRUARY", 1987, 2)
FEB = per("in February", 1987, 2)
JAN = per("in January", 1987, 1)
JANA = per("January", 1987, 1)
FEBA = per("February", 1987, 2)
MONTH = per("in the month", 1987, 2)
YE86 = per("a year earlier", 1986, 2)
F2M = P("For the first two months of 1987", "1987-01-01", "1987-02-28")
MAR = per("in March", 1987, 3)
# 9703 Reuters 2025 (ref Friday 2025-11-28)
NOV = per("in November", 2025, 11)
INOV = per("In November", 2025, 11)
OCT = per("in October", 2025, 10)
N5 = P("on Nov. 5", "2025-11-05", "2025-11-05")
FRI = P("on Friday", "2025-11-28", "2025-11-28")
# 9704 CNBC (ref Thursday 2026-01-08)
SEASON = P("between Black Friday and Christmas Eve", "2025-11-28", "2025-12-24")
OVER = P("over the period", "2025-11-28", "2025-12-24")
YEC = P("a year earlier", "2024-11-28", "2024-12-24")
D1 = P("on Dec. 1", "2025-12-01", "2025-12-01")
W3 = P("in the three weeks before Christmas", "2025-12-04", "2025-12-24")
Q4 = Q("in the fourth quarter", 2025, 4)
FQ2 = P("in its fiscal second quarter", "2025-09-01", "2025-11-30")
# 9705 MT Newswires (ref Monday 2025-10-20)
F20 = P("in the first 20 days of October", "2025-10-01", "2025-10-20")
SPLY = P("in the same period last year", "2024-10-01", "2024-10-20")
INP = P("in the period", "2025-10-01", "2025-10-20")
YEK = P("a year earlier", "2024-10-01", "2024-10-20")
YTD = P("From Jan. 1 through Oct. 20", "2025-01-01", "2025-10-20")
KSEP = per("For September", 2025, 9)
KOCT = per("October", 2025, 10)
# 9706 Trading Economics (ref Wednesday 2025-10-22)
S25 = per("in September 2025", 2025, 9)
AUG = per("in August", 2025, 8)
# 9707 Investing.com (ref Tuesday 2025-11-25)
ET = P("By 04:20 ET", None, None)
MON = P("on Monday", "2025-11-24", "2025-11-24")
SFTY = P("so far this year", "2025-01-01", "2025-11-25")
O21 = P("on Oct. 21", "2025-10-21", "2025-10-21")
W4 = P("in the four weeks to Nov. 23", "2025-10-27", "2025-11-23")
IOCT = per("in October", 2025, 10)
FY25 = Y("full-year", 2025)
LW = P("last week", "2025-11-17", "2025-11-23")
# 9708 Business Standard (ref Thursday 2025-11-13)
HAO = P("in Apr-Oct", "2025-04-01", "2025-10-31")
AOFY = P("during April-October FY26", "2025-04-01", "2025-10-31")
SEVEN = P("in the seven months", "2025-04-01", "2025-10-31")
OCTA = per("In October", 2025, 10)
BOVER = P("over the period", "2025-04-01", "2025-10-31")
YAP = P("in the year-ago period", "2024-04-01", "2024-10-31")
DAO = P("during April-October", "2025-04-01", "2025-10-31")
BOCT = per("in October", 2025, 10)
# 9709 DG ENER (ref Wednesday 2025-04-16)
Y24 = Y("in 2024", 2024)
T22 = P("than in 2022", "2022-01-01", "2024-12-31")
Y22 = Y("in 2022", 2022)
Q424 = Q("In the fourth quarter of 2024", 2024, 4)
Q124 = Q("in the first quarter", 2024, 1)
E24 = P("at the end of 2024", "2024-12-31", "2024-12-31")
RPE = P("between 2022 and 2027", "2022-01-01", "2027-12-31")
H224 = P("in the second half of 2024", "2024-07-01", "2024-12-31")
# 9710 NBS (ref Monday 2024-12-16)
F11 = P("in the first eleven months", "2024-01-01", "2024-11-30")
JN = P("from January to November 2024", "2024-01-01", "2024-11-30")
NNOV = per("In November", 2024, 11)

SHARE = "online retail sales of physical goods share of total retail sales of consumer goods"

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_labour_market_vacancies_by_sector.txt': [
        ('706,000', 1, 706000, 'count', 'number of vacancies in the UK', None, None, None, NJ, None),
        ('14,000', 1, 14000, 'count', 'number of vacancies in the UK', 'decrease', 'period_on_period', None, NJ, None),
        ('1.9%', 1, 1.9, 'percent', 'number of vacancies in the UK', 'decrease', 'period_on_period', None, NJ, None),
        ('90,000', 1, 90000, 'count', 'total vacancies', 'decrease', None, None, PRE, None),
        ('62,000', 1, 62000, 'count', 'total vacancies', 'decrease', 'year_on_year', None, NJ, None),
        ('8.1%', 1, 8.1, 'percent', 'total vacancies', 'decrease', 'year_on_year', None, NJ, None),
        ('2.2', 1, 2.2, 'count', 'vacancies per 100 employee jobs', 'decrease', None, None, NJ, None),
        ('2.3', 1, 2.3, 'count', 'vacancies per 100 employee jobs', None, None, None, PREV3, None),
        ('11', 1, 11, 'count', 'industry sectors with a quarterly fall in vacancies', None, None, None, LATEST, ONS),
        ('4,000', 1, 4000, 'count', 'vacancies in professional, scientific and technical activities', 'decrease', 'period_on_period', None, LATEST, ONS),
        ('3,000', 1, 3000, 'count', 'vacancies in information and communication', 'decrease', 'period_on_period', None, LATEST, ONS),
        ('2,000', 1, 2000, 'count', 'vacancies in administrative and support service activities', 'decrease', 'period_on_period', None, LATEST, ONS),
        ('3.8%', 1, 3.8, 'percent', 'vacancies in administrative and support service activities', 'decrease', 'period_on_period', None, LATEST, ONS),
        ('127,000', 1, 127000, 'count', 'vacancies in human health and social work activities', None, None, None, LATEST, ONS),
        ('1,000', 1, 1000, 'count', 'vacancies in human health and social work activities', 'decrease', 'period_on_period', None, LATEST, ONS),
        ('48,000', 1, 48000, 'count', 'vacancies in manufacturing', 'increase', None, None, LATEST, ONS),
        ('46,000', 1, 46000, 'count', 'vacancies in manufacturing', None, None, None, AO25, ONS),
        ('31%', 1, 31, 'percent', 'vacancies in accommodation and food service activities', 'decrease', None, None, PRE, ONS),
        ('a fifth', 1, 0.2, 'fraction', 'vacancies in arts, entertainment and recreation', 'decrease', None, 'approximately', PRE, ONS),
        ('3.1', 1, 3.1, 'count', 'vacancies per 100 employee jobs in accommodation and food service activities', None, None, None, None, ONS),
        ('1.4', 1, 1.4, 'count', 'vacancies per 100 employee jobs in public administration and defence', None, None, None, None, ONS),
        ('4.1', 1, 4.1, 'count', 'vacancies per 100 employee jobs', None, None, None, AJ22, ONS),
        ('3,000', 2, 3000, 'count', 'vacancies revision', 'increase', None, None, REV, ONS),
        ('720,000', 1, 720000, 'count', 'vacancies', 'increase', None, None, REV, ONS),
    ],
    'wire_1987_canadian_retail_sales_monthly.txt': [
        ('1.4 PCT', 1, 1.4, 'percent', 'Canadian retail sales', 'increase', None, None, HFEB, None),
        ('1.4 pct', 1, 1.4, 'percent', 'Canadian retail sales', 'increase', 'month_on_month', None, FEB, STC),
        ('11.85 billion dlrs', 1, 11.85e9, 'CAD', 'Canadian retail sales', 'increase', None, None, FEB, STC),
        ('11.69 billion dlrs', 1, 11.69e9, 'CAD', 'Canadian retail sales', None, None, None, JAN, STC),
        ('0.4 pct', 1, 0.4, 'percent', 'retail sales', 'decrease', 'month_on_month', None, JANA, STC),
        ('0.6 pct', 1, 0.6, 'percent', 'retail sales', 'decrease', 'month_on_month', None, JANA, STC),
        ('6.9 pct', 1, 6.9, 'percent', 'retail sales', 'increase', 'year_on_year', None, FEBA, STC),
        ('3.8 pct', 1, 3.8, 'percent', 'sales by new and used car dealers', 'increase', None, None, MONTH, STC),
        ('2.87 billion dlrs', 1, 2.87e9, 'CAD', 'sales by new and used car dealers', 'increase', None, None, MONTH, STC),
        ('0.9 pct', 1, 0.9, 'percent', 'department store sales', 'increase', None, None, MONTH, STC),
        ('0.2 pct', 1, 0.2, 'percent', 'sales of grocery, confectionery and sundries stores', 'increase', None, None, MONTH, STC),
        ('1.1 pct', 1, 1.1, 'percent', 'sales of furniture, television and appliance stores', 'decrease', None, None, MONTH, STC),
        ('0.7 pct', 1, 0.7, 'percent', 'sales of shoe stores', 'decrease', None, None, MONTH, STC),
        ('0.6 pct', 2, 0.6, 'percent', 'sales excluding automobile dealers', 'increase', None, None, MONTH, STC),
        ('8.98 billion dlrs', 1, 8.98e9, 'CAD', 'sales excluding automobile dealers', 'increase', None, None, MONTH, STC),
        ('9.42 billion dlrs', 1, 9.42e9, 'CAD', 'unadjusted retail sales', None, None, None, FEB, STC),
        ('7.3 pct', 1, 7.3, 'percent', 'unadjusted retail sales', 'increase', 'year_on_year', None, FEB, STC),
        ('8.78 billion', 1, 8.78e9, 'CAD', 'unadjusted retail sales', None, None, None, YE86, STC),
        ('eight', 1, 8, 'count', 'provinces with higher sales', None, None, None, FEB, STC),
        ('2.2 pct', 1, 2.2, 'percent', 'sales in Ontario', 'increase', None, None, FEB, STC),
        ('1.7 pct', 1, 1.7, 'percent', 'sales in Quebec', 'increase', None, None, FEB, STC),
        ('0.5 pct', 1, 0.5, 'percent', 'sales in Saskatchewan', 'decrease', None, None, FEB, STC),
        ('4.8 pct', 1, 4.8, 'percent', 'retail sales', 'increase', 'year_on_year', None, F2M, STC),
        ('1.6 pct', 1, 1.6, 'percent', 'retail sales in the United States', 'increase', None, None, MAR, USDOC),
    ],
    'wire_2025_poland_inflation_flash.txt': [
        ('2.4%', 1, 2.4, 'percent', 'Polish inflation', 'decrease', None, None, NOV, None),
        ('2.4%', 2, 2.4, 'percent', 'annual consumer price inflation', 'decrease', 'year_on_year', None, NOV, GUS),
        ('2.8%', 1, 2.8, 'percent', 'annual consumer price inflation', None, 'year_on_year', None, OCT, GUS),
        ('2.5%', 1, 2.5, 'percent', 'inflation target', None, None, None, None, NBP),
        ('2.6%', 1, 2.6, 'percent', 'inflation', None, 'year_on_year', None, NOV, REU),
        ('17', 1, 17, 'count', 'economists in a Reuters poll', None, None, None, NOV, REU),
        ('2.3%', 1, 2.3, 'percent', 'inflation', None, 'year_on_year', None, NOV, REU),
        ('2.9%', 1, 2.9, 'percent', 'inflation', None, 'year_on_year', None, NOV, REU),
        ('0.1%', 1, 0.1, 'percent', 'prices', 'decrease', 'month_on_month', None, NOV, GUS),
        ('0.1%', 2, 0.1, 'percent', 'prices', 'increase', 'month_on_month', None, OCT, GUS),
        ('1.9%', 1, 1.9, 'percent', 'food and non-alcoholic beverage prices', 'increase', 'year_on_year', None, INOV, GUS),
        ('3.3%', 1, 3.3, 'percent', 'energy prices', 'increase', 'year_on_year', None, INOV, GUS),
        ('4.6%', 1, 4.6, 'percent', 'fuel prices', 'decrease', 'year_on_year', None, INOV, GUS),
        ('0.4%', 1, 0.4, 'percent', 'food prices', 'decrease', 'month_on_month', None, INOV, GUS),
        ('1.2%', 1, 1.2, 'percent', 'fuel prices', 'decrease', 'month_on_month', None, INOV, GUS),
        ('3.0%', 1, 3.0, 'percent', 'core inflation', None, None, None, OCT, NBP),
        ('2.8%', 2, 2.8, 'percent', 'core inflation', 'decrease', None, 'approximately', NOV, ING),
        ('2.5%', 2, 2.5, 'percent', 'inflation target', None, None, None, None, NBP),
        ('1 percentage point', 1, 1, 'percentage_point', 'tolerance band', None, None, None, None, NBP),
        ('25 basis points', 1, 25, 'basis_point', 'reference rate', 'decrease', None, None, N5, NBP),
        ('4.25%', 1, 4.25, 'percent', 'reference rate', 'decrease', None, None, N5, NBP),
        ('150 basis points', 1, 150, 'basis_point', 'total cuts', 'decrease', None, None, Y('this year', 2025), NBP),
        ('4.2310', 1, 4.2310, 'PLN', 'zloty', None, None, None, FRI, NBP),
    ],
    'cnbc_style_ups_fedex_holiday_parcel_volumes.txt': [
        ('3.4 billion', 1, 3.4e9, 'count', 'holiday package volume', 'increase', None, None, None, None),
        ('99%', 1, 99, 'percent', 'on-time rates', None, None, 'approximately', None, None),
        ('3.4 billion packages', 1, 3.4e9, 'count', 'packages delivered by U.S. carriers', None, None, 'approximately', SEASON, SM),
        ('3.2%', 1, 3.2, 'percent', 'packages delivered by U.S. carriers', 'increase', 'year_on_year', None, SEASON, SM),
        ('2%', 1, 2, 'percent', 'package volume growth', 'increase', None, None, None, SM),
        ('4%', 1, 4, 'percent', 'package volume growth', 'increase', None, None, None, SM),
        ('1.25 billion', 1, 1.25e9, 'count', "parcels handled by Amazon's in-house network", None, None, 'approximately', OVER, SM),
        ('940 million', 1, 940e6, 'count', 'parcels handled by the U.S. Postal Service', None, None, None, OVER, SM),
        ('610 million', 1, 610e6, 'count', 'parcels handled by UPS', None, None, None, OVER, SM),
        ('545 million', 1, 545e6, 'count', 'parcels handled by FedEx', None, None, None, OVER, SM),
        ('55 million', 1, 55e6, 'count', 'parcels picked up by regional carriers and gig-economy couriers', None, None, 'approximately', OVER, SM),
        ('98.7%', 1, 98.7, 'percent', 'share of UPS ground packages delivered on time', None, None, None, OVER, SM),
        ('98.9%', 1, 98.9, 'percent', 'share of FedEx Ground packages delivered on time', None, None, None, OVER, SM),
        ('97.2%', 1, 97.2, 'percent', "Postal Service's on-time rate", 'decrease', None, None, OVER, SM),
        ('98.1%', 1, 98.1, 'percent', "Postal Service's on-time rate", None, None, None, YEC, SM),
        ('118 million packages', 1, 118e6, 'count', 'package volume', None, None, 'approximately', D1, SM),
        ('88 million', 1, 88e6, 'count', 'package volume', None, None, None, W3, SM),
        ('9%', 1, 9, 'percent', 'U.S. average daily volume', 'decrease', 'year_on_year', 'approximately', Q4, UPS),
        ('3.8%', 1, 3.8, 'percent', 'U.S. average daily package volume', 'increase', None, None, FQ2, FDX),
        ('$1.9 billion', 1, 1.9e9, 'USD', 'peak surcharges collected by carriers', None, None, None, OVER, SM),
        ('a fifth', 1, 0.2, 'fraction', 'peak surcharges collected by carriers', 'increase', 'year_on_year', 'approximately', OVER, SM),
    ],
    'mt_newswires_south_korea_trade_balance.txt': [
        ('$1.88 billion', 1, 1.88e9, 'USD', 'trade deficit', None, None, None, F20, KCS),
        ('$1.21 billion', 1, 1.21e9, 'USD', 'trade surplus', None, None, None, SPLY, KCS),
        ('18.4%', 1, 18.4, 'percent', 'exports', 'decrease', 'year_on_year', None, INP, KCS),
        ('$30.32 billion', 1, 30.32e9, 'USD', 'exports', 'decrease', None, None, INP, KCS),
        ('13.9%', 1, 13.9, 'percent', 'imports', 'decrease', 'year_on_year', None, INP, KCS),
        ('$32.20 billion', 1, 32.20e9, 'USD', 'imports', 'decrease', None, None, INP, KCS),
        ('7.1%', 1, 7.1, 'percent', 'daily average exports', 'increase', 'year_on_year', None, INP, KCS),
        ('$2.25 billion', 1, 2.25e9, 'USD', 'daily average exports', 'increase', None, None, INP, KCS),
        ('12.9%', 1, 12.9, 'percent', 'semiconductor exports', 'increase', 'year_on_year', None, INP, KCS),
        ('$9.40 billion', 1, 9.40e9, 'USD', 'semiconductor exports', 'increase', None, None, INP, KCS),
        ('31.0%', 1, 31.0, 'percent', 'semiconductor share of total exports', 'increase', None, None, INP, KCS),
        ('22.4%', 1, 22.4, 'percent', 'semiconductor share of total exports', None, None, None, YEK, KCS),
        ('28.7%', 1, 28.7, 'percent', 'passenger car shipments', 'decrease', 'year_on_year', None, INP, KCS),
        ('31.5%', 1, 31.5, 'percent', 'petroleum product shipments', 'decrease', 'year_on_year', None, INP, KCS),
        ('14.2%', 1, 14.2, 'percent', 'exports to China', 'decrease', 'year_on_year', None, None, KCS),
        ('22.0%', 1, 22.0, 'percent', 'exports to the U.S.', 'decrease', 'year_on_year', None, None, KCS),
        ('9.3%', 1, 9.3, 'percent', 'shipments to Taiwan', 'increase', 'year_on_year', None, None, KCS),
        ('$508.4 billion', 1, 508.4e9, 'USD', 'exports', None, None, None, YTD, KCS),
        ('1.2%', 1, 1.2, 'percent', 'exports', 'increase', 'year_on_year', None, YTD, KCS),
        ('$51.6 billion', 1, 51.6e9, 'USD', 'cumulative trade surplus', None, None, None, YTD, KCS),
        ('12.7%', 1, 12.7, 'percent', 'exports', 'increase', 'year_on_year', None, KSEP, MOTIE),
        ('$65.95 billion', 1, 65.95e9, 'USD', 'exports', 'increase', None, None, KSEP, MOTIE),
        ('$65.91 billion', 1, 65.91e9, 'USD', 'exports', None, None, None, KSEP, MOTIE),
        ('4%', 1, 4, 'percent', 'exports', 'decrease', None, None, KOCT, YIM),
        ('6%', 1, 6, 'percent', 'exports', 'decrease', None, None, KOCT, YIM),
    ],
    'trading_economics_style_malaysia_inflation.txt': [
        ('1.5%', 1, 1.5, 'percent', 'Malaysia Inflation Rate', 'increase', None, None, None, None),
        ('1.5%', 2, 1.5, 'percent', 'annual inflation rate in Malaysia', 'increase', 'year_on_year', None, S25, DOSM),
        ('1.3%', 1, 1.3, 'percent', 'annual inflation rate in Malaysia', None, 'year_on_year', None, AUG, DOSM),
        ('1.4%', 1, 1.4, 'percent', 'annual inflation rate in Malaysia', None, 'year_on_year', None, S25, None),
        ('2.1%', 1, 2.1, 'percent', 'prices of housing, water, electricity, gas & other fuels', 'increase', 'year_on_year', None, S25, DOSM),
        ('1.8%', 1, 1.8, 'percent', 'prices of housing, water, electricity, gas & other fuels', None, 'year_on_year', None, AUG, DOSM),
        ('4.9%', 1, 4.9, 'percent', 'prices of personal care & social protection', 'increase', 'year_on_year', None, S25, DOSM),
        ('4.6%', 1, 4.6, 'percent', 'prices of personal care & social protection', None, 'year_on_year', None, AUG, DOSM),
        ('1.8%', 2, 1.8, 'percent', 'food & beverages prices', 'increase', 'year_on_year', None, S25, DOSM),
        ('0.3%', 1, 0.3, 'percent', 'transport costs', 'decrease', 'year_on_year', None, S25, DOSM),
        ('0.5%', 1, 0.5, 'percent', 'transport costs', None, 'year_on_year', None, AUG, DOSM),
        ('2.2%', 1, 2.2, 'percent', 'core inflation', 'increase', 'year_on_year', None, S25, DOSM),
        ('2.1%', 2, 2.1, 'percent', 'core inflation', None, 'year_on_year', None, AUG, DOSM),
        ('0.2%', 1, 0.2, 'percent', 'CPI', 'increase', 'month_on_month', None, S25, DOSM),
        ('0.1%', 1, 0.1, 'percent', 'CPI', 'increase', 'month_on_month', None, AUG, DOSM),
        ('318', 1, 318, 'count', 'items recording price increases', None, None, None, S25, DOSM),
        ('2.4%', 1, 2.4, 'percent', 'inflation in Kuala Lumpur', None, 'year_on_year', None, S25, DOSM),
        ('2.0%', 1, 2.0, 'percent', 'inflation in Penang', None, 'year_on_year', None, S25, DOSM),
        ('0.6%', 1, 0.6, 'percent', 'inflation in Sabah', None, 'year_on_year', None, S25, DOSM),
        ('0.7%', 1, 0.7, 'percent', 'inflation in Sarawak', None, 'year_on_year', None, S25, DOSM),
        ('3.44 percent', 1, 3.44, 'percent', 'Inflation Rate in Malaysia average', None, None, None, P('from 1973 until 2025', '1973-01-01', '2025-12-31'), DOSM),
        ('23.90 percent', 1, 23.90, 'percent', 'Inflation Rate in Malaysia all time high', None, None, None, per('in March of 1974', 1974, 3), DOSM),
        ('-2.90 percent', 1, -2.90, 'percent', 'Inflation Rate in Malaysia record low', 'decrease', None, None, per('in May of 2020', 2020, 5), DOSM),
        ('1.60 percent', 1, 1.60, 'percent', 'Inflation Rate in Malaysia', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('2.00 percent', 1, 2.00, 'percent', 'Malaysia Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('2.10 percent', 1, 2.10, 'percent', 'Malaysia Inflation Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_brent_russia_sanctions_urals.txt': [
        ('0.4%', 1, 0.4, 'percent', 'Brent crude futures for January', 'increase', None, None, ET, None),
        ('$62.61', 1, 62.61, 'USD', 'Brent crude futures for January', 'increase', None, None, ET, None),
        ('0.3%', 1, 0.3, 'percent', 'West Texas Intermediate crude futures', 'increase', None, None, ET, None),
        ('$58.02', 1, 58.02, 'USD', 'West Texas Intermediate crude futures', 'increase', None, None, ET, None),
        ('1.3%', 1, 1.3, 'percent', 'Brent', 'decrease', None, None, MON, None),
        ('16%', 1, 16, 'percent', 'Brent', 'decrease', None, 'approximately', SFTY, None),
        ('$39.80', 1, 39.80, 'USD', 'Urals', None, None, 'approximately', MON, ARG),
        ('$23.10', 1, 23.10, 'USD', 'Urals discount to Dated Brent', None, None, None, MON, ARG),
        ('$11', 1, 11, 'USD', 'Urals discount to Dated Brent', None, None, None, O21, ARG),
        ('12', 1, 12, 'USD', 'Urals discount to Dated Brent', None, None, None, O21, ARG),
        ('3.12 million barrels per day', 1, 3.12e6, 'barrel per day', 'Russian seaborne crude exports', None, None, None, W4, BBG),
        ('190,000 bpd', 1, 190000, 'barrel per day', 'Russian seaborne crude exports', 'decrease', 'period_on_period', None, W4, BBG),
        ('1.6 million bpd', 1, 1.6e6, 'barrel per day', "India's purchases of Russian seaborne crude", None, None, 'approximately', IOCT, BBG),
        ('1.2 million bpd', 1, 1.2e6, 'barrel per day', "China's purchases of Russian seaborne crude", None, None, None, IOCT, BBG),
        ('24%', 1, 24, 'percent', "Russia's oil and gas budget revenues", 'decrease', 'year_on_year', None, IOCT, MINFIN),
        ('888.6 billion roubles', 1, 888.6e9, 'RUB', "Russia's oil and gas budget revenues", 'decrease', None, None, IOCT, MINFIN),
        ('22%', 1, 22, 'percent', 'oil and gas budget revenues', 'decrease', 'year_on_year', 'approximately', FY25, GOVRU),
        ('8.65 trillion roubles', 1, 8.65e12, 'RUB', 'oil and gas budget revenues', 'decrease', None, None, FY25, GOVRU),
        ('1.9 million barrels', 1, 1.9e6, 'barrel', 'U.S. crude inventories', 'decrease', None, 'approximately', LW, REU),
    ],
    'business_standard_style_steel_imports_china_safeguard.txt': [
        ('31%', 1, 31, 'percent', 'finished steel imports', 'decrease', None, None, HAO, None),
        ('31.2 per cent', 1, 31.2, 'percent', 'imports of finished steel', 'decrease', 'year_on_year', None, AOFY, JPC),
        ('4.6 million tonnes', 1, 4.6e6, 'tonne', 'imports of finished steel', 'decrease', None, None, AOFY, JPC),
        ('12 per cent', 1, 12, 'percent', 'provisional safeguard duty on flat products', None, None, None, None, None),
        ('19.6 per cent', 1, 19.6, 'percent', 'imports from South Korea', 'decrease', None, None, SEVEN, JPC),
        ('1.41 mt', 1, 1.41e6, 'tonne', 'imports from South Korea', 'decrease', None, None, SEVEN, JPC),
        ('1.32 mt', 1, 1.32e6, 'tonne', 'imports from China', None, None, None, SEVEN, JPC),
        ('38.5 per cent', 1, 38.5, 'percent', 'imports from China', 'decrease', None, None, SEVEN, JPC),
        ('0.71 mt', 1, 0.71e6, 'tonne', 'imports from Japan', None, None, None, SEVEN, JPC),
        ('three-fourths', 1, 0.75, 'fraction', 'South Korea, China and Japan share of finished steel imports', None, None, 'approximately', SEVEN, JPC),
        ('0.58 mt', 1, 0.58e6, 'tonne', 'finished steel imports', None, None, None, OCTA, JPC),
        ('12.1 per cent', 1, 12.1, 'percent', 'finished steel imports', 'decrease', 'month_on_month', None, OCTA, JPC),
        ('35.6 per cent', 1, 35.6, 'percent', 'finished steel imports', 'decrease', 'year_on_year', None, OCTA, JPC),
        ('28.7 per cent', 1, 28.7, 'percent', 'exports of finished steel', 'increase', 'year_on_year', None, BOVER, JPC),
        ('3.7 mt', 1, 3.7e6, 'tonne', 'exports of finished steel', 'increase', None, None, BOVER, JPC),
        ('0.9 mt', 1, 0.9e6, 'tonne', 'net imports of finished steel', None, None, None, BOVER, JPC),
        ('3.8 mt', 1, 3.8e6, 'tonne', 'net imports of finished steel', None, None, None, YAP, JPC),
        ('7.4 per cent', 1, 7.4, 'percent', 'finished steel consumption', 'increase', None, None, DAO, JPC),
        ('91.5 mt', 1, 91.5e6, 'tonne', 'finished steel consumption', 'increase', None, None, DAO, JPC),
        ('10.2 per cent', 1, 10.2, 'percent', 'crude steel output', 'increase', None, None, DAO, JPC),
        ('95.3 mt', 1, 95.3e6, 'tonne', 'crude steel output', 'increase', None, None, DAO, JPC),
        ('11', 1, 11, 'percent', 'safeguard duty', None, None, None, None, DGTR),
        ('12 per cent', 2, 12, 'percent', 'safeguard duty', None, None, None, None, DGTR),
        ('₹47,800', 1, 47800, 'INR', 'hot-rolled coil prices in Mumbai', None, None, None, BOCT, STM),
        ('₹2,300', 1, 2300, 'INR', 'hot-rolled coil prices in Mumbai', 'decrease', 'month_on_month', 'approximately', BOCT, STM),
    ],
    'eu_energy_style_heat_pump_installations_decline.txt': [
        ('2.06 million units', 1, 2.06e6, 'count', 'sales of heat pumps in the EU', None, None, 'approximately', Y24, EHPA),
        ('22%', 1, 22, 'percent', 'sales of heat pumps in the EU', 'decrease', 'year_on_year', None, Y24, EHPA),
        ('32%', 1, 32, 'percent', 'sales of heat pumps in the EU', 'decrease', None, None, T22, EHPA),
        ('3.03 million units', 1, 3.03e6, 'count', 'sales of heat pumps in the EU', None, None, None, Y22, EHPA),
        ('-54%', 1, -54, 'percent', 'heat pump sales in Belgium', 'decrease', 'year_on_year', None, Y24, EHPA),
        ('-48%', 1, -48, 'percent', 'heat pump sales in Germany', 'decrease', 'year_on_year', None, Y24, EHPA),
        ('-37%', 1, -37, 'percent', 'heat pump sales in Poland', 'decrease', 'year_on_year', None, Y24, EHPA),
        ('21%', 1, 21, 'percent', 'heat pump sales in France', 'decrease', 'year_on_year', None, Y24, EHPA),
        ('36%', 1, 36, 'percent', 'heat pump sales in Italy', 'decrease', 'year_on_year', None, Y24, EHPA),
        ('6%', 1, 6, 'percent', 'heat pump sales in Denmark', 'increase', 'year_on_year', None, Y24, EHPA),
        ('2%', 1, 2, 'percent', 'heat pump sales in Ireland', 'increase', 'year_on_year', None, Y24, EHPA),
        ('15%', 1, 15, 'percent', 'heat pump sales in the reporting countries', 'decrease', 'year_on_year', None, Q424, EHPA),
        ('29%', 1, 29, 'percent', 'heat pump sales in the reporting countries', 'decrease', 'year_on_year', None, Q124, EHPA),
        ('24.6 million units', 1, 24.6e6, 'count', 'installed stock of heat pumps in the EU', None, None, None, E24, EHPA),
        ('a sixth', 1, 0.1667, 'fraction', "heat pumps share of buildings' heating needs", None, None, 'approximately', E24, EHPA),
        ('10 million', 1, 10e6, 'count', 'additional hydronic heat pumps under the REPowerEU ambition', None, None, None, RPE, None),
        ('2.6 times', 1, 2.6, 'times', 'household electricity price relative to natural gas', None, None, None, H224, EUROSTAT),
        ('30%', 1, 30, 'percent', 'federal grant share of eligible costs', None, None, None, None, None),
        ('70%', 1, 70, 'percent', 'federal grant share of eligible costs', None, None, None, None, None),
        ('151,000', 1, 151000, 'count', 'approvals under the scheme', None, None, None, Y24, KFW),
    ],
    'nbs_style_online_sales_physical_goods_categories.txt': [
        ('6.8 percent', 1, 6.8, 'percent', 'online retail sales of physical goods', 'increase', None, None, F11, None),
        ('a quarter', 1, 0.25, 'fraction', SHARE, None, None, 'more_than', F11, None),
        ('44,272.3 billion yuan', 1, 44272.3e9, 'CNY', 'total retail sales of consumer goods', None, None, None, JN, NBS),
        ('3.5 percent', 1, 3.5, 'percent', 'total retail sales of consumer goods', 'increase', 'year_on_year', None, JN, NBS),
        ('14,107.4 billion yuan', 1, 14107.4e9, 'CNY', 'national online retail sales', None, None, None, JN, NBS),
        ('7.9 percent', 1, 7.9, 'percent', 'national online retail sales', 'increase', 'year_on_year', None, JN, NBS),
        ('11,843.4 billion yuan', 1, 11843.4e9, 'CNY', 'online retail sales of physical goods', None, None, None, JN, NBS),
        ('6.8 percent', 2, 6.8, 'percent', 'online retail sales of physical goods', 'increase', 'year_on_year', None, JN, NBS),
        ('26.8 percent', 1, 26.8, 'percent', SHARE, None, None, None, JN, NBS),
        ('0.4 percentage points', 1, 0.4, 'percentage_point', SHARE, 'increase', 'year_on_year', None, JN, NBS),
        ('15.7 percent', 1, 15.7, 'percent', 'online sales of food', 'increase', 'year_on_year', None, JN, NBS),
        ('2.1 percent', 1, 2.1, 'percent', 'online sales of clothing', 'increase', 'year_on_year', None, JN, NBS),
        ('5.9 percent', 1, 5.9, 'percent', 'online sales of goods for daily use', 'increase', 'year_on_year', None, JN, NBS),
        ('2.9 percent', 1, 2.9, 'percent', 'online retail sales of physical goods', 'increase', 'year_on_year', None, NNOV, NBS),
        ('5.7 percentage points', 1, 5.7, 'percentage_point', 'online retail sales of physical goods growth rate', 'decrease', 'month_on_month', None, NNOV, NBS),
        ('19.3 percent', 1, 19.3, 'percent', 'online sales of household appliances and audio-visual equipment on key platforms', 'increase', None, None, F11, MOFCOM),
        ('13.4 percent', 1, 13.4, 'percent', 'online sales of communication equipment', 'increase', None, None, F11, MOFCOM),
        ('2.35 trillion yuan', 1, 2.35e12, 'CNY', 'online retail sales in rural areas', None, None, None, F11, MOFCOM),
        ('6.1 percent', 1, 6.1, 'percent', 'online retail sales in rural areas', 'increase', None, None, F11, MOFCOM),
        ('590.7 billion yuan', 1, 590.7e9, 'CNY', 'online sales of agricultural products', None, None, None, F11, MOFCOM),
        ('16.2 percent', 1, 16.2, 'percent', 'online sales of agricultural products', 'increase', None, None, F11, MOFCOM),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
