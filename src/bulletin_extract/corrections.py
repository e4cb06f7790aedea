"""Apply a reviewer's decisions to records: the step from reviewed output to a gold file.

The review page exports one JSON object per decision (`corrections.jsonl`):

```json
{"doc_id": "a.txt", "start": 12, "end": 16, "verdict": "wrong", "fields": {"metric": "exports"}}
```

- `correct`: the record at that span is right; it is kept as it is.
- `wrong`: the record is wrong; without `fields` it is dropped (not a measurement), with
  `fields` it is kept with those fields replaced (the record's own field names:
  `value`, `unit`, `metric`, `direction`, `basis`, `qualifier`, `period`, `agency`,
  `sentence`).
- `missing`: a number that should be a record and has none; `fields` gives at least its
  `value` and `unit`, and the record's `text` is read from the document at `start:end`.
- `skip`: a number rightly left without a record; it changes nothing and is only checked.

Records without a decision are kept; records given twice for one span share the decision on
it. `apply_corrections` returns the gold records; every problem of the input is reported as
`CorrectionError` with the file and line.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .records import Period, Record

#: The verdicts a decision can carry.
VERDICTS = ("correct", "wrong", "missing", "skip")

#: Record fields a decision may set.
EDITABLE_FIELDS = (
    "value",
    "unit",
    "metric",
    "direction",
    "basis",
    "qualifier",
    "period",
    "agency",
    "sentence",
)

_KEYS = frozenset({"doc_id", "start", "end", "verdict", "fields", "text", "note"})
# Sentence ends inside one paragraph: ". " before a capital, a digit or an opening quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"\u201d\u2019)]?\s+(?=[A-Z0-9\"\u201c(])")


class CorrectionError(ValueError):
    """A decision or a records line that cannot be applied; the message says where."""


@dataclass(frozen=True)
class Correction:
    """One decision of a reviewer.

    Attributes:
        doc_id: The document.
        start: Start offset of the number in the document text.
        end: End offset, exclusive.
        verdict: One of `VERDICTS`.
        fields: Corrected or new field values, in the record's field names.
        where: `file:line` of the decision, for messages.
    """

    doc_id: str
    start: int
    end: int
    verdict: str
    fields: dict[str, Any] = field(default_factory=dict)
    where: str = ""

    @property
    def key(self) -> tuple[str, int, int]:
        """The span the decision is about."""
        return (self.doc_id, self.start, self.end)


@dataclass(frozen=True)
class ApplySummary:
    """Counts of what `apply_corrections` did.

    Attributes:
        kept: Records kept as they were (marked correct, or undecided).
        confirmed: Of those, records marked correct.
        corrected: Records kept with corrected fields.
        dropped: Records removed.
        added: Records added for numbers that had none.
    """

    kept: int = 0
    confirmed: int = 0
    corrected: int = 0
    dropped: int = 0
    added: int = 0


# ------------------------------------------------------------------ reading


def _vocabulary() -> dict[str, list[str | None]]:
    from .schema import record_schema

    props = record_schema()["properties"]
    return {name: list(props[name]["enum"]) for name in ("direction", "basis", "qualifier")}


def _check_date(value: Any, name: str, where: str) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise CorrectionError(f"{where}: period {name} must be an ISO date or null")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise CorrectionError(f"{where}: period {name} {value!r} is not an ISO date") from None


def check_fields(fields: dict[str, Any], where: str) -> None:
    """Check that `fields` holds only record fields with values the record schema allows.

    Args:
        fields: Field values of a decision.
        where: `file:line`, for the message.

    Raises:
        CorrectionError: A field is unknown or its value has the wrong type or is not in
            the field's vocabulary.
    """
    unknown = sorted(set(fields) - set(EDITABLE_FIELDS))
    if unknown:
        raise CorrectionError(
            f"{where}: unknown field {', '.join(unknown)}; allowed: {', '.join(EDITABLE_FIELDS)}"
        )
    vocab = _vocabulary()
    for name, value in fields.items():
        if name == "value":
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise CorrectionError(f"{where}: value must be a number, not {value!r}")
        elif name == "unit":
            if not isinstance(value, str) or not value.strip():
                raise CorrectionError(f"{where}: unit must be a non-empty string")
        elif name in vocab:
            if value not in vocab[name]:
                allowed = ", ".join(str(v) for v in vocab[name] if v is not None)
                raise CorrectionError(
                    f"{where}: {name} {value!r} is not one of {allowed} (or null)"
                )
        elif name == "period":
            if value is None:
                continue
            if not isinstance(value, dict) or not isinstance(value.get("text"), str):
                raise CorrectionError(
                    f"{where}: period must be null or an object with text, start and end"
                )
            extra = set(value) - {"text", "start", "end"}
            if extra:
                raise CorrectionError(f"{where}: period has unknown keys {sorted(extra)}")
            _check_date(value.get("start"), "start", where)
            _check_date(value.get("end"), "end", where)
        elif name == "sentence":
            if not isinstance(value, str):
                raise CorrectionError(f"{where}: sentence must be a string")
        elif value is not None and not isinstance(value, str):
            raise CorrectionError(f"{where}: {name} must be a string or null")


def _json_lines(path: Path) -> Iterable[tuple[str, Any]]:
    try:
        handle = path.open(encoding="utf-8-sig")
    except OSError as exc:
        raise CorrectionError(f"{path}: cannot read: {exc.strerror or exc}") from None
    with handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                yield where, json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorrectionError(f"{where}: not JSON: {exc.msg}") from None


def parse_correction(data: Any, where: str) -> Correction:
    """Check one decision (a parsed JSON line) and return it.

    Args:
        data: The parsed line.
        where: `file:line`, for messages.

    Returns:
        The decision.

    Raises:
        CorrectionError: The line is not a valid decision; the message says why.
    """
    if not isinstance(data, dict):
        raise CorrectionError(f"{where}: a decision must be a JSON object")
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise CorrectionError(
            f"{where}: unknown key {', '.join(unknown)}; allowed: {', '.join(sorted(_KEYS))}"
        )
    for key in ("doc_id", "start", "end", "verdict"):
        if key not in data:
            raise CorrectionError(f"{where}: no {key!r}")
    doc_id, start, end, verdict = data["doc_id"], data["start"], data["end"], data["verdict"]
    if not isinstance(doc_id, str) or not doc_id:
        raise CorrectionError(f"{where}: doc_id must be a non-empty string")
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)):
        raise CorrectionError(f"{where}: start and end must be integers")
    if not 0 <= start < end:
        raise CorrectionError(f"{where}: start {start} and end {end} are not a span")
    if verdict not in VERDICTS:
        raise CorrectionError(f"{where}: verdict {verdict!r} is not one of {', '.join(VERDICTS)}")
    fields = data.get("fields") or {}
    if not isinstance(fields, dict):
        raise CorrectionError(f"{where}: fields must be a JSON object")
    check_fields(fields, where)
    if verdict == "missing":
        lacking = [k for k in ("value", "unit") if k not in fields]
        if lacking:
            raise CorrectionError(f"{where}: a missing record needs {' and '.join(lacking)}")
    if verdict in ("correct", "skip") and fields:
        raise CorrectionError(f"{where}: verdict {verdict!r} takes no fields")
    return Correction(doc_id, start, end, verdict, dict(fields), where)


def read_corrections(path: Path) -> list[Correction]:
    """Read a corrections JSONL file, checking every line.

    Args:
        path: The file the review page exported.

    Returns:
        The decisions, in file order.

    Raises:
        CorrectionError: A line is not a valid decision, or two lines decide on the same
            span; the message names the file and line.
    """
    out: list[Correction] = []
    seen: dict[tuple[str, int, int], str] = {}
    for where, data in _json_lines(path):
        c = parse_correction(data, where)
        if c.key in seen:
            raise CorrectionError(
                f"{where}: a second decision for {c.doc_id} {c.start}:{c.end}"
                f" (first at {seen[c.key]})"
            )
        seen[c.key] = where
        out.append(c)
    return out


def read_records_checked(path: Path) -> list[Record]:
    """Read records (JSONL, or CSV / Parquet by suffix), naming the line of a bad record.

    Args:
        path: The records file.

    Returns:
        The records, in file order.

    Raises:
        CorrectionError: A line is not a record.
    """
    if path.suffix.lower() in (".csv", ".parquet", ".pq"):
        from .formats import read_records

        try:
            return read_records(path)
        except (ValueError, KeyError, TypeError) as exc:
            raise CorrectionError(f"{path}: not a records file ({exc})") from None
    out = []
    for where, data in _json_lines(path):
        if not isinstance(data, dict):
            raise CorrectionError(f"{where}: a record must be a JSON object")
        try:
            out.append(Record.from_dict(data))
        except KeyError as exc:
            raise CorrectionError(f"{where}: record without {exc.args[0]!r}") from None
        except (ValueError, TypeError) as exc:
            raise CorrectionError(f"{where}: not a record ({exc})") from None
    return out


# ------------------------------------------------------------------ applying


def sentence_at(text: str, start: int, end: int) -> str:
    """Return the sentence of `text` that holds `start:end`, within its line (paragraph)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    begin, finish = 0, len(line)
    for m in _SENTENCE_END.finditer(line):
        if m.end() <= start - line_start:
            begin = m.end()
        elif m.start() >= end - line_start:
            finish = m.start()
            break
    return line[begin:finish].strip()


