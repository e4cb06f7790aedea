# ruff: noqa: E501, RUF001
"""Write corpus/annotated_55/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_55.py corpus/annotated_55
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
MOF = "Ministry of Finance"
BANX = "Bank of Mexico"
INEGI = "National Institute of Statistics and Geography"
MBA = "Mortgage Bankers Association"
MND = "Mortgage News Daily"
FNM = "Fannie Mae"
CMHC = "Canada Mortgage and Housing Corporation"
BBG = "Bloomberg"
GUS = "Statistics Poland"
TE = "Trading Economics"
NCA = "National Confectioners Association"
CAA = "Cocoa Association of Asia"
GCI = "Government of Ivory Coast"
ICE = "Intercontinental Exchange"
GSTN = "Goods and Services Tax Network"
GOI = "Government of India"
EY = "EY India"
GIE = "Gas Infrastructure Europe"
NFSRA = "National Food and Strategic Reserves Administration"
NDRC = "National Development and Reform Commission"
NBS = "National Bureau of Statistics"

# 5501 ONS housebuilding (ref Thursday 2026-03-19)
Q4L = Q("in Quarter 4 (Oct to Dec) 2025", 2025, 4)
LQ = Q("in the latest quarter", 2025, 4)
CY25 = Y("In calendar year 2025", 2025)
Q425 = Q("in Quarter 4 2025", 2025, 4)
SINCE23 = P("since Quarter 1 (Jan to Mar) 2023", "2023-01-01", "2025-12-31")
Q325 = Q("for Quarter 3 2025", 2025, 3)
# 5502 Reuters 1987 (ref Tuesday 1987-05-12)
MAR = per("in March", 1987, 3)
MARA = per("March", 1987, 3)
FEB = per("in February", 1987, 2)
FY86 = P("For fiscal 1986 ended March 31", "1986-04-01", "1987-03-31")
# 5503 Reuters 2025 (ref Thursday 2025-12-18)
THU = P("on Thursday", "2025-12-18", "2025-12-18")
Q126 = Q("for the first quarter of 2026", 2026, 1)
H1DEC = P("in the first half of December", "2025-12-01", "2025-12-15")
# 5504 CNBC (ref Wednesday 2025-12-10)
LW = P("last week", "2025-12-01", "2025-12-07")
# 5505 MT Newswires (ref Friday 2026-01-16)
DEC = per("in December", 2025, 12)
Y25 = Y("For all of 2025", 2025)
# 5506 Trading Economics (ref Wednesday 2026-01-21)
DEC25 = per("in December 2025", 2025, 12)
TDEC = per("in December", 2025, 12)
# 5507 Investing.com (ref Thursday 2026-01-15)
ET = P("By 09:25 ET", None, None)
ARR = P("between Oct. 1 and Jan. 11", "2025-10-01", "2026-01-11")
GQ4 = Q("fourth-quarter", 2025, 4)
IQ4 = Q("in the fourth quarter", 2025, 4)
S2526 = P("for the 2025/26 season", "2025-10-01", "2026-09-30")
# 5508 Business Standard (ref Tuesday 2025-12-02)
NOV = per("in November", 2025, 11)
NOVA = per("November", 2025, 11)
DMON = per("during the month", 2025, 11)
AN26 = P("In April-November of FY26", "2025-04-01", "2025-11-30")
BYMAR = P("by March", "2026-03-31", "2026-03-31")
# 5509 DG ENER (ref Wednesday 2026-04-22)
WINTER = P("between 1 October 2025 and 31 March 2026", "2025-10-01", "2026-03-31")
M31 = P("on 31 March 2026", "2026-03-31", "2026-03-31")
EOM = P("at the end of March", "2026-03-31", "2026-03-31")
INJ = P("between April and September 2026", "2026-04-01", "2026-09-30")
EMAR = per("in March", 2026, 3)
# 5510 NBS / NFSRA (ref Wednesday 2025-10-15)
AS30 = P("as of September 30", "2025-09-30", "2025-09-30")
TQ = Q("In the third quarter", 2025, 3)
EOS = P("At the end of September", "2025-09-30", "2025-09-30")
AUT = P("From September 1 to October 10", "2025-09-01", "2025-10-10")
Y26 = Y("in 2026", 2026)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_house_building_starts_completions.txt': [
        ('43,960', 1, 43960, 'count', 'new build dwelling completions in the UK', None, None, None, Q4L, None),
        ('3.1%', 1, 3.1, 'percent', 'new build dwelling completions in the UK', 'increase', 'quarter_on_quarter', None, Q4L, None),
        ('38,720', 1, 38720, 'count', 'starts', 'decrease', None, None, LQ, None),
        ('6.4%', 1, 6.4, 'percent', 'starts', 'decrease', 'year_on_year', None, LQ, None),
        ('171,530', 1, 171530, 'count', 'dwellings completed across the UK', None, None, None, CY25, None),
        ('2.7%', 1, 2.7, 'percent', 'dwellings completed across the UK', 'decrease', 'year_on_year', None, CY25, None),
        ('158,240', 1, 158240, 'count', 'starts', None, None, None, CY25, None),
        ('34,110', 1, 34110, 'count', 'dwellings completed by private enterprise', None, None, None, Q425, ONS),
        ('8,640', 1, 8640, 'count', 'dwellings completed by housing associations', None, None, None, Q425, ONS),
        ('1,210', 1, 1210, 'count', 'dwellings completed by local authorities', None, None, None, Q425, ONS),
        ('7.9%', 1, 7.9, 'percent', 'private enterprise starts', 'decrease', 'year_on_year', None, Q425, ONS),
        ('1.2%', 1, 1.2, 'percent', 'housing association starts', 'decrease', 'year_on_year', None, Q425, ONS),
        ('37,050', 1, 37050, 'count', 'completions in England', None, None, None, LQ, ONS),
        ('4.4%', 1, 4.4, 'percent', 'completions in Scotland', 'increase', 'quarter_on_quarter', None, LQ, ONS),
        ('1.6%', 1, 1.6, 'percent', 'completions in Wales', 'increase', 'quarter_on_quarter', None, LQ, ONS),
        ('9.8%', 1, 9.8, 'percent', 'completions in Northern Ireland', 'increase', 'quarter_on_quarter', None, LQ, ONS),
        ('35,000', 1, 35000, 'count', 'quarterly completions in England', None, None, None, SINCE23, ONS),
        ('41,000', 1, 41000, 'count', 'quarterly completions in England', None, None, None, SINCE23, ONS),
        ('620', 1, 620, 'count', 'UK starts revision', 'decrease', None, None, Q325, ONS),
        ('40,330', 1, 40330, 'count', 'UK starts', 'decrease', None, None, Q325, ONS),
        ('a fifth', 1, 0.2, 'fraction', 'housing associations share of UK completions', None, None, 'approximately', Y('in 2025', 2025), ONS),
    ],
    'wire_1987_japan_current_account.txt': [
        ('9.86 BILLION DLRS', 1, 9.86e9, 'USD', 'Japan current account surplus', None, None, None, per('MARCH', 1987, 3), None),
        ('9.86 billion dlrs', 1, 9.86e9, 'USD', 'current account surplus', 'increase', None, None, MAR, MOF),
        ('7.38 billion', 1, 7.38e9, 'USD', 'current account surplus', None, None, None, FEB, MOF),
        ('6.04 billion', 1, 6.04e9, 'USD', 'current account surplus', None, None, None, per('a year earlier', 1986, 3), MOF),
        ('10.94 billion dlrs', 1, 10.94e9, 'USD', 'trade surplus', 'increase', None, None, MARA, MOF),
        ('8.62 billion', 1, 8.62e9, 'USD', 'trade surplus', None, None, None, FEB, MOF),
        ('14.2 pct', 1, 14.2, 'percent', 'exports', 'increase', 'year_on_year', None, MARA, MOF),
        ('20.45 billion dlrs', 1, 20.45e9, 'USD', 'exports', 'increase', None, None, MARA, MOF),
        ('3.1 pct', 1, 3.1, 'percent', 'imports', 'decrease', 'year_on_year', None, MARA, MOF),
        ('9.51 billion', 1, 9.51e9, 'USD', 'imports', 'decrease', None, None, MARA, MOF),
        ('847 mln dlrs', 1, 847e6, 'USD', 'invisible trade deficit', None, None, None, MAR, MOF),
        ('1.02 billion dlr', 1, 1.02e9, 'USD', 'invisible trade deficit', None, None, None, FEB, MOF),
        ('233 mln', 1, 233e6, 'USD', 'transfer payments deficit', None, None, None, MAR, MOF),
        ('14.37 billion dlrs', 1, 14.37e9, 'USD', 'net long-term capital outflows', None, None, None, MAR, MOF),
        ('11.29 billion', 1, 11.29e9, 'USD', 'net long-term capital outflows', None, None, None, FEB, MOF),
        ('4.51 billion dlrs', 1, 4.51e9, 'USD', 'basic balance deficit', None, None, None, MAR, MOF),
        ('94.12 billion dlrs', 1, 94.12e9, 'USD', 'current account surplus', None, None, None, FY86, MOF),
        ('70.3 pct', 1, 70.3, 'percent', 'current account surplus', 'increase', 'year_on_year', None, FY86, MOF),
        ('55.27 billion', 1, 55.27e9, 'USD', 'current account surplus', None, None, None, P('in fiscal 1985', '1985-04-01', '1986-03-31'), MOF),
        ('101.64 billion', 1, 101.64e9, 'USD', 'trade surplus', None, None, None, FY86, MOF),
        ('64.7 pct', 1, 64.7, 'percent', 'trade surplus', 'increase', 'year_on_year', None, FY86, MOF),
        ('137.4 billion dlrs', 1, 137.4e9, 'USD', 'net long-term capital outflows', 'increase', None, None, P('in fiscal 1986', '1986-04-01', '1987-03-31'), MOF),
        ('64.5 billion', 1, 64.5e9, 'USD', 'net long-term capital outflows', None, None, None, P('the previous year', '1985-04-01', '1986-03-31'), MOF),
        ('7.21 billion dlrs', 1, 7.21e9, 'USD', 'current account surplus', None, None, None, per('February', 1987, 2), MOF),
        ('9.0 billion dlrs', 1, 9.0e9, 'USD', 'current account surplus', None, None, 'approximately', MARA, None),
        ('140.55 yen', 1, 140.55, 'JPY', 'dollar', 'decrease', None, None, P('on Tuesday', '1987-05-12', '1987-05-12'), MOF),
        ('141.20', 1, 141.20, 'JPY', 'dollar', None, None, None, P('on Monday', '1987-05-11', '1987-05-11'), MOF),
    ],
    'wire_2025_mexico_central_bank_decision.txt': [
        ('7%', 1, 7, 'percent', 'rate', 'decrease', None, None, None, BANX),
        ('25 basis points', 1, 25, 'basis_point', 'benchmark interest rate', 'decrease', None, None, THU, BANX),
        ('7.00%', 1, 7.00, 'percent', 'benchmark interest rate', 'decrease', None, None, THU, BANX),
        ('Four', 1, 4, 'count', 'board members backing the cut', None, None, None, None, BANX),
        ('7.25%', 1, 7.25, 'percent', 'benchmark interest rate', None, None, None, None, BANX),
        ('Nineteen', 1, 19, 'count', 'analysts in a Reuters poll expecting the move', None, None, None, None, 'Reuters'),
        ('22', 1, 22, 'count', 'analysts polled by Reuters', None, None, None, None, 'Reuters'),
        ('425 basis points', 1, 425, 'basis_point', 'cumulative cuts', 'decrease', None, None, P('since the easing cycle began in March 2024', '2024-03-01', '2025-12-18'), BANX),
        ('3.8%', 1, 3.8, 'percent', 'average headline inflation', 'increase', None, None, Q126, BANX),
        ('3.5%', 1, 3.5, 'percent', 'average headline inflation', None, None, None, Q126, BANX),
        ('3.9%', 1, 3.9, 'percent', 'core inflation', None, None, None, P('in the second and third quarters of next year', '2026-04-01', '2026-06-30'), BANX),
        ('3.6%', 1, 3.6, 'percent', 'core inflation', None, None, None, P('in the second and third quarters of next year', '2026-07-01', '2026-09-30'), BANX),
        ('3%', 1, 3, 'percent', 'headline inflation', None, None, None, Q('in the third quarter of 2026', 2026, 3), BANX),
        ('3.72%', 1, 3.72, 'percent', 'annual headline inflation', 'increase', 'year_on_year', None, H1DEC, INEGI),
        ('3.61%', 1, 3.61, 'percent', 'annual headline inflation', None, 'year_on_year', None, P('in the second half of November', '2025-11-16', '2025-11-30'), INEGI),
        ('4.30%', 1, 4.30, 'percent', 'core prices', 'increase', 'year_on_year', None, H1DEC, INEGI),
        ('0.4%', 1, 0.4, 'percent', 'peso', 'decrease', None, None, None, INEGI),
        ('18.05', 1, 18.05, 'MXN', 'peso', 'decrease', None, None, None, INEGI),
        ('13%', 1, 13, 'percent', 'peso', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-12-18'), INEGI),
    ],
    'cnbc_style_mortgage_demand_mba.txt': [
        ('9%', 1, 9, 'percent', 'mortgage refinance demand', 'increase', None, None, None, None),
        ('4.8%', 1, 4.8, 'percent', 'mortgage application volume', 'increase', 'period_on_period', None, LW, MBA),
        ('6.22%', 1, 6.22, 'percent', 'average contract interest rate for 30-year fixed-rate mortgages with conforming loan balances', 'decrease', None, None, LW, MBA),
        ('6.32%', 1, 6.32, 'percent', 'average contract interest rate for 30-year fixed-rate mortgages with conforming loan balances', None, None, None, P('the week before', '2025-11-24', '2025-11-30'), MBA),
        ('9%', 2, 9, 'percent', 'applications to refinance a home loan', 'increase', 'period_on_period', None, None, MBA),
        ('88%', 1, 88, 'percent', 'applications to refinance a home loan', 'increase', 'year_on_year', None, None, MBA),
        ('41.5%', 1, 41.5, 'percent', 'refinance share of mortgage activity', 'increase', None, None, None, MBA),
        ('38.9%', 1, 38.9, 'percent', 'refinance share of mortgage activity', None, None, None, None, MBA),
        ('2%', 1, 2, 'percent', 'applications for a mortgage to purchase a home', 'decrease', 'period_on_period', None, None, MBA),
        ('19%', 1, 19, 'percent', 'applications for a mortgage to purchase a home', 'increase', 'year_on_year', None, None, MBA),
        ('19.8%', 1, 19.8, 'percent', 'FHA share of total applications', 'increase', None, None, None, MBA),
        ('18.9%', 1, 18.9, 'percent', 'FHA share of total applications', None, None, None, None, MBA),
        ('$431,200', 1, 431200, 'USD', 'average loan size for purchase applications', 'decrease', None, None, None, MBA),
        ('6.27%', 1, 6.27, 'percent', 'average rate on the 30-year fixed', 'increase', None, None, P('by Tuesday', '2025-12-09', '2025-12-09'), MND),
        ('6.0%', 1, 6.0, 'percent', '30-year rate', None, None, None, Q('in the fourth quarter of 2026', 2026, 4), FNM),
    ],
    'mt_newswires_canada_housing_starts.txt': [
        ('6.3%', 1, 6.3, 'percent', 'Canadian housing starts', 'increase', None, None, DEC, None),
        ('6.3%', 2, 6.3, 'percent', "Canada's seasonally adjusted annual rate of housing starts", 'increase', 'month_on_month', None, DEC, CMHC),
        ('268,410 units', 1, 268410, 'count', "Canada's seasonally adjusted annual rate of housing starts", 'increase', None, None, DEC, CMHC),
        ('252,530 units', 1, 252530, 'count', "Canada's seasonally adjusted annual rate of housing starts", None, None, None, per('in November', 2025, 11), CMHC),
        ('255,000 units', 1, 255000, 'count', "Canada's seasonally adjusted annual rate of housing starts", None, None, None, DEC, BBG),
        ('0.8%', 1, 0.8, 'percent', 'six-month moving average of the SAAR', 'decrease', None, None, None, CMHC),
        ('261,370 units', 1, 261370, 'count', 'six-month moving average of the SAAR', 'decrease', None, None, None, CMHC),
        ('7.1%', 1, 7.1, 'percent', 'starts in urban centres with 10,000 or more people', 'increase', None, None, DEC, CMHC),
        ('248,960 units', 1, 248960, 'count', 'starts in urban centres with 10,000 or more people', 'increase', None, None, DEC, CMHC),
        ('8.4%', 1, 8.4, 'percent', 'multi-unit urban starts', 'increase', None, None, DEC, CMHC),
        ('199,270 units', 1, 199270, 'count', 'multi-unit urban starts', 'increase', None, None, DEC, CMHC),
        ('2%', 1, 2, 'percent', 'single-detached urban starts', 'increase', None, None, DEC, CMHC),
        ('49,690', 1, 49690, 'count', 'single-detached urban starts', 'increase', None, None, DEC, CMHC),
        ('19,450 units', 1, 19450, 'count', 'rural starts', None, None, None, DEC, CMHC),
        ('31%', 1, 31, 'percent', 'monthly SAAR starts in Toronto', 'increase', 'month_on_month', None, None, CMHC),
        ('12%', 1, 12, 'percent', 'monthly SAAR starts in Montréal', 'increase', 'month_on_month', None, None, CMHC),
        ('9%', 1, 9, 'percent', 'monthly SAAR starts in Vancouver', 'decrease', 'month_on_month', None, None, CMHC),
        ('259,860 units', 1, 259860, 'count', 'actual starts', None, None, None, Y25, CMHC),
        ('6%', 1, 6, 'percent', 'actual starts', 'increase', 'year_on_year', None, Y25, CMHC),
        ('245,120', 1, 245120, 'count', 'actual starts', None, None, None, Y('in 2024', 2024), CMHC),
        ('19,830 units', 1, 19830, 'count', 'actual starts', None, None, None, DEC, CMHC),
        ('18,640', 1, 18640, 'count', 'actual starts', None, None, None, per('a year earlier', 2024, 12), CMHC),
        ('two-fifths', 1, 0.4, 'fraction', 'purpose-built rentals share of urban multi-unit starts', None, None, 'approximately', Y('last year', 2025), CMHC),
    ],
    'trading_economics_style_poland_industrial_output.txt': [
        ('3.4%', 1, 3.4, 'percent', 'industrial production in Poland', 'increase', 'year_on_year', None, DEC25, GUS),
        ('2.1%', 1, 2.1, 'percent', 'industrial production in Poland', 'increase', 'year_on_year', None, per('in November', 2025, 11), GUS),
        ('2.6%', 1, 2.6, 'percent', 'industrial production in Poland', None, 'year_on_year', None, DEC25, None),
        ('80%', 1, 80, 'percent', 'manufacturing share of industrial output', None, None, 'approximately', DEC25, GUS),
        ('3.9%', 1, 3.9, 'percent', 'manufacturing output', 'increase', 'year_on_year', None, DEC25, GUS),
        ('1.2%', 1, 1.2, 'percent', 'electricity, gas, steam and air conditioning supply', 'increase', 'year_on_year', None, DEC25, GUS),
        ('4.7%', 1, 4.7, 'percent', 'water supply', 'increase', 'year_on_year', None, DEC25, GUS),
        ('6.8%', 1, 6.8, 'percent', 'mining and quarrying', 'decrease', 'year_on_year', None, DEC25, GUS),
        ('21', 1, 21, 'count', 'main industrial divisions where output rose', None, None, None, DEC25, GUS),
        ('11.5%', 1, 11.5, 'percent', 'output of motor vehicles', 'increase', 'year_on_year', None, DEC25, GUS),
        ('7.9%', 1, 7.9, 'percent', 'output of furniture', 'increase', 'year_on_year', None, DEC25, GUS),
        ('9.3%', 1, 9.3, 'percent', 'output of coke and refined petroleum products', 'decrease', 'year_on_year', None, DEC25, GUS),
        ('7.5%', 1, 7.5, 'percent', 'industrial output', 'decrease', 'month_on_month', None, TDEC, GUS),
        ('1.6%', 1, 1.6, 'percent', 'industrial output', 'increase', 'month_on_month', None, per('in the previous month', 2025, 11), GUS),
        ('0.9%', 1, 0.9, 'percent', 'seasonally adjusted production', 'increase', 'month_on_month', None, TDEC, GUS),
        ('2.2%', 1, 2.2, 'percent', 'industrial output', 'increase', 'year_on_year', None, Y('For 2025 as a whole', 2025), GUS),
        ('0.2%', 1, 0.2, 'percent', 'industrial output', 'decrease', 'year_on_year', None, Y('in 2024', 2024), GUS),
        ('5.17 percent', 1, 5.17, 'percent', 'Industrial Production in Poland average', None, None, None, P('From 1996 until 2025', '1996-01-01', '2025-12-31'), GUS),
        ('44.50 percent', 1, 44.50, 'percent', 'Industrial Production in Poland all time high', None, None, None, per('in April of 2021', 2021, 4), GUS),
        ('-24.60 percent', 1, -24.60, 'percent', 'Industrial Production in Poland record low', 'decrease', None, None, per('in April of 2020', 2020, 4), GUS),
        ('2.80 percent', 1, 2.80, 'percent', 'Industrial Production in Poland', None, None, None, P('by the end of this quarter', '2026-03-31', '2026-03-31'), TE),
        ('3.20 percent', 1, 3.20, 'percent', 'Poland Industrial Production', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_cocoa_arrivals_ivory_coast.txt': [
        ('3.1%', 1, 3.1, 'percent', 'ICE New York cocoa for March delivery', 'increase', None, None, ET, None),
        ('$6,042', 1, 6042, 'USD', 'ICE New York cocoa for March delivery', 'increase', None, None, ET, None),
        ('2.6%', 1, 2.6, 'percent', 'London cocoa futures', 'increase', None, None, ET, None),
        ('£4,318', 1, 4318, 'GBP', 'London cocoa futures', 'increase', None, None, ET, None),
        ('40%', 1, 40, 'percent', 'New York prices', 'decrease', 'year_on_year', 'approximately', ET, None),
        ('1.02 million tonnes', 1, 1.02e6, 'tonne', 'beans delivered to Ivory Coast ports', None, None, None, ARR, None),
        ('8.5%', 1, 8.5, 'percent', 'beans delivered to Ivory Coast ports', 'decrease', 'year_on_year', None, ARR, None),
        ('1.11 million tonnes', 1, 1.11e6, 'tonne', 'beans delivered to Ivory Coast ports', None, None, None, P('in the same period a season earlier', '2024-10-01', '2025-01-11'), None),
        ('52,000 tonnes', 1, 52000, 'tonne', 'arrivals', None, None, None, P('in the latest week', '2026-01-05', '2026-01-11'), None),
        ('61,000 tonnes', 1, 61000, 'tonne', 'arrivals', None, None, None, P('a week earlier', '2025-12-29', '2026-01-04'), None),
        ('5%', 1, 5, 'percent', "Europe's grindings", 'decrease', 'year_on_year', None, GQ4, None),
        ('7%', 1, 7, 'percent', "Europe's grindings", 'decrease', 'year_on_year', None, GQ4, None),
        ('3.2%', 1, 3.2, 'percent', 'North American grindings', 'decrease', 'year_on_year', None, IQ4, NCA),
        ('101,655 tonnes', 1, 101655, 'tonne', 'North American grindings', 'decrease', None, None, IQ4, NCA),
        ('4.6%', 1, 4.6, 'percent', 'Asian grindings', 'decrease', 'year_on_year', None, IQ4, CAA),
        ('196,840 tonnes', 1, 196840, 'tonne', 'Asian grindings', 'decrease', None, None, IQ4, CAA),
        ('2,800 CFA francs', 1, 2800, 'XOF', 'main-crop farmgate price', 'increase', None, None, S2526, GCI),
        ('1,800 francs', 1, 1800, 'XOF', 'main-crop farmgate price', None, None, None, P('last season', '2024-10-01', '2025-09-30'), GCI),
        ('2.28 million', 1, 2.28e6, 'count', 'certified cocoa stocks in ICE-monitored warehouses', 'increase', None, None, P('on Wednesday', '2026-01-14', '2026-01-14'), ICE),
        ('2.19 million', 1, 2.19e6, 'count', 'certified cocoa stocks in ICE-monitored warehouses', None, None, None, P('a week earlier', '2026-01-07', '2026-01-07'), ICE),
    ],
    'business_standard_style_gst_collections_states.txt': [
        ('0.7%', 1, 0.7, 'percent', 'GST mop-up', 'increase', None, None, per('in Nov', 2025, 11), None),
        ('₹1.70 trn', 1, 1.70e12, 'INR', 'GST mop-up', 'increase', None, None, per('in Nov', 2025, 11), None),
        ('0.7 per cent', 1, 0.7, 'percent', 'gross goods and services tax (GST) collections', 'increase', 'year_on_year', None, NOV, GSTN),
        ('₹1.70 trillion', 1, 1.70e12, 'INR', 'gross goods and services tax (GST) collections', 'increase', None, None, NOV, GSTN),
        ('₹34,843 crore', 1, 34843e7, 'INR', 'central GST (CGST)', None, None, None, NOVA, GSTN),
        ('₹42,522 crore', 1, 42522e7, 'INR', 'state GST (SGST)', None, None, None, NOVA, GSTN),
        ('₹92,635 crore', 1, 92635e7, 'INR', 'integrated GST (IGST)', None, None, None, NOVA, GSTN),
        ('4 per cent', 1, 4, 'percent', 'refunds', 'decrease', 'year_on_year', None, DMON, GSTN),
        ('₹18,196 crore', 1, 18196e7, 'INR', 'refunds', 'decrease', None, None, DMON, GSTN),
        ('₹1.52 trillion', 1, 1.52e12, 'INR', 'net collections', None, None, None, DMON, GSTN),
        ('1.3 per cent', 1, 1.3, 'percent', 'net collections', 'increase', 'year_on_year', None, DMON, GSTN),
        ('68.4 per cent', 1, 68.4, 'percent', 'compensation cess', 'decrease', 'year_on_year', None, DMON, GSTN),
        ('₹4,006 crore', 1, 4006e7, 'INR', 'compensation cess', 'decrease', None, None, DMON, GSTN),
        ('3 per cent', 1, 3, 'percent', "Maharashtra's collections", 'increase', None, None, None, GSTN),
        ('₹30,125 crore', 1, 30125e7, 'INR', "Maharashtra's collections", 'increase', None, None, None, GSTN),
        ('4 per cent', 2, 4, 'percent', 'collections in Karnataka', 'increase', None, None, None, GSTN),
        ('2 per cent', 1, 2, 'percent', 'collections in Gujarat', 'increase', None, None, None, GSTN),
        ('2 per cent', 2, 2, 'percent', 'collections in Tamil Nadu', 'decrease', None, None, None, GSTN),
        ('₹10,544 crore', 1, 10544e7, 'INR', 'collections in Tamil Nadu', 'decrease', None, None, None, GSTN),
        ('5 per cent', 1, 5, 'percent', 'collections in Uttar Pradesh', 'decrease', None, None, None, GSTN),
        ('₹14.75 trillion', 1, 14.75e12, 'INR', 'gross collections', None, None, None, AN26, GSTN),
        ('8.9 per cent', 1, 8.9, 'percent', 'gross collections', 'increase', 'year_on_year', None, AN26, GSTN),
        ('7.1 per cent', 1, 7.1, 'percent', 'net collections', 'increase', 'year_on_year', None, AN26, GSTN),
        ('₹12.79 trillion', 1, 12.79e12, 'INR', 'net collections', 'increase', None, None, AN26, GSTN),
        ('6', 1, 6, 'percent', 'GST collection growth', 'increase', None, None, BYMAR, EY),
        ('8 per cent', 1, 8, 'percent', 'GST collection growth', 'increase', None, None, BYMAR, EY),
        ('₹10.1 trillion', 1, 10.1e12, 'INR', 'CGST and compensation cess collections budgeted by the Centre', None, None, None, P('for FY26', '2025-04-01', '2026-03-31'), GOI),
    ],
    'eu_energy_style_gas_storage_winter_withdrawals.txt': [
        ('640 TWh', 1, 640, 'terawatt hour', 'net withdrawals from EU underground storage sites', None, None, None, WINTER, None),
        ('9%', 1, 9, 'percent', 'net withdrawals from EU underground storage sites', 'increase', 'year_on_year', None, WINTER, None),
        ('455 TWh', 1, 455, 'terawatt hour', 'withdrawals', None, None, None, Q('In the first quarter of 2026', 2026, 1), None),
        ('31%', 1, 31, 'percent', 'EU storage filling level', 'decrease', None, None, M31, None),
        ('83%', 1, 83, 'percent', 'EU storage filling level', None, None, None, P('at the start of the withdrawal season', '2025-10-01', '2025-10-01'), None),
        ('3 percentage points', 1, 3, 'percentage_point', 'EU storage filling level', 'decrease', 'year_on_year', None, M31, None),
        ('5.8 TWh', 1, 5.8, 'terawatt hour', 'daily net withdrawals peak', None, None, 'approximately', P('on 12 January', '2026-01-12', '2026-01-12'), None),
        ('24%', 1, 24, 'percent', 'storage in Germany', None, None, None, EOM, GIE),
        ('27%', 1, 27, 'percent', 'storage in France', None, None, None, EOM, GIE),
        ('45%', 1, 45, 'percent', 'storage in Italy', None, None, None, EOM, GIE),
        ('18%', 1, 18, 'percent', 'storage in the Netherlands', 'decrease', None, None, EOM, GIE),
        ('52%', 1, 52, 'percent', 'storage in Austria', None, None, None, EOM, GIE),
        ('90%', 1, 90, 'percent', 'filling target', None, None, None, P('by 1 December 2026', '2026-12-01', '2026-12-01'), None),
        ('600 TWh', 1, 600, 'terawatt hour', 'net injections', None, None, 'approximately', INJ, None),
        ('15%', 1, 15, 'percent', 'net injections', 'increase', 'year_on_year', 'approximately', INJ, None),
        ('31.4 €/MWh', 1, 31.4, 'EUR', 'TTF summer 2026 contract', None, None, None, EMAR, GIE),
        ('1.2 €/MWh', 1, 1.2, 'EUR', 'summer-winter spread', None, None, None, EMAR, GIE),
        ('-2.3 €/MWh', 1, -2.3, 'EUR', 'summer-winter spread', None, None, None, per('a year earlier', 2025, 3), GIE),
    ],
    'nbs_style_grain_procurement_prices.txt': [
        ('63.52 million tonnes', 1, 63.52e6, 'tonne', 'new wheat purchased by enterprises in the main producing areas', None, None, None, AS30, NFSRA),
        ('2.41 million tonnes', 1, 2.41e6, 'tonne', 'new wheat purchased by enterprises in the main producing areas', 'increase', 'year_on_year', None, AS30, NFSRA),
        ('23.06 million tonnes', 1, 23.06e6, 'tonne', 'wheat purchased at the minimum purchase price', None, None, None, AS30, NFSRA),
        ('36.3 percent', 1, 36.3, 'percent', 'wheat purchased at the minimum purchase price share of the total', None, None, None, AS30, NFSRA),
        ('2,415 yuan', 1, 2415, 'CNY', 'average purchase price of wheat in the main producing areas', None, None, None, TQ, NFSRA),
        ('1.8 percent', 1, 1.8, 'percent', 'average purchase price of wheat in the main producing areas', 'increase', 'quarter_on_quarter', None, TQ, NFSRA),
        ('3.2 percent', 1, 3.2, 'percent', 'average purchase price of wheat in the main producing areas', 'decrease', 'year_on_year', None, TQ, NFSRA),
        ('27.8 million tonnes', 1, 27.8e6, 'tonne', 'stocks of wheat purchased at the minimum price', None, None, None, EOS, NFSRA),
        ('4.5 million tonnes', 1, 4.5e6, 'tonne', 'stocks of wheat purchased at the minimum price', 'increase', 'quarter_on_quarter', 'approximately', EOS, NFSRA),
        ('8.74 million tonnes', 1, 8.74e6, 'tonne', 'purchases of mid-late indica rice', None, None, None, AUT, NFSRA),
        ('3.16 million tonnes', 1, 3.16e6, 'tonne', 'purchases of corn', None, None, None, AUT, NFSRA),
        ('6.4 percent', 1, 6.4, 'percent', 'purchases of mid-late indica rice', 'decrease', 'year_on_year', None, AUT, NFSRA),
        ('11.7 percent', 1, 11.7, 'percent', 'purchases of corn', 'increase', 'year_on_year', None, AUT, NFSRA),
        ('2,380 yuan', 1, 2380, 'CNY', 'minimum purchase price of wheat', None, None, None, Y26, NDRC),
        ('119 yuan', 1, 119, 'CNY', 'minimum purchase price of wheat', None, None, None, Y26, NDRC),
        ('2,500 yuan', 1, 2500, 'CNY', 'minimum purchase price of early indica rice', None, None, None, Y26, NDRC),
        ('2,580 yuan', 1, 2580, 'CNY', 'minimum purchase price of mid-late indica rice', None, None, None, Y26, NDRC),
        ('2,620 yuan', 1, 2620, 'CNY', 'minimum purchase price of japonica rice', None, None, None, Y26, NDRC),
        ('149.74 million tonnes', 1, 149.74e6, 'tonne', 'national summer grain output', None, None, None, Y('in 2025', 2025), NBS),
        ('0.3 percent', 1, 0.3, 'percent', 'national summer grain output', 'decrease', 'year_on_year', None, Y('in 2025', 2025), NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
