"""The `extract` command on real batches: mixed and broken files, resume, kill, large files.

Most tests run the command in-process with Typer's `CliRunner`; the interruption tests start
it as a real subprocess and send it a signal. The 200 MB memory test is opt-in (`--run-slow`).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from bulletin_extract import extract
from bulletin_extract.cli import app, done_path, group

from .data.make_data import REF_DATE, source_text

DATA = Path(__file__).resolve().parent / "data"
BROKEN = DATA / "broken"
ROOT = Path(__file__).resolve().parent.parent
COMMAND = [sys.executable, "-c", "from bulletin_extract.cli import main; main()"]


def invoke(*args: object, input: bytes | None = None) -> Any:
    return CliRunner().invoke(app, [str(a) for a in args], input=input)


def parse(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines()]


def lines_of(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    assert not text or text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error: ")]


# ------------------------------------------------------------------ good and broken
GOOD = {"a_bulletin.txt": DATA / "encodings" / "ecommerce.gb18030.txt",
        "b_page.html": DATA / "ecommerce.html",
        "c_report.pdf": DATA / "ecommerce.pdf"}  # fmt: skip
BAD = {"empty.txt": "file is empty",
       "binary.txt": "binary file (a PNG image)",
       "undecodable.txt": "not valid text in any supported encoding",
       "encrypted.pdf": "PDF is encrypted",
       "scanned.pdf": "PDF has no text layer"}  # fmt: skip


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    for name, source in GOOD.items():
        shutil.copy(source, folder / name)
    for name in BAD:
        shutil.copy(BROKEN / name, folder / name)
    (folder / "notes.docx.bak").write_bytes(b"PK\x03\x04 ignored: not a document suffix")
    (folder / ".hidden.txt").write_text("Hidden files are skipped: 5%.", encoding="utf-8")
    return folder


def test_three_good_files_and_five_broken_ones(mixed_folder: Path, nlp: Language) -> None:
    result = invoke(mixed_folder, "--ref-date", REF_DATE)
    assert result.exit_code == 1
    records = parse(result.stdout)
    assert [r["doc_id"] for r in records] == sorted(r["doc_id"] for r in records)
    assert {r["doc_id"] for r in records} == set(GOOD)
    errors = error_lines(result.stderr)
    assert len(errors) == len(BAD) == len(result.stderr.splitlines())
    for name, reason in BAD.items():
        assert any(e.startswith(f"error: {mixed_folder / name}: {reason}") for e in errors), name
    assert "Traceback" not in result.stderr
    bulletin = [r.to_dict() for r in extract(source_text(), ref_date=REF_DATE, doc_id="x")]
    for doc_id in GOOD:
        mine = [dict(r, doc_id="x") for r in records if r["doc_id"] == doc_id]
        strip = [{k: v for k, v in r.items() if k not in ("start", "end")} for r in mine]
        expected = [{k: v for k, v in r.items() if k not in ("start", "end")} for r in bulletin]
        assert strip[: len(expected)] == expected, doc_id


def test_missing_path_and_empty_directory_do_not_stop_the_others(tmp_path: Path) -> None:
    empty = tmp_path / "empty_dir"
    empty.mkdir()
    (empty / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    good = tmp_path / "good.txt"
    good.write_text("Exports rose 6.3% year on year in July 2025.\n", encoding="utf-8")
    result = invoke(tmp_path / "missing.txt", empty, good)
    assert result.exit_code == 1
    assert [r["text"] for r in parse(result.stdout)] == ["6.3%"]
    assert result.stderr.splitlines() == [
        f"error: {tmp_path / 'missing.txt'}: no such file or directory",
        f"error: {empty}: directory has no .txt, .html or .pdf files",
    ]


def test_all_good_exits_zero_and_a_named_file_of_any_suffix_is_read(tmp_path: Path) -> None:
    page = tmp_path / "page.aspx"
    page.write_bytes((DATA / "ecommerce.html").read_bytes())
    result = invoke(page, DATA / "ecommerce.pdf", "--ref-date", REF_DATE)
    assert result.exit_code == 0, result.stderr
    assert {r["doc_id"] for r in parse(result.stdout)} == {"page.aspx", "ecommerce.pdf"}
    assert result.stderr == ""


def test_many_files_leave_stderr_empty_when_it_is_not_a_terminal(tmp_path: Path) -> None:
    for i in range(25):  # over the progress bar's threshold
        (tmp_path / f"f{i:02d}.txt").write_text(f"Exports rose {i + 1}% in July 2025.\n")
    result = invoke(tmp_path)
    assert result.exit_code == 0
    assert result.stderr == ""
    assert len(parse(result.stdout)) == 25


def test_recursive_directories(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "top.txt").write_text("Exports rose 5% in July 2025.\n", encoding="utf-8")
    (tmp_path / "a" / "b" / "deep.txt").write_text(
        "Imports fell 2% in July 2025.\n", encoding="utf-8"
    )
    flat = invoke(tmp_path / "a")
    deep = invoke(tmp_path / "a", "--recursive")
    assert {r["doc_id"] for r in parse(flat.stdout)} == {"top.txt"}
    assert {r["doc_id"] for r in parse(deep.stdout)} == {"top.txt", "deep.txt"}


def test_stdin() -> None:
    data = "Exports rose 6.3% year on year in July 2025.\n".encode("utf-16")
    result = invoke("-", input=data)
    assert result.exit_code == 0
    assert [(r["doc_id"], r["text"]) for r in parse(result.stdout)] == [("-", "6.3%")]
    empty = invoke("-", input=b"")
    assert empty.exit_code == 1
    assert empty.stderr == "error: <stdin>: file is empty\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--ref-date", "July"], "is not a date in the form YYYY-MM-DD"),
        (["--encoding", "klingon"], "unknown encoding 'klingon'"),
        (["--resume"], "--resume needs --output FILE"),
    ],
    ids=["bad-ref-date", "unknown-encoding", "resume-without-output"],
)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    result = invoke(DATA / "ecommerce.html", *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


def test_unwritable_output_is_a_usage_error(tmp_path: Path) -> None:
    result = invoke(DATA / "ecommerce.html", "--output", tmp_path / "no" / "such" / "out.jsonl")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"error: {tmp_path / 'no' / 'such' / 'out.jsonl'}: cannot write"
    )


def test_forced_encoding(tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    path.write_bytes("Caf\u00e9 sales rose 5% \u2014 a record.\n".encode("cp1252"))
    assert parse(invoke(path, "-e", "cp1252").stdout)[0]["sentence"].endswith("\u2014 a record.")
    assert "\x97" in parse(invoke(path, "-e", "latin-1").stdout)[0]["sentence"]
    forced = invoke(path, "--encoding", "utf-8")
    assert forced.exit_code == 1
    assert forced.stderr == f"error: {path}: not valid utf-8 (byte 3)\n"


def test_dump_text_holds_the_text_offsets_refer_to(tmp_path: Path) -> None:
    dump = tmp_path / "texts"
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(source_text().replace("\n", "\r\n").encode("utf-8"))
    paths = [
        DATA / "ecommerce.html",
        DATA / "ecommerce.pdf",
        DATA / "encodings" / "ecommerce.big5.txt",
        crlf,
    ]
    result = invoke(*paths, "--dump-text", dump, "--ref-date", REF_DATE)
    assert result.exit_code == 0
    records = parse(result.stdout)
    assert sorted(p.name for p in dump.iterdir()) == sorted(f"{p.name}.txt" for p in paths)
    for path in paths:
        text = (dump / f"{path.name}.txt").read_bytes().decode("utf-8")
        mine = [r for r in records if r["doc_id"] == path.name]
        assert mine
        for r in mine:
            assert text[r["start"] : r["end"]] == r["text"]
    assert (dump / "crlf.txt.txt").read_bytes() == crlf.read_bytes()


def test_extraction_failure_is_one_line_unless_debug(monkeypatch: pytest.MonkeyPatch) -> None:
    from bulletin_extract import api

    def broken(*args: object, **kwargs: object) -> list[object]:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(api, "extract", broken)
    quiet = invoke(DATA / "ecommerce.html", DATA / "ecommerce.pdf")
    assert quiet.exit_code == 1
    assert quiet.stderr.splitlines() == [
        f"error: {DATA / name}: extraction failed (RuntimeError: boom second line); "
        "rerun with --debug for the traceback"
        for name in ("ecommerce.html", "ecommerce.pdf")
    ]
    loud = invoke(DATA / "ecommerce.html", "--debug")
    assert loud.exit_code == 1
    assert "Traceback (most recent call last)" in loud.stderr


def test_group_run_subcommand() -> None:
    result = CliRunner().invoke(group, ["run", str(DATA / "ecommerce.pdf"), "--ref-date", REF_DATE])
    assert result.exit_code == 0
    assert parse(result.stdout)


# -------------------------------------------------------------------------- resume
def write_batch(folder: Path, count: int, copies: int = 1) -> list[str]:
    """`count` documents; every fifth one has no record at all."""
    folder.mkdir(parents=True, exist_ok=True)
    bulletin = source_text() + "\n"
    names = []
    for i in range(count):
        name = f"doc{i:03d}.txt"
        body = "No figures in this note.\n" if i % 5 == 4 else bulletin * copies
        (folder / name).write_text(body, encoding="utf-8")
        names.append(name)
    return names


def test_resume_skips_finished_documents_including_those_without_records(tmp_path: Path) -> None:
    batch, out = tmp_path / "batch", tmp_path / "out.jsonl"
    names = write_batch(batch, 5)
    first = invoke(batch, "-o", out, "--ref-date", REF_DATE)
    assert first.exit_code == 0
    done = [json.loads(line) for line in done_path(out).read_text().splitlines()]
    assert [d["doc_id"] for d in done] == names
    assert done[4]["records"] == 0
    assert done[-1]["end"] == out.stat().st_size
    before = out.read_bytes()

    (batch / "doc005.txt").write_text("Imports fell 2.1% in July 2025.\n", encoding="utf-8")
    again = invoke(batch, "-o", out, "--resume", "--ref-date", REF_DATE)
    assert again.exit_code == 0
    assert "skipped 5 documents" in again.stderr
    after = out.read_bytes()
    assert after.startswith(before)
    assert [r["doc_id"] for r in parse(after[len(before) :].decode())] == ["doc005.txt"]


def test_resume_repairs_a_cut_output(tmp_path: Path) -> None:
    batch, out = tmp_path / "batch", tmp_path / "out.jsonl"
    write_batch(batch, 4)
    assert invoke(batch, "-o", out, "--ref-date", REF_DATE).exit_code == 0
    complete = out.read_bytes()
    done = done_path(out).read_text().splitlines()
    # As a kill would leave it: the third document's records half written, a line cut.
    third_end = json.loads(done[2])["end"]
    second_end = json.loads(done[1])["end"]
    out.write_bytes(complete[: (second_end + third_end) // 2])
    done_path(out).write_text("\n".join(done[:2]) + "\n" + done[2][:10])
    result = invoke(batch, "-o", out, "--resume", "--ref-date", REF_DATE)
    assert result.exit_code == 0
    assert "removed a half-written last line" in result.stderr
    assert "removed the records of an unfinished document" in result.stderr
    assert out.read_bytes() == complete


def test_resume_without_done_list_redoes_the_last_document(tmp_path: Path) -> None:
    batch, out = tmp_path / "batch", tmp_path / "out.jsonl"
    write_batch(batch, 3)
    assert invoke(batch, "-o", out, "--ref-date", REF_DATE).exit_code == 0
    complete = out.read_bytes()
    cut = complete[: len(complete) - 3000]
    out.write_bytes(cut)
    done_path(out).unlink()
    result = invoke(batch, "-o", out, "--resume", "--ref-date", REF_DATE)
    assert result.exit_code == 0
    assert out.read_bytes() == complete


def test_output_appends_and_never_keeps_a_half_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"doc_id": "old", "text": "1%"}\n{"doc_id": "old", "te')
    result = invoke(DATA / "ecommerce.pdf", "-o", out)
    assert result.exit_code == 0
    records = lines_of(out)
    assert records[0] == {"doc_id": "old", "text": "1%"}
    assert {r["doc_id"] for r in records[1:]} == {"ecommerce.pdf"}


def test_output_that_is_not_jsonl_is_left_alone(tmp_path: Path) -> None:
    precious = tmp_path / "report.pdf"
    shutil.copy(DATA / "ecommerce.pdf", precious)
    result = invoke(DATA / "ecommerce.html", "-o", precious)
    assert result.exit_code == 2
    assert "not a JSONL file of records" in result.stderr
    assert precious.read_bytes() == (DATA / "ecommerce.pdf").read_bytes()
    assert not done_path(precious).exists()


def test_resume_refuses_an_output_shorter_than_its_done_list(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert invoke(DATA / "ecommerce.pdf", "-o", out).exit_code == 0
    out.write_bytes(b"".join(out.read_bytes().splitlines(keepends=True)[:2]))
    result = invoke(DATA / "ecommerce.pdf", "-o", out, "--resume")
    assert result.exit_code == 2
    assert "Delete out.jsonl.done to start over" in result.stderr


# --------------------------------------------------------------- kill and resume
def wait_for_done(out: Path, count: int, proc: subprocess.Popen[bytes], timeout: float) -> int:
    deadline = time.monotonic() + timeout
    side = done_path(out)
    while time.monotonic() < deadline and proc.poll() is None:
        if side.exists():
            lines = side.read_bytes().count(b"\n")
            if lines >= count:
                return lines
        time.sleep(0.02)
    raise AssertionError("the batch did not get going in time")


@pytest.fixture(scope="module")
def kill_batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], bytes]:
    """A batch of 30 documents and the output of one uninterrupted run over it."""
    root = tmp_path_factory.mktemp("kill")
    batch, reference = root / "batch", root / "reference.jsonl"
    names = write_batch(batch, 30, copies=3)
    full = subprocess.run(
        [*COMMAND, str(batch), "-o", str(reference), "--ref-date", REF_DATE, "-q"],
        capture_output=True,
        timeout=300,
    )
    assert full.returncode == 0, full.stderr
    return batch, names, reference.read_bytes()


@pytest.mark.parametrize(
    "signum", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT], ids=["kill", "term", "int"]
)
def test_killed_batch_leaves_complete_lines_and_resume_finishes_it(
    tmp_path: Path, kill_batch: tuple[Path, list[str], bytes], signum: int
) -> None:
    batch, names, reference = kill_batch
    out = tmp_path / "out.jsonl"
    args = [str(batch), "--output", str(out), "--ref-date", REF_DATE, "--quiet"]
    proc = subprocess.Popen([*COMMAND, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_for_done(out, 3, proc, timeout=120)
        proc.send_signal(signum)
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == (-signal.SIGKILL if signum == signal.SIGKILL else 128 + signum), (
        stderr
    )
    done = done_path(out).read_text().splitlines()
    assert len(done) < len(names), "the batch finished before it was interrupted"
    lines_of(out)  # every line is a complete record
    if signum != signal.SIGKILL:
        assert b"Traceback" not in stderr
        assert b"run the same command with --resume to finish" in stderr
        # A graceful stop takes back a half-done document: only finished ones remain.
        assert out.stat().st_size == json.loads(done[-1])["end"]

    resumed = subprocess.run([*COMMAND, *args, "--resume"], capture_output=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert out.read_bytes() == reference  # no document missing, none twice
    finished = [json.loads(line)["doc_id"] for line in done_path(out).read_text().splitlines()]
    assert finished == names


# ----------------------------------------------------------------------- long files
def test_few_megabyte_file_goes_block_by_block(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The streamed, chunked path of the CLI on a ~3 MB file: offsets over the whole file."""
    from bulletin_extract import readers

    monkeypatch.setattr(readers, "STREAM_BYTES", 1024 * 1024)
    bulletin = source_text() + "\n"
    copies = 500
    path = tmp_path / "long.txt"
    path.write_text(bulletin * copies, encoding="utf-8")
    dump = tmp_path / "dump"
    result = invoke(path, "--ref-date", REF_DATE, "--dump-text", dump, "--block-chars", 60_000)
    assert result.exit_code == 0, result.stderr
    got = parse(result.stdout)
    single = [r.to_dict() for r in extract(bulletin, ref_date=REF_DATE, doc_id="long.txt", nlp=nlp)]
    expected = [
        dict(r, start=r["start"] + k * len(bulletin), end=r["end"] + k * len(bulletin))
        for k in range(copies)
        for r in single
    ]
    assert got == expected
    assert (dump / "long.txt.txt").read_text(encoding="utf-8") == bulletin * copies


@pytest.mark.slow
def test_200_mb_file_stays_under_1_gb() -> None:
    """Run scripts/measure_memory.py on a 200 MiB file (about 40 minutes on 2 cores)."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "measure_memory.py"), "--mb", "200"],
        capture_output=True,
        text=True,
        timeout=4 * 3600,
    )
    summary = json.loads(result.stdout.splitlines()[-1])
    assert summary["exit_code"] == 0
    assert summary["bad_offsets"] == 0
    assert summary["peak_rss_mib"] < 1024, summary
    shutil.rmtree(summary["work_dir"], ignore_errors=True)


def test_sigpipe_is_quiet(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX pipes")
    proc = subprocess.run(
        f"{sys.executable} -c 'from bulletin_extract.cli import main; main()' "
        f"{DATA / 'ecommerce.pdf'} {DATA / 'ecommerce.html'} | head -c 10",
        shell=True,
        capture_output=True,
        timeout=120,
    )
    assert b"Traceback" not in proc.stderr
    assert b"BrokenPipe" not in proc.stderr
