# ruff: noqa: E501, RUF001
"""Write corpus/annotated_25/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_25.py corpus/annotated_25
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
PORLA = "Palm Oil Registration and Licensing Authority"
NBSN = "National Bureau of Statistics"
CBN = "Central Bank of Nigeria"
FM = "Freddie Mac"
FED = "Federal Reserve"
MBA = "Mortgage Bankers Association"
FNM = "Fannie Mae"
NAR = "National Association of Realtors"
ABS = "Australian Bureau of Statistics"
BBG = "Bloomberg"
BI = "Bank Indonesia"
BPS = "Statistics Indonesia"
TE = "Trading Economics"
RIKS = "Sveriges Riksbank"
SCB = "Statistics Sweden"
ING = "ING"
MOP = "Ministry of Power"
CEA = "Central Electricity Authority"
IEX = "Indian Energy Exchange"
EC = "European Commission"
EUROSTAT = "Eurostat"
MCT = "Ministry of Culture and Tourism"
MOT = "Ministry of Transport"
NIA = "National Immigration Administration"
NBS = "National Bureau of Statistics"

# 2501 ONS births (ref 2025-08-20)
Y24 = Y("in 2024", 2024)
IY24 = Y("In 2024", 2024)
Y23 = Y("in 2023", 2023)
F23 = Y("for 2023", 2023)
# 2502 Reuters 1987 (ref Thursday 1987-03-12)
FEB = per("in February", 1987, 2)
JAN = per("in January", 1987, 1)
# 2503 Reuters 2025 (ref Monday 2025-11-17)
OCT = per("in October", 2025, 10)
SEP = per("in September", 2025, 9)
MTG = P("at its Nov. 24-25 meeting", "2025-11-24", "2025-11-25")
# 2504 CNBC (ref Thursday 2025-11-20)
N20 = P("as of Nov. 20", "2025-11-20", "2025-11-20")
WK14 = P("in the week ended Nov. 14", "2025-11-08", "2025-11-14")
# 2505 MT Newswires (ref 2025-12-03)
# 2506 Trading Economics (ref Wednesday 2025-11-19)
NOVM = per("at its November 2025 meeting", 2025, 11)
Y25 = Y("in 2025", 2025)
# 2507 Investing.com (ref Wednesday 2025-11-05)
ET = P("By 05:10 ET", None, None)
# 2508 Business Standard (ref 2025-10-06)
AS26 = P("during April-September of FY26", "2025-04-01", "2025-09-30")
FY26 = P("for FY26", "2025-04-01", "2026-03-31")
# 2509 DG ENER (ref 2025-10-22)
Q225 = Q("In the second quarter of 2025", 2025, 2)
INQ = Q("in the quarter", 2025, 2)
Q2 = Q("in the second quarter", 2025, 2)
IQ2 = Q("In the second quarter", 2025, 2)
YE = Q("a year earlier", 2024, 2)
E23 = Y("in 2023", 2023)
# 2510 China tourism (ref 2025-10-24)
JS = P("from January to September this year", "2025-01-01", "2025-09-30")
HOL = P("from October 1 to 8", "2025-10-01", "2025-10-08")
DH = P("during the holiday", "2025-10-01", "2025-10-08")
F3Q = P("in the first three quarters", "2025-01-01", "2025-09-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_births_england_wales.txt': [
        ('594,677', 1, 594677, 'count', 'live births in England and Wales', None, None, None, Y24, None),
        ('0.6%', 1, 0.6, 'percent', 'live births in England and Wales', 'increase', 'year_on_year', None, Y24, None),
        ('1.41', 1, 1.41, 'count', 'total fertility rate', 'decrease', None, None, Y24, None),
        ('1.44', 1, 1.44, 'count', 'total fertility rate', None, None, None, Y23, None),
        ('31.0 years', 1, 31.0, 'year', 'standardised mean age of mothers', None, None, None, Y24, None),
        ('33.8 years', 1, 33.8, 'year', 'mean age of fathers', None, None, None, Y24, None),
        ('3.2%', 1, 3.2, 'percent', 'births to mothers aged 40 years and over', 'increase', 'year_on_year', None, IY24, ONS),
        ('32,814', 1, 32814, 'count', 'births to mothers aged 40 years and over', 'increase', None, None, IY24, ONS),
        ('7.1%', 1, 7.1, 'percent', 'births to women aged under 20 years', 'decrease', 'year_on_year', None, IY24, ONS),
        ('14,205', 1, 14205, 'count', 'births to women aged under 20 years', 'decrease', None, None, IY24, ONS),
        ('half', 1, 0.5, 'fraction', 'share of live births to women not married or in a civil partnership', None, None, 'more_than', Y24, ONS),
        ('51.4%', 1, 51.4, 'percent', 'share of live births to women not married or in a civil partnership', None, None, None, Y24, ONS),
        ('51.0%', 1, 51.0, 'percent', 'share of live births to women not married or in a civil partnership', None, None, None, Y23, ONS),
        ('32.6%', 1, 32.6, 'percent', 'percentage of live births to mothers born outside the UK', None, None, None, Y24, ONS),
        ('1.1 percentage points', 1, 1.1, 'percentage_point', 'percentage of live births to mothers born outside the UK', 'increase', 'year_on_year', None, Y24, ONS),
        ('1.3%', 1, 1.3, 'percent', 'live births in Wales', 'decrease', 'year_on_year', None, Y24, ONS),
        ('27,020', 1, 27020, 'count', 'live births in Wales', 'decrease', None, None, Y24, ONS),
        ('1.33', 1, 1.33, 'count', 'TFR in Wales', None, None, None, Y24, ONS),
        ('0.7%', 1, 0.7, 'percent', 'births in England', 'increase', 'year_on_year', None, Y24, ONS),
        ('567,657', 1, 567657, 'count', 'births in England', 'increase', None, None, Y24, ONS),
        ('1.56', 1, 1.56, 'count', 'TFR in the West Midlands', None, None, None, Y24, ONS),
        ('1.27', 1, 1.27, 'count', 'TFR in London', None, None, None, Y24, ONS),
        ('8,745', 1, 8745, 'count', 'women giving birth to twins', None, None, None, IY24, ONS),
        ('112', 1, 112, 'count', 'women giving birth to triplets or more', None, None, None, IY24, ONS),
        ('591,072', 1, 591072, 'count', 'live births', 'increase', None, None, F23, ONS),
        ('591,016', 1, 591016, 'count', 'live births', None, None, None, F23, ONS),
    ],
    'wire_1987_malaysia_palm_oil.txt': [
        ('19.8 PCT', 1, 19.8, 'percent', 'Malaysian palm oil exports', 'decrease', None, None, per('IN FEBRUARY', 1987, 2), None),
        ('19.8 pct', 1, 19.8, 'percent', 'Malaysian palm oil exports', 'decrease', 'month_on_month', None, FEB, PORLA),
        ('298,400 tonnes', 1, 298400, 'tonne', 'Malaysian palm oil exports', 'decrease', None, None, FEB, PORLA),
        ('372,150 tonnes', 1, 372150, 'tonne', 'Malaysian palm oil exports', None, None, None, JAN, PORLA),
        ('368,900 tonnes', 1, 368900, 'tonne', 'palm oil exports', None, None, None, per('January', 1987, 1), PORLA),
        ('4.6 pct', 1, 4.6, 'percent', 'crude palm oil production', 'increase', 'month_on_month', None, FEB, PORLA),
        ('341,200 tonnes', 1, 341200, 'tonne', 'crude palm oil production', 'increase', None, None, FEB, PORLA),
        ('612,500 tonnes', 1, 612500, 'tonne', 'palm oil stocks', 'increase', None, None, P('end-February', '1987-02-28', '1987-02-28'), PORLA),
        ('548,300', 1, 548300, 'tonne', 'palm oil stocks', None, None, None, P('at the end of January', '1987-01-31', '1987-01-31'), PORLA),
        ('670,550 tonnes', 1, 670550, 'tonne', 'total palm oil exports', None, None, None, P('in the first two months of 1987', '1987-01-01', '1987-02-28'), PORLA),
        ('701,900', 1, 701900, 'tonne', 'total palm oil exports', None, None, None, P('in the same period of 1986', '1986-01-01', '1986-02-28'), PORLA),
        ('62,000 tonnes', 1, 62000, 'tonne', 'palm oil exports to India', None, None, None, FEB, PORLA),
        ('41,500 tonnes', 1, 41500, 'tonne', 'palm oil exports to Pakistan', None, None, None, FEB, PORLA),
        ('28,300', 1, 28300, 'tonne', 'palm oil exports to the Netherlands', None, None, None, FEB, PORLA),
        ('350,000 tonnes', 1, 350000, 'tonne', 'palm oil exports', 'increase', None, 'approximately', per('March', 1987, 3), None),
        ('748 ringgit', 1, 748, 'MYR', 'crude palm oil for third-month delivery', None, None, None, P('on Wednesday', '1987-03-11', '1987-03-11'), PORLA),
        ('12 ringgit', 1, 12, 'MYR', 'crude palm oil for third-month delivery', 'increase', None, None, P('on Wednesday', '1987-03-11', '1987-03-11'), PORLA),
        ('325 U.S. dlrs', 1, 325, 'USD', 'refined palm olein', 'increase', None, None, P('on Wednesday', '1987-03-11', '1987-03-11'), PORLA),
        ('318 dlrs', 1, 318, 'USD', 'refined palm olein', None, None, None, P('a week earlier', '1987-03-04', '1987-03-04'), PORLA),
        ('11 pct', 1, 11, 'percent', 'crude palm oil output', 'increase', 'year_on_year', None, Y('in 1986', 1986), PORLA),
        ('4.54 mln tonnes', 1, 4.54e6, 'tonne', 'crude palm oil output', 'increase', None, None, Y('in 1986', 1986), PORLA),
        ('4.09 mln', 1, 4.09e6, 'tonne', 'crude palm oil output', None, None, None, Y('in 1985', 1985), PORLA),
        ('4.19 mln tonnes', 1, 4.19e6, 'tonne', 'exports of palm oil', None, None, None, Y('in 1986', 1986), PORLA),
    ],
    'wire_2025_nigeria_inflation.txt': [
        ('16.05%', 1, 16.05, 'percent', "Nigeria's inflation", 'decrease', None, None, OCT, None),
        ('16.05%', 2, 16.05, 'percent', "Nigeria's annual inflation rate", 'decrease', 'year_on_year', None, OCT, NBSN),
        ('18.02%', 1, 18.02, 'percent', "Nigeria's annual inflation rate", None, 'year_on_year', None, SEP, NBSN),
        ('17.10%', 1, 17.10, 'percent', 'inflation', None, 'year_on_year', None, OCT, 'Reuters'),
        ('13.12%', 1, 13.12, 'percent', 'food inflation', 'decrease', 'year_on_year', None, OCT, NBSN),
        ('16.87%', 1, 16.87, 'percent', 'food inflation', None, 'year_on_year', None, SEP, NBSN),
        ('18.69%', 1, 18.69, 'percent', 'core inflation', 'decrease', 'year_on_year', None, OCT, NBSN),
        ('19.53%', 1, 19.53, 'percent', 'core inflation', None, 'year_on_year', None, SEP, NBSN),
        ('17.04%', 1, 17.04, 'percent', 'urban inflation', None, 'year_on_year', None, OCT, NBSN),
        ('14.71%', 1, 14.71, 'percent', 'rural inflation', None, 'year_on_year', None, OCT, NBSN),
        ('0.93%', 1, 0.93, 'percent', 'consumer prices', 'increase', 'month_on_month', None, OCT, NBSN),
        ('0.72%', 1, 0.72, 'percent', 'consumer prices', 'increase', 'month_on_month', None, SEP, NBSN),
        ('50 basis points', 1, 50, 'basis_point', 'benchmark interest rate', 'decrease', None, None, SEP, CBN),
        ('27.00%', 1, 27.00, 'percent', 'benchmark interest rate', 'decrease', None, None, SEP, CBN),
        ('45%', 1, 45, 'percent', 'cash reserve requirement for commercial banks', 'decrease', None, None, SEP, CBN),
        ('50%', 1, 50, 'percent', 'cash reserve requirement for commercial banks', None, None, None, SEP, CBN),
        ('12%', 1, 12, 'percent', 'inflation', 'decrease', None, 'approximately', Y('next year', 2026), CBN),
        ('14', 1, 14, 'count', 'analysts in a Reuters poll', None, None, None, MTG, 'Reuters'),
        ('nine', 1, 9, 'count', 'analysts expecting a cut', None, None, None, MTG, 'Reuters'),
        ('25 basis points', 1, 25, 'basis_point', 'interest rate cut', 'decrease', None, 'at_least', MTG, 'Reuters'),
        ('$43.2 billion', 1, 43.2e9, 'USD', 'foreign exchange reserves', 'increase', None, None, P('at the end of October', '2025-10-31', '2025-10-31'), CBN),
        ('1,445', 1, 1445, 'NGN', 'naira per dollar', None, None, None, P('on Monday', '2025-11-17', '2025-11-17'), CBN),
        ('1,468', 1, 1468, 'NGN', 'naira per dollar', None, None, None, P('a week earlier', '2025-11-10', '2025-11-10'), CBN),
    ],
    'cnbc_style_freddie_mac_mortgage_rates.txt': [
        ('6.26%', 1, 6.26, 'percent', 'mortgage rates', 'increase', None, None, None, FM),
        ('6.26%', 2, 6.26, 'percent', 'average rate on the 30-year fixed mortgage', 'increase', None, None, N20, FM),
        ('6.24%', 1, 6.24, 'percent', 'average rate on the 30-year fixed mortgage', None, None, None, P('a week earlier', '2025-11-13', '2025-11-13'), FM),
        ('6.84%', 1, 6.84, 'percent', '30-year rate', None, None, None, P('A year ago', '2024-11-20', '2024-11-20'), FM),
        ('3 basis points', 1, 3, 'basis_point', '15-year fixed rate', 'decrease', 'period_on_period', None, N20, FM),
        ('5.51%', 1, 5.51, 'percent', '15-year fixed rate', 'decrease', None, None, N20, FM),
        ('7.04%', 1, 7.04, 'percent', 'mortgage rate high', None, None, None, per('in January', 2025, 1), FM),
        ('25 basis points', 1, 25, 'basis_point', 'Fed benchmark rate', 'decrease', None, None, per('in October', 2025, 10), FED),
        ('3.75%', 1, 3.75, 'percent', 'Fed benchmark rate', 'decrease', None, None, per('in October', 2025, 10), FED),
        ('4%', 1, 4, 'percent', 'Fed benchmark rate', 'decrease', None, None, per('in October', 2025, 10), FED),
        ('2.2 percentage points', 1, 2.2, 'percentage_point', 'spread between the 30-year mortgage rate and the 10-year Treasury yield', 'decrease', None, 'approximately', P('this week', '2025-11-17', '2025-11-23'), FM),
        ('5.2%', 1, 5.2, 'percent', 'mortgage applications', 'decrease', 'period_on_period', None, WK14, MBA),
        ('7%', 1, 7, 'percent', 'refinance applications', 'decrease', 'period_on_period', None, WK14, MBA),
        ('126%', 1, 126, 'percent', 'refinance applications', 'increase', 'year_on_year', None, WK14, MBA),
        ('1%', 1, 1, 'percent', 'purchase applications', 'decrease', 'period_on_period', None, WK14, MBA),
        ('24%', 1, 24, 'percent', 'purchase applications', 'increase', 'year_on_year', None, WK14, MBA),
        ('51.3%', 1, 51.3, 'percent', 'refinance share of activity', 'decrease', None, None, WK14, MBA),
        ('53.9%', 1, 53.9, 'percent', 'refinance share of activity', None, None, None, P('the previous week', '2025-11-01', '2025-11-07'), MBA),
        ('6.37%', 1, 6.37, 'percent', 'average contract rate for 30-year fixed loans with conforming balances', 'increase', None, None, WK14, MBA),
        ('6.2%', 1, 6.2, 'percent', '30-year rate', None, None, None, Q('in the fourth quarter', 2025, 4), FNM),
        ('5.9%', 1, 5.9, 'percent', '30-year rate', None, None, None, Y('in 2026', 2026), FNM),
        ('1.2%', 1, 1.2, 'percent', 'existing-home sales', 'increase', None, None, per('in October', 2025, 10), NAR),
        ('4.10 million', 1, 4.10e6, 'count', 'existing-home sales', 'increase', None, None, per('in October', 2025, 10), NAR),
    ],
    'mt_newswires_australia_trade_balance.txt': [
        ('AU$4.39 Billion', 1, 4.39e9, 'AUD', "Australia's trade surplus", 'increase', None, None, per('in October', 2025, 10), None),
        ('4.39 billion Australian dollars', 1, 4.39e9, 'AUD', "Australia's seasonally adjusted trade surplus in goods and services", 'increase', None, None, per('in October', 2025, 10), ABS),
        ('AU$3.61 billion', 1, 3.61e9, 'AUD', "Australia's seasonally adjusted trade surplus in goods and services", None, None, None, per('in September', 2025, 9), ABS),
        ('AU$3.94 billion', 1, 3.94e9, 'AUD', 'trade surplus', None, None, None, per("September", 2025, 9), ABS),
        ('AU$4.80 billion', 1, 4.80e9, 'AUD', 'trade surplus', None, None, None, per('October', 2025, 10), BBG),
        ('3.4%', 1, 3.4, 'percent', 'exports', 'increase', 'month_on_month', None, per('in October', 2025, 10), ABS),
        ('AU$46.21 billion', 1, 46.21e9, 'AUD', 'exports', 'increase', None, None, per('in October', 2025, 10), ABS),
        ('9.8%', 1, 9.8, 'percent', 'exports of metal ores and minerals', 'increase', 'month_on_month', None, per('in October', 2025, 10), ABS),
        ('6.1%', 1, 6.1, 'percent', 'exports of non-monetary gold', 'increase', 'month_on_month', None, per('in October', 2025, 10), ABS),
        ('2.7%', 1, 2.7, 'percent', 'exports of coal, coke and briquettes', 'decrease', 'month_on_month', None, per('in October', 2025, 10), ABS),
        ('1.8%', 1, 1.8, 'percent', 'imports', 'increase', 'month_on_month', None, per('in October', 2025, 10), ABS),
        ('AU$41.82 billion', 1, 41.82e9, 'AUD', 'imports', 'increase', None, None, per('in October', 2025, 10), ABS),
        ('2.9%', 1, 2.9, 'percent', 'imports of consumption goods', 'increase', 'month_on_month', None, per('in October', 2025, 10), ABS),
        ('0.6%', 1, 0.6, 'percent', 'imports of capital goods', 'decrease', 'month_on_month', None, per('in October', 2025, 10), ABS),
        ('4.2%', 1, 4.2, 'percent', 'fuel imports', 'decrease', 'month_on_month', None, per('in October', 2025, 10), ABS),
        ('5.3%', 1, 5.3, 'percent', 'exports', 'increase', 'year_on_year', None, per('in October', 2025, 10), ABS),
        ('7.9%', 1, 7.9, 'percent', 'imports', 'increase', 'year_on_year', None, per('in October', 2025, 10), ABS),
        ('AU$5.02 billion', 1, 5.02e9, 'AUD', 'goods surplus', None, None, None, per('in October', 2025, 10), ABS),
        ('AU$0.63 billion', 1, 0.63e9, 'AUD', 'services deficit', None, None, None, per('in October', 2025, 10), ABS),
        ('AU$38.6 billion', 1, 38.6e9, 'AUD', 'cumulative trade surplus', 'decrease', None, None, P('In the first ten months of 2025', '2025-01-01', '2025-10-31'), ABS),
        ('AU$52.9 billion', 1, 52.9e9, 'AUD', 'cumulative trade surplus', None, None, None, P('in the same period of 2024', '2024-01-01', '2024-10-31'), ABS),
        ('US$0.6548', 1, 0.6548, 'USD', 'Australian dollar', None, None, None, None, ABS),
    ],
    'trading_economics_style_indonesia_interest_rate.txt': [
        ('4.75%', 1, 4.75, 'percent', 'Bank Indonesia rate', None, None, None, None, BI),
        ('4.75%', 2, 4.75, 'percent', 'BI-Rate', None, None, None, NOVM, BI),
        ('150 basis points', 1, 150, 'basis_point', 'BI-Rate cuts', 'decrease', None, None, P('since September 2024', '2024-09-01', '2025-11-19'), BI),
        ('3.75%', 1, 3.75, 'percent', 'deposit facility rate', None, None, None, NOVM, BI),
        ('5.50%', 1, 5.50, 'percent', 'lending facility rate', None, None, None, NOVM, BI),
        ('16,735', 1, 16735, 'IDR', 'rupiah per US dollar', None, None, 'approximately', P('on Wednesday', '2025-11-19', '2025-11-19'), None),
        ('1.5%', 1, 1.5, 'percent', 'inflation target range', None, None, None, P('for 2025 and 2026', '2025-01-01', '2026-12-31'), BI),
        ('3.5%', 1, 3.5, 'percent', 'inflation target range', None, None, None, P('for 2025 and 2026', '2025-01-01', '2026-12-31'), BI),
        ('4.7%', 1, 4.7, 'percent', 'economic growth', 'increase', None, None, Y25, BI),
        ('5.5%', 1, 5.5, 'percent', 'economic growth', 'increase', None, None, Y25, BI),
        ('8%', 1, 8, 'percent', 'loan growth', 'increase', None, None, Y25, BI),
        ('11%', 1, 11, 'percent', 'loan growth', 'increase', None, None, Y25, BI),
        ('2.86%', 1, 2.86, 'percent', 'annual inflation', 'increase', 'year_on_year', None, per('in October', 2025, 10), BPS),
        ('2.36%', 1, 2.36, 'percent', 'core inflation', 'decrease', 'year_on_year', None, per('in October', 2025, 10), BPS),
        ('5.04%', 1, 5.04, 'percent', 'economy', 'increase', 'year_on_year', None, Q('in the third quarter', 2025, 3), BPS),
        ('5.12%', 1, 5.12, 'percent', 'economy', None, 'year_on_year', None, Q('in the second quarter', 2025, 2), BPS),
        ('5.21 percent', 1, 5.21, 'percent', 'BI-Rate average', None, None, None, P('between 2016 and 2025', '2016-01-01', '2025-12-31'), BI),
        ('6.25 percent', 1, 6.25, 'percent', 'BI-Rate all-time high', None, None, None, per('in April 2024', 2024, 4), BI),
        ('3.50 percent', 1, 3.50, 'percent', 'BI-Rate record low', None, None, None, per('in February 2021', 2021, 2), BI),
        ('4.50 percent', 1, 4.50, 'percent', 'BI-Rate', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('4.25 percent', 1, 4.25, 'percent', 'Indonesia Interest Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('4.00 percent', 1, 4.00, 'percent', 'Indonesia Interest Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_usdsek_riksbank.txt': [
        ('1.75%', 1, 1.75, 'percent', 'Riksbank rate', None, None, None, None, RIKS),
        ('1.75%', 2, 1.75, 'percent', 'policy rate', None, None, None, P('on Wednesday', '2025-11-05', '2025-11-05'), RIKS),
        ('0.4%', 1, 0.4, 'percent', 'USD/SEK', 'increase', None, None, ET, None),
        ('9.5420', 1, 9.5420, 'SEK', 'USD/SEK', 'increase', None, None, ET, None),
        ('0.2%', 1, 0.2, 'percent', 'EUR/SEK', 'increase', None, None, ET, None),
        ('11.0180', 1, 11.0180, 'SEK', 'EUR/SEK', 'increase', None, None, ET, None),
        ('13%', 1, 13, 'percent', 'krona against the dollar', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-11-05'), None),
        ('22', 1, 22, 'count', 'economists in a Reuters poll', None, None, None, None, 'Reuters'),
        ('25 basis points', 1, 25, 'basis_point', 'Riksbank rate cut', 'decrease', None, None, per('in September', 2025, 9), RIKS),
        ('225 basis points', 1, 225, 'basis_point', 'Riksbank rate', 'decrease', None, None, P('since it began easing in May 2024', '2024-05-01', '2025-11-05'), RIKS),
        ('3.1%', 1, 3.1, 'percent', 'annual CPIF inflation', 'decrease', 'year_on_year', None, per('in October', 2025, 10), SCB),
        ('3.3%', 1, 3.3, 'percent', 'annual CPIF inflation', None, 'year_on_year', None, per('in September', 2025, 9), SCB),
        ('2.9%', 1, 2.9, 'percent', 'CPIF excluding energy', 'decrease', 'year_on_year', None, per('in October', 2025, 10), SCB),
        ('2%', 1, 2, 'percent', 'inflation target', None, None, None, None, RIKS),
        ('9.2%', 1, 9.2, 'percent', "Sweden's unemployment rate", 'increase', None, None, per('in September', 2025, 9), SCB),
        ('1.72%', 1, 1.72, 'percent', 'average policy rate', None, None, None, Q('in the fourth quarter of 2026', 2026, 4), RIKS),
        ('1.2%', 1, 1.2, 'percent', 'GDP growth', 'increase', None, None, Y('this year', 2025), RIKS),
        ('2.6%', 1, 2.6, 'percent', 'GDP growth', 'increase', None, None, Y('next year', 2026), RIKS),
        ('0.1%', 1, 0.1, 'percent', 'dollar index', 'increase', None, None, None, None),
        ('100.18', 1, 100.18, 'index_point', 'dollar index', 'increase', None, None, None, None),
        ('9.30', 1, 9.30, 'SEK', 'USD/SEK', None, None, 'approximately', P('by the end of the first quarter of 2026', '2026-03-31', '2026-03-31'), ING),
    ],
    'business_standard_style_power_demand.txt': [
        ('1.2%', 1, 1.2, 'percent', 'power consumption', 'increase', None, None, P('in H1FY26', '2025-04-01', '2025-09-30'), None),
        ('1.2 per cent', 1, 1.2, 'percent', "India's electricity consumption", 'increase', 'year_on_year', None, AS26, MOP),
        ('892.4 billion units', 1, 892.4e9, 'kilowatt hour', "India's electricity consumption", 'increase', None, None, AS26, MOP),
        ('881.8 BU', 1, 881.8e9, 'kilowatt hour', "India's electricity consumption", None, None, None, P('in the corresponding period last year', '2024-04-01', '2024-09-30'), MOP),
        ('242.8 gigawatts', 1, 242.8, 'gigawatt', 'peak power demand', None, None, None, per('in June', 2025, 6), MOP),
        ('250 GW', 1, 250, 'gigawatt', 'peak power demand all-time high', None, None, None, per('in May 2024', 2024, 5), MOP),
        ('277 GW', 1, 277, 'gigawatt', 'peak power demand', None, None, None, FY26, CEA),
        ('4.3 per cent', 1, 4.3, 'percent', 'consumption', 'decrease', 'year_on_year', None, per('in May', 2025, 5), MOP),
        ('1.6 per cent', 1, 1.6, 'percent', 'consumption', 'decrease', 'year_on_year', None, per('in June', 2025, 6), MOP),
        ('4.8 per cent', 1, 4.8, 'percent', 'consumption', 'increase', 'year_on_year', None, per('in August', 2025, 8), MOP),
        ('3.2 per cent', 1, 3.2, 'percent', 'consumption', 'increase', 'year_on_year', None, per('in September', 2025, 9), MOP),
        ('145.6 BU', 1, 145.6e9, 'kilowatt hour', 'consumption', None, None, None, per('in September', 2025, 9), MOP),
        ('30 per cent', 1, 30, 'percent', 'share of Maharashtra, Uttar Pradesh and Gujarat in consumption', None, None, 'approximately', None, MOP),
        ('31.5 GW', 1, 31.5, 'gigawatt', 'peak demand in Uttar Pradesh', None, None, None, None, MOP),
        ('₹3.92', 1, 3.92, 'INR', 'day-ahead market prices', None, None, None, P('in April-September', '2025-04-01', '2025-09-30'), IEX),
        ('17 per cent', 1, 17, 'percent', 'day-ahead market prices', 'decrease', 'year_on_year', None, P('in April-September', '2025-04-01', '2025-09-30'), IEX),
        ('72 per cent', 1, 72, 'percent', 'share of thermal plants in demand', None, None, 'approximately', P('during the half-year', '2025-04-01', '2025-09-30'), CEA),
        ('2.1 per cent', 1, 2.1, 'percent', 'thermal generation', 'decrease', 'year_on_year', None, P('during the half-year', '2025-04-01', '2025-09-30'), CEA),
        ('21 per cent', 1, 21, 'percent', 'renewable generation', 'increase', 'year_on_year', None, P('during the half-year', '2025-04-01', '2025-09-30'), CEA),
        ('4.2 per cent', 1, 4.2, 'percent', 'power consumption', 'increase', 'year_on_year', None, P('In FY25', '2024-04-01', '2025-03-31'), CEA),
        ('1,694 BU', 1, 1694e9, 'kilowatt hour', 'power consumption', 'increase', None, None, P('In FY25', '2024-04-01', '2025-03-31'), CEA),
        ('3', 1, 3, 'percent', 'consumption growth', 'increase', None, None, FY26, MOP),
        ('4 per cent', 1, 4, 'percent', 'consumption growth', 'increase', None, None, FY26, MOP),
    ],
    'eu_energy_style_biofuels_transport_fuels.txt': [
        ('72.4 million tonnes of oil equivalent', 1, 72.4e6, 'tonne of oil equivalent', 'EU consumption of road transport fuels', None, None, None, Q225, None),
        ('0.8%', 1, 0.8, 'percent', 'EU consumption of road transport fuels', 'decrease', 'year_on_year', None, Q225, None),
        ('2.1%', 1, 2.1, 'percent', 'diesel consumption', 'decrease', 'year_on_year', None, Q225, None),
        ('46.9 Mtoe', 1, 46.9e6, 'tonne of oil equivalent', 'diesel consumption', 'decrease', None, None, Q225, None),
        ('1.4%', 1, 1.4, 'percent', 'petrol consumption', 'increase', 'year_on_year', None, Q225, None),
        ('20.3 Mtoe', 1, 20.3e6, 'tonne of oil equivalent', 'petrol consumption', 'increase', None, None, Q225, None),
        ('4.6 Mtoe', 1, 4.6e6, 'tonne of oil equivalent', 'biofuels blended into road fuels', None, None, None, INQ, None),
        ('6%', 1, 6, 'percent', 'biofuels blended into road fuels', 'increase', 'year_on_year', None, INQ, None),
        ('6.4%', 1, 6.4, 'percent', 'biofuel share in road transport energy', 'increase', None, None, INQ, None),
        ('5.9%', 1, 5.9, 'percent', 'biofuel share in road transport energy', None, None, None, YE, None),
        ('two thirds', 1, 0.6667, 'fraction', 'biodiesel (FAME) share of the biofuel volume', None, None, 'approximately', INQ, None),
        ('a quarter', 1, 0.25, 'fraction', 'HVO share of the biofuel volume', None, None, 'approximately', INQ, None),
        ('1,215 EUR/tonne', 1, 1215, 'EUR', 'FAME prices in Northwest Europe', None, None, None, Q2, None),
        ('4%', 1, 4, 'percent', 'FAME prices in Northwest Europe', 'decrease', 'quarter_on_quarter', None, Q2, None),
        ('850 EUR/tonne', 1, 850, 'EUR', 'HVO premium over diesel', None, None, 'approximately', Q2, None),
        ('1.9 million tonnes', 1, 1.9e6, 'tonne', 'extra-EU imports of biodiesel and HVO', None, None, None, IQ2, None),
        ('38%', 1, 38, 'percent', "China's share of extra-EU imports of biodiesel and HVO", 'decrease', None, None, IQ2, None),
        ('52%', 1, 52, 'percent', "China's share of extra-EU imports of biodiesel and HVO", None, None, None, YE, None),
        ('10.0%', 1, 10.0, 'percent', 'anti-dumping duties on Chinese biodiesel', None, None, None, None, EC),
        ('35.6%', 1, 35.6, 'percent', 'anti-dumping duties on Chinese biodiesel', None, None, None, None, EC),
        ('0.4 million tonnes', 1, 0.4e6, 'tonne', 'imports from Malaysia and Indonesia', 'increase', None, None, IQ2, None),
        ('10.8%', 1, 10.8, 'percent', 'share of renewable energy in transport', None, None, None, E23, EUROSTAT),
        ('29%', 1, 29, 'percent', 'renewable energy in transport target', None, None, None, Y('for 2030', 2030), None),
        ('33.9%', 1, 33.9, 'percent', 'share of renewable energy in transport in Sweden', None, None, None, E23, EUROSTAT),
        ('21.2%', 1, 21.2, 'percent', 'share of renewable energy in transport in Finland', None, None, None, E23, EUROSTAT),
    ],
    'nbs_style_domestic_tourism.txt': [
        ('4.998 billion', 1, 4.998e9, 'count', 'domestic trips', None, None, None, P('in first three quarters', '2025-01-01', '2025-09-30'), None),
        ('18%', 1, 18, 'percent', 'domestic trips', 'increase', None, None, P('in first three quarters', '2025-01-01', '2025-09-30'), None),
        ('4.998 billion', 2, 4.998e9, 'count', 'domestic trips by domestic residents', None, None, None, JS, MCT),
        ('18.0%', 1, 18.0, 'percent', 'domestic trips by domestic residents', 'increase', 'year_on_year', None, JS, MCT),
        ('4.85 trillion yuan', 1, 4.85e12, 'CNY', 'domestic tourism spending by residents', None, None, None, JS, MCT),
        ('11.5%', 1, 11.5, 'percent', 'domestic tourism spending by residents', 'increase', 'year_on_year', None, JS, MCT),
        ('3.70 billion', 1, 3.70e9, 'count', 'trips by urban residents', None, None, None, JS, MCT),
        ('1.30 billion', 1, 1.30e9, 'count', 'trips by rural residents', None, None, None, JS, MCT),
        ('19.6%', 1, 19.6, 'percent', 'trips by urban residents', 'increase', 'year_on_year', None, JS, MCT),
        ('13.8%', 1, 13.8, 'percent', 'trips by rural residents', 'increase', 'year_on_year', None, JS, MCT),
        ('888 million', 1, 888e6, 'count', 'domestic trips', None, None, None, HOL, MCT),
        ('111 million', 1, 111e6, 'count', 'daily average of domestic trips', None, None, None, HOL, MCT),
        ('1.6%', 1, 1.6, 'percent', 'daily average of domestic trips', 'increase', 'year_on_year', None, HOL, MCT),
        ('809.06 billion yuan', 1, 809.06e9, 'CNY', 'domestic tourism spending', None, None, None, DH, MCT),
        ('108.26 billion yuan', 1, 108.26e9, 'CNY', 'domestic tourism spending', 'increase', 'year_on_year', None, DH, MCT),
        ('32,000', 1, 32000, 'count', 'cultural and tourism activities held', None, None, 'more_than', DH, MCT),
        ('304 million person-times', 1, 304e6, 'count', 'cross-regional passenger flows per day', None, None, None, DH, MOT),
        ('6.2%', 1, 6.2, 'percent', 'cross-regional passenger flows per day', 'increase', 'year_on_year', None, DH, MOT),
        ('19.4 million', 1, 19.4e6, 'count', 'railway passengers per day', None, None, None, DH, MOT),
        ('2.36 million', 1, 2.36e6, 'count', 'civil aviation passengers per day', None, None, None, DH, MOT),
        ('20.21 million', 1, 20.21e6, 'count', 'entries and exits at border ports', None, None, None, DH, NIA),
        ('2.53 million', 1, 2.53e6, 'count', 'daily average of entries and exits', None, None, None, DH, NIA),
        ('2.6%', 1, 2.6, 'percent', 'daily average of entries and exits', 'increase', 'year_on_year', None, DH, NIA),
        ('5.2%', 1, 5.2, 'percent', 'retail sales of services', 'increase', 'year_on_year', None, F3Q, NBS),
        ('9.7%', 1, 9.7, 'percent', 'per capita consumption expenditure on education, culture and recreation', 'increase', 'year_on_year', None, F3Q, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
