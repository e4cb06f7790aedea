"""The review page: every record shown in its document, as one self-contained HTML file.

`write_review(records, texts_dir, output)` reads each document's text from `texts_dir`
(`<doc_id>` or `<doc_id>.txt`, read as `extract` reads it), runs the rule components over
it once more to find the period and agency mentions and the numbers that gave no record,
and writes a page that needs no server and no network.

This module keeps the data side: loading records and texts, checking them (offsets that do
not match, duplicate records, periods without dates), deciding what each number without a
record is, and embedding it all. The page itself (layout, keyboard, verdicts, export) is
`review_assets/page.html`, `review.css` and `review.js`, shipped inside the package and
inlined into the one HTML file.

Numbers without a record are of two kinds. Most are numbers the rules leave alone on
purpose: years, ordinals, list numbering, spans of time ("the 12 of "12-month""), names
("5G", "Double 11"). The record builder drops them without saying why, so `skip_reason`
reads the reason back from the same cues its filters look at (the same word lists of
`normalizer.vocabulary`); the page shows these muted, with that reason. The others, for
which no such cue is found, are shown as possible misses: a quantity rule matched but no
record was made, or no rule matched the number at all.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .records import Record

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Unit kinds, in legend order, with their highlight colours.
UNIT_KINDS: dict[str, tuple[str, str]] = {
    "percent": ("#ffd54f", "percent"),
    "point": ("#ffab91", "percentage, basis or index points"),
    "times": ("#ce93d8", "multiples (times)"),
    "fraction": ("#80deea", "fractions"),
    "count": ("#a5d6a7", "counts"),
    "money": ("#90caf9", "money (ISO 4217 code)"),
    "physical": ("#bcaaa4", "physical units"),
}

_POINTS = frozenset({"percentage_point", "basis_point", "index_point"})
_CURRENCY = re.compile(r"[A-Z]{3}")
# Runs of digits, with thousands separators and decimals ("8,237.4", "2022", "5" in "5G").
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_ASSETS = "review_assets"


def unit_kind(unit: str) -> str:
    """Return the colour group of a unit: one of the keys of `UNIT_KINDS`."""
    if unit in ("percent", "times", "fraction", "count"):
        return unit
    if unit in _POINTS:
        return "point"
    if _CURRENCY.fullmatch(unit):
        return "money"
    return "physical"


@dataclass
class Mention:
    """A span of a document drawn on the page: a period, an agency or a number.

    Attributes:
        start: Start offset in the document text.
        end: End offset, exclusive.
        text: The span's text.
        rule: Id of the rule that matched it, if any.
        note: For an agency, its canonical name; for a number without a record, why it has
            none.
        records: Indexes of the records that took this period or agency.
        skipped: For a number without a record: left out on purpose (`note` says why).
    """

    start: int
    end: int
    text: str
    rule: str = ""
    note: str = ""
    records: list[int] = field(default_factory=list)
    skipped: bool = False


@dataclass
class ReviewDoc:
    """One document of the review page.

    Attributes:
        doc_id: The document id of its records.
        text: The document text, or None when it was not found.
        records: Its records, in file order.
        periods: Period mentions found by the period rules.
        agencies: Agency mentions found by the gazetteer.
        misses: Numbers in the text with no record, skipped on purpose or not.
        problems: Messages about the document (text not found, offsets that do not match).
        warnings: Messages about its records (duplicates, periods without dates).
        record_ok: For each record, whether its offsets point at its text.
        period_of: For each record, the index of the period mention it took.
        agency_of: For each record, the index of the agency mention it took.
        metric_of: For each record, the span of its metric phrase in the text.
    """

    doc_id: str
    text: str | None
    records: list[Record]
    periods: list[Mention] = field(default_factory=list)
    agencies: list[Mention] = field(default_factory=list)
    misses: list[Mention] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    record_ok: list[bool] = field(default_factory=list)
    period_of: list[int | None] = field(default_factory=list)
    agency_of: list[int | None] = field(default_factory=list)
    metric_of: list[tuple[int, int] | None] = field(default_factory=list)


@dataclass(frozen=True)
class ReviewSummary:
    """What `write_review` wrote: counts for the message on stderr.

    Attributes:
        documents: Documents on the page.
        records: Records on the page.
        misses: Numbers without a record that may be misses.
        skipped: Numbers without a record left out on purpose.
        problems: Problems and warnings, one line each, naming the document.
    """

    documents: int
    records: int
    misses: int
    skipped: int
    problems: tuple[str, ...]


# ------------------------------------------------------------------ texts


def find_text(texts_dir: Path, doc_id: str) -> Path | None:
    """Return the file of a document: `texts_dir/doc_id`, else `texts_dir/doc_id.txt`."""
    for name in (doc_id, f"{doc_id}.txt"):
        if not name or Path(name).name != name:  # ids are file names, never paths
            continue
        path = texts_dir / name
        if path.is_file():
            return path
    return None


def missing_texts(records: Iterable[Record], texts_dir: Path) -> list[str]:
    """Return the ids of the documents of `records` whose text is not in `texts_dir`."""
    ids = dict.fromkeys(r.doc_id for r in records)
    return [doc_id for doc_id in ids if find_text(texts_dir, doc_id) is None]


# ------------------------------------------------------------------ analysis


def _spans(nlp: Language, text: str) -> Doc:
    """Run every component but the record builder: the spans are all the page needs."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name != "bulletin_records":
            doc = proc(doc)
    return doc


