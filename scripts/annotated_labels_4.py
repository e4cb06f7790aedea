# ruff: noqa: E501
"""Write corpus/annotated_4/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_4.py corpus/annotated_4
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
HMRC = "HM Revenue and Customs"
BOE = "Bank of England"
BUBA = "Deutsche Bundesbank"
CPCA = "China Passenger Car Association"
CAAM = "China Association of Automobile Manufacturers"
CB = "The Conference Board"
DOL = "U.S. Department of Labor"
EIA = "U.S. Energy Information Administration"
API = "American Petroleum Institute"
IBGE = "Brazilian Institute of Geography and Statistics"
TE = "Trading Economics"
RBNZ = "Reserve Bank of New Zealand"
MOF = "Ministry of Finance"
NBS = "National Bureau of Statistics"

# 401 ONS house prices (ref 2024-11-20)
S24 = per("in the 12 months to September 2024", 2024, 9)
A24 = per("in the 12 months to August 2024", 2024, 8)
BAS = per("between August and September 2024", 2024, 9)
NI = Q("in the year to Quarter 3 (July to September) 2024", 2024, 3)
O24 = per("in the 12 months to October 2024", 2024, 10)
SEP24 = per("in September 2024", 2024, 9)
# 402 Reuters 1987 (ref 1987-03-05)
YTF = per("in the year to February", 1987, 2)
JAN22 = P("on January 22", "1987-01-22", "1987-01-22")
WKF28 = P("in the week ended February 28", "1987-02-22", "1987-02-28")
# 403 Reuters 2025 (ref 2025-06-09)
MAY25 = per("in May", 2025, 5)
FIVE = P("for the first five months of the year", "2025-01-01", "2025-05-31")
RECENT = P("in recent weeks", None, None)
# 404 CNBC (ref 2025-06-24)
MAY25b = per("in May", 2025, 5)
# 405 MT Newswires (ref 2025-07-16)
WK11 = P("in the week ended July 11", "2025-07-05", "2025-07-11")
# 406 Trading Economics (ref 2025-07-31)
T3J = P("in the three months to June 2025", "2025-04-01", "2025-06-30")
# 407 Investing.com (ref 2025-10-08)
WED = P("on Wednesday", "2025-10-08", "2025-10-08")
GMT = P("by 0300 GMT", None, None)
MTERM = P("over the medium term", None, None)
T3JN = P("in the three months to June", "2025-04-01", "2025-06-30")
# 408 Business Standard (ref 2024-11-01)
OCT24 = per("in October", 2024, 10)
DMON = per("during the month", 2024, 10)
AO25 = P("In the April-October period of FY25", "2024-04-01", "2024-10-31")
# 409 DG ENER (ref 2025-07-15)
Q125 = Q("In the first quarter of 2025", 2025, 1)
QQ = Q("in Q1 2025", 2025, 1)
DQ = Q("during the quarter", 2025, 1)
# 410 NBS (ref 2024-10-18)
JS24 = P("From January to September 2024", "2024-01-01", "2024-09-30")
F3Q = P("In the first three quarters", "2024-01-01", "2024-09-30")
N9M = P("in the first nine months", "2024-01-01", "2024-09-30")
ENDSEP = P("By the end of September", "2024-09-30", "2024-09-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_house_prices.txt': [
        ('2.9%', 1, 2.9, 'percent', 'average UK house prices', 'increase', 'year_on_year', None, S24, None),
        ('£292,000', 1, 292000, 'GBP', 'average UK house prices', 'increase', None, None, S24, None),
        ('2.4%', 1, 2.4, 'percent', 'average UK house prices', None, 'year_on_year', None, A24, None),
        ('0.1%', 1, 0.1, 'percent', 'average house prices in the UK, non-seasonally adjusted', 'decrease', 'month_on_month', None, BAS, None),
        ('0.4%', 1, 0.4, 'percent', 'average house prices in the UK, non-seasonally adjusted', 'increase', 'month_on_month', None, per('during the same period a year earlier', 2023, 9), None),
        ('£309,000', 1, 309000, 'GBP', 'average house prices in England', 'increase', None, None, S24, None),
        ('2.8%', 1, 2.8, 'percent', 'average house prices in England', 'increase', 'year_on_year', None, S24, None),
        ('£217,000', 1, 217000, 'GBP', 'average house prices in Wales', 'increase', None, None, S24, None),
        ('2.5%', 1, 2.5, 'percent', 'average house prices in Wales', 'increase', 'year_on_year', None, S24, None),
        ('£192,000', 1, 192000, 'GBP', 'average house prices in Scotland', 'increase', None, None, S24, None),
        ('4.6%', 1, 4.6, 'percent', 'average house prices in Scotland', 'increase', 'year_on_year', None, S24, None),
        ('8.7%', 1, 8.7, 'percent', 'house prices in Northern Ireland', 'increase', 'year_on_year', None, NI, None),
        ('£185,000', 1, 185000, 'GBP', 'house prices in Northern Ireland', 'increase', None, None, NI, None),
        ('8.4%', 1, 8.4, 'percent', 'average UK monthly private rents', 'increase', 'year_on_year', None, O24, ONS),
        ('£1,339', 1, 1339, 'GBP', 'average UK monthly private rents', 'increase', None, None, O24, ONS),
        ('8.5%', 1, 8.5, 'percent', 'average UK monthly private rents', None, 'year_on_year', None, S24, ONS),
        ('11.6%', 1, 11.6, 'percent', 'rents in London', 'increase', 'year_on_year', None, O24, ONS),
        ('£2,226', 1, 2226, 'GBP', 'rents in London', 'increase', None, None, O24, ONS),
        ('91,950', 1, 91950, 'count', 'residential property transactions in the UK', None, None, None, SEP24, HMRC),
        ('0.7%', 1, 0.7, 'percent', 'residential property transactions in the UK', 'increase', 'month_on_month', None, SEP24, HMRC),
        ('22%', 1, 22, 'percent', 'residential property transactions in the UK', 'increase', 'year_on_year', 'approximately', SEP24, HMRC),
        ('65,600', 1, 65600, 'count', 'mortgage approvals for house purchases', None, None, None, per('in September', 2024, 9), BOE),
    ],
    'wire_1987_money_supply.txt': [
        ('7.5 PCT', 1, 7.5, 'percent', 'West German money stock growth', 'decrease', None, None, None, None),
        ('7.5 pct', 1, 7.5, 'percent', "West Germany's central bank money stock", 'increase', 'year_on_year', None, YTF, BUBA),
        ('7.9 pct', 1, 7.9, 'percent', 'central bank money stock', None, 'year_on_year', None, per('in the year to January', 1987, 1), BUBA),
        ('three', 1, 3, 'percent', 'target range for money stock growth', None, None, None, Y('this year', 1987), BUBA),
        ('six pct', 1, 6, 'percent', 'target range for money stock growth', None, None, None, Y('this year', 1987), BUBA),
        ('226.4 billion marks', 1, 226.4e9, 'DEM', 'money stock', None, None, None, P('at the end of February', '1987-02-28', '1987-02-28'), BUBA),
        ('225.1 billion', 1, 225.1e9, 'DEM', 'money stock', None, None, None, P('at the end of January', '1987-01-31', '1987-01-31'), BUBA),
        ('0.6 pct', 1, 0.6, 'percent', 'broader M3 money supply measure', 'increase', 'month_on_month', None, per('in February', 1987, 2), BUBA),
        ('0.2 pct', 1, 0.2, 'percent', 'M3 money supply measure', 'decrease', 'month_on_month', None, per('in January', 1987, 1), BUBA),
        ('6.9 pct', 1, 6.9, 'percent', 'M3', 'increase', 'year_on_year', None, per('Over the year to February', 1987, 2), BUBA),
        ('5.3 billion marks', 1, 5.3e9, 'DEM', 'bank lending to domestic companies and individuals', 'increase', None, None, per('in February', 1987, 2), BUBA),
        ('2.1 billion', 1, 2.1e9, 'DEM', 'bank lending to domestic companies and individuals', 'increase', None, None, per('in January', 1987, 1), BUBA),
        ('half a percentage point', 1, 0.5, 'percentage_point', 'discount rate', 'decrease', None, None, JAN22, BUBA),
        ('3.0 pct', 1, 3.0, 'percent', 'discount rate', 'decrease', None, None, JAN22, BUBA),
        ('5.0 pct', 1, 5.0, 'percent', 'Lombard emergency financing rate', 'decrease', None, None, JAN22, BUBA),
        ('5.5 pct', 1, 5.5, 'percent', 'Lombard emergency financing rate', None, None, None, JAN22, BUBA),
        ('1.8 billion marks', 1, 1.8e9, 'DEM', 'net currency reserves', 'decrease', None, None, WKF28, BUBA),
        ('81.6 billion marks', 1, 81.6e9, 'DEM', 'net currency reserves', 'decrease', None, None, WKF28, BUBA),
        ('five pct', 1, 5, 'percent', 'money stock growth expected by Deutsche Bank economists', 'decrease', None, 'approximately', P('by the end of June', '1987-06-30', '1987-06-30'), 'Deutsche Bank'),
    ],
    'wire_2025_auto_sales.txt': [
        ('13%', 1, 13, 'percent', 'China car sales', 'increase', None, None, MAY25, None),
        ('half', 1, 0.5, 'fraction', 'EV share of market', None, None, 'more_than', MAY25, None),
        ('13.3%', 1, 13.3, 'percent', 'passenger vehicle sales in China', 'increase', 'year_on_year', None, MAY25, CPCA),
        ('1.93 million units', 1, 1.93e6, 'count', 'passenger vehicle sales in China', 'increase', None, None, MAY25, CPCA),
        ('14.5%', 1, 14.5, 'percent', 'passenger vehicle sales', 'increase', 'year_on_year', None, per('in April', 2025, 4), CPCA),
        ('8.82 million vehicles', 1, 8.82e6, 'count', 'passenger vehicle sales', None, None, None, FIVE, CPCA),
        ('9.1%', 1, 9.1, 'percent', 'passenger vehicle sales', 'increase', 'year_on_year', None, FIVE, CPCA),
        ('28.2%', 1, 28.2, 'percent', 'sales of new energy vehicles (NEVs)', 'increase', 'year_on_year', None, MAY25, CPCA),
        ('1.02 million units', 1, 1.02e6, 'count', 'sales of new energy vehicles (NEVs)', 'increase', None, None, MAY25, CPCA),
        ('52.9%', 1, 52.9, 'percent', 'NEV share of the overall market', 'increase', None, None, MAY25, CPCA),
        ('47.0%', 1, 47.0, 'percent', 'NEV share of the overall market', None, None, None, per('a year earlier', 2024, 5), CPCA),
        ('382,476', 1, 382476, 'count', 'BYD passenger car sales', None, None, None, MAY25, 'BYD'),
        ('0.6%', 1, 0.6, 'percent', 'BYD passenger car sales', 'increase', 'year_on_year', None, MAY25, 'BYD'),
        ('15%', 1, 15, 'percent', "sales of Tesla's China-made vehicles, including exports", 'decrease', None, None, MAY25, CPCA),
        ('61,662', 1, 61662, 'count', "sales of Tesla's China-made vehicles, including exports", 'decrease', None, None, MAY25, CPCA),
        ('20', 1, 20, 'count', 'brands that have trimmed prices', None, None, 'more_than', RECENT, CPCA),
        ('34%', 1, 34, 'percent', 'BYD price cuts', 'decrease', None, 'up_to', RECENT, CPCA),
        ('22', 1, 22, 'count', 'BYD models with price cuts', None, None, None, RECENT, CPCA),
        ('8.6%', 1, 8.6, 'percent', "BYD's Hong Kong-listed shares", 'decrease', None, None, P('on May 26', '2025-05-26', '2025-05-26'), CPCA),
        ('13.8%', 1, 13.8, 'percent', 'vehicle exports, including commercial vehicles', 'increase', None, None, MAY25, CAAM),
        ('448,000 units', 1, 448000, 'count', 'vehicle exports, including commercial vehicles', 'increase', None, 'approximately', MAY25, CAAM),
        ('5%', 1, 5, 'percent', 'retail car sales growth expected by CPCA secretary general', 'increase', None, 'approximately', Y('this year', 2025), CPCA),
    ],
    'cnbc_style_consumer_confidence.txt': [
        ('5.4 points', 1, 5.4, 'index_point', "Conference Board's consumer confidence index", 'decrease', None, None, per('this month', 2025, 6), CB),
        ('93.0', 1, 93.0, 'index_point', "Conference Board's consumer confidence index", 'decrease', None, None, per('this month', 2025, 6), CB),
        ('98.4', 1, 98.4, 'index_point', 'consumer confidence index', None, None, None, MAY25b, CB),
        ('99.4', 1, 99.4, 'index_point', 'consumer confidence index reading expected by economists', None, None, None, per('June', 2025, 6), 'Dow Jones'),
        ('6.4 points', 1, 6.4, 'index_point', 'present situation index', 'decrease', None, None, None, CB),
        ('129.1', 1, 129.1, 'index_point', 'present situation index', 'decrease', None, None, None, CB),
        ('4.6 points', 1, 4.6, 'index_point', 'expectations index', 'decrease', None, None, None, CB),
        ('69.0', 1, 69.0, 'index_point', 'expectations index', 'decrease', None, None, None, CB),
        ('29.2%', 1, 29.2, 'percent', 'share of consumers saying jobs were "plentiful"', 'decrease', None, None, None, CB),
        ('31.1%', 1, 31.1, 'percent', 'share of consumers saying jobs were "plentiful"', None, None, None, None, CB),
        ('18.1%', 1, 18.1, 'percent', 'share of consumers saying jobs were "hard to get"', None, None, None, None, CB),
        ('11.2%', 1, 11.2, 'percent', 'share of consumers planning to buy a car within six months', 'decrease', None, None, per('in June', 2025, 6), CB),
        ('12.0%', 1, 12.0, 'percent', 'share of consumers planning to buy a car within six months', None, None, None, MAY25b, CB),
        ('0.1%', 1, 0.1, 'percent', 'import prices', 'increase', None, None, per('in April', 2025, 4), DOL),
        ('0.2%', 1, 0.2, 'percent', 'import prices decline expected by economists', 'decrease', None, None, MAY25b, None),
        ('0.2%', 2, 0.2, 'percent', 'import prices', 'increase', 'year_on_year', None, MAY25b, DOL),
        ('1.9%', 1, 1.9, 'percent', 'fuel import prices', 'decrease', None, None, None, DOL),
        ('0.1%', 2, 0.1, 'percent', 'nonfuel import prices', 'increase', None, None, None, DOL),
        ('0.9%', 1, 0.9, 'percent', 'export prices', 'decrease', 'month_on_month', None, None, DOL),
    ],
    'mt_newswires_crude_inventories.txt': [
        ('3.9 million barrels', 1, 3.9e6, 'barrel', 'US commercial crude oil inventories, excluding those in the Strategic Petroleum Reserve', 'decrease', 'period_on_period', None, WK11, EIA),
        ('422.2 million barrels', 1, 422.2e6, 'barrel', 'US commercial crude oil inventories, excluding those in the Strategic Petroleum Reserve', 'decrease', None, None, WK11, EIA),
        ('1.8 million barrels', 1, 1.8e6, 'barrel', 'crude inventory draw expected by analysts', 'decrease', None, None, None, 'S&P Global Commodity Insights'),
        ('9%', 1, 9, 'percent', 'crude inventories', 'decrease', 'year_on_year', 'approximately', None, EIA),
        ('3.4 million barrels', 1, 3.4e6, 'barrel', 'gasoline stocks', 'increase', None, None, None, EIA),
        ('232.1 million', 1, 232.1e6, 'barrel', 'gasoline stocks', 'increase', None, None, None, EIA),
        ('4.2 million barrels', 1, 4.2e6, 'barrel', 'distillate inventories', 'increase', None, None, None, EIA),
        ('0.3 million barrels', 1, 0.3e6, 'barrel', 'crude in the Strategic Petroleum Reserve', 'increase', None, None, None, EIA),
        ('402.7 million barrels', 1, 402.7e6, 'barrel', 'crude in the Strategic Petroleum Reserve', 'increase', None, None, None, EIA),
        ('16.9 million barrels per day', 1, 16.9e6, 'barrel per day', 'refinery inputs', None, None, None, None, EIA),
        ('93.9%', 1, 93.9, 'percent', 'refinery utilization of operable capacity', None, None, None, None, EIA),
        ('6.4 million barrels per day', 1, 6.4e6, 'barrel per day', 'US crude imports', None, None, None, None, EIA),
        ('361,000 barrels per day', 1, 361000, 'barrel per day', 'US crude imports', 'decrease', 'period_on_period', None, None, EIA),
        ('213,000 barrels', 1, 213000, 'barrel', 'stocks at the Cushing, Oklahoma, storage hub', 'increase', None, None, None, EIA),
        ('20.3 million barrels per day', 1, 20.3e6, 'barrel per day', 'total products supplied', 'increase', None, None, WK11, EIA),
        ('1.3%', 1, 1.3, 'percent', 'total products supplied', 'increase', 'year_on_year', None, WK11, EIA),
        ('839,000 barrels', 1, 839000, 'barrel', 'crude inventory draw reported by the American Petroleum Institute', 'decrease', None, None, P('for the same week', '2025-07-05', '2025-07-11'), API),
    ],
    'trading_economics_style_unemployment.txt': [
        ('5.8%', 1, 5.8, 'percent', 'unemployment rate in Brazil', 'decrease', None, None, T3J, None),
        ('6.2%', 1, 6.2, 'percent', 'unemployment rate in Brazil', None, None, None, P('in the previous three-month period', '2025-01-01', '2025-03-31'), None),
        ('6.0%', 1, 6.0, 'percent', 'market expectations of unemployment rate', None, None, None, T3J, None),
        ('12.1%', 1, 12.1, 'percent', 'number of unemployed people', 'decrease', 'period_on_period', None, T3J, IBGE),
        ('6.3 million', 1, 6.3e6, 'count', 'number of unemployed people', 'decrease', None, None, T3J, IBGE),
        ('1.4%', 1, 1.4, 'percent', 'employment', 'increase', 'period_on_period', None, T3J, IBGE),
        ('102.3 million', 1, 102.3e6, 'count', 'employment', 'increase', None, None, T3J, IBGE),
        ('62.4%', 1, 62.4, 'percent', 'labor force participation rate', 'increase', None, None, T3J, IBGE),
        ('62.1%', 1, 62.1, 'percent', 'labor force participation rate', None, None, None, T3J, IBGE),
        ('39.0 million', 1, 39.0e6, 'count', 'workers with formal contracts in the private sector', None, None, None, T3J, IBGE),
        ('3.6%', 1, 3.6, 'percent', 'workers with formal contracts in the private sector', 'increase', 'year_on_year', None, T3J, IBGE),
        ('37.8%', 1, 37.8, 'percent', 'informality rate', None, None, None, T3J, IBGE),
        ('38.6%', 1, 38.6, 'percent', 'informality rate', None, None, None, P('a year earlier', '2024-04-01', '2024-06-30'), IBGE),
        ('R$ 3,477', 1, 3477, 'BRL', 'average real income from all jobs', None, None, None, T3J, IBGE),
        ('3.3%', 1, 3.3, 'percent', 'average real income from all jobs', 'increase', 'year_on_year', None, T3J, IBGE),
        ('10.04 percent', 1, 10.04, 'percent', 'unemployment rate in Brazil', None, None, None, P('from 2012 until 2025', '2012-01-01', '2025-12-31'), IBGE),
        ('14.90 percent', 1, 14.90, 'percent', 'unemployment rate in Brazil all time high', None, None, None, Q('in the first quarter of 2021', 2021, 1), IBGE),
        ('5.80 percent', 1, 5.80, 'percent', 'unemployment rate in Brazil record low', None, None, None, Q('in the second quarter of 2025', 2025, 2), IBGE),
        ('6.10 percent', 1, 6.10, 'percent', 'unemployment rate in Brazil estimated by Trading Economics', None, None, None, P('by the end of this quarter', '2025-09-30', '2025-09-30'), TE),
        ('6.50 percent', 1, 6.50, 'percent', 'Brazil unemployment rate projected', None, None, 'approximately', Y('in 2026', 2026), TE),
    ],
    'investing_style_nzd_rbnz.txt': [
        ('50 bps', 1, 50, 'basis_point', 'RBNZ cut', 'decrease', None, None, None, RBNZ),
        ('50 basis points', 1, 50, 'basis_point', 'official cash rate (OCR)', 'decrease', None, None, WED, RBNZ),
        ('2.50%', 1, 2.50, 'percent', 'official cash rate (OCR)', 'decrease', None, None, WED, RBNZ),
        ('18', 1, 18, 'count', 'economists polled by Reuters who expected the move', None, None, None, WED, 'Reuters'),
        ('22', 1, 22, 'count', 'economists polled by Reuters', None, None, None, WED, 'Reuters'),
        ('four', 1, 4, 'count', 'economists who had forecast a smaller reduction', None, None, None, WED, 'Reuters'),
        ('25 bp', 1, 25, 'basis_point', 'OCR reduction forecast', 'decrease', None, None, WED, 'Reuters'),
        ('0.9%', 1, 0.9, 'percent', 'NZD/USD', 'decrease', None, None, GMT, None),
        ('0.5782', 1, 0.5782, 'USD', 'NZD/USD', 'decrease', None, None, GMT, None),
        ('0.4%', 1, 0.4, 'percent', 'Australian dollar against the kiwi', 'increase', None, None, GMT, None),
        ('NZ$1.1245', 1, 1.1245, 'NZD', 'Australian dollar against the kiwi', 'increase', None, None, GMT, None),
        ('2.2%', 1, 2.2, 'percent', 'OCR in RBNZ projections', None, None, 'approximately', Q('in the first quarter of 2026', 2026, 1), RBNZ),
        ('3.0%', 1, 3.0, 'percent', 'annual consumer price inflation expected by the central bank', None, 'year_on_year', None, Q('in the September quarter', 2025, 3), RBNZ),
        ('1%', 1, 1, 'percent', 'RBNZ inflation target', None, None, None, MTERM, RBNZ),
        ('3%', 1, 3, 'percent', 'RBNZ inflation target', None, None, None, MTERM, RBNZ),
        ('2%', 1, 2, 'percent', 'midpoint of RBNZ inflation target', None, None, None, MTERM, RBNZ),
        ('14 basis points', 1, 14, 'basis_point', "New Zealand's two-year swap rate", 'decrease', None, None, None, None),
        ('2.58%', 1, 2.58, 'percent', "New Zealand's two-year swap rate", 'decrease', None, None, None, None),
        ('6 bps', 1, 6, 'basis_point', '10-year government bond yield', 'decrease', None, None, None, None),
        ('4.21%', 1, 4.21, 'percent', '10-year government bond yield', 'decrease', None, None, None, None),
        ('0.9%', 2, 0.9, 'percent', 'economy', 'decrease', 'quarter_on_quarter', None, T3JN, 'Statistics New Zealand'),
        ('0.3%', 1, 0.3, 'percent', 'economic contraction expected by economists', 'decrease', 'quarter_on_quarter', None, T3JN, None),
    ],
    'business_standard_style_gst.txt': [
        ('8.9%', 1, 8.9, 'percent', 'GST mop-up', 'increase', None, None, OCT24, None),
        ('Rs 1.87 trn', 1, 1.87e12, 'INR', 'GST mop-up', 'increase', None, None, OCT24, None),
        ('8.9 per cent', 1, 8.9, 'percent', 'gross goods and services tax (GST) collections', 'increase', 'year_on_year', None, OCT24, MOF),
        ('Rs 1,87,346 crore', 1, 1.87346e12, 'INR', 'gross goods and services tax (GST) collections', 'increase', None, None, OCT24, MOF),
        ('10.6 per cent', 1, 10.6, 'percent', 'domestic revenue', 'increase', 'year_on_year', None, OCT24, MOF),
        ('Rs 1.42 trillion', 1, 1.42e12, 'INR', 'domestic revenue', 'increase', None, None, OCT24, MOF),
        ('4.9 per cent', 1, 4.9, 'percent', 'GST from imports', 'increase', 'year_on_year', None, OCT24, MOF),
        ('Rs 45,096 crore', 1, 45096e7, 'INR', 'GST from imports', 'increase', None, None, OCT24, MOF),
        ('Rs 19,306 crore', 1, 19306e7, 'INR', 'refunds', None, None, None, DMON, MOF),
        ('18.2 per cent', 1, 18.2, 'percent', 'refunds', 'decrease', 'year_on_year', None, DMON, MOF),
        ('12.2 per cent', 1, 12.2, 'percent', 'net collections after adjusting for refunds', 'increase', 'year_on_year', None, DMON, MOF),
        ('Rs 1.68 trillion', 1, 1.68e12, 'INR', 'net collections after adjusting for refunds', 'increase', None, 'approximately', DMON, MOF),
        ('Rs 12.74 lakh crore', 1, 12.74e12, 'INR', 'gross collections', None, None, None, AO25, MOF),
        ('9.4 per cent', 1, 9.4, 'percent', 'gross collections', 'increase', 'year_on_year', None, AO25, MOF),
        ('8.6 per cent', 1, 8.6, 'percent', 'net collections', 'increase', 'year_on_year', None, AO25, MOF),
        ('Rs 11.3 trillion', 1, 11.3e12, 'INR', 'net collections', 'increase', None, None, AO25, MOF),
        ('Rs 33,821 crore', 1, 33821e7, 'INR', 'central GST collections', None, None, None, OCT24, MOF),
        ('Rs 41,864 crore', 1, 41864e7, 'INR', 'state GST collections', None, None, None, OCT24, MOF),
        ('9', 1, 9, 'percent', 'GST collection growth expected by Deloitte India', 'increase', None, None, P('for the full financial year', '2024-04-01', '2025-03-31'), 'Deloitte India'),
        ('10 per cent', 1, 10, 'percent', 'GST collection growth expected by Deloitte India', 'increase', None, None, P('for the full financial year', '2024-04-01', '2025-03-31'), 'Deloitte India'),
        ('Rs 10.62 trillion', 1, 10.62e12, 'INR', 'total GST collections budgeted for the Centre', None, None, None, P('in fiscal 2024-25', '2024-04-01', '2025-03-31'), MOF),
    ],
    'eu_energy_style_lng_renewables.txt': [
        ('36.9 bcm', 1, 36.9e9, 'cubic metre', 'EU LNG imports', None, None, None, Q125, None),
        ('18%', 1, 18, 'percent', 'EU LNG imports', 'increase', 'year_on_year', None, Q125, None),
        ('44%', 1, 44, 'percent', 'United States share of EU LNG imports', None, None, None, Q125, None),
        ('17%', 1, 17, 'percent', 'Russia share of EU LNG imports', None, None, None, Q125, None),
        ('10%', 1, 10, 'percent', 'Qatar share of EU LNG imports', None, None, None, Q125, None),
        ('14.1 USD/MMBtu', 1, 14.1, 'USD', 'average price of LNG delivered to North-West Europe', None, None, None, QQ, None),
        ('49%', 1, 49, 'percent', 'average price of LNG delivered to North-West Europe', 'increase', 'year_on_year', None, QQ, None),
        ('69', 1, 69, 'USD', 'Brent crude price range', None, None, None, DQ, None),
        ('82 USD/bbl', 1, 82, 'USD', 'Brent crude price range', None, None, None, DQ, None),
        ('75.2 USD/bbl', 1, 75.2, 'USD', 'Brent crude average price', None, None, None, DQ, None),
        ('8%', 1, 8, 'percent', 'Brent crude average price', 'decrease', 'year_on_year', None, DQ, None),
        ('42%', 1, 42, 'percent', 'share of EU electricity generated by renewables', 'decrease', None, None, QQ, None),
        ('46%', 1, 46, 'percent', 'share of EU electricity generated by renewables', None, None, None, Q('a year earlier', 2024, 1), None),
        ('21%', 1, 21, 'percent', 'wind output', 'decrease', 'year_on_year', None, QQ, None),
        ('-20 TWh', 1, -20, 'terawatt hour', 'wind output', 'decrease', 'year_on_year', None, QQ, None),
        ('two thirds', 1, 0.6667, 'fraction', 'share of the drop in wind output accounted for by Germany, Spain and the Netherlands', None, None, 'approximately', QQ, None),
        ('31%', 1, 31, 'percent', 'solar generation', 'increase', 'year_on_year', None, QQ, None),
        ('41 TWh', 1, 41, 'terawatt hour', 'solar generation', 'increase', None, None, QQ, None),
        ('11%', 1, 11, 'percent', 'fossil-fuel generation', 'increase', 'year_on_year', None, QQ, None),
        ('9%', 1, 9, 'percent', 'power-sector CO2 emissions', 'increase', 'year_on_year', None, QQ, None),
        ('122 bcm', 1, 122e9, 'cubic metre', 'EU natural gas consumption', None, None, None, QQ, 'Eurostat'),
        ('4%', 1, 4, 'percent', 'EU natural gas consumption', 'increase', 'year_on_year', None, QQ, 'Eurostat'),
    ],
    'nbs_style_fixed_asset_investment.txt': [
        ('37,891.1 billion yuan', 1, 37891.1e9, 'CNY', 'national investment in fixed assets (excluding rural households)', None, None, None, JS24, NBS),
        ('3.4 percent', 1, 3.4, 'percent', 'national investment in fixed assets (excluding rural households)', 'increase', 'year_on_year', None, JS24, NBS),
        ('7.2 percent', 1, 7.2, 'percent', 'investment in fixed assets excluding real estate development', 'increase', 'year_on_year', None, JS24, NBS),
        ('0.65 percent', 1, 0.65, 'percent', 'investment in fixed assets', 'increase', 'month_on_month', None, per('In September', 2024, 9), NBS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'growth rate of investment in fixed assets', 'decrease', 'period_on_period', None, P('for the first nine months', '2024-01-01', '2024-09-30'), NBS),
        ('703.1 billion yuan', 1, 703.1e9, 'CNY', 'investment in the primary industry', None, None, None, F3Q, NBS),
        ('3.1 percent', 1, 3.1, 'percent', 'investment in the primary industry', 'increase', 'year_on_year', None, F3Q, NBS),
        ('12.3 percent', 1, 12.3, 'percent', 'investment in the secondary industry', 'increase', 'year_on_year', None, F3Q, NBS),
        ('0.2 percent', 1, 0.2, 'percent', 'investment in the tertiary industry', 'increase', 'year_on_year', None, F3Q, NBS),
        ('0.2 percent', 2, 0.2, 'percent', 'private investment', 'decrease', 'year_on_year', None, F3Q, NBS),
        ('7,868.0 billion yuan', 1, 7868.0e9, 'CNY', 'investment in real estate development', None, None, None, N9M, NBS),
        ('10.1 percent', 1, 10.1, 'percent', 'investment in real estate development', 'decrease', 'year_on_year', None, N9M, NBS),
        ('703.04 million square metres', 1, 703.04e6, 'square metre', 'floor space of newly built commercial buildings sold', None, None, None, N9M, NBS),
        ('17.1 percent', 1, 17.1, 'percent', 'floor space of newly built commercial buildings sold', 'decrease', 'year_on_year', None, N9M, NBS),
        ('6,962.5 billion yuan', 1, 6962.5e9, 'CNY', 'sales of newly built commercial buildings', None, None, None, N9M, NBS),
        ('22.7 percent', 1, 22.7, 'percent', 'sales of newly built commercial buildings', 'decrease', 'year_on_year', None, N9M, NBS),
        ('731.72 million square metres', 1, 731.72e6, 'square metre', 'floor space of commercial buildings awaiting sale', None, None, None, ENDSEP, NBS),
        ('12.0 percent', 1, 12.0, 'percent', 'floor space of commercial buildings awaiting sale', 'increase', 'year_on_year', None, ENDSEP, NBS),
        ('92.37 points', 1, 92.37, 'index_point', 'national real estate climate index', 'decrease', None, None, per('in September', 2024, 9), NBS),
        ('92.83', 1, 92.83, 'index_point', 'national real estate climate index', None, None, None, per('in August', 2024, 8), NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
