# ruff: noqa: E501, RUF001
"""Write corpus/annotated_91/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_91.py corpus/annotated_91
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
DOC = "U.S. Department of Commerce"
NBK = "National Bank of Kazakhstan"
BNS = "Bureau of National Statistics"
GOK = "Government of Kazakhstan"
HALYK = "Halyk Finance"
XOM = "Exxon Mobil"
CVX = "Chevron"
LSEG = "LSEG"
ABS = "Australian Bureau of Statistics"
BBG = "Bloomberg"
SI = "Statistics Iceland"
CBI = "Central Bank of Iceland"
TE = "Trading Economics"
NBP = "National Bank of Poland"
GUS = "Statistics Poland"
ING = "ING"
PEKAO = "Bank Pekao"
PX = "Pharmaceuticals Export Promotion Council of India"
GASSCO = "Gassco"
SPGCI = "S&P Global Commodity Insights"
NBS = "National Bureau of Statistics"

# 9101 ONS food prices by item (ref Wednesday 2026-01-21)
D25 = per("in December 2025", 2025, 12)
D25C = per("In December 2025", 2025, 12)
N25 = per("in November 2025", 2025, 11)
ONOV = per("in November", 2025, 11)
# 9102 Reuters 1987 (ref Thursday 1987-04-30)
MAR = per("in March", 1987, 3)
FEB = per("in February", 1987, 2)
FEBA = per("February", 1987, 2)
FORMAR = per("for March", 1987, 3)
JAN = per("January's", 1987, 1)
# 9103 Reuters 2025 (ref Friday 2026-01-16)
KDEC = per("in December", 2025, 12)
KNOV = per("in November", 2025, 11)
KOCT = per("in October", 2025, 10)
E26 = P("at the end of 2026", "2026-12-31", "2026-12-31")
JAN1 = P("on Jan. 1", "2026-01-01", "2026-01-01")
GMT = P("by 0900 GMT", None, None)
# 9104 CNBC (ref Friday 2025-10-31)
TQA = Q("third-quarter", 2025, 3)
YA = Q("a year earlier", 2024, 3)
FQ = Q("for the quarter", 2025, 3)
ITQ = Q("in the third quarter", 2025, 3)
INQ = Q("in the quarter", 2025, 3)
FRI = P("on Friday", "2025-10-31", "2025-10-31")
# 9105 MT Newswires (ref Thursday 2026-01-08, ET)
ANOV = per("in November", 2025, 11)
ANOVC = per("In November", 2025, 11)
AOCT = per("in October", 2025, 10)
# 9106 Trading Economics (ref Monday 2025-12-22)
DEC25 = per("in December 2025", 2025, 12)
IDEC = per("in December", 2025, 12)
INOV = per("in November", 2025, 11)
PRIOR = per("in the prior month", 2025, 11)
# 9107 Investing.com (ref Wednesday 2026-03-04)
WED = P("on Wednesday", "2026-03-04", "2026-03-04")
ET = P("By 10:30 ET", None, None)
PFEB = per("in February", 2026, 2)
DAY = P("on the day", "2026-03-04", "2026-03-04")
# 9108 Business Standard (ref Wednesday 2025-12-17)
APRNOV = P("in Apr-Nov", "2025-04-01", "2025-11-30")
AN26 = P("during April-November of 2025-26", "2025-04-01", "2025-11-30")
AN = P("in April-November", "2025-04-01", "2025-11-30")
F8 = P("in the first eight months", "2025-04-01", "2025-11-30")
PNOV = per("November", 2025, 11)
# 9109 DG ENER (ref Wednesday 2025-08-27)
Q225 = Q("In the second quarter of 2025", 2025, 2)
NQ = Q("in the quarter", 2025, 2)
# 9110 NBS (ref Monday 2025-12-15)
F10 = P("in the first ten days of December 2025", "2025-12-01", "2025-12-10")
F10D = P("in the first ten days of December", "2025-12-01", "2025-12-10")

LOAF = "average price of an 800g white sliced loaf"
LI = "index of leading economic indicators"
BR = "base rate"
REB = "price of rebar"
WIR = "price of wire rod"
CU = "price of electrolytic copper"

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_food_price_inflation_items.txt': [
        ('4.5%', 1, 4.5, 'percent', 'annual food and non-alcoholic beverages inflation', 'decrease', 'year_on_year', None, D25, None),
        ('4.9%', 1, 4.9, 'percent', 'annual food and non-alcoholic beverages inflation', None, 'year_on_year', None, N25, None),
        ('21.4%', 1, 21.4, 'percent', 'olive oil price', 'decrease', 'year_on_year', None, None, None),
        ('24.1%', 1, 24.1, 'percent', 'beef mince price', 'increase', 'year_on_year', None, None, None),
        ('£1.42', 1, 1.42, 'GBP', LOAF, None, None, None, D25, ONS),
        ('6p', 1, 0.06, 'GBP', LOAF, 'increase', 'year_on_year', None, D25, ONS),
        ('4.4%', 1, 4.4, 'percent', LOAF, 'increase', 'year_on_year', None, D25, ONS),
        ('£1.65', 1, 1.65, 'GBP', 'price of a four-pint bottle of semi-skimmed milk', None, None, None, D25, ONS),
        ('3.1%', 1, 3.1, 'percent', 'price of a four-pint bottle of semi-skimmed milk', 'increase', 'year_on_year', None, D25, ONS),
        ('£2.47', 1, 2.47, 'GBP', 'price of 250g of salted butter', None, None, None, D25, ONS),
        ('11.8%', 1, 11.8, 'percent', 'price of 250g of salted butter', 'increase', 'year_on_year', None, D25, ONS),
        ('£7.86', 1, 7.86, 'GBP', 'average price of olive oil (500ml)', 'decrease', None, None, D25, ONS),
        ('£10.00', 1, 10.00, 'GBP', 'average price of olive oil (500ml)', None, None, None, per('in December 2024', 2024, 12), ONS),
        ('17.2%', 1, 17.2, 'percent', 'instant coffee (200g) price', 'increase', 'year_on_year', None, D25, ONS),
        ('13.5%', 1, 13.5, 'percent', 'price of 100g milk chocolate bars', 'increase', 'year_on_year', None, D25, ONS),
        ('9.9%', 1, 9.9, 'percent', 'price of 200g milk chocolate bars', 'increase', 'year_on_year', None, D25, ONS),
        ('49', 1, 49, 'count', 'items more expensive than a year before', None, None, None, D25, ONS),
        ('21', 2, 21, 'count', 'items cheaper than a year before', None, None, None, D25, ONS),
        ('two', 1, 2, 'count', 'items with unchanged prices', None, None, None, D25, ONS),
        ('24.1%', 2, 24.1, 'percent', 'beef mince (500g) price', 'increase', 'year_on_year', None, D25, ONS),
        ('17.2%', 2, 17.2, 'percent', 'instant coffee price', 'increase', 'year_on_year', None, D25, ONS),
        ('15.8%', 1, 15.8, 'percent', 'lamb chops price', 'increase', 'year_on_year', None, D25, ONS),
        ('21.4%', 2, 21.4, 'percent', 'olive oil price', 'decrease', 'year_on_year', None, D25, ONS),
        ('9.6%', 1, 9.6, 'percent', 'white sugar (1kg) price', 'decrease', 'year_on_year', None, D25, ONS),
        ('6.3%', 1, 6.3, 'percent', 'potatoes (2.5kg) price', 'decrease', 'year_on_year', None, D25, ONS),
        ('0.62 percentage points', 1, 0.62, 'percentage_point', 'bread and cereals contribution to the annual rate', None, None, None, D25C, ONS),
        ('1.18 percentage points', 1, 1.18, 'percentage_point', 'meat contribution to the annual rate', 'increase', None, None, D25C, ONS),
        ('1.05', 1, 1.05, 'percentage_point', 'meat contribution to the annual rate', None, None, None, ONOV, ONS),
        ('-6.2%', 1, -6.2, 'percent', 'annual rate for oils and fats', 'decrease', 'year_on_year', None, D25C, ONS),
        ('9.8%', 1, 9.8, 'percent', 'annual rate for sugar, jam, chocolate and confectionery', None, 'year_on_year', None, D25C, ONS),
        ('-4.8%', 1, -4.8, 'percent', 'annual rate for oils and fats', 'decrease', 'year_on_year', None, ONOV, ONS),
        ('8.9%', 1, 8.9, 'percent', 'annual rate for sugar, jam, chocolate and confectionery', None, 'year_on_year', None, ONOV, ONS),
    ],
    'wire_1987_us_leading_indicators.txt': [
        ('0.6 PCT', 1, 0.6, 'percent', 'U.S. leading indicators', 'decrease', None, None, per('IN MARCH', 1987, 3), None),
        ('0.6 pct', 1, 0.6, 'percent', LI, 'decrease', None, None, MAR, DOC),
        ('1.1 pct', 1, 1.1, 'percent', LI, 'decrease', None, None, per('in October 1985', 1985, 10), DOC),
        ('0.8 pct', 1, 0.8, 'percent', LI, 'increase', None, None, FEB, DOC),
        ('0.7 pct', 1, 0.7, 'percent', LI, 'increase', None, None, FEBA, DOC),
        ('0.2', 1, 0.2, 'percent', LI, 'decrease', None, None, per('March', 1987, 3), None),
        ('0.4 pct', 1, 0.4, 'percent', LI, 'decrease', None, None, per('March', 1987, 3), None),
        ('185.4', 1, 185.4, 'index_point', LI, None, None, None, MAR, DOC),
        ('186.5', 1, 186.5, 'index_point', LI, None, None, None, FEB, DOC),
        ('3.1 pct', 1, 3.1, 'percent', LI, 'increase', 'year_on_year', None, MAR, DOC),
        ('179.8', 1, 179.8, 'index_point', LI, None, None, None, per('year-earlier', 1986, 3), DOC),
        ('Five', 1, 5, 'count', 'indicators that were negative', None, None, None, FORMAR, DOC),
        ('1.9 billion dlrs', 1, 1.9e9, 'USD', 'contracts and orders for plant and equipment', 'decrease', None, None, FORMAR, DOC),
        ('33.4 billion', 1, 33.4e9, 'USD', 'contracts and orders for plant and equipment', 'decrease', None, None, FORMAR, DOC),
        ('0.16', 1, 0.16, 'index_point', 'building permits contribution to the index', 'decrease', None, None, None, DOC),
        ('0.11 points', 1, 0.11, 'index_point', 'money supply contribution to the index', 'decrease', None, None, None, DOC),
        ('0.09 points', 1, 0.09, 'index_point', 'vendor performance contribution to the index', 'increase', None, None, None, DOC),
        ('0.4 pct', 2, 0.4, 'percent', LI, 'decrease', None, None, JAN, DOC),
        ('0.5 pct', 1, 0.5, 'percent', LI, 'decrease', None, None, JAN, DOC),
        ('0.3 pct', 1, 0.3, 'percent', 'index of coincident indicators', 'increase', None, None, MAR, DOC),
        ('122.3', 1, 122.3, 'index_point', 'lagging index', None, None, None, MAR, DOC),
        ('0.2 pct', 1, 0.2, 'percent', 'lagging index', 'increase', None, None, FEBA, DOC),
        ('40.7 hours', 1, 40.7, 'hour', 'average workweek of production workers in manufacturing', 'decrease', None, None, MAR, DOC),
        ('41.0 hours', 1, 41.0, 'hour', 'average workweek of production workers in manufacturing', None, None, None, FEB, DOC),
    ],
    'wire_2025_kazakhstan_rate_decision.txt': [
        ('18%', 1, 18, 'percent', BR, None, None, None, None, None),
        ('18.0%', 1, 18.0, 'percent', BR, None, None, None, P('on Friday', '2026-01-16', '2026-01-16'), NBK),
        ('11', 1, 11, 'count', 'analysts in a Reuters poll', None, None, None, None, 'Reuters'),
        ('150 basis points', 1, 150, 'basis_point', BR, 'increase', None, None, KOCT, NBK),
        ('1 percentage point', 1, 1, 'percentage_point', 'interest rate corridor', None, None, None, KOCT, NBK),
        ('12.9%', 1, 12.9, 'percent', 'annual inflation', 'increase', 'year_on_year', None, KDEC, BNS),
        ('12.6%', 1, 12.6, 'percent', 'annual inflation', None, 'year_on_year', None, KNOV, BNS),
        ('12.1%', 1, 12.1, 'percent', 'prices of food', 'increase', 'year_on_year', None, KDEC, BNS),
        ('13.0%', 1, 13.0, 'percent', 'prices of non-food goods', 'increase', 'year_on_year', None, KDEC, BNS),
        ('13.8%', 1, 13.8, 'percent', 'prices of paid services', 'increase', 'year_on_year', None, KDEC, BNS),
        ('0.9%', 1, 0.9, 'percent', 'consumer prices', 'increase', 'month_on_month', None, KDEC, BNS),
        ('0.8%', 1, 0.8, 'percent', 'consumer prices', None, 'month_on_month', None, KNOV, BNS),
        ('10.5%', 1, 10.5, 'percent', 'inflation', 'increase', None, None, E26, NBK),
        ('12.5%', 1, 12.5, 'percent', 'inflation', 'increase', None, None, E26, NBK),
        ('9.5%', 1, 9.5, 'percent', 'inflation', None, None, None, E26, NBK),
        ('11.5%', 1, 11.5, 'percent', 'inflation', None, None, None, E26, NBK),
        ('5%', 1, 5, 'percent', 'inflation target', None, None, None, Y('in 2028', 2028), NBK),
        ('16%', 1, 16, 'percent', 'standard VAT rate', 'increase', None, None, JAN1, GOK),
        ('12%', 1, 12, 'percent', 'standard VAT rate', None, None, None, JAN1, GOK),
        ('17%', 1, 17, 'percent', BR, 'decrease', None, 'approximately', Q('the second quarter', 2026, 2), HALYK),
        ('0.3%', 1, 0.3, 'percent', 'tenge', 'increase', None, None, GMT, BNS),
        ('503.40', 1, 503.40, 'KZT', 'tenge', 'increase', None, None, GMT, BNS),
        ('4%', 1, 4, 'percent', 'tenge', 'decrease', None, 'approximately', Y('over 2025', 2025), BNS),
    ],
    'cnbc_style_oil_majors_earnings.txt': [
        ('14%', 1, 14, 'percent', 'oil prices', 'decrease', 'year_on_year', 'approximately', Q('for the third quarter', 2025, 3), None),
        ('$1.88', 1, 1.88, 'USD', 'adjusted earnings per share', None, None, None, None, XOM),
        ('$1.82', 1, 1.82, 'USD', 'adjusted earnings per share', None, None, None, None, None),
        ('$85.29 billion', 1, 85.29e9, 'USD', 'revenue', None, None, None, None, XOM),
        ('$84.55 billion', 1, 84.55e9, 'USD', 'revenue', None, None, None, None, None),
        ('$7.55 billion', 1, 7.55e9, 'USD', 'net income', 'decrease', None, None, TQA, XOM),
        ('$1.76', 1, 1.76, 'USD', 'earnings per share', 'decrease', None, None, TQA, XOM),
        ('$8.61 billion', 1, 8.61e9, 'USD', 'net income', None, None, None, YA, XOM),
        ('$1.92', 1, 1.92, 'USD', 'earnings per share', None, None, None, YA, XOM),
        ('4.77 million barrels of oil equivalent per day', 1, 4.77e6, 'barrel of oil equivalent per day', 'upstream production', None, None, None, TQA, XOM),
        ('13%', 1, 13, 'percent', 'upstream production', 'increase', 'year_on_year', None, TQA, XOM),
        ('$20 billion', 1, 20e9, 'USD', 'share buyback pace', None, None, None, Y('for 2025', 2025), XOM),
        ('$1.85', 1, 1.85, 'USD', 'adjusted earnings per share', None, None, None, FQ, CVX),
        ('$1.68', 1, 1.68, 'USD', 'adjusted earnings per share', None, None, None, FQ, LSEG),
        ('$49.73 billion', 1, 49.73e9, 'USD', 'revenue', None, None, None, FQ, CVX),
        ('$48.91 billion', 1, 48.91e9, 'USD', 'revenue', None, None, None, FQ, LSEG),
        ('4.09 million boe/d', 1, 4.09e6, 'barrel of oil equivalent per day', "Chevron's worldwide net oil-equivalent production", None, None, None, ITQ, CVX),
        ('21%', 1, 21, 'percent', "Chevron's worldwide net oil-equivalent production", 'increase', 'year_on_year', None, ITQ, CVX),
        ('495,000 boe/d', 1, 495000, 'barrel of oil equivalent per day', 'production added by the Hess acquisition', 'increase', None, 'approximately', ITQ, CVX),
        ('$6.0 billion', 1, 6.0e9, 'USD', 'cash returned to shareholders', None, None, None, INQ, CVX),
        ('$2.6 billion', 1, 2.6e9, 'USD', 'buybacks', None, None, None, INQ, CVX),
        ('$3.4 billion', 1, 3.4e9, 'USD', 'dividends', None, None, None, INQ, CVX),
        ('$2 billion', 1, 2e9, 'USD', 'share repurchases', None, None, None, Q('in the fourth quarter', 2025, 4), CVX),
        ('$3 billion', 1, 3e9, 'USD', 'share repurchases', None, None, None, Q('in the fourth quarter', 2025, 4), CVX),
        ('1.4%', 1, 1.4, 'percent', 'Exxon shares', 'increase', None, None, FRI, LSEG),
        ('2.3%', 1, 2.3, 'percent', 'Chevron shares', 'increase', None, None, FRI, LSEG),
        ('8%', 1, 8, 'percent', 'Exxon and Chevron shares', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-10-31'), LSEG),
    ],
    'mt_newswires_australia_household_spending_indicator.txt': [
        ('1.0%', 1, 1.0, 'percent', 'Australian household spending', 'increase', None, None, ANOV, None),
        ('1.0%', 2, 1.0, 'percent', 'Australian household spending', 'increase', 'month_on_month', None, ANOV, ABS),
        ('1.4%', 1, 1.4, 'percent', 'Australian household spending', 'increase', 'month_on_month', None, AOCT, ABS),
        ('0.6%', 1, 0.6, 'percent', 'household spending', None, None, None, None, BBG),
        ('6.3%', 1, 6.3, 'percent', 'household spending', 'increase', 'year_on_year', None, ANOV, ABS),
        ('5.7%', 1, 5.7, 'percent', 'household spending', None, 'year_on_year', None, AOCT, ABS),
        ('5.6%', 1, 5.6, 'percent', 'household spending', None, 'year_on_year', None, AOCT, ABS),
        ('1.3%', 1, 1.3, 'percent', 'services spending', 'increase', 'month_on_month', None, ANOVC, ABS),
        ('0.7%', 1, 0.7, 'percent', 'goods spending', 'increase', 'month_on_month', None, ANOVC, ABS),
        ('Seven', 1, 7, 'count', 'spending categories that rose', None, None, None, ANOVC, ABS),
        ('2.2%', 1, 2.2, 'percent', 'spending on recreation and culture', 'increase', 'month_on_month', None, ANOVC, ABS),
        ('1.9%', 1, 1.9, 'percent', 'spending on clothing and footwear', 'increase', 'month_on_month', None, ANOVC, ABS),
        ('1.6%', 1, 1.6, 'percent', 'spending on miscellaneous goods and services', 'increase', 'month_on_month', None, ANOVC, ABS),
        ('0.4%', 1, 0.4, 'percent', 'spending on transport', 'decrease', 'month_on_month', None, ANOVC, ABS),
        ('1.1%', 1, 1.1, 'percent', 'spending in New South Wales', 'increase', None, None, None, ABS),
        ('0.9%', 1, 0.9, 'percent', 'spending in Victoria', 'increase', None, None, None, ABS),
        ('1.2%', 1, 1.2, 'percent', 'spending in Queensland', 'increase', None, None, None, ABS),
        ('0.3%', 1, 0.3, 'percent', 'spending in the Northern Territory', 'decrease', None, None, None, ABS),
        ('A$83.6 billion', 1, 83.6e9, 'AUD', 'total household spending', 'increase', None, None, ANOV, ABS),
        ('A$82.8 billion', 1, 82.8e9, 'AUD', 'total household spending', None, None, None, per('a month earlier', 2025, 10), ABS),
        ('44%', 1, 44, 'percent', 'discretionary spending share of total household spending', None, None, 'approximately', ANOV, ABS),
        ('0.2%', 1, 0.2, 'percent', 'Australian dollar', 'increase', None, None, P('as of 9:40 p.m. ET', None, None), ABS),
        ('US$0.6712', 1, 0.6712, 'USD', 'Australian dollar', 'increase', None, None, P('as of 9:40 p.m. ET', None, None), ABS),
    ],
    'trading_economics_style_iceland_inflation.txt': [
        ('3.9%', 1, 3.9, 'percent', 'annual inflation rate in Iceland', 'decrease', 'year_on_year', None, DEC25, SI),
        ('4.3%', 1, 4.3, 'percent', 'annual inflation rate in Iceland', None, 'year_on_year', None, INOV, SI),
        ('4.1%', 1, 4.1, 'percent', 'annual inflation rate in Iceland', None, 'year_on_year', None, DEC25, None),
        ('6.8%', 1, 6.8, 'percent', 'housing component', 'increase', 'year_on_year', None, IDEC, SI),
        ('7.5%', 1, 7.5, 'percent', 'housing component', 'increase', 'year_on_year', None, PRIOR, SI),
        ('4.4%', 1, 4.4, 'percent', 'prices of food and non-alcoholic beverages', 'increase', 'year_on_year', None, IDEC, SI),
        ('5.0%', 1, 5.0, 'percent', 'prices of food and non-alcoholic beverages', None, 'year_on_year', None, PRIOR, SI),
        ('1.9%', 1, 1.9, 'percent', 'imported goods inflation', 'decrease', 'year_on_year', None, IDEC, SI),
        ('5.2%', 1, 5.2, 'percent', 'services prices', 'increase', 'year_on_year', None, IDEC, SI),
        ('2.6%', 1, 2.6, 'percent', 'annual inflation excluding housing', None, 'year_on_year', None, IDEC, SI),
        ('2.5%', 1, 2.5, 'percent', 'inflation target', None, None, None, None, CBI),
        ('0.3%', 1, 0.3, 'percent', 'consumer price index', 'increase', 'month_on_month', None, IDEC, SI),
        ('0.2%', 1, 0.2, 'percent', 'consumer price index', 'decrease', 'month_on_month', None, INOV, SI),
        ('14.6%', 1, 14.6, 'percent', 'airfares', 'increase', 'month_on_month', None, IDEC, SI),
        ('3.1%', 1, 3.1, 'percent', 'clothing and footwear', 'decrease', 'month_on_month', None, IDEC, SI),
        ('672.4 points', 1, 672.4, 'index_point', 'consumer price index', None, None, None, IDEC, SI),
        ('5.84 percent', 1, 5.84, 'percent', 'Inflation Rate in Iceland average', None, None, None, P('from 1989 until 2025', '1989-01-01', '2025-12-31'), SI),
        ('23.40 percent', 1, 23.40, 'percent', 'Inflation Rate in Iceland all time high', None, None, None, per('in January 1989', 1989, 1), SI),
        ('0.80 percent', 1, 0.80, 'percent', 'Inflation Rate in Iceland record low', None, None, None, per('in January 2015', 2015, 1), SI),
        ('3.80 percent', 1, 3.80, 'percent', 'Inflation Rate in Iceland', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('3.00 percent', 1, 3.00, 'percent', 'Iceland Inflation Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('2.70 percent', 1, 2.70, 'percent', 'Iceland Inflation Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_eurpln_nbp_decision.txt': [
        ('25 bps', 1, 25, 'basis_point', 'NBP rates', 'decrease', None, None, None, NBP),
        ('25 basis points', 1, 25, 'basis_point', 'reference rate', 'decrease', None, None, WED, NBP),
        ('3.75%', 1, 3.75, 'percent', 'reference rate', 'decrease', None, None, WED, NBP),
        ('4.2185', 1, 4.2185, 'PLN', 'EUR/PLN', None, None, None, ET, None),
        ('0.2%', 1, 0.2, 'percent', 'USD/PLN', 'decrease', None, None, ET, None),
        ('3.6120', 1, 3.6120, 'PLN', 'USD/PLN', 'decrease', None, None, ET, None),
        ('1.1%', 1, 1.1, 'percent', 'zloty', 'increase', None, 'approximately', P('since the start of the year', '2026-01-01', '2026-03-04'), None),
        ('4.25%', 1, 4.25, 'percent', 'lombard rate', 'decrease', None, None, None, NBP),
        ('3.25%', 1, 3.25, 'percent', 'deposit rate', 'decrease', None, None, None, NBP),
        ('200 basis points', 1, 200, 'basis_point', 'cumulative easing', 'decrease', None, None, P('since May 2025', '2025-05-01', '2026-03-04'), NBP),
        ('2.1%', 1, 2.1, 'percent', 'Polish consumer prices', 'increase', 'year_on_year', None, PFEB, GUS),
        ('2.3%', 1, 2.3, 'percent', 'Polish consumer prices', None, 'year_on_year', None, per('in January', 2026, 1), GUS),
        ('2.5%', 1, 2.5, 'percent', 'inflation target', None, None, None, None, NBP),
        ('1 percentage point', 1, 1, 'percentage_point', 'inflation target tolerance band', None, None, None, None, NBP),
        ('2.6%', 1, 2.6, 'percent', 'core inflation', None, 'year_on_year', None, PFEB, ING),
        ('2.8%', 1, 2.8, 'percent', 'core inflation', None, 'year_on_year', None, PFEB, ING),
        ('6 basis points', 1, 6, 'basis_point', '10-year yield', 'decrease', None, None, DAY, GUS),
        ('5.02%', 1, 5.02, 'percent', '10-year yield', 'decrease', None, None, DAY, GUS),
        ('3.71%', 1, 3.71, 'percent', 'two-year yield', None, None, None, DAY, GUS),
        ('4 basis points', 1, 4, 'basis_point', 'two-year yield', 'decrease', None, None, DAY, GUS),
        ('25', 3, 25, 'basis_point', 'further rate cuts', 'decrease', None, None, Y('this year', 2026), PEKAO),
        ('50 basis points', 1, 50, 'basis_point', 'further rate cuts', 'decrease', None, None, Y('this year', 2026), PEKAO),
    ],
    'business_standard_style_pharma_exports.txt': [
        ('7.4%', 1, 7.4, 'percent', 'pharma exports', 'increase', None, None, APRNOV, None),
        ('$20.6 bn', 1, 20.6e9, 'USD', 'pharma exports', 'increase', None, None, APRNOV, None),
        ('11%', 1, 11, 'percent', 'US shipments', 'increase', None, None, APRNOV, None),
        ('7.4 per cent', 1, 7.4, 'percent', "India's pharmaceutical exports", 'increase', 'year_on_year', None, AN26, PX),
        ('$20.6 billion', 1, 20.6e9, 'USD', "India's pharmaceutical exports", 'increase', None, None, AN26, PX),
        ('₹1,78,430 crore', 1, 1.7843e12, 'INR', 'outbound shipments of drugs and pharmaceuticals', None, None, None, P('in the eight-month period', '2025-04-01', '2025-11-30'), PX),
        ('₹1,62,115 crore', 1, 1.62115e12, 'INR', 'outbound shipments of drugs and pharmaceuticals', None, None, None, P('a year ago', '2024-04-01', '2024-11-30'), PX),
        ('$2.62 billion', 1, 2.62e9, 'USD', 'exports', None, None, None, PNOV, PX),
        ('4.9 per cent', 1, 4.9, 'percent', 'exports', 'increase', 'year_on_year', None, PNOV, PX),
        ('$2.50 bn', 1, 2.50e9, 'USD', 'exports', None, None, None, per('in November 2024', 2024, 11), PX),
        ('34 per cent', 1, 34, 'percent', 'US share of pharmaceutical exports', None, None, 'approximately', AN, PX),
        ('3.1 per cent', 1, 3.1, 'percent', 'UK share of pharmaceutical exports', None, None, None, AN, PX),
        ('2.4 per cent', 1, 2.4, 'percent', 'Netherlands share of pharmaceutical exports', None, None, None, AN, PX),
        ('11 per cent', 1, 11, 'percent', 'shipments to the US', 'increase', None, None, F8, PX),
        ('$7.0 bn', 1, 7.0e9, 'USD', 'shipments to the US', 'increase', None, None, F8, PX),
        ('6.2 per cent', 1, 6.2, 'percent', 'exports to Africa', 'increase', None, None, F8, PX),
        ('$3.1 bn', 1, 3.1e9, 'USD', 'exports to Africa', 'increase', None, None, F8, PX),
        ('5.4 per cent', 1, 5.4, 'percent', 'exports to Europe', 'increase', None, None, F8, PX),
        ('8.8 per cent', 1, 8.8, 'percent', 'exports to Latin America', 'increase', None, None, F8, PX),
        ('three-fourths', 1, 0.75, 'fraction', 'formulations and biologicals share of the total', None, None, 'approximately', P('during the period', '2025-04-01', '2025-11-30'), PX),
        ('$3.9 bn', 1, 3.9e9, 'USD', 'exports of bulk drugs and intermediates', None, None, None, P('during the period', '2025-04-01', '2025-11-30'), PX),
        ('$30 billion', 1, 30e9, 'USD', 'pharmaceutical exports', None, None, 'more_than', P('in FY26', '2025-04-01', '2026-03-31'), PX),
        ('$65 billion', 1, 65e9, 'USD', "industry's export target", None, None, None, P('for FY30', '2029-04-01', '2030-03-31'), PX),
        ('$30.47 billion', 1, 30.47e9, 'USD', 'exports', None, None, None, P('in FY25', '2024-04-01', '2025-03-31'), PX),
        ('9.4 per cent', 1, 9.4, 'percent', 'exports', 'increase', 'year_on_year', None, P('in FY25', '2024-04-01', '2025-03-31'), PX),
        ('$27.85 billion', 1, 27.85e9, 'USD', 'exports', None, None, None, P('of FY24', '2023-04-01', '2024-03-31'), PX),
    ],
    'eu_energy_style_norway_gas_flows_maintenance.txt': [
        ('296 mcm/d', 1, 296e6, 'cubic metre per day', 'pipeline gas flows from Norway to the EU and the UK', None, None, None, Q225, None),
        ('7%', 1, 7, 'percent', 'pipeline gas flows from Norway to the EU and the UK', 'decrease', 'year_on_year', None, Q225, None),
        ('26.9 bcm', 1, 26.9e9, 'cubic metre', 'total Norwegian pipeline exports', None, None, None, NQ, GASSCO),
        ('28.8 bcm', 1, 28.8e9, 'cubic metre', 'total Norwegian pipeline exports', None, None, None, Q('a year earlier', 2024, 2), GASSCO),
        ('45 mcm/d', 1, 45e6, 'cubic metre per day', 'available capacity', 'decrease', None, 'up_to', P('between 12 and 30 May', '2025-05-12', '2025-05-30'), GASSCO),
        ('20', 1, 20e6, 'cubic metre per day', 'flows', 'decrease', None, None, per('in June', 2025, 6), GASSCO),
        ('25 mcm/d', 1, 25e6, 'cubic metre per day', 'flows', 'decrease', None, None, per('in June', 2025, 6), GASSCO),
        ('238 mcm/d', 1, 238e6, 'cubic metre per day', 'daily nominations', 'decrease', None, None, P('on 3 June', '2025-06-03', '2025-06-03'), GASSCO),
        ('131 mcm/d', 1, 131e6, 'cubic metre per day', 'deliveries to the German entry points at Emden and Dornum', None, None, None, NQ, GASSCO),
        ('37 mcm/d', 1, 37e6, 'cubic metre per day', 'deliveries to Zeebrugge in Belgium', None, None, None, NQ, GASSCO),
        ('18%', 1, 18, 'percent', 'flows to the UK via Langeled', 'decrease', 'quarter_on_quarter', None, NQ, GASSCO),
        ('41 mcm/d', 1, 41e6, 'cubic metre per day', 'flows to the UK via Langeled', 'decrease', None, None, NQ, GASSCO),
        ('31%', 1, 31, 'percent', "Norway's share in extra-EU gas imports", None, None, None, NQ, GASSCO),
        ('43%', 1, 43, 'percent', 'LNG share in extra-EU gas imports', None, None, None, NQ, GASSCO),
        ('36 €/MWh', 1, 36, 'EUR', 'day-ahead prices at the Dutch TTF hub', None, None, None, NQ, SPGCI),
        ('11%', 1, 11, 'percent', 'day-ahead prices at the Dutch TTF hub', 'decrease', 'quarter_on_quarter', None, NQ, SPGCI),
        ('9%', 1, 9, 'percent', 'TTF front-month contract', 'increase', None, 'approximately', P('in the first half of June', '2025-06-01', '2025-06-15'), SPGCI),
        ('60', 1, 60e6, 'cubic metre per day', 'capacity reductions at the Kollsnes and Kårstø processing plants', 'decrease', None, None, per('For September', 2025, 9), GASSCO),
        ('70 mcm/d', 1, 70e6, 'cubic metre per day', 'capacity reductions at the Kollsnes and Kårstø processing plants', 'decrease', None, None, per('For September', 2025, 9), GASSCO),
    ],
    'nbs_style_means_of_production_prices_ten_day.txt': [
        ('19', 1, 19, 'count', 'kinds of products whose prices went up', None, None, None, F10, NBS),
        ('28', 1, 28, 'count', 'kinds of products whose prices went down', None, None, None, F10, NBS),
        ('3', 1, 3, 'count', 'kinds of products whose prices remained flat', None, None, None, F10, NBS),
        ('3,168.4 yuan', 1, 3168.4, 'CNY', REB, None, None, None, F10D, NBS),
        ('21.6 yuan', 1, 21.6, 'CNY', REB, 'decrease', 'period_on_period', None, F10D, NBS),
        ('0.7 percent', 1, 0.7, 'percent', REB, 'decrease', 'period_on_period', None, F10D, NBS),
        ('3,352.0 yuan', 1, 3352.0, 'CNY', WIR, None, None, None, F10D, NBS),
        ('17.3 yuan', 1, 17.3, 'CNY', WIR, 'decrease', 'period_on_period', None, F10D, NBS),
        ('0.5 percent', 1, 0.5, 'percent', WIR, 'decrease', 'period_on_period', None, F10D, NBS),
        ('1,236.5 yuan', 1, 1236.5, 'CNY', CU, 'increase', 'period_on_period', None, None, NBS),
        ('88,915.3 yuan', 1, 88915.3, 'CNY', CU, 'increase', None, None, None, NBS),
        ('1.4 percent', 1, 1.4, 'percent', CU, 'increase', 'period_on_period', None, None, NBS),
        ('0.6 percent', 1, 0.6, 'percent', 'price of aluminium ingot', 'increase', 'period_on_period', None, None, NBS),
        ('21,640.0 yuan', 1, 21640.0, 'CNY', 'price of aluminium ingot', 'increase', None, None, None, NBS),
        ('2.3 percent', 1, 2.3, 'percent', 'price of liquefied petroleum gas', 'decrease', None, None, None, NBS),
        ('1.8 percent', 1, 1.8, 'percent', 'price of pure benzene', 'decrease', None, None, None, NBS),
        ('14,520.6 yuan', 1, 14520.6, 'CNY', 'price of natural rubber', None, None, None, None, NBS),
        ('2.1 percent', 1, 2.1, 'percent', 'price of natural rubber', 'increase', None, None, None, NBS),
        ('8,105.7 yuan', 1, 8105.7, 'CNY', 'price of gasoline', None, None, None, None, NBS),
        ('0.4 percent', 1, 0.4, 'percent', 'price of gasoline', 'decrease', None, None, None, NBS),
        ('6,842.2 yuan', 1, 6842.2, 'CNY', 'price of diesel', None, None, None, None, NBS),
        ('0.9 percent', 1, 0.9, 'percent', 'price of diesel', 'decrease', None, None, None, NBS),
        ('3.5 percent', 1, 3.5, 'percent', 'price of liquefied natural gas', 'decrease', None, None, None, NBS),
        ('1.5 percent', 1, 1.5, 'percent', 'price of ordinary mixed coal', 'decrease', None, None, None, NBS),
        ('618.8 yuan', 1, 618.8, 'CNY', 'price of ordinary mixed coal', 'decrease', None, None, None, NBS),
        ('2,186.3 yuan', 1, 2186.3, 'CNY', 'price of corn', None, None, None, None, NBS),
        ('0.4 percent', 2, 0.4, 'percent', 'price of corn', 'increase', None, None, None, NBS),
        ('1.1 percent', 1, 1.1, 'percent', 'price of soybean meal', 'decrease', None, None, None, NBS),
        ('3,012.5 yuan', 1, 3012.5, 'CNY', 'price of soybean meal', 'decrease', None, None, None, NBS),
        ('1,800 wholesalers', 1, 1800, 'count', 'wholesalers covered by the monitoring', None, None, 'more_than', None, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
