# ruff: noqa: E501, RUF001
"""Write corpus/annotated_27/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_27.py corpus/annotated_27
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
NGB = "National Grain Board"
SAGP = "Secretariat of Agriculture, Livestock and Fisheries"
KOSTAT = "Statistics Korea"
BOK = "Bank of Korea"
AAA = "AAA"
EIA = "U.S. Energy Information Administration"
GB = "GasBuddy"
FRBR = "Federal Reserve Bank of Richmond"
BBG = "Bloomberg"
BA = "Federal Employment Agency"
DESTATIS = "Federal Statistical Office"
TE = "Trading Economics"
USDA = "U.S. Department of Agriculture"
SIAM = "Society of Indian Automobile Manufacturers"
ICRA = "ICRA"
ENTSOE = "European Network of Transmission System Operators for Electricity"
NBS = "National Bureau of Statistics"

# 2701 ONS weekly deaths (ref Wednesday 2025-11-26); ONS weeks run Saturday to Friday
WK = P("in the week ending 14 November 2025", "2025-11-08", "2025-11-14")
IWK = P("In the week ending 14 November 2025", "2025-11-08", "2025-11-14")
W46 = P("in Week 46", "2025-11-08", "2025-11-14")
IW46 = P("In Week 46", "2025-11-08", "2025-11-14")
W45 = P("in Week 45", "2025-11-01", "2025-11-07")
YTD = P("Between 1 January and 14 November 2025", "2025-01-01", "2025-11-14")
W7 = P("for the week ending 7 November 2025", "2025-11-01", "2025-11-07")
# 2702 Reuters 1987 (ref Wednesday 1987-04-22)
Q187 = Q("in the first quarter of 1987", 1987, 1)
INQ = Q("in the quarter", 1987, 1)
YE86 = Q("a year earlier", 1986, 1)
FQ = Q("in the first quarter", 1987, 1)
TUE = P("on Tuesday", "1987-04-21", "1987-04-21")
SEASON = P("this season", None, None)
# 2703 Reuters 2025 (ref Tuesday 2025-12-02)
NOV = per("in November", 2025, 11)
OCT = per("in October", 2025, 10)
INOV = per("In November", 2025, 11)
# 2704 CNBC (ref Monday 2025-11-24)
MON = P("on Monday", "2025-11-24", "2025-11-24")
N24 = P("as of Nov. 24", "2025-11-24", "2025-11-24")
# 2705 MT Newswires (ref Tuesday 2025-11-25)
# 2706 Trading Economics (ref Friday 2025-11-28)
N25 = per("in November 2025", 2025, 11)
# 2707 Investing.com (ref Tuesday 2025-12-09); USDA 2025/26 = the wheat marketing year June-May
ET = P("By 13:05 ET", None, None)
MY = P("for 2025/26", "2025-06-01", "2026-05-31")
MY2 = P("2025/26", "2025-06-01", "2026-05-31")
# 2708 Business Standard (ref 2025-11-14)
BOCT = per("in October", 2025, 10)
FY26 = P("in FY26", "2025-04-01", "2026-03-31")
# 2709 DG ENER (ref 2025-12-17)
Q325 = Q("In the third quarter of 2025", 2025, 3)
IQ = Q("In the quarter", 2025, 3)
DQ = Q("during the quarter", 2025, 3)
# 2710 NBS (ref 2025-11-14)
JO = P("From January to October", "2025-01-01", "2025-10-31")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_deaths_registered_weekly.txt': [
        ('10,482', 1, 10482, 'count', 'deaths registered in England and Wales', None, None, None, WK, None),
        ('312', 1, 312, 'count', 'deaths registered in England and Wales', 'increase', 'period_on_period', None, WK, None),
        ('4.1%', 1, 4.1, 'percent', 'number of deaths registered', 'decrease', None, None, W46, None),
        ('10,930', 1, 10930, 'count', 'expected number of deaths', None, None, None, W46, None),
        ('1,162', 1, 1162, 'count', 'deaths mentioning influenza or pneumonia', None, None, None, W46, None),
        ('11.1%', 1, 11.1, 'percent', 'share of deaths mentioning influenza or pneumonia', None, None, None, W46, None),
        ('214', 1, 214, 'count', 'deaths mentioning COVID-19', None, None, None, W46, None),
        ('2.0%', 1, 2.0, 'percent', 'share of deaths mentioning COVID-19', None, None, None, W46, None),
        ('197', 1, 197, 'count', 'deaths mentioning COVID-19', None, None, None, W45, None),
        ('9,874', 1, 9874, 'count', 'deaths registered in England', None, None, None, IWK, ONS),
        ('583', 1, 583, 'count', 'deaths registered in Wales', None, None, None, IWK, ONS),
        ('25', 1, 25, 'count', 'deaths of non-residents', None, None, None, IWK, ONS),
        ('6.3%', 1, 6.3, 'percent', 'deaths registered in Wales', 'increase', None, None, IWK, ONS),
        ('4.6%', 1, 4.6, 'percent', 'deaths registered in England', 'decrease', None, None, IWK, ONS),
        ('2,841', 1, 2841, 'count', 'deaths of people aged 90 years and over', None, None, None, IW46, ONS),
        ('a quarter', 1, 0.25, 'fraction', 'share of deaths occurring in private homes', None, None, 'approximately', IW46, ONS),
        ('2,468', 1, 2468, 'count', 'deaths in private homes', None, None, None, IW46, ONS),
        ('8.2%', 1, 8.2, 'percent', 'deaths in private homes', 'increase', None, None, IW46, ONS),
        ('496,318', 1, 496318, 'count', 'deaths registered in England and Wales', None, None, None, YTD, ONS),
        ('2.7%', 1, 2.7, 'percent', 'deaths registered in England and Wales', 'decrease', 'year_on_year', None, YTD, ONS),
        ('5.9%', 1, 5.9, 'percent', 'deaths registered in England and Wales', 'decrease', None, None, YTD, ONS),
        ('10,170', 1, 10170, 'count', 'deaths registered', 'increase', None, None, W7, ONS),
        ('10,164', 1, 10164, 'count', 'deaths registered', None, None, None, W7, ONS),
    ],
    'wire_1987_argentine_grain_exports.txt': [
        ('14.2 PCT', 1, 14.2, 'percent', 'Argentine grain exports', 'increase', None, None, Q('IN FIRST QUARTER', 1987, 1), None),
        ('14.2 pct', 1, 14.2, 'percent', 'Argentine grain and oilseed exports', 'increase', 'year_on_year', None, Q187, NGB),
        ('6.84 mln tonnes', 1, 6.84e6, 'tonne', 'Argentine grain and oilseed exports', 'increase', None, None, Q187, NGB),
        ('5.99 mln', 1, 5.99e6, 'tonne', 'Argentine grain and oilseed exports', None, None, None, Q('in the same 1986 period', 1986, 1), NGB),
        ('2.91 mln tonnes', 1, 2.91e6, 'tonne', 'wheat shipments', 'increase', None, None, INQ, NGB),
        ('2.15 mln', 1, 2.15e6, 'tonne', 'wheat shipments', None, None, None, YE86, NGB),
        ('9.5 pct', 1, 9.5, 'percent', 'maize exports', 'decrease', 'year_on_year', None, INQ, NGB),
        ('1.62 mln tonnes', 1, 1.62e6, 'tonne', 'maize exports', 'decrease', None, None, INQ, NGB),
        ('21 pct', 1, 21, 'percent', 'sorghum exports', 'decrease', 'year_on_year', None, INQ, NGB),
        ('410,000 tonnes', 1, 410000, 'tonne', 'sorghum exports', 'decrease', None, None, INQ, NGB),
        ('1.35 mln tonnes', 1, 1.35e6, 'tonne', 'soybean exports', 'increase', None, None, INQ, NGB),
        ('0.98 mln', 1, 0.98e6, 'tonne', 'soybean exports', None, None, None, Q('in the first quarter of 1986', 1986, 1), NGB),
        ('742 mln dlrs', 1, 742e6, 'USD', 'export earnings from grains and oilseeds', None, None, None, INQ, NGB),
        ('815 mln dlrs', 1, 815e6, 'USD', 'export earnings from grains and oilseeds', None, None, None, YE86, NGB),
        ('1.9 mln tonnes', 1, 1.9e6, 'tonne', 'Argentine grain bought by the Soviet Union', None, None, None, FQ, NGB),
        ('1.1 mln', 1, 1.1e6, 'tonne', 'Argentine grain bought by China', None, None, None, FQ, NGB),
        ('640,000 tonnes', 1, 640000, 'tonne', 'Argentine grain bought by Iran', None, None, None, FQ, NGB),
        ('98 dlrs', 1, 98, 'USD', 'Argentine wheat for May shipment', None, None, None, TUE, NGB),
        ('two dlrs', 1, 2, 'USD', 'Argentine wheat for May shipment', 'decrease', 'period_on_period', None, TUE, NGB),
        ('8.7 mln tonnes', 1, 8.7e6, 'tonne', 'wheat crop', None, None, None, SEASON, SAGP),
        ('10 pct', 1, 10, 'percent', 'wheat crop', 'decrease', 'year_on_year', None, SEASON, SAGP),
        ('9.7 mln', 1, 9.7e6, 'tonne', 'wheat crop', None, None, None, P('last season', None, None), SAGP),
        ('12.1 mln tonnes', 1, 12.1e6, 'tonne', 'maize harvest', None, None, None, SEASON, SAGP),
    ],
    'wire_2025_south_korea_inflation.txt': [
        ('2.4%', 1, 2.4, 'percent', "South Korea's inflation", None, None, None, NOV, None),
        ('2.4%', 2, 2.4, 'percent', "South Korea's consumer prices", 'increase', 'year_on_year', None, NOV, KOSTAT),
        ('2%', 1, 2, 'percent', 'inflation target', None, None, None, None, BOK),
        ('Eleven', 1, 11, 'count', 'economists in a Reuters poll', None, None, None, per('November', 2025, 11), 'Reuters'),
        ('2.3%', 1, 2.3, 'percent', 'inflation', None, None, None, per('November', 2025, 11), 'Reuters'),
        ('0.2%', 1, 0.2, 'percent', 'prices', 'decrease', 'month_on_month', None, NOV, KOSTAT),
        ('0.3%', 1, 0.3, 'percent', 'prices', 'increase', 'month_on_month', None, OCT, KOSTAT),
        ('1.9%', 1, 1.9, 'percent', 'core inflation', 'decrease', 'year_on_year', None, NOV, KOSTAT),
        ('2.0%', 1, 2.0, 'percent', 'core inflation', None, 'year_on_year', None, OCT, KOSTAT),
        ('5.9%', 1, 5.9, 'percent', 'petroleum product prices', 'increase', 'year_on_year', None, NOV, KOSTAT),
        ('5.6%', 1, 5.6, 'percent', 'prices of agricultural, livestock and fishery products', 'increase', 'year_on_year', None, NOV, KOSTAT),
        ('14.9%', 1, 14.9, 'percent', 'prices of rice', 'increase', 'year_on_year', None, INOV, KOSTAT),
        ('18.2%', 1, 18.2, 'percent', 'prices of apples', 'increase', 'year_on_year', None, INOV, KOSTAT),
        ('9.1%', 1, 9.1, 'percent', 'fresh vegetable prices', 'decrease', 'year_on_year', None, INOV, KOSTAT),
        ('5%', 1, 5, 'percent', 'won against the dollar', 'decrease', None, 'approximately', P('since the end of June', '2025-06-30', '2025-12-02'), KOSTAT),
        ('1,468.2', 1, 1468.2, 'KRW', 'won', None, None, None, P('on Tuesday', '2025-12-02', '2025-12-02'), KOSTAT),
        ('2.50%', 1, 2.50, 'percent', 'benchmark rate', None, None, None, P('last week', '2025-11-24', '2025-11-30'), BOK),
        ('1.8%', 1, 1.8, 'percent', 'growth', 'increase', None, None, Y('2026', 2026), BOK),
        ('1.6%', 1, 1.6, 'percent', 'growth', None, None, None, Y('2026', 2026), BOK),
        ('2.1%', 1, 2.1, 'percent', 'inflation', None, None, None, Y('next year', 2026), BOK),
    ],
    'cnbc_style_gas_prices_thanksgiving.txt': [
        ('$3.04', 1, 3.04, 'USD', 'gas prices', 'decrease', None, None, None, AAA),
        ('$3.04', 2, 3.04, 'USD', 'national average price for a gallon of regular gasoline', None, None, None, MON, AAA),
        ('6 cents', 1, 0.06, 'USD', 'national average price for a gallon of regular gasoline', 'decrease', 'period_on_period', None, MON, AAA),
        ('8 cents', 1, 0.08, 'USD', 'national average price for a gallon of regular gasoline', 'decrease', 'year_on_year', None, MON, AAA),
        ('41', 1, 41, 'count', 'states where prices fell', None, None, None, P('over the past week', '2025-11-17', '2025-11-24'), AAA),
        ('$3.71', 1, 3.71, 'USD', 'diesel', None, None, None, MON, AAA),
        ('2 cents', 1, 0.02, 'USD', 'diesel', 'increase', 'period_on_period', None, MON, AAA),
        ('73 million', 1, 73e6, 'count', 'people travelling by car', None, None, None, P('from Tuesday, Nov. 25, to Monday, Dec. 1', '2025-11-25', '2025-12-01'), AAA),
        ('1.3 million', 1, 1.3e6, 'count', 'people travelling by car', 'increase', 'year_on_year', 'approximately', P('from Tuesday, Nov. 25, to Monday, Dec. 1', '2025-11-25', '2025-12-01'), AAA),
        ('$3.06', 1, 3.06, 'USD', 'U.S. average retail price of regular gasoline', None, None, None, N24, EIA),
        ('5.2 cents', 1, 0.052, 'USD', 'U.S. average retail price of regular gasoline', 'decrease', 'period_on_period', None, N24, EIA),
        ('$4.12', 1, 4.12, 'USD', 'EIA average on the West Coast', None, None, None, N24, EIA),
        ('$2.67', 1, 2.67, 'USD', 'EIA average on the Gulf Coast', None, None, None, N24, EIA),
        ('$4.62', 1, 4.62, 'USD', 'gasoline price in California', None, None, None, None, AAA),
        ('$2.51', 1, 2.51, 'USD', 'gasoline price in Oklahoma', None, None, None, None, AAA),
        ('$58.06', 1, 58.06, 'USD', 'U.S. crude futures', None, None, None, P('on Friday', '2025-11-21', '2025-11-21'), AAA),
        ('19%', 1, 19, 'percent', 'U.S. crude futures', 'decrease', None, 'approximately', P('so far this year', '2025-01-01', '2025-11-24'), AAA),
        ('1.8%', 1, 1.8, 'percent', 'U.S. gasoline demand', 'increase', 'period_on_period', None, P('last week', '2025-11-17', '2025-11-23'), GB),
        ('$3', 1, 3, 'USD', 'national average', 'decrease', None, 'less_than', P('by Christmas', '2025-12-25', '2025-12-25'), GB),
    ],
    'mt_newswires_richmond_fed_manufacturing.txt': [
        ('-6', 1, -6, 'index_point', 'composite manufacturing index', 'increase', None, None, NOV, FRBR),
        ('-14', 1, -14, 'index_point', 'composite manufacturing index', None, None, None, OCT, FRBR),
        ('-11', 1, -11, 'index_point', 'composite manufacturing index', None, None, None, per('November', 2025, 11), BBG),
        ('11 points', 1, 11, 'index_point', 'shipments', 'increase', 'month_on_month', None, INOV, FRBR),
        ('-2', 1, -2, 'index_point', 'shipments', 'increase', None, None, INOV, FRBR),
        ('-10', 1, -10, 'index_point', 'new orders', 'increase', None, None, INOV, FRBR),
        ('-20', 1, -20, 'index_point', 'new orders', None, None, None, OCT, FRBR),
        ('-5', 1, -5, 'index_point', 'employment', 'decrease', None, None, INOV, FRBR),
        ('-3', 1, -3, 'index_point', 'employment', None, None, None, OCT, FRBR),
        ('-8', 1, -8, 'index_point', 'average workweek index', 'decrease', None, None, None, FRBR),
        ('-4', 1, -4, 'index_point', 'average workweek index', None, None, None, None, FRBR),
        ('12', 1, 12, 'index_point', 'wages index', 'decrease', None, None, None, FRBR),
        ('15', 1, 15, 'index_point', 'wages index', None, None, None, None, FRBR),
        ('3.88%', 1, 3.88, 'percent', 'prices paid', 'increase', 'year_on_year', None, NOV, FRBR),
        ('3.52%', 1, 3.52, 'percent', 'prices paid', None, 'year_on_year', None, OCT, FRBR),
        ('2.31%', 1, 2.31, 'percent', 'prices received', 'increase', 'year_on_year', None, NOV, FRBR),
        ('2.07%', 1, 2.07, 'percent', 'prices received', None, 'year_on_year', None, OCT, FRBR),
        ('18', 1, 18, 'index_point', 'index of expected shipments six months from now', 'increase', None, None, None, FRBR),
        ('9', 1, 9, 'index_point', 'index of expected shipments six months from now', None, None, None, None, FRBR),
        ('14', 1, 14, 'index_point', 'expected new orders', None, None, None, None, FRBR),
        ('92', 1, 92, 'count', 'manufacturers responding to the survey', None, None, None, P('between Oct. 29 and Nov. 18', '2025-10-29', '2025-11-18'), FRBR),
    ],
    'trading_economics_style_germany_unemployment.txt': [
        ('6.3%', 1, 6.3, 'percent', 'German Unemployment Rate', None, None, None, None, None),
        ('1 thousand', 1, 1000, 'count', 'number of unemployed people in Germany', 'increase', 'month_on_month', None, N25, BA),
        ('2.974 million', 1, 2.974e6, 'count', 'number of unemployed people in Germany', 'increase', None, None, N25, BA),
        ('10 thousand', 1, 10000, 'count', 'number of unemployed people', 'increase', 'month_on_month', None, N25, None),
        ('6.3%', 2, 6.3, 'percent', 'seasonally adjusted unemployment rate', None, None, None, N25, BA),
        ('5 thousand', 1, 5000, 'count', 'unemployment in western Germany', 'increase', None, None, INOV, BA),
        ('4 thousand', 1, 4000, 'count', 'unemployment in the east', 'decrease', None, None, INOV, BA),
        ('2.885 million', 1, 2.885e6, 'count', 'unadjusted jobless total', None, None, None, INOV, BA),
        ('79 thousand', 1, 79000, 'count', 'unadjusted jobless total', 'increase', 'year_on_year', None, INOV, BA),
        ('6.1%', 1, 6.1, 'percent', 'unadjusted rate', None, None, None, INOV, BA),
        ('624 thousand', 1, 624000, 'count', 'registered job vacancies', None, None, None, INOV, BA),
        ('64 thousand', 1, 64000, 'count', 'registered job vacancies', 'decrease', 'year_on_year', None, INOV, BA),
        ('3.8%', 1, 3.8, 'percent', 'ILO-adjusted unemployment rate', None, None, None, OCT, DESTATIS),
        ('7.41 percent', 1, 7.41, 'percent', 'German jobless rate average', None, None, None, P('Between 1950 and 2025', '1950-01-01', '2025-12-31'), BA),
        ('11.60 percent', 1, 11.60, 'percent', 'German jobless rate all-time peak', None, None, None, per('in April 2005', 2005, 4), BA),
        ('0.60 percent', 1, 0.60, 'percent', 'German jobless rate low', None, None, None, per('in October 1959', 1959, 10), BA),
        ('6.40 percent', 1, 6.40, 'percent', 'Unemployment Rate in Germany', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('6.30 percent', 1, 6.30, 'percent', 'Germany Unemployment Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('6.10 percent', 1, 6.10, 'percent', 'Germany Unemployment Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_wheat_usda_wasde.txt': [
        ('1.1%', 1, 1.1, 'percent', 'most-active March wheat contract', 'decrease', None, None, ET, None),
        ('$5.31', 1, 5.31, 'USD', 'most-active March wheat contract', 'decrease', None, None, ET, None),
        ('0.9%', 1, 0.9, 'percent', 'K.C. hard red winter wheat', 'decrease', None, None, ET, None),
        ('$5.18', 1, 5.18, 'USD', 'K.C. hard red winter wheat', 'decrease', None, None, ET, None),
        ('274.9 million tonnes', 1, 274.9e6, 'tonne', 'global wheat ending stocks', 'increase', None, None, MY, USDA),
        ('271.4 million tonnes', 1, 271.4e6, 'tonne', 'global wheat ending stocks', None, None, None, MY, USDA),
        ('272.6 million tonnes', 1, 272.6e6, 'tonne', 'global wheat ending stocks', None, None, None, MY, 'Reuters'),
        ('901 million bushels', 1, 901e6, 'bushel', 'U.S. ending stocks', None, None, None, MY2, USDA),
        ('1.8 million tonnes', 1, 1.8e6, 'tonne', 'world production', 'increase', None, None, MY2, USDA),
        ('828.9 million tonnes', 1, 828.9e6, 'tonne', 'world production', 'increase', None, None, MY2, USDA),
        ('24.0 million tonnes', 1, 24.0e6, 'tonne', 'wheat crop in Argentina', 'increase', None, None, MY2, USDA),
        ('20.5 million', 1, 20.5e6, 'tonne', 'wheat crop in Argentina', None, None, None, MY2, USDA),
        ('36.0 million', 1, 36.0e6, 'tonne', 'wheat crop in Australia', 'increase', None, None, MY2, USDA),
        ('35.0 million', 1, 35.0e6, 'tonne', 'wheat crop in Australia', None, None, None, MY2, USDA),
        ('0.4%', 1, 0.4, 'percent', 'corn futures', 'increase', None, None, None, None),
        ('$4.42', 1, 4.42, 'USD', 'corn futures', 'increase', None, None, None, None),
        ('0.3%', 1, 0.3, 'percent', 'soybeans', 'decrease', None, None, None, None),
        ('$10.91', 1, 10.91, 'USD', 'soybeans', 'decrease', None, None, None, None),
        ('412,000 tonnes', 1, 412000, 'tonne', 'export inspections of U.S. wheat', 'increase', None, None, P('in the week ended Dec. 4', '2025-11-28', '2025-12-04'), USDA),
        ('318,000 tonnes', 1, 318000, 'tonne', 'export inspections of U.S. wheat', None, None, None, P('a week earlier', '2025-11-21', '2025-11-27'), USDA),
    ],
    'business_standard_style_two_wheeler_sales.txt': [
        ('14%', 1, 14, 'percent', 'two-wheeler sales', 'increase', None, None, BOCT, None),
        ('14.2 per cent', 1, 14.2, 'percent', 'domestic two-wheeler dispatches', 'increase', 'year_on_year', None, BOCT, SIAM),
        ('26,41,392 units', 1, 2641392, 'count', 'domestic two-wheeler dispatches', 'increase', None, None, BOCT, SIAM),
        ('11.6 per cent', 1, 11.6, 'percent', 'motorcycle dispatches', 'increase', 'year_on_year', None, BOCT, SIAM),
        ('16.8 lakh units', 1, 1.68e6, 'count', 'motorcycle dispatches', 'increase', None, None, BOCT, SIAM),
        ('19.4 per cent', 1, 19.4, 'percent', 'scooter sales', 'increase', 'year_on_year', None, BOCT, SIAM),
        ('9.1 lakh units', 1, 9.1e5, 'count', 'scooter sales', 'increase', None, None, BOCT, SIAM),
        ('3.2 per cent', 1, 3.2, 'percent', 'moped sales', 'increase', 'year_on_year', None, BOCT, SIAM),
        ('1.34 crore units', 1, 1.34e7, 'count', 'cumulative dispatches', None, None, None, P('during April-October of FY26', '2025-04-01', '2025-10-31'), SIAM),
        ('6.2 per cent', 1, 6.2, 'percent', 'cumulative dispatches', 'increase', 'year_on_year', None, P('during April-October of FY26', '2025-04-01', '2025-10-31'), SIAM),
        ('1.262 crore units', 1, 1.262e7, 'count', 'cumulative dispatches', None, None, None, P('in the corresponding period of FY25', '2024-04-01', '2024-10-31'), SIAM),
        ('18 per cent', 1, 18, 'percent', 'GST on two-wheelers', 'decrease', None, None, per('in September', 2025, 9), None),
        ('28 per cent', 1, 28, 'percent', 'GST on two-wheelers', None, None, None, per('in September', 2025, 9), None),
        ('₹6,000', 1, 6000, 'INR', 'ex-showroom prices', 'decrease', None, None, per('in September', 2025, 9), SIAM),
        ('18,000', 1, 18000, 'INR', 'ex-showroom prices', 'decrease', None, None, per('in September', 2025, 9), SIAM),
        ('6.35 lakh units', 1, 6.35e5, 'count', 'Hero MotoCorp dispatches', None, None, None, BOCT, SIAM),
        ('5.72 lakh units', 1, 5.72e5, 'count', 'Honda Motorcycle & Scooter India dispatches', None, None, None, BOCT, SIAM),
        ('4.21 lakh units', 1, 4.21e5, 'count', 'TVS Motor dispatches', None, None, None, BOCT, SIAM),
        ('8 per cent', 1, 8, 'percent', "Bajaj Auto's domestic sales", 'increase', None, None, BOCT, SIAM),
        ('2.66 lakh units', 1, 2.66e5, 'count', "Bajaj Auto's domestic sales", 'increase', None, None, BOCT, SIAM),
        ('21.3 per cent', 1, 21.3, 'percent', 'exports of two-wheelers', 'increase', None, None, BOCT, SIAM),
        ('4.1 lakh units', 1, 4.1e5, 'count', 'exports of two-wheelers', 'increase', None, None, BOCT, SIAM),
        ('6', 1, 6, 'percent', 'domestic two-wheeler volumes', 'increase', None, None, FY26, ICRA),
        ('8 per cent', 2, 8, 'percent', 'domestic two-wheeler volumes', 'increase', None, None, FY26, ICRA),
        ('9.1 per cent', 1, 9.1, 'percent', 'domestic two-wheeler volumes', None, None, None, P('in FY25', '2024-04-01', '2025-03-31'), ICRA),
    ],
    'eu_energy_style_nuclear_generation_outages.txt': [
        ('148 TWh', 1, 148, 'terawatt hour', 'EU nuclear generation', None, None, None, Q325, None),
        ('5%', 1, 5, 'percent', 'EU nuclear generation', 'increase', 'year_on_year', None, Q325, None),
        ('23.4%', 1, 23.4, 'percent', 'nuclear share in the EU power generation mix', 'increase', None, None, Q325, None),
        ('22.1%', 1, 22.1, 'percent', 'nuclear share in the EU power generation mix', None, None, None, Q('a year earlier', 2024, 3), None),
        ('half', 1, 0.5, 'fraction', 'France share of EU nuclear output', None, None, 'more_than', IQ, None),
        ('79 TWh', 1, 79, 'terawatt hour', 'French nuclear output', None, None, None, IQ, None),
        ('9%', 1, 9, 'percent', 'French nuclear output', 'increase', 'year_on_year', None, IQ, None),
        ('4%', 1, 4, 'percent', "Spain's nuclear generation", 'decrease', 'year_on_year', None, IQ, None),
        ('11%', 1, 11, 'percent', "Sweden's nuclear generation", 'decrease', 'year_on_year', None, IQ, None),
        ('18.6 GW', 1, 18.6, 'gigawatt', 'nuclear capacity unavailable because of outages', 'decrease', None, None, DQ, None),
        ('24.3 GW', 1, 24.3, 'gigawatt', 'nuclear capacity unavailable because of outages', None, None, None, Q('in Q3-2024', 2024, 3), None),
        ('12', 1, 12, 'count', 'French reactors offline', None, None, None, P('At the end of September', '2025-09-30', '2025-09-30'), None),
        ('19', 1, 19, 'count', 'French reactors offline', None, None, None, P('a year earlier', '2024-09-30', '2024-09-30'), None),
        ('41 EUR/MWh', 1, 41, 'EUR', 'baseload wholesale electricity prices in France', None, None, None, Q('in the third quarter', 2025, 3), None),
        ('38%', 1, 38, 'percent', 'baseload wholesale electricity prices in France', 'decrease', 'year_on_year', None, Q('in the third quarter', 2025, 3), None),
        ('87 EUR/MWh', 1, 87, 'EUR', 'baseload wholesale electricity prices in Germany', None, None, None, Q('in the third quarter', 2025, 3), None),
        ('412 hours', 1, 412, 'hour', 'hours with negative prices in France', None, None, None, DQ, None),
        ('22.6 TWh', 1, 22.6, 'terawatt hour', 'French nuclear output', None, None, None, per('in September', 2025, 9), ENTSOE),
        ('1,650 MW', 1, 1650, 'megawatt', 'capacity of the Flamanville 3 reactor', None, None, None, per('in September', 2025, 9), ENTSOE),
    ],
    'nbs_style_industrial_products_output.txt': [
        ('73.4 million tons', 1, 73.4e6, 'tonne', 'output of crude steel', None, None, None, per('in October', 2025, 10), NBS),
        ('10.4 percent', 1, 10.4, 'percent', 'output of crude steel', 'decrease', 'year_on_year', None, per('in October', 2025, 10), NBS),
        ('2.37 million tons', 1, 2.37e6, 'tonne', 'average daily output of crude steel', None, None, None, per('in October', 2025, 10), NBS),
        ('62.7 million tons', 1, 62.7e6, 'tonne', 'output of pig iron', None, None, None, per('In October', 2025, 10), NBS),
        ('118.2 million tons', 1, 118.2e6, 'tonne', 'output of steel products', None, None, None, per('In October', 2025, 10), NBS),
        ('8.9 percent', 1, 8.9, 'percent', 'output of pig iron', 'decrease', 'year_on_year', None, per('In October', 2025, 10), NBS),
        ('2.6 percent', 1, 2.6, 'percent', 'output of steel products', 'decrease', 'year_on_year', None, per('In October', 2025, 10), NBS),
        ('158.6 million tons', 1, 158.6e6, 'tonne', 'cement output', None, None, None, per('In October', 2025, 10), NBS),
        ('6.8 percent', 1, 6.8, 'percent', 'cement output', 'decrease', 'year_on_year', None, per('In October', 2025, 10), NBS),
        ('1.43 billion tons', 1, 1.43e9, 'tonne', 'cement output', None, None, None, JO, NBS),
        ('6.2 percent', 1, 6.2, 'percent', 'cement output', 'decrease', 'year_on_year', None, JO, NBS),
        ('3.28 million units', 1, 3.28e6, 'count', 'output of automobiles', None, None, None, per('in October', 2025, 10), NBS),
        ('9.7 percent', 1, 9.7, 'percent', 'output of automobiles', 'increase', 'year_on_year', None, per('in October', 2025, 10), NBS),
        ('1.66 million units', 1, 1.66e6, 'count', 'output of new energy vehicles', None, None, None, per('in October', 2025, 10), NBS),
        ('19.8 percent', 1, 19.8, 'percent', 'output of new energy vehicles', 'increase', 'year_on_year', None, per('in October', 2025, 10), NBS),
        ('612,000 sets', 1, 612000, 'count', 'output of industrial robots', None, None, None, JO, NBS),
        ('27.9 percent', 1, 27.9, 'percent', 'output of industrial robots', 'increase', 'year_on_year', None, JO, NBS),
        ('392.4 billion pieces', 1, 392.4e9, 'count', 'output of integrated circuits', None, None, None, JO, NBS),
        ('9.8 percent', 1, 9.8, 'percent', 'output of integrated circuits', 'increase', 'year_on_year', None, JO, NBS),
        ('327', 1, 327, 'count', 'products with year-on-year growth in output', None, None, None, per('in October', 2025, 10), NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
