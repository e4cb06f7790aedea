"""Start-up and `--jobs` of the command line, in wall time, each in a fresh process.

Usage:
    .venv/bin/python benchmarks/startup.py                   # everything, 7 repeats
    .venv/bin/python benchmarks/startup.py --only jobs --pairs 8 --wait-idle 400
    .venv/bin/python benchmarks/startup.py --json benchmarks/startup.json

Measures, each run in a new process started as a user starts it (`.venv/bin/extract`):

- `extract --help`;
- `extract corpus/wire_story.txt` (one file, JSONL to a pipe);
- `api.load()` alone: the time from before `load()` to after it, in a process that has
  imported `bulletin_extract.api` (the import is shown beside it);
- `extract FOLDER -o FILE --jobs 1` against `--jobs 2` on a folder of 2,000 small files made
  from the paragraphs of `corpus/*.txt` (`small_files`, seeded), run in turns, each
  output compared byte for byte with the first.

A first run of each part, not timed, makes the start-up caches (`~/.cache/bulletin_extract`,
or under `$XDG_CACHE_HOME`) and reads the files into the page cache; `--cold` runs with
`BULLETIN_EXTRACT_NO_CACHE=1` instead. The machine is shared, so every run also records the
CPU seconds that other processes used meanwhile (from /proc/stat, less this run's own), and
`--wait-idle S` waits before each run for the machine to be idle; the tables give the
minimum, median and maximum of the repeats, and the 2-job speed-up of the pairs of runs that
nothing else disturbed.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
EXTRACT = str(BIN / "extract")
LOAD_CODE = (
    "import time; t0 = time.perf_counter(); import bulletin_extract.api as api; "
    "t1 = time.perf_counter(); api.load(); t2 = time.perf_counter(); "
    "print(t1 - t0, t2 - t1)"
)


def small_files(folder: Path, count: int = 2000, seed: int = 7) -> Path:
    """`count` files of 1 to 3 paragraphs (with a digit) of `corpus/*.txt`, made once."""
    folder.mkdir(parents=True, exist_ok=True)
    if len(list(folder.glob("*.txt"))) == count:
        return folder
    paragraphs = [
        p.strip()
        for path in sorted((ROOT / "corpus").glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n\n")
        if p.strip() and any(c.isdigit() for c in p)
    ]
    rng = random.Random(seed)
    for i in range(count):
        text = "\n\n".join(rng.choice(paragraphs) for _ in range(rng.randint(1, 3))) + "\n"
        (folder / f"doc{i:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def _busy_seconds() -> float:
    """CPU seconds all processes of the machine have used since boot (from /proc/stat)."""
    with open("/proc/stat", encoding="ascii") as stat:
        fields = [int(x) for x in stat.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


#: Pairs of runs during which other processes used less CPU than this are shown apart.
QUIET_CPU_S = 0.5
#: With `--wait-idle S`: wait up to S seconds before each run for the machine to be idle.
_WAIT_IDLE = [0.0]


def wait_idle(busy_below: float = 0.1, window: float = 3.0) -> None:
    """Wait (at most `_WAIT_IDLE` seconds) until the machine's CPUs, all together, were busy
    less than `busy_below` of a CPU over `window` seconds."""
    deadline = time.monotonic() + _WAIT_IDLE[0]
    while time.monotonic() < deadline:
        before = _busy_seconds()
        time.sleep(window)
        if (_busy_seconds() - before) / window < busy_below:
            return


def timed(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run `cmd`; its wall seconds, its CPU seconds (with its children), others' CPU seconds."""
    wait_idle()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    busy = _busy_seconds()
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - start
    busy = _busy_seconds() - busy
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)}: exit {done.returncode}: {done.stderr[-2000:]}")
    return {"wall": wall, "cpu": cpu, "others": max(0.0, busy - cpu), "stdout": done.stdout}


def _summary(values: list[float]) -> dict[str, float]:
    return {
        "min": min(values),
        "median": statistics.median(values),
        "max": max(values),
        "n": len(values),
    }


def startup(repeats: int, env: dict[str, str]) -> dict[str, Any]:
    """`--help`, a one-file run and `api.load()`, each `repeats` times in turn."""
    runs: dict[str, list[dict[str, Any]]] = {"help": [], "one_file": [], "load": []}
    story = str(ROOT / "corpus" / "wire_story.txt")
    timed([EXTRACT, story], env)  # caches made, files in the page cache
    for _ in range(repeats):
        runs["help"].append(timed([EXTRACT, "--help"], env))
        runs["one_file"].append(timed([EXTRACT, story], env))
        run = timed([sys.executable, "-c", LOAD_CODE], env)
        run["import"], run["load"] = (float(x) for x in run["stdout"].split())
        runs["load"].append(run)
    out: dict[str, Any] = {}
    for name, items in runs.items():
        out[name] = {
            "wall": _summary([r["wall"] for r in items]),
            "cpu": _summary([r["cpu"] for r in items]),
            "others": _summary([r["others"] for r in items]),
        }
    out["load"]["import_api"] = _summary([r["import"] for r in runs["load"]])
    out["load"]["load_only"] = _summary([r["load"] for r in runs["load"]])
    return out


