# ruff: noqa: E501, RUF001
"""Write corpus/annotated_88/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_88.py corpus/annotated_88
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
STC = "Statistics Canada"
PBS = "Pakistan Bureau of Statistics"
TOP = "Topline Securities"
GOP = "Government of Pakistan"
SBP = "State Bank of Pakistan"
FED = "Federal Reserve"
DAL = "Federal Reserve Bank of Dallas"
MIN = "Federal Reserve Bank of Minneapolis"
CME = "CME Group"
DOL = "U.S. Department of Labor"
ECB = "European Central Bank"
FS = "FactSet"
DANE = "National Administrative Department of Statistics"
TE = "Trading Economics"
WPIC = "World Platinum Investment Council"
NN = "Norilsk Nickel"
CIL = "Coal India Ltd"
CEA = "Central Electricity Authority"
ENTSOE = "European Network of Transmission System Operators for Electricity"
NBS = "National Bureau of Statistics"
MOFCOM = "Ministry of Commerce"
SPB = "State Post Bureau"

# 8801 ONS consumer trends (ref Tuesday 2025-09-30)
Q2L = Q("in Quarter 2 (Apr to June) 2025", 2025, 2)
Q1L = Q("in Quarter 1 (Jan to Mar) 2025", 2025, 1)
IQ2 = Q("In Quarter 2 2025", 2025, 2)
iq2 = Q("in Quarter 2 2025", 2025, 2)
AJ25 = Q("in April to June 2025", 2025, 2)
AJ = Q("in April to June", 2025, 2)
# 8802 Reuters 1987 (ref Wednesday 1987-05-13)
MAR = per("in March", 1987, 3)
FEB = per("in February", 1987, 2)
MART = per("March", 1987, 3)
FQ87 = Q("In the first quarter", 1987, 1)
# 8803 Reuters 2025 (ref Friday 2026-01-02)
H1FY = P("in the first half of the 2025-26 fiscal year", "2025-07-01", "2025-12-31")
JD = P("in July-December", "2025-07-01", "2025-12-31")
DEC = per("In December", 2025, 12)
SIX = P("in the first six months", "2025-07-01", "2025-12-31")
FY26 = P("for the full fiscal year ending in June", "2025-07-01", "2026-06-30")
# 8804 CNBC (ref Wednesday 2026-01-14)
BB = P("Between Nov. 17 and Jan. 5", "2025-11-17", "2026-01-05")
CDEC = per("in December", 2025, 12)
# 8805 MT Newswires (ref Thursday 2026-01-29)
MDEC = per("in December", 2025, 12)
MNOV = per("in November", 2025, 11)
# 8806 Trading Economics (ref Wednesday 2025-12-31)
NOV25 = per("in November 2025", 2025, 11)
TNOV = per("In November", 2025, 11)
MQ = P("In the September-November 2025 moving quarter", "2025-09-01", "2025-11-30")
# 8807 Investing.com (ref Wednesday 2026-03-04)
ET = P("By 10:25 ET", None, None)
I26 = Y("in 2026", 2026)
# 8808 Business Standard (ref Wednesday 2025-10-01)
SEP = per("in September", 2025, 9)
DM = per("during the month", 2025, 9)
AS26 = P("For April-September of FY26", "2025-04-01", "2025-09-30")
ES = P("at the end of September", "2025-09-30", "2025-09-30")
# 8809 DG ENER (ref Wednesday 2025-10-08)
Q225 = Q("In the second quarter of 2025", 2025, 2)
INQ = Q("in the quarter", 2025, 2)
Q224 = Q("in Q2 2024", 2024, 2)
AJE = P("during April-June", "2025-04-01", "2025-06-30")
# 8810 NBS (ref Tuesday 2025-07-15)
H1 = P("in the first half of 2025", "2025-01-01", "2025-06-30")
JUN = per("In June", 2025, 6)
H1Y = P("in the first half of the year", "2025-01-01", "2025-06-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_household_final_consumption.txt': [
        ('0.1%', 1, 0.1, 'percent', 'household final consumption expenditure', 'increase', 'quarter_on_quarter', None, Q2L, None),
        ('0.4%', 1, 0.4, 'percent', 'household final consumption expenditure', 'increase', 'quarter_on_quarter', None, Q1L, None),
        ('0.3%', 1, 0.3, 'percent', 'household final consumption expenditure', None, 'quarter_on_quarter', None, Q1L, None),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'services contribution to the quarter-on-quarter growth rate', 'increase', 'quarter_on_quarter', None, None, None),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'goods contribution to the quarter-on-quarter growth rate', 'decrease', 'quarter_on_quarter', None, None, None),
        ('0.8%', 1, 0.8, 'percent', 'real household spending', 'increase', 'year_on_year', None, IQ2, None),
        ('0.6%', 1, 0.6, 'percent', 'real household spending', 'decrease', None, None, P('in Quarter 4 (Oct to Dec) 2019', '2019-10-01', '2025-06-30'), None),
        ('£431.7 billion', 1, 431.7e9, 'GBP', 'HHFCE in current prices', 'increase', None, None, AJ25, ONS),
        ('£4.6 billion', 1, 4.6e9, 'GBP', 'HHFCE in current prices', 'increase', 'quarter_on_quarter', None, AJ25, ONS),
        ('0.9%', 1, 0.9, 'percent', 'spending on housing, water and fuel', 'increase', 'quarter_on_quarter', None, AJ, ONS),
        ('0.6%', 2, 0.6, 'percent', 'spending on transport', 'increase', 'quarter_on_quarter', None, AJ, ONS),
        ('0.4%', 2, 0.4, 'percent', 'spending on recreation and culture', 'increase', 'quarter_on_quarter', None, AJ, ONS),
        ('1.7%', 1, 1.7, 'percent', 'spending on clothing and footwear', 'decrease', 'quarter_on_quarter', None, AJ, ONS),
        ('0.5%', 1, 0.5, 'percent', 'spending on food and non-alcoholic beverages', 'decrease', 'quarter_on_quarter', None, AJ, ONS),
        ('0.14 percentage points', 1, 0.14, 'percentage_point', 'housing contribution to growth', 'increase', None, None, iq2, ONS),
        ('0.08 percentage points', 1, 0.08, 'percentage_point', 'transport contribution to growth', 'increase', None, None, iq2, ONS),
        ('0.07 percentage points', 1, 0.07, 'percentage_point', 'clothing and footwear contribution to growth', 'decrease', None, None, iq2, ONS),
        ('3.2%', 1, 3.2, 'percent', 'spending on clothing and footwear', 'decrease', 'year_on_year', None, iq2, ONS),
        ('4.5%', 1, 4.5, 'percent', 'spending on communication', 'increase', 'year_on_year', None, iq2, ONS),
        ('10', 1, 10, 'count', 'COICOP categories higher than a year earlier', None, None, None, iq2, ONS),
        ('£11.2 billion', 1, 11.2e9, 'GBP', 'spending on alcohol and tobacco', None, None, None, Q('in the latest quarter', 2025, 2), ONS),
        ('0.1%', 2, 0.1, 'percent', 'real spending per head', 'decrease', 'quarter_on_quarter', None, iq2, ONS),
        ('£5,285', 1, 5285, 'GBP', 'real spending per head', 'decrease', None, None, iq2, ONS),
    ],
    'wire_1987_canada_building_permits.txt': [
        ('14.2 PCT', 1, 14.2, 'percent', 'Canadian building permits', 'increase', None, None, per('IN MARCH', 1987, 3), None),
        ('14.2 pct', 1, 14.2, 'percent', 'value of building permits issued in Canada', 'increase', 'month_on_month', None, MAR, STC),
        ('2.46 billion dlrs', 1, 2.46e9, 'CAD', 'value of building permits issued in Canada', 'increase', None, None, MAR, STC),
        ('2.15 billion dlrs', 1, 2.15e9, 'CAD', 'value of building permits issued in Canada', None, None, None, FEB, STC),
        ('18.9 pct', 1, 18.9, 'percent', 'residential permits', 'increase', None, None, MAR, STC),
        ('1.47 billion dlrs', 1, 1.47e9, 'CAD', 'residential permits', 'increase', None, None, MAR, STC),
        ('27.3 pct', 1, 27.3, 'percent', 'multiple-unit dwellings', 'increase', None, None, MAR, STC),
        ('7.8 pct', 1, 7.8, 'percent', 'non-residential permits', 'increase', None, None, MAR, STC),
        ('986 mln', 1, 986e6, 'CAD', 'non-residential permits', 'increase', None, None, MAR, STC),
        ('11.5 pct', 1, 11.5, 'percent', 'industrial permits', 'increase', None, None, None, STC),
        ('9.1 pct', 1, 9.1, 'percent', 'commercial permits', 'increase', None, None, None, STC),
        ('2.4 pct', 1, 2.4, 'percent', 'institutional and governmental permits', 'decrease', None, None, None, STC),
        ('211 mln dlrs', 1, 211e6, 'CAD', 'institutional and governmental permits', 'decrease', None, None, None, STC),
        ('1.08 billion dlrs', 1, 1.08e9, 'CAD', 'permits in Ontario', None, None, None, MART, STC),
        ('563 mln', 1, 563e6, 'CAD', 'permits in Quebec', None, None, None, MART, STC),
        ('318 mln', 1, 318e6, 'CAD', 'permits in British Columbia', None, None, None, MART, STC),
        ('6.5 pct', 1, 6.5, 'percent', 'permits in Alberta', 'decrease', None, None, MART, STC),
        ('6.71 billion dlrs', 1, 6.71e9, 'CAD', 'value of permits', None, None, None, FQ87, STC),
        ('21.6 pct', 1, 21.6, 'percent', 'value of permits', 'increase', 'year_on_year', None, FQ87, STC),
        ('4.02 billion dlrs', 1, 4.02e9, 'CAD', 'residential permits', None, None, None, FQ87, STC),
        ('3.18 billion', 1, 3.18e9, 'CAD', 'residential permits', None, None, None, Q('a year earlier', 1986, 1), STC),
        ('21,400', 1, 21400, 'count', 'dwelling units authorized', None, None, 'approximately', MAR, STC),
        ('18,950', 1, 18950, 'count', 'dwelling units authorized', None, None, None, FEB, STC),
        ('18,700 units', 1, 18700, 'count', 'dwelling units authorized', None, None, None, per('February', 1987, 2), STC),
    ],
    'wire_2025_pakistan_trade_deficit.txt': [
        ('18%', 1, 18, 'percent', "Pakistan's trade deficit", 'increase', None, None, JD, None),
        ('18.4%', 1, 18.4, 'percent', "Pakistan's trade deficit", 'increase', 'year_on_year', None, H1FY, PBS),
        ('$17.35 billion', 1, 17.35e9, 'USD', "Pakistan's trade deficit", 'increase', None, None, H1FY, PBS),
        ('11.2%', 1, 11.2, 'percent', 'imports', 'increase', None, None, JD, PBS),
        ('$33.62 billion', 1, 33.62e9, 'USD', 'imports', 'increase', None, None, JD, PBS),
        ('4.9%', 1, 4.9, 'percent', 'exports', 'increase', None, None, JD, PBS),
        ('$16.27 billion', 1, 16.27e9, 'USD', 'exports', 'increase', None, None, JD, PBS),
        ('$3.11 billion', 1, 3.11e9, 'USD', 'trade deficit', None, None, None, DEC, PBS),
        ('26.7%', 1, 26.7, 'percent', 'trade deficit', 'increase', 'year_on_year', None, DEC, PBS),
        ('$2.86 billion', 1, 2.86e9, 'USD', 'trade deficit', None, None, None, per('in November', 2025, 11), PBS),
        ('3.4%', 1, 3.4, 'percent', 'exports', 'decrease', 'year_on_year', None, DEC, PBS),
        ('$2.79 billion', 1, 2.79e9, 'USD', 'exports', 'decrease', None, None, DEC, PBS),
        ('12.8%', 1, 12.8, 'percent', 'imports', 'increase', 'year_on_year', None, DEC, PBS),
        ('$5.90 billion', 1, 5.90e9, 'USD', 'imports', 'increase', None, None, DEC, PBS),
        ('5.2%', 1, 5.2, 'percent', 'exports', 'decrease', 'month_on_month', None, DEC, PBS),
        ('2.1%', 1, 2.1, 'percent', 'imports', 'increase', 'month_on_month', None, DEC, PBS),
        ('55%', 1, 55, 'percent', 'textile and clothing share of exports', None, None, 'approximately', SIX, PBS),
        ('$9.12 billion', 1, 9.12e9, 'USD', 'textile and clothing shipments', None, None, None, SIX, PBS),
        ('6.3%', 1, 6.3, 'percent', 'textile and clothing shipments', 'increase', None, None, SIX, PBS),
        ('12.4%', 1, 12.4, 'percent', 'knitwear shipments', 'increase', None, None, SIX, PBS),
        ('9.8%', 1, 9.8, 'percent', 'readymade garments shipments', 'increase', None, None, SIX, PBS),
        ('21.5%', 1, 21.5, 'percent', 'rice exports', 'decrease', None, None, SIX, PBS),
        ('$1.58 billion', 1, 1.58e9, 'USD', 'rice exports', 'decrease', None, None, SIX, PBS),
        ('$33 billion', 1, 33e9, 'USD', 'trade deficit', None, None, None, FY26, TOP),
        ('$35 billion', 1, 35e9, 'USD', 'trade deficit', None, None, None, FY26, TOP),
        ('$31.2 billion', 1, 31.2e9, 'USD', 'trade deficit target', None, None, None, FY26, GOP),
        ('$98 million', 1, 98e6, 'USD', 'current account surplus', None, None, None, per('for November', 2025, 11), SBP),
        ('$14.6 billion', 1, 14.6e9, 'USD', 'foreign exchange reserves', None, None, None, P('as of Dec. 26', '2025-12-26', '2025-12-26'), SBP),
        ('280.35', 1, 280.35, 'PKR', 'Pakistani rupee', None, None, None, P('on Friday', '2026-01-02', '2026-01-02'), SBP),
    ],
    'cnbc_style_beige_book_fed_districts.txt': [
        ('eight', 1, 8, 'count', 'districts where economic activity rose', None, None, None, BB, FED),
        ('Three', 1, 3, 'count', 'districts reporting no change in activity', None, None, None, None, FED),
        ('one', 1, 1, 'count', 'districts reporting a decline in activity', None, None, None, None, FED),
        ('Nine', 1, 9, 'count', 'districts describing headcounts as unchanged', None, None, None, None, FED),
        ('two', 1, 2, 'count', 'districts reporting slight employment gains', None, None, None, None, FED),
        ('one', 2, 1, 'count', 'districts citing a modest employment decline', None, None, None, None, FED),
        ('3%', 1, 3, 'percent', 'pay increases', 'increase', None, None, P('this year', '2026-01-01', '2026-12-31'), DAL),
        ('4%', 1, 4, 'percent', 'pay increases', 'increase', None, None, P('this year', '2026-01-01', '2026-12-31'), DAL),
        ('10', 1, 10, 'count', 'districts where prices increased at a moderate pace', None, None, None, None, FED),
        ('60%', 1, 60, 'percent', 'share of firms planning to raise prices', None, None, 'approximately', P('in the first half of 2026', '2026-01-01', '2026-06-30'), MIN),
        ('a quarter percentage point', 1, 0.25, 'percentage_point', 'Fed benchmark overnight rate', 'decrease', None, None, CDEC, FED),
        ('3.50%', 1, 3.50, 'percent', 'Fed benchmark overnight rate', 'decrease', None, None, CDEC, FED),
        ('3.75%', 1, 3.75, 'percent', 'Fed benchmark overnight rate', 'decrease', None, None, CDEC, FED),
        ('95%', 1, 95, 'percent', 'probability that the Fed holds rates steady', 'increase', None, 'approximately', P("at its Jan. 27-28 meeting", '2026-01-27', '2026-01-28'), CME),
        ('82%', 1, 82, 'percent', 'probability that the Fed holds rates steady', None, None, None, P('a week ago', '2026-01-07', '2026-01-07'), CME),
        ('2.7%', 1, 2.7, 'percent', 'consumer prices', 'increase', 'year_on_year', None, CDEC, DOL),
        ('3 basis points', 1, 3, 'basis_point', '10-year Treasury yield', 'decrease', None, None, P('on Wednesday', '2026-01-14', '2026-01-14'), DOL),
        ('4.14%', 1, 4.14, 'percent', '10-year Treasury yield', 'decrease', None, None, P('on Wednesday', '2026-01-14', '2026-01-14'), DOL),
    ],
    'mt_newswires_euro_zone_bank_lending.txt': [
        ('2.6%', 1, 2.6, 'percent', 'M3 growth', 'decrease', None, None, MDEC, None),
        ('3.2%', 1, 3.2, 'percent', 'adjusted loans to non-financial corporations', 'increase', 'year_on_year', None, MDEC, ECB),
        ('3.0%', 1, 3.0, 'percent', 'adjusted loans to non-financial corporations', None, 'year_on_year', None, MNOV, ECB),
        ('2.8%', 1, 2.8, 'percent', 'adjusted loans to households', 'increase', 'year_on_year', None, MDEC, ECB),
        ('2.7%', 1, 2.7, 'percent', 'adjusted loans to households', None, 'year_on_year', None, per('a month earlier', 2025, 11), ECB),
        ('2.9%', 1, 2.9, 'percent', 'lending for house purchase', 'increase', 'year_on_year', None, MDEC, ECB),
        ('4.6%', 1, 4.6, 'percent', 'consumer credit', 'increase', 'year_on_year', None, MDEC, ECB),
        ('2.6%', 2, 2.6, 'percent', 'annual growth rate of M3', 'decrease', 'year_on_year', None, MDEC, ECB),
        ('2.9%', 2, 2.9, 'percent', 'annual growth rate of M3', None, 'year_on_year', None, MNOV, ECB),
        ('2.8%', 2, 2.8, 'percent', 'annual growth rate of M3', None, 'year_on_year', None, MDEC, FS),
        ('2.8%', 3, 2.8, 'percent', 'three-month average of M3 growth', None, 'year_on_year', None, P('in the three months to December', '2025-10-01', '2025-12-31'), ECB),
        ('4.8%', 1, 4.8, 'percent', 'annual growth of narrow money M1', 'decrease', 'year_on_year', None, None, ECB),
        ('5.1%', 1, 5.1, 'percent', 'annual growth of narrow money M1', None, 'year_on_year', None, None, ECB),
        ('1.9%', 1, 1.9, 'percent', 'deposits with an agreed maturity of up to two years', 'decrease', 'year_on_year', None, None, ECB),
        ('3.1 percentage points', 1, 3.1, 'percentage_point', 'contribution of overnight deposits to M3 growth', None, None, None, None, ECB),
        ('EUR 41 billion', 1, 41e9, 'EUR', 'loans to the private sector', 'increase', 'month_on_month', None, MDEC, ECB),
        ('EUR 27 billion', 1, 27e9, 'EUR', 'loans to firms', 'increase', 'month_on_month', None, MDEC, ECB),
        ('9 billion', 1, 9e9, 'EUR', 'loans to households', 'increase', 'month_on_month', None, MDEC, ECB),
        ('2.00%', 1, 2.00, 'percent', 'deposit facility rate', None, None, None, P('at its Dec. 17-18 meeting', '2025-12-17', '2025-12-18'), ECB),
        ('3.51%', 1, 3.51, 'percent', 'composite cost of borrowing for companies', 'decrease', None, None, MDEC, ECB),
    ],
    'trading_economics_style_colombia_unemployment.txt': [
        ('7.0%', 1, 7.0, 'percent', "Colombia's unemployment rate", 'decrease', None, None, NOV25, DANE),
        ('8.2%', 1, 8.2, 'percent', "Colombia's unemployment rate", None, None, None, per('in the same month a year earlier', 2024, 11), DANE),
        ('7.6%', 1, 7.6, 'percent', 'unemployment rate', None, None, None, NOV25, None),
        ('289 thousand', 1, 289000, 'count', 'number of unemployed people', 'decrease', 'year_on_year', None, TNOV, DANE),
        ('1.78 million', 1, 1.78e6, 'count', 'number of unemployed people', 'decrease', None, None, TNOV, DANE),
        ('812 thousand', 1, 812000, 'count', 'employment', 'increase', 'year_on_year', None, TNOV, DANE),
        ('24.36 million', 1, 24.36e6, 'count', 'employment', 'increase', None, None, TNOV, DANE),
        ('64.9%', 1, 64.9, 'percent', 'labor force participation rate', 'increase', None, None, TNOV, DANE),
        ('64.1%', 1, 64.1, 'percent', 'labor force participation rate', None, None, None, per('a year earlier', 2024, 11), DANE),
        ('0.9 percentage points', 1, 0.9, 'percentage_point', 'employment rate', 'increase', 'year_on_year', None, TNOV, DANE),
        ('60.4%', 1, 60.4, 'percent', 'employment rate', 'increase', None, None, TNOV, DANE),
        ('8.1%', 1, 8.1, 'percent', 'jobless rate in the 13 main cities and metropolitan areas', 'decrease', None, None, MQ, DANE),
        ('9.2%', 1, 9.2, 'percent', 'jobless rate in the 13 main cities and metropolitan areas', None, None, None, P('a year earlier', '2024-09-01', '2024-11-30'), DANE),
        ('6.3%', 1, 6.3, 'percent', 'jobless rate for rural populated and dispersed areas', None, None, None, MQ, DANE),
        ('8.5%', 1, 8.5, 'percent', 'seasonally adjusted unemployment rate', None, None, None, per('in November', 2025, 11), DANE),
        ('11.52 percent', 1, 11.52, 'percent', 'Unemployment Rate in Colombia average', None, None, None, P('from 2001 until 2025', '2001-01-01', '2025-12-31'), DANE),
        ('23.90 percent', 1, 23.90, 'percent', 'Unemployment Rate in Colombia all time high', None, None, None, per('in May of 2020', 2020, 5), DANE),
        ('7.00 percent', 1, 7.00, 'percent', 'Unemployment Rate in Colombia record low', None, None, None, per('in November of 2025', 2025, 11), DANE),
        ('8.90 percent', 1, 8.90, 'percent', 'Unemployment Rate in Colombia', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('9.50 percent', 1, 9.50, 'percent', 'Colombia Unemployment Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('9.20 percent', 1, 9.20, 'percent', 'Colombia Unemployment Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_platinum_palladium_supply_deficit.txt': [
        ('4%', 1, 4, 'percent', 'palladium', 'increase', None, None, None, None),
        ('4.1%', 1, 4.1, 'percent', 'spot palladium', 'increase', None, None, ET, None),
        ('$1,186.50', 1, 1186.50, 'USD', 'spot palladium', 'increase', None, None, ET, None),
        ('2.6%', 1, 2.6, 'percent', 'spot platinum', 'increase', None, None, ET, None),
        ('$1,047.20', 1, 1047.20, 'USD', 'spot platinum', 'increase', None, None, ET, None),
        ('3.8%', 1, 3.8, 'percent', 'palladium futures for June delivery', 'increase', None, None, ET, None),
        ('2.4%', 1, 2.4, 'percent', 'platinum futures for April delivery', 'increase', None, None, ET, None),
        ('$1,191.00', 1, 1191.00, 'USD', 'palladium futures for June delivery', 'increase', None, None, ET, None),
        ('$1,052.90', 1, 1052.90, 'USD', 'platinum futures for April delivery', 'increase', None, None, ET, None),
        ('848,000 ounces', 1, 848000, 'ounce', 'platinum market deficit', 'decrease', None, None, Y('2026', 2026), WPIC),
        ('1.02 million-ounce', 1, 1.02e6, 'ounce', 'platinum market deficit', None, None, None, Y('for 2025', 2025), WPIC),
        ('10%', 1, 10, 'percent', 'platinum market deficit as a share of demand', None, None, 'approximately', Y('2026', 2026), WPIC),
        ('2%', 1, 2, 'percent', 'total platinum supply', 'increase', None, None, I26, WPIC),
        ('7.31 million ounces', 1, 7.31e6, 'ounce', 'total platinum supply', 'increase', None, None, I26, WPIC),
        ('4%', 2, 4, 'percent', 'platinum demand', 'decrease', None, None, I26, WPIC),
        ('8.16 million ounces', 1, 8.16e6, 'ounce', 'platinum demand', 'decrease', None, None, I26, WPIC),
        ('40%', 1, 40, 'percent', 'Russia share of mined palladium supply', None, None, 'approximately', None, None),
        ('190,000 ounces', 1, 190000, 'ounce', 'global palladium deficit', None, None, None, P('this year', '2026-01-01', '2026-12-31'), NN),
        ('210,000 ounces', 1, 210000, 'ounce', 'global palladium deficit', None, None, None, Y('in 2025', 2025), NN),
        ('22%', 1, 22, 'percent', 'palladium', 'increase', None, 'approximately', P('so far this year', '2026-01-01', '2026-03-04'), None),
        ('15%', 1, 15, 'percent', 'platinum', 'increase', None, 'more_than', P('so far this year', '2026-01-01', '2026-03-04'), None),
        ('0.1%', 1, 0.1, 'percent', 'U.S. dollar index', 'increase', None, None, None, None),
        ('98.72', 1, 98.72, 'index_point', 'U.S. dollar index', 'increase', None, None, None, None),
        ('0.3%', 1, 0.3, 'percent', 'spot gold', 'decrease', None, None, None, None),
        ('$4,912.40', 1, 4912.40, 'USD', 'spot gold', 'decrease', None, None, None, None),
    ],
    'business_standard_style_coal_india_production_dispatch.txt': [
        ('4.8%', 1, 4.8, 'percent', "Coal India's output", 'decrease', None, None, per('September', 2025, 9), None),
        ('3.9%', 1, 3.9, 'percent', 'dispatch', 'decrease', None, None, P('H1', '2025-04-01', '2025-09-30'), None),
        ('48.6 million tonnes', 1, 48.6e6, 'tonne', 'coal production', None, None, None, SEP, CIL),
        ('4.8 per cent', 1, 4.8, 'percent', 'coal production', 'decrease', 'year_on_year', None, SEP, CIL),
        ('51.05 mt', 1, 51.05e6, 'tonne', 'coal production', None, None, None, per('in the same month last year', 2024, 9), CIL),
        ('2.7 per cent', 1, 2.7, 'percent', 'offtake', 'decrease', 'year_on_year', None, DM, CIL),
        ('54.3 mt', 1, 54.3e6, 'tonne', 'offtake', 'decrease', None, None, DM, CIL),
        ('44.1 mt', 1, 44.1e6, 'tonne', 'supplies to power utilities', None, None, None, DM, CIL),
        ('81 per cent', 1, 81, 'percent', 'power utilities share of offtake', None, None, 'approximately', DM, CIL),
        ('336.2 mt', 1, 336.2e6, 'tonne', 'cumulative production', None, None, None, AS26, CIL),
        ('3.1 per cent', 1, 3.1, 'percent', 'cumulative production', 'decrease', 'year_on_year', None, AS26, CIL),
        ('347 mt', 1, 347e6, 'tonne', 'cumulative production', None, None, None, P('in the corresponding period last fiscal', '2024-04-01', '2024-09-30'), CIL),
        ('3.9 per cent', 1, 3.9, 'percent', 'offtake', 'decrease', 'year_on_year', None, AS26, CIL),
        ('361.5 mt', 1, 361.5e6, 'tonne', 'offtake', 'decrease', None, None, AS26, CIL),
        ('14.2 per cent', 1, 14.2, 'percent', 'output of South Eastern Coalfields (SECL)', 'decrease', None, None, SEP, CIL),
        ('6.8 per cent', 1, 6.8, 'percent', 'output of Mahanadi Coalfields (MCL)', 'decrease', None, None, SEP, CIL),
        ('3.5 per cent', 1, 3.5, 'percent', 'production of Northern Coalfields (NCL)', 'increase', None, None, SEP, CIL),
        ('1.2 per cent', 1, 1.2, 'percent', 'production of Central Coalfields (CCL)', 'increase', None, None, SEP, CIL),
        ('10.4 mt', 1, 10.4e6, 'tonne', 'production of Northern Coalfields (NCL)', 'increase', None, None, SEP, CIL),
        ('6.7 mt', 1, 6.7e6, 'tonne', 'production of Central Coalfields (CCL)', 'increase', None, None, SEP, CIL),
        ('101.4 mt', 1, 101.4e6, 'tonne', 'pithead stocks at CIL mines', 'increase', None, None, ES, CIL),
        ('86.2 mt', 1, 86.2e6, 'tonne', 'pithead stocks at CIL mines', None, None, None, P('a year ago', '2024-09-30', '2024-09-30'), CIL),
        ('52 mt', 1, 52e6, 'tonne', 'stocks at thermal power plants', None, None, 'approximately', ES, CEA),
        ('781.1 mt', 1, 781.1e6, 'tonne', 'coal production', None, None, None, P('in FY25', '2024-04-01', '2025-03-31'), CIL),
        ('838 mt', 1, 838e6, 'tonne', 'production target', None, None, None, P('this fiscal', '2025-04-01', '2026-03-31'), CIL),
        ('83.6 mt', 1, 83.6e6, 'tonne', 'required average monthly production', None, None, 'approximately', P('in October-March', '2025-10-01', '2026-03-31'), CIL),
        ('1.4 per cent', 1, 1.4, 'percent', 'Coal India shares', 'increase', None, None, P('on Wednesday', '2025-10-01', '2025-10-01'), CIL),
        ('₹389.60', 1, 389.60, 'INR', 'Coal India shares', 'increase', None, None, P('on Wednesday', '2025-10-01', '2025-10-01'), CIL),
    ],
    'eu_energy_style_electricity_imports_exports_balance.txt': [
        ('25.8 TWh', 1, 25.8, 'terawatt hour', 'France net exports', None, None, None, Q225, None),
        ('9.4 TWh', 1, 9.4, 'terawatt hour', 'Sweden net exports', None, None, None, Q225, None),
        ('5.1 TWh', 1, 5.1, 'terawatt hour', 'Spain net exports', None, None, None, Q225, None),
        ('7%', 1, 7, 'percent', "France's net exports", 'increase', 'year_on_year', None, Q225, None),
        ('12.3 TWh', 1, 12.3, 'terawatt hour', 'Italy net imports', None, None, None, INQ, None),
        ('doubled', 1, 2, 'times', "Germany's net imports", 'increase', 'year_on_year', 'approximately', INQ, None),
        ('9.6 TWh', 1, 9.6, 'terawatt hour', "Germany's net imports", 'increase', None, None, INQ, None),
        ('2.9 TWh', 1, 2.9, 'terawatt hour', 'Hungary net imports', None, None, None, INQ, None),
        ('0.8 TWh', 1, 0.8, 'terawatt hour', 'Belgium net exports', None, None, None, INQ, None),
        ('1.1 TWh', 1, 1.1, 'terawatt hour', 'Belgium net imports', None, None, None, Q224, None),
        ('104 TWh', 1, 104, 'terawatt hour', 'total physical cross-border flows between Member States', None, None, None, INQ, None),
        ('2%', 1, 2, 'percent', 'total physical cross-border flows between Member States', 'increase', 'year_on_year', None, INQ, None),
        ('8.7 TWh', 1, 8.7, 'terawatt hour', 'imports from non-EU countries', None, None, None, INQ, None),
        ('11.2 TWh', 1, 11.2, 'terawatt hour', 'exports to non-EU countries', None, None, None, INQ, None),
        ('2.5 TWh', 1, 2.5, 'terawatt hour', 'EU net export balance', None, None, None, INQ, None),
        ('0.9 TWh', 1, 0.9, 'terawatt hour', 'EU net import balance', None, None, None, Q224, None),
        ('78%', 1, 78, 'percent', 'utilisation of the Norway–Germany interconnector', None, None, None, AJE, ENTSOE),
        ('71%', 1, 71, 'percent', 'utilisation of the Sweden–Finland interconnector', None, None, None, AJE, ENTSOE),
        ('5.6 TWh', 1, 5.6, 'terawatt hour', 'net flows from Switzerland into Italy', None, None, None, AJE, ENTSOE),
        ('half', 1, 0.5, 'fraction', "Switzerland share of Italy's net imports", None, None, 'approximately', AJE, ENTSOE),
        ('18 €/MWh', 1, 18, 'EUR', 'average day-ahead price in the Swedish SE2 bidding zone', None, None, None, Q('in the second quarter', 2025, 2), ENTSOE),
        ('112 €/MWh', 1, 112, 'EUR', 'average day-ahead price in Hungary', None, None, None, Q('in the second quarter', 2025, 2), ENTSOE),
    ],
    'nbs_style_retail_sales_online_categories_first_half.txt': [
        ('6.0%', 1, 6.0, 'percent', 'online retail sales of physical goods', 'increase', None, None, P('in the first half', '2025-01-01', '2025-06-30'), None),
        ('a quarter', 1, 0.25, 'fraction', 'online retail sales of physical goods share of total retail sales of consumer goods', None, None, 'approximately', P('in the first half', '2025-01-01', '2025-06-30'), None),
        ('24,553.2 billion yuan', 1, 24553.2e9, 'CNY', 'total retail sales of consumer goods', None, None, None, H1, NBS),
        ('4.9 percent', 1, 4.9, 'percent', 'total retail sales of consumer goods', 'increase', 'year_on_year', None, H1, NBS),
        ('7,418.6 billion yuan', 1, 7418.6e9, 'CNY', 'national online retail sales', None, None, None, H1, NBS),
        ('8.3 percent', 1, 8.3, 'percent', 'national online retail sales', 'increase', 'year_on_year', None, H1, NBS),
        ('6,104.3 billion yuan', 1, 6104.3e9, 'CNY', 'online retail sales of physical goods', None, None, None, H1, NBS),
        ('6.0 percent', 1, 6.0, 'percent', 'online retail sales of physical goods', 'increase', 'year_on_year', None, H1, NBS),
        ('24.9 percent', 1, 24.9, 'percent', 'online retail sales of physical goods share of total retail sales of consumer goods', None, None, None, H1, NBS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'online retail sales of physical goods share of total retail sales of consumer goods', 'decrease', 'period_on_period', None, H1, NBS),
        ('14.6 percent', 1, 14.6, 'percent', 'online retail sales of food', 'increase', 'year_on_year', None, H1, NBS),
        ('1.9 percent', 1, 1.9, 'percent', 'online retail sales of clothing', 'increase', 'year_on_year', None, H1, NBS),
        ('5.8 percent', 1, 5.8, 'percent', 'online retail sales of goods of daily use', 'increase', 'year_on_year', None, H1, NBS),
        ('4.2 percent', 1, 4.2, 'percent', 'online retail sales of physical goods', 'increase', 'year_on_year', None, JUN, NBS),
        ('2.3 percentage points', 1, 2.3, 'percentage_point', 'online retail sales of physical goods growth rate', 'decrease', 'month_on_month', None, JUN, NBS),
        ('23.8 percent', 1, 23.8, 'percent', 'online sales of communication equipment on key platforms', 'increase', None, None, H1Y, MOFCOM),
        ('19.1 percent', 1, 19.1, 'percent', 'online sales of household appliances and audio-visual equipment', 'increase', None, None, H1Y, MOFCOM),
        ('96.5 billion pieces', 1, 96.5e9, 'count', 'pieces handled by express delivery firms', None, None, None, H1Y, SPB),
        ('19.3 percent', 1, 19.3, 'percent', 'pieces handled by express delivery firms', 'increase', None, None, H1Y, SPB),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
