# ruff: noqa: E501, RUF001
"""Write corpus/annotated_54/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_54.py corpus/annotated_54
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
FSO = "Federal Statistical Office"
INE = "National Statistics Institute"
CBC = "Central Bank of Chile"
JPM = "JPMorgan Chase"
SA = "StreetAccount"
DOL = "U.S. Department of Labor"
BBG = "Bloomberg"
NESDC = "National Economic and Social Development Council"
TE = "Trading Economics"
OPECP = "OPEC+"
EIA = "U.S. Energy Information Administration"
MS = "Morgan Stanley"
NUV = "Nuvama Institutional Equities"
CRISIL = "Crisil Ratings"
DAL = "Dalmia Bharat"
JK = "JK Cement"
EHPA = "European Heat Pump Association"
EC = "European Commission"
CPCA = "China Passenger Car Association"

# 5401 ONS real-time indicators (ref Thursday 2025-11-27); card weeks run Friday to Thursday
W20M = P("in the week to 20 November 2025", "2025-11-14", "2025-11-20")
W20 = P("In the week to 20 November 2025", "2025-11-14", "2025-11-20")
PREVW = P("in the previous week", "2025-11-07", "2025-11-13")
THATW = P("for that week", "2025-11-07", "2025-11-13")
FOURW = P("In the four weeks to 20 November 2025", "2025-10-24", "2025-11-20")
FOURWY = P("over the same period a year earlier", "2024-10-24", "2024-11-20")
FRI14 = P("On Friday 14 November 2025", "2025-11-14", "2025-11-14")
# 5402 Reuters 1987 (ref Wednesday 1987-05-20)
HAPR = per("IN APRIL", 1987, 4)
APR = per("in April", 1987, 4)
MAR = per("In March", 1987, 3)
IAPR = per("In April", 1987, 4)
# 5403 Reuters 2025 (ref Monday 2025-12-08)
NOV = per("in November", 2025, 11)
INOV = per("In November", 2025, 11)
T12 = per("In the 12 months through November", 2025, 11)
# 5404 CNBC (ref Tuesday 2025-10-14)
CQ = Q("in the quarter ended Sept. 30", 2025, 3)
CYE = Q("a year earlier", 2024, 3)
CTQ = Q("in the third quarter", 2025, 3)
CIP = Q("in the period", 2025, 3)
FY = Y("full-year", 2025)
# 5405 MT Newswires (ref Thursday 2025-12-11)
W6 = P("in the week ended Dec. 6", "2025-11-30", "2025-12-06")
PW = P("For the prior week", "2025-11-23", "2025-11-29")
LW = P("in the latest week", "2025-11-30", "2025-12-06")
W29 = P("in the week ended Nov. 29", "2025-11-23", "2025-11-29")
IW29 = P("In the week ended Nov. 29", "2025-11-23", "2025-11-29")
WB = P("the week before", "2025-11-16", "2025-11-22")
# 5406 Trading Economics (ref Monday 2025-11-17)
TQ3 = Q("in Q3 2025", 2025, 3)
IQ3 = Q("in Q3", 2025, 3)
IQ2 = Q("in Q2", 2025, 2)
INQ = Q("in the quarter", 2025, 3)
TMS = P("in the three months to September", "2025-07-01", "2025-09-30")
# 5407 Investing.com (ref Monday 2025-11-03)
ET = P("By 04:10 ET", None, None)
DECM = per("December", 2025, 12)
W24 = P("in the week ended Oct. 24", "2025-10-18", "2025-10-24")
# 5408 Business Standard (ref Tuesday 2026-01-27); Q3 of FY26 is October-December 2025
HQ3 = Q("in Q3", 2025, 4)
Q3F = Q("in the October-December quarter (Q3FY26)", 2025, 4)
BQ3 = Q("In Q3", 2025, 4)
FY26 = P("For FY26", "2025-04-01", "2026-03-31")
FQ3 = Q("for Q3FY26", 2025, 4)
# 5409 DG ENER (ref Wednesday 2026-04-15)
Y25 = Y("in 2025", 2025)
E25 = P("at the end of 2025", "2025-12-31", "2025-12-31")
# 5410 CPCA (ref Tuesday 2025-12-09)
CNOV = per("in November", 2025, 11)
JN = P("From January to November", "2025-01-01", "2025-11-30")
NT = per("November", 2025, 11)
CINOV = per("In November", 2025, 11)
INM = per("in the month", 2025, 11)
CDEC = per("in December", 2025, 12)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_consumer_card_spending.txt': [
        ('4 percentage points', 1, 4, 'percentage_point', 'aggregate CHAPS-based indicator of debit and credit card spending', 'increase', None, None, W20M, None),
        ('98%', 1, 98, 'percent', 'aggregate CHAPS-based indicator of debit and credit card spending', 'increase', None, None, W20M, None),
        ('98%', 2, 98, 'percent', 'aggregate card spending', 'increase', None, None, W20, ONS),
        ('94%', 1, 94, 'percent', 'aggregate card spending', None, None, None, PREVW, ONS),
        ('95%', 1, 95, 'percent', 'aggregate card spending', None, None, None, THATW, ONS),
        ('3 percentage points', 1, 3, 'percentage_point', 'aggregate card spending', 'increase', 'year_on_year', None, W20, ONS),
        ('9', 1, 9, 'percentage_point', 'spending on "delayed" purchases', 'increase', 'period_on_period', None, None, ONS),
        ('3 percentage points', 2, 3, 'percentage_point', 'spending on "work-related" purchases', 'increase', 'period_on_period', None, None, ONS),
        ('104%', 1, 104, 'percent', 'spending on "delayed" purchases', 'increase', None, None, None, ONS),
        ('89%', 1, 89, 'percent', 'spending on "work-related" purchases', 'increase', None, None, None, ONS),
        ('96%', 1, 96, 'percent', '"staple" spending', None, None, None, None, ONS),
        ('2 percentage points', 1, 2, 'percentage_point', '"social" spending', 'decrease', 'period_on_period', None, None, ONS),
        ('87%', 1, 87, 'percent', '"social" spending', 'decrease', None, None, None, ONS),
        ('92%', 1, 92, 'percent', 'aggregate indicator', None, None, None, FOURW, ONS),
        ('98%', 3, 98, 'percent', 'aggregate indicator', None, None, None, FOURW, ONS),
        ('93%', 1, 93, 'percent', 'aggregate indicator', None, None, 'approximately', FOURWY, ONS),
        ('112%', 1, 112, 'percent', 'daily aggregate indicator', None, None, None, FRI14, ONS),
    ],
    'wire_1987_west_german_producer_prices.txt': [
        ('0.2 PCT', 1, 0.2, 'percent', 'West German producer prices', 'decrease', None, None, HAPR, None),
        ('0.2 pct', 1, 0.2, 'percent', 'West German industrial producer prices', 'decrease', 'month_on_month', None, APR, FSO),
        ('3.4 pct', 1, 3.4, 'percent', 'West German industrial producer prices', 'decrease', 'year_on_year', None, APR, FSO),
        ('3.6 pct', 1, 3.6, 'percent', 'West German industrial producer prices', 'decrease', 'year_on_year', 'approximately', APR, None),
        ('0.1 pct', 1, 0.1, 'percent', 'producer prices', 'increase', 'month_on_month', None, MAR, FSO),
        ('3.9 pct', 1, 3.9, 'percent', 'producer prices', 'decrease', 'year_on_year', None, MAR, FSO),
        ('113.7', 1, 113.7, 'index_point', 'producer price index', None, None, None, per('for April', 1987, 4), FSO),
        ('113.9', 1, 113.9, 'index_point', 'producer price index', None, None, None, per('for March', 1987, 3), FSO),
        ('117.7', 1, 117.7, 'index_point', 'producer price index', None, None, None, per('for April last year', 1986, 4), FSO),
        ('one fifth', 1, 0.2, 'fraction', 'energy prices share of the index', None, None, 'approximately', APR, FSO),
        ('0.9 pct', 1, 0.9, 'percent', 'energy prices', 'decrease', 'month_on_month', None, APR, FSO),
        ('14.6 pct', 1, 14.6, 'percent', 'energy prices', 'decrease', 'year_on_year', None, APR, FSO),
        ('0.1 pct', 2, 0.1, 'percent', 'producer prices excluding energy', 'increase', 'month_on_month', None, APR, FSO),
        ('0.8 pct', 1, 0.8, 'percent', 'producer prices excluding energy', 'decrease', 'year_on_year', None, APR, FSO),
        ('2.8', 1, 2.8, 'percent', 'heating oil prices', 'decrease', 'month_on_month', None, IAPR, FSO),
        ('1.6 pct', 1, 1.6, 'percent', 'petrol prices', 'decrease', 'month_on_month', None, IAPR, FSO),
        ('0.4 pct', 1, 0.4, 'percent', 'natural gas prices', 'decrease', 'month_on_month', None, IAPR, FSO),
        ('0.3 pct', 1, 0.3, 'percent', 'prices of iron and steel', 'decrease', 'month_on_month', None, IAPR, FSO),
        ('2.8 pct', 1, 2.8, 'percent', 'producer prices', 'decrease', 'year_on_year', None, per('June 1986', 1986, 6), FSO),
        ('3.7 pct', 1, 3.7, 'percent', 'producer prices', 'decrease', 'year_on_year', None, P('In the first four months of 1987', '1987-01-01', '1987-04-30'), FSO),
    ],
    'wire_2025_chile_inflation.txt': [
        ('3.4%', 1, 3.4, 'percent', 'annual inflation', 'decrease', 'year_on_year', None, NOV, None),
        ('0.2%', 1, 0.2, 'percent', "Chile's consumer price index", 'increase', 'month_on_month', None, NOV, 'Reuters'),
        ('0.1%', 1, 0.1, 'percent', "Chile's consumer price index", None, 'month_on_month', None, NOV, 'Reuters'),
        ('0.3%', 1, 0.3, 'percent', "Chile's consumer price index", None, 'month_on_month', None, NOV, 'Reuters'),
        ('3.4%', 2, 3.4, 'percent', '12-month rate', 'decrease', 'year_on_year', None, NOV, INE),
        ('3.6%', 1, 3.6, 'percent', '12-month rate', None, 'year_on_year', None, per('in October', 2025, 10), INE),
        ('3%', 1, 3, 'percent', 'inflation target', None, None, None, None, CBC),
        ('3.2%', 1, 3.2, 'percent', 'consumer prices', 'increase', None, None, P('so far this year', '2025-01-01', '2025-12-08'), INE),
        ('0.1%', 2, 0.1, 'percent', 'core CPI', 'increase', 'month_on_month', None, NOV, INE),
        ('3.1%', 1, 3.1, 'percent', 'core CPI', 'increase', 'year_on_year', None, NOV, INE),
        ('seven', 1, 7, 'count', 'divisions posting monthly increases', None, None, None, INOV, INE),
        ('four', 1, 4, 'count', 'divisions registering declines', None, None, None, INOV, INE),
        ('1.2%', 1, 1.2, 'percent', 'transport', 'decrease', 'month_on_month', None, INOV, INE),
        ('0.8%', 1, 0.8, 'percent', 'clothing and footwear', 'decrease', 'month_on_month', None, INOV, INE),
        ('0.4%', 1, 0.4, 'percent', 'food and non-alcoholic beverages', 'increase', 'month_on_month', None, INOV, INE),
        ('0.6%', 1, 0.6, 'percent', 'housing and utilities', 'increase', 'month_on_month', None, INOV, INE),
        ('4.9%', 1, 4.9, 'percent', 'electricity rates', 'increase', 'year_on_year', None, T12, INE),
        ('2.3%', 1, 2.3, 'percent', 'gasoline prices', 'decrease', 'month_on_month', None, T12, INE),
        ('4.75%', 1, 4.75, 'percent', 'benchmark interest rate', None, None, None, P('at its Oct. 28 meeting', '2025-10-28', '2025-10-28'), CBC),
        ('3.0%', 1, 3.0, 'percent', 'annual inflation', None, 'year_on_year', None, per('in December 2026', 2026, 12), CBC),
        ('4.50%', 1, 4.50, 'percent', 'benchmark interest rate', 'decrease', None, None, P('at the next meeting on Dec. 16', '2025-12-16', '2025-12-16'), CBC),
        ('0.4%', 2, 0.4, 'percent', 'peso', 'increase', None, None, None, INE),
        ('928.50', 1, 928.50, 'CLP', 'peso', 'increase', None, None, None, INE),
    ],
    'cnbc_style_big_bank_earnings.txt': [
        ('25%', 1, 25, 'percent', 'markets revenue', 'increase', None, None, None, None),
        ('$4.96', 1, 4.96, 'USD', 'earnings per share', None, None, None, None, JPM),
        ('$4.78', 1, 4.78, 'USD', 'earnings per share', None, None, None, None, None),
        ('$46.31 billion', 1, 46.31e9, 'USD', 'revenue', None, None, None, None, JPM),
        ('$45.62 billion', 1, 45.62e9, 'USD', 'revenue', None, None, None, None, None),
        ('12%', 1, 12, 'percent', 'net income', 'increase', 'year_on_year', None, CQ, JPM),
        ('$13.96 billion', 1, 13.96e9, 'USD', 'net income', 'increase', None, None, CQ, JPM),
        ('$4.96', 2, 4.96, 'USD', 'earnings per share', 'increase', None, None, CQ, JPM),
        ('$12.47 billion', 1, 12.47e9, 'USD', 'net income', None, None, None, CYE, JPM),
        ('$4.34', 1, 4.34, 'USD', 'earnings per share', None, None, None, CYE, JPM),
        ('9%', 1, 9, 'percent', 'revenue', 'increase', 'year_on_year', None, CQ, JPM),
        ('2%', 1, 2, 'percent', 'net interest income', 'increase', None, None, CTQ, JPM),
        ('$23.6 billion', 1, 23.6e9, 'USD', 'net interest income', 'increase', None, None, CTQ, JPM),
        ('$23.3 billion', 1, 23.3e9, 'USD', 'net interest income', None, None, None, CTQ, SA),
        ('$92 billion', 1, 92e9, 'USD', 'NII excluding markets', 'increase', None, 'approximately', FY, JPM),
        ('$90.5 billion', 1, 90.5e9, 'USD', 'NII excluding markets', None, None, 'approximately', FY, JPM),
        ('25%', 2, 25, 'percent', 'markets revenue', 'increase', None, None, CIP, JPM),
        ('$8.6 billion', 1, 8.6e9, 'USD', 'markets revenue', 'increase', None, None, CIP, JPM),
        ('21%', 1, 21, 'percent', 'fixed income revenue', 'increase', None, None, CIP, JPM),
        ('33%', 1, 33, 'percent', 'equities revenue', 'increase', None, None, CIP, JPM),
        ('16%', 1, 16, 'percent', 'investment banking fees', 'increase', None, None, CIP, JPM),
        ('$2.6 billion', 1, 2.6e9, 'USD', 'investment banking fees', 'increase', None, None, CIP, JPM),
        ('$3.4 billion', 1, 3.4e9, 'USD', 'provision for credit losses', None, None, None, CTQ, JPM),
        ('$810 million', 1, 810e6, 'USD', 'net reserve build', None, None, None, CTQ, JPM),
        ('$3.1 billion', 1, 3.1e9, 'USD', 'provision for credit losses', None, None, None, Q('in the second quarter', 2025, 2), JPM),
        ('3.15%', 1, 3.15, 'percent', 'card services net charge-off rate', 'decrease', None, None, CTQ, JPM),
        ('3.30%', 1, 3.30, 'percent', 'card services net charge-off rate', None, None, None, CYE, JPM),
        ('318,512', 1, 318512, 'count', 'headcount', None, None, None, P('at the end of the quarter', '2025-09-30', '2025-09-30'), JPM),
        ('2%', 2, 2, 'percent', 'shares of JPMorgan', 'increase', None, 'approximately', None, JPM),
        ('28%', 1, 28, 'percent', 'JPMorgan stock', 'increase', None, None, P("this year through Monday's close", '2025-01-01', '2025-10-13'), JPM),
    ],
    'mt_newswires_us_jobless_claims.txt': [
        ('236,000', 1, 236000, 'count', 'US initial jobless claims', 'increase', None, None, None, None),
        ('44,000', 1, 44000, 'count', 'initial claims for state unemployment benefits', 'increase', None, None, W6, DOL),
        ('236,000', 2, 236000, 'count', 'initial claims for state unemployment benefits', 'increase', None, None, W6, DOL),
        ('220,000', 1, 220000, 'count', 'initial claims', None, None, None, W6, BBG),
        ('205,000', 1, 205000, 'count', 'initial claims', None, None, None, W6, BBG),
        ('231,000', 1, 231000, 'count', 'initial claims', None, None, None, W6, BBG),
        ('1,000', 1, 1000, 'count', 'initial claims', 'increase', None, None, PW, DOL),
        ('192,000', 1, 192000, 'count', 'initial claims', 'increase', None, None, PW, DOL),
        ('191,000', 1, 191000, 'count', 'initial claims', None, None, None, PW, DOL),
        ('7,250', 1, 7250, 'count', 'four-week moving average', 'increase', None, None, LW, DOL),
        ('216,250', 1, 216250, 'count', 'four-week moving average', 'increase', None, None, LW, DOL),
        ('99,000', 1, 99000, 'count', 'continuing claims', 'decrease', None, None, W29, DOL),
        ('1.838 million', 1, 1.838e6, 'count', 'continuing claims', 'decrease', None, None, W29, DOL),
        ('1.2%', 1, 1.2, 'percent', 'insured unemployment rate', 'decrease', None, None, W29, DOL),
        ('1.3%', 1, 1.3, 'percent', 'insured unemployment rate', None, None, None, WB, DOL),
        ('317,000', 1, 317000, 'count', 'unadjusted initial claims', None, None, None, W6, DOL),
        ('119,000', 1, 119000, 'count', 'unadjusted initial claims', 'increase', 'period_on_period', None, W6, DOL),
        ('+28,400', 1, 28400, 'count', 'initial claims in California', 'increase', 'period_on_period', None, W6, DOL),
        ('+14,900', 1, 14900, 'count', 'initial claims in Texas', 'increase', 'period_on_period', None, W6, DOL),
        ('+11,200', 1, 11200, 'count', 'initial claims in Illinois', 'increase', 'period_on_period', None, W6, DOL),
        ('3,100', 1, 3100, 'count', 'initial claims in New York', 'decrease', 'period_on_period', None, IW29, DOL),
        ('1,800', 1, 1800, 'count', 'initial claims in Georgia', 'decrease', 'period_on_period', None, IW29, DOL),
        ('412', 1, 412, 'count', 'claims filed by federal civilian employees', 'decrease', None, None, W29, DOL),
        ('1,045', 1, 1045, 'count', 'claims filed by federal civilian employees', 'decrease', None, None, W29, DOL),
    ],
    'trading_economics_style_thailand_gdp.txt': [
        ('1.2%', 1, 1.2, 'percent', "Thailand's economy", 'increase', 'year_on_year', None, TQ3, NESDC),
        ('2.7%', 1, 2.7, 'percent', "Thailand's economy", None, 'year_on_year', None, Q('in the previous period', 2025, 2), NESDC),
        ('1.6%', 1, 1.6, 'percent', "Thailand's economy", None, 'year_on_year', None, TQ3, None),
        ('2.4%', 1, 2.4, 'percent', 'private consumption', 'increase', 'year_on_year', None, IQ3, NESDC),
        ('3.1%', 1, 3.1, 'percent', 'private consumption', None, 'year_on_year', None, IQ2, NESDC),
        ('1.9%', 1, 1.9, 'percent', 'government consumption', 'increase', 'year_on_year', None, IQ3, NESDC),
        ('0.8%', 1, 0.8, 'percent', 'private investment', 'increase', 'year_on_year', None, IQ3, NESDC),
        ('4.6%', 1, 4.6, 'percent', 'public investment', 'decrease', 'year_on_year', None, IQ3, NESDC),
        ('5.1%', 1, 5.1, 'percent', 'exports of goods and services', 'increase', 'year_on_year', None, IQ3, NESDC),
        ('9.8%', 1, 9.8, 'percent', 'exports of goods and services', None, 'year_on_year', None, IQ2, NESDC),
        ('6.3%', 1, 6.3, 'percent', 'imports', 'increase', 'year_on_year', None, IQ3, NESDC),
        ('2.1%', 1, 2.1, 'percent', 'agricultural output', 'decrease', None, None, INQ, NESDC),
        ('0.4%', 1, 0.4, 'percent', 'manufacturing output', 'decrease', None, None, INQ, NESDC),
        ('8.7%', 1, 8.7, 'percent', 'accommodation and food services', 'increase', None, None, INQ, NESDC),
        ('3.0%', 1, 3.0, 'percent', 'construction', 'increase', None, None, INQ, NESDC),
        ('0.3%', 1, 0.3, 'percent', 'GDP', 'decrease', 'quarter_on_quarter', None, TMS, NESDC),
        ('0.7%', 1, 0.7, 'percent', 'GDP', 'increase', 'quarter_on_quarter', None, Q('in April-June', 2025, 2), NESDC),
        ('2.2%', 1, 2.2, 'percent', 'economy', 'increase', 'year_on_year', None, P('In January-September', '2025-01-01', '2025-09-30'), NESDC),
        ('2.0%', 1, 2.0, 'percent', 'growth', None, None, None, Y('2025', 2025), NESDC),
        ('1.2%', 2, 1.2, 'percent', 'growth', 'decrease', None, None, Y('2026', 2026), NESDC),
        ('2.2%', 2, 2.2, 'percent', 'growth', 'decrease', None, None, Y('2026', 2026), NESDC),
        ('1.3%', 1, 1.3, 'percent', 'growth', None, None, None, Y('2026', 2026), NESDC),
        ('2.3%', 1, 2.3, 'percent', 'growth', None, None, None, Y('2026', 2026), NESDC),
        ('3.84 percent', 1, 3.84, 'percent', 'GDP Annual Growth Rate in Thailand average', None, None, None, P('from 1994 until 2025', '1994-01-01', '2025-12-31'), NESDC),
        ('14.20 percent', 1, 14.20, 'percent', 'GDP Annual Growth Rate in Thailand all time high', None, None, None, Q('in the first quarter of 1995', 1995, 1), NESDC),
        ('-12.50 percent', 1, -12.50, 'percent', 'GDP Annual Growth Rate in Thailand record low', 'decrease', None, None, Q('in the third quarter of 1998', 1998, 3), NESDC),
        ('1.40 percent', 1, 1.40, 'percent', "Thailand's GDP Annual Growth Rate", None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('1.80 percent', 1, 1.80, 'percent', "Thailand's GDP Annual Growth Rate", None, None, 'approximately', Y('in 2026', 2026), TE),
        ('2.30 percent', 1, 2.30, 'percent', "Thailand's GDP Annual Growth Rate", None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_brent_crude_opec_plus.txt': [
        ('0.9%', 1, 0.9, 'percent', 'Brent oil futures for January delivery', 'increase', None, None, ET, None),
        ('$65.35', 1, 65.35, 'USD', 'Brent oil futures for January delivery', 'increase', None, None, ET, None),
        ('1.0%', 1, 1.0, 'percent', 'WTI crude futures', 'increase', None, None, ET, None),
        ('$61.59', 1, 61.59, 'USD', 'WTI crude futures', 'increase', None, None, ET, None),
        ('2.9%', 1, 2.9, 'percent', 'Brent', 'decrease', None, 'approximately', per('in October', 2025, 10), None),
        ('$3.76', 1, 3.76, 'USD', 'premium of Brent over WTI', 'decrease', None, None, None, None),
        ('$3.95', 1, 3.95, 'USD', 'premium of Brent over WTI', None, None, None, P('on Friday', '2025-10-31', '2025-10-31'), None),
        ('$1.12', 1, 1.12, 'USD', "spread between Brent's first and sixth-month contracts", 'increase', None, None, None, None),
        ('eight', 1, 8, 'count', 'OPEC+ countries agreeing to raise their output target', None, None, None, P('on Sunday', '2025-11-02', '2025-11-02'), OPECP),
        ('137,000 barrels per day', 1, 137000, 'barrel per day', 'collective output target', 'increase', None, None, per('in December', 2025, 12), OPECP),
        ('1.65 million bpd', 1, 1.65e6, 'barrel per day', 'tranche of voluntary cuts', None, None, None, DECM, None),
        ('411,000 bpd', 1, 411000, 'barrel per day', 'volume restored from the tranche of voluntary cuts', 'increase', None, None, DECM, None),
        ('a quarter', 1, 0.25, 'fraction', 'share of the tranche of voluntary cuts restored', 'increase', None, 'approximately', DECM, None),
        ('5.42 million barrels', 1, 5.42e6, 'barrel', 'crude inventories', 'decrease', None, None, W24, EIA),
        ('1.2 million barrels', 1, 1.2e6, 'barrel', 'crude inventories', 'decrease', None, None, W24, None),
        ('3.71 million', 1, 3.71e6, 'barrel', 'gasoline stocks', 'decrease', None, None, W24, EIA),
        ('2.95 million barrels', 1, 2.95e6, 'barrel', 'distillate stocks', 'decrease', None, None, W24, EIA),
        ('$60', 1, 60, 'USD', 'Brent', None, None, None, Q('in the first quarter of 2026', 2026, 1), MS),
        ('65', 1, 65, 'USD', 'Brent', None, None, None, Q('in the first quarter of 2026', 2026, 1), MS),
    ],
    'business_standard_style_cement_prices_demand.txt': [
        ('2%', 1, 2, 'percent', 'cement prices', 'increase', None, None, HQ3, None),
        ('2.1 per cent', 1, 2.1, 'percent', 'all-India average cement prices', 'increase', 'quarter_on_quarter', None, Q3F, NUV),
        ('₹358', 1, 358, 'INR', 'all-India average cement prices', 'increase', None, None, Q3F, NUV),
        ('₹7', 1, 7, 'INR', 'all-India average cement prices', 'decrease', 'quarter_on_quarter', None, Q('in the monsoon-hit July-September quarter', 2025, 3), NUV),
        ('₹15', 1, 15, 'INR', 'cement prices in the south', 'increase', None, None, BQ3, NUV),
        ('₹342', 1, 342, 'INR', 'cement prices in the south', 'increase', None, None, BQ3, NUV),
        ('₹9', 1, 9, 'INR', 'cement prices in the east', 'increase', None, None, BQ3, NUV),
        ('6', 1, 6, 'INR', 'cement prices in the central region', 'increase', None, None, BQ3, NUV),
        ('₹372', 1, 372, 'INR', 'cement prices in the north', None, None, None, BQ3, NUV),
        ('₹2', 1, 2, 'INR', 'cement prices in the west', 'decrease', None, None, BQ3, NUV),
        ('₹351', 1, 351, 'INR', 'cement prices in the west', 'decrease', None, None, BQ3, NUV),
        ('8.5 per cent', 1, 8.5, 'percent', 'cement demand', 'increase', 'year_on_year', None, BQ3, CRISIL),
        ('7', 2, 7, 'percent', 'cement volumes', 'increase', None, None, FY26, CRISIL),
        ('8 per cent', 1, 8, 'percent', 'cement volumes', 'increase', None, None, FY26, CRISIL),
        ('485', 1, 485e6, 'tonne', 'cement volumes', 'increase', None, None, FY26, CRISIL),
        ('490 million tonnes', 1, 490e6, 'tonne', 'cement volumes', 'increase', None, None, FY26, CRISIL),
        ('453 mt', 1, 453e6, 'tonne', 'cement volumes', None, None, None, P('in FY25', '2024-04-01', '2025-03-31'), CRISIL),
        ('70 per cent', 1, 70, 'percent', 'capacity utilisation', 'increase', None, 'approximately', BQ3, CRISIL),
        ('64 per cent', 1, 64, 'percent', 'capacity utilisation', None, None, None, Q('in the previous quarter', 2025, 3), CRISIL),
        ('18 mt', 1, 18e6, 'tonne', 'new capacity commissioned', None, None, 'approximately', P('during April-December', '2025-04-01', '2025-12-31'), CRISIL),
        ('7.4 mt', 1, 7.4e6, 'tonne', 'Dalmia Bharat sales volumes', None, None, None, FQ3, DAL),
        ('9 per cent', 1, 9, 'percent', 'Dalmia Bharat sales volumes', 'increase', 'year_on_year', None, FQ3, DAL),
        ('14 per cent', 1, 14, 'percent', 'JK Cement grey cement volumes', 'increase', 'year_on_year', None, FQ3, JK),
        ('4.6 mt', 1, 4.6e6, 'tonne', 'JK Cement grey cement volumes', 'increase', None, None, FQ3, JK),
        ('3 per cent', 1, 3, 'percent', 'Dalmia Bharat realisation per tonne', 'increase', 'quarter_on_quarter', None, FQ3, DAL),
        ('₹5,120', 1, 5120, 'INR', 'Dalmia Bharat realisation per tonne', 'increase', None, None, FQ3, DAL),
    ],
    'eu_energy_style_heat_pump_sales.txt': [
        ('2.08 million units', 1, 2.08e6, 'count', 'heat pump sales in the EU', None, None, None, Y25, None),
        ('6%', 1, 6, 'percent', 'heat pump sales in the EU', 'increase', 'year_on_year', None, Y25, None),
        ('30%', 1, 30, 'percent', 'heat pump sales in the EU', 'decrease', None, 'approximately', P('than in 2022', '2022-01-01', '2025-12-31'), None),
        ('2.97 million units', 1, 2.97e6, 'count', 'heat pump sales in the EU', None, None, None, Y('in 2022', 2022), None),
        ('465,000 units', 1, 465000, 'count', 'heat pump sales in France', None, None, None, Y25, EHPA),
        ('9%', 1, 9, 'percent', 'heat pump sales in France', 'decrease', 'year_on_year', None, Y25, EHPA),
        ('318,000', 1, 318000, 'count', 'heat pump sales in Italy', None, None, None, Y25, EHPA),
        ('302,000', 1, 302000, 'count', 'heat pump sales in Germany', None, None, None, Y25, EHPA),
        ('48%', 1, 48, 'percent', 'heat pump sales in Germany', 'increase', 'year_on_year', None, Y25, EHPA),
        ('70%', 1, 70, 'percent', 'federal subsidy share of eligible costs', None, None, 'up_to', None, None),
        ('31%', 1, 31, 'percent', 'heat pump sales in Poland', 'decrease', 'year_on_year', None, Y25, EHPA),
        ('12%', 1, 12, 'percent', 'heat pump sales in Belgium', 'decrease', 'year_on_year', None, Y25, EHPA),
        ('7%', 1, 7, 'percent', 'heat pump sales in Austria', 'decrease', 'year_on_year', None, Y25, EHPA),
        ('11%', 1, 11, 'percent', 'heat pump sales in the Netherlands', 'increase', 'year_on_year', None, Y25, EHPA),
        ('4%', 1, 4, 'percent', 'heat pump sales in Spain', 'increase', 'year_on_year', None, Y25, EHPA),
        ('2%', 1, 2, 'percent', 'heat pump sales in Sweden', 'increase', 'year_on_year', None, Y25, EHPA),
        ('43%', 1, 43, 'percent', 'air-to-water heat pumps share of units sold', 'decrease', None, 'approximately', Y('In 2025', 2025), EHPA),
        ('47%', 1, 47, 'percent', 'air-to-water heat pumps share of units sold', None, None, None, Y('a year earlier', 2024), EHPA),
        ('26.5 million units', 1, 26.5e6, 'count', 'installed stock of heat pumps', None, None, 'approximately', E25, EHPA),
        ('16%', 1, 16, 'percent', 'heat pumps share of the heating demand of buildings', None, None, 'approximately', E25, EHPA),
        ('10 million', 1, 10e6, 'count', 'additional hydronic heat pumps to be installed', None, None, None, P('between 2022 and 2027', '2022-01-01', '2027-12-31'), EC),
        ('3.5 million units', 1, 3.5e6, 'count', 'shortfall of cumulative heat pump sales against the REPowerEU goal', None, None, 'approximately', P('over the period', '2022-01-01', '2027-12-31'), None),
    ],
    'nbs_style_new_energy_vehicle_retail.txt': [
        ('59 percent', 1, 59, 'percent', 'penetration rate', None, None, 'more_than', CNOV, None),
        ('1.321 million units', 1, 1.321e6, 'count', 'retail sales of new energy passenger vehicles', None, None, None, CNOV, CPCA),
        ('4.2 percent', 1, 4.2, 'percent', 'retail sales of new energy passenger vehicles', 'increase', 'year_on_year', None, CNOV, CPCA),
        ('3.5 percent', 1, 3.5, 'percent', 'retail sales of new energy passenger vehicles', 'increase', 'month_on_month', None, CNOV, CPCA),
        ('59.5 percent', 1, 59.5, 'percent', 'retail penetration rate of new energy vehicles', None, None, None, CNOV, CPCA),
        ('6.2 percentage points', 1, 6.2, 'percentage_point', 'retail penetration rate of new energy vehicles', 'increase', 'year_on_year', None, CNOV, CPCA),
        ('11.482 million units', 1, 11.482e6, 'count', 'cumulative retail sales of new energy passenger vehicles', None, None, None, JN, CPCA),
        ('18.9 percent', 1, 18.9, 'percent', 'cumulative retail sales of new energy passenger vehicles', 'increase', 'year_on_year', None, JN, CPCA),
        ('53.7 percent', 1, 53.7, 'percent', 'cumulative penetration rate', None, None, None, JN, CPCA),
        ('61.3 percent', 1, 61.3, 'percent', 'battery electric vehicles share of new energy vehicle retail sales', None, None, None, NT, CPCA),
        ('38.7 percent', 1, 38.7, 'percent', 'plug-in hybrid vehicles share of new energy vehicle retail sales', None, None, None, NT, CPCA),
        ('12.4 percent', 1, 12.4, 'percent', 'retail sales of battery electric vehicles', 'increase', 'year_on_year', None, NT, CPCA),
        ('6.3 percent', 1, 6.3, 'percent', 'retail sales of plug-in hybrids', 'decrease', 'year_on_year', None, NT, CPCA),
        ('2.22 million units', 1, 2.22e6, 'count', 'retail sales of the overall passenger car market', None, None, None, CINOV, CPCA),
        ('8.1 percent', 1, 8.1, 'percent', 'retail sales of the overall passenger car market', 'decrease', 'year_on_year', None, CINOV, CPCA),
        ('1.4 percent', 1, 1.4, 'percent', 'retail sales of the overall passenger car market', 'increase', 'month_on_month', None, CINOV, CPCA),
        ('0.899 million units', 1, 0.899e6, 'count', 'conventional fuel vehicle sales', None, None, None, CINOV, CPCA),
        ('21.6 percent', 1, 21.6, 'percent', 'conventional fuel vehicle sales', 'decrease', 'year_on_year', None, CINOV, CPCA),
        ('300 thousand units', 1, 300000, 'count', 'new energy vehicle exports by passenger vehicle manufacturers', None, None, None, INM, CPCA),
        ('2.5 times', 1, 2.5, 'times', 'new energy vehicle exports by passenger vehicle manufacturers', 'increase', 'year_on_year', None, INM, CPCA),
        ('50.8 percent', 1, 50.8, 'percent', 'new energy vehicle exports share of total passenger car exports', None, None, None, INM, CPCA),
        ('0.38 million', 1, 0.38e6, 'count', 'BYD retail sales of new energy vehicles', None, None, None, INM, CPCA),
        ('0.16 million', 1, 0.16e6, 'count', 'Geely retail sales of new energy vehicles', None, None, None, INM, CPCA),
        ('0.07 million', 1, 0.07e6, 'count', 'Tesla China retail sales of new energy vehicles', None, None, None, INM, CPCA),
        ('1.35 million units', 1, 1.35e6, 'count', 'new energy vehicle retail sales', None, None, 'approximately', CDEC, CPCA),
        ('60 percent', 1, 60, 'percent', 'penetration rate', None, None, 'approximately', CDEC, CPCA),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
