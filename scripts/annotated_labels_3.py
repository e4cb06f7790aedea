# ruff: noqa: E501
"""Write corpus/annotated_3/gold.jsonl from the hand-made label table below (offsets computed).

Each row gives the mention text and which standalone occurrence of it in the document is meant
(occurrences inside a longer number are skipped); `gold_labels.write_gold` computes and checks
the offsets.

usage: python scripts/annotated_labels_3.py corpus/annotated_3
"""

import sys
from pathlib import Path

from gold_labels import P, Q, Y, per, write_gold

OBR = "Office for Budget Responsibility"
NVU = "Nederlandse Verf Unie NV"
NBS = "National Bureau of Statistics"
DOC = "U.S. Department of Commerce"
DOL = "U.S. Department of Labor"
CEN = "U.S. Census Bureau"
BI = "Bank Indonesia"
SPG = "S&P Global"
ECB = "European Central Bank"
MOCI = "Ministry of Commerce and Industry"

# 201 ONS
NOV14 = per("in November 2014", 2014, 11)
NOV14b = per("In November 2014", 2014, 11)
YTD = P("in the current financial year-to-date (April to November 2014)", "2014-04-01", "2014-11-30")
ENDNOV = P("at the end of November 2014", "2014-11-30", "2014-11-30")
FY1415 = P("in the financial year ending March 2015", "2014-04-01", "2015-03-31")
T3NOV = P("in the three months to November 2014", "2014-09-01", "2014-11-30")
# 202 Reuters 1987
Y86 = Y("in 1986", 1986)
Y85 = Y("in 1985", 1985)
# 203 Reuters 2025
MAR25 = per("in March", 2025, 3)
FEB25 = per("in February", 2025, 2)
# 204 CNBC
APR25 = per("in April", 2025, 4)
# 205 MT
JAN25 = per("in January", 2025, 1)
# 208 BS
AF25 = P("In the April-February period of FY25", "2024-04-01", "2025-02-28")
# 209 DG ENER
AUG19 = P("on 19 August 2024", "2024-08-19", "2024-08-19")
H1 = P("in the first half of 2024", "2024-01-01", "2024-06-30")
Q2 = Q("in the second quarter of 2024", 2024, 2)
# 210 NBS
JO = P("from January to October", "2024-01-01", "2024-10-31")
JO2 = P("From January to October", "2024-01-01", "2024-10-31")
OCT24 = per("In October", 2024, 10)

# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'ons_style_public_finances.txt': [
        ('£14.6 billion', 1, 14.6e9, 'GBP', 'public sector net borrowing excluding public sector banks', None, None, None, NOV14, None),
        ('£1.2 billion', 1, 1.2e9, 'GBP', 'public sector net borrowing excluding public sector banks', 'increase', 'year_on_year', None, NOV14, None),
        ('£66.7 billion', 1, 66.7e9, 'GBP', 'borrowing', None, None, None, YTD, None),
        ('£4.9 billion', 1, 4.9e9, 'GBP', 'borrowing', 'increase', 'year_on_year', None, YTD, None),
        ('7.9%', 1, 7.9, 'percent', 'borrowing', 'increase', 'year_on_year', None, YTD, None),
        ('£1,462.0 billion', 1, 1462.0e9, 'GBP', 'public sector net debt excluding public sector banks', None, None, None, ENDNOV, None),
        ('80.8%', 1, 80.8, 'percent', 'public sector net debt as a share of gross domestic product (GDP)', None, None, None, ENDNOV, None),
        ('3.4 percentage points', 1, 3.4, 'percentage_point', 'public sector net debt as a share of GDP', 'increase', 'year_on_year', None, ENDNOV, None),
        ('£43.2 billion', 1, 43.2e9, 'GBP', 'central government receipts', None, None, None, NOV14b, None),
        ('2.1%', 1, 2.1, 'percent', 'central government receipts', 'increase', 'year_on_year', None, NOV14b, None),
        ('1.6%', 1, 1.6, 'percent', 'income tax receipts', 'increase', 'year_on_year', None, NOV14b, None),
        ('£10.9 billion', 1, 10.9e9, 'GBP', 'income tax receipts', 'increase', None, None, NOV14b, None),
        ('3.5%', 1, 3.5, 'percent', 'central government expenditure', 'increase', 'year_on_year', None, NOV14b, None),
        ('£54.1 billion', 1, 54.1e9, 'GBP', 'central government expenditure', 'increase', None, None, NOV14b, None),
        ('a fifth', 1, 0.2, 'fraction', 'share of central government expenditure going on net social benefits', None, None, 'approximately', NOV14b, None),
        ('£91.3 billion', 1, 91.3e9, 'GBP', 'borrowing forecast by the OBR', 'decrease', None, None, FY1415, OBR),
        ('£95.5 billion', 1, 95.5e9, 'GBP', 'borrowing forecast by the OBR', None, None, None, FY1415, OBR),
        ('£11.8 billion', 1, 11.8e9, 'GBP', 'debt interest payments by central government', None, None, None, T3NOV, None),
        ('9%', 1, 9, 'percent', 'debt interest payments as a share of central government expenditure', None, None, 'approximately', T3NOV, None),
    ],
    'wire_1987_company_results.txt': [
        ('14 PCT', 1, 14, 'percent', 'Dutch paint maker NVU net profit', 'increase', None, None, Y('1986', 1986), None),
        ('14 pct', 1, 14, 'percent', 'net profit', 'increase', None, None, Y86, NVU),
        ('187.4 mln guilders', 1, 187.4e6, 'NLG', 'net profit', 'increase', None, None, Y86, NVU),
        ('164.4 mln', 1, 164.4e6, 'NLG', 'net profit', None, None, None, Y85, NVU),
        ('6.2 pct', 1, 6.2, 'percent', 'turnover', 'decrease', None, None, Y86, NVU),
        ('3.91 billion guilders', 1, 3.91e9, 'NLG', 'turnover', 'decrease', None, None, Y86, NVU),
        ('4.17 billion', 1, 4.17e9, 'NLG', 'turnover', None, None, None, Y85, NVU),
        ('412 mln dlrs', 1, 412e6, 'USD', "sales of the group's U.S. subsidiary", None, None, None, Y86, NVU),
        ('398 mln dlrs', 1, 398e6, 'USD', "sales of the group's U.S. subsidiary", None, None, None, Y('a year earlier', 1985), NVU),
        ('3.50 guilders', 1, 3.5, 'NLG', 'dividend', None, None, None, None, NVU),
        ('10 pct', 1, 10, 'percent', 'profit expected by the company', 'increase', None, 'approximately', Y('in 1987', 1987), NVU),
        ('150 mln', 1, 150e6, 'NLG', 'capital spending', None, None, None, Y('this year', 1987), NVU),
        ('170 mln guilders', 1, 170e6, 'NLG', 'capital spending', None, None, None, Y('this year', 1987), NVU),
        ('9.85 guilders', 1, 9.85, 'NLG', 'Shr', None, None, None, None, NVU),
        ('8.70 guilders', 1, 8.70, 'NLG', 'Shr', None, None, None, None, NVU),
        ('187.4 mln guilders', 2, 187.4e6, 'NLG', 'Net', None, None, None, None, NVU),
        ('164.4 mln', 2, 164.4e6, 'NLG', 'Net', None, None, None, None, NVU),
    ],
    'wire_2025_prices.txt': [
        ('0.1%', 1, 0.1, 'percent', 'consumer price index (CPI)', 'decrease', 'year_on_year', None, MAR25, NBS),
        ('0.7%', 1, 0.7, 'percent', 'consumer price index (CPI)', 'decrease', 'year_on_year', None, FEB25, NBS),
        ('0.5%', 1, 0.5, 'percent', 'core inflation', 'increase', None, None, MAR25, NBS),
        ('0.3%', 1, 0.3, 'percent', 'core inflation', None, None, None, FEB25, NBS),
        ('0.4%', 1, 0.4, 'percent', 'CPI', 'decrease', 'month_on_month', None, None, NBS),
        ('0.2%', 1, 0.2, 'percent', 'CPI', 'decrease', 'month_on_month', None, FEB25, NBS),
        ('1.4%', 1, 1.4, 'percent', 'food prices', 'decrease', 'year_on_year', None, None, NBS),
        ('4.1%', 1, 4.1, 'percent', 'pork prices', 'increase', 'year_on_year', None, None, NBS),
        ('10%', 1, 10, 'percent', 'fresh vegetable prices', 'decrease', 'year_on_year', 'approximately', None, NBS),
        ('2.5%', 1, 2.5, 'percent', 'producer price index (PPI)', 'decrease', 'year_on_year', None, MAR25, NBS),
        ('2.2%', 1, 2.2, 'percent', 'producer price index (PPI)', 'decrease', 'year_on_year', None, FEB25, NBS),
        ('2.3%', 1, 2.3, 'percent', 'PPI drop forecast in the Reuters poll', 'decrease', 'year_on_year', None, MAR25, 'Reuters'),
        ('2%', 1, 2, 'percent', 'consumer inflation target', None, None, 'approximately', Y('for 2025', 2025), 'Chinese government'),
        ('3 basis points', 1, 3, 'basis_point', '10-year government bond yield', 'decrease', None, None, None, NBS),
        ('1.62%', 1, 1.62, 'percent', '10-year government bond yield', 'decrease', None, None, None, NBS),
        ('7.35', 1, 7.35, 'CNY', 'yuan per dollar', None, None, 'approximately', None, NBS),
    ],
    'cnbc_style_retail_sales.txt': [
        ('0.1%', 1, 0.1, 'percent', 'retail sales', 'increase', None, None, APR25, None),
        ('0.1%', 2, 0.1, 'percent', 'retail sales', 'increase', None, None, APR25, DOC),
        ('1.7%', 1, 1.7, 'percent', 'retail sales', 'increase', None, None, per('in March', 2025, 3), DOC),
        ('1.5%', 1, 1.5, 'percent', 'retail sales March gain', 'increase', None, None, per('The March gain', 2025, 3), DOC),
        ('0.1%', 3, 0.1, 'percent', 'sales excluding autos', 'increase', None, None, None, DOC),
        ('0.3%', 1, 0.3, 'percent', 'sales excluding autos forecast', None, None, None, None, None),
        ('0.2%', 1, 0.2, 'percent', 'control group', 'decrease', None, None, None, DOC),
        ('5.2%', 1, 5.2, 'percent', 'sales', 'increase', 'year_on_year', None, per('In April', 2025, 4), DOC),
        ('2.4%', 1, 2.4, 'percent', 'sales at sporting goods stores', 'decrease', None, None, None, DOC),
        ('0.6%', 1, 0.6, 'percent', 'sales at nonstore retailers', 'decrease', None, None, None, DOC),
        ('1.2%', 1, 1.2, 'percent', 'sales at bars and restaurants', 'increase', None, None, None, DOC),
        ('229,000', 1, 229000, 'count', 'initial jobless claims', None, None, None, P('for the week ended May 10', '2025-05-04', '2025-05-10'), DOL),
        ('230,000', 1, 230000, 'count', 'Dow Jones estimate of initial jobless claims', None, None, None, P('for the week ended May 10', '2025-05-04', '2025-05-10'), 'Dow Jones'),
        ('9,000', 1, 9000, 'count', 'continuing claims', 'increase', 'period_on_period', None, P('in the week ended May 3', '2025-04-27', '2025-05-03'), DOL),
        ('1.88 million', 1, 1.88e6, 'count', 'continuing claims', 'increase', None, None, P('in the week ended May 3', '2025-04-27', '2025-05-03'), DOL),
    ],
    'newswire_style_durable_goods.txt': [
        ('0.9%', 1, 0.9, 'percent', 'new orders for manufactured durable goods', 'increase', None, None, FEB25, CEN),
        ('$289.3 billion', 1, 289.3e9, 'USD', 'new orders for manufactured durable goods', 'increase', None, None, FEB25, CEN),
        ('3.3%', 1, 3.3, 'percent', 'new orders for manufactured durable goods', 'increase', None, None, JAN25, CEN),
        ('1%', 1, 1, 'percent', 'durable goods orders expected by economists', 'decrease', None, None, None, 'Bloomberg'),
        ('0.7%', 1, 0.7, 'percent', 'orders excluding transportation', 'increase', None, None, None, CEN),
        ('$188.6 billion', 1, 188.6e9, 'USD', 'orders excluding transportation', 'increase', None, None, None, CEN),
        ('0.2%', 1, 0.2, 'percent', 'expected orders excluding transportation', 'increase', None, None, None, None),
        ('1.5%', 1, 1.5, 'percent', 'transportation equipment orders', 'increase', None, None, None, CEN),
        ('$100.7 billion', 1, 100.7e9, 'USD', 'transportation equipment orders', 'increase', None, None, None, CEN),
        ('3.7%', 1, 3.7, 'percent', 'orders for nondefense aircraft and parts', 'increase', None, None, None, CEN),
        ('0.3%', 1, 0.3, 'percent', 'core capital goods orders', 'decrease', None, None, None, CEN),
        ('0.5%', 1, 0.5, 'percent', 'core capital goods orders', 'increase', None, None, JAN25, CEN),
        ('0.8%', 1, 0.8, 'percent', 'core capital goods orders', None, None, None, JAN25, CEN),
        ('0.4%', 1, 0.4, 'percent', 'shipments of manufactured durable goods', 'increase', None, None, None, CEN),
        ('$290.1 billion', 1, 290.1e9, 'USD', 'shipments of manufactured durable goods', 'increase', None, None, None, CEN),
        ('0.2%', 2, 0.2, 'percent', 'unfilled orders for durable goods', 'increase', None, None, None, CEN),
        ('$1.4 trillion', 1, 1.4e12, 'USD', 'unfilled orders for durable goods', 'increase', None, None, None, CEN),
        ('$1.1 billion', 1, 1.1e9, 'USD', 'inventories', 'increase', None, 'approximately', None, CEN),
        ('$534.6 billion', 1, 534.6e9, 'USD', 'inventories', 'increase', None, None, None, CEN),
    ],
    'data_portal_style_inflation.txt': [
        ('1.95%', 1, 1.95, 'percent', 'annual inflation rate in Indonesia', 'increase', 'year_on_year', None, per('in April 2025', 2025, 4), None),
        ('1.03%', 1, 1.03, 'percent', 'annual inflation rate', None, 'year_on_year', None, MAR25, None),
        ('1.6%', 1, 1.6, 'percent', 'market forecasts of annual inflation rate', None, 'year_on_year', None, per('in April 2025', 2025, 4), None),
        ('1.32%', 1, 1.32, 'percent', 'prices of housing, utilities & household fuel', 'increase', None, None, None, None),
        ('-3.2%', 1, -3.2, 'percent', 'prices of housing, utilities & household fuel', 'decrease', None, None, None, None),
        ('1.46%', 1, 1.46, 'percent', 'prices of food, beverages & tobacco', 'increase', None, None, None, None),
        ('2.05%', 1, 2.05, 'percent', 'prices of food, beverages & tobacco', None, None, None, None, None),
        ('9.3%', 1, 9.3, 'percent', 'costs for personal care & other services', 'increase', None, None, None, None),
        ('8.9%', 1, 8.9, 'percent', 'costs for personal care & other services', None, None, None, None, None),
        ('2.50%', 1, 2.50, 'percent', 'annual core inflation rate', 'increase', 'year_on_year', None, APR25, None),
        ('2.48%', 1, 2.48, 'percent', 'annual core inflation rate', None, 'year_on_year', None, per('in the previous month', 2025, 3), None),
        ('1.17%', 1, 1.17, 'percent', 'consumer prices', 'increase', 'month_on_month', None, APR25, None),
        ('1.65%', 1, 1.65, 'percent', 'consumer prices', 'increase', 'month_on_month', None, MAR25, None),
        ('1.5%', 1, 1.5, 'percent', "Bank Indonesia's inflation target range", None, None, None, None, BI),
        ('3.5%', 1, 3.5, 'percent', "Bank Indonesia's inflation target range", None, None, None, None, BI),
        ('5.75%', 1, 5.75, 'percent', 'BI rate', None, None, None, APR25, BI),
        ('25 basis point', 1, 25, 'basis_point', 'BI rate', 'decrease', None, None, JAN25, BI),
    ],
    'markets_style_pmi.txt': [
        ('50.2', 1, 50.2, 'index_point', 'HCOB Flash Eurozone Composite PMI Output Index', None, None, None, per('in June', 2025, 6), SPG),
        ('50.5', 1, 50.5, 'index_point', "analysts' expectations for composite PMI", None, None, None, per('in June', 2025, 6), None),
        ('49.9', 1, 49.9, 'index_point', 'services PMI', 'decrease', None, None, per('in June', 2025, 6), SPG),
        ('50.3', 1, 50.3, 'index_point', 'services PMI', None, None, None, per('in May', 2025, 5), SPG),
        ('50.6', 1, 50.6, 'index_point', 'services PMI forecasts', 'increase', None, None, per('in June', 2025, 6), None),
        ('49.4', 1, 49.4, 'index_point', 'manufacturing PMI', None, None, None, per('in June', 2025, 6), SPG),
        ('51.0', 1, 51.0, 'index_point', 'sub-index measuring factory output', 'increase', None, None, per('in June', 2025, 6), SPG),
        ('50.4', 1, 50.4, 'index_point', 'German composite PMI', 'increase', None, None, None, SPG),
        ('48.5', 1, 48.5, 'index_point', 'German composite PMI', None, None, None, None, SPG),
        ('48.7', 1, 48.7, 'index_point', "France's composite PMI", 'decrease', None, None, None, SPG),
        ('49.3', 1, 49.3, 'index_point', "France's composite PMI", None, None, None, None, SPG),
        ('25 basis points', 1, 25, 'basis_point', 'ECB deposit rate', 'decrease', None, None, P('on June 5', '2025-06-05', '2025-06-05'), ECB),
        ('2.00%', 1, 2.0, 'percent', 'ECB deposit rate', 'decrease', None, None, P('on June 5', '2025-06-05', '2025-06-05'), ECB),
        ('0.1%', 1, 0.1, 'percent', 'euro zone economy growth expected by economists', 'increase', None, 'approximately', Q('in the second quarter', 2025, 2), None),
    ],
    'india_style_trade_deficit.txt': [
        ('$14.1 billion', 1, 14.1e9, 'USD', 'trade deficit', 'decrease', None, None, per('in Feb', 2025, 2), None),
        ('$14.1 billion', 2, 14.1e9, 'USD', "India's merchandise trade deficit", 'decrease', None, None, FEB25, MOCI),
        ('$22.99 billion', 1, 22.99e9, 'USD', 'merchandise trade deficit', None, None, None, JAN25, MOCI),
        ('10.9 per cent', 1, 10.9, 'percent', 'merchandise exports', 'decrease', 'year_on_year', None, FEB25, MOCI),
        ('$36.9 billion', 1, 36.9e9, 'USD', 'merchandise exports', 'decrease', None, None, FEB25, MOCI),
        ('16.3 per cent', 1, 16.3, 'percent', 'imports', 'decrease', 'year_on_year', None, FEB25, MOCI),
        ('$51.0 billion', 1, 51.0e9, 'USD', 'imports', 'decrease', None, None, FEB25, MOCI),
        ('62 per cent', 1, 62, 'percent', 'gold imports', 'decrease', None, None, None, MOCI),
        ('$2.3 billion', 1, 2.3e9, 'USD', 'gold imports', 'decrease', None, None, None, MOCI),
        ('$35.0 billion', 1, 35.0e9, 'USD', 'services exports', None, None, None, per('for February', 2025, 2), MOCI),
        ('11.6 per cent', 1, 11.6, 'percent', 'services exports', 'increase', 'year_on_year', None, per('for February', 2025, 2), MOCI),
        ('$395.6 billion', 1, 395.6e9, 'USD', 'merchandise exports', None, None, None, AF25, MOCI),
        ('0.1 per cent', 1, 0.1, 'percent', 'merchandise exports', 'increase', 'year_on_year', None, AF25, MOCI),
        ('$261.1 billion', 1, 261.1e9, 'USD', 'merchandise trade deficit', 'increase', None, None, AF25, MOCI),
        ('$223.9 billion', 1, 223.9e9, 'USD', 'merchandise trade deficit', None, None, None, P('a year earlier', '2023-04-01', '2024-02-29'), MOCI),
        ('Rs 1.22 lakh crore', 1, 1.22e12, 'INR', 'trade deficit in rupee terms', None, None, None, FEB25, MOCI),
        ('Rs 3,19,850 crore', 1, 3.1985e12, 'INR', 'exports in rupee terms', None, None, None, FEB25, MOCI),
        ('$800 billion', 1, 800e9, 'USD', 'total exports of goods and services expected', None, None, 'more_than', P('in FY25', '2024-04-01', '2025-03-31'), MOCI),
    ],
    'energy_style_gas_storage.txt': [
        ('90%', 1, 90, 'percent', 'EU gas storage filling target', None, None, None, None, None),
        ('90.1%', 1, 90.1, 'percent', 'EU gas storage filling level', None, None, None, AUG19, None),
        ('1 035 TWh', 1, 1035, 'terawatt hour', 'stored gas', None, None, 'approximately', AUG19, None),
        ('95 bcm', 1, 95e9, 'cubic metre', 'stored gas', None, None, 'approximately', AUG19, None),
        ('a quarter', 1, 0.25, 'fraction', "stored gas as a share of the EU's annual gas consumption", None, None, 'more_than', AUG19, None),
        ('90%', 2, 90, 'percent', 'gas storage filling target', None, None, 'at_least', P('by 1 November 2024', '2024-11-01', '2024-11-01'), None),
        ('21', 1, 21, 'count', 'Member States with storage facilities that had passed the target level', None, None, None, P('By 19 August', '2024-08-19', '2024-08-19'), None),
        ('17%', 1, 17, 'percent', 'LNG imports into the EU', 'decrease', 'year_on_year', None, H1, None),
        ('63 bcm', 1, 63e9, 'cubic metre', 'LNG imports into the EU', 'decrease', None, None, H1, None),
        ('48%', 1, 48, 'percent', 'United States share of EU LNG imports', None, None, None, H1, None),
        ('18%', 1, 18, 'percent', 'Russia share of EU LNG imports', None, None, None, H1, None),
        ('12%', 1, 12, 'percent', 'Qatar share of EU LNG imports', None, None, None, H1, None),
        ('3%', 1, 3, 'percent', 'gas consumption', 'decrease', 'year_on_year', None, H1, None),
        ('166 bcm', 1, 166e9, 'cubic metre', 'gas consumption', 'decrease', None, 'approximately', H1, None),
        ('11%', 1, 11, 'percent', 'gas demand from the power sector', 'decrease', 'year_on_year', None, H1, None),
        ('34 €/MWh', 1, 34, 'EUR', 'TTF front-month contract price', None, None, None, Q2, None),
        ('22%', 1, 22, 'percent', 'TTF front-month contract price', 'increase', 'quarter_on_quarter', None, Q2, None),
        ('5%', 1, 5, 'percent', 'TTF front-month contract price', 'decrease', 'year_on_year', None, Q2, None),
    ],
    'china_style_industrial_profits.txt': [
        ('5,874.18 billion yuan', 1, 5874.18e9, 'CNY', 'total profits of industrial enterprises above designated size', None, None, None, JO, NBS),
        ('4.3 percent', 1, 4.3, 'percent', 'total profits of industrial enterprises above designated size', 'decrease', 'year_on_year', None, JO, NBS),
        ('968.2 billion yuan', 1, 968.2e9, 'CNY', 'total profits of the mining industry', None, None, None, JO2, NBS),
        ('4,310.5 billion yuan', 1, 4310.5e9, 'CNY', 'total profits of the manufacturing industry', None, None, None, JO2, NBS),
        ('595.5 billion yuan', 1, 595.5e9, 'CNY', 'total profits of the production and supply of electricity, heat, gas and water', None, None, None, JO2, NBS),
        ('11.2 percent', 1, 11.2, 'percent', 'total profits of the mining industry', 'decrease', 'year_on_year', None, JO2, NBS),
        ('4.0 percent', 1, 4.0, 'percent', 'total profits of the manufacturing industry', 'decrease', 'year_on_year', None, JO2, NBS),
        ('8.0 percent', 1, 8.0, 'percent', 'total profits of the production and supply of electricity, heat, gas and water', 'increase', 'year_on_year', None, JO2, NBS),
        ('15', 1, 15, 'count', 'major industrial categories with year-on-year growth in total profits', None, None, None, None, NBS),
        ('29.3 percent', 1, 29.3, 'percent', 'profits of the railway, ship, aerospace and other transportation equipment manufacturing industry', 'increase', 'year_on_year', None, None, NBS),
        ('2.3 times', 1, 2.3, 'times', 'profits of the gas production and supply industry', 'increase', 'year_on_year', None, None, NBS),
        ('108.11 trillion yuan', 1, 108.11e12, 'CNY', 'operating revenue of industrial enterprises above designated size', None, None, None, JO2, NBS),
        ('1.8 percent', 1, 1.8, 'percent', 'operating revenue of industrial enterprises above designated size', 'increase', 'year_on_year', None, JO2, NBS),
        ('5.43 percent', 1, 5.43, 'percent', 'profit margin of operating revenue', None, None, None, JO2, NBS),
        ('0.32 percentage points', 1, 0.32, 'percentage_point', 'profit margin of operating revenue', 'decrease', 'year_on_year', None, JO2, NBS),
        ('10.0 percent', 1, 10.0, 'percent', 'profits of industrial enterprises above designated size', 'decrease', 'year_on_year', None, OCT24, NBS),
        ('17.1 percentage points', 1, 17.1, 'percentage_point', 'decline in profits of industrial enterprises above designated size', 'decrease', 'month_on_month', None, OCT24, NBS),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=True), "records")
