"""Resolve period phrases ("in the year to June 2014", "the same period last year") to dates.

The phrases are found by the rules in `patterns/periods.jsonl`; this module turns the text
of a match into its first and last day, following the `period` contract in RECORDS.md:

* a month, quarter, half or year is its whole span; "in the three months to June 2014" is
  April..June 2014, while "in the year to June 2014" (a 12-month rate) is June 2014;
* a point ("as of June 2022", "at the end of March") has start = end = that day;
* deictic phrases ("this year", "last month", "in May") resolve against the reference
  (publication) date, or the anchor for a month or quarter written without its year;
* relative phrases ("a year earlier", "the previous quarter", "the same period last year")
  resolve from the anchor, the period the sentence or paragraph is about;
* a change between two consecutive periods ("between May and June 2014", "compared with
  Q2 2013" about Q2 2014) refers to the later one; a change from a point further back
  ("from March 2020", "since 2019") spans from that point to the anchor;
* vague phrases ("in early 2008", "currently") stay unresolved.

dateparser reads the month-year and day-month-year strings inside a phrase; the grammar
of ranges, quarters, halves and the to/between/from logic is our own. dateparser is
imported lazily and every parse is cached, so resolving the same phrase twice is cheap.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Final, Literal

__all__ = ["Resolution", "iso", "resolve_period"]

Span = tuple[date, date]

_KINDS: Final = ("absolute", "deictic", "relative")


@dataclass(frozen=True)
class Resolution:
    """A period phrase resolved to its first and last day.

    Attributes:
        start: First day of the period, or None when it cannot be resolved.
        end: Last day of the period (equal to `start` for a point in time), or None.
        kind: How the dates were found: `absolute` (fully dated in the text), `deictic`
            (needed the reference date, e.g. "this year", "in May"), `relative` (counted
            from the anchor period, e.g. "a year earlier", "the previous quarter"), or
            `unresolved` (both dates None).
    """

    start: date | None
    end: date | None
    kind: str


UNRESOLVED: Final = Resolution(None, None, "unresolved")


def iso(d: date | None) -> str | None:
    """Return `d` as an ISO date string (`YYYY-MM-DD`), or None for None."""
    return d.isoformat() if d is not None else None


@lru_cache(maxsize=8192)
def resolve_period(
    text: str,
    ref: date | None = None,
    anchor: tuple[date, date] | None = None,
    country: str | None = None,
) -> Resolution:
    """Resolve a period phrase to its first and last day.

    Args:
        text: The phrase as written, e.g. "in the year to June 2014", "IN JANUARY",
            "from January to July this year", "a year earlier".
        ref: The reference (publication) date, for deictic phrases such as "this year",
            "last month" or a month written without its year.
        anchor: The period the sentence or paragraph is about (first and last day), for
            relative phrases such as "the previous quarter" or "the same period last year",
            and to place a month or quarter written without its year.
        country: ISO code of the country whose figures these are, for financial years
            ("2013/14", "FY24", "fiscal 2023-24"): April to March unless `FISCAL_YEARS`
            says otherwise.

    A month, quarter or half written without its year is the latest one starting on or
    before the anchor's end (with no anchor, on or before `ref`); the next one is taken
    instead when it is nearer the anchor and complete by `ref` ("in January" in a paragraph
    about December 1986, published March 1987, is January 1987). Bare "this year" with an
    anchor inside the reference year is that anchor ("prices rose this year but fell last
    year" about June 2014 is June 2014).

    Returns:
        The resolution; `kind` is `unresolved` (with both dates None) when the phrase is
        vague ("in early 2008", "currently") or cannot be read. Never raises on odd input.

    Examples:
        >>> resolve_period("in the three months to June 2014")
        Resolution(start=datetime.date(2014, 4, 1), end=datetime.date(2014, 6, 30), kind='absolute')
        >>> resolve_period("last October", ref=date(1987, 3, 3)).start
        datetime.date(1986, 10, 1)
    """
    try:
        if isinstance(ref, datetime):
            ref = ref.date()
        if anchor is not None:
            a0, a1 = anchor
            if isinstance(a0, datetime):
                a0 = a0.date()
            if isinstance(a1, datetime):
                a1 = a1.date()
            anchor = (a0, a1) if a0 <= a1 else None
        found = _Resolver(ref, anchor, country).resolve(_normalize(text))
    except Exception:  # odd input must never break extraction
        return UNRESOLVED
    if found is None:
        return UNRESOLVED
    (start, end), kind = found
    if start > end:
        return UNRESOLVED
    return Resolution(start, end, kind)


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


def _normalize(text: str) -> str:
    """Lower-case, unify dashes and spacing, drop commas, dots after months and possessives."""
    t = text.lower().replace("\u2019", "'")
    t = re.sub(r"[\u2010-\u2015\u2212]", "-", t)
    t = re.sub(r"'s?\b", "", t)
    t = re.sub(r"\b(" + _MON + r")\.", r"\1", t)
    t = re.sub(r"\bvs\.", "vs", t)
    t = t.replace(",", " ")
    t = re.sub(r"\s*-\s*", "-", t)
    t = re.sub(r"\s+", " ", t)
    # Q4-2024, Q1/2024, H1-2024 -> "q4 2024"; 2Q14 -> "q2 2014".
    t = re.sub(r"\b([qh][1-4])[-/](\d{4})\b", r"\1 \2", t)
    t = re.sub(r"\b([1-4])([qh])[- ]?(\d{4})\b", r"\2\1 \3", t)
    t = re.sub(r"\b([1-4])([qh])(\d{2})\b", lambda m: f"{m[2]}{m[1]} {_century(m[3])}", t)
    t = re.sub(r"\b([1-4])([qh])\b", r"\2\1", t)
    t = re.sub(r"\bqtr\b\.?", "quarter", t)
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


def _is_month_end(d: date) -> bool:
    """Whether `d` is the last day of its month."""
    return (d + timedelta(days=1)).day == 1


def _shift_day(d: date, months: int, to_month_end: bool) -> date:
    """Move a day by whole months, clamping to (or keeping) the month's end."""
    year, m0 = divmod(_month_index(d) + months, 12)
    last = calendar.monthrange(year, m0 + 1)[1]
    return date(year, m0 + 1, last if to_month_end else min(d.day, last))


def _shift(span: Span, months: int) -> Span:
    """Move a span by whole months, keeping month ends at month ends."""
    start, end = span
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


@lru_cache(maxsize=4096)
def _parse_month_year(text: str) -> tuple[int, int] | None:
    """Read "june 2014" / "sept 2014" as (year, month), None when it is not one."""
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
    parsed = _dateparser().parse(
        text,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month"], "RELATIVE_BASE": _BASE, "DATE_ORDER": "DMY"},
    )
    return parsed.date() if parsed is not None else None


# --- units: a month, day, quarter, half, year or "first N months", maybe without its year --


@dataclass(frozen=True)
class _Unit:
    """A calendar unit as written: `size` and `index` place it inside any given year."""

    kind: str  # month, quarter, half, year, first_months, day
    index: int = 1  # month number, quarter, half or N of "the first N months"
    day: int = 0
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
    ("first_months", re.compile(r"^(?:the )?first (?P<n>\w+) months" + _YSUF + "$")),
    ("year", re.compile(r"^(?:the )?(?:calendar )?(?:year )?(?P<year>\d{4})$")),
]


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
        if kind == "first_months" and not 1 <= n <= 12:
            return None
        return _Unit(kind, index=n, year=written, year_offset=offset)
    return None


