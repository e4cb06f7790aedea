"""Measure the peak memory and the throughput of `extract` on one large text file.

usage: .venv/bin/python scripts/measure_memory.py [--mb 200] [--limit-mb 1024] [--dir DIR]

Builds a UTF-8 file of the corpus/ bulletins repeated to `--mb` MiB (one document, ~6,000
paragraphs per MiB), runs the CLI on it in a child process
(`extract FILE --output OUT --ref-date 2024-09-01 --quiet`), samples the child's resident
memory from /proc every 0.2 s and takes its peak from the kernel at the end (`ru_maxrss` of
the waited-for child, which also counts the peak between samples). Then it checks the output
in a streaming pass: every line is a record, and every record's `text` is the document's
text between its `start` and `end`. Prints a JSON summary as the last line; exits 1 when the
peak is over `--limit-mb` or a check fails.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_file(path: Path, mib: int) -> int:
    """Write the corpus texts, repeated, to `path` until it holds `mib` MiB; return its size."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    unit = "\n".join(t if t.endswith("\n") else t + "\n" for t in texts).encode("utf-8")
    target = mib * 1024 * 1024
    with path.open("wb") as fh:
        written = 0
        while written < target:
            fh.write(unit)
            written += len(unit)
    return written


def rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def check_output(text_path: Path, out_path: Path) -> tuple[int, int]:
    """Walk the records in output order beside the decoded text; return (records, bad)."""
    records = bad = 0
    margin = 1_000_000
    with (
        text_path.open(encoding="utf-8", newline="") as src,
        out_path.open(encoding="utf-8") as out,
    ):
        base, buf = 0, ""
        for line in out:
            rec = json.loads(line)
            records += 1
            start, end = rec["start"], rec["end"]
            while base + len(buf) < end:
                piece = src.read(1 << 20)
                if not piece:
                    break
                buf += piece
                if len(buf) > 4 * margin:  # keep a window behind the newest records
                    drop = len(buf) - 2 * margin
                    base, buf = base + drop, buf[drop:]
            if start < base or buf[start - base : end - base] != rec["text"]:
                bad += 1
    return records, bad


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=int, default=200, help="size of the test file in MiB")
    parser.add_argument("--limit-mb", type=int, default=1024, help="peak memory allowed")
    parser.add_argument("--dir", type=Path, help="work here and keep the files")
    args = parser.parse_args()

    work = args.dir or Path(tempfile.mkdtemp(prefix="bulletin-mem-"))
    work.mkdir(parents=True, exist_ok=True)
    text_path, out_path = work / "big.txt", work / "big.jsonl"
    size = build_file(text_path, args.mb)
    for stale in (out_path, out_path.with_name(out_path.name + ".done")):
        stale.unlink(missing_ok=True)
    cmd = [
        sys.executable,
        "-c",
        "from bulletin_extract.cli import main; main()",
        str(text_path),
        "--output",
        str(out_path),
        "--ref-date",
        "2024-09-01",
        "--quiet",
    ]
    began = time.monotonic()
    child = subprocess.Popen(cmd)
    sampled = 0
    samples: list[tuple[float, int]] = []
    while child.poll() is None:
        now = rss_kib(child.pid)
        sampled = max(sampled, now)
        if not samples or time.monotonic() - samples[-1][0] >= 30:
            samples.append((time.monotonic(), now))
            print(f"{time.monotonic() - began:8.0f} s  rss {now / 1024:7.1f} MiB", flush=True)
        time.sleep(0.2)
    elapsed = time.monotonic() - began
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    records, bad = check_output(text_path, out_path)
    summary = {
        "file_mib": round(size / 1048576, 1),
        "exit_code": child.returncode,
        "seconds": round(elapsed, 1),
        "mib_per_second": round(size / 1048576 / elapsed, 3),
        "peak_rss_mib": round(peak_kib / 1024, 1),
        "peak_rss_sampled_mib": round(sampled / 1024, 1),
        "records": records,
        "bad_offsets": bad,
        "work_dir": str(work),
    }
    print(json.dumps(summary))
    ok = child.returncode == 0 and bad == 0 and records > 0 and peak_kib / 1024 < args.limit_mb
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
