"""What the label scripts of corpus/annotated* share: period helpers and the gold writer.

Each label script holds a table `LABELS` (document -> rows of: mention text, which occurrence,
value, unit, metric, direction, basis, qualifier, period, agency) and calls `write_gold`,
which computes the offsets, checks them and writes `gold.jsonl` beside the texts.
"""

from __future__ import annotations

import calendar
import json
from itertools import pairwise
from pathlib import Path
from typing import Any


def P(text: str, start: str | None, end: str | None) -> dict[str, str | None]:
    """A gold period: the phrase and its first and last day (None where unresolvable)."""
    return {"text": text, "start": start, "end": end}


def per(text: str, year: int, month: int) -> dict[str, str | None]:
    """A period that is one calendar month."""
    last = calendar.monthrange(year, month)[1]
    return P(text, f"{year}-{month:02d}-01", f"{year}-{month:02d}-{last:02d}")


def Q(text: str, year: int, q: int) -> dict[str, str | None]:
    """A period that is one calendar quarter."""
    m0 = 3 * (q - 1) + 1
    last = calendar.monthrange(year, m0 + 2)[1]
    return P(text, f"{year}-{m0:02d}-01", f"{year}-{m0 + 2:02d}-{last:02d}")


def Y(text: str, year: int) -> dict[str, str | None]:
    """A period that is one calendar year."""
    return P(text, f"{year}-01-01", f"{year}-12-31")


def _standalone(text: str, i: int, j: int) -> bool:
    """Whether text[i:j] is not part of a longer number."""
    t = text[i:j]
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    if t[0].isdigit() and (before.isdigit() or before in ".,-+"):
        return False
    return not (
        t[-1].isdigit()
        and (after.isdigit() or (after in ".," and j + 1 < len(text) and text[j + 1].isdigit()))
    )


def _occurrences(text: str, t: str, standalone_only: bool) -> list[int]:
    starts, i = [], text.find(t)
    while i >= 0:
        if not standalone_only or _standalone(text, i, i + len(t)):
            starts.append(i)
        i = text.find(t, i + 1)
    return starts


def write_gold(
    here: Path, labels: dict[str, list[tuple[Any, ...]]], *, standalone_only: bool
) -> int:
    """Write `here`/gold.jsonl from the label table; return the number of records.

    A row's occurrence number counts every occurrence of its text, or with `standalone_only`
    only those that are not part of a longer number. Each record's text must equal its slice
    of the document, its period phrase must be in the document, and no two records overlap.
    """
    out = []
    for doc, rows in labels.items():
        text = (here / doc).read_text(encoding="utf-8")
        for t, nth, value, unit, metric, direction, basis, qualifier, period, agency in rows:
            starts = _occurrences(text, t, standalone_only)
            assert len(starts) >= nth, (doc, t, nth, len(starts))
            i = starts[nth - 1]
            assert text[i : i + len(t)] == t
            if period is not None:
                assert period["text"] in text, (doc, period["text"])
            out.append(
                {
                    "doc_id": doc,
                    "text": t,
                    "start": i,
                    "end": i + len(t),
                    "value": float(value),
                    "unit": unit,
                    "metric": metric,
                    "direction": direction,
                    "basis": basis,
                    "qualifier": qualifier,
                    "period": period,
                    "agency": agency,
                }
            )
    out.sort(key=lambda r: (r["doc_id"], r["start"]))
    for a, b in pairwise(out):
        assert not (a["doc_id"] == b["doc_id"] and b["start"] < a["end"]), (a["text"], b["text"])
    with open(here / "gold.jsonl", "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(out)
