# ruff: noqa: E501, RUF001
"""Write corpus/annotated_119/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_119.py corpus/annotated_119
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
ABS = "Australian Bureau of Statistics"
ACAC = "Australian Conciliation and Arbitration Commission"
INEGI = "National Institute of Statistics and Geography"
IMSS = "Mexican Social Security Institute"
BANORTE = "Banorte"
KWS = "Kestrel Workforce Solutions"
SA = "StreetAccount"
ISTAT = "Italian National Institute of Statistics"
MHLW = "Ministry of Health, Labour and Welfare"
TE = "Trading Economics"
CB = "U.S. Census Bureau"
FM = "Freddie Mac"
MOLE = "Ministry of Labour and Employment"
EPFO = "Employees' Provident Fund Organisation"
NBS = "National Bureau of Statistics"
YOY, MOM, QOQ, POP = "year_on_year", "month_on_month", "quarter_on_quarter", "period_on_period"
UP, DOWN = "increase", "decrease"
APPROX = "approximately"

# 11901 ONS conceptions (ref Wednesday 2025-05-14)
Y23 = Y("in 2023", 2023)
IY23 = Y("In 2023", 2023)
Y22 = Y("in 2022", 2022)
# 11902 Reuters 1987 (ref Thursday 1987-08-13); Australian quarters are named by their last month
MQ = P("in the May quarter", "1987-03-01", "1987-05-31")
IMQ = P("In the May quarter", "1987-03-01", "1987-05-31")
FMQ = P("for the May quarter", "1987-03-01", "1987-05-31")
HMQ = P("IN MAY QUARTER", "1987-03-01", "1987-05-31")
PQ = P("in the previous quarter", "1986-12-01", "1987-02-28")
YMQ = P("in the year to the March quarter", "1987-01-01", "1987-03-31")
MAR87 = per("in March", 1987, 3)
# 11903 Reuters 2025 (ref Thursday 2025-11-27)
OCT = per("in October", 2025, 10)
IOCT = per("In October", 2025, 10)
SEP = per("in September", 2025, 9)
FSEP = per("for September", 2025, 9)
YEO = per("a year earlier", 2024, 10)
T10 = P("in the first ten months of the year", "2025-01-01", "2025-10-31")
# 11904 CNBC (ref Wednesday 2025-10-22)
WED = P("on Wednesday", "2025-10-22", "2025-10-22")
INQ3 = Q("in the quarter", 2025, 3)
YEQ3 = Q("a year earlier", 2024, 3)
FQ4 = Q("For the fourth quarter", 2025, 4)
# 11905 MT Newswires (ref Friday 2025-10-31)
ISEP = per("in September", 2025, 9)
IQ3 = Q("In the third quarter", 2025, 3)
# 11906 Trading Economics (ref Friday 2025-11-28)
OCT25 = per("in October 2025", 2025, 10)
# 11907 Investing.com (ref Monday 2025-07-28)
ET = P("By 10:45 ET", None, None)
SQ = Q("in the second quarter", 2025, 2)
FQ = Q("in the first quarter", 2025, 1)
YEQ2 = Q("a year earlier", 2024, 2)
AJ = P("in the April-June period", "2025-04-01", "2025-06-30")
INQ2 = Q("in the quarter", 2025, 2)
# 11908 Business Standard (ref Thursday 2025-11-20)
BSEP = per("in September", 2025, 9)
BISEP = per("In September", 2025, 9)
H1 = P("For H1FY26", "2025-04-01", "2025-09-30")
FY25 = P("In FY25", "2024-04-01", "2025-03-31")
# 11909 DG ENER (ref Wednesday 2025-07-16)
Q125 = Q("in the first quarter of 2025", 2025, 1)
INQ1 = Q("in the quarter", 2025, 1)
# 11910 NBS (ref Wednesday 2025-04-30)
Y24 = Y("in 2024", 2024)
IY24 = Y("In 2024", 2024)
E24 = P("At the end of 2024", "2024-12-31", "2024-12-31")

AWE = "average weekly earnings of full-time adult employees"
JAR = "jobs-to-applicants ratio in Japan"
EUP = "average EU household electricity price"

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_conceptions_under_18_rates.txt': [
        ('812,460', 1, 812460, 'count', 'conceptions to women of all ages in England and Wales', DOWN, None, None, Y23, None),
        ('2.1%', 1, 2.1, 'percent', 'conceptions to women of all ages in England and Wales', DOWN, YOY, None, Y23, None),
        ('829,910', 1, 829910, 'count', 'conceptions to women of all ages in England and Wales', None, None, None, Y22, None),
        ('70.8', 1, 70.8, 'count', 'conception rate', DOWN, None, None, Y23, None),
        ('72.4', 1, 72.4, 'count', 'conception rate', None, None, None, Y22, None),
        ('a third', 1, 0.3333, 'fraction', 'share of conceptions leading to a legal abortion', None, None, 'less_than', Y23, None),
        ('31.6%', 1, 31.6, 'percent', 'share of conceptions leading to a legal abortion', None, None, None, Y23, None),
        ('13.1', 1, 13.1, 'count', 'under-18 conception rate', DOWN, None, None, IY23, ONS),
        ('13.7', 1, 13.7, 'count', 'under-18 conception rate', None, None, None, Y22, ONS),
        ('46.3%', 1, 46.3, 'percent', 'under-18 conception rate', DOWN, None, None, P('in 2013', '2013-01-01', '2023-12-31'), ONS),
        ('24.4', 1, 24.4, 'count', 'under-18 conception rate', None, None, None, Y('in 2013', 2013), ONS),
        ('122.3', 1, 122.3, 'count', 'conception rate for women aged 30 to 34 years', None, None, None, None, ONS),
        ('99.1', 1, 99.1, 'count', 'conception rate for women aged 25 to 29 years', None, None, None, None, ONS),
        ('67.5', 1, 67.5, 'count', 'conception rate for women aged 35 to 39 years', None, None, None, None, ONS),
        ('2.4%', 1, 2.4, 'percent', 'conception rate for women aged 40 years and over', UP, None, None, None, ONS),
        ('16.9', 1, 16.9, 'count', 'conception rate for women aged 40 years and over', UP, None, None, None, ONS),
        ('5.0%', 1, 5.0, 'percent', 'conceptions leading to a maternity', DOWN, YOY, None, IY23, ONS),
        ('555,600', 1, 555600, 'count', 'conceptions leading to a maternity', DOWN, None, APPROX, IY23, ONS),
        ('4.9%', 1, 4.9, 'percent', 'conceptions leading to an abortion', UP, YOY, None, IY23, ONS),
        ('256,900', 1, 256900, 'count', 'conceptions leading to an abortion', UP, None, None, IY23, ONS),
        ('58.9%', 1, 58.9, 'percent', 'share of conceptions outside marriage or civil partnership', None, None, None, Y23, ONS),
        ('58.2%', 1, 58.2, 'percent', 'share of conceptions outside marriage or civil partnership', None, None, None, Y('a year earlier', 2022), ONS),
        ('66.2', 1, 66.2, 'count', 'conception rate in Wales', None, None, None, IY23, ONS),
        ('71.1', 1, 71.1, 'count', 'conception rate in England', None, None, None, IY23, ONS),
        ('15.0', 1, 15.0, 'count', 'under-18 rate in Wales', None, None, None, IY23, ONS),
        ('12.9', 1, 12.9, 'count', 'under-18 rate in England', None, None, None, IY23, ONS),
        ('18.2', 1, 18.2, 'count', 'under-18 rate in the North East', None, None, None, IY23, ONS),
        ('10.4', 1, 10.4, 'count', 'under-18 rate in the South East', None, None, None, IY23, ONS),
        ('1,120', 1, 1120, 'count', 'conceptions revision', DOWN, None, None, Y('2022', 2022), ONS),
        ('829,910', 2, 829910, 'count', 'conceptions', DOWN, None, None, Y('2022', 2022), ONS),
    ],
    'wire_1987_australian_average_weekly_earnings.txt': [
        ('1.6 PCT', 1, 1.6, 'percent', 'Australian weekly earnings', UP, None, None, HMQ, None),
        ('1.6 pct', 1, 1.6, 'percent', AWE, UP, QOQ, None, MQ, ABS),
        ('431.70 dlrs', 1, 431.70, 'AUD', AWE, UP, None, None, MQ, ABS),
        ('424.90 dlrs', 1, 424.90, 'AUD', AWE, None, None, None, PQ, ABS),
        ('5.9 pct', 1, 5.9, 'percent', 'full-time adult earnings', UP, YOY, None, IMQ, ABS),
        ('9.4 pct', 1, 9.4, 'percent', 'inflation rate', None, YOY, None, YMQ, ABS),
        ('1.7 pct', 1, 1.7, 'percent', 'male full-time adult earnings', UP, QOQ, None, None, ABS),
        ('456.20 dlrs', 1, 456.20, 'AUD', 'male full-time adult earnings', UP, None, None, None, ABS),
        ('1.4 pct', 1, 1.4, 'percent', 'female full-time adult earnings', UP, QOQ, None, None, ABS),
        ('369.80 dlrs', 1, 369.80, 'AUD', 'female full-time adult earnings', UP, None, None, None, ABS),
        ('378.40 dlrs', 1, 378.40, 'AUD', 'average weekly total earnings of all employees', None, None, None, MQ, ABS),
        ('1.2 pct', 1, 1.2, 'percent', 'average weekly total earnings of all employees', UP, QOQ, None, MQ, ABS),
        ('5.3 pct', 1, 5.3, 'percent', 'average weekly total earnings of all employees', UP, YOY, None, MQ, ABS),
        ('2.3 pct', 1, 2.3, 'percent', 'earnings in the public sector', UP, None, None, None, ABS),
        ('452.10 dlrs', 1, 452.10, 'AUD', 'earnings in the public sector', UP, None, None, None, ABS),
        ('1.3 pct', 1, 1.3, 'percent', 'earnings in the private sector', UP, None, None, None, ABS),
        ('419.60 dlrs', 1, 419.60, 'AUD', 'earnings in the private sector', UP, None, None, None, ABS),
        ('471.30 dlrs', 1, 471.30, 'AUD', 'full-time adult earnings in the Australian Capital Territory', None, None, None, None, ABS),
        ('440.50 dlrs', 1, 440.50, 'AUD', 'full-time adult earnings in New South Wales', None, None, None, None, ABS),
        ('432.80', 1, 432.80, 'AUD', 'full-time adult earnings in Victoria', None, None, None, None, ABS),
        ('397.60 dlrs', 1, 397.60, 'AUD', 'full-time adult earnings in Tasmania', None, None, None, None, ABS),
        ('10 dlrs', 1, 10, 'AUD', 'flat weekly increase', UP, None, None, MAR87, ACAC),
        ('four pct', 1, 4, 'percent', 'second-tier rises', UP, None, 'up_to', MAR87, ACAC),
        ('nine', 1, 9, 'count', 'economists in a Reuters survey', None, None, None, FMQ, 'Reuters'),
        ('1.5 pct', 1, 1.5, 'percent', 'average weekly earnings', UP, None, None, FMQ, 'Reuters'),
    ],
    'wire_2025_mexico_unemployment_informality.txt': [
        ('2.9%', 1, 2.9, 'percent', "Mexico's jobless rate", UP, None, None, OCT, None),
        ('2.9%', 2, 2.9, 'percent', "Mexico's unemployment rate", UP, None, None, OCT, INEGI),
        ('2.7%', 1, 2.7, 'percent', "Mexico's unemployment rate", None, None, None, SEP, INEGI),
        ('2.8%', 1, 2.8, 'percent', "Mexico's unemployment rate", None, None, None, OCT, 'Reuters'),
        ('11 economists', 1, 11, 'count', 'economists polled by Reuters', None, None, None, OCT, 'Reuters'),
        ('2.7%', 2, 2.7, 'percent', 'seasonally adjusted unemployment rate', None, None, None, OCT, INEGI),
        ('2.7%', 3, 2.7, 'percent', 'adjusted rate', UP, None, None, FSEP, INEGI),
        ('2.6%', 1, 2.6, 'percent', 'adjusted rate', None, None, None, FSEP, INEGI),
        ('1.79 million', 1, 1.79e6, 'count', 'number of unemployed people', UP, None, None, OCT, INEGI),
        ('1.65 million', 1, 1.65e6, 'count', 'number of unemployed people', None, None, None, YEO, INEGI),
        ('1.1 million', 1, 1.1e6, 'count', 'economically active population', UP, YOY, APPROX, OCT, INEGI),
        ('61.4 million', 1, 61.4e6, 'count', 'economically active population', UP, None, None, OCT, INEGI),
        ('55.4%', 1, 55.4, 'percent', 'informality rate', UP, None, None, IOCT, INEGI),
        ('54.6%', 1, 54.6, 'percent', 'informality rate', None, None, None, YEO, INEGI),
        ('32.9 million', 1, 32.9e6, 'count', 'people working in the informal sector', None, None, APPROX, IOCT, INEGI),
        ('7.4%', 1, 7.4, 'percent', 'underemployed share of those with jobs', None, None, None, IOCT, INEGI),
        ('59.6%', 1, 59.6, 'percent', 'participation rate', DOWN, None, None, IOCT, INEGI),
        ('59.9%', 1, 59.9, 'percent', 'participation rate', None, None, None, per('a year before', 2024, 10), INEGI),
        ('2.3%', 1, 2.3, 'percent', 'employment in manufacturing', DOWN, YOY, None, None, INEGI),
        ('4.1%', 1, 4.1, 'percent', 'employment in construction', DOWN, YOY, None, None, INEGI),
        ('1.8%', 1, 1.8, 'percent', 'employment in commerce', UP, YOY, None, None, INEGI),
        ('2.6%', 2, 2.6, 'percent', 'employment in hotels and restaurants', UP, YOY, None, None, INEGI),
        ('182,600 jobs', 1, 182600, 'count', 'formal employment registered with the Mexican Social Security Institute', UP, None, None, OCT, IMSS),
        ('412,300', 1, 412300, 'count', 'net job creation', UP, None, None, T10, IMSS),
        ('half', 1, 0.5, 'fraction', 'net job creation', DOWN, YOY, APPROX, T10, IMSS),
        ('2.7%', 4, 2.7, 'percent', 'unemployment rate', None, None, None, Y('in 2026', 2026), BANORTE),
        ('3.0%', 1, 3.0, 'percent', 'unemployment rate', None, None, None, Y('in 2026', 2026), BANORTE),
    ],
    'cnbc_style_staffing_firm_quarterly_results.txt': [
        ('9%', 1, 9, 'percent', 'Kestrel shares', DOWN, None, APPROX, WED, KWS),
        ('36 cents', 1, 0.36, 'USD', 'earnings per share', None, None, None, None, KWS),
        ('41 cents', 1, 0.41, 'USD', 'earnings per share', None, None, None, None, None),
        ('$1.35 billion', 1, 1.35e9, 'USD', 'revenue', None, None, None, None, KWS),
        ('$1.37 billion', 1, 1.37e9, 'USD', 'revenue', None, None, None, None, None),
        ('7.8%', 1, 7.8, 'percent', 'revenue', DOWN, YOY, None, INQ3, KWS),
        ('$1.46 billion', 1, 1.46e9, 'USD', 'revenue', None, None, None, YEQ3, KWS),
        ('$37.2 million', 1, 37.2e6, 'USD', 'net income', DOWN, None, None, INQ3, KWS),
        ('36 cents', 2, 0.36, 'USD', 'net income per share', DOWN, None, None, INQ3, KWS),
        ('$66.1 million', 1, 66.1e6, 'USD', 'net income', None, None, None, YEQ3, KWS),
        ('63 cents', 1, 0.63, 'USD', 'net income per share', None, None, None, YEQ3, KWS),
        ('10.2%', 1, 10.2, 'percent', 'contract talent revenue', DOWN, YOY, None, None, KWS),
        ('$806 million', 1, 806e6, 'USD', 'contract talent revenue', DOWN, None, None, None, KWS),
        ('8.5%', 1, 8.5, 'percent', 'permanent placement revenue', DOWN, YOY, None, None, KWS),
        ('$114 million', 1, 114e6, 'USD', 'permanent placement revenue', DOWN, None, None, None, KWS),
        ('1.9%', 1, 1.9, 'percent', 'revenue at the consulting unit', UP, YOY, None, None, KWS),
        ('$430 million', 1, 430e6, 'USD', 'revenue at the consulting unit', UP, None, None, None, KWS),
        ('8%', 1, 8, 'percent', 'permanent placement share of the total', None, None, APPROX, None, KWS),
        ('6.3%', 1, 6.3, 'percent', 'revenue adjusted for billing days', DOWN, None, None, INQ3, KWS),
        ('37.6%', 1, 37.6, 'percent', 'gross margin', DOWN, None, None, INQ3, KWS),
        ('38.9%', 1, 38.9, 'percent', 'gross margin', None, None, None, YEQ3, KWS),
        ('28 cents', 1, 0.28, 'USD', 'earnings per share', None, None, None, FQ4, KWS),
        ('34 cents', 1, 0.34, 'USD', 'earnings per share', None, None, None, FQ4, KWS),
        ('$1.26 billion', 1, 1.26e9, 'USD', 'revenue', None, None, None, FQ4, KWS),
        ('$1.32 billion', 1, 1.32e9, 'USD', 'revenue', None, None, None, FQ4, KWS),
        ('39 cents', 1, 0.39, 'USD', 'earnings per share', None, None, None, FQ4, SA),
        ('$1.34 billion', 1, 1.34e9, 'USD', 'revenue', None, None, None, FQ4, SA),
        ('14,300 employees', 1, 14300, 'count', 'headcount', DOWN, None, None, P('at quarter-end', '2025-09-30', '2025-09-30'), KWS),
        ('15,100', 1, 15100, 'count', 'headcount', None, None, None, P('at the end of June', '2025-06-30', '2025-06-30'), KWS),
        ('$58 million', 1, 58e6, 'USD', 'cash returned to shareholders through dividends and buybacks', None, None, None, INQ3, KWS),
        ('38%', 1, 38, 'percent', 'Kestrel shares', DOWN, None, APPROX, P('so far this year', '2025-01-01', '2025-10-22'), KWS),
    ],
    'mt_newswires_italy_unemployment_istat.txt': [
        ('6.1%', 1, 6.1, 'percent', "Italy's Unemployment Rate", UP, None, None, ISEP, None),
        ('6.1%', 2, 6.1, 'percent', "Italy's seasonally adjusted unemployment rate", UP, None, None, ISEP, ISTAT),
        ('6.0%', 1, 6.0, 'percent', "Italy's seasonally adjusted unemployment rate", None, None, None, per('in August', 2025, 8), ISTAT),
        ('6.0%', 2, 6.0, 'percent', "Italy's seasonally adjusted unemployment rate", None, None, None, ISEP, None),
        ('42,000', 1, 42000, 'count', 'number of unemployed people', UP, MOM, None, ISEP, ISTAT),
        ('+2.8%', 1, 2.8, 'percent', 'number of unemployed people', UP, MOM, None, ISEP, ISTAT),
        ('1.55 million', 1, 1.55e6, 'count', 'number of unemployed people', UP, None, None, ISEP, ISTAT),
        ('24.1 million', 1, 24.1e6, 'count', 'employment', None, None, None, ISEP, ISTAT),
        ('+31,000', 1, 31000, 'count', 'permanent employees', UP, MOM, None, ISEP, ISTAT),
        ('-27,000', 1, -27000, 'count', 'fixed-term workers', DOWN, MOM, None, ISEP, ISTAT),
        ('-9,000', 1, -9000, 'count', 'self-employed', DOWN, MOM, None, ISEP, ISTAT),
        ('62.6%', 1, 62.6, 'percent', 'employment rate', None, None, None, ISEP, ISTAT),
        ('0.1 percentage point', 1, 0.1, 'percentage_point', 'inactivity rate among people aged 15-64', DOWN, None, None, ISEP, ISTAT),
        ('33.3%', 1, 33.3, 'percent', 'inactivity rate among people aged 15-64', DOWN, None, None, ISEP, ISTAT),
        ('20.6%', 1, 20.6, 'percent', 'youth unemployment', UP, None, None, None, ISTAT),
        ('19.8%', 1, 19.8, 'percent', 'youth unemployment', None, None, None, None, ISTAT),
        ('0.5%', 1, 0.5, 'percent', 'employment', UP, YOY, None, ISEP, ISTAT),
        ('121,000 people', 1, 121000, 'count', 'employment', UP, YOY, None, ISEP, ISTAT),
        ('8.9%', 1, 8.9, 'percent', 'number of unemployed', DOWN, YOY, None, ISEP, ISTAT),
        ('0.3%', 1, 0.3, 'percent', 'inactive people aged 15-64', UP, YOY, None, ISEP, ISTAT),
        ('6.0%', 3, 6.0, 'percent', 'unemployment rate', None, None, None, IQ3, ISTAT),
        ('0.2 percentage point', 1, 0.2, 'percentage_point', 'unemployment rate', DOWN, QOQ, None, IQ3, ISTAT),
        ('6.3%', 1, 6.3, 'percent', "euro zone's jobless rate", None, None, None, ISEP, 'Eurostat'),
    ],
    'trading_economics_style_japan_jobs_to_applicants_ratio.txt': [
        ('1.18', 1, 1.18, 'count', 'Japan Jobs/Applicants Ratio', DOWN, None, None, None, None),
        ('1.18', 2, 1.18, 'count', JAR, DOWN, None, None, OCT25, MHLW),
        ('1.20', 1, 1.20, 'count', JAR, None, None, None, per('in the previous month', 2025, 9), MHLW),
        ('1.20', 2, 1.20, 'count', JAR, None, None, None, OCT25, None),
        ('118', 1, 118, 'count', 'jobs available for every 100 job seekers', None, None, None, OCT25, MHLW),
        ('3.6%', 1, 3.6, 'percent', 'new job offers', DOWN, YOY, None, OCT25, MHLW),
        ('1.2%', 1, 1.2, 'percent', 'number of active applicants', UP, YOY, None, OCT25, MHLW),
        ('2.19', 1, 2.19, 'count', 'ratio of new job offers to new applicants', DOWN, None, None, OCT25, MHLW),
        ('2.25', 1, 2.25, 'count', 'ratio of new job offers to new applicants', None, None, None, per('in September', 2025, 9), MHLW),
        ('1.78', 1, 1.78, 'count', 'jobs-to-applicants ratio in Fukui', None, None, None, None, MHLW),
        ('1.62', 1, 1.62, 'count', 'jobs-to-applicants ratio in Toyama', None, None, None, None, MHLW),
        ('0.87', 1, 0.87, 'count', 'jobs-to-applicants ratio in Kanagawa', None, None, None, None, MHLW),
        ('-8.4%', 1, -8.4, 'percent', 'job offers in manufacturing', DOWN, YOY, None, None, MHLW),
        ('-6.9%', 1, -6.9, 'percent', 'job offers in accommodation and food services', DOWN, YOY, None, None, MHLW),
        ('0.8%', 1, 0.8, 'percent', 'job offers in medical care and welfare', UP, YOY, None, None, MHLW),
        ('0.95', 1, 0.95, 'count', 'Jobs/applicants Ratio in Japan average', None, None, None, P('from 1963 until 2025', '1963-01-01', '2025-12-31'), MHLW),
        ('1.64', 1, 1.64, 'count', 'Jobs/applicants Ratio in Japan all time high', None, None, None, per('in January of 1974', 1974, 1), MHLW),
        ('0.40', 1, 0.40, 'count', 'Jobs/applicants Ratio in Japan record low', None, None, None, per('in June of 1999', 1999, 6), MHLW),
        ('1.19', 1, 1.19, 'count', 'Jobs/applicants Ratio in Japan', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('1.20', 3, 1.20, 'count', 'Japan Jobs/applicants Ratio', None, None, APPROX, Y('in 2026', 2026), TE),
        ('1.22', 1, 1.22, 'count', 'Japan Jobs/applicants Ratio', None, None, APPROX, Y('in 2027', 2027), TE),
    ],
    'investing_style_homebuilders_homeownership_rate.txt': [
        ('1.3%', 1, 1.3, 'percent', 'SPDR S&P Homebuilders ETF', UP, None, None, ET, None),
        ('1.0%', 1, 1.0, 'percent', 'iShares U.S. Home Construction ETF', UP, None, None, ET, None),
        ('2.4%', 1, 2.4, 'percent', 'D.R. Horton', UP, None, None, ET, None),
        ('1.8%', 1, 1.8, 'percent', 'Lennar', UP, None, None, ET, None),
        ('65.0%', 1, 65.0, 'percent', 'homeownership rate', DOWN, None, None, SQ, CB),
        ('65.1%', 1, 65.1, 'percent', 'homeownership rate', None, None, None, FQ, CB),
        ('65.6%', 1, 65.6, 'percent', 'homeownership rate', None, None, None, YEQ2, CB),
        ('7.0%', 1, 7.0, 'percent', 'rental vacancy rate', DOWN, None, None, AJ, CB),
        ('7.1%', 1, 7.1, 'percent', 'rental vacancy rate', None, None, None, FQ, CB),
        ('6.6%', 1, 6.6, 'percent', 'rental vacancy rate', None, None, None, YEQ2, CB),
        ('1.1%', 1, 1.1, 'percent', 'homeowner vacancy rate', None, None, None, AJ, CB),
        ('133.5 million', 1, 133.5e6, 'count', 'number of occupied housing units', UP, None, None, INQ2, CB),
        ('1.2 million', 1, 1.2e6, 'count', 'renter-occupied households', UP, YOY, APPROX, INQ2, CB),
        ('46.7 million', 1, 46.7e6, 'count', 'renter-occupied households', UP, None, None, INQ2, CB),
        ('0.4 million', 1, 0.4e6, 'count', 'owner-occupied households', UP, YOY, None, INQ2, CB),
        ('86.8 million', 1, 86.8e6, 'count', 'owner-occupied households', UP, None, None, INQ2, CB),
        ('36.4%', 1, 36.4, 'percent', 'homeownership among households headed by someone under 35', DOWN, None, None, None, CB),
        ('37.1%', 1, 37.1, 'percent', 'homeownership among households headed by someone under 35', None, None, None, None, CB),
        ('79.0%', 1, 79.0, 'percent', 'homeownership rate for those aged 65 and older', None, None, None, None, CB),
        ('$1,458', 1, 1458, 'USD', 'median asking rent for vacant rental units', UP, None, None, SQ, CB),
        ('$1,430', 1, 1430, 'USD', 'median asking rent for vacant rental units', None, None, None, YEQ2, CB),
        ('6.74%', 1, 6.74, 'percent', 'average rate on a 30-year fixed mortgage', DOWN, None, None, P('last week', '2025-07-21', '2025-07-27'), FM),
        ('6.75%', 1, 6.75, 'percent', 'average rate on a 30-year fixed mortgage', None, None, None, P('the week before', '2025-07-14', '2025-07-20'), FM),
        ('0.3%', 1, 0.3, 'percent', 'pending home sales', UP, None, None, per('in June', 2025, 6), None),
    ],
    'business_standard_style_epfo_payroll_net_additions.txt': [
        ('21.8 lakh', 1, 2.18e6, 'count', 'net members added', UP, None, None, BSEP, None),
        ('9.6%', 1, 9.6, 'percent', 'net members added', UP, YOY, None, BSEP, None),
        ('21.8 lakh', 2, 2.18e6, 'count', 'net members added', UP, None, None, BSEP, MOLE),
        ('9.6 per cent', 1, 9.6, 'percent', 'net members added', UP, YOY, None, BSEP, MOLE),
        ('10.1 lakh', 1, 1.01e6, 'count', 'new subscribers', None, None, APPROX, None, MOLE),
        ('4.3 per cent', 1, 4.3, 'percent', 'new subscribers', UP, MOM, None, None, MOLE),
        ('15.2 lakh', 1, 1.52e6, 'count', 'members who had exited and rejoined', None, None, APPROX, None, MOLE),
        ('58.4 per cent', 1, 58.4, 'percent', '18-25 age group share of the new members', None, None, None, None, MOLE),
        ('5.9 lakh', 1, 5.9e5, 'count', 'enrolments in the 18-25 age group', None, None, None, None, MOLE),
        ('2.9 lakh', 1, 2.9e5, 'count', 'women among the new subscribers', None, None, None, BISEP, MOLE),
        ('4.7 lakh', 1, 4.7e5, 'count', 'net female payroll additions', None, None, None, BISEP, MOLE),
        ('7.2 per cent', 1, 7.2, 'percent', 'net female payroll additions', UP, YOY, None, BISEP, MOLE),
        ('20.3 per cent', 1, 20.3, 'percent', 'Maharashtra share of net additions', None, None, None, None, MOLE),
        ('11.1 per cent', 1, 11.1, 'percent', 'Tamil Nadu share of net additions', None, None, None, None, MOLE),
        ('9.4 per cent', 1, 9.4, 'percent', 'Karnataka share of net additions', None, None, None, None, MOLE),
        ('40 per cent', 1, 40, 'percent', 'Maharashtra, Tamil Nadu and Karnataka share of net additions', None, None, 'more_than', None, MOLE),
        ('39.7 per cent', 1, 39.7, 'percent', 'expert services share of net additions', None, None, None, None, MOLE),
        ('7.8 per cent', 1, 7.8, 'percent', 'trading and commercial establishments share of net additions', None, None, None, None, MOLE),
        ('5.2 per cent', 1, 5.2, 'percent', 'building and construction share of net additions', None, None, None, None, MOLE),
        ('1.14 crore', 1, 1.14e7, 'count', 'net additions', None, None, None, H1, MOLE),
        ('1.06 crore', 1, 1.06e7, 'count', 'net additions', None, None, None, P('in the year-ago period', '2024-04-01', '2024-09-30'), MOLE),
        ('21.4 lakh', 1, 2.14e6, 'count', 'net additions', UP, None, None, per('August', 2025, 8), MOLE),
        ('20.9 lakh', 1, 2.09e6, 'count', 'net additions', None, None, None, per('August', 2025, 8), MOLE),
        ('₹2,05,932 crore', 1, 2.05932e12, 'INR', 'claims settled', UP, None, None, FY25, EPFO),
        ('₹1,82,838 crore', 1, 1.82838e12, 'INR', 'claims settled', None, None, None, P('a year ago', '2023-04-01', '2024-03-31'), EPFO),
        ('8.25 per cent', 1, 8.25, 'percent', 'interest rate on provident fund deposits', None, None, None, P('for FY25', '2024-04-01', '2025-03-31'), EPFO),
    ],
    'eu_energy_style_household_electricity_consumption.txt': [
        ('218 TWh', 1, 218, 'terawatt hour', 'electricity consumed by EU households', None, None, None, Q125, None),
        ('3.1%', 1, 3.1, 'percent', 'electricity consumed by EU households', UP, YOY, None, Q125, None),
        ('30.4%', 1, 30.4, 'percent', 'residential sector share of total EU electricity consumption', UP, None, None, INQ1, None),
        ('29.6%', 1, 29.6, 'percent', 'residential sector share of total EU electricity consumption', None, None, None, Q('a year earlier', 2024, 1), None),
        ('34.9 TWh', 1, 34.9, 'terawatt hour', 'household consumption in Germany', None, None, None, None, None),
        ('33.6 TWh', 1, 33.6, 'terawatt hour', 'household consumption in France', None, None, None, None, None),
        ('17.2 TWh', 1, 17.2, 'terawatt hour', 'household consumption in Italy', None, None, None, None, None),
        ('two fifths', 1, 0.4, 'fraction', 'Germany, France and Italy share of EU household consumption', None, None, APPROX, None, None),
        ('7.4%', 1, 7.4, 'percent', 'residential demand in France', UP, YOY, None, None, None),
        ('4.8%', 1, 4.8, 'percent', 'residential demand in Poland', UP, YOY, None, None, None),
        ('5.5%', 1, 5.5, 'percent', 'residential demand in Sweden', UP, YOY, None, None, None),
        ('4.1 TWh', 1, 4.1, 'terawatt hour', 'home charging of electric vehicles', None, None, None, Q('in Q1-2025', 2025, 1), None),
        ('1.9%', 1, 1.9, 'percent', 'home charging share of household consumption', None, None, APPROX, Q('in Q1-2025', 2025, 1), None),
        ('3.2 TWh', 1, 3.2, 'terawatt hour', 'home charging of electric vehicles', None, None, None, Q('in Q1-2024', 2024, 1), None),
        ('287 EUR/MWh', 1, 287, 'EUR', EUP, None, None, None, Q125, 'Eurostat'),
        ('1.4%', 1, 1.4, 'percent', EUP, DOWN, YOY, None, Q125, 'Eurostat'),
        ('29.9%', 1, 29.9, 'percent', EUP, UP, None, None, P('in the first quarter of 2021', '2021-01-01', '2025-03-31'), 'Eurostat'),
        ('221 EUR/MWh', 1, 221, 'EUR', EUP, None, None, None, Q('in the first quarter of 2021', 2021, 1), 'Eurostat'),
        ('104 EUR/MWh', 1, 104, 'EUR', 'household electricity price in Hungary', None, None, None, None, 'Eurostat'),
        ('386 EUR/MWh', 1, 386, 'EUR', 'household electricity price in Germany', None, None, None, None, 'Eurostat'),
        ('22%', 1, 22, 'percent', 'taxes and levies share of the average bill', None, None, None, None, 'Eurostat'),
        ('9%', 1, 9, 'percent', 'network charges', UP, YOY, None, None, 'Eurostat'),
        ('3.8 GW', 1, 3.8, 'gigawatt', 'residential rooftop solar capacity added', UP, None, None, INQ1, 'Eurostat'),
        ('92 GW', 1, 92, 'gigawatt', 'residential rooftop solar capacity', UP, None, APPROX, INQ1, 'Eurostat'),
    ],
    'nbs_style_migrant_workers_monitoring_survey.txt': [
        ('299.73 million', 1, 299.73e6, 'count', 'total number of migrant workers', None, None, None, Y24, NBS),
        ('2.2 million', 1, 2.2e6, 'count', 'total number of migrant workers', UP, YOY, None, Y24, NBS),
        ('0.7 percent', 1, 0.7, 'percent', 'total number of migrant workers', UP, YOY, None, Y24, NBS),
        ('120.12 million', 1, 120.12e6, 'count', 'local migrant workers', None, None, None, Y24, NBS),
        ('1.7 percent', 1, 1.7, 'percent', 'local migrant workers', UP, YOY, None, Y24, NBS),
        ('179.61 million', 1, 179.61e6, 'count', 'migrant workers who left their hometowns', None, None, None, Y24, NBS),
        ('130.74 million', 1, 130.74e6, 'count', 'migrant workers who left their hometowns living in urban areas', None, None, None, E24, NBS),
        ('0.4 percent', 1, 0.4, 'percent', 'migrant workers who left their hometowns living in urban areas', DOWN, YOY, None, E24, NBS),
        ('43.2 years', 1, 43.2, 'year', 'average age of migrant workers', None, None, None, Y24, NBS),
        ('0.1 years', 1, 0.1, 'year', 'average age of migrant workers', UP, YOY, None, Y24, NBS),
        ('31.2 percent', 1, 31.2, 'percent', 'share of workers aged 50 and above', None, None, None, Y24, NBS),
        ('0.6 percentage points', 1, 0.6, 'percentage_point', 'share of workers aged 50 and above', UP, YOY, None, Y24, NBS),
        ('46.9 percent', 1, 46.9, 'percent', 'share of workers aged 40 and below', None, None, None, Y24, NBS),
        ('27.1 percent', 1, 27.1, 'percent', 'share of migrant workers employed in manufacturing', None, None, None, None, NBS),
        ('15.4 percent', 1, 15.4, 'percent', 'share of migrant workers employed in construction', None, None, None, None, NBS),
        ('0.3', 1, 0.3, 'percentage_point', 'share of migrant workers employed in manufacturing', DOWN, None, None, None, NBS),
        ('0.8 percentage points', 1, 0.8, 'percentage_point', 'share of migrant workers employed in construction', DOWN, None, None, None, NBS),
        ('53.8 percent', 1, 53.8, 'percent', 'share of migrant workers working in the tertiary industry', UP, None, None, None, NBS),
        ('4,961 yuan', 1, 4961, 'CNY', 'average monthly income of migrant workers', None, None, None, IY24, NBS),
        ('180 yuan', 1, 180, 'CNY', 'average monthly income of migrant workers', UP, YOY, None, IY24, NBS),
        ('3.8 percent', 1, 3.8, 'percent', 'average monthly income of migrant workers', UP, YOY, None, IY24, NBS),
        ('5,634 yuan', 1, 5634, 'CNY', 'monthly income of migrant workers who left their hometowns', None, None, None, IY24, NBS),
        ('3.1 percent', 1, 3.1, 'percent', 'monthly income of migrant workers who left their hometowns', UP, YOY, None, IY24, NBS),
        ('4,412 yuan', 1, 4412, 'CNY', 'monthly income of local migrant workers', None, None, None, IY24, NBS),
        ('4.6 percent', 1, 4.6, 'percent', 'monthly income of local migrant workers', UP, YOY, None, IY24, NBS),
        ('5,396 yuan', 1, 5396, 'CNY', 'monthly income of migrant workers in the eastern region', None, None, None, None, NBS),
        ('4,697 yuan', 1, 4697, 'CNY', 'monthly income of migrant workers in the central region', None, None, None, None, NBS),
        ('4,535 yuan', 1, 4535, 'CNY', 'monthly income of migrant workers in the western region', None, None, None, None, NBS),
        ('4,329 yuan', 1, 4329, 'CNY', 'monthly income of migrant workers in the northeastern region', None, None, None, None, NBS),
        ('25.1 days', 1, 25.1, 'day', 'days worked per month by migrant workers', None, None, None, None, NBS),
        ('48.6 hours', 1, 48.6, 'hour', 'hours worked per week by migrant workers', None, None, None, None, NBS),
        ('43.5 percent', 1, 43.5, 'percent', 'share of migrant workers living in cities who regarded themselves as local residents', None, None, None, None, NBS),
        ('1.2 percentage points', 1, 1.2, 'percentage_point', 'share of migrant workers living in cities who regarded themselves as local residents', UP, YOY, None, None, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
