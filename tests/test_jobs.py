"""How `--jobs` starts its workers and what they send back: forked from the built pipeline
(on Linux), records encoded where they were extracted, the same bytes as one process."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bulletin_extract import api
from bulletin_extract.cli import app
from bulletin_extract.records import jsonl_bytes

from .conftest import CORPUS


def _items() -> list[tuple[str, dict[str, str]]]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    items = [(text, {"doc_id": f"d{i}"}) for i, text in enumerate(texts)]
    return [*items, ("", {"doc_id": "empty"}), ("No numbers here.", {"doc_id": "none"})]


@pytest.mark.parametrize("n_process", [1, 2])
def test_encoded_records_are_the_bytes_of_the_records(n_process: int) -> None:
    items = _items()
    records = list(api.pipe(items, as_tuples=True, batch_size=3, ref_date="2024-09-01"))
    encoded = list(
        api._pipe(
            items,
            as_tuples=True,
            batch_size=3,
            ref_date="2024-09-01",
            n_process=n_process,
            encoded=True,
        )
    )
    assert [ctx for _, ctx in encoded] == [ctx for _, ctx in items]
    assert [enc for enc, _ in encoded] == [(jsonl_bytes(recs), len(recs)) for recs, _ in records]
    assert sum(n for (_, n), _ in encoded) > 100


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is used on Linux only")
def test_workers_are_forked_on_linux() -> None:
    assert api._start_method().get_start_method() == "fork"


def test_objects_are_frozen_only_while_workers_fork() -> None:
    assert gc.get_freeze_count() == 0
    with api._frozen_for_fork():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
    gc.freeze()  # frozen by someone else (the command line): left as it is
    try:
        count = gc.get_freeze_count()
        with api._frozen_for_fork():
            pass
        assert gc.get_freeze_count() == count
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("output", ["file", "stdout"])
def test_two_jobs_write_the_bytes_of_one(tmp_path: Path, output: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(CORPUS.glob("*.txt")):
        for i in range(3):
            (folder / f"{i}-{path.name}").write_bytes(path.read_bytes())
    (folder / "empty.txt").write_text("")  # an error, reported in its place
    outs = []
    for jobs in ("1", "2"):
        args = [str(folder), "-q", "--ref-date", "2024-09-01", "--jobs", jobs]
        if output == "file":
            out = tmp_path / f"out{jobs}.jsonl"
            result = CliRunner().invoke(app, [*args, "-o", str(out)])
            outs.append(out.read_bytes())
        else:
            result = CliRunner().invoke(app, args)
            outs.append(result.stdout_bytes)
        assert result.exit_code == 1, result.output  # the empty file
    assert outs[0] == outs[1]
    assert outs[0].count(b"\n") > 200
