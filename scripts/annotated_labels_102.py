# ruff: noqa: E501, RUF001
"""Write corpus/annotated_102/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_102.py corpus/annotated_102
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
OBR = "Office for Budget Responsibility"
EPA = "Economic Planning Agency"
BOM = "Bank of Mexico"
CHUBB = "Chubb"
FACTSET = "FactSet"
NAR = "National Association of Realtors"
BBG = "Bloomberg"
FM = "Freddie Mac"
KOSTAT = "Statistics Korea"
TE = "Trading Economics"
MYSTEEL = "Mysteel"
GAC = "General Administration of Customs"
MPEDA = "Marine Products Export Development Authority"
EUROSTAT = "Eurostat"
EHP = "Euroheat & Power"
SPB = "State Post Bureau"

# 10201 ONS public sector finances (ref Tuesday 2025-10-21)
EOS25 = P("at the end of September 2025", "2025-09-30", "2025-09-30")
SEP25 = per("in September 2025", 2025, 9)
FYTD = P("in the financial year to September 2025", "2025-04-01", "2025-09-30")
MONTH = per("in the month", 2025, 9)
FIVE = P("in the first five months of the financial year (April to August 2025)", "2025-04-01", "2025-08-31")
FYE25 = P("in FYE March 2025", "2024-04-01", "2025-03-31")
# 10202 Reuters 1987 (ref Tuesday 1987-04-14)
FEB = per("in February", 1987, 2)
JMQ = Q("in the January-March quarter", 1987, 1)
# 10203 Reuters 2025 (ref Monday 2025-11-03)
SEP = per("in September", 2025, 9)
DUR = per("during the month", 2025, 9)
AUG = per("August", 2025, 8)
JS = P("Between January and September", "2025-01-01", "2025-09-30")
TQ = Q("in the third quarter", 2025, 3)
FULL = Y("full-year", 2025)
# 10204 CNBC (ref Tuesday 2025-10-21)
TQ3 = Q("Third-quarter", 2025, 3)
TQ24 = Q("in the third quarter of 2024", 2024, 3)
INQ = Q("in the quarter", 2025, 3)
JSP = Q("in the July-September period", 2025, 3)
# 10205 MT Newswires (ref Wednesday 2025-11-26)
OCT = per("in October", 2025, 10)
SEPT = per("in September", 2025, 9)
IOCT = per("In October", 2025, 10)
NY = Y("next year", 2026)
# 10206 Trading Economics (ref Friday 2025-11-28)
OCT25 = per("in October 2025", 2025, 10)
KOCT = per("in October", 2025, 10)
# 10207 Investing.com (ref Wednesday 2026-01-14)
ET = P("By 03:10 ET", None, None)
DEC = per("in December", 2025, 12)
FRI = P("as of Friday", "2026-01-09", "2026-01-09")
# 10208 Business Standard (ref Thursday 2025-12-04)
HEAD = P("in Apr-Oct", "2025-04-01", "2025-10-31")
AO = P("during April-October of the current financial year (FY26)", "2025-04-01", "2025-10-31")
FY26 = P("in FY26", "2025-04-01", "2026-03-31")
# 10209 DG ENER (ref Wednesday 2026-03-11)
Y24 = Y("in 2024", 2024)
E24 = P("at the end of 2024", "2024-12-31", "2024-12-31")
OUT = P("over 2026-2030", "2026-01-01", "2030-12-31")
# 10210 NBS / State Post Bureau (ref Monday 2024-12-16)
F11 = P("In the first eleven months", "2024-01-01", "2024-11-30")
JN = P("From January to November", "2024-01-01", "2024-11-30")
NOV = per("In November", 2024, 11)
JNR = P("in January-November", "2024-01-01", "2024-11-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_public_sector_net_debt.txt': [
        ('94.8%', 1, 94.8, 'percent', 'public sector net debt excluding public sector banks as a share of GDP', None, None, None, EOS25, None),
        ('1.1 percentage points', 1, 1.1, 'percentage_point', 'public sector net debt excluding public sector banks as a share of GDP', 'increase', 'year_on_year', None, EOS25, None),
        ('£20.2 billion', 1, 20.2e9, 'GBP', 'public sector net borrowing excluding public sector banks', None, None, None, SEP25, None),
        ('£1.6 billion', 1, 1.6e9, 'GBP', 'public sector net borrowing excluding public sector banks', 'increase', 'year_on_year', None, SEP25, None),
        ('£99.8 billion', 1, 99.8e9, 'GBP', 'borrowing', None, None, None, FYTD, None),
        ('£7.2 billion', 1, 7.2e9, 'GBP', 'borrowing', 'increase', 'year_on_year', None, FYTD, None),
        ('£2.4 billion', 1, 2.4e9, 'GBP', 'borrowing', 'decrease', None, None, FYTD, None),
        ('£102.2 billion', 1, 102.2e9, 'GBP', 'borrowing', None, None, None, FYTD, OBR),
        ('£86.4 billion', 1, 86.4e9, 'GBP', 'central government receipts', None, None, None, SEP25, ONS),
        ('£4.9 billion', 1, 4.9e9, 'GBP', 'central government receipts', 'increase', 'year_on_year', None, SEP25, ONS),
        ('6.0%', 1, 6.0, 'percent', 'central government receipts', 'increase', 'year_on_year', None, SEP25, ONS),
        ('£3.7 billion', 1, 3.7e9, 'GBP', 'tax receipts', 'increase', 'year_on_year', None, SEP25, ONS),
        ('£64.1 billion', 1, 64.1e9, 'GBP', 'tax receipts', 'increase', None, None, SEP25, ONS),
        ('£1.5 billion', 1, 1.5e9, 'GBP', 'income tax receipts', 'increase', 'year_on_year', None, SEP25, ONS),
        ('£0.8 billion', 1, 0.8e9, 'GBP', 'VAT receipts', 'increase', 'year_on_year', None, SEP25, ONS),
        ('£1.1 billion', 1, 1.1e9, 'GBP', 'National Insurance contributions', 'increase', 'year_on_year', None, SEP25, ONS),
        ('£100.3 billion', 1, 100.3e9, 'GBP', 'central government expenditure', None, None, None, MONTH, ONS),
        ('4.1%', 1, 4.1, 'percent', 'central government expenditure', 'increase', 'year_on_year', None, MONTH, ONS),
        ('£1.3 billion', 1, 1.3e9, 'GBP', 'interest payable on debt', 'decrease', 'year_on_year', None, MONTH, ONS),
        ('£8.2 billion', 1, 8.2e9, 'GBP', 'interest payable on debt', 'decrease', None, None, MONTH, ONS),
        ('£2,873.9 billion', 1, 2873.9e9, 'GBP', 'PSND ex', None, None, None, EOS25, ONS),
        ('£125.4 billion', 1, 125.4e9, 'GBP', 'PSND ex', 'increase', 'year_on_year', None, EOS25, ONS),
        ('£202.4 billion', 1, 202.4e9, 'GBP', "Bank of England's contribution to debt", None, None, None, EOS25, ONS),
        ('£2,671.5 billion', 1, 2671.5e9, 'GBP', 'PSND ex excluding the Bank of England', None, None, None, EOS25, ONS),
        ('88.1%', 1, 88.1, 'percent', 'PSND ex excluding the Bank of England as a share of GDP', None, None, None, EOS25, ONS),
        ('£3.5 billion', 1, 3.5e9, 'GBP', 'borrowing revision', 'increase', None, None, FIVE, ONS),
        ('£86.9 billion', 1, 86.9e9, 'GBP', 'borrowing', 'increase', None, None, FIVE, ONS),
        ('£151.9 billion', 1, 151.9e9, 'GBP', 'borrowing', None, None, None, FYE25, ONS),
        ('£0.6 billion', 1, 0.6e9, 'GBP', 'borrowing revision', 'decrease', None, None, FYE25, ONS),
    ],
    'wire_1987_japan_machinery_orders.txt': [
        ('8.4 PCT', 1, 8.4, 'percent', 'Japan core machinery orders', 'increase', None, None, per('FEBRUARY', 1987, 2), None),
        ('8.4 pct', 1, 8.4, 'percent', "Japan's private sector machinery orders", 'increase', 'month_on_month', None, FEB, EPA),
        ('752.3 billion yen', 1, 752.3e9, 'JPY', "Japan's private sector machinery orders", 'increase', None, None, FEB, EPA),
        ('five pct', 1, 5, 'percent', 'private sector machinery orders', 'increase', 'month_on_month', 'approximately', FEB, None),
        ('5.1 pct', 1, 5.1, 'percent', 'private sector machinery orders', 'decrease', 'month_on_month', None, per('January', 1987, 1), EPA),
        ('694.0 billion', 1, 694.0e9, 'JPY', 'private sector machinery orders', 'decrease', None, None, per('January', 1987, 1), EPA),
        ('3.7 pct', 1, 3.7, 'percent', 'private sector machinery orders', 'increase', 'year_on_year', None, per('February', 1987, 2), EPA),
        ('12.6 pct', 1, 12.6, 'percent', 'orders from manufacturers', 'increase', 'month_on_month', None, FEB, EPA),
        ('318.5 billion yen', 1, 318.5e9, 'JPY', 'orders from manufacturers', 'increase', None, None, FEB, EPA),
        ('4.2 pct', 1, 4.2, 'percent', 'orders from non-manufacturers', 'increase', 'month_on_month', None, FEB, EPA),
        ('433.0 billion', 1, 433.0e9, 'JPY', 'orders from non-manufacturers', 'increase', None, None, FEB, EPA),
        ('22.5', 1, 22.5, 'percent', 'orders from the electrical machinery industry', 'increase', 'month_on_month', None, FEB, EPA),
        ('9.8 pct', 1, 9.8, 'percent', 'orders from the general machinery industry', 'increase', 'month_on_month', None, FEB, EPA),
        ('7.1 pct', 1, 7.1, 'percent', 'orders from the car industry', 'decrease', 'month_on_month', None, FEB, EPA),
        ('2.3 pct', 1, 2.3, 'percent', 'total orders, including ships and power companies', 'decrease', None, None, None, EPA),
        ('1,064.7 billion yen', 1, 1064.7e9, 'JPY', 'total orders, including ships and power companies', 'decrease', None, None, None, EPA),
        ('18.9 pct', 1, 18.9, 'percent', 'overseas orders', 'decrease', None, None, None, EPA),
        ('121.4 billion yen', 1, 121.4e9, 'JPY', 'overseas orders', 'decrease', None, None, None, EPA),
        ('6.0 pct', 1, 6.0, 'percent', 'government orders', 'decrease', None, None, None, EPA),
        ('98.2 billion', 1, 98.2e9, 'JPY', 'government orders', 'decrease', None, None, None, EPA),
        ('2,184 billion yen', 1, 2184e9, 'JPY', 'private sector machinery orders', None, None, None, JMQ, EPA),
        ('4.8 pct', 1, 4.8, 'percent', 'private sector machinery orders', 'decrease', 'quarter_on_quarter', None, JMQ, EPA),
        ('4,521 companies', 1, 4521, 'count', "companies in the agency's survey", None, None, None, JMQ, EPA),
        ('723.2 billion yen', 1, 723.2e9, 'JPY', 'average monthly orders', None, None, None, P('in the first two months of the year', '1987-01-01', '1987-02-28'), EPA),
        ('2.5 pct', 1, 2.5, 'percent', 'orders', 'increase', 'quarter_on_quarter', None, Q('in April-June', 1987, 2), EPA),
    ],
    'wire_2025_mexico_remittances.txt': [
        ('2.7%', 1, 2.7, 'percent', "Mexico's remittances", 'decrease', None, None, per('September', 2025, 9), None),
        ('2.7%', 2, 2.7, 'percent', 'money sent home by Mexicans working abroad', 'decrease', 'year_on_year', None, SEP, BOM),
        ('$5.02 billion', 1, 5.02e9, 'USD', 'money sent home by Mexicans working abroad', 'decrease', None, None, SEP, BOM),
        ('$4.91 billion', 1, 4.91e9, 'USD', 'money sent home by Mexicans working abroad', None, None, None, SEP, 'Reuters'),
        ('12.9 million', 1, 12.9e6, 'count', 'transfers made by migrants', None, None, None, DUR, BOM),
        ('6.1%', 1, 6.1, 'percent', 'transfers made by migrants', 'decrease', 'year_on_year', None, DUR, BOM),
        ('3.6%', 1, 3.6, 'percent', 'average remittance', 'increase', 'year_on_year', None, DUR, BOM),
        ('$389', 1, 389, 'USD', 'average remittance', 'increase', None, None, DUR, BOM),
        ('$5.59 billion', 1, 5.59e9, 'USD', 'remittance inflows', None, None, None, AUG, BOM),
        ('$5.58 billion', 1, 5.58e9, 'USD', 'remittance inflows', None, None, None, AUG, BOM),
        ('$45.68 billion', 1, 45.68e9, 'USD', 'remittances', None, None, None, JS, BOM),
        ('5.5%', 1, 5.5, 'percent', 'remittances', 'decrease', 'year_on_year', None, JS, BOM),
        ('99.1%', 1, 99.1, 'percent', 'electronic transfers share of remittances', None, None, None, JS, BOM),
        ('$1.48 billion', 1, 1.48e9, 'USD', 'remittances received by Michoacan', None, None, None, TQ, BOM),
        ('$1.41 billion', 1, 1.41e9, 'USD', 'remittances received by Jalisco', None, None, None, TQ, BOM),
        ('$1.35 billion', 1, 1.35e9, 'USD', 'remittances received by Guanajuato', None, None, None, TQ, BOM),
        ('1%', 1, 1, 'percent', 'U.S. levy on cash remittances', None, None, None, NY, None),
        ('$60 billion', 1, 60e9, 'USD', 'full-year remittances', None, None, None, FULL, 'Banorte'),
        ('$61.5 billion', 1, 61.5e9, 'USD', 'full-year remittances', None, None, None, FULL, 'Banorte'),
        ('$64.75 billion', 1, 64.75e9, 'USD', 'remittances', None, None, None, Y('in 2024', 2024), 'Banorte'),
        ('18.49', 1, 18.49, 'MXN', 'peso', None, None, None, None, BOM),
    ],
    'cnbc_style_insurer_quarterly_results.txt': [
        ('31%', 1, 31, 'percent', "insurer's profit", 'increase', None, None, None, None),
        ('$7.49', 1, 7.49, 'USD', 'core operating earnings per share', None, None, None, None, CHUBB),
        ('$5.98', 1, 5.98, 'USD', 'core operating earnings per share', None, None, None, None, None),
        ('$16.04 billion', 1, 16.04e9, 'USD', 'net premiums written', None, None, None, None, CHUBB),
        ('$15.87 billion', 1, 15.87e9, 'USD', 'net premiums written', None, None, None, None, None),
        ('31%', 2, 31, 'percent', 'core operating income', 'increase', 'year_on_year', None, TQ3, CHUBB),
        ('$3.03 billion', 1, 3.03e9, 'USD', 'core operating income', 'increase', None, None, TQ3, CHUBB),
        ('$2.81 billion', 1, 2.81e9, 'USD', 'net income', None, None, None, TQ3, CHUBB),
        ('$7.04', 1, 7.04, 'USD', 'earnings per share', None, None, None, TQ3, CHUBB),
        ('$2.32 billion', 1, 2.32e9, 'USD', 'net income', None, None, None, TQ24, CHUBB),
        ('$5.70', 1, 5.70, 'USD', 'earnings per share', None, None, None, TQ24, CHUBB),
        ('6.8%', 1, 6.8, 'percent', 'net premiums written in property and casualty lines', 'increase', 'year_on_year', None, None, CHUBB),
        ('$13.62 billion', 1, 13.62e9, 'USD', 'net premiums written in property and casualty lines', 'increase', None, None, None, CHUBB),
        ('5.4%', 1, 5.4, 'percent', 'North America commercial net premiums written', 'increase', 'year_on_year', None, None, CHUBB),
        ('11.2%', 1, 11.2, 'percent', 'overseas general insurance net premiums written', 'increase', 'year_on_year', None, None, CHUBB),
        ('9.1%', 1, 9.1, 'percent', 'life insurance net premiums written', 'increase', 'year_on_year', None, None, CHUBB),
        ('$1.71 billion', 1, 1.71e9, 'USD', 'life insurance net premiums written', 'increase', None, None, None, CHUBB),
        ('81.8%', 1, 81.8, 'percent', 'P&C combined ratio', 'decrease', None, None, INQ, CHUBB),
        ('85.7%', 1, 85.7, 'percent', 'P&C combined ratio', None, None, None, Q('a year earlier', 2024, 3), CHUBB),
        ('86.4%', 1, 86.4, 'percent', 'P&C combined ratio', None, None, None, INQ, FACTSET),
        ('$340 million', 1, 340e6, 'USD', 'pre-tax catastrophe losses, net of reinsurance', 'decrease', None, None, JSP, CHUBB),
        ('$815 million', 1, 815e6, 'USD', 'pre-tax catastrophe losses, net of reinsurance', None, None, None, Q('in the prior-year period', 2024, 3), CHUBB),
        ('$230 million', 1, 230e6, 'USD', 'favorable prior-period reserve development', None, None, None, JSP, CHUBB),
        ('$1.0 billion', 1, 1.0e9, 'USD', 'share repurchases', None, None, None, Q('during the quarter', 2025, 3), CHUBB),
        ('$386 million', 1, 386e6, 'USD', 'dividends paid', None, None, None, Q('during the quarter', 2025, 3), CHUBB),
        ('$5.0 billion', 1, 5.0e9, 'USD', 'buyback authorization', None, None, None, None, CHUBB),
        ('3%', 1, 3, 'percent', 'Chubb shares', 'increase', None, 'approximately', None, CHUBB),
        ('1%', 1, 1, 'percent', 'Chubb stock', 'decrease', None, 'approximately', P('this year', '2025-01-01', '2025-10-21'), CHUBB),
    ],
    'mt_newswires_us_pending_home_sales.txt': [
        ('1.9%', 1, 1.9, 'percent', 'US pending home sales', 'increase', None, None, OCT, None),
        ('1.9%', 2, 1.9, 'percent', 'US pending home sales', 'increase', 'month_on_month', None, OCT, NAR),
        ('0.8%', 1, 0.8, 'percent', 'US pending home sales', 'increase', 'month_on_month', None, OCT, BBG),
        ('0.3%', 1, 0.3, 'percent', 'pending home sales', 'decrease', None, None, per("September's", 2025, 9), NAR),
        ('75.3', 1, 75.3, 'index_point', 'pending home sales index', 'increase', None, None, OCT, NAR),
        ('73.9', 1, 73.9, 'index_point', 'pending home sales index', None, None, None, SEPT, NAR),
        ('1.4%', 1, 1.4, 'percent', 'contract signings', 'increase', 'year_on_year', None, OCT, NAR),
        ('4.8%', 1, 4.8, 'percent', 'pending home sales in the Northeast', 'increase', 'month_on_month', None, IOCT, NAR),
        ('3.1%', 1, 3.1, 'percent', 'pending home sales in the Midwest', 'increase', 'month_on_month', None, IOCT, NAR),
        ('1.6%', 1, 1.6, 'percent', 'pending home sales in the South', 'increase', 'month_on_month', None, IOCT, NAR),
        ('1.2%', 1, 1.2, 'percent', 'pending home sales in the West', 'decrease', 'month_on_month', None, IOCT, NAR),
        ('3.9%', 1, 3.9, 'percent', 'signings in the Northeast', 'increase', 'year_on_year', None, IOCT, NAR),
        ('2.6%', 1, 2.6, 'percent', 'signings in the Midwest', 'increase', 'year_on_year', None, IOCT, NAR),
        ('0.4%', 1, 0.4, 'percent', 'signings in the South', 'decrease', 'year_on_year', None, IOCT, NAR),
        ('1.7%', 1, 1.7, 'percent', 'signings in the West', 'decrease', 'year_on_year', None, IOCT, NAR),
        ('6.26%', 1, 6.26, 'percent', '30-year fixed rate', 'decrease', None, None, OCT, FM),
        ('6.35%', 1, 6.35, 'percent', '30-year fixed rate', None, None, None, SEPT, FM),
        ('14%', 1, 14, 'percent', 'existing-home sales', 'increase', None, 'approximately', NY, NAR),
        ('3%', 1, 3, 'percent', 'median prices', 'increase', None, None, NY, NAR),
        ('4%', 1, 4, 'percent', 'median prices', 'increase', None, None, NY, NAR),
    ],
    'trading_economics_style_south_korea_industrial_production.txt': [
        ('4.7%', 1, 4.7, 'percent', 'industrial production in South Korea', 'decrease', 'year_on_year', None, OCT25, KOSTAT),
        ('9.8%', 1, 9.8, 'percent', 'industrial production in South Korea', 'increase', 'year_on_year', None, per('in the prior month', 2025, 9), KOSTAT),
        ('0.9%', 1, 0.9, 'percent', 'industrial production in South Korea', 'decrease', 'year_on_year', None, OCT25, None),
        ('2.5%', 1, 2.5, 'percent', 'industrial output', 'decrease', 'month_on_month', None, KOCT, KOSTAT),
        ('1.0%', 1, 1.0, 'percent', 'industrial output', 'increase', 'month_on_month', None, per('in September', 2025, 9), KOSTAT),
        ('26.5%', 1, 26.5, 'percent', 'semiconductor production', 'decrease', 'month_on_month', None, KOCT, KOSTAT),
        ('6.8%', 1, 6.8, 'percent', 'output of motor vehicles', 'decrease', 'month_on_month', None, KOCT, KOSTAT),
        ('2.3%', 1, 2.3, 'percent', 'output of machinery equipment', 'decrease', 'month_on_month', None, KOCT, KOSTAT),
        ('9.6%', 1, 9.6, 'percent', 'pharmaceuticals', 'increase', 'month_on_month', None, KOCT, KOSTAT),
        ('4.6 percentage points', 1, 4.6, 'percentage_point', 'average manufacturing operation ratio', 'decrease', None, None, None, KOSTAT),
        ('67.8%', 1, 67.8, 'percent', 'average manufacturing operation ratio', 'decrease', None, None, None, KOSTAT),
        ('0.3%', 1, 0.3, 'percent', 'service sector output', 'decrease', None, None, None, KOSTAT),
        ('3.5%', 1, 3.5, 'percent', 'retail sales', 'increase', None, None, None, KOSTAT),
        ('6.47 percent', 1, 6.47, 'percent', 'Industrial Production in South Korea average', None, None, None, P('from 2000 until 2025', '2000-01-01', '2025-12-31'), KOSTAT),
        ('32.10 percent', 1, 32.10, 'percent', 'Industrial Production in South Korea all time high', None, None, None, per('in February of 2000', 2000, 2), KOSTAT),
        ('-24.80 percent', 1, -24.80, 'percent', 'Industrial Production in South Korea record low', 'decrease', None, None, per('in December of 2008', 2008, 12), KOSTAT),
        ('1.80 percent', 1, 1.80, 'percent', 'Industrial Production in South Korea', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('2.40 percent', 1, 2.40, 'percent', 'South Korea Industrial Production', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('2.10 percent', 1, 2.10, 'percent', 'South Korea Industrial Production', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_iron_ore_dalian_futures.txt': [
        ('1.3%', 1, 1.3, 'percent', 'most-traded May iron ore contract on the Dalian Commodity Exchange', 'decrease', None, None, ET, None),
        ('776.0 yuan', 1, 776.0, 'CNY', 'most-traded May iron ore contract on the Dalian Commodity Exchange', 'decrease', None, None, ET, None),
        ('$108.15', 1, 108.15, 'USD', 'most-traded May iron ore contract on the Dalian Commodity Exchange', 'decrease', None, None, ET, None),
        ('0.8%', 1, 0.8, 'percent', 'benchmark February iron ore on the Singapore Exchange', 'decrease', None, None, ET, None),
        ('$103.70', 1, 103.70, 'USD', 'benchmark February iron ore on the Singapore Exchange', 'decrease', None, None, ET, None),
        ('4%', 1, 4, 'percent', 'benchmark February iron ore on the Singapore Exchange', 'increase', None, 'approximately', P('last week', '2026-01-05', '2026-01-11'), None),
        ('752', 1, 752, 'CNY', 'Dalian contract', None, None, None, DEC, None),
        ('795 yuan', 1, 795, 'CNY', 'Dalian contract', None, None, None, DEC, None),
        ('1.9%', 1, 1.9, 'percent', 'coking coal', 'decrease', None, None, None, None),
        ('1.2%', 1, 1.2, 'percent', 'coke', 'decrease', None, None, None, None),
        ('0.5%', 1, 0.5, 'percent', 'rebar', 'decrease', None, None, None, None),
        ('3,108 yuan', 1, 3108, 'CNY', 'rebar', 'decrease', None, None, None, None),
        ('3,264 yuan', 1, 3264, 'CNY', 'hot-rolled coil', None, None, None, None, None),
        ('0.3%', 1, 0.3, 'percent', 'stainless steel', 'increase', None, None, None, None),
        ('1.9 million tons', 1, 1.9e6, 'tonne', 'stocks of imported ore at major Chinese ports', 'increase', 'period_on_period', None, FRI, MYSTEEL),
        ('154.6 million tons', 1, 154.6e6, 'tonne', 'stocks of imported ore at major Chinese ports', 'increase', None, None, FRI, MYSTEEL),
        ('3.1%', 1, 3.1, 'percent', 'stocks of imported ore at major Chinese ports', 'increase', 'year_on_year', 'approximately', FRI, MYSTEEL),
        ('38.1%', 1, 38.1, 'percent', 'share of steelmakers that were profitable', 'decrease', None, None, FRI, MYSTEEL),
        ('247', 1, 247, 'count', 'steelmakers Mysteel surveys', None, None, None, FRI, MYSTEEL),
        ('41.6%', 1, 41.6, 'percent', 'share of steelmakers that were profitable', None, None, None, P('the week before', '2026-01-02', '2026-01-02'), MYSTEEL),
        ('119.6 million tons', 1, 119.6e6, 'tonne', 'China iron ore imports', None, None, None, DEC, GAC),
        ('7.4%', 1, 7.4, 'percent', 'China iron ore imports', 'increase', 'month_on_month', None, DEC, GAC),
        ('1.26 billion tons', 1, 1.26e9, 'tonne', 'iron ore imports', None, None, None, Y('for 2025', 2025), GAC),
        ('1.8%', 1, 1.8, 'percent', 'iron ore imports', 'increase', 'year_on_year', None, Y('for 2025', 2025), GAC),
    ],
    'business_standard_style_fisheries_seafood_exports.txt': [
        ('12.4%', 1, 12.4, 'percent', 'seafood exports', 'increase', None, None, HEAD, None),
        ('8%', 1, 8, 'percent', 'shrimp volumes', 'increase', None, None, HEAD, None),
        ('12.4 per cent', 1, 12.4, 'percent', "India's marine product exports", 'increase', 'year_on_year', None, AO, MPEDA),
        ('$5.21 billion', 1, 5.21e9, 'USD', "India's marine product exports", 'increase', None, None, AO, MPEDA),
        ('$4.64 billion', 1, 4.64e9, 'USD', "India's marine product exports", None, None, None, P('in the corresponding period of FY25', '2024-04-01', '2024-10-31'), MPEDA),
        ('9.3 per cent', 1, 9.3, 'percent', 'shipments in volume terms', 'increase', 'year_on_year', None, AO, MPEDA),
        ('10,42,318 tonnes', 1, 1042318, 'tonne', 'shipments in volume terms', 'increase', None, None, AO, MPEDA),
        ('₹45,280 crore', 1, 45280e7, 'INR', 'shipments in rupee terms', None, None, None, AO, MPEDA),
        ('$3.44 billion', 1, 3.44e9, 'USD', 'frozen shrimp exports', None, None, None, None, MPEDA),
        ('66 per cent', 1, 66, 'percent', 'frozen shrimp share of export earnings', None, None, 'approximately', None, MPEDA),
        ('8.1 per cent', 1, 8.1, 'percent', 'frozen shrimp volumes', 'increase', None, None, None, MPEDA),
        ('4,51,200 tonnes', 1, 451200, 'tonne', 'frozen shrimp volumes', 'increase', None, None, None, MPEDA),
        ('$486 million', 1, 486e6, 'USD', 'frozen fish exports', None, None, None, None, MPEDA),
        ('$312 million', 1, 312e6, 'USD', 'squid exports', None, None, None, None, MPEDA),
        ('32.5 per cent', 1, 32.5, 'percent', 'US share of marine product exports', None, None, None, None, MPEDA),
        ('18.2 per cent', 1, 18.2, 'percent', 'China share of marine product exports', None, None, None, None, MPEDA),
        ('15.6 per cent', 1, 15.6, 'percent', 'European Union share of marine product exports', None, None, None, None, MPEDA),
        ('13.1 per cent', 1, 13.1, 'percent', 'South East Asia share of marine product exports', None, None, None, None, MPEDA),
        ('4.2 per cent', 1, 4.2, 'percent', 'shipments to the US', 'decrease', None, None, None, MPEDA),
        ('50 per cent', 1, 50, 'percent', 'American tariff on Indian goods', None, None, None, P('on August 27', '2025-08-27', '2025-08-27'), None),
        ('21.7 per cent', 1, 21.7, 'percent', 'shipments to China', 'increase', None, None, None, MPEDA),
        ('17.9 per cent', 1, 17.9, 'percent', 'shipments to the EU', 'increase', None, None, None, MPEDA),
        ('$812 million', 1, 812e6, 'USD', 'exports', None, None, None, per('In October', 2025, 10), MPEDA),
        ('6.3 per cent', 1, 6.3, 'percent', 'exports', 'increase', 'year_on_year', None, per('In October', 2025, 10), MPEDA),
        ('$8.5', 1, 8.5e9, 'USD', 'exports', None, None, None, FY26, MPEDA),
        ('9 billion', 1, 9e9, 'USD', 'exports', None, None, None, FY26, MPEDA),
        ('$7.45 billion', 1, 7.45e9, 'USD', 'exports', None, None, None, P('in FY25', '2024-04-01', '2025-03-31'), MPEDA),
    ],
    'eu_energy_style_heat_network_district_heating.txt': [
        ('498 TWh', 1, 498, 'terawatt hour', 'heat delivered by EU district heating networks to final consumers', None, None, None, Y24, None),
        ('2.6%', 1, 2.6, 'percent', 'heat delivered by EU district heating networks to final consumers', 'decrease', 'year_on_year', None, Y24, None),
        ('38.4%', 1, 38.4, 'percent', 'renewables and recovered waste heat share of district heat supply', 'increase', None, None, Y24, EUROSTAT),
        ('35.9%', 1, 35.9, 'percent', 'renewables and recovered waste heat share of district heat supply', None, None, None, Y('a year earlier', 2023), EUROSTAT),
        ('9.8 percentage points', 1, 9.8, 'percentage_point', 'renewables and recovered waste heat share of district heat supply', 'increase', None, None, P('than in 2015', '2015-01-01', '2024-12-31'), EUROSTAT),
        ('81%', 1, 81, 'percent', 'renewable share of district heat supply in Sweden', None, None, None, Y24, EUROSTAT),
        ('73%', 1, 73, 'percent', 'renewable share of district heat supply in Denmark', None, None, None, Y24, EUROSTAT),
        ('69%', 1, 69, 'percent', 'renewable share of district heat supply in Estonia', None, None, None, Y24, EUROSTAT),
        ('67%', 1, 67, 'percent', 'renewable share of district heat supply in Lithuania', None, None, None, Y24, EUROSTAT),
        ('12%', 1, 12, 'percent', 'renewable share of district heat supply in Poland', None, None, 'approximately', Y24, EUROSTAT),
        ('121 TWh', 1, 121, 'terawatt hour', 'district heat supplied in Germany', None, None, None, None, EUROSTAT),
        ('69 TWh', 1, 69, 'terawatt hour', 'district heat supplied in Poland', None, None, None, None, EUROSTAT),
        ('47 TWh', 1, 47, 'terawatt hour', 'district heat supplied in Sweden', None, None, None, None, EUROSTAT),
        ('33 TWh', 1, 33, 'terawatt hour', 'district heat supplied in Finland', None, None, None, None, EUROSTAT),
        ('31 TWh', 1, 31, 'terawatt hour', 'district heat supplied in Denmark', None, None, None, None, EUROSTAT),
        ('4%', 1, 4, 'percent', 'district heat supply in Sweden', 'decrease', None, None, None, EUROSTAT),
        ('3%', 1, 3, 'percent', 'district heat supply in Finland', 'decrease', None, None, None, EUROSTAT),
        ('1%', 1, 1, 'percent', "Poland's district heat supply", 'increase', None, None, None, EUROSTAT),
        ('2.2 percentage points', 1, 2.2, 'percentage_point', 'renewable share of district heating', 'increase', 'year_on_year', None, P('between 2021 and 2030', '2021-01-01', '2030-12-31'), None),
        ('73 million', 1, 73e6, 'count', 'EU citizens served by heat networks', None, None, 'approximately', E24, EHP),
        ('6,800 networks', 1, 6800, 'count', 'heat networks', None, None, 'approximately', E24, EHP),
        ('€6.2 billion', 1, 6.2e9, 'EUR', 'investment in new and refurbished networks', None, None, None, Y24, EHP),
        ('18%', 1, 18, 'percent', 'investment in new and refurbished networks', 'increase', 'year_on_year', None, Y24, EHP),
        ('a third', 1, 0.3333, 'fraction', 'Germany share of investment in new and refurbished networks', None, None, 'approximately', Y24, EHP),
        ('€10', 1, 10e9, 'EUR', 'annual investment needed', None, None, None, OUT, EHP),
        ('12 billion', 1, 12e9, 'EUR', 'annual investment needed', None, None, None, OUT, EHP),
    ],
    'nbs_style_express_delivery_postal.txt': [
        ('158 billion pieces', 1, 158e9, 'count', 'express delivery volume', None, None, 'more_than', P('in first 11 months of 2024', '2024-01-01', '2024-11-30'), None),
        ('1.61 trillion yuan', 1, 1.61e12, 'CNY', "postal industry's business revenue", None, None, None, F11, SPB),
        ('12.9%', 1, 12.9, 'percent', "postal industry's business revenue", 'increase', 'year_on_year', None, F11, SPB),
        ('171.4 billion pieces', 1, 171.4e9, 'count', "postal industry's business volume", None, None, None, F11, SPB),
        ('20.1%', 1, 20.1, 'percent', "postal industry's business volume", 'increase', 'year_on_year', None, F11, SPB),
        ('158.3 billion pieces', 1, 158.3e9, 'count', 'pieces handled by express delivery enterprises', None, None, None, JN, SPB),
        ('21.5%', 1, 21.5, 'percent', 'pieces handled by express delivery enterprises', 'increase', 'year_on_year', None, JN, SPB),
        ('1.26 trillion yuan', 1, 1.26e12, 'CNY', 'business revenue of express delivery enterprises', None, None, None, JN, SPB),
        ('13.2%', 1, 13.2, 'percent', 'business revenue of express delivery enterprises', 'increase', 'year_on_year', None, JN, SPB),
        ('9.6%', 1, 9.6, 'percent', 'intra-city express volume', 'increase', 'year_on_year', None, JN, SPB),
        ('22.8%', 1, 22.8, 'percent', 'inter-city express volume', 'increase', 'year_on_year', None, JN, SPB),
        ('28.4%', 1, 28.4, 'percent', 'international/Hong Kong, Macao and Taiwan express volume', 'increase', 'year_on_year', None, JN, SPB),
        ('8.9%', 1, 8.9, 'percent', 'intra-city express share of the total', None, None, None, JN, SPB),
        ('89.0%', 1, 89.0, 'percent', 'inter-city express share of the total', None, None, None, JN, SPB),
        ('2.1%', 1, 2.1, 'percent', 'international/Hong Kong, Macao and Taiwan express share of the total', None, None, None, JN, SPB),
        ('16.8 billion pieces', 1, 16.8e9, 'count', 'express business volume', None, None, None, NOV, SPB),
        ('129.0 billion yuan', 1, 129.0e9, 'CNY', 'express business revenue', None, None, None, NOV, SPB),
        ('20.9%', 1, 20.9, 'percent', 'express business volume', 'increase', 'year_on_year', None, NOV, SPB),
        ('10.1%', 1, 10.1, 'percent', 'express business revenue', 'increase', 'year_on_year', None, NOV, SPB),
        ('75.6%', 1, 75.6, 'percent', 'eastern areas share of express parcels', None, None, None, None, SPB),
        ('16.8%', 1, 16.8, 'percent', 'central areas share of express parcels', None, None, None, None, SPB),
        ('7.6%', 1, 7.6, 'percent', 'western areas share of express parcels', None, None, None, None, SPB),
        ('37.5 billion pieces', 1, 37.5e9, 'count', 'express business volume in Guangdong', None, None, None, None, SPB),
        ('30.2 billion', 1, 30.2e9, 'count', 'express business volume in Zhejiang', None, None, None, None, SPB),
        ('9.8 billion', 1, 9.8e9, 'count', 'express business volume in Jiangsu', None, None, None, None, SPB),
        ('40 billion parcels', 1, 40e9, 'count', 'parcels collected and delivered in rural areas', None, None, 'more_than', JNR, SPB),
        ('one quarter', 1, 0.25, 'fraction', 'rural parcels share of the national total', None, None, 'approximately', JNR, SPB),
        ('320,000', 1, 320000, 'count', 'village-level express service points', None, None, 'more_than', JNR, SPB),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
