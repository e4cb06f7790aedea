"""The calendar side of period resolution: the words of dates, month arithmetic, single
calendar units, and the regular expressions of the phrase grammar (`period_grammar`)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Final

Span = tuple[date, date]

_KINDS: Final = ("absolute", "deictic", "relative")  # from most to least certain

# --- words -------------------------------------------------------------------------------

_MONTHS: Final = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MON: Final = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"

_NUMBER_WORDS: Final = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
)  # fmt: skip
_NUMBERS: Final = dict(zip(_NUMBER_WORDS, range(21), strict=True)) | {
    "thirty": 30, "forty": 40, "fifty": 50, "a": 1,
}  # fmt: skip

_ORDINALS: Final = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "final": 99, "last": 99,
}  # fmt: skip

_UNIT_MONTHS: Final = {"month": 1, "quarter": 3, "half": 6, "year": 12}

# "the year" is no year at all: the instance is placed like a bare month.
_YEAR_WORDS: Final = {
    "this": 0, "the current": 0, "current": 0, "last": -1, "the previous": -1,
    "previous": -1, "the prior": -1, "the preceding": -1, "the last": -1, "next": 1,
    "the next": 1, "the following": 1, "the coming": 1, "the": None,
}  # fmt: skip
_YSUF: Final = (
    r"(?:(?: of| in)? (?P<year>\d{4})|(?: of| in)? (?P<yw>"
    + "|".join(sorted(_YEAR_WORDS, key=len, reverse=True))
    + r") year)?"
)

_VAGUE: Final = re.compile(
    r"\b(?:early|late|mid)[- ]?\d{4}s?\b|\b\d{4}s\b|^(?:currently|presently|now|recently|"
    r"at present|at the moment|at this stage|at that stage|at this point|to date|"
    r"at the time|in recent (?:months|years|weeks)|so far)$"
)


@lru_cache(maxsize=8192)  # a phrase is resolved against several anchors
def _normalize(text: str) -> str:
    """Lower-case, unify dashes and spacing, drop commas, dots after months and possessives."""
    t = text.lower().replace("\u2019", "'")
    t = re.sub(r"[\u2010-\u2015\u2212]", "-", t)
    t = re.sub(r"'s?\b", "", t)
    t = re.sub(r"\b(" + _MON + r")\.", r"\1", t)
    t = re.sub(r"\bvs\.", "vs", t)
    t = t.replace(",", " ")
    t = re.sub(r"\s*\((?:fy|fiscal|financial)[^)]*\)", "", t)  # "2024-25 (FY25)"
    # "the first half (april-september) of fy26": the months restated inside the phrase
    t = re.sub(r"\s*\((?:" + _MON + r")\w*\s*(?:-|to)\s*(?:" + _MON + r")\w*\)(?= of\b)", "", t)
    t = re.sub(r"\s*-\s*", "-", t)
    t = re.sub(r"\s+", " ", t)
    # "year-end", "end-quarter" -> "end of the year", "end of the quarter"
    t = re.sub(
        r"\b(?:the )?(year|quarter|month)[- ]end\b|\bend-(year|quarter|month)\b",
        lambda m: f"end of the {m[1] or m[2]}",
        t,
    )
    # Q4-2024, Q1/2024, H1-2024 -> "q4 2024"; 2Q14 -> "q2 2014".
    t = re.sub(r"\b([qh][1-4])[-/](\d{4})\b", r"\1 \2", t)
    t = re.sub(r"\b([1-4])([qh])[- ]?(\d{4})\b", r"\2\1 \3", t)
    t = re.sub(r"\b([1-4])([qh])(\d{2})\b", lambda m: f"{m[2]}{m[1]} {_century(m[3])}", t)
    t = re.sub(r"\b([1-4])([qh])\b", r"\2\1", t)
    t = re.sub(r"\bqtr\b\.?", "quarter", t)
    # "Quarter 3 (July to Sept) 2025" -> "q3 2025"; "the first three quarters" -> 9 months.
    t = re.sub(r"\bquarter ([1-4])(?: \([^)]*\))?(?= \d{4}\b|$)", r"q\1", t)
    t = re.sub(
        r"\bfirst (\w+) quarters\b",
        lambda m: f"first {3 * n} months" if (n := _number(m[1]) or 0) in (1, 2, 3, 4) else m[0],
        t,
    )
    return t.strip(" .;:!?()[]\"'")


def _century(two: str) -> str:
    """Expand a two-digit year ("14" -> "2014", "87" -> "1987")."""
    n = int(two)
    return str(2000 + n if n < 50 else 1900 + n)


def _number(word: str | None) -> int | None:
    """Read "3" or "three" as an int."""
    if word is None:
        return None
    if word.isdigit():
        return int(word)
    return _NUMBERS.get(word)


# --- calendar arithmetic ------------------------------------------------------------------


def _month_index(d: date) -> int:
    """Months since year 0: a month's absolute index."""
    return d.year * 12 + d.month - 1