def _overlaps(start: int, end: int, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in ranges)


def _nearest(candidates: list[int], mentions: list[Mention], at: int) -> int | None:
    """The candidate mention closest before `at`, else the first after it."""
    before = [i for i in candidates if mentions[i].start <= at]
    if before:
        return max(before, key=lambda i: mentions[i].start)
    after = [i for i in candidates if mentions[i].start > at]
    return min(after, key=lambda i: mentions[i].start) if after else None


def _occurrence(text: str, phrase: str, at: int) -> tuple[int, int] | None:
    """The occurrence of `phrase` closest before offset `at`, else the first after it."""
    starts = [m.start() for m in re.finditer(re.escape(phrase), text)]
    if not starts:
        return None
    before = [s for s in starts if s <= at]
    start = before[-1] if before else starts[0]
    return start, start + len(phrase)


def _period_mentions(
    text: str, records: list[Record], spans: list[tuple[int, int, str]]
) -> list[Mention]:
    """Period mentions: the period rules' spans, widened to the phrases records took.

    The record builder may extend a matched period ("from March" + "2020"); the phrase a
    record names is drawn where it stands nearest before the record, and replaces the
    rule spans it overlaps (keeping their rule ids).
    """
    taken: set[tuple[int, int]] = set()
    for r in records:
        if r.period is not None and r.period.text:
            found = _occurrence(text, r.period.text, r.start)
            if found is not None:
                taken.add(found)
    # Longest phrases first, so a phrase inside a longer one is folded into it.
    kept: list[tuple[int, int]] = []
    for start, end in sorted(taken, key=lambda se: se[0] - se[1]):
        if not _overlaps(start, end, kept):
            kept.append((start, end))
    rules: dict[tuple[int, int], list[str]] = {k: [] for k in kept}
    mentions_spans: list[tuple[int, int]] = list(kept)
    for start, end, rule in spans:
        owner = next((k for k in kept if start < k[1] and k[0] < end), None)
        if owner is None:
            mentions_spans.append((start, end))
            rules[(start, end)] = [rule]
        elif rule:
            rules[owner].append(rule)
    return [
        Mention(start, end, text[start:end], " ".join(dict.fromkeys(rules[(start, end)])))
        for start, end in sorted(mentions_spans)
    ]


