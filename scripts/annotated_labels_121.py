# ruff: noqa: E501, RUF001
"""Write corpus/annotated_121/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_121.py corpus/annotated_121
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
MOF = "Ministry of Finance"
GOJ = "Government of Japan"
CBB = "Central Bank of Brazil"
GOB = "Government of Brazil"
REU = "Reuters"
RH = "Robinhood"
DOF = "Department of Finance Canada"
PBO = "Parliamentary Budget Officer"
SARB = "South African Reserve Bank"
TE = "Trading Economics"
FDIC = "Federal Deposit Insurance Corporation"
MFIN = "Microfinance Industry Network"
ICRA = "ICRA"
ESTAT = "Eurostat"
EC = "European Commission"
NBS = "National Bureau of Statistics"
YOY, MOM, QOQ, POP = "year_on_year", "month_on_month", "quarter_on_quarter", "period_on_period"
UP, DOWN = "increase", "decrease"
APPROX, MORE, UPTO = "approximately", "more_than", "up_to"

# 12101 ONS insurance companies, pension funds and trusts (ref Wednesday 2025-09-24)
OQ2 = Q("in Quarter 2 (Apr to June) 2025", 2025, 2)
OQ1 = Q("in Quarter 1 (Jan to Mar) 2025", 2025, 1)
OLQ = Q("in the latest quarter", 2025, 2)
OBAJ = P("Between April and June 2025", "2025-04-01", "2025-06-30")
OPQ = Q("in the previous quarter", 2025, 1)
OINQ = Q("in the quarter", 2025, 2)
OSQ = Q("in the second quarter", 2025, 2)
OEJ = P("at the end of June 2025", "2025-06-30", "2025-06-30")
OEQ = P("at the end of the quarter", "2025-06-30", "2025-06-30")
OT12 = P("Over the 12 months to June 2025", "2024-07-01", "2025-06-30")
OT12B = P("in the 12 months to June 2024", "2023-07-01", "2024-06-30")
OQ1B = Q("in Quarter 1 2025", 2025, 1)
# 12102 Reuters 1987 (ref Thursday 1987-07-02)
JFYH = P("FISCAL 1986", "1986-04-01", "1987-03-31")
JFYE = P("in the fiscal year ended March 31", "1986-04-01", "1987-03-31")
JF86 = P("in fiscal 1986", "1986-04-01", "1987-03-31")
JIF86 = P("In fiscal 1986", "1986-04-01", "1987-03-31")
JMAY = per("In May", 1987, 5)
JAM = P("for April and May", "1987-04-01", "1987-05-31")
JF87 = P("for fiscal 1987", "1987-04-01", "1988-03-31")
JIF87 = P("in fiscal 1987", "1987-04-01", "1988-03-31")
# 12103 Reuters 2025 (ref Friday 2025-10-31)
BSEP = per("in September", 2025, 9)
BSMLY = per("in the same month last year", 2024, 9)
BINM = per("in the month", 2025, 9)
BT12S = P("Over the 12 months through September", "2024-10-01", "2025-09-30")
BT12A = P("in the 12 months to August", "2024-09-01", "2025-08-31")
BF12A = P("for the 12 months to August", "2024-09-01", "2025-08-31")
BAUG = per("in August", 2025, 8)
BJS = P("From January to September", "2025-01-01", "2025-09-30")
BYE = P("a year earlier", "2024-01-01", "2024-09-30")
# 12104 CNBC (ref Wednesday 2025-07-30)
CWED = P("on Wednesday", "2025-07-30", "2025-07-30")
CQ2 = Q("in the second quarter", 2025, 2)
CSP24 = Q("in the same period of 2024", 2024, 2)
CINQ = Q("in the quarter", 2025, 2)
CEJ = P("at the end of June", "2025-06-30", "2025-06-30")
CYA = P("a year ago", "2024-06-30", "2024-06-30")
CQE = P("at quarter-end", "2025-06-30", "2025-06-30")
CF25 = Y("For 2025", 2025)
CSTY = P("so far this year", "2025-01-01", "2025-07-30")
# 12105 MT Newswires (ref Friday 2025-10-24)
MAAH = P("in April-August", "2025-04-01", "2025-08-31")
MFAA = P("for April to August", "2025-04-01", "2025-08-31")
MYE = P("a year earlier", "2024-04-01", "2024-08-31")
MF5 = P("in the first five months", "2025-04-01", "2025-08-31")
MOP = P("over the period", "2025-04-01", "2025-08-31")
MAUG = per("In August", 2025, 8)
MJUL = per("in July", 2025, 7)
MA24 = per("in August 2024", 2024, 8)
MFY = P("for 2025-26", "2025-04-01", "2026-03-31")
# 12106 Trading Economics (ref Thursday 2025-10-30)
TS25 = per("in September 2025", 2025, 9)
TPM = per("in the previous month", 2025, 8)
TAUG = per("in August", 2025, 8)
TSEP = per("in September", 2025, 9)
# 12107 Investing.com (ref Tuesday 2025-11-25)
IQ3H = Q("in third quarter", 2025, 3)
IET = P("By 10:45 ET", None, None)
IQ3 = Q("in the third quarter", 2025, 3)
IINQ = Q("in the quarter", 2025, 3)
IES = P("at the end of September", "2025-09-30", "2025-09-30")
# 12108 Business Standard (ref Wednesday 2025-11-26)
SES25 = P("at the end of September 2025", "2025-09-30", "2025-09-30")
SJS = P("in July-September", "2025-07-01", "2025-09-30")
SYA = P("a year ago", "2024-07-01", "2024-09-30")
SINQ = Q("in the quarter", 2025, 3)
SES = P("at the end of September", "2025-09-30", "2025-09-30")
SAES = P("At the end of September", "2025-09-30", "2025-09-30")
SEJ = P("at the end of June", "2025-06-30", "2025-06-30")
SYE = P("a year earlier", "2024-09-30", "2024-09-30")
SH1 = P("In the first half of FY26 (H1FY26)", "2025-04-01", "2025-09-30")
SH1B = P("in H1FY25", "2024-04-01", "2024-09-30")
SFY26 = P("in FY26", "2025-04-01", "2026-03-31")
# 12109 DG ENER (ref Monday 2025-10-20)
EQ225 = Q("In Q2-2025", 2025, 2)
EINQ = Q("in the quarter", 2025, 2)
EQ224 = Q("in Q2-2024", 2024, 2)
EYE = Q("a year earlier", 2024, 2)
EY24 = Y("in 2024", 2024)
EH125 = P("In the first half of 2025", "2025-01-01", "2025-06-30")
# 12110 NBS (ref Tuesday 2025-09-30)
NJA = P("From January to August", "2025-01-01", "2025-08-31")
NAUG = per("In August", 2025, 8)
NF8 = P("In the first eight months", "2025-01-01", "2025-08-31")

ONI = "net investment by UK insurance companies, pension funds and trusts"
PFS = "pension funds' holdings of UK ordinary shares"
LDI = "pension funds' holdings of liability-driven investment (LDI) pooled funds"
GAT = "general account tax revenues"
PD = "primary deficit"
PDG = "primary deficit as a share of GDP"
ND = "nominal deficit as a share of GDP"
GGD = "gross general government debt as a share of GDP"
NPD = "net public sector debt as a share of GDP"
OPX = "combined adjusted operating expenses and share-based compensation"
PEX = "program expenses excluding net actuarial losses"
LAP = "loans and advances to the private sector in South Africa"
PSC = "Private Sector Credit in South Africa"
ANI = "aggregate net income of FDIC-insured institutions"
PBL = "banks on the Problem Bank List"
GLP = "gross loan portfolio of the microfinance industry"
PAR = "portfolio at risk for loans overdue 31 to 180 days"
P180 = "share of loans overdue by more than 180 days"
HHP = "average retail electricity price paid by EU households"
IND = "average price paid by industrial consumers"
ETR = "revenues from energy taxes in the EU"
HHC = "household electricity consumption in the EU"
SOR = "operating revenue of service enterprises above designated size"
SPR = "total profits of service enterprises above designated size"

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_insurance_pension_fund_investment.txt': [
        ('£11.3 billion', 1, 11.3e9, 'GBP', ONI, DOWN, None, None, OQ2, None),
        ('£14.8 billion', 1, 14.8e9, 'GBP', ONI, None, None, None, OQ1, None),
        ('half', 1, 0.5, 'fraction', 'insurance companies share of total net investment', None, None, MORE, OLQ, None),
        ('£5.9 billion', 1, 5.9e9, 'GBP', 'net investment by insurance companies', None, None, None, OLQ, None),
        ('£4.2 billion', 1, 4.2e9, 'GBP', 'net investment by self-administered pension funds', None, None, None, OLQ, None),
        ('£1.2 billion', 1, 1.2e9, 'GBP', 'net investment by trusts', None, None, None, OLQ, None),
        ('£2.6 billion', 1, 2.6e9, 'GBP', 'net disinvestment in UK corporate securities', None, None, None, None, None),
        ('£9.7 billion', 1, 9.7e9, 'GBP', 'net investment in UK government securities (gilts)', UP, None, None, OBAJ, ONS),
        ('£6.1 billion', 1, 6.1e9, 'GBP', 'net investment in UK government securities (gilts)', None, None, None, OPQ, ONS),
        ('a third', 1, 0.3333, 'fraction', 'index-linked gilts share of gilt purchases', None, None, APPROX, OBAJ, ONS),
        ('£3.4 billion', 1, 3.4e9, 'GBP', 'overseas investment', None, None, None, OINQ, ONS),
        ('£1.8 billion', 1, 1.8e9, 'GBP', 'net purchases of overseas ordinary shares', None, None, None, OINQ, ONS),
        ('£2.0 billion', 1, 2.0e9, 'GBP', 'net purchases of overseas corporate bonds', None, None, None, OINQ, ONS),
        ('£0.4 billion', 1, 0.4e9, 'GBP', 'net sales of overseas government securities', None, None, None, OINQ, ONS),
        ('£1.5 billion', 1, 1.5e9, 'GBP', PFS, DOWN, None, None, OSQ, ONS),
        ('£58.2 billion', 1, 58.2e9, 'GBP', PFS, DOWN, None, None, OEJ, ONS),
        ('12.4%', 1, 12.4, 'percent', PFS, DOWN, YOY, None, OEJ, ONS),
        ('3.1%', 1, 3.1, 'percent', LDI, UP, QOQ, None, OEJ, ONS),
        ('£412.6 billion', 1, 412.6e9, 'GBP', LDI, UP, None, None, OEJ, ONS),
        ('£3,245 billion', 1, 3245e9, 'GBP', 'total assets held by the three sectors', None, None, None, OEQ, ONS),
        ('£1,892 billion', 1, 1892e9, 'GBP', 'assets held by insurance companies', None, None, None, OEQ, ONS),
        ('£1,011 billion', 1, 1011e9, 'GBP', 'assets held by pension funds', None, None, None, OEQ, ONS),
        ('£342 billion', 1, 342e9, 'GBP', 'assets held by trusts', None, None, None, OEQ, ONS),
        ('£46.5 billion', 1, 46.5e9, 'GBP', 'net investment', None, None, None, OT12, ONS),
        ('19.5%', 1, 19.5, 'percent', 'net investment', UP, YOY, None, OT12, ONS),
        ('£38.9 billion', 1, 38.9e9, 'GBP', 'net investment', None, None, None, OT12B, ONS),
        ('£0.9 billion', 1, 0.9e9, 'GBP', 'net investment revision', UP, None, None, OQ1B, ONS),
        ('£14.8 billion', 2, 14.8e9, 'GBP', 'net investment', UP, None, None, OQ1B, ONS),
        ('1,100', 1, 1100, 'count', 'businesses in the quarterly survey', None, None, APPROX, None, ONS),
    ],
    'wire_1987_japan_tax_revenues.txt': [
        ('8.9 PCT', 1, 8.9, 'percent', 'tax revenues', UP, None, None, JFYH, None),
        ('8.9 pct', 1, 8.9, 'percent', GAT, UP, YOY, None, JFYE, MOF),
        ('41,880 billion yen', 1, 41880e9, 'JPY', GAT, UP, None, None, JFYE, MOF),
        ('40,760 billion', 1, 40760e9, 'JPY', GAT, None, None, None, JFYE, GOJ),
        ('92.4 pct', 1, 92.4, 'percent', 'securities transaction tax receipts', UP, None, None, None, MOF),
        ('1,150 billion yen', 1, 1150e9, 'JPY', 'securities transaction tax receipts', UP, None, None, None, MOF),
        ('6.1 pct', 1, 6.1, 'percent', 'corporate tax revenues', UP, None, None, JF86, MOF),
        ('12,780 billion yen', 1, 12780e9, 'JPY', 'corporate tax revenues', UP, None, None, JF86, MOF),
        ('10.2 pct', 1, 10.2, 'percent', 'income tax revenues', UP, None, None, JF86, MOF),
        ('16,330 billion', 1, 16330e9, 'JPY', 'income tax revenues', UP, None, None, JF86, MOF),
        ('1.4 pct', 1, 1.4, 'percent', 'revenues from the liquor tax', UP, None, None, JF86, MOF),
        ('39 pct', 1, 39, 'percent', 'income tax share of total revenues', None, None, APPROX, JIF86, MOF),
        ('30.5 pct', 1, 30.5, 'percent', 'corporate tax share of total revenues', None, None, None, JIF86, MOF),
        ('2,436 billion yen', 1, 2436e9, 'JPY', 'tax revenues', None, None, None, JMAY, MOF),
        ('14.7 pct', 1, 14.7, 'percent', 'tax revenues', UP, YOY, None, JMAY, MOF),
        ('4,102 billion yen', 1, 4102e9, 'JPY', 'tax revenues', None, None, None, JAM, MOF),
        ('11.3 pct', 1, 11.3, 'percent', 'tax revenues', UP, YOY, None, JAM, MOF),
        ('41,190 billion yen', 1, 41190e9, 'JPY', 'tax revenues', None, None, None, JF87, MOF),
        ('43', 1, 43e12, 'JPY', 'revenues', None, None, None, JIF87, None),
        ('44 trillion yen', 1, 44e12, 'JPY', 'revenues', None, None, None, JIF87, None),
    ],
    'wire_2025_brazil_primary_budget_deficit.txt': [
        ('17.4 bln reais', 1, 17.4e9, 'BRL', PD, None, None, None, BSEP, None),
        ('17.4 billion reais', 1, 17.4e9, 'BRL', PD, None, None, None, BSEP, CBB),
        ('$3.23 billion', 1, 3.23e9, 'USD', PD, None, None, None, BSEP, CBB),
        ('14.9 billion reais', 1, 14.9e9, 'BRL', PD, None, None, None, BSEP, REU),
        ('7.3 billion reais', 1, 7.3e9, 'BRL', PD, None, None, None, BSMLY, CBB),
        ('15.8 billion reais', 1, 15.8e9, 'BRL', 'central government deficit', None, None, None, BINM, CBB),
        ('0.9 billion reais', 1, 0.9e9, 'BRL', 'regional governments deficit', None, None, None, BINM, CBB),
        ('0.7 billion reais', 1, 0.7e9, 'BRL', 'state-owned companies deficit', None, None, None, BINM, CBB),
        ('0.52%', 1, 0.52, 'percent', PDG, UP, None, None, BT12S, CBB),
        ('0.43%', 1, 0.43, 'percent', PDG, None, None, None, BT12A, CBB),
        ('8.1%', 1, 8.1, 'percent', ND, UP, None, None, BT12S, CBB),
        ('7.9%', 1, 7.9, 'percent', ND, None, None, None, BT12A, CBB),
        ('0.43%', 2, 0.43, 'percent', PDG, UP, None, None, BF12A, CBB),
        ('0.41%', 1, 0.41, 'percent', PDG, None, None, None, BF12A, CBB),
        ('78.1%', 1, 78.1, 'percent', GGD, UP, None, None, BSEP, CBB),
        ('77.5%', 1, 77.5, 'percent', GGD, None, None, None, BAUG, CBB),
        ('63.9%', 1, 63.9, 'percent', NPD, None, None, None, BSEP, CBB),
        ('0.3 percentage point', 1, 0.3, 'percentage_point', NPD, UP, MOM, None, BSEP, CBB),
        ('65.2 billion reais', 1, 65.2e9, 'BRL', PD, None, None, None, BJS, CBB),
        ('11.6 billion reais', 1, 11.6e9, 'BRL', PD, None, None, None, BYE, CBB),
        ('0.25%', 1, 0.25, 'percent', 'tolerance around the primary result target', None, None, None, Y('in 2025', 2025), GOB),
        ('0.6%', 1, 0.6, 'percent', PDG, None, None, None, P('for this year', '2025-01-01', '2025-12-31'), CBB),
        ('79%', 1, 79, 'percent', 'gross debt as a share of GDP', None, None, APPROX, P('by December', '2025-12-31', '2025-12-31'), CBB),
    ],
    'cnbc_style_brokerage_app_quarterly_results.txt': [
        ('45%', 1, 45, 'percent', 'revenue', UP, None, None, None, None),
        ('3%', 1, 3, 'percent', 'Robinhood shares', DOWN, None, APPROX, CWED, RH),
        ('42 cents', 1, 0.42, 'USD', 'earnings per share', None, None, None, None, RH),
        ('31 cents', 1, 0.31, 'USD', 'earnings per share', None, None, None, None, None),
        ('$989 million', 1, 989e6, 'USD', 'revenue', None, None, None, None, RH),
        ('$917 million', 1, 917e6, 'USD', 'revenue', None, None, None, None, None),
        ('45%', 2, 45, 'percent', 'revenue', UP, YOY, None, CQ2, RH),
        ('$989 million', 2, 989e6, 'USD', 'revenue', UP, None, None, CQ2, RH),
        ('105%', 1, 105, 'percent', 'net income', UP, YOY, None, CQ2, RH),
        ('$386 million', 1, 386e6, 'USD', 'net income', UP, None, None, CQ2, RH),
        ('42 cents', 2, 0.42, 'USD', 'net income per share', UP, None, None, CQ2, RH),
        ('$188 million', 1, 188e6, 'USD', 'net income', None, None, None, CSP24, RH),
        ('21 cents', 1, 0.21, 'USD', 'net income per share', None, None, None, CSP24, RH),
        ('65%', 1, 65, 'percent', 'transaction-based revenue', UP, None, None, CINQ, RH),
        ('$539 million', 1, 539e6, 'USD', 'transaction-based revenue', UP, None, None, CINQ, RH),
        ('$265 million', 1, 265e6, 'USD', 'transaction revenue from options', None, None, None, CINQ, RH),
        ('$160 million', 1, 160e6, 'USD', 'transaction revenue from cryptocurrencies', None, None, None, CINQ, RH),
        ('$66 million', 1, 66e6, 'USD', 'transaction revenue from equities', None, None, None, CINQ, RH),
        ('25%', 1, 25, 'percent', 'net interest revenues', UP, None, None, CINQ, RH),
        ('$357 million', 1, 357e6, 'USD', 'net interest revenues', UP, None, None, CINQ, RH),
        ('29%', 1, 29, 'percent', 'other revenues', UP, None, None, CINQ, RH),
        ('$93 million', 1, 93e6, 'USD', 'other revenues', UP, None, None, CINQ, RH),
        ('2.3 million', 1, 2.3e6, 'count', 'funded customers', UP, YOY, None, CEJ, RH),
        ('26.5 million', 1, 26.5e6, 'count', 'funded customers', UP, None, None, CEJ, RH),
        ('3.5 million', 1, 3.5e6, 'count', 'Gold subscribers', None, None, None, CEJ, RH),
        ('double', 1, 2, 'times', 'Gold subscribers', UP, YOY, APPROX, CEJ, RH),
        ('1.8 million', 1, 1.8e6, 'count', 'Gold subscribers', None, None, None, CYA, RH),
        ('$279 billion', 1, 279e9, 'USD', 'total platform assets', None, None, None, CQE, RH),
        ('double', 2, 2, 'times', 'total platform assets', UP, YOY, MORE, CQE, RH),
        ('$13.8 billion', 1, 13.8e9, 'USD', 'net deposits', None, None, None, CINQ, RH),
        ('$2.15 billion', 1, 2.15e9, 'USD', OPX, UP, None, None, CF25, RH),
        ('$2.25 billion', 1, 2.25e9, 'USD', OPX, UP, None, None, CF25, RH),
        ('$2.0 billion', 1, 2.0e9, 'USD', OPX, None, None, None, CF25, RH),
        ('$2.1 billion', 1, 2.1e9, 'USD', OPX, None, None, None, CF25, RH),
        ('150%', 1, 150, 'percent', 'Robinhood stock', UP, None, APPROX, CSTY, RH),
    ],
    'mt_newswires_canada_fiscal_monitor.txt': [
        ('C$15.6 Billion', 1, 15.6e9, 'CAD', "Canada's federal deficit", UP, None, None, MAAH, None),
        ('C$15.6 billion', 1, 15.6e9, 'CAD', 'budgetary deficit', None, None, None, MFAA, DOF),
        ('C$9.4 billion', 1, 9.4e9, 'CAD', 'budgetary deficit', None, None, None, MYE, DOF),
        ('C$4.1 billion', 1, 4.1e9, 'CAD', 'revenues', UP, YOY, None, MF5, DOF),
        ('2.1%', 1, 2.1, 'percent', 'revenues', UP, YOY, None, MF5, DOF),
        ('C$197.8 billion', 1, 197.8e9, 'CAD', 'revenues', UP, None, None, MF5, DOF),
        ('C$3.0 billion', 1, 3.0e9, 'CAD', 'personal income tax revenues', UP, YOY, None, MF5, DOF),
        ('+3.4%', 1, 3.4, 'percent', 'personal income tax revenues', UP, YOY, None, MF5, DOF),
        ('C$1.2 billion', 1, 1.2e9, 'CAD', 'corporate income tax revenues', DOWN, YOY, None, MF5, DOF),
        ('-3.1%', 1, -3.1, 'percent', 'corporate income tax revenues', DOWN, YOY, None, MF5, DOF),
        ('C$9.2 billion', 1, 9.2e9, 'CAD', PEX, UP, YOY, None, MOP, DOF),
        ('+5.2%', 1, 5.2, 'percent', PEX, UP, YOY, None, MOP, DOF),
        ('C$185.6 billion', 1, 185.6e9, 'CAD', PEX, UP, None, None, MOP, DOF),
        ('4.8%', 1, 4.8, 'percent', 'public debt charges', UP, YOY, None, MOP, DOF),
        ('C$22.9 billion', 1, 22.9e9, 'CAD', 'public debt charges', UP, None, None, MOP, DOF),
        ('C$4.9 billion', 1, 4.9e9, 'CAD', 'net actuarial losses', None, None, None, MOP, DOF),
        ('C$3.2 billion', 1, 3.2e9, 'CAD', 'deficit', DOWN, None, None, MAUG, DOF),
        ('C$3.9 billion', 1, 3.9e9, 'CAD', 'deficit', None, None, None, MJUL, DOF),
        ('C$0.6 billion', 1, 0.6e9, 'CAD', 'surplus', None, None, None, MA24, DOF),
        ('C$68.5 billion', 1, 68.5e9, 'CAD', 'deficit', None, None, None, MFY, PBO),
        ('C$70 billion', 1, 70e9, 'CAD', 'shortfall', None, None, APPROX, MFY, None),
    ],
    'trading_economics_style_south_africa_private_sector_credit.txt': [
        ('6.1%', 1, 6.1, 'percent', 'South Africa private sector credit growth', UP, None, None, None, None),
        ('6.1%', 2, 6.1, 'percent', LAP, UP, YOY, None, TS25, SARB),
        ('5.6%', 1, 5.6, 'percent', LAP, None, YOY, None, TPM, SARB),
        ('5.8%', 1, 5.8, 'percent', LAP, None, YOY, None, TS25, None),
        ('7.4%', 1, 7.4, 'percent', 'lending to companies', UP, YOY, None, TS25, SARB),
        ('4.3%', 1, 4.3, 'percent', 'credit extended to households', UP, YOY, None, TS25, SARB),
        ('4.0%', 1, 4.0, 'percent', 'credit extended to households', None, YOY, None, TAUG, SARB),
        ('2.9%', 1, 2.9, 'percent', 'mortgage advances', UP, None, None, None, SARB),
        ('6.2%', 1, 6.2, 'percent', 'instalment sale credit', UP, None, None, None, SARB),
        ('5.5%', 1, 5.5, 'percent', 'credit card lending', UP, None, None, None, SARB),
        ('+11.2%', 1, 11.2, 'percent', 'general loans and advances', UP, None, None, None, SARB),
        ('3.8%', 1, 3.8, 'percent', 'overdrafts', DOWN, None, None, None, SARB),
        ('7.9%', 1, 7.9, 'percent', 'money supply M3', UP, YOY, None, TSEP, SARB),
        ('7.3%', 1, 7.3, 'percent', 'money supply M3', UP, YOY, None, TAUG, SARB),
        ('R5.91 trillion', 1, 5.91e12, 'ZAR', 'stock of M3', UP, None, None, TSEP, SARB),
        ('0.7%', 1, 0.7, 'percent', 'private sector credit', UP, MOM, None, TSEP, SARB),
        ('0.2%', 1, 0.2, 'percent', 'private sector credit', DOWN, MOM, None, TAUG, SARB),
        ('9.42 percent', 1, 9.42, 'percent', PSC + ' average', None, None, None, P('from 1966 until 2025', '1966-01-01', '2025-12-31'), SARB),
        ('31.30 percent', 1, 31.30, 'percent', PSC + ' all time high', None, None, None, per('in October of 1974', 1974, 10), SARB),
        ('-1.90 percent', 1, -1.90, 'percent', PSC + ' record low', DOWN, None, None, per('in October of 2010', 2010, 10), SARB),
        ('6.30 percent', 1, 6.30, 'percent', PSC, None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('6.80 percent', 1, 6.80, 'percent', 'South Africa Private Sector Credit', None, None, APPROX, Y('in 2026', 2026), TE),
        ('7.20 percent', 1, 7.20, 'percent', 'South Africa Private Sector Credit', None, None, APPROX, Y('in 2027', 2027), TE),
    ],
    'investing_style_bank_stocks_fdic_quarterly_profile.txt': [
        ('14%', 1, 14, 'percent', 'industry profit', UP, None, None, IQ3H, None),
        ('1.3%', 1, 1.3, 'percent', 'KBW Nasdaq Bank Index', UP, None, None, IET, None),
        ('128.40', 1, 128.40, 'index_point', 'KBW Nasdaq Bank Index', UP, None, None, IET, None),
        ('0.4%', 1, 0.4, 'percent', 'S&P 500', UP, None, None, IET, None),
        ('0.3%', 1, 0.3, 'percent', 'Dow Jones futures for December delivery', UP, None, None, IET, None),
        ('3 basis points', 1, 3, 'basis_point', 'yield on the 10-year Treasury note', DOWN, None, None, IET, None),
        ('4.03%', 1, 4.03, 'percent', 'yield on the 10-year Treasury note', DOWN, None, None, IET, None),
        ('$9.9 billion', 1, 9.9e9, 'USD', ANI, UP, QOQ, None, IQ3, FDIC),
        ('14.3%', 1, 14.3, 'percent', ANI, UP, QOQ, None, IQ3, FDIC),
        ('$79.3 billion', 1, 79.3e9, 'USD', ANI, UP, None, None, IQ3, FDIC),
        ('21.6%', 1, 21.6, 'percent', 'net income', UP, YOY, None, IQ3, FDIC),
        ('6 basis points', 1, 6, 'basis_point', "industry's net interest margin", UP, None, None, IINQ, FDIC),
        ('3.31%', 1, 3.31, 'percent', "industry's net interest margin", UP, None, None, IINQ, FDIC),
        ('8.4%', 1, 8.4, 'percent', 'provisions for credit losses', DOWN, None, None, IINQ, FDIC),
        ('$22.1 billion', 1, 22.1e9, 'USD', 'provisions for credit losses', DOWN, None, None, IINQ, FDIC),
        ('0.93%', 1, 0.93, 'percent', 'noncurrent loans as a share of total loans', None, None, None, IINQ, FDIC),
        ('59', 1, 59, 'count', PBL, UP, None, None, None, FDIC),
        ('57', 1, 57, 'count', PBL, None, None, None, None, FDIC),
        ('$89.2 billion', 1, 89.2e9, 'USD', 'combined assets of problem banks', None, None, None, None, FDIC),
        ('$79.7 billion', 1, 79.7e9, 'USD', 'unrealized losses on securities', DOWN, None, None, None, FDIC),
        ('$337.1 billion', 1, 337.1e9, 'USD', 'unrealized losses on securities', DOWN, None, None, None, FDIC),
        ('41', 1, 41, 'count', 'number of insured institutions', DOWN, None, None, None, FDIC),
        ('4,421', 1, 4421, 'count', 'number of insured institutions', DOWN, None, None, None, FDIC),
        ('two', 1, 2, 'count', 'bank failures', None, None, None, None, FDIC),
        ('$5.2 billion', 1, 5.2e9, 'USD', 'Deposit Insurance Fund balance', UP, None, None, IES, FDIC),
        ('$145.3 billion', 1, 145.3e9, 'USD', 'Deposit Insurance Fund balance', UP, None, None, IES, FDIC),
        ('4 basis points', 1, 4, 'basis_point', 'reserve ratio', UP, None, None, IES, FDIC),
        ('1.40%', 1, 1.40, 'percent', 'reserve ratio', UP, None, None, IES, FDIC),
        ('1.35%', 1, 1.35, 'percent', 'statutory minimum reserve ratio', None, None, None, None, None),
        ('0.8%', 1, 0.8, 'percent', 'STOXX 600 banks index', UP, None, None, P('on Tuesday', '2025-11-25', '2025-11-25'), None),
        ('55%', 1, 55, 'percent', 'STOXX 600 banks index', UP, None, APPROX, P('so far this year', '2025-01-01', '2025-11-25'), None),
    ],
    'business_standard_style_microfinance_loan_portfolio.txt': [
        ('16%', 1, 16, 'percent', 'microfinance loan book', DOWN, None, None, None, None),
        ('₹3.5 trn', 1, 3.5e12, 'INR', 'microfinance loan book', DOWN, None, None, None, None),
        ('16.2 per cent', 1, 16.2, 'percent', GLP, DOWN, YOY, None, SES25, MFIN),
        ('₹3.53 trillion', 1, 3.53e12, 'INR', GLP, DOWN, None, None, SES25, MFIN),
        ('21 per cent', 1, 21, 'percent', 'disbursements', DOWN, YOY, None, SJS, MFIN),
        ('₹63,420 crore', 1, 63420e7, 'INR', 'disbursements', DOWN, None, None, SJS, MFIN),
        ('₹80,280 crore', 1, 80280e7, 'INR', 'disbursements', None, None, None, SYA, MFIN),
        ('1.52 crore', 1, 15.2e6, 'count', 'loans disbursed', DOWN, None, None, SJS, MFIN),
        ('2.04 crore', 1, 20.4e6, 'count', 'loans disbursed', None, None, None, SYA, MFIN),
        ('₹52,800', 1, 52800, 'INR', 'average loan size', UP, None, None, SJS, MFIN),
        ('₹48,500', 1, 48500, 'INR', 'average loan size', None, None, None, SYA, MFIN),
        ('18 per cent', 1, 18, 'percent', 'loans above ₹1 lakh share of disbursements', None, None, None, SINQ, MFIN),
        ('12.8 crore', 1, 128e6, 'count', 'active loan accounts', None, None, None, SES, MFIN),
        ('14.6 per cent', 1, 14.6, 'percent', 'active loan accounts', DOWN, YOY, None, SES, MFIN),
        ('62 lakh', 1, 6.2e6, 'count', 'unique borrowers', DOWN, YOY, None, SES, MFIN),
        ('7.4 crore', 1, 74e6, 'count', 'unique borrowers', DOWN, None, None, SES, MFIN),
        ('35.4 per cent', 1, 35.4, 'percent', 'NBFC-MFIs share of the portfolio', None, None, None, SAES, MFIN),
        ('32.1 per cent', 1, 32.1, 'percent', 'banks share of the portfolio', None, None, None, SAES, MFIN),
        ('15.8 per cent', 1, 15.8, 'percent', 'small finance banks share of the portfolio', None, None, None, SAES, MFIN),
        ('₹57,300 crore', 1, 57300e7, 'INR', 'portfolio in Bihar', None, None, None, SAES, MFIN),
        ('₹46,900 crore', 1, 46900e7, 'INR', 'portfolio in Tamil Nadu', None, None, None, SAES, MFIN),
        ('₹41,200 crore', 1, 41200e7, 'INR', 'portfolio in Uttar Pradesh', None, None, None, SAES, MFIN),
        ('31 per cent', 1, 31, 'percent', "Karnataka's book", DOWN, None, None, SAES, MFIN),
        ('5.6 per cent', 1, 5.6, 'percent', PAR, DOWN, None, None, SES, MFIN),
        ('6.2 per cent', 1, 6.2, 'percent', PAR, None, None, None, SEJ, MFIN),
        ('2.2 per cent', 1, 2.2, 'percent', PAR, None, None, None, SYE, MFIN),
        ('40 basis points', 1, 40, 'basis_point', P180, UP, QOQ, None, SES, MFIN),
        ('3.9 per cent', 1, 3.9, 'percent', P180, UP, None, None, SES, MFIN),
        ('₹1.21 trillion', 1, 1.21e12, 'INR', 'disbursements', None, None, None, SH1, MFIN),
        ('24.4 per cent', 1, 24.4, 'percent', 'disbursements', DOWN, YOY, None, SH1, MFIN),
        ('₹1.60 trillion', 1, 1.60e12, 'INR', 'disbursements', None, None, None, SH1B, MFIN),
        ('8', 1, 8, 'percent', "industry's loan book", DOWN, None, None, SFY26, ICRA),
        ('10 per cent', 1, 10, 'percent', "industry's loan book", DOWN, None, None, SFY26, ICRA),
    ],
    'eu_energy_style_retail_electricity_taxes_levies.txt': [
        ('287 EUR/MWh', 1, 287, 'EUR', HHP, None, None, None, EQ225, None),
        ('2.4%', 1, 2.4, 'percent', HHP, DOWN, YOY, None, EQ225, None),
        ('182 EUR/MWh', 1, 182, 'EUR', IND, None, None, None, EQ225, None),
        ('6.1%', 1, 6.1, 'percent', IND, DOWN, YOY, None, EQ225, None),
        ('67 EUR/MWh', 1, 67, 'EUR', 'wholesale day-ahead prices', None, None, None, EINQ, None),
        ('61 EUR/MWh', 1, 61, 'EUR', 'wholesale day-ahead prices', None, None, None, EQ224, None),
        ('29%', 1, 29, 'percent', 'taxes and levies share of the average household price', UP, None, None, EINQ, None),
        ('26%', 1, 26, 'percent', 'taxes and levies share of the average household price', None, None, None, EYE, None),
        ('44%', 1, 44, 'percent', 'energy component share of the average household price', None, None, None, EINQ, None),
        ('27%', 1, 27, 'percent', 'network charges share of the average household price', None, None, None, EINQ, None),
        ('395 EUR/MWh', 1, 395, 'EUR', 'household prices in Germany', None, None, None, None, None),
        ('361 EUR/MWh', 1, 361, 'EUR', 'household prices in Belgium', None, None, None, None, None),
        ('352 EUR/MWh', 1, 352, 'EUR', 'household prices in Denmark', None, None, None, None, None),
        ('102 EUR/MWh', 1, 102, 'EUR', 'household prices in Hungary', None, None, None, None, None),
        ('131 EUR/MWh', 1, 131, 'EUR', 'household prices in Malta', None, None, None, None, None),
        ('+17%', 1, 17, 'percent', 'household prices in Croatia', UP, YOY, None, None, None),
        ('-11%', 1, -11, 'percent', 'household prices in Ireland', DOWN, YOY, None, None, None),
        ('EUR 298 billion', 1, 298e9, 'EUR', ETR, None, None, None, EY24, ESTAT),
        ('1.7%', 1, 1.7, 'percent', 'revenues from energy taxes as a share of GDP', None, None, None, EY24, ESTAT),
        ('4.9%', 1, 4.9, 'percent', ETR, UP, YOY, None, EY24, ESTAT),
        ('a fifth', 1, 0.2, 'fraction', 'electricity share of energy tax revenues', None, None, APPROX, EY24, ESTAT),
        ('348 TWh', 1, 348, 'terawatt hour', HHC, None, None, None, EH125, ESTAT),
        ('1.6%', 1, 1.6, 'percent', HHC, DOWN, YOY, None, EH125, ESTAT),
        ('28 GW', 1, 28, 'gigawatt', 'rooftop solar capacity installed', None, None, APPROX, EY24, ESTAT),
        ('4%', 1, 4, 'percent', 'average household bills', DOWN, None, UPTO, Y('in 2026', 2026), EC),
    ],
    'nbs_style_service_enterprises_operating_revenue.txt': [
        ('28,946.3 billion yuan', 1, 28946.3e9, 'CNY', SOR, None, None, None, NJA, NBS),
        ('7.1 percent', 1, 7.1, 'percent', SOR, UP, YOY, None, NJA, NBS),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'operating revenue growth', UP, POP, None, NJA, NBS),
        ('10.4 percent', 1, 10.4, 'percent', 'operating revenue of information transmission, software and information technology services', UP, YOY, None, NJA, NBS),
        ('8.6 percent', 1, 8.6, 'percent', 'operating revenue of leasing and business services', UP, YOY, None, NJA, NBS),
        ('6.9 percent', 1, 6.9, 'percent', 'operating revenue of scientific research and technical services', UP, YOY, None, NJA, NBS),
        ('1.8 percent', 1, 1.8, 'percent', 'operating revenue of real estate (excluding real estate development)', DOWN, YOY, None, NJA, NBS),
        ('24', 1, 24, 'count', 'industry major groups with operating revenue growth', None, None, None, NJA, NBS),
        ('6.5 percent', 1, 6.5, 'percent', SOR, UP, YOY, None, NAUG, NBS),
        ('1.0 percentage point', 1, 1.0, 'percentage_point', 'operating revenue growth', DOWN, MOM, None, NAUG, NBS),
        ('2,713.5 billion yuan', 1, 2713.5e9, 'CNY', SPR, None, None, None, NJA, NBS),
        ('5.3 percent', 1, 5.3, 'percent', SPR, UP, YOY, None, NJA, NBS),
        ('9.37 percent', 1, 9.37, 'percent', 'operating profit margin', None, None, None, NJA, NBS),
        ('0.16 percentage points', 1, 0.16, 'percentage_point', 'operating profit margin', DOWN, YOY, None, NJA, NBS),
        ('18.9 percent', 1, 18.9, 'percent', 'profits of internet and related services', UP, YOY, None, NJA, NBS),
        ('11.2 percent', 1, 11.2, 'percent', 'profits of software and information technology services', UP, YOY, None, NJA, NBS),
        ('7.5 percent', 1, 7.5, 'percent', 'profits of business services', UP, YOY, None, NJA, NBS),
        ('12.4 percent', 1, 12.4, 'percent', 'profits of real estate services', DOWN, YOY, None, NJA, NBS),
        ('19,684.1 billion yuan', 1, 19684.1e9, 'CNY', 'operating revenue of service enterprises in the eastern region', None, None, None, NF8, NBS),
        ('7.6 percent', 1, 7.6, 'percent', 'operating revenue of service enterprises in the eastern region', UP, YOY, None, NF8, NBS),
        ('4,318.2 billion yuan', 1, 4318.2e9, 'CNY', 'operating revenue of service enterprises in the central region', None, None, None, NF8, NBS),
        ('6.2 percent', 1, 6.2, 'percent', 'operating revenue of service enterprises in the central region', UP, YOY, None, NF8, NBS),
        ('4,129.5 billion yuan', 1, 4129.5e9, 'CNY', 'operating revenue of service enterprises in the western region', None, None, None, NF8, NBS),
        ('6.0 percent', 1, 6.0, 'percent', 'operating revenue of service enterprises in the western region', UP, YOY, None, NF8, NBS),
        ('814.5 billion yuan', 1, 814.5e9, 'CNY', 'operating revenue of service enterprises in the northeast region', None, None, None, NF8, NBS),
        ('3.1 percent', 1, 3.1, 'percent', 'operating revenue of service enterprises in the northeast region', UP, YOY, None, NF8, NBS),
        ('68.0 percent', 1, 68.0, 'percent', 'eastern region share of total operating revenue', None, None, None, NF8, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
