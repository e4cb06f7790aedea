# ruff: noqa: E501, RUF001
"""Write corpus/annotated_108/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_108.py corpus/annotated_108
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

IS = "Insolvency Service"
MOF = "Ministry of Finance"
BCRP = "Central Reserve Bank of Peru"
INEI = "National Institute of Statistics and Informatics"
W = "Wendy's"
SA = "StreetAccount"
BEA = "U.S. Bureau of Economic Analysis"
BBG = "Bloomberg"
TS = "Turkish Statistical Institute"
TE = "Trading Economics"
NSDL = "National Securities Depository Limited"
RBI = "Reserve Bank of India"
AMFI = "Association of Mutual Funds in India"
EC = "European Commission"
EHO = "European Hydrogen Observatory"
NBS = "National Bureau of Statistics"

# 10801 ONS company insolvencies, quarterly (ref Tuesday 2025-07-29)
Q2L = Q("In Quarter 2 (Apr to June) 2025", 2025, 2)
LQ = Q("in the latest quarter", 2025, 2)
R12 = P("in the 12 months ending June 2025", "2024-07-01", "2025-06-30")
R12P = P("in the 12 months ending June 2024", "2023-07-01", "2024-06-30")
Q2B = Q("In Quarter 2 2025", 2025, 2)
INQ = Q("in the quarter", 2025, 2)
Q1R = Q("in Quarter 1 2025", 2025, 1)
IND = P("In the 12 months ending June 2025", "2024-07-01", "2025-06-30")
# 10802 Reuters 1987 (ref Tuesday 1987-11-10)
SEP = per("in September", 1987, 9)
SEPA = per("September", 1987, 9)
AUG = per("in August", 1987, 8)
H1 = P("In the first half of fiscal 1987", "1987-04-01", "1987-09-30")
H2 = P("in the second half of the fiscal year ending March 31, 1988", "1987-10-01", "1988-03-31")
# 10803 Reuters 2025 (ref Thursday 2026-02-12)
THU = P("on Thursday", "2026-02-12", "2026-02-12")
JAN = per("in January", 2026, 1)
DEC = per("in December", 2025, 12)
# 10804 CNBC (ref Friday 2026-02-13)
CQ = Q("in the quarter", 2025, 4)
CQ4 = Q("in the fourth quarter", 2025, 4)
CYE = Q("a year earlier", 2024, 4)
FQ = Q("fourth-quarter", 2025, 4)
F26 = Y("For 2026", 2026)
# 10805 MT Newswires (ref Friday 2026-02-27)
MDEC = per("in December", 2025, 12)
MNOV = per("in November", 2025, 11)
# 10806 Trading Economics (ref 2026-03-10)
TJ26 = per("in January 2026", 2026, 1)
TJAN = per("in January", 2026, 1)
# 10807 Investing.com (ref Tuesday 2026-03-17)
ET = P("by 02:40 ET", None, None)
# 10808 Business Standard (ref Tuesday 2026-03-10)
BFEB = per("in Feb", 2026, 2)
EOF_ = P("at the end of February", "2026-02-28", "2026-02-28")
FEB = per("in February", 2026, 2)
LM = per("last month", 2026, 2)
# 10809 DG ENER (ref 2026-07-08)
Q126 = Q("In the first quarter of 2026", 2026, 1)
# 10810 NBS (ref Friday 2024-10-18)
Q3 = Q("In the third quarter of 2024", 2024, 3)
Q3B = Q("in the third quarter", 2024, 3)
F3 = P("In the first three quarters", "2024-01-01", "2024-09-30")

CU = "capacity utilization rate of "

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_business_insolvencies_quarterly.txt': [
        ('6,127', 1, 6127, 'count', 'registered company insolvencies in England and Wales', None, None, None, Q2L, None),
        ('4.3%', 1, 4.3, 'percent', 'registered company insolvencies in England and Wales', 'decrease', 'quarter_on_quarter', None, Q2L, None),
        ('1.9%', 1, 1.9, 'percent', 'registered company insolvencies in England and Wales', 'increase', 'year_on_year', None, Q2L, None),
        ('4,738', 1, 4738, 'count', "creditors' voluntary liquidations (CVLs)", None, None, None, LQ, None),
        ('77%', 1, 77, 'percent', 'CVLs share of company insolvencies', None, None, 'approximately', LQ, None),
        ('912', 1, 912, 'count', 'compulsory liquidations', None, None, None, LQ, None),
        ('402', 1, 402, 'count', 'administrations', None, None, None, LQ, None),
        ('53.6', 1, 53.6, 'count', 'company insolvency rate per 10,000 active companies', 'decrease', None, None, R12, None),
        ('55.9', 1, 55.9, 'count', 'company insolvency rate per 10,000 active companies', None, None, None, R12P, None),
        ('14%', 1, 14, 'percent', 'compulsory liquidations', 'increase', 'quarter_on_quarter', None, Q2B, IS),
        ('8%', 1, 8, 'percent', 'administrations', 'decrease', 'quarter_on_quarter', None, Q2B, IS),
        ('6%', 1, 6, 'percent', 'CVLs', 'decrease', 'quarter_on_quarter', None, Q2B, IS),
        ('71', 1, 71, 'count', 'company voluntary arrangements (CVAs)', None, None, None, INQ, IS),
        ('three', 1, 3, 'count', 'administrative receiverships', None, None, None, INQ, IS),
        ('5,041', 1, 5041, 'count', 'number of CVLs', 'increase', None, None, Q1R, IS),
        ('4,996', 1, 4996, 'count', 'number of CVLs', None, None, None, Q1R, IS),
        ('2,460', 1, 2460, 'count', 'quarterly company insolvencies', None, None, None, Q('in Quarter 2 2020', 2020, 2), IS),
        ('7,212', 1, 7212, 'count', 'quarterly company insolvencies', None, None, None, Q('in Quarter 2 2023', 2023, 2), IS),
        ('4,121', 1, 4121, 'count', 'insolvencies in construction', None, None, None, IND, IS),
        ('3,602', 1, 3602, 'count', 'insolvencies in wholesale and retail trade', None, None, None, IND, IS),
        ('3,355', 1, 3355, 'count', 'insolvencies in accommodation and food services', None, None, None, IND, IS),
        ('17%', 1, 17, 'percent', 'construction share of insolvencies', None, None, None, IND, IS),
        ('15%', 1, 15, 'percent', 'wholesale and retail trade share of insolvencies', None, None, None, IND, IS),
        ('14%', 2, 14, 'percent', 'accommodation and food services share of insolvencies', None, None, None, IND, IS),
        ('9%', 1, 9, 'percent', 'insolvencies in administrative and support services', 'increase', 'year_on_year', None, IND, IS),
        ('1,788', 1, 1788, 'count', 'insolvencies in administrative and support services', 'increase', None, None, IND, IS),
    ],
    'wire_1987_japan_current_account_surplus.txt': [
        ('7.12 BILLION DLRS', 1, 7.12e9, 'USD', 'Japan current account surplus', 'decrease', None, None, per('SEPTEMBER', 1987, 9), None),
        ('7.12 billion dlrs', 1, 7.12e9, 'USD', 'current account surplus', 'decrease', None, None, SEP, MOF),
        ('8.35 billion', 1, 8.35e9, 'USD', 'current account surplus', None, None, None, AUG, MOF),
        ('8.96 billion', 1, 8.96e9, 'USD', 'current account surplus', None, None, None, per('in September 1986', 1986, 9), MOF),
        ('8.41 billion dlrs', 1, 8.41e9, 'USD', 'trade surplus', 'decrease', None, None, SEPA, MOF),
        ('9.27 billion', 1, 9.27e9, 'USD', 'trade surplus', None, None, None, per('a year earlier', 1986, 9), MOF),
        ('6.8 pct', 1, 6.8, 'percent', 'exports', 'increase', 'year_on_year', None, SEPA, MOF),
        ('20.03 billion dlrs', 1, 20.03e9, 'USD', 'exports', 'increase', None, None, SEPA, MOF),
        ('21.5 pct', 1, 21.5, 'percent', 'imports', 'increase', 'year_on_year', None, SEPA, MOF),
        ('11.62 billion', 1, 11.62e9, 'USD', 'imports', 'increase', None, None, SEPA, MOF),
        ('9.84 billion dlrs', 1, 9.84e9, 'USD', 'long-term capital outflows', 'decrease', None, None, SEP, MOF),
        ('13.06 billion', 1, 13.06e9, 'USD', 'long-term capital outflows', None, None, None, AUG, MOF),
        ('1.27 billion', 1, 1.27e9, 'USD', 'short-term capital net inflow', None, None, None, SEP, MOF),
        ('43.88 billion dlrs', 1, 43.88e9, 'USD', 'current account surplus', None, None, None, H1, MOF),
        ('6.1 pct', 1, 6.1, 'percent', 'current account surplus', 'decrease', 'year_on_year', None, H1, MOF),
        ('46.73 billion', 1, 46.73e9, 'USD', 'current account surplus', None, None, None, P('a year earlier', '1986-04-01', '1986-09-30'), MOF),
        ('3.4 pct', 1, 3.4, 'percent', 'trade surplus', 'decrease', 'year_on_year', None, H1, MOF),
        ('49.52 billion', 1, 49.52e9, 'USD', 'trade surplus', 'decrease', None, None, H1, MOF),
        ('72.5 billion dlrs', 1, 72.5e9, 'USD', 'net long-term capital outflows', None, None, None, P('in the half-year', '1987-04-01', '1987-09-30'), MOF),
        ('66.1 billion', 1, 66.1e9, 'USD', 'net long-term capital outflows', None, None, None, P('in the same period of fiscal 1986', '1986-04-01', '1986-09-30'), MOF),
        ('8.19 billion dlrs', 1, 8.19e9, 'USD', 'current account surplus', None, None, None, per('August', 1987, 8), MOF),
        ('38', 1, 38e9, 'USD', 'current account surplus', 'decrease', None, 'approximately', H2, MOF),
        ('40 billion dlrs', 1, 40e9, 'USD', 'current account surplus', 'decrease', None, 'approximately', H2, MOF),
        ('142.30 yen', 1, 142.30, 'JPY', 'dollar', None, None, None, P('on Tuesday', '1987-11-10', '1987-11-10'), MOF),
        ('141.85', 1, 141.85, 'JPY', 'dollar', None, None, None, P('on Monday', '1987-11-09', '1987-11-09'), MOF),
    ],
    'wire_2025_peru_central_bank_rate.txt': [
        ('4.00%', 1, 4.00, 'percent', 'key rate', 'decrease', None, None, None, None),
        ('25 basis points', 1, 25, 'basis_point', 'benchmark interest rate', 'decrease', None, None, THU, BCRP),
        ('4.00%', 2, 4.00, 'percent', 'benchmark interest rate', 'decrease', None, None, THU, BCRP),
        ('seven', 1, 7, 'count', 'analysts in a Reuters poll anticipating the cut', None, None, None, None, 'Reuters'),
        ('four', 1, 4, 'count', 'analysts in a Reuters poll expecting no change', None, None, None, None, 'Reuters'),
        ('4.25%', 1, 4.25, 'percent', 'benchmark interest rate', None, None, None, None, 'Reuters'),
        ('375 basis points', 1, 375, 'basis_point', 'cumulative easing', 'decrease', None, None, P('since it started easing in September 2023', '2023-09-01', '2026-02-12'), BCRP),
        ('7.75%', 1, 7.75, 'percent', 'benchmark interest rate', None, None, None, per('in September 2023', 2023, 9), BCRP),
        ('1.52%', 1, 1.52, 'percent', 'annual inflation in Lima', 'decrease', 'year_on_year', None, JAN, INEI),
        ('1.68%', 1, 1.68, 'percent', 'annual inflation in Lima', None, 'year_on_year', None, DEC, INEI),
        ('1%', 1, 1, 'percent', 'inflation target range', None, None, None, None, BCRP),
        ('3%', 1, 3, 'percent', 'inflation target range', None, None, None, None, BCRP),
        ('0.09%', 1, 0.09, 'percent', 'prices', 'increase', 'month_on_month', None, JAN, INEI),
        ('0.21%', 1, 0.21, 'percent', 'prices', 'increase', 'month_on_month', None, DEC, INEI),
        ('1.8%', 1, 1.8, 'percent', 'core inflation', 'decrease', 'year_on_year', None, per('in the 12 months to January', 2026, 1), BCRP),
        ('2%', 1, 2, 'percent', 'headline inflation', None, None, 'approximately', P('over the forecast horizon', None, None), BCRP),
        ('2.1%', 1, 2.1, 'percent', 'twelve-month inflation expectations', None, None, None, JAN, BCRP),
        ('2.9%', 1, 2.9, 'percent', 'economy', 'increase', None, None, Y('in 2025', 2025), BCRP),
        ('3.36', 1, 3.36, 'PEN', "Peru's sol", None, None, None, THU, BCRP),
        ('$88.4 billion', 1, 88.4e9, 'USD', 'net international reserves', None, None, None, P('at the end of January', '2026-01-31', '2026-01-31'), BCRP),
    ],
    'cnbc_style_restaurant_chain_results.txt': [
        ('5.2%', 1, 5.2, 'percent', "Wendy's U.S. same-restaurant sales", 'decrease', None, None, None, None),
        ('24 cents', 1, 0.24, 'USD', 'adjusted earnings per share', None, None, None, None, W),
        ('22 cents', 1, 0.22, 'USD', 'adjusted earnings per share', None, None, None, None, None),
        ('$542.7 million', 1, 542.7e6, 'USD', 'revenue', None, None, None, None, W),
        ('$546.1 million', 1, 546.1e6, 'USD', 'revenue', None, None, None, None, None),
        ('3.9%', 1, 3.9, 'percent', 'global same-restaurant sales', 'decrease', None, None, CQ, W),
        ('5.2%', 2, 5.2, 'percent', 'U.S. same-restaurant sales', 'decrease', None, None, CQ, W),
        ('4.8%', 1, 4.8, 'percent', 'U.S. same-restaurant sales', 'decrease', None, None, CQ, SA),
        ('4.6%', 1, 4.6, 'percent', 'international segment same-restaurant sales', 'increase', None, None, CQ, W),
        ('1.2%', 1, 1.2, 'percent', 'same-restaurant sales in Canada', 'increase', None, None, CQ, W),
        ('6.8%', 1, 6.8, 'percent', 'same-restaurant sales in the rest of the world', 'increase', None, None, CQ, W),
        ('7%', 1, 7, 'percent', 'U.S. traffic', 'decrease', None, 'approximately', None, W),
        ('13.1%', 1, 13.1, 'percent', 'U.S. company-operated restaurant margin', 'decrease', None, None, CQ4, W),
        ('15.4%', 1, 15.4, 'percent', 'U.S. company-operated restaurant margin', None, None, None, CYE, W),
        ('3%', 1, 3, 'percent', 'commodity costs', 'increase', None, 'approximately', CQ4, W),
        ('4%', 1, 4, 'percent', 'labor inflation', None, None, 'approximately', CQ4, W),
        ('$39.8 million', 1, 39.8e6, 'USD', 'net income', 'decrease', None, None, FQ, W),
        ('21 cents', 1, 0.21, 'USD', 'earnings per share', 'decrease', None, None, FQ, W),
        ('$47.5 million', 1, 47.5e6, 'USD', 'net income', None, None, None, CYE, W),
        ('23 cents', 1, 0.23, 'USD', 'earnings per share', None, None, None, CYE, W),
        ('1%', 1, 1, 'percent', 'global systemwide sales', 'decrease', None, None, F26, W),
        ('3%', 2, 3, 'percent', 'global systemwide sales', 'decrease', None, None, F26, W),
        ('80 cents', 1, 0.80, 'USD', 'adjusted earnings per share', None, None, None, F26, W),
        ('85 cents', 1, 0.85, 'USD', 'adjusted earnings per share', None, None, None, F26, W),
        ('92 cents', 1, 0.92, 'USD', 'adjusted earnings per share', None, None, None, F26, None),
        ('250', 1, 250, 'count', 'net new restaurant openings', None, None, None, F26, W),
        ('300', 1, 300, 'count', 'net new restaurant openings', None, None, None, F26, W),
        ('6%', 1, 6, 'percent', "shares of Wendy's", 'decrease', None, None, None, W),
    ],
    'mt_newswires_us_personal_income_spending.txt': [
        ('0.3%', 1, 0.3, 'percent', 'US personal income', 'increase', None, None, MDEC, None),
        ('2.8%', 1, 2.8, 'percent', 'PCE inflation', None, None, None, MDEC, None),
        ('0.3%', 2, 0.3, 'percent', 'personal income', 'increase', 'month_on_month', None, MDEC, BEA),
        ('0.4%', 1, 0.4, 'percent', 'personal income', 'increase', 'month_on_month', None, MNOV, BEA),
        ('0.4%', 2, 0.4, 'percent', 'personal income', 'increase', 'month_on_month', None, MDEC, BBG),
        ('0.5%', 1, 0.5, 'percent', 'consumer spending', 'increase', 'month_on_month', None, MDEC, BEA),
        ('0.4%', 3, 0.4, 'percent', 'consumer spending', None, 'month_on_month', None, MDEC, None),
        ('0.3%', 3, 0.3, 'percent', 'consumer spending', 'increase', 'month_on_month', None, per('the previous month', 2025, 11), BEA),
        ('0.9%', 1, 0.9, 'percent', 'outlays on goods', 'increase', 'month_on_month', None, MDEC, BEA),
        ('0.3%', 4, 0.3, 'percent', 'outlays on services', 'increase', 'month_on_month', None, MDEC, BEA),
        ('0.2%', 1, 0.2, 'percent', 'PCE price index', 'increase', 'month_on_month', None, MDEC, BEA),
        ('2.8%', 2, 2.8, 'percent', 'PCE price index', 'increase', 'year_on_year', None, per('in the 12 months through December', 2025, 12), BEA),
        ('0.3%', 5, 0.3, 'percent', 'core PCE prices', 'increase', 'month_on_month', None, MDEC, BEA),
        ('3.0%', 1, 3.0, 'percent', 'core PCE prices', 'increase', 'year_on_year', None, MDEC, BEA),
        ('2.9%', 1, 2.9, 'percent', 'core PCE prices', None, 'year_on_year', None, MNOV, BEA),
        ('0.3%', 6, 0.3, 'percent', 'real PCE', 'increase', None, None, MDEC, BEA),
        ('3.9%', 1, 3.9, 'percent', 'personal saving rate', 'decrease', None, None, MDEC, BEA),
        ('4.2%', 1, 4.2, 'percent', 'personal saving rate', None, None, None, MNOV, BEA),
        ('$904.6 billion', 1, 904.6e9, 'USD', 'personal saving', None, None, None, MDEC, BEA),
        ('4.8%', 1, 4.8, 'percent', 'personal income', 'increase', None, None, Y('For the full year 2025', 2025), BEA),
        ('2.6%', 1, 2.6, 'percent', 'PCE price index', 'increase', None, None, Y('For the full year 2025', 2025), BEA),
    ],
    'trading_economics_style_turkey_unemployment.txt': [
        ('8.7%', 1, 8.7, 'percent', 'Turkey Unemployment Rate', 'increase', None, None, TJAN, None),
        ('8.7%', 2, 8.7, 'percent', 'seasonally adjusted unemployment rate in Turkey', 'increase', None, None, TJ26, TS),
        ('8.3%', 1, 8.3, 'percent', 'seasonally adjusted unemployment rate in Turkey', None, None, None, per('in the previous month', 2025, 12), TS),
        ('8.4%', 1, 8.4, 'percent', 'seasonally adjusted unemployment rate in Turkey', None, None, None, TJ26, None),
        ('146 thousand', 1, 146e3, 'count', 'number of unemployed persons', 'increase', 'month_on_month', None, TJ26, TS),
        ('3.13 million', 1, 3.13e6, 'count', 'number of unemployed persons', 'increase', None, None, TJ26, TS),
        ('212 thousand', 1, 212e3, 'count', 'employment', 'decrease', 'month_on_month', None, TJ26, TS),
        ('32.05 million', 1, 32.05e6, 'count', 'employment', 'decrease', None, None, TJ26, TS),
        ('0.3 points', 1, 0.3, 'percentage_point', 'employment rate', 'decrease', 'month_on_month', None, TJ26, TS),
        ('48.9%', 1, 48.9, 'percent', 'employment rate', 'decrease', None, None, TJ26, TS),
        ('53.5%', 1, 53.5, 'percent', 'labour force participation rate', 'decrease', None, None, TJAN, TS),
        ('53.6%', 1, 53.6, 'percent', 'labour force participation rate', None, None, None, per('in December', 2025, 12), TS),
        ('71.2%', 1, 71.2, 'percent', 'labour force participation rate for men', None, None, None, TJAN, TS),
        ('36.1%', 1, 36.1, 'percent', 'labour force participation rate for women', None, None, None, TJAN, TS),
        ('0.9 points', 1, 0.9, 'percentage_point', 'youth unemployment rate', 'increase', 'month_on_month', None, TJAN, TS),
        ('16.4%', 1, 16.4, 'percent', 'youth unemployment rate', 'increase', None, None, TJAN, TS),
        ('30.2%', 1, 30.2, 'percent', 'composite rate of labour underutilisation', 'increase', None, None, None, TS),
        ('29.1%', 1, 29.1, 'percent', 'composite rate of labour underutilisation', None, None, None, None, TS),
        ('43.6 hours', 1, 43.6, 'hour', 'seasonally adjusted hours actually worked', None, None, None, None, TS),
        ('0.5 hours', 1, 0.5, 'hour', 'seasonally adjusted hours actually worked', 'decrease', None, None, None, TS),
        ('10.46 percent', 1, 10.46, 'percent', 'Unemployment Rate in Turkey average', None, None, None, P('from 2005 until 2026', '2005-01-01', '2026-12-31'), TS),
        ('14.80 percent', 1, 14.80, 'percent', 'Unemployment Rate in Turkey all time high', None, None, None, per('in April of 2009', 2009, 4), TS),
        ('8.00 percent', 1, 8.00, 'percent', 'Unemployment Rate in Turkey record low', None, None, None, per('in May of 2025', 2025, 5), TS),
        ('8.60 percent', 1, 8.60, 'percent', 'Unemployment Rate in Turkey', None, None, None, P('by the end of this quarter', '2026-03-31', '2026-03-31'), TE),
        ('8.90 percent', 1, 8.90, 'percent', 'Turkey Unemployment Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_usd_inr_rupee_rbi.txt': [
        ('92.14', 1, 92.14, 'INR', 'rupee', 'decrease', None, None, None, None),
        ('0.3%', 1, 0.3, 'percent', 'USD/INR', 'increase', None, None, ET, None),
        ('92.14', 2, 92.14, 'INR', 'USD/INR', 'increase', None, None, ET, None),
        ('92.31', 1, 92.31, 'INR', 'USD/INR record high', None, None, None, ET, None),
        ('91.87', 1, 91.87, 'INR', 'USD/INR', None, None, None, P('in the previous session', '2026-03-16', '2026-03-16'), None),
        ('2.5%', 1, 2.5, 'percent', 'rupee', 'decrease', None, 'approximately', P('since the start of the year', '2026-01-01', '2026-03-17'), None),
        ('92.25', 1, 92.25, 'INR', 'USD/INR', None, None, 'approximately', None, None),
        ('92.30', 1, 92.30, 'INR', 'USD/INR', None, None, 'approximately', None, None),
        ('$1 billion', 1, 1e9, 'USD', 'RBI intervention', None, None, None, None, None),
        ('$1.5 billion', 1, 1.5e9, 'USD', 'RBI intervention', None, None, None, None, None),
        ('5 basis points', 1, 5, 'basis_point', '1-year implied yield', 'decrease', None, None, None, None),
        ('2.10%', 1, 2.10, 'percent', '1-year implied yield', 'decrease', None, None, None, None),
        ('2.35%', 1, 2.35, 'percent', '3-month premium', None, None, None, None, None),
        ('1.4%', 1, 1.4, 'percent', 'Brent crude futures', 'increase', None, None, None, None),
        ('$71.60', 1, 71.60, 'USD', 'Brent crude futures', 'increase', None, None, None, None),
        ('0.1%', 1, 0.1, 'percent', 'dollar index', 'increase', None, None, None, None),
        ('99.8', 1, 99.8, 'index_point', 'dollar index', 'increase', None, None, None, None),
        ('$3.8 billion', 1, 3.8e9, 'USD', 'net sales of Indian shares by foreign portfolio investors', None, None, None, P('so far in March', '2026-03-01', '2026-03-17'), NSDL),
        ('$11 billion', 1, 11e9, 'USD', 'net outflows by foreign portfolio investors', None, None, 'more_than', P('so far this year', '2026-01-01', '2026-03-17'), NSDL),
        ('$4.2 billion', 1, 4.2e9, 'USD', "India's foreign exchange reserves", 'decrease', None, None, P('in the week to March 13', '2026-03-07', '2026-03-13'), RBI),
        ('$683.5 billion', 1, 683.5e9, 'USD', "India's foreign exchange reserves", 'decrease', None, None, P('in the week to March 13', '2026-03-07', '2026-03-13'), RBI),
    ],
    'business_standard_style_mutual_fund_aum.txt': [
        ('1.2%', 1, 1.2, 'percent', 'MF industry AUM', 'decrease', None, None, BFEB, None),
        ('₹79.86 trn', 1, 79.86e12, 'INR', 'MF industry AUM', 'decrease', None, None, BFEB, None),
        ('1.2 per cent', 1, 1.2, 'percent', 'assets under management (AUM) of the mutual fund industry', 'decrease', 'month_on_month', None, EOF_, AMFI),
        ('₹79.86 lakh crore', 1, 79.86e12, 'INR', 'assets under management (AUM) of the mutual fund industry', 'decrease', None, None, EOF_, AMFI),
        ('₹80.83 lakh crore', 1, 80.83e12, 'INR', 'assets under management (AUM) of the mutual fund industry', None, None, None, P('a month ago', '2026-01-31', '2026-01-31'), AMFI),
        ('18 per cent', 1, 18, 'percent', 'net inflows into equity-oriented schemes', 'decrease', 'month_on_month', None, FEB, AMFI),
        ('₹26,410 crore', 1, 26410e7, 'INR', 'net inflows into equity-oriented schemes', 'decrease', None, None, FEB, AMFI),
        ('₹6,120 crore', 1, 6120e7, 'INR', 'inflows into flexi-cap funds', None, None, None, FEB, AMFI),
        ('₹4,870 crore', 1, 4870e7, 'INR', 'inflows into mid-cap funds', None, None, None, FEB, AMFI),
        ('₹4,215 crore', 1, 4215e7, 'INR', 'inflows into small-cap funds', None, None, None, FEB, AMFI),
        ('₹1,690 crore', 1, 1690e7, 'INR', 'inflows into large-cap funds', None, None, None, FEB, AMFI),
        ('₹2,305 crore', 1, 2305e7, 'INR', 'inflows into sectoral/thematic funds', None, None, None, FEB, AMFI),
        ('₹29,145 crore', 1, 29145e7, 'INR', 'contributions through systematic investment plans (SIPs)', 'decrease', None, None, FEB, AMFI),
        ('₹29,310 crore', 1, 29310e7, 'INR', 'contributions through systematic investment plans (SIPs)', None, None, None, per('in January', 2026, 1), AMFI),
        ('₹15.92 lakh crore', 1, 15.92e12, 'INR', 'SIP AUM', None, None, None, FEB, AMFI),
        ('a fifth', 1, 0.2, 'fraction', "SIP AUM share of the industry's total assets", None, None, 'approximately', FEB, AMFI),
        ('9.41 crore', 1, 94.1e6, 'count', 'contributing SIP accounts', None, None, None, FEB, AMFI),
        ('31.6 lakh', 1, 3.16e6, 'count', 'total folios', 'increase', None, None, per('during the month', 2026, 2), AMFI),
        ('26.38 crore', 1, 263.8e6, 'count', 'total folios', 'increase', None, None, per('during the month', 2026, 2), AMFI),
        ('₹18,760 crore', 1, 18760e7, 'INR', 'net outflows from debt funds', None, None, None, LM, AMFI),
        ('₹21,430 crore', 1, 21430e7, 'INR', 'net outflows from liquid funds', None, None, None, LM, AMFI),
        ('₹9,880 crore', 1, 9880e7, 'INR', 'net inflows into hybrid schemes', None, None, None, LM, AMFI),
        ('half', 1, 0.5, 'fraction', 'arbitrage funds share of hybrid scheme inflows', None, None, 'approximately', LM, AMFI),
        ('₹21,950 crore', 1, 21950e7, 'INR', 'net inflows of the industry', None, None, None, FEB, AMFI),
        ('₹1.02 lakh crore', 1, 1.02e12, 'INR', 'net inflows of the industry', None, None, None, per('in January', 2026, 1), AMFI),
    ],
    'eu_energy_style_renewable_hydrogen_auction_prices.txt': [
        ('21', 1, 21, 'count', 'projects selected in the third European Hydrogen Bank auction', None, None, None, None, EC),
        ('7', 1, 7, 'count', 'countries with selected projects', None, None, None, None, EC),
        ('€1.05 billion', 1, 1.05e9, 'EUR', 'fixed premiums from the Innovation Fund', None, None, None, None, EC),
        ('2,870 MW', 1, 2870, 'megawatt', 'electrolyser capacity planned by the winners', None, None, None, None, EC),
        ('190,000 tonnes', 1, 190000, 'tonne', 'renewable hydrogen production planned by the winners', None, None, 'approximately', None, EC),
        ('€0.18/kg', 1, 0.18, 'EUR', 'clearing premiums', None, None, None, None, EC),
        ('€0.71/kg', 1, 0.71, 'EUR', 'clearing premiums', None, None, None, None, EC),
        ('€0.39/kg', 1, 0.39, 'EUR', 'weighted average premium', 'decrease', None, None, None, EC),
        ('€0.48/kg', 1, 0.48, 'EUR', 'weighted average premium', None, None, None, None, EC),
        ('€0.52/kg', 1, 0.52, 'EUR', 'weighted average premium', None, None, None, None, EC),
        ('1,240 MW', 1, 1240, 'megawatt', 'capacity secured by Spain', None, None, None, None, EC),
        ('9', 1, 9, 'count', 'projects in Spain', None, None, None, None, EC),
        ('610 MW', 1, 610, 'megawatt', 'capacity secured by Portugal', None, None, None, None, EC),
        ('420 MW', 1, 420, 'megawatt', 'capacity secured by Finland', None, None, None, None, EC),
        ('300', 1, 300, 'megawatt', 'capacity won by the Netherlands', None, None, None, None, EC),
        ('180 MW', 1, 180, 'megawatt', 'capacity won by Norway', None, None, None, None, EC),
        ('€0.33/kg', 1, 0.33, 'EUR', 'average premium bid by Spanish winners', None, None, None, None, EC),
        ('€350 million', 1, 350e6, 'EUR', 'national funds for the auctions-as-a-service window', None, None, None, None, EC),
        ('€0.86/kg', 1, 0.86, 'EUR', 'average premium of German projects', None, None, None, None, EC),
        ('twice', 1, 2, 'times', 'average premium of German projects relative to the EU-wide figure', None, None, 'more_than', None, EC),
        ('78', 1, 78, 'count', 'bids', None, None, None, None, EC),
        ('10.9 GW', 1, 10.9, 'gigawatt', 'capacity bid', None, None, None, None, EC),
        ('15%', 1, 15, 'percent', 'capacity bid', 'increase', None, 'approximately', None, EC),
        ('fourfold', 1, 4, 'times', 'auction oversubscription', None, None, 'approximately', None, EC),
        ('6.2 EUR/kg', 1, 6.2, 'EUR', "winning projects' estimated levelised cost of hydrogen production", None, None, None, None, EC),
        ('6.8 EUR/kg', 1, 6.8, 'EUR', "winning projects' estimated levelised cost of hydrogen production", None, None, None, None, EC),
        ('7.4 EUR/kg', 1, 7.4, 'EUR', 'renewable hydrogen cost index', None, None, None, Q126, EHO),
        ('3%', 1, 3, 'percent', 'renewable hydrogen cost index', 'decrease', 'quarter_on_quarter', None, Q126, EHO),
        ('9.1 EUR/kg', 1, 9.1, 'EUR', 'cost of grid-connected electrolysis in Germany', None, None, None, Q126, EHO),
    ],
    'nbs_style_industrial_capacity_utilisation.txt': [
        ('75.1 percent', 1, 75.1, 'percent', 'national industrial capacity utilization rate', None, None, None, Q3, NBS),
        ('0.5 percentage points', 1, 0.5, 'percentage_point', 'national industrial capacity utilization rate', 'decrease', 'year_on_year', None, Q3, NBS),
        ('1.0 percentage points', 1, 1.0, 'percentage_point', 'national industrial capacity utilization rate', 'increase', 'quarter_on_quarter', None, Q3, NBS),
        ('74.4 percent', 1, 74.4, 'percent', CU + 'mining', None, None, None, Q3B, NBS),
        ('1.2 percentage points', 1, 1.2, 'percentage_point', CU + 'mining', 'decrease', 'year_on_year', None, Q3B, NBS),
        ('75.6 percent', 1, 75.6, 'percent', CU + 'manufacturing', None, None, None, Q3B, NBS),
        ('0.4 percentage points', 1, 0.4, 'percentage_point', CU + 'manufacturing', 'decrease', 'year_on_year', None, Q3B, NBS),
        ('70.1 percent', 1, 70.1, 'percent', CU + 'the production and supply of electricity, heat, gas and water', None, None, None, Q3B, NBS),
        ('1.0 percentage points', 2, 1.0, 'percentage_point', CU + 'the production and supply of electricity, heat, gas and water', 'decrease', 'year_on_year', None, Q3B, NBS),
        ('72.3 percent', 1, 72.3, 'percent', CU + 'the manufacture of automobiles', None, None, None, None, NBS),
        ('74.9 percent', 1, 74.9, 'percent', CU + 'the manufacture of electrical machinery and equipment', None, None, None, None, NBS),
        ('63.8 percent', 1, 63.8, 'percent', CU + 'the manufacture of non-metallic mineral products', None, None, None, None, NBS),
        ('1.7', 1, 1.7, 'percentage_point', CU + 'the manufacture of automobiles', 'decrease', 'year_on_year', None, None, NBS),
        ('2.1', 1, 2.1, 'percentage_point', CU + 'the manufacture of electrical machinery and equipment', 'decrease', 'year_on_year', None, None, NBS),
        ('3.4 percentage points', 1, 3.4, 'percentage_point', CU + 'the manufacture of non-metallic mineral products', 'decrease', 'year_on_year', None, None, NBS),
        ('77.6 percent', 1, 77.6, 'percent', CU + 'computers, communication and other electronic equipment', None, None, None, None, NBS),
        ('1.5 percentage points', 1, 1.5, 'percentage_point', CU + 'computers, communication and other electronic equipment', 'increase', 'year_on_year', None, None, NBS),
        ('79.8 percent', 1, 79.8, 'percent', CU + 'ferrous metal smelting and rolling processing', None, None, None, None, NBS),
        ('0.6 percentage points', 1, 0.6, 'percentage_point', CU + 'ferrous metal smelting and rolling processing', 'increase', 'year_on_year', None, None, NBS),
        ('74.6 percent', 1, 74.6, 'percent', 'national industrial capacity utilization rate', None, None, None, F3, NBS),
        ('0.4 percentage points', 2, 0.4, 'percentage_point', 'national industrial capacity utilization rate', 'decrease', 'year_on_year', None, F3, NBS),
        ('74.0 percent', 1, 74.0, 'percent', CU + 'mining', None, None, None, F3, NBS),
        ('75.0 percent', 1, 75.0, 'percent', CU + 'manufacturing', None, None, None, F3, NBS),
        ('71.3 percent', 1, 71.3, 'percent', CU + 'utilities', None, None, None, F3, NBS),
        ('90,000', 1, 90000, 'count', 'industrial enterprises covered by the survey', None, None, 'approximately', None, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
