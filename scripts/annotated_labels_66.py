# ruff: noqa: E501, RUF001
"""Write corpus/annotated_66/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_66.py corpus/annotated_66
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
DOC = "U.S. Department of Commerce"
MOCI = "Ministry of Commerce and Industry"
MOSPI = "Ministry of Statistics and Programme Implementation"
RBI = "Reserve Bank of India"
REU = "Reuters"
BOB = "Bank of Baroda"
DJ = "Dow Jones"
BOEING = "Boeing"
WF = "Wells Fargo"
BEA = "U.S. Bureau of Economic Analysis"
BBG = "Bloomberg"
FED = "Federal Reserve"
CBC = "Central Bank of Chile"
TE = "Trading Economics"
USDA = "U.S. Department of Agriculture"
PRIME = "Prime Database"
SPE = "SolarPower Europe"
EMBER = "Ember"
GAC = "General Administration of Customs"

# 6601 ONS workforce jobs (ref Tuesday 2025-12-16)
SEP25 = per("in September 2025", 2025, 9)
BJS = per("Between June and September 2025", 2025, 9)
LQ = Q("in the latest quarter", 2025, 3)
S25 = per("In September 2025", 2025, 9)
YE24 = per("a year earlier", 2024, 9)
FJ25 = per("for June 2025", 2025, 6)
BMJ = per("between March and June 2025", 2025, 6)
# 6602 Reuters 1987 (ref Tuesday 1987-06-16)
MAYH = per("IN MAY", 1987, 5)
MAY = per("in May", 1987, 5)
APRA = per("April", 1987, 4)
APR = per("in April", 1987, 4)
F5 = P("For the first five months of the year", "1987-01-01", "1987-05-31")
SPLY = P("the same period last year", "1986-01-01", "1986-05-31")
# 6603 Reuters 2025 (ref Monday 2025-12-15)
NOV = per("in November", 2025, 11)
OCT = per("in October", 2025, 10)
DEC5 = P("on Dec. 5", "2025-12-05", "2025-12-05")
FY26 = P("for 2025/26", "2025-04-01", "2026-03-31")
JM = P("in January-March", "2026-01-01", "2026-03-31")
# 6604 CNBC (ref Tuesday 2025-08-26)
JUL = per("in July", 2025, 7)
LM = per("last month", 2025, 7)
JUN = per("in June", 2025, 6)
# 6605 MT Newswires (ref Friday 2025-12-05)
SEP = per("in September", 2025, 9)
AUG = per("in August", 2025, 8)
# 6606 Trading Economics (ref Monday 2025-12-01)
OCT25 = per("in October 2025", 2025, 10)
TSEP = per("in September", 2025, 9)
F10 = P("In the first ten months of the year", "2025-01-01", "2025-10-31")
# 6607 Investing.com (ref Tuesday 2025-11-25)
ET = P("By 11:40 ET", None, None)
MON = P("on Monday", "2025-11-24", "2025-11-24")
EOS = P("at the end of September", "2025-09-30", "2025-09-30")
# 6608 Business Standard (ref Tuesday 2025-12-02)
AN = P("in Apr-Nov", "2025-04-01", "2025-11-30")
F8 = P("in the first eight months of 2025-26", "2025-04-01", "2025-11-30")
SOFAR = P("So far in FY26", "2025-04-01", "2025-12-02")
FY25 = P("in FY25", "2024-04-01", "2025-03-31")
DPB = P("during the period", "2025-04-01", "2025-11-30")
# 6609 DG ENER (ref Wednesday 2025-10-15)
H1 = P("In the first half of 2025", "2025-01-01", "2025-06-30")
IFH = P("in the first half", "2025-01-01", "2025-06-30")
JJ = P("in January-June", "2025-01-01", "2025-06-30")
Q2 = Q("in the second quarter", 2025, 2)
JUNE = per("in June", 2025, 6)
# 6610 NBS/GAC (ref Monday 2025-12-08)
F11 = P("In the first eleven months of this year", "2025-01-01", "2025-11-30")
JN = P("from January to November", "2025-01-01", "2025-11-30")
INOV = per("In November", 2025, 11)
DP = P("During the period", "2025-01-01", "2025-11-30")
F11B = P("In the first eleven months", "2025-01-01", "2025-11-30")

HS = "housing starts"
WPI = "wholesale price index (WPI)"
NDG = "new orders for durable goods"
IMA = "Chile's monthly economic activity index (IMACEC)"
LC = "CME February live cattle"
IPO = "funds raised through mainboard initial public offerings (IPOs)"
SUB = "average subscription of issues"
NSC = "new solar PV capacity connected to the grid in the EU"

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_workforce_jobs_by_industry.txt': [
        ('37.52 million', 1, 37.52e6, 'count', 'workforce jobs in the UK', None, None, None, SEP25, None),
        ('96,000', 1, 96000, 'count', 'workforce jobs in the UK', 'increase', 'quarter_on_quarter', None, SEP25, None),
        ('312,000', 1, 312000, 'count', 'workforce jobs in the UK', 'increase', 'year_on_year', None, SEP25, None),
        ('71,000', 1, 71000, 'count', 'employee jobs', 'increase', 'quarter_on_quarter', None, BJS, None),
        ('32.97 million', 1, 32.97e6, 'count', 'employee jobs', 'increase', None, None, BJS, None),
        ('25,000', 1, 25000, 'count', 'self-employment jobs', 'increase', 'quarter_on_quarter', None, BJS, None),
        ('4.46 million', 1, 4.46e6, 'count', 'self-employment jobs', 'increase', None, None, BJS, None),
        ('13', 1, 13, 'count', 'industry sections recording more jobs', None, None, None, SEP25, None),
        ('38,000', 1, 38000, 'count', 'human health and social work activities jobs', 'increase', 'quarter_on_quarter', None, LQ, ONS),
        ('17,000', 1, 17000, 'count', 'education jobs', 'increase', 'quarter_on_quarter', None, LQ, ONS),
        ('14,000', 1, 14000, 'count', 'professional, scientific and technical activities jobs', 'increase', 'quarter_on_quarter', None, LQ, ONS),
        ('29,000', 1, 29000, 'count', 'wholesale and retail trade jobs', 'decrease', 'quarter_on_quarter', None, LQ, ONS),
        ('4.71 million', 1, 4.71e6, 'count', 'wholesale and retail trade jobs', 'decrease', None, None, LQ, ONS),
        ('11,000', 1, 11000, 'count', 'accommodation and food service activities jobs', 'decrease', 'quarter_on_quarter', None, LQ, ONS),
        ('8,000', 1, 8000, 'count', 'manufacturing jobs', 'decrease', 'quarter_on_quarter', None, LQ, ONS),
        ('1.9%', 1, 1.9, 'percent', 'construction jobs', 'decrease', 'year_on_year', None, S25, ONS),
        ('2.36 million', 1, 2.36e6, 'count', 'construction jobs', 'decrease', None, None, S25, ONS),
        ('2.4%', 1, 2.4, 'percent', 'jobs in information and communication', 'increase', 'year_on_year', None, S25, ONS),
        ('7.4%', 1, 7.4, 'percent', 'manufacturing share of all workforce jobs', 'decrease', None, 'approximately', S25, ONS),
        ('7.6%', 1, 7.6, 'percent', 'manufacturing share of all workforce jobs', None, None, None, YE24, ONS),
        ('four-fifths', 1, 0.8, 'fraction', 'services sector share of all workforce jobs', None, None, 'more_than', S25, ONS),
        ('34,000', 1, 34000, 'count', 'workforce jobs revision', 'increase', None, None, FJ25, ONS),
        ('37.42 million', 1, 37.42e6, 'count', 'workforce jobs', 'increase', None, None, FJ25, ONS),
        ('0.2%', 1, 0.2, 'percent', 'workforce jobs', 'increase', 'quarter_on_quarter', None, BMJ, ONS),
        ('0.1%', 1, 0.1, 'percent', 'workforce jobs', None, 'quarter_on_quarter', None, BMJ, ONS),
    ],
    'wire_1987_us_housing_starts.txt': [
        ('2.6 PCT', 1, 2.6, 'percent', 'U.S. housing starts', 'decrease', None, None, MAYH, None),
        ('2.6 pct', 1, 2.6, 'percent', HS, 'decrease', None, None, MAY, DOC),
        ('1,613,000 units', 1, 1613000, 'count', HS, 'decrease', None, None, MAY, DOC),
        ('1,656,000 units', 1, 1656000, 'count', HS, None, None, None, APRA, DOC),
        ('1,628,000', 1, 1628000, 'count', HS, None, None, None, APRA, DOC),
        ('4.1 pct', 1, 4.1, 'percent', 'single-family starts', 'decrease', 'month_on_month', None, MAY, DOC),
        ('1,143,000 units', 1, 1143000, 'count', 'single-family starts', 'decrease', None, None, MAY, DOC),
        ('1,192,000', 1, 1192000, 'count', 'single-family starts', None, None, None, APR, DOC),
        ('1.3 pct', 1, 1.3, 'percent', 'starts of buildings with two or more units', 'increase', 'month_on_month', None, MAY, DOC),
        ('470,000 units', 1, 470000, 'count', 'starts of buildings with two or more units', 'increase', None, None, MAY, DOC),
        ('3.9 pct', 1, 3.9, 'percent', 'permits for future construction', 'decrease', None, None, MAY, DOC),
        ('1,541,000 units', 1, 1541000, 'count', 'permits for future construction', 'decrease', None, None, MAY, DOC),
        ('1.4 pct', 1, 1.4, 'percent', 'permits for future construction', 'decrease', None, None, APR, DOC),
        ('1,012,000', 1, 1012000, 'count', 'single-family permits', 'decrease', None, None, MAY, DOC),
        ('1,038,000', 1, 1038000, 'count', 'single-family permits', None, None, None, APR, DOC),
        ('529,000', 1, 529000, 'count', 'multi-family permits', 'decrease', None, None, MAY, DOC),
        ('566,000', 1, 566000, 'count', 'multi-family permits', None, None, None, APR, DOC),
        ('8.2 pct', 1, 8.2, 'percent', 'starts in the Northeast', 'increase', None, None, None, DOC),
        ('1.5 pct', 1, 1.5, 'percent', 'starts in the West', 'increase', None, None, None, DOC),
        ('5.3 pct', 1, 5.3, 'percent', 'starts in the Midwest', 'decrease', None, None, None, DOC),
        ('6.0 pct', 1, 6.0, 'percent', 'starts in the South', 'decrease', None, None, None, DOC),
        ('162,300', 1, 162300, 'count', 'homes started on an unadjusted basis', None, None, None, MAY, DOC),
        ('156,800', 1, 156800, 'count', 'homes started on an unadjusted basis', None, None, None, APR, DOC),
        ('171,400', 1, 171400, 'count', 'homes started on an unadjusted basis', None, None, None, per('in May 1986', 1986, 5), DOC),
        ('650,200 units', 1, 650200, 'count', 'starts', None, None, None, F5, DOC),
        ('9 pct', 1, 9, 'percent', 'starts', 'decrease', 'year_on_year', 'approximately', F5, DOC),
        ('714,600 units', 1, 714600, 'count', 'starts', None, None, None, SPLY, DOC),
        ('1.65 mln units', 1, 1.65e6, 'count', HS, None, None, 'approximately', MAY, None),
    ],
    'wire_2025_india_wpi_inflation.txt': [
        ('0.46%', 1, 0.46, 'percent', "India's wholesale prices", 'decrease', None, None, NOV, None),
        ('0.46%', 2, 0.46, 'percent', WPI, 'decrease', 'year_on_year', None, NOV, MOCI),
        ('1.08%', 1, 1.08, 'percent', WPI, 'decrease', 'year_on_year', None, OCT, MOCI),
        ('1.21%', 1, 1.21, 'percent', WPI, 'decrease', 'year_on_year', None, per('October', 2025, 10), MOCI),
        ('0.25%', 1, 0.25, 'percent', WPI, 'decrease', 'year_on_year', None, NOV, REU),
        ('6.92%', 1, 6.92, 'percent', 'food prices', 'decrease', 'year_on_year', None, NOV, MOCI),
        ('7.84%', 1, 7.84, 'percent', 'food prices', 'decrease', 'year_on_year', None, per('the previous month', 2025, 10), MOCI),
        ('28.1%', 1, 28.1, 'percent', 'vegetables', 'decrease', 'year_on_year', None, NOV, MOCI),
        ('15.6%', 1, 15.6, 'percent', 'pulses', 'decrease', 'year_on_year', None, NOV, MOCI),
        ('59.4%', 1, 59.4, 'percent', 'onions', 'decrease', 'year_on_year', None, NOV, MOCI),
        ('2.27%', 1, 2.27, 'percent', 'fuel and power prices', 'decrease', 'year_on_year', None, NOV, MOCI),
        ('64%', 1, 64, 'percent', 'manufactured products share of the index', None, None, 'approximately', NOV, MOCI),
        ('1.33%', 1, 1.33, 'percent', 'inflation in manufactured products', 'decrease', 'year_on_year', None, NOV, MOCI),
        ('1.54%', 1, 1.54, 'percent', 'inflation in manufactured products', None, 'year_on_year', None, per('a month earlier', 2025, 10), MOCI),
        ('0.35%', 1, 0.35, 'percent', WPI, 'increase', 'month_on_month', None, NOV, MOCI),
        ('0.11%', 1, 0.11, 'percent', WPI, 'increase', 'month_on_month', None, OCT, MOCI),
        ('0.71%', 1, 0.71, 'percent', 'retail inflation', 'increase', 'year_on_year', None, NOV, MOSPI),
        ('0.25%', 2, 0.25, 'percent', 'retail inflation', None, 'year_on_year', None, OCT, MOSPI),
        ('25 basis points', 1, 25, 'basis_point', 'policy repo rate', 'decrease', None, None, DEC5, RBI),
        ('5.25%', 1, 5.25, 'percent', 'policy repo rate', 'decrease', None, None, DEC5, RBI),
        ('2.0%', 1, 2.0, 'percent', 'inflation forecast', 'decrease', None, None, FY26, RBI),
        ('2.6%', 1, 2.6, 'percent', 'inflation forecast', None, None, None, FY26, RBI),
        ('-0.5%', 1, -0.5, 'percent', 'wholesale inflation', 'decrease', None, None, JM, BOB),
        ('0.5%', 1, 0.5, 'percent', 'wholesale inflation', None, None, None, JM, BOB),
    ],
    'cnbc_style_durable_goods_orders.txt': [
        ('2.8%', 1, 2.8, 'percent', 'durable goods orders', 'decrease', None, None, JUL, None),
        ('2.8%', 2, 2.8, 'percent', NDG, 'decrease', None, None, LM, DOC),
        ('$311.4 billion', 1, 311.4e9, 'USD', NDG, 'decrease', None, None, LM, DOC),
        ('3.8%', 1, 3.8, 'percent', NDG, 'decrease', None, None, LM, DJ),
        ('9.4%', 1, 9.4, 'percent', NDG, 'decrease', None, None, per('June', 2025, 6), DOC),
        ('9.3%', 1, 9.3, 'percent', NDG, None, None, None, per('June', 2025, 6), DOC),
        ('1.1%', 1, 1.1, 'percent', 'orders excluding transportation', 'increase', None, None, JUL, DOC),
        ('0.2%', 1, 0.2, 'percent', 'orders excluding transportation', None, None, None, JUL, DJ),
        ('2.5%', 1, 2.5, 'percent', 'orders excluding defense', 'decrease', None, None, JUL, DOC),
        ('9.7%', 1, 9.7, 'percent', 'transportation equipment orders', 'decrease', None, None, None, DOC),
        ('$102.6 billion', 1, 102.6e9, 'USD', 'transportation equipment orders', 'decrease', None, None, None, DOC),
        ('32.7%', 1, 32.7, 'percent', 'orders for nondefense aircraft and parts', 'decrease', None, None, None, DOC),
        ('31', 1, 31, 'count', 'Boeing gross orders', 'decrease', None, None, JUL, BOEING),
        ('116', 1, 116, 'count', 'Boeing gross orders', None, None, None, JUN, BOEING),
        ('1.3%', 1, 1.3, 'percent', 'core capital goods orders', 'increase', None, None, JUL, DOC),
        ('0.7%', 1, 0.7, 'percent', 'core capital goods orders', 'decrease', None, None, JUN, DOC),
        ('0.4%', 1, 0.4, 'percent', 'core capital goods shipments', 'increase', None, None, JUL, DOC),
        ('4.2%', 1, 4.2, 'percent', 'total durable goods orders', 'increase', 'year_on_year', None, JUL, DOC),
        ('3.6%', 1, 3.6, 'percent', 'core capital goods orders', 'increase', 'year_on_year', None, JUL, DOC),
        ('4%', 1, 4, 'percent', 'business equipment spending', 'increase', 'quarter_on_quarter', None, Q('in the third quarter', 2025, 3), WF),
    ],
    'mt_newswires_us_personal_income_spending.txt': [
        ('0.4%', 1, 0.4, 'percent', 'US personal income', 'increase', None, None, SEP, None),
        ('0.4%', 2, 0.4, 'percent', 'personal income', 'increase', 'month_on_month', None, SEP, BEA),
        ('0.5%', 1, 0.5, 'percent', 'personal income', 'increase', 'month_on_month', None, AUG, BEA),
        ('0.3%', 1, 0.3, 'percent', 'personal income', 'increase', None, None, None, BBG),
        ('0.3%', 2, 0.3, 'percent', 'personal consumption expenditures', 'increase', None, None, SEP, BEA),
        ('0.6%', 1, 0.6, 'percent', 'personal consumption expenditures', 'increase', None, None, AUG, BEA),
        ('0.4%', 3, 0.4, 'percent', 'personal consumption expenditures', None, None, None, SEP, None),
        ('0.2%', 1, 0.2, 'percent', 'spending on goods', 'decrease', None, None, SEP, BEA),
        ('0.5%', 2, 0.5, 'percent', 'outlays on services', 'increase', None, None, SEP, BEA),
        ('$98.4 billion', 1, 98.4e9, 'USD', 'disposable personal income', 'increase', None, None, SEP, BEA),
        ('0.4%', 4, 0.4, 'percent', 'disposable personal income', 'increase', None, None, SEP, BEA),
        ('0.1%', 1, 0.1, 'percent', 'real disposable income', 'increase', None, None, SEP, BEA),
        ('0.3%', 3, 0.3, 'percent', 'PCE price index', 'increase', 'month_on_month', None, SEP, BEA),
        ('2.8%', 1, 2.8, 'percent', 'PCE price index', 'increase', 'year_on_year', None, SEP, BEA),
        ('2.7%', 1, 2.7, 'percent', 'PCE price index', None, 'year_on_year', None, AUG, BEA),
        ('0.2%', 2, 0.2, 'percent', 'core PCE prices', 'increase', 'month_on_month', None, SEP, BEA),
        ('2.8%', 2, 2.8, 'percent', 'core PCE prices', 'increase', 'year_on_year', None, SEP, BEA),
        ('0.2%', 3, 0.2, 'percent', 'core PCE prices', None, 'month_on_month', None, SEP, None),
        ('2.9%', 1, 2.9, 'percent', 'core PCE prices', None, 'year_on_year', None, SEP, None),
        ('4.7%', 1, 4.7, 'percent', 'personal saving rate', 'increase', None, None, SEP, BEA),
        ('4.5%', 1, 4.5, 'percent', 'personal saving rate', None, None, None, per('the month before', 2025, 8), BEA),
        ('$1.06 trillion', 1, 1.06e12, 'USD', 'personal saving', None, None, None, SEP, BEA),
        ('2%', 1, 2, 'percent', "Federal Reserve's inflation target", None, None, None, None, FED),
    ],
    'trading_economics_style_chile_imacec.txt': [
        ('2.8%', 1, 2.8, 'percent', IMA, 'increase', 'year_on_year', None, OCT25, CBC),
        ('1.9%', 1, 1.9, 'percent', IMA, 'increase', 'year_on_year', None, TSEP, CBC),
        ('2.1%', 1, 2.1, 'percent', IMA, None, 'year_on_year', None, OCT25, None),
        ('4.6%', 1, 4.6, 'percent', 'mining activity', 'increase', 'year_on_year', None, OCT25, CBC),
        ('3.2%', 1, 3.2, 'percent', 'mining activity', 'decrease', 'year_on_year', None, per('in the prior month', 2025, 9), CBC),
        ('2.6%', 1, 2.6, 'percent', 'non-mining activity', 'increase', 'year_on_year', None, OCT25, CBC),
        ('3.9%', 1, 3.9, 'percent', 'services', 'increase', 'year_on_year', None, OCT25, CBC),
        ('5.7%', 1, 5.7, 'percent', 'commerce', 'increase', 'year_on_year', None, OCT25, CBC),
        ('1.4%', 1, 1.4, 'percent', 'manufacturing production', 'decrease', 'year_on_year', None, OCT25, CBC),
        ('0.7%', 1, 0.7, 'percent', 'IMACEC', 'increase', 'month_on_month', None, OCT25, CBC),
        ('0.3%', 1, 0.3, 'percent', 'IMACEC', 'decrease', 'month_on_month', None, TSEP, CBC),
        ('2.9%', 1, 2.9, 'percent', 'mining activity', 'increase', 'month_on_month', None, OCT25, CBC),
        ('0.4%', 1, 0.4, 'percent', 'non-mining activity', 'increase', 'month_on_month', None, OCT25, CBC),
        ('2.4%', 1, 2.4, 'percent', 'economy', 'increase', 'year_on_year', None, F10, CBC),
        ('3.37 percent', 1, 3.37, 'percent', 'Economic Activity YoY in Chile average', None, None, None, P('from 1997 until 2025', '1997-01-01', '2025-12-31'), CBC),
        ('29.27 percent', 1, 29.27, 'percent', 'Economic Activity YoY in Chile all time high', None, None, None, per('in April of 2021', 2021, 4), CBC),
        ('-15.17 percent', 1, -15.17, 'percent', 'Economic Activity YoY in Chile record low', 'decrease', None, None, per('in May of 2020', 2020, 5), CBC),
        ('2.50 percent', 1, 2.50, 'percent', 'Economic Activity YoY in Chile', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('2.20 percent', 1, 2.20, 'percent', 'Chile Economic Activity YoY', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('2.00 percent', 1, 2.00, 'percent', 'Chile Economic Activity YoY', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_live_cattle_lean_hog_futures.txt': [
        ('2.35 cents', 1, 0.0235, 'USD', LC, 'increase', None, None, ET, None),
        ('1.1%', 1, 1.1, 'percent', LC, 'increase', None, None, ET, None),
        ('218.925 cents', 1, 2.18925, 'USD', LC, 'increase', None, None, ET, None),
        ('212.50 cents', 1, 2.125, 'USD', LC, None, None, None, P('on Friday', '2025-11-21', '2025-11-21'), None),
        ('3.1%', 1, 3.1, 'percent', 'January feeder cattle', 'increase', None, None, ET, None),
        ('318.40 cents', 1, 3.184, 'USD', 'January feeder cattle', 'increase', None, None, ET, None),
        ('0.6%', 1, 0.6, 'percent', 'February lean hogs', 'decrease', None, None, ET, None),
        ('81.175 cents', 1, 0.81175, 'USD', 'February lean hogs', 'decrease', None, None, ET, None),
        ('245.40 cents', 1, 2.454, 'USD', 'live cattle record high', None, None, None, P('on Oct. 16', '2025-10-16', '2025-10-16'), None),
        ('11%', 1, 11, 'percent', 'live cattle', 'decrease', None, 'approximately', P('Since then', '2025-10-16', '2025-11-25'), None),
        ('$368.12', 1, 368.12, 'USD', 'Choice cutout', None, None, None, MON, USDA),
        ('$2.41', 1, 2.41, 'USD', 'Choice cutout', 'decrease', 'period_on_period', None, MON, USDA),
        ('84 cents', 1, 0.84, 'USD', 'Select cutout', 'increase', 'period_on_period', None, MON, USDA),
        ('$351.90', 1, 351.90, 'USD', 'Select cutout', 'increase', None, None, MON, USDA),
        ('104,000 head', 1, 104000, 'count', 'cattle slaughter', None, None, None, MON, USDA),
        ('118,000', 1, 118000, 'count', 'cattle slaughter', None, None, None, P('a week earlier', '2025-11-17', '2025-11-17'), USDA),
        ('391.2 million lbs', 1, 391.2e6, 'pound-mass', 'frozen pork stocks', None, None, None, EOS, USDA),
        ('8%', 1, 8, 'percent', 'frozen pork stocks', 'decrease', 'year_on_year', None, EOS, USDA),
        ('412.5 million lbs', 1, 412.5e6, 'pound-mass', 'beef holdings', None, None, None, EOS, USDA),
        ('405 million lbs', 1, 405e6, 'pound-mass', 'pork inventories', None, None, 'approximately', P('at the end of October', '2025-10-31', '2025-10-31'), None),
    ],
    'business_standard_style_ipo_fundraising.txt': [
        ('₹1.38 trn', 1, 1.38e12, 'INR', 'IPO fundraising', None, None, None, AN, None),
        ('27x', 1, 27, 'times', SUB, None, None, None, AN, None),
        ('₹1.38 trillion', 1, 1.38e12, 'INR', IPO, None, None, None, F8, PRIME),
        ('31 per cent', 1, 31, 'percent', IPO, 'increase', 'year_on_year', None, F8, PRIME),
        ('₹1.05 trillion', 1, 1.05e12, 'INR', IPO, None, None, None, P('in the corresponding period of FY25', '2024-04-01', '2024-11-30'), PRIME),
        ('74', 1, 74, 'count', 'companies that tapped the market', None, None, 'up_to', P('during April-November', '2025-04-01', '2025-11-30'), PRIME),
        ('58', 1, 58, 'count', 'companies that tapped the market', None, None, None, P('a year ago', '2024-04-01', '2024-11-30'), PRIME),
        ('12', 1, 12, 'count', 'issues', None, None, None, per('November', 2025, 11), PRIME),
        ('₹24,610 crore', 1, 24610e7, 'INR', IPO, None, None, None, per('November', 2025, 11), PRIME),
        ('38 per cent', 1, 38, 'percent', 'fresh issue of shares share of the amount', None, None, 'approximately', None, PRIME),
        ('27.4 times', 1, 27.4, 'times', SUB, None, None, None, SOFAR, PRIME),
        ('39.2 times', 1, 39.2, 'times', SUB, None, None, None, FY25, PRIME),
        ('61.3 times', 1, 61.3, 'times', 'subscription by qualified institutional buyers (QIBs)', None, None, None, SOFAR, PRIME),
        ('22.8 times', 1, 22.8, 'times', 'subscription by non-institutional investors (NIIs)', None, None, None, SOFAR, PRIME),
        ('9.1 times', 1, 9.1, 'times', 'subscription by retail investors', None, None, None, SOFAR, PRIME),
        ('8.6 lakh', 1, 860000, 'count', 'applications from retail investors per issue', 'decrease', None, None, SOFAR, PRIME),
        ('14.2 lakh', 1, 1420000, 'count', 'applications from retail investors per issue', None, None, None, FY25, PRIME),
        ('9.8 per cent', 1, 9.8, 'percent', 'average listing-day gain', 'decrease', None, None, P('this fiscal', '2025-04-01', '2026-03-31'), PRIME),
        ('29.6 per cent', 1, 29.6, 'percent', 'average listing-day gain', None, None, None, FY25, PRIME),
        ('23', 1, 23, 'count', 'listings trading below their issue price', None, None, None, P('as of December 1', '2025-12-01', '2025-12-01'), PRIME),
        ('218', 1, 218, 'count', 'SME issues', None, None, None, DPB, PRIME),
        ('₹8,120 crore', 1, 8120e7, 'INR', 'funds mobilised on the SME platforms', None, None, None, DPB, PRIME),
        ('92', 1, 92, 'count', 'companies holding Sebi approval', None, None, None, None, PRIME),
        ('₹1.6 trillion', 1, 1.6e12, 'INR', 'amount companies holding Sebi approval plan to raise', None, None, 'approximately', None, PRIME),
        ('81', 1, 81, 'count', "companies awaiting the regulator's nod", None, None, None, None, PRIME),
    ],
    'eu_energy_style_solar_pv_installations.txt': [
        ('29.8 GW', 1, 29.8, 'gigawatt', NSC, None, None, None, H1, None),
        ('4%', 1, 4, 'percent', NSC, 'decrease', 'year_on_year', None, H1, None),
        ('368 GW', 1, 368, 'gigawatt', 'cumulative installed capacity', None, None, 'approximately', P('by the end of June 2025', '2025-06-30', '2025-06-30'), None),
        ('7.9 GW', 1, 7.9, 'gigawatt', 'additions in Germany', None, None, None, IFH, None),
        ('3.6 GW', 1, 3.6, 'gigawatt', 'additions in Spain', None, None, None, IFH, None),
        ('3.1 GW', 1, 3.1, 'gigawatt', 'additions in Italy', None, None, None, IFH, None),
        ('2.9 GW', 1, 2.9, 'gigawatt', 'additions in France', None, None, None, IFH, None),
        ('1.8 GW', 1, 1.8, 'gigawatt', 'additions in Poland', None, None, None, IFH, None),
        ('65%', 1, 65, 'percent', 'five Member States share of EU additions', None, None, None, IFH, None),
        ('a third', 1, 0.3333, 'fraction', 'additions in the Netherlands', 'decrease', None, 'more_than', IFH, None),
        ('1.1 GW', 1, 1.1, 'gigawatt', 'additions in the Netherlands', 'decrease', None, None, IFH, None),
        ('0.9 GW', 1, 0.9, 'gigawatt', 'installations in Romania', 'increase', None, None, IFH, None),
        ('0.7 GW', 1, 0.7, 'gigawatt', 'installations in Bulgaria', 'increase', None, None, IFH, None),
        ('58%', 1, 58, 'percent', 'utility-scale plants share of new capacity', 'increase', None, None, JJ, None),
        ('49%', 1, 49, 'percent', 'utility-scale plants share of new capacity', None, None, None, P('a year earlier', '2024-01-01', '2024-06-30'), None),
        ('27%', 1, 27, 'percent', 'residential rooftop segment', 'decrease', 'year_on_year', None, JJ, None),
        ('6.3 GW', 1, 6.3, 'gigawatt', 'commercial and industrial rooftops', None, None, None, JJ, None),
        ('14.0 GW', 1, 14.0, 'gigawatt', 'installations', None, None, None, Q2, SPE),
        ('11%', 1, 11, 'percent', 'installations', 'decrease', 'quarter_on_quarter', None, Q2, SPE),
        ('0.10', 1, 0.10, 'EUR', 'prices of TOPCon modules', None, None, None, JUNE, SPE),
        ('0.11 €/Wp', 1, 0.11, 'EUR', 'prices of TOPCon modules', None, None, None, JUNE, SPE),
        ('20%', 1, 20, 'percent', 'prices of TOPCon modules', 'decrease', 'year_on_year', 'approximately', JUNE, SPE),
        ('22.4%', 1, 22.4, 'percent', 'solar PV share of EU electricity generation', 'increase', None, None, per('in June 2025', 2025, 6), EMBER),
        ('19.7%', 1, 19.7, 'percent', 'solar PV share of EU electricity generation', None, None, None, per('in June 2024', 2024, 6), EMBER),
    ],
    'nbs_style_foreign_trade_customs.txt': [
        ('3.6%', 1, 3.6, 'percent', "China's foreign trade", 'increase', None, None, P('in first 11 months', '2025-01-01', '2025-11-30'), None),
        ('41.21 trillion yuan', 1, 41.21e12, 'CNY', "China's total value of goods imports and exports", None, None, None, F11, GAC),
        ('3.6 percent', 1, 3.6, 'percent', "China's total value of goods imports and exports", 'increase', 'year_on_year', None, F11, GAC),
        ('24.46 trillion yuan', 1, 24.46e12, 'CNY', 'exports', None, None, None, F11, GAC),
        ('6.2 percent', 1, 6.2, 'percent', 'exports', 'increase', 'year_on_year', None, F11, GAC),
        ('16.75 trillion yuan', 1, 16.75e12, 'CNY', 'imports', None, None, None, F11, GAC),
        ('0.1 percent', 1, 0.1, 'percent', 'imports', 'decrease', 'year_on_year', None, F11, GAC),
        ('7.71 trillion yuan', 1, 7.71e12, 'CNY', 'trade surplus', None, None, None, F11, GAC),
        ('21.7 percent', 1, 21.7, 'percent', 'trade surplus', 'increase', 'year_on_year', None, F11, GAC),
        ('5.78 trillion US dollars', 1, 5.78e12, 'USD', 'total value of imports and exports', None, None, None, JN, GAC),
        ('3.4 percent', 1, 3.4, 'percent', 'total value of imports and exports', 'increase', 'year_on_year', None, JN, GAC),
        ('5.4 percent', 1, 5.4, 'percent', 'exports', 'increase', 'year_on_year', None, JN, GAC),
        ('3.43 trillion US dollars', 1, 3.43e12, 'USD', 'exports', 'increase', None, None, JN, GAC),
        ('0.6 percent', 1, 0.6, 'percent', 'imports', 'decrease', 'year_on_year', None, JN, GAC),
        ('2.35 trillion US dollars', 1, 2.35e12, 'USD', 'imports', 'decrease', None, None, JN, GAC),
        ('5.9 percent', 1, 5.9, 'percent', 'exports', 'increase', 'year_on_year', None, INOV, GAC),
        ('1.9 percent', 1, 1.9, 'percent', 'imports', 'increase', 'year_on_year', None, INOV, GAC),
        ('6.89 trillion yuan', 1, 6.89e12, 'CNY', 'trade with ASEAN', None, None, None, DP, GAC),
        ('8.9 percent', 1, 8.9, 'percent', 'trade with ASEAN', 'increase', None, None, DP, GAC),
        ('16.7 percent', 1, 16.7, 'percent', 'ASEAN share of the total', None, None, None, DP, GAC),
        ('5.21 trillion yuan', 1, 5.21e12, 'CNY', 'trade with the EU', None, None, None, DP, GAC),
        ('3.78 trillion yuan', 1, 3.78e12, 'CNY', 'trade with the United States', None, None, None, DP, GAC),
        ('5.3 percent', 1, 5.3, 'percent', 'trade with the EU', 'increase', None, None, DP, GAC),
        ('16.4 percent', 1, 16.4, 'percent', 'trade with the US', 'decrease', None, None, DP, GAC),
        ('23.42 trillion yuan', 1, 23.42e12, 'CNY', "private enterprises' imports and exports", None, None, None, F11B, GAC),
        ('7.1 percent', 1, 7.1, 'percent', "private enterprises' imports and exports", 'increase', 'year_on_year', None, F11B, GAC),
        ('56.8 percent', 1, 56.8, 'percent', "private enterprises' share of the total", None, None, None, F11B, GAC),
        ('1.5 percentage points', 1, 1.5, 'percentage_point', "private enterprises' share of the total", 'increase', 'year_on_year', None, F11B, GAC),
        ('14.71 trillion yuan', 1, 14.71e12, 'CNY', 'exports of mechanical and electrical products', None, None, None, F11B, GAC),
        ('8.6 percent', 1, 8.6, 'percent', 'exports of mechanical and electrical products', 'increase', 'year_on_year', None, F11B, GAC),
        ('60.1 percent', 1, 60.1, 'percent', 'mechanical and electrical products share of the total export value', None, None, None, F11B, GAC),
    ],
}
# fmt: on

if __name__ == "__main__":
    here = Path(sys.argv[1])
    n = write_gold(here, LABELS, standalone_only=True)
    print(f"wrote {n} records to {here / 'gold.jsonl'}")
