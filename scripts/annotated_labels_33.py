# ruff: noqa: E501, RUF001
"""Write corpus/annotated_33/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_33.py corpus/annotated_33
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
DOS = "Department of Statistics"
ES = "Enterprise Singapore"
CHI = "Federal Reserve Bank of Chicago"
FED = "Federal Reserve"
DJ = "Dow Jones"
CME = "CME Group"
SNZ = "Statistics New Zealand"
BBG = "Bloomberg"
RBNZ = "Reserve Bank of New Zealand"
CMHC = "Canada Mortgage and Housing Corporation"
TE = "Trading Economics"
CAO = "Cabinet Office"
MHLW = "Ministry of Health, Labour and Welfare"
MOF = "Ministry of Finance"
MOA = "Ministry of Agriculture and Farmers Welfare"
IMD = "India Meteorological Department"
FCI = "Food Corporation of India"
GOI = "Government of India"
MOCI = "Ministry of Commerce and Industry"
EEX = "European Energy Exchange"
NBS = "National Bureau of Statistics"
MOFCOM = "Ministry of Commerce"
SPB = "State Post Bureau"

# 3301 ONS government debt and deficit (ref Wednesday 2025-10-22)
EJ25 = P("at the end of June 2025", "2025-06-30", "2025-06-30")
Q2L = Q("in Quarter 2 (Apr to June) 2025", 2025, 2)
FYE25 = P("In the financial year ending (FYE) March 2025", "2024-04-01", "2025-03-31")
FYE24 = P("in FYE March 2024", "2023-04-01", "2024-03-31")
EM25 = P("at the end of March 2025", "2025-03-31", "2025-03-31")
LQ = Q("in the latest quarter", 2025, 2)
CY24 = Y("For calendar year 2024", 2024)
# 3302 Reuters 1987 (ref Wednesday 1987-04-29)
MAR = per("in March", 1987, 3)
FEB = per("in February", 1987, 2)
YE86 = per("a year earlier", 1986, 3)
# 3303 Reuters 2025 (ref Monday 2025-11-17)
OCT = per("in October", 2025, 10)
# 3304 CNBC (ref Wednesday 2025-11-26)
COCT = per("in October", 2025, 10)
CSEP = per("in September", 2025, 9)
OCTED = per("in the October edition", 2025, 10)
DEC910 = P("at the Fed's Dec. 9-10 meeting", "2025-12-09", "2025-12-10")
# 3305 MT Newswires (ref Wednesday 2025-12-17)
TQ = Q("in the third quarter", 2025, 3)
SQ = Q("in the second quarter", 2025, 2)
SEPQ = Q("in the September quarter", 2025, 3)
TMS = P("in the three months to September", "2025-07-01", "2025-09-30")
ISQ = Q("In the September quarter", 2025, 3)
N26 = P("on Nov. 26", "2025-11-26", "2025-11-26")
# 3306 Trading Economics (ref Monday 2025-11-17)
OCT25 = per("in October 2025", 2025, 10)
TOCT = per("in October", 2025, 10)
TSEP = per("in September", 2025, 9)
F10 = P("In the first ten months of 2025", "2025-01-01", "2025-10-31")
# 3307 Investing.com (ref Tuesday 2025-12-09)
ET = P("By 02:15 ET", None, None)
BOJM = P("at the BOJ's Dec. 18-19 meeting", "2025-12-18", "2025-12-19")
JSQ = Q("in the July-September quarter", 2025, 3)
# 3308 Business Standard (ref Friday 2025-08-29)
AO29 = P("as of August 29", "2025-08-29", "2025-08-29")
BYF = P("By Friday", "2025-08-29", "2025-08-29")
RAIN = P("between June 1 and August 28", "2025-06-01", "2025-08-28")
AUG1 = P("on August 1", "2025-08-01", "2025-08-01")
MAY = per("in May", 2025, 5)
AJ26 = P("during April-July of FY26", "2025-04-01", "2025-07-31")
# 3309 DG ENER (ref Wednesday 2026-04-15)
Q425 = Q("In the fourth quarter of 2025", 2025, 4)
INQ = Q("in the quarter", 2025, 4)
Q425L = Q("in the fourth quarter of 2025", 2025, 4)
# 3310 NBS (ref Monday 2025-12-15)
NOV = per("in November", 2025, 11)
JN = P("From January to November", "2025-01-01", "2025-11-30")
F11 = P("In the first eleven months", "2025-01-01", "2025-11-30")
FEST = P("from October 15 to November 11", "2025-10-15", "2025-11-11")
SAME = P("in the same period", "2025-10-15", "2025-11-11")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_government_deficit_debt.txt': [
        ('£2,871.4 billion', 1, 2871.4e9, 'GBP', 'general government gross debt', None, None, None, EJ25, None),
        ('96.9%', 1, 96.9, 'percent', 'general government gross debt as a share of GDP', None, None, None, EJ25, None),
        ('0.6 percentage points', 1, 0.6, 'percentage_point', 'general government gross debt as a share of GDP', 'increase', 'year_on_year', None, EJ25, None),
        ('£41.6 billion', 1, 41.6e9, 'GBP', 'general government deficit', None, None, None, Q2L, None),
        ('5.6%', 1, 5.6, 'percent', 'general government deficit as a share of GDP', None, None, None, Q2L, None),
        ('£3.9 billion', 1, 3.9e9, 'GBP', 'general government deficit', 'decrease', 'year_on_year', None, Q2L, None),
        ('60%', 1, 60, 'percent', 'reference value for debt', None, None, None, None, None),
        ('3%', 1, 3, 'percent', 'reference value for the deficit', None, None, None, None, None),
        ('£148.3 billion', 1, 148.3e9, 'GBP', 'general government deficit', 'increase', None, None, FYE25, ONS),
        ('5.1%', 1, 5.1, 'percent', 'general government deficit as a share of GDP', 'increase', None, None, FYE25, ONS),
        ('£129.5 billion', 1, 129.5e9, 'GBP', 'general government deficit', None, None, None, FYE24, ONS),
        ('4.7%', 1, 4.7, 'percent', 'general government deficit as a share of GDP', None, None, None, FYE24, ONS),
        ('5.9%', 1, 5.9, 'percent', 'general government total expenditure', 'increase', 'year_on_year', None, FYE25, ONS),
        ('£1,302.7 billion', 1, 1302.7e9, 'GBP', 'general government total expenditure', 'increase', None, None, FYE25, ONS),
        ('4.8%', 1, 4.8, 'percent', 'total revenue', 'increase', 'year_on_year', None, FYE25, ONS),
        ('£2,819.5 billion', 1, 2819.5e9, 'GBP', 'gross debt', None, None, None, EM25, ONS),
        ('£140.8 billion', 1, 140.8e9, 'GBP', 'gross debt', 'increase', 'year_on_year', None, P('over the financial year', '2024-04-01', '2025-03-31'), ONS),
        ('96.7%', 1, 96.7, 'percent', 'debt as a ratio of GDP', 'increase', None, None, EM25, ONS),
        ('96.4%', 1, 96.4, 'percent', 'debt as a ratio of GDP', None, None, None, P('a year earlier', '2024-03-31', '2024-03-31'), ONS),
        ('93%', 1, 93, 'percent', 'central government share of the deficit', None, None, 'approximately', LQ, ONS),
        ('£2.8 billion', 1, 2.8e9, 'GBP', 'local government borrowing', None, None, None, LQ, ONS),
        ('four-fifths', 1, 0.8, 'fraction', 'gilts share of gross debt', None, None, 'approximately', EJ25, ONS),
        ('£137.2 billion', 1, 137.2e9, 'GBP', 'deficit', None, None, None, CY24, ONS),
        ('4.8%', 2, 4.8, 'percent', 'deficit as a share of GDP', None, None, None, CY24, ONS),
        ('£1.1 billion', 1, 1.1e9, 'GBP', 'deficit revision', 'decrease', None, None, CY24, ONS),
        ('96.2%', 1, 96.2, 'percent', 'debt as a share of GDP', None, None, None, P('at the end of December 2024', '2024-12-31', '2024-12-31'), ONS),
    ],
    'wire_1987_new_zealand_trade_balance.txt': [
        ('173.4 MLN DLR', 1, 173.4e6, 'NZD', 'New Zealand trade surplus', None, None, None, per('MARCH', 1987, 3), None),
        ('173.4 mln N.Z. dlrs', 1, 173.4e6, 'NZD', 'trade surplus', 'increase', None, None, MAR, DOS),
        ('96.2 mln', 1, 96.2e6, 'NZD', 'trade surplus', None, None, None, FEB, DOS),
        ('41.8 mln dlrs', 1, 41.8e6, 'NZD', 'trade deficit', None, None, None, per('in March 1986', 1986, 3), DOS),
        ('11.6 pct', 1, 11.6, 'percent', 'exports', 'increase', 'year_on_year', None, MAR, DOS),
        ('1.05 billion dlrs', 1, 1.05e9, 'NZD', 'exports', 'increase', None, None, MAR, DOS),
        ('10.8 pct', 1, 10.8, 'percent', 'imports', 'decrease', 'year_on_year', None, MAR, DOS),
        ('876.6 mln', 1, 876.6e6, 'NZD', 'imports', 'decrease', None, None, MAR, DOS),
        ('88.5 mln dlrs', 1, 88.5e6, 'NZD', 'trade surplus', None, None, None, per('February', 1987, 2), DOS),
        ('412.5 mln dlrs', 1, 412.5e6, 'NZD', 'surplus', None, None, None, P('for the 12 months ended March', '1986-04-01', '1987-03-31'), DOS),
        ('638.0 mln', 1, 638.0e6, 'NZD', 'deficit', None, None, None, P('in the previous 12 months', '1985-04-01', '1986-03-31'), DOS),
        ('18 pct', 1, 18, 'percent', 'exports to Japan', 'increase', 'year_on_year', None, MAR, DOS),
        ('181 mln dlrs', 1, 181e6, 'NZD', 'exports to Japan', 'increase', None, None, MAR, DOS),
        ('9.4 pct', 1, 9.4, 'percent', 'exports to Australia', 'increase', 'year_on_year', None, MAR, DOS),
        ('4.1 pct', 1, 4.1, 'percent', 'exports to the United States', 'increase', 'year_on_year', None, MAR, DOS),
        ('148 mln dlrs', 1, 148e6, 'NZD', 'wool exports', 'increase', None, None, MAR, DOS),
        ('121 mln', 1, 121e6, 'NZD', 'wool exports', None, None, None, YE86, DOS),
        ('210 mln', 1, 210e6, 'NZD', 'meat exports', None, None, 'approximately', MAR, DOS),
        ('132 mln dlrs', 1, 132e6, 'NZD', 'dairy product exports', 'decrease', None, None, MAR, DOS),
        ('155 mln', 1, 155e6, 'NZD', 'dairy product exports', None, None, None, YE86, DOS),
        ('142 mln dlrs', 1, 142e6, 'NZD', 'seasonally adjusted surplus', None, None, None, per('March', 1987, 3), DOS),
        ('118 mln', 1, 118e6, 'NZD', 'seasonally adjusted surplus', None, None, None, FEB, DOS),
        ('0.5770 U.S. dlrs', 1, 0.5770, 'USD', 'New Zealand dollar', 'increase', None, None, P('on Wednesday', '1987-04-29', '1987-04-29'), DOS),
        ('0.5712', 1, 0.5712, 'USD', 'New Zealand dollar', None, None, None, P('on Tuesday', '1987-04-28', '1987-04-28'), DOS),
    ],
    'wire_2025_singapore_nodx.txt': [
        ('22.2%', 1, 22.2, 'percent', "Singapore's non-oil domestic exports", 'increase', None, None, per('October', 2025, 10), None),
        ('22.2%', 2, 22.2, 'percent', "Singapore's non-oil domestic exports", 'increase', 'year_on_year', None, OCT, ES),
        ('3.5%', 1, 3.5, 'percent', 'NODX', 'increase', 'year_on_year', None, OCT, 'Reuters'),
        ('6.7%', 1, 6.7, 'percent', 'NODX', 'increase', 'year_on_year', None, per('in September', 2025, 9), ES),
        ('9.3%', 1, 9.3, 'percent', 'NODX', 'increase', 'month_on_month', None, OCT, ES),
        ('2.1%', 1, 2.1, 'percent', 'NODX', 'decrease', 'month_on_month', None, per('in the previous month', 2025, 9), ES),
        ('14.6%', 1, 14.6, 'percent', 'electronic NODX', 'increase', 'year_on_year', None, None, ES),
        ('19.8%', 1, 19.8, 'percent', 'integrated circuits', 'increase', 'year_on_year', None, None, ES),
        ('31%', 1, 31, 'percent', 'disk media products', 'increase', 'year_on_year', None, None, ES),
        ('24.9%', 1, 24.9, 'percent', 'non-electronic shipments', 'increase', 'year_on_year', None, None, ES),
        ('61.4%', 1, 61.4, 'percent', 'pharmaceuticals', 'increase', 'year_on_year', None, None, ES),
        ('2.6 times', 1, 2.6, 'times', 'non-monetary gold shipments', 'increase', 'year_on_year', None, None, ES),
        ('18.5%', 1, 18.5, 'percent', 'exports to the top 10 markets', 'increase', None, None, OCT, ES),
        ('41.2%', 1, 41.2, 'percent', 'exports to the United States', 'increase', None, None, OCT, ES),
        ('+27.0%', 1, 27.0, 'percent', 'exports to Taiwan', 'increase', None, None, OCT, ES),
        ('8.9%', 1, 8.9, 'percent', 'shipments to China', 'decrease', None, None, OCT, ES),
        ('3.4%', 1, 3.4, 'percent', 'shipments to the European Union', 'decrease', None, None, OCT, ES),
        ('5.8%', 1, 5.8, 'percent', 'non-oil re-exports', 'increase', None, None, None, ES),
        ('S$24.1 billion', 1, 24.1e9, 'SGD', 'non-oil re-exports', 'increase', None, None, None, ES),
        ('1%', 1, 1, 'percent', 'NODX growth', None, None, None, Y('2025', 2025), ES),
        ('2%', 1, 2, 'percent', 'NODX growth', None, None, None, Y('2025', 2025), ES),
        ('0%', 1, 0, 'percent', 'NODX growth', 'increase', None, None, Y('in 2026', 2026), ES),
        ('1%', 2, 1, 'percent', 'NODX growth', 'increase', None, None, Y('in 2026', 2026), ES),
        ('1.3012', 1, 1.3012, 'SGD', 'Singapore dollar', None, None, None, P('on Monday', '2025-11-17', '2025-11-17'), ES),
    ],
    'cnbc_style_chicago_fed_activity_beige_book.txt': [
        ('-0.32', 1, -0.32, 'index_point', 'Chicago Fed activity gauge', 'decrease', None, None, None, None),
        ('-0.32', 2, -0.32, 'index_point', 'Chicago Fed National Activity Index', 'decrease', None, None, COCT, CHI),
        ('-0.09', 1, -0.09, 'index_point', 'Chicago Fed National Activity Index', None, None, None, CSEP, CHI),
        ('-0.15', 1, -0.15, 'index_point', 'Chicago Fed National Activity Index', None, None, None, COCT, DJ),
        ('-0.21', 1, -0.21, 'index_point', "index's three-month moving average", 'decrease', None, None, COCT, CHI),
        ('-0.12', 1, -0.12, 'index_point', "index's three-month moving average", None, None, None, CSEP, CHI),
        ('54', 1, 54, 'count', 'indicators making negative contributions', None, None, None, COCT, CHI),
        ('41', 1, 41, 'count', 'indicators making negative contributions', None, None, None, per('the month before', 2025, 9), CHI),
        ('-0.14', 1, -0.14, 'index_point', 'contribution of production-related indicators', 'decrease', None, None, COCT, CHI),
        ('+0.03', 1, 0.03, 'index_point', 'contribution of production-related indicators', None, None, None, CSEP, CHI),
        ('-0.09', 2, -0.09, 'index_point', "employment category's contribution", None, None, None, COCT, CHI),
        ('-0.06', 1, -0.06, 'index_point', 'contribution of personal consumption and housing', None, None, None, COCT, CHI),
        ('eight', 1, 8, 'count', 'districts where activity was little changed', None, None, None, None, FED),
        ('two', 1, 2, 'count', 'districts reporting modest declines', None, None, None, None, FED),
        ('14', 1, 14, 'count', 'mentions of "slowing"', 'increase', None, None, None, 'CNBC'),
        ('9', 1, 9, 'count', 'mentions of "slowing"', None, None, None, OCTED, 'CNBC'),
        ('38', 1, 38, 'count', 'references to tariffs', 'decrease', None, None, None, 'CNBC'),
        ('52', 1, 52, 'count', 'references to tariffs', None, None, None, OCTED, 'CNBC'),
        ('quarter-point', 1, 0.25, 'percentage_point', 'Fed rate cut', 'decrease', None, None, DEC910, CME),
        ('83%', 1, 83, 'percent', 'probability of a quarter-point cut', 'increase', None, 'approximately', DEC910, CME),
        ('40%', 1, 40, 'percent', 'probability of a quarter-point cut', None, None, 'approximately', P('a week ago', '2025-11-19', '2025-11-19'), CME),
    ],
    'mt_newswires_new_zealand_gdp.txt': [
        ('1.1%', 1, 1.1, 'percent', 'New Zealand GDP', 'increase', None, None, Q('Q3', 2025, 3), None),
        ('1.1%', 2, 1.1, 'percent', "New Zealand's seasonally adjusted gross domestic product", 'increase', 'quarter_on_quarter', None, TQ, SNZ),
        ('0.6%', 1, 0.6, 'percent', "New Zealand's seasonally adjusted gross domestic product", 'decrease', 'quarter_on_quarter', None, SQ, SNZ),
        ('0.9%', 1, 0.9, 'percent', "New Zealand's seasonally adjusted gross domestic product", 'decrease', 'quarter_on_quarter', None, SQ, SNZ),
        ('0.9%', 2, 0.9, 'percent', 'gross domestic product', 'increase', 'quarter_on_quarter', None, TQ, BBG),
        ('1.3%', 1, 1.3, 'percent', 'output', 'increase', 'year_on_year', None, Q('in the July-September period', 2025, 3), SNZ),
        ('1.1%', 3, 1.1, 'percent', 'output', 'decrease', 'year_on_year', None, SQ, SNZ),
        ('2.4%', 1, 2.4, 'percent', 'primary industries', 'increase', None, None, SEPQ, SNZ),
        ('6.8%', 1, 6.8, 'percent', 'agriculture', 'increase', None, None, SEPQ, SNZ),
        ('1.7%', 1, 1.7, 'percent', 'goods-producing industries', 'increase', None, None, SEPQ, SNZ),
        ('0.8%', 1, 0.8, 'percent', 'service industries', 'increase', None, None, SEPQ, SNZ),
        ('2.0%', 1, 2.0, 'percent', 'manufacturing', 'increase', 'quarter_on_quarter', None, SEPQ, SNZ),
        ('0.3%', 1, 0.3, 'percent', 'construction', 'decrease', 'quarter_on_quarter', None, SEPQ, SNZ),
        ('0.9%', 3, 0.9, 'percent', 'expenditure-side GDP', 'increase', 'quarter_on_quarter', None, TMS, SNZ),
        ('0.7%', 1, 0.7, 'percent', 'household consumption spending', 'increase', 'quarter_on_quarter', None, TMS, SNZ),
        ('3.2%', 1, 3.2, 'percent', 'exports of goods and services', 'increase', 'quarter_on_quarter', None, TMS, SNZ),
        ('0.5%', 1, 0.5, 'percent', 'annual average GDP', 'decrease', 'year_on_year', None, P('In the year ended September 2025', '2024-10-01', '2025-09-30'), SNZ),
        ('0.9%', 4, 0.9, 'percent', 'GDP per capita', 'increase', 'quarter_on_quarter', None, ISQ, SNZ),
        ('0.2%', 1, 0.2, 'percent', 'GDP per capita', 'decrease', 'year_on_year', None, ISQ, SNZ),
        ('25 basis points', 1, 25, 'basis_point', 'official cash rate', 'decrease', None, None, N26, RBNZ),
        ('2.25%', 1, 2.25, 'percent', 'official cash rate', 'decrease', None, None, N26, RBNZ),
        ('325 basis points', 1, 325, 'basis_point', 'cumulative easing', 'decrease', None, None, P('since August 2024', '2024-08-01', '2025-12-17'), RBNZ),
        ('0.3%', 2, 0.3, 'percent', 'New Zealand dollar', 'increase', None, None, None, SNZ),
        ('US$0.5812', 1, 0.5812, 'USD', 'New Zealand dollar', 'increase', None, None, None, SNZ),
    ],
    'trading_economics_style_canada_housing_starts.txt': [
        ('17%', 1, 17, 'percent', 'housing starts in Canada', 'decrease', 'month_on_month', None, OCT25, CMHC),
        ('232,765 units', 1, 232765, 'count', 'housing starts in Canada', 'decrease', None, None, OCT25, CMHC),
        ('280,392', 1, 280392, 'count', 'housing starts in Canada', None, None, None, TSEP, CMHC),
        ('262,000', 1, 262000, 'count', 'housing starts in Canada', None, None, None, OCT25, None),
        ('17.9%', 1, 17.9, 'percent', 'urban starts', 'decrease', 'month_on_month', None, TOCT, CMHC),
        ('212,410 units', 1, 212410, 'count', 'urban starts', 'decrease', None, None, TOCT, CMHC),
        ('21.2%', 1, 21.2, 'percent', 'multi-unit starts', 'decrease', 'month_on_month', None, TOCT, CMHC),
        ('163,180', 1, 163180, 'count', 'multi-unit starts', 'decrease', None, None, TOCT, CMHC),
        ('0.6%', 1, 0.6, 'percent', 'single-detached starts', 'increase', 'month_on_month', None, TOCT, CMHC),
        ('49,230', 1, 49230, 'count', 'single-detached starts', 'increase', None, None, TOCT, CMHC),
        ('20,355 units', 1, 20355, 'count', 'rural starts', None, None, None, TOCT, CMHC),
        ('266,450', 1, 266450, 'count', 'six-month moving average of the monthly SAAR', None, None, None, TOCT, CMHC),
        ('1.4%', 1, 1.4, 'percent', 'six-month moving average of the monthly SAAR', 'decrease', 'month_on_month', None, TOCT, CMHC),
        ('270,230', 1, 270230, 'count', 'six-month moving average of the monthly SAAR', None, None, None, TSEP, CMHC),
        ('10%', 1, 10, 'percent', 'actual starts in centres with 10,000 people or more', 'increase', 'year_on_year', None, F10, CMHC),
        ('208,617 units', 1, 208617, 'count', 'actual starts in centres with 10,000 people or more', 'increase', None, None, F10, CMHC),
        ('24%', 1, 24, 'percent', 'actual starts in Toronto', 'decrease', 'year_on_year', None, F10, CMHC),
        ('21%', 1, 21, 'percent', 'actual starts in Vancouver', 'increase', 'year_on_year', None, F10, CMHC),
        ('57%', 1, 57, 'percent', 'actual starts in Montréal', 'increase', 'year_on_year', None, F10, CMHC),
        ('199.47 thousand units', 1, 199470, 'count', 'Canadian housing starts average', None, None, None, P('Between 1977 and 2025', '1977-01-01', '2025-12-31'), CMHC),
        ('330.24 thousand units', 1, 330240, 'count', 'Canadian housing starts peak', None, None, None, per('in April 2021', 2021, 4), CMHC),
        ('82.42 thousand units', 1, 82420, 'count', 'Canadian housing starts low', None, None, None, per('in January 1982', 1982, 1), CMHC),
        ('245.00 thousand units', 1, 245000, 'count', 'Canadian housing starts', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('255.00 thousand units', 1, 255000, 'count', 'Canadian housing starts', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('250.00 thousand units', 1, 250000, 'count', 'Canadian housing starts', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_nikkei_japanese_stocks.txt': [
        ('1.2%', 1, 1.2, 'percent', 'Nikkei 225', 'increase', None, None, None, None),
        ('1.2%', 2, 1.2, 'percent', 'Nikkei 225', 'increase', None, None, ET, None),
        ('50,842.6', 1, 50842.6, 'index_point', 'Nikkei 225', 'increase', None, None, ET, None),
        ('0.7%', 1, 0.7, 'percent', 'TOPIX', 'increase', None, None, ET, None),
        ('3,391.8', 1, 3391.8, 'index_point', 'TOPIX', 'increase', None, None, ET, None),
        ('0.9%', 1, 0.9, 'percent', 'Nikkei', 'decrease', None, None, P('on Monday', '2025-12-08', '2025-12-08'), None),
        ('27%', 1, 27, 'percent', 'Nikkei', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-12-09'), None),
        ('52,411.3', 1, 52411.3, 'index_point', 'Nikkei record high', None, None, None, P('on Nov. 4', '2025-11-04', '2025-11-04'), None),
        ('4.6%', 1, 4.6, 'percent', 'Tokyo Electron Ltd', 'increase', None, None, None, None),
        ('5.3%', 1, 5.3, 'percent', 'Advantest Corp', 'increase', None, None, None, None),
        ('310 points', 1, 310, 'index_point', "Tokyo Electron and Advantest contribution to the Nikkei's gain", 'increase', None, 'approximately', None, None),
        ('2.8%', 1, 2.8, 'percent', 'SoftBank Group Corp', 'increase', None, None, None, None),
        ('0.4%', 1, 0.4, 'percent', 'USD/JPY', 'increase', None, None, None, None),
        ('155.92', 1, 155.92, 'JPY', 'USD/JPY', 'increase', None, None, None, None),
        ('76%', 1, 76, 'percent', 'chance of a BOJ rate increase', None, None, 'approximately', BOJM, None),
        ('25 basis point', 1, 25, 'basis_point', 'BOJ rate increase', 'increase', None, None, BOJM, None),
        ('0.75%', 1, 0.75, 'percent', 'policy rate', 'increase', None, None, BOJM, None),
        ('2.3%', 1, 2.3, 'percent', "Japan's economy", 'decrease', 'quarter_on_quarter', None, JSQ, CAO),
        ('1.8%', 1, 1.8, 'percent', "Japan's economy", 'decrease', 'quarter_on_quarter', None, JSQ, CAO),
        ('0.7%', 2, 0.7, 'percent', 'real wages', 'decrease', 'year_on_year', None, per('in October', 2025, 10), MHLW),
        ('¥1.24 trillion', 1, 1.24e12, 'JPY', 'net buying of Japanese stocks by foreign investors', None, None, None, P('last week', '2025-12-01', '2025-12-07'), MOF),
    ],
    'business_standard_style_kharif_sowing.txt': [
        ('3.4%', 1, 3.4, 'percent', 'kharif sowing', 'increase', None, None, None, None),
        ('42.1 mn ha', 1, 42.1e6, 'hectare', 'rice acreage', None, None, None, None, None),
        ('3.4 per cent', 1, 3.4, 'percent', 'area sown under kharif crops', 'increase', 'year_on_year', None, AO29, MOA),
        ('106.8 million hectares', 1, 106.8e6, 'hectare', 'area sown under kharif crops', 'increase', None, None, AO29, MOA),
        ('42.1 mh', 1, 42.1e6, 'hectare', 'area planted under paddy', None, None, None, AO29, MOA),
        ('6.7 per cent', 1, 6.7, 'percent', 'area planted under paddy', 'increase', 'year_on_year', None, AO29, MOA),
        ('39.46 mh', 1, 39.46e6, 'hectare', 'area planted under paddy', None, None, None, P('in the same period last year', '2024-08-29', '2024-08-29'), MOA),
        ('11.2 mh', 1, 11.2e6, 'hectare', 'area sown under pulses', None, None, None, BYF, MOA),
        ('2.9 per cent', 1, 2.9, 'percent', 'area sown under pulses', 'decrease', 'year_on_year', None, BYF, MOA),
        ('4.38 mh', 1, 4.38e6, 'hectare', 'area sown under arhar (tur)', None, None, None, BYF, MOA),
        ('4.61 mh', 1, 4.61e6, 'hectare', 'area sown under arhar (tur)', None, None, None, P('a year earlier', '2024-08-29', '2024-08-29'), MOA),
        ('18.7 mh', 1, 18.7e6, 'hectare', 'area covered by coarse cereals', None, None, None, BYF, MOA),
        ('4.6 per cent', 1, 4.6, 'percent', 'area covered by coarse cereals', 'increase', 'year_on_year', None, BYF, MOA),
        ('18.3 mh', 1, 18.3e6, 'hectare', 'area covered by oilseeds', None, None, None, BYF, MOA),
        ('1.8 per cent', 1, 1.8, 'percent', 'area covered by oilseeds', 'decrease', 'year_on_year', None, BYF, MOA),
        ('6 per cent', 1, 6, 'percent', 'cumulative monsoon rainfall', 'increase', None, None, RAIN, IMD),
        ('79 per cent', 1, 79, 'percent', "share of the country's area receiving normal or excess rain", None, None, None, RAIN, IMD),
        ('58.2 million tonnes', 1, 58.2e6, 'tonne', 'rice stocks in the central pool', None, None, None, AUG1, FCI),
        ('4.3 times', 1, 4.3, 'times', 'rice stocks relative to the buffer norm', None, None, 'approximately', AUG1, FCI),
        ('13.54 mt', 1, 13.54e6, 'tonne', 'buffer norm', None, None, None, P('for July 1', '2025-07-01', '2025-07-01'), None),
        ('₹69', 1, 69, 'INR', 'minimum support price of common paddy', 'increase', None, None, MAY, GOI),
        ('₹2,369', 1, 2369, 'INR', 'minimum support price of common paddy', 'increase', None, None, MAY, GOI),
        ('₹2.07 trillion', 1, 2.07e12, 'INR', 'total MSP outlay for kharif crops', None, None, 'approximately', P('for FY26', '2025-04-01', '2026-03-31'), GOI),
        ('19.4 per cent', 1, 19.4, 'percent', "India's rice exports", 'increase', None, None, AJ26, MOCI),
        ('$5.1 bn', 1, 5.1e9, 'USD', "India's rice exports", 'increase', None, None, AJ26, MOCI),
    ],
    'eu_energy_style_electricity_forward_prices.txt': [
        ('87 €/MWh', 1, 87, 'EUR', 'Cal-26 baseload forward contracts in Germany', None, None, None, Q425, None),
        ('4%', 1, 4, 'percent', 'Cal-26 baseload forward contracts in Germany', 'decrease', 'quarter_on_quarter', None, Q425, None),
        ('62 €/MWh', 1, 62, 'EUR', 'French Cal-26 contract', None, None, None, Q425, None),
        ('9%', 1, 9, 'percent', 'French Cal-26 contract', 'decrease', 'quarter_on_quarter', None, Q425, None),
        ('25 €/MWh', 1, 25, 'EUR', 'spread between German and French Cal-26 contracts', 'increase', None, None, per('in December', 2025, 12), None),
        ('19 €/MWh', 1, 19, 'EUR', 'spread between German and French Cal-26 contracts', None, None, None, per('in September', 2025, 9), None),
        ('108 €/MWh', 1, 108, 'EUR', 'PUN Cal-26 contract', None, None, None, INQ, None),
        ('38 €/MWh', 1, 38, 'EUR', 'Nordic system forwards', None, None, None, INQ, None),
        ('64 €/MWh', 1, 64, 'EUR', 'Spanish Cal-26 products', None, None, None, INQ, None),
        ('84 €/MWh', 1, 84, 'EUR', 'Dutch Cal-26 products', None, None, None, INQ, None),
        ('128 €/MWh', 1, 128, 'EUR', 'German baseload contract for January 2026', None, None, None, P('on 12 December', '2025-12-12', '2025-12-12'), None),
        ('18%', 1, 18, 'percent', 'German baseload contract for January 2026', 'decrease', None, 'approximately', P('by the end of the month', '2025-12-31', '2025-12-31'), None),
        ('2,140 TWh', 1, 2140, 'terawatt hour', 'traded volumes of power futures', None, None, None, Q425L, EEX),
        ('12%', 1, 12, 'percent', 'traded volumes of power futures', 'increase', 'year_on_year', None, Q425L, EEX),
        ('55%', 1, 55, 'percent', 'German contracts share of traded volumes', None, None, 'approximately', Q425L, EEX),
        ('31 €/MWh', 1, 31, 'EUR', 'TTF front-month gas contract', None, None, None, INQ, EEX),
        ('6%', 1, 6, 'percent', 'TTF front-month gas contract', 'decrease', 'quarter_on_quarter', None, INQ, EEX),
        ('7%', 1, 7, 'percent', 'EU ETS allowance prices', 'increase', 'quarter_on_quarter', None, INQ, EEX),
        ('78 €/tCO2', 1, 78, 'EUR', 'EU ETS allowance prices', 'increase', None, None, INQ, EEX),
        ('9 €/MWh', 1, 9, 'EUR', 'German clean spark spread for Cal-26', None, None, None, None, EEX),
        ('-4 €/MWh', 1, -4, 'EUR', 'clean dark spread for hard coal plants', None, None, None, None, EEX),
    ],
    'nbs_style_catering_online_retail_festival.txt': [
        ('4,389.8 billion yuan', 1, 4389.8e9, 'CNY', 'total retail sales of consumer goods', None, None, None, NOV, NBS),
        ('2.9 percent', 1, 2.9, 'percent', 'total retail sales of consumer goods', 'increase', 'year_on_year', None, NOV, NBS),
        ('512.6 billion yuan', 1, 512.6e9, 'CNY', 'catering revenue', None, None, None, NOV, NBS),
        ('3.8 percent', 1, 3.8, 'percent', 'catering revenue', 'increase', 'year_on_year', None, NOV, NBS),
        ('3,877.2 billion yuan', 1, 3877.2e9, 'CNY', 'retail sales of goods', None, None, None, NOV, NBS),
        ('2.8 percent', 1, 2.8, 'percent', 'retail sales of goods', 'increase', 'year_on_year', None, NOV, NBS),
        ('5,103.5 billion yuan', 1, 5103.5e9, 'CNY', 'catering revenue', None, None, None, JN, NBS),
        ('4.1 percent', 1, 4.1, 'percent', 'catering revenue', 'increase', 'year_on_year', None, JN, NBS),
        ('1,498.7 billion yuan', 1, 1498.7e9, 'CNY', 'revenue of catering units above designated size', None, None, None, JN, NBS),
        ('3.2 percent', 1, 3.2, 'percent', 'revenue of catering units above designated size', 'increase', 'year_on_year', None, JN, NBS),
        ('14,412.3 billion yuan', 1, 14412.3e9, 'CNY', 'national online retail sales', None, None, None, F11, NBS),
        ('9.1 percent', 1, 9.1, 'percent', 'national online retail sales', 'increase', 'year_on_year', None, F11, NBS),
        ('11,805.6 billion yuan', 1, 11805.6e9, 'CNY', 'online retail sales of physical goods', None, None, None, F11, NBS),
        ('6.3 percent', 1, 6.3, 'percent', 'online retail sales of physical goods', 'increase', 'year_on_year', None, F11, NBS),
        ('25.7 percent', 1, 25.7, 'percent', 'online retail sales of physical goods share of total retail sales of consumer goods', None, None, None, F11, NBS),
        ('13.9 percent', 1, 13.9, 'percent', 'online sales of food', 'increase', 'year_on_year', None, F11, NBS),
        ('2.4 percent', 1, 2.4, 'percent', 'online sales of clothing', 'increase', 'year_on_year', None, F11, NBS),
        ('6.1 percent', 1, 6.1, 'percent', 'online sales of daily necessities', 'increase', 'year_on_year', None, F11, NBS),
        ('126 billion yuan', 1, 126e9, 'CNY', 'sales of home appliances under the consumer goods trade-in programme', None, None, 'more_than', FEST, MOFCOM),
        ('8.3 billion parcels', 1, 8.3e9, 'count', 'parcels handled by express delivery firms', None, None, 'more_than', SAME, SPB),
        ('14.2%', 1, 14.2, 'percent', 'parcels handled by express delivery firms', 'increase', 'year_on_year', None, SAME, SPB),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
