# ruff: noqa: E501, RUF001
"""Write corpus/annotated_104/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_104.py corpus/annotated_104
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
DOC = "U.S. Department of Commerce"
MOC = "Ministry of Commerce"
REU = "Reuters"
TSLA = "Tesla"
BLS = "U.S. Bureau of Labor Statistics"
BBG = "Bloomberg"
CME = "CME Group"
GSO = "General Statistics Office"
GVN = "Government of Vietnam"
TE = "Trading Economics"
USDA = "U.S. Department of Agriculture"
DGCA = "Directorate General of Civil Aviation"
ICRA = "ICRA"
GIE = "Gas Infrastructure Europe"
ICEE = "ICE Endex"
NBS = "National Bureau of Statistics"

UP, DOWN = "increase", "decrease"
YOY, MOM, QOQ, POP = "year_on_year", "month_on_month", "quarter_on_quarter", "period_on_period"
APPROX = "approximately"

# 10401 ONS trade in services (ref Thursday 2026-01-15)
T3N = P("in the three months to November 2025", "2025-09-01", "2025-11-30")
SAME = P("over the same period", "2025-09-01", "2025-11-30")
LT3 = P("in the latest three months", "2025-09-01", "2025-11-30")
YE3 = P("a year earlier", "2024-09-01", "2024-11-30")
LP = P("in the latest period", "2025-09-01", "2025-11-30")
NOV25 = per("In November 2025", 2025, 11)
T3A = P("for the three months to August 2025", "2025-06-01", "2025-08-31")
SP = P("for the same period", "2025-06-01", "2025-08-31")
# 10402 Reuters 1987 (ref Tuesday 1987-06-02)
APRH = per("IN APRIL", 1987, 4)
APR = per("in April", 1987, 4)
MAR87 = per("in March", 1987, 3)
# 10403 Reuters 2025 (ref Tuesday 2025-12-23)
TNOV = per("in November", 2025, 11)
FTM = P("for the month", "2025-11-01", "2025-11-30")
TOCT = per("in October", 2025, 10)
JN = P("In the January-November period", "2025-01-01", "2025-11-30")
LM = per("last month", 2025, 11)
F11 = P("in the first 11 months", "2025-01-01", "2025-11-30")
NY = Y("next year", 2026)
# 10404 CNBC (ref Wednesday 2025-10-22)
TQ = Q("third-quarter", 2025, 3)
YEQ = Q("a year earlier", 2024, 3)
INQ = Q("in the quarter", 2025, 3)
# 10405 MT Newswires (ref Thursday 2025-07-17)
JUN = per("in June", 2025, 6)
MAY = per("in May", 2025, 5)
FOMC = P("at the Fed's Sept. 16-17 meeting", "2025-09-16", "2025-09-17")
# 10406 Trading Economics (ref Saturday 2025-07-05)
VQ2 = Q("in Q2 2025", 2025, 2)
VSQ = Q("In the second quarter", 2025, 2)
H1 = P("For the first half of 2025", "2025-01-01", "2025-06-30")
SM = P("in the six months to June", "2025-01-01", "2025-06-30")
# 10407 Investing.com (ref Thursday 2025-07-17)
ET = P("By 10:45 ET", None, None)
WK = P("in the week ended July 10", "2025-07-04", "2025-07-10")
SUN = P("as of Sunday", "2025-07-13", "2025-07-13")
MY = P("2025/26", "2025-08-01", "2026-07-31")
# 10408 Business Standard (ref Wednesday 2025-06-18)
BMAY = per("in May", 2025, 5)
BAPR = per("in April", 2025, 4)
JM = P("Between January and May", "2025-01-01", "2025-05-31")
FY26 = P("FY26", "2025-04-01", "2026-03-31")
# 10409 DG ENER (ref Wednesday 2025-10-08)
EQ2 = Q("In the second quarter of 2025", 2025, 2)
EINQ = Q("in the quarter", 2025, 2)
AJ = P("in April-June 2025", "2025-04-01", "2025-06-30")
EYE = Q("a year earlier", 2024, 2)
# 10410 NBS (ref Monday 2023-11-27)
JO = P("From January to October", "2023-01-01", "2023-10-31")
F10 = P("in the first ten months", "2023-01-01", "2023-10-31")
EO = P("At the end of October", "2023-10-31", "2023-10-31")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_uk_trade_in_services.txt': [
        ('£1.6 billion', 1, 1.6e9, 'GBP', 'exports of services', UP, POP, None, T3N, None),
        ('1.2%', 1, 1.2, 'percent', 'exports of services', UP, POP, None, T3N, None),
        ('£136.4 billion', 1, 136.4e9, 'GBP', 'exports of services', UP, None, None, T3N, None),
        ('0.4%', 1, 0.4, 'percent', 'imports of services', DOWN, POP, None, T3N, None),
        ('£85.9 billion', 1, 85.9e9, 'GBP', 'imports of services', DOWN, None, None, T3N, None),
        ('£1.9 billion', 1, 1.9e9, 'GBP', 'trade in services surplus', UP, POP, None, SAME, None),
        ('£50.5 billion', 1, 50.5e9, 'GBP', 'trade in services surplus', UP, None, None, SAME, None),
        ('two-thirds', 1, 0.6667, 'fraction', 'non-EU countries share of UK services exports', UP, None, APPROX, LT3, None),
        ('66.9%', 1, 66.9, 'percent', 'non-EU countries share of UK services exports', UP, None, None, LT3, None),
        ('65.0%', 1, 65.0, 'percent', 'non-EU countries share of UK services exports', None, None, None, YE3, None),
        ('0.6%', 1, 0.6, 'percent', 'services exports to the EU', DOWN, POP, None, T3N, ONS),
        ('£45.2 billion', 1, 45.2e9, 'GBP', 'services exports to the EU', DOWN, None, None, T3N, ONS),
        ('2.2%', 1, 2.2, 'percent', 'exports to non-EU countries', UP, POP, None, T3N, ONS),
        ('£91.2 billion', 1, 91.2e9, 'GBP', 'exports to non-EU countries', UP, None, None, T3N, ONS),
        ('£33.7 billion', 1, 33.7e9, 'GBP', 'imports from the EU', None, None, None, LP, ONS),
        ('£52.2 billion', 1, 52.2e9, 'GBP', 'imports from non-EU countries', None, None, None, LP, ONS),
        ('5.3%', 1, 5.3, 'percent', 'total services exports', UP, YOY, None, T3N, ONS),
        ('7.1%', 1, 7.1, 'percent', 'other business services exports', UP, YOY, None, T3N, ONS),
        ('2.6%', 1, 2.6, 'percent', 'financial services exports', UP, YOY, None, T3N, ONS),
        ('3.9%', 1, 3.9, 'percent', 'travel exports', DOWN, YOY, None, T3N, ONS),
        ('£45.8 billion', 1, 45.8e9, 'GBP', 'services exports', None, None, None, NOV25, ONS),
        ('0.9%', 1, 0.9, 'percent', 'imports', UP, MOM, None, NOV25, ONS),
        ('£28.8 billion', 1, 28.8e9, 'GBP', 'imports', UP, None, None, NOV25, ONS),
        ('£0.7 billion', 1, 0.7e9, 'GBP', 'services exports revision', DOWN, None, None, T3A, ONS),
        ('£134.8 billion', 1, 134.8e9, 'GBP', 'services exports', DOWN, None, None, T3A, ONS),
        ('£86.6 billion', 1, 86.6e9, 'GBP', 'imports', None, None, None, SP, ONS),
        ('£86.2 billion', 1, 86.2e9, 'GBP', 'imports', DOWN, None, None, SP, ONS),
    ],
    'wire_1987_us_factory_orders.txt': [
        ('0.8 PCT', 1, 0.8, 'percent', 'U.S. factory orders', UP, None, None, APRH, None),
        ('1.5 billion dlrs', 1, 1.5e9, 'USD', 'new orders received by U.S. manufacturers', UP, None, None, APR, DOC),
        ('0.8 pct', 1, 0.8, 'percent', 'new orders received by U.S. manufacturers', UP, None, None, APR, DOC),
        ('192.3 billion dlrs', 1, 192.3e9, 'USD', 'new orders received by U.S. manufacturers', UP, None, None, APR, DOC),
        ('0.1 pct', 1, 0.1, 'percent', 'new orders received by U.S. manufacturers', UP, None, None, MAR87, DOC),
        ('0.3 pct', 1, 0.3, 'percent', 'new orders received by U.S. manufacturers', UP, None, None, MAR87, DOC),
        ('1.0 pct', 1, 1.0, 'percent', 'orders', UP, None, APPROX, per('April', 1987, 4), None),
        ('0.6 pct', 1, 0.6, 'percent', 'durable goods orders', UP, None, None, APR, DOC),
        ('104.9 billion dlrs', 1, 104.9e9, 'USD', 'durable goods orders', UP, None, None, APR, DOC),
        ('0.9 pct', 1, 0.9, 'percent', 'durable goods orders', UP, None, None, APR, DOC),
        ('1.1 pct', 1, 1.1, 'percent', 'nondurable goods orders', UP, None, None, APR, DOC),
        ('87.4 billion', 1, 87.4e9, 'USD', 'nondurable goods orders', UP, None, None, APR, DOC),
        ('1.4 pct', 1, 1.4, 'percent', 'orders excluding defense', UP, None, None, APR, DOC),
        ('0.7 pct', 1, 0.7, 'percent', 'orders excluding defense', DOWN, None, None, MAR87, DOC),
        ('13.9 pct', 1, 13.9, 'percent', 'orders for defense capital goods', DOWN, None, None, APR, DOC),
        ('6.8 billion dlrs', 1, 6.8e9, 'USD', 'orders for defense capital goods', DOWN, None, None, APR, DOC),
        ('7.9 billion', 1, 7.9e9, 'USD', 'orders for defense capital goods', None, None, None, MAR87, DOC),
        ('0.5 pct', 1, 0.5, 'percent', 'shipments', UP, None, None, None, DOC),
        ('191.0 billion dlrs', 1, 191.0e9, 'USD', 'shipments', UP, None, None, None, DOC),
        ('0.3 pct', 2, 0.3, 'percent', 'unfilled orders', UP, None, None, None, DOC),
        ('374.1 billion dlrs', 1, 374.1e9, 'USD', 'unfilled orders', UP, None, None, None, DOC),
        ('0.1 pct', 2, 0.1, 'percent', 'inventories', DOWN, None, None, None, DOC),
        ('263.7 billion', 1, 263.7e9, 'USD', 'inventories', DOWN, None, None, None, DOC),
        ('3.2 pct', 1, 3.2, 'percent', 'orders for nonelectrical machinery', UP, None, None, None, DOC),
        ('2.4 pct', 1, 2.4, 'percent', 'orders for primary metals', UP, None, None, None, DOC),
        ('1.6 pct', 1, 1.6, 'percent', 'transportation equipment orders', DOWN, None, None, None, DOC),
        ('190 mln dlrs', 1, 190e6, 'USD', 'total orders', UP, None, None, per('March', 1987, 3), DOC),
        ('570 mln dlrs', 1, 570e6, 'USD', 'total orders', UP, None, None, per('March', 1987, 3), DOC),
    ],
    'wire_2025_thailand_exports.txt': [
        ('9.7%', 1, 9.7, 'percent', "Thailand's exports", UP, YOY, None, TNOV, MOC),
        ('$25.45 billion', 1, 25.45e9, 'USD', "Thailand's exports", UP, None, None, TNOV, MOC),
        ('5.5%', 1, 5.5, 'percent', 'exports', UP, YOY, None, TNOV, REU),
        ('16', 1, 16, 'count', 'economists in a Reuters poll', None, None, None, TNOV, REU),
        ('13.1%', 1, 13.1, 'percent', 'imports', UP, YOY, None, TNOV, MOC),
        ('$25.86 billion', 1, 25.86e9, 'USD', 'imports', UP, None, None, TNOV, MOC),
        ('8.9%', 1, 8.9, 'percent', 'imports', None, YOY, None, TNOV, REU),
        ('$0.41 billion', 1, 0.41e9, 'USD', 'trade deficit', None, None, None, FTM, MOC),
        ('$1.08 billion', 1, 1.08e9, 'USD', 'trade surplus', None, None, None, TOCT, MOC),
        ('12.4%', 1, 12.4, 'percent', 'exports', UP, YOY, None, JN, MOC),
        ('$309.8 billion', 1, 309.8e9, 'USD', 'exports', UP, None, None, JN, MOC),
        ('11.0%', 1, 11.0, 'percent', 'imports', UP, YOY, None, JN, MOC),
        ('$306.6 billion', 1, 306.6e9, 'USD', 'imports', UP, None, None, JN, MOC),
        ('48.3%', 1, 48.3, 'percent', 'shipments of computers and components', UP, None, None, LM, MOC),
        ('21.6%', 1, 21.6, 'percent', 'shipments of integrated circuits', UP, None, None, LM, MOC),
        ('26.4%', 1, 26.4, 'percent', 'rice exports', DOWN, None, None, LM, MOC),
        ('18.2%', 1, 18.2, 'percent', 'rice export volume', DOWN, None, None, LM, MOC),
        ('0.58 million tonnes', 1, 580000, 'tonne', 'rice export volume', DOWN, None, None, LM, MOC),
        ('28.9%', 1, 28.9, 'percent', 'exports to the United States', UP, YOY, None, TNOV, MOC),
        ('6.2%', 1, 6.2, 'percent', 'exports to China', UP, YOY, None, TNOV, MOC),
        ('3.4%', 1, 3.4, 'percent', 'exports to Japan', DOWN, YOY, None, TNOV, MOC),
        ('20.4%', 1, 20.4, 'percent', 'U.S. share of exports', None, None, None, F11, MOC),
        ('11.8%', 1, 11.8, 'percent', 'China share of exports', None, None, None, F11, MOC),
        ('7.6%', 1, 7.6, 'percent', 'Japan share of exports', None, None, None, F11, MOC),
        ('11%', 1, 11, 'percent', 'exports', UP, None, None, Y('2025', 2025), MOC),
        ('12%', 1, 12, 'percent', 'exports', UP, None, None, Y('2025', 2025), MOC),
        ('1%', 1, 1, 'percent', 'export growth', DOWN, None, None, NY, MOC),
        ('3%', 1, 3, 'percent', 'export growth', DOWN, None, None, NY, MOC),
        ('19%', 1, 19, 'percent', 'U.S. tariff', None, None, None, None, None),
        ('31.42', 1, 31.42, 'THB', 'baht', None, None, None, P('on Tuesday', '2025-12-23', '2025-12-23'), MOC),
    ],
    'cnbc_style_automaker_quarterly_results.txt': [
        ('4%', 1, 4, 'percent', 'shares', DOWN, None, None, None, None),
        ('50 cents', 1, 0.50, 'USD', 'adjusted earnings per share', None, None, None, None, TSLA),
        ('55 cents', 1, 0.55, 'USD', 'adjusted earnings per share', None, None, None, None, None),
        ('$28.1 billion', 1, 28.1e9, 'USD', 'revenue', None, None, None, None, TSLA),
        ('$26.4 billion', 1, 26.4e9, 'USD', 'revenue', None, None, None, None, None),
        ('37%', 1, 37, 'percent', 'net income', DOWN, YOY, None, TQ, TSLA),
        ('$1.37 billion', 1, 1.37e9, 'USD', 'net income', DOWN, None, None, TQ, TSLA),
        ('39 cents', 1, 0.39, 'USD', 'net income per share', DOWN, None, None, TQ, TSLA),
        ('$2.17 billion', 1, 2.17e9, 'USD', 'net income', None, None, None, YEQ, TSLA),
        ('62 cents', 1, 0.62, 'USD', 'net income per share', None, None, None, YEQ, TSLA),
        ('12%', 1, 12, 'percent', 'total revenue', UP, YOY, None, TQ, TSLA),
        ('$28.1 billion', 2, 28.1e9, 'USD', 'total revenue', UP, None, None, TQ, TSLA),
        ('497,099 vehicles', 1, 497099, 'count', 'deliveries', None, None, None, INQ, TSLA),
        ('7%', 1, 7, 'percent', 'deliveries', UP, YOY, None, INQ, TSLA),
        ('481,166', 1, 481166, 'count', 'Model 3 and Model Y deliveries', None, None, None, INQ, TSLA),
        ('15.4%', 1, 15.4, 'percent', 'automotive gross margin excluding regulatory credits', DOWN, None, None, None, TSLA),
        ('17.1%', 1, 17.1, 'percent', 'automotive gross margin excluding regulatory credits', None, None, None, Q('in the second quarter', 2025, 2), TSLA),
        ('44%', 1, 44, 'percent', 'revenue from regulatory credits', DOWN, YOY, None, None, TSLA),
        ('$417 million', 1, 417e6, 'USD', 'revenue from regulatory credits', DOWN, None, None, None, TSLA),
        ('$3.99 billion', 1, 3.99e9, 'USD', 'free cash flow', UP, None, None, INQ, TSLA),
        ('$2.74 billion', 1, 2.74e9, 'USD', 'free cash flow', None, None, None, Q('a year ago', 2024, 3), TSLA),
        ('$41.6 billion', 1, 41.6e9, 'USD', 'cash and investments', None, None, None, P('at the end of September', '2025-09-30', '2025-09-30'), TSLA),
        ('12.5 gigawatt-hours', 1, 12.5, 'gigawatt hour', 'energy storage deployments', None, None, None, INQ, TSLA),
        ('81%', 1, 81, 'percent', 'energy storage deployments', UP, YOY, None, INQ, TSLA),
        ('$9 billion', 1, 9e9, 'USD', 'capital expenditures', None, None, 'more_than', Y('this year', 2025), TSLA),
        ('4%', 2, 4, 'percent', 'shares', DOWN, None, APPROX, P('on Wednesday', '2025-10-22', '2025-10-22'), TSLA),
        ('8%', 1, 8, 'percent', 'stock', UP, None, APPROX, P('so far this year', '2025-01-01', '2025-10-22'), TSLA),
        ('63%', 1, 63, 'percent', 'stock', UP, None, None, Y('in 2024', 2024), TSLA),
    ],
    'mt_newswires_us_import_export_prices.txt': [
        ('0.1%', 1, 0.1, 'percent', 'US Import Prices', UP, None, None, JUN, None),
        ('0.5%', 1, 0.5, 'percent', 'Export Prices', UP, None, None, JUN, None),
        ('0.1%', 2, 0.1, 'percent', 'US import prices', UP, MOM, None, JUN, BLS),
        ('0.4%', 1, 0.4, 'percent', 'import prices', DOWN, MOM, None, MAY, BLS),
        ('0.2%', 1, 0.2, 'percent', 'import prices', DOWN, MOM, None, MAY, BLS),
        ('0.3%', 1, 0.3, 'percent', 'import prices', UP, MOM, None, JUN, BBG),
        ('3.1%', 1, 3.1, 'percent', 'fuel import prices', UP, None, None, JUN, BLS),
        ('0.1%', 3, 0.1, 'percent', 'nonfuel import prices', DOWN, None, None, JUN, BLS),
        ('0.3%', 2, 0.3, 'percent', 'prices of imported consumer goods', DOWN, None, None, JUN, BLS),
        ('0.2%', 2, 0.2, 'percent', 'import prices', DOWN, YOY, None, JUN, BLS),
        ('8.9%', 1, 8.9, 'percent', 'fuel import prices', DOWN, YOY, None, JUN, BLS),
        ('0.9%', 1, 0.9, 'percent', 'nonfuel import prices', UP, YOY, None, JUN, BLS),
        ('0.5%', 2, 0.5, 'percent', 'export prices', UP, MOM, None, JUN, BLS),
        ('0.1%', 4, 0.1, 'percent', 'export prices', UP, MOM, None, JUN, None),
        ('0.9%', 2, 0.9, 'percent', 'export prices', DOWN, MOM, None, MAY, BLS),
        ('0.7%', 1, 0.7, 'percent', 'agricultural export prices', DOWN, MOM, None, JUN, BLS),
        ('0.6%', 1, 0.6, 'percent', 'nonagricultural export prices', UP, MOM, None, JUN, BLS),
        ('2.8%', 1, 2.8, 'percent', 'export prices', UP, YOY, None, JUN, BLS),
        ('1.6%', 1, 1.6, 'percent', 'agricultural export prices', UP, YOY, None, JUN, BLS),
        ('3.0%', 1, 3.0, 'percent', 'nonagricultural export prices', UP, YOY, None, JUN, BLS),
        ('0.4%', 2, 0.4, 'percent', 'prices of imports from the European Union', UP, None, None, JUN, BLS),
        ('0.2%', 3, 0.2, 'percent', 'prices of imports from Japan', UP, None, None, JUN, BLS),
        ('0.1%', 5, 0.1, 'percent', 'prices of goods from China', DOWN, None, None, JUN, BLS),
        ('1.7%', 1, 1.7, 'percent', 'Chinese import prices', DOWN, YOY, None, JUN, BLS),
        ('60%', 1, 60, 'percent', 'probability of a quarter-point cut', None, None, APPROX, FOMC, CME),
        ('quarter-point', 1, 0.25, 'percentage_point', 'Fed rate cut', DOWN, None, None, FOMC, CME),
    ],
    'trading_economics_style_vietnam_gdp_growth.txt': [
        ('7.96%', 1, 7.96, 'percent', 'Vietnam GDP Growth', UP, None, None, Q('in Q2', 2025, 2), None),
        ('7.96%', 2, 7.96, 'percent', "Vietnam's economy", UP, YOY, None, VQ2, GSO),
        ('6.93%', 1, 6.93, 'percent', "Vietnam's economy", None, YOY, None, Q('in Q1', 2025, 1), GSO),
        ('6.8%', 1, 6.8, 'percent', "Vietnam's economy", None, YOY, None, VQ2, None),
        ('8.97%', 1, 8.97, 'percent', 'industry and construction', UP, YOY, None, VSQ, GSO),
        ('10.11%', 1, 10.11, 'percent', 'manufacturing', UP, YOY, None, VSQ, GSO),
        ('8.14%', 1, 8.14, 'percent', 'services', UP, YOY, None, VSQ, GSO),
        ('3.84%', 1, 3.84, 'percent', 'agriculture, forestry and fisheries', UP, YOY, None, VSQ, GSO),
        ('7.52%', 1, 7.52, 'percent', 'GDP', UP, YOY, None, H1, GSO),
        ('6.42%', 1, 6.42, 'percent', 'GDP', None, YOY, None, P('in H1 2024', '2024-01-01', '2024-06-30'), GSO),
        ('51.8%', 1, 51.8, 'percent', 'services contribution to growth', None, None, None, H1, GSO),
        ('42.2%', 1, 42.2, 'percent', 'industry and construction contribution to growth', None, None, None, H1, GSO),
        ('6.0%', 1, 6.0, 'percent', 'agriculture contribution to growth', None, None, None, H1, GSO),
        ('8%', 1, 8, 'percent', 'growth target', None, None, 'at_least', Y('2025', 2025), GVN),
        ('7.46%', 1, 7.46, 'percent', 'final consumption', UP, YOY, None, SM, GSO),
        ('8.48%', 1, 8.48, 'percent', 'gross capital formation', UP, YOY, None, SM, GSO),
        ('14.05%', 1, 14.05, 'percent', 'exports of goods and services', UP, YOY, None, SM, GSO),
        ('6.26 percent', 1, 6.26, 'percent', 'GDP Annual Growth Rate in Vietnam average', None, None, None, P('from 2000 until 2025', '2000-01-01', '2025-12-31'), GSO),
        ('13.71 percent', 1, 13.71, 'percent', 'GDP Annual Growth Rate in Vietnam peak', None, None, None, Q('in the third quarter of 2022', 2022, 3), GSO),
        ('-6.02 percent', 1, -6.02, 'percent', 'GDP Annual Growth Rate in Vietnam low', DOWN, None, None, Q('in the third quarter of 2021', 2021, 3), GSO),
        ('7.10 percent', 1, 7.10, 'percent', 'GDP Annual Growth Rate in Vietnam', None, None, None, P('by the end of this quarter', '2025-09-30', '2025-09-30'), TE),
        ('6.60 percent', 1, 6.60, 'percent', 'Vietnam GDP Annual Growth Rate', None, None, APPROX, Y('in 2026', 2026), TE),
        ('6.40 percent', 1, 6.40, 'percent', 'Vietnam GDP Annual Growth Rate', None, None, APPROX, Y('in 2027', 2027), TE),
    ],
    'investing_style_cotton_ice_futures.txt': [
        ('0.46 cents', 1, 0.0046, 'USD', 'benchmark December cotton contract', UP, None, None, ET, None),
        ('0.7%', 1, 0.7, 'percent', 'benchmark December cotton contract', UP, None, None, ET, None),
        ('67.92 cents', 1, 0.6792, 'USD', 'benchmark December cotton contract', UP, None, None, ET, None),
        ('0.41 cents', 1, 0.0041, 'USD', 'March contract', UP, None, None, ET, None),
        ('69.55 cents', 1, 0.6955, 'USD', 'March contract', UP, None, None, ET, None),
        ('217,400 running bales', 1, 217400, 'count', 'net upland cotton export sales for the 2025/26 marketing year', None, None, None, WK, USDA),
        ('100,000', 1, 100000, 'count', 'net upland cotton export sales for the 2025/26 marketing year', None, None, None, WK, None),
        ('200,000 bales', 1, 200000, 'count', 'net upland cotton export sales for the 2025/26 marketing year', None, None, None, WK, None),
        ('28,100 bales', 1, 28100, 'count', 'sales for the 2024/25 season', DOWN, None, None, WK, USDA),
        ('12%', 1, 12, 'percent', 'shipments', DOWN, POP, None, WK, USDA),
        ('246,900 bales', 1, 246900, 'count', 'shipments', DOWN, None, None, WK, USDA),
        ('61,300', 1, 61300, 'count', 'export sales to Vietnam', None, None, None, WK, USDA),
        ('44,800', 1, 44800, 'count', 'export sales to Pakistan', None, None, None, WK, USDA),
        ('29,500 bales', 1, 29500, 'count', 'export sales to Turkey', None, None, None, WK, USDA),
        ('55%', 1, 55, 'percent', 'share of the U.S. crop in good to excellent condition', UP, None, None, SUN, USDA),
        ('50%', 1, 50, 'percent', 'share of the U.S. crop in good to excellent condition', None, None, None, P('a week earlier', '2025-07-06', '2025-07-06'), USDA),
        ('29%', 1, 29, 'percent', 'share of the acreage setting bolls', None, None, None, SUN, USDA),
        ('0.4 million bales', 1, 0.4e6, 'count', 'U.S. crop', UP, None, None, MY, USDA),
        ('14.9 million bales', 1, 14.9e6, 'count', 'U.S. crop', UP, None, None, MY, USDA),
        ('4.6 million bales', 1, 4.6e6, 'count', 'ending stocks', UP, None, None, MY, USDA),
        ('4.3 million', 1, 4.3e6, 'count', 'ending stocks', None, None, None, MY, USDA),
        ('117.0 million bales', 1, 117.0e6, 'count', 'world production', None, None, None, MY, USDA),
        ('74.6 million', 1, 74.6e6, 'count', 'global ending stocks', None, None, None, MY, USDA),
        ('6%', 1, 6, 'percent', 'cotton', DOWN, None, APPROX, P('since the start of the year', '2025-01-01', '2025-07-17'), USDA),
    ],
    'business_standard_style_domestic_airline_load_factors.txt': [
        ('1.9%', 1, 1.9, 'percent', 'domestic air traffic', UP, None, None, BMAY, None),
        ('1.41 crore', 1, 14.1e6, 'count', 'domestic air traffic', UP, None, None, BMAY, None),
        ('1.41 crore', 2, 14.1e6, 'count', 'passengers carried by domestic airlines', None, None, None, BMAY, DGCA),
        ('1.9 per cent', 1, 1.9, 'percent', 'passengers carried by domestic airlines', UP, YOY, None, BMAY, DGCA),
        ('1.38 crore', 1, 13.8e6, 'count', 'passengers carried by domestic airlines', None, None, None, per('in May 2024', 2024, 5), DGCA),
        ('4.1 per cent', 1, 4.1, 'percent', 'traffic', DOWN, MOM, None, BMAY, DGCA),
        ('32', 1, 32, 'count', 'airports closed to civilian flights', None, None, None, BMAY, DGCA),
        ('7.28 crore', 1, 72.8e6, 'count', 'passengers flown by carriers', None, None, None, JM, DGCA),
        ('8.3 per cent', 1, 8.3, 'percent', 'passengers flown by carriers', UP, YOY, None, JM, DGCA),
        ('6.72 crore', 1, 67.2e6, 'count', 'passengers flown by carriers', None, None, None, P('in the year-ago period', '2024-01-01', '2024-05-31'), DGCA),
        ('87.6 per cent', 1, 87.6, 'percent', 'SpiceJet passenger load factor', None, None, None, BMAY, DGCA),
        ('84.9 per cent', 1, 84.9, 'percent', 'IndiGo passenger load factor', None, None, None, BMAY, DGCA),
        ('83.2 per cent', 1, 83.2, 'percent', 'Akasa Air passenger load factor', None, None, None, BMAY, DGCA),
        ('80.5 per cent', 1, 80.5, 'percent', 'Air India Group passenger load factor', None, None, None, BMAY, DGCA),
        ('68.3 per cent', 1, 68.3, 'percent', 'Alliance Air passenger load factor', None, None, None, BMAY, DGCA),
        ('64.6 per cent', 1, 64.6, 'percent', "IndiGo's market share", UP, None, None, BMAY, DGCA),
        ('64.1 per cent', 1, 64.1, 'percent', "IndiGo's market share", None, None, None, BAPR, DGCA),
        ('26.5 per cent', 1, 26.5, 'percent', "Air India Group's market share", DOWN, None, None, BMAY, DGCA),
        ('2.5', 1, 2.5, 'percent', 'SpiceJet market share', None, None, None, BMAY, DGCA),
        ('5.2 per cent', 1, 5.2, 'percent', 'Akasa Air market share', None, None, None, BMAY, DGCA),
        ('1.71 per cent', 1, 1.71, 'percent', 'overall cancellation rate', UP, None, None, BMAY, DGCA),
        ('0.48 per cent', 1, 0.48, 'percent', 'overall cancellation rate', None, None, None, BAPR, DGCA),
        ('1,183', 1, 1183, 'count', 'passenger complaints', None, None, None, P('during the month', '2025-05-01', '2025-05-31'), DGCA),
        ('4', 1, 4, 'percent', 'domestic traffic growth', DOWN, None, None, FY26, ICRA),
        ('6 per cent', 1, 6, 'percent', 'domestic traffic growth', DOWN, None, None, FY26, ICRA),
        ('7', 1, 7, 'percent', 'domestic traffic growth', None, None, None, FY26, ICRA),
        ('10 per cent', 1, 10, 'percent', 'domestic traffic growth', None, None, None, FY26, ICRA),
    ],
    'eu_energy_style_lng_imports_regasification.txt': [
        ('36.2 bcm', 1, 36.2e9, 'cubic metre', 'EU LNG imports', None, None, None, EQ2, None),
        ('21%', 1, 21, 'percent', 'EU LNG imports', UP, YOY, None, EQ2, None),
        ('4%', 1, 4, 'percent', 'EU LNG imports', DOWN, QOQ, None, EQ2, None),
        ('20.5 bcm', 1, 20.5e9, 'cubic metre', 'LNG deliveries from the United States', None, None, None, EQ2, None),
        ('57%', 1, 57, 'percent', 'United States share of EU LNG imports', None, None, None, EQ2, None),
        ('5.8 bcm', 1, 5.8e9, 'cubic metre', 'LNG deliveries from Russia', None, None, None, EQ2, None),
        ('16%', 1, 16, 'percent', 'Russia share of EU LNG imports', None, None, None, EQ2, None),
        ('2.6 bcm', 1, 2.6e9, 'cubic metre', 'LNG deliveries from Qatar', None, None, None, EQ2, None),
        ('7%', 1, 7, 'percent', 'Qatar share of EU LNG imports', None, None, None, EQ2, None),
        ('56%', 1, 56, 'percent', 'average utilisation rate of EU regasification terminals', UP, None, None, EINQ, GIE),
        ('45%', 1, 45, 'percent', 'average utilisation rate of EU regasification terminals', None, None, None, EYE, GIE),
        ('91%', 1, 91, 'percent', 'LNG terminal utilisation in Poland', None, None, None, EINQ, GIE),
        ('84%', 1, 84, 'percent', 'LNG terminal utilisation in Belgium', None, None, None, EINQ, GIE),
        ('68%', 1, 68, 'percent', 'utilisation of French terminals', None, None, None, EINQ, GIE),
        ('41%', 1, 41, 'percent', 'utilisation of Spanish terminals', None, None, None, EINQ, GIE),
        ('a third', 1, 0.3333, 'fraction', 'utilisation of German FSRUs', None, None, APPROX, EINQ, GIE),
        ('8.7 bcm', 1, 8.7e9, 'cubic metre', 'send-out into the grid from French terminals', None, None, None, AJ, GIE),
        ('6.9 bcm', 1, 6.9e9, 'cubic metre', 'send-out into the grid in Spain', None, None, None, AJ, GIE),
        ('5.3 bcm', 1, 5.3e9, 'cubic metre', 'send-out into the grid in the Netherlands', None, None, None, AJ, GIE),
        ('4.1 bcm', 1, 4.1e9, 'cubic metre', 'send-out into the grid in Italy', None, None, None, AJ, GIE),
        ('9%', 1, 9, 'percent', 'send-out from Italian terminals', DOWN, YOY, None, AJ, GIE),
        ('2.4 bcm', 1, 2.4e9, 'cubic metre', 'volumes regasified in Germany', UP, None, None, AJ, GIE),
        ('1.6 bcm', 1, 1.6e9, 'cubic metre', 'volumes regasified in Germany', None, None, None, EYE, GIE),
        ('35.9 EUR/MWh', 1, 35.9, 'EUR', 'TTF front-month contract', None, None, None, EINQ, ICEE),
        ('12%', 1, 12, 'percent', 'TTF front-month contract', DOWN, QOQ, None, EINQ, ICEE),
        ('0.6 EUR/MWh', 1, 0.6, 'EUR', 'discount of LNG delivered to Northwest Europe to TTF', None, None, None, EINQ, ICEE),
        ('12.4 USD/MMBtu', 1, 12.4, 'USD', 'Asian JKM benchmark', None, None, None, EINQ, ICEE),
    ],
    'nbs_style_industrial_profits_by_sector.txt': [
        ('7.4 Percent', 1, 7.4, 'percent', 'industrial profits', DOWN, None, None, P('in the First Ten Months of 2023', '2023-01-01', '2023-10-31'), None),
        ('6,107.22 billion yuan', 1, 6107.22e9, 'CNY', 'total profits of industrial enterprises above designated size', None, None, None, JO, NBS),
        ('7.4 percent', 1, 7.4, 'percent', 'total profits of industrial enterprises above designated size', DOWN, YOY, None, JO, NBS),
        ('1.6 percentage points', 1, 1.6, 'percentage_point', 'decline of total profits', DOWN, POP, None, JO, NBS),
        ('2.7 percent', 1, 2.7, 'percent', 'industrial profits', UP, YOY, None, per('In October', 2023, 10), NBS),
        ('11.9 percent', 1, 11.9, 'percent', 'industrial profits', UP, YOY, None, per('in September', 2023, 9), NBS),
        ('19', 1, 19, 'count', 'sectors with year-on-year growth in total profits', None, None, None, F10, NBS),
        ('1', 1, 1, 'count', 'sectors that turned from loss to profit', None, None, None, F10, NBS),
        ('45.9 percent', 1, 45.9, 'percent', 'profits of the electricity and heat production and supply industry', UP, YOY, None, F10, NBS),
        ('15.4 percent', 1, 15.4, 'percent', 'profits of electrical machinery and equipment manufacturing', UP, YOY, None, F10, NBS),
        ('8.2 percent', 1, 8.2, 'percent', 'profits of general equipment manufacturing', UP, YOY, None, F10, NBS),
        ('45.3 percent', 1, 45.3, 'percent', 'profits of the chemical raw materials and chemical products manufacturing industry', DOWN, YOY, None, F10, NBS),
        ('26.1 percent', 1, 26.1, 'percent', 'profits of the non-metallic mineral products industry', DOWN, YOY, None, F10, NBS),
        ('25.8 percent', 1, 25.8, 'percent', 'profits of the coal mining and washing industry', DOWN, YOY, None, F10, NBS),
        ('109.91 trillion yuan', 1, 109.91e12, 'CNY', 'operating revenue of industrial enterprises above designated size', None, None, None, JO, NBS),
        ('0.9 percent', 1, 0.9, 'percent', 'operating revenue of industrial enterprises above designated size', DOWN, YOY, None, JO, NBS),
        ('5.56 percent', 1, 5.56, 'percent', 'operating revenue margin', None, None, None, JO, NBS),
        ('0.40 percentage points', 1, 0.40, 'percentage_point', 'operating revenue margin', DOWN, YOY, None, JO, NBS),
        ('85.23 yuan', 1, 85.23, 'CNY', 'costs per 100 yuan of operating revenue', None, None, None, JO, NBS),
        ('0.26 yuan', 1, 0.26, 'CNY', 'costs per 100 yuan of operating revenue', UP, YOY, None, JO, NBS),
        ('57.3 percent', 1, 57.3, 'percent', 'asset-liability ratio of industrial enterprises above designated size', None, None, None, EO, NBS),
        ('0.3 percentage points', 1, 0.3, 'percentage_point', 'asset-liability ratio of industrial enterprises above designated size', UP, YOY, None, EO, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
