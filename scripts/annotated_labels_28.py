# ruff: noqa: E501, RUF001
"""Write corpus/annotated_28/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_28.py corpus/annotated_28
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
JAMA = "Japan Automobile Manufacturers Association"
JADA = "Japan Automobile Dealers Association"
NBP = "National Bank of Poland"
GUS = "Statistics Poland"
CB = "Conference Board"
DOL = "U.S. Department of Labor"
STC = "Statistics Canada"
BOC = "Bank of Canada"
BBG = "Bloomberg"
INSEE = "National Institute of Statistics and Economic Studies"
TE = "Trading Economics"
FARSIDE = "Farside Investors"
FED = "Federal Reserve"
CME = "CME Group"
LIC = "Life Insurance Council"
GIC = "General Insurance Council"
CARE = "CareEdge Ratings"
EC = "European Commission"
SPB = "State Post Bureau"
NBS = "National Bureau of Statistics"

# 2801 ONS taxes and benefits (ref 2026-03-24); UK financial years run April to March
FYE25 = P("in the financial year ending (FYE) 2025", "2024-04-01", "2025-03-31")
IF25 = P("In FYE 2025", "2024-04-01", "2025-03-31")
if25 = P("in FYE 2025", "2024-04-01", "2025-03-31")
if24 = P("in FYE 2024", "2023-04-01", "2024-03-31")
DF25 = P("During FYE 2025", "2024-04-01", "2025-03-31")
FF24 = P("for FYE 2024", "2023-04-01", "2024-03-31")
# 2802 Reuters 1987 (ref Thursday 1987-04-16)
MAR = per("in March", 1987, 3)
FY86 = P("In the fiscal year ended March 31", "1986-04-01", "1987-03-31")
WED87 = P("on Wednesday", "1987-04-15", "1987-04-15")
# 2803 Reuters 2025 (ref Wednesday 2025-12-03)
WED = P("on Wednesday", "2025-12-03", "2025-12-03")
NOV = per("in November", 2025, 11)
# 2804 CNBC (ref Thursday 2026-01-22)
LM = per("last month", 2025, 12)
DEC = per("in December", 2025, 12)
WK17 = P("in the week ended Jan. 17", "2026-01-11", "2026-01-17")
# 2805 MT Newswires (ref Tuesday 2026-02-17)
JAN = per("in January", 2026, 1)
DEC25 = per("in December", 2025, 12)
# 2806 Trading Economics (ref Thursday 2026-01-22)
TDEC = per("in December", 2025, 12)
# 2807 Investing.com (ref Wednesday 2026-02-04)
ET = P("by 03:15 ET", None, None)
TUE = P("on Tuesday", "2026-02-03", "2026-02-03")
# 2808 Business Standard (ref Wednesday 2025-11-12)
OCT = per("in October", 2025, 10)
AO26 = P("In the April-October period of FY26", "2025-04-01", "2025-10-31")
# 2809 DG ENER (ref 2026-01-15)
Q325 = Q("In the third quarter of 2025", 2025, 3)
INQ = Q("in the quarter", 2025, 3)
JS = P("in July-September", "2025-07-01", "2025-09-30")
# 2810 China express delivery (ref 2025-11-20)
JO = P("from January to October this year", "2025-01-01", "2025-10-31")
FJO = P("From January to October", "2025-01-01", "2025-10-31")
OA = per("In October alone", 2025, 10)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_taxes_benefits_household_income.txt': [
        ('£36,700', 1, 36700, 'GBP', 'median household disposable income', None, None, None, FYE25, None),
        ('2.8%', 1, 2.8, 'percent', 'median household disposable income', 'increase', 'year_on_year', None, FYE25, None),
        ('£98,400', 1, 98400, 'GBP', 'average original income of the richest fifth of households', None, None, None, IF25, None),
        ('14.6 times', 1, 14.6, 'times', 'original income of the richest fifth relative to the poorest fifth', None, None, None, IF25, None),
        ('£6,740', 1, 6740, 'GBP', 'average original income of the poorest fifth of households', None, None, None, IF25, None),
        ('3.9 times', 1, 3.9, 'times', 'income of the richest fifth relative to the poorest fifth after taxes and benefits', None, None, None, IF25, None),
        ('33.9%', 1, 33.9, 'percent', 'Gini coefficient of disposable income', 'increase', None, None, if25, None),
        ('33.2%', 1, 33.2, 'percent', 'Gini coefficient of disposable income', None, None, None, if24, None),
        ('£13,900', 1, 13900, 'GBP', 'cash benefits received by households in the poorest fifth', None, None, None, if25, ONS),
        ('£2,150', 1, 2150, 'GBP', 'cash benefits received by households in the richest fifth', None, None, None, if25, ONS),
        ('two-fifths', 1, 0.4, 'fraction', 'share of households receiving more in benefits than they paid in taxes', None, None, 'less_than', if25, ONS),
        ('38.7%', 1, 38.7, 'percent', 'share of households receiving more in benefits than they paid in taxes', None, None, None, if25, ONS),
        ('40.1%', 1, 40.1, 'percent', 'share of households receiving more in benefits than they paid in taxes', None, None, None, P('the year before', '2023-04-01', '2024-03-31'), ONS),
        ('26%', 1, 26, 'percent', 'retired households share of all households', None, None, None, IF25, ONS),
        ('4.1%', 1, 4.1, 'percent', 'median disposable income of retired households', 'increase', 'year_on_year', None, IF25, ONS),
        ('£27,300', 1, 27300, 'GBP', 'median disposable income of retired households', 'increase', None, None, IF25, ONS),
        ('2.2%', 1, 2.2, 'percent', 'median disposable income of non-retired households', 'increase', 'year_on_year', None, IF25, ONS),
        ('£40,200', 1, 40200, 'GBP', 'median disposable income of non-retired households', 'increase', None, None, IF25, ONS),
        ('£17,850', 1, 17850, 'GBP', 'direct and indirect taxes paid by the average household', None, None, None, DF25, ONS),
        ('31.5%', 1, 31.5, 'percent', 'taxes share of gross income', None, None, None, DF25, ONS),
        ('21.8%', 1, 21.8, 'percent', 'indirect taxes share of disposable income of the poorest fifth', None, None, None, DF25, ONS),
        ('8.9%', 1, 8.9, 'percent', 'indirect taxes share of disposable income of the richest fifth', None, None, None, DF25, ONS),
        ('16,500', 1, 16500, 'count', 'households in the sample', None, None, 'approximately', None, ONS),
        ('£35,700', 1, 35700, 'GBP', 'median disposable income', 'decrease', None, None, FF24, ONS),
        ('£35,900', 1, 35900, 'GBP', 'median disposable income', None, None, None, FF24, ONS),
    ],
    'wire_1987_japan_car_exports.txt': [
        ('8.3 PCT', 1, 8.3, 'percent', 'Japan car exports', 'decrease', None, None, per('IN MARCH', 1987, 3), None),
        ('8.3 pct', 1, 8.3, 'percent', "Japan's car exports", 'decrease', 'year_on_year', None, MAR, JAMA),
        ('371,420 units', 1, 371420, 'count', "Japan's car exports", 'decrease', None, None, MAR, JAMA),
        ('11.6 pct', 1, 11.6, 'percent', 'exports to the United States', 'decrease', 'year_on_year', None, MAR, JAMA),
        ('196,300', 1, 196300, 'count', 'exports to the United States', 'decrease', None, None, MAR, JAMA),
        ('4.2 pct', 1, 4.2, 'percent', 'exports to Europe', 'decrease', 'year_on_year', None, MAR, JAMA),
        ('88,750', 1, 88750, 'count', 'exports to Europe', 'decrease', None, None, MAR, JAMA),
        ('2.9 pct', 1, 2.9, 'percent', 'shipments to Southeast Asia', 'increase', 'year_on_year', None, MAR, JAMA),
        ('21,040', 1, 21040, 'count', 'shipments to Southeast Asia', 'increase', None, None, MAR, JAMA),
        ('14.5 pct', 1, 14.5, 'percent', 'truck exports', 'decrease', None, None, MAR, JAMA),
        ('98,600 units', 1, 98600, 'count', 'truck exports', 'decrease', None, None, MAR, JAMA),
        ('4,210', 1, 4210, 'count', 'bus exports', None, None, None, MAR, JAMA),
        ('4.38 mln units', 1, 4.38e6, 'count', 'car exports', None, None, None, FY86, JAMA),
        ('5.2 pct', 1, 5.2, 'percent', 'car exports', 'decrease', 'year_on_year', None, FY86, JAMA),
        ('4.62 mln', 1, 4.62e6, 'count', 'car exports', None, None, None, P('in 1985/86', '1985-04-01', '1986-03-31'), JAMA),
        ('2.3 mln units', 1, 2.3e6, 'count', 'voluntary restraint limit on car shipments to the U.S.', None, None, None, None, None),
        ('3.7 pct', 1, 3.7, 'percent', 'domestic car sales', 'increase', None, None, MAR, JADA),
        ('512,800 units', 1, 512800, 'count', 'domestic car sales', 'increase', None, None, MAR, JADA),
        ('142.85', 1, 142.85, 'JPY', 'yen against the dollar', 'increase', None, None, WED87, JADA),
        ('145.60', 1, 145.60, 'JPY', 'yen against the dollar', None, None, None, P('a week earlier', '1987-04-08', '1987-04-08'), JADA),
        ('68 pct', 1, 68, 'percent', 'yen against the dollar', 'increase', None, 'approximately', P('since September 1985', '1985-09-01', '1987-04-16'), JADA),
        ('five', 1, 5, 'percent', 'car exports', 'decrease', None, None, P('in the current fiscal year', '1987-04-01', '1988-03-31'), JAMA),
        ('seven pct', 1, 7, 'percent', 'car exports', 'decrease', None, None, P('in the current fiscal year', '1987-04-01', '1988-03-31'), JAMA),
    ],
    'wire_2025_poland_rate_decision.txt': [
        ('25 bps', 1, 25, 'basis_point', 'rates', 'decrease', None, None, None, NBP),
        ('25 basis points', 1, 25, 'basis_point', 'main interest rate', 'decrease', None, None, WED, NBP),
        ('4.00%', 1, 4.00, 'percent', 'main interest rate', 'decrease', None, None, WED, NBP),
        ('Twenty-one', 1, 21, 'count', 'economists forecasting the move', None, None, None, None, 'Reuters'),
        ('27', 1, 27, 'count', 'economists polled by Reuters', None, None, None, None, 'Reuters'),
        ('4.25%', 1, 4.25, 'percent', 'rates', None, None, None, None, 'Reuters'),
        ('175 basis points', 1, 175, 'basis_point', 'reference rate', 'decrease', None, None, P('since May', '2025-05-01', '2025-12-03'), NBP),
        ('4.50%', 1, 4.50, 'percent', 'lombard rate', 'decrease', None, None, P('Wednesday', '2025-12-03', '2025-12-03'), NBP),
        ('3.50%', 1, 3.50, 'percent', 'deposit rate', 'decrease', None, None, P('Wednesday', '2025-12-03', '2025-12-03'), NBP),
        ('2.4%', 1, 2.4, 'percent', 'annual consumer price inflation', 'decrease', 'year_on_year', None, NOV, GUS),
        ('2.8%', 1, 2.8, 'percent', 'annual consumer price inflation', None, 'year_on_year', None, per('in October', 2025, 10), GUS),
        ('2.5%', 1, 2.5, 'percent', 'inflation target', None, None, None, None, NBP),
        ('one percentage point', 1, 1, 'percentage_point', 'inflation target tolerance band', None, None, None, None, NBP),
        ('2.9%', 1, 2.9, 'percent', 'core inflation', 'decrease', 'year_on_year', 'approximately', NOV, None),
        ('3.6%', 1, 3.6, 'percent', 'average inflation', None, None, None, Y('in 2025', 2025), NBP),
        ('2.7%', 1, 2.7, 'percent', 'average inflation', None, None, None, Y('in 2026', 2026), NBP),
        ('3.4%', 1, 3.4, 'percent', 'GDP growth', 'increase', None, None, Y('in 2025', 2025), NBP),
        ('3.1%', 1, 3.1, 'percent', 'GDP growth', 'increase', None, None, Y('in 2026', 2026), NBP),
        ('4.2260', 1, 4.2260, 'PLN', 'zloty per euro', None, None, None, P('by 1330 GMT', None, None), GUS),
        ('3.7%', 1, 3.7, 'percent', "Poland's economy", 'increase', 'year_on_year', None, Q('in the third quarter', 2025, 3), GUS),
        ('6.6%', 1, 6.6, 'percent', 'wage growth in the enterprise sector', 'decrease', 'year_on_year', None, per('in October', 2025, 10), GUS),
        ('0.8%', 1, 0.8, 'percent', 'employment', 'decrease', 'year_on_year', None, per('in October', 2025, 10), GUS),
    ],
    'cnbc_style_conference_board_leading_index.txt': [
        ('0.3%', 1, 0.3, 'percent', 'leading economic index', 'decrease', None, None, DEC, CB),
        ('0.3%', 2, 0.3, 'percent', 'Leading Economic Index', 'decrease', None, None, LM, CB),
        ('97.6', 1, 97.6, 'index_point', 'Leading Economic Index', 'decrease', None, None, LM, CB),
        ('0.4%', 1, 0.4, 'percent', 'Leading Economic Index', 'decrease', None, None, per('in November', 2025, 11), CB),
        ('0.2%', 1, 0.2, 'percent', 'Leading Economic Index', 'decrease', None, None, LM, 'Dow Jones'),
        ('2.9%', 1, 2.9, 'percent', 'Leading Economic Index', 'decrease', None, None, P('between June and December', '2025-06-01', '2025-12-31'), CB),
        ('1.8%', 1, 1.8, 'percent', 'Leading Economic Index', 'decrease', None, None, P('between December 2024 and June 2025', '2024-12-01', '2025-06-30'), CB),
        ('Six', 1, 6, 'count', 'LEI components that weakened', None, None, None, DEC, CB),
        ('0.06 percentage point', 1, 0.06, 'percentage_point', 'stock prices contribution', 'increase', None, None, DEC, CB),
        ('0.1%', 1, 0.1, 'percent', 'coincident index', 'increase', None, None, DEC, CB),
        ('114.9', 1, 114.9, 'index_point', 'coincident index', 'increase', None, None, DEC, CB),
        ('119.3', 1, 119.3, 'index_point', 'lagging index', None, None, None, DEC, CB),
        ('1.6%', 1, 1.6, 'percent', 'real GDP growth', 'decrease', None, None, Y('in 2026', 2026), CB),
        ('1.9%', 1, 1.9, 'percent', 'real GDP growth', None, None, 'approximately', Y('in 2025', 2025), CB),
        ('9,000', 1, 9000, 'count', 'initial jobless claims', 'increase', None, None, WK17, DOL),
        ('226,000', 1, 226000, 'count', 'initial jobless claims', 'increase', None, None, WK17, DOL),
        ('220,000', 1, 220000, 'count', 'initial jobless claims', None, None, None, WK17, None),
        ('12,000', 1, 12000, 'count', 'continuing claims', 'decrease', None, None, WK17, DOL),
        ('1.88 million', 1, 1.88e6, 'count', 'continuing claims', 'decrease', None, None, WK17, DOL),
    ],
    'mt_newswires_canada_consumer_prices.txt': [
        ('0.3%', 1, 0.3, 'percent', "Canada's Consumer Price Index", 'increase', None, None, JAN, None),
        ('2.1%', 1, 2.1, 'percent', 'annual inflation', 'decrease', 'year_on_year', None, JAN, None),
        ('0.3%', 2, 0.3, 'percent', "Canada's consumer price index", 'increase', 'month_on_month', None, JAN, STC),
        ('0.4%', 1, 0.4, 'percent', "Canada's consumer price index", 'decrease', 'month_on_month', None, DEC25, STC),
        ('0.2%', 1, 0.2, 'percent', "Canada's consumer price index", 'increase', 'month_on_month', None, JAN, BBG),
        ('2.1%', 2, 2.1, 'percent', 'consumer prices', 'increase', 'year_on_year', None, JAN, STC),
        ('2.4%', 1, 2.4, 'percent', 'consumer prices', None, 'year_on_year', None, DEC25, STC),
        ('2.5%', 1, 2.5, 'percent', 'CPI excluding gasoline', 'increase', 'year_on_year', None, JAN, STC),
        ('2.7%', 1, 2.7, 'percent', 'CPI excluding gasoline', None, 'year_on_year', None, per('the month before', 2025, 12), STC),
        ('2.6%', 1, 2.6, 'percent', 'CPI-trim', 'decrease', None, None, JAN, STC),
        ('2.5%', 2, 2.5, 'percent', 'CPI-median', 'decrease', None, None, JAN, STC),
        ('2.8%', 1, 2.8, 'percent', 'CPI-trim', None, None, None, DEC25, STC),
        ('2.7%', 2, 2.7, 'percent', 'CPI-median', None, None, None, DEC25, STC),
        ('6.8%', 1, 6.8, 'percent', 'gasoline prices', 'decrease', 'year_on_year', None, JAN, STC),
        ('3.9%', 1, 3.9, 'percent', 'prices for food purchased from stores', 'increase', 'year_on_year', None, JAN, STC),
        ('2.9%', 1, 2.9, 'percent', 'shelter costs', 'increase', 'year_on_year', None, JAN, STC),
        ('4.4%', 1, 4.4, 'percent', 'rent growth', 'decrease', 'year_on_year', None, JAN, STC),
        ('0.1%', 1, 0.1, 'percent', 'seasonally adjusted CPI', 'increase', 'month_on_month', None, JAN, STC),
        ('+3.0%', 1, 3.0, 'percent', 'prices in Manitoba', 'increase', None, None, None, STC),
        ('+1.7%', 1, 1.7, 'percent', 'prices in Ontario', 'increase', None, None, None, STC),
        ('2.25%', 1, 2.25, 'percent', 'key lending rate', None, None, None, P('on Jan. 28', '2026-01-28', '2026-01-28'), BOC),
        ('2%', 1, 2, 'percent', 'inflation target', None, None, None, None, BOC),
        ('1%', 1, 1, 'percent', 'inflation control range', None, None, None, None, BOC),
        ('3%', 1, 3, 'percent', 'inflation control range', None, None, None, None, BOC),
    ],
    'trading_economics_style_france_business_confidence.txt': [
        ('97', 1, 97, 'index_point', "France's business climate indicator", 'decrease', None, None, per('in January 2026', 2026, 1), INSEE),
        ('98', 1, 98, 'index_point', "France's business climate indicator", None, None, None, TDEC, INSEE),
        ('99', 1, 99, 'index_point', "France's business climate indicator", None, None, None, per('in January 2026', 2026, 1), None),
        ('95', 1, 95, 'index_point', 'sentiment in services', 'decrease', None, None, None, INSEE),
        ('97', 2, 97, 'index_point', 'sentiment in services', None, None, None, TDEC, INSEE),
        ('98', 2, 98, 'index_point', 'sentiment in retail trade', 'decrease', None, None, None, INSEE),
        ('101', 1, 101, 'index_point', 'sentiment in retail trade', None, None, None, TDEC, INSEE),
        ('91', 1, 91, 'index_point', 'sentiment in wholesale trade', 'decrease', None, None, None, INSEE),
        ('93', 1, 93, 'index_point', 'sentiment in wholesale trade', None, None, None, TDEC, INSEE),
        ('99', 2, 99, 'index_point', 'sentiment in manufacturing', 'increase', None, None, None, INSEE),
        ('98', 3, 98, 'index_point', 'sentiment in manufacturing', None, None, None, TDEC, INSEE),
        ('96', 1, 96, 'index_point', 'sentiment in building construction', None, None, None, None, INSEE),
        ('17.4%', 1, 17.4, 'percent', 'proportion of industrial firms reporting supply difficulties', 'decrease', None, None, None, INSEE),
        ('19.1%', 1, 19.1, 'percent', 'proportion of industrial firms reporting supply difficulties', None, None, None, per('in October', 2025, 10), INSEE),
        ('2 points', 1, 2, 'index_point', 'employment climate indicator', 'decrease', None, None, per('in January', 2026, 1), INSEE),
        ('96', 2, 96, 'index_point', 'employment climate indicator', 'decrease', None, None, per('in January', 2026, 1), INSEE),
        ('99.84 points', 1, 99.84, 'index_point', 'Business Confidence in France average', None, None, None, P('Between 1980 and 2026', '1980-01-01', '2026-12-31'), INSEE),
        ('122.40 points', 1, 122.40, 'index_point', 'Business Confidence in France all time high', None, None, None, per('in June 2000', 2000, 6), INSEE),
        ('68.50 points', 1, 68.50, 'index_point', 'Business Confidence in France record low', None, None, None, per('in April 2020', 2020, 4), INSEE),
        ('97.00 points', 1, 97.00, 'index_point', 'Business Confidence in France', None, None, None, P('by the end of this quarter', '2026-03-31', '2026-03-31'), TE),
        ('99.00 points', 1, 99.00, 'index_point', 'France Business Confidence', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('100.00 points', 1, 100.00, 'index_point', 'France Business Confidence', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_bitcoin_etf_flows.txt': [
        ('$74,000', 1, 74000, 'USD', 'Bitcoin', 'decrease', None, 'less_than', None, None),
        ('$1 trillion', 1, 1e12, 'USD', 'value of the crypto market', 'decrease', None, 'more_than', P('since the start of January', '2026-01-01', '2026-02-04'), None),
        ('2.8%', 1, 2.8, 'percent', "world's largest cryptocurrency", 'decrease', None, None, ET, None),
        ('$73,640', 1, 73640, 'USD', "world's largest cryptocurrency", 'decrease', None, None, ET, None),
        ('$72,910', 1, 72910, 'USD', 'bitcoin intraday low', None, None, None, ET, None),
        ('4.1%', 1, 4.1, 'percent', 'Ether', 'decrease', None, None, ET, None),
        ('$2,185', 1, 2185, 'USD', 'Ether', 'decrease', None, None, ET, None),
        ('16%', 1, 16, 'percent', 'Bitcoin', 'decrease', None, 'approximately', P('so far this year', '2026-01-01', '2026-02-04'), None),
        ('42%', 1, 42, 'percent', 'Bitcoin', 'decrease', None, 'approximately', P('on Oct. 6', '2025-10-06', '2026-02-04'), None),
        ('$126,200', 1, 126200, 'USD', 'bitcoin record high', None, None, None, P('on Oct. 6', '2025-10-06', '2025-10-06'), None),
        ('$612.4 million', 1, 612.4e6, 'USD', 'spot bitcoin ETF net outflows', None, None, None, TUE, FARSIDE),
        ('$358.1 million', 1, 358.1e6, 'USD', 'iShares Bitcoin Trust outflows', None, None, None, TUE, FARSIDE),
        ('$141.7 million', 1, 141.7e6, 'USD', 'Wise Origin Bitcoin Fund outflows', None, None, None, TUE, FARSIDE),
        ('$2.3 billion', 1, 2.3e9, 'USD', 'spot bitcoin ETF flows', 'decrease', None, 'approximately', P('Over the past week', '2026-01-28', '2026-02-04'), FARSIDE),
        ('$52.6 billion', 1, 52.6e9, 'USD', 'cumulative net inflows', 'decrease', None, 'approximately', P('since their January 2024 launch', '2024-01-01', '2026-02-04'), FARSIDE),
        ('$98.4 billion', 1, 98.4e9, 'USD', 'total assets held by spot bitcoin ETFs', 'decrease', None, None, TUE, FARSIDE),
        ('$170 billion', 1, 170e9, 'USD', 'total assets held by spot bitcoin ETFs peak', None, None, 'more_than', per('in October', 2025, 10), FARSIDE),
        ('3.50%', 1, 3.50, 'percent', 'Fed benchmark rate', None, None, None, P('last week', '2026-01-26', '2026-02-01'), FED),
        ('3.75%', 1, 3.75, 'percent', 'Fed benchmark rate', None, None, None, P('last week', '2026-01-26', '2026-02-01'), FED),
        ('22%', 1, 22, 'percent', 'odds of a 25-basis-point cut', None, None, None, per('at the March meeting', 2026, 3), CME),
        ('25-basis-point', 1, 25, 'basis_point', 'Fed rate cut', 'decrease', None, None, per('at the March meeting', 2026, 3), CME),
    ],
    'business_standard_style_insurance_premiums.txt': [
        ('12%', 1, 12, 'percent', "Life insurers' new business premium", 'increase', None, None, OCT, None),
        ('12.4 per cent', 1, 12.4, 'percent', "Life insurers' new business premium", 'increase', 'year_on_year', None, OCT, LIC),
        ('Rs 34,020 crore', 1, 34020e7, 'INR', "Life insurers' new business premium", 'increase', None, None, OCT, LIC),
        ('18.6 per cent', 1, 18.6, 'percent', "LIC's new business premium", 'increase', None, None, per('during the month', 2025, 10), LIC),
        ('Rs 22,150 crore', 1, 22150e7, 'INR', "LIC's new business premium", 'increase', None, None, per('during the month', 2025, 10), LIC),
        ('2.3 per cent', 1, 2.3, 'percent', 'new business premium of private sector insurers', 'increase', None, None, per('during the month', 2025, 10), LIC),
        ('Rs 11,870 crore', 1, 11870e7, 'INR', 'new business premium of private sector insurers', 'increase', None, None, per('during the month', 2025, 10), LIC),
        ('7.3 per cent', 1, 7.3, 'percent', 'individual single premium collections', 'decrease', None, None, None, LIC),
        ('Rs 2.04 trillion', 1, 2.04e12, 'INR', "industry's new business premium", None, None, None, AO26, LIC),
        ('6.8 per cent', 1, 6.8, 'percent', "industry's new business premium", 'increase', 'year_on_year', None, AO26, LIC),
        ('Rs 1.91 trillion', 1, 1.91e12, 'INR', "industry's new business premium", None, None, None, P('in the corresponding period of FY25', '2024-04-01', '2024-10-31'), LIC),
        ('3.2 per cent', 1, 3.2, 'percent', 'number of new individual policies issued', 'decrease', 'year_on_year', None, AO26, LIC),
        ('1.38 crore', 1, 1.38e7, 'count', 'number of new individual policies issued', 'decrease', None, None, AO26, LIC),
        ('Rs 2,480 crore', 1, 2480e7, 'INR', 'SBI Life new business premium', None, None, None, OCT, LIC),
        ('Rs 1,960 crore', 1, 1960e7, 'INR', 'HDFC Life new business premium', None, None, None, OCT, LIC),
        ('Rs 1,510 crore', 1, 1510e7, 'INR', 'ICICI Prudential Life new business premium', None, None, None, OCT, LIC),
        ('9 per cent', 1, 9, 'percent', 'gross direct premium income', 'increase', None, None, OCT, GIC),
        ('Rs 28,640 crore', 1, 28640e7, 'INR', 'gross direct premium income', 'increase', None, None, OCT, GIC),
        ('40 per cent', 1, 40, 'percent', 'health insurance share of the non-life segment', None, None, 'approximately', OCT, GIC),
        ('14 per cent', 1, 14, 'percent', 'health insurance', 'increase', None, 'approximately', OCT, GIC),
        ('10', 1, 10, 'percent', 'life premiums', 'increase', None, None, P('in FY26', '2025-04-01', '2026-03-31'), CARE),
        ('12 per cent', 1, 12, 'percent', 'life premiums', 'increase', None, None, P('in FY26', '2025-04-01', '2026-03-31'), CARE),
    ],
    'eu_energy_style_retail_oil_product_prices.txt': [
        ('1.69 EUR/litre', 1, 1.69, 'EUR', 'EU average price of Euro-super 95 petrol', None, None, None, Q325, EC),
        ('2.9%', 1, 2.9, 'percent', 'EU average price of Euro-super 95 petrol', 'decrease', 'year_on_year', None, Q325, EC),
        ('1.61 EUR/litre', 1, 1.61, 'EUR', 'EU average price of diesel', None, None, None, Q325, EC),
        ('4.4%', 1, 4.4, 'percent', 'EU average price of diesel', 'decrease', 'year_on_year', None, Q325, EC),
        ('1.12 EUR/litre', 1, 1.12, 'EUR', 'heating oil price', None, None, None, Q325, EC),
        ('6%', 1, 6, 'percent', 'heating oil price', 'decrease', 'year_on_year', 'approximately', Q325, EC),
        ('-0.4%', 1, -0.4, 'percent', 'petrol prices', 'decrease', 'quarter_on_quarter', None, JS, EC),
        ('2.6%', 1, 2.6, 'percent', 'diesel prices', 'increase', 'quarter_on_quarter', None, JS, EC),
        ('58 EUR/barrel', 1, 58, 'EUR', 'Brent crude oil price', None, None, None, INQ, EC),
        ('68 USD/bbl', 1, 68, 'USD', 'Brent crude oil price', None, None, None, INQ, EC),
        ('11%', 1, 11, 'percent', 'Brent crude oil price', 'decrease', 'year_on_year', None, INQ, EC),
        ('54%', 1, 54, 'percent', 'taxes share of the final price of petrol', None, None, None, INQ, EC),
        ('49%', 1, 49, 'percent', 'taxes share of the final price of diesel', None, None, None, INQ, EC),
        ('0.70 EUR/litre', 1, 0.70, 'EUR', 'gap between the most expensive and the cheapest Member State for petrol', None, None, None, INQ, EC),
        ('2.04 EUR/litre', 1, 2.04, 'EUR', 'petrol price in the Netherlands', None, None, None, INQ, EC),
        ('1.98 EUR/litre', 1, 1.98, 'EUR', 'petrol price in Denmark', None, None, None, INQ, EC),
        ('1.34 EUR/litre', 1, 1.34, 'EUR', 'petrol price in Malta', None, None, None, INQ, EC),
        ('95%', 1, 95, 'percent', 'price of diesel relative to petrol', None, None, None, Q('In the third quarter', 2025, 3), EC),
        ('three percentage points', 1, 3, 'percentage_point', 'price of diesel relative to petrol', 'increase', 'quarter_on_quarter', None, Q('In the third quarter', 2025, 3), EC),
        ('6', 2, 6, 'count', 'Member States where diesel was more expensive than petrol', None, None, None, per('In September', 2025, 9), EC),
        ('3%', 1, 3, 'percent', 'EU average pump prices', 'decrease', 'year_on_year', None, P('Across the first nine months of 2025', '2025-01-01', '2025-09-30'), EC),
        ('7%', 1, 7, 'percent', 'EU average pump prices', 'decrease', 'year_on_year', None, P('Across the first nine months of 2025', '2025-01-01', '2025-09-30'), EC),
    ],
    'nbs_style_express_delivery.txt': [
        ('160 billion', 1, 160e9, 'count', "China's express delivery volume", None, None, 'more_than', P('in first ten months', '2025-01-01', '2025-10-31'), None),
        ('1.45 trillion yuan', 1, 1.45e12, 'CNY', "postal industry's business revenue", None, None, None, JO, SPB),
        ('7.8%', 1, 7.8, 'percent', "postal industry's business revenue", 'increase', 'year_on_year', None, JO, SPB),
        ('171.3 billion pieces', 1, 171.3e9, 'count', 'postal industry business volume', None, None, None, JO, SPB),
        ('15.6%', 1, 15.6, 'percent', 'postal industry business volume', 'increase', 'year_on_year', None, JO, SPB),
        ('164.2 billion', 1, 164.2e9, 'count', 'parcels handled by express delivery enterprises', None, None, None, FJO, SPB),
        ('16.9%', 1, 16.9, 'percent', 'parcels handled by express delivery enterprises', 'increase', 'year_on_year', None, FJO, SPB),
        ('1.17 trillion yuan', 1, 1.17e12, 'CNY', 'business revenue of express delivery enterprises', None, None, None, FJO, SPB),
        ('8.1%', 1, 8.1, 'percent', 'business revenue of express delivery enterprises', 'increase', 'year_on_year', None, FJO, SPB),
        ('9.8%', 1, 9.8, 'percent', 'intra-city deliveries share of express volume', None, None, None, FJO, SPB),
        ('85.6%', 1, 85.6, 'percent', 'inter-city deliveries share of express volume', None, None, None, FJO, SPB),
        ('4.6%', 1, 4.6, 'percent', 'international/Hong Kong, Macao and Taiwan deliveries share of express volume', None, None, None, FJO, SPB),
        ('18.8 billion pieces', 1, 18.8e9, 'count', 'express delivery volume', None, None, None, OA, SPB),
        ('13.4%', 1, 13.4, 'percent', 'express delivery volume', 'increase', 'year_on_year', None, OA, SPB),
        ('600 million pieces', 1, 600e6, 'count', 'average daily express delivery volume', None, None, 'more_than', OA, SPB),
        ('13.9 billion', 1, 13.9e9, 'count', 'parcels handled by the express industry', None, None, None, P('from October 20 to November 11', '2025-10-20', '2025-11-11'), SPB),
        ('777 million', 1, 777e6, 'count', 'daily peak of parcels handled', None, None, None, P('on November 11', '2025-11-11', '2025-11-11'), SPB),
        ('76.0%', 1, 76.0, 'percent', 'eastern region share of express delivery volume', None, None, None, None, SPB),
        ('15.7%', 1, 15.7, 'percent', 'central region share of express delivery volume', None, None, None, None, SPB),
        ('8.3%', 1, 8.3, 'percent', 'western region share of express delivery volume', None, None, None, None, SPB),
        ('21.2%', 1, 21.2, 'percent', 'business volume in the central region', 'increase', None, None, None, SPB),
        ('6.3%', 1, 6.3, 'percent', 'online retail sales of physical goods', 'increase', 'year_on_year', None, P('from January to October', '2025-01-01', '2025-10-31'), NBS),
        ('24.8%', 1, 24.8, 'percent', 'online retail sales of physical goods share of total retail sales of consumer goods', None, None, None, P('from January to October', '2025-01-01', '2025-10-31'), NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
