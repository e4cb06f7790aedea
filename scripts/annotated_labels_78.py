# ruff: noqa: E501, RUF001
"""Write corpus/annotated_78/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_78.py corpus/annotated_78
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
STC = "Statistics Canada"
MLAB = "Ministry of Labour and Social Economy"
MISSM = "Ministry of Inclusion, Social Security and Migration"
RTRS = "Reuters"
DOC = "U.S. Department of Commerce"
DJ = "Dow Jones"
FRED = "Freddie Mac"
DST = "Federal Statistical Office"
BBG = "Bloomberg"
HDE = "German Retail Federation"
CSD = "Census and Statistics Department"
TE = "Trading Economics"
LME = "London Metal Exchange"
SHFE = "Shanghai Futures Exchange"
ILZSG = "International Lead and Zinc Study Group"
PPAC = "Petroleum Planning and Analysis Cell"
MOCI = "Ministry of Commerce and Industry"
ICRA = "ICRA"
ENTSOE = "European Network of Transmission System Operators for Electricity"
NBS = "National Bureau of Statistics"

# 7801 ONS profitability of UK companies (ref Tuesday 2025-10-07)
Q2L = Q("in Quarter 2 (Apr to June) 2025", 2025, 2)
Q1L = Q("in Quarter 1 (Jan to Mar) 2025", 2025, 1)
LQ = Q("in the latest quarter", 2025, 2)
FQ = Q("in the first quarter", 2025, 1)
Q2S = Q("in Quarter 2 2025", 2025, 2)
Q1A = Q("Quarter 1 2025", 2025, 1)
THATQ = Q("for that quarter", 2025, 1)
AJ = Q("in April to June 2025", 2025, 2)
OVQ = Q("over the quarter", 2025, 2)
FY25 = P("Across the financial year ending March 2025", "2024-04-01", "2025-03-31")
FY24 = P("in the previous financial year", "2023-04-01", "2024-03-31")
S15 = P("since 2015", "2015-01-01", "2025-10-07")
# 7802 Reuters 1987 (ref Wednesday 1987-04-15)
FEBH = per("IN FEBRUARY", 1987, 2)
FEB = per("in February", 1987, 2)
FEBA = per("February", 1987, 2)
JAN = per("in January", 1987, 1)
JANA = per("January", 1987, 1)
MON = per("in the month", 1987, 2)
F2 = P("In the first two months of 1987", "1987-01-01", "1987-02-28")
YE87 = P("a year earlier", "1986-01-01", "1986-02-28")
# 7803 Reuters 2025 (ref Tuesday 2025-12-02)
NOV = per("in November", 2025, 11)
LM = per("last month", 2025, 11)
NOVA = per("November's", 2025, 11)
OCTA = per("October's", 2025, 10)
# 7804 CNBC (ref Monday 2025-12-01)
COCT = per("in October", 2025, 10)
SEPA = per("September's", 2025, 9)
F10Y = P("For the first 10 months of the year", "2025-01-01", "2025-10-31")
SP24 = P("during the same period in 2024", "2024-01-01", "2024-10-31")
LW = P("last week", "2025-11-24", "2025-11-30")
# 7805 MT Newswires (ref Monday 2025-12-01)
MOCT = per("in October", 2025, 10)
MSEP = per("September", 2025, 9)
MF10 = P("In the first ten months of 2025", "2025-01-01", "2025-10-31")
M22 = P("March 2022", "2022-03-01", "2025-10-31")
ND = P("in November and December", "2025-11-01", "2025-12-31")
# 7806 Trading Economics (ref Tuesday 2025-11-18)
AO = P("in August–October 2025", "2025-08-01", "2025-10-31")
JS = P("in July–September", "2025-07-01", "2025-09-30")
HIST = P("Over the period from 1982 to 2025", "1982-01-01", "2025-12-31")
EOQ = P("by the end of this quarter", "2025-12-31", "2025-12-31")
# 7807 Investing.com (ref Thursday 2025-11-20)
ET = P("By 04:10 ET", None, None)
PTW = P("over the past two weeks", "2025-11-06", "2025-11-20")
WED = P("On Wednesday", "2025-11-19", "2025-11-19")
TUE = P("on Tuesday", "2025-11-18", "2025-11-18")
LFR = P("as of last Friday", "2025-11-14", "2025-11-14")
# 7808 Business Standard (ref Friday 2025-11-21)
BOCTH = per("in Oct", 2025, 10)
BOCT = per("in October", 2025, 10)
BMON = per("in the month", 2025, 10)
BYE = per("a year earlier", 2024, 10)
BAO = P("In the April-October period of 2025-26", "2025-04-01", "2025-10-31")
BCP = P("in the corresponding period of the previous year", "2024-04-01", "2024-10-31")
BF7 = P("in the first seven months of the fiscal year", "2025-04-01", "2025-10-31")
JMQ = Q("in the January-March quarter", 2026, 1)
# 7809 DG ENER (ref Thursday 2026-01-15)
EN25 = per("In November 2025", 2025, 11)
RNG = P("2020-2024", "2020-01-01", "2024-12-31")
ENOV = per("in November", 2025, 11)
EPM = per("in the previous month", 2025, 10)
EOCT = per("in October", 2025, 10)
EAME = per("a month earlier", 2025, 10)
EJN = P("In January-November 2025", "2025-01-01", "2025-11-30")
# 7810 NBS (ref Monday 2025-11-17)
NH = P("in the First Ten Months of 2025", "2025-01-01", "2025-10-31")
NF10 = P("in the first ten months of 2025", "2025-01-01", "2025-10-31")
NOCT = per("In October", 2025, 10)
NJO = P("from January to October", "2025-01-01", "2025-10-31")
NF10B = P("in the first ten months", "2025-01-01", "2025-10-31")

VA = "value added of industrial enterprises above designated size"
NRR = "PNFC net rate of return"

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_company_profitability.txt': [
        ('9.6%', 1, 9.6, 'percent', 'net rate of return of private non-financial corporations', 'decrease', None, None, Q2L, None),
        ('10.1%', 1, 10.1, 'percent', 'net rate of return of private non-financial corporations', None, None, None, Q1L, None),
        ('7.9%', 1, 7.9, 'percent', "manufacturing companies' net rate of return", 'decrease', None, None, LQ, None),
        ('13.4%', 1, 13.4, 'percent', 'net rate of return for service sector companies', 'decrease', None, None, LQ, None),
        ('13.9%', 1, 13.9, 'percent', 'net rate of return for service sector companies', None, None, None, FQ, None),
        ('2.1 percentage points', 1, 2.1, 'percentage_point', 'net rate of return of UK continental shelf companies', 'increase', 'quarter_on_quarter', None, Q2S, ONS),
        ('27.5%', 1, 27.5, 'percent', 'net rate of return of UK continental shelf companies', 'increase', None, None, Q2S, ONS),
        ('9.0%', 1, 9.0, 'percent', 'net rate of return of non-UKCS companies', None, None, None, Q2S, ONS),
        ('0.3 percentage points', 1, 0.3, 'percentage_point', 'PNFC net rate of return revision', 'increase', None, None, Q1A, ONS),
        ('9.8%', 1, 9.8, 'percent', NRR, None, None, None, Q1A, ONS),
        ('10.1%', 2, 10.1, 'percent', NRR, 'increase', None, None, Q1A, ONS),
        ('8.6%', 1, 8.6, 'percent', 'manufacturing net rate of return', None, None, None, THATQ, ONS),
        ('13.9%', 2, 13.9, 'percent', 'services net rate of return', None, None, None, THATQ, ONS),
        ('£101.3 billion', 1, 101.3e9, 'GBP', "PNFCs' net operating surplus", None, None, None, AJ, ONS),
        ('1.8%', 1, 1.8, 'percent', "PNFCs' net operating surplus", 'decrease', 'quarter_on_quarter', None, AJ, ONS),
        ('2.4%', 1, 2.4, 'percent', "PNFCs' net operating surplus", 'increase', 'year_on_year', None, AJ, ONS),
        ('0.7%', 1, 0.7, 'percent', 'net capital employed', 'increase', 'quarter_on_quarter', None, OVQ, ONS),
        ('£4,220 billion', 1, 4220e9, 'GBP', 'net capital employed', 'increase', None, None, OVQ, ONS),
        ('9.9%', 1, 9.9, 'percent', NRR, None, None, None, FY25, ONS),
        ('0.4 percentage points', 1, 0.4, 'percentage_point', NRR, 'decrease', 'year_on_year', 'approximately', FY25, ONS),
        ('10.3%', 1, 10.3, 'percent', NRR, None, None, None, FY24, ONS),
        ('12%', 1, 12, 'percent', "service sector companies' net rate of return", None, None, None, S15, ONS),
        ('15%', 1, 15, 'percent', "service sector companies' net rate of return", None, None, None, S15, ONS),
        ('6%', 1, 6, 'percent', 'manufacturing net rate of return', None, None, None, S15, ONS),
        ('10%', 1, 10, 'percent', 'manufacturing net rate of return', None, None, None, S15, ONS),
    ],
    'wire_1987_canada_manufacturing_shipments.txt': [
        ('1.8 PCT', 1, 1.8, 'percent', 'Canadian factory shipments', 'increase', None, None, FEBH, None),
        ('1.8 pct', 1, 1.8, 'percent', 'shipments by Canadian manufacturers', 'increase', None, None, FEB, STC),
        ('21.74 billion dlrs', 1, 21.74e9, 'CAD', 'shipments by Canadian manufacturers', 'increase', None, None, FEB, STC),
        ('0.6 pct', 1, 0.6, 'percent', 'shipments by Canadian manufacturers', 'decrease', None, None, JAN, STC),
        ('0.9 pct', 1, 0.9, 'percent', 'shipments', 'decrease', None, None, JANA, STC),
        ('3.2 pct', 1, 3.2, 'percent', 'new orders', 'increase', 'month_on_month', None, FEB, STC),
        ('22.05 billion dlrs', 1, 22.05e9, 'CAD', 'new orders', 'increase', None, None, FEB, STC),
        ('21.37 billion', 1, 21.37e9, 'CAD', 'new orders', None, None, None, JAN, STC),
        ('0.9 pct', 2, 0.9, 'percent', 'unfilled orders', 'increase', 'month_on_month', None, FEB, STC),
        ('23.61 billion dlrs', 1, 23.61e9, 'CAD', 'unfilled orders', 'increase', None, None, FEB, STC),
        ('0.4 pct', 1, 0.4, 'percent', "manufacturers' inventories", 'decrease', None, None, MON, STC),
        ('31.28 billion dlrs', 1, 31.28e9, 'CAD', "manufacturers' inventories", 'decrease', None, None, MON, STC),
        ('2.9 pct', 1, 2.9, 'percent', 'durable goods shipments', 'increase', None, None, None, STC),
        ('0.7 pct', 1, 0.7, 'percent', 'non-durables shipments', 'increase', None, None, None, STC),
        ('6.4 pct', 1, 6.4, 'percent', 'shipments by motor vehicle and parts makers', 'increase', None, None, None, STC),
        ('3.12 billion dlrs', 1, 3.12e9, 'CAD', 'shipments by motor vehicle and parts makers', 'increase', None, None, None, STC),
        ('1.2 pct', 1, 1.2, 'percent', 'shipments in constant 1981 dollars', 'increase', None, None, MON, STC),
        ('4.7 pct', 1, 4.7, 'percent', 'total shipments', 'increase', 'year_on_year', None, FEB, STC),
        ('6.1 pct', 1, 6.1, 'percent', 'new orders', 'increase', 'year_on_year', None, FEB, STC),
        ('42.93 billion dlrs', 1, 42.93e9, 'CAD', 'unadjusted shipments', None, None, None, F2, STC),
        ('3.9 pct', 1, 3.9, 'percent', 'unadjusted shipments', 'increase', 'year_on_year', None, F2, STC),
        ('41.32 billion', 1, 41.32e9, 'CAD', 'unadjusted shipments', None, None, None, YE87, STC),
        ('0.8', 1, 0.8, 'percent', 'shipments', 'increase', None, None, FEBA, None),
        ('1.2 pct', 2, 1.2, 'percent', 'shipments', 'increase', None, None, FEBA, None),
    ],
    'wire_2025_spain_registered_unemployment.txt': [
        ('18,805', 1, 18805, 'count', 'people registered as unemployed in Spain', 'decrease', 'month_on_month', None, NOV, MLAB),
        ('2.39 million', 1, 2.39e6, 'count', 'people registered as unemployed in Spain', 'decrease', None, None, NOV, MLAB),
        ('12,000', 1, 12000, 'count', 'people registered as unemployed', 'decrease', 'month_on_month', None, NOV, RTRS),
        ('6.1%', 1, 6.1, 'percent', 'registered unemployment', 'decrease', 'year_on_year', None, LM, MLAB),
        ('155,400', 1, 155400, 'count', 'registered unemployment', 'decrease', 'year_on_year', None, LM, MLAB),
        ('20,112', 1, 20112, 'count', 'people on the jobless lists in services', 'decrease', None, None, NOVA, MLAB),
        ('2,540', 1, 2540, 'count', 'people on the jobless lists in industry', 'decrease', None, None, NOVA, MLAB),
        ('3,110', 1, 3110, 'count', 'people on the jobless lists in agriculture', 'increase', None, None, NOVA, MLAB),
        ('740', 1, 740, 'count', 'people on the jobless lists in construction', 'increase', None, None, NOVA, MLAB),
        ('7,480', 1, 7480, 'count', 'unemployment in Andalusia', 'decrease', None, None, None, MLAB),
        ('3,905', 1, 3905, 'count', 'unemployment in Catalonia', 'decrease', None, None, None, MLAB),
        ('2,915', 1, 2915, 'count', 'unemployment in Madrid', 'decrease', None, None, None, MLAB),
        ('4,210', 1, 4210, 'count', 'unemployment in the Balearic Islands', 'increase', None, None, None, MLAB),
        ('1.43 million', 1, 1.43e6, 'count', 'employment contracts signed', None, None, 'approximately', NOV, MLAB),
        ('8.2%', 1, 8.2, 'percent', 'employment contracts signed', 'decrease', 'year_on_year', None, NOV, MLAB),
        ('43.1%', 1, 43.1, 'percent', 'permanent contracts share of employment contracts signed', None, None, None, NOV, MLAB),
        ('21,630', 1, 21630, 'count', 'workers affiliated to the social security system', 'increase', 'month_on_month', None, NOV, MISSM),
        ('21.86 million', 1, 21.86e6, 'count', 'workers affiliated to the social security system', 'increase', None, None, NOV, MISSM),
        ('38,200', 1, 38200, 'count', 'seasonally adjusted affiliations', 'increase', 'month_on_month', None, NOV, MISSM),
        ('2.4%', 1, 2.4, 'percent', 'affiliations', None, 'year_on_year', None, NOV, MISSM),
        ('134,300', 1, 134300, 'count', 'affiliations', 'increase', None, None, OCTA, MISSM),
        ('136,600', 1, 136600, 'count', 'affiliations', None, None, None, OCTA, MISSM),
    ],
    'cnbc_style_construction_spending.txt': [
        ('0.4%', 1, 0.4, 'percent', 'total construction spending', 'decrease', 'month_on_month', None, COCT, DOC),
        ('$2.142 trillion', 1, 2.142e12, 'USD', 'total construction spending', 'decrease', None, None, COCT, DOC),
        ('0.2%', 1, 0.2, 'percent', 'total construction spending', 'increase', 'month_on_month', None, COCT, DJ),
        ('0.3%', 1, 0.3, 'percent', 'total construction spending', 'decrease', 'month_on_month', None, COCT, DJ),
        ('0.6%', 1, 0.6, 'percent', 'total construction spending', 'increase', 'month_on_month', None, COCT, DJ),
        ('1.9%', 1, 1.9, 'percent', 'construction spending', 'decrease', 'year_on_year', None, COCT, DOC),
        ('0.3%', 2, 0.3, 'percent', 'construction spending', 'increase', None, None, SEPA, DOC),
        ('0.1%', 1, 0.1, 'percent', 'construction spending', 'increase', None, None, SEPA, DOC),
        ('0.6%', 2, 0.6, 'percent', 'private construction spending', 'decrease', None, None, COCT, DOC),
        ('$1.621 trillion', 1, 1.621e12, 'USD', 'private construction spending', 'decrease', None, None, COCT, DOC),
        ('1.1%', 1, 1.1, 'percent', 'residential outlays', 'decrease', None, None, COCT, DOC),
        ('$869.4 billion', 1, 869.4e9, 'USD', 'residential outlays', 'decrease', None, None, COCT, DOC),
        ('1.7%', 1, 1.7, 'percent', 'single-family construction', 'decrease', None, None, COCT, DOC),
        ('0.5%', 1, 0.5, 'percent', 'multifamily construction', 'decrease', None, None, COCT, DOC),
        ('0.2%', 2, 0.2, 'percent', 'spending on home improvements', 'increase', None, None, COCT, DOC),
        ('$751.6 billion', 1, 751.6e9, 'USD', 'nonresidential construction', None, None, None, COCT, DOC),
        ('2.3%', 1, 2.3, 'percent', 'manufacturing plant spending', 'decrease', None, None, COCT, DOC),
        ('4.8%', 1, 4.8, 'percent', 'spending on data centers', 'increase', None, None, COCT, DOC),
        ('0.3%', 3, 0.3, 'percent', 'public construction spending', 'increase', None, None, None, DOC),
        ('$521.0 billion', 1, 521.0e9, 'USD', 'public construction spending', 'increase', None, None, None, DOC),
        ('0.9%', 1, 0.9, 'percent', 'highway and street projects', 'increase', None, None, None, DOC),
        ('0.4%', 2, 0.4, 'percent', 'educational buildings', 'increase', None, None, None, DOC),
        ('$1.791 trillion', 1, 1.791e12, 'USD', 'construction spending', None, None, None, F10Y, DOC),
        ('2.6%', 1, 2.6, 'percent', 'construction spending', 'decrease', 'year_on_year', None, F10Y, DOC),
        ('$1.839 trillion', 1, 1.839e12, 'USD', 'construction spending', None, None, None, SP24, DOC),
        ('6.23%', 1, 6.23, 'percent', 'average rate on a 30-year fixed mortgage', None, None, None, LW, FRED),
    ],
    'mt_newswires_germany_retail_sales.txt': [
        ('0.6%', 1, 0.6, 'percent', 'German retail sales', 'decrease', None, None, MOCT, None),
        ('0.6%', 2, 0.6, 'percent', 'real retail sales in Germany', 'decrease', 'month_on_month', None, MOCT, DST),
        ('0.3%', 1, 0.3, 'percent', 'real retail sales in Germany', 'increase', 'month_on_month', None, MOCT, BBG),
        ('0.4%', 1, 0.4, 'percent', 'nominal retail sales', 'decrease', 'month_on_month', None, MOCT, DST),
        ('0.1%', 1, 0.1, 'percent', 'real retail sales', 'decrease', None, None, MSEP, DST),
        ('0.2%', 1, 0.2, 'percent', 'real retail sales', 'decrease', None, None, MSEP, DST),
        ('1.2%', 1, 1.2, 'percent', 'real retail sales', 'increase', 'year_on_year', None, MOCT, DST),
        ('2.9%', 1, 2.9, 'percent', 'nominal retail sales', 'increase', 'year_on_year', None, MOCT, DST),
        ('1.4%', 1, 1.4, 'percent', 'food sales', 'decrease', 'month_on_month', None, None, DST),
        ('0.1%', 2, 0.1, 'percent', 'non-food sales', 'increase', 'month_on_month', None, None, DST),
        ('2.6%', 1, 2.6, 'percent', 'sales of textiles, clothing and footwear', 'decrease', 'month_on_month', None, None, DST),
        ('0.8%', 1, 0.8, 'percent', 'sales of furniture and household appliances', 'increase', 'month_on_month', None, None, DST),
        ('3.8%', 1, 3.8, 'percent', 'online and mail-order sales', 'increase', 'month_on_month', None, None, DST),
        ('7.5%', 1, 7.5, 'percent', 'online and mail-order sales', 'increase', 'year_on_year', None, None, DST),
        ('1.6%', 1, 1.6, 'percent', 'real retail sales', 'increase', 'year_on_year', None, MF10, DST),
        ('3.3%', 1, 3.3, 'percent', 'nominal retail sales', 'increase', 'year_on_year', None, MF10, DST),
        ('4%', 1, 4, 'percent', 'real retail sales', 'decrease', None, 'approximately', M22, DST),
        ('1.5%', 1, 1.5, 'percent', 'nominal sales', 'increase', None, None, ND, HDE),
        ('126.3 billion euros', 1, 126.3e9, 'EUR', 'nominal sales', 'increase', None, None, ND, HDE),
    ],
    'trading_economics_style_hong_kong_unemployment.txt': [
        ('3.9%', 1, 3.9, 'percent', 'Hong Kong jobless rate', 'increase', None, None, None, None),
        ('3.9%', 2, 3.9, 'percent', 'seasonally adjusted unemployment rate in Hong Kong', 'increase', None, None, AO, CSD),
        ('3.8%', 1, 3.8, 'percent', 'seasonally adjusted unemployment rate in Hong Kong', None, None, None, JS, CSD),
        ('1.6%', 1, 1.6, 'percent', 'underemployment rate', 'increase', None, None, AO, CSD),
        ('1.5%', 1, 1.5, 'percent', 'underemployment rate', None, None, None, JS, CSD),
        ('3.8%', 2, 3.8, 'percent', 'jobless rate', None, None, None, AO, None),
        ('4,600', 1, 4600, 'count', 'number of unemployed persons', 'increase', 'period_on_period', 'approximately', AO, CSD),
        ('155,400', 1, 155400, 'count', 'number of unemployed persons', 'increase', None, None, AO, CSD),
        ('3,100', 1, 3100, 'count', 'underemployed persons', 'increase', 'period_on_period', None, AO, CSD),
        ('61,200', 1, 61200, 'count', 'underemployed persons', 'increase', None, None, AO, CSD),
        ('9,800', 1, 9800, 'count', 'total employment', 'decrease', 'period_on_period', 'approximately', AO, CSD),
        ('3,652,300', 1, 3652300, 'count', 'total employment', 'decrease', None, None, AO, CSD),
        ('5,200', 1, 5200, 'count', 'labour force', 'decrease', 'period_on_period', None, AO, CSD),
        ('3,807,700', 1, 3807700, 'count', 'labour force', 'decrease', None, None, AO, CSD),
        ('7.1%', 1, 7.1, 'percent', 'jobless rate in construction', None, None, None, AO, CSD),
        ('0.6 percentage points', 1, 0.6, 'percentage_point', 'jobless rate in construction', 'increase', 'period_on_period', None, AO, CSD),
        ('6.4%', 1, 6.4, 'percent', 'jobless rate in food and beverage service activities', None, None, None, AO, CSD),
        ('5.2%', 1, 5.2, 'percent', 'jobless rate in retail trade', None, None, None, AO, CSD),
        ('2.8%', 1, 2.8, 'percent', 'jobless rate in the information and communications sector', 'decrease', None, None, AO, CSD),
        ('4.14 percent', 1, 4.14, 'percent', 'jobless rate in Hong Kong average', None, None, None, HIST, CSD),
        ('8.50 percent', 1, 8.50, 'percent', 'jobless rate in Hong Kong all-time high', None, None, None, per('in June 2003', 2003, 6), CSD),
        ('1.10 percent', 1, 1.10, 'percent', 'jobless rate in Hong Kong record low', None, None, None, per('in October 1989', 1989, 10), CSD),
        ('3.90 percent', 1, 3.90, 'percent', 'Unemployment Rate in Hong Kong', None, None, None, EOQ, TE),
        ('3.70 percent', 1, 3.70, 'percent', 'Hong Kong Unemployment Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('3.50 percent', 1, 3.50, 'percent', 'Hong Kong Unemployment Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_zinc_lead_lme.txt': [
        ('1.1%', 1, 1.1, 'percent', 'three-month zinc on the LME', 'increase', None, None, ET, None),
        ('$3,084.50', 1, 3084.50, 'USD', 'three-month zinc on the LME', 'increase', None, None, ET, None),
        ('$3,102', 1, 3102, 'USD', 'three-month zinc intraday high', None, None, None, ET, None),
        ('0.2%', 1, 0.2, 'percent', 'three-month lead', 'increase', None, None, ET, None),
        ('$2,012', 1, 2012, 'USD', 'three-month lead', 'increase', None, None, ET, None),
        ('$1,990', 1, 1990, 'USD', 'three-month lead trading band', None, None, None, PTW, None),
        ('$2,080', 1, 2080, 'USD', 'three-month lead trading band', None, None, None, PTW, None),
        ('2,350 tons', 1, 2350, 'tonne', 'zinc inventories in LME-registered warehouses', 'decrease', None, None, WED, LME),
        ('41,875 tons', 1, 41875, 'tonne', 'zinc inventories in LME-registered warehouses', 'decrease', None, None, WED, LME),
        ('19,950 tons', 1, 19950, 'tonne', 'zinc cancelled warrants', 'increase', None, None, WED, LME),
        ('14,600 tons', 1, 14600, 'tonne', 'zinc cancelled warrants', None, None, None, TUE, LME),
        ('48%', 1, 48, 'percent', 'cancelled warrants share of zinc stocks', None, None, 'approximately', WED, LME),
        ('4,175 tons', 1, 4175, 'tonne', 'lead stocks', 'increase', None, None, None, LME),
        ('263,450 tons', 1, 263450, 'tonne', 'lead stocks', 'increase', None, None, None, LME),
        ('0.8%', 1, 0.8, 'percent', 'most-traded January zinc contract', 'increase', None, None, None, SHFE),
        ('22,615 yuan', 1, 22615, 'CNY', 'most-traded January zinc contract', 'increase', None, None, None, SHFE),
        ('0.3%', 1, 0.3, 'percent', 'lead contract', 'decrease', None, None, None, SHFE),
        ('17,240 yuan', 1, 17240, 'CNY', 'lead contract', 'decrease', None, None, None, SHFE),
        ('98,410 tons', 1, 98410, 'tonne', 'zinc stocks in SHFE warehouses', None, None, None, LFR, SHFE),
        ('6.2%', 1, 6.2, 'percent', 'zinc stocks in SHFE warehouses', 'decrease', 'period_on_period', None, LFR, SHFE),
        ('152,000 tons', 1, 152000, 'tonne', 'global refined zinc market surplus', None, None, None, Y('in 2026', 2026), ILZSG),
        ('105,000 tons', 1, 105000, 'tonne', 'global refined zinc market surplus', None, None, None, Y('this year', 2025), ILZSG),
        ('48,000 tons', 1, 48000, 'tonne', 'lead market surplus', None, None, None, Y('next year', 2026), ILZSG),
        ('0.1%', 1, 0.1, 'percent', 'dollar index', 'decrease', None, None, None, None),
        ('100.10', 1, 100.10, 'index_point', 'dollar index', 'decrease', None, None, None, None),
    ],
    'business_standard_style_petroleum_product_exports.txt': [
        ('4.2%', 1, 4.2, 'percent', 'petroleum product exports', 'decrease', None, None, BOCTH, None),
        ('5.13 mt', 1, 5.13e6, 'tonne', 'petroleum product exports', 'decrease', None, None, BOCTH, None),
        ('4.2 per cent', 1, 4.2, 'percent', "India's exports of petroleum products", 'decrease', 'year_on_year', None, BOCT, PPAC),
        ('5.13 million tonnes', 1, 5.13e6, 'tonne', "India's exports of petroleum products", 'decrease', None, None, BOCT, PPAC),
        ('half', 1, 0.5, 'fraction', 'diesel share of product exports', None, None, 'approximately', BMON, PPAC),
        ('7.8 per cent', 1, 7.8, 'percent', 'diesel exports', 'decrease', 'year_on_year', None, BMON, PPAC),
        ('2.36 mt', 1, 2.36e6, 'tonne', 'diesel exports', 'decrease', None, None, BMON, PPAC),
        ('11.5 per cent', 1, 11.5, 'percent', 'outbound shipments of aviation turbine fuel (ATF)', 'increase', 'year_on_year', None, BMON, PPAC),
        ('0.71 mt', 1, 0.71e6, 'tonne', 'outbound shipments of aviation turbine fuel (ATF)', 'increase', None, None, BMON, PPAC),
        ('1.12 mt', 1, 1.12e6, 'tonne', 'petrol exports', None, None, None, BMON, PPAC),
        ('1.05 mt', 1, 1.05e6, 'tonne', 'petrol exports', None, None, None, BYE, PPAC),
        ('6.3 per cent', 1, 6.3, 'percent', 'product imports', 'increase', None, None, BOCT, PPAC),
        ('4.48 mt', 1, 4.48e6, 'tonne', 'product imports', 'increase', None, None, BOCT, PPAC),
        ('0.65 mt', 1, 0.65e6, 'tonne', 'net exports', None, None, None, BOCT, PPAC),
        ('37.9 mt', 1, 37.9e6, 'tonne', 'product exports', None, None, None, BAO, PPAC),
        ('2.1 per cent', 1, 2.1, 'percent', 'product exports', 'decrease', 'year_on_year', None, BAO, PPAC),
        ('38.7 mt', 1, 38.7e6, 'tonne', 'product exports', None, None, None, BCP, PPAC),
        ('5.4 per cent', 1, 5.4, 'percent', 'product imports', 'increase', 'year_on_year', None, BAO, PPAC),
        ('31.2 mt', 1, 31.2e6, 'tonne', 'product imports', 'increase', None, None, BAO, PPAC),
        ('$24.8 billion', 1, 24.8e9, 'USD', 'exports of petroleum products', None, None, None, BF7, MOCI),
        ('12 per cent', 1, 12, 'percent', 'exports of petroleum products', 'decrease', 'year_on_year', None, BF7, MOCI),
        ('5.5', 1, 5.5e6, 'tonne', 'export volumes', 'increase', None, None, JMQ, ICRA),
        ('6 mt', 1, 6e6, 'tonne', 'export volumes', 'increase', None, None, JMQ, ICRA),
    ],
    'eu_energy_style_gas_fired_generation_spark_spreads.txt': [
        ('46.8 TWh', 1, 46.8, 'terawatt hour', 'electricity generated by gas-fired power plants in the EU', None, None, None, EN25, None),
        ('18%', 1, 18, 'percent', 'electricity generated by gas-fired power plants in the EU', 'increase', 'month_on_month', None, EN25, None),
        ('7%', 1, 7, 'percent', 'electricity generated by gas-fired power plants in the EU', 'increase', 'year_on_year', None, EN25, None),
        ('49.5 TWh', 1, 49.5, 'terawatt hour', 'upper end of the 2020-2024 range of gas-fired output for November', None, None, None, RNG, None),
        ('21.4%', 1, 21.4, 'percent', 'gas share of EU power generation', 'increase', None, None, ENOV, None),
        ('17.9%', 1, 17.9, 'percent', 'gas share of EU power generation', None, None, None, EPM, None),
        ('12.6%', 1, 12.6, 'percent', 'coal and lignite share of EU power generation', None, None, None, ENOV, None),
        ('11.3 EUR/MWh', 1, 11.3, 'EUR', 'German baseload clean spark spread', 'increase', None, None, ENOV, None),
        ('4.7 EUR/MWh', 1, 4.7, 'EUR', 'German baseload clean spark spread', None, None, None, EOCT, None),
        ('28.9 EUR/MWh', 1, 28.9, 'EUR', 'German peakload clean spark spread', None, None, None, ENOV, None),
        ('14.2 EUR/MWh', 1, 14.2, 'EUR', 'Italian baseload clean spark spread', None, None, None, ENOV, None),
        ('6.8 EUR/MWh', 1, 6.8, 'EUR', 'Spanish baseload clean spark spread', None, None, None, ENOV, None),
        ('2.1 EUR/MWh', 1, 2.1, 'EUR', 'Dutch clean spark spread', 'increase', None, None, ENOV, None),
        ('-1.6 EUR/MWh', 1, -1.6, 'EUR', 'Dutch clean spark spread', None, None, None, EAME, None),
        ('31.6 EUR/MWh', 1, 31.6, 'EUR', 'TTF front-month contract', None, None, None, ENOV, None),
        ('4%', 1, 4, 'percent', 'TTF front-month contract', 'increase', 'month_on_month', None, ENOV, None),
        ('29.3', 1, 29.3, 'EUR', 'TTF front-month contract trading range', None, None, None, ENOV, None),
        ('34.7 EUR/MWh', 1, 34.7, 'EUR', 'TTF front-month contract trading range', None, None, None, ENOV, None),
        ('79.4 EUR/tCO2', 1, 79.4, 'EUR', 'EU ETS allowances', None, None, None, ENOV, None),
        ('3%', 1, 3, 'percent', 'EU ETS allowances', 'increase', 'month_on_month', None, ENOV, None),
        ('+2.9 TWh', 1, 2.9, 'terawatt hour', 'gas-fired generation in Germany', 'increase', 'month_on_month', None, None, ENTSOE),
        ('+1.8 TWh', 1, 1.8, 'terawatt hour', 'gas-fired generation in Italy', 'increase', 'month_on_month', None, None, ENTSOE),
        ('+0.9 TWh', 1, 0.9, 'terawatt hour', 'gas-fired generation in the Netherlands', 'increase', 'month_on_month', None, None, ENTSOE),
        ('0.4 TWh', 1, 0.4, 'terawatt hour', "Spain's gas-fired output", 'decrease', 'month_on_month', None, None, ENTSOE),
        ('402 TWh', 1, 402, 'terawatt hour', 'EU gas-fired generation', None, None, None, EJN, ENTSOE),
        ('9%', 1, 9, 'percent', 'EU gas-fired generation', 'increase', 'year_on_year', None, EJN, ENTSOE),
    ],
    'nbs_style_industrial_output_by_region.txt': [
        ('6.1 Percent', 1, 6.1, 'percent', 'industrial value added', 'increase', None, None, NH, None),
        ('6.1 percent', 1, 6.1, 'percent', VA, 'increase', 'year_on_year', None, NF10, NBS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'growth of ' + VA, 'decrease', 'period_on_period', None, NF10, NBS),
        ('4.9 percent', 1, 4.9, 'percent', VA, 'increase', 'year_on_year', None, NOCT, NBS),
        ('0.17 percent', 1, 0.17, 'percent', VA, 'increase', 'month_on_month', None, NOCT, NBS),
        ('6.4 percent', 1, 6.4, 'percent', VA + ' in the eastern region', 'increase', 'year_on_year', None, NJO, NBS),
        ('7.0 percent', 1, 7.0, 'percent', VA + ' in the central region', 'increase', 'year_on_year', None, NJO, NBS),
        ('5.8 percent', 1, 5.8, 'percent', VA + ' in the western region', 'increase', 'year_on_year', None, NJO, NBS),
        ('3.2 percent', 1, 3.2, 'percent', VA + ' in the northeastern region', 'increase', 'year_on_year', None, NJO, NBS),
        ('5.2 percent', 1, 5.2, 'percent', 'value added in the eastern region', 'increase', 'year_on_year', None, NOCT, NBS),
        ('5.6 percent', 1, 5.6, 'percent', 'value added in the central region', 'increase', 'year_on_year', None, NOCT, NBS),
        ('4.3 percent', 1, 4.3, 'percent', 'value added in the western region', 'increase', 'year_on_year', None, NOCT, NBS),
        ('1.9 percent', 1, 1.9, 'percent', 'value added in the northeastern region', 'increase', 'year_on_year', None, NOCT, NBS),
        ('0.8 percentage points', 1, 0.8, 'percentage_point', 'value added growth in the central region', 'increase', 'month_on_month', None, NOCT, NBS),
        ('4.7 percent', 1, 4.7, 'percent', 'value added of state holding enterprises', 'increase', 'year_on_year', None, NJO, NBS),
        ('6.6 percent', 1, 6.6, 'percent', 'value added of joint-stock enterprises', 'increase', 'year_on_year', None, NJO, NBS),
        ('3.9 percent', 1, 3.9, 'percent', 'value added of foreign-funded enterprises', 'increase', 'year_on_year', None, NJO, NBS),
        ('13,125.6 billion yuan', 1, 13125.6e9, 'CNY', 'export delivery value of industrial enterprises above designated size', None, None, None, NF10B, NBS),
        ('3.0 percent', 1, 3.0, 'percent', 'export delivery value of industrial enterprises above designated size', 'increase', 'year_on_year', None, NF10B, NBS),
        ('96.4 percent', 1, 96.4, 'percent', 'product sales rate', None, None, None, NOCT, NBS),
        ('0.6 percentage points', 1, 0.6, 'percentage_point', 'product sales rate', 'decrease', 'year_on_year', None, NOCT, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
