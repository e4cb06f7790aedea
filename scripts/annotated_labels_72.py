# ruff: noqa: E501, RUF001
"""Write corpus/annotated_72/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_72.py corpus/annotated_72
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
BBK = "Deutsche Bundesbank"
DOSM = "Department of Statistics Malaysia"
REU = "Reuters"
MOF = "Ministry of Finance"
BNM = "Bank Negara Malaysia"
DOC = "U.S. Department of Commerce"
DJ = "Dow Jones"
DOL = "U.S. Department of Labor"
SNZ = "Statistics New Zealand"
RBNZ = "Reserve Bank of New Zealand"
BPS = "Statistics Indonesia"
TE = "Trading Economics"
LME = "London Metal Exchange"
SHFE = "Shanghai Futures Exchange"
SIAM = "Society of Indian Automobile Manufacturers"
EHPA = "European Heat Pump Association"
GIT = "Government of Italy"
GIE = "Government of Ireland"
NBS = "National Bureau of Statistics"

# 7201 ONS labour market overview (ref Tuesday 2025-11-11)
O25E = per("for October 2025", 2025, 10)
JS25 = P("in July to September 2025", "2025-07-01", "2025-09-30")
AO25 = P("in August to October 2025", "2025-08-01", "2025-10-31")
SO25 = per("between September and October 2025", 2025, 10)
SEPS = per("September's", 2025, 9)
S25E = per("for September 2025", 2025, 9)
YO25 = per("In the year to October 2025", 2025, 10)
# 7202 Reuters 1987 (ref Tuesday 1987-05-12)
MAR = per("in March", 1987, 3)
FEB = per("in February", 1987, 2)
Q187 = Q("In the first quarter", 1987, 1)
# 7203 Reuters 2025 (ref Friday 2026-01-16)
FQ = Q("in the fourth quarter", 2025, 4)
IQ = Q("in the quarter", 2025, 4)
W25 = Y("For the whole of 2025", 2025)
# 7204 CNBC (ref Wednesday 2026-01-14)
DEC = per("in December", 2025, 12)
# 7205 MT Newswires (ref Tuesday 2026-01-20)
D25Q = P("in the 12 months to the December 2025 quarter", "2025-10-01", "2025-12-31")
DQ = Q("in the December quarter", 2025, 4)
SQ = Q("in the September quarter", 2025, 3)
YDQ = Q("In the year to the December quarter", 2025, 4)
SAMEP = P("over the same period", "2025-10-01", "2025-12-31")
# 7206 Trading Economics (ref Monday 2026-03-02)
J26 = per("in January 2026", 2026, 1)
JAN = per("in January", 2026, 1)
IJAN = per("In January", 2026, 1)
# 7207 Investing.com (ref Friday 2026-01-09)
ET = P("By 03:45 ET", None, None)
FRI = P("on Friday", "2026-01-09", "2026-01-09")
AOF = P("as of Friday", "2026-01-09", "2026-01-09")
# 7208 Business Standard (ref Wednesday 2026-01-14)
BDEC = per("in December", 2025, 12)
AD26 = P("For April-December of FY26", "2025-04-01", "2025-12-31")
# 7209 DG ENER (ref Wednesday 2026-01-28)
Q325 = Q("In the third quarter of 2025", 2025, 3)
INQ = Q("in the quarter", 2025, 3)
J1 = P("On 1 January 2026", "2026-01-01", "2026-01-01")
# 7210 NBS (ref Friday 2024-11-15)
OCT = per("in October", 2024, 10)
IOCT = per("In October", 2024, 10)
JO = P("From January to October", "2024-01-01", "2024-10-31")

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_labour_market_claimant_count.txt': [
        ('0.6%', 1, 0.6, 'percent', 'number of payrolled employees in the UK', 'decrease', 'year_on_year', None, O25E, None),
        ('180,000', 1, 180000, 'count', 'number of payrolled employees in the UK', 'decrease', 'year_on_year', None, O25E, None),
        ('30.23 million', 1, 30.23e6, 'count', 'number of payrolled employees in the UK', 'decrease', None, None, O25E, None),
        ('5.0%', 1, 5.0, 'percent', 'UK unemployment rate', None, None, None, JS25, None),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'UK unemployment rate', 'increase', 'quarter_on_quarter', None, JS25, None),
        ('11,000', 1, 11000, 'count', 'number of vacancies', 'decrease', 'quarter_on_quarter', None, AO25, None),
        ('723,000', 1, 723000, 'count', 'number of vacancies', 'decrease', None, None, AO25, None),
        ('18,400', 1, 18400, 'count', 'Claimant Count', 'decrease', 'month_on_month', None, SO25, ONS),
        ('1.69 million', 1, 1.69e6, 'count', 'Claimant Count', 'decrease', None, None, SO25, ONS),
        ('3.1%', 1, 3.1, 'percent', 'Claimant Count', 'increase', 'year_on_year', None, SO25, ONS),
        ('11,700', 1, 11700, 'count', 'Claimant Count', 'increase', 'month_on_month', None, SEPS, ONS),
        ('25,800', 1, 25800, 'count', 'Claimant Count', None, 'month_on_month', None, SEPS, ONS),
        ('5.5%', 1, 5.5, 'percent', 'claimant rate in the North East', None, None, None, None, ONS),
        ('5.3%', 1, 5.3, 'percent', 'claimant rate in the West Midlands', None, None, None, None, ONS),
        ('5.2%', 1, 5.2, 'percent', 'claimant rate in London', None, None, None, None, ONS),
        ('2.8%', 1, 2.8, 'percent', 'claimant rate in the South East', None, None, None, None, ONS),
        ('30.28 million', 1, 30.28e6, 'count', 'payrolled employees', None, None, None, S25E, ONS),
        ('30,000', 1, 30000, 'count', 'payrolled employees revision', 'decrease', None, None, S25E, ONS),
        ('30.25 million', 1, 30.25e6, 'count', 'payrolled employees', 'decrease', None, None, S25E, ONS),
        ('86,000', 1, 86000, 'count', 'payrolled employees in hospitality', 'decrease', 'year_on_year', None, YO25, ONS),
        ('61,000', 1, 61000, 'count', 'payrolled employees in retail', 'decrease', 'year_on_year', None, YO25, ONS),
        ('24,000', 1, 24000, 'count', 'payrolled employees in manufacturing', 'decrease', 'year_on_year', None, YO25, ONS),
        ('1.79 million', 1, 1.79e6, 'count', 'unemployed people aged 16 years and over', None, None, None, JS25, ONS),
        ('83,000', 1, 83000, 'count', 'unemployed people aged 16 years and over', 'increase', 'quarter_on_quarter', None, JS25, ONS),
        ('4.7%', 1, 4.7, 'percent', 'unemployment rate', None, None, None, JS25, ONS),
        ('5.3%', 2, 5.3, 'percent', 'unemployment rate', None, None, None, JS25, ONS),
        ('94,000', 1, 94000, 'count', 'vacancies', 'decrease', 'year_on_year', 'approximately', AO25, ONS),
        ('11', 1, 11, 'count', 'industry sectors where vacancies fell', None, None, None, AO25, ONS),
    ],
    'wire_1987_west_german_current_account.txt': [
        ('8.6 BILLION MARKS', 1, 8.6e9, 'DEM', 'West German current account surplus', None, None, None, per('MARCH', 1987, 3), None),
        ('8.6 billion marks', 1, 8.6e9, 'DEM', "West Germany's current account surplus", 'increase', None, None, MAR, BBK),
        ('6.1 billion', 1, 6.1e9, 'DEM', "West Germany's current account surplus", None, None, None, FEB, BBK),
        ('6.4 billion marks', 1, 6.4e9, 'DEM', 'current account surplus', None, None, None, per('The February surplus', 1987, 2), BBK),
        ('7.25 billion', 1, 7.25e9, 'DEM', 'current account surplus', None, None, None, per('In March 1986', 1986, 3), BBK),
        ('11.9 billion marks', 1, 11.9e9, 'DEM', 'trade surplus', 'increase', None, None, MAR, BBK),
        ('9.3 billion', 1, 9.3e9, 'DEM', 'trade surplus', None, None, None, FEB, BBK),
        ('0.4 billion', 1, 0.4e9, 'DEM', 'services account deficit', None, None, None, MAR, BBK),
        ('0.2 billion', 1, 0.2e9, 'DEM', 'services account surplus', None, None, None, FEB, BBK),
        ('2.55 billion marks', 1, 2.55e9, 'DEM', 'net transfers abroad', None, None, None, MAR, BBK),
        ('2.1 billion', 1, 2.1e9, 'DEM', 'net transfers abroad', None, None, None, FEB, BBK),
        ('21.4 billion marks', 1, 21.4e9, 'DEM', 'current account surplus', 'increase', None, None, Q187, BBK),
        ('18.05 billion', 1, 18.05e9, 'DEM', 'current account surplus', None, None, None, Q('in the same quarter of 1986', 1986, 1), BBK),
        ('3.5 pct', 1, 3.5, 'percent', 'exports', 'decrease', 'year_on_year', None, Q('in the quarter', 1987, 1), BBK),
        ('125.8 billion marks', 1, 125.8e9, 'DEM', 'exports', 'decrease', None, None, Q('in the quarter', 1987, 1), BBK),
        ('9.2 pct', 1, 9.2, 'percent', 'imports', 'decrease', 'year_on_year', None, Q('in the quarter', 1987, 1), BBK),
        ('96.7 billion', 1, 96.7e9, 'DEM', 'imports', 'decrease', None, None, Q('in the quarter', 1987, 1), BBK),
        ('4.2 billion marks', 1, 4.2e9, 'DEM', 'long-term capital outflows', None, None, 'approximately', MAR, BBK),
        ('1.8 billion', 1, 1.8e9, 'DEM', 'long-term capital net inflows', None, None, None, FEB, BBK),
        ('eight', 1, 8e9, 'DEM', 'current account surplus', None, None, None, per('the March surplus', 1987, 3), None),
        ('nine billion marks', 1, 9e9, 'DEM', 'current account surplus', None, None, None, per('the March surplus', 1987, 3), None),
        ('1.7920 marks', 1, 1.792, 'DEM', 'dollar', None, None, None, P('on Monday', '1987-05-11', '1987-05-11'), BBK),
    ],
    'wire_2025_malaysia_gdp_advance.txt': [
        ('5.4%', 1, 5.4, 'percent', "Malaysia's growth", 'increase', None, None, Q('Q4', 2025, 4), None),
        ('5.4%', 2, 5.4, 'percent', "Malaysia's economy", 'increase', 'year_on_year', None, FQ, DOSM),
        ('5.2%', 1, 5.2, 'percent', "Malaysia's economy", None, 'year_on_year', None, Q('in the July-September period', 2025, 3), DOSM),
        ('4.7%', 1, 4.7, 'percent', "Malaysia's economy", None, 'year_on_year', None, FQ, REU),
        ('15', 1, 15, 'count', 'economists polled by Reuters', None, None, None, FQ, REU),
        ('4.1%', 1, 4.1, 'percent', "Malaysia's economy", None, 'year_on_year', None, FQ, REU),
        ('5.5%', 1, 5.5, 'percent', "Malaysia's economy", None, 'year_on_year', None, FQ, REU),
        ('1.6%', 1, 1.6, 'percent', 'gross domestic product', 'increase', 'quarter_on_quarter', None, Q('in October-December', 2025, 4), DOSM),
        ('1.3%', 1, 1.3, 'percent', 'gross domestic product', 'increase', 'quarter_on_quarter', None, Q('in the previous three months', 2025, 3), DOSM),
        ('three-fifths', 1, 0.6, 'fraction', 'services sector share of output', None, None, 'approximately', IQ, DOSM),
        ('5.9%', 1, 5.9, 'percent', 'services sector', 'increase', 'year_on_year', None, IQ, DOSM),
        ('4.3%', 1, 4.3, 'percent', 'manufacturing', 'increase', 'year_on_year', None, IQ, DOSM),
        ('11.2%', 1, 11.2, 'percent', 'construction', 'increase', 'year_on_year', None, IQ, DOSM),
        ('1.8%', 1, 1.8, 'percent', 'agriculture', 'decrease', 'year_on_year', None, IQ, DOSM),
        ('0.9%', 1, 0.9, 'percent', 'mining', 'decrease', 'year_on_year', None, IQ, DOSM),
        ('4.8%', 1, 4.8, 'percent', 'economy', 'increase', None, None, W25, DOSM),
        ('5.1%', 1, 5.1, 'percent', 'economy', None, None, None, Y('in 2024', 2024), DOSM),
        ('4.0%', 1, 4.0, 'percent', 'growth', 'increase', None, None, W25, MOF),
        ('4.8%', 2, 4.8, 'percent', 'growth', 'increase', None, None, W25, MOF),
        ('25 basis points', 1, 25, 'basis_point', 'overnight policy rate', 'decrease', None, None, per('in July', 2025, 7), BNM),
        ('2.75%', 1, 2.75, 'percent', 'overnight policy rate', 'decrease', None, None, per('in July', 2025, 7), BNM),
        ('Eleven', 1, 11, 'count', 'economists in a Reuters poll expecting the rate to be kept unchanged', None, None, None, P('at its Jan. 22 meeting', '2026-01-22', '2026-01-22'), REU),
        ('4.0610', 1, 4.061, 'MYR', 'ringgit', None, None, None, P('on Friday', '2026-01-16', '2026-01-16'), DOSM),
    ],
    'cnbc_style_retail_sales_control_group.txt': [
        ('0.5%', 1, 0.5, 'percent', 'retail sales', 'increase', None, None, DEC, None),
        ('0.5%', 2, 0.5, 'percent', 'advance retail sales', 'increase', 'month_on_month', None, DEC, DOC),
        ('0.3%', 1, 0.3, 'percent', 'advance retail sales', 'increase', 'month_on_month', None, DEC, DJ),
        ('0.2%', 1, 0.2, 'percent', 'advance retail sales', 'increase', 'month_on_month', None, per("November's", 2025, 11), DOC),
        ('0.4%', 1, 0.4, 'percent', 'advance retail sales', None, 'month_on_month', None, per("November's", 2025, 11), DOC),
        ('0.6%', 1, 0.6, 'percent', 'sales excluding autos', 'increase', None, None, per('December', 2025, 12), DOC),
        ('0.4%', 2, 0.4, 'percent', 'sales excluding autos', None, None, None, per('December', 2025, 12), None),
        ('0.7%', 1, 0.7, 'percent', 'receipts excluding autos and gas stations', 'increase', None, None, per('December', 2025, 12), DOC),
        ('0.9%', 1, 0.9, 'percent', 'control group', 'increase', None, None, per('last month', 2025, 12), DOC),
        ('0.4%', 3, 0.4, 'percent', 'control group', None, None, None, per('last month', 2025, 12), None),
        ('2.3%', 1, 2.3, 'percent', 'nonstore retailers', 'increase', None, None, None, DOC),
        ('1.4%', 1, 1.4, 'percent', 'clothing stores', 'increase', None, None, None, DOC),
        ('1.1%', 1, 1.1, 'percent', 'health and personal care stores', 'increase', None, None, None, DOC),
        ('1.2%', 1, 1.2, 'percent', 'gas station receipts', 'decrease', None, None, None, DOC),
        ('0.3%', 2, 0.3, 'percent', 'sales at motor vehicle and parts dealers', 'decrease', None, None, None, DOC),
        ('3.8%', 1, 3.8, 'percent', 'total sales', 'increase', 'year_on_year', None, DEC, DOC),
        ('$8.73 trillion', 1, 8.73e12, 'USD', 'retail sales', None, None, 'approximately', Y('For all of 2025', 2025), DOC),
        ('3.5%', 1, 3.5, 'percent', 'retail sales', 'increase', 'year_on_year', None, Y('For all of 2025', 2025), DOC),
        ('0.3%', 3, 0.3, 'percent', 'consumer price index', 'increase', None, None, DEC, DOL),
    ],
    'mt_newswires_new_zealand_cpi.txt': [
        ('2.8%', 1, 2.8, 'percent', 'New Zealand inflation', 'decrease', None, None, Q('Q4', 2025, 4), None),
        ('2.8%', 2, 2.8, 'percent', "New Zealand's consumers price index", 'increase', 'year_on_year', None, D25Q, SNZ),
        ('3.0%', 1, 3.0, 'percent', "New Zealand's consumers price index", None, 'year_on_year', None, Q('in the year to the September quarter', 2025, 3), SNZ),
        ('2.7%', 1, 2.7, 'percent', "New Zealand's consumers price index", None, 'year_on_year', None, D25Q, RBNZ),
        ('2.9%', 1, 2.9, 'percent', "New Zealand's consumers price index", None, 'year_on_year', None, D25Q, REU),
        ('0.5%', 1, 0.5, 'percent', 'CPI', 'increase', 'quarter_on_quarter', None, P('in the three months to December', '2025-10-01', '2025-12-31'), SNZ),
        ('1.0%', 1, 1.0, 'percent', 'CPI', 'increase', 'quarter_on_quarter', None, SQ, SNZ),
        ('1.6%', 1, 1.6, 'percent', 'tradables inflation', 'decrease', 'year_on_year', None, DQ, SNZ),
        ('2.1%', 1, 2.1, 'percent', 'tradables inflation', None, 'year_on_year', None, SQ, SNZ),
        ('3.7%', 1, 3.7, 'percent', 'non-tradables inflation', 'decrease', 'year_on_year', None, DQ, SNZ),
        ('3.9%', 1, 3.9, 'percent', 'non-tradables inflation', None, 'year_on_year', None, SQ, SNZ),
        ('0.9%', 1, 0.9, 'percent', 'non-tradables prices', 'increase', 'quarter_on_quarter', None, DQ, SNZ),
        ('4.6%', 1, 4.6, 'percent', 'housing and household utility prices', 'increase', 'year_on_year', None, YDQ, SNZ),
        ('3.9%', 2, 3.9, 'percent', 'food prices', 'increase', 'year_on_year', None, YDQ, SNZ),
        ('3.1%', 1, 3.1, 'percent', 'alcoholic beverages and tobacco prices', 'increase', 'year_on_year', None, YDQ, SNZ),
        ('2.4%', 1, 2.4, 'percent', 'petrol prices', 'decrease', 'year_on_year', None, SAMEP, SNZ),
        ('2.6%', 1, 2.6, 'percent', 'rents', 'increase', 'year_on_year', None, SAMEP, SNZ),
        ('8.8%', 1, 8.8, 'percent', 'local authority rates', 'increase', 'year_on_year', None, SAMEP, SNZ),
        ('1%', 1, 1, 'percent', 'annual inflation target', None, None, None, None, RBNZ),
        ('3%', 1, 3, 'percent', 'annual inflation target', None, None, None, None, RBNZ),
        ('2.25%', 1, 2.25, 'percent', 'official cash rate', 'decrease', None, None, per('in November', 2025, 11), RBNZ),
        ('0.2%', 1, 0.2, 'percent', 'New Zealand dollar', 'decrease', None, None, None, SNZ),
        ('US$0.5745', 1, 0.5745, 'USD', 'New Zealand dollar', 'decrease', None, None, None, SNZ),
    ],
    'trading_economics_style_indonesia_trade_balance.txt': [
        ('USD 2.31 billion', 1, 2.31e9, 'USD', "Indonesia's trade surplus", 'decrease', None, None, J26, BPS),
        ('USD 3.56 billion', 1, 3.56e9, 'USD', "Indonesia's trade surplus", None, None, None, per('in the same month of the previous year', 2025, 1), BPS),
        ('USD 2.9 billion', 1, 2.9e9, 'USD', "Indonesia's trade surplus", None, None, None, J26, None),
        ('3.8%', 1, 3.8, 'percent', 'exports', 'decrease', 'year_on_year', None, J26, BPS),
        ('USD 20.64 billion', 1, 20.64e9, 'USD', 'exports', 'decrease', None, None, J26, BPS),
        ('1.2%', 1, 1.2, 'percent', 'exports', 'increase', 'year_on_year', None, per('in December', 2025, 12), BPS),
        ('-21.5%', 1, -21.5, 'percent', 'exports of coal', 'decrease', 'year_on_year', None, J26, BPS),
        ('-6.4%', 1, -6.4, 'percent', 'exports of palm oil', 'decrease', 'year_on_year', None, J26, BPS),
        ('9.7%', 1, 9.7, 'percent', 'shipments of iron and steel', 'increase', 'year_on_year', None, J26, BPS),
        ('14.3%', 1, 14.3, 'percent', 'shipments of electrical machinery', 'increase', 'year_on_year', None, J26, BPS),
        ('1.9%', 1, 1.9, 'percent', 'imports', 'increase', 'year_on_year', None, JAN, BPS),
        ('USD 18.33 billion', 1, 18.33e9, 'USD', 'imports', 'increase', None, None, JAN, BPS),
        ('12.4%', 1, 12.4, 'percent', 'purchases of capital goods', 'increase', 'year_on_year', None, JAN, BPS),
        ('0.8%', 1, 0.8, 'percent', 'purchases of raw materials', 'increase', 'year_on_year', None, JAN, BPS),
        ('4.5%', 1, 4.5, 'percent', 'consumer goods imports', 'decrease', 'year_on_year', None, JAN, BPS),
        ('14.2%', 1, 14.2, 'percent', 'exports', 'decrease', 'month_on_month', None, JAN, BPS),
        ('9.6%', 1, 9.6, 'percent', 'imports', 'decrease', 'month_on_month', None, JAN, BPS),
        ('USD 4.87 billion', 1, 4.87e9, 'USD', 'exports to China', None, None, None, IJAN, BPS),
        ('USD 2.36 billion', 1, 2.36e9, 'USD', 'exports to the United States', None, None, None, IJAN, BPS),
        ('USD 1.58 billion', 1, 1.58e9, 'USD', 'exports to India', None, None, None, IJAN, BPS),
        ('USD 1.42 billion', 1, 1.42e9, 'USD', 'trade surplus with the US', None, None, None, IJAN, BPS),
        ('USD 1.05 billion', 1, 1.05e9, 'USD', 'trade deficit with China', None, None, None, IJAN, BPS),
        ('1064.52 USD Million', 1, 1064.52e6, 'USD', 'Balance of Trade in Indonesia average', None, None, None, P('from 1960 until 2026', '1960-01-01', '2026-12-31'), BPS),
        ('7670.29 USD Million', 1, 7670.29e6, 'USD', 'Balance of Trade in Indonesia all time high', None, None, None, per('in October of 2022', 2022, 10), BPS),
        ('-5710.08 USD Million', 1, -5710.08e6, 'USD', 'Balance of Trade in Indonesia record low', None, None, None, per('in July of 2013', 2013, 7), BPS),
        ('2600.00 USD Million', 1, 2600e6, 'USD', 'Balance of Trade in Indonesia', None, None, None, P('by the end of this quarter', '2026-03-31', '2026-03-31'), TE),
        ('2900.00 USD Million', 1, 2900e6, 'USD', 'Indonesia Balance of Trade', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_copper_aluminium_lme_weekly.txt': [
        ('0.5%', 1, 0.5, 'percent', 'three-month copper on the LME', 'increase', None, None, ET, None),
        ('$12,940', 1, 12940, 'USD', 'three-month copper on the LME', 'increase', None, None, ET, None),
        ('2.3%', 1, 2.3, 'percent', 'three-month copper on the LME', 'increase', None, 'approximately', P('this week', '2026-01-05', '2026-01-11'), None),
        ('0.3%', 1, 0.3, 'percent', 'three-month aluminium', 'increase', None, None, ET, None),
        ('$3,061', 1, 3061, 'USD', 'three-month aluminium', 'increase', None, None, ET, None),
        ('3%', 1, 3, 'percent', 'three-month aluminium', 'increase', None, 'more_than', P('for the week', '2026-01-05', '2026-01-11'), None),
        ('5,875 tons', 1, 5875, 'tonne', 'LME copper stocks', 'decrease', None, None, FRI, LME),
        ('118,650 tons', 1, 118650, 'tonne', 'LME copper stocks', 'decrease', None, None, FRI, LME),
        ('41,300 tons', 1, 41300, 'tonne', 'copper cancelled warrants', 'increase', None, None, FRI, LME),
        ('27,450 tons', 1, 27450, 'tonne', 'copper cancelled warrants', None, None, None, P('a day earlier', '2026-01-08', '2026-01-08'), LME),
        ('35%', 1, 35, 'percent', 'cancelled warrants share of total copper inventories', 'increase', None, 'approximately', FRI, LME),
        ('3,900 tons', 1, 3900, 'tonne', 'LME aluminium stocks', 'decrease', None, None, None, LME),
        ('478,225 tons', 1, 478225, 'tonne', 'LME aluminium stocks', 'decrease', None, None, None, LME),
        ('198,400 tons', 1, 198400, 'tonne', 'aluminium cancelled warrants', None, None, None, None, LME),
        ('41.5%', 1, 41.5, 'percent', 'aluminium cancelled warrants share of total stocks', None, None, None, None, LME),
        ('0.4%', 1, 0.4, 'percent', 'LME zinc', 'increase', None, None, None, LME),
        ('$3,126', 1, 3126, 'USD', 'LME zinc', 'increase', None, None, None, LME),
        ('0.8%', 1, 0.8, 'percent', 'LME nickel', 'decrease', None, None, None, LME),
        ('$17,580', 1, 17580, 'USD', 'LME nickel', 'decrease', None, None, None, LME),
        ('$42,250', 1, 42250, 'USD', 'LME tin', None, None, None, None, LME),
        ('1.1%', 1, 1.1, 'percent', 'most-active February copper contract on the Shanghai Futures Exchange', 'increase', None, None, None, SHFE),
        ('101,360 yuan', 1, 101360, 'CNY', 'most-active February copper contract on the Shanghai Futures Exchange', 'increase', None, None, None, SHFE),
        ('$14,510', 1, 14510, 'USD', 'most-active February copper contract on the Shanghai Futures Exchange', 'increase', None, None, None, SHFE),
        ('0.6%', 1, 0.6, 'percent', 'aluminium on the Shanghai Futures Exchange', 'increase', None, None, None, SHFE),
        ('24,180 yuan', 1, 24180, 'CNY', 'aluminium on the Shanghai Futures Exchange', 'increase', None, None, None, SHFE),
        ('94,716 tons', 1, 94716, 'tonne', 'copper inventories in SHFE warehouses', None, None, None, AOF, SHFE),
        ('9.8%', 1, 9.8, 'percent', 'copper inventories in SHFE warehouses', 'increase', 'period_on_period', None, AOF, SHFE),
        ('4,210 tons', 1, 4210, 'tonne', 'aluminium stocks in SHFE warehouses', 'decrease', 'period_on_period', None, AOF, SHFE),
        ('112,905 tons', 1, 112905, 'tonne', 'aluminium stocks in SHFE warehouses', 'decrease', None, None, AOF, SHFE),
    ],
    'business_standard_style_auto_dispatches_siam.txt': [
        ('11%', 1, 11, 'percent', 'PV dispatches', 'increase', None, None, BDEC, SIAM),
        ('18%', 1, 18, 'percent', 'two-wheelers', 'increase', None, None, BDEC, SIAM),
        ('11.2 per cent', 1, 11.2, 'percent', 'passenger vehicle dispatches', 'increase', 'year_on_year', None, BDEC, SIAM),
        ('3,44,816 units', 1, 344816, 'count', 'passenger vehicle dispatches', 'increase', None, None, BDEC, SIAM),
        ('18.4 per cent', 1, 18.4, 'percent', 'two-wheeler dispatches', 'increase', 'year_on_year', None, BDEC, SIAM),
        ('12,10,533 units', 1, 1210533, 'count', 'two-wheeler dispatches', 'increase', None, None, BDEC, SIAM),
        ('6.9 per cent', 1, 6.9, 'percent', 'three-wheeler dispatches', 'increase', 'year_on_year', None, BDEC, SIAM),
        ('54,207 units', 1, 54207, 'count', 'three-wheeler dispatches', 'increase', None, None, BDEC, SIAM),
        ('22.1 per cent', 1, 22.1, 'percent', 'scooter dispatches', 'increase', 'year_on_year', None, BDEC, SIAM),
        ('16.3 per cent', 1, 16.3, 'percent', 'motorcycle dispatches', 'increase', 'year_on_year', None, BDEC, SIAM),
        ('4.2 per cent', 1, 4.2, 'percent', 'moped volumes', 'decrease', 'year_on_year', None, BDEC, SIAM),
        ('33.9 lakh units', 1, 3.39e6, 'count', 'PV dispatches', None, None, None, AD26, SIAM),
        ('4.1 per cent', 1, 4.1, 'percent', 'PV dispatches', 'increase', 'year_on_year', None, AD26, SIAM),
        ('32.56 lakh units', 1, 3.256e6, 'count', 'PV dispatches', None, None, None, P('in the corresponding period a year ago', '2024-04-01', '2024-12-31'), SIAM),
        ('1.58 crore units', 1, 15.8e6, 'count', 'two-wheeler dispatches', None, None, None, AD26, SIAM),
        ('7.8 per cent', 1, 7.8, 'percent', 'two-wheeler dispatches', 'increase', 'year_on_year', None, AD26, SIAM),
        ('19.5 per cent', 1, 19.5, 'percent', 'PV exports', 'increase', None, None, BDEC, SIAM),
        ('72,418 units', 1, 72418, 'count', 'PV exports', 'increase', None, None, BDEC, SIAM),
        ('6.4 lakh units', 1, 640000, 'count', 'PV export shipments', None, None, 'approximately', P('in the first nine months of the fiscal year', '2025-04-01', '2025-12-31'), SIAM),
        ('1,52,310 units', 1, 152310, 'count', 'Maruti Suzuki domestic dispatches', None, None, None, BDEC, SIAM),
        ('52,876 units', 1, 52876, 'count', 'Mahindra & Mahindra domestic dispatches', None, None, None, BDEC, SIAM),
        ('46,512 units', 1, 46512, 'count', 'Tata Motors domestic dispatches', None, None, None, BDEC, SIAM),
        ('45 lakh units', 1, 4.5e6, 'count', 'PV dispatches', None, None, 'more_than', Y('In calendar year 2025', 2025), SIAM),
        ('4', 1, 4, 'percent', 'passenger vehicles', 'increase', None, None, P('FY26', '2025-04-01', '2026-03-31'), SIAM),
        ('6 per cent', 1, 6, 'percent', 'passenger vehicles', 'increase', None, None, P('FY26', '2025-04-01', '2026-03-31'), SIAM),
    ],
    'eu_energy_style_heat_pump_and_boiler_sales.txt': [
        ('512,000 units', 1, 512000, 'count', 'sales of heat pumps', None, None, None, Q325, None),
        ('9%', 1, 9, 'percent', 'sales of heat pumps', 'increase', 'year_on_year', None, Q325, None),
        ('a quarter', 1, 0.25, 'fraction', 'sales of heat pumps', 'decrease', None, 'approximately', P('the third quarter of 2022', '2022-07-01', '2025-09-30'), None),
        ('7%', 1, 7, 'percent', 'sales of gas boilers', 'decrease', 'year_on_year', None, Q325, None),
        ('1.15 million units', 1, 1.15e6, 'count', 'sales of gas boilers', 'decrease', None, 'approximately', Q325, None),
        ('18%', 1, 18, 'percent', 'oil boiler sales', 'decrease', 'year_on_year', None, Q325, None),
        ('118,000', 1, 118000, 'count', 'heat pump units sold in Germany', None, None, None, INQ, EHPA),
        ('104,000', 1, 104000, 'count', 'heat pump units sold in France', None, None, None, INQ, EHPA),
        ('71,000 units', 1, 71000, 'count', 'heat pump units sold in Italy', None, None, None, INQ, EHPA),
        ('41%', 1, 41, 'percent', 'German sales', 'increase', 'year_on_year', None, INQ, EHPA),
        ('70%', 1, 70, 'percent', 'share of installation costs covered by the federal subsidy programme', None, None, 'up_to', None, None),
        ('6%', 1, 6, 'percent', 'sales in France', 'decrease', 'year_on_year', None, INQ, EHPA),
        ('38%', 1, 38, 'percent', 'sales in Poland', 'decrease', 'year_on_year', None, INQ, EHPA),
        ('15%', 1, 15, 'percent', 'sales in Belgium', 'increase', 'year_on_year', None, INQ, EHPA),
        ('11%', 1, 11, 'percent', 'sales in the Netherlands', 'increase', 'year_on_year', None, INQ, EHPA),
        ('4%', 1, 4, 'percent', 'sales in Sweden', 'increase', 'year_on_year', None, INQ, EHPA),
        ('31%', 1, 31, 'percent', 'heat pumps share of heating appliances sold', 'increase', None, None, INQ, EHPA),
        ('27%', 1, 27, 'percent', 'heat pumps share of heating appliances sold', None, None, None, Q('a year earlier', 2024, 3), EHPA),
        ('52%', 1, 52, 'percent', 'gas boiler share of heating appliances sold', 'decrease', None, None, INQ, EHPA),
        ('56%', 1, 56, 'percent', 'gas boiler share of heating appliances sold', None, None, None, Q('a year earlier', 2024, 3), EHPA),
        ('50%', 1, 50, 'percent', 'tax deduction for heat pump installations in primary residences', 'decrease', None, None, J1, GIT),
        ('65%', 1, 65, 'percent', 'tax deduction for heat pump installations in primary residences', None, None, None, J1, GIT),
        ('€1,500', 1, 1500, 'EUR', 'heat pump grant', 'increase', None, None, J1, GIE),
        ('€6,500', 1, 6500, 'EUR', 'heat pump grant', 'increase', None, None, J1, GIE),
        ('€9,000', 1, 9000, 'EUR', 'typical installed costs of an air-to-water heat pump', None, None, None, None, EHPA),
        ('€14,000', 1, 14000, 'EUR', 'typical installed costs of an air-to-water heat pump', None, None, None, None, EHPA),
        ('€3,000', 1, 3000, 'EUR', 'typical installed costs of a gas boiler', None, None, None, None, EHPA),
        ('4,500', 1, 4500, 'EUR', 'typical installed costs of a gas boiler', None, None, None, None, EHPA),
    ],
    'nbs_style_energy_production_crude_oil_gas.txt': [
        ('18.09 million tons', 1, 18.09e6, 'tonne', 'crude oil output', None, None, None, OCT, NBS),
        ('0.3 percent', 1, 0.3, 'percent', 'crude oil output', 'increase', 'year_on_year', None, OCT, NBS),
        ('1.2 percentage points', 1, 1.2, 'percentage_point', 'crude oil output growth', 'decrease', 'month_on_month', None, OCT, NBS),
        ('584 thousand tons', 1, 584000, 'tonne', 'average daily crude oil output', None, None, None, OCT, NBS),
        ('179.86 million tons', 1, 179.86e6, 'tonne', 'crude oil output', None, None, None, JO, NBS),
        ('1.8 percent', 1, 1.8, 'percent', 'crude oil output', 'increase', 'year_on_year', None, JO, NBS),
        ('20.5 billion cubic meters', 1, 20.5e9, 'cubic metre', 'natural gas output', None, None, None, IOCT, NBS),
        ('6.5 percent', 1, 6.5, 'percent', 'natural gas output', 'increase', 'year_on_year', None, IOCT, NBS),
        ('1.5 percentage points', 1, 1.5, 'percentage_point', 'natural gas output growth', 'increase', 'month_on_month', None, IOCT, NBS),
        ('660 million cubic meters', 1, 660e6, 'cubic metre', 'average daily natural gas output', None, None, None, IOCT, NBS),
        ('204.1 billion cubic meters', 1, 204.1e9, 'cubic metre', 'natural gas output', None, None, None, JO, NBS),
        ('6.6 percent', 1, 6.6, 'percent', 'natural gas output', 'increase', 'year_on_year', None, JO, NBS),
        ('409.74 million tons', 1, 409.74e6, 'tonne', 'raw coal output', None, None, None, IOCT, NBS),
        ('4.6 percent', 1, 4.6, 'percent', 'raw coal output', 'increase', 'year_on_year', None, IOCT, NBS),
        ('13.22 million tons', 1, 13.22e6, 'tonne', 'average daily raw coal output', None, None, None, IOCT, NBS),
        ('3,878.75 million tons', 1, 3878.75e6, 'tonne', 'raw coal output', None, None, None, JO, NBS),
        ('1.2 percent', 2, 1.2, 'percent', 'raw coal output', 'increase', 'year_on_year', None, JO, NBS),
        ('710.1 billion kWh', 1, 710.1e9, 'kilowatt hour', 'power generation', None, None, None, IOCT, NBS),
        ('2.1 percent', 1, 2.1, 'percent', 'power generation', 'increase', 'year_on_year', None, IOCT, NBS),
        ('14.6 percent', 1, 14.6, 'percent', 'hydropower generation', 'increase', 'year_on_year', None, IOCT, NBS),
        ('7.0 percent', 1, 7.0, 'percent', 'wind power generation', 'increase', 'year_on_year', None, IOCT, NBS),
        ('17.2 percent', 1, 17.2, 'percent', 'solar power generation', 'increase', 'year_on_year', None, IOCT, NBS),
        ('1.8 percent', 2, 1.8, 'percent', 'thermal power generation', 'decrease', 'year_on_year', None, IOCT, NBS),
        ('3.4 percent', 1, 3.4, 'percent', 'nuclear power generation', 'decrease', 'year_on_year', None, IOCT, NBS),
        ('7,823.6 billion kWh', 1, 7823.6e9, 'kilowatt hour', 'power generation', None, None, None, JO, NBS),
        ('5.1 percent', 1, 5.1, 'percent', 'power generation', 'increase', 'year_on_year', None, JO, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
