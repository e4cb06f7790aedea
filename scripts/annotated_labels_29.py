# ruff: noqa: E501, RUF001
"""Write corpus/annotated_29/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_29.py corpus/annotated_29
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
COM = "Chamber of Mines of South Africa"
CAPMAS = "Central Agency for Public Mobilization and Statistics"
CBE = "Central Bank of Egypt"
GOE = "Government of Egypt"
NAHB = "National Association of Home Builders"
DJ = "Dow Jones"
DOC = "U.S. Department of Commerce"
INEGI = "National Institute of Statistics and Geography"
BBG = "Bloomberg"
BANXICO = "Bank of Mexico"
PSA = "Philippine Statistics Authority"
GOP = "Government of the Philippines"
TE = "Trading Economics"
WPIC = "World Platinum Investment Council"
GAC = "General Administration of Customs"
PPAC = "Petroleum Planning and Analysis Cell"
GOI = "Government of India"
CRISIL = "Crisil Ratings"
EUROSTAT = "Eurostat"
MIIT = "Ministry of Industry and Information Technology"

# 2901 ONS consumer trends (ref Monday 2025-12-22)
Q3L = Q("in Quarter 3 (July to Sept) 2025", 2025, 3)
Q3S = Q("in Quarter 3 2025", 2025, 3)
JS25 = Q("in July to September 2025", 2025, 3)
TQ = Q("in the third quarter", 2025, 3)
INQ = Q("in the quarter", 2025, 3)
IQ3 = Q("In Quarter 3 2025", 2025, 3)
# 2902 Reuters 1987 (ref Wednesday 1987-04-22)
MAR = per("in March", 1987, 3)
FQ = Q("in the first quarter", 1987, 1)
INQ87 = Q("in the quarter", 1987, 1)
YE87 = Q("a year earlier", 1986, 1)
EOM = P("at the end of March", "1987-03-31", "1987-03-31")
# 2903 Reuters 2025 (ref Monday 2025-11-10)
OCT = per("in October", 2025, 10)
SEP = per("in September", 2025, 9)
OCT2 = P("at its Oct. 2 meeting", "2025-10-02", "2025-10-02")
# 2904 CNBC (ref Monday 2025-12-15)
DEC = per("in December", 2025, 12)
FDEC = per("for December", 2025, 12)
# 2905 MT Newswires (ref Thursday 2025-12-11)
SM24 = P("since March 2024", "2024-03-01", "2025-12-11")
# 2906 Trading Economics (ref Friday 2025-11-07)
TQ25 = Q("in the third quarter of 2025", 2025, 3)
TQP = Q("in the third quarter", 2025, 3)
IQ3P = Q("in Q3", 2025, 3)
IQ2P = Q("in Q2", 2025, 2)
# 2907 Investing.com (ref Wednesday 2025-11-12)
ET = P("By 09:40 ET", None, None)
SFTY = P("so far this year", "2025-01-01", "2025-11-12")
TYS = Y("this year's", 2025)
# 2908 Business Standard (ref Thursday 2025-11-06)
BOCT = per("in October", 2025, 10)
AO26 = P("During April-October of FY26", "2025-04-01", "2025-10-31")
FY26 = P("in FY26", "2025-04-01", "2026-03-31")
AS = P("during April-September", "2025-04-01", "2025-09-30")
# 2909 DG ENER (ref Wednesday 2026-07-08)
Q126 = Q("In the first quarter of 2026", 2026, 1)
WIN = P(
    "Over the winter season as a whole (October 2025 to March 2026)", "2025-10-01", "2026-03-31"
)
J14 = P("on 14 January", "2026-01-14", "2026-01-14")
IFQ = Q("In the first quarter", 2026, 1)
INQ26 = Q("in the quarter", 2026, 1)
FQ26 = Q("in the first quarter", 2026, 1)
E24 = Y("in 2024", 2024)
# 2910 MIIT software (ref Tuesday 2025-11-25)
JO = P("From January to October this year", "2025-01-01", "2025-10-31")
F10 = P("In the first ten months", "2025-01-01", "2025-10-31")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_household_consumption.txt': [
        ('0.3%', 1, 0.3, 'percent', 'real household spending', 'increase', 'quarter_on_quarter', None, Q3L, None),
        ('0.2%', 1, 0.2, 'percent', 'real household spending', None, 'quarter_on_quarter', None, Q3L, None),
        ('£449.6 billion', 1, 449.6e9, 'GBP', 'household final consumption expenditure', None, None, None, Q3S, None),
        ('1.1%', 1, 1.1, 'percent', 'household final consumption expenditure', 'increase', 'quarter_on_quarter', None, Q3S, None),
        ('4.2%', 1, 4.2, 'percent', 'household final consumption expenditure', 'increase', 'year_on_year', None, Q3S, None),
        ('£5,318', 1, 5318, 'GBP', 'real spending per head', None, None, None, Q3S, None),
        ('0.1%', 1, 0.1, 'percent', 'real spending per head', 'increase', 'quarter_on_quarter', None, Q3S, None),
        ('1.3%', 1, 1.3, 'percent', 'real spending per head', 'decrease', None, None, P('in Quarter 2 (Apr to June) 2022', '2022-04-01', '2025-09-30'), None),
        ('0.5%', 1, 0.5, 'percent', 'spending on goods', 'increase', 'quarter_on_quarter', None, JS25, ONS),
        ('1.8%', 1, 1.8, 'percent', 'spending on durable goods', 'increase', 'quarter_on_quarter', None, JS25, ONS),
        ('0.9%', 1, 0.9, 'percent', 'spending on semi-durable goods', 'increase', 'quarter_on_quarter', None, JS25, ONS),
        ('0.2%', 2, 0.2, 'percent', 'spending on non-durable goods', 'decrease', 'quarter_on_quarter', None, JS25, ONS),
        ('0.2%', 3, 0.2, 'percent', 'spending on services', 'increase', 'quarter_on_quarter', None, JS25, ONS),
        ('1.4%', 1, 1.4, 'percent', 'transport', 'decrease', 'quarter_on_quarter', None, TQ, ONS),
        ('2.6%', 1, 2.6, 'percent', 'recreation and culture', 'increase', 'quarter_on_quarter', None, TQ, ONS),
        ('£29.3 billion', 1, 29.3e9, 'GBP', 'spending in restaurants and hotels', None, None, None, TQ, ONS),
        ('3.7%', 1, 3.7, 'percent', "UK residents' spending abroad", 'increase', None, None, INQ, ONS),
        ('£21.9 billion', 1, 21.9e9, 'GBP', "UK residents' spending abroad", 'increase', None, None, INQ, ONS),
        ('2.4%', 1, 2.4, 'percent', 'spending in the UK by non-residents', 'decrease', None, None, INQ, ONS),
        ('£0.2 billion', 1, 0.2e9, 'GBP', 'spending in the UK by non-residents', 'decrease', None, None, INQ, ONS),
        ('1.0%', 1, 1.0, 'percent', 'real household spending', 'increase', 'year_on_year', None, IQ3, ONS),
        ('9', 1, 9, 'count', 'COICOP categories showing annual growth', None, None, None, IQ3, ONS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'household spending growth revision', 'decrease', None, None, Q('for Quarter 2 2025', 2025, 2), ONS),
        ('0.1%', 2, 0.1, 'percent', 'household spending growth', 'decrease', None, None, Q('for Quarter 2 2025', 2025, 2), ONS),
    ],
    'wire_1987_south_africa_gold_output.txt': [
        ('2.1 PCT', 1, 2.1, 'percent', 'South African gold output', 'decrease', None, None, per('IN MARCH', 1987, 3), None),
        ('2.1 pct', 1, 2.1, 'percent', 'South African gold production', 'decrease', 'month_on_month', None, MAR, COM),
        ('49,716 kilos', 1, 49716, 'kilogram', 'South African gold production', 'decrease', None, None, MAR, COM),
        ('50,785 kilos', 1, 50785, 'kilogram', 'South African gold production', None, None, None, per('in February', 1987, 2), COM),
        ('52,110 kilos', 1, 52110, 'kilogram', 'output', None, None, None, per('in March last year', 1986, 3), COM),
        ('31,450 kilos', 1, 31450, 'kilogram', 'output of mines in the Transvaal', None, None, None, MAR, COM),
        ('18,266', 1, 18266, 'kilogram', 'output of mines in the Orange Free State', None, None, None, MAR, COM),
        ('150,420 kilos', 1, 150420, 'kilogram', 'production', None, None, None, FQ, COM),
        ('3.5 pct', 1, 3.5, 'percent', 'production', 'decrease', 'year_on_year', None, FQ, COM),
        ('155,890 kilos', 1, 155890, 'kilogram', 'production', None, None, None, Q('in the same quarter of 1986', 1986, 1), COM),
        ('27.4 mln tonnes', 1, 27.4e6, 'tonne', 'ore milled by chamber members', 'increase', None, None, INQ87, COM),
        ('26.8 mln', 1, 26.8e6, 'tonne', 'ore milled by chamber members', None, None, None, YE87, COM),
        ('5.49 grams per tonne', 1, 5.49, 'gram per tonne', 'average recovered grade', 'decrease', None, None, INQ87, COM),
        ('5.82 grams', 1, 5.82, 'gram per tonne', 'average recovered grade', None, None, None, YE87, COM),
        ('6.1 pct', 1, 6.1, 'percent', 'gold revenue', 'increase', 'year_on_year', None, FQ, COM),
        ('4.02 billion rand', 1, 4.02e9, 'ZAR', 'gold revenue', 'increase', None, None, FQ, COM),
        ('405.60 dlrs', 1, 405.60, 'USD', 'average price received', 'increase', None, None, FQ, COM),
        ('346.20 dlrs', 1, 346.20, 'USD', 'average price received', None, None, None, YE87, COM),
        ('531,200', 1, 531200, 'count', 'workers employed by member mines', None, None, None, EOM, COM),
        ('4,300', 1, 4300, 'count', 'workers employed by member mines', 'decrease', 'quarter_on_quarter', None, EOM, COM),
        ('638,040 kilos', 1, 638040, 'kilogram', 'output', 'decrease', None, None, Y('in 1986', 1986), COM),
        ('671,730', 1, 671730, 'kilogram', 'output', None, None, None, Y('in 1985', 1985), COM),
        ('605,000 kilos', 1, 605000, 'kilogram', 'production', 'decrease', None, 'approximately', Y('this year', 1987), None),
        ('421.50 dlrs', 1, 421.50, 'USD', 'gold in Johannesburg', 'increase', None, None, P('on Tuesday', '1987-04-21', '1987-04-21'), COM),
        ('419.25 dlrs', 1, 419.25, 'USD', 'gold in Johannesburg', None, None, None, P('on Monday', '1987-04-20', '1987-04-20'), COM),
    ],
    'wire_2025_egypt_inflation.txt': [
        ('12.5%', 1, 12.5, 'percent', "Egypt's urban inflation", 'increase', None, None, OCT, None),
        ('12.5%', 2, 12.5, 'percent', "Egypt's annual urban consumer price inflation", 'increase', 'year_on_year', None, OCT, CAPMAS),
        ('11.7%', 1, 11.7, 'percent', "Egypt's annual urban consumer price inflation", None, 'year_on_year', None, SEP, CAPMAS),
        ('13', 1, 13, 'count', 'analysts in a Reuters poll', None, None, None, OCT, 'Reuters'),
        ('12.2%', 1, 12.2, 'percent', 'urban inflation', None, 'year_on_year', None, OCT, 'Reuters'),
        ('1.8%', 1, 1.8, 'percent', "prices in Egypt's cities", 'increase', 'month_on_month', None, OCT, CAPMAS),
        ('1.2%', 1, 1.2, 'percent', "prices in Egypt's cities", 'increase', 'month_on_month', None, SEP, CAPMAS),
        ('7.9%', 1, 7.9, 'percent', 'food and beverage prices', 'increase', 'year_on_year', None, OCT, CAPMAS),
        ('19.6%', 1, 19.6, 'percent', 'housing, water and electricity costs', 'increase', 'year_on_year', None, OCT, CAPMAS),
        ('24.3%', 1, 24.3, 'percent', 'transport costs', 'increase', 'year_on_year', None, OCT, CAPMAS),
        ('13.1%', 1, 13.1, 'percent', 'nationwide annual inflation', 'increase', 'year_on_year', None, OCT, CAPMAS),
        ('12.4%', 1, 12.4, 'percent', 'nationwide annual inflation', None, 'year_on_year', None, SEP, CAPMAS),
        ('10.5%', 1, 10.5, 'percent', 'petrol and diesel prices', 'increase', None, None, P('on Oct. 17', '2025-10-17', '2025-10-17'), GOE),
        ('13.0%', 1, 13.0, 'percent', 'petrol and diesel prices', 'increase', None, None, P('on Oct. 17', '2025-10-17', '2025-10-17'), GOE),
        ('12.1%', 1, 12.1, 'percent', 'annual core inflation', 'increase', 'year_on_year', None, OCT, CBE),
        ('11.4%', 1, 11.4, 'percent', 'annual core inflation', None, 'year_on_year', None, SEP, CBE),
        ('100 basis points', 1, 100, 'basis_point', 'overnight deposit and lending rates', 'decrease', None, None, OCT2, CBE),
        ('21.00%', 1, 21.00, 'percent', 'overnight deposit rate', 'decrease', None, None, OCT2, CBE),
        ('22.00%', 1, 22.00, 'percent', 'overnight lending rate', 'decrease', None, None, OCT2, CBE),
        ('625 basis points', 1, 625, 'basis_point', 'rate cuts', 'decrease', None, None, P('since April', '2025-04-01', '2025-11-10'), CBE),
        ('7%', 1, 7, 'percent', 'inflation target', None, None, None, Q('in the fourth quarter of 2026', 2026, 4), CBE),
        ('2 percentage points', 1, 2, 'percentage_point', 'inflation target tolerance band', None, None, None, Q('in the fourth quarter of 2026', 2026, 4), CBE),
        ('47.30', 1, 47.30, 'EGP', 'Egyptian pound per dollar', None, None, 'approximately', P('on Monday', '2025-11-10', '2025-11-10'), CBE),
        ('50.80', 1, 50.80, 'EGP', 'Egyptian pound per dollar', None, None, 'approximately', P('at the start of the year', '2025-01-01', '2025-01-01'), CBE),
    ],
    'cnbc_style_nahb_builder_sentiment.txt': [
        ('39', 1, 39, 'index_point', 'home builder sentiment', 'increase', None, None, DEC, None),
        ('1 point', 1, 1, 'index_point', 'builder confidence in the market for newly built single-family homes', 'increase', None, None, DEC, NAHB),
        ('39', 2, 39, 'index_point', 'builder confidence in the market for newly built single-family homes', 'increase', None, None, DEC, NAHB),
        ('38', 1, 38, 'index_point', 'NAHB/Wells Fargo Housing Market Index', None, None, None, DEC, DJ),
        ('2 points', 1, 2, 'index_point', 'current sales conditions', 'increase', None, None, None, NAHB),
        ('43', 1, 43, 'index_point', 'current sales conditions', 'increase', None, None, None, NAHB),
        ('1 point', 2, 1, 'index_point', 'sales expectations for the next six months', 'decrease', None, None, None, NAHB),
        ('50', 2, 50, 'index_point', 'sales expectations for the next six months', 'decrease', None, None, None, NAHB),
        ('26', 1, 26, 'index_point', 'prospective buyer traffic', None, None, None, None, NAHB),
        ('41%', 1, 41, 'percent', 'share of builders cutting prices', 'increase', None, 'approximately', DEC, NAHB),
        ('39%', 1, 39, 'percent', 'share of builders cutting prices', None, None, None, per('in November', 2025, 11), NAHB),
        ('6%', 1, 6, 'percent', 'average price reduction', None, None, None, DEC, NAHB),
        ('67%', 1, 67, 'percent', 'share of builders using sales incentives', None, None, None, DEC, NAHB),
        ('3 points', 1, 3, 'index_point', 'Northeast three-month moving average', 'increase', None, None, FDEC, NAHB),
        ('48', 1, 48, 'index_point', 'Northeast three-month moving average', 'increase', None, None, FDEC, NAHB),
        ('41', 2, 41, 'index_point', 'Midwest three-month moving average', None, None, None, FDEC, NAHB),
        ('1 point', 3, 1, 'index_point', 'South three-month moving average', 'decrease', None, None, FDEC, NAHB),
        ('35', 1, 35, 'index_point', 'South three-month moving average', 'decrease', None, None, FDEC, NAHB),
        ('2 points', 2, 2, 'index_point', 'West three-month moving average', 'decrease', None, None, FDEC, NAHB),
        ('31', 1, 31, 'index_point', 'West three-month moving average', 'decrease', None, None, FDEC, NAHB),
        ('2%', 1, 2, 'percent', 'single-family starts', 'decrease', None, 'approximately', Y('in 2025', 2025), NAHB),
        ('3%', 1, 3, 'percent', 'single-family starts', 'increase', None, 'approximately', Y('next year', 2026), NAHB),
        ('2.3%', 1, 2.3, 'percent', 'single-family starts', 'decrease', None, None, per('in September', 2025, 9), DOC),
        ('890,000 units', 1, 890000, 'count', 'single-family starts', 'decrease', None, None, per('in September', 2025, 9), DOC),
    ],
    'mt_newswires_mexico_industrial_production.txt': [
        ('0.6%', 1, 0.6, 'percent', "Mexico's industrial production", 'decrease', None, None, OCT, None),
        ('0.6%', 2, 0.6, 'percent', "Mexico's seasonally adjusted industrial production", 'decrease', 'month_on_month', None, OCT, INEGI),
        ('0.4%', 1, 0.4, 'percent', "Mexico's seasonally adjusted industrial production", 'increase', 'month_on_month', None, SEP, INEGI),
        ('0.1%', 1, 0.1, 'percent', 'industrial production', 'decrease', 'month_on_month', None, OCT, BBG),
        ('2.4%', 1, 2.4, 'percent', 'output', 'decrease', 'year_on_year', None, OCT, INEGI),
        ('1.9%', 1, 1.9, 'percent', 'output', 'decrease', 'year_on_year', None, SEP, INEGI),
        ('2.1%', 1, 2.1, 'percent', 'output', 'decrease', 'year_on_year', None, SEP, INEGI),
        ('3.8%', 1, 3.8, 'percent', 'mining output', 'decrease', 'month_on_month', None, OCT, INEGI),
        ('4.5%', 1, 4.5, 'percent', 'oil and gas extraction', 'decrease', 'month_on_month', None, OCT, INEGI),
        ('1.2%', 1, 1.2, 'percent', 'construction', 'decrease', 'month_on_month', None, OCT, INEGI),
        ('0.3%', 1, 0.3, 'percent', 'manufacturing', 'decrease', 'month_on_month', None, OCT, INEGI),
        ('0.7%', 1, 0.7, 'percent', 'utilities', 'increase', 'month_on_month', None, OCT, INEGI),
        ('3.1%', 1, 3.1, 'percent', 'total industrial output', 'decrease', 'year_on_year', None, OCT, INEGI),
        ('1.6%', 1, 1.6, 'percent', 'manufacturing', 'decrease', 'year_on_year', None, OCT, INEGI),
        ('1.3%', 1, 1.3, 'percent', 'industrial production', 'decrease', 'year_on_year', None, P('In the first ten months of 2025', '2025-01-01', '2025-10-31'), INEGI),
        ('101.8 points', 1, 101.8, 'index_point', 'seasonally adjusted industrial activity index', None, None, None, OCT, INEGI),
        ('102.4', 1, 102.4, 'index_point', 'seasonally adjusted industrial activity index', None, None, None, SEP, INEGI),
        ('400 basis points', 1, 400, 'basis_point', 'overnight rate', 'decrease', None, None, SM24, BANXICO),
        ('7.25%', 1, 7.25, 'percent', 'overnight rate', 'decrease', None, None, SM24, BANXICO),
        ('0.5%', 1, 0.5, 'percent', 'economy', 'increase', None, None, Y('in 2025', 2025), BANXICO),
        ('18.24', 1, 18.24, 'MXN', 'peso per dollar', None, None, None, None, INEGI),
    ],
    'trading_economics_style_philippines_gdp.txt': [
        ('4.0%', 1, 4.0, 'percent', 'Philippines GDP growth', 'decrease', None, None, IQ3P, None),
        ('4.0%', 2, 4.0, 'percent', 'Philippine economy', 'increase', 'year_on_year', None, TQ25, PSA),
        ('5.5%', 1, 5.5, 'percent', 'Philippine economy', None, 'year_on_year', None, Q('in the previous quarter', 2025, 2), PSA),
        ('5.2%', 1, 5.2, 'percent', 'Philippine economy', None, 'year_on_year', None, TQ25, None),
        ('70%', 1, 70, 'percent', 'household consumption share of GDP', None, None, 'approximately', TQP, PSA),
        ('4.1%', 1, 4.1, 'percent', 'household consumption', 'increase', 'year_on_year', None, TQP, PSA),
        ('5.3%', 1, 5.3, 'percent', 'household consumption', None, 'year_on_year', None, IQ2P, PSA),
        ('5.8%', 1, 5.8, 'percent', 'government spending', 'increase', 'year_on_year', None, TQP, PSA),
        ('8.7%', 1, 8.7, 'percent', 'government spending', None, 'year_on_year', None, IQ2P, PSA),
        ('2.8%', 1, 2.8, 'percent', 'gross capital formation', 'decrease', 'year_on_year', None, TQP, PSA),
        ('26.2%', 1, 26.2, 'percent', 'public construction', 'decrease', 'year_on_year', None, TQP, PSA),
        ('5.6%', 1, 5.6, 'percent', 'services', 'increase', 'year_on_year', None, IQ3P, PSA),
        ('0.7%', 1, 0.7, 'percent', 'industry', 'increase', 'year_on_year', None, IQ3P, PSA),
        ('2.9%', 1, 2.9, 'percent', 'agriculture, forestry and fishing', 'increase', 'year_on_year', None, IQ3P, PSA),
        ('0.1%', 1, 0.1, 'percent', 'GDP', 'increase', 'quarter_on_quarter', None, IQ3P, PSA),
        ('1.2%', 1, 1.2, 'percent', 'GDP', 'increase', 'quarter_on_quarter', None, IQ2P, PSA),
        ('5.0%', 1, 5.0, 'percent', 'economy', 'increase', 'year_on_year', None, P('For the first nine months of 2025', '2025-01-01', '2025-09-30'), PSA),
        ('5.5%', 2, 5.5, 'percent', 'full-year growth target', None, None, None, Y('full-year', 2025), GOP),
        ('6.5%', 1, 6.5, 'percent', 'full-year growth target', None, None, None, Y('full-year', 2025), GOP),
        ('5.36 percent', 1, 5.36, 'percent', "Philippines' annual GDP growth rate average", None, None, None, P('from 1982 until 2025', '1982-01-01', '2025-12-31'), PSA),
        ('17.00 percent', 1, 17.00, 'percent', "Philippines' annual GDP growth rate all time high", None, None, None, Q('in the second quarter of 2021', 2021, 2), PSA),
        ('-16.90 percent', 1, -16.90, 'percent', "Philippines' annual GDP growth rate record low", 'decrease', None, None, Q('in the second quarter of 2020', 2020, 2), PSA),
        ('4.50 percent', 1, 4.50, 'percent', 'GDP Annual Growth Rate in the Philippines', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('5.80 percent', 1, 5.80, 'percent', 'Philippines GDP Annual Growth Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('6.10 percent', 1, 6.10, 'percent', 'Philippines GDP Annual Growth Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_platinum_prices.txt': [
        ('2.3%', 1, 2.3, 'percent', 'spot platinum', 'increase', None, None, ET, None),
        ('$1,612.40', 1, 1612.40, 'USD', 'spot platinum', 'increase', None, None, ET, None),
        ('2.1%', 1, 2.1, 'percent', 'platinum futures for January delivery', 'increase', None, None, ET, None),
        ('$1,619.80', 1, 1619.80, 'USD', 'platinum futures for January delivery', 'increase', None, None, ET, None),
        ('1.4%', 1, 1.4, 'percent', 'palladium', 'increase', None, None, ET, None),
        ('$1,438.50', 1, 1438.50, 'USD', 'palladium', 'increase', None, None, ET, None),
        ('0.6%', 1, 0.6, 'percent', 'spot gold', 'increase', None, None, ET, None),
        ('$4,148.30', 1, 4148.30, 'USD', 'spot gold', 'increase', None, None, ET, None),
        ('0.3%', 1, 0.3, 'percent', 'spot silver', 'decrease', None, None, ET, None),
        ('$51.20', 1, 51.20, 'USD', 'spot silver', 'decrease', None, None, ET, None),
        ('78%', 1, 78, 'percent', 'platinum', 'increase', None, 'approximately', SFTY, None),
        ('55%', 1, 55, 'percent', 'gold', 'increase', None, 'more_than', SFTY, None),
        ('850,000 ounces', 1, 850000, 'ounce', 'market deficit', 'increase', None, None, TYS, WPIC),
        ('692,000 ounces', 1, 692000, 'ounce', 'market deficit', None, None, None, TYS, WPIC),
        ('212,000 ounces', 1, 212000, 'ounce', 'shortfall', 'decrease', None, None, Y('next year', 2026), WPIC),
        ('70%', 1, 70, 'percent', "South Africa's share of the world's mined platinum", None, None, 'approximately', Q('in the third quarter', 2025, 3), WPIC),
        ('4%', 1, 4, 'percent', 'South African output', 'decrease', 'year_on_year', None, Q('in the third quarter', 2025, 3), WPIC),
        ('15%', 1, 15, 'percent', "China's platinum imports", 'increase', 'month_on_month', None, per('in October', 2025, 10), GAC),
        ('9.8 tonnes', 1, 9.8, 'tonne', "China's platinum imports", 'increase', None, None, per('in October', 2025, 10), GAC),
        ('0.2%', 1, 0.2, 'percent', 'dollar index', 'decrease', None, None, None, None),
        ('99.38', 1, 99.38, 'index_point', 'dollar index', 'decrease', None, None, None, None),
    ],
    'business_standard_style_fuel_demand.txt': [
        ('4.3%', 1, 4.3, 'percent', 'fuel demand', 'increase', None, None, BOCT, None),
        ('7.8 mn tonnes', 1, 7.8e6, 'tonne', 'diesel sales', None, None, None, BOCT, None),
        ('4.3 per cent', 1, 4.3, 'percent', "India's consumption of petroleum products", 'increase', 'year_on_year', None, BOCT, PPAC),
        ('20.62 million tonnes', 1, 20.62e6, 'tonne', "India's consumption of petroleum products", 'increase', None, None, BOCT, PPAC),
        ('two-fifths', 1, 0.4, 'fraction', 'diesel share of fuel demand', None, None, 'approximately', BOCT, PPAC),
        ('5.1 per cent', 1, 5.1, 'percent', 'diesel consumption', 'increase', 'year_on_year', None, BOCT, PPAC),
        ('7.82 mt', 1, 7.82e6, 'tonne', 'diesel consumption', 'increase', None, None, BOCT, PPAC),
        ('7.4 per cent', 1, 7.4, 'percent', 'petrol sales', 'increase', 'year_on_year', None, BOCT, PPAC),
        ('3.67 mt', 1, 3.67e6, 'tonne', 'petrol sales', 'increase', None, None, BOCT, PPAC),
        ('5.9 per cent', 1, 5.9, 'percent', 'cooking gas (LPG) consumption', 'increase', 'year_on_year', None, BOCT, PPAC),
        ('2.84 mt', 1, 2.84e6, 'tonne', 'cooking gas (LPG) consumption', 'increase', None, None, BOCT, PPAC),
        ('2.2 per cent', 1, 2.2, 'percent', 'aviation turbine fuel (ATF) demand', 'increase', 'year_on_year', None, BOCT, PPAC),
        ('7.71 lakh tonnes', 1, 771000, 'tonne', 'aviation turbine fuel (ATF) demand', 'increase', None, None, BOCT, PPAC),
        ('8.6 per cent', 1, 8.6, 'percent', 'bitumen consumption', 'decrease', 'year_on_year', None, BOCT, PPAC),
        ('142.3 mt', 1, 142.3e6, 'tonne', 'cumulative consumption', None, None, None, AO26, PPAC),
        ('2.6 per cent', 1, 2.6, 'percent', 'cumulative consumption', 'increase', 'year_on_year', None, AO26, PPAC),
        ('138.7 mt', 1, 138.7e6, 'tonne', 'cumulative consumption', None, None, None, P('in the corresponding period of FY25', '2024-04-01', '2024-10-31'), PPAC),
        ('90 per cent', 1, 90, 'percent', "public sector oil marketing companies' share of fuel stations", None, None, 'approximately', None, PPAC),
        ('97,000', 1, 97000, 'count', 'fuel stations', None, None, 'approximately', None, PPAC),
        ('₹30,000 crore', 1, 3e11, 'INR', 'compensation for LPG losses', None, None, None, per('in August', 2025, 8), GOI),
        ('11.6 per cent', 1, 11.6, 'percent', "India's net crude oil import bill", 'decrease', None, None, AS, PPAC),
        ('$60.2 bn', 1, 60.2e9, 'USD', "India's net crude oil import bill", 'decrease', None, None, AS, PPAC),
        ('3', 1, 3, 'percent', 'petroleum product consumption', 'increase', None, None, FY26, CRISIL),
        ('3.5 per cent', 1, 3.5, 'percent', 'petroleum product consumption', 'increase', None, None, FY26, CRISIL),
    ],
    'eu_energy_style_winter_electricity_demand.txt': [
        ('718 TWh', 1, 718, 'terawatt hour', 'EU electricity consumption', None, None, None, Q126, None),
        ('2.4%', 1, 2.4, 'percent', 'EU electricity consumption', 'increase', 'year_on_year', None, Q126, None),
        ('11%', 1, 11, 'percent', 'heating degree days in January and February', 'increase', None, None, P('in January and February', '2026-01-01', '2026-02-28'), None),
        ('1,352 TWh', 1, 1352, 'terawatt hour', 'consumption', None, None, None, WIN, None),
        ('1.8%', 1, 1.8, 'percent', 'consumption', 'increase', 'year_on_year', None, WIN, None),
        ('512 GW', 1, 512, 'gigawatt', 'peak hourly load', None, None, None, J14, None),
        ('4%', 1, 4, 'percent', 'peak hourly load', 'increase', 'year_on_year', 'approximately', J14, None),
        ('6.8%', 1, 6.8, 'percent', 'consumption in Finland', 'increase', 'year_on_year', None, IFQ, None),
        ('5.9%', 1, 5.9, 'percent', 'consumption in Sweden', 'increase', 'year_on_year', None, IFQ, None),
        ('4.7%', 1, 4.7, 'percent', 'consumption in France', 'increase', 'year_on_year', None, IFQ, None),
        ('+0.9%', 1, 0.9, 'percent', 'consumption in Germany', 'increase', 'year_on_year', None, IFQ, None),
        ('-0.6%', 1, -0.6, 'percent', 'consumption in Italy', 'decrease', 'year_on_year', None, IFQ, None),
        ('1.1 million units', 1, 1.1e6, 'count', 'heat pumps sold in the EU', None, None, None, INQ26, None),
        ('7%', 1, 7, 'percent', 'heat pumps sold in the EU', 'decrease', 'year_on_year', None, INQ26, None),
        ('96 €/MWh', 1, 96, 'EUR', 'European Power Benchmark', None, None, None, FQ26, None),
        ('14%', 1, 14, 'percent', 'European Power Benchmark', 'increase', 'quarter_on_quarter', None, FQ26, None),
        ('118 €/MWh', 1, 118, 'EUR', 'European Power Benchmark monthly high', None, None, None, per('in January', 2026, 1), None),
        ('29%', 1, 29, 'percent', 'households share of EU final electricity consumption', None, None, None, E24, EUROSTAT),
        ('36%', 1, 36, 'percent', 'industry share of EU final electricity consumption', None, None, None, E24, EUROSTAT),
        ('30%', 1, 30, 'percent', 'services share of EU final electricity consumption', None, None, None, E24, EUROSTAT),
        ('23.4%', 1, 23.4, 'percent', "electricity's share of final energy consumption", 'increase', None, None, E24, EUROSTAT),
        ('22.8%', 1, 22.8, 'percent', "electricity's share of final energy consumption", None, None, None, Y('in 2023', 2023), EUROSTAT),
    ],
    'nbs_style_software_it_services.txt': [
        ('13.2%', 1, 13.2, 'percent', "China's software revenue", 'increase', None, None, P('in first ten months', '2025-01-01', '2025-10-31'), None),
        ('12,345.6 billion yuan', 1, 12345.6e9, 'CNY', 'software business revenue', None, None, None, JO, MIIT),
        ('13.2%', 2, 13.2, 'percent', 'software business revenue', 'increase', 'year_on_year', None, JO, MIIT),
        ('0.4 percentage points', 1, 0.4, 'percentage_point', 'growth rate of software business revenue', 'increase', 'period_on_period', None, JO, MIIT),
        ('1,486.3 billion yuan', 1, 1486.3e9, 'CNY', "industry's total profit", None, None, None, JO, MIIT),
        ('7.9%', 1, 7.9, 'percent', "industry's total profit", 'increase', 'year_on_year', None, JO, MIIT),
        ('US$46.2 billion', 1, 46.2e9, 'USD', 'software business exports', None, None, None, JO, MIIT),
        ('5.3%', 1, 5.3, 'percent', 'software business exports', 'increase', 'year_on_year', None, JO, MIIT),
        ('2,603.4 billion yuan', 1, 2603.4e9, 'CNY', 'software product revenue', None, None, None, F10, MIIT),
        ('10.8%', 1, 10.8, 'percent', 'software product revenue', 'increase', 'year_on_year', None, F10, MIIT),
        ('21.1%', 1, 21.1, 'percent', "software product revenue share of the industry's total revenue", None, None, None, F10, MIIT),
        ('8,512.7 billion yuan', 1, 8512.7e9, 'CNY', 'information technology services revenue', None, None, None, F10, MIIT),
        ('14.6%', 1, 14.6, 'percent', 'information technology services revenue', 'increase', 'year_on_year', None, F10, MIIT),
        ('12.9%', 1, 12.9, 'percent', 'cloud computing and big data services revenue', 'increase', 'year_on_year', None, F10, MIIT),
        ('16.2%', 1, 16.2, 'percent', 'integrated circuit design revenue', 'increase', 'year_on_year', None, F10, MIIT),
        ('183.5 billion yuan', 1, 183.5e9, 'CNY', 'information security products and services revenue', None, None, None, F10, MIIT),
        ('6.1%', 1, 6.1, 'percent', 'information security products and services revenue', 'increase', 'year_on_year', None, F10, MIIT),
        ('1,045.9 billion yuan', 1, 1045.9e9, 'CNY', 'embedded system software revenue', None, None, None, F10, MIIT),
        ('11.4%', 1, 11.4, 'percent', 'embedded system software revenue', 'increase', 'year_on_year', None, F10, MIIT),
        ('10,196.3 billion yuan', 1, 10196.3e9, 'CNY', 'software business revenue of the eastern region', None, None, None, None, MIIT),
        ('13.5%', 1, 13.5, 'percent', 'software business revenue of the eastern region', 'increase', 'year_on_year', None, None, MIIT),
        ('14.8%', 1, 14.8, 'percent', 'software business revenue of the central region', 'increase', 'year_on_year', None, None, MIIT),
        ('11.2%', 1, 11.2, 'percent', 'software business revenue of the western region', 'increase', 'year_on_year', None, None, MIIT),
        ('8.6%', 1, 8.6, 'percent', 'software business revenue of the northeastern region', 'increase', 'year_on_year', None, None, MIIT),
        ('67.4%', 1, 67.4, 'percent', 'top five provinces share of the national total', None, None, None, None, MIIT),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
