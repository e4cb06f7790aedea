# ruff: noqa: E501, RUF001
"""Write corpus/annotated_58/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_58.py corpus/annotated_58
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
OBR = "Office for Budget Responsibility"
DOL = "U.S. Department of Labor"
NBP = "National Bank of Poland"
GUS = "Statistics Poland"
ING = "ING"
BOFA = "Bank of America"
SA = "StreetAccount"
KCS = "Korea Customs Service"
MOTIE = "Ministry of Trade, Industry and Energy"
BSP = "Bangko Sentral ng Pilipinas"
TE = "Trading Economics"
EIA = "U.S. Energy Information Administration"
LSEG = "LSEG"
IPA = "Indian Ports Association"
MOPSW = "Ministry of Ports, Shipping and Waterways"
CHO = "Clean Hydrogen Observatory"
EC = "European Commission"
NBS = "National Bureau of Statistics"

# 5801 ONS public sector finances (ref Friday 2025-11-21)
OCT25 = per("in October 2025", 2025, 10)
FYTD = P("in the financial year to October 2025", "2025-04-01", "2025-10-31")
EO25 = P("at the end of October 2025", "2025-10-31", "2025-10-31")
FYE25 = P("in the financial year ending (FYE) March 2025", "2024-04-01", "2025-03-31")
FYE26 = P("in FYE March 2026", "2025-04-01", "2026-03-31")
# 5802 Reuters 1987 (ref Tuesday 1987-03-10)
Q486 = Q("in the fourth quarter of 1986", 1986, 4)
INQ = Q("in the quarter", 1986, 4)
INQC = Q("In the quarter", 1986, 4)
Q486B = Q("in the fourth quarter", 1986, 4)
# 5803 Reuters 2026 (ref Wednesday 2026-01-14)
WED = P("on Wednesday", "2026-01-14", "2026-01-14")
DEC = per("in December", 2025, 12)
NOV = per("in November", 2025, 11)
Y26 = Y("in 2026", 2026)
# 5804 CNBC (ref Wednesday 2026-01-14)
TMQ = P("for the three months ended Dec. 31", "2025-10-01", "2025-12-31")
YEQ = Q("in the year-earlier quarter", 2024, 4)
CQ4 = Q("in the fourth quarter", 2025, 4)
CIQ = Q("in the quarter", 2025, 4)
# 5805 MT Newswires (ref Thursday 2025-11-20, US time)
F20 = P("in the first 20 days of November", "2025-11-01", "2025-11-20")
PER = P("in the period", "2025-11-01", "2025-11-20")
FPER = P("for the period", "2025-11-01", "2025-11-20")
FOCT = per("For the full month of October", 2025, 10)
# 5806 Trading Economics (ref Monday 2025-11-17)
SEP25 = per("in September 2025", 2025, 9)
F9 = P("In the first nine months of the year", "2025-01-01", "2025-09-30")
# 5807 Investing.com (ref Thursday 2025-07-17)
ET = P("By 11:20 ET", None, None)
WK = P("in the week ended July 11", "2025-07-05", "2025-07-11")
ASOF = P("as of July 11", "2025-07-11", "2025-07-11")
# 5808 Business Standard (ref Wednesday 2025-12-03)
HAN = P("in Apr-Nov", "2025-04-01", "2025-11-30")
AN26 = P("during April-November of FY26", "2025-04-01", "2025-11-30")
EM = P("in the eight months", "2025-04-01", "2025-11-30")
AN = P("during April-November", "2025-04-01", "2025-11-30")
AO = P("in April-October", "2025-04-01", "2025-10-31")
# 5809 DG ENER (ref Tuesday 2026-01-20)
EOS = P("At the end of September 2025", "2025-09-30", "2025-09-30")
Q325 = Q("In the third quarter of 2025", 2025, 3)
F925 = P("in the first nine months of 2025", "2025-01-01", "2025-09-30")
BY30 = P("by 2030", "2030-12-31", "2030-12-31")
FOR30 = Y("for 2030", 2030)
# 5810 NBS (ref Friday 2025-11-14)
F10 = P("in the first ten months of 2025", "2025-01-01", "2025-10-31")
JO = P("From January to October", "2025-01-01", "2025-10-31")
JOB = P("In January-October", "2025-01-01", "2025-10-31")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_public_sector_finances.txt': [
        ('£17.4 billion', 1, 17.4e9, 'GBP', 'public sector net borrowing excluding public sector banks', None, None, None, OCT25, None),
        ('£2.3 billion', 1, 2.3e9, 'GBP', 'public sector net borrowing excluding public sector banks', 'decrease', 'year_on_year', None, OCT25, None),
        ('£116.8 billion', 1, 116.8e9, 'GBP', 'borrowing', None, None, None, FYTD, None),
        ('£9.9 billion', 1, 9.9e9, 'GBP', 'borrowing', 'increase', 'year_on_year', None, FYTD, None),
        ('95.3%', 1, 95.3, 'percent', 'public sector net debt excluding public sector banks as a share of GDP', None, None, None, EO25, None),
        ('1.4 percentage points', 1, 1.4, 'percentage_point', 'public sector net debt excluding public sector banks as a share of GDP', 'increase', 'year_on_year', None, EO25, None),
        ('6.1%', 1, 6.1, 'percent', 'central government receipts', 'increase', 'year_on_year', None, OCT25, ONS),
        ('£89.2 billion', 1, 89.2e9, 'GBP', 'central government receipts', 'increase', None, None, OCT25, ONS),
        ('3.8%', 1, 3.8, 'percent', 'central government expenditure', 'increase', 'year_on_year', None, OCT25, ONS),
        ('£98.5 billion', 1, 98.5e9, 'GBP', 'central government expenditure', 'increase', None, None, OCT25, ONS),
        ('£66.0 billion', 1, 66.0e9, 'GBP', 'tax receipts', None, None, None, OCT25, ONS),
        ('£1.9 billion', 1, 1.9e9, 'GBP', 'income tax receipts', 'increase', 'year_on_year', None, OCT25, ONS),
        ('£0.6 billion', 1, 0.6e9, 'GBP', 'VAT receipts', 'increase', 'year_on_year', None, OCT25, ONS),
        ('£1.2 billion', 1, 1.2e9, 'GBP', 'compulsory social contributions', 'increase', 'year_on_year', None, OCT25, ONS),
        ('£9.7 billion', 1, 9.7e9, 'GBP', 'debt interest payable by central government', None, None, None, OCT25, ONS),
        ('£1.4 billion', 1, 1.4e9, 'GBP', 'debt interest payable by central government', 'decrease', 'year_on_year', None, OCT25, ONS),
        ('£0.5 billion', 1, 0.5e9, 'GBP', 'local government surplus', None, None, 'approximately', per('in the month', 2025, 10), ONS),
        ('£2,907.3 billion', 1, 2907.3e9, 'GBP', 'PSND ex', None, None, None, EO25, ONS),
        ('£134.6 billion', 1, 134.6e9, 'GBP', 'PSND ex', 'increase', 'year_on_year', None, EO25, ONS),
        ('£2,703.1 billion', 1, 2703.1e9, 'GBP', 'debt excluding the Bank of England', None, None, None, EO25, ONS),
        ('88.6%', 1, 88.6, 'percent', 'debt excluding the Bank of England as a share of GDP', None, None, None, EO25, ONS),
        ('£1.8 billion', 1, 1.8e9, 'GBP', 'borrowing revision', 'decrease', None, None, FYE25, ONS),
        ('£150.3 billion', 1, 150.3e9, 'GBP', 'borrowing', 'decrease', None, None, FYE25, ONS),
        ('£117.7 billion', 1, 117.7e9, 'GBP', 'borrowing', None, None, None, FYE26, OBR),
    ],
    'wire_1987_us_unit_labor_costs.txt': [
        ('1.7 PCT', 1, 1.7, 'percent', 'U.S. productivity', 'decrease', None, None, Q('FOURTH QUARTER', 1986, 4), None),
        ('1.7 pct', 1, 1.7, 'percent', "productivity of the nation's nonfarm businesses", 'decrease', 'quarter_on_quarter', None, Q486, DOL),
        ('1.1 pct', 1, 1.1, 'percent', "productivity of the nation's nonfarm businesses", 'decrease', 'quarter_on_quarter', None, Q486, DOL),
        ('1.5 pct', 1, 1.5, 'percent', "productivity of the nation's nonfarm businesses", 'decrease', 'quarter_on_quarter', 'approximately', Q486, None),
        ('4.4 pct', 1, 4.4, 'percent', 'unit labor costs', 'increase', 'quarter_on_quarter', None, INQ, DOL),
        ('3.7 pct', 1, 3.7, 'percent', 'unit labor costs', None, 'quarter_on_quarter', None, INQ, DOL),
        ('2.5 pct', 1, 2.5, 'percent', 'unit labor costs', 'increase', 'quarter_on_quarter', None, Q('in the third quarter', 1986, 3), DOL),
        ('2.6 pct', 1, 2.6, 'percent', 'hourly compensation', 'increase', 'quarter_on_quarter', None, INQC, DOL),
        ('0.3 pct', 1, 0.3, 'percent', 'real hourly compensation', 'decrease', 'quarter_on_quarter', None, INQC, DOL),
        ('1.2 pct', 1, 1.2, 'percent', 'output', 'increase', 'quarter_on_quarter', None, INQC, DOL),
        ('2.9 pct', 1, 2.9, 'percent', 'hours worked', 'increase', 'quarter_on_quarter', None, INQC, DOL),
        ('2.8 pct', 1, 2.8, 'percent', 'manufacturing productivity', 'increase', 'quarter_on_quarter', None, Q486B, DOL),
        ('0.6 pct', 1, 0.6, 'percent', 'manufacturing unit labor costs', 'decrease', 'quarter_on_quarter', None, Q486B, DOL),
        ('0.7 pct', 1, 0.7, 'percent', 'nonfarm productivity', 'increase', 'year_on_year', None, Y('For all of 1986', 1986), DOL),
        ('0.4 pct', 1, 0.4, 'percent', 'nonfarm productivity', 'increase', 'year_on_year', None, Y('in 1985', 1985), DOL),
        ('3.1 pct', 1, 3.1, 'percent', 'unit labor costs', 'increase', 'year_on_year', None, Y('For all of 1986', 1986), DOL),
        ('4.0 pct', 1, 4.0, 'percent', 'unit labor costs', None, 'year_on_year', None, Y('the year before', 1985), DOL),
        ('3.5 pct', 1, 3.5, 'percent', 'manufacturing productivity', 'increase', 'year_on_year', None, Y('in 1986', 1986), DOL),
        ('0.9 pct', 1, 0.9, 'percent', 'nonfarm productivity', 'increase', 'quarter_on_quarter', None, Q('third-quarter', 1986, 3), DOL),
        ('1.1 pct', 2, 1.1, 'percent', 'nonfarm productivity', None, 'quarter_on_quarter', None, Q('third-quarter', 1986, 3), DOL),
        ('111.6', 1, 111.6, 'index_point', 'productivity index', None, None, None, Q486B, DOL),
    ],
    'wire_2025_poland_rate_decision.txt': [
        ('4.00%', 1, 4.00, 'percent', 'rates', None, None, None, None, NBP),
        ('4.00%', 2, 4.00, 'percent', 'reference rate', None, None, None, WED, NBP),
        ('4.50%', 1, 4.50, 'percent', 'lombard rate', None, None, None, WED, NBP),
        ('3.50%', 1, 3.50, 'percent', 'deposit rate', None, None, None, WED, NBP),
        ('24', 1, 24, 'count', 'economists polled by Reuters', None, None, None, None, 'Reuters'),
        ('175 basis points', 1, 175, 'basis_point', 'borrowing costs', 'decrease', None, None, Y('in 2025', 2025), NBP),
        ('2.3%', 1, 2.3, 'percent', 'consumer prices', 'increase', 'year_on_year', None, DEC, GUS),
        ('2.4%', 1, 2.4, 'percent', 'consumer prices', None, 'year_on_year', None, NOV, GUS),
        ('2.5%', 1, 2.5, 'percent', 'consumer prices', None, 'year_on_year', None, DEC, 'Reuters'),
        ('2.6%', 1, 2.6, 'percent', 'core inflation', 'decrease', 'year_on_year', None, DEC, NBP),
        ('2.8%', 1, 2.8, 'percent', 'core inflation', None, 'year_on_year', None, NOV, NBP),
        ('2.5%', 2, 2.5, 'percent', 'inflation target', None, None, None, None, NBP),
        ('one percentage point', 1, 1, 'percentage_point', 'tolerance band', None, None, None, None, NBP),
        ('6.1%', 1, 6.1, 'percent', 'average gross wages in the enterprise sector', 'increase', 'year_on_year', None, NOV, GUS),
        ('8,912 zlotys', 1, 8912, 'PLN', 'average gross wages in the enterprise sector', 'increase', None, None, NOV, GUS),
        ('6.6%', 1, 6.6, 'percent', 'average gross wages in the enterprise sector', None, 'year_on_year', None, per('in October', 2025, 10), GUS),
        ('0.8%', 1, 0.8, 'percent', 'employment', 'decrease', 'year_on_year', None, NOV, GUS),
        ('0.9%', 1, 0.9, 'percent', 'employment', 'decrease', 'year_on_year', None, NOV, None),
        ('50', 1, 50, 'basis_point', 'NBP rate cuts', 'decrease', None, None, Y26, ING),
        ('75 bps', 1, 75, 'basis_point', 'NBP rate cuts', 'decrease', None, None, Y26, ING),
        ('3.25%', 1, 3.25, 'percent', 'reference rate', 'decrease', None, None, P('by the end of the year', '2026-12-31', '2026-12-31'), ING),
        ('3.50%', 2, 3.50, 'percent', 'reference rate', 'decrease', None, None, P('by the end of the year', '2026-12-31', '2026-12-31'), ING),
        ('4.21', 1, 4.21, 'PLN', 'zloty per euro', None, None, None, None, GUS),
    ],
    'cnbc_style_bank_quarterly_profits.txt': [
        ('18%', 1, 18, 'percent', 'Bank of America profit', 'increase', None, None, None, None),
        ('98 cents', 1, 0.98, 'USD', 'earnings per share', None, None, None, None, BOFA),
        ('91 cents', 1, 0.91, 'USD', 'earnings per share', None, None, None, None, None),
        ('$28.37 billion', 1, 28.37e9, 'USD', 'revenue', None, None, None, None, BOFA),
        ('$27.71 billion', 1, 27.71e9, 'USD', 'revenue', None, None, None, None, None),
        ('18%', 2, 18, 'percent', 'profit', 'increase', 'year_on_year', None, TMQ, BOFA),
        ('$7.72 billion', 1, 7.72e9, 'USD', 'profit', 'increase', None, None, TMQ, BOFA),
        ('98 cents', 2, 0.98, 'USD', 'earnings per share', 'increase', None, None, TMQ, BOFA),
        ('$6.54 billion', 1, 6.54e9, 'USD', 'profit', None, None, None, YEQ, BOFA),
        ('82 cents', 1, 0.82, 'USD', 'earnings per share', None, None, None, YEQ, BOFA),
        ('9%', 1, 9, 'percent', 'net interest income', 'increase', 'year_on_year', None, CQ4, BOFA),
        ('$15.98 billion', 1, 15.98e9, 'USD', 'net interest income', 'increase', None, None, CQ4, BOFA),
        ('$15.76 billion', 1, 15.76e9, 'USD', 'net interest income', None, None, None, CQ4, SA),
        ('6%', 1, 6, 'percent', 'NII', 'increase', None, None, Y26, BOFA),
        ('7%', 1, 7, 'percent', 'NII', 'increase', None, None, Y26, BOFA),
        ('13%', 1, 13, 'percent', 'sales and trading revenue', 'increase', None, None, CIQ, BOFA),
        ('$4.61 billion', 1, 4.61e9, 'USD', 'sales and trading revenue', 'increase', None, None, CIQ, BOFA),
        ('$2.84 billion', 1, 2.84e9, 'USD', 'fixed income, currencies and commodities revenue', None, None, None, CIQ, BOFA),
        ('$1.77 billion', 1, 1.77e9, 'USD', 'equities revenue', None, None, None, CIQ, BOFA),
        ('$1.66 billion', 1, 1.66e9, 'USD', 'investment banking fees', None, None, None, CIQ, BOFA),
        ('$1.37 billion', 1, 1.37e9, 'USD', 'provision for credit losses', 'decrease', None, None, CQ4, BOFA),
        ('$1.45 billion', 1, 1.45e9, 'USD', 'provision for credit losses', None, None, None, Q('in the third quarter', 2025, 3), BOFA),
        ('$1.30 billion', 1, 1.30e9, 'USD', 'net charge-offs', None, None, None, CQ4, BOFA),
        ('0.53%', 1, 0.53, 'percent', 'net charge-offs share of average loans', None, None, None, CQ4, BOFA),
        ('$5.3 billion', 1, 5.3e9, 'USD', 'share buybacks', None, None, None, CIQ, BOFA),
        ('11.4%', 1, 11.4, 'percent', 'CET1 ratio', None, None, None, CIQ, BOFA),
        ('10%', 1, 10, 'percent', 'regulatory minimum CET1 ratio', None, None, None, None, None),
        ('1.6%', 1, 1.6, 'percent', 'Bank of America shares', 'increase', None, None, None, BOFA),
        ('24%', 1, 24, 'percent', 'Bank of America shares', 'increase', None, 'approximately', P('over the past 12 months', '2025-01-14', '2026-01-14'), BOFA),
    ],
    'mt_newswires_korea_exports_first_20_days.txt': [
        ('8.2%', 1, 8.2, 'percent', "South Korea's exports", 'increase', None, None, P('in First 20 Days of November', '2025-11-01', '2025-11-20'), None),
        ('8.2%', 2, 8.2, 'percent', "South Korea's exports", 'increase', 'year_on_year', None, F20, KCS),
        ('$37.2 billion', 1, 37.2e9, 'USD', "South Korea's exports", 'increase', None, None, F20, KCS),
        ('$2.41 billion', 1, 2.41e9, 'USD', 'exports per working day', None, None, None, F20, KCS),
        ('4.7%', 1, 4.7, 'percent', 'exports per working day', 'increase', 'year_on_year', None, F20, KCS),
        ('21.4%', 1, 21.4, 'percent', 'semiconductor exports', 'increase', 'year_on_year', None, PER, KCS),
        ('$10.6 billion', 1, 10.6e9, 'USD', 'semiconductor exports', 'increase', None, None, PER, KCS),
        ('28.5%', 1, 28.5, 'percent', 'semiconductor share of total exports', None, None, None, PER, KCS),
        ('3.1%', 1, 3.1, 'percent', 'passenger car shipments', 'decrease', 'year_on_year', None, PER, KCS),
        ('11.8%', 1, 11.8, 'percent', 'petroleum products shipments', 'decrease', 'year_on_year', None, PER, KCS),
        ('9.6%', 1, 9.6, 'percent', 'exports of wireless communication devices', 'increase', 'year_on_year', None, PER, KCS),
        ('34.2%', 1, 34.2, 'percent', 'exports of ships', 'increase', 'year_on_year', None, PER, KCS),
        ('5.5%', 1, 5.5, 'percent', 'exports to China', 'increase', None, None, None, KCS),
        ('2.9%', 1, 2.9, 'percent', 'exports to the U.S.', 'decrease', None, None, None, KCS),
        ('12.7%', 1, 12.7, 'percent', 'shipments to Vietnam', 'increase', None, None, None, KCS),
        ('4.4%', 1, 4.4, 'percent', 'shipments to the European Union', 'increase', None, None, None, KCS),
        ('3.6%', 1, 3.6, 'percent', 'imports', 'increase', 'year_on_year', None, FPER, KCS),
        ('$35.5 billion', 1, 35.5e9, 'USD', 'imports', 'increase', None, None, FPER, KCS),
        ('$1.7 billion', 1, 1.7e9, 'USD', 'trade surplus', None, None, None, FPER, KCS),
        ('$58.3 billion', 1, 58.3e9, 'USD', 'trade surplus', None, None, None, P('Year to date', '2025-01-01', '2025-11-20'), KCS),
        ('$40.1 billion', 1, 40.1e9, 'USD', 'trade surplus', None, None, None, P('in the same period last year', '2024-01-01', '2024-11-20'), KCS),
        ('3.6%', 2, 3.6, 'percent', 'exports', 'increase', 'year_on_year', None, FOCT, MOTIE),
        ('3.5%', 1, 3.5, 'percent', 'exports', None, 'year_on_year', None, FOCT, MOTIE),
    ],
    'trading_economics_style_philippines_remittances.txt': [
        ('2.9%', 1, 2.9, 'percent', 'cash remittances', 'increase', 'year_on_year', None, SEP25, BSP),
        ('USD 2.93 billion', 1, 2.93e9, 'USD', 'cash remittances', 'increase', None, None, SEP25, BSP),
        ('3.1%', 1, 3.1, 'percent', 'cash remittances', 'increase', 'year_on_year', None, per('in the previous month', 2025, 8), BSP),
        ('3.2%', 1, 3.2, 'percent', 'cash remittances', None, 'year_on_year', None, SEP25, None),
        ('3.0%', 1, 3.0, 'percent', 'remittances from land-based workers', 'increase', 'year_on_year', None, SEP25, BSP),
        ('USD 2.34 billion', 1, 2.34e9, 'USD', 'remittances from land-based workers', 'increase', None, None, SEP25, BSP),
        ('2.6%', 1, 2.6, 'percent', 'remittances from sea-based workers', 'increase', 'year_on_year', None, SEP25, BSP),
        ('USD 0.59 billion', 1, 0.59e9, 'USD', 'remittances from sea-based workers', 'increase', None, None, SEP25, BSP),
        ('USD 26.16 billion', 1, 26.16e9, 'USD', 'cash remittances', None, None, None, F9, BSP),
        ('3.1%', 2, 3.1, 'percent', 'cash remittances', 'increase', 'year_on_year', None, F9, BSP),
        ('40.7%', 1, 40.7, 'percent', 'United States share of cash remittances', None, None, None, F9, BSP),
        ('USD 29.05 billion', 1, 29.05e9, 'USD', 'personal remittances', None, None, None, P('over January to September', '2025-01-01', '2025-09-30'), BSP),
        ('3%', 1, 3, 'percent', 'cash remittances', 'increase', None, None, Y('in 2025', 2025), BSP),
        ('1794.40 USD Million', 1, 1794.40e6, 'USD', 'Remittances in the Philippines average', None, None, None, P('from 1989 until 2025', '1989-01-01', '2025-12-31'), BSP),
        ('3539.37 USD Million', 1, 3539.37e6, 'USD', 'Remittances in the Philippines all time high', None, None, None, per('in December of 2024', 2024, 12), BSP),
        ('136.05 USD Million', 1, 136.05e6, 'USD', 'Remittances in the Philippines record low', None, None, None, per('in April of 1989', 1989, 4), BSP),
        ('2750.00 USD Million', 1, 2750.00e6, 'USD', 'Remittances in the Philippines', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('2850.00 USD Million', 1, 2850.00e6, 'USD', 'Philippines Remittances', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('2980.00 USD Million', 1, 2980.00e6, 'USD', 'Philippines Remittances', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_natural_gas_storage.txt': [
        ('2.4%', 1, 2.4, 'percent', 'Henry Hub natural gas futures for August delivery', 'increase', None, None, ET, None),
        ('$3.612', 1, 3.612, 'USD', 'Henry Hub natural gas futures for August delivery', 'increase', None, None, ET, None),
        ('2.1%', 1, 2.1, 'percent', 'September contract', 'increase', None, None, ET, None),
        ('$3.655', 1, 3.655, 'USD', 'September contract', 'increase', None, None, ET, None),
        ('46 billion cubic feet', 1, 46e9, 'cubic foot', 'gas in storage', 'increase', None, None, WK, EIA),
        ('53 bcf', 1, 53e9, 'cubic foot', 'gas in storage', 'increase', None, None, WK, 'Reuters'),
        ('63 bcf', 1, 63e9, 'cubic foot', 'gas in storage', 'increase', None, None, P('in the same week last year', '2024-07-05', '2024-07-11'), EIA),
        ('17 bcf', 1, 17e9, 'cubic foot', 'stocks in the Midwest region', 'increase', None, None, WK, EIA),
        ('15 bcf', 1, 15e9, 'cubic foot', 'stocks in the East region', 'increase', None, None, WK, EIA),
        ('4 bcf', 1, 4e9, 'cubic foot', 'stocks in the South Central region', 'increase', None, None, WK, EIA),
        ('6 bcf', 1, 6e9, 'cubic foot', 'stocks in salt facilities', 'decrease', None, None, WK, EIA),
        ('10', 1, 10e9, 'cubic foot', 'stocks in non-salt facilities', 'increase', None, None, WK, EIA),
        ('3,053 bcf', 1, 3053e9, 'cubic foot', 'working gas in storage', None, None, None, ASOF, EIA),
        ('6.2%', 1, 6.2, 'percent', 'working gas in storage relative to the five-year average', 'increase', None, None, ASOF, EIA),
        ('5.8%', 1, 5.8, 'percent', 'working gas in storage', 'decrease', 'year_on_year', None, ASOF, EIA),
        ('59 bcf', 1, 59e9, 'cubic foot', 'five-year average build', 'increase', None, None, P('for the week', '2025-07-05', '2025-07-11'), EIA),
        ('106.8 bcf per day', 1, 106.8e9, 'cubic foot per day', 'average output in the Lower 48 states', 'increase', None, None, P('so far in July', '2025-07-01', '2025-07-17'), LSEG),
        ('105.9 bcfd', 1, 105.9e9, 'cubic foot per day', 'average output in the Lower 48 states', None, None, None, per('in June', 2025, 6), LSEG),
    ],
    'business_standard_style_port_cargo_traffic.txt': [
        ('6.1%', 1, 6.1, 'percent', "major ports' cargo traffic", 'increase', None, None, HAN, None),
        ('11%', 1, 11, 'percent', 'containers', 'increase', None, None, HAN, None),
        ('6.1 per cent', 1, 6.1, 'percent', "cargo handled by India's major ports", 'increase', 'year_on_year', None, AN26, IPA),
        ('578.4 million tonnes', 1, 578.4e6, 'tonne', "cargo handled by India's major ports", 'increase', None, None, AN26, IPA),
        ('74.2 mt', 1, 74.2e6, 'tonne', 'cargo handled by major ports', None, None, None, per('In November', 2025, 11), IPA),
        ('4.8 per cent', 1, 4.8, 'percent', 'cargo handled by major ports', 'increase', 'year_on_year', None, per('In November', 2025, 11), IPA),
        ('70.8 mt', 1, 70.8e6, 'tonne', 'cargo handled by major ports', None, None, None, per('in the same month last year', 2024, 11), IPA),
        ('11.3 per cent', 1, 11.3, 'percent', 'container traffic', 'increase', None, None, EM, IPA),
        ('9.12 million twenty-foot equivalent units', 1, 9.12e6, 'count', 'container traffic', 'increase', None, None, EM, IPA),
        ('2.2 per cent', 1, 2.2, 'percent', 'POL (petroleum, oil and lubricants)', 'increase', None, None, EM, IPA),
        ('165.3 mt', 1, 165.3e6, 'tonne', 'POL (petroleum, oil and lubricants)', 'increase', None, None, EM, IPA),
        ('7.4 per cent', 1, 7.4, 'percent', 'thermal coal volumes', 'decrease', None, None, EM, IPA),
        ('61.8 mt', 1, 61.8e6, 'tonne', 'thermal coal volumes', 'decrease', None, None, EM, IPA),
        ('5.1 per cent', 1, 5.1, 'percent', 'coking coal volumes', 'increase', None, None, EM, IPA),
        ('9.6 per cent', 1, 9.6, 'percent', 'iron ore volumes', 'increase', None, None, EM, IPA),
        ('111.6 mt', 1, 111.6e6, 'tonne', 'Paradip Port cargo traffic', None, None, None, AN, IPA),
        ('104.5 mt', 1, 104.5e6, 'tonne', 'Jawaharlal Nehru Port Authority cargo traffic', None, None, None, AN, IPA),
        ('98.7 mt', 1, 98.7e6, 'tonne', 'Deendayal Port cargo traffic', None, None, None, AN, IPA),
        ('1.9 per cent', 1, 1.9, 'percent', "Kolkata's Syama Prasad Mookerjee Port traffic", 'decrease', None, None, AN, IPA),
        ('62 per cent', 1, 62, 'percent', 'average capacity utilisation at major ports', None, None, 'approximately', AN, IPA),
        ('900 mt', 1, 900e6, 'tonne', 'cargo traffic target', None, None, None, P('for FY26', '2025-04-01', '2026-03-31'), MOPSW),
        ('855 mt', 1, 855e6, 'tonne', 'cargo handled', None, None, None, P('in FY25', '2024-04-01', '2025-03-31'), MOPSW),
        ('512 mt', 1, 512e6, 'tonne', 'cargo handled by non-major ports', None, None, None, AO, MOPSW),
        ('47 per cent', 1, 47, 'percent', "non-major ports share of India's total port cargo", None, None, 'approximately', AO, MOPSW),
    ],
    'eu_energy_style_hydrogen_electrolyser_capacity.txt': [
        ('642 MW', 1, 642, 'megawatt', 'installed water electrolyser capacity in the EU', 'increase', None, None, EOS, CHO),
        ('385 MW', 1, 385, 'megawatt', 'installed water electrolyser capacity in the EU', None, None, None, P('a year earlier', '2024-09-30', '2024-09-30'), CHO),
        ('231 MW', 1, 231, 'megawatt', 'installed electrolyser capacity in Germany', None, None, None, EOS, CHO),
        ('36%', 1, 36, 'percent', 'Germany share of installed electrolyser capacity', None, None, 'approximately', EOS, CHO),
        ('98 MW', 1, 98, 'megawatt', 'installed electrolyser capacity in Spain', None, None, None, EOS, CHO),
        ('74 MW', 1, 74, 'megawatt', 'installed electrolyser capacity in the Netherlands', None, None, None, EOS, CHO),
        ('64 MW', 1, 64, 'megawatt', 'new electrolyser capacity coming online', None, None, None, Q325, CHO),
        ('28%', 1, 28, 'percent', 'new electrolyser capacity coming online', 'decrease', 'quarter_on_quarter', None, Q325, CHO),
        ('11', 1, 11, 'count', 'projects bringing new capacity online', None, None, None, Q325, CHO),
        ('6', 1, 6, 'count', 'Member States with new capacity coming online', None, None, None, Q325, CHO),
        ('2.9 GW', 1, 2.9, 'gigawatt', 'electrolyser capacity under construction', None, None, None, Q325, CHO),
        ('two thirds', 1, 0.6667, 'fraction', 'Germany and France share of capacity under construction', None, None, 'approximately', Q325, CHO),
        ('1.6 GW', 1, 1.6, 'gigawatt', 'capacity of projects reaching a final investment decision', None, None, None, F925, CHO),
        ('2.3 GW', 1, 2.3, 'gigawatt', 'capacity of projects reaching a final investment decision', None, None, None, Y('in the whole of 2024', 2024), CHO),
        ('€992 million', 1, 992e6, 'EUR', 'European Hydrogen Bank second auction awards', None, None, None, F925, EC),
        ('15', 1, 15, 'count', 'projects awarded in the European Hydrogen Bank second auction', None, None, None, F925, EC),
        ('2.3 GW', 2, 2.3, 'gigawatt', 'combined capacity of projects awarded', None, None, None, F925, EC),
        ('€0.20', 1, 0.20, 'EUR', 'bids in the European Hydrogen Bank second auction', None, None, None, F925, EC),
        ('€0.60', 1, 0.60, 'EUR', 'bids in the European Hydrogen Bank second auction', None, None, None, F925, EC),
        ('10 million tonnes', 1, 10e6, 'tonne', 'REPowerEU ambition for domestic renewable hydrogen production', None, None, None, BY30, None),
        ('100 GW', 1, 100, 'gigawatt', 'electrolyser capacity required for the REPowerEU ambition', None, None, 'approximately', BY30, None),
        ('41 GW', 1, 41, 'gigawatt', 'announced electrolyser pipeline', None, None, None, FOR30, EC),
        ('38 GW', 1, 38, 'gigawatt', "Member States' national electrolyser targets", None, None, None, FOR30, None),
    ],
    'nbs_style_fixed_asset_investment_regions.txt': [
        ('40,872.3 billion yuan', 1, 40872.3e9, 'CNY', 'national investment in fixed assets', None, None, None, F10, NBS),
        ('1.7 percent', 1, 1.7, 'percent', 'national investment in fixed assets', 'decrease', 'year_on_year', None, F10, NBS),
        ('1.2 percentage points', 1, 1.2, 'percentage_point', 'growth rate of national investment in fixed assets', 'decrease', 'period_on_period', None, F10, NBS),
        ('4.6 percent', 1, 4.6, 'percent', 'investment in the eastern region', 'decrease', 'year_on_year', None, JO, NBS),
        ('0.9 percent', 1, 0.9, 'percent', 'investment in the central region', 'increase', 'year_on_year', None, JO, NBS),
        ('1.8 percent', 1, 1.8, 'percent', 'investment in the western region', 'increase', 'year_on_year', None, JO, NBS),
        ('9.3 percent', 1, 9.3, 'percent', 'investment in the northeast region', 'decrease', 'year_on_year', None, JO, NBS),
        ('20,915.6 billion yuan', 1, 20915.6e9, 'CNY', 'private investment', None, None, None, JOB, NBS),
        ('4.5 percent', 1, 4.5, 'percent', 'private investment', 'decrease', 'year_on_year', None, JOB, NBS),
        ('51.2 percent', 1, 51.2, 'percent', 'private investment share of total investment', None, None, None, JOB, NBS),
        ('1.1 percent', 1, 1.1, 'percent', 'private investment excluding real estate development', 'increase', 'year_on_year', None, JOB, NBS),
        ('4.2 percent', 1, 4.2, 'percent', 'investment in the primary industry', 'increase', 'year_on_year', None, None, NBS),
        ('6.4 percent', 1, 6.4, 'percent', 'investment in the secondary industry', 'increase', 'year_on_year', None, None, NBS),
        ('-4.9 percent', 1, -4.9, 'percent', 'investment in the tertiary industry', 'decrease', 'year_on_year', None, None, NBS),
        ('5.8 percent', 1, 5.8, 'percent', 'manufacturing investment', 'increase', 'year_on_year', None, None, NBS),
        ('0.3 percent', 1, 0.3, 'percent', 'infrastructure investment', 'decrease', 'year_on_year', None, None, NBS),
        ('14.7 percent', 1, 14.7, 'percent', 'investment in real estate development', 'decrease', 'year_on_year', None, None, NBS),
        ('1.39 percent', 1, 1.39, 'percent', 'investment in fixed assets', 'decrease', 'month_on_month', None, per('In October', 2025, 10), NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
