"""Measure records against annotated (gold) records: `score(gold, pred)`.

The rules are those of the record contract:

- records are compared document by document; a predicted record is paired with a gold
  record of the same `doc_id` when their `[start, end)` spans overlap, one to one, the
  largest overlaps first (ties in gold order, then predicted order);
- a pair counts for *mention*; for *value+unit* when the values agree (sign ignored: a
  decline may be written either way) and the units are the same; for *record* when every
  field below is right as well;
- field accuracy is taken over the value+unit pairs: `metric` is right at a token F1 of
  at least 0.5 (lower case, words and digits, articles dropped); `direction`, `basis` and
  `qualifier` must be equal (empty counts as null); the period's `start` and `end` must be
  equal; `agency` is right when the words of one name (less filler words, common
  abbreviations spelled out) are all in the other's, or both are empty.

Only documents that have gold records are scored: predicted records of other documents
are not counted.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: The fields whose accuracy is measured over value+unit pairs, in report order.
FIELDS = ("metric", "direction", "basis", "qualifier", "period_start", "period_end", "agency")

#: Least token F1 at which a predicted metric counts as the gold one.
METRIC_MIN_F1 = 0.5

_ARTICLES = frozenset({"the", "a", "an"})
_WORD = re.compile(r"[a-z0-9]+")
# Words that do not tell one organization from another ("U.S." is "u" + "s").
_AGENCY_FILLER = frozenset({"of", "and", "for", "u", "s", "us", "uk"})
_AGENCY_ABBREVIATIONS = {
    "assn": "association",
    "bur": "bureau",
    "co": "company",
    "corp": "corporation",
    "dept": "department",
    "govt": "government",
    "inc": "incorporated",
    "inst": "institute",
    "intl": "international",
    "ltd": "limited",
    "min": "ministry",
    "natl": "national",
}

Gold = dict[str, Any]


class ScoreInputError(ValueError):
    """A records file that cannot be scored; the message names the file and line."""


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 of one kind of match.

    Attributes:
        correct: Pairs that match.
        predicted: Predicted records counted.
        gold: Gold records counted.
    """

    correct: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        """Share of predicted records that match."""
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Share of gold records that are matched."""
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        """Return the figures as JSON-plain values."""
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "correct": self.correct,
        }


@dataclass(frozen=True)
class ScoreError:
    """One difference between gold and predicted records.

    Attributes:
        doc_id: The document.
        kind: `missed` (a gold record with no pair), `spurious` (a predicted record with no
            pair), `value/unit`, or the name of a field of `FIELDS` that is wrong.
        gold: The gold record, None for `spurious`.
        pred: The predicted record, None for `missed`.
    """

    doc_id: str
    kind: str
    gold: Gold | None
    pred: Gold | None

    def describe(self) -> str:
        """Return the error as one line for people."""
        rec = self.gold if self.gold is not None else self.pred
        assert rec is not None
        where = f"{self.doc_id} [{rec.get('start')}:{rec.get('end')}] {rec.get('text')!r}"
        if self.gold is None or self.pred is None:
            return f"{where} {self.kind}"
        return (
            f"{where} {self.kind}: gold {_shown(self.gold, self.kind)!r}"
            f" / predicted {_shown(self.pred, self.kind)!r}"
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the error as JSON-plain values."""
        return {"doc_id": self.doc_id, "kind": self.kind, "gold": self.gold, "pred": self.pred}


