# ruff: noqa: E501, RUF001
"""Write corpus/annotated_40/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(1 for the first; occurrences inside a longer number are skipped); `gold_labels.write_gold`
computes and checks the offsets.

usage: python scripts/annotated_labels_40.py corpus/annotated_40
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
INSOLV = "Insolvency Service"
MSAE = "Ministry of Social Affairs and Employment"
INSEE = "National Institute of Statistics and Economic Studies"
GSO = "General Statistics Office"
GOV_VN = "Government of Vietnam"
MOF = "Ministry of Finance"
FHFA = "Federal Housing Finance Agency"
SPDJI = "S&P Dow Jones Indices"
FREDDIE = "Freddie Mac"
EUROSTAT = "Eurostat"
BBG = "Bloomberg"
ECB = "European Central Bank"
WBC = "Westpac Banking Corporation"
RBA = "Reserve Bank of Australia"
TE = "Trading Economics"
MPOB = "Malaysian Palm Oil Board"
ITS = "Intertek Testing Services"
AMSPEC = "AmSpec Agri Malaysia"
RBI = "Reserve Bank of India"
MOCI = "Ministry of Commerce and Industry"
ICRA = "ICRA"
ENTSOG = "ENTSOG"
SAFE = "State Administration of Foreign Exchange"
PBOC = "People's Bank of China"

# 4001 ONS regional labour market (ref Tuesday 2025-12-16)
OCT_NOV = P("between October and November 2025", "2025-11-01", "2025-11-30")
AUG_OCT = P("in August to October 2025", "2025-08-01", "2025-10-31")
N25 = per("in November 2025", 2025, 11)
O25 = per("in October 2025", 2025, 10)
# 4002 Reuters 1987 (ref Wednesday 1987-04-29)
M87 = per("in March", 1987, 3)
MAR87 = per("March", 1987, 3)
# 4003 Reuters 2025 (ref Monday 2026-01-05)
Y25 = Y("in 2025", 2025)
LY = Y("last year", 2025)
FULL = Y("full-year", 2025)
# 4004 CNBC (ref Tuesday 2025-11-25)
SEP = per("in September", 2025, 9)
AUG = per("August", 2025, 8)
TQ = Q("For the third quarter", 2025, 3)
Y12 = per("in the 12 months ending in September", 2025, 9)
# 4005 MT Newswires (ref Friday 2026-01-30)
Q4 = Q("in the fourth quarter of 2025", 2025, 4)
IQ4 = Q("In the fourth quarter", 2025, 4)
OD = Q("in the October-December period", 2025, 4)
# 4006 Trading Economics (ref Tuesday 2025-12-09)
D25 = per("in December 2025", 2025, 12)
# 4007 Investing.com (ref Wednesday 2025-12-10)
ET = P("By 04:05 ET", None, None)
EON = P("at the end of November", "2025-11-30", "2025-11-30")
INOV = per("in November", 2025, 11)
D110 = P("for December 1-10", "2025-12-01", "2025-12-10")
# 4008 Business Standard (ref Tuesday 2025-12-16)
BOCT = per("in October", 2025, 10)
AO26 = P("During April-October of FY26", "2025-04-01", "2025-10-31")
FY26 = P("in FY26", "2025-04-01", "2026-03-31")
# 4009 DG ENER (ref Wednesday 2026-04-08)
Q425 = Q("In the fourth quarter of 2025", 2025, 4)
INQ = Q("in the quarter", 2025, 4)
INQ2 = Q("In the quarter", 2025, 4)
OCTDEC = Q("over October-December", 2025, 4)
CUM = P("between August 2022 and December 2025", "2022-08-01", "2025-12-31")
SAME = P("Over the same period", "2022-08-01", "2025-12-31")
IN25 = Y("In 2025", 2025)
# 4010 SAFE / PBOC (ref Sunday 2025-12-07)
EN25 = P("as of the end of November 2025", "2025-11-30", "2025-11-30")
NNOV = per("in November", 2025, 11)
DTM = per("during the month", 2025, 11)
JN = P("From January to November", "2025-01-01", "2025-11-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_claimant_count_redundancies_regions.txt': [
        ('21,300', 1, 21300, 'count', 'UK Claimant Count', 'increase', 'month_on_month', None, OCT_NOV, None),
        ('1.72 million', 1, 1.72e6, 'count', 'UK Claimant Count', 'increase', None, None, OCT_NOV, None),
        ('10', 1, 10, 'count', 'UK countries and regions with a rise in the Claimant Count', None, None, None, OCT_NOV, None),
        ('5.6%', 1, 5.6, 'percent', 'claimant rate in the North East', None, None, None, None, None),
        ('2.9%', 1, 2.9, 'percent', 'claimant rate in the South East', None, None, None, None, None),
        ('4.7 per thousand', 1, 4.7, 'per mille', 'UK redundancy rate', None, None, None, AUG_OCT, None),
        ('0.6 per thousand', 1, 0.6, 'per mille', 'UK redundancy rate', 'increase', 'period_on_period', None, AUG_OCT, None),
        ('317,400', 1, 317400, 'count', 'claimants in London', None, None, None, N25, ONS),
        ('5.4%', 1, 5.4, 'percent', 'claimants in London as a share of residents aged 16 to 64 years', None, None, None, N25, ONS),
        ('400', 1, 400, 'count', 'Claimant Count in Northern Ireland', 'decrease', 'month_on_month', None, N25, ONS),
        ('58,900', 1, 58900, 'count', 'UK Claimant Count', 'increase', 'year_on_year', None, N25, ONS),
        ('3.5%', 1, 3.5, 'percent', 'UK Claimant Count', 'increase', 'year_on_year', None, N25, ONS),
        ('8,100', 1, 8100, 'count', 'Claimant Count in the West Midlands', 'increase', 'year_on_year', None, N25, ONS),
        ('7,600', 1, 7600, 'count', 'Claimant Count in the North West', 'increase', 'year_on_year', None, N25, ONS),
        ('600', 1, 600, 'count', 'Claimant Count in Scotland', 'increase', 'year_on_year', None, N25, ONS),
        ('139,000', 1, 139000, 'count', 'people who reported being made redundant', None, None, None, AUG_OCT, ONS),
        ('21,000', 1, 21000, 'count', 'people who reported being made redundant', 'increase', 'year_on_year', 'approximately', AUG_OCT, ONS),
        ('2.8 per thousand', 1, 2.8, 'per mille', 'redundancy rate in Wales', None, None, None, AUG_OCT, ONS),
        ('7.1 per thousand', 1, 7.1, 'per mille', 'redundancy rate in Yorkshire and The Humber', None, None, None, AUG_OCT, ONS),
        ('41,900', 1, 41900, 'count', 'advance notifications of potential redundancies made through HR1 forms', 'decrease', None, None, N25, INSOLV),
        ('47,300', 1, 47300, 'count', 'advance notifications of potential redundancies made through HR1 forms', None, None, None, O25, INSOLV),
    ],
    'wire_1987_french_unemployment_anpe.txt': [
        ('0.7 PCT', 1, 0.7, 'percent', 'French jobless total', 'increase', None, None, per('IN MARCH', 1987, 3), None),
        ('0.7 pct', 1, 0.7, 'percent', 'number of job seekers registered with the National Employment Agency', 'increase', 'month_on_month', None, M87, MSAE),
        ('2,672,400', 1, 2672400, 'count', 'number of job seekers registered with the National Employment Agency', 'increase', None, None, M87, MSAE),
        ('2,653,800', 1, 2653800, 'count', 'number of job seekers registered with the National Employment Agency', None, None, None, per('in February', 1987, 2), MSAE),
        ('4.3 pct', 1, 4.3, 'percent', 'number of job seekers registered with the National Employment Agency', 'increase', 'year_on_year', None, MAR87, MSAE),
        ('1.9 pct', 1, 1.9, 'percent', 'unadjusted number of registered job seekers', 'decrease', 'month_on_month', None, MAR87, MSAE),
        ('2,701,300', 1, 2701300, 'count', 'unadjusted number of registered job seekers', 'decrease', None, None, MAR87, MSAE),
        ('866,500', 1, 866500, 'count', 'job seekers under 25 years of age', None, None, None, M87, MSAE),
        ('0.4 pct', 1, 0.4, 'percent', 'job seekers under 25 years of age', 'decrease', 'month_on_month', None, M87, MSAE),
        ('1.2 pct', 1, 1.2, 'percent', 'job seekers out of work for more than a year', 'increase', 'month_on_month', None, M87, MSAE),
        ('797,000', 1, 797000, 'count', 'job seekers out of work for more than a year', 'increase', None, None, M87, MSAE),
        ('30 pct', 1, 30, 'percent', 'job seekers out of work for more than a year share of the total', None, None, 'approximately', M87, MSAE),
        ('3.6 pct', 1, 3.6, 'percent', 'job vacancies registered with the ANPE', 'decrease', None, None, M87, MSAE),
        ('41,300', 1, 41300, 'count', 'job vacancies registered with the ANPE', 'decrease', None, None, M87, MSAE),
        ('192,000', 1, 192000, 'count', 'people placed in jobs by the agency', None, None, None, per('during the month', 1987, 3), MSAE),
        ('178,000', 1, 178000, 'count', 'people placed in jobs by the agency', None, None, None, per('in March 1986', 1986, 3), MSAE),
        ('10.9 pct', 1, 10.9, 'percent', 'unemployment rate', 'increase', None, None, M87, INSEE),
        ('10.5 pct', 1, 10.5, 'percent', 'unemployment rate', None, None, None, per('a year ago', 1986, 3), INSEE),
        ('350,000', 1, 350000, 'count', 'training places under the youth employment plan', None, None, None, Y('this year', 1987), MSAE),
        ('2.8 mln', 1, 2.8e6, 'count', 'jobless total', None, None, None, P('by the end of 1987', '1987-12-31', '1987-12-31'), None),
    ],
    'wire_2025_vietnam_gdp_exports_full_year.txt': [
        ('8%', 1, 8, 'percent', "Vietnam's GDP growth", 'increase', None, None, Y('2025', 2025), None),
        ('8.46%', 1, 8.46, 'percent', "Vietnam's economy", 'increase', 'year_on_year', None, Q('in the October-December quarter', 2025, 4), GSO),
        ('8.31%', 1, 8.31, 'percent', "Vietnam's economy", None, 'year_on_year', None, Q('in the previous three months', 2025, 3), GSO),
        ('8.02%', 1, 8.02, 'percent', 'gross domestic product', 'increase', 'year_on_year', None, Y('For the whole of 2025', 2025), GSO),
        ('7.09%', 1, 7.09, 'percent', 'gross domestic product', None, 'year_on_year', None, Y('in 2024', 2024), GSO),
        ('8%', 2, 8, 'percent', 'growth target', None, None, 'at_least', Y('for the year', 2025), GOV_VN),
        ('11', 1, 11, 'count', 'economists in a Reuters poll', None, None, None, FULL, 'Reuters'),
        ('7.8%', 1, 7.8, 'percent', 'growth', 'increase', 'year_on_year', None, FULL, 'Reuters'),
        ('16.1%', 1, 16.1, 'percent', 'exports', 'increase', None, None, LY, GSO),
        ('$469.3 billion', 1, 469.3e9, 'USD', 'exports', 'increase', None, None, LY, GSO),
        ('17.4%', 1, 17.4, 'percent', 'imports', 'increase', None, None, LY, GSO),
        ('$448.6 billion', 1, 448.6e9, 'USD', 'imports', 'increase', None, None, LY, GSO),
        ('$20.7 billion', 1, 20.7e9, 'USD', 'trade surplus', None, None, 'approximately', LY, GSO),
        ('19.2%', 1, 19.2, 'percent', 'exports', 'increase', None, None, per('In December', 2025, 12), GSO),
        ('22.6%', 1, 22.6, 'percent', 'imports', 'increase', None, None, per('In December', 2025, 12), GSO),
        ('28%', 1, 28, 'percent', 'shipments to the United States', 'increase', None, None, Y25, GSO),
        ('$152.4 billion', 1, 152.4e9, 'USD', 'shipments to the United States', 'increase', None, None, Y25, GSO),
        ('a third', 1, 1 / 3, 'fraction', 'shipments to the United States share of total exports', None, None, 'approximately', Y25, GSO),
        ('41%', 1, 41, 'percent', 'exports of electronics, computers and components', 'increase', None, None, Y25, GSO),
        ('$104 billion', 1, 104e9, 'USD', 'exports of electronics, computers and components', 'increase', None, None, Y25, GSO),
        ('9.1%', 1, 9.1, 'percent', 'industrial production', 'increase', None, None, Y25, GSO),
        ('9.3%', 1, 9.3, 'percent', 'retail sales of goods and services', 'increase', None, None, Y25, GSO),
        ('3.31%', 1, 3.31, 'percent', 'average consumer price inflation', None, None, None, Y25, GSO),
        ('3.63%', 1, 3.63, 'percent', 'average consumer price inflation', None, None, None, Y('in 2024', 2024), GSO),
        ('$27.6 billion', 1, 27.6e9, 'USD', 'disbursed foreign direct investment', None, None, None, Y25, MOF),
        ('8.9%', 1, 8.9, 'percent', 'disbursed foreign direct investment', 'increase', None, None, Y25, MOF),
        ('10%', 1, 10, 'percent', 'growth target', None, None, 'at_least', Y('for 2026', 2026), GOV_VN),
        ('26,285', 1, 26285, 'VND', 'dong per dollar', None, None, None, P('on Monday', '2026-01-05', '2026-01-05'), MOF),
    ],
    'cnbc_style_fhfa_house_price_index.txt': [
        ('0.2%', 1, 0.2, 'percent', 'home prices', 'increase', None, None, SEP, FHFA),
        ('0.2%', 2, 0.2, 'percent', 'house price index', 'increase', 'month_on_month', None, SEP, FHFA),
        ('436.8', 1, 436.8, 'index_point', 'house price index', 'increase', None, None, SEP, FHFA),
        ('0.1%', 1, 0.1, 'percent', 'house price index', 'increase', 'month_on_month', None, SEP, 'Dow Jones'),
        ('0.3%', 1, 0.3, 'percent', 'house price index', 'increase', 'month_on_month', None, AUG, FHFA),
        ('0.4%', 1, 0.4, 'percent', 'house price index', None, 'month_on_month', None, AUG, FHFA),
        ('1.7%', 1, 1.7, 'percent', 'home prices', 'increase', 'year_on_year', None, SEP, FHFA),
        ('2.3%', 1, 2.3, 'percent', 'home prices', None, 'year_on_year', None, per('in August', 2025, 8), FHFA),
        ('0.4%', 2, 0.4, 'percent', 'home prices', 'increase', 'quarter_on_quarter', None, TQ, FHFA),
        ('1.9%', 1, 1.9, 'percent', 'home prices', 'increase', 'year_on_year', None, TQ, FHFA),
        ('-1.2%', 1, -1.2, 'percent', 'annual price change in the Pacific division', 'decrease', 'year_on_year', None, None, FHFA),
        ('+5.1%', 1, 5.1, 'percent', 'annual price change in the Middle Atlantic division', 'increase', 'year_on_year', None, None, FHFA),
        ('four', 1, 4, 'count', 'divisions where prices fell', None, None, None, per('over the month', 2025, 9), FHFA),
        ('1.3%', 1, 1.3, 'percent', 'S&P Cotality Case-Shiller national index', 'increase', 'year_on_year', None, Y12, SPDJI),
        ('1.4%', 1, 1.4, 'percent', '20-city composite', 'increase', 'year_on_year', None, Y12, SPDJI),
        ('5.2%', 1, 5.2, 'percent', 'home prices in New York', 'increase', 'year_on_year', None, Y12, SPDJI),
        ('3.9%', 1, 3.9, 'percent', 'home prices in Tampa', 'decrease', 'year_on_year', None, Y12, SPDJI),
        ('6.26%', 1, 6.26, 'percent', 'average rate on a 30-year fixed mortgage', 'decrease', None, None, P('last week', '2025-11-17', '2025-11-23'), FREDDIE),
        ('6.81%', 1, 6.81, 'percent', 'average rate on a 30-year fixed mortgage', None, None, None, P('a year earlier', '2024-11-17', '2024-11-23'), FREDDIE),
    ],
    'mt_newswires_euro_zone_flash_gdp.txt': [
        ('0.3%', 1, 0.3, 'percent', 'Eurozone GDP Growth', 'increase', None, None, Q('Q4', 2025, 4), None),
        ('0.3%', 2, 0.3, 'percent', 'euro area economy', 'increase', 'quarter_on_quarter', None, Q4, EUROSTAT),
        ('0.2%', 1, 0.2, 'percent', 'euro area economy', None, 'quarter_on_quarter', None, Q('in the third quarter', 2025, 3), EUROSTAT),
        ('0.2%', 2, 0.2, 'percent', 'euro area economy', 'increase', 'quarter_on_quarter', None, Q4, BBG),
        ('1.3%', 1, 1.3, 'percent', 'seasonally adjusted GDP in the euro area', 'increase', 'year_on_year', None, IQ4, EUROSTAT),
        ('1.4%', 1, 1.4, 'percent', 'seasonally adjusted GDP in the European Union', 'increase', 'year_on_year', None, IQ4, EUROSTAT),
        ('0.3%', 3, 0.3, 'percent', 'quarter-over-quarter growth in the European Union', 'increase', 'quarter_on_quarter', None, IQ4, EUROSTAT),
        ('1.4%', 2, 1.4, 'percent', 'euro area GDP', 'increase', None, None, Y('For 2025', 2025), EUROSTAT),
        ('0.9%', 1, 0.9, 'percent', 'euro area GDP', None, None, None, Y('in 2024', 2024), EUROSTAT),
        ('0.2%', 3, 0.2, 'percent', "Germany's GDP", 'increase', 'quarter_on_quarter', None, OD, EUROSTAT),
        ('0.7%', 1, 0.7, 'percent', "Spain's GDP", 'increase', 'quarter_on_quarter', None, OD, EUROSTAT),
        ('0.1%', 1, 0.1, 'percent', "France's GDP", 'increase', 'quarter_on_quarter', None, OD, EUROSTAT),
        ('1.8%', 1, 1.8, 'percent', "Ireland's GDP", 'decrease', 'quarter_on_quarter', None, OD, EUROSTAT),
        ('3.6%', 1, 3.6, 'percent', "Ireland's GDP", 'increase', 'quarter_on_quarter', None, Q('in the third quarter', 2025, 3), EUROSTAT),
        ('2.00%', 1, 2.00, 'percent', 'deposit rate', None, None, None, P('since June', '2025-06-01', '2026-01-30'), ECB),
        ('1.2%', 1, 1.2, 'percent', 'growth', 'increase', None, None, Y('in 2026', 2026), ECB),
        ('0.2%', 4, 0.2, 'percent', 'euro', 'increase', None, None, None, EUROSTAT),
        ('$1.1912', 1, 1.1912, 'USD', 'euro', 'increase', None, None, None, EUROSTAT),
    ],
    'trading_economics_style_australia_westpac_consumer_confidence.txt': [
        ('3.8%', 1, 3.8, 'percent', 'Australia Consumer Confidence', 'decrease', None, None, None, None),
        ('3.8%', 2, 3.8, 'percent', 'Westpac-Melbourne Institute Consumer Sentiment Index in Australia', 'decrease', 'month_on_month', None, D25, WBC),
        ('103.2', 1, 103.2, 'index_point', 'Westpac-Melbourne Institute Consumer Sentiment Index in Australia', 'decrease', None, None, D25, WBC),
        ('107.3', 1, 107.3, 'index_point', 'Westpac-Melbourne Institute Consumer Sentiment Index in Australia', None, None, None, per('November', 2025, 11), WBC),
        ('1,200', 1, 1200, 'count', 'adults surveyed', None, None, None, P('between December 1 and 5', '2025-12-01', '2025-12-05'), WBC),
        ('3.60%', 1, 3.60, 'percent', 'cash rate', None, None, None, P('at its December 8-9 meeting', '2025-12-08', '2025-12-09'), RBA),
        ('2.4%', 1, 2.4, 'percent', 'assessments of family finances compared with a year ago', 'decrease', None, None, None, WBC),
        ('88.9', 1, 88.9, 'index_point', 'assessments of family finances compared with a year ago', 'decrease', None, None, None, WBC),
        ('5.1%', 1, 5.1, 'percent', 'expectations for family finances over the next 12 months', 'decrease', None, None, None, WBC),
        ('104.6', 1, 104.6, 'index_point', 'expectations for family finances over the next 12 months', 'decrease', None, None, None, WBC),
        ('6.3%', 1, 6.3, 'percent', 'economic outlook for the next 12 months', 'decrease', None, None, None, WBC),
        ('1.9%', 1, 1.9, 'percent', 'five-year outlook', 'decrease', None, None, None, WBC),
        ('101.7', 1, 101.7, 'index_point', 'five-year outlook', 'decrease', None, None, None, WBC),
        ('1.2%', 1, 1.2, 'percent', '"time to buy a major household item" index', 'increase', None, None, None, WBC),
        ('113.8', 1, 113.8, 'index_point', '"time to buy a major household item" index', 'increase', None, None, None, WBC),
        ('7.4%', 1, 7.4, 'percent', 'Westpac-Melbourne Institute Unemployment Expectations Index', 'increase', None, None, None, WBC),
        ('131.6', 1, 131.6, 'index_point', 'Westpac-Melbourne Institute Unemployment Expectations Index', 'increase', None, None, None, WBC),
        ('-6.1%', 1, -6.1, 'percent', 'sentiment in Victoria', 'decrease', None, None, None, WBC),
        ('-4.8%', 1, -4.8, 'percent', 'sentiment in Queensland', 'decrease', None, None, None, WBC),
        ('1.5%', 1, 1.5, 'percent', 'sentiment in Western Australia', 'increase', None, None, None, WBC),
        ('101.02 points', 1, 101.02, 'index_point', 'Consumer Confidence in Australia average', None, None, None, P('from 1974 until 2025', '1974-01-01', '2025-12-31'), WBC),
        ('125.70 points', 1, 125.70, 'index_point', 'Consumer Confidence in Australia all time high', None, None, None, per('in January of 1994', 1994, 1), WBC),
        ('64.60 points', 1, 64.60, 'index_point', 'Consumer Confidence in Australia record low', None, None, None, per('in April of 1991', 1991, 4), WBC),
        ('104.00 points', 1, 104.00, 'index_point', 'Consumer Confidence in Australia', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('106.00 points', 1, 106.00, 'index_point', 'Australia Consumer Confidence', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('108.00 points', 1, 108.00, 'index_point', 'Australia Consumer Confidence', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_palm_oil_bursa_malaysia.txt': [
        ('1.1%', 1, 1.1, 'percent', 'palm oil', 'increase', None, None, None, None),
        ('45 ringgit', 1, 45, 'MYR', 'benchmark February palm oil contract on Bursa Malaysia Derivatives', 'increase', None, None, ET, None),
        ('1.1%', 2, 1.1, 'percent', 'benchmark February palm oil contract on Bursa Malaysia Derivatives', 'increase', None, None, ET, None),
        ('4,112 ringgit', 1, 4112, 'MYR', 'benchmark February palm oil contract on Bursa Malaysia Derivatives', 'increase', None, None, ET, None),
        ('$1,001.46', 1, 1001.46, 'USD', 'benchmark February palm oil contract on Bursa Malaysia Derivatives', 'increase', None, None, ET, None),
        ('2.3%', 1, 2.3, 'percent', 'benchmark February palm oil contract on Bursa Malaysia Derivatives', 'decrease', None, None, P('over the previous two sessions', '2025-12-08', '2025-12-09'), None),
        ('0.8%', 1, 0.8, 'percent', "Dalian's most-active soyoil contract", 'increase', None, None, None, None),
        ('1.3%', 1, 1.3, 'percent', "Dalian's palm olein contract", 'increase', None, None, None, None),
        ('0.5%', 1, 0.5, 'percent', 'soyoil prices on the Chicago Board of Trade', 'increase', None, None, None, None),
        ('3.9%', 1, 3.9, 'percent', "Malaysia's palm oil inventories", 'increase', 'month_on_month', None, EON, MPOB),
        ('2.61 million metric tons', 1, 2.61e6, 'tonne', "Malaysia's palm oil inventories", 'increase', None, None, EON, MPOB),
        ('2.68 million tons', 1, 2.68e6, 'tonne', "Malaysia's palm oil inventories", None, None, None, EON, 'Reuters'),
        ('4.6%', 1, 4.6, 'percent', 'crude palm oil production', 'decrease', None, None, INOV, MPOB),
        ('1.88 million tons', 1, 1.88e6, 'tonne', 'crude palm oil production', 'decrease', None, None, INOV, MPOB),
        ('8.2%', 1, 8.2, 'percent', 'exports', 'decrease', None, None, INOV, MPOB),
        ('1.39 million tons', 1, 1.39e6, 'tonne', 'exports', 'decrease', None, None, INOV, MPOB),
        ('412,630 tons', 1, 412630, 'tonne', 'exports of Malaysian palm oil products', None, None, None, D110, ITS),
        ('11.7%', 1, 11.7, 'percent', 'exports of Malaysian palm oil products', 'increase', 'month_on_month', None, D110, ITS),
        ('9.4%', 1, 9.4, 'percent', 'shipments', 'increase', 'month_on_month', None, D110, AMSPEC),
        ('0.2%', 1, 0.2, 'percent', 'ringgit', 'increase', None, None, None, AMSPEC),
    ],
    'business_standard_style_india_services_exports_rbi.txt': [
        ('12.4%', 1, 12.4, 'percent', 'services exports', 'increase', None, None, per('in Oct', 2025, 10), RBI),
        ('$38.5 bn', 1, 38.5e9, 'USD', 'services exports', 'increase', None, None, per('in Oct', 2025, 10), RBI),
        ('12.4 per cent', 1, 12.4, 'percent', "India's services exports", 'increase', 'year_on_year', None, BOCT, RBI),
        ('$38.51 billion', 1, 38.51e9, 'USD', "India's services exports", 'increase', None, None, BOCT, RBI),
        ('7.9 per cent', 1, 7.9, 'percent', 'imports of services', 'increase', 'year_on_year', None, BOCT, RBI),
        ('$18.62 billion', 1, 18.62e9, 'USD', 'imports of services', 'increase', None, None, BOCT, RBI),
        ('$19.89 billion', 1, 19.89e9, 'USD', 'net services receipts', 'increase', None, None, per('in the month', 2025, 10), RBI),
        ('$16.73 billion', 1, 16.73e9, 'USD', 'net services receipts', None, None, None, per('a year ago', 2024, 10), RBI),
        ('$251.7 billion', 1, 251.7e9, 'USD', 'services exports', None, None, None, AO26, RBI),
        ('10.6 per cent', 1, 10.6, 'percent', 'services exports', 'increase', 'year_on_year', None, AO26, RBI),
        ('8.3 per cent', 1, 8.3, 'percent', 'imports', 'increase', 'year_on_year', None, AO26, RBI),
        ('$124.9 billion', 1, 124.9e9, 'USD', 'imports', 'increase', None, None, AO26, RBI),
        ('half', 1, 0.5, 'fraction', "software services share of India's services exports", None, None, 'approximately', None, RBI),
        ('$24.53 billion', 1, 24.53e9, 'USD', 'merchandise trade deficit', 'decrease', None, None, per('in November', 2025, 11), MOCI),
        ('$41.68 billion', 1, 41.68e9, 'USD', 'merchandise trade deficit', None, None, None, per('in October', 2025, 10), MOCI),
        ('$35.86 billion', 1, 35.86e9, 'USD', 'services exports', None, None, None, per('for November', 2025, 11), MOCI),
        ('8.6 per cent', 1, 8.6, 'percent', 'services exports', 'increase', 'year_on_year', None, per('for November', 2025, 11), MOCI),
        ('$200 billion', 1, 200e9, 'USD', 'services surplus', None, None, 'approximately', FY26, ICRA),
        ('1 per cent', 1, 1, 'percent', 'current account deficit as a share of GDP', None, None, 'less_than', FY26, ICRA),
        ('0.8', 1, 0.8, 'percent', 'current account deficit as a share of GDP', None, None, None, P('for the year', '2025-04-01', '2026-03-31'), ICRA),
        ('1.0 per cent', 1, 1.0, 'percent', 'current account deficit as a share of GDP', None, None, None, P('for the year', '2025-04-01', '2026-03-31'), ICRA),
    ],
    'eu_energy_style_gas_demand_five_year_average_sectors.txt': [
        ('97.8 bcm', 1, 97.8e9, 'cubic metre', 'EU gas consumption', None, None, None, Q425, None),
        ('1.6%', 1, 1.6, 'percent', 'EU gas consumption', 'increase', 'year_on_year', None, Q425, None),
        ('14%', 1, 14, 'percent', 'EU gas consumption relative to the 2017-2021 average', 'decrease', None, None, Q425, None),
        ('26.3 bcm', 1, 26.3e9, 'cubic metre', 'gas demand in the power sector', None, None, None, INQ, None),
        ('4.2%', 1, 4.2, 'percent', 'gas demand in the power sector', 'increase', 'year_on_year', None, INQ, None),
        ('7%', 1, 7, 'percent', 'gas-fired generation', 'increase', 'year_on_year', None, INQ, None),
        ('121 TWh', 1, 121, 'terawatt hour', 'gas-fired generation', 'increase', None, None, INQ, None),
        ('9%', 1, 9, 'percent', 'gas demand in the power sector relative to the five-year average', 'decrease', None, None, INQ, None),
        ('22.1 bcm', 1, 22.1e9, 'cubic metre', 'industrial gas demand', None, None, None, INQ2, None),
        ('-0.4%', 1, -0.4, 'percent', 'industrial gas demand', 'decrease', 'year_on_year', None, INQ2, None),
        ('21%', 1, 21, 'percent', 'industrial gas demand relative to the 2017-2021 average', 'decrease', None, 'approximately', INQ2, None),
        ('46.9 bcm', 1, 46.9e9, 'cubic metre', 'households and services gas consumption', None, None, None, OCTDEC, None),
        ('1.9%', 1, 1.9, 'percent', 'households and services gas consumption', 'increase', 'year_on_year', None, OCTDEC, None),
        ('6%', 1, 6, 'percent', 'heating degree days', 'increase', 'year_on_year', None, OCTDEC, None),
        ('17%', 1, 17, 'percent', 'cumulative EU demand relative to the five-year average', 'decrease', None, 'approximately', CUM, ENTSOG),
        ('15%', 1, 15, 'percent', 'voluntary reduction target', None, None, None, None, None),
        ('5%', 1, 5, 'percent', 'demand reduction in Spain', 'decrease', None, 'less_than', SAME, ENTSOG),
        ('40%', 1, 40, 'percent', 'demand reduction in Finland', 'decrease', None, 'more_than', SAME, ENTSOG),
        ('331 bcm', 1, 331e9, 'cubic metre', 'gas consumption', None, None, None, IN25, EUROSTAT),
        ('2.3%', 1, 2.3, 'percent', 'gas consumption', 'increase', 'year_on_year', None, IN25, EUROSTAT),
        ('a third', 1, 1 / 3, 'fraction', 'power sector share of the increase', None, None, 'approximately', IN25, EUROSTAT),
    ],
    'nbs_style_china_foreign_exchange_reserves.txt': [
        ('US$3,346.4 Billion', 1, 3346.4e9, 'USD', "China's Foreign Exchange Reserves", None, None, None, P('at the End of November', '2025-11-30', '2025-11-30'), None),
        ('US$3,346.4 billion', 1, 3346.4e9, 'USD', "China's foreign exchange reserves", None, None, None, EN25, SAFE),
        ('US$3.1 billion', 1, 3.1e9, 'USD', "China's foreign exchange reserves", 'increase', 'month_on_month', None, EN25, SAFE),
        ('0.09 percent', 1, 0.09, 'percent', "China's foreign exchange reserves", 'increase', 'month_on_month', None, EN25, SAFE),
        ('0.3 percent', 1, 0.3, 'percent', 'US dollar index', 'decrease', None, None, NNOV, SAFE),
        ('0.4', 1, 0.4, 'percent', 'major global stock indices', 'increase', None, None, NNOV, SAFE),
        ('1.2 percent', 1, 1.2, 'percent', 'major global stock indices', 'increase', None, None, NNOV, SAFE),
        ('0.6 percent', 1, 0.6, 'percent', 'RMB against the US dollar', 'increase', None, None, DTM, SAFE),
        ('74.12 million ounces', 1, 74.12e6, 'ounce', "China's official gold reserves", None, None, None, EON, PBOC),
        ('30,000 ounces', 1, 30000, 'ounce', "China's official gold reserves", 'increase', 'month_on_month', None, EON, PBOC),
        ('US$311.8 billion', 1, 311.8e9, 'USD', 'value of gold reserves', None, None, None, EON, PBOC),
        ('US$297.2 billion', 1, 297.2e9, 'USD', 'value of gold reserves', None, None, None, P('at the end of October', '2025-10-31', '2025-10-31'), PBOC),
        ('8.4 percent', 1, 8.4, 'percent', 'gold share of official reserve assets', 'increase', None, None, EON, PBOC),
        ('8.1 percent', 1, 8.1, 'percent', 'gold share of official reserve assets', None, None, None, P('a month earlier', '2025-10-31', '2025-10-31'), PBOC),
        ('US$53.4 billion', 1, 53.4e9, 'USD', 'holdings of special drawing rights', None, None, None, EON, PBOC),
        ('US$10.2 billion', 1, 10.2e9, 'USD', 'reserve position in the IMF', None, None, None, EON, PBOC),
        ('US$144.1 billion', 1, 144.1e9, 'USD', 'foreign exchange reserves', 'increase', None, None, JN, SAFE),
        ('4.5 percent', 1, 4.5, 'percent', 'foreign exchange reserves', 'increase', None, None, JN, SAFE),
        ('US$3,202.3 billion', 1, 3202.3e9, 'USD', 'foreign exchange reserves', None, None, None, P('at the end of 2024', '2024-12-31', '2024-12-31'), SAFE),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
