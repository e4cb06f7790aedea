"""Micro-benchmark of JSONL serializers over the records of corpus/ (repeated).

usage: .venv/bin/python benchmarks/serializers.py [--repeat 20]

Compares what `records.to_jsonl` used to do (`json.dumps(record.to_dict())` per record) with
msgspec (the serializer in use) and, when installed, orjson; each output is checked to parse
to the same records. Best of 5 runs.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

import msgspec

from bulletin_extract import extract
from bulletin_extract.records import Record, to_jsonl

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def corpus_records(repeat: int) -> list[Record]:
    refs = json.loads((CORPUS / "refdates.json").read_text(encoding="utf-8"))
    records: list[Record] = []
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        records += extract(text, ref_date=refs.get(path.name), doc_id=path.name)
    return records * repeat


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    records = corpus_records(parser.parse_args().repeat)
    encoder = msgspec.json.Encoder()

    def stdlib_json(rs: list[Record]) -> bytes:
        lines = (json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in rs)
        return "".join(lines).encode()

    def msgspec_dicts(rs: list[Record]) -> bytes:
        return encoder.encode_lines([r.to_dict() for r in rs])

    def msgspec_records(rs: list[Record]) -> bytes:
        return encoder.encode_lines(rs)

    def project_to_jsonl(rs: list[Record]) -> bytes:
        return to_jsonl(rs).encode()

    candidates: list[Callable[[list[Record]], bytes]] = [
        stdlib_json,
        msgspec_dicts,
        msgspec_records,
        project_to_jsonl,
    ]
    try:
        import orjson

        def orjson_records(rs: list[Record]) -> bytes:
            return b"".join(orjson.dumps(r, option=orjson.OPT_APPEND_NEWLINE) for r in rs)

        candidates.append(orjson_records)
    except ImportError:
        pass

    expected = [r.to_dict() for r in records]
    print(f"{len(records)} records")
    for serialize in candidates:
        out = serialize(records)
        same = [json.loads(line) for line in out.splitlines()] == expected
        best = float("inf")
        for _ in range(5):
            began = time.perf_counter()
            serialize(records)
            best = min(best, time.perf_counter() - began)
        print(
            f"{serialize.__name__:18s} {best * 1000:8.1f} ms {len(records) / best / 1000:8.0f} "
            f"k records/s  {len(out) / best / 1e6:7.1f} MB/s  same records: {same}"
        )


if __name__ == "__main__":
    main()
