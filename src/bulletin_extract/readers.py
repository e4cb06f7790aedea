"""Reading documents: decode text files, take the readable text out of HTML and PDF, cut long texts.

Every record's offsets refer to the text these readers return: the decoded characters of a
text file (a byte order mark dropped, line ends kept as they are), or the text extracted from
an HTML page or a PDF. Nothing here talks about bytes once a document is decoded.

- Text files: a byte order mark decides (UTF-8, UTF-16 and UTF-32, either byte order); then
  strict UTF-8; then the encodings in `DETECTED_ENCODINGS`, as charset-normalizer ranks them
  on the lines that hold non-ASCII bytes. `encoding=` forces one.
- HTML: the main text of the page by trafilatura (navigation, footers and other boilerplate
  dropped; tables kept as `| cell | cell |` lines), one paragraph per line.
- PDF: pdfplumber (pdfminer.six layout analysis) in reading order; the lines of a paragraph
  are joined into one line, ruled tables become one `cell | cell` line per row.
- Long texts are cut into blocks of whole lines (`iter_blocks`) and extracted block by block
  (`extract_document`), each with the end of the previous block and the lines of the last
  credits as context, so memory stays bounded while offsets still refer to the whole
  document.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

    from .records import Record

__all__ = [
    "BLOCK_CHARS",
    "DETECTED_ENCODINGS",
    "DOCUMENT_SUFFIXES",
    "OVERLAP_CHARS",
    "Block",
    "Document",
    "ReadError",
    "decode_bytes",
    "extract_document",
    "html_text",
    "iter_blocks",
    "pdf_text",
    "pipeline_text",
    "read_document",
]

#: Encodings tried, in charset-normalizer's ranking, when a text is neither marked by a byte
#: order mark nor valid UTF-8. GB18030 covers GBK and GB2312; cp932 and cp950 are the Windows
#: forms of Shift-JIS and Big5.
DETECTED_ENCODINGS = ("gb18030", "big5", "cp950", "shift_jis", "cp932", "cp1252", "latin_1")

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".csv", ".tsv"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
PDF_SUFFIXES = frozenset({".pdf"})
#: File suffixes taken from a directory (a README.md beside the bulletins is not one of them;
#: a file named on the command line is read whatever its suffix).
DOCUMENT_SUFFIXES = frozenset({".txt", ".html", ".htm", ".xhtml", ".pdf"})

#: Texts longer than this (characters) are extracted block by block. The pipeline's cost
#: grows faster than the length of a text, so blocks of this size are also the fastest.
BLOCK_CHARS = 100_000
#: Characters of the previous block given as context to the next one (whole lines), so that
#: a credit or a period stated shortly before a block boundary still carries over it.
OVERLAP_CHARS = 10_000
#: Text files larger than this (bytes) are decoded as a stream instead of read whole.
STREAM_BYTES = 16 * 1024 * 1024
#: A text with more C0 control characters than this (not counting white space) is binary.
MAX_CONTROL_SHARE = 0.05
_READ_BYTES = 1024 * 1024

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive (Word and Excel files are ZIP archives)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file"),
    (b"\x7fELF", "an executable"),
    (b"{\\rtf", "an RTF document"),
)
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
# C0 controls that do not occur in text (white space and ESC do), and DEL.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_LONE_CR = re.compile(r"\r(?!\n)")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
)
# A sentence end, maybe inside closing quotes or brackets (straight and curly).
_PARAGRAPH_END = re.compile("[.!?:;][\"'\u201d\u2019)\\]]*$")
_DASH = "-\u2013\u2014"
_PAGE_NUMBER = re.compile(
    rf"^(?:page\s*)?[{_DASH}]?\s*\d{{1,4}}\s*[{_DASH}]?(?:\s*(?:/|of)\s*\d{{1,4}})?$", re.I
)

# The HTML and PDF libraries log warnings about pages they find odd; records and the CLI's
# one-line errors say what matters, so keep their loggers from printing on their own.
for _name in ("trafilatura", "htmldate", "courlan", "justext", "pdfminer", "pdfplumber"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False


class ReadError(Exception):
    """A document that cannot be read; the message is the reason, without the file name."""


class _InvalidBytes(ReadError):
    """Bytes that are not valid in the codec being tried."""


@dataclass(frozen=True)
class Document:
    """A document ready for extraction.

    Attributes:
        doc_id: Id written to its records (the file name for files).
        kind: `text`, `html` or `pdf`.
        encoding: Codec the text was decoded with (`None` for PDF).
        source: Path of the file, `None` for standard input or a text given directly.
    """

    doc_id: str
    kind: str
    encoding: str | None
    source: Path | None
    _pieces: Callable[[], Iterator[str]]

    @classmethod
    def from_text(cls, text: str, doc_id: str = "") -> Document:
        """A document whose text is given (not decoded from a file)."""
        return cls(doc_id, "text", None, None, lambda: iter((text,)))

    def pieces(self) -> Iterator[str]:
        """Yield the document's text in consecutive pieces (one piece unless streamed)."""
        return self._pieces()

    def text(self) -> str:
        """Return the whole text (for a streamed document this reads the file again)."""
        return "".join(self.pieces())


