# ruff: noqa: E501, RUF001
"""Write corpus/annotated_75/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_75.py corpus/annotated_75
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
USDOC = "U.S. Department of Commerce"
MOTIE = "Ministry of Trade, Industry and Energy"
NAR = "National Association of Realtors"
DJ = "Dow Jones"
MND = "Mortgage News Daily"
STC = "Statistics Canada"
BBG = "Bloomberg"
EUROSTAT = "Eurostat"
TE = "Trading Economics"
ICE = "Intercontinental Exchange"
SAFRAS = "Safras & Mercado"
VNC = "General Department of Vietnam Customs"
USDA = "U.S. Department of Agriculture"
ITD = "Income Tax Department"
MOF = "Ministry of Finance"
CBDT = "Central Board of Direct Taxes"
ENTSOE = "European Network of Transmission System Operators for Electricity"
NBS = "National Bureau of Statistics"

# 7501 ONS retail sales (ref Friday 2025-11-21)
OCT25 = per("in October 2025", 2025, 10)
SEP25 = per("in September 2025", 2025, 9)
TMO = P("in the three months to October 2025", "2025-08-01", "2025-10-31")
# 7502 Reuters 1987 (ref Friday 1987-06-12)
APR = per("in April", 1987, 4)
MAR = per("in March", 1987, 3)
IAPR = per("In April", 1987, 4)
# 7503 Reuters 2025 (ref Thursday 2026-01-01)
LM = per("last month", 2025, 12)
DEC = per("in December", 2025, 12)
Y25 = Y("For the whole of 2025", 2025)
Y26 = Y("in 2026", 2026)
# 7504 CNBC (ref Thursday 2025-11-20)
COCT = per("in October", 2025, 10)
CSEP = per("in September", 2025, 9)
EOCT = P("at the end of October", "2025-10-31", "2025-10-31")
# 7505 MT Newswires (ref Friday 2025-12-19)
MOCT = per("in October", 2025, 10)
MSEP = per("in September", 2025, 9)
MNOV = per("in November", 2025, 11)
# 7506 Trading Economics (ref Friday 2025-11-14)
TMS = P("in the three months to September 2025", "2025-07-01", "2025-09-30")
IQ2 = Q("in Q2", 2025, 2)
IQ3 = Q("in Q3", 2025, 3)
PREVQ = Q("in the previous quarter", 2025, 2)
Q325 = Q("In Q3 2025", 2025, 3)
# 7507 Investing.com (ref Tuesday 2025-11-18)
ET = P("By 10:40 ET", None, None)
MON = P("on Monday", "2025-11-17", "2025-11-17")
# 7508 Business Standard (ref Monday 2026-01-12)
SOFAR = P("in FY26 so far", "2025-04-01", "2026-01-12")
APJAN = P("between April 1 and January 11 of the current financial year", "2025-04-01", "2026-01-11")
DURP = P("during the period", "2025-04-01", "2026-01-11")
ADV = P("in FY26 till January 11", "2025-04-01", "2026-01-11")
FY26 = P("for FY26", "2025-04-01", "2026-03-31")
# 7509 DG ENER (ref Wednesday 2026-04-22)
Q4 = Q("In the fourth quarter of 2025", 2025, 4)
INQ = Q("in the quarter", 2025, 4)
Q4L = Q("in the fourth quarter of 2025", 2025, 4)
DURQ = Q("during the quarter", 2025, 4)
# 7510 NBS (ref Thursday 2025-11-27)
JO = P("From January to October", "2025-01-01", "2025-10-31")
F10 = P("In the first ten months", "2025-01-01", "2025-10-31")
f10 = P("in the first ten months", "2025-01-01", "2025-10-31")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_retail_sales_online_share.txt': [
        ('0.3%', 1, 0.3, 'percent', 'retail sales volumes', 'increase', 'month_on_month', None, OCT25, None),
        ('0.5%', 1, 0.5, 'percent', 'retail sales volumes', 'increase', 'month_on_month', None, SEP25, None),
        ('0.6%', 1, 0.6, 'percent', 'retail sales volumes', None, 'month_on_month', None, SEP25, None),
        ('0.2%', 1, 0.2, 'percent', 'sales volumes', 'decrease', 'period_on_period', None, TMO, None),
        ('1.4%', 1, 1.4, 'percent', 'sales volumes', 'increase', 'year_on_year', None, TMO, None),
        ('28.1%', 1, 28.1, 'percent', 'online spending share of all retail sales', 'increase', None, None, OCT25, None),
        ('27.6%', 1, 27.6, 'percent', 'online spending share of all retail sales', None, None, None, per('a month earlier', 2025, 9), None),
        ('1.2%', 1, 1.2, 'percent', 'food stores sales volumes', 'decrease', 'month_on_month', None, OCT25, ONS),
        ('1.1%', 1, 1.1, 'percent', 'non-food stores volumes', 'increase', 'month_on_month', None, OCT25, ONS),
        ('2.4%', 1, 2.4, 'percent', 'other non-food stores volumes', 'increase', 'month_on_month', None, OCT25, ONS),
        ('0.9%', 1, 0.9, 'percent', 'department stores volumes', 'increase', 'month_on_month', None, OCT25, ONS),
        ('0.6%', 2, 0.6, 'percent', 'clothing stores volumes', 'increase', 'month_on_month', None, OCT25, ONS),
        ('0.1%', 1, 0.1, 'percent', 'automotive fuel sales volumes', 'increase', 'month_on_month', None, OCT25, ONS),
        ('1.8%', 1, 1.8, 'percent', 'fuel values', 'decrease', 'month_on_month', None, OCT25, ONS),
        ('134p', 1, 1.34, 'GBP', 'average pump prices', 'decrease', None, 'approximately', OCT25, ONS),
        ('2.6%', 1, 2.6, 'percent', 'total non-store sales volumes', 'increase', 'month_on_month', None, per('In October 2025', 2025, 10), ONS),
        ('6.7%', 1, 6.7, 'percent', 'non-store sales values', 'increase', 'year_on_year', None, per('In October 2025', 2025, 10), ONS),
        ('£1.31 billion', 1, 1.31e9, 'GBP', 'average weekly amount spent online', None, None, None, per('In October 2025', 2025, 10), ONS),
        ('£1.26 billion', 1, 1.26e9, 'GBP', 'average weekly amount spent online', None, None, None, SEP25, ONS),
        ('5,000', 1, 5000, 'count', 'businesses surveyed by the Monthly Business Survey', None, None, 'approximately', None, ONS),
        ('63%', 1, 63, 'percent', 'response rate', None, None, None, per('for October 2025', 2025, 10), ONS),
        ('70%', 1, 70, 'percent', 'response rate', None, None, None, per('in September', 2025, 9), ONS),
    ],
    'wire_1987_us_trade_deficit_monthly.txt': [
        ('13.32 BILLION DLRS', 1, 13.32e9, 'USD', 'U.S. trade deficit', None, None, None, per('APRIL', 1987, 4), None),
        ('13.32 billion dlrs', 1, 13.32e9, 'USD', 'U.S. merchandise trade deficit', 'decrease', None, None, APR, USDOC),
        ('13.63 billion dlrs', 1, 13.63e9, 'USD', 'U.S. merchandise trade deficit', None, None, None, MAR, USDOC),
        ('13.60 billion dlrs', 1, 13.60e9, 'USD', 'trade deficit', None, None, None, per('March', 1987, 3), USDOC),
        ('3.1 pct', 1, 3.1, 'percent', 'exports', 'increase', 'month_on_month', None, APR, USDOC),
        ('20.41 billion dlrs', 1, 20.41e9, 'USD', 'exports', 'increase', None, None, APR, USDOC),
        ('0.4 pct', 1, 0.4, 'percent', 'imports', 'increase', 'month_on_month', None, APR, USDOC),
        ('33.73 billion dlrs', 1, 33.73e9, 'USD', 'imports', 'increase', None, None, APR, USDOC),
        ('4.79 billion dlrs', 1, 4.79e9, 'USD', 'deficit with Japan', 'decrease', None, None, IAPR, USDOC),
        ('5.20 billion', 1, 5.20e9, 'USD', 'deficit with Japan', None, None, None, MAR, USDOC),
        ('1.71 billion dlrs', 1, 1.71e9, 'USD', 'shortfall with Taiwan', 'increase', None, None, IAPR, USDOC),
        ('1.38 billion', 1, 1.38e9, 'USD', 'shortfall with Taiwan', None, None, None, MAR, USDOC),
        ('1.42 billion', 1, 1.42e9, 'USD', 'deficit with West Germany', None, None, None, IAPR, USDOC),
        ('1.05 billion dlrs', 1, 1.05e9, 'USD', 'deficit with Canada', None, None, None, IAPR, USDOC),
        ('3.86 billion dlrs', 1, 3.86e9, 'USD', 'oil imports', 'increase', None, None, APR, USDOC),
        ('3.12 billion dlrs', 1, 3.12e9, 'USD', 'oil imports', None, None, None, MAR, USDOC),
        ('7.02 mln barrels a day', 1, 7.02e6, 'barrel per day', 'volume of oil imports', 'increase', None, None, APR, USDOC),
        ('6.41 mln', 1, 6.41e6, 'barrel per day', 'volume of oil imports', None, None, None, MAR, USDOC),
        ('17.68 dlrs', 1, 17.68, 'USD', 'average price of oil imports', 'increase', None, None, APR, USDOC),
        ('17.41 dlrs', 1, 17.41, 'USD', 'average price of oil imports', None, None, None, MAR, USDOC),
        ('54.78 billion dlrs', 1, 54.78e9, 'USD', 'deficit', None, None, None, P('For the first four months of 1987', '1987-01-01', '1987-04-30'), USDOC),
        ('50.14 billion dlrs', 1, 50.14e9, 'USD', 'deficit', None, None, None, P('in the same period of 1986', '1986-01-01', '1986-04-30'), USDOC),
        ('14.0 billion dlrs', 1, 14.0e9, 'USD', 'trade deficit', None, None, 'approximately', per('April', 1987, 4), None),
        ('14.41 billion dlrs', 1, 14.41e9, 'USD', 'deficit on a customs basis', None, None, None, per('April', 1987, 4), USDOC),
    ],
    'wire_2025_south_korea_exports_semiconductors.txt': [
        ('11.8%', 1, 11.8, 'percent', "South Korea's exports", 'increase', None, None, per('December', 2025, 12), None),
        ('11.8%', 2, 11.8, 'percent', 'outbound shipments', 'increase', 'year_on_year', None, LM, MOTIE),
        ('$67.3 billion', 1, 67.3e9, 'USD', 'outbound shipments', 'increase', None, None, LM, MOTIE),
        ('9.5%', 1, 9.5, 'percent', 'outbound shipments', 'increase', 'year_on_year', None, LM, 'Reuters'),
        ('14', 1, 14, 'count', 'economists in a Reuters poll', None, None, None, LM, 'Reuters'),
        ('8.4%', 1, 8.4, 'percent', 'outbound shipments', 'increase', 'year_on_year', None, per('in November', 2025, 11), MOTIE),
        ('4.1%', 1, 4.1, 'percent', 'imports', 'increase', None, None, DEC, MOTIE),
        ('$55.0 billion', 1, 55.0e9, 'USD', 'imports', 'increase', None, None, DEC, MOTIE),
        ('$12.3 billion', 1, 12.3e9, 'USD', 'trade surplus', None, None, None, DEC, MOTIE),
        ('38.6%', 1, 38.6, 'percent', 'semiconductor exports', 'increase', None, None, LM, MOTIE),
        ('$20.8 billion', 1, 20.8e9, 'USD', 'semiconductor exports', 'increase', None, None, LM, MOTIE),
        ('6.2%', 1, 6.2, 'percent', 'exports of cars', 'decrease', None, None, LM, MOTIE),
        ('$5.4 billion', 1, 5.4e9, 'USD', 'exports of cars', 'decrease', None, None, LM, MOTIE),
        ('9.1%', 1, 9.1, 'percent', 'petrochemical shipments', 'decrease', None, None, LM, MOTIE),
        ('4.7%', 1, 4.7, 'percent', 'steel shipments', 'decrease', None, None, LM, MOTIE),
        ('7.3%', 1, 7.3, 'percent', 'exports to China', 'increase', None, None, DEC, MOTIE),
        ('$13.9 billion', 1, 13.9e9, 'USD', 'exports to China', 'increase', None, None, DEC, MOTIE),
        ('3.5%', 1, 3.5, 'percent', 'shipments to the United States', 'decrease', None, None, DEC, MOTIE),
        ('$10.6 billion', 1, 10.6e9, 'USD', 'shipments to the United States', 'decrease', None, None, DEC, MOTIE),
        ('12.0%', 1, 12.0, 'percent', 'sales to Southeast Asia', 'increase', None, None, DEC, MOTIE),
        ('15.2%', 1, 15.2, 'percent', 'average daily exports', 'increase', 'year_on_year', None, None, MOTIE),
        ('$2.97 billion', 1, 2.97e9, 'USD', 'average daily exports', 'increase', None, None, None, MOTIE),
        ('3.8%', 1, 3.8, 'percent', 'exports', 'increase', 'year_on_year', None, Y25, MOTIE),
        ('$709.4 billion', 1, 709.4e9, 'USD', 'exports', 'increase', None, None, Y25, MOTIE),
        ('a quarter', 1, 0.25, 'fraction', 'chips share of total exports', None, None, 'approximately', Y25, MOTIE),
        ('1%', 1, 1, 'percent', 'exports', 'increase', None, None, Y26, MOTIE),
        ('3%', 1, 3, 'percent', 'exports', 'increase', None, None, Y26, MOTIE),
        ('1,439.0', 1, 1439.0, 'KRW', 'won', None, None, None, P('on Tuesday', '2025-12-30', '2025-12-30'), MOTIE),
    ],
    'cnbc_style_existing_home_sales_inventory.txt': [
        ('1.2%', 1, 1.2, 'percent', 'existing-home sales', 'increase', None, None, COCT, None),
        ('1.2%', 2, 1.2, 'percent', 'existing-home sales', 'increase', 'month_on_month', None, COCT, NAR),
        ('4.10 million units', 1, 4.10e6, 'count', 'existing-home sales', 'increase', None, None, COCT, NAR),
        ('4.08 million', 1, 4.08e6, 'count', 'existing-home sales', None, None, None, COCT, DJ),
        ('1.7%', 1, 1.7, 'percent', 'existing-home sales', 'increase', 'year_on_year', None, COCT, NAR),
        ('$414,900', 1, 414900, 'USD', 'median price of an existing home', None, None, None, COCT, NAR),
        ('2.3%', 1, 2.3, 'percent', 'median price of an existing home', 'increase', 'year_on_year', None, COCT, NAR),
        ('1.54 million homes', 1, 1.54e6, 'count', 'homes for sale', None, None, None, EOCT, NAR),
        ('0.6%', 1, 0.6, 'percent', 'homes for sale', 'decrease', 'month_on_month', None, EOCT, NAR),
        ('10.9%', 1, 10.9, 'percent', 'homes for sale', 'increase', 'year_on_year', None, EOCT, NAR),
        ('4.5-month', 1, 4.5, 'month', 'months of supply', None, None, None, EOCT, NAR),
        ('4.6 months', 1, 4.6, 'month', 'months of supply', None, None, None, CSEP, NAR),
        ('29%', 1, 29, 'percent', 'first-time buyers share of sales', 'decrease', None, None, COCT, NAR),
        ('30%', 1, 30, 'percent', 'first-time buyers share of sales', None, None, None, CSEP, NAR),
        ('31%', 1, 31, 'percent', 'first-time buyers share of sales', None, None, None, per('a year earlier', 2024, 10), NAR),
        ('27%', 1, 27, 'percent', 'all-cash deals share of sales', None, None, None, COCT, NAR),
        ('17%', 1, 17, 'percent', 'share of homes bought by investors', None, None, None, COCT, NAR),
        ('14%', 1, 14, 'percent', 'existing-home sales', 'increase', None, 'approximately', Y('next year', 2026), NAR),
        ('2.1%', 1, 2.1, 'percent', 'sales in the South', 'increase', None, None, None, NAR),
        ('1.94 million', 1, 1.94e6, 'count', 'sales in the South', 'increase', None, None, None, NAR),
        ('740,000', 1, 740000, 'count', 'sales in the West', None, None, None, None, NAR),
        ('1.0%', 1, 1.0, 'percent', 'sales in the Northeast', 'decrease', None, None, None, NAR),
        ('0.5%', 1, 0.5, 'percent', 'sales in the Midwest', 'decrease', None, None, None, NAR),
        ('6.24%', 1, 6.24, 'percent', 'average rate on the 30-year fixed mortgage', None, None, None, P('on Wednesday', '2025-11-19', '2025-11-19'), MND),
    ],
    'mt_newswires_canada_retail_sales_flash.txt': [
        ('0.5%', 1, 0.5, 'percent', 'Canadian retail sales', 'increase', None, None, MOCT, None),
        ('0.5%', 2, 0.5, 'percent', 'Canadian retail sales', 'increase', 'month_on_month', None, MOCT, STC),
        ('C$70.1 billion', 1, 70.1e9, 'CAD', 'Canadian retail sales', 'increase', None, None, MOCT, STC),
        ('0.8%', 1, 0.8, 'percent', 'Canadian retail sales', 'decrease', 'month_on_month', None, MSEP, STC),
        ('0.3%', 1, 0.3, 'percent', 'retail sales', 'increase', 'month_on_month', None, MOCT, BBG),
        ('0.7%', 1, 0.7, 'percent', 'retail sales', 'decrease', None, None, per('September', 2025, 9), STC),
        ('0.7%', 2, 0.7, 'percent', 'core retail sales', 'increase', 'month_on_month', None, MOCT, STC),
        ('0.4%', 1, 0.4, 'percent', 'core retail sales', None, 'month_on_month', None, MOCT, None),
        ('0.2%', 1, 0.2, 'percent', 'sales at motor vehicle and parts dealers', 'decrease', 'month_on_month', None, MOCT, STC),
        ('1.4%', 1, 1.4, 'percent', 'receipts at gasoline stations and fuel vendors', 'decrease', 'month_on_month', None, MOCT, STC),
        ('six', 1, 6, 'count', 'subsectors with higher sales', None, None, None, None, STC),
        ('+1.3%', 1, 1.3, 'percent', 'sales of food and beverage retailers', 'increase', None, None, None, STC),
        ('+1.1%', 1, 1.1, 'percent', 'sales of general merchandise retailers', 'increase', None, None, None, STC),
        ('0.4%', 2, 0.4, 'percent', 'retail sales in volume terms', 'increase', 'month_on_month', None, MOCT, STC),
        ('2.2%', 1, 2.2, 'percent', 'e-commerce sales', 'increase', 'month_on_month', None, MOCT, STC),
        ('C$4.3 billion', 1, 4.3e9, 'CAD', 'e-commerce sales', 'increase', None, None, MOCT, STC),
        ('6.1%', 1, 6.1, 'percent', 'e-commerce share of total retail trade', None, None, None, MOCT, STC),
        ('3.6%', 1, 3.6, 'percent', 'retail sales', 'increase', 'year_on_year', None, MOCT, STC),
        ('0.4%', 3, 0.4, 'percent', 'retail sales', 'decrease', 'month_on_month', None, MNOV, STC),
        ('51%', 1, 51, 'percent', 'response rate', None, None, 'approximately', MNOV, STC),
    ],
    'trading_economics_style_euro_area_gdp_flash.txt': [
        ('0.2%', 1, 0.2, 'percent', 'Euro Area GDP Growth', 'increase', None, None, IQ3, None),
        ('0.2%', 2, 0.2, 'percent', 'euro area economy', 'increase', 'quarter_on_quarter', None, TMS, EUROSTAT),
        ('0.1%', 1, 0.1, 'percent', 'euro area economy', 'increase', 'quarter_on_quarter', None, IQ2, EUROSTAT),
        ('0.3%', 1, 0.3, 'percent', 'EU-27 economy', 'increase', 'quarter_on_quarter', None, TMS, EUROSTAT),
        ('0.6%', 1, 0.6, 'percent', 'GDP in Spain', 'increase', 'quarter_on_quarter', None, TMS, EUROSTAT),
        ('0.5%', 1, 0.5, 'percent', 'GDP in France', 'increase', 'quarter_on_quarter', None, TMS, EUROSTAT),
        ('0.4%', 1, 0.4, 'percent', 'GDP in Portugal', 'increase', 'quarter_on_quarter', None, TMS, EUROSTAT),
        ('0.0%', 1, 0.0, 'percent', 'output in Germany', None, 'quarter_on_quarter', None, TMS, EUROSTAT),
        ('1.1%', 1, 1.1, 'percent', "Ireland's GDP", 'decrease', 'quarter_on_quarter', None, TMS, EUROSTAT),
        ('3.4%', 1, 3.4, 'percent', "Ireland's GDP", 'increase', 'quarter_on_quarter', None, PREVQ, EUROSTAT),
        ('-0.2%', 1, -0.2, 'percent', 'GDP in Lithuania', 'decrease', 'quarter_on_quarter', None, TMS, EUROSTAT),
        ('-0.1%', 1, -0.1, 'percent', 'GDP in Finland', 'decrease', 'quarter_on_quarter', None, TMS, EUROSTAT),
        ('1.4%', 1, 1.4, 'percent', 'GDP in the euro area', 'increase', 'year_on_year', None, Q325, EUROSTAT),
        ('1.6%', 1, 1.6, 'percent', 'GDP in the EU', 'increase', 'year_on_year', None, Q325, EUROSTAT),
        ('1.5%', 1, 1.5, 'percent', 'GDP in the euro area', 'increase', 'year_on_year', None, PREVQ, EUROSTAT),
        ('1.6%', 2, 1.6, 'percent', 'GDP in the EU', 'increase', 'year_on_year', None, PREVQ, EUROSTAT),
        ('0.1%', 2, 0.1, 'percent', 'employment in the euro area', 'increase', 'quarter_on_quarter', None, IQ3, EUROSTAT),
        ('0.2%', 3, 0.2, 'percent', 'employment in the euro area', None, 'quarter_on_quarter', None, IQ2, EUROSTAT),
        ('0.6%', 2, 0.6, 'percent', 'employment in the euro area', 'increase', 'year_on_year', None, IQ3, EUROSTAT),
        ('172.1 million people', 1, 172.1e6, 'count', 'people employed in the euro area', None, None, None, Q('in Q3 2025', 2025, 3), EUROSTAT),
        ('0.37 percent', 1, 0.37, 'percent', 'GDP Growth Rate in the Euro Area average', None, None, None, P('from 1995 until 2025', '1995-01-01', '2025-12-31'), EUROSTAT),
        ('11.50 percent', 1, 11.50, 'percent', 'GDP Growth Rate in the Euro Area all time high', None, None, None, Q('in the third quarter of 2020', 2020, 3), EUROSTAT),
        ('-11.20 percent', 1, -11.20, 'percent', 'GDP Growth Rate in the Euro Area record low', 'decrease', None, None, Q('in the second quarter of 2020', 2020, 2), EUROSTAT),
        ('0.20 percent', 1, 0.20, 'percent', 'GDP Growth Rate in the Euro Area', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('0.30 percent', 1, 0.30, 'percent', 'Euro Area GDP Growth Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
    ],
    'investing_style_coffee_arabica_robusta.txt': [
        ('2.4%', 1, 2.4, 'percent', 'benchmark March arabica contract', 'decrease', None, None, ET, None),
        ('371.85 cents', 1, 3.7185, 'USD', 'benchmark March arabica contract', 'decrease', None, None, ET, None),
        ('1.9%', 1, 1.9, 'percent', 'benchmark March arabica contract', 'decrease', None, None, MON, None),
        ('3.1%', 1, 3.1, 'percent', 'January robusta', 'decrease', None, None, ET, None),
        ('$4,212', 1, 4212, 'USD', 'January robusta', 'decrease', None, None, ET, None),
        ('0.4%', 1, 0.4, 'percent', 'Brazilian real', 'increase', None, None, ET, None),
        ('5.31', 1, 5.31, 'BRL', 'Brazilian real', 'increase', None, None, ET, None),
        ('18%', 1, 18, 'percent', 'arabica prices', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-11-18'), None),
        ('12%', 1, 12, 'percent', 'arabica prices', 'decrease', None, 'more_than', P('in February', '2025-02-01', '2025-11-18'), None),
        ('429.60 cents', 1, 4.296, 'USD', 'arabica record high', None, None, None, per('in February', 2025, 2), None),
        ('421,338 bags', 1, 421338, 'count', 'certified arabica stocks in ICE-monitored warehouses', 'increase', None, None, MON, ICE),
        ('409,870 bags', 1, 409870, 'count', 'certified arabica stocks in ICE-monitored warehouses', None, None, None, P('a week earlier', '2025-11-10', '2025-11-10'), ICE),
        ('98%', 1, 98, 'percent', "Brazil's 2025/26 harvest progress", None, None, None, P('as of Nov. 12', '2025-11-12', '2025-11-12'), SAFRAS),
        ('96%', 1, 96, 'percent', "Brazil's 2025/26 harvest progress", None, None, None, P('at the same point last year', '2024-11-12', '2024-11-12'), SAFRAS),
        ('35%', 1, 35, 'percent', 'share of the area harvested in Vietnam', None, None, 'approximately', None, None),
        ('41%', 1, 41, 'percent', 'coffee exports from Vietnam', 'increase', 'year_on_year', None, per('in October', 2025, 10), VNC),
        ('98,400 tonnes', 1, 98400, 'tonne', 'coffee exports from Vietnam', 'increase', None, None, per('in October', 2025, 10), VNC),
        ('30.8 million bags', 1, 30.8e6, 'count', "Vietnam's output", None, None, None, P('this season', None, None), USDA),
    ],
    'business_standard_style_direct_tax_refunds.txt': [
        ('8.8%', 1, 8.8, 'percent', 'net direct tax kitty', 'increase', None, None, SOFAR, None),
        ('₹18.4 trn', 1, 18.4e12, 'INR', 'net direct tax kitty', 'increase', None, None, SOFAR, None),
        ('13%', 1, 13, 'percent', 'refunds', 'decrease', None, None, SOFAR, None),
        ('8.8 per cent', 1, 8.8, 'percent', "India's net direct tax collections", 'increase', 'year_on_year', None, APJAN, ITD),
        ('₹18.38 trillion', 1, 18.38e12, 'INR', "India's net direct tax collections", 'increase', None, None, APJAN, ITD),
        ('13.1 per cent', 1, 13.1, 'percent', 'refunds', 'decrease', 'year_on_year', None, DURP, ITD),
        ('₹3.12 trillion', 1, 3.12e12, 'INR', 'refunds', 'decrease', None, None, DURP, ITD),
        ('₹3.59 trillion', 1, 3.59e12, 'INR', 'refunds', None, None, None, P('a year ago', '2024-04-01', '2025-01-11'), ITD),
        ('₹21.50 trillion', 1, 21.50e12, 'INR', 'gross collections', None, None, None, DURP, ITD),
        ('4.9 per cent', 1, 4.9, 'percent', 'gross collections', 'increase', 'year_on_year', None, DURP, ITD),
        ('₹8.63 trillion', 1, 8.63e12, 'INR', 'corporate tax', None, None, None, None, ITD),
        ('₹9.26 trillion', 1, 9.26e12, 'INR', 'non-corporate tax', None, None, None, None, ITD),
        ('10.2 per cent', 1, 10.2, 'percent', 'corporate tax', 'increase', 'year_on_year', None, None, ITD),
        ('7.9 per cent', 1, 7.9, 'percent', 'non-corporate tax', 'increase', 'year_on_year', None, None, ITD),
        ('₹44,870 crore', 1, 448.70e9, 'INR', 'Securities transaction tax (STT) receipts', None, None, None, None, ITD),
        ('₹7.9 trillion', 1, 7.9e12, 'INR', 'advance tax receipts', None, None, None, ADV, ITD),
        ('7 per cent', 1, 7, 'percent', 'advance tax receipts', 'increase', 'year_on_year', 'approximately', ADV, ITD),
        ('₹25.20 trillion', 1, 25.20e12, 'INR', 'direct tax collections', None, None, None, FY26, MOF),
        ('12.7 per cent', 1, 12.7, 'percent', 'direct tax collections', 'increase', 'year_on_year', None, FY26, MOF),
        ('73 per cent', 1, 73, 'percent', 'share of the full-year target met', None, None, 'approximately', P('By January 11', '2026-01-11', '2026-01-11'), ITD),
        ('75 per cent', 1, 75, 'percent', 'share of the full-year target met', None, None, None, P('by the same date last year', '2025-01-11', '2025-01-11'), ITD),
        ('₹40,000', 1, 400e9, 'INR', 'refunds', None, None, None, P('by March 31', '2026-03-31', '2026-03-31'), CBDT),
        ('45,000 crore', 1, 450e9, 'INR', 'refunds', None, None, None, P('by March 31', '2026-03-31', '2026-03-31'), CBDT),
    ],
    'eu_energy_style_coal_imports_and_prices.txt': [
        ('16.4 million tonnes', 1, 16.4e6, 'tonne', 'EU imports of hard coal', 'decrease', None, None, Q4, None),
        ('9%', 1, 9, 'percent', 'EU imports of hard coal', 'decrease', 'year_on_year', None, Q4, None),
        ('60%', 1, 60, 'percent', 'steam coal share of hard coal imports', None, None, 'approximately', Q4, None),
        ('4.9 million tonnes', 1, 4.9e6, 'tonne', 'imports from Colombia', None, None, None, INQ, None),
        ('4.1 million tonnes', 1, 4.1e6, 'tonne', 'imports from the United States', None, None, None, INQ, None),
        ('3.0 million tonnes', 1, 3.0e6, 'tonne', 'imports from Australia', None, None, None, INQ, None),
        ('1.6', 1, 1.6e6, 'tonne', 'imports from South Africa', None, None, None, INQ, None),
        ('1.2 million tonnes', 1, 1.2e6, 'tonne', 'imports from Kazakhstan', None, None, None, INQ, None),
        ('68.7 million tonnes', 1, 68.7e6, 'tonne', 'EU hard coal imports', None, None, None, Y('For 2025 as a whole', 2025), None),
        ('11%', 1, 11, 'percent', 'EU hard coal imports', 'decrease', 'year_on_year', None, Y('For 2025 as a whole', 2025), None),
        ('98 USD/t', 1, 98, 'USD', 'API2 coal price (CIF ARA)', None, None, None, Q4L, None),
        ('6%', 1, 6, 'percent', 'API2 coal price (CIF ARA)', 'decrease', 'quarter_on_quarter', None, Q4L, None),
        ('14%', 1, 14, 'percent', 'API2 coal price (CIF ARA)', 'decrease', 'year_on_year', None, Q4L, None),
        ('92', 1, 92, 'USD', 'API2 coal price', None, None, None, DURQ, None),
        ('104 USD/t', 1, 104, 'USD', 'API2 coal price', None, None, None, DURQ, None),
        ('41 TWh', 1, 41, 'terawatt hour', 'coal-fired power generation in the EU', None, None, None, INQ, ENTSOE),
        ('17%', 1, 17, 'percent', 'coal-fired power generation in the EU', 'decrease', 'year_on_year', None, INQ, ENTSOE),
        ('8.2%', 1, 8.2, 'percent', 'coal-fired generation share in the EU power mix', 'decrease', None, None, INQ, ENTSOE),
        ('10.1%', 1, 10.1, 'percent', 'coal-fired generation share in the EU power mix', None, None, None, Q('in Q4 2024', 2024, 4), ENTSOE),
        ('12%', 1, 12, 'percent', 'lignite-fired output', 'decrease', 'year_on_year', None, INQ, ENTSOE),
        ('33 TWh', 1, 33, 'terawatt hour', 'lignite-fired output', 'decrease', None, None, INQ, ENTSOE),
        ('79 EUR/tCO2', 1, 79, 'EUR', 'EU ETS allowances', None, None, None, INQ, ENTSOE),
        ('-6 EUR/MWh', 1, -6, 'EUR', 'clean dark spread for German hard coal plants', None, None, None, INQ, ENTSOE),
    ],
    'nbs_style_industrial_enterprise_profits_by_sector.txt': [
        ('1.9 Percent', 1, 1.9, 'percent', 'industrial profits', 'increase', None, None, P('from January to October 2025', '2025-01-01', '2025-10-31'), None),
        ('5,950.27 billion yuan', 1, 5950.27e9, 'CNY', 'total profits of industrial enterprises above designated size', None, None, None, JO, NBS),
        ('1.9 percent', 1, 1.9, 'percent', 'total profits of industrial enterprises above designated size', 'increase', 'year_on_year', None, JO, NBS),
        ('1.3 percentage points', 1, 1.3, 'percentage_point', 'growth rate of total profits', 'decrease', 'period_on_period', None, JO, NBS),
        ('1,765.43 billion yuan', 1, 1765.43e9, 'CNY', 'profits of state-holding enterprises', None, None, None, F10, NBS),
        ('0.4 percent', 1, 0.4, 'percent', 'profits of state-holding enterprises', 'decrease', 'year_on_year', None, F10, NBS),
        ('4,312.80 billion yuan', 1, 4312.80e9, 'CNY', 'profits of joint-stock enterprises', None, None, None, F10, NBS),
        ('1.0 percent', 1, 1.0, 'percent', 'profits of joint-stock enterprises', 'increase', 'year_on_year', None, F10, NBS),
        ('1,598.31 billion yuan', 1, 1598.31e9, 'CNY', 'profits of private enterprises', None, None, None, F10, NBS),
        ('2.3 percent', 1, 2.3, 'percent', 'profits of private enterprises', 'increase', 'year_on_year', None, F10, NBS),
        ('690.52 billion yuan', 1, 690.52e9, 'CNY', 'profits of the mining industry', None, None, None, None, NBS),
        ('27.4 percent', 1, 27.4, 'percent', 'profits of the mining industry', 'decrease', 'year_on_year', None, None, NBS),
        ('4,620.18 billion yuan', 1, 4620.18e9, 'CNY', 'profits of manufacturing', None, None, None, None, NBS),
        ('7.7 percent', 1, 7.7, 'percent', 'profits of manufacturing', 'increase', 'year_on_year', None, None, NBS),
        ('639.57 billion yuan', 1, 639.57e9, 'CNY', 'profits of the production and supply of electricity, heat, gas and water', None, None, None, None, NBS),
        ('8.9 percent', 1, 8.9, 'percent', 'profits of the production and supply of electricity, heat, gas and water', 'increase', 'year_on_year', None, None, NBS),
        ('10.1 percent', 1, 10.1, 'percent', 'profits of high-tech manufacturing', 'increase', 'year_on_year', None, JO, NBS),
        ('8.2 percentage points', 1, 8.2, 'percentage_point', 'profit growth of high-tech manufacturing relative to all industrial enterprises above designated size', None, None, None, JO, NBS),
        ('14.6 percent', 1, 14.6, 'percent', 'profits of the computer, communication and other electronic equipment industry', 'increase', 'year_on_year', None, JO, NBS),
        ('48.7 percent', 1, 48.7, 'percent', 'profits of the coal mining and washing industry', 'decrease', 'year_on_year', None, JO, NBS),
        ('5.5 percent', 1, 5.5, 'percent', 'profits of industrial enterprises above designated size', 'decrease', 'year_on_year', None, per('In October', 2025, 10), NBS),
        ('21.6 percent', 1, 21.6, 'percent', 'profits of industrial enterprises above designated size', 'increase', 'year_on_year', None, per('in September', 2025, 9), NBS),
        ('111.37 trillion yuan', 1, 111.37e12, 'CNY', 'operating revenue of industrial enterprises above designated size', None, None, None, f10, NBS),
        ('1.8 percent', 1, 1.8, 'percent', 'operating revenue of industrial enterprises above designated size', 'increase', 'year_on_year', None, f10, NBS),
        ('5.34 percent', 1, 5.34, 'percent', 'profit margin of operating revenue', None, None, None, f10, NBS),
        ('0.01 percentage points', 1, 0.01, 'percentage_point', 'profit margin of operating revenue', 'increase', 'year_on_year', None, f10, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
