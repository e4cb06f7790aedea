# ruff: noqa: E501, RUF001
"""Write corpus/annotated_94/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_94.py corpus/annotated_94
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
OBR = "Office for Budget Responsibility"
FCA = "Federal Customs Administration"
NBU = "National Bank of Ukraine"
SSSU = "State Statistics Service of Ukraine"
RTR = "Reuters"
JPMCI = "JPMorgan Chase Institute"
JPM = "JPMorgan Chase"
DJ = "Dow Jones"
IVEY = "Richard Ivey School of Business"
BBG = "Bloomberg"
STATCAN = "Statistics Canada"
INE = "Statistics Portugal"
TE = "Trading Economics"
CSPT = "China Smelters Purchase Team"
FM = "Fastmarkets"
COCH = "Chilean Copper Commission"
MINEM = "Ministry of Energy and Mines"
GS = "Goldman Sachs"
RBI = "Reserve Bank of India"
MUT = "Muthoot Finance"
MAN = "Manappuram Finance"
IBJA = "India Bullion and Jewellers Association"
CRISIL = "Crisil Ratings"
ESTAT = "Eurostat"
EBA = "European Battery Alliance"
NBS = "National Bureau of Statistics"

# 9401 ONS public sector finances (ref Tuesday 2025-07-22)
JUN = per("in June 2025", 2025, 6)
FYTD = P("in the financial year to June 2025", "2025-04-01", "2025-06-30")
FYTD2 = P("In the financial year to June 2025", "2025-04-01", "2025-06-30")
EJ = P("at the end of June 2025", "2025-06-30", "2025-06-30")
FYE25 = P("in the financial year ending (FYE) March 2025", "2024-04-01", "2025-03-31")
# 9402 Reuters 1987 (ref Tuesday 1987-06-16)
MAY87 = per("in May", 1987, 5)
APR87 = per("in April", 1987, 4)
F5 = P("For the first five months of 1987", "1987-01-01", "1987-05-31")
# 9403 Reuters 2025 (ref Thursday 2025-12-11)
THU = P("on Thursday", "2025-12-11", "2025-12-11")
UNOV = per("in November", 2025, 11)
UOCT = per("in October", 2025, 10)
DEC1 = P("as of Dec. 1", "2025-12-01", "2025-12-01")
# 9404 CNBC (ref Tuesday 2026-01-06)
HOL = P("between Nov. 27 and Dec. 31", "2025-11-27", "2025-12-31")
# 9405 MT Newswires (ref Friday 2025-12-05)
CNOV = per("in November", 2025, 11)
COCT = per("in October", 2025, 10)
# 9406 Trading Economics (ref Wednesday 2025-11-05)
TQ25 = Q("in the third quarter of 2025", 2025, 3)
# 9407 Investing.com (ref Friday 2025-12-19)
FRI = P("on Friday", "2025-12-19", "2025-12-19")
F26 = Y("for 2026", 2026)
# 9408 Business Standard (ref Monday 2025-12-01)
FN = P("as of the fortnight ended October 31, 2025", "2025-10-31", "2025-10-31")
BOCT = per("in October", 2025, 10)
SEPQ = P("in the September quarter (Q2FY26)", "2025-07-01", "2025-09-30")
# 9409 DG ENER (ref Wednesday 2026-03-18)
E25 = P("At the end of 2025", "2025-12-31", "2025-12-31")
Y25 = Y("in 2025", 2025)
# 9410 NBS (ref Friday 2024-10-18)
JS = P("from January to September 2024", "2024-01-01", "2024-09-30")
F3 = P("In the first three quarters", "2024-01-01", "2024-09-30")
FJS = P("From January to September", "2024-01-01", "2024-09-30")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_public_sector_net_borrowing_receipts.txt': [
        ('£20.7 billion', 1, 20.7e9, 'GBP', 'public sector net borrowing excluding public sector banks', None, None, None, JUN, None),
        ('£6.6 billion', 1, 6.6e9, 'GBP', 'public sector net borrowing excluding public sector banks', 'increase', 'year_on_year', None, JUN, None),
        ('£57.8 billion', 1, 57.8e9, 'GBP', 'borrowing', None, None, None, FYTD, None),
        ('£7.5 billion', 1, 7.5e9, 'GBP', 'borrowing', 'increase', 'year_on_year', None, FYTD, None),
        ('£1.2 billion', 1, 1.2e9, 'GBP', 'borrowing', 'decrease', None, None, FYTD, None),
        ('£82.3 billion', 1, 82.3e9, 'GBP', 'central government receipts', None, None, None, JUN, ONS),
        ('4.1%', 1, 4.1, 'percent', 'central government receipts', 'increase', 'year_on_year', None, JUN, ONS),
        ('7.0%', 1, 7.0, 'percent', 'central government total expenditure', 'increase', 'year_on_year', None, JUN, ONS),
        ('£99.6 billion', 1, 99.6e9, 'GBP', 'central government total expenditure', 'increase', None, None, JUN, ONS),
        ('£16.4 billion', 1, 16.4e9, 'GBP', 'VAT receipts', None, None, None, JUN, ONS),
        ('£17.2 billion', 1, 17.2e9, 'GBP', 'income tax receipts', None, None, None, JUN, ONS),
        ('£14.1 billion', 1, 14.1e9, 'GBP', 'compulsory social contributions', None, None, None, JUN, ONS),
        ('£1.3 billion', 1, 1.3e9, 'GBP', 'compulsory social contributions', 'increase', 'year_on_year', None, JUN, ONS),
        ('£16.8 billion', 1, 16.8e9, 'GBP', 'interest payable on central government debt', None, None, None, JUN, ONS),
        ('£8.0 billion', 1, 8.0e9, 'GBP', 'interest payable on central government debt', 'increase', 'year_on_year', None, JUN, ONS),
        ('4.4%', 1, 4.4, 'percent', 'Retail Prices Index (RPI)', 'increase', 'year_on_year', None, per('in the year to April 2025', 2025, 4), ONS),
        ('3.3%', 1, 3.3, 'percent', 'Retail Prices Index (RPI)', None, 'year_on_year', None, per('in the year to April 2024', 2024, 4), ONS),
        ('£259.4 billion', 1, 259.4e9, 'GBP', 'central government receipts', None, None, None, FYTD2, ONS),
        ('6.2%', 1, 6.2, 'percent', 'central government receipts', 'increase', 'year_on_year', None, FYTD2, ONS),
        ('5.3%', 1, 5.3, 'percent', 'central government expenditure', 'increase', 'year_on_year', None, FYTD2, ONS),
        ('£285.7 billion', 1, 285.7e9, 'GBP', 'central government expenditure', 'increase', None, None, FYTD2, ONS),
        ('9%', 1, 9, 'percent', 'self-assessed income tax receipts', 'increase', 'year_on_year', 'approximately', FYTD2, ONS),
        ('7%', 1, 7, 'percent', 'corporation tax receipts', 'increase', 'year_on_year', None, FYTD2, ONS),
        ('4%', 1, 4, 'percent', 'VAT receipts', 'increase', 'year_on_year', None, FYTD2, ONS),
        ('96.3%', 1, 96.3, 'percent', 'PSND ex as a share of GDP', None, None, None, EJ, ONS),
        ('0.9 percentage points', 1, 0.9, 'percentage_point', 'PSND ex as a share of GDP', 'increase', 'year_on_year', None, EJ, ONS),
        ('£2,874.9 billion', 1, 2874.9e9, 'GBP', 'PSND ex', None, None, None, EJ, ONS),
        ('£145.6 billion', 1, 145.6e9, 'GBP', 'PSND ex', 'increase', 'year_on_year', None, EJ, ONS),
        ('£3.0 billion', 1, 3.0e9, 'GBP', 'borrowing revision', 'decrease', None, None, FYE25, ONS),
        ('£148.1 billion', 1, 148.1e9, 'GBP', 'borrowing', 'decrease', None, None, FYE25, ONS),
        ('5.0%', 1, 5.0, 'percent', 'borrowing as a share of GDP', 'decrease', None, None, FYE25, ONS),
        ('£118.3 billion', 1, 118.3e9, 'GBP', 'borrowing', 'decrease', None, None, P('in FYE March 2026', '2025-04-01', '2026-03-31'), OBR),
    ],
    'wire_1987_swiss_trade_balance.txt': [
        ('412.6 MLN FRANCS', 1, 412.6e6, 'CHF', 'Swiss trade deficit', 'decrease', None, None, per('MAY', 1987, 5), None),
        ('412.6 mln Swiss francs', 1, 412.6e6, 'CHF', 'trade deficit', 'decrease', None, None, MAY87, FCA),
        ('731.9 mln', 1, 731.9e6, 'CHF', 'trade deficit', None, None, None, APR87, FCA),
        ('598.3 mln', 1, 598.3e6, 'CHF', 'trade deficit', None, None, None, per('in May 1986', 1986, 5), FCA),
        ('731.9 mln francs', 1, 731.9e6, 'CHF', 'trade deficit', 'decrease', None, None, per('April', 1987, 4), FCA),
        ('745.2 mln', 1, 745.2e6, 'CHF', 'trade deficit', None, None, None, per('April', 1987, 4), FCA),
        ('2.8 pct', 1, 2.8, 'percent', 'imports', 'increase', 'year_on_year', None, MAY87, FCA),
        ('6.07 billion francs', 1, 6.07e9, 'CHF', 'imports', 'increase', None, None, MAY87, FCA),
        ('6.4 pct', 1, 6.4, 'percent', 'exports', 'increase', 'year_on_year', None, MAY87, FCA),
        ('5.66 billion', 1, 5.66e9, 'CHF', 'exports', 'increase', None, None, MAY87, FCA),
        ('4.1 pct', 1, 4.1, 'percent', 'real exports', 'increase', None, None, None, FCA),
        ('1.9 pct', 1, 1.9, 'percent', 'real imports', 'increase', None, None, None, FCA),
        ('2.61 billion francs', 1, 2.61e9, 'CHF', 'trade deficit', None, None, None, F5, FCA),
        ('2.94 billion', 1, 2.94e9, 'CHF', 'trade deficit', None, None, None, P('in the same period a year ago', '1986-01-01', '1986-05-31'), FCA),
        ('27.85 billion', 1, 27.85e9, 'CHF', 'exports', None, None, None, F5, FCA),
        ('30.46 billion', 1, 30.46e9, 'CHF', 'imports', None, None, None, F5, FCA),
        ('1.71 billion francs', 1, 1.71e9, 'CHF', 'exports of machinery and electronics', None, None, None, MAY87, FCA),
        ('1.2 pct', 1, 1.2, 'percent', 'exports of machinery and electronics', 'decrease', 'year_on_year', None, MAY87, FCA),
        ('1.36 billion', 1, 1.36e9, 'CHF', 'exports of chemicals', None, None, None, MAY87, FCA),
        ('8.9 pct', 1, 8.9, 'percent', 'exports of chemicals', 'increase', 'year_on_year', None, MAY87, FCA),
        ('612.4 mln', 1, 612.4e6, 'CHF', 'exports of watches', None, None, None, MAY87, FCA),
        ('11.2 pct', 1, 11.2, 'percent', 'exports of watches', 'increase', 'year_on_year', None, MAY87, FCA),
        ('7.5 pct', 1, 7.5, 'percent', 'number of watches exported', 'increase', 'year_on_year', None, MAY87, FCA),
        ('2.64 mln pieces', 1, 2.64e6, 'count', 'number of watches exported', 'increase', None, None, MAY87, FCA),
        ('5.1 pct', 1, 5.1, 'percent', 'exports to European Community countries', 'increase', None, None, MAY87, FCA),
        ('9.6 pct', 1, 9.6, 'percent', 'exports to the United States', 'increase', None, None, MAY87, FCA),
        ('2.3 pct', 1, 2.3, 'percent', 'shipments to Japan', 'decrease', None, None, MAY87, FCA),
        ('1.4935', 1, 1.4935, 'CHF', 'Swiss franc', None, None, None, P('on Tuesday', '1987-06-16', '1987-06-16'), FCA),
        ('1.5010', 1, 1.5010, 'CHF', 'Swiss franc', None, None, None, P('on Monday', '1987-06-15', '1987-06-15'), FCA),
    ],
    'wire_2025_ukraine_inflation_rate.txt': [
        ('15.5%', 1, 15.5, 'percent', 'key rate', None, None, None, None, NBU),
        ('15.5%', 2, 15.5, 'percent', 'key policy rate', None, None, None, THU, NBU),
        ('14', 1, 14, 'count', 'analysts in a Reuters poll', None, None, None, THU, RTR),
        ('11.2%', 1, 11.2, 'percent', 'annual consumer inflation', 'decrease', 'year_on_year', None, UNOV, SSSU),
        ('11.9%', 1, 11.9, 'percent', 'annual consumer inflation', None, 'year_on_year', None, UOCT, SSSU),
        ('11.4%', 1, 11.4, 'percent', 'annual consumer inflation', None, 'year_on_year', None, UNOV, None),
        ('0.8%', 1, 0.8, 'percent', 'consumer prices', 'increase', 'month_on_month', None, UNOV, SSSU),
        ('1.2%', 1, 1.2, 'percent', 'consumer prices', 'increase', 'month_on_month', None, per('the month before', 2025, 10), SSSU),
        ('10.6%', 1, 10.6, 'percent', 'core inflation', 'decrease', 'year_on_year', None, UNOV, SSSU),
        ('11.1%', 1, 11.1, 'percent', 'core inflation', None, 'year_on_year', None, UOCT, SSSU),
        ('15.3%', 1, 15.3, 'percent', 'food prices', 'increase', 'year_on_year', None, UNOV, SSSU),
        ('13.8%', 1, 13.8, 'percent', 'service prices', 'increase', 'year_on_year', None, UNOV, SSSU),
        ('9.2%', 1, 9.2, 'percent', 'inflation', None, None, None, P('at the end of this year', '2025-12-31', '2025-12-31'), NBU),
        ('6.6%', 1, 6.6, 'percent', 'inflation', 'decrease', None, None, P('by the end of 2026', '2026-12-31', '2026-12-31'), NBU),
        ('1.8%', 1, 1.8, 'percent', 'economic growth', 'decrease', None, None, Y('2025', 2025), NBU),
        ('2.1%', 1, 2.1, 'percent', 'economic growth', None, None, None, Y('2025', 2025), NBU),
        ('2.0%', 1, 2.0, 'percent', 'economic growth', None, None, None, Y('2026', 2026), NBU),
        ('$52.8 billion', 1, 52.8e9, 'USD', "Ukraine's international reserves", None, None, None, DEC1, NBU),
        ('4.6%', 1, 4.6, 'percent', "Ukraine's international reserves", 'increase', 'month_on_month', None, DEC1, NBU),
        ('$3.1 billion', 1, 3.1e9, 'USD', 'financing from Western partners', None, None, 'approximately', per('in November', 2025, 11), NBU),
        ('0.2%', 1, 0.2, 'percent', 'hryvnia', 'increase', None, None, THU, NBU),
        ('41.96', 1, 41.96, 'UAH', 'hryvnia', 'increase', None, None, THU, NBU),
    ],
    'cnbc_style_jpmorgan_consumer_spending_card_data.txt': [
        ('3.4%', 1, 3.4, 'percent', 'holiday spending on Chase cards', 'increase', None, None, None, JPMCI),
        ('3.4%', 2, 3.4, 'percent', 'spending on JPMorgan Chase credit and debit cards', 'increase', 'year_on_year', None, HOL, JPMCI),
        ('2.6%', 1, 2.6, 'percent', 'spending on JPMorgan Chase credit and debit cards', 'increase', 'year_on_year', None, P('over the same weeks a year earlier', '2024-11-27', '2024-12-31'), JPMCI),
        ('4.1%', 1, 4.1, 'percent', 'spending', 'increase', 'year_on_year', None, P('For the week ended Dec. 27', '2025-12-21', '2025-12-27'), JPMCI),
        ('2.2%', 1, 2.2, 'percent', 'spending', 'increase', 'year_on_year', None, P('the week ended Dec. 20', '2025-12-14', '2025-12-20'), JPMCI),
        ('3.1%', 1, 3.1, 'percent', 'spending', 'increase', 'year_on_year', None, per('For December as a whole', 2025, 12), JPMCI),
        ('7.2%', 1, 7.2, 'percent', 'restaurant spending', 'increase', 'year_on_year', None, None, JPMCI),
        ('6.5%', 1, 6.5, 'percent', 'airline spending', 'increase', 'year_on_year', None, None, JPMCI),
        ('5.1%', 1, 5.1, 'percent', 'lodging spending', 'increase', 'year_on_year', None, None, JPMCI),
        ('2.4%', 1, 2.4, 'percent', 'spending at department stores', 'decrease', 'year_on_year', None, None, JPMCI),
        ('5.8%', 1, 5.8, 'percent', 'spending at gas stations', 'decrease', 'year_on_year', None, None, JPMCI),
        ('3.0%', 1, 3.0, 'percent', 'grocery spending', 'increase', 'year_on_year', None, None, JPMCI),
        ('5.5%', 1, 5.5, 'percent', 'online retail spending', 'increase', 'year_on_year', None, None, JPMCI),
        ('1.1%', 1, 1.1, 'percent', 'in-store purchases', 'increase', 'year_on_year', None, None, JPMCI),
        ('4.6%', 1, 4.6, 'percent', 'card spending of households in the top income quartile', 'increase', None, None, None, JPMCI),
        ('1.3%', 1, 1.3, 'percent', 'card spending of households in the bottom quartile', None, None, None, None, JPMCI),
        ('0.5%', 1, 0.5, 'percent', 'retail sales', 'increase', 'month_on_month', None, per('December', 2025, 12), DJ),
        ('1.7%', 1, 1.7, 'percent', 'real consumer spending', 'increase', None, None, Y('in 2026', 2026), JPM),
        ('2.4%', 2, 2.4, 'percent', 'real consumer spending', None, None, None, Y('in 2025', 2025), JPM),
        ('80 million', 1, 80e6, 'count', 'consumer cards', None, None, 'approximately', None, JPMCI),
    ],
    'mt_newswires_canada_ivey_pmi.txt': [
        ('50.9', 1, 50.9, 'index_point', 'Canada Ivey PMI', 'decrease', None, None, CNOV, None),
        ('50.9', 2, 50.9, 'index_point', 'seasonally adjusted Ivey Purchasing Managers Index', 'decrease', None, None, CNOV, IVEY),
        ('52.4', 1, 52.4, 'index_point', 'seasonally adjusted Ivey Purchasing Managers Index', None, None, None, COCT, IVEY),
        ('52.0', 1, 52.0, 'index_point', 'Ivey Purchasing Managers Index', None, None, None, CNOV, BBG),
        ('6.3 points', 1, 6.3, 'index_point', 'unadjusted index', 'decrease', None, None, CNOV, IVEY),
        ('47.2', 1, 47.2, 'index_point', 'unadjusted index', 'decrease', None, None, CNOV, IVEY),
        ('51.6', 1, 51.6, 'index_point', 'employment index', 'increase', None, None, None, IVEY),
        ('50.8', 1, 50.8, 'index_point', 'employment index', None, None, None, None, IVEY),
        ('49.1', 1, 49.1, 'index_point', 'inventories index', 'decrease', None, None, None, IVEY),
        ('53.0', 1, 53.0, 'index_point', 'inventories index', None, None, None, None, IVEY),
        ('46.7', 1, 46.7, 'index_point', 'supplier deliveries index', None, None, None, None, IVEY),
        ('62.3', 1, 62.3, 'index_point', 'prices index', 'decrease', None, None, None, IVEY),
        ('65.9', 1, 65.9, 'index_point', 'prices index', None, None, None, None, IVEY),
        ('50.4', 1, 50.4, 'index_point', 'employment index average', None, None, None, P('over the past three months', '2025-09-01', '2025-11-30'), IVEY),
        ('66.1', 1, 66.1, 'index_point', 'prices index average', None, None, None, P('over the past three months', '2025-09-01', '2025-11-30'), IVEY),
        ('44.9', 1, 44.9, 'index_point', 'unadjusted employment index', 'decrease', None, None, CNOV, IVEY),
        ('58.4', 1, 58.4, 'index_point', 'unadjusted prices index', 'decrease', None, None, CNOV, IVEY),
        ('21,400', 1, 21400, 'count', 'jobs', 'increase', None, None, CNOV, STATCAN),
        ('6.7%', 1, 6.7, 'percent', 'unemployment rate', 'increase', None, None, CNOV, STATCAN),
        ('6.5%', 1, 6.5, 'percent', 'unemployment rate', None, None, None, COCT, STATCAN),
        ('0.2%', 1, 0.2, 'percent', 'loonie', 'increase', None, None, None, STATCAN),
        ('1.3962', 1, 1.3962, 'CAD', 'loonie', 'increase', None, None, None, STATCAN),
        ('71.62 U.S. cents', 1, 0.7162, 'USD', 'loonie', 'increase', None, None, None, STATCAN),
    ],
    'trading_economics_style_portugal_unemployment.txt': [
        ('6.1%', 1, 6.1, 'percent', "Portugal's unemployment rate", 'decrease', None, None, TQ25, INE),
        ('6.4%', 1, 6.4, 'percent', "Portugal's unemployment rate", None, None, None, Q('in the previous three months', 2025, 2), INE),
        ('6.3%', 1, 6.3, 'percent', "Portugal's unemployment rate", None, None, None, TQ25, None),
        ('4.2%', 1, 4.2, 'percent', 'number of unemployed people', 'decrease', 'quarter_on_quarter', None, Q('in Q3', 2025, 3), INE),
        ('339.5 thousand', 1, 339500, 'count', 'number of unemployed people', 'decrease', None, None, Q('in Q3', 2025, 3), INE),
        ('0.5%', 1, 0.5, 'percent', 'employment', 'increase', 'quarter_on_quarter', None, Q('in Q3', 2025, 3), INE),
        ('5.19 million', 1, 5.19e6, 'count', 'employment', 'increase', None, None, Q('in Q3', 2025, 3), INE),
        ('8.1%', 1, 8.1, 'percent', 'jobless total', 'decrease', 'year_on_year', None, Q('in Q3', 2025, 3), INE),
        ('1.4%', 1, 1.4, 'percent', 'employment', 'increase', 'year_on_year', None, Q('in Q3', 2025, 3), INE),
        ('18.7%', 1, 18.7, 'percent', 'youth unemployment rate', 'decrease', None, None, Q('in the third quarter', 2025, 3), INE),
        ('20.1%', 1, 20.1, 'percent', 'youth unemployment rate', None, None, None, Q('in Q2', 2025, 2), INE),
        ('6.5%', 1, 6.5, 'percent', 'unemployment rate for women', None, None, None, Q('in the third quarter', 2025, 3), INE),
        ('5.7%', 1, 5.7, 'percent', 'unemployment rate for men', None, None, None, Q('in the third quarter', 2025, 3), INE),
        ('10.9%', 1, 10.9, 'percent', 'labour underutilisation rate', 'decrease', None, None, None, INE),
        ('11.5%', 1, 11.5, 'percent', 'labour underutilisation rate', None, None, None, None, INE),
        ('60.4%', 1, 60.4, 'percent', 'activity rate', None, None, None, None, INE),
        ('9.96 percent', 1, 9.96, 'percent', 'Unemployment Rate in Portugal average', None, None, None, P('from 1998 until 2025', '1998-01-01', '2025-12-31'), INE),
        ('17.70 percent', 1, 17.70, 'percent', 'Unemployment Rate in Portugal all time high', None, None, None, Q('in the first quarter of 2013', 2013, 1), INE),
        ('3.90 percent', 1, 3.90, 'percent', 'Unemployment Rate in Portugal record low', None, None, None, Q('in the fourth quarter of 2000', 2000, 4), INE),
        ('6.20 percent', 1, 6.20, 'percent', 'Unemployment Rate in Portugal', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('6.30 percent', 1, 6.30, 'percent', 'Portugal Unemployment Rate', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('6.10 percent', 1, 6.10, 'percent', 'Portugal Unemployment Rate', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_copper_treatment_charges.txt': [
        ('$0', 1, 0, 'USD', 'copper treatment charges', 'decrease', None, None, Y('in 2026', 2026), None),
        ('0.6%', 1, 0.6, 'percent', 'three-month copper on the London Metal Exchange', 'increase', None, None, FRI, None),
        ('$11,742', 1, 11742, 'USD', 'three-month copper on the London Metal Exchange', 'increase', None, None, FRI, None),
        ('0.9%', 1, 0.9, 'percent', 'March COMEX copper futures', 'increase', None, None, FRI, None),
        ('$5.382', 1, 5.382, 'USD', 'March COMEX copper futures', 'increase', None, None, FRI, None),
        ('$0', 2, 0, 'USD', 'copper concentrate treatment charges', None, None, None, F26, CSPT),
        ('0 cents', 1, 0, 'USD', 'copper concentrate refining charges', None, None, None, F26, CSPT),
        ('$0', 3, 0, 'USD', 'copper concentrate treatment charges', None, None, None, F26, None),
        ('$10', 1, 10, 'USD', 'copper concentrate treatment charges', None, None, None, F26, None),
        ('$21.25', 1, 21.25, 'USD', 'copper concentrate treatment charges', None, None, None, Y('for 2025', 2025), CSPT),
        ('2.125 cents', 1, 0.02125, 'USD', 'copper concentrate refining charges', None, None, None, Y('for 2025', 2025), CSPT),
        ('$80', 1, 80, 'USD', 'copper concentrate treatment charges', None, None, None, Y('for 2024', 2024), CSPT),
        ('8 cents', 1, 0.08, 'USD', 'copper concentrate refining charges', None, None, None, Y('for 2024', 2024), CSPT),
        ('-$62.50', 1, -62.5, 'USD', 'spot treatment charges for Chinese imports', 'decrease', None, None, P('this week', '2025-12-15', '2025-12-21'), FM),
        ('-$43.00', 1, -43.0, 'USD', 'spot treatment charges for Chinese imports', None, None, None, P('at the start of November', '2025-11-01', '2025-11-01'), FM),
        ('8.6%', 1, 8.6, 'percent', "output at Chile's state-owned Codelco", 'decrease', None, None, P('in the first ten months of the year', '2025-01-01', '2025-10-31'), COCH),
        ('1.09 million tonnes', 1, 1.09e6, 'tonne', "output at Chile's state-owned Codelco", 'decrease', None, None, P('in the first ten months of the year', '2025-01-01', '2025-10-31'), COCH),
        ('2.3%', 1, 2.3, 'percent', "Peru's copper production", 'decrease', 'year_on_year', None, per('in October', 2025, 10), MINEM),
        ('221,400 tonnes', 1, 221400, 'tonne', "Peru's copper production", 'decrease', None, None, per('in October', 2025, 10), MINEM),
        ('250,000 tonnes', 1, 250000, 'tonne', 'refined copper market deficit', None, None, 'approximately', Y('in 2026', 2026), GS),
        ('180,000 tonnes', 1, 180000, 'tonne', 'refined copper market deficit', None, None, None, Y('this year', 2025), GS),
    ],
    'business_standard_style_gold_loan_nbfc_growth.txt': [
        ('118%', 1, 118, 'percent', 'bank gold loans', 'increase', 'year_on_year', None, BOCT, RBI),
        ('₹3.37 trn', 1, 3.37e12, 'INR', 'bank gold loans', 'increase', None, None, BOCT, RBI),
        ('118.4 per cent', 1, 118.4, 'percent', 'bank credit against gold jewellery', 'increase', 'year_on_year', None, FN, RBI),
        ('₹3,37,410 crore', 1, 3.3741e12, 'INR', 'bank credit against gold jewellery', 'increase', None, None, FN, RBI),
        ('51.0 per cent', 1, 51.0, 'percent', 'bank credit against gold jewellery', 'increase', 'year_on_year', None, P('A year earlier', '2024-10-31', '2024-10-31'), RBI),
        ('₹1,14,600 crore', 1, 1.146e12, 'INR', 'gold loans', 'increase', None, None, P('Between end-March 2025 and October 31', '2025-03-31', '2025-10-31'), RBI),
        ('51.4 per cent', 1, 51.4, 'percent', 'gold loans', 'increase', None, None, P('Between end-March 2025 and October 31', '2025-03-31', '2025-10-31'), RBI),
        ('11.7 per cent', 1, 11.7, 'percent', 'personal loans', 'decrease', 'year_on_year', None, BOCT, RBI),
        ('13.4 per cent', 1, 13.4, 'percent', 'personal loans', None, 'year_on_year', None, per('a year ago', 2024, 10), RBI),
        ('8.2 per cent', 1, 8.2, 'percent', 'credit card outstanding', 'increase', 'year_on_year', None, BOCT, RBI),
        ('9.6 per cent', 1, 9.6, 'percent', 'vehicle loans', 'increase', 'year_on_year', None, BOCT, RBI),
        ('42 per cent', 1, 42, 'percent', "Muthoot Finance's gold loan assets under management", 'increase', 'year_on_year', None, SEPQ, MUT),
        ('₹1.47 trillion', 1, 1.47e12, 'INR', "Muthoot Finance's gold loan assets under management", 'increase', None, None, SEPQ, MUT),
        ('29 per cent', 1, 29, 'percent', "Manappuram Finance's gold loan book", 'increase', 'year_on_year', None, SEPQ, MAN),
        ('₹31,260 crore', 1, 3.126e11, 'INR', "Manappuram Finance's gold loan book", 'increase', None, None, SEPQ, MAN),
        ('60 per cent', 1, 60, 'percent', 'domestic gold prices', 'increase', None, 'approximately', P('so far in 2025', '2025-01-01', '2025-12-01'), IBJA),
        ('85 per cent', 1, 85, 'percent', 'loan-to-value limit for small-ticket gold loans', None, None, 'up_to', None, RBI),
        ('75 per cent', 1, 75, 'percent', 'loan-to-value limit for small-ticket gold loans', None, None, None, None, RBI),
        ('₹15 trillion', 1, 1.5e13, 'INR', 'organised gold loan market', None, None, None, P('by March 2026', '2026-03-31', '2026-03-31'), CRISIL),
    ],
    'eu_energy_style_ev_battery_gigafactory_capacity.txt': [
        ('228 GWh', 1, 228, 'gigawatt hour', 'nominal battery cell manufacturing capacity in the EU', 'increase', None, None, E25, None),
        ('186 GWh', 1, 186, 'gigawatt hour', 'nominal battery cell manufacturing capacity in the EU', None, None, None, P('a year earlier', '2024-12-31', '2024-12-31'), None),
        ('96 GWh', 1, 96, 'gigawatt hour', 'cell output', None, None, None, Y25, None),
        ('42%', 1, 42, 'percent', 'average utilisation rate', None, None, 'approximately', Y25, None),
        ('68 GWh', 1, 68, 'gigawatt hour', 'installed capacity in Hungary', None, None, None, None, None),
        ('61 GWh', 1, 61, 'gigawatt hour', 'installed capacity in Germany', None, None, None, None, None),
        ('45 GWh', 1, 45, 'gigawatt hour', 'installed capacity in Poland', None, None, None, None, None),
        ('19 GWh', 1, 19, 'gigawatt hour', 'installed capacity in France', None, None, None, None, None),
        ('85%', 1, 85, 'percent', 'Hungary, Germany, Poland and France share of EU capacity', None, None, None, None, None),
        ('€24.1 billion', 1, 24.1e9, 'EUR', 'EU imports of lithium-ion batteries', None, None, None, Y25, ESTAT),
        ('6%', 1, 6, 'percent', 'EU imports of lithium-ion batteries', 'increase', 'year_on_year', None, Y25, ESTAT),
        ('78%', 1, 78, 'percent', 'China share of lithium-ion battery imports', None, None, None, Y25, ESTAT),
        ('€18.8 billion', 1, 18.8e9, 'EUR', 'lithium-ion battery imports from China', None, None, None, Y25, ESTAT),
        ('11%', 1, 11, 'percent', 'imports from South Korea', 'decrease', 'year_on_year', None, Y25, ESTAT),
        ('€2.3 billion', 1, 2.3e9, 'EUR', 'imports from South Korea', 'decrease', None, None, Y25, ESTAT),
        ('4%', 1, 4, 'percent', 'imports from Japan', 'decrease', 'year_on_year', None, Y25, ESTAT),
        ('€0.9 billion', 1, 0.9e9, 'EUR', 'imports from Japan', 'decrease', None, None, Y25, ESTAT),
        ('176 GWh', 1, 176, 'gigawatt hour', 'imports in volume terms', None, None, None, Y25, ESTAT),
        ('14%', 1, 14, 'percent', 'imports in volume terms', 'increase', 'year_on_year', None, Y25, ESTAT),
        ('137 €/kWh', 1, 137, 'EUR', 'average import unit value', 'decrease', None, None, Y25, ESTAT),
        ('154 €/kWh', 1, 154, 'EUR', 'average import unit value', None, None, None, Y('in 2024', 2024), ESTAT),
        ('480', 1, 480, 'gigawatt hour', 'EU cell capacity', 'increase', None, None, Y('by 2030', 2030), None),
        ('550 GWh', 1, 550, 'gigawatt hour', 'EU cell capacity', 'increase', None, None, Y('by 2030', 2030), None),
        ('40%', 1, 40, 'percent', 'share of announced capacity under construction', None, None, 'approximately', P('at the end of 2025', '2025-12-31', '2025-12-31'), EBA),
    ],
    'nbs_style_per_capita_consumption_spending_categories.txt': [
        ('20,647 yuan', 1, 20647, 'CNY', 'per capita consumption expenditure of residents nationwide', None, None, None, JS, NBS),
        ('6.0 percent', 1, 6.0, 'percent', 'nominal per capita consumption expenditure', 'increase', 'year_on_year', None, JS, NBS),
        ('5.7 percent', 1, 5.7, 'percent', 'real per capita consumption expenditure', 'increase', 'year_on_year', None, JS, NBS),
        ('17,352 yuan', 1, 17352, 'CNY', 'median per capita consumption expenditure', None, None, None, JS, NBS),
        ('5.1 percent', 1, 5.1, 'percent', 'median per capita consumption expenditure', 'increase', 'year_on_year', None, JS, NBS),
        ('2,330 yuan', 1, 2330, 'CNY', 'per capita spending on education, culture and recreation', None, None, None, F3, NBS),
        ('11.2 percent', 1, 11.2, 'percent', 'per capita spending on education, culture and recreation', 'increase', 'year_on_year', None, F3, NBS),
        ('9.1 percent', 1, 9.1, 'percent', 'per capita spending on transportation and communication', 'increase', 'year_on_year', None, F3, NBS),
        ('8.7 percent', 1, 8.7, 'percent', 'per capita spending on other goods and services', 'increase', 'year_on_year', None, F3, NBS),
        ('6,180 yuan', 1, 6180, 'CNY', 'per capita spending on food, tobacco and liquor', None, None, None, F3, NBS),
        ('5.3 percent', 1, 5.3, 'percent', 'per capita spending on food, tobacco and liquor', 'increase', 'year_on_year', None, F3, NBS),
        ('4,418 yuan', 1, 4418, 'CNY', 'per capita spending on housing', None, None, None, F3, NBS),
        ('3.2 percent', 1, 3.2, 'percent', 'per capita spending on housing', 'increase', 'year_on_year', None, F3, NBS),
        ('29.9 percent', 1, 29.9, 'percent', 'food, tobacco and liquor share of per capita consumption expenditure', None, None, None, F3, NBS),
        ('21.4 percent', 1, 21.4, 'percent', 'housing share of per capita consumption expenditure', None, None, None, F3, NBS),
        ('14.3 percent', 1, 14.3, 'percent', 'transportation and communication share of per capita consumption expenditure', None, None, None, F3, NBS),
        ('0.5 percentage points', 1, 0.5, 'percentage_point', 'education, culture and recreation share of per capita consumption expenditure', 'increase', None, None, F3, NBS),
        ('11.3 percent', 1, 11.3, 'percent', 'education, culture and recreation share of per capita consumption expenditure', 'increase', None, None, F3, NBS),
        ('9,548 yuan', 1, 9548, 'CNY', 'per capita service consumption expenditure', None, None, None, FJS, NBS),
        ('7.0 percent', 1, 7.0, 'percent', 'per capita service consumption expenditure', 'increase', 'year_on_year', None, FJS, NBS),
        ('46.2 percent', 1, 46.2, 'percent', 'service consumption share of per capita consumption expenditure', None, None, None, FJS, NBS),
        ('5.6 percent', 1, 5.6, 'percent', 'per capita consumption expenditure', 'increase', 'year_on_year', None, Q('In the third quarter', 2024, 3), NBS),
        ('0.8 percentage points', 1, 0.8, 'percentage_point', 'growth rate of per capita consumption expenditure', 'decrease', 'quarter_on_quarter', None, Q('In the third quarter', 2024, 3), NBS),
        ('26,417 yuan', 1, 26417, 'CNY', 'per capita consumption expenditure of urban residents', None, None, None, F3, NBS),
        ('4.9 percent', 1, 4.9, 'percent', 'per capita consumption expenditure of urban residents', 'increase', 'year_on_year', None, F3, NBS),
        ('13,839 yuan', 1, 13839, 'CNY', 'per capita consumption expenditure of rural residents', None, None, None, F3, NBS),
        ('7.3 percent', 1, 7.3, 'percent', 'per capita consumption expenditure of rural residents', 'increase', 'year_on_year', None, F3, NBS),
        ('1.91', 1, 1.91, 'times', 'ratio of urban to rural per capita consumption expenditure', 'decrease', None, None, F3, NBS),
        ('1.96', 1, 1.96, 'times', 'ratio of urban to rural per capita consumption expenditure', None, None, None, P('a year earlier', '2023-01-01', '2023-09-30'), NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