@dataclass(frozen=True)
class Score:
    """What `score` measured.

    Attributes:
        documents: Documents scored (those with gold records).
        mention: Pairs of overlapping spans.
        value_unit: Pairs whose value and unit are right.
        record: Pairs whose value, unit and every field of `FIELDS` are right.
        field_accuracy: For each field of `FIELDS`, the share of value+unit pairs where it
            is right.
        errors: Every difference, document by document: in each, the missed and spurious
            records first, then the pairs with a wrong part.
    """

    documents: int
    mention: PRF
    value_unit: PRF
    record: PRF
    field_accuracy: dict[str, float]
    errors: list[ScoreError] = field(default_factory=list)

    def to_dict(self, errors: int = 0) -> dict[str, Any]:
        """Return the figures as JSON-plain values, with the first `errors` errors."""
        out: dict[str, Any] = {
            "documents": self.documents,
            "gold": self.mention.gold,
            "predicted": self.mention.predicted,
            "mention": self.mention.to_dict(),
            "value_unit": self.value_unit.to_dict(),
            "record": self.record.to_dict(),
            "field_accuracy": dict(self.field_accuracy),
        }
        if errors:
            out["errors"] = [e.to_dict() for e in self.errors[:errors]]
        return out

    def report(self, errors: int = 0) -> str:
        """Return the figures as a small table for people, with the first `errors` errors."""
        lines = [
            f"documents {self.documents}  gold records {self.mention.gold}"
            f"  predicted {self.mention.predicted}",
            "             precision  recall     F1",
        ]
        for name, prf in (
            ("mention", self.mention),
            ("value+unit", self.value_unit),
            ("record", self.record),
        ):
            lines.append(f"{name:<12} {prf.precision:9.3f} {prf.recall:7.3f} {prf.f1:6.3f}")
        lines.append(f"field accuracy over {self.value_unit.correct} value+unit pairs:")
        lines.extend(f"  {name:<13} {self.field_accuracy[name]:.3f}" for name in FIELDS)
        if errors:
            lines.append(f"errors (first {min(errors, len(self.errors))} of {len(self.errors)}):")
            lines.extend(f"- {e.describe()}" for e in self.errors[:errors])
        return "\n".join(lines)


# ------------------------------------------------------------------ field rules


def metric_tokens(text: str | None) -> list[str]:
    """Return the words and digits of a phrase, lower case, articles dropped."""
    return [t for t in _WORD.findall((text or "").lower()) if t not in _ARTICLES]


def token_f1(gold: str | None, pred: str | None) -> float:
    """Return the F1 of the two phrases' tokens (`metric_tokens`, counted with repeats).

    Two empty phrases agree (1.0); an empty and a non-empty one do not (0.0).
    """
    g, p = metric_tokens(gold), metric_tokens(pred)
    if not g and not p:
        return 1.0
    common = sum((Counter(g) & Counter(p)).values())
    if not common:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def _agency_words(name: str | None) -> set[str]:
    return {_AGENCY_ABBREVIATIONS.get(t, t) for t in metric_tokens(name) if t not in _AGENCY_FILLER}


def same_agency(gold: str | None, pred: str | None) -> bool:
    """Return whether two agency names name one organization.

    They do when the words of one (filler words dropped, abbreviations spelled out) are all
    among the other's; two empty names agree, an empty and a non-empty one do not.
    """
    g, p = _agency_words(gold), _agency_words(pred)
    if not g or not p:
        return g == p
    return g <= p or p <= g


def _period_day(record: Gold, key: str) -> Any:
    period = record.get("period")
    return period.get(key) if isinstance(period, dict) else None


def _label(value: Any) -> Any:
    return value or None


def same_value_and_unit(gold: Gold, pred: Gold) -> bool:
    """Return whether the values (sign ignored) and the units (case ignored) agree."""
    try:
        g, p = abs(float(gold["value"])), abs(float(pred["value"]))
    except (TypeError, ValueError, KeyError):
        return False
    if not math.isclose(g, p, rel_tol=1e-6, abs_tol=1e-9):
        return False
    return str(gold.get("unit", "")).strip().lower() == str(pred.get("unit", "")).strip().lower()


def field_checks(gold: Gold, pred: Gold) -> dict[str, bool]:
    """Return, for each field of `FIELDS`, whether the predicted record has it right."""
    return {
        "metric": token_f1(gold.get("metric"), pred.get("metric")) >= METRIC_MIN_F1,
        "direction": _label(gold.get("direction")) == _label(pred.get("direction")),
        "basis": _label(gold.get("basis")) == _label(pred.get("basis")),
        "qualifier": _label(gold.get("qualifier")) == _label(pred.get("qualifier")),
        "period_start": _period_day(gold, "start") == _period_day(pred, "start"),
        "period_end": _period_day(gold, "end") == _period_day(pred, "end"),
        "agency": same_agency(gold.get("agency"), pred.get("agency")),
    }


def _shown(record: Gold, kind: str) -> Any:
    if kind == "value/unit":
        return (record.get("value"), record.get("unit"))
    if kind.startswith("period"):
        return record.get("period")
    return record.get(kind)