@dataclass(frozen=True)
class Block:
    """A run of whole lines of a document, with the lines before it as context.

    Attributes:
        start: Offset of `text` in the document.
        text: The block's own text.
        context: Text just before `start` (whole lines), given to the extractor but not
            extracted from.
    """

    start: int
    text: str
    context: str = ""


# ----------------------------------------------------------------------------- decoding
def _codec_name(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise ReadError(f"unknown encoding {encoding!r}") from None


def _binary_kind(head: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    return None


def _bom(head: bytes) -> tuple[str, int] | None:
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name, len(bom)
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """Guess UTF-16 without a byte order mark from where the NUL bytes stand."""
    sample = head[: 4096 - 4096 % 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.3 and even_nul < 0.02:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.02:
        return "utf-16-be"
    return None


def _control_share(text: str) -> float:
    """Share of C0 control characters (not white space) in the first 64K characters."""
    sample = text[:65536]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)


def _check_text(text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise ReadError("file is empty" if not text else "file has no text, only white space")
    share = _control_share(text)
    if share > MAX_CONTROL_SHARE:
        raise ReadError(f"looks like a binary file ({share:.0%} control characters)")
    return text


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _non_ascii_lines(data: bytes, limit: int = 262144) -> bytes:
    """The lines of `data` that hold a non-ASCII byte, joined, up to about `limit` bytes."""
    lines: list[bytes] = []
    size = pos = 0
    while size < limit:
        match = _HIGH_BYTE.search(data, pos)
        if match is None:
            break
        start = data.rfind(b"\n", 0, match.start()) + 1
        end = data.find(b"\n", match.start())
        end = len(data) if end < 0 else end
        lines.append(data[start:end])
        size += end - start + 1
        pos = end + 1
    return b"\n".join(lines)


def _detect(data: bytes) -> list[str]:
    """Encodings in `DETECTED_ENCODINGS` that fit `data`, best first, by charset-normalizer."""
    from charset_normalizer import from_bytes

    # Detection looks at the lines that hold non-ASCII bytes: a short Chinese title at the
    # end of a long English text is otherwise easily outvoted. Newlines never stand inside a
    # multi-byte character in these encodings, so cutting at them is safe.
    sample = _non_ascii_lines(data)
    results = from_bytes(sample or data[:262144], cp_isolation=list(DETECTED_ENCODINGS))
    names: list[str] = []
    for match in results:
        name = _codec_name(match.encoding)
        if name in ("gbk", "gb2312"):
            name = "gb18030"
        if name not in names:
            names.append(name)
    return names


def decode_bytes(
    data: bytes, encoding: str | None = None, *, declared: str | None = None
) -> tuple[str, str]:
    """Decode a text document.

    Args:
        data: The file's bytes.
        encoding: Force this codec (a byte order mark of the same family is still dropped).
        declared: An encoding the document declares (an HTML `<meta charset>`), tried after a
            byte order mark and before detection.

    Returns:
        The text (without a byte order mark, line ends untouched) and the codec's name.

    Raises:
        ReadError: The data is empty, binary, or not valid in any supported encoding.
    """
    if not data:
        raise ReadError("file is empty")
    if encoding is not None:
        # A forced codec decodes everything; a byte order mark it reads is dropped below.
        name = _codec_name(encoding)
        try:
            return _check_text(data.decode(name)), name
        except UnicodeDecodeError as exc:
            raise ReadError(f"not valid {name} (byte {exc.start})") from None
    bom = _bom(data)
    if bom is not None:
        name = bom[0]
        try:
            return _check_text(data[bom[1] :].decode(name)), name
        except UnicodeDecodeError as exc:
            raise ReadError(f"not valid {name} (byte {exc.start})") from None
    kind = _binary_kind(data)
    if kind is not None:
        raise ReadError(f"binary file ({kind}), not text, HTML or PDF")
    if b"\x00" in data[:65536]:
        guess = _utf16_without_bom(data)
        text = _strict(data, guess) if guess else None
        if guess is None or text is None:
            raise ReadError("binary file (it holds NUL bytes), not text, HTML or PDF")
        return _check_text(text), guess
    text = _strict(data, "utf-8")
    if text is not None:
        return _check_text(text), "utf-8"
    candidates = _detect(data)
    if declared:
        with suppress(ReadError):
            name = _codec_name(declared)
            # As browsers do: a page declared Latin-1 or ASCII is read as windows-1252.
            candidates.insert(0, "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name)
    for name in candidates:
        text = _strict(data, name)
        if text is not None and _control_share(text) <= MAX_CONTROL_SHARE:
            return _check_text(text), name
    raise ReadError(
        "not valid text in any supported encoding (UTF-8, UTF-16, GB18030, Big5, Shift-JIS, "
        "cp1252, Latin-1); force one with --encoding"
    )


def pipeline_text(text: str) -> str:
    """The text given to the pipeline: a lone carriage return becomes a line feed.

    Same length, so offsets are unchanged; CRLF is left alone (the pipeline already reads
    it as one line break).
    """
    return _LONE_CR.sub("\n", text) if "\r" in text else text


# ------------------------------------------------------------------------------ HTML
def html_text(markup: str) -> str:
    """Return the readable main text of an HTML page, one paragraph per line.

    Boilerplate (navigation, footers, cookie banners) is dropped by trafilatura; tables are
    kept, one row per line. A page where trafilatura finds no main content falls back to all
    of its visible text.

    Raises:
        ReadError: The page has no readable text.
    """
    import trafilatura

    try:
        text = trafilatura.extract(
            markup,
            output_format="txt",
            include_tables=True,
            include_comments=False,
            include_links=False,
            include_images=False,
            deduplicate=False,
        )
        if not text or not text.strip():
            text = trafilatura.html2txt(markup)
    except Exception as exc:
        raise ReadError(f"cannot parse the HTML ({_one_line(exc)})") from exc
    text = "\n".join(line.rstrip() for line in (text or "").splitlines())
    if not text.strip():
        raise ReadError("HTML page has no readable text")
    return text


# ------------------------------------------------------------------------------- PDF
def _pdf_failure(exc: BaseException) -> ReadError:
    inner = exc.args[0] if type(exc).__name__ == "PdfminerException" and exc.args else exc
    name = type(inner).__name__
    if name in ("PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning"):
        return ReadError("PDF is encrypted (a password is needed to read it)")
    if name in ("PDFTextExtractionNotAllowed", "PDFTextExtractionNotAllowedError"):
        return ReadError("PDF does not allow text extraction")
    return ReadError(f"not a readable PDF ({name}: {_one_line(inner)})")


def _join_lines(lines: list[str]) -> str:
    out = ""
    for line in lines:
        if not out:
            out = line
        elif out.endswith("-") and len(out) > 1 and out[-2].isalpha() and line[:1].islower():
            out += line  # "e-" + "commerce": keep the hyphen, it is usually a real one
        else:
            out += " " + line
    return out


def _box_paragraphs(box: Any) -> list[str]:
    """Split a layout text box into paragraphs: a short line ending a sentence ends one."""
    from pdfminer.layout import LTTextLine

    lines = [ln for ln in box if isinstance(ln, LTTextLine)]
    width = max(box.width, 1.0)
    paragraphs: list[str] = []
    current: list[str] = []
    for ln in lines:
        text = " ".join(ln.get_text().translate(_LIGATURES).split())
        if not text:
            continue
        current.append(text)
        short = ln.x1 < box.x1 - 0.15 * width
        if short and _PARAGRAPH_END.search(text):
            paragraphs.append(_join_lines(current))
            current = []
    if current:
        paragraphs.append(_join_lines(current))
    return paragraphs


def _table_rows(table: Any) -> list[str]:
    rows = []
    for row in table.extract():
        cells = [" ".join((cell or "").translate(_LIGATURES).split()) for cell in row]
        if any(cells):
            rows.append(" | ".join(cells))
    return rows


def _within(x: float, y: float, bbox: tuple[float, float, float, float]) -> bool:
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _page_paragraphs(page: Any) -> list[str]:
    from pdfminer.layout import LTTextBox

    try:
        tables = page.find_tables()
    except Exception:  # a table finder failure only loses the table structure
        tables = []
    height = page.height
    placed: set[int] = set()
    out: list[str] = []
    boxes = [obj for obj in page.layout if isinstance(obj, LTTextBox)]
    for i, box in enumerate(boxes):
        cx, cy = (box.x0 + box.x1) / 2, height - (box.y0 + box.y1) / 2
        inside = next((n for n, t in enumerate(tables) if _within(cx, cy, t.bbox)), None)
        if inside is not None:
            if inside not in placed:
                placed.add(inside)
                out.extend(_table_rows(tables[inside]))
            continue
        paragraphs = _box_paragraphs(box)
        if i in (0, len(boxes) - 1) and len(paragraphs) == 1 and _PAGE_NUMBER.match(paragraphs[0]):
            continue  # a page number in the header or footer
        out.extend(paragraphs)
    for n, table in sorted(enumerate(tables), key=lambda nt: nt[1].bbox[1]):
        if n not in placed:
            out.extend(_table_rows(table))
    return out


def pdf_text(source: Path | io.BytesIO) -> str:
    """Return the text of a PDF in reading order, one paragraph (or table row) per line.

    Raises:
        ReadError: The PDF is encrypted, damaged, or has no text layer (scanned pages).
    """
    import pdfplumber

    try:
        pdf = pdfplumber.open(source, laparams={})
    except Exception as exc:
        raise _pdf_failure(exc) from exc
    paragraphs: list[str] = []
    with pdf:
        try:
            for page in pdf.pages:
                page_paragraphs = _page_paragraphs(page)
                page.close()
                if (
                    paragraphs
                    and page_paragraphs
                    and not _PARAGRAPH_END.search(paragraphs[-1])
                    and page_paragraphs[0][:1].islower()
                ):
                    # A paragraph that runs on over the page break.
                    paragraphs[-1] = _join_lines([paragraphs[-1], page_paragraphs.pop(0)])
                paragraphs.extend(page_paragraphs)
        except Exception as exc:
            raise _pdf_failure(exc) from exc
    text = "\n".join(paragraphs)
    if not text.strip():
        raise ReadError("PDF has no text layer (scanned pages?); run OCR on it first")
    return text + "\n"


# ----------------------------------------------------------------------------- files
def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _sniff(head: bytes, suffix: str) -> str:
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if suffix in PDF_SUFFIXES:
        raise ReadError("named .pdf but is not a PDF file")
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix not in TEXT_SUFFIXES and _HTML_START.match(head[:4096]):
        return "html"
    return "text"


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:8192])
    return match.group(1).decode("ascii") if match else None


def _decode_document(data: bytes, kind: str, encoding: str | None) -> tuple[str, str | None]:
    if kind == "pdf":
        return pdf_text(io.BytesIO(data)), None
    declared = _declared_charset(data) if kind == "html" else None
    text, name = decode_bytes(data, encoding, declared=declared)
    if kind == "html":
        return html_text(text), name
    return text, name


def read_document(
    path: Path | None,
    *,
    doc_id: str | None = None,
    encoding: str | None = None,
    data: bytes | None = None,
) -> Document:
    """Open a text, HTML or PDF document and check that it can be read.

    The kind comes from the content (`%PDF-`, an HTML start) and the file suffix. Text files
    over `STREAM_BYTES` are checked in one pass now and decoded again as a stream when read.

    Args:
        path: The file; `None` with `data` for standard input or bytes in memory.
        doc_id: Id for its records; the file name by default.
        encoding: Force this encoding for text and HTML.
        data: The document's bytes, when it does not come from a file.

    Returns:
        The document.

    Raises:
        ReadError: It cannot be read; the message says why.
    """
    name = doc_id if doc_id is not None else (path.name if path is not None else "-")
    suffix = path.suffix.lower() if path is not None else ""
    if data is None:
        if path is None:
            raise ValueError("read_document needs a path or data")
        try:
            if path.is_dir():
                raise ReadError("is a directory")
            size = path.stat().st_size
            with path.open("rb") as fh:
                head = fh.read(4096)
                if not head:
                    raise ReadError("file is empty")
                kind = _sniff(head, suffix)
                if kind == "pdf":
                    text = pdf_text(path)
                    return Document(name, "pdf", None, path, lambda: iter((text,)))
                if size > STREAM_BYTES and kind == "text":
                    found, skip = _check_stream(path, head, encoding)
                    return Document(name, kind, found, path, lambda: _stream(path, found, skip))
                data = head + fh.read()
            if not data:
                raise ReadError("file is empty")
        except OSError as exc:
            raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    else:
        if not data:
            raise ReadError("file is empty")
        kind = _sniff(data[:4096], suffix)
    whole, codec = _decode_document(data, kind, encoding)
    return Document(name, kind, codec, path, lambda: iter((whole,)))


def _stream_codec(head: bytes, encoding: str | None) -> tuple[str, int]:
    """The codec of a large text file and how many leading bytes (a BOM) to skip."""
    if encoding is not None:
        return _codec_name(encoding), 0
    bom = _bom(head)
    if bom is not None:
        return bom
    kind = _binary_kind(head)
    if kind is not None:
        raise ReadError(f"binary file ({kind}), not text, HTML or PDF")
    if b"\x00" in head:
        guess = _utf16_without_bom(head)
        if guess is None:
            raise ReadError("binary file (it holds NUL bytes), not text, HTML or PDF")
        return guess, 0
    return "utf-8", 0


def _decode_stream(path: Path, codec: str, skip: int) -> Iterator[str]:
    """Decode a file piece by piece; the first piece keeps a leading U+FEFF if any."""
    decoder = codecs.getincrementaldecoder(codec)("strict")
    done = skip
    with path.open("rb") as fh:
        fh.seek(skip)
        while True:
            chunk = fh.read(_READ_BYTES)
            try:
                text = decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                raise _InvalidBytes(f"not valid {codec} (byte {done + exc.start})") from None
            done += len(chunk)
            if text:
                yield text
            if not chunk:
                return


def _validate_stream(path: Path, codec: str, skip: int) -> None:
    seen_text = False
    first = True
    for text in _decode_stream(path, codec, skip):
        if first:
            first = False
            share = _control_share(text.removeprefix("\ufeff"))
            if share > MAX_CONTROL_SHARE:
                raise ReadError(f"looks like a binary file ({share:.0%} control characters)")
        if not seen_text and text.strip(" \t\r\n\ufeff"):
            seen_text = True
    if not seen_text:
        raise ReadError("file has no text, only white space")


def _check_stream(path: Path, head: bytes, encoding: str | None) -> tuple[str, int]:
    """Check a large text file in one pass; return the codec and the BOM length to skip."""
    codec, skip = _stream_codec(head, encoding)
    try:
        _validate_stream(path, codec, skip)
    except _InvalidBytes:
        if encoding is not None or codec != "utf-8" or skip:
            raise
        for name in _detect(_non_ascii_sample(path)):
            try:
                _validate_stream(path, name, 0)
            except _InvalidBytes:
                continue
            return name, 0
        raise ReadError(
            "not valid text in any supported encoding (UTF-8, UTF-16, GB18030, Big5, "
            "Shift-JIS, cp1252, Latin-1); force one with --encoding"
        ) from None
    return codec, skip


def _non_ascii_sample(path: Path, limit: int = 262144) -> bytes:
    """The lines with non-ASCII bytes of a large file, read piece by piece."""
    parts: list[bytes] = []
    size = 0
    carry = b""
    with path.open("rb") as fh:
        while size < limit:
            chunk = fh.read(_READ_BYTES)
            data = carry + chunk
            cut = data.rfind(b"\n") if chunk else len(data) - 1
            body, carry = data[: cut + 1], data[cut + 1 :]
            part = _non_ascii_lines(body, limit - size)
            if part:
                parts.append(part)
                size += len(part) + 1
            if not chunk:
                break
    return b"\n".join(parts)


def _stream(path: Path, codec: str, skip: int) -> Iterator[str]:
    first = True
    for text in _decode_stream(path, codec, skip):
        if first:
            first = False
            text = text.removeprefix("\ufeff")
        yield text


# ---------------------------------------------------------------------------- blocks
def _cut(buf: str, size: int) -> int:
    """Where to end a block of at most `size` characters of `buf` (`len(buf) > size`)."""
    lf = buf.rfind("\n", 0, size)
    cr = buf.rfind("\r", lf + 1, size)
    while cr >= 0 and buf[cr + 1] == "\n":  # the LF of this CRLF is past the limit
        cr = buf.rfind("\r", lf + 1, cr)
    brk = max(lf, cr)
    if brk >= 0:
        return brk + 1
    # One very long line: end after a sentence, else after white space, else anywhere.
    for sep in (". ", " ", "\t"):
        at = buf.rfind(sep, size // 2, size)
        if at >= 0:
            return at + len(sep)
    return size - 1 if buf[size - 1] == "\r" and buf[size] == "\n" else size


def _tail(text: str, limit: int) -> str:
    """The last whole lines of `text`, at most `limit` characters."""
    if len(text) <= limit:
        return text
    window = text[-limit:]
    match = _LINE_BREAK.search(window)
    return window[match.end() :] if match else ""


def iter_blocks(
    pieces: Iterable[str], size: int = BLOCK_CHARS, overlap: int = OVERLAP_CHARS
) -> Iterator[Block]:
    """Cut a text given in pieces into blocks of whole lines of at most `size` characters.

    A line longer than `size` is cut after a sentence or at white space. Each block after
    the first carries, as `context`, the last whole lines (at most `overlap` characters) of
    the text before it. The blocks' texts, joined, are the whole text.
    """
    if size < 2:
        raise ValueError("block size must be at least 2")
    buf = ""
    start = 0
    context = ""
    for piece in pieces:
        buf += piece
        while len(buf) > size:
            cut = _cut(buf, size)
            text, buf = buf[:cut], buf[cut:]
            yield Block(start, text, context)
            context = _tail(context + text, overlap) if overlap else ""
            start += cut
    if buf or start == 0:
        yield Block(start, buf, context)


def extract_document(
    document: Document,
    *,
    ref_date: date | str | None = None,
    nlp: Language | None = None,
    block_chars: int = BLOCK_CHARS,
    overlap_chars: int = OVERLAP_CHARS,
    default_ref_date: date | str | None = None,
) -> Iterator[tuple[Block, list[Record]]]:
    """Extract the records of a document block by block, in document order.

    A text that fits in one block is extracted in one call, exactly as `extract` does. A
    longer one is cut into blocks of whole lines; each is extracted with context before it,
    and its records' offsets are shifted to refer to the whole text. The context is the end
    of the previous block (`overlap_chars`, for periods, bases and nearby credits) and, for
    credits from further back, the lines where the organizations last credited took over
    (found where the records' agency changed). The reference date found at the top of the
    document (when `ref_date` is not given) applies to every block.

    Args:
        document: The document, as read.
        ref_date: The document's reference date; wins over a date stated in its text.
        nlp: A pipeline from `build_pipeline`; the default one otherwise.
        block_chars: The most characters in one block.
        overlap_chars: The most characters of context before a block.
        default_ref_date: The reference date when `ref_date` is None (the command line's
            `--ref-date`); without either, the publication date stated at the top of the
            document serves all its blocks.

    Yields:
        Each block with its records; `record.text == whole_text[record.start:record.end]`.
    """
    from .api import extract, load, memory_zone

    nlp = nlp or load()
    ref: date | str | None = ref_date if ref_date is not None else default_ref_date
    blocks = iter_blocks(document.pieces(), block_chars, overlap_chars)
    block = next(blocks)
    following = next(blocks, None)
    if ref is None and following is not None:
        # The publication date at the top of the document serves all its blocks.
        ref = reference_date(block.text)
    credits = _CreditLines()
    while True:
        pinned = credits.text() if block.start else ""
        text = pinned + block.context + block.text
        # Strings the pipeline adds to its vocabulary for this block are freed after it, so
        # that memory does not grow with the number of distinct tokens in a long batch.
        with memory_zone(nlp):
            records = extract(pipeline_text(text), ref_date=ref, doc_id=document.doc_id, nlp=nlp)
        skip = len(pinned) + len(block.context)
        own = [r for r in records if r.start >= skip]
        if following is not None:
            credits.update(text, len(pinned), own)
        shift = block.start - skip
        yield (
            block,
            [
                replace(r, start=r.start + shift, end=r.end + shift, text=text[r.start : r.end])
                for r in own
            ],
        )
        if following is None:
            return
        block, following = following, next(blocks, None)


def reference_date(text: str) -> str | None:
    """The reference date of a document given none: the publication date stated at its top
    (`find_publication_date`), else None."""
    from .normalizer import find_publication_date

    found = find_publication_date(pipeline_text(text))
    return found.isoformat() if found else None


class _CreditLines:
    """Where the organizations last credited took over, carried from block to block.

    A credit carries until another organization is credited, however far. Where the agency
    of the records changes, the credit that changed it stands between the record before and
    the one after: those lines (at most `PIN_CHARS`) are kept for the last `KEEP` changes and
    given, in document order and before the overlap, as context to the following blocks.
    """

    PIN_CHARS = 3000
    KEEP = 3

    def __init__(self) -> None:
        self.pins: list[str] = []
        self.agency: str | None = None

    def text(self) -> str:
        return "".join(self.pins)

    def update(self, text: str, start: int, records: list[Record]) -> None:
        """Note the agency changes among a block's `records` (`text[start:]` is its text)."""
        previous_end = start
        for r in records:
            if r.agency is None:
                continue
            if r.agency != self.agency:
                self.agency = r.agency
                self.pins = [*self.pins, self._lines(text, previous_end, r.end)][-self.KEEP :]
            previous_end = r.end

    def _lines(self, text: str, begin: int, end: int) -> str:
        """Whole lines from `begin` to the end of the line holding `end`, the last part."""
        line_end = _LINE_BREAK.search(text, end)
        stop = line_end.end() if line_end else len(text)
        first = max(begin, stop - self.PIN_CHARS)
        line_start = max(text.rfind("\n", 0, first), text.rfind("\r", 0, first)) + 1
        if stop - line_start > self.PIN_CHARS:  # long lines: start at a line within reach
            brk = _LINE_BREAK.search(text, first, stop)
            line_start = brk.end() if brk and brk.end() < stop else line_start
        lines = text[line_start:stop]
        return lines if lines.endswith(("\n", "\r")) else lines + "\n"
