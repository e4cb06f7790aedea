# ruff: noqa: E501, RUF001
"""Write corpus/annotated_36/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_36.py corpus/annotated_36
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
BOE = "Bank of England"
HMT = "HM Treasury"
BSP = "Bangko Sentral ng Pilipinas"
PSA = "Philippine Statistics Authority"
FS = "FactSet"
LSEG = "LSEG"
KC = "Federal Reserve Bank of Kansas City"
BBG = "Bloomberg"
MIC = "Ministry of Internal Affairs and Communications"
TE = "Trading Economics"
META = "Meta Platforms"
MSFT = "Microsoft"
GOOGL = "Alphabet"
CMG = "Chipotle Mexican Grill"
FED = "Federal Reserve"
CME = "CME Group"
NPCI = "National Payments Corporation of India"
NHAI = "National Highways Authority of India"
GOI = "Government of India"
NVE = "Norwegian Water Resources and Energy Directorate"
ENTSOE = "European Network of Transmission System Operators for Electricity"
NP = "Nord Pool"
PBOC = "People's Bank of China"

# 3601 ONS housing affordability (ref Monday 2025-03-24)
Y24 = Y("in 2024", 2024)
Y23 = Y("in 2023", 2023)
IY24 = Y("In 2024", 2024)
YES = P("in the year ending September 2024", "2023-10-01", "2024-09-30")
# 3602 Reuters 1987 (ref Tuesday 1987-04-07)
BMAR = per("in the banking month of March", 1987, 3)
MAR = per("in March", 1987, 3)
FEB = per("in February", 1987, 2)
# 3603 Reuters 2025 (ref Thursday 2025-12-11)
THU = P("on Thursday", "2025-12-11", "2025-12-11")
# 3604 CNBC (ref Friday 2025-11-07)
FTQ = Q("For the third quarter", 2025, 3)
FTQL = Q("for the third quarter", 2025, 3)
ITQ = Q("in the third quarter", 2025, 3)
FFQ = Q("For the fourth quarter", 2025, 4)
# 3605 MT Newswires (ref Thursday 2025-11-20)
KNOV = per("in November", 2025, 11)
KOCT = per("in October", 2025, 10)
# 3606 Trading Economics (ref Friday 2025-12-05)
O25 = per("in October 2025", 2025, 10)
JOCT = per("in October", 2025, 10)
JSEP = per("in September", 2025, 9)
# 3607 Investing.com (ref Thursday 2025-10-30)
ET = P("By 10:20 ET", None, None)
TQA = Q("third-quarter", 2025, 3)
WED = P("on Wednesday", "2025-10-29", "2025-10-29")
# 3608 Business Standard (ref Monday 2025-11-03)
BOCT = per("in October", 2025, 10)
HOCT = per("in Oct", 2025, 10)
DTM = per("during the month", 2025, 10)
EOCT = P("by the end of October", "2025-10-31", "2025-10-31")
# 3609 DG ENER (ref Tuesday 2026-01-20)
ES25 = P("At the end of September 2025", "2025-09-30", "2025-09-30")
EQ = P("at the end of the quarter", "2025-09-30", "2025-09-30")
TQ25 = Q("in the third quarter of 2025", 2025, 3)
ITQ25 = Q("In the third quarter", 2025, 3)
Q325 = Q("in Q3 2025", 2025, 3)
# 3610 PBOC/NBS (ref Thursday 2025-11-13)
EO = P("at the end of October", "2025-10-31", "2025-10-31")
AEO = P("At the end of October", "2025-10-31", "2025-10-31")
F10 = P("In the first ten months", "2025-01-01", "2025-10-31")
F10L = P("in the first ten months", "2025-01-01", "2025-10-31")
IOCT = per("In October", 2025, 10)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_house_price_affordability.txt': [
        ('7.7 times', 1, 7.7, 'times', 'affordability ratio in England', 'decrease', None, 'approximately', Y24, None),
        ('8.3 times', 1, 8.3, 'times', 'affordability ratio in England', None, None, None, Y23, None),
        ('5.9', 1, 5.9, 'times', 'ratio of median house price to median workplace-based earnings in Wales', 'decrease', None, None, Y24, None),
        ('6.1', 1, 6.1, 'times', 'ratio of median house price to median workplace-based earnings in Wales', None, None, None, Y('in the previous year', 2023), None),
        ('287', 1, 287, 'count', 'local authorities where housing affordability improved', None, None, None, Y24, None),
        ('£290,000', 1, 290000, 'GBP', 'median price paid for a home in England', None, None, None, YES, ONS),
        ('7.2%', 1, 7.2, 'percent', 'median gross annual workplace-based earnings for full-time employees', 'increase', 'year_on_year', None, YES, ONS),
        ('£37,617', 1, 37617, 'GBP', 'median gross annual workplace-based earnings for full-time employees', 'increase', None, None, YES, ONS),
        ('1.5%', 1, 1.5, 'percent', 'median house price in Wales', 'decrease', 'year_on_year', None, YES, ONS),
        ('£197,000', 1, 197000, 'GBP', 'median house price in Wales', 'decrease', None, None, YES, ONS),
        ('5.9%', 1, 5.9, 'percent', 'earnings in Wales', 'increase', 'year_on_year', None, YES, ONS),
        ('£33,400', 1, 33400, 'GBP', 'earnings in Wales', 'increase', None, None, YES, ONS),
        ('11.1', 1, 11.1, 'times', 'affordability ratio in London', None, None, None, None, ONS),
        ('9.7', 1, 9.7, 'times', 'affordability ratio in the South East', None, None, None, None, ONS),
        ('8.9', 1, 8.9, 'times', 'affordability ratio in the East of England', None, None, None, None, ONS),
        ('5.0', 1, 5.0, 'times', 'affordability ratio in the North East', None, None, None, None, ONS),
        ('27.1', 1, 27.1, 'times', 'affordability ratio in Kensington and Chelsea', None, None, None, IY24, ONS),
        ('3.9', 1, 3.9, 'times', 'affordability ratio in Blaenau Gwent', None, None, None, IY24, ONS),
        ('7.2', 2, 7.2, 'times', 'lower quartile affordability ratio in England', 'decrease', None, None, Y24, ONS),
        ('7.6', 1, 7.6, 'times', 'lower quartile affordability ratio in England', None, None, None, Y23, ONS),
        ('two-thirds', 1, 0.6667, 'fraction', 'share of local authorities in England with a ratio above 6.0', None, None, 'approximately', Y24, ONS),
        ('3.5 times', 1, 3.5, 'times', 'affordability ratio in England', None, None, 'approximately', Y('in 1997', 1997), ONS),
    ],
    'wire_1987_uk_sterling_m3.txt': [
        ('1.8 PCT', 1, 1.8, 'percent', 'U.K. sterling M3', 'increase', None, None, per('IN MARCH', 1987, 3), BOE),
        ('1.8 pct', 1, 1.8, 'percent', 'sterling M3', 'increase', None, None, BMAR, BOE),
        ('0.9 pct', 1, 0.9, 'percent', 'sterling M3', 'increase', None, None, FEB, BOE),
        ('19.2 pct', 1, 19.2, 'percent', 'sterling M3', 'increase', 'year_on_year', None, per('in the year to March', 1987, 3), BOE),
        ('18.1 pct', 1, 18.1, 'percent', 'sterling M3', None, 'year_on_year', None, per('in the year to February', 1987, 2), BOE),
        ('11', 1, 11, 'percent', 'target range for sterling M3 growth', None, None, None, P('for the 1986/87 financial year', '1986-04-01', '1987-03-31'), None),
        ('15 pct', 1, 15, 'percent', 'target range for sterling M3 growth', None, None, None, P('for the 1986/87 financial year', '1986-04-01', '1987-03-31'), None),
        ('1.0', 1, 1.0, 'percent', 'sterling M3', 'increase', None, None, MAR, None),
        ('1.3 pct', 1, 1.3, 'percent', 'sterling M3', 'increase', None, None, MAR, None),
        ('0.3 pct', 1, 0.3, 'percent', 'narrow money, M0', 'decrease', 'month_on_month', None, MAR, BOE),
        ('4.4 pct', 1, 4.4, 'percent', 'narrow money, M0', 'increase', 'year_on_year', None, MAR, BOE),
        ('4.9 pct', 1, 4.9, 'percent', 'narrow money, M0', None, 'year_on_year', None, FEB, BOE),
        ('two', 1, 2, 'percent', 'target range for M0', None, None, None, P('for 1987/88', '1987-04-01', '1988-03-31'), HMT),
        ('six pct', 1, 6, 'percent', 'target range for M0', None, None, None, P('for 1987/88', '1987-04-01', '1988-03-31'), HMT),
        ('3.46 billion stg', 1, 3.46e9, 'GBP', 'sterling bank lending to the private sector', 'increase', None, None, MAR, BOE),
        ('2.11 billion', 1, 2.11e9, 'GBP', 'sterling bank lending to the private sector', None, None, None, FEB, BOE),
        ('0.8 billion stg', 1, 0.8e9, 'GBP', 'public sector borrowing requirement repayment', None, None, None, MAR, BOE),
        ('148.6 billion stg', 1, 148.6e9, 'GBP', 'sterling M3', None, None, None, P('at the end of March', '1987-03-31', '1987-03-31'), BOE),
        ('1.6135 dlrs', 1, 1.6135, 'USD', 'sterling', 'decrease', None, None, P('on Tuesday', '1987-04-07', '1987-04-07'), BOE),
        ('1.6210 dlrs', 1, 1.6210, 'USD', 'sterling', None, None, None, P("at Monday's close", '1987-04-06', '1987-04-06'), BOE),
    ],
    'wire_2025_philippine_bsp_rate_decision.txt': [
        ('4.50%', 1, 4.50, 'percent', 'Philippine central bank key rate', 'decrease', None, None, None, BSP),
        ('25 basis points', 1, 25, 'basis_point', 'benchmark interest rate', 'decrease', None, None, THU, BSP),
        ('4.50%', 2, 4.50, 'percent', 'benchmark interest rate', 'decrease', None, None, THU, BSP),
        ('4.00%', 1, 4.00, 'percent', 'overnight deposit facility rate', 'decrease', None, None, None, None),
        ('5.00%', 1, 5.00, 'percent', 'overnight lending facility rate', 'decrease', None, None, None, None),
        ('200 basis points', 1, 200, 'basis_point', 'key rate', 'decrease', None, None, P('since August 2024', '2024-08-01', '2025-12-11'), BSP),
        ('Twenty', 1, 20, 'count', 'economists predicting the cut', None, None, None, None, 'Reuters'),
        ('23', 1, 23, 'count', 'economists in a Reuters poll', None, None, None, None, 'Reuters'),
        ('three', 1, 3, 'count', 'economists expecting no change', None, None, None, None, 'Reuters'),
        ('3.0%', 1, 3.0, 'percent', 'risk-adjusted inflation', 'decrease', None, None, Y('for 2026', 2026), BSP),
        ('3.2%', 1, 3.2, 'percent', 'risk-adjusted inflation', None, None, None, Y('for 2026', 2026), BSP),
        ('1.7%', 1, 1.7, 'percent', 'average inflation', None, None, None, Y('this year', 2025), BSP),
        ('2%', 1, 2, 'percent', 'inflation target range', None, None, None, None, BSP),
        ('4%', 1, 4, 'percent', 'inflation target range', None, None, None, None, BSP),
        ('3.2%', 2, 3.2, 'percent', 'baseline inflation', None, None, None, Y('for 2027', 2027), BSP),
        ('1.5%', 1, 1.5, 'percent', 'annual inflation', 'decrease', 'year_on_year', None, per('in November', 2025, 11), PSA),
        ('1.7%', 2, 1.7, 'percent', 'annual inflation', None, 'year_on_year', None, per('in October', 2025, 10), PSA),
        ('1.6%', 1, 1.6, 'percent', 'average inflation', None, 'year_on_year', None, P('for the first 11 months', '2025-01-01', '2025-11-30'), PSA),
        ('4.0%', 1, 4.0, 'percent', 'economy', 'increase', 'year_on_year', None, Q('in the third quarter', 2025, 3), PSA),
        ('25 basis point', 2, 25, 'basis_point', 'further rate cut', 'decrease', None, None, Y('in 2026', 2026), BSP),
        ('58.92', 1, 58.92, 'PHP', 'peso', None, None, None, THU, PSA),
        ('1.8%', 1, 1.8, 'percent', 'peso', 'decrease', None, 'approximately', P('so far this year', '2025-01-01', '2025-12-11'), PSA),
    ],
    'cnbc_style_q3_earnings_season.txt': [
        ('13%', 1, 13, 'percent', 'earnings', 'increase', None, None, Q('Third-quarter', 2025, 3), None),
        ('91%', 1, 91, 'percent', 'share of S&P 500 companies having reported', None, None, None, FTQ, FS),
        ('83%', 1, 83, 'percent', 'share of S&P 500 companies with earnings per share above estimates', None, None, None, FTQ, FS),
        ('78%', 1, 78, 'percent', 'five-year average share of companies beating EPS estimates', None, None, None, FTQ, FS),
        ('75%', 1, 75, 'percent', '10-year average share of companies beating EPS estimates', None, None, None, FTQ, FS),
        ('13.1%', 1, 13.1, 'percent', 'S&P 500 earnings', 'increase', 'year_on_year', None, FTQL, FS),
        ('7.9%', 1, 7.9, 'percent', 'S&P 500 earnings', 'increase', 'year_on_year', None, Q('for the quarter', 2025, 3), None),
        ('77%', 1, 77, 'percent', 'share of companies reporting sales above estimates', None, None, None, ITQ, FS),
        ('8.3%', 1, 8.3, 'percent', 'revenue', 'increase', 'year_on_year', None, ITQ, FS),
        ('6.4%', 1, 6.4, 'percent', 'earnings', 'increase', None, None, FTQL, FS),
        ('Eight', 1, 8, 'count', 'sectors reporting year-over-year growth', None, None, None, FTQL, FS),
        ('27.5%', 1, 27.5, 'percent', 'information technology sector earnings', 'increase', 'year_on_year', None, FTQL, FS),
        ('2.1%', 1, 2.1, 'percent', 'energy sector earnings', 'decrease', 'year_on_year', None, FTQL, FS),
        ('14.6%', 1, 14.6, 'percent', 'earnings', 'increase', None, None, Q('third-quarter', 2025, 3), LSEG),
        ('41', 1, 41, 'count', 'S&P 500 companies issuing negative EPS guidance', None, None, None, FFQ, FS),
        ('33', 1, 33, 'count', 'S&P 500 companies issuing positive EPS guidance', None, None, None, FFQ, FS),
        ('7.4%', 1, 7.4, 'percent', 'earnings', 'increase', None, None, P('for the period', '2025-10-01', '2025-12-31'), None),
        ('22.7', 1, 22.7, 'times', 'forward 12-month price-to-earnings ratio for the S&P 500', None, None, None, None, FS),
        ('19.9', 1, 19.9, 'times', 'five-year average forward 12-month price-to-earnings ratio', None, None, None, None, FS),
        ('18.6', 1, 18.6, 'times', '10-year average forward 12-month price-to-earnings ratio', None, None, None, None, FS),
    ],
    'mt_newswires_kansas_city_fed_manufacturing.txt': [
        ('8', 1, 8, 'index_point', 'Kansas City Fed Manufacturing Index', 'increase', None, None, KNOV, None),
        ('8', 2, 8, 'index_point', 'month-over-month composite index', 'increase', None, None, KNOV, KC),
        ('6', 1, 6, 'index_point', 'month-over-month composite index', None, None, None, KOCT, KC),
        ('4', 1, 4, 'index_point', 'month-over-month composite index', None, None, None, KNOV, BBG),
        ('14', 1, 14, 'index_point', 'production index', 'increase', None, None, None, KC),
        ('3', 1, 3, 'index_point', 'production index', None, None, None, None, KC),
        ('7 points', 1, 7, 'index_point', 'new orders index', 'increase', None, None, None, KC),
        ('10', 1, 10, 'index_point', 'new orders index', 'increase', None, None, None, KC),
        ('9', 1, 9, 'index_point', 'shipments index', 'increase', None, None, None, KC),
        ('-3', 1, -3, 'index_point', 'employment index', 'decrease', None, None, None, KC),
        ('1', 1, 1, 'index_point', 'employment index', None, None, None, KOCT, KC),
        ('5 points', 1, 5, 'index_point', 'raw materials inventory index', 'decrease', None, None, None, KC),
        ('-8', 1, -8, 'index_point', 'raw materials inventory index', 'decrease', None, None, None, KC),
        ('2', 1, 2, 'index_point', 'year-over-year composite index', 'increase', None, None, KNOV, KC),
        ('-4', 1, -4, 'index_point', 'year-over-year composite index', None, None, None, KOCT, KC),
        ('38', 1, 38, 'index_point', 'month-over-month raw materials prices index', 'decrease', None, None, KNOV, KC),
        ('45', 1, 45, 'index_point', 'month-over-month raw materials prices index', None, None, None, KOCT, KC),
        ('19', 1, 19, 'index_point', 'finished product prices index', None, None, None, KNOV, KC),
        ('15', 1, 15, 'index_point', 'future composite index', 'decrease', None, None, None, KC),
        ('18', 1, 18, 'index_point', 'future composite index', None, None, None, None, KC),
        ('24', 1, 24, 'index_point', 'future production index', None, None, None, None, KC),
        ('58%', 1, 58, 'percent', 'share of firms saying tariffs raised their input costs', None, None, None, None, KC),
        ('a third', 1, 0.3333, 'fraction', 'share of firms planning to raise selling prices', None, None, 'approximately', None, KC),
        ('87', 1, 87, 'count', 'manufacturers responding to the survey', None, None, None, P('between Nov. 5 and Nov. 17', '2025-11-05', '2025-11-17'), KC),
    ],
    'trading_economics_style_japan_household_spending.txt': [
        ('3.0%', 1, 3.0, 'percent', 'household spending in Japan', 'decrease', 'year_on_year', None, O25, MIC),
        ('1.8%', 1, 1.8, 'percent', 'household spending in Japan', 'increase', 'year_on_year', None, per('in the previous month', 2025, 9), MIC),
        ('1.0%', 1, 1.0, 'percent', 'household spending in Japan', 'increase', 'year_on_year', None, O25, None),
        ('-9.8%', 1, -9.8, 'percent', 'spending on housing', 'decrease', 'year_on_year', None, O25, MIC),
        ('+2.1%', 1, 2.1, 'percent', 'spending on housing', 'increase', 'year_on_year', None, JSEP, MIC),
        ('-1.4%', 1, -1.4, 'percent', 'spending on food', 'decrease', 'year_on_year', None, O25, MIC),
        ('-0.6%', 1, -0.6, 'percent', 'spending on food', 'decrease', 'year_on_year', None, JSEP, MIC),
        ('-6.2%', 1, -6.2, 'percent', 'spending on clothing and footwear', 'decrease', 'year_on_year', None, O25, MIC),
        ('-1.1%', 1, -1.1, 'percent', 'spending on clothing and footwear', 'decrease', 'year_on_year', None, JSEP, MIC),
        ('-3.5%', 1, -3.5, 'percent', 'spending on culture and recreation', 'decrease', 'year_on_year', None, O25, MIC),
        ('4.0%', 1, 4.0, 'percent', 'spending on culture and recreation', None, 'year_on_year', None, JSEP, MIC),
        ('5.1%', 1, 5.1, 'percent', 'outlays for transport and communication', 'increase', 'year_on_year', None, O25, MIC),
        ('9.7%', 1, 9.7, 'percent', 'outlays for transport and communication', None, 'year_on_year', None, JSEP, MIC),
        ('1.9%', 1, 1.9, 'percent', 'outlays for medical care', 'increase', 'year_on_year', None, O25, MIC),
        ('3.3%', 1, 3.3, 'percent', 'outlays for medical care', None, 'year_on_year', None, JSEP, MIC),
        ('3.5%', 1, 3.5, 'percent', 'household spending', 'decrease', 'month_on_month', None, JOCT, MIC),
        ('4.2%', 1, 4.2, 'percent', 'household spending', 'increase', 'month_on_month', None, JSEP, MIC),
        ('1.0%', 2, 1.0, 'percent', 'household spending', 'decrease', 'month_on_month', None, JOCT, None),
        ('299,150 yen', 1, 299150, 'JPY', 'average monthly spending among households of two or more people', None, None, None, JOCT, MIC),
        ('1.3%', 1, 1.3, 'percent', 'average monthly spending among households of two or more people', 'decrease', 'year_on_year', None, JOCT, MIC),
        ('0.37 percent', 1, 0.37, 'percent', 'Household Spending YoY in Japan average', None, None, None, P('from 2002 until 2025', '2002-01-01', '2025-12-31'), MIC),
        ('13.00 percent', 1, 13.00, 'percent', 'Household Spending YoY in Japan all time high', None, None, None, per('in May of 2021', 2021, 5), MIC),
        ('-16.20 percent', 1, -16.20, 'percent', 'Household Spending YoY in Japan record low', 'decrease', None, None, per('in May of 2020', 2020, 5), MIC),
        ('0.80 percent', 1, 0.80, 'percent', 'Household Spending YoY in Japan', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('1.00 percent', 1, 1.00, 'percent', 'Japan Household Spending YoY', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('0.70 percent', 1, 0.70, 'percent', 'Japan Household Spending YoY', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_us_stocks_earnings_day.txt': [
        ('156 points', 1, 156, 'index_point', 'Dow Jones Industrial Average', 'decrease', None, None, ET, None),
        ('0.3%', 1, 0.3, 'percent', 'Dow Jones Industrial Average', 'decrease', None, None, ET, None),
        ('0.7%', 1, 0.7, 'percent', 'S&P 500 index', 'decrease', None, None, ET, None),
        ('1.2%', 1, 1.2, 'percent', 'NASDAQ Composite', 'decrease', None, None, ET, None),
        ('10.6%', 1, 10.6, 'percent', 'Meta Platforms', 'decrease', None, None, None, META),
        ('26%', 1, 26, 'percent', 'revenue', 'increase', 'year_on_year', None, TQA, META),
        ('$51.24 billion', 1, 51.24e9, 'USD', 'revenue', 'increase', None, None, TQA, META),
        ('$15.93 billion', 1, 15.93e9, 'USD', 'one-time tax charge', None, None, None, Q('in the quarter', 2025, 3), META),
        ('$70 billion', 1, 70e9, 'USD', 'capital expenditures', None, None, None, Y('this year', 2025), META),
        ('$72 billion', 1, 72e9, 'USD', 'capital expenditures', None, None, None, Y('this year', 2025), META),
        ('3.1%', 1, 3.1, 'percent', 'Microsoft', 'decrease', None, None, None, MSFT),
        ('40%', 1, 40, 'percent', 'revenue at Azure cloud unit', 'increase', None, None, Q('in the September quarter', 2025, 3), MSFT),
        ('38.9%', 1, 38.9, 'percent', 'revenue at Azure cloud unit', None, None, None, Q('in the September quarter', 2025, 3), None),
        ('$34.9 billion', 1, 34.9e9, 'USD', 'capital expenditures', None, None, None, Q('for the quarter', 2025, 3), MSFT),
        ('6.4%', 1, 6.4, 'percent', 'Alphabet', 'increase', None, None, None, GOOGL),
        ('16%', 1, 16, 'percent', 'revenue', 'increase', None, None, TQA, GOOGL),
        ('$102.35 billion', 1, 102.35e9, 'USD', 'revenue', 'increase', None, None, TQA, GOOGL),
        ('18%', 1, 18, 'percent', 'Chipotle Mexican Grill', 'decrease', None, None, None, CMG),
        ('25 basis points', 1, 25, 'basis_point', 'benchmark rate', 'decrease', None, None, WED, FED),
        ('3.75%', 1, 3.75, 'percent', 'benchmark rate', 'decrease', None, None, WED, FED),
        ('4.00%', 1, 4.00, 'percent', 'benchmark rate', 'decrease', None, None, WED, FED),
        ('68%', 1, 68, 'percent', 'chance of a December cut', 'decrease', None, None, per('December', 2025, 12), CME),
        ('90%', 1, 90, 'percent', 'chance of a December cut', None, None, 'approximately', P('a week earlier', '2025-10-23', '2025-10-23'), CME),
    ],
    'business_standard_style_fastag_toll_collections.txt': [
        ('14%', 1, 14, 'percent', 'FASTag toll collections', 'increase', None, None, HOCT, None),
        ('₹6,686 crore', 1, 6686e7, 'INR', 'FASTag toll collections', 'increase', None, None, HOCT, None),
        ('8%', 1, 8, 'percent', 'volumes', 'increase', None, None, HOCT, None),
        ('14 per cent', 1, 14, 'percent', 'toll collections through FASTag', 'increase', 'year_on_year', None, BOCT, NPCI),
        ('₹6,686 crore', 2, 6686e7, 'INR', 'toll collections through FASTag', 'increase', None, None, BOCT, NPCI),
        ('8 per cent', 1, 8, 'percent', 'transaction volumes on the National Electronic Toll Collection (NETC) system', 'increase', 'year_on_year', None, BOCT, NPCI),
        ('38.4 crore', 1, 384e6, 'count', 'transaction volumes on the National Electronic Toll Collection (NETC) system', 'increase', None, None, BOCT, NPCI),
        ('35.6 crore', 1, 356e6, 'count', 'transaction volumes on the National Electronic Toll Collection (NETC) system', None, None, None, per('a year earlier', 2024, 10), NPCI),
        ('4.6 per cent', 1, 4.6, 'percent', 'transaction volumes on the NETC system', 'increase', 'month_on_month', None, BOCT, NPCI),
        ('6.2 per cent', 1, 6.2, 'percent', 'transaction value on the NETC system', 'increase', 'month_on_month', None, BOCT, NPCI),
        ('₹216 crore', 1, 216e7, 'INR', 'daily average collections', None, None, None, DTM, NPCI),
        ('₹205 crore', 1, 205e7, 'INR', 'daily average collections', None, None, None, per('in September', 2025, 9), NPCI),
        ('1.24 crore', 1, 12.4e6, 'count', 'average daily transactions', None, None, None, DTM, NPCI),
        ('₹44,210 crore', 1, 44210e7, 'INR', 'FASTag collections', None, None, None, P('During April-October of FY26', '2025-04-01', '2025-10-31'), NPCI),
        ('11.8 per cent', 1, 11.8, 'percent', 'FASTag collections', 'increase', 'year_on_year', None, P('During April-October of FY26', '2025-04-01', '2025-10-31'), NPCI),
        ('₹39,540 crore', 1, 39540e7, 'INR', 'FASTag collections', None, None, None, P('in the corresponding period of FY25', '2024-04-01', '2024-10-31'), NPCI),
        ('₹3,000', 1, 3000, 'INR', 'price of the FASTag annual pass', None, None, None, None, NHAI),
        ('25 lakh', 1, 2.5e6, 'count', 'users of the FASTag annual pass', None, None, 'more_than', EOCT, NHAI),
        ('a fifth', 1, 0.2, 'fraction', 'annual pass share of car transactions at national highway plazas', None, None, 'approximately', EOCT, NHAI),
        ('98 per cent', 1, 98, 'percent', 'FASTag penetration', None, None, 'more_than', None, NHAI),
        ('25', 3, 25, 'count', 'plazas with barrier-free multi-lane free flow tolling', None, None, None, P('by the end of March 2026', '2026-03-31', '2026-03-31'), GOI),
    ],
    'eu_energy_style_hydro_reservoirs_nordic_prices.txt': [
        ('82%', 1, 82, 'percent', 'hydro reservoirs in the Nordic region', None, None, None, ES25, None),
        ('5 percentage points', 1, 5, 'percentage_point', 'hydro reservoirs in the Nordic region', 'decrease', None, None, ES25, None),
        ('79.4%', 1, 79.4, 'percent', 'Norwegian reservoirs', None, None, None, EQ, NVE),
        ('88.1%', 1, 88.1, 'percent', 'Norwegian reservoirs', None, None, None, P('a year earlier', '2024-09-30', '2024-09-30'), NVE),
        ('84.6%', 1, 84.6, 'percent', 'Swedish reservoirs', None, None, None, EQ, NVE),
        ('28.7 TWh', 1, 28.7, 'terawatt hour', 'hydro generation in Norway', None, None, None, TQ25, ENTSOE),
        ('7%', 1, 7, 'percent', 'hydro generation in Norway', 'decrease', 'year_on_year', None, TQ25, ENTSOE),
        ('4%', 1, 4, 'percent', 'Swedish hydro output', 'decrease', 'year_on_year', None, TQ25, ENTSOE),
        ('15.2 TWh', 1, 15.2, 'terawatt hour', 'Swedish hydro output', 'decrease', None, None, TQ25, ENTSOE),
        ('34 €/MWh', 1, 34, 'EUR', 'Nordic system price', None, None, None, ITQ25, NP),
        ('21%', 1, 21, 'percent', 'Nordic system price', 'increase', 'year_on_year', None, ITQ25, NP),
        ('61 €/MWh', 1, 61, 'EUR', 'southern Norwegian price area NO2', None, None, None, ITQ25, NP),
        ('12 €/MWh', 1, 12, 'EUR', 'northern Swedish SE1', None, None, None, ITQ25, NP),
        ('14 €/MWh', 1, 14, 'EUR', 'northern Swedish SE2', None, None, None, ITQ25, NP),
        ('47 €/MWh', 1, 47, 'EUR', 'Nordic system price', 'increase', None, None, per('in October', 2025, 10), NP),
        ('6.1 TWh', 1, 6.1, 'terawatt hour', "Norway's net electricity exports", None, None, None, Q325, NP),
        ('a third', 1, 0.3333, 'fraction', "Norway's net electricity exports", 'decrease', 'year_on_year', 'approximately', Q325, NP),
        ('46%', 1, 46, 'percent', 'Iberian reservoirs', None, None, None, P('at the end of September', '2025-09-30', '2025-09-30'), None),
        ('91%', 1, 91, 'percent', 'Alpine storage in Switzerland and Austria', None, None, None, P('on 14 September', '2025-09-14', '2025-09-14'), None),
    ],
    'nbs_style_pboc_financial_statistics.txt': [
        ('8.2 percent', 1, 8.2, 'percent', 'M2', 'increase', None, None, per('for October 2025', 2025, 10), None),
        ('14.97 trillion yuan', 1, 14.97e12, 'CNY', 'new RMB loans', None, None, None, F10L, None),
        ('335.13 trillion yuan', 1, 335.13e12, 'CNY', 'broad money (M2)', None, None, None, EO, PBOC),
        ('8.2 percent', 2, 8.2, 'percent', 'broad money (M2)', 'increase', 'year_on_year', None, EO, PBOC),
        ('112 trillion yuan', 1, 112e12, 'CNY', 'narrow money (M1)', None, None, None, EO, PBOC),
        ('6.2 percent', 1, 6.2, 'percent', 'narrow money (M1)', 'increase', 'year_on_year', None, EO, PBOC),
        ('13.55 trillion yuan', 1, 13.55e12, 'CNY', 'currency in circulation (M0)', None, None, None, EO, PBOC),
        ('10.6 percent', 1, 10.6, 'percent', 'currency in circulation (M0)', 'increase', 'year_on_year', None, EO, PBOC),
        ('725.3 billion yuan', 1, 725.3e9, 'CNY', 'net cash injection', None, None, None, F10, PBOC),
        ('270.61 trillion yuan', 1, 270.61e12, 'CNY', 'RMB loans', None, None, None, AEO, PBOC),
        ('6.5 percent', 1, 6.5, 'percent', 'RMB loans', 'increase', 'year_on_year', None, AEO, PBOC),
        ('14.97 trillion yuan', 2, 14.97e12, 'CNY', 'RMB loans', 'increase', None, None, F10, PBOC),
        ('220.1 billion yuan', 1, 220.1e9, 'CNY', 'RMB loans', 'decrease', None, None, IOCT, PBOC),
        ('362.2 billion yuan', 1, 362.2e9, 'CNY', 'household loans', 'decrease', None, None, IOCT, PBOC),
        ('437.72 trillion yuan', 1, 437.72e12, 'CNY', 'stock of total social financing (TSF)', None, None, None, AEO, PBOC),
        ('8.5 percent', 1, 8.5, 'percent', 'stock of total social financing (TSF)', 'increase', 'year_on_year', None, AEO, PBOC),
        ('30.9 trillion yuan', 1, 30.9e12, 'CNY', 'increment of TSF', None, None, None, F10L, PBOC),
        ('3.83 trillion yuan', 1, 3.83e12, 'CNY', 'increment of TSF', 'increase', 'year_on_year', None, F10L, PBOC),
        ('12.06 trillion yuan', 1, 12.06e12, 'CNY', 'net financing of government bonds', None, None, None, F10L, PBOC),
        ('3.5 trillion yuan', 1, 3.5e12, 'CNY', 'net financing of government bonds', 'increase', 'year_on_year', None, F10L, PBOC),
        ('3.1 percent', 1, 3.1, 'percent', 'weighted average interest rate of new corporate loans', None, None, None, IOCT, PBOC),
        ('0.5 percentage points', 1, 0.5, 'percentage_point', 'weighted average interest rate of new corporate loans', 'decrease', 'year_on_year', None, IOCT, PBOC),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
