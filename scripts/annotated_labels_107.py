# ruff: noqa: E501, RUF001
"""Write corpus/annotated_107/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_107.py corpus/annotated_107
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
ABS = "Australian Bureau of Statistics"
IBGE = "Brazilian Institute of Geography and Statistics"
BCB = "Central Bank of Brazil"
NFLX = "Netflix"
LSEG = "LSEG"
SC = "Statistics Canada"
CAPMAS = "Central Agency for Public Mobilization and Statistics"
CBE = "Central Bank of Egypt"
TE = "Trading Economics"
EIA = "U.S. Energy Information Administration"
API = "American Petroleum Institute"
LUPIN = "Lupin"
EHPA = "European Heat Pump Association"
GER = "Government of Germany"
NBS = "National Bureau of Statistics"

# 10701 ONS consumer price inflation (ref Wednesday 2025-11-19)
O12 = P("in the 12 months to October 2025", "2025-10-01", "2025-10-31")
S12 = per("in the 12 months to September 2025", 2025, 9)
SEP = per("in September", 2025, 9)
BSO = P("between September and October 2025", "2025-10-01", "2025-10-31")
OCT25 = per("in October 2025", 2025, 10)
# 10702 Reuters 1987 (ref Wednesday 1987-03-04)
JAN = per("in January", 1987, 1)
DEC = per("in December", 1986, 12)
AJAN = per("January", 1987, 1)
FY7 = P("In the first seven months of the 1986/87 financial year", "1986-07-01", "1987-01-31")
JJ87 = P("in July-January", "1986-07-01", "1987-01-31")
# 10703 Reuters 2025 (ref Tuesday 2025-12-02)
BOCT = per("in October", 2025, 10)
BSEP = per("September", 2025, 9)
BTUE = P("on Tuesday", "2025-12-02", "2025-12-02")
# 10704 CNBC (ref Thursday 2024-07-18)
QJ30 = P("in the quarter ended June 30", "2024-04-01", "2024-06-30")
NQ = Q("in the quarter", 2024, 2)
FY24 = Y("full-year", 2024)
NQ3 = Q("For the third quarter", 2024, 3)
# 10705 MT Newswires (ref Wednesday 2025-08-13)
JUN = per("in June", 2025, 6)
MAYS = per("May's", 2025, 5)
# 10706 Trading Economics (ref Wednesday 2025-09-10)
AUG25 = per("in August 2025", 2025, 8)
EJUL = per("in July", 2025, 7)
A28 = P("on August 28", "2025-08-28", "2025-08-28")
# 10707 Investing.com (ref Wednesday 2025-08-13)
ET = P("By 11:20 ET", None, None)
WK = P("in the week ended Aug. 8", "2025-08-02", "2025-08-08")
# 10708 Business Standard (ref Thursday 2025-11-06)
SQ = P("for the September quarter (Q2FY26)", "2025-07-01", "2025-09-30")
INQ = P("in the quarter", "2025-07-01", "2025-09-30")
H1 = P("For the first half (H1FY26)", "2025-04-01", "2025-09-30")
# 10709 DG ENER heat pumps (ref Wednesday 2025-10-15)
JJ = P("between January and June", "2025-01-01", "2025-06-30")
DFH = P("during the first half", "2025-01-01", "2025-06-30")
IFH = P("in the first half", "2025-01-01", "2025-06-30")
E24 = P("At the end of 2024", "2024-12-31", "2024-12-31")
# 10710 NBS (ref Monday 2025-12-15)
NOV = per("in November", 2025, 11)
INOV = per("In November", 2025, 11)
JN = P("From January to November", "2025-01-01", "2025-11-30")
F11 = P("In the first 11 months", "2025-01-01", "2025-11-30")

CPIH = "CPIH"
CPI = "Consumer Prices Index (CPI)"
HHS = "contribution of housing and household services to the change in the CPIH 12-month rate"
CA = "current account deficit"
ARM = "average revenue per membership"
HEAT = "inflation for housing, water, electricity, gas & other fuels"

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_consumer_price_inflation_detailed.txt': [
        ('3.5%', 1, 3.5, 'percent', CPIH, 'increase', 'year_on_year', None, O12, None),
        ('3.8%', 1, 3.8, 'percent', CPIH, None, 'year_on_year', None, S12, None),
        ('3.6%', 1, 3.6, 'percent', CPI, 'increase', 'year_on_year', None, O12, None),
        ('3.8%', 2, 3.8, 'percent', CPI, None, 'year_on_year', None, SEP, None),
        ('0.4%', 1, 0.4, 'percent', 'CPI', 'increase', 'month_on_month', None, O12, None),
        ('0.6%', 1, 0.6, 'percent', 'CPI', None, 'month_on_month', None, per('in October 2024', 2024, 10), None),
        ('4.9%', 1, 4.9, 'percent', 'annual price growth of housing and household services', 'decrease', 'year_on_year', None, BSO, ONS),
        ('6.0%', 1, 6.0, 'percent', 'annual price growth of housing and household services', None, 'year_on_year', None, SEP, ONS),
        ('0.19 percentage points', 1, 0.19, 'percentage_point', HHS, 'decrease', 'month_on_month', None, BSO, ONS),
        ('0.05 percentage points', 1, 0.05, 'percentage_point', 'contribution of food and non-alcoholic beverages', 'increase', 'month_on_month', None, BSO, ONS),
        ('9', 1, 9, 'count', 'food classes with rising prices', None, None, None, BSO, ONS),
        ('1.8%', 1, 1.8, 'percent', 'transport prices', 'increase', 'year_on_year', None, P('in the year to October 2025', '2025-10-01', '2025-10-31'), ONS),
        ('2.4%', 1, 2.4, 'percent', 'transport prices', None, 'year_on_year', None, per('a month earlier', 2025, 9), ONS),
        ('0.9 pence', 1, 0.009, 'GBP', 'average price of petrol', 'increase', 'month_on_month', None, BSO, ONS),
        ('133.6 pence', 1, 1.336, 'GBP', 'average price of petrol', 'increase', None, None, BSO, ONS),
        ('1.6 pence', 1, 0.016, 'GBP', 'average price of diesel', 'increase', 'month_on_month', None, BSO, ONS),
        ('141.3 pence', 1, 1.413, 'GBP', 'average price of diesel', 'increase', None, None, BSO, ONS),
        ('2.6%', 1, 2.6, 'percent', 'CPI goods annual rate', None, 'year_on_year', None, OCT25, ONS),
        ('4.5%', 1, 4.5, 'percent', 'CPI services annual rate', None, 'year_on_year', None, OCT25, ONS),
        ('3.1%', 1, 3.1, 'percent', 'CPI goods annual rate', None, 'year_on_year', None, SEP, ONS),
        ('4.7%', 1, 4.7, 'percent', 'CPI services annual rate', None, 'year_on_year', None, SEP, ONS),
        ('-0.8%', 1, -0.8, 'percent', 'annual rate for clothing and footwear', 'decrease', 'year_on_year', None, OCT25, ONS),
        ('6.2%', 1, 6.2, 'percent', 'annual rate for education', None, 'year_on_year', None, OCT25, ONS),
    ],
    'wire_1987_australian_balance_of_payments.txt': [
        ('748 MLN DLRS', 1, 748e6, 'AUD', 'Australian current account deficit', None, None, None, per('JANUARY', 1987, 1), None),
        ('748 mln dlrs', 1, 748e6, 'AUD', CA, 'increase', None, None, JAN, ABS),
        ('612 mln', 1, 612e6, 'AUD', CA, None, None, None, DEC, ABS),
        ('574 mln dlrs', 1, 574e6, 'AUD', CA, None, None, None, per('December', 1986, 12), ABS),
        ('1.02 billion dlrs', 1, 1.02e9, 'AUD', 'unadjusted current account deficit', None, None, None, AJAN, ABS),
        ('650', 1, 650e6, 'AUD', CA, None, None, None, AJAN, 'Reuters'),
        ('850 mln dlrs', 1, 850e6, 'AUD', CA, None, None, None, AJAN, 'Reuters'),
        ('112 mln dlrs', 1, 112e6, 'AUD', 'merchandise trade deficit', None, None, None, JAN, ABS),
        ('35 mln', 1, 35e6, 'AUD', 'merchandise trade surplus', None, None, None, DEC, ABS),
        ('3.6 pct', 1, 3.6, 'percent', 'exports', 'decrease', 'month_on_month', None, JAN, ABS),
        ('2.41 billion dlrs', 1, 2.41e9, 'AUD', 'exports', 'decrease', None, None, JAN, ABS),
        ('2.1 pct', 1, 2.1, 'percent', 'imports', 'increase', 'month_on_month', None, JAN, ABS),
        ('2.52 billion', 1, 2.52e9, 'AUD', 'imports', 'increase', None, None, JAN, ABS),
        ('636 mln dlrs', 1, 636e6, 'AUD', 'invisibles deficit', 'decrease', None, None, JAN, ABS),
        ('647 mln', 1, 647e6, 'AUD', 'invisibles deficit', None, None, None, DEC, ABS),
        ('498 mln dlrs', 1, 498e6, 'AUD', 'net interest payments', None, None, None, JAN, ABS),
        ('104 mln', 1, 104e6, 'AUD', 'net services', None, None, None, JAN, ABS),
        ('6.23 billion dlrs', 1, 6.23e9, 'AUD', CA, 'decrease', None, None, FY7, ABS),
        ('7.04 billion', 1, 7.04e9, 'AUD', CA, None, None, None, P('in the same period a year earlier', '1985-07-01', '1986-01-31'), ABS),
        ('11.4', 1, 11.4, 'percent', 'exports', 'increase', 'year_on_year', None, JJ87, ABS),
        ('4.8 pct', 1, 4.8, 'percent', 'imports', 'increase', 'year_on_year', None, JJ87, ABS),
        ('67.35 U.S. cents', 1, 0.6735, 'USD', 'Australian dollar', None, None, None, P('on Wednesday', '1987-03-04', '1987-03-04'), ABS),
        ('67.28', 1, 0.6728, 'USD', 'Australian dollar', None, None, None, P('on Tuesday', '1987-03-03', '1987-03-03'), ABS),
    ],
    'wire_2025_brazil_industrial_output.txt': [
        ('0.1%', 1, 0.1, 'percent', "Brazil's industrial output", 'increase', None, None, BOCT, None),
        ('0.1%', 2, 0.1, 'percent', "Brazil's industrial production", 'increase', 'month_on_month', None, BOCT, IBGE),
        ('0.4%', 1, 0.4, 'percent', 'industrial production', 'increase', 'month_on_month', None, BOCT, 'Reuters'),
        ('0.5%', 1, 0.5, 'percent', 'output', 'decrease', 'year_on_year', None, BOCT, IBGE),
        ('0.2%', 1, 0.2, 'percent', 'output', 'decrease', 'year_on_year', None, BOCT, 'Reuters'),
        ('0.6%', 1, 0.6, 'percent', 'industrial production', 'decrease', 'month_on_month', None, BSEP, IBGE),
        ('0.4%', 2, 0.4, 'percent', 'industrial production', 'decrease', 'month_on_month', None, BSEP, IBGE),
        ('2.3%', 1, 2.3, 'percent', 'capital goods production', 'decrease', 'month_on_month', None, None, IBGE),
        ('1.1%', 1, 1.1, 'percent', 'durable consumer goods', 'decrease', 'month_on_month', None, None, IBGE),
        ('0.8%', 1, 0.8, 'percent', 'semi- and non-durable goods', 'increase', 'month_on_month', None, None, IBGE),
        ('6.4%', 1, 6.4, 'percent', 'capital goods', 'decrease', 'year_on_year', None, None, IBGE),
        ('3.9%', 1, 3.9, 'percent', 'durable goods', 'decrease', 'year_on_year', None, None, IBGE),
        ('7.2%', 1, 7.2, 'percent', 'vehicle production', 'decrease', 'year_on_year', None, None, IBGE),
        ('0.8%', 2, 0.8, 'percent', 'industrial output', 'increase', 'year_on_year', None, P('In the first ten months of 2025', '2025-01-01', '2025-10-31'), IBGE),
        ('1.1%', 2, 1.1, 'percent', 'industrial output', 'increase', 'year_on_year', None, P('in the 12 months through October', '2024-11-01', '2025-10-31'), IBGE),
        ('2.7%', 1, 2.7, 'percent', 'output', 'decrease', None, None, P('in May 2011', '2011-05-01', '2025-10-31'), IBGE),
        ('1.4%', 1, 1.4, 'percent', 'output', 'increase', None, None, P('of February 2020', '2020-02-01', '2025-10-31'), IBGE),
        ('15%', 1, 15, 'percent', 'benchmark Selic rate', None, None, None, P('since June', '2025-06-01', '2025-12-02'), BCB),
        ('5.34', 1, 5.34, 'BRL', 'Brazilian real', None, None, None, BTUE, IBGE),
    ],
    'cnbc_style_streaming_media_results.txt': [
        ('16%', 1, 16, 'percent', 'paid memberships', 'increase', None, None, None, None),
        ('3%', 1, 3, 'percent', 'Netflix shares', 'decrease', None, None, P('on Thursday', '2024-07-18', '2024-07-18'), NFLX),
        ('$4.91', 1, 4.91, 'USD', 'earnings per share', None, None, None, None, NFLX),
        ('$4.74', 1, 4.74, 'USD', 'earnings per share', None, None, None, None, None),
        ('$9.58 billion', 1, 9.58e9, 'USD', 'revenue', None, None, None, None, NFLX),
        ('$9.53 billion', 1, 9.53e9, 'USD', 'revenue', None, None, None, None, None),
        ('277.8 million', 1, 277.8e6, 'count', 'global paid memberships', None, None, None, None, NFLX),
        ('274.4 million', 1, 274.4e6, 'count', 'global paid memberships', None, None, None, None, 'StreetAccount'),
        ('8.2 million', 1, 8.2e6, 'count', 'net subscriber additions', 'decrease', None, None, QJ30, NFLX),
        ('4.9 million', 1, 4.9e6, 'count', 'net subscriber additions', None, None, None, QJ30, None),
        ('8.8 million', 1, 8.8e6, 'count', 'net subscriber additions', None, None, None, Q('in the year-earlier period', 2023, 2), NFLX),
        ('17%', 1, 17, 'percent', 'revenue', 'increase', 'year_on_year', None, QJ30, NFLX),
        ('44%', 1, 44, 'percent', 'net income', 'increase', 'year_on_year', None, QJ30, NFLX),
        ('$2.15 billion', 1, 2.15e9, 'USD', 'net income', 'increase', None, None, QJ30, NFLX),
        ('1%', 1, 1, 'percent', ARM, 'increase', 'year_on_year', None, NQ, NFLX),
        ('5%', 1, 5, 'percent', 'average revenue per membership on a foreign-exchange neutral basis', 'increase', 'year_on_year', None, NQ, NFLX),
        ('$17.17', 1, 17.17, 'USD', 'average revenue per membership in the U.S. and Canada', None, None, None, NQ, NFLX),
        ('6%', 1, 6, 'percent', 'average revenue per membership in the U.S. and Canada', 'increase', 'year_on_year', None, NQ, NFLX),
        ('$7.36', 1, 7.36, 'USD', 'average revenue per membership in Asia-Pacific', None, None, None, NQ, NFLX),
        ('4%', 1, 4, 'percent', 'average revenue per membership in Asia-Pacific', 'decrease', 'year_on_year', None, NQ, NFLX),
        ('27.2%', 1, 27.2, 'percent', 'operating margin', 'increase', None, None, Q('in the second quarter', 2024, 2), NFLX),
        ('22.3%', 1, 22.3, 'percent', 'operating margin', None, None, None, Q('a year earlier', 2023, 2), NFLX),
        ('26%', 1, 26, 'percent', 'operating margin', 'increase', None, None, FY24, NFLX),
        ('25%', 1, 25, 'percent', 'operating margin', None, None, None, FY24, NFLX),
        ('$9.73 billion', 1, 9.73e9, 'USD', 'revenue', None, None, None, NQ3, NFLX),
        ('$9.84 billion', 1, 9.84e9, 'USD', 'revenue', None, None, None, NQ3, LSEG),
        ('$5.10', 1, 5.10, 'USD', 'earnings per share', None, None, None, NQ3, NFLX),
    ],
    'mt_newswires_canada_building_permits_value.txt': [
        ('5.1%', 1, 5.1, 'percent', 'Canadian building permits', 'decrease', None, None, JUN, None),
        ('5.1%', 2, 5.1, 'percent', 'value of building permits', 'decrease', 'month_on_month', None, JUN, SC),
        ('C$12.36 billion', 1, 12.36e9, 'CAD', 'value of building permits', 'decrease', None, None, JUN, SC),
        ('2.5%', 1, 2.5, 'percent', 'value of building permits', 'decrease', 'month_on_month', None, JUN, None),
        ('$13.02 billion', 1, 13.02e9, 'CAD', 'value of building permits', 'increase', None, None, MAYS, SC),
        ('$12.94 billion', 1, 12.94e9, 'CAD', 'value of building permits', None, None, None, MAYS, SC),
        ('0.8%', 1, 0.8, 'percent', 'residential permits', 'increase', 'month_on_month', None, JUN, SC),
        ('$7.64 billion', 1, 7.64e9, 'CAD', 'residential permits', 'increase', None, None, JUN, SC),
        ('2.9%', 1, 2.9, 'percent', 'multi-unit permits', 'increase', 'month_on_month', None, JUN, SC),
        ('$5.21 billion', 1, 5.21e9, 'CAD', 'multi-unit permits', 'increase', None, None, JUN, SC),
        ('3.4%', 1, 3.4, 'percent', 'single-family permits', 'decrease', 'month_on_month', None, JUN, SC),
        ('$2.43 billion', 1, 2.43e9, 'CAD', 'single-family permits', 'decrease', None, None, JUN, SC),
        ('13.0%', 1, 13.0, 'percent', 'non-residential permits', 'decrease', 'month_on_month', None, None, SC),
        ('$4.72 billion', 1, 4.72e9, 'CAD', 'non-residential permits', 'decrease', None, None, None, SC),
        ('31.5%', 1, 31.5, 'percent', 'institutional permits', 'decrease', 'month_on_month', None, None, SC),
        ('6.2%', 1, 6.2, 'percent', 'commercial component', 'decrease', 'month_on_month', None, None, SC),
        ('4.8%', 1, 4.8, 'percent', 'industrial component', 'decrease', 'month_on_month', None, None, SC),
        ('six', 1, 6, 'count', 'provinces where permit values declined', None, None, None, None, SC),
        ('-14.2%', 1, -14.2, 'percent', 'permit values in Ontario', 'decrease', None, None, None, SC),
        ('-9.7%', 1, -9.7, 'percent', 'permit values in British Columbia', 'decrease', None, None, None, SC),
        ('11.8%', 1, 11.8, 'percent', 'permit values in Quebec', 'increase', None, None, None, SC),
        ('6.5%', 1, 6.5, 'percent', 'permit values in Alberta', 'increase', None, None, None, SC),
        ('5.6%', 1, 5.6, 'percent', 'permit values in constant 2017 dollars', 'decrease', 'month_on_month', None, JUN, SC),
        ('2.1%', 1, 2.1, 'percent', 'permit values in constant 2017 dollars', 'decrease', 'year_on_year', None, JUN, SC),
        ('24,870', 1, 24870, 'count', 'new dwelling units approved', None, None, None, JUN, SC),
        ('4.4%', 1, 4.4, 'percent', 'new dwelling units approved', 'decrease', 'month_on_month', None, JUN, SC),
        ('$70.4 billion', 1, 70.4e9, 'CAD', 'total value of permits', None, None, None, P('For the first half of 2025', '2025-01-01', '2025-06-30'), SC),
        ('7.3%', 1, 7.3, 'percent', 'total value of permits', 'increase', 'year_on_year', None, P('For the first half of 2025', '2025-01-01', '2025-06-30'), SC),
    ],
    'trading_economics_style_egypt_inflation.txt': [
        ('12.0%', 1, 12.0, 'percent', 'Egypt Inflation Rate', 'decrease', None, None, per('in August', 2025, 8), None),
        ('12.0%', 2, 12.0, 'percent', 'annual urban inflation rate in Egypt', 'decrease', 'year_on_year', None, AUG25, CAPMAS),
        ('13.9%', 1, 13.9, 'percent', 'annual urban inflation rate in Egypt', None, 'year_on_year', None, EJUL, CAPMAS),
        ('13.2%', 1, 13.2, 'percent', 'annual urban inflation rate in Egypt', None, 'year_on_year', None, AUG25, None),
        ('-2.1%', 1, -2.1, 'percent', 'prices of food & non-alcoholic beverages', 'decrease', 'year_on_year', None, AUG25, CAPMAS),
        ('-0.5%', 1, -0.5, 'percent', 'prices of food & non-alcoholic beverages', 'decrease', 'year_on_year', None, EJUL, CAPMAS),
        ('19.5%', 1, 19.5, 'percent', HEAT, 'decrease', 'year_on_year', None, AUG25, CAPMAS),
        ('21.1%', 1, 21.1, 'percent', HEAT, None, 'year_on_year', None, EJUL, CAPMAS),
        ('27.3%', 1, 27.3, 'percent', 'inflation for health', 'decrease', 'year_on_year', None, AUG25, CAPMAS),
        ('29.4%', 1, 29.4, 'percent', 'inflation for health', None, 'year_on_year', None, EJUL, CAPMAS),
        ('20.6%', 1, 20.6, 'percent', 'inflation for transport', 'decrease', 'year_on_year', None, AUG25, CAPMAS),
        ('21.5%', 1, 21.5, 'percent', 'inflation for transport', None, 'year_on_year', None, EJUL, CAPMAS),
        ('10.7%', 1, 10.7, 'percent', 'annual core inflation rate', 'decrease', 'year_on_year', None, AUG25, CBE),
        ('11.6%', 1, 11.6, 'percent', 'annual core inflation rate', None, 'year_on_year', None, EJUL, CBE),
        ('200 basis points', 1, 200, 'basis_point', 'key rates', 'decrease', None, None, A28, CBE),
        ('22.00%', 1, 22.00, 'percent', 'overnight deposit rate', 'decrease', None, None, A28, CBE),
        ('23.00%', 1, 23.00, 'percent', 'overnight lending rate', 'decrease', None, None, A28, CBE),
        ('0.4%', 1, 0.4, 'percent', 'urban consumer prices', 'increase', 'month_on_month', None, per('in August', 2025, 8), CAPMAS),
        ('0.5%', 1, 0.5, 'percent', 'urban consumer prices', 'decrease', 'month_on_month', None, EJUL, CAPMAS),
        ('10.68 percent', 1, 10.68, 'percent', 'Inflation Rate in Egypt average', None, None, None, P('from 1958 until 2025', '1958-01-01', '2025-12-31'), CAPMAS),
        ('38.00 percent', 1, 38.00, 'percent', 'Inflation Rate in Egypt all time high', None, None, None, per('in September of 2023', 2023, 9), CAPMAS),
        ('-2.40 percent', 1, -2.40, 'percent', 'Inflation Rate in Egypt record low', 'decrease', None, None, per('in January of 1965', 1965, 1), CAPMAS),
        ('12.50 percent', 1, 12.50, 'percent', 'Inflation Rate in Egypt', None, None, None, P('by the end of this quarter', '2025-09-30', '2025-09-30'), TE),
        ('11.00 percent', 1, 11.00, 'percent', 'Egypt Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('9.50 percent', 1, 9.50, 'percent', 'Egypt Inflation Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_crude_oil_inventories_eia.txt': [
        ('0.3%', 1, 0.3, 'percent', 'Brent oil futures', 'increase', None, None, ET, None),
        ('$66.32', 1, 66.32, 'USD', 'Brent oil futures', 'increase', None, None, ET, None),
        ('0.4%', 1, 0.4, 'percent', 'West Texas Intermediate crude futures', 'increase', None, None, ET, None),
        ('$63.45', 1, 63.45, 'USD', 'West Texas Intermediate crude futures', 'increase', None, None, ET, None),
        ('4%', 1, 4, 'percent', 'Brent and WTI futures', 'decrease', None, 'approximately', P('last week', '2025-08-04', '2025-08-10'), None),
        ('3.7 million barrels', 1, 3.7e6, 'barrel', 'U.S. crude inventories', 'decrease', None, None, WK, EIA),
        ('1.3 million barrels', 1, 1.3e6, 'barrel', 'U.S. crude inventories', 'decrease', None, None, WK, None),
        ('1.5 million', 1, 1.5e6, 'barrel', 'U.S. crude inventories', 'increase', None, None, WK, API),
        ('422.8 million barrels', 1, 422.8e6, 'barrel', 'commercial stocks', None, None, None, WK, EIA),
        ('6%', 1, 6, 'percent', 'commercial stocks', 'decrease', None, 'approximately', WK, EIA),
        ('0.1 million barrels', 1, 0.1e6, 'barrel', 'stocks at the Cushing, Oklahoma, storage hub', 'increase', None, None, None, EIA),
        ('22.6 million', 1, 22.6e6, 'barrel', 'stocks at the Cushing, Oklahoma, storage hub', 'increase', None, None, None, EIA),
        ('0.8 million barrels', 1, 0.8e6, 'barrel', 'gasoline inventories', 'decrease', None, None, None, EIA),
        ('226.3 million', 1, 226.3e6, 'barrel', 'gasoline inventories', 'decrease', None, None, None, EIA),
        ('1.0 million barrels', 1, 1.0e6, 'barrel', 'gasoline inventories', 'decrease', None, None, None, None),
        ('0.7 million barrels', 1, 0.7e6, 'barrel', 'distillate stocks', 'increase', None, None, None, EIA),
        ('0.5 percentage point', 1, 0.5, 'percentage_point', 'refinery utilization', 'decrease', None, None, None, EIA),
        ('96.4%', 1, 96.4, 'percent', 'refinery utilization', 'decrease', None, None, None, EIA),
        ('9.2 million barrels per day', 1, 9.2e6, 'barrel per day', 'gasoline product supplied', 'increase', None, None, None, EIA),
        ('8.9 million', 1, 8.9e6, 'barrel per day', 'gasoline product supplied', None, None, None, P('in the week ended Aug. 1', '2025-07-26', '2025-08-01'), EIA),
    ],
    'business_standard_style_pharma_company_results.txt': [
        ('73%', 1, 73, 'percent', 'Lupin Q2 profit', 'increase', None, None, P('Q2', '2025-07-01', '2025-09-30'), None),
        ('73 per cent', 1, 73, 'percent', 'consolidated net profit', 'increase', 'year_on_year', None, SQ, LUPIN),
        ('₹1,478 crore', 1, 1478e7, 'INR', 'consolidated net profit', 'increase', None, None, SQ, LUPIN),
        ('24.2 per cent', 1, 24.2, 'percent', 'revenue from operations', 'increase', 'year_on_year', None, INQ, LUPIN),
        ('₹7,048 crore', 1, 7048e7, 'INR', 'revenue from operations', 'increase', None, None, INQ, LUPIN),
        ('₹5,673 crore', 1, 5673e7, 'INR', 'revenue from operations', None, None, None, P('a year ago', '2024-07-01', '2024-09-30'), LUPIN),
        ('₹1,302 crore', 1, 1302e7, 'INR', 'net profit', None, None, None, INQ, 'Bloomberg'),
        ('₹6,845 crore', 1, 6845e7, 'INR', 'revenue', None, None, None, INQ, 'Bloomberg'),
        ('47 per cent', 1, 47, 'percent', 'Ebitda', 'increase', 'year_on_year', None, INQ, LUPIN),
        ('₹2,294 crore', 1, 2294e7, 'INR', 'Ebitda', 'increase', None, None, INQ, LUPIN),
        ('510 basis points', 1, 510, 'basis_point', 'Ebitda margin', 'increase', 'year_on_year', None, INQ, LUPIN),
        ('32.5 per cent', 1, 32.5, 'percent', 'Ebitda margin', 'increase', None, None, INQ, LUPIN),
        ('31 per cent', 1, 31, 'percent', 'sales in North America', 'increase', 'year_on_year', None, INQ, LUPIN),
        ('$303 million', 1, 303e6, 'USD', 'sales in North America', 'increase', None, None, INQ, LUPIN),
        ('₹2,650 crore', 1, 2650e7, 'INR', 'sales in North America', 'increase', None, 'approximately', INQ, LUPIN),
        ('38 per cent', 1, 38, 'percent', 'North America share of revenue', None, None, None, INQ, LUPIN),
        ('11.7 per cent', 1, 11.7, 'percent', 'India formulations business', 'increase', 'year_on_year', None, INQ, LUPIN),
        ('₹2,191 crore', 1, 2191e7, 'INR', 'India formulations business', 'increase', None, None, INQ, LUPIN),
        ('14 per cent', 1, 14, 'percent', 'growth markets business', 'increase', 'year_on_year', None, INQ, LUPIN),
        ('9 per cent', 1, 9, 'percent', 'EMEA business', 'increase', 'year_on_year', None, INQ, LUPIN),
        ('₹2,697 crore', 1, 2697e7, 'INR', 'net profit', None, None, None, H1, LUPIN),
        ('63 per cent', 1, 63, 'percent', 'net profit', 'increase', 'year_on_year', None, H1, LUPIN),
        ('₹13,719 crore', 1, 13719e7, 'INR', 'revenue', None, None, None, H1, LUPIN),
        ('2.4 per cent', 1, 2.4, 'percent', 'Lupin shares', 'increase', None, None, P('on Thursday', '2025-11-06', '2025-11-06'), LUPIN),
        ('₹2,032.50', 1, 2032.50, 'INR', 'Lupin shares', 'increase', None, None, P('on Thursday', '2025-11-06', '2025-11-06'), LUPIN),
    ],
    'eu_energy_style_heat_pump_sales.txt': [
        ('1.06 million units', 1, 1.06e6, 'count', 'heat pump sales', None, None, 'approximately', JJ, EHPA),
        ('9%', 1, 9, 'percent', 'heat pump sales', 'increase', 'year_on_year', None, JJ, EHPA),
        ('27%', 1, 27, 'percent', 'heat pump sales', 'decrease', None, None, P('the same period of 2023', '2023-01-01', '2025-06-30'), EHPA),
        ('12%', 1, 12, 'percent', 'heat pump sales', 'increase', 'year_on_year', None, Q('In the second quarter', 2025, 2), EHPA),
        ('510,000 units', 1, 510000, 'count', 'heat pump sales', 'increase', None, 'approximately', Q('In the second quarter', 2025, 2), EHPA),
        ('9', 2, 9, 'count', 'markets where sales grew', None, None, None, DFH, EHPA),
        ('92%', 1, 92, 'percent', 'heat pump sales in Poland', 'increase', 'year_on_year', None, DFH, EHPA),
        ('+55%', 1, 55, 'percent', 'heat pump sales in Germany', 'increase', 'year_on_year', None, DFH, EHPA),
        ('+38%', 1, 38, 'percent', 'heat pump sales in the Czech Republic', 'increase', 'year_on_year', None, DFH, EHPA),
        ('14%', 1, 14, 'percent', 'heat pump sales in France', 'decrease', 'year_on_year', None, DFH, EHPA),
        ('21%', 1, 21, 'percent', 'heat pump sales in Italy', 'decrease', 'year_on_year', None, DFH, EHPA),
        ('139,500 units', 1, 139500, 'count', 'heat pump sales in Germany', None, None, None, IFH, EHPA),
        ('128,000', 1, 128000, 'count', 'heat pump sales in France', None, None, None, IFH, EHPA),
        ('96,000', 1, 96000, 'count', 'heat pump sales in Italy', None, None, None, IFH, EHPA),
        ('half', 5, 0.5, 'fraction', 'air-to-water units share of units sold', None, None, 'approximately', None, EHPA),
        ('25.8 million units', 1, 25.8e6, 'count', 'installed stock of heat pumps in the EU', None, None, None, E24, EHPA),
        ('17%', 1, 17, 'percent', 'heat pumps share of the heating needs of residential buildings', None, None, 'approximately', E24, EHPA),
        ('500,000', 1, 500000, 'count', 'heat pump installations a year', None, None, None, None, GER),
        ('280,000 units', 1, 280000, 'count', 'German heat pump sales', None, None, 'approximately', Y('in 2025', 2025), EHPA),
    ],
    'nbs_style_energy_production_coal_power.txt': [
        ('426.8 million tonnes', 1, 426.8e6, 'tonne', 'raw coal output of industrial enterprises above designated size', None, None, None, NOV, NBS),
        ('0.5 percent', 1, 0.5, 'percent', 'raw coal output', 'decrease', 'year_on_year', None, NOV, NBS),
        ('1.8 percentage points', 1, 1.8, 'percentage_point', 'decline in raw coal output', 'decrease', 'month_on_month', None, NOV, NBS),
        ('14.23 million tonnes', 1, 14.23e6, 'tonne', 'average daily raw coal output', None, None, None, NOV, NBS),
        ('4.39 billion tonnes', 1, 4.39e9, 'tonne', 'output of raw coal', None, None, None, JN, NBS),
        ('1.4 percent', 1, 1.4, 'percent', 'output of raw coal', 'increase', 'year_on_year', None, JN, NBS),
        ('62.4 million tonnes', 1, 62.4e6, 'tonne', 'crude oil processed by enterprises above designated size', None, None, None, INOV, NBS),
        ('5.1 percent', 1, 5.1, 'percent', 'crude oil processed', 'increase', 'year_on_year', None, INOV, NBS),
        ('2.3 percentage points', 1, 2.3, 'percentage_point', 'crude oil processing growth', 'increase', 'month_on_month', None, INOV, NBS),
        ('2.08 million tonnes', 1, 2.08e6, 'tonne', 'average daily crude oil throughput', None, None, None, INOV, NBS),
        ('17.5 million tonnes', 1, 17.5e6, 'tonne', 'crude oil output', None, None, None, INOV, NBS),
        ('1.2 percent', 1, 1.2, 'percent', 'crude oil output', 'increase', 'year_on_year', None, INOV, NBS),
        ('22.1 billion cubic meters', 1, 22.1e9, 'cubic metre', 'natural gas output', None, None, None, INOV, NBS),
        ('7.4 percent', 1, 7.4, 'percent', 'natural gas output', 'increase', 'year_on_year', None, INOV, NBS),
        ('737 million cubic meters', 1, 737e6, 'cubic metre', 'daily natural gas output', None, None, None, INOV, NBS),
        ('757.3 billion kWh', 1, 757.3e9, 'kilowatt hour', 'power generation of industrial enterprises above designated size', None, None, None, INOV, NBS),
        ('2.6 percent', 1, 2.6, 'percent', 'power generation', 'increase', 'year_on_year', None, INOV, NBS),
        ('3.1 percent', 1, 3.1, 'percent', 'thermal power', 'decrease', 'year_on_year', None, INOV, NBS),
        ('8.5 percent', 1, 8.5, 'percent', 'hydropower', 'increase', 'year_on_year', None, INOV, NBS),
        ('4.7 percent', 1, 4.7, 'percent', 'nuclear power', 'increase', 'year_on_year', None, INOV, NBS),
        ('19.4 percent', 1, 19.4, 'percent', 'wind power', 'increase', 'year_on_year', None, INOV, NBS),
        ('23.8 percent', 1, 23.8, 'percent', 'solar power', 'increase', 'year_on_year', None, INOV, NBS),
        ('66.2 percent', 1, 66.2, 'percent', 'share of thermal power in total generation', None, None, None, INOV, NBS),
        ('3.8 percentage points', 1, 3.8, 'percentage_point', 'share of thermal power in total generation', 'decrease', 'year_on_year', None, INOV, NBS),
        ('8,773.5 billion kWh', 1, 8773.5e9, 'kilowatt hour', 'power generation', None, None, None, F11, NBS),
        ('2.1 percent', 1, 2.1, 'percent', 'power generation', 'increase', 'year_on_year', None, F11, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