# ------------------------------------------------------------------ pairing and scoring


def _overlap(a: Gold, b: Gold) -> int:
    try:
        return min(int(a["end"]), int(b["end"])) - max(int(a["start"]), int(b["start"]))
    except (TypeError, ValueError, KeyError):
        return 0


def pair_records(gold: list[Gold], pred: list[Gold]) -> list[tuple[int, int]]:
    """Pair the records of one document by overlapping spans, one to one.

    Args:
        gold: The gold records.
        pred: The predicted records.

    Returns:
        `(gold index, predicted index)` pairs, the largest overlaps first; ties go to the
        earlier gold record, then the earlier predicted record.
    """
    candidates = sorted(
        (-ov, i, j)
        for i, g in enumerate(gold)
        for j, p in enumerate(pred)
        if (ov := _overlap(g, p)) > 0
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return pairs


def _by_doc(records: Iterable[Mapping[str, Any]]) -> dict[str, list[Gold]]:
    out: dict[str, list[Gold]] = {}
    for r in records:
        out.setdefault(str(r.get("doc_id", "")), []).append(dict(r))
    return out


def score(gold: Iterable[Mapping[str, Any]], pred: Iterable[Mapping[str, Any]]) -> Score:
    """Score predicted records against gold records.

    Args:
        gold: The annotated records (dicts in the form of `Record.to_dict`).
        pred: The records to measure, in the same form.

    Returns:
        The figures, with every error.

    Example:
        >>> g = {"doc_id": "d", "start": 0, "end": 2, "text": "5%", "value": 5,
        ...      "unit": "percent", "metric": "sales"}
        >>> s = score([g], [{**g, "metric": "retail sales"}])
        >>> s.record.f1, s.field_accuracy["metric"]
        (1.0, 1.0)
    """
    gold_docs, pred_docs = _by_doc(gold), _by_doc(pred)
    mention = value_unit = full = 0
    right: Counter[str] = Counter()
    n_gold = n_pred = 0
    errors: list[ScoreError] = []
    for doc_id in sorted(gold_docs):
        golds, preds = gold_docs[doc_id], pred_docs.get(doc_id, [])
        n_gold += len(golds)
        n_pred += len(preds)
        pairs = pair_records(golds, preds)
        paired_gold = {i for i, _ in pairs}
        paired_pred = {j for _, j in pairs}
        errors += [
            ScoreError(doc_id, "missed", g, None)
            for i, g in enumerate(golds)
            if i not in paired_gold
        ]
        errors += [
            ScoreError(doc_id, "spurious", None, p)
            for j, p in enumerate(preds)
            if j not in paired_pred
        ]
        for i, j in sorted(pairs):
            g, p = golds[i], preds[j]
            mention += 1
            if not same_value_and_unit(g, p):
                errors.append(ScoreError(doc_id, "value/unit", g, p))
                continue
            value_unit += 1
            checks = field_checks(g, p)
            right.update(name for name, ok in checks.items() if ok)
            errors += [ScoreError(doc_id, name, g, p) for name, ok in checks.items() if not ok]
            full += all(checks.values())
    return Score(
        documents=len(gold_docs),
        mention=PRF(mention, n_pred, n_gold),
        value_unit=PRF(value_unit, n_pred, n_gold),
        record=PRF(full, n_pred, n_gold),
        field_accuracy={name: right[name] / value_unit if value_unit else 0.0 for name in FIELDS},
        errors=errors,
    )


def read_scored_records(path: Path) -> list[Gold]:
    """Read a JSONL records file for scoring (blank lines skipped).

    Args:
        path: The file.

    Returns:
        The records as dicts.

    Raises:
        ScoreInputError: A line is not a JSON object with `doc_id`, `start` and `end`; the
            message names the file and the line.
    """
    out: list[Gold] = []
    with path.open(encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ScoreInputError(f"{path}:{n}: not JSON: {exc.msg}") from None
            if not isinstance(data, dict):
                raise ScoreInputError(f"{path}:{n}: not a record (a JSON object)")
            lacking = [k for k in ("doc_id", "start", "end") if k not in data]
            if lacking:
                raise ScoreInputError(f"{path}:{n}: record without {', '.join(lacking)}")
            out.append(data)
    return out
