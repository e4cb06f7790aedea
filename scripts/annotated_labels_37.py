# ruff: noqa: E501, RUF001
"""Write corpus/annotated_37/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(1 for the first; occurrences inside a longer number are skipped); `gold_labels.write_gold`
computes and checks the offsets.

usage: python scripts/annotated_labels_37.py corpus/annotated_37
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
WARD = "Ward's Automotive Reports"
AMC = "American Motors Corp"
ABS = "Australian Bureau of Statistics"
RBA = "Reserve Bank of Australia"
LSEG = "LSEG"
COX = "Cox Automotive"
KBB = "Kelley Blue Book"
EUROSTAT = "Eurostat"
BBG = "Bloomberg"
ECB = "European Central Bank"
FSO = "Federal Statistical Office"
SNB = "Swiss National Bank"
TE = "Trading Economics"
NBS = "National Bureau of Statistics"
GAC = "General Administration of Customs"
MYSTEEL = "Mysteel"
TMA = "Tractor and Mechanization Association"
ICRA = "ICRA"
MOT = "Ministry of Transport"

# 3701 ONS Business Insights and Conditions Survey (ref Thursday 2025-11-20)
O25 = per("in October 2025", 2025, 10)
IO25 = per("In October 2025", 2025, 10)
D25 = per("in December 2025", 2025, 12)
N25 = per("for November 2025", 2025, 11)
COL = P("between 3 and 16 November 2025", "2025-11-03", "2025-11-16")
# 3702 Reuters 1987 (ref Tuesday 1987-04-14)
AP = P("in the April 1-10 period", "1987-04-01", "1987-04-10")
INP = P("in the period", "1987-04-01", "1987-04-10")
INP2 = P("In the period", "1987-04-01", "1987-04-10")
YTA = P("For the year through April 10", "1987-01-01", "1987-04-10")
# 3703 Reuters 2025 (ref Thursday 2026-01-15)
DEC = per("in December", 2025, 12)
NOV = per("in November", 2025, 11)
YTD = per("In the year to December", 2025, 12)
FEB = P("at the RBA's Feb. 2-3 meeting", "2026-02-02", "2026-02-03")
# 3704 CNBC (ref Wednesday 2025-12-10)
CNOV = per("in November", 2025, 11)
# 3705 MT Newswires (ref Wednesday 2026-01-07)
MDEC = per("in December", 2025, 12)
MNOV = per("in November", 2025, 11)
# 3706 Trading Economics (ref Wednesday 2025-12-03)
N25TE = per("in November 2025", 2025, 11)
TOCT = per("in October", 2025, 10)
TNOV = per("in November", 2025, 11)
# 3707 Investing.com (ref Monday 2025-11-17)
ET = P("By 03:40 ET", None, None)
IOCT = per("in October", 2025, 10)
F10 = P("In the first ten months of the year", "2025-01-01", "2025-10-31")
# 3708 Business Standard (ref Friday 2025-11-14)
BOCT = per("in October", 2025, 10)
GST = P("effective September 22", "2025-09-22", "2025-09-22")
INM = per("in the month", 2025, 10)
F7 = P("in the first seven months of FY26 (April-October)", "2025-04-01", "2025-10-31")
FY26 = P("FY26", "2025-04-01", "2026-03-31")
# 3709 DG ENER (ref Wednesday 2026-01-21)
Q325 = Q("In the third quarter of 2025", 2025, 3)
TQ = Q("in the third quarter", 2025, 3)
INQ = Q("in the quarter", 2025, 3)
# 3710 NBS / Ministry of Transport (ref Friday 2025-12-19)
NNOV = per("in November", 2025, 11)
INOV = per("In November", 2025, 11)
JN = P("From January to November", "2025-01-01", "2025-11-30")
F11 = P("in the first eleven months", "2025-01-01", "2025-11-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_business_insights_conditions.txt': [
        ('1 in 6', 1, 1 / 6, 'fraction', 'share of trading businesses reporting a decrease in turnover', None, None, 'approximately', O25, None),
        ('17%', 1, 17, 'percent', 'share of trading businesses reporting a decrease in turnover', None, None, None, O25, None),
        ('14%', 1, 14, 'percent', 'share of trading businesses reporting an increase in turnover', None, None, None, O25, None),
        ('1 in 4', 1, 0.25, 'fraction', 'share of trading businesses expecting prices to rise', 'increase', None, 'approximately', D25, None),
        ('24%', 1, 24, 'percent', 'share of trading businesses expecting prices to rise', 'increase', None, None, D25, None),
        ('22%', 1, 22, 'percent', 'share of trading businesses expecting prices to rise', None, None, None, N25, None),
        ('2,487', 1, 2487, 'count', 'survey responses', None, None, None, COL, ONS),
        ('52%', 1, 52, 'percent', 'share of trading businesses reporting unchanged turnover', None, None, None, IO25, ONS),
        ('23%', 1, 23, 'percent', 'share of construction businesses reporting a fall in turnover', None, None, None, IO25, ONS),
        ('11%', 1, 11, 'percent', 'share of information and communication businesses reporting a fall in turnover', None, None, None, IO25, ONS),
        ('2 in 5', 1, 0.4, 'fraction', 'share of accommodation and food service businesses expecting to raise prices', None, None, 'approximately', D25, ONS),
        ('39%', 1, 39, 'percent', 'share of accommodation and food service businesses expecting to raise prices', None, None, None, D25, ONS),
        ('32%', 1, 32, 'percent', 'share of businesses expecting to raise prices citing energy costs', None, None, None, D25, ONS),
        ('29%', 1, 29, 'percent', 'share of businesses expecting to raise prices citing labour costs', None, None, None, D25, ONS),
        ('21%', 1, 21, 'percent', 'share of businesses expecting to raise prices citing the price of raw materials', None, None, None, D25, ONS),
        ('12%', 1, 12, 'percent', 'share of trading businesses expecting turnover to increase', None, None, None, D25, ONS),
        ('9%', 1, 9, 'percent', 'share of trading businesses expecting turnover to fall', None, None, None, D25, ONS),
        ('15%', 1, 15, 'percent', 'share of trading businesses citing energy prices as their main concern', None, None, None, N25, ONS),
        ('2 percentage points', 1, 2, 'percentage_point', 'share of trading businesses citing energy prices as their main concern', 'decrease', 'month_on_month', None, N25, ONS),
        ('8%', 1, 8, 'percent', 'share of businesses experiencing a shortage of workers', None, None, 'approximately', N25, ONS),
        ('10%', 1, 10, 'percent', 'share of businesses experiencing a shortage of workers', None, None, None, per('a year earlier', 2024, 11), ONS),
    ],
    'wire_1987_us_ten_day_car_sales.txt': [
        ('6.8 PCT', 1, 6.8, 'percent', 'U.S. car sales', 'increase', None, None, P('IN APRIL 1-10 PERIOD', '1987-04-01', '1987-04-10'), None),
        ('6.8 pct', 1, 6.8, 'percent', 'sales of new cars built in North America by the domestic automakers', 'increase', 'year_on_year', None, AP, WARD),
        ('183,504', 1, 183504, 'count', 'cars sold', 'increase', None, None, INP, WARD),
        ('171,820', 1, 171820, 'count', 'cars sold', None, None, None, P('in the same period last year', '1986-04-01', '1986-04-10'), WARD),
        ('22,938', 1, 22938, 'count', 'daily selling rate', None, None, None, INP, WARD),
        ('21,478', 1, 21478, 'count', 'daily selling rate', None, None, None, P('a year earlier', '1986-04-01', '1986-04-10'), WARD),
        ('7.4 mln', 1, 7.4e6, 'count', 'seasonally adjusted annual selling rate', None, None, None, P('for the period', '1987-04-01', '1987-04-10'), WARD),
        ('6.9 mln', 1, 6.9e6, 'count', 'seasonally adjusted annual selling rate', None, None, None, P('in the March 21-31 period', '1987-03-21', '1987-03-31'), WARD),
        ('4.1 pct', 1, 4.1, 'percent', "General Motors Corp's sales", 'increase', None, None, INP2, WARD),
        ('96,207', 1, 96207, 'count', "General Motors Corp's sales", 'increase', None, None, INP2, WARD),
        ('13.5 pct', 1, 13.5, 'percent', "Ford Motor Co's sales", 'increase', None, None, INP2, WARD),
        ('58,915', 1, 58915, 'count', "Ford Motor Co's sales", 'increase', None, None, INP2, WARD),
        ('2.2 pct', 1, 2.2, 'percent', "Chrysler Corp's sales", 'decrease', None, None, INP2, WARD),
        ('24,380', 1, 24380, 'count', "Chrysler Corp's sales", 'decrease', None, None, INP2, WARD),
        ('2,360', 1, 2360, 'count', 'U.S.-made cars sold by American Honda Motor Co', 'increase', None, None, INP2, WARD),
        ('1,010', 1, 1010, 'count', 'U.S.-made cars sold by American Honda Motor Co', None, None, None, P('a year ago', '1986-04-01', '1986-04-10'), WARD),
        ('41 pct', 1, 41, 'percent', "American Motors Corp's sales", 'decrease', 'year_on_year', None, INP2, AMC),
        ('1,642', 1, 1642, 'count', "American Motors Corp's sales", 'decrease', None, None, INP2, AMC),
        ('2,153,720', 1, 2153720, 'count', 'domestic car sales', None, None, None, YTA, WARD),
        ('11.9 pct', 1, 11.9, 'percent', 'domestic car sales', 'decrease', 'year_on_year', None, YTA, WARD),
        ('2,444,610', 1, 2444610, 'count', 'domestic car sales', None, None, None, P('in the same period of 1986', '1986-01-01', '1986-04-10'), WARD),
        ('3.4 pct', 1, 3.4, 'percent', 'truck sales by the domestic makers', 'increase', 'year_on_year', None, P('in the early April period', '1987-04-01', '1987-04-10'), WARD),
        ('61,240', 1, 61240, 'count', 'truck sales by the domestic makers', 'increase', None, None, P('in the early April period', '1987-04-01', '1987-04-10'), WARD),
    ],
    'wire_2025_australia_employment.txt': [
        ('4.4%', 1, 4.4, 'percent', "Australia's jobless rate", 'increase', None, None, None, None),
        ('12,400', 1, 12400, 'count', 'employment', 'decrease', 'month_on_month', None, DEC, ABS),
        ('25,000', 1, 25000, 'count', 'employment', 'increase', 'month_on_month', None, DEC, 'Reuters'),
        ('18', 1, 18, 'count', 'economists in a Reuters poll', None, None, None, DEC, 'Reuters'),
        ('31,600', 1, 31600, 'count', 'employment', 'increase', 'month_on_month', None, per('November', 2025, 11), ABS),
        ('28,900', 1, 28900, 'count', 'employment', None, 'month_on_month', None, per('November', 2025, 11), ABS),
        ('4.4%', 2, 4.4, 'percent', 'jobless rate', 'increase', None, None, DEC, ABS),
        ('4.3%', 1, 4.3, 'percent', 'jobless rate', None, None, None, NOV, ABS),
        ('66.8%', 1, 66.8, 'percent', 'participation rate', 'decrease', None, None, DEC, ABS),
        ('67.0%', 1, 67.0, 'percent', 'participation rate', None, None, None, NOV, ABS),
        ('8,300', 1, 8300, 'count', 'full-time jobs', 'increase', None, None, DEC, ABS),
        ('20,700', 1, 20700, 'count', 'part-time employment', 'decrease', None, None, DEC, ABS),
        ('0.4%', 1, 0.4, 'percent', 'hours worked', 'decrease', 'month_on_month', None, DEC, ABS),
        ('1.5%', 1, 1.5, 'percent', 'hours worked', 'increase', 'year_on_year', None, DEC, ABS),
        ('4.5%', 1, 4.5, 'percent', 'unemployment rate for men', None, None, None, DEC, ABS),
        ('4.2%', 1, 4.2, 'percent', 'unemployment rate for women', None, None, None, DEC, ABS),
        ('243,000', 1, 243000, 'count', 'employment', 'increase', 'year_on_year', 'approximately', YTD, ABS),
        ('1.7%', 1, 1.7, 'percent', 'employment', 'increase', 'year_on_year', None, YTD, ABS),
        ('31,000', 1, 31000, 'count', 'number of unemployed people', 'increase', 'year_on_year', 'approximately', YTD, ABS),
        ('672,000', 1, 672000, 'count', 'number of unemployed people', 'increase', None, None, YTD, ABS),
        ('25-basis-point', 1, 25, 'basis_point', 'RBA rate hike', 'increase', None, None, FEB, LSEG),
        ('28%', 1, 28, 'percent', 'odds of a rate hike', 'decrease', None, 'approximately', FEB, LSEG),
        ('41%', 1, 41, 'percent', 'odds of a rate hike', None, None, None, FEB, LSEG),
        ('3.60%', 1, 3.60, 'percent', 'cash rate', None, None, None, DEC, RBA),
        ('0.2%', 1, 0.2, 'percent', 'Australian dollar', 'decrease', None, None, None, ABS),
        ('US$0.6694', 1, 0.6694, 'USD', 'Australian dollar', 'decrease', None, None, None, ABS),
    ],
    'cnbc_style_cox_automotive_vehicle_prices.txt': [
        ('$50,326', 1, 50326, 'USD', 'average new-vehicle price', 'increase', None, None, None, COX),
        ('$50,326', 2, 50326, 'USD', 'average transaction price for a new vehicle', None, None, None, CNOV, KBB),
        ('0.4%', 1, 0.4, 'percent', 'average transaction price for a new vehicle', 'increase', 'month_on_month', None, CNOV, KBB),
        ('2.1%', 1, 2.1, 'percent', 'average transaction price for a new vehicle', 'increase', 'year_on_year', None, CNOV, KBB),
        ('$52,570', 1, 52570, 'USD', 'average sticker price', None, None, None, CNOV, KBB),
        ('$36,410', 1, 36410, 'USD', 'average price of compact SUVs', None, None, None, CNOV, KBB),
        ('$65,990', 1, 65990, 'USD', 'average price of full-size pickups', None, None, None, CNOV, KBB),
        ('7.1%', 1, 7.1, 'percent', 'incentives as a share of the transaction price', None, None, None, CNOV, COX),
        ('$3,575', 1, 3575, 'USD', 'incentives per vehicle', None, None, 'approximately', CNOV, COX),
        ('7.8%', 1, 7.8, 'percent', 'incentives as a share of the transaction price', None, None, None, per('in October', 2025, 10), COX),
        ('15.6 million', 1, 15.6e6, 'count', 'seasonally adjusted annual rate of new-vehicle sales', 'decrease', None, None, CNOV, COX),
        ('16.4 million', 1, 16.4e6, 'count', 'seasonally adjusted annual rate of new-vehicle sales', None, None, None, per('the month before', 2025, 10), COX),
        ('1.23 million units', 1, 1.23e6, 'count', 'total volume', None, None, 'approximately', per('for the month', 2025, 11), COX),
        ('$56,930', 1, 56930, 'USD', 'average price of electric vehicles', None, None, None, CNOV, COX),
        ('3.2%', 1, 3.2, 'percent', 'average price of electric vehicles', 'decrease', 'year_on_year', None, CNOV, COX),
        ('5.8%', 1, 5.8, 'percent', 'electric vehicles share of sales', None, None, None, CNOV, COX),
        ('11.1%', 1, 11.1, 'percent', 'electric vehicles share of sales', None, None, None, per('in September', 2025, 9), COX),
        ('$7,500', 1, 7500, 'USD', 'federal EV tax credit', None, None, None, None, None),
        ('16.2 million', 1, 16.2e6, 'count', 'new-vehicle sales', 'decrease', None, 'approximately', Y('in 2026', 2026), COX),
        ('16.3 million', 1, 16.3e6, 'count', 'new-vehicle sales', None, None, None, Y('this year', 2025), COX),
    ],
    'mt_newswires_euro_zone_flash_hicp.txt': [
        ('2.0%', 1, 2.0, 'percent', 'eurozone inflation', 'decrease', None, None, MDEC, None),
        ('2.0%', 2, 2.0, 'percent', 'consumer prices in the euro area', 'increase', 'year_on_year', None, MDEC, EUROSTAT),
        ('2.1%', 1, 2.1, 'percent', 'consumer prices in the euro area', None, 'year_on_year', None, MNOV, EUROSTAT),
        ('2.0%', 3, 2.0, 'percent', 'consumer prices in the euro area', None, 'year_on_year', None, MDEC, BBG),
        ('0.2%', 1, 0.2, 'percent', 'harmonized index of consumer prices', 'increase', 'month_on_month', None, MDEC, EUROSTAT),
        ('0.3%', 1, 0.3, 'percent', 'harmonized index of consumer prices', 'decrease', 'month_on_month', None, MNOV, EUROSTAT),
        ('2.4%', 1, 2.4, 'percent', 'core inflation', None, 'year_on_year', None, MDEC, EUROSTAT),
        ('3.3%', 1, 3.3, 'percent', 'services inflation', 'decrease', 'year_on_year', None, MDEC, EUROSTAT),
        ('3.5%', 1, 3.5, 'percent', 'services inflation', None, 'year_on_year', None, MNOV, EUROSTAT),
        ('1.8%', 1, 1.8, 'percent', 'energy prices', 'decrease', 'year_on_year', None, MDEC, EUROSTAT),
        ('0.5%', 1, 0.5, 'percent', 'energy prices', 'decrease', 'year_on_year', None, per('November', 2025, 11), EUROSTAT),
        ('2.6%', 1, 2.6, 'percent', 'food, alcohol and tobacco prices', 'increase', 'year_on_year', None, MDEC, EUROSTAT),
        ('2.5%', 1, 2.5, 'percent', 'food, alcohol and tobacco prices', None, 'year_on_year', None, MNOV, EUROSTAT),
        ('0.4%', 1, 0.4, 'percent', 'non-energy industrial goods inflation', None, 'year_on_year', None, MDEC, EUROSTAT),
        ('2.0%', 4, 2.0, 'percent', 'annual HICP inflation in Germany', None, 'year_on_year', None, MDEC, EUROSTAT),
        ('0.7%', 1, 0.7, 'percent', 'annual HICP inflation in France', None, 'year_on_year', None, MDEC, EUROSTAT),
        ('1.2%', 1, 1.2, 'percent', 'annual HICP inflation in Italy', None, 'year_on_year', None, MDEC, EUROSTAT),
        ('3.0%', 1, 3.0, 'percent', 'annual HICP inflation in Spain', None, 'year_on_year', None, MDEC, EUROSTAT),
        ('2%', 1, 2, 'percent', 'inflation target', None, None, None, None, ECB),
        ('2.00%', 1, 2.00, 'percent', 'deposit facility rate', None, None, None, P('since June', '2025-06-01', '2026-01-07'), ECB),
        ('0.1%', 1, 0.1, 'percent', 'euro', 'decrease', None, None, None, EUROSTAT),
        ('$1.1705', 1, 1.1705, 'USD', 'euro', 'decrease', None, None, None, EUROSTAT),
    ],
    'trading_economics_style_switzerland_inflation.txt': [
        ('0.1%', 1, 0.1, 'percent', 'Swiss Inflation Rate', 'decrease', None, None, None, None),
        ('0.1%', 2, 0.1, 'percent', 'annual inflation rate in Switzerland', 'decrease', 'year_on_year', None, N25TE, FSO),
        ('0.2%', 1, 0.2, 'percent', 'annual inflation rate in Switzerland', None, 'year_on_year', None, TOCT, FSO),
        ('0.2%', 2, 0.2, 'percent', 'annual inflation rate in Switzerland', None, 'year_on_year', None, N25TE, None),
        ('-1.6%', 1, -1.6, 'percent', 'prices for transport', 'decrease', None, None, None, FSO),
        ('-1.1%', 1, -1.1, 'percent', 'prices for transport', 'decrease', None, None, TOCT, FSO),
        ('-2.3%', 1, -2.3, 'percent', 'prices for clothing and footwear', 'decrease', None, None, None, FSO),
        ('-1.9%', 1, -1.9, 'percent', 'prices for clothing and footwear', 'decrease', None, None, None, FSO),
        ('1.2%', 1, 1.2, 'percent', 'prices for housing and energy', 'decrease', None, None, None, FSO),
        ('1.4%', 1, 1.4, 'percent', 'prices for housing and energy', None, None, None, None, FSO),
        ('1.5%', 1, 1.5, 'percent', 'prices for restaurants and hotels', 'decrease', None, None, None, FSO),
        ('1.7%', 1, 1.7, 'percent', 'prices for restaurants and hotels', None, None, None, None, FSO),
        ('0.5%', 1, 0.5, 'percent', 'prices of domestic products', 'increase', 'year_on_year', None, None, FSO),
        ('1.3%', 1, 1.3, 'percent', 'prices of imported goods', 'decrease', 'year_on_year', None, None, FSO),
        ('0.5%', 2, 0.5, 'percent', 'core inflation rate', None, None, None, TNOV, FSO),
        ('0.2%', 3, 0.2, 'percent', 'CPI', 'decrease', 'month_on_month', None, TNOV, FSO),
        ('0.3%', 1, 0.3, 'percent', 'CPI', 'decrease', 'month_on_month', None, TOCT, FSO),
        ('0%', 1, 0, 'percent', 'policy rate', None, None, None, per('in September', 2025, 9), SNB),
        ('0.2%', 4, 0.2, 'percent', 'inflation', None, None, None, Y('in 2025', 2025), SNB),
        ('0.5%', 3, 0.5, 'percent', 'inflation', None, None, None, Y('in 2026', 2026), SNB),
        ('2.14 percent', 1, 2.14, 'percent', 'Inflation Rate in Switzerland average', None, None, None, P('from 1956 until 2025', '1956-01-01', '2025-12-31'), FSO),
        ('11.90 percent', 1, 11.90, 'percent', 'Inflation Rate in Switzerland all time high', None, None, None, per('in September of 1973', 1973, 9), FSO),
        ('-2.20 percent', 1, -2.20, 'percent', 'Inflation Rate in Switzerland record low', 'decrease', None, None, per('in October of 2015', 2015, 10), FSO),
        ('0.10 percent', 1, 0.10, 'percent', 'Inflation Rate in Switzerland', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('0.40 percent', 1, 0.40, 'percent', 'Switzerland Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('0.60 percent', 1, 0.60, 'percent', 'Switzerland Inflation Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_iron_ore_china_steel.txt': [
        ('1.4%', 1, 1.4, 'percent', 'Dalian iron ore', 'increase', None, None, None, None),
        ('1.4%', 2, 1.4, 'percent', "most-traded January iron ore contract on China's Dalian Commodity Exchange", 'increase', None, None, ET, None),
        ('798.5 yuan', 1, 798.5, 'CNY', "most-traded January iron ore contract on China's Dalian Commodity Exchange", 'increase', None, None, ET, None),
        ('$111.92', 1, 111.92, 'USD', "most-traded January iron ore contract on China's Dalian Commodity Exchange", 'increase', None, None, ET, None),
        ('0.9%', 1, 0.9, 'percent', 'benchmark December iron ore on the Singapore Exchange', 'increase', None, None, ET, None),
        ('$104.35', 1, 104.35, 'USD', 'benchmark December iron ore on the Singapore Exchange', 'increase', None, None, ET, None),
        ('$105.10', 1, 105.10, 'USD', 'benchmark December iron ore on the Singapore Exchange intraday high', None, None, None, ET, None),
        ('2.1%', 1, 2.1, 'percent', 'coking coal on the DCE', 'increase', None, None, None, None),
        ('1.6%', 1, 1.6, 'percent', 'coke on the DCE', 'increase', None, None, None, None),
        ('0.8%', 1, 0.8, 'percent', 'rebar on the Shanghai Futures Exchange', 'increase', None, None, None, None),
        ('0.6%', 1, 0.6, 'percent', 'hot-rolled coil on the Shanghai Futures Exchange', 'increase', None, None, None, None),
        ('0.3%', 1, 0.3, 'percent', 'stainless steel on the Shanghai Futures Exchange', 'decrease', None, None, None, None),
        ('12.1%', 1, 12.1, 'percent', "China's crude steel output", 'decrease', 'year_on_year', None, IOCT, NBS),
        ('72.0 million metric tons', 1, 72.0e6, 'tonne', "China's crude steel output", 'decrease', None, None, IOCT, NBS),
        ('2.32 million tons', 1, 2.32e6, 'tonne', 'average daily output', 'decrease', None, None, IOCT, NBS),
        ('2.45 million tons', 1, 2.45e6, 'tonne', 'average daily output', None, None, None, per('in September', 2025, 9), NBS),
        ('817.9 million tons', 1, 817.9e6, 'tonne', 'crude steel production', None, None, None, F10, NBS),
        ('3.9%', 1, 3.9, 'percent', 'crude steel production', 'decrease', 'year_on_year', None, F10, NBS),
        ('2.8%', 1, 2.8, 'percent', "China's iron ore imports", 'decrease', 'month_on_month', None, IOCT, GAC),
        ('109.3 million tons', 1, 109.3e6, 'tonne', "China's iron ore imports", 'decrease', None, None, IOCT, GAC),
        ('148.6 million tons', 1, 148.6e6, 'tonne', 'inventories of imported ore at major Chinese ports', None, None, None, P('as of Friday', '2025-11-14', '2025-11-14'), MYSTEEL),
    ],
    'business_standard_style_tractor_sales.txt': [
        ('18%', 1, 18, 'percent', 'tractor sales', 'increase', None, None, per('in Oct', 2025, 10), None),
        ('18.3 per cent', 1, 18.3, 'percent', 'domestic tractor sales', 'increase', 'year_on_year', None, BOCT, TMA),
        ('1,42,560 units', 1, 142560, 'count', 'domestic tractor sales', 'increase', None, None, BOCT, TMA),
        ('5 per cent', 1, 5, 'percent', 'GST on tractors', 'decrease', None, None, GST, None),
        ('12 per cent', 1, 12, 'percent', 'GST on tractors', None, None, None, GST, None),
        ('a third', 1, 1 / 3, 'fraction', 'festive quarter share of annual volumes', None, None, 'approximately', None, TMA),
        ('6.4 per cent', 1, 6.4, 'percent', 'exports', 'decrease', None, None, INM, TMA),
        ('8,912 units', 1, 8912, 'count', 'exports', 'decrease', None, None, INM, TMA),
        ('13.1 per cent', 1, 13.1, 'percent', 'cumulative domestic sales', 'increase', 'year_on_year', None, F7, TMA),
        ('6.97 lakh units', 1, 697000, 'count', 'cumulative domestic sales', 'increase', None, None, F7, TMA),
        ('6.16 lakh units', 1, 616000, 'count', 'cumulative domestic sales', None, None, None, P('a year earlier', '2024-04-01', '2024-10-31'), TMA),
        ('68,140', 1, 68140, 'count', 'Mahindra & Mahindra domestic tractor sales', None, None, None, BOCT, TMA),
        ('19,206', 1, 19206, 'count', 'Escorts Kubota tractor sales', None, None, None, BOCT, TMA),
        ('24,310 units', 1, 24310, 'count', 'Sonalika tractor sales', None, None, None, BOCT, TMA),
        ('21 per cent', 1, 21, 'percent', 'Escorts Kubota tractor sales', 'increase', None, None, BOCT, TMA),
        ('15 per cent', 1, 15, 'percent', 'Sonalika tractor sales', 'increase', None, None, BOCT, TMA),
        ('9.4 lakh units', 1, 940000, 'count', "industry's total domestic volumes", None, None, None, P('for FY25', '2024-04-01', '2025-03-31'), TMA),
        ('9', 1, 9, 'percent', 'domestic tractor volumes', 'increase', None, None, FY26, ICRA),
        ('11 per cent', 1, 11, 'percent', 'domestic tractor volumes', 'increase', None, None, FY26, ICRA),
        ('4', 1, 4, 'percent', 'domestic tractor volumes', None, None, None, FY26, ICRA),
        ('6 per cent', 1, 6, 'percent', 'domestic tractor volumes', None, None, None, FY26, ICRA),
        ('8 per cent', 1, 8, 'percent', 'rabi acreage', 'increase', 'year_on_year', None, P('by November 7', '2025-11-07', '2025-11-07'), ICRA),
    ],
    'eu_energy_style_electricity_consumption_industry.txt': [
        ('612 TWh', 1, 612, 'terawatt hour', 'electricity consumption in the EU', None, None, None, Q325, None),
        ('0.9%', 1, 0.9, 'percent', 'electricity consumption in the EU', 'increase', 'year_on_year', None, Q325, None),
        ('+3.4%', 1, 3.4, 'percent', 'consumption in Poland', 'increase', None, None, None, None),
        ('+2.8%', 1, 2.8, 'percent', 'consumption in the Netherlands', 'increase', None, None, None, None),
        ('+2.2%', 1, 2.2, 'percent', 'consumption in Spain', 'increase', None, None, None, None),
        ('-1.1%', 1, -1.1, 'percent', 'consumption in Germany', 'decrease', None, None, None, None),
        ('-3.5%', 1, -3.5, 'percent', 'consumption in Finland', 'decrease', None, None, None, None),
        ('0.4%', 1, 0.4, 'percent', 'consumption in France', 'increase', None, None, None, None),
        ('2 498 TWh', 1, 2498, 'terawatt hour', 'EU consumption', None, None, None, P('Over the 12 months to September 2025', '2024-10-01', '2025-09-30'), None),
        ('4%', 1, 4, 'percent', 'EU consumption', 'decrease', None, 'approximately', P('the level of 2021', '2021-01-01', '2025-09-30'), None),
        ('35.8%', 1, 35.8, 'percent', 'industry share of final electricity consumption in the EU', None, None, None, Y('in 2024', 2024), EUROSTAT),
        ('29.6%', 1, 29.6, 'percent', 'households share of final electricity consumption in the EU', None, None, None, Y('in 2024', 2024), EUROSTAT),
        ('28.9%', 1, 28.9, 'percent', 'commercial and public services share of final electricity consumption in the EU', None, None, None, Y('in 2024', 2024), EUROSTAT),
        ('2.6%', 1, 2.6, 'percent', 'transport share of final electricity consumption in the EU', None, None, None, Y('in 2024', 2024), EUROSTAT),
        ('3.1%', 1, 3.1, 'percent', 'industrial electricity demand in energy-intensive sectors', 'decrease', 'year_on_year', None, TQ, EUROSTAT),
        ('12%', 1, 12, 'percent', 'industrial electricity demand in energy-intensive sectors', 'decrease', None, 'approximately', P('its 2021 average', '2021-01-01', '2025-09-30'), EUROSTAT),
        ('2.4%', 1, 2.4, 'percent', 'output of the chemicals sector', 'decrease', 'year_on_year', None, TQ, EUROSTAT),
        ('0.7%', 1, 0.7, 'percent', 'basic metals production', 'increase', 'year_on_year', None, TQ, EUROSTAT),
        ('18%', 1, 18, 'percent', 'electricity used for road transport', 'increase', 'year_on_year', 'approximately', INQ, EUROSTAT),
        ('5%', 1, 5, 'percent', 'estimated consumption of heat pumps', 'increase', 'year_on_year', None, INQ, EUROSTAT),
    ],
    'nbs_style_port_cargo_container_throughput.txt': [
        ('1.57 billion tonnes', 1, 1.57e9, 'tonne', 'cargo throughput of ports nationwide', None, None, None, NNOV, MOT),
        ('4.6 percent', 1, 4.6, 'percent', 'cargo throughput of ports nationwide', 'increase', 'year_on_year', None, NNOV, MOT),
        ('1.03 billion tonnes', 1, 1.03e9, 'tonne', 'cargo throughput of coastal ports', None, None, None, NNOV, MOT),
        ('5.2 percent', 1, 5.2, 'percent', 'cargo throughput of coastal ports', 'increase', 'year_on_year', None, NNOV, MOT),
        ('540 million tonnes', 1, 540e6, 'tonne', 'cargo throughput of inland river ports', None, None, None, NNOV, MOT),
        ('3.5 percent', 1, 3.5, 'percent', 'cargo throughput of inland river ports', 'increase', 'year_on_year', None, NNOV, MOT),
        ('468 million tonnes', 1, 468e6, 'tonne', 'foreign trade cargo throughput', None, None, None, NNOV, MOT),
        ('6.9 percent', 1, 6.9, 'percent', 'foreign trade cargo throughput', 'increase', 'year_on_year', None, NNOV, MOT),
        ('30.56 million TEUs', 1, 30.56e6, 'count', 'container throughput of ports nationwide', None, None, None, INOV, MOT),
        ('7.4 percent', 1, 7.4, 'percent', 'container throughput of ports nationwide', 'increase', 'year_on_year', None, INOV, MOT),
        ('1.1 percentage points', 1, 1.1, 'percentage_point', 'growth rate of container throughput of ports nationwide', 'increase', 'month_on_month', None, INOV, MOT),
        ('16.21 billion tonnes', 1, 16.21e9, 'tonne', 'cargo throughput of ports nationwide', None, None, None, JN, MOT),
        ('4.3 percent', 1, 4.3, 'percent', 'cargo throughput of ports nationwide', 'increase', 'year_on_year', None, JN, MOT),
        ('4.93 billion tonnes', 1, 4.93e9, 'tonne', 'foreign trade cargo throughput', None, None, None, JN, MOT),
        ('5.0 percent', 1, 5.0, 'percent', 'foreign trade cargo throughput', 'increase', 'year_on_year', None, JN, MOT),
        ('322.7 million TEUs', 1, 322.7e6, 'count', 'container throughput', None, None, None, JN, MOT),
        ('6.8 percent', 1, 6.8, 'percent', 'container throughput', 'increase', 'year_on_year', None, JN, MOT),
        ('1.29 billion tonnes', 1, 1.29e9, 'tonne', 'cargo handled by Ningbo-Zhoushan Port', None, None, None, F11, MOT),
        ('790 million tonnes', 1, 790e6, 'tonne', 'cargo handled by Shanghai Port', None, None, None, F11, MOT),
        ('50 million TEUs', 1, 50e6, 'count', "Shanghai Port's container throughput", None, None, 'more_than', F11, MOT),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
