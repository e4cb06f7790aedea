"""Loading and validating the rule files in `patterns/` (spaCy's JSONL pattern format)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from spacy.matcher import Matcher
from spacy.vocab import Vocab

from .resources import PatternFileError, cached, module_source, read_jsonl, rule_file_bytes

ALLOWED_KEYS = frozenset({"label", "pattern", "id"})

#: The rule files of each pipeline component, by component family.
RULE_FILES: dict[str, tuple[str, ...]] = {
    "quantities": ("quantities.jsonl",),
    "periods": ("periods.jsonl",),
    "organizations": ("organizations.jsonl",),
    "cues": ("changes.jsonl", "bases.jsonl", "qualifiers.jsonl", "credits.jsonl", "markers.jsonl"),
}


def validate_rules(rows: Iterable[dict[str, Any]], source: str) -> list[dict[str, Any]]:
    """Check rule rows and return them without bookkeeping keys.

    Each row must have exactly the keys `label`, `pattern` and `id`; ids are unique
    within `source`; token patterns must pass spaCy's own pattern validation.

    Raises:
        PatternFileError: naming the file, the line and the problem.
    """
    checker = Matcher(_blank_vocab(), validate=True)
    seen: set[str] = set()
    rules: list[dict[str, Any]] = []
    for row in rows:
        where = f"patterns/{source}:{row.get('_line', '?')}"
        keys = set(row) - {"_line"}
        unknown, missing = keys - ALLOWED_KEYS, ALLOWED_KEYS - keys
        if unknown or missing:
            bad = ", ".join(sorted(unknown)) or "missing " + ", ".join(sorted(missing))
            raise PatternFileError(
                f"{where}: bad keys ({bad}); allowed keys are {', '.join(sorted(ALLOWED_KEYS))}"
            )
        rule_id, pattern = row["id"], row["pattern"]
        if not isinstance(rule_id, str) or not rule_id:
            raise PatternFileError(f"{where}: 'id' must be a non-empty string")
        if rule_id in seen:
            raise PatternFileError(f"{where}: duplicate rule id {rule_id!r}")
        seen.add(rule_id)
        if isinstance(pattern, list):
            try:
                checker.add(rule_id, [pattern])
            except Exception as exc:  # spaCy raises MatchPatternError or ValueError
                raise PatternFileError(f"{where}: invalid token pattern: {exc}") from exc
        elif not isinstance(pattern, str) or not pattern:
            raise PatternFileError(f"{where}: 'pattern' must be a token list or a phrase string")
        rules.append({"label": row["label"], "pattern": pattern, "id": rule_id})
    return rules


@cache
def load_rules(family: str) -> tuple[dict[str, Any], ...]:
    """Return the validated rules of one family (see `RULE_FILES`), cached."""
    if family not in RULE_FILES:
        raise PatternFileError(f"unknown rule family {family!r}; known: {', '.join(RULE_FILES)}")
    return tuple(rule for name in RULE_FILES[family] for rule in read_family_file(name))


@cache
def _blank_vocab() -> Any:
    # A bare vocabulary is all that validation needs: no tokenizer to build.
    return Vocab()


@cache
def read_family_file(name: str) -> tuple[dict[str, Any], ...]:
    """Return the validated rules of one rule file, cached.

    Validation (spaCy's pattern check of every token rule) is most of reading them, so
    the rules are also kept in the start-up cache, under the digest of the file and of
    the code that reads and checks it (`resources.cached`).
    """
    data = rule_file_bytes(name)
    from . import resources

    return cached(
        f"rules.{name.removesuffix('.jsonl')}",
        (name, data, module_source(__file__), module_source(resources.__file__)),
        lambda: tuple(validate_rules(read_jsonl(name, data), name)),
        valid=_is_rules,
    )


def _is_rules(value: Any) -> bool:
    return isinstance(value, tuple) and all(
        isinstance(rule, dict) and set(rule) == ALLOWED_KEYS for rule in value
    )