# Cues of the numbers the record builder leaves out, tried in order on the text just before
# the number ("before"), just after it ("after"), the number itself ("self"), or the start of
# its line when a "." or ")" follows the number ("item"). `\Z`, not `$`: a text just before
# a number may end in a line break.
_Cue = tuple[str, re.Pattern[str], str]


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@cache
def _skip_cues() -> list[_Cue]:
    from .normalizer.vocabulary import (
        AGE_WORDS,
        EVENT_WORDS,
        LABEL_WORDS,
        MONTH_WORDS,
        STREAK_WORDS,
        TIME_UNITS,
    )

    months = _alternatives([*MONTH_WORDS, *(m[:3] for m in MONTH_WORDS), "sept"])
    units = _alternatives(TIME_UNITS)
    labels = _alternatives(LABEL_WORDS)
    cues = [
        ("after", r"(?i)^(?:st|nd|rd|th)\b", "an ordinal"),
        (
            "after",
            rf"(?i)^[\s-](?:[\w-]+\s){{0,2}}(?:{_alternatives(EVENT_WORDS)})\b",
            "the name of an event or plan",
        ),
        ("self", rf"(?i)\b(?:{units})\Z", "a span of time"),
        (
            "after",
            rf"(?i)^\s?[-\u2010\u2011\u2013]\s?(?:{units})\b",
            "a span of time in a compound",
        ),
        ("after", r"^[A-Za-z]", "part of a name or code"),
        ("before", r"[A-Za-z][-/#]?\Z", "part of a name or code"),
        ("self", r"^(?:1[89]|20)\d\d\Z", "a year"),
        ("before", r"\d[-/.]\Z", "part of a date or code"),
        ("after", r"^[-/.]\d", "part of a date or code"),
        ("after", r"^:\d\d", "a time of day"),
        ("before", r"\d:\Z", "a time of day"),
        ("before", rf"(?i)\b(?:{months})\.?\s\Z", "the day of a date"),
        ("after", rf"(?i)^\s(?:{months})\b", "the day of a date"),
        ("item", r"^\s*\(?\Z", "list numbering"),
        ("before", r"\(\Z", "a bracketed marker (list item or note)"),
        (
            "before",
            rf"(?i)\b(?:{labels})\.?\s+(?:\d+\s*(?:,|and|or|to|-)\s*)*\Z",
            "a table, section, page or item number",
        ),
        ("after", rf"(?i)^\s(?:{_alternatives(STREAK_WORDS)})\b", "a streak or a span of time"),
        ("after", rf"(?i)^\s(?:{units})\b", "a span of time"),
        ("before", rf"(?i)\b(?:{_alternatives(AGE_WORDS)})\b[^.]{{0,20}}\Z", "an age bound"),
        (
            "after",
            r"(?i)^\s(?:\w+\s){0,2}(?:or|and)\s(?:more|over|older|fewer|less|above)\b",
            "a bound in a definition",
        ),
        ("before", r"(?i)(?:=|\bbase(?: of)?|\bequal to)\s*\Z", "an index base"),
        ("after", r"^\s*=", "an index base"),
        (
            "before",
            # "all nine", "six of 10", "two of the four"; not "January 2008 of 180.8"
            rf"(?i)(?:\ball|(?:(?<![\d,.])(?!(?:1[89]|20)\d\d\b)\d[\d,.]*|"
            rf"{_alternatives(_NUMBER_WORDS)})\s+(?:out\s+)?of"
            r"(?:\s+the)?)\s\Z",
            "the size of a classification",
        ),
        # A capitalized word right before, mid-sentence, not a month: "Double 11".
        (
            "before",
            r"(?<![.!?:\n]\s)(?<=[\s\"\u201c(])(?!(?:Four|Six)\b)[A-Z][a-z]+\s\Z",
            "part of a name",
        ),
    ]
    return [(where, re.compile(pattern), reason) for where, pattern, reason in cues]


_NUMBER_WORDS = frozenset(
    {
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
    }
)
_ORDINAL_WORDS = frozenset(
    {
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
    }
)
# Words before "half" or "quarter" that make it a fraction ("almost half"), as the builder has it.
_FRACTION_LEADS = re.compile(
    r"(?i)\b(?:a|an|one|than|almost|nearly|about|around|over|some|roughly|just|by)\s\Z"
)
_MONTH_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s\Z"
)


