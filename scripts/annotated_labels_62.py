# ruff: noqa: E501, RUF001
"""Write corpus/annotated_62/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_62.py corpus/annotated_62
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
ABS = "Australian Bureau of Statistics"
ECB = "European Central Bank"
ESTAT = "Eurostat"
RTRS = "Reuters"
AAA = "AAA"
GB = "GasBuddy"
BLS = "U.S. Bureau of Labor Statistics"
HOP = "Hopper"
KOSTAT = "Statistics Korea"
YIM = "Yonhap Infomax"
BOK = "Bank of Korea"
GSS = "Ghana Statistical Service"
BOG = "Bank of Ghana"
TE = "Trading Economics"
EIA = "U.S. Energy Information Administration"
API = "American Petroleum Institute"
MOCI = "Ministry of Commerce and Industry"
ICRA = "ICRA"
POR = "Port of Rotterdam Authority"
EMSA = "European Maritime Safety Agency"
SAB = "Ship & Bunker"
DRW = "Drewry"
NBS = "National Bureau of Statistics"
GAC = "General Administration of Customs"

# 6201 ONS trade in goods by country (ref Friday 2025-12-12)
T3O = P("in the three months to October 2025", "2025-08-01", "2025-10-31")
T3OC = P("In the three months to October 2025", "2025-08-01", "2025-10-31")
LT3 = P("In the latest three months", "2025-08-01", "2025-10-31")
AO = P("Over August to October 2025", "2025-08-01", "2025-10-31")
O25 = per("In October 2025", 2025, 10)
T3J = P("for the three months to July 2025", "2025-05-01", "2025-07-31")
# 6202 Reuters 1987 (ref Thursday 1987-06-04)
APR = per("in April", 1987, 4)
MAR = per("in March", 1987, 3)
# 6203 Reuters 2025 (ref Thursday 2025-12-18)
THU = P("on Thursday", "2025-12-18", "2025-12-18")
TY = Y("this year", 2025)
I26 = Y("in 2026", 2026)
HIKE = P("by the end of 2026", "2026-12-31", "2026-12-31")
# 6204 CNBC (ref Monday 2025-12-22)
MON = P("on Monday", "2025-12-22", "2025-12-22")
CNOV = per("in November", 2025, 11)
HOL = P("between Saturday, Dec. 20, and Thursday, Jan. 1", "2025-12-20", "2026-01-01")
# 6205 MT Newswires (ref Monday 2026-01-05)
KDEC = per("in December", 2025, 12)
KNOV = per("in November", 2025, 11)
# 6206 Trading Economics (ref Wednesday 2025-12-03)
N25 = per("in November 2025", 2025, 11)
GNOV = per("in November", 2025, 11)
GOCT = per("in October", 2025, 10)
# 6207 Investing.com (ref Wednesday 2025-12-17)
ET = P("By 11:05 ET", None, None)
WK = P("in the week ended Dec. 12", "2025-12-06", "2025-12-12")
FW = P("in the four weeks to Dec. 12", "2025-11-15", "2025-12-12")
# 6208 Business Standard (ref Monday 2025-12-15)
BNOV = per("in November", 2025, 11)
BOCT = per("in October", 2025, 10)
AN26 = P("During April-November of FY26", "2025-04-01", "2025-11-30")
H2 = P("in the second half of FY26", "2025-10-01", "2026-03-31")
# 6209 DG ENER (ref Wednesday 2026-01-21)
Q325 = Q("In the third quarter of 2025", 2025, 3)
Q3S = Q("in Q3 2025", 2025, 3)
INQ = Q("in the quarter", 2025, 3)
NM = P("in the first nine months of 2025", "2025-01-01", "2025-09-30")
ESEP = per("in September", 2025, 9)
# 6210 NBS (ref Monday 2025-12-22)
NNOV = per("in November", 2025, 11)
JN = P("From January to November", "2025-01-01", "2025-11-30")
SAMEP = P("In the same period", "2025-01-01", "2025-11-30")
F11 = P("in the first eleven months", "2025-01-01", "2025-11-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_trade_in_goods_by_country.txt': [
        ('£1.6 billion', 1, 1.6e9, 'GBP', 'value of UK goods exports excluding precious metals', 'decrease', 'period_on_period', None, T3O, None),
        ('1.7%', 1, 1.7, 'percent', 'value of UK goods exports excluding precious metals', 'decrease', 'period_on_period', None, T3O, None),
        ('£91.2 billion', 1, 91.2e9, 'GBP', 'value of UK goods exports excluding precious metals', 'decrease', None, None, T3O, None),
        ('0.9%', 1, 0.9, 'percent', 'goods imports excluding precious metals', 'increase', 'period_on_period', None, T3O, None),
        ('£148.5 billion', 1, 148.5e9, 'GBP', 'goods imports excluding precious metals', 'increase', None, None, T3O, None),
        ('£57.3 billion', 1, 57.3e9, 'GBP', 'trade in goods deficit', 'increase', None, None, T3O, None),
        ('2.6%', 1, 2.6, 'percent', 'goods exports to the EU', 'decrease', None, None, None, None),
        ('0.9%', 2, 0.9, 'percent', 'goods exports to non-EU countries', 'decrease', None, None, None, None),
        ('£41.8 billion', 1, 41.8e9, 'GBP', 'exports to the EU', None, None, None, T3OC, ONS),
        ('£77.9 billion', 1, 77.9e9, 'GBP', 'imports from the EU', None, None, None, T3OC, ONS),
        ('£36.1 billion', 1, 36.1e9, 'GBP', 'deficit with the EU', None, None, None, T3OC, ONS),
        ('£1.9 billion', 1, 1.9e9, 'GBP', 'imports from non-EU countries', 'increase', None, None, T3OC, ONS),
        ('£70.6 billion', 1, 70.6e9, 'GBP', 'imports from non-EU countries', 'increase', None, None, T3OC, ONS),
        ('£9.7 billion', 1, 9.7e9, 'GBP', 'UK goods exports to Germany', None, None, None, LT3, ONS),
        ('£7.4 billion', 1, 7.4e9, 'GBP', 'UK goods exports to the Netherlands', None, None, None, LT3, ONS),
        ('£6.1 billion', 1, 6.1e9, 'GBP', 'UK goods exports to France', None, None, None, LT3, ONS),
        ('4.3%', 1, 4.3, 'percent', 'exports to Ireland', 'decrease', None, None, LT3, ONS),
        ('£5.8 billion', 1, 5.8e9, 'GBP', 'exports to Ireland', 'decrease', None, None, LT3, ONS),
        ('£14.9 billion', 1, 14.9e9, 'GBP', 'UK goods exports to the United States', None, None, None, AO, ONS),
        ('£4.6 billion', 1, 4.6e9, 'GBP', 'UK goods exports to China', None, None, None, AO, ONS),
        ('£3.2 billion', 1, 3.2e9, 'GBP', 'UK goods exports to Switzerland', None, None, None, AO, ONS),
        ('a fifth', 1, 0.2, 'fraction', 'exports of cars to the United States', 'decrease', 'year_on_year', 'approximately', AO, ONS),
        ('3.8%', 1, 3.8, 'percent', 'imports from China', 'increase', 'period_on_period', None, AO, ONS),
        ('11.4%', 1, 11.4, 'percent', 'imports from Norway', 'increase', 'period_on_period', None, AO, ONS),
        ('£30.1 billion', 1, 30.1e9, 'GBP', 'goods exports excluding precious metals', 'decrease', None, None, O25, ONS),
        ('£30.9 billion', 1, 30.9e9, 'GBP', 'goods exports excluding precious metals', None, None, None, per('in September', 2025, 9), ONS),
        ('£49.6 billion', 1, 49.6e9, 'GBP', 'goods imports excluding precious metals', None, None, None, O25, ONS),
        ('£0.4 billion', 1, 0.4e9, 'GBP', 'goods exports revision', 'decrease', None, None, T3J, ONS),
        ('£92.8 billion', 1, 92.8e9, 'GBP', 'goods exports', 'decrease', None, None, T3J, ONS),
    ],
    'wire_1987_australian_retail_sales.txt': [
        ('0.8 PCT', 1, 0.8, 'percent', 'Australian retail sales', 'increase', None, None, per('IN APRIL', 1987, 4), None),
        ('0.8 pct', 1, 0.8, 'percent', 'Australian retail turnover', 'increase', 'month_on_month', None, APR, ABS),
        ('4.62 billion dlrs', 1, 4.62e9, 'AUD', 'Australian retail turnover', 'increase', None, None, APR, ABS),
        ('0.3 pct', 1, 0.3, 'percent', 'Australian retail turnover', 'decrease', 'month_on_month', None, MAR, ABS),
        ('0.1 pct', 1, 0.1, 'percent', 'Australian retail turnover', 'decrease', 'month_on_month', None, per('March', 1987, 3), ABS),
        ('6.9 pct', 1, 6.9, 'percent', 'turnover', 'increase', 'year_on_year', None, APR, ABS),
        ('5.4 pct', 1, 5.4, 'percent', 'turnover', 'increase', 'year_on_year', None, MAR, ABS),
        ('1.2 pct', 1, 1.2, 'percent', 'seasonally adjusted sales in New South Wales', 'increase', None, None, APR, ABS),
        ('1.64 billion dlrs', 1, 1.64e9, 'AUD', 'seasonally adjusted sales in New South Wales', 'increase', None, None, APR, ABS),
        ('0.9 pct', 1, 0.9, 'percent', 'seasonally adjusted sales in Victoria', 'increase', None, None, APR, ABS),
        ('1.21 billion', 1, 1.21e9, 'AUD', 'seasonally adjusted sales in Victoria', 'increase', None, None, APR, ABS),
        ('0.4 pct', 1, 0.4, 'percent', 'Queensland sales', 'decrease', None, None, APR, ABS),
        ('712.6 mln', 1, 712.6e6, 'AUD', 'Queensland sales', 'decrease', None, None, APR, ABS),
        ('1.5', 1, 1.5, 'percent', 'sales in Western Australia', 'increase', None, None, APR, ABS),
        ('0.6 pct', 1, 0.6, 'percent', 'sales in South Australia', 'increase', None, None, APR, ABS),
        ('2.1 pct', 1, 2.1, 'percent', 'turnover at department stores', 'increase', None, None, None, ABS),
        ('1.7 pct', 1, 1.7, 'percent', 'turnover at clothing and fabric stores', 'increase', None, None, None, ABS),
        ('1.3 pct', 1, 1.3, 'percent', 'turnover at hotels, liquor stores and licensed clubs', 'decrease', None, None, None, ABS),
        ('0.5 pct', 1, 0.5, 'percent', 'trend retail sales growth', 'increase', 'month_on_month', 'approximately', None, ABS),
        ('13.77 billion dlrs', 1, 13.77e9, 'AUD', 'seasonally adjusted turnover', None, None, None, P('In the three months to end-April', '1987-02-01', '1987-04-30'), ABS),
        ('1.4 pct', 1, 1.4, 'percent', 'seasonally adjusted turnover', 'increase', 'period_on_period', None, P('In the three months to end-April', '1987-02-01', '1987-04-30'), ABS),
        ('0.5', 2, 0.5, 'percent', 'retail sales', 'increase', None, None, APR, None),
        ('0.7 pct', 1, 0.7, 'percent', 'retail sales', 'increase', None, None, APR, None),
        ('17.95 billion dlrs', 1, 17.95e9, 'AUD', 'unadjusted turnover', None, None, None, P('in the first four months of 1987', '1987-01-01', '1987-04-30'), ABS),
        ('16.83 billion', 1, 16.83e9, 'AUD', 'unadjusted turnover', None, None, None, P('a year earlier', '1986-01-01', '1986-04-30'), ABS),
    ],
    'wire_2025_ecb_rate_decision.txt': [
        ('2%', 1, 2, 'percent', 'deposit rate', None, None, None, None, None),
        ('2.00%', 1, 2.00, 'percent', 'deposit rate', None, None, None, THU, ECB),
        ('78', 1, 78, 'count', 'economists in a Reuters poll', None, None, None, THU, RTRS),
        ('2.15%', 1, 2.15, 'percent', 'main refinancing rate', None, None, None, THU, ECB),
        ('2.40%', 1, 2.40, 'percent', 'marginal lending facility rate', None, None, None, THU, ECB),
        ('200 basis points', 1, 200, 'basis_point', 'deposit rate', 'decrease', None, None, P('between June 2024 and June 2025', '2024-06-01', '2025-06-30'), ECB),
        ('$1.1742', 1, 1.1742, 'USD', 'euro', None, None, None, None, None),
        ('2.1%', 1, 2.1, 'percent', 'inflation', None, None, None, TY, ECB),
        ('1.9%', 1, 1.9, 'percent', 'inflation', None, None, None, I26, ECB),
        ('1.8%', 1, 1.8, 'percent', 'inflation', None, None, None, Y('in 2027', 2027), ECB),
        ('2.0%', 1, 2.0, 'percent', 'inflation', None, None, None, Y('in 2028', 2028), ECB),
        ('1.7%', 1, 1.7, 'percent', 'inflation', None, None, None, Y('for 2026', 2026), ECB),
        ('2.4%', 1, 2.4, 'percent', 'core inflation', None, None, None, TY, None),
        ('2.2%', 1, 2.2, 'percent', 'core inflation', None, None, None, Y('next year', 2026), None),
        ('1.4%', 1, 1.4, 'percent', 'euro zone economy', 'increase', None, None, Y('in 2025', 2025), ECB),
        ('1.2%', 1, 1.2, 'percent', 'euro zone economy', None, None, None, Y('in 2025', 2025), ECB),
        ('1.2%', 2, 1.2, 'percent', 'euro zone economy', 'increase', None, None, I26, ECB),
        ('1.4%', 2, 1.4, 'percent', 'euro zone economy', None, None, None, Y('2027', 2027), ECB),
        ('2.1%', 2, 2.1, 'percent', 'euro zone annual inflation', 'decrease', 'year_on_year', None, per('in November', 2025, 11), ESTAT),
        ('2.2%', 2, 2.2, 'percent', 'euro zone annual inflation', None, 'year_on_year', None, per('in October', 2025, 10), ESTAT),
        ('2%', 2, 2, 'percent', 'inflation target', None, None, None, None, ECB),
        ('3.5%', 1, 3.5, 'percent', 'services inflation', None, 'year_on_year', None, per('in November', 2025, 11), ESTAT),
        ('20%', 1, 20, 'percent', 'chance of an ECB rate hike', 'decrease', None, 'approximately', HIKE, None),
        ('25-basis-point', 1, 25, 'basis_point', 'ECB rate hike', 'increase', None, None, HIKE, None),
        ('35%', 1, 35, 'percent', 'chance of an ECB rate hike', None, None, 'approximately', P('a day earlier', '2025-12-17', '2025-12-17'), None),
        ('41', 1, 41, 'count', 'economists expecting no change to the deposit rate', None, None, None, I26, RTRS),
    ],
    'cnbc_style_gasoline_prices_airfares.txt': [
        ('$3', 1, 3, 'USD', 'gas', None, None, 'less_than', None, None),
        ('$2.94', 1, 2.94, 'USD', 'national average for a gallon of regular unleaded', None, None, None, MON, AAA),
        ('9 cents', 1, 0.09, 'USD', 'national average for a gallon of regular unleaded', 'decrease', 'month_on_month', None, MON, AAA),
        ('11 cents', 1, 0.11, 'USD', 'national average for a gallon of regular unleaded', 'decrease', 'year_on_year', None, MON, AAA),
        ('150,000', 1, 150000, 'count', 'stations tracked by GasBuddy', None, None, 'more_than', None, GB),
        ('31', 1, 31, 'count', 'states with averages below $3 a gallon', None, None, None, None, GB),
        ('$2.85', 1, 2.85, 'USD', 'national average', 'decrease', None, None, per('in January', 2026, 1), GB),
        ('$2.90', 1, 2.90, 'USD', 'national average', 'decrease', None, None, per('in January', 2026, 1), GB),
        ('2.3%', 1, 2.3, 'percent', 'airline fares index', 'increase', 'month_on_month', None, CNOV, BLS),
        ('5.9%', 1, 5.9, 'percent', 'airline fares index', 'increase', 'year_on_year', None, CNOV, BLS),
        ('0.2%', 1, 0.2, 'percent', 'overall consumer prices', 'increase', 'month_on_month', None, CNOV, BLS),
        ('1.4%', 1, 1.4, 'percent', 'gasoline index', 'decrease', 'month_on_month', None, CNOV, BLS),
        ('122.4 million', 1, 122.4e6, 'count', 'holiday travelers', None, None, None, HOL, AAA),
        ('2.2%', 1, 2.2, 'percent', 'holiday travelers', 'increase', 'year_on_year', 'approximately', HOL, AAA),
        ('109.5 million', 1, 109.5e6, 'count', 'holiday travelers expected to drive', None, None, None, HOL, AAA),
        ('8.0 million', 1, 8.0e6, 'count', 'holiday travelers expected to fly', None, None, None, HOL, AAA),
        ('$412', 1, 412, 'USD', 'domestic round-trip holiday tickets', None, None, None, None, HOP),
        ('4%', 1, 4, 'percent', 'domestic round-trip holiday tickets', 'increase', 'year_on_year', None, None, HOP),
        ('$1,180', 1, 1180, 'USD', 'international fares', None, None, None, None, HOP),
        ('$3.68', 1, 3.68, 'USD', 'diesel', None, None, None, MON, AAA),
        ('3 cents', 1, 0.03, 'USD', 'diesel', 'increase', 'period_on_period', None, MON, AAA),
    ],
    'mt_newswires_south_korea_cpi.txt': [
        ('2.5%', 1, 2.5, 'percent', "South Korea's consumer inflation", 'increase', None, None, KDEC, None),
        ('2.2%', 1, 2.2, 'percent', 'average consumer inflation', None, None, None, Y('2025', 2025), None),
        ('2.5%', 2, 2.5, 'percent', "South Korea's consumer price index", 'increase', 'year_on_year', None, KDEC, KOSTAT),
        ('2.4%', 1, 2.4, 'percent', "South Korea's consumer price index", 'increase', 'year_on_year', None, KNOV, KOSTAT),
        ('2.3%', 1, 2.3, 'percent', 'consumer price index', None, 'year_on_year', None, KDEC, YIM),
        ('0.1%', 1, 0.1, 'percent', 'consumer prices', 'increase', 'month_on_month', None, KDEC, KOSTAT),
        ('0.2%', 1, 0.2, 'percent', 'consumer prices', 'decrease', 'month_on_month', None, KNOV, KOSTAT),
        ('2.0%', 1, 2.0, 'percent', 'core inflation', None, 'year_on_year', None, KDEC, KOSTAT),
        ('2.2%', 2, 2.2, 'percent', 'OECD-method core index', 'increase', 'year_on_year', None, KDEC, KOSTAT),
        ('6.8%', 1, 6.8, 'percent', 'fresh food prices', 'increase', 'year_on_year', None, KDEC, KOSTAT),
        ('14.3%', 1, 14.3, 'percent', 'fresh fruit prices', 'increase', 'year_on_year', None, KDEC, KOSTAT),
        ('3.1%', 1, 3.1, 'percent', 'fresh vegetable prices', 'increase', 'year_on_year', None, KDEC, KOSTAT),
        ('4.7%', 1, 4.7, 'percent', 'agricultural, livestock and fisheries products', 'increase', 'year_on_year', None, KDEC, KOSTAT),
        ('0.36 percentage points', 1, 0.36, 'percentage_point', 'agricultural, livestock and fisheries products contribution to headline inflation', None, None, None, KDEC, KOSTAT),
        ('7.5%', 1, 7.5, 'percent', 'petroleum product prices', 'increase', None, None, KDEC, KOSTAT),
        ('2.3%', 2, 2.3, 'percent', 'services prices', 'increase', None, None, KDEC, KOSTAT),
        ('3.0%', 1, 3.0, 'percent', 'personal services prices', 'increase', None, None, KDEC, KOSTAT),
        ('2.2%', 3, 2.2, 'percent', 'annual consumer inflation', 'decrease', 'year_on_year', None, P('For the whole of 2025', '2025-01-01', '2025-12-31'), KOSTAT),
        ('2.3%', 3, 2.3, 'percent', 'annual consumer inflation', None, 'year_on_year', None, Y('in 2024', 2024), KOSTAT),
        ('2%', 1, 2, 'percent', 'medium-term inflation target', None, None, None, None, BOK),
        ('2.50%', 1, 2.50, 'percent', 'base rate', None, None, None, KNOV, BOK),
    ],
    'trading_economics_style_ghana_inflation.txt': [
        ('6.3%', 1, 6.3, 'percent', 'Ghana inflation', 'decrease', None, None, None, None),
        ('6.3%', 2, 6.3, 'percent', 'annual inflation rate in Ghana', 'decrease', 'year_on_year', None, N25, GSS),
        ('8.0%', 1, 8.0, 'percent', 'annual inflation rate in Ghana', None, 'year_on_year', None, GOCT, GSS),
        ('7.1%', 1, 7.1, 'percent', 'annual inflation rate in Ghana', None, 'year_on_year', None, N25, None),
        ('4.8%', 1, 4.8, 'percent', 'food inflation', 'decrease', 'year_on_year', None, GNOV, GSS),
        ('7.4%', 1, 7.4, 'percent', 'food inflation', None, 'year_on_year', None, GOCT, GSS),
        ('-2.1%', 1, -2.1, 'percent', 'prices of vegetables', 'decrease', 'year_on_year', None, GNOV, GSS),
        ('3.6%', 1, 3.6, 'percent', 'prices of vegetables', None, 'year_on_year', None, GOCT, GSS),
        ('1.9%', 1, 1.9, 'percent', 'prices of fish', 'decrease', 'year_on_year', None, GNOV, GSS),
        ('4.2%', 1, 4.2, 'percent', 'prices of fish', None, 'year_on_year', None, GOCT, GSS),
        ('7.6%', 1, 7.6, 'percent', 'non-food inflation', 'decrease', 'year_on_year', None, GNOV, GSS),
        ('8.5%', 1, 8.5, 'percent', 'non-food inflation', None, 'year_on_year', None, GOCT, GSS),
        ('6.9%', 1, 6.9, 'percent', 'prices of locally produced items', 'increase', 'year_on_year', None, GNOV, GSS),
        ('4.6%', 1, 4.6, 'percent', 'prices of imported goods', 'increase', 'year_on_year', None, GNOV, GSS),
        ('0.4%', 1, 0.4, 'percent', 'consumer prices', 'increase', 'month_on_month', None, GNOV, GSS),
        ('0.8%', 1, 0.8, 'percent', 'consumer prices', 'increase', 'month_on_month', None, GOCT, GSS),
        ('8%', 1, 8, 'percent', 'medium-term inflation target', None, None, None, GNOV, BOG),
        ('2 percentage points', 1, 2, 'percentage_point', 'medium-term inflation target band', None, None, None, GNOV, BOG),
        ('350 basis points', 1, 350, 'basis_point', 'monetary policy rate', 'decrease', None, None, P('at its November meeting', '2025-11-01', '2025-11-30'), BOG),
        ('18%', 1, 18, 'percent', 'monetary policy rate', 'decrease', None, None, P('at its November meeting', '2025-11-01', '2025-11-30'), BOG),
        ('1,000 basis points', 1, 1000, 'basis_point', 'total easing', 'decrease', None, None, Y('this year', 2025), BOG),
        ('18.02 percent', 1, 18.02, 'percent', 'Inflation Rate in Ghana average', None, None, None, P('from 1998 until 2025', '1998-01-01', '2025-12-31'), GSS),
        ('54.10 percent', 1, 54.10, 'percent', 'Inflation Rate in Ghana all time high', None, None, None, per('in December of 2022', 2022, 12), GSS),
        ('6.30 percent', 1, 6.30, 'percent', 'Inflation Rate in Ghana record low', None, None, None, per('in November of 2025', 2025, 11), GSS),
        ('6.00 percent', 1, 6.00, 'percent', 'Inflation Rate in Ghana', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('7.50 percent', 1, 7.50, 'percent', 'Ghana Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('8.00 percent', 1, 8.00, 'percent', 'Ghana Inflation Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_crude_inventories_eia.txt': [
        ('0.8%', 1, 0.8, 'percent', 'Brent futures', 'decrease', None, None, ET, None),
        ('$59.21', 1, 59.21, 'USD', 'Brent futures', 'decrease', None, None, ET, None),
        ('0.9%', 1, 0.9, 'percent', 'West Texas Intermediate crude futures', 'decrease', None, None, ET, None),
        ('$55.44', 1, 55.44, 'USD', 'West Texas Intermediate crude futures', 'decrease', None, None, ET, None),
        ('20%', 1, 20, 'percent', 'Brent and WTI futures', 'decrease', None, 'more_than', P('so far this year', '2025-01-01', '2025-12-17'), None),
        ('1.9 million barrels', 1, 1.9e6, 'barrel', 'U.S. crude oil inventories', 'increase', None, None, WK, EIA),
        ('426.4 million barrels', 1, 426.4e6, 'barrel', 'U.S. crude oil inventories', 'increase', None, None, WK, EIA),
        ('2.4 million barrels', 1, 2.4e6, 'barrel', 'U.S. crude oil inventories', 'decrease', None, None, WK, None),
        ('3%', 1, 3, 'percent', 'U.S. crude oil inventories', 'decrease', None, 'approximately', WK, EIA),
        ('0.6 million barrels', 1, 0.6e6, 'barrel', 'stocks at the Cushing, Oklahoma, delivery hub', 'decrease', None, None, None, EIA),
        ('21.2 million', 1, 21.2e6, 'barrel', 'stocks at the Cushing, Oklahoma, delivery hub', 'decrease', None, None, None, EIA),
        ('4.8 million barrels', 1, 4.8e6, 'barrel', 'gasoline inventories', 'increase', None, None, None, EIA),
        ('2.5 million', 1, 2.5e6, 'barrel', 'distillate stocks', 'increase', None, None, None, EIA),
        ('1.6 million', 1, 1.6e6, 'barrel', 'gasoline inventories', 'increase', None, None, None, None),
        ('1.1 million barrels', 1, 1.1e6, 'barrel', 'distillate stocks', 'increase', None, None, None, None),
        ('0.7 percentage points', 1, 0.7, 'percentage_point', 'refinery utilization', 'increase', None, None, None, EIA),
        ('94.1%', 1, 94.1, 'percent', 'refinery utilization', 'increase', None, None, None, EIA),
        ('13.84 million bpd', 1, 13.84e6, 'barrel per day', 'U.S. crude output', None, None, None, None, EIA),
        ('20.3 million barrels per day', 1, 20.3e6, 'barrel per day', 'total products supplied', None, None, None, FW, EIA),
        ('1.2%', 1, 1.2, 'percent', 'total products supplied', 'decrease', 'year_on_year', None, FW, EIA),
        ('1.1 million barrels', 2, 1.1e6, 'barrel', 'U.S. crude inventories', 'decrease', None, None, P('for the week ended Dec. 12', '2025-12-06', '2025-12-12'), API),
    ],
    'business_standard_style_india_merchandise_trade_deficit.txt': [
        ('$24.5 bn', 1, 24.5e9, 'USD', "India's merchandise trade deficit", 'decrease', None, None, per('in Nov', 2025, 11), None),
        ('$24.53 billion', 1, 24.53e9, 'USD', "India's merchandise trade deficit", 'decrease', None, None, BNOV, MOCI),
        ('$41.68 billion', 1, 41.68e9, 'USD', "India's merchandise trade deficit", None, None, None, BOCT, MOCI),
        ('19.4 per cent', 1, 19.4, 'percent', 'merchandise exports', 'increase', 'year_on_year', None, BNOV, MOCI),
        ('$38.13 billion', 1, 38.13e9, 'USD', 'merchandise exports', 'increase', None, None, BNOV, MOCI),
        ('1.9 per cent', 1, 1.9, 'percent', 'merchandise imports', 'decrease', 'year_on_year', None, BNOV, MOCI),
        ('$62.66 billion', 1, 62.66e9, 'USD', 'merchandise imports', 'decrease', None, None, BNOV, MOCI),
        ('$4.03 billion', 1, 4.03e9, 'USD', 'gold imports', 'decrease', None, None, BNOV, MOCI),
        ('$14.72 billion', 1, 14.72e9, 'USD', 'gold imports', None, None, None, BOCT, MOCI),
        ('59 per cent', 1, 59, 'percent', 'gold imports', 'decrease', 'year_on_year', 'approximately', BNOV, MOCI),
        ('$9.84 billion', 1, 9.84e9, 'USD', 'gold imports', None, None, None, per('in November last year', 2024, 11), MOCI),
        ('11.3 per cent', 1, 11.3, 'percent', 'crude oil imports', 'decrease', 'year_on_year', None, BNOV, MOCI),
        ('$14.1 bn', 1, 14.1e9, 'USD', 'crude oil imports', 'decrease', None, None, BNOV, MOCI),
        ('doubled', 1, 2, 'times', 'silver imports', 'increase', 'year_on_year', 'more_than', BNOV, MOCI),
        ('2.6 per cent', 1, 2.6, 'percent', 'exports', 'increase', 'year_on_year', None, AN26, MOCI),
        ('$292.07 billion', 1, 292.07e9, 'USD', 'exports', 'increase', None, None, AN26, MOCI),
        ('5.9 per cent', 1, 5.9, 'percent', 'imports', 'increase', 'year_on_year', None, AN26, MOCI),
        ('$515.21 billion', 1, 515.21e9, 'USD', 'imports', 'increase', None, None, AN26, MOCI),
        ('$223.14 billion', 1, 223.14e9, 'USD', 'cumulative goods trade deficit', 'increase', None, None, AN26, MOCI),
        ('$196.84 billion', 1, 196.84e9, 'USD', 'cumulative goods trade deficit', None, None, None, P('in the corresponding period of FY25', '2024-04-01', '2024-11-30'), MOCI),
        ('23.8 per cent', 1, 23.8, 'percent', 'engineering goods exports', 'increase', None, None, BNOV, MOCI),
        ('38.5 per cent', 1, 38.5, 'percent', 'electronics exports', 'increase', None, None, BNOV, MOCI),
        ('9.4 per cent', 1, 9.4, 'percent', 'pharmaceuticals exports', 'increase', None, None, BNOV, MOCI),
        ('$2.9 bn', 1, 2.9e9, 'USD', 'electronics shipments to the US', None, None, 'approximately', BNOV, MOCI),
        ('$6.98 billion', 1, 6.98e9, 'USD', 'exports to the US', None, None, None, BNOV, MOCI),
        ('$3.41 billion', 1, 3.41e9, 'USD', 'exports to the UAE', None, None, None, BNOV, MOCI),
        ('$2.07 billion', 1, 2.07e9, 'USD', 'exports to the Netherlands', None, None, None, BNOV, MOCI),
        ('50 per cent', 1, 50, 'percent', 'US tariff on many goods', None, None, None, None, None),
        ('$26', 1, 26e9, 'USD', 'merchandise trade deficit', None, None, None, H2, ICRA),
        ('28 billion', 1, 28e9, 'USD', 'merchandise trade deficit', None, None, None, H2, ICRA),
    ],
    'eu_energy_style_container_freight_bunker_fuel.txt': [
        ('10.6 million tonnes', 1, 10.6e6, 'tonne', "bunker fuel sales at the EU's main ports", None, None, None, Q325, None),
        ('2.3%', 1, 2.3, 'percent', "bunker fuel sales at the EU's main ports", 'increase', 'year_on_year', None, Q325, None),
        ('2.41 million tonnes', 1, 2.41e6, 'tonne', 'bunker sales in Rotterdam', None, None, None, Q325, None),
        ('1.18 million tonnes', 1, 1.18e6, 'tonne', 'bunker sales in Antwerp-Bruges', None, None, None, Q325, None),
        ('0.87 million tonnes', 1, 0.87e6, 'tonne', 'bunker sales in Algeciras', None, None, None, Q325, None),
        ('48%', 1, 48, 'percent', 'VLSFO share of volumes sold in Rotterdam', None, None, None, Q3S, None),
        ('27%', 1, 27, 'percent', 'HSFO share of volumes sold in Rotterdam', None, None, None, Q3S, None),
        ('6%', 1, 6, 'percent', 'sales of HSFO', 'increase', 'year_on_year', None, Q3S, None),
        ('312,000 m3', 1, 312000, 'cubic metre', 'LNG bunker sales', None, None, None, INQ, POR),
        ('0.14 million tonnes', 1, 0.14e6, 'tonne', 'LNG bunker sales', None, None, 'approximately', INQ, POR),
        ('38%', 1, 38, 'percent', 'LNG bunker sales', 'increase', 'year_on_year', None, INQ, POR),
        ('184,000 tonnes', 1, 184000, 'tonne', 'bio-blended fuel bunker sales', None, None, None, INQ, POR),
        ('5.8%', 1, 5.8, 'percent', "LNG's share of total bunker sales in Rotterdam", 'increase', None, None, INQ, POR),
        ('4.3%', 1, 4.3, 'percent', "LNG's share of total bunker sales in Rotterdam", None, None, None, Q('a year earlier', 2024, 3), POR),
        ('1,150', 1, 1150, 'count', 'LNG bunkering operations in the EU', 'increase', None, 'approximately', NM, EMSA),
        ('a third', 1, 0.3333, 'fraction', 'LNG bunkering operations in the EU', 'increase', 'year_on_year', 'approximately', NM, EMSA),
        ('497 USD/t', 1, 497, 'USD', 'VLSFO delivered in Rotterdam', None, None, None, Q3S, SAB),
        ('4%', 1, 4, 'percent', 'VLSFO delivered in Rotterdam', 'decrease', 'quarter_on_quarter', None, Q3S, SAB),
        ('15%', 1, 15, 'percent', 'VLSFO delivered in Rotterdam', 'decrease', 'year_on_year', None, Q3S, SAB),
        ('425 USD/t', 1, 425, 'USD', 'HSFO delivered in Rotterdam', None, None, None, Q3S, SAB),
        ('72 USD/t', 1, 72, 'USD', 'spread between VLSFO and HSFO', 'decrease', None, None, ESEP, SAB),
        ('95 USD/t', 1, 95, 'USD', 'spread between VLSFO and HSFO', None, None, None, per('in June', 2025, 6), SAB),
        ('2,850 USD', 1, 2850, 'USD', 'spot rates on the Shanghai–Rotterdam route', None, None, None, ESEP, DRW),
        ('18%', 1, 18, 'percent', 'spot rates on the Shanghai–Rotterdam route', 'decrease', 'month_on_month', None, ESEP, DRW),
        ('52%', 1, 52, 'percent', 'spot rates on the Shanghai–Rotterdam route', 'decrease', 'year_on_year', None, ESEP, DRW),
    ],
    'nbs_style_semiconductor_integrated_circuit_output.txt': [
        ('10.8%', 1, 10.8, 'percent', 'integrated circuit output', 'increase', None, None, P('in first eleven months', '2025-01-01', '2025-11-30'), None),
        ('45.3 billion pieces', 1, 45.3e9, 'count', 'output of integrated circuits by industrial enterprises above designated size', None, None, None, NNOV, NBS),
        ('12.6 percent', 1, 12.6, 'percent', 'output of integrated circuits by industrial enterprises above designated size', 'increase', 'year_on_year', None, NNOV, NBS),
        ('1.51 billion pieces', 1, 1.51e9, 'count', 'average daily output of integrated circuits', None, None, None, NNOV, NBS),
        ('26.5 percent', 1, 26.5, 'percent', 'value added of the integrated circuit manufacturing industry', 'increase', 'year_on_year', None, NNOV, NBS),
        ('21.7 percentage points', 1, 21.7, 'percentage_point', 'integrated circuit manufacturing value added growth above that of all industries above designated size', None, None, None, NNOV, NBS),
        ('439.8 billion pieces', 1, 439.8e9, 'count', 'cumulative output of integrated circuits', None, None, None, JN, NBS),
        ('10.8 percent', 1, 10.8, 'percent', 'cumulative output of integrated circuits', 'increase', 'year_on_year', None, JN, NBS),
        ('1.2 percentage points', 1, 1.2, 'percentage_point', 'growth rate of integrated circuit output', 'increase', 'year_on_year', None, JN, NBS),
        ('106.2 billion', 1, 106.2e9, 'count', 'integrated circuit output in Jiangsu', None, None, None, JN, NBS),
        ('66.9 billion', 1, 66.9e9, 'count', 'integrated circuit output in Gansu', None, None, None, JN, NBS),
        ('57.4 billion pieces', 1, 57.4e9, 'count', 'integrated circuit output in Guangdong', None, None, None, JN, NBS),
        ('52.4 percent', 1, 52.4, 'percent', 'Jiangsu, Gansu and Guangdong share of the national total', None, None, None, JN, NBS),
        ('21.5 percent', 1, 21.5, 'percent', 'output in Guangdong', 'increase', 'year_on_year', None, JN, NBS),
        ('6.3 percent', 1, 6.3, 'percent', 'output in Gansu', 'increase', 'year_on_year', None, JN, NBS),
        ('307 million units', 1, 307e6, 'count', 'output of electronic computers', None, None, None, SAMEP, NBS),
        ('1.7 percent', 1, 1.7, 'percent', 'output of electronic computers', 'decrease', 'year_on_year', None, SAMEP, NBS),
        ('1.45 billion units', 1, 1.45e9, 'count', 'output of mobile phones', None, None, None, SAMEP, NBS),
        ('0.9 percent', 1, 0.9, 'percent', 'output of mobile phones', 'increase', 'year_on_year', None, SAMEP, NBS),
        ('1.08 billion units', 1, 1.08e9, 'count', 'output of smartphones', None, None, None, SAMEP, NBS),
        ('2.4 percent', 1, 2.4, 'percent', 'output of smartphones', 'increase', 'year_on_year', None, SAMEP, NBS),
        ('306.4 billion', 1, 306.4e9, 'count', 'integrated circuit exports', None, None, None, F11, GAC),
        ('9.2 percent', 1, 9.2, 'percent', 'integrated circuit exports', 'increase', 'year_on_year', None, F11, GAC),
        ('1,272.6 billion yuan', 1, 1272.6e9, 'CNY', 'export value of integrated circuits', None, None, None, F11, GAC),
        ('23.1 percent', 1, 23.1, 'percent', 'export value of integrated circuits', 'increase', 'year_on_year', None, F11, GAC),
        ('503.7 billion pieces', 1, 503.7e9, 'count', 'imports of integrated circuits', None, None, None, F11, GAC),
        ('8.9 percent', 1, 8.9, 'percent', 'imports of integrated circuits', 'increase', 'year_on_year', None, F11, GAC),
        ('2,488.5 billion yuan', 1, 2488.5e9, 'CNY', 'import value of integrated circuits', None, None, None, F11, GAC),
        ('10.4 percent', 1, 10.4, 'percent', 'import value of integrated circuits', 'increase', 'year_on_year', None, F11, GAC),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
