# ruff: noqa: E501
"""Write corpus/annotated/gold.jsonl from the hand-made label table below (offsets computed).

usage: python scripts/annotated_labels.py corpus/annotated
"""

import sys
from pathlib import Path

from gold_labels import P, per, write_gold


def Q1(text: str) -> dict[str, str]:
    """The first quarter of 2025."""
    return P(text, "2025-01-01", "2025-03-31")


# One row per gold record: text, which occurrence, value, unit, metric, direction, basis,
# qualifier, period, agency.
# fmt: off
LABELS = {
    'te_style_retail.txt': [
        ('2.1%', 1, 2.1, 'percent', 'industrial production in Portugal', 'increase', 'year_on_year', None, per('in August 2025', 2025, 8), None),
        ('3.4%', 1, 3.4, 'percent', 'industrial production in Portugal', 'increase', 'year_on_year', None, per('in the previous month', 2025, 7), None),
        ('4.2%', 1, 4.2, 'percent', 'output growth for energy', 'decrease', None, None, None, None),
        ('6.9%', 1, 6.9, 'percent', 'output growth for energy', None, None, None, per('in July', 2025, 7), None),
        ('1.8%', 1, 1.8, 'percent', 'output growth for capital goods', 'decrease', None, None, None, None),
        ('2.5%', 1, 2.5, 'percent', 'output growth for capital goods', None, None, None, per('in July', 2025, 7), None),
        ('0.6%', 1, 0.6, 'percent', 'output growth for intermediate goods', 'decrease', None, None, None, None),
        ('1.1%', 1, 1.1, 'percent', 'output growth for intermediate goods', None, None, None, per('in July', 2025, 7), None),
        ('0.9%', 1, 0.9, 'percent', 'consumer goods output', 'decrease', None, None, None, None),
        ('0.7%', 1, 0.7, 'percent', 'industrial production', 'decrease', 'month_on_month', None, per('in August', 2025, 8), None),
        ('1.2%', 1, 1.2, 'percent', 'industrial production', 'increase', 'month_on_month', None, per('in July', 2025, 7), None),
    ],
    'wire_style_canada.txt': [
        ('1.42 billion dlrs', 1, 1420000000.0, 'CAD', "Canada's merchandise trade surplus", 'increase', None, None, per('in January', 1987, 1), 'Statistics Canada'),
        ('1.05 billion dlrs', 1, 1050000000.0, 'CAD', "Canada's merchandise trade surplus", None, None, None, per('in December', 1986, 12), 'Statistics Canada'),
        ('3.8 pct', 1, 3.8, 'percent', 'exports', 'increase', None, None, None, 'Statistics Canada'),
        ('10.91 billion dlrs', 1, 10910000000.0, 'CAD', 'exports', 'increase', None, None, None, 'Statistics Canada'),
        ('0.4 pct', 1, 0.4, 'percent', 'imports', 'increase', None, None, None, 'Statistics Canada'),
        ('9.49 billion dlrs', 1, 9490000000.0, 'CAD', 'imports', 'increase', None, None, None, 'Statistics Canada'),
        ('1.71 billion dlrs', 1, 1710000000.0, 'CAD', 'surplus with the United States', 'increase', None, None, None, 'Statistics Canada'),
        ('1.33 billion dlrs', 1, 1330000000.0, 'CAD', 'surplus with the United States', None, None, None, per('in December', 1986, 12), 'Statistics Canada'),
    ],
    'ons_style_regions.txt': [
        ('7.1%', 1, 7.1, 'percent', 'average UK private rents', 'increase', 'year_on_year', None, per('in the 12 months to June 2025', 2025, 6), None),
        ('7.4%', 1, 7.4, 'percent', 'average UK private rents', None, 'year_on_year', None, per('in the 12 months to May 2025', 2025, 5), None),
        ('7.0%', 1, 7.0, 'percent', 'average rents in England', 'increase', 'year_on_year', None, None, None),
        ('8.3%', 1, 8.3, 'percent', 'annual rental price inflation in Wales', None, 'year_on_year', None, None, None),
        ('6.2%', 1, 6.2, 'percent', 'annual rental price inflation in Scotland', None, 'year_on_year', None, None, None),
        ('£2,210', 1, 2210, 'GBP', 'average monthly rent in London', None, None, None, per('in June 2025', 2025, 6), None),
        ('£130', 1, 130, 'GBP', 'average monthly rent in London', 'increase', 'year_on_year', None, per('in June 2025', 2025, 6), None),
    ],
    'cnbc_style_jobs.txt': [
        ('96,000', 1, 96000, 'count', 'jobs', 'increase', None, None, per('in September', 2025, 9), 'Bureau of Labor Statistics'),
        ('140,000', 1, 140000, 'count', 'payrolls', 'increase', None, None, None, 'Dow Jones'),
        ('4.4%', 1, 4.4, 'percent', 'unemployment rate', 'increase', None, None, None, 'Bureau of Labor Statistics'),
        ('0.1 percentage point', 1, 0.1, 'percentage_point', 'unemployment rate', 'increase', 'month_on_month', None, per('from August', 2025, 9), 'Bureau of Labor Statistics'),
        ('0.3%', 1, 0.3, 'percent', 'average hourly earnings', 'increase', 'month_on_month', None, per('for the month', 2025, 9), 'Bureau of Labor Statistics'),
        ('3.8%', 1, 3.8, 'percent', 'average hourly earnings', 'increase', 'year_on_year', None, per('for the month', 2025, 9), 'Bureau of Labor Statistics'),
        ('41,000', 1, 41000, 'count', 'health care positions', 'increase', None, None, None, 'Bureau of Labor Statistics'),
        ('12,000', 1, 12000, 'count', 'manufacturing jobs', 'decrease', None, 'approximately', None, 'Bureau of Labor Statistics'),
    ],
    'india_style_inflation.txt': [
        ('3.1%', 1, 3.1, 'percent', 'retail inflation', 'decrease', None, None, per('in October', 2025, 10), None),
        ('3.1 per cent', 1, 3.1, 'percent', "India's retail inflation", 'decrease', None, None, per('in October', 2025, 10), 'Ministry of Statistics and Programme Implementation'),
        ('3.6 per cent', 1, 3.6, 'percent', "India's retail inflation", None, None, None, per('in September', 2025, 9), 'Ministry of Statistics and Programme Implementation'),
        ('1.9 per cent', 1, 1.9, 'percent', 'food inflation', 'decrease', None, None, per('during the month', 2025, 10), 'Ministry of Statistics and Programme Implementation'),
        ('2.7 per cent', 1, 2.7, 'percent', 'food inflation', None, None, None, per('in September', 2025, 9), 'Ministry of Statistics and Programme Implementation'),
        ('3.3 per cent', 1, 3.3, 'percent', 'inflation in rural areas', None, None, None, None, 'Ministry of Statistics and Programme Implementation'),
        ('2.9 per cent', 1, 2.9, 'percent', 'inflation in urban areas', None, None, None, None, 'Ministry of Statistics and Programme Implementation'),
        ('4 per cent', 1, 4, 'percent', 'medium-term target for retail inflation', None, None, None, None, 'Reserve Bank of India'),
    ],
    'energy_style_release.txt': [
        ('6%', 1, 6, 'percent', 'EU gas consumption', 'increase', 'year_on_year', None, P('In the first quarter of 2025', '2025-01-01', '2025-03-31'), None),
        ('119 billion cubic metres', 1, 119000000000.0, 'cubic metre', 'EU gas consumption', 'increase', None, None, P('In the first quarter of 2025', '2025-01-01', '2025-03-31'), None),
        ('34 bcm', 1, 34000000000.0, 'cubic metre', 'LNG imports into the EU', None, None, None, P('in Q1 2025', '2025-01-01', '2025-03-31'), None),
        ('9%', 1, 9, 'percent', 'LNG imports into the EU', 'increase', 'year_on_year', None, P('in Q1 2025', '2025-01-01', '2025-03-31'), None),
        ('52%', 1, 52, 'percent', 'United States share of EU LNG imports', None, None, None, None, None),
        ('47 €/MWh', 1, 47, 'EUR', 'wholesale gas prices', None, None, None, P('in the quarter', '2025-01-01', '2025-03-31'), None),
        ('75%', 1, 75, 'percent', 'wholesale gas prices', 'increase', 'year_on_year', None, P('in the quarter', '2025-01-01', '2025-03-31'), None),
    ],
    'newswire_style_permits.txt': [
        ('6.4%', 1, 6.4, 'percent', 'Australian dwelling approvals', 'decrease', 'month_on_month', None, per('in October', 2025, 10), 'Australian Bureau of Statistics'),
        ('15,210', 1, 15210, 'count', 'Australian dwelling approvals', 'decrease', None, None, per('in October', 2025, 10), 'Australian Bureau of Statistics'),
        ('2%', 1, 2, 'percent', 'dwelling approvals', 'decrease', 'month_on_month', None, per('in October', 2025, 10), None),
        ('1.8%', 1, 1.8, 'percent', 'approvals for private sector houses', 'decrease', None, None, None, 'Australian Bureau of Statistics'),
        ('9,120', 1, 9120, 'count', 'approvals for private sector houses', 'decrease', None, None, None, 'Australian Bureau of Statistics'),
        ('12.5%', 1, 12.5, 'percent', 'approvals for private sector dwellings excluding houses', 'decrease', None, None, None, 'Australian Bureau of Statistics'),
        ('5,640', 1, 5640, 'count', 'approvals for private sector dwellings excluding houses', 'decrease', None, None, None, 'Australian Bureau of Statistics'),
        ('3.1%', 1, 3.1, 'percent', 'value of total building approved', 'decrease', None, None, None, 'Australian Bureau of Statistics'),
        ('14.6 billion Australian dollars', 1, 14600000000.0, 'AUD', 'value of total building approved', 'decrease', None, None, None, 'Australian Bureau of Statistics'),
    ],
    'markets_style_pmi.txt': [
        ('48.2', 1, 48.2, 'index_point', 'HCOB Eurozone Manufacturing PMI', 'decrease', None, None, None, 'Hamburg Commercial Bank'),
        ('49.0', 1, 49.0, 'index_point', 'HCOB Eurozone Manufacturing PMI', None, None, None, per('in October', 2025, 10), 'Hamburg Commercial Bank'),
        ('48.9', 1, 48.9, 'index_point', 'HCOB Eurozone Manufacturing PMI reading', None, None, None, None, None),
        ('0.2%', 1, 0.2, 'percent', 'euro', 'decrease', None, None, None, 'Hamburg Commercial Bank'),
        ('$1.1585', 1, 1.1585, 'USD', 'euro', 'decrease', None, None, None, 'Hamburg Commercial Bank'),
    ],
    'china_style_release.txt': [
        ('101,503.6 billion yuan', 1, 101503600000000.0, 'CNY', 'gross domestic product', None, None, None, P('In the first three quarters', '2025-01-01', '2025-09-30'), 'National Bureau of Statistics'),
        ('5.2 percent', 1, 5.2, 'percent', 'gross domestic product', 'increase', 'year_on_year', None, P('In the first three quarters', '2025-01-01', '2025-09-30'), 'National Bureau of Statistics'),
        ('4,197.1 billion yuan', 1, 4197100000000.0, 'CNY', 'total retail sales of consumer goods', None, None, None, per('In September', 2025, 9), 'National Bureau of Statistics'),
        ('3.0 percent', 1, 3.0, 'percent', 'total retail sales of consumer goods', 'increase', 'year_on_year', None, per('In September', 2025, 9), 'National Bureau of Statistics'),
        ('6.5 percent', 1, 6.5, 'percent', 'online retail sales of physical goods', 'increase', 'year_on_year', None, P('From January to September', '2025-01-01', '2025-09-30'), 'National Bureau of Statistics'),
        ('24.8 percent', 1, 24.8, 'percent', 'online retail sales of physical goods share of total retail sales of consumer goods', None, None, None, P('From January to September', '2025-01-01', '2025-09-30'), 'National Bureau of Statistics'),
        ('5.2 percent', 2, 5.2, 'percent', 'surveyed urban unemployment rate', None, None, None, P('in the first three quarters', '2025-01-01', '2025-09-30'), 'National Bureau of Statistics'),
    ],
    'gdp_bulletin_style.txt': [
        ('0.1%', 1, 0.1, 'percent', 'UK gross domestic product (GDP)', 'increase', None, None, P('in Quarter 3 (July to Sept) 2025', '2025-07-01', '2025-09-30'), None),
        ('0.3%', 1, 0.3, 'percent', 'UK gross domestic product (GDP)', 'increase', None, None, P('in Quarter 2 2025', '2025-04-01', '2025-06-30'), None),
        ('1.3%', 1, 1.3, 'percent', 'GDP', 'increase', 'year_on_year', None, P('Compared with the same quarter a year ago', '2025-07-01', '2025-09-30'), None),
        ('0.2%', 1, 0.2, 'percent', 'services sector', 'increase', None, None, P('in Quarter 3 2025', '2025-07-01', '2025-09-30'), None),
        ('0.5%', 1, 0.5, 'percent', 'production output', 'decrease', None, None, P('in Quarter 3 2025', '2025-07-01', '2025-09-30'), None),
        ('0.1%', 2, 0.1, 'percent', 'construction output', 'increase', None, None, P('in Quarter 3 2025', '2025-07-01', '2025-09-30'), None),
    ],
    'statcan_style_cpi.txt': [
        ('2.2%', 1, 2.2, 'percent', 'Consumer Price Index (CPI)', 'increase', 'year_on_year', None, per('in October', 2025, 10), None),
        ('2.4%', 1, 2.4, 'percent', 'Consumer Price Index (CPI)', 'increase', 'year_on_year', None, per('in September', 2025, 9), None),
        ('2.6%', 1, 2.6, 'percent', 'CPI excluding gasoline', 'increase', 'year_on_year', None, per('in October', 2025, 10), None),
        ('2.7%', 1, 2.7, 'percent', 'CPI excluding gasoline', 'increase', 'year_on_year', None, per('in September', 2025, 9), None),
        ('0.2%', 1, 0.2, 'percent', 'CPI', 'increase', 'month_on_month', None, per('in October', 2025, 10), None),
        ('0.1%', 1, 0.1, 'percent', 'CPI', 'increase', 'month_on_month', None, per('in October', 2025, 10), None),
        ('3.4%', 1, 3.4, 'percent', 'prices for food purchased from stores', 'increase', 'year_on_year', None, per('in October', 2025, 10), None),
        ('4.0%', 1, 4.0, 'percent', 'prices for food purchased from stores', 'increase', 'year_on_year', None, per('in September', 2025, 9), None),
        ('2.9%', 1, 2.9, 'percent', 'shelter prices', 'increase', 'year_on_year', None, per('in October', 2025, 10), None),
    ],
    'wire2025_style_japan.txt': [
        ('3.6%', 1, 3.6, 'percent', "Japan's exports", 'increase', 'year_on_year', None, per('in October', 2025, 10), 'Ministry of Finance'),
        ('1.1%', 1, 1.1, 'percent', 'exports', 'increase', 'year_on_year', None, per('in October', 2025, 10), 'Reuters'),
        ('2.1%', 1, 2.1, 'percent', 'exports to China', 'increase', 'year_on_year', None, None, 'Ministry of Finance'),
        ('3.1%', 1, 3.1, 'percent', 'shipments to the United States', 'decrease', 'year_on_year', None, None, 'Ministry of Finance'),
        ('0.7%', 1, 0.7, 'percent', 'imports', 'increase', 'year_on_year', None, per('in the year to October', 2025, 10), 'Ministry of Finance'),
        ('231.8 billion yen', 1, 231800000000.0, 'JPY', 'trade deficit', None, None, None, per('in the year to October', 2025, 10), 'Ministry of Finance'),
    ],
    'preview_style_jobs.txt': [
        ('7.1%', 1, 7.1, 'percent', "Canada's unemployment rate", 'increase', None, None, None, None),
        ('12,000', 1, 12000, 'count', 'jobs', 'decrease', None, None, per('in August', 2025, 8), 'Statistics Canada'),
        ('5,000', 1, 5000, 'count', 'positions', 'increase', None, None, per('in August', 2025, 8), None),
        ('7.1%', 2, 7.1, 'percent', 'jobless rate', 'increase', None, None, None, 'Statistics Canada'),
        ('6.9%', 1, 6.9, 'percent', 'jobless rate', None, None, None, per('in July', 2025, 7), 'Statistics Canada'),
        ('3.2%', 1, 3.2, 'percent', 'average hourly wages for permanent employees', 'increase', 'year_on_year', None, None, 'Statistics Canada'),
        ('3.5%', 1, 3.5, 'percent', 'average hourly wages for permanent employees', 'increase', 'year_on_year', None, per('in July', 2025, 7), 'Statistics Canada'),
    ],
}
# fmt: on


if __name__ == "__main__":
    print(write_gold(Path(sys.argv[1]), LABELS, standalone_only=False), "records")