def _with_fields(record: Record, fields: dict[str, Any]) -> Record:
    changes = dict(fields)
    if "period" in changes:
        period = changes["period"]
        changes["period"] = Period.from_dict(period) if period else None
    if "value" in changes:
        changes["value"] = float(changes["value"])
    return dataclasses.replace(record, **changes)


def apply_corrections(
    records: Iterable[Record],
    corrections: Iterable[Correction],
    text_of: Callable[[str], str | None] | None = None,
) -> tuple[list[Record], ApplySummary]:
    """Apply decisions to records and return the gold records.

    Args:
        records: The reviewed records.
        corrections: The decisions (`read_corrections`).
        text_of: Returns a document's text by id, None when it cannot be found; needed for
            `missing` decisions, whose record text is read from the document.

    Returns:
        The records with the decisions applied, in document order (documents as they first
        appear, then by offset), and counts of what changed.

    Raises:
        CorrectionError: A decision is about a record that does not exist, a number that
            already has a record, or a document whose text cannot be found.
    """
    records = list(records)
    # Records given twice for one span share the decision on that span.
    by_span: dict[tuple[str, int, int], list[int]] = {}
    for i, r in enumerate(records):
        by_span.setdefault((r.doc_id, r.start, r.end), []).append(i)
    out: list[Record | None] = list(records)
    added: list[Record] = []
    counts = {"confirmed": 0, "corrected": 0, "dropped": 0}
    texts: dict[str, str | None] = {}
    for c in corrections:
        indexes = by_span.get(c.key, [])
        if c.verdict in ("correct", "wrong"):
            if not indexes:
                raise CorrectionError(
                    f"{c.where}: no record at {c.doc_id} {c.start}:{c.end} to mark {c.verdict}"
                )
            if c.verdict == "correct":
                counts["confirmed"] += len(indexes)
            elif c.fields:
                for i in indexes:
                    out[i] = _with_fields(records[i], c.fields)
                counts["corrected"] += len(indexes)
            else:
                for i in indexes:
                    out[i] = None
                counts["dropped"] += len(indexes)
            continue
        if indexes:
            raise CorrectionError(
                f"{c.where}: {c.doc_id} {c.start}:{c.end} already has a record"
                f" ({records[indexes[0]].text!r}); mark it correct or wrong"
            )
        if c.verdict == "skip":
            continue
        if c.doc_id not in texts:
            texts[c.doc_id] = text_of(c.doc_id) if text_of is not None else None
        text = texts[c.doc_id]
        if text is None:
            hint = "" if text_of is not None else " (give the texts folder: --texts DIR)"
            raise CorrectionError(f"{c.where}: text of {c.doc_id!r} not found{hint}")
        if c.end > len(text):
            raise CorrectionError(
                f"{c.where}: {c.start}:{c.end} is past the end of {c.doc_id!r} ({len(text)})"
            )
        base = Record(
            doc_id=c.doc_id,
            text=text[c.start : c.end],
            start=c.start,
            end=c.end,
            value=0.0,
            unit="count",
            sentence=sentence_at(text, c.start, c.end),
        )
        added.append(_with_fields(base, c.fields))
    kept = [r for r in out if r is not None]
    gold = _merge(kept, added)
    summary = ApplySummary(
        kept=len(kept) - counts["corrected"],
        confirmed=counts["confirmed"],
        corrected=counts["corrected"],
        dropped=counts["dropped"],
        added=len(added),
    )
    return gold, summary


def _merge(kept: list[Record], added: list[Record]) -> list[Record]:
    """Kept records in their order, each added one before the first later record."""
    by_doc: dict[str, list[Record]] = {}
    for r in kept:
        by_doc.setdefault(r.doc_id, []).append(r)
    for new in sorted(added, key=lambda r: (r.start, r.end)):
        rows = by_doc.setdefault(new.doc_id, [])
        at = next((i for i, r in enumerate(rows) if r.start > new.start), len(rows))
        rows.insert(at, new)
    return [r for rows in by_doc.values() for r in rows]


def texts_from_folder(folder: Path) -> Callable[[str], str | None]:
    """Return a function that reads a document by id from `folder`, as `extract` reads it.

    The file is `<doc_id>` or `<doc_id>.txt`; it is decoded (and HTML or PDF turned into
    text) by `readers.read_document`, so offsets mean what they meant to `extract`.
    """
    from .readers import ReadError, read_document
    from .review import find_text

    def text_of(doc_id: str) -> str | None:
        path = find_text(folder, doc_id)
        if path is None:
            return None
        try:
            return read_document(path).text()
        except ReadError as exc:
            raise CorrectionError(f"{path}: cannot read: {exc}") from None

    return text_of
