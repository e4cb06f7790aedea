"""A review page: every record shown in its document, as one self-contained HTML file.

`write_review(records, texts_dir, output)` reads each document's text from `texts_dir`
(`<doc_id>` or `<doc_id>.txt`), runs the rule components over it once more to find the
period and agency mentions and the quantities that gave no record, and writes a page
that needs no server and no network:

- the text, with each record's mention highlighted in the colour of its unit kind;
  hovering a mention shows its fields, clicking pins them in the side panel together
  with the rule ids and lights up the period and agency mentions the record took;
- period mentions underlined in blue, agency mentions in green;
- numbers that got no record outlined in red, so that misses stand out: quantities the
  rules matched but the record builder dropped, and digits no rule matched at all
  (dates, years and numbers inside names are left alone only when a period or agency
  rule covers them);
- under each text, a table of its records that can be sorted by any column and filtered
  by words or by unit kind; clicking a row selects its mention.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
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
    """A span of a document drawn on the page: a period, an agency or a missed number."""

    start: int
    end: int
    text: str
    rule: str = ""
    note: str = ""
    records: list[int] = field(default_factory=list)


@dataclass
class ReviewDoc:
    """One document of the review page.

    Attributes:
        doc_id: The document id of its records.
        text: The document text, or None when it was not found.
        records: Its records, in file order.
        periods: Period mentions found by the period rules.
        agencies: Agency mentions found by the gazetteer.
        misses: Numbers in the text with no record.
        problems: Messages about the document (text not found, offsets that do not match).
    """

    doc_id: str
    text: str | None
    records: list[Record]
    periods: list[Mention] = field(default_factory=list)
    agencies: list[Mention] = field(default_factory=list)
    misses: list[Mention] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    record_ok: list[bool] = field(default_factory=list)
    period_of: list[int | None] = field(default_factory=list)
    agency_of: list[int | None] = field(default_factory=list)


@dataclass(frozen=True)
class ReviewSummary:
    """What `write_review` wrote: counts for the message on stderr."""

    documents: int
    records: int
    misses: int
    problems: tuple[str, ...]


# ------------------------------------------------------------------ analysis


def find_text(texts_dir: Path, doc_id: str) -> Path | None:
    """Return the file of a document: `texts_dir/doc_id`, else `texts_dir/doc_id.txt`."""
    for name in (doc_id, f"{doc_id}.txt"):
        if not name or Path(name).name != name:  # ids are file names, never paths
            continue
        path = texts_dir / name
        if path.is_file():
            return path
    return None


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


def analyze(doc_id: str, text: str | None, records: list[Record], nlp: Language) -> ReviewDoc:
    """Collect what the page shows for one document.

    Args:
        doc_id: The document id.
        text: The document text, or None when it could not be found.
        records: The document's records.
        nlp: The pipeline whose rule components find periods, agencies and quantities.

    Returns:
        The document, with its mentions, misses and the links from records to mentions.
    """
    from .agencies import default_gazetteer
    from .components import AGENCIES, PERIODS, QUANTITIES

    review = ReviewDoc(doc_id=doc_id, text=text, records=records)
    if text is None:
        review.problems.append(f"text of {doc_id!r} not found: records shown without it")
        review.record_ok = [False] * len(records)
        review.period_of = [None] * len(records)
        review.agency_of = [None] * len(records)
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
    for span in span_list(QUANTITIES):
        if not _overlaps(span.start_char, span.end_char, [*recorded, *in_periods]):
            review.misses.append(
                Mention(
                    span.start_char,
                    span.end_char,
                    span.text,
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
                Mention(
                    match.start(),
                    match.end(),
                    match.group(),
                    "",
                    "a number no rule matched, and no record",
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


# ------------------------------------------------------------------ rendering


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
        cls = "m miss q" if m.rule else "m miss bare"
        add(m.start, m.end, 1, cls, {"data-kind": "miss", "data-i": str(i)})
    for i, m in enumerate(review.periods):
        add(m.start, m.end, 2, "m per", {"data-kind": "per", "data-i": str(i)})
    for i, m in enumerate(review.agencies):
        add(m.start, m.end, 3, "m agy", {"data-kind": "agy", "data-i": str(i)})
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


def _fmt(value: Any) -> str:
    return "" if value is None else html.escape(str(value))


def _value_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() and abs(value) < 1e21 else repr(value)


def _table(review: ReviewDoc, doc_index: int) -> str:
    # (header, sort type, width in % of the table)
    head = [
        ("#", "num", 3),
        ("text", "text", 7),
        ("value", "num", 7),
        ("unit", "text", 8),
        ("metric", "text", 14),
        ("direction", "text", 7),
        ("basis", "text", 8),
        ("qualifier", "text", 7),
        ("period", "text", 9),
        ("from", "text", 7),
        ("to", "text", 7),
        ("agency", "text", 9),
        ("rules", "text", 12),
    ]
    cols = "".join(f'<col style="width:{w}%">' for _, _, w in head)
    ths = "".join(
        f'<th data-col="{i}" data-type="{t}" title="sort by {n}">{n}</th>'
        for i, (n, t, _) in enumerate(head)
    )
    rows = []
    for i, r in enumerate(review.records):
        p = r.period
        cells = [
            str(i + 1),
            _fmt(r.text),
            _value_text(r.value),
            _fmt(r.unit),
            _fmt(r.metric),
            _fmt(r.direction),
            _fmt(r.basis),
            _fmt(r.qualifier),
            _fmt(p.text if p else None),
            _fmt(p.start if p else None),
            _fmt(p.end if p else None),
            _fmt(r.agency),
            " ".join(f"<code>{_fmt(rule).replace('.', '.<wbr>')}</code>" for rule in r.rules),
        ]
        tds = "".join(f"<td>{c}</td>" for c in cells)
        cls = "" if review.record_ok[i] else ' class="mismatch"'
        rows.append(
            f'<tr data-doc="{doc_index}" data-i="{i}" data-unit-kind="{unit_kind(r.unit)}"'
            f"{cls}>{tds}</tr>"
        )
    options = "".join(
        f'<option value="{k}">{html.escape(label)}</option>' for k, (_, label) in UNIT_KINDS.items()
    )
    return f"""
