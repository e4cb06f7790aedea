"""The tokenizer rules that bulletins need on top of spaCy's English ones.

spaCy's English rules keep some ways of writing figures in one token, which no quantity
rule can then read. This module adds prefix and infix rules that split them:

- a sign glued to a currency symbol: "(-$262 million)" -> "(", "-", "$", "262", ...
  (the sign stays in the mention; see `normalizer.filters`);
- a percent sign followed by a dash or a slash: "2%-4%" -> "2", "%", "-", "4", "%";
  "5.2%/yr" -> "5.2", "%", "/", "yr";
- an en or em dash between digits: "2.5–3.0%" -> "2.5", "–", "3.0", "%" (as spaCy already
  does for a hyphen), also "2019–20";
- a currency symbol after a dash in a range: "$5-$10bn" -> "$", "5", "-", "$", "10bn".

`customize` changes a tokenizer in place; `build_pipeline` applies it to every pipeline,
blank or trained, and the quantity rules are composed with the same tokenizer.
"""

from __future__ import annotations

from typing import Any

from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex

_DASHES = "\\-\u2013\u2014"
_CURRENCY_SIGNS = "$£€¥₹"

#: Split off at the start of a token: a sign before a currency symbol ("-$262", "+£5m",
#: "−US$3bn").
PREFIXES = (rf"[+\-\u2212](?=(?:[A-Z]{{1,3}})?[{_CURRENCY_SIGNS}])",)

#: Split inside a token.
INFIXES = (
    rf"(?<=[0-9])%(?=[{_DASHES}][+\-\u2212]?[0-9]|/[A-Za-z])",  # "2%-4%", "5.2%/yr": the "%"
    rf"(?<=%)[{_DASHES}](?=[+\-\u2212]?[0-9])",  # the dash after it
    r"(?<=%)/(?=[A-Za-z])",  # the slash after it
    r"(?<=[0-9])[\u2013\u2014](?=[0-9])",  # "2.5–3.0", "2019–20"
    rf"(?<=[0-9])[{_DASHES}](?=[{_CURRENCY_SIGNS}])",  # "$5-$10": the dash
    rf"(?<=[0-9][{_DASHES}])[{_CURRENCY_SIGNS}](?=[0-9])",  # and the symbol after it
)


def customize(tokenizer: Tokenizer) -> Tokenizer:
    """Add the bulletin prefix and infix rules to `tokenizer` (once; in place)."""
    prefix = _pattern(tokenizer.prefix_search)
    if PREFIXES[0] in prefix:
        return tokenizer  # customized before
    tokenizer.prefix_search = compile_prefix_regex([*PREFIXES, prefix]).search
    infixes = [*INFIXES, _pattern(tokenizer.infix_finditer)]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return tokenizer


def _pattern(method: Any) -> str:
    """The regex source behind a tokenizer's `prefix_search` or `infix_finditer`."""
    return str(method.__self__.pattern) if method is not None else ""
