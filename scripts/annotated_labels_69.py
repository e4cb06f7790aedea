# ruff: noqa: E501, RUF001
"""Write corpus/annotated_69/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_69.py corpus/annotated_69
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
FED = "Federal Reserve"
CZSO = "Czech Statistical Office"
CNB = "Czech National Bank"
RTRS = "Reuters"
AMD = "Advanced Micro Devices"
LSEG = "LSEG"
OBR = "Office for Budget Responsibility"
SA = "Statistics Austria"
TE = "Trading Economics"
SC = "Statistics Canada"
COPA = "Canadian Oilseed Processors Association"
IMD = "India Meteorological Department"
CWC = "Central Water Commission"
EUROSTAT = "Eurostat"
NBS = "National Bureau of Statistics"
MOFCOM = "Ministry of Commerce"

# 6901 ONS PAYE RTI (ref Tuesday 2026-01-20)
D25F = per("for December 2025", 2025, 12)
N25 = per("November 2025", 2025, 11)
ON25 = per("between October and November 2025", 2025, 11)
YD25 = per("In the year to December 2025", 2025, 12)
M12 = per("in the 12 months to December 2025", 2025, 12)
ID25 = per("in December 2025", 2025, 12)
IN25 = per("in November 2025", 2025, 11)
# 6902 Reuters 1987 (ref Thursday 1987-05-07)
MAR = per("in March", 1987, 3)
FEB = per("in February", 1987, 2)
# 6903 Reuters 2025 (ref Monday 2025-11-10)
OCT = per("in October", 2025, 10)
SEP = per("in September", 2025, 9)
# 6904 CNBC (ref Tuesday 2025-11-04)
TQ = Q("in the third quarter", 2025, 3)
FQ = Q("For the fourth quarter", 2025, 4)
# 6905 MT Newswires (ref Friday 2025-09-19)
AUG = per("in August", 2025, 8)
FYTD = P("April through August", "2025-04-01", "2025-08-31")
EA = P("at the end of August", "2025-08-31", "2025-08-31")
# 6906 Trading Economics (ref Wednesday 2025-12-17)
TN25 = per("in November 2025", 2025, 11)
TOCT = per("in October", 2025, 10)
TNOV = per("In November", 2025, 11)
TNOVL = per("in November", 2025, 11)
# 6907 Investing.com (ref Thursday 2025-12-04)
ET = P("By 11:40 ET", None, None)
Y25 = Y("2025", 2025)
Y24 = Y("in 2024", 2024)
# 6908 Business Standard (ref Wednesday 2025-10-01)
SEASON = P("during the June-September southwest monsoon season", "2025-06-01", "2025-09-30")
RES = P("on September 25", "2025-09-25", "2025-09-25")
# 6909 DG ENER (ref Tuesday 2026-02-10)
EY24 = Y("In 2024", 2024)
EY24L = Y("in 2024", 2024)
# 6910 NBS (ref Friday 2025-01-17)
NY24 = Y("in 2024", 2024)
LY = P("last year", "2024-01-01", "2024-12-31")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_payrolled_employees_rti.txt': [
        ('30.18 million', 1, 30.18e6, 'count', 'payrolled employees in the UK', None, None, None, D25F, None),
        ('0.4%', 1, 0.4, 'percent', 'payrolled employees in the UK', 'decrease', 'year_on_year', None, D25F, None),
        ('121,000', 1, 121000, 'count', 'payrolled employees in the UK', 'decrease', 'year_on_year', None, D25F, None),
        ('0.1%', 1, 0.1, 'percent', 'payrolled employees in the UK', 'decrease', 'month_on_month', None, D25F, None),
        ('38,000', 1, 38000, 'count', 'payrolled employees in the UK', 'decrease', 'month_on_month', None, D25F, None),
        ('30.22 million', 1, 30.22e6, 'count', 'payrolled employees', 'increase', None, None, N25, None),
        ('30.19 million', 1, 30.19e6, 'count', 'payrolled employees', None, None, None, N25, None),
        ('9,000', 1, 9000, 'count', 'payrolled employees', 'increase', 'month_on_month', None, ON25, None),
        ('21,000', 1, 21000, 'count', 'payrolled employees', 'decrease', 'month_on_month', None, ON25, None),
        ('£2,331', 1, 2331, 'GBP', 'median monthly pay', None, None, None, D25F, None),
        ('5.9%', 1, 5.9, 'percent', 'median monthly pay', 'increase', 'year_on_year', None, D25F, None),
        ('1.16 million', 1, 1.16e6, 'count', 'number of payrolled employees', 'increase', None, None, P('in February 2020', '2020-02-01', '2025-12-31'), ONS),
        ('10', 1, 10, 'count', 'UK countries and regions where payrolled employees decreased', None, None, None, YD25, ONS),
        ('1.1%', 1, 1.1, 'percent', 'payrolled employees in London', 'decrease', 'year_on_year', None, YD25, ONS),
        ('0.8%', 1, 0.8, 'percent', 'payrolled employees in the South East', 'decrease', 'year_on_year', None, YD25, ONS),
        ('0.6%', 1, 0.6, 'percent', 'payrolled employees in the East of England', 'decrease', 'year_on_year', None, YD25, ONS),
        ('0.3%', 1, 0.3, 'percent', 'payrolled employees in Northern Ireland', 'increase', 'year_on_year', None, YD25, ONS),
        ('84,000', 1, 84000, 'count', 'payrolled employees in hospitality', 'decrease', 'year_on_year', None, M12, ONS),
        ('52,000', 1, 52000, 'count', 'payrolled employees in retail', 'decrease', 'year_on_year', None, M12, ONS),
        ('41,000', 1, 41000, 'count', 'payrolled employees in health and social work', 'increase', 'year_on_year', None, P('over the same period', '2025-12-01', '2025-12-31'), ONS),
        ('one in six', 1, 0.1667, 'fraction', 'health and social work share of payrolled employees', None, None, 'approximately', ID25, ONS),
        ('4.2%', 1, 4.2, 'percent', 'median monthly pay in the North East', 'increase', 'year_on_year', None, IN25, ONS),
        ('6.8%', 1, 6.8, 'percent', 'median monthly pay in London', 'increase', 'year_on_year', None, IN25, ONS),
        ('£2,318', 1, 2318, 'GBP', 'median monthly pay', None, None, None, per("November's", 2025, 11), ONS),
        ('£2,306', 1, 2306, 'GBP', 'median monthly pay', None, None, None, per("November's", 2025, 11), ONS),
    ],
    'wire_1987_us_consumer_credit.txt': [
        ('2.95 BILLION DLRS', 1, 2.95e9, 'USD', 'U.S. consumer credit', 'increase', None, None, per('IN MARCH', 1987, 3), None),
        ('2.95 billion dlrs', 1, 2.95e9, 'USD', 'U.S. consumer instalment credit', 'increase', None, None, MAR, FED),
        ('1.22 billion dlr', 1, 1.22e9, 'USD', 'U.S. consumer instalment credit', 'increase', None, None, FEB, FED),
        ('1.57 billion dlrs', 1, 1.57e9, 'USD', 'consumer instalment credit', 'increase', None, None, per('February', 1987, 2), FED),
        ('2.0 billion dlrs', 1, 2.0e9, 'USD', 'consumer instalment credit', 'increase', None, 'approximately', MAR, None),
        ('6.1 pct', 1, 6.1, 'percent', 'instalment credit', 'increase', 'month_on_month', None, MAR, FED),
        ('2.5 pct', 1, 2.5, 'percent', 'instalment credit', None, 'month_on_month', None, FEB, FED),
        ('1.31 billion dlrs', 1, 1.31e9, 'USD', 'automobile credit', 'increase', None, None, MAR, FED),
        ('410 mln dlrs', 1, 410e6, 'USD', 'automobile credit', 'decrease', None, None, FEB, FED),
        ('1.09 billion', 1, 1.09e9, 'USD', 'revolving credit', 'increase', None, None, MAR, FED),
        ('34 mln dlrs', 1, 34e6, 'USD', 'mobile home credit', 'decrease', None, None, MAR, FED),
        ('584 mln', 1, 584e6, 'USD', 'other types of credit', 'increase', None, None, MAR, FED),
        ('1.62 billion', 1, 1.62e9, 'USD', 'holdings of consumer credit by commercial banks', 'increase', None, None, MAR, FED),
        ('1.14 billion dlrs', 1, 1.14e9, 'USD', 'holdings of consumer credit by finance companies', 'increase', None, None, MAR, FED),
        ('580.42 billion dlrs', 1, 580.42e9, 'USD', 'total consumer instalment credit outstanding', 'increase', None, None, P('at the end of March', '1987-03-31', '1987-03-31'), FED),
        ('577.47 billion', 1, 577.47e9, 'USD', 'total consumer instalment credit outstanding', None, None, None, P('at the end of February', '1987-02-28', '1987-02-28'), FED),
        ('528.70 billion', 1, 528.70e9, 'USD', 'total consumer instalment credit outstanding', None, None, None, P('a year earlier', '1986-03-31', '1986-03-31'), FED),
        ('9.64 pct', 1, 9.64, 'percent', 'average interest rate on new car loans at auto finance companies', 'decrease', None, None, MAR, FED),
        ('11.41 pct', 1, 11.41, 'percent', 'average interest rate on new car loans at auto finance companies', None, None, None, per('a year earlier', 1986, 3), FED),
        ('11,210 dlrs', 1, 11210, 'USD', 'average amount financed', None, None, None, MAR, FED),
    ],
    'wire_2025_czech_inflation.txt': [
        ('2.3%', 1, 2.3, 'percent', 'Czech inflation', 'decrease', None, None, OCT, None),
        ('2.3%', 2, 2.3, 'percent', 'Czech consumer price inflation', 'decrease', 'year_on_year', None, OCT, CZSO),
        ('2.6%', 1, 2.6, 'percent', 'Czech consumer price inflation', None, 'year_on_year', None, SEP, CZSO),
        ('2.4%', 1, 2.4, 'percent', 'Czech consumer price inflation', None, 'year_on_year', None, OCT, CZSO),
        ('2.5%', 1, 2.5, 'percent', 'Czech consumer price inflation', None, 'year_on_year', None, OCT, RTRS),
        ('11', 1, 11, 'count', 'analysts in a Reuters poll', None, None, None, OCT, RTRS),
        ('0.1%', 1, 0.1, 'percent', 'prices', 'decrease', 'month_on_month', None, OCT, CZSO),
        ('0.3%', 1, 0.3, 'percent', 'prices', 'increase', 'month_on_month', None, SEP, CZSO),
        ('4.1%', 1, 4.1, 'percent', 'food and non-alcoholic beverage prices', 'increase', 'year_on_year', None, None, CZSO),
        ('3.2%', 1, 3.2, 'percent', 'housing, water, energy and fuel costs', 'increase', 'year_on_year', None, None, CZSO),
        ('2.7%', 1, 2.7, 'percent', 'transport prices', 'decrease', 'year_on_year', None, None, CZSO),
        ('0.9%', 1, 0.9, 'percent', 'prices of goods', 'increase', 'year_on_year', None, OCT, CZSO),
        ('4.6%', 1, 4.6, 'percent', 'prices of services', 'increase', 'year_on_year', None, OCT, CZSO),
        ('2.5%', 2, 2.5, 'percent', 'core inflation', 'decrease', None, None, OCT, CNB),
        ('2.8%', 1, 2.8, 'percent', 'core inflation', None, None, None, SEP, CNB),
        ('2%', 1, 2, 'percent', 'inflation target', None, None, None, None, CNB),
        ('one percentage point', 1, 1, 'percentage_point', 'inflation target tolerance band', None, None, None, None, CNB),
        ('3.50%', 1, 3.50, 'percent', 'two-week repo rate', None, None, None, P('on Nov. 5', '2025-11-05', '2025-11-05'), CNB),
        ('2.4%', 2, 2.4, 'percent', 'inflation', None, None, None, Q('in the fourth quarter', 2025, 4), CNB),
        ('2.1%', 1, 2.1, 'percent', 'inflation', None, None, None, Y('in 2026', 2026), CNB),
        ('24.31', 1, 24.31, 'CZK', 'crown', None, None, None, None, CNB),
    ],
    'cnbc_style_chipmaker_earnings_guidance.txt': [
        ('$9.6 billion', 1, 9.6e9, 'USD', 'revenue', None, None, None, Q('fourth-quarter', 2025, 4), AMD),
        ('$1.20', 1, 1.20, 'USD', 'adjusted earnings per share', None, None, None, None, AMD),
        ('$1.17', 1, 1.17, 'USD', 'adjusted earnings per share', None, None, None, None, None),
        ('$9.25 billion', 1, 9.25e9, 'USD', 'revenue', None, None, None, None, AMD),
        ('$8.76 billion', 1, 8.76e9, 'USD', 'revenue', None, None, None, None, None),
        ('36%', 1, 36, 'percent', 'revenue', 'increase', 'year_on_year', None, Q('Third-quarter', 2025, 3), AMD),
        ('$1.24 billion', 1, 1.24e9, 'USD', 'net income', 'increase', None, None, Q('in the quarter', 2025, 3), AMD),
        ('75 cents', 1, 0.75, 'USD', 'earnings per share', 'increase', None, None, Q('in the quarter', 2025, 3), AMD),
        ('$771 million', 1, 771e6, 'USD', 'net income', None, None, None, Q('in the year-ago quarter', 2024, 3), AMD),
        ('47 cents', 1, 0.47, 'USD', 'earnings per share', None, None, None, Q('in the year-ago quarter', 2024, 3), AMD),
        ('22%', 1, 22, 'percent', 'data center revenue', 'increase', 'year_on_year', None, TQ, AMD),
        ('$4.34 billion', 1, 4.34e9, 'USD', 'data center revenue', 'increase', None, None, TQ, AMD),
        ('$4.05 billion', 1, 4.05e9, 'USD', 'client and gaming segment sales', None, None, None, TQ, AMD),
        ('73%', 1, 73, 'percent', 'client and gaming segment sales', 'increase', 'year_on_year', None, TQ, AMD),
        ('tripled', 1, 3, 'times', 'gaming revenue', 'increase', 'year_on_year', 'approximately', TQ, AMD),
        ('$1.30 billion', 1, 1.30e9, 'USD', 'gaming revenue', 'increase', None, None, TQ, AMD),
        ('8%', 1, 8, 'percent', 'embedded revenue', 'decrease', 'year_on_year', None, TQ, AMD),
        ('$857 million', 1, 857e6, 'USD', 'embedded revenue', 'decrease', None, None, TQ, AMD),
        ('$9.6 billion', 2, 9.6e9, 'USD', 'revenue', None, None, 'approximately', FQ, AMD),
        ('$300 million', 1, 300e6, 'USD', 'revenue guidance tolerance band', None, None, None, FQ, AMD),
        ('$9.17 billion', 1, 9.17e9, 'USD', 'revenue', None, None, None, FQ, LSEG),
        ('25%', 1, 25, 'percent', 'revenue growth', 'increase', 'year_on_year', 'approximately', FQ, AMD),
        ('54.5%', 1, 54.5, 'percent', 'adjusted gross margin', None, None, 'approximately', FQ, AMD),
        ('4%', 1, 4, 'percent', 'shares of AMD', 'decrease', None, 'approximately', P('on Tuesday', '2025-11-04', '2025-11-04'), AMD),
        ('doubled', 1, 2, 'times', 'shares of AMD', 'increase', None, 'more_than', P('so far this year', '2025-01-01', '2025-11-04'), AMD),
    ],
    'mt_newswires_uk_public_sector_borrowing.txt': [
        ('18.0 billion pounds', 1, 18.0e9, 'GBP', 'UK public sector net borrowing excluding public sector banks', None, None, None, AUG, ONS),
        ('3.5 billion pounds', 1, 3.5e9, 'GBP', 'UK public sector net borrowing excluding public sector banks', 'increase', 'year_on_year', None, AUG, ONS),
        ('12.8 billion pounds', 1, 12.8e9, 'GBP', 'borrowing', None, None, None, AUG, None),
        ('83.8 billion pounds', 1, 83.8e9, 'GBP', 'borrowing', None, None, None, FYTD, ONS),
        ('11.4 billion pounds', 1, 11.4e9, 'GBP', 'borrowing', 'increase', 'year_on_year', None, FYTD, ONS),
        ('7.2 billion pounds', 1, 7.2e9, 'GBP', 'borrowing', 'increase', None, None, FYTD, ONS),
        ('76.6 billion pounds', 1, 76.6e9, 'GBP', 'borrowing', None, None, None, FYTD, OBR),
        ('5.6%', 1, 5.6, 'percent', 'central government receipts', 'increase', 'year_on_year', None, AUG, ONS),
        ('75.2 billion pounds', 1, 75.2e9, 'GBP', 'central government receipts', 'increase', None, None, AUG, ONS),
        ('6.8%', 1, 6.8, 'percent', 'central government spending', 'increase', 'year_on_year', None, AUG, ONS),
        ('88.3 billion pounds', 1, 88.3e9, 'GBP', 'central government spending', 'increase', None, None, AUG, ONS),
        ('8.4 billion pounds', 1, 8.4e9, 'GBP', 'interest payable on central government debt', None, None, None, AUG, ONS),
        ('1.1 billion', 1, 1.1e9, 'GBP', 'interest payable on central government debt', 'decrease', 'year_on_year', None, AUG, ONS),
        ('96.4%', 1, 96.4, 'percent', 'public sector net debt excluding public sector banks as a share of GDP', None, None, None, EA, ONS),
        ('1.9 percentage points', 1, 1.9, 'percentage_point', 'public sector net debt excluding public sector banks as a share of GDP', 'increase', 'year_on_year', None, EA, ONS),
        ('1.9 billion pounds', 1, 1.9e9, 'GBP', 'borrowing revision', 'decrease', None, None, per('for July', 2025, 7), ONS),
        ('1.2 billion pounds', 1, 1.2e9, 'GBP', 'borrowing', 'decrease', None, None, per('for July', 2025, 7), ONS),
        ('0.3%', 1, 0.3, 'percent', 'pound', 'decrease', None, None, None, ONS),
        ('$1.3562', 1, 1.3562, 'USD', 'pound', 'decrease', None, None, None, ONS),
    ],
    'trading_economics_style_austria_inflation.txt': [
        ('3.9%', 1, 3.9, 'percent', 'Austria Inflation Rate', 'decrease', None, None, None, None),
        ('3.9%', 2, 3.9, 'percent', 'annual inflation rate in Austria', None, 'year_on_year', None, TN25, SA),
        ('4.0%', 1, 4.0, 'percent', 'annual inflation rate in Austria', None, 'year_on_year', None, TN25, SA),
        ('7.4%', 1, 7.4, 'percent', 'prices for housing, water and energy', 'increase', 'year_on_year', None, TN25, SA),
        ('7.1%', 1, 7.1, 'percent', 'prices for housing, water and energy', None, 'year_on_year', None, TOCT, SA),
        ('5.8%', 1, 5.8, 'percent', 'prices at restaurants and hotels', 'increase', 'year_on_year', None, TN25, SA),
        ('6.1%', 1, 6.1, 'percent', 'prices at restaurants and hotels', None, 'year_on_year', None, TOCT, SA),
        ('4.3%', 1, 4.3, 'percent', 'food and non-alcoholic beverage prices', 'increase', None, None, TNOV, SA),
        ('4.6%', 1, 4.6, 'percent', 'food and non-alcoholic beverage prices', None, None, None, TOCT, SA),
        ('1.2%', 1, 1.2, 'percent', 'transport costs', 'increase', None, None, TNOV, SA),
        ('0.9%', 1, 0.9, 'percent', 'transport costs', 'decrease', None, None, per('in the previous month', 2025, 10), SA),
        ('3.5%', 1, 3.5, 'percent', 'leisure and culture inflation', None, None, None, TNOV, SA),
        ('3.8%', 1, 3.8, 'percent', 'HICP', 'increase', 'year_on_year', None, TNOVL, SA),
        ('3.9%', 3, 3.9, 'percent', 'HICP', None, 'year_on_year', None, TNOVL, SA),
        ('0.2%', 1, 0.2, 'percent', 'CPI', 'increase', 'month_on_month', None, TNOVL, SA),
        ('0.1%', 1, 0.1, 'percent', 'HICP', 'increase', 'month_on_month', None, TNOVL, SA),
        ('3.02 percent', 1, 3.02, 'percent', 'Inflation Rate in Austria average', None, None, None, P('from 1959 until 2025', '1959-01-01', '2025-12-31'), SA),
        ('11.20 percent', 1, 11.20, 'percent', 'Inflation Rate in Austria all time high', None, None, None, per('in January of 2023', 2023, 1), SA),
        ('-0.60 percent', 1, -0.60, 'percent', 'Inflation Rate in Austria record low', 'decrease', None, None, per('in June of 1959', 1959, 6), SA),
        ('3.60 percent', 1, 3.60, 'percent', 'Inflation Rate in Austria', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('2.50 percent', 1, 2.50, 'percent', 'Austria Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('2.20 percent', 1, 2.20, 'percent', 'Austria Inflation Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_canola_ice_futures.txt': [
        ('21.8 million tonnes', 1, 21.8e6, 'tonne', 'crop estimate', 'increase', None, None, None, SC),
        ('C$7.30', 1, 7.30, 'CAD', 'January canola contract', 'decrease', None, None, ET, None),
        ('C$624.10', 1, 624.10, 'CAD', 'January canola contract', 'decrease', None, None, ET, None),
        ('1.0%', 1, 1.0, 'percent', 'March canola contract', 'decrease', None, None, ET, None),
        ('C$633.50', 1, 633.50, 'CAD', 'March canola contract', 'decrease', None, None, ET, None),
        ('6%', 1, 6, 'percent', 'January canola contract', 'decrease', None, 'approximately', P('since the start of November', '2025-11-01', '2025-12-04'), None),
        ('0.6%', 1, 0.6, 'percent', 'Chicago soybean oil futures', 'increase', None, None, None, None),
        ('51.32 U.S. cents', 1, 0.5132, 'USD', 'Chicago soybean oil futures', 'increase', None, None, None, None),
        ('0.4%', 1, 0.4, 'percent', 'Malaysian palm oil', 'decrease', None, None, None, None),
        ('4,078 ringgit', 1, 4078, 'MYR', 'Malaysian palm oil', 'decrease', None, None, None, None),
        ('21.8 million tonnes', 2, 21.8e6, 'tonne', 'canola production', None, None, None, Y25, SC),
        ('13.5%', 1, 13.5, 'percent', 'canola production', 'increase', 'year_on_year', None, Y25, SC),
        ('19.2 million', 1, 19.2e6, 'tonne', 'canola production', None, None, None, Y24, SC),
        ('20.9 million tonnes', 1, 20.9e6, 'tonne', 'canola production', None, None, None, Y25, RTRS),
        ('19.6', 1, 19.6e6, 'tonne', 'canola production', None, None, None, Y25, RTRS),
        ('22.0 million tonnes', 1, 22.0e6, 'tonne', 'canola production', None, None, None, Y25, RTRS),
        ('21.6 million acres', 1, 21.6e6, 'acre', 'canola harvested area', None, None, None, Y25, SC),
        ('44.9 bushels per acre', 1, 44.9, 'bushel per acre', 'canola yields', 'increase', None, None, Y25, SC),
        ('40.3 bushels', 1, 40.3, 'bushel per acre', 'canola yields', None, None, None, Y24, SC),
        ('36.6 million tonnes', 1, 36.6e6, 'tonne', 'wheat output', None, None, None, Y25, SC),
        ('7.1 million', 1, 7.1e6, 'tonne', 'soybean output', None, None, None, Y25, SC),
        ('1.14 million tonnes', 1, 1.14e6, 'tonne', 'canola processed by Canadian crushers', None, None, None, per('in October', 2025, 10), COPA),
        ('8%', 1, 8, 'percent', 'canola processed by Canadian crushers', 'increase', 'year_on_year', None, per('in October', 2025, 10), COPA),
    ],
    'business_standard_style_monsoon_rainfall.txt': [
        ('108%', 1, 108, 'percent', 'monsoon rainfall as a share of LPA', None, None, None, None, None),
        ('87%', 1, 87, 'percent', 'reservoir storage as a share of capacity', None, None, None, None, None),
        ('937.2 mm', 1, 937.2, 'millimetre', 'rainfall', None, None, None, SEASON, IMD),
        ('108 per cent', 1, 108, 'percent', 'rainfall as a share of the long period average', None, None, None, SEASON, IMD),
        ('868.6 mm', 1, 868.6, 'millimetre', 'long period average of rainfall', None, None, None, SEASON, IMD),
        ('747.9 mm', 1, 747.9, 'millimetre', 'rainfall in northwest India', None, None, None, None, IMD),
        ('27 per cent', 1, 27, 'percent', 'rainfall in northwest India', 'increase', None, None, None, IMD),
        ('15 per cent', 1, 15, 'percent', 'rainfall in central India', 'increase', None, None, None, IMD),
        ('10 per cent', 1, 10, 'percent', 'rainfall in south peninsular India', 'increase', None, None, None, IMD),
        ('1,089.9 mm', 1, 1089.9, 'millimetre', 'rainfall in east and northeast India', None, None, None, None, IMD),
        ('20 per cent', 1, 20, 'percent', 'rainfall in east and northeast India', 'decrease', None, None, None, IMD),
        ('29', 1, 29, 'count', 'meteorological subdivisions receiving normal or above-normal rain', None, None, None, P('between June and September', '2025-06-01', '2025-09-30'), IMD),
        ('191.5 mm', 1, 191.5, 'millimetre', 'rainfall', None, None, None, per('September', 2025, 9), IMD),
        ('15.3 per cent', 1, 15.3, 'percent', 'rainfall', 'increase', None, None, per('September', 2025, 9), IMD),
        ('112 per cent', 1, 112, 'percent', 'northeast monsoon rainfall over south peninsular India as a share of the LPA', None, None, 'more_than', P('For October-December', '2025-10-01', '2025-12-31'), IMD),
        ('157.4 billion cubic metres', 1, 157.4e9, 'cubic metre', 'storage in major reservoirs', None, None, None, RES, CWC),
        ('86.9 per cent', 1, 86.9, 'percent', 'reservoir storage as a share of live capacity', None, None, 'approximately', RES, CWC),
        ('81.3 per cent', 1, 81.3, 'percent', 'reservoir storage as a share of live capacity', None, None, None, P('a year ago', '2024-09-25', '2024-09-25'), CWC),
        ('75.2 per cent', 1, 75.2, 'percent', '10-year average of reservoir storage as a share of live capacity', None, None, None, RES, CWC),
        ('89 per cent', 1, 89, 'percent', 'storage in southern region reservoirs as a share of capacity', None, None, None, RES, CWC),
        ('71 per cent', 1, 71, 'percent', 'storage in eastern region reservoirs as a share of capacity', None, None, None, RES, CWC),
    ],
    'eu_energy_style_renewable_share_gross_final_energy.txt': [
        ('25.2%', 1, 25.2, 'percent', 'renewable energy share of gross final energy consumption in the EU', None, None, None, EY24, None),
        ('0.7 percentage points', 1, 0.7, 'percentage_point', 'renewable energy share of gross final energy consumption in the EU', 'increase', 'year_on_year', None, EY24, None),
        ('17.3 percentage points', 1, 17.3, 'percentage_point', 'shortfall from the 2030 target', None, None, None, EY24, None),
        ('42.5%', 1, 42.5, 'percent', 'binding 2030 target for the renewable energy share', None, None, None, Y('2030', 2030), None),
        ('66.4%', 1, 66.4, 'percent', 'renewable energy share in Sweden', None, None, None, EY24L, EUROSTAT),
        ('52.1%', 1, 52.1, 'percent', 'renewable energy share in Finland', None, None, None, EY24L, EUROSTAT),
        ('45.3%', 1, 45.3, 'percent', 'renewable energy share in Denmark', None, None, None, EY24L, EUROSTAT),
        ('11.9%', 1, 11.9, 'percent', 'renewable energy share in Luxembourg', None, None, None, EY24L, EUROSTAT),
        ('14.4%', 1, 14.4, 'percent', 'renewable energy share in Belgium', None, None, None, EY24L, EUROSTAT),
        ('16.3%', 1, 16.3, 'percent', 'renewable energy share in Ireland', None, None, None, EY24L, EUROSTAT),
        ('21', 1, 21, 'count', 'Member States where the renewable energy share rose', None, None, None, EY24L, EUROSTAT),
        ('+3.9 percentage points', 1, 3.9, 'percentage_point', 'renewable energy share in Lithuania', 'increase', None, None, EY24L, EUROSTAT),
        ('48.1%', 1, 48.1, 'percent', 'renewable share of gross electricity consumption', 'increase', None, None, EY24L, EUROSTAT),
        ('45.7%', 1, 45.7, 'percent', 'renewable share of gross electricity consumption', None, None, None, Y('a year earlier', 2023), EUROSTAT),
        ('26.8%', 1, 26.8, 'percent', 'renewable share in heating and cooling', None, None, None, EY24L, EUROSTAT),
        ('11.4%', 1, 11.4, 'percent', 'renewable share in transport', None, None, None, EY24L, EUROSTAT),
        ('two thirds', 1, 0.6667, 'fraction', 'heat pumps and biomass boilers share of renewable heat', None, None, 'approximately', EY24L, EUROSTAT),
        ('2.9 percentage points', 1, 2.9, 'percentage_point', 'required annual growth of the EU renewable energy share', 'increase', 'year_on_year', 'approximately', None, None),
        ('0.9 percentage points', 1, 0.9, 'percentage_point', 'annual growth of the EU renewable energy share', None, 'year_on_year', None, P('between 2019 and 2024', '2019-01-01', '2024-12-31'), EUROSTAT),
    ],
    'nbs_style_online_retail_categories.txt': [
        ('a quarter', 1, 0.25, 'fraction', 'physical goods share of total retail sales of consumer goods', None, None, 'more_than', NY24, None),
        ('48,789.5 billion yuan', 1, 48789.5e9, 'CNY', 'total retail sales of consumer goods', None, None, None, NY24, NBS),
        ('3.5 percent', 1, 3.5, 'percent', 'total retail sales of consumer goods', 'increase', 'year_on_year', None, NY24, NBS),
        ('15,522.5 billion yuan', 1, 15522.5e9, 'CNY', 'national online retail sales', None, None, None, NY24, NBS),
        ('7.2 percent', 1, 7.2, 'percent', 'national online retail sales', 'increase', 'year_on_year', None, NY24, NBS),
        ('13,081.6 billion yuan', 1, 13081.6e9, 'CNY', 'online retail sales of physical goods', None, None, None, NY24, NBS),
        ('6.5 percent', 1, 6.5, 'percent', 'online retail sales of physical goods', 'increase', 'year_on_year', None, NY24, NBS),
        ('26.8 percent', 1, 26.8, 'percent', 'online retail sales of physical goods share of total retail sales of consumer goods', None, None, None, NY24, NBS),
        ('0.8 percentage points', 1, 0.8, 'percentage_point', 'online retail sales of physical goods share of total retail sales of consumer goods', 'increase', 'year_on_year', None, NY24, NBS),
        ('16.0 percent', 1, 16.0, 'percent', 'online retail sales of food', 'increase', 'year_on_year', None, NY24, NBS),
        ('1.5 percent', 1, 1.5, 'percent', 'online retail sales of clothing', 'increase', 'year_on_year', None, NY24, NBS),
        ('6.1 percent', 1, 6.1, 'percent', 'online retail sales of goods of daily use', 'increase', 'year_on_year', None, NY24, NBS),
        ('3.1 percent', 1, 3.1, 'percent', 'online retail sales of physical goods', 'increase', 'year_on_year', None, per('In December', 2024, 12), NBS),
        ('2.4 percentage points', 1, 2.4, 'percentage_point', 'online retail sales of physical goods growth rate', 'decrease', 'month_on_month', None, per('In December', 2024, 12), NBS),
        ('2.56 trillion yuan', 1, 2.56e12, 'CNY', 'rural online retail sales', None, None, None, LY, MOFCOM),
        ('6.4 percent', 1, 6.4, 'percent', 'rural online retail sales', 'increase', None, None, LY, MOFCOM),
        ('658.9 billion yuan', 1, 658.9e9, 'CNY', 'online retail sales of agricultural products', None, None, None, LY, MOFCOM),
        ('15.8 percent', 1, 15.8, 'percent', 'online retail sales of agricultural products', 'increase', None, None, LY, MOFCOM),
        ('19.2 million', 1, 19.2e6, 'count', 'online stores registered in rural areas', None, None, None, P('by the end of the year', '2024-12-31', '2024-12-31'), MOFCOM),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
