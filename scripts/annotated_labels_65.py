# ruff: noqa: E501, RUF001
"""Write corpus/annotated_65/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_65.py corpus/annotated_65
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
DOC = "U.S. Department of Commerce"
IBGE = "Brazilian Institute of Geography and Statistics"
BCB = "Central Bank of Brazil"
NAR = "National Association of Realtors"
DJ = "Dow Jones"
FM = "Freddie Mac"
MBA = "Mortgage Bankers Association"
ABS = "Australian Bureau of Statistics"
RBA = "Reserve Bank of Australia"
STC = "Statistics Canada"
TE = "Trading Economics"
UNICA = "Brazilian Sugarcane Industry Association"
ISMA = "Indian Sugar & Bio-energy Manufacturers Association"
GOI = "Government of India"
EAFO = "European Alternative Fuels Observatory"
MOFCOM = "Ministry of Commerce"

# 6501 ONS GDP first quarterly estimate (ref Thursday 2026-02-12)
Q4L = Q("in Quarter 4 (Oct to Dec) 2025", 2025, 4)
Q3L = Q("in Quarter 3 (July to Sept) 2025", 2025, 3)
Q4S = Q("in Quarter 4 2025", 2025, 4)
LQ = Q("in the latest quarter", 2025, 4)
T3D = P("in the three months to December 2025", "2025-10-01", "2025-12-31")
DEC25 = per("In December 2025", 2025, 12)
NOV25 = per("in November 2025", 2025, 11)
Q3R = Q("Quarter 3 2025", 2025, 3)
# 6502 Reuters 1987 (ref Thursday 1987-04-02)
FEBH = per("IN FEBRUARY", 1987, 2)
FEB = per("in February", 1987, 2)
JAN = per("in January", 1987, 1)
# 6503 Reuters 2025 (ref Thursday 2026-01-15)
BNOV = per("in November", 2025, 11)
BOCT = per("in October", 2025, 10)
# 6504 CNBC (ref Thursday 2026-01-29)
CDEC = per("in December", 2025, 12)
CNOV = per("November's", 2025, 11)
TW = P("this week", "2026-01-26", "2026-02-01")
WK23 = P("in the week ending Jan. 23", "2026-01-17", "2026-01-23")
# 6505 MT Newswires (ref Friday 2026-01-09)
ANOV = per("in November", 2025, 11)
AOCT = per("October's", 2025, 10)
# 6506 Trading Economics (ref Friday 2025-11-28)
TQ = Q("in the third quarter of 2025", 2025, 3)
TQ2 = Q("in Q2", 2025, 2)
# 6507 Investing.com (ref Tuesday 2026-01-13)
ET = P("By 09:55 ET", None, None)
H2D = P("in the second half of December", "2025-12-16", "2025-12-31")
SEAS = P("In the 2025/26 season through the end of December", "2025-04-01", "2025-12-31")
ICP = P("between Oct. 1 and Jan. 11", "2025-10-01", "2026-01-11")
FQ = Q("fourth-quarter", 2025, 4)
# 6508 Business Standard (ref Tuesday 2026-03-17)
FTS = P("for the season", "2025-10-01", "2026-09-30")
TILL = P("till March 15", "2025-10-01", "2026-03-15")
SEA2 = P("season's", "2025-10-01", "2026-09-30")
ESY = P("for the 2025-26 ethanol supply year (November-October)", "2025-11-01", "2026-10-31")
# 6509 DG ENER (ref Wednesday 2026-01-28)
EQ3 = P("At the end of the third quarter of 2025", "2025-09-30", "2025-09-30")
ES = P("at the end of September", "2025-09-30", "2025-09-30")
INQ = Q("in the quarter", 2025, 3)
# 6510 NBS / MOFCOM (ref Friday 2024-11-22)
JO = P("From January to October 2024", "2024-01-01", "2024-10-31")
SP = P("In the same period", "2024-01-01", "2024-10-31")
F10 = P("in the first ten months", "2024-01-01", "2024-10-31")
OA = per("In October", 2024, 10)
EO = P("At the end of October", "2024-10-31", "2024-10-31")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_uk_gdp_quarterly_estimate.txt': [
        ('0.1%', 1, 0.1, 'percent', 'UK gross domestic product', 'increase', 'quarter_on_quarter', None, Q4L, None),
        ('0.2%', 1, 0.2, 'percent', 'UK gross domestic product', 'increase', 'quarter_on_quarter', None, Q3L, None),
        ('1.2%', 1, 1.2, 'percent', 'GDP', 'increase', 'year_on_year', None, Q4S, None),
        ('0.1%', 2, 0.1, 'percent', 'real GDP per head', 'decrease', 'quarter_on_quarter', None, LQ, None),
        ('0.6%', 1, 0.6, 'percent', 'real GDP per head', 'increase', 'year_on_year', None, LQ, None),
        ('0.2%', 2, 0.2, 'percent', 'services', 'increase', 'quarter_on_quarter', None, None, None),
        ('0.5%', 1, 0.5, 'percent', 'production', 'decrease', 'quarter_on_quarter', None, None, None),
        ('0.4%', 1, 0.4, 'percent', 'construction', 'increase', 'quarter_on_quarter', None, None, None),
        ('1.1%', 1, 1.1, 'percent', 'information and communication', 'increase', None, None, LQ, ONS),
        ('0.8%', 1, 0.8, 'percent', 'human health activities', 'increase', None, None, LQ, ONS),
        ('0.7%', 1, 0.7, 'percent', 'wholesale and retail trade', 'decrease', None, None, LQ, ONS),
        ('0.9%', 1, 0.9, 'percent', 'manufacturing output', 'decrease', 'period_on_period', None, T3D, ONS),
        ('eight', 1, 8, 'count', 'manufacturing subsectors contracting', None, None, None, T3D, ONS),
        ('1.6%', 1, 1.6, 'percent', 'electricity and gas supply', 'increase', 'period_on_period', None, T3D, ONS),
        ('0.4%', 2, 0.4, 'percent', 'monthly real GDP', 'increase', 'month_on_month', None, DEC25, ONS),
        ('0.2%', 3, 0.2, 'percent', 'monthly real GDP', 'decrease', 'month_on_month', None, NOV25, ONS),
        ('0.3%', 1, 0.3, 'percent', 'monthly real GDP', 'decrease', 'month_on_month', None, NOV25, ONS),
        ('1.4%', 1, 1.4, 'percent', 'GDP', 'increase', 'year_on_year', None, Y('in 2025', 2025), ONS),
        ('1.1%', 2, 1.1, 'percent', 'GDP', None, 'year_on_year', None, Y('in 2024', 2024), ONS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'GDP growth revision', 'increase', None, None, Q3R, ONS),
        ('0.1%', 3, 0.1, 'percent', 'GDP growth', None, None, None, Q3R, ONS),
        ('£752.8 billion', 1, 752.8e9, 'GBP', 'GDP in current prices', None, None, 'approximately', Q4S, ONS),
        ('3.6%', 1, 3.6, 'percent', 'implied GDP deflator', 'increase', 'year_on_year', None, Q4S, ONS),
    ],
    'wire_1987_us_factory_orders.txt': [
        ('1.9 PCT', 1, 1.9, 'percent', 'U.S. factory orders', 'decrease', None, None, FEBH, None),
        ('3.6 billion dlrs', 1, 3.6e9, 'USD', 'new orders for manufactured goods', 'decrease', 'month_on_month', None, FEB, DOC),
        ('1.9 pct', 1, 1.9, 'percent', 'new orders for manufactured goods', 'decrease', 'month_on_month', None, FEB, DOC),
        ('187.5 billion dlrs', 1, 187.5e9, 'USD', 'new orders for manufactured goods', 'decrease', None, None, FEB, DOC),
        ('4.3 pct', 1, 4.3, 'percent', 'new orders for manufactured goods', 'decrease', None, None, JAN, DOC),
        ('4.0 pct', 1, 4.0, 'percent', 'new orders for manufactured goods', 'decrease', None, None, JAN, DOC),
        ('2.8 pct', 1, 2.8, 'percent', 'orders for durable goods', 'decrease', None, None, FEB, DOC),
        ('102.4 billion dlrs', 1, 102.4e9, 'USD', 'orders for durable goods', 'decrease', None, None, FEB, DOC),
        ('3.0 pct', 1, 3.0, 'percent', 'orders for durable goods', 'decrease', None, None, FEB, DOC),
        ('0.8 pct', 1, 0.8, 'percent', 'nondurable goods orders', 'decrease', None, None, FEB, DOC),
        ('85.1 billion', 1, 85.1e9, 'USD', 'nondurable goods orders', 'decrease', None, None, FEB, DOC),
        ('1.2 pct', 1, 1.2, 'percent', 'new orders excluding defense', 'decrease', None, None, None, DOC),
        ('3.9 pct', 1, 3.9, 'percent', 'new orders excluding defense', 'decrease', None, None, per('January', 1987, 1), DOC),
        ('1.7 billion dlrs', 1, 1.7e9, 'USD', 'factory shipments', 'increase', None, None, FEB, DOC),
        ('0.9 pct', 1, 0.9, 'percent', 'factory shipments', 'increase', None, None, FEB, DOC),
        ('190.3 billion dlrs', 1, 190.3e9, 'USD', 'factory shipments', 'increase', None, None, FEB, DOC),
        ('2.1 pct', 1, 2.1, 'percent', 'factory shipments', 'decrease', None, None, JAN, DOC),
        ('0.2 pct', 1, 0.2, 'percent', 'inventories of manufactured goods', 'decrease', None, None, None, DOC),
        ('265.8 billion dlrs', 1, 265.8e9, 'USD', 'inventories of manufactured goods', 'decrease', None, None, None, DOC),
        ('0.4 pct', 1, 0.4, 'percent', 'backlog of unfilled orders', 'increase', None, None, None, DOC),
        ('372.6 billion dlrs', 1, 372.6e9, 'USD', 'backlog of unfilled orders', 'increase', None, None, None, DOC),
        ('1.40', 1, 1.40, 'times', 'ratio of inventories to shipments', 'decrease', None, None, None, DOC),
        ('1.42', 1, 1.42, 'times', 'ratio of inventories to shipments', None, None, None, JAN, DOC),
        ('9.3 pct', 1, 9.3, 'percent', 'orders for transportation equipment', 'decrease', None, None, None, DOC),
        ('2.1 pct', 2, 2.1, 'percent', 'orders for primary metals', 'decrease', None, None, None, DOC),
        ('1.4 pct', 1, 1.4, 'percent', 'electrical machinery orders', 'increase', None, None, None, DOC),
        ('12.8 billion', 1, 12.8e9, 'USD', 'electrical machinery orders', 'increase', None, None, None, DOC),
    ],
    'wire_2025_brazil_retail_sales_ibge.txt': [
        ('1.1%', 1, 1.1, 'percent', "Brazil's retail sales volumes", 'increase', 'month_on_month', None, BNOV, IBGE),
        ('0.4%', 1, 0.4, 'percent', 'retail sales volumes', None, 'month_on_month', None, BNOV, 'Reuters'),
        ('0.5%', 1, 0.5, 'percent', 'retail sales volumes', 'decrease', 'month_on_month', None, BOCT, IBGE),
        ('2.6%', 1, 2.6, 'percent', 'sales', 'increase', 'year_on_year', None, BNOV, IBGE),
        ('1.3%', 1, 1.3, 'percent', 'sales', 'increase', 'year_on_year', None, BNOV, None),
        ('0.8%', 1, 0.8, 'percent', 'broad retail sales', 'increase', 'month_on_month', None, BNOV, IBGE),
        ('1.9%', 1, 1.9, 'percent', 'broad retail sales', 'increase', 'year_on_year', None, BNOV, IBGE),
        ('Seven', 1, 7, 'count', 'activities posting monthly gains', None, None, None, None, IBGE),
        ('6.4%', 1, 6.4, 'percent', 'office, IT and communications equipment', 'increase', 'month_on_month', None, None, IBGE),
        ('3.2%', 1, 3.2, 'percent', 'furniture and household appliances', 'increase', 'month_on_month', None, None, IBGE),
        ('0.3%', 1, 0.3, 'percent', 'supermarket sales', 'increase', 'month_on_month', None, None, IBGE),
        ('1.8%', 1, 1.8, 'percent', 'retail volumes', 'increase', 'year_on_year', None, P('In the first 11 months of the year', '2025-01-01', '2025-11-30'), IBGE),
        ('2.0%', 1, 2.0, 'percent', 'retail volumes', 'increase', 'year_on_year', None, P('in the 12 months through November', '2024-12-01', '2025-11-30'), IBGE),
        ('15%', 1, 15, 'percent', 'Selic benchmark rate', None, None, None, P('since June', '2025-06-01', '2026-01-15'), BCB),
        ('2.2%', 1, 2.2, 'percent', 'gross domestic product', 'increase', None, None, Y('in 2025', 2025), BCB),
        ('1.8%', 2, 1.8, 'percent', 'gross domestic product', 'increase', None, None, Y('in 2026', 2026), BCB),
    ],
    'cnbc_style_pending_home_sales_mortgage_rates.txt': [
        ('3.1%', 1, 3.1, 'percent', 'pending home sales', 'decrease', None, None, CDEC, None),
        ('3.1%', 2, 3.1, 'percent', 'contract signings on existing homes', 'decrease', 'month_on_month', None, CDEC, NAR),
        ('0.5%', 1, 0.5, 'percent', 'contract signings on existing homes', 'decrease', 'month_on_month', None, CDEC, DJ),
        ('71.4', 1, 71.4, 'index_point', 'Pending Home Sales Index', 'decrease', None, None, CDEC, NAR),
        ('73.7', 1, 73.7, 'index_point', 'Pending Home Sales Index', 'increase', None, None, CNOV, NAR),
        ('73.3', 1, 73.3, 'index_point', 'Pending Home Sales Index', None, None, None, CNOV, NAR),
        ('1.8%', 1, 1.8, 'percent', 'signings', 'increase', 'year_on_year', None, CDEC, NAR),
        ('6.2%', 1, 6.2, 'percent', 'contracts in the Northeast', 'decrease', 'month_on_month', None, None, NAR),
        ('4.5%', 1, 4.5, 'percent', 'contracts in the West', 'decrease', 'month_on_month', None, None, NAR),
        ('2.7%', 1, 2.7, 'percent', 'contracts in the South', 'decrease', 'month_on_month', None, None, NAR),
        ('0.9%', 1, 0.9, 'percent', 'contracts in the Midwest', 'increase', 'month_on_month', None, None, NAR),
        ('three', 1, 3, 'count', 'regions where signings rose', None, None, None, None, NAR),
        ('11%', 1, 11, 'percent', 'existing-home sales', 'increase', None, None, Y('this year', 2026), NAR),
        ('6.09%', 1, 6.09, 'percent', 'average rate on the 30-year fixed loan', 'decrease', None, None, TW, FM),
        ('6.16%', 1, 6.16, 'percent', 'average rate on the 30-year fixed loan', None, None, None, P('last week', '2026-01-19', '2026-01-25'), FM),
        ('6.95%', 1, 6.95, 'percent', 'average rate on the 30-year fixed loan', None, None, None, P('a year ago', '2025-01-27', '2025-02-02'), FM),
        ('5.38%', 1, 5.38, 'percent', '15-year fixed', None, None, None, TW, FM),
        ('4 basis points', 1, 4, 'basis_point', '15-year fixed', 'decrease', 'period_on_period', None, TW, FM),
        ('2.7%', 2, 2.7, 'percent', 'total mortgage application volume', 'increase', 'period_on_period', None, WK23, MBA),
        ('5%', 1, 5, 'percent', 'refinance applications', 'increase', 'period_on_period', None, WK23, MBA),
        ('1%', 1, 1, 'percent', 'purchase applications', 'decrease', 'period_on_period', None, WK23, MBA),
        ('54.8%', 1, 54.8, 'percent', 'refinance share of all applications', None, None, None, WK23, MBA),
    ],
    'mt_newswires_australia_retail_trade.txt': [
        ('1.0%', 1, 1.0, 'percent', 'Australian retail sales', 'increase', None, None, ANOV, None),
        ('1.0%', 2, 1.0, 'percent', "Australia's retail turnover", 'increase', 'month_on_month', None, ANOV, ABS),
        ('0.6%', 1, 0.6, 'percent', 'retail turnover', 'increase', 'month_on_month', None, ANOV, None),
        ('0.4%', 1, 0.4, 'percent', 'retail turnover', 'increase', 'month_on_month', None, AOCT, ABS),
        ('0.3%', 1, 0.3, 'percent', 'retail turnover', None, 'month_on_month', None, AOCT, ABS),
        ('A$38.21 billion', 1, 38.21e9, 'AUD', 'turnover', None, None, None, ANOV, ABS),
        ('4.9%', 1, 4.9, 'percent', 'turnover', 'increase', 'year_on_year', None, ANOV, ABS),
        ('2.8%', 1, 2.8, 'percent', 'household goods retailing', 'increase', 'month_on_month', None, None, ABS),
        ('2.1%', 1, 2.1, 'percent', 'clothing, footwear and personal accessory retailing', 'increase', 'month_on_month', None, None, ABS),
        ('1.5%', 1, 1.5, 'percent', 'department stores', 'increase', 'month_on_month', None, None, ABS),
        ('0.2%', 1, 0.2, 'percent', 'food retailing', 'increase', 'month_on_month', None, None, ABS),
        ('0.1%', 1, 0.1, 'percent', 'cafes, restaurants and takeaway food services', 'decrease', 'month_on_month', None, None, ABS),
        ('1.4%', 1, 1.4, 'percent', 'turnover in Victoria', 'increase', None, None, ANOV, ABS),
        ('1.2%', 1, 1.2, 'percent', 'turnover in New South Wales', 'increase', None, None, ANOV, ABS),
        ('0.8%', 1, 0.8, 'percent', 'turnover in Queensland', 'increase', None, None, ANOV, ABS),
        ('0.5%', 1, 0.5, 'percent', 'turnover in Western Australia', 'increase', None, None, ANOV, ABS),
        ('0.3%', 2, 0.3, 'percent', 'turnover in Tasmania', 'decrease', None, None, ANOV, ABS),
        ('3.60%', 1, 3.60, 'percent', 'cash rate', None, None, None, per('in December', 2025, 12), RBA),
        ('30%', 1, 30, 'percent', 'chance of an RBA rate hike', None, None, 'approximately', P('at its February meeting', '2026-02-01', '2026-02-28'), None),
    ],
    'trading_economics_style_canada_gdp_growth_annualized.txt': [
        ('2.6%', 1, 2.6, 'percent', 'Canadian economy', 'increase', 'quarter_on_quarter', None, TQ, STC),
        ('1.8%', 1, 1.8, 'percent', 'Canadian economy', 'decrease', 'quarter_on_quarter', None, TQ2, STC),
        ('0.5%', 1, 0.5, 'percent', 'Canadian economy', None, 'quarter_on_quarter', None, TQ, None),
        ('0.6%', 1, 0.6, 'percent', 'GDP', 'increase', 'quarter_on_quarter', None, TQ, STC),
        ('0.5%', 2, 0.5, 'percent', 'GDP', 'decrease', 'quarter_on_quarter', None, Q('in the previous three months', 2025, 2), STC),
        ('0.8%', 1, 0.8, 'percent', 'exports', 'increase', 'quarter_on_quarter', None, TQ, STC),
        ('2.2%', 1, 2.2, 'percent', 'imports', 'decrease', 'quarter_on_quarter', None, TQ, STC),
        ('1.9 percentage points', 1, 1.9, 'percentage_point', 'net trade contribution to growth', 'increase', None, 'approximately', TQ, STC),
        ('2.9%', 1, 2.9, 'percent', 'government capital investment', 'increase', 'quarter_on_quarter', None, TQ, STC),
        ('0.1%', 1, 0.1, 'percent', 'household spending', 'increase', 'quarter_on_quarter', None, TQ, STC),
        ('0.4%', 1, 0.4, 'percent', 'business investment in machinery and equipment', 'decrease', 'quarter_on_quarter', None, TQ, STC),
        ('1.6%', 1, 1.6, 'percent', 'housing investment', 'increase', 'quarter_on_quarter', None, TQ, STC),
        ('4.6%', 1, 4.6, 'percent', 'household saving rate', 'decrease', None, None, TQ, STC),
        ('5.0%', 1, 5.0, 'percent', 'household saving rate', None, None, None, TQ2, STC),
        ('1.1%', 1, 1.1, 'percent', 'GDP', 'increase', 'year_on_year', None, TQ, STC),
        ('3.02 percent', 1, 3.02, 'percent', 'GDP Growth Rate in Canada average', None, None, None, P('from 1961 until 2025', '1961-01-01', '2025-12-31'), STC),
        ('41.40 percent', 1, 41.40, 'percent', 'GDP Growth Rate in Canada all time high', None, None, None, Q('in the third quarter of 2020', 2020, 3), STC),
        ('-37.50 percent', 1, -37.50, 'percent', 'GDP Growth Rate in Canada record low', 'decrease', None, None, Q('in the second quarter of 2020', 2020, 2), STC),
        ('1.20 percent', 1, 1.20, 'percent', 'GDP Growth Rate in Canada', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('1.60 percent', 1, 1.60, 'percent', 'Canada GDP Growth Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
    ],
    'investing_style_sugar_cocoa_prices.txt': [
        ('0.8%', 1, 0.8, 'percent', 'ICE raw sugar #11 for March delivery', 'increase', None, None, ET, None),
        ('14.86 cents', 1, 0.1486, 'USD', 'ICE raw sugar #11 for March delivery', 'increase', None, None, ET, None),
        ('0.5%', 1, 0.5, 'percent', 'London white sugar #5', 'increase', None, None, ET, None),
        ('$428.70', 1, 428.70, 'USD', 'London white sugar #5', 'increase', None, None, ET, None),
        ('2.3%', 1, 2.3, 'percent', 'New York cocoa for March', 'decrease', None, None, ET, None),
        ('$5,912', 1, 5912, 'USD', 'New York cocoa for March', 'decrease', None, None, ET, None),
        ('1.9%', 1, 1.9, 'percent', 'London cocoa', 'decrease', None, None, ET, None),
        ('£4,236', 1, 4236, 'GBP', 'London cocoa', 'decrease', None, None, ET, None),
        ('45%', 1, 45, 'percent', 'New York cocoa', 'decrease', None, 'approximately', P('since December 2024', '2024-12-01', '2026-01-13'), None),
        ('$12,900', 1, 12900, 'USD', 'New York cocoa record high', None, None, 'more_than', per('December 2024', 2024, 12), None),
        ('3.1 million tons', 1, 3.1e6, 'tonne', 'cane crushed by Centre-South mills', None, None, None, H2D, UNICA),
        ('41%', 1, 41, 'percent', 'cane crushed by Centre-South mills', 'decrease', 'year_on_year', None, H2D, UNICA),
        ('46%', 1, 46, 'percent', 'sugar output', 'decrease', 'year_on_year', None, H2D, UNICA),
        ('118,000 tons', 1, 118000, 'tonne', 'sugar output', 'decrease', None, None, H2D, UNICA),
        ('43.2%', 1, 43.2, 'percent', 'share of cane allocated to sugar production', 'decrease', None, None, H2D, UNICA),
        ('47.9%', 1, 47.9, 'percent', 'share of cane allocated to sugar production', None, None, None, P('a year earlier', '2024-12-16', '2024-12-31'), UNICA),
        ('597.4 million tons', 1, 597.4e6, 'tonne', 'cane processed', None, None, None, SEAS, UNICA),
        ('1.8%', 1, 1.8, 'percent', 'cane processed', 'decrease', 'year_on_year', None, SEAS, UNICA),
        ('40.2 million tons', 1, 40.2e6, 'tonne', 'sugar produced', None, None, None, SEAS, UNICA),
        ('0.9%', 1, 0.9, 'percent', 'sugar produced', 'increase', 'year_on_year', None, SEAS, UNICA),
        ('1.12 million tonnes', 1, 1.12e6, 'tonne', 'Ivory Coast cocoa arrivals at ports', None, None, None, ICP, None),
        ('3%', 1, 3, 'percent', 'Ivory Coast cocoa arrivals at ports', 'decrease', 'year_on_year', None, ICP, None),
        ('1.15 million tonnes', 1, 1.15e6, 'tonne', 'Ivory Coast cocoa arrivals at ports', None, None, None, P('last season', '2024-10-01', '2025-01-11'), None),
        ('5%', 1, 5, 'percent', 'cocoa grindings', 'decrease', None, None, FQ, None),
        ('7%', 1, 7, 'percent', 'cocoa grindings', 'decrease', None, None, FQ, None),
    ],
    'business_standard_style_sugar_exports_isma.txt': [
        ('1 mt', 1, 1e6, 'tonne', 'sugar exports', None, None, None, P('in 2025-26', '2025-10-01', '2026-09-30'), ISMA),
        ('7.5 lakh tonnes', 1, 750000, 'tonne', 'sugar contracted for export', None, None, 'approximately', P('so far in the 2025-26 season (October-September)', '2025-10-01', '2026-03-17'), ISMA),
        ('4.1 lakh tonnes', 1, 410000, 'tonne', 'sugar physically shipped', None, None, None, P('by March 15', '2025-10-01', '2026-03-15'), ISMA),
        ('15 lakh tonnes', 1, 1.5e6, 'tonne', 'sugar exports allowed', None, None, None, FTS, GOI),
        ('9', 1, 900000, 'tonne', 'total exports', None, None, None, FTS, ISMA),
        ('10 lakh tonnes', 1, 1e6, 'tonne', 'total exports', None, None, None, FTS, ISMA),
        ('24.6 million tonnes', 1, 24.6e6, 'tonne', 'gross sugar production', None, None, None, TILL, ISMA),
        ('22.3 mt', 1, 22.3e6, 'tonne', 'gross sugar production', None, None, None, P('in the corresponding period last season', '2024-10-01', '2025-03-15'), ISMA),
        ('10.3 per cent', 1, 10.3, 'percent', 'gross sugar production', 'increase', 'year_on_year', None, TILL, ISMA),
        ('3.2 mt', 1, 3.2e6, 'tonne', 'sugar diverted to ethanol', None, None, None, TILL, ISMA),
        ('2.6 mt', 1, 2.6e6, 'tonne', 'sugar diverted to ethanol', None, None, None, P('a year ago', '2024-10-01', '2025-03-15'), ISMA),
        ('4.5 mt', 1, 4.5e6, 'tonne', 'diversion to ethanol', 'increase', None, None, SEA2, ISMA),
        ('3.5 mt', 1, 3.5e6, 'tonne', 'diversion to ethanol', None, None, None, P('in 2024-25', '2024-10-01', '2025-09-30'), ISMA),
        ('29.5 mt', 1, 29.5e6, 'tonne', 'net output after diversion', None, None, None, SEA2, ISMA),
        ('8.9 mt', 1, 8.9e6, 'tonne', 'output of Uttar Pradesh', None, None, None, TILL, ISMA),
        ('8.4 mt', 1, 8.4e6, 'tonne', 'output of Maharashtra', None, None, None, TILL, ISMA),
        ('4.6 mt', 1, 4.6e6, 'tonne', 'output of Karnataka', None, None, None, TILL, ISMA),
        ('0.8 mt', 1, 0.8e6, 'tonne', 'output of Gujarat', None, None, None, TILL, ISMA),
        ('312', 1, 312, 'count', 'mills crushing', None, None, 'up_to', P('on March 15', '2026-03-15', '2026-03-15'), ISMA),
        ('269', 1, 269, 'count', 'mills crushing', None, None, None, P('a year earlier', '2025-03-15', '2025-03-15'), ISMA),
        ('289 crore litres', 1, 2.89e9, 'litre', 'ethanol allocated from sugar-based feedstocks', None, None, None, ESY, ISMA),
        ('a third', 1, 0.3333, 'fraction', 'sugar-based feedstocks share of total ethanol allocation', None, None, 'approximately', ESY, ISMA),
        ('1,048 crore litres', 1, 1.048e10, 'litre', 'total ethanol allocation', None, None, None, ESY, ISMA),
        ('₹41', 1, 41, 'INR', 'minimum selling price of sugar', 'increase', None, None, None, ISMA),
        ('₹31', 1, 31, 'INR', 'minimum selling price of sugar', None, None, None, P('since February 2019', '2019-02-01', '2026-03-17'), ISMA),
    ],
    'eu_energy_style_ev_charging_points.txt': [
        ('1.08 million', 1, 1.08e6, 'count', 'publicly accessible charging points in the EU', None, None, 'approximately', EQ3, None),
        ('6%', 1, 6, 'percent', 'publicly accessible charging points in the EU', 'increase', 'quarter_on_quarter', None, EQ3, None),
        ('27%', 1, 27, 'percent', 'publicly accessible charging points in the EU', 'increase', 'year_on_year', None, EQ3, None),
        ('196,000', 1, 196000, 'count', 'fast chargers', None, None, 'approximately', EQ3, None),
        ('18%', 1, 18, 'percent', 'fast chargers share of the total', 'increase', None, None, EQ3, None),
        ('15%', 1, 15, 'percent', 'fast chargers share of the total', None, None, None, P('at the end of September 2024', '2024-09-30', '2024-09-30'), None),
        ('192,000', 1, 192000, 'count', 'public points in the Netherlands', None, None, None, ES, EAFO),
        ('171,000', 1, 171000, 'count', 'public points in Germany', None, None, None, ES, EAFO),
        ('163,000', 1, 163000, 'count', 'public points in France', None, None, None, ES, EAFO),
        ('half', 1, 0.5, 'fraction', "Netherlands, Germany and France share of the EU's charging network", None, None, 'more_than', ES, EAFO),
        ('1,000', 1, 1000, 'count', 'public charging points in Cyprus and Malta', None, None, 'less_than', ES, EAFO),
        ('21', 1, 21, 'count', 'charging points per 100 km of road', None, None, None, None, EAFO),
        ('0.8', 1, 0.8, 'count', 'charging points per 100 km of road in Lithuania', None, None, None, None, EAFO),
        ('158', 1, 158, 'count', 'charging points per 100 km of road in the Netherlands', None, None, None, None, EAFO),
        ('11%', 1, 11, 'percent', 'ultra-fast points', 'increase', 'quarter_on_quarter', None, INQ, EAFO),
        ('3,400', 1, 3400, 'count', 'ultra-fast points in Germany', 'increase', 'quarter_on_quarter', None, INQ, EAFO),
        ('2,900', 1, 2900, 'count', 'ultra-fast points in France', 'increase', 'quarter_on_quarter', None, INQ, EAFO),
        ('13', 1, 13, 'count', 'battery electric cars per public charging point', 'increase', None, None, Q('in Q3 2025', 2025, 3), EAFO),
        ('12', 1, 12, 'count', 'battery electric cars per public charging point', None, None, None, Q('in Q2 2025', 2025, 2), EAFO),
        ('1.3 kW', 1, 1.3, 'kilowatt', 'publicly available charging power per battery electric car', None, None, None, None, None),
        ('22', 2, 22, 'count', 'Member States meeting the AFIR target', None, None, None, ES, EAFO),
    ],
    'nbs_style_fdi_outbound_investment.txt': [
        ('134.9 billion US dollars', 1, 134.9e9, 'USD', "China's outward direct investment (ODI)", None, None, None, JO, MOFCOM),
        ('10.6 percent', 1, 10.6, 'percent', "China's outward direct investment (ODI)", 'increase', 'year_on_year', None, JO, MOFCOM),
        ('9,412', 1, 9412, 'count', 'overseas enterprises receiving non-financial direct investment', None, None, None, JO, MOFCOM),
        ('151', 1, 151, 'count', 'countries and regions receiving non-financial direct investment', None, None, None, JO, MOFCOM),
        ('116.3 billion US dollars', 1, 116.3e9, 'USD', 'non-financial direct investment', None, None, None, JO, MOFCOM),
        ('828.4 billion yuan', 1, 828.4e9, 'CNY', 'non-financial direct investment', None, None, None, JO, MOFCOM),
        ('11.2 percent', 1, 11.2, 'percent', 'non-financial direct investment', 'increase', 'year_on_year', None, JO, MOFCOM),
        ('27.6 billion US dollars', 1, 27.6e9, 'USD', 'non-financial direct investment in countries along the Belt and Road', None, None, None, SP, MOFCOM),
        ('5.4 percent', 1, 5.4, 'percent', 'non-financial direct investment in countries along the Belt and Road', 'increase', 'year_on_year', None, SP, MOFCOM),
        ('23.7 percent', 1, 23.7, 'percent', 'Belt and Road countries share of non-financial direct investment', None, None, None, SP, MOFCOM),
        ('42.8 billion', 1, 42.8e9, 'USD', 'investment in leasing and business services', None, None, None, None, MOFCOM),
        ('19.6 billion', 1, 19.6e9, 'USD', 'investment in manufacturing', None, None, None, None, MOFCOM),
        ('14.3 billion US dollars', 1, 14.3e9, 'USD', 'investment in wholesale and retail trade', None, None, None, None, MOFCOM),
        ('12.9 percent', 1, 12.9, 'percent', 'investment in manufacturing', 'increase', 'year_on_year', None, None, MOFCOM),
        ('4.1 percent', 1, 4.1, 'percent', 'investment in information transmission, software and information technology services', 'decrease', 'year_on_year', None, None, MOFCOM),
        ('128.3 billion US dollars', 1, 128.3e9, 'USD', 'turnover of foreign contracted projects', None, None, None, F10, MOFCOM),
        ('3.9 percent', 1, 3.9, 'percent', 'turnover of foreign contracted projects', 'increase', 'year_on_year', None, F10, MOFCOM),
        ('181.5 billion US dollars', 1, 181.5e9, 'USD', 'value of newly signed contracts', None, None, None, F10, MOFCOM),
        ('0.8 percent', 1, 0.8, 'percent', 'value of newly signed contracts', 'decrease', 'year_on_year', None, F10, MOFCOM),
        ('102.6 billion', 1, 102.6e9, 'USD', 'turnover in Belt and Road countries', None, None, None, F10, MOFCOM),
        ('155.7 billion US dollars', 1, 155.7e9, 'USD', 'new contracts in Belt and Road countries', None, None, None, F10, MOFCOM),
        ('80.0 percent', 1, 80.0, 'percent', 'Belt and Road countries share of turnover', None, None, None, F10, MOFCOM),
        ('85.8 percent', 1, 85.8, 'percent', 'Belt and Road countries share of new contracts', None, None, None, F10, MOFCOM),
        ('10.7 billion US dollars', 1, 10.7e9, 'USD', 'non-financial ODI', None, None, None, OA, MOFCOM),
        ('6.2 percent', 1, 6.2, 'percent', 'non-financial ODI', 'decrease', 'year_on_year', None, OA, MOFCOM),
        ('14.4 percent', 1, 14.4, 'percent', 'non-financial ODI', 'decrease', 'month_on_month', None, OA, MOFCOM),
        ('401,000', 1, 401000, 'count', 'workers employed abroad in labour services', None, None, None, EO, MOFCOM),
        ('16,000', 1, 16000, 'count', 'workers employed abroad in labour services', 'increase', 'year_on_year', 'approximately', EO, MOFCOM),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
