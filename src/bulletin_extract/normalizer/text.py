"""Helpers on text and dates: sentences, datelines, publication dates, metric phrases."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from spacy.tokens import Doc, Span

from ..components import AGENCIES, PERIODS
from .structures import Mention, Sentence, TokenArrays, TokenCache
from .vocabulary import (
    ABBREVIATIONS,
    AGENCY_TOKENS,
    DATELINE,
    LEADING_NOISE,
    LIST_SPLIT,
    NAME_CONNECTORS,
    PERIODS_TOKENS,
    TRAILING_NOISE,
)


def index_cues(
    doc: Doc,
    cues: dict[str, list[Span]],
    periods: list[Span] | None = None,
    agencies: list[Span] | None = None,
) -> dict[tuple[str, int], Span]:
    """(spans key, token index) -> the span covering that token, for the cue families and
    the period and agency pseudo keys; `periods` and `agencies` are the doc's spans when
    already listed (all of them, as in `doc.spans`)."""
    index: dict[tuple[str, int], Span] = {}
    for key, spans in cues.items():
        for s in spans:
            for t in range(s.start, s.end):
                index[(key, t)] = s
    if periods is None:
        periods = list(doc.spans.get(PERIODS, []))
    if agencies is None:
        agencies = list(doc.spans.get(AGENCIES, []))
    for s in periods:
        for t in range(s.start, s.end):
            index[(PERIODS_TOKENS, t)] = s
    for s in agencies:
        if s.label_ != "AGENCY":
            continue
        for t in range(s.start, s.end):
            index[(AGENCY_TOKENS, t)] = s
    return index


def as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


_ENDS = frozenset((".", "!", "?", "..."))
_OPENERS = ('"', "“", "'", "(")


def split_sentences(doc: Doc | TokenCache, arrays: TokenArrays | None = None) -> list[Sentence]:
    """Split a doc into sentences that never cross a line break.

    Uses the doc's own sentence boundaries when a trained pipeline set them, else
    a rule: a sentence ends at `.`, `!` or `?` before a capital, digit or quote,
    except after common abbreviations. `arrays` are the doc's token arrays, when made.
    """
    tokens = doc if isinstance(doc, TokenCache) else TokenCache(doc)
    arrays = arrays if arrays is not None else TokenArrays(tokens)
    texts, is_space = arrays.text, arrays.is_space
    n = len(texts)
    has_sents = tokens.has_annotation("SENT_START")
    # Only line breaks and possible sentence ends can close a sentence: visit those alone.
    if has_sents:
        sent_start = arrays.sent_start
        events = sorted(
            {i for i, t in enumerate(texts) if "\n" in t and is_space[i]}
            | {i - 1 for i in range(1, n) if sent_start[i] > 0}
        )
    else:
        events = [i for i, t in enumerate(texts) if t in _ENDS or ("\n" in t and is_space[i])]
    sentences: list[Sentence] = []
    paragraph = 0
    start = 0
    for i in events:
        text = texts[i]
        if is_space[i] and "\n" in text:
            if start < i:
                sentences.append(Sentence(start, i, paragraph))
            paragraph += text.count("\n")
            start = i + 1
            continue
        if has_sents:
            boundary = True  # events are the tokens before a sentence start
        else:
            boundary = False
            if i + 1 < n and not is_space[i + 1]:
                nxt = tokens[i + 1]
                if (
                    nxt.is_title
                    or nxt.is_upper
                    or texts[i + 1][:1].isdigit()
                    or texts[i + 1] in _OPENERS
                ):
                    prev = tokens[i - 1] if i > 0 else None
                    boundary = not (
                        prev is not None
                        and (prev.lower_ + ".") in ABBREVIATIONS
                        and not prev.whitespace_
                    )
        if boundary:
            sentences.append(Sentence(start, i + 1, paragraph))
            start = i + 1
            while start < n and is_space[start] and "\n" not in texts[start]:
                start += 1
    if start < n:
        sentences.append(Sentence(start, n, paragraph))
    return [s for s in sentences if s.end > s.start]


def dateline_tokens(
    doc: Doc | TokenCache, sentences: list[Sentence], arrays: TokenArrays | None = None
) -> set[int]:
    """Token starts of periods inside a wire dateline ("TOKYO, Feb 27 -")."""
    tokens = doc if isinstance(doc, TokenCache) else TokenCache(doc)
    texts = (arrays if arrays is not None else TokenArrays(tokens)).text
    out: set[int] = set()
    seen: set[int] = set()
    for s in sentences:
        if s.paragraph in seen:
            continue
        seen.add(s.paragraph)
        end = min(s.end, s.start + 12)
        if not any(t in (",", "(", "--", "-") for t in texts[s.start : end]):
            continue  # a dateline has a comma, a bracketed source or a dash in its head
        head = tokens[s.start : end]
        match = DATELINE.match(head.text)
        if match:
            limit = head.start_char + match.end()
            out.update(t.i for t in tokens[s.start : s.end] if t.idx < limit)
    return out


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


def compare_periods(
    point: tuple[date, date], current: tuple[date, date], quarters: bool = True
) -> str | None:
    """The basis of a change from `point` to `current`, or None when not consecutive.

    Consecutive three-month spans count as quarter on quarter only when the text names
    quarters (`quarters`); "the three months to June compared with the three months to
    March" is period on period.
    """
    (ps, pe), (cs, ce) = point, current
    length = (ce - cs).days
    if (ps, pe) == (cs, ce):
        return None
    if (
        shift_year(cs, -1) == ps
        and shift_year(ce + timedelta(days=1), -1) - timedelta(days=1) == pe
    ):
        return "year_on_year"
    if pe + timedelta(days=1) == cs and abs((pe - ps).days - length) <= 3:
        if length <= 31:
            return "month_on_month"
        if quarters and 88 <= length <= 92 and cs.day == 1 and cs.month in (1, 4, 7, 10):
            return "quarter_on_quarter"
        return "period_on_period"
    return None


def main_country(spans: list[Span], gazetteer: Any) -> str | None:
    """The country a text is mostly about: the most frequent country or agency country."""
    counts: dict[str, int] = {}
    for span in spans:
        code = gazetteer.by_id(span.id_).country
        if code:
            counts[code] = counts.get(code, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def month_of(day: date | None) -> tuple[date, date] | None:
    """The calendar month holding `day`, as a (first, last) pair."""
    if day is None:
        return None
    first = day.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return first, last


def shift_year(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def scale_of(m: Mention) -> float:
    text = m.span.text.lower()
    for word, scale in (
        ("trillion", 1e12),
        ("billion", 1e9),
        ("bn", 1e9),
        ("million", 1e6),
        ("mln", 1e6),
        ("thousand", 1e3),
    ):
        if word in text:
            return scale
    return 1.0


def split_list(text: str) -> list[str]:
    """Split "A, B, and C" into its items."""
    return [p.strip() for p in LIST_SPLIT.split(text) if p and p.strip()]


def list_head(first: str) -> str:
    """The shared head of a list's first item: "sales of" in "sales of mirrorless cameras"."""
    cleaned = clean_metric(first) or ""
    words = cleaned.split()
    for j in range(len(words) - 1, 0, -1):
        if words[j].lower() == "of":
            return " ".join(words[: j + 1])
    return ""


