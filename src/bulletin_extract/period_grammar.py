"""The grammar that turns a normalized period phrase into its first and last day."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final, Literal

from .period_calendar import (  # the grammar's own vocabulary, private to the package
    _AS_OF,
    _BETWEEN,
    _COMPARISON,
    _DEICTIC,
    _FROM_TO,
    _LAST_N,
    _LATEST,
    _MON,
    _MONTHS,
    _MONTHS_TO,
    _NAMED_MONTH,
    _ORDINALS,
    _PLAIN_PREFIX,
    _POINT,
    _PREVIOUS,
    _PREVIOUS_N,
    _RANGE,
    _SAME,
    _SAME_IN_YEAR,
    _SHIFT_SUFFIX,
    _SO_FAR,
    _THIS_WEEK,
    _UNIT_MONTHS,
    _UNITS_AGO,
    _VAGUE,
    _WEEKDAY,
    _WEEKDAYS,
    _YEAR_AGO,
    _YEAR_TO_DATE,
    Span,
    _is_month_end,
    _month_index,
    _month_span_at,
    _months_in,
    _months_span,
    _number,
    _parse_unit,
    _shift,
    _shift_day,
    _strip_plain,
    _thirteen_weeks_to,
    _Unit,
    _unit_span,
    _whole_months,
    _worst,
    fiscal_year,
)
from .period_company import CompanyCalendar
from .period_parts import (
    _PART_OF,
    _SAME_YEAR_PERIOD,
    _financial_year,
    _part_of_year,
    _place_unit,
    _spelled_out,
    _with_month,
)

Found = tuple[Span, str]


# A week back: "the prior week", "a week earlier", "last week".
_WEEK_BACK: Final = re.compile(
    r"^(?:(?:the )?(?:previous|prior|preceding) week|(?:a|one) week (?:earlier|ago|before)"
    r"|the week (?:earlier|before)"
    r"|last week)$"
)
# Two weeks back from the period in hand: "against 11.3 per cent two weeks earlier".
_TWO_WEEKS_BACK: Final = re.compile(r"^(?:two|2) weeks (?:earlier|ago|before)$")
# Days counted back from the day of writing: "the past week", "the past two weeks".
_PAST_DAYS: Final = re.compile(r"^(?:the )?past (?:(?P<n>\w+) )?(?P<unit>weeks?|days)$")
# A quarter or half of a financial year written as a label: "Q1FY26", "H1 FY26", "H1 2025-26".
_FISCAL_PART_LABEL: Final = re.compile(
    r"\b([qh][1-4]) ?(?:of |, ?)?(fy'?\d|(?:19|20)\d\d[-/]\d\d\b)"
)
# "(the same period) last fiscal", "of the previous financial year": a year back.
_SAME_PERIOD_FISCAL: Final = re.compile(
    r"(?<=period )((?:of |in )?(?:the )?)(last|previous|prior|preceding) "
    r"(?:fiscal|financial)(?: year)?$"
)
# The same part of a year written with the year first: "against 6.6 billion in the same 1986
# quarter" is the same quarter of 1986.
_SAME_YEAR_FIRST: Final = re.compile(
    r"\bthe (same|corresponding) (\d{4}) (quarter|month|period|week|half|months|weeks)\b"
)
# A deadline by a month: "to ease to 4% by June", "by December 2026".
_BY_MONTH: Final = re.compile(rf"^by (?P<rest>(?:{_MON})\w*(?: \d{{4}})?)$")
# A quarter named alone, without its year: "in Q3", "during Q2".
_BARE_QUARTER: Final = re.compile(r"^(?:in |for |during |the )?q(?P<n>[1-4])$")
# "fiscal" before a quarter's ordinal, with its owner: "its fiscal second quarter".
_FISCAL_ORDINAL_QUARTER: Final = re.compile(
    r"\b(?:(?:its|their) )?fiscal (?=(?:first|second|third|fourth|final|1st|2nd|3rd|4th)"
    r"[- ]?quarter\b)"
)
# Countries whose bare quarters are quarters of the financial year ("Q3" is October-December).
_FISCAL_QUARTER_COUNTRIES: Final = frozenset({"IN"})
# The fortnight before: "the previous fortnight".
_FORTNIGHT_BACK: Final = re.compile(r"^(?:the )?(?:previous|prior|preceding) fortnight$")
# The week or fortnight in hand: "during the week".
_THE_WEEK: Final = re.compile(
    r"^(?:the )?(?:(?:latest|most recent|current|reporting) )?(?P<unit>week|fortnight)$"
)
# The middle of a year written as one word: "in mid-2025", "from mid-2024".
_MID_YEAR: Final = re.compile(r"^(?:(?:in|at|from|since|by|to|until|as of) )?mid-(\d{4})$")
# The day named last: "On the same date, Denmark (1,712 EUR/1000 litres) ...".
_SAME_DAY: Final = re.compile(r"^(?:the )?same (?:date|day)$")
# The holiday named last: "during the seven-day National Day holiday from October 1 to 7, 2024
# ... Passenger trips during the holiday averaged".
_THE_HOLIDAY: Final = re.compile(
    r"^(?:the )?(?:holidays?|festival|(?:holiday|festive) (?:period|week|season))$"
)
# A month range written as one word, with "period": "the July-through-September period".
_HYPHENATED_RANGE: Final = re.compile(
    rf"(?:the )?\b({_MON})-(?:through|to|thru)-({_MON})(?: period| quarter)?$"  # dashes unified
)
# The period of the same length just before the one in hand: "in the previous period".
_PERIOD_BEFORE: Final = re.compile(r"^(?:the )?(?:previous|prior|preceding) period$")
# Days named from the day of writing.
_DAY_WORDS: Final = {"yesterday": -1, "today": 0, "tomorrow": 1}


#: "the current fiscal year", "this financial year", "the full fiscal year", "the previous
#: financial year": a financial year named by where it stands, not by its label; "fiscal"
#: alone stands for it too ("this fiscal", "last fiscal", "the current fiscal").
_RUNNING_FISCAL_YEAR: Final = re.compile(
    r"^(?P<det>the|this|its|their|last|next) (?:(?P<which>current|full|whole|entire|previous|"
    r"last|next|coming) )?(?:fiscal(?: year)?|financial year)$"
)
#: "the first eight months of the fiscal year", "the first half of this fiscal": a part of
#: the financial year now running.
_OF_THIS_FISCAL_YEAR: Final = re.compile(
    r"^(?P<part>.+?) of (?:the|this|the current) (?:fiscal(?: year)?|financial year)$"
)


#: "the first half of the month": a half of the month named before.
_HALF_OF_THE_MONTH = re.compile(r"^(?:the )?(?P<ord>first|second|1st|2nd) half of the month$")


class _Resolver:
    """The phrase grammar, bound to one reference date and anchor."""

    def __init__(
        self,
        ref: date | None,
        anchor: Span | None,
        country: str | None = None,
        company: CompanyCalendar | None = None,
        season: int | None = None,
    ) -> None:
        """Bind the reference date, the anchor period, the country of the figures, the
        fiscal calendar of the company reporting them and the first month of the season of
        the farm product they are about, if any."""
        self.ref = ref
        self.anchor = anchor
        self.country = country
        self.company = company
        self.season = season

    def resolve(self, t: str, depth: int = 0) -> Found | None:
        """Resolve a normalized phrase; None when it cannot be resolved."""
        mid_year = _MID_YEAR.match(t)
        if mid_year is not None:
            # "estimated at 69.4 million in mid-2025": the middle of the year, 30 June (the
            # reference day of mid-year population estimates)
            day = date(int(mid_year.group(1)), 6, 30)
            return (day, day), "absolute"
        if not t or depth > 8 or _VAGUE.search(t):
            return None
        if self.company is not None:
            span = self.company.resolve(t, self.anchor)
            if span is not None:
                return span, "absolute"  # "fiscal 2026", "the fiscal third quarter"
        # "the fiscal third quarter" of a company whose calendar the text does not fix: as
        # written without "fiscal"
        t = _FISCAL_ORDINAL_QUARTER.sub(lambda m: "" if m.group() == "fiscal " else "the ", t)
        t = _HYPHENATED_RANGE.sub(r"\1 through \2", t)  # "the july-through-september period"
        t = _spelled_out(re.sub(r"^when ", "", t))
        t = _FISCAL_PART_LABEL.sub(r"\1 of \2", t)  # "q1fy26", "q1 fy26": "q1 of fy26"
        # "the corresponding period last fiscal", "the same period of the previous financial
        # year": the same months a year back, whatever year they fall in
        t = _SAME_PERIOD_FISCAL.sub(r"\1\2 year", t)
        t = _SAME_YEAR_FIRST.sub(r"the \1 \3 of \2", t)  # "the same 1986 quarter"
        for rule in (
            self._half_of_the_month,
            self._fiscal_quarter,
            self._between,
            self._from_to,
            self._comparison,
            self._point,
            self._fiscal,
            self._running_fiscal_year,
            self._fiscal_part,
            self._so_far,
            self._plain_prefix,
            self._months_to,
            self._week,
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

    def _half_of_the_month(self, t: str, depth: int) -> Found | Literal[False] | None:
        """Read "the first half of the month": a half of the month named before (the 1st to
        the 15th, or the 16th to its end)."""
        m = _HALF_OF_THE_MONTH.match(t)
        if m is None:
            return False
        if self.anchor is None:
            return None
        end = self.anchor[1]
        half = _Unit("half_month", index=end.month, day=_ORDINALS[m["ord"]])
        return half.in_year(end.year), "relative"

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
        xs, ys = _with_month(_strip_plain(xs), _strip_plain(ys))
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
        """Read "as of X", "at the end of X": the last (or first) day of X; "by June" (a
        deadline) as "by the end of June"."""
        by_month = _BY_MONTH.match(t)
        if by_month is not None:
            t = f"by the end of {by_month['rest']}"
        m = _POINT.match(t)
        if m is not None:
            found = self.resolve(m["rest"], depth)
            if found is None:
                return None
            (start, end), kind = found
            day = start if m["edge"] in ("start", "beginning") else end
            ref = self.ref
            deadline = t.startswith("by ") and m["rest"] in _MONTHS
            if kind == "deictic" and ref is not None and deadline:
                # A deadline: "to slow to five pct by the end of June" written in March is this
                # June, ahead; the nearer of the two Junes.
                start, end = _month_span_at(_month_index(start) + 12)
                ahead = start if m["edge"] in ("start", "beginning") else end
                if day < ref and (ahead - ref) < (ref - day):
                    day = ahead
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
        found = _financial_year(t, self.country, self.season)
        return found if found is None or found is False else (found, "absolute")

    def _running_fiscal_year(self, t: str, depth: int) -> Found | Literal[False] | None:
        """Read a financial year named by where it stands, in the financial year of the
        country of the figures: "the current fiscal year", "this financial year" (the one
        running at the reference date), "next fiscal year" (the one after it), "the fiscal
        year", "the full financial year" (the one holding the period the sentence is about,
        else the running one), "the previous financial year" (the one before that)."""
        m = _RUNNING_FISCAL_YEAR.match(t)
        if m is None:
            return False
        which = m["which"] or m["det"]
        deictic = which in ("current", "this", "next", "coming", "last") or self.anchor is None
        at = self.ref if deictic else self.anchor[1] if self.anchor else None
        if at is None:
            return None
        start_month = fiscal_year(self.country)[0]
        first = at.year if at.month >= start_month else at.year - 1
        first += {"next": 1, "coming": 1, "last": -1, "previous": -1}.get(which, 0)
        begin = date(first, start_month, 1)
        end = date(first + 1, start_month, 1) - timedelta(days=1)
        return (begin, end), "deictic" if deictic else "relative"

    def _fiscal_quarter(self, t: str, depth: int) -> Found | Literal[False] | None:
        """A bare quarter in Indian figures ("in Q3"): the quarter of the financial year,
        the latest one begun by the anchor or the reference date (Q3 is October-December)."""
        m = _BARE_QUARTER.match(t)
        if m is None or self.country not in _FISCAL_QUARTER_COUNTRIES:
            return False
        at = self.anchor[1] if self.anchor else self.ref
        if at is None:
            return None
        start_month = fiscal_year(self.country)[0]
        index = at.year * 12 + start_month - 1 + 3 * (int(m["n"]) - 1)  # months since year 0
        while index > at.year * 12 + at.month - 1:
            index -= 12  # not begun yet: the same quarter a year back
        first = date(index // 12, index % 12 + 1, 1)
        after = index + 3
        end = date(after // 12, after % 12 + 1, 1) - timedelta(days=1)
        return (first, end), "deictic"

    def _fiscal_part(self, t: str, depth: int) -> Found | Literal[False] | None:
        """Read a part of a financial year: "the first seven months of fiscal 1986/87",
        "the april-february period of 2024-25", "the same period of 1985/86"."""
        current = _OF_THIS_FISCAL_YEAR.match(t)
        if current is not None:  # "the first eight months of the fiscal year": the current one
            at = self.anchor[1] if self.anchor else self.ref
            if at is None:
                return None
            start_month = fiscal_year(self.country)[0]
            first = at.year if at.month >= start_month else at.year - 1
            begin = date(first, start_month, 1)
            end = date(first + 1, start_month, 1) - timedelta(days=1)
            found = _part_of_year(current["part"], (begin, end), self.anchor)
            if found is None:
                # "between April 1 and January 11 of the current financial year": the days
                # placed inside that year
                inner = _Resolver(self.ref, (begin, end), self.country, self.company, self.season)
                days = inner.resolve(current["part"], depth)
                if days is not None and begin <= days[0][0] <= days[0][1] <= end:
                    return days[0], "deictic"
            return None if found is None else (found[0], "deictic")
        same = _SAME_YEAR_PERIOD.match(t)  # "the same 1986 period": in calendar 1986
        if same is not None and same[1].isdigit():
            y = int(same[1])
            found = _part_of_year("the same period", (date(y, 1, 1), date(y, 12, 31)), self.anchor)
            return False if found is None else (found[0], "relative")
        t = _SAME_YEAR_PERIOD.sub(r"the same period of \1", t)
        m = _PART_OF.match(t)
        if m is None:
            return False
        year = self._fiscal(m["year"], depth)
        if not year:
            return False
        found = _part_of_year(m["part"], year[0], self.anchor)
        if found is None:
            return False
        span, counted = found
        return span, "relative" if counted else "absolute"

    def _so_far(self, t: str, depth: int) -> Found | Literal[False] | None:
        """Read "so far this year", "so far in September", "so far this week": from the
        period's start to the day of writing (the reference date)."""
        m = _SO_FAR.match(t)
        if m is None:
            return False
        ref = self.ref
        if m["rest"] is None:
            end = ref or (self.anchor[1] if self.anchor else None)
            return None if end is None else ((date(end.year, 1, 1), end), "deictic")
        found = self.resolve(m["rest"], depth)
        if found is None:
            return None
        (start, end), kind = found
        if ref is not None and start <= ref < end:
            end = ref
        return (start, end), kind

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
        if unit == "year" and m["n"] in ("financial", "fiscal"):
            last = _month_index(end)
            if m["link"] in ("ending", "ended"):
                # "the financial year ending March 2015": the twelve months, not the last one
                if self._year_still_running(m["link"], end, kind):
                    last += 12
                return _months_span(last - 11, last), kind
            # "the financial year to October 2025": from the start of the country's financial
            # year to that month (April to October in Britain); to its last month, all twelve
            first = last - (end.month - fiscal_year(self.country)[0]) % 12
            return _months_span(first, last), kind
        n = 1 if m["n"] is None else _number(m["n"])
        if n is None or n < 1:
            return None
        if unit in ("week", "fortnight"):  # "the fortnight ended October 3": 14 days
            days = 7 * n * (2 if unit == "fortnight" else 1)
            return (end - timedelta(days=days - 1), end), kind
        months = n * _UNIT_MONTHS[unit]
        if months == 12 and m["link"] not in ("ending", "ended"):
            # "in the year to June": a 12-month rate refers to June (but "the year ending June
            # 2025" names the twelve months, as the fiscal year ending March does) ...
            start = found[0][0]
            if _month_index(end) - _month_index(start) == 2 and start.month % 3 == 1:
                return found  # ... and one "in the year to Quarter 3 2024" to that quarter
            return _month_span_at(_month_index(end)), kind
        if unit == "quarter" and n == 1 and found[0][0] == end and not _is_month_end(end):
            return _thirteen_weeks_to(end), kind  # "the quarter ended Nov. 2": a retailer's
        if months < 12 and found[0][0] == end and not _is_month_end(end):
            # "for the month to Dec. 14": the month that ends on that day, from Nov. 15
            return (_shift_day(end, -months, False) + timedelta(days=1), end), kind
        last = _month_index(end)
        return _months_span(last - months + 1, last), kind

    def _year_still_running(self, link: str, end: date, kind: str) -> bool:
        """Whether "the fiscal year ending in June", written without its year, is the one
        still running rather than the one whose June came last: so when that June is more
        than a quarter before the day of writing (a year's results are out within a quarter
        of its close); "the fiscal year ended in June" is always the one past."""
        return (
            link == "ending"
            and kind == "deictic"
            and self.ref is not None
            and (self.ref - end).days > 92
        )

    def _week(self, t: str, depth: int) -> Found | Literal[False] | None:
        """Read "the prior week", "a week earlier" (the week before a week the sentence is
        about), "a week ago" (the day a week before the day of writing) and "last week" (the
        Monday-to-Sunday week before the one of writing)."""
        if _FORTNIGHT_BACK.match(t) is not None:
            # "the previous fortnight": the 14 days before the fortnight the sentence is about
            if self.anchor is None:
                return None
            end = self.anchor[1] - timedelta(days=14)
            return (end - timedelta(days=13), end), "relative"
        past = _PAST_DAYS.match(t)
        if past is not None:
            # "over the past week", "in the past two weeks": the days up to the day of writing
            n = _number(past["n"]) if past["n"] else (None if past["unit"].endswith("s") else 1)
            if not n or self.ref is None:  # (not "in past weeks")
                return None
            days = n * (7 if past["unit"].startswith("week") else 1)
            return (self.ref - timedelta(days=days), self.ref), "deictic"
        if _TWO_WEEKS_BACK.match(t) is not None:
            if self.anchor is None:
                return None
            back = timedelta(days=14)  # the day, week or fortnight two weeks before
            return (self.anchor[0] - back, self.anchor[1] - back), "relative"
        if _WEEK_BACK.match(t) is None:
            return False
        anchor, ref = self.anchor, self.ref
        week = timedelta(days=7)
        if ref is not None and t.endswith(" ago"):
            # "down from 50% a week ago": a week before the day of writing, whatever the
            # sentence is about
            return (ref - week, ref - week), "deictic"
        if ref is not None and t != "last week" and anchor is not None and anchor[0] > ref:
            # "odds of a cut in December, down from 50% a week earlier": no week before a time
            # still ahead; a week before the day of writing
            return (ref - week, ref - week), "relative"
        if t != "last week" and anchor is not None:
            if (anchor[1] - anchor[0]).days in (0, 6):  # a day or a week: the one before
                return (anchor[0] - week, anchor[1] - week), "relative"
            monday = anchor[1] - timedelta(days=anchor[1].weekday()) - week
            return (monday, monday + timedelta(days=6)), "relative"
        if ref is None:
            return None
        monday = ref - timedelta(days=ref.weekday()) - week
        return (monday, monday + timedelta(days=6)), "deictic"

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
        if _PERIOD_BEFORE.match(t):
            # "from 33.2% in the previous period" said of a quarter: the quarter before; of
            # a span of days, as many days before it
            if anchor is None:
                return None
            months = _whole_months(anchor)
            if months:
                first = _month_index(anchor[0])
                return _months_span(first - months, first - 1), "relative"
            days = anchor[1] - anchor[0] + timedelta(days=1)
            return (anchor[0] - days, anchor[0] - timedelta(days=1)), "relative"
        m = _YEAR_AGO.match(t)
        if m is not None:
            if anchor is None:
                return None
            unit = m["unit"] or m["unit2"]
            return _shift(anchor, -_UNIT_MONTHS[unit]), "relative"
        m = _UNITS_AGO.match(t)
        if m is not None:
            # "up from £11.9 billion three months earlier": the period in hand, that far back
            n = _number(m["n"])
            if anchor is None or not n:
                return None
            return _shift(anchor, -n * _UNIT_MONTHS[m["unit"].rstrip("s")]), "relative"
        m = _PREVIOUS.match(t)
        if m is not None:
            if anchor is not None and m["unit"] == "quarter" and _whole_months(anchor) == 3:
                # "in the May quarter ... from the previous quarter": the three months before,
                # whether or not the anchor is a calendar quarter
                first = _month_index(anchor[0])
                return _months_span(first - 3, first - 1), "relative"
            if anchor is not None and m["unit"] == "year" and _whole_months(anchor) == 12:
                # "in the fiscal year ended March 31 ... from the previous year", "in the year
                # ending June 2025 compared with the previous year": the twelve months before
                first = _month_index(anchor[0])
                return _months_span(first - 12, first - 1), "relative"
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
        days = _DAY_WORDS.get(t.removeprefix("on ").removeprefix("as of "))
        if days is not None:
            # "yesterday", "today": a day counted from the reference date
            if ref is None:
                return None
            day = ref + timedelta(days=days)
            return (day, day), "deictic"
        m = _WEEKDAY.match(t)
        if m is not None:
            # "on Wednesday" in the news is the latest one up to the day of writing; "last
            # Friday" the latest one before it
            if ref is None:
                return None
            back = (ref.weekday() - _WEEKDAYS.index(m["day"])) % 7
            if m["last"] and back == 0:
                back = 7
            day = ref - timedelta(days=back)
            return (day, day), "deictic"
        m = _THIS_WEEK.match(t)
        if m is not None:
            if ref is None:
                return None
            monday = ref - timedelta(days=ref.weekday())
            if m["which"] in ("next", "the coming"):
                monday += timedelta(days=7)
            return (monday, monday + timedelta(days=6)), "deictic"
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
        if _SAME_DAY.match(t):
            return (anchor, "relative") if anchor is not None and anchor[0] == anchor[1] else None
        if _THE_HOLIDAY.match(t):
            # the days named for it, when the text is about a span of days, not months
            if anchor is not None and (anchor[1] - anchor[0]).days <= 45:
                return anchor, "relative"
            return None
        m = _THE_WEEK.match(t)
        if m is not None:
            # "during the week": the week (or fortnight) the text is about; in a text about a
            # longer period, the one that ends it
            days = 7 if m["unit"] == "week" else 14
            if anchor is None:
                return None
            if (anchor[1] - anchor[0]).days == days - 1:
                return anchor, "relative"
            return (anchor[1] - timedelta(days=days - 1), anchor[1]), "relative"
        m = _LATEST.match(t)
        if m is not None:
            unit = m["unit"]
            if (
                anchor is not None
                and unit in ("month", "quarter")
                and "calendar" not in t
                and _months_long(anchor, unit)
            ):
                # "the three months ended Nov. 30 ... In the quarter": a company's quarter
                # (the span named, not the calendar quarter it ends in)
                return anchor, "relative"
            if (
                anchor is not None
                and unit == "year"
                and "calendar" not in t
                and _whole_months(anchor) == 12
            ):
                # "in the year ended March 31 ... Cobalt output in the year rose": the twelve
                # months named, whatever month they start in
                return anchor, "relative"
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
            if (
                t.split()[-3:-2] == ["latest"]
                and anchor is not None
                and _whole_months(anchor) == n * _UNIT_MONTHS[unit]
            ):
                # "the three months to September ... In the latest three months": the span of
                # that length the text is about, not the months before the day of writing
                return anchor, "relative"
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
        if t.count(" and ") == 1:  # "december and january": the first takes the second's year
            xs, ys = t.split(" and ")
            pair = self._pair(xs, ys, depth)
            if pair is not None:
                (x, kx), (y, ky) = pair
                return (min(x[0], y[0]), max(x[1], y[1])), _worst(kx, ky)
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
        # "the first seven months" alone, not "... of the year": the months of the span named
        return self._place(unit, bare=" of " not in t and not t.endswith("year"))

    def _place(self, unit: _Unit, bare: bool = False) -> Found | None:
        """Place a unit written without its year near the anchor, else before `ref`."""
        if unit.kind == "first_months" and self.anchor is not None and bare:
            start = self.anchor[0]
            if start.day == 1 and _months_in(self.anchor) in (unit.index, 12):
                # "April-October FY26 ... in the first seven months", "in FY26 ... the first
                # seven months": the first months of the span or year named before, whatever
                # month that year starts in
                first = start.year * 12 + start.month - 1
                return _months_span(first, first + unit.index - 1), "deictic"
        if unit.kind == "half" and bare and (half := self._fiscal_half(unit.index)) is not None:
            return half, "deictic"
        if unit.kind == "span_months":
            # "April-November ... in the eight months": the span of that many months named
            # before; nothing without one
            if self.anchor is None or self.anchor[0].day != 1:
                return None
            return (self.anchor, "relative") if _months_in(self.anchor) == unit.index else None
        span = _place_unit(unit, self.anchor, self.ref)
        return None if span is None else (span, "deictic")

    def _fiscal_half(self, index: int) -> Span | None:
        """ "Capex for FY26 is budgeted at ..., of which ... was spent in H1", "in the first
        half (April-September) of FY26 ... In the first half, sales rose": a half written
        alone, about a financial year or a half of one of the country of the figures (where
        that year does not start in January), is a half of that financial year. A twelve
        months' span starting in another month than January is such a year whatever the
        country; a half of one is known by the country's financial year."""
        if self.anchor is None:
            return None
        start, months = self.anchor[0], _whole_months(self.anchor)
        year_start = start.year * 12 + start.month - 1
        if months == 6 and self.country is not None:
            first_month, _ = fiscal_year(self.country)
            if first_month == 1 or (start.month - first_month) % 6:
                return None
            if start.month != first_month:
                year_start -= 6  # the anchor is the second half
        elif months != 12 or start.month == 1:
            return None
        first = year_start + 6 * (index - 1)
        return _months_span(first, first + 5)


def _months_long(span: Span, unit: str) -> bool:
    """Whether a span is one month or one quarter long, wherever in the calendar it starts."""
    days = (span[1] - span[0]).days + 1
    return 28 <= days <= 31 if unit == "month" else 89 <= days <= 92
