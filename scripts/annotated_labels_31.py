# ruff: noqa: E501, RUF001
"""Write corpus/annotated_31/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_31.py corpus/annotated_31
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
BPS = "Statistics Indonesia"
MEM = "Ministry of Mines and Energy"
OPEC = "Organization of the Petroleum Exporting Countries"
MOC = "Ministry of Commerce"
BOT = "Bank of Thailand"
REUTERS = "Reuters"
UST = "U.S. Department of the Treasury"
CBO = "Congressional Budget Office"
MOF = "Ministry of Finance"
BBG = "Bloomberg"
ISTAT = "Italian National Institute of Statistics"
TE = "Trading Economics"
API = "American Petroleum Institute"
EIA = "U.S. Energy Information Administration"
OPECP = "OPEC+"
IEA = "International Energy Agency"
FADA = "Federation of Automobile Dealers Associations"
NOMURA = "Nomura"
EUROSTAT = "Eurostat"
NEA = "National Energy Administration"

# 3101 ONS families and households (ref Wednesday 2026-05-20)
Y25 = Y("in 2025", 2025)
SINCE15 = P("in 2015", "2015-01-01", "2025-12-31")
Y15 = Y("in 2015", 2015)
F24 = Y("for 2024", 2024)
# 3102 Reuters 1987 (ref Wednesday 1987-03-18)
CAL86 = Y("in calendar 1986", 1986)
LY86 = Y("last year", 1986)
IN86 = Y("in 1986", 1986)
YE85 = Y("a year earlier", 1985)
LYS = Y("last year's", 1986)
FEB87 = per("in February", 1987, 2)
# 3103 Reuters 2025 (ref Friday 2025-12-05)
NOV = per("in November", 2025, 11)
OCT = per("in October", 2025, 10)
INNOV = per("In November", 2025, 11)
F11 = P("For the first 11 months of 2025", "2025-01-01", "2025-11-30")
D17 = P("at its Dec. 17 review", "2025-12-17", "2025-12-17")
# 3104 CNBC (ref Wednesday 2025-12-10)
CNOV = per("in November", 2025, 11)
LM = per("last month", 2025, 11)
YE24 = per("a year earlier", 2024, 11)
FTM = P("For the first two months of fiscal 2026", "2025-10-01", "2025-11-30")
FY25 = P("fiscal 2025", "2024-10-01", "2025-09-30")
# 3105 MT Newswires (ref Wednesday 2025-11-19)
JOCT = per("in October", 2025, 10)
JLM = per("last month", 2025, 10)
JSEP = per("in September", 2025, 9)
SAOCT = per("October", 2025, 10)
F10 = P("In the first 10 months of 2025", "2025-01-01", "2025-10-31")
# 3106 Trading Economics (ref Monday 2026-01-12)
N25 = per("in November 2025", 2025, 11)
INOV = per("in November", 2025, 11)
IOCT = per("in October", 2025, 10)
# 3107 Investing.com (ref Wednesday 2025-12-03)
ET = P("By 21:35 ET", None, None)
W28 = P("in the week ended Nov. 28", "2025-11-22", "2025-11-28")
W28B = P("in the week to Nov. 28", "2025-11-22", "2025-11-28")
SFTY = P("so far this year", "2025-01-01", "2025-12-03")
# 3108 Business Standard (ref Monday 2025-12-08)
BNOV = per("in November", 2025, 11)
FEST = P("During the 42-day festive period from September 22 to November 2", "2025-09-22", "2025-11-02")
AN26 = P("For April-November of FY26", "2025-04-01", "2025-11-30")
EON = P("at the end of November", "2025-11-30", "2025-11-30")
H2FY26 = P("in the second half of FY26", "2025-10-01", "2026-03-31")
# 3109 DG ENER (ref Tuesday 2026-01-27)
Q325 = Q("In the third quarter of 2025", 2025, 3)
INQ = Q("in the quarter", 2025, 3)
JS = P("Between July and September", "2025-07-01", "2025-09-30")
Q3D = Q("In Q3-2025", 2025, 3)
# 3110 NEA electricity consumption (ref Thursday 2025-11-20)
JO = P("from January to October this year", "2025-01-01", "2025-10-31")
COCT = per("In October", 2025, 10)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_families_households.txt': [
        ('28.6 million', 1, 28.6e6, 'count', 'households in the UK', None, None, None, Y25, None),
        ('254,000', 1, 254000, 'count', 'households in the UK', 'increase', 'year_on_year', None, Y25, None),
        ('0.9%', 1, 0.9, 'percent', 'households in the UK', 'increase', 'year_on_year', None, Y25, None),
        ('1.9 million', 1, 1.9e6, 'count', 'households in the UK', 'increase', None, None, SINCE15, None),
        ('8.4 million', 1, 8.4e6, 'count', 'people living alone', 'increase', None, None, Y25, None),
        ('three in ten', 1, 0.3, 'fraction', 'people living alone share of all households', None, None, 'approximately', Y25, None),
        ('29.4%', 1, 29.4, 'percent', 'people living alone share of all households', None, None, None, Y25, None),
        ('2.36', 1, 2.36, 'count', 'average household size', None, None, None, Y25, None),
        ('2.39', 1, 2.39, 'count', 'average household size', None, None, None, Y15, None),
        ('19.6 million', 1, 19.6e6, 'count', 'families in the UK', None, None, None, Y25, ONS),
        ('12.9 million', 1, 12.9e6, 'count', 'married or civil partner couple families', None, None, None, Y25, ONS),
        ('2.8%', 1, 2.8, 'percent', 'cohabiting couple families', 'increase', 'year_on_year', None, Y25, ONS),
        ('3.7 million', 1, 3.7e6, 'count', 'cohabiting couple families', 'increase', None, None, Y25, ONS),
        ('3.0 million', 1, 3.0e6, 'count', 'lone parent families', None, None, None, Y25, ONS),
        ('4.3 million', 1, 4.3e6, 'count', 'people living alone aged 65 years and over', 'increase', None, None, Y25, ONS),
        ('51.2%', 1, 51.2, 'percent', 'share of people living alone aged 65 years and over', None, None, None, Y25, ONS),
        ('3.5 million', 1, 3.5e6, 'count', 'people living alone aged 65 years and over', None, None, None, Y15, ONS),
        ('2.37', 1, 2.37, 'count', 'average household size in England', None, None, None, None, ONS),
        ('2.29', 1, 2.29, 'count', 'average household size in Scotland', None, None, None, None, ONS),
        ('2.48', 1, 2.48, 'count', 'average household size in Northern Ireland', None, None, None, None, ONS),
        ('3.6 million', 1, 3.6e6, 'count', 'adults aged 20 to 34 years living with their parents', None, None, 'approximately', Y25, ONS),
        ('1 in 4', 1, 0.25, 'fraction', 'share of adults aged 20 to 34 years living with their parents', None, None, 'approximately', Y25, ONS),
        ('26.8%', 1, 26.8, 'percent', 'share of adults aged 20 to 34 years living with their parents', None, None, None, Y25, ONS),
        ('0.7 percentage points', 1, 0.7, 'percentage_point', 'share of adults aged 20 to 34 years living with their parents', 'decrease', 'year_on_year', None, Y25, ONS),
        ('3.63 million', 1, 3.63e6, 'count', 'adults aged 20 to 34 years living with their parents', 'decrease', None, None, F24, ONS),
        ('3.66 million', 1, 3.66e6, 'count', 'adults aged 20 to 34 years living with their parents', None, None, None, F24, ONS),
    ],
    'wire_1987_indonesia_oil_lng_exports.txt': [
        ('23.6 PCT', 1, 23.6, 'percent', 'Indonesian oil and LNG exports', 'decrease', None, None, Y('IN 1986', 1986), None),
        ('23.6 pct', 1, 23.6, 'percent', "Indonesia's exports of oil and liquefied natural gas", 'decrease', 'year_on_year', None, CAL86, BPS),
        ('8.28 billion dlrs', 1, 8.28e9, 'USD', "Indonesia's exports of oil and liquefied natural gas", 'decrease', None, None, CAL86, BPS),
        ('10.84 billion', 1, 10.84e9, 'USD', "Indonesia's exports of oil and liquefied natural gas", None, None, None, Y('in 1985', 1985), BPS),
        ('5.14 billion dlrs', 1, 5.14e9, 'USD', 'crude oil exports', None, None, None, LY86, BPS),
        ('31.2 pct', 1, 31.2, 'percent', 'crude oil exports', 'decrease', None, None, LY86, BPS),
        ('2.51 billion', 1, 2.51e9, 'USD', 'LNG exports', None, None, None, LY86, BPS),
        ('8.4 pct', 1, 8.4, 'percent', 'LNG exports', 'decrease', None, None, LY86, BPS),
        ('317.6 mln barrels', 1, 317.6e6, 'barrel', 'crude export volumes', 'increase', None, None, IN86, BPS),
        ('301.2 mln', 1, 301.2e6, 'barrel', 'crude export volumes', None, None, None, YE85, BPS),
        ('15.9 mln tonnes', 1, 15.9e6, 'tonne', 'LNG shipments', None, None, None, IN86, BPS),
        ('14.8 mln', 1, 14.8e6, 'tonne', 'LNG shipments', None, None, None, YE85, BPS),
        ('13.6 mln tonnes', 1, 13.6e6, 'tonne', 'LNG shipments to Japan', None, None, None, LYS, BPS),
        ('four-fifths', 1, 0.8, 'fraction', 'Japan share of LNG shipments', None, None, 'more_than', LYS, BPS),
        ('1.9 mln', 1, 1.9e6, 'tonne', 'LNG shipments to South Korea', None, None, None, LYS, BPS),
        ('55.9 pct', 1, 55.9, 'percent', 'oil and gas share of total exports', None, None, None, LY86, BPS),
        ('14.81 billion dlrs', 1, 14.81e9, 'USD', 'total exports', None, None, None, LY86, BPS),
        ('68.4 pct', 1, 68.4, 'percent', 'oil and gas share of total exports', None, None, None, Y('in 1985', 1985), BPS),
        ('812 mln dlrs', 1, 812e6, 'USD', 'oil and LNG exports', 'increase', None, None, per('In January', 1987, 1), BPS),
        ('655 mln dlrs', 1, 655e6, 'USD', 'oil and LNG exports', None, None, None, per('in December', 1986, 12), BPS),
        ('1.31 mln barrels per day', 1, 1.31e6, 'barrel per day', 'crude and condensate output', None, None, None, FEB87, MEM),
        ('180,000 bpd', 1, 180000, 'barrel per day', 'condensate output', None, None, 'approximately', FEB87, MEM),
        ('1.133 mln bpd', 1, 1.133e6, 'barrel per day', "Indonesia's OPEC quota", None, None, None, P('for the first half of 1987', '1987-01-01', '1987-06-30'), OPEC),
        ('9.5 billion dlrs', 1, 9.5e9, 'USD', 'oil and gas export earnings', 'increase', None, 'approximately', P('in the 1987/88 fiscal year', '1987-04-01', '1988-03-31'), MEM),
    ],
    'wire_2025_thailand_inflation.txt': [
        ('0.49%', 1, 0.49, 'percent', "Thailand's consumer prices", 'decrease', 'year_on_year', None, per('November', 2025, 11), None),
        ('0.49%', 2, 0.49, 'percent', "Thailand's headline consumer prices", 'decrease', 'year_on_year', None, NOV, MOC),
        ('0.30%', 1, 0.30, 'percent', 'headline consumer prices', 'decrease', 'year_on_year', None, NOV, REUTERS),
        ('0.76%', 1, 0.76, 'percent', 'headline consumer prices', 'decrease', 'year_on_year', None, OCT, MOC),
        ('0.61%', 1, 0.61, 'percent', 'core inflation', 'increase', 'year_on_year', None, NOV, MOC),
        ('0.58%', 1, 0.58, 'percent', 'core inflation', None, 'year_on_year', None, OCT, MOC),
        ('0.12%', 1, 0.12, 'percent', 'consumer price index', 'decrease', 'month_on_month', None, INNOV, MOC),
        ('0.05%', 1, 0.05, 'percent', 'consumer price index', 'increase', 'month_on_month', None, OCT, MOC),
        ('100.21', 1, 100.21, 'index_point', 'consumer price index', None, None, None, INNOV, MOC),
        ('3.4%', 1, 3.4, 'percent', 'fresh food prices', 'decrease', 'year_on_year', None, None, MOC),
        ('1.9%', 1, 1.9, 'percent', 'energy prices', 'decrease', 'year_on_year', None, None, MOC),
        ('9.8%', 1, 9.8, 'percent', 'prices of rice', 'decrease', 'year_on_year', None, None, MOC),
        ('2.6%', 1, 2.6, 'percent', 'prices of pork', 'decrease', 'year_on_year', None, None, MOC),
        ('-0.14%', 1, -0.14, 'percent', 'headline inflation', 'decrease', None, None, F11, MOC),
        ('-0.2%', 1, -0.2, 'percent', 'inflation', 'decrease', None, None, Y('2025', 2025), MOC),
        ('0.0%', 1, 0.0, 'percent', 'inflation', None, None, None, Y('2025', 2025), MOC),
        ('0.3%', 1, 0.3, 'percent', 'prices', 'increase', None, None, Y('next year', 2026), MOC),
        ('1.0%', 1, 1.0, 'percent', 'prices', 'increase', None, None, Y('next year', 2026), MOC),
        ('1%', 1, 1, 'percent', 'headline inflation target', None, None, None, None, BOT),
        ('3%', 1, 3, 'percent', 'headline inflation target', None, None, None, None, BOT),
        ('25 basis points', 1, 25, 'basis_point', 'one-day repurchase rate', 'decrease', None, None, OCT, BOT),
        ('1.25%', 1, 1.25, 'percent', 'one-day repurchase rate', 'decrease', None, None, OCT, BOT),
        ('25-basis-point', 1, 25, 'basis_point', 'one-day repurchase rate', 'decrease', None, None, D17, REUTERS),
        ('1.00%', 1, 1.00, 'percent', 'one-day repurchase rate', 'decrease', None, None, D17, REUTERS),
        ('31.95', 1, 31.95, 'THB', 'baht per dollar', None, None, None, P('on Friday', '2025-12-05', '2025-12-05'), MOC),
        ('6.5%', 1, 6.5, 'percent', 'baht', 'increase', None, 'approximately', P('so far this year', '2025-01-01', '2025-12-05'), MOC),
    ],
    'cnbc_style_treasury_budget_statement.txt': [
        ('$173 billion', 1, 173e9, 'USD', 'U.S. budget deficit', 'decrease', None, None, CNOV, None),
        ('$173 billion', 2, 173e9, 'USD', 'federal government deficit', None, None, None, CNOV, UST),
        ('53%', 1, 53, 'percent', 'federal government deficit', 'decrease', 'year_on_year', None, CNOV, UST),
        ('$368 billion', 1, 368e9, 'USD', 'federal government deficit', None, None, None, YE24, UST),
        ('18%', 1, 18, 'percent', 'receipts', 'increase', 'year_on_year', None, LM, UST),
        ('$356 billion', 1, 356e9, 'USD', 'receipts', 'increase', None, None, LM, UST),
        ('21%', 1, 21, 'percent', 'outlays', 'decrease', 'year_on_year', None, LM, UST),
        ('$529 billion', 1, 529e9, 'USD', 'outlays', 'decrease', None, None, LM, UST),
        ('$31 billion', 1, 31e9, 'USD', 'customs duties', None, None, None, CNOV, UST),
        ('four times', 1, 4, 'times', 'customs duties', 'increase', 'year_on_year', 'approximately', CNOV, UST),
        ('$7.8 billion', 1, 7.8e9, 'USD', 'customs duties', None, None, None, YE24, UST),
        ('$458 billion', 1, 458e9, 'USD', 'deficit', None, None, None, FTM, UST),
        ('26%', 1, 26, 'percent', 'deficit', 'decrease', 'year_on_year', None, FTM, UST),
        ('$62 billion', 1, 62e9, 'USD', 'customs duties', None, None, None, P('In October and November combined', '2025-10-01', '2025-11-30'), UST),
        ('$14 billion', 1, 14e9, 'USD', 'customs duties', None, None, None, P('in the same two months of 2024', '2024-10-01', '2024-11-30'), UST),
        ('$177 billion', 1, 177e9, 'USD', 'deficit', None, None, None, per('November', 2025, 11), CBO),
        ('$89 billion', 1, 89e9, 'USD', 'net interest on the public debt', None, None, None, CNOV, UST),
        ('9%', 1, 9, 'percent', 'net interest on the public debt', 'increase', 'year_on_year', None, CNOV, UST),
        ('$76 billion', 1, 76e9, 'USD', 'spending on defense', None, None, None, CNOV, UST),
        ('$1.78 trillion', 1, 1.78e12, 'USD', 'deficit', None, None, None, FY25, UST),
        ('$41 billion', 1, 41e9, 'USD', 'deficit', 'decrease', 'year_on_year', None, FY25, UST),
        ('$195 billion', 1, 195e9, 'USD', 'customs receipts', None, None, None, FY25, UST),
    ],
    'mt_newswires_japan_trade_balance.txt': [
        ('4.1%', 1, 4.1, 'percent', 'exports', 'increase', None, None, JOCT, None),
        ('318.4 billion yen', 1, 318.4e9, 'JPY', 'trade deficit', None, None, None, JOCT, MOF),
        ('96.2 billion yen', 1, 96.2e9, 'JPY', 'trade surplus', None, None, None, JSEP, MOF),
        ('276.5 billion yen', 1, 276.5e9, 'JPY', 'shortfall', None, None, None, JOCT, BBG),
        ('4.1%', 2, 4.1, 'percent', 'exports', 'increase', 'year_on_year', None, JLM, MOF),
        ('9.36 trillion yen', 1, 9.36e12, 'JPY', 'exports', 'increase', None, None, JLM, MOF),
        ('2.2%', 1, 2.2, 'percent', 'imports', 'increase', 'year_on_year', None, JLM, MOF),
        ('9.68 trillion yen', 1, 9.68e12, 'JPY', 'imports', 'increase', None, None, JLM, MOF),
        ('5.8%', 1, 5.8, 'percent', 'shipments to the U.S.', 'decrease', 'year_on_year', None, JOCT, MOF),
        ('12.4%', 1, 12.4, 'percent', 'vehicle exports to the U.S.', 'decrease', 'year_on_year', None, JOCT, MOF),
        ('2.1%', 1, 2.1, 'percent', 'exports to China', 'increase', 'year_on_year', None, JOCT, MOF),
        ('7.9%', 1, 7.9, 'percent', 'exports to the rest of Asia', 'increase', 'year_on_year', None, JOCT, MOF),
        ('9.3%', 1, 9.3, 'percent', 'imports from the Middle East', 'decrease', None, None, None, MOF),
        ('68,420 yen', 1, 68420, 'JPY', 'average price paid for crude oil', None, None, None, None, MOF),
        ('11.6%', 1, 11.6, 'percent', 'average price paid for crude oil', 'decrease', None, None, None, MOF),
        ('165.7 billion yen', 1, 165.7e9, 'JPY', 'seasonally adjusted trade deficit', 'decrease', None, None, SAOCT, MOF),
        ('213.2 billion yen', 1, 213.2e9, 'JPY', 'seasonally adjusted trade deficit', None, None, None, JSEP, MOF),
        ('1.8%', 1, 1.8, 'percent', 'seasonally adjusted exports', 'increase', 'month_on_month', None, SAOCT, MOF),
        ('0.6%', 1, 0.6, 'percent', 'seasonally adjusted imports', 'decrease', 'month_on_month', None, SAOCT, MOF),
        ('38.4%', 1, 38.4, 'percent', 'cumulative deficit', 'decrease', 'year_on_year', None, F10, MOF),
        ('4.12 trillion yen', 1, 4.12e12, 'JPY', 'cumulative deficit', 'decrease', None, None, F10, MOF),
        ('155.30', 1, 155.30, 'JPY', 'yen per dollar', None, None, None, P('Wednesday', '2025-11-19', '2025-11-19'), MOF),
    ],
    'trading_economics_style_italy_industrial_production.txt': [
        ('1.0%', 1, 1.0, 'percent', 'Italy industrial output', 'decrease', None, None, INOV, None),
        ('1.0%', 2, 1.0, 'percent', 'industrial production in Italy', 'decrease', 'month_on_month', None, N25, ISTAT),
        ('1.5%', 1, 1.5, 'percent', 'industrial production in Italy', 'increase', 'month_on_month', None, IOCT, ISTAT),
        ('0.2%', 1, 0.2, 'percent', 'industrial production in Italy', 'increase', 'month_on_month', None, N25, None),
        ('-4.6%', 1, -4.6, 'percent', 'energy', 'decrease', 'month_on_month', None, N25, ISTAT),
        ('-1.8%', 1, -1.8, 'percent', 'consumer goods', 'decrease', 'month_on_month', None, N25, ISTAT),
        ('0.3%', 1, 0.3, 'percent', 'output of intermediate goods', 'decrease', 'month_on_month', None, N25, ISTAT),
        ('0.8%', 1, 0.8, 'percent', 'industrial output', 'decrease', 'year_on_year', None, INOV, ISTAT),
        ('1.4%', 1, 1.4, 'percent', 'industrial output', 'increase', 'year_on_year', None, IOCT, ISTAT),
        ('7.2%', 1, 7.2, 'percent', 'energy production', 'decrease', 'year_on_year', None, INOV, ISTAT),
        ('1.1%', 1, 1.1, 'percent', 'intermediate goods', 'decrease', 'year_on_year', None, INOV, ISTAT),
        ('0.6%', 1, 0.6, 'percent', 'consumer goods', 'decrease', 'year_on_year', None, INOV, ISTAT),
        ('2.4%', 1, 2.4, 'percent', 'capital goods', 'increase', 'year_on_year', None, INOV, ISTAT),
        ('0.9%', 1, 0.9, 'percent', 'production', 'decrease', 'year_on_year', None, P('For the first eleven months of 2025', '2025-01-01', '2025-11-30'), ISTAT),
        ('92.6', 1, 92.6, 'index_point', 'seasonally adjusted index', None, None, None, INOV, ISTAT),
        ('6%', 1, 6, 'percent', 'seasonally adjusted index', 'decrease', None, 'approximately', P('November 2021', '2021-11-01', '2025-11-30'), ISTAT),
        ('0.21 percent', 1, 0.21, 'percent', "Italy's annual industrial production growth average", None, None, None, P('between 1991 and 2025', '1991-01-01', '2025-12-31'), ISTAT),
        ('79.10 percent', 1, 79.10, 'percent', "Italy's annual industrial production growth all-time high", None, None, None, per('in April 2021', 2021, 4), ISTAT),
        ('-42.90 percent', 1, -42.90, 'percent', "Italy's annual industrial production growth record low", 'decrease', None, None, per('in April 2020', 2020, 4), ISTAT),
        ('-0.40 percent', 1, -0.40, 'percent', 'Industrial Production in Italy', 'decrease', None, None, P('by the end of this quarter', '2026-03-31', '2026-03-31'), TE),
        ('0.70 percent', 1, 0.70, 'percent', 'Italy Industrial Production', None, None, 'approximately', Y('in 2027', 2027), TE),
        ('1.10 percent', 1, 1.10, 'percent', 'Italy Industrial Production', None, None, 'approximately', Y('in 2028', 2028), TE),
    ],
    'investing_style_crude_oil_api_inventories.txt': [
        ('0.5%', 1, 0.5, 'percent', 'Brent oil futures', 'increase', None, None, ET, None),
        ('$62.76', 1, 62.76, 'USD', 'Brent oil futures', 'increase', None, None, ET, None),
        ('0.6%', 1, 0.6, 'percent', 'West Texas Intermediate crude futures', 'increase', None, None, ET, None),
        ('$59.01', 1, 59.01, 'USD', 'West Texas Intermediate crude futures', 'increase', None, None, ET, None),
        ('1%', 1, 1, 'percent', 'Brent and WTI futures', 'decrease', None, 'more_than', P('on Tuesday', '2025-12-02', '2025-12-02'), None),
        ('16%', 1, 16, 'percent', 'Brent', 'decrease', None, 'approximately', SFTY, None),
        ('18%', 1, 18, 'percent', 'WTI', 'decrease', None, 'approximately', SFTY, None),
        ('2.5 million barrels', 1, 2.5e6, 'barrel', 'U.S. crude inventories', 'decrease', None, 'approximately', W28, API),
        ('1.1 million barrels', 1, 1.1e6, 'barrel', 'U.S. crude inventories', 'increase', None, None, W28, None),
        ('2.48 million barrels', 1, 2.48e6, 'barrel', 'U.S. crude inventories', 'decrease', None, None, P('a week earlier', '2025-11-15', '2025-11-21'), API),
        ('3.9 million barrels', 1, 3.9e6, 'barrel', 'gasoline stocks', 'increase', None, None, None, API),
        ('1.3 million barrels', 1, 1.3e6, 'barrel', 'distillate inventories', 'increase', None, None, None, API),
        ('420,000 barrels', 1, 420000, 'barrel', 'stocks at the Cushing, Oklahoma, storage hub', 'decrease', None, None, None, API),
        ('821,000 barrels', 1, 821000, 'barrel', 'crude stocks', 'decrease', None, None, W28B, REUTERS),
        ('2.1 million barrels', 1, 2.1e6, 'barrel', 'gasoline inventories', 'increase', None, None, W28B, REUTERS),
        ('2.8 million barrels', 1, 2.8e6, 'barrel', 'crude inventories', 'increase', None, None, P('in the week ended Nov. 21', '2025-11-15', '2025-11-21'), EIA),
        ('2.9 million barrels per day', 1, 2.9e6, 'barrel per day', 'production targets', 'increase', None, 'approximately', P('since April', '2025-04-01', '2025-12-03'), OPECP),
        ('4.0 million barrels per day', 1, 4.0e6, 'barrel per day', 'excess of global supply over demand', None, None, None, Y('in 2026', 2026), IEA),
        ('13.87 million barrels per day', 1, 13.87e6, 'barrel per day', 'U.S. crude production', None, None, None, per('in September', 2025, 9), EIA),
    ],
    'business_standard_style_auto_retail_sales.txt': [
        ('2.1%', 1, 2.1, 'percent', 'vehicle retail sales', 'increase', None, None, per('in Nov', 2025, 11), FADA),
        ('2.1 per cent', 1, 2.1, 'percent', 'retail sales of automobiles in India', 'increase', 'year_on_year', None, BNOV, FADA),
        ('33,45,210 units', 1, 3345210, 'count', 'retail sales of automobiles in India', 'increase', None, None, BNOV, FADA),
        ('16.4 per cent', 1, 16.4, 'percent', 'passenger vehicle (PV) retail sales', 'increase', 'year_on_year', None, None, FADA),
        ('3,82,460 units', 1, 382460, 'count', 'passenger vehicle (PV) retail sales', 'increase', None, None, None, FADA),
        ('26.6 lakh units', 1, 2660000, 'count', 'two-wheeler sales', None, None, None, None, FADA),
        ('39.6 per cent', 1, 39.6, 'percent', 'tractor sales', 'increase', 'year_on_year', None, None, FADA),
        ('11.2 per cent', 1, 11.2, 'percent', 'commercial vehicle (CV) retail', 'increase', 'year_on_year', None, None, FADA),
        ('87,640 units', 1, 87640, 'count', 'commercial vehicle (CV) retail', 'increase', None, None, None, FADA),
        ('3.1 per cent', 1, 3.1, 'percent', 'three-wheeler registrations', 'decrease', 'year_on_year', None, None, FADA),
        ('21 per cent', 1, 21, 'percent', 'retail sales', 'increase', 'year_on_year', None, FEST, FADA),
        ('52.4 lakh units', 1, 5240000, 'count', 'retail sales', 'increase', None, None, FEST, FADA),
        ('1.83 crore units', 1, 18300000, 'count', 'cumulative retail sales', None, None, None, AN26, FADA),
        ('7.8 per cent', 1, 7.8, 'percent', 'cumulative retail sales', 'increase', 'year_on_year', None, AN26, FADA),
        ('44', 1, 44, 'day', 'PV inventory at dealerships', 'decrease', None, None, EON, FADA),
        ('46 days', 1, 46, 'day', 'PV inventory at dealerships', 'decrease', None, None, EON, FADA),
        ('53', 1, 53, 'day', 'PV inventory at dealerships', None, None, None, per('in October', 2025, 10), FADA),
        ('55 days', 1, 55, 'day', 'PV inventory at dealerships', None, None, None, per('in October', 2025, 10), FADA),
        ('4.8 per cent', 1, 4.8, 'percent', 'rural retail', 'increase', None, None, per('In November', 2025, 11), FADA),
        ('0.9 per cent', 1, 0.9, 'percent', 'urban sales', 'decrease', None, None, per('In November', 2025, 11), FADA),
        ('8.1 per cent', 1, 8.1, 'percent', 'electric vehicle share of PV retail', 'increase', None, None, BNOV, FADA),
        ('5.9 per cent', 1, 5.9, 'percent', 'electric vehicle share of PV retail', None, None, None, per('a year ago', 2024, 11), FADA),
        ('8', 1, 8, 'percent', 'PV retail volumes', 'increase', None, None, H2FY26, NOMURA),
        ('10 per cent', 1, 10, 'percent', 'PV retail volumes', 'increase', None, None, H2FY26, NOMURA),
    ],
    'eu_energy_style_gas_imports_pipeline_lng.txt': [
        ('68.9 bcm', 1, 68.9e9, 'cubic metre', 'EU net gas imports', None, None, None, Q325, None),
        ('4%', 1, 4, 'percent', 'EU net gas imports', 'decrease', 'year_on_year', None, Q325, None),
        ('47%', 1, 47, 'percent', 'LNG share of extra-EU imports', None, None, None, Q325, None),
        ('32.4 bcm', 1, 32.4e9, 'cubic metre', 'LNG imports', None, None, None, Q325, None),
        ('42%', 1, 42, 'percent', 'LNG share of extra-EU imports', None, None, None, Q('a year earlier', 2024, 3), None),
        ('19.8 bcm', 1, 19.8e9, 'cubic metre', 'pipeline imports from Norway', None, None, None, INQ, None),
        ('11%', 1, 11, 'percent', 'pipeline imports from Norway', 'decrease', 'year_on_year', None, INQ, None),
        ('60 mcm/d', 1, 60e6, 'cubic metre per day', 'flows from Norway', 'decrease', None, 'up_to', per('in September', 2025, 9), None),
        ('28.7%', 1, 28.7, 'percent', "Norway's share in total EU gas imports", 'decrease', None, None, INQ, None),
        ('31.0%', 1, 31.0, 'percent', "Norway's share in total EU gas imports", None, None, None, Q('in the second quarter', 2025, 2), None),
        ('7.6 bcm', 1, 7.6e9, 'cubic metre', 'imports from North Africa', None, None, None, JS, None),
        ('9%', 1, 9, 'percent', 'imports from North Africa', 'increase', 'year_on_year', None, JS, None),
        ('3.1 bcm', 1, 3.1e9, 'cubic metre', 'Azerbaijani gas delivered through TAP', None, None, None, JS, None),
        ('+3%', 1, 3, 'percent', 'Azerbaijani gas delivered through TAP', 'increase', 'year_on_year', None, JS, None),
        ('3.9 bcm', 1, 3.9e9, 'cubic metre', 'Russian pipeline gas', None, None, None, JS, None),
        ('18%', 1, 18, 'percent', 'Russian pipeline gas', 'decrease', 'year_on_year', None, JS, None),
        ('2%', 1, 2, 'percent', 'Russian pipeline gas', 'increase', 'quarter_on_quarter', None, JS, None),
        ('17.5 bcm', 1, 17.5e9, 'cubic metre', 'LNG imports from the United States', None, None, None, Q3D, None),
        ('54%', 1, 54, 'percent', 'United States share of EU LNG imports', None, None, None, Q3D, None),
        ('3.2 bcm', 1, 3.2e9, 'cubic metre', 'LNG imports from Qatar', None, None, None, Q3D, None),
        ('2.9 bcm', 1, 2.9e9, 'cubic metre', 'LNG imports from Russia', None, None, None, Q3D, None),
        ('1.8 bcm', 1, 1.8e9, 'cubic metre', 'LNG imports from Algeria', None, None, None, Q3D, None),
        ('61%', 1, 61, 'percent', 'LNG imports from the US', 'increase', 'year_on_year', None, Q3D, None),
        ('EUR 21 billion', 1, 21e9, 'EUR', "EU's gas import bill", 'decrease', None, None, Q('in the third quarter of 2025', 2025, 3), EUROSTAT),
        ('EUR 26 billion', 1, 26e9, 'EUR', "EU's gas import bill", None, None, None, Q('a year earlier', 2024, 3), EUROSTAT),
    ],
    'nbs_style_electricity_consumption.txt': [
        ('5.1%', 1, 5.1, 'percent', "China's power consumption", 'increase', None, None, P('in first ten months', '2025-01-01', '2025-10-31'), None),
        ('8,662.3 billion kilowatt-hours', 1, 8662.3e9, 'kilowatt hour', 'total electricity consumption of the whole society', None, None, None, JO, NEA),
        ('5.1%', 2, 5.1, 'percent', 'total electricity consumption of the whole society', 'increase', 'year_on_year', None, JO, NEA),
        ('119.7 billion kWh', 1, 119.7e9, 'kilowatt hour', 'electricity consumption of the primary industry', None, None, None, JO, NEA),
        ('10.4%', 1, 10.4, 'percent', 'electricity consumption of the primary industry', 'increase', 'year_on_year', None, JO, NEA),
        ('5,334.6 billion kWh', 1, 5334.6e9, 'kilowatt hour', 'electricity consumption of the secondary industry', None, None, None, JO, NEA),
        ('3.8%', 1, 3.8, 'percent', 'electricity consumption of the secondary industry', 'increase', 'year_on_year', None, JO, NEA),
        ('1,668.8 billion kWh', 1, 1668.8e9, 'kilowatt hour', 'electricity consumption of the tertiary industry', None, None, None, JO, NEA),
        ('8.2%', 1, 8.2, 'percent', 'electricity consumption of the tertiary industry', 'increase', 'year_on_year', None, JO, NEA),
        ('1,539.2 billion kWh', 1, 1539.2e9, 'kilowatt hour', 'electricity consumption of urban and rural residents', None, None, None, JO, NEA),
        ('6.0%', 1, 6.0, 'percent', 'electricity consumption of urban and rural residents', 'increase', 'year_on_year', None, JO, NEA),
        ('857.2 billion kWh', 1, 857.2e9, 'kilowatt hour', 'total electricity consumption', None, None, None, COCT, NEA),
        ('10.8%', 1, 10.8, 'percent', 'total electricity consumption', 'increase', 'year_on_year', None, COCT, NEA),
        ('11.9 billion kWh', 1, 11.9e9, 'kilowatt hour', 'electricity consumption of the primary industry', None, None, None, COCT, NEA),
        ('517.4 billion kWh', 1, 517.4e9, 'kilowatt hour', 'electricity consumption of the secondary industry', None, None, None, COCT, NEA),
        ('180.3 billion kWh', 1, 180.3e9, 'kilowatt hour', 'electricity consumption of the tertiary industry', None, None, None, COCT, NEA),
        ('11.2%', 1, 11.2, 'percent', 'electricity consumption of the primary industry', 'increase', 'year_on_year', None, COCT, NEA),
        ('6.5%', 1, 6.5, 'percent', 'electricity consumption of the secondary industry', 'increase', 'year_on_year', None, COCT, NEA),
        ('17.3%', 1, 17.3, 'percent', 'electricity consumption of the tertiary industry', 'increase', 'year_on_year', None, COCT, NEA),
        ('147.6 billion kWh', 1, 147.6e9, 'kilowatt hour', 'electricity consumption of urban and rural residents', None, None, None, COCT, NEA),
        ('18.1%', 1, 18.1, 'percent', 'electricity consumption of urban and rural residents', 'increase', 'year_on_year', None, COCT, NEA),
        ('45.2%', 1, 45.2, 'percent', 'electricity consumption of charging and battery swapping services', 'increase', 'year_on_year', None, P('From January to October', '2025-01-01', '2025-10-31'), NEA),
        ('3.72 billion kilowatts', 1, 3.72e9, 'kilowatt', 'installed power generation capacity', None, None, None, P('At the end of October', '2025-10-31', '2025-10-31'), NEA),
        ('17.6%', 1, 17.6, 'percent', 'installed power generation capacity', 'increase', 'year_on_year', None, P('At the end of October', '2025-10-31', '2025-10-31'), NEA),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
