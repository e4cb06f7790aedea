# ruff: noqa: E501, RUF001
"""Write corpus/annotated_63/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_63.py corpus/annotated_63
"""

import sys
from pathlib import Path

from gold_labels import P, Y, per, write_gold

ONS = "Office for National Statistics"
STC = "Statistics Canada"
INEGI = "National Institute of Statistics and Geography"
BOM = "Bank of Mexico"
ISM = "Institute for Supply Management"
DJ = "Dow Jones"
BBG = "Bloomberg"
SPG = "S&P Global"
TE = "Trading Economics"
SOV = "SovEcon"
CONAB = "National Supply Company"
ICE = "Intercontinental Exchange"
MOSPI = "Ministry of Statistics and Programme Implementation"
BS = "Business Standard"
RBI = "Reserve Bank of India"
EC = "European Commission"
GAC = "General Administration of Customs"

# 6301 ONS retail sales (ref Friday 2026-02-20)
J26 = per("in January 2026", 2026, 1)
D25 = per("December 2025", 2025, 12)
INJ = per("In January", 2026, 1)
T3 = P("Over the three months to January 2026", "2025-11-01", "2026-01-31")
IJ26 = per("In January 2026", 2026, 1)
# 6302 Reuters 1987 (ref Tuesday 1987-03-31)
JAN87 = per("in January", 1987, 1)
DEC86 = per("in December", 1986, 12)
IJAN87 = per("In January", 1987, 1)
# 6303 Reuters 2025 (ref Monday 2025-11-24)
H1N = P("in the first half of November", "2025-11-01", "2025-11-15")
H1NC = P("In the first half of November", "2025-11-01", "2025-11-15")
HM = P("in the first half of the month", "2025-11-01", "2025-11-15")
N13 = P("on Nov. 13", "2025-11-13", "2025-11-13")
# 6304 CNBC (ref Friday 2026-01-02)
FDEC = per("for December", 2025, 12)
IDEC = per("In December", 2025, 12)
DEC = per("in December", 2025, 12)
NOV = per("in November", 2025, 11)
# 6305 MT Newswires (ref Tuesday 2025-12-23)
OCT = per("in October", 2025, 10)
# 6306 Trading Economics (ref Tuesday 2026-01-06)
DEC25 = per("in December 2025", 2025, 12)
# 6307 Investing.com (ref Thursday 2026-01-15)
ET = P("By 11:40 ET", None, None)
Y26 = Y("2026", 2026)
# 6308 Business Standard (ref Monday 2026-01-12)
BDEC = per("in December", 2025, 12)
LM = per("last month", 2025, 12)
# 6309 DG ENER Weekly Oil Bulletin (ref Thursday 2026-01-15)
J12 = P("on 12 January 2026", "2026-01-12", "2026-01-12")
SD = P("On the same date", "2026-01-12", "2026-01-12")
O12 = P("On 12 January", "2026-01-12", "2026-01-12")
YE = P("a year earlier", "2025-01-12", "2025-01-12")
# 6310 customs trade (ref Monday 2025-12-08)
E11 = P("in the first eleven months of 2025", "2025-01-01", "2025-11-30")
JN = P("from January to November", "2025-01-01", "2025-11-30")
F11 = P("In the first 11 months", "2025-01-01", "2025-11-30")
JNP = P("Over the January-November period", "2025-01-01", "2025-11-30")
NOVA = per("In November", 2025, 11)

