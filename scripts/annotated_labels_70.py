# ruff: noqa: E501, RUF001
"""Write corpus/annotated_70/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_70.py corpus/annotated_70
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
STC = "Statistics Canada"
DGBAS = "Directorate-General of Budget, Accounting and Statistics"
MOF = "Ministry of Finance"
AAL = "American Airlines"
LSEG = "LSEG"
BBG = "Bloomberg"
BOC = "Bank of Canada"
SSA = "Statistics South Africa"
TE = "Trading Economics"
CME = "CME Group"
ADP = "ADP"
CIL = "Coal India Ltd"
MOC = "Ministry of Coal"
WE = "WindEurope"
EMBER = "Ember"
NBS = "National Bureau of Statistics"

UP, DOWN = "increase", "decrease"
YOY, MOM, QOQ, POP = "year_on_year", "month_on_month", "quarter_on_quarter", "period_on_period"
APPROX, MORE = "approximately", "more_than"

# 7001 ONS trade in services (ref Thursday 2025-11-13)
Q3L = Q("in Quarter 3 (July to Sept) 2025", 2025, 3)
LQ = Q("in the latest quarter", 2025, 3)
ILQ = Q("In the latest quarter", 2025, 3)
IQ3 = Q("In Quarter 3 2025", 2025, 3)
Q3B = Q("in Quarter 3", 2025, 3)
Q2L = Q("in Quarter 2 (Apr to June) 2025", 2025, 2)
Q325 = Q("in Quarter 3 2025", 2025, 3)
# 7002 Reuters 1987 (ref Thursday 1987-04-16)
FEB = per("in February", 1987, 2)
JAN = per("in January", 1987, 1)
# 7003 Reuters 2025 (ref Friday 2026-01-30)
OND = Q("in the October-December quarter", 2025, 4)
TQ3 = Q("Third-quarter", 2025, 3)
INQ4 = Q("in the quarter", 2025, 4)
Y26 = Y("2026", 2026)
# 7004 CNBC (ref Thursday 2025-10-23)
TQ = Q("third-quarter", 2025, 3)
YEP = Q("in the year-earlier period", 2024, 3)
INQ = Q("in the quarter", 2025, 3)
ITQ = Q("in the third quarter", 2025, 3)
FQ = Q("For the fourth quarter", 2025, 4)
FY = P("full-year", "2025-01-01", "2025-12-31")
SFY = P("so far this year", "2025-01-01", "2025-10-23")
# 7005 MT Newswires (ref Friday 2025-09-26)
JUL = per("in July", 2025, 7)
IJUL = per("In July", 2025, 7)
JUN = per("June", 2025, 6)
SEPT17 = P("on Sept. 17", "2025-09-17", "2025-09-17")
LF = P("late Friday", "2025-09-26", "2025-09-26")
# 7006 Trading Economics (ref Wednesday 2025-12-17)
O25 = per("in October 2025", 2025, 10)
SEP = per("in September", 2025, 9)
# 7007 Investing.com (ref Friday 2025-12-05)
ET = P("By 10:20 ET", None, None)
WK = P("for the week", "2025-12-01", "2025-12-05")
SM = P("since Monday", "2025-12-01", "2025-12-05")
DEC910 = P("at the Fed's Dec. 9-10 meeting", "2025-12-09", "2025-12-10")
TH = P("on Thursday", "2025-12-04", "2025-12-04")
SFY2 = P("so far this year", "2025-01-01", "2025-12-05")
# 7008 Business Standard (ref Monday 2025-12-01)
NOV = per("in November", 2025, 11)
DM = per("during the month", 2025, 11)
AN = P("For the April-November period of FY26", "2025-04-01", "2025-11-30")
# 7009 DG ENER (ref Wednesday 2026-04-22)
Y25 = Y("In 2025", 2025)
I25 = Y("in 2025", 2025)
I24 = Y("in 2024", 2024)
# 7010 NBS (ref Monday 2026-01-19)
Q4 = Q("in the fourth quarter of 2025", 2025, 4)
FY25 = Y("For the whole year of 2025", 2025)
IQ4 = Q("In the fourth quarter", 2025, 4)
iQ4 = Q("in the fourth quarter", 2025, 4)

CUR = "capacity utilization rate of "

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_international_trade_in_services.txt': [
        ('1.9%', 1, 1.9, 'percent', 'UK services exports', UP, QOQ, None, Q3L, None),
        ('£133.8 billion', 1, 133.8e9, 'GBP', 'UK services exports', UP, None, None, Q3L, None),
        ('0.7%', 1, 0.7, 'percent', 'services imports', UP, QOQ, None, Q3L, None),
        ('£84.1 billion', 1, 84.1e9, 'GBP', 'services imports', UP, None, None, Q3L, None),
        ('£19.6 billion', 1, 19.6e9, 'GBP', 'travel imports', None, None, None, LQ, None),
        ('a fifth', 1, 0.2, 'fraction', 'financial services share of total services exports', None, None, APPROX, None, None),
        ('£0.9 billion', 1, 0.9e9, 'GBP', 'exports of other business services', UP, QOQ, None, ILQ, ONS),
        ('£45.2 billion', 1, 45.2e9, 'GBP', 'exports of other business services', UP, None, None, ILQ, ONS),
        ('£27.4 billion', 1, 27.4e9, 'GBP', 'financial services exports', None, None, None, ILQ, ONS),
        ('3.6%', 1, 3.6, 'percent', 'exports of telecommunications, computer and information services', UP, QOQ, None, ILQ, ONS),
        ('5.4%', 1, 5.4, 'percent', 'total services exports', UP, YOY, None, IQ3, ONS),
        ('8.1%', 1, 8.1, 'percent', 'exports of insurance and pension services', UP, YOY, None, IQ3, ONS),
        ('2.7%', 1, 2.7, 'percent', 'exports of charges for the use of intellectual property', UP, YOY, None, IQ3, ONS),
        ('£0.3 billion', 1, 0.3e9, 'GBP', 'travel exports', DOWN, QOQ, None, Q3B, ONS),
        ('£8.8 billion', 1, 8.8e9, 'GBP', 'travel exports', DOWN, None, None, Q3B, ONS),
        ('4.2%', 1, 4.2, 'percent', 'travel exports', UP, QOQ, None, Q2L, ONS),
        ('3.5%', 1, 3.5, 'percent', 'travel exports', None, QOQ, None, Q2L, ONS),
        ('£18.9 billion', 1, 18.9e9, 'GBP', 'imports of other business services', None, None, None, None, ONS),
        ('£11.2 billion', 1, 11.2e9, 'GBP', 'transport imports', None, None, None, None, ONS),
        ('2.2%', 1, 2.2, 'percent', 'transport imports', DOWN, POP, None, P('in the three months to September 2025', '2025-07-01', '2025-09-30'), ONS),
        ('£1.9 billion', 1, 1.9e9, 'GBP', 'trade in services surplus', UP, None, None, Q325, ONS),
        ('£49.7 billion', 1, 49.7e9, 'GBP', 'trade in services surplus', UP, None, None, Q325, ONS),
        ('£43.9 billion', 1, 43.9e9, 'GBP', 'monthly services exports', None, None, None, per('in July', 2025, 7), ONS),
        ('£45.1 billion', 1, 45.1e9, 'GBP', 'monthly services exports', None, None, None, per('in September', 2025, 9), ONS),
    ],
    'wire_1987_canadian_trade_surplus.txt': [
        ('1.13 BILLION DLRS', 1, 1.13e9, 'CAD', 'Canada trade surplus', None, None, None, per('FEBRUARY', 1987, 2), None),
        ('1.13 billion dlrs', 1, 1.13e9, 'CAD', 'merchandise trade surplus', UP, None, None, FEB, STC),
        ('752 mln dlrs', 1, 752e6, 'CAD', 'merchandise trade surplus', None, None, None, JAN, STC),
        ('681 mln dlrs', 1, 681e6, 'CAD', 'merchandise trade surplus', None, None, None, per('January', 1987, 1), STC),
        ('3.9 pct', 1, 3.9, 'percent', 'seasonally adjusted exports', UP, MOM, None, FEB, STC),
        ('10.42 billion dlrs', 1, 10.42e9, 'CAD', 'seasonally adjusted exports', UP, None, None, FEB, STC),
        ('0.6 pct', 1, 0.6, 'percent', 'imports', DOWN, MOM, None, FEB, STC),
        ('9.29 billion', 1, 9.29e9, 'CAD', 'imports', DOWN, None, None, FEB, STC),
        ('three quarters', 1, 0.75, 'fraction', 'United States share of Canadian exports', None, None, APPROX, FEB, STC),
        ('5.2 pct', 1, 5.2, 'percent', 'shipments to the United States', UP, None, None, FEB, STC),
        ('7.88 billion dlrs', 1, 7.88e9, 'CAD', 'shipments to the United States', UP, None, None, FEB, STC),
        ('1.41 billion dlrs', 1, 1.41e9, 'CAD', 'surplus with the United States', UP, None, None, FEB, STC),
        ('1.06 billion', 1, 1.06e9, 'CAD', 'surplus with the United States', None, None, None, JAN, STC),
        ('8.7 pct', 1, 8.7, 'percent', 'exports of automobiles and parts', UP, None, None, None, STC),
        ('2.4 pct', 1, 2.4, 'percent', 'exports of forest products', UP, None, None, None, STC),
        ('6.1 pct', 1, 6.1, 'percent', 'exports of energy products', DOWN, None, None, None, STC),
        ('2.8 pct', 1, 2.8, 'percent', 'exports to Japan', UP, MOM, None, None, STC),
        ('4.4 pct', 1, 4.4, 'percent', 'exports to the European Community', UP, MOM, None, None, STC),
        ('3.3 pct', 1, 3.3, 'percent', 'imports of machinery and equipment', DOWN, None, None, None, STC),
        ('1.74 billion dlrs', 1, 1.74e9, 'CAD', 'auto parts purchases from U.S. plants', None, None, None, None, STC),
        ('1.88 billion dlrs', 1, 1.88e9, 'CAD', 'surplus', None, None, None, P('In the first two months of 1987', '1987-01-01', '1987-02-28'), STC),
        ('2.37 billion dlrs', 1, 2.37e9, 'CAD', 'surplus', None, None, None, P('in the same period a year earlier', '1986-01-01', '1986-02-28'), STC),
        ('9.86 billion dlrs', 1, 9.86e9, 'CAD', 'unadjusted exports', None, None, None, FEB, STC),
        ('8.98 billion', 1, 8.98e9, 'CAD', 'unadjusted imports', None, None, None, FEB, STC),
        ('800 mln', 1, 800e6, 'CAD', 'surplus', None, None, None, per('February', 1987, 2), None),
        ('900 mln dlrs', 1, 900e6, 'CAD', 'surplus', None, None, None, per('February', 1987, 2), None),
    ],
    'wire_2025_taiwan_gdp_advance.txt': [
        ('8.9%', 1, 8.9, 'percent', "Taiwan's growth", UP, None, None, Q('Q4', 2025, 4), None),
        ('8.92%', 1, 8.92, 'percent', 'gross domestic product', UP, YOY, None, OND, DGBAS),
        ('15', 1, 15, 'count', 'economists in a Reuters poll', None, None, None, OND, 'Reuters'),
        ('7.3%', 1, 7.3, 'percent', 'gross domestic product', UP, YOY, None, OND, 'Reuters'),
        ('5.8%', 1, 5.8, 'percent', 'gross domestic product', None, YOY, None, OND, 'Reuters'),
        ('9.4%', 1, 9.4, 'percent', 'gross domestic product', None, YOY, None, OND, 'Reuters'),
        ('7.71%', 1, 7.71, 'percent', 'gross domestic product', UP, YOY, None, TQ3, DGBAS),
        ('7.64%', 1, 7.64, 'percent', 'gross domestic product', None, YOY, None, TQ3, DGBAS),
        ('10.4%', 1, 10.4, 'percent', 'economy', UP, QOQ, None, Q('in the fourth quarter', 2025, 4), DGBAS),
        ('33.5%', 1, 33.5, 'percent', 'exports of goods and services', UP, YOY, None, INQ4, DGBAS),
        ('29.8%', 1, 29.8, 'percent', 'imports', UP, YOY, None, INQ4, DGBAS),
        ('half', 1, 0.5, 'fraction', 'private consumption share of GDP', None, None, APPROX, INQ4, DGBAS),
        ('1.2%', 1, 1.2, 'percent', 'private consumption', UP, YOY, None, INQ4, DGBAS),
        ('7.48%', 1, 7.48, 'percent', 'economy', UP, None, None, Y('For the whole of 2025', 2025), DGBAS),
        ('3.54%', 1, 3.54, 'percent', 'growth', UP, None, None, Y26, DGBAS),
        ('2.81%', 1, 2.81, 'percent', 'growth', None, None, None, Y26, DGBAS),
        ('1.6%', 1, 1.6, 'percent', 'consumer prices', UP, None, None, Y26, DGBAS),
        ('$63.4 billion', 1, 63.4e9, 'USD', "Taiwan's exports", None, None, None, per('in December', 2025, 12), MOF),
        ('41.2%', 1, 41.2, 'percent', "Taiwan's exports", UP, YOY, None, per('in December', 2025, 12), MOF),
        ('0.3%', 1, 0.3, 'percent', 'Taiwan dollar', UP, None, None, P('on Friday', '2026-01-30', '2026-01-30'), MOF),
        ('31.48', 1, 31.48, 'TWD', 'Taiwan dollar', UP, None, None, P('on Friday', '2026-01-30', '2026-01-30'), MOF),
    ],
    'cnbc_style_airline_quarterly_results.txt': [
        ('17 cents', 1, 0.17, 'USD', 'adjusted earnings per share', None, None, None, None, AAL),
        ('10 cents', 1, 0.10, 'USD', 'adjusted earnings per share', None, None, None, None, None),
        ('$13.69 billion', 1, 13.69e9, 'USD', 'revenue', None, None, None, None, AAL),
        ('$13.63 billion', 1, 13.63e9, 'USD', 'revenue', None, None, None, None, None),
        ('$92 million', 1, 92e6, 'USD', 'net income', None, None, None, TQ, AAL),
        ('14 cents', 1, 0.14, 'USD', 'net income per share', None, None, None, TQ, AAL),
        ('$149 million', 1, 149e6, 'USD', 'loss', None, None, None, YEP, AAL),
        ('23 cents', 1, 0.23, 'USD', 'loss per share', None, None, None, YEP, AAL),
        ('0.3%', 1, 0.3, 'percent', 'revenue', UP, YOY, None, TQ, AAL),
        ('1.4%', 1, 1.4, 'percent', 'capacity', UP, YOY, None, INQ, AAL),
        ('1.1%', 1, 1.1, 'percent', 'total revenue per available seat mile', DOWN, YOY, None, INQ, AAL),
        ('5%', 1, 5, 'percent', 'premium revenue', UP, YOY, None, INQ, AAL),
        ('7%', 1, 7, 'percent', 'loyalty revenue', UP, YOY, None, INQ, AAL),
        ('$2.46', 1, 2.46, 'USD', 'average jet fuel price', DOWN, None, None, ITQ, AAL),
        ('$2.69', 1, 2.69, 'USD', 'average jet fuel price', None, None, None, Q('a year ago', 2024, 3), AAL),
        ('1.1 billion gallons', 1, 1.1e9, 'gallon', 'jet fuel burned', None, None, APPROX, ITQ, AAL),
        ('2.9%', 1, 2.9, 'percent', 'unit costs excluding fuel and special items', UP, YOY, None, ITQ, AAL),
        ('45 cents', 1, 0.45, 'USD', 'adjusted earnings per share', None, None, None, FQ, AAL),
        ('75 cents', 1, 0.75, 'USD', 'adjusted earnings per share', None, None, None, FQ, AAL),
        ('83 cents', 1, 0.83, 'USD', 'adjusted earnings per share', None, None, None, FQ, LSEG),
        ('65 cents', 1, 0.65, 'USD', 'adjusted earnings per share', UP, None, None, FY, AAL),
        ('95 cents', 1, 0.95, 'USD', 'adjusted earnings per share', UP, None, None, FY, AAL),
        ('10 cents', 2, 0.10, 'USD', 'adjusted earnings per share', None, None, None, FY, AAL),
        ('80 cents', 1, 0.80, 'USD', 'adjusted earnings per share', None, None, None, FY, AAL),
        ('2%', 1, 2, 'percent', 'American shares', DOWN, None, APPROX, P('Thursday', '2025-10-23', '2025-10-23'), AAL),
        ('30%', 1, 30, 'percent', 'American stock', DOWN, None, MORE, SFY, AAL),
        ('14%', 1, 14, 'percent', 'S&P 500', UP, None, APPROX, SFY, AAL),
    ],
    'mt_newswires_canada_gdp_by_industry.txt': [
        ('0.2%', 1, 0.2, 'percent', 'Canadian economy', UP, None, None, JUL, None),
        ('0.1%', 1, 0.1, 'percent', 'Canadian economy', DOWN, None, None, per('August', 2025, 8), None),
        ('0.2%', 2, 0.2, 'percent', "Canada's real gross domestic product", UP, MOM, None, JUL, STC),
        ('0.1%', 2, 0.1, 'percent', 'real gross domestic product', UP, MOM, None, JUL, BBG),
        ('0.1%', 3, 0.1, 'percent', 'real gross domestic product', DOWN, MOM, None, JUN, STC),
        ('0.2%', 3, 0.2, 'percent', 'real gross domestic product', DOWN, MOM, None, JUN, STC),
        ('0.6%', 1, 0.6, 'percent', 'goods-producing industries', UP, None, None, JUL, STC),
        ('1.4%', 1, 1.4, 'percent', 'mining, quarrying, and oil and gas extraction', UP, None, None, JUL, STC),
        ('0.7%', 1, 0.7, 'percent', 'manufacturing', UP, None, None, JUL, STC),
        ('0.3%', 1, 0.3, 'percent', 'construction', UP, None, None, JUL, STC),
        ('0.8%', 1, 0.8, 'percent', 'utilities', DOWN, None, None, JUL, STC),
        ('0.1%', 4, 0.1, 'percent', 'services-producing sectors', UP, MOM, None, IJUL, STC),
        ('1.1%', 1, 1.1, 'percent', 'wholesale trade', UP, MOM, None, IJUL, STC),
        ('0.5%', 1, 0.5, 'percent', 'transportation and warehousing', UP, MOM, None, IJUL, STC),
        ('0.7%', 2, 0.7, 'percent', 'retail trade', DOWN, MOM, None, IJUL, STC),
        ('12', 1, 12, 'count', 'industrial sectors posting gains', None, None, None, JUL, STC),
        ('1.0%', 1, 1.0, 'percent', 'real GDP', UP, YOY, None, JUL, STC),
        ('0.1%', 5, 0.1, 'percent', 'real GDP', DOWN, None, None, per('for August', 2025, 8), STC),
        ('25 basis points', 1, 25, 'basis_point', 'policy rate', DOWN, None, None, SEPT17, BOC),
        ('2.50%', 1, 2.50, 'percent', 'policy rate', DOWN, None, None, SEPT17, BOC),
        ('C$1.3921', 1, 1.3921, 'CAD', 'Canadian dollar', None, None, None, LF, STC),
        ('71.83 U.S. cents', 1, 0.7183, 'USD', 'Canadian dollar', None, None, None, LF, STC),
    ],
    'trading_economics_style_south_africa_retail_sales.txt': [
        ('2.4%', 1, 2.4, 'percent', 'retail trade in South Africa', UP, YOY, None, O25, SSA),
        ('3.3%', 1, 3.3, 'percent', 'retail trade in South Africa', UP, YOY, None, SEP, SSA),
        ('3.0%', 1, 3.0, 'percent', 'retail trade in South Africa', UP, YOY, None, O25, None),
        ('4.8%', 1, 4.8, 'percent', 'sales at general dealers', UP, YOY, None, O25, SSA),
        ('6.1%', 1, 6.1, 'percent', 'sales at general dealers', None, YOY, None, SEP, SSA),
        ('2.9%', 1, 2.9, 'percent', 'sales in textiles, clothing, footwear and leather goods', UP, YOY, None, O25, SSA),
        ('5.4%', 1, 5.4, 'percent', 'sales in textiles, clothing, footwear and leather goods', None, YOY, None, SEP, SSA),
        ('-3.6%', 1, -3.6, 'percent', 'sales at pharmaceutical and medical goods retailers', DOWN, YOY, None, O25, SSA),
        ('-1.2%', 1, -1.2, 'percent', 'sales at pharmaceutical and medical goods retailers', DOWN, YOY, None, SEP, SSA),
        ('-2.2%', 1, -2.2, 'percent', 'sales at hardware, paint and glass stores', DOWN, YOY, None, O25, SSA),
        ('-0.8%', 1, -0.8, 'percent', 'sales at hardware, paint and glass stores', DOWN, YOY, None, SEP, SSA),
        ('1.7%', 1, 1.7, 'percent', 'sales for retailers in household furniture, appliances and equipment', UP, YOY, None, O25, SSA),
        ('-0.9%', 1, -0.9, 'percent', 'sales for retailers in household furniture, appliances and equipment', DOWN, YOY, None, SEP, SSA),
        ('0.6%', 1, 0.6, 'percent', 'retail trade', DOWN, MOM, None, O25, SSA),
        ('0.9%', 1, 0.9, 'percent', 'retail trade', UP, MOM, None, per('in the prior month', 2025, 9), SSA),
        ('2.8%', 1, 2.8, 'percent', 'retail sales', UP, YOY, None, P('Over the three months to October', '2025-08-01', '2025-10-31'), SSA),
        ('3.86 percent', 1, 3.86, 'percent', 'Retail Sales YoY in South Africa average', None, None, None, P('from 2003 until 2025', '2003-01-01', '2025-12-31'), SSA),
        ('40.20 percent', 1, 40.20, 'percent', 'Retail Sales YoY in South Africa all time high', None, None, None, per('in April of 2021', 2021, 4), SSA),
        ('-49.60 percent', 1, -49.60, 'percent', 'Retail Sales YoY in South Africa record low', DOWN, None, None, per('in April of 2020', 2020, 4), SSA),
        ('2.00 percent', 1, 2.00, 'percent', 'Retail Sales YoY in South Africa', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('2.50 percent', 1, 2.50, 'percent', 'South Africa Retail Sales YoY', None, None, APPROX, Y('in 2026', 2026), TE),
        ('2.20 percent', 1, 2.20, 'percent', 'South Africa Retail Sales YoY', None, None, APPROX, Y('in 2027', 2027), TE),
    ],
    'investing_style_gold_silver_platinum_weekly.txt': [
        ('0.4%', 1, 0.4, 'percent', 'spot gold', UP, None, None, ET, None),
        ('$4,226.80', 1, 4226.80, 'USD', 'spot gold', UP, None, None, ET, None),
        ('1.1%', 1, 1.1, 'percent', 'spot gold', UP, None, None, WK, None),
        ('0.5%', 1, 0.5, 'percent', 'gold futures for February delivery', UP, None, None, ET, None),
        ('$4,258.30', 1, 4258.30, 'USD', 'gold futures for February delivery', UP, None, None, ET, None),
        ('1.8%', 1, 1.8, 'percent', 'spot silver', UP, None, None, None, None),
        ('$58.94', 1, 58.94, 'USD', 'spot silver', UP, None, None, None, None),
        ('6%', 1, 6, 'percent', 'spot silver', UP, None, MORE, SM, None),
        ('0.9%', 1, 0.9, 'percent', 'spot platinum', UP, None, None, None, None),
        ('$1,671.45', 1, 1671.45, 'USD', 'spot platinum', UP, None, None, None, None),
        ('3%', 1, 3, 'percent', 'spot platinum', UP, None, APPROX, None, None),
        ('0.6%', 1, 0.6, 'percent', 'palladium', DOWN, None, None, None, None),
        ('$1,452.10', 1, 1452.10, 'USD', 'palladium', DOWN, None, None, None, None),
        ('87%', 1, 87, 'percent', 'probability of a quarter-point cut', UP, None, None, DEC910, CME),
        ('quarter-point', 1, 0.25, 'percentage_point', 'Fed rate cut', DOWN, None, None, DEC910, CME),
        ('67%', 1, 67, 'percent', 'probability of a quarter-point cut', None, None, APPROX, P('a week ago', '2025-11-28', '2025-11-28'), CME),
        ('0.8%', 1, 0.8, 'percent', 'holdings of SPDR Gold Trust', UP, None, None, TH, None),
        ('1,052.6 metric tons', 1, 1052.6, 'tonne', 'holdings of SPDR Gold Trust', UP, None, None, TH, None),
        ('16 tons', 1, 16, 'tonne', 'holdings of SPDR Gold Trust', UP, POP, None, TH, None),
        ('61%', 1, 61, 'percent', 'gold', UP, None, APPROX, SFY2, None),
        ('104%', 1, 104, 'percent', 'silver', UP, None, None, SFY2, None),
        ('32,000 jobs', 1, 32000, 'count', 'jobs at U.S. private employers', DOWN, None, None, per('in November', 2025, 11), ADP),
    ],
    'business_standard_style_coal_india_offtake.txt': [
        ('3.1%', 1, 3.1, 'percent', "Coal India's offtake", DOWN, None, None, per('November', 2025, 11), None),
        ('2.4%', 1, 2.4, 'percent', 'output', DOWN, None, None, per('November', 2025, 11), None),
        ('3.1 per cent', 1, 3.1, 'percent', 'coal offtake', DOWN, YOY, None, NOV, CIL),
        ('61.8 million tonnes', 1, 61.8e6, 'tonne', 'coal offtake', DOWN, None, None, NOV, CIL),
        ('2.4 per cent', 1, 2.4, 'percent', 'production', DOWN, YOY, None, DM, CIL),
        ('71.2 mt', 1, 71.2e6, 'tonne', 'production', DOWN, None, None, DM, CIL),
        ('72.9 mt', 1, 72.9e6, 'tonne', 'production', None, None, None, per('in November 2024', 2024, 11), CIL),
        ('453.6 mt', 1, 453.6e6, 'tonne', "CIL's output", None, None, None, AN, CIL),
        ('3.5 per cent', 1, 3.5, 'percent', "CIL's output", DOWN, YOY, None, AN, CIL),
        ('470.1 mt', 1, 470.1e6, 'tonne', "CIL's output", None, None, None, P('a year earlier', '2024-04-01', '2024-11-30'), CIL),
        ('4.2 per cent', 1, 4.2, 'percent', 'offtake', DOWN, YOY, None, AN, CIL),
        ('480.3 mt', 1, 480.3e6, 'tonne', 'offtake', DOWN, None, None, AN, CIL),
        ('four-fifths', 1, 0.8, 'fraction', "power sector share of the company's dispatches", None, None, APPROX, NOV, CIL),
        ('49.5 mt', 1, 49.5e6, 'tonne', 'supplies to the power sector', DOWN, None, None, NOV, CIL),
        ('52.3 mt', 1, 52.3e6, 'tonne', 'supplies to the power sector', None, None, None, per('a year ago', 2024, 11), CIL),
        ('48 mt', 1, 48e6, 'tonne', 'coal stocks at thermal power plants', None, None, APPROX, P('at the end of the month', '2025-11-30', '2025-11-30'), CIL),
        ('18.9 mt', 1, 18.9e6, 'tonne', 'production of Mahanadi Coalfields Ltd', None, None, None, None, CIL),
        ('14.6 mt', 1, 14.6e6, 'tonne', 'production of South Eastern Coalfields Ltd', None, None, None, None, CIL),
        ('1.8 per cent', 1, 1.8, 'percent', "Northern Coalfields' output", UP, None, None, None, CIL),
        ('12.3 mt', 1, 12.3e6, 'tonne', "Northern Coalfields' output", UP, None, None, None, CIL),
        ('14.6 per cent', 1, 14.6, 'percent', 'output from captive and commercial mines', UP, None, None, NOV, MOC),
        ('19.4 mt', 1, 19.4e6, 'tonne', 'output from captive and commercial mines', UP, None, None, NOV, MOC),
        ('96.8 mt', 1, 96.8e6, 'tonne', "India's total coal production", None, None, None, NOV, MOC),
        ('875 mt', 1, 875e6, 'tonne', 'production target', None, None, None, P('for FY26', '2025-04-01', '2026-03-31'), CIL),
        ('781.1 mt', 1, 781.1e6, 'tonne', 'production', None, None, None, P('in FY25', '2024-04-01', '2025-03-31'), CIL),
        ('0.7 per cent', 1, 0.7, 'percent', 'Coal India shares', UP, None, None, P('on Monday', '2025-12-01', '2025-12-01'), MOC),
        ('₹378.45', 1, 378.45, 'INR', 'Coal India shares', UP, None, None, P('on Monday', '2025-12-01', '2025-12-01'), MOC),
    ],
    'eu_energy_style_wind_power_capacity_additions.txt': [
        ('14.8 GW', 1, 14.8, 'gigawatt', 'new wind capacity connected to the grid in the EU', None, None, None, Y25, None),
        ('13%', 1, 13, 'percent', 'new wind capacity connected to the grid in the EU', UP, YOY, None, Y25, None),
        ('12.6 GW', 1, 12.6, 'gigawatt', 'onshore installations', None, None, None, Y25, None),
        ('2.2 GW', 1, 2.2, 'gigawatt', 'offshore installations', None, None, None, Y25, None),
        ('247 GW', 1, 247, 'gigawatt', 'total installed wind capacity in the EU', None, None, None, P('at the end of the year', '2025-12-31', '2025-12-31'), None),
        ('4.9 GW', 1, 4.9, 'gigawatt', 'wind capacity added in Germany', None, None, None, I25, WE),
        ('0.8 GW', 1, 0.8, 'gigawatt', 'offshore wind capacity added in Germany', None, None, None, I25, WE),
        ('1.6 GW', 1, 1.6, 'gigawatt', 'wind capacity added in Spain', None, None, None, I25, WE),
        ('1.4 GW', 1, 1.4, 'gigawatt', 'wind capacity added in France', None, None, None, I25, WE),
        ('1.1 GW', 1, 1.1, 'gigawatt', 'wind capacity added in Sweden', None, None, None, I25, WE),
        ('61%', 1, 61, 'percent', 'share of these four Member States in EU additions', None, None, APPROX, I25, WE),
        ('0.7 GW', 1, 0.7, 'gigawatt', 'offshore wind capacity connected in the Netherlands', None, None, None, I25, WE),
        ('0.5 GW', 1, 0.5, 'gigawatt', 'offshore wind capacity connected in France', None, None, None, I25, WE),
        ('5.3 GW', 1, 5.3, 'gigawatt', 'wind capacity installed', None, None, None, Q('In the fourth quarter of 2025', 2025, 4), WE),
        ('19%', 1, 19, 'percent', 'wind capacity installed', UP, YOY, None, Q('In the fourth quarter of 2025', 2025, 4), WE),
        ('1.2 GW', 1, 1.2, 'gigawatt', 'capacity added by repowering', UP, None, None, I25, WE),
        ('0.9 GW', 1, 0.9, 'gigawatt', 'capacity added by repowering', None, None, None, I24, WE),
        ('0.4 GW', 1, 0.4, 'gigawatt', 'old capacity decommissioned', None, None, None, I25, WE),
        ('23 GW', 1, 23, 'gigawatt', 'onshore wind capacity permitted', None, None, None, I25, WE),
        ('two thirds', 1, 0.6667, 'fraction', 'onshore wind capacity permitted', UP, YOY, None, I25, WE),
        ('18.5 GW', 1, 18.5, 'gigawatt', 'capacity awarded in auctions', None, None, None, I25, WE),
        ('7.2 GW', 1, 7.2, 'gigawatt', 'offshore capacity awarded in auctions', None, None, None, I25, WE),
        ('two', 2, 2, 'count', 'offshore tenders receiving no bids', None, None, None, I25, WE),
        ('19.1%', 1, 19.1, 'percent', "wind's share in EU electricity generation", UP, None, None, I25, EMBER),
        ('17.8%', 1, 17.8, 'percent', "wind's share in EU electricity generation", None, None, None, I24, EMBER),
    ],
    'nbs_style_industrial_capacity_utilization_quarterly.txt': [
        ('74.9 percent', 1, 74.9, 'percent', 'national industrial capacity utilization rate', None, None, None, Q4, NBS),
        ('0.8 percentage points', 1, 0.8, 'percentage_point', 'national industrial capacity utilization rate', UP, YOY, None, Q4, NBS),
        ('0.3 percentage points', 1, 0.3, 'percentage_point', 'national industrial capacity utilization rate', UP, QOQ, None, Q4, NBS),
        ('74.4 percent', 1, 74.4, 'percent', 'national industrial capacity utilization rate', None, None, None, FY25, NBS),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'national industrial capacity utilization rate', DOWN, YOY, None, FY25, NBS),
        ('74.1 percent', 1, 74.1, 'percent', CUR + 'mining', None, None, None, IQ4, NBS),
        ('75.3 percent', 1, 75.3, 'percent', CUR + 'manufacturing', None, None, None, IQ4, NBS),
        ('72.0 percent', 1, 72.0, 'percent', CUR + 'the production and supply of electricity, heat, gas and water', None, None, None, IQ4, NBS),
        ('0.5', 1, 0.5, 'percentage_point', CUR + 'mining', UP, YOY, None, IQ4, NBS),
        ('1.0', 1, 1.0, 'percentage_point', CUR + 'manufacturing', UP, YOY, None, IQ4, NBS),
        ('0.6 percentage points', 1, 0.6, 'percentage_point', CUR + 'the production and supply of electricity, heat, gas and water', UP, YOY, None, IQ4, NBS),
        ('70.8 percent', 1, 70.8, 'percent', CUR + 'coal mining and washing', None, None, None, iQ4, NBS),
        ('2.6 percentage points', 1, 2.6, 'percentage_point', CUR + 'coal mining and washing', DOWN, YOY, None, iQ4, NBS),
        ('90.7 percent', 1, 90.7, 'percent', CUR + 'oil and gas extraction', None, None, None, iQ4, NBS),
        ('0.4 percentage points', 1, 0.4, 'percentage_point', CUR + 'oil and gas extraction', UP, YOY, None, iQ4, NBS),
        ('79.6 percent', 1, 79.6, 'percent', CUR + 'ferrous metal smelting and rolling processing', None, None, None, iQ4, NBS),
        ('1.2 percentage points', 1, 1.2, 'percentage_point', CUR + 'ferrous metal smelting and rolling processing', UP, YOY, None, iQ4, NBS),
        ('63.1 percent', 1, 63.1, 'percent', CUR + 'non-metallic mineral products', None, None, None, iQ4, NBS),
        ('1.4 percentage points', 1, 1.4, 'percentage_point', CUR + 'non-metallic mineral products', DOWN, YOY, None, iQ4, NBS),
        ('78.2 percent', 1, 78.2, 'percent', CUR + 'general equipment manufacturing', None, None, None, iQ4, NBS),
        ('74.6 percent', 1, 74.6, 'percent', CUR + 'automobile manufacturing', None, None, None, iQ4, NBS),
        ('2.3 percentage points', 1, 2.3, 'percentage_point', CUR + 'automobile manufacturing', UP, YOY, None, iQ4, NBS),
        ('77.4 percent', 1, 77.4, 'percent', CUR + 'computer, communication and other electronic equipment manufacturing', None, None, None, iQ4, NBS),
        ('0.6 percentage points', 2, 0.6, 'percentage_point', CUR + 'computer, communication and other electronic equipment manufacturing', DOWN, QOQ, None, iQ4, NBS),
        ('95,000', 1, 95000, 'count', 'industrial enterprises covered by the survey', None, None, APPROX, None, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