def jobs(folder: Path, pairs: int, env: dict[str, str]) -> dict[str, Any]:
    """`--jobs 1` and `--jobs 2` on `folder`, `pairs` times in turn; outputs compared."""
    runs: dict[int, list[dict[str, Any]]] = {1: [], 2: []}
    with tempfile.TemporaryDirectory() as tmp:
        first = Path(tmp) / "first.jsonl"
        warm = Path(tmp) / "warm.jsonl"  # caches filled, files in the page cache
        timed([EXTRACT, str(folder), "-q", "--ref-date", "2024-09-01", "-o", str(warm)], env)
        for i in range(pairs):
            for n in (1, 2) if i % 2 == 0 else (2, 1):
                out = Path(tmp) / f"out-{n}-{i}.jsonl"
                cmd = [EXTRACT, str(folder), "-q", "--ref-date", "2024-09-01", "-o", str(out)]
                runs[n].append(timed([*cmd, "--jobs", str(n)], env))
                if not first.exists():
                    out.rename(first)
                elif not filecmp.cmp(first, out, shallow=False):
                    raise RuntimeError(f"--jobs {n}: output differs from the first run")
                else:
                    out.unlink()
                Path(f"{out}.done").unlink(missing_ok=True)
        records = sum(1 for _ in first.open(encoding="utf-8"))
    ratios = [one["wall"] / two["wall"] for one, two in zip(runs[1], runs[2], strict=True)]
    return {
        "files": len(list(folder.glob("*.txt"))),
        "bytes": sum(p.stat().st_size for p in folder.glob("*.txt")),
        "records": records,
        "jobs_1": {k: _summary([r[k] for r in runs[1]]) for k in ("wall", "cpu", "others")},
        "jobs_2": {k: _summary([r[k] for r in runs[2]]) for k in ("wall", "cpu", "others")},
        "speedup_pairs": ratios,
        "speedup_median": statistics.median(ratios),
        "speedup_of_minima": min(r["wall"] for r in runs[1]) / min(r["wall"] for r in runs[2]),
        "pairs": [
            {"jobs_1": round(one["wall"], 3), "jobs_2": round(two["wall"], 3),
             "others_1": round(one["others"], 2), "others_2": round(two["others"], 2)}
            for one, two in zip(runs[1], runs[2], strict=True)
        ],
    }  # fmt: skip


def _row(name: str, s: dict[str, float]) -> str:
    return f"| {name} | {s['min']:.2f} | {s['median']:.2f} | {s['max']:.2f} |"


def render(result: dict[str, Any]) -> str:
    lines = ["| wall seconds | min | median | max |", "| --- | --- | --- | --- |"]
    st = result.get("startup")
    if st:
        lines.append(_row("`extract --help`", st["help"]["wall"]))
        lines.append(_row("`extract corpus/wire_story.txt`", st["one_file"]["wall"]))
        lines.append(_row("`import bulletin_extract.api`", st["load"]["import_api"]))
        lines.append(_row("`api.load()`", st["load"]["load_only"]))
    jb = result.get("jobs")
    if jb:
        lines.append(_row(f"`--jobs 1`, {jb['files']} files", jb["jobs_1"]["wall"]))
        lines.append(_row(f"`--jobs 2`, {jb['files']} files", jb["jobs_2"]["wall"]))
        pairs = ", ".join(f"{r:.2f}" for r in jb["speedup_pairs"])
        lines.append("")
        lines.append(
            f"2 jobs / 1 job: {jb['speedup_median']:.2f}x median of pairs ({pairs}); "
            f"{jb['speedup_of_minima']:.2f}x from the minima; {jb['records']} records, "
            "outputs byte-identical"
        )
        others = [(p["others_1"], p["others_2"]) for p in jb["pairs"]]
        lines.append(f"CPU s used by other processes during each pair (1 job, 2 jobs): {others}")
        quiet = [p for p in jb["pairs"] if p["others_1"] + p["others_2"] < QUIET_CPU_S]
        if quiet:
            ratios = ", ".join(f"{p['jobs_1'] / p['jobs_2']:.2f}" for p in quiet)
            lines.append(
                f"Pairs during which other processes used less than {QUIET_CPU_S} CPU s: "
                f"2 jobs / 1 job = {ratios}"
            )
    if st:
        others = st["one_file"]["others"]
        lines.append(
            f"CPU s used by other processes during one-file runs: median {others['median']:.2f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=7, help="runs of each start-up measure")
    parser.add_argument("--pairs", type=int, default=3, help="runs of --jobs 1 and 2 each")
    parser.add_argument("--only", choices=["startup", "jobs"], help="one part only")
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()) / "small2000")
    parser.add_argument("--cold", action="store_true", help="without the start-up cache")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument(
        "--wait-idle",
        type=float,
        default=0.0,
        metavar="S",
        help="before each run, wait up to S seconds for the machine to be idle",
    )
    args = parser.parse_args(argv)
    _WAIT_IDLE[0] = args.wait_idle
    env = dict(os.environ)
    if args.cold:
        env["BULLETIN_EXTRACT_NO_CACHE"] = "1"
    result: dict[str, Any] = {
        "load_average_before": os.getloadavg(),
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
        "bytecode_written": not os.environ.get("PYTHONDONTWRITEBYTECODE"),
    }
    if args.only in (None, "startup"):
        result["startup"] = startup(args.repeats, env)
    if args.only in (None, "jobs"):
        result["jobs"] = jobs(small_files(args.folder), args.pairs, env)
    result["load_average_after"] = os.getloadavg()
    print(render(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