def list_tail(last: str) -> str:
    """A modifier after the last item that all items share ("traded in on ...")."""
    match = re.search(r"\b(traded|sold|made|produced|bought|imported|exported|in|on)\b.*$", last)
    if match and match.start() > 0:
        return last[match.start() :].strip()
    return ""


def clean_metric(text: str) -> str | None:
    """Drop leading articles and connectives, trailing auxiliaries and stray punctuation."""
    text = re.sub(r"\s+", " ", text).strip(" ,;:-–—(\"'“”")
    for _ in range(3):
        text = LEADING_NOISE.sub("", text).strip(" ,;:")
        text = TRAILING_NOISE.sub("", text).strip(" ,;:")
    text = text.strip(" ,;:-–—\"'“”")
    if text.count("(") > text.count(")"):
        text = text.replace("(", "").strip()
    return text or None


def strip_article(name: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.IGNORECASE).strip()


def capitalized_name(
    doc: Doc | TokenCache, cue: Span, sent: Sentence, covered: set[int]
) -> tuple[int, int] | None:
    """The capitalized organization name next to a credit cue, as token bounds."""
    if cue.label_ == "CREDIT_BEFORE":
        t = cue.end
        while t < sent.end and doc[t].lower_ in (
            "the",
            "data",
            "figures",
            "statistics",
            "released",
            "published",
            "by",
            "from",
        ):
            t += 1
        start = t
        while t < sent.end and (
            doc[t].is_title
            or (doc[t].is_upper and doc[t].is_alpha)
            or (
                doc[t].lower_ in NAME_CONNECTORS
                and t + 1 < sent.end
                and (doc[t + 1].is_title or doc[t + 1].lower_ == "the")
            )
        ):
            t += 1
        end = t
    else:
        t = cue.start - 1
        end = cue.start
        while t >= sent.start and (
            doc[t].is_title
            or (doc[t].is_upper and doc[t].is_alpha)
            or doc[t].lower_ in NAME_CONNECTORS
        ):
            t -= 1
        start = t + 1
        while start < end and doc[start].lower_ in NAME_CONNECTORS:
            start += 1
    if end - start < 2 or any(i in covered for i in range(start, end)):
        return None
    return start, end