<div class="tools">
  <input type="search" class="filter" placeholder="filter records: any words" aria-label="filter">
  <select class="kind-filter" aria-label="unit kind">
    <option value="">all units</option>{options}</select>
  <span class="shown"></span>
</div>
<div class="scroll"><table class="records" data-doc="{doc_index}">
<colgroup>{cols}</colgroup>
<thead><tr>{ths}</tr></thead>
<tbody>{"".join(rows)}</tbody>
</table></div>"""


def _doc_payload(review: ReviewDoc) -> dict[str, Any]:
    def mention(m: Mention) -> dict[str, Any]:
        return {
            "text": m.text,
            "start": m.start,
            "end": m.end,
            "rule": m.rule,
            "note": m.note,
            "records": m.records,
        }

    return {
        "doc_id": review.doc_id,
        "records": [
            {
                **r.to_dict(),
                "kind": unit_kind(r.unit),
                "period_mention": review.period_of[i],
                "agency_mention": review.agency_of[i],
            }
            for i, r in enumerate(review.records)
        ],
        "periods": [mention(m) for m in review.periods],
        "agencies": [mention(m) for m in review.agencies],
        "misses": [mention(m) for m in review.misses],
    }


def _section(review: ReviewDoc, index: int) -> str:
    n_ok = sum(review.record_ok)
    problems = "".join(f"<li>{html.escape(p)}</li>" for p in review.problems)
    text_html = ""
    if review.text is not None:
        body = render_text(review.text, _marks(review, index))
        text_html = f'<div class="text" data-doc="{index}">{body}</div>'
    return f"""
<section class="doc" id="doc-{index}" data-doc="{index}" data-doc-id="{html.escape(review.doc_id)}"
  data-records="{len(review.records)}" data-misses="{len(review.misses)}">