@lru_cache(maxsize=4096)  # a few centuries of months
def _month_span_at(index: int) -> Span:
    """Span of the month with absolute index `year * 12 + month - 1`."""
    year, m0 = divmod(index, 12)
    return date(year, m0 + 1, 1), date(year, m0 + 1, calendar.monthrange(year, m0 + 1)[1])


def _months_span(first: int, last: int) -> Span:
    """From the first day of month index `first` to the last day of month index `last`."""
    return _month_span_at(first)[0], _month_span_at(last)[1]


def _year_span(year: int) -> Span:
    """January 1 to December 31 of `year`."""
    return date(year, 1, 1), date(year, 12, 31)


def _months_in(span: Span) -> int:
    """How many calendar months a span touches."""
    return _month_index(span[1]) - _month_index(span[0]) + 1


def _thirteen_weeks_to(end: date) -> Span:
    """The 13 weeks (91 days) that end on a day: a retailer's quarter ("the quarter ended
    Nov. 2": Aug. 4 to Nov. 2)."""
    return end - timedelta(days=90), end


def _is_month_end(d: date) -> bool:
    """Whether `d` is the last day of its month."""
    return (d + timedelta(days=1)).day == 1


def _whole_months(span: Span) -> int:
    """How many whole months a span covers, from a month's first day to a month's last day;
    0 for a span that does not start and end so (a retailer's 13 weeks)."""
    if span[0].day != 1 or not _is_month_end(span[1]):
        return 0
    return _months_in(span)


def _shift_day(d: date, months: int, to_month_end: bool) -> date:
    """Move a day by whole months, clamping to (or keeping) the month's end."""
    year, m0 = divmod(_month_index(d) + months, 12)
    last = calendar.monthrange(year, m0 + 1)[1]
    return date(year, m0 + 1, last if to_month_end else min(d.day, last))


def _shift(span: Span, months: int) -> Span:
    """Move a span by whole months, keeping month ends at month ends (a point at a month's
    end stays one: "at the end of June ... a quarter earlier" is March 31)."""
    start, end = span
    if start == end:
        day = _shift_day(end, months, to_month_end=_is_month_end(end))
        return day, day
    return (
        _shift_day(start, months, to_month_end=False),
        _shift_day(end, months, to_month_end=_is_month_end(end)),
    )


def _unit_span(d: date, unit: str, offset: int = 0) -> Span:
    """The calendar month, quarter, half or year holding `d`, moved by `offset` such units."""
    size = _UNIT_MONTHS[unit]
    index = _month_index(d)
    first = index - (index % 12) % size + offset * size
    return _months_span(first, first + size - 1)


def _worst(*kinds: str) -> str:
    """The kind of a result built from parts: relative > deictic > absolute."""
    return max(kinds, key=_KINDS.index)


# --- dateparser (lazy, cached) ------------------------------------------------------------

_BASE: Final = datetime(2000, 1, 1)  # a leap year, so "29 February" parses without a year


@lru_cache(maxsize=1)
def _dateparser() -> Any:
    """Import dateparser on first use."""
    import dateparser  # slow import, only when a date string is met

    return dateparser


#: The common strings read without dateparser (whose first call costs most of a second).
_PLAIN_MONTH_YEAR: Final = re.compile(r"(?P<mon>[a-z]+)\.? (?P<year>\d{4})")
_PLAIN_DAY: Final = re.compile(r"(?P<d>\d{1,2}) (?P<mon>[a-z]+)\.? (?P<year>\d{4})")


