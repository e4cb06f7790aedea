"""Turn the spans found by the rule components into metric records (RECORDS.md).

`RecordBuilder` (the `bulletin_records` component) combines one class per family of rules:

- `filters`: which quantities are measurements; lists, ranges and levels of numbers
- `timing`: the period each number refers to, comparison periods
- `changes`: direction, qualifier and comparison basis
- `metrics`: the indicator phrase each number measures
- `credits`: the organization credited for each number

`vocabulary` holds their word lists and label tables, `text` the helpers on sentences and
dates, `structures` the working types.
"""

from .builder import RecordBuilder
from .text import clean_metric, compare_periods, find_publication_date, split_sentences
from .vocabulary import BASES_BY_LABEL, DIRECTIONS, QUALIFIERS_BY_LABEL

__all__ = [
    "BASES_BY_LABEL",
    "DIRECTIONS",
    "QUALIFIERS_BY_LABEL",
    "RecordBuilder",
    "clean_metric",
    "compare_periods",
    "find_publication_date",
    "split_sentences",
]
