# ruff: noqa: E501, RUF001
"""Write corpus/annotated_90/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_90.py corpus/annotated_90
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
DOS = "Department of Statistics"
TDB = "Trade Development Board"
DCS = "Department of Census and Statistics"
CBSL = "Central Bank of Sri Lanka"
COST = "Costco"
SA = "StreetAccount"
DESTATIS = "Federal Statistical Office"
BBG = "Bloomberg"
SOSR = "Statistical Office of the Slovak Republic"
TE = "Trading Economics"
WGC = "World Gold Council"
FED = "Federal Reserve"
RBI = "Reserve Bank of India"
MACQ = "Macquarie"
ENTSOE = "European Network of Transmission System Operators for Electricity"
EC = "European Commission"
NBS = "National Bureau of Statistics"
MOFCOM = "Ministry of Commerce"

# 9001 ONS Index of Production (ref Friday 2025-12-12)
O25 = per("in October 2025", 2025, 10)
OSEP = per("in September", 2025, 9)
TMO = P("In the three months to October 2025", "2025-08-01", "2025-10-31")
SAMEP = P("Over the same period", "2025-08-01", "2025-10-31")
AUG25 = per("for August 2025", 2025, 8)
# 9002 Reuters 1987 (ref Wednesday 1987-05-27)
APR = per("in April", 1987, 4)
MONTH = per("in the month", 1987, 4)
YE86 = per("a year earlier", 1986, 4)
F4 = P("In the first four months of 1987", "1987-01-01", "1987-04-30")
# 9003 Reuters 2025 (ref Tuesday 2025-09-30)
SEP = per("in September", 2025, 9)
AUG = per("in August", 2025, 8)
# 9004 CNBC (ref Wednesday 2025-12-03)
FW = P("for the four weeks ended Nov. 30", "2025-11-03", "2025-11-30")
INP = P("in the period", "2025-11-03", "2025-11-30")
CNOV = P("in November", "2025-11-03", "2025-11-30")
F13 = P("For the first 13 weeks of its fiscal year", "2025-09-01", "2025-11-30")
WED = P("on Wednesday", "2025-12-03", "2025-12-03")
# 9005 MT Newswires (ref Monday 2025-12-08)
GOCT = per("in October", 2025, 10)
# 9006 Trading Economics (ref Monday 2025-12-15)
N25 = per("in November 2025", 2025, 11)
TOCT = per("in October", 2025, 10)
TNOV = per("in November", 2025, 11)
# 9007 Investing.com (ref Thursday 2025-10-30)
ET = P("By 09:40 ET", None, None)
TQ = Q("in the third quarter", 2025, 3)
INQ = Q("in the quarter", 2025, 3)
# 9008 Business Standard (ref Wednesday 2025-11-26)
BOCT = per("in October", 2025, 10)
EOCT = P("at the end of October", "2025-10-31", "2025-10-31")
# 9009 DG ENER (ref Wednesday 2026-04-15)
IN25 = Y("In 2025", 2025)
DY = Y("during the year", 2025)
E25 = P("At the end of 2025", "2025-12-31", "2025-12-31")
# 9010 NBS (ref Friday 2025-11-14)
JO = P("from January to October 2025", "2025-01-01", "2025-10-31")
NOCT = per("In October", 2025, 10)
AO31 = P("as of October 31", "2025-10-31", "2025-10-31")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_manufacturing_output_by_industry.txt': [
        ('1.3%', 1, 1.3, 'percent', 'manufacturing output', 'decrease', 'month_on_month', None, O25, None),
        ('0.5%', 1, 0.5, 'percent', 'manufacturing output', 'increase', 'month_on_month', None, OSEP, None),
        ('0.2%', 1, 0.2, 'percent', 'manufacturing output', None, 'month_on_month', None, OSEP, None),
        ('9.4%', 1, 9.4, 'percent', 'manufacture of motor vehicles, trailers and semi-trailers', 'decrease', 'month_on_month', None, None, None),
        ('0.47 percentage points', 1, 0.47, 'percentage_point', 'motor vehicles, trailers and semi-trailers contribution to manufacturing growth', 'decrease', None, None, None, None),
        ('0.8%', 1, 0.8, 'percent', 'manufacturing output', 'decrease', 'period_on_period', None, TMO, ONS),
        ('8', 1, 8, 'count', 'manufacturing subsectors with falls', None, None, None, TMO, ONS),
        ('0.38 percentage points', 1, 0.38, 'percentage_point', 'downward contribution of motor vehicles, trailers and semi-trailers', 'decrease', None, None, TMO, ONS),
        ('0.12 percentage points', 1, 0.12, 'percentage_point', 'downward contribution of basic metals and metal products', 'decrease', None, None, TMO, ONS),
        ('0.07 percentage points', 1, 0.07, 'percentage_point', 'downward contribution of computer, electronic and optical products', 'decrease', None, None, TMO, ONS),
        ('5.2%', 1, 5.2, 'percent', 'pharmaceutical products and preparations', 'increase', 'period_on_period', None, SAMEP, ONS),
        ('0.31 percentage points', 1, 0.31, 'percentage_point', 'contribution of pharmaceutical products and preparations', 'increase', None, None, SAMEP, ONS),
        ('1.1%', 1, 1.1, 'percent', 'chemicals and chemical products', 'increase', 'period_on_period', None, SAMEP, ONS),
        ('0.4%', 1, 0.4, 'percent', 'food products, beverages and tobacco', 'increase', 'period_on_period', None, SAMEP, ONS),
        ('2.1%', 1, 2.1, 'percent', 'manufacturing output', 'decrease', 'year_on_year', None, O25, ONS),
        ('6.8%', 1, 6.8, 'percent', 'basic metals and metal products', 'decrease', 'year_on_year', None, O25, ONS),
        ('11.9%', 1, 11.9, 'percent', 'pharmaceutical products', 'increase', 'year_on_year', None, O25, ONS),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'manufacturing growth revision', 'decrease', None, None, AUG25, ONS),
        ('0.9%', 1, 0.9, 'percent', 'manufacturing growth', 'decrease', None, None, AUG25, ONS),
        ('5,000', 1, 5000, 'count', 'manufacturers sampled by the Monthly Business Survey', None, None, 'approximately', None, ONS),
    ],
    'wire_1987_singapore_trade.txt': [
        ('412 MLN DLRS', 1, 412e6, 'SGD', 'Singapore trade deficit', 'decrease', None, None, per('IN APRIL', 1987, 4), None),
        ('412 mln Singapore dlrs', 1, 412e6, 'SGD', "Singapore's trade deficit", 'decrease', None, None, APR, DOS),
        ('655 mln', 1, 655e6, 'SGD', "Singapore's trade deficit", None, None, None, per('in March', 1987, 3), DOS),
        ('538 mln', 1, 538e6, 'SGD', "Singapore's trade deficit", None, None, None, per('in April 1986', 1986, 4), DOS),
        ('14.8 pct', 1, 14.8, 'percent', 'total trade', 'increase', 'year_on_year', None, APR, DOS),
        ('7.31 billion dlrs', 1, 7.31e9, 'SGD', 'total trade', 'increase', None, None, APR, DOS),
        ('19.6 pct', 1, 19.6, 'percent', 'exports', 'increase', 'year_on_year', None, APR, DOS),
        ('3.45 billion', 1, 3.45e9, 'SGD', 'exports', 'increase', None, None, APR, DOS),
        ('10.7 pct', 1, 10.7, 'percent', 'imports', 'increase', 'year_on_year', None, APR, DOS),
        ('3.86 billion', 1, 3.86e9, 'SGD', 'imports', 'increase', None, None, APR, DOS),
        ('21.3 pct', 1, 21.3, 'percent', 'domestic exports', 'increase', None, None, MONTH, DOS),
        ('2.07 billion dlrs', 1, 2.07e9, 'SGD', 'domestic exports', 'increase', None, None, MONTH, DOS),
        ('16.9 pct', 1, 16.9, 'percent', 're-exports', 'increase', None, None, MONTH, DOS),
        ('1.38 billion', 1, 1.38e9, 'SGD', 're-exports', 'increase', None, None, MONTH, DOS),
        ('4.1 pct', 1, 4.1, 'percent', 'oil re-exports', 'decrease', None, None, MONTH, DOS),
        ('186 mln dlrs', 1, 186e6, 'SGD', 'oil re-exports', 'decrease', None, None, MONTH, DOS),
        ('924 mln dlrs', 1, 924e6, 'SGD', 'domestic oil exports', 'increase', None, None, APR, DOS),
        ('803 mln', 1, 803e6, 'SGD', 'domestic oil exports', None, None, None, YE86, DOS),
        ('1.15 billion dlrs', 1, 1.15e9, 'SGD', 'non-oil domestic exports', None, None, None, APR, DOS),
        ('949 mln', 1, 949e6, 'SGD', 'non-oil domestic exports', None, None, None, YE86, DOS),
        ('1.84 billion dlrs', 1, 1.84e9, 'SGD', 'trade deficit', None, None, None, F4, DOS),
        ('2.26 billion', 1, 2.26e9, 'SGD', 'trade deficit', None, None, None, P('in the same period last year', '1986-01-01', '1986-04-30'), DOS),
        ('24.2 pct', 1, 24.2, 'percent', 'United States share of domestic exports', None, None, None, APR, DOS),
        ('14.6 pct', 1, 14.6, 'percent', 'Malaysia share of domestic exports', None, None, None, APR, DOS),
        ('9.1 pct', 1, 9.1, 'percent', 'Japan share of domestic exports', None, None, None, APR, DOS),
        ('eight', 1, 8, 'percent', 'total trade', 'increase', None, None, Y('in 1987', 1987), TDB),
        ('10 pct', 1, 10, 'percent', 'total trade', 'increase', None, None, Y('in 1987', 1987), TDB),
    ],
    'wire_2025_sri_lanka_inflation.txt': [
        ('1.5%', 1, 1.5, 'percent', "Sri Lanka's key consumer price index", 'increase', 'year_on_year', None, SEP, DCS),
        ('0.3%', 1, 0.3, 'percent', "Sri Lanka's key consumer price index", 'decrease', 'year_on_year', None, AUG, DCS),
        ('0.9%', 1, 0.9, 'percent', 'inflation', None, 'year_on_year', None, SEP, 'Reuters'),
        ('2.8%', 1, 2.8, 'percent', 'food inflation in the Colombo Consumer Price Index', 'increase', 'year_on_year', None, SEP, DCS),
        ('0.6%', 1, 0.6, 'percent', 'food inflation in the Colombo Consumer Price Index', None, 'year_on_year', None, AUG, DCS),
        ('0.9%', 2, 0.9, 'percent', 'non-food prices', 'increase', 'year_on_year', None, SEP, DCS),
        ('0.8%', 1, 0.8, 'percent', 'non-food prices', 'decrease', 'year_on_year', None, per('the previous month', 2025, 8), DCS),
        ('0.6%', 2, 0.6, 'percent', 'CCPI', 'increase', 'month_on_month', None, SEP, DCS),
        ('1.4%', 1, 1.4, 'percent', 'food prices', 'increase', 'month_on_month', None, SEP, DCS),
        ('9.2%', 1, 9.2, 'percent', 'prices of vegetables', 'increase', 'month_on_month', None, SEP, DCS),
        ('18.5%', 1, 18.5, 'percent', 'prices of coconuts', 'increase', 'month_on_month', None, SEP, DCS),
        ('-0.4%', 1, -0.4, 'percent', 'annual inflation measured by the National Consumer Price Index', 'decrease', 'year_on_year', None, AUG, DCS),
        ('5%', 1, 5, 'percent', 'inflation target', None, None, None, None, CBSL),
        ('7.75%', 1, 7.75, 'percent', 'overnight policy rate', None, None, None, P('last week', '2025-09-22', '2025-09-28'), CBSL),
        ('4%', 1, 4, 'percent', 'inflation', 'increase', None, 'approximately', Q('in the fourth quarter of 2025', 2025, 4), CBSL),
        ('301.85', 1, 301.85, 'LKR', 'rupee', None, None, None, P('on Tuesday', '2025-09-30', '2025-09-30'), DCS),
    ],
    'cnbc_style_costco_monthly_sales.txt': [
        ('6.4%', 1, 6.4, 'percent', 'Costco comparable sales', 'increase', None, None, P('November', '2025-11-03', '2025-11-30'), None),
        ('$26.12 billion', 1, 26.12e9, 'USD', 'net sales', None, None, None, FW, COST),
        ('8.2%', 1, 8.2, 'percent', 'net sales', 'increase', 'year_on_year', None, FW, COST),
        ('$24.14 billion', 1, 24.14e9, 'USD', 'net sales', None, None, None, P('a year earlier', '2024-11-04', '2024-12-01'), COST),
        ('6.4%', 2, 6.4, 'percent', 'comparable sales', 'increase', None, None, INP, COST),
        ('6.9%', 1, 6.9, 'percent', 'comparable sales excluding gasoline prices and foreign exchange', 'increase', None, None, INP, COST),
        ('6.1%', 1, 6.1, 'percent', 'comparable sales excluding gasoline prices and foreign exchange', None, None, None, INP, SA),
        ('5.8%', 1, 5.8, 'percent', 'U.S. comparable sales', 'increase', None, None, CNOV, COST),
        ('6.3%', 1, 6.3, 'percent', 'U.S. comparable sales excluding gas and FX', 'increase', None, None, CNOV, COST),
        ('7.9%', 1, 7.9, 'percent', 'comparable sales in Canada', 'increase', None, None, CNOV, COST),
        ('8.6%', 1, 8.6, 'percent', 'comparable sales in other international markets', 'increase', None, None, CNOV, COST),
        ('8.4%', 1, 8.4, 'percent', 'adjusted comparable sales in Canada', 'increase', None, None, CNOV, COST),
        ('9.1%', 1, 9.1, 'percent', 'adjusted comparable sales in other international markets', 'increase', None, None, CNOV, COST),
        ('20.3%', 1, 20.3, 'percent', 'digitally enabled comparable sales', 'increase', None, None, None, COST),
        ('20.5%', 1, 20.5, 'percent', 'digitally enabled comparable sales adjusted for currency', 'increase', None, None, None, COST),
        ('3.1%', 1, 3.1, 'percent', 'shopper traffic worldwide', 'increase', None, None, None, COST),
        ('2.6%', 1, 2.6, 'percent', 'shopper traffic in the U.S.', 'increase', None, None, None, COST),
        ('$67.31 billion', 1, 67.31e9, 'USD', 'net sales', None, None, None, F13, COST),
        ('8.4%', 2, 8.4, 'percent', 'net sales', 'increase', 'year_on_year', None, F13, COST),
        ('$62.09 billion', 1, 62.09e9, 'USD', 'net sales', None, None, None, P('in the same period last year', '2024-09-02', '2024-12-01'), COST),
        ('1%', 1, 1, 'percent', 'Costco shares', 'increase', None, 'approximately', WED, COST),
        ('4%', 1, 4, 'percent', 'Costco stock', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-12-03'), COST),
    ],
    'mt_newswires_germany_trade_balance.txt': [
        ('16.9 billion euros', 1, 16.9e9, 'EUR', "Germany's trade surplus", 'increase', None, None, GOCT, DESTATIS),
        ('$19.7 billion', 1, 19.7e9, 'USD', "Germany's trade surplus", 'increase', None, None, GOCT, DESTATIS),
        ('15.3 billion euros', 1, 15.3e9, 'EUR', "Germany's trade surplus", None, None, None, per('in September', 2025, 9), DESTATIS),
        ('15.8 billion euros', 1, 15.8e9, 'EUR', 'trade surplus', None, None, None, GOCT, BBG),
        ('1.6%', 1, 1.6, 'percent', 'calendar and seasonally adjusted exports', 'increase', 'month_on_month', None, GOCT, DESTATIS),
        ('131.4 billion euros', 1, 131.4e9, 'EUR', 'calendar and seasonally adjusted exports', 'increase', None, None, GOCT, DESTATIS),
        ('0.3%', 1, 0.3, 'percent', 'imports', 'increase', 'month_on_month', None, GOCT, DESTATIS),
        ('114.5 billion euros', 1, 114.5e9, 'EUR', 'imports', 'increase', None, None, GOCT, DESTATIS),
        ('0.5%', 1, 0.5, 'percent', 'exports', 'increase', 'month_on_month', None, GOCT, None),
        ('0.7%', 1, 0.7, 'percent', 'exports', 'decrease', 'year_on_year', None, per('In October 2025', 2025, 10), DESTATIS),
        ('2.4%', 1, 2.4, 'percent', 'imports', 'increase', 'year_on_year', None, per('In October 2025', 2025, 10), DESTATIS),
        ('8.2%', 1, 8.2, 'percent', 'exports to the United States', 'increase', 'month_on_month', None, GOCT, DESTATIS),
        ('12.3 billion euros', 1, 12.3e9, 'EUR', 'exports to the United States', 'increase', None, None, GOCT, DESTATIS),
        ('3.5%', 1, 3.5, 'percent', 'exports to China', 'decrease', 'month_on_month', None, GOCT, DESTATIS),
        ('6.6 billion euros', 1, 6.6e9, 'EUR', 'exports to China', 'decrease', None, None, GOCT, DESTATIS),
        ('2.1%', 1, 2.1, 'percent', 'shipments to other EU member states', 'increase', 'month_on_month', None, GOCT, DESTATIS),
        ('72.8 billion euros', 1, 72.8e9, 'EUR', 'shipments to other EU member states', 'increase', None, None, GOCT, DESTATIS),
        ('0.9%', 1, 0.9, 'percent', 'shipments to non-EU countries', 'increase', 'month_on_month', None, GOCT, DESTATIS),
        ('58.6 billion euros', 1, 58.6e9, 'EUR', 'shipments to non-EU countries', 'increase', None, None, GOCT, DESTATIS),
        ('4.0%', 1, 4.0, 'percent', 'imports from China', 'increase', 'month_on_month', None, GOCT, DESTATIS),
        ('14.2 billion euros', 1, 14.2e9, 'EUR', 'imports from China', 'increase', None, None, GOCT, DESTATIS),
        ('1.2%', 1, 1.2, 'percent', 'imports from the US', 'increase', 'month_on_month', None, GOCT, DESTATIS),
        ('8.1 billion euros', 1, 8.1e9, 'EUR', 'imports from the US', 'increase', None, None, GOCT, DESTATIS),
        ('135.0 billion euros', 1, 135.0e9, 'EUR', 'exports before calendar and seasonal adjustment', None, None, None, GOCT, DESTATIS),
        ('117.6 billion euros', 1, 117.6e9, 'EUR', 'imports before calendar and seasonal adjustment', None, None, None, GOCT, DESTATIS),
    ],
    'trading_economics_style_slovakia_inflation.txt': [
        ('4.4%', 1, 4.4, 'percent', 'annual inflation rate in Slovakia', 'increase', 'year_on_year', None, N25, SOSR),
        ('4.3%', 1, 4.3, 'percent', 'annual inflation rate in Slovakia', None, 'year_on_year', None, TOCT, SOSR),
        ('5.9%', 1, 5.9, 'percent', 'prices of food and non-alcoholic beverages', 'increase', 'year_on_year', None, N25, SOSR),
        ('5.1%', 1, 5.1, 'percent', 'prices of food and non-alcoholic beverages', None, 'year_on_year', None, TOCT, SOSR),
        ('6.8%', 1, 6.8, 'percent', 'prices of restaurants and hotels', 'increase', 'year_on_year', None, N25, SOSR),
        ('6.5%', 1, 6.5, 'percent', 'prices of restaurants and hotels', None, 'year_on_year', None, TOCT, SOSR),
        ('3.7%', 1, 3.7, 'percent', 'housing and utilities costs', 'decrease', 'year_on_year', None, N25, SOSR),
        ('4.0%', 1, 4.0, 'percent', 'housing and utilities costs', None, 'year_on_year', None, TOCT, SOSR),
        ('0.6%', 1, 0.6, 'percent', 'transport prices', 'decrease', 'year_on_year', None, N25, SOSR),
        ('0.2%', 1, 0.2, 'percent', 'transport prices', 'decrease', 'year_on_year', None, per('in the previous month', 2025, 10), SOSR),
        ('4.6%', 1, 4.6, 'percent', 'annual core inflation rate', 'decrease', 'year_on_year', None, TNOV, SOSR),
        ('4.8%', 1, 4.8, 'percent', 'annual core inflation rate', None, 'year_on_year', None, TOCT, SOSR),
        ('0.3%', 1, 0.3, 'percent', 'consumer prices', 'increase', 'month_on_month', None, TNOV, SOSR),
        ('0.4%', 1, 0.4, 'percent', 'consumer prices', 'increase', 'month_on_month', None, per('in the prior month', 2025, 10), SOSR),
        ('4.71 percent', 1, 4.71, 'percent', 'Inflation Rate in Slovakia average', None, None, None, P('from 1997 until 2025', '1997-01-01', '2025-12-31'), SOSR),
        ('16.70 percent', 1, 16.70, 'percent', 'Inflation Rate in Slovakia all time high', None, None, None, per('in January 2000', 2000, 1), SOSR),
        ('-1.10 percent', 1, -1.10, 'percent', 'Inflation Rate in Slovakia record low', 'decrease', None, None, per('in March 2015', 2015, 3), SOSR),
        ('4.20 percent', 1, 4.20, 'percent', 'Inflation Rate in Slovakia', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('3.10 percent', 1, 3.10, 'percent', 'Slovakia Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('2.50 percent', 1, 2.50, 'percent', 'Slovakia Inflation Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_gold_central_bank_buying_wgc.txt': [
        ('0.6%', 1, 0.6, 'percent', 'spot gold', 'increase', None, None, ET, None),
        ('$3,987.20', 1, 3987.20, 'USD', 'spot gold', 'increase', None, None, ET, None),
        ('0.4%', 1, 0.4, 'percent', 'gold futures for December delivery', 'increase', None, None, ET, None),
        ('$4,002.10', 1, 4002.10, 'USD', 'gold futures for December delivery', 'increase', None, None, ET, None),
        ('$4,381.50', 1, 4381.50, 'USD', 'gold record high', None, None, None, P('on Oct. 20', '2025-10-20', '2025-10-20'), None),
        ('52%', 1, 52, 'percent', 'gold', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-10-30'), None),
        ('25 basis points', 1, 25, 'basis_point', 'Federal Reserve target range', 'decrease', None, None, P('on Wednesday', '2025-10-29', '2025-10-29'), FED),
        ('3.75%', 1, 3.75, 'percent', 'Federal Reserve target range', 'decrease', None, None, P('on Wednesday', '2025-10-29', '2025-10-29'), FED),
        ('4.00%', 1, 4.00, 'percent', 'Federal Reserve target range', 'decrease', None, None, P('on Wednesday', '2025-10-29', '2025-10-29'), FED),
        ('220 tonnes', 1, 220, 'tonne', 'net gold purchases by central banks', None, None, None, TQ, WGC),
        ('10%', 1, 10, 'percent', 'net gold purchases by central banks', 'increase', 'quarter_on_quarter', None, TQ, WGC),
        ('28%', 1, 28, 'percent', 'net gold purchases by central banks', 'increase', 'year_on_year', None, TQ, WGC),
        ('634 tonnes', 1, 634, 'tonne', 'central bank gold purchases', None, None, None, P('in the first nine months of 2025', '2025-01-01', '2025-09-30'), WGC),
        ('724 tonnes', 1, 724, 'tonne', 'central bank gold purchases', None, None, None, P('in the same period of 2024', '2024-01-01', '2024-09-30'), WGC),
        ('18 tonnes', 1, 18, 'tonne', 'gold purchases by the National Bank of Kazakhstan', None, None, None, None, WGC),
        ('15 tonnes', 1, 15, 'tonne', 'gold purchases by the Central Bank of Brazil', None, None, None, None, WGC),
        ('8 tonnes', 1, 8, 'tonne', "gold purchases by the People's Bank of China", None, None, None, None, WGC),
        ('222 tonnes', 1, 222, 'tonne', 'global gold ETF holdings', 'increase', None, None, INQ, WGC),
        ('3,838 tonnes', 1, 3838, 'tonne', 'global gold ETF holdings', 'increase', None, None, INQ, WGC),
        ('half', 1, 0.5, 'fraction', 'North American funds share of the inflows', None, None, 'more_than', INQ, WGC),
        ('3%', 1, 3, 'percent', 'total demand including over-the-counter investment', 'increase', 'year_on_year', None, INQ, WGC),
        ('1,313 tonnes', 1, 1313, 'tonne', 'total demand including over-the-counter investment', 'increase', None, None, INQ, WGC),
        ('44%', 1, 44, 'percent', 'value of total demand', 'increase', 'year_on_year', None, INQ, WGC),
        ('$146 billion', 1, 146e9, 'USD', 'value of total demand', 'increase', None, None, INQ, WGC),
        ('$3,456.54', 1, 3456.54, 'USD', 'average LBMA gold price', None, None, None, INQ, WGC),
        ('40%', 1, 40, 'percent', 'average LBMA gold price', 'increase', 'year_on_year', None, INQ, WGC),
        ('6%', 1, 6, 'percent', 'average LBMA gold price', 'increase', 'quarter_on_quarter', None, INQ, WGC),
        ('750', 1, 750, 'tonne', 'central bank purchases', None, None, None, Y('for the full year', 2025), WGC),
        ('900 tonnes', 1, 900, 'tonne', 'central bank purchases', None, None, None, Y('for the full year', 2025), WGC),
    ],
    'business_standard_style_credit_card_spends.txt': [
        ('₹2.02 trn', 1, 2.02e12, 'INR', 'credit card spends', None, None, None, per('in Oct', 2025, 10), None),
        ('11.3 crore', 1, 113e6, 'count', 'credit cards', None, None, 'more_than', per('in Oct', 2025, 10), None),
        ('23.9 per cent', 1, 23.9, 'percent', 'spends on credit cards', 'increase', 'year_on_year', None, BOCT, RBI),
        ('₹2.02 trillion', 1, 2.02e12, 'INR', 'spends on credit cards', 'increase', None, None, BOCT, RBI),
        ('₹1.63 trillion', 1, 1.63e12, 'INR', 'spends on credit cards', None, None, None, per('in the same month last year', 2024, 10), RBI),
        ('14.1 per cent', 1, 14.1, 'percent', 'credit card spending', 'increase', 'month_on_month', None, BOCT, RBI),
        ('₹1.77 trillion', 1, 1.77e12, 'INR', 'credit card spending', None, None, None, per('in September', 2025, 9), RBI),
        ('₹74,350 crore', 1, 7.435e11, 'INR', 'point-of-sale (PoS) transactions', None, None, None, per("October's", 2025, 10), RBI),
        ('₹1.28 trillion', 1, 1.28e12, 'INR', 'e-commerce payments', None, None, None, per("October's", 2025, 10), RBI),
        ('11.34 crore', 1, 113.4e6, 'count', 'credit cards outstanding', 'increase', None, None, EOCT, RBI),
        ('11.21 crore', 1, 112.1e6, 'count', 'credit cards outstanding', None, None, None, P('a month earlier', '2025-09-30', '2025-09-30'), RBI),
        ('13 lakh cards', 1, 1.3e6, 'count', 'credit cards added by banks', 'increase', 'month_on_month', None, EOCT, RBI),
        ('2.52 crore cards', 1, 25.2e6, 'count', 'HDFC Bank credit cards outstanding', None, None, None, EOCT, RBI),
        ('2.15 crore', 1, 21.5e6, 'count', 'SBI Card credit cards outstanding', None, None, None, EOCT, RBI),
        ('1.91 crore', 1, 19.1e6, 'count', 'ICICI Bank credit cards outstanding', None, None, None, EOCT, RBI),
        ('₹45,210 crore', 1, 4.521e11, 'INR', 'card spends at HDFC Bank', None, None, None, BOCT, RBI),
        ('₹34,860 crore', 1, 3.486e11, 'INR', 'card spends at ICICI Bank', None, None, None, BOCT, RBI),
        ('11.2 per cent', 1, 11.2, 'percent', 'debit card spends', 'decrease', 'year_on_year', None, BOCT, RBI),
        ('₹39,870 crore', 1, 3.987e11, 'INR', 'debit card spends', 'decrease', None, None, BOCT, RBI),
        ('99.6 crore', 1, 996e6, 'count', 'debit cards in circulation', None, None, 'approximately', BOCT, RBI),
        ('15', 1, 15, 'percent', 'credit card spends', 'increase', None, None, P('in FY26', '2025-04-01', '2026-03-31'), MACQ),
        ('18 per cent', 1, 18, 'percent', 'credit card spends', 'increase', None, None, P('in FY26', '2025-04-01', '2026-03-31'), MACQ),
        ('11.4 per cent', 1, 11.4, 'percent', 'credit card spends', None, None, None, P('in FY25', '2024-04-01', '2025-03-31'), MACQ),
    ],
    'eu_energy_style_power_grid_investment.txt': [
        ('EUR 72 bn', 1, 72e9, 'EUR', 'investment in EU electricity transmission and distribution networks', None, None, None, IN25, None),
        ('14%', 1, 14, 'percent', 'investment in EU electricity transmission and distribution networks', 'increase', 'year_on_year', None, IN25, None),
        ('two thirds', 1, 0.6667, 'fraction', 'distribution grids share of network investment', None, None, 'approximately', IN25, None),
        ('4,300 km', 1, 4300, 'kilometre', 'new or upgraded high-voltage lines commissioned', 'increase', None, 'approximately', DY, None),
        ('3,600 km', 1, 3600, 'kilometre', 'new or upgraded high-voltage lines commissioned', None, None, None, Y('in 2024', 2024), None),
        ('5', 1, 5, 'percent', 'network tariffs for household consumers', 'increase', None, None, DY, None),
        ('9%', 1, 9, 'percent', 'network tariffs for household consumers', 'increase', None, None, DY, None),
        ('EUR 21.4 bn', 1, 21.4e9, 'EUR', 'network spending in Germany', None, None, None, Y('in 2025', 2025), ENTSOE),
        ('EUR 9.8 bn', 1, 9.8e9, 'EUR', 'network spending in France', None, None, None, Y('in 2025', 2025), ENTSOE),
        ('EUR 6.1 bn', 1, 6.1e9, 'EUR', 'network spending in Italy', None, None, None, Y('in 2025', 2025), ENTSOE),
        ('18%', 1, 18, 'percent', 'grid investment in Spain', 'increase', 'year_on_year', None, Y('in 2025', 2025), ENTSOE),
        ('23%', 1, 23, 'percent', 'grid investment in the Netherlands', 'increase', 'year_on_year', None, Y('in 2025', 2025), ENTSOE),
        ('11%', 1, 11, 'percent', 'grid investment in Poland', 'increase', 'year_on_year', None, Y('in 2025', 2025), ENTSOE),
        ('1,700 GW', 1, 1700, 'gigawatt', 'generation and storage projects waiting for a grid connection', None, None, 'more_than', E25, ENTSOE),
        ('500 GW', 1, 500, 'gigawatt', 'battery storage projects waiting for a grid connection', None, None, 'approximately', E25, ENTSOE),
        ('348 GW', 1, 348, 'gigawatt', 'connection queue in Italy', None, None, None, E25, ENTSOE),
        ('290 GW', 1, 290, 'gigawatt', 'connection queue in Germany', None, None, None, E25, ENTSOE),
        ('226 GW', 1, 226, 'gigawatt', 'connection queue in Spain', None, None, None, E25, ENTSOE),
        ('8,000 companies', 1, 8000, 'count', 'companies waiting for an offtake connection in the Netherlands', None, None, 'approximately', E25, ENTSOE),
        ('EUR 584 bn', 1, 584e9, 'EUR', 'investment needed in electricity grids', None, None, None, P('between 2020 and 2030', '2020-01-01', '2030-12-31'), EC),
    ],
    'nbs_style_appliance_trade_in_sales.txt': [
        ('1,061.8 billion yuan', 1, 1061.8e9, 'CNY', 'retail sales of household appliances and audio-visual equipment', None, None, None, JO, NBS),
        ('18.7 percent', 1, 18.7, 'percent', 'retail sales of household appliances and audio-visual equipment', 'increase', 'year_on_year', None, JO, NBS),
        ('582.4 billion yuan', 1, 582.4e9, 'CNY', 'retail sales of communication equipment', None, None, None, JO, NBS),
        ('21.3 percent', 1, 21.3, 'percent', 'retail sales of communication equipment', 'increase', 'year_on_year', None, JO, NBS),
        ('14.5 percent', 1, 14.5, 'percent', 'retail sales of cultural and office supplies', 'increase', 'year_on_year', None, JO, NBS),
        ('19.8 percent', 1, 19.8, 'percent', 'retail sales of furniture', 'increase', 'year_on_year', None, JO, NBS),
        ('14.6 percent', 1, 14.6, 'percent', 'retail sales of household appliances and audio-visual equipment', 'decrease', 'year_on_year', None, NOCT, NBS),
        ('4.2 percent', 1, 4.2, 'percent', 'retail sales of communication equipment', 'increase', 'year_on_year', None, NOCT, NBS),
        ('4,629.1 billion yuan', 1, 4629.1e9, 'CNY', 'total retail sales of consumer goods', None, None, None, per('in October', 2025, 10), NBS),
        ('2.9 percent', 1, 2.9, 'percent', 'total retail sales of consumer goods', 'increase', 'year_on_year', None, per('in October', 2025, 10), NBS),
        ('2.3 trillion yuan', 1, 2.3e12, 'CNY', 'sales driven by the consumer goods trade-in programme', None, None, 'more_than', AO31, MOFCOM),
        ('124 million units', 1, 124e6, 'count', 'household appliances sold', None, None, 'approximately', AO31, MOFCOM),
        ('85.6 million consumers', 1, 85.6e6, 'count', 'consumers buying household appliances', None, None, None, AO31, MOFCOM),
        ('88.5 million consumers', 1, 88.5e6, 'count', 'consumers benefiting from subsidies for mobile phones, tablets and smart watches', None, None, None, AO31, MOFCOM),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
