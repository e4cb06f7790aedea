# ruff: noqa: E501, RUF001
"""Write corpus/annotated_22/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_22.py corpus/annotated_22
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
ISTAT = "Italian National Institute of Statistics"
FIAT = "Fiat"
CONF = "Confederation of Italian Industry"
BOI = "Bank of Italy"
GSO = "General Statistics Office"
GOVVN = "Government of Vietnam"
MOF = "Ministry of Finance"
HSBC = "HSBC"
UMICH = "University of Michigan"
DJ = "Dow Jones"
CB = "The Conference Board"
CME = "CME Group"
NYFED = "Federal Reserve Bank of New York"
BBG = "Bloomberg"
SC = "Statistics Canada"
TE = "Trading Economics"
BLS = "U.S. Bureau of Labor Statistics"
FED = "Federal Reserve"
SI = "Silver Institute"
JPC = "Joint Plant Committee"
GOI = "Government of India"
MOS = "Ministry of Steel"
ACER = "Agency for the Cooperation of Energy Regulators"
GIE = "Gas Infrastructure Europe"
NBS = "National Bureau of Statistics"
MOHRSS = "Ministry of Human Resources and Social Security"

# 2201 ONS private rents (ref 2025-11-19)
O25 = per("in the 12 months to October 2025", 2025, 10)
S25 = per("in the 12 months to September 2025", 2025, 9)
A25 = per("in August 2025", 2025, 8)
IO25 = per("in October 2025", 2025, 10)
SO25 = per("between September and October 2025", 2025, 10)
FS25 = per("for September 2025", 2025, 9)
# 2202 Reuters 1987 (ref Thursday 1987-05-14)
MAR = per("in March", 1987, 3)
FEB = per("in February", 1987, 2)
YE86 = per("a year earlier", 1986, 3)
# 2203 Reuters 2025 (ref Monday 2025-10-06)
N9 = P("in the first nine months", "2025-01-01", "2025-09-30")
ISEP = per("In September", 2025, 9)
JS = P("in the January-September period", "2025-01-01", "2025-09-30")
Q3 = Q("in the third quarter", 2025, 3)
NM = P("in the nine months", "2025-01-01", "2025-09-30")
# 2204 CNBC (ref Friday 2025-11-07)
FNOV = per("for November", 2025, 11)
NOV = per("in November", 2025, 11)
OCT = per("in October", 2025, 10)
# 2205 MT Newswires (ref Monday 2025-11-17)
# (NOV, OCT as above)
# 2206 Trading Economics (ref 2025-11-21)
SEP25 = per("in September 2025", 2025, 9)
SEP = per("in September", 2025, 9)
# 2207 Investing.com (ref Thursday 2025-12-18)
ET = P("By 09:55 ET", None, None)
SFY = P("so far this year", "2025-01-01", "2025-12-18")
N12 = per("in the 12 months through November", 2025, 11)
MTG = P("at the Fed's Jan. 27-28 meeting", "2026-01-27", "2026-01-28")
LW = P("last week", "2025-12-08", "2025-12-14")
# 2208 Business Standard (ref 2025-11-12)
HAO = P("in April-October", "2025-04-01", "2025-10-31")
AO26 = P("in the April-October period of FY26", "2025-04-01", "2025-10-31")
CPLY = P("in the corresponding period last year", "2024-04-01", "2024-10-31")
SEVEN = P("during the seven months", "2025-04-01", "2025-10-31")
IOCT = per("In October", 2025, 10)
F7 = P("in the first seven months of FY26", "2025-04-01", "2025-10-31")
BY31 = P("by 2030-31", "2030-04-01", "2031-03-31")
# 2209 DG ENER (ref 2025-12-15)
Q325 = Q("In the third quarter of 2025", 2025, 3)
INQ = Q("in the quarter", 2025, 3)
JUS = P("in July-September", "2025-07-01", "2025-09-30")
EOS = P("at the end of September", "2025-09-30", "2025-09-30")
# 2210 NBS (ref 2025-11-14)
JO = P("From January to October", "2025-01-01", "2025-10-31")
JOL = P("from January to October", "2025-01-01", "2025-10-31")
EQ3 = P("at the end of the third quarter", "2025-09-30", "2025-09-30")
IQ3 = Q("In the third quarter", 2025, 3)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_private_rents.txt': [
        ('5.5%', 1, 5.5, 'percent', 'average UK monthly private rents', 'increase', 'year_on_year', None, O25, None),
        ('£1,360', 1, 1360, 'GBP', 'average UK monthly private rents', 'increase', None, None, O25, None),
        ('5.7%', 1, 5.7, 'percent', 'average UK monthly private rents', None, 'year_on_year', None, S25, None),
        ('£1,412', 1, 1412, 'GBP', 'average rents in England', 'increase', None, None, O25, None),
        ('5.9%', 1, 5.9, 'percent', 'average rents in England', 'increase', 'year_on_year', None, O25, None),
        ('£999', 1, 999, 'GBP', 'average rents in Scotland', 'increase', None, None, O25, None),
        ('4.2%', 1, 4.2, 'percent', 'average rents in Scotland', 'increase', 'year_on_year', None, O25, None),
        ('£851', 1, 851, 'GBP', 'average rents in Northern Ireland', None, None, None, A25, None),
        ('7.4%', 1, 7.4, 'percent', 'average rents in Northern Ireland', 'increase', 'year_on_year', None, A25, None),
        ('8.9%', 1, 8.9, 'percent', 'annual rent inflation in the North East', None, 'year_on_year', None, IO25, ONS),
        ('3.6%', 1, 3.6, 'percent', 'rents in London', 'increase', 'year_on_year', None, IO25, ONS),
        ('£2,231', 1, 2231, 'GBP', 'average rent in London', 'increase', None, None, IO25, ONS),
        ('6.1%', 1, 6.1, 'percent', 'rents in Yorkshire and The Humber', 'increase', 'year_on_year', None, IO25, ONS),
        ('5.4%', 1, 5.4, 'percent', 'rents in the East Midlands', 'increase', 'year_on_year', None, IO25, ONS),
        ('5.0%', 1, 5.0, 'percent', 'rents for one-bedroom homes', 'increase', 'year_on_year', None, O25, ONS),
        ('6.2%', 1, 6.2, 'percent', 'rents for homes with four or more bedrooms', 'increase', 'year_on_year', None, O25, ONS),
        ('three times', 1, 3, 'times', 'average rent in London relative to the North East', None, None, 'more_than', O25, ONS),
        ('£693', 1, 693, 'GBP', 'average rent in the North East', None, None, None, O25, ONS),
        ('0.3%', 1, 0.3, 'percent', 'UK private rents index', 'increase', 'month_on_month', None, SO25, ONS),
        ('5.8%', 1, 5.8, 'percent', 'annual rate of private rents', None, 'year_on_year', None, FS25, ONS),
        ('5.7%', 2, 5.7, 'percent', 'annual rate of private rents', 'decrease', 'year_on_year', None, FS25, ONS),
        ('480,000', 1, 480000, 'count', 'rental prices collected', None, None, 'approximately', None, ONS),
    ],
    'wire_1987_italian_industrial_production.txt': [
        ('4.1 PCT', 1, 4.1, 'percent', 'Italian industrial output', 'increase', None, None, per('IN MARCH', 1987, 3), None),
        ('4.1 pct', 1, 4.1, 'percent', 'industrial production index', 'increase', 'year_on_year', None, MAR, ISTAT),
        ('1.8 pct', 1, 1.8, 'percent', 'industrial production index', 'decrease', 'year_on_year', None, FEB, ISTAT),
        ('104.6', 1, 104.6, 'index_point', 'industrial production index', None, None, None, MAR, ISTAT),
        ('100.5', 1, 100.5, 'index_point', 'industrial production index', None, None, None, YE86, ISTAT),
        ('2.9 pct', 1, 2.9, 'percent', 'output adjusted for working days', 'increase', 'year_on_year', None, MAR, ISTAT),
        ('1.7 pct', 1, 1.7, 'percent', 'output', 'increase', 'year_on_year', None, Q('In the first quarter of 1987', 1987, 1), ISTAT),
        ('6.3 pct', 1, 6.3, 'percent', 'production of capital goods', 'increase', 'year_on_year', None, MAR, ISTAT),
        ('3.2 pct', 1, 3.2, 'percent', 'production of consumer goods', 'increase', 'year_on_year', None, MAR, ISTAT),
        ('2.5 pct', 1, 2.5, 'percent', 'production of intermediate goods', 'increase', 'year_on_year', None, MAR, ISTAT),
        ('7.8 pct', 1, 7.8, 'percent', 'output of chemicals', 'increase', None, None, None, ISTAT),
        ('5.6 pct', 1, 5.6, 'percent', 'output of metal products', 'increase', None, None, None, ISTAT),
        ('2.4 pct', 1, 2.4, 'percent', 'output of textiles and clothing', 'decrease', None, None, None, ISTAT),
        ('9.4 pct', 1, 9.4, 'percent', 'industrial turnover', 'increase', None, None, MAR, ISTAT),
        ('61,200 billion lire', 1, 61.2e12, 'ITL', 'industrial turnover', 'increase', None, None, MAR, ISTAT),
        ('168,000', 1, 168000, 'count', 'cars and commercial vehicles built by Fiat', 'increase', None, None, MAR, FIAT),
        ('151,000', 1, 151000, 'count', 'cars and commercial vehicles built by Fiat', None, None, None, YE86, FIAT),
        ('77.8 pct', 1, 77.8, 'percent', 'capacity utilisation in industry', 'increase', None, None, MAR, CONF),
        ('76.4 pct', 1, 76.4, 'percent', 'capacity utilisation in industry', None, None, None, FEB, CONF),
        ('three pct', 1, 3, 'percent', 'industrial output', 'increase', None, 'approximately', Y('in 1987', 1987), BOI),
        ('1,298', 1, 1298, 'ITL', 'lira per dollar', None, None, None, P('on Wednesday', '1987-05-13', '1987-05-13'), CONF),
        ('1,305', 1, 1305, 'ITL', 'lira per dollar', None, None, None, P('on Tuesday', '1987-05-12', '1987-05-12'), CONF),
    ],
    'wire_2025_vietnam_gdp_exports.txt': [
        ('8.2%', 1, 8.2, 'percent', "Vietnam's economy", 'increase', None, None, Q('in third quarter', 2025, 3), None),
        ('8.22%', 1, 8.22, 'percent', "Vietnam's economy", 'increase', 'year_on_year', None, Q('in the July-September quarter', 2025, 3), None),
        ('7.96%', 1, 7.96, 'percent', "Vietnam's economy", None, 'year_on_year', None, Q('in the second quarter', 2025, 2), None),
        ('7.85%', 1, 7.85, 'percent', 'growth', 'increase', None, None, P('in the first nine months of the year', '2025-01-01', '2025-09-30'), GSO),
        ('8%', 1, 8, 'percent', 'growth target', None, None, 'at_least', Y('for 2025', 2025), GOVVN),
        ('16.0%', 1, 16.0, 'percent', 'exports', 'increase', 'year_on_year', None, N9, GSO),
        ('$348.7 billion', 1, 348.7e9, 'USD', 'exports', 'increase', None, None, N9, GSO),
        ('17.8%', 1, 17.8, 'percent', 'imports', 'increase', 'year_on_year', None, N9, GSO),
        ('$331.5 billion', 1, 331.5e9, 'USD', 'imports', 'increase', None, None, N9, GSO),
        ('$17.2 billion', 1, 17.2e9, 'USD', 'trade surplus', None, None, None, N9, GSO),
        ('24.7%', 1, 24.7, 'percent', 'exports', 'increase', 'year_on_year', None, ISEP, GSO),
        ('$44.1 billion', 1, 44.1e9, 'USD', 'exports', 'increase', None, None, ISEP, GSO),
        ('21.5%', 1, 21.5, 'percent', 'imports', 'increase', 'year_on_year', None, ISEP, GSO),
        ('$42.0 billion', 1, 42.0e9, 'USD', 'imports', 'increase', None, None, ISEP, GSO),
        ('27%', 1, 27, 'percent', 'shipments to the United States', 'increase', None, None, JS, GSO),
        ('$112.6 billion', 1, 112.6e9, 'USD', 'shipments to the United States', 'increase', None, None, JS, GSO),
        ('6.4%', 1, 6.4, 'percent', 'exports to China', 'increase', None, None, JS, GSO),
        ('9.8%', 1, 9.8, 'percent', 'industrial production', 'increase', None, None, Q3, GSO),
        ('9.5%', 1, 9.5, 'percent', 'retail sales of goods and services', 'increase', None, None, N9, GSO),
        ('3.27%', 1, 3.27, 'percent', 'average inflation', None, None, None, N9, GSO),
        ('4.5%', 1, 4.5, 'percent', 'inflation ceiling', None, None, None, None, GOVVN),
        ('8.5%', 1, 8.5, 'percent', 'disbursed foreign direct investment', 'increase', None, None, NM, MOF),
        ('$18.8 billion', 1, 18.8e9, 'USD', 'disbursed foreign direct investment', 'increase', None, None, NM, MOF),
        ('7.9%', 1, 7.9, 'percent', 'growth', 'increase', None, 'approximately', Y('for the full year', 2025), HSBC),
        ('26,350', 1, 26350, 'VND', 'dong per dollar', None, None, None, P('on Monday', '2025-10-06', '2025-10-06'), MOF),
    ],
    'cnbc_style_michigan_consumer_sentiment.txt': [
        ('50.3', 1, 50.3, 'index_point', 'preliminary consumer sentiment index', None, None, None, FNOV, UMICH),
        ('3.3 points', 1, 3.3, 'index_point', 'preliminary consumer sentiment index', 'decrease', 'month_on_month', None, FNOV, UMICH),
        ('53.6', 1, 53.6, 'index_point', 'consumer sentiment index', None, None, None, per('October', 2025, 10), UMICH),
        ('53.2', 1, 53.2, 'index_point', 'preliminary consumer sentiment index', None, None, None, FNOV, DJ),
        ('71.8', 1, 71.8, 'index_point', 'consumer sentiment index', None, None, None, per('in November 2024', 2024, 11), UMICH),
        ('30%', 1, 30, 'percent', 'consumer sentiment index', 'decrease', 'year_on_year', 'approximately', FNOV, UMICH),
        ('52.3', 1, 52.3, 'index_point', 'current conditions gauge', 'decrease', None, None, None, UMICH),
        ('58.6', 1, 58.6, 'index_point', 'current conditions gauge', None, None, None, None, UMICH),
        ('1.2 points', 1, 1.2, 'index_point', 'expectations index', 'decrease', None, None, None, UMICH),
        ('49.0', 1, 49.0, 'index_point', 'expectations index', 'decrease', None, None, None, UMICH),
        ('4.7%', 1, 4.7, 'percent', 'year-ahead inflation expectations', 'increase', None, None, NOV, UMICH),
        ('4.6%', 1, 4.6, 'percent', 'year-ahead inflation expectations', None, None, None, OCT, UMICH),
        ('3.6%', 1, 3.6, 'percent', 'long-run inflation expectations', 'decrease', None, None, NOV, UMICH),
        ('3.9%', 1, 3.9, 'percent', 'long-run inflation expectations', None, None, None, OCT, UMICH),
        ('71%', 1, 71, 'percent', 'share of consumers bringing up tariffs without being asked', 'decrease', None, 'approximately', per('this month', 2025, 11), UMICH),
        ('75%', 1, 75, 'percent', 'share of consumers bringing up tariffs without being asked', None, None, None, OCT, UMICH),
        ('94.6', 1, 94.6, 'index_point', "Conference Board's consumer confidence index", 'decrease', None, None, OCT, CB),
        ('95.6', 1, 95.6, 'index_point', "Conference Board's consumer confidence index", None, None, None, per('in September', 2025, 9), CB),
        ('1,106', 1, 1106, 'count', 'consumers interviewed', None, None, None, P('from Oct. 21 to Nov. 3', '2025-10-21', '2025-11-03'), UMICH),
        ('quarter-point', 1, 0.25, 'percentage_point', 'Fed rate cut', 'decrease', None, None, per('in December', 2025, 12), CME),
        ('67%', 1, 67, 'percent', 'odds of a quarter-point rate cut', None, None, 'approximately', per('in December', 2025, 12), CME),
    ],
    'mt_newswires_empire_state_manufacturing.txt': [
        ('18.7', 1, 18.7, 'index_point', 'Empire State Manufacturing Index', 'increase', None, None, NOV, None),
        ('8 points', 1, 8, 'index_point', 'general business conditions index', 'increase', 'month_on_month', None, NOV, NYFED),
        ('18.7', 2, 18.7, 'index_point', 'general business conditions index', 'increase', None, None, NOV, NYFED),
        ('10.7', 1, 10.7, 'index_point', 'general business conditions index', None, None, None, OCT, NYFED),
        ('6.0', 1, 6.0, 'index_point', 'general business conditions index', None, None, None, per('November', 2025, 11), BBG),
        ('15.9', 1, 15.9, 'index_point', 'new orders index', 'increase', None, None, NOV, NYFED),
        ('3.7', 1, 3.7, 'index_point', 'new orders index', None, None, None, OCT, NYFED),
        ('2.4 points', 1, 2.4, 'index_point', 'shipments index', 'increase', 'month_on_month', None, NOV, NYFED),
        ('16.8', 1, 16.8, 'index_point', 'shipments index', 'increase', None, None, NOV, NYFED),
        ('-3.1', 1, -3.1, 'index_point', 'unfilled orders index', 'decrease', None, None, None, NYFED),
        ('1.8', 1, 1.8, 'index_point', 'unfilled orders index', None, None, None, None, NYFED),
        ('7.2', 1, 7.2, 'index_point', 'delivery times index', None, None, None, None, NYFED),
        ('47.6', 1, 47.6, 'index_point', 'prices paid index', 'decrease', None, None, None, NYFED),
        ('52.4', 1, 52.4, 'index_point', 'prices paid index', None, None, None, None, NYFED),
        ('21.0', 1, 21.0, 'index_point', 'prices received index', 'decrease', None, None, None, NYFED),
        ('24.0', 1, 24.0, 'index_point', 'prices received index', None, None, None, None, NYFED),
        ('5 points', 1, 5, 'index_point', 'number of employees index', 'decrease', None, None, NOV, NYFED),
        ('1.1', 1, 1.1, 'index_point', 'number of employees index', 'decrease', None, None, NOV, NYFED),
        ('2.7', 1, 2.7, 'index_point', 'average workweek index', None, None, None, NOV, NYFED),
        ('35.2', 1, 35.2, 'index_point', 'index of future business conditions', 'increase', None, None, None, NYFED),
        ('30.3', 1, 30.3, 'index_point', 'index of future business conditions', None, None, None, None, NYFED),
        ('200', 1, 200, 'count', 'manufacturing executives surveyed', None, None, 'approximately', None, NYFED),
    ],
    'trading_economics_style_canada_retail_sales.txt': [
        ('0.7%', 1, 0.7, 'percent', 'Canada Retail Sales', 'decrease', None, None, SEP, None),
        ('0.7%', 2, 0.7, 'percent', 'retail sales in Canada', 'decrease', 'month_on_month', None, SEP25, SC),
        ('C$69.4 billion', 1, 69.4e9, 'CAD', 'retail sales in Canada', 'decrease', None, None, SEP25, SC),
        ('0.8%', 1, 0.8, 'percent', 'retail sales in Canada', 'decrease', 'month_on_month', None, SEP25, SC),
        ('1.0%', 1, 1.0, 'percent', 'retail sales in Canada', 'increase', 'month_on_month', None, per('in August', 2025, 8), SC),
        ('six', 1, 6, 'count', 'subsectors with lower sales', None, None, None, SEP25, SC),
        ('2.9%', 1, 2.9, 'percent', 'sales at gasoline stations and fuel vendors', 'decrease', 'month_on_month', None, SEP25, SC),
        ('0.5%', 1, 0.5, 'percent', 'sales at food and beverage retailers', 'decrease', 'month_on_month', None, SEP25, SC),
        ('0.4%', 1, 0.4, 'percent', 'sales at motor vehicle and parts dealers', 'increase', 'month_on_month', None, SEP25, SC),
        ('0.6%', 1, 0.6, 'percent', 'core retail sales', 'decrease', 'month_on_month', None, SEP25, SC),
        ('0.9%', 1, 0.9, 'percent', 'retail sales in volume terms', 'decrease', 'month_on_month', None, SEP25, SC),
        ('0.2%', 1, 0.2, 'percent', 'sales', 'increase', 'month_on_month', None, per('for October', 2025, 10), SC),
        ('4.3%', 1, 4.3, 'percent', 'retail sales', 'increase', 'year_on_year', None, SEP, SC),
        ('5.1%', 1, 5.1, 'percent', 'retail sales', 'increase', 'year_on_year', None, per('in the prior month', 2025, 8), SC),
        ('6.8%', 1, 6.8, 'percent', 'retail e-commerce sales', 'increase', 'year_on_year', None, SEP, SC),
        ('C$4.2 billion', 1, 4.2e9, 'CAD', 'retail e-commerce sales', 'increase', None, None, SEP, SC),
        ('6.1%', 1, 6.1, 'percent', 'retail e-commerce share of total retail trade', None, None, None, SEP, SC),
        ('0.41 percent', 1, 0.41, 'percent', "Canada's retail sales growth", None, 'month_on_month', None, P('From 1991 until 2025', '1991-01-01', '2025-12-31'), SC),
        ('22.70 percent', 1, 22.70, 'percent', "Canada's retail sales growth all time high", None, 'month_on_month', None, per('in June of 2020', 2020, 6), SC),
        ('-26.40 percent', 1, -26.40, 'percent', "Canada's retail sales growth record low", 'decrease', 'month_on_month', None, per('in April of 2020', 2020, 4), SC),
        ('0.30 percent', 1, 0.30, 'percent', 'Retail Sales MoM in Canada', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('0.40 percent', 1, 0.40, 'percent', 'Canada Retail Sales MoM', None, None, None, Y('in 2026', 2026), TE),
        ('0.30 percent', 2, 0.30, 'percent', 'Canada Retail Sales MoM', None, None, None, Y('in 2027', 2027), TE),
    ],
    'investing_style_silver_us_cpi.txt': [
        ('$67', 1, 67, 'USD', 'silver', None, None, 'more_than', None, None),
        ('2.4%', 1, 2.4, 'percent', 'spot silver', 'increase', None, None, ET, None),
        ('$66.72', 1, 66.72, 'USD', 'spot silver', 'increase', None, None, ET, None),
        ('$67.14', 1, 67.14, 'USD', 'spot silver all-time high', None, None, None, P('earlier in the session', None, None), None),
        ('2.1%', 1, 2.1, 'percent', 'silver futures for March delivery', 'increase', None, None, ET, None),
        ('$67.05', 1, 67.05, 'USD', 'silver futures for March delivery', 'increase', None, None, ET, None),
        ('0.6%', 1, 0.6, 'percent', 'spot gold', 'increase', None, None, None, None),
        ('$4,363.10', 1, 4363.10, 'USD', 'spot gold', 'increase', None, None, None, None),
        ('3.5%', 1, 3.5, 'percent', 'platinum', 'increase', None, None, None, None),
        ('$1,942.40', 1, 1942.40, 'USD', 'platinum', 'increase', None, None, None, None),
        ('130%', 1, 130, 'percent', 'silver', 'increase', None, 'approximately', SFY, None),
        ('66%', 1, 66, 'percent', 'gold', 'increase', None, None, SFY, None),
        ('2.7%', 1, 2.7, 'percent', 'consumer price index', 'increase', 'year_on_year', None, N12, BLS),
        ('3.1%', 1, 3.1, 'percent', 'consumer price index', None, 'year_on_year', None, N12, None),
        ('3.0%', 1, 3.0, 'percent', 'consumer price index', None, 'year_on_year', None, per('in September', 2025, 9), BLS),
        ('2.6%', 1, 2.6, 'percent', 'core CPI', 'increase', 'year_on_year', None, N12, BLS),
        ('26%', 1, 26, 'percent', 'odds of a quarter-point cut', 'increase', None, None, MTG, CME),
        ('quarter-point', 1, 0.25, 'percentage_point', 'Fed rate cut', 'decrease', None, None, MTG, CME),
        ('22%', 1, 22, 'percent', 'odds of a quarter-point cut', None, None, None, MTG, CME),
        ('25 basis points', 1, 25, 'basis_point', 'Fed policy rate', 'decrease', None, None, LW, FED),
        ('3.50%', 1, 3.50, 'percent', 'Fed policy rate range', 'decrease', None, None, LW, FED),
        ('3.75%', 1, 3.75, 'percent', 'Fed policy rate range', 'decrease', None, None, LW, FED),
        ('95 million ounces', 1, 95e6, 'ounce', 'global silver market deficit', None, None, 'approximately', Y('in 2025', 2025), SI),
    ],
    'business_standard_style_steel_production.txt': [
        ('11%', 1, 11, 'percent', 'crude steel output', 'increase', None, None, HAO, None),
        ('28%', 1, 28, 'percent', 'finished steel imports', 'decrease', None, None, HAO, None),
        ('11.2 per cent', 1, 11.2, 'percent', "India's crude steel production", 'increase', 'year_on_year', None, AO26, JPC),
        ('94.6 million tonnes', 1, 94.6e6, 'tonne', "India's crude steel production", 'increase', None, None, AO26, JPC),
        ('85.1 mt', 1, 85.1e6, 'tonne', "India's crude steel production", None, None, None, CPLY, JPC),
        ('8.3 per cent', 1, 8.3, 'percent', 'consumption of finished steel', 'increase', None, None, SEVEN, JPC),
        ('91.2 mt', 1, 91.2e6, 'tonne', 'consumption of finished steel', 'increase', None, None, SEVEN, JPC),
        ('13.7 mt', 1, 13.7e6, 'tonne', 'crude steel output', None, None, None, IOCT, JPC),
        ('9.6 per cent', 1, 9.6, 'percent', 'crude steel output', 'increase', 'year_on_year', None, IOCT, JPC),
        ('6.9 per cent', 1, 6.9, 'percent', 'consumption', 'increase', 'year_on_year', None, IOCT, JPC),
        ('13.1 mt', 1, 13.1e6, 'tonne', 'consumption', 'increase', None, None, IOCT, JPC),
        ('28 per cent', 1, 28, 'percent', 'finished steel imports', 'decrease', None, None, HAO, JPC),
        ('4.9 mt', 1, 4.9e6, 'tonne', 'finished steel imports', 'decrease', None, None, HAO, JPC),
        ('third', 1, 0.3333, 'fraction', 'China share of finished steel imports', None, None, 'approximately', HAO, JPC),
        ('1.4 mt', 1, 1.4e6, 'tonne', 'finished steel imports from South Korea', None, None, None, HAO, JPC),
        ('0.9 mt', 1, 0.9e6, 'tonne', 'finished steel imports from Japan', None, None, None, HAO, JPC),
        ('12 per cent', 1, 12, 'percent', 'provisional safeguard duty on certain flat steel imports', None, None, None, per('in April', 2025, 4), GOI),
        ('35.4 per cent', 1, 35.4, 'percent', 'exports of finished steel', 'increase', None, None, F7, JPC),
        ('3.6 mt', 1, 3.6e6, 'tonne', 'exports of finished steel', 'increase', None, None, F7, JPC),
        ('Rs 47,800', 1, 47800, 'INR', 'domestic hot-rolled coil prices', None, None, None, per('in October', 2025, 10), MOS),
        ('6 per cent', 1, 6, 'percent', 'domestic hot-rolled coil prices', 'decrease', 'year_on_year', 'approximately', per('in October', 2025, 10), MOS),
        ('100 mt', 1, 100e6, 'tonne', 'steel capacity addition', 'increase', None, 'approximately', BY31, None),
        ('Rs 3 lakh crore', 1, 3e12, 'INR', 'investment', None, None, 'approximately', BY31, None),
        ('300 mt', 1, 300e6, 'tonne', 'National Steel Policy target', None, None, None, BY31, None),
    ],
    'eu_energy_style_gas_hub_prices.txt': [
        ('33.6 EUR/MWh', 1, 33.6, 'EUR', 'Dutch TTF front-month contract', None, None, None, Q325, None),
        ('8%', 1, 8, 'percent', 'Dutch TTF front-month contract', 'decrease', 'year_on_year', None, Q325, None),
        ('4.2 EUR/MWh', 1, 4.2, 'EUR', 'Dutch TTF front-month contract', 'decrease', 'quarter_on_quarter', None, Q325, None),
        ('31', 1, 31, 'EUR', 'Dutch TTF front-month contract', None, None, None, Q325, None),
        ('36 EUR/MWh', 1, 36, 'EUR', 'Dutch TTF front-month contract', None, None, None, Q325, None),
        ('0.6 EUR/MWh', 1, 0.6, 'EUR', 'German THE premium', None, None, None, INQ, None),
        ('1.4 EUR/MWh', 1, 1.4, 'EUR', 'French PEG premium', None, None, None, INQ, None),
        ('2.1 EUR/MWh', 1, 2.1, 'EUR', 'Italian PSV premium', 'decrease', None, None, INQ, None),
        ('2.8 EUR/MWh', 1, 2.8, 'EUR', 'Italian PSV premium', None, None, None, Q('in the second quarter', 2025, 2), None),
        ('32.7 EUR/MWh', 1, 32.7, 'EUR', 'UK NBP', None, None, None, INQ, None),
        ('0.9 EUR/MWh', 1, 0.9, 'EUR', 'UK NBP discount to the TTF', None, None, None, INQ, None),
        ('12.4 USD/MMBtu', 1, 12.4, 'USD', 'JKM benchmark', None, None, None, JUS, None),
        ('1.3 USD/MMBtu', 1, 1.3, 'USD', 'JKM premium over the TTF', None, None, 'approximately', JUS, None),
        ('3.1 USD/MMBtu', 1, 3.1, 'USD', 'US Henry Hub', None, None, None, JUS, None),
        ('46%', 1, 46, 'percent', 'US Henry Hub', 'increase', 'year_on_year', None, JUS, None),
        ('34.8 EUR/MWh', 1, 34.8, 'EUR', 'TTF contract for the first quarter of 2026', None, None, None, EOS, None),
        ('32.5 EUR/MWh', 1, 32.5, 'EUR', 'calendar 2026 contract', None, None, None, EOS, None),
        ('28.9 EUR/MWh', 1, 28.9, 'EUR', 'calendar 2027 contract', None, None, None, EOS, None),
        ('12,300 TWh', 1, 12300, 'terawatt hour', 'traded volumes on EU gas hubs', None, None, None, INQ, ACER),
        ('6%', 1, 6, 'percent', 'traded volumes on EU gas hubs', 'increase', 'year_on_year', None, INQ, ACER),
        ('78%', 1, 78, 'percent', 'TTF share of traded volumes on EU gas hubs', None, None, 'approximately', INQ, ACER),
        ('82.6%', 1, 82.6, 'percent', 'EU storage sites filling level', None, None, None, P('on 1 October 2025', '2025-10-01', '2025-10-01'), GIE),
        ('94.7%', 1, 94.7, 'percent', 'EU storage sites filling level', None, None, None, P('a year earlier', '2024-10-01', '2024-10-01'), GIE),
    ],
    'nbs_style_urban_unemployment.txt': [
        ('5.1 percent', 1, 5.1, 'percent', 'surveyed urban unemployment rate nationwide', None, None, None, OCT, NBS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'surveyed urban unemployment rate nationwide', 'decrease', 'month_on_month', None, OCT, NBS),
        ('0.1 percentage points', 2, 0.1, 'percentage_point', 'surveyed urban unemployment rate nationwide', 'decrease', 'year_on_year', None, OCT, NBS),
        ('5.2 percent', 1, 5.2, 'percent', 'average surveyed urban unemployment rate', None, None, None, JO, NBS),
        ('5.1 percent', 2, 5.1, 'percent', 'surveyed unemployment rate of the local registered labor force', None, None, None, per('In October', 2025, 10), NBS),
        ('5.0 percent', 1, 5.0, 'percent', 'surveyed unemployment rate of the migrant labor force', None, None, None, per('In October', 2025, 10), NBS),
        ('4.8 percent', 1, 4.8, 'percent', 'surveyed unemployment rate of the migrant agricultural registered labor force', None, None, None, per('In October', 2025, 10), NBS),
        ('5.2 percent', 2, 5.2, 'percent', 'surveyed urban unemployment rate in 31 major cities', None, None, None, per('In October', 2025, 10), NBS),
        ('17.3 percent', 1, 17.3, 'percent', 'surveyed urban unemployment rate for people aged 16 to 24 excluding students', None, None, None, OCT, NBS),
        ('7.2 percent', 1, 7.2, 'percent', 'surveyed urban unemployment rate for those aged 25 to 29', None, None, None, OCT, NBS),
        ('3.9 percent', 1, 3.9, 'percent', 'surveyed urban unemployment rate for those aged 30 to 59', None, None, None, OCT, NBS),
        ('48.4 hours', 1, 48.4, 'hour', 'average weekly working hours of employees of enterprises', None, None, None, OCT, NBS),
        ('11.02 million', 1, 11.02e6, 'count', 'new urban jobs', None, None, None, JOL, MOHRSS),
        ('91.8 percent', 1, 91.8, 'percent', 'share of the annual target of new urban jobs', None, None, None, JOL, MOHRSS),
        ('12 million', 1, 12e6, 'count', 'annual target of new urban jobs', None, None, None, None, None),
        ('191.12 million', 1, 191.12e6, 'count', 'total number of migrant workers', None, None, None, EQ3, NBS),
        ('1.43 million', 1, 1.43e6, 'count', 'total number of migrant workers', 'increase', 'year_on_year', None, EQ3, NBS),
        ('0.8 percent', 1, 0.8, 'percent', 'total number of migrant workers', 'increase', 'year_on_year', None, EQ3, NBS),
        ('5,032 yuan', 1, 5032, 'CNY', 'average monthly income of migrant workers', None, None, None, IQ3, NBS),
        ('3.2 percent', 1, 3.2, 'percent', 'average monthly income of migrant workers', 'increase', 'year_on_year', None, IQ3, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
