"""The record type that `extract` emits, one per measurement (see docs in README)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import msgspec


@dataclass(frozen=True)
class Period:
    """A time phrase as written, with its resolved first and last day.

    Attributes:
        text: The phrase exactly as it stands in the document.
        start: First day of the period, or None when it cannot be resolved.
        end: Last day of the period, or None when it cannot be resolved.
    """

    text: str
    start: date | None = None
    end: date | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the period as JSON-plain values (ISO dates)."""
        return {
            "text": self.text,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Period:
        """Build a period from the output of `to_dict`."""
        start, end = data.get("start"), data.get("end")
        return cls(
            text=data["text"],
            start=date.fromisoformat(start) if start else None,
            end=date.fromisoformat(end) if end else None,
        )


@dataclass(frozen=True)
class Record:
    """One measurement found in a document.

    Attributes:
        doc_id: Id of the document (file name for files, the caller's id otherwise).
        text: The quantity mention exactly as written; equals `document[start:end]`.
        start: Character offset of the mention (Python str index).
        end: End offset of the mention, exclusive.
        value: The number with written multipliers applied.
        unit: `percent`, `percentage_point`, `basis_point`, `index_point`, `times`,
            `fraction`, `count`, an ISO 4217 currency code, or a physical unit name.
        metric: The indicator the number measures, as a phrase from the text.
        direction: `increase`, `decrease` or None.
        basis: `year_on_year`, `month_on_month`, `quarter_on_quarter`,
            `period_on_period` or None.
        qualifier: `more_than`, `less_than`, `approximately`, `up_to`, `at_least` or None.
        period: The time the number refers to, or None.
        agency: Canonical name of the organization credited for the number, or None.
        sentence: The sentence that holds the mention.
        rules: Ids of the rules that produced the parts of this record.
    """

    doc_id: str
    text: str
    start: int
    end: int
    value: float
    unit: str
    metric: str | None = None
    direction: str | None = None
    basis: str | None = None
    qualifier: str | None = None
    period: Period | None = None
    agency: str | None = None
    sentence: str = ""
    rules: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return the record as a JSON-plain dict in the documented field order."""
        # Written out rather than `dataclasses.asdict`, which copies deeply and is slow.
        return {
            "doc_id": self.doc_id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "unit": self.unit,
            "metric": self.metric,
            "direction": self.direction,
            "basis": self.basis,
            "qualifier": self.qualifier,
            "period": self.period.to_dict() if self.period else None,
            "agency": self.agency,
            "sentence": self.sentence,
            "rules": list(self.rules),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """Build a record from the output of `to_dict` (unknown keys are ignored)."""
        period = data.get("period")
        return cls(
            doc_id=data["doc_id"],
            text=data["text"],
            start=int(data["start"]),
            end=int(data["end"]),
            value=data["value"],
            unit=data["unit"],
            metric=data.get("metric"),
            direction=data.get("direction"),
            basis=data.get("basis"),
            qualifier=data.get("qualifier"),
            period=Period.from_dict(period) if period else None,
            agency=data.get("agency"),
            sentence=data.get("sentence", ""),
            rules=list(data.get("rules", [])),
        )


#: The one JSONL serializer: msgspec encodes the dataclasses as they are, fields in order
#: and dates as ISO strings, without building a dict per record (40 times `json.dumps`).
_ENCODER = msgspec.json.Encoder()


def to_jsonl(records: Iterable[Record]) -> str:
    """Records as JSONL: one JSON object per line (the fields of `Record.to_dict`, in order),
    each line ending in \\n."""
    return jsonl_bytes(records).decode("utf-8")


def jsonl_bytes(records: Iterable[Record]) -> bytes:
    """Records as JSONL, encoded in UTF-8 (see `to_jsonl`)."""
    items = records if isinstance(records, list) else list(records)
    return _ENCODER.encode_lines(items) if items else b""