def skip_reason(text: str, start: int, end: int) -> str | None:
    """Return why the number at `start:end` of `text` is not a measurement, if a cue says so.

    The cues are those the record builder's filters drop numbers for: ordinals, spans of
    time and streaks, years and dates, list numbering, table and section numbers, ages and
    bounds in definitions, index bases, names and codes, names of events, sizes of a
    classification, period words ("quarter-on-quarter"), and number words outside "two of
    the four" or "a total of six".

    Args:
        text: The document text.
        start: Start offset of the number.
        end: End offset of the number, exclusive.

    Returns:
        The reason in a few words, or None when no cue is found (a possible miss).
    """
    number = text[start:end]
    low = number.lower()
    before = text[max(0, start - 60) : start]
    after = text[end : end + 60]
    line_start = text.rfind("\n", 0, start) + 1
    if low in _ORDINAL_WORDS:
        return "an ordinal"
    if (
        low in ("half", "quarter", "quarters")
        and not _FRACTION_LEADS.search(before)
        and not re.match(r"(?i)^\s+(?:a|an|of)\b", after)  # "half a percentage point"
    ):
        return "a period word, not a fraction"
    for where, pattern, reason in _skip_cues():
        if where == "item":
            found = re.match(r"^[.)]", after) and pattern.match(text[line_start:start])
        else:
            subject = {"before": before, "after": after, "self": number}[where]
            found = pattern.search(subject)
        if not found:
            continue
        if reason == "part of a name" and _MONTH_BEFORE.search(before):
            continue  # "May 5": a date, not a name
        if reason == "a span of time in a compound":
            unit = re.match(r"^\s?[-\u2010\u2011\u2013]\s?(\w+)", after)
            return f"a span of time ('{number}-{unit.group(1) if unit else ''}')"
        return reason
    if (
        low in _NUMBER_WORDS
        # "two of the four", "three out of nine", a bound of a range ("six to eight pct")
        and not re.match(r"(?i)^\s+(?:out\s+)?of\b", after)
        and not re.match(r"(?i)^\s*(?:and|to|-|\u2013)\s*(?:\d|[a-z]+\s+(?:pct|per|%))", after)
        and not re.search(r"\b(?:total|number)\s+of\s\Z", before)
    ):
        return "a number word outside 'two of the four' or 'a total of six'"
    return None


def _metric_span(text: str, record: Record) -> tuple[int, int] | None:
    """Where the record's metric phrase stands: the occurrence nearest the number."""
    if not record.metric or len(record.metric) < 2:
        return None
    lo = max(0, record.start - max(400, len(record.sentence)))
    hi = min(len(text), record.end + 400)
    window = text[lo:hi].lower()
    phrase = record.metric.lower()
    found = [lo + m.start() for m in re.finditer(re.escape(phrase), window)]
    if not found:
        return None
    best = min(found, key=lambda s: abs(s - record.start) + (0 if s < record.start else 50))
    return best, best + len(phrase)


def record_warnings(records: Sequence[Record]) -> list[str]:
    """Return warnings about one document's records: duplicates and periods without dates.

    Args:
        records: The records of one document, in file order.

    Returns:
        One message per group of records on one span, and one listing the records whose
        period has no dates.
    """
    out: list[str] = []
    seen: dict[tuple[int, int], list[int]] = {}
    for i, r in enumerate(records):
        seen.setdefault((r.start, r.end), []).append(i)
    for (start, end), same in seen.items():
        if len(same) > 1:
            numbers = ", ".join(f"#{i + 1}" for i in same)
            identical = all(records[i] == records[same[0]] for i in same)
            what = "the same record given" if identical else "records for the same mention,"
            out.append(
                f"{what} {len(same)} times: {numbers} ({records[same[0]].text!r} at {start}:{end})"
            )
    undated = [
        f"#{i + 1} {r.period.text!r}"
        for i, r in enumerate(records)
        if r.period is not None and (r.period.start is None or r.period.end is None)
    ]
    if undated:
        many = "periods" if len(undated) > 1 else "period"
        out.append(f"{len(undated)} {many} without dates: {', '.join(undated)}")
    return out


