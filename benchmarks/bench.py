"""Throughput and memory of the full path text -> JSONL records, against reference tools.

Usage:
    .venv/bin/python benchmarks/bench.py --size-mb 50 --json benchmarks/results.json

One run measures, on a corpus generated from `corpus/*.txt` (see `corpus.py`):

- the full path in one process: `pipe` over every document, each record serialized
  as a JSON line (to /dev/null): MB/s, documents/s, records/s;
- `spacy.blank("en")`'s tokenizer alone over the same texts, and quantulum3's
  `parser.parse` on a sample of them, with the ratios of the full path to each;
- the full path with `pipe(n_process=2)` (2 jobs) against 1 job;
- peak RSS of one process streaming `--memory-mb` inputs (10 and 100 MB by default)
  through `pipe`, each in a fresh process.

Every timed run reads each text once, after a warm-up on the sample texts (imports,
lazy loads); nothing is timed twice over the same text. MB are 10**6 bytes of UTF-8.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import Document, corpus_docs, documents, sample_texts  # noqa: E402


def _items(docs: Iterable[Document]) -> Iterable[tuple[str, dict[str, str]]]:
    return ((d.text, {"doc_id": d.doc_id, "ref_date": d.ref_date}) for d in docs)


def full_path(docs: Iterable[Document], n_process: int = 1, batch_size: int = 64) -> int:
    """Run text -> JSONL records over `docs`; return the number of records."""
    from bulletin_extract import pipe
    from bulletin_extract.records import to_jsonl

    count = 0
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for records, _ in pipe(
            _items(docs), as_tuples=True, n_process=n_process, batch_size=batch_size
        ):
            sink.write(to_jsonl(records))
            count += len(records)
    return count


def warm_up() -> None:
    """Load the pipeline and the lazy imports (quantulum3, dateparser) before timing."""
    from bulletin_extract import extract

    for name, text, ref in sample_texts():
        extract(text, ref_date=ref, doc_id=name)
    extract("Output was 12 terawatt hours and 3 square metres in May 2024.")


def timed(fn: Any, *args: Any, **kwargs: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def cpu_seconds() -> tuple[float, float]:
    """CPU seconds used so far by this process, and by its finished child processes."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def tokenizer_run(docs: list[Document]) -> float:
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    tokenizer("warm up")
    start = time.perf_counter()
    for d in docs:
        tokenizer(d.text)
    return time.perf_counter() - start