<h2>{html.escape(review.doc_id)}</h2>
<p class="counts"><b>{len(review.records)}</b> records ({n_ok} highlighted),
  <b>{len(review.periods)}</b> period and <b>{len(review.agencies)}</b> agency mentions,
  <b class="miss-count">{len(review.misses)}</b> numbers without a record</p>
{f'<ul class="problems">{problems}</ul>' if problems else ""}
{text_html}
<details class="table" open><summary>Records of {html.escape(review.doc_id)}</summary>
{_table(review, index)}
</details>
</section>"""


def render_page(docs: Sequence[ReviewDoc], title: str = "bulletin_extract review") -> str:
    """Return the whole review page as one HTML string (inline CSS, JS and data).

    Args:
        docs: The documents, from `collect`.
        title: The page title.

    Returns:
        The HTML text.
    """
    data = json.dumps([_doc_payload(d) for d in docs], ensure_ascii=False)
    # Inside <script>, "</" could close the element early; "<" escaped keeps JSON valid.
    data = data.replace("<", "\\u003c")
    legend = "".join(
        f'<span class="m rec k-{k}" data-legend="{k}">{html.escape(label)}</span> '
        for k, (_, label) in UNIT_KINDS.items()
    )
    colours = "\n".join(f".k-{k} {{ background: {c}; }}" for k, (c, _) in UNIT_KINDS.items())
    nav = "".join(
        f'<li><a href="#doc-{i}">{html.escape(d.doc_id)}</a> '
        f"<small>{len(d.records)} records, {len(d.misses)} without</small></li>"
        for i, d in enumerate(docs)
    )
    n_records = sum(len(d.records) for d in docs)
    n_misses = sum(len(d.misses) for d in docs)
    sections = "".join(_section(d, i) for i, d in enumerate(docs))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title>
<style>
{_CSS}
{colours}
</style>
</head>
<body>
<aside id="detail" aria-live="polite"><p class="hint">Hover a highlighted number to see its
record; click it to keep it here.</p></aside>
<div id="tip" role="tooltip" hidden></div>
<main>
<header>
<h1>{html.escape(title)}</h1>
<p id="summary"><b>{len(docs)}</b> documents, <b>{n_records}</b> records,
  <b>{n_misses}</b> numbers without a record</p>
<p class="legend">{legend}
  <span class="m per">period</span> <span class="m agy">agency</span>
  <span class="m miss q">quantity without a record</span>
  <span class="m miss bare">other number without a record</span></p>
<ul class="nav">{nav}</ul>
</header>
{sections}
</main>
<script type="application/json" id="review-data">{data}</script>
<script>
{_JS}
</script>
</body>
</html>
"""


def write_review(
    records: Iterable[Record],
    texts_dir: Path,
    output: Path,
    *,
    include_empty: bool = False,
    title: str = "bulletin_extract review",
    nlp: Language | None = None,
) -> ReviewSummary:
    """Write the review page of `records`, whose texts are in `texts_dir`, to `output`.

    Args:
        records: Records of one or more documents (e.g. `formats.read_records(path)`).
        texts_dir: Folder holding each document as `<doc_id>` or `<doc_id>.txt`.
        output: The HTML file to write.
        include_empty: Also show texts of `texts_dir` that have no record.
        title: The page title.
        nlp: The pipeline; the default one otherwise.

    Returns:
        Counts of what the page shows, and the problems found.
    """
    docs = collect(records, texts_dir, include_empty=include_empty, nlp=nlp)
    output.write_text(render_page(docs, title), encoding="utf-8")
    return ReviewSummary(
        documents=len(docs),
        records=sum(len(d.records) for d in docs),
        misses=sum(len(d.misses) for d in docs),
        problems=tuple(p for d in docs for p in d.problems),
    )


