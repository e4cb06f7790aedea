# ruff: noqa: E501, RUF001
"""Write corpus/annotated_23/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_23.py corpus/annotated_23
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
BIGA = "Federal Office of Industry, Trade and Labour"
SNB = "Swiss National Bank"
CBC = "Central Bank of Chile"
INE = "National Statistics Institute"
SDJI = "S&P Dow Jones Indices"
DJ = "Dow Jones"
FHFA = "Federal Housing Finance Agency"
FRED = "Freddie Mac"
STC = "Statistics Canada"
BBG = "Bloomberg"
EUROSTAT = "Eurostat"
TE = "Trading Economics"
PBOC = "People's Bank of China"
NBS = "National Bureau of Statistics"
GAC = "General Administration of Customs"
NOMURA = "Nomura"
GSTN = "Goods and Services Tax Network"
MOF = "Ministry of Finance"
ICRA = "ICRA"

# 2301 ONS business demography (ref 2025-11-20)
Y24 = Y("in 2024", 2024)
IY24 = Y("In 2024", 2024)
# 2302 Reuters 1987 (ref Tuesday 1987-05-05)
APR = per("in April", 1987, 4)
MAR = per("in March", 1987, 3)
# 2303 Reuters 2025 (ref Tuesday 2025-12-16)
TUE = P("on Tuesday", "2025-12-16", "2025-12-16")
NOV = per("in November", 2025, 11)
OCT = per("in October", 2025, 10)
F25 = Y("2025", 2025)
# 2304 CNBC (ref Tuesday 2025-11-25)
SEP = per("in September", 2025, 9)
ISEP = per("In September", 2025, 9)
AUG = per("in August", 2025, 8)
# 2305 MT Newswires (ref Tuesday 2025-11-04)
# (SEP, ISEP, AUG as above)
# 2306 Trading Economics (ref 2025-12-02)
OCT25 = per("in October 2025", 2025, 10)
IOCT = per("In October", 2025, 10)
SEP25 = per("in September", 2025, 9)
# 2307 Investing.com (ref Monday 2025-12-15)
MON = P("On Monday", "2025-12-15", "2025-12-15")
ET = P("By 02:30 ET", None, None)
# 2308 Business Standard (ref 2025-11-07)
AO = P("During April-October of FY26", "2025-04-01", "2025-10-31")
FOCT = per("for October", 2025, 10)
# 2309 DG ENER (ref 2026-04-22)
Q425 = Q("In the fourth quarter of 2025", 2025, 4)
IQ = Q("in the quarter", 2025, 4)
IIQ = Q("In the quarter", 2025, 4)
W25 = Y("In 2025 as a whole", 2025)
# 2310 NBS (ref 2026-01-19)
E25 = P("at the end of 2025", "2025-12-31", "2025-12-31")
AE25 = P("At the end of 2025", "2025-12-31", "2025-12-31")
I25 = Y("In 2025", 2025)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_business_demography.txt': [
        ('312,000', 1, 312000, 'count', 'business births', None, None, None, Y24, None),
        ('6.9%', 1, 6.9, 'percent', 'business births', 'decrease', 'year_on_year', None, Y24, None),
        ('10.5%', 1, 10.5, 'percent', 'business birth rate', None, None, None, Y24, None),
        ('4.1%', 1, 4.1, 'percent', 'business deaths', 'increase', 'year_on_year', None, Y24, None),
        ('329,000', 1, 329000, 'count', 'business deaths', 'increase', None, None, Y24, None),
        ('11.0%', 1, 11.0, 'percent', 'business death rate', 'increase', None, None, Y24, None),
        ('10.6%', 1, 10.6, 'percent', 'business death rate', None, None, None, Y('a year earlier', 2023), None),
        ('0.5%', 1, 0.5, 'percent', 'number of active businesses', 'decrease', 'year_on_year', None, IY24, None),
        ('2.98 million', 1, 2.98e6, 'count', 'number of active businesses', 'decrease', None, None, IY24, None),
        ('12.8%', 1, 12.8, 'percent', 'business birth rate in London', None, None, None, IY24, ONS),
        ('7.3%', 1, 7.3, 'percent', 'business birth rate in Northern Ireland', None, None, None, IY24, ONS),
        ('11', 1, 11, 'count', 'UK nations and regions where births fell', None, None, None, IY24, ONS),
        ('1,150', 1, 1150, 'count', 'births in the North East', 'increase', None, None, IY24, ONS),
        ('21.4%', 1, 21.4, 'percent', 'births in transport and storage', 'decrease', 'year_on_year', None, IY24, ONS),
        ('24,600', 1, 24600, 'count', 'births in accommodation and food services', None, None, None, IY24, ONS),
        ('3,900', 1, 3900, 'count', 'deaths in construction', 'increase', 'year_on_year', None, IY24, ONS),
        ('41,700', 1, 41700, 'count', 'deaths in construction', 'increase', None, None, IY24, ONS),
        ('37.6%', 1, 37.6, 'percent', 'businesses still active five years later', None, None, None, Y('in 2019', 2019), ONS),
        ('39.2%', 1, 39.2, 'percent', 'businesses still active five years later', None, None, None, Y('2018', 2018), ONS),
        ('92.4%', 1, 92.4, 'percent', 'one-year survival rate', 'decrease', None, None, Y('in 2023', 2023), ONS),
        ('93.1%', 1, 93.1, 'percent', 'one-year survival rate', None, None, None, Y('2022', 2022), ONS),
        ('11,800', 1, 11800, 'count', 'high-growth enterprises', None, None, None, Y24, ONS),
        ('3.6%', 1, 3.6, 'percent', 'share of high-growth enterprises in businesses with 10 or more employees', None, None, 'approximately', Y24, ONS),
        ('2,000', 1, 2000, 'count', 'business deaths revision', 'decrease', None, None, Y('2023', 2023), ONS),
        ('316,000', 1, 316000, 'count', 'business deaths', 'decrease', None, None, Y('2023', 2023), ONS),
    ],
    'wire_1987_swiss_consumer_prices.txt': [
        ('0.4 PCT', 1, 0.4, 'percent', 'Swiss consumer prices', 'increase', None, None, per('IN APRIL', 1987, 4), None),
        ('0.4 pct', 1, 0.4, 'percent', 'Swiss consumer prices', 'increase', 'month_on_month', None, APR, BIGA),
        ('0.2 pct', 1, 0.2, 'percent', 'Swiss consumer prices', 'increase', 'month_on_month', None, MAR, BIGA),
        ('1.3 pct', 1, 1.3, 'percent', 'year-on-year rate', 'increase', 'year_on_year', None, APR, BIGA),
        ('1.0 pct', 1, 1.0, 'percent', 'year-on-year rate', None, 'year_on_year', None, MAR, BIGA),
        ('108.9', 1, 108.9, 'index_point', 'consumer price index', None, None, None, APR, BIGA),
        ('108.5', 1, 108.5, 'index_point', 'consumer price index', None, None, None, MAR, BIGA),
        ('107.5', 1, 107.5, 'index_point', 'consumer price index', None, None, None, per('in April 1986', 1986, 4), BIGA),
        ('6.8 pct', 1, 6.8, 'percent', 'heating oil prices', 'increase', 'month_on_month', None, APR, BIGA),
        ('27 pct', 1, 27, 'percent', 'heating oil prices', 'decrease', 'year_on_year', None, APR, BIGA),
        ('1.9 pct', 1, 1.9, 'percent', 'rents', 'increase', 'period_on_period', None, APR, BIGA),
        ('0.5 pct', 1, 0.5, 'percent', 'prices of domestic goods', 'increase', 'month_on_month', None, APR, BIGA),
        ('0.2 pct', 2, 0.2, 'percent', 'prices of imported goods', 'increase', 'month_on_month', None, APR, BIGA),
        ('1.2 pct', 1, 1.2, 'percent', 'clothing', 'decrease', 'month_on_month', None, APR, BIGA),
        ('2.4 pct', 1, 2.4, 'percent', 'domestic prices', 'increase', 'year_on_year', None, APR, BIGA),
        ('1.8 pct', 1, 1.8, 'percent', 'import prices', 'decrease', 'year_on_year', None, APR, BIGA),
        ('0.8 pct', 1, 0.8, 'percent', 'inflation average', None, None, None, Y('in 1986', 1986), BIGA),
        ('3.4 pct', 1, 3.4, 'percent', 'inflation average', None, None, None, Y('in 1985', 1985), BIGA),
        ('two pct', 1, 2, 'percent', 'inflation', None, None, 'less_than', Y('this year', 1987), None),
        ('3.5 pct', 1, 3.5, 'percent', 'discount rate', None, None, None, None, SNB),
        ('1.4530', 1, 1.4530, 'CHF', 'dollar', 'decrease', None, None, P('on Tuesday', '1987-05-05', '1987-05-05'), BIGA),
        ('1.4685', 1, 1.4685, 'CHF', 'dollar', None, None, None, P('on Monday', '1987-05-04', '1987-05-04'), BIGA),
    ],
    'wire_2025_chile_rate_decision.txt': [
        ('4.50%', 1, 4.50, 'percent', "Chile's central bank rate", 'decrease', None, None, None, CBC),
        ('25 basis points', 1, 25, 'basis_point', 'benchmark interest rate', 'decrease', None, None, TUE, CBC),
        ('4.50%', 2, 4.50, 'percent', 'benchmark interest rate', 'decrease', None, None, TUE, CBC),
        ('3%', 1, 3, 'percent', 'inflation target', None, None, None, None, CBC),
        ('17', 1, 17, 'count', 'economists forecasting the cut', None, None, None, None, 'Reuters'),
        ('20', 1, 20, 'count', 'economists polled by Reuters', None, None, None, None, 'Reuters'),
        ('three', 1, 3, 'count', 'economists expecting a hold', None, None, None, None, 'Reuters'),
        ('4.75%', 1, 4.75, 'percent', 'rate', None, None, None, None, 'Reuters'),
        ('3.4%', 1, 3.4, 'percent', 'consumer prices', 'increase', 'year_on_year', None, NOV, INE),
        ('3.8%', 1, 3.8, 'percent', 'consumer prices', None, 'year_on_year', None, OCT, INE),
        ('0.2%', 1, 0.2, 'percent', 'consumer prices', 'decrease', 'month_on_month', None, NOV, INE),
        ('3.1%', 1, 3.1, 'percent', 'annual core inflation', 'decrease', 'year_on_year', None, NOV, INE),
        ('3%', 2, 3, 'percent', 'inflation', None, None, None, P('in the first half of 2026', '2026-01-01', '2026-06-30'), CBC),
        ('2.25%', 1, 2.25, 'percent', 'growth', 'increase', None, None, F25, CBC),
        ('2.75%', 1, 2.75, 'percent', 'growth', 'increase', None, None, F25, CBC),
        ('1.75%', 1, 1.75, 'percent', 'growth', None, None, None, F25, CBC),
        ('2.5%', 1, 2.5, 'percent', 'growth', None, None, None, F25, CBC),
        ('675 basis points', 1, 675, 'basis_point', 'borrowing costs', 'decrease', None, None, P('Since the easing cycle began in July 2023', '2023-07-01', '2025-12-16'), CBC),
        ('1.9%', 1, 1.9, 'percent', 'economic activity', 'increase', 'year_on_year', None, OCT, CBC),
        ('0.6%', 1, 0.6, 'percent', 'peso', 'increase', None, None, None, CBC),
        ('921.40', 1, 921.40, 'CLP', 'peso', 'increase', None, None, None, CBC),
    ],
    'cnbc_style_case_shiller_home_prices.txt': [
        ('1.4%', 1, 1.4, 'percent', 'home prices', 'increase', 'year_on_year', None, SEP, None),
        ('1.4%', 2, 1.4, 'percent', 'home prices nationally', 'increase', 'year_on_year', None, SEP, SDJI),
        ('1.3%', 1, 1.3, 'percent', 'home prices nationally', 'increase', 'year_on_year', None, AUG, SDJI),
        ('1.2%', 1, 1.2, 'percent', '20-city composite', 'decrease', 'year_on_year', None, SEP, SDJI),
        ('1.5%', 1, 1.5, 'percent', '20-city composite', None, 'year_on_year', None, AUG, SDJI),
        ('1.3%', 2, 1.3, 'percent', '20-city composite', 'increase', 'year_on_year', None, SEP, DJ),
        ('1.8%', 1, 1.8, 'percent', '10-city composite', 'increase', 'year_on_year', None, SEP, SDJI),
        ('5.9%', 1, 5.9, 'percent', 'home prices in New York', 'increase', 'year_on_year', None, ISEP, SDJI),
        ('5.4%', 1, 5.4, 'percent', 'home prices in Chicago', 'increase', 'year_on_year', None, ISEP, SDJI),
        ('4.3%', 1, 4.3, 'percent', 'home prices in Cleveland', 'increase', 'year_on_year', None, ISEP, SDJI),
        ('Eleven', 1, 11, 'count', 'metro markets posting annual declines', None, None, None, ISEP, SDJI),
        ('3.6%', 1, 3.6, 'percent', 'home prices in Tampa', 'decrease', 'year_on_year', None, ISEP, SDJI),
        ('1.9%', 1, 1.9, 'percent', 'home prices in Phoenix', 'decrease', 'year_on_year', None, ISEP, SDJI),
        ('1.1%', 1, 1.1, 'percent', 'home prices in Dallas', 'decrease', 'year_on_year', None, ISEP, SDJI),
        ('0.2%', 1, 0.2, 'percent', 'national index', 'increase', 'month_on_month', None, ISEP, SDJI),
        ('331.7', 1, 331.7, 'index_point', 'national index', 'increase', None, None, ISEP, SDJI),
        ('0.1%', 1, 0.1, 'percent', '20-city index', 'increase', 'month_on_month', None, ISEP, SDJI),
        ('1.5%', 2, 1.5, 'percent', 'home prices after adjusting for inflation', 'decrease', 'year_on_year', 'approximately', ISEP, SDJI),
        ('0.4%', 1, 0.4, 'percent', 'house price index', 'increase', 'month_on_month', None, SEP, FHFA),
        ('1.7%', 1, 1.7, 'percent', 'house price index', 'increase', 'year_on_year', None, SEP, FHFA),
        ('6.26%', 1, 6.26, 'percent', 'average rate on a 30-year fixed mortgage', 'decrease', None, None, P('last week', '2025-11-17', '2025-11-23'), FRED),
        ('6.81%', 1, 6.81, 'percent', 'average rate on a 30-year fixed mortgage', None, None, None, P('a year ago', '2024-11-17', '2024-11-23'), FRED),
    ],
    'mt_newswires_canada_merchandise_trade.txt': [
        ('C$4.3 Billion', 1, 4.3e9, 'CAD', "Canada's merchandise trade deficit", 'decrease', None, None, SEP, None),
        ('C$4.32 billion', 1, 4.32e9, 'CAD', "Canada's merchandise trade deficit", 'decrease', None, None, SEP, STC),
        ('C$6.22 billion', 1, 6.22e9, 'CAD', "Canada's merchandise trade deficit", None, None, None, AUG, STC),
        ('C$5.6 billion', 1, 5.6e9, 'CAD', 'merchandise trade deficit', None, None, None, SEP, BBG),
        ('C$6.32 billion', 1, 6.32e9, 'CAD', 'merchandise trade deficit', None, None, None, per('August', 2025, 8), STC),
        ('6.3%', 1, 6.3, 'percent', 'total exports', 'increase', 'month_on_month', None, ISEP, STC),
        ('C$63.6 billion', 1, 63.6e9, 'CAD', 'total exports', 'increase', None, None, ISEP, STC),
        ('21%', 1, 21, 'percent', 'exports of metal and non-metallic mineral products', 'increase', 'month_on_month', None, ISEP, STC),
        ('2.8%', 1, 2.8, 'percent', 'imports', 'increase', 'month_on_month', None, ISEP, STC),
        ('C$67.9 billion', 1, 67.9e9, 'CAD', 'imports', 'increase', None, None, ISEP, STC),
        ('5.1%', 1, 5.1, 'percent', 'exports in volume terms', 'increase', 'month_on_month', None, ISEP, STC),
        ('0.2%', 1, 0.2, 'percent', 'imports in volume terms', 'increase', 'month_on_month', None, ISEP, STC),
        ('3.0%', 1, 3.0, 'percent', 'exports to the United States', 'increase', None, None, SEP, STC),
        ('1.3%', 1, 1.3, 'percent', 'imports from the U.S.', 'decrease', None, None, SEP, STC),
        ('C$6.4 billion', 1, 6.4e9, 'CAD', 'trade surplus with the United States', 'increase', None, None, SEP, STC),
        ('C$5.0 billion', 1, 5.0e9, 'CAD', 'trade surplus with the United States', None, None, None, AUG, STC),
        ('17.1%', 1, 17.1, 'percent', 'exports to countries other than the United States', 'increase', None, None, SEP, STC),
        ('C$16.4 billion', 1, 16.4e9, 'CAD', 'exports to countries other than the United States', 'increase', None, None, SEP, STC),
        ('2.7%', 1, 2.7, 'percent', 'total exports', 'decrease', 'year_on_year', None, SEP, STC),
        ('1.1%', 1, 1.1, 'percent', 'imports', 'increase', 'year_on_year', None, SEP, STC),
        ('5.8%', 1, 5.8, 'percent', 'exports of passenger cars and light trucks', 'decrease', None, None, SEP, STC),
        ('24%', 1, 24, 'percent', 'exports of passenger cars and light trucks', 'decrease', None, 'approximately', P('in January', '2025-01-01', '2025-09-30'), STC),
    ],
    'trading_economics_style_euro_area_unemployment.txt': [
        ('6.3%', 1, 6.3, 'percent', 'Euro Area jobless rate', None, None, None, None, None),
        ('6.3%', 2, 6.3, 'percent', 'unemployment rate in the Euro Area', None, None, None, OCT25, EUROSTAT),
        ('41 thousand', 1, 41000, 'count', 'number of unemployed persons', 'increase', 'month_on_month', None, OCT25, EUROSTAT),
        ('10.85 million', 1, 10.85e6, 'count', 'number of unemployed persons', 'increase', None, None, OCT25, EUROSTAT),
        ('0.1 percentage point', 1, 0.1, 'percentage_point', 'jobless rate', 'decrease', 'year_on_year', None, OCT25, EUROSTAT),
        ('10.5%', 1, 10.5, 'percent', 'unemployment rate in Spain', None, None, None, IOCT, EUROSTAT),
        ('10.3%', 1, 10.3, 'percent', 'unemployment rate in Finland', None, None, None, IOCT, EUROSTAT),
        ('8.6%', 1, 8.6, 'percent', 'unemployment rate in Greece', None, None, None, IOCT, EUROSTAT),
        ('2.9%', 1, 2.9, 'percent', 'unemployment rate in Malta', None, None, None, IOCT, EUROSTAT),
        ('3.9%', 1, 3.9, 'percent', 'unemployment rate in Germany', None, None, None, IOCT, EUROSTAT),
        ('4.0%', 1, 4.0, 'percent', 'unemployment rate in the Netherlands', None, None, None, IOCT, EUROSTAT),
        ('6.0%', 1, 6.0, 'percent', "Italy's unemployment rate", 'decrease', None, None, IOCT, EUROSTAT),
        ('6.1%', 1, 6.1, 'percent', "Italy's unemployment rate", None, None, None, SEP25, EUROSTAT),
        ('7.7%', 1, 7.7, 'percent', "France's unemployment rate", 'increase', None, None, IOCT, EUROSTAT),
        ('14.8%', 1, 14.8, 'percent', 'youth unemployment', 'increase', None, None, per('in October', 2025, 10), EUROSTAT),
        ('14.6%', 1, 14.6, 'percent', 'youth unemployment', None, None, None, SEP25, EUROSTAT),
        ('2.86 million', 1, 2.86e6, 'count', 'young people out of work', None, None, None, per('in October', 2025, 10), EUROSTAT),
        ('6.0%', 2, 6.0, 'percent', 'unemployment rate in the wider EU', None, None, None, per('in October', 2025, 10), EUROSTAT),
        ('5.9%', 1, 5.9, 'percent', 'unemployment rate in the wider EU', None, None, None, SEP25, EUROSTAT),
        ('9.24 percent', 1, 9.24, 'percent', 'Unemployment Rate in the Euro Area average', None, None, None, P('Between 1998 and 2025', '1998-01-01', '2025-12-31'), EUROSTAT),
        ('12.20 percent', 1, 12.20, 'percent', 'Unemployment Rate in the Euro Area all time high', None, None, None, per('in April 2013', 2013, 4), EUROSTAT),
        ('6.20 percent', 1, 6.20, 'percent', 'Unemployment Rate in the Euro Area record low', None, None, None, per('in November 2024', 2024, 11), EUROSTAT),
        ('6.30 percent', 1, 6.30, 'percent', 'Unemployment Rate in the Euro Area', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('6.40 percent', 1, 6.40, 'percent', 'Euro Area Unemployment Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('6.20 percent', 2, 6.20, 'percent', 'Euro Area Unemployment Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_usdcny_pboc_fixing.txt': [
        ('7.0635', 1, 7.0635, 'CNY', 'USD/CNY midpoint rate', None, None, None, MON, PBOC),
        ('7.0652', 1, 7.0652, 'CNY', 'USD/CNY midpoint rate', None, None, None, P('on Friday', '2025-12-12', '2025-12-12'), PBOC),
        ('7.0781', 1, 7.0781, 'CNY', 'USD/CNY midpoint rate', None, None, None, MON, 'Reuters'),
        ('7.0540', 1, 7.0540, 'CNY', 'onshore yuan', None, None, None, ET, None),
        ('0.1%', 1, 0.1, 'percent', 'offshore yuan', 'decrease', None, None, ET, None),
        ('7.0562', 1, 7.0562, 'CNY', 'offshore yuan', 'decrease', None, None, ET, None),
        ('2%', 1, 2, 'percent', 'yuan trading band around the fixing', None, None, None, None, None),
        ('3.4%', 1, 3.4, 'percent', 'yuan', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-12-15'), None),
        ('4.8%', 1, 4.8, 'percent', 'industrial output', 'increase', 'year_on_year', None, NOV, NBS),
        ('4.9%', 1, 4.9, 'percent', 'industrial output', None, 'year_on_year', None, OCT, NBS),
        ('5.0%', 1, 5.0, 'percent', 'industrial output', None, 'year_on_year', None, NOV, None),
        ('1.3%', 1, 1.3, 'percent', 'retail sales', 'increase', 'year_on_year', None, NOV, NBS),
        ('2.6%', 1, 2.6, 'percent', 'fixed-asset investment', 'decrease', 'year_on_year', None, P('in the first eleven months of the year', '2025-01-01', '2025-11-30'), NBS),
        ('5.1%', 1, 5.1, 'percent', 'surveyed urban unemployment rate', None, None, None, NOV, NBS),
        ('0.4%', 1, 0.4, 'percent', 'new home prices', 'decrease', 'month_on_month', None, NOV, NBS),
        ('$1 trillion', 1, 1e12, 'USD', "China's trade surplus", None, None, 'more_than', P('in the first eleven months', '2025-01-01', '2025-11-30'), GAC),
        ('5.9%', 1, 5.9, 'percent', 'exports', 'increase', 'year_on_year', None, NOV, GAC),
        ('4.9%', 2, 4.9, 'percent', "China's economy", 'increase', None, None, Y('this year', 2025), NOMURA),
        ('4.3%', 1, 4.3, 'percent', "China's economy", 'increase', None, None, Y('in 2026', 2026), NOMURA),
        ('6.95', 1, 6.95, 'CNY', 'USD/CNY', None, None, None, P('by the end of 2026', '2026-12-31', '2026-12-31'), NOMURA),
        ('0.1%', 2, 0.1, 'percent', 'dollar index', 'decrease', None, None, None, None),
        ('98.30', 1, 98.30, 'index_point', 'dollar index', 'decrease', None, None, None, None),
    ],
    'business_standard_style_eway_bills.txt': [
        ('12.4%', 1, 12.4, 'percent', 'e-way bill generation', 'increase', None, None, OCT, None),
        ('13.2 crore', 1, 132e6, 'count', 'e-way bill generation', 'increase', None, None, OCT, None),
        ('13.21 crore', 1, 132.1e6, 'count', 'generation of e-way bills', 'increase', None, None, OCT, GSTN),
        ('12.4 per cent', 1, 12.4, 'percent', 'generation of e-way bills', 'increase', 'year_on_year', None, OCT, GSTN),
        ('11.75 crore', 1, 117.5e6, 'count', 'generation of e-way bills', None, None, None, per('a year ago', 2024, 10), GSTN),
        ('5.8 per cent', 1, 5.8, 'percent', 'generation of e-way bills', 'increase', 'month_on_month', None, OCT, GSTN),
        ('12.48 crore', 1, 124.8e6, 'count', 'e-way bills generated', None, None, None, per('in September', 2025, 9), GSTN),
        ('8.42 crore', 1, 84.2e6, 'count', 'intra-state e-way bills', None, None, None, IOCT, GSTN),
        ('9.6 per cent', 1, 9.6, 'percent', 'inter-state e-way bills', 'increase', 'year_on_year', None, IOCT, GSTN),
        ('4.79 crore', 1, 47.9e6, 'count', 'inter-state e-way bills', 'increase', None, None, IOCT, GSTN),
        ('Rs 22.6 lakh crore', 1, 22.6e12, 'INR', 'value of goods moved under the bills', None, None, 'approximately', IOCT, GSTN),
        ('87.9 crore', 1, 879e6, 'count', 'cumulative generation of e-way bills', None, None, None, AO, GSTN),
        ('17 per cent', 1, 17, 'percent', 'cumulative generation of e-way bills', 'increase', 'year_on_year', None, AO, GSTN),
        ('2.1 crore', 1, 21e6, 'count', 'e-way bills in Maharashtra', None, None, None, OCT, GSTN),
        ('1.6 crore', 1, 16e6, 'count', 'e-way bills in Gujarat', None, None, None, OCT, GSTN),
        ('1.3 crore', 1, 13e6, 'count', 'e-way bills in Tamil Nadu', None, None, None, OCT, GSTN),
        ('4.6 per cent', 1, 4.6, 'percent', 'gross GST collections', 'increase', 'year_on_year', None, FOCT, MOF),
        ('Rs 1.96 trillion', 1, 1.96e12, 'INR', 'gross GST collections', 'increase', None, None, FOCT, MOF),
        ('5 per cent', 1, 5, 'percent', 'GST rate on most goods', None, None, None, FOCT, None),
        ('18 per cent', 1, 18, 'percent', 'GST rate on most goods', None, None, None, FOCT, None),
        ('40 per cent', 1, 40, 'percent', 'GST rate on sin and luxury goods', None, None, None, FOCT, None),
        ('8', 1, 8, 'percent', 'GST collections', 'increase', None, None, P('in the second half of FY26', '2025-10-01', '2026-03-31'), ICRA),
        ('10 per cent', 1, 10, 'percent', 'GST collections', 'increase', None, None, P('in the second half of FY26', '2025-10-01', '2026-03-31'), ICRA),
        ('44 lakh', 1, 4.4e6, 'count', 'daily e-way bill generation', None, None, 'approximately', P('in the first week of November', '2025-11-01', '2025-11-07'), GSTN),
    ],
    'eu_energy_style_electricity_generation_mix.txt': [
        ('684 TWh', 1, 684, 'terawatt hour', 'EU electricity generation', None, None, None, Q425, None),
        ('2%', 1, 2, 'percent', 'EU electricity generation', 'increase', 'year_on_year', None, Q425, None),
        ('311 TWh', 1, 311, 'terawatt hour', 'electricity provided by renewables', None, None, None, Q425, None),
        ('45.5%', 1, 45.5, 'percent', 'renewables share of the mix', 'increase', None, None, Q425, None),
        ('43.9%', 1, 43.9, 'percent', 'renewables share of the mix', None, None, None, Q('a year earlier', 2024, 4), None),
        ('188 TWh', 1, 188, 'terawatt hour', 'electricity generated by fossil fuels', None, None, None, Q425, None),
        ('27.5%', 1, 27.5, 'percent', 'fossil fuels share of the mix', None, None, None, Q425, None),
        ('166 TWh', 1, 166, 'terawatt hour', 'nuclear generation', None, None, None, Q425, None),
        ('24.3%', 1, 24.3, 'percent', 'nuclear share of the mix', None, None, None, Q425, None),
        ('149 TWh', 1, 149, 'terawatt hour', 'wind power', None, None, None, IQ, None),
        ('9%', 1, 9, 'percent', 'wind power', 'increase', 'year_on_year', None, IQ, None),
        ('6%', 1, 6, 'percent', 'hydro', 'decrease', 'year_on_year', None, IQ, None),
        ('79 TWh', 1, 79, 'terawatt hour', 'hydro', 'decrease', None, None, IQ, None),
        ('47 TWh', 1, 47, 'terawatt hour', 'solar generation', None, None, None, IQ, None),
        ('30%', 1, 30, 'percent', 'solar generation', 'increase', 'year_on_year', 'approximately', IQ, None),
        ('4%', 1, 4, 'percent', 'gas-fired generation', 'decrease', 'year_on_year', None, IIQ, None),
        ('104 TWh', 1, 104, 'terawatt hour', 'gas-fired generation', 'decrease', None, None, IIQ, None),
        ('11%', 1, 11, 'percent', 'coal and lignite output', 'decrease', 'year_on_year', None, IIQ, None),
        ('62 TWh', 1, 62, 'terawatt hour', 'coal and lignite output', 'decrease', None, None, IIQ, None),
        ('132 million tonnes', 1, 132e6, 'tonne', 'CO2 emissions from power generation', None, None, None, IIQ, None),
        ('5%', 1, 5, 'percent', 'CO2 emissions from power generation', 'decrease', 'year_on_year', None, IIQ, None),
        ('47.3%', 1, 47.3, 'percent', 'renewables share of EU electricity generation', None, None, None, W25, None),
        ('45.2%', 1, 45.2, 'percent', 'renewables share of EU electricity generation', None, None, None, Y('in 2024', 2024), None),
        ('24.6%', 1, 24.6, 'percent', 'share of fossil fuels', 'decrease', None, None, W25, None),
        ('2,738 TWh', 1, 2738, 'terawatt hour', 'net electricity generation in the EU', None, None, None, Y('in 2024', 2024), EUROSTAT),
    ],
    'nbs_style_population.txt': [
        ('1,405.33 million', 1, 1405.33e6, 'count', 'national population', None, None, None, E25, NBS),
        ('2.95 million', 1, 2.95e6, 'count', 'national population', 'decrease', 'year_on_year', None, E25, NBS),
        ('8.71 million', 1, 8.71e6, 'count', 'number of births', None, None, None, I25, NBS),
        ('6.19 per thousand', 1, 6.19, 'per mille', 'birth rate', None, None, None, I25, NBS),
        ('11.66 million', 1, 11.66e6, 'count', 'number of deaths', None, None, None, I25, NBS),
        ('8.29 per thousand', 1, 8.29, 'per mille', 'death rate', None, None, None, I25, NBS),
        ('-2.10 per thousand', 1, -2.10, 'per mille', 'natural growth rate', 'decrease', None, None, I25, NBS),
        ('950.12 million', 1, 950.12e6, 'count', 'urban permanent residents', None, None, None, AE25, NBS),
        ('6.62 million', 1, 6.62e6, 'count', 'urban permanent residents', 'increase', 'year_on_year', None, AE25, NBS),
        ('455.21 million', 1, 455.21e6, 'count', 'rural residents', None, None, None, AE25, NBS),
        ('9.57 million', 1, 9.57e6, 'count', 'rural residents', 'decrease', 'year_on_year', None, AE25, NBS),
        ('67.61 percent', 1, 67.61, 'percent', 'urbanization rate of the permanent population', None, None, None, AE25, NBS),
        ('0.61 percentage points', 1, 0.61, 'percentage_point', 'urbanization rate of the permanent population', 'increase', 'year_on_year', None, AE25, NBS),
        ('718.09 million', 1, 718.09e6, 'count', 'male population', None, None, None, None, NBS),
        ('687.24 million', 1, 687.24e6, 'count', 'female population', None, None, None, None, NBS),
        ('851.12 million', 1, 851.12e6, 'count', 'working-age population', None, None, None, E25, NBS),
        ('60.6 percent', 1, 60.6, 'percent', 'working-age population share of the national population', None, None, None, E25, NBS),
        ('323.38 million', 1, 323.38e6, 'count', 'population aged 60 and above', None, None, None, E25, NBS),
        ('23.0 percent', 1, 23.0, 'percent', 'population aged 60 and above share of the national population', None, None, None, E25, NBS),
        ('226.47 million', 1, 226.47e6, 'count', 'population aged 65 and above', None, None, None, E25, NBS),
        ('16.1 percent', 1, 16.1, 'percent', 'population aged 65 and above share of the national population', None, None, None, E25, NBS),
        ('493.56 million', 1, 493.56e6, 'count', 'population separated from household registration', None, None, None, None, NBS),
        ('385.11 million', 1, 385.11e6, 'count', 'floating population', None, None, None, None, NBS),
        ('1.4 million', 1, 1.4e6, 'count', 'people covered by the sample survey on population changes', None, None, 'approximately', None, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
