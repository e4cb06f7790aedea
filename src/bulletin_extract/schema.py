"""The JSON Schema of a record, generated from the `Record` dataclass.

Types come from the dataclass's type hints, descriptions from its docstring's
`Attributes:` section, and the closed vocabularies of `direction`, `basis` and
`qualifier` from the tables the normalizer maps rule labels with; nothing about the
record is written here a second time. Every field is required (`Record.to_dict`
always writes every key) and no other key is allowed.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import re
import types
from collections.abc import Mapping
from datetime import date
from functools import cache
from typing import Any, Union, get_args, get_origin, get_type_hints

from .records import Record

#: The JSON Schema dialect of `record_schema()`.
DIALECT = "https://json-schema.org/draft/2020-12/schema"

_SIMPLE: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    bool: {"type": "boolean"},
    int: {"type": "integer"},
    float: {"type": "number"},
    date: {"type": "string", "format": "date"},
}


def _vocabularies() -> dict[str, list[str]]:
    """The values the normalizer writes to the fields that have a closed vocabulary."""
    from .normalizer import BASES_BY_LABEL, DIRECTIONS, QUALIFIERS_BY_LABEL

    def values(table: Mapping[str, str | None]) -> list[str]:
        return list(dict.fromkeys(v for v in table.values() if v is not None))

    return {
        "direction": values(DIRECTIONS),
        "basis": values(BASES_BY_LABEL),
        "qualifier": values(QUALIFIERS_BY_LABEL),
    }


def _extra_constraints(cls: type, name: str) -> dict[str, Any]:
    if cls is Record and name in ("start", "end"):
        return {"minimum": 0}
    return {}


def _attribute_docs(cls: type) -> dict[str, str]:
    """Map attribute names to their descriptions in a Google-style `Attributes:` section."""
    doc = inspect.getdoc(cls) or ""
    section = re.search(r"^Attributes:\n((?:[ \t]+\S.*\n?|\n)+)", doc, re.MULTILINE)
    docs: dict[str, str] = {}
    if not section:
        return docs
    current = None
    for line in section.group(1).splitlines():
        entry = re.match(r"^ {4}(\w+): (.*)$", line)
        if entry:
            current = entry.group(1)
            docs[current] = entry.group(2).strip()
        elif current and line.strip():
            docs[current] += " " + line.strip()
    # The docstrings speak Python; the schema describes JSON.
    return {name: re.sub(r"\bNone\b", "null", text) for name, text in docs.items()}


def _summary(cls: type) -> str:
    return (inspect.getdoc(cls) or cls.__name__).split("\n\n")[0].replace("\n", " ")


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = get_args(tp)
        options = [_type_schema(a, defs) for a in args if a is not type(None)]
        if type(None) in args:
            options.append({"type": "null"})
        if all(set(o) == {"type"} for o in options):
            return {"type": [o["type"] for o in options]}
        if len(options) == 2 and options[-1] == {"type": "null"} and "type" in options[0]:
            merged = dict(options[0])
            merged["type"] = [options[0]["type"], "null"]
            return merged
        return {"anyOf": options}
    if origin is list:
        (item,) = get_args(tp)
        return {"type": "array", "items": _type_schema(item, defs)}
    if tp in _SIMPLE:
        return dict(_SIMPLE[tp])
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # placeholder: stops recursion on self-reference
            defs[tp.__name__] = _object_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    raise TypeError(f"no JSON Schema mapping for type {tp!r}")


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = get_type_hints(cls)
    docs = _attribute_docs(cls)
    vocab = _vocabularies() if cls is Record else {}
    properties: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        prop = _type_schema(hints[f.name], defs)
        if f.name in vocab:
            nullable = prop.get("type") == ["string", "null"]
            prop["enum"] = [*vocab[f.name], *([None] if nullable else [])]
        prop.update(_extra_constraints(cls, f.name))
        if f.name in docs:
            prop = {"description": docs[f.name], **prop}
        properties[f.name] = prop
    return {
        "title": cls.__name__,
        "description": _summary(cls),
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


@cache
def _cached_schema() -> str:
    defs: dict[str, Any] = {}
    body = _object_schema(Record, defs)
    schema = {"$schema": DIALECT, **body}
    if defs:
        schema["$defs"] = defs
    return json.dumps(schema)


def record_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of one line of `extract`'s JSONL output.

    Returns:
        A new dict each call; `Period` is under `$defs`.

    Example:
        >>> schema = record_schema()
        >>> schema["required"][:4]
        ['doc_id', 'text', 'start', 'end']
        >>> schema["properties"]["period"]["anyOf"][0]
        {'$ref': '#/$defs/Period'}
    """
    result: dict[str, Any] = json.loads(_cached_schema())
    return result


def schema_json(indent: int | None = 2) -> str:
    """Return `record_schema()` as JSON text."""
    return json.dumps(record_schema(), indent=indent, ensure_ascii=False)