MOM, YOY, POP = "month_on_month", "year_on_year", "period_on_period"
UP, DOWN = "increase", "decrease"
APPROX = "approximately"

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_uk_retail_sales_volumes_month.txt': [
        ('0.7%', 1, 0.7, 'percent', 'retail sales volumes', UP, MOM, None, J26, None),
        ('0.3%', 1, 0.3, 'percent', 'retail sales volumes', DOWN, MOM, None, D25, None),
        ('0.1%', 1, 0.1, 'percent', 'retail sales volumes', DOWN, MOM, None, D25, None),
        ('1.9%', 1, 1.9, 'percent', 'non-food stores sales volumes', UP, MOM, None, INJ, None),
        ('3.2%', 1, 3.2, 'percent', 'clothing retailers sales volumes', UP, MOM, None, INJ, None),
        ('2.5%', 1, 2.5, 'percent', 'household goods stores sales volumes', UP, MOM, None, INJ, None),
        ('1.7%', 1, 1.7, 'percent', 'department stores sales volumes', UP, MOM, None, INJ, None),
        ('0.4%', 1, 0.4, 'percent', 'food stores volumes', DOWN, MOM, None, INJ, None),
        ('1.2%', 1, 1.2, 'percent', 'automotive fuel sales volumes', DOWN, MOM, None, J26, None),
        ('0.2%', 1, 0.2, 'percent', 'sales volumes', DOWN, POP, None, T3, ONS),
        ('1.4%', 1, 1.4, 'percent', 'sales volumes', UP, YOY, None, T3, ONS),
        ('1.1%', 1, 1.1, 'percent', 'sales values', UP, MOM, None, IJ26, ONS),
        ('3.9%', 1, 3.9, 'percent', 'sales values', UP, YOY, None, IJ26, ONS),
        ('2.6%', 1, 2.6, 'percent', 'value of online sales', UP, MOM, None, J26, ONS),
        ('4.1%', 1, 4.1, 'percent', 'non-food online retailers', UP, MOM, None, J26, ONS),
        ('28.3%', 1, 28.3, 'percent', 'proportion of sales made online', UP, None, None, J26, ONS),
        ('27.6%', 1, 27.6, 'percent', 'proportion of sales made online', None, None, None, per('in December', 2025, 12), ONS),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'volumes growth revision', UP, None, None, per('for November 2025', 2025, 11), ONS),
        ('0.4%', 2, 0.4, 'percent', 'volumes growth', UP, None, None, per('for November 2025', 2025, 11), ONS),
        ('5,000', 1, 5000, 'count', 'businesses responding to the survey', None, None, APPROX, per('January', 2026, 1), ONS),
        ('two-thirds', 1, 0.6667, 'fraction', 'share of businesses contacted that responded', None, None, APPROX, per('January', 2026, 1), ONS),
    ],
    'wire_1987_canadian_monthly_gdp.txt': [
        ('0.3 PCT', 1, 0.3, 'percent', 'Canada GDP', DOWN, None, None, per('JANUARY', 1987, 1), None),
        ('0.3 pct', 1, 0.3, 'percent', "Canada's gross domestic product at factor cost", DOWN, MOM, None, JAN87, STC),
        ('0.5 pct', 1, 0.5, 'percent', 'gross domestic product at factor cost', UP, None, None, DEC86, STC),
        ('0.4 pct', 1, 0.4, 'percent', 'gross domestic product at factor cost', UP, None, None, DEC86, STC),
        ('0.1 pct', 1, 0.1, 'percent', 'gross domestic product at factor cost', DOWN, None, APPROX, per('January', 1987, 1), None),
        ('358.9 billion dlrs', 1, 358.9e9, 'CAD', 'output', None, None, None, JAN87, STC),
        ('347.6 billion dlrs', 1, 347.6e9, 'CAD', 'output', None, None, None, per('in January 1986', 1986, 1), STC),
        ('3.3 pct', 1, 3.3, 'percent', 'output', UP, YOY, None, JAN87, STC),
        ('1.2 pct', 1, 1.2, 'percent', 'goods-producing industries', DOWN, None, None, JAN87, STC),
        ('4.6 pct', 1, 4.6, 'percent', 'construction', DOWN, None, None, JAN87, STC),
        ('0.2 pct', 1, 0.2, 'percent', 'output of service industries', UP, None, None, JAN87, STC),
        ('0.9 pct', 1, 0.9, 'percent', 'manufacturing output', DOWN, None, None, None, STC),
        ('1.5 pct', 1, 1.5, 'percent', 'mining output', DOWN, None, None, None, STC),
        ('0.7 pct', 1, 0.7, 'percent', 'utilities output', DOWN, None, None, None, STC),
        ('6.8 pct', 1, 6.8, 'percent', 'motor vehicles', DOWN, None, None, None, STC),
        ('3.1 pct', 1, 3.1, 'percent', 'wood products', DOWN, None, None, None, STC),
        ('1.4 pct', 1, 1.4, 'percent', 'wholesale trade', UP, None, None, IJAN87, STC),
        ('0.6 pct', 1, 0.6, 'percent', 'retail trade', UP, None, None, IJAN87, STC),
        ('0.8 pct', 1, 0.8, 'percent', 'transportation and storage', DOWN, None, None, IJAN87, STC),
        ('0.2 pct', 2, 0.2, 'percent', 'communications', DOWN, None, None, IJAN87, STC),
        ('0.4 pct', 2, 0.4, 'percent', 'output', UP, POP, None, P('in the three months to January', '1986-11-01', '1987-01-31'), STC),
    ],
    'wire_2025_mexico_inflation_first_half_month.txt': [
        ('3.61%', 1, 3.61, 'percent', "Mexico's inflation", DOWN, None, None, P('in first half of November', '2025-11-01', '2025-11-15'), None),
        ('3.61%', 2, 3.61, 'percent', "Mexico's annual headline inflation", DOWN, YOY, None, H1N, INEGI),
        ('3.68%', 1, 3.68, 'percent', 'annual headline inflation', None, YOY, None, H1N, 'Reuters'),
        ('14', 1, 14, 'count', 'analysts in a Reuters poll', None, None, None, H1N, 'Reuters'),
        ('3.63%', 1, 3.63, 'percent', 'inflation', None, YOY, None, P('In the second half of October', '2025-10-16', '2025-10-31'), INEGI),
        ('0.21%', 1, 0.21, 'percent', 'consumer prices', DOWN, POP, None, H1NC, INEGI),
        ('0.12%', 1, 0.12, 'percent', 'consumer prices', DOWN, POP, None, H1NC, None),
        ('6.4%', 1, 6.4, 'percent', 'electricity tariffs', UP, POP, None, H1NC, INEGI),
        ('4.28%', 1, 4.28, 'percent', 'core index', UP, YOY, None, HM, INEGI),
        ('4.31%', 1, 4.31, 'percent', 'core index', None, YOY, None, P('in late October', '2025-10-16', '2025-10-31'), INEGI),
        ('0.05%', 1, 0.05, 'percent', 'core prices', DOWN, POP, None, HM, INEGI),
        ('1.52%', 1, 1.52, 'percent', 'non-core inflation', None, YOY, None, None, INEGI),
        ('2.4%', 1, 2.4, 'percent', 'farm products prices', UP, YOY, None, None, INEGI),
        ('0.9%', 1, 0.9, 'percent', 'energy prices', UP, YOY, None, None, INEGI),
        ('2%', 1, 2, 'percent', 'target range', None, None, None, None, BOM),
        ('4%', 1, 4, 'percent', 'target range', None, None, None, None, BOM),
        ('3%', 1, 3, 'percent', 'target range midpoint', None, None, None, None, BOM),
        ('25 basis points', 1, 25, 'basis_point', 'benchmark rate', DOWN, None, None, N13, BOM),
        ('7.25%', 1, 7.25, 'percent', 'benchmark rate', DOWN, None, None, N13, BOM),
        ('quarter-point', 1, 0.25, 'percentage_point', 'Banxico rate cut', DOWN, None, None, P('at its Dec. 18 meeting', '2025-12-18', '2025-12-18'), None),
        ('18.42', 1, 18.42, 'MXN', 'peso', None, None, None, P('on Monday', '2025-11-24', '2025-11-24'), INEGI),
    ],
    'cnbc_style_ism_manufacturing.txt': [
        ('47.9', 1, 47.9, 'index_point', 'ISM manufacturing PMI', DOWN, None, None, FDEC, ISM),
        ('48.2', 1, 48.2, 'index_point', 'ISM manufacturing PMI', None, None, None, NOV, ISM),
        ('48.4', 1, 48.4, 'index_point', 'ISM manufacturing PMI', None, None, None, FDEC, DJ),
        ('2.6 points', 1, 2.6, 'index_point', 'new orders index', DOWN, None, None, IDEC, ISM),
        ('45.8', 1, 45.8, 'index_point', 'new orders index', DOWN, None, None, IDEC, ISM),
        ('49.7', 1, 49.7, 'index_point', 'production', DOWN, None, None, IDEC, ISM),
        ('51.4', 1, 51.4, 'index_point', 'production', None, None, None, NOV, ISM),
        ('1.3 points', 1, 1.3, 'index_point', 'prices index', UP, None, None, IDEC, ISM),
        ('60.1', 1, 60.1, 'index_point', 'prices index', UP, None, None, IDEC, ISM),
        ('44.9', 1, 44.9, 'index_point', 'employment', None, None, None, DEC, ISM),
        ('44.0', 1, 44.0, 'index_point', 'employment', None, None, None, per('the month before', 2025, 11), ISM),
        ('47.1', 1, 47.1, 'index_point', 'inventories', DOWN, None, None, DEC, ISM),
        ('43.2', 1, 43.2, 'index_point', 'backlogs of orders', None, None, None, DEC, ISM),
        ('50.8', 1, 50.8, 'index_point', 'supplier deliveries', None, None, None, DEC, ISM),
        ('44.6', 1, 44.6, 'index_point', "customers' inventories", None, None, None, DEC, ISM),
        ('46.3', 1, 46.3, 'index_point', 'imports', None, None, None, DEC, ISM),
        ('four', 1, 4, 'count', 'manufacturing industries reporting growth', None, None, None, DEC, ISM),
        ('Twelve', 1, 12, 'count', 'manufacturing industries reporting contraction', None, None, None, DEC, ISM),
        ('46.9', 1, 46.9, 'index_point', 'ISM manufacturing PMI', None, None, None, Y('during 2025', 2025), ISM),
        ('49.0', 1, 49.0, 'index_point', 'ISM manufacturing PMI', None, None, None, Y('during 2025', 2025), ISM),
        ('58%', 1, 58, 'percent', 'share of manufacturing GDP contracting', UP, None, APPROX, DEC, ISM),
        ('51%', 1, 51, 'percent', 'share of manufacturing GDP contracting', None, None, None, NOV, ISM),
    ],
    'mt_newswires_canada_monthly_gdp_flash.txt': [
        ('0.1%', 1, 0.1, 'percent', 'Canadian economy', DOWN, None, None, OCT, None),
        ('0.2%', 1, 0.2, 'percent', 'Canadian economy', UP, None, None, per('November', 2025, 11), None),
        ('0.1%', 2, 0.1, 'percent', "Canada's real gross domestic product", DOWN, MOM, None, OCT, STC),
        ('0.2%', 2, 0.2, 'percent', "Canada's real gross domestic product", UP, MOM, None, per('in September', 2025, 9), STC),
        ('0.1%', 3, 0.1, 'percent', 'real gross domestic product', UP, MOM, None, per('for the month', 2025, 10), BBG),
        ('0.6%', 1, 0.6, 'percent', 'goods-producing industries', DOWN, None, None, OCT, STC),
        ('1.3%', 1, 1.3, 'percent', 'manufacturing', DOWN, None, None, OCT, STC),
        ('2.0%', 1, 2.0, 'percent', 'utilities', DOWN, None, None, OCT, STC),
        ('0.4%', 1, 0.4, 'percent', 'mining, quarrying, and oil and gas extraction', UP, None, None, OCT, STC),
        ('9', 1, 9, 'count', 'service subsectors posting increases', None, None, None, OCT, STC),
        ('0.7%', 1, 0.7, 'percent', 'retail trade', UP, None, None, OCT, STC),
        ('0.2%', 3, 0.2, 'percent', 'public sector', UP, None, None, OCT, STC),
        ('0.9%', 1, 0.9, 'percent', 'wholesale trade', DOWN, None, None, OCT, STC),
        ('0.5%', 1, 0.5, 'percent', 'transportation and warehousing', DOWN, None, None, OCT, STC),
        ('1.1%', 1, 1.1, 'percent', 'real GDP', UP, YOY, None, OCT, STC),
        ('0.2%', 4, 0.2, 'percent', 'real GDP', UP, None, APPROX, per('in November', 2025, 11), STC),
        ('C$1.3785', 1, 1.3785, 'CAD', 'Canadian dollar', None, None, None, P('late Tuesday', '2025-12-23', '2025-12-23'), STC),
        ('US$0.7254', 1, 0.7254, 'USD', 'Canadian dollar', None, None, None, P('late Tuesday', '2025-12-23', '2025-12-23'), STC),
    ],
    'trading_economics_style_egypt_pmi.txt': [
        ('50.3', 1, 50.3, 'index_point', 'Egypt PMI', UP, None, None, DEC25, SPG),
        ('49.2', 1, 49.2, 'index_point', 'Egypt PMI', None, None, None, NOV, SPG),
        ('49.5', 1, 49.5, 'index_point', 'Egypt PMI', None, None, None, DEC25, None),
        ('50.6', 1, 50.6, 'index_point', 'new orders sub-index', UP, None, None, DEC25, SPG),
        ('48.9', 1, 48.9, 'index_point', 'new orders sub-index', None, None, None, NOV, SPG),
        ('48.6', 1, 48.6, 'index_point', 'stocks of purchases index', None, None, None, None, SPG),
        ('47.6', 1, 47.6, 'EGP', 'Egyptian pound', UP, None, APPROX, None, SPG),
        ('45%', 1, 45, 'percent', 'share of surveyed firms leaving selling prices unchanged', None, None, APPROX, None, SPG),
        ('450', 1, 450, 'count', 'surveyed firms', None, None, APPROX, None, SPG),
        ('23%', 1, 23, 'percent', 'share of panellists anticipating higher output', UP, None, None, per('In December', 2025, 12), SPG),
        ('17%', 1, 17, 'percent', 'share of panellists anticipating higher output', None, None, None, NOV, SPG),
        ('47.76 points', 1, 47.76, 'index_point', 'Egypt Non Oil PMI average', None, None, None, P('from 2011 until 2025', '2011-01-01', '2025-12-31'), SPG),
        ('52.70 points', 1, 52.70, 'index_point', 'Egypt Non Oil PMI all time high', None, None, None, per('in November of 2014', 2014, 11), SPG),
        ('29.70 points', 1, 29.70, 'index_point', 'Egypt Non Oil PMI record low', None, None, None, per('in April of 2020', 2020, 4), SPG),
        ('49.80 points', 1, 49.80, 'index_point', 'Non Oil PMI in Egypt', None, None, None, P('by the end of this quarter', '2026-03-31', '2026-03-31'), TE),
        ('50.40 points', 1, 50.40, 'index_point', 'Egypt Non Oil PMI', None, None, APPROX, Y('in 2026', 2026), TE),
        ('50.90 points', 1, 50.90, 'index_point', 'Egypt Non Oil PMI', None, None, APPROX, Y('in 2027', 2027), TE),
    ],
    'investing_style_wheat_coffee_futures.txt': [
        ('8-1/4 cents', 1, 0.0825, 'USD', 'most-active March wheat contract', UP, None, None, ET, None),
        ('1.6%', 1, 1.6, 'percent', 'most-active March wheat contract', UP, None, None, ET, None),
        ('537-1/2 cents', 1, 5.375, 'USD', 'most-active March wheat contract', UP, None, None, ET, None),
        ('6-3/4 cents', 1, 0.0675, 'USD', 'Kansas City hard red winter wheat', UP, None, None, ET, None),
        ('531 cents', 1, 5.31, 'USD', 'Kansas City hard red winter wheat', UP, None, None, ET, None),
        ('1-1/2 cents', 1, 0.015, 'USD', 'March corn', UP, None, None, ET, None),
        ('446-3/4 cents', 1, 4.4675, 'USD', 'March corn', UP, None, None, ET, None),
        ('83.8 million metric tons', 1, 83.8e6, 'tonne', 'Russian wheat crop', DOWN, None, None, Y26, SOV),
        ('85.6 million', 1, 85.6e6, 'tonne', 'Russian wheat crop', None, None, None, Y26, SOV),
        ('7.35 cents', 1, 0.0735, 'USD', 'March arabica coffee', DOWN, None, None, None, None),
        ('2.1%', 1, 2.1, 'percent', 'March arabica coffee', DOWN, None, None, None, None),
        ('342.80 cents', 1, 3.428, 'USD', 'March arabica coffee', DOWN, None, None, None, None),
        ('2.4%', 1, 2.4, 'percent', 'London robusta', DOWN, None, None, None, None),
        ('$4,012', 1, 4012, 'USD', 'London robusta', DOWN, None, None, None, None),
        ('66.2 million bags', 1, 66.2e6, 'count', 'coffee crop', None, None, None, Y26, CONAB),
        ('19%', 1, 19, 'percent', 'coffee crop', UP, YOY, None, Y26, CONAB),
        ('44.1 million bags', 1, 44.1e6, 'count', 'arabica crop', None, None, None, Y26, CONAB),
        ('22.1 million', 1, 22.1e6, 'count', 'robusta crop', None, None, None, Y26, CONAB),
        ('428,300 bags', 1, 428300, 'count', 'ICE-certified arabica stocks', UP, None, None, P('on Wednesday', '2026-01-14', '2026-01-14'), ICE),
        ('398,000 bags', 1, 398000, 'count', 'ICE-certified arabica stocks', None, None, None, P('in late November', '2025-11-16', '2025-11-30'), ICE),
        ('30%', 1, 30, 'percent', 'arabica prices', UP, YOY, APPROX, None, ICE),
        ('430.70 cents', 1, 4.307, 'USD', 'arabica record high', None, None, None, per('in February 2025', 2025, 2), ICE),
    ],
    'business_standard_style_india_cpi_inflation_states.txt': [
        ('1.33%', 1, 1.33, 'percent', 'retail inflation', UP, None, None, per('in Dec', 2025, 12), None),
        ('1.33 per cent', 1, 1.33, 'percent', "India's retail inflation", UP, YOY, None, BDEC, MOSPI),
        ('0.71 per cent', 1, 0.71, 'percent', "India's retail inflation", None, YOY, None, per('in November', 2025, 11), MOSPI),
        ('1.5 per cent', 1, 1.5, 'percent', 'retail inflation', None, YOY, None, BDEC, BS),
        ('22', 1, 22, 'count', 'economists polled by Business Standard', None, None, None, BDEC, BS),
        ('(-)2.71 per cent', 1, -2.71, 'percent', 'food inflation', DOWN, None, None, BDEC, MOSPI),
        ('(-)3.91 per cent', 1, -3.91, 'percent', 'food inflation', DOWN, None, None, per('in November', 2025, 11), MOSPI),
        ('18.4 per cent', 1, 18.4, 'percent', 'vegetables', DOWN, None, None, BDEC, MOSPI),
        ('12.6 per cent', 1, 12.6, 'percent', 'pulses', DOWN, None, None, BDEC, MOSPI),
        ('9.8 per cent', 1, 9.8, 'percent', 'oils and fats', UP, None, None, BDEC, MOSPI),
        ('1.02 per cent', 1, 1.02, 'percent', 'rural inflation', None, None, None, LM, MOSPI),
        ('1.71 per cent', 1, 1.71, 'percent', 'urban inflation', None, None, None, LM, MOSPI),
        ('4.3', 1, 4.3, 'percent', 'core inflation', None, None, APPROX, LM, None),
        ('4.4 per cent', 1, 4.4, 'percent', 'core inflation', None, None, APPROX, LM, None),
        ('8.61 per cent', 1, 8.61, 'percent', 'inflation in Kerala', None, None, None, BDEC, MOSPI),
        ('2.94 per cent', 1, 2.94, 'percent', 'inflation in Karnataka', None, None, None, BDEC, MOSPI),
        ('2.68 per cent', 1, 2.68, 'percent', 'inflation in Jammu & Kashmir', None, None, None, BDEC, MOSPI),
        ('-1.46 per cent', 1, -1.46, 'percent', 'inflation in Bihar', DOWN, None, None, BDEC, MOSPI),
        ('-0.93 per cent', 1, -0.93, 'percent', 'inflation in Assam', DOWN, None, None, BDEC, MOSPI),
        ('25 basis points', 1, 25, 'basis_point', 'repo rate', DOWN, None, None, BDEC, RBI),
        ('5.25 per cent', 1, 5.25, 'percent', 'repo rate', DOWN, None, None, BDEC, RBI),
        ('2 per cent', 1, 2, 'percent', 'CPI inflation', None, None, None, P('for FY26', '2025-04-01', '2026-03-31'), RBI),
        ('2.9 per cent', 1, 2.9, 'percent', 'CPI inflation', None, None, None, P('for the January-March quarter', '2026-01-01', '2026-03-31'), RBI),
        ('2', 2, 2, 'percent', 'tolerance band', None, None, None, None, RBI),
        ('6 per cent', 1, 6, 'percent', 'tolerance band', None, None, None, None, RBI),
    ],
    'eu_energy_style_gasoline_diesel_retail_prices.txt': [
        ('1.652 EUR/litre', 1, 1.652, 'EUR', 'EU weighted average retail price of Euro-super 95', None, None, None, J12, EC),
        ('0.6%', 1, 0.6, 'percent', 'EU weighted average retail price of Euro-super 95', DOWN, POP, None, J12, EC),
        ('5.1%', 1, 5.1, 'percent', 'EU weighted average retail price of Euro-super 95', DOWN, YOY, None, J12, EC),
        ('1.578 EUR/litre', 1, 1.578, 'EUR', 'automotive gas oil (diesel)', None, None, None, J12, EC),
        ('0.4%', 1, 0.4, 'percent', 'automotive gas oil (diesel)', DOWN, POP, None, J12, EC),
        ('7.3%', 1, 7.3, 'percent', 'automotive gas oil (diesel)', DOWN, YOY, None, J12, EC),
        ('0.968 EUR/litre', 1, 0.968, 'EUR', 'heating gas oil', None, None, None, J12, EC),
        ('9.2%', 1, 9.2, 'percent', 'heating gas oil', DOWN, YOY, None, J12, EC),
        ('2.041 EUR/litre', 1, 2.041, 'EUR', 'petrol price in Denmark', None, None, None, SD, EC),
        ('2.018 EUR/litre', 1, 2.018, 'EUR', 'petrol price in the Netherlands', None, None, None, SD, EC),
        ('1.947 EUR/litre', 1, 1.947, 'EUR', 'petrol price in Finland', None, None, None, SD, EC),
        ('1.236', 1, 1.236, 'EUR', 'petrol price in Bulgaria', None, None, None, SD, EC),
        ('1.340 EUR/litre', 1, 1.340, 'EUR', 'petrol price in Malta', None, None, None, SD, EC),
        ('1.902 EUR/litre', 1, 1.902, 'EUR', 'diesel price in Finland', None, None, None, SD, EC),
        ('1.210 EUR/litre', 1, 1.210, 'EUR', 'diesel price in Malta', None, None, None, SD, EC),
        ('19', 1, 19, 'count', 'Member States where petrol prices fell', None, None, None, SD, EC),
        ('56.3%', 1, 56.3, 'percent', 'taxes and duties share of the EU average pump price of Euro-super 95', None, None, None, O12, EC),
        ('51.8%', 1, 51.8, 'percent', 'taxes and duties share of the diesel price', None, None, None, O12, EC),
        ('53.9%', 1, 53.9, 'percent', 'taxes and duties share of the EU average pump price of Euro-super 95', None, None, None, YE, EC),
        ('49.0%', 1, 49.0, 'percent', 'taxes and duties share of the diesel price', None, None, None, YE, EC),
        ('two-thirds', 1, 0.6667, 'fraction', 'taxes share of the petrol price in Italy', None, None, APPROX, O12, EC),
        ('1.9%', 1, 1.9, 'percent', 'petrol prices', DOWN, None, None, P('Since 8 December 2025', '2025-12-08', '2026-01-12'), EC),
        ('2.6%', 1, 2.6, 'percent', 'diesel prices', DOWN, None, None, P('Since 8 December 2025', '2025-12-08', '2026-01-12'), EC),
        ('USD 62.4/bbl', 1, 62.4, 'USD', 'Brent', None, None, None, P('in the first week of January', '2026-01-01', '2026-01-07'), EC),
        ('USD 76.8/bbl', 1, 76.8, 'USD', 'Brent', None, None, None, P('a year before', '2025-01-01', '2025-01-07'), EC),
    ],
    'nbs_style_china_exports_by_product.txt': [
        ('41.21 trillion yuan', 1, 41.21e12, 'CNY', 'total value of imports and exports of goods', None, None, None, E11, GAC),
        ('3.6 percent', 1, 3.6, 'percent', 'total value of imports and exports of goods', UP, YOY, None, E11, GAC),
        ('24.46 trillion yuan', 1, 24.46e12, 'CNY', 'exports', None, None, None, E11, GAC),
        ('6.2 percent', 1, 6.2, 'percent', 'exports', UP, YOY, None, E11, GAC),
        ('16.75 trillion yuan', 1, 16.75e12, 'CNY', 'imports', None, None, None, E11, GAC),
        ('0.3 percent', 1, 0.3, 'percent', 'imports', DOWN, YOY, None, E11, GAC),
        ('7.71 trillion yuan', 1, 7.71e12, 'CNY', 'trade surplus', None, None, None, E11, GAC),
        ('3.41 trillion US dollars', 1, 3.41e12, 'USD', 'exports', None, None, None, JN, GAC),
        ('5.4 percent', 1, 5.4, 'percent', 'exports', UP, YOY, None, JN, GAC),
        ('1.0 percent', 1, 1.0, 'percent', 'imports', DOWN, YOY, None, JN, GAC),
        ('2.34 trillion US dollars', 1, 2.34e12, 'USD', 'imports', DOWN, None, None, JN, GAC),
        ('14.82 trillion yuan', 1, 14.82e12, 'CNY', 'exports of mechanical and electrical products', None, None, None, F11, GAC),
        ('8.8 percent', 1, 8.8, 'percent', 'exports of mechanical and electrical products', UP, YOY, None, F11, GAC),
        ('60.6 percent', 1, 60.6, 'percent', 'mechanical and electrical products share of the total export value', None, None, None, F11, GAC),
        ('24.1 percent', 1, 24.1, 'percent', 'exports of integrated circuits', UP, YOY, None, F11, GAC),
        ('12.7 percent', 1, 12.7, 'percent', 'exports of automobiles', UP, YOY, None, F11, GAC),
        ('27.5 percent', 1, 27.5, 'percent', 'exports of ships', UP, YOY, None, F11, GAC),
        ('3.71 trillion yuan', 1, 3.71e12, 'CNY', 'exports of labour-intensive products', None, None, None, F11, GAC),
        ('2.9 percent', 1, 2.9, 'percent', 'exports of labour-intensive products', DOWN, YOY, None, F11, GAC),
        ('11.6 percent', 1, 11.6, 'percent', 'export volume of rare earths', DOWN, YOY, None, F11, GAC),
        ('6.88 trillion yuan', 1, 6.88e12, 'CNY', 'trade with ASEAN', None, None, None, JNP, GAC),
        ('8.5 percent', 1, 8.5, 'percent', 'trade with ASEAN', UP, YOY, None, JNP, GAC),
        ('16.7 percent', 1, 16.7, 'percent', 'ASEAN share of the total', None, None, None, JNP, GAC),
        ('5.38 trillion yuan', 1, 5.38e12, 'CNY', 'trade with the European Union', None, None, None, JNP, GAC),
        ('4.6 percent', 1, 4.6, 'percent', 'trade with the European Union', UP, YOY, None, JNP, GAC),
        ('3.77 trillion yuan', 1, 3.77e12, 'CNY', 'trade with the United States', None, None, None, JNP, GAC),
        ('16.4 percent', 1, 16.4, 'percent', 'trade with the United States', DOWN, YOY, None, JNP, GAC),
        ('6.1 percent', 1, 6.1, 'percent', 'trade with Belt and Road partner countries', UP, YOY, None, JNP, GAC),
        ('51.5 percent', 1, 51.5, 'percent', 'Belt and Road partner countries share of the total', None, None, None, JNP, GAC),
        ('5.7 percent', 1, 5.7, 'percent', 'exports', UP, YOY, None, NOVA, GAC),
        ('2.28 trillion yuan', 1, 2.28e12, 'CNY', 'exports', UP, None, None, NOVA, GAC),
        ('1.2 percent', 1, 1.2, 'percent', 'imports', UP, YOY, None, NOVA, GAC),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
