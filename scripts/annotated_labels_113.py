# ruff: noqa: E501, RUF001
"""Write corpus/annotated_113/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_113.py corpus/annotated_113
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
ONEM = "National Employment Office"
PB = "Planning Bureau"
MOEA = "Ministry of Economic Affairs"
RTR = "Reuters"
EXPE = "Expedia Group"
LSEG = "LSEG"
IFO = "Ifo Institute"
INEI = "National Institute of Statistics and Informatics"
BCRP = "Central Reserve Bank of Peru"
TE = "Trading Economics"
INE = "National Statistics Institute"
GAC = "General Administration of Customs"
CME = "CME Group"
LME = "London Metal Exchange"
SHFE = "Shanghai Futures Exchange"
CITI = "Citigroup"
SPG = "S&P Global"
ENTSOG = "European Network of Transmission System Operators for Gas"
MOT = "Ministry of Transport"

# 11301 ONS UK trade (ref Thursday 2025-11-13)
T3S = P("in the three months to September 2025", "2025-07-01", "2025-09-30")
LT3 = P("In the latest three months", "2025-07-01", "2025-09-30")
BAS = P("Between August and September 2025", "2025-09-01", "2025-09-30")
T3S24 = P("in the three months to September 2024", "2024-07-01", "2024-09-30")
T3A = P("for the three months to August 2025", "2025-06-01", "2025-08-31")
# 11302 Reuters 1987 (ref Thursday 1987-05-07)
HAPR = per("IN APRIL", 1987, 4)
EAPR = P("at the end of April", "1987-04-30", "1987-04-30")
EMAR = P("at the end of March", "1987-03-31", "1987-03-31")
EA = P("at end-April", "1987-04-30", "1987-04-30")
MEAR = P("a month earlier", "1987-03-31", "1987-03-31")
EA86 = P("at end-April 1986", "1986-04-30", "1986-04-30")
APR = per("In April", 1987, 4)
APRL = per("in April", 1987, 4)
# 11303 Reuters 2025 (ref Tuesday 2026-01-20)
TDEC = per("in December", 2025, 12)
HDEC = per("December", 2025, 12)
FY25 = Y("For the whole of 2025", 2025)
JAN26 = per("January", 2026, 1)
# 11304 CNBC (ref Thursday 2025-11-06)
TQ3 = Q("Third-quarter", 2025, 3)
QE = Q("in the quarter ended Sept. 30", 2025, 3)
YE24 = Q("a year earlier", 2024, 3)
FQ = Q("For the fourth quarter", 2025, 4)
FY = Y("full-year", 2025)
# 11305 MT Newswires (ref Monday 2025-10-27)
OCT = per("in October", 2025, 10)
OCTA = per("October", 2025, 10)
SEP = per("in September", 2025, 9)
# 11306 Trading Economics (ref Wednesday 2025-10-01)
S25 = per("in September 2025", 2025, 9)
AUG = per("in August", 2025, 8)
# 11307 Investing.com (ref Wednesday 2026-01-14)
ET = P("By 03:40 ET", None, None)
CNOV = per("in November", 2025, 11)
CDEC = per("in December", 2025, 12)
# 11308 Business Standard (ref Friday 2025-10-03)
BSEP = per("in September", 2025, 9)
BAUG = per("in August", 2025, 8)
# 11309 DG ENER (ref Wednesday 2026-04-22)
Q425 = Q("In the fourth quarter of 2025", 2025, 4)
INQ = Q("in the quarter", 2025, 4)
INQC = Q("In the quarter", 2025, 4)
Y25 = Y("For 2025 as a whole", 2025)
OTY = P("over the year", "2025-01-01", "2025-12-31")
# 11310 transport (ref Monday 2025-11-24)
NOCT = per("In October", 2025, 10)
JO = P("From January to October", "2025-01-01", "2025-10-31")
F10 = P("In the first ten months", "2025-01-01", "2025-10-31")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_trade_goods_partners_monthly.txt': [
        ('£2.4 billion', 1, 2.4e9, 'GBP', 'trade in goods deficit excluding precious metals', 'decrease', 'period_on_period', None, T3S, None),
        ('£58.6 billion', 1, 58.6e9, 'GBP', 'trade in goods deficit excluding precious metals', 'decrease', None, None, T3S, None),
        ('£1.7 billion', 1, 1.7e9, 'GBP', 'goods imports excluding precious metals', 'decrease', 'period_on_period', None, T3S, None),
        ('1.1%', 1, 1.1, 'percent', 'goods imports excluding precious metals', 'decrease', 'period_on_period', None, T3S, None),
        ('£0.7 billion', 1, 0.7e9, 'GBP', 'goods exports', 'increase', 'period_on_period', None, T3S, None),
        ('0.8%', 1, 0.8, 'percent', 'goods exports', 'increase', 'period_on_period', None, T3S, None),
        ('0.6%', 1, 0.6, 'percent', 'imports from the EU', 'decrease', None, None, None, None),
        ('1.5%', 1, 1.5, 'percent', 'imports from non-EU countries', 'decrease', None, None, None, None),
        ('1.2%', 1, 1.2, 'percent', 'exports of goods to the EU', 'increase', 'period_on_period', None, LT3, ONS),
        ('£47.3 billion', 1, 47.3e9, 'GBP', 'exports of goods to the EU', 'increase', None, None, LT3, ONS),
        ('0.3%', 1, 0.3, 'percent', 'exports of goods to non-EU countries', 'increase', 'period_on_period', None, LT3, ONS),
        ('£45.9 billion', 1, 45.9e9, 'GBP', 'exports of goods to non-EU countries', 'increase', None, None, LT3, ONS),
        ('£79.0 billion', 1, 79.0e9, 'GBP', 'imports from the EU', None, None, None, LT3, ONS),
        ('£72.8 billion', 1, 72.8e9, 'GBP', 'imports from non-EU countries', None, None, None, LT3, ONS),
        ('£1.1 billion', 1, 1.1e9, 'GBP', 'imports from non-EU countries', 'decrease', 'period_on_period', None, LT3, ONS),
        ('£0.5 billion', 1, 0.5e9, 'GBP', 'monthly goods deficit excluding precious metals', 'increase', 'month_on_month', None, BAS, ONS),
        ('£19.8 billion', 1, 19.8e9, 'GBP', 'monthly goods deficit excluding precious metals', 'increase', None, None, BAS, ONS),
        ('1.4%', 1, 1.4, 'percent', 'exports to the EU', 'decrease', 'month_on_month', None, BAS, ONS),
        ('£0.3 billion', 1, 0.3e9, 'GBP', 'imports from China', 'increase', 'month_on_month', None, BAS, ONS),
        ('£5.6 billion', 1, 5.6e9, 'GBP', 'imports from China', 'increase', None, None, BAS, ONS),
        ('£5.1 billion', 1, 5.1e9, 'GBP', 'exports to the US', 'increase', None, None, BAS, ONS),
        ('£4.8 billion', 1, 4.8e9, 'GBP', 'exports to the US', None, None, None, per('in August', 2025, 8), ONS),
        ('51%', 1, 51, 'percent', 'EU share of UK goods exports', 'increase', None, 'approximately', T3S, ONS),
        ('49%', 1, 49, 'percent', 'EU share of UK goods exports', None, None, None, T3S24, ONS),
        ('£0.4 billion', 1, 0.4e9, 'GBP', 'trade in goods deficit revision', 'decrease', None, None, T3A, ONS),
        ('£61.0 billion', 1, 61.0e9, 'GBP', 'trade in goods deficit', 'decrease', None, None, T3A, ONS),
    ],
    'wire_1987_belgian_unemployment.txt': [
        ('11.8 PCT', 1, 11.8, 'percent', 'Belgian unemployment', 'decrease', None, None, HAPR, None),
        ('11.8 pct', 1, 11.8, 'percent', 'Belgian unemployment', 'decrease', None, None, EAPR, ONEM),
        ('12.1 pct', 1, 12.1, 'percent', 'Belgian unemployment', None, None, None, EMAR, ONEM),
        ('463,212', 1, 463212, 'count', 'fully unemployed people drawing benefit', 'decrease', None, None, EA, ONEM),
        ('471,530', 1, 471530, 'count', 'fully unemployed people drawing benefit', None, None, None, MEAR, ONEM),
        ('489,067', 1, 489067, 'count', 'fully unemployed people drawing benefit', None, None, None, EA86, ONEM),
        ('2.0 pct', 1, 2.0, 'percent', 'male unemployment', 'decrease', 'month_on_month', None, APR, ONEM),
        ('197,405', 1, 197405, 'count', 'male unemployment', 'decrease', None, None, APR, ONEM),
        ('265,807', 1, 265807, 'count', 'number of jobless women', 'decrease', None, None, APR, ONEM),
        ('270,170', 1, 270170, 'count', 'number of jobless women', None, None, None, per('in March', 1987, 3), ONEM),
        ('57.4 pct', 1, 57.4, 'percent', 'women share of the jobless total', None, None, None, APR, ONEM),
        ('55.9 pct', 1, 55.9, 'percent', 'women share of the jobless total', None, None, None, per('a year before', 1986, 4), ONEM),
        ('12.0 pct', 1, 12.0, 'percent', 'seasonally adjusted jobless rate', None, None, None, APRL, ONEM),
        ('1,200', 1, 1200, 'count', 'seasonally adjusted jobless total', 'decrease', 'month_on_month', 'approximately', APRL, ONEM),
        ('118,650', 1, 118650, 'count', 'jobless youths under 25', None, None, None, APRL, ONEM),
        ('4.1 pct', 1, 4.1, 'percent', 'jobless youths under 25', 'decrease', 'month_on_month', None, APRL, ONEM),
        ('a quarter', 1, 0.25, 'fraction', 'jobless youths under 25 share of the total', None, None, 'approximately', APRL, ONEM),
        ('7.9 pct', 1, 7.9, 'percent', 'unemployment rate for men', None, None, None, APR, ONEM),
        ('18.2 pct', 1, 18.2, 'percent', 'unemployment rate for women', None, None, None, APR, ONEM),
        ('8.4', 1, 8.4, 'percent', 'unemployment rate for men', None, None, None, per('a year earlier', 1986, 4), ONEM),
        ('18.9 pct', 1, 18.9, 'percent', 'unemployment rate for women', None, None, None, per('a year earlier', 1986, 4), ONEM),
        ('191,300', 1, 191300, 'count', 'jobless in Flanders', None, None, None, None, ONEM),
        ('186,500', 1, 186500, 'count', 'jobless in Wallonia', None, None, None, None, ONEM),
        ('85,412', 1, 85412, 'count', 'jobless in Brussels', None, None, None, None, ONEM),
        ('450,000', 1, 450000, 'count', 'average unemployment', 'decrease', None, 'approximately', Y('this year', 1987), PB),
        ('477,000', 1, 477000, 'count', 'average unemployment', None, None, None, Y('in 1986', 1986), PB),
    ],
    'wire_2025_taiwan_export_orders.txt': [
        ('21.3%', 1, 21.3, 'percent', "Taiwan's export orders", 'increase', None, None, HDEC, None),
        ('21.3%', 2, 21.3, 'percent', "Taiwan's export orders", 'increase', 'year_on_year', None, TDEC, MOEA),
        ('US$70.4 billion', 1, 70.4e9, 'USD', "Taiwan's export orders", 'increase', None, None, TDEC, MOEA),
        ('19.5%', 1, 19.5, 'percent', "Taiwan's export orders", None, 'year_on_year', None, TDEC, RTR),
        ('12', 1, 12, 'count', 'economists in a Reuters poll', None, None, None, TDEC, RTR),
        ('18.4%', 1, 18.4, 'percent', 'export orders', 'increase', 'year_on_year', None, per('In November', 2025, 11), MOEA),
        ('6.3%', 1, 6.3, 'percent', 'export orders', 'increase', 'month_on_month', None, HDEC, MOEA),
        ('44.7%', 1, 44.7, 'percent', 'orders for information and communication products', 'increase', 'year_on_year', None, None, MOEA),
        ('30.2%', 1, 30.2, 'percent', 'orders for electronic products', 'increase', 'year_on_year', None, None, MOEA),
        ('$27.9 billion', 1, 27.9e9, 'USD', 'orders for electronic products', None, None, None, None, MOEA),
        ('3.5%', 1, 3.5, 'percent', 'orders for optical equipment', 'increase', 'year_on_year', None, None, MOEA),
        ('1.2%', 1, 1.2, 'percent', 'orders for basic metals', 'decrease', 'year_on_year', None, None, MOEA),
        ('4.8%', 1, 4.8, 'percent', 'orders for plastics and rubber', 'decrease', 'year_on_year', None, None, MOEA),
        ('36.9%', 1, 36.9, 'percent', 'orders from the United States', 'increase', 'year_on_year', None, TDEC, MOEA),
        ('$23.8 billion', 1, 23.8e9, 'USD', 'orders from the United States', 'increase', None, None, TDEC, MOEA),
        ('2.1%', 1, 2.1, 'percent', 'orders from China and Hong Kong', 'increase', 'year_on_year', None, TDEC, MOEA),
        ('$16.6 billion', 1, 16.6e9, 'USD', 'orders from China and Hong Kong', 'increase', None, None, TDEC, MOEA),
        ('9.6%', 1, 9.6, 'percent', 'orders from Europe', 'increase', 'year_on_year', None, TDEC, MOEA),
        ('5.0%', 1, 5.0, 'percent', 'orders from Japan', 'increase', 'year_on_year', None, TDEC, MOEA),
        ('$742.5 billion', 1, 742.5e9, 'USD', 'export orders', None, None, None, FY25, MOEA),
        ('26.3%', 1, 26.3, 'percent', 'export orders', 'increase', 'year_on_year', None, FY25, MOEA),
        ('$62.5 billion', 1, 62.5e9, 'USD', 'export orders', None, None, None, JAN26, MOEA),
        ('$65.0 billion', 1, 65.0e9, 'USD', 'export orders', None, None, None, JAN26, MOEA),
        ('8.7%', 1, 8.7, 'percent', 'export orders', 'increase', 'year_on_year', None, JAN26, MOEA),
        ('13.0%', 1, 13.0, 'percent', 'export orders', 'increase', 'year_on_year', None, JAN26, MOEA),
    ],
    'cnbc_style_cruise_travel_company_results.txt': [
        ('12%', 1, 12, 'percent', 'Expedia shares', 'increase', None, None, None, None),
        ('$7.57', 1, 7.57, 'USD', 'adjusted earnings per share', None, None, None, None, EXPE),
        ('$6.99', 1, 6.99, 'USD', 'adjusted earnings per share', None, None, None, None, LSEG),
        ('$4.41 billion', 1, 4.41e9, 'USD', 'revenue', None, None, None, None, EXPE),
        ('$4.29 billion', 1, 4.29e9, 'USD', 'revenue', None, None, None, None, LSEG),
        ('9%', 1, 9, 'percent', 'revenue', 'increase', 'year_on_year', None, TQ3, EXPE),
        ('$4.06 billion', 1, 4.06e9, 'USD', 'revenue', None, None, None, Q('in the year-ago period', 2024, 3), EXPE),
        ('$959 million', 1, 959e6, 'USD', 'net income', 'increase', None, None, TQ3, EXPE),
        ('$7.33', 1, 7.33, 'USD', 'net income per share', 'increase', None, None, TQ3, EXPE),
        ('$684 million', 1, 684e6, 'USD', 'net income', None, None, None, YE24, EXPE),
        ('$5.04', 1, 5.04, 'USD', 'net income per share', None, None, None, YE24, EXPE),
        ('12%', 2, 12, 'percent', 'gross bookings', 'increase', 'year_on_year', None, QE, EXPE),
        ('$30.7 billion', 1, 30.7e9, 'USD', 'gross bookings', 'increase', None, None, QE, EXPE),
        ('11%', 1, 11, 'percent', 'booked room nights', 'increase', 'year_on_year', None, QE, EXPE),
        ('108.9 million', 1, 108.9e6, 'count', 'booked room nights', 'increase', None, None, QE, EXPE),
        ('14.4%', 1, 14.4, 'percent', 'revenue as a share of gross bookings', 'decrease', None, None, QE, EXPE),
        ('14.8%', 1, 14.8, 'percent', 'revenue as a share of gross bookings', None, None, None, YE24, EXPE),
        ('24%', 1, 24, 'percent', 'B2B gross bookings', 'increase', 'year_on_year', None, None, EXPE),
        ('$8.9 billion', 1, 8.9e9, 'USD', 'B2B gross bookings', 'increase', None, None, None, EXPE),
        ('7%', 1, 7, 'percent', 'B2C segment gross bookings', 'increase', 'year_on_year', None, None, EXPE),
        ('16%', 1, 16, 'percent', 'advertising revenue', 'increase', 'year_on_year', None, None, EXPE),
        ('$27.2 billion', 1, 27.2e9, 'USD', 'gross bookings', None, None, None, FQ, EXPE),
        ('$27.6 billion', 1, 27.6e9, 'USD', 'gross bookings', None, None, None, FQ, EXPE),
        ('6%', 1, 6, 'percent', 'revenue growth', 'increase', None, None, FQ, EXPE),
        ('8%', 1, 8, 'percent', 'revenue growth', 'increase', None, None, FQ, EXPE),
        ('$3.46 billion', 1, 3.46e9, 'USD', 'revenue', None, None, None, Q('fourth-quarter', 2025, 4), LSEG),
        ('6%', 2, 6, 'percent', 'gross bookings growth', 'increase', None, None, FY, EXPE),
        ('7%', 2, 7, 'percent', 'gross bookings growth', 'increase', None, None, FY, EXPE),
        ('3%', 1, 3, 'percent', 'gross bookings growth', 'increase', None, None, FY, EXPE),
        ('5%', 1, 5, 'percent', 'gross bookings growth', 'increase', None, None, FY, EXPE),
        ('1 percentage point', 1, 1, 'percentage_point', 'adjusted EBITDA margin', 'increase', None, 'approximately', FY, EXPE),
        ('12%', 3, 12, 'percent', 'Expedia shares', 'increase', None, 'approximately', None, EXPE),
        ('31%', 1, 31, 'percent', 'Expedia stock', 'increase', None, None, P("for the year through Thursday's close", '2025-01-01', '2025-11-06'), EXPE),
    ],
    'mt_newswires_germany_ifo_business_climate.txt': [
        ('88.4 points', 1, 88.4, 'index_point', 'Ifo business climate index', 'increase', None, None, OCT, IFO),
        ('87.7 points', 1, 87.7, 'index_point', 'Ifo business climate index', None, None, None, SEP, IFO),
        ('88.0', 1, 88.0, 'index_point', 'Ifo business climate index', None, None, None, OCT, RTR),
        ('1.9 points', 1, 1.9, 'index_point', 'expectations gauge', 'increase', 'month_on_month', None, OCTA, IFO),
        ('91.6', 1, 91.6, 'index_point', 'expectations gauge', 'increase', None, None, OCTA, IFO),
        ('89.7', 1, 89.7, 'index_point', 'expectations gauge', None, None, None, SEP, IFO),
        ('89.8', 1, 89.8, 'index_point', 'expectations gauge', None, None, None, SEP, IFO),
        ('85.4', 1, 85.4, 'index_point', 'assessment of current business conditions', 'increase', None, None, OCTA, IFO),
        ('85.3', 1, 85.3, 'index_point', 'assessment of current business conditions', None, None, None, SEP, IFO),
        ('1.9 points', 2, 1.9, 'index_point', 'balance for services', 'increase', None, None, OCT, IFO),
        ('-19.2 points', 1, -19.2, 'index_point', 'balance for trade', 'increase', None, None, OCT, IFO),
        ('-8.1 points', 1, -8.1, 'index_point', 'balance for manufacturing', 'increase', None, None, OCT, IFO),
        ('0.6 points', 1, 0.6, 'index_point', 'construction indicator', 'decrease', None, None, OCT, IFO),
        ('-15.9', 1, -15.9, 'index_point', 'construction indicator', 'decrease', None, None, OCT, IFO),
        ('4 in 10', 1, 0.4, 'fraction', 'share of manufacturers reporting too few orders', None, None, 'approximately', OCT, IFO),
        ('21.6%', 1, 21.6, 'percent', 'share of companies describing the outlook as uncertain', 'decrease', None, None, OCT, IFO),
        ('24.0%', 1, 24.0, 'percent', 'share of companies describing the outlook as uncertain', None, None, None, SEP, IFO),
        ('9,000', 1, 9000, 'count', 'firms in the survey', None, None, 'approximately', OCT, IFO),
        ('0.2%', 1, 0.2, 'percent', 'growth', 'decrease', None, None, Y('2025', 2025), IFO),
        ('0.3%', 1, 0.3, 'percent', 'growth', None, None, None, Y('2025', 2025), IFO),
        ('0.8%', 1, 0.8, 'percent', 'growth', 'increase', None, None, Y('in 2026', 2026), IFO),
        ('1.1%', 1, 1.1, 'percent', 'growth', 'increase', None, None, Y('in 2027', 2027), IFO),
    ],
    'trading_economics_style_peru_inflation.txt': [
        ('1.36%', 1, 1.36, 'percent', 'Peru Inflation Rate', 'decrease', None, None, per('in September', 2025, 9), None),
        ('1.36%', 2, 1.36, 'percent', 'annual inflation rate in Lima', 'decrease', 'year_on_year', None, S25, INEI),
        ('1.69%', 1, 1.69, 'percent', 'annual inflation rate in Lima', None, 'year_on_year', None, AUG, INEI),
        ('1.5%', 1, 1.5, 'percent', 'annual inflation rate in Lima', None, 'year_on_year', None, S25, None),
        ('0.4%', 1, 0.4, 'percent', 'prices for food and non-alcoholic beverages', 'decrease', 'year_on_year', None, S25, INEI),
        ('1.3%', 1, 1.3, 'percent', 'prices for food and non-alcoholic beverages', None, 'year_on_year', None, AUG, INEI),
        ('1.1%', 1, 1.1, 'percent', 'prices for transport', 'decrease', 'year_on_year', None, S25, INEI),
        ('1.6%', 1, 1.6, 'percent', 'prices for transport', None, 'year_on_year', None, AUG, INEI),
        ('2.9%', 1, 2.9, 'percent', 'prices for housing, water, electricity, gas and other fuels', 'decrease', 'year_on_year', None, S25, INEI),
        ('3.5%', 1, 3.5, 'percent', 'prices for housing, water, electricity, gas and other fuels', None, 'year_on_year', None, AUG, INEI),
        ('3.0%', 1, 3.0, 'percent', 'prices for restaurants and hotels', 'increase', 'year_on_year', None, S25, INEI),
        ('2.8%', 1, 2.8, 'percent', 'prices for restaurants and hotels', None, 'year_on_year', None, AUG, INEI),
        ('1.75%', 1, 1.75, 'percent', 'core inflation', 'decrease', 'year_on_year', None, S25, INEI),
        ('1.84%', 1, 1.84, 'percent', 'core inflation', None, 'year_on_year', None, AUG, INEI),
        ('1%', 1, 1, 'percent', 'inflation target range', None, None, None, None, BCRP),
        ('3%', 1, 3, 'percent', 'inflation target range', None, None, None, None, BCRP),
        ('0.14%', 1, 0.14, 'percent', 'consumer prices in Lima', 'decrease', 'month_on_month', None, per('in September', 2025, 9), INEI),
        ('0.20%', 1, 0.20, 'percent', 'consumer prices in Lima', 'increase', 'month_on_month', None, AUG, INEI),
        ('0.05%', 1, 0.05, 'percent', 'consumer prices in Lima', 'increase', 'month_on_month', None, per('in September', 2025, 9), None),
        ('0.61%', 1, 0.61, 'percent', 'food and beverage prices', 'decrease', 'month_on_month', None, per('in September', 2025, 9), INEI),
        ('0.32%', 1, 0.32, 'percent', 'transport costs', 'decrease', 'month_on_month', None, per('in September', 2025, 9), INEI),
        ('41.92 percent', 1, 41.92, 'percent', 'Inflation Rate in Peru', None, None, None, P('from 1950 until 2025', '1950-01-01', '2025-12-31'), INEI),
        ('12377.60 percent', 1, 12377.60, 'percent', 'Inflation Rate in Peru all time high', None, None, None, per('in August of 1990', 1990, 8), INEI),
        ('-0.76 percent', 1, -0.76, 'percent', 'Inflation Rate in Peru record low', 'decrease', None, None, per('in June of 1951', 1951, 6), INEI),
        ('1.60 percent', 1, 1.60, 'percent', 'Inflation Rate in Peru', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('2.10 percent', 1, 2.10, 'percent', 'Peru Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('2.30 percent', 1, 2.30, 'percent', 'Peru Inflation Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_copper_comex_lme_spread.txt': [
        ('0.8%', 1, 0.8, 'percent', 'Comex copper futures for March delivery', 'decrease', None, None, ET, None),
        ('$5.97', 1, 5.97, 'USD', 'Comex copper futures for March delivery', 'decrease', None, None, ET, None),
        ('0.2%', 1, 0.2, 'percent', 'three-month copper on the London Metal Exchange', 'increase', None, None, ET, None),
        ('$12,915', 1, 12915, 'USD', 'three-month copper on the London Metal Exchange', 'increase', None, None, ET, None),
        ('$250', 1, 250, 'USD', 'Comex premium over LME', 'decrease', None, 'approximately', None, None),
        ('$2,800', 1, 2800, 'USD', 'Comex premium over LME', None, None, 'up_to', per('in July', 2025, 7), None),
        ('50%', 1, 50, 'percent', 'planned duty', None, None, None, None, None),
        ('4.1%', 1, 4.1, 'percent', 'copper output in Chile', 'decrease', 'year_on_year', None, CNOV, INE),
        ('462,300 metric tons', 1, 462300, 'tonne', 'copper output in Chile', 'decrease', None, None, CNOV, INE),
        ('8%', 1, 8, 'percent', "Codelco's production", 'decrease', 'year_on_year', None, CNOV, INE),
        ('428,000 tonnes', 1, 428000, 'tonne', 'imports of unwrought copper and copper products', None, None, None, CDEC, GAC),
        ('9.6%', 1, 9.6, 'percent', 'imports of unwrought copper and copper products', 'decrease', 'year_on_year', None, CDEC, GAC),
        ('6%', 1, 6, 'percent', 'imports of unwrought copper and copper products', 'decrease', 'month_on_month', None, CDEC, GAC),
        ('455,000 tonnes', 1, 455000, 'tonne', 'imports of unwrought copper and copper products', None, None, None, per("November's", 2025, 11), GAC),
        ('5.37 million tonnes', 1, 5.37e6, 'tonne', 'imports of unwrought copper and copper products', None, None, None, FY25, GAC),
        ('1.8%', 1, 1.8, 'percent', 'imports of unwrought copper and copper products', 'decrease', 'year_on_year', None, FY25, GAC),
        ('493,512 short tons', 1, 493512, 'short ton', 'stocks in Comex-approved warehouses', 'increase', None, None, None, CME),
        ('2,650 tonnes', 1, 2650, 'tonne', 'LME inventories', 'decrease', None, None, None, LME),
        ('141,275 tonnes', 1, 141275, 'tonne', 'LME inventories', 'decrease', None, None, None, LME),
        ('a third', 1, 0.3333, 'fraction', 'stocks in Shanghai Futures Exchange warehouses', 'decrease', 'year_on_year', 'approximately', None, SHFE),
        ('$13,000', 1, 13000, 'USD', 'LME copper', None, None, None, Q('in the first quarter', 2026, 1), CITI),
        ('$14,000', 1, 14000, 'USD', 'LME copper bull-case range', None, None, None, Q('in the first quarter', 2026, 1), CITI),
        ('$15,000', 1, 15000, 'USD', 'LME copper bull-case range', None, None, None, Q('in the first quarter', 2026, 1), CITI),
    ],
    'business_standard_style_services_pmi_employment.txt': [
        ('60.9', 1, 60.9, 'index_point', 'PMI', 'decrease', None, None, per('in Sept', 2025, 9), None),
        ('60.9', 2, 60.9, 'index_point', 'HSBC India Services PMI', 'decrease', None, None, BSEP, SPG),
        ('62.9', 1, 62.9, 'index_point', 'HSBC India Services PMI', None, None, None, BAUG, SPG),
        ('61.6', 1, 61.6, 'index_point', 'HSBC India Services PMI', None, None, None, BSEP, RTR),
        ('18', 1, 18, 'count', 'economists polled by Reuters', None, None, None, BSEP, RTR),
        ('1.3 points', 1, 1.3, 'index_point', 'employment sub-index', 'increase', None, None, BSEP, SPG),
        ('59.4', 1, 59.4, 'index_point', 'employment sub-index', 'increase', None, None, BSEP, SPG),
        ('one in seven', 1, 0.1429, 'fraction', 'share of companies raising headcounts', None, None, 'approximately', BSEP, SPG),
        ('2 per cent', 1, 2, 'percent', 'share of companies trimming payrolls', None, None, 'less_than', BSEP, SPG),
        ('57.9', 1, 57.9, 'index_point', 'new export orders gauge', 'increase', None, None, BSEP, SPG),
        ('56.5', 1, 56.5, 'index_point', 'new export orders gauge', None, None, None, BAUG, SPG),
        ('58.7', 1, 58.7, 'index_point', 'input prices index', 'increase', None, None, None, SPG),
        ('55.1', 1, 55.1, 'index_point', 'output charges index', 'decrease', None, None, None, SPG),
        ('56.4', 1, 56.4, 'index_point', 'output charges index', None, None, None, None, SPG),
        ('61.0', 1, 61.0, 'index_point', 'composite output index', None, None, None, BSEP, SPG),
        ('63.2', 1, 63.2, 'index_point', 'composite output index', None, None, None, BAUG, SPG),
        ('57.7', 1, 57.7, 'index_point', 'manufacturing PMI', 'decrease', None, None, BSEP, SPG),
        ('59.3', 1, 59.3, 'index_point', 'manufacturing PMI', None, None, None, per('a month earlier', 2025, 8), SPG),
        ('16 per cent', 1, 16, 'percent', 'share of firms forecasting higher output', 'decrease', None, None, per('In September', 2025, 9), SPG),
        ('21 per cent', 1, 21, 'percent', 'share of firms forecasting higher output', None, None, None, BAUG, SPG),
    ],
    'eu_energy_style_gas_import_pipelines_norway.txt': [
        ('38.7 bcm', 1, 38.7e9, 'cubic metre', 'EU pipeline gas imports from outside the Union', None, None, None, Q425, None),
        ('3%', 1, 3, 'percent', 'EU pipeline gas imports from outside the Union', 'increase', 'year_on_year', None, Q425, None),
        ('2.1 bcm', 1, 2.1e9, 'cubic metre', 'EU pipeline gas imports from outside the Union', 'decrease', 'quarter_on_quarter', None, Q425, None),
        ('24.9 bcm', 1, 24.9e9, 'cubic metre', 'pipeline supply from Norway', None, None, None, Q425, None),
        ('6.2 bcm', 1, 6.2e9, 'cubic metre', 'pipeline supply from Algeria', None, None, None, Q425, None),
        ('4.1 bcm', 1, 4.1e9, 'cubic metre', 'pipeline supply from Russia via TurkStream', None, None, None, Q425, None),
        ('3.0 bcm', 1, 3.0e9, 'cubic metre', 'pipeline supply from Azerbaijan via TAP', None, None, None, Q425, None),
        ('0.5 bcm', 1, 0.5e9, 'cubic metre', 'pipeline supply from Libya', None, None, None, Q425, None),
        ('6%', 1, 6, 'percent', 'Norwegian deliveries', 'increase', 'year_on_year', None, INQ, None),
        ('32%', 1, 32, 'percent', "Norway's share in total EU gas imports", 'increase', None, None, INQ, None),
        ('29%', 1, 29, 'percent', "Norway's share in total EU gas imports", None, None, None, Q('in Q4 2024', 2024, 4), None),
        ('98 mcm/d', 1, 98e6, 'cubic metre per day', 'flows through the Europipe II route into Germany', None, None, None, INQ, ENTSOG),
        ('41 mcm/d', 1, 41e6, 'cubic metre per day', 'flows through the Norpipe route into Germany', None, None, None, INQ, ENTSOG),
        ('9%', 1, 9, 'percent', 'Algerian pipeline exports to Italy via Transmed', 'decrease', 'year_on_year', None, INQC, ENTSOG),
        ('2.4 bcm', 1, 2.4e9, 'cubic metre', 'Algerian pipeline exports to Spain through Medgaz', None, None, None, INQC, ENTSOG),
        ('4%', 1, 4, 'percent', 'Azerbaijani gas through the Trans Adriatic Pipeline', 'increase', 'year_on_year', None, INQC, ENTSOG),
        ('85%', 1, 85, 'percent', "Italy's share of Azerbaijani gas through the Trans Adriatic Pipeline", None, None, 'approximately', INQC, ENTSOG),
        ('147 bcm', 1, 147e9, 'cubic metre', 'EU pipeline imports', None, None, None, Y25, ENTSOG),
        ('2%', 1, 2, 'percent', 'EU pipeline imports', 'decrease', 'year_on_year', None, Y25, ENTSOG),
        ('15 bcm', 1, 15e9, 'cubic metre', 'Russian transit via Ukraine', None, None, 'approximately', Y('in 2024', 2024), ENTSOG),
        ('91.5 bcm', 1, 91.5e9, 'cubic metre', 'gas provided by Norway', None, None, None, OTY, ENTSOG),
        ('a third', 1, 0.3333, 'fraction', 'Norway share of total extra-EU imports', None, None, 'approximately', OTY, ENTSOG),
        ('21%', 1, 21, 'percent', 'LNG imports', 'increase', 'year_on_year', None, OTY, ENTSOG),
        ('137 bcm', 1, 137e9, 'cubic metre', 'LNG imports', 'increase', None, None, OTY, ENTSOG),
    ],
    'nbs_style_transport_passenger_freight_volume.txt': [
        ('5.01 billion tonnes', 1, 5.01e9, 'tonne', 'freight volume of the whole society', None, None, None, NOCT, MOT),
        ('3.2 percent', 1, 3.2, 'percent', 'freight volume of the whole society', 'increase', 'year_on_year', None, NOCT, MOT),
        ('0.47 billion tonnes', 1, 0.47e9, 'tonne', 'railway freight volume', None, None, None, NOCT, MOT),
        ('3.66 billion tonnes', 1, 3.66e9, 'tonne', 'highway freight volume', None, None, None, NOCT, MOT),
        ('0.88 billion tonnes', 1, 0.88e9, 'tonne', 'waterway freight volume', None, None, None, NOCT, MOT),
        ('2.9 percent', 1, 2.9, 'percent', 'railway freight volume', 'increase', 'year_on_year', None, NOCT, MOT),
        ('3.0 percent', 1, 3.0, 'percent', 'highway freight volume', 'increase', 'year_on_year', None, NOCT, MOT),
        ('4.6 percent', 1, 4.6, 'percent', 'waterway freight volume', 'increase', 'year_on_year', None, NOCT, MOT),
        ('0.95 million tonnes', 1, 0.95e6, 'tonne', 'civil aviation cargo and mail traffic', None, None, None, NOCT, MOT),
        ('11.8 percent', 1, 11.8, 'percent', 'civil aviation cargo and mail traffic', 'increase', 'year_on_year', None, NOCT, MOT),
        ('1.56 billion tonnes', 1, 1.56e9, 'tonne', 'cargo throughput at ports nationwide', None, None, None, NOCT, MOT),
        ('4.8 percent', 1, 4.8, 'percent', 'cargo throughput at ports nationwide', 'increase', 'year_on_year', None, NOCT, MOT),
        ('30.4 million TEUs', 1, 30.4e6, 'count', 'container throughput', None, None, None, NOCT, MOT),
        ('7.1 percent', 1, 7.1, 'percent', 'container throughput', 'increase', 'year_on_year', None, NOCT, MOT),
        ('47.75 billion tonnes', 1, 47.75e9, 'tonne', 'cumulative freight volume', None, None, None, JO, MOT),
        ('3.5 percent', 1, 3.5, 'percent', 'cumulative freight volume', 'increase', 'year_on_year', None, JO, MOT),
        ('15.21 billion tonnes', 1, 15.21e9, 'tonne', 'cargo throughput at ports', None, None, None, JO, MOT),
        ('4.3 percent', 1, 4.3, 'percent', 'cargo throughput at ports', 'increase', 'year_on_year', None, JO, MOT),
        ('4.62 billion tonnes', 1, 4.62e9, 'tonne', 'foreign trade cargo throughput', None, None, None, JO, MOT),
        ('5.0 percent', 1, 5.0, 'percent', 'foreign trade cargo throughput', 'increase', 'year_on_year', None, JO, MOT),
        ('291.8 million TEUs', 1, 291.8e6, 'count', 'container throughput', None, None, None, JO, MOT),
        ('6.7 percent', 1, 6.7, 'percent', 'container throughput', 'increase', 'year_on_year', None, JO, MOT),
        ('6.12 billion person-times', 1, 6.12e9, 'count', 'cross-regional passenger trips', None, None, None, NOCT, MOT),
        ('2.4 percent', 1, 2.4, 'percent', 'cross-regional passenger trips', 'increase', 'year_on_year', None, NOCT, MOT),
        ('410 million', 1, 410e6, 'count', 'railway passenger trips', None, None, None, NOCT, MOT),
        ('6.1 percent', 1, 6.1, 'percent', 'railway passenger trips', 'increase', 'year_on_year', None, NOCT, MOT),
        ('5.62 billion', 1, 5.62e9, 'count', 'highway trips', None, None, None, NOCT, MOT),
        ('2.1 percent', 1, 2.1, 'percent', 'highway trips', 'increase', 'year_on_year', None, NOCT, MOT),
        ('23.8 million', 1, 23.8e6, 'count', 'waterway trips', None, None, None, NOCT, MOT),
        ('1.5 percent', 1, 1.5, 'percent', 'waterway trips', 'decrease', 'year_on_year', None, NOCT, MOT),
        ('67.1 million', 1, 67.1e6, 'count', 'civil aviation trips', None, None, None, NOCT, MOT),
        ('4.9 percent', 1, 4.9, 'percent', 'civil aviation trips', 'increase', 'year_on_year', None, NOCT, MOT),
        ('56.30 billion person-times', 1, 56.30e9, 'count', 'cross-regional passenger trips', None, None, None, F10, MOT),
        ('3.7 percent', 1, 3.7, 'percent', 'cross-regional passenger trips', 'increase', 'year_on_year', None, F10, MOT),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