def analyze(doc_id: str, text: str | None, records: list[Record], nlp: Language) -> ReviewDoc:
    """Collect what the page shows for one document.

    Args:
        doc_id: The document id.
        text: The document text, or None when it could not be found.
        records: The document's records.
        nlp: The pipeline whose rule components find periods, agencies and quantities.

    Returns:
        The document, with its mentions, numbers without a record, warnings and the links
        from records to mentions.
    """
    from .agencies import default_gazetteer
    from .components import AGENCIES, PERIODS, QUANTITIES

    review = ReviewDoc(doc_id=doc_id, text=text, records=records)
    review.warnings = record_warnings(records)
    if text is None:
        review.problems.append(f"text of {doc_id!r} not found: records shown without it")
        review.record_ok = [False] * len(records)
        review.period_of = [None] * len(records)
        review.agency_of = [None] * len(records)
        review.metric_of = [None] * len(records)
        return review
    for i, r in enumerate(records):
        ok = 0 <= r.start <= r.end <= len(text) and text[r.start : r.end] == r.text
        review.record_ok.append(ok)
        if not ok:
            review.problems.append(
                f"record #{i + 1} {r.text!r} does not match the text at {r.start}:{r.end}"
            )
    doc = _spans(nlp, text)
    gazetteer = default_gazetteer()

    def span_list(key: str) -> list[Any]:
        return list(doc.spans[key]) if key in doc.spans else []

    review.periods = _period_mentions(
        text, records, [(s.start_char, s.end_char, s.id_) for s in span_list(PERIODS)]
    )
    for span in span_list(AGENCIES):
        if span.label_ != "AGENCY":
            continue
        try:
            name = gazetteer.by_id(span.id_).name
        except KeyError:
            name = span.text
        review.agencies.append(Mention(span.start_char, span.end_char, span.text, span.id_, name))

    recorded = [(r.start, r.end) for r, ok in zip(records, review.record_ok, strict=True) if ok]
    # Numbers inside period phrases are dates ("March 2020", "the first half"), not misses.
    in_periods = [(m.start, m.end) for m in review.periods]

    def without_record(start: int, end: int, rule: str, no_cue: str) -> Mention:
        reason = skip_reason(text, start, end)
        return Mention(
            start, end, text[start:end], rule, reason or no_cue, skipped=reason is not None
        )

    for span in span_list(QUANTITIES):
        if not _overlaps(span.start_char, span.end_char, [*recorded, *in_periods]):
            review.misses.append(
                without_record(
                    span.start_char,
                    span.end_char,
                    span.id_,
                    "a quantity rule matched here, but no record was made",
                )
            )
    covered = [
        *recorded,
        *((m.start, m.end) for m in (*review.misses, *review.periods, *review.agencies)),
    ]
    for match in _DIGITS.finditer(text):
        if not _overlaps(match.start(), match.end(), covered):
            review.misses.append(
                without_record(
                    match.start(), match.end(), "", "a number no rule matched, and no record"
                )
            )
    review.misses.sort(key=lambda m: m.start)

    for i, r in enumerate(records):
        period_idx = agency_idx = None
        if r.period is not None:
            same = [j for j, m in enumerate(review.periods) if m.text == r.period.text]
            period_idx = _nearest(same, review.periods, r.start)
        if r.agency is not None:
            same = [j for j, m in enumerate(review.agencies) if r.agency in (m.note, m.text)]
            agency_idx = _nearest(same, review.agencies, r.start)
        review.period_of.append(period_idx)
        review.agency_of.append(agency_idx)
        review.metric_of.append(_metric_span(text, r) if review.record_ok[i] else None)
        if period_idx is not None:
            review.periods[period_idx].records.append(i)
        if agency_idx is not None:
            review.agencies[agency_idx].records.append(i)
    return review


def collect(
    records: Iterable[Record],
    texts_dir: Path,
    *,
    include_empty: bool = False,
    nlp: Language | None = None,
) -> list[ReviewDoc]:
    """Group records by document and analyze each document's text.

    Args:
        records: Records of one or more documents.
        texts_dir: Folder of the documents' texts.
        include_empty: Also show the `*.txt` files of `texts_dir` that have no record.
        nlp: The pipeline; the default one otherwise.

    Returns:
        The documents, in order of first appearance, then the empty ones by name.
    """
    from .api import load
    from .readers import read_document

    nlp = nlp or load()
    by_doc: dict[str, list[Record]] = {}
    for r in records:
        by_doc.setdefault(r.doc_id, []).append(r)
    if include_empty:
        for path in sorted(texts_dir.glob("*.txt")):
            if path.name not in by_doc and path.stem not in by_doc:
                by_doc[path.name] = []
    docs = []
    for doc_id, recs in by_doc.items():
        found = find_text(texts_dir, doc_id)
        # Read as `extract` reads it (decoding, HTML and PDF text), so offsets match.
        text = read_document(found).text() if found else None
        docs.append(analyze(doc_id, text, recs, nlp))
    return docs