def quantulum_run(docs: list[Document], budget_s: float) -> tuple[float, int, int]:
    """quantulum3 on whole documents until `budget_s` seconds: (seconds, bytes, docs)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parser.parse("warm up: 5 km")
        start = time.perf_counter()
        size = n = 0
        for d in docs:
            parser.parse(d.text)
            size += len(d.text.encode("utf-8"))
            n += 1
            if time.perf_counter() - start >= budget_s:
                break
    return time.perf_counter() - start, size, n


def stage_breakdown(docs: list[Document]) -> dict[str, float]:
    """Seconds per MB of each stage of the full path, timed document by document."""
    from bulletin_extract.api import load
    from bulletin_extract.records import Record, to_jsonl

    nlp = load()
    stages = {"tokenizer": 0.0, "rule components": 0.0, "records builder": 0.0, "JSONL": 0.0}
    clock = time.perf_counter
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for d in docs:
            t0 = clock()
            doc = nlp.make_doc(d.text)
            doc._.ref_date, doc._.doc_id = d.ref_date, d.doc_id
            t1 = clock()
            for _, proc in nlp.pipeline[:-1]:
                doc = proc(doc)
            t2 = clock()
            doc = nlp.pipeline[-1][1](doc)
            t3 = clock()
            sink.write(to_jsonl([Record.from_dict(r) for r in doc._.metric_records]))
            t4 = clock()
            stages["tokenizer"] += t1 - t0
            stages["rule components"] += t2 - t1
            stages["records builder"] += t3 - t2
            stages["JSONL"] += t4 - t3
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    return {name: round(seconds / mb, 3) for name, seconds in stages.items()}


def _rss_mb() -> float:
    """Resident memory of this process now, in MB (Linux; 0 elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def memory_run(size_mb: float) -> dict[str, float]:
    """Stream a generated corpus through `pipe` in this process; report its memory.

    `peak_rss_mb` is the highest resident memory sampled while the corpus streams (every
    100 documents), `rss_after_warm_up_mb` the resident memory before it starts; the
    kernel's peak (`ru_maxrss`) also counts the warm-up's imports.
    """
    from bulletin_extract import pipe
    from bulletin_extract.records import to_jsonl

    warm_up()
    start = _rss_mb()
    peak = start
    count = 0
    began = time.perf_counter()
    items = _items(documents(int(size_mb * 1_000_000)))
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for i, (records, _) in enumerate(pipe(items, as_tuples=True)):
            sink.write(to_jsonl(records))
            count += len(records)
            if i % 100 == 0:
                peak = max(peak, _rss_mb())
    peak = max(peak, _rss_mb())
    return {
        "input_mb": size_mb,
        "peak_rss_mb": round(peak, 1),
        "rss_after_warm_up_mb": round(start, 1),
        "max_rss_with_imports_mb": round(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1
        ),
        "seconds": round(time.perf_counter() - began, 1),
        "records": count,
    }


def timed_run(size_mb: float, seed: int, jobs: int, batch_size: int) -> dict[str, float]:
    """One timed full-path run in this (fresh) process: wall and CPU seconds."""
    docs = corpus_docs(size_mb, seed)
    warm_up()
    load0 = os.getloadavg()[0]
    cpu0 = cpu_seconds()
    seconds, records = timed(full_path, docs, jobs, batch_size)
    cpu1 = cpu_seconds()
    return {
        "seconds": seconds,
        "records": records,
        "cpu_parent": cpu1[0] - cpu0[0],
        "cpu_workers": cpu1[1] - cpu0[1],
        "load_average": [round(load0, 2), round(os.getloadavg()[0], 2)],
    }


def _fresh(*args: str) -> dict[str, Any]:
    """Run this script with `args` in a fresh process; return the JSON it prints."""
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args],
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def memory_runs(sizes: list[float]) -> list[dict[str, float]]:
    """Each size in a fresh process (two at a time: one per core)."""
    procs = [
        subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--memory-run", str(size)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for size in sizes
    ]
    results = []
    for proc in procs:
        out, _ = proc.communicate()
        if proc.returncode != 0:
            raise RuntimeError(f"memory run failed: {proc.args}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=50.0, help="corpus size (default 50)")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--jobs", type=int, default=2, help="processes of the parallel run")
    parser.add_argument(
        "--memory-mb", default="10,100", help="input sizes of the memory runs ('' skips them)"
    )
    parser.add_argument("--quantulum-seconds", type=float, default=20.0)
    parser.add_argument("--memory-run", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--timed-run", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.memory_run is not None:
        print(json.dumps(memory_run(args.memory_run)))
        return 0
    if args.timed_run is not None:
        print(json.dumps(timed_run(args.size_mb, args.seed, args.timed_run, args.batch_size)))
        return 0

    say = lambda *a: print(*a, file=sys.stderr, flush=True)  # noqa: E731
    say(f"building a {args.size_mb:g} MB corpus ...")
    docs = corpus_docs(args.size_mb, args.seed)
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    mb = size / 1e6
    load_before = os.getloadavg()[0]
    say(f"{len(docs)} documents, {mb:.1f} MB; warming up ...")
    warm_up()

    # Each full-path run starts in a fresh process, so that neither finds the caches the
    # other warmed on the same texts.
    say("full path, 1 job (fresh process) ...")
    common = ["--size-mb", str(args.size_mb), "--seed", str(args.seed)]
    one = _fresh(*common, "--batch-size", str(args.batch_size), "--timed-run", "1")
    t1, records = one["seconds"], one["records"]
    say(f"  {mb / t1:.3f} MB/s; tokenizer ...")
    t_tok = tokenizer_run(docs)
    say(f"  {mb / t_tok:.2f} MB/s; quantulum3 ...")
    t_q, q_bytes, q_docs = quantulum_run(docs, args.quantulum_seconds)
    say(f"  {q_bytes / 1e3 / t_q:.2f} KB/s; full path, {args.jobs} jobs (fresh process) ...")
    par = _fresh(*common, "--batch-size", str(args.batch_size), "--timed-run", str(args.jobs))
    tn, records_n = par["seconds"], par["records"]
    # CPU seconds of the runs: a busy machine stretches wall time, not CPU time. On free
    # cores the parallel run takes at least its workers' CPU over the jobs, its parent's CPU,
    # and all of its CPU over the cores.
    cpu_1 = one["cpu_parent"] + one["cpu_workers"]
    parent_n, workers_n = par["cpu_parent"], par["cpu_workers"]
    cores = min(args.jobs, os.cpu_count() or 1)
    bound_n = max(workers_n / args.jobs, parent_n, (workers_n + parent_n) / cores)
    if records_n != records:
        raise RuntimeError("the parallel run gave another number of records")
    say(f"  {mb / tn:.3f} MB/s; stage breakdown on fresh documents ...")
    stages = stage_breakdown(corpus_docs(min(5.0, args.size_mb / 5), args.seed + 1))
    sizes = [float(s) for s in args.memory_mb.split(",") if s.strip()]
    memory = []
    if sizes:
        say(f"memory runs {sizes} MB (fresh processes) ...")
        memory = memory_runs(sizes)

    full = {"mb_per_s": mb / t1, "docs_per_s": len(docs) / t1, "records_per_s": records / t1}
    result: dict[str, Any] = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            # Other work on the machine slows every timing: the 1-minute load average
            # before and after the timed runs (2 means both cores were busy already).
            "load_average_before": round(load_before, 2),
            "load_average_after": round(os.getloadavg()[0], 2),
        },
        "corpus": {"mb": round(mb, 2), "documents": len(docs), "records": records},
        "full_path_1_job": {k: round(v, 3) for k, v in full.items()}
        | {"seconds": round(t1, 1), "load_average": one.get("load_average")},
        "tokenizer": {"mb_per_s": round(mb / t_tok, 3), "seconds": round(t_tok, 2)},
        "quantulum3": {
            "kb_per_s": round(q_bytes / 1e3 / t_q, 3),
            "sample_kb": round(q_bytes / 1e3, 1),
            "sample_docs": q_docs,
        },
        "ratios": {
            "full_path_over_tokenizer": round((mb / t1) / (mb / t_tok), 4),
            "full_path_over_quantulum3": round((mb / t1) / (q_bytes / 1e6 / t_q), 1),
        },
        f"full_path_{args.jobs}_jobs": {
            "mb_per_s": round(mb / tn, 3),
            "seconds": round(tn, 1),
            "speedup_over_1_job": round(t1 / tn, 2),
            "cpu_seconds_1_job": round(cpu_1, 1),
            "cpu_seconds_parent": round(parent_n, 1),
            "cpu_seconds_workers": round(workers_n, 1),
            "speedup_on_free_cores": round(cpu_1 / bound_n, 2),
            "load_average": par.get("load_average"),
        },
        "seconds_per_mb_by_stage": stages,
        "memory": memory,
    }
    table = render(result, args.jobs)
    print(table)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        say(f"wrote {args.json}")
    return 0


