# ruff: noqa: E501
"""Write corpus/annotated_2/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which occurrence of it in the document is meant;
`gold_labels.write_gold` computes and checks the offsets.

usage: python scripts/annotated_labels_2.py corpus/annotated_2
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

ABS = "Australian Bureau of Statistics"
FME = "Federal Ministry of Economics"
FSO = "Federal Statistical Office"
DOL = "U.S. Department of Labor"
BLS = "U.S. Bureau of Labor Statistics"
DOC = "U.S. Department of Commerce"
MOTIE = "Ministry of Trade, Industry and Energy"
CO = "Cabinet Office"
MOF = "Ministry of Finance"
NBS = "National Bureau of Statistics"
MOFCOM = "Ministry of Commerce"
SPB = "State Post Bureau"
CNNIC = "China Internet Network Information Center"

AJ = P("For April to June 2014", "2014-04-01", "2014-06-30")
AJ2 = P("for April to June 2014", "2014-04-01", "2014-06-30")
JAN87 = per("in January", 1987, 1)
DEC86 = per("in December", 1986, 12)
FEB25 = per("in February", 2025, 2)
H1 = P("in the first half of this year", "2024-01-01", "2024-06-30")
FEST = P("from May 20 to June 18", "2024-05-20", "2024-06-18")
Q4 = Q("in Q4 2024", 2024, 4)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_labour_market.txt': [
        ('30.6 million', 1, 30600000, 'count', 'people in work', None, None, None, AJ, None),
        ('167,000', 1, 167000, 'count', 'people in work', 'increase', 'period_on_period', None, AJ, None),
        ('820,000', 1, 820000, 'count', 'people in work', 'increase', 'year_on_year', None, AJ, None),
        ('6.4%', 1, 6.4, 'percent', 'unemployment rate', 'decrease', None, None, AJ2, None),
        ('6.8%', 1, 6.8, 'percent', 'unemployment rate', None, None, None, Q('for January to March 2014', 2014, 1), None),
        ('132,000', 1, 132000, 'count', 'unemployment', 'decrease', 'quarter_on_quarter', None, AJ2, None),
        ('2.08 million', 1, 2080000, 'count', 'unemployment', 'decrease', None, None, AJ2, None),
        ('0.2%', 1, 0.2, 'percent', 'total pay for employees in Great Britain', 'decrease', 'year_on_year', None, Q('in the three months to June 2014', 2014, 2), None),
        ('0.6%', 1, 0.6, 'percent', 'regular pay', 'increase', 'year_on_year', None, Q('over the same period', 2014, 2), None),
        ('33,600', 1, 33600, 'count', 'claimant count', 'decrease', 'month_on_month', None, per('between June and July 2014', 2014, 7), None),
        ('1.03 million', 1, 1030000, 'count', 'claimant count', 'decrease', None, None, per('between June and July 2014', 2014, 7), None),
        ('73.0%', 1, 73.0, 'percent', 'employment rate for people aged from 16 to 64', None, None, None, AJ2, None),
        ('0.4 percentage points', 1, 0.4, 'percentage_point', 'employment rate', 'increase', 'period_on_period', None, AJ2, None),
        ('two thirds', 1, 0.6667, 'fraction', 'share of the rise in employment accounted for by self-employed people', None, None, 'approximately', AJ2, None),
        ('4.59 million', 1, 4590000, 'count', 'self-employed people', 'increase', None, None, AJ2, None),
        ('8.88 million', 1, 8880000, 'count', 'people aged from 16 to 64 who were economically inactive', None, None, None, None, None),
        ('£453', 1, 453, 'GBP', 'average weekly regular pay', 'increase', None, None, per('in June 2014', 2014, 6), None),
        ('£450', 1, 450, 'GBP', 'average weekly regular pay', None, None, None, per('a year earlier', 2013, 6), None),
        ('1.9%', 1, 1.9, 'percent', 'consumer prices', 'increase', 'year_on_year', None, per('Between June 2013 and June 2014', 2014, 6), None),
        ('1.3%', 1, 1.3, 'percent', 'real regular pay', 'decrease', 'year_on_year', 'approximately', per('Between June 2013 and June 2014', 2014, 6), None),
    ],
    'wire_1987_current_account.txt': [
        ('1.08 billion dlrs', 1, 1.08e9, 'AUD', "Australia's current account deficit", 'decrease', None, None, JAN87, ABS),
        ('1.39 billion', 1, 1.39e9, 'AUD', 'current account deficit', None, None, None, DEC86, ABS),
        ('1.46 billion dlrs', 1, 1.46e9, 'AUD', 'current account deficit', None, None, None, per('December', 1986, 12), ABS),
        ('1.21 billion dlrs', 1, 1.21e9, 'AUD', 'current account deficit', None, None, None, per('a year earlier', 1986, 1), ABS),
        ('64 mln dlrs', 1, 64e6, 'AUD', 'merchandise trade balance surplus', 'increase', None, None, JAN87, ABS),
        ('187 mln', 1, 187e6, 'AUD', 'merchandise trade balance deficit', None, None, None, DEC86, ABS),
        ('7.2 pct', 1, 7.2, 'percent', 'exports', 'increase', None, None, JAN87, ABS),
        ('2.61 billion dlrs', 1, 2.61e9, 'AUD', 'exports', 'increase', None, None, JAN87, ABS),
        ('3.4 pct', 1, 3.4, 'percent', 'imports', 'decrease', None, None, JAN87, ABS),
        ('2.55 billion', 1, 2.55e9, 'AUD', 'imports', 'decrease', None, None, JAN87, ABS),
        ('1.14 billion dlrs', 1, 1.14e9, 'AUD', 'deficit on invisibles', 'increase', None, None, None, ABS),
        ('1.10 billion', 1, 1.10e9, 'AUD', 'deficit on invisibles', None, None, None, DEC86, ABS),
        ('8.27 billion dlrs', 1, 8.27e9, 'AUD', 'current account deficit', 'decrease', None, None, P('In the first seven months of fiscal 1986/87', '1986-07-01', '1987-01-31'), ABS),
        ('8.91 billion', 1, 8.91e9, 'AUD', 'current account deficit', None, None, None, P('in the same period of 1985/86', '1985-07-01', '1986-01-31'), ABS),
        ('1.1 billion', 1, 1.1e9, 'AUD', 'current account deficit forecast by economists', None, None, None, per('January', 1987, 1), None),
        ('1.3 billion dlrs', 1, 1.3e9, 'AUD', 'current account deficit forecast by economists', None, None, None, per('January', 1987, 1), None),
        ('67.35 U.S. cents', 1, 0.6735, 'USD', 'Australian dollar', 'increase', None, None, None, ABS),
    ],
    'wire_1987_output_and_trade.txt': [
        ('0.8 PCT', 1, 0.8, 'percent', 'West German industrial output', 'increase', None, None, per('IN JANUARY', 1987, 1), None),
        ('0.8 pct', 1, 0.8, 'percent', 'West German industrial production', 'increase', None, None, JAN87, FME),
        ('1.9 pct', 1, 1.9, 'percent', 'West German industrial production', 'decrease', None, None, DEC86, FME),
        ('1.5 pct', 1, 1.5, 'percent', 'industrial production', 'decrease', None, None, per('December', 1986, 12), FME),
        ('104.6', 1, 104.6, 'index_point', 'industrial production index', None, None, None, JAN87, FME),
        ('103.8', 1, 103.8, 'index_point', 'industrial production index', None, None, None, DEC86, FME),
        ('106.9', 1, 106.9, 'index_point', 'industrial production index', None, None, None, per('in January 1986', 1986, 1), FME),
        ('1.2 pct', 1, 1.2, 'percent', 'manufacturing output', 'increase', None, None, JAN87, FME),
        ('6.5 pct', 1, 6.5, 'percent', 'construction', 'decrease', None, None, JAN87, FME),
        ('2.1 pct', 1, 2.1, 'percent', 'energy output', 'increase', None, None, JAN87, FME),
        ('1.4 pct', 1, 1.4, 'percent', 'production', 'decrease', 'period_on_period', None, P('In the two months December and January together', '1986-12-01', '1987-01-31'), FME),
        ('2.2 pct', 1, 2.2, 'percent', 'production', 'decrease', 'year_on_year', None, P('In the two months December and January together', '1986-12-01', '1987-01-31'), FME),
        ('0.9 pct', 1, 0.9, 'percent', 'West German import prices', 'decrease', 'month_on_month', None, JAN87, FSO),
        ('14.3 pct', 1, 14.3, 'percent', 'West German import prices', 'decrease', 'year_on_year', None, JAN87, FSO),
        ('7.42 billion marks', 1, 7.42e9, 'DEM', 'trade surplus', 'decrease', None, None, JAN87, FSO),
        ('10.36 billion', 1, 10.36e9, 'DEM', 'trade surplus', None, None, None, DEC86, FSO),
    ],
    'cnbc_style_producer_prices.txt': [
        ('0.6%', 1, 0.6, 'percent', 'producer price index', 'increase', 'month_on_month', None, per('in January', 2025, 1), DOL),
        ('0.4%', 1, 0.4, 'percent', 'producer price index', None, 'month_on_month', None, per('in January', 2025, 1), DOL),
        ('0.3%', 1, 0.3, 'percent', 'producer price index gain expected by economists', 'increase', 'month_on_month', None, FEB25, 'Dow Jones'),
        ('0.1%', 1, 0.1, 'percent', 'core PPI excluding food and energy', 'decrease', None, None, None, DOL),
        ('0.3%', 2, 0.3, 'percent', 'core PPI forecast', 'increase', None, None, None, None),
        ('3.2%', 1, 3.2, 'percent', 'headline PPI', 'increase', 'year_on_year', None, None, DOL),
        ('3.4%', 1, 3.4, 'percent', 'core PPI', 'increase', 'year_on_year', None, None, DOL),
        ('0.2%', 1, 0.2, 'percent', 'services prices', 'decrease', None, None, None, DOL),
        ('0.9%', 1, 0.9, 'percent', 'trade services margins', 'decrease', None, None, None, DOL),
        ('20%', 1, 20, 'percent', 'share of the index made up by trade services margins', None, None, 'more_than', None, DOL),
        ('0.3%', 3, 0.3, 'percent', 'goods prices', 'increase', None, None, None, DOL),
        ('70%', 1, 70, 'percent', 'share of goods price gain traced to chicken eggs', None, None, 'approximately', None, DOL),
        ('44.9%', 1, 44.9, 'percent', 'prices for chicken eggs', 'increase', None, None, None, DOL),
        ('0.2%', 2, 0.2, 'percent', 'consumer price index', 'increase', None, None, FEB25, BLS),
        ('2.8%', 1, 2.8, 'percent', 'annual inflation rate', 'decrease', 'year_on_year', None, FEB25, BLS),
        ('4.25%', 1, 4.25, 'percent', "Fed's benchmark overnight borrowing rate", None, None, None, P('currently', None, None), 'Federal Reserve'),
        ('4.5%', 1, 4.5, 'percent', "Fed's benchmark overnight borrowing rate", None, None, None, P('currently', None, None), 'Federal Reserve'),
    ],
    'wire_2025_exports.txt': [
        ('1.0%', 1, 1.0, 'percent', "South Korea's exports", 'increase', 'year_on_year', None, None, MOTIE),
        ('$52.6 billion', 1, 52.6e9, 'USD', 'exports', 'increase', None, None, None, MOTIE),
        ('0.3%', 1, 0.3, 'percent', 'median forecast for exports in Reuters poll', None, 'year_on_year', None, None, 'Reuters'),
        ('10', 1, 10, 'count', 'economists in Reuters poll', None, None, None, None, 'Reuters'),
        ('10.2%', 1, 10.2, 'percent', 'exports', 'decrease', 'year_on_year', None, per('in January', 2025, 1), MOTIE),
        ('5.9%', 1, 5.9, 'percent', 'average daily exports', 'decrease', None, None, None, MOTIE),
        ('3.0%', 1, 3.0, 'percent', 'semiconductor shipments', 'decrease', None, None, None, MOTIE),
        ('$9.6 billion', 1, 9.6e9, 'USD', 'semiconductor shipments', 'decrease', None, None, None, MOTIE),
        ('0.2%', 2, 0.2, 'percent', 'imports', 'decrease', None, None, None, MOTIE),
        ('$48.3 billion', 1, 48.3e9, 'USD', 'imports', 'decrease', None, None, None, MOTIE),
        ('$4.3 billion', 1, 4.3e9, 'USD', 'trade surplus', None, None, None, None, MOTIE),
        ('1.3%', 1, 1.3, 'percent', 'exports to China', 'decrease', None, None, None, MOTIE),
        ('$10.0 billion', 1, 10.0e9, 'USD', 'exports to the United States', None, None, None, None, MOTIE),
        ('4.5%', 1, 4.5, 'percent', 'exports', 'decrease', None, None, P('Year-to-date', '2025-01-01', '2025-02-28'), MOTIE),
        ('$96.2 billion', 1, 96.2e9, 'USD', 'exports', 'decrease', None, None, P('Year-to-date', '2025-01-01', '2025-02-28'), MOTIE),
        ('0.4%', 1, 0.4, 'percent', 'won', 'decrease', None, None, None, MOTIE),
        ('1,459.5', 1, 1459.5, 'KRW', 'won per dollar', 'decrease', None, None, None, MOTIE),
    ],
    'newswire_style_housing_starts.txt': [
        ('9.8%', 1, 9.8, 'percent', 'US housing starts', 'decrease', None, None, per('in January', 2025, 1), DOC),
        ('1.366 million units', 1, 1366000, 'count', 'US housing starts seasonally adjusted annual rate', 'decrease', None, None, per('in January', 2025, 1), DOC),
        ('1.39 million', 1, 1390000, 'count', 'housing starts expected by economists', None, None, None, None, 'Bloomberg'),
        ('1.515 million', 1, 1515000, 'count', 'housing starts rate', None, None, None, per("December's", 2024, 12), DOC),
        ('1.499 million', 1, 1499000, 'count', 'housing starts rate', None, None, None, per("December's", 2024, 12), DOC),
        ('8.4%', 1, 8.4, 'percent', 'single-family starts', 'decrease', None, None, None, DOC),
        ('993,000', 1, 993000, 'count', 'single-family starts', 'decrease', None, None, None, DOC),
        ('11.6%', 1, 11.6, 'percent', 'starts of buildings with five units or more', 'decrease', None, None, None, DOC),
        ('364,000', 1, 364000, 'count', 'starts of buildings with five units or more', 'decrease', None, None, None, DOC),
        ('0.1%', 1, 0.1, 'percent', 'building permits', 'increase', None, None, None, DOC),
        ('1.483 million', 1, 1483000, 'count', 'building permits', 'increase', None, None, None, DOC),
        ('1.46 million', 1, 1460000, 'count', 'building permits expectations', None, None, None, None, None),
        ('0.7%', 1, 0.7, 'percent', 'housing starts', 'decrease', 'year_on_year', None, None, DOC),
        ('1.7%', 1, 1.7, 'percent', 'building permits', 'increase', 'year_on_year', None, None, DOC),
        ('42.7%', 1, 42.7, 'percent', 'starts in the Northeast', 'decrease', None, None, None, DOC),
        ('13.6%', 1, 13.6, 'percent', 'starts in the Midwest', 'decrease', None, None, None, DOC),
        ('5.0%', 1, 5.0, 'percent', 'starts in the South', 'decrease', None, None, None, DOC),
        ('1.4%', 1, 1.4, 'percent', 'starts in the West', 'decrease', None, None, None, DOC),
    ],
    'markets_style_gdp.txt': [
        ('0.7%', 1, 0.7, 'percent', 'gross domestic product', 'increase', 'quarter_on_quarter', None, Q('in the fourth quarter', 2024, 4), CO),
        ('0.3%', 1, 0.3, 'percent', 'expected GDP growth', 'increase', 'quarter_on_quarter', None, Q('in the fourth quarter', 2024, 4), None),
        ('0.4%', 1, 0.4, 'percent', 'gross domestic product', None, 'quarter_on_quarter', None, Q('in the third quarter', 2024, 3), CO),
        ('2.8%', 1, 2.8, 'percent', 'GDP on an annualized basis', 'increase', 'quarter_on_quarter', None, Q('in October-December', 2024, 4), CO),
        ('1.0%', 1, 1.0, 'percent', 'annualized GDP growth forecast', None, 'quarter_on_quarter', None, Q('in October-December', 2024, 4), None),
        ('1.7%', 1, 1.7, 'percent', 'annualized GDP growth', None, 'quarter_on_quarter', None, Q("the previous quarter's", 2024, 3), CO),
        ('half', 1, 0.5, 'fraction', 'share of the economy made up by private consumption', None, None, 'more_than', None, CO),
        ('0.1%', 1, 0.1, 'percent', 'private consumption', 'increase', None, None, None, CO),
        ('0.5%', 1, 0.5, 'percent', 'capital expenditure', 'increase', None, None, None, CO),
        ('0.7 percentage point', 1, 0.7, 'percentage_point', 'external demand contribution to growth', 'increase', None, None, None, CO),
        ('0.1%', 2, 0.1, 'percent', 'economy', 'increase', None, None, Y('For calendar year 2024', 2024), CO),
        ('1.5%', 1, 1.5, 'percent', 'economy', None, None, None, Y('in 2023', 2023), CO),
        ('0.4%', 2, 0.4, 'percent', 'growth projected by the Cabinet Office', 'increase', None, None, P('for fiscal 2024', '2024-04-01', '2025-03-31'), CO),
        ('2.9%', 1, 2.9, 'percent', 'GDP deflator', 'increase', 'year_on_year', None, None, CO),
        ('151.9', 1, 151.9, 'JPY', 'yen per dollar', None, None, None, None, CO),
    ],
    'data_portal_style_trade.txt': [
        ('ZAR 21.7 billion', 1, 21.7e9, 'ZAR', "South Africa's trade surplus", 'increase', None, None, per('in December 2024', 2024, 12), None),
        ('ZAR 16.1 billion', 1, 16.1e9, 'ZAR', 'trade surplus', None, None, None, per('in the previous month', 2024, 11), None),
        ('ZAR 14.5 billion', 1, 14.5e9, 'ZAR', 'trade surplus market expectations', None, None, None, per('in December 2024', 2024, 12), None),
        ('8.7%', 1, 8.7, 'percent', 'exports', 'decrease', 'month_on_month', None, None, None),
        ('ZAR 176.7 billion', 1, 176.7e9, 'ZAR', 'exports', 'decrease', None, None, None, None),
        ('-14.3%', 1, -14.3, 'percent', 'sales of mineral products', 'decrease', 'month_on_month', None, None, None),
        ('-19.8%', 1, -19.8, 'percent', 'sales of vehicles & transport equipment', 'decrease', 'month_on_month', None, None, None),
        ('-7.1%', 1, -7.1, 'percent', 'sales of precious metals & stones', 'decrease', 'month_on_month', None, None, None),
        ('4.4%', 1, 4.4, 'percent', 'shipments of base metals', 'increase', 'month_on_month', None, None, None),
        ('11.6%', 1, 11.6, 'percent', 'imports', 'decrease', None, None, None, None),
        ('ZAR 155.0 billion', 1, 155.0e9, 'ZAR', 'imports', 'decrease', None, None, None, None),
        ('-22.1%', 1, -22.1, 'percent', 'imports of mineral products', 'decrease', None, None, None, None),
        ('-9.6%', 1, -9.6, 'percent', 'imports of machinery & electrical equipment', 'decrease', None, None, None, None),
        ('ZAR 197.6 billion', 1, 197.6e9, 'ZAR', 'trade surplus', None, None, None, Y('For the full year 2024', 2024), None),
        ('ZAR 125.5 billion', 1, 125.5e9, 'ZAR', 'trade surplus', None, None, None, Y('in 2023', 2023), None),
    ],
    'india_style_tax_receipts.txt': [
        ('9.1%', 1, 9.1, 'percent', 'GST collections', 'increase', None, None, FEB25, None),
        ('Rs 1.84 trillion', 1, 1.84e12, 'INR', 'GST collections', 'increase', None, None, FEB25, None),
        ('9.1 per cent', 1, 9.1, 'percent', 'gross goods and services tax (GST) collections', 'increase', 'year_on_year', None, FEB25, MOF),
        ('Rs 1,83,646 crore', 1, 1.83646e12, 'INR', 'gross goods and services tax (GST) collections', 'increase', None, None, FEB25, MOF),
        ('10.2 per cent', 1, 10.2, 'percent', 'domestic revenue', 'increase', None, None, None, MOF),
        ('Rs 1.42 trillion', 1, 1.42e12, 'INR', 'domestic revenue', 'increase', None, None, None, MOF),
        ('5.4 per cent', 1, 5.4, 'percent', 'GST from imports', 'increase', None, None, None, MOF),
        ('Rs 41,702 crore', 1, 4.1702e11, 'INR', 'GST from imports', 'increase', None, None, None, MOF),
        ('17.3 per cent', 1, 17.3, 'percent', 'refunds', 'increase', None, None, per('during the month', 2025, 2), MOF),
        ('Rs 20,889 crore', 1, 2.0889e11, 'INR', 'refunds', 'increase', None, None, per('during the month', 2025, 2), MOF),
        ('Rs 1.63 trillion', 1, 1.63e12, 'INR', 'net GST collections', None, None, None, per('during the month', 2025, 2), MOF),
        ('8.1 per cent', 1, 8.1, 'percent', 'net GST collections', 'increase', 'year_on_year', None, per('during the month', 2025, 2), MOF),
        ('Rs 20.13 trillion', 1, 20.13e12, 'INR', 'gross collections', None, None, None, P('In the April-February period of 2024-25 (FY25)', '2024-04-01', '2025-02-28'), MOF),
        ('9.4 per cent', 1, 9.4, 'percent', 'gross collections', 'increase', 'year_on_year', None, P('In the April-February period of 2024-25 (FY25)', '2024-04-01', '2025-02-28'), MOF),
        ('Rs 35,204 crore', 1, 3.5204e11, 'INR', 'central GST collections', None, None, None, None, MOF),
        ('Rs 43,704 crore', 1, 4.3704e11, 'INR', 'state GST collections', None, None, None, None, MOF),
        ('Rs 90,870 crore', 1, 9.087e11, 'INR', 'integrated GST (IGST) collections', None, None, None, None, MOF),
        ('1.51 lakh', 1, 151000, 'count', 'new taxpayers registered under GST', None, None, 'approximately', FEB25, MOF),
    ],
    'energy_style_electricity.txt': [
        ('2%', 1, 2, 'percent', 'EU electricity consumption', 'increase', 'year_on_year', None, Q('in the fourth quarter of 2024', 2024, 4), None),
        ('695 TWh', 1, 695, 'terawatt hour', 'EU electricity consumption', 'increase', None, None, Q('in the fourth quarter of 2024', 2024, 4), None),
        ('1.3%', 1, 1.3, 'percent', 'EU electricity consumption', 'increase', 'year_on_year', 'approximately', Y('For 2024 as a whole', 2024), None),
        ('4%', 1, 4, 'percent', 'EU electricity consumption', 'decrease', None, 'approximately', P('its 2021 level', '2021-01-01', '2024-12-31'), None),
        ('44%', 1, 44, 'percent', 'renewables share of EU electricity', 'decrease', None, None, Q4, None),
        ('46%', 1, 46, 'percent', 'renewables share of EU electricity', None, None, None, Q('a year earlier', 2023, 4), None),
        ('12%', 1, 12, 'percent', 'wind generation', 'decrease', 'year_on_year', None, Q4, None),
        ('-13 TWh', 1, -13, 'terawatt hour', 'wind generation', 'decrease', 'year_on_year', None, Q4, None),
        ('21%', 1, 21, 'percent', 'solar output', 'increase', 'year_on_year', None, Q4, None),
        ('+6 TWh', 1, 6, 'terawatt hour', 'solar output', 'increase', 'year_on_year', None, Q4, None),
        ('7%', 1, 7, 'percent', 'fossil fuel generation', 'increase', 'year_on_year', None, Q4, None),
        ('11%', 1, 11, 'percent', 'gas-fired power', 'increase', 'year_on_year', None, Q4, None),
        ('103 €/MWh', 1, 103, 'EUR', 'European Power Benchmark', None, None, None, Q4, None),
        ('36%', 1, 36, 'percent', 'European Power Benchmark', 'increase', 'quarter_on_quarter', None, Q4, None),
        ('14%', 1, 14, 'percent', 'European Power Benchmark', 'increase', 'year_on_year', None, Q4, None),
        ('900 €/MWh', 1, 900, 'EUR', 'hourly prices in Germany', None, None, 'more_than', per('in December', 2024, 12), None),
        ('1 017', 1, 1017, 'count', 'number of negative hourly prices across EU bidding zones', 'decrease', None, None, Q('in Q4', 2024, 4), None),
        ('2 694', 1, 2694, 'count', 'number of negative hourly prices across EU bidding zones', None, None, None, Q('in Q3', 2024, 3), None),
    ],
    'china_style_online_retail.txt': [
        ('7,167.2 billion yuan', 1, 7.1672e12, 'CNY', 'national online retail sales', None, None, None, H1, NBS),
        ('9.8%', 1, 9.8, 'percent', 'national online retail sales', 'increase', 'year_on_year', None, H1, NBS),
        ('5,907.1 billion yuan', 1, 5.9071e12, 'CNY', 'online retail sales of physical goods', None, None, None, H1, NBS),
        ('8.8%', 1, 8.8, 'percent', 'online retail sales of physical goods', 'increase', 'year_on_year', None, H1, NBS),
        ('25.3%', 1, 25.3, 'percent', 'share of online retail sales of physical goods in total retail sales of consumer goods', None, None, None, H1, NBS),
        ('17.4%', 1, 17.4, 'percent', 'online retail sales of food', 'increase', None, None, None, NBS),
        ('5.3%', 2, 5.3, 'percent', 'online retail sales of clothing', 'increase', None, None, None, NBS),
        ('9.2%', 1, 9.2, 'percent', 'online retail sales of daily necessities', 'increase', None, None, None, NBS),
        ('20%', 1, 20, 'percent', 'sales of green and smart home appliances on key e-commerce platforms', 'increase', 'year_on_year', 'more_than', FEST, MOFCOM),
        ('1.8 times', 1, 1.8, 'times', 'number of orders for energy-efficient refrigerators', 'increase', 'year_on_year', None, FEST, MOFCOM),
        ('1.22 trillion yuan', 1, 1.22e12, 'CNY', 'rural online retail sales', None, None, None, P('in the first half', '2024-01-01', '2024-06-30'), MOFCOM),
        ('9.0%', 1, 9.0, 'percent', 'rural online retail sales', 'increase', 'year_on_year', None, P('in the first half', '2024-01-01', '2024-06-30'), MOFCOM),
        ('80 billion pieces', 1, 80e9, 'count', 'number of express deliveries', None, None, 'more_than', P('in the first half', '2024-01-01', '2024-06-30'), SPB),
        ('23.1%', 1, 23.1, 'percent', 'number of express deliveries', 'increase', 'year_on_year', None, P('in the first half', '2024-01-01', '2024-06-30'), SPB),
        ('905 million', 1, 905e6, 'count', 'number of online shoppers in China', None, None, 'approximately', P('By the end of June', '2024-06-30', '2024-06-30'), CNNIC),
        ('83%', 1, 83, 'percent', 'share of internet users who are online shoppers', None, None, 'approximately', P('By the end of June', '2024-06-30', '2024-06-30'), CNNIC),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=False), "records")
