# ruff: noqa: E501, RUF001
"""Write corpus/annotated_48/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_48.py corpus/annotated_48
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
TSR = "Tokyo Shoko Research"
KNBS = "Kenya National Bureau of Statistics"
CBK = "Central Bank of Kenya"
EPRA = "Energy and Petroleum Regulatory Authority"
REU = "Reuters"
MCD = "McDonald's"
SA = "StreetAccount"
WEN = "Wendy's"
STC = "Statistics Canada"
DST = "Statistics Denmark"
TE = "Trading Economics"
DOC = "U.S. Department of Commerce"
CME = "CME Group"
LME = "London Metal Exchange"
GS = "Goldman Sachs"
COCHILCO = "Chilean Copper Commission"
IEX = "Indian Energy Exchange"
GRID = "Grid Controller of India"
EUROSTAT = "Eurostat"
NBS = "National Bureau of Statistics"

# 4801 ONS trade in services by partner country (ref Tuesday 2025-10-21)
Q2L = Q("in Quarter 2 (Apr to June) 2025", 2025, 2)
LQ = Q("in the latest quarter", 2025, 2)
Q225 = Q("in Quarter 2 2025", 2025, 2)
OINQ = Q("in the quarter", 2025, 2)
OYE = Q("a year earlier", 2024, 2)
AJ25 = Q("in April to June 2025", 2025, 2)
Q125 = Q("for Quarter 1 (Jan to Mar) 2025", 2025, 1)
# 4802 Reuters 1987 (ref Monday 1987-04-13)
JMAR = per("in March", 1987, 3)
JMARA = per("March", 1987, 3)
JFEBA = per("February", 1987, 2)
JFEB = per("in February", 1987, 2)
JYA = per("a year ago", 1986, 3)
JFY = P("In the fiscal year ended March 31", "1986-04-01", "1987-03-31")
JSINCE = P("since the yen began to climb in September 1985", "1985-09-01", "1987-04-13")
JAJQ = Q("in the April-June quarter", 1987, 2)
# 4803 Reuters 2025 (ref Friday 2025-11-28)
KNOV = per("in November", 2025, 11)
KOCT = per("in October", 2025, 10)
PUMP = P("for the month to Dec. 14", "2025-11-15", "2025-12-14")
OCT7 = P("on Oct. 7", "2025-10-07", "2025-10-07")
KFRI = P("on Friday", "2025-11-28", "2025-11-28")
# 4804 CNBC (ref Wednesday 2025-11-05)
CINQ = Q("in the quarter", 2025, 3)
CINQ2 = Q("In the quarter", 2025, 3)
CQ1 = Q("in the first quarter", 2025, 1)
CTQ = Q("third-quarter", 2025, 3)
CYE = Q("a year earlier", 2024, 3)
CTY = Y("this year", 2025)
CQ3 = Q("in the third quarter", 2025, 3)
# 4805 MT Newswires (ref Monday 2025-12-15)
MOCT = per("in October", 2025, 10)
MSEPA = per("September", 2025, 9)
MSEP = per("in September", 2025, 9)
MNOV = per("in November", 2025, 11)
# 4806 Trading Economics (ref Tuesday 2025-12-02)
OCT25 = per("in October 2025", 2025, 10)
TOCT = per("in October", 2025, 10)
TOCT2 = per("In October", 2025, 10)
# 4807 Investing.com (ref Wednesday 2025-12-03)
ET = P("By 01:20 ET", None, None)
SON = P("at the start of November", "2025-11-01", "2025-11-01")
TUE = P("on Tuesday", "2025-12-02", "2025-12-02")
YTD = P("so far this year", "2025-01-01", "2025-12-03")
IOCT = per("in October", 2025, 10)
# 4808 Business Standard (ref Tuesday 2025-12-02)
BNOV = per("in November", 2025, 11)
BYE = per("a year earlier", 2024, 11)
AN26 = P("During April-November of FY26", "2025-04-01", "2025-11-30")
DNOV = P("during November", "2025-11-01", "2025-11-30")
BMON = P("on Monday", "2025-12-01", "2025-12-01")
# 4809 DG ENER (ref Wednesday 2026-01-21)
H125 = P("In the first half of 2025", "2025-01-01", "2025-06-30")
H1 = P("in H1 2025", "2025-01-01", "2025-06-30")
EYE = P("a year earlier", "2024-01-01", "2024-06-30")
F6 = P("in the first six months of 2025", "2025-01-01", "2025-06-30")
H2 = P("in the second half of the year", "2025-07-01", "2025-12-31")
S1 = P("in 2025S1", "2025-01-01", "2025-06-30")
# 4810 NBS (ref Monday 2025-10-20)
SEP25 = per("in September 2025", 2025, 9)
NSEP = per("in September", 2025, 9)
F3Q = P("In the first three quarters", "2025-01-01", "2025-09-30")
TQ3 = Q("the third quarter", 2025, 3)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_trade_in_services_by_partner.txt': [
        ('£132.6 billion', 1, 132.6e9, 'GBP', 'UK exports of services', None, None, None, Q2L, None),
        ('4.8%', 1, 4.8, 'percent', 'UK exports of services', 'increase', 'year_on_year', None, Q2L, None),
        ('3.1%', 1, 3.1, 'percent', 'imports of services', 'increase', 'year_on_year', None, Q2L, None),
        ('£82.4 billion', 1, 82.4e9, 'GBP', 'imports of services', 'increase', None, None, Q2L, None),
        ('a quarter', 1, 0.25, 'fraction', 'United States share of total services exports', None, None, 'more_than', None, None),
        ('25.9%', 1, 25.9, 'percent', 'United States share of total services exports', None, None, None, None, None),
        ('seven', 1, 7, 'count', "UK's largest partner countries with increased exports", None, None, None, None, None),
        ('£34.3 billion', 1, 34.3e9, 'GBP', 'services exports to the United States', None, None, None, LQ, ONS),
        ('6.2%', 1, 6.2, 'percent', 'services exports to the United States', 'increase', 'year_on_year', None, LQ, ONS),
        ('£6.9 billion', 1, 6.9e9, 'GBP', 'services exports to Germany', None, None, None, LQ, ONS),
        ('£6.4 billion', 1, 6.4e9, 'GBP', 'services exports to Ireland', None, None, None, LQ, ONS),
        ('£5.8 billion', 1, 5.8e9, 'GBP', 'services exports to the Netherlands', None, None, None, LQ, ONS),
        ('£14.6 billion', 1, 14.6e9, 'GBP', "UK's services trade surplus with the United States", None, None, None, LQ, ONS),
        ('£47.1 billion', 1, 47.1e9, 'GBP', 'exports to the EU', None, None, None, Q225, ONS),
        ('£1.9 billion', 1, 1.9e9, 'GBP', 'exports to the EU', 'increase', 'year_on_year', None, Q225, ONS),
        ('0.7%', 1, 0.7, 'percent', 'imports from the EU', 'decrease', 'year_on_year', None, Q225, ONS),
        ('£30.8 billion', 1, 30.8e9, 'GBP', 'imports from the EU', 'decrease', None, None, Q225, ONS),
        ('£19.7 billion', 1, 19.7e9, 'GBP', 'travel services imports', None, None, None, OINQ, ONS),
        ('£3.5 billion', 1, 3.5e9, 'GBP', "UK residents' spending in Spain", None, None, None, OINQ, ONS),
        ('£2.2 billion', 1, 2.2e9, 'GBP', "UK residents' spending in France", None, None, None, OINQ, ONS),
        ('£9.8 billion', 1, 9.8e9, 'GBP', 'travel exports', 'increase', None, None, OINQ, ONS),
        ('£9.1 billion', 1, 9.1e9, 'GBP', 'travel exports', None, None, None, OYE, ONS),
        ('£21.3 billion', 1, 21.3e9, 'GBP', 'financial services exports', None, None, None, AJ25, ONS),
        ('2.4%', 1, 2.4, 'percent', 'financial services exports', 'decrease', 'year_on_year', None, AJ25, ONS),
        ('5.6%', 1, 5.6, 'percent', 'financial services exports to the EU', 'decrease', 'year_on_year', None, AJ25, ONS),
        ('1.9%', 1, 1.9, 'percent', 'financial services exports to the United States', 'increase', 'year_on_year', None, AJ25, ONS),
        ('£0.8 billion', 1, 0.8e9, 'GBP', 'total services exports revision', 'increase', None, None, Q125, ONS),
        ('£130.2 billion', 1, 130.2e9, 'GBP', 'total services exports', 'increase', None, None, Q125, ONS),
    ],
    'wire_1987_japan_corporate_bankruptcies.txt': [
        ('21.4 PCT', 1, 21.4, 'percent', 'Japanese corporate bankruptcies', 'decrease', None, None, per('IN MARCH', 1987, 3), None),
        ('1,187', 1, 1187, 'count', 'corporate bankruptcies in Japan', None, None, None, JMAR, TSR),
        ('21.4 pct', 1, 21.4, 'percent', 'corporate bankruptcies in Japan', 'decrease', 'year_on_year', None, JMAR, TSR),
        ('34.6 pct', 1, 34.6, 'percent', 'liabilities left by companies that failed', 'decrease', 'year_on_year', None, JMAR, TSR),
        ('239.8 billion yen', 1, 239.8e9, 'JPY', 'liabilities left by companies that failed', 'decrease', None, None, JMAR, TSR),
        ('366.7 billion', 1, 366.7e9, 'JPY', 'liabilities left by companies that failed', None, None, None, JYA, TSR),
        ('6.8 pct', 1, 6.8, 'percent', 'bankruptcies', 'increase', 'month_on_month', None, JMARA, TSR),
        ('1,111', 1, 1111, 'count', 'bankruptcies', None, None, None, JFEBA, TSR),
        ('301 failures', 1, 301, 'count', 'failures of construction firms', None, None, None, JMAR, TSR),
        ('18.2 pct', 1, 18.2, 'percent', 'failures of construction firms', 'decrease', 'year_on_year', None, JMAR, TSR),
        ('214', 1, 214, 'count', 'failures of manufacturers', None, None, None, JMAR, TSR),
        ('25.9 pct', 1, 25.9, 'percent', 'failures of manufacturers', 'decrease', 'year_on_year', None, JMAR, TSR),
        ('612', 1, 612, 'count', 'bankruptcies blamed on poor sales', None, None, None, JMARA, TSR),
        ('51.6 pct', 1, 51.6, 'percent', 'poor sales share of bankruptcies', None, None, None, JMARA, TSR),
        ('142', 1, 142, 'count', 'chain-reaction failures', None, None, None, JMARA, TSR),
        ('119 cases', 1, 119, 'count', 'failures due to lax management', None, None, None, JMARA, TSR),
        ('62', 1, 62, 'count', "failures linked to the yen's rise against the dollar", None, None, None, JMAR, TSR),
        ('84', 1, 84, 'count', "failures linked to the yen's rise against the dollar", None, None, None, JFEB, TSR),
        ('1,104', 1, 1104, 'count', "failures linked to the yen's rise against the dollar", None, None, None, JSINCE, TSR),
        ('16,245', 1, 16245, 'count', 'bankruptcies', None, None, None, JFY, TSR),
        ('8.9 pct', 1, 8.9, 'percent', 'bankruptcies', 'decrease', 'year_on_year', None, JFY, TSR),
        ('12.3 pct', 1, 12.3, 'percent', 'liabilities', 'decrease', 'year_on_year', None, JFY, TSR),
        ('2,046.1 billion yen', 1, 2046.1e9, 'JPY', 'liabilities', 'decrease', None, None, JFY, TSR),
        ('70 pct', 1, 70, 'percent', 'share of bankrupt companies with capital of less than 10 mln yen', None, None, 'approximately', JMAR, TSR),
        ('1,200', 1, 1200, 'count', 'monthly bankruptcies', None, None, 'approximately', JAJQ, TSR),
    ],
    'wire_2025_kenya_inflation.txt': [
        ('4.7%', 1, 4.7, 'percent', "Kenya's inflation", 'increase', None, None, KNOV, None),
        ('4.7%', 2, 4.7, 'percent', "Kenya's annual consumer price inflation", 'increase', 'year_on_year', None, KNOV, KNBS),
        ('4.6%', 1, 4.6, 'percent', "Kenya's annual consumer price inflation", None, 'year_on_year', None, KOCT, KNBS),
        ('2.5%', 1, 2.5, 'percent', 'inflation target range', None, None, None, None, CBK),
        ('7.5%', 1, 7.5, 'percent', 'inflation target range', None, None, None, None, CBK),
        ('eight', 1, 8, 'count', 'analysts in a Reuters poll', None, None, None, KNOV, REU),
        ('4.5%', 1, 4.5, 'percent', 'inflation', None, 'year_on_year', None, KNOV, REU),
        ('7.2%', 1, 7.2, 'percent', 'food and non-alcoholic beverages index', 'increase', 'year_on_year', None, KNOV, KNBS),
        ('3.4%', 1, 3.4, 'percent', 'transport prices', 'increase', 'year_on_year', None, KNOV, KNBS),
        ('1.1%', 1, 1.1, 'percent', 'prices of housing, water, electricity, gas and other fuels', 'increase', 'year_on_year', None, KNOV, KNBS),
        ('0.3%', 1, 0.3, 'percent', 'consumer prices', 'increase', 'month_on_month', None, KNOV, KNBS),
        ('0.5%', 1, 0.5, 'percent', 'consumer prices', 'increase', 'month_on_month', None, KOCT, KNBS),
        ('9.8%', 1, 9.8, 'percent', 'price of tomatoes', 'increase', 'month_on_month', None, KNOV, KNBS),
        ('6.1%', 1, 6.1, 'percent', 'price of sukuma wiki (kale)', 'increase', 'month_on_month', None, KNOV, KNBS),
        ('2.3%', 1, 2.3, 'percent', 'average price of a 2-kg packet of maize flour', 'decrease', 'month_on_month', None, KNOV, KNBS),
        ('161.45 shillings', 1, 161.45, 'KES', 'average price of a 2-kg packet of maize flour', 'decrease', None, None, KNOV, KNBS),
        ('184.52 shillings', 1, 184.52, 'KES', 'price of a litre of super petrol in Nairobi', None, None, None, PUMP, EPRA),
        ('1.60 shillings', 1, 1.60, 'KES', 'diesel price', 'increase', None, None, PUMP, EPRA),
        ('171.60 shillings', 1, 171.60, 'KES', 'diesel price', 'increase', None, None, PUMP, EPRA),
        ('2.6%', 1, 2.6, 'percent', 'annual core inflation', 'decrease', 'year_on_year', None, KNOV, CBK),
        ('2.8%', 1, 2.8, 'percent', 'annual core inflation', None, 'year_on_year', None, KOCT, CBK),
        ('25 basis points', 1, 25, 'basis_point', 'benchmark lending rate', 'decrease', None, None, OCT7, CBK),
        ('9.25%', 1, 9.25, 'percent', 'benchmark lending rate', 'decrease', None, None, OCT7, CBK),
        ('129.25', 1, 129.25, 'KES', 'shilling', None, None, None, KFRI, CBK),
    ],
    'cnbc_style_restaurant_same_store_sales.txt': [
        ('2.4%', 1, 2.4, 'percent', "McDonald's U.S. same-store sales", 'increase', None, None, None, None),
        ('$3.22', 1, 3.22, 'USD', 'adjusted earnings per share', None, None, None, None, MCD),
        ('$3.33', 1, 3.33, 'USD', 'adjusted earnings per share', None, None, None, None, None),
        ('$7.08 billion', 1, 7.08e9, 'USD', 'revenue', None, None, None, None, MCD),
        ('$7.09 billion', 1, 7.09e9, 'USD', 'revenue', None, None, None, None, None),
        ('2.4%', 2, 2.4, 'percent', 'U.S. same-store sales', 'increase', None, None, CINQ, MCD),
        ('1.9%', 1, 1.9, 'percent', 'U.S. same-store sales', 'increase', None, None, CINQ, SA),
        ('3.6%', 1, 3.6, 'percent', 'U.S. same-store sales', 'decrease', None, None, CQ1, MCD),
        ('3.1%', 1, 3.1, 'percent', 'global same-store sales', 'increase', 'year_on_year', None, CINQ, MCD),
        ('4.3%', 1, 4.3, 'percent', 'same-store sales in the international operated markets segment', 'increase', None, None, CINQ2, MCD),
        ('4.7%', 1, 4.7, 'percent', 'same-store sales in the international developmental licensed markets segment', 'increase', None, None, CINQ2, MCD),
        ('$2.28 billion', 1, 2.28e9, 'USD', 'net income', 'increase', None, None, CTQ, MCD),
        ('$3.18', 1, 3.18, 'USD', 'earnings per share', 'increase', None, None, CTQ, MCD),
        ('$2.26 billion', 1, 2.26e9, 'USD', 'net income', None, None, None, CYE, MCD),
        ('$3.13', 1, 3.13, 'USD', 'earnings per share', None, None, None, CYE, MCD),
        ('2,200', 1, 2200, 'count', 'restaurant openings worldwide', None, None, 'approximately', CTY, MCD),
        ('$3.0 billion', 1, 3.0e9, 'USD', 'capital expenditures', None, None, None, CTY, MCD),
        ('$3.2 billion', 1, 3.2e9, 'USD', 'capital expenditures', None, None, None, CTY, MCD),
        ('2.1%', 1, 2.1, 'percent', "shares of McDonald's", 'increase', None, None, None, MCD),
        ('4.7%', 2, 4.7, 'percent', "Wendy's U.S. same-store sales", 'decrease', None, None, CQ3, WEN),
    ],
    'mt_newswires_canada_manufacturing_sales.txt': [
        ('1.4%', 1, 1.4, 'percent', 'Canadian manufacturing sales', 'decrease', None, None, MOCT, None),
        ('1.4%', 2, 1.4, 'percent', "sales in Canada's manufacturing sector", 'decrease', 'month_on_month', None, MOCT, STC),
        ('C$70.1 billion', 1, 70.1e9, 'CAD', "sales in Canada's manufacturing sector", 'decrease', None, None, MOCT, STC),
        ('1.5%', 1, 1.5, 'percent', "sales in Canada's manufacturing sector", 'decrease', 'month_on_month', None, MOCT, STC),
        ('3.4%', 1, 3.4, 'percent', "sales in Canada's manufacturing sector", 'increase', 'month_on_month', None, MSEPA, STC),
        ('3.3%', 1, 3.3, 'percent', "sales in Canada's manufacturing sector", 'increase', 'month_on_month', None, MSEPA, STC),
        ('14', 1, 14, 'count', 'industries with lower sales', None, None, None, MOCT, STC),
        ('-6.2%', 1, -6.2, 'percent', 'sales of motor vehicles and parts', 'decrease', None, None, MOCT, STC),
        ('-3.8%', 1, -3.8, 'percent', 'sales of chemical products', 'decrease', None, None, MOCT, STC),
        ('0.9%', 1, 0.9, 'percent', 'sales of primary metals', 'increase', None, None, MOCT, STC),
        ('1.1%', 1, 1.1, 'percent', 'sales volumes', 'decrease', 'month_on_month', None, MOCT, STC),
        ('0.8%', 1, 0.8, 'percent', 'total sales', 'decrease', 'year_on_year', None, MOCT, STC),
        ('2.0%', 1, 2.0, 'percent', 'sales volumes', 'decrease', 'year_on_year', None, MOCT, STC),
        ('0.4%', 1, 0.4, 'percent', 'total inventories', 'increase', None, None, MOCT, STC),
        ('C$124.3 billion', 1, 124.3e9, 'CAD', 'total inventories', 'increase', None, None, MOCT, STC),
        ('1.68', 1, 1.68, 'month', 'inventory-to-sales ratio', None, None, None, MSEP, STC),
        ('1.74', 1, 1.74, 'month', 'inventory-to-sales ratio', 'increase', None, None, MOCT, STC),
        ('0.9%', 2, 0.9, 'percent', 'unfilled orders', 'decrease', None, None, MOCT, STC),
        ('C$104.7 billion', 1, 104.7e9, 'CAD', 'unfilled orders', 'decrease', None, None, MOCT, STC),
        ('2.6%', 1, 2.6, 'percent', 'new orders', 'decrease', None, None, MOCT, STC),
        ('C$69.2 billion', 1, 69.2e9, 'CAD', 'new orders', 'decrease', None, None, MOCT, STC),
        ('seven', 1, 7, 'count', 'provinces with lower sales', None, None, None, MOCT, STC),
        ('3.1%', 1, 3.1, 'percent', 'sales in Ontario', 'decrease', None, None, MOCT, STC),
        ('C$30.6 billion', 1, 30.6e9, 'CAD', 'sales in Ontario', 'decrease', None, None, MOCT, STC),
        ('-1.2%', 1, -1.2, 'percent', 'sales in Quebec', 'decrease', None, None, MOCT, STC),
        ('1.8%', 1, 1.8, 'percent', 'sales in Alberta', 'increase', None, None, MOCT, STC),
        ('0.6%', 1, 0.6, 'percent', 'sales in British Columbia', 'increase', None, None, MOCT, STC),
        ('0.7%', 1, 0.7, 'percent', 'manufacturing sales', 'increase', None, None, MNOV, STC),
    ],
    'trading_economics_style_denmark_unemployment.txt': [
        ('2.9%', 1, 2.9, 'percent', 'Denmark Unemployment Rate', None, None, None, None, None),
        ('2.9%', 2, 2.9, 'percent', 'seasonally adjusted gross unemployment rate in Denmark', None, None, None, OCT25, DST),
        ('400', 1, 400, 'count', 'number of gross unemployed persons', 'decrease', 'month_on_month', None, OCT25, DST),
        ('87,100', 1, 87100, 'count', 'number of gross unemployed persons', 'decrease', None, None, OCT25, DST),
        ('2.6%', 1, 2.6, 'percent', 'net unemployment', None, None, None, TOCT, DST),
        ('79,800', 1, 79800, 'count', 'net unemployed', None, None, None, TOCT, DST),
        ('600', 1, 600, 'count', 'net unemployed', 'decrease', 'month_on_month', None, TOCT, DST),
        ('4.8%', 1, 4.8, 'percent', 'jobless rate for those aged 25 to 29', None, None, None, TOCT2, DST),
        ('2.1%', 1, 2.1, 'percent', 'jobless rate for people aged 60 and over', None, None, None, TOCT2, DST),
        ('2.8%', 1, 2.8, 'percent', 'jobless rate for men', None, None, None, TOCT2, DST),
        ('3.0%', 1, 3.0, 'percent', 'jobless rate for women', None, None, None, TOCT2, DST),
        ('52%', 1, 52, 'percent', 'men share of the gross unemployed', None, None, 'approximately', TOCT2, DST),
        ('3,900 persons', 1, 3900, 'count', 'gross unemployment', 'increase', 'year_on_year', None, TOCT, DST),
        ('0.1 percentage point', 1, 0.1, 'percentage_point', 'gross unemployment rate', 'increase', 'year_on_year', None, TOCT, DST),
        ('4.73 percent', 1, 4.73, 'percent', 'Unemployment Rate in Denmark average', None, None, None, P('from 2007 until 2025', '2007-01-01', '2025-12-31'), DST),
        ('6.70 percent', 1, 6.70, 'percent', 'Unemployment Rate in Denmark all time high', None, None, None, per('in February 2010', 2010, 2), DST),
        ('2.40 percent', 1, 2.40, 'percent', 'Unemployment Rate in Denmark record low', None, None, None, per('in June 2022', 2022, 6), DST),
        ('3.00 percent', 1, 3.00, 'percent', 'Unemployment Rate in Denmark', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('3.10 percent', 1, 3.10, 'percent', 'Denmark Unemployment Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('3.00 percent', 2, 3.00, 'percent', 'Denmark Unemployment Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_copper_comex_lme.txt': [
        ('1.1%', 1, 1.1, 'percent', 'benchmark copper futures on the London Metal Exchange', 'increase', None, None, ET, None),
        ('$11,486.50', 1, 11486.50, 'USD', 'benchmark copper futures on the London Metal Exchange', 'increase', None, None, ET, None),
        ('$11,540', 1, 11540, 'USD', 'copper all-time peak', None, None, None, ET, None),
        ('2.4%', 1, 2.4, 'percent', 'COMEX copper futures', 'increase', None, None, ET, None),
        ('$5.392', 1, 5.392, 'USD', 'COMEX copper futures', 'increase', None, None, ET, None),
        ('$400', 1, 400, 'USD', 'COMEX premium over LME prices', 'increase', None, 'approximately', None, None),
        ('$150', 1, 150, 'USD', 'COMEX premium over LME prices', None, None, 'approximately', SON, None),
        ('50%', 1, 50, 'percent', 'tariff on semi-finished copper products', None, None, None, None, None),
        ('15%', 1, 15, 'percent', 'duty on refined copper', None, None, None, Y('in 2027', 2027), DOC),
        ('30%', 1, 30, 'percent', 'duty on refined copper', None, None, None, Y('in 2028', 2028), DOC),
        ('411,620 short tons', 1, 411620, 'short ton', 'COMEX-registered copper stocks', 'increase', None, None, TUE, CME),
        ('2,375 tons', 1, 2375, 'tonne', 'LME inventories', 'decrease', None, None, TUE, LME),
        ('153,450 tons', 1, 153450, 'tonne', 'LME inventories', 'decrease', None, None, TUE, LME),
        ('0.6%', 1, 0.6, 'percent', 'aluminum', 'increase', None, None, None, LME),
        ('$2,892', 1, 2892, 'USD', 'aluminum', 'increase', None, None, None, LME),
        ('0.3%', 1, 0.3, 'percent', 'zinc', 'decrease', None, None, None, LME),
        ('31%', 1, 31, 'percent', 'copper on the LME', 'increase', None, 'approximately', YTD, LME),
        ('$10,500', 1, 10500, 'USD', 'London copper contract', None, None, None, Y('in 2026', 2026), GS),
        ('$11,500', 1, 11500, 'USD', 'London copper contract', None, None, None, Y('in 2026', 2026), GS),
        ('6.8%', 1, 6.8, 'percent', 'copper output in Chile', 'decrease', 'year_on_year', None, IOCT, COCHILCO),
        ('441,200 metric tons', 1, 441200, 'tonne', 'copper output in Chile', 'decrease', None, None, IOCT, COCHILCO),
        ('9.1%', 1, 9.1, 'percent', "Codelco's production", 'decrease', 'year_on_year', None, IOCT, COCHILCO),
        ('4%', 1, 4, 'percent', "Escondida's production", 'decrease', 'year_on_year', None, IOCT, COCHILCO),
    ],
    'business_standard_style_power_exchange_prices.txt': [
        ('18%', 1, 18, 'percent', 'IEX day-ahead power prices', 'decrease', None, None, BNOV, None),
        ('21%', 1, 21, 'percent', 'volumes', 'increase', None, None, BNOV, None),
        ('18 per cent', 1, 18, 'percent', 'average prices in the day-ahead market', 'decrease', 'year_on_year', None, BNOV, IEX),
        ('₹3.21', 1, 3.21, 'INR', 'average prices in the day-ahead market', 'decrease', None, None, BNOV, IEX),
        ('₹3.05', 1, 3.05, 'INR', 'prices in the real-time market', None, None, None, BNOV, IEX),
        ('21 per cent', 1, 21, 'percent', 'prices in the real-time market', 'decrease', 'year_on_year', None, BNOV, IEX),
        ('₹3.86', 1, 3.86, 'INR', 'prices in the real-time market', None, None, None, BYE, IEX),
        ('11,542 million units', 1, 11542e6, 'kilowatt hour', 'electricity traded on IEX', None, None, None, BNOV, IEX),
        ('21.4 per cent', 1, 21.4, 'percent', 'electricity traded on IEX', 'increase', 'year_on_year', None, BNOV, IEX),
        ('9,507 MU', 1, 9507e6, 'kilowatt hour', 'electricity traded on IEX', None, None, None, per('in November 2024', 2024, 11), IEX),
        ('14.6 per cent', 1, 14.6, 'percent', 'day-ahead volumes', 'increase', 'year_on_year', None, BNOV, IEX),
        ('5,386 MU', 1, 5386e6, 'kilowatt hour', 'day-ahead volumes', 'increase', None, None, BNOV, IEX),
        ('32 per cent', 1, 32, 'percent', 'real-time volumes', 'increase', 'year_on_year', None, BNOV, IEX),
        ('4,210', 1, 4210e6, 'kilowatt hour', 'real-time volumes', 'increase', None, None, BNOV, IEX),
        ('11.2 lakh', 1, 1.12e6, 'count', 'renewable energy certificates traded', None, None, None, BNOV, IEX),
        ('₹370', 1, 370, 'INR', 'REC clearing price', None, None, None, BNOV, IEX),
        ('16.3 per cent', 1, 16.3, 'percent', 'electricity volume on the exchange', 'increase', 'year_on_year', None, AN26, IEX),
        ('85,932 MU', 1, 85932e6, 'kilowatt hour', 'electricity volume on the exchange', 'increase', None, None, AN26, IEX),
        ('212 GW', 1, 212, 'gigawatt', 'peak demand', None, None, None, BNOV, GRID),
        ('1.9 per cent', 1, 1.9, 'percent', 'peak demand', 'decrease', 'year_on_year', None, BNOV, GRID),
        ('₹2.10', 1, 2.10, 'INR', 'prices in the DAM', None, None, None, DNOV, IEX),
        ('₹4.95', 1, 4.95, 'INR', 'prices in the DAM', None, None, None, DNOV, IEX),
        ('1.6 per cent', 1, 1.6, 'percent', 'shares of IEX', 'increase', None, None, BMON, IEX),
        ('₹143.85', 1, 143.85, 'INR', 'shares of IEX', 'increase', None, None, BMON, IEX),
    ],
    'eu_energy_style_household_electricity_prices.txt': [
        ('28.7 c€/kWh', 1, 0.287, 'EUR', 'average household electricity price in the EU', None, None, None, H125, None),
        ('1.2%', 1, 1.2, 'percent', 'average household electricity price in the EU', 'decrease', 'period_on_period', None, H125, None),
        ('2.4%', 1, 2.4, 'percent', 'average household electricity price in the EU', 'decrease', 'year_on_year', None, H125, None),
        ('38.4 c€/kWh', 1, 0.384, 'EUR', 'household electricity price in Germany', None, None, None, H1, EUROSTAT),
        ('36.9 c€/kWh', 1, 0.369, 'EUR', 'household electricity price in Denmark', None, None, None, H1, EUROSTAT),
        ('36.1 c€/kWh', 1, 0.361, 'EUR', 'household electricity price in Ireland', None, None, None, H1, EUROSTAT),
        ('10.2 c€/kWh', 1, 0.102, 'EUR', 'household electricity price in Hungary', None, None, None, H1, EUROSTAT),
        ('12.6', 1, 0.126, 'EUR', 'household electricity price in Malta', None, None, None, H1, EUROSTAT),
        ('12.9 c€/kWh', 1, 0.129, 'EUR', 'household electricity price in Bulgaria', None, None, None, H1, EUROSTAT),
        ('26%', 1, 26, 'percent', 'taxes and levies share of the average EU household bill', 'increase', None, None, H1, EUROSTAT),
        ('23%', 1, 23, 'percent', 'taxes and levies share of the average EU household bill', None, None, None, EYE, EUROSTAT),
        ('half', 4, 0.5, 'fraction', 'taxes share of the household bill in Denmark', None, None, 'approximately', H1, EUROSTAT),
        ('11.9 c€/kWh', 1, 0.119, 'EUR', 'energy and supply component', None, None, None, F6, EUROSTAT),
        ('9%', 1, 9, 'percent', 'energy and supply component', 'decrease', 'year_on_year', None, F6, EUROSTAT),
        ('6%', 1, 6, 'percent', 'network charges', 'increase', 'year_on_year', None, F6, EUROSTAT),
        ('8.6 c€/kWh', 1, 0.086, 'EUR', 'network charges', 'increase', None, None, F6, EUROSTAT),
        ('-14%', 1, -14, 'percent', 'household electricity prices in Belgium', 'decrease', 'year_on_year', None, None, EUROSTAT),
        ('-11%', 1, -11, 'percent', 'household electricity prices in Romania', 'decrease', 'year_on_year', None, None, EUROSTAT),
        ('+19%', 1, 19, 'percent', 'household electricity prices in Estonia', 'increase', 'year_on_year', None, None, EUROSTAT),
        ('+15%', 1, 15, 'percent', 'household electricity prices in Latvia', 'increase', 'year_on_year', None, None, EUROSTAT),
        ('60%', 1, 60, 'percent', 'household electricity prices in Romania', 'increase', None, 'up_to', H2, None),
        ('19.3 c€/kWh', 1, 0.193, 'EUR', 'price paid by non-household consumers in band IC', None, None, None, S1, EUROSTAT),
        ('3.5%', 1, 3.5, 'percent', 'price paid by non-household consumers in band IC', 'decrease', 'period_on_period', None, S1, EUROSTAT),
    ],
    'nbs_style_rural_urban_retail_sales.txt': [
        ('4,197.1 billion yuan', 1, 4197.1e9, 'CNY', 'total retail sales of consumer goods', None, None, None, SEP25, NBS),
        ('3.0 percent', 1, 3.0, 'percent', 'total retail sales of consumer goods', 'increase', 'year_on_year', None, SEP25, NBS),
        ('0.22 percent', 1, 0.22, 'percent', 'total retail sales of consumer goods', 'increase', 'month_on_month', None, SEP25, NBS),
        ('36,587.7 billion yuan', 1, 36587.7e9, 'CNY', 'total retail sales of consumer goods', None, None, None, F3Q, NBS),
        ('4.5 percent', 1, 4.5, 'percent', 'total retail sales of consumer goods', 'increase', 'year_on_year', None, F3Q, NBS),
        ('3.4 percent', 1, 3.4, 'percent', 'total retail sales of consumer goods', 'increase', 'year_on_year', None, TQ3, NBS),
        ('3,642.9 billion yuan', 1, 3642.9e9, 'CNY', 'retail sales in urban areas', None, None, None, NSEP, NBS),
        ('2.9 percent', 1, 2.9, 'percent', 'retail sales in urban areas', 'increase', 'year_on_year', None, NSEP, NBS),
        ('554.2 billion yuan', 1, 554.2e9, 'CNY', 'retail sales in rural areas', None, None, None, NSEP, NBS),
        ('3.6 percent', 1, 3.6, 'percent', 'retail sales in rural areas', 'increase', 'year_on_year', None, NSEP, NBS),
        ('31,740.6 billion yuan', 1, 31740.6e9, 'CNY', 'retail sales in urban areas', None, None, None, F3Q, NBS),
        ('4,847.1 billion yuan', 1, 4847.1e9, 'CNY', 'retail sales in rural areas', None, None, None, F3Q, NBS),
        ('4.4 percent', 1, 4.4, 'percent', 'retail sales in urban areas', 'increase', 'year_on_year', None, F3Q, NBS),
        ('4.7 percent', 1, 4.7, 'percent', 'retail sales in rural areas', 'increase', 'year_on_year', None, F3Q, NBS),
        ('3,737.5 billion yuan', 1, 3737.5e9, 'CNY', 'retail sales of goods', None, None, None, NSEP, NBS),
        ('3.1 percent', 1, 3.1, 'percent', 'retail sales of goods', 'increase', None, None, NSEP, NBS),
        ('459.6 billion yuan', 1, 459.6e9, 'CNY', 'catering revenue', None, None, None, NSEP, NBS),
        ('0.9 percent', 1, 0.9, 'percent', 'catering revenue', 'increase', None, None, NSEP, NBS),
        ('12.1 percent', 1, 12.1, 'percent', 'retail sales of grain, oil and foodstuffs', 'increase', 'year_on_year', None, NSEP, NBS),
        ('40.2 percent', 1, 40.2, 'percent', 'retail sales of gold, silver and jewellery', 'increase', 'year_on_year', None, NSEP, NBS),
        ('9.5 percent', 1, 9.5, 'percent', 'retail sales of cultural and office supplies', 'increase', 'year_on_year', None, NSEP, NBS),
        ('2.7 percent', 1, 2.7, 'percent', 'retail sales of household appliances and audio-video equipment', 'decrease', 'year_on_year', None, NSEP, NBS),
        ('4.8 percent', 1, 4.8, 'percent', 'retail sales of petroleum and its products', 'decrease', 'year_on_year', None, NSEP, NBS),
        ('13.2 percent', 1, 13.2, 'percent', 'rural areas share of total retail sales', None, None, None, F3Q, NBS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'rural areas share of total retail sales', 'increase', 'year_on_year', None, F3Q, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
