# ruff: noqa: E501, RUF001
"""Write corpus/annotated_47/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_47.py corpus/annotated_47
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
ABS = "Australian Bureau of Statistics"
BOT = "Bank of Thailand"
MOC = "Ministry of Commerce"
NESDC = "National Economic and Social Development Council"
MOTS = "Ministry of Tourism and Sports"
BAI = "Bank of America Institute"
DJ = "Dow Jones"
ADOBE = "Adobe Analytics"
ECB = "European Central Bank"
INS = "National Institute of Statistics"
NBR = "National Bank of Romania"
TE = "Trading Economics"
EIA = "U.S. Energy Information Administration"
LSEG = "LSEG"
BH = "Baker Hughes"
ACMA = "Automotive Component Manufacturers Association of India"
EST = "Eurostat"
NBS = "National Bureau of Statistics"

# 4701 ONS economic inactivity (ref Tuesday 2025-11-11)
JS25 = P("in July to September 2025", "2025-07-01", "2025-09-30")
IJS25 = P("In July to September 2025", "2025-07-01", "2025-09-30")
LQ = Q("in the latest quarter", 2025, 3)
AJ25 = P("in April to June 2025", "2025-04-01", "2025-06-30")
FAJ25 = P("for April to June 2025", "2025-04-01", "2025-06-30")
# 4702 Reuters 1987 (ref Tuesday 1987-05-12)
MAR = per("in March", 1987, 3)
FEB = per("in February", 1987, 2)
EDEC = P("at the end of December", "1986-12-31", "1986-12-31")
# 4703 Reuters 2025 (ref Wednesday 2025-12-17)
WED = P("on Wednesday", "2025-12-17", "2025-12-17")
TY = Y("this year", 2025)
IN26 = Y("in 2026", 2026)
F11 = P("in the first eleven months", "2025-01-01", "2025-11-30")
# 4704 CNBC (ref Wednesday 2025-12-10)
CNOV = per("in November", 2025, 11)
HOL = P("from Thanksgiving through Cyber Monday", "2025-11-27", "2025-12-01")
CYBER = P("on Cyber Monday", "2025-12-01", "2025-12-01")
# 4705 MT Newswires (ref Friday 2025-11-28)
OCT = per("in October", 2025, 10)
SEP = per("in September", 2025, 9)
IOCT = per("In October", 2025, 10)
# 4706 Trading Economics (ref Friday 2025-12-12)
NOV25 = per("in November 2025", 2025, 11)
TOCT = per("in October", 2025, 10)
TNOV = per("in November", 2025, 11)
# 4707 Investing.com (ref Thursday 2025-12-04)
ET = P("By 10:45 ET", None, None)
WK28 = P("in the week ended Nov. 28", "2025-11-22", "2025-11-28")
AO28 = P("as of Nov. 28", "2025-11-28", "2025-11-28")
SFD = P("so far in December", "2025-12-01", "2025-12-04")
RIGW = P("in the week to Nov. 26", "2025-11-20", "2025-11-26")
# 4708 Business Standard (ref Tuesday 2025-12-09)
H1 = P("in H1FY26", "2025-04-01", "2025-09-30")
FH = P("in the first half (April-September) of FY26", "2025-04-01", "2025-09-30")
DP = P("during the period", "2025-04-01", "2025-09-30")
IFH = P("In the first half", "2025-04-01", "2025-09-30")
FY26 = P("in FY26", "2025-04-01", "2026-03-31")
# 4709 DG ENER (ref Tuesday 2026-01-20)
IQ3 = Q("In the third quarter of 2025", 2025, 3)
INQ = Q("In the quarter", 2025, 3)
Q3L = Q("in the third quarter of 2025", 2025, 3)
Q3S = Q("in Q3 2025", 2025, 3)
YE = Q("a year earlier", 2024, 3)
INQL = Q("in the quarter", 2025, 3)
ON = P("In October and November 2025", "2025-10-01", "2025-11-30")
# 4710 NBS (ref Monday 2025-12-15)
JN25 = P("from January to November 2025", "2025-01-01", "2025-11-30")
JN = P("From January to November", "2025-01-01", "2025-11-30")
EN = P("At the end of November", "2025-11-30", "2025-11-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_economic_inactivity.txt': [
        ('21.0%', 1, 21.0, 'percent', 'UK economic inactivity rate', None, None, None, JS25, None),
        ('0.3 percentage points', 1, 0.3, 'percentage_point', 'UK economic inactivity rate', 'decrease', 'quarter_on_quarter', None, JS25, None),
        ('2.81 million', 1, 2.81e6, 'count', 'people economically inactive because of long-term sickness', None, None, None, None, None),
        ('45,000', 1, 45000, 'count', 'people economically inactive because of long-term sickness', 'increase', 'quarter_on_quarter', None, None, None),
        ('9.17 million', 1, 9.17e6, 'count', 'economically inactive people aged 16 to 64 years', None, None, None, JS25, ONS),
        ('74,000', 1, 74000, 'count', 'economically inactive people aged 16 to 64 years', 'decrease', 'quarter_on_quarter', None, JS25, ONS),
        ('2.60 million', 1, 2.60e6, 'count', 'economically inactive students', None, None, None, JS25, ONS),
        ('28%', 1, 28, 'percent', 'students share of the economically inactive', None, None, 'approximately', JS25, ONS),
        ('1.63 million', 1, 1.63e6, 'count', 'people inactive because of looking after family or home', None, None, None, JS25, ONS),
        ('112,000', 1, 112000, 'count', 'inactivity because of long-term sickness', 'increase', 'year_on_year', None, IJS25, ONS),
        ('11,000', 1, 11000, 'count', 'inactivity because of temporary sickness', 'decrease', 'year_on_year', None, IJS25, ONS),
        ('201,000', 1, 201000, 'count', 'inactivity because of temporary sickness', 'decrease', None, None, IJS25, ONS),
        ('40.3%', 1, 40.3, 'percent', 'inactivity rate for those aged 16 to 24 years', None, None, None, LQ, ONS),
        ('12.6%', 1, 12.6, 'percent', 'inactivity rate for those aged 25 to 34 years', None, None, None, LQ, ONS),
        ('25.9%', 1, 25.9, 'percent', 'inactivity rate for those aged 50 to 64 years', None, None, None, LQ, ONS),
        ('0.4 percentage points', 1, 0.4, 'percentage_point', 'inactivity rate for 50 to 64 year-olds', 'decrease', 'year_on_year', None, LQ, ONS),
        ('two in five', 1, 0.4, 'fraction', 'long-term sickness share of inactive people aged 50 to 64 years', None, None, 'approximately', None, ONS),
        ('39%', 1, 39, 'percent', 'long-term sickness share of inactive people aged 50 to 64 years', None, None, None, None, ONS),
        ('1.26 million', 1, 1.26e6, 'count', 'inactive people aged 50 to 64 years citing retirement', None, None, None, None, ONS),
        ('17.5%', 1, 17.5, 'percent', 'share of inactive people who wanted a job', 'decrease', None, 'approximately', JS25, ONS),
        ('18.3%', 1, 18.3, 'percent', 'share of inactive people who wanted a job', None, None, None, AJ25, ONS),
        ('18.3%', 2, 18.3, 'percent', 'share of inactive people who wanted a job', 'increase', None, None, FAJ25, ONS),
        ('18.1%', 1, 18.1, 'percent', 'share of inactive people who wanted a job', None, None, None, FAJ25, ONS),
    ],
    'wire_1987_australian_current_account.txt': [
        ('1.07 BILLION DLRS', 1, 1.07e9, 'AUD', 'Australian current account deficit', 'decrease', None, None, per('IN MARCH', 1987, 3), None),
        ('1.07 billion dlrs', 1, 1.07e9, 'AUD', 'current account deficit', 'decrease', None, None, MAR, ABS),
        ('1.32 billion', 1, 1.32e9, 'AUD', 'current account deficit', None, None, None, FEB, ABS),
        ('1.24 billion dlrs', 1, 1.24e9, 'AUD', 'current account deficit', None, None, None, per('February', 1987, 2), ABS),
        ('12', 2, 12, 'count', 'economists in a Reuters survey', None, None, None, per('March', 1987, 3), 'Reuters'),
        ('1.20 billion dlrs', 1, 1.20e9, 'AUD', 'current account deficit', None, None, 'approximately', per('March', 1987, 3), 'Reuters'),
        ('96 mln dlrs', 1, 96e6, 'AUD', 'merchandise trade surplus', None, None, None, MAR, ABS),
        ('158 mln', 1, 158e6, 'AUD', 'merchandise trade deficit', None, None, None, FEB, ABS),
        ('1.17 billion dlrs', 1, 1.17e9, 'AUD', 'deficit on invisibles', 'increase', None, None, MAR, ABS),
        ('1.16 billion', 1, 1.16e9, 'AUD', 'deficit on invisibles', None, None, None, FEB, ABS),
        ('4.3 pct', 1, 4.3, 'percent', 'net interest payments abroad', 'increase', None, None, None, ABS),
        ('812 mln dlrs', 1, 812e6, 'AUD', 'net interest payments abroad', 'increase', None, None, None, ABS),
        ('2.1 pct', 1, 2.1, 'percent', 'net freight and insurance payments', 'increase', None, None, None, ABS),
        ('193 mln', 1, 193e6, 'AUD', 'net freight and insurance payments', 'increase', None, None, None, ABS),
        ('10.37 billion dlrs', 1, 10.37e9, 'AUD', 'current account deficit', None, None, None, P('In the nine months to March', '1986-07-01', '1987-03-31'), ABS),
        ('10.91 billion', 1, 10.91e9, 'AUD', 'current account deficit', None, None, None, P('in the same period of 1985/86', '1985-07-01', '1986-03-31'), ABS),
        ('75.26 billion dlrs', 1, 75.26e9, 'AUD', "Australia's net foreign debt", 'increase', None, None, EDEC, ABS),
        ('71.15 billion', 1, 71.15e9, 'AUD', "Australia's net foreign debt", None, None, None, P('at the end of September', '1986-09-30', '1986-09-30'), ABS),
        ('57.13 billion', 1, 57.13e9, 'AUD', "Australia's net foreign debt", None, None, None, P('a year earlier', '1985-12-31', '1985-12-31'), ABS),
        ('26.8 billion dlrs', 1, 26.8e9, 'AUD', 'public sector net debt', None, None, None, EDEC, ABS),
        ('48.5 billion', 1, 48.5e9, 'AUD', 'private sector net debt', None, None, None, EDEC, ABS),
        ('71.05 U.S. cents', 1, 0.7105, 'USD', 'Australian dollar', 'increase', None, None, P('on Tuesday', '1987-05-12', '1987-05-12'), ABS),
        ('70.82 cents', 1, 0.7082, 'USD', 'Australian dollar', None, None, None, P('on Monday', '1987-05-11', '1987-05-11'), ABS),
    ],
    'wire_2025_thailand_rate_decision.txt': [
        ('1.25%', 1, 1.25, 'percent', 'key rate', 'decrease', None, None, None, BOT),
        ('quarter point', 1, 0.25, 'percentage_point', 'one-day repurchase rate', 'decrease', None, None, WED, BOT),
        ('1.25%', 2, 1.25, 'percent', 'one-day repurchase rate', 'decrease', None, None, WED, BOT),
        ('five', 1, 5, 'count', 'monetary policy committee members backing the cut', None, None, None, WED, BOT),
        ('Two', 1, 2, 'count', 'monetary policy committee members voting to keep the rate', None, None, None, WED, BOT),
        ('1.50%', 1, 1.50, 'percent', 'one-day repurchase rate', None, None, None, WED, BOT),
        ('24', 1, 24, 'count', 'economists in a Reuters poll', None, None, None, WED, 'Reuters'),
        ('14', 1, 14, 'count', 'economists expecting a cut', None, None, None, WED, 'Reuters'),
        ('1.25%', 3, 1.25, 'percent', 'one-day repurchase rate', 'decrease', None, None, WED, 'Reuters'),
        ('2.0%', 1, 2.0, 'percent', 'economy', 'increase', None, None, TY, BOT),
        ('1.5%', 1, 1.5, 'percent', 'economy', 'increase', None, None, IN26, BOT),
        ('2.2%', 1, 2.2, 'percent', 'economy', None, None, None, TY, BOT),
        ('1.7%', 1, 1.7, 'percent', 'economy', None, None, None, IN26, BOT),
        ('4.8%', 1, 4.8, 'percent', 'exports', 'increase', None, None, Y('in 2025', 2025), None),
        ('1.2%', 1, 1.2, 'percent', 'exports', 'decrease', None, None, Y('next year', 2026), None),
        ('-0.2%', 1, -0.2, 'percent', 'headline inflation', 'decrease', None, None, Y('for 2025', 2025), BOT),
        ('0.3%', 1, 0.3, 'percent', 'headline inflation', None, None, None, Y('for 2026', 2026), BOT),
        ('1%', 1, 1, 'percent', 'inflation target range', None, None, None, None, BOT),
        ('3%', 1, 3, 'percent', 'inflation target range', None, None, None, None, BOT),
        ('0.5%', 1, 0.5, 'percent', 'consumer prices', 'decrease', 'year_on_year', None, per('in November', 2025, 11), MOC),
        ('1.2%', 2, 1.2, 'percent', 'gross domestic product', 'increase', 'year_on_year', None, Q('in the July-September quarter', 2025, 3), NESDC),
        ('29.8 million', 1, 29.8e6, 'count', 'foreign tourist arrivals', None, None, 'approximately', F11, MOTS),
        ('6.8%', 1, 6.8, 'percent', 'foreign tourist arrivals', 'decrease', 'year_on_year', None, F11, MOTS),
        ('31.92', 1, 31.92, 'THB', 'baht', None, None, None, WED, MOTS),
        ('7%', 1, 7, 'percent', 'baht', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-12-17'), MOTS),
    ],
    'cnbc_style_card_spending_data.txt': [
        ('3.1%', 1, 3.1, 'percent', 'spending', 'increase', None, None, None, BAI),
        ('2.4%', 1, 2.4, 'percent', 'total card spending per household', 'increase', 'year_on_year', None, CNOV, BAI),
        ('1.9%', 1, 1.9, 'percent', 'total card spending per household', None, 'year_on_year', None, per('in October', 2025, 10), BAI),
        ('3.1%', 2, 3.1, 'percent', 'holiday-weekend spending', 'increase', 'year_on_year', None, HOL, BAI),
        ('0.6%', 1, 0.6, 'percent', 'retail spending excluding gas and restaurants', 'increase', 'month_on_month', None, CNOV, BAI),
        ('0.4%', 1, 0.4, 'percent', 'control group', 'increase', 'month_on_month', None, per('for the month', 2025, 11), DJ),
        ('5.2%', 1, 5.2, 'percent', 'spending at department stores', 'increase', 'year_on_year', None, None, BAI),
        ('4.7%', 1, 4.7, 'percent', 'spending at electronics stores', 'increase', 'year_on_year', None, None, BAI),
        ('3.8%', 1, 3.8, 'percent', 'gasoline spending', 'decrease', 'year_on_year', None, None, BAI),
        ('1.4%', 1, 1.4, 'percent', 'furniture spending', 'decrease', 'year_on_year', None, None, BAI),
        ('0.9%', 1, 0.9, 'percent', 'home improvement spending', 'decrease', 'year_on_year', None, None, BAI),
        ('3.0%', 1, 3.0, 'percent', 'spending by higher-income households', 'increase', 'year_on_year', None, None, BAI),
        ('1.1%', 1, 1.1, 'percent', 'spending by lower-income households', None, 'year_on_year', None, None, BAI),
        ('two-thirds', 1, 0.6667, 'fraction', 'share of online holiday purchases made on mobile devices', None, None, 'approximately', None, BAI),
        ('$14.25 billion', 1, 14.25e9, 'USD', 'online spending by U.S. shoppers', None, None, None, CYBER, ADOBE),
        ('6.3%', 1, 6.3, 'percent', 'online spending by U.S. shoppers', 'increase', 'year_on_year', None, CYBER, ADOBE),
        ('$44.2 billion', 1, 44.2e9, 'USD', 'online spending by U.S. shoppers', None, None, None, P('over the full five-day period', '2025-11-27', '2025-12-01'), ADOBE),
    ],
    'mt_newswires_eurozone_m3.txt': [
        ('2.8%', 1, 2.8, 'percent', 'Eurozone M3 money supply growth', 'increase', None, None, OCT, None),
        ('2.8%', 2, 2.8, 'percent', 'annual growth rate of the broad monetary aggregate M3', 'increase', 'year_on_year', None, OCT, ECB),
        ('2.6%', 1, 2.6, 'percent', 'annual growth rate of the broad monetary aggregate M3', None, 'year_on_year', None, SEP, ECB),
        ('2.7%', 1, 2.7, 'percent', 'average annual growth rate of M3', None, 'year_on_year', None, P('in the three months to October', '2025-08-01', '2025-10-31'), ECB),
        ('2.7%', 2, 2.7, 'percent', 'M3 growth', 'increase', 'year_on_year', None, OCT, 'Reuters'),
        ('5.3%', 1, 5.3, 'percent', 'annual growth rate of the narrower aggregate M1', 'increase', 'year_on_year', None, OCT, ECB),
        ('5.0%', 1, 5.0, 'percent', 'annual growth rate of the narrower aggregate M1', None, 'year_on_year', None, SEP, ECB),
        ('-1.6%', 1, -1.6, 'percent', 'annual growth rate of short-term deposits other than overnight deposits', 'decrease', 'year_on_year', None, OCT, ECB),
        ('-1.2%', 1, -1.2, 'percent', 'annual growth rate of short-term deposits other than overnight deposits', 'decrease', 'year_on_year', None, SEP, ECB),
        ('6.9%', 1, 6.9, 'percent', 'marketable instruments', 'increase', 'year_on_year', None, OCT, ECB),
        ('8.4%', 1, 8.4, 'percent', 'marketable instruments', None, 'year_on_year', None, SEP, ECB),
        ('2.7%', 3, 2.7, 'percent', 'adjusted loans to households', 'increase', 'year_on_year', None, OCT, ECB),
        ('2.5%', 1, 2.5, 'percent', 'adjusted loans to households', None, 'year_on_year', None, per('in the previous month', 2025, 9), ECB),
        ('2.9%', 1, 2.9, 'percent', 'adjusted loans to non-financial corporations', 'increase', 'year_on_year', None, OCT, ECB),
        ('3.4 percentage points', 1, 3.4, 'percentage_point', 'contribution of M1 to annual M3 growth', None, None, None, OCT, ECB),
        ('-0.4 percentage points', 1, -0.4, 'percentage_point', 'contribution of short-term deposits other than overnight deposits', None, None, None, OCT, ECB),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'contribution of marketable instruments', None, None, None, OCT, ECB),
        ('EUR 54 billion', 1, 54e9, 'EUR', 'M3', 'increase', 'month_on_month', None, IOCT, ECB),
        ('EUR 31 billion', 1, 31e9, 'EUR', 'loans to the private sector', 'increase', 'month_on_month', None, IOCT, ECB),
        ('7 billion', 1, 7e9, 'EUR', 'loans to general government', 'increase', 'month_on_month', None, IOCT, ECB),
        ('2.00%', 1, 2.00, 'percent', 'deposit facility rate', None, None, None, P('at its Oct. 29-30 meeting', '2025-10-29', '2025-10-30'), ECB),
    ],
    'trading_economics_style_romania_inflation.txt': [
        ('9.72%', 1, 9.72, 'percent', 'annual inflation rate in Romania', 'decrease', 'year_on_year', None, NOV25, INS),
        ('9.76%', 1, 9.76, 'percent', 'annual inflation rate in Romania', None, 'year_on_year', None, TOCT, INS),
        ('9.8%', 1, 9.8, 'percent', 'annual inflation rate in Romania', None, 'year_on_year', None, NOV25, None),
        ('8.41%', 1, 8.41, 'percent', 'food prices', 'increase', 'year_on_year', None, TNOV, INS),
        ('8.13%', 1, 8.13, 'percent', 'food prices', None, 'year_on_year', None, TOCT, INS),
        ('11.05%', 1, 11.05, 'percent', 'costs for non-food goods', 'increase', 'year_on_year', None, TNOV, INS),
        ('9.02%', 1, 9.02, 'percent', 'costs for services', 'increase', 'year_on_year', None, TNOV, INS),
        ('11.38%', 1, 11.38, 'percent', 'costs for non-food goods', None, 'year_on_year', None, per('in the prior month', 2025, 10), INS),
        ('8.87%', 1, 8.87, 'percent', 'costs for services', None, 'year_on_year', None, per('in the prior month', 2025, 10), INS),
        ('62.4%', 1, 62.4, 'percent', 'electricity prices', 'increase', 'year_on_year', None, TNOV, INS),
        ('0.38%', 1, 0.38, 'percent', 'consumer prices', 'increase', 'month_on_month', None, TNOV, INS),
        ('0.51%', 1, 0.51, 'percent', 'consumer prices', 'increase', 'month_on_month', None, TOCT, INS),
        ('8.6%', 1, 8.6, 'percent', 'harmonized index of consumer prices', 'increase', 'year_on_year', None, TNOV, INS),
        ('2.5%', 1, 2.5, 'percent', 'inflation target', None, None, None, None, NBR),
        ('1 percentage point', 1, 1, 'percentage_point', 'tolerance band', None, None, None, None, NBR),
        ('8.7%', 1, 8.7, 'percent', 'annual inflation', None, 'year_on_year', None, per('in December 2025', 2025, 12), NBR),
        ('3.7%', 1, 3.7, 'percent', 'annual inflation', None, 'year_on_year', None, per('in December 2026', 2026, 12), NBR),
        ('6.12 percent', 1, 6.12, 'percent', 'Inflation Rate in Romania average', None, None, None, P('from 1991 until 2025', '1991-01-01', '2025-12-31'), INS),
        ('345.80 percent', 1, 345.80, 'percent', 'Inflation Rate in Romania all time high', None, None, None, per('in March 1993', 1993, 3), INS),
        ('-3.54 percent', 1, -3.54, 'percent', 'Inflation Rate in Romania record low', 'decrease', None, None, per('in May 2016', 2016, 5), INS),
        ('8.90 percent', 1, 8.90, 'percent', 'Inflation Rate in Romania', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('4.50 percent', 1, 4.50, 'percent', 'Romania Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
    ],
    'investing_style_henry_hub_futures.txt': [
        ('3%', 1, 3, 'percent', 'natural gas futures', 'decrease', None, None, None, None),
        ('3.1%', 1, 3.1, 'percent', 'Henry Hub natural gas futures for January delivery', 'decrease', None, None, ET, None),
        ('$4.682', 1, 4.682, 'USD', 'Henry Hub natural gas futures for January delivery', 'decrease', None, None, ET, None),
        ('$4.833', 1, 4.833, 'USD', 'Henry Hub natural gas futures for January delivery', None, None, None, P('on Wednesday', '2025-12-03', '2025-12-03'), None),
        ('29%', 1, 29, 'percent', 'January contract', 'increase', None, 'approximately', P('since the start of November', '2025-11-01', '2025-12-04'), None),
        ('67 billion cubic feet', 1, 67e9, 'cubic foot', 'gas in storage', 'decrease', None, None, WK28, EIA),
        ('11 bcf', 1, 11e9, 'cubic foot', 'gas in storage', 'decrease', None, None, P('in the previous week', '2025-11-15', '2025-11-21'), EIA),
        ('61 bcf', 1, 61e9, 'cubic foot', 'gas in storage', 'decrease', None, None, WK28, None),
        ('3,856 bcf', 1, 3856e9, 'cubic foot', 'total working gas in storage', None, None, None, AO28, EIA),
        ('0.9%', 1, 0.9, 'percent', 'total working gas in storage', 'decrease', 'year_on_year', None, AO28, EIA),
        ('4.2%', 1, 4.2, 'percent', 'total working gas in storage', 'increase', None, None, AO28, EIA),
        ('3,700 bcf', 1, 3700e9, 'cubic foot', 'five-year average of working gas in storage', None, None, None, AO28, EIA),
        ('109.8 bcf per day', 1, 109.8e9, 'cubic foot per day', 'average gas output in the Lower 48 states', 'increase', None, None, SFD, LSEG),
        ('109.1 bcfd', 1, 109.1e9, 'cubic foot per day', 'average gas output in the Lower 48 states', None, None, None, per('in November', 2025, 11), LSEG),
        ('18.7 bcfd', 1, 18.7e9, 'cubic foot per day', 'average gas flows to U.S. LNG export plants', 'increase', None, None, SFD, LSEG),
        ('17.9 bcfd', 1, 17.9e9, 'cubic foot per day', 'average gas flows to U.S. LNG export plants', None, None, None, per('last month', 2025, 11), LSEG),
        ('three', 1, 3, 'count', 'rigs drilling for gas in the U.S.', 'increase', None, None, RIGW, BH),
        ('130', 1, 130, 'count', 'rigs drilling for gas in the U.S.', 'increase', None, None, RIGW, BH),
    ],
    'business_standard_style_auto_component_exports.txt': [
        ('9.3%', 1, 9.3, 'percent', 'auto component exports', 'increase', None, None, H1, ACMA),
        ('$12.1 bn', 1, 12.1e9, 'USD', 'auto component exports', 'increase', None, None, H1, ACMA),
        ('6.8 per cent', 1, 6.8, 'percent', "Indian auto component industry's turnover", 'increase', 'year_on_year', None, FH, ACMA),
        ('₹3.56 trillion', 1, 3.56e12, 'INR', "Indian auto component industry's turnover", 'increase', None, None, FH, ACMA),
        ('$41.2 billion', 1, 41.2e9, 'USD', "Indian auto component industry's turnover", 'increase', None, None, FH, ACMA),
        ('9.3 per cent', 1, 9.3, 'percent', 'exports of auto components', 'increase', 'year_on_year', None, DP, ACMA),
        ('$12.1 billion', 1, 12.1e9, 'USD', 'exports of auto components', 'increase', None, None, DP, ACMA),
        ('12.6 per cent', 1, 12.6, 'percent', 'imports', 'increase', 'year_on_year', None, DP, ACMA),
        ('$11.4 billion', 1, 11.4e9, 'USD', 'imports', 'increase', None, None, DP, ACMA),
        ('$700 million', 1, 700e6, 'USD', 'trade surplus', 'decrease', None, None, DP, ACMA),
        ('$1.0 bn', 1, 1.0e9, 'USD', 'trade surplus', None, None, None, P('a year earlier', '2024-04-01', '2024-09-30'), ACMA),
        ('31 per cent', 1, 31, 'percent', 'North America share of exports', None, None, 'approximately', None, ACMA),
        ('3.2 per cent', 1, 3.2, 'percent', 'shipments to North America', 'increase', None, None, None, ACMA),
        ('11.7 per cent', 1, 11.7, 'percent', 'exports to Europe', 'increase', None, None, None, ACMA),
        ('14.1 per cent', 1, 14.1, 'percent', 'exports to Asia', 'increase', None, None, None, ACMA),
        ('$7.5 bn', 1, 7.5e9, 'USD', 'imports from Asia', None, None, None, None, ACMA),
        ('two-thirds', 1, 0.6667, 'fraction', 'imports from Asia share of total imports', None, None, 'approximately', None, ACMA),
        ('$3.3 bn', 1, 3.3e9, 'USD', 'imports from China', None, None, None, None, ACMA),
        ('14 per cent', 1, 14, 'percent', 'imports from China', 'increase', None, None, None, ACMA),
        ('80 per cent', 1, 80, 'percent', 'OEM sales share of turnover', None, None, 'more_than', IFH, ACMA),
        ('7.2 per cent', 1, 7.2, 'percent', 'sales to original equipment manufacturers', 'increase', None, None, IFH, ACMA),
        ('₹3.04 trillion', 1, 3.04e12, 'INR', 'sales to original equipment manufacturers', 'increase', None, None, IFH, ACMA),
        ('5.1 per cent', 1, 5.1, 'percent', 'aftermarket', 'increase', None, None, IFH, ACMA),
        ('₹47,950 crore', 1, 4.795e11, 'INR', 'aftermarket', 'increase', None, None, IFH, ACMA),
        ('50 per cent', 1, 50, 'percent', 'US tariff on most Indian goods', None, None, None, None, None),
        ('25 per cent', 1, 25, 'percent', 'US duty on auto parts', None, None, None, None, None),
        ('7', 1, 7, 'percent', 'auto component industry', 'increase', None, None, FY26, ACMA),
        ('9 per cent', 1, 9, 'percent', 'auto component industry', 'increase', None, None, FY26, ACMA),
        ('₹20,000', 1, 2.0e11, 'INR', 'capital expenditure', None, None, None, FY26, ACMA),
        ('25,000 crore', 1, 2.5e11, 'INR', 'capital expenditure', None, None, None, FY26, ACMA),
    ],
    'eu_energy_style_oil_import_bill.txt': [
        ('9.4 million barrels per day', 1, 9.4e6, 'barrel per day', 'EU crude oil imports', None, None, None, IQ3, None),
        ('2%', 1, 2, 'percent', 'EU crude oil imports', 'decrease', 'year_on_year', None, IQ3, None),
        ('0.3 mb/d', 1, 0.3e6, 'barrel per day', 'EU crude oil imports', 'increase', 'quarter_on_quarter', None, IQ3, None),
        ('14.8%', 1, 14.8, 'percent', 'Norway share of EU crude oil imports', None, None, None, INQ, None),
        ('14.1%', 1, 14.1, 'percent', 'United States share of EU crude oil imports', None, None, None, INQ, None),
        ('11.6%', 1, 11.6, 'percent', 'Kazakhstan share of EU crude oil imports', None, None, None, INQ, None),
        ('8.9%', 1, 8.9, 'percent', 'Libya share of EU crude oil imports', None, None, None, INQ, None),
        ('7.2%', 1, 7.2, 'percent', 'Iraq share of EU crude oil imports', None, None, None, INQ, None),
        ('18%', 1, 18, 'percent', 'imports from Saudi Arabia', 'increase', 'year_on_year', None, INQ, None),
        ('11%', 1, 11, 'percent', 'imports from Nigeria', 'decrease', 'year_on_year', None, INQ, None),
        ('2.5%', 1, 2.5, 'percent', 'Russian crude share of EU crude oil imports', None, None, 'approximately', INQ, None),
        ('€58.6 billion', 1, 58.6e9, 'EUR', "EU's crude oil import bill", None, None, None, Q3L, EST),
        ('€9.1 billion', 1, 9.1e9, 'EUR', "EU's crude oil import bill", 'decrease', 'year_on_year', None, Q3L, EST),
        ('13%', 1, 13, 'percent', "EU's crude oil import bill", 'decrease', 'year_on_year', None, Q3L, EST),
        ('€181 billion', 1, 181e9, 'EUR', 'crude oil import bill', None, None, None, P('for the first three quarters of 2025', '2025-01-01', '2025-09-30'), EST),
        ('€214 billion', 1, 214e9, 'EUR', 'crude oil import bill', None, None, None, P('in the same period of 2024', '2024-01-01', '2024-09-30'), EST),
        ('68.4 $/bbl', 1, 68.4, 'USD', 'average price of crude imported into the EU', 'decrease', None, None, Q3S, EST),
        ('80.1 $/bbl', 1, 80.1, 'USD', 'average price of crude imported into the EU', None, None, None, YE, EST),
        ('19%', 1, 19, 'percent', 'average price of crude imported into the EU in euros', 'decrease', 'year_on_year', None, Q3S, EST),
        ('58.7 €/bbl', 1, 58.7, 'EUR', 'average price of crude imported into the EU in euros', 'decrease', None, None, Q3S, EST),
        ('1.17 $/€', 1, 1.17, 'USD', 'euro', 'increase', None, None, Q3S, EST),
        ('1.10 $/€', 1, 1.10, 'USD', 'euro', None, None, None, YE, EST),
        ('69.1 $/bbl', 1, 69.1, 'USD', 'Brent', None, None, None, INQL, EST),
        ('14%', 1, 14, 'percent', 'Brent', 'decrease', 'year_on_year', None, INQL, EST),
        ('64.3 $/bbl', 1, 64.3, 'USD', 'Brent low', 'decrease', None, None, P('on 5 September', '2025-09-05', '2025-09-05'), EST),
        ('62', 1, 62, 'USD', 'Brent', None, None, None, ON, EST),
        ('66 $/bbl', 1, 66, 'USD', 'Brent', None, None, None, ON, EST),
        ('1.3 mb/d', 1, 1.3e6, 'barrel per day', 'imports of diesel and jet fuel', 'decrease', None, None, INQL, EST),
        ('1.5 mb/d', 1, 1.5e6, 'barrel per day', 'imports of diesel and jet fuel', None, None, None, Q('in Q3 2024', 2024, 3), EST),
    ],
    'nbs_style_property_sales_floor_space.txt': [
        ('7,859.1 billion yuan', 1, 7859.1e9, 'CNY', 'investment in real estate development', None, None, None, JN25, NBS),
        ('15.9 percent', 1, 15.9, 'percent', 'investment in real estate development', 'decrease', 'year_on_year', None, JN25, NBS),
        ('6,043.2 billion yuan', 1, 6043.2e9, 'CNY', 'investment in residential buildings', None, None, None, JN25, NBS),
        ('15.0 percent', 1, 15.0, 'percent', 'investment in residential buildings', 'decrease', 'year_on_year', None, JN25, NBS),
        ('6,560.85 million square meters', 1, 6560.85e6, 'square metre', 'floor space of buildings under construction', None, None, None, JN, NBS),
        ('9.6 percent', 1, 9.6, 'percent', 'floor space of buildings under construction', 'decrease', 'year_on_year', None, JN, NBS),
        ('532.04 million', 1, 532.04e6, 'square metre', 'floor space of newly started buildings', None, None, None, JN, NBS),
        ('394.51 million square meters', 1, 394.51e6, 'square metre', 'floor space of buildings completed', None, None, None, JN, NBS),
        ('20.0 percent', 1, 20.0, 'percent', 'floor space of newly started buildings', 'decrease', 'year_on_year', None, JN, NBS),
        ('18.0 percent', 1, 18.0, 'percent', 'floor space of buildings completed', 'decrease', 'year_on_year', None, JN, NBS),
        ('787.08 million square meters', 1, 787.08e6, 'square metre', 'floor space of newly built commercial buildings sold', None, None, None, JN, NBS),
        ('7.8 percent', 1, 7.8, 'percent', 'floor space of newly built commercial buildings sold', 'decrease', 'year_on_year', None, JN, NBS),
        ('8.9 percent', 1, 8.9, 'percent', 'floor space of residential buildings sold', 'decrease', 'year_on_year', None, JN, NBS),
        ('7,520.0 billion yuan', 1, 7520.0e9, 'CNY', 'sales of newly built commercial buildings', None, None, None, JN, NBS),
        ('11.1 percent', 1, 11.1, 'percent', 'sales of newly built commercial buildings', 'decrease', 'year_on_year', None, JN, NBS),
        ('765.30 million square meters', 1, 765.30e6, 'square metre', 'floor space of commercial buildings for sale', None, None, None, EN, NBS),
        ('1.90 million square meters', 1, 1.90e6, 'square metre', 'floor space of commercial buildings for sale', 'increase', 'month_on_month', None, EN, NBS),
        ('4.6 percent', 1, 4.6, 'percent', 'floor space of commercial buildings for sale', 'increase', 'year_on_year', None, EN, NBS),
        ('8,531.0 billion yuan', 1, 8531.0e9, 'CNY', 'funds in place for real estate development enterprises', None, None, None, JN, NBS),
        ('11.9 percent', 1, 11.9, 'percent', 'funds in place for real estate development enterprises', 'decrease', 'year_on_year', None, JN, NBS),
        ('2,897.4 billion yuan', 1, 2897.4e9, 'CNY', 'deposits and advance payments', None, None, None, JN, NBS),
        ('16.3 percent', 1, 16.3, 'percent', 'deposits and advance payments', 'decrease', 'year_on_year', None, JN, NBS),
        ('1,301.2 billion yuan', 1, 1301.2e9, 'CNY', 'personal mortgage loans', None, None, None, JN, NBS),
        ('14.7 percent', 1, 14.7, 'percent', 'personal mortgage loans', 'decrease', 'year_on_year', None, JN, NBS),
        ('92.87', 1, 92.87, 'index_point', 'national real estate development and business climate index', None, None, None, per('In November', 2025, 11), NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
