# ruff: noqa: E501, RUF001
"""Write corpus/annotated_34/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_34.py corpus/annotated_34
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
IBC = "Brazilian Coffee Institute"
MOEA = "Ministry of Economic Affairs"
DGBAS = "Directorate-General of Budget, Accounting and Statistics"
NYF = "Federal Reserve Bank of New York"
GS = "Goldman Sachs"
SC = "Statistics Canada"
BBG = "Bloomberg"
SPG = "S&P Global"
TE = "Trading Economics"
CBRT = "Central Bank of the Republic of Turkey"
TSI = "Turkish Statistical Institute"
MOCI = "Ministry of Commerce and Industry"
IBJA = "India Bullion and Jewellers Association"
GOI = "Government of India"
ENTSOE = "European Network of Transmission System Operators for Electricity"
MOFCOM = "Ministry of Commerce"

# 3401 ONS quarterly sector accounts (ref Monday 2025-12-22)
Q3L = Q("in Quarter 3 (July to Sept) 2025", 2025, 3)
Q2L = Q("in Quarter 2 (Apr to June) 2025", 2025, 2)
Q3 = Q("in Quarter 3 2025", 2025, 3)
LQ = Q("in the latest quarter", 2025, 3)
FQ2 = Q("for Quarter 2 2025", 2025, 2)
# 3402 Reuters 1987 (ref Wednesday 1987-05-06)
APR = per("in April", 1987, 4)
F4 = P("in the first four months of the year", "1987-01-01", "1987-04-30")
FMAY = per("for May", 1987, 5)
TUE = P("on Tuesday", "1987-05-05", "1987-05-05")
# 3403 Reuters 2025 (ref Monday 2025-12-22)
NOV = per("in November", 2025, 11)
INOV = per("In November", 2025, 11)
DEC = per("December", 2025, 12)
# 3404 CNBC (ref Tuesday 2025-08-05)
SQ = Q("in the second quarter", 2025, 2)
INQ = Q("in the quarter", 2025, 2)
FQ = Q("in the first quarter", 2025, 1)
# 3405 MT Newswires (ref Friday 2025-12-05)
MNOV = per("in November", 2025, 11)
MOCT = per("in October", 2025, 10)
# 3406 Trading Economics (ref Tuesday 2025-07-01)
JUN25 = per("in June 2025", 2025, 6)
IJUN = per("In June", 2025, 6)
MAY = per("in May", 2025, 5)
# 3407 Investing.com (ref Thursday 2025-12-11)
ET = P("By 07:45 ET", None, None)
THU = P("on Thursday", "2025-12-11", "2025-12-11")
TNOV = per("in November", 2025, 11)
# 3408 Business Standard (ref Tuesday 2025-12-16)
BNOV = per("in November", 2025, 11)
AN26 = P("During April-November of FY26", "2025-04-01", "2025-11-30")
AN = P("in April-November", "2025-04-01", "2025-11-30")
JUL24 = per("in July 2024", 2024, 7)
# 3409 DG ENER (ref Wednesday 2026-01-14)
Q325 = Q("In the third quarter of 2025", 2025, 3)
EQ = Q("in the quarter", 2025, 3)
IQ3 = Q("In the third quarter", 2025, 3)
# 3410 MOFCOM via NBS style (ref Thursday 2025-11-20)
JO25 = P("from January to October 2025", "2025-01-01", "2025-10-31")
JO = P("from January to October", "2025-01-01", "2025-10-31")
F10 = P("in the first ten months", "2025-01-01", "2025-10-31")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_household_saving_ratio_income.txt': [
        ('9.6%', 1, 9.6, 'percent', "households' saving ratio", 'decrease', None, None, Q3L, None),
        ('10.2%', 1, 10.2, 'percent', "households' saving ratio", None, None, None, Q2L, None),
        ('0.8%', 1, 0.8, 'percent', "real households' disposable income per head", 'decrease', 'quarter_on_quarter', None, Q3, None),
        ('0.5%', 1, 0.5, 'percent', "real households' disposable income per head", 'increase', 'year_on_year', None, Q3, None),
        ('£17.3 billion', 1, 17.3e9, 'GBP', "UK's net lending to the rest of the world", 'decrease', None, None, LQ, None),
        ('2.4%', 1, 2.4, 'percent', "UK's net lending to the rest of the world as a share of GDP", 'decrease', None, None, LQ, None),
        ('0.4%', 1, 0.4, 'percent', "households' gross disposable income", 'increase', 'quarter_on_quarter', None, Q3, ONS),
        ('0.9%', 1, 0.9, 'percent', 'implied household consumption deflator', 'increase', 'quarter_on_quarter', None, Q3, ONS),
        ('0.5%', 2, 0.5, 'percent', "real households' disposable income", 'decrease', 'quarter_on_quarter', None, Q3, ONS),
        ('£6.2 billion', 1, 6.2e9, 'GBP', 'total resources', 'increase', 'quarter_on_quarter', None, Q3, ONS),
        ('£581.4 billion', 1, 581.4e9, 'GBP', 'total resources', 'increase', None, None, Q3, ONS),
        ('two-thirds', 1, 0.6667, 'fraction', 'wages and salaries share of total resources', None, None, 'approximately', Q3, ONS),
        ('£3.1 billion', 1, 3.1e9, 'GBP', 'wages and salaries', 'increase', 'quarter_on_quarter', None, Q3, ONS),
        ('£1.4 billion', 1, 1.4e9, 'GBP', 'net property income', 'decrease', 'quarter_on_quarter', None, Q3, ONS),
        ('1.1%', 1, 1.1, 'percent', 'household final consumption expenditure', 'increase', 'quarter_on_quarter', None, Q3, ONS),
        ('0.6 percentage point', 1, 0.6, 'percentage_point', 'saving ratio', 'decrease', 'quarter_on_quarter', None, Q3, ONS),
        ('0.3 percentage points', 1, 0.3, 'percentage_point', 'saving ratio revision', 'increase', None, None, FQ2, ONS),
        ('10.2%', 2, 10.2, 'percent', 'saving ratio', 'increase', None, None, FQ2, ONS),
        ('6%', 1, 6, 'percent', 'saving ratio pre-coronavirus average', None, None, 'approximately', P('between 2015 and 2019', '2015-01-01', '2019-12-31'), ONS),
        ('£12.8 billion', 1, 12.8e9, 'GBP', "households' net lending", 'decrease', None, None, Q3, ONS),
        ('£19.4 billion', 1, 19.4e9, 'GBP', "households' net lending", None, None, None, Q('in the same quarter a year ago', 2024, 3), ONS),
    ],
    'wire_1987_brazil_coffee_export_registrations.txt': [
        ('1.21 MLN', 1, 1.21e6, 'count', 'Brazil coffee export registrations', None, None, None, per('IN APRIL', 1987, 4), None),
        ('1.21 mln', 1, 1.21e6, 'count', 'Brazilian coffee export registrations', 'increase', None, None, APR, IBC),
        ('864,500', 1, 864500, 'count', 'Brazilian coffee export registrations', None, None, None, per('in March', 1987, 3), IBC),
        ('1.68 mln', 1, 1.68e6, 'count', 'Brazilian coffee export registrations', None, None, None, per('in April 1986', 1986, 4), IBC),
        ('4.02 mln', 1, 4.02e6, 'count', 'registrations', None, None, None, F4, IBC),
        ('5.37 mln', 1, 5.37e6, 'count', 'registrations', None, None, None, P('in the same 1986 period', '1986-01-01', '1986-04-30'), IBC),
        ('25.1 pct', 1, 25.1, 'percent', 'registrations', 'decrease', 'year_on_year', None, F4, IBC),
        ('1.07 mln', 1, 1.07e6, 'count', 'green coffee registrations', None, None, None, per('April', 1987, 4), IBC),
        ('138,400', 1, 138400, 'count', 'soluble coffee registrations', None, None, None, per('April', 1987, 4), IBC),
        ('342,000', 1, 342000, 'count', 'registrations to the United States', None, None, None, APR, IBC),
        ('196,000', 1, 196000, 'count', 'registrations to West Germany', None, None, None, APR, IBC),
        ('104,000', 1, 104000, 'count', 'registrations to Japan', None, None, None, APR, IBC),
        ('88,500', 1, 88500, 'count', 'registrations to Italy', None, None, None, APR, IBC),
        ('410,000', 1, 410000, 'count', 'registrations for May shipment', None, None, None, P('by May 5', '1987-05-05', '1987-05-05'), IBC),
        ('600,000', 1, 600000, 'count', 'registrations for May shipment', None, None, 'approximately', P('at the same point last year', '1986-05-05', '1986-05-05'), IBC),
        ('1.30 dlrs', 1, 1.30, 'USD', 'minimum registration price', None, None, None, FMAY, IBC),
        ('15 cents', 1, 0.15, 'USD', 'minimum registration price', 'increase', None, 'approximately', FMAY, IBC),
        ('1.1485 dlrs', 1, 1.1485, 'USD', "New York's July contract", None, None, None, TUE, None),
        ('2.15 cents', 1, 0.0215, 'USD', "New York's July contract", 'decrease', None, None, TUE, None),
        ('1.5 mln', 1, 1.5e6, 'count', 'registrations', 'increase', None, 'approximately', per('in June', 1987, 6), None),
    ],
    'wire_2025_taiwan_export_orders.txt': [
        ('18.4%', 1, 18.4, 'percent', "Taiwan's export orders", 'increase', None, None, per('November', 2025, 11), None),
        ('18.4%', 2, 18.4, 'percent', "Taiwan's export orders", 'increase', 'year_on_year', None, NOV, MOEA),
        ('$66.2 billion', 1, 66.2e9, 'USD', "Taiwan's export orders", 'increase', None, None, NOV, MOEA),
        ('14', 1, 14, 'count', 'economists in a Reuters poll', None, None, None, NOV, 'Reuters'),
        ('22.0%', 1, 22.0, 'percent', 'export orders', 'increase', 'year_on_year', None, NOV, 'Reuters'),
        ('25.1%', 1, 25.1, 'percent', 'export orders', 'increase', 'year_on_year', None, per('In October', 2025, 10), MOEA),
        ('33.7%', 1, 33.7, 'percent', 'orders for information and communication products', 'increase', 'year_on_year', None, INOV, MOEA),
        ('21.5%', 1, 21.5, 'percent', 'orders for electronic products', 'increase', 'year_on_year', None, INOV, MOEA),
        ('6.2%', 1, 6.2, 'percent', 'orders for optical equipment', 'decrease', 'year_on_year', None, INOV, MOEA),
        ('3.9%', 1, 3.9, 'percent', 'orders for basic metals', 'decrease', 'year_on_year', None, INOV, MOEA),
        ('27.9%', 1, 27.9, 'percent', 'orders from the United States', 'increase', None, None, NOV, MOEA),
        ('10.4%', 1, 10.4, 'percent', 'orders from Europe', 'increase', None, None, NOV, MOEA),
        ('2.6%', 1, 2.6, 'percent', 'orders from Japan', 'increase', None, None, NOV, MOEA),
        ('0.8%', 1, 0.8, 'percent', 'orders from China and Hong Kong', 'decrease', None, None, NOV, MOEA),
        ('$632.5 billion', 1, 632.5e9, 'USD', 'export orders', None, None, None, P('For the January-November period', '2025-01-01', '2025-11-30'), MOEA),
        ('19.3%', 1, 19.3, 'percent', 'export orders', 'increase', 'year_on_year', None, P('For the January-November period', '2025-01-01', '2025-11-30'), MOEA),
        ('$64.0 billion', 1, 64.0e9, 'USD', 'export orders', None, None, None, DEC, MOEA),
        ('$66.5 billion', 1, 66.5e9, 'USD', 'export orders', None, None, None, DEC, MOEA),
        ('12.2%', 1, 12.2, 'percent', 'export orders', 'increase', 'year_on_year', None, DEC, MOEA),
        ('16.6%', 1, 16.6, 'percent', 'export orders', 'increase', 'year_on_year', None, DEC, MOEA),
        ('1.9%', 1, 1.9, 'percent', 'export orders', 'decrease', 'month_on_month', None, per('November', 2025, 11), MOEA),
        ('7.64%', 1, 7.64, 'percent', "Taiwan's economy", 'increase', 'year_on_year', None, Q('in the third quarter', 2025, 3), DGBAS),
        ('0.2%', 1, 0.2, 'percent', 'Taiwan dollar', 'increase', None, None, P('on Monday', '2025-12-22', '2025-12-22'), DGBAS),
        ('31.42', 1, 31.42, 'TWD', 'Taiwan dollar', 'increase', None, None, P('on Monday', '2025-12-22', '2025-12-22'), DGBAS),
    ],
    'cnbc_style_ny_fed_household_debt_delinquencies.txt': [
        ('$18.39 trillion', 1, 18.39e12, 'USD', 'household debt', 'increase', None, None, None, NYF),
        ('$18.39 trillion', 2, 18.39e12, 'USD', 'total household debt', 'increase', None, None, SQ, NYF),
        ('$185 billion', 1, 185e9, 'USD', 'total debt', 'increase', 'quarter_on_quarter', None, SQ, NYF),
        ('1%', 1, 1, 'percent', 'total debt', 'increase', 'quarter_on_quarter', None, SQ, NYF),
        ('$4.25 trillion', 1, 4.25e12, 'USD', 'household balances', 'increase', None, None, P('at the end of 2019', '2019-12-31', '2025-06-30'), NYF),
        ('4.4%', 1, 4.4, 'percent', 'share of outstanding debt in some stage of delinquency', 'increase', None, 'approximately', P('at the end of June', '2025-06-30', '2025-06-30'), NYF),
        ('3.6%', 1, 3.6, 'percent', 'share of outstanding debt in some stage of delinquency', None, None, None, P('a year earlier', '2024-06-30', '2024-06-30'), NYF),
        ('10.2%', 1, 10.2, 'percent', 'share of student loan balances transitioning into serious delinquency', 'increase', None, None, INQ, NYF),
        ('0.8%', 1, 0.8, 'percent', 'share of student loan balances transitioning into serious delinquency', None, None, None, Q('a year earlier', 2024, 2), NYF),
        ('2.2 million', 1, 2.2e6, 'count', 'borrowers whose credit scores dropped by more than 100 points', None, None, 'approximately', FQ, NYF),
        ('$27 billion', 1, 27e9, 'USD', 'credit card balances', 'increase', None, None, SQ, NYF),
        ('$1.21 trillion', 1, 1.21e12, 'USD', 'credit card balances', 'increase', None, None, SQ, NYF),
        ('12.3%', 1, 12.3, 'percent', 'share of credit card balances 90 or more days delinquent', None, None, 'approximately', SQ, NYF),
        ('12.4%', 1, 12.4, 'percent', 'share of credit card balances 90 or more days delinquent', None, None, None, FQ, NYF),
        ('$458 billion', 1, 458e9, 'USD', 'mortgage originations', 'increase', None, None, SQ, NYF),
        ('$401 billion', 1, 401e9, 'USD', 'mortgage originations', None, None, None, Q('in the first', 2025, 1), NYF),
        ('$188 billion', 1, 188e9, 'USD', 'auto loan originations', None, None, None, SQ, NYF),
        ('48,000', 1, 48000, 'count', 'consumers with a new foreclosure notation', 'increase', None, 'approximately', P('between April and June', '2025-04-01', '2025-06-30'), NYF),
        ('45,000', 1, 45000, 'count', 'consumers with a new foreclosure notation', None, None, None, P('in the prior three months', '2025-01-01', '2025-03-31'), NYF),
        ('12%', 1, 12, 'percent', 'serious delinquency rate on credit cards', None, None, 'approximately', P('by year-end', '2025-12-31', '2025-12-31'), GS),
    ],
    'mt_newswires_canada_labour_force_survey.txt': [
        ('54,300', 1, 54300, 'count', 'jobs', 'increase', None, None, MNOV, None),
        ('6.5%', 1, 6.5, 'percent', 'unemployment rate', 'decrease', None, None, MNOV, None),
        ('54,300', 2, 54300, 'count', 'employment', 'increase', 'month_on_month', None, MNOV, SC),
        ('5,000', 1, 5000, 'count', 'employment', 'increase', 'month_on_month', None, MNOV, BBG),
        ('66,600', 1, 66600, 'count', 'employment', 'increase', 'month_on_month', None, MOCT, SC),
        ('0.4 percentage points', 1, 0.4, 'percentage_point', 'unemployment rate', 'decrease', None, None, MNOV, SC),
        ('6.5%', 2, 6.5, 'percent', 'unemployment rate', 'decrease', None, None, MNOV, SC),
        ('7.0%', 1, 7.0, 'percent', 'unemployment rate', 'increase', None, None, MNOV, BBG),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'employment rate', 'increase', None, None, None, SC),
        ('61.0%', 1, 61.0, 'percent', 'employment rate', 'increase', None, None, None, SC),
        ('0.3 points', 1, 0.3, 'percentage_point', 'participation rate', 'decrease', None, None, None, SC),
        ('65.2%', 1, 65.2, 'percent', 'participation rate', 'decrease', None, None, None, SC),
        ('63,000', 1, 63000, 'count', 'part-time work', 'increase', None, None, MNOV, SC),
        ('46,000', 1, 46000, 'count', 'jobs in health care and social assistance', 'increase', None, None, MNOV, SC),
        ('20,000', 1, 20000, 'count', 'jobs in information, culture and recreation', 'increase', None, None, MNOV, SC),
        ('15,000', 1, 15000, 'count', 'positions in construction', 'decrease', None, None, MNOV, SC),
        ('3.6%', 1, 3.6, 'percent', 'average hourly wages of permanent employees', 'increase', 'year_on_year', None, MNOV, SC),
        ('$37.69', 1, 37.69, 'CAD', 'average hourly wages of permanent employees', 'increase', None, None, MNOV, SC),
        ('3.5%', 1, 3.5, 'percent', 'average hourly wages of permanent employees', 'increase', 'year_on_year', None, MOCT, SC),
        ('181,000', 1, 181000, 'count', 'employment', 'increase', 'year_on_year', None, MNOV, SC),
        ('0.9%', 1, 0.9, 'percent', 'employment', 'increase', 'year_on_year', None, MNOV, SC),
        ('0.4%', 1, 0.4, 'percent', 'total hours worked', 'increase', 'year_on_year', None, MNOV, SC),
        ('0.2%', 1, 0.2, 'percent', 'Canadian dollar', 'increase', None, None, None, SC),
        ('US$0.7165', 1, 0.7165, 'USD', 'Canadian dollar', 'increase', None, None, None, SC),
    ],
    'trading_economics_style_china_caixin_manufacturing_pmi.txt': [
        ('50.4', 1, 50.4, 'index_point', 'Caixin China General Manufacturing PMI', 'increase', None, None, JUN25, SPG),
        ('48.3', 1, 48.3, 'index_point', 'Caixin China General Manufacturing PMI', None, None, None, MAY, SPG),
        ('48.8', 1, 48.8, 'index_point', 'Caixin China General Manufacturing PMI', None, None, None, JUN25, None),
        ('51.2', 1, 51.2, 'index_point', 'output sub-index', None, None, None, IJUN, SPG),
        ('50.6', 1, 50.6, 'index_point', 'new orders sub-index', None, None, None, IJUN, SPG),
        ('47.9', 1, 47.9, 'index_point', 'new export orders index', 'increase', None, None, IJUN, SPG),
        ('46.4', 1, 46.4, 'index_point', 'new export orders index', None, None, None, MAY, SPG),
        ('48.9', 1, 48.9, 'index_point', 'employment index', None, None, None, IJUN, SPG),
        ('46.9', 1, 46.9, 'index_point', 'input price index', 'decrease', None, None, None, SPG),
        ('48.6', 1, 48.6, 'index_point', 'output price index', 'decrease', None, None, None, SPG),
        ('49.1', 1, 49.1, 'index_point', 'output price index', None, None, None, None, SPG),
        ('650', 1, 650, 'count', 'manufacturers covered by the survey', None, None, 'approximately', None, SPG),
        ('50.35 points', 1, 50.35, 'index_point', 'Manufacturing PMI in China average', None, None, None, P('from 2004 until 2025', '2004-01-01', '2025-12-31'), SPG),
        ('54.04 points', 1, 54.04, 'index_point', 'Manufacturing PMI in China all time high', None, None, None, per('in November of 2010', 2010, 11), SPG),
        ('40.30 points', 1, 40.30, 'index_point', 'Manufacturing PMI in China record low', None, None, None, per('in February of 2020', 2020, 2), SPG),
        ('49.80 points', 1, 49.80, 'index_point', 'Manufacturing PMI in China', None, None, None, P('by the end of this quarter', '2025-09-30', '2025-09-30'), TE),
        ('50.30 points', 1, 50.30, 'index_point', 'China Caixin Manufacturing PMI', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('50.60 points', 1, 50.60, 'index_point', 'China Caixin Manufacturing PMI', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_usdtry_cbrt_decision.txt': [
        ('150 bps', 1, 150, 'basis_point', 'rates', 'decrease', None, None, None, CBRT),
        ('0.1%', 1, 0.1, 'percent', 'USD/TRY', 'increase', None, None, ET, None),
        ('42.6815', 1, 42.6815, 'TRY', 'USD/TRY', 'increase', None, None, ET, None),
        ('42.7140', 1, 42.7140, 'TRY', 'USD/TRY record high', None, None, None, P('on Wednesday', '2025-12-10', '2025-12-10'), None),
        ('29%', 1, 29, 'percent', 'lira', 'decrease', None, 'approximately', P('so far this year', '2025-01-01', '2025-12-11'), None),
        ('150 basis points', 1, 150, 'basis_point', 'one-week repo rate', 'decrease', None, None, THU, CBRT),
        ('38.00%', 1, 38.00, 'percent', 'one-week repo rate', 'decrease', None, None, THU, CBRT),
        ('17', 1, 17, 'count', 'economists in a Reuters poll', None, None, None, THU, 'Reuters'),
        ('100 basis points', 1, 100, 'basis_point', 'one-week repo rate', 'decrease', None, None, THU, 'Reuters'),
        ('38.50%', 1, 38.50, 'percent', 'one-week repo rate', 'decrease', None, None, THU, 'Reuters'),
        ('150 basis points', 2, 150, 'basis_point', 'overnight lending rate', 'decrease', None, None, THU, CBRT),
        ('41.00%', 1, 41.00, 'percent', 'overnight lending rate', 'decrease', None, None, THU, CBRT),
        ('36.50%', 1, 36.50, 'percent', 'overnight borrowing rate', 'decrease', None, None, THU, CBRT),
        ('31.1%', 1, 31.1, 'percent', 'annual consumer price inflation', 'decrease', 'year_on_year', None, TNOV, TSI),
        ('32.9%', 1, 32.9, 'percent', 'annual consumer price inflation', None, 'year_on_year', None, per('in October', 2025, 10), TSI),
        ('0.87%', 1, 0.87, 'percent', 'monthly inflation', None, 'month_on_month', None, TNOV, TSI),
        ('700 basis points', 1, 700, 'basis_point', 'policy rate', 'decrease', None, None, P('since it restarted easing in July', '2025-07-01', '2025-12-11'), CBRT),
        ('16%', 1, 16, 'percent', 'inflation', None, None, None, P('at the end of 2026', '2026-12-31', '2026-12-31'), CBRT),
        ('$2.1 billion', 1, 2.1e9, 'USD', 'gross foreign exchange reserves', 'increase', None, None, P('in the week to Dec. 5', '2025-11-29', '2025-12-05'), CBRT),
        ('$183.4 billion', 1, 183.4e9, 'USD', 'gross foreign exchange reserves', 'increase', None, None, P('in the week to Dec. 5', '2025-11-29', '2025-12-05'), CBRT),
    ],
    'business_standard_style_india_gold_imports.txt': [
        ('59%', 1, 59, 'percent', 'gold imports', 'decrease', None, None, BNOV, None),
        ('$3.9 bn', 1, 3.9e9, 'USD', 'gold imports', 'decrease', None, None, BNOV, None),
        ('59.2 per cent', 1, 59.2, 'percent', "India's gold imports", 'decrease', 'year_on_year', None, BNOV, MOCI),
        ('$3.93 billion', 1, 3.93e9, 'USD', "India's gold imports", 'decrease', None, None, BNOV, MOCI),
        ('200 per cent', 1, 200, 'percent', 'gold imports', 'increase', 'year_on_year', 'approximately', per('In the previous month', 2025, 10), MOCI),
        ('$14.72 billion', 1, 14.72e9, 'USD', 'gold imports', 'increase', None, None, per('In the previous month', 2025, 10), MOCI),
        ('$41.2 bn', 1, 41.2e9, 'USD', 'gold imports', 'decrease', None, None, AN26, MOCI),
        ('$42.3 bn', 1, 42.3e9, 'USD', 'gold imports', None, None, None, P('in the same period a year ago', '2024-04-01', '2024-11-30'), MOCI),
        ('a fifth', 1, 0.2, 'fraction', 'gold import volumes', 'decrease', 'year_on_year', 'approximately', AN26, MOCI),
        ('31.5 per cent', 1, 31.5, 'percent', 'silver imports', 'increase', None, None, BNOV, MOCI),
        ('$1.02 bn', 1, 1.02e9, 'USD', 'silver imports', 'increase', None, None, BNOV, MOCI),
        ('9.4 per cent', 1, 9.4, 'percent', 'imports of pearls, precious and semi-precious stones', 'decrease', None, None, BNOV, MOCI),
        ('$24.53 billion', 1, 24.53e9, 'USD', 'merchandise trade deficit', 'decrease', None, None, BNOV, MOCI),
        ('$41.68 billion', 1, 41.68e9, 'USD', 'merchandise trade deficit', None, None, None, per('in October', 2025, 10), MOCI),
        ('40 per cent', 1, 40, 'percent', 'Switzerland share of gold imports', None, None, 'approximately', AN, MOCI),
        ('16 per cent', 1, 16, 'percent', 'UAE share of gold imports', None, None, None, AN, MOCI),
        ('10 per cent', 1, 10, 'percent', 'South Africa share of gold imports', None, None, 'approximately', AN, MOCI),
        ('₹1,31,400', 1, 131400, 'INR', 'domestic gold prices', 'decrease', None, None, P('on Monday', '2025-12-15', '2025-12-15'), IBJA),
        ('₹1,34,800', 1, 134800, 'INR', 'domestic gold prices', None, None, None, P('on December 5', '2025-12-05', '2025-12-05'), IBJA),
        ('6 per cent', 1, 6, 'percent', 'customs duty on gold', 'decrease', None, None, JUL24, GOI),
        ('15 per cent', 1, 15, 'percent', 'customs duty on gold', None, None, None, JUL24, GOI),
    ],
    'eu_energy_style_wind_generation_curtailment.txt': [
        ('98 TWh', 1, 98, 'terawatt hour', 'wind power generation in the EU', None, None, None, Q325, None),
        ('7%', 1, 7, 'percent', 'wind power generation in the EU', 'increase', 'year_on_year', None, Q325, None),
        ('84 TWh', 1, 84, 'terawatt hour', 'onshore wind', None, None, None, Q325, None),
        ('14 TWh', 1, 14, 'terawatt hour', 'offshore wind', None, None, None, Q325, None),
        ('16.2%', 1, 16.2, 'percent', "wind's share in the EU power generation mix", 'increase', None, None, EQ, None),
        ('15.0%', 1, 15.0, 'percent', "wind's share in the EU power generation mix", None, None, None, Q('a year earlier', 2024, 3), None),
        ('24.5%', 1, 24.5, 'percent', 'solar share in the EU power generation mix', None, None, None, EQ, None),
        ('27 TWh', 1, 27, 'terawatt hour', 'wind generation in Germany', None, None, None, IQ3, None),
        ('+5%', 1, 5, 'percent', 'wind generation in Germany', 'increase', None, None, IQ3, None),
        ('15 TWh', 1, 15, 'terawatt hour', 'wind generation in Spain', None, None, None, IQ3, None),
        ('10 TWh', 1, 10, 'terawatt hour', 'wind generation in France', None, None, None, IQ3, None),
        ('+18%', 1, 18, 'percent', 'wind generation in France', 'increase', None, None, IQ3, None),
        ('3%', 1, 3, 'percent', 'wind generation in Denmark', 'decrease', None, None, IQ3, None),
        ('4.1 TWh', 1, 4.1, 'terawatt hour', 'wind generation affected by redispatch and curtailment measures', None, None, 'approximately', EQ, ENTSOE),
        ('3.2 TWh', 1, 3.2, 'terawatt hour', 'wind generation affected by redispatch and curtailment measures', None, None, None, Q('in Q3 2024', 2024, 3), ENTSOE),
        ('4%', 1, 4, 'percent', 'curtailed wind generation share of total wind output', None, None, 'approximately', EQ, ENTSOE),
        ('half', 1, 0.5, 'fraction', 'Germany share of the curtailed volumes', None, None, 'more_than', EQ, ENTSOE),
        ('2,870', 1, 2870, 'hour', 'negative-price hours across EU bidding zones', None, None, None, EQ, ENTSOE),
        ('38%', 1, 38, 'percent', 'negative-price hours across EU bidding zones', 'increase', 'year_on_year', None, EQ, ENTSOE),
        ('436 hours', 1, 436, 'hour', 'negative-price hours in the Netherlands', None, None, None, EQ, ENTSOE),
        ('3.4 GW', 1, 3.4, 'gigawatt', 'new wind installations', None, None, None, EQ, ENTSOE),
        ('237 GW', 1, 237, 'gigawatt', 'total EU wind capacity', 'increase', None, None, P('at the end of September 2025', '2025-09-30', '2025-09-30'), ENTSOE),
    ],
    'nbs_style_fdi_china_mofcom.txt': [
        ('53,782', 1, 53782, 'count', 'number of newly established foreign-invested enterprises in China', None, None, None, JO25, MOFCOM),
        ('14.7 percent', 1, 14.7, 'percent', 'number of newly established foreign-invested enterprises in China', 'increase', 'year_on_year', None, JO25, MOFCOM),
        ('639.4 billion yuan', 1, 639.4e9, 'CNY', 'actual use of foreign capital', None, None, None, JO25, MOFCOM),
        ('10.3 percent', 1, 10.3, 'percent', 'actual use of foreign capital', 'decrease', 'year_on_year', None, JO25, MOFCOM),
        ('160.2 billion yuan', 1, 160.2e9, 'CNY', 'actual use of foreign capital in the manufacturing industry', None, None, None, JO, MOFCOM),
        ('459.6 billion yuan', 1, 459.6e9, 'CNY', 'actual use of foreign capital in the service industry', None, None, None, JO, MOFCOM),
        ('183.7 billion yuan', 1, 183.7e9, 'CNY', 'actual use of foreign capital in high-tech industries', None, None, None, JO, MOFCOM),
        ('28.7 percent', 1, 28.7, 'percent', 'high-tech industries share of the actual use of foreign capital', None, None, None, JO, MOFCOM),
        ('102.3 percent', 1, 102.3, 'percent', 'actual use of foreign capital in e-commerce services', 'increase', 'year_on_year', None, JO, MOFCOM),
        ('38.5 percent', 1, 38.5, 'percent', 'actual use of foreign capital in aerospace manufacturing', 'increase', 'year_on_year', None, JO, MOFCOM),
        ('17.4 percent', 1, 17.4, 'percent', 'actual use of foreign capital in medical equipment manufacturing', 'increase', 'year_on_year', None, JO, MOFCOM),
        ('61.2 percent', 1, 61.2, 'percent', 'actual investment from Switzerland', 'increase', 'year_on_year', None, None, MOFCOM),
        ('53.6 percent', 1, 53.6, 'percent', 'actual investment from Japan', 'increase', 'year_on_year', None, None, MOFCOM),
        ('37.9 percent', 1, 37.9, 'percent', 'actual investment from the United Kingdom', 'increase', 'year_on_year', None, None, MOFCOM),
        ('15.1 percent', 1, 15.1, 'percent', 'actual investment from the Republic of Korea', 'increase', 'year_on_year', None, None, MOFCOM),
        ('532.6 billion yuan', 1, 532.6e9, 'CNY', 'actual use of foreign capital in the eastern region', None, None, None, F10, MOFCOM),
        ('9.8 percent', 1, 9.8, 'percent', 'actual use of foreign capital in the eastern region', 'decrease', 'year_on_year', None, F10, MOFCOM),
        ('48.3 billion yuan', 1, 48.3e9, 'CNY', 'actual use of foreign capital in the central region', None, None, None, F10, MOFCOM),
        ('18.6 percent', 1, 18.6, 'percent', 'actual use of foreign capital in the central region', 'decrease', 'year_on_year', None, F10, MOFCOM),
        ('58.5 billion yuan', 1, 58.5e9, 'CNY', 'actual use of foreign capital in the western region', None, None, None, F10, MOFCOM),
        ('2.3 percent', 1, 2.3, 'percent', 'actual use of foreign capital in the western region', 'increase', 'year_on_year', None, F10, MOFCOM),
        ('56.8 billion yuan', 1, 56.8e9, 'CNY', 'actual use of foreign capital', None, None, None, per('In October', 2025, 10), MOFCOM),
        ('5,916', 1, 5916, 'count', 'new foreign-invested enterprises established', None, None, None, per('In October', 2025, 10), MOFCOM),
        ('21.4 percent', 1, 21.4, 'percent', 'new foreign-invested enterprises established', 'increase', 'year_on_year', None, per('In October', 2025, 10), MOFCOM),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