# --- the resolver -------------------------------------------------------------------------

Found = tuple[Span, str]

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
    r"(?:[-/](?P<y2>\d{4}|\d{2}))?(?P<tail> (?:fiscal|financial) year)?$"
)
# Financial years of governments: (first month, whether a single-year label names the year
# it starts in). "FY24" in India ends in March 2024; Japan's "fiscal 2023" starts in April 2023.
FISCAL_YEARS: Final = {
    "GB": (4, False), "IN": (4, False), "CA": (4, False), "JP": (4, True),
    "AU": (7, False), "NZ": (7, False), "US": (10, False),
}  # fmt: skip
_AS_OF: Final = re.compile(r"^as (?:of|at)\s+(?P<rest>.+)$")
_BETWEEN: Final = re.compile(r"^between (?P<x>.+?) and (?P<y>.+)$")
_FROM_TO: Final = re.compile(r"^from (?P<x>.+?) (?:to|until|till|through|up to) (?P<y>.+)$")
_RANGE: Final = re.compile(r"^(?P<x>.+?)(?:-| to | until | till | through | thru )(?P<y>.+)$")
_MONTHS_TO: Final = re.compile(
    r"^(?:the )?(?:(?:past|last|latest|previous) )?(?:(?P<n>\w+)[- ])?"
    r"(?P<unit>months?|years?|quarters?|weeks?)(?: period)? "
    r"(?:to|ending|ended|through|up to)(?: in| on)? (?P<x>.+)$"
)
_YEAR_TO_DATE: Final = re.compile(r"^(?:the )?year[- ]to[- ]date$|^so far (?:this|in the) year$")
_SHIFT_SUFFIX: Final = re.compile(
    r"^(?P<x>.+?) (?:of |in )?(?:(?P<n>a|one|two|three) years? (?:ago|earlier|before|"
    r"previously)|last year|the previous year|the prior year|the preceding year|"
    r"the year before)$"
)
_SAME_IN_YEAR: Final = re.compile(
    r"^(?P<x>the (?:same|corresponding) .+?) (?:of |in )(?P<y>\d{4})$"
)
_SAME: Final = re.compile(
    r"^(?:the )?(?:same|corresponding) (?:\w+ )?(?:period|periods|months?|quarters?|time|"
    r"weeks?|days?|year)$|^(?:this|that|the) (?:\w+ )?period$"
)
_YEAR_AGO: Final = re.compile(
    r"^(?:the )?(?P<unit>year|month|quarter)-(?:earlier|ago) (?:period|month|quarter|level|"
    r"figure)$|^(?:a|one|the) (?P<unit2>year|month|quarter) (?:earlier|ago|before|previously)$"
)
_PREVIOUS: Final = re.compile(
    r"^(?:the )?(?:previous|prior|preceding) (?P<unit>month|quarter|year)$"
)
_PREVIOUS_N: Final = re.compile(
    r"^(?:the )?(?:previous|prior|preceding) (?P<n>\w+) (?P<unit>months|quarters|years)$"
)
_DEICTIC: Final = re.compile(
    r"^(?P<which>this|last|next|the current|current|the next|the coming) "
    r"(?P<unit>month|quarter|year)$"
)
_LATEST: Final = re.compile(
    r"^(?:the )?(?P<which>latest|most recent|current|reference|reporting)? ?"
    r"(?:(?:full|whole|entire) )?(?P<unit>month|quarter|year)$"
)
_LAST_N: Final = re.compile(
    r"^(?:the )?(?:last|past|latest) (?P<n>\w+) (?P<unit>years|months|quarters)$"
    r"|^(?:the )?(?:last|past) (?P<one>year|month|quarter|twelve months|12 months)$"
)
_NAMED_MONTH: Final = re.compile(rf"^(?P<which>last|this|next) (?P<mon>{_MON})$")


