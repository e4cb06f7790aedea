# ruff: noqa: E501, RUF001
"""Write corpus/annotated_109/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_109.py corpus/annotated_109
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
SCB = "Statistics Sweden"
MOFS = "Ministry of Finance"
CBS = "Central Bureau of Statistics"
BOI = "Bank of Israel"
REU = "Reuters"
SKY = "Skyfold Software"
LSEG = "LSEG"
SA = "StreetAccount"
SNZ = "Statistics New Zealand"
GASTAT = "General Authority for Statistics"
TE = "Trading Economics"
IKAR = "IKAR"
SOV = "SovEcon"
EC = "European Commission"
DOF = "Department of Fertilizers"
GOI = "Government of India"
ESTAT = "Eurostat"
GIE = "Gas Infrastructure Europe"
NBS = "National Bureau of Statistics"
UP = "increase"
DOWN = "decrease"
YOY = "year_on_year"
MOM = "month_on_month"
QOQ = "quarter_on_quarter"
POP = "period_on_period"
APPROX = "approximately"

# 10901 ONS average weekly earnings (ref Tuesday 2025-10-14)
JA = P("in June to August 2025", "2025-06-01", "2025-08-31")
T3A = P("in the three months to August 2025", "2025-06-01", "2025-08-31")
MJ = P("in May to July 2025", "2025-05-01", "2025-07-31")
PREV3 = P("in the previous three-month period", "2025-05-01", "2025-07-31")
FMJ = P("for May to July 2025", "2025-05-01", "2025-07-31")
# 10902 Reuters 1987 (ref Tuesday 1987-06-23)
MAY = per("in May", 1987, 5)
F5 = P("For the first five months of the year", "1987-01-01", "1987-05-31")
YA5 = P("a year earlier", "1986-01-01", "1986-05-31")
JM = P("In the January-May period", "1987-01-01", "1987-05-31")
# 10903 Reuters 2025 (ref Tuesday 2025-07-15)
JUN = per("in June", 2025, 6)
AM = P("in April-May", "2025-04-01", "2025-05-31")
# 10904 CNBC (ref Wednesday 2025-12-03; Skyfold's fiscal year ends Jan. 31, its fiscal third quarter ended Oct. 31)
FQ3 = P("Fiscal third-quarter", "2025-08-01", "2025-10-31")
CYA = P("a year earlier", "2024-08-01", "2024-10-31")
O31 = P("as of Oct. 31", "2025-10-31", "2025-10-31")
FQ4 = P("For the fiscal fourth quarter", "2025-11-01", "2026-01-31")
FY26 = P("For fiscal 2026", "2025-02-01", "2026-01-31")
# 10905 MT Newswires (ref Wednesday 2025-11-19)
OCT = per("in October", 2025, 10)
AOCT = per("October", 2025, 10)
YE25 = P("In the year ended October 2025", "2024-11-01", "2025-10-31")
# 10906 Trading Economics (ref Thursday 2025-07-31)
Q225 = Q("in the second quarter of 2025", 2025, 2)
IQ2 = Q("in Q2", 2025, 2)
IQ1 = Q("in Q1", 2025, 1)
# 10907 Investing.com (ref Wednesday 2025-09-17)
ET = P("By 10:20 ET", None, None)
LW = P("last week", "2025-09-08", "2025-09-14")
Y25 = Y("2025", 2025)
# 10908 Business Standard (ref Monday 2025-04-21)
RABI = P("in the 2024-25 rabi season (October-March)", "2024-10-01", "2025-03-31")
SIX = P("during the six months", "2024-10-01", "2025-03-31")
FY25F = P("For the full financial year 2024-25 (FY25)", "2024-04-01", "2025-03-31")
IFY25 = P("in FY25", "2024-04-01", "2025-03-31")
IFY24 = P("in FY24", "2023-04-01", "2024-03-31")
KH = P("For the kharif 2025 season (April-September)", "2025-04-01", "2025-09-30")
# 10909 DG ENER (ref Wednesday 2025-06-25)
AM12 = P("Between April 2024 and March 2025", "2024-04-01", "2025-03-31")
Q125 = Q("In the first quarter of 2025", 2025, 1)
INQ = Q("in the quarter", 2025, 1)
OTM = P("Over the twelve months", "2024-04-01", "2025-03-31")
A1 = P("On 1 April 2025", "2025-04-01", "2025-04-01")
TGT = P("between 1 October and 1 December", "2025-10-01", "2025-12-01")
# 10910 NBS (ref Wednesday 2025-12-10)
N25 = per("in November 2025", 2025, 11)
NOV = per("in November", 2025, 11)
INOV = per("In November", 2025, 11)
JN = P("From January to November", "2025-01-01", "2025-11-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_average_weekly_earnings_sectors.txt': [
        ('4.7%', 1, 4.7, 'percent', "employees' average regular earnings", UP, YOY, None, JA, None),
        ('4.6%', 1, 4.6, 'percent', 'total earnings', UP, YOY, None, JA, None),
        ('6.0%', 1, 6.0, 'percent', 'regular earnings growth for the public sector', UP, YOY, None, T3A, None),
        ('4.4%', 1, 4.4, 'percent', 'regular earnings growth for the private sector', UP, YOY, None, T3A, None),
        ('0.6%', 1, 0.6, 'percent', 'real regular pay', UP, YOY, None, None, None),
        ('0.5%', 1, 0.5, 'percent', 'real total pay', UP, YOY, None, None, None),
        ('6.0%', 2, 6.0, 'percent', 'public sector regular pay', UP, YOY, None, T3A, ONS),
        ('5.8%', 1, 5.8, 'percent', 'public sector regular pay', None, YOY, None, MJ, ONS),
        ('4.4%', 2, 4.4, 'percent', 'private sector regular pay growth', DOWN, YOY, None, T3A, ONS),
        ('4.7%', 2, 4.7, 'percent', 'private sector regular pay growth', None, YOY, None, PREV3, ONS),
        ('£705', 1, 705, 'GBP', 'average regular pay', None, None, None, JA, ONS),
        ('£718', 1, 718, 'GBP', 'average regular pay of public sector employees', None, None, None, JA, ONS),
        ('£701', 1, 701, 'GBP', 'average regular pay of private sector employees', None, None, None, JA, ONS),
        ('£47', 1, 47, 'GBP', 'average bonus payments', None, None, None, JA, ONS),
        ('3.1%', 1, 3.1, 'percent', 'average bonus payments', DOWN, YOY, None, JA, ONS),
        ('6%', 1, 6, 'percent', 'bonus share of average total pay', None, None, APPROX, JA, ONS),
        ('£212', 1, 212, 'GBP', 'bonuses in the finance and insurance industry', None, None, None, JA, ONS),
        ('5.6%', 1, 5.6, 'percent', 'regular pay growth in the wholesaling, retailing, hotels and restaurants sector', UP, YOY, None, None, ONS),
        ('5.1%', 1, 5.1, 'percent', 'regular pay growth in finance and business services', UP, YOY, None, None, ONS),
        ('4.0%', 1, 4.0, 'percent', 'regular pay growth in construction', UP, YOY, None, None, ONS),
        ('3.2%', 1, 3.2, 'percent', 'regular pay growth in manufacturing', UP, YOY, None, None, ONS),
        ('4.7%', 3, 4.7, 'percent', 'total pay growth', None, YOY, None, FMJ, ONS),
        ('4.8%', 1, 4.8, 'percent', 'total pay growth', UP, YOY, None, FMJ, ONS),
        ('9,000 businesses', 1, 9000, 'count', 'businesses sampled by the Monthly Wages and Salaries Survey', None, None, APPROX, FMJ, ONS),
    ],
    'wire_1987_swedish_trade_balance.txt': [
        ('2.6 BILLION CROWNS', 1, 2.6e9, 'SEK', 'Swedish trade surplus', DOWN, None, None, per('IN MAY', 1987, 5), None),
        ('2.6 billion crowns', 1, 2.6e9, 'SEK', "Sweden's trade surplus", DOWN, None, None, MAY, SCB),
        ('3.9 billion', 1, 3.9e9, 'SEK', "Sweden's trade surplus", None, None, None, per('in April', 1987, 4), SCB),
        ('3.1 billion crowns', 1, 3.1e9, 'SEK', 'trade surplus', None, None, None, per('In May 1986', 1986, 5), SCB),
        ('3.2 pct', 1, 3.2, 'percent', 'exports', DOWN, YOY, None, MAY, SCB),
        ('21.8 billion crowns', 1, 21.8e9, 'SEK', 'exports', DOWN, None, None, MAY, SCB),
        ('1.4 pct', 1, 1.4, 'percent', 'imports', UP, YOY, None, MAY, SCB),
        ('19.2 billion', 1, 19.2e9, 'SEK', 'imports', UP, None, None, MAY, SCB),
        ('3.6 billion crowns', 1, 3.6e9, 'SEK', 'trade surplus', None, None, None, per('April', 1987, 4), SCB),
        ('13.7 billion crowns', 1, 13.7e9, 'SEK', 'trade surplus', None, None, None, F5, SCB),
        ('11.9 billion', 1, 11.9e9, 'SEK', 'trade surplus', None, None, None, P('in the same period of 1986', '1986-01-01', '1986-05-31'), SCB),
        ('112.4 billion crowns', 1, 112.4e9, 'SEK', 'exports', UP, None, None, F5, SCB),
        ('104.6 billion', 1, 104.6e9, 'SEK', 'exports', None, None, None, YA5, SCB),
        ('98.7 billion', 1, 98.7e9, 'SEK', 'imports', UP, None, None, F5, SCB),
        ('92.7 billion', 1, 92.7e9, 'SEK', 'imports', None, None, None, YA5, SCB),
        ('nine pct', 1, 9, 'percent', 'exports of forest products', UP, YOY, None, JM, SCB),
        ('6.5 pct', 1, 6.5, 'percent', 'exports of engineering products', UP, YOY, None, JM, SCB),
        ('4.8 pct', 1, 4.8, 'percent', 'exports of chemicals', UP, YOY, None, JM, SCB),
        ('14 pct', 1, 14, 'percent', 'value of oil imports', DOWN, YOY, APPROX, JM, SCB),
        ('1.1 billion crowns', 1, 1.1e9, 'SEK', 'trade surplus with Norway', None, None, None, MAY, SCB),
        ('420 mln', 1, 420e6, 'SEK', 'trade surplus with West Germany', None, None, None, MAY, SCB),
        ('310 mln', 1, 310e6, 'SEK', 'trade surplus with Britain', None, None, None, MAY, SCB),
        ('three billion crowns', 1, 3e9, 'SEK', 'trade surplus', None, None, APPROX, per('May', 1987, 5), None),
        ('five billion crowns', 1, 5e9, 'SEK', 'current account surplus', None, None, APPROX, Y('for 1987', 1987), MOFS),
    ],
    'wire_2025_israel_inflation.txt': [
        ('3.3%', 1, 3.3, 'percent', 'Israeli inflation', DOWN, None, None, JUN, None),
        ('3.3%', 2, 3.3, 'percent', "Israel's annual inflation rate", DOWN, YOY, None, JUN, CBS),
        ('3.5%', 1, 3.5, 'percent', "Israel's annual inflation rate", None, YOY, None, per('in May', 2025, 5), CBS),
        ('1%', 1, 1, 'percent', 'inflation target', None, None, None, None, BOI),
        ('3%', 1, 3, 'percent', 'inflation target', None, None, None, None, BOI),
        ('12 economists', 1, 12, 'count', 'economists in a Reuters poll', None, None, None, per('June', 2025, 6), REU),
        ('3.4%', 1, 3.4, 'percent', 'annual inflation rate', None, YOY, None, per('June', 2025, 6), REU),
        ('0.2%', 1, 0.2, 'percent', 'consumer price index', UP, MOM, None, JUN, CBS),
        ('0.4%', 1, 0.4, 'percent', 'consumer price index', UP, MOM, None, per('in the previous month', 2025, 5), CBS),
        ('2.6%', 1, 2.6, 'percent', 'prices of fresh vegetables', UP, MOM, None, JUN, CBS),
        ('1.9%', 1, 1.9, 'percent', 'prices of fresh fruit', UP, MOM, None, JUN, CBS),
        ('1.1%', 1, 1.1, 'percent', 'clothing and footwear', DOWN, MOM, None, JUN, CBS),
        ('0.3%', 1, 0.3, 'percent', 'housing', UP, MOM, None, JUN, CBS),
        ('3.9%', 1, 3.9, 'percent', 'housing', UP, YOY, None, JUN, CBS),
        ('0.5%', 1, 0.5, 'percent', 'home prices', UP, POP, None, AM, CBS),
        ('4.5%', 1, 4.5, 'percent', 'home prices', UP, YOY, None, AM, CBS),
        ('8.1%', 1, 8.1, 'percent', 'home prices in the northern district', UP, YOY, None, AM, CBS),
        ('6.2%', 1, 6.2, 'percent', 'home prices in Haifa', UP, YOY, None, AM, CBS),
        ('5.7%', 1, 5.7, 'percent', 'home prices in Jerusalem', UP, YOY, None, AM, CBS),
        ('1.4%', 1, 1.4, 'percent', 'home prices in Tel Aviv', DOWN, YOY, None, AM, CBS),
        ('4.5%', 2, 4.5, 'percent', 'benchmark interest rate', None, None, None, P('on July 7', '2025-07-07', '2025-07-07'), BOI),
        ('2.6%', 2, 2.6, 'percent', 'inflation', None, None, None, Y('in 2026', 2026), BOI),
        ('3.75%', 1, 3.75, 'percent', 'key rate', None, None, None, Q('in the second quarter of 2026', 2026, 2), BOI),
        ('4%', 1, 4, 'percent', 'key rate', None, None, None, Q('in the second quarter of 2026', 2026, 2), BOI),
        ('3.36 per dollar', 1, 3.36, 'ILS', 'shekel', None, None, None, None, CBS),
    ],
    'cnbc_style_cloud_software_results.txt': [
        ('9%', 1, 9, 'percent', 'Skyfold shares', UP, None, None, None, None),
        ('9%', 2, 9, 'percent', 'Skyfold Software shares', UP, None, APPROX, P('on Wednesday', '2025-12-03', '2025-12-03'), SKY),
        ('94 cents', 1, 0.94, 'USD', 'adjusted earnings per share', None, None, None, None, SKY),
        ('86 cents', 1, 0.86, 'USD', 'adjusted earnings per share', None, None, None, None, None),
        ('$2.18 billion', 1, 2.18e9, 'USD', 'revenue', None, None, None, None, SKY),
        ('$2.14 billion', 1, 2.14e9, 'USD', 'revenue', None, None, None, None, None),
        ('17%', 1, 17, 'percent', 'revenue', UP, YOY, None, FQ3, SKY),
        ('93%', 1, 93, 'percent', 'subscription revenue share of total revenue', None, None, APPROX, FQ3, SKY),
        ('18%', 1, 18, 'percent', 'subscription revenue', UP, YOY, None, FQ3, SKY),
        ('$2.03 billion', 1, 2.03e9, 'USD', 'subscription revenue', UP, None, None, FQ3, SKY),
        ('4%', 1, 4, 'percent', 'professional services revenue', DOWN, YOY, None, FQ3, SKY),
        ('$152 million', 1, 152e6, 'USD', 'professional services revenue', DOWN, None, None, FQ3, SKY),
        ('$38 million', 1, 38e6, 'USD', 'net loss', DOWN, None, None, FQ3, SKY),
        ('12 cents', 1, 0.12, 'USD', 'net loss per share', DOWN, None, None, FQ3, SKY),
        ('$61 million', 1, 61e6, 'USD', 'net loss', None, None, None, CYA, SKY),
        ('20 cents', 1, 0.20, 'USD', 'net loss per share', None, None, None, CYA, SKY),
        ('22%', 1, 22, 'percent', 'remaining performance obligations', UP, YOY, None, O31, SKY),
        ('$14.6 billion', 1, 14.6e9, 'USD', 'remaining performance obligations', UP, None, None, O31, SKY),
        ('$14.2 billion', 1, 14.2e9, 'USD', 'remaining performance obligations', None, None, None, O31, SA),
        ('16%', 1, 16, 'percent', 'current RPO', UP, YOY, None, O31, SKY),
        ('$7.9 billion', 1, 7.9e9, 'USD', 'current RPO', UP, None, None, O31, SKY),
        ('612', 1, 612, 'count', 'customers paying more than $1 million a year', UP, None, None, None, SKY),
        ('498', 1, 498, 'count', 'customers paying more than $1 million a year', None, None, None, None, SKY),
        ('97 cents', 1, 0.97, 'USD', 'adjusted earnings per share', None, None, None, FQ4, SKY),
        ('99 cents', 1, 0.99, 'USD', 'adjusted earnings per share', None, None, None, FQ4, SKY),
        ('$2.27 billion', 1, 2.27e9, 'USD', 'revenue', None, None, None, FQ4, SKY),
        ('$2.29 billion', 1, 2.29e9, 'USD', 'revenue', None, None, None, FQ4, SKY),
        ('95 cents', 1, 0.95, 'USD', 'adjusted earnings per share', None, None, None, FQ4, LSEG),
        ('$2.26 billion', 1, 2.26e9, 'USD', 'revenue', None, None, None, FQ4, LSEG),
        ('$8.52 billion', 1, 8.52e9, 'USD', 'revenue', UP, None, None, FY26, SKY),
        ('$8.54 billion', 1, 8.54e9, 'USD', 'revenue', UP, None, None, FY26, SKY),
        ('$8.40 billion', 1, 8.40e9, 'USD', 'revenue', None, None, None, FY26, SKY),
        ('$8.44 billion', 1, 8.44e9, 'USD', 'revenue', None, None, None, FY26, SKY),
        ('18%', 2, 18, 'percent', 'subscription revenue growth', UP, None, APPROX, FY26, SKY),
        ('14%', 1, 14, 'percent', 'Skyfold Software shares', DOWN, None, None, P('so far in 2025', '2025-01-01', '2025-12-03'), SKY),
    ],
    'mt_newswires_new_zealand_trade.txt': [
        ('NZ$1.20 Billion', 1, 1.2e9, 'NZD', "New Zealand's goods trade deficit", DOWN, None, None, OCT, None),
        ('NZ$1.20 billion', 1, 1.2e9, 'NZD', "New Zealand's goods trade deficit", DOWN, None, None, OCT, SNZ),
        ('NZ$1.56 billion', 1, 1.56e9, 'NZD', "New Zealand's goods trade deficit", None, None, None, per('a year earlier', 2024, 10), SNZ),
        ('NZ$1.45 billion', 1, 1.45e9, 'NZD', 'trade deficit', None, None, None, AOCT, None),
        ('11.8%', 1, 11.8, 'percent', 'goods exports', UP, YOY, None, OCT, SNZ),
        ('NZ$6.25 billion', 1, 6.25e9, 'NZD', 'goods exports', UP, None, None, OCT, SNZ),
        ('NZ$412 million', 1, 412e6, 'NZD', 'exports of milk powder, butter, and cheese', UP, YOY, None, OCT, SNZ),
        ('21%', 1, 21, 'percent', 'exports of milk powder, butter, and cheese', UP, YOY, None, OCT, SNZ),
        ('NZ$2.37 billion', 1, 2.37e9, 'NZD', 'exports of milk powder, butter, and cheese', UP, None, None, OCT, SNZ),
        ('4.9%', 1, 4.9, 'percent', 'goods imports', UP, YOY, None, OCT, SNZ),
        ('NZ$7.45 billion', 1, 7.45e9, 'NZD', 'goods imports', UP, None, None, OCT, SNZ),
        ('9.6%', 1, 9.6, 'percent', 'exports to China', UP, None, None, None, SNZ),
        ('NZ$1.31 billion', 1, 1.31e9, 'NZD', 'exports to China', UP, None, None, None, SNZ),
        ('2.1%', 1, 2.1, 'percent', 'exports to Australia', DOWN, None, None, None, SNZ),
        ('5.4%', 1, 5.4, 'percent', 'exports to the US', DOWN, None, None, None, SNZ),
        ('14%', 1, 14, 'percent', 'exports to the European Union', UP, None, None, None, SNZ),
        ('NZ$498 million', 1, 498e6, 'NZD', 'exports to the European Union', UP, None, None, None, SNZ),
        ('3.2%', 1, 3.2, 'percent', 'seasonally adjusted exports', UP, MOM, None, AOCT, SNZ),
        ('1.8%', 1, 1.8, 'percent', 'seasonally adjusted imports', DOWN, MOM, None, AOCT, SNZ),
        ('NZ$4.1 billion', 1, 4.1e9, 'NZD', 'annual trade deficit', None, None, None, YE25, SNZ),
        ('NZ$9.3 billion', 1, 9.3e9, 'NZD', 'annual trade deficit', None, None, None, P('in the year ended October 2024', '2023-11-01', '2024-10-31'), SNZ),
        ('11%', 1, 11, 'percent', 'annual exports', UP, YOY, None, YE25, SNZ),
        ('NZ$76.9 billion', 1, 76.9e9, 'NZD', 'annual exports', UP, None, None, YE25, SNZ),
        ('4.3%', 1, 4.3, 'percent', 'annual imports', UP, YOY, None, YE25, SNZ),
        ('NZ$81.0 billion', 1, 81.0e9, 'NZD', 'annual imports', UP, None, None, YE25, SNZ),
        ('NZ$1.37 billion', 1, 1.37e9, 'NZD', 'monthly trade deficit', None, None, None, per('September', 2025, 9), SNZ),
        ('NZ$1.35 billion', 1, 1.35e9, 'NZD', 'monthly trade deficit', None, None, None, per('September', 2025, 9), SNZ),
        ('0.2%', 1, 0.2, 'percent', 'New Zealand dollar', DOWN, None, None, None, SNZ),
        ('US$0.5641', 1, 0.5641, 'USD', 'New Zealand dollar', DOWN, None, None, None, SNZ),
    ],
    'trading_economics_style_saudi_arabia_gdp.txt': [
        ('3.9%', 1, 3.9, 'percent', 'Saudi Arabia GDP Growth', UP, None, None, IQ2, None),
        ('3.9%', 2, 3.9, 'percent', 'Saudi Arabian economy', UP, YOY, None, Q225, GASTAT),
        ('3.0%', 1, 3.0, 'percent', 'Saudi Arabian economy', UP, YOY, None, IQ1, GASTAT),
        ('3.5%', 1, 3.5, 'percent', 'Saudi Arabian economy', None, YOY, None, Q225, None),
        ('3.8%', 1, 3.8, 'percent', 'oil activities', UP, YOY, None, Q225, GASTAT),
        ('0.5%', 1, 0.5, 'percent', 'oil activities', DOWN, YOY, None, Q('in the previous quarter', 2025, 1), GASTAT),
        ('4.7%', 1, 4.7, 'percent', 'non-oil activities', UP, YOY, None, Q225, GASTAT),
        ('0.6%', 1, 0.6, 'percent', 'government activities', UP, YOY, None, Q225, GASTAT),
        ('4.9%', 1, 4.9, 'percent', 'non-oil activities', UP, YOY, None, P('in the first three months of the year', '2025-01-01', '2025-03-31'), GASTAT),
        ('3.2%', 1, 3.2, 'percent', 'government activities', UP, YOY, None, P('in the first three months of the year', '2025-01-01', '2025-03-31'), GASTAT),
        ('2.1%', 1, 2.1, 'percent', 'GDP', UP, QOQ, None, IQ2, GASTAT),
        ('0.1%', 1, 0.1, 'percent', 'GDP', DOWN, QOQ, None, IQ1, GASTAT),
        ('4.4%', 1, 4.4, 'percent', 'oil activities', UP, QOQ, None, IQ2, GASTAT),
        ('1.2%', 1, 1.2, 'percent', 'non-oil activities', UP, QOQ, None, IQ2, GASTAT),
        ('0.3%', 1, 0.3, 'percent', 'government activities', DOWN, QOQ, None, IQ2, GASTAT),
        ('3.4%', 1, 3.4, 'percent', 'economy', UP, YOY, None, P('For the first half of 2025', '2025-01-01', '2025-06-30'), GASTAT),
        ('2.97 percent', 1, 2.97, 'percent', "Saudi Arabia's GDP Annual Growth Rate average", None, None, None, P('Between 2011 and 2025', '2011-01-01', '2025-12-31'), GASTAT),
        ('11.20 percent', 1, 11.20, 'percent', "Saudi Arabia's GDP Annual Growth Rate all-time high", None, None, None, Q('in Q2 2022', 2022, 2), GASTAT),
        ('-7.10 percent', 1, -7.10, 'percent', "Saudi Arabia's GDP Annual Growth Rate record low", DOWN, None, None, Q('in Q3 2020', 2020, 3), GASTAT),
        ('4.10 percent', 1, 4.10, 'percent', 'GDP Annual Growth Rate in Saudi Arabia', None, None, None, P('by the end of this quarter', '2025-09-30', '2025-09-30'), TE),
        ('3.80 percent', 1, 3.80, 'percent', 'GDP Annual Growth Rate in Saudi Arabia', None, None, APPROX, Y('in 2026', 2026), TE),
        ('3.40 percent', 1, 3.40, 'percent', 'GDP Annual Growth Rate in Saudi Arabia', None, None, APPROX, Y('in 2027', 2027), TE),
    ],
    'investing_style_wheat_euronext_cbot.txt': [
        ('1.75 euros', 1, 1.75, 'EUR', 'December milling wheat on Euronext', DOWN, None, None, ET, None),
        ('0.9%', 1, 0.9, 'percent', 'December milling wheat on Euronext', DOWN, None, None, ET, None),
        ('189.50 euros', 1, 189.50, 'EUR', 'December milling wheat on Euronext', DOWN, None, None, ET, None),
        ('188.25 euros', 1, 188.25, 'EUR', 'December milling wheat on Euronext contract low', None, None, None, ET, None),
        ('7%', 1, 7, 'percent', 'December milling wheat on Euronext', DOWN, None, APPROX, P('since the start of July', '2025-07-01', '2025-09-17'), None),
        ('2-1/4 cents', 1, 0.0225, 'USD', 'most-active December wheat contract', UP, None, None, None, None),
        ('526-3/4 cents', 1, 5.2675, 'USD', 'most-active December wheat contract', UP, None, None, None, None),
        ('1-1/2 cents', 1, 0.015, 'USD', 'K.C. hard red winter wheat', UP, None, None, None, None),
        ('510 cents', 1, 5.10, 'USD', 'K.C. hard red winter wheat', UP, None, None, None, None),
        ('$228', 1, 228, 'USD', 'Russian wheat with 12.5% protein', None, None, None, LW, IKAR),
        ('$3', 1, 3, 'USD', 'Russian wheat with 12.5% protein', DOWN, POP, None, LW, IKAR),
        ('$226', 1, 226, 'USD', 'Russian wheat with 12.5% protein', None, None, None, LW, SOV),
        ('$229', 1, 229, 'USD', 'Russian wheat with 12.5% protein', None, None, None, LW, SOV),
        ('87.5 million tonnes', 1, 87.5e6, 'tonne', "Russia's wheat crop", UP, None, None, Y25, IKAR),
        ('86.0 million', 1, 86.0e6, 'tonne', "Russia's wheat crop", None, None, None, Y25, IKAR),
        ('1.2 million tonnes', 1, 1.2e6, 'tonne', "Russia's wheat crop", UP, None, None, Y25, SOV),
        ('85.9 million tonnes', 1, 85.9e6, 'tonne', "Russia's wheat crop", UP, None, None, Y25, SOV),
        ('133.8 million tonnes', 1, 133.8e6, 'tonne', 'EU soft wheat harvest', UP, None, None, Y25, EC),
        ('128.1 million', 1, 128.1e6, 'tonne', 'EU soft wheat harvest', None, None, None, Y25, EC),
        ('3.46 million tonnes', 1, 3.46e6, 'tonne', 'EU soft wheat exports', None, None, None, P('between July 1 and Sept. 14', '2025-07-01', '2025-09-14'), EC),
        ('37%', 1, 37, 'percent', 'EU soft wheat exports', DOWN, YOY, None, P('between July 1 and Sept. 14', '2025-07-01', '2025-09-14'), EC),
    ],
    'business_standard_style_urea_fertiliser_sales_subsidy.txt': [
        ('21.4 mt', 1, 21.4e6, 'tonne', 'urea sales', None, None, None, P('in rabi season', '2024-10-01', '2025-03-31'), None),
        ('₹1.77 trn', 1, 1.77e12, 'INR', 'fertiliser subsidy', None, None, None, P('FY25', '2024-04-01', '2025-03-31'), None),
        ('4.1 per cent', 1, 4.1, 'percent', 'urea sales', UP, YOY, None, RABI, DOF),
        ('21.4 million tonnes', 1, 21.4e6, 'tonne', 'urea sales', UP, None, None, RABI, DOF),
        ('7.8 per cent', 1, 7.8, 'percent', 'sales of di-ammonium phosphate (DAP)', DOWN, None, None, SIX, DOF),
        ('5.2 mt', 1, 5.2e6, 'tonne', 'sales of di-ammonium phosphate (DAP)', DOWN, None, None, SIX, DOF),
        ('12.6 per cent', 1, 12.6, 'percent', 'sales of complex fertilisers (NPKs)', UP, None, None, SIX, DOF),
        ('9.1 per cent', 1, 9.1, 'percent', 'sales of muriate of potash (MOP)', UP, None, None, SIX, DOF),
        ('9.8 lakh tonnes', 1, 980000, 'tonne', 'urea sales', None, None, None, per('In March', 2025, 3), DOF),
        ('8.7 lakh tonnes', 1, 870000, 'tonne', 'urea sales', None, None, None, per('in March 2024', 2024, 3), DOF),
        ('38.8 mt', 1, 38.8e6, 'tonne', 'urea sales', None, None, None, FY25F, DOF),
        ('3.5 per cent', 1, 3.5, 'percent', 'urea sales', UP, YOY, None, FY25F, DOF),
        ('37.5 mt', 1, 37.5e6, 'tonne', 'urea sales', None, None, None, IFY24, DOF),
        ('21 per cent', 1, 21, 'percent', 'urea imports', DOWN, YOY, None, IFY25, DOF),
        ('5.6 mt', 1, 5.6e6, 'tonne', 'urea imports', DOWN, None, None, IFY25, DOF),
        ('31.4 mt', 1, 31.4e6, 'tonne', 'domestic production', UP, None, None, IFY25, DOF),
        ('₹1,77,129 crore', 1, 1.77129e12, 'INR', 'fertiliser subsidy outgo', None, None, None, IFY25, DOF),
        ('6 per cent', 1, 6, 'percent', 'fertiliser subsidy outgo', DOWN, YOY, APPROX, IFY25, DOF),
        ('₹1,88,902 crore', 1, 1.88902e12, 'INR', 'fertiliser subsidy outgo', None, None, None, IFY24, DOF),
        ('two-thirds', 1, 0.6667, 'fraction', 'urea share of the fertiliser subsidy bill', None, None, APPROX, IFY25, DOF),
        ('₹1,67,887 crore', 1, 1.67887e12, 'INR', 'fertiliser subsidy budget', None, None, None, P('in FY26', '2025-04-01', '2026-03-31'), GOI),
        ('₹1,18,900 crore', 1, 1.189e12, 'INR', 'urea subsidy budget', None, None, None, P('in FY26', '2025-04-01', '2026-03-31'), GOI),
        ('18.7', 1, 18.7e6, 'tonne', 'urea requirement', None, None, None, KH, DOF),
        ('19.0 mt', 1, 19.0e6, 'tonne', 'urea requirement', None, None, None, KH, DOF),
    ],
    'eu_energy_style_gas_demand_reduction.txt': [
        ('17.4%', 1, 17.4, 'percent', 'EU gas consumption', DOWN, None, None, AM12, ESTAT),
        ('62 bcm', 1, 62e9, 'cubic metre', 'EU gas consumption', DOWN, None, APPROX, AM12, ESTAT),
        ('18.9%', 1, 18.9, 'percent', 'EU gas consumption', DOWN, None, None, P('in the previous twelve-month period', '2023-04-01', '2024-03-31'), ESTAT),
        ('118.6 bcm', 1, 118.6e9, 'cubic metre', 'EU gas demand', None, None, None, Q125, ESTAT),
        ('4.8%', 1, 4.8, 'percent', 'EU gas demand', UP, YOY, None, Q125, ESTAT),
        ('11%', 1, 11, 'percent', 'EU gas demand', DOWN, None, None, Q125, ESTAT),
        ('47%', 1, 47, 'percent', 'households and services share of consumption', None, None, APPROX, INQ, ESTAT),
        ('27%', 1, 27, 'percent', 'industry share of consumption', None, None, None, INQ, ESTAT),
        ('22%', 1, 22, 'percent', 'power generation share of consumption', None, None, None, INQ, ESTAT),
        ('-21%', 1, -21, 'percent', 'power sector gas demand', DOWN, None, None, OTM, ESTAT),
        ('-19%', 1, -19, 'percent', 'industry gas demand', DOWN, None, None, OTM, ESTAT),
        ('14%', 1, 14, 'percent', 'household and services demand', DOWN, None, None, OTM, ESTAT),
        ('-53%', 1, -53, 'percent', 'gas consumption in Finland', DOWN, None, None, None, ESTAT),
        ('-42%', 1, -42, 'percent', 'gas consumption in Lithuania', DOWN, None, None, None, ESTAT),
        ('-38%', 1, -38, 'percent', 'gas consumption in Sweden', DOWN, None, None, None, ESTAT),
        ('16%', 1, 16, 'percent', 'gas consumption in Germany', DOWN, None, None, None, ESTAT),
        ('20%', 1, 20, 'percent', 'gas consumption in Italy', DOWN, None, None, None, ESTAT),
        ('3%', 1, 3, 'percent', 'gas consumption in Malta', UP, None, None, None, ESTAT),
        ('2%', 1, 2, 'percent', 'gas consumption in Slovakia', UP, None, None, None, ESTAT),
        ('34%', 1, 34, 'percent', 'EU gas storage', DOWN, None, None, A1, GIE),
        ('35.6 bcm', 1, 35.6e9, 'cubic metre', 'EU gas storage', DOWN, None, APPROX, A1, GIE),
        ('58%', 1, 58, 'percent', 'EU gas storage', None, None, None, P('a year earlier', '2024-04-01', '2024-04-01'), GIE),
        ('90%', 1, 90, 'percent', 'storage filling target', None, None, None, TGT, None),
        ('10 percentage points', 1, 10, 'percentage_point', 'deviation from the filling target', None, None, 'up_to', TGT, None),
    ],
    'nbs_style_cpi_ppi_monthly.txt': [
        ('0.7 percent', 1, 0.7, 'percent', 'national consumer price index (CPI)', UP, YOY, None, N25, NBS),
        ('0.5 percentage points', 1, 0.5, 'percentage_point', 'national consumer price index (CPI)', UP, MOM, None, N25, NBS),
        ('0.8 percent', 1, 0.8, 'percent', 'prices in urban areas', UP, YOY, None, N25, NBS),
        ('0.4 percent', 1, 0.4, 'percent', 'prices in rural areas', UP, YOY, None, N25, NBS),
        ('0.1 percent', 1, 0.1, 'percent', 'CPI', DOWN, YOY, None, JN, NBS),
        ('0.2 percent', 1, 0.2, 'percent', 'food prices', UP, YOY, None, None, NBS),
        ('2.9 percent', 1, 2.9, 'percent', 'food prices', DOWN, YOY, None, per('in October', 2025, 10), NBS),
        ('15.0 percent', 1, 15.0, 'percent', 'pork prices', DOWN, YOY, None, None, NBS),
        ('14.5 percent', 1, 14.5, 'percent', 'fresh vegetable prices', UP, YOY, None, None, NBS),
        ('1.2 percent', 1, 1.2, 'percent', 'core CPI excluding food and energy', UP, YOY, None, None, NBS),
        ('0.1 percent', 2, 0.1, 'percent', 'CPI', DOWN, MOM, None, NOV, NBS),
        ('0.5 percent', 2, 0.5, 'percent', 'food prices', UP, MOM, None, NOV, NBS),
        ('0.09 percentage points', 1, 0.09, 'percentage_point', 'impact of food prices on the CPI', UP, MOM, APPROX, NOV, NBS),
        ('5.2 percent', 1, 5.2, 'percent', 'prices of fresh vegetables', UP, MOM, None, NOV, NBS),
        ('0.8 percent', 2, 0.8, 'percent', 'pork prices', DOWN, MOM, None, NOV, NBS),
        ('0.6 percent', 1, 0.6, 'percent', 'energy prices', DOWN, MOM, None, NOV, NBS),
        ('0.3 percent', 1, 0.3, 'percent', 'prices of services', DOWN, MOM, None, NOV, NBS),
        ('0.2 percent', 2, 0.2, 'percent', 'prices of industrial consumer goods', DOWN, MOM, None, NOV, NBS),
        ('2.2 percent', 1, 2.2, 'percent', 'producer price index (PPI)', DOWN, YOY, None, INOV, NBS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'producer price index (PPI)', UP, MOM, None, INOV, NBS),
        ('0.1 percent', 4, 0.1, 'percent', 'producer price index (PPI)', UP, MOM, None, INOV, NBS),
        ('2.6 percent', 1, 2.6, 'percent', 'PPI', DOWN, YOY, None, JN, NBS),
        ('12.5 percent', 1, 12.5, 'percent', 'prices in coal mining and washing', DOWN, YOY, None, None, NBS),
        ('5.8 percent', 1, 5.8, 'percent', 'prices in ferrous metal smelting and rolling', DOWN, YOY, None, None, NBS),
        ('5.1 percent', 1, 5.1, 'percent', 'prices in oil and gas extraction', DOWN, YOY, None, None, NBS),
        ('9.7 percent', 1, 9.7, 'percent', 'prices of nonferrous metal smelting and rolling', UP, YOY, None, None, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