def render(r: dict[str, Any], jobs: int) -> str:
    """The results as a Markdown table."""
    full, tok, q = r["full_path_1_job"], r["tokenizer"], r["quantulum3"]
    par = r[f"full_path_{jobs}_jobs"]
    rows = [
        ("corpus", f"{r['corpus']['mb']} MB, {r['corpus']['documents']} documents, "
                   f"{r['corpus']['records']} records"),
        ("full path, 1 job", f"{full['mb_per_s']:.3f} MB/s, {full['docs_per_s']:.0f} docs/s, "
                             f"{full['records_per_s']:.0f} records/s"),
        ('spaCy `blank("en")` tokenizer', f"{tok['mb_per_s']:.2f} MB/s"),
        ("quantulum3 (whole documents)", f"{q['kb_per_s']:.2f} KB/s "
                                         f"({q['sample_kb']} KB sample)"),
        ("full path / tokenizer", f"{r['ratios']['full_path_over_tokenizer']:.3f}"),
        ("full path / quantulum3", f"{r['ratios']['full_path_over_quantulum3']:.0f}x"),
        (f"full path, {jobs} jobs", f"{par['mb_per_s']:.3f} MB/s "
                                    f"({par['speedup_over_1_job']:.2f}x 1 job)"),
        (f"{jobs} jobs from CPU time", f"{par['speedup_on_free_cores']:.2f}x 1 job "
                                       f"(1 job {par['cpu_seconds_1_job']:.0f} CPU s; {jobs} jobs: "
                                       f"parent {par['cpu_seconds_parent']:.0f}, workers "
                                       f"{par['cpu_seconds_workers']:.0f})"),
    ]  # fmt: skip
    stages = r["seconds_per_mb_by_stage"]
    total = sum(stages.values())
    rows.append(
        ("time by stage (s/MB)", ", ".join(
            f"{name} {sec:.2f} ({sec / total:.0%})" for name, sec in stages.items()))
    )  # fmt: skip
    for m in r["memory"]:
        rows.append(
            (f"peak RSS, {m['input_mb']:g} MB input", f"{m['peak_rss_mb']:.0f} MB "
             f"({m['rss_after_warm_up_mb']:.0f} MB after warm-up, "
             f"{m['max_rss_with_imports_mb']:.0f} MB counting the imports' peak)")
        )  # fmt: skip
    lines = ["| measure | result |", "| --- | --- |"]
    lines += [f"| {a} | {b} |" for a, b in rows]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
