"""Quantity mentions: the span rules that find them and the parser that reads them.

A quantity mention is found by a token rule of `patterns/quantities.jsonl`, whose label
names its family, and read by `parse_quantity` into a value and a unit:

>>> parse_quantity("8,237.4 billion yuan", "MONEY")
Quantity(value=8237400000000.0, unit='CNY', kind='money')
>>> parse_quantity("-0.3%", "PERCENT")
Quantity(value=-0.3, unit='percent', kind='percent')
>>> parse_quantity("two thirds", "FRACTION")
Quantity(value=0.6667, unit='fraction', kind='fraction')

The words around the number live in two gazetteers, which both the rules and the parser
read, so what is matched can always be read:

- `patterns/currencies.jsonl`: ISO 4217 codes with the symbols, codes and words that
  press releases write for them (ISO 4217 list; newswire usage such as "dlrs", "stg").
  A name several currencies share (a bare "$", "dlrs", "pesos", "¥") is read as its
  row's `code`; `localize_currency` then names the currency of the country the figures
  are about (`NZD` for "dlrs" in New Zealand figures).
- `patterns/units.jsonl`: the markers of percentages, points and multiples, and the
  physical units of energy, commodity and economic statistics. A physical unit row
  without a `unit` key is named by quantulum3; a row with `unit` and `factor`
  overrides quantulum3 where it misreads this domain (bcm, mb/d, Mt, Mtoe, PJ, ...).

`patterns/quantities.jsonl` is generated from these gazetteers and the number fragments
below by `build_patterns`; after editing a gazetteer, rewrite it with
`python -m bulletin_extract.quantities > patterns/quantities.jsonl`
(`tests/test_quantities.py` checks that the file is up to date).
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Final

from .resources import PatternFileError, read_jsonl

__all__ = [
    "LABELS",
    "Quantity",
    "build_patterns",
    "dateline_country",
    "localize_currency",
    "parse_quantity",
    "quoted_currency",
    "written_scale",
]

#: Span labels of the quantity rules, with the `kind` each gives a `Quantity`.
LABELS: dict[str, str] = {
    "PERCENT": "percent",
    "PERCENTAGE_POINT": "percentage_point",
    "BASIS_POINT": "basis_point",
    "INDEX_POINT": "index_point",
    "MONEY": "money",
    "MULTIPLE": "multiple",
    "FRACTION": "fraction",
    "PHYSICAL": "physical",
    "NUMBER": "number",
}

# --------------------------------------------------------------------------- number words
_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_MAGNITUDES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_NUMBER_WORDS = {**_ONES, **_TENS, "hundred": 100, **_MAGNITUDES}

# Denominators of fractions written in words ("two thirds", "a fifth").
_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip

# Scale words written after a number. "m" and "b" only scale money ("£40m", "$3.5b"):
# after a plain number "m" is metres and "b" a barrel ("500,000 b/d").
_SCALES = {
    "thousand": 10**3, "k": 10**3,
    "million": 10**6, "mln": 10**6, "mn": 10**6, "mio": 10**6,
    "billion": 10**9, "bln": 10**9, "bn": 10**9, "mrd": 10**9,
    "trillion": 10**12, "tn": 10**12, "trn": 10**12, "trln": 10**12,
    "crore": 10**7, "crores": 10**7, "lakh": 10**5, "lakhs": 10**5, "lac": 10**5,
}  # fmt: skip
#: The scale words of plain numbers: a span with one counts ("1.08 billion hours").
SCALE_WORDS = frozenset(_SCALES)
# "Rs 3,765 cr", "₹1.2 lakh cr": "cr" is a crore only after money (alone, a count of what?).
_MONEY_SCALES = {**_SCALES, "m": 10**6, "b": 10**9, "cr": 10**7}
#: The words `_MONEY_SCALES` reads otherwise than `_SCALES`.
_MONEY_ONLY_SCALES = frozenset(w for w, v in _MONEY_SCALES.items() if _SCALES.get(w) != v)

# Fractions are rounded as the record contract writes them ("two thirds" -> 0.6667).
_FRACTION_DIGITS = 4

# ------------------------------------------------------------------------------ regexes
_SIGN = r"[+\-\u2212±]"
# "1,5 million": a comma before one or two final digits is a decimal comma (European text);
# before three digits it groups thousands.
# "1,83,646 crore", "12,34,567": Indian grouping (lakhs and crores) is read as one number.
_INDIAN = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"
_NUM_BODY = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{_INDIAN}|\d+(?:\.\d+)?|\d{{1,3}},\d{{1,2}})"
_NUMBER = re.compile(
    rf"(?P<sign>{_SIGN})?\s?"
    rf"(?P<digits>{_INDIAN}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?: \d{{3}})+(?:\.\d+)?"
    r"|\d{1,3},\d{1,2}(?![\d,])|\d+(?:\.\d+)?|\.\d+)"
)
# "2.2. Billion": a stray full stop between a number and its scale word.
_SCALE_SLIP = re.compile(r"(\d)\.\s+(?=[A-Za-z])")
# "half a percentage point", "one-tenth of a point", "a full point": a fraction of one unit.
_FRACTION_OF_ONE = re.compile(
    r"^(?:(?P<frac>.+?)\s+(?:of\s+)?)?(?:a|an|one)\s+(?:full\s+)?(?P<unit>.+)$", re.IGNORECASE
)
# "0.5 of a percentage point": a decimal fraction of one unit.
_DECIMAL_FRACTION = re.compile(r"0?\.\d+")
_QUARTER_OF_ONE = re.compile(
    r"^(?:(?:a|an|one)\s+(?P<frac>quarter|half)(?:\s*-\s*|\s+)(?!of\b)"
    r"|(?P<bare>quarter|half)\s*-\s*)(?P<unit>.+)$",  # "a quarter point", "quarter-point"
    re.IGNORECASE,
)
# Currency words that are also verbs after a year ("2024 marks the tenth year").
_VERB_CURRENCIES = frozenset({"marks", "won"})
_WORD = re.compile(r"\s*(?:-\s*)?([A-Za-z]+)(?![A-Za-z])")
_SPACES = re.compile(r"[\s\u2009\u202f\xa0]+")
_PER_UNIT_TAIL = re.compile(r"\s*/\s*[A-Za-z][A-Za-z0-9²³]*$")
_WORD_FOLD = re.compile(r"([a-z]+)-?fold")


@dataclass(frozen=True)
class Quantity:
    """A quantity mention read into a number and a unit.

    Attributes:
        value: The number with written multipliers applied ("469 million" -> 469000000.0,
            "42 pence" -> 0.42); a written sign stays ("-0.3%" -> -0.3).
        unit: `percent`, `percentage_point`, `basis_point`, `times`, `fraction`, `count`,
            an ISO 4217 code for money, or a physical unit's name as quantulum3 spells it.
        kind: The family the mention was found as: `percent`, `percentage_point`,
            `basis_point`, `money`, `multiple`, `fraction`, `physical` or `number`.
    """

    value: float
    unit: str
    kind: str


@lru_cache(maxsize=65536)
def parse_quantity(text: str, label: str) -> Quantity | None:
    """Read a quantity mention into its value and unit.

    Args:
        text: The mention exactly as matched ("8,237.4 billion yuan", "0.4 PCT",
            "119 bcm", "two thirds").
        label: The span label of the rule that found it, one of `LABELS` (any case).

    Returns:
        The value and unit, or None when the text cannot be read as that family;
        it never raises. Results are cached.
    """
    try:
        parse = _PARSERS.get(label.upper())
        if parse is None:
            return None
        cleaned = _clean(text)
        eighths = _EIGHTHS.search(cleaned) if label.upper() == "MONEY" else None
        if eighths is not None:
            return _with_eighths(cleaned, eighths, parse)
        found = parse(cleaned)
    except Exception:  # odd input must never break a pipeline: report "unreadable"
        return None
    if found is None:
        return None
    value, unit = found
    if not math.isfinite(value):
        return None
    return Quantity(value=value, unit=unit, kind=LABELS[label.upper()])


# ------------------------------------------------------------------------------ parsers
_Found = tuple[float, str] | None


def _parse_marked(label: str) -> Callable[[str], _Found]:
    """Build the parser of a family whose unit is a marker after the number."""

    def parse(text: str) -> _Found:
        markers = _markers(label)
        amount = _split_amount(text, {})
        if amount is not None and (marker := _norm(amount[1])) in markers:
            return _float(amount[0]), markers[marker]
        amount = _fraction_of_one(text)  # read only when the plain number is not the mention
        if amount is not None and (marker := _norm(amount[1])) in markers:
            return _float(amount[0]), markers[marker]
        return None

    return parse


def _fraction_of_one(text: str) -> tuple[Decimal, str] | None:
    """Split "half a percentage point" into (0.5, "percentage point"); "a point" is 1."""
    q = _QUARTER_OF_ONE.match(text)
    if q is not None:  # "a quarter percentage point", "a half-point"
        frac = (q.group("frac") or q.group("bare")).lower()
        return Decimal("0.25" if frac == "quarter" else "0.5"), q.group("unit")
    m = _FRACTION_OF_ONE.match(text)
    if m is None:
        return None
    if m.group("frac") is None:
        return Decimal(1), m.group("unit")
    if _DECIMAL_FRACTION.fullmatch(m.group("frac")):
        return Decimal(m.group("frac")), m.group("unit")  # "0.5 of a percentage point"
    fraction = _parse_fraction(m.group("frac"))
    if fraction is None:
        return None
    return Decimal(str(fraction[0])), m.group("unit")


#: Multiples written as one word: "more than doubled", "nearly triple the 54,064".
MULTIPLE_WORDS = {
    "double": 2, "doubled": 2, "triple": 3, "tripled": 3, "treble": 3, "trebled": 3,
    "quadruple": 4, "quadrupled": 4, "twice": 2, "thrice": 3,
}  # fmt: skip


def _parse_multiple(text: str) -> _Found:
    if text.lower() in MULTIPLE_WORDS:
        return float(MULTIPLE_WORDS[text.lower()]), "times"
    glued = _WORD_FOLD.fullmatch(text.lower())
    if glued and glued.group(1) in _NUMBER_WORDS:
        value = _words_to_number([glued.group(1)])
        return None if value is None else (_float(value), "times")
    return _parse_marked("MULTIPLE")(text)


def _parse_number(text: str) -> _Found:
    amount = _split_amount(text, _SCALES)
    if amount is None or amount[1]:
        return None
    return _float(amount[0]), "count"


def _parse_fraction(text: str) -> _Found:
    words = _norm(text).split()
    if not words:
        return None
    value: Decimal | None
    if len(words) == 1:
        den = _DENOMINATORS.get(words[0])
        if den is None or words[0] not in ("half", "quarter"):
            return None
        value = Decimal(1) / den
    elif m := re.fullmatch(r"(.+?) (?:in|out of) (.+)", " ".join(words)):
        num, den_value = _small_number(m.group(1)), _small_number(m.group(2))
        if num is None or not den_value or num > den_value:
            return None
        value = num / den_value
    else:
        den = _DENOMINATORS.get(words[-1])
        head = " ".join(words[:-1])
        num = Decimal(1) if head in ("a", "an") else _small_number(head)
        if den is None or num is None or num > den:
            return None
        value = num / den
    return round(float(value), _FRACTION_DIGITS), "fraction"


def _parse_money(text: str) -> _Found:
    found = _read_money(text)
    if found is None:
        return None
    value, currency = found
    return _float(value * currency.factor), currency.code


def _read_money(text: str) -> tuple[Decimal, _Currency] | None:
    """Split a money mention into its amount (scales applied) and the currency written."""
    text = _PER_UNIT_TAIL.sub("", text)  # "47 €/MWh": a price per unit is money
    if text.endswith("m.") or text.endswith("b."):
        text = text[:-1]  # "£380m." at a sentence end is one token to the tokenizer
    cur = _currencies()
    sign = text[:1] if text[:1] in ("-", "+") and len(text) > 1 and not text[1].isdigit() else ""
    for alias, currency in _prefixes_by_char().get(text[len(sign) : len(sign) + 1], ()):
        if text.startswith(alias, len(sign)):  # "-$262 million": a sign before the symbol
            amount = _split_amount(text[len(sign) + len(alias) :].lstrip(), _MONEY_SCALES)
            if amount is None or amount[1]:
                return None
            return (-amount[0] if sign == "-" else amount[0]), currency
    amount = _split_amount(text, _MONEY_SCALES)
    if amount is None:
        return None
    value, rest = amount
    code_scale = _CODE_THEN_SCALE.fullmatch(rest)
    if code_scale is not None and code_scale[2].lower() in _SCALES:
        # "16.38 USD Billion" (Trading Economics): the scale written after the currency code
        rest = code_scale[1]
        value *= Decimal(_SCALES[code_scale[2].lower()])
    if rest in cur.glued:
        currency = cur.glued[rest]
    elif _norm(rest) in cur.suffixes:
        currency = cur.suffixes[_norm(rest)]
    else:
        return None
    if _norm(rest) in _VERB_CURRENCIES and re.fullmatch(r"(?:1[89]|20)\d\d \S+", text):
        return None  # "2024 marks the tenth year", "1987 won": a year and a verb
    return value, currency


#: A currency code with a scale word after it: "USD Billion", "EUR Million".
_CODE_THEN_SCALE = re.compile(r"([A-Z]{3})\s+([A-Za-z]+)")


def _parse_physical(text: str) -> _Found:
    amount = _split_amount(text, _SCALES)
    if amount is None or not amount[1]:
        return None
    value, rest = amount
    unit = _physical_unit(rest)
    if unit is None:
        return None
    name, factor = unit
    return _float(value * factor), name


def _physical_unit(rest: str) -> tuple[str, Decimal] | None:
    """The unit written after a number and the factor it gives the number ("mcm/d" ->
    ("cubic metre per day", 1e6)); None for no unit of the gazetteer ("3.4mb" alone)."""
    units = _units()
    row = units.symbols.get(" ".join(rest.split())) or units.words.get(_norm(rest))
    per = ""
    tail = _PER_DAY_TAIL.search(rest) if row is None else None
    if tail is not None and tail.start() > 0:
        # "60 mcm/d", "468 million cubic metres per day": the unit's rate per day
        rest, per = rest[: tail.start()], " per day"
        row = units.symbols.get(" ".join(rest.split())) or units.words.get(_norm(rest))
    if row is None or row.label != "PHYSICAL":
        return None
    if row.unit is not None:
        return _per(row.unit, per), row.factor
    named = _quantulum_unit(" ".join(rest.replace("-", " ").split()))
    if named is None:
        return None
    name, factor = named
    return _per(name, per), factor


def unit_factor(text: str) -> float:
    """The factor a physical unit written in a mention gives its number, apart from scale
    words: 1e6 for "25 mcm/d" (million cubic metres a day), 1 for "25 GW" or no unit."""
    amount = _split_amount(text, _SCALES)
    unit = _physical_unit(amount[1]) if amount is not None and amount[1] else None
    return float(unit[1]) if unit is not None else 1.0


def _per(unit: str, per: str) -> str:
    """A unit with its rate ("cubic metre" + " per day"), never twice ("barrel per day")."""
    return unit if not per or unit.endswith(per) else unit + per


_PARSERS: dict[str, Callable[[str], _Found]] = {
    "PERCENT": _parse_marked("PERCENT"),
    "PERCENTAGE_POINT": _parse_marked("PERCENTAGE_POINT"),
    "BASIS_POINT": _parse_marked("BASIS_POINT"),
    "INDEX_POINT": _parse_marked("INDEX_POINT"),
    "MULTIPLE": _parse_multiple,
    "MONEY": _parse_money,
    "FRACTION": _parse_fraction,
    "PHYSICAL": _parse_physical,
    "NUMBER": _parse_number,
}


# ------------------------------------------------------------------------ number parts
def _clean(text: str) -> str:
    """Unicode minus to "-", thin spaces to plain ones, outer space and stray stops off."""
    text = _SPACES.sub(" ", text.replace("\u2212", "-")).strip()
    return _SCALE_SLIP.sub(r"\1 ", text)


def _norm(text: str) -> str:
    """Lower case, hyphens as spaces, single spaces: how marker words are compared."""
    return " ".join(text.lower().replace("-", " ").split())


#: A price written with a fraction of its last digit: "$4.18-1/2", "526-3/4 cents".
_EIGHTHS = re.compile(r"(\d+)(?:\.(\d+))?(-| )([1-7])/([248])(?=\s|$)")


def _with_eighths(text: str, match: re.Match[str], parse: Any) -> Quantity | None:
    """A price with a fraction of its last written digit: "$4.18-1/2" is 4.185 dollars,
    "526-3/4 cents" 5.2675 (the fraction of a cent in grain and soy quotes)."""
    whole = text[: match.start(3)] + text[match.end(5) :]
    found = parse(whole)
    if found is None:
        return None
    value, unit = found
    written = Decimal(match[1] + ("." + match[2] if match[2] else ""))
    if not written:
        return None
    place = Decimal(1).scaleb(-len(match[2] or ""))
    fraction = Decimal(int(match[4])) / Decimal(int(match[5]))
    total = Decimal(str(value)) * (written + fraction * place) / written
    return Quantity(value=_float(total), unit=unit, kind=LABELS["MONEY"])


def _float(value: Decimal) -> float:
    result = float(value)
    return 0.0 if result == 0 else result  # no "-0.0"


def _split_amount(text: str, scales: dict[str, int]) -> tuple[Decimal, str] | None:
    """Split "1.2 million tonnes" into (1200000, "tonnes"): number, scale words, rest."""
    m = _NUMBER.match(text)
    if m is not None:
        digits = m.group("digits")
        if re.fullmatch(r"\d{1,3},\d{1,2}", digits):
            digits = digits.replace(",", ".")  # a decimal comma: "1,5 million"
        digits = digits.replace(",", "").replace(" ", "")
        try:
            value = Decimal(digits)
        except InvalidOperation:
            return None
        if m.group("sign") in ("-", "\u2212"):
            value = -value
        rest = text[m.end() :]
    else:
        words = _leading_number_words(text)
        if words is None:
            return None
        value, rest = words
    while scales:
        word = _WORD.match(rest)
        if word is None or word.group(1).lower() not in scales:
            break
        value *= scales[word.group(1).lower()]
        rest = rest[word.end() :]
    return value, rest.strip()


def _leading_number_words(text: str) -> tuple[Decimal, str] | None:
    """Read number words at the start of `text` ("twenty-one million ...")."""
    words: list[str] = []
    end = 0
    for m in _WORD.finditer(text):
        if m.start() != end or m.group(1).lower() not in _NUMBER_WORDS:
            break
        words.append(m.group(1).lower())
        end = m.end()
    if not words:
        return None
    value = _words_to_number(words)
    return None if value is None else (value, text[end:])


def _words_to_number(words: Sequence[str]) -> Decimal | None:
    """Value of English cardinal words ("two hundred thousand"), None if ill-formed."""
    total, current, previous = 0, 0, "start"
    for word in words:
        if word in _ONES:
            ok = previous in ("start", "hundred", "magnitude") or (
                previous == "tens" and 0 < _ONES[word] < 10
            )
            current, kind = current + _ONES[word], "unit"
        elif word in _TENS:
            ok = previous in ("start", "hundred", "magnitude")
            current, kind = current + _TENS[word], "tens"
        elif word == "hundred":
            ok = previous in ("unit", "tens")
            current, kind = current * 100, "hundred"
        elif word in _MAGNITUDES:
            ok = previous in ("unit", "tens", "hundred")
            total, current, kind = total + current * _MAGNITUDES[word], 0, "magnitude"
        else:
            return None
        if not ok:
            return None
        previous = kind
    return Decimal(total + current)


def _small_number(text: str) -> Decimal | None:
    """A whole number in digits or words, as in "one in five" or "9 out of 10"."""
    amount = _split_amount(text, {})
    if amount is None or amount[1] or amount[0] != amount[0].to_integral_value():
        return None
    return amount[0]


# ---------------------------------------------------------------------------- gazetteers
_CURRENCY_KEYS = frozenset(
    {"id", "code", "symbols", "words", "glued", "factor"}
    | {"family", "generic", "countries", "places"}  # which currency a shared name is
    | {"shared_name_local"}  # false: the country's figures in "$" are US dollars
    | {"names"}  # names its exchange rate is quoted for, never written after an amount
)
_UNIT_KEYS = frozenset({"id", "label", "unit", "factor", "symbols", "words", "glued"})


@dataclass(frozen=True)
class _UnitRow:
    id: str
    label: str
    unit: str | None
    factor: Decimal


@dataclass(frozen=True)
class _Currency:
    code: str
    factor: Decimal
    family: str | None  # a name shared by several currencies: "dollar", "peso", "rupee", ...
    generic: bool  # written with the shared name only ("$", "dlrs"): the country decides


@dataclass(frozen=True)
class _Currencies:
    prefixes: tuple[tuple[str, _Currency], ...]  # longest first
    suffixes: dict[str, _Currency]  # normalized alias -> currency
    glued: dict[str, _Currency]
    local: dict[tuple[str, str], str]  # (family, country) -> the country's own code
    places: dict[str, str]  # dateline place -> country
    names: dict[str, _Currency]  # normalized name an exchange rate is quoted for ("the real")
    homes: dict[str, str]  # code -> the first country listed, for codes of several ("XOF")


@dataclass(frozen=True)
class _Units:
    symbols: dict[str, _UnitRow]  # exact spelling
    words: dict[str, _UnitRow]  # normalized spelling


def _checked_rows(name: str, allowed: frozenset[str]) -> list[dict[str, Any]]:
    rows = []
    for row in read_jsonl(name):
        where = f"patterns/{name}:{row.pop('_line', '?')}"
        unknown = set(row) - allowed
        if unknown:
            raise PatternFileError(
                f"{where}: unknown keys {', '.join(sorted(unknown))}; "
                f"allowed keys are {', '.join(sorted(allowed))}"
            )
        rows.append(row)
    return rows


@cache
def _currency_rows() -> tuple[dict[str, Any], ...]:
    return tuple(_checked_rows("currencies.jsonl", _CURRENCY_KEYS))


@cache
def _unit_rows() -> tuple[dict[str, Any], ...]:
    rows = _checked_rows("units.jsonl", _UNIT_KEYS)
    for row in rows:
        if row.get("label") not in LABELS:
            raise PatternFileError(f"patterns/units.jsonl: {row.get('id')}: bad label")
    return tuple(rows)


@cache
def _currencies() -> _Currencies:
    prefixes: list[tuple[str, _Currency]] = []
    suffixes: dict[str, _Currency] = {}
    glued: dict[str, _Currency] = {}
    local: dict[tuple[str, str], str] = {}
    places: dict[str, str] = {}
    names: dict[str, _Currency] = {}
    homes: dict[str, str] = {}
    for row in _currency_rows():
        family = row.get("family")
        entry = _Currency(
            row["code"], Decimal(str(row.get("factor", 1))), family, bool(row.get("generic"))
        )
        for symbol in row.get("symbols", []):
            prefixes.append((symbol, entry))
            suffixes[_norm(symbol)] = entry
        for word in row.get("words", []):
            suffixes[_norm(word)] = entry
        for word in row.get("glued", []):
            glued[word] = entry
        for name in row.get("names", []):
            names[_norm(name)] = entry
        countries = row.get("countries", [])
        if countries and row["code"][:2] not in countries:
            homes[row["code"]] = countries[0]  # "CFA francs": the franc of West Africa
        for country in countries:
            if family and row.get("shared_name_local", True):
                local[(family, country)] = row["code"]
            for place in row.get("places", []):
                places.setdefault(place, country)
    prefixes.sort(key=lambda p: -len(p[0]))
    return _Currencies(tuple(prefixes), suffixes, glued, local, places, names, homes)


@cache
def _prefixes_by_char() -> dict[str, tuple[tuple[str, _Currency], ...]]:
    """The currency prefixes by their first character, each list longest first (as in
    `_currencies().prefixes`): a mention is compared only with those it can start with."""
    by_char: dict[str, list[tuple[str, _Currency]]] = {}
    for alias, currency in _currencies().prefixes:
        by_char.setdefault(alias[:1], []).append((alias, currency))
    return {char: tuple(aliases) for char, aliases in by_char.items()}


def localize_currency(unit: str, surface_text: str, country: str | None) -> str:
    """The currency a money mention means in figures about `country`.

    A currency written only with a name that several countries share (a bare "$",
    "dollars", "dlrs", "cents"; "pesos", "crowns", "rupees", "francs", "pounds"; "¥" and
    "Y=") is the currency of that name in the country the figures are about; a spelling
    that names its country ("US$", "U.S. dlrs", "C$", "N.Z. dlrs", "Swiss francs") keeps
    its own code, and so does every other unit.

    >>> localize_currency("USD", "162 mln dlrs", "NZ")
    'NZD'
    >>> localize_currency("USD", "US$5 billion", "CA")
    'USD'
    >>> localize_currency("JPY", "¥5 billion", "CN")
    'CNY'

    Args:
        unit: The unit read from the mention (`parse_quantity(...).unit`).
        surface_text: The mention as written ("$13.1 billion").
        country: ISO 3166 alpha-2 code of the country the figures are about, or None.

    Returns:
        The ISO 4217 code to use: the country's own currency of the shared name, else `unit`.
    """
    if not country:
        return unit
    found = _read_money(_clean(surface_text))
    if found is None:
        return unit
    currency = found[1]
    if currency.code != unit:
        return unit
    return _local_code(currency, country)


def has_local_currency(surface_text: str, country: str) -> bool:
    """Whether `country` has its own currency of the shared name a money mention is written
    with ("crowns" in Sweden's figures, "dollars" in Canada's); False for a name that names
    its country or for a country without a currency of that name.

    >>> has_local_currency("1.1 billion crowns", "SE"), has_local_currency("5 dlrs", "JP")
    (True, False)
    """
    found = _read_money(_clean(surface_text))
    if found is None or not found[1].generic or found[1].family is None:
        return False
    return (found[1].family, country) in _currencies().local


def _local_code(currency: _Currency, country: str | None) -> str:
    """The code of a currency named by a word several countries share ("crowns", "pesos")
    in `country`'s figures, when it has its own currency of that name; else the name's own."""
    if not currency.generic or currency.family is None or not country:
        return currency.code
    return _currencies().local.get((currency.family, country), currency.code)


# Scale words only one country writes amounts in: "Rs 1,830 crore", "2.5 lakh tonnes".
_COUNTRY_SCALES = {
    "crore": "IN", "crores": "IN", "cr": "IN", "lakh": "IN", "lakhs": "IN", "lac": "IN",
}  # fmt: skip
# Currencies of many countries' figures: commodity prices and trade are quoted in them.
_WORLD_CURRENCIES = frozenset({"USD", "EUR"})


@lru_cache(maxsize=16384)
def currency_country(text: str) -> str | None:
    """The country a money mention's currency belongs to, when only one country uses it.

    A currency written with a name or symbol of its own ("A$3.2 billion", "45,000 won",
    "ZAR 14.5 billion") names its country by the first two letters of its ISO 4217 code;
    Indian scale words ("crore", "lakh") name India. Names several countries share ("$",
    "pounds", "Rs", "¥") and the world's trading currencies (US dollar, euro) name none.

    >>> currency_country("A$3.2 billion"), currency_country("Rs 41,702 crore")
    ('AU', 'IN')
    >>> currency_country("$5 billion"), currency_country("€2 billion") is None
    (None, True)
    """
    text = _clean(text)
    if any(word in _COUNTRY_SCALES for word in text.lower().split()):
        return "IN"
    found = _read_money(text)
    if found is None:
        return None
    currency = found[1]
    if currency.generic or currency.code in _WORLD_CURRENCIES:
        return None
    return _currencies().homes.get(currency.code, currency.code[:2])


# Currencies quoted in US dollars ("sterling at $1.27"), not in their own units per dollar.
_QUOTED_IN_DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "GBP", "EUR", "IEP"})


def quoted_currency(word: str, country: str | None = None) -> str | None:
    """The currency whose exchange rate a bare number quotes when `word` names it.

    A rate quoted for the yen, the yuan or the rupee is in that currency per US dollar
    ("the renminbi was quoted at 3.72"); currencies quoted in dollars give None. A name
    several countries share ("the crown") is the currency of that name in `country`, the
    country the figures are about, when it has one.

    >>> quoted_currency("Renminbi"), quoted_currency("sterling"), quoted_currency("Taiwan dollar")
    ('CNY', None, 'TWD')
    """
    table = _currencies()
    currency = (
        table.suffixes.get(_norm(word))
        or table.suffixes.get(_norm(word) + "s")  # "Taiwan dollar"
        or table.names.get(_norm(word))  # "the real": a name no amount is written in
    )
    if currency is None or currency.factor != 1 or currency.code in _QUOTED_IN_DOLLARS:
        return None
    if not word.replace(" ", "").isalpha() or word.isupper():
        return None  # codes and symbols ("won" is a word, "KRW" a code) are not names
    return _local_code(currency, country)


def pair_quote(words: list[str]) -> str | None:
    """The quote currency of a currency pair written as codes ("NZD/USD" -> "USD"): a rate
    for the pair is in units of its second currency.

    >>> pair_quote(["NZD", "/", "USD", "dropped"]), pair_quote(["the", "yen"])
    ('USD', None)
    """
    codes = _codes()
    for first, slash, second in zip(words, words[1:], words[2:], strict=False):
        if slash != "/" or first not in codes or second not in codes:
            continue
        return second
    return None


@cache
def _codes() -> frozenset[str]:
    """The ISO codes of the currencies the rules know, written or not as symbols ("USD/PHP":
    "PHP" alone is no currency symbol)."""
    return frozenset(row["code"] for row in _currency_rows())


def is_currency_code(word: str) -> bool:
    """Whether a word is an ISO currency code the rules know ("USD", "INR").

    >>> is_currency_code("EUR"), is_currency_code("FTSE")
    (True, False)
    """
    return _is_code(word)


def _is_code(word: str) -> bool:
    currency = _currencies().suffixes.get(_norm(word))
    return len(word) == 3 and word.isupper() and currency is not None and currency.code == word


_DATELINE = re.compile(r"^\s*([A-Z][A-Z.]+(?: [A-Z][A-Z.]+)*)\s*(?:,|\(|-)")


def dateline_country(text: str) -> str | None:
    """The country of a wire dateline ("WELLINGTON, March 5 -") at the head of a document.

    Only places listed with a currency in `patterns/currencies.jsonl` are known.

    >>> dateline_country("HEADLINE\\n\\nTORONTO, March 3 - Profit rose.")
    'CA'
    """
    places = _currencies().places
    for line in [ln for ln in text[:3000].splitlines() if ln.strip()][:4]:
        m = _DATELINE.match(line)
        if m is not None and m.group(1) in places:
            return places[m.group(1)]
    return None


def written_scale(text: str) -> float:
    """The scale words written in a mention: "200 mln" -> 1e6, "£2.5bn" -> 1e9, "30" -> 1.

    "m" and "b" count only in money ("£40m"); after a plain number they are units.
    """
    text = _clean(text)
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", re.sub(r"(\d)([A-Za-z])", r"\1 \2", text))]
    scales = _SCALES
    if any(w in _MONEY_ONLY_SCALES for w in words):  # else both tables read the same
        scales = _MONEY_SCALES if parse_quantity(text, "MONEY") is not None else _SCALES
    scale = 1
    for word in words:
        scale *= scales.get(word, 1)
    return float(scale)


@cache
def _units() -> _Units:
    symbols: dict[str, _UnitRow] = {}
    words: dict[str, _UnitRow] = {}
    for row in _unit_rows():
        unit = _UnitRow(
            row["id"], row["label"], row.get("unit"), Decimal(str(row.get("factor", 1)))
        )
        for symbol in [*row.get("symbols", []), *row.get("glued", [])]:
            symbols[symbol] = unit
        for word in row.get("words", []):
            words[_norm(word)] = unit
    return _Units(symbols, words)


@cache
def _markers(label: str) -> dict[str, str]:
    """Normalized marker spellings of a fixed-unit family ("per cent" -> "percent")."""
    found: dict[str, str] = {}
    for row in _unit_rows():
        if row["label"] == label:
            for alias in [*row.get("symbols", []), *row.get("words", []), *row.get("glued", [])]:
                found[_norm(alias)] = row["unit"]
    return found


# ----------------------------------------------------------------------------- quantulum3
@cache
def _quantulum_parse() -> Callable[[str], list[Any]]:
    """Import quantulum3 on first use (it is slow to load) without its classifier warning."""
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", message="Classifier dependencies not installed", category=UserWarning
        )
        from quantulum3 import parser

    parse: Callable[[str], list[Any]] = parser.parse
    return parse


@lru_cache(maxsize=4096)
def _quantulum_unit(unit_text: str) -> tuple[str, Decimal] | None:
    """Name a physical unit with quantulum3, and the factor it reads into the words.

    Only the unit words of a mention are given to quantulum3 (as "1 <unit>"): the
    number and scale words are read here, since quantulum3 takes "bn" and "mn" for
    units ("1.2 bn tonnes" -> bit newton). Answers are also kept in a small cache file,
    because quantulum3 spends seconds loading its unit data on its first parse in a
    process, which would otherwise be paid by every `extract` run.
    """
    cache = _unit_cache()
    if unit_text in cache:
        hit = cache[unit_text]
        return (hit[0], Decimal(hit[1])) if hit else None
    found = _quantulum_parse()(f"1 {unit_text}")
    answer: tuple[str, Decimal] | None = None
    if len(found) == 1 and found[0].unit.name != "dimensionless":
        answer = (found[0].unit.name, Decimal(str(found[0].value)))
    cache[unit_text] = [answer[0], str(answer[1])] if answer else None
    _save_unit_cache(cache)
    return answer


def _unit_cache_path() -> Path:
    import quantulum3

    version = getattr(quantulum3, "__version__", "unknown")
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "bulletin_extract" / f"quantulum3-units-{version}.json"


@lru_cache(maxsize=1)
def _unit_cache() -> dict[str, Any]:
    try:
        data = json.loads(_unit_cache_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _save_unit_cache(cache: dict[str, Any]) -> None:
    """Write the cache atomically; a cache that cannot be written is simply not kept."""
    path = _unit_cache_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(cache, sort_keys=True), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass


# ------------------------------------------------------------------------------- patterns
# The matcher starts every rule at every token and tests the first token's REGEX and IN
# conditions there before anything else, so its cost grows with the number of rules and
# of distinct first-token conditions. The rules are therefore few, share one NUM
# condition, and merge the spellings of a unit into one condition per token position.
_Token = dict[str, Any]
_Tokenize = Callable[[str], list[str]]
_SEPARATORS = ["\u2009", "\u202f", "\xa0"]  # thin spaces between digit groups: own tokens
_DASH: _Token = {"ORTH": "-", "OP": "?"}
# A rate per day after any physical unit: "/d", "/day", "per day", "a day".
_PER_DAY: list[_Token] = [{"LOWER": {"IN": ["/", "per", "a"]}}, {"LOWER": {"IN": ["d", "day"]}}]
_PER_DAY_TAIL: Final = re.compile(r"\s*(?:/|\bper\b|\ba\b)\s*(?:d|day)$", re.IGNORECASE)
_PLAIN_GLUED_SCALES = sorted(_SCALES)  # "2.5bn", "500k": one token each


def build_patterns(tokenize: _Tokenize | None = None) -> list[dict[str, Any]]:
    """Compose the quantity rules (the rows of `patterns/quantities.jsonl`).

    Args:
        tokenize: Splits a text into token strings the way the pipeline's tokenizer does;
            by default `spacy.blank("en")`'s with the bulletin rules
            (`tokenizer.customize`). Used to learn how each gazetteer alias is tokenized
            after a number, and whether it glues to the digits ("500MW").

    Returns:
        Rows `{"label", "pattern", "id"}` in spaCy's token pattern format.
    """
    tokenize = tokenize or _blank_tokenize()
    rules = _Rules()
    number_words = sorted([*_ONES, *_TENS])
    num: _Token = {"LOWER": {"REGEX": rf"^(?:{_SIGN}?{_NUM_BODY}"
                              rf"(?:{_alternatives(_PLAIN_GLUED_SCALES)})?"
                              rf"|{_alternatives(number_words)})$"}}  # fmt: skip
    # "two hundred", "one million"; not "7.4 billion three months earlier" (the number ends
    # at its scale) nor "twenty five", which bulletins hyphenate ("words_hyphen")
    more_words: _Token = {"LOWER": {"IN": sorted(["hundred", *_MAGNITUDES])}, "OP": "*"}
    scales: _Token = {"LOWER": {"IN": sorted(s for s in _SCALES if s != "k")}, "OP": "*"}
    grouped: list[_Token] = [  # "620 000", "1 234 567": the tokenizer splits at the spaces
        {"TEXT": {"REGEX": rf"^{_SIGN}?\d{{1,3}}$"}},
        {"ORTH": {"IN": _SEPARATORS}, "OP": "?"},
        {"TEXT": {"REGEX": r"^\d{3}(?:\.\d+)?$"}},
        {"ORTH": {"IN": _SEPARATORS}, "OP": "?"},
        {"TEXT": {"REGEX": r"^\d{3}(?:\.\d+)?$"}, "OP": "?"},
    ]
    number: list[_Token] = [num, more_words]  # "469", "2.5bn", "three", "two hundred"

    rules.add("NUMBER", "number", [*number, scales])
    rules.add("NUMBER", "grouped", [*grouped, scales])
    ones = sorted(w for w, v in _ONES.items() if 0 < v < 10)
    rules.add("NUMBER", "words_hyphen", [num, {"ORTH": "-"}, {"LOWER": {"IN": ones}}, more_words,
                                         scales])  # fmt: skip

    rules.add("NUMBER", "slip", [num, {"ORTH": "."}, {**scales, "OP": "+"}])  # "2.2. Billion"
    marked = ("PERCENT", "PERCENTAGE_POINT", "BASIS_POINT", "INDEX_POINT", "MULTIPLE", "PHYSICAL")
    for label in marked:
        rows = [row for row in _unit_rows() if row["label"] == label]
        units = _unit_positions(rows, tokenize)
        physical = label == "PHYSICAL"
        head = [*number, scales, _DASH] if physical else [*number, _DASH]  # "600-horsepower"
        for n, variants in sorted(units.items()):
            for unit in variants:
                rules.add(label, f"unit{n}", [*head, *unit])
                if label in _POINT_LABELS:
                    _fraction_of_one_rules(rules, label, n, unit)
            if physical:  # "60 mcm/d", "3.1 TWh/day", "28.4 km per day", "30 km a day"
                for unit in variants:
                    rules.add(label, f"unit{n}_per_day", [*head, *unit, *_PER_DAY])
        if physical:
            rules.add(label, "grouped_unit1", [*grouped, scales, *units[1][0]])
        for n, (joined, tail) in enumerate(_joined_units(rows, tokenize, label)):
            rules.add(label, "joined" if n == 0 else f"joined_{n}", [joined, *tail])

    _money_rules(rules, number, grouped, tokenize)
    _fraction_rules(rules, num)
    # "exports more than doubled", "nearly triple the September total" (the filter keeps
    # only those that state a figure)
    rules.add("MULTIPLE", "word", [{"TEXT": {"IN": sorted(MULTIPLE_WORDS)}}])
    return rules.rows


def _unit_positions(
    rows: Sequence[dict[str, Any]], tokenize: _Tokenize
) -> dict[int, list[list[_Token]]]:
    """Token conditions for the aliases of some unit rows, by number of tokens.

    A hyphen inside an alias may be written or not ("per-cent", "per cent") and is an
    optional token between the positions; symbols keep their case, words do not. Aliases of
    several tokens are grouped by their first token, so that the words of two aliases do not
    combine into one that is none ("per mille" and "metric tonne" make no "per tonne").
    """
    by_length: dict[int, dict[str, list[tuple[bool, list[str]]]]] = {}
    for row in rows:
        for exact, aliases in ((True, row.get("symbols", [])), (False, row.get("words", []))):
            for alias in aliases:
                tokens = [t for t in _alias_tokens(tokenize, alias) if t != "-"]
                tokens = tokens if exact else [t.lower() for t in tokens]
                key = "" if len(tokens) == 1 else tokens[0].lower()
                by_length.setdefault(len(tokens), {}).setdefault(key, []).append((exact, tokens))
    positions: dict[int, list[list[_Token]]] = {}
    for n, groups in sorted(by_length.items()):
        # first tokens with the same tails share one rule ("metric tons", "short tons")
        merged: dict[frozenset[tuple[bool, tuple[str, ...]]], list[tuple[bool, list[str]]]] = {}
        for _, aliases in sorted(groups.items()):
            tails = frozenset((exact, tuple(tokens[1:])) for exact, tokens in aliases)
            merged.setdefault(tails, []).extend(aliases)
        for aliases in merged.values():
            specs: list[_Token] = []
            for i in range(n):
                specs += [_DASH] if i else []
                symbols = {tokens[i] for exact, tokens in aliases if exact}
                words = {tokens[i] for exact, tokens in aliases if not exact}
                specs.append(_one_of(symbols, words))
            positions.setdefault(n, []).append(specs)
    return positions


def _one_of(symbols: Iterable[str], words: Iterable[str]) -> _Token:
    """One token condition: any of the symbols (case kept) or words (any case)."""
    parts = [_alternatives(symbols)] if symbols else []
    parts += [f"(?i:{_alternatives(words)})"] if words else []
    return {"TEXT": {"REGEX": f"^(?:{'|'.join(parts)})$"}}


def _joined_units(
    rows: Sequence[dict[str, Any]], tokenize: _Tokenize, label: str
) -> list[tuple[_Token, list[_Token]]]:
    """Rules for a unit glued to its number ("500MW", "25bp", "3.4mb/d", "twofold")."""
    symbols: set[str] = set()
    words: set[str] = set()
    tails: set[tuple[str, ...]] = set()
    for row in rows:
        for exact, aliases in (
            (True, [*row.get("symbols", []), *row.get("glued", [])]),
            (False, row.get("words", [])),
        ):
            for alias in aliases:
                split = None if re.search(r"[\s-]", alias) else _glued_split(tokenize, alias)
                if split is not None:
                    (symbols if exact else words).add(split[0])
                    if split[1]:
                        tails.add(tuple(split[1]))
    if not symbols and not words:
        return []
    suffix = _one_of(symbols, words)["TEXT"]["REGEX"][1:-1]
    body = rf"{_SIGN}?{_NUM_BODY}{suffix}"
    if label == "MULTIPLE":  # "twofold", "tenfold"
        body += rf"|(?i:(?:{_alternatives([*_ONES, *_TENS, 'hundred'])})fold)"
    joined = {"TEXT": {"REGEX": f"^(?:{body})$"}}
    found: list[tuple[_Token, list[_Token]]] = [(joined, [])]
    for n in sorted({len(t) for t in tails}):
        same = [t for t in tails if len(t) == n]
        found.append((joined, [_one_of({t[i] for t in same}, []) for i in range(n)]))
    return found


def _money_rules(
    rules: _Rules, number: list[_Token], grouped: list[_Token], tokenize: _Tokenize
) -> None:
    """Rules for money: "£1.2bn", "US$3 billion", "8,237.4 billion yuan", "47 €/MWh"."""
    single: set[str] = set()
    double: list[tuple[str, ...]] = []
    glued: set[str] = set()
    suffixes: list[list[str]] = []
    minor: set[str] = set()
    split: dict[str, set[str]] = {}  # "$US5": "$" then "US5"
    for row in _currency_rows():
        for symbol in row.get("symbols", []):
            tokens = tokenize(f"x {symbol} 5")[1:-1]
            if len(tokens) == 1:
                single.add(tokens[0])
            else:
                double.append(tuple(tokens))
            joined_tokens = tokenize(f"x {symbol}5 x")[1:-1]
            if len(joined_tokens) == 1:
                glued.add(symbol)  # "HK$5" is one token
            elif len(joined_tokens) == 2 and joined_tokens[1] != "5":
                split.setdefault(joined_tokens[0], set()).add(joined_tokens[1][:-1])
        for alias in [*row.get("symbols", []), *row.get("words", [])]:
            suffixes.append([t.lower() for t in _alias_tokens(tokenize, alias)])
        minor.update(row.get("glued", []))
    scale_words = sorted(_MONEY_SCALES)
    scales: _Token = {"LOWER": {"IN": [*scale_words, "m.", "b."]}, "OP": "*"}
    amount: _Token = {"LOWER": {"REGEX": rf"^{_NUM_BODY}(?:{_alternatives(scale_words)})?$"}}
    per_unit: list[_Token] = [
        {"ORTH": "/"},
        {"TEXT": {"REGEX": r"^[A-Za-z][A-Za-z0-9²³]*$"}},
    ]  # "$80/bbl"
    per_unit_glued: _Token = {"TEXT": {"REGEX": r"^/[A-Za-z][A-Za-z0-9²³]*$"}, "OP": "?"}  # "€/MWh"
    prefix: _Token = {"ORTH": {"IN": sorted(single)}}
    rules.add("MONEY", "prefix", [prefix, amount, scales, per_unit_glued])
    rules.add("MONEY", "prefix_per_unit", [prefix, amount, scales, *per_unit])
    rules.add("MONEY", "prefix_grouped", [prefix, *grouped, scales])
    hyphen_scale: list[_Token] = [{"ORTH": "-"}, {"LOWER": {"IN": scale_words}}]
    rules.add("MONEY", "prefix_hyphen_scale", [prefix, amount, *hyphen_scale])  # "₹900-crore"
    # Grain prices in eighths and quarters of a cent: "$4.18-1/2", "526-3/4 cents".
    eighths: list[_Token] = [{"ORTH": "-", "OP": "?"}, {"TEXT": {"REGEX": r"^[1-7]/[248]$"}}]
    rules.add("MONEY", "prefix_eighths", [prefix, amount, *eighths])
    cents: _Token = {"LOWER": {"IN": ["cents", "cent"]}}
    unsigned: _Token = {"TEXT": {"REGEX": r"^\d+(?:\.\d+)?$"}}
    rules.add("MONEY", "cents_eighths", [unsigned, *eighths, cents])
    pair: list[_Token] = [{"ORTH": {"IN": sorted({d[i] for d in double})}} for i in range(2)]
    rules.add("MONEY", "prefix2", [*pair, amount, scales])
    rules.add("MONEY", "prefix_slip", [prefix, amount, {"ORTH": "."}, {**scales, "OP": "+"}])
    for first, rests in sorted(split.items()):
        body = rf"^(?:{_alternatives(rests)}){_NUM_BODY}(?:{_alternatives(scale_words)})?$"
        rules.add("MONEY", "prefix_split", [{"ORTH": first}, {"TEXT": {"REGEX": body}}, scales])
    joined = rf"(?:{_alternatives(glued)}){_NUM_BODY}(?:{_alternatives(scale_words)})?"
    joined += rf"|{_NUM_BODY}(?:{_alternatives(minor)})"
    rules.add("MONEY", "joined", [{"TEXT": {"REGEX": f"^(?:{joined})$"}}, scales])
    head = [*number, scales]  # "40m euros": money scales after a number too
    for n in sorted({len(s) for s in suffixes}):
        # A full stop inside an alias ("Rs.") would join every first token to a sentence's
        # final stop ("5 pounds ."): those aliases get rules of their own.
        same = [s for s in suffixes if len(s) == n and "." not in s[1:]]
        dotted = sorted({tuple(s) for s in suffixes if len(s) == n and "." in s[1:]})
        for k, alias in enumerate(dotted):
            exact: list[_Token] = [{"LOWER": token} for token in alias]
            rules.add("MONEY", f"currency{n}_dotted{k}", [*head, *exact])
        currency: list[_Token] = [{"LOWER": {"IN": sorted({s[i] for s in same})}} for i in range(n)]
        slip = [number[0], {"ORTH": "."}, {**scales, "OP": "+"}]  # "2.2. Billion euros"
        rules.add("MONEY", f"currency_slip{n}", [*slip, *currency])
        if n == 1:
            rules.add("MONEY", "currency", [*head, *currency, per_unit_glued])
            rules.add("MONEY", "currency_per_unit", [*head, *currency, *per_unit])
            rules.add("MONEY", "grouped_currency", [*grouped, scales, *currency])
            # "16.38 USD Billion": Trading Economics writes the scale after the code
            code: _Token = {"TEXT": {"REGEX": "^[A-Z]{3}$"}, "LOWER": currency[0]["LOWER"]}
            big: _Token = {"LOWER": {"IN": ["thousand", "million", "billion", "trillion"]}}
            rules.add("MONEY", "currency_then_scale", [*number, code, big])
        else:
            rules.add("MONEY", f"currency{n}", [*head, *currency])


# Families whose unit can be a fraction of one ("half a percentage point", "a full point").
_POINT_LABELS = ("PERCENT", "PERCENTAGE_POINT", "BASIS_POINT", "INDEX_POINT")


def _fraction_of_one_rules(rules: _Rules, label: str, n: int, unit: list[_Token]) -> None:
    """Rules for "half a percentage point", "one-tenth of a point", "a quarter of a percent"."""
    article: _Token = {"LOWER": {"IN": ["a", "an"]}}
    full: _Token = {"LOWER": "full", "OP": "?"}
    words = sorted(w for w, v in _ONES.items() if 0 < v < 10)
    denominators: _Token = {"LOWER": {"IN": sorted(_DENOMINATORS)}}
    of: _Token = {"LOWER": "of"}
    tag = f"{n}" if n > 1 else ""
    rules.add(label, f"half_a{tag}", [{"LOWER": "half"}, article, full, *unit])
    rules.add(label, f"fraction_of_a{tag}", [{"LOWER": {"IN": [*words, "a"]}}, _DASH, denominators,
                                             of, article, full, *unit])  # fmt: skip
    decimal: _Token = {"TEXT": {"REGEX": r"^0?\.\d+$"}}
    rules.add(label, f"decimal_of_a{tag}", [decimal, of, article, full, *unit])  # "0.5 of a point"
    if label in ("PERCENT", "PERCENTAGE_POINT", "INDEX_POINT"):  # "a quarter percentage point",
        # "a half-percent", "a quarter point"
        halves = {"LOWER": {"IN": ["quarter", "half"]}}
        rules.add(label, f"a_quarter{tag}", [article, halves, _DASH, *unit])
        # "another quarter-point cut": the hyphenated form needs no article
        rules.add(label, f"quarter_hyphen{tag}", [halves, {"ORTH": "-"}, *unit])
    if label == "INDEX_POINT":  # "a point" alone is rarely a number: only "a full point"
        rules.add(label, "a_full", [article, {"LOWER": "full"}, *unit])
    else:
        rules.add(label, f"a{tag}", [article, full, *unit])


def _fraction_rules(rules: _Rules, num: _Token) -> None:
    """Rules for fractions: "half", "quarter", "two thirds", "a fifth", "one in five"."""
    rules.add("FRACTION", "half", [{"LOWER": "half"}])
    rules.add("FRACTION", "quarter", [{"LOWER": "quarter"}])
    rules.add("FRACTION", "words", [num, _DASH, {"LOWER": {"IN": sorted(_DENOMINATORS)}}])
    # "a third": "third" alone is an ordinal, so the article stays in the mention.
    ordinal = {"LOWER": {"IN": sorted(set(_DENOMINATORS) - {"half", "halves", "quarter",
                                                            "quarters"})}}  # fmt: skip
    rules.add("FRACTION", "a_ordinal", [{"LOWER": "a"}, ordinal])
    rules.add("FRACTION", "an_ordinal", [{"LOWER": "an"}, ordinal])
    # The denominator is small: "rose by 5 in 2023" holds no fraction.
    small = {"LOWER": {"REGEX": rf"^(?:\d{{1,3}}|{_alternatives([*_ONES, *_TENS, 'hundred'])})$"}}
    rules.add("FRACTION", "in", [num, {"LOWER": "in"}, small])
    rules.add("FRACTION", "in_hyphen", [num, {"ORTH": "-"}, {"LOWER": "in"}, {"ORTH": "-"}, small])
    rules.add("FRACTION", "out_of", [num, {"LOWER": "out"}, {"LOWER": "of"}, small])


def _alternatives(values: Iterable[str]) -> str:
    """A regex alternation, longest first so that "bn" is tried before "b"."""
    return "|".join(re.escape(v) for v in sorted(set(values), key=lambda v: (-len(v), v)))


def _alias_tokens(tokenize: _Tokenize, alias: str) -> list[str]:
    """The tokens of an alias as written after a number ("mb/d" -> ["mb", "/", "d"])."""
    tokens = tokenize(f"5 {alias} x")
    if tokens[0] != "5" or tokens[-1] != "x":
        raise PatternFileError(f"alias {alias!r} does not tokenize apart from its number")
    return tokens[1:-1]


def _glued_split(tokenize: _Tokenize, alias: str) -> tuple[str, list[str]] | None:
    """If "5<alias>" glues into the number's token, the glued part and the tokens after it."""
    tokens = tokenize(f"5{alias} x")[:-1]
    if tokens[0] == "5" or not tokens[0].startswith("5"):
        return None
    return tokens[0][1:], tokens[1:]


def _blank_tokenize() -> _Tokenize:
    import spacy

    from .tokenizer import customize

    tokenizer = customize(spacy.blank("en").tokenizer)

    def tokenize(text: str) -> list[str]:
        return [t.text for t in tokenizer(text)]

    return tokenize


class _Rules:
    """Collects pattern rows, giving each a unique id `quantity.<kind>_<name>`."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self.ids: set[str] = set()

    def add(self, label: str, name: str, pattern: list[_Token]) -> None:
        base = rule_id = f"quantity.{LABELS[label]}_{name}"
        n = 1
        while rule_id in self.ids:  # two spellings with one slug: "mb/d" and "Mb/d"
            n += 1
            rule_id = f"{base}_{n}"
        self.ids.add(rule_id)
        self.rows.append({"label": label, "pattern": pattern, "id": rule_id})


def main() -> int:
    """Write the composed quantity rules as JSONL to stdout."""
    for row in build_patterns():
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
