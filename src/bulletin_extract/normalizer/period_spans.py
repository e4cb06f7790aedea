"""Period phrases as the rules found them, corrected where one rule cannot see enough: a day
number that is a value, a part of a year written apart from its (financial) year."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .vocabulary import FUNCTION_WORDS

DAY_NUMBER = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$")
RANGE_JOINTS = frozenset(
    {"-", "\u2013", "\u2014", "to", "through", "until", "till", "thru", "and", ","}
)


def days_that_are_values(doc: Doc, periods: list[Span], quantities: list[Span]) -> list[Span]:
    """Period phrases cut before a day number that opens a quantity running past them:
    in "fell in May 2 pct" the 2 is a value, so the phrase is "in May", not "in May 2"."""
    starts: dict[int, int] = {}
    for q in quantities:
        starts[q.start] = max(starts.get(q.start, 0), q.end)
    out = []
    for p in periods:
        cut = next(
            (
                t
                for t in range(p.start + 1, p.end)
                if starts.get(t, 0) > p.end and DAY_NUMBER.match(doc[t].text)
            ),
            None,
        )
        if cut is None:
            out.append(p)
            continue
        while cut > p.start and doc[cut - 1].lower_ in RANGE_JOINTS:
            cut -= 1
        if cut - p.start > 1 or (cut > p.start and doc[p.start].lower_ not in FUNCTION_WORDS):
            out.append(Span(doc, p.start, cut, label=p.label, span_id=p.id))
    return out


#: Words that may follow a financial year named by "fiscal" alone ("this fiscal and ...",
#: "last fiscal, when ..."); any other word makes "fiscal" an adjective of its own noun.
AFTER_BARE_FISCAL = FUNCTION_WORDS | frozenset(
    "to than or so compared against versus vs when amid despite due thanks which".split()
)


def fiscal_adjectives(doc: Doc, periods: list[Span]) -> list[Span]:
    """Period phrases that end on "fiscal" read as "this fiscal (year)" only where no noun
    follows: "output will reach 900 mt this fiscal." and "this fiscal and next" name the
    year, "this fiscal deficit" or "last fiscal quarter" do not."""
    out = []
    for p in periods:
        after = doc[p.end] if p.end < len(doc) else None
        if (
            doc[p.end - 1].lower_ == "fiscal"
            and after is not None
            and after.is_alpha
            and after.lower_ not in AFTER_BARE_FISCAL
        ):
            continue
        out.append(p)
    return out


#: A (financial) year label that a part of a year can be "of": "fiscal 1986/87", "2024-25",
#: "FY25", "the 2023/24 financial year", or named by where it stands: "the (current) fiscal
#: year", "this fiscal (year)".
FISCAL_LABEL = re.compile(
    r"^(?:(?:in|for|during|of)\s+)?(?:the\s+)?(?:(?:(?:fiscal|financial)(?:\s+year)?\s+)?"
    r"(?:\d{4}\s*[-/\u2013]\s*\d{2,4})|(?:fiscal|financial)(?:\s+year)?\s+\d{4}|"
    r"fy\s*'?\d{2,4}(?:\s*[-/\u2013]\s*\d{2,4})?|\d{4}\s*/\s*\d{2}\s+(?:fiscal|financial)"
    r"\s+year|(?:current\s+)?(?:fiscal|financial)\s+year|(?:this|current)\s+fiscal(?:\s+year)?)"
    r"(?:\s+(?:fiscal|financial)\s+year)?$",
    re.IGNORECASE,
)
JOINTS = (
    ("of",),
    ("in",),
    ("of", "the"),
    ("period", "of"),
    ("period", "in"),
    ("quarter", "of"),
    ("quarter", "in"),
)
JOINT_WORDS = max(map(len, JOINTS))


def _with_year_end(doc: Doc, p: Span) -> Span:
    """A phrase that ends on the first year of a financial year, with its second: "the first
    quarter of 2025" + "-26"."""
    end = p.end
    if (
        end + 1 < len(doc)
        and re.fullmatch(r"\d{4}", doc[end - 1].text)
        and doc[end].text in ("-", "/")
        and re.fullmatch(r"\d{2}", doc[end + 1].text)
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and int(doc[end + 1].text) == (int(doc[end - 1].text) + 1) % 100
    ):
        return Span(doc, p.start, end + 2, label=p.label, span_id=p.id)
    return p


def joined_year_parts(doc: Doc, periods: list[Span]) -> list[Span]:
    """One phrase for a part of a year and the financial year it is of, which the rules find
    apart: "the first seven months" + "of" + "fiscal 1986/87", "the same period" + "of" +
    "1985/86", "April-February" + "period of" + "2024-25" (with a bracketed restatement of
    the year, "(FY25)", kept inside)."""
    ordered = sorted((_with_year_end(doc, p) for p in periods), key=lambda p: p.start)
    out: list[Span] = []
    i = 0
    while i < len(ordered):
        part = ordered[i]
        year = ordered[i + 1] if i + 1 < len(ordered) else None
        aside = 0  # "the first half (April-September) of FY26": the months restated between
        if (
            year is not None
            and i + 2 < len(ordered)
            and year.start == part.end + 1
            and doc[part.end].text == "("
            and year.end < len(doc)
            and doc[year.end].text == ")"
            and not re.search(r"\d{4}", year.text)
        ):
            aside, year = 1, ordered[i + 2]
        inner_end = ordered[i + 1].end + 1 if aside else part.end
        joint: tuple[str, ...] = ()
        if year is not None and year.start - inner_end <= JOINT_WORDS:  # else no joint
            joint = tuple(doc[t].lower_ for t in range(inner_end, year.start))
        if (
            year is None
            or joint not in JOINTS
            or re.search(r"\d{4}", part.text)
            or not FISCAL_LABEL.match(year.text)
        ):
            out.append(part)
            i += 1
            continue
        end, skip = year.end, 2 + aside
        after = ordered[i + 2 + aside] if i + 2 + aside < len(ordered) else None
        if (
            after is not None
            and after.start == end + 1
            and doc[end].text == "("
            and after.end < len(doc)
            and doc[after.end].text == ")"
            and FISCAL_LABEL.match(after.text)
        ):
            end, skip = after.end + 1, 3 + aside
        out.append(Span(doc, part.start, end, label=part.label, span_id=part.id))
        i += skip
    return out
