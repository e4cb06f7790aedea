# ruff: noqa: E501, RUF001
"""Write corpus/annotated_53/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_53.py corpus/annotated_53
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
BOJ = "Bank of Japan"
INDEC = "National Institute of Statistics and Censuses"
BCRA = "Central Bank of the Argentine Republic"
RTRS = "Reuters"
NFLX = "Netflix"
LSEG = "LSEG"
SA = "StreetAccount"
BBG = "Bloomberg"
BOE = "Bank of England"
SPG = "S&P Global"
TE = "Trading Economics"
LME = "London Metal Exchange"
SMM = "Shanghai Metals Market"
INSG = "International Nickel Study Group"
MOCI = "Ministry of Commerce and Industry"
AEPC = "Apparel Export Promotion Council"
CITI = "Confederation of Indian Textile Industry"
MOT = "Ministry of Textiles"
EST = "Eurostat"
CAAC = "Civil Aviation Administration of China"

# 5301 ONS regional GDP (ref Thursday 2026-04-23)
I2024 = Y("in 2024", 2024)
I2023 = Y("in 2023", 2023)
B2324 = P("between 2023 and 2024", "2024-01-01", "2024-12-31")
B1924 = P("Between 2019 and 2024", "2019-01-01", "2024-12-31")
# 5302 Reuters 1987 (ref Tuesday 1987-05-12)
APR = per("in April", 1987, 4)
MAR = per("in March", 1987, 3)
# 5303 Reuters 2025 (ref Thursday 2025-12-11)
ANOV = per("in November", 2025, 11)
AOCT = per("in October", 2025, 10)
THU = P("on Thursday", "2025-12-11", "2025-12-11")
Y26 = Y("for 2026", 2026)
# 5304 CNBC (ref Thursday 2024-10-17)
CINQ = Q("in the quarter", 2024, 3)
CYA = Q("in the year-ago period", 2023, 3)
CEND = P("at the end of the quarter", "2024-09-30", "2024-09-30")
CQ4 = Q("For the fourth quarter", 2024, 4)
C24 = Y("2024", 2024)
# 5305 MT Newswires (ref Wednesday 2025-12-17)
HNOV = per("in November", 2025, 11)
T12 = per("in the 12 months to November", 2025, 11)
MOCT = per("in October", 2025, 10)
FUEL = per("between October and November", 2025, 11)
MPC = P("at Thursday's policy meeting", "2025-12-18", "2025-12-18")
# 5306 Trading Economics (ref Wednesday 2025-12-03)
NOV25 = per("in November 2025", 2025, 11)
TOCT = per("in October", 2025, 10)
TNOV = per("In November", 2025, 11)
# 5307 Investing.com (ref Thursday 2025-11-20)
ET = P("By 04:30 ET", None, None)
WED = P("on Wednesday", "2025-11-19", "2025-11-19")
F10 = P("in the first ten months of the year", "2025-01-01", "2025-10-31")
IOCT = per("in October", 2025, 10)
# 5308 Business Standard (ref Monday 2025-11-17)
BOCT = per("in October", 2025, 10)
INM = per("in the month", 2025, 10)
AO26 = P("during April-October of FY26", "2025-04-01", "2025-10-31")
S7M = P("in the seven months", "2025-04-01", "2025-10-31")
# 5309 DG ENER (ref Monday 2026-04-20)
EQ4 = Q("In the fourth quarter of 2025", 2025, 4)
EQ4L = Q("in the fourth quarter of 2025", 2025, 4)
EINQ = Q("in the quarter", 2025, 4)
E25 = Y("Over 2025 as a whole", 2025)
EDEC = per("in December", 2025, 12)
# 5310 CAAC / NBS style (ref Tuesday 2025-12-16)
NNOV = per("in November", 2025, 11)
NINOV = per("In November", 2025, 11)
JN = P("From January to November", "2025-01-01", "2025-11-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_regional_gross_value_added.txt': [
        ('£63,618', 1, 63618, 'GBP', 'GDP per head in London', None, None, None, I2024, None),
        ('73%', 1, 73, 'percent', 'GDP per head in London', 'increase', None, None, I2024, None),
        ('£26,904', 1, 26904, 'GBP', 'GDP per head in the North East', None, None, None, I2024, None),
        ('10', 1, 10, 'count', 'UK countries and English regions where real GDP grew', None, None, None, B2324, None),
        ('0.4%', 1, 0.4, 'percent', 'real GDP in Wales', 'decrease', 'year_on_year', None, B2324, None),
        ('0.2%', 1, 0.2, 'percent', 'real GDP in Northern Ireland', 'decrease', 'year_on_year', None, B2324, None),
        ('£2,493.2 billion', 1, 2493.2e9, 'GBP', 'UK gross value added at current basic prices', None, None, None, I2024, ONS),
        ('£586.1 billion', 1, 586.1e9, 'GBP', 'London GVA', None, None, None, I2024, ONS),
        ('a quarter', 1, 0.25, 'fraction', 'London share of UK GVA', None, None, 'approximately', I2024, ONS),
        ('1.1%', 1, 1.1, 'percent', 'real UK GVA', 'increase', 'year_on_year', None, I2024, ONS),
        ('1.9%', 1, 1.9, 'percent', 'real GVA in the South East', 'increase', 'year_on_year', None, I2024, ONS),
        ('1.6%', 1, 1.6, 'percent', 'real GVA in the East of England', 'increase', 'year_on_year', None, I2024, ONS),
        ('0.9%', 1, 0.9, 'percent', "Scotland's real GDP", 'increase', 'year_on_year', None, I2024, ONS),
        ('0.3%', 1, 0.3, 'percent', "Scotland's real GDP", 'decrease', 'year_on_year', None, I2023, ONS),
        ('0.1%', 1, 0.1, 'percent', "Scotland's real GDP", 'increase', 'year_on_year', None, I2023, ONS),
        ('£35,371', 1, 35371, 'GBP', 'nominal GDP per head in Scotland', None, None, None, I2024, ONS),
        ('67.8', 1, 67.8, 'index_point', 'GVA per head in the North East', None, None, None, None, ONS),
        ('172.9', 1, 172.9, 'index_point', 'GVA per head in London', None, None, None, None, ONS),
        ('107.4', 1, 107.4, 'index_point', 'GVA per head in the South East', None, None, None, None, ONS),
        ('84.5', 1, 84.5, 'index_point', 'GVA per head in the West Midlands', None, None, None, None, ONS),
        ('16.2%', 1, 16.2, 'percent', 'manufacturing share of GVA in the East Midlands', None, None, None, None, ONS),
        ('3.1%', 1, 3.1, 'percent', 'manufacturing share of GVA in London', None, None, None, None, ONS),
        ('14.5%', 1, 14.5, 'percent', 'real GVA in professional, scientific and technical activities in the North West', 'increase', None, None, B1924, ONS),
        ('8.2%', 1, 8.2, 'percent', 'real GVA in construction in the North West', 'increase', None, None, B1924, ONS),
    ],
    'wire_1987_japan_wholesale_prices.txt': [
        ('0.3 PCT', 1, 0.3, 'percent', 'Japan wholesale prices', 'decrease', None, None, per('APRIL', 1987, 4), None),
        ('0.3 pct', 1, 0.3, 'percent', "Japan's wholesale price index", 'decrease', 'month_on_month', None, APR, BOJ),
        ('86.9', 1, 86.9, 'index_point', "Japan's wholesale price index", 'decrease', None, None, APR, BOJ),
        ('0.1 pct', 1, 0.1, 'percent', "Japan's wholesale price index", 'decrease', 'month_on_month', None, MAR, BOJ),
        ('87.2', 1, 87.2, 'index_point', 'wholesale price index', None, None, None, per('March', 1987, 3), BOJ),
        ('87.3', 1, 87.3, 'index_point', 'wholesale price index', None, None, None, per('March', 1987, 3), BOJ),
        ('9.1 pct', 1, 9.1, 'percent', 'wholesale price index', 'decrease', 'year_on_year', None, APR, BOJ),
        ('9.7 pct', 1, 9.7, 'percent', 'wholesale price index', 'decrease', 'year_on_year', None, MAR, BOJ),
        ('8.8 pct', 1, 8.8, 'percent', 'wholesale price index', 'decrease', 'year_on_year', None, APR, None),
        ('0.1 pct', 2, 0.1, 'percent', 'domestic wholesale prices', 'decrease', 'month_on_month', None, APR, BOJ),
        ('5.8 pct', 1, 5.8, 'percent', 'domestic wholesale prices', 'decrease', 'year_on_year', None, APR, BOJ),
        ('0.9', 1, 0.9, 'percent', 'export prices', 'decrease', 'month_on_month', None, APR, BOJ),
        ('1.6 pct', 1, 1.6, 'percent', 'import prices', 'decrease', 'month_on_month', None, APR, BOJ),
        ('0.4 pct', 1, 0.4, 'percent', 'import prices measured in contract currencies', 'increase', 'month_on_month', None, APR, BOJ),
        ('3.9 pct', 1, 3.9, 'percent', 'prices of petroleum and coal products', 'decrease', 'month_on_month', None, APR, BOJ),
        ('0.8 pct', 1, 0.8, 'percent', 'prices of chemicals', 'decrease', 'month_on_month', None, APR, BOJ),
        ('0.6 percentage point', 1, 0.6, 'percentage_point', "yen's appreciation contribution to the decline in wholesale prices", 'decrease', None, 'approximately', per('April', 1987, 4), BOJ),
        ('142.6', 1, 142.6, 'JPY', 'yen', None, None, None, APR, BOJ),
        ('151.4', 1, 151.4, 'JPY', 'yen', None, None, None, MAR, BOJ),
        ('10.2 pct', 1, 10.2, 'percent', 'wholesale index', 'decrease', 'year_on_year', None, P('In the fiscal year ended March 31', '1986-04-01', '1987-03-31'), BOJ),
    ],
    'wire_2025_argentina_monthly_inflation.txt': [
        ('2.5%', 1, 2.5, 'percent', "Argentina's monthly inflation", 'increase', 'month_on_month', None, ANOV, None),
        ('2.5%', 2, 2.5, 'percent', "Argentina's consumer prices", 'increase', 'month_on_month', None, ANOV, INDEC),
        ('2.3%', 1, 2.3, 'percent', "Argentina's consumer prices", None, 'month_on_month', None, per('October', 2025, 10), INDEC),
        ('2.2%', 1, 2.2, 'percent', "Argentina's consumer prices", None, 'month_on_month', None, ANOV, RTRS),
        ('14', 1, 14, 'count', 'analysts in a Reuters poll', None, None, None, ANOV, RTRS),
        ('31.4%', 1, 31.4, 'percent', 'annual inflation', 'decrease', 'year_on_year', None, ANOV, INDEC),
        ('31.8%', 1, 31.8, 'percent', 'annual inflation', None, 'year_on_year', None, AOCT, INDEC),
        ('27.9%', 1, 27.9, 'percent', 'prices', 'increase', None, None, P('In the first eleven months of the year', '2025-01-01', '2025-11-30'), INDEC),
        ('2.4%', 1, 2.4, 'percent', 'core inflation', 'increase', 'month_on_month', None, ANOV, INDEC),
        ('3.6%', 1, 3.6, 'percent', 'regulated prices', 'increase', 'month_on_month', None, ANOV, INDEC),
        ('1.9%', 1, 1.9, 'percent', 'seasonal goods', 'increase', 'month_on_month', None, ANOV, INDEC),
        ('2.2%', 2, 2.2, 'percent', 'monthly inflation in Patagonia', None, 'month_on_month', None, ANOV, INDEC),
        ('2.8%', 1, 2.8, 'percent', 'monthly inflation in the Northeast', None, 'month_on_month', None, ANOV, INDEC),
        ('2.5%', 3, 2.5, 'percent', 'monthly inflation in Greater Buenos Aires', None, 'month_on_month', None, ANOV, INDEC),
        ('2.1%', 1, 2.1, 'percent', 'monthly inflation', None, 'month_on_month', None, per('in December', 2025, 12), BCRA),
        ('21.5%', 1, 21.5, 'percent', 'annual inflation', 'decrease', 'year_on_year', None, Y26, BCRA),
        ('22.9%', 1, 22.9, 'percent', 'annual inflation', None, 'year_on_year', None, Y26, BCRA),
        ('25.5%', 1, 25.5, 'percent', 'monthly inflation', None, 'month_on_month', None, per('in December 2023', 2023, 12), INDEC),
        ('$41.2 billion', 1, 41.2e9, 'USD', 'gross reserves', None, None, None, P('at the end of November', '2025-11-30', '2025-11-30'), BCRA),
        ('0.6%', 1, 0.6, 'percent', 'official peso', 'decrease', None, None, THU, BCRA),
        ('1,452', 1, 1452, 'ARS', 'official peso', 'decrease', None, None, THU, BCRA),
    ],
    'cnbc_style_streaming_subscribers_earnings.txt': [
        ('5.07 million', 1, 5.07e6, 'count', 'subscribers', 'increase', None, None, None, None),
        ('$5.40', 1, 5.40, 'USD', 'earnings per share', None, None, None, None, NFLX),
        ('$5.12', 1, 5.12, 'USD', 'earnings per share', None, None, None, None, None),
        ('$9.83 billion', 1, 9.83e9, 'USD', 'revenue', None, None, None, None, NFLX),
        ('$9.77 billion', 1, 9.77e9, 'USD', 'revenue', None, None, None, None, None),
        ('15%', 1, 15, 'percent', 'revenue', 'increase', 'year_on_year', None, CINQ, NFLX),
        ('$8.54 billion', 1, 8.54e9, 'USD', 'revenue', None, None, None, Q('a year earlier', 2023, 3), NFLX),
        ('$2.36 billion', 1, 2.36e9, 'USD', 'net income', 'increase', None, None, CINQ, NFLX),
        ('$5.40', 2, 5.40, 'USD', 'earnings per share', 'increase', None, None, CINQ, NFLX),
        ('$1.68 billion', 1, 1.68e9, 'USD', 'net income', None, None, None, CYA, NFLX),
        ('$3.73', 1, 3.73, 'USD', 'earnings per share', None, None, None, CYA, NFLX),
        ('282.7 million', 1, 282.7e6, 'count', 'global paid memberships', None, None, None, CEND, NFLX),
        ('278.2 million', 1, 278.2e6, 'count', 'global paid memberships', None, None, None, CEND, SA),
        ('5.07 million', 2, 5.07e6, 'count', 'paid memberships', 'increase', None, None, Q('during the quarter', 2024, 3), NFLX),
        ('8.76 million', 1, 8.76e6, 'count', 'paid memberships', None, None, None, Q('in the same period last year', 2023, 3), NFLX),
        ('690,000', 1, 690000, 'count', 'members in the U.S. and Canada region', 'increase', None, None, None, NFLX),
        ('2.33 million', 1, 2.33e6, 'count', 'members in Asia-Pacific', 'increase', None, None, None, NFLX),
        ('1.96 million', 1, 1.96e6, 'count', 'members in Europe, the Middle East and Africa', 'increase', None, None, None, NFLX),
        ('90,000', 1, 90000, 'count', 'members in Latin America', 'increase', None, 'approximately', None, NFLX),
        ('35%', 1, 35, 'percent', 'memberships on the ad-supported tier', 'increase', 'quarter_on_quarter', None, None, NFLX),
        ('50%', 1, 50, 'percent', 'ad-supported plan share of sign-ups', None, None, 'more_than', None, NFLX),
        ('$10.13 billion', 1, 10.13e9, 'USD', 'revenue', None, None, None, CQ4, NFLX),
        ('$4.23', 1, 4.23, 'USD', 'earnings per share', None, None, None, CQ4, NFLX),
        ('$4.48', 1, 4.48, 'USD', 'earnings per share', None, None, None, CQ4, LSEG),
        ('15%', 2, 15, 'percent', 'revenue growth', 'increase', None, None, C24, NFLX),
        ('14%', 1, 14, 'percent', 'revenue growth', None, None, None, C24, NFLX),
        ('15%', 3, 15, 'percent', 'revenue growth', None, None, None, C24, NFLX),
        ('27%', 1, 27, 'percent', 'operating margin', None, None, None, C24, NFLX),
        ('5%', 1, 5, 'percent', 'shares of Netflix', 'increase', None, 'more_than', None, NFLX),
    ],
    'mt_newswires_uk_cpi.txt': [
        ('3.2%', 1, 3.2, 'percent', 'UK inflation', 'decrease', None, None, HNOV, None),
        ('3.2%', 2, 3.2, 'percent', 'UK consumer price inflation', 'decrease', 'year_on_year', None, T12, ONS),
        ('3.6%', 1, 3.6, 'percent', 'UK consumer price inflation', None, 'year_on_year', None, MOCT, ONS),
        ('3.5%', 1, 3.5, 'percent', 'UK consumer price inflation', None, 'year_on_year', None, T12, BBG),
        ('0.2%', 1, 0.2, 'percent', 'consumer prices', 'decrease', 'month_on_month', None, HNOV, ONS),
        ('0.1%', 1, 0.1, 'percent', 'consumer prices', 'increase', 'month_on_month', None, per('a year earlier', 2024, 11), ONS),
        ('3.5%', 2, 3.5, 'percent', 'CPIH', 'decrease', 'year_on_year', None, T12, ONS),
        ('3.8%', 1, 3.8, 'percent', 'CPIH', None, 'year_on_year', None, MOCT, ONS),
        ('3.1%', 1, 3.1, 'percent', 'core CPI', 'decrease', 'year_on_year', None, HNOV, ONS),
        ('3.4%', 1, 3.4, 'percent', 'core CPI', None, 'year_on_year', None, MOCT, ONS),
        ('4.4%', 1, 4.4, 'percent', 'services inflation', 'decrease', 'year_on_year', None, HNOV, ONS),
        ('4.6%', 1, 4.6, 'percent', 'services inflation', None, 'year_on_year', None, MOCT, ONS),
        ('2.5%', 1, 2.5, 'percent', 'goods inflation', None, 'year_on_year', None, HNOV, ONS),
        ('4.2%', 1, 4.2, 'percent', 'food inflation', None, 'year_on_year', None, HNOV, ONS),
        ('1.8 pence', 1, 0.018, 'GBP', 'motor fuel prices', 'decrease', 'month_on_month', None, FUEL, ONS),
        ('134.9 pence', 1, 1.349, 'GBP', 'motor fuel prices', 'decrease', None, None, FUEL, ONS),
        ('3.4%', 2, 3.4, 'percent', 'CPI inflation', None, None, None, per('for November', 2025, 11), BOE),
        ('2%', 1, 2, 'percent', 'inflation target', None, None, None, None, BOE),
        ('4.0%', 1, 4.0, 'percent', 'Bank Rate', 'decrease', None, None, per('in August', 2025, 8), BOE),
        ('90%', 1, 90, 'percent', 'probability of a quarter-point cut', None, None, 'approximately', MPC, None),
        ('quarter-point', 1, 0.25, 'percentage_point', 'BoE rate cut', 'decrease', None, None, MPC, None),
        ('0.4%', 1, 0.4, 'percent', 'pound', 'decrease', None, None, None, ONS),
        ('$1.3342', 1, 1.3342, 'USD', 'pound', 'decrease', None, None, None, ONS),
    ],
    'trading_economics_style_saudi_non_oil_pmi.txt': [
        ('58.1', 1, 58.1, 'index_point', 'Saudi Arabia Non-Oil PMI', 'decrease', None, None, per('in November', 2025, 11), None),
        ('58.1', 2, 58.1, 'index_point', 'Riyad Bank Saudi Arabia PMI', 'decrease', None, None, NOV25, SPG),
        ('60.2', 1, 60.2, 'index_point', 'Riyad Bank Saudi Arabia PMI', None, None, None, TOCT, SPG),
        ('59.4', 1, 59.4, 'index_point', 'Riyad Bank Saudi Arabia PMI', None, None, None, NOV25, None),
        ('56.9', 1, 56.9, 'index_point', 'Riyad Bank Saudi Arabia PMI long-run average', None, None, None, NOV25, SPG),
        ('60.8', 1, 60.8, 'index_point', 'new orders sub-index', 'decrease', None, None, TNOV, SPG),
        ('64.1', 1, 64.1, 'index_point', 'new orders sub-index', None, None, None, TOCT, SPG),
        ('53.7', 1, 53.7, 'index_point', 'employment index', None, None, None, TNOV, SPG),
        ('57.2', 1, 57.2, 'index_point', 'input prices index', 'increase', None, None, None, SPG),
        ('55.9', 1, 55.9, 'index_point', 'input prices index', None, None, None, None, SPG),
        ('27%', 1, 27, 'percent', 'share of surveyed firms expecting activity to rise', 'decrease', None, 'approximately', TNOV, SPG),
        ('31%', 1, 31, 'percent', 'share of surveyed firms expecting activity to rise', None, None, None, TOCT, SPG),
        ('400', 1, 400, 'count', 'non-oil private sector companies covered by the survey', None, None, 'approximately', TNOV, SPG),
        ('56.88 points', 1, 56.88, 'index_point', 'Saudi Arabia Non Oil PMI average', None, None, None, P('Since 2009', '2009-01-01', '2025-12-03'), SPG),
        ('61.70 points', 1, 61.70, 'index_point', 'Saudi Arabia Non Oil PMI peak', None, None, None, per('in April of 2023', 2023, 4), SPG),
        ('42.40 points', 1, 42.40, 'index_point', 'Saudi Arabia Non Oil PMI trough', None, None, None, per('in April of 2020', 2020, 4), SPG),
        ('57.40 points', 1, 57.40, 'index_point', 'Saudi Arabia Non Oil PMI', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('56.50 points', 1, 56.50, 'index_point', 'Saudi Arabia Non Oil PMI', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('56.20 points', 1, 56.20, 'index_point', 'Saudi Arabia Non Oil PMI', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_nickel_lme.txt': [
        ('1.3%', 1, 1.3, 'percent', 'three-month nickel on the London Metal Exchange', 'decrease', None, None, ET, None),
        ('$14,620', 1, 14620, 'USD', 'three-month nickel on the London Metal Exchange', 'decrease', None, None, ET, None),
        ('$14,555', 1, 14555, 'USD', 'three-month nickel on the London Metal Exchange', None, None, None, ET, None),
        ('1.7%', 1, 1.7, 'percent', 'January contract on the Shanghai Futures Exchange', 'decrease', None, None, ET, None),
        ('117,850 yuan', 1, 117850, 'CNY', 'January contract on the Shanghai Futures Exchange', 'decrease', None, None, ET, None),
        ('0.2%', 1, 0.2, 'percent', 'dollar index', 'increase', None, None, ET, None),
        ('100.3', 1, 100.3, 'index_point', 'dollar index', 'increase', None, None, ET, None),
        ('4%', 1, 4, 'percent', 'nickel', 'decrease', None, 'approximately', per('this month', 2025, 11), None),
        ('9%', 1, 9, 'percent', 'nickel', 'decrease', None, 'approximately', P('so far this year', '2025-01-01', '2025-11-20'), None),
        ('1,284 tons', 1, 1284, 'tonne', 'nickel inventories in LME-registered warehouses', 'increase', None, None, WED, LME),
        ('253,110 tons', 1, 253110, 'tonne', 'nickel inventories in LME-registered warehouses', 'increase', None, None, WED, LME),
        ('doubled', 1, 2, 'times', 'nickel inventories in LME-registered warehouses', 'increase', None, 'more_than', P('since the start of the year', '2025-01-01', '2025-11-20'), LME),
        ('60%', 1, 60, 'percent', "Indonesia's share of the world's mined nickel", None, None, 'more_than', F10, SMM),
        ('14%', 1, 14, 'percent', "Indonesia's output of nickel pig iron", 'increase', None, None, F10, SMM),
        ('1.93 million tons', 1, 1.93e6, 'tonne', "Indonesia's output of nickel pig iron", 'increase', None, None, F10, SMM),
        ('3.2%', 1, 3.2, 'percent', "China's stainless steel production", 'decrease', 'year_on_year', None, IOCT, SMM),
        ('3.05 million tons', 1, 3.05e6, 'tonne', "China's stainless steel production", 'decrease', None, None, IOCT, SMM),
        ('1.1%', 1, 1.1, 'percent', "China's stainless steel production", 'decrease', 'month_on_month', None, IOCT, SMM),
        ('198,000 tons', 1, 198000, 'tonne', 'global market surplus', None, None, None, Y('this year', 2025), INSG),
        ('261,000', 1, 261000, 'tonne', 'global market surplus', 'increase', None, None, Y('in 2026', 2026), INSG),
    ],
    'business_standard_style_textile_apparel_exports.txt': [
        ('4.2%', 1, 4.2, 'percent', 'textile, apparel exports', 'decrease', None, None, per('in Oct', 2025, 10), None),
        ('4.2 per cent', 1, 4.2, 'percent', "India's textile and apparel exports", 'decrease', 'year_on_year', None, BOCT, MOCI),
        ('$2.87 billion', 1, 2.87e9, 'USD', "India's textile and apparel exports", 'decrease', None, None, BOCT, MOCI),
        ('50 per cent', 1, 50, 'percent', 'US tariff on most Indian goods', None, None, None, None, None),
        ('half', 1, 0.5, 'fraction', 'readymade garments of all textiles share of the basket', None, None, 'approximately', INM, MOCI),
        ('6.8 per cent', 1, 6.8, 'percent', 'readymade garments of all textiles', 'decrease', None, None, INM, MOCI),
        ('$1.35 bn', 1, 1.35e9, 'USD', 'readymade garments of all textiles', 'decrease', None, None, INM, MOCI),
        ('3.1 per cent', 1, 3.1, 'percent', 'cotton yarn, fabrics, made-ups and handloom products', 'decrease', None, None, INM, MOCI),
        ('$0.98 bn', 1, 0.98e9, 'USD', 'cotton yarn, fabrics, made-ups and handloom products', 'decrease', None, None, INM, MOCI),
        ('5.2 per cent', 1, 5.2, 'percent', 'man-made yarn, fabrics and made-ups', 'increase', None, None, INM, MOCI),
        ('$0.41 bn', 1, 0.41e9, 'USD', 'man-made yarn, fabrics and made-ups', 'increase', None, None, INM, MOCI),
        ('$21.05 billion', 1, 21.05e9, 'USD', 'textile and apparel exports', None, None, None, AO26, MOCI),
        ('0.6 per cent', 1, 0.6, 'percent', 'textile and apparel exports', 'increase', 'year_on_year', None, AO26, MOCI),
        ('$20.93 billion', 1, 20.93e9, 'USD', 'textile and apparel exports', None, None, None, P('in the corresponding period of FY25', '2024-04-01', '2024-10-31'), MOCI),
        ('3.4 per cent', 1, 3.4, 'percent', 'garment exports', 'increase', 'year_on_year', None, S7M, MOCI),
        ('$9.42 bn', 1, 9.42e9, 'USD', 'garment exports', 'increase', None, None, S7M, MOCI),
        ('$6.81 bn', 1, 6.81e9, 'USD', 'cotton textiles exports', None, None, None, S7M, MOCI),
        ('$2.83 bn', 1, 2.83e9, 'USD', 'MMF textiles exports', None, None, None, S7M, MOCI),
        ('28 per cent', 1, 28, 'percent', "US share of the sector's exports", None, None, 'approximately', BOCT, AEPC),
        ('11.5 per cent', 1, 11.5, 'percent', 'shipments to the US', 'decrease', 'year_on_year', None, BOCT, AEPC),
        ('9.8 per cent', 1, 9.8, 'percent', 'exports to the UAE', 'increase', 'year_on_year', None, BOCT, AEPC),
        ('6.3 per cent', 1, 6.3, 'percent', 'exports to the UK', 'increase', 'year_on_year', None, BOCT, AEPC),
        ('$36', 1, 36e9, 'USD', 'textile and apparel exports', None, None, None, P('in FY26', '2025-04-01', '2026-03-31'), CITI),
        ('37 billion', 1, 37e9, 'USD', 'textile and apparel exports', None, None, None, P('in FY26', '2025-04-01', '2026-03-31'), CITI),
        ('₹1,148 crore', 1, 1148e7, 'INR', 'disbursements under the PLI scheme for MMF apparel and technical textiles', None, None, None, P('As of September 30', '2025-09-30', '2025-09-30'), MOT),
        ('₹10,683 crore', 1, 10683e7, 'INR', 'approved outlay of the PLI scheme for MMF apparel and technical textiles', None, None, None, None, MOT),
    ],
    'eu_energy_style_wood_pellets_biomass.txt': [
        ('8.4 million tonnes', 1, 8.4e6, 'tonne', 'wood pellet consumption in the EU', None, None, None, EQ4, None),
        ('6%', 1, 6, 'percent', 'wood pellet consumption in the EU', 'increase', 'year_on_year', None, EQ4, None),
        ('62%', 1, 62, 'percent', 'households and commercial buildings share of pellet use', None, None, 'approximately', EINQ, None),
        ('38%', 1, 38, 'percent', 'power and CHP plants share of pellet use', None, None, None, EINQ, None),
        ('27.1 million tonnes', 1, 27.1e6, 'tonne', 'EU pellet consumption', None, None, None, E25, None),
        ('+3%', 1, 3, 'percent', 'EU pellet consumption', 'increase', 'year_on_year', None, E25, None),
        ('3.6', 1, 3.6e6, 'tonne', 'pellet consumption in Italy', None, None, None, E25, None),
        ('3.3', 1, 3.3e6, 'tonne', 'pellet consumption in Germany', None, None, None, E25, None),
        ('2.9 million tonnes', 1, 2.9e6, 'tonne', 'pellet consumption in France', None, None, None, E25, None),
        ('318 €/t', 1, 318, 'EUR', 'retail prices of bagged ENplus A1 pellets', None, None, None, EQ4L, None),
        ('4%', 1, 4, 'percent', 'retail prices of bagged ENplus A1 pellets', 'increase', 'quarter_on_quarter', None, EQ4L, None),
        ('9%', 1, 9, 'percent', 'retail prices of bagged ENplus A1 pellets', 'decrease', 'year_on_year', None, EQ4L, None),
        ('349 €/t', 1, 349, 'EUR', 'national reference price for delivered bulk pellets in Germany', 'increase', None, None, EDEC, None),
        ('331 €/t', 1, 331, 'EUR', 'national reference price for delivered bulk pellets in Germany', None, None, None, per('in September', 2025, 9), None),
        ('337 €/t', 1, 337, 'EUR', 'national reference price for delivered bulk pellets in Austria', None, None, None, EDEC, None),
        ('225', 1, 225, 'EUR', 'industrial pellet prices for delivery to North-West Europe', None, None, None, EINQ, None),
        ('240 €/t', 1, 240, 'EUR', 'industrial pellet prices for delivery to North-West Europe', None, None, None, EINQ, None),
        ('1.3 million tonnes', 1, 1.3e6, 'tonne', 'extra-EU imports of wood pellets', None, None, None, EQ4L, EST),
        ('11%', 1, 11, 'percent', 'extra-EU imports of wood pellets', 'decrease', 'year_on_year', None, EQ4L, EST),
        ('46%', 1, 46, 'percent', 'United States share of extra-EU wood pellet imports', None, None, None, EQ4L, EST),
        ('14%', 1, 14, 'percent', 'Canada share of extra-EU wood pellet imports', None, None, None, EQ4L, EST),
        ('13%', 1, 13, 'percent', 'Ukraine share of extra-EU wood pellet imports', None, None, None, EQ4L, EST),
        ('39 TWh', 1, 39, 'terawatt hour', 'electricity generated by solid biomass plants', None, None, None, EINQ, EST),
        ('5%', 1, 5, 'percent', 'solid biomass plants share of total EU power generation', None, None, 'approximately', EINQ, EST),
    ],
    'nbs_style_civil_aviation_passengers.txt': [
        ('59.16 million', 1, 59.16e6, 'count', 'passenger trips completed by the civil aviation industry', None, None, None, NNOV, CAAC),
        ('5.8 percent', 1, 5.8, 'percent', 'passenger trips completed by the civil aviation industry', 'increase', 'year_on_year', None, NNOV, CAAC),
        ('52.43 million', 1, 52.43e6, 'count', 'passenger trips on domestic routes', None, None, None, NNOV, CAAC),
        ('4.1 percent', 1, 4.1, 'percent', 'passenger trips on domestic routes', 'increase', 'year_on_year', None, NNOV, CAAC),
        ('5.86 million', 1, 5.86e6, 'count', 'passenger trips on international routes', None, None, None, NNOV, CAAC),
        ('22.7 percent', 1, 22.7, 'percent', 'passenger trips on international routes', 'increase', 'year_on_year', None, NNOV, CAAC),
        ('96.3 percent', 1, 96.3, 'percent', 'passenger trips on international routes as a share of the level in the same month of 2019', 'increase', None, None, NNOV, CAAC),
        ('0.87 million', 1, 0.87e6, 'count', 'passenger trips on routes to and from Hong Kong, Macao and Taiwan', None, None, None, NNOV, CAAC),
        ('0.92 million tons', 1, 0.92e6, 'tonne', 'cargo and mail transport volume', None, None, None, NINOV, CAAC),
        ('11.4 percent', 1, 11.4, 'percent', 'cargo and mail transport volume', 'increase', 'year_on_year', None, NINOV, CAAC),
        ('0.36 million tons', 1, 0.36e6, 'tonne', 'cargo and mail transport volume on international routes', None, None, None, NINOV, CAAC),
        ('20.5 percent', 1, 20.5, 'percent', 'cargo and mail transport volume on international routes', 'increase', 'year_on_year', None, NINOV, CAAC),
        ('83.6 percent', 1, 83.6, 'percent', 'average passenger load factor', None, None, None, NINOV, CAAC),
        ('1.9 percentage points', 1, 1.9, 'percentage_point', 'average passenger load factor', 'increase', 'year_on_year', None, NINOV, CAAC),
        ('84.2 percent', 1, 84.2, 'percent', 'passenger load factor of domestic routes', None, None, None, NINOV, CAAC),
        ('80.1 percent', 1, 80.1, 'percent', 'passenger load factor of international routes', None, None, None, NINOV, CAAC),
        ('699.3 million', 1, 699.3e6, 'count', 'passenger trips completed by the civil aviation industry', None, None, None, JN, CAAC),
        ('5.4 percent', 1, 5.4, 'percent', 'passenger trips completed by the civil aviation industry', 'increase', 'year_on_year', None, JN, CAAC),
        ('9.48 million tons', 1, 9.48e6, 'tonne', 'cargo and mail transport volume', None, None, None, JN, CAAC),
        ('13.6 percent', 1, 13.6, 'percent', 'cargo and mail transport volume', 'increase', 'year_on_year', None, JN, CAAC),
        ('6,870', 1, 6870, 'count', 'international passenger flights per week', None, None, None, NINOV, CAAC),
        ('81', 1, 81, 'count', 'countries served by international passenger flights', None, None, None, NINOV, CAAC),
        ('5,210', 1, 5210, 'count', 'international passenger flights per week', None, None, None, per('a year earlier', 2024, 11), CAAC),
        ('770 million', 1, 770e6, 'count', 'passenger trips', None, None, 'more_than', Y('for the full year', 2025), CAAC),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
