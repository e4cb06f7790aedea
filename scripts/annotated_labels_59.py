# ruff: noqa: E501, RUF001
"""Write corpus/annotated_59/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_59.py corpus/annotated_59
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

BOE = "Bank of England"
MOF = "Ministry of Finance"
SSA = "Statistics South Africa"
SARB = "South African Reserve Bank"
DOL = "U.S. Department of Labor"
FS = "FactSet"
CME = "CME Group"
STC = "Statistics Canada"
GSO = "General Statistics Office"
GVN = "Government of Vietnam"
TE = "Trading Economics"
ITS = "Intertek Testing Services"
AMS = "AmSpec Agri Malaysia"
MPOB = "Malaysian Palm Oil Board"
TRAI = "Telecom Regulatory Authority of India"
ICICI = "ICICI Securities"
GIE = "Gas Infrastructure Europe"
NBS = "National Bureau of Statistics"

# 5901 Bank of England Money and Credit in the ONS layout (ref Monday 2025-12-01)
BOCT = per("in October", 2025, 10)
BSEP = per("in September", 2025, 9)
BIOCT = per("In October", 2025, 10)
SIX = P("over the previous six months", "2025-04-01", "2025-09-30")
# 5902 Reuters 1987 (ref Tuesday 1987-10-13)
JSEP = per("in September", 1987, 9)
JYE = per("a year earlier", 1986, 9)
JSEPA = per("September", 1987, 9)
H1 = P("For the first half of fiscal 1987 ending September 30", "1987-04-01", "1987-09-30")
H1L = P("in the same period of fiscal 1986", "1986-04-01", "1986-09-30")
# 5903 Reuters 2025 (ref Wednesday 2025-11-19)
SSEP = per("in September", 2025, 9)
SAUG = per("in August", 2025, 8)
STQ = Q("In the third quarter", 2025, 3)
THU = P("on Thursday", "2025-11-20", "2025-11-20")
# 5904 CNBC (ref Tuesday 2025-12-09)
COCT = per("in October", 2025, 10)
CSEP = per("in September", 2025, 9)
FTM = per("for the month", 2025, 10)
DEC910 = P("at the Fed's Dec. 9-10 meeting", "2025-12-09", "2025-12-10")
# 5905 MT Newswires (ref Thursday 2025-11-20)
MOCT = per("in October", 2025, 10)
MSEP = per("in September", 2025, 9)
MIOCT = per("In October", 2025, 10)
# 5906 Trading Economics (ref Sunday 2024-10-06)
VQ3 = Q("in Q3 2024", 2024, 3)
VTQ = Q("In the third quarter", 2024, 3)
N9 = P("For the first nine months of 2024", "2024-01-01", "2024-09-30")
JS = P("in the January-September period", "2024-01-01", "2024-09-30")
# 5907 Investing.com (ref Tuesday 2025-11-25)
ET = P("By 03:50 ET", None, None)
N125 = P("for Nov. 1-25", "2025-11-01", "2025-11-25")
ENOV = P("end-November", "2025-11-30", "2025-11-30")
# 5908 Business Standard (ref Tuesday 2025-11-25)
TOCT = per("in October", 2025, 10)
EO = P("at the end of October", "2025-10-31", "2025-10-31")
DQ = Q("in the December quarter", 2025, 4)
# 5909 DG ENER (ref Wednesday 2026-01-21)
LQ3 = Q("In the third quarter of 2025", 2025, 3)
LINQ = Q("in the quarter", 2025, 3)
LQ3B = Q("in Q3 2025", 2025, 3)
LIQ = Q("In the quarter", 2025, 3)
N9L = P("In the first nine months of 2025", "2025-01-01", "2025-09-30")
# 5910 NBS (ref Saturday 2025-12-27)
JN = P("From January to November", "2025-01-01", "2025-11-30")
JNL = P("from January to November", "2025-01-01", "2025-11-30")
EN = P("At the end of November", "2025-11-30", "2025-11-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_mortgage_approvals_lending.txt': [
        ('1,400', 1, 1400, 'count', 'net mortgage approvals for house purchases', 'decrease', None, None, BOCT, None),
        ('63,900', 1, 63900, 'count', 'net mortgage approvals for house purchases', 'decrease', None, None, BOCT, None),
        ('35,100', 1, 35100, 'count', 'approvals for remortgaging', 'increase', None, None, BOCT, None),
        ('34,600', 1, 34600, 'count', 'approvals for remortgaging', None, None, None, BSEP, None),
        ('£0.8 billion', 1, 0.8e9, 'GBP', 'net borrowing of mortgage debt by individuals', 'decrease', None, None, BOCT, None),
        ('£4.3 billion', 1, 4.3e9, 'GBP', 'net borrowing of mortgage debt by individuals', 'decrease', None, None, BOCT, None),
        ('3.1%', 1, 3.1, 'percent', 'annual growth rate for net mortgage lending', None, 'year_on_year', None, BOCT, None),
        ('£1.5 billion', 1, 1.5e9, 'GBP', 'net consumer credit borrowing by individuals', 'increase', None, None, BOCT, None),
        ('£1.2 billion', 1, 1.2e9, 'GBP', 'net consumer credit borrowing by individuals', None, None, None, BSEP, None),
        ('6 basis points', 1, 6, 'basis_point', 'effective interest rate on newly drawn mortgages', 'decrease', None, None, BIOCT, BOE),
        ('4.18%', 1, 4.18, 'percent', 'effective interest rate on newly drawn mortgages', 'decrease', None, None, BIOCT, BOE),
        ('2 basis points', 1, 2, 'basis_point', 'effective interest rate on the outstanding stock of mortgages', 'increase', None, None, BIOCT, BOE),
        ('3.91%', 1, 3.91, 'percent', 'effective interest rate on the outstanding stock of mortgages', 'increase', None, None, BIOCT, BOE),
        ('£0.7 billion', 1, 0.7e9, 'GBP', 'net borrowing through credit cards', None, None, None, None, BOE),
        ('£0.8 billion', 2, 0.8e9, 'GBP', 'net borrowing through other forms of consumer credit', None, None, None, None, BOE),
        ('7.2%', 1, 7.2, 'percent', 'annual growth rate for consumer credit', 'decrease', 'year_on_year', None, BOCT, BOE),
        ('7.6%', 1, 7.6, 'percent', 'annual growth rate for consumer credit', None, 'year_on_year', None, BSEP, BOE),
        ('11 basis points', 1, 11, 'basis_point', 'effective rate on new personal loans to individuals', 'increase', None, None, BOCT, BOE),
        ('8.41%', 1, 8.41, 'percent', 'effective rate on new personal loans to individuals', 'increase', None, None, BOCT, BOE),
        ('21.17%', 1, 21.17, 'percent', 'effective rate on interest-charging overdrafts', 'decrease', None, None, BOCT, BOE),
        ('21.30%', 1, 21.30, 'percent', 'effective rate on interest-charging overdrafts', None, None, None, BSEP, BOE),
        ('21.6%', 1, 21.6, 'percent', 'cost of credit card borrowing', None, None, None, BOCT, BOE),
        ('£6.2 billion', 1, 6.2e9, 'GBP', 'household deposits with banks and building societies', None, None, None, BOCT, BOE),
        ('£7.0 billion', 1, 7.0e9, 'GBP', 'household deposits with banks and building societies average', None, None, None, SIX, BOE),
        ('£3.9 billion', 1, 3.9e9, 'GBP', 'household deposits into interest-bearing sight deposits', None, None, None, BOCT, BOE),
        ('£1.1 billion', 1, 1.1e9, 'GBP', 'net repayment of finance by private non-financial corporations', None, None, None, BOCT, BOE),
        ('£2.0 billion', 1, 2.0e9, 'GBP', 'PNFC loans from banks', 'decrease', None, None, BOCT, BOE),
    ],
    'wire_1987_japan_trade_surplus.txt': [
        ('4.52 BILLION DLRS', 1, 4.52e9, 'USD', 'Japan surplus with U.S.', 'decrease', None, None, per('SEPTEMBER', 1987, 9), None),
        ('4.52 billion dlrs', 1, 4.52e9, 'USD', 'customs-cleared trade surplus with the United States', 'decrease', None, None, JSEP, MOF),
        ('5.07 billion', 1, 5.07e9, 'USD', 'customs-cleared trade surplus with the United States', None, None, None, JYE, MOF),
        ('11.4 pct', 1, 11.4, 'percent', 'global surplus', 'decrease', 'year_on_year', None, JSEP, MOF),
        ('7.83 billion dlrs', 1, 7.83e9, 'USD', 'global surplus', 'decrease', None, None, JSEP, MOF),
        ('8.84 billion', 1, 8.84e9, 'USD', 'global surplus', None, None, None, JYE, MOF),
        ('6.22 billion', 1, 6.22e9, 'USD', 'global surplus', None, None, None, per('in August', 1987, 8), MOF),
        ('2.6 pct', 1, 2.6, 'percent', 'exports to the U.S.', 'increase', 'year_on_year', None, JSEP, MOF),
        ('7.41 billion dlrs', 1, 7.41e9, 'USD', 'exports to the U.S.', 'increase', None, None, JSEP, MOF),
        ('31.5 pct', 1, 31.5, 'percent', 'imports from the U.S.', 'increase', 'year_on_year', None, JSEP, MOF),
        ('2.89 billion', 1, 2.89e9, 'USD', 'imports from the U.S.', 'increase', None, None, JSEP, MOF),
        ('657.9 billion yen', 1, 657.9e9, 'JPY', 'surplus with the U.S. in yen terms', None, None, None, JSEPA, MOF),
        ('16.8 pct', 1, 16.8, 'percent', 'surplus with the U.S. in yen terms', 'decrease', 'year_on_year', None, JSEPA, MOF),
        ('1,139 billion yen', 1, 1139e9, 'JPY', 'overall surplus in yen terms', None, None, None, JSEPA, MOF),
        ('1,361 billion', 1, 1361e9, 'JPY', 'overall surplus in yen terms', None, None, None, JYE, MOF),
        ('19.02 billion dlrs', 1, 19.02e9, 'USD', 'total exports', None, None, None, per('in the month', 1987, 9), MOF),
        ('11.19 billion', 1, 11.19e9, 'USD', 'total imports', None, None, None, per('in the month', 1987, 9), MOF),
        ('6.3 pct', 1, 6.3, 'percent', 'total exports', 'increase', 'year_on_year', None, per('in the month', 1987, 9), MOF),
        ('19.7 pct', 1, 19.7, 'percent', 'total imports', 'increase', 'year_on_year', None, per('in the month', 1987, 9), MOF),
        ('26.74 billion dlrs', 1, 26.74e9, 'USD', 'surplus with the U.S.', 'decrease', None, None, H1, MOF),
        ('28.15 billion', 1, 28.15e9, 'USD', 'surplus with the U.S.', None, None, None, H1L, MOF),
        ('45.3 billion', 1, 45.3e9, 'USD', 'global surplus', None, None, None, H1, MOF),
        ('8.1 pct', 1, 8.1, 'percent', 'global surplus', 'decrease', 'year_on_year', None, H1, MOF),
        ('1.94 billion dlrs', 1, 1.94e9, 'USD', 'surplus with the European Community', 'increase', None, None, JSEP, MOF),
        ('1.62 billion', 1, 1.62e9, 'USD', 'surplus with the European Community', None, None, None, JYE, MOF),
        ('143.29 yen', 1, 143.29, 'JPY', 'average rate of the yen to the dollar', None, None, None, JSEP, MOF),
        ('154.78 yen', 1, 154.78, 'JPY', 'average rate of the yen to the dollar', None, None, None, JYE, MOF),
    ],
    'wire_2025_south_africa_retail_sales.txt': [
        ('2.9%', 1, 2.9, 'percent', "South Africa's retail sales growth", 'decrease', None, None, SSEP, None),
        ('2.9%', 2, 2.9, 'percent', 'South African retail sales', 'increase', 'year_on_year', None, SSEP, SSA),
        ('4.1%', 1, 4.1, 'percent', 'South African retail sales', None, 'year_on_year', None, SAUG, SSA),
        ('3.5%', 1, 3.5, 'percent', 'retail sales', 'increase', 'year_on_year', None, per('for the month', 2025, 9), 'Reuters'),
        ('0.6%', 1, 0.6, 'percent', 'seasonally adjusted retail sales', 'decrease', 'month_on_month', None, SSEP, SSA),
        ('0.9%', 1, 0.9, 'percent', 'seasonally adjusted retail sales', 'increase', 'month_on_month', None, SAUG, SSA),
        ('4.2%', 1, 4.2, 'percent', 'general dealers', 'increase', 'year_on_year', None, None, SSA),
        ('8.7%', 1, 8.7, 'percent', 'retailers in household furniture, appliances and equipment', 'increase', 'year_on_year', None, None, SSA),
        ('1.8%', 1, 1.8, 'percent', 'sales at retailers in textiles, clothing, footwear and leather goods', 'increase', 'year_on_year', None, None, SSA),
        ('0.4%', 1, 0.4, 'percent', 'sales at pharmaceutical and medical goods retailers', 'decrease', 'year_on_year', None, None, SSA),
        ('2.3%', 1, 2.3, 'percent', 'sales at retailers in hardware, paint and glass', 'decrease', 'year_on_year', None, None, SSA),
        ('1.1%', 1, 1.1, 'percent', 'seasonally adjusted real retail sales', 'increase', 'quarter_on_quarter', None, STQ, SSA),
        ('0.15 percentage points', 1, 0.15, 'percentage_point', 'retail contribution to quarterly GDP growth', 'increase', 'quarter_on_quarter', 'approximately', STQ, SSA),
        ('128.6 billion rand', 1, 128.6e9, 'ZAR', 'retail trade sales in current prices', None, None, None, SSEP, SSA),
        ('123.4 billion rand', 1, 123.4e9, 'ZAR', 'retail trade sales in current prices', None, None, None, per('a year earlier', 2024, 9), SSA),
        ('4.6%', 1, 4.6, 'percent', 'retail sales in real terms', 'increase', 'year_on_year', None, P('In the first nine months of 2025', '2025-01-01', '2025-09-30'), SSA),
        ('7.00%', 1, 7.00, 'percent', 'repo rate', None, None, None, SSEP, SARB),
        ('23', 1, 23, 'count', 'economists in a Reuters poll', None, None, None, THU, 'Reuters'),
        ('17', 1, 17, 'count', 'economists expecting a rate cut', None, None, None, THU, 'Reuters'),
        ('25 basis points', 1, 25, 'basis_point', 'repo rate cut', 'decrease', None, None, THU, 'Reuters'),
        ('17.28', 1, 17.28, 'ZAR', 'rand', None, None, None, P('on Wednesday', '2025-11-19', '2025-11-19'), SSA),
    ],
    'cnbc_style_jolts_job_openings.txt': [
        ('7.67 million', 1, 7.67e6, 'count', 'job openings', 'increase', None, None, COCT, None),
        ('7.67 million', 2, 7.67e6, 'count', 'available positions', None, None, None, FTM, DOL),
        ('431,000', 1, 431000, 'count', 'available positions', 'increase', 'month_on_month', None, FTM, DOL),
        ('7.24 million', 1, 7.24e6, 'count', 'available positions', None, None, None, per("September's", 2025, 9), DOL),
        ('7.20 million', 1, 7.20e6, 'count', 'available positions', None, None, None, FTM, FS),
        ('7.33 million', 1, 7.33e6, 'count', 'available positions', None, None, None, per('September', 2025, 9), DOL),
        ('4.6%', 1, 4.6, 'percent', 'openings rate', 'increase', None, None, COCT, DOL),
        ('4.4%', 1, 4.4, 'percent', 'openings rate', None, None, None, CSEP, DOL),
        ('512,000', 1, 512000, 'count', 'openings', 'decrease', 'year_on_year', None, COCT, DOL),
        ('218,000', 1, 218000, 'count', 'hires', 'decrease', None, None, COCT, DOL),
        ('5.11 million', 1, 5.11e6, 'count', 'hires', 'decrease', None, None, COCT, DOL),
        ('3.2%', 1, 3.2, 'percent', 'hires rate', 'decrease', None, None, COCT, DOL),
        ('2.94 million', 1, 2.94e6, 'count', 'quits', 'decrease', None, None, COCT, DOL),
        ('1.8%', 1, 1.8, 'percent', 'quits rate', 'decrease', None, None, COCT, DOL),
        ('2.0%', 1, 2.0, 'percent', 'quits rate', None, None, None, CSEP, DOL),
        ('58,000', 1, 58000, 'count', 'layoffs and discharges', 'increase', None, None, None, DOL),
        ('1.85 million', 1, 1.85e6, 'count', 'layoffs and discharges', 'increase', None, None, None, DOL),
        ('1.2%', 1, 1.2, 'percent', 'layoff rate', None, None, None, None, DOL),
        ('146,000', 1, 146000, 'count', 'openings in professional and business services', 'increase', None, None, COCT, DOL),
        ('99,000', 1, 99000, 'count', 'openings in retail trade', 'increase', None, None, COCT, DOL),
        ('25,000', 1, 25000, 'count', 'federal government vacancies', 'decrease', None, None, COCT, DOL),
        ('11.3%', 1, 11.3, 'percent', 'openings in the Northeast', 'increase', None, None, COCT, DOL),
        ('4.8%', 1, 4.8, 'percent', 'openings in the West', 'increase', None, None, COCT, DOL),
        ('88%', 1, 88, 'percent', 'probability of a quarter-point cut', None, None, None, DEC910, CME),
        ('quarter-point', 1, 0.25, 'percentage_point', 'Fed rate cut', 'decrease', None, None, DEC910, CME),
    ],
    'mt_newswires_canada_ippi_raw_materials.txt': [
        ('0.7%', 1, 0.7, 'percent', "Canada's industrial product prices", 'increase', None, None, MOCT, None),
        ('1.6%', 1, 1.6, 'percent', 'raw materials prices', 'increase', None, None, MOCT, None),
        ('0.7%', 2, 0.7, 'percent', 'Industrial Product Price Index', 'increase', 'month_on_month', None, MOCT, STC),
        ('0.4%', 1, 0.4, 'percent', 'Industrial Product Price Index', 'increase', 'month_on_month', None, MSEP, STC),
        ('1.6%', 2, 1.6, 'percent', 'Raw Materials Price Index', 'increase', 'month_on_month', None, MOCT, STC),
        ('0.9%', 1, 0.9, 'percent', 'Raw Materials Price Index', 'decrease', 'month_on_month', None, per('in the previous month', 2025, 9), STC),
        ('5.1%', 1, 5.1, 'percent', 'IPPI', 'increase', 'year_on_year', None, MOCT, STC),
        ('4.6%', 1, 4.6, 'percent', 'IPPI', 'increase', 'year_on_year', None, MSEP, STC),
        ('2.2%', 1, 2.2, 'percent', 'RMPI', 'increase', 'year_on_year', None, MOCT, STC),
        ('0.3%', 1, 0.3, 'percent', 'RMPI', 'decrease', 'year_on_year', None, MSEP, STC),
        ('4.8%', 1, 4.8, 'percent', 'prices for primary non-ferrous metal products', 'increase', 'month_on_month', None, MIOCT, STC),
        ('7.9%', 1, 7.9, 'percent', 'unwrought gold, silver and platinum group metals', 'increase', 'month_on_month', None, MIOCT, STC),
        ('1.2%', 1, 1.2, 'percent', 'energy and petroleum products', 'increase', 'month_on_month', None, MIOCT, STC),
        ('3.4%', 1, 3.4, 'percent', 'diesel fuel', 'increase', 'month_on_month', None, MIOCT, STC),
        ('2.6%', 1, 2.6, 'percent', 'light fuel oils', 'increase', 'month_on_month', None, MIOCT, STC),
        ('2.1%', 1, 2.1, 'percent', 'lumber and other wood products', 'decrease', 'month_on_month', None, MIOCT, STC),
        ('0.6%', 1, 0.6, 'percent', 'IPPI excluding energy and petroleum products', 'increase', 'month_on_month', None, MOCT, STC),
        ('5.4%', 1, 5.4, 'percent', 'IPPI excluding energy and petroleum products', 'increase', 'year_on_year', None, MOCT, STC),
        ('3.0%', 1, 3.0, 'percent', 'crude energy products', 'increase', 'month_on_month', None, MOCT, STC),
        ('3.3%', 1, 3.3, 'percent', 'conventional crude oil prices', 'increase', 'month_on_month', None, MOCT, STC),
        ('1.7%', 1, 1.7, 'percent', 'metal ores, concentrates and scrap', 'increase', 'month_on_month', None, MOCT, STC),
        ('0.5%', 1, 0.5, 'percent', 'crop products', 'decrease', 'month_on_month', None, MOCT, STC),
        ('0.9%', 2, 0.9, 'percent', 'raw material prices excluding crude energy products', 'increase', 'month_on_month', None, MOCT, STC),
        ('14', 1, 14, 'count', 'IPPI product groups that rose', None, None, None, None, STC),
        ('5', 1, 5, 'count', 'IPPI product groups that fell', None, None, None, None, STC),
        ('2', 1, 2, 'count', 'IPPI product groups unchanged', None, None, None, None, STC),
        ('133.8', 1, 133.8, 'index_point', 'IPPI', None, None, None, MIOCT, STC),
        ('158.2', 1, 158.2, 'index_point', 'RMPI', None, None, None, MIOCT, STC),
        ('71.10 U.S. cents', 1, 0.7110, 'USD', 'Canadian dollar', None, None, None, None, STC),
    ],
    'trading_economics_style_vietnam_gdp_growth.txt': [
        ('7.40%', 1, 7.40, 'percent', "Vietnam's economy", 'increase', 'year_on_year', None, VQ3, GSO),
        ('7.09%', 1, 7.09, 'percent', "Vietnam's economy", None, 'year_on_year', None, Q('in Q2', 2024, 2), GSO),
        ('6.1%', 1, 6.1, 'percent', "Vietnam's economy", None, 'year_on_year', None, VQ3, None),
        ('9.11%', 1, 9.11, 'percent', 'industry and construction sector', 'increase', 'year_on_year', None, VTQ, GSO),
        ('8.29%', 1, 8.29, 'percent', 'industry and construction sector', None, 'year_on_year', None, Q('in the prior quarter', 2024, 2), GSO),
        ('11.41%', 1, 11.41, 'percent', 'manufacturing', 'increase', 'year_on_year', None, VTQ, GSO),
        ('7.51%', 1, 7.51, 'percent', 'services', 'increase', 'year_on_year', None, VTQ, GSO),
        ('2.58%', 1, 2.58, 'percent', 'agriculture, forestry and fisheries', 'increase', 'year_on_year', None, VTQ, GSO),
        ('6.82%', 1, 6.82, 'percent', 'GDP', 'increase', 'year_on_year', None, N9, GSO),
        ('4.24%', 1, 4.24, 'percent', 'GDP', None, 'year_on_year', None, P('in 9M 2023', '2023-01-01', '2023-09-30'), GSO),
        ('6.0%', 1, 6.0, 'percent', 'full-year growth target', None, None, None, Y('full-year', 2024), GVN),
        ('6.5%', 1, 6.5, 'percent', 'full-year growth target', None, None, None, Y('full-year', 2024), GVN),
        ('6.45%', 1, 6.45, 'percent', 'final consumption', 'increase', 'year_on_year', None, JS, GSO),
        ('6.84%', 1, 6.84, 'percent', 'gross capital formation', 'increase', 'year_on_year', None, JS, GSO),
        ('15.36%', 1, 15.36, 'percent', 'exports of goods and services', 'increase', 'year_on_year', None, JS, GSO),
        ('17.78%', 1, 17.78, 'percent', 'imports of goods and services', 'increase', 'year_on_year', None, JS, GSO),
        ('6.23 percent', 1, 6.23, 'percent', 'GDP Annual Growth Rate in Vietnam average', None, None, None, P('from 2000 until 2024', '2000-01-01', '2024-12-31'), GSO),
        ('13.71 percent', 1, 13.71, 'percent', 'GDP Annual Growth Rate in Vietnam all time high', None, None, None, Q('in the third quarter of 2022', 2022, 3), GSO),
        ('-6.02 percent', 1, -6.02, 'percent', 'GDP Annual Growth Rate in Vietnam record low', 'decrease', None, None, Q('in the third quarter of 2021', 2021, 3), GSO),
        ('6.90 percent', 1, 6.90, 'percent', 'GDP Annual Growth Rate in Vietnam', None, None, None, P('by the end of this quarter', '2024-12-31', '2024-12-31'), TE),
        ('6.50 percent', 1, 6.50, 'percent', 'Vietnam GDP Annual Growth Rate', None, None, 'approximately', Y('in 2025', 2025), TE),
        ('6.30 percent', 1, 6.30, 'percent', 'Vietnam GDP Annual Growth Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
    ],
    'investing_style_palm_oil_futures_exports.txt': [
        ('38 ringgit', 1, 38, 'MYR', 'benchmark palm oil contract for February delivery', 'decrease', None, None, ET, None),
        ('0.9%', 1, 0.9, 'percent', 'benchmark palm oil contract for February delivery', 'decrease', None, None, ET, None),
        ('4,046 ringgit', 1, 4046, 'MYR', 'benchmark palm oil contract for February delivery', 'decrease', None, None, ET, None),
        ('$977.20', 1, 977.20, 'USD', 'benchmark palm oil contract for February delivery', 'decrease', None, None, ET, None),
        ('1.7%', 1, 1.7, 'percent', 'benchmark palm oil contract for February delivery', 'decrease', None, None, P('on Monday', '2025-11-24', '2025-11-24'), None),
        ('8.4%', 1, 8.4, 'percent', 'exports of Malaysian palm oil products', 'decrease', 'month_on_month', None, N125, ITS),
        ('1,106,372 tonnes', 1, 1106372, 'tonne', 'exports of Malaysian palm oil products', 'decrease', None, None, N125, ITS),
        ('1,207,840 tonnes', 1, 1207840, 'tonne', 'exports of Malaysian palm oil products', None, None, None, P('during Oct. 1-25', '2025-10-01', '2025-10-25'), ITS),
        ('1,081,915 tonnes', 1, 1081915, 'tonne', 'shipments', None, None, None, P('over the same period', '2025-11-01', '2025-11-25'), AMS),
        ('10.1%', 1, 10.1, 'percent', 'shipments', 'decrease', 'month_on_month', None, P('over the same period', '2025-11-01', '2025-11-25'), AMS),
        ('236,400 tonnes', 1, 236400, 'tonne', 'shipments to India', 'decrease', None, None, N125, ITS),
        ('301,550 tonnes', 1, 301550, 'tonne', 'shipments to India', None, None, None, P('a month earlier', '2025-10-01', '2025-10-25'), ITS),
        ('5.2%', 1, 5.2, 'percent', 'shipments to the European Union', 'increase', 'month_on_month', None, N125, ITS),
        ('4.6%', 1, 4.6, 'percent', 'Malaysian palm oil stocks', 'increase', 'month_on_month', None, ENOV, 'Reuters'),
        ('2.58 million tonnes', 1, 2.58e6, 'tonne', 'Malaysian palm oil stocks', 'increase', None, None, ENOV, 'Reuters'),
        ('1.3%', 1, 1.3, 'percent', 'production', 'increase', 'month_on_month', None, per('in November', 2025, 11), 'Reuters'),
        ('1.99 million tonnes', 1, 1.99e6, 'tonne', 'production', 'increase', None, None, per('in November', 2025, 11), 'Reuters'),
        ('2.47 million tonnes', 1, 2.47e6, 'tonne', 'palm oil stocks', None, None, None, P('at the end of October', '2025-10-31', '2025-10-31'), MPOB),
        ('0.6%', 1, 0.6, 'percent', "Dalian's most-active soyoil contract", 'decrease', None, None, None, None),
        ('1.1%', 1, 1.1, 'percent', 'Dalian palm oil contract', 'decrease', None, None, None, None),
        ('0.3%', 1, 0.3, 'percent', 'ringgit', 'decrease', None, None, None, MPOB),
        ('4.1405', 1, 4.1405, 'MYR', 'ringgit', 'decrease', None, None, None, MPOB),
    ],
    'business_standard_style_broadband_telecom_subscribers.txt': [
        ('2.1 mn', 1, 2.1e6, 'count', 'Jio wireless users', 'increase', None, None, per('in Oct', 2025, 10), None),
        ('2.13 million', 1, 2.13e6, 'count', 'Reliance Jio wireless subscribers', 'increase', None, None, TOCT, TRAI),
        ('484.2 million', 1, 484.2e6, 'count', 'Reliance Jio subscriber base', 'increase', None, None, TOCT, TRAI),
        ('1.26 million', 1, 1.26e6, 'count', 'Bharti Airtel users', 'increase', None, None, TOCT, TRAI),
        ('0.72 million', 1, 0.72e6, 'count', 'Vodafone Idea subscribers', 'decrease', None, None, TOCT, TRAI),
        ('202.6 million', 1, 202.6e6, 'count', 'Vodafone Idea subscribers', 'decrease', None, None, TOCT, TRAI),
        ('0.35 million', 1, 0.35e6, 'count', 'BSNL subscribers', 'decrease', None, None, TOCT, TRAI),
        ('0.21 per cent', 1, 0.21, 'percent', "India's total wireless subscriber base", 'increase', 'month_on_month', None, EO, TRAI),
        ('1,171.9 million', 1, 1171.9e6, 'count', "India's total wireless subscriber base", 'increase', None, None, EO, TRAI),
        ('1,169.4 million', 1, 1169.4e6, 'count', "India's total wireless subscriber base", None, None, None, P('at the end of September', '2025-09-30', '2025-09-30'), TRAI),
        ('0.24 per cent', 1, 0.24, 'percent', 'urban wireless subscriptions', 'increase', 'month_on_month', None, EO, TRAI),
        ('0.17 per cent', 1, 0.17, 'percent', 'rural wireless subscriptions', 'increase', 'month_on_month', None, EO, TRAI),
        ('41.3 per cent', 1, 41.3, 'percent', "Jio's share of the wireless market", None, None, None, P('At the end of October', '2025-10-31', '2025-10-31'), TRAI),
        ('33.6 per cent', 1, 33.6, 'percent', "Airtel's share of the wireless market", None, None, None, P('At the end of October', '2025-10-31', '2025-10-31'), TRAI),
        ('17.3 per cent', 1, 17.3, 'percent', "Vi's share of the wireless market", None, None, None, P('At the end of October', '2025-10-31', '2025-10-31'), TRAI),
        ('1,003.7 million', 1, 1003.7e6, 'count', 'broadband subscribers', 'increase', None, None, TOCT, TRAI),
        ('997.9 million', 1, 997.9e6, 'count', 'broadband subscribers', None, None, None, per('in September', 2025, 9), TRAI),
        ('98.4 per cent', 1, 98.4, 'percent', 'top five service providers share of the broadband market', None, None, None, TOCT, TRAI),
        ('0.31 mn', 1, 0.31e6, 'count', 'wireline subscribers', 'increase', None, None, TOCT, TRAI),
        ('45.1 mn', 1, 45.1e6, 'count', 'wireline subscribers', 'increase', None, None, TOCT, TRAI),
        ('10.2 mn', 1, 10.2e6, 'count', "Airtel's fixed-line base", None, None, None, TOCT, TRAI),
        ('86.4 per cent', 1, 86.4, 'percent', 'overall tele-density', None, None, None, EO, TRAI),
        ('133.1 per cent', 1, 133.1, 'percent', 'urban tele-density', None, None, None, EO, TRAI),
        ('59.8 per cent', 1, 59.8, 'percent', 'rural tele-density', None, None, None, EO, TRAI),
        ('1,078.6 million', 1, 1078.6e6, 'count', 'active wireless subscribers', None, None, None, TOCT, TRAI),
        ('92 per cent', 1, 92, 'percent', 'active wireless subscribers share', None, None, None, TOCT, TRAI),
        ('₹215', 1, 215, 'INR', "Jio's average revenue per user", 'increase', None, None, DQ, ICICI),
        ('220', 1, 220, 'INR', "Jio's average revenue per user", 'increase', None, None, DQ, ICICI),
        ('₹211.4', 1, 211.4, 'INR', "Jio's average revenue per user", None, None, None, Q('in the September quarter', 2025, 3), ICICI),
    ],
    'eu_energy_style_lng_regasification_send_out.txt': [
        ('30.2 bcm', 1, 30.2e9, 'cubic metre', 'EU LNG imports', None, None, None, LQ3, None),
        ('6%', 1, 6, 'percent', 'EU LNG imports', 'increase', 'year_on_year', None, LQ3, None),
        ('29.6 bcm', 1, 29.6e9, 'cubic metre', 'send-out from EU regasification terminals into the grid', None, None, None, LQ3, None),
        ('52%', 1, 52, 'percent', 'average utilisation rate of EU LNG terminals', 'increase', None, None, LINQ, None),
        ('47%', 1, 47, 'percent', 'average utilisation rate of EU LNG terminals', None, None, None, Q('a year earlier', 2024, 3), None),
        ('230 bcm', 1, 230e9, 'cubic metre', 'annual regasification capacity', None, None, 'approximately', LINQ, None),
        ('58%', 1, 58, 'percent', 'United States share of EU LNG imports', 'increase', None, None, LQ3B, None),
        ('17.5 bcm', 1, 17.5e9, 'cubic metre', 'EU LNG imports from the United States', None, None, None, LQ3B, None),
        ('45%', 1, 45, 'percent', 'United States share of EU LNG imports', None, None, None, Q('in Q3 2024', 2024, 3), None),
        ('12%', 1, 12, 'percent', 'Qatar share of EU LNG imports', None, None, None, LQ3B, None),
        ('11%', 1, 11, 'percent', 'Russia share of EU LNG imports', None, None, None, LQ3B, None),
        ('18%', 1, 18, 'percent', 'imports of Russian LNG', 'decrease', 'year_on_year', None, LQ3B, None),
        ('3.3 bcm', 1, 3.3e9, 'cubic metre', 'imports of Russian LNG', 'decrease', None, None, LQ3B, None),
        ('2.9 bcm', 1, 2.9e9, 'cubic metre', 'send-out from Gate in Rotterdam', None, None, None, LIQ, GIE),
        ('2.4 bcm', 1, 2.4e9, 'cubic metre', 'send-out from Zeebrugge', None, None, None, LIQ, GIE),
        ('72%', 1, 72, 'percent', 'utilisation rate of Gate in Rotterdam', None, None, None, LIQ, GIE),
        ('61%', 1, 61, 'percent', 'utilisation rate of Zeebrugge', None, None, None, LIQ, GIE),
        ('5.8 bcm', 1, 5.8e9, 'cubic metre', 'send-out from Spanish terminals', None, None, None, LIQ, GIE),
        ('40%', 1, 40, 'percent', "utilisation of Spanish terminals' capacity", None, None, 'approximately', LIQ, GIE),
        ('1.7 bcm', 1, 1.7e9, 'cubic metre', 'send-out from German floating units', None, None, None, LIQ, GIE),
        ('double', 1, 2, 'times', 'send-out from German floating units', 'increase', 'year_on_year', 'more_than', LIQ, GIE),
        ('9%', 1, 9, 'percent', 'send-out from the Dunkirk, Montoir and Fos terminals', 'increase', 'year_on_year', None, None, GIE),
        ('6.1 bcm', 1, 6.1e9, 'cubic metre', 'send-out from the Dunkirk, Montoir and Fos terminals', 'increase', None, None, None, GIE),
        ('4.1 bcm', 1, 4.1e9, 'cubic metre', 'EU LNG tank inventories', None, None, None, P('on 30 September 2025', '2025-09-30', '2025-09-30'), GIE),
        ('4.6 bcm', 1, 4.6e9, 'cubic metre', 'EU LNG tank inventories', None, None, None, P('a year earlier', '2024-09-30', '2024-09-30'), GIE),
        ('104 bcm', 1, 104e9, 'cubic metre', 'cumulative EU LNG imports', None, None, None, N9L, GIE),
        ('19%', 1, 19, 'percent', 'cumulative EU LNG imports', 'increase', 'year_on_year', None, N9L, GIE),
    ],
    'nbs_style_industrial_profits.txt': [
        ('0.1 Percent', 1, 0.1, 'percent', 'industrial profits', 'increase', None, None, P('from January to November 2025', '2025-01-01', '2025-11-30'), None),
        ('6,626.87 billion yuan', 1, 6626.87e9, 'CNY', 'total profits of industrial enterprises above designated size', None, None, None, JN, NBS),
        ('0.1 percent', 1, 0.1, 'percent', 'total profits of industrial enterprises above designated size', 'increase', 'year_on_year', None, JN, NBS),
        ('1,972.35 billion yuan', 1, 1972.35e9, 'CNY', 'total profits of state-holding enterprises', None, None, None, JNL, NBS),
        ('1.9 percent', 1, 1.9, 'percent', 'total profits of state-holding enterprises', 'decrease', 'year_on_year', None, JNL, NBS),
        ('4,883.61 billion yuan', 1, 4883.61e9, 'CNY', 'total profits of joint-stock enterprises', None, None, None, JNL, NBS),
        ('0.8 percent', 1, 0.8, 'percent', 'total profits of joint-stock enterprises', 'increase', 'year_on_year', None, JNL, NBS),
        ('1,553.42 billion yuan', 1, 1553.42e9, 'CNY', 'total profits of foreign-funded enterprises', None, None, None, JNL, NBS),
        ('2.2 percent', 1, 2.2, 'percent', 'total profits of foreign-funded enterprises', 'decrease', 'year_on_year', None, JNL, NBS),
        ('1,853.19 billion yuan', 1, 1853.19e9, 'CNY', 'total profits of private enterprises', None, None, None, JNL, NBS),
        ('1.5 percent', 1, 1.5, 'percent', 'total profits of private enterprises', 'increase', 'year_on_year', None, JNL, NBS),
        ('818.74 billion yuan', 1, 818.74e9, 'CNY', 'total profits of the mining industry', None, None, None, None, NBS),
        ('25.9 percent', 1, 25.9, 'percent', 'total profits of the mining industry', 'decrease', 'year_on_year', None, None, NBS),
        ('5,053.86 billion yuan', 1, 5053.86e9, 'CNY', 'total profits of manufacturing', None, None, None, None, NBS),
        ('7.7 percent', 1, 7.7, 'percent', 'total profits of manufacturing', 'increase', 'year_on_year', None, None, NBS),
        ('754.27 billion yuan', 1, 754.27e9, 'CNY', 'total profits of the production and supply of electricity, heat, gas and water', None, None, None, None, NBS),
        ('7.0 percent', 1, 7.0, 'percent', 'total profits of the production and supply of electricity, heat, gas and water', 'increase', 'year_on_year', None, None, NBS),
        ('24', 1, 24, 'count', 'major industrial categories with profit growth', None, None, None, None, NBS),
        ('15.0 percent', 1, 15.0, 'percent', 'profits in computer, communication and other electronic equipment manufacturing', 'increase', 'year_on_year', None, None, NBS),
        ('2.9 times', 1, 2.9, 'times', 'profits in ferrous metal smelting and rolling', 'increase', 'year_on_year', None, None, NBS),
        ('125.43 trillion yuan', 1, 125.43e12, 'CNY', 'operating revenue of industrial enterprises above designated size', None, None, None, JN, NBS),
        ('1.6 percent', 1, 1.6, 'percent', 'operating revenue of industrial enterprises above designated size', 'increase', 'year_on_year', None, JN, NBS),
        ('5.28 percent', 1, 5.28, 'percent', 'profit margin of operating revenue', None, None, None, JN, NBS),
        ('0.08 percentage points', 1, 0.08, 'percentage_point', 'profit margin of operating revenue', 'decrease', 'year_on_year', None, JN, NBS),
        ('57.5 percent', 1, 57.5, 'percent', 'debt-to-asset ratio', None, None, None, EN, NBS),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'debt-to-asset ratio', 'increase', 'year_on_year', None, EN, NBS),
        ('68.9 days', 1, 68.9, 'day', 'average collection period of accounts receivable', None, None, None, EN, NBS),
        ('2.1 days', 1, 2.1, 'day', 'average collection period of accounts receivable', 'increase', 'year_on_year', None, EN, NBS),
        ('13.1 percent', 1, 13.1, 'percent', 'industrial profits', 'decrease', 'year_on_year', None, per('In November', 2025, 11), NBS),
        ('5.5 percent', 1, 5.5, 'percent', 'industrial profits', 'decrease', 'year_on_year', None, per('in October', 2025, 10), NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
