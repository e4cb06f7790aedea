# ruff: noqa: E501, RUF001
"""Write corpus/annotated_41/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(1 for the first; occurrences inside a longer number are skipped); `gold_labels.write_gold`
computes and checks the offsets.

usage: python scripts/annotated_labels_41.py corpus/annotated_41
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
MOTI = "Ministry of Trade and Industry"
BOK = "Bank of Korea"
INE = "National Statistics Institute"
COCHILCO = "Chilean Copper Commission"
CBC = "Central Bank of Chile"
LME = "London Metal Exchange"
REUTERS = "Reuters"
FED = "Federal Reserve"
DOC = "U.S. Department of Commerce"
SPG = "S&P Global"
NBS = "National Bureau of Statistics"
BOR = "Bank of Russia"
ROSSTAT = "Federal State Statistics Service"
TE = "Trading Economics"
BOJ = "Bank of Japan"
GOJ = "Government of Japan"
MOF = "Ministry of Finance"
ICEA = "India Cellular and Electronics Association"
GOI = "Government of India"
MEITY = "Ministry of Electronics and Information Technology"
ENTSOG = "European Network of Transmission System Operators for Gas"
GETB = "GET Baltic"
GIE = "Gas Infrastructure Europe"
CADA = "China Automobile Dealers Association"

# 4101 ONS Opinions and Lifestyle Survey (ref Friday 2025-11-21)
ASKED = P("when asked between 29 October and 9 November 2025", "2025-10-29", "2025-11-09")
PREV = P("in the previous period (1 to 12 October 2025)", "2025-10-01", "2025-10-12")
LATEST = P("in the latest period (29 October to 9 November 2025)", "2025-10-29", "2025-11-09")
COL = P("between 29 October and 9 November 2025", "2025-10-29", "2025-11-09")
BETW = P("Between 29 October and 9 November 2025", "2025-10-29", "2025-11-09")
LATEST2 = P("In the latest period (29 October to 9 November 2025)", "2025-10-29", "2025-11-09")
# 4102 Reuters 1987 (ref Monday 1987-05-04)
APR = per("in April", 1987, 4)
F4 = P("for the first four months of the year", "1987-01-01", "1987-04-30")
JA = P("in the January-April period", "1987-01-01", "1987-04-30")
# 4103 Reuters 2025 (ref Tuesday 2025-12-30)
NOV = per("in November", 2025, 11)
JN = P("In the January-November period", "2025-01-01", "2025-11-30")
COCT = per("in October", 2025, 10)
# 4104 CNBC (ref Friday 2025-12-12)
JS = Q("in the July-to-September period", 2025, 3)
ITQ = Q("In the third quarter", 2025, 3)
EQ = P("at the end of the quarter", "2025-09-30", "2025-09-30")
TQ = Q("in the third quarter", 2025, 3)
ESEP = P("at the end of September", "2025-09-30", "2025-09-30")
# 4105 MT Newswires (ref Wednesday 2025-12-03)
MNOV = per("in November", 2025, 11)
MOCT = per("in October", 2025, 10)
# 4106 Trading Economics (ref Friday 2025-12-19)
DECM = per("at its December 2025 meeting", 2025, 12)
ROCT = per("in October", 2025, 10)
RSEP = per("in September", 2025, 9)
# 4107 Investing.com (ref Wednesday 2026-01-14)
ET = P("By 02:30 ET", None, None)
JDEC = per("in December", 2025, 12)
BOJM = P("at the Jan. 22-23 meeting", "2026-01-22", "2026-01-23")
# 4108 Business Standard (ref Monday 2025-12-15)
AN26 = P("in the first eight months of FY26 (April-November)", "2025-04-01", "2025-11-30")
FY25 = P("in FY25", "2024-04-01", "2025-03-31")
FY24 = P("in FY24", "2023-04-01", "2024-03-31")
# 4109 DG ENER (ref Wednesday 2026-01-14)
Q3L = Q("In the third quarter of 2025", 2025, 3)
INQ = Q("in the quarter", 2025, 3)
# 4110 NBS/CADA (ref Wednesday 2025-12-10)
NOV25 = per("in November 2025", 2025, 11)
JNC = P("From January to November", "2025-01-01", "2025-11-30")
CNOV = per("in November", 2025, 11)
CINOV = per("In November", 2025, 11)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_personal_household_finances.txt': [
        ('6 in 10', 1, 0.6, 'fraction', 'share of adults reporting an increase in their cost of living', 'decrease', None, 'approximately', ASKED, None),
        ('59%', 1, 59, 'percent', 'share of adults reporting an increase in their cost of living', 'decrease', None, None, ASKED, None),
        ('62%', 1, 62, 'percent', 'share of adults reporting an increase in their cost of living', None, None, None, PREV, None),
        ('1 in 20', 1, 0.05, 'fraction', 'share of adults borrowing more money or using more credit than usual', None, None, 'approximately', LATEST, None),
        ('5%', 1, 5, 'percent', 'share of adults borrowing more money or using more credit than usual', None, None, None, LATEST, None),
        ('3,214', 1, 3214, 'count', 'adults surveyed', None, None, None, COL, ONS),
        ('47%', 1, 47, 'percent', 'survey response rate', None, None, None, COL, ONS),
        ('93%', 1, 93, 'percent', 'share of adults with a higher cost of living citing the price of food shopping', None, None, None, None, ONS),
        ('71%', 1, 71, 'percent', 'share of adults with a higher cost of living citing higher gas or electricity bills', None, None, None, None, ONS),
        ('38%', 1, 38, 'percent', 'share of adults with a higher cost of living citing the price of fuel', None, None, None, None, ONS),
        ('3 in 10', 1, 0.3, 'fraction', 'share of adults who pay energy bills finding them difficult to afford', 'decrease', None, 'approximately', BETW, ONS),
        ('31%', 1, 31, 'percent', 'share of adults who pay energy bills finding them difficult to afford', 'decrease', None, None, BETW, ONS),
        ('35%', 1, 35, 'percent', 'share of adults who pay energy bills finding them difficult to afford', None, None, None, P('in the same period last year', '2024-10-29', '2024-11-09'), ONS),
        ('42%', 1, 42, 'percent', 'share of renters finding energy bills difficult to afford', None, None, None, BETW, ONS),
        ('26%', 1, 26, 'percent', 'share of adults who own their home outright finding energy bills difficult to afford', None, None, None, BETW, ONS),
        ('1 in 4', 1, 0.25, 'fraction', 'share of adults unable to afford an unexpected but necessary expense', None, None, 'approximately', None, ONS),
        ('26%', 2, 26, 'percent', 'share of adults unable to afford an unexpected but necessary expense', None, None, None, None, ONS),
        ('34%', 1, 34, 'percent', 'share of adults paying rent or a mortgage reporting higher payments', None, None, None, LATEST2, ONS),
        ('4%', 1, 4, 'percent', 'share of adults behind on rent or mortgage payments', None, None, None, LATEST2, ONS),
        ('1 percentage point', 1, 1, 'percentage_point', 'share of adults behind on rent or mortgage payments', 'increase', 'year_on_year', None, LATEST2, ONS),
    ],
    'wire_1987_south_korea_trade_surplus.txt': [
        ('612 MLN DLRS', 1, 612e6, 'USD', "South Korea's trade surplus", 'increase', None, None, per('APRIL', 1987, 4), None),
        ('612 mln dlrs', 1, 612e6, 'USD', "South Korea's customs-cleared trade surplus", 'increase', None, None, APR, MOTI),
        ('388 mln', 1, 388e6, 'USD', "South Korea's customs-cleared trade surplus", None, None, None, per('in March', 1987, 3), MOTI),
        ('36.4 pct', 1, 36.4, 'percent', 'exports', 'increase', 'year_on_year', None, APR, MOTI),
        ('3.58 billion dlrs', 1, 3.58e9, 'USD', 'exports', 'increase', None, None, APR, MOTI),
        ('21.7 pct', 1, 21.7, 'percent', 'imports', 'increase', 'year_on_year', None, APR, MOTI),
        ('2.97 billion', 1, 2.97e9, 'USD', 'imports', 'increase', None, None, APR, MOTI),
        ('1.46 billion dlrs', 1, 1.46e9, 'USD', 'trade surplus', None, None, None, F4, MOTI),
        ('274 mln', 1, 274e6, 'USD', 'trade deficit', None, None, None, P('in the same 1986 period', '1986-01-01', '1986-04-30'), MOTI),
        ('33.8 pct', 1, 33.8, 'percent', 'exports', 'increase', 'year_on_year', None, JA, MOTI),
        ('13.12 billion dlrs', 1, 13.12e9, 'USD', 'exports', 'increase', None, None, JA, MOTI),
        ('41 pct', 1, 41, 'percent', 'shipments to the United States', 'increase', None, None, APR, MOTI),
        ('1.42 billion dlrs', 1, 1.42e9, 'USD', 'shipments to the United States', 'increase', None, None, APR, MOTI),
        ('29', 1, 29, 'percent', 'shipments to Japan', 'increase', None, None, APR, MOTI),
        ('47 pct', 1, 47, 'percent', 'shipments to Western Europe', 'increase', None, None, APR, MOTI),
        ('18 pct', 1, 18, 'percent', 'imports from Japan', 'increase', None, None, APR, MOTI),
        ('1.05 billion dlrs', 1, 1.05e9, 'USD', 'imports from Japan', 'increase', None, None, APR, MOTI),
        ('420 mln dlrs', 1, 420e6, 'USD', 'bilateral deficit with Japan', None, None, None, APR, MOTI),
        ('897 mln dlrs', 1, 897e6, 'USD', 'electronics shipments', 'increase', None, None, APR, MOTI),
        ('602 mln', 1, 602e6, 'USD', 'electronics shipments', None, None, None, per('a year earlier', 1986, 4), MOTI),
        ('301 mln', 1, 301e6, 'USD', 'footwear shipments', None, None, None, APR, MOTI),
        ('842 mln', 1, 842e6, 'USD', 'textiles and clothing shipments', None, None, None, APR, MOTI),
        ('five billion dlrs', 1, 5e9, 'USD', 'trade surplus', None, None, 'more_than', P('for all of 1987', '1987-01-01', '1987-12-31'), MOTI),
        ('3.13 billion dlrs', 1, 3.13e9, 'USD', 'trade surplus', None, None, None, Y("Last year's", 1986), MOTI),
        ('840.50', 1, 840.50, 'KRW', "won's base rate", None, None, None, P('on Monday', '1987-05-04', '1987-05-04'), BOK),
        ('861.40', 1, 861.40, 'KRW', "won's base rate", None, None, None, P('at the end of 1986', '1986-12-31', '1986-12-31'), BOK),
    ],
    'wire_2025_chile_copper_output.txt': [
        ('6.3%', 1, 6.3, 'percent', "Chile's copper output", 'decrease', None, None, per('in November', 2025, 11), None),
        ('6.3%', 2, 6.3, 'percent', 'copper production in Chile', 'decrease', 'year_on_year', None, NOV, INE),
        ('456,210 metric tons', 1, 456210, 'tonne', 'copper production in Chile', 'decrease', None, None, NOV, INE),
        ('2.9%', 1, 2.9, 'percent', 'copper production in Chile', 'decrease', 'year_on_year', None, NOV, REUTERS),
        ('nine', 1, 9, 'count', 'analysts in a Reuters poll', None, None, None, NOV, REUTERS),
        ('4.8%', 1, 4.8, 'percent', 'total mining output', 'decrease', 'year_on_year', None, NOV, INE),
        ('1.2%', 1, 1.2, 'percent', 'manufacturing production', 'increase', 'year_on_year', None, NOV, INE),
        ('4.96 million tons', 1, 4.96e6, 'tonne', 'copper output', None, None, None, JN, INE),
        ('0.7%', 1, 0.7, 'percent', 'copper output', 'decrease', 'year_on_year', None, JN, INE),
        ('9%', 1, 9, 'percent', 'output at Codelco', 'decrease', 'year_on_year', None, COCT, COCHILCO),
        ('108,700 tons', 1, 108700, 'tonne', 'output at Codelco', 'decrease', None, None, COCT, COCHILCO),
        ('98,400 tons', 1, 98400, 'tonne', "output at BHP's Escondida", 'decrease', None, None, COCT, COCHILCO),
        ('112,300 tons', 1, 112300, 'tonne', "output at BHP's Escondida", None, None, None, per('a year earlier', 2024, 10), COCHILCO),
        ('5.50 million tons', 1, 5.50e6, 'tonne', "Chile's copper production", 'decrease', None, None, Y('2025', 2025), COCHILCO),
        ('5.57 million', 1, 5.57e6, 'tonne', "Chile's copper production", None, None, None, Y('2025', 2025), COCHILCO),
        ('5.76 million tons', 1, 5.76e6, 'tonne', "Chile's copper production", 'increase', None, None, Y('in 2026', 2026), COCHILCO),
        ('half', 1, 0.5, 'fraction', "copper share of Chile's exports", None, None, 'approximately', None, COCHILCO),
        ('$4.38 billion', 1, 4.38e9, 'USD', 'copper shipments', None, None, None, NOV, CBC),
        ('11.4%', 1, 11.4, 'percent', 'copper shipments', 'increase', 'year_on_year', None, NOV, CBC),
        ('$10,860', 1, 10860, 'USD', 'cash copper on the London Metal Exchange', None, None, None, NOV, LME),
        ('0.5%', 1, 0.5, 'percent', 'benchmark three-month copper', 'increase', None, None, P('by 1530 GMT', None, None), LME),
        ('$11,925', 1, 11925, 'USD', 'benchmark three-month copper', 'increase', None, None, P('by 1530 GMT', None, None), LME),
    ],
    'cnbc_style_household_net_worth.txt': [
        ('$176.4 trillion', 1, 176.4e12, 'USD', 'household net worth', 'increase', None, None, None, None),
        ('8%', 1, 8, 'percent', 'S&P 500', 'increase', None, 'approximately', Q('over the three months', 2025, 3), None),
        ('$6.1 trillion', 1, 6.1e12, 'USD', 'net worth of households and nonprofit organizations', 'increase', 'quarter_on_quarter', None, JS, FED),
        ('3.6%', 1, 3.6, 'percent', 'net worth of households and nonprofit organizations', 'increase', 'quarter_on_quarter', None, JS, FED),
        ('$176.4 trillion', 2, 176.4e12, 'USD', 'net worth of households and nonprofit organizations', 'increase', None, None, JS, FED),
        ('$170.3 trillion', 1, 170.3e12, 'USD', 'net worth', 'increase', None, None, Q('for the second quarter', 2025, 2), FED),
        ('$169.8 trillion', 1, 169.8e12, 'USD', 'net worth', None, None, None, Q('for the second quarter', 2025, 2), FED),
        ('$5.2 trillion', 1, 5.2e12, 'USD', 'value of corporate equities held directly and indirectly by households', 'increase', 'quarter_on_quarter', None, ITQ, FED),
        ('$0.2 trillion', 1, 0.2e12, 'USD', 'real estate holdings', 'decrease', 'quarter_on_quarter', 'approximately', ITQ, FED),
        ('3.1%', 1, 3.1, 'percent', 'household debt', 'increase', 'quarter_on_quarter', None, ITQ, FED),
        ('2.8%', 1, 2.8, 'percent', 'mortgage debt', 'increase', 'quarter_on_quarter', None, ITQ, FED),
        ('3.5%', 1, 3.5, 'percent', 'consumer credit', 'increase', 'quarter_on_quarter', None, ITQ, FED),
        ('$20.9 trillion', 1, 20.9e12, 'USD', 'outstanding household debt', None, None, None, EQ, FED),
        ('30%', 1, 30, 'percent', 'stocks share of household assets', None, None, 'approximately', EQ, FED),
        ('4.6%', 1, 4.6, 'percent', 'total domestic nonfinancial debt', 'increase', 'quarter_on_quarter', None, TQ, FED),
        ('5.1%', 1, 5.1, 'percent', 'total domestic nonfinancial debt', None, 'quarter_on_quarter', None, Q('in the second quarter', 2025, 2), FED),
        ('6.7%', 1, 6.7, 'percent', 'federal government debt', 'increase', 'quarter_on_quarter', None, TQ, FED),
        ('31.7%', 1, 31.7, 'percent', 'top 1% of households share of total household net worth', 'increase', None, None, ESEP, FED),
        ('31.2%', 1, 31.2, 'percent', 'top 1% of households share of total household net worth', None, None, None, P('a year earlier', '2024-09-30', '2024-09-30'), FED),
        ('2.5%', 1, 2.5, 'percent', 'bottom 50% share of total household net worth', None, None, None, ESEP, FED),
        ('4.7%', 1, 4.7, 'percent', 'personal saving rate', None, None, None, per('in September', 2025, 9), DOC),
    ],
    'mt_newswires_china_caixin_services_pmi.txt': [
        ('51.4', 1, 51.4, 'index_point', 'China Caixin Services PMI', 'decrease', None, None, per('in November', 2025, 11), None),
        ('51.4', 2, 51.4, 'index_point', 'Caixin China General Services PMI', 'decrease', None, None, MNOV, SPG),
        ('52.6', 1, 52.6, 'index_point', 'Caixin China General Services PMI', None, None, None, MOCT, SPG),
        ('52.0', 1, 52.0, 'index_point', 'Caixin China General Services PMI', None, None, None, MNOV, REUTERS),
        ('51.0', 1, 51.0, 'index_point', 'new business sub-index', 'decrease', None, None, MNOV, SPG),
        ('49.3', 1, 49.3, 'index_point', 'new export orders', 'decrease', None, None, MNOV, SPG),
        ('50.8', 1, 50.8, 'index_point', 'new export orders', None, None, None, MOCT, SPG),
        ('49.8', 1, 49.8, 'index_point', 'employment index', None, None, None, None, SPG),
        ('52.3', 1, 52.3, 'index_point', 'input price sub-index', 'decrease', None, None, None, SPG),
        ('53.1', 1, 53.1, 'index_point', 'input price sub-index', None, None, None, None, SPG),
        ('49.6', 1, 49.6, 'index_point', 'output price index', None, None, None, None, SPG),
        ('400', 1, 400, 'count', 'companies covered by the survey', None, None, 'approximately', None, SPG),
        ('50.9', 1, 50.9, 'index_point', 'Caixin composite PMI', 'decrease', None, None, MNOV, SPG),
        ('51.8', 1, 51.8, 'index_point', 'Caixin composite PMI', None, None, None, MOCT, SPG),
        ('49.7', 1, 49.7, 'index_point', 'Caixin manufacturing PMI', 'decrease', None, None, MNOV, SPG),
        ('50.6', 1, 50.6, 'index_point', 'Caixin manufacturing PMI', None, None, None, MOCT, SPG),
        ('49.5', 1, 49.5, 'index_point', 'official non-manufacturing PMI', 'decrease', None, None, MNOV, NBS),
        ('50.1', 1, 50.1, 'index_point', 'official non-manufacturing PMI', None, None, None, MOCT, NBS),
        ('7.0712', 1, 7.0712, 'CNY', 'offshore yuan', None, None, None, None, NBS),
    ],
    'trading_economics_style_russia_key_rate.txt': [
        ('16%', 1, 16, 'percent', 'key rate', 'decrease', None, None, None, None),
        ('50bps', 1, 50, 'basis_point', 'key interest rate', 'decrease', None, None, DECM, BOR),
        ('16%', 2, 16, 'percent', 'key interest rate', 'decrease', None, None, DECM, BOR),
        ('50bps', 2, 50, 'basis_point', 'key interest rate', 'decrease', None, None, ROCT, BOR),
        ('100bps', 1, 100, 'basis_point', 'key interest rate', 'decrease', None, None, RSEP, BOR),
        ('500bps', 1, 500, 'basis_point', 'key rate', 'decrease', None, None, P('since June', '2025-06-01', '2025-12-19'), BOR),
        ('6.6%', 1, 6.6, 'percent', 'annual inflation', 'decrease', 'year_on_year', None, per('in November', 2025, 11), ROSSTAT),
        ('7.7%', 1, 7.7, 'percent', 'annual inflation', None, 'year_on_year', None, ROCT, ROSSTAT),
        ('9.4%', 1, 9.4, 'percent', 'corporate lending growth', 'decrease', 'year_on_year', None, ROCT, BOR),
        ('10.1%', 1, 10.1, 'percent', 'corporate lending growth', None, 'year_on_year', None, RSEP, BOR),
        ('6.5', 1, 6.5, 'percent', 'annual inflation', None, 'year_on_year', None, Y('in 2025', 2025), BOR),
        ('7.0%', 1, 7.0, 'percent', 'annual inflation', None, 'year_on_year', None, Y('in 2025', 2025), BOR),
        ('4.0', 1, 4.0, 'percent', 'annual inflation', 'decrease', 'year_on_year', None, Y('in 2026', 2026), BOR),
        ('5.0%', 1, 5.0, 'percent', 'annual inflation', 'decrease', 'year_on_year', None, Y('in 2026', 2026), BOR),
        ('13.0', 1, 13.0, 'percent', 'key rate', None, None, None, Y('next year', 2026), BOR),
        ('15.0%', 1, 15.0, 'percent', 'key rate', None, None, None, Y('next year', 2026), BOR),
        ('0.5', 1, 0.5, 'percent', 'GDP growth', None, None, None, Y('for 2025', 2025), BOR),
        ('1.0%', 1, 1.0, 'percent', 'GDP growth', None, None, None, Y('for 2025', 2025), BOR),
        ('9.86 percent', 1, 9.86, 'percent', 'Interest Rate in Russia average', None, None, None, P('from 2013 until 2025', '2013-01-01', '2025-12-31'), BOR),
        ('21.00 percent', 1, 21.00, 'percent', 'Interest Rate in Russia all time high', None, None, None, per('in October of 2024', 2024, 10), BOR),
        ('4.25 percent', 1, 4.25, 'percent', 'Interest Rate in Russia record low', None, None, None, per('in July of 2020', 2020, 7), BOR),
        ('16.00 percent', 1, 16.00, 'percent', 'Interest Rate in Russia', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('13.00 percent', 1, 13.00, 'percent', 'Russia Interest Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('10.00 percent', 1, 10.00, 'percent', 'Russia Interest Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_jgb_yields_boj.txt': [
        ('4.5 basis points', 1, 4.5, 'basis_point', '10-year JGB yield', 'increase', None, None, ET, None),
        ('2.145%', 1, 2.145, 'percent', '10-year JGB yield', 'increase', None, None, ET, None),
        ('3 basis points', 1, 3, 'basis_point', 'two-year yield', 'increase', None, None, ET, None),
        ('1.205%', 1, 1.205, 'percent', 'two-year yield', 'increase', None, None, ET, None),
        ('4 basis points', 1, 4, 'basis_point', 'five-year yield', 'increase', None, None, ET, None),
        ('1.618%', 1, 1.618, 'percent', 'five-year yield', 'increase', None, None, ET, None),
        ('6 basis points', 1, 6, 'basis_point', '30-year yield', 'increase', None, None, ET, None),
        ('3.52%', 1, 3.52, 'percent', '30-year yield', 'increase', None, None, ET, None),
        ('3.81%', 1, 3.81, 'percent', '40-year yield', None, None, None, ET, None),
        ('0.75%', 1, 0.75, 'percent', 'short-term policy rate', 'increase', None, None, JDEC, BOJ),
        ('40%', 1, 40, 'percent', 'chance of a BOJ rate increase', 'increase', None, 'approximately', BOJM, None),
        ('25-basis-point', 1, 25, 'basis_point', 'BOJ rate increase', 'increase', None, None, BOJM, None),
        ('25%', 1, 25, 'percent', 'chance of a BOJ rate increase', None, None, 'approximately', P('a week ago', '2026-01-07', '2026-01-07'), None),
        ('45 basis points', 1, 45, 'basis_point', '10-year yield', 'increase', None, 'approximately', P('since the end of September', '2025-09-30', '2026-01-14'), None),
        ('¥18.3 trillion', 1, 18.3e12, 'JPY', 'supplementary budget', None, None, None, JDEC, GOJ),
        ('2.4%', 1, 2.4, 'percent', 'corporate goods prices', 'increase', 'year_on_year', None, JDEC, BOJ),
        ('2.7%', 1, 2.7, 'percent', 'corporate goods prices', None, 'year_on_year', None, per('in November', 2025, 11), BOJ),
        ('¥1.12 trillion', 1, 1.12e12, 'JPY', 'net sales of Japanese long-term bonds by foreign investors', None, None, None, P('last week', '2026-01-05', '2026-01-11'), MOF),
        ('0.3%', 1, 0.3, 'percent', 'USD/JPY', 'increase', None, None, None, MOF),
        ('158.40', 1, 158.40, 'JPY', 'USD/JPY', 'increase', None, None, None, MOF),
    ],
    'business_standard_style_mobile_phone_exports.txt': [
        ('58%', 1, 58, 'percent', 'mobile phone exports', 'increase', None, None, P('in Apr-Nov', '2025-04-01', '2025-11-30'), None),
        ('$18.2 bn', 1, 18.2e9, 'USD', 'mobile phone exports', 'increase', None, None, P('in Apr-Nov', '2025-04-01', '2025-11-30'), None),
        ('58 per cent', 1, 58, 'percent', "India's smartphone exports", 'increase', 'year_on_year', None, AN26, ICEA),
        ('$18.2 billion', 1, 18.2e9, 'USD', "India's smartphone exports", 'increase', None, None, AN26, ICEA),
        ('$11.5 billion', 1, 11.5e9, 'USD', "India's smartphone exports", None, None, None, P('in the corresponding period a year ago', '2024-04-01', '2024-11-30'), ICEA),
        ('three-fourths', 1, 0.75, 'fraction', "Apple's contract manufacturers share of smartphone exports", None, None, 'approximately', None, ICEA),
        ('$13.5 billion', 1, 13.5e9, 'USD', 'iPhone exports', None, None, 'approximately', None, ICEA),
        ('18 per cent', 1, 18, 'percent', "Samsung's share of smartphone exports", None, None, 'approximately', None, ICEA),
        ('60 per cent', 1, 60, 'percent', 'US share of overseas sales', None, None, 'approximately', None, ICEA),
        ('$2.9 billion', 1, 2.9e9, 'USD', 'smartphone exports', None, None, None, per('In November', 2025, 11), ICEA),
        ('71 per cent', 1, 71, 'percent', 'smartphone exports', 'increase', 'year_on_year', None, per('In November', 2025, 11), ICEA),
        ('4', 1, 4, 'percent', 'PLI incentive on incremental sales', None, None, None, None, GOI),
        ('6 per cent', 1, 6, 'percent', 'PLI incentive on incremental sales', None, None, None, None, GOI),
        ('₹40,951 crore', 1, 40951e7, 'INR', 'PLI scheme outlay', None, None, None, None, GOI),
        ('₹9,801 crore', 1, 9801e7, 'INR', 'disbursements under the PLI scheme', None, None, None, P('as of September 30', '2025-09-30', '2025-09-30'), MEITY),
        ('₹5.45 trillion', 1, 5.45e12, 'INR', 'domestic mobile phone production', 'increase', None, None, FY25, MEITY),
        ('30 per cent', 1, 30, 'percent', 'domestic mobile phone production', 'increase', 'year_on_year', None, FY25, MEITY),
        ('₹4.19 trillion', 1, 4.19e12, 'INR', 'domestic mobile phone production', None, None, None, FY24, MEITY),
        ('$24.1 billion', 1, 24.1e9, 'USD', 'smartphone exports', None, None, None, FY25, MEITY),
        ('$15.6 billion', 1, 15.6e9, 'USD', 'smartphone exports', None, None, None, FY24, MEITY),
        ('$30 billion', 1, 30e9, 'USD', 'smartphone exports', None, None, 'more_than', P('in FY26', '2025-04-01', '2026-03-31'), ICEA),
    ],
    'eu_energy_style_baltic_nordic_gas.txt': [
        ('0.71 bcm', 1, 0.71e9, 'cubic metre', 'gas consumption in the Baltic states', None, None, None, Q3L, None),
        ('6%', 1, 6, 'percent', 'gas consumption in the Baltic states', 'decrease', 'year_on_year', None, Q3L, None),
        ('11%', 1, 11, 'percent', 'Finnish consumption', 'decrease', 'year_on_year', None, Q3L, None),
        ('0.29 bcm', 1, 0.29e9, 'cubic metre', 'Finnish consumption', 'decrease', None, None, Q3L, None),
        ('1.12 bcm', 1, 1.12e9, 'cubic metre', 'send-out of the Klaipėda LNG terminal', None, None, None, INQ, None),
        ('14%', 1, 14, 'percent', 'send-out of the Klaipėda LNG terminal', 'increase', 'year_on_year', None, INQ, None),
        ('40%', 1, 40, 'percent', 'share of Klaipėda volumes shipped on to Latvia and Estonia', None, None, 'approximately', INQ, None),
        ('3.9 mcm/d', 1, 3.9e6, 'cubic metre per day', 'flows through the Balticconnector pipeline', None, None, None, INQ, None),
        ('5.2 mcm/d', 1, 5.2e6, 'cubic metre per day', 'flows through the Balticconnector pipeline', None, None, None, Q('in the second quarter', 2025, 2), None),
        ('0.08 bcm', 1, 0.08e9, 'cubic metre', 'exports from Lithuania to Poland through the GIPL interconnector', 'decrease', None, None, INQ, None),
        ('0.21 bcm', 1, 0.21e9, 'cubic metre', 'exports from Lithuania to Poland through the GIPL interconnector', None, None, None, Q('a year earlier', 2024, 3), None),
        ('25.4 bcm', 1, 25.4e9, 'cubic metre', 'Norwegian pipeline exports to the EU and the UK', None, None, None, INQ, ENTSOG),
        ('-4%', 1, -4, 'percent', 'Norwegian pipeline exports to the EU and the UK', 'decrease', 'year_on_year', None, INQ, ENTSOG),
        ('2.1 bcm', 1, 2.1e9, 'cubic metre', 'Baltic Pipe deliveries', None, None, None, INQ, ENTSOG),
        ('83%', 1, 83, 'percent', 'Baltic Pipe utilisation rate', None, None, 'approximately', INQ, ENTSOG),
        ('36.8 €/MWh', 1, 36.8, 'EUR', 'prices at the GET Baltic exchange', None, None, None, None, GETB),
        ('1.9 €/MWh', 1, 1.9, 'EUR', 'GET Baltic premium to the Dutch TTF hub', None, None, None, None, GETB),
        ('35.9 €/MWh', 1, 35.9, 'EUR', 'Finnish-Estonian balancing zone price', None, None, None, None, GETB),
        ('87%', 1, 87, 'percent', 'Inčukalns storage filling level', None, None, None, P('On 1 October', '2025-10-01', '2025-10-01'), GIE),
        ('1.9 bcm', 1, 1.9e9, 'cubic metre', 'gas held in Inčukalns storage', None, None, None, P('On 1 October', '2025-10-01', '2025-10-01'), GIE),
    ],
    'nbs_style_used_car_transactions.txt': [
        ('1.7862 million', 1, 1.7862e6, 'count', 'used car transactions', None, None, None, NOV25, CADA),
        ('3.6 percent', 1, 3.6, 'percent', 'used car transactions', 'increase', 'month_on_month', None, NOV25, CADA),
        ('5.2 percent', 1, 5.2, 'percent', 'used car transactions', 'increase', 'year_on_year', None, NOV25, CADA),
        ('111.34 billion yuan', 1, 111.34e9, 'CNY', 'used car transaction value', None, None, None, NOV25, CADA),
        ('18.2375 million', 1, 18.2375e6, 'count', 'cumulative number of used car transactions', None, None, None, JNC, CADA),
        ('3.4 percent', 1, 3.4, 'percent', 'cumulative number of used car transactions', 'increase', 'year_on_year', None, JNC, CADA),
        ('1,180.26 billion yuan', 1, 1180.26e9, 'CNY', 'cumulative transaction value', None, None, None, JNC, CADA),
        ('1.4411 million units', 1, 1.4411e6, 'count', 'used passenger vehicles traded', None, None, None, CNOV, CADA),
        ('80.68 percent', 1, 80.68, 'percent', 'used passenger vehicles share of total transactions', None, None, None, CNOV, CADA),
        ('0.1652 million units', 1, 0.1652e6, 'count', 'used commercial vehicles traded', None, None, None, CNOV, CADA),
        ('2.3 percent', 1, 2.3, 'percent', 'used commercial vehicles traded', 'increase', None, None, CNOV, CADA),
        ('496,700', 1, 496700, 'count', 'used cars transferred across regions', None, None, None, CINOV, CADA),
        ('27.81 percent', 1, 27.81, 'percent', 'cross-regional transfer rate', None, None, None, CINOV, CADA),
        ('0.62 percentage points', 1, 0.62, 'percentage_point', 'cross-regional transfer rate', 'increase', 'year_on_year', None, CINOV, CADA),
        ('62,300 yuan', 1, 62300, 'CNY', 'average transaction price of used cars', None, None, None, CNOV, CADA),
        ('2,400 yuan', 1, 2400, 'CNY', 'average transaction price of used cars', 'decrease', 'month_on_month', None, CNOV, CADA),
        ('156,800 units', 1, 156800, 'count', 'transactions of used new energy vehicles', None, None, None, CNOV, CADA),
        ('41.2 percent', 1, 41.2, 'percent', 'transactions of used new energy vehicles', 'increase', 'year_on_year', None, CNOV, CADA),
        ('152,300', 1, 152300, 'count', 'used car transaction volume in Guangdong', None, None, None, None, CADA),
        ('118,900', 1, 118900, 'count', 'used car transaction volume in Sichuan', None, None, None, None, CADA),
        ('105,600', 1, 105600, 'count', 'used car transaction volume in Zhejiang', None, None, None, None, CADA),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
