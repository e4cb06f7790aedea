# ruff: noqa: E501, RUF001
"""Write corpus/annotated_71/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_71.py corpus/annotated_71
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ONS = "Office for National Statistics"
ABS = "Australian Bureau of Statistics"
REU = "Reuters"
CSD = "Census and Statistics Department"
HKG = "Hong Kong Government"
BLS = "U.S. Bureau of Labor Statistics"
DJ = "Dow Jones"
CME = "CME Group"
FED = "Federal Reserve"
MIC = "Ministry of Internal Affairs and Communications"
MHLW = "Ministry of Health, Labour and Welfare"
BBG = "Bloomberg"
BOJ = "Bank of Japan"
CBRT = "Central Bank of the Republic of Turkey"
TE = "Trading Economics"
RBI = "Reserve Bank of India"
NSDL = "National Securities Depository Limited"
MUFG = "MUFG"
GSTN = "Goods and Services Tax Network"
MOF = "Ministry of Finance"
BOB = "Bank of Baroda"
KPL = "Kpler"
GIE = "Gas Infrastructure Europe"
NBS = "National Bureau of Statistics"

# 7101 ONS monthly GDP (ref Thursday 2026-01-15)
NOV25 = per("in November 2025", 2025, 11)
OCT25 = per("in October 2025", 2025, 10)
TMN = P("in the three months to November 2025", "2025-09-01", "2025-11-30")
BON = per("between October and November 2025", 2025, 11)
FEB20 = P("February 2020", "2020-02-01", "2025-11-30")
SEP25 = per("for September 2025", 2025, 9)
# 7102 Reuters 1987 (ref Tuesday 1987-05-26)
APR = per("in April", 1987, 4)
MAR = per("in March", 1987, 3)
F10 = P("For the first 10 months of the 1986/87 fiscal year", "1986-07-01", "1987-04-30")
SP86 = P("in the same period of 1985/86", "1985-07-01", "1986-04-30")
# 7103 Reuters 2025 (ref Tuesday 2025-12-23)
HNOV = per("in November", 2025, 11)
HNOV3 = per("In November", 2025, 11)
F11 = P("In the first 11 months of the year", "2025-01-01", "2025-11-30")
TY = Y("this year", 2025)
# 7104 CNBC (ref Tuesday 2026-01-13)
CDEC = per("In December", 2025, 12)
CDEC3 = per("in December", 2025, 12)
MTG = P("at its Jan. 27-28 meeting", "2026-01-27", "2026-01-28")
# 7105 MT Newswires (ref 2026-01-08 EST)
JNOV = per("in November", 2025, 11)
JOCT = per("in October", 2025, 10)
JPREV = per("in the previous month", 2025, 10)
JNOVI = per("In November", 2025, 11)
D19 = P("on Dec. 19", "2025-12-19", "2025-12-19")
# 7106 Trading Economics (ref Thursday 2025-12-11)
TOCT25 = per("in October 2025", 2025, 10)
TOCT = per("in October", 2025, 10)
TOCTI = per("In October", 2025, 10)
TYE = per("a year earlier", 2024, 10)
T12O = P("in the 12 months to October", "2024-11-01", "2025-10-31")
T12S = P("in the 12 months to September", "2024-10-01", "2025-09-30")
# 7107 Investing.com (ref Wednesday 2026-01-21)
ET = P("By 03:50 ET", None, None)
TUE = P("on Tuesday", "2026-01-20", "2026-01-20")
NT = P("in the near term", None, None)
# 7108 Business Standard (ref Wednesday 2025-12-03)
BNOV = per("in November", 2025, 11)
BNOVI = per("In November", 2025, 11)
F8 = P("In the first eight months of FY26", "2025-04-01", "2025-11-30")
FNOV = per("for November", 2025, 11)
# 7109 EU DG Energy (ref 2026-04-20)
Q4 = Q("In the fourth quarter of 2025", 2025, 4)
INQ = Q("in the quarter", 2025, 4)
Q4L = Q("in the fourth quarter", 2025, 4)
Y25 = Y("Over 2025 as a whole", 2025)
# 7110 NBS (ref Wednesday 2025-12-10)
N25 = per("in November 2025", 2025, 11)
NIN = per("In November", 2025, 11)
NIN7 = per("in November", 2025, 11)

# fmt: off
LABELS = {
    'ons_style_gdp_monthly_estimate_services.txt': [
        ('0.3%', 1, 0.3, 'percent', 'monthly real GDP', 'increase', 'month_on_month', None, NOV25, None),
        ('0.1%', 1, 0.1, 'percent', 'monthly real GDP', 'decrease', 'month_on_month', None, OCT25, None),
        ('0.2%', 1, 0.2, 'percent', 'monthly real GDP', 'decrease', 'month_on_month', None, OCT25, None),
        ('0.4%', 1, 0.4, 'percent', 'services output', 'increase', 'month_on_month', None, NOV25, None),
        ('0.2%', 2, 0.2, 'percent', 'production output', 'decrease', 'month_on_month', None, NOV25, None),
        ('0.1%', 2, 0.1, 'percent', 'real GDP', 'increase', 'period_on_period', None, TMN, None),
        ('0.2%', 3, 0.2, 'percent', 'services', 'increase', 'period_on_period', None, TMN, None),
        ('0.9%', 1, 0.9, 'percent', 'production', 'decrease', 'period_on_period', None, TMN, None),
        ('1.4%', 1, 1.4, 'percent', 'real GDP', 'increase', 'year_on_year', None, NOV25, None),
        ('0.4%', 2, 0.4, 'percent', 'services sector', 'increase', 'month_on_month', None, BON, ONS),
        ('Eleven', 1, 11, 'count', 'services subsectors growing', None, None, None, BON, ONS),
        ('1.1%', 1, 1.1, 'percent', 'wholesale and retail trade', 'increase', 'month_on_month', None, BON, ONS),
        ('0.8%', 1, 0.8, 'percent', 'professional, scientific and technical activities', 'increase', 'month_on_month', None, BON, ONS),
        ('0.6%', 1, 0.6, 'percent', 'information and communication', 'increase', 'month_on_month', None, BON, ONS),
        ('0.3%', 2, 0.3, 'percent', 'human health and social work activities', 'decrease', 'month_on_month', None, BON, ONS),
        ('0.7%', 1, 0.7, 'percent', 'consumer-facing services', 'increase', 'month_on_month', None, NOV25, ONS),
        ('1.9%', 1, 1.9, 'percent', 'consumer-facing services', 'decrease', None, None, FEB20, ONS),
        ('0.2%', 4, 0.2, 'percent', 'production output', 'decrease', 'month_on_month', None, NOV25, ONS),
        ('0.5%', 1, 0.5, 'percent', 'manufacturing', 'decrease', 'month_on_month', None, NOV25, ONS),
        ('1.2%', 1, 1.2, 'percent', 'mining and quarrying', 'increase', 'month_on_month', None, NOV25, ONS),
        ('0.4%', 3, 0.4, 'percent', 'electricity, gas, steam and air conditioning supply', 'increase', 'month_on_month', None, NOV25, ONS),
        ('1.0%', 1, 1.0, 'percent', 'new work', 'increase', 'month_on_month', None, NOV25, ONS),
        ('1.4%', 2, 1.4, 'percent', 'repair and maintenance', 'decrease', 'month_on_month', None, NOV25, ONS),
        ('0.1 percentage points', 1, 0.1, 'percentage_point', 'GDP growth revision', 'decrease', None, None, SEP25, ONS),
        ('0.1%', 3, 0.1, 'percent', 'monthly GDP growth', 'decrease', None, None, SEP25, ONS),
        ('82%', 1, 82, 'percent', 'Monthly Business Survey response rate', None, None, None, per('for November', 2025, 11), ONS),
    ],
    'wire_1987_australian_trade_deficit.txt': [
        ('312 MLN DLR', 1, 312e6, 'AUD', 'trade deficit', None, None, None, per('APRIL', 1987, 4), None),
        ('312 mln dlrs', 1, 312e6, 'AUD', 'seasonally adjusted merchandise trade deficit', 'decrease', None, None, APR, ABS),
        ('547 mln', 1, 547e6, 'AUD', 'seasonally adjusted merchandise trade deficit', None, None, None, MAR, ABS),
        ('498 mln dlrs', 1, 498e6, 'AUD', 'merchandise trade deficit', None, None, None, per('March', 1987, 3), ABS),
        ('4.6 pct', 1, 4.6, 'percent', 'seasonally adjusted exports', 'increase', 'month_on_month', None, APR, ABS),
        ('2.71 billion dlrs', 1, 2.71e9, 'AUD', 'seasonally adjusted exports', 'increase', None, None, APR, ABS),
        ('0.8 pct', 1, 0.8, 'percent', 'seasonally adjusted imports', 'increase', 'month_on_month', None, APR, ABS),
        ('3.02 billion', 1, 3.02e9, 'AUD', 'seasonally adjusted imports', 'increase', None, None, APR, ABS),
        ('196 mln dlrs', 1, 196e6, 'AUD', 'deficit before seasonal adjustment', None, None, None, per('April', 1987, 4), ABS),
        ('84 mln', 1, 84e6, 'AUD', 'surplus before seasonal adjustment', None, None, None, per('in April 1986', 1986, 4), ABS),
        ('1.04 billion dlrs', 1, 1.04e9, 'AUD', 'current account deficit', 'decrease', None, None, APR, ABS),
        ('1.29 billion', 1, 1.29e9, 'AUD', 'current account deficit', None, None, None, MAR, ABS),
        ('11.62 billion dlrs', 1, 11.62e9, 'AUD', 'current account deficit', None, None, None, F10, ABS),
        ('12.45 billion', 1, 12.45e9, 'AUD', 'current account deficit', None, None, None, SP86, ABS),
        ('1.05 billion dlrs', 1, 1.05e9, 'AUD', 'rural exports', None, None, None, APR, ABS),
        ('341 mln', 1, 341e6, 'AUD', 'wool exports', None, None, None, APR, ABS),
        ('226 mln', 1, 226e6, 'AUD', 'wheat exports', None, None, None, APR, ABS),
        ('7.3 pct', 1, 7.3, 'percent', 'coal exports', 'decrease', None, None, APR, ABS),
        ('398 mln', 1, 398e6, 'AUD', 'coal exports', 'decrease', None, None, APR, ABS),
        ('450', 1, 450e6, 'AUD', 'trade deficit', None, None, None, per('April', 1987, 4), REU),
        ('600 mln dlrs', 1, 600e6, 'AUD', 'trade deficit', None, None, None, per('April', 1987, 4), REU),
        ('0.7152 U.S. dlrs', 1, 0.7152, 'USD', 'Australian dollar', 'increase', None, None, None, ABS),
        ('0.7110', 1, 0.7110, 'USD', 'Australian dollar', None, None, None, P("at Monday's close", '1987-05-25', '1987-05-25'), ABS),
    ],
    'wire_2025_hong_kong_exports.txt': [
        ('18.4%', 1, 18.4, 'percent', "Hong Kong's exports", 'increase', None, None, per('November', 2025, 11), None),
        ('18.4%', 2, 18.4, 'percent', "Hong Kong's exports", 'increase', 'year_on_year', None, HNOV, CSD),
        ('13.0%', 1, 13.0, 'percent', "Hong Kong's exports", 'increase', 'year_on_year', None, HNOV, REU),
        ('17.8%', 1, 17.8, 'percent', 'exports', 'increase', 'year_on_year', None, per('in October', 2025, 10), CSD),
        ('16.2%', 1, 16.2, 'percent', 'imports', 'increase', 'year_on_year', None, HNOV, CSD),
        ('HK$34.6 billion', 1, 34.6e9, 'HKD', 'visible trade deficit', None, None, None, HNOV, CSD),
        ('US$4.45 billion', 1, 4.45e9, 'USD', 'visible trade deficit', None, None, None, HNOV, CSD),
        ('HK$29.1 billion', 1, 29.1e9, 'HKD', 'visible trade deficit', None, None, None, per('a year earlier', 2024, 11), CSD),
        ('22.7%', 1, 22.7, 'percent', 'exports to mainland China', 'increase', 'year_on_year', None, HNOV3, CSD),
        ('9.8%', 1, 9.8, 'percent', 'exports to the United States', 'decrease', 'year_on_year', None, HNOV3, CSD),
        ('41.3%', 1, 41.3, 'percent', 'shipments to India', 'increase', 'year_on_year', None, HNOV3, CSD),
        ('36.0%', 1, 36.0, 'percent', 'shipments to Taiwan', 'increase', 'year_on_year', None, HNOV3, CSD),
        ('28.5%', 1, 28.5, 'percent', 'shipments to Vietnam', 'increase', 'year_on_year', None, HNOV3, CSD),
        ('24.1%', 1, 24.1, 'percent', 'exports to Asia', 'increase', 'year_on_year', None, HNOV3, CSD),
        ('13.6%', 1, 13.6, 'percent', 'value of total exports', 'increase', 'year_on_year', None, F11, CSD),
        ('12.1%', 1, 12.1, 'percent', 'imports', 'increase', 'year_on_year', None, F11, CSD),
        ('half', 1, 0.5, 'fraction', 'electrical machinery and telecommunications equipment share of total exports', None, None, 'approximately', None, CSD),
        ('12%', 1, 12, 'percent', 'growth in total exports of goods', 'increase', None, None, TY, HKG),
        ('6%', 1, 6, 'percent', 'growth in total exports of goods', None, None, None, TY, HKG),
        ('7.7815', 1, 7.7815, 'HKD', 'Hong Kong dollar', None, None, None, None, CSD),
    ],
    'cnbc_style_consumer_price_index_shelter.txt': [
        ('2.8%', 1, 2.8, 'percent', 'CPI', None, None, None, per('December', 2025, 12), None),
        ('3.2%', 1, 3.2, 'percent', 'shelter index', 'increase', 'year_on_year', None, CDEC, BLS),
        ('3.5%', 1, 3.5, 'percent', 'shelter index', None, 'year_on_year', None, per('in November', 2025, 11), BLS),
        ('0.1%', 1, 0.1, 'percent', 'shelter index', 'increase', 'month_on_month', None, CDEC, BLS),
        ('35%', 1, 35, 'percent', 'shelter share of the consumer price index', None, None, 'approximately', CDEC, BLS),
        ('0.3%', 1, 0.3, 'percent', 'CPI', 'increase', 'month_on_month', None, CDEC3, BLS),
        ('2.8%', 2, 2.8, 'percent', 'CPI', 'increase', 'year_on_year', None, CDEC3, BLS),
        ('0.2%', 1, 0.2, 'percent', 'core prices', 'increase', 'month_on_month', None, CDEC3, BLS),
        ('3.0%', 1, 3.0, 'percent', 'core prices', 'increase', 'year_on_year', None, CDEC3, BLS),
        ('0.3%', 2, 0.3, 'percent', 'core prices', None, 'month_on_month', None, CDEC3, DJ),
        ('3.1%', 1, 3.1, 'percent', 'core prices', None, 'year_on_year', None, CDEC3, DJ),
        ('0.2%', 2, 0.2, 'percent', "owners' equivalent rent", 'increase', 'month_on_month', None, CDEC3, BLS),
        ('0.1%', 2, 0.1, 'percent', 'rent of primary residence', 'increase', 'month_on_month', None, CDEC3, BLS),
        ('3.4%', 1, 3.4, 'percent', "owners' equivalent rent", 'increase', 'year_on_year', None, CDEC3, BLS),
        ('2.9%', 1, 2.9, 'percent', 'rent of primary residence', 'increase', 'year_on_year', None, CDEC3, BLS),
        ('0.9%', 1, 0.9, 'percent', 'energy prices', 'decrease', 'month_on_month', None, CDEC3, BLS),
        ('2.3%', 1, 2.3, 'percent', 'gasoline', 'decrease', 'month_on_month', None, CDEC3, BLS),
        ('0.4%', 1, 0.4, 'percent', 'food index', 'increase', 'month_on_month', None, CDEC3, BLS),
        ('3.8%', 1, 3.8, 'percent', 'airline fares', 'increase', 'month_on_month', None, None, BLS),
        ('1.2%', 1, 1.2, 'percent', 'motor vehicle insurance', 'increase', 'month_on_month', None, None, BLS),
        ('0.7%', 1, 0.7, 'percent', 'household furnishings', 'increase', 'month_on_month', None, None, BLS),
        ('1.1%', 1, 1.1, 'percent', 'used cars and trucks', 'decrease', 'month_on_month', None, None, BLS),
        ('24%', 1, 24, 'percent', 'chance of a Fed rate cut', 'increase', None, 'approximately', MTG, CME),
        ('18%', 1, 18, 'percent', 'chance of a Fed rate cut', None, None, None, P('on Monday', '2026-01-12', '2026-01-12'), CME),
        ('3.50%', 1, 3.50, 'percent', 'benchmark rate range', 'decrease', None, None, CDEC3, FED),
        ('3.75%', 1, 3.75, 'percent', 'benchmark rate range', 'decrease', None, None, CDEC3, FED),
    ],
    'mt_newswires_japan_household_spending_wages.txt': [
        ('1.6%', 1, 1.6, 'percent', 'Japan household spending', 'decrease', None, None, per('November', 2025, 11), None),
        ('1.6%', 2, 1.6, 'percent', 'spending by Japanese households with two or more people', 'decrease', 'year_on_year', None, JNOV, MIC),
        ('3.0%', 1, 3.0, 'percent', 'spending by Japanese households with two or more people', 'decrease', 'year_on_year', None, JOCT, MIC),
        ('0.6%', 1, 0.6, 'percent', 'household spending', 'decrease', 'year_on_year', None, JNOV, BBG),
        ('2.1%', 1, 2.1, 'percent', 'spending', 'increase', 'month_on_month', None, JNOV, MIC),
        ('3.4%', 1, 3.4, 'percent', 'spending', 'decrease', 'month_on_month', None, JPREV, MIC),
        ('3.5%', 1, 3.5, 'percent', 'spending', 'decrease', 'month_on_month', None, JPREV, MIC),
        ('295,870 yen', 1, 295870, 'JPY', 'average monthly consumption expenditure per household', None, None, None, JNOV, MIC),
        ('2.4%', 1, 2.4, 'percent', 'spending on food', 'decrease', 'year_on_year', None, JNOV, MIC),
        ('11.2%', 1, 11.2, 'percent', 'spending on housing', 'decrease', 'year_on_year', None, JNOV, MIC),
        ('6.8%', 1, 6.8, 'percent', 'spending on transportation and communication', 'increase', 'year_on_year', None, JNOV, MIC),
        ('2.8%', 1, 2.8, 'percent', 'real wages', 'decrease', 'year_on_year', None, JNOV, MHLW),
        ('0.7%', 1, 0.7, 'percent', 'real wages', 'decrease', 'year_on_year', None, JOCT, MHLW),
        ('0.4%', 1, 0.4, 'percent', 'real wages', 'decrease', 'year_on_year', None, JOCT, MHLW),
        ('0.5%', 1, 0.5, 'percent', 'nominal cash earnings', 'increase', 'year_on_year', None, JNOV, MHLW),
        ('309,214 yen', 1, 309214, 'JPY', 'nominal cash earnings', 'increase', None, None, JNOV, MHLW),
        ('2.0%', 1, 2.0, 'percent', 'scheduled pay', 'increase', 'year_on_year', None, JNOVI, MHLW),
        ('0.8%', 1, 0.8, 'percent', 'overtime pay', 'increase', 'year_on_year', None, JNOVI, MHLW),
        ('3.3%', 1, 3.3, 'percent', 'consumer price index used to calculate real wages', 'increase', 'year_on_year', None, JNOVI, MHLW),
        ('25 basis points', 1, 25, 'basis_point', 'short-term policy rate', 'increase', None, None, D19, BOJ),
        ('0.75%', 1, 0.75, 'percent', 'short-term policy rate', 'increase', None, None, D19, BOJ),
        ('156.42', 1, 156.42, 'JPY', 'yen', None, None, None, None, MHLW),
    ],
    'trading_economics_style_turkey_current_account.txt': [
        ('USD 1.12 billion', 1, 1.12e9, 'USD', 'current account surplus', None, None, None, TOCT25, CBRT),
        ('USD 0.31 billion', 1, 0.31e9, 'USD', 'current account deficit', None, None, None, per('in the same month a year earlier', 2024, 10), CBRT),
        ('USD 0.45 billion', 1, 0.45e9, 'USD', 'current account surplus', None, None, None, TOCT25, None),
        ('USD 5.38 billion', 1, 5.38e9, 'USD', 'current account surplus', None, None, None, per('September', 2025, 9), CBRT),
        ('USD 5.51 billion', 1, 5.51e9, 'USD', 'current account surplus', None, None, None, per('September', 2025, 9), CBRT),
        ('USD 4.07 billion', 1, 4.07e9, 'USD', 'core current account surplus', 'increase', None, None, TOCT, CBRT),
        ('USD 3.35 billion', 1, 3.35e9, 'USD', 'core current account surplus', None, None, None, TYE, CBRT),
        ('USD 3.02 billion', 1, 3.02e9, 'USD', 'energy deficit', 'decrease', None, None, TOCT, CBRT),
        ('USD 3.64 billion', 1, 3.64e9, 'USD', 'energy deficit', None, None, None, per('in October 2024', 2024, 10), CBRT),
        ('14.8%', 1, 14.8, 'percent', 'import bill for oil and gas', 'decrease', 'year_on_year', None, TOCT, CBRT),
        ('USD 0.62 billion', 1, 0.62e9, 'USD', 'net gold imports', 'decrease', None, None, TOCT, CBRT),
        ('USD 1.21 billion', 1, 1.21e9, 'USD', 'net gold imports', None, None, None, TYE, CBRT),
        ('6.3%', 1, 6.3, 'percent', 'travel revenues', 'increase', 'year_on_year', None, TOCTI, CBRT),
        ('USD 5.84 billion', 1, 5.84e9, 'USD', 'travel revenues', 'increase', None, None, TOCTI, CBRT),
        ('USD 5.11 billion', 1, 5.11e9, 'USD', 'net services inflows', None, None, None, TOCTI, CBRT),
        ('USD 1.43 billion', 1, 1.43e9, 'USD', 'net primary income outflows', None, None, None, TOCTI, CBRT),
        ('USD 15.6 billion', 1, 15.6e9, 'USD', '12-month rolling deficit', 'decrease', None, None, T12O, CBRT),
        ('USD 17.0 billion', 1, 17.0e9, 'USD', '12-month rolling deficit', None, None, None, T12S, CBRT),
        ('1.1%', 1, 1.1, 'percent', '12-month rolling deficit as a share of GDP', None, None, 'approximately', T12O, CBRT),
        ('-1,402.37 USD Million', 1, -1402.37e6, 'USD', 'current account balance in Turkey average', None, None, None, P('Between 1984 and 2025', '1984-01-01', '2025-12-31'), CBRT),
        ('6,952.00 USD Million', 1, 6952e6, 'USD', 'current account balance in Turkey all-time high', None, None, None, per('in August 2025', 2025, 8), CBRT),
        ('-10,940.00 USD Million', 1, -10940e6, 'USD', 'current account balance in Turkey record low', None, None, None, per('in December 2021', 2021, 12), CBRT),
        ('-2,100.00 USD Million', 1, -2100e6, 'USD', 'current account balance', None, None, None, P('by the end of this quarter', '2025-12-31', '2025-12-31'), TE),
        ('-1,800.00 USD Million', 1, -1800e6, 'USD', 'current account balance', None, None, 'approximately', Y('in 2026', 2026), TE),
        ('-1,500.00 USD Million', 1, -1500e6, 'USD', 'current account balance', None, None, 'approximately', Y('in 2027', 2027), TE),
    ],
    'investing_style_usdinr_rbi_intervention.txt': [
        ('0.4%', 1, 0.4, 'percent', 'USD/INR', 'decrease', None, None, ET, None),
        ('90.92', 1, 90.92, 'INR', 'USD/INR', 'decrease', None, None, ET, None),
        ('91.47', 1, 91.47, 'INR', 'USD/INR all-time high', None, None, None, ET, None),
        ('91.28', 1, 91.28, 'INR', 'rupee', None, None, None, TUE, None),
        ('1.2%', 1, 1.2, 'percent', 'rupee', 'decrease', None, 'approximately', P('so far in January', '2026-01-01', '2026-01-21'), None),
        ('0.7%', 1, 0.7, 'percent', 'Brent crude futures', 'decrease', None, None, None, None),
        ('$62.80', 1, 62.80, 'USD', 'Brent crude futures', 'decrease', None, None, None, None),
        ('0.2%', 1, 0.2, 'percent', 'dollar index', 'decrease', None, None, None, None),
        ('98.6', 1, 98.6, 'index_point', 'dollar index', 'decrease', None, None, None, None),
        ('6 basis points', 1, 6, 'basis_point', '1-year USD/INR forward premium', 'decrease', None, None, None, None),
        ('2.18%', 1, 2.18, 'percent', '1-year USD/INR forward premium', 'decrease', None, None, None, None),
        ('2.05%', 1, 2.05, 'percent', '3-month implied yield', 'decrease', None, None, None, None),
        ('2.21%', 1, 2.21, 'percent', '3-month implied yield', None, None, None, TUE, None),
        ('$1.5 billion', 1, 1.5e9, 'USD', 'RBI dollar sales in the spot market', None, None, None, None, None),
        ('$2 billion', 1, 2e9, 'USD', 'RBI dollar sales in the spot market', None, None, None, None, None),
        ('$9.7 billion', 1, 9.7e9, 'USD', 'RBI net dollar sales', 'increase', None, None, per('in November', 2025, 11), RBI),
        ('$7.9 billion', 1, 7.9e9, 'USD', 'RBI net dollar sales', None, None, None, per('in October', 2025, 10), RBI),
        ('$59.4 billion', 1, 59.4e9, 'USD', 'RBI outstanding net short position in the forward market', None, None, None, P('at the end of November', '2025-11-30', '2025-11-30'), RBI),
        ('25 basis points', 1, 25, 'basis_point', 'repo rate', 'decrease', None, None, P('on Dec. 5', '2025-12-05', '2025-12-05'), RBI),
        ('5.25%', 1, 5.25, 'percent', 'repo rate', 'decrease', None, None, P('on Dec. 5', '2025-12-05', '2025-12-05'), RBI),
        ('$1.9 billion', 1, 1.9e9, 'USD', 'net sales of Indian equities by foreign portfolio investors', None, None, None, P('so far this month', '2026-01-01', '2026-01-21'), NSDL),
        ('$2.4 billion', 1, 2.4e9, 'USD', 'net outflows by foreign portfolio investors', None, None, None, per('in December', 2025, 12), NSDL),
        ('90.50', 1, 90.50, 'INR', 'USD/INR', None, None, None, NT, MUFG),
        ('91.50', 1, 91.50, 'INR', 'USD/INR', None, None, None, NT, MUFG),
        ('92.00', 1, 92.00, 'INR', 'USD/INR', None, None, None, P('by the end of March', '2026-03-31', '2026-03-31'), MUFG),
    ],
    'business_standard_style_gst_ewaybills_nov.txt': [
        ('4.1%', 1, 4.1, 'percent', 'e-way bills', 'decrease', None, None, BNOV, None),
        ('14.6%', 1, 14.6, 'percent', 'e-way bills', 'increase', 'year_on_year', None, BNOV, None),
        ('4.1 per cent', 1, 4.1, 'percent', 'generation of e-way bills', 'decrease', 'month_on_month', None, BNOV, GSTN),
        ('12.68 crore', 1, 126.8e6, 'count', 'generation of e-way bills', 'decrease', None, None, BNOV, GSTN),
        ('13.22 crore', 1, 132.2e6, 'count', 'generation of e-way bills', None, None, None, per('in October', 2025, 10), GSTN),
        ('14.6 per cent', 1, 14.6, 'percent', 'generation of e-way bills', 'increase', 'year_on_year', None, BNOV, GSTN),
        ('11.06 crore', 1, 110.6e6, 'count', 'generation of e-way bills', None, None, None, per('in November 2024', 2024, 11), GSTN),
        ('8.07 crore', 1, 80.7e6, 'count', 'intra-state e-way bills', None, None, None, BNOVI, GSTN),
        ('4.61 crore', 1, 46.1e6, 'count', 'inter-state e-way bills', None, None, None, BNOVI, GSTN),
        ('15.3 per cent', 1, 15.3, 'percent', 'intra-state e-way bills', 'increase', 'year_on_year', None, BNOVI, GSTN),
        ('13.4 per cent', 1, 13.4, 'percent', 'inter-state e-way bills', 'increase', 'year_on_year', None, BNOVI, GSTN),
        ('11.2 per cent', 1, 11.2, 'percent', 'value of goods covered by the bills', 'increase', 'year_on_year', None, BNOV, GSTN),
        ('₹21.4 trillion', 1, 21.4e12, 'INR', 'value of goods covered by the bills', 'increase', None, None, BNOV, GSTN),
        ('₹19.2 trillion', 1, 19.2e12, 'INR', 'value of goods covered by the bills', None, None, None, per('a year ago', 2024, 11), GSTN),
        ('1.64 crore', 1, 16.4e6, 'count', 'e-way bills in Gujarat', None, None, None, BNOV, GSTN),
        ('1.59 crore', 1, 15.9e6, 'count', 'e-way bills in Maharashtra', None, None, None, BNOV, GSTN),
        ('1.12 crore', 1, 11.2e6, 'count', 'e-way bills in Uttar Pradesh', None, None, None, BNOV, GSTN),
        ('94 lakh', 1, 9.4e6, 'count', 'e-way bills in Karnataka', None, None, None, BNOV, GSTN),
        ('100.6 crore', 1, 1006e6, 'count', 'e-way bill generation', None, None, None, F8, GSTN),
        ('18.2 per cent', 1, 18.2, 'percent', 'e-way bill generation', 'increase', 'year_on_year', None, F8, GSTN),
        ('0.7 per cent', 1, 0.7, 'percent', 'gross GST collections', 'increase', 'year_on_year', None, FNOV, MOF),
        ('₹1.70 trillion', 1, 1.70e12, 'INR', 'gross GST collections', 'increase', None, None, FNOV, MOF),
        ('₹1.52 trillion', 1, 1.52e12, 'INR', 'net collections after refunds', None, None, None, FNOV, MOF),
        ('9', 1, 9, 'percent', 'e-way bill generation', 'increase', 'year_on_year', None, per('in December', 2025, 12), BOB),
        ('11 per cent', 1, 11, 'percent', 'e-way bill generation', 'increase', 'year_on_year', None, per('in December', 2025, 12), BOB),
    ],
    'eu_energy_style_lng_imports_by_origin.txt': [
        ('38.6 bcm', 1, 38.6e9, 'cubic metre', 'EU LNG imports', None, None, None, Q4, None),
        ('12%', 1, 12, 'percent', 'EU LNG imports', 'increase', 'year_on_year', None, Q4, None),
        ('21%', 1, 21, 'percent', 'EU LNG imports', 'increase', 'quarter_on_quarter', None, Q4, None),
        ('22.4 bcm', 1, 22.4e9, 'cubic metre', 'LNG imports from the United States', None, None, None, INQ, KPL),
        ('58%', 1, 58, 'percent', 'United States share of EU LNG imports', 'increase', None, None, INQ, KPL),
        ('45%', 1, 45, 'percent', 'United States share of EU LNG imports', None, None, None, Q('a year earlier', 2024, 4), KPL),
        ('4.9 bcm', 1, 4.9e9, 'cubic metre', 'LNG imports from Qatar', None, None, None, INQ, KPL),
        ('4.3 bcm', 1, 4.3e9, 'cubic metre', 'LNG imports from Russia', None, None, None, INQ, KPL),
        ('2.1 bcm', 1, 2.1e9, 'cubic metre', 'LNG imports from Algeria', None, None, None, INQ, KPL),
        ('1.6 bcm', 1, 1.6e9, 'cubic metre', 'LNG imports from Nigeria', None, None, None, INQ, KPL),
        ('11%', 1, 11, 'percent', "Russia's share of EU LNG imports", 'decrease', None, None, INQ, KPL),
        ('17%', 1, 17, 'percent', "Russia's share of EU LNG imports", None, None, None, Q('in the fourth quarter of 2024', 2024, 4), KPL),
        ('61', 1, 61, 'count', 'cargoes from Yamal LNG', None, None, 'approximately', INQ, KPL),
        ('nine', 1, 9, 'count', 'cargoes from Yamal LNG', 'decrease', 'year_on_year', None, INQ, KPL),
        ('3%', 1, 3, 'percent', 'Norwegian LNG share of EU LNG imports', None, None, 'less_than', INQ, KPL),
        ('141 bcm', 1, 141e9, 'cubic metre', 'EU LNG imports', None, None, None, Y25, KPL),
        ('8%', 1, 8, 'percent', 'EU LNG imports', 'increase', 'year_on_year', None, Y25, KPL),
        ('56%', 1, 56, 'percent', 'US share of EU LNG imports', None, None, None, Y25, KPL),
        ('64%', 1, 64, 'percent', 'average utilisation of EU regasification terminals', 'increase', None, None, Q4L, GIE),
        ('49%', 1, 49, 'percent', 'average utilisation of EU regasification terminals', None, None, None, Q('in the third quarter', 2025, 3), GIE),
        ('85%', 1, 85, 'percent', 'utilisation of Belgian and Dutch terminals', None, None, 'more_than', Q4L, GIE),
        ('40%', 1, 40, 'percent', 'utilisation of Spanish and Italian terminals', None, None, None, Q4L, GIE),
        ('55%', 1, 55, 'percent', 'utilisation of Spanish and Italian terminals', None, None, None, Q4L, GIE),
    ],
    'nbs_style_residents_consumer_prices_by_category.txt': [
        ('0.7 percent', 1, 0.7, 'percent', 'national consumer price index (CPI)', 'increase', 'year_on_year', None, N25, NBS),
        ('0.1 percent', 1, 0.1, 'percent', 'national consumer price index (CPI)', 'decrease', 'month_on_month', None, N25, NBS),
        ('0.5 percent', 1, 0.5, 'percent', 'food prices', 'increase', 'month_on_month', None, NIN, NBS),
        ('0.09 percentage points', 1, 0.09, 'percentage_point', 'impact of food prices on the CPI', 'increase', 'month_on_month', 'approximately', NIN, NBS),
        ('7.2 percent', 1, 7.2, 'percent', 'prices of fresh vegetables', 'increase', 'month_on_month', None, NIN, NBS),
        ('2.1 percent', 1, 2.1, 'percent', 'prices of pork', 'decrease', 'month_on_month', None, NIN, NBS),
        ('1.4 percent', 1, 1.4, 'percent', 'prices of fresh fruits', 'decrease', 'month_on_month', None, NIN, NBS),
        ('0.2 percent', 1, 0.2, 'percent', 'non-food prices', 'decrease', 'month_on_month', None, NIN, NBS),
        ('0.9 percent', 1, 0.9, 'percent', 'energy prices', 'decrease', 'month_on_month', None, NIN, NBS),
        ('0.1 percent', 2, 0.1, 'percent', 'services prices', 'decrease', 'month_on_month', None, NIN, NBS),
        ('0.2 percent', 2, 0.2, 'percent', 'food prices', 'increase', 'year_on_year', None, NIN, NBS),
        ('14.5 percent', 1, 14.5, 'percent', 'prices of fresh vegetables', 'increase', 'year_on_year', None, NIN, NBS),
        ('4.9 percent', 1, 4.9, 'percent', 'prices of beef', 'increase', 'year_on_year', None, NIN, NBS),
        ('2.1 percent', 2, 2.1, 'percent', 'prices of mutton', 'increase', 'year_on_year', None, NIN, NBS),
        ('15.0 percent', 1, 15.0, 'percent', 'prices of pork', 'decrease', 'year_on_year', None, NIN, NBS),
        ('0.8 percent', 1, 0.8, 'percent', 'non-food prices', 'increase', 'year_on_year', None, NIN, NBS),
        ('0.6 percent', 1, 0.6, 'percent', 'prices of industrial consumer goods', 'increase', 'year_on_year', None, NIN, NBS),
        ('0.9 percent', 2, 0.9, 'percent', 'services prices', 'increase', 'year_on_year', None, NIN, NBS),
        ('3.4 percent', 1, 3.4, 'percent', 'energy prices', 'decrease', 'year_on_year', None, NIN, NBS),
        ('1.2 percent', 1, 1.2, 'percent', 'core CPI excluding food and energy', 'increase', 'year_on_year', None, NIN, NBS),
        ('0.2 percentage points', 1, 0.2, 'percentage_point', 'core CPI', 'increase', 'month_on_month', None, NIN, NBS),
        ('0.7 percent', 2, 0.7, 'percent', 'CPI', 'increase', 'year_on_year', None, NIN7, NBS),
        ('-0.3 percentage points', 1, -0.3, 'percentage_point', "carry-over effect from last year's price changes", 'decrease', 'year_on_year', 'approximately', NIN7, NBS),
        ('1.0 percentage point', 1, 1.0, 'percentage_point', 'impact of new price increases', 'increase', 'year_on_year', 'approximately', NIN7, NBS),
        ('six', 1, 6, 'count', 'categories of goods and services with rising prices', None, None, None, None, NBS),
        ('two', 1, 2, 'count', 'categories of goods and services with falling prices', None, None, None, None, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
