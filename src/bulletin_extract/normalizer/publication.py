"""Publication dates as releases and wire copy state them near the top of a document.

`find_publication_date` reads a label opening a line ("Released: 15 April 2025"), a dateline
("Beijing, September 12, 2025", "LONDON, 5 Nov 2024 (Reuters) -") or a dated line; it is the
reference date of a document given none.
"""

from __future__ import annotations

import re
from datetime import date

from .text import as_date

# Publication dates as releases and wire copy write them, near the top of a document.
_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d"
_WEEKDAY = r"(?:(?i:mon|tues?|wed|thu|thurs?|fri|sat|sun)(?i:day|nesday|rsday|urday)?\.?,?\s+)?"
#: One date: "September 12, 2025", "Sept. 12", "12 September 2025", "27 Feb", "2025-09-12".
_DATE = (
    rf"{_WEEKDAY}(?:(?P<month1>{_MONTH})\s+(?P<day1>{_DAY})\b(?:,?\s+(?P<year1>{_YEAR})\b)?"
    rf"|(?P<day2>{_DAY})\s+(?P<month2>{_MONTH})(?![a-z])(?:,?\s+(?P<year2>{_YEAR})\b)?"
    rf"|(?P<iso>{_YEAR}-[01]\d-[0-3]\d)\b)"
)
_LABEL = r"(?i:published|released|updated|issued|release\s+date|publication\s+date|date)\b"
#: What may follow a dateline's date: an agency in brackets, then a dash, slash or colon, or the
#: end of the line.
_DATELINE_END = r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:--?|[–—/:]|\r?$)"
#: The patterns, each with whether its date needs a year.
_PUBLICATION_DATES: tuple[tuple[re.Pattern[str], bool], ...] = (
    (  # "Released: 15 April 2025", "Published 3 March 2024", "Last updated on Feb. 3, 2025":
        # a label opening a line, or followed by a colon (not "the index, released 15 July")
        re.compile(
            rf"(?:^[ \t]*(?i:(?:last|first|originally)\s+)?{_LABEL}[ \t]*:?|\b{_LABEL}[ \t]*:)"
            rf"[ \t]*(?i:on\s+)?{_DATE}",
            re.MULTILINE,
        ),
        False,
    ),
    (  # "Beijing, September 12, 2025", "TOKYO, Feb 27 -", "WASHINGTON, March 3 (Reuters) -"
        re.compile(
            rf"^[ \t]*[A-Z][A-Za-z.'&-]*(?:[ ][A-Za-z.'&-]+){{0,3}}"
            rf"(?:,[ ][A-Z][A-Za-z.]{{0,5}}\.)?(?:[ ]\([^()\n]{{1,40}}\))?"
            rf",[ \t]+{_DATE}{_DATELINE_END}",
            re.MULTILINE,
        ),
        False,
    ),
    (  # "12 September 2025 —" opening a line (without a year, more likely a table's row)
        re.compile(rf"^[ \t]*{_DATE}{_DATELINE_END}", re.MULTILINE),
        True,
    ),
)
_MONTH_NUMBERS = {
    name: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
#: How far from the top a publication date is looked for, in characters.
PUBLICATION_HEAD = 2000


def find_publication_date(text: str, ref: date | None = None) -> date | None:
    """The publication date stated near the top of a document, if any.

    Read from a label ("Released: 15 April 2025", "Published 3 March 2024"), a dateline
    ("Beijing, September 12, 2025", "TOKYO, Feb 27 -"; "WASHINGTON (Reuters) -" has none) or
    a date opening a line ("12 September 2025 —"), the first in the text; in US or UK order,
    months in full or abbreviated, with or without a dot, or ISO.

    A date without a year (wire datelines: "TOKYO, Feb 27 -") takes the year that puts it
    nearest to `ref`, the date the caller knows the document by (`--ref-date`). Without
    `ref` it is left out: a year stated in the text says which period the figures are about,
    and the story may be from the next year (a report of last year's December figures in
    January), so a guess could move every "last month" by a year; a later dated line is
    looked for instead.

    Args:
        text: The document text.
        ref: A date near the publication, for a date written without its year.

    Returns:
        The date, or None when the top of the text states none that can be resolved.
    """
    head = text[:PUBLICATION_HEAD]
    found: list[tuple[int, date]] = []
    for pattern, needs_year in _PUBLICATION_DATES:
        for match in pattern.finditer(head):
            if needs_year and not (match["year1"] or match["year2"] or match["iso"]):
                continue
            day = _date_of(match, ref)
            if day is not None:
                found.append((match.start(), day))
                break
    return min(found)[1] if found else None


def _date_of(match: re.Match[str], ref: date | None) -> date | None:
    """The date of a `_DATE` match; a missing year from `ref` (see `find_publication_date`)."""
    if match["iso"]:
        return as_date(match["iso"])
    month_name, day, year = (
        (match["month1"], match["day1"], match["year1"])
        if match["month1"]
        else (match["month2"], match["day2"], match["year2"])
    )
    month = _MONTH_NUMBERS.get(month_name.rstrip(".").lower())
    if month is None:
        return None
    number = int(day.rstrip("stndrh"))
    if year:
        return _valid_date(int(year), month, number)
    if ref is None:
        return None
    candidates = [_valid_date(ref.year + k, month, number) for k in (-1, 0, 1)]
    dated = [c for c in candidates if c is not None]
    return min(dated, key=lambda c: abs((c - ref).days)) if dated else None


def _valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
