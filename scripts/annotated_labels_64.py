# ruff: noqa: E501, RUF001
"""Write corpus/annotated_64/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_64.py corpus/annotated_64
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
JMTBA = "Japan Machine Tool Builders' Association"
MOC = "Ministry of Commerce"
REU = "Reuters"
DOC = "U.S. Department of Commerce"
BLS = "U.S. Bureau of Labor Statistics"
DJ = "Dow Jones"
BBG = "Bloomberg"
FACTSET = "FactSet"
CBK = "Central Bank of Kenya"
KNBS = "Kenya National Bureau of Statistics"
GOK = "Government of Kenya"
TE = "Trading Economics"
GAC = "General Administration of Customs"
ANZ = "ANZ"
RBI = "Reserve Bank of India"
BOB = "Bank of Baroda"
EUROSTAT = "Eurostat"
NBS = "National Bureau of Statistics"

# 6401 ONS consumer price inflation (ref Wednesday 2025-04-16)
M12 = per("in the 12 months to March 2025", 2025, 3)
F12 = per("in the 12 months to February 2025", 2025, 2)
MAR25 = per("in March 2025", 2025, 3)
FEB = per("in February", 2025, 2)
YTM = per("in the year to March 2025", 2025, 3)
BFM = per("between February and March 2025", 2025, 3)
# 6402 Reuters 1987 (ref Tuesday 1987-04-21)
JMAR = per("in March", 1987, 3)
JFEB = per("February", 1987, 2)
FY86 = P("For the fiscal year ended March 31", "1986-04-01", "1987-03-31")
# 6403 Reuters 2025 (ref Friday 2025-07-25)
JUN = per("in June", 2025, 6)
LM = per("last month", 2025, 6)
JJ = P("For the January-June period", "2025-01-01", "2025-06-30")
# 6404 CNBC (ref Tuesday 2025-11-25)
SEP = per("in September", 2025, 9)
# 6405 MT Newswires (ref Friday 2025-09-12)
JUL = per("in July", 2025, 7)
TMJ = P("In the three months to July", "2025-05-01", "2025-07-31")
OTP = P("over the period", "2025-05-01", "2025-07-31")
# 6406 Trading Economics (ref Tuesday 2025-12-09)
DECM = per("at its December 2025 meeting", 2025, 12)
NOV = per("in November", 2025, 11)
OCT = per("in October", 2025, 10)
# 6407 Investing.com (ref Monday 2025-12-08)
ET = P("By 02:35 ET", None, None)
INOV = per("in November", 2025, 11)
# 6408 Business Standard (ref Friday 2025-12-05)
WK = P("in the week ended November 28", "2025-11-22", "2025-11-28")
DW = P("during the week", "2025-11-22", "2025-11-28")
PWK = P("In the preceding week", "2025-11-15", "2025-11-21")
ESEP = P("at the end of September", "2025-09-30", "2025-09-30")
NWK = P("next week", "2025-12-08", "2025-12-14")
# 6409 DG ENER (ref Monday 2025-10-20)
H1 = P("in the first half of 2025", "2025-01-01", "2025-06-30")
YE = P("a year earlier", "2024-01-01", "2024-06-30")
FHY = P("in the first half of the year", "2025-01-01", "2025-06-30")
H1B = P("in H1 2025", "2025-01-01", "2025-06-30")
H1C = P("In H1 2025", "2025-01-01", "2025-06-30")
# 6410 NBS (ref Friday 2024-10-18)
F3Q = P("In the first three quarters of 2024", "2024-01-01", "2024-09-30")
F3QB = P("in the first three quarters", "2024-01-01", "2024-09-30")
JS = P("From January to September", "2024-01-01", "2024-09-30")
TQ = Q("In the third quarter", 2024, 3)

CPIH = "Consumer Prices Index including owner occupiers' housing costs (CPIH)"
DI = "per capita disposable income of"
CE = "per capita consumption expenditure of"
LCV = "share of EU lithium carbonate import volumes"
LHI = "share of EU lithium hydroxide imports"

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_uk_inflation_cpih.txt': [
        ('3.4%', 1, 3.4, 'percent', CPIH, 'increase', 'year_on_year', None, M12, None),
        ('3.7%', 1, 3.7, 'percent', CPIH, None, 'year_on_year', None, F12, None),
        ('0.2%', 1, 0.2, 'percent', 'CPIH', 'increase', 'month_on_month', None, MAR25, None),
        ('0.5%', 1, 0.5, 'percent', 'CPIH', 'increase', 'month_on_month', None, per('in March 2024', 2024, 3), None),
        ('2.6%', 1, 2.6, 'percent', 'Consumer Prices Index (CPI)', 'increase', 'year_on_year', None, M12, None),
        ('2.8%', 1, 2.8, 'percent', 'Consumer Prices Index (CPI)', None, 'year_on_year', None, FEB, None),
        ('0.1%', 1, 0.1, 'percent', 'CPI goods annual rate', 'decrease', 'year_on_year', None, MAR25, ONS),
        ('0.6%', 1, 0.6, 'percent', 'CPI goods annual rate', None, 'year_on_year', None, FEB, ONS),
        ('5.0%', 1, 5.0, 'percent', 'CPI services annual rate', None, 'year_on_year', None, FEB, ONS),
        ('4.7%', 1, 4.7, 'percent', 'CPI services annual rate', 'decrease', 'year_on_year', None, MAR25, ONS),
        ('3.4%', 2, 3.4, 'percent', 'Core CPI', 'increase', 'year_on_year', None, M12, ONS),
        ('3.5%', 1, 3.5, 'percent', 'Core CPI', None, 'year_on_year', None, FEB, ONS),
        ('4.1%', 1, 4.1, 'percent', 'core CPIH', 'increase', 'year_on_year', None, M12, ONS),
        ('4.3%', 1, 4.3, 'percent', 'core CPIH', None, 'year_on_year', None, FEB, ONS),
        ('6.9%', 1, 6.9, 'percent', "Owner occupiers' housing costs (OOH)", 'increase', 'year_on_year', None, YTM, ONS),
        ('0.98 percentage points', 1, 0.98, 'percentage_point', 'OOH contribution to the CPIH 12-month rate', None, None, 'approximately', YTM, ONS),
        ('0.7%', 1, 0.7, 'percent', 'prices of recreation and culture', 'decrease', 'month_on_month', None, BFM, ONS),
        ('0.9%', 1, 0.9, 'percent', 'prices of recreation and culture', 'increase', 'month_on_month', None, per('between the same two months a year ago', 2024, 3), ONS),
        ('0.17 percentage points', 1, 0.17, 'percentage_point', 'contribution of recreation and culture to the change in the CPIH annual rate', 'decrease', 'month_on_month', None, BFM, ONS),
        ('1.9 pence', 1, 0.019, 'GBP', 'average price of petrol', 'decrease', 'month_on_month', None, BFM, ONS),
        ('136.5 pence', 1, 1.365, 'GBP', 'average price of petrol', 'decrease', None, None, BFM, ONS),
        ('145.3 pence', 1, 1.453, 'GBP', 'average price of petrol', None, None, None, per('a year earlier', 2024, 3), ONS),
        ('1.8%', 1, 1.8, 'percent', 'clothing and footwear prices', 'increase', 'month_on_month', None, MAR25, ONS),
        ('0.4%', 1, 0.4, 'percent', 'clothing and footwear prices', 'decrease', 'month_on_month', None, per('a year ago', 2024, 3), ONS),
        ('0.09 percentage points', 1, 0.09, 'percentage_point', 'contribution of clothing and footwear', 'increase', 'month_on_month', None, MAR25, ONS),
        ('3.2%', 1, 3.2, 'percent', 'all items Retail Prices Index (RPI) 12-month rate', 'decrease', 'year_on_year', None, MAR25, ONS),
        ('3.4%', 3, 3.4, 'percent', 'all items Retail Prices Index (RPI) 12-month rate', None, 'year_on_year', None, FEB, ONS),
    ],
    'wire_1987_japan_machine_tool_orders.txt': [
        ('9.2 PCT', 1, 9.2, 'percent', 'Japan machine tool orders', 'decrease', None, None, per('IN MARCH', 1987, 3), None),
        ('9.2 pct', 1, 9.2, 'percent', 'Japanese machine tool orders', 'decrease', 'year_on_year', None, JMAR, JMTBA),
        ('68.45 billion yen', 1, 68.45e9, 'JPY', 'Japanese machine tool orders', 'decrease', None, None, JMAR, JMTBA),
        ('14.6 pct', 1, 14.6, 'percent', 'domestic orders', 'decrease', 'year_on_year', None, JMAR, JMTBA),
        ('39.12 billion yen', 1, 39.12e9, 'JPY', 'domestic orders', 'decrease', None, None, JMAR, JMTBA),
        ('0.8 pct', 1, 0.8, 'percent', 'export orders', 'increase', 'year_on_year', None, JMAR, JMTBA),
        ('29.33 billion', 1, 29.33e9, 'JPY', 'export orders', 'increase', None, None, JMAR, JMTBA),
        ('11.3 pct', 1, 11.3, 'percent', 'total orders', 'increase', 'month_on_month', None, JMAR, JMTBA),
        ('61.50 billion yen', 1, 61.50e9, 'JPY', 'orders', 'increase', None, None, JFEB, JMTBA),
        ('61.27 billion', 1, 61.27e9, 'JPY', 'orders', None, None, None, JFEB, JMTBA),
        ('18.1 pct', 1, 18.1, 'percent', 'orders from the machinery industry', 'decrease', 'year_on_year', None, None, JMTBA),
        ('6.4 pct', 1, 6.4, 'percent', 'orders from the automobile industry', 'decrease', 'year_on_year', None, None, JMTBA),
        ('7.73 billion yen', 1, 7.73e9, 'JPY', 'orders from electrical machinery makers', None, None, None, None, JMTBA),
        ('2.2 pct', 1, 2.2, 'percent', 'orders from electrical machinery makers', 'increase', 'year_on_year', None, None, JMTBA),
        ('12.86 billion yen', 1, 12.86e9, 'JPY', 'orders from the United States', None, None, None, None, JMTBA),
        ('6.91 billion', 1, 6.91e9, 'JPY', 'orders from Western Europe', None, None, None, None, JMTBA),
        ('4.5 pct', 1, 4.5, 'percent', 'orders from the United States', 'decrease', None, None, None, JMTBA),
        ('9.7 pct', 1, 9.7, 'percent', 'orders from Western Europe', 'increase', None, None, None, JMTBA),
        ('71.3 pct', 1, 71.3, 'percent', 'numerically controlled machines share of total orders', None, None, None, JMAR, JMTBA),
        ('66.8 pct', 1, 66.8, 'percent', 'numerically controlled machines share of total orders', None, None, None, per('a year earlier', 1986, 3), JMTBA),
        ('794.6 billion yen', 1, 794.6e9, 'JPY', 'orders', None, None, None, FY86, JMTBA),
        ('15.8 pct', 1, 15.8, 'percent', 'orders', 'decrease', 'year_on_year', None, FY86, JMTBA),
        ('820 billion yen', 1, 820e9, 'JPY', 'orders', None, None, 'approximately', P('in the current fiscal year', '1987-04-01', '1988-03-31'), JMTBA),
    ],
    'wire_2025_thailand_exports_customs.txt': [
        ('15%', 1, 15, 'percent', 'shipments', 'increase', None, None, P('first-half', '2025-01-01', '2025-06-30'), None),
        ('13.8%', 1, 13.8, 'percent', "Thailand's exports", 'increase', 'year_on_year', None, JUN, MOC),
        ('9.4%', 1, 9.4, 'percent', 'exports', 'increase', 'year_on_year', None, JUN, REU),
        ('14', 1, 14, 'count', 'economists in a Reuters poll', None, None, None, JUN, REU),
        ('18.4%', 1, 18.4, 'percent', 'exports', 'increase', 'year_on_year', None, per('in May', 2025, 5), MOC),
        ('16.5%', 1, 16.5, 'percent', 'imports', 'increase', 'year_on_year', None, LM, MOC),
        ('$25.14 billion', 1, 25.14e9, 'USD', 'imports', 'increase', None, None, LM, MOC),
        ('12.0%', 1, 12.0, 'percent', 'imports', 'increase', 'year_on_year', None, LM, REU),
        ('$1.16 billion', 1, 1.16e9, 'USD', 'trade surplus', None, None, None, LM, MOC),
        ('15.0%', 1, 15.0, 'percent', 'exports', 'increase', 'year_on_year', None, JJ, MOC),
        ('$166.4 billion', 1, 166.4e9, 'USD', 'exports', 'increase', None, None, JJ, MOC),
        ('11.3%', 1, 11.3, 'percent', 'imports', 'increase', 'year_on_year', None, JJ, MOC),
        ('$161.6 billion', 1, 161.6e9, 'USD', 'imports', 'increase', None, None, JJ, MOC),
        ('41.2%', 1, 41.2, 'percent', 'shipments of computers, parts and other electronics', 'increase', None, None, JUN, MOC),
        ('29.7%', 1, 29.7, 'percent', 'rice exports', 'decrease', None, None, JUN, MOC),
        ('19.1%', 1, 19.1, 'percent', 'rice export volumes', 'decrease', None, None, JUN, MOC),
        ('0.61 million tonnes', 1, 610000, 'tonne', 'rice export volumes', 'decrease', None, None, JUN, MOC),
        ('22.5%', 1, 22.5, 'percent', 'exports to the United States', 'increase', 'year_on_year', None, JUN, MOC),
        ('19.8%', 1, 19.8, 'percent', 'U.S. share of Thai shipments', None, None, None, P('in the first half', '2025-01-01', '2025-06-30'), MOC),
        ('12.1%', 1, 12.1, 'percent', 'China share of Thai shipments', None, None, None, P('in the first half', '2025-01-01', '2025-06-30'), MOC),
        ('7.9%', 1, 7.9, 'percent', 'Japan share of Thai shipments', None, None, None, P('in the first half', '2025-01-01', '2025-06-30'), MOC),
        ('2%', 1, 2, 'percent', 'export growth target', None, None, None, Y('2025', 2025), MOC),
        ('3%', 1, 3, 'percent', 'export growth target', None, None, None, Y('2025', 2025), MOC),
        ('5%', 1, 5, 'percent', 'exports', 'decrease', None, 'up_to', P('in the second half', '2025-07-01', '2025-12-31'), MOC),
        ('36%', 1, 36, 'percent', 'U.S. tariff on Thai goods', None, None, None, None, None),
    ],
    'cnbc_style_us_retail_sales_control_group.txt': [
        ('0.2%', 1, 0.2, 'percent', 'retail sales', 'increase', None, None, SEP, None),
        ('0.2%', 2, 0.2, 'percent', 'retail sales', 'increase', 'month_on_month', None, SEP, DOC),
        ('0.4%', 1, 0.4, 'percent', 'retail sales', None, 'month_on_month', None, SEP, DJ),
        ('0.7%', 1, 0.7, 'percent', 'retail sales', 'increase', 'month_on_month', None, per('the prior month', 2025, 8), DOC),
        ('0.6%', 1, 0.6, 'percent', 'retail sales', 'increase', 'month_on_month', None, per('August', 2025, 8), DOC),
        ('0.3%', 1, 0.3, 'percent', 'sales excluding autos', 'increase', None, None, SEP, DOC),
        ('0.5%', 1, 0.5, 'percent', 'receipts at auto dealers', 'decrease', None, None, SEP, DOC),
        ('0.1%', 1, 0.1, 'percent', 'control group', 'decrease', 'month_on_month', None, SEP, DOC),
        ('0.3%', 2, 0.3, 'percent', 'control group', 'increase', 'month_on_month', None, SEP, None),
        ('4.3%', 1, 4.3, 'percent', 'retail sales', 'increase', 'year_on_year', None, SEP, DOC),
        ('1.1%', 1, 1.1, 'percent', 'sales at nonstore retailers', 'increase', None, None, None, DOC),
        ('0.9%', 1, 0.9, 'percent', 'sales at gasoline stations', 'increase', None, None, None, DOC),
        ('2.4%', 1, 2.4, 'percent', 'sales at sporting goods, hobby, musical instrument and book stores', 'decrease', None, None, None, DOC),
        ('0.7%', 2, 0.7, 'percent', 'sales at bars and restaurants', 'increase', None, None, None, DOC),
        ('$733.3 billion', 1, 733.3e9, 'USD', 'retail sales', None, None, None, per('September', 2025, 9), DOC),
        ('4.1%', 1, 4.1, 'percent', 'receipts', 'increase', 'year_on_year', None, P('for July through September', '2025-07-01', '2025-09-30'), DOC),
        ('3.0%', 1, 3.0, 'percent', 'consumer price index', 'increase', 'year_on_year', None, per('in the 12 months through September', 2025, 9), BLS),
    ],
    'mt_newswires_uk_gdp_monthly.txt': [
        ('0.4%', 1, 0.4, 'percent', 'UK economy', 'increase', 'month_on_month', None, per('in June', 2025, 6), ONS),
        ('0.1%', 1, 0.1, 'percent', 'UK economy', 'decrease', 'month_on_month', None, JUL, BBG),
        ('0.1%', 2, 0.1, 'percent', 'services output', 'increase', 'month_on_month', None, JUL, ONS),
        ('0.9%', 1, 0.9, 'percent', 'production', 'decrease', 'month_on_month', None, JUL, ONS),
        ('1.3%', 1, 1.3, 'percent', 'manufacturing', 'decrease', 'month_on_month', None, JUL, ONS),
        ('0.2%', 1, 0.2, 'percent', 'construction output', 'increase', 'month_on_month', None, JUL, ONS),
        ('0.2%', 2, 0.2, 'percent', 'GDP', 'increase', 'period_on_period', None, TMJ, ONS),
        ('0.3%', 1, 0.3, 'percent', 'GDP', 'increase', 'period_on_period', None, P('in the three months to June', '2025-04-01', '2025-06-30'), ONS),
        ('0.4%', 2, 0.4, 'percent', 'services', 'increase', 'period_on_period', None, OTP, ONS),
        ('0.5%', 1, 0.5, 'percent', 'construction', 'increase', 'period_on_period', None, OTP, ONS),
        ('0.3%', 2, 0.3, 'percent', 'production', 'decrease', 'period_on_period', None, OTP, ONS),
        ('1.4%', 1, 1.4, 'percent', 'GDP', 'increase', 'year_on_year', None, JUL, ONS),
        ('1.2%', 1, 1.2, 'percent', 'GDP', None, 'year_on_year', None, JUL, FACTSET),
        ('4.1%', 1, 4.1, 'percent', 'monthly GDP', 'increase', None, None, P('in February 2020', '2020-02-01', '2025-07-31'), ONS),
        ('0.2%', 3, 0.2, 'percent', 'month-on-month growth', 'decrease', 'month_on_month', None, per('for May', 2025, 5), ONS),
        ('0.1%', 3, 0.1, 'percent', 'month-on-month growth', 'decrease', 'month_on_month', None, per('for May', 2025, 5), ONS),
        ('30%', 1, 30, 'percent', 'chance of a Bank of England rate cut', None, None, 'approximately', per('in November', 2025, 11), None),
        ('$1.3548', 1, 1.3548, 'USD', 'sterling', None, None, None, None, ONS),
    ],
    'trading_economics_style_kenya_interest_rate.txt': [
        ('9%', 1, 9, 'percent', 'policy rate', 'decrease', None, None, None, None),
        ('25 bps', 1, 25, 'basis_point', 'benchmark rate', 'decrease', None, None, DECM, CBK),
        ('9%', 2, 9, 'percent', 'benchmark rate', 'decrease', None, None, DECM, CBK),
        ('375 bps', 1, 375, 'basis_point', 'cumulative easing', 'decrease', None, None, P('since August 2024', '2024-08-01', '2025-12-09'), CBK),
        ('2.5%', 1, 2.5, 'percent', 'inflation target range', None, None, None, None, GOK),
        ('7.5%', 1, 7.5, 'percent', 'inflation target range', None, None, None, None, GOK),
        ('4.6%', 1, 4.6, 'percent', 'annual inflation', 'increase', 'year_on_year', None, NOV, KNBS),
        ('4.5%', 1, 4.5, 'percent', 'annual inflation', None, 'year_on_year', None, OCT, KNBS),
        ('2.4%', 1, 2.4, 'percent', 'core inflation', 'decrease', 'year_on_year', None, NOV, KNBS),
        ('4.2%', 1, 4.2, 'percent', 'private sector credit growth', 'increase', 'year_on_year', None, NOV, CBK),
        ('3.2%', 1, 3.2, 'percent', 'private sector credit growth', None, 'year_on_year', None, OCT, CBK),
        ('5.0%', 1, 5.0, 'percent', 'economy', 'increase', 'year_on_year', None, Q('in the second quarter of 2025', 2025, 2), CBK),
        ('4.9%', 1, 4.9, 'percent', 'economy', None, 'year_on_year', None, Q('in the previous three months', 2025, 1), CBK),
        ('5.2%', 1, 5.2, 'percent', 'growth', 'increase', 'year_on_year', None, Y('for 2025', 2025), CBK),
        ('5.5%', 1, 5.5, 'percent', 'growth', 'increase', 'year_on_year', None, Y('in 2026', 2026), CBK),
        ('10.63 percent', 1, 10.63, 'percent', 'Interest Rate in Kenya average', None, None, None, P('from 2006 until 2025', '2006-01-01', '2025-12-31'), CBK),
        ('18.00 percent', 1, 18.00, 'percent', 'Interest Rate in Kenya all time high', None, None, None, per('in December of 2011', 2011, 12), CBK),
        ('6.00 percent', 1, 6.00, 'percent', 'Interest Rate in Kenya record low', None, None, None, per('in March of 2016', 2016, 3), CBK),
        ('9.00 percent', 1, 9.00, 'percent', 'Interest Rate in Kenya', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('8.75 percent', 1, 8.75, 'percent', 'Kenya Interest Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('8.50 percent', 1, 8.50, 'percent', 'Kenya Interest Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_iron_ore_copper_china_imports.txt': [
        ('0.6%', 1, 0.6, 'percent', 'benchmark three-month copper on the London Metal Exchange', 'increase', None, None, ET, None),
        ('$11,482', 1, 11482, 'USD', 'benchmark three-month copper on the London Metal Exchange', 'increase', None, None, ET, None),
        ('1.2%', 1, 1.2, 'percent', 'most-traded January iron ore contract on the Dalian Commodity Exchange', 'increase', None, None, ET, None),
        ('786.5 yuan', 1, 786.5, 'CNY', 'most-traded January iron ore contract on the Dalian Commodity Exchange', 'increase', None, None, ET, None),
        ('$110.90', 1, 110.90, 'USD', 'most-traded January iron ore contract on the Dalian Commodity Exchange', 'increase', None, None, ET, None),
        ('31%', 1, 31, 'percent', 'copper', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-12-08'), None),
        ('110.5 million metric tons', 1, 110.5e6, 'tonne', "China's iron ore imports", None, None, None, INOV, GAC),
        ('4.9%', 1, 4.9, 'percent', "China's iron ore imports", 'increase', 'month_on_month', None, INOV, GAC),
        ('12.4%', 1, 12.4, 'percent', "China's iron ore imports", 'increase', 'year_on_year', None, INOV, GAC),
        ('1.14 billion tons', 1, 1.14e9, 'tonne', 'iron ore arrivals', None, None, None, P('In the first 11 months', '2025-01-01', '2025-11-30'), GAC),
        ('0.7%', 1, 0.7, 'percent', 'iron ore arrivals', 'increase', 'year_on_year', None, P('In the first 11 months', '2025-01-01', '2025-11-30'), GAC),
        ('488,000 tons', 1, 488000, 'tonne', 'imports of unwrought copper', 'increase', None, None, per('last month', 2025, 11), GAC),
        ('432,000 tons', 1, 432000, 'tonne', 'imports of unwrought copper', None, None, None, per('in October', 2025, 10), GAC),
        ('4.96 million tons', 1, 4.96e6, 'tonne', 'unwrought copper shipments', None, None, None, P('over January-November', '2025-01-01', '2025-11-30'), GAC),
        ('1.8%', 1, 1.8, 'percent', 'unwrought copper shipments', 'decrease', 'year_on_year', None, P('over January-November', '2025-01-01', '2025-11-30'), GAC),
        ('2.93 million tons', 1, 2.93e6, 'tonne', 'copper ore and concentrate arrivals', None, None, None, INOV, GAC),
        ('$98', 1, 98, 'USD', 'iron ore', None, None, None, Y('in 2026', 2026), ANZ),
        ('$11,000', 1, 11000, 'USD', 'copper', None, None, None, Y('in 2026', 2026), ANZ),
    ],
    'business_standard_style_india_gold_reserves_forex.txt': [
        ('$106.9 bn', 1, 106.9e9, 'USD', 'gold reserves', None, None, None, None, None),
        ('$688.1 bn', 1, 688.1e9, 'USD', 'forex kitty', 'increase', None, None, None, None),
        ('$106.86 billion', 1, 106.86e9, 'USD', "value of India's gold reserves", 'increase', None, None, WK, RBI),
        ('$1.03 billion', 1, 1.03e9, 'USD', "country's foreign exchange reserves", 'increase', None, None, WK, RBI),
        ('$688.10 billion', 1, 688.10e9, 'USD', "country's foreign exchange reserves", 'increase', None, None, WK, RBI),
        ('$2.28 billion', 1, 2.28e9, 'USD', 'gold reserves', 'increase', None, None, DW, RBI),
        ('$1.19 billion', 1, 1.19e9, 'USD', 'foreign currency assets (FCAs)', 'decrease', None, None, DW, RBI),
        ('$557.66 billion', 1, 557.66e9, 'USD', 'foreign currency assets (FCAs)', 'decrease', None, None, DW, RBI),
        ('$4.47 billion', 1, 4.47e9, 'USD', 'headline reserves', 'decrease', None, None, PWK, RBI),
        ('$687.07 billion', 1, 687.07e9, 'USD', 'headline reserves', 'decrease', None, None, PWK, RBI),
        ('$52 million', 1, 52e6, 'USD', 'special drawing rights (SDRs)', 'decrease', None, None, None, RBI),
        ('$18.71 billion', 1, 18.71e9, 'USD', 'special drawing rights (SDRs)', 'decrease', None, None, None, RBI),
        ('$9 million', 1, 9e6, 'USD', 'reserve tranche position with the International Monetary Fund (IMF)', 'decrease', None, None, None, RBI),
        ('$4.87 billion', 1, 4.87e9, 'USD', 'reserve tranche position with the International Monetary Fund (IMF)', 'decrease', None, None, None, RBI),
        ('15.5 per cent', 1, 15.5, 'percent', 'gold share of the reserves', 'increase', None, 'approximately', WK, RBI),
        ('11.6 per cent', 1, 11.6, 'percent', 'gold share of the reserves', None, None, None, P('at the end of March', '2025-03-31', '2025-03-31'), RBI),
        ('60 per cent', 1, 60, 'percent', 'bullion prices', 'increase', None, 'approximately', Y('in 2025', 2025), RBI),
        ('880.18 tonnes', 1, 880.18, 'tonne', 'gold held by the RBI', None, None, None, ESEP, RBI),
        ('854.73 tonnes', 1, 854.73, 'tonne', 'gold held by the RBI', None, None, None, P('a year earlier', '2024-09-30', '2024-09-30'), RBI),
        ('575.82 tonnes', 1, 575.82, 'tonne', 'gold held domestically', None, None, None, ESEP, RBI),
        ('290.37 tonnes', 1, 290.37, 'tonne', 'gold held with the Bank of England and the Bank for International Settlements', None, None, None, ESEP, RBI),
        ('$704.89 billion', 1, 704.89e9, 'USD', 'foreign exchange reserves peak', None, None, None, P('on September 27, 2024', '2024-09-27', '2024-09-27'), RBI),
        ('89.96', 1, 89.96, 'INR', 'rupee', None, None, None, P('on Friday', '2025-12-05', '2025-12-05'), RBI),
        ('90.42', 1, 90.42, 'INR', 'rupee all-time low', None, None, None, P('on Wednesday', '2025-12-03', '2025-12-03'), RBI),
        ('4.8 per cent', 1, 4.8, 'percent', 'rupee', 'decrease', None, 'approximately', P('since the start of the year', '2025-01-01', '2025-12-05'), RBI),
        ('89.50', 1, 89.50, 'INR', 'rupee', None, None, None, NWK, BOB),
        ('90.50', 1, 90.50, 'INR', 'rupee', None, None, None, NWK, BOB),
    ],
    'eu_energy_style_lithium_battery_materials_imports.txt': [
        ('38,600 tonnes', 1, 38600, 'tonne', 'EU imports of lithium compounds', None, None, None, H1, EUROSTAT),
        ('14%', 1, 14, 'percent', 'EU imports of lithium compounds', 'increase', 'year_on_year', None, H1, EUROSTAT),
        ('22%', 1, 22, 'percent', 'import bill', 'decrease', 'year_on_year', None, H1, EUROSTAT),
        ('EUR 612 million', 1, 612e6, 'EUR', 'import bill', 'decrease', None, None, H1, EUROSTAT),
        ('EUR 15.9', 1, 15.9, 'EUR', 'average import price', 'decrease', None, 'approximately', H1, EUROSTAT),
        ('EUR 23.4', 1, 23.4, 'EUR', 'average import price', None, None, None, YE, EUROSTAT),
        ('61%', 1, 61, 'percent', 'Chile ' + LCV, None, None, None, FHY, EUROSTAT),
        ('17%', 1, 17, 'percent', 'Argentina ' + LCV, None, None, None, FHY, EUROSTAT),
        ('9%', 1, 9, 'percent', 'China ' + LCV, None, None, None, FHY, EUROSTAT),
        ('52%', 1, 52, 'percent', 'China ' + LHI, None, None, None, FHY, EUROSTAT),
        ('29%', 1, 29, 'percent', 'South Korea ' + LHI, None, None, None, FHY, EUROSTAT),
        ('9%', 2, 9, 'percent', 'imports of cobalt', 'decrease', 'year_on_year', None, H1B, EUROSTAT),
        ('7,450 tonnes', 1, 7450, 'tonne', 'imports of cobalt', 'decrease', None, None, H1B, EUROSTAT),
        ('310 tonnes', 1, 310, 'tonne', 'direct shipments from the Democratic Republic of the Congo', 'decrease', None, None, H1B, EUROSTAT),
        ('1,920 tonnes', 1, 1920, 'tonne', 'direct shipments from the Democratic Republic of the Congo', None, None, None, P('in H1 2024', '2024-01-01', '2024-06-30'), EUROSTAT),
        ('44%', 1, 44, 'percent', "China's share of EU cobalt imports", 'increase', None, None, H1B, EUROSTAT),
        ('26%', 1, 26, 'percent', "China's share of EU cobalt imports", None, None, None, YE, EUROSTAT),
        ('6%', 1, 6, 'percent', 'natural graphite imports', 'increase', 'year_on_year', None, H1C, EUROSTAT),
        ('64,200 tonnes', 1, 64200, 'tonne', 'natural graphite imports', 'increase', None, None, H1C, EUROSTAT),
        ('nine-tenths', 1, 0.9, 'fraction', 'China share of natural graphite imports', None, None, 'approximately', H1C, EUROSTAT),
        ('EUR 10.4 billion', 1, 10.4e9, 'EUR', 'imports of lithium-ion battery cells', None, None, None, H1C, EUROSTAT),
        ('7%', 1, 7, 'percent', 'imports of lithium-ion battery cells', 'decrease', 'year_on_year', None, H1C, EUROSTAT),
        ('three-quarters', 1, 0.75, 'fraction', 'China share of lithium-ion battery cell imports', None, None, 'more_than', H1C, EUROSTAT),
    ],
    'nbs_style_residents_income_first_three_quarters.txt': [
        ('30,941 yuan', 1, 30941, 'CNY', DI + ' residents nationwide', None, None, None, F3Q, NBS),
        ('5.2 percent', 1, 5.2, 'percent', 'nominal ' + DI + ' residents nationwide', 'increase', 'year_on_year', None, F3Q, NBS),
        ('4.9 percent', 1, 4.9, 'percent', 'real ' + DI + ' residents nationwide', 'increase', 'year_on_year', None, F3Q, NBS),
        ('41,183 yuan', 1, 41183, 'CNY', DI + ' urban residents', None, None, None, F3Q, NBS),
        ('4.5 percent', 1, 4.5, 'percent', 'nominal ' + DI + ' urban residents', 'increase', 'year_on_year', None, F3Q, NBS),
        ('4.2 percent', 1, 4.2, 'percent', 'real ' + DI + ' urban residents', 'increase', 'year_on_year', None, F3Q, NBS),
        ('16,740 yuan', 1, 16740, 'CNY', DI + ' rural residents', None, None, None, F3Q, NBS),
        ('6.6 percent', 1, 6.6, 'percent', 'nominal ' + DI + ' rural residents', 'increase', 'year_on_year', None, F3Q, NBS),
        ('6.3 percent', 1, 6.3, 'percent', 'real ' + DI + ' rural residents', 'increase', 'year_on_year', None, F3Q, NBS),
        ('17,727 yuan', 1, 17727, 'CNY', 'per capita wage income of residents nationwide', None, None, None, F3QB, NBS),
        ('5.5 percent', 1, 5.5, 'percent', 'per capita wage income of residents nationwide', 'increase', None, None, F3QB, NBS),
        ('57.3 percent', 1, 57.3, 'percent', 'wage income share of disposable income', None, None, None, F3QB, NBS),
        ('5,247', 1, 5247, 'CNY', 'per capita net business income', None, None, None, F3QB, NBS),
        ('2,638', 1, 2638, 'CNY', 'per capita net property income', None, None, None, F3QB, NBS),
        ('5,329 yuan', 1, 5329, 'CNY', 'per capita net transfer income', None, None, None, F3QB, NBS),
        ('6.2 percent', 1, 6.2, 'percent', 'per capita net business income', 'increase', None, None, F3QB, NBS),
        ('0.7 percent', 1, 0.7, 'percent', 'per capita net property income', 'increase', None, None, F3QB, NBS),
        ('5.0 percent', 1, 5.0, 'percent', 'per capita net transfer income', 'increase', None, None, F3QB, NBS),
        ('25,861 yuan', 1, 25861, 'CNY', 'median ' + DI + ' residents nationwide', None, None, None, None, NBS),
        ('4.7 percent', 1, 4.7, 'percent', 'median ' + DI + ' residents nationwide', 'increase', None, None, None, NBS),
        ('83.6 percent', 1, 83.6, 'percent', 'median as a share of the mean per capita disposable income', None, None, None, None, NBS),
        ('20,631 yuan', 1, 20631, 'CNY', CE + ' residents nationwide', None, None, None, JS, NBS),
        ('6.3 percent', 2, 6.3, 'percent', 'nominal ' + CE + ' residents nationwide', 'increase', 'year_on_year', None, JS, NBS),
        ('6.0 percent', 1, 6.0, 'percent', 'real ' + CE + ' residents nationwide', 'increase', 'year_on_year', None, JS, NBS),
        ('26,300 yuan', 1, 26300, 'CNY', CE + ' urban residents', None, None, None, JS, NBS),
        ('5.2 percent', 2, 5.2, 'percent', CE + ' urban residents', 'increase', 'year_on_year', None, JS, NBS),
        ('13,839 yuan', 1, 13839, 'CNY', CE + ' rural residents', None, None, None, JS, NBS),
        ('7.8 percent', 1, 7.8, 'percent', CE + ' rural residents', 'increase', 'year_on_year', None, JS, NBS),
        ('7.4 percent', 1, 7.4, 'percent', 'per capita service consumption expenditure', 'increase', 'year_on_year', None, TQ, NBS),
        ('1.1 percentage points', 1, 1.1, 'percentage_point', 'growth rate of per capita service consumption expenditure', 'increase', 'quarter_on_quarter', None, TQ, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