_CSS = """
:root { --panel: 360px; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1b1b; background: #fafafa; }
main { margin-right: var(--panel); padding: 12px 24px 48px; }
h1 { font-size: 22px; margin: 4px 0; }
h2 { font-size: 18px; margin: 0 0 4px; font-family: ui-monospace, monospace; }
header { border-bottom: 1px solid #ddd; margin-bottom: 12px; }
.legend .m { margin-right: 6px; font-size: 13px; }
.nav { margin: 6px 0 10px; padding-left: 18px; font-size: 14px; }
.doc { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 12px 16px;
  margin: 0 0 18px; }
.counts { margin: 0 0 8px; color: #444; font-size: 14px; }
.problems { color: #b71c1c; font-size: 14px; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; border-left: 3px solid #eee;
  padding: 4px 10px; margin-bottom: 10px; }
.m { border-radius: 3px; cursor: pointer; }
.rec { padding: 0 1px; box-shadow: inset 0 -2px 0 rgba(0,0,0,.25); }
.per { border-bottom: 2px dotted #1565c0; background: rgba(21,101,192,.07); }
.agy { border-bottom: 2px solid #2e7d32; background: rgba(46,125,50,.07); }
.miss { outline: 2px dashed #d32f2f; outline-offset: 1px; background: #ffebee; color: #b71c1c; }
.miss.bare { outline: 1px dashed #ef6c00; background: #fff3e0; color: #bf360c; }
.legend .m { white-space: nowrap; }
.m.active { outline: 3px solid #111; outline-offset: 1px; }
.m.linked { outline: 2px solid #6a1b9a; outline-offset: 1px; }
#tip { position: fixed; z-index: 10; max-width: 420px; background: #263238; color: #fff;
  font-size: 13px; padding: 6px 9px; border-radius: 5px; pointer-events: none;
  box-shadow: 0 2px 8px rgba(0,0,0,.3); }
#tip table, #detail table { border-collapse: collapse; }
#tip th, #tip td { text-align: left; vertical-align: top; padding: 0 6px 0 0; }
#tip th { color: #b0bec5; font-weight: normal; }
#detail { position: fixed; top: 0; right: 0; width: var(--panel); height: 100vh; overflow: auto;
  background: #fff; border-left: 1px solid #ccc; padding: 12px 14px; font-size: 14px; }
#detail h3 { margin: 0 0 6px; font-size: 16px; }
#detail th { text-align: left; vertical-align: top; color: #555; font-weight: 600;
  padding: 2px 8px 2px 0; white-space: nowrap; }
#detail td { padding: 2px 0; overflow-wrap: anywhere; }
#detail .hint { color: #777; }
code { font-size: 12px; background: #f1f1f1; padding: 0 3px; border-radius: 3px; }
.tools { display: flex; gap: 8px; align-items: center; margin: 6px 0; font-size: 14px; }
.tools input { flex: 0 1 280px; padding: 3px 6px; }
.scroll { overflow-x: auto; }
table.records { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 12.5px; }
table.records td:last-child code { display: inline-block; font-size: 11px; margin: 0 2px 1px 0;
  overflow-wrap: anywhere; }
table.records th { position: sticky; top: 0; background: #eceff1; cursor: pointer;
  text-align: left; padding: 3px 5px; user-select: none; overflow: hidden;
  text-overflow: ellipsis; white-space: nowrap; }
table.records th.asc::after { content: " \\25B2"; }
table.records th.desc::after { content: " \\25BC"; }
table.records td { border-top: 1px solid #eee; padding: 2px 5px; vertical-align: top;
  overflow-wrap: anywhere; }
table.records tr { cursor: pointer; }
table.records tr:hover td { background: #f5f5f5; }
table.records tr.selected td { background: #fff8e1; }
table.records tr.mismatch td { color: #b71c1c; }
summary { cursor: pointer; font-weight: 600; }
"""

