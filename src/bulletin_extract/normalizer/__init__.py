"""Turn the spans found by the rule components into metric records (RECORDS.md).

`RecordBuilder` (the `bulletin_records` component, `builder`) makes one `DocContext`
(`context`) per document and hands it to one attacher per record field:

- `filters`: which quantities are measurements; lists, ranges and levels of numbers
- `period`: the period each number refers to, comparison periods
- `direction`, `qualifier`, `basis`: the change, its qualifier, its comparison basis
- `metric/`: the indicator phrase each number measures (surface and syntax strategies)
- `agency`: the organization credited for each number

`vocabulary` holds their word lists and label tables, `text` the helpers on sentences and
dates, `structures` the working types.
"""

from .builder import RecordBuilder
from .publication import find_publication_date
from .text import clean_metric, compare_periods, split_sentences
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
