"""Reading real files: encodings, line ends, HTML pages, PDFs, broken input, long texts.

The documents are under tests/data/ (written by tests/data/make_data.py from
corpus/ecommerce_engine_2024.txt): the same bulletin in every supported encoding, as an HTML
page and as a PDF, and a folder of broken files.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from bulletin_extract import extract
from bulletin_extract.readers import (
    Document,
    ReadError,
    decode_bytes,
    extract_document,
    html_text,
    iter_blocks,
    pdf_text,
    pipeline_text,
    read_document,
)

from .conftest import CORPUS
from .data.make_data import (
    ENCODED,
    REF_DATE,
    TABLE,
    ZH_HANS,
    expected_text,
    paragraphs,
    source_text,
)

DATA = Path(__file__).resolve().parent / "data"
BROKEN = DATA / "broken"


def records_of(text: str, nlp: Language, doc_id: str = "d") -> list[dict[str, Any]]:
    return [r.to_dict() for r in extract(text, ref_date=REF_DATE, doc_id=doc_id, nlp=nlp)]


def document_records(document: Document, nlp: Language, **kwargs: Any) -> list[dict[str, Any]]:
    return [
        r.to_dict()
        for _, records in extract_document(document, ref_date=REF_DATE, nlp=nlp, **kwargs)
        for r in records
    ]


def without_offsets(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in r.items() if k not in ("start", "end")} for r in records]


def assert_offsets(text: str, records: list[dict[str, Any]]) -> None:
    for r in records:
        assert text[r["start"] : r["end"]] == r["text"]


@pytest.fixture(scope="module")
def bulletin_records(nlp: Language) -> list[dict[str, Any]]:
    """The records of the plain UTF-8 bulletin: what every other form must give."""
    return records_of(source_text(), nlp)


# ------------------------------------------------------------------------- encodings
LABELS = sorted(ENCODED)


@pytest.mark.parametrize("label", LABELS, ids=LABELS)
def test_each_encoding_decodes_to_the_same_text(label: str) -> None:
    document = read_document(DATA / "encodings" / f"ecommerce.{label}.txt")
    assert document.text() == expected_text(label)
    assert document.kind == "text"


@pytest.mark.parametrize("label", LABELS, ids=LABELS)
def test_each_encoding_gives_the_bulletin_records(
    label: str, nlp: Language, bulletin_records: list[dict[str, Any]]
) -> None:
    document = read_document(DATA / "encodings" / f"ecommerce.{label}.txt", doc_id="d")
    got = document_records(document, nlp)
    # The bulletin comes first, so its records keep their offsets; the closing paragraph in
    # the encoding's own script may add records after them.
    assert got[: len(bulletin_records)] == bulletin_records
    assert all(r["start"] > len(source_text()) for r in got[len(bulletin_records) :])
    assert_offsets(document.text(), got)


DETECTED = [
    ("utf-8", "utf-8"),
    ("utf-8-bom", "utf-8"),
    ("utf-16-le-bom", "utf-16-le"),
    ("utf-16-be-bom", "utf-16-be"),
    ("gb18030", "gb18030"),
    ("gbk", "gb18030"),
    ("big5", "big5"),
    ("shift_jis", "cp932"),
    ("cp1252", "cp1252"),
    ("latin-1", "cp1252"),  # cp1252 reads every Latin-1 text the same, but for C1 controls
]


@pytest.mark.parametrize(("label", "codec"), DETECTED, ids=[d[0] for d in DETECTED])
def test_detected_codec(label: str, codec: str) -> None:
    assert read_document(DATA / "encodings" / f"ecommerce.{label}.txt").encoding == codec


def test_short_non_ascii_line_at_the_end_is_enough_to_detect() -> None:
    text = "Exports rose 5% in July.\n" * 400 + ZH_HANS + "\n"
    for codec in ("gb18030", "gbk"):
        assert decode_bytes(text.encode(codec)) == (text, "gb18030")


@pytest.mark.parametrize(
    ("codec", "bom"),
    [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-32-le", b"\xff\xfe\x00\x00")],
)
def test_byte_order_marks(codec: str, bom: bytes) -> None:
    text = "Exports rose 5% in July.\n" + ZH_HANS
    assert decode_bytes(bom + text.encode(codec)) == (text, codec)


def test_utf16_without_bom_is_recognised_by_its_nul_bytes() -> None:
    text = "Exports rose 5% in July 2024.\n" * 5
    assert decode_bytes(text.encode("utf-16-le")) == (text, "utf-16-le")
    assert decode_bytes(text.encode("utf-16-be")) == (text, "utf-16-be")


def test_forced_encoding() -> None:
    data = "Caf\u00e9 sales rose 5% \u2014 a record.\n".encode("cp1252")
    assert decode_bytes(data, "latin-1")[0] == "Caf\u00e9 sales rose 5% \x97 a record.\n"
    assert decode_bytes(data, "cp1252")[0] == "Caf\u00e9 sales rose 5% \u2014 a record.\n"
    with pytest.raises(ReadError, match=r"not valid utf-8 \(byte 3\)"):
        decode_bytes(data, "utf-8")
    assert decode_bytes(b"\xef\xbb\xbfSales rose 5%.", "utf-8") == ("Sales rose 5%.", "utf-8")


def test_offsets_never_count_the_bom(nlp: Language) -> None:
    document = read_document(DATA / "encodings" / "ecommerce.utf-8-bom.txt")
    assert not document.text().startswith("\ufeff")
    assert_offsets(document.text(), document_records(document, nlp))


# ------------------------------------------------------------------------ line ends
def test_crlf_gives_the_same_records_at_their_own_offsets(
    nlp: Language, bulletin_records: list[dict[str, Any]]
) -> None:
    text = source_text().replace("\n", "\r\n")
    got = document_records(read_document(None, data=text.encode(), doc_id="d"), nlp)
    assert without_offsets(got) == without_offsets(bulletin_records)
    assert_offsets(text, got)


def test_lone_cr_is_a_line_break_and_keeps_offsets(
    nlp: Language, bulletin_records: list[dict[str, Any]]
) -> None:
    text = source_text().replace("\n", "\r")
    document = read_document(None, data=text.encode(), doc_id="d")
    assert document.text() == text
    assert document_records(document, nlp) == bulletin_records


def test_lone_cr_ends_a_paragraph(nlp: Language) -> None:
    lf = "Exports rose 5% in July 2024 year-on-year.\nImports rose 3%.\n"
    cr = lf.replace("\n", "\r")
    got = document_records(read_document(None, data=cr.encode(), doc_id="d"), nlp)
    assert got == records_of(lf, nlp)
    assert pipeline_text(cr) == lf
    assert pipeline_text("a\r\nb\rc") == "a\r\nb\nc"


# ----------------------------------------------------------------------------- HTML
def test_html_page_gives_its_article_without_boilerplate() -> None:
    document = read_document(DATA / "ecommerce.html")
    lines = document.text().splitlines()
    assert document.kind == "html"
    assert lines[0] == "E-commerce becomes a new engine for consumption"
    assert lines[1 : 1 + len(paragraphs())] == paragraphs()
    text = document.text()
    for boilerplate in ("Home", "cookies", "Most read", "Copyright", "010-12345678"):
        assert boilerplate not in text
    assert "| Online retail sales | 8.7% |" in lines


def test_html_page_gives_the_bulletin_records(
    nlp: Language, bulletin_records: list[dict[str, Any]]
) -> None:
    document = read_document(DATA / "ecommerce.html", doc_id="d")
    got = document_records(document, nlp)
    assert_offsets(document.text(), got)
    assert without_offsets(got[: len(bulletin_records)]) == without_offsets(bulletin_records)
    table = [r for r in got if r["sentence"].startswith("|")]
    assert [(r["text"], r["value"]) for r in table] == [("8.7%", 8.7), ("1,000 million", 1e9)]


def test_html_charset_declared_in_meta() -> None:
    document = read_document(DATA / "ecommerce.gb18030.html")
    assert document.encoding == "gb18030"
    assert ZH_HANS in document.text().splitlines()


def test_html_declared_latin1_is_read_as_windows_1252() -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        "</head><body><p>Sales rose 5% \u2014 \u201ca record\u201d.</p></body></html>"
    )
    document = read_document(None, data=page.encode("cp1252"), doc_id="page")
    assert document.kind == "html"
    assert document.encoding == "cp1252"
    assert document.text() == "Sales rose 5% \u2014 \u201ca record\u201d."


def test_html_is_recognised_by_content_without_a_suffix(tmp_path: Path) -> None:
    page = tmp_path / "page"
    page.write_bytes((DATA / "ecommerce.html").read_bytes())
    assert read_document(page).kind == "html"


def test_tiny_html_falls_back_to_all_its_text() -> None:
    assert html_text("<html><body><p>Exports rose 5%.</p></body></html>") == "Exports rose 5%."
    with pytest.raises(ReadError, match="no readable text"):
        html_text("<html><body><script>var x = 1;</script></body></html>")


# ------------------------------------------------------------------------------ PDF
def test_pdf_text_keeps_paragraphs_in_reading_order_and_table_rows() -> None:
    text = read_document(DATA / "ecommerce.pdf").text()
    lines = text.splitlines()
    assert lines[: len(paragraphs())] == paragraphs()
    assert lines[len(paragraphs()) :] == [" | ".join(row) for row in TABLE]


def test_pdf_gives_the_bulletin_records(
    nlp: Language, bulletin_records: list[dict[str, Any]]
) -> None:
    document = read_document(DATA / "ecommerce.pdf", doc_id="d")
    assert document.kind == "pdf"
    got = document_records(document, nlp)
    assert_offsets(document.text(), got)
    assert without_offsets(got[: len(bulletin_records)]) == without_offsets(bulletin_records)
    assert [r["text"] for r in got[len(bulletin_records) :]] == ["8.7%", "1,000 million"]


def test_pdf_made_here_with_two_columns_and_a_page_break(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "columns.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    left = ["Exports rose 5.1% in July", "from a year earlier, customs", "data showed."]
    right = ["Imports fell 2.3% in the", "same month, the weakest", "since March."]
    for i, (a, b) in enumerate(zip(left, right, strict=True)):
        c.drawString(72, 700 - 14 * i, a)
        c.drawString(320, 700 - 14 * i, b)
    c.drawString(300, 40, "1")
    c.showPage()
    c.drawString(72, 700, "Retail sales grew by 3% in the first")
    c.showPage()
    c.drawString(72, 700, "half, the bureau said.")
    c.save()
    assert pdf_text(path).splitlines() == [
        "Exports rose 5.1% in July from a year earlier, customs data showed.",
        "Imports fell 2.3% in the same month, the weakest since March.",
        "Retail sales grew by 3% in the first half, the bureau said.",
    ]


def test_pdf_with_only_an_owner_password_is_read() -> None:
    text = read_document(DATA / "owner_password.pdf").text()
    assert text == "Exports grew 5% in July 2024, the Ministry of Commerce said.\n"


# ------------------------------------------------------------------------ bad input
BROKEN_CASES = [
    ("empty.txt", "file is empty"),
    ("whitespace.txt", "file has no text, only white space"),
    ("binary.txt", "binary file (a PNG image), not text, HTML or PDF"),
    ("nul_bytes.txt", "binary file (it holds NUL bytes), not text, HTML or PDF"),
    ("undecodable.txt", "not valid text in any supported encoding"),
    ("not_a_pdf.pdf", "named .pdf but is not a PDF file"),
    ("encrypted.pdf", "PDF is encrypted (a password is needed to read it)"),
    ("scanned.pdf", "PDF has no text layer (scanned pages?); run OCR on it first"),
    ("damaged.pdf", "not a readable PDF"),
]


@pytest.mark.parametrize(("name", "reason"), BROKEN_CASES, ids=[c[0] for c in BROKEN_CASES])
def test_broken_files_give_one_line_reasons(name: str, reason: str) -> None:
    with pytest.raises(ReadError) as info:
        read_document(BROKEN / name)
    assert str(info.value).startswith(reason)
    assert "\n" not in str(info.value)


def test_control_characters_are_not_text() -> None:
    with pytest.raises(ReadError, match="looks like a binary file"):
        decode_bytes(bytes(range(1, 32)) * 50)
    stray = b"Retail sales\x07 rose 5% in July from a year earlier.\n" * 10
    assert decode_bytes(stray)[0].startswith("Retail sales\x07")


def test_missing_file_and_directory() -> None:
    with pytest.raises(ReadError, match="cannot read: No such file"):
        read_document(DATA / "nope.txt")
    with pytest.raises(ReadError, match="is a directory"):
        read_document(DATA)


# --------------------------------------------------------------------- long texts
def test_blocks_cut_at_line_ends_and_carry_context() -> None:
    text = "".join(f"Line {i} rose {i}%.\n" for i in range(200))
    blocks = list(iter_blocks([text], size=300, overlap=100))
    assert "".join(b.text for b in blocks) == text
    assert all(b.text.endswith("\n") for b in blocks)
    assert all(len(b.text) <= 300 and len(b.context) <= 100 for b in blocks)
    assert blocks[0].context == ""
    for before, block in itertools.pairwise(blocks):
        assert block.context
        assert before.text.endswith(block.context)
        assert block.context.startswith("Line ")


def test_blocks_cut_a_line_without_breaks_at_a_sentence_or_a_space() -> None:
    text = "Exports rose 5%. " * 100
    blocks = list(iter_blocks(iter([text[:700], text[700:]]), size=250, overlap=0))
    assert "".join(b.text for b in blocks) == text
    assert all(b.text.endswith(". ") for b in blocks[:-1])
    assert [b.text for b in iter_blocks(["x" * 10], size=4, overlap=0)] == ["xxxx"] * 2 + ["xx"]


def mixed_corpus_text() -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    return "\n".join(t if t.endswith("\n") else t + "\n" for t in texts)


def test_block_by_block_records_equal_the_whole_text_records(nlp: Language) -> None:
    """The chunked path against one unchunked run of the same ~90 KB text.

    Every mention, offset, value, unit, metric, direction, basis, qualifier and period is the
    same, and so is nearly every agency: credits from further back than the overlap come
    with the lines where they were made. (These seven unrelated texts run on into one
    another, so the whole-text run carries one's credits into the next, across countries.)
    """
    text = mixed_corpus_text() * 4
    whole = records_of(text, nlp)
    document = Document.from_text(text, doc_id="d")
    chunked = document_records(document, nlp, block_chars=16_000)
    assert len(text) > 5 * 16_000
    assert len(chunked) == len(whole)

    def local(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{k: v for k, v in r.items() if k not in ("agency", "rules")} for r in records]

    assert local(chunked) == local(whole)
    same_agency = sum(a["agency"] == b["agency"] for a, b in zip(chunked, whole, strict=True))
    assert same_agency >= 0.98 * len(whole)


def test_a_credit_carries_across_every_block(nlp: Language) -> None:
    """One credit at the top of a long text reaches the records of every block."""
    text = "Data from the National Bureau of Statistics shows the following.\n" + "".join(
        f"Retail sales of item {i} rose {i % 9 + 1}.5% in July 2024.\n" for i in range(600)
    )
    whole = records_of(text, nlp)
    assert {r["agency"] for r in whole} == {"National Bureau of Statistics"}
    for overlap in (0, 2_000):
        document = Document.from_text(text, doc_id="d")
        chunked = document_records(document, nlp, block_chars=6_000, overlap_chars=overlap)
        assert chunked == whole


def test_block_by_block_records_equal_when_credits_are_near(nlp: Language) -> None:
    """Bulletins that each state their own credit: chunked records are exactly the same."""
    bulletin = source_text() + "\n"
    text = bulletin * 14
    whole = records_of(text, nlp)
    chunked = document_records(Document.from_text(text, doc_id="d"), nlp, block_chars=10_000)
    assert chunked == whole


def test_long_text_file_is_streamed_in_blocks_with_whole_document_offsets(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 1.5 MB GB18030 file, read as a stream and extracted in blocks."""
    from bulletin_extract import readers

    bulletin = source_text() + "\n"
    copies = 240
    text = bulletin * copies + ZH_HANS + "\n"  # the only non-ASCII line is at the very end
    path = tmp_path / "long.txt"
    path.write_bytes(text.encode("gb18030"))
    monkeypatch.setattr(readers, "STREAM_BYTES", 256 * 1024)
    document = read_document(path, doc_id="d")
    assert document.encoding == "gb18030"
    assert sum(1 for _ in document.pieces()) > 1
    got = document_records(document, nlp, block_chars=50_000)
    # Each copy of the bulletin states its own credit and periods: its records are those of
    # the bulletin alone, shifted by where it starts.
    single = records_of(bulletin, nlp)
    expected = [
        dict(r, start=r["start"] + k * len(bulletin), end=r["end"] + k * len(bulletin))
        for k in range(copies)
        for r in single
    ]
    assert got[: len(expected)] == expected
    assert_offsets(text, got)


def test_large_file_that_is_not_text_fails_before_any_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bulletin_extract import readers

    monkeypatch.setattr(readers, "STREAM_BYTES", 1024)
    path = tmp_path / "late_garbage.txt"
    path.write_bytes(b"Exports rose 5%.\n" * 1000 + bytes(range(0x80, 0x100)) * 8)
    with pytest.raises(ReadError, match="not valid text in any supported encoding"):
        read_document(path)
    whitespace = tmp_path / "blank.txt"
    whitespace.write_bytes(b" \n" * 4096)
    with pytest.raises(ReadError, match="only white space"):
        read_document(whitespace)


def test_records_serialise_the_same_from_every_form(
    nlp: Language, bulletin_records: list[dict[str, Any]]
) -> None:
    """JSON lines of the bulletin's own records are the same whatever the file's form."""
    for path in [DATA / "ecommerce.html", DATA / "ecommerce.pdf", *(DATA / "encodings").glob("*")]:
        got = without_offsets(document_records(read_document(path, doc_id="d"), nlp))
        lines = {json.dumps(r, sort_keys=True) for r in got}
        assert {json.dumps(r, sort_keys=True) for r in without_offsets(bulletin_records)} <= lines
