"""What start-up keeps and reuses: the tokenizer built in one go, and the file cache of the
checked rules and of the gazetteer (`resources.cached`).

A cache must give what building gives; a changed source must be built again; a corrupt,
foreign or unwritable cache must be ignored.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import spacy

from bulletin_extract import tokenizer

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "corpus").glob("annotated*/*.txt"))
ODD = (
    "(-$262 million) 2%-4% 5.2%/yr 2.5\u20133.0% $5-$10bn \u2212US$3bn +£5m don't U.S. "
    "2019\u201320 (4%)"
)


# ------------------------------------------------------------------ tokenizer
def _customized_one_by_one() -> Any:
    """The tokenizer as it was made before: spaCy's, then each expression set in turn."""
    from spacy.util import compile_infix_regex, compile_prefix_regex

    tok = spacy.blank("en").tokenizer
    prefix = tok.prefix_search.__self__.pattern
    tok.prefix_search = compile_prefix_regex([*tokenizer.PREFIXES, prefix]).search
    infix = tok.infix_finditer.__self__.pattern
    tok.infix_finditer = compile_infix_regex([*tokenizer.INFIXES, infix]).finditer
    return tok


def _tokens(tok: Any, text: str) -> list[tuple[str, int, str]]:
    return [(t.text, t.idx, t.whitespace_) for t in tok(text)]


def test_the_tokenizer_built_in_one_go_is_the_one_customized_step_by_step() -> None:
    reference = _customized_one_by_one()
    made = tokenizer.blank().tokenizer
    in_place = tokenizer.customize(spacy.blank("en").tokenizer)
    for tok in (made, in_place):
        for attr in ("prefix_search", "suffix_search", "infix_finditer"):
            assert getattr(tok, attr).__self__.pattern == getattr(reference, attr).__self__.pattern
        assert tok.token_match == reference.token_match
        assert tok.url_match == reference.url_match
        assert tok.rules == reference.rules
        assert tok.to_bytes(exclude=["vocab"]) == reference.to_bytes(exclude=["vocab"])
        assert set(tok.vocab.strings) == set(reference.vocab.strings)  # (in another order)
    for tok in (made, in_place):
        for text in [ODD, *(path.read_text(encoding="utf-8") for path in TEXTS)]:
            assert _tokens(tok, text) == _tokens(reference, text)


def test_customize_is_done_once() -> None:
    tok = tokenizer.blank().tokenizer
    pattern = tok.prefix_search.__self__.pattern
    assert tokenizer.customize(tok) is tok
    assert tok.prefix_search.__self__.pattern == pattern
    assert pattern.count(tokenizer.PREFIXES[0]) == 1


def test_the_blank_pipeline_is_english_with_the_bulletin_tokenizer() -> None:
    nlp = tokenizer.blank()
    blank = spacy.blank("en")
    assert nlp.lang == "en"
    assert type(nlp) is type(blank)
    assert nlp.meta == blank.meta
    assert nlp.pipe_names == []
    assert [t.text for t in nlp("(-$262 million)")] == ["(", "-", "$", "262", "million", ")"]
