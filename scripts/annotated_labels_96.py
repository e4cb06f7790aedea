# ruff: noqa: E501, RUF001
"""Write corpus/annotated_96/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_96.py corpus/annotated_96
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
BOJ = "Bank of Japan"
BCRP = "Central Reserve Bank of Peru"
INS = "Insurify"
SPG = "S&P Global Market Intelligence"
BR = "Bankrate"
BLS = "U.S. Bureau of Labor Statistics"
BBG = "Bloomberg"
CBE = "Central Bank of Egypt"
TE = "Trading Economics"
MPOB = "Malaysian Palm Oil Board"
ITS = "Intertek Testing Services"
AMS = "AmSpec Agri Malaysia"
DOCA = "Department of Consumer Affairs"
GOI = "Government of India"
NSO = "National Statistics Office"
SEA = "Solvent Extractors' Association of India"
EC = "European Commission"
NBS = "National Bureau of Statistics"

# 9601 ONS annual deaths (ref Wednesday 2025-10-15)
Y24 = Y("in 2024", 2024)
IY24 = Y("In 2024", 2024)
Y23 = Y("in 2023", 2023)
# 9602 Reuters 1987 (ref Thursday 1987-06-11)
MAY = per("in May", 1987, 5)
FY8687 = P("In the 1986/87 fiscal year ended in March", "1986-04-01", "1987-03-31")
FY8586 = P("in 1985/86", "1985-04-01", "1986-03-31")
CFY = P("in the current fiscal year", "1987-04-01", "1988-03-31")
# 9603 Reuters 2025 (ref Thursday 2025-12-18)
OCT = per("in October", 2025, 10)
F10 = P("In the first ten months of the year", "2025-01-01", "2025-10-31")
SEPT = per("September", 2025, 9)
FOR25 = Y("for 2025", 2025)
# 9604 CNBC (ref Tuesday 2025-12-09)
Y25 = Y("in 2025", 2025)
TY = Y("this year", 2025)
# 9605 MT Newswires (ref Tuesday 2026-03-17)
FEB = per("in February", 2026, 2)
JANS = per("January's", 2026, 1)
LM = per("last month", 2026, 2)
T12 = per("Over the 12 months through February", 2026, 2)
FOMC = P("at its March 17-18 meeting", "2026-03-17", "2026-03-18")
# 9606 Trading Economics (ref Thursday 2026-01-08)
DEC25 = per("in December 2025", 2025, 12)
EOD = P("At the end of December", "2025-12-31", "2025-12-31")
# 9607 Investing.com (ref Tuesday 2026-02-10)
ET = P("By 04:20 ET", None, None)
EOJ = P("at the end of January", "2026-01-31", "2026-01-31")
JAN = per("in January", 2026, 1)
F110 = P("for Feb. 1-10", "2026-02-01", "2026-02-10")
# 9608 Business Standard (ref Wednesday 2025-11-12)
WED = P("on Wednesday", "2025-11-12", "2025-11-12")
BOCT = per("in October", 2025, 10)
M30 = P("on May 30", "2025-05-30", "2025-05-30")
BYDEC = P("by December", "2025-12-31", "2025-12-31")
# 9609 DG ENER (ref Wednesday 2026-04-15)
E25 = Y("in 2025", 2025)
Q425 = Q("In the fourth quarter of 2025", 2025, 4)
INQ = Q("in the quarter", 2025, 4)
QQ4 = Q("in Q4 2025", 2025, 4)
# 9610 NBS (ref Friday 2025-11-14)
EOO = P("by the end of October", "2025-10-31", "2025-10-31")
JO = P("From January to October", "2025-01-01", "2025-10-31")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_deaths_excess_mortality_annual.txt': [
        ('569,870', 1, 569870, 'count', 'deaths registered in England and Wales', None, None, None, Y24, None),
        ('2.0%', 1, 2.0, 'percent', 'deaths registered in England and Wales', 'decrease', 'year_on_year', None, Y24, None),
        ('581,520', 1, 581520, 'count', 'deaths registered in England and Wales', None, None, None, Y23, None),
        ('1,004.7', 1, 1004.7, 'count', 'age-standardised mortality rate', 'decrease', None, None, IY24, None),
        ('1,042.9', 1, 1042.9, 'count', 'age-standardised mortality rate', None, None, None, Y23, None),
        ('3.4%', 1, 3.4, 'percent', 'mortality', 'decrease', None, None, Y24, None),
        ('19,560', 1, 19560, 'count', 'deaths', 'decrease', None, None, Y24, None),
        ('1,187.3', 1, 1187.3, 'count', 'male ASMR', None, None, None, Y24, ONS),
        ('853.6', 1, 853.6, 'count', 'female ASMR', None, None, None, Y24, ONS),
        ('3.9%', 1, 3.9, 'percent', 'male ASMR', 'decrease', 'year_on_year', None, Y24, ONS),
        ('3.4%', 2, 3.4, 'percent', 'female ASMR', 'decrease', 'year_on_year', None, Y24, ONS),
        ('11.3%', 1, 11.3, 'percent', "dementia and Alzheimer's disease share of all deaths", None, None, None, Y24, ONS),
        ('64,410', 1, 64410, 'count', "deaths from dementia and Alzheimer's disease", None, None, None, Y24, ONS),
        ('10.2%', 1, 10.2, 'percent', 'ischaemic heart diseases share of all deaths', None, None, None, Y24, ONS),
        ('5.4%', 1, 5.4, 'percent', 'chronic lower respiratory diseases share of all deaths', None, None, None, Y24, ONS),
        ('12.9%', 1, 12.9, 'percent', 'ischaemic heart diseases share of male deaths', None, None, None, Y24, ONS),
        ('5.8%', 1, 5.8, 'percent', 'deaths', 'decrease', None, None, Y24, ONS),
        ('141,320', 1, 141320, 'count', 'deaths in private homes', None, None, None, Y24, ONS),
        ('9.6%', 1, 9.6, 'percent', 'deaths in private homes', 'increase', None, None, Y24, ONS),
        ('two-fifths', 1, 0.4, 'fraction', 'hospital deaths share of the total', None, None, 'more_than', Y24, ONS),
        ('43.7%', 1, 43.7, 'percent', 'hospital deaths share of the total', None, None, None, Y24, ONS),
        ('881.6', 1, 881.6, 'count', 'ASMR in London', None, None, None, None, ONS),
        ('1,139.8', 1, 1139.8, 'count', 'ASMR in the North East', None, None, None, None, ONS),
        ('42.5%', 1, 42.5, 'percent', 'deaths of people aged 85 years and over share of all deaths registered', None, None, None, None, ONS),
        ('157', 1, 157, 'count', 'deaths registered revision', 'increase', None, None, Y23, ONS),
        ('581,520', 2, 581520, 'count', 'deaths registered', 'increase', None, None, Y23, ONS),
    ],
    'wire_1987_japan_bank_lending.txt': [
        ('9.6 PCT', 1, 9.6, 'percent', 'Japanese bank lending', 'increase', None, None, per('IN MAY', 1987, 5), None),
        ('9.6 pct', 1, 9.6, 'percent', 'outstanding loans by all Japanese banks', 'increase', 'year_on_year', None, MAY, BOJ),
        ('269,430 billion yen', 1, 269430e9, 'JPY', 'outstanding loans by all Japanese banks', 'increase', None, None, MAY, BOJ),
        ('9.4 pct', 1, 9.4, 'percent', 'outstanding loans by all Japanese banks', 'increase', 'year_on_year', None, per('in April', 1987, 4), BOJ),
        ('9.3 pct', 1, 9.3, 'percent', 'outstanding loans by all Japanese banks', 'increase', None, None, per('April', 1987, 4), BOJ),
        ('0.8 pct', 1, 0.8, 'percent', 'lending', 'increase', 'month_on_month', None, MAY, BOJ),
        ('8.9 pct', 1, 8.9, 'percent', 'city bank loans', 'increase', 'year_on_year', None, MAY, BOJ),
        ('128,620 billion yen', 1, 128620e9, 'JPY', 'city bank loans', 'increase', None, None, MAY, BOJ),
        ('11.2 pct', 1, 11.2, 'percent', 'long-term credit bank loans', 'increase', 'year_on_year', None, MAY, BOJ),
        ('13.4 pct', 1, 13.4, 'percent', 'trust bank loans', 'increase', 'year_on_year', None, MAY, BOJ),
        ('7.1 pct', 1, 7.1, 'percent', 'lending by regional banks', 'increase', 'year_on_year', None, MAY, BOJ),
        ('76,310 billion', 1, 76310e9, 'JPY', 'lending by regional banks', 'increase', None, None, MAY, BOJ),
        ('47.7 pct', 1, 47.7, 'percent', 'city banks share of total loans', None, None, None, P('at the end of May', '1987-05-31', '1987-05-31'), BOJ),
        ('9.1 pct', 1, 9.1, 'percent', 'trust banks share of total loans', None, None, None, P('at the end of May', '1987-05-31', '1987-05-31'), BOJ),
        ('4.5 pct', 1, 4.5, 'percent', 'lending by foreign banks in Japan', 'decrease', 'year_on_year', None, MAY, BOJ),
        ('2,870 billion yen', 1, 2870e9, 'JPY', 'lending by foreign banks in Japan', 'decrease', None, None, MAY, BOJ),
        ('3,005 billion', 1, 3005e9, 'JPY', 'lending by foreign banks in Japan', None, None, None, per('a year earlier', 1986, 5), BOJ),
        ('10.2 pct', 1, 10.2, 'percent', 'total bank lending', 'increase', 'year_on_year', None, FY8687, BOJ),
        ('8.7 pct', 1, 8.7, 'percent', 'total bank lending', 'increase', 'year_on_year', None, FY8586, BOJ),
        ('9.0', 1, 9.0, 'percent', 'total bank lending', 'increase', 'year_on_year', 'approximately', CFY, None),
        ('9.5 pct', 1, 9.5, 'percent', 'total bank lending', 'increase', 'year_on_year', 'approximately', CFY, None),
        ('64.2 pct', 1, 64.2, 'percent', 'loans to small businesses share of new lending', 'increase', None, None, Q('in the January-March quarter', 1987, 1), BOJ),
        ('58.9 pct', 1, 58.9, 'percent', 'loans to small businesses share of new lending', None, None, None, Q('a year earlier', 1986, 1), BOJ),
    ],
    'wire_2025_peru_copper_exports_trade.txt': [
        ('$3.1 billion', 1, 3.1e9, 'USD', "Peru's trade surplus", 'increase', None, None, OCT, None),
        ('$3,128 million', 1, 3128e6, 'USD', 'trade surplus', 'increase', None, None, OCT, BCRP),
        ('$2,407 million', 1, 2407e6, 'USD', 'trade surplus', None, None, None, per('in the same month last year', 2024, 10), BCRP),
        ('21.4%', 1, 21.4, 'percent', 'total exports', 'increase', 'year_on_year', None, OCT, BCRP),
        ('$8,216 million', 1, 8216e6, 'USD', 'total exports', 'increase', None, None, OCT, BCRP),
        ('9.7%', 1, 9.7, 'percent', 'imports', 'increase', 'year_on_year', None, OCT, BCRP),
        ('$5,088 million', 1, 5088e6, 'USD', 'imports', 'increase', None, None, OCT, BCRP),
        ('$2,945 million', 1, 2945e6, 'USD', 'copper shipments', None, None, None, OCT, BCRP),
        ('18.2%', 1, 18.2, 'percent', 'copper shipments', 'increase', 'year_on_year', None, OCT, BCRP),
        ('24.6%', 1, 24.6, 'percent', 'average export price of copper', 'increase', 'year_on_year', None, OCT, BCRP),
        ('$4.71', 1, 4.71, 'USD', 'average export price of copper', 'increase', None, None, OCT, BCRP),
        ('5.1%', 1, 5.1, 'percent', 'shipped volumes of copper', 'decrease', 'year_on_year', None, OCT, BCRP),
        ('$1,812 million', 1, 1812e6, 'USD', 'gold exports', None, None, None, OCT, BCRP),
        ('52.3%', 1, 52.3, 'percent', 'gold exports', 'increase', 'year_on_year', None, OCT, BCRP),
        ('$266 million', 1, 266e6, 'USD', 'zinc exports', None, None, None, OCT, BCRP),
        ('$181 million', 1, 181e6, 'USD', 'fishmeal exports', None, None, None, OCT, BCRP),
        ('$25.6 billion', 1, 25.6e9, 'USD', 'trade surplus', None, None, None, F10, BCRP),
        ('$19.9 billion', 1, 19.9e9, 'USD', 'trade surplus', None, None, None, P('in January-October 2024', '2024-01-01', '2024-10-31'), BCRP),
        ('17.8%', 1, 17.8, 'percent', 'traditional exports', 'increase', 'year_on_year', None, F10, BCRP),
        ('9.3%', 1, 9.3, 'percent', 'non-traditional exports', 'increase', 'year_on_year', None, F10, BCRP),
        ('$2,874 million', 1, 2874e6, 'USD', 'trade surplus', 'decrease', None, None, SEPT, BCRP),
        ('$2,936 million', 1, 2936e6, 'USD', 'trade surplus', None, None, None, SEPT, BCRP),
        ('$29 billion', 1, 29e9, 'USD', 'trade surplus', None, None, None, FOR25, BCRP),
        ('$31 billion', 1, 31e9, 'USD', 'trade surplus', None, None, None, FOR25, BCRP),
        ('$24.1 billion', 1, 24.1e9, 'USD', 'trade surplus', None, None, None, Y('in 2024', 2024), BCRP),
        ('3.371', 1, 3.371, 'PEN', 'sol per dollar', None, None, None, P('on Thursday', '2025-12-18', '2025-12-18'), BCRP),
    ],
    'cnbc_style_home_insurance_premiums.txt': [
        ('8.7%', 1, 8.7, 'percent', 'Home insurance premiums', 'increase', None, None, Y25, None),
        ('$2,470', 1, 2470, 'USD', 'average annual premium for a homeowners policy', 'increase', None, None, Y25, INS),
        ('8.7%', 2, 8.7, 'percent', 'average annual premium for a homeowners policy', 'increase', 'year_on_year', None, Y25, INS),
        ('$2,272', 1, 2272, 'USD', 'average annual premium for a homeowners policy', None, None, None, Y('in 2024', 2024), INS),
        ('7%', 1, 7, 'percent', 'average annual premium', 'increase', 'year_on_year', None, Y('in 2026', 2026), INS),
        ('$2,640', 1, 2640, 'USD', 'average annual premium', 'increase', None, 'approximately', Y('in 2026', 2026), INS),
        ('$6,340', 1, 6340, 'USD', 'average premium in Louisiana', None, None, None, None, INS),
        ('$5,870', 1, 5870, 'USD', 'average premium in Oklahoma', None, None, None, None, INS),
        ('$5,410', 1, 5410, 'USD', 'average premium in Florida', None, None, None, None, INS),
        ('$1,015', 1, 1015, 'USD', 'average premium in Vermont', None, None, None, None, INS),
        ('24%', 1, 24, 'percent', 'premiums', 'increase', None, 'approximately', P('since 2022', '2022-01-01', '2025-12-09'), INS),
        ('21%', 1, 21, 'percent', 'premiums in California', 'increase', None, None, TY, INS),
        ('14%', 1, 14, 'percent', 'premiums in Nebraska', 'increase', None, None, TY, INS),
        ('12%', 1, 12, 'percent', 'premiums in Texas', 'increase', None, None, TY, INS),
        ('10.6%', 1, 10.6, 'percent', 'direct premiums written by homeowners insurers', 'increase', 'year_on_year', None, P('in the first three quarters of 2025', '2025-01-01', '2025-09-30'), SPG),
        ('$78.4 billion', 1, 78.4e9, 'USD', 'direct premiums written by homeowners insurers', 'increase', None, None, P('in the first three quarters of 2025', '2025-01-01', '2025-09-30'), SPG),
        ('101.8%', 1, 101.8, 'percent', "industry's combined ratio", None, None, None, Y('in 2024', 2024), SPG),
        ('1 in 5', 1, 0.2, 'fraction', 'share of homeowners who had raised their deductible', None, None, 'approximately', None, BR),
        ('2,000', 1, 2000, 'count', 'policyholders in a Bankrate survey', None, None, None, None, BR),
    ],
    'mt_newswires_us_import_export_prices_fuel.txt': [
        ('0.4%', 1, 0.4, 'percent', 'US Import Prices', 'increase', None, None, FEB, None),
        ('0.3%', 1, 0.3, 'percent', 'Export Prices', 'increase', None, None, FEB, None),
        ('0.4%', 2, 0.4, 'percent', 'prices of goods imported into the US', 'increase', 'month_on_month', None, FEB, BLS),
        ('0.2%', 1, 0.2, 'percent', 'import prices', 'increase', 'month_on_month', None, FEB, BBG),
        ('0.3%', 2, 0.3, 'percent', 'import prices', 'decrease', 'month_on_month', None, JANS, BLS),
        ('0.4%', 3, 0.4, 'percent', 'import prices', 'decrease', 'month_on_month', None, JANS, BLS),
        ('3.8%', 1, 3.8, 'percent', 'fuel import prices', 'increase', None, None, LM, BLS),
        ('5.6%', 1, 5.6, 'percent', 'fuel import prices', 'decrease', None, None, per('in January', 2026, 1), BLS),
        ('0.1%', 1, 0.1, 'percent', 'nonfuel import prices', 'increase', None, None, LM, BLS),
        ('0.6%', 1, 0.6, 'percent', 'import prices', 'increase', 'year_on_year', None, T12, BLS),
        ('9.7%', 1, 9.7, 'percent', 'fuel prices', 'decrease', 'year_on_year', None, T12, BLS),
        ('1.4%', 1, 1.4, 'percent', 'nonfuel prices', 'increase', 'year_on_year', None, T12, BLS),
        ('0.3%', 3, 0.3, 'percent', 'export prices', 'increase', 'month_on_month', None, FEB, BLS),
        ('1.2%', 1, 1.2, 'percent', 'agricultural export prices', 'decrease', 'month_on_month', None, FEB, BLS),
        ('0.5%', 1, 0.5, 'percent', 'nonagricultural export prices', 'increase', 'month_on_month', None, FEB, BLS),
        ('1.9%', 1, 1.9, 'percent', 'export prices', 'increase', 'year_on_year', None, FEB, BLS),
        ('2.7%', 1, 2.7, 'percent', 'agricultural export prices', 'decrease', 'year_on_year', None, FEB, BLS),
        ('2.3%', 1, 2.3, 'percent', 'nonagricultural export prices', 'increase', 'year_on_year', None, FEB, BLS),
        ('0.8%', 1, 0.8, 'percent', 'prices of imports from China', 'decrease', 'year_on_year', None, FEB, BLS),
        ('1.6%', 1, 1.6, 'percent', 'prices of imports from Canada', 'increase', 'month_on_month', None, FEB, BLS),
        ('0.2%', 2, 0.2, 'percent', 'prices of imports from Mexico', 'increase', 'month_on_month', None, FEB, BLS),
        ('3.50%', 1, 3.50, 'percent', 'benchmark rate range', None, None, None, FOMC, None),
        ('3.75%', 1, 3.75, 'percent', 'benchmark rate range', None, None, None, FOMC, None),
    ],
    'trading_economics_style_egypt_foreign_reserves.txt': [
        ('USD 51.45 billion', 1, 51.45e9, 'USD', "Egypt's net international reserves", 'increase', None, None, DEC25, CBE),
        ('USD 50.22 billion', 1, 50.22e9, 'USD', "Egypt's net international reserves", None, None, None, per('in November', 2025, 11), CBE),
        ('6.9 months', 1, 6.9, 'month', "months of the country's merchandise imports covered by the reserves", None, None, 'approximately', DEC25, CBE),
        ('6.7 months', 1, 6.7, 'month', "months of the country's merchandise imports covered by the reserves", None, None, None, per('a month earlier', 2025, 11), CBE),
        ('USD 4.34 billion', 1, 4.34e9, 'USD', 'reserves', 'increase', 'year_on_year', None, Y('For 2025 as a whole', 2025), CBE),
        ('9.2%', 1, 9.2, 'percent', 'reserves', 'increase', 'year_on_year', None, Y('For 2025 as a whole', 2025), CBE),
        ('32.4%', 1, 32.4, 'percent', 'reserves', 'increase', 'year_on_year', None, Y('in 2024', 2024), CBE),
        ('40.1%', 1, 40.1, 'percent', 'remittances', 'increase', 'year_on_year', None, P('in January-November 2025', '2025-01-01', '2025-11-30'), CBE),
        ('USD 36.5 billion', 1, 36.5e9, 'USD', 'remittances', 'increase', None, None, P('in January-November 2025', '2025-01-01', '2025-11-30'), CBE),
        ('USD 36.8 billion', 1, 36.8e9, 'USD', 'foreign currency holdings', None, None, None, EOD, CBE),
        ('USD 14.1 billion', 1, 14.1e9, 'USD', 'gold', None, None, None, EOD, CBE),
        ('USD 0.55 billion', 1, 0.55e9, 'USD', 'special drawing rights', None, None, None, EOD, CBE),
        ('USD 9.7 billion', 1, 9.7e9, 'USD', 'non-reserve foreign currency deposits at the central bank', None, None, None, EOD, CBE),
        ('26447.56 USD Million', 1, 26447.56e6, 'USD', 'Foreign Exchange Reserves in Egypt average', None, None, None, P('from 1998 until 2025', '1998-01-01', '2025-12-31'), CBE),
        ('51450.00 USD Million', 1, 51450e6, 'USD', 'Foreign Exchange Reserves in Egypt all time high', None, None, None, per('in December of 2025', 2025, 12), CBE),
        ('13008.00 USD Million', 1, 13008e6, 'USD', 'Foreign Exchange Reserves in Egypt record low', None, None, None, per('in March of 2013', 2013, 3), CBE),
        ('52000.00 USD Million', 1, 52000e6, 'USD', 'Foreign Exchange Reserves in Egypt', None, None, None, P('by the end of this quarter', '2026-03-31', '2026-03-31'), TE),
        ('53500.00 USD Million', 1, 53500e6, 'USD', 'Egypt Foreign Exchange Reserves', None, None, 'approximately', Y('in 2027', 2027), TE),
        ('55000.00 USD Million', 1, 55000e6, 'USD', 'Egypt Foreign Exchange Reserves', None, None, 'approximately', Y('in 2028', 2028), TE),
    ],
    'investing_style_palm_oil_malaysia_mpob_stocks.txt': [
        ('0.6%', 1, 0.6, 'percent', 'Palm oil', 'decrease', None, None, None, None),
        ('27 ringgit', 1, 27, 'MYR', 'benchmark April contract', 'decrease', None, None, ET, None),
        ('0.6%', 2, 0.6, 'percent', 'benchmark April contract', 'decrease', None, None, ET, None),
        ('4,236 ringgit', 1, 4236, 'MYR', 'benchmark April contract', 'decrease', None, None, ET, None),
        ('$958.40', 1, 958.40, 'USD', 'benchmark April contract', 'decrease', None, None, ET, None),
        ('4%', 1, 4, 'percent', 'benchmark April contract', 'decrease', None, 'approximately', P('so far this month', '2026-02-01', '2026-02-10'), None),
        ('9.3%', 1, 9.3, 'percent', "Malaysia's palm oil stocks", 'decrease', 'month_on_month', None, EOJ, MPOB),
        ('1.71 million tonnes', 1, 1.71e6, 'tonne', "Malaysia's palm oil stocks", 'decrease', None, None, EOJ, MPOB),
        ('1.66 million tonnes', 1, 1.66e6, 'tonne', 'palm oil stocks', None, None, None, EOJ, 'Reuters'),
        ('14.6%', 1, 14.6, 'percent', 'crude palm oil output', 'decrease', 'month_on_month', None, JAN, MPOB),
        ('1.42 million tonnes', 1, 1.42e6, 'tonne', 'crude palm oil output', 'decrease', None, None, JAN, MPOB),
        ('6.8%', 1, 6.8, 'percent', 'exports', 'decrease', 'month_on_month', None, JAN, MPOB),
        ('1.29 million tonnes', 1, 1.29e6, 'tonne', 'exports', 'decrease', None, None, JAN, MPOB),
        ('61,200 tonnes', 1, 61200, 'tonne', 'imports', None, None, None, JAN, MPOB),
        ('312,400 tonnes', 1, 312400, 'tonne', 'exports to India', None, None, None, JAN, MPOB),
        ('146,900 tonnes', 1, 146900, 'tonne', 'exports to China', None, None, None, JAN, MPOB),
        ('98,300', 1, 98300, 'tonne', 'exports to Kenya', None, None, None, JAN, MPOB),
        ('332,150 tonnes', 1, 332150, 'tonne', 'exports of Malaysian palm oil products', None, None, None, F110, ITS),
        ('18.4%', 1, 18.4, 'percent', 'exports of Malaysian palm oil products', 'decrease', 'month_on_month', None, F110, ITS),
        ('407,090 tonnes', 1, 407090, 'tonne', 'exports of Malaysian palm oil products', None, None, None, P('during Jan. 1-10', '2026-01-01', '2026-01-10'), ITS),
        ('15.9%', 1, 15.9, 'percent', 'shipments', 'decrease', 'month_on_month', None, P('over the period', '2026-02-01', '2026-02-10'), AMS),
        ('1.1%', 1, 1.1, 'percent', "Dalian's most-active palm olein contract", 'decrease', None, None, None, None),
        ('0.3%', 1, 0.3, 'percent', 'soyoil futures on the Chicago Board of Trade', 'increase', None, None, None, None),
    ],
    'business_standard_style_cooking_oil_retail_prices_inflation.txt': [
        ('15.8%', 1, 15.8, 'percent', 'oils and fats inflation', None, None, None, None, None),
        ('15 per cent', 1, 15, 'percent', 'inflation in the oils and fats category', None, 'year_on_year', 'more_than', BOCT, None),
        ('Rs 134', 1, 134, 'INR', 'all-India average retail price of packed palm oil', None, None, None, WED, DOCA),
        ('7.6 per cent', 1, 7.6, 'percent', 'all-India average retail price of packed palm oil', 'decrease', None, None, P('since June 1', '2025-06-01', '2025-11-12'), DOCA),
        ('Rs 168', 1, 168, 'INR', 'retail price of sunflower oil', None, None, None, WED, DOCA),
        ('Rs 146', 1, 146, 'INR', 'retail price of soybean oil', None, None, None, WED, DOCA),
        ('4.5 per cent', 1, 4.5, 'percent', 'retail price of sunflower oil', 'decrease', None, None, P('over the same period', '2025-06-01', '2025-11-12'), DOCA),
        ('6.1 per cent', 1, 6.1, 'percent', 'retail price of soybean oil', 'decrease', None, None, P('over the same period', '2025-06-01', '2025-11-12'), DOCA),
        ('Rs 189', 1, 189, 'INR', 'retail price of mustard oil', None, None, None, WED, DOCA),
        ('10 per cent', 1, 10, 'percent', 'basic customs duty on crude palm, soybean and sunflower oils', 'decrease', None, None, M30, GOI),
        ('20 per cent', 1, 20, 'percent', 'basic customs duty on crude palm, soybean and sunflower oils', None, None, None, M30, GOI),
        ('16.5 per cent', 1, 16.5, 'percent', 'effective duty', 'decrease', None, None, M30, GOI),
        ('27.5 per cent', 1, 27.5, 'percent', 'effective duty', None, None, None, M30, GOI),
        ('15.8 per cent', 1, 15.8, 'percent', 'consumer price inflation in the oils and fats sub-group', 'decrease', 'year_on_year', None, BOCT, NSO),
        ('17.2 per cent', 1, 17.2, 'percent', 'consumer price inflation in the oils and fats sub-group', None, 'year_on_year', None, per('in September', 2025, 9), NSO),
        ('0.25 per cent', 1, 0.25, 'percent', 'headline retail inflation', 'decrease', 'year_on_year', None, BOCT, NSO),
        ('3.6 per cent', 1, 3.6, 'percent', 'oils and fats weight in the CPI basket', None, None, 'approximately', None, NSO),
        ('20', 2, 20, 'percent', 'prices of imported oils', 'increase', 'year_on_year', None, None, SEA),
        ('25 per cent', 1, 25, 'percent', 'prices of imported oils', 'increase', 'year_on_year', None, None, SEA),
        ('Rs 5', 1, 5, 'INR', 'retail prices', 'decrease', None, None, BYDEC, SEA),
        ('8', 1, 8, 'INR', 'retail prices', 'decrease', None, None, BYDEC, SEA),
    ],
    'eu_energy_style_coal_to_gas_switching_emissions.txt': [
        ('1,041 MtCO2', 1, 1041e6, 'tonne', 'emissions from installations covered by the EU ETS', 'decrease', None, None, E25, EC),
        ('4.8%', 1, 4.8, 'percent', 'emissions from installations covered by the EU ETS', 'decrease', 'year_on_year', None, E25, EC),
        ('50%', 1, 50, 'percent', 'emissions from installations covered by the EU ETS', 'decrease', None, 'approximately', P('2005', '2005-01-01', '2025-12-31'), EC),
        ('9.2%', 1, 9.2, 'percent', 'emissions from power and heat generation', 'decrease', 'year_on_year', None, E25, EC),
        ('512 MtCO2', 1, 512e6, 'tonne', 'emissions from power and heat generation', 'decrease', None, None, E25, EC),
        ('-0.4%', 1, -0.4, 'percent', 'industrial emissions', 'decrease', 'year_on_year', None, E25, EC),
        ('205 TWh', 1, 205, 'terawatt hour', 'coal and lignite generation in the EU', 'decrease', None, None, E25, EC),
        ('241 TWh', 1, 241, 'terawatt hour', 'coal and lignite generation in the EU', None, None, None, Y('in 2024', 2024), EC),
        ('118 TWh', 1, 118, 'terawatt hour', 'lignite generation', None, None, None, E25, EC),
        ('87 TWh', 1, 87, 'terawatt hour', 'hard coal generation', None, None, None, E25, EC),
        ('6%', 1, 6, 'percent', 'gas-fired output', 'increase', 'year_on_year', None, E25, EC),
        ('392 TWh', 1, 392, 'terawatt hour', 'gas-fired output', 'increase', None, None, E25, EC),
        ('61 TWh', 1, 61, 'terawatt hour', 'output of coal and lignite plants', None, None, None, Q425, EC),
        ('11%', 1, 11, 'percent', 'output of coal and lignite plants', 'decrease', 'year_on_year', None, Q425, EC),
        ('104 TWh', 1, 104, 'terawatt hour', 'output of gas-fired plants', None, None, None, Q425, EC),
        ('+3%', 1, 3, 'percent', 'output of gas-fired plants', 'increase', 'year_on_year', None, Q425, EC),
        ('44%', 1, 44, 'percent', 'Germany share of EU coal-fired electricity', None, None, None, INQ, EC),
        ('31%', 1, 31, 'percent', 'Poland share of EU coal-fired electricity', None, None, None, INQ, EC),
        ('7%', 1, 7, 'percent', 'Czechia share of EU coal-fired electricity', None, None, None, INQ, EC),
        ('5%', 1, 5, 'percent', 'Bulgaria share of EU coal-fired electricity', None, None, None, INQ, EC),
        ('-6 €/MWh', 1, -6, 'EUR', 'clean dark spread of German hard coal plants', None, None, None, QQ4, EC),
        ('11 €/MWh', 1, 11, 'EUR', 'clean spark spread for gas-fired plants', None, None, None, QQ4, EC),
        ('58', 1, 58, 'EUR', 'coal-to-gas fuel switching price', None, None, None, INQ, EC),
        ('64 €/tCO2', 1, 64, 'EUR', 'coal-to-gas fuel switching price', None, None, None, INQ, EC),
        ('77 €/tCO2', 1, 77, 'EUR', 'average EUA price', None, None, None, INQ, EC),
        ('198 gCO2/kWh', 1, 198, 'gram per kilowatt hour', 'carbon intensity of EU electricity generation', 'decrease', None, None, E25, EC),
        ('219 gCO2/kWh', 1, 219, 'gram per kilowatt hour', 'carbon intensity of EU electricity generation', None, None, None, Y('a year earlier', 2024), EC),
    ],
    'nbs_style_commodity_housing_inventory_unsold.txt': [
        ('759.28 million square meters', 1, 759.28e6, 'square metre', 'floor space of commercial buildings for sale', None, None, None, EOO, NBS),
        ('2.21 million square meters', 1, 2.21e6, 'square metre', 'floor space of commercial buildings for sale', 'increase', 'month_on_month', None, EOO, NBS),
        ('409.53 million square meters', 1, 409.53e6, 'square metre', 'floor space of residential buildings for sale', None, None, None, EOO, NBS),
        ('1.64 million square meters', 1, 1.64e6, 'square metre', 'floor space of residential buildings for sale', 'increase', 'month_on_month', None, EOO, NBS),
        ('71.56 million', 1, 71.56e6, 'square metre', 'floor space of office buildings for sale', None, None, None, EOO, NBS),
        ('135.42 million square meters', 1, 135.42e6, 'square metre', 'floor space of business premises for sale', None, None, None, EOO, NBS),
        ('6,479.60 million square meters', 1, 6479.60e6, 'square metre', 'floor space of buildings under construction', None, None, None, JO, NBS),
        ('9.4 percent', 1, 9.4, 'percent', 'floor space of buildings under construction', 'decrease', 'year_on_year', None, JO, NBS),
        ('490.61 million square meters', 1, 490.61e6, 'square metre', 'newly started floor space of buildings', None, None, None, JO, NBS),
        ('19.8 percent', 1, 19.8, 'percent', 'newly started floor space of buildings', 'decrease', 'year_on_year', None, JO, NBS),
        ('358.42 million square meters', 1, 358.42e6, 'square metre', 'newly started floor space of residential buildings', None, None, None, JO, NBS),
        ('19.6 percent', 1, 19.6, 'percent', 'newly started floor space of residential buildings', 'decrease', 'year_on_year', None, JO, NBS),
        ('348.61 million square meters', 1, 348.61e6, 'square metre', 'floor space of buildings completed', None, None, None, JO, NBS),
        ('16.9 percent', 1, 16.9, 'percent', 'floor space of buildings completed', 'decrease', 'year_on_year', None, JO, NBS),
        ('719.82 million square meters', 1, 719.82e6, 'square metre', 'floor space of newly built commercial buildings sold', None, None, None, JO, NBS),
        ('6.8 percent', 1, 6.8, 'percent', 'floor space of newly built commercial buildings sold', 'decrease', 'year_on_year', None, JO, NBS),
        ('1.3 percentage points', 1, 1.3, 'percentage_point', 'decline in floor space of newly built commercial buildings sold', 'increase', 'period_on_period', None, JO, NBS),
        ('6,911.5 billion yuan', 1, 6911.5e9, 'CNY', 'sales of newly built commercial buildings', None, None, None, JO, NBS),
        ('9.6 percent', 1, 9.6, 'percent', 'sales of newly built commercial buildings', 'decrease', 'year_on_year', None, JO, NBS),
        ('9.9 percent', 1, 9.9, 'percent', 'sales of residential buildings', 'decrease', 'year_on_year', None, JO, NBS),
        ('92.43', 1, 92.43, 'index_point', 'national real estate climate index', None, None, None, per('In October', 2025, 10), NBS),
        ('0.35 points', 1, 0.35, 'index_point', 'national real estate climate index', 'decrease', 'month_on_month', None, per('In October', 2025, 10), NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