_JS = r"""
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("review-data").textContent);
  var tip = document.getElementById("tip");
  var panel = document.getElementById("detail");
  var FIELDS = ["text", "value", "unit", "metric", "direction", "basis", "qualifier",
                "period", "agency", "rules"];

  function esc(s) {
    return String(s).replace(/[&<>"]/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c];
    });
  }
  function show(v) { return v === null || v === undefined || v === "" ? "\u2014" : String(v); }
  function fieldValue(rec, name) {
    if (name === "period") {
      if (!rec.period) { return null; }
      var p = rec.period;
      return p.text + " (" + show(p.start) + " \u2192 " + show(p.end) + ")";
    }
    if (name === "rules") { return rec.rules.join(" "); }
    return rec[name];
  }
  function rows(pairs) {
    return "<table>" + pairs.map(function (p) {
      return '<tr data-field="' + esc(p[0]) + '"><th>' + esc(p[0]) + "</th><td>" +
        esc(show(p[1])) + "</td></tr>";
    }).join("") + "</table>";
  }
  function describe(el, full) {
    var d = DATA[+el.dataset.doc], i = +el.dataset.i, kind = el.dataset.kind;
    if (kind === "rec") {
      var rec = d.records[i];
      var pairs = FIELDS.map(function (f) { return [f, fieldValue(rec, f)]; });
      if (full) {
        pairs.push(["offsets", rec.start + "\u2013" + rec.end]);
        pairs.push(["sentence", rec.sentence]);
        pairs.push(["document", rec.doc_id]);
      }
      return "<h3>record #" + (i + 1) + "</h3>" + rows(pairs);
    }
    var list = kind === "per" ? d.periods : kind === "agy" ? d.agencies : d.misses;
    var m = list[i];
    var title = kind === "per" ? "period mention" : kind === "agy" ? "agency mention"
      : "number without a record";
    var pairs2 = [["text", m.text], ["rule", m.rule || null]];
    if (kind === "agy") { pairs2.push(["agency", m.note]); }
    if (kind === "miss") { pairs2.push(["why", m.note]); }
    if (kind !== "miss") {
      pairs2.push(["records", m.records.map(function (r) { return "#" + (r + 1); }).join(" ")]);
    }
    pairs2.push(["offsets", m.start + "\u2013" + m.end]);
    return "<h3>" + title + "</h3>" + rows(pairs2);
  }
  function marksOf(doc, kind, i) {
    return document.querySelectorAll('.m[data-doc="' + doc + '"][data-kind="' + kind +
      '"][data-i="' + i + '"]');
  }
  function clearSelection() {
    document.querySelectorAll(".m.active, .m.linked").forEach(function (e) {
      e.classList.remove("active", "linked");
    });
    document.querySelectorAll("tr.selected").forEach(function (e) {
      e.classList.remove("selected");
    });
  }
  function select(el, scroll) {
    clearSelection();
    var doc = el.dataset.doc, i = el.dataset.i, kind = el.dataset.kind;
    marksOf(doc, kind, i).forEach(function (e) { e.classList.add("active"); });
    if (kind === "rec") {
      var rec = DATA[+doc].records[+i];
      function link(e) { e.classList.add("linked"); }
      if (rec.period_mention !== null) { marksOf(doc, "per", rec.period_mention).forEach(link); }
      if (rec.agency_mention !== null) { marksOf(doc, "agy", rec.agency_mention).forEach(link); }
      var row = document.querySelector(
        'table.records tr[data-doc="' + doc + '"][data-i="' + i + '"]');
      if (row) { row.classList.add("selected"); }
    }
    panel.innerHTML = describe(el, true);
    panel.dataset.doc = doc;
    panel.dataset.kind = kind;
    panel.dataset.i = i;
    if (scroll) { el.scrollIntoView({block: "center"}); }
  }

  document.querySelectorAll(".text .m").forEach(function (el) {
    el.addEventListener("mouseenter", function (ev) {
      ev.stopPropagation();
      tip.innerHTML = describe(el, false);
      tip.hidden = false;
      var r = el.getBoundingClientRect();
      var top = r.bottom + 6;
      if (top + tip.offsetHeight > window.innerHeight) { top = r.top - tip.offsetHeight - 6; }
      tip.style.top = Math.max(0, top) + "px";
      var left = Math.min(r.left, window.innerWidth - tip.offsetWidth - 8);
      tip.style.left = Math.max(0, left) + "px";
    });
    el.addEventListener("mouseleave", function () { tip.hidden = true; });
    el.addEventListener("click", function (ev) {
      ev.stopPropagation();
      select(el, false);
    });
  });

  document.querySelectorAll("table.records").forEach(function (table) {
    var tbody = table.tBodies[0];
    var section = table.closest("section");
    var input = section.querySelector("input.filter");
    var kindSel = section.querySelector("select.kind-filter");
    var shown = section.querySelector(".shown");
    function filter() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var kind = kindSel.value, n = 0;
      Array.prototype.forEach.call(tbody.rows, function (tr) {
        var text = tr.textContent.toLowerCase();
        var ok = words.every(function (w) { return text.indexOf(w) >= 0; }) &&
          (!kind || tr.dataset.unitKind === kind);
        tr.hidden = !ok;
        if (ok) { n++; }
      });
      shown.textContent = n + " of " + tbody.rows.length + " records shown";
    }
    input.addEventListener("input", filter);
    kindSel.addEventListener("change", filter);
    filter();
    table.querySelectorAll("th").forEach(function (th) {
      th.addEventListener("click", function () {
        var col = +th.dataset.col, numeric = th.dataset.type === "num";
        var asc = !th.classList.contains("asc");
        table.querySelectorAll("th").forEach(function (h) { h.classList.remove("asc", "desc"); });
        th.classList.add(asc ? "asc" : "desc");
        var list = Array.prototype.slice.call(tbody.rows);
        list.sort(function (a, b) {
          var x = a.cells[col].textContent, y = b.cells[col].textContent, c;
          if (numeric) {
            c = (parseFloat(x) || 0) - (parseFloat(y) || 0);
          } else if (!x || !y) {
            c = (x ? 0 : 1) - (y ? 0 : 1);  /* empty cells last */
            return c;
          } else {
            c = x.localeCompare(y);
          }
          return asc ? c : -c;
        });
        list.forEach(function (tr) { tbody.appendChild(tr); });
      });
    });
    Array.prototype.forEach.call(tbody.rows, function (tr) {
      tr.addEventListener("click", function () {
        var mark = marksOf(tr.dataset.doc, "rec", tr.dataset.i)[0];
        if (mark) { select(mark, true); }
      });
    });
  });
})();
"""
