# ruff: noqa: E501, RUF001
"""Write corpus/annotated_45/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_45.py corpus/annotated_45
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
ISTAT = "Italian National Institute of Statistics"
MFT = "Ministry of Foreign Trade"
SSB = "Statistics Norway"
NB = "Norges Bank"
RIV = "Rivian Automotive"
SA = "StreetAccount"
VA = "Visible Alpha"
TSLA = "Tesla"
COX = "Cox Automotive"
SCB = "Statistics Sweden"
RB = "Sveriges Riksbank"
BBG = "Bloomberg"
GOS = "Government of Sweden"
KSH = "Hungarian Central Statistical Office"
MNB = "National Bank of Hungary"
TE = "Trading Economics"
USDA = "U.S. Department of Agriculture"
CFTC = "Commodity Futures Trading Commission"
CB = "Coffee Board of India"
TB = "Tea Board of India"
LT = "LevelTen Energy"
BNA = "Federal Network Agency"
CRE = "Commission de régulation de l'énergie"
WE = "WindEurope"
NBS = "National Bureau of Statistics"
NEA = "National Energy Administration"

# 4501 ONS wealth (ref Thursday 2026-01-29)
W24 = P("in April 2022 to March 2024", "2022-04-01", "2024-03-31")
W24I = P("In April 2022 to March 2024", "2022-04-01", "2024-03-31")
BETW = P("Between April 2020 to March 2022 and April 2022 to March 2024", "2022-04-01", "2024-03-31")
LATEST = P("In the latest period", "2022-04-01", "2024-03-31")
W22 = P("for April 2020 to March 2022", "2020-04-01", "2022-03-31")
SURV = P("between April 2022 and March 2024", "2022-04-01", "2024-03-31")
# 4502 Reuters 1987 (ref Thursday 1987-04-23)
FEB = per("in February", 1987, 2)
FEBI = per("In February", 1987, 2)
JAN = per("in January", 1987, 1)
FEB86 = per("in February 1986", 1986, 2)
YE86 = per("a year earlier", 1986, 2)
# 4503 Reuters 2025 (ref Friday 2025-11-14)
JSP = Q("in the July-September period", 2025, 3)
JSQ = Q("in the July-September quarter", 2025, 3)
NSEP = per("in September", 2025, 9)
# 4504 CNBC (ref Friday 2026-01-02)
CQ4 = Q("in the fourth quarter", 2025, 4)
FRI = P("Friday", "2026-01-02", "2026-01-02")
# 4505 MT Newswires (ref Friday 2025-12-12)
NOV = per("in November", 2025, 11)
OCT = per("in October", 2025, 10)
# 4506 Trading Economics (ref Tuesday 2025-12-09)
HNOV = per("in November", 2025, 11)
HOCT = per("in October", 2025, 10)
# 4507 Investing.com (ref Friday 2025-12-12)
ET = P("By 11:20 ET", None, None)
WK = P("in the week ended Dec. 4", "2025-11-28", "2025-12-04")
MY = P("2025/26", "2025-08-01", "2026-07-31")
# 4508 Business Standard (ref Tuesday 2025-11-18)
JO25 = P("during January-October 2025", "2025-01-01", "2025-10-31")
TENM = P("during the ten months", "2025-01-01", "2025-10-31")
JS = P("in January-September", "2025-01-01", "2025-09-30")
# 4509 DG ENER (ref Wednesday 2026-04-15)
Q425 = Q("In the fourth quarter of 2025", 2025, 4)
INQ = Q("in the quarter", 2025, 4)
NOVA = per("November", 2025, 11)
D1 = P("of 1 December", "2025-12-01", "2025-12-01")
# 4510 NBS (ref Saturday 2026-02-28)
Y25 = Y("in 2025", 2025)
Y25I = Y("In 2025", 2025)
WHOLE = Y("For the whole year", 2025)
FYP = P("In the 14th Five-Year Plan period (2021-2025)", "2021-01-01", "2025-12-31")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_wealth_great_britain.txt': [
        ('£16.1 trillion', 1, 16.1e12, 'GBP', 'aggregate total wealth of private households in Great Britain', None, None, None, W24, None),
        ('4%', 1, 4, 'percent', 'aggregate total wealth of private households in Great Britain', 'increase', 'period_on_period', None, W24, None),
        ('£305,400', 1, 305400, 'GBP', 'median household total wealth', None, None, None, None, None),
        ('43%', 1, 43, 'percent', 'wealthiest 10% of households share of all wealth', None, None, None, None, None),
        ('9%', 1, 9, 'percent', 'least wealthy half of households share of all wealth', None, None, 'approximately', None, None),
        ('61%', 1, 61, 'percent', 'Gini coefficient for total wealth', None, None, None, W24, None),
        ('£6.7 trillion', 1, 6.7e12, 'GBP', 'private pension wealth', None, None, None, W24I, ONS),
        ('42%', 1, 42, 'percent', 'private pension wealth share of total wealth', None, None, None, W24I, ONS),
        ('£5.8 trillion', 1, 5.8e12, 'GBP', 'net property wealth', None, None, None, W24I, ONS),
        ('£2.2 trillion', 1, 2.2e12, 'GBP', 'net financial wealth', None, None, None, W24I, ONS),
        ('£1.4 trillion', 1, 1.4e12, 'GBP', 'physical wealth', None, None, None, W24I, ONS),
        ('2%', 1, 2, 'percent', 'net property wealth', 'decrease', 'period_on_period', None, BETW, ONS),
        ('9%', 2, 9, 'percent', 'private pension wealth', 'increase', 'period_on_period', None, BETW, ONS),
        ('6%', 1, 6, 'percent', 'net financial wealth', 'increase', 'period_on_period', None, BETW, ONS),
        ('£1,190,000', 1, 1190000, 'GBP', 'total wealth at the 90th percentile', None, None, 'at_least', LATEST, ONS),
        ('79 times', 1, 79, 'times', 'wealth at the 90th percentile relative to the 10th percentile', None, None, 'approximately', LATEST, ONS),
        ('£15,100', 1, 15100, 'GBP', 'total wealth at the 10th percentile', None, None, 'up_to', LATEST, ONS),
        ('£503,800', 1, 503800, 'GBP', 'median wealth in the South East', None, None, None, None, ONS),
        ('four times', 1, 4, 'times', 'median wealth in the South East relative to the North East', None, None, 'more_than', None, ONS),
        ('£118,300', 1, 118300, 'GBP', 'median wealth in the North East', None, None, None, None, ONS),
        ('£389,000', 1, 389000, 'GBP', 'median wealth in London', None, None, None, None, ONS),
        ('6%', 2, 6, 'percent', 'median wealth in London', 'decrease', 'period_on_period', None, None, ONS),
        ('£15.6 trillion', 1, 15.6e12, 'GBP', 'aggregate total wealth', 'increase', None, None, W22, ONS),
        ('£15.3 trillion', 1, 15.3e12, 'GBP', 'aggregate total wealth', None, None, None, W22, ONS),
        ('17,800', 1, 17800, 'count', 'household interviews achieved by the survey', None, None, 'approximately', SURV, ONS),
    ],
    'wire_1987_italy_trade_deficit.txt': [
        ('1,380 BILLION LIRE', 1, 1380e9, 'ITL', 'Italian trade deficit', 'decrease', None, None, per('IN FEBRUARY', 1987, 2), None),
        ('1,380 billion lire', 1, 1380e9, 'ITL', 'trade deficit', 'decrease', None, None, FEB, ISTAT),
        ('2,215 billion', 1, 2215e9, 'ITL', 'trade deficit', None, None, None, JAN, ISTAT),
        ('870 billion lire', 1, 870e9, 'ITL', 'trade deficit', None, None, None, FEB86, ISTAT),
        ('6.8 pct', 1, 6.8, 'percent', 'imports', 'increase', 'year_on_year', None, FEB, ISTAT),
        ('10,940 billion lire', 1, 10940e9, 'ITL', 'imports', 'increase', None, None, FEB, ISTAT),
        ('1.9 pct', 1, 1.9, 'percent', 'exports', 'increase', 'year_on_year', None, FEB, ISTAT),
        ('9,560 billion', 1, 9560e9, 'ITL', 'exports', 'increase', None, None, FEB, ISTAT),
        ('24.6 pct', 1, 24.6, 'percent', 'imports from OPEC countries', 'decrease', 'year_on_year', None, FEB, ISTAT),
        ('9.1 pct', 1, 9.1, 'percent', 'imports from the United States', 'decrease', 'year_on_year', None, FEB, ISTAT),
        ('410 billion lire', 1, 410e9, 'ITL', 'deficit in trade with other European Community countries', None, None, None, FEBI, ISTAT),
        ('125 billion', 1, 125e9, 'ITL', 'surplus in trade with other European Community countries', None, None, None, YE86, ISTAT),
        ('970 billion', 1, 970e9, 'ITL', 'deficit with non-EEC countries', 'decrease', None, None, FEBI, ISTAT),
        ('995 billion', 1, 995e9, 'ITL', 'deficit with non-EEC countries', None, None, None, YE86, ISTAT),
        ('56.8 pct', 1, 56.8, 'percent', 'EEC countries share of Italian exports', None, None, None, FEBI, ISTAT),
        ('21.4 pct', 1, 21.4, 'percent', 'energy bill', 'decrease', 'year_on_year', None, FEB, ISTAT),
        ('1,470 billion lire', 1, 1470e9, 'ITL', 'energy bill', 'decrease', None, None, FEB, ISTAT),
        ('90 billion lire', 1, 90e9, 'ITL', 'non-energy surplus', None, None, None, FEB, ISTAT),
        ('1,000 billion', 1, 1000e9, 'ITL', 'non-energy surplus', None, None, None, FEB86, ISTAT),
        ('3,595 billion lire', 1, 3595e9, 'ITL', 'trade deficit', None, None, None, P('In the first two months of 1987', '1987-01-01', '1987-02-28'), ISTAT),
        ('2,960 billion', 1, 2960e9, 'ITL', 'trade deficit', None, None, None, P('in the same 1986 period', '1986-01-01', '1986-02-28'), ISTAT),
        ('1,150 billion lire', 1, 1150e9, 'ITL', 'seasonally adjusted deficit', None, None, None, per('February', 1987, 2), ISTAT),
        ('1,620 billion', 1, 1620e9, 'ITL', 'seasonally adjusted deficit', None, None, None, JAN, ISTAT),
        ('8,000', 1, 8000e9, 'ITL', 'trade deficit', None, None, None, Y('1987', 1987), MFT),
        ('10,000 billion lire', 1, 10000e9, 'ITL', 'trade deficit', None, None, None, Y('1987', 1987), MFT),
        ('3,700 billion', 1, 3700e9, 'ITL', 'trade deficit', None, None, None, Y('last year', 1986), MFT),
    ],
    'wire_2025_norway_mainland_gdp.txt': [
        ('0.4%', 1, 0.4, 'percent', "Norway's mainland economy", 'increase', None, None, Q('in third quarter', 2025, 3), None),
        ('0.4%', 2, 0.4, 'percent', 'mainland gross domestic product', 'increase', 'quarter_on_quarter', None, JSP, SSB),
        ('0.2%', 1, 0.2, 'percent', 'mainland gross domestic product', 'increase', 'quarter_on_quarter', None, JSP, 'Reuters'),
        ('0.3%', 1, 0.3, 'percent', 'growth', 'increase', None, None, Q('in the second quarter', 2025, 2), SSB),
        ('0.1%', 1, 0.1, 'percent', 'growth', None, None, None, Q('in the second quarter', 2025, 2), SSB),
        ('0.3%', 2, 0.3, 'percent', 'mainland growth', 'increase', None, None, Q('for the third quarter', 2025, 3), NB),
        ('0.2%', 2, 0.2, 'percent', 'mainland GDP', 'increase', 'month_on_month', None, NSEP, SSB),
        ('0.1%', 2, 0.1, 'percent', 'mainland GDP', 'decrease', 'month_on_month', None, per('in August', 2025, 8), SSB),
        ('0.6%', 1, 0.6, 'percent', 'household consumption', 'increase', 'month_on_month', None, NSEP, SSB),
        ('1.4%', 1, 1.4, 'percent', 'mainland business investment', 'decrease', 'month_on_month', None, NSEP, SSB),
        ('1.6%', 1, 1.6, 'percent', 'mainland output', 'increase', 'year_on_year', None, JSQ, SSB),
        ('1.1%', 1, 1.1, 'percent', 'total GDP', 'increase', 'quarter_on_quarter', None, JSQ, SSB),
        ('3.2%', 1, 3.2, 'percent', 'oil and gas output', 'increase', 'quarter_on_quarter', None, JSQ, SSB),
        ('quarter point', 1, 0.25, 'percentage_point', 'policy rate', 'decrease', None, None, NSEP, NB),
        ('4.00%', 1, 4.0, 'percent', 'policy rate', 'decrease', None, None, NSEP, NB),
        ('1.0%', 1, 1.0, 'percent', 'mainland growth', 'increase', None, None, Y('for 2025', 2025), NB),
        ('1.3%', 1, 1.3, 'percent', 'mainland growth', 'increase', None, None, Y('in 2026', 2026), NB),
        ('4.8%', 1, 4.8, 'percent', 'seasonally adjusted unemployment', 'increase', None, None, P('in the three months to September', '2025-07-01', '2025-09-30'), SSB),
        ('4.6%', 1, 4.6, 'percent', 'seasonally adjusted unemployment', None, None, None, P('in the three months to August', '2025-06-01', '2025-08-31'), SSB),
        ('0.3%', 3, 0.3, 'percent', 'crown', 'increase', None, None, None, SSB),
        ('11.62', 1, 11.62, 'NOK', 'crown', 'increase', None, None, None, SSB),
    ],
    'cnbc_style_ev_deliveries_quarterly.txt': [
        ('7%', 1, 7, 'percent', 'Rivian stock', 'decrease', None, None, None, None),
        ('9,745 vehicles', 1, 9745, 'count', 'vehicles delivered', None, None, None, CQ4, RIV),
        ('31%', 1, 31, 'percent', 'vehicles delivered', 'decrease', 'year_on_year', None, CQ4, RIV),
        ('$7,500', 1, 7500, 'USD', 'federal EV tax credit', None, None, None, None, None),
        ('10,900', 1, 10900, 'count', 'deliveries', None, None, None, Q('for the quarter', 2025, 4), SA),
        ('11,200', 1, 11200, 'count', 'deliveries', None, None, 'approximately', Q('for the quarter', 2025, 4), VA),
        ('10,410 vehicles', 1, 10410, 'count', 'vehicles produced', None, None, None, Q('during the quarter', 2025, 4), RIV),
        ('42,247', 1, 42247, 'count', 'full-year deliveries', None, None, None, Y('full-year', 2025), RIV),
        ('41,500', 1, 41500, 'count', 'full-year deliveries guidance', None, None, None, Y('full-year', 2025), RIV),
        ('43,500', 1, 43500, 'count', 'full-year deliveries guidance', None, None, None, Y('full-year', 2025), RIV),
        ('51,579 vehicles', 1, 51579, 'count', 'vehicles delivered', None, None, None, Y('in 2024', 2024), RIV),
        ('7.2%', 1, 7.2, 'percent', 'shares of Rivian', 'decrease', None, None, FRI, RIV),
        ('$13.18', 1, 13.18, 'USD', 'shares of Rivian', 'decrease', None, None, FRI, RIV),
        ('9%', 1, 9, 'percent', 'Rivian stock', 'increase', None, 'approximately', P('over the past 12 months', '2025-01-02', '2026-01-02'), RIV),
        ('422,000 vehicles', 1, 422000, 'count', 'Tesla deliveries', 'decrease', None, 'approximately', CQ4, TSLA),
        ('495,570', 1, 495570, 'count', 'Tesla deliveries', None, None, None, Q('a year earlier', 2024, 4), TSLA),
        ('24%', 1, 24, 'percent', 'U.S. EV sales', 'decrease', 'quarter_on_quarter', None, CQ4, COX),
        ('330,000 units', 1, 330000, 'count', 'U.S. EV sales', 'decrease', None, 'approximately', CQ4, COX),
        ('6.3%', 1, 6.3, 'percent', 'EV share of new-vehicle sales', 'decrease', None, None, CQ4, COX),
        ('10.5%', 1, 10.5, 'percent', 'EV share of new-vehicle sales', None, None, None, Q('in the third quarter', 2025, 3), COX),
    ],
    'mt_newswires_sweden_cpif.txt': [
        ('2.3%', 1, 2.3, 'percent', "Sweden's CPIF inflation", 'decrease', None, None, per('November', 2025, 11), None),
        ('2.3%', 2, 2.3, 'percent', 'annual CPIF inflation rate', 'decrease', 'year_on_year', None, NOV, SCB),
        ('3.1%', 1, 3.1, 'percent', 'annual CPIF inflation rate', None, 'year_on_year', None, OCT, SCB),
        ('2.6%', 1, 2.6, 'percent', 'CPIF inflation', None, 'year_on_year', None, NOV, RB),
        ('2.5%', 1, 2.5, 'percent', 'CPIF inflation', None, 'year_on_year', None, NOV, BBG),
        ('2.6%', 2, 2.6, 'percent', 'CPIF excluding energy', 'decrease', 'year_on_year', None, NOV, SCB),
        ('2.9%', 1, 2.9, 'percent', 'CPIF excluding energy', None, 'year_on_year', None, OCT, SCB),
        ('0.3%', 1, 0.3, 'percent', 'headline CPI inflation', 'decrease', 'year_on_year', None, NOV, SCB),
        ('0.9%', 1, 0.9, 'percent', 'headline CPI inflation', None, 'year_on_year', None, OCT, SCB),
        ('0.2%', 1, 0.2, 'percent', 'CPIF', 'decrease', 'month_on_month', None, NOV, SCB),
        ('0.4%', 1, 0.4, 'percent', 'CPI', 'decrease', 'month_on_month', None, NOV, SCB),
        ('417.82', 1, 417.82, 'index_point', 'CPI index level', None, None, None, NOV, SCB),
        ('12.4%', 1, 12.4, 'percent', 'electricity prices', 'decrease', 'year_on_year', None, NOV, SCB),
        ('1.9%', 1, 1.9, 'percent', 'food prices', 'increase', 'year_on_year', None, NOV, SCB),
        ('2.4%', 1, 2.4, 'percent', 'food prices', None, 'year_on_year', None, OCT, SCB),
        ('1.75%', 1, 1.75, 'percent', 'policy rate', None, None, None, NOV, RB),
        ('2%', 1, 2, 'percent', 'CPIF inflation target', None, None, None, None, RB),
        ('2.7%', 1, 2.7, 'percent', 'CPIF inflation', None, None, None, Y('in 2025', 2025), RB),
        ('1.0%', 1, 1.0, 'percent', 'CPIF inflation', 'decrease', None, None, Y('in 2026', 2026), RB),
        ('6%', 1, 6, 'percent', 'VAT rate on food', 'decrease', None, None, per('in April 2026', 2026, 4), GOS),
        ('12%', 1, 12, 'percent', 'VAT rate on food', None, None, None, per('in April 2026', 2026, 4), GOS),
        ('10.92', 1, 10.92, 'SEK', 'Swedish crown', None, None, None, None, SCB),
    ],
    'trading_economics_style_hungary_inflation.txt': [
        ('4.3%', 1, 4.3, 'percent', 'Hungary Inflation Rate', None, None, None, None, None),
        ('4.3%', 2, 4.3, 'percent', 'annual inflation rate in Hungary', None, 'year_on_year', None, per('in November 2025', 2025, 11), KSH),
        ('4.2%', 1, 4.2, 'percent', 'annual inflation rate in Hungary', None, 'year_on_year', None, per('in November 2025', 2025, 11), None),
        ('2', 1, 2, 'percent', 'tolerance band', None, None, None, None, MNB),
        ('4%', 1, 4, 'percent', 'tolerance band', None, None, None, None, MNB),
        ('6.50%', 1, 6.5, 'percent', 'base rate', None, None, None, P('since September 2024', '2024-09-01', '2025-12-09'), MNB),
        ('6.1%', 1, 6.1, 'percent', 'prices for services', 'increase', 'year_on_year', None, HNOV, KSH),
        ('6.0%', 1, 6.0, 'percent', 'prices for services', None, 'year_on_year', None, HOCT, KSH),
        ('4.9%', 1, 4.9, 'percent', 'food inflation', 'decrease', 'year_on_year', None, HNOV, KSH),
        ('5.6%', 1, 5.6, 'percent', 'food inflation', None, 'year_on_year', None, HOCT, KSH),
        ('6.8%', 1, 6.8, 'percent', 'inflation for alcoholic beverages and tobacco', 'decrease', 'year_on_year', None, HNOV, KSH),
        ('7.7%', 1, 7.7, 'percent', 'inflation for alcoholic beverages and tobacco', None, 'year_on_year', None, HOCT, KSH),
        ('0.6%', 1, 0.6, 'percent', 'consumer durables prices', 'decrease', 'year_on_year', None, HNOV, KSH),
        ('0.4%', 1, 0.4, 'percent', 'household energy costs', 'increase', 'year_on_year', None, HNOV, KSH),
        ('4.5%', 1, 4.5, 'percent', 'annual core inflation', 'increase', 'year_on_year', None, HNOV, KSH),
        ('4.4%', 1, 4.4, 'percent', 'annual core inflation', None, 'year_on_year', None, HOCT, KSH),
        ('0.1%', 1, 0.1, 'percent', 'consumer prices', 'increase', 'month_on_month', None, HNOV, KSH),
        ('0.3%', 1, 0.3, 'percent', 'consumer prices', 'increase', 'month_on_month', None, per('in the previous month', 2025, 10), KSH),
        ('11.62 percent', 1, 11.62, 'percent', 'Inflation Rate in Hungary average', None, None, None, P('from 1960 until 2025', '1960-01-01', '2025-12-31'), KSH),
        ('33.40 percent', 1, 33.40, 'percent', 'Inflation Rate in Hungary all time high', None, None, None, per('in January 1991', 1991, 1), KSH),
        ('-3.10 percent', 1, -3.10, 'percent', 'Inflation Rate in Hungary record low', 'decrease', None, None, per('in January 1960', 1960, 1), KSH),
        ('4.00 percent', 1, 4.00, 'percent', 'Inflation Rate in Hungary', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('3.60 percent', 1, 3.60, 'percent', 'Hungary Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('3.30 percent', 1, 3.30, 'percent', 'Hungary Inflation Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_cotton_futures.txt': [
        ('0.52 cents', 1, 0.0052, 'USD', 'benchmark March cotton contract', 'decrease', None, None, ET, None),
        ('0.8%', 1, 0.8, 'percent', 'benchmark March cotton contract', 'decrease', None, None, ET, None),
        ('63.14 cents', 1, 0.6314, 'USD', 'benchmark March cotton contract', 'decrease', None, None, ET, None),
        ('62.88 cents', 1, 0.6288, 'USD', 'benchmark March cotton contract', None, None, None, ET, None),
        ('9%', 1, 9, 'percent', 'March cotton contract', 'decrease', None, 'approximately', P('so far this year', '2025-01-01', '2025-12-12'), None),
        ('0.3%', 1, 0.3, 'percent', 'U.S. dollar index', 'increase', None, None, None, None),
        ('98.74', 1, 98.74, 'index_point', 'U.S. dollar index', 'increase', None, None, None, None),
        ('4 cents', 1, 0.04, 'USD', 'discount of Brazilian cotton to U.S. supplies', None, None, 'approximately', None, None),
        ('142,600 running bales', 1, 142600, 'count', 'net upland cotton export sales', None, None, None, WK, USDA),
        ('38%', 1, 38, 'percent', 'net upland cotton export sales', 'decrease', 'period_on_period', None, WK, USDA),
        ('21%', 1, 21, 'percent', 'net upland cotton export sales', 'decrease', None, None, WK, USDA),
        ('187,300 bales', 1, 187300, 'count', 'shipments', 'increase', None, None, WK, USDA),
        ('151,900 bales', 1, 151900, 'count', 'shipments', None, None, None, P('a week earlier', '2025-11-21', '2025-11-27'), USDA),
        ('41,200 bales', 1, 41200, 'count', 'export sales to Vietnam', None, None, None, None, USDA),
        ('28,900', 1, 28900, 'count', 'export sales to Pakistan', None, None, None, None, USDA),
        ('19,400 bales', 1, 19400, 'count', 'export sales to Turkey', None, None, None, None, USDA),
        ('250,000 bales', 1, 250000, 'count', 'U.S. production', 'increase', None, None, MY, USDA),
        ('14.27 million bales', 1, 14.27e6, 'count', 'U.S. production', 'increase', None, None, MY, USDA),
        ('12.2 million bales', 1, 12.2e6, 'count', 'U.S. exports', None, None, None, MY, USDA),
        ('72.9 million bales', 1, 72.9e6, 'count', 'world ending stocks', 'decrease', None, None, MY, USDA),
        ('48,215 contracts', 1, 48215, 'count', 'net short position of speculators', None, None, None, P('in the week to Dec. 2', '2025-11-26', '2025-12-02'), CFTC),
    ],
    'business_standard_style_coffee_tea_exports.txt': [
        ('9%', 1, 9, 'percent', 'coffee exports', 'increase', None, None, P('in Jan-Oct', '2025-01-01', '2025-10-31'), None),
        ('3.1 lakh tonnes', 1, 310000, 'tonne', 'coffee exports', 'increase', None, None, P('in Jan-Oct', '2025-01-01', '2025-10-31'), None),
        ('9.2 per cent', 1, 9.2, 'percent', "India's coffee exports", 'increase', 'year_on_year', None, JO25, CB),
        ('3,10,450 tonnes', 1, 310450, 'tonne', "India's coffee exports", 'increase', None, None, JO25, CB),
        ('38 per cent', 1, 38, 'percent', 'shipments in value terms', 'increase', 'year_on_year', None, TENM, CB),
        ('₹15,820 crore', 1, 15820e7, 'INR', 'shipments in value terms', 'increase', None, None, TENM, CB),
        ('₹5,09,560', 1, 509560, 'INR', 'unit value realisation', 'increase', None, None, TENM, CB),
        ('₹4,02,180', 1, 402180, 'INR', 'unit value realisation', None, None, None, P('in the same period last year', '2024-01-01', '2024-10-31'), CB),
        ('60 per cent', 1, 60, 'percent', 'robusta shipments share of coffee export volume', None, None, 'approximately', None, CB),
        ('1,84,300 tonnes', 1, 184300, 'tonne', 'robusta shipments', None, None, None, None, CB),
        ('6.5 per cent', 1, 6.5, 'percent', 'arabica exports', 'decrease', None, None, None, CB),
        ('42,150 tonnes', 1, 42150, 'tonne', 'arabica exports', 'decrease', None, None, None, CB),
        ('11 per cent', 1, 11, 'percent', 'instant coffee re-exports', 'increase', None, None, None, CB),
        ('31,700 tonnes', 1, 31700, 'tonne', 'instant coffee re-exports', 'increase', None, None, None, CB),
        ('18 per cent', 1, 18, 'percent', 'Italy share of coffee shipments', None, None, None, None, CB),
        ('11 per cent', 2, 11, 'percent', 'Germany share of coffee shipments', None, None, None, None, CB),
        ('8 per cent', 1, 8, 'percent', 'Belgium share of coffee shipments', None, None, None, None, CB),
        ('3.4 per cent', 1, 3.4, 'percent', 'tea exports', 'decrease', None, None, JS, TB),
        ('186.9 million kg', 1, 186.9e6, 'kilogram', 'tea exports', 'decrease', None, None, JS, TB),
        ('4.1 per cent', 1, 4.1, 'percent', 'tea export earnings', 'increase', None, None, JS, TB),
        ('₹5,612 crore', 1, 5612e7, 'INR', 'tea export earnings', 'increase', None, None, JS, TB),
        ('₹300.27', 1, 300.27, 'INR', 'average unit price of tea exports', None, None, None, JS, TB),
        ('250 million kg', 1, 250e6, 'kilogram', 'tea exports', None, None, 'approximately', Y('for the calendar year', 2025), TB),
        ('254.67 million kg', 1, 254.67e6, 'kilogram', 'tea exports', None, None, None, Y('in 2024', 2024), TB),
    ],
    'eu_energy_style_renewable_ppa_auction_prices.txt': [
        ('37.5 €/MWh', 1, 37.5, 'EUR', 'average price of solar power purchase agreements signed in Europe', None, None, None, Q425, None),
        ('6%', 1, 6, 'percent', 'average price of solar power purchase agreements signed in Europe', 'decrease', 'quarter_on_quarter', None, Q425, None),
        ('58.2 €/MWh', 1, 58.2, 'EUR', 'onshore wind PPA price', None, None, None, Q425, None),
        ('32.8 €/MWh', 1, 32.8, 'EUR', 'solar PPA prices in Spain', None, None, None, INQ, LT),
        ('51.4 €/MWh', 1, 51.4, 'EUR', 'solar PPA prices in Germany', None, None, None, INQ, LT),
        ('11%', 1, 11, 'percent', 'Spanish solar PPA price', 'decrease', 'year_on_year', None, INQ, LT),
        ('4.9 GW', 1, 4.9, 'gigawatt', 'contracted PPA volumes in Europe', None, None, None, INQ, LT),
        ('18%', 1, 18, 'percent', 'contracted PPA volumes in Europe', 'decrease', 'year_on_year', None, INQ, LT),
        ('16.3 GW', 1, 16.3, 'gigawatt', 'contracted PPA volumes in Europe', 'decrease', None, None, Y('2025', 2025), LT),
        ('19.1 GW', 1, 19.1, 'gigawatt', 'contracted PPA volumes in Europe', None, None, None, Y('in 2024', 2024), LT),
        ('two thirds', 1, 0.6667, 'fraction', 'solar share of capacity contracted', None, None, 'approximately', Y('in 2025', 2025), LT),
        ('3,441 MW', 1, 3441, 'megawatt', 'capacity awarded in the onshore wind auction', None, None, None, NOVA, BNA),
        ('5,860 MW', 1, 5860, 'megawatt', 'bids in the onshore wind auction', None, None, None, NOVA, BNA),
        ('6.57 ct/kWh', 1, 0.0657, 'EUR', 'average volume-weighted award value', 'decrease', None, None, NOVA, BNA),
        ('6.83 ct/kWh', 1, 0.0683, 'EUR', 'average volume-weighted award value', None, None, None, per('in the August round', 2025, 8), BNA),
        ('1,105 MW', 1, 1105, 'megawatt', 'capacity awarded in the solar auction', None, None, None, D1, BNA),
        ('4.79 ct/kWh', 1, 0.0479, 'EUR', 'average award value in the solar auction', None, None, None, D1, BNA),
        ('4.14 ct/kWh', 1, 0.0414, 'EUR', 'bids in the solar auction', None, None, None, D1, BNA),
        ('5.20 ct/kWh', 1, 0.0520, 'EUR', 'bids in the solar auction', None, None, None, D1, BNA),
        ('925 MW', 1, 925, 'megawatt', 'capacity awarded in the ground-mounted solar tender', None, None, None, None, CRE),
        ('79.2 €/MWh', 1, 79.2, 'EUR', 'average price in the ground-mounted solar tender', None, None, None, None, CRE),
        ('2.1%', 1, 2.1, 'percent', 'average price in the ground-mounted solar tender', 'increase', 'period_on_period', None, None, CRE),
        ('2.4 GW', 1, 2.4, 'gigawatt', "capacity secured in Poland's contract-for-difference auction", None, None, 'approximately', per('in December', 2025, 12), None),
        ('21.6 GW', 1, 21.6, 'gigawatt', 'renewable capacity awarded in auctions across the EU', None, None, None, Y('in 2025', 2025), WE),
        ('7%', 1, 7, 'percent', 'renewable capacity awarded in auctions across the EU', 'increase', 'year_on_year', 'approximately', Y('in 2025', 2025), WE),
    ],
    'nbs_style_energy_intensity.txt': [
        ('3.6 percent', 1, 3.6, 'percent', 'energy consumption per unit of GDP', 'decrease', None, None, Y25, None),
        ('6.02 billion tons of standard coal equivalent', 1, 6.02e9, 'tonne of coal equivalent', 'total energy consumption', None, None, None, Y25, NBS),
        ('2.9 percent', 1, 2.9, 'percent', 'total energy consumption', 'increase', 'year_on_year', None, Y25, NBS),
        ('1.1 percent', 1, 1.1, 'percent', 'coal consumption', 'increase', 'year_on_year', None, Y25I, NBS),
        ('1.4 percent', 1, 1.4, 'percent', 'crude oil consumption', 'decrease', 'year_on_year', None, Y25I, NBS),
        ('5.8 percent', 1, 5.8, 'percent', 'natural gas consumption', 'increase', 'year_on_year', None, Y25I, NBS),
        ('5.3 percent', 1, 5.3, 'percent', 'electricity consumption', 'increase', 'year_on_year', None, Y25I, NBS),
        ('52.4 percent', 1, 52.4, 'percent', 'coal share of total energy consumption', None, None, None, Y25I, NBS),
        ('0.8 percentage points', 1, 0.8, 'percentage_point', 'coal share of total energy consumption', 'decrease', 'year_on_year', None, Y25I, NBS),
        ('29.6 percent', 1, 29.6, 'percent', 'clean energy share of total energy consumption', None, None, None, Y25I, NBS),
        ('1.6 percentage points', 1, 1.6, 'percentage_point', 'clean energy share of total energy consumption', 'increase', 'year_on_year', None, Y25I, NBS),
        ('3.6 percent', 2, 3.6, 'percent', 'energy consumption per 10,000 yuan of GDP', 'decrease', 'year_on_year', None, WHOLE, NBS),
        ('4.1 percent', 1, 4.1, 'percent', 'carbon dioxide emissions per 10,000 yuan of GDP', 'decrease', 'year_on_year', None, WHOLE, NBS),
        ('4.8 percent', 1, 4.8, 'percent', 'energy consumption per 10,000 yuan of value added by industrial enterprises above designated size', 'decrease', 'year_on_year', None, WHOLE, NBS),
        ('11.2 percent', 1, 11.2, 'percent', 'energy consumption per unit of GDP', 'decrease', None, None, FYP, NBS),
        ('13.5 percent', 1, 13.5, 'percent', 'target for the reduction of energy consumption per unit of GDP', None, None, None, FYP, None),
        ('1,840 million kilowatts', 1, 1840e6, 'kilowatt', 'installed capacity of grid-connected wind and solar power', None, None, None, P('at the end of 2025', '2025-12-31', '2025-12-31'), NEA),
        ('31.5 percent', 1, 31.5, 'percent', 'installed capacity of grid-connected wind and solar power', 'increase', 'year_on_year', None, P('at the end of 2025', '2025-12-31', '2025-12-31'), NEA),
        ('47.3 percent', 1, 47.3, 'percent', 'wind and solar share of total installed power generation capacity', None, None, None, P('at the end of 2025', '2025-12-31', '2025-12-31'), NEA),
        ('4,350 billion kWh', 1, 4350e9, 'kilowatt hour', 'non-fossil power generation', None, None, None, Y25, NEA),
        ('two fifths', 1, 0.4, 'fraction', 'non-fossil power share of total electricity generation', None, None, 'approximately', Y25, NEA),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