@lru_cache(maxsize=4096)
def _parse_month_year(text: str) -> tuple[int, int] | None:
    """Read "june 2014" / "sept 2014" as (year, month), None when it is not one."""
    plain = _PLAIN_MONTH_YEAR.fullmatch(text.lower())
    if plain is not None and plain["mon"] in _MONTHS:  # as dateparser reads it, without it
        return int(plain["year"]), _MONTHS[plain["mon"]]
    parsed = _dateparser().parse(
        text,
        languages=["en"],
        settings={
            "PREFER_DAY_OF_MONTH": "first",
            "REQUIRE_PARTS": ["month", "year"],
            "RELATIVE_BASE": _BASE,
        },
    )
    return (parsed.year, parsed.month) if parsed is not None else None


@lru_cache(maxsize=4096)
def _parse_day(text: str) -> date | None:
    """Read "30 june 2022" / "june 30" as a date (year 2000 when none is written)."""
    plain = _PLAIN_DAY.fullmatch(text.lower())
    if plain is not None and plain["mon"] in _MONTHS:  # as dateparser reads it, without it
        try:
            return date(int(plain["year"]), _MONTHS[plain["mon"]], int(plain["d"]))
        except ValueError:
            return None
    parsed = _dateparser().parse(
        text,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month"], "RELATIVE_BASE": _BASE, "DATE_ORDER": "DMY"},
    )
    return parsed.date() if parsed is not None else None


# --- units: a month, day, quarter, half, year or "first N months", maybe without its year --


# Shopping days and holidays that name a day of their own: (month, day), or days after the
# fourth Thursday of November (US Thanksgiving) for the days around it.
_HOLIDAYS: Final = {
    "thanksgiving day": 0, "thanksgiving": 0, "black friday": 1, "small business saturday": 2,
    "cyber monday": 4, "christmas eve": 1224, "christmas day": 1225,
    "boxing day": 1226, "new year's eve": 1231, "new year's day": 101,
}  # fmt: skip


_HOLIDAY_NAME: Final = re.compile(rf"\b(?:{'|'.join(_HOLIDAYS)})\b")


def names_holiday(text: str) -> bool:
    """Whether a period phrase names a holiday or shopping day ("on Black Friday")."""
    return _HOLIDAY_NAME.search(text.lower()) is not None


