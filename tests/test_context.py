"""The builder's per-document infrastructure: token arrays, sentences, datelines.

The fast `split_sentences` visits only line breaks and possible sentence ends; it must give
the sentences of the token-by-token rule it replaced (`_reference_split` below, kept here as
the specification), on the corpus, on variants of it, and with sentence starts set by a
trained pipeline.
"""

from __future__ import annotations

import random

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from bulletin_extract.normalizer.context import DocContext
from bulletin_extract.normalizer.structures import Sentence
from bulletin_extract.normalizer.text import dateline_tokens, split_sentences
from bulletin_extract.normalizer.tokens import TokenArrays, TokenCache
from bulletin_extract.normalizer.vocabulary import ABBREVIATIONS, DATELINE

from .conftest import CORPUS

TEXTS = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
SHORT = [
    "",
    "No figures here",
    'Output rose 5%. Prices fell! Why? (Nobody knows.) "Quoted." 2024 was fine.',
    "The U.S. economy grew 2.1% in the U.K. too... Mr. Smith said so. e.g. This one.",
    "TOKYO, Feb 27 - Exports rose 3.2% in January.\n\nLONDON, March 3, 2024 — GDP grew.",
    "Line one.\nLine two\n\n\nLine three.  Two spaces. \n Indented.",
]


def _reference_split(doc: Doc) -> list[Sentence]:
    """The token-by-token sentence rule (the specification of `split_sentences`)."""
    has_sents = doc.has_annotation("SENT_START")
    sentences: list[Sentence] = []
    paragraph = start = 0
    n = len(doc)
    for i, tok in enumerate(doc):
        if tok.is_space and "\n" in tok.text:
            if start < i:
                sentences.append(Sentence(start, i, paragraph))
            paragraph += tok.text.count("\n")
            start = i + 1
            continue
        boundary = False
        if has_sents:
            boundary = i + 1 < n and bool(doc[i + 1].is_sent_start)
        elif tok.text in (".", "!", "?", "..."):
            nxt = doc[i + 1] if i + 1 < n else None
            prev = doc[i - 1] if i > 0 else None
            if (
                nxt is not None
                and (
                    nxt.is_title
                    or nxt.is_upper
                    or nxt.text[:1].isdigit()
                    or nxt.text in ('"', "“", "'", "(")
                )
                and not nxt.is_space
            ):
                boundary = not (
                    prev is not None
                    and (prev.lower_ + ".") in ABBREVIATIONS
                    and not prev.whitespace_
                )
        if boundary:
            sentences.append(Sentence(start, i + 1, paragraph))
            start = i + 1
            while start < n and doc[start].is_space and "\n" not in doc[start].text:
                start += 1
    if start < n:
        sentences.append(Sentence(start, n, paragraph))
    return [s for s in sentences if s.end > s.start]


def _reference_datelines(doc: Doc, sentences: list[Sentence]) -> set[int]:
    out: set[int] = set()
    seen: set[int] = set()
    for s in sentences:
        if s.paragraph in seen:
            continue
        seen.add(s.paragraph)
        head = doc[s.start : min(s.end, s.start + 12)]
        match = DATELINE.match(head.text)
        if match:
            limit = head.start_char + match.end()
            out.update(t.i for t in doc[s.start : s.end] if t.idx < limit)
    return out


def _variants(seed: int, count: int) -> list[str]:
    """Texts made by shuffling the corpus's lines and joining them with odd white space."""
    rng = random.Random(seed)
    lines = [line for text in TEXTS for line in text.split("\n")]
    joins = ["\n", "\n\n", " ", "  ", "\n \n", ". ", "? "]
    return ["".join(rng.choice(lines) + rng.choice(joins) for _ in range(12)) for _ in range(count)]


ALL = TEXTS + SHORT + _variants(0, 40)


def test_sentences_as_the_token_rule(nlp: Language) -> None:
    for text in ALL:
        doc = nlp.make_doc(text)
        expected = _reference_split(doc)
        assert split_sentences(doc) == expected, text[:80]
        assert split_sentences(TokenCache(doc)) == expected
        assert dateline_tokens(doc, expected) == _reference_datelines(doc, expected)


def test_sentences_from_a_parser_boundaries(nlp: Language) -> None:
    rng = random.Random(1)
    for text in ALL:
        doc = nlp.make_doc(text)
        for token in doc[1:]:  # boundaries as a trained pipeline would set them
            token.is_sent_start = rng.random() < 0.15
        assert doc.has_annotation("SENT_START") or len(doc) < 2
        assert split_sentences(doc) == _reference_split(doc), text[:80]


@pytest.mark.parametrize("text", TEXTS[:3] + SHORT, ids=lambda t: t[:20] or "empty")
def test_token_arrays_are_the_token_attributes(nlp: Language, text: str) -> None:
    doc = nlp.make_doc(text)
    arrays = TokenArrays(TokenCache(doc))
    for name, attr in [
        ("text", "text"),
        ("lower", "lower_"),
        ("whitespace", "whitespace_"),
        ("text_with_ws", "text_with_ws"),
        ("idx", "idx"),
        ("is_space", "is_space"),
        ("is_punct", "is_punct"),
        ("is_title", "is_title"),
        ("is_upper", "is_upper"),
        ("is_alpha", "is_alpha"),
        ("like_num", "like_num"),
    ]:
        assert getattr(arrays, name) == tuple(getattr(t, attr) for t in doc), name
    assert arrays.end_char == tuple(t.idx + len(t) for t in doc)
    rng = random.Random(2)
    for _ in range(50):
        a, b = sorted(rng.randint(0, len(doc)) for _ in range(2))
        assert arrays.span_text(a, b) == doc[a:b].text


def test_token_cache_reads_as_the_doc(nlp: Language) -> None:
    doc = nlp.make_doc("Retail sales grew by 8.7% in July 2024.")
    tokens = TokenCache(doc)
    assert tokens[0] is tokens[0]  # made once
    assert [tokens[i].text for i in range(len(doc))] == [t.text for t in doc]
    assert tokens[-1].text == doc[-1].text
    assert tokens[2:5].text == doc[2:5].text
    assert tokens.text == doc.text
    with pytest.raises(IndexError):
        tokens[len(doc)]


def test_context_sentence_text(nlp: Language) -> None:
    from bulletin_extract.agencies import default_gazetteer

    for text in TEXTS:
        doc = nlp(text)
        ctx = DocContext.of(doc, default_gazetteer())
        assert ctx.tokens.text == tuple(t.text for t in doc)
        for sent in ctx.sentences:
            assert ctx.sentence_text(sent) == doc[sent.start : sent.end].text.strip()


@pytest.mark.parametrize("n", [0, 1, 5, 30])
def test_token_cache_slices_and_indices_as_the_doc(nlp: Language, n: int) -> None:
    doc = nlp.make_doc(" ".join(["word"] * n))
    tokens = TokenCache(doc)
    bounds = [None, *range(-n - 3, n + 4)]
    for a in bounds:
        for b in bounds:
            got, want = tokens[a:b], doc[a:b]
            assert (got.start, got.end, got.label, got.text) == (want.start, want.end, 0, want.text)
    for i in range(-n - 2, n + 2):
        if -n <= i < n:
            assert tokens[i].i == doc[i].i
        else:
            with pytest.raises(IndexError):
                tokens[i]
