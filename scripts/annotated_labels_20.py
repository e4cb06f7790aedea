# ruff: noqa: E501, RUF001
"""Write corpus/annotated_20/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_20.py corpus/annotated_20
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
ABS = "Australian Bureau of Statistics"
AWC = "Australian Wool Corporation"
SSA = "Statistics South Africa"
SARB = "South African Reserve Bank"
NAR = "National Association of Realtors"
FREDDIE = "Freddie Mac"
MBA = "Mortgage Bankers Association"
DOC = "U.S. Department of Commerce"
ANZ = "Australia and New Zealand Banking Group"
TE = "Trading Economics"
BOK = "Bank of Korea"
KOSTAT = "Statistics Korea"
DOF = "Department of Fertilizers"
CGA = "Controller General of Accounts"
FAI = "Fertiliser Association of India"
MOA = "Ministry of Agriculture and Farmers Welfare"
ESA = "Euratom Supply Agency"
NBS = "National Bureau of Statistics"

# 2001 ONS earnings (ref 2025-10-29)
A25 = per("in April 2025", 2025, 4)
A24 = per("in April 2024", 2024, 4)
YTA = per("in the year to April 2025", 2025, 4)
# 2002 Reuters 1987 (ref 1987-04-14)
FEB87 = per("in February", 1987, 2)
JAN87 = per("in January", 1987, 1)
EOF87 = P("at the end of February", "1987-02-28", "1987-02-28")
SEASON = P("for the 1986/87 season", "1986-07-01", "1987-06-30")
# 2003 Reuters 2025 (ref Thursday 2025-11-20)
OCT = per("in October", 2025, 10)
SEP = per("in September", 2025, 9)
THU = P("on Thursday", "2025-11-20", "2025-11-20")
# 2004 CNBC (ref Wednesday 2025-10-29)
WK = P("in the week ended Oct. 23", "2025-10-17", "2025-10-23")
LW = P("last week", "2025-10-20", "2025-10-26")
# 2005 MT Newswires (ref Monday 2025-11-03)
AUG = per("in August", 2025, 8)
FAUG = per("for August", 2025, 8)
# 2006 Trading Economics (ref 2025-10-30)
O25 = per("in October 2025", 2025, 10)
IOCT = per("In October", 2025, 10)
# 2007 Investing.com (ref Thursday 2025-11-27)
ET = P("By 03:15 ET", None, None)
THU27 = P("on Thursday", "2025-11-27", "2025-11-27")
Y2025 = Y("2025", 2025)
# 2008 Business Standard (ref 2025-11-12)
AO = P("in the April-October period of FY26", "2025-04-01", "2025-10-31")
DTP = P("during the period", "2025-04-01", "2025-10-31")
DAO = P("during April-October", "2025-04-01", "2025-10-31")
NOV7 = P("by November 7", "2025-11-07", "2025-11-07")
# 2009 DG ENER (ref 2025-07-15)
EOM25 = P("At the end of March 2025", "2025-03-31", "2025-03-31")
EOM = P("At the end of March", "2025-03-31", "2025-03-31")
OTQ = Q("over the quarter", 2025, 1)
Y24 = Y("in 2024", 2024)
# 2010 NBS (ref 2025-11-14)
JO = P("From January to October", "2025-01-01", "2025-10-31")
EOO = P("At the end of October", "2025-10-31", "2025-10-31")

NEW_FIRST = "sales prices of newly constructed commercial residential buildings"

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_earnings_gender_pay.txt': [
        ('£766', 1, 766, 'GBP', 'median weekly earnings for full-time employees', None, None, None, A25, None),
        ('6.0%', 1, 6.0, 'percent', 'median weekly earnings for full-time employees', 'increase', 'year_on_year', None, A25, None),
        ('£723', 1, 723, 'GBP', 'median weekly earnings for full-time employees', None, None, None, A24, None),
        ('2.4%', 1, 2.4, 'percent', 'real median weekly pay for full-time employees', 'increase', 'year_on_year', None, YTA, None),
        ('6.9%', 1, 6.9, 'percent', 'gender pay gap among full-time employees', 'decrease', None, None, A25, None),
        ('7.0%', 1, 7.0, 'percent', 'gender pay gap among full-time employees', None, None, None, P('a year earlier', '2024-04-01', '2024-04-30'), None),
        ('12.8%', 1, 12.8, 'percent', 'gender pay gap among all employees', None, None, None, A25, None),
        ('5.1%', 1, 5.1, 'percent', 'median full-time weekly pay in the public sector', 'increase', 'year_on_year', None, YTA, ONS),
        ('6.3%', 1, 6.3, 'percent', 'median full-time weekly pay in the private sector', 'increase', 'year_on_year', None, YTA, ONS),
        ('£19.56', 1, 19.56, 'GBP', 'median hourly earnings excluding overtime for full-time employees', None, None, None, YTA, ONS),
        ('£13.34', 1, 13.34, 'GBP', 'median hourly earnings excluding overtime for part-time employees', None, None, None, YTA, ONS),
        ('£1,620', 1, 1620, 'GBP', 'weekly pay of full-time employees at the top decile', None, None, None, A25, ONS),
        ('3.9 times', 1, 3.9, 'times', 'weekly pay at the top decile relative to the bottom decile', None, None, 'approximately', A25, ONS),
        ('5.0%', 1, 5.0, 'percent', 'share of jobs paid below the low pay threshold', 'decrease', None, None, A25, ONS),
        ('6.1%', 1, 6.1, 'percent', 'share of jobs paid below the low pay threshold', None, None, None, A24, ONS),
        ('£960', 1, 960, 'GBP', 'median full-time weekly pay in London', None, None, None, A25, ONS),
        ('£669', 1, 669, 'GBP', 'median full-time weekly pay in the North East', None, None, None, A25, ONS),
        ('eleven', 1, 11, 'count', 'regions and countries with higher pay', None, None, None, A25, ONS),
        ('£728', 1, 728, 'GBP', 'median weekly earnings for full-time employees', None, None, None, A24, ONS),
        ('£723', 2, 723, 'GBP', 'median weekly earnings for full-time employees', 'decrease', None, None, A24, ONS),
        ('1%', 1, 1, 'percent', 'sample of jobs on employers\' payrolls', None, None, None, None, ONS),
        ('180,000', 1, 180000, 'count', 'jobs sampled', None, None, 'approximately', None, ONS),
    ],
    'wire_1987_australia_wool_exports.txt': [
        ('14.2 PCT', 1, 14.2, 'percent', 'Australian wool exports', 'increase', None, None, per('IN FEBRUARY', 1987, 2), None),
        ('14.2 pct', 1, 14.2, 'percent', 'wool exports', 'increase', 'month_on_month', None, FEB87, ABS),
        ('512.6 mln dlrs', 1, 512.6e6, 'AUD', 'wool exports', 'increase', None, None, FEB87, ABS),
        ('448.9 mln', 1, 448.9e6, 'AUD', 'wool exports', None, None, None, JAN87, ABS),
        ('9.8 pct', 1, 9.8, 'percent', 'wool export volume', 'increase', None, None, FEB87, ABS),
        ('61.4 mln kilos', 1, 61.4e6, 'kilogram', 'wool export volume', 'increase', None, None, FEB87, ABS),
        ('3.62 billion dlrs', 1, 3.62e9, 'AUD', 'wool exports', None, None, None, P('In the first eight months of the 1986/87 season', '1986-07-01', '1987-02-28'), ABS),
        ('21 pct', 1, 21, 'percent', 'wool exports', 'increase', 'year_on_year', None, P('In the first eight months of the 1986/87 season', '1986-07-01', '1987-02-28'), ABS),
        ('2.99 billion', 1, 2.99e9, 'AUD', 'wool exports', None, None, None, P('a year earlier', '1985-07-01', '1986-02-28'), ABS),
        ('118.3 mln dlrs', 1, 118.3e6, 'AUD', 'wool exports to Japan', None, None, None, FEB87, ABS),
        ('96.4 mln', 1, 96.4e6, 'AUD', 'wool exports to China', None, None, None, FEB87, ABS),
        ('71.2 mln', 1, 71.2e6, 'AUD', 'wool exports to the Soviet Union', None, None, None, FEB87, ABS),
        ('38.5 mln dlrs', 1, 38.5e6, 'AUD', 'wool shipments to West Germany', 'decrease', None, None, FEB87, ABS),
        ('44.0 mln', 1, 44.0e6, 'AUD', 'wool shipments to West Germany', None, None, None, JAN87, ABS),
        ('618 points', 1, 618, 'index_point', 'market indicator', 'increase', None, None, EOF87, AWC),
        ('585 points', 1, 585, 'index_point', 'market indicator', None, None, None, P('a month earlier', '1987-01-31', '1987-01-31'), AWC),
        ('4.2 pct', 1, 4.2, 'percent', 'share of wool offered at auction bought in by the corporation', None, None, None, FEB87, AWC),
        ('6.8 pct', 1, 6.8, 'percent', 'share of wool offered at auction bought in by the corporation', None, None, None, JAN87, AWC),
        ('142,000 bales', 1, 142000, 'count', 'wool stockpile', 'decrease', None, None, EOF87, AWC),
        ('186,000 bales', 1, 186000, 'count', 'wool stockpile', None, None, 'approximately', P('at the end of December', '1986-12-31', '1986-12-31'), AWC),
        ('5.2 billion', 1, 5.2e9, 'AUD', 'wool receipts', None, None, None, SEASON, AWC),
        ('5.4 billion dlrs', 1, 5.4e9, 'AUD', 'wool receipts', None, None, None, SEASON, AWC),
        ('4.6 billion dlrs', 1, 4.6e9, 'AUD', 'wool receipts', None, None, None, P('in 1985/86', '1985-07-01', '1986-06-30'), AWC),
        ('a tenth', 1, 0.1, 'fraction', "share of wool in Australia's merchandise exports", None, None, 'approximately', FEB87, ABS),
    ],
    'wire_2025_south_africa_inflation.txt': [
        ('3.6%', 1, 3.6, 'percent', 'South African inflation', 'increase', None, None, OCT, None),
        ('3.6%', 2, 3.6, 'percent', 'headline consumer inflation', 'increase', 'year_on_year', None, OCT, SSA),
        ('3.4%', 1, 3.4, 'percent', 'headline consumer inflation', None, 'year_on_year', None, SEP, SSA),
        ('0.2%', 1, 0.2, 'percent', 'prices', 'increase', 'month_on_month', None, OCT, SSA),
        ('0.3%', 1, 0.3, 'percent', 'prices', 'increase', 'month_on_month', None, SEP, SSA),
        ('3.1%', 1, 3.1, 'percent', 'annual core inflation', None, 'year_on_year', None, OCT, SSA),
        ('4.4%', 1, 4.4, 'percent', 'food price inflation', 'decrease', 'year_on_year', None, OCT, SSA),
        ('4.8%', 1, 4.8, 'percent', 'food price inflation', None, 'year_on_year', None, SEP, SSA),
        ('2.7%', 1, 2.7, 'percent', 'fuel prices', 'decrease', 'year_on_year', None, None, SSA),
        ('12.7%', 1, 12.7, 'percent', 'electricity tariffs', 'increase', 'year_on_year', None, None, SSA),
        ('25 basis points', 1, 25, 'basis_point', 'repo rate', 'decrease', None, None, THU, SARB),
        ('6.75%', 1, 6.75, 'percent', 'repo rate', 'decrease', None, None, THU, SARB),
        ('18', 1, 18, 'count', 'economists expecting the cut', None, None, None, THU, 'Reuters'),
        ('22', 1, 22, 'count', 'economists polled by Reuters', None, None, None, THU, 'Reuters'),
        ('Two', 1, 2, 'count', 'monetary policy committee members preferring to keep the rate unchanged', None, None, None, THU, SARB),
        ('3%', 1, 3, 'percent', 'inflation target', None, None, None, None, SARB),
        ('one percentage point', 1, 1, 'percentage_point', 'tolerance band around the inflation target', None, None, None, None, SARB),
        ('3%', 2, 3, 'percent', 'previous inflation target range', None, None, None, None, SARB),
        ('6%', 1, 6, 'percent', 'previous inflation target range', None, None, None, None, SARB),
        ('3.3%', 1, 3.3, 'percent', 'inflation', 'decrease', None, None, Y('for 2026', 2026), SARB),
        ('3.5%', 1, 3.5, 'percent', 'inflation', None, None, None, Y('for 2026', 2026), SARB),
        ('1.2%', 1, 1.2, 'percent', 'economic growth', 'increase', None, None, Y('this year', 2025), SARB),
        ('0.4%', 1, 0.4, 'percent', 'rand', 'increase', None, None, P('by 1400 GMT', None, None), SSA),
        ('17.21', 1, 17.21, 'ZAR', 'rand', 'increase', None, None, P('by 1400 GMT', None, None), SSA),
    ],
    'cnbc_style_pending_home_sales.txt': [
        ('1.0%', 1, 1.0, 'percent', 'pending home sales', 'increase', 'month_on_month', None, SEP, 'Dow Jones'),
        ('74.8', 1, 74.8, 'index_point', 'Pending Home Sales Index', None, None, None, SEP, NAR),
        ('1.1%', 1, 1.1, 'percent', 'pending sales', 'increase', 'year_on_year', None, SEP, NAR),
        ('3.1%', 1, 3.1, 'percent', 'contract signings in the Midwest', 'increase', 'month_on_month', None, None, NAR),
        ('1.2%', 1, 1.2, 'percent', 'contract signings in the South', 'increase', 'month_on_month', None, None, NAR),
        ('2.4%', 1, 2.4, 'percent', 'contract signings in the Northeast', 'decrease', 'month_on_month', None, None, NAR),
        ('3.6%', 1, 3.6, 'percent', 'contract signings in the West', 'decrease', 'month_on_month', None, None, NAR),
        ('14%', 1, 14, 'percent', 'existing-home sales', 'increase', None, None, Y('in 2026', 2026), NAR),
        ('3%', 1, 3, 'percent', 'median home price', 'increase', None, None, Y('in 2026', 2026), NAR),
        ('6.19%', 1, 6.19, 'percent', 'average rate on the 30-year fixed mortgage', 'decrease', None, None, WK, FREDDIE),
        ('6.27%', 1, 6.27, 'percent', 'average rate on the 30-year fixed mortgage', None, None, None, P('a week earlier', '2025-10-10', '2025-10-16'), FREDDIE),
        ('5.44%', 1, 5.44, 'percent', '15-year fixed rate', None, None, None, WK, FREDDIE),
        ('5%', 1, 5, 'percent', 'mortgage applications to purchase a home', 'increase', None, None, LW, MBA),
        ('20%', 1, 20, 'percent', 'mortgage applications to purchase a home', 'increase', 'year_on_year', None, LW, MBA),
        ('$415,200', 1, 415200, 'USD', 'median price of an existing home', None, None, None, SEP, NAR),
        ('2.1%', 1, 2.1, 'percent', 'median price of an existing home', 'increase', 'year_on_year', None, SEP, NAR),
        ('1.55 million', 1, 1.55e6, 'count', 'homes for sale', None, None, 'approximately', P('at the end of the month', '2025-09-30', '2025-09-30'), NAR),
        ('4.6 months', 1, 4.6, 'month', 'months of supply', None, None, None, P('at the end of the month', '2025-09-30', '2025-09-30'), NAR),
        ('97%', 1, 97, 'percent', 'chance of a Federal Reserve rate cut', None, None, None, P('on Wednesday', '2025-10-29', '2025-10-29'), 'CME Group'),
        ('a quarter percentage point', 1, 0.25, 'percentage_point', 'Federal Reserve benchmark rate', 'decrease', None, None, P('on Wednesday', '2025-10-29', '2025-10-29'), 'CME Group'),
    ],
    'mt_newswires_construction_spending.txt': [
        ('0.2%', 1, 0.2, 'percent', 'US construction spending', 'increase', None, None, AUG, None),
        ('0.2%', 2, 0.2, 'percent', 'construction spending', 'increase', 'month_on_month', None, AUG, DOC),
        ('$2.169 trillion', 1, 2.169e12, 'USD', 'construction spending', 'increase', None, None, AUG, DOC),
        ('0.1%', 1, 0.1, 'percent', 'construction spending', 'decrease', None, None, FAUG, 'Bloomberg'),
        ('0.6%', 1, 0.6, 'percent', 'construction spending', 'decrease', None, None, FAUG, 'Bloomberg'),
        ('0.4%', 1, 0.4, 'percent', 'construction spending', 'increase', None, None, FAUG, 'Bloomberg'),
        ('0.1%', 2, 0.1, 'percent', 'construction spending', 'decrease', 'month_on_month', None, per('July', 2025, 7), DOC),
        ('0.1%', 3, 0.1, 'percent', 'construction spending', 'increase', 'month_on_month', None, per('July', 2025, 7), DOC),
        ('0.3%', 1, 0.3, 'percent', 'private construction spending', 'increase', None, None, AUG, DOC),
        ('$1.653 trillion', 1, 1.653e12, 'USD', 'private construction spending', 'increase', None, None, AUG, DOC),
        ('0.8%', 1, 0.8, 'percent', 'residential outlays', 'increase', None, None, AUG, DOC),
        ('0.3%', 2, 0.3, 'percent', 'nonresidential outlays', 'decrease', None, None, AUG, DOC),
        ('0.5%', 1, 0.5, 'percent', 'spending on new single-family homes', 'decrease', None, None, None, DOC),
        ('$417.6 billion', 1, 417.6e9, 'USD', 'spending on new single-family homes', 'decrease', None, None, None, DOC),
        ('2.4%', 1, 2.4, 'percent', 'home improvement spending', 'increase', None, None, None, DOC),
        ('1.9%', 1, 1.9, 'percent', 'spending on manufacturing facilities', 'decrease', None, None, AUG, DOC),
        ('0.7%', 1, 0.7, 'percent', 'data center construction', 'increase', None, None, AUG, DOC),
        ('$41.2 billion', 1, 41.2e9, 'USD', 'data center construction', 'increase', None, None, AUG, DOC),
        ('0.1%', 4, 0.1, 'percent', 'public construction spending', 'decrease', None, None, None, DOC),
        ('$516.2 billion', 1, 516.2e9, 'USD', 'public construction spending', 'decrease', None, None, None, DOC),
        ('1.1%', 1, 1.1, 'percent', 'highway and street spending', 'increase', None, None, None, DOC),
        ('$112.4 billion', 1, 112.4e9, 'USD', 'educational spending', None, None, None, None, DOC),
        ('$1.418 trillion', 1, 1.418e12, 'USD', 'construction spending', None, None, None, P('In the first eight months of the year', '2025-01-01', '2025-08-31'), DOC),
        ('2.3%', 1, 2.3, 'percent', 'construction spending', 'decrease', 'year_on_year', None, P('In the first eight months of the year', '2025-01-01', '2025-08-31'), DOC),
        ('1.6%', 1, 1.6, 'percent', 'total spending', 'decrease', 'year_on_year', None, AUG, DOC),
    ],
    'trading_economics_style_new_zealand_business_confidence.txt': [
        ('58.9', 1, 58.9, 'index_point', 'New Zealand Business Confidence', 'increase', None, None, None, None),
        ('58.9', 2, 58.9, 'index_point', 'business confidence in New Zealand', 'increase', None, None, O25, ANZ),
        ('49.6', 1, 49.6, 'index_point', 'business confidence in New Zealand', None, None, None, SEP, ANZ),
        ('8.3 points', 1, 8.3, 'index_point', 'own activity outlook index', 'increase', 'month_on_month', None, O25, ANZ),
        ('45.0', 1, 45.0, 'index_point', 'own activity outlook index', 'increase', None, None, O25, ANZ),
        ('22.4', 1, 22.4, 'index_point', 'export intentions', 'increase', None, None, O25, ANZ),
        ('23.9', 1, 23.9, 'index_point', 'investment intentions', 'increase', None, None, O25, ANZ),
        ('18.6', 1, 18.6, 'index_point', 'employment intentions', 'increase', None, None, O25, ANZ),
        ('12.1', 1, 12.1, 'index_point', 'employment intentions', None, None, None, SEP, ANZ),
        ('5.2 points', 1, 5.2, 'index_point', 'profit expectations', 'increase', 'month_on_month', None, O25, ANZ),
        ('15.3', 1, 15.3, 'index_point', 'profit expectations', 'increase', None, None, O25, ANZ),
        ('2.7%', 1, 2.7, 'percent', 'inflation expectations', 'decrease', None, None, IOCT, ANZ),
        ('2.8%', 1, 2.8, 'percent', 'inflation expectations', None, None, None, SEP, ANZ),
        ('79.5', 1, 79.5, 'index_point', 'cost expectations', None, None, None, IOCT, ANZ),
        ('81.8', 1, 81.8, 'index_point', 'cost expectations', None, None, None, SEP, ANZ),
        ('45.6', 1, 45.6, 'index_point', 'pricing intentions', None, None, None, IOCT, ANZ),
        ('47.1', 1, 47.1, 'index_point', 'pricing intentions', None, None, None, SEP, ANZ),
        ('46%', 1, 46, 'percent', 'share of respondents expecting the economy to improve', None, None, 'approximately', IOCT, ANZ),
        ('8.12 points', 1, 8.12, 'index_point', 'Business Confidence in New Zealand average', None, None, None, P('from 1970 to 2025', '1970-01-01', '2025-12-31'), ANZ),
        ('64.60 points', 1, 64.60, 'index_point', 'Business Confidence in New Zealand all time high', None, None, None, per('in March 1999', 1999, 3), ANZ),
        ('-70.20 points', 1, -70.20, 'index_point', 'Business Confidence in New Zealand record low', 'decrease', None, None, per('in December 2008', 2008, 12), ANZ),
        ('52.00 points', 1, 52.00, 'index_point', 'Business Confidence in New Zealand', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('40.00 points', 1, 40.00, 'index_point', 'New Zealand Business Confidence', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('30.00 points', 1, 30.00, 'index_point', 'New Zealand Business Confidence', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_usdkrw_bok.txt': [
        ('2.50%', 1, 2.50, 'percent', 'rate', None, None, None, None, BOK),
        ('0.3%', 1, 0.3, 'percent', 'USD/KRW', 'increase', None, None, ET, None),
        ('1,468.2', 1, 1468.2, 'KRW', 'USD/KRW', 'increase', None, None, ET, None),
        ('1,471.5', 1, 1471.5, 'KRW', 'USD/KRW', None, None, None, P('earlier in the session', None, None), None),
        ('3%', 1, 3, 'percent', 'won', 'decrease', None, 'approximately', P('since the end of June', '2025-06-30', '2025-11-27'), None),
        ('six', 1, 6, 'count', 'board members voting to hold the rate', None, None, None, THU27, BOK),
        ('one', 1, 1, 'count', 'board members voting against', None, None, None, THU27, BOK),
        ('2.50%', 2, 2.50, 'percent', 'base rate', None, None, None, THU27, BOK),
        ('18', 1, 18, 'count', 'economists in a Reuters poll', None, None, None, THU27, 'Reuters'),
        ('2.25%', 1, 2.25, 'percent', 'base rate', 'decrease', None, None, THU27, BOK),
        ('100 basis points', 1, 100, 'basis_point', 'rates', 'decrease', None, None, P('since October 2024', '2024-10-01', '2025-11-27'), BOK),
        ('1.0%', 1, 1.0, 'percent', 'growth', 'increase', None, None, Y2025, BOK),
        ('0.9%', 1, 0.9, 'percent', 'growth', None, None, None, Y2025, BOK),
        ('1.8%', 1, 1.8, 'percent', 'growth', 'increase', None, None, Y('in 2026', 2026), BOK),
        ('2.1%', 1, 2.1, 'percent', 'consumer inflation', None, None, None, Y('this year', 2025), BOK),
        ('2.4%', 1, 2.4, 'percent', 'consumer prices', 'increase', 'year_on_year', None, OCT, KOSTAT),
        ('0.6%', 1, 0.6, 'percent', 'KOSPI index', 'decrease', None, None, None, KOSTAT),
        ('3,912.4', 1, 3912.4, 'index_point', 'KOSPI index', 'decrease', None, None, None, KOSTAT),
        ('420 billion won', 1, 420e9, 'KRW', 'net sales of local shares by foreign investors', None, None, None, None, KOSTAT),
        ('0.1%', 1, 0.1, 'percent', 'dollar index', 'increase', None, None, None, None),
        ('99.7', 1, 99.7, 'index_point', 'dollar index', 'increase', None, None, None, None),
        ('1,420', 1, 1420, 'KRW', 'USD/KRW', None, None, None, P('by the end of the first quarter of 2026', '2026-03-31', '2026-03-31'), 'Nomura'),
        ('1,450', 1, 1450, 'KRW', 'USD/KRW', None, None, None, P('by the end of the first quarter of 2026', '2026-03-31', '2026-03-31'), 'Nomura'),
    ],
    'business_standard_style_fertiliser_sales.txt': [
        ('8%', 1, 8, 'percent', 'Fertiliser sales', 'increase', None, None, P('in Apr-Oct', '2025-04-01', '2025-10-31'), None),
        ('8.2 per cent', 1, 8.2, 'percent', 'sales of major fertilisers', 'increase', 'year_on_year', None, AO, DOF),
        ('39.6 million tonnes', 1, 39.6e6, 'tonne', 'sales of major fertilisers', 'increase', None, None, AO, DOF),
        ('5.4 per cent', 1, 5.4, 'percent', 'urea sales', 'increase', None, None, DTP, DOF),
        ('22.1 million tonnes', 1, 22.1e6, 'tonne', 'urea sales', 'increase', None, None, DTP, DOF),
        ('9.6 per cent', 1, 9.6, 'percent', 'di-ammonium phosphate sales', 'decrease', None, None, DTP, DOF),
        ('6.3 million tonnes', 1, 6.3e6, 'tonne', 'di-ammonium phosphate sales', 'decrease', None, None, DTP, DOF),
        ('21.7 per cent', 1, 21.7, 'percent', 'sales of complex fertilisers', 'increase', None, None, DTP, DOF),
        ('14.2 per cent', 1, 14.2, 'percent', 'sales of muriate of potash', 'increase', None, None, DTP, DOF),
        ('3.2 million tonnes', 1, 3.2e6, 'tonne', 'urea sales', 'increase', None, None, per('In October', 2025, 10), DOF),
        ('2.8 million tonnes', 1, 2.8e6, 'tonne', 'urea sales', None, None, None, per('in October 2024', 2024, 10), DOF),
        ('72 per cent', 1, 72, 'percent', 'imports of urea', 'increase', None, None, DAO, DOF),
        ('5.8 million tonnes', 1, 5.8e6, 'tonne', 'imports of urea', 'increase', None, None, DAO, DOF),
        ('3.1 million tonnes', 1, 3.1e6, 'tonne', 'DAP imports', None, None, None, DAO, DOF),
        ('a fifth', 1, 0.2, 'fraction', 'DAP imports', 'decrease', None, 'approximately', DAO, DOF),
        ('Rs 1.12 trillion', 1, 1.12e12, 'INR', 'subsidy payments', None, None, None, DAO, CGA),
        ('67 per cent', 1, 67, 'percent', 'subsidy payments as a share of the budget estimate', None, None, None, DAO, CGA),
        ('$800', 1, 800, 'USD', 'price of imported DAP', 'increase', None, 'approximately', per('this month', 2025, 11), FAI),
        ('$640', 1, 640, 'USD', 'price of imported DAP', None, None, None, per('in November 2024', 2024, 11), FAI),
        ('13.4 million hectares', 1, 13.4e6, 'hectare', 'area under rabi sowing', None, None, None, NOV7, MOA),
        ('11 per cent', 1, 11, 'percent', 'area under rabi sowing', 'increase', 'year_on_year', None, NOV7, MOA),
    ],
    'eu_energy_style_oil_stocks_uranium.txt': [
        ('102.4 million tonnes of oil equivalent', 1, 102.4e6, 'tonne of oil equivalent', 'emergency and specific oil stocks held by EU Member States', None, None, None, EOM25, None),
        ('1.3%', 1, 1.3, 'percent', 'emergency and specific oil stocks held by EU Member States', 'decrease', 'quarter_on_quarter', None, EOM25, None),
        ('98 days', 1, 98, 'day', 'emergency oil stocks in days of net imports', None, None, None, EOM25, None),
        ('90-day', 1, 90, 'day', 'minimum stocks required by the Oil Stocks Directive', None, None, None, None, None),
        ('23', 1, 23, 'count', 'Member States meeting the stockholding obligation in full', None, None, None, EOM25, None),
        ('41%', 1, 41, 'percent', 'share of crude oil in emergency stocks', None, None, None, EOM, None),
        ('38%', 1, 38, 'percent', 'share of middle distillates in emergency stocks', None, None, None, EOM, None),
        ('11%', 1, 11, 'percent', 'share of gasoline in emergency stocks', None, None, None, EOM, None),
        ('4.6%', 1, 4.6, 'percent', 'stocks of jet fuel', 'increase', 'quarter_on_quarter', None, OTQ, None),
        ('7.9 million tonnes', 1, 7.9e6, 'tonne', 'stocks of jet fuel', 'increase', None, None, OTQ, None),
        ('48.2 million tonnes', 1, 48.2e6, 'tonne', 'commercial crude stocks in the EU', 'decrease', None, None, per('in March', 2025, 3), None),
        ('6%', 1, 6, 'percent', 'commercial crude stocks in the EU', 'decrease', None, None, per('in March', 2025, 3), None),
        ('12,150 tonnes', 1, 12150, 'tonne', 'natural uranium received by EU utilities', None, None, None, Y24, ESA),
        ('4%', 1, 4, 'percent', 'natural uranium received by EU utilities', 'increase', 'year_on_year', None, Y24, ESA),
        ('31%', 1, 31, 'percent', 'share of Canada in natural uranium deliveries', None, None, None, Y24, ESA),
        ('24%', 1, 24, 'percent', 'share of Kazakhstan in natural uranium deliveries', None, None, None, Y24, ESA),
        ('14%', 1, 14, 'percent', 'share of Russia in natural uranium deliveries', 'decrease', None, None, Y24, ESA),
        ('21%', 1, 21, 'percent', 'share of Russia in natural uranium deliveries', None, None, None, P('a year earlier', '2023-01-01', '2023-12-31'), ESA),
        ('EUR 143', 1, 143, 'EUR', 'average price of natural uranium under long-term contracts', 'increase', None, None, Y24, ESA),
        ('EUR 114', 1, 114, 'EUR', 'average price of natural uranium under long-term contracts', None, None, None, Y('in 2023', 2023), ESA),
        ('EUR 198', 1, 198, 'EUR', 'spot price of natural uranium', None, None, None, Y24, ESA),
        ('11.8 million separative work units', 1, 11.8e6, 'separative work unit', 'enrichment services delivered to EU utilities', None, None, None, Y24, ESA),
        ('a quarter', 1, 0.25, 'fraction', 'share of enrichment services from Russian suppliers', None, None, 'approximately', Y24, ESA),
    ],
    'nbs_style_home_prices_70_cities.txt': [
        ('0.3 percent', 1, 0.3, 'percent', NEW_FIRST + ' in first-tier cities', 'decrease', 'month_on_month', None, per('in October', 2025, 10), NBS),
        ('0.2 percent', 1, 0.2, 'percent', NEW_FIRST + ' in first-tier cities', 'decrease', 'month_on_month', None, per('in September', 2025, 9), NBS),
        ('0.2 percent', 2, 0.2, 'percent', NEW_FIRST + ' in Shanghai', 'increase', 'month_on_month', None, per('in October', 2025, 10), NBS),
        ('0.4 percent', 1, 0.4, 'percent', NEW_FIRST + ' in Beijing', 'decrease', 'month_on_month', None, per('in October', 2025, 10), NBS),
        ('0.5 percent', 1, 0.5, 'percent', NEW_FIRST + ' in Guangzhou', 'decrease', 'month_on_month', None, per('in October', 2025, 10), NBS),
        ('0.3 percent', 2, 0.3, 'percent', NEW_FIRST + ' in Shenzhen', 'decrease', 'month_on_month', None, per('in October', 2025, 10), NBS),
        ('0.9 percent', 1, 0.9, 'percent', 'sales prices of second-hand residential buildings in first-tier cities', 'decrease', 'month_on_month', None, per('in October', 2025, 10), NBS),
        ('0.5 percent', 2, 0.5, 'percent', NEW_FIRST + ' in second-tier cities', 'decrease', 'month_on_month', None, per('In October', 2025, 10), NBS),
        ('0.4 percent', 2, 0.4, 'percent', NEW_FIRST + ' in third-tier cities', 'decrease', 'month_on_month', None, per('In October', 2025, 10), NBS),
        ('12', 1, 12, 'count', 'cities recording month-on-month increases in the sales prices of new homes', None, None, None, per('In October', 2025, 10), NBS),
        ('3', 1, 3, 'count', 'cities recording month-on-month increases in the sales prices of new homes', 'decrease', 'month_on_month', None, per('In October', 2025, 10), NBS),
        ('5.1 percent', 1, 5.1, 'percent', NEW_FIRST + ' in first-tier cities', 'decrease', 'year_on_year', None, per('in October', 2025, 10), NBS),
        ('0.3 percentage points', 1, 0.3, 'percentage_point', 'decline in ' + NEW_FIRST + ' in first-tier cities', 'decrease', 'month_on_month', None, per('in October', 2025, 10), NBS),
        ('4.9 percent', 1, 4.9, 'percent', NEW_FIRST + ' in second-tier cities', 'decrease', 'year_on_year', None, per('in October', 2025, 10), NBS),
        ('5.8 percent', 1, 5.8, 'percent', NEW_FIRST + ' in third-tier cities', 'decrease', 'year_on_year', None, per('in October', 2025, 10), NBS),
        ('719.82 million square meters', 1, 719.82e6, 'square metre', 'sales area of newly built commercial buildings', None, None, None, JO, NBS),
        ('6.8 percent', 1, 6.8, 'percent', 'sales area of newly built commercial buildings', 'decrease', 'year_on_year', None, JO, NBS),
        ('7,689.4 billion yuan', 1, 7689.4e9, 'CNY', 'sales of newly built commercial buildings', None, None, None, JO, NBS),
        ('9.6 percent', 1, 9.6, 'percent', 'sales of newly built commercial buildings', 'decrease', 'year_on_year', None, JO, NBS),
        ('761.23 million square meters', 1, 761.23e6, 'square metre', 'area of newly built commercial buildings for sale', None, None, None, EOO, NBS),
        ('1.52 million square meters', 1, 1.52e6, 'square metre', 'area of newly built commercial buildings for sale', 'increase', 'month_on_month', None, EOO, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