# ------------------------------------------------------------------ embedding


@dataclass(order=True)
class _Mark:
    start: int
    neg_end: int
    layer: int
    seq: int
    cls: str = field(compare=False)
    attrs: dict[str, str] = field(compare=False)

    @property
    def end(self) -> int:
        return -self.neg_end


def _marks(review: ReviewDoc, doc_index: int) -> list[_Mark]:
    marks: list[_Mark] = []

    def add(start: int, end: int, layer: int, cls: str, attrs: dict[str, str]) -> None:
        if end > start:
            attrs = {"data-doc": str(doc_index), **attrs}
            marks.append(_Mark(start, -end, layer, len(marks), cls, attrs))

    for i, r in enumerate(review.records):
        if review.record_ok[i]:
            kind = unit_kind(r.unit)
            add(r.start, r.end, 0, f"m rec k-{kind}", {"data-kind": "rec", "data-i": str(i)})
    for i, m in enumerate(review.misses):
        cls = "m miss skip" if m.skipped else ("m miss q" if m.rule else "m miss bare")
        add(m.start, m.end, 1, cls, {"data-kind": "miss", "data-i": str(i)})
    for i, m in enumerate(review.periods):
        add(m.start, m.end, 2, "m per", {"data-kind": "per", "data-i": str(i)})
    for i, m in enumerate(review.agencies):
        add(m.start, m.end, 3, "m agy", {"data-kind": "agy", "data-i": str(i)})
    phrases: dict[tuple[int, int], list[int]] = {}
    for i, span in enumerate(review.metric_of):
        if span is not None:
            phrases.setdefault(span, []).append(i)
    for (start, end), owners in phrases.items():
        attrs = {"data-kind": "met", "data-records": " ".join(map(str, owners))}
        add(start, end, 4, "m met", attrs)
    return marks


def render_text(text: str, marks: list[_Mark]) -> str:
    """Return the text as HTML with the marks as nested `<span>`s.

    Marks that contain others enclose them; a mark that crosses the end of an enclosing
    one is cut there and goes on in a second piece (`data-part="2"`), so the HTML stays
    well nested whatever the rules matched.
    """
    import heapq

    heap = list(marks)
    heapq.heapify(heap)
    out: list[str] = []
    stack: list[_Mark] = []
    pos = 0
    seq = len(marks)

    def emit(upto: int) -> None:
        nonlocal pos
        if upto > pos:
            out.append(html.escape(text[pos:upto]))
            pos = upto

    while heap:
        mark = heapq.heappop(heap)
        while stack and stack[-1].end <= mark.start:
            emit(stack.pop().end)
            out.append("</span>")
        emit(mark.start)
        if stack and mark.end > stack[-1].end:
            cut = stack[-1].end
            rest = {**mark.attrs, "data-part": "2"}
            heapq.heappush(heap, _Mark(cut, mark.neg_end, mark.layer, seq, mark.cls, rest))
            seq += 1
            mark = _Mark(mark.start, -cut, mark.layer, mark.seq, mark.cls, mark.attrs)
        attrs = "".join(f' {k}="{html.escape(v)}"' for k, v in mark.attrs.items())
        out.append(f'<span class="{mark.cls}"{attrs}>')
        stack.append(mark)
    while stack:
        emit(stack.pop().end)
        out.append("</span>")
    emit(len(text))
    return "".join(out)


def _mention(m: Mention) -> dict[str, Any]:
    return {
        "text": m.text,
        "start": m.start,
        "end": m.end,
        "rule": m.rule,
        "note": m.note,
        "records": m.records,
        "skipped": m.skipped,
    }


def _context(text: str, start: int, end: int, width: int = 50) -> list[str]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return [text[max(line_start, start - width) : start], text[end : min(line_end, end + width)]]


