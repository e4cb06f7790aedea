# ruff: noqa: E501
"""Write corpus/annotated_5/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_5.py corpus/annotated_5
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
CBC = "Central Bank of China"
MOFT = "Ministry of Finance"
EY = "Executive Yuan"
BOM = "Bank of Mexico"
BBVA = "BBVA Research"
BLS = "U.S. Bureau of Labor Statistics"
MBA = "Mortgage Bankers Association"
IFO = "Ifo Institute"
TE = "Trading Economics"
NB = "Norges Bank"
SSB = "Statistics Norway"
MOC = "Ministry of Coal"
CIL = "Coal India Ltd"
NBS = "National Bureau of Statistics"

# 501 ONS overseas travel (ref 2024-11-21)
AJ24 = Q("in April to June 2024", 2024, 2)
AJ19 = Q("in April to June 2019", 2019, 2)
Y23 = Y("in 2023", 2023)
# 502 Reuters 1987 (ref 1987-04-09)
ENDMAR = P("at the end of March", "1987-03-31", "1987-03-31")
MAR87 = per("in March", 1987, 3)
Q187 = Q("in the first quarter", 1987, 1)
TY87 = Y("this year", 1987)
# 503 Reuters 2025 (ref 2025-08-01)
JUN25 = per("in June", 2025, 6)
H125 = P("In the first half of the year", "2025-01-01", "2025-06-30")
LY = Y("Last year", 2024)
# 504 CNBC (ref 2025-08-07)
Q2P = Q("in the second quarter", 2025, 2)
AJP = Q("in the April-June period", 2025, 2)
Q2B = Q("In the second quarter", 2025, 2)
Q1P = Q("First-quarter", 2025, 1)
# 505 MT Newswires (ref 2025-08-13)
WK8 = P("in the week ended Aug. 8", "2025-08-02", "2025-08-08")
Q4P = Q("in the fourth quarter", 2025, 4)
# 506 Trading Economics (ref 2025-07-25)
JUL25 = per("in July 2025", 2025, 7)
# 507 Investing.com (ref 2025-06-19)
THU = P("on Thursday", "2025-06-19", "2025-06-19")
GMT = P("by 1245 GMT", None, None)
TY25 = Y("this year", 2025)
# 508 Business Standard (ref 2024-10-01)
SEP24 = per("in September", 2024, 9)
DMON = per("during the month", 2024, 9)
AS25 = P("In the April-September period of FY25", "2024-04-01", "2024-09-30")
# 509 DG ENER (ref 2025-01-15)
Q3A = Q("In the third quarter of 2024", 2024, 3)
Q3B = Q("In Q3 2024", 2024, 3)
Q3C = Q("in Q3 2024", 2024, 3)
# 510 NBS (ref 2025-10-20)
JS25 = P("From January to September", "2025-01-01", "2025-09-30")
Q325 = Q("In the third quarter alone", 2025, 3)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_overseas_travel.txt': [
        ('10.4 million', 1, 10.4e6, 'count', 'visits to the UK by overseas residents', None, None, None, AJ24, None),
        ('7%', 1, 7, 'percent', 'visits to the UK by overseas residents', 'increase', 'year_on_year', None, AJ24, None),
        ('11.1 million', 1, 11.1e6, 'count', 'visits to the UK by overseas residents', None, None, None, AJ19, None),
        ('£8.9 billion', 1, 8.9e9, 'GBP', 'spending by overseas residents on visits to the UK', None, None, None, AJ24, None),
        ('12%', 1, 12, 'percent', 'spending by overseas residents on visits to the UK', 'increase', 'year_on_year', None, AJ24, None),
        ('25.0 million', 1, 25.0e6, 'count', 'visits abroad by UK residents', None, None, None, AJ24, None),
        ('9%', 1, 9, 'percent', 'visits abroad by UK residents', 'increase', 'year_on_year', None, AJ24, None),
        ('£21.1 billion', 1, 21.1e9, 'GBP', 'spending by UK residents on visits abroad', None, None, None, AJ24, None),
        ('41%', 1, 41, 'percent', 'share of visits to the UK for holidays', None, None, None, AJ24, None),
        ('a third', 1, 0.3333, 'fraction', 'share of visits to the UK for visiting friends or relatives', None, None, 'approximately', AJ24, None),
        ('15%', 1, 15, 'percent', 'visits from North America', 'increase', None, None, AJ24, ONS),
        ('1.6 million', 1, 1.6e6, 'count', 'visits from North America', 'increase', None, None, AJ24, ONS),
        ('2%', 1, 2, 'percent', 'visits from the European Union', 'increase', None, None, AJ24, ONS),
        ('5.8 million', 1, 5.8e6, 'count', 'visits from the European Union', 'increase', None, None, AJ24, ONS),
        ('5.5 million', 1, 5.5e6, 'count', 'visits to London', None, None, None, AJ24, ONS),
        ('half', 1, 0.5, 'fraction', 'London share of UK visits', None, None, 'more_than', AJ24, ONS),
        ('£856', 1, 856, 'GBP', 'spending per visit', 'increase', None, None, AJ24, ONS),
        ('£818', 1, 818, 'GBP', 'spending per visit', None, None, None, Q('a year earlier', 2023, 2), ONS),
        ('38.0 million', 1, 38.0e6, 'count', 'visits to the UK by overseas residents', None, None, None, Y23, ONS),
        ('38.2 million', 1, 38.2e6, 'count', 'visits to the UK by overseas residents', None, None, None, Y23, ONS),
        ('£31.1 billion', 1, 31.1e9, 'GBP', 'spending by overseas residents on visits to the UK', None, None, None, Y23, ONS),
        ('190,000', 1, 190000, 'count', 'travellers interviewed by the International Passenger Survey', None, None, 'approximately', Y23, ONS),
    ],
    'wire_1987_taiwan_reserves.txt': [
        ('53.2 BILLION U.S. DLRS', 1, 53.2e9, 'USD', 'Taiwan foreign exchange reserves', 'increase', None, None, None, None),
        ('53.2 billion U.S. dlrs', 1, 53.2e9, 'USD', "Taiwan's foreign exchange reserves", 'increase', None, None, ENDMAR, CBC),
        ('51.4 billion', 1, 51.4e9, 'USD', "Taiwan's foreign exchange reserves", None, None, None, P('at the end of February', '1987-02-28', '1987-02-28'), CBC),
        ('70 pct', 1, 70, 'percent', 'share of the reserves held in U.S. dollar assets', None, None, 'approximately', ENDMAR, CBC),
        ('27.6 billion U.S. dlrs', 1, 27.6e9, 'USD', 'foreign exchange reserves', None, None, None, P('a year earlier', '1986-03-31', '1986-03-31'), CBC),
        ('1.5 billion U.S. dlrs', 1, 1.5e9, 'USD', 'U.S. dollars bought by the central bank on the Taipei interbank market', None, None, 'more_than', MAR87, CBC),
        ('34.15', 1, 34.15, 'TWD', 'Taiwan dollar against the U.S. dollar', None, None, None, P('today', '1987-04-09', '1987-04-09'), CBC),
        ('35.50', 1, 35.50, 'TWD', 'Taiwan dollar against the U.S. dollar', None, None, None, P('at the end of 1986', '1986-12-31', '1986-12-31'), CBC),
        ('15 pct', 1, 15, 'percent', 'Taiwan dollar against the U.S. currency', 'increase', None, 'approximately', P('since September 1985', '1985-09-01', '1987-04-09'), CBC),
        ('3.8 billion U.S. dlrs', 1, 3.8e9, 'USD', "Taiwan's trade surplus with the United States", 'increase', None, None, Q187, MOFT),
        ('2.9 billion', 1, 2.9e9, 'USD', "Taiwan's trade surplus with the United States", None, None, None, Q('a year earlier', 1986, 1), MOFT),
        ('1,700', 1, 1700, 'count', 'items with planned import tariff cuts', None, None, None, TY87, EY),
        ('10', 1, 10, 'percent', 'average import tariff cut', 'decrease', None, None, TY87, EY),
        ('15 pct', 2, 15, 'percent', 'average import tariff cut', 'decrease', None, None, TY87, EY),
        ('60 billion U.S. dlrs', 1, 60e9, 'USD', 'reserves forecast by bankers', 'increase', None, 'up_to', P('by the end of the year', '1987-12-31', '1987-12-31'), None),
    ],
    'wire_2025_mexico_remittances.txt': [
        ('16%', 1, 16, 'percent', 'remittances to Mexico', 'decrease', None, None, JUN25, None),
        ('16.2%', 1, 16.2, 'percent', 'remittances sent home by Mexicans living abroad', 'decrease', 'year_on_year', None, JUN25, BOM),
        ('$5.20 billion', 1, 5.20e9, 'USD', 'remittances sent home by Mexicans living abroad', 'decrease', None, None, JUN25, BOM),
        ('$5.61 billion', 1, 5.61e9, 'USD', 'remittance inflows forecast by economists polled by Reuters', None, None, None, per('for June', 2025, 6), 'Reuters'),
        ('$29.58 billion', 1, 29.58e9, 'USD', 'remittances', None, None, None, H125, BOM),
        ('5.6%', 1, 5.6, 'percent', 'remittances', 'decrease', 'year_on_year', None, H125, BOM),
        ('8.1%', 1, 8.1, 'percent', 'number of transactions', 'decrease', 'year_on_year', None, H125, BOM),
        ('7.6 million', 1, 7.6e6, 'count', 'number of transactions', 'decrease', None, None, H125, BOM),
        ('$388', 1, 388, 'USD', 'average remittance', 'increase', None, None, H125, BOM),
        ('$385', 1, 385, 'USD', 'average remittance', None, None, None, P('a year earlier', '2024-01-01', '2024-06-30'), BOM),
        ('0.4%', 1, 0.4, 'percent', 'peso', 'decrease', None, None, None, BOM),
        ('18.87', 1, 18.87, 'MXN', 'peso per dollar', 'decrease', None, None, None, BOM),
        ('$64.75 billion', 1, 64.75e9, 'USD', 'remittances received by Mexico', None, None, None, LY, BOM),
        ('2.3%', 1, 2.3, 'percent', 'remittances received by Mexico', 'increase', 'year_on_year', None, LY, BOM),
        ('97%', 1, 97, 'percent', 'share of remittance flows from the United States', None, None, 'approximately', LY, BOM),
        ('3.5%', 1, 3.5, 'percent', "remittances as a share of Mexico's gross domestic product", None, None, 'approximately', None, BBVA),
        ('1.6 million', 1, 1.6e6, 'count', 'households supported by remittances', None, None, 'approximately', None, BBVA),
        ('50 basis points', 1, 50, 'basis_point', 'benchmark interest rate', 'decrease', None, None, JUN25, BOM),
        ('8.00%', 1, 8.0, 'percent', 'benchmark interest rate', 'decrease', None, None, JUN25, BOM),
        ('7.50%', 1, 7.5, 'percent', 'benchmark interest rate expected by analysts in a Citi survey', None, None, None, P('at the end of 2025', '2025-12-31', '2025-12-31'), 'Citi'),
    ],
    'cnbc_style_productivity.txt': [
        ('2.4%', 1, 2.4, 'percent', 'worker productivity', 'increase', None, None, Q2P, None),
        ('2.4%', 2, 2.4, 'percent', 'nonfarm productivity', 'increase', 'quarter_on_quarter', None, Q2P, BLS),
        ('2.0%', 1, 2.0, 'percent', 'productivity gain expected by economists surveyed by Dow Jones', 'increase', 'quarter_on_quarter', None, Q2P, 'Dow Jones'),
        ('1.8%', 1, 1.8, 'percent', 'productivity', 'decrease', None, None, Q1P, BLS),
        ('1.5%', 1, 1.5, 'percent', 'productivity', 'decrease', None, None, Q1P, BLS),
        ('1.6%', 1, 1.6, 'percent', 'unit labor costs', 'increase', None, None, AJP, BLS),
        ('2.1%', 1, 2.1, 'percent', 'unit labor costs estimate', None, None, None, AJP, None),
        ('1.2%', 1, 1.2, 'percent', 'unit labor costs', 'increase', 'year_on_year', None, AJP, BLS),
        ('1.3%', 1, 1.3, 'percent', 'productivity', 'increase', 'year_on_year', None, AJP, BLS),
        ('4.0%', 1, 4.0, 'percent', 'hourly compensation', 'increase', None, None, Q2B, BLS),
        ('1.1%', 1, 1.1, 'percent', 'real hourly compensation', 'increase', None, None, Q2B, BLS),
        ('0.3%', 1, 0.3, 'percent', 'manufacturing productivity', 'decrease', None, None, None, BLS),
        ('0.4%', 1, 0.4, 'percent', 'manufacturing output', 'decrease', None, None, None, BLS),
        ('0.1%', 1, 0.1, 'percent', 'manufacturing hours worked', 'decrease', None, None, None, BLS),
        ('4.23%', 1, 4.23, 'percent', '10-year note yield', None, None, None, None, BLS),
        ('3.72%', 1, 3.72, 'percent', '2-year yield', None, None, None, None, BLS),
    ],
    'mt_newswires_mortgage_applications.txt': [
        ('10.9%', 1, 10.9, 'percent', 'US mortgage applications', 'increase', None, None, None, MBA),
        ('10.9%', 2, 10.9, 'percent', 'US mortgage applications', 'increase', 'period_on_period', None, WK8, MBA),
        ('46.5%', 1, 46.5, 'percent', 'refinance share of mortgage activity', 'increase', None, None, WK8, MBA),
        ('42.6%', 1, 42.6, 'percent', 'refinance share of mortgage activity', None, None, None, P('in the prior week', '2025-07-26', '2025-08-01'), MBA),
        ('23%', 1, 23, 'percent', 'refinance index', 'increase', 'period_on_period', None, None, MBA),
        ('68%', 1, 68, 'percent', 'refinance index', 'increase', 'year_on_year', None, None, MBA),
        ('1.4%', 1, 1.4, 'percent', 'seasonally adjusted purchase index', 'increase', 'period_on_period', None, None, MBA),
        ('17%', 1, 17, 'percent', 'unadjusted purchase index', 'increase', 'year_on_year', None, None, MBA),
        ('10 basis points', 1, 10, 'basis_point', 'average contract interest rate for 30-year fixed-rate mortgages with conforming loan balances', 'decrease', None, None, None, MBA),
        ('6.67%', 1, 6.67, 'percent', 'average contract interest rate for 30-year fixed-rate mortgages with conforming loan balances', 'decrease', None, None, None, MBA),
        ('6.77%', 1, 6.77, 'percent', 'rates for jumbo loans', 'decrease', None, None, None, MBA),
        ('6.82%', 1, 6.82, 'percent', 'rates for jumbo loans', None, None, None, None, MBA),
        ('16.4%', 1, 16.4, 'percent', 'FHA share of total applications', None, None, None, None, MBA),
        ('$437,600', 1, 437600, 'USD', 'average loan size for purchase applications', None, None, None, None, MBA),
        ('6.5%', 1, 6.5, 'percent', '30-year mortgage rates expected by MBA economists', None, None, None, Q4P, MBA),
        ('6.7%', 1, 6.7, 'percent', '30-year mortgage rates expected by MBA economists', None, None, None, Q4P, MBA),
        ('75%', 1, 75, 'percent', 'share of US retail residential mortgage applications covered by the survey', None, None, 'more_than', None, MBA),
    ],
    'trading_economics_style_business_confidence.txt': [
        ('88.6', 1, 88.6, 'index_point', 'Ifo Business Climate indicator for Germany', 'increase', None, None, JUL25, IFO),
        ('88.4', 1, 88.4, 'index_point', 'Ifo Business Climate indicator for Germany', None, None, None, per('in June', 2025, 6), IFO),
        ('89.0', 1, 89.0, 'index_point', 'market expectations of the Ifo Business Climate indicator', None, None, None, JUL25, None),
        ('86.5', 1, 86.5, 'index_point', 'current conditions index', 'increase', None, None, JUL25, IFO),
        ('86.2', 1, 86.2, 'index_point', 'current conditions index', None, None, None, JUL25, IFO),
        ('90.7', 1, 90.7, 'index_point', 'expectations gauge', None, None, None, JUL25, IFO),
        ('-11.8', 1, -11.8, 'index_point', 'manufacturing index', 'increase', None, None, JUL25, IFO),
        ('-13.1', 1, -13.1, 'index_point', 'manufacturing index', None, None, None, JUL25, IFO),
        ('-2.4', 1, -2.4, 'index_point', 'services index', 'increase', None, None, JUL25, IFO),
        ('-3.9', 1, -3.9, 'index_point', 'services index', None, None, None, JUL25, IFO),
        ('-22.6', 1, -22.6, 'index_point', 'trade index', 'decrease', None, None, JUL25, IFO),
        ('-20.9', 1, -20.9, 'index_point', 'trade index', None, None, None, JUL25, IFO),
        ('-17.6', 1, -17.6, 'index_point', 'construction index', 'decrease', None, None, JUL25, IFO),
        ('9,000', 1, 9000, 'count', 'companies that took part in the survey', None, None, 'approximately', JUL25, IFO),
        ('96.85 points', 1, 96.85, 'index_point', 'Business Confidence in Germany', None, None, None, P('from 1991 until 2025', '1991-01-01', '2025-12-31'), IFO),
        ('108.80 points', 1, 108.80, 'index_point', 'Business Confidence in Germany all time high', None, None, None, per('in November of 2017', 2017, 11), IFO),
        ('75.40 points', 1, 75.40, 'index_point', 'Business Confidence in Germany record low', None, None, None, per('in April of 2020', 2020, 4), IFO),
        ('89.20 points', 1, 89.20, 'index_point', 'Business Confidence in Germany estimated by Trading Economics', None, None, None, P('by the end of this quarter', '2025-09-30', '2025-09-30'), TE),
        ('91.00 points', 1, 91.00, 'index_point', 'Germany Business Confidence projected', None, None, 'approximately', Y('in 2026', 2026), TE),
    ],
    'investing_style_nok_norges_bank.txt': [
        ('25 bps', 1, 25, 'basis_point', 'Norges Bank cut', 'decrease', None, None, None, NB),
        ('25 basis points', 1, 25, 'basis_point', 'policy rate', 'decrease', None, None, THU, NB),
        ('4.25%', 1, 4.25, 'percent', 'policy rate', 'decrease', None, None, THU, NB),
        ('16', 1, 16, 'count', 'economists polled by Reuters', None, None, None, THU, 'Reuters'),
        ('4.50%', 1, 4.50, 'percent', 'policy rate expected by economists polled by Reuters', None, None, None, THU, 'Reuters'),
        ('1.1%', 1, 1.1, 'percent', 'USD/NOK', 'increase', None, None, GMT, None),
        ('10.12', 1, 10.12, 'NOK', 'USD/NOK', 'increase', None, None, GMT, None),
        ('0.9%', 1, 0.9, 'percent', 'EUR/NOK', 'increase', None, None, GMT, None),
        ('11.63', 1, 11.63, 'NOK', 'EUR/NOK', 'increase', None, None, GMT, None),
        ('9 basis points', 1, 9, 'basis_point', "Norway's 10-year government bond yield", 'decrease', None, None, None, None),
        ('3.87%', 1, 3.87, 'percent', "Norway's 10-year government bond yield", 'decrease', None, None, None, None),
        ('0.6%', 1, 0.6, 'percent', 'Oslo benchmark index', 'increase', None, None, None, None),
        ('1,612.45 points', 1, 1612.45, 'index_point', 'Oslo benchmark index', 'increase', None, None, None, None),
        ('one', 2, 1, 'count', 'further rate cuts implied by Norges Bank projections', None, None, None, P('by the end of 2025', '2025-12-31', '2025-12-31'), NB),
        ('two', 2, 2, 'count', 'further rate cuts implied by Norges Bank projections', None, None, None, P('by the end of 2025', '2025-12-31', '2025-12-31'), NB),
        ('3.0%', 1, 3.0, 'percent', 'policy rate projected by Norges Bank', None, None, 'approximately', P('by the end of 2028', '2028-12-31', '2028-12-31'), NB),
        ('2.8%', 1, 2.8, 'percent', 'annual underlying inflation (CPI-ATE)', 'decrease', 'year_on_year', None, per('in May', 2025, 5), SSB),
        ('3.0%', 2, 3.0, 'percent', 'annual underlying inflation (CPI-ATE)', None, 'year_on_year', None, per('in April', 2025, 4), SSB),
        ('2.9%', 1, 2.9, 'percent', 'underlying inflation forecast by Norges Bank', 'decrease', 'year_on_year', None, TY25, NB),
        ('3.3%', 1, 3.3, 'percent', 'underlying inflation forecast by Norges Bank', None, 'year_on_year', None, TY25, NB),
    ],
    'business_standard_style_coal_production.txt': [
        ('2.6%', 1, 2.6, 'percent', 'coal output', 'increase', None, None, SEP24, None),
        ('68.5 million tonnes', 1, 68.5e6, 'tonne', 'coal output', 'increase', None, None, SEP24, None),
        ('2.6 per cent', 1, 2.6, 'percent', "India's coal production", 'increase', 'year_on_year', None, SEP24, MOC),
        ('68.5 million tonnes', 2, 68.5e6, 'tonne', "India's coal production", 'increase', None, None, SEP24, MOC),
        ('49.5 MT', 1, 49.5e6, 'tonne', 'Coal India Ltd (CIL) production', None, None, None, DMON, MOC),
        ('1.6 per cent', 1, 1.6, 'percent', 'Coal India Ltd (CIL) production', 'decrease', 'year_on_year', None, DMON, MOC),
        ('20.7 per cent', 1, 20.7, 'percent', 'output from captive and commercial mines', 'increase', 'year_on_year', None, DMON, MOC),
        ('13.5 MT', 1, 13.5e6, 'tonne', 'output from captive and commercial mines', 'increase', None, None, DMON, MOC),
        ('2.0 per cent', 1, 2.0, 'percent', 'coal dispatch', 'increase', None, None, SEP24, MOC),
        ('71.6 MT', 1, 71.6e6, 'tonne', 'coal dispatch', 'increase', None, None, SEP24, MOC),
        ('453.0 MT', 1, 453.0e6, 'tonne', 'cumulative coal production', None, None, None, AS25, MOC),
        ('6.4 per cent', 1, 6.4, 'percent', 'cumulative coal production', 'increase', 'year_on_year', None, AS25, MOC),
        ('425.8 MT', 1, 425.8e6, 'tonne', 'coal production', None, None, None, P('in the same period of FY24', '2023-04-01', '2023-09-30'), MOC),
        ('74 per cent', 1, 74, 'percent', 'CIL share of total coal production', None, None, None, AS25, MOC),
        ('33.5 MT', 1, 33.5e6, 'tonne', 'coal stocks at thermal power plants', 'increase', None, None, P('at the end of September', '2024-09-30', '2024-09-30'), MOC),
        ('21.2 MT', 1, 21.2e6, 'tonne', 'coal stocks at thermal power plants', None, None, None, P('a year earlier', '2023-09-30', '2023-09-30'), MOC),
        ('1,080 MT', 1, 1080e6, 'tonne', 'coal production target', None, None, None, P('for FY25', '2024-04-01', '2025-03-31'), MOC),
        ('997.8 MT', 1, 997.8e6, 'tonne', 'actual coal output', None, None, None, P('in FY24', '2023-04-01', '2024-03-31'), MOC),
        ('11 per cent', 1, 11, 'percent', 'CIL capital expenditure', 'increase', None, None, P('in April-September', '2024-04-01', '2024-09-30'), CIL),
        ('Rs 8,300 crore', 1, 8300e7, 'INR', 'CIL capital expenditure', 'increase', None, None, P('in April-September', '2024-04-01', '2024-09-30'), CIL),
        ('107', 1, 107, 'count', 'coal blocks auctioned', None, None, None, P('since 2020', '2020-01-01', '2024-10-01'), MOC),
        ('Rs 33,000 crore', 1, 33000e7, 'INR', 'annual revenue for state governments expected from auctioned coal blocks', None, None, 'approximately', None, MOC),
    ],
    'eu_energy_style_gas_hydro_nuclear.txt': [
        ('36.4 EUR/MWh', 1, 36.4, 'EUR', 'TTF day-ahead gas price', None, None, None, Q3A, None),
        ('12%', 1, 12, 'percent', 'TTF day-ahead gas price', 'increase', 'quarter_on_quarter', None, Q3A, None),
        ('19%', 1, 19, 'percent', 'TTF day-ahead gas price', 'increase', 'year_on_year', None, Q3A, None),
        ('31', 1, 31, 'EUR', 'TTF day-ahead gas price range', None, None, None, Q('during the quarter', 2024, 3), None),
        ('41 EUR/MWh', 1, 41, 'EUR', 'TTF day-ahead gas price range', None, None, None, Q('during the quarter', 2024, 3), None),
        ('9%', 1, 9, 'percent', 'EU hydro generation', 'decrease', 'year_on_year', None, Q3B, None),
        ('92 TWh', 1, 92, 'terawatt hour', 'EU hydro generation', 'decrease', None, None, Q3B, None),
        ('4%', 1, 4, 'percent', 'nuclear output', 'increase', 'year_on_year', None, Q3B, None),
        ('158 TWh', 1, 158, 'terawatt hour', 'nuclear output', 'increase', None, None, Q3B, None),
        ('87 TWh', 1, 87, 'terawatt hour', 'France nuclear output', None, None, None, Q3B, None),
        ('55%', 1, 55, 'percent', "France share of the EU's nuclear generation", None, None, None, Q3B, None),
        ('71%', 1, 71, 'percent', 'renewables and nuclear share of EU power generation', None, None, None, Q3B, None),
        ('14%', 1, 14, 'percent', 'share of gas-fired plants in EU power generation', 'decrease', None, None, Q3B, None),
        ('17%', 1, 17, 'percent', 'share of gas-fired plants in EU power generation', None, None, None, Q('a year earlier', 2023, 3), None),
        ('83%', 1, 83, 'percent', 'Nordic hydro reservoir levels as a share of capacity', None, None, None, P('at the end of September', '2024-09-30', '2024-09-30'), None),
        ('61%', 1, 61, 'percent', 'Iberian hydro reservoir levels as a share of capacity', None, None, None, P('at the end of September', '2024-09-30', '2024-09-30'), None),
        ('22.4 bcm', 1, 22.4e9, 'cubic metre', 'Norway pipeline gas deliveries to the EU', None, None, None, Q3C, None),
        ('30%', 1, 30, 'percent', 'Norway share of total EU gas imports', None, None, 'approximately', Q3C, None),
        ('7%', 1, 7, 'percent', 'Russian pipeline flows through Ukraine', 'decrease', None, None, Q3C, None),
        ('3.6 bcm', 1, 3.6e9, 'cubic metre', 'Russian pipeline flows through Ukraine', 'decrease', None, None, Q3C, None),
        ('4%', 2, 4, 'percent', 'EU gas consumption', 'decrease', 'year_on_year', None, Q3C, 'Eurostat'),
        ('68 bcm', 1, 68e9, 'cubic metre', 'EU gas consumption', 'decrease', None, 'approximately', Q3C, 'Eurostat'),
    ],
    'nbs_style_household_income.txt': [
        ('32,509 yuan', 1, 32509, 'CNY', 'per capita disposable income of residents nationwide', None, None, None, JS25, NBS),
        ('5.1 percent', 1, 5.1, 'percent', 'per capita disposable income of residents nationwide, nominal', 'increase', 'year_on_year', None, JS25, NBS),
        ('5.2 percent', 1, 5.2, 'percent', 'per capita disposable income of residents nationwide, real', 'increase', 'year_on_year', None, JS25, NBS),
        ('42,720 yuan', 1, 42720, 'CNY', 'per capita disposable income of urban residents', None, None, None, JS25, NBS),
        ('4.4 percent', 1, 4.4, 'percent', 'per capita disposable income of urban residents', 'increase', 'year_on_year', None, JS25, NBS),
        ('17,480 yuan', 1, 17480, 'CNY', 'per capita disposable income of rural residents', None, None, None, JS25, NBS),
        ('6.0 percent', 1, 6.0, 'percent', 'per capita disposable income of rural residents', 'increase', 'year_on_year', None, JS25, NBS),
        ('27,185 yuan', 1, 27185, 'CNY', 'median per capita disposable income of residents nationwide', None, None, None, JS25, NBS),
        ('4.9 percent', 1, 4.9, 'percent', 'median per capita disposable income of residents nationwide', 'increase', 'year_on_year', None, JS25, NBS),
        ('83.6 percent', 1, 83.6, 'percent', 'median as a share of the average per capita disposable income', None, None, None, JS25, NBS),
        ('21,740 yuan', 1, 21740, 'CNY', 'per capita consumption expenditure of residents nationwide', None, None, None, JS25, NBS),
        ('4.6 percent', 1, 4.6, 'percent', 'per capita consumption expenditure of residents nationwide, nominal', 'increase', 'year_on_year', None, JS25, NBS),
        ('4.8 percent', 1, 4.8, 'percent', 'per capita consumption expenditure of residents nationwide, real', 'increase', 'year_on_year', None, JS25, NBS),
        ('6,350 yuan', 1, 6350, 'CNY', 'per capita expenditure on food, tobacco and liquor', None, None, None, JS25, NBS),
        ('29.2 percent', 1, 29.2, 'percent', 'share of food, tobacco and liquor in total consumption expenditure', None, None, None, JS25, NBS),
        ('0.3 percentage points', 1, 0.3, 'percentage_point', 'share of food, tobacco and liquor in total consumption expenditure', 'decrease', 'year_on_year', None, JS25, NBS),
        ('5.7 percent', 1, 5.7, 'percent', 'per capita expenditure on services', 'increase', 'year_on_year', None, JS25, NBS),
        ('46.1 percent', 1, 46.1, 'percent', 'share of services in total expenditure', None, None, None, JS25, NBS),
        ('0.5 percentage points', 1, 0.5, 'percentage_point', 'share of services in total expenditure', 'increase', 'year_on_year', None, JS25, NBS),
        ('4.2 percent', 1, 4.2, 'percent', 'per capita consumption expenditure', 'increase', 'year_on_year', None, Q325, NBS),
        ('0.6 percentage points', 1, 0.6, 'percentage_point', 'growth rate of per capita consumption expenditure', 'decrease', 'quarter_on_quarter', None, Q325, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
