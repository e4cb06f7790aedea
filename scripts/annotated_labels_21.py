# ruff: noqa: E501, RUF001
"""Write corpus/annotated_21/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_21.py corpus/annotated_21
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
CBS = "Statistics Netherlands"
AMRO = "Amsterdam-Rotterdam Bank"
PSA = "Philippine Statistics Authority"
BSP = "Bangko Sentral ng Pilipinas"
NFIB = "National Federation of Independent Business"
DJ = "Dow Jones"
DOL = "U.S. Department of Labor"
DOC = "U.S. Department of Commerce"
CEN = "U.S. Census Bureau"
BBG = "Bloomberg"
MTI = "Ministry of Trade and Industry"
TE = "Trading Economics"
CME = "CME Group"
WPIC = "World Platinum Investment Council"
DPIIT = "Department for Promotion of Industry and Internal Trade"
MOCI = "Ministry of Commerce and Industry"
EUROSTAT = "Eurostat"
NBS = "National Bureau of Statistics"

# 2101 ONS public sector employment (ref 2025-12-16)
ES25 = P("at the end of September 2025", "2025-09-30", "2025-09-30")
S25 = per("in September 2025", 2025, 9)
IS25 = per("In September 2025", 2025, 9)
J25 = per("in June 2025", 2025, 6)
FJ25 = per("for June 2025", 2025, 6)
# 2102 Reuters 1987 (ref Tuesday 1987-04-14)
JAN87 = per("in January", 1987, 1)
Y86 = Y("For the whole of 1986", 1986)
# 2103 Reuters 2025 (ref Friday 2025-12-05)
NOV = per("in November", 2025, 11)
OCT = per("in October", 2025, 10)
FNOV = per("for November", 2025, 11)
SINCE = P("since August 2024", "2024-08-01", "2025-12-05")
# 2104 CNBC (ref Tuesday 2025-12-09)
INOV = per("In November", 2025, 11)
# 2105 MT Newswires (ref 2025-12-16)
IOCT = per("In October", 2025, 10)
TEN = P("in the first ten months of the year", "2025-01-01", "2025-10-31")
# 2106 Trading Economics (ref 2025-11-21)
Q325 = Q("in the third quarter of 2025", 2025, 3)
Q2 = Q("in the second quarter", 2025, 2)
F25 = Y("2025", 2025)
Y26 = Y("in 2026", 2026)
# 2107 Investing.com (ref Wednesday 2025-11-26)
ET = P("By 10:15 ET", None, None)
SFY = P("so far this year", "2025-01-01", "2025-11-26")
SEP = per("in September", 2025, 9)
MTG = P("at the Fed's Dec. 9-10 meeting", "2025-12-09", "2025-12-10")
# 2108 Business Standard (ref 2025-11-28)
HAS = P("in April-September", "2025-04-01", "2025-09-30")
AS26 = P("in the April-September period of FY26", "2025-04-01", "2025-09-30")
SIX = P("during the six months", "2025-04-01", "2025-09-30")
Q2FY = P("In the second quarter (July-September)", "2025-07-01", "2025-09-30")
DAS = P("During April-September", "2025-04-01", "2025-09-30")
FY25 = P("In FY25", "2024-04-01", "2025-03-31")
# 2109 DG ENER (ref 2025-10-15)
Q225 = Q("In the second quarter of 2025", 2025, 2)
IQ2 = Q("in the second quarter", 2025, 2)
Y24 = Y("in 2024", 2024)
# 2110 NBS (ref 2025-12-12)
Y25 = Y("in 2025", 2025)
I25 = Y("In 2025", 2025)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_public_sector_employment.txt': [
        ('6.19 million', 1, 6.19e6, 'count', 'public sector employment', None, None, None, ES25, None),
        ('23,000', 1, 23000, 'count', 'public sector employment', 'increase', 'quarter_on_quarter', None, ES25, None),
        ('0.4%', 1, 0.4, 'percent', 'public sector employment', 'increase', 'quarter_on_quarter', None, ES25, None),
        ('27.68 million', 1, 27.68e6, 'count', 'private sector employment', None, None, None, S25, None),
        ('71,000', 1, 71000, 'count', 'private sector employment', 'decrease', 'quarter_on_quarter', None, S25, None),
        ('18.3%', 1, 18.3, 'percent', 'public sector employment share of all people in paid work', 'increase', None, None, S25, None),
        ('18.1%', 1, 18.1, 'percent', 'public sector employment share of all people in paid work', None, None, None, J25, None),
        ('2.09 million', 1, 2.09e6, 'count', 'people employed by the NHS', None, None, None, S25, ONS),
        ('1.8%', 1, 1.8, 'percent', 'people employed by the NHS', 'increase', 'year_on_year', None, S25, ONS),
        ('4,000', 1, 4000, 'count', 'employment in public administration', 'decrease', 'quarter_on_quarter', None, S25, ONS),
        ('1.21 million', 1, 1.21e6, 'count', 'employment in public administration', 'decrease', None, None, S25, ONS),
        ('1.57 million', 1, 1.57e6, 'count', 'employment in education', None, None, None, S25, ONS),
        ('31,000', 1, 31000, 'count', 'central government employment', 'increase', 'quarter_on_quarter', None, IS25, ONS),
        ('0.8%', 1, 0.8, 'percent', 'central government employment', 'increase', 'quarter_on_quarter', None, IS25, ONS),
        ('3.92 million', 1, 3.92e6, 'count', 'central government employment', 'increase', None, None, IS25, ONS),
        ('8,000', 1, 8000, 'count', 'local government employment', 'decrease', 'quarter_on_quarter', None, IS25, ONS),
        ('2.03 million', 1, 2.03e6, 'count', 'local government employment', 'decrease', None, None, IS25, ONS),
        ('2.6%', 1, 2.6, 'percent', 'central government employment', 'increase', 'year_on_year', None, per('Over the year to September 2025', 2025, 9), ONS),
        ('551,000', 1, 551000, 'count', 'headcount in the civil service', None, None, None, ES25, ONS),
        ('523,000', 1, 523000, 'count', 'civil service full-time equivalent', None, None, None, ES25, ONS),
        ('two-thirds', 1, 0.6667, 'fraction', 'share of civil servants working outside London', None, None, 'approximately', ES25, ONS),
        ('2,700', 1, 2700, 'count', 'public sector bodies making returns', None, None, 'approximately', None, ONS),
        ('6,000', 1, 6000, 'count', 'public sector employment revision', 'increase', None, None, FJ25, ONS),
        ('6.17 million', 1, 6.17e6, 'count', 'public sector employment', 'increase', None, None, FJ25, ONS),
    ],
    'wire_1987_dutch_trade_balance.txt': [
        ('1.2 BILLION GUILDERS', 1, 1.2e9, 'NLG', 'Dutch trade surplus', 'decrease', None, None, per('JANUARY', 1987, 1), None),
        ('1.2 billion guilders', 1, 1.2e9, 'NLG', 'trade surplus', 'decrease', None, None, JAN87, CBS),
        ('2.05 billion', 1, 2.05e9, 'NLG', 'trade surplus', None, None, None, per('in December', 1986, 12), CBS),
        ('4.1 pct', 1, 4.1, 'percent', 'imports', 'decrease', 'month_on_month', None, JAN87, CBS),
        ('16.3 billion guilders', 1, 16.3e9, 'NLG', 'imports', 'decrease', None, None, JAN87, CBS),
        ('7.9 pct', 1, 7.9, 'percent', 'exports', 'decrease', 'month_on_month', None, JAN87, CBS),
        ('17.5 billion', 1, 17.5e9, 'NLG', 'exports', 'decrease', None, None, JAN87, CBS),
        ('11 pct', 1, 11, 'percent', 'imports', 'decrease', 'year_on_year', None, JAN87, CBS),
        ('13 pct', 1, 13, 'percent', 'exports', 'decrease', 'year_on_year', None, JAN87, CBS),
        ('1.9 billion guilders', 1, 1.9e9, 'NLG', 'trade surplus', None, None, None, per('in January 1986', 1986, 1), CBS),
        ('14.6 billion guilders', 1, 14.6e9, 'NLG', 'trade surplus', None, None, None, Y86, CBS),
        ('10.4 billion', 1, 10.4e9, 'NLG', 'trade surplus', None, None, None, Y('in 1985', 1985), CBS),
        ('18 pct', 1, 18, 'percent', 'imports', 'decrease', 'year_on_year', None, Y86, CBS),
        ('9.5 pct', 1, 9.5, 'percent', 'exports to West Germany', 'decrease', None, None, JAN87, CBS),
        ('4.6 billion guilders', 1, 4.6e9, 'NLG', 'exports to West Germany', 'decrease', None, None, JAN87, CBS),
        ('6.2 pct', 1, 6.2, 'percent', 'exports to Belgium and Luxembourg', 'decrease', None, None, JAN87, CBS),
        ('2.4 billion', 1, 2.4e9, 'NLG', 'exports to Belgium and Luxembourg', 'decrease', None, None, JAN87, CBS),
        ('2.8 pct', 1, 2.8, 'percent', 'imports from the United States', 'increase', None, None, JAN87, CBS),
        ('1.15 billion guilders', 1, 1.15e9, 'NLG', 'imports from the United States', 'increase', None, None, JAN87, CBS),
        ('620 mln guilders', 1, 620e6, 'NLG', 'natural gas export earnings', 'decrease', None, 'approximately', JAN87, CBS),
        ('1.3 billion', 1, 1.3e9, 'NLG', 'natural gas export earnings', None, None, None, per('a year earlier', 1986, 1), CBS),
        ('12 billion guilders', 1, 12e9, 'NLG', 'trade surplus', None, None, 'approximately', Y('in 1987', 1987), AMRO),
        ('2.0285', 1, 2.0285, 'NLG', 'guilder per dollar', None, None, None, P('on Monday', '1987-04-13', '1987-04-13'), CBS),
        ('2.0410', 1, 2.0410, 'NLG', 'guilder per dollar', None, None, None, P('on Friday', '1987-04-10', '1987-04-10'), CBS),
    ],
    'wire_2025_philippine_inflation.txt': [
        ('2.1%', 1, 2.1, 'percent', 'Philippine inflation', 'increase', None, None, NOV, None),
        ('2.1%', 2, 2.1, 'percent', 'Philippine annual inflation', 'increase', 'year_on_year', None, NOV, PSA),
        ('1.7%', 1, 1.7, 'percent', 'Philippine annual inflation', None, 'year_on_year', None, OCT, PSA),
        ('2.0%', 1, 2.0, 'percent', 'inflation', None, None, None, FNOV, 'Reuters'),
        ('12', 1, 12, 'count', 'economists in a Reuters poll', None, None, None, FNOV, 'Reuters'),
        ('1.6%', 1, 1.6, 'percent', 'inflation', None, None, None, FNOV, BSP),
        ('2.4%', 1, 2.4, 'percent', 'inflation', None, None, None, FNOV, BSP),
        ('2.5%', 1, 2.5, 'percent', 'annual core inflation', None, 'year_on_year', None, NOV, PSA),
        ('0.3%', 1, 0.3, 'percent', 'consumer prices', 'increase', 'month_on_month', None, NOV, PSA),
        ('0.2%', 1, 0.2, 'percent', 'consumer prices', 'decrease', 'month_on_month', None, OCT, PSA),
        ('1.4%', 1, 1.4, 'percent', 'food inflation', 'increase', 'year_on_year', None, NOV, PSA),
        ('0.4%', 1, 0.4, 'percent', 'food inflation', None, 'year_on_year', None, OCT, PSA),
        ('12.8%', 1, 12.8, 'percent', 'rice prices', 'decrease', 'year_on_year', None, NOV, PSA),
        ('16.2%', 1, 16.2, 'percent', 'rice prices', 'decrease', 'year_on_year', None, per('October', 2025, 10), PSA),
        ('3.9%', 1, 3.9, 'percent', 'housing, water and electricity costs', 'increase', 'year_on_year', None, NOV, PSA),
        ('0.6%', 1, 0.6, 'percent', 'transport prices', 'decrease', 'year_on_year', None, NOV, PSA),
        ('4.4%', 1, 4.4, 'percent', 'alcoholic beverages and tobacco', 'increase', 'year_on_year', None, NOV, PSA),
        ('1.7%', 2, 1.7, 'percent', 'inflation average', None, None, None, P('In the first eleven months of 2025', '2025-01-01', '2025-11-30'), PSA),
        ('2%', 1, 2, 'percent', 'inflation target', None, None, None, None, BSP),
        ('4%', 1, 4, 'percent', 'inflation target', None, None, None, None, BSP),
        ('175 basis points', 1, 175, 'basis_point', 'policy rate', 'decrease', None, None, SINCE, BSP),
        ('4.50%', 1, 4.50, 'percent', 'policy rate', 'decrease', None, None, SINCE, BSP),
        ('25 basis points', 1, 25, 'basis_point', 'policy rate', 'decrease', None, None, P('at its Dec. 11 meeting', '2025-12-11', '2025-12-11'), None),
        ('58.95', 1, 58.95, 'PHP', 'peso per dollar', None, None, None, P('on Friday', '2025-12-05', '2025-12-05'), PSA),
    ],
    'cnbc_style_nfib_small_business_optimism.txt': [
        ('99.0', 1, 99.0, 'index_point', 'small business optimism', 'increase', None, None, NOV, NFIB),
        ('0.8 point', 1, 0.8, 'index_point', 'NFIB Small Business Optimism Index', 'increase', None, None, NOV, NFIB),
        ('99.0', 2, 99.0, 'index_point', 'NFIB Small Business Optimism Index', 'increase', None, None, NOV, NFIB),
        ('98.4', 1, 98.4, 'index_point', 'NFIB Small Business Optimism Index', None, None, None, NOV, DJ),
        ('98', 1, 98, 'index_point', 'NFIB Small Business Optimism Index 52-year average', None, None, None, None, NFIB),
        ('6 points', 1, 6, 'index_point', 'Uncertainty Index', 'decrease', None, None, None, NFIB),
        ('91', 1, 91, 'index_point', 'Uncertainty Index', 'decrease', None, None, None, NFIB),
        ('3 points', 1, 3, 'percentage_point', 'share of owners who expect better business conditions', 'increase', None, None, None, NFIB),
        ('23%', 1, 23, 'percent', 'share of owners who expect better business conditions', 'increase', None, None, None, NFIB),
        ('19%', 1, 19, 'percent', 'share of owners with job openings they could not fill', None, None, None, INOV, NFIB),
        ('2 points', 1, 2, 'percentage_point', 'share of owners with job openings they could not fill', 'decrease', 'month_on_month', None, INOV, NFIB),
        ('34%', 1, 34, 'percent', 'share of owners planning to add workers', None, None, 'approximately', INOV, NFIB),
        ('29%', 1, 29, 'percent', 'share of owners raising compensation', None, None, None, INOV, NFIB),
        ('4 points', 1, 4, 'percentage_point', 'net percent of owners raising average selling prices', 'decrease', None, None, None, NFIB),
        ('24%', 1, 24, 'percent', 'net percent of owners raising average selling prices', 'decrease', None, None, None, NFIB),
        ('Ten percent', 1, 10, 'percent', 'share of owners citing inflation as their single most important problem', None, None, None, None, NFIB),
        ('18%', 1, 18, 'percent', 'share of owners naming taxes as their single most important problem', None, None, None, None, NFIB),
        ('14%', 1, 14, 'percent', 'net share of owners expecting higher real sales volumes', None, None, None, None, NFIB),
        ('581', 1, 581, 'count', 'survey respondents', None, None, None, None, NFIB),
        ('7.67 million', 1, 7.67e6, 'count', 'job openings', 'increase', None, None, OCT, DOL),
        ('7.23 million', 1, 7.23e6, 'count', 'job openings', None, None, None, SEP, DOL),
    ],
    'mt_newswires_us_business_inventories.txt': [
        ('0.2%', 1, 0.2, 'percent', 'US business inventories', 'increase', None, None, OCT, None),
        ('0.4%', 1, 0.4, 'percent', 'sales', 'increase', None, None, OCT, None),
        ('0.2%', 2, 0.2, 'percent', 'US business inventories', 'increase', 'month_on_month', None, OCT, CEN),
        ('0.1%', 1, 0.1, 'percent', 'US business inventories', 'increase', 'month_on_month', None, SEP, CEN),
        ('0.3%', 1, 0.3, 'percent', 'business inventories', 'increase', 'month_on_month', None, OCT, BBG),
        ('0.4%', 2, 0.4, 'percent', 'total business sales', 'increase', 'month_on_month', None, OCT, CEN),
        ('$1.921 trillion', 1, 1.921e12, 'USD', 'total business sales', 'increase', None, None, OCT, CEN),
        ('0.5%', 1, 0.5, 'percent', 'retail inventories', 'increase', 'month_on_month', None, OCT, CEN),
        ('0.3%', 2, 0.3, 'percent', 'retail inventories excluding autos', 'increase', 'month_on_month', None, OCT, CEN),
        ('0.1%', 2, 0.1, 'percent', 'wholesale inventories', 'decrease', 'month_on_month', None, OCT, CEN),
        ('0.2%', 3, 0.2, 'percent', 'wholesale inventories', 'decrease', 'month_on_month', None, OCT, CEN),
        ('1.1%', 1, 1.1, 'percent', 'auto inventories at retailers', 'increase', 'month_on_month', None, OCT, CEN),
        ('$290.4 billion', 1, 290.4e9, 'USD', 'auto inventories at retailers', 'increase', None, None, OCT, CEN),
        ('0.4%', 3, 0.4, 'percent', 'general merchandise store inventories', 'decrease', 'month_on_month', None, OCT, CEN),
        ('1.6%', 1, 1.6, 'percent', 'inventories', 'increase', 'year_on_year', None, IOCT, CEN),
        ('2.9%', 1, 2.9, 'percent', 'sales', 'increase', 'year_on_year', None, IOCT, CEN),
        ('$2.634 trillion', 1, 2.634e12, 'USD', 'inventories', None, None, None, P('at the end of the month', '2025-10-31', '2025-10-31'), CEN),
        ('0.6%', 1, 0.6, 'percent', "manufacturers' shipments", 'increase', 'month_on_month', None, OCT, CEN),
        ('0.2%', 4, 0.2, 'percent', 'wholesale sales', 'increase', 'month_on_month', None, OCT, CEN),
        ('0.5%', 2, 0.5, 'percent', 'retail sales excluding autos', 'increase', 'month_on_month', None, OCT, CEN),
        ('1.3%', 1, 1.3, 'percent', 'business inventories', 'increase', None, None, TEN, CEN),
        ('$33 billion', 1, 33e9, 'USD', 'business inventories', 'increase', None, 'approximately', TEN, CEN),
        ('0.2%', 5, 0.2, 'percent', 'inventories', 'increase', None, None, NOV, BBG),
    ],
    'trading_economics_style_singapore_gdp.txt': [
        ('4.2%', 1, 4.2, 'percent', "Singapore's GDP", 'increase', 'year_on_year', None, Q325, MTI),
        ('2.9%', 1, 2.9, 'percent', "Singapore's GDP", None, 'year_on_year', None, Q325, MTI),
        ('4.7%', 1, 4.7, 'percent', "Singapore's GDP", 'increase', 'year_on_year', None, Q2, MTI),
        ('2.4%', 1, 2.4, 'percent', 'GDP', 'increase', 'quarter_on_quarter', None, Q325, MTI),
        ('1.3%', 1, 1.3, 'percent', 'GDP', None, 'quarter_on_quarter', None, Q325, MTI),
        ('1.4%', 1, 1.4, 'percent', 'GDP', 'increase', 'quarter_on_quarter', None, Q2, MTI),
        ('7.1%', 1, 7.1, 'percent', 'manufacturing output', 'increase', 'year_on_year', None, Q325, MTI),
        ('5.0%', 1, 5.0, 'percent', 'construction', 'increase', 'year_on_year', None, Q325, MTI),
        ('6.3%', 1, 6.3, 'percent', 'finance and insurance sector', 'increase', 'year_on_year', None, Q325, MTI),
        ('0.9%', 1, 0.9, 'percent', 'accommodation and food services', 'decrease', 'year_on_year', None, Q325, MTI),
        ('3.8%', 1, 3.8, 'percent', 'services producing industries', 'increase', 'year_on_year', None, Q325, MTI),
        ('4.0%', 1, 4.0, 'percent', 'growth', 'increase', None, 'approximately', F25, MTI),
        ('1.5%', 1, 1.5, 'percent', 'growth', None, None, None, F25, MTI),
        ('2.5%', 1, 2.5, 'percent', 'growth', None, None, None, F25, MTI),
        ('1%', 1, 1, 'percent', 'economy', 'increase', None, None, Y26, MTI),
        ('3%', 1, 3, 'percent', 'economy', 'increase', None, None, Y26, MTI),
        ('5.71 percent', 1, 5.71, 'percent', "Singapore's GDP Annual Growth Rate average", None, None, None, P('between 1976 and 2025', '1976-01-01', '2025-12-31'), MTI),
        ('16.90 percent', 1, 16.90, 'percent', "Singapore's GDP Annual Growth Rate all time high", None, None, None, Q('in the second quarter of 2010', 2010, 2), MTI),
        ('-13.30 percent', 1, -13.30, 'percent', "Singapore's GDP Annual Growth Rate record low", 'decrease', None, None, Q('in the second quarter of 2020', 2020, 2), MTI),
        ('3.20 percent', 1, 3.20, 'percent', 'GDP Annual Growth Rate in Singapore', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('2.50 percent', 1, 2.50, 'percent', 'Singapore GDP Annual Growth Rate', None, None, 'approximately', Y26, TE),
        ('2.30 percent', 1, 2.30, 'percent', 'Singapore GDP Annual Growth Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_palladium_fed.txt': [
        ('3%', 1, 3, 'percent', 'palladium', 'decrease', None, None, None, None),
        ('3.1%', 1, 3.1, 'percent', 'spot palladium', 'decrease', None, None, ET, None),
        ('$1,382.50', 1, 1382.50, 'USD', 'spot palladium', 'decrease', None, None, ET, None),
        ('2.8%', 1, 2.8, 'percent', 'palladium futures for March delivery', 'decrease', None, None, ET, None),
        ('$1,391.00', 1, 1391.00, 'USD', 'palladium futures for March delivery', 'decrease', None, None, ET, None),
        ('$1,548.20', 1, 1548.20, 'USD', 'platinum', None, None, None, ET, None),
        ('0.4%', 1, 0.4, 'percent', 'spot gold', 'increase', None, None, ET, None),
        ('$4,146.30', 1, 4146.30, 'USD', 'spot gold', 'increase', None, None, ET, None),
        ('$166', 1, 166, 'USD', "palladium's discount to platinum", 'increase', None, 'approximately', ET, None),
        ('51%', 1, 51, 'percent', 'palladium', 'increase', None, 'approximately', SFY, None),
        ('55%', 1, 55, 'percent', 'gold', 'increase', None, 'more_than', SFY, None),
        ('$908', 1, 908, 'USD', 'palladium low', None, None, None, per('in January', 2025, 1), None),
        ('0.3%', 1, 0.3, 'percent', 'U.S. producer prices', 'increase', 'month_on_month', None, SEP, DOL),
        ('2.6%', 1, 2.6, 'percent', 'core producer prices', 'increase', 'year_on_year', None, SEP, DOL),
        ('0.2%', 1, 0.2, 'percent', 'retail sales', 'increase', 'month_on_month', None, SEP, DOC),
        ('0.4%', 2, 0.4, 'percent', 'retail sales', None, 'month_on_month', None, SEP, None),
        ('82%', 1, 82, 'percent', 'chance of a 25-basis-point Fed cut', 'increase', None, None, MTG, CME),
        ('25-basis-point', 1, 25, 'basis_point', 'Fed rate cut', 'decrease', None, None, MTG, CME),
        ('39%', 1, 39, 'percent', 'chance of a 25-basis-point Fed cut', None, None, None, P('a week ago', '2025-11-19', '2025-11-19'), CME),
        ('287,000 ounces', 1, 287000, 'ounce', 'palladium market deficit', None, None, None, Y('in 2025', 2025), WPIC),
        ('140,000 ounces', 1, 140000, 'ounce', 'palladium market deficit', 'decrease', None, None, Y26, WPIC),
    ],
    'business_standard_style_fdi_inflows.txt': [
        ('18%', 1, 18, 'percent', 'FDI equity inflows', 'increase', None, None, HAS, None),
        ('$30.6 bn', 1, 30.6e9, 'USD', 'FDI equity inflows', 'increase', None, None, HAS, None),
        ('18 per cent', 1, 18, 'percent', 'FDI equity inflows into India', 'increase', 'year_on_year', None, AS26, DPIIT),
        ('$30.6 billion', 1, 30.6e9, 'USD', 'FDI equity inflows into India', 'increase', None, None, AS26, DPIIT),
        ('$25.9 billion', 1, 25.9e9, 'USD', 'FDI equity inflows into India', None, None, None, P('in the corresponding period of FY25', '2024-04-01', '2024-09-30'), DPIIT),
        ('$50.4 billion', 1, 50.4e9, 'USD', 'total FDI', None, None, None, SIX, DPIIT),
        ('15.6 per cent', 1, 15.6, 'percent', 'total FDI', 'increase', 'year_on_year', None, SIX, DPIIT),
        ('$16.1 billion', 1, 16.1e9, 'USD', 'equity inflows', None, None, None, Q2FY, DPIIT),
        ('double', 1, 2, 'times', 'equity inflows', 'increase', 'year_on_year', 'approximately', Q2FY, DPIIT),
        ('$8.2 billion', 1, 8.2e9, 'USD', 'equity inflows', None, None, None, P('in the same quarter last year', '2024-07-01', '2024-09-30'), DPIIT),
        ('$9.8 billion', 1, 9.8e9, 'USD', 'FDI equity from Singapore', None, None, None, DAS, DPIIT),
        ('$5.1 billion', 1, 5.1e9, 'USD', 'FDI equity from Mauritius', None, None, None, DAS, DPIIT),
        ('$3.9 billion', 1, 3.9e9, 'USD', 'FDI equity from the US', None, None, None, DAS, DPIIT),
        ('three-fifths', 1, 0.6, 'fraction', 'share of the top three sources in the inflows', None, None, 'approximately', DAS, DPIIT),
        ('$5.7 billion', 1, 5.7e9, 'USD', 'FDI equity in services', None, None, None, DAS, DPIIT),
        ('$4.4 billion', 1, 4.4e9, 'USD', 'FDI equity in computer software and hardware', None, None, None, DAS, DPIIT),
        ('$2.3 billion', 1, 2.3e9, 'USD', 'FDI equity in trading', None, None, None, DAS, DPIIT),
        ('31 per cent', 1, 31, 'percent', 'Maharashtra share of inflows', None, None, None, None, DPIIT),
        ('21 per cent', 1, 21, 'percent', 'Karnataka share of inflows', None, None, None, None, DPIIT),
        ('16 per cent', 1, 16, 'percent', 'Gujarat share of inflows', None, None, None, None, DPIIT),
        ('13 per cent', 1, 13, 'percent', 'FDI equity inflows', 'increase', None, None, FY25, DPIIT),
        ('$50 billion', 1, 50e9, 'USD', 'FDI equity inflows', 'increase', None, None, FY25, DPIIT),
        ('$81 billion', 1, 81e9, 'USD', 'gross FDI', None, None, None, FY25, DPIIT),
        ('$55 billion', 1, 55e9, 'USD', 'FDI equity inflows', None, None, 'more_than', P('in FY26', '2025-04-01', '2026-03-31'), MOCI),
    ],
    'eu_energy_style_lpg_market.txt': [
        ('6.8 million tonnes', 1, 6.8e6, 'tonne', 'EU consumption of liquefied petroleum gas', None, None, None, Q225, None),
        ('3%', 1, 3, 'percent', 'EU consumption of liquefied petroleum gas', 'decrease', 'year_on_year', None, Q225, None),
        ('9%', 1, 9, 'percent', 'demand from the petrochemical sector', 'decrease', 'year_on_year', None, Q225, None),
        ('2.1 million tonnes', 1, 2.1e6, 'tonne', 'demand from the petrochemical sector', 'decrease', None, None, Q225, None),
        ('4%', 1, 4, 'percent', 'consumption for heating and cooking', 'decrease', 'year_on_year', None, Q225, None),
        ('1.9 million tonnes', 1, 1.9e6, 'tonne', 'autogas use', None, None, None, Q225, None),
        ('4.3 million tonnes', 1, 4.3e6, 'tonne', 'imports of LPG from outside the EU', 'increase', None, None, IQ2, None),
        ('3.9 million tonnes', 1, 3.9e6, 'tonne', 'imports of LPG from outside the EU', None, None, None, Q('a year earlier', 2024, 2), None),
        ('half', 1, 0.5, 'fraction', 'United States share of extra-EU imports', None, None, 'more_than', IQ2, None),
        ('54%', 1, 54, 'percent', 'United States share of extra-EU imports', None, None, None, IQ2, None),
        ('14%', 1, 14, 'percent', 'Norway share of extra-EU imports', None, None, None, IQ2, None),
        ('9%', 2, 9, 'percent', 'Algeria share of extra-EU imports', None, None, None, IQ2, None),
        ('1%', 1, 1, 'percent', 'Russian LPG share of imports', None, None, 'less_than', IQ2, None),
        ('0.9 million tonnes', 1, 0.9e6, 'tonne', 'stocks of LPG at EU import terminals', None, None, None, P('at the end of June 2025', '2025-06-30', '2025-06-30'), None),
        ('520 EUR/tonne', 1, 520, 'EUR', 'wholesale propane prices in Northwest Europe', None, None, None, IQ2, None),
        ('12%', 1, 12, 'percent', 'wholesale propane prices in Northwest Europe', 'decrease', 'year_on_year', None, IQ2, None),
        ('7%', 1, 7, 'percent', 'wholesale propane prices in Northwest Europe', 'decrease', 'quarter_on_quarter', None, IQ2, None),
        ('35 EUR/tonne', 1, 35, 'EUR', 'butane premium over propane', None, None, 'approximately', IQ2, None),
        ('2.6%', 1, 2.6, 'percent', "LPG share of the EU's gross inland energy consumption", None, None, None, Y24, EUROSTAT),
        ('14 million', 1, 14e6, 'count', 'households using LPG as their main heating fuel', None, None, 'approximately', Y24, EUROSTAT),
        ('3.1', 1, 3.1e6, 'tonne', 'LPG consumption in Italy', None, None, None, Y24, EUROSTAT),
        ('2.7', 1, 2.7e6, 'tonne', 'LPG consumption in Poland', None, None, None, Y24, EUROSTAT),
        ('2.3 million tonnes', 1, 2.3e6, 'tonne', 'LPG consumption in France', None, None, None, Y24, EUROSTAT),
    ],
    'nbs_style_grain_output.txt': [
        ('709.88 million tonnes', 1, 709.88e6, 'tonne', 'total grain output of China', None, None, None, Y25, NBS),
        ('3.38 million tonnes', 1, 3.38e6, 'tonne', 'total grain output of China', 'increase', 'year_on_year', None, Y25, NBS),
        ('0.5 percent', 1, 0.5, 'percent', 'total grain output of China', 'increase', 'year_on_year', None, Y25, NBS),
        ('78.0 percent', 1, 78.0, 'percent', 'share of the 13 major grain-producing provinces in the national total', None, None, None, Y25, NBS),
        ('119.05 million hectares', 1, 119.05e6, 'hectare', 'grain sown area nationwide', None, None, None, I25, NBS),
        ('0.12 million hectares', 1, 0.12e6, 'hectare', 'grain sown area nationwide', 'increase', 'year_on_year', None, I25, NBS),
        ('0.1 percent', 1, 0.1, 'percent', 'grain sown area nationwide', 'increase', 'year_on_year', None, I25, NBS),
        ('5,963 kilograms', 1, 5963, 'kilogram', 'grain yield per hectare', None, None, None, I25, NBS),
        ('23.1 kilograms', 1, 23.1, 'kilogram', 'grain yield per hectare', 'increase', 'year_on_year', None, I25, NBS),
        ('0.4 percent', 1, 0.4, 'percent', 'grain yield per hectare', 'increase', 'year_on_year', None, I25, NBS),
        ('149.74 million tonnes', 1, 149.74e6, 'tonne', 'summer grain output', None, None, None, None, NBS),
        ('538.22 million tonnes', 1, 538.22e6, 'tonne', 'autumn grain output', None, None, None, None, NBS),
        ('0.2 percent', 1, 0.2, 'percent', 'summer grain output', 'increase', 'year_on_year', None, None, NBS),
        ('0.7 percent', 1, 0.7, 'percent', 'autumn grain output', 'increase', 'year_on_year', None, None, NBS),
        ('0.9 percent', 1, 0.9, 'percent', 'early rice output', 'decrease', 'year_on_year', None, None, NBS),
        ('21.92 million tonnes', 1, 21.92e6, 'tonne', 'early rice output', 'decrease', None, None, None, NBS),
        ('651.27 million tonnes', 1, 651.27e6, 'tonne', 'cereal output', None, None, None, None, NBS),
        ('0.6 percent', 1, 0.6, 'percent', 'cereal output', 'increase', None, None, None, NBS),
        ('208.50 million tonnes', 1, 208.50e6, 'tonne', 'output of rice', None, None, None, None, NBS),
        ('140.10 million tonnes', 1, 140.10e6, 'tonne', 'output of wheat', None, None, None, None, NBS),
        ('297.40 million tonnes', 1, 297.40e6, 'tonne', 'output of corn', None, None, None, None, NBS),
        ('20.65 million tonnes', 1, 20.65e6, 'tonne', 'soybean output', None, None, None, None, NBS),
        ('1.2 percent', 1, 1.2, 'percent', 'soybean output', 'decrease', None, None, None, NBS),
        ('540,000', 1, 540000, 'count', 'plots in the sample survey', None, None, 'approximately', None, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
