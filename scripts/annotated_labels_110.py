# ruff: noqa: E501, RUF001
"""Write corpus/annotated_110/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_110.py corpus/annotated_110
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
CBS = "Statistics Netherlands"
KSH = "Hungarian Central Statistical Office"
MNB = "National Bank of Hungary"
VISA = "Visa"
LSEG = "LSEG"
BLS = "U.S. Bureau of Labor Statistics"
BBG = "Bloomberg"
DANE = "National Administrative Department of Statistics"
TE = "Trading Economics"
GASSCO = "Gassco"
GIE = "Gas Infrastructure Europe"
EA = "Energy Aspects"
MOF = "Ministry of Finance"
ICRA = "ICRA"
SPE = "SolarPower Europe"
NBS = "National Bureau of Statistics"
YOY, MOM, POP = "year_on_year", "month_on_month", "period_on_period"
UP, DOWN = "increase", "decrease"

# 11001 ONS retail sales (ref Friday 2025-09-19)
AUG25 = per("in August 2025", 2025, 8)
JUL25 = per("in July 2025", 2025, 7)
TMA = P("In the three months to August 2025", "2025-06-01", "2025-08-31")
JUN25 = per("for June 2025", 2025, 6)
# 11002 Reuters 1987 (ref Tuesday 1987-05-26)
MAR = per("in March", 1987, 3)
FEB = per("in February", 1987, 2)
Q1 = Q("In the first quarter", 1987, 1)
FQ1 = Q("First quarter", 1987, 1)
# 11003 Reuters 2025 (ref Tuesday 2026-01-13)
DEC = per("in December", 2025, 12)
NOV = per("in November", 2025, 11)
DECA = per("December", 2025, 12)
FX = P("by 0905 GMT", None, None)
# 11004 CNBC (ref Tuesday 2025-10-28); Visa's fiscal year runs October to September
FQ = P("for the quarter", "2025-07-01", "2025-09-30")
YA = P("a year ago", "2024-07-01", "2024-09-30")
YEP = P("in the year-earlier period", "2024-07-01", "2024-09-30")
PQ = P("in the fiscal fourth quarter", "2025-07-01", "2025-09-30")
DQ = P("during the quarter", "2025-07-01", "2025-09-30")
NQ1 = P("first-quarter", "2025-10-01", "2025-12-31")
F26 = P("fiscal 2026", "2025-10-01", "2026-09-30")
TUE = P("on Tuesday", "2025-10-28", "2025-10-28")
# 11005 MT Newswires (ref Wednesday 2026-01-07)
JNOV = per("in November", 2025, 11)
JINOV = per("In November", 2025, 11)
JOCT = per("in October", 2025, 10)
# 11006 Trading Economics (ref Friday 2025-11-28)
OCT25 = per("in October 2025", 2025, 10)
IOCT = per("In October", 2025, 10)
COCT = per("in October", 2025, 10)
RQ = P("In the August–October 2025 rolling quarter", "2025-08-01", "2025-10-31")
# 11007 Investing.com (ref Tuesday 2025-09-09)
ET = P("At 06:30 ET", None, None)
SEP7 = P("as of Sept. 7", "2025-09-07", "2025-09-07")
LW = P("last week", "2025-09-01", "2025-09-07")
# 11008 Business Standard (ref Friday 2025-08-01)
JUL = per("in July", 2025, 7)
AJ = P("During April-July of FY26", "2025-04-01", "2025-07-31")
FY26 = P("in FY26", "2025-04-01", "2026-03-31")
# 11009 DG ENER (ref Wednesday 2025-04-16)
Y24 = Y("In 2024", 2024)
Y24L = Y("in 2024", 2024)
Y23 = Y("in 2023", 2023)
R24 = Y("2024", 2024)
Y25 = Y("in 2025", 2025)
DEC24 = per("in December 2024", 2024, 12)
# 11010 NBS (ref Monday 2024-12-16)
F11 = P("In the first eleven months of 2024", "2024-01-01", "2024-11-30")
JN = P("From January to November", "2024-01-01", "2024-11-30")
EN = P("At the end of November", "2024-11-30", "2024-11-30")
INOV = per("In November", 2024, 11)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_retail_sales_online_share.txt': [
        ('0.4%', 1, 0.4, 'percent', 'retail sales volumes', UP, MOM, None, AUG25, None),
        ('0.8%', 1, 0.8, 'percent', 'retail sales volumes', UP, MOM, None, JUL25, None),
        ('0.6%', 1, 0.6, 'percent', 'retail sales volumes', None, MOM, None, JUL25, None),
        ('0.7%', 1, 0.7, 'percent', 'sales volumes', UP, POP, None, TMA, None),
        ('1.6%', 1, 1.6, 'percent', 'sales volumes', UP, YOY, None, TMA, None),
        ('27.9%', 1, 27.9, 'percent', 'amount spent online as a proportion of all retail spending', UP, None, None, AUG25, None),
        ('27.4%', 1, 27.4, 'percent', 'amount spent online as a proportion of all retail spending', None, None, None, per('in July', 2025, 7), None),
        ('1.3%', 1, 1.3, 'percent', 'non-food stores sales volumes', UP, MOM, None, AUG25, ONS),
        ('2.1%', 1, 2.1, 'percent', 'household goods stores volumes', UP, MOM, None, AUG25, ONS),
        ('1.0%', 1, 1.0, 'percent', 'other non-food stores volumes', UP, MOM, None, AUG25, ONS),
        ('0.5%', 1, 0.5, 'percent', 'clothing stores volumes', UP, MOM, None, AUG25, ONS),
        ('0.1%', 1, 0.1, 'percent', 'food stores volumes', DOWN, MOM, None, AUG25, ONS),
        ('0.9%', 1, 0.9, 'percent', 'sales at automotive fuel retailers', DOWN, MOM, None, AUG25, ONS),
        ('0.6%', 2, 0.6, 'percent', 'sales values', UP, MOM, None, AUG25, ONS),
        ('4.2%', 1, 4.2, 'percent', 'sales values', UP, YOY, None, AUG25, ONS),
        ('1.7%', 1, 1.7, 'percent', 'total online spending values', UP, MOM, None, AUG25, ONS),
        ('5.4%', 1, 5.4, 'percent', 'online values at department stores', UP, MOM, None, AUG25, ONS),
        ('2.2%', 1, 2.2, 'percent', 'online values at textile, clothing and footwear stores', UP, MOM, None, AUG25, ONS),
        ('£1.34 billion', 1, 1.34e9, 'GBP', 'average weekly spending online', None, None, None, AUG25, ONS),
        ('£1.29 billion', 1, 1.29e9, 'GBP', 'average weekly spending online', None, None, None, per('in August 2024', 2024, 8), ONS),
        ('two-fifths', 1, 0.4, 'fraction', 'non-store retailers share of online spending', None, None, 'approximately', AUG25, ONS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'monthly volume growth revision', UP, None, None, JUN25, ONS),
        ('0.3%', 1, 0.3, 'percent', 'monthly volume growth', UP, None, None, JUN25, ONS),
    ],
    'wire_1987_dutch_trade_surplus.txt': [
        ('2.4 BILLION GUILDERS', 1, 2.4e9, 'NLG', 'Dutch trade surplus', UP, None, None, per('IN MARCH', 1987, 3), None),
        ('2.40 billion guilders', 1, 2.40e9, 'NLG', "Netherlands' trade surplus", UP, None, None, MAR, CBS),
        ('1.57 billion', 1, 1.57e9, 'NLG', "Netherlands' trade surplus", None, None, None, FEB, CBS),
        ('6.8 pct', 1, 6.8, 'percent', 'exports', UP, MOM, None, MAR, CBS),
        ('18.9 billion guilders', 1, 18.9e9, 'NLG', 'exports', UP, None, None, MAR, CBS),
        ('2.3 pct', 1, 2.3, 'percent', 'imports', UP, MOM, None, MAR, CBS),
        ('16.5 billion', 1, 16.5e9, 'NLG', 'imports', UP, None, None, MAR, CBS),
        ('9.5 pct', 1, 9.5, 'percent', 'exports', DOWN, YOY, None, MAR, CBS),
        ('12.1 pct', 1, 12.1, 'percent', 'imports', DOWN, YOY, None, MAR, CBS),
        ('5.2 billion guilders', 1, 5.2e9, 'NLG', 'surplus', None, None, None, Q1, CBS),
        ('6.6 billion', 1, 6.6e9, 'NLG', 'surplus', None, None, None, Q('in the same 1986 quarter', 1986, 1), CBS),
        ('11 pct', 1, 11, 'percent', 'exports', DOWN, YOY, None, FQ1, CBS),
        ('53.6 billion guilders', 1, 53.6e9, 'NLG', 'exports', DOWN, None, None, FQ1, CBS),
        ('9.8 pct', 1, 9.8, 'percent', 'imports', DOWN, YOY, None, FQ1, CBS),
        ('48.4 billion', 1, 48.4e9, 'NLG', 'imports', DOWN, None, None, FQ1, CBS),
        ('1.15 billion guilders', 1, 1.15e9, 'NLG', 'natural gas exports', None, None, None, MAR, CBS),
        ('3.9 billion', 1, 3.9e9, 'NLG', 'natural gas exports', None, None, None, Q('in the quarter', 1987, 1), CBS),
        ('5.6 billion', 1, 5.6e9, 'NLG', 'natural gas exports', None, None, None, Q('a year earlier', 1986, 1), CBS),
        ('14 pct', 1, 14, 'percent', 'gas export volumes', DOWN, YOY, 'approximately', Q('in the first quarter', 1987, 1), CBS),
        ('1.45 billion guilders', 1, 1.45e9, 'NLG', 'trade surplus', None, None, None, per('February', 1987, 2), CBS),
        ('1.1 billion guilders', 1, 1.1e9, 'NLG', 'surplus with West Germany', None, None, None, MAR, CBS),
        ('620 mln', 1, 620e6, 'NLG', 'surplus with Belgium and Luxembourg', None, None, None, MAR, CBS),
        ('310 mln', 1, 310e6, 'NLG', 'surplus with Britain', None, None, None, MAR, CBS),
        ('9', 1, 9, 'percent', 'export prices', DOWN, YOY, None, per('March', 1987, 3), CBS),
        ('10 pct', 1, 10, 'percent', 'export prices', DOWN, YOY, None, per('March', 1987, 3), CBS),
    ],
    'wire_2025_hungary_inflation.txt': [
        ('3.3%', 1, 3.3, 'percent', 'Hungarian inflation', DOWN, None, None, DEC, None),
        ('3.3%', 2, 3.3, 'percent', "Hungary's consumer prices", UP, YOY, None, DEC, KSH),
        ('3.8%', 1, 3.8, 'percent', "Hungary's consumer prices", None, YOY, None, NOV, KSH),
        ('2%', 1, 2, 'percent', 'tolerance range', None, None, None, None, MNB),
        ('4%', 1, 4, 'percent', 'tolerance range', None, None, None, None, MNB),
        ('3%', 1, 3, 'percent', 'inflation target', None, None, None, None, MNB),
        ('Nine', 1, 9, 'count', 'analysts polled by Reuters', None, None, None, DECA, 'Reuters'),
        ('3.5%', 1, 3.5, 'percent', "Hungary's consumer prices", None, YOY, None, DECA, 'Reuters'),
        ('0.1%', 1, 0.1, 'percent', 'prices', UP, MOM, None, DEC, KSH),
        ('0.2%', 1, 0.2, 'percent', 'prices', DOWN, MOM, None, NOV, KSH),
        ('3.8%', 2, 3.8, 'percent', 'core inflation', DOWN, YOY, None, DEC, KSH),
        ('4.1%', 1, 4.1, 'percent', 'core inflation', None, YOY, None, per('a month earlier', 2025, 11), KSH),
        ('4.2%', 1, 4.2, 'percent', 'food prices', UP, YOY, None, DEC, KSH),
        ('6.9%', 1, 6.9, 'percent', 'prices of dairy products', UP, YOY, None, DEC, KSH),
        ('5.7%', 1, 5.7, 'percent', 'prices of bread', UP, YOY, None, DEC, KSH),
        ('7.4%', 1, 7.4, 'percent', 'vehicle fuel prices', DOWN, YOY, None, DEC, KSH),
        ('0.9%', 1, 0.9, 'percent', 'household energy prices', DOWN, YOY, None, DEC, KSH),
        ('566 forints', 1, 566, 'HUF', 'pump prices for petrol', None, None, 'approximately', DEC, KSH),
        ('4.4%', 1, 4.4, 'percent', 'average consumer prices', UP, YOY, None, Y('For 2025', 2025), KSH),
        ('3.7%', 1, 3.7, 'percent', 'average consumer prices', UP, YOY, None, Y('in 2024', 2024), KSH),
        ('6.50%', 1, 6.50, 'percent', 'base rate', None, None, None, P('since September 2024', '2024-09-01', '2026-01-13'), MNB),
        ('3.2%', 1, 3.2, 'percent', 'average inflation', None, None, None, Y('in 2026', 2026), MNB),
        ('4.1%', 2, 4.1, 'percent', 'average inflation', None, None, None, Y('in 2026', 2026), MNB),
        ('0.6 percentage point', 1, 0.6, 'percentage_point', 'effect of the end of retail margin caps on prices', UP, None, 'up_to', Q('in the first quarter', 2026, 1), None),
        ('0.3%', 1, 0.3, 'percent', 'forint', UP, None, None, FX, KSH),
        ('385.20', 1, 385.20, 'HUF', 'forint', UP, None, None, FX, KSH),
    ],
    'cnbc_style_payments_company_results.txt': [
        ('12%', 1, 12, 'percent', 'cross-border volume', UP, None, None, None, None),
        ('$20 billion', 1, 20e9, 'USD', 'buyback', None, None, None, None, None),
        ('$3.01', 1, 3.01, 'USD', 'adjusted earnings per share', None, None, None, None, VISA),
        ('$2.97', 1, 2.97, 'USD', 'adjusted earnings per share', None, None, None, None, None),
        ('$10.72 billion', 1, 10.72e9, 'USD', 'revenue', None, None, None, None, VISA),
        ('$10.61 billion', 1, 10.61e9, 'USD', 'revenue', None, None, None, None, None),
        ('$5.12 billion', 1, 5.12e9, 'USD', 'net income', None, None, None, FQ, VISA),
        ('$2.62', 1, 2.62, 'USD', 'earnings per share', None, None, None, FQ, VISA),
        ('$5.34 billion', 1, 5.34e9, 'USD', 'net income', None, None, None, YA, VISA),
        ('$2.65', 1, 2.65, 'USD', 'earnings per share', None, None, None, YA, VISA),
        ('11%', 1, 11, 'percent', 'net revenue', UP, YOY, None, FQ, VISA),
        ('$9.62 billion', 1, 9.62e9, 'USD', 'net revenue', None, None, None, YEP, VISA),
        ('8%', 1, 8, 'percent', 'payments volume', UP, YOY, None, PQ, VISA),
        ('7%', 1, 7, 'percent', 'U.S. payments volume', UP, YOY, None, PQ, VISA),
        ('10%', 1, 10, 'percent', 'international volume', UP, YOY, None, PQ, VISA),
        ('12%', 2, 12, 'percent', 'cross-border volume excluding transactions within Europe', UP, YOY, None, PQ, VISA),
        ('10%', 2, 10, 'percent', 'processed transactions', UP, YOY, None, PQ, VISA),
        ('66.2 billion', 1, 66.2e9, 'count', 'processed transactions', UP, None, None, PQ, VISA),
        ('$20 billion', 2, 20e9, 'USD', 'share repurchase program', None, None, None, None, VISA),
        ('14%', 1, 14, 'percent', 'quarterly dividend', UP, None, None, None, VISA),
        ('67 cents', 1, 0.67, 'USD', 'quarterly dividend', UP, None, None, None, VISA),
        ('$4.9 billion', 1, 4.9e9, 'USD', 'capital returned to shareholders', None, None, 'approximately', DQ, VISA),
        ('$3.9 billion', 1, 3.9e9, 'USD', 'buybacks', None, None, None, DQ, VISA),
        ('11%', 2, 11, 'percent', 'net revenue', UP, None, None, NQ1, VISA),
        ('13%', 1, 13, 'percent', 'net revenue', UP, None, None, NQ1, VISA),
        ('10.5%', 1, 10.5, 'percent', 'net revenue growth', UP, None, 'approximately', F26, LSEG),
        ('1%', 1, 1, 'percent', 'Visa shares', UP, None, 'approximately', TUE, VISA),
        ('$341.18', 1, 341.18, 'USD', 'Visa shares', None, None, None, TUE, VISA),
    ],
    'mt_newswires_us_jolts_job_openings.txt': [
        ('2.0%', 1, 2.0, 'percent', 'quits rate', None, None, None, JNOV, None),
        ('7.02 million', 1, 7.02e6, 'count', 'US job openings', DOWN, None, None, JNOV, BLS),
        ('7.41 million', 1, 7.41e6, 'count', 'US job openings', None, None, None, JOCT, BLS),
        ('7.30 million', 1, 7.30e6, 'count', 'openings', None, None, None, per('for the month', 2025, 11), BBG),
        ('7.23 million', 1, 7.23e6, 'count', 'vacancies', None, None, None, per('October', 2025, 10), BLS),
        ('4.2%', 1, 4.2, 'percent', 'job openings rate', DOWN, None, None, JINOV, BLS),
        ('4.4%', 1, 4.4, 'percent', 'job openings rate', None, None, None, JOCT, BLS),
        ('118,000', 1, 118000, 'count', 'hires', UP, None, None, JINOV, BLS),
        ('5.26 million', 1, 5.26e6, 'count', 'hires', UP, None, None, JINOV, BLS),
        ('3.3%', 1, 3.3, 'percent', 'hires rate', UP, None, None, JINOV, BLS),
        ('5.11 million', 1, 5.11e6, 'count', 'total separations', None, None, None, JNOV, BLS),
        ('3.18 million', 1, 3.18e6, 'count', 'quits', DOWN, None, None, JNOV, BLS),
        ('2.0%', 2, 2.0, 'percent', 'quits rate', None, None, None, JNOV, BLS),
        ('64,000', 1, 64000, 'count', 'layoffs and discharges', UP, None, None, JNOV, BLS),
        ('1.83 million', 1, 1.83e6, 'count', 'layoffs and discharges', UP, None, None, JNOV, BLS),
        ('1.2%', 1, 1.2, 'percent', 'layoffs and discharges rate', None, None, None, JNOV, BLS),
        ('-157,000', 1, -157000, 'count', 'openings in professional and business services', DOWN, None, None, None, BLS),
        ('-92,000', 1, -92000, 'count', 'openings in health care and social assistance', DOWN, None, None, None, BLS),
        ('-61,000', 1, -61000, 'count', 'openings in accommodation and food services', DOWN, None, None, None, BLS),
        ('38,000', 1, 38000, 'count', 'construction openings', UP, None, None, None, BLS),
        ('1.05 million', 1, 1.05e6, 'count', 'job openings', DOWN, YOY, None, JNOV, BLS),
        ('13%', 1, 13, 'percent', 'job openings', DOWN, YOY, None, JNOV, BLS),
    ],
    'trading_economics_style_colombia_unemployment.txt': [
        ('8.2%', 1, 8.2, 'percent', 'Colombia Unemployment Rate', DOWN, None, None, COCT, None),
        ('8.2 percent', 1, 8.2, 'percent', 'unemployment rate in Colombia', DOWN, None, None, OCT25, DANE),
        ('8.6 percent', 1, 8.6, 'percent', 'unemployment rate in Colombia', None, None, None, per('in the same month of the previous year', 2024, 10), DANE),
        ('8.5 percent', 1, 8.5, 'percent', 'unemployment rate in Colombia', None, None, None, OCT25, None),
        ('87 thousand', 1, 87000, 'count', 'number of unemployed persons', DOWN, YOY, None, IOCT, DANE),
        ('2.12 million', 1, 2.12e6, 'count', 'number of unemployed persons', DOWN, None, None, IOCT, DANE),
        ('3.1%', 1, 3.1, 'percent', 'number of employed people', UP, YOY, None, IOCT, DANE),
        ('23.95 million', 1, 23.95e6, 'count', 'number of employed people', UP, None, None, IOCT, DANE),
        ('214 thousand', 1, 214000, 'count', 'jobs in commerce', UP, YOY, None, IOCT, DANE),
        ('131 thousand', 1, 131000, 'count', 'jobs in manufacturing', UP, YOY, None, IOCT, DANE),
        ('96 thousand', 1, 96000, 'count', 'jobs in public administration', UP, YOY, None, IOCT, DANE),
        ('64.3 percent', 1, 64.3, 'percent', 'labour force participation rate', UP, None, None, IOCT, DANE),
        ('63.9 percent', 1, 63.9, 'percent', 'labour force participation rate', None, None, None, per('a year earlier', 2024, 10), DANE),
        ('1.4 percentage points', 1, 1.4, 'percentage_point', 'youth unemployment', DOWN, YOY, None, COCT, DANE),
        ('14.1 percent', 1, 14.1, 'percent', 'youth unemployment', DOWN, None, None, COCT, DANE),
        ('10.3 percent', 1, 10.3, 'percent', 'unemployment rate for women', DOWN, None, None, COCT, DANE),
        ('6.7 percent', 1, 6.7, 'percent', 'unemployment rate for men', None, None, None, COCT, DANE),
        ('8.4 percent', 1, 8.4, 'percent', 'jobless rate in the 13 cities and metropolitan areas', None, None, None, RQ, DANE),
        ('9.3 percent', 1, 9.3, 'percent', 'jobless rate in the 13 cities and metropolitan areas', None, None, None, P('a year before', '2024-08-01', '2024-10-31'), DANE),
        ('8.9 percent', 1, 8.9, 'percent', 'seasonally adjusted unemployment rate', UP, None, None, COCT, DANE),
        ('8.7 percent', 1, 8.7, 'percent', 'seasonally adjusted unemployment rate', None, None, None, per('in September', 2025, 9), DANE),
        ('11.49 percent', 1, 11.49, 'percent', 'Unemployment Rate in Colombia average', None, None, None, P('between 2001 and 2025', '2001-01-01', '2025-12-31'), DANE),
        ('23.90 percent', 1, 23.90, 'percent', 'Unemployment Rate in Colombia peak', None, None, None, per('in May 2020', 2020, 5), DANE),
        ('7.17 percent', 1, 7.17, 'percent', 'Unemployment Rate in Colombia record low', None, None, None, per('in December 2024', 2024, 12), DANE),
        ('8.70 percent', 1, 8.70, 'percent', 'Unemployment Rate in Colombia', None, None, None, P('at the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('9.30 percent', 1, 9.30, 'percent', 'Unemployment Rate in Colombia', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('9.00 percent', 1, 9.00, 'percent', 'Unemployment Rate in Colombia', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_natural_gas_ttf_europe.txt': [
        ('79.6%', 1, 79.6, 'percent', 'storage', None, None, None, None, None),
        ('3.8%', 1, 3.8, 'percent', 'Dutch TTF front-month contract', UP, None, None, ET, None),
        ('€33.45', 1, 33.45, 'EUR', 'Dutch TTF front-month contract', UP, None, None, ET, None),
        ('€34.10', 1, 34.10, 'EUR', 'Dutch TTF front-month contract', None, None, None, P('earlier in the session', '2025-09-09', '2025-09-09'), None),
        ('1.2%', 1, 1.2, 'percent', 'Dutch TTF front-month contract', DOWN, None, None, P("Monday's", '2025-09-08', '2025-09-08'), None),
        ('2.6p', 1, 0.026, 'GBP', 'British day-ahead contract', UP, None, None, ET, None),
        ('82.90p', 1, 0.829, 'GBP', 'British day-ahead contract', UP, None, None, ET, None),
        ('288 million cubic metres a day', 1, 288e6, 'cubic metre per day', 'nominations for Norwegian gas flows to Europe', DOWN, None, 'approximately', P('on Tuesday', '2025-09-09', '2025-09-09'), GASSCO),
        ('321 mcm/d', 1, 321e6, 'cubic metre per day', 'nominations for Norwegian gas flows to Europe', None, None, None, LW, GASSCO),
        ('35 mcm/d', 1, 35e6, 'cubic metre per day', 'capacity at the Kollsnes plant', DOWN, None, 'up_to', P('until Thursday', '2025-09-09', '2025-09-11'), GASSCO),
        ('79.6%', 2, 79.6, 'percent', 'EU storage sites filling level', None, None, None, SEP7, GIE),
        ('94.1%', 1, 94.1, 'percent', 'EU storage sites filling level', None, None, None, P('a year earlier', '2024-09-07', '2024-09-07'), GIE),
        ('71.3%', 1, 71.3, 'percent', "Germany's facilities filling level", None, None, None, SEP7, GIE),
        ('88.9%', 1, 88.9, 'percent', 'filling level of sites in Italy', None, None, None, SEP7, GIE),
        ('84.2%', 1, 84.2, 'percent', 'filling level of sites in France', None, None, None, SEP7, GIE),
        ('90%', 1, 90, 'percent', 'storage filling target', None, None, None, P('between Oct. 1 and Dec. 1', '2025-10-01', '2025-12-01'), None),
        ('386 mcm/d', 1, 386e6, 'cubic metre per day', 'LNG send-out from northwest European import terminals', None, None, None, LW, LSEG),
        ('4%', 1, 4, 'percent', 'LNG send-out from northwest European import terminals', UP, POP, None, LW, LSEG),
        ('9%', 1, 9, 'percent', 'LNG send-out from northwest European import terminals', DOWN, YOY, None, LW, LSEG),
        ('€36/MWh', 1, 36, 'EUR', 'TTF', None, None, None, Q('in the fourth quarter', 2025, 4), EA),
    ],
    'business_standard_style_gst_compensation_cess.txt': [
        ('7.5%', 1, 7.5, 'percent', 'GST mop-up', UP, None, None, JUL, None),
        ('₹1.96 trn', 1, 1.96e12, 'INR', 'GST mop-up', UP, None, None, JUL, None),
        ('7.5 per cent', 1, 7.5, 'percent', 'gross goods and services tax (GST) collections', UP, YOY, None, JUL, MOF),
        ('₹1.96 lakh crore', 1, 1.96e12, 'INR', 'gross goods and services tax (GST) collections', UP, None, None, JUL, MOF),
        ('6.7 per cent', 1, 6.7, 'percent', 'domestic revenue', UP, None, None, JUL, MOF),
        ('₹1.43 lakh crore', 1, 1.43e12, 'INR', 'domestic revenue', UP, None, None, JUL, MOF),
        ('9.7 per cent', 1, 9.7, 'percent', 'GST on imports', UP, None, None, JUL, MOF),
        ('₹52,712 crore', 1, 52712e7, 'INR', 'GST on imports', UP, None, None, JUL, MOF),
        ('₹35,470 crore', 1, 35470e7, 'INR', 'central GST (CGST)', None, None, None, JUL, MOF),
        ('₹44,059 crore', 1, 44059e7, 'INR', 'state GST (SGST)', None, None, None, JUL, MOF),
        ('₹1.04 lakh crore', 1, 1.04e12, 'INR', 'integrated GST (IGST)', None, None, None, JUL, MOF),
        ('₹12,680 crore', 1, 12680e7, 'INR', 'compensation cess', None, None, None, JUL, MOF),
        ('4 per cent', 1, 4, 'percent', 'compensation cess', DOWN, YOY, 'approximately', JUL, MOF),
        ('66.8 per cent', 1, 66.8, 'percent', 'refunds', UP, YOY, None, JUL, MOF),
        ('₹27,147 crore', 1, 27147e7, 'INR', 'refunds', UP, None, None, JUL, MOF),
        ('₹1.69 lakh crore', 1, 1.69e12, 'INR', 'net GST revenue', None, None, None, JUL, MOF),
        ('1.7 per cent', 1, 1.7, 'percent', 'net GST revenue', UP, YOY, None, JUL, MOF),
        ('₹8.18 lakh crore', 1, 8.18e12, 'INR', 'gross collections', None, None, None, AJ, MOF),
        ('10.7 per cent', 1, 10.7, 'percent', 'gross collections', UP, YOY, None, AJ, MOF),
        ('₹49,210 crore', 1, 49210e7, 'INR', 'cess receipts', DOWN, None, None, AJ, MOF),
        ('₹51,460 crore', 1, 51460e7, 'INR', 'cess receipts', None, None, None, P('in the same period of FY25', '2024-04-01', '2024-07-31'), MOF),
        ('₹7.11 lakh crore', 1, 7.11e12, 'INR', 'net collections', None, None, None, P('for the four months', '2025-04-01', '2025-07-31'), MOF),
        ('₹30,590 crore', 1, 30590e7, 'INR', 'collections in Maharashtra', None, None, None, JUL, MOF),
        ('₹13,967 crore', 1, 13967e7, 'INR', 'collections in Karnataka', None, None, None, JUL, MOF),
        ('₹11,358 crore', 1, 11358e7, 'INR', 'collections in Gujarat', None, None, None, JUL, MOF),
        ('6 per cent', 1, 6, 'percent', 'collections in Maharashtra', UP, YOY, None, JUL, MOF),
        ('11 per cent', 1, 11, 'percent', 'collections in Karnataka', UP, YOY, None, JUL, MOF),
        ('8 per cent', 1, 8, 'percent', 'collections in Gujarat', UP, YOY, None, JUL, MOF),
        ('₹9,250 crore', 1, 9250e7, 'INR', 'collections in Uttar Pradesh', None, None, 'approximately', JUL, MOF),
        ('2 per cent', 1, 2, 'percent', "Punjab's collections", DOWN, YOY, None, JUL, MOF),
        ('₹2.69 lakh crore', 1, 2.69e12, 'INR', 'loans taken to compensate states', None, None, None, None, MOF),
        ('9', 1, 9, 'percent', 'gross GST collections', UP, None, None, FY26, ICRA),
        ('11 per cent', 2, 11, 'percent', 'gross GST collections', UP, None, None, FY26, ICRA),
    ],
    'eu_energy_style_solar_pv_installations.txt': [
        ('65.5 GW', 1, 65.5, 'gigawatt', 'new solar PV capacity', None, None, None, Y24, SPE),
        ('4%', 1, 4, 'percent', 'annual market growth', DOWN, YOY, None, Y24, SPE),
        ('51%', 1, 51, 'percent', 'annual market growth', None, YOY, None, Y23, SPE),
        ('63.0 GW', 1, 63.0, 'gigawatt', 'new solar PV capacity', None, None, None, Y23, SPE),
        ('338 GW', 1, 338, 'gigawatt', 'cumulative EU solar fleet', None, None, 'approximately', P('at the end of 2024', '2024-12-31', '2024-12-31'), SPE),
        ('24%', 1, 24, 'percent', 'cumulative EU solar fleet', UP, YOY, None, P('at the end of 2024', '2024-12-31', '2024-12-31'), SPE),
        ('11.0%', 1, 11.0, 'percent', 'PV share of EU electricity generation', UP, None, None, P('over the year', '2024-01-01', '2024-12-31'), SPE),
        ('9.3%', 1, 9.3, 'percent', 'PV share of EU electricity generation', None, None, None, Y23, SPE),
        ('16.2 GW', 1, 16.2, 'gigawatt', 'installations in Germany', None, None, None, R24, SPE),
        ('8.7 GW', 1, 8.7, 'gigawatt', 'installations in Spain', None, None, None, R24, SPE),
        ('6.8 GW', 1, 6.8, 'gigawatt', 'installations in Italy', None, None, None, R24, SPE),
        ('5.9 GW', 1, 5.9, 'gigawatt', 'installations in France', None, None, None, R24, SPE),
        ('4.5 GW', 1, 4.5, 'gigawatt', 'installations in Poland', None, None, None, R24, SPE),
        ('two thirds', 1, 0.6667, 'fraction', 'five markets share of the EU total', None, None, 'approximately', R24, SPE),
        ('18%', 1, 18, 'percent', 'additions in the Netherlands', DOWN, None, None, R24, SPE),
        ('28%', 1, 28, 'percent', 'additions in Austria', DOWN, None, None, R24, SPE),
        ('1.7 GW', 1, 1.7, 'gigawatt', 'installations in Romania', UP, None, None, R24, SPE),
        ('53%', 1, 53, 'percent', 'rooftop systems share of new capacity', DOWN, None, None, Y24L, SPE),
        ('61%', 1, 61, 'percent', 'rooftop systems share of new capacity', None, None, None, Y23, SPE),
        ('a quarter', 1, 0.25, 'fraction', 'residential installations', DOWN, YOY, 'approximately', Y24L, SPE),
        ('11.8 GW', 1, 11.8, 'gigawatt', 'residential installations', DOWN, None, None, Y24L, SPE),
        ('26%', 1, 26, 'percent', 'utility-scale additions', UP, YOY, None, Y24L, SPE),
        ('30.8 GW', 1, 30.8, 'gigawatt', 'utility-scale additions', UP, None, None, Y24L, SPE),
        ('1', 1, 1, 'percent', 'EU market', DOWN, None, None, Y25, SPE),
        ('2%', 1, 2, 'percent', 'EU market', DOWN, None, None, Y25, SPE),
        ('64 GW', 1, 64, 'gigawatt', 'installations', None, None, 'approximately', Y25, SPE),
        ('0.11 €/Wp', 1, 0.11, 'EUR', 'module prices', None, None, None, DEC24, SPE),
        ('35%', 1, 35, 'percent', 'module prices', DOWN, YOY, 'approximately', DEC24, SPE),
    ],
    'nbs_style_real_estate_investment_sales.txt': [
        ('9,354.4 billion yuan', 1, 9354.4e9, 'CNY', 'investment in real estate development', None, None, None, F11, NBS),
        ('10.4 percent', 1, 10.4, 'percent', 'investment in real estate development', DOWN, YOY, None, F11, NBS),
        ('7,121.0 billion yuan', 1, 7121.0e9, 'CNY', 'investment in residential buildings', None, None, None, F11, NBS),
        ('10.5 percent', 1, 10.5, 'percent', 'investment in residential buildings', DOWN, YOY, None, F11, NBS),
        ('7,209.80 million square meters', 1, 7209.80e6, 'square metre', 'floor space of buildings under construction', None, None, None, JN, NBS),
        ('12.7 percent', 1, 12.7, 'percent', 'floor space of buildings under construction', DOWN, YOY, None, JN, NBS),
        ('668.87 million', 1, 668.87e6, 'square metre', 'newly started floor space', None, None, None, JN, NBS),
        ('487.42 million square meters', 1, 487.42e6, 'square metre', 'completed floor space', None, None, None, JN, NBS),
        ('23.0 percent', 1, 23.0, 'percent', 'newly started floor space', DOWN, YOY, None, JN, NBS),
        ('26.2 percent', 1, 26.2, 'percent', 'completed floor space', DOWN, YOY, None, JN, NBS),
        ('868.02 million square meters', 1, 868.02e6, 'square metre', 'floor space of newly built commercial buildings sold', None, None, None, JN, NBS),
        ('14.3 percent', 1, 14.3, 'percent', 'floor space of newly built commercial buildings sold', DOWN, YOY, None, JN, NBS),
        ('1.5 percentage points', 1, 1.5, 'percentage_point', 'decline in floor space of newly built commercial buildings sold', DOWN, POP, None, JN, NBS),
        ('8,510.8 billion yuan', 1, 8510.8e9, 'CNY', 'sales of newly built commercial buildings', None, None, None, JN, NBS),
        ('19.2 percent', 1, 19.2, 'percent', 'sales of newly built commercial buildings', DOWN, YOY, None, JN, NBS),
        ('20.0 percent', 1, 20.0, 'percent', 'residential sales', DOWN, YOY, None, JN, NBS),
        ('733.51 million square meters', 1, 733.51e6, 'square metre', 'floor space of commercial buildings awaiting sale', None, None, None, EN, NBS),
        ('2.08 million square meters', 1, 2.08e6, 'square metre', 'floor space of commercial buildings awaiting sale', DOWN, MOM, None, EN, NBS),
        ('10.4 percent', 2, 10.4, 'percent', 'floor space of commercial buildings awaiting sale', UP, YOY, None, EN, NBS),
        ('9,496.7 billion yuan', 1, 9496.7e9, 'CNY', 'funds in place for real estate development enterprises', None, None, None, JN, NBS),
        ('18.0 percent', 1, 18.0, 'percent', 'funds in place for real estate development enterprises', DOWN, YOY, None, JN, NBS),
        ('3,003.6 billion yuan', 1, 3003.6e9, 'CNY', 'deposits and advance payments', None, None, None, JN, NBS),
        ('26.0 percent', 1, 26.0, 'percent', 'deposits and advance payments', DOWN, YOY, None, JN, NBS),
        ('1,427.0 billion yuan', 1, 1427.0e9, 'CNY', 'individual mortgage loans', None, None, None, JN, NBS),
        ('29.7 percent', 1, 29.7, 'percent', 'individual mortgage loans', DOWN, YOY, None, JN, NBS),
        ('92.67', 1, 92.67, 'index_point', 'national real estate climate index', None, None, None, INOV, NBS),
        ('0.12 points', 1, 0.12, 'index_point', 'national real estate climate index', UP, MOM, None, INOV, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
