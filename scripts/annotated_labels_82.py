# ruff: noqa: E501, RUF001
"""Write corpus/annotated_82/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_82.py corpus/annotated_82
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
CBS = "Central Bureau of Statistics"
INEI = "National Institute of Statistics and Informatics"
MINEM = "Ministry of Energy and Mines"
BCRP = "Central Reserve Bank of Peru"
MEF = "Ministry of Economy and Finance"
KMX = "CarMax"
COX = "Cox Automotive"
ABS = "Australian Bureau of Statistics"
BBG = "Bloomberg"
GUS = "Statistics Poland"
TE = "Trading Economics"
USDA = "U.S. Department of Agriculture"
ICE = "ICE Futures U.S."
RBI = "Reserve Bank of India"
ICRA = "ICRA"
EC = "European Commission"
IG = "Insights Global"
NBS = "National Bureau of Statistics"
GACC = "General Administration of Customs"
MOFCOM = "Ministry of Commerce"

# 8201 ONS retail sales (ref Friday 2026-01-23)
DEC25 = per("in December 2025", 2025, 12)
NOV25 = per("in November 2025", 2025, 11)
NOV = per("in November", 2025, 11)
TMD = P("in the three months to December 2025", "2025-10-01", "2025-12-31")
Y25 = Y("In 2025 as a whole", 2025)
FDEC25 = per("for December 2025", 2025, 12)
# 8202 Reuters 1987 (ref Friday 1987-05-15)
APR = per("in April", 1987, 4)
MAR = per("in March", 1987, 3)
APR86 = per("in April 1986", 1986, 4)
YE86 = per("a year earlier", 1986, 4)
F4 = P("In the first four months of 1987", "1987-01-01", "1987-04-30")
F4_86 = P("in the same 1986 period", "1986-01-01", "1986-04-30")
# 8203 Reuters 2025 (ref Monday 2025-12-15)
OCT = per("in October", 2025, 10)
SEP = per("in September", 2025, 9)
TEN = P("In the first ten months of the year", "2025-01-01", "2025-10-31")
T12 = P("in the 12 months to October", "2024-11-01", "2025-10-31")
# 8204 CNBC (ref Thursday 2025-12-18)
TMN = P("for the three months ended Nov. 30", "2025-09-01", "2025-11-30")
YEQ = P("a year earlier", "2024-09-01", "2024-11-30")
INQ = P("In the quarter", "2025-09-01", "2025-11-30")
INQL = P("in the quarter", "2025-09-01", "2025-11-30")
YAGO = P("a year ago", "2024-09-01", "2024-11-30")
DURP = P("during the period", "2025-09-01", "2025-11-30")
# 8205 MT Newswires (ref Wednesday 2025-11-26)
SEPQ = Q("in the September quarter", 2025, 3)
JUNQ = Q("June-quarter", 2025, 2)
TMS = P("in the three months to September", "2025-07-01", "2025-09-30")
FY2526 = P("for the 2025-26 financial year", "2025-07-01", "2026-06-30")
IN2526 = P("in 2025-26", "2025-07-01", "2026-06-30")
# 8206 Trading Economics (ref Monday 2025-12-22)
NOV25T = per("in November 2025", 2025, 11)
OCTT = per("in October", 2025, 10)
NOVT = per("in November", 2025, 11)
# 8207 Investing.com (ref Thursday 2026-01-15)
ET = P("By 12:05 ET", None, None)
WK = P("in the week ended Jan. 8", "2026-01-02", "2026-01-08")
# 8208 Business Standard (ref Friday 2026-01-09)
HFN = P("in fortnight to Dec 26", "2025-12-13", "2025-12-26")
FN = P("in the fortnight ended December 26, 2025", "2025-12-13", "2025-12-26")
SOFAR = P("So far in FY26", "2025-04-01", "2026-01-09")
FY26 = P("in FY26", "2025-04-01", "2026-03-31")
# 8209 DG ENER (ref Thursday 2026-02-05)
JAN26 = per("In January 2026", 2026, 1)
F2 = P("on 2 February 2026", "2026-02-02", "2026-02-02")
SAMED = P("On the same date", "2026-02-02", "2026-02-02")
EJAN = P("at the end of January 2026", "2026-01-31", "2026-01-31")
# 8210 NBS (ref Monday 2025-12-15)
NBSNOV = per("in November 2025", 2025, 11)
JN = P("From January to November", "2025-01-01", "2025-11-30")
F11 = P("in the first eleven months", "2025-01-01", "2025-11-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_retail_sales_by_store_type.txt': [
        ('0.6%', 1, 0.6, 'percent', 'retail sales volumes', 'decrease', 'month_on_month', None, DEC25, None),
        ('0.2%', 1, 0.2, 'percent', 'retail sales volumes', 'increase', 'month_on_month', None, NOV25, None),
        ('0.1%', 1, 0.1, 'percent', 'retail sales volumes', 'decrease', 'month_on_month', None, NOV25, None),
        ('0.3%', 1, 0.3, 'percent', 'sales volumes', 'increase', 'period_on_period', None, TMD, None),
        ('2.1%', 1, 2.1, 'percent', 'sales volumes', 'increase', 'year_on_year', None, TMD, None),
        ('1.2%', 1, 1.2, 'percent', 'sales volumes', 'increase', 'year_on_year', None, Y25, None),
        ('3.6%', 1, 3.6, 'percent', 'sales values', 'increase', 'year_on_year', None, Y25, None),
        ('1.4%', 1, 1.4, 'percent', 'food stores sales volumes', 'decrease', 'month_on_month', None, DEC25, ONS),
        ('1.1%', 1, 1.1, 'percent', 'household goods stores sales volumes', 'increase', 'month_on_month', None, DEC25, ONS),
        ('0.8%', 1, 0.8, 'percent', 'clothing retailers sales volumes', 'decrease', 'month_on_month', None, DEC25, ONS),
        ('0.5%', 1, 0.5, 'percent', 'department stores sales volumes', 'decrease', 'month_on_month', None, DEC25, ONS),
        ('0.9%', 1, 0.9, 'percent', 'automotive fuel sales volumes', 'increase', None, None, DEC25, ONS),
        ('131.5 pence', 1, 1.315, 'GBP', 'average petrol prices', 'decrease', None, None, DEC25, ONS),
        ('132.8p', 1, 1.328, 'GBP', 'average petrol prices', None, None, None, NOV, ONS),
        ('2.3%', 1, 2.3, 'percent', 'total non-store sales volumes', 'decrease', 'month_on_month', None, DEC25, ONS),
        ('27.9%', 1, 27.9, 'percent', 'online spending as a proportion of all retailing', 'decrease', None, None, DEC25, ONS),
        ('28.6%', 1, 28.6, 'percent', 'online spending as a proportion of all retailing', None, None, None, NOV, ONS),
        ('£1.42 billion', 1, 1.42e9, 'GBP', 'average weekly amount spent online', None, None, None, DEC25, ONS),
        ('4.7%', 1, 4.7, 'percent', 'average weekly amount spent online', 'increase', 'year_on_year', None, DEC25, ONS),
        ('5,000', 1, 5000, 'count', 'businesses surveyed by the Monthly Business Survey', None, None, 'approximately', FDEC25, ONS),
        ('58%', 1, 58, 'percent', 'response rate', None, None, None, FDEC25, ONS),
    ],
    'wire_1987_norway_trade_surplus.txt': [
        ('2.14 BILLION CROWN', 1, 2.14e9, 'NOK', 'trade surplus', None, None, None, per('APRIL', 1987, 4), None),
        ('2.14 billion crowns', 1, 2.14e9, 'NOK', 'trade surplus', 'increase', None, None, APR, CBS),
        ('1.62 billion', 1, 1.62e9, 'NOK', 'trade surplus', None, None, None, MAR, CBS),
        ('410 mln crowns', 1, 410e6, 'NOK', 'trade deficit', None, None, None, APR86, CBS),
        ('1.2', 1, 1.2e9, 'NOK', 'trade surplus', None, None, None, APR, None),
        ('1.7 billion crowns', 1, 1.7e9, 'NOK', 'trade surplus', None, None, None, APR, None),
        ('14.3 pct', 1, 14.3, 'percent', 'exports', 'increase', 'year_on_year', None, APR, CBS),
        ('14.86 billion crowns', 1, 14.86e9, 'NOK', 'exports', 'increase', None, None, APR, CBS),
        ('2.1 pct', 1, 2.1, 'percent', 'imports', 'decrease', 'year_on_year', None, APR, CBS),
        ('12.72 billion', 1, 12.72e9, 'NOK', 'imports', 'decrease', None, None, APR, CBS),
        ('1.48 billion crowns', 1, 1.48e9, 'NOK', 'trade surplus', None, None, None, per('March', 1987, 3), CBS),
        ('a third', 1, 0.3333, 'fraction', 'oil and natural gas exports share of total exports', None, None, 'approximately', APR, CBS),
        ('5.37 billion crowns', 1, 5.37e9, 'NOK', 'oil and natural gas exports', 'increase', None, None, APR, CBS),
        ('4.21 billion', 1, 4.21e9, 'NOK', 'oil and natural gas exports', None, None, None, YE86, CBS),
        ('19 pct', 1, 19, 'percent', 'crude shipments', 'increase', 'year_on_year', None, APR, CBS),
        ('3.4 mln tonnes', 1, 3.4e6, 'tonne', 'crude shipments', 'increase', None, None, APR, CBS),
        ('6 pct', 1, 6, 'percent', 'gas shipments', 'increase', 'year_on_year', None, APR, CBS),
        ('8.6 pct', 1, 8.6, 'percent', 'exports excluding ships and oil platforms', 'increase', None, None, APR, CBS),
        ('4.9 pct', 1, 4.9, 'percent', 'imports excluding ships and oil platforms', 'increase', None, None, APR, CBS),
        ('412 mln crowns', 1, 412e6, 'NOK', 'ship exports', None, None, None, APR, CBS),
        ('1.06 billion', 1, 1.06e9, 'NOK', 'ship imports', None, None, None, APR, CBS),
        ('288 mln', 1, 288e6, 'NOK', 'ship exports', None, None, None, YE86, CBS),
        ('1.35 billion', 1, 1.35e9, 'NOK', 'ship imports', None, None, None, YE86, CBS),
        ('6.97 billion crowns', 1, 6.97e9, 'NOK', 'trade surplus', 'decrease', None, None, F4, CBS),
        ('9.85 billion', 1, 9.85e9, 'NOK', 'trade surplus', None, None, None, F4_86, CBS),
        ('6.72', 1, 6.72, 'NOK', 'crown', None, None, None, P('on Friday', '1987-05-15', '1987-05-15'), CBS),
        ('6.74', 1, 6.74, 'NOK', 'crown', None, None, None, P('on Thursday', '1987-05-14', '1987-05-14'), CBS),
    ],
    'wire_2025_peru_gdp_monthly.txt': [
        ('3.9%', 1, 3.9, 'percent', "Peru's economy", 'increase', None, None, OCT, None),
        ('3.9%', 2, 3.9, 'percent', "Peru's economy", 'increase', 'year_on_year', None, OCT, INEI),
        ('3.4%', 1, 3.4, 'percent', "Peru's economy", None, 'year_on_year', None, OCT, 'Reuters'),
        ('3.1%', 1, 3.1, 'percent', 'economy', 'increase', 'year_on_year', None, SEP, INEI),
        ('3.3%', 1, 3.3, 'percent', 'economy', None, 'year_on_year', None, SEP, INEI),
        ('3.2%', 1, 3.2, 'percent', 'economy', 'increase', 'year_on_year', None, TEN, INEI),
        ('3.4%', 2, 3.4, 'percent', 'activity', 'increase', 'year_on_year', None, T12, INEI),
        ('5.6%', 1, 5.6, 'percent', 'mining and hydrocarbons output', 'increase', 'year_on_year', None, OCT, INEI),
        ('7.8%', 1, 7.8, 'percent', 'metal mining', 'increase', 'year_on_year', None, OCT, INEI),
        ('41.2%', 1, 41.2, 'percent', 'fishing', 'increase', 'year_on_year', None, OCT, INEI),
        ('6.3%', 1, 6.3, 'percent', 'construction', 'increase', 'year_on_year', None, OCT, INEI),
        ('2.9%', 1, 2.9, 'percent', 'manufacturing', 'increase', 'year_on_year', None, OCT, INEI),
        ('3.5%', 1, 3.5, 'percent', 'commerce', 'increase', 'year_on_year', None, OCT, INEI),
        ('30%', 1, 30, 'percent', "copper share of Peru's exports", None, None, 'approximately', OCT, MINEM),
        ('241,600 tonnes', 1, 241600, 'tonne', 'copper production', None, None, None, OCT, MINEM),
        ('8.4%', 1, 8.4, 'percent', 'copper production', 'increase', None, None, OCT, MINEM),
        ('3.2%', 2, 3.2, 'percent', 'economy', 'increase', None, None, Y('in 2025', 2025), BCRP),
        ('2.9%', 2, 2.9, 'percent', 'economy', 'increase', None, None, Y('next year', 2026), BCRP),
        ('3.1%', 2, 3.1, 'percent', 'economy', None, None, None, Y('for this year', 2025), MEF),
        ('4.25%', 1, 4.25, 'percent', 'benchmark rate', None, None, None, P('since September', '2025-09-01', '2025-12-15'), BCRP),
        ('2.5%', 1, 2.5, 'percent', 'growth', 'decrease', None, None, per('in November', 2025, 11), None),
        ('3%', 1, 3, 'percent', 'growth', 'decrease', None, None, per('in November', 2025, 11), None),
    ],
    'cnbc_style_used_car_prices_carmax_earnings.txt': [
        ('9%', 1, 9, 'percent', 'CarMax shares', 'decrease', None, None, None, None),
        ('43 cents', 1, 0.43, 'USD', 'earnings per share', None, None, None, None, KMX),
        ('57 cents', 1, 0.57, 'USD', 'earnings per share', None, None, None, None, None),
        ('$5.79 billion', 1, 5.79e9, 'USD', 'revenue', None, None, None, None, KMX),
        ('$6.02 billion', 1, 6.02e9, 'USD', 'revenue', None, None, None, None, None),
        ('$68.4 million', 1, 68.4e6, 'USD', 'net income', 'decrease', None, None, TMN, KMX),
        ('43 cents', 2, 0.43, 'USD', 'earnings per share', 'decrease', None, None, TMN, KMX),
        ('$125.4 million', 1, 125.4e6, 'USD', 'net income', None, None, None, YEQ, KMX),
        ('81 cents', 1, 0.81, 'USD', 'earnings per share', None, None, None, YEQ, KMX),
        ('7.6%', 1, 7.6, 'percent', 'net sales and operating revenues', 'decrease', 'year_on_year', None, TMN, KMX),
        ('8.0%', 1, 8.0, 'percent', 'retail used-unit sales', 'decrease', None, None, INQ, KMX),
        ('172,480 vehicles', 1, 172480, 'count', 'retail used-unit sales', 'decrease', None, None, INQ, KMX),
        ('9.2%', 1, 9.2, 'percent', 'comparable-store used-unit sales', 'decrease', None, None, INQ, KMX),
        ('6.5%', 1, 6.5, 'percent', 'wholesale units', 'decrease', None, None, INQ, KMX),
        ('122,300', 1, 122300, 'count', 'wholesale units', 'decrease', None, None, INQ, KMX),
        ('$2,188', 1, 2188, 'USD', 'gross profit per retail used unit', None, None, None, INQL, KMX),
        ('$134', 1, 134, 'USD', 'gross profit per retail used unit', 'decrease', 'year_on_year', None, INQL, KMX),
        ('$933', 1, 933, 'USD', 'wholesale gross profit per unit', None, None, None, INQL, KMX),
        ('$1,003', 1, 1003, 'USD', 'wholesale gross profit per unit', None, None, None, YAGO, KMX),
        ('$26,100', 1, 26100, 'USD', 'average selling price of a retail used vehicle', None, None, 'approximately', DURP, KMX),
        ('$200', 1, 200, 'USD', 'average selling price of a retail used vehicle', 'decrease', 'year_on_year', 'approximately', DURP, KMX),
        ('2.1%', 1, 2.1, 'percent', 'used-vehicle prices', 'increase', 'year_on_year', None, per('in November', 2025, 11), COX),
        ('206.9', 1, 206.9, 'index_point', 'Manheim Used Vehicle Value Index', None, None, None, per('in November', 2025, 11), COX),
        ('13%', 1, 13, 'percent', 'CarMax Auto Finance income', 'increase', 'year_on_year', None, None, KMX),
        ('$118.6 million', 1, 118.6e6, 'USD', 'CarMax Auto Finance income', 'increase', None, None, None, KMX),
        ('2.93%', 1, 2.93, 'percent', 'allowance for loan losses share of ending managed receivables', None, None, None, None, KMX),
        ('9%', 2, 9, 'percent', 'shares', 'decrease', None, 'approximately', None, KMX),
        ('55%', 1, 55, 'percent', 'CarMax stock', 'decrease', None, 'approximately', P("this year through Wednesday's close", '2025-01-01', '2025-12-17'), KMX),
    ],
    'mt_newswires_australia_private_capex.txt': [
        ('1.4%', 1, 1.4, 'percent', 'Australian private capex', 'increase', None, None, Q('in Q3', 2025, 3), None),
        ('1.4%', 2, 1.4, 'percent', 'private new capital expenditure in Australia', 'increase', 'quarter_on_quarter', None, SEPQ, ABS),
        ('A$44.62 billion', 1, 44.62e9, 'AUD', 'private new capital expenditure in Australia', 'increase', None, None, SEPQ, ABS),
        ('0.5%', 1, 0.5, 'percent', 'private new capital expenditure', 'increase', 'quarter_on_quarter', None, SEPQ, BBG),
        ('0.9%', 1, 0.9, 'percent', 'private new capital expenditure', 'increase', 'quarter_on_quarter', None, JUNQ, ABS),
        ('0.2%', 1, 0.2, 'percent', 'private new capital expenditure', 'increase', 'quarter_on_quarter', None, JUNQ, ABS),
        ('2.6%', 1, 2.6, 'percent', 'spending on buildings and structures', 'increase', 'quarter_on_quarter', None, TMS, ABS),
        ('0.3%', 1, 0.3, 'percent', 'spending on equipment, plant and machinery', 'increase', 'quarter_on_quarter', None, TMS, ABS),
        ('1.8%', 1, 1.8, 'percent', 'mining investment', 'decrease', 'quarter_on_quarter', None, TMS, ABS),
        ('0.9%', 2, 0.9, 'percent', 'manufacturing investment', 'increase', 'quarter_on_quarter', None, TMS, ABS),
        ('2.7%', 1, 2.7, 'percent', 'investment by other selected industries', 'increase', 'quarter_on_quarter', None, TMS, ABS),
        ('4.1%', 1, 4.1, 'percent', 'total capex', 'increase', 'year_on_year', None, Q('in the latest quarter', 2025, 3), ABS),
        ('A$183.7 billion', 1, 183.7e9, 'AUD', 'fourth estimate of capital spending', None, None, None, FY2526, ABS),
        ('9.2%', 1, 9.2, 'percent', 'fourth estimate of capital spending', 'increase', None, None, FY2526, ABS),
        ('6.4%', 1, 6.4, 'percent', 'fourth estimate of capital spending', 'increase', 'year_on_year', None, FY2526, ABS),
        ('A$178 billion', 1, 178e9, 'AUD', 'fourth estimate of capital spending', None, None, 'approximately', FY2526, None),
        ('A$48.1 billion', 1, 48.1e9, 'AUD', 'planned spending of mining firms', None, None, None, IN2526, ABS),
        ('A$135.6 billion', 1, 135.6e9, 'AUD', 'non-mining spending intentions', None, None, None, IN2526, ABS),
        ('0.2%', 2, 0.2, 'percent', 'Australian dollar', 'increase', None, None, None, ABS),
        ('US$0.6512', 1, 0.6512, 'USD', 'Australian dollar', 'increase', None, None, None, ABS),
    ],
    'trading_economics_style_poland_retail_sales.txt': [
        ('3.9%', 1, 3.9, 'percent', 'retail sales in Poland', 'increase', 'year_on_year', None, NOV25T, GUS),
        ('2.6%', 1, 2.6, 'percent', 'retail sales in Poland', 'increase', 'year_on_year', None, OCTT, GUS),
        ('2.8%', 1, 2.8, 'percent', 'retail sales in Poland', None, 'year_on_year', None, NOV25T, None),
        ('10.2%', 1, 10.2, 'percent', 'sales of motor vehicles, motorcycles and parts', 'increase', 'year_on_year', None, NOV25T, GUS),
        ('7.4%', 1, 7.4, 'percent', 'sales of motor vehicles, motorcycles and parts', None, 'year_on_year', None, OCTT, GUS),
        ('6.8%', 1, 6.8, 'percent', 'sales of pharmaceuticals and cosmetics', 'increase', 'year_on_year', None, NOV25T, GUS),
        ('5.1%', 1, 5.1, 'percent', 'sales of pharmaceuticals and cosmetics', None, 'year_on_year', None, OCTT, GUS),
        ('5.5%', 1, 5.5, 'percent', 'sales of furniture, RTV and household appliances', 'increase', 'year_on_year', None, NOV25T, GUS),
        ('1.9%', 1, 1.9, 'percent', 'sales of furniture, RTV and household appliances', None, 'year_on_year', None, OCTT, GUS),
        ('1.3%', 1, 1.3, 'percent', 'sales of food, beverages and tobacco', 'increase', 'year_on_year', None, OCTT, GUS),
        ('-2.4%', 1, -2.4, 'percent', 'sales of textiles, clothing and footwear', 'decrease', 'year_on_year', None, NOV25T, GUS),
        ('+3.0%', 1, 3.0, 'percent', 'sales of textiles, clothing and footwear', 'increase', 'year_on_year', None, OCTT, GUS),
        ('-1.1%', 1, -1.1, 'percent', 'sales of solid, liquid and gaseous fuels', 'decrease', 'year_on_year', None, NOV25T, GUS),
        ('4.7%', 1, 4.7, 'percent', 'retail sales', 'increase', 'month_on_month', None, NOVT, GUS),
        ('2.0%', 1, 2.0, 'percent', 'retail sales', 'increase', 'month_on_month', None, OCTT, GUS),
        ('5.6%', 1, 5.6, 'percent', 'sales in current prices', 'increase', 'year_on_year', None, NOVT, GUS),
        ('6.12 percent', 1, 6.12, 'percent', 'Retail Sales YoY in Poland average', None, None, None, P('from 2001 until 2025', '2001-01-01', '2025-12-31'), GUS),
        ('29.90 percent', 1, 29.90, 'percent', 'Retail Sales YoY in Poland all time high', None, None, None, per('in April 2022', 2022, 4), GUS),
        ('-22.90 percent', 1, -22.90, 'percent', 'Retail Sales YoY in Poland record low', 'decrease', None, None, per('in April 2020', 2020, 4), GUS),
        ('3.20 percent', 1, 3.20, 'percent', 'Retail Sales YoY in Poland', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('3.50 percent', 1, 3.50, 'percent', 'Poland Retail Sales YoY', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('3.00 percent', 1, 3.00, 'percent', 'Poland Retail Sales YoY', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_cotton_oats_rough_rice.txt': [
        ('0.71 cents', 1, 0.0071, 'USD', 'ICE March cotton', 'increase', None, None, ET, None),
        ('1.1%', 1, 1.1, 'percent', 'ICE March cotton', 'increase', None, None, ET, None),
        ('65.48 cents', 1, 0.6548, 'USD', 'ICE March cotton', 'increase', None, None, ET, None),
        ('0.64 cents', 1, 0.0064, 'USD', 'May cotton', 'increase', None, None, ET, None),
        ('66.90 cents', 1, 0.6690, 'USD', 'May cotton', 'increase', None, None, ET, None),
        ('9.5 cents', 1, 0.095, 'USD', 'CBOT March rough rice', 'decrease', None, None, None, None),
        ('0.9%', 1, 0.9, 'percent', 'CBOT March rough rice', 'decrease', None, None, None, None),
        ('$10.34', 1, 10.34, 'USD', 'CBOT March rough rice', 'decrease', None, None, None, None),
        ('$10.28', 1, 10.28, 'USD', 'CBOT March rough rice', None, None, None, None, None),
        ('14%', 1, 14, 'percent', 'rough rice contract', 'decrease', 'year_on_year', 'approximately', None, None),
        ('4 1/4 cents', 1, 0.0425, 'USD', 'March oats', 'decrease', None, None, None, None),
        ('1.4%', 1, 1.4, 'percent', 'March oats', 'decrease', None, None, None, None),
        ('$3.0225', 1, 3.0225, 'USD', 'March oats', 'decrease', None, None, None, None),
        ('$3.19', 1, 3.19, 'USD', 'March oats high', None, None, None, P('last week', '2026-01-05', '2026-01-11'), None),
        ('5%', 1, 5, 'percent', 'oats', 'decrease', None, 'more_than', P('so far this month', '2026-01-01', '2026-01-15'), None),
        ('312,400 running bales', 1, 312400, 'count', 'net upland cotton export sales', 'increase', None, None, WK, USDA),
        ('84%', 1, 84, 'percent', 'net upland cotton export sales', 'increase', 'period_on_period', None, WK, USDA),
        ('96,100', 1, 96100, 'count', 'export sales to Vietnam', None, None, None, WK, USDA),
        ('58,700', 1, 58700, 'count', 'export sales to Pakistan', None, None, None, WK, USDA),
        ('41,300 bales', 1, 41300, 'count', 'export sales to China', None, None, None, WK, USDA),
        ('12%', 1, 12, 'percent', 'cotton exports', 'decrease', 'period_on_period', None, WK, USDA),
        ('164,800 bales', 1, 164800, 'count', 'cotton exports', 'decrease', None, None, WK, USDA),
        ('46,200 tonnes', 1, 46200, 'tonne', 'rice export sales', 'decrease', None, None, P('in the week', '2026-01-02', '2026-01-08'), USDA),
        ('71,900 tonnes', 1, 71900, 'tonne', 'rice export sales', None, None, None, P('the week before', '2025-12-26', '2026-01-01'), USDA),
        ('18,905 bales', 1, 18905, 'count', 'certificated cotton stocks deliverable against ICE futures', 'increase', None, None, P('on Wednesday', '2026-01-14', '2026-01-14'), ICE),
        ('16,240 bales', 1, 16240, 'count', 'certificated cotton stocks deliverable against ICE futures', None, None, None, P('a week earlier', '2026-01-07', '2026-01-07'), ICE),
    ],
    'business_standard_style_bank_deposit_growth_fortnight.txt': [
        ('9.6%', 1, 9.6, 'percent', 'deposit growth', 'decrease', None, None, HFN, None),
        ('11.8%', 1, 11.8, 'percent', 'credit', 'increase', None, None, HFN, None),
        ('9.6 per cent', 1, 9.6, 'percent', 'deposits with scheduled commercial banks', 'increase', 'year_on_year', None, FN, RBI),
        ('₹243.9 trillion', 1, 243.9e12, 'INR', 'deposits with scheduled commercial banks', 'increase', None, None, FN, RBI),
        ('10.1 per cent', 1, 10.1, 'percent', 'deposits with scheduled commercial banks', None, 'year_on_year', None, P('in the previous fortnight', '2025-11-29', '2025-12-12'), RBI),
        ('11.8 per cent', 1, 11.8, 'percent', 'bank credit', 'increase', 'year_on_year', None, FN, RBI),
        ('₹197.2 trillion', 1, 197.2e12, 'INR', 'bank credit', 'increase', None, None, FN, RBI),
        ('11.4 per cent', 1, 11.4, 'percent', 'bank credit', None, 'year_on_year', None, P('a fortnight ago', '2025-11-29', '2025-12-12'), RBI),
        ('₹1.42 lakh crore', 1, 1.42e12, 'INR', 'deposits', 'increase', None, None, P('During the fortnight', '2025-12-13', '2025-12-26'), RBI),
        ('₹2.86 lakh crore', 1, 2.86e12, 'INR', 'credit', 'increase', None, None, P('During the fortnight', '2025-12-13', '2025-12-26'), RBI),
        ('₹18.1 lakh crore', 1, 18.1e12, 'INR', 'deposits', 'increase', None, None, SOFAR, RBI),
        ('₹15.6 lakh crore', 1, 15.6e12, 'INR', 'credit', 'increase', None, None, SOFAR, RBI),
        ('86.2 per cent', 1, 86.2, 'percent', 'incremental credit-deposit ratio', None, None, None, SOFAR, RBI),
        ('71.5 per cent', 1, 71.5, 'percent', 'incremental credit-deposit ratio', None, None, None, P('in the year-ago period', '2024-04-01', '2025-01-09'), RBI),
        ('₹68.4 trillion', 1, 68.4e12, 'INR', "banks' investments in government and other approved securities", None, None, None, P('as of December 26', '2025-12-26', '2025-12-26'), RBI),
        ('6.9 per cent', 1, 6.9, 'percent', "banks' investments in government and other approved securities", 'increase', 'year_on_year', None, P('as of December 26', '2025-12-26', '2025-12-26'), RBI),
        ('₹24', 1, 24e12, 'INR', 'incremental deposits', None, None, None, FY26, ICRA),
        ('25 lakh crore', 1, 25e12, 'INR', 'incremental deposits', None, None, None, FY26, ICRA),
        ('9.5', 1, 9.5, 'percent', 'deposits', 'increase', None, None, Q('in the January-March quarter', 2026, 1), None),
        ('10 per cent', 1, 10, 'percent', 'deposits', 'increase', None, None, Q('in the January-March quarter', 2026, 1), None),
    ],
    'eu_energy_style_heating_oil_gasoil_prices.txt': [
        ('652 USD/t', 1, 652, 'USD', 'ICE low sulphur gasoil front-month futures contract', None, None, None, JAN26, None),
        ('5%', 1, 5, 'percent', 'ICE low sulphur gasoil front-month futures contract', 'decrease', 'month_on_month', None, JAN26, None),
        ('556 EUR/t', 1, 556, 'EUR', 'ICE low sulphur gasoil front-month futures contract', None, None, None, JAN26, None),
        ('1,042 EUR/1000 litres', 1, 1042, 'EUR', 'EU average retail price of heating gasoil', None, None, None, F2, EC),
        ('1.3%', 1, 1.3, 'percent', 'EU average retail price of heating gasoil', 'decrease', 'period_on_period', None, F2, EC),
        ('8.6%', 1, 8.6, 'percent', 'EU average retail price of heating gasoil', 'decrease', 'year_on_year', None, F2, EC),
        ('1,712 EUR/1000 litres', 1, 1712, 'EUR', 'heating gasoil price in Denmark', None, None, None, SAMED, EC),
        ('1,604 EUR/1000 litres', 1, 1604, 'EUR', 'heating gasoil price in Sweden', None, None, None, SAMED, EC),
        ('1,398', 1, 1398, 'EUR', 'heating gasoil price in Italy', None, None, None, SAMED, EC),
        ('798', 1, 798, 'EUR', 'heating gasoil price in Malta', None, None, None, SAMED, EC),
        ('812', 1, 812, 'EUR', 'heating gasoil price in Luxembourg', None, None, None, SAMED, EC),
        ('958 EUR/1000 litres', 1, 958, 'EUR', 'national average price in Germany', 'decrease', None, None, SAMED, EC),
        ('1.8%', 1, 1.8, 'percent', 'prices in Belgium', 'decrease', 'period_on_period', None, SAMED, EC),
        ('0.9%', 1, 0.9, 'percent', 'prices in France', 'decrease', 'period_on_period', None, SAMED, EC),
        ('1,190 EUR/1000 litres', 1, 1190, 'EUR', 'winter peak of EU average heating oil prices', None, None, None, P('in the week of 20 October 2025', '2025-10-20', '2025-10-26'), EC),
        ('12%', 1, 12, 'percent', 'EU average heating oil prices', 'decrease', None, 'approximately', P('in the week of 20 October 2025', '2025-10-20', '2026-02-02'), EC),
        ('2.31 million tonnes', 1, 2.31e6, 'tonne', 'middle-distillate stocks in the ARA hub', None, None, None, EJAN, IG),
        ('14%', 1, 14, 'percent', 'middle-distillate stocks in the ARA hub', 'increase', 'year_on_year', None, EJAN, IG),
        ('two thirds', 1, 0.6667, 'fraction', 'gasoil share of middle-distillate stocks in the ARA hub', None, None, 'approximately', EJAN, IG),
    ],
    'nbs_style_consumer_goods_output_appliances.txt': [
        ('17.86 million units', 1, 17.86e6, 'count', 'output of household air conditioners', None, None, None, NBSNOV, NBS),
        ('8.4 percent', 1, 8.4, 'percent', 'output of household air conditioners', 'decrease', 'year_on_year', None, NBSNOV, NBS),
        ('9.12 million units', 1, 9.12e6, 'count', 'output of household refrigerators', None, None, None, NBSNOV, NBS),
        ('3.1 percent', 1, 3.1, 'percent', 'output of household refrigerators', 'increase', 'year_on_year', None, NBSNOV, NBS),
        ('10.45 million units', 1, 10.45e6, 'count', 'output of household washing machines', None, None, None, NBSNOV, NBS),
        ('5.7 percent', 1, 5.7, 'percent', 'output of household washing machines', 'increase', 'year_on_year', None, NBSNOV, NBS),
        ('17.02 million units', 1, 17.02e6, 'count', 'output of colour television sets', None, None, None, NBSNOV, NBS),
        ('2.6 percent', 1, 2.6, 'percent', 'output of colour television sets', 'decrease', 'year_on_year', None, NBSNOV, NBS),
        ('247.35 million units', 1, 247.35e6, 'count', 'accumulated output of household air conditioners', None, None, None, JN, NBS),
        ('4.9 percent', 1, 4.9, 'percent', 'accumulated output of household air conditioners', 'increase', 'year_on_year', None, JN, NBS),
        ('98.64 million units', 1, 98.64e6, 'count', 'accumulated output of household refrigerators', None, None, None, JN, NBS),
        ('112.07 million units', 1, 112.07e6, 'count', 'accumulated output of household washing machines', None, None, None, JN, NBS),
        ('180.33 million units', 1, 180.33e6, 'count', 'accumulated output of colour television sets', None, None, None, JN, NBS),
        ('4.2 percent', 1, 4.2, 'percent', 'accumulated output of household refrigerators', 'increase', 'year_on_year', None, JN, NBS),
        ('6.8 percent', 1, 6.8, 'percent', 'accumulated output of household washing machines', 'increase', 'year_on_year', None, JN, NBS),
        ('0.7 percent', 1, 0.7, 'percent', 'accumulated output of colour television sets', 'increase', 'year_on_year', None, JN, NBS),
        ('7.2 percent', 1, 7.2, 'percent', 'value added of the electrical machinery and equipment manufacturing industry', 'increase', 'year_on_year', None, per('In November', 2025, 11), NBS),
        ('1.4 percentage points', 1, 1.4, 'percentage_point', 'value added of the electrical machinery and equipment manufacturing industry', 'increase', 'month_on_month', None, per('In November', 2025, 11), NBS),
        ('3.54 billion units', 1, 3.54e9, 'count', 'exports of household appliances', None, None, None, F11, GACC),
        ('3.2 percent', 1, 3.2, 'percent', 'exports of household appliances', 'increase', None, None, F11, GACC),
        ('92.1 billion US dollars', 1, 92.1e9, 'USD', 'export value of household appliances', None, None, None, F11, GACC),
        ('1.5 percent', 1, 1.5, 'percent', 'export value of household appliances', 'decrease', None, None, F11, GACC),
        ('120 million units', 1, 120e6, 'count', 'household appliances sold under the consumer goods trade-in programme', None, None, 'more_than', P('from January to November', '2025-01-01', '2025-11-30'), MOFCOM),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
