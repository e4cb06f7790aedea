# ruff: noqa: E501
"""Write corpus/annotated_6/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_6.py corpus/annotated_6
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
RBA = "Reserve Bank of Australia"
ABS = "Australian Bureau of Statistics"
MHLW = "Ministry of Health, Labour and Welfare"
RENGO = "Japanese Trade Union Confederation"
BOJ = "Bank of Japan"
DOL = "U.S. Department of Labor"
BLS = "U.S. Bureau of Labor Statistics"
DOC = "U.S. Department of Commerce"
FED = "Federal Reserve"
SC = "Statistics Canada"
SSA = "Statistics South Africa"
TE = "Trading Economics"
NPCI = "National Payments Corporation of India"
MOF = "Ministry of Finance"
EEA = "European Environment Agency"
NBS = "National Bureau of Statistics"
SPB = "State Post Bureau"

# 601 ONS construction output (ref 2025-08-14)
JUN25 = per("in June 2025", 2025, 6)
MAY25 = per("in May 2025", 2025, 5)
Q2PA = Q("in Quarter 2 (Apr to June) 2025", 2025, 2)
TM3 = P("in the three months to June 2025", "2025-04-01", "2025-06-30")
Q2PB = Q("in Quarter 2 2025", 2025, 2)
JUN25B = per("In June 2025", 2025, 6)
YJUN = per("in the year to June 2025", 2025, 6)
YMAR = per("in the year to March 2025", 2025, 3)
YJUNB = per("In the year to June 2025", 2025, 6)
Q1R = Q("Quarter 1 2025", 2025, 1)
# 602 Reuters 1987 (ref 1987-03-05)
JANH = per("IN JANUARY", 1987, 1)
JAN87 = per("in January", 1987, 1)
DEC86 = per("in December", 1986, 12)
YJAN = per("In the year to January", 1987, 1)
YDEC = per("in the year to December", 1986, 12)
ENDJAN = P("at end-January", "1987-01-31", "1987-01-31")
MEARL = P("a month earlier", "1986-12-31", "1986-12-31")
YEST = P("yesterday", "1987-03-04", "1987-03-04")
STARTY = P("at the start of the year", "1987-01-01", "1987-01-01")
Y87 = Y("in 1987", 1987)
# 603 Reuters 2025 (ref 2025-09-05)
JUL25 = per("in July", 2025, 7)
JUNB = per("in June", 2025, 6)
PREVM = per("in the previous month", 2025, 6)
H125 = P("In the first half of the year", "2025-01-01", "2025-06-30")
TY25 = Y("this year", 2025)
JAN25 = per("in January", 2025, 1)
LM = per("last month", 2025, 8)
# 604 CNBC (ref 2025-09-11)
WK6 = P("for the week ended Sept. 6", "2025-08-31", "2025-09-06")
PWK = P("the prior week", "2025-08-24", "2025-08-30")
WT6 = P("in the week through Sept. 6", "2025-08-31", "2025-09-06")
WK30 = P("for the week ended Aug. 30", "2025-08-24", "2025-08-30")
AUG25 = per("in August", 2025, 8)
TMON = per("this month", 2025, 9)
# 605 MT Newswires (ref 2025-09-15)
FJUN = per("for June", 2025, 6)
# 606 Trading Economics (ref 2025-09-09)
JUL25Y = per("in July 2025", 2025, 7)
# 607 Investing.com (ref 2025-08-12)
TUE = P("on Tuesday", "2025-08-12", "2025-08-12")
E25 = P("by the end of 2025", "2025-12-31", "2025-12-31")
IN25 = Y("in 2025", 2025)
NY = Y("next year", 2026)
Q2S = Q("in the second quarter", 2025, 2)
Q1F = Q("in the first quarter", 2025, 1)
YJQ = Q("in the year to the June quarter", 2025, 2)
# 608 Business Standard (ref 2025-09-01)
DMON = per("during the month", 2025, 8)
PMON = per("in the previous month", 2025, 7)
AUGC = per("In August", 2025, 8)
YEAUG = per("a year earlier", 2024, 8)
AA26 = P("In the April-August period of FY26", "2025-04-01", "2025-08-31")
AA25 = P("in the corresponding period of FY25", "2024-04-01", "2024-08-31")
FY27 = P("in FY27", "2026-04-01", "2027-03-31")
# 609 DG ENER (ref 2025-10-08)
Q2A = Q("In the second quarter of 2025", 2025, 2)
Q2B = Q("in Q2 2025", 2025, 2)
Q1B = Q("in Q1 2025", 2025, 1)
Q2C = Q("In Q2 2025", 2025, 2)
# 610 NBS (ref 2025-09-15)
AUGN = per("In August", 2025, 8)
JA = P("From January to August", "2025-01-01", "2025-08-31")
JJ = P("From January to July", "2025-01-01", "2025-07-31")
JAL = P("from January to August", "2025-01-01", "2025-08-31")

WHS = "Canadian wholesale sales excluding petroleum, petroleum products, and other hydrocarbons and excluding oilseed and grain"

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_construction_output.txt': [
        ('0.3%', 1, 0.3, 'percent', 'monthly construction output', 'increase', 'month_on_month', None, JUN25, None),
        ('0.6%', 1, 0.6, 'percent', 'monthly construction output', 'decrease', 'month_on_month', None, MAY25, None),
        ('0.4%', 1, 0.4, 'percent', 'monthly construction output', 'decrease', 'month_on_month', None, MAY25, None),
        ('1.2%', 1, 1.2, 'percent', 'construction output', 'increase', 'quarter_on_quarter', None, Q2PA, None),
        ('2.1%', 1, 2.1, 'percent', 'new work', 'increase', 'quarter_on_quarter', None, Q2PA, None),
        ('0.1%', 1, 0.1, 'percent', 'repair and maintenance', 'increase', 'quarter_on_quarter', None, Q2PA, None),
        ('6', 1, 6, 'count', 'construction sectors that saw a rise', None, None, None, TM3, None),
        ('3.4%', 1, 3.4, 'percent', 'private new housing', 'increase', 'period_on_period', None, TM3, None),
        ('4.8%', 1, 4.8, 'percent', 'value of new orders', 'decrease', 'quarter_on_quarter', None, Q2PB, None),
        ('£686 million', 1, 686e6, 'GBP', 'value of new orders', 'decrease', 'quarter_on_quarter', None, Q2PB, None),
        ('£13,590 million', 1, 13590e6, 'GBP', 'value of new orders', 'decrease', None, None, Q2PB, None),
        ('£16,231 million', 1, 16231e6, 'GBP', 'total construction output', None, None, None, JUN25, None),
        ('1.5%', 1, 1.5, 'percent', 'total construction output', 'increase', 'year_on_year', None, JUN25, None),
        ('0.5%', 1, 0.5, 'percent', 'new work', 'increase', 'month_on_month', None, JUN25B, ONS),
        ('2.8%', 1, 2.8, 'percent', 'infrastructure new work', 'increase', 'quarter_on_quarter', None, Q2PB, ONS),
        ('5.3%', 1, 5.3, 'percent', 'private industrial new work', 'decrease', 'quarter_on_quarter', None, Q2PB, ONS),
        ('0.9%', 1, 0.9, 'percent', 'private commercial new work', 'decrease', 'quarter_on_quarter', None, Q2PB, ONS),
        ('3.1%', 1, 3.1, 'percent', 'annual construction output price growth', 'decrease', 'year_on_year', None, YJUN, ONS),
        ('3.6%', 1, 3.6, 'percent', 'annual construction output price growth', None, 'year_on_year', None, YMAR, ONS),
        ('2.4%', 1, 2.4, 'percent', 'prices for new housing work', 'increase', 'year_on_year', None, YJUNB, ONS),
        ('4.0%', 1, 4.0, 'percent', 'prices for infrastructure work', 'increase', 'year_on_year', None, YJUNB, ONS),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'construction output growth', 'increase', None, None, Q1R, ONS),
        ('0.6%', 2, 0.6, 'percent', 'construction output growth', 'increase', None, None, Q1R, ONS),
        ('8,000', 1, 8000, 'count', 'businesses sampled by the Monthly Business Survey', None, None, 'approximately', None, ONS),
    ],
    'wire_1987_australia_bank_lending.txt': [
        ('1.8 PCT', 1, 1.8, 'percent', 'Australian bank lending', 'increase', None, None, JANH, None),
        ('1.8 pct', 1, 1.8, 'percent', "lending by Australia's trading banks", 'increase', 'month_on_month', None, JAN87, RBA),
        ('58.42 billion dlrs', 1, 58.42e9, 'AUD', "lending by Australia's trading banks", 'increase', None, None, JAN87, RBA),
        ('0.9 pct', 1, 0.9, 'percent', "lending by Australia's trading banks", 'increase', 'month_on_month', None, DEC86, RBA),
        ('71 pct', 1, 71, 'percent', 'share of lending to business in total trading bank lending', None, None, 'approximately', JAN87, RBA),
        ('41.48 billion dlrs', 1, 41.48e9, 'AUD', 'lending to business', None, None, None, JAN87, RBA),
        ('19.6 pct', 1, 19.6, 'percent', 'trading bank lending', 'increase', 'year_on_year', None, YJAN, RBA),
        ('21.3 pct', 1, 21.3, 'percent', 'trading bank lending', None, 'year_on_year', None, YDEC, RBA),
        ('2.4 pct', 1, 2.4, 'percent', 'personal lending', 'increase', None, None, JAN87, RBA),
        ('9.87 billion dlrs', 1, 9.87e9, 'AUD', 'personal lending', 'increase', None, None, JAN87, RBA),
        ('0.7 pct', 1, 0.7, 'percent', 'trading bank deposits', 'decrease', None, None, JAN87, RBA),
        ('52.11 billion dlrs', 1, 52.11e9, 'AUD', 'trading bank deposits', 'decrease', None, None, JAN87, RBA),
        ('312 mln dlrs', 1, 312e6, 'AUD', "banks' holdings of government securities", 'increase', None, None, JAN87, RBA),
        ('6.05 billion', 1, 6.05e9, 'AUD', "banks' holdings of government securities", 'increase', None, None, JAN87, RBA),
        ('112.1 pct', 1, 112.1, 'percent', "banks' loan-deposit ratio", 'increase', None, None, ENDJAN, RBA),
        ('109.5 pct', 1, 109.5, 'percent', "banks' loan-deposit ratio", None, None, None, MEARL, RBA),
        ('17.85 pct', 1, 17.85, 'percent', 'benchmark 90-day bank bill rate', 'increase', None, None, YEST, RBA),
        ('15.40 pct', 1, 15.40, 'percent', 'benchmark 90-day bank bill rate', None, None, None, STARTY, RBA),
        ('2.2 pct', 1, 2.2, 'percent', 'finance company lending', 'increase', None, None, DEC86, ABS),
        ('27.3 billion dlrs', 1, 27.3e9, 'AUD', 'finance company lending', 'increase', None, None, DEC86, ABS),
        ('14', 1, 14, 'percent', 'bank lending growth forecast by economists', 'decrease', None, None, Y87, None),
        ('16 pct', 1, 16, 'percent', 'bank lending growth forecast by economists', 'decrease', None, None, Y87, None),
    ],
    'wire_2025_japan_real_wages.txt': [
        ('0.5%', 1, 0.5, 'percent', "Japan's inflation-adjusted real wages", 'increase', 'year_on_year', None, JUL25, MHLW),
        ('1.3%', 1, 1.3, 'percent', 'real wages', 'decrease', 'year_on_year', None, JUNB, MHLW),
        ('0.6%', 1, 0.6, 'percent', 'real wages forecast in a Reuters poll of economists', 'decrease', 'year_on_year', None, JUL25, 'Reuters'),
        ('4.1%', 1, 4.1, 'percent', 'nominal wages (average total cash earnings per worker)', 'increase', 'year_on_year', None, JUL25, MHLW),
        ('410,382 yen', 1, 410382, 'JPY', 'nominal wages (average total cash earnings per worker)', 'increase', None, None, JUL25, MHLW),
        ('7.9%', 1, 7.9, 'percent', 'special payments', 'increase', 'year_on_year', None, JUL25, MHLW),
        ('2.3%', 1, 2.3, 'percent', 'scheduled pay (base salary)', 'increase', 'year_on_year', None, JUL25, MHLW),
        ('0.4%', 1, 0.4, 'percent', 'overtime pay', 'decrease', 'year_on_year', None, JUL25, MHLW),
        ('3.6%', 1, 3.6, 'percent', 'consumer price index used to calculate real wages', 'increase', 'year_on_year', None, JUL25, MHLW),
        ('3.8%', 1, 3.8, 'percent', 'consumer price index used to calculate real wages', None, 'year_on_year', None, PREVM, MHLW),
        ('2.8%', 1, 2.8, 'percent', 'base pay for full-time workers', 'increase', None, None, None, MHLW),
        ('4.5%', 1, 4.5, 'percent', 'hourly wages for part-timers', 'increase', None, None, None, MHLW),
        ('1,412 yen', 1, 1412, 'JPY', 'hourly wages for part-timers', 'increase', None, None, None, MHLW),
        ('1.1%', 1, 1.1, 'percent', 'real wages', 'decrease', 'year_on_year', None, H125, MHLW),
        ('3.0%', 1, 3.0, 'percent', 'nominal pay', 'increase', 'year_on_year', None, H125, MHLW),
        ('5.25%', 1, 5.25, 'percent', "average wage increase agreed by Japan's biggest companies", 'increase', None, None, TY25, RENGO),
        ('0.5%', 2, 0.5, 'percent', 'Bank of Japan short-term policy rate', 'increase', None, None, JAN25, BOJ),
        ('half', 2, 0.5, 'fraction', 'share of economists in a Reuters poll expecting the next rate hike by the end of the year', None, None, 'more_than', LM, 'Reuters'),
        ('30', 1, 30, 'count', 'economists in a Reuters poll', None, None, None, LM, 'Reuters'),
    ],
    'cnbc_style_jobless_claims.txt': [
        ('263,000', 1, 263000, 'count', 'jobless claims', 'increase', None, None, None, None),
        ('263,000', 2, 263000, 'count', 'first-time claims', 'increase', None, None, WK6, DOL),
        ('27,000', 1, 27000, 'count', 'first-time claims', 'increase', 'period_on_period', None, WK6, DOL),
        ('236,000', 1, 236000, 'count', 'first-time claims', None, None, None, PWK, DOL),
        ('235,000', 1, 235000, 'count', 'first-time claims expected by economists surveyed by Dow Jones', None, None, None, WK6, 'Dow Jones'),
        ('11,000', 1, 11000, 'count', 'four-week moving average of claims', 'increase', None, None, WT6, DOL),
        ('240,500', 1, 240500, 'count', 'four-week moving average of claims', 'increase', None, None, WT6, DOL),
        ('1.94 million', 1, 1.94e6, 'count', 'continuing claims', None, None, None, WK30, DOL),
        ('6.4%', 1, 6.4, 'percent', 'claims before seasonal adjustments', 'increase', None, None, None, DOL),
        ('229,000', 1, 229000, 'count', 'claims before seasonal adjustments', 'increase', None, 'approximately', None, DOL),
        ('9,400', 1, 9400, 'count', 'increase in unadjusted claims in Texas', 'increase', None, None, None, DOL),
        ('3,200', 1, 3200, 'count', 'increase in unadjusted claims in Michigan', 'increase', None, None, None, DOL),
        ('2,800', 1, 2800, 'count', 'increase in unadjusted claims in Minnesota', 'increase', None, None, None, DOL),
        ('22,000', 1, 22000, 'count', 'nonfarm payrolls', 'increase', None, None, AUG25, BLS),
        ('75,000', 1, 75000, 'count', 'nonfarm payrolls consensus estimate', None, None, None, AUG25, None),
        ('4.3%', 1, 4.3, 'percent', 'unemployment rate', 'increase', None, None, AUG25, BLS),
        ('0.1%', 1, 0.1, 'percent', 'wholesale inventories', 'increase', None, None, JUL25, DOC),
        ('1.4%', 1, 1.4, 'percent', 'wholesale sales', 'increase', None, None, JUL25, DOC),
        ('90%', 1, 90, 'percent', 'probability of a Federal Reserve rate cut seen by futures traders', None, None, 'more_than', TMON, 'CME Group'),
        ('4.25%', 1, 4.25, 'percent', "Fed's benchmark overnight borrowing rate range", None, None, None, None, FED),
        ('4.50%', 1, 4.50, 'percent', "Fed's benchmark overnight borrowing rate range", None, None, None, None, FED),
    ],
    'mt_newswires_canada_wholesale_sales.txt': [
        ('1.2%', 1, 1.2, 'percent', 'Canada wholesale sales', 'increase', None, None, JUL25, None),
        ('1.2%', 2, 1.2, 'percent', WHS, 'increase', 'month_on_month', None, JUL25, SC),
        ('$84.3 billion', 1, 84.3e9, 'CAD', WHS, 'increase', None, None, JUL25, SC),
        ('five', 1, 5, 'count', 'wholesale subsectors with higher sales', None, None, None, JUL25, SC),
        ('+4.7%', 1, 4.7, 'percent', 'sales of the motor vehicle and motor vehicle parts and accessories subsector', 'increase', None, None, JUL25, SC),
        ('$13.6 billion', 1, 13.6e9, 'CAD', 'sales of the motor vehicle and motor vehicle parts and accessories subsector', 'increase', None, None, JUL25, SC),
        ('+1.9%', 1, 1.9, 'percent', 'sales of the machinery, equipment and supplies subsector', 'increase', None, None, JUL25, SC),
        ('0.8%', 1, 0.8, 'percent', 'sales of the food, beverage and tobacco subsector', 'decrease', None, None, JUL25, SC),
        ('$15.1 billion', 1, 15.1e9, 'CAD', 'sales of the food, beverage and tobacco subsector', 'decrease', None, None, JUL25, SC),
        ('six', 1, 6, 'count', 'provinces with higher wholesale sales', None, None, None, JUL25, SC),
        ('2.0%', 1, 2.0, 'percent', 'wholesale sales in Ontario', 'increase', None, None, JUL25, SC),
        ('$42.7 billion', 1, 42.7e9, 'CAD', 'wholesale sales in Ontario', 'increase', None, None, JUL25, SC),
        ('0.6%', 1, 0.6, 'percent', 'wholesale sales in Quebec', 'increase', None, None, JUL25, SC),
        ('0.9%', 1, 0.9, 'percent', 'wholesale sales in volume terms', 'increase', None, None, JUL25, SC),
        ('0.2%', 1, 0.2, 'percent', 'wholesale sales', 'decrease', None, None, FJUN, SC),
        ('0.1%', 1, 0.1, 'percent', 'wholesale sales', 'increase', None, None, FJUN, SC),
        ('3.4%', 1, 3.4, 'percent', 'wholesale sales', 'increase', 'year_on_year', None, JUL25, SC),
        ('0.3%', 1, 0.3, 'percent', 'wholesale inventories', 'decrease', None, None, JUL25, SC),
        ('$121.9 billion', 1, 121.9e9, 'CAD', 'wholesale inventories', 'decrease', None, None, JUL25, SC),
        ('2.1%', 1, 2.1, 'percent', 'wholesale inventories', 'increase', 'year_on_year', None, JUL25, SC),
        ('0.5%', 1, 0.5, 'percent', 'flash estimate of wholesale sales', 'decrease', None, 'approximately', AUG25, SC),
    ],
    'trading_economics_style_mining_production.txt': [
        ('2.4%', 1, 2.4, 'percent', 'mining production growth in South Africa', 'decrease', 'year_on_year', None, JUL25Y, None),
        ('3.9%', 1, 3.9, 'percent', 'mining production growth in South Africa', None, 'year_on_year', None, JUNB, None),
        ('3.1%', 1, 3.1, 'percent', 'market forecasts of mining production growth', None, 'year_on_year', None, JUL25Y, None),
        ('8.7%', 1, 8.7, 'percent', 'gold production', 'decrease', 'year_on_year', None, JUL25Y, None),
        ('11.2%', 1, 11.2, 'percent', 'gold production', None, 'year_on_year', None, JUNB, None),
        ('5.1%', 1, 5.1, 'percent', 'platinum group metals production', 'decrease', 'year_on_year', None, JUL25Y, None),
        ('7.4%', 1, 7.4, 'percent', 'platinum group metals production', None, 'year_on_year', None, JUNB, None),
        ('6.3%', 1, 6.3, 'percent', 'chromium ore production', 'increase', 'year_on_year', None, JUL25Y, None),
        ('2.9%', 1, 2.9, 'percent', 'chromium ore production', None, 'year_on_year', None, JUNB, None),
        ('-4.6%', 1, -4.6, 'percent', 'iron ore output', 'decrease', 'year_on_year', None, JUL25Y, None),
        ('-1.8%', 1, -1.8, 'percent', 'iron ore output', 'decrease', 'year_on_year', None, JUNB, None),
        ('-2.2%', 1, -2.2, 'percent', 'coal output', 'decrease', 'year_on_year', None, JUL25Y, None),
        ('0.5%', 1, 0.5, 'percent', 'coal output', None, 'year_on_year', None, JUNB, None),
        ('0.7%', 1, 0.7, 'percent', 'seasonally adjusted mining production', 'decrease', 'month_on_month', None, JUL25Y, None),
        ('1.6%', 1, 1.6, 'percent', 'seasonally adjusted mining production', 'increase', 'month_on_month', None, PREVM, None),
        ('5.5%', 1, 5.5, 'percent', 'mineral sales', 'increase', 'year_on_year', None, JUNB, SSA),
        ('ZAR 68.9 billion', 1, 68.9e9, 'ZAR', 'mineral sales', 'increase', None, None, JUNB, SSA),
        ('0.93 percent', 1, 0.93, 'percent', 'Mining Production in South Africa average', None, None, None, P('from 1981 until 2025', '1981-01-01', '2025-12-31'), SSA),
        ('116.70 percent', 1, 116.70, 'percent', 'Mining Production in South Africa all time high', None, None, None, per('in April of 2021', 2021, 4), SSA),
        ('-50.10 percent', 1, -50.10, 'percent', 'Mining Production in South Africa record low', 'decrease', None, None, per('in April of 2020', 2020, 4), SSA),
        ('1.20 percent', 1, 1.20, 'percent', 'Mining Production in South Africa expected by Trading Economics', None, None, None, P('by the end of this quarter', '2025-09-30', '2025-09-30'), TE),
        ('0.80 percent', 1, 0.80, 'percent', 'South Africa Mining Production projected', None, None, 'approximately', Y('in 2026', 2026), TE),
    ],
    'investing_style_aud_rba.txt': [
        ('3.60%', 1, 3.60, 'percent', 'RBA cash rate', 'decrease', None, None, None, RBA),
        ('25 basis points', 1, 25, 'basis_point', 'cash rate', 'decrease', None, None, TUE, RBA),
        ('3.60%', 2, 3.60, 'percent', 'cash rate', 'decrease', None, None, TUE, RBA),
        ('2%', 1, 2, 'percent', 'RBA inflation target band', None, None, None, None, RBA),
        ('3%', 1, 3, 'percent', 'RBA inflation target band', None, None, None, None, RBA),
        ('0.4%', 1, 0.4, 'percent', 'AUD/USD', 'decrease', None, None, TUE, None),
        ('0.6512', 1, 0.6512, 'USD', 'AUD/USD', 'decrease', None, None, TUE, None),
        ('0.6%', 1, 0.6, 'percent', 'AUD/JPY', 'decrease', None, None, TUE, None),
        ('96.21', 1, 96.21, 'JPY', 'AUD/JPY', 'decrease', None, None, TUE, None),
        ('32', 1, 32, 'count', 'economists polled by Reuters who forecast a cut', None, None, None, None, 'Reuters'),
        ('35', 1, 35, 'count', 'economists polled by Reuters', None, None, None, None, 'Reuters'),
        ('95%', 1, 95, 'percent', 'chance of a rate cut priced in by interest rate futures', None, None, 'approximately', None, None),
        ('5 basis points', 1, 5, 'basis_point', "Australia's 10-year government bond yield", 'decrease', None, None, None, None),
        ('4.18%', 1, 4.18, 'percent', "Australia's 10-year government bond yield", 'decrease', None, None, None, None),
        ('0.3%', 1, 0.3, 'percent', 'S&P/ASX 200 index', 'increase', None, None, None, None),
        ('8,842.6 points', 1, 8842.6, 'index_point', 'S&P/ASX 200 index', 'increase', None, None, None, None),
        ('2.6%', 1, 2.6, 'percent', 'trimmed mean inflation forecast by the RBA', 'decrease', None, None, E25, RBA),
        ('2.7%', 1, 2.7, 'percent', 'trimmed mean inflation forecast by the RBA', None, None, None, E25, RBA),
        ('1.7%', 1, 1.7, 'percent', 'GDP growth forecast by the RBA', 'decrease', None, None, IN25, RBA),
        ('2.1%', 1, 2.1, 'percent', 'GDP growth forecast by the RBA', None, None, None, IN25, RBA),
        ('4.4%', 1, 4.4, 'percent', 'expected peak of the unemployment rate', None, None, None, NY, None),
        ('2.7%', 2, 2.7, 'percent', 'annual trimmed mean inflation', 'decrease', 'year_on_year', None, Q2S, ABS),
        ('2.9%', 1, 2.9, 'percent', 'annual trimmed mean inflation', None, 'year_on_year', None, Q1F, ABS),
        ('2.1%', 2, 2.1, 'percent', 'headline inflation', 'decrease', 'year_on_year', None, YJQ, ABS),
    ],
    'business_standard_style_upi_payments.txt': [
        ('20.6 billion', 1, 20.6e9, 'count', 'UPI transactions', None, None, None, AUG25, None),
        ('24%', 1, 24, 'percent', 'value of UPI transactions', 'increase', None, None, AUG25, None),
        ('Rs 25.1 trillion', 1, 25.1e12, 'INR', 'value of UPI transactions', 'increase', None, None, AUG25, None),
        ('20.6 billion', 2, 20.6e9, 'count', 'Unified Payments Interface (UPI) transactions', 'increase', None, None, AUG25, NPCI),
        ('2.8 per cent', 1, 2.8, 'percent', 'Unified Payments Interface (UPI) transactions', 'increase', 'month_on_month', None, AUG25, NPCI),
        ('20.04 billion', 1, 20.04e9, 'count', 'Unified Payments Interface (UPI) transactions', None, None, None, JUL25, NPCI),
        ('Rs 25.1 trillion', 2, 25.1e12, 'INR', 'value of UPI payments', None, None, None, DMON, NPCI),
        ('24 per cent', 1, 24, 'percent', 'value of UPI payments', 'increase', 'year_on_year', None, DMON, NPCI),
        ('Rs 24.9 trillion', 1, 24.9e12, 'INR', 'value of UPI payments', None, None, None, JUL25, NPCI),
        ('665 million', 1, 665e6, 'count', 'daily average UPI transactions', 'increase', None, None, DMON, NPCI),
        ('646 million', 1, 646e6, 'count', 'daily average UPI transactions', None, None, None, PMON, NPCI),
        ('Rs 80,970 crore', 1, 80970e7, 'INR', 'average daily value of UPI transactions', None, None, None, DMON, NPCI),
        ('34 per cent', 1, 34, 'percent', 'UPI transaction volumes', 'increase', 'year_on_year', None, AUG25, NPCI),
        ('62 per cent', 1, 62, 'percent', 'P2M share of UPI transactions by volume', None, None, 'approximately', AUGC, NPCI),
        ('a fifth', 1, 0.2, 'fraction', 'P2M share of UPI transaction value', None, None, 'approximately', AUGC, NPCI),
        ('Rs 1,218', 1, 1218, 'INR', 'average ticket size of a UPI transaction', 'decrease', None, None, AUGC, NPCI),
        ('Rs 1,342', 1, 1342, 'INR', 'average ticket size of a UPI transaction', None, None, None, YEAUG, NPCI),
        ('4.6 lakh', 1, 4.6e5, 'count', 'new merchants onboarded', None, None, 'approximately', DMON, NPCI),
        ('98.7 billion', 1, 98.7e9, 'count', 'UPI transactions', None, None, None, AA26, NPCI),
        ('Rs 121.4 trillion', 1, 121.4e12, 'INR', 'value of UPI transactions', None, None, None, AA26, NPCI),
        ('76.2 billion', 1, 76.2e9, 'count', 'UPI transactions', None, None, None, AA25, NPCI),
        ('Rs 101.3 trillion', 1, 101.3e12, 'INR', 'value of UPI transactions', None, None, None, AA25, NPCI),
        ('3 per cent', 1, 3, 'percent', 'Immediate Payment Service (IMPS) transactions', 'decrease', 'month_on_month', None, AUG25, NPCI),
        ('482 million', 1, 482e6, 'count', 'Immediate Payment Service (IMPS) transactions', 'decrease', None, None, AUG25, NPCI),
        ('6 per cent', 1, 6, 'percent', 'Aadhaar-enabled payment system (AePS) transactions', 'decrease', 'month_on_month', None, AUG25, NPCI),
        ('98 million', 1, 98e6, 'count', 'Aadhaar-enabled payment system (AePS) transactions', 'decrease', None, None, AUG25, NPCI),
        ('83 per cent', 1, 83, 'percent', 'combined share of PhonePe and Google Pay in UPI volumes', None, None, 'more_than', AUG25, NPCI),
        ('48.2 per cent', 1, 48.2, 'percent', 'PhonePe share of UPI volumes', None, None, None, AUG25, NPCI),
        ('35.1 per cent', 1, 35.1, 'percent', 'Google Pay share of UPI volumes', None, None, None, AUG25, NPCI),
        ('1 billion', 1, 1e9, 'count', 'target for daily UPI transactions', None, None, None, FY27, MOF),
    ],
    'eu_energy_style_carbon_fuel_switching.txt': [
        ('71.8 EUR/tCO2', 1, 71.8, 'EUR', 'price of EU Emission Allowances (EUA)', None, None, None, Q2A, None),
        ('4%', 1, 4, 'percent', 'price of EU Emission Allowances (EUA)', 'decrease', 'quarter_on_quarter', None, Q2A, None),
        ('6%', 1, 6, 'percent', 'price of EU Emission Allowances (EUA)', 'increase', 'year_on_year', None, Q2A, None),
        ('66', 1, 66, 'EUR', 'EUA price range', None, None, None, Q2A, None),
        ('77 EUR/tCO2', 1, 77, 'EUR', 'EUA price range', None, None, None, Q2A, None),
        ('14.2 EUR/MWh', 1, 14.2, 'EUR', 'clean spark spread in Germany', None, None, None, Q2B, None),
        ('6.5 EUR/MWh', 1, 6.5, 'EUR', 'clean spark spread in Germany', None, None, None, Q1B, None),
        ('-3.1 EUR/MWh', 1, -3.1, 'EUR', 'clean dark spread for hard coal plants in Germany', 'decrease', None, None, Q2B, None),
        ('40%', 1, 40, 'percent', 'clean spark spreads in Italy', 'increase', 'quarter_on_quarter', 'approximately', Q2B, None),
        ('38 TWh', 1, 38, 'terawatt hour', 'coal-fired generation in the EU', 'decrease', None, None, Q2C, None),
        ('21%', 1, 21, 'percent', 'coal-fired generation in the EU', 'decrease', 'year_on_year', None, Q2C, None),
        ('6.9%', 1, 6.9, 'percent', 'coal share in the EU power mix', 'decrease', None, None, Q2C, None),
        ('1.8 percentage points', 1, 1.8, 'percentage_point', 'coal share in the EU power mix', 'decrease', 'year_on_year', None, Q2C, None),
        ('9%', 1, 9, 'percent', 'gas-fired generation', 'increase', 'year_on_year', None, Q2C, None),
        ('71 TWh', 1, 71, 'terawatt hour', 'gas-fired generation', 'increase', None, None, Q2C, None),
        ('12.9%', 1, 12.9, 'percent', 'gas-fired share of total generation', None, None, None, Q2C, None),
        ('29 TWh', 1, 29, 'terawatt hour', 'lignite generation', None, None, None, Q2C, None),
        ('three quarters', 1, 0.75, 'fraction', 'share of lignite generation in Germany and Poland', None, None, 'approximately', Q2C, None),
        ('11%', 1, 11, 'percent', 'CO2 emissions from the EU power sector', 'decrease', 'year_on_year', None, Q2B, EEA),
        ('128 million tonnes', 1, 128e6, 'tonne', 'CO2 emissions from the EU power sector', 'decrease', None, 'approximately', Q2B, EEA),
        ('52%', 1, 52, 'percent', 'renewables share of EU electricity', None, None, None, Q2B, EEA),
        ('61 EUR/MWh', 1, 61, 'EUR', 'European Power Benchmark', None, None, None, Q2B, EEA),
        ('27%', 1, 27, 'percent', 'European Power Benchmark', 'decrease', 'quarter_on_quarter', None, Q2B, EEA),
        ('23 EUR/MWh', 1, 23, 'EUR', 'lowest quarterly average wholesale electricity price (Finland)', None, None, None, Q2B, EEA),
        ('109 EUR/MWh', 1, 109, 'EUR', 'highest quarterly average wholesale electricity price (Italy)', None, None, None, Q2B, EEA),
    ],
    'nbs_style_services_production.txt': [
        ('5.6 percent', 1, 5.6, 'percent', 'Index of Services Production', 'increase', 'year_on_year', None, AUGN, NBS),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'growth rate of the Index of Services Production', 'decrease', 'month_on_month', None, AUGN, NBS),
        ('11.4 percent', 1, 11.4, 'percent', 'production index of information transmission, software and information technology services', 'increase', 'year_on_year', None, AUGN, NBS),
        ('8.9 percent', 1, 8.9, 'percent', 'production index of leasing and business services', 'increase', 'year_on_year', None, AUGN, NBS),
        ('7.1 percent', 1, 7.1, 'percent', 'production index of financial services', 'increase', 'year_on_year', None, AUGN, NBS),
        ('2.3 percent', 1, 2.3, 'percent', 'production index of real estate services', 'decrease', 'year_on_year', None, AUGN, NBS),
        ('0.41 percent', 1, 0.41, 'percent', 'Index of Services Production', 'increase', 'month_on_month', None, AUGN, NBS),
        ('5.9 percent', 1, 5.9, 'percent', 'Index of Services Production', 'increase', 'year_on_year', None, JA, NBS),
        ('11', 1, 11, 'count', 'service sectors registering year-on-year growth', None, None, None, JA, NBS),
        ('92.6 percent', 1, 92.6, 'percent', 'contribution of the growing service sectors to the growth of the index', None, None, None, JA, NBS),
        ('31,204.6 billion yuan', 1, 31204.6e9, 'CNY', 'revenue of enterprises above designated size in the services sector', None, None, None, JJ, NBS),
        ('7.2 percent', 1, 7.2, 'percent', 'revenue of enterprises above designated size in the services sector', 'increase', 'year_on_year', None, JJ, NBS),
        ('2,468.3 billion yuan', 1, 2468.3e9, 'CNY', 'total profits of enterprises above designated size in the services sector', None, None, None, JJ, NBS),
        ('3.5 percent', 1, 3.5, 'percent', 'total profits of enterprises above designated size in the services sector', 'increase', 'year_on_year', None, JJ, NBS),
        ('7,115.2 billion yuan', 1, 7115.2e9, 'CNY', 'revenue of the transport, storage and postal sector', None, None, None, JJ, NBS),
        ('4.8 percent', 1, 4.8, 'percent', 'revenue of the transport, storage and postal sector', 'increase', 'year_on_year', None, JJ, NBS),
        ('10.6 percent', 1, 10.6, 'percent', 'revenue of the information transmission, software and information technology services sector', 'increase', 'year_on_year', None, JJ, NBS),
        ('3,062.9 billion yuan', 1, 3062.9e9, 'CNY', 'revenue of the information transmission, software and information technology services sector', 'increase', None, None, JJ, NBS),
        ('16.3 billion pieces', 1, 16.3e9, 'count', 'volume of express deliveries', None, None, None, AUG25, SPB),
        ('14.7 percent', 1, 14.7, 'percent', 'volume of express deliveries', 'increase', 'year_on_year', None, AUG25, SPB),
        ('128 billion pieces', 1, 128e9, 'count', 'volume of express deliveries', None, None, 'approximately', JAL, SPB),
        ('18.2 percent', 1, 18.2, 'percent', 'volume of express deliveries', 'increase', 'year_on_year', None, JAL, SPB),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
