# ruff: noqa: E501, RUF001
"""Write corpus/annotated_68/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_68.py corpus/annotated_68
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
DE = "Department of Employment"
CAO = "Cabinet Office"
BOJ = "Bank of Japan"
NRF = "National Retail Federation"
ADOBE = "Adobe"
ES = "Eurostat"
BBG = "Bloomberg"
BCRP = "Central Reserve Bank of Peru"
TE = "Trading Economics"
BH = "Baker Hughes"
EIA = "U.S. Energy Information Administration"
GS = "Goldman Sachs"
NSDL = "National Securities Depository Limited"
GEOJIT = "Geojit Investments"
NBS = "National Bureau of Statistics"

# 6801 ONS services producer prices (ref Wednesday 2025-11-19)
Q3L = Q("in Quarter 3 (July to Sept) 2025", 2025, 3)
Q2L = Q("in Quarter 2 (Apr to June) 2025", 2025, 2)
Q2A = Q("Quarter 2", 2025, 2)
Q3S = Q("in Quarter 3 2025", 2025, 3)
PQ = Q("in the previous quarter", 2025, 2)
YTQ3 = Q("in the year to Quarter 3 2025", 2025, 3)
TMS = per("In the 12 months to September 2025", 2025, 9)
OAUG = per("in August", 2025, 8)
BAS = per("Between August and September 2025", 2025, 9)
YAGO = Q("a year ago", 2024, 3)
# 6802 Reuters 1987 (ref Thursday 1987-04-16)
HMAR = per("MARCH", 1987, 3)
MAR = per("in March", 1987, 3)
FEB = per("February", 1987, 2)
IFEB = per("in February", 1987, 2)
SIX = P("over the past six months", "1986-10-01", "1987-03-31")
YTF = per("in the year to February", 1987, 2)
# 6803 Reuters 2025 (ref Monday 2025-09-08)
HQ2 = Q("Q2", 2025, 2)
SQ = Q("in the second quarter", 2025, 2)
AJ = Q("in April-June", 2025, 2)
INQ = Q("in the quarter", 2025, 2)
JUL = per("in July", 2025, 7)
OCTM = per("at its October meeting", 2025, 10)
# 6804 CNBC (ref Thursday 2025-11-06)
ND = P("during November and December", "2025-11-01", "2025-12-31")
LY = Y("Last year", 2024)
LYL = Y("last year", 2024)
TY = Y("this year", 2025)
LYS = Y("last year's", 2024)
N1D31 = P("between Nov. 1 and Dec. 31", "2025-11-01", "2025-12-31")
# 6805 MT Newswires (ref Wednesday 2025-11-05)
SEP = per("in September", 2025, 9)
AUG = per("in August", 2025, 8)
ASEP = per("September", 2025, 9)
# 6806 Trading Economics (ref Thursday 2025-11-13)
NOVM = per("at its November 2025 meeting", 2025, 11)
TSEP = per("in September", 2025, 9)
TOCT = per("in October", 2025, 10)
# 6807 Investing.com (ref Friday 2025-11-21)
ET = P("By 14:10 ET", None, None)
TW = P("this week", "2025-11-17", "2025-11-23")
WE14 = P("in the week ended Nov. 14", "2025-11-08", "2025-11-14")
Y26 = Y("in 2026", 2026)
# 6808 Business Standard (ref Friday 2025-11-28)
HNOV = P("in Nov so far", "2025-11-01", "2025-11-28")
SFTM = P("so far this month", "2025-11-01", "2025-11-28")
BOCT = per("in October", 2025, 10)
TM = per("this month", 2025, 11)
Y25 = Y("in 2025", 2025)
EOCT = P("at the end of October", "2025-10-31", "2025-10-31")
FRI = P("on Friday", "2025-11-28", "2025-11-28")
MTD = P("month-to-date", "2025-11-01", "2025-11-28")
SFCY = P("so far in the calendar year", "2025-01-01", "2025-11-28")
# 6809 DG ENER (ref Wednesday 2025-10-15)
EQ2 = Q("In Q2 2025", 2025, 2)
EPQ = Q("in the previous quarter", 2025, 1)
ESQ = Q("in the second quarter", 2025, 2)
EINQ = Q("in the quarter", 2025, 2)
EYE = Q("a year earlier", 2024, 2)
ESQ25 = Q("in the second quarter of 2025", 2025, 2)
EQ1 = Q("in Q1 2025", 2025, 1)
# 6810 NBS (ref Friday 2025-11-14)
NOCT = per("In October", 2025, 10)
JO = P("From January to October", "2025-01-01", "2025-10-31")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_services_producer_prices.txt': [
        ('3.6%', 1, 3.6, 'percent', 'SPPI annual rate', 'decrease', 'year_on_year', None, Q3L, None),
        ('3.9%', 1, 3.9, 'percent', 'SPPI annual rate', None, 'year_on_year', None, Q2L, None),
        ('4.0%', 1, 4.0, 'percent', 'SPPI annual rate', None, 'year_on_year', None, Q2A, None),
        ('0.8%', 1, 0.8, 'percent', 'services prices', 'increase', 'quarter_on_quarter', None, Q3S, None),
        ('1.1%', 1, 1.1, 'percent', 'services prices', None, 'quarter_on_quarter', None, PQ, None),
        ('0.41', 1, 0.41, 'percentage_point', 'contribution of legal services to the change in the annual rate', 'increase', None, None, None, None),
        ('0.33 percentage points', 1, 0.33, 'percentage_point', 'contribution of employment services to the change in the annual rate', 'increase', None, None, None, None),
        ('24', 1, 24, 'count', 'industries showing a rise in prices', None, None, None, YTQ3, ONS),
        ('7.2%', 1, 7.2, 'percent', 'prices for warehousing and storage', 'increase', 'year_on_year', None, YTQ3, ONS),
        ('6.5%', 1, 6.5, 'percent', 'prices for security services', 'increase', 'year_on_year', None, YTQ3, ONS),
        ('5.9%', 1, 5.9, 'percent', 'prices for legal services', 'increase', 'year_on_year', None, YTQ3, ONS),
        ('4.8%', 1, 4.8, 'percent', 'sea and coastal water freight transport prices', 'decrease', 'year_on_year', None, YTQ3, ONS),
        ('1.3%', 1, 1.3, 'percent', 'telecommunications prices', 'decrease', 'year_on_year', None, YTQ3, ONS),
        ('3.4%', 1, 3.4, 'percent', 'output prices charged by manufacturers', 'increase', 'year_on_year', None, TMS, ONS),
        ('3.2%', 1, 3.2, 'percent', 'output prices charged by manufacturers', None, 'year_on_year', None, OAUG, ONS),
        ('0.9%', 1, 0.9, 'percent', 'input prices', 'decrease', 'year_on_year', None, TMS, ONS),
        ('1.1%', 2, 1.1, 'percent', 'input prices', 'decrease', 'year_on_year', None, OAUG, ONS),
        ('0.2%', 1, 0.2, 'percent', 'input prices', 'increase', 'month_on_month', None, BAS, ONS),
        ('126.4', 1, 126.4, 'index_point', 'aggregate SPPI', None, None, None, Q3S, ONS),
        ('122.0', 1, 122.0, 'index_point', 'aggregate SPPI', None, None, None, YAGO, ONS),
    ],
    'wire_1987_uk_unemployment.txt': [
        ('44,100', 1, 44100, 'count', 'U.K. unemployment', 'decrease', None, None, HMAR, None),
        ('3.07 MLN', 1, 3.07e6, 'count', 'U.K. unemployment', 'decrease', None, None, HMAR, None),
        ('44,100', 2, 44100, 'count', 'seasonally adjusted unemployment', 'decrease', None, None, MAR, DE),
        ('3.07 mln', 1, 3.07e6, 'count', 'seasonally adjusted unemployment', 'decrease', None, None, MAR, DE),
        ('11.0 pct', 1, 11.0, 'percent', 'seasonally adjusted unemployment rate', 'decrease', None, None, MAR, DE),
        ('25,000', 1, 25000, 'count', 'seasonally adjusted unemployment', 'decrease', None, 'approximately', MAR, None),
        ('30,600', 1, 30600, 'count', 'seasonally adjusted unemployment', 'decrease', None, None, FEB, DE),
        ('27,800', 1, 27800, 'count', 'seasonally adjusted unemployment', 'decrease', None, None, FEB, DE),
        ('186,000', 1, 186000, 'count', 'seasonally adjusted unemployment', 'decrease', None, None, SIX, DE),
        ('79,542', 1, 79542, 'count', 'unadjusted jobless total', 'decrease', 'month_on_month', None, MAR, DE),
        ('3,143,128', 1, 3143128, 'count', 'unadjusted jobless total', 'decrease', None, None, MAR, DE),
        ('11.4 pct', 1, 11.4, 'percent', 'unadjusted unemployment rate', 'decrease', None, None, MAR, DE),
        ('3,222,670', 1, 3222670, 'count', 'unadjusted jobless total', None, None, None, IFEB, DE),
        ('31,900', 1, 31900, 'count', 'male unemployment', 'decrease', None, None, None, DE),
        ('2,152,000', 1, 2152000, 'count', 'male unemployment', 'decrease', None, None, None, DE),
        ('12,200', 1, 12200, 'count', 'female unemployment', 'decrease', None, None, None, DE),
        ('918,000', 1, 918000, 'count', 'female unemployment', 'decrease', None, None, None, DE),
        ('7.9 pct', 1, 7.9, 'percent', 'adjusted unemployment rate in the South East', None, None, None, MAR, DE),
        ('15.2 pct', 1, 15.2, 'percent', 'adjusted unemployment rate in Northern Ireland', None, None, None, MAR, DE),
        ('14.6 pct', 1, 14.6, 'percent', 'adjusted unemployment rate in the North', None, None, None, MAR, DE),
        ('13.6', 1, 13.6, 'percent', 'adjusted unemployment rate in Scotland', None, None, None, MAR, DE),
        ('13.0 pct', 1, 13.0, 'percent', 'adjusted unemployment rate in Wales', None, None, None, MAR, DE),
        ('7,300', 1, 7300, 'count', 'unfilled vacancies at jobcentres', 'increase', None, None, MAR, DE),
        ('238,300', 1, 238300, 'count', 'unfilled vacancies at jobcentres', 'increase', None, None, MAR, DE),
        ('7.5 pct', 1, 7.5, 'percent', 'underlying average earnings', 'increase', 'year_on_year', None, YTF, DE),
    ],
    'wire_2025_japan_gdp_revised.txt': [
        ('1.9%', 1, 1.9, 'percent', "Japan's growth", 'increase', 'quarter_on_quarter', None, HQ2, None),
        ('1.9%', 2, 1.9, 'percent', 'gross domestic product', 'increase', 'quarter_on_quarter', None, SQ, CAO),
        ('1.0%', 1, 1.0, 'percent', 'gross domestic product', None, 'quarter_on_quarter', None, SQ, CAO),
        ('1.3%', 1, 1.3, 'percent', 'gross domestic product', 'increase', 'quarter_on_quarter', None, SQ, 'Reuters'),
        ('16', 1, 16, 'count', 'economists in a Reuters poll', None, None, None, SQ, 'Reuters'),
        ('0.5%', 1, 0.5, 'percent', 'GDP', 'increase', 'quarter_on_quarter', None, AJ, CAO),
        ('0.3%', 1, 0.3, 'percent', 'GDP', None, 'quarter_on_quarter', None, AJ, CAO),
        ('0.8%', 1, 0.8, 'percent', 'capital expenditure', 'increase', 'quarter_on_quarter', None, AJ, CAO),
        ('1.3%', 2, 1.3, 'percent', 'capital expenditure', 'increase', 'quarter_on_quarter', None, AJ, CAO),
        ('half', 1, 0.5, 'fraction', 'private consumption share of the economy', None, None, 'more_than', AJ, CAO),
        ('0.4%', 1, 0.4, 'percent', 'private consumption', 'increase', 'quarter_on_quarter', None, AJ, CAO),
        ('0.2%', 1, 0.2, 'percent', 'private consumption', None, 'quarter_on_quarter', None, AJ, CAO),
        ('0.2 percentage point', 1, 0.2, 'percentage_point', 'contribution of external demand to growth', 'increase', None, None, None, CAO),
        ('0.3 point', 1, 0.3, 'percentage_point', 'contribution of domestic demand to growth', None, None, None, None, CAO),
        ('1.3%', 3, 1.3, 'percent', 'nominal GDP', 'increase', 'quarter_on_quarter', None, INQ, CAO),
        ('3.0%', 1, 3.0, 'percent', 'GDP deflator', 'increase', 'year_on_year', None, INQ, CAO),
        ('0.5%', 2, 0.5, 'percent', 'short-term policy rate', None, None, None, JUL, BOJ),
        ('40%', 1, 40, 'percent', 'chance of a BOJ rate hike', None, None, 'approximately', OCTM, None),
        ('147.62', 1, 147.62, 'JPY', 'yen per dollar', None, None, None, None, CAO),
    ],
    'cnbc_style_nrf_holiday_spending_forecast.txt': [
        ('$1 trillion', 1, 1e12, 'USD', 'holiday sales', None, None, 'more_than', None, NRF),
        ('3.6%', 1, 3.6, 'percent', 'holiday sales', 'increase', 'year_on_year', None, ND, NRF),
        ('4.1%', 1, 4.1, 'percent', 'holiday sales', 'increase', 'year_on_year', None, ND, NRF),
        ('$1.005 trillion', 1, 1.005e12, 'USD', 'holiday sales', 'increase', None, None, ND, NRF),
        ('$1.010 trillion', 1, 1.010e12, 'USD', 'holiday sales', 'increase', None, None, ND, NRF),
        ('4.3%', 1, 4.3, 'percent', 'holiday spending', 'increase', None, None, LY, NRF),
        ('$970.6 billion', 1, 970.6e9, 'USD', 'holiday spending', 'increase', None, None, LY, NRF),
        ('7%', 1, 7, 'percent', 'online and other non-store sales', 'increase', None, None, None, NRF),
        ('9%', 1, 9, 'percent', 'online and other non-store sales', 'increase', None, None, None, NRF),
        ('$295.1 billion', 1, 295.1e9, 'USD', 'online and other non-store sales', 'increase', None, None, None, NRF),
        ('$300.6 billion', 1, 300.6e9, 'USD', 'online and other non-store sales', 'increase', None, None, None, NRF),
        ('265,000', 1, 265000, 'count', 'seasonal workers', None, None, None, None, NRF),
        ('365,000', 1, 365000, 'count', 'seasonal workers', None, None, None, None, NRF),
        ('442,000', 1, 442000, 'count', 'seasonal workers', None, None, None, LYL, NRF),
        ('$890.49', 1, 890.49, 'USD', 'average spending per person', None, None, None, TY, NRF),
        ('$11.70', 1, 11.70, 'USD', 'average spending per person', 'decrease', 'year_on_year', None, TY, NRF),
        ('$902.19', 1, 902.19, 'USD', 'average spending per person', None, None, None, LYS, NRF),
        ('8,484', 1, 8484, 'count', 'adults in NRF survey', None, None, None, TY, NRF),
        ('54%', 1, 54, 'percent', 'share of respondents citing gift cards', None, None, None, None, NRF),
        ('49%', 1, 49, 'percent', 'share of respondents citing clothing and accessories', None, None, None, None, NRF),
        ('28%', 1, 28, 'percent', 'share of respondents citing books and other media', None, None, None, None, NRF),
        ('$253.4 billion', 1, 253.4e9, 'USD', 'U.S. online spending', None, None, None, N1D31, ADOBE),
        ('5.3%', 1, 5.3, 'percent', 'U.S. online spending', 'increase', 'year_on_year', None, N1D31, ADOBE),
    ],
    'mt_newswires_eurozone_ppi.txt': [
        ('0.2%', 1, 0.2, 'percent', 'industrial producer prices in the eurozone', 'increase', 'month_on_month', None, SEP, ES),
        ('0.4%', 1, 0.4, 'percent', 'industrial producer prices in the eurozone', 'decrease', 'month_on_month', None, AUG, ES),
        ('0.1%', 1, 0.1, 'percent', 'industrial producer prices in the eurozone', 'increase', 'month_on_month', None, SEP, BBG),
        ('0.2%', 2, 0.2, 'percent', 'producer prices', 'decrease', 'year_on_year', None, SEP, ES),
        ('0.6%', 1, 0.6, 'percent', 'producer prices', 'decrease', 'year_on_year', None, AUG, ES),
        ('0.5%', 1, 0.5, 'percent', 'producer prices', 'decrease', 'year_on_year', None, AUG, ES),
        ('0.5%', 2, 0.5, 'percent', 'energy prices', 'increase', 'month_on_month', None, SEP, ES),
        ('1.8%', 1, 1.8, 'percent', 'energy prices', 'decrease', 'year_on_year', None, SEP, ES),
        ('0.1%', 2, 0.1, 'percent', 'intermediate goods prices', 'increase', 'month_on_month', None, SEP, ES),
        ('0.7%', 1, 0.7, 'percent', 'intermediate goods prices', 'increase', 'year_on_year', None, SEP, ES),
        ('0.2%', 3, 0.2, 'percent', 'capital goods prices', 'increase', 'month_on_month', None, SEP, ES),
        ('1.9%', 1, 1.9, 'percent', 'capital goods prices', 'increase', 'year_on_year', None, SEP, ES),
        ('0.1%', 3, 0.1, 'percent', 'durable consumer goods prices', 'increase', 'month_on_month', None, SEP, ES),
        ('1.6%', 1, 1.6, 'percent', 'durable consumer goods prices', 'increase', 'year_on_year', None, SEP, ES),
        ('1.5%', 1, 1.5, 'percent', 'non-durable consumer goods prices', 'increase', 'year_on_year', None, SEP, ES),
        ('0.1%', 4, 0.1, 'percent', 'prices in total industry excluding energy', 'increase', 'month_on_month', None, None, ES),
        ('1.0%', 1, 1.0, 'percent', 'prices in total industry excluding energy', 'increase', 'year_on_year', None, None, ES),
        ('+2.4%', 1, 2.4, 'percent', 'producer prices in Ireland', 'increase', 'month_on_month', None, SEP, ES),
        ('+1.9%', 1, 1.9, 'percent', 'producer prices in Bulgaria', 'increase', 'month_on_month', None, SEP, ES),
        ('+1.3%', 1, 1.3, 'percent', 'producer prices in Estonia', 'increase', 'month_on_month', None, SEP, ES),
        ('-2.1%', 1, -2.1, 'percent', 'producer prices in Denmark', 'decrease', 'month_on_month', None, SEP, ES),
        ('-1.5%', 1, -1.5, 'percent', 'producer prices in Slovakia', 'decrease', 'month_on_month', None, SEP, ES),
        ('-1.2%', 1, -1.2, 'percent', 'producer prices in Lithuania', 'decrease', 'month_on_month', None, SEP, ES),
        ('0.1%', 5, 0.1, 'percent', "Germany's producer prices", 'decrease', 'month_on_month', None, SEP, ES),
        ('0.3%', 1, 0.3, 'percent', "France's producer prices", 'increase', 'month_on_month', None, SEP, ES),
        ('0.4%', 2, 0.4, 'percent', "Italy's producer prices", 'increase', 'month_on_month', None, SEP, ES),
        ('0.3%', 2, 0.3, 'percent', 'EU producer prices', 'increase', 'month_on_month', None, ASEP, ES),
        ('0.1%', 6, 0.1, 'percent', 'EU producer prices', 'decrease', 'year_on_year', None, ASEP, ES),
    ],
    'trading_economics_style_peru_interest_rate.txt': [
        ('4.25%', 1, 4.25, 'percent', 'reference rate', None, None, None, None, None),
        ('4.25%', 2, 4.25, 'percent', 'reference rate', None, None, None, NOVM, BCRP),
        ('25 bps', 1, 25, 'basis_point', 'reference rate', 'decrease', None, None, TSEP, BCRP),
        ('1.35%', 1, 1.35, 'percent', 'annual inflation', 'decrease', 'year_on_year', None, TOCT, BCRP),
        ('1.37%', 1, 1.37, 'percent', 'annual inflation', None, 'year_on_year', None, TSEP, BCRP),
        ('1%', 1, 1, 'percent', 'inflation target range', None, None, None, None, BCRP),
        ('3%', 1, 3, 'percent', 'inflation target range', None, None, None, None, BCRP),
        ('1.9%', 1, 1.9, 'percent', 'core inflation', 'decrease', 'year_on_year', None, TOCT, BCRP),
        ('2.0%', 1, 2.0, 'percent', 'core inflation', None, 'year_on_year', None, TSEP, BCRP),
        ('2.2%', 1, 2.2, 'percent', 'one-year-ahead inflation expectations', None, 'year_on_year', None, TOCT, BCRP),
        ('2.9%', 1, 2.9, 'percent', 'economy', 'increase', 'year_on_year', None, Q('in the third quarter', 2025, 3), BCRP),
        ('3.2%', 1, 3.2, 'percent', 'GDP growth', 'increase', 'year_on_year', None, Y('for 2025', 2025), BCRP),
        ('3.0%', 1, 3.0, 'percent', 'GDP growth', 'increase', 'year_on_year', None, Y('in 2026', 2026), BCRP),
        ('3.98 percent', 1, 3.98, 'percent', 'Interest Rate in Peru average', None, None, None, P('from 2003 until 2025', '2003-01-01', '2025-12-31'), BCRP),
        ('7.75 percent', 1, 7.75, 'percent', 'Interest Rate in Peru all time high', None, None, None, per('in January of 2023', 2023, 1), BCRP),
        ('0.25 percent', 1, 0.25, 'percent', 'Interest Rate in Peru record low', None, None, None, per('in April of 2020', 2020, 4), BCRP),
        ('4.25 percent', 1, 4.25, 'percent', 'Interest Rate in Peru', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('4.00 percent', 1, 4.00, 'percent', 'Peru Interest Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('3.75 percent', 1, 3.75, 'percent', 'Peru Interest Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_crude_oil_rig_count.txt': [
        ('0.2%', 1, 0.2, 'percent', 'Brent crude futures for January delivery', 'increase', None, None, ET, None),
        ('$63.51', 1, 63.51, 'USD', 'Brent crude futures for January delivery', 'increase', None, None, ET, None),
        ('0.1%', 1, 0.1, 'percent', 'West Texas Intermediate (WTI) crude futures', 'increase', None, None, ET, None),
        ('$59.06', 1, 59.06, 'USD', 'West Texas Intermediate (WTI) crude futures', 'increase', None, None, ET, None),
        ('2.5%', 1, 2.5, 'percent', 'Brent crude futures', 'decrease', None, 'approximately', TW, None),
        ('2.9%', 1, 2.9, 'percent', 'WTI crude futures', 'decrease', None, 'approximately', TW, None),
        ('2', 1, 2, 'count', 'oil rigs operating', 'decrease', None, None, TW, BH),
        ('417', 1, 417, 'count', 'oil rigs operating', 'decrease', None, None, TW, BH),
        ('4', 1, 4, 'count', 'gas rigs', 'increase', None, None, TW, BH),
        ('130', 1, 130, 'count', 'gas rigs', 'increase', None, None, TW, BH),
        ('2', 2, 2, 'count', 'total rig count', 'increase', None, None, TW, BH),
        ('554', 1, 554, 'count', 'total rig count', 'increase', None, None, TW, BH),
        ('28', 1, 28, 'count', 'total rig count', 'decrease', 'year_on_year', None, TW, BH),
        ('3', 1, 3, 'count', 'rig count in the Permian Basin', 'decrease', None, None, None, BH),
        ('248', 1, 248, 'count', 'rig count in the Permian Basin', 'decrease', None, None, None, BH),
        ('3.4 million barrels', 1, 3.4e6, 'barrel', 'U.S. crude inventories', 'decrease', None, None, WE14, EIA),
        ('600,000-barrel', 1, 600000, 'barrel', 'U.S. crude inventories', 'increase', None, None, WE14, None),
        ('$56', 1, 56, 'USD', 'Brent', None, None, None, Y26, GS),
        ('$52', 1, 52, 'USD', 'WTI', None, None, None, Y26, GS),
    ],
    'business_standard_style_fpi_flows_rupee.txt': [
        ('₹3,765 cr', 1, 3765e7, 'INR', 'FPI net outflow from equities', None, None, None, HNOV, None),
        ('9 paise', 1, 0.09, 'INR', 'rupee', 'decrease', None, None, None, None),
        ('89.36', 1, 89.36, 'INR', 'rupee', 'decrease', None, None, None, None),
        ('₹3,765 crore', 1, 3765e7, 'INR', 'FPI net outflow from Indian equities', None, None, None, SFTM, NSDL),
        ('₹14,610 crore', 1, 14610e7, 'INR', 'FPI net purchases of Indian equities', None, None, None, BOCT, NSDL),
        ('₹9,820 crore', 1, 9820e7, 'INR', 'FPI investments through the primary market and other routes', None, None, None, TM, NSDL),
        ('₹8,114 crore', 1, 8114e7, 'INR', 'FPI debt investments under the general limit', None, None, None, TM, NSDL),
        ('₹5,210 crore', 1, 5210e7, 'INR', 'FPI debt investments through the voluntary retention route', None, None, None, TM, NSDL),
        ('₹1,350 crore', 1, 1350e7, 'INR', 'FPI withdrawals from the fully accessible route', None, None, None, TM, NSDL),
        ('₹1,47,210 crore', 1, 147210e7, 'INR', 'total net outflow from equities', None, None, None, Y25, NSDL),
        ('₹74.6 trillion', 1, 74.6e12, 'INR', 'assets under custody of FPIs', None, None, None, EOCT, NSDL),
        ('4 per cent', 1, 4, 'percent', 'assets under custody of FPIs', 'increase', 'month_on_month', 'approximately', EOCT, NSDL),
        ('21 times', 1, 21, 'times', 'Nifty one-year forward earnings multiple', None, None, 'approximately', None, GEOJIT),
        ('16 times', 1, 16, 'times', 'emerging markets one-year forward earnings multiple', None, None, 'approximately', None, GEOJIT),
        ('9 paise', 2, 0.09, 'INR', 'rupee against the US dollar', 'decrease', None, None, FRI, NSDL),
        ('89.36', 2, 89.36, 'INR', 'rupee against the US dollar', 'decrease', None, None, FRI, NSDL),
        ('89.49', 1, 89.49, 'INR', 'rupee intraday low', None, None, None, FRI, NSDL),
        ('0.7 per cent', 1, 0.7, 'percent', 'rupee', 'decrease', None, None, MTD, NSDL),
        ('4.3 per cent', 1, 4.3, 'percent', 'rupee', 'decrease', None, 'approximately', SFCY, NSDL),
    ],
    'eu_energy_style_gas_import_prices_by_supplier.txt': [
        ('36.2 €/MWh', 1, 36.2, 'EUR', 'average price of EU pipeline gas imports', None, None, None, EQ2, None),
        ('14%', 1, 14, 'percent', 'average price of EU pipeline gas imports', 'decrease', 'quarter_on_quarter', None, EQ2, None),
        ('9%', 1, 9, 'percent', 'average price of EU pipeline gas imports', 'increase', 'year_on_year', None, EQ2, None),
        ('37.8 €/MWh', 1, 37.8, 'EUR', 'LNG import prices', None, None, None, EQ2, None),
        ('16%', 1, 16, 'percent', 'LNG import prices', 'decrease', 'quarter_on_quarter', None, EQ2, None),
        ('1.6 €/MWh', 1, 1.6, 'EUR', 'premium of LNG over pipeline gas', 'decrease', None, None, EQ2, None),
        ('3.5 €/MWh', 1, 3.5, 'EUR', 'premium of LNG over pipeline gas', None, None, None, EPQ, None),
        ('37.4 €/MWh', 1, 37.4, 'EUR', 'price of Norwegian gas', None, None, None, ESQ, None),
        ('35.1 €/MWh', 1, 35.1, 'EUR', 'price of Algerian gas', None, None, None, ESQ, None),
        ('33.9 €/MWh', 1, 33.9, 'EUR', 'price of Azerbaijani gas', None, None, None, ESQ, None),
        ('31 €/MWh', 1, 31, 'EUR', 'price of Russian pipeline gas delivered via TurkStream', None, None, 'approximately', ESQ, None),
        ('37.2 €/MWh', 1, 37.2, 'EUR', 'price of LNG deliveries from the United States', None, None, None, None, None),
        ('39.5 €/MWh', 1, 39.5, 'EUR', 'price of LNG deliveries from Qatar', None, None, None, None, None),
        ('34.8 €/MWh', 1, 34.8, 'EUR', 'price of Russian LNG', None, None, None, None, None),
        ('8%', 1, 8, 'percent', 'price of Russian LNG', 'decrease', None, 'approximately', None, None),
        ('71.4 bcm', 1, 71.4e9, 'cubic metre', 'extra-EU gas imports', None, None, None, EINQ, ES),
        ('38.6 bcm', 1, 38.6e9, 'cubic metre', 'extra-EU gas imports by pipeline', None, None, None, EINQ, ES),
        ('57%', 1, 57, 'percent', 'United States share of EU LNG imports', None, None, None, EINQ, ES),
        ('18.7 bcm', 1, 18.7e9, 'cubic metre', 'EU LNG imports from the United States', None, None, None, EINQ, ES),
        ('14%', 2, 14, 'percent', 'Russia share of EU LNG imports', None, None, None, EINQ, ES),
        ('9%', 2, 9, 'percent', 'Qatar share of EU LNG imports', None, None, None, EINQ, ES),
        ('31%', 1, 31, 'percent', "Norway's share of total gas imports", 'increase', None, None, EINQ, ES),
        ('29%', 1, 29, 'percent', "Norway's share of total gas imports", None, None, None, EYE, ES),
        ('EUR 26 billion', 1, 26e9, 'EUR', 'EU gas import bill', 'decrease', None, None, ESQ25, ES),
        ('EUR 30 billion', 1, 30e9, 'EUR', 'EU gas import bill', None, None, None, EQ1, ES),
    ],
    'nbs_style_steel_cement_coal_output.txt': [
        ('406.5 million tons', 1, 406.5e6, 'tonne', 'raw coal output of industrial enterprises above designated size', None, None, None, NOCT, NBS),
        ('2.3 percent', 1, 2.3, 'percent', 'raw coal output of industrial enterprises above designated size', 'decrease', 'year_on_year', None, NOCT, NBS),
        ('13.11 million tons', 1, 13.11e6, 'tonne', 'average daily raw coal output', None, None, None, NOCT, NBS),
        ('3.97 billion tons', 1, 3.97e9, 'tonne', 'raw coal output', None, None, None, JO, NBS),
        ('1.5 percent', 1, 1.5, 'percent', 'raw coal output', 'increase', 'year_on_year', None, JO, NBS),
        ('72.0 million tons', 1, 72.0e6, 'tonne', 'output of crude steel', None, None, None, NOCT, NBS),
        ('64.1 million tons', 1, 64.1e6, 'tonne', 'output of pig iron', None, None, None, NOCT, NBS),
        ('116.0 million tons', 1, 116.0e6, 'tonne', 'output of steel products', None, None, None, NOCT, NBS),
        ('12.1 percent', 1, 12.1, 'percent', 'output of crude steel', 'decrease', 'year_on_year', None, NOCT, NBS),
        ('7.2 percent', 1, 7.2, 'percent', 'output of pig iron', 'decrease', 'year_on_year', None, NOCT, NBS),
        ('2.5 percent', 1, 2.5, 'percent', 'output of steel products', 'decrease', 'year_on_year', None, NOCT, NBS),
        ('2.32 million tons', 1, 2.32e6, 'tonne', 'average daily output of crude steel', None, None, None, NOCT, NBS),
        ('0.26 million tons', 1, 0.26e6, 'tonne', 'average daily output of crude steel', 'decrease', 'month_on_month', None, NOCT, NBS),
        ('817.9 million tons', 1, 817.9e6, 'tonne', 'output of crude steel', None, None, None, JO, NBS),
        ('3.9 percent', 1, 3.9, 'percent', 'output of crude steel', 'decrease', 'year_on_year', None, JO, NBS),
        ('695.3 million tons', 1, 695.3e6, 'tonne', 'output of pig iron', None, None, None, JO, NBS),
        ('1.8 percent', 1, 1.8, 'percent', 'output of pig iron', 'decrease', 'year_on_year', None, JO, NBS),
        ('1,218.6 million tons', 1, 1218.6e6, 'tonne', 'output of steel products', None, None, None, JO, NBS),
        ('4.7 percent', 1, 4.7, 'percent', 'output of steel products', 'increase', 'year_on_year', None, JO, NBS),
        ('150.3 million tons', 1, 150.3e6, 'tonne', 'cement output', None, None, None, NOCT, NBS),
        ('15.8 percent', 1, 15.8, 'percent', 'cement output', 'decrease', 'year_on_year', None, NOCT, NBS),
        ('40.2 million tons', 1, 40.2e6, 'tonne', 'output of coke', None, None, None, NOCT, NBS),
        ('0.6 percent', 1, 0.6, 'percent', 'output of coke', 'increase', 'year_on_year', None, NOCT, NBS),
        ('1.39 billion tons', 1, 1.39e9, 'tonne', 'cement output', None, None, None, JO, NBS),
        ('6.7 percent', 1, 6.7, 'percent', 'cement output', 'decrease', 'year_on_year', None, JO, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