class _Resolver:
    """The phrase grammar, bound to one reference date and anchor."""

    def __init__(self, ref: date | None, anchor: Span | None, country: str | None = None) -> None:
        """Bind the reference date, the anchor period and the country of the figures."""
        self.ref = ref
        self.anchor = anchor
        self.country = country

    def resolve(self, t: str, depth: int = 0) -> Found | None:
        """Resolve a normalized phrase; None when it cannot be resolved."""
        if not t or depth > 8 or _VAGUE.search(t):
            return None
        t = re.sub(r"^when ", "", t)
        for rule in (
            self._between,
            self._from_to,
            self._comparison,
            self._point,
            self._fiscal,
            self._plain_prefix,
            self._months_to,
            self._relative,
            self._deictic,
            self._list,
            self._unit,
            self._range,
        ):
            found = rule(t, depth + 1)
            if found is not False:
                return found
        return None

    # Each rule returns False when it does not apply, else its result (None: unresolvable).

    def _between(self, t: str, depth: int) -> Found | Literal[False] | None:
        """Read "between X and Y": the later of two consecutive periods, else X..Y."""
        m = _BETWEEN.match(t)
        if m is None:
            if t.startswith("between "):  # "between the same two months in 2013"
                return self.resolve(t[len("between ") :], depth)
            return False
        pair = self._pair(m["x"], m["y"], depth)
        if pair is None:
            return None
        (x, kx), (y, ky) = pair
        kind = _worst(kx, ky)
        if x[1] + timedelta(days=1) == y[0] or x == _shift(y, -12):
            return y, kind  # a change between consecutive periods refers to the later
        return (min(x[0], y[0]), max(x[1], y[1])), kind

    def _from_to(self, t: str, depth: int) -> Found | Literal[False] | None:
        """Read "from X to Y": the first day of X to the last day of Y."""
        m = _FROM_TO.match(t)
        if m is None:
            return False
        pair = self._pair(m["x"], m["y"], depth)
        if pair is None:
            return False  # "from peak to trough in 2009": try the other readings
        (x, kx), (y, ky) = pair
        return (x[0], y[1]), _worst(kx, ky)

    def _range(self, t: str, depth: int) -> Found | Literal[False] | None:
        """Read "X to Y", "X-Y": the first day of X to the last day of Y."""
        m = _RANGE.match(t)
        if m is None:
            return False
        pair = self._pair(m["x"], m["y"], depth)
        if pair is None:
            return None
        (x, kx), (y, ky) = pair
        return (x[0], y[1]), _worst(kx, ky)

    def _pair(self, xs: str, ys: str, depth: int) -> tuple[Found, Found] | None:
        """Resolve the two ends of a range; an end without its year takes the other's."""
        xs, ys = _strip_plain(xs), _strip_plain(ys)
        xu, yu = _parse_unit(xs), _parse_unit(ys)
        x_bare = xu is not None and xu.year is None and xu.year_offset is None
        y_bare = yu is not None and yu.year is None and yu.year_offset is None
        if x_bare:  # "from January to July (this year)": January of July's year
            y = self.resolve(ys, depth)
            if y is None or xu is None:
                return None
            year = y[0][1].year
            span = xu.in_year(year)
            if span[0] > y[0][0]:
                span = xu.in_year(year - 1)
            return (span, y[1]), y
        if y_bare:
            x = self.resolve(xs, depth)
            if x is None or yu is None:
                return None
            year = x[0][0].year
            span = yu.in_year(year)
            if span[1] < x[0][1]:
                span = yu.in_year(year + 1)
            return x, (span, x[1])
        x, y = self.resolve(xs, depth), self.resolve(ys, depth)
        if x is None or y is None:
            return None
        return x, y

    def _comparison(self, t: str, depth: int) -> Found | Literal[False] | None:
        """Read "compared with X", "from X", "since X": the change rule of RECORDS.md."""
        m = _COMPARISON.match(t)
        if m is None:
            return False
        found = self.resolve(m["rest"], depth)
        if found is None:
            return None
        span, kind = found
        if t.startswith(("on ", "over ")) and kind != "relative":
            return found  # "over the last five years", "on 30 June 2014": not comparisons
        if self.anchor is None:
            return found
        anchor = self.anchor
        if (
            span == anchor
            or span == _shift(anchor, -12)
            or (span[1] + timedelta(days=1) == anchor[0] and _months_in(span) == _months_in(anchor))
        ):
            return anchor, "relative"  # a change between consecutive periods: the later one
        if span[0] <= anchor[1]:
            return (span[0], anchor[1]), "relative"  # from an earlier point to now
        return found

    def _point(self, t: str, depth: int) -> Found | Literal[False] | None:
        """Read "as of X", "at the end of X": the last (or first) day of X."""
        m = _POINT.match(t)
        if m is not None:
            found = self.resolve(m["rest"], depth)
            if found is None:
                return None
            (start, end), kind = found
            day = start if m["edge"] in ("start", "beginning") else end
            return (day, day), kind
        m = _AS_OF.match(t)
        if m is not None:
            found = self.resolve(m["rest"], depth)
            if found is None:
                return None
            (_, end), kind = found
            return (end, end), kind
        return False

    def _fiscal(self, t: str, depth: int) -> Found | Literal[False] | None:
        """Read a financial year ("2013/14", "FY24", "fiscal 2023-24") or a span of years
        written with a short end ("1986-90")."""
        m = _FISCAL.match(t)
        if m is None or not (m["word"] or m["tail"] or m["y2"]):
            return False
        if not (m["word"] or m["tail"]) and len(m["y"]) != 4:
            return False
        first = int(m["y"]) if len(m["y"]) == 4 else int(_century(m["y"]))
        start_month, names_start = FISCAL_YEARS.get(self.country or "", (4, False))
        if m["y2"]:
            last = int(m["y2"]) if len(m["y2"]) == 4 else first // 100 * 100 + int(m["y2"])
            if last < first:
                last += 100
            if last != first + 1:
                if m["word"] or m["tail"]:
                    return None
                return (date(first, 1, 1), date(last, 12, 31)), "absolute"
        elif not names_start:
            first -= 1  # "FY24" in India or Australia ends in 2024
        begin = (first * 12 + start_month - 1) if start_month > 1 else first * 12
        return _months_span(begin, begin + 11), "absolute"

    def _plain_prefix(self, t: str, depth: int) -> Found | Literal[False] | None:
        """Read "in X", "for X", "during X": X."""
        m = _PLAIN_PREFIX.match(t)
        return False if m is None else self.resolve(m["rest"], depth)

    def _months_to(self, t: str, depth: int) -> Found | Literal[False] | None:
        """Read "the three months to June 2014", "the year to June", "year to date"."""
        if _YEAR_TO_DATE.match(t):
            end = self.anchor[1] if self.anchor else self.ref
            if end is None:
                return None
            return (date(end.year, 1, 1), end), "relative" if self.anchor else "deictic"
        m = _MONTHS_TO.match(t)
        if m is None:
            return False
        found = self.resolve(m["x"], depth)
        if found is None:
            return None
        (_, end), kind = found
        unit = m["unit"].rstrip("s")
        n = 1 if m["n"] is None else _number(m["n"])
        if n is None or n < 1:
            return None
        if unit == "week":
            return (end - timedelta(days=7 * n - 1), end), kind
        months = n * _UNIT_MONTHS[unit]
        if months == 12:  # "in the year to June": a 12-month rate refers to June
            return _month_span_at(_month_index(end)), kind
        last = _month_index(end)
        return _months_span(last - months + 1, last), kind

    def _relative(self, t: str, depth: int) -> Found | Literal[False] | None:
        """Phrases counted from the anchor: "a year earlier", "the previous quarter"."""
        anchor, ref = self.anchor, self.ref
        m = _SAME_IN_YEAR.match(t)
        if m is not None:
            found = self.resolve(m["x"], depth)
            if found is None:
                return None
            span = found[0]
            return _shift(span, 12 * (int(m["y"]) - span[1].year)), "relative"
        m = _SHIFT_SUFFIX.match(t)
        if m is not None and _parse_unit(t) is None:
            found = self.resolve(m["x"], depth)
            if found is None:
                return None
            years = _number(m["n"]) if m["n"] else 1
            kind = "relative" if found[1] == "relative" else _worst(found[1], "deictic")
            return _shift(found[0], -12 * (years or 1)), kind
        if _SAME.match(t):
            return None if anchor is None else (anchor, "relative")
        m = _YEAR_AGO.match(t)
        if m is not None:
            if anchor is None:
                return None
            unit = m["unit"] or m["unit2"]
            return _shift(anchor, -_UNIT_MONTHS[unit]), "relative"
        m = _PREVIOUS.match(t)
        if m is not None:
            if anchor is not None:
                return _unit_span(anchor[0], m["unit"], -1), "relative"
            return None if ref is None else (_unit_span(ref, m["unit"], -1), "deictic")
        m = _PREVIOUS_N.match(t)
        if m is not None:
            n = _number(m["n"])
            base = anchor[0] if anchor is not None else ref
            if not n or base is None:
                return None
            size = _UNIT_MONTHS[m["unit"].rstrip("s")]
            first = _month_index(_unit_span(base, m["unit"].rstrip("s"))[0])
            return _months_span(first - n * size, first - 1), (
                "relative" if anchor is not None else "deictic"
            )
        return False

    def _deictic(self, t: str, depth: int) -> Found | Literal[False] | None:
        """Phrases counted from the reference date: "this year", "last October"."""
        anchor, ref = self.anchor, self.ref
        if t == "this year" and anchor is not None:
            year = anchor[1].year
            if anchor[0].year == year and (ref is None or ref.year == year):
                return anchor, "relative"  # "higher this year than last year": this year's
        m = _DEICTIC.match(t)
        if m is not None:
            if ref is None:
                return None
            offset = {"last": -1, "next": 1, "the next": 1}
            step = offset.get(m["which"], 1 if m["which"] == "the coming" else 0)
            return _unit_span(ref, m["unit"], step), "deictic"
        m = _NAMED_MONTH.match(t)
        if m is not None:
            if ref is None:
                return None
            month, here = _MONTHS[m["mon"]], _month_index(ref)
            year = ref.year
            if m["which"] == "last" and year * 12 + month - 1 >= here:
                year -= 1
            elif m["which"] == "next" and year * 12 + month - 1 <= here:
                year += 1
            return _month_span_at(year * 12 + month - 1), "deictic"
        m = _LATEST.match(t)
        if m is not None:
            unit = m["unit"]
            if anchor is not None:
                return _unit_span(anchor[1], unit), "relative"
            if ref is None:
                return None
            complete = m["which"] in ("latest", "most recent")
            return _unit_span(ref, unit, -1 if complete else 0), "deictic"
        m = _LAST_N.match(t)
        if m is not None:
            if m["one"]:
                n, unit = 1, m["one"] if m["one"] in _UNIT_MONTHS else "year"
            else:
                n, unit = _number(m["n"]) or 0, m["unit"].rstrip("s")
            if n < 1:
                return None
            if ref is not None:
                size = 1 if unit == "year" else _UNIT_MONTHS[unit]
                last = _month_index(_unit_span(ref, "month" if size == 1 else unit)[0]) - 1
                kind = "deictic"
            elif anchor is not None:
                last, kind = _month_index(anchor[1]), "relative"
            else:
                return None
            return _months_span(last - n * _UNIT_MONTHS[unit] + 1, last), kind
        return False

    def _list(self, t: str, depth: int) -> Found | Literal[False] | None:
        """Read "Q4-2024 and Q1-2024": from the earliest to the latest part."""
        if " and " not in t:
            return False
        parts = [self.resolve(p, depth) for p in t.split(" and ")]
        found = [p for p in parts if p is not None]
        if len(found) != len(parts):
            return None
        return (
            (min(p[0][0] for p in found), max(p[0][1] for p in found)),
            _worst(*(p[1] for p in found)),
        )

    def _unit(self, t: str, depth: int) -> Found | Literal[False] | None:
        """A single month, day, quarter, half or year, with or without its year."""
        unit = _parse_unit(t)
        if unit is None:
            return False
        if unit.year is not None:
            return unit.in_year(unit.year), "absolute"
        if unit.year_offset is not None:
            base = self.ref or (self.anchor[1] if self.anchor else None)
            if base is None:
                return None
            return unit.in_year(base.year + unit.year_offset), "deictic"
        return self._place(unit)

    def _place(self, unit: _Unit) -> Found | None:
        """Place a unit written without its year near the anchor, else before `ref`."""
        anchor, ref = self.anchor, self.ref
        pivot = anchor[1] if anchor is not None else ref
        if pivot is None:
            return None
        spans = []
        for year in range(pivot.year - 2, pivot.year + 2):
            try:
                spans.append(unit.in_year(year))
            except ValueError:  # 29 February in a common year
                continue
        before = [s for s in spans if s[0] <= pivot]
        if not before:
            return None
        best = before[-1]
        if anchor is not None and ref is not None:
            # "in January" in a paragraph about December 1986 means January 1987,
            # when that month is complete by the reference date and nearer the anchor.
            later = [s for s in spans if s[0] > best[0] and s[1] <= ref]
            if later and _gap(later[0], anchor) < _gap(best, anchor):
                best = later[0]
        return best, "deictic"


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
