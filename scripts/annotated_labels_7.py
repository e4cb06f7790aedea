# ruff: noqa: E501
"""Write corpus/annotated_7/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_7.py corpus/annotated_7
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
USDA = "U.S. Department of Agriculture"
MIC = "Ministry of Internal Affairs and Communications"
CAO = "Cabinet Office"
BOJ = "Bank of Japan"
MRT = "Mizuho Research & Technologies"
FED = "Federal Reserve"
NYFED = "Federal Reserve Bank of New York"
CME = "CME Group"
BLS = "U.S. Bureau of Labor Statistics"
TE = "Trading Economics"
AMFI = "Association of Mutual Funds in India"
MSTAR = "Morningstar Investment Research India"
EEA = "European Environment Agency"
ENTSOE = "ENTSO-E"
NBS = "National Bureau of Statistics"

# 701 ONS business investment (ref 2025-09-30)
Q2A = Q("in Quarter 2 (Apr to June) 2025", 2025, 2)
Q2B = Q("in Quarter 2 2025", 2025, 2)
PRECOVID = P("in Quarter 4 (Oct to Dec) 2019", "2019-10-01", "2025-06-30")
TMJ = P("In the three months to June 2025", "2025-04-01", "2025-06-30")
BQ12 = Q("Between Quarter 1 and Quarter 2 2025", 2025, 2)
AJ25 = Q("in April to June 2025", 2025, 2)
Q1R = Q("in Quarter 1 (Jan to Mar) 2025", 2025, 1)
SAMEQ = Q("for the same quarter", 2025, 1)
FQ2 = Q("for Quarter 2 2025", 2025, 2)
# 702 Reuters 1987 (ref 1987-04-14)
FEBH = per("IN FEBRUARY", 1987, 2)
FEB87 = per("in February", 1987, 2)
FEBW = per("February", 1987, 2)
FEBI = per("In February", 1987, 2)
FY87_5M = P("For the first five months of fiscal 1987", "1986-10-01", "1987-02-28")
# 703 Reuters 2025 (ref 2025-10-10)
AUG = per("in August", 2025, 8)
JUL = per("in July", 2025, 7)
AJQ = Q("in the April-June quarter", 2025, 2)
# 704 CNBC (ref 2025-10-07)
EOA = P("at the end of August", "2025-08-31", "2025-08-31")
# 705 MT Newswires (ref 2025-09-16)
LASTM = per("last month", 2025, 8)
# 706 Trading Economics (ref 2025-09-17)
JUL25 = per("in July 2025", 2025, 7)
JUN = per("in June", 2025, 6)
# 707 Investing.com (ref 2025-09-22)
GMT = P("by 02:15 ET", None, None)
LASTW = P("last week", "2025-09-15", "2025-09-21")
# 708 Business Standard (ref 2025-09-10)
FY26 = P("In the first five months of FY26 (April-August)", "2025-04-01", "2025-08-31")
# 709 DG ENER (ref 2025-10-15)
Q2E = Q("In the second quarter of 2025", 2025, 2)
INQ = Q("in the quarter", 2025, 2)
Q2W = Q("in the second quarter of 2025", 2025, 2)
Q2R = Q("in Q2 2025", 2025, 2)
# 710 NBS (ref 2025-10-20)
FTQA = P("in the first three quarters of 2025", "2025-01-01", "2025-09-30")
FTQ = P("In the first three quarters", "2025-01-01", "2025-09-30")
SEP = per("In September alone", 2025, 9)
EOS = P("At the end of September", "2025-09-30", "2025-09-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_business_investment.txt': [
        ('1.1%', 1, 1.1, 'percent', 'UK business investment', 'decrease', 'quarter_on_quarter', None, Q2A, None),
        ('1.5%', 1, 1.5, 'percent', 'UK business investment, first estimate', 'decrease', 'quarter_on_quarter', None, Q2A, None),
        ('2.8%', 1, 2.8, 'percent', 'business investment', 'increase', 'year_on_year', None, None, None),
        ('2.4%', 1, 2.4, 'percent', 'business investment', None, 'year_on_year', None, None, None),
        ('£67.9 billion', 1, 67.9e9, 'GBP', 'level of business investment', None, None, None, Q2B, None),
        ('4.6%', 1, 4.6, 'percent', 'business investment above its pre-coronavirus level', 'increase', None, None, PRECOVID, None),
        ('0.6%', 1, 0.6, 'percent', 'total gross fixed capital formation (GFCF)', 'decrease', None, None, Q2B, None),
        ('£124.3 billion', 1, 124.3e9, 'GBP', 'total gross fixed capital formation (GFCF)', 'decrease', None, None, Q2B, None),
        ('7.9%', 1, 7.9, 'percent', 'investment in transport equipment', 'decrease', 'quarter_on_quarter', None, TMJ, ONS),
        ('3.2%', 1, 3.2, 'percent', 'investment in information and communication technology (ICT) equipment and other machinery', 'decrease', 'quarter_on_quarter', None, TMJ, ONS),
        ('1.4%', 1, 1.4, 'percent', 'investment in intellectual property products', 'increase', 'quarter_on_quarter', None, BQ12, ONS),
        ('£22.6 billion', 1, 22.6e9, 'GBP', 'investment in intellectual property products', 'increase', None, None, BQ12, ONS),
        ('a third', 1, 0.3333, 'fraction', 'intellectual property products share of business investment', None, None, 'approximately', BQ12, ONS),
        ('0.9%', 1, 0.9, 'percent', 'investment in other buildings and structures', 'increase', 'quarter_on_quarter', None, BQ12, ONS),
        ('2.3%', 1, 2.3, 'percent', 'general government investment', 'increase', None, None, AJ25, ONS),
        ('0.4 per cent', 1, 0.4, 'percent', 'private sector dwellings investment', 'decrease', None, None, AJ25, ONS),
        ('£3.1 billion', 1, 3.1e9, 'GBP', 'investment by public corporations', None, None, None, AJ25, ONS),
        ('0.3 percentage points', 1, 0.3, 'percentage_point', 'business investment growth revision', 'decrease', None, None, Q1R, ONS),
        ('3.6%', 1, 3.6, 'percent', 'business investment growth', 'decrease', None, None, Q1R, ONS),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'GFCF growth revision', 'increase', None, None, SAMEQ, ONS),
        ('0.9%', 2, 0.9, 'percent', 'GFCF growth', 'increase', None, None, SAMEQ, ONS),
        ('27,000', 1, 27000, 'count', 'businesses sampled each quarter in the Quarterly Acquisitions and Disposals of Capital Assets Survey (QCAS)', None, None, 'approximately', None, ONS),
        ('71%', 1, 71, 'percent', 'QCAS response rate', None, None, None, FQ2, ONS),
    ],
    'wire_1987_us_farm_exports.txt': [
        ('NINE PCT', 1, 9, 'percent', 'U.S. farm exports', 'decrease', None, None, FEBH, None),
        ('nine pct', 1, 9, 'percent', 'U.S. agricultural exports', 'decrease', 'year_on_year', None, FEB87, USDA),
        ('1.98 billion dlrs', 1, 1.98e9, 'USD', 'U.S. agricultural exports', 'decrease', None, None, FEB87, USDA),
        ('4.2 pct', 1, 4.2, 'percent', 'imports of farm products', 'increase', 'year_on_year', None, FEBW, USDA),
        ('1.71 billion dlrs', 1, 1.71e9, 'USD', 'imports of farm products', 'increase', None, None, FEBW, USDA),
        ('270 mln dlrs', 1, 270e6, 'USD', 'agricultural trade surplus', 'decrease', None, None, FEBW, USDA),
        ('520 mln dlrs', 1, 520e6, 'USD', 'agricultural trade surplus', None, None, None, per('in February 1986', 1986, 2), USDA),
        ('11.36 billion dlrs', 1, 11.36e9, 'USD', 'U.S. agricultural exports', None, None, None, FY87_5M, USDA),
        ('6.7 pct', 1, 6.7, 'percent', 'U.S. agricultural exports', 'decrease', 'year_on_year', None, FY87_5M, USDA),
        ('12.18 billion', 1, 12.18e9, 'USD', 'U.S. agricultural exports', None, None, None, P('in the year-ago period', '1985-10-01', '1986-02-28'), USDA),
        ('10.9 mln tonnes', 1, 10.9e6, 'tonne', 'volume of exports', None, None, None, FEB87, USDA),
        ('14 pct', 1, 14, 'percent', 'volume of exports', 'increase', 'year_on_year', None, FEB87, USDA),
        ('2.6 mln tonnes', 1, 2.6e6, 'tonne', 'wheat exports', 'increase', None, None, FEBI, USDA),
        ('1.9 mln', 1, 1.9e6, 'tonne', 'wheat exports', None, None, None, FEBI, USDA),
        ('31 pct', 1, 31, 'percent', 'corn shipments', 'increase', None, None, FEBI, USDA),
        ('3.8 mln tonnes', 1, 3.8e6, 'tonne', 'corn shipments', 'increase', None, None, FEBI, USDA),
        ('1.4 mln tonnes', 1, 1.4e6, 'tonne', 'soybean exports', 'decrease', None, None, FEBI, USDA),
        ('1.7 mln', 1, 1.7e6, 'tonne', 'soybean exports', None, None, None, per('a year earlier', 1986, 2), USDA),
        ('287 mln dlrs', 1, 287e6, 'USD', 'value of wheat exports', None, None, None, FEBW, USDA),
        ('301 mln', 1, 301e6, 'USD', 'value of corn exports', None, None, None, FEBW, USDA),
        ('318 mln dlrs', 1, 318e6, 'USD', 'value of soybean exports', None, None, None, FEBW, USDA),
        ('512 mln dlrs', 1, 512e6, 'USD', 'U.S. farm goods bought by Japan', None, None, None, None, USDA),
        ('26 pct', 1, 26, 'percent', 'Japan share of U.S. farm exports', None, None, 'approximately', None, USDA),
        ('27.0 billion dlrs', 1, 27.0e9, 'USD', 'forecast of exports by department economists', None, None, None, P('for fiscal 1987', '1986-10-01', '1987-09-30'), USDA),
        ('26.3 billion dlrs', 1, 26.3e9, 'USD', 'U.S. farm exports', None, None, None, P('in fiscal 1986', '1985-10-01', '1986-09-30'), USDA),
        ('14.5 mln tonnes', 1, 14.5e6, 'tonne', 'wheat shipments under the Export Enhancement Program', None, None, 'approximately', P('since the program began in May 1985', '1985-05-01', '1987-04-14'), USDA),
    ],
    'wire_2025_japan_household_spending.txt': [
        ('2.3%', 1, 2.3, 'percent', "Japan's household spending", 'increase', 'year_on_year', None, AUG, MIC),
        ('1.2%', 1, 1.2, 'percent', 'household spending forecast in a Reuters poll of economists', 'increase', 'year_on_year', None, AUG, 'Reuters'),
        ('1.4%', 1, 1.4, 'percent', 'household spending', 'increase', 'year_on_year', None, JUL, MIC),
        ('0.6%', 1, 0.6, 'percent', 'household spending, seasonally adjusted', 'decrease', 'month_on_month', None, AUG, MIC),
        ('1.0%', 1, 1.0, 'percent', 'expected decline in household spending', 'decrease', 'month_on_month', None, AUG, None),
        ('305,112 yen', 1, 305112, 'JPY', 'average monthly spending per household of two or more people', None, None, None, AUG, MIC),
        ('a quarter', 1, 0.25, 'fraction', 'food share of household outlays', None, None, 'approximately', None, MIC),
        ('1.8%', 1, 1.8, 'percent', 'spending on food in real terms', 'decrease', None, None, None, MIC),
        ('12.5%', 1, 12.5, 'percent', 'outlays on transportation and communication', 'increase', None, None, None, MIC),
        ('half', 1, 0.5, 'fraction', "consumption share of Japan's economy", None, None, 'more_than', None, MIC),
        ('0.5%', 1, 0.5, 'percent', 'Bank of Japan short-term policy rate', None, None, None, None, BOJ),
        ('3.0%', 1, 3.0, 'percent', 'spending of households of salaried workers', 'increase', 'year_on_year', None, AUG, MIC),
        ('1.5%', 1, 1.5, 'percent', 'disposable income of households of salaried workers', 'increase', 'year_on_year', None, AUG, MIC),
        ('512,300 yen', 1, 512300, 'JPY', 'disposable income of households of salaried workers', 'increase', None, None, AUG, MIC),
        ('2.2%', 1, 2.2, 'percent', "Japan's economy", 'increase', 'quarter_on_quarter', None, AJQ, CAO),
        ('1.0%', 2, 1.0, 'percent', "Japan's economy, preliminary estimate", None, 'quarter_on_quarter', None, AJQ, CAO),
        ('7%', 1, 7, 'percent', 'food prices', 'increase', None, 'approximately', None, MRT),
        ('0.5%', 2, 0.5, 'percent', 'spending growth expected by Mizuho Research & Technologies', 'increase', None, None, P('in the coming months', None, None), MRT),
        ('1%', 1, 1, 'percent', 'spending growth expected by Mizuho Research & Technologies', 'increase', None, None, P('in the coming months', None, None), MRT),
    ],
    'cnbc_style_consumer_credit.txt': [
        ('$2.6 billion', 1, 2.6e9, 'USD', 'total consumer credit', 'increase', None, None, AUG, FED),
        ('$12.0 billion', 1, 12.0e9, 'USD', 'consumer credit increase expected by economists surveyed by Dow Jones', 'increase', None, None, AUG, 'Dow Jones'),
        ('$15.1 billion', 1, 15.1e9, 'USD', "July's gain in consumer credit", 'decrease', None, None, per('July', 2025, 7), FED),
        ('$16.0 billion', 1, 16.0e9, 'USD', "July's gain in consumer credit, initially reported", None, None, None, per('July', 2025, 7), FED),
        ('0.6%', 1, 0.6, 'percent', 'consumer credit, annualized rate', 'increase', 'month_on_month', None, AUG, FED),
        ('3.6%', 1, 3.6, 'percent', 'consumer credit, annualized rate', None, 'month_on_month', None, JUL, FED),
        ('$5.2 billion', 1, 5.2e9, 'USD', 'revolving credit', 'decrease', 'month_on_month', None, None, FED),
        ('4.8%', 1, 4.8, 'percent', 'revolving credit', 'decrease', 'month_on_month', None, None, FED),
        ('$7.8 billion', 1, 7.8e9, 'USD', 'nonrevolving credit', 'increase', 'month_on_month', None, None, FED),
        ('$5.06 trillion', 1, 5.06e12, 'USD', 'total outstanding consumer credit', None, None, None, EOA, FED),
        ('$1.31 trillion', 1, 1.31e12, 'USD', 'revolving debt outstanding', None, None, 'approximately', EOA, FED),
        ('21.39%', 1, 21.39, 'percent', 'average interest rate on credit card plans at commercial banks', 'decrease', None, None, Q('in the third quarter', 2025, 3), FED),
        ('21.91%', 1, 21.91, 'percent', 'average interest rate on credit card plans at commercial banks', None, None, None, Q('in the second quarter', 2025, 2), FED),
        ('a quarter percentage point', 1, 0.25, 'percentage_point', 'Fed benchmark rate', 'decrease', None, None, per('in September', 2025, 9), FED),
        ('4%', 1, 4.0, 'percent', 'Fed benchmark rate target range', 'decrease', None, None, per('in September', 2025, 9), FED),
        ('4.25%', 1, 4.25, 'percent', 'Fed benchmark rate target range', 'decrease', None, None, per('in September', 2025, 9), FED),
        ('90%', 1, 90, 'percent', 'chance of another Fed rate cut', None, None, 'approximately', per('this month', 2025, 10), CME),
        ('$18.39 trillion', 1, 18.39e12, 'USD', 'household debt', 'increase', None, None, Q('in the second quarter', 2025, 2), NYFED),
        ('$185 billion', 1, 185e9, 'USD', 'household debt', 'increase', 'quarter_on_quarter', None, Q('in the second quarter', 2025, 2), NYFED),
    ],
    'mt_newswires_import_prices.txt': [
        ('0.3%', 1, 0.3, 'percent', 'US import prices', 'increase', None, None, AUG, None),
        ('0.3%', 2, 0.3, 'percent', 'US import prices', 'increase', 'month_on_month', None, AUG, BLS),
        ('0.1%', 1, 0.1, 'percent', 'US import prices', 'increase', 'month_on_month', None, JUL, BLS),
        ('0.2%', 1, 0.2, 'percent', 'import prices expected by economists surveyed by Bloomberg', 'decrease', 'month_on_month', None, AUG, 'Bloomberg'),
        ('1.1%', 1, 1.1, 'percent', 'fuel import prices', 'increase', None, None, LASTM, BLS),
        ('0.2%', 2, 0.2, 'percent', 'nonfuel import prices', 'increase', None, None, LASTM, BLS),
        ('0.8%', 1, 0.8, 'percent', 'prices of imported foods, feeds and beverages', 'increase', None, None, LASTM, BLS),
        ('1.3%', 1, 1.3, 'percent', 'prices of imported industrial supplies excluding fuel', 'increase', None, None, LASTM, BLS),
        ('0.2%', 3, 0.2, 'percent', 'import prices', 'decrease', 'year_on_year', None, per('in the 12 months ended in July', 2025, 7), BLS),
        ('4.9%', 1, 4.9, 'percent', 'fuel import prices', 'decrease', 'year_on_year', None, per('Over the past 12 months', 2025, 8), BLS),
        ('0.3%', 3, 0.3, 'percent', 'export prices', 'increase', 'month_on_month', None, AUG, BLS),
        ('3.4%', 1, 3.4, 'percent', 'export prices', 'increase', 'year_on_year', None, AUG, BLS),
        ('0.6%', 1, 0.6, 'percent', 'agricultural export prices', 'decrease', 'month_on_month', None, AUG, BLS),
        ('0.4%', 1, 0.4, 'percent', 'nonagricultural export prices', 'increase', 'month_on_month', None, AUG, BLS),
        ('0.1%', 2, 0.1, 'percent', 'import prices from China', 'decrease', 'month_on_month', None, AUG, BLS),
        ('2.9%', 1, 2.9, 'percent', 'import prices from China', 'decrease', 'year_on_year', None, AUG, BLS),
        ('0.7%', 1, 0.7, 'percent', 'prices of goods from Canada', 'increase', 'month_on_month', None, AUG, BLS),
        ('0.5%', 1, 0.5, 'percent', 'prices of goods from the European Union', 'increase', 'month_on_month', None, AUG, BLS),
    ],
    'trading_economics_style_machinery_orders.txt': [
        ('4.6%', 1, 4.6, 'percent', 'core machinery orders in Japan', 'decrease', 'month_on_month', None, JUL25, CAO),
        ('JPY 872.5 billion', 1, 872.5e9, 'JPY', 'core machinery orders in Japan', 'decrease', None, None, JUL25, CAO),
        ('3.0%', 1, 3.0, 'percent', 'core machinery orders', 'increase', 'month_on_month', None, JUN, CAO),
        ('1.5%', 1, 1.5, 'percent', 'core machinery orders expected by market forecasts', 'decrease', 'month_on_month', None, JUL25, None),
        ('7.2%', 1, 7.2, 'percent', 'orders from manufacturers', 'decrease', 'month_on_month', None, JUL25, CAO),
        ('+10.6%', 1, 10.6, 'percent', 'orders from manufacturers', 'increase', 'month_on_month', None, JUN, CAO),
        ('-21.4%', 1, -21.4, 'percent', 'orders for chemical and chemical products', 'decrease', 'month_on_month', None, JUL25, CAO),
        ('-9.8%', 1, -9.8, 'percent', 'orders for electrical machinery', 'decrease', 'month_on_month', None, JUL25, CAO),
        ('1.9%', 1, 1.9, 'percent', 'orders from non-manufacturers excluding ships and power firms', 'decrease', 'month_on_month', None, JUL25, CAO),
        ('2.2%', 1, 2.2, 'percent', 'orders from non-manufacturers excluding ships and power firms', 'decrease', 'month_on_month', None, P('in the previous month', '2025-06-01', '2025-06-30'), CAO),
        ('4.1%', 1, 4.1, 'percent', 'core machinery orders growth', 'decrease', 'year_on_year', None, per('in July', 2025, 7), CAO),
        ('7.6%', 1, 7.6, 'percent', 'core machinery orders growth', None, 'year_on_year', None, JUN, CAO),
        ('2.4%', 1, 2.4, 'percent', 'core orders projected by the Cabinet Office', 'decrease', 'quarter_on_quarter', None, Q('For the July-September quarter', 2025, 3), CAO),
        ('5.1%', 1, 5.1, 'percent', 'core orders', 'increase', 'quarter_on_quarter', None, Q('in April-June', 2025, 2), CAO),
        ('0.21 percent', 1, 0.21, 'percent', 'Machinery Orders in Japan', None, None, None, P('from 1988 until 2025', '1988-01-01', '2025-12-31'), CAO),
        ('25.80 percent', 1, 25.80, 'percent', 'Machinery Orders in Japan all time high', None, None, None, per('in October of 2019', 2019, 10), CAO),
        ('-16.10 percent', 1, -16.10, 'percent', 'Machinery Orders in Japan record low', 'decrease', None, None, per('in November of 2008', 2008, 11), CAO),
        ('1.20 percent', 1, 1.20, 'percent', 'Machinery Orders in Japan expected by Trading Economics', None, None, None, P('by the end of this quarter', '2025-09-30', '2025-09-30'), TE),
        ('0.50 percent', 1, 0.50, 'percent', 'Japan Machinery Orders projected', None, None, 'approximately', Y('in 2026', 2026), TE),
    ],
    'investing_style_gold_fed.txt': [
        ('$3,700', 1, 3700, 'USD', 'gold price', None, None, 'more_than', None, None),
        ('0.8%', 1, 0.8, 'percent', 'spot gold', 'increase', None, None, GMT, None),
        ('$3,713.40', 1, 3713.40, 'USD', 'spot gold', 'increase', None, None, GMT, None),
        ('$3,721.05', 1, 3721.05, 'USD', 'spot gold all-time high', None, None, None, P('earlier in the session', None, None), None),
        ('0.9%', 1, 0.9, 'percent', 'Gold Futures for December', 'increase', None, None, GMT, None),
        ('$3,748.20', 1, 3748.20, 'USD', 'Gold Futures for December', 'increase', None, None, GMT, None),
        ('41%', 1, 41, 'percent', 'spot gold', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-09-22'), None),
        ('25 basis points', 1, 25, 'basis_point', 'Fed benchmark rate', 'decrease', None, None, LASTW, FED),
        ('4.00%', 1, 4.0, 'percent', 'Fed benchmark rate range', 'decrease', None, None, LASTW, FED),
        ('4.25%', 1, 4.25, 'percent', 'Fed benchmark rate range', 'decrease', None, None, LASTW, FED),
        ('two', 1, 2, 'count', "more rate reductions in Fed policymakers' median projection", None, None, None, P('before the end of 2025', '2025-12-31', '2025-12-31'), FED),
        ('91%', 1, 91, 'percent', 'chance of another Fed rate cut', None, None, None, per('in October', 2025, 10), CME),
        ('70 bps', 1, 70, 'basis_point', 'total Fed easing priced in by traders', 'decrease', None, 'approximately', P('by year-end', '2025-12-31', '2025-12-31'), CME),
        ('0.3%', 1, 0.3, 'percent', 'dollar index', 'decrease', None, None, None, None),
        ('97.35', 1, 97.35, 'index_point', 'dollar index', 'decrease', None, None, None, None),
        ('2 basis points', 1, 2, 'basis_point', 'yield on the benchmark 10-year Treasury note', 'decrease', None, None, None, None),
        ('4.11%', 1, 4.11, 'percent', 'yield on the benchmark 10-year Treasury note', 'decrease', None, None, None, None),
        ('1.2%', 1, 1.2, 'percent', 'spot silver', 'increase', None, None, None, None),
        ('$43.55', 1, 43.55, 'USD', 'spot silver', 'increase', None, None, None, None),
        ('$1,165.50', 1, 1165.50, 'USD', 'palladium', None, None, None, None, None),
        ('0.4%', 1, 0.4, 'percent', 'benchmark copper on the London Metal Exchange', 'increase', None, None, None, None),
        ('$9,985.50', 1, 9985.50, 'USD', 'benchmark copper on the London Metal Exchange', 'increase', None, None, None, None),
        ('2.9%', 1, 2.9, 'percent', 'core inflation expected by economists', None, 'year_on_year', None, AUG, None),
    ],
    'business_standard_style_mutual_fund_inflows.txt': [
        ('22%', 1, 22, 'percent', 'equity MF inflows', 'decrease', None, None, AUG, None),
        ('Rs 33,430 crore', 1, 33430e7, 'INR', 'equity MF inflows', 'decrease', None, None, AUG, None),
        ('22 per cent', 1, 22, 'percent', 'net inflows into equity mutual funds', 'decrease', 'month_on_month', None, AUG, AMFI),
        ('Rs 33,430 crore', 2, 33430e7, 'INR', 'net inflows into equity mutual funds', 'decrease', None, None, AUG, AMFI),
        ('Rs 42,702 crore', 1, 42702e7, 'INR', 'inflows into equity schemes', None, None, None, JUL, AMFI),
        ('Rs 7,679 crore', 1, 7679e7, 'INR', 'inflows into flexi-cap funds', None, None, None, AUG, AMFI),
        ('Rs 5,331 crore', 1, 5331e7, 'INR', 'inflows into mid-cap funds', None, None, None, AUG, AMFI),
        ('Rs 4,993 crore', 1, 4993e7, 'INR', 'inflows into small-cap funds', None, None, None, AUG, AMFI),
        ('Rs 1,135 crore', 1, 1135e7, 'INR', 'inflows into large-cap funds', 'decrease', None, None, AUG, AMFI),
        ('Rs 2,125 crore', 1, 2125e7, 'INR', 'inflows into large-cap funds', None, None, None, JUL, AMFI),
        ('Rs 28,465 crore', 1, 28465e7, 'INR', 'contributions through systematic investment plans (SIPs)', 'increase', None, None, AUG, AMFI),
        ('Rs 28,264 crore', 1, 28264e7, 'INR', 'contributions through systematic investment plans (SIPs)', None, None, None, per('in the previous month', 2025, 7), AMFI),
        ('9.12 crore', 1, 9.12e7, 'count', 'contributing SIP accounts', None, None, None, AUG, AMFI),
        ('Rs 52,443 crore', 1, 52443e7, 'INR', 'net inflows into the MF industry', None, None, None, AUG, AMFI),
        ('Rs 1.8 trillion', 1, 1.8e12, 'INR', 'net inflows into the MF industry', None, None, None, JUL, AMFI),
        ('Rs 7,980 crore', 1, 7980e7, 'INR', 'net outflows from debt schemes', None, None, None, AUG, AMFI),
        ('Rs 13,350 crore', 1, 13350e7, 'INR', 'withdrawals from liquid funds', None, None, None, AUG, AMFI),
        ('0.9 per cent', 1, 0.9, 'percent', "industry's average assets under management (AUM)", 'increase', None, None, per('for August', 2025, 8), AMFI),
        ('Rs 75.18 trillion', 1, 75.18e12, 'INR', "industry's average assets under management (AUM)", 'increase', None, None, per('for August', 2025, 8), AMFI),
        ('Rs 33.2 lakh crore', 1, 33.2e12, 'INR', 'equity AUM', None, None, None, P('at the end of the month', '2025-08-31', '2025-08-31'), AMFI),
        ('Rs 1.72 trillion', 1, 1.72e12, 'INR', 'inflows garnered by equity funds', None, None, None, FY26, AMFI),
        ('38 per cent', 1, 38, 'percent', 'inflows garnered by equity funds', 'increase', 'year_on_year', 'approximately', FY26, AMFI),
        ('Rs 1.25 trillion', 1, 1.25e12, 'INR', 'inflows received by equity funds', None, None, None, P('in the same period of FY25', '2024-04-01', '2024-08-31'), AMFI),
        ('Rs 2,190 crore', 1, 2190e7, 'INR', 'inflows into gold exchange-traded funds (ETFs)', None, None, None, AUG, AMFI),
        ('Rs 1,256 crore', 1, 1256e7, 'INR', 'outflows from gold exchange-traded funds (ETFs)', None, None, None, JUL, AMFI),
        ('eight', 1, 8, 'count', 'new equity fund offers (NFOs)', None, None, None, AUG, AMFI),
        ('Rs 2,100 crore', 1, 2100e7, 'INR', 'funds mopped up by new equity fund offers (NFOs)', None, None, None, AUG, AMFI),
        ('Rs 25,000 crore', 1, 25000e7, 'INR', 'monthly equity inflows expected by Morningstar', None, None, None, None, MSTAR),
        ('Rs 30,000 crore', 1, 30000e7, 'INR', 'monthly equity inflows expected by Morningstar', None, None, None, None, MSTAR),
    ],
    'eu_energy_style_solar_wind_carbon.txt': [
        ('1.8%', 1, 1.8, 'percent', 'EU electricity consumption', 'increase', 'year_on_year', None, Q2E, None),
        ('620 TWh', 1, 620, 'terawatt hour', 'EU electricity consumption', 'increase', None, None, Q2E, None),
        ('6%', 1, 6, 'percent', 'EU electricity consumption below the level of Q2 2021', 'decrease', None, 'approximately', P('Q2 2021', '2021-04-01', '2025-06-30'), None),
        ('82 TWh', 1, 82, 'terawatt hour', 'solar generation', None, None, None, INQ, None),
        ('21%', 1, 21, 'percent', 'solar generation', 'increase', 'year_on_year', None, INQ, None),
        ('+14 TWh', 1, 14, 'terawatt hour', 'solar generation', 'increase', 'year_on_year', None, INQ, None),
        ('23%', 1, 23, 'percent', 'solar share of the EU power mix', None, None, None, INQ, None),
        ('30 TWh', 1, 30, 'terawatt hour', 'solar output', None, None, None, per('In June alone', 2025, 6), None),
        ('6%', 2, 6, 'percent', 'wind generation', 'decrease', 'year_on_year', None, Q2W, None),
        ('95 TWh', 1, 95, 'terawatt hour', 'wind generation', 'decrease', None, None, Q2W, None),
        ('9%', 1, 9, 'percent', 'hydro generation', 'decrease', 'year_on_year', None, Q2W, None),
        ('78 TWh', 1, 78, 'terawatt hour', 'hydro generation', 'decrease', None, None, Q2W, None),
        ('143 TWh', 1, 143, 'terawatt hour', 'nuclear output', None, None, None, Q2W, None),
        ('52%', 1, 52, 'percent', 'renewables share of EU electricity generation', 'increase', None, None, Q2R, None),
        ('50%', 1, 50, 'percent', 'renewables share of EU electricity generation', None, None, None, Q('a year earlier', 2024, 2), None),
        ('23%', 2, 23, 'percent', 'share of fossil fuels in EU electricity generation', 'decrease', None, None, Q2R, None),
        ('12%', 1, 12, 'percent', 'coal- and lignite-fired generation', 'decrease', 'year_on_year', None, Q2R, None),
        ('-7 TWh', 1, -7, 'terawatt hour', 'coal- and lignite-fired generation', 'decrease', 'year_on_year', None, Q2R, None),
        ('4%', 1, 4, 'percent', 'gas-fired generation', 'decrease', 'year_on_year', None, Q2R, None),
        ('72 EUR/t', 1, 72, 'EUR', 'EU ETS allowance price (EUA)', None, None, None, Q2R, None),
        ('6%', 3, 6, 'percent', 'EU ETS allowance price (EUA)', 'decrease', 'quarter_on_quarter', None, Q2R, None),
        ('3%', 1, 3, 'percent', 'EU ETS allowance price (EUA)', 'decrease', 'year_on_year', None, Q2R, None),
        ('63', 1, 63, 'EUR', 'EU ETS allowance price range', None, None, None, Q('during the quarter', 2025, 2), None),
        ('78 EUR/t', 1, 78, 'EUR', 'EU ETS allowance price range', None, None, None, Q('during the quarter', 2025, 2), None),
        ('118 million tonnes', 1, 118e6, 'tonne', 'emissions from the EU power sector', None, None, None, Q('in the second quarter', 2025, 2), EEA),
        ('11%', 1, 11, 'percent', 'emissions from the EU power sector', 'decrease', 'year_on_year', None, Q('in the second quarter', 2025, 2), EEA),
        ('2%', 1, 2, 'percent', 'EU electricity consumption growth expected by ENTSO-E', 'increase', 'year_on_year', 'approximately', Y('in 2025 as a whole', 2025), ENTSOE),
    ],
    'nbs_style_real_estate.txt': [
        ('6,770.6 billion yuan', 1, 6770.6e9, 'CNY', 'investment in real estate development nationwide', None, None, None, FTQA, NBS),
        ('13.9 percent', 1, 13.9, 'percent', 'investment in real estate development nationwide', 'decrease', 'year_on_year', None, FTQA, NBS),
        ('5,201.4 billion yuan', 1, 5201.4e9, 'CNY', 'investment in residential buildings', None, None, None, FTQA, NBS),
        ('12.9 percent', 1, 12.9, 'percent', 'investment in residential buildings', 'decrease', 'year_on_year', None, FTQA, NBS),
        ('6,429.8 million square meters', 1, 6429.8e6, 'square metre', 'floor space of buildings under construction by real estate development enterprises', None, None, None, FTQ, NBS),
        ('9.4 percent', 1, 9.4, 'percent', 'floor space of buildings under construction by real estate development enterprises', 'decrease', 'year_on_year', None, FTQ, NBS),
        ('453.0 million square meters', 1, 453.0e6, 'square metre', 'floor space of newly started buildings', None, None, None, FTQ, NBS),
        ('18.9 percent', 1, 18.9, 'percent', 'floor space of newly started buildings', 'decrease', 'year_on_year', None, FTQ, NBS),
        ('658.4 million square meters', 1, 658.4e6, 'square metre', 'floor space of newly built commercial buildings sold', None, None, None, FTQ, NBS),
        ('5.5 percent', 1, 5.5, 'percent', 'floor space of newly built commercial buildings sold', 'decrease', 'year_on_year', None, FTQ, NBS),
        ('7.0 percent', 1, 7.0, 'percent', 'floor space of residential buildings sold', 'decrease', 'year_on_year', None, FTQ, NBS),
        ('83.6 percent', 1, 83.6, 'percent', 'residential buildings share of the floor space sold', None, None, None, FTQ, NBS),
        ('1.2 percentage points', 1, 1.2, 'percentage_point', 'residential buildings share of the floor space sold', 'decrease', 'year_on_year', None, FTQ, NBS),
        ('6,311.9 billion yuan', 1, 6311.9e9, 'CNY', 'sales of newly built commercial buildings', None, None, None, FTQ, NBS),
        ('7.9 percent', 1, 7.9, 'percent', 'sales of newly built commercial buildings', 'decrease', 'year_on_year', None, FTQ, NBS),
        ('7.6 percent', 1, 7.6, 'percent', 'sales of residential buildings', 'decrease', 'year_on_year', None, FTQ, NBS),
        ('12.4 percent', 1, 12.4, 'percent', 'sales of newly built commercial buildings', 'decrease', 'year_on_year', None, SEP, NBS),
        ('19.6 percent', 1, 19.6, 'percent', 'sales of newly built commercial buildings', 'increase', 'month_on_month', None, SEP, NBS),
        ('760.2 million square meters', 1, 760.2e6, 'square metre', 'floor space of newly built commercial buildings for sale', None, None, None, EOS, NBS),
        ('2.3 million square meters', 1, 2.3e6, 'square metre', 'floor space of newly built commercial buildings for sale', 'increase', 'month_on_month', None, EOS, NBS),
        ('16.8 million square meters', 1, 16.8e6, 'square metre', 'floor space of newly built commercial buildings for sale', 'decrease', None, None, P('at the end of last year', '2024-12-31', '2025-09-30'), NBS),
        ('7,202.4 billion yuan', 1, 7202.4e9, 'CNY', 'funds for investment actually received by real estate development enterprises', None, None, None, FTQ, NBS),
        ('8.4 percent', 1, 8.4, 'percent', 'funds for investment actually received by real estate development enterprises', 'decrease', 'year_on_year', None, FTQ, NBS),
        ('1,060.4 billion yuan', 1, 1060.4e9, 'CNY', 'individual mortgage loans', None, None, None, FTQ, NBS),
        ('6.9 percent', 1, 6.9, 'percent', 'individual mortgage loans', 'decrease', 'year_on_year', None, FTQ, NBS),
        ('92.85', 1, 92.85, 'index_point', 'real estate climate index', None, None, None, per('In September', 2025, 9), NBS),
        ('0.08 points', 1, 0.08, 'index_point', 'real estate climate index', 'decrease', 'month_on_month', None, per('In September', 2025, 9), NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