def doc_payload(review: ReviewDoc, index: int) -> dict[str, Any]:
    """Return what the page needs of one document, as JSON-plain values.

    Args:
        review: The document, from `analyze`.
        index: Its position on the page.

    Returns:
        Its id, text as HTML with the marks, records (with unit kind and the mentions they
        took), mentions, numbers without a record (with a little context), problems and
        warnings.
    """
    text = review.text
    return {
        "doc_id": review.doc_id,
        "found": text is not None,
        "html": render_text(text, _marks(review, index)) if text is not None else "",
        "records": [
            {
                **r.to_dict(),
                "kind": unit_kind(r.unit),
                "ok": review.record_ok[i],
                "period_mention": review.period_of[i],
                "agency_mention": review.agency_of[i],
                "metric_span": review.metric_of[i],
            }
            for i, r in enumerate(review.records)
        ],
        "periods": [_mention(m) for m in review.periods],
        "agencies": [_mention(m) for m in review.agencies],
        "misses": [
            {**_mention(m), "context": _context(text, m.start, m.end) if text else ["", ""]}
            for m in review.misses
        ],
        "problems": review.problems,
        "warnings": review.warnings,
    }


@cache
def _asset(name: str) -> str:
    return (resources.files("bulletin_extract") / _ASSETS / name).read_text(encoding="utf-8")


def _script_json(value: Any) -> str:
    # Inside <script>, "</" could close the element early; "<" escaped keeps JSON valid.
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c")


def storage_key(records: Iterable[Record], name: str = "") -> str:
    """Return the key the page keeps its decisions under: the records file's name and content.

    Args:
        records: The records on the page.
        name: The records file's name, when they come from a file.

    Returns:
        `name#hash`, the hash taken over the records, so that the decisions on one file
        are found again on reload and never mixed with those on another output.
    """
    digest = hashlib.sha256()
    for r in records:
        digest.update(json.dumps(r.to_dict(), sort_keys=True).encode("utf-8"))
    return f"{name}#{digest.hexdigest()[:16]}"


def render_page(
    docs: Sequence[ReviewDoc],
    title: str = "bulletin_extract review",
    key: str | None = None,
) -> str:
    """Return the whole review page as one HTML string (inline CSS, JS and data).

    Args:
        docs: The documents, from `collect`.
        title: The page title.
        key: The key decisions are stored under in the browser (`storage_key`); by default
            one made from the records.

    Returns:
        The HTML text.
    """
    if key is None:
        key = storage_key(r for d in docs for r in d.records)
    data = {
        "title": title,
        "key": key,
        "unitKinds": {k: label for k, (_, label) in UNIT_KINDS.items()},
        "docs": [doc_payload(d, i) for i, d in enumerate(docs)],
    }
    colours = "\n".join(f".k-{k} {{ --kind: {c}; }}" for k, (c, _) in UNIT_KINDS.items())
    page = string.Template(_asset("page.html"))
    return page.substitute(
        title=html.escape(title),
        css=_asset("review.css") + "\n" + colours,
        js=_asset("review.js"),
        data=_script_json(data),
    )


def write_review(
    records: Iterable[Record],
    texts_dir: Path,
    output: Path,
    *,
    include_empty: bool = False,
    title: str = "bulletin_extract review",
    nlp: Language | None = None,
    source: Path | None = None,
) -> ReviewSummary:
    """Write the review page of `records`, whose texts are in `texts_dir`, to `output`.

    Args:
        records: Records of one or more documents (e.g. `formats.read_records(path)`).
        texts_dir: Folder holding each document as `<doc_id>` or `<doc_id>.txt`.
        output: The HTML file to write.
        include_empty: Also show texts of `texts_dir` that have no record.
        title: The page title.
        nlp: The pipeline; the default one otherwise.
        source: The records file, whose name keys the decisions kept in the browser.

    Returns:
        Counts of what the page shows, and the problems and warnings found.
    """
    records = list(records)
    docs = collect(records, texts_dir, include_empty=include_empty, nlp=nlp)
    key = storage_key(records, source.name if source is not None else "")
    output.write_text(render_page(docs, title, key), encoding="utf-8")
    return ReviewSummary(
        documents=len(docs),
        records=sum(len(d.records) for d in docs),
        misses=sum(not m.skipped for d in docs for m in d.misses),
        skipped=sum(m.skipped for d in docs for m in d.misses),
        problems=tuple(f"{d.doc_id}: {p}" for d in docs for p in (*d.problems, *d.warnings)),
    )