def _holiday(code: int, year: int) -> date:
    """The day of a holiday in `year` (see `_HOLIDAYS`)."""
    if code >= 100:
        return date(year, code // 100, code % 100)
    first = date(year, 11, 1)
    thanksgiving = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    return thanksgiving + timedelta(days=code)


@dataclass(frozen=True)
class _Unit:
    """A calendar unit as written: `size` and `index` place it inside any given year."""

    kind: str  # month, quarter, half, year, first_months, span_months, day, half_month,
    # first_days, holiday
    index: int = 1  # month number, quarter, half, N of "the first N months", or a holiday's code
    day: int = 0  # the day of a month; for half_month, which half (1 or 2); for first_days, N
    year: int | None = None  # written year
    year_offset: int | None = None  # "this year" 0, "last year" -1, "next year" 1

    def in_year(self, year: int) -> Span:
        """The unit's span in `year` (raises ValueError for 29 February in a common year)."""
        if self.kind == "month":
            return _months_span(year * 12 + self.index - 1, year * 12 + self.index - 1)
        if self.kind == "day":
            d = date(year, self.index, self.day)
            return d, d
        if self.kind == "year":
            return _year_span(year)
        if self.kind == "holiday":
            d = _holiday(self.index, year)
            return d, d
        if self.kind == "half_month":  # "the second half of November": 16th to month end
            whole = _months_span(year * 12 + self.index - 1, year * 12 + self.index - 1)
            if self.day == 1:
                return whole[0], whole[0].replace(day=15)
            return whole[0].replace(day=16), whole[1]
        if self.kind == "first_days":  # "the first 20 days of November": 1st to 20th
            whole = _months_span(year * 12 + self.index - 1, year * 12 + self.index - 1)
            return whole[0], min(whole[0] + timedelta(days=self.day - 1), whole[1])
        size = {"quarter": 3, "half": 6, "first_months": self.index}[self.kind]
        first = year * 12 + (0 if self.kind == "first_months" else (self.index - 1) * size)
        return _months_span(first, first + size - 1)


_UNIT_RES: Final = [
    ("month", re.compile(rf"^(?:(?:early|mid|late)[- ]?)?(?P<mon>{_MON}){_YSUF}$")),
    ("day", re.compile(rf"^(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<mon>{_MON}){_YSUF}$")),
    ("day", re.compile(rf"^(?P<mon>{_MON}) (?P<d>\d{{1,2}})(?:st|nd|rd|th)?{_YSUF}$")),
    ("quarter", re.compile(r"^q(?P<n>[1-4])" + _YSUF + "$")),
    ("quarter", re.compile(r"^(?P<year>\d{4}) ?q(?P<n>[1-4])$")),
    (
        "quarter",
        re.compile(
            r"^(?:the )?(?:(?P<year2>\d{4}) )?(?P<ord>first|second|third|fourth|final|last|"
            r"1st|2nd|3rd|4th)[- ](?:calendar |fiscal )?quarter" + _YSUF + "$"
        ),
    ),
    ("half", re.compile(r"^h(?P<n>[12])" + _YSUF + "$")),
    ("half", re.compile(r"^(?P<year>\d{4}) ?h(?P<n>[12])$")),
    (
        "half",
        re.compile(
            r"^(?:the )?(?:(?P<year2>\d{4}) )?(?P<ord>first|second|1st|2nd|final|last)[- ]half"
            + _YSUF
            + "$"
        ),
    ),
    (
        "half_month",
        re.compile(rf"^(?:the )?(?P<ord>first|second|1st|2nd)[- ]half of (?P<mon>{_MON}){_YSUF}$"),
    ),
    (
        "first_days",
        re.compile(rf"^(?:the )?first (?P<n>\w+) days of (?P<mon>{_MON}){_YSUF}$"),
    ),
    ("holiday", re.compile(rf"^(?:the )?(?P<hol>{'|'.join(_HOLIDAYS)}){_YSUF}$")),
    ("first_months", re.compile(r"^(?:the )?first (?P<n>\w+) months" + _YSUF + "$")),
    ("span_months", re.compile(r"^the (?P<n>\w+) months$")),
    ("year", re.compile(r"^(?:the )?(?:calendar )?(?:year )?(?P<year>\d{4})$")),
]


@lru_cache(maxsize=8192)  # units are frozen; the same words recur in many phrases
def _parse_unit(s: str) -> _Unit | None:
    """Read a single calendar unit, with or without its year."""
    for kind, pattern in _UNIT_RES:
        m = pattern.match(s)
        if m is None:
            continue
        groups = m.groupdict()
        year = groups.get("year") or groups.get("year2")
        yw = groups.get("yw")
        offset = _YEAR_WORDS[yw] if yw is not None else None
        written = int(year) if year else None
        if kind == "year":
            return _Unit("year", year=written)
        if kind == "month":
            mon = groups["mon"]
            if written is not None:
                parsed = _parse_month_year(f"{mon} {written}")
                if parsed is not None:
                    return _Unit("month", index=parsed[1], year=parsed[0])
            return _Unit("month", index=_MONTHS[mon], year=written, year_offset=offset)
        if kind == "holiday":
            return _Unit(
                "holiday", index=_HOLIDAYS[groups["hol"]], year=written, year_offset=offset
            )
        if kind == "half_month":
            half = _ORDINALS[groups["ord"]]
            return _Unit(
                "half_month", index=_MONTHS[groups["mon"]], day=half, year=written,
                year_offset=offset,
            )  # fmt: skip
        if kind == "first_days":
            n = _number(groups["n"]) or 0
            if not 1 <= n <= 31:
                return None
            return _Unit(
                "first_days", index=_MONTHS[groups["mon"]], day=n, year=written,
                year_offset=offset,
            )  # fmt: skip
        if kind == "day":
            parsed_day = _parse_day(f"{groups['d']} {groups['mon']} {written or 2000}")
            if parsed_day is None:
                return None
            return _Unit(
                "day", index=parsed_day.month, day=parsed_day.day, year=written,
                year_offset=offset,
            )  # fmt: skip
        if groups.get("ord") is not None:
            n = _ORDINALS[groups["ord"]]
            if n == 99:  # "the last quarter" alone is the previous quarter, not Q4
                if written is None and yw is None:
                    return None
                n = 4 if kind == "quarter" else 2
            if kind == "half" and n > 2:
                return None
        else:
            n = _number(groups["n"]) or 0
        if kind in ("first_months", "span_months") and not 1 <= n <= 12:
            return None
        return _Unit(kind, index=n, year=written, year_offset=offset)
    return None


# --- the resolver -------------------------------------------------------------------------

_PLAIN_PREFIX: Final = re.compile(
    r"^(?:in|for|during|throughout|over|through|within|across|on|at|of|by|until|till|to|"
    r"up to|and|as well as|the whole of|all of)\s+(?P<rest>.+)$"
)
_COMPARISON: Final = re.compile(
    r"^(?:(?:when |as )?compared (?:with|to)|in comparison (?:with|to)|comparison with|"
    r"relative to|versus|vs|against|than|from|since|on|over|"
    r"(?:its |the |their )?(?:previous |earlier |pre-[\w-]+ )?peak (?:in|of|at))\s+(?P<rest>.+)$"
)
_POINT: Final = re.compile(
    r"^(?:(?:as (?:of|at)|at|by|until|till|to|up to)\s+)?(?:the\s+)?"
    r"(?P<edge>end|start|beginning|close)(?:-|\s+of\s+|\s+)(?P<rest>.+)$"
)
_FISCAL: Final = re.compile(
    r"^(?:the )?(?:(?P<word>fiscal|financial|fy)(?: year)?[ ']?)?(?P<y>\d{4}|\d{2})"
    r"(?:(?:[-/]| to )(?P<y2>\d{4}|\d{2}))?(?P<tail> (?:fiscal|financial) year)?$"
)
# The financial year named by the year it ends in: "the financial year ending (FYE) 2025",
# "FYE 2025", "FYE March 2025".
_FISCAL_ENDING: Final = re.compile(
    r"^(?:the )?(?:(?:financial|fiscal) year (?:ending|ended)(?: \(fye\))?|fye) "
    r"(?:(?P<month>[a-z]+) )?(?P<y>\d{4})$"
)
# Financial years of governments: (first month, whether a single-year label names the year
# it starts in). "FY24" in India ends in March 2024; Japan's "fiscal 2023" starts in April 2023.
FISCAL_YEARS: Final = {
    "GB": (4, False), "IN": (4, False), "CA": (4, False), "JP": (4, True),
    "AU": (7, False), "NZ": (7, False), "US": (10, False),
    # July to June: Pakistan, Bangladesh, Egypt and East Africa; October to September: Thailand
    "PK": (7, False), "BD": (7, False), "EG": (7, False), "KE": (7, False), "UG": (7, False),
    "TZ": (7, False), "TH": (10, False),
}  # fmt: skip


#: The first month of a farm product's season (crop or marketing year), by a word that names
#: it, where a split-year label ("2025/26", "2025-26") in its sentence is that season: the
#: USDA's marketing years for U.S. crops (wheat June, cotton and rice August, corn and
#: soybeans September), the industry's seasons for sugar, cocoa, coffee and orange juice
#: (October) and India's oil year (November).
SEASONS: Final = {
    "wheat": 6, "cotton": 8, "rice": 8, "corn": 9, "maize": 9, "soybean": 9, "soybeans": 9,
    "soy": 9, "soymeal": 9, "soyoil": 9, "sorghum": 9, "sugar": 10, "cocoa": 10,
    "coffee": 10, "arabica": 10, "robusta": 10, "juice": 10, "oilseeds": 11,
    "edible": 11, "vegetable": 11,
}  # fmt: skip
#: Seasons that differ by the country whose crop it is: Brazil's centre-south cane from April,
#: Canada's grain from August, Australia's wheat from October, the dairy season of New
#: Zealand and Australia from June.
COUNTRY_SEASONS: Final = {
    ("sugar", "BR"): 4, ("wheat", "CA"): 8, ("wheat", "AU"): 10,
    ("dairy", "NZ"): 6, ("milk", "NZ"): 6, ("dairy", "AU"): 7, ("milk", "AU"): 7,
}  # fmt: skip


def season_start(words: Iterable[str], country: str | None) -> int | None:
    """The first month of the season of the first farm product among `words` (lower-case
    tokens), for the country whose crop it is; None when no word names one."""
    for word in words:
        month = COUNTRY_SEASONS.get((word, country or "")) or SEASONS.get(word)
        if month is not None:
            return month
    return None


def fiscal_year(country: str | None) -> tuple[int, bool]:
    """(first month, whether a single-year label names the year it starts in) of the
    country's financial year: April to March, labelled by the year it ends in, unless
    `FISCAL_YEARS` says otherwise."""
    return FISCAL_YEARS.get(country or "", (4, False))


_AS_OF: Final = re.compile(r"^as (?:of|at)\s+(?P<rest>.+)$")
_BETWEEN: Final = re.compile(r"^between (?P<x>.+?) and (?P<y>.+)$")
_FROM_TO: Final = re.compile(r"^from (?P<x>.+?) (?:to|until|till|through|up to) (?P<y>.+)$")
_RANGE: Final = re.compile(r"^(?P<x>.+?)(?:-| to | until | till | through | thru )(?P<y>.+)$")
_MONTHS_TO: Final = re.compile(
    r"^(?:the |its |their )?(?:(?:past|last|latest|previous|full|current|whole|entire) )?"
    r"(?:(?P<n>\w+)[- ])?"
    r"(?P<unit>months?|years?|quarters?|weeks?|fortnights?)(?: period)? "
    r"(?P<link>to|ending|ended|through|up to)(?: in| on)? (?P<x>.+)$"
)
_YEAR_TO_DATE: Final = re.compile(r"^(?:the )?year[- ]to[- ]date$")
#: "so far this year", "so far in September", "so far this week": up to the day of writing.
_SO_FAR: Final = re.compile(r"^so far (?:(?:this|in the) year|(?P<rest>(?:in|this) .+))$")
#: "this week", "next week": Monday to Sunday of the week of writing, or of the one after it.
_THIS_WEEK: Final = re.compile(r"^(?P<which>this|next|the coming|the current) week$")
_SHIFT_SUFFIX: Final = re.compile(
    r"^(?P<x>.+?) (?:of |in )?(?:(?P<n>a|one|two|three) years? (?:ago|earlier|before|"
    r"previously)|last year|the previous year|the prior year|the preceding year|"
    r"the year before)$"
)
_SAME_IN_YEAR: Final = re.compile(
    r"^(?P<x>the (?:same|corresponding|equivalent) .+?) (?:of |in )(?P<y>\d{4})$"
)
_SAME: Final = re.compile(
    r"^(?:the )?(?:same|corresponding|equivalent) (?:\w+ )?(?:period|periods|months?|quarters?|"
    r"time|weeks?|days?|dates?|points?|year|stretch)$"
    r"|^(?:this|that|the) (?!previous |prior |preceding )(?:\w+ )?period$"
)
_YEAR_AGO: Final = re.compile(
    r"^(?:(?:the|their|its) )?(?P<unit>year|month|quarter)[- ](?:earlier|ago) (?:period|month|"
    r"quarter|levels?|figure)$"
    r"|^(?:a|one|the) (?P<unit2>year|month|quarter) (?:earlier|ago|before|previously)$"
)
# Several units back: "three months earlier", "two years ago", "18 months before".
_UNITS_AGO: Final = re.compile(
    r"^(?P<n>\d{1,2}|[a-z]+) (?P<unit>months|quarters|years) (?:earlier|ago|before|previously)$"
)
_PREVIOUS: Final = re.compile(
    r"^(?:the )?(?:previous|prior|preceding) (?P<unit>month|quarter|year)$"
)
_PREVIOUS_N: Final = re.compile(
    r"^(?:the )?(?:previous|prior|preceding) (?P<n>\w+) (?P<unit>months|quarters|years)$"
)
_WEEKDAY: Final = re.compile(
    r"^(?:on )?(?P<last>last )?(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)$"
)
_WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DEICTIC: Final = re.compile(
    r"^(?P<which>this|last|next|the current|current|the next|the coming) "
    r"(?P<unit>month|quarter|year)$"
)
_LATEST: Final = re.compile(
    r"^(?:the )?(?P<which>latest|most recent|current|reference|reporting)? ?"
    r"(?:(?:full|whole|entire|calendar)[- ])?(?P<unit>month|quarter|year)$"
)
_LAST_N: Final = re.compile(
    r"^(?:the )?(?:last|past|latest) (?P<n>\w+) (?P<unit>years|months|quarters)$"
    r"|^(?:the )?(?:last|past) (?P<one>year|month|quarter|twelve months|12 months)$"
)
_NAMED_MONTH: Final = re.compile(rf"^(?P<which>last|this|next) (?P<mon>{_MON})$")


def _gap(span: Span, other: Span) -> int:
    """Days between two spans (0 when they overlap)."""
    if span[1] < other[0]:
        return (other[0] - span[1]).days
    if other[1] < span[0]:
        return (span[0] - other[1]).days
    return 0


def _strip_plain(s: str) -> str:
    """Drop a leading plain preposition ("in", "for", "during")."""
    m = _PLAIN_PREFIX.match(s)
    return m["rest"] if m is not None else s
