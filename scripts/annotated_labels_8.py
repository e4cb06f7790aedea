# ruff: noqa: E501
"""Write corpus/annotated_8/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_8.py corpus/annotated_8
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
OPEC = "Organization of the Petroleum Exporting Countries"
IEA = "International Energy Agency"
FSO = "Federal Statistical Office"
BMWE = "Federal Ministry for Economic Affairs and Energy"
ISM = "Institute for Supply Management"
FED = "Federal Reserve"
CME = "CME Group"
DOC = "U.S. Department of Commerce"
CENSUS = "U.S. Census Bureau"
MBA = "Mortgage Bankers Association"
TE = "Trading Economics"
EIA = "U.S. Energy Information Administration"
MOSPI = "Ministry of Statistics and Programme Implementation"
CGA = "Controller General of Accounts"
EC = "European Commission"
NBS = "National Bureau of Statistics"

# 801 ONS UK trade (ref 2025-08-14)
TMJ = P("in the three months to June 2025", "2025-04-01", "2025-06-30")
Q2A = Q("in Quarter 2 (Apr to June) 2025", 2025, 2)
JUNI = per("In June 2025", 2025, 6)
JUN25 = per("in June 2025", 2025, 6)
Q2B = Q("in Quarter 2 2025", 2025, 2)
TMJI = P("In the three months to June 2025", "2025-04-01", "2025-06-30")
TMM = P("for the three months to March 2025", "2025-01-01", "2025-03-31")
Q1F = Q("for Quarter 1 2025", 2025, 1)
# 802 Reuters 1987 (ref 1987-04-08)
MARH = per("IN MARCH", 1987, 3)
MAR87 = per("in March", 1987, 3)
MARI = per("In March", 1987, 3)
FEB87 = per("in February", 1987, 2)
TUE = P("on Tuesday", "1987-04-07", "1987-04-07")
Q2_87 = Q("in the second quarter", 1987, 2)
# 803 Reuters 2025 (ref 2025-09-05)
JUL = per("in July", 2025, 7)
# 804 CNBC (ref 2025-10-01)
LASTM = per("last month", 2025, 9)
SEPI = per("In September", 2025, 9)
SEP = per("in September", 2025, 9)
AUG = per("in August", 2025, 8)
# 805 MT Newswires (ref 2025-09-24)
EOA = P("at the end of August", "2025-08-31", "2025-08-31")
# 806 Trading Economics (ref 2025-10-01)
SEP25 = per("in September 2025", 2025, 9)
# 807 Investing.com (ref 2025-10-02)
ET = P("by 21:40 ET", None, None)
WK = P("in the week ended Sept. 26", "2025-09-20", "2025-09-26")
# 808 Business Standard (ref 2025-09-29)
FY26AA = P("For April-August of FY26", "2025-04-01", "2025-08-31")
# 809 DG ENER (ref 2025-10-08)
Q2E = Q("In the second quarter of 2025", 2025, 2)
Q2R = Q("in Q2 2025", 2025, 2)
INQ = Q("in the quarter", 2025, 2)
DURQ = Q("During the quarter", 2025, 2)
# 810 NBS (ref 2025-09-15)
AUGI = per("In August", 2025, 8)
JA = P("From January to August", "2025-01-01", "2025-08-31")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_uk_trade.txt': [
        ('£2.1 billion', 1, 2.1e9, 'GBP', 'UK total trade deficit (goods and services)', 'increase', None, None, TMJ, None),
        ('£7.4 billion', 1, 7.4e9, 'GBP', 'UK total trade deficit (goods and services)', 'increase', None, None, TMJ, None),
        ('1.3%', 1, 1.3, 'percent', 'total exports', 'increase', 'quarter_on_quarter', None, Q2A, None),
        ('2.4%', 1, 2.4, 'percent', 'total imports', 'increase', 'quarter_on_quarter', None, Q2A, None),
        ('4.1%', 1, 4.1, 'percent', 'imports of goods from the EU', 'increase', 'period_on_period', None, TMJ, None),
        ('£48.3 billion', 1, 48.3e9, 'GBP', 'imports of goods from the EU', 'increase', None, None, TMJ, None),
        ('half', 1, 0.5, 'fraction', 'EU share of all goods imports', None, None, 'more_than', TMJ, None),
        ('£0.9 billion', 1, 0.9e9, 'GBP', 'value of goods exported', 'decrease', None, None, JUNI, ONS),
        ('2.8%', 1, 2.8, 'percent', 'value of goods exported', 'decrease', None, None, JUNI, ONS),
        ('£31.2 billion', 1, 31.2e9, 'GBP', 'value of goods exported', 'decrease', None, None, JUNI, ONS),
        ('£0.7 billion', 1, 0.7e9, 'GBP', 'goods exports to non-EU countries', 'decrease', None, None, JUNI, ONS),
        ('£14.6 billion', 1, 14.6e9, 'GBP', 'goods exports to the EU', None, None, None, JUNI, ONS),
        ('£1.4 billion', 1, 1.4e9, 'GBP', 'goods imports', 'increase', None, None, JUN25, ONS),
        ('£49.8 billion', 1, 49.8e9, 'GBP', 'goods imports', 'increase', None, None, JUN25, ONS),
        ('9.6%', 1, 9.6, 'percent', 'imports from China', 'increase', None, None, JUN25, ONS),
        ('£0.3 billion', 1, 0.3e9, 'GBP', 'imports from the United States', 'decrease', None, None, JUN25, ONS),
        ('£125.9 billion', 1, 125.9e9, 'GBP', 'exports of services', None, None, None, Q2B, ONS),
        ('0.7%', 1, 0.7, 'percent', 'exports of services', 'increase', 'quarter_on_quarter', None, Q2B, ONS),
        ('£71.5 billion', 1, 71.5e9, 'GBP', 'imports of services', None, None, None, Q2B, ONS),
        ('£54.4 billion', 1, 54.4e9, 'GBP', 'trade in services surplus', None, None, None, Q2B, ONS),
        ('two-thirds', 1, 0.6667, 'fraction', 'share of the trade in services surplus from other business services', None, None, 'approximately', Q2B, ONS),
        ('£16.1 billion', 1, 16.1e9, 'GBP', 'UK goods exports to the United States', None, None, None, TMJI, ONS),
        ('a fifth', 1, 0.2, 'fraction', 'United States share of UK goods exports', None, None, 'approximately', TMJI, ONS),
        ('12.3%', 1, 12.3, 'percent', 'goods exports to China', 'decrease', 'year_on_year', None, TMJI, ONS),
        ('3.5%', 1, 3.5, 'percent', 'goods exports to Germany', 'increase', 'year_on_year', None, TMJI, ONS),
        ('1.9%', 1, 1.9, 'percent', 'goods exports to the Netherlands', 'increase', 'year_on_year', None, TMJI, ONS),
        ('£5.0 billion', 1, 5.0e9, 'GBP', 'total trade deficit, before revision', None, None, None, TMM, ONS),
        ('£5.3 billion', 1, 5.3e9, 'GBP', 'total trade deficit', 'increase', None, None, TMM, ONS),
        ('0.4 percentage points', 1, 0.4, 'percentage_point', 'total exports growth revision', 'decrease', None, None, Q1F, ONS),
        ('0.8 per cent', 1, 0.8, 'percent', 'growth in total exports', 'decrease', None, None, Q1F, ONS),
    ],
    'wire_1987_opec_output.txt': [
        ('16.1 MLN BPD', 1, 16.1e6, 'barrel per day', 'OPEC output', 'decrease', None, None, MARH, None),
        ('16.1 mln barrels per day', 1, 16.1e6, 'barrel per day', 'OPEC crude oil output', 'decrease', None, 'approximately', MAR87, 'Reuters'),
        ('16.9 mln bpd', 1, 16.9e6, 'barrel per day', 'OPEC crude oil output', None, None, None, FEB87, 'Reuters'),
        ('300,000 bpd', 1, 300000, 'barrel per day', 'OPEC output above its ceiling', None, None, 'approximately', MARI, 'Reuters'),
        ('15.8 mln bpd', 1, 15.8e6, 'barrel per day', 'OPEC output ceiling', None, None, None, P('for the first half of 1987', '1987-01-01', '1987-06-30'), OPEC),
        ('3.6 mln bpd', 1, 3.6e6, 'barrel per day', 'Saudi Arabia output', 'decrease', None, None, MARI, 'Reuters'),
        ('4.1 mln', 1, 4.1e6, 'barrel per day', 'Saudi Arabia output', None, None, None, FEB87, 'Reuters'),
        ('4.133 mln bpd', 1, 4.133e6, 'barrel per day', 'Saudi Arabia quota', None, None, None, MARI, None),
        ('1.0 mln bpd', 1, 1.0e6, 'barrel per day', "Kuwait's output", 'decrease', None, None, MARI, 'Reuters'),
        ('2.3 mln', 1, 2.3e6, 'barrel per day', 'Iran output', None, None, None, MAR87, 'Reuters'),
        ('1.7 mln bpd', 1, 1.7e6, 'barrel per day', 'Iraq output', None, None, None, MAR87, 'Reuters'),
        ('17.52 dlrs', 1, 17.52, 'USD', "OPEC's basket of seven crudes", None, None, None, MAR87, OPEC),
        ('31 cents', 1, 0.31, 'USD', "OPEC's basket of seven crudes", 'increase', 'month_on_month', None, MAR87, OPEC),
        ('4.19 dlrs', 1, 4.19, 'USD', 'OPEC basket price above its level of March 1986', 'increase', None, None, P('March 1986', '1986-03-01', '1987-03-31'), OPEC),
        ('18.45 dlrs', 1, 18.45, 'USD', 'North Sea Brent for May loading', None, None, None, TUE, OPEC),
        ('18.10 dlrs', 1, 18.10, 'USD', 'North Sea Brent for May loading', None, None, None, P('a week earlier', '1987-03-31', '1987-03-31'), OPEC),
        ('40 cents', 1, 0.40, 'USD', 'West Texas Intermediate', 'increase', None, None, TUE, OPEC),
        ('18.85 dlrs', 1, 18.85, 'USD', 'West Texas Intermediate', 'increase', None, None, TUE, OPEC),
        ('46.2 mln bpd', 1, 46.2e6, 'barrel per day', 'oil demand in the non-communist world forecast by the International Energy Agency', None, None, None, Q2_87, IEA),
        ('1.1 mln bpd', 1, 1.1e6, 'barrel per day', 'oil demand in the non-communist world forecast by the International Energy Agency', 'decrease', 'quarter_on_quarter', 'approximately', Q2_87, IEA),
        ('16.6 mln bpd', 1, 16.6e6, 'barrel per day', 'OPEC output ceiling wanted by some delegates', 'increase', None, None, P('for the second half', '1987-07-01', '1987-12-31'), None),
    ],
    'wire_2025_german_industrial_orders.txt': [
        ('2.9%', 1, 2.9, 'percent', 'German industrial orders', 'decrease', 'month_on_month', None, JUL, FSO),
        ('0.5%', 1, 0.5, 'percent', 'industrial orders forecast by analysts polled by Reuters', 'increase', 'month_on_month', None, JUL, 'Reuters'),
        ('1.1%', 1, 1.1, 'percent', 'industrial orders', 'decrease', None, None, per('June', 2025, 6), FSO),
        ('1.0%', 1, 1.0, 'percent', 'industrial orders, initially reported', 'decrease', None, None, per('June', 2025, 6), FSO),
        ('0.8%', 1, 0.8, 'percent', 'new orders excluding large orders', 'increase', 'month_on_month', None, JUL, FSO),
        ('14.6%', 1, 14.6, 'percent', 'bulky orders for aircraft, ships and other big-ticket items', 'decrease', 'month_on_month', None, JUL, FSO),
        ('3.4%', 1, 3.4, 'percent', 'orders, calendar-adjusted', 'increase', 'year_on_year', None, JUL, FSO),
        ('1.6%', 1, 1.6, 'percent', 'orders in the three-month comparison', 'decrease', 'period_on_period', None, P('from May to July', '2025-05-01', '2025-07-31'), FSO),
        ('4.2%', 1, 4.2, 'percent', 'domestic orders', 'decrease', 'month_on_month', None, JUL, FSO),
        ('2.0%', 1, 2.0, 'percent', 'orders from abroad', 'decrease', 'month_on_month', None, JUL, FSO),
        ('5.7%', 1, 5.7, 'percent', 'demand from the rest of the euro zone', 'decrease', 'month_on_month', None, JUL, FSO),
        ('0.3%', 1, 0.3, 'percent', 'orders from outside the currency bloc', 'decrease', 'month_on_month', None, JUL, FSO),
        ('12.7%', 1, 12.7, 'percent', 'orders of computer, electronic and optical product makers', 'decrease', 'month_on_month', None, JUL, FSO),
        ('2.5%', 1, 2.5, 'percent', 'orders booked by the car industry', 'increase', 'month_on_month', None, JUL, FSO),
        ('0.5%', 2, 0.5, 'percent', 'real turnover in manufacturing', 'increase', 'month_on_month', None, JUL, FSO),
        ('1.9%', 1, 1.9, 'percent', 'real turnover in manufacturing', 'decrease', 'year_on_year', None, JUL, FSO),
        ('89.6 points', 1, 89.6, 'index_point', 'volume index of new orders', None, None, None, JUL, FSO),
        ('1.2%', 1, 1.2, 'percent', 'orders', 'increase', 'year_on_year', None, P('in the first seven months of the year', '2025-01-01', '2025-07-31'), BMWE),
        ('0.3%', 2, 0.3, 'percent', "Germany's economy", 'decrease', 'quarter_on_quarter', None, Q('in the second quarter', 2025, 2), FSO),
        ('0.1%', 1, 0.1, 'percent', 'gross domestic product expected by Commerzbank economist', 'decrease', None, None, Q('in the third quarter', 2025, 3), 'Commerzbank'),
    ],
    'cnbc_style_ism_manufacturing.txt': [
        ('49.1', 1, 49.1, 'index_point', 'ISM manufacturing purchasing managers index', 'increase', None, None, LASTM, ISM),
        ('48.7', 1, 48.7, 'index_point', 'ISM manufacturing purchasing managers index', None, None, None, AUG, ISM),
        ('49.0', 1, 49.0, 'index_point', 'manufacturing PMI reading expected by economists polled by Dow Jones', None, None, None, per('September', 2025, 9), 'Dow Jones'),
        ('2.1 points', 1, 2.1, 'index_point', 'new orders index', 'decrease', None, None, SEPI, ISM),
        ('48.9', 1, 48.9, 'index_point', 'new orders index', 'decrease', None, None, SEPI, ISM),
        ('51.0', 1, 51.0, 'index_point', 'production index', 'increase', None, None, SEPI, ISM),
        ('45.3', 1, 45.3, 'index_point', 'employment gauge', 'increase', None, None, SEPI, ISM),
        ('43.8', 1, 43.8, 'index_point', 'employment gauge', None, None, None, SEPI, ISM),
        ('52.6', 1, 52.6, 'index_point', 'supplier deliveries', None, None, None, SEPI, ISM),
        ('61.9', 1, 61.9, 'index_point', 'prices index', 'decrease', None, None, SEP, ISM),
        ('63.7', 1, 63.7, 'index_point', 'prices index', None, None, None, AUG, ISM),
        ('Seven', 1, 7, 'count', 'manufacturing industries reporting growth', 'decrease', None, None, SEP, ISM),
        ('nine', 1, 9, 'count', 'manufacturing industries reporting growth', None, None, None, AUG, ISM),
        ('38%', 1, 38, 'percent', 'share of manufacturing gross domestic product contracting', None, None, 'approximately', LASTM, ISM),
        ('41%', 1, 41, 'percent', 'share of manufacturing gross domestic product contracting', None, None, None, AUG, ISM),
        ('52.0', 1, 52.0, 'index_point', 'S&P Global final U.S. manufacturing PMI', 'decrease', None, None, SEP, 'S&P Global'),
        ('53.0', 1, 53.0, 'index_point', 'S&P Global final U.S. manufacturing PMI', None, None, None, AUG, 'S&P Global'),
        ('a quarter percentage point', 1, 0.25, 'percentage_point', 'Fed key overnight lending rate', 'decrease', None, None, LASTM, FED),
        ('4%', 1, 4.0, 'percent', 'Fed key overnight lending rate range', 'decrease', None, None, LASTM, FED),
        ('4.25%', 1, 4.25, 'percent', 'Fed key overnight lending rate range', 'decrease', None, None, LASTM, FED),
        ('95%', 1, 95, 'percent', 'chance of another Fed rate cut', None, None, 'approximately', per('in October', 2025, 10), CME),
        ('0.2%', 1, 0.2, 'percent', 'construction spending', 'decrease', None, None, AUG, DOC),
    ],
    'mt_newswires_new_home_sales.txt': [
        ('9.8%', 1, 9.8, 'percent', 'US new home sales', 'increase', None, None, AUG, None),
        ('9.8%', 2, 9.8, 'percent', 'sales of new single-family homes in the US', 'increase', 'month_on_month', None, AUG, CENSUS),
        ('712,000', 1, 712000, 'count', 'sales of new single-family homes in the US', 'increase', None, None, AUG, CENSUS),
        ('655,000', 1, 655000, 'count', 'new home sales expected in the consensus compiled by Bloomberg', None, None, None, AUG, 'Bloomberg'),
        ('648,000', 1, 648000, 'count', "July's sales pace", 'decrease', None, None, per('July', 2025, 7), CENSUS),
        ('652,000', 1, 652000, 'count', "July's sales pace, previously reported", None, None, None, per('July', 2025, 7), CENSUS),
        ('15.4%', 1, 15.4, 'percent', 'new home sales', 'increase', 'year_on_year', None, AUG, CENSUS),
        ('$413,500', 1, 413500, 'USD', 'median price of a new home sold', None, None, None, AUG, CENSUS),
        ('1.1%', 1, 1.1, 'percent', 'median price of a new home sold', 'decrease', 'year_on_year', None, AUG, CENSUS),
        ('$498,200', 1, 498200, 'USD', 'average sales price', None, None, None, AUG, CENSUS),
        ('490,000', 1, 490000, 'count', 'new homes for sale', None, None, None, EOA, CENSUS),
        ('8.3 months', 1, 8.3, 'month', 'months of supply at the current sales pace', 'decrease', None, None, EOA, CENSUS),
        ('9.1 months', 1, 9.1, 'month', 'months of supply at the current sales pace', None, None, None, per('in July', 2025, 7), CENSUS),
        ('124,000', 1, 124000, 'count', 'completed homes for sale', 'increase', None, None, EOA, CENSUS),
        ('24.5%', 1, 24.5, 'percent', 'new home sales in the South', 'increase', None, None, AUG, CENSUS),
        ('8.7%', 1, 8.7, 'percent', 'new home sales in the Northeast', 'decrease', None, None, AUG, CENSUS),
        ('3.2%', 1, 3.2, 'percent', 'new home sales in the West', 'decrease', None, None, AUG, CENSUS),
        ('a third', 1, 0.3333, 'fraction', 'share of sales accounted for by homes not yet started', None, None, 'approximately', AUG, CENSUS),
        ('6.34%', 1, 6.34, 'percent', 'average contract rate on 30-year fixed-rate mortgages', 'decrease', None, None, P('last week', '2025-09-15', '2025-09-21'), MBA),
        ('6.39%', 1, 6.39, 'percent', 'average contract rate on 30-year fixed-rate mortgages', None, None, None, P('the week before', '2025-09-08', '2025-09-14'), MBA),
    ],
    'trading_economics_style_euro_area_inflation.txt': [
        ('2.2%', 1, 2.2, 'percent', 'annual inflation rate in the Euro Area', 'increase', 'year_on_year', None, SEP25, 'Eurostat'),
        ('2.0%', 1, 2.0, 'percent', 'annual inflation rate in the Euro Area', None, 'year_on_year', None, AUG, 'Eurostat'),
        ('-0.4%', 1, -0.4, 'percent', 'energy prices', 'decrease', 'year_on_year', None, SEP25, 'Eurostat'),
        ('-2.0%', 1, -2.0, 'percent', 'energy prices', 'decrease', 'year_on_year', None, AUG, 'Eurostat'),
        ('0.8%', 1, 0.8, 'percent', 'prices of non-energy industrial goods', 'increase', 'year_on_year', None, SEP25, 'Eurostat'),
        ('0.7%', 1, 0.7, 'percent', 'prices of non-energy industrial goods', None, 'year_on_year', None, AUG, 'Eurostat'),
        ('3.2%', 1, 3.2, 'percent', 'services inflation', None, 'year_on_year', None, SEP25, 'Eurostat'),
        ('2.7%', 1, 2.7, 'percent', 'inflation for processed food, alcohol and tobacco', 'decrease', 'year_on_year', None, SEP25, 'Eurostat'),
        ('2.9%', 1, 2.9, 'percent', 'inflation for processed food, alcohol and tobacco', None, 'year_on_year', None, AUG, 'Eurostat'),
        ('4.4%', 1, 4.4, 'percent', 'inflation for unprocessed food', 'decrease', 'year_on_year', None, SEP25, 'Eurostat'),
        ('5.0%', 1, 5.0, 'percent', 'inflation for unprocessed food', None, 'year_on_year', None, AUG, 'Eurostat'),
        ('2.3%', 1, 2.3, 'percent', 'core rate', None, 'year_on_year', None, SEP25, 'Eurostat'),
        ('2.4%', 1, 2.4, 'percent', 'core rate forecasts', None, 'year_on_year', None, SEP25, None),
        ('0.1%', 1, 0.1, 'percent', 'consumer prices', 'increase', 'month_on_month', None, SEP25, 'Eurostat'),
        ('0.1%', 2, 0.1, 'percent', 'consumer prices', 'increase', 'month_on_month', None, AUG, 'Eurostat'),
        ('2.04 percent', 1, 2.04, 'percent', 'Inflation Rate in the Euro Area average', None, None, None, P('from 1991 until 2025', '1991-01-01', '2025-12-31'), 'Eurostat'),
        ('10.60 percent', 1, 10.60, 'percent', 'Inflation Rate in the Euro Area all time high', None, None, None, per('in October of 2022', 2022, 10), 'Eurostat'),
        ('-0.60 percent', 1, -0.60, 'percent', 'Inflation Rate in the Euro Area record low', 'decrease', None, None, per('in January of 2015', 2015, 1), 'Eurostat'),
        ('2.10 percent', 1, 2.10, 'percent', 'Euro Area inflation rate forecast by Trading Economics global macro models', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('1.90 percent', 1, 1.90, 'percent', 'Euro Area inflation rate projected by econometric models', None, None, 'approximately', Y('in 2026', 2026), TE),
    ],
    'investing_style_oil_opec.txt': [
        ('0.6%', 1, 0.6, 'percent', 'Brent Oil Futures expiring in December', 'decrease', None, None, ET, None),
        ('$65.94', 1, 65.94, 'USD', 'Brent Oil Futures expiring in December', 'decrease', None, None, ET, None),
        ('0.7%', 1, 0.7, 'percent', 'West Texas Intermediate crude futures', 'decrease', None, None, ET, None),
        ('$61.70', 1, 61.70, 'USD', 'West Texas Intermediate crude futures', 'decrease', None, None, ET, None),
        ('6%', 1, 6, 'percent', 'Brent and West Texas Intermediate crude futures', 'decrease', None, 'more_than', P('so far this week', '2025-09-29', '2025-10-02'), None),
        ('0.2%', 1, 0.2, 'percent', 'dollar index', 'increase', None, None, None, None),
        ('97.84', 1, 97.84, 'index_point', 'dollar index', 'increase', None, None, None, None),
        ('0.1%', 1, 0.1, 'percent', 'EUR/USD', 'decrease', None, None, None, None),
        ('1.1718', 1, 1.1718, 'USD', 'EUR/USD', 'decrease', None, None, None, None),
        ('3 basis points', 1, 3, 'basis_point', 'yield on the 10-year U.S. Treasury note', 'increase', None, None, None, None),
        ('4.13%', 1, 4.13, 'percent', 'yield on the 10-year U.S. Treasury note', 'increase', None, None, None, None),
        ('137,000 barrels per day', 1, 137000, 'barrel per day', 'OPEC+ November output target increase expected', 'increase', None, 'at_least', per('November', 2025, 11), None),
        ('500,000 bpd', 1, 500000, 'barrel per day', 'output target increase pushed for by some OPEC+ members', 'increase', None, 'up_to', per('November', 2025, 11), None),
        ('7.1 million bpd', 1, 7.1e6, 'barrel per day', "Saudi Arabia's crude exports", 'increase', None, None, per('in September', 2025, 9), 'Kpler'),
        ('1.8 million barrels', 1, 1.8e6, 'barrel', 'U.S. crude stockpiles', 'increase', None, None, WK, EIA),
        ('1.0 million barrels', 1, 1.0e6, 'barrel', 'crude stockpile draw expected by analysts', 'decrease', None, None, WK, None),
        ('4.1 million barrels', 1, 4.1e6, 'barrel', 'gasoline inventories', 'increase', None, None, WK, EIA),
        ('1.7 million barrels', 1, 1.7e6, 'barrel', 'distillate stocks', 'decrease', None, None, WK, EIA),
        ('$56', 1, 56, 'USD', 'Brent average price expected by Goldman Sachs analysts', None, None, None, Y('in 2026', 2026), 'Goldman Sachs'),
        ('3.3 million bpd', 1, 3.3e6, 'barrel per day', 'oil supply surplus forecast by the International Energy Agency', None, None, 'up_to', Y('next year', 2026), IEA),
    ],
    'business_standard_style_iip.txt': [
        ('4.3%', 1, 4.3, 'percent', 'IIP growth', 'increase', None, None, AUG, None),
        ('4.3 per cent', 1, 4.3, 'percent', "India's industrial output", 'increase', 'year_on_year', None, AUG, MOSPI),
        ('3.9 per cent', 1, 3.9, 'percent', "India's industrial output growth, revised", None, 'year_on_year', None, JUL, MOSPI),
        ('3.5 per cent', 1, 3.5, 'percent', "India's industrial output growth, initial estimate", None, 'year_on_year', None, per('July', 2025, 7), MOSPI),
        ('5.0 per cent', 1, 5.0, 'percent', 'industrial output', 'increase', 'year_on_year', None, per('in August 2024', 2024, 8), MOSPI),
        ('6.0 per cent', 1, 6.0, 'percent', 'mining output', 'increase', 'year_on_year', None, AUG, MOSPI),
        ('7.2 per cent', 1, 7.2, 'percent', 'mining output', 'decrease', 'year_on_year', None, per('a year earlier', 2024, 8), MOSPI),
        ('4.1 per cent', 1, 4.1, 'percent', 'electricity generation', 'increase', 'year_on_year', None, AUG, MOSPI),
        ('three-quarters', 1, 0.75, 'fraction', 'manufacturing weight in the index', None, None, 'more_than', AUG, MOSPI),
        ('3.8 per cent', 1, 3.8, 'percent', 'manufacturing output growth', 'decrease', 'year_on_year', None, AUG, MOSPI),
        ('5.7 per cent', 1, 5.7, 'percent', 'manufacturing output growth', None, 'year_on_year', None, JUL, MOSPI),
        ('10.6 per cent', 1, 10.6, 'percent', 'infrastructure and construction goods', 'increase', 'year_on_year', None, AUG, MOSPI),
        ('5.4 per cent', 1, 5.4, 'percent', 'primary goods', 'increase', 'year_on_year', None, AUG, MOSPI),
        ('4.4 per cent', 1, 4.4, 'percent', 'capital goods', 'increase', 'year_on_year', None, AUG, MOSPI),
        ('3.1 per cent', 1, 3.1, 'percent', 'consumer durables output', 'increase', 'year_on_year', None, AUG, MOSPI),
        ('0.6 per cent', 1, 0.6, 'percent', 'consumer non-durables output', 'increase', 'year_on_year', None, AUG, MOSPI),
        ('5.2 per cent', 1, 5.2, 'percent', 'intermediate goods', 'increase', 'year_on_year', None, AUG, MOSPI),
        ('2.9 per cent', 1, 2.9, 'percent', 'industrial output', 'increase', 'year_on_year', None, FY26AA, MOSPI),
        ('4.6 per cent', 1, 4.6, 'percent', 'industrial output', 'increase', 'year_on_year', None, P('in the same period of FY25', '2024-04-01', '2024-08-31'), MOSPI),
        ('152.8', 1, 152.8, 'index_point', 'index of industrial production', None, None, None, AUG, MOSPI),
        ('146.5', 1, 146.5, 'index_point', 'index of industrial production', None, None, None, P('in the same month last year', '2024-08-01', '2024-08-31'), MOSPI),
        ('43 per cent', 1, 43, 'percent', "Centre's capital expenditure", 'increase', None, None, P('in April-August', '2025-04-01', '2025-08-31'), CGA),
        ('Rs 4.31 trillion', 1, 4.31e12, 'INR', "Centre's capital expenditure", 'increase', None, None, P('in April-August', '2025-04-01', '2025-08-31'), CGA),
        ('Rs 11.21 lakh crore', 1, 11.21e12, 'INR', 'full-year budget target for capital expenditure', None, None, None, P('for FY26', '2025-04-01', '2026-03-31'), None),
        ('3 per cent', 1, 3, 'percent', 'IIP growth expected by ICRA', 'decrease', None, None, SEP, 'ICRA'),
        ('3.5 per cent', 2, 3.5, 'percent', 'IIP growth expected by ICRA', 'decrease', None, None, SEP, 'ICRA'),
    ],
    'eu_energy_style_oil_market.txt': [
        ('59.6 EUR/bbl', 1, 59.6, 'EUR', 'price of Brent crude', None, None, None, Q2E, None),
        ('11%', 1, 11, 'percent', 'price of Brent crude', 'decrease', 'quarter_on_quarter', None, Q2E, None),
        ('22%', 1, 22, 'percent', 'price of Brent crude', 'decrease', 'year_on_year', None, Q2E, None),
        ('66.7 USD/bbl', 1, 66.7, 'USD', 'Brent in US dollar terms', None, None, None, Q2E, None),
        ('7%', 1, 7, 'percent', 'average exchange rate of the euro against the dollar', 'increase', 'quarter_on_quarter', 'approximately', Q2E, None),
        ('1 045 million barrels', 1, 1045e6, 'barrel', 'EU crude oil imports', None, None, None, Q2R, None),
        ('3%', 1, 3, 'percent', 'EU crude oil imports', 'decrease', 'year_on_year', None, Q2R, None),
        ('15%', 1, 15, 'percent', 'Norway share of EU crude oil imports', None, None, None, Q2R, None),
        ('14%', 1, 14, 'percent', 'United States share of EU crude oil imports', None, None, None, Q2R, None),
        ('12%', 1, 12, 'percent', 'Kazakhstan share of EU crude oil imports', None, None, None, Q2R, None),
        ('8%', 1, 8, 'percent', 'Libya share of EU crude oil imports', None, None, None, Q2R, None),
        ('7%', 2, 7, 'percent', 'Iraq share of EU crude oil imports', None, None, None, Q2R, None),
        ('half', 1, 0.5, 'fraction', 'share of EU crude imports provided by Norway, the United States, Kazakhstan, Libya and Iraq', None, None, 'more_than', Q2R, None),
        ('2.9%', 1, 2.9, 'percent', 'Russian crude share of EU crude imports', None, None, None, Q2R, None),
        ('9.8 million barrels per day', 1, 9.8e6, 'barrel per day', 'EU refinery throughput', None, None, None, INQ, None),
        ('0.3 mb/d', 1, 0.3e6, 'barrel per day', 'EU refinery throughput', 'increase', 'quarter_on_quarter', None, INQ, None),
        ('82%', 1, 82, 'percent', 'average refinery utilisation', None, None, None, INQ, None),
        ('1.58 EUR/litre', 1, 1.58, 'EUR', 'EU average price of diesel', None, None, None, Q2R, EC),
        ('4%', 1, 4, 'percent', 'EU average price of diesel', 'decrease', 'quarter_on_quarter', None, Q2R, EC),
        ('9%', 1, 9, 'percent', 'EU average price of diesel', 'decrease', 'year_on_year', None, Q2R, EC),
        ('1.67 EUR/litre', 1, 1.67, 'EUR', 'Euro-super 95 petrol', None, None, None, Q2R, EC),
        ('3%', 2, 3, 'percent', 'Euro-super 95 petrol', 'decrease', 'quarter_on_quarter', None, Q2R, EC),
        ('7%', 3, 7, 'percent', 'Euro-super 95 petrol', 'decrease', 'year_on_year', None, Q2R, EC),
        ('49%', 1, 49, 'percent', 'share of taxes and duties in the pump price of petrol', None, None, None, DURQ, EC),
        ('58%', 1, 58, 'percent', 'share of taxes and duties in the pump price of petrol', None, None, None, DURQ, EC),
        ('1.21 EUR/litre', 1, 1.21, 'EUR', 'diesel price in Malta', None, None, None, DURQ, EC),
        ('1.98 EUR/litre', 1, 1.98, 'EUR', 'diesel price in Denmark', None, None, None, DURQ, EC),
    ],
    'nbs_style_industry_retail.txt': [
        ('5.3 percent', 1, 5.3, 'percent', 'value added of industrial enterprises above designated size', 'increase', 'year_on_year', None, AUGI, NBS),
        ('0.4 percentage points', 1, 0.4, 'percentage_point', 'growth rate of the value added of industrial enterprises above designated size', 'decrease', 'month_on_month', None, AUGI, NBS),
        ('0.37 percent', 1, 0.37, 'percent', 'value added of industrial enterprises above designated size', 'increase', 'month_on_month', None, AUGI, NBS),
        ('6.1 percent', 1, 6.1, 'percent', 'value added of industrial enterprises above designated size', 'increase', 'year_on_year', None, JA, NBS),
        ('5.1 percent', 1, 5.1, 'percent', 'value added of mining', 'increase', 'year_on_year', None, AUGI, NBS),
        ('5.7 percent', 1, 5.7, 'percent', 'value added of manufacturing', 'increase', 'year_on_year', None, AUGI, NBS),
        ('2.4 percent', 1, 2.4, 'percent', 'value added of the production and supply of electricity, heat, gas and water', 'increase', 'year_on_year', None, AUGI, NBS),
        ('31', 1, 31, 'count', 'major industrial divisions posting year-on-year growth in value added', None, None, None, AUGI, NBS),
        ('22.5 percent', 1, 22.5, 'percent', 'output of new energy vehicles', 'increase', 'year_on_year', None, AUGI, NBS),
        ('6.2 percent', 1, 6.2, 'percent', 'output of cement', 'decrease', 'year_on_year', None, AUGI, NBS),
        ('3,866.8 billion yuan', 1, 3866.8e9, 'CNY', 'total retail sales of consumer goods', None, None, None, AUGI, NBS),
        ('3.6 percent', 1, 3.6, 'percent', 'total retail sales of consumer goods', 'increase', 'year_on_year', None, AUGI, NBS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'growth rate of total retail sales of consumer goods', 'decrease', 'month_on_month', None, AUGI, NBS),
        ('3,472.5 billion yuan', 1, 3472.5e9, 'CNY', 'retail sales of consumer goods excluding automobiles', None, None, None, AUGI, NBS),
        ('3.9 percent', 1, 3.9, 'percent', 'retail sales of consumer goods excluding automobiles', 'increase', 'year_on_year', None, AUGI, NBS),
        ('0.12 percent', 1, 0.12, 'percent', 'total retail sales', 'increase', 'month_on_month', None, AUGI, NBS),
        ('32,372.4 billion yuan', 1, 32372.4e9, 'CNY', 'total retail sales of consumer goods', None, None, None, JA, NBS),
        ('4.7 percent', 1, 4.7, 'percent', 'total retail sales of consumer goods', 'increase', 'year_on_year', None, JA, NBS),
        ('28,091.3 billion yuan', 1, 28091.3e9, 'CNY', 'retail sales in urban areas', None, None, None, JA, NBS),
        ('4.5 percent', 1, 4.5, 'percent', 'retail sales in urban areas', 'increase', 'year_on_year', None, JA, NBS),
        ('4,281.1 billion yuan', 1, 4281.1e9, 'CNY', 'retail sales in rural areas', None, None, None, JA, NBS),
        ('5.6 percent', 1, 5.6, 'percent', 'retail sales in rural areas', 'increase', 'year_on_year', None, JA, NBS),
        ('14.6 percent', 1, 14.6, 'percent', 'retail sales of household appliances and audio-video equipment', 'increase', 'year_on_year', None, AUGI, NBS),
        ('7.3 percent', 1, 7.3, 'percent', 'retail sales of communication equipment', 'increase', 'year_on_year', None, AUGI, NBS),
        ('2.8 percent', 1, 2.8, 'percent', 'retail sales of petroleum and related products', 'decrease', 'year_on_year', None, AUGI, NBS),
        ('6.4 percent', 1, 6.4, 'percent', 'online retail sales of physical goods', 'increase', 'year_on_year', None, JA, NBS),
        ('a quarter', 1, 0.25, 'fraction', 'online retail sales of physical goods share of total retail sales of consumer goods', None, None, 'approximately', JA, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
