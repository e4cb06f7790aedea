"""The tokenizer rules that bulletins need on top of spaCy's English ones.

spaCy's English rules keep some ways of writing figures in one token, which no quantity
rule can then read. This module adds prefix, suffix and infix rules that split them:

- a sign glued to a currency symbol: "(-$262 million)" -> "(", "-", "$", "262", ...
  (the sign stays in the mention; see `normalizer.filters`);
- a percent sign followed by a dash or a slash: "2%-4%" -> "2", "%", "-", "4", "%";
  "5.2%/yr" -> "5.2", "%", "/", "yr";
- an en or em dash between digits: "2.5–3.0%" -> "2.5", "–", "3.0", "%" (as spaCy already
  does for a hyphen), also "2019–20";
- a currency symbol after a dash in a range: "$5-$10bn" -> "$", "5", "-", "$", "10bn", also
  after a scale word: "$33 billion-$35 billion" -> ..., "billion", "-", "$", "35", ...;
- a slash before a currency symbol: "88.47/$" -> "88.47", "/", "$";
- a slash between a currency code and a number: "EUR/1000 litres" -> "EUR", "/", "1000", ...;
- a sign written in brackets before a figure: "(-)2.71" -> "(-)", "2.71";
- a full stop after a capital letter that ends a hyphenated name ends the sentence:
  "data from ENTSO-E." -> ..., "ENTSO", "-", "E", "." (spaCy keeps "E." as an initial);
- a full stop after a small letter ends the sentence: "10.3 mb/d." -> ..., "d", "." (spaCy
  keeps "a." to "z." as abbreviations, which left a unit that ends a sentence unread and
  joined the sentence to the next; capital initials, "J. Smith", stay as they are).

`blank()` is `spacy.blank("en")` with that tokenizer, built in one go (`make_tokenizer`);
`customize` changes an existing tokenizer (a trained pipeline's) in place. Both give the
same expressions and special cases; `build_pipeline` uses one or the other, and the
quantity rules are composed with the same tokenizer.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer

_DASHES = "\\-\u2013\u2014"
#: Currency symbols the rules split off: also those a rate is written per ("88.47/$").
CURRENCY_SIGNS = "$£€¥₹"

#: Split off at the start of a token: a sign before a currency symbol ("-$262", "+£5m",
#: "−US$3bn"), a sign in brackets before a number ("(-)2.71").
PREFIXES = (
    rf"[+\-\u2212](?=(?:[A-Z]{{1,3}})?[{CURRENCY_SIGNS}])",
    r"\([+\-\u2212]\)(?=[0-9])",  # a sign in brackets: "(-)2.71 per cent"
)

#: Split off at the end of a token: the full stop after a hyphenated name's last capital
#: ("ENTSO-E.", "Grade-A."), which spaCy would keep as an initial ("E.").
SUFFIXES = (rf"(?<=[{_DASHES}][A-Z])\.",)

#: Split inside a token.
INFIXES = (
    rf"(?<=[0-9])%(?=[{_DASHES}][+\-\u2212]?[0-9]|/[A-Za-z])",  # "2%-4%", "5.2%/yr": the "%"
    rf"(?<=%)[{_DASHES}](?=[+\-\u2212]?[0-9])",  # the dash after it
    r"(?<=%)/(?=[A-Za-z])",  # the slash after it
    r"(?<=[0-9])[\u2013\u2014](?=[0-9])",  # "2.5–3.0", "2019–20"
    rf"(?<=[0-9])[{_DASHES}](?=[{CURRENCY_SIGNS}])",  # "$5-$10": the dash
    rf"(?<=[0-9][{_DASHES}])[{CURRENCY_SIGNS}](?=[0-9])",  # and the symbol after it
    rf"(?<=[0-9])/(?=[{CURRENCY_SIGNS}])",  # "88.47/$": a rate per unit of a currency
    r"(?<=[A-Z]{3})/(?=[0-9])",  # "EUR/1000 litres": a price per a number of units
    rf"(?<=[a-z])[{_DASHES}](?=[{CURRENCY_SIGNS}][0-9])",  # "$33 billion-$35 billion": the dash
    rf"(?<=[a-z][{_DASHES}])[{CURRENCY_SIGNS}](?=[0-9])",  # and the symbol after it
)


def prefix_pattern(default: str) -> str:
    """The prefix expression: the bulletin prefixes, then `default` (spaCy's own prefix
    expression, as `compile_prefix_regex` joins it)."""
    return _join([*PREFIXES, default], before="^")


def suffix_pattern(default: str) -> str:
    """The suffix expression: the bulletin suffixes, then `default` (spaCy's own suffix
    expression, as `compile_suffix_regex` joins it, each entry ending in "$")."""
    ours = _join(SUFFIXES, after="$")
    return f"{ours}|{default}" if default else ours


def infix_pattern(default: str) -> str:
    """The infix expression: the bulletin infixes, then `default` (spaCy's own)."""
    return _join([*INFIXES, default])


def _join(entries: Iterable[Any], before: str = "", after: str = "") -> str:
    """What spaCy's `compile_prefix_regex` (`before="^"`), `compile_suffix_regex`
    (`after="$"`) and `compile_infix_regex` compile, without compiling it (the language
    data's entries are strings)."""
    return "|".join(before + piece + after for piece in entries if piece.strip())


def make_tokenizer(nlp: Language) -> Tokenizer:
    """spaCy's default tokenizer of `nlp`'s language with the bulletin rules, built once.

    A `create_tokenizer` for `Language`: the same as spaCy's `spacy.Tokenizer.v1` followed
    by `customize`, but the special cases (tokenizer exceptions) are loaded once, with the
    final expressions, instead of again at each expression that `customize` sets, and the
    language's own prefix and infix expressions are not compiled on their own.
    """
    import re

    from spacy.tokenizer import Tokenizer

    defaults = nlp.Defaults
    prefixes, suffixes, infixes = defaults.prefixes, defaults.suffixes, defaults.infixes
    prefix = prefix_pattern(_join(prefixes or (), before="^"))
    infix = infix_pattern(_join(infixes or ()))
    return Tokenizer(
        nlp.vocab,
        rules=special_cases(defaults.tokenizer_exceptions),
        prefix_search=re.compile(prefix).search,
        suffix_search=re.compile(suffix_pattern(_join(suffixes or (), after="$"))).search,
        infix_finditer=re.compile(infix).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


def blank() -> Language:
    """A blank English pipeline, as `spacy.blank("en")`, with the bulletin tokenizer.

    Building spaCy's tokenizer and then customizing it loads its ~1,300 special cases three
    times; this loads them once (a fifth of the pipeline's start-up).
    """
    from spacy.lang.en import English

    return English(create_tokenizer=make_tokenizer)


def customize(tokenizer: Tokenizer) -> Tokenizer:
    """Add the bulletin prefix, suffix and infix rules to `tokenizer` (once; in place).

    spaCy reloads every special case when an expression is set; the special cases are set
    aside while both are set and loaded once after, which gives the same tokenizer.
    """
    import re

    prefix = _pattern(tokenizer.prefix_search)
    if PREFIXES[0] in prefix:
        return tokenizer  # customized before
    infix = _pattern(tokenizer.infix_finditer)
    suffix = _pattern(tokenizer.suffix_search)
    rules = tokenizer.rules
    tokenizer.rules = {}
    try:
        tokenizer.prefix_search = re.compile(prefix_pattern(prefix)).search
        tokenizer.suffix_search = re.compile(suffix_pattern(suffix)).search
        tokenizer.infix_finditer = re.compile(infix_pattern(infix)).finditer
    finally:
        tokenizer.rules = special_cases(rules)
    return tokenizer


# Units that spaCy's special cases read as abbreviations with their full stop ("Mt." for
# "Mount"): in bulletins they end a sentence after a figure ("fell to 390 Mt.").
_UNIT_STOPS = frozenset(("Mt.",))


def special_cases(rules: dict[str, Any]) -> dict[str, Any]:
    """spaCy's special cases without the small letters with a full stop ("d.", "h.") and
    units read as abbreviations ("Mt."), so that a unit at the end of a sentence ("10.3
    mb/d.", "90 km/h.", "390 Mt.") is read and the sentence ends there."""
    return {
        k: v
        for k, v in rules.items()
        if not (len(k) == 2 and k[1] == "." and k[0].islower()) and k not in _UNIT_STOPS
    }


def _pattern(method: Any) -> str:
    """The regex source behind a tokenizer's `prefix_search` or `infix_finditer`."""
    return str(method.__self__.pattern) if method is not None else ""
