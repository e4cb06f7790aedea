"""`bulletin-extract schema`: the JSON Schema of a record, and every line the CLI writes fits it."""

from __future__ import annotations

import dataclasses
import doctest
import json
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from bulletin_extract import cli, schema
from bulletin_extract.commands import schema_command
from bulletin_extract.records import Period, Record

from .conftest import CORPUS

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the test extra")

RUNNER = CliRunner()


def _app() -> typer.Typer:
    # The command is registered on `bulletin-extract` by cli.py; a group of two keeps
    # the subcommand name in the invocation, as it will be there.
    app = typer.Typer(add_completion=False)
    app.command("schema")(schema_command)
    app.command("noop", hidden=True)(lambda: None)
    return app


@pytest.fixture(scope="module")
def printed_schema() -> dict[str, Any]:
    result = RUNNER.invoke(_app(), ["schema"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


@pytest.fixture(scope="module")
def validator(printed_schema: dict[str, Any]) -> Any:
    cls = jsonschema.Draft202012Validator
    cls.check_schema(printed_schema)
    return cls(printed_schema, format_checker=cls.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def corpus_lines() -> list[str]:
    """Every line `extract corpus/` writes (the CLI's main job, run through its own app)."""
    result = RUNNER.invoke(cli.app, [str(CORPUS)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) > 50
    return lines


def test_schema_is_valid_draft_2020_12(printed_schema: dict[str, Any]) -> None:
    assert printed_schema["$schema"] == schema.DIALECT
    jsonschema.Draft202012Validator.check_schema(printed_schema)


def test_compact_schema_is_one_line() -> None:
    result = RUNNER.invoke(_app(), ["schema", "--compact"])
    assert result.exit_code == 0
    assert len(result.stdout.strip().splitlines()) == 1
    assert json.loads(result.stdout) == schema.record_schema()


def test_schema_is_generated_from_the_record_type(printed_schema: dict[str, Any]) -> None:
    fields = [f.name for f in dataclasses.fields(Record)]
    assert list(printed_schema["properties"]) == fields
    assert printed_schema["required"] == fields
    period = printed_schema["$defs"]["Period"]
    assert list(period["properties"]) == [f.name for f in dataclasses.fields(Period)]
    # descriptions come from the dataclass docstrings
    assert printed_schema["properties"]["end"]["description"] == (
        "End offset of the mention, exclusive."
    )
    assert printed_schema["properties"]["start"]["type"] == "integer"
    assert printed_schema["properties"]["rules"] == {
        "description": "Ids of the rules that produced the parts of this record.",
        "type": "array",
        "items": {"type": "string"},
    }


def test_every_line_the_cli_writes_for_the_corpus_validates(
    validator: Any, corpus_lines: list[str]
) -> None:
    problems = [
        f"line {n}: {error.json_path}: {error.message}"
        for n, line in enumerate(corpus_lines, 1)
        for error in validator.iter_errors(json.loads(line))
    ]
    assert not problems, "\n".join(problems[:20])


def test_corpus_uses_the_closed_vocabularies(corpus_lines: list[str]) -> None:
    """The enums are the normalizer's own tables: the corpus exercises them."""
    seen = {json.loads(line)["direction"] for line in corpus_lines}
    assert {"increase", "decrease"} <= seen


BAD_RECORDS = [
    ("missing key", lambda d: d.pop("sentence")),
    ("unknown key", lambda d: d.update(confidence=0.9)),
    ("direction outside vocabulary", lambda d: d.update(direction="up")),
    ("basis outside vocabulary", lambda d: d.update(basis="yoy")),
    ("qualifier outside vocabulary", lambda d: d.update(qualifier="roughly")),
    ("value as text", lambda d: d.update(value="8.7")),
    ("offset as float", lambda d: d.update(start=1.5)),
    ("negative offset", lambda d: d.update(start=-1)),
    ("period date not ISO", lambda d: d["period"].update(start="01/01/2024")),
    ("period without end key", lambda d: d["period"].pop("end")),
    ("rules not a list", lambda d: d.update(rules="a b")),
]

GOOD = Record(
    doc_id="d.txt",
    text="8.7%",
    start=10,
    end=14,
    value=8.7,
    unit="percent",
    metric="online retail sales",
    direction="increase",
    basis="year_on_year",
    period=Period("from January to July this year"),
    sentence="Online retail sales grew by 8.7%.",
    rules=["quantity.percent_sign"],
)


def test_a_good_record_validates(validator: Any) -> None:
    assert validator.is_valid(GOOD.to_dict())


@pytest.mark.parametrize(("name", "spoil"), BAD_RECORDS, ids=[name for name, _ in BAD_RECORDS])
def test_bad_records_do_not_validate(validator: Any, name: str, spoil: Any) -> None:
    data = GOOD.to_dict()
    spoil(data)
    assert not validator.is_valid(data), name


def test_docstring_examples() -> None:
    assert doctest.testmod(schema).failed == 0
