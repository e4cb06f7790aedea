"""Never crash: any text gives records or none, with valid offsets, the same way every time.

Property tests (hypothesis) over arbitrary Unicode, long digit runs, repeated punctuation,
mixed scripts and control characters, through the library (`extract`) and through the
block-by-block path the CLI uses for long documents (`readers.extract_document`).
"""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from bulletin_extract import Record, extract
from bulletin_extract.readers import (
    Document,
    ReadError,
    decode_bytes,
    extract_document,
    iter_blocks,
)

PROPERTY = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# Pieces that make the extractor work: numbers, units, change words, periods, credits.
FRAGMENTS = [
    "8.7%",
    "-0.3%",
    "5.2 percentage points",
    "1,234.5 billion yuan",
    "$4.2 million",
    "HK$3",
    "2.2 times",
    "two thirds",
    "a quarter of",
    "between 5% and 6%",
    "5-6%",
    "year-on-year",
    "y/y",
    "from a year earlier",
    "rose",
    "fell",
    "declined by",
    "in July 2024",
    "from January to July this year",
    "the previous month",
    "Q3 2025",
    "in the year to June",
    "according to the National Bureau of Statistics",
    "Source: Office for National Statistics",
    "the Labor Department said",
    "about",
    "more than",
    "up to",
    "(1)",
    "Table 3",
    "2010=100",
    "aged 16 to 64",
    "Double 11",
    "5G",
    " ",
    ", ",
    ". ",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "\u00a0",
    "\u2028",
    "\x00",
    "\x0c",
    "\ufeff",
    "“",
    "”",
    "—",
    "百分之",
    "增长8.7%",
    "亿元",
    "\uff11\uff12\uff13\uff05",
    "٣٤٥",
    "\U0001f4c8",
]
MIXED = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS),
        st.text(min_size=0, max_size=12),
        st.from_regex(r"[0-9]{1,60}", fullmatch=True),
        st.from_regex(r"[0-9][0-9,.]{0,30}[0-9]?%?", fullmatch=True),
        st.from_regex(r"[.,;:!?%$()\-]{1,80}", fullmatch=True),
        st.characters(min_codepoint=0, max_codepoint=0x1F).map(lambda c: c * 3),
    ),
    max_size=40,
).map("".join)


def check_records(text: str, records: list[Record]) -> None:
    """Offsets are inside the text and give back each mention exactly."""
    assert isinstance(records, list)
    for r in records:
        assert isinstance(r, Record)
        assert 0 <= r.start < r.end <= len(text), (r.start, r.end, len(text))
        assert text[r.start : r.end] == r.text
        assert r.to_dict()["start"] == r.start


def dicts(records: list[Record]) -> list[dict[str, object]]:
    return [r.to_dict() for r in records]


@PROPERTY
@given(text=st.text(max_size=300))
def test_any_unicode_text(nlp: Language, text: str) -> None:
    records = extract(text, doc_id="x", nlp=nlp)
    check_records(text, records)
    assert dicts(extract(text, doc_id="x", nlp=nlp)) == dicts(records)


@PROPERTY
@given(text=MIXED)
def test_bulletin_like_fragments(nlp: Language, text: str) -> None:
    records = extract(text, ref_date="2024-09-01", doc_id="x", nlp=nlp)
    check_records(text, records)
    assert dicts(extract(text, ref_date="2024-09-01", doc_id="x", nlp=nlp)) == dicts(records)


@PROPERTY
@given(
    digits=st.integers(min_value=1, max_value=2000),
    punct=st.sampled_from([".", ",", "%", "-", "$", "(", "!", "..."]),
    repeat=st.integers(min_value=1, max_value=2000),
)
def test_long_digit_runs_and_repeated_punctuation(
    nlp: Language, digits: int, punct: str, repeat: int
) -> None:
    text = f"Sales rose {'9' * digits}% and {punct * repeat} then fell 3{punct * repeat}5%."
    records = extract(text, doc_id="x", nlp=nlp)
    check_records(text, records)


@PROPERTY
@given(
    text=st.text(
        alphabet=st.characters(
            categories=[
                "Lu",
                "Ll",
                "Lo",
                "Nd",
                "No",
                "Nl",
                "Po",
                "Ps",
                "Pe",
                "Sc",
                "Sm",
                "Zs",
                "Cc",
                "Cf",
            ]
        ),
        max_size=200,
    )
)
def test_mixed_scripts_and_control_characters(nlp: Language, text: str) -> None:
    records = extract(text, doc_id="x", nlp=nlp)
    check_records(text, records)


@PROPERTY
@given(text=MIXED, size=st.integers(min_value=2, max_value=60), overlap=st.integers(0, 40))
def test_blocks_join_back_to_the_text(text: str, size: int, overlap: int) -> None:
    blocks = list(
        iter_blocks(iter([text[: len(text) // 2], text[len(text) // 2 :]]), size, overlap)
    )
    assert "".join(b.text for b in blocks) == text
    position = 0
    for b in blocks:
        assert b.start == position
        assert len(b.text) <= size
        assert len(b.context) <= max(overlap, 0)
        assert text[: b.start].endswith(b.context)
        position += len(b.text)
    for earlier, later in itertools.pairwise(blocks):
        # A CRLF is never split between two blocks.
        assert not (earlier.text.endswith("\r") and later.text.startswith("\n"))


@PROPERTY
@given(text=MIXED.filter(lambda t: t.strip()), size=st.integers(min_value=20, max_value=400))
def test_block_by_block_extraction_keeps_offsets_valid(nlp: Language, text: str, size: int) -> None:
    document = Document.from_text(text, doc_id="x")
    whole = document.text()
    records = [
        r
        for _, block_records in extract_document(
            document, nlp=nlp, block_chars=size, overlap_chars=size // 2
        )
        for r in block_records
    ]
    check_records(whole, records)
    starts = [r.start for r in records]
    assert len(set(zip(starts, [r.end for r in records], strict=True))) == len(records)


def decode_or_reason(data: bytes) -> tuple[str, str] | str:
    try:
        return decode_bytes(data)
    except ReadError as exc:
        return str(exc)


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=400))
def test_decoding_arbitrary_bytes_gives_text_or_a_one_line_reason(data: bytes) -> None:
    result = decode_or_reason(data)
    if isinstance(result, str):
        assert result
        assert "\n" not in result
    else:
        text, codec = result
        assert text.strip()
        assert codec
    assert decode_or_reason(data) == result


def test_text_over_a_million_characters(nlp: Language) -> None:
    # Past spaCy's max_length, extract() reads the text in blocks instead of raising E088.
    text = "x" * 1_000_001
    check_records(text, extract(text, doc_id="x", nlp=nlp))
    long = "Retail sales rose 2.1% in March 2025.\n" * 27_000
    records = extract(long, doc_id="long", nlp=nlp, ref_date="2025-04-01")
    assert len(records) == 27_000
    check_records(long, records)
